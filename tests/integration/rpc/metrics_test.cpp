// Metrics: the counters and their Prometheus exposition, and the HTTP endpoint a server opens
// with metrics.listen.
#include "rpc/metrics.hpp"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "rpc/metrics_endpoint.hpp"
#include "test_support.hpp"

namespace factcheck::rpc::testing {
namespace {

using std::chrono::microseconds;
using std::chrono::milliseconds;

// The exposition's samples by "name{labels}"; fails the test at a line that is not valid text
// format 0.0.4 or a sample whose family has no HELP and TYPE before it.
std::map<std::string, double> parse_exposition(const std::string& text) {
  static const std::regex kSample(R"(([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (\S+))");
  static const std::regex kComment(R"(# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) .+)");
  std::map<std::string, double> samples;
  std::set<std::string> helped;
  std::set<std::string> typed;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    std::smatch match;
    if (std::regex_match(line, match, kComment)) {
      (match[1] == "HELP" ? helped : typed).insert(match[2]);
      continue;
    }
    if (!std::regex_match(line, match, kSample)) {
      ADD_FAILURE() << "not a sample: " << line;
      continue;
    }
    std::string family = match[1];
    for (const char* suffix : {"_bucket", "_sum", "_count"}) {
      if (family.ends_with(suffix) && typed.count(family.substr(0, family.size() - std::strlen(suffix))) > 0)
        family.resize(family.size() - std::strlen(suffix));
    }
    EXPECT_TRUE(helped.count(family) > 0 && typed.count(family) > 0) << "no HELP/TYPE for " << line;
    samples[std::string(match[1]) + std::string(match[2])] = std::stod(match[3]);
  }
  return samples;
}

TEST(Metrics, CountsCallsLatenciesClaimsAndCacheLookups) {
  Metrics metrics;
  metrics.record_call("CheckDocument", grpc::StatusCode::OK, microseconds(300), 42,
                      Metrics::CacheOutcome::miss);
  metrics.record_call("CheckDocument", grpc::StatusCode::OK, milliseconds(3), 42, Metrics::CacheOutcome::hit);
  metrics.record_call("CheckDocument", grpc::StatusCode::INVALID_ARGUMENT, microseconds(20), 0,
                      Metrics::CacheOutcome::none);
  metrics.record_call("ListCheckers", grpc::StatusCode::OK, milliseconds(20), 0, Metrics::CacheOutcome::none);
  metrics.record_call("NoSuchMethod", grpc::StatusCode::OK, milliseconds(1), 5, Metrics::CacheOutcome::hit);
  metrics.record_reload(true);
  metrics.record_reload(false);
  Metrics::Gauges gauges;
  gauges.serving = true;
  gauges.calls_in_flight = 3;
  gauges.checkers = 4;
  gauges.cache.entries = 2;
  const auto samples = parse_exposition(metrics.render(gauges));

  EXPECT_EQ(samples.at(R"(factcheck_rpc_calls_total{method="CheckDocument",code="OK"})"), 2);
  EXPECT_EQ(samples.at(R"(factcheck_rpc_calls_total{method="CheckDocument",code="INVALID_ARGUMENT"})"), 1);
  EXPECT_EQ(samples.at(R"(factcheck_rpc_calls_total{method="ListCheckers",code="OK"})"), 1);
  EXPECT_EQ(samples.at(R"(factcheck_rpc_calls_total{method="Reload",code="OK"})"), 0);
  EXPECT_EQ(samples.count(R"(factcheck_rpc_calls_total{method="Reload",code="INTERNAL"})"), 0U);
  for (const auto& [name, value] : samples) EXPECT_EQ(name.find("NoSuchMethod"), std::string::npos) << name;

  // Buckets are cumulative: 20 µs and 300 µs under 0.5 ms, 3 ms under 5 ms.
  EXPECT_EQ(samples.at(R"(factcheck_rpc_latency_seconds_bucket{method="CheckDocument",le="0.0005"})"), 2);
  EXPECT_EQ(samples.at(R"(factcheck_rpc_latency_seconds_bucket{method="CheckDocument",le="0.0025"})"), 2);
  EXPECT_EQ(samples.at(R"(factcheck_rpc_latency_seconds_bucket{method="CheckDocument",le="0.005"})"), 3);
  EXPECT_EQ(samples.at(R"(factcheck_rpc_latency_seconds_bucket{method="CheckDocument",le="+Inf"})"), 3);
  EXPECT_EQ(samples.at(R"(factcheck_rpc_latency_seconds_count{method="CheckDocument"})"), 3);
  EXPECT_NEAR(samples.at(R"(factcheck_rpc_latency_seconds_sum{method="CheckDocument"})"), 0.00332, 1e-9);
  EXPECT_EQ(samples.at(R"(factcheck_rpc_latency_seconds_bucket{method="ListCheckers",le="0.01"})"), 0);
  EXPECT_EQ(samples.at(R"(factcheck_rpc_latency_seconds_bucket{method="ListCheckers",le="0.025"})"), 1);

  EXPECT_EQ(samples.at(R"(factcheck_rpc_claims_total{method="CheckDocument"})"), 84);
  EXPECT_EQ(samples.at(R"(factcheck_result_cache_lookups_total{result="hit"})"), 1);
  EXPECT_EQ(samples.at(R"(factcheck_result_cache_lookups_total{result="miss"})"), 1);
  EXPECT_EQ(samples.at("factcheck_result_cache_entries"), 2);
  EXPECT_EQ(samples.at("factcheck_rpc_calls_in_flight"), 3);
  EXPECT_EQ(samples.at("factcheck_serving"), 1);
  EXPECT_EQ(samples.at("factcheck_checkers_loaded"), 4);
  EXPECT_EQ(samples.at(R"(factcheck_reloads_total{result="ok"})"), 1);
  EXPECT_EQ(samples.at(R"(factcheck_reloads_total{result="failed"})"), 1);
  EXPECT_GT(samples.at("process_resident_memory_bytes"), 1e6);
  EXPECT_GT(samples.at("factcheck_start_time_seconds"), 1.7e9);
}

// Sends `request` to 127.0.0.1:port and returns everything the server sent back.
std::string http_exchange(int port, const std::string& request) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return "connect failed";
  }
  if (!request.empty()) ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  std::string reply;
  char buffer[4096];
  for (ssize_t got; (got = ::recv(fd, buffer, sizeof buffer, 0)) > 0;)
    reply.append(buffer, static_cast<size_t>(got));
  ::close(fd);
  return reply;
}

