// The HTTP side door Prometheus scrapes: `GET /metrics` (or HEAD) answers the exposition that
// `render` returns; any other path is 404, any other method 405, a request that is not HTTP
// 400. One thread serves one connection at a time and closes each after its answer. A request
// must arrive whole within 2 s and 8 KiB, so a slow or hostile client holds the endpoint for
// 2 s at most. No TLS and no tokens: bind it to loopback or a private network (docs/api.md).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "util/status.hpp"

namespace factcheck::rpc {

class MetricsEndpoint {
 public:
  // Listens on `listen` (HOST:PORT, [IPv6]:PORT; port 0 picks a free one) and serves on a
  // thread of its own until destroyed.
  static Status start(const std::string& listen, std::function<std::string()> render,
                      std::unique_ptr<MetricsEndpoint>* endpoint);
  ~MetricsEndpoint();  // stops accepting, finishes the connection in hand, joins
  MetricsEndpoint(const MetricsEndpoint&) = delete;
  MetricsEndpoint& operator=(const MetricsEndpoint&) = delete;

  int port() const { return port_; }

 private:
  MetricsEndpoint(int listen_fd, int wake_fd, int port, std::function<std::string()> render);
  void serve();
  void answer(int connection) const;

  int listen_fd_;
  int wake_fd_;  // eventfd: written by the destructor to end serve()
  int port_;
  std::function<std::string()> render_;
  std::thread thread_;
};

}  // namespace factcheck::rpc
