#include "plugin/api_version.hpp"

#include <charconv>

#include "factcheck/plugin_abi.h"

namespace factcheck::plugin {

std::string ApiVersion::to_string() const {
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

std::optional<ApiVersion> parse_api_version(std::string_view text) {
  ApiVersion version;
  unsigned* parts[] = {&version.major, &version.minor, &version.patch};
  const char* cursor = text.data();
  const char* end = text.data() + text.size();
  for (size_t i = 0; i < 3; ++i) {
    const auto [next, error] = std::from_chars(cursor, end, *parts[i]);
    if (error != std::errc() || next == cursor) return std::nullopt;
    cursor = next;
    if (i < 2) {
      if (cursor == end || *cursor != '.') return std::nullopt;
      ++cursor;
    }
  }
  if (cursor != end) return std::nullopt;
  return version;
}

ApiVersion host_api_version() {
  return {FACTCHECK_API_VERSION_MAJOR, FACTCHECK_API_VERSION_MINOR, FACTCHECK_API_VERSION_PATCH};
}

std::string api_incompatibility(const ApiVersion& plugin, const ApiVersion& host) {
  if (plugin.major != host.major) {
    return "plugin API " + plugin.to_string() + " is incompatible with host API " + host.to_string() +
           " (major versions differ)";
  }
  if (plugin.minor > host.minor) {
    return "plugin API " + plugin.to_string() + " is newer than host API " + host.to_string() +
           " (plugin needs minor " + std::to_string(plugin.minor) + ", host has " +
           std::to_string(host.minor) + ")";
  }
  return "";
}

}  // namespace factcheck::plugin
