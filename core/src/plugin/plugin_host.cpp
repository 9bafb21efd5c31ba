#include "plugin/plugin_host.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <mutex>

#include "plugin/api_version.hpp"
#include "plugin/call_runner.hpp"
#include "plugin/config_schema.hpp"
#include "plugin/process_backend.hpp"

namespace factcheck::plugin {
namespace {

namespace fs = std::filesystem;

bool inside(const fs::path& path, const fs::path& directory) {
  std::error_code error;
  const fs::path parent = fs::weakly_canonical(path, error).parent_path();
  const fs::path dir = fs::weakly_canonical(directory, error);
  return !directory.empty() && parent == dir;
}

}  // namespace

std::optional<Isolation> parse_isolation(std::string_view text) {
  if (text == "in_process") return Isolation::in_process;
  if (text == "process") return Isolation::process;
  if (text == "auto") return Isolation::automatic;
  return std::nullopt;
}

PluginHost::PluginHost(std::shared_ptr<const DatasetService> datasets, RuntimeOptions runtime)
    : datasets_(std::move(datasets)), runtime_(std::move(runtime)) {}

bool PluginHost::isolated_by_default(const fs::path& path) const {
  switch (runtime_.isolation) {
    case Isolation::in_process:
      return false;
    case Isolation::process:
      return true;
    case Isolation::automatic:
      return !inside(path, runtime_.builtin_dir);
  }
  return false;
}

void PluginHost::load_directories(const std::vector<fs::path>& directories, const nlohmann::json& configs) {
  for (const auto& directory : directories) {
    std::error_code error;
    if (!fs::is_directory(directory, error)) {
      spdlog::debug("plugin directory {} does not exist; skipped", directory.string());
      continue;
    }
    std::vector<fs::path> libraries;
    for (const auto& entry : fs::directory_iterator(directory, error)) {
      if (entry.path().extension() == ".so" && entry.is_regular_file(error))
        libraries.push_back(entry.path());
    }
    std::sort(libraries.begin(), libraries.end());
    for (const auto& library : libraries) (void)load_file(library, configs);
  }
}

Status PluginHost::load_file(const fs::path& path, const nlohmann::json& configs) {
  Status status = load(path, configs);
  if (!status) {
    spdlog::warn("skipping plugin {}: {}", path.string(), status.message());
    errors_.push_back({path, status.message()});
  }
  return status;
}

Status PluginHost::load(const fs::path& path, const nlohmann::json& configs) {
  PluginLibrary library;
  std::shared_ptr<ProcessBackend> process;
  v1::PluginInfo info;
  if (isolated_by_default(path)) {
    if (Status started = ProcessBackend::start(path, runtime_.process, datasets_, &process); !started) {
      return started;
    }
    info = process->info();
  } else {
    if (Status opened = open_plugin_library(path, &library); !opened) return opened;
    info = library.info;
  }

  for (const auto& loaded : plugins_) {
    if (loaded->name() == info.name()) {
      return Status::failed_precondition("duplicate plugin name '" + info.name() + "': already loaded from " +
                                         loaded->info().path());
    }
  }

  const nlohmann::json config =
      configs.is_object() && configs.contains(info.name()) ? configs[info.name()] : nlohmann::json::object();
  if (Status valid = validate_config(config, info.config_schema()); !valid) {
    return Status::invalid_argument("invalid config for plugin '" + info.name() + "': " + valid.message());
  }

  const auto overrides = runtime_.plugins.find(info.name());
  const PluginRuntime settings = overrides != runtime_.plugins.end() ? overrides->second : PluginRuntime{};
  const bool isolated = settings.isolation ? *settings.isolation == Isolation::process : process != nullptr;
  const std::chrono::milliseconds timeout = settings.timeout.value_or(runtime_.timeout);
  std::shared_ptr<const PluginBackend> backend;
  if (isolated) {
    if (!process) {
      if (Status started = ProcessBackend::start(path, runtime_.process, datasets_, &process); !started) {
        return started;
      }
    }
    if (Status created = process->create(config.dump(), timeout); !created) {
      return Status::failed_precondition("plugin '" + info.name() + "' (" + path.string() +
                                         "): " + created.message());
    }
    backend = process;
  } else {
    if (process) {
      process.reset();
      if (Status opened = open_plugin_library(path, &library); !opened) return opened;
    }
    std::shared_ptr<InProcessBackend> in_process;
    if (Status created = InProcessBackend::create(library, datasets_, config.dump(), timeout, &in_process);
        !created) {
      return Status::failed_precondition("plugin '" + info.name() + "' (" + path.string() +
                                         "): " + created.message());
    }
    backend = in_process;
  }
  if (datasets_) {
    for (const auto& dataset : info.datasets()) {
      if (datasets_->has_dataset(dataset)) continue;
      warnings_.push_back("plugin '" + info.name() + "' (" + path.string() + ") declares dataset '" +
                          dataset + "', which is not loaded: its queries for it will find nothing");
      spdlog::warn("{}", warnings_.back());
    }
  }
  auto plugin = std::make_shared<Plugin>(std::move(info), std::move(backend));
  spdlog::info("loaded plugin {} {} (API {}) from {}, {}, {} ms per call", plugin->name(),
               plugin->info().version(), plugin->info().api_version(), path.string(),
               isolated ? "isolated" : "in-process", timeout.count());
  if (const auto budget = plugin->backend().watched_budget();
      budget.count() > 0 && (watched_budget_.count() == 0 || budget < watched_budget_)) {
    watched_budget_ = budget;
  }
  plugins_.push_back(std::move(plugin));
  return Status::ok();
}

namespace {

// One plugin's results for the claims at `indices` (of its declared kinds), each with its
// coverage, appended to their outcomes.
Status route_and_check(const Plugin& plugin, const std::vector<v1::Claim>& claims,
                       const EncodedClaims& encoded, const std::vector<size_t>& indices,
                       std::vector<ClaimOutcome>* outcomes) {
  const auto ids_of = [&](const std::vector<size_t>& chosen) {
    std::vector<std::string> ids;
    ids.reserve(chosen.size());
    for (size_t index : chosen) ids.push_back(claims[index].id());
    return ids;
  };
  std::vector<size_t> covered = indices;
  std::vector<std::string> ids = ids_of(covered);
  std::vector<float> scores;
  v1::CheckResponse response;
  if (plugin.routes_while_checking()) {
    if (Status status = plugin.route_check(encoded.request(covered), ids, &response); !status) return status;
  } else {
    v1::RouteResponse coverage;
    if (Status routed = plugin.route(encoded.request(indices), static_cast<int>(indices.size()), &coverage);
        !routed) {
      return routed;
    }
    covered.clear();
    for (size_t k = 0; k < indices.size(); ++k) {
      if (coverage.coverage(static_cast<int>(k)) > 0.0F) {
        covered.push_back(indices[k]);
        scores.push_back(coverage.coverage(static_cast<int>(k)));
      }
    }
    if (covered.empty()) return Status::ok();
    ids = ids_of(covered);
    if (Status status = plugin.check(encoded.request(covered), ids, &response); !status) return status;
  }
  for (auto& result : *response.mutable_results()) {
    const size_t k = static_cast<size_t>(std::find(ids.begin(), ids.end(), result.claim_id()) - ids.begin());
    if (!scores.empty()) result.set_coverage(scores[k]);
    (*outcomes)[covered[k]].results.push_back(std::move(result));
  }
  return Status::ok();
}

}  // namespace

void PluginHost::check_plugins(std::size_t first, const std::vector<v1::Claim>& claims,
                               const EncodedClaims& encoded, std::vector<ClaimOutcome>* outcomes,
                               std::size_t* current) const {
  for (std::size_t p = first; p < plugins_.size(); ++p) {
    *current = p;
    const Plugin& plugin = *plugins_[p];
    std::vector<size_t> candidates;
    for (size_t i = 0; i < claims.size(); ++i) {
      if (plugin.declares_kind(claims[i].kind())) candidates.push_back(i);
    }
    if (candidates.empty()) continue;
    const Status batch = route_and_check(plugin, claims, encoded, candidates, outcomes);
    if (CallRunner::abandoned()) return;  // the caller has gone on without this task
    if (batch) continue;
    // The batch failed, and none of its results were kept: retry claim by claim so one bad
    // claim costs only its own result; a plugin that timed out or refused is not asked again.
    const bool retry_each = candidates.size() > 1 && batch.code() == Status::Code::internal;
    for (size_t index : candidates) {
      Status status = retry_each ? route_and_check(plugin, claims, encoded, {index}, outcomes) : batch;
      if (CallRunner::abandoned()) return;
      if (!status) {
        spdlog::warn("{} (claim {})", status.message(), claims[index].id());
        (*outcomes)[index].errors.push_back(status.message());
      }
    }
  }
}

std::vector<ClaimOutcome> PluginHost::check(const std::vector<v1::Claim>& claims,
                                            const v1::DocumentContext& context) const {
  std::vector<ClaimOutcome> outcomes(claims.size());
  if (claims.empty()) return outcomes;
  const EncodedClaims encoded(claims, context);
  std::size_t current = 0;
  if (watched_budget_.count() == 0) {
    check_plugins(0, claims, encoded, &outcomes, &current);
    return outcomes;
  }
  // One task for every plugin's calls; a plugin stuck in it leaves the rest to a new task.
  for (std::size_t first = 0; first < plugins_.size(); first = current + 1) {
    const auto overrun = CallRunner::shared().run(
        [&] { check_plugins(first, claims, encoded, &outcomes, &current); }, watched_budget_);
    if (!overrun) break;
    const Plugin& stuck = *plugins_[current];
    const std::string error = timed_out_message(overrun->checker, overrun->budget);
    for (size_t i = 0; i < claims.size(); ++i) {
      auto& outcome = outcomes[i];
      const bool answered = std::any_of(outcome.results.begin(), outcome.results.end(),
                                        [&](const auto& result) { return result.plugin() == stuck.name(); });
      if (stuck.declares_kind(claims[i].kind()) && !answered) {
        spdlog::warn("{} (claim {})", error, claims[i].id());
        outcome.errors.push_back(error);
      }
    }
  }
  return outcomes;
}

}  // namespace factcheck::plugin
