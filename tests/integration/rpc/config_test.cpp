// Server config, tokens file and worker pool: the pieces with no network.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <future>

#include "rpc/auth.hpp"
#include "rpc/server_config.hpp"
#include "rpc/worker_pool.hpp"

namespace factcheck::rpc {
namespace {

Status parse(const std::string& text, ServerConfig* config) {
  return parse_server_config(nlohmann::json::parse(text), "/etc/factcheck", config);
}

TEST(ServerConfig, DefaultsListenOnLoopbackWithoutTls) {
  ServerConfig config;
  EXPECT_EQ(config.listen_address(), "127.0.0.1:50051");
  config.tls.cert_file = "cert.pem";
  EXPECT_EQ(config.listen_address(), "0.0.0.0:50051");
  EXPECT_EQ(config.max_message_bytes, 4U << 20U);
  EXPECT_EQ(config.result_cache.entries, 1024U);
  EXPECT_EQ(config.result_cache.max_bytes, 64U << 20U);
}

TEST(ServerConfig, ResultCacheZeroEntriesTurnsItOffAndUnknownKeysAreNamed) {
  ServerConfig config;
  ASSERT_TRUE(parse(R"({"result_cache": {"entries": 0}})", &config).is_ok());
  EXPECT_EQ(config.result_cache.entries, 0U);
  const Status status = parse(R"({"result_cache": {"entires": 5}})", &config);
  EXPECT_FALSE(status.is_ok());
  EXPECT_NE(status.message().find("result_cache.entires: unknown key"), std::string::npos)
      << status.message();
}

TEST(ServerConfig, PluginRuntimeSetsIsolationAndBudgetsPerPlugin) {
  ServerConfig config;
  ASSERT_TRUE(
      parse(R"({"plugin_runtime": {"isolation": "process", "timeout_ms": 50, "workers": 3, "memory_mb": 256,
                         "plugins": {"trade": {"isolation": "in_process"}, "energy": {"timeout_ms": 0}}}})",
            &config)
          .is_ok());
  const plugin::RuntimeOptions& runtime = config.engine.plugin_runtime;
  EXPECT_EQ(runtime.isolation, plugin::Isolation::process);
  EXPECT_EQ(runtime.timeout, std::chrono::milliseconds(50));
  EXPECT_EQ(runtime.process.workers, 3U);
  EXPECT_EQ(runtime.process.memory_mb, 256U);
  EXPECT_EQ(runtime.plugins.at("trade").isolation, plugin::Isolation::in_process);
  EXPECT_FALSE(runtime.plugins.at("trade").timeout.has_value());
  EXPECT_FALSE(runtime.plugins.at("energy").isolation.has_value());
  EXPECT_EQ(runtime.plugins.at("energy").timeout, std::chrono::milliseconds(0));

  for (const auto& [text, key] : std::vector<std::pair<std::string, std::string>>{
           {R"({"plugin_runtime": {"isolation": "sandbox"}})", "plugin_runtime.isolation: \"sandbox\""},
           {R"({"plugin_runtime": {"plugins": {"x": {"isolation": "auto"}}}})",
            "plugin_runtime.plugins.x.isolation: must be process or in_process"},
           {R"({"plugin_runtime": {"plugins": {"x": {"timeout": 5}}}})",
            "plugin_runtime.plugins.x.timeout: unknown key"},
           {R"({"plugin_runtime": {"workers": 0}})", "plugin_runtime.workers: 0 is out of range"}}) {
    ServerConfig fresh;
    const Status status = parse(text, &fresh);
    EXPECT_FALSE(status.is_ok()) << text;
    EXPECT_NE(status.message().find(key), std::string::npos) << status.message();
  }
}

