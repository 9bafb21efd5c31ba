// Semantic version of the plugin API and the host's load rule.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace factcheck::plugin {

struct ApiVersion {
  unsigned major = 0;
  unsigned minor = 0;
  unsigned patch = 0;

  std::string to_string() const;
  friend bool operator==(const ApiVersion&, const ApiVersion&) = default;
};

// Parses "major.minor.patch" (digits only); nullopt otherwise.
std::optional<ApiVersion> parse_api_version(std::string_view text);

// The version this host implements (FACTCHECK_API_VERSION_* of plugin_abi.h).
ApiVersion host_api_version();

// A plugin loads when its major equals the host's and the host's minor is at least the
// plugin's. Returns "" when compatible, else the reason naming both versions.
std::string api_incompatibility(const ApiVersion& plugin, const ApiVersion& host);

}  // namespace factcheck::plugin
