// Opening a checker library and calling its entry points in this process: shared by the host
// (in-process plugins) and by factcheck-plugin-worker (isolated plugins).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <boost/dll/shared_library.hpp>

#include "factcheck/plugin_abi.h"
#include "factcheck/v1/plugin.pb.h"
#include "util/status.hpp"

namespace factcheck::plugin {

// The C entry points of one library, resolved at load time.
struct EntryPoints {
  factcheck_plugin_api_version_fn api_version = nullptr;
  factcheck_plugin_info_fn info = nullptr;
  factcheck_plugin_create_fn create = nullptr;
  factcheck_plugin_destroy_fn destroy = nullptr;
  factcheck_plugin_route_fn route = nullptr;
  factcheck_plugin_check_fn check = nullptr;
  factcheck_plugin_route_check_fn route_check = nullptr;  // optional, since API 1.1
};

// The payload entry points (request bytes in, response bytes out).
enum class Entry : std::uint8_t { route = 1, check = 2, route_check = 3 };
const char* entry_name(Entry entry);

// A library whose entry points resolved, whose API version the host accepts, and whose info
// (with path and api_version filled in) was read. The library stays loaded for the process
// lifetime (see DESIGN.md).
struct PluginLibrary {
  std::shared_ptr<boost::dll::shared_library> library;
  EntryPoints entry_points;
  v1::PluginInfo info;
};

Status open_plugin_library(const std::filesystem::path& path, PluginLibrary* out);

// Creates an instance; failures read "init failed: <the plugin's message>".
Status create_instance(const EntryPoints& entry_points, const fc_host_api* host,
                       const std::string& config_json, void** state);

// Calls one payload entry point. Failures read "<entry> failed (status N): <message>" or
// "<entry> threw across the plugin boundary".
Status call_entry_point(const EntryPoints& entry_points, void* state, Entry entry, std::string_view request,
                        std::string* response);

}  // namespace factcheck::plugin
