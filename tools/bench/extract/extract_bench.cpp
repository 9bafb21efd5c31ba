// Extraction throughput on news-style corpora built from the golden wire articles
// (tests/unit/extract/golden/*.txt), repeated to 1 MB and 16 MB: bytes per second on one
// core through the whole Extractor::extract path (claims, protobuf output included).
// BM_Extract: all eight articles (dense: about one claim per 80 bytes). BM_ExtractArena: the
// same with the output on an arena. BM_ExtractNarrative: the two narrative articles only.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "io/article_reader.hpp"

namespace factcheck::extract {
namespace {

// The golden articles' texts; `only` limits them to the named ones (empty: all).
std::string article_texts(const std::vector<std::string>& only = {}) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(FACTCHECK_GOLDEN_DIR)) {
    if (entry.path().extension() != ".txt") continue;
    if (!only.empty() && std::find(only.begin(), only.end(), entry.path().stem().string()) == only.end())
      continue;
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::string body;
  for (const auto& file : files) {
    v1::Document document;
    if (io::read_article(file, &document).is_ok()) body += document.text() + "\n\n";
  }
  return body;
}

std::string corpus(std::size_t bytes, const std::vector<std::string>& only = {}) {
  const std::string body = article_texts(only);
  std::string text;
  text.reserve(bytes + body.size());
  while (text.size() < bytes) text += body;
  return text;
}

const Extractor& extractor() {
  static const std::unique_ptr<const Extractor> instance = [] {
    Policy policy = default_policy();
    policy.max_claims = static_cast<std::size_t>(-1);  // measure the whole corpus
    std::unique_ptr<const Extractor> out;
    if (!Extractor::create(policy, FACTCHECK_COUNTRY_CODES_DIR, &out).is_ok()) std::abort();
    return out;
  }();
  return *instance;
}

// Extracts `text` once per iteration; reports bytes and claims per second.
void extract_corpus(benchmark::State& state, std::string text) {
  v1::Document document;
  document.set_text(std::move(text));
  document.set_published("2016-02-11");
  std::size_t claims = 0;
  for (auto _ : state) {
    v1::ClaimList list;
    if (!extractor().extract(document, &list).is_ok()) state.SkipWithError("extract failed");
    claims = static_cast<std::size_t>(list.claims_size());
    benchmark::DoNotOptimize(list);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * document.text().size()));
  state.counters["claims"] = static_cast<double>(claims);
  state.counters["claims_per_s"] =
      benchmark::Counter(static_cast<double>(claims), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_Extract(benchmark::State& state) {
  extract_corpus(state, corpus(static_cast<std::size_t>(state.range(0)) << 20U));
}

// The same with the output on a protobuf arena, as a server answering requests would use it:
// the claims' strings and messages are then freed in one go instead of one by one.
void BM_ExtractArena(benchmark::State& state) {
  v1::Document document;
  document.set_text(corpus(static_cast<std::size_t>(state.range(0)) << 20U));
  document.set_published("2016-02-11");
  for (auto _ : state) {
    google::protobuf::Arena arena;
    auto* list = google::protobuf::Arena::CreateMessage<v1::ClaimList>(&arena);
    if (!extractor().extract(document, list).is_ok()) state.SkipWithError("extract failed");
    benchmark::DoNotOptimize(list);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * document.text().size()));
}

// The two narrative articles only (quotes, background, few numbers: about one claim per
// 2 KB), for the cost of reading text as opposed to building claims.
void BM_ExtractNarrative(benchmark::State& state) {
  extract_corpus(state,
                 corpus(static_cast<std::size_t>(state.range(0)) << 20U, {"diplomacy", "reconstruction"}));
}

BENCHMARK(BM_Extract)->Arg(1)->Arg(16)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExtractNarrative)->Arg(1)->Arg(16)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExtractArena)->Arg(1)->Arg(16)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace factcheck::extract

BENCHMARK_MAIN();