TEST(ServerConfig, ReadsEveryKeyAndResolvesRelativePaths) {
  ServerConfig config;
  const Status status = parse(R"({
    "listen": "0.0.0.0:6000",
    "tls": {"cert": "tls/server.pem", "key": "/keys/server.key", "client_ca": "tls/ca.pem",
            "require_client_cert": true},
    "tokens_file": "tokens",
    "limits": {"max_message_bytes": 1048576, "max_document_bytes": 65536,
               "max_claims_per_stream": 50, "max_concurrent_calls": 8},
    "worker_threads": 3,
    "inline_max_document_bytes": 4096,
    "result_cache": {"entries": 100, "max_bytes": 1000000},
    "metrics": {"listen": "0.0.0.0:9464"},
    "keepalive": {"time_ms": 60000, "timeout_ms": 5000, "min_client_ping_interval_ms": 10000,
                  "permit_without_calls": true, "max_ping_strikes": 3},
    "shutdown_grace_seconds": 7,
    "plugin_dirs": ["plugins"], "dataset_dirs": ["/srv/datasets"],
    "plugin_configs": {"gdp": {"tolerance": 0.1}},
    "policy_file": "policy.json",
    "log": {"level": "debug", "format": "json"}})",
                              &config);
  ASSERT_TRUE(status.is_ok()) << status.message();
  EXPECT_EQ(config.listen_address(), "0.0.0.0:6000");
  EXPECT_EQ(config.tls.cert_file, "/etc/factcheck/tls/server.pem");
  EXPECT_EQ(config.tls.key_file, "/keys/server.key");
  EXPECT_TRUE(config.tls.require_client_cert);
  EXPECT_EQ(config.tokens_file, "/etc/factcheck/tokens");
  EXPECT_EQ(config.max_message_bytes, 1048576U);
  EXPECT_EQ(config.max_document_bytes, 65536U);
  EXPECT_EQ(config.max_claims_per_stream, 50U);
  EXPECT_EQ(config.max_concurrent_calls, 8U);
  EXPECT_EQ(config.worker_threads, 3U);
  EXPECT_EQ(config.inline_max_document_bytes, 4096U);
  EXPECT_EQ(config.result_cache.entries, 100U);
  EXPECT_EQ(config.result_cache.max_bytes, 1000000U);
  EXPECT_EQ(config.metrics_listen, "0.0.0.0:9464");
  EXPECT_EQ(config.keepalive.time, std::chrono::seconds(60));
  EXPECT_TRUE(config.keepalive.permit_without_calls);
  EXPECT_EQ(config.keepalive.max_ping_strikes, 3);
  EXPECT_EQ(config.shutdown_grace, std::chrono::seconds(7));
  EXPECT_EQ(config.engine.plugin_dirs, std::vector<std::filesystem::path>{"/etc/factcheck/plugins"});
  EXPECT_EQ(config.engine.dataset_dirs, std::vector<std::filesystem::path>{"/srv/datasets"});
  EXPECT_EQ(config.engine.plugin_configs["gdp"]["tolerance"], 0.1);
  EXPECT_EQ(config.engine.policy_file, "/etc/factcheck/policy.json");
  EXPECT_EQ(config.log_level, "debug");
  EXPECT_EQ(config.log_format, LogFormat::json);
}

TEST(ServerConfig, ErrorsNameTheKey) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"listn": "x"})", "listn: unknown key"},
      {R"({"metrics": {"port": 9464}})", "metrics.port: unknown key"},
      {R"({"metrics": {"listen": 9464}})", "metrics.listen: must be a string"},
      {R"({"limits": {"max_concurrent_calls": 0}})", "limits.max_concurrent_calls: 0 is out of range"},
      {R"({"limits": {"max_message_bytes": "4M"}})",
       "limits.max_message_bytes: must be a non-negative integer"},
      {R"({"tls": {"cert": "a.pem"}})", "tls: cert and key must be given together"},
      {R"({"tls": {"cert": "a", "key": "b", "require_client_cert": true}})", "needs tls.client_ca"},
      {R"({"log": {"level": "loud"}})", "log.level: \"loud\""},
      {R"({"plugin_dirs": "plugins"})", "plugin_dirs: must be an array of paths"},
      {R"({"limits": {"max_message_bytes": 2048, "max_document_bytes": 4096}})",
       "larger than limits.max_message_bytes"},
      {R"([1])", "config: must be an object"},
  };
  for (const auto& [text, expected] : cases) {
    ServerConfig config;
    const Status status = parse(text, &config);
    EXPECT_FALSE(status.is_ok()) << text;
    EXPECT_NE(status.message().find(expected), std::string::npos) << text << " -> " << status.message();
  }
}

