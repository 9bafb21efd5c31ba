// How checker plugins run: in-process or isolated in worker processes, and their time
// budgets. Read by the CLI, the server config and the plugin host (plugin_host.hpp).
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace factcheck::plugin {

struct ProcessOptions {
  // Empty: factcheck-plugin-worker beside the running executable.
  std::filesystem::path worker_executable;
  unsigned workers = 2;              // pool size per plugin
  std::uint64_t memory_mb = 1024;    // address-space cap of a worker; 0: none
  std::uint64_t cpu_seconds = 3600;  // CPU a worker may use before it is replaced
};

enum class Isolation {
  in_process,
  process,
  // `process` for libraries outside `builtin_dir`, `in_process` for those inside it.
  automatic,
};

// Parses "in_process", "process" or "auto".
std::optional<Isolation> parse_isolation(std::string_view text);

// One plugin's overrides of the defaults, by plugin name.
struct PluginRuntime {
  std::optional<Isolation> isolation;  // in_process or process
  std::optional<std::chrono::milliseconds> timeout;
};

// How plugins run. Per plugin: isolation and time budget (per call of up to a batch of
// claims; 0 = none); a plugin past its budget has the claims of that call answered "timed
// out". A library isolated by default is opened only in a worker; one the defaults keep
// in-process is opened in the host (which runs its static initialisers and info) before an
// override by name can isolate it.
struct RuntimeOptions {
  Isolation isolation = Isolation::in_process;
  std::chrono::milliseconds timeout{200};
  std::map<std::string, PluginRuntime> plugins;
  std::filesystem::path builtin_dir;
  ProcessOptions process;
};

}  // namespace factcheck::plugin
