// Large inputs (ctest label "slow", not in the default run): a 100 MB article is answered in
// time linear in its size.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "extract/extractor.hpp"

namespace factcheck::extract {
namespace {

double seconds_for(const Extractor& extractor, const std::string& text, v1::ClaimList* list) {
  v1::Document document;
  document.set_text(text);
  document.set_published("2016-02-11");
  const auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(extractor.extract(document, list).is_ok());
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string repeat(const std::string& unit, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out += unit;
  return out;
}

TEST(SlowExtraction, HundredMegabytesOfNumbersStopAtTheClaimCap) {
  std::unique_ptr<const Extractor> extractor;
  ASSERT_TRUE(Extractor::create(default_policy(), FACTCHECK_COUNTRY_CODES_DIR, &extractor).is_ok());
  const std::string prose =
      "Officials in Baghdad met their Russian counterparts on Thursday to discuss energy, grain and the "
      "war against Islamic State, which seized a third of Iraq in 2014. ";
  v1::ClaimList small_list;
  v1::ClaimList big_list;
  const double small = seconds_for(*extractor, repeat(prose, 10U << 20U), &small_list);
  const double big = seconds_for(*extractor, repeat(prose, 100U << 20U), &big_list);
  // The big one stops at the default cap of 100,000 claims, with a warning: memory stays bounded.
  EXPECT_LT(small_list.claims_size(), static_cast<int>(default_policy().max_claims));
  EXPECT_EQ(big_list.claims_size(), static_cast<int>(default_policy().max_claims));
  ASSERT_GT(big_list.warnings_size(), 0);
  EXPECT_NE(big_list.warnings(0).find("max_claims"), std::string::npos);
  EXPECT_LT(big, small * 15 + 1.0);
  EXPECT_LT(big, 60.0);
}

TEST(SlowExtraction, HundredMegabytesWithoutNumbersIsReadToTheEnd) {
  std::unique_ptr<const Extractor> extractor;
  ASSERT_TRUE(Extractor::create(default_policy(), FACTCHECK_COUNTRY_CODES_DIR, &extractor).is_ok());
  const std::string prose =
      "Officials in Baghdad met their Russian counterparts to discuss energy and grain. ";
  v1::ClaimList small_list;
  v1::ClaimList big_list;
  const double small = seconds_for(*extractor, repeat(prose, 10U << 20U), &small_list);
  const double big =
      seconds_for(*extractor, repeat(prose + "Exports rose 5 percent. ", 100U << 20U), &big_list);
  EXPECT_GT(big_list.claims_size(), 0);
  EXPECT_EQ(big_list.main_entities(0).id(), "IRQ");
  EXPECT_LT(big, small * 20 + 1.0);  // ten times the bytes, well under twenty times the time
}

}  // namespace
}  // namespace factcheck::extract