TEST(ServerConfig, TheShippedConfigsLoad) {
  ServerConfig example;
  Status status = load_server_config(EXAMPLE_SERVER_CONFIG, &example);
  ASSERT_TRUE(status.is_ok()) << status.message();
  EXPECT_EQ(example.listen_address(), "127.0.0.1:50051");
  ServerConfig container;
  status = load_server_config(DEPLOY_SERVER_CONFIG, &container);
  ASSERT_TRUE(status.is_ok()) << status.message();
  EXPECT_EQ(container.log_format, LogFormat::json);
}

class TokensFile : public ::testing::Test {
 protected:
  std::filesystem::path write(const std::string& content) {
    std::ofstream(path_) << content;
    return path_;
  }
  void TearDown() override { std::filesystem::remove(path_); }
  std::filesystem::path path_ =
      std::filesystem::temp_directory_path() / ("factcheck-tokens-" + std::to_string(::getpid()));
};

TEST_F(TokensFile, RolesAndBearerHeaders) {
  TokenStore store;
  ASSERT_TRUE(
      TokenStore::load(write("# comment\n\nuser-token-0123456789\nadmin-token-0123456789 admin\n"), &store)
          .is_ok());
  EXPECT_TRUE(store.enabled());
  EXPECT_EQ(store.size(), 2U);
  EXPECT_EQ(store.authenticate("Bearer user-token-0123456789"), Role::user);
  EXPECT_EQ(store.authenticate("Bearer admin-token-0123456789"), Role::admin);
  EXPECT_EQ(store.authenticate("Bearer admin-token-012345678"), Role::none);
  EXPECT_EQ(store.authenticate("admin-token-0123456789"), Role::none);
  EXPECT_EQ(store.authenticate(""), Role::none);
}

TEST_F(TokensFile, BadLinesAreNamed) {
  TokenStore store;
  Status status = TokenStore::load(write("good-token-0123456789 root\n"), &store);
  EXPECT_NE(status.message().find(":1: role \"root\" is not user or admin"), std::string::npos)
      << status.message();
  status = TokenStore::load(write("good-token-0123456789\nshort\n"), &store);
  EXPECT_NE(status.message().find(":2: token shorter than 16 characters"), std::string::npos)
      << status.message();
  status = TokenStore::load(write("# nothing\n"), &store);
  EXPECT_NE(status.message().find("no tokens"), std::string::npos);
  EXPECT_FALSE(TokenStore::load("/nonexistent/tokens", &store).is_ok());
}

TEST(TokenStore, WithoutAFileEveryoneIsAUser) {
  const TokenStore store;
  EXPECT_FALSE(store.enabled());
  EXPECT_EQ(store.authenticate(""), Role::user);
}

TEST(WorkerPool, RunsJobsAndRefusesBeyondItsQueue) {
  WorkerPool pool(1, 2);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::promise<void> started;
  ASSERT_TRUE(pool.try_submit([&started, released] {
    started.set_value();
    released.wait();
  }));
  started.get_future().wait();  // the only thread is busy
  std::atomic<int> ran{0};
  EXPECT_TRUE(pool.try_submit([&ran] { ++ran; }));
  EXPECT_TRUE(pool.try_submit([&ran] { ++ran; }));
  EXPECT_FALSE(pool.try_submit([&ran] { ++ran; }));  // queue of 2 is full
  release.set_value();
  pool.shutdown();  // runs what was queued
  EXPECT_EQ(ran.load(), 2);
  EXPECT_FALSE(pool.try_submit([] {}));
}

}  // namespace
}  // namespace factcheck::rpc
