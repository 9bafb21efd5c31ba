#include "plugin/plugin_library.hpp"

#include <dlfcn.h>

#include <mutex>
#include <utility>
#include <vector>

#include "plugin/api_version.hpp"

namespace factcheck::plugin {
namespace {

namespace fs = std::filesystem;

// Libraries stay loaded for the process lifetime: objects, strings or code of a plugin may
// outlive its Plugin (e.g. a message arena), and dlclose of a C++ library is unsafe anyway.
void retain_forever(const std::shared_ptr<boost::dll::shared_library>& library) {
  static std::mutex mutex;
  static auto* retained = new std::vector<std::shared_ptr<boost::dll::shared_library>>();
  const std::lock_guard lock(mutex);
  retained->push_back(library);
}

void append(void* ctx, const char* data, size_t len) { static_cast<std::string*>(ctx)->append(data, len); }
fc_sink sink_into(std::string& target) { return fc_sink{&target, &append}; }

template <typename Fn>
bool resolve(const boost::dll::shared_library& library, const char* symbol, Fn& target) {
  if (!library.has(symbol)) return false;
  target = reinterpret_cast<Fn>(library.get<void()>(symbol));
  return true;
}

}  // namespace

const char* entry_name(Entry entry) {
  switch (entry) {
    case Entry::route:
      return "route";
    case Entry::check:
      return "check";
    case Entry::route_check:
      return "route_check";
  }
  return "unknown entry point";
}

Status open_plugin_library(const fs::path& path, PluginLibrary* out) {
  auto library = std::make_shared<boost::dll::shared_library>();
  boost::dll::fs::error_code load_error;
  library->load(boost::dll::fs::path(path.string()),
                boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local, load_error);
  if (load_error) {
    const char* reason = dlerror();
    return Status::invalid_argument("cannot load library: " +
                                    (reason != nullptr ? std::string(reason) : load_error.message()));
  }
  retain_forever(library);

  EntryPoints entry;
  const std::pair<const char*, bool> symbols[] = {
      {FACTCHECK_SYMBOL_API_VERSION, resolve(*library, FACTCHECK_SYMBOL_API_VERSION, entry.api_version)},
      {FACTCHECK_SYMBOL_INFO, resolve(*library, FACTCHECK_SYMBOL_INFO, entry.info)},
      {FACTCHECK_SYMBOL_CREATE, resolve(*library, FACTCHECK_SYMBOL_CREATE, entry.create)},
      {FACTCHECK_SYMBOL_DESTROY, resolve(*library, FACTCHECK_SYMBOL_DESTROY, entry.destroy)},
      {FACTCHECK_SYMBOL_ROUTE, resolve(*library, FACTCHECK_SYMBOL_ROUTE, entry.route)},
      {FACTCHECK_SYMBOL_CHECK, resolve(*library, FACTCHECK_SYMBOL_CHECK, entry.check)}};
  std::string missing;
  for (const auto& [symbol, found] : symbols) {
    if (!found) missing += (missing.empty() ? "" : ", ") + std::string(symbol);
  }
  if (!missing.empty())
    return Status::invalid_argument("not a factcheck plugin: missing entry points " + missing);
  (void)resolve(*library, FACTCHECK_SYMBOL_ROUTE_CHECK, entry.route_check);

  const char* version_text = entry.api_version();
  const auto plugin_version = parse_api_version(version_text != nullptr ? version_text : "");
  if (!plugin_version) {
    return Status::invalid_argument(std::string("unparseable plugin API version '") +
                                    (version_text != nullptr ? version_text : "") + "'");
  }
  if (const std::string reason = api_incompatibility(*plugin_version, host_api_version()); !reason.empty()) {
    return Status::failed_precondition(reason);
  }

  std::string info_bytes;
  std::string info_error;
  const fc_sink info_out = sink_into(info_bytes);
  const fc_sink err = sink_into(info_error);
  v1::PluginInfo info;
  if (entry.info(&info_out, &err) != FC_OK)
    return Status::invalid_argument("plugin info failed: " + info_error);
  if (!info.ParseFromString(info_bytes) || info.name().empty()) {
    return Status::invalid_argument("plugin info is malformed or has no name");
  }
  info.set_path(path.string());
  info.set_api_version(plugin_version->to_string());
  *out = PluginLibrary{std::move(library), entry, std::move(info)};
  return Status::ok();
}

Status create_instance(const EntryPoints& entry_points, const fc_host_api* host,
                       const std::string& config_json, void** state) {
  std::string error;
  const fc_sink err = sink_into(error);
  int status = FC_ERROR;
  try {
    status = entry_points.create(host, config_json.data(), config_json.size(), state, &err);
  } catch (...) {
    error = "create threw across the plugin boundary";
  }
  if (status != FC_OK || *state == nullptr) {
    *state = nullptr;
    return Status::failed_precondition("init failed: " + (error.empty() ? "no message" : error));
  }
  return Status::ok();
}

Status call_entry_point(const EntryPoints& entry_points, void* state, Entry entry, std::string_view request,
                        std::string* response) {
  response->clear();
  std::string error;
  const fc_sink out = sink_into(*response);
  const fc_sink err = sink_into(error);
  int status = FC_ERROR;
  try {
    switch (entry) {
      case Entry::route:
        status = entry_points.route(state, request.data(), request.size(), &out, &err);
        break;
      case Entry::check:
        status = entry_points.check(state, request.data(), request.size(), &out, &err);
        break;
      case Entry::route_check:
        if (entry_points.route_check == nullptr) return Status::internal("route_check is not exported");
        status = entry_points.route_check(state, request.data(), request.size(), &out, &err);
        break;
    }
  } catch (...) {
    return Status::internal(std::string(entry_name(entry)) + " threw across the plugin boundary");
  }
  if (status != FC_OK) {
    return Status::internal(std::string(entry_name(entry)) + " failed (status " + std::to_string(status) +
                            "): " + (error.empty() ? "no message" : error));
  }
  return Status::ok();
}

}  // namespace factcheck::plugin
