#include "rpc/server.hpp"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

#include "plugin/call_runner.hpp"

namespace factcheck::rpc {
namespace {

Status read_pem(const std::filesystem::path& path, const char* what, std::string* out) {
  std::ifstream in(path);
  if (!in) return Status::not_found(path.string() + ": cannot read " + what);
  std::ostringstream content;
  content << in.rdbuf();
  *out = content.str();
  if (out->find("-----BEGIN") == std::string::npos) {
    return Status::invalid_argument(path.string() + ": " + what + " is not PEM");
  }
  return Status::ok();
}

Status make_credentials(const TlsConfig& tls, std::shared_ptr<grpc::ServerCredentials>* credentials) {
  if (!tls.enabled()) {
    *credentials = grpc::InsecureServerCredentials();
    return Status::ok();
  }
  grpc::SslServerCredentialsOptions options;
  grpc::SslServerCredentialsOptions::PemKeyCertPair pair;
  if (Status status = read_pem(tls.key_file, "TLS private key", &pair.private_key); !status) return status;
  if (Status status = read_pem(tls.cert_file, "TLS certificate", &pair.cert_chain); !status) return status;
  options.pem_key_cert_pairs.push_back(std::move(pair));
  if (!tls.client_ca_file.empty()) {
    if (Status status = read_pem(tls.client_ca_file, "client CA", &options.pem_root_certs); !status)
      return status;
    options.client_certificate_request = tls.require_client_cert
                                             ? GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY
                                             : GRPC_SSL_REQUEST_CLIENT_CERTIFICATE_AND_VERIFY;
  }
  *credentials = grpc::SslServerCredentials(options);
  return Status::ok();
}

bool is_loopback(const std::string& address) {
  return address.starts_with("127.") || address.starts_with("[::1]") || address.starts_with("localhost:") ||
         address.starts_with("unix:");
}

int to_int_ms(std::chrono::milliseconds duration) {
  return static_cast<int>(std::min<std::chrono::milliseconds::rep>(duration.count(), INT32_MAX));
}

// Empties the cache of a replaced (or stopped) engine generation, logging what it did.
void retire_cache(ResultCache& cache) {
  if (!cache.enabled()) return;
  const ResultCache::Stats stats = cache.stats();
  spdlog::info("result cache retired: {} hits, {} misses, {} evictions, {} entries ({} bytes) dropped",
               stats.hits, stats.misses, stats.evictions, stats.entries, stats.bytes);
  cache.retire();
}

unsigned worker_count(unsigned configured) {
  if (configured != 0) return configured;
  return std::max(1U, std::thread::hardware_concurrency());
}

}  // namespace

Server::Server(const ServerConfig& config)
    : config_(config),
      address_(config.listen_address()),
      workers_(worker_count(config.worker_threads), config.max_concurrent_calls),
      reloader_(1, 1),
      service_(state_) {
  state_.limits = {config.max_document_bytes, config.max_claims_per_stream, config.max_concurrent_calls,
                   config.inline_max_document_bytes};
  state_.workers = &workers_;
  state_.tokens.set(std::make_shared<TokenStore>());
  state_.start_reload = [this](std::function<void(const ReloadOutcome&)> done) {
    return reloader_.try_submit([this, done = std::move(done)] { done(reload()); });
  };
}

Server::~Server() { shutdown(std::chrono::milliseconds(0)); }

Status Server::start(const ServerConfig& config, std::unique_ptr<Server>* server) {
  std::shared_ptr<grpc::ServerCredentials> credentials;
  if (Status status = make_credentials(config.tls, &credentials); !status) return status;

  std::unique_ptr<Server> created(new Server(config));
  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  builder.AddListeningPort(created->address_, credentials, &created->port_);
  builder.SetMaxReceiveMessageSize(static_cast<int>(config.max_message_bytes));
  const KeepaliveConfig& keepalive = config.keepalive;
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS, to_int_ms(keepalive.time));
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, to_int_ms(keepalive.timeout));
  builder.AddChannelArgument(GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS,
                             to_int_ms(keepalive.min_client_ping_interval));
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, keepalive.permit_without_calls ? 1 : 0);
  builder.AddChannelArgument(GRPC_ARG_HTTP2_MAX_PING_STRIKES, keepalive.max_ping_strikes);
  // Reflection is a synchronous service: its polling threads wake this often, which bounds how
  // long the server's destruction waits for them (gRPC's default is 10 s).
  builder.SetSyncServerOption(grpc::ServerBuilder::SyncServerOption::CQ_TIMEOUT_MSEC, 200);
  builder.RegisterService(&created->service_);
  created->server_ = builder.BuildAndStart();
  if (!created->server_ || created->port_ == 0) {
    created->server_.reset();
    return Status::unavailable("cannot listen on " + created->address_ + " (address in use or not valid)");
  }
  created->set_serving(false);
  Server* listening = created.get();
  created->stuck_listener_ = plugin::CallRunner::shared().add_stuck_listener(
      [listening] { listening->set_serving(listening->serving()); });
  if (!config.metrics_listen.empty()) {
    Server* raw = created.get();
    if (Status status = MetricsEndpoint::start(
            config.metrics_listen, [raw] { return raw->metrics_text(); }, &created->metrics_endpoint_);
        !status) {
      return status;
    }
    spdlog::info("metrics on http://{}/metrics",
                 config.metrics_listen.substr(0, config.metrics_listen.rfind(':') + 1) +
                     std::to_string(created->metrics_endpoint_->port()));
  }
  const std::string bound =
      created->address_.substr(0, created->address_.rfind(':') + 1) + std::to_string(created->port_);
  if (config.tls.enabled()) {
    spdlog::info("listening on {} with TLS{}", bound,
                 config.tls.require_client_cert ? ", client certificates required" : "");
  } else if (is_loopback(created->address_)) {
    spdlog::info("listening on {} without TLS, loopback only (configure tls to serve other hosts)", bound);
  } else {
    spdlog::warn("listening on {} WITHOUT TLS: traffic and bearer tokens travel in clear text", bound);
  }
  *server = std::move(created);
  return Status::ok();
}

