// The editorial outputs on real reports of the sample articles (engine loaded once): the HTML
// page, the ClaimReview drafts, and a batch of articles checked and rendered by N workers.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>

#include "batch/batch.hpp"
#include "batch/output_format.hpp"
#include "bench_engine.hpp"
#include "check/engine.hpp"
#include "io/article_reader.hpp"
#include "report/claimreview.hpp"
#include "report/html_report.hpp"

namespace {

using namespace factcheck;

const v1::Report& sample_report() {
  static const auto report = [] {
    v1::Document document;
    v1::Report out;
    const auto path = std::filesystem::path(FACTCHECK_BENCH_ARTICLES) / "iraq-power-and-war-2016-02-12.txt";
    if (!io::read_article(path, &document) || !bench::bench_engine().check(document, &out)) std::exit(1);
    return out;
  }();
  return report;
}

void BM_RenderHtml(benchmark::State& state) {
  const auto& report = sample_report();
  std::size_t bytes = 0;
  for (auto _ : state) {
    const std::string html = report::render_html(report);
    bytes = html.size();
    benchmark::DoNotOptimize(html.data());
  }
  state.counters["claims"] = static_cast<double>(report.claims_size());
  state.counters["html_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_RenderHtml)->Unit(benchmark::kMicrosecond);

void BM_RenderClaimReview(benchmark::State& state) {
  const auto& report = sample_report();
  report::ClaimReviewOptions options;
  options.author_name = "Bench Desk";
  options.review_date = "2016-02-12";
  for (auto _ : state) {
    nlohmann::ordered_json reviews;
    if (!report::render_claimreview(report, options, &reviews)) state.SkipWithError("claimreview failed");
    benchmark::DoNotOptimize(reviews.dump());
  }
}
BENCHMARK(BM_RenderClaimReview)->Unit(benchmark::kMicrosecond);

// 200 articles (the two samples, 100 times each) read, checked, rendered as HTML and written
// into a temporary directory by `jobs` workers: the path of `factcheck check DIR --format html`.
void BM_BatchHtml(benchmark::State& state) {
  std::vector<batch::Input> inputs;
  for (int i = 0; i < 100; ++i) {
    for (const std::string name : {"russia-iraq-2016-02-11", "iraq-power-and-war-2016-02-12"}) {
      inputs.push_back({std::filesystem::path(FACTCHECK_BENCH_ARTICLES) / (name + ".txt"),
                        name + "-" + std::to_string(i) + ".txt"});
    }
  }
  const auto out_dir = std::filesystem::temp_directory_path() / "factcheck-report-bench";
  batch::BatchOptions options;
  options.jobs = static_cast<unsigned>(state.range(0));
  options.output_dir = out_dir;
  options.extension = ".html";
  batch::OutputOptions output;
  output.format = "html";
  const auto render = [&output](const v1::Report& report, std::string* out) {
    return batch::render_report(report, output, out);
  };
  for (auto _ : state) {
    const auto totals = batch::run_batch(bench::bench_engine(), inputs, options, render, {});
    if (totals.ok != inputs.size()) state.SkipWithError("an article failed");
  }
  std::filesystem::remove_all(out_dir);
  state.counters["articles_per_second"] =
      benchmark::Counter(static_cast<double>(inputs.size()), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_BatchHtml)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
