// The whole `factcheck check` path on a 3 KB news article, engine loaded once: extraction,
// routing, the four bundled plugins across the C ABI, dataset queries and the verdict merge;
// with the plugins in-process (with and without a time budget) and isolated.
#include <benchmark/benchmark.h>

#include "bench_engine.hpp"
#include "check/engine.hpp"
#include "io/article_reader.hpp"

namespace {

using namespace factcheck;

void check_article(benchmark::State& state, const check::Engine& engine) {
  v1::Document document;
  if (Status read = io::read_article(FACTCHECK_BENCH_ARTICLE, &document); !read) {
    state.SkipWithError(read.message().c_str());
    return;
  }
  v1::Report report;
  for (auto _ : state) {
    if (Status status = engine.check(document, &report); !status) {
      state.SkipWithError(status.message().c_str());
      return;
    }
    benchmark::DoNotOptimize(report);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(document.text().size()));
  state.counters["claims"] = static_cast<double>(report.claims_size());
  state.counters["checked"] = static_cast<double>(report.summary().checked());
  state.counters["bytes"] = static_cast<double>(document.text().size());
}
// The default: in-process plugins, each call on a pool thread the host may abandon past the
// 200 ms budget.
void BM_CheckArticle(benchmark::State& state) { check_article(state, bench::bench_engine()); }
// CPU time is the whole process's (the pool thread running the plugins included; an isolated
// plugin's worker processes not), wall time the calling thread's.
BENCHMARK(BM_CheckArticle)->Unit(benchmark::kMicrosecond)->MeasureProcessCPUTime()->UseRealTime();

// In-process without a budget: plugins called on the checking thread.
void BM_CheckArticleNoBudget(benchmark::State& state) {
  plugin::RuntimeOptions runtime;
  runtime.timeout = std::chrono::milliseconds(0);
  static const auto engine = bench::load_bench_engine(runtime);
  check_article(state, *engine);
}
BENCHMARK(BM_CheckArticleNoBudget)->Unit(benchmark::kMicrosecond)->MeasureProcessCPUTime()->UseRealTime();

// Every plugin isolated in factcheck-plugin-worker processes (--isolate).
void BM_CheckArticleIsolated(benchmark::State& state) {
  plugin::RuntimeOptions runtime;
  runtime.isolation = plugin::Isolation::process;
  static const auto engine = bench::load_bench_engine(runtime);
  check_article(state, *engine);
}
BENCHMARK(BM_CheckArticleIsolated)->Unit(benchmark::kMicrosecond)->MeasureProcessCPUTime()->UseRealTime();

void BM_ExtractOnly(benchmark::State& state) {
  const check::Engine& engine = bench::bench_engine();
  v1::Document document;
  if (Status read = io::read_article(FACTCHECK_BENCH_ARTICLE, &document); !read) {
    state.SkipWithError(read.message().c_str());
    return;
  }
  v1::ClaimList claims;
  for (auto _ : state) {
    if (Status status = engine.extract(document, &claims); !status) {
      state.SkipWithError(status.message().c_str());
      return;
    }
    benchmark::DoNotOptimize(claims);
  }
}
BENCHMARK(BM_ExtractOnly)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