ReloadOutcome Server::reload() {
  std::lock_guard lock(reload_mutex_);
  ReloadOutcome outcome;
  const auto started = std::chrono::steady_clock::now();

  auto tokens = std::make_shared<TokenStore>();
  if (!config_.tokens_file.empty()) {
    if (Status status = TokenStore::load(config_.tokens_file, tokens.get()); !status) {
      outcome.errors.push_back(status.message());
    }
  }
  std::shared_ptr<const check::Engine> engine;
  if (Status status = check::Engine::load(config_.engine, &engine); !status) {
    outcome.errors.push_back(status.message());
  } else if (!engine) {
    outcome.errors.push_back("the engine loader returned nothing");
  }
  if (!outcome.errors.empty()) {
    for (const auto& error : outcome.errors)
      spdlog::error("reload failed, keeping the current set: {}", error);
    state_.metrics.record_reload(false);
    return outcome;
  }

  outcome.ok = true;
  outcome.errors = engine->load_errors();
  for (const auto& error : outcome.errors) spdlog::warn("skipped: {}", error);
  state_.tokens.set(std::move(tokens));
  const std::size_t checkers = engine->checkers().size();
  const std::size_t datasets = engine->datasets().size();
  const auto previous = state_.generation.get();
  state_.generation.set(std::make_shared<const EngineGeneration>(
      EngineGeneration{std::move(engine), std::make_shared<ResultCache>(config_.result_cache)}));
  if (previous) retire_cache(*previous->cache);
  set_serving(true);
  state_.metrics.record_reload(true);
  loaded_at_seconds_ =
      std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
  spdlog::info("loaded {} checkers and {} datasets in {:.0f} ms{}", checkers, datasets,
               std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count(),
               config_.tokens_file.empty() ? "; no tokens_file, authentication off" : "");
  return outcome;
}

void Server::set_serving(bool serving) {
  std::lock_guard lock(shutdown_mutex_);
  if (shut_down_ || !server_) return;
  auto* health = server_->GetHealthCheckService();
  health->SetServingStatus(serving);
  health->SetServingStatus(kServiceName, serving);
  health->SetServingStatus(kPluginsServiceName, serving && plugin::CallRunner::shared().stuck_calls() == 0);
}

ResultCache::Stats Server::result_cache_stats() const {
  const auto generation = state_.generation.get();
  return generation ? generation->cache->stats() : ResultCache::Stats{};
}

std::string Server::metrics_text() const {
  Metrics::Gauges gauges;
  gauges.serving = serving();
  gauges.calls_in_flight = state_.active_calls.load();
  if (const auto generation = state_.generation.get()) {
    gauges.checkers = generation->engine->checkers().size();
    gauges.datasets = generation->engine->datasets().size();
    gauges.cache = generation->cache->stats();
  }
  gauges.loaded_at_seconds = loaded_at_seconds_.load();
  gauges.plugin_calls_stuck = static_cast<std::size_t>(plugin::CallRunner::shared().stuck_calls());
  return state_.metrics.render(gauges);
}

bool Server::serving() const { return state_.generation.get() != nullptr && !shut_down_; }

void Server::shutdown(std::chrono::milliseconds grace) {
  // Before the shutdown lock: the listener takes it (in set_serving) under the runner's.
  if (const int listener = stuck_listener_.exchange(-1); listener >= 0) {
    plugin::CallRunner::shared().remove_stuck_listener(listener);
  }
  {
    std::lock_guard lock(shutdown_mutex_);
    if (shut_down_) return;
    state_.draining = true;  // before serving() turns false: from then on new calls are refused
    shut_down_ = true;
  }
  if (server_) {
    spdlog::info("shutting down: {} calls in flight, {} ms grace", state_.active_calls.load(), grace.count());
    server_->GetHealthCheckService()->Shutdown();
    // Drain before closing: refuse new calls, let those in flight finish, then give their
    // clients a moment to read the last frames. Closing a connection while the client's frames
    // are unread resets it, and a slow client would lose the end of an answer it was sent.
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + grace;
    const auto remaining = [deadline] { return std::max(deadline - Clock::now(), Clock::duration::zero()); };
    while (state_.active_calls.load() > 0 && remaining() > Clock::duration::zero()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    constexpr Clock::duration kLinger = std::chrono::milliseconds(200);
    std::this_thread::sleep_for(std::min(kLinger, remaining()));
    server_->Shutdown(std::chrono::system_clock::now() + remaining());
  }
  reloader_.shutdown();
  workers_.shutdown();
  if (const auto generation = state_.generation.get()) retire_cache(*generation->cache);
  spdlog::info("server stopped");
}

std::shared_ptr<grpc::Channel> Server::in_process_channel() { return server_->InProcessChannel({}); }

}  // namespace factcheck::rpc
