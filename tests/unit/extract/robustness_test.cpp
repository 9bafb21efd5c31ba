// Bad input: every case gets an answer (claims or a warning), no crash, no hang.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "extract/extractor.hpp"
#include "test_extractor.hpp"

namespace factcheck::extract {
namespace {

class RobustnessTest : public ::testing::Test {
 protected:
  static v1::ClaimList run(std::string text) {
    v1::Document document;
    document.set_text(std::move(text));
    document.set_published("2016-02-11");
    v1::ClaimList list;
    const Status status = test_extractor().extract(document, &list);
    EXPECT_TRUE(status.is_ok()) << status.message();
    return list;
  }
  static bool warned(const v1::ClaimList& list, const std::string& words) {
    for (const auto& warning : list.warnings()) {
      if (warning.find(words) != std::string::npos) return true;
    }
    return false;
  }
};

TEST_F(RobustnessTest, EmptyAndWhiteSpaceOnlyInputWarn) {
  for (const std::string text : {"", " \n\t\n "}) {
    const auto list = run(text);
    EXPECT_EQ(list.claims_size(), 0);
    EXPECT_TRUE(warned(list, "no text"));
  }
}

TEST_F(RobustnessTest, BinaryBytesDoNotCrash) {
  std::mt19937 random(42);
  std::string bytes(1 << 16, '\0');
  for (char& c : bytes) c = static_cast<char>(random() & 0xFFU);
  const auto list = run(bytes);
  for (const auto& claim : list.claims()) EXPECT_LE(claim.span().end(), bytes.size());
}

TEST_F(RobustnessTest, AMillionDigitsIsNotANumber) {
  const auto list = run(std::string(1'000'000, '7') + " rose 5 percent.");
  EXPECT_TRUE(warned(list, "digit run"));
  EXPECT_TRUE(warned(list, "were cut"));
  ASSERT_EQ(list.claims_size(), 1);
  EXPECT_EQ(list.claims(0).text(), "5 percent");
}

TEST_F(RobustnessTest, TenThousandNumbersInOneSentenceAreCapped) {
  std::string sentence = "The values were";
  for (int i = 0; i < 10000; ++i) {
    sentence += ' ';
    sentence += std::to_string(i * 7 + 1);
    sentence += ',';
  }
  sentence += " in all.";
  const auto list = run(sentence);
  const std::size_t pieces = sentence.size() / (default_policy().max_sentence_bytes / 2) + 1;
  EXPECT_GT(list.claims_size(), 0);
  EXPECT_LE(static_cast<std::size_t>(list.claims_size()), pieces * default_policy().max_claims_per_sentence);
  EXPECT_TRUE(warned(list, "max_claims_per_sentence"));
}

TEST_F(RobustnessTest, TotalClaimsAreCappedWithAWarning) {
  Policy policy = default_policy();
  policy.max_claims = 5;
  std::unique_ptr<const Extractor> small;
  ASSERT_TRUE(Extractor::create(policy, FACTCHECK_COUNTRY_CODES_DIR, &small).is_ok());
  v1::Document document;
  std::string text;
  for (int i = 0; i < 20; ++i) {
    text += "Exports rose ";
    text += std::to_string(i + 2);
    text += " percent. ";
  }
  document.set_text(text);
  document.set_published("2016-02-11");
  v1::ClaimList list;
  ASSERT_TRUE(small->extract(document, &list).is_ok());
  EXPECT_EQ(list.claims_size(), 5);
  EXPECT_TRUE(warned(list, "max_claims"));
}

TEST_F(RobustnessTest, InvalidUtf8FromCallersKeepsSpansInRange) {
  const std::string text = "Exports rose \xFF\xFE 5 percent to \xC3 $2 billion.";
  const auto list = run(text);
  EXPECT_GE(list.claims_size(), 1);
  for (const auto& claim : list.claims()) EXPECT_LE(claim.span().end(), text.size());
}

TEST_F(RobustnessTest, NonEnglishLanguageWarns) {
  v1::Document document;
  document.set_text("Die Exporte stiegen um 5 Prozent.");
  document.set_published("2016-02-11");
  document.set_language("de");
  v1::ClaimList list;
  ASSERT_TRUE(test_extractor().extract(document, &list).is_ok());
  EXPECT_TRUE(warned(list, "language 'de'"));
}

// Inputs that once broke the extractor (found by the fuzzer or by hand) replayed on every run.
TEST_F(RobustnessTest, FuzzRegressionsReplayCleanly) {
  std::size_t replayed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(FACTCHECK_FUZZ_REGRESSIONS_DIR)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    const auto list = run(content.str());
    for (const auto& claim : list.claims()) EXPECT_FALSE(claim.id().empty()) << entry.path();
    ++replayed;
  }
  EXPECT_GT(replayed, 0U);
}

}  // namespace
}  // namespace factcheck::extract
