// The plugin host: finds checker libraries, loads them with Boost.DLL, gates them on the API
// version, initialises them with their config and routes claims to them.
//
// Every failure is contained: a library that is not a plugin, has the wrong API version,
// fails init, duplicates a loaded plugin's name, or throws / returns garbage during a check
// is reported with its path and reason, and the other plugins go on working.
// Libraries are never unloaded while the process lives (see DESIGN.md).
//
// Each plugin runs in-process or isolated in worker processes (process_backend.hpp), with a
// time budget per call either way (RuntimeOptions): a plugin that crashes or hangs costs the
// claims it was given, and the other plugins, claims and calls go on.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "factcheck/v1/plugin.pb.h"
#include "plugin/dataset_service.hpp"
#include "plugin/encoded_claims.hpp"
#include "plugin/plugin.hpp"
#include "plugin/runtime_options.hpp"
#include "util/status.hpp"

namespace factcheck::plugin {

struct PluginLoadError {
  std::filesystem::path path;
  std::string message;
};

// The routed outcome for one claim: every covering plugin's result, and the errors of the
// plugins that failed on it.
struct ClaimOutcome {
  std::vector<v1::CheckResult> results;
  std::vector<std::string> errors;
};

class PluginHost {
 public:
  explicit PluginHost(std::shared_ptr<const DatasetService> datasets, RuntimeOptions runtime = {});

  // Loads every shared library (*.so) directly inside each directory, in name order.
  // `configs` maps plugin name to its config object. Missing directories are skipped.
  void load_directories(const std::vector<std::filesystem::path>& directories,
                        const nlohmann::json& configs = nlohmann::json::object());

  // Loads one library; on failure the error is also appended to errors().
  Status load_file(const std::filesystem::path& path,
                   const nlohmann::json& configs = nlohmann::json::object());

  const std::vector<std::shared_ptr<const Plugin>>& plugins() const { return plugins_; }
  const std::vector<PluginLoadError>& errors() const { return errors_; }
  // Loaded plugins' problems that do not stop them: a declared dataset that is not loaded
  // ("plugin 'x' (path) declares dataset 'y', which is not loaded").
  const std::vector<std::string>& warnings() const { return warnings_; }

  // Asks every plugin which claims it covers, sends each plugin the claims it covers, and
  // gathers the results per claim (index-aligned with `claims`). Thread-safe. A batch a
  // plugin fails on is retried claim by claim, except after a time-out or a refusal
  // (restarting, stuck): then every claim of the batch gets the error. With in-process time
  // budgets the plugins are called in one CallRunner task, one thread hand-off per call of
  // this; a plugin stuck past its budget has its claims answered "timed out", and the plugins
  // after it are called in a new task.
  std::vector<ClaimOutcome> check(const std::vector<v1::Claim>& claims,
                                  const v1::DocumentContext& context) const;

 private:
  Status load(const std::filesystem::path& path, const nlohmann::json& configs);
  bool isolated_by_default(const std::filesystem::path& path) const;
  // Calls the plugins from `first` on, in order, setting `*current` to each one's index first.
  // In a CallRunner task it stops as soon as the task is abandoned.
  void check_plugins(std::size_t first, const std::vector<v1::Claim>& claims, const EncodedClaims& encoded,
                     std::vector<ClaimOutcome>* outcomes, std::size_t* current) const;

  std::shared_ptr<const DatasetService> datasets_;
  RuntimeOptions runtime_;
  std::vector<std::shared_ptr<const Plugin>> plugins_;
  std::vector<PluginLoadError> errors_;
  std::vector<std::string> warnings_;
  // The smallest budget of the in-process plugins' calls; 0 when none has one.
  std::chrono::milliseconds watched_budget_{0};
};

}  // namespace factcheck::plugin
