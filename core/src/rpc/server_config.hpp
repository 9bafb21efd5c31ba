// Configuration of `factcheck serve`: a JSON file (examples/server.json, docs/api.md), every
// key optional. Relative paths in the file are resolved against the file's own directory.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "check/engine.hpp"
#include "rpc/result_cache.hpp"
#include "util/logging.hpp"
#include "util/status.hpp"

namespace factcheck::rpc {

struct TlsConfig {
  std::filesystem::path cert_file;       // PEM certificate chain; TLS is on when set
  std::filesystem::path key_file;        // PEM private key
  std::filesystem::path client_ca_file;  // PEM CAs that sign client certificates
  bool require_client_cert = false;      // mutual TLS: refuse clients without a valid cert
  bool enabled() const { return !cert_file.empty(); }
};

// HTTP/2 keepalive: what the server sends and what it tolerates from clients.
struct KeepaliveConfig {
  std::chrono::milliseconds time{std::chrono::hours(2)};        // server pings after this idle time
  std::chrono::milliseconds timeout{std::chrono::seconds(20)};  // ping ack deadline
  std::chrono::milliseconds min_client_ping_interval{std::chrono::minutes(5)};
  bool permit_without_calls = false;  // allow client pings on connections with no call
  int max_ping_strikes = 2;           // bad pings tolerated before GOAWAY
};

struct ServerConfig {
  // Empty: 127.0.0.1:50051 without TLS (loopback only), 0.0.0.0:50051 with TLS.
  std::string listen;
  TlsConfig tls;
  // Bearer tokens ("TOKEN ROLE" lines, role user|admin). Empty: no authentication, and the
  // Reload RPC is refused (SIGHUP still reloads).
  std::filesystem::path tokens_file;
  std::size_t max_message_bytes = 4U << 20U;
  std::size_t max_document_bytes = 1U << 20U;
  std::size_t max_claims_per_stream = 10000;
  std::size_t max_concurrent_calls = 1024;
  unsigned worker_threads = 0;  // 0 = one per hardware thread
  // Documents up to this size are checked on the gRPC thread that received the call, with no
  // hand-off to the workers; 0: every document goes to the workers.
  std::size_t inline_max_document_bytes = 16U << 10U;
  ResultCacheLimits result_cache;  // answers to repeated documents; entries 0 = off
  KeepaliveConfig keepalive;
  std::string metrics_listen;  // HOST:PORT of the Prometheus endpoint (HTTP); empty: none
  std::chrono::seconds shutdown_grace{10};
  check::EngineOptions engine;  // plugin and dataset dirs (only these), plugin configs, policy
  std::string log_level = "info";
  LogFormat log_format = LogFormat::text;

  // `listen` with the loopback/any default applied.
  std::string listen_address() const;
};

// Parses a config object; `base_dir` resolves relative paths. Unknown keys are errors (a typo
// must not silently drop a limit or the TLS setup); messages name the key.
Status parse_server_config(const nlohmann::json& json, const std::filesystem::path& base_dir,
                           ServerConfig* config);

// Reads and parses `path`.
Status load_server_config(const std::filesystem::path& path, ServerConfig* config);

}  // namespace factcheck::rpc