std::string body_of(const std::string& reply) {
  const auto end = reply.find("\r\n\r\n");
  return end == std::string::npos ? std::string() : reply.substr(end + 4);
}

TEST(MetricsEndpoint, AnswersGetAndHeadOnMetricsAndNothingElse) {
  int renders = 0;
  std::unique_ptr<MetricsEndpoint> endpoint;
  ASSERT_TRUE(MetricsEndpoint::start(
                  "127.0.0.1:0", [&renders] { return "up " + std::to_string(++renders) + "\n"; }, &endpoint)
                  .is_ok());
  ASSERT_GT(endpoint->port(), 0);
  const int port = endpoint->port();

  const std::string ok = http_exchange(port, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_TRUE(ok.starts_with("HTTP/1.1 200 OK\r\n")) << ok;
  EXPECT_NE(ok.find("Content-Type: text/plain; version=0.0.4; charset=utf-8\r\n"), std::string::npos);
  EXPECT_NE(ok.find("Content-Length: 5\r\n"), std::string::npos) << ok;
  EXPECT_EQ(body_of(ok), "up 1\n");
  EXPECT_EQ(body_of(http_exchange(port, "GET /metrics?format=text HTTP/1.0\n\n")), "up 2\n");
  const std::string head = http_exchange(port, "HEAD /metrics HTTP/1.1\r\n\r\n");
  EXPECT_TRUE(head.starts_with("HTTP/1.1 200 OK\r\n")) << head;
  EXPECT_EQ(body_of(head), "");

  EXPECT_TRUE(http_exchange(port, "GET / HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 404 "));
  const std::string post = http_exchange(port, "POST /metrics HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
  EXPECT_TRUE(post.starts_with("HTTP/1.1 405 ")) << post;
  EXPECT_NE(post.find("Allow: GET, HEAD\r\n"), std::string::npos);
  EXPECT_TRUE(http_exchange(port, "hello\r\n\r\n").starts_with("HTTP/1.1 400 "));
  EXPECT_EQ(http_exchange(port, std::string(10000, 'a')), "");  // over 8 KiB without a blank line

  // A client that connects and says nothing holds the endpoint 2 s at most.
  std::thread silent([port] { http_exchange(port, ""); });
  std::this_thread::sleep_for(milliseconds(100));
  const auto started = std::chrono::steady_clock::now();
  EXPECT_TRUE(http_exchange(port, "GET /metrics HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 200 OK"));
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(3));
  silent.join();
}

TEST(MetricsEndpoint, BadAddressesAreNamed) {
  std::unique_ptr<MetricsEndpoint> endpoint;
  const Status no_port = MetricsEndpoint::start(
      "localhost", [] { return std::string(); }, &endpoint);
  EXPECT_EQ(no_port.message(), "metrics.listen: \"localhost\" is not HOST:PORT");
  std::unique_ptr<MetricsEndpoint> first;
  ASSERT_TRUE(MetricsEndpoint::start(
                  "127.0.0.1:0", [] { return std::string(); }, &first)
                  .is_ok());
  const std::string taken = "127.0.0.1:" + std::to_string(first->port());
  const Status in_use = MetricsEndpoint::start(
      taken, [] { return std::string(); }, &endpoint);
  EXPECT_FALSE(in_use.is_ok());
  EXPECT_NE(in_use.message().find("cannot listen on " + taken), std::string::npos) << in_use.message();
}

TEST(ServerMetrics, TheEndpointCountsWhatTheServerDid) {
  ServerConfig config = test_config();
  config.metrics_listen = "127.0.0.1:0";
  auto server = start_loaded(config);
  ASSERT_NE(server, nullptr);
  ASSERT_GT(server->metrics_port(), 0);
  auto stub = v1::FactCheck::NewStub(tcp_channel(server->port()));
  const v1::Document document = article();
  for (int i = 0; i < 2; ++i) {
    v1::Report report;
    auto context = context_with();
    ASSERT_TRUE(stub->CheckDocument(context.get(), document, &report).ok());
  }
  v1::Report report;
  auto context = context_with();
  EXPECT_EQ(stub->CheckDocument(context.get(), v1::Document(), &report).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);

  v1::ListCheckersResponse checkers;
  auto list_context = context_with();
  ASSERT_TRUE(stub->ListCheckers(list_context.get(), {}, &checkers).ok());
  ASSERT_GT(checkers.checkers_size(), 0);

  const std::string reply = http_exchange(server->metrics_port(), "GET /metrics HTTP/1.1\r\n\r\n");
  ASSERT_TRUE(reply.starts_with("HTTP/1.1 200 OK")) << reply;
  const auto samples = parse_exposition(body_of(reply));
  EXPECT_EQ(samples.at(R"(factcheck_rpc_calls_total{method="CheckDocument",code="OK"})"), 2);
  EXPECT_EQ(samples.at(R"(factcheck_rpc_calls_total{method="CheckDocument",code="INVALID_ARGUMENT"})"), 1);
  EXPECT_EQ(samples.at(R"(factcheck_rpc_claims_total{method="CheckDocument"})"), 86);
  EXPECT_EQ(samples.at(R"(factcheck_result_cache_lookups_total{result="miss"})"), 2);  // the empty one too
  EXPECT_EQ(samples.at(R"(factcheck_result_cache_lookups_total{result="hit"})"), 1);
  EXPECT_EQ(samples.at("factcheck_result_cache_entries"), 1);
  EXPECT_EQ(samples.at("factcheck_serving"), 1);
  EXPECT_EQ(samples.at("factcheck_checkers_loaded"), checkers.checkers_size());
  EXPECT_EQ(samples.at(R"(factcheck_rpc_calls_total{method="ListCheckers",code="OK"})"), 1);
  EXPECT_GT(samples.at("factcheck_datasets_loaded"), 0);
  EXPECT_EQ(samples.at(R"(factcheck_reloads_total{result="ok"})"), 1);
  EXPECT_GT(samples.at("factcheck_loaded_time_seconds"), 1.7e9);
}

#ifdef FACTCHECK_THROWING_TEST_PLUGIN
// A checker failing on claims is counted, from fresh checks only (not from cached answers).
TEST(ServerMetrics, CheckerFailuresAreCounted) {
  const std::filesystem::path plugin(FACTCHECK_THROWING_TEST_PLUGIN);
  const auto dir =
      std::filesystem::temp_directory_path() / ("factcheck-metrics-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(plugin, dir / plugin.filename(),
                             std::filesystem::copy_options::overwrite_existing);
  ServerConfig config = test_config();
  config.engine.plugin_dirs.push_back(dir);
  config.metrics_listen = "127.0.0.1:0";
  auto server = start_loaded(config);
  ASSERT_NE(server, nullptr);
  auto stub = v1::FactCheck::NewStub(tcp_channel(server->port()));
  v1::Document document = article();
  int errors = 0;
  for (int i = 0; i < 2; ++i) {  // an answer with checker errors is never cached: both check
    v1::Report report;
    auto context = context_with();
    ASSERT_TRUE(stub->CheckDocument(context.get(), document, &report).ok());
    errors = 0;
    for (const auto& claim : report.claims()) errors += claim.errors_size();
  }
  ASSERT_GT(errors, 0);
  document.set_id("another-id");  // the stream checks afresh too
  auto context = context_with();
  auto reader = stub->CheckDocumentStream(context.get(), document);
  for (v1::CheckStreamMessage message; reader->Read(&message);) {
  }
  ASSERT_TRUE(reader->Finish().ok());

  const auto samples =
      parse_exposition(body_of(http_exchange(server->metrics_port(), "GET /metrics HTTP/1.1\r\n\r\n")));
  EXPECT_EQ(samples.at("factcheck_checker_errors_total"), 3 * errors);
  server.reset();
  std::filesystem::remove_all(dir);
}
#endif

TEST(ServerMetrics, AMetricsAddressThatCannotBeUsedStopsTheStart) {
  ServerConfig config = test_config();
  config.metrics_listen = "not an address";
  std::unique_ptr<Server> server;
  const Status status = Server::start(config, &server);
  EXPECT_EQ(status.message(), "metrics.listen: \"not an address\" is not HOST:PORT");
  EXPECT_EQ(server, nullptr);
}

}  // namespace
}  // namespace factcheck::rpc::testing
