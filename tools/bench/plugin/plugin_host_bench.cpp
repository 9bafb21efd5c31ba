// Cost of the plugin boundary for one typical claim: the host serialises the request, the
// plugin parses it, runs a trivial check, serialises the result, the host parses it back.
#include <benchmark/benchmark.h>

#include "plugin/plugin_host.hpp"

namespace {

using namespace factcheck;

v1::Claim typical_claim() {
  v1::Claim claim;
  claim.set_id("c1");
  claim.set_text("nearly $2 billion");
  claim.mutable_span()->set_start(41);
  claim.mutable_span()->set_end(58);
  claim.set_sentence(
      "Trade between Russia and Iraq last year came to nearly $2 billion, mostly Russian exports.");
  claim.mutable_sentence_span()->set_end(90);
  claim.set_kind("count");
  auto* quantity = claim.mutable_quantity();
  quantity->set_kind(v1::QUANTITY_KIND_MONEY);
  quantity->set_value(2e9);
  quantity->set_unit("USD");
  quantity->set_hedge("nearly");
  quantity->mutable_band()->set_low(1.8e9);
  quantity->mutable_band()->set_high(2e9);
  quantity->mutable_band()->set_rule("hedge:nearly");
  auto* period = claim.mutable_period();
  period->set_start("2015-01-01");
  period->set_end("2015-12-31");
  period->set_label("2015");
  period->set_text("last year");
  period->set_relative(true);
  for (const char* id : {"RUS", "IRQ"}) {
    auto* entity = claim.add_entities();
    entity->set_id(id);
    entity->set_kind("country");
  }
  claim.add_cue_words("trade");
  claim.set_checkable(true);
  return claim;
}

void BM_CheckThroughBoundary(benchmark::State& state) {
  plugin::PluginHost host(nullptr);
  if (!host.load_file(BENCH_PLUGIN)) {
    state.SkipWithError("cannot load the benchmark plugin");
    return;
  }
  const auto& plugin = *host.plugins().front();
  v1::CheckRequest request;
  *request.add_claims() = typical_claim();
  request.mutable_context()->set_published("2016-02-11");
  for (auto _ : state) {
    v1::CheckResponse response;
    const Status status = plugin.check(request, &response);
    benchmark::DoNotOptimize(status);
    benchmark::DoNotOptimize(response);
  }
}
BENCHMARK(BM_CheckThroughBoundary);

void BM_RouteAndCheckOneClaim(benchmark::State& state) {
  plugin::PluginHost host(nullptr);
  if (!host.load_file(BENCH_PLUGIN)) {
    state.SkipWithError("cannot load the benchmark plugin");
    return;
  }
  const std::vector<v1::Claim> claims{typical_claim()};
  v1::DocumentContext context;
  context.set_published("2016-02-11");
  for (auto _ : state) benchmark::DoNotOptimize(host.check(claims, context));
}
BENCHMARK(BM_RouteAndCheckOneClaim);

}  // namespace

BENCHMARK_MAIN();
