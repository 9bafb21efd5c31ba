// libFuzzer target over Extractor::extract. The first byte picks the publication date mode
// (given, empty so the dateline/today path runs, a leap day, or 1900), the rest is the text.
// Run (new corpus entries go to the first directory, so keep it out of the repository):
//   cmake --preset fuzz && cmake --build build/fuzz --target extract_fuzzer
//   mkdir -p /tmp/extract-corpus
//   build/fuzz/bin/extract_fuzzer -max_total_time=600 -max_len=16384 /tmp/extract-corpus
//   tests/fuzz/regressions
// A crasher found goes into tests/fuzz/regressions/ (RobustnessTest replays it).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "extract/extractor.hpp"

namespace {

const factcheck::extract::Extractor& extractor() {
  static const std::unique_ptr<const factcheck::extract::Extractor> instance = [] {
    factcheck::extract::Policy policy = factcheck::extract::default_policy();
    std::unique_ptr<const factcheck::extract::Extractor> out;
    if (!factcheck::extract::Extractor::create(policy, FACTCHECK_COUNTRY_CODES_DIR, &out).is_ok())
      std::abort();
    return out;
  }();
  return *instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  factcheck::v1::Document document;
  static const char* const kPublished[] = {"2016-02-11", "", "2016-02-29", "1900-01-01"};
  document.set_published(kPublished[data[0] % 4]);
  document.set_text(std::string(reinterpret_cast<const char*>(data + 1), size - 1));
  factcheck::v1::ClaimList list;
  if (!extractor().extract(document, &list).is_ok()) return 0;
  for (const auto& claim : list.claims()) {
    // Invariants: spans in range and ordered; every claim has an id and a kind.
    if (claim.span().start() > claim.span().end() || claim.id().empty() || claim.kind().empty()) std::abort();
    if (claim.span().end() > document.text().size()) std::abort();
  }
  return 0;
}
