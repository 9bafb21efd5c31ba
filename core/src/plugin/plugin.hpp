// One loaded, initialised checker plugin: its info and the backend that reaches its entry
// points, in this process or in worker processes.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "factcheck/plugin_abi.h"
#include "factcheck/v1/plugin.pb.h"
#include "factcheck/v1/types.pb.h"
#include "plugin/dataset_service.hpp"
#include "plugin/plugin_library.hpp"
#include "util/status.hpp"

namespace factcheck::plugin {

// How a plugin's payload entry points are reached. Thread-safe.
class PluginBackend {
 public:
  virtual ~PluginBackend() = default;
  virtual bool has_route_check() const = 0;
  // Response bytes of one entry point. A failure of the plugin's own making is internal
  // ("check failed (status 1): ..."); a crash is internal and a time-out deadline_exceeded,
  // both worded for an editor and naming the plugin; a plugin that cannot be called now
  // (restarting after crashes, too many calls stuck) is unavailable.
  virtual Status call(Entry entry, const std::string& request, std::string* response) const = 0;
  // Calls of this plugin abandoned past their time budget and still running (in-process).
  virtual int stuck_calls() const { return 0; }
  // The budget of a call that the caller's CallRunner task must watch (in-process); 0: none.
  virtual std::chrono::milliseconds watched_budget() const { return std::chrono::milliseconds(0); }
};

// "checker 'x' timed out on this claim (over its N ms limit)".
std::string timed_out_message(const std::string& checker, std::chrono::milliseconds budget);

// The in-process backend: the library's functions called on this process's threads. With a
// time budget, each call runs in a CallRunner task, on a thread the caller abandons when the
// budget is spent: the host's task of a document's calls, or a task of its own.
class InProcessBackend final : public PluginBackend, public std::enable_shared_from_this<InProcessBackend> {
 public:
  // Creates the plugin's instance with its (validated) config.
  static Status create(PluginLibrary library, std::shared_ptr<const DatasetService> datasets,
                       const std::string& config_json, std::chrono::milliseconds timeout,
                       std::shared_ptr<InProcessBackend>* out);
  ~InProcessBackend() override;
  InProcessBackend(const InProcessBackend&) = delete;
  InProcessBackend& operator=(const InProcessBackend&) = delete;

  bool has_route_check() const override { return library_.entry_points.route_check != nullptr; }
  Status call(Entry entry, const std::string& request, std::string* response) const override;
  int stuck_calls() const override { return stuck_.load(); }
  std::chrono::milliseconds watched_budget() const override { return timeout_; }

 private:
  InProcessBackend(PluginLibrary library, std::shared_ptr<const DatasetService> datasets,
                   std::chrono::milliseconds timeout);
  static void log_callback(void* ctx, int level, const char* message, size_t len);
  static int query_callback(void* ctx, const char* request, size_t len, const fc_sink* out,
                            const fc_sink* err);

  // Declared first so it is destroyed last: no code of the library runs after it goes.
  PluginLibrary library_;
  std::shared_ptr<const DatasetService> datasets_;
  std::chrono::milliseconds timeout_;
  fc_host_api host_api_{};
  void* state_ = nullptr;
  mutable std::atomic<int> stuck_{0};
};

// Answers a plugin's dataset query (DatasetQuery bytes) from `datasets`: the host side of
// fc_host_api.query_dataset, shared by both backends. Returns an fc_status.
int answer_dataset_query(const DatasetService* datasets, const char* request, size_t len, std::string* answer,
                         std::string* error);

// Logs a plugin's message at its fc_log_level, tagged with its name.
void log_plugin_message(const std::string& plugin, int level, std::string_view message);

// Thread-safe: route and check may be called from many threads at once (the plugin
// promises the same of its own entry points). Errors come back as Status, naming the plugin.
class Plugin {
 public:
  Plugin(v1::PluginInfo info, std::shared_ptr<const PluginBackend> backend);

  const v1::PluginInfo& info() const { return info_; }
  const std::string& name() const { return info_.name(); }
  const PluginBackend& backend() const { return *backend_; }

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
  bool routes_while_checking() const { return backend_->has_route_check(); }
  // Results of the claims the plugin covers, each with its coverage in (0, 1]. `request` is
  // CheckRequest bytes of the claims named by `claim_ids`. Only when routes_while_checking().
  Status route_check(const std::string& request, const std::vector<std::string>& claim_ids,
                     v1::CheckResponse* response) const;

  // check from a message (tools, benchmarks).
  Status check(const v1::CheckRequest& request, v1::CheckResponse* response) const;

 private:
  std::string describe() const;
  // The backend's call, its response parsed; failures of the plugin's making name it.
  template <typename Response>
  Status call(Entry entry, const std::string& request, Response* response) const;
  // Stamps the plugin's name and version on results, after checking they name known claims.
  Status adopt_results(const std::vector<std::string>& claim_ids, const char* what,
                       v1::CheckResponse* response) const;

  v1::PluginInfo info_;
  std::shared_ptr<const PluginBackend> backend_;
};

}  // namespace factcheck::plugin
