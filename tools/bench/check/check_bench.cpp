// The whole `factcheck check` path on a 3 KB news article, engine loaded once: extraction,
// routing, the four bundled plugins across the C ABI, dataset queries and the verdict merge.
#include <benchmark/benchmark.h>

#include "bench_engine.hpp"
#include "check/engine.hpp"
#include "io/article_reader.hpp"

namespace {

using namespace factcheck;

void BM_CheckArticle(benchmark::State& state) {
  const check::Engine& engine = bench::bench_engine();
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
BENCHMARK(BM_CheckArticle)->Unit(benchmark::kMicrosecond);

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
