// Extraction throughput on a news-style corpus built from the golden wire articles
// (tests/unit/extract/golden/*.txt), repeated to 1 MB and 16 MB: bytes per second on one
// core through the whole Extractor::extract path (claims, protobuf output included).
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

std::string article_texts() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(FACTCHECK_GOLDEN_DIR)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::string body;
  for (const auto& file : files) {
    v1::Document document;
    if (io::read_article(file, &document).is_ok()) body += document.text() + "\n\n";
  }
  return body;
}

std::string corpus(std::size_t bytes) {
  const std::string body = article_texts();
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

void BM_Extract(benchmark::State& state) {
  v1::Document document;
  document.set_text(corpus(static_cast<std::size_t>(state.range(0)) << 20U));
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

BENCHMARK(BM_Extract)->Arg(1)->Arg(16)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExtractArena)->Arg(1)->Arg(16)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace factcheck::extract

BENCHMARK_MAIN();
