#include "plugin/plugin_host.hpp"

#include <dlfcn.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <mutex>

#include "plugin/api_version.hpp"
#include "plugin/config_schema.hpp"
#include "plugin/encoded_claims.hpp"

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

template <typename Fn>
bool resolve(const boost::dll::shared_library& library, const char* symbol, Fn& target) {
  if (!library.has(symbol)) return false;
  target = reinterpret_cast<Fn>(library.get<void()>(symbol));
  return true;
}

}  // namespace

PluginHost::PluginHost(std::shared_ptr<const DatasetService> datasets) : datasets_(std::move(datasets)) {}

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
  const fc_sink out{&info_bytes, &append};
  const fc_sink err{&info_error, &append};
  v1::PluginInfo info;
  if (entry.info(&out, &err) != FC_OK) return Status::invalid_argument("plugin info failed: " + info_error);
  if (!info.ParseFromString(info_bytes) || info.name().empty()) {
    return Status::invalid_argument("plugin info is malformed or has no name");
  }
  info.set_path(path.string());
  info.set_api_version(plugin_version->to_string());

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

  auto plugin = std::make_shared<Plugin>(library, entry, std::move(info), datasets_);
  if (Status init = plugin->init(config.dump()); !init) return init;
  spdlog::info("loaded plugin {} {} (API {}) from {}", plugin->name(), plugin->info().version(),
               plugin->info().api_version(), path.string());
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

std::vector<ClaimOutcome> PluginHost::check(const std::vector<v1::Claim>& claims,
                                            const v1::DocumentContext& context) const {
  std::vector<ClaimOutcome> outcomes(claims.size());
  if (claims.empty()) return outcomes;
  const EncodedClaims encoded(claims, context);

  for (const auto& plugin : plugins_) {
    std::vector<size_t> candidates;
    for (size_t i = 0; i < claims.size(); ++i) {
      if (plugin->declares_kind(claims[i].kind())) candidates.push_back(i);
    }
    if (candidates.empty()) continue;
    const Status batch = route_and_check(*plugin, claims, encoded, candidates, &outcomes);
    if (batch) continue;
    // The batch failed, and none of its results were kept: retry claim by claim so one bad
    // claim costs only its own result.
    for (size_t index : candidates) {
      Status status =
          candidates.size() == 1 ? batch : route_and_check(*plugin, claims, encoded, {index}, &outcomes);
      if (!status) {
        spdlog::warn("{} (claim {})", status.message(), claims[index].id());
        outcomes[index].errors.push_back(status.message());
      }
    }
  }
  return outcomes;
}

}  // namespace factcheck::plugin
