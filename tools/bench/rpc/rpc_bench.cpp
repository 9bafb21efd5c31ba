// One call at a time, so each number is a latency: the embedded engine on a 3 KB article,
// CheckDocument through the in-process channel and through loopback TCP, and Health/Check
// (an empty call) through TCP. The difference between the first and the third is what the
// server adds per call. The server's result cache is off, so every call is checked; the
// Cached variant measures a repeated document answered from a server with the cache on.
#include <benchmark/benchmark.h>
#include <grpcpp/grpcpp.h>

#include <cstdio>
#include <cstdlib>

#include "bench_engine.hpp"
#include "grpc/health/v1/health.grpc.pb.h"
#include "io/article_reader.hpp"
#include "rpc/server.hpp"

namespace {

using namespace factcheck;

rpc::ServerConfig bench_config(bool cache) {
  rpc::ServerConfig config;
  config.listen = "127.0.0.1:0";
  config.engine.plugin_dirs = {FACTCHECK_BENCH_PLUGIN_DIR};
  config.engine.dataset_dirs = {FACTCHECK_BENCH_DATASET_DIR};
  if (!cache) config.result_cache.entries = 0;
  return config;
}

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "rpc_bench: %s\n", what.c_str());
  std::exit(1);
}

std::unique_ptr<rpc::Server> start_server(bool cache) {
  bench::log_to_stderr();  // no per-call log lines in the measurement, none on stdout
  std::unique_ptr<rpc::Server> created;
  if (Status status = rpc::Server::start(bench_config(cache), &created); !status) fail(status.message());
  if (!created->reload().ok) fail("the engine did not load");
  return created;
}

rpc::Server& server() {
  static const std::unique_ptr<rpc::Server> instance = start_server(false);
  return *instance;
}

rpc::Server& caching_server() {
  static const std::unique_ptr<rpc::Server> instance = start_server(true);
  return *instance;
}

const v1::Document& article() {
  static const v1::Document document = [] {
    v1::Document read;
    if (Status status = io::read_article(FACTCHECK_BENCH_ARTICLE, &read); !status) fail(status.message());
    return read;
  }();
  return document;
}

std::shared_ptr<grpc::Channel> tcp_channel(rpc::Server& to = server()) {
  grpc::ChannelArguments arguments;
  arguments.SetMaxReceiveMessageSize(-1);
  return grpc::CreateCustomChannel("127.0.0.1:" + std::to_string(to.port()),
                                   grpc::InsecureChannelCredentials(), arguments);
}

// One shared engine; with 2 threads, the in-process ceiling a 2-core server could reach.
void BM_EmbeddedEngine(benchmark::State& state) {
  static const std::shared_ptr<const check::Engine> engine = bench::load_bench_engine({});
  v1::Report report;
  for (auto _ : state) {
    if (Status status = engine->check(article(), &report); !status) fail(status.message());
    benchmark::DoNotOptimize(report);
  }
  state.counters["claims"] = report.claims_size();
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EmbeddedEngine)->Unit(benchmark::kMicrosecond)->UseRealTime()->Threads(1)->Threads(2);

void check_document_over(benchmark::State& state, const std::shared_ptr<grpc::Channel>& channel) {
  auto stub = v1::FactCheck::NewStub(channel);
  v1::Report report;
  for (auto _ : state) {
    grpc::ClientContext context;
    if (grpc::Status status = stub->CheckDocument(&context, article(), &report); !status.ok()) {
      fail(status.error_message());
    }
  }
  state.counters["claims"] = report.claims_size();
  state.counters["report_bytes"] = static_cast<double>(report.ByteSizeLong());
}

void BM_CheckDocumentInProcess(benchmark::State& state) {
  check_document_over(state, server().in_process_channel());
}
BENCHMARK(BM_CheckDocumentInProcess)->Unit(benchmark::kMicrosecond);

void BM_CheckDocumentTcp(benchmark::State& state) { check_document_over(state, tcp_channel()); }
BENCHMARK(BM_CheckDocumentTcp)->Unit(benchmark::kMicrosecond);

void BM_CheckDocumentTcpCached(benchmark::State& state) {
  check_document_over(state, tcp_channel(caching_server()));
}
BENCHMARK(BM_CheckDocumentTcpCached)->Unit(benchmark::kMicrosecond);

void BM_HealthCheckTcp(benchmark::State& state) {
  auto stub = grpc::health::v1::Health::NewStub(tcp_channel());
  const grpc::health::v1::HealthCheckRequest request;
  grpc::health::v1::HealthCheckResponse response;
  for (auto _ : state) {
    grpc::ClientContext context;
    if (grpc::Status status = stub->Check(&context, request, &response); !status.ok())
      fail(status.error_message());
  }
}
BENCHMARK(BM_HealthCheckTcp)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
