// One loaded, initialised checker plugin: the library, its entry points and its instance.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <boost/dll/shared_library.hpp>

#include "factcheck/plugin_abi.h"
#include "factcheck/v1/plugin.pb.h"
#include "factcheck/v1/types.pb.h"
#include "plugin/dataset_service.hpp"
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

// Thread-safe: route and check may be called from many threads at once (the plugin
// promises the same of its own entry points). Errors come back as Status, naming the plugin.
class Plugin {
 public:
  Plugin(std::shared_ptr<boost::dll::shared_library> library, EntryPoints entry_points, v1::PluginInfo info,
         std::shared_ptr<const DatasetService> datasets);
  ~Plugin();
  Plugin(const Plugin&) = delete;
  Plugin& operator=(const Plugin&) = delete;

  // Creates the plugin's instance with its (validated) config.
  Status init(const std::string& config_json);

  const v1::PluginInfo& info() const { return info_; }
  const std::string& name() const { return info_.name(); }

  // True when the plugin declared `kind` among its claim kinds, or declared none (all kinds).
  // The host sends a plugin only claims of its declared kinds.
  bool declares_kind(const std::string& kind) const;

  // One coverage score per claim, in order. `request` is RouteRequest bytes of `claim_count`
  // claims (see EncodedClaims).
  Status route(const std::string& request, int claim_count, v1::RouteResponse* response) const;
  // One result per claim; results must name claims of the request (`claim_ids`).
  Status check(const std::string& request, const std::vector<std::string>& claim_ids,
               v1::CheckResponse* response) const;

  // True when the plugin routes and checks in one call (API 1.1 route_check).
  bool routes_while_checking() const { return entry_points_.route_check != nullptr; }
  // Results of the claims the plugin covers, each with its coverage in (0, 1]. `request` is
  // CheckRequest bytes of the claims named by `claim_ids`. Only when routes_while_checking().
  Status route_check(const std::string& request, const std::vector<std::string>& claim_ids,
                     v1::CheckResponse* response) const;

  // check from a message (tools, benchmarks).
  Status check(const v1::CheckRequest& request, v1::CheckResponse* response) const;

 private:
  static void log_callback(void* ctx, int level, const char* message, size_t len);
  static int query_callback(void* ctx, const char* request, size_t len, const fc_sink* out,
                            const fc_sink* err);
  std::string describe() const;
  // Stamps the plugin's name and version on results, after checking they name known claims.
  Status adopt_results(const std::vector<std::string>& claim_ids, const char* what,
                       v1::CheckResponse* response) const;

  // Declared first so it is destroyed last: no code of the library runs after it goes.
  std::shared_ptr<boost::dll::shared_library> library_;
  EntryPoints entry_points_;
  v1::PluginInfo info_;
  std::shared_ptr<const DatasetService> datasets_;
  fc_host_api host_api_{};
  void* state_ = nullptr;
};

}  // namespace factcheck::plugin
