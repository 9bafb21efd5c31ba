// `factcheck serve`: the gRPC server around one hot-swappable Engine.
//
// Life cycle: start() listens at once with health NOT_SERVING; reload() loads plugins,
// datasets and tokens and turns health SERVING; later reload()s (SIGHUP, the Reload RPC) build
// a complete new set beside the old and swap it in only when it loaded, so calls in flight
// finish on the old set and a failed reload leaves the old one serving. shutdown() stops
// accepting, lets calls in flight finish within the grace period and cancels the rest.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <string>

#include <grpcpp/server.h>

#include "rpc/metrics_endpoint.hpp"
#include "rpc/server_config.hpp"
#include "rpc/service.hpp"
#include "rpc/worker_pool.hpp"

namespace factcheck::rpc {

// The service name health reports on, besides the whole server ("").
inline constexpr const char* kServiceName = "factcheck.v1.FactCheck";
// Health of the in-process plugins: NOT_SERVING while a call is stuck past its time budget
// (its thread cannot be stopped) or the server is not serving.
inline constexpr const char* kPluginsServiceName = "factcheck.v1.FactCheck/plugins";

class Server {
 public:
  // Binds config.listen_address() (port 0 picks a free port: see port()) and starts serving.
  static Status start(const ServerConfig& config, std::unique_ptr<Server>* server);
  ~Server();  // shutdown() with no grace if not done yet
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Loads a new engine and tokens file and swaps both in, or neither. ok=false keeps the
  // current set; errors list what failed (or, on success, the plugins/datasets skipped).
  // Thread-safe; reloads run one at a time.
  ReloadOutcome reload();

  // Idempotent; returns once every call is finished and the workers have stopped.
  void shutdown(std::chrono::milliseconds grace);

  int port() const { return port_; }
  const std::string& address() const { return address_; }
  bool serving() const;  // an engine is loaded and the server is not shutting down
  // Counts of the current engine generation's result cache (zero before the first load).
  ResultCache::Stats result_cache_stats() const;
  std::shared_ptr<grpc::Channel> in_process_channel();
  // The Prometheus exposition the metrics endpoint serves (docs/api.md, "Metrics").
  std::string metrics_text() const;
  int metrics_port() const { return metrics_endpoint_ ? metrics_endpoint_->port() : 0; }

 private:
  explicit Server(const ServerConfig& config);
  void set_serving(bool serving);

  ServerConfig config_;
  std::string address_;
  int port_ = 0;
  ServiceState state_;
  WorkerPool workers_;
  WorkerPool reloader_;  // one thread: Reload RPCs never occupy a checking worker
  FactCheckService service_;
  std::unique_ptr<grpc::Server> server_;
  std::mutex reload_mutex_;
  std::mutex shutdown_mutex_;
  std::atomic<bool> shut_down_ = false;
  std::atomic<double> loaded_at_seconds_ = 0;          // Unix time of the last load that succeeded
  std::unique_ptr<MetricsEndpoint> metrics_endpoint_;  // after state_: it reads it until destroyed
  std::atomic<int> stuck_listener_ = -1;               // CallRunner's listener id while listening
};

}  // namespace factcheck::rpc
