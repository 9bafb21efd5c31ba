// The whole `factcheck check` path on a 3 KB news article, engine loaded once: extraction,
// routing, the four bundled plugins across the C ABI, dataset queries and the verdict merge.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

#include "check/engine.hpp"
#include "io/article_reader.hpp"

namespace {

using namespace factcheck;

std::shared_ptr<const check::Engine> load_engine() {
  check::EngineOptions options;
  options.plugin_dirs = {FACTCHECK_BENCH_PLUGIN_DIR};
  options.dataset_dirs = {FACTCHECK_BENCH_DATASET_DIR};
  std::shared_ptr<const check::Engine> engine;
  if (Status status = check::Engine::load(options, &engine); !status) {
    std::fprintf(stderr, "engine failed to load: %s\n", status.message().c_str());
    std::exit(1);
  }
  return engine;
}

void BM_CheckArticle(benchmark::State& state) {
  static const auto engine = load_engine();
  v1::Document document;
  if (Status read = io::read_article(FACTCHECK_BENCH_ARTICLE, &document); !read) {
    state.SkipWithError(read.message().c_str());
    return;
  }
  v1::Report report;
  for (auto _ : state) {
    if (Status status = engine->check(document, &report); !status) {
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
  static const auto engine = load_engine();
  v1::Document document;
  if (Status read = io::read_article(FACTCHECK_BENCH_ARTICLE, &document); !read) {
    state.SkipWithError(read.message().c_str());
    return;
  }
  v1::ClaimList claims;
  for (auto _ : state) {
    if (Status status = engine->extract(document, &claims); !status) {
      state.SkipWithError(status.message().c_str());
      return;
    }
    benchmark::DoNotOptimize(claims);
  }
}
BENCHMARK(BM_ExtractOnly)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
