// Golden tests: wire-style articles written for factcheck (golden/*.txt) and, for each, the
// claims expected from it (golden/*.expected), one line per quantity with its value, unit,
// band, period, entities, cue words and check-worthiness. Regenerate after an intended
// change with FACTCHECK_UPDATE_GOLDEN=1 and review the diff line by line.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "io/article_reader.hpp"
#include "test_extractor.hpp"

namespace factcheck::extract {
namespace {

const std::filesystem::path kGoldenDir = std::filesystem::path(FACTCHECK_EXTRACT_TEST_DIR) / "golden";

std::string number(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

std::string band(const v1::Band& band) {
  std::string out = band.low_inclusive() ? "[" : "(";
  out += band.has_low() ? number(band.low()) : "-inf";
  out += ", ";
  out += band.has_high() ? number(band.high()) : "inf";
  out += band.high_inclusive() ? "]" : ")";
  return out + " " + band.rule();
}

// One claim as a line of the .expected file.
std::string describe(const v1::Claim& claim) {
  const v1::Quantity& q = claim.quantity();
  std::string line =
      claim.id() + " | " + claim.text() + " | " + claim.kind() + " | " + number(q.value()) + " " + q.unit();
  if (q.has_from_value()) line += " from " + number(q.from_value());
  if (q.change() == v1::CHANGE_KIND_INCREASE) line += " increase";
  if (q.change() == v1::CHANGE_KIND_DECREASE) line += " decrease";
  if (q.change() == v1::CHANGE_KIND_FROM_TO) line += " from-to";
  line += " | " + band(q.band()) + " | ";
  line += claim.has_period() ? claim.period().label() + (claim.period().relative() ? " relative" : "") : "-";
  line += " |";
  for (const auto& entity : claim.entities()) line += " " + entity.id() + ":" + entity.role();
  if (claim.entities_size() == 0) line += " -";
  line += " |";
  for (int k = 0; k < claim.cue_words_size(); ++k) line += (k == 0 ? " " : ", ") + claim.cue_words(k);
  if (claim.cue_words_size() == 0) line += " -";
  line += " | " + (claim.counted_noun().empty() ? std::string("-") : claim.counted_noun());
  line += " | " +
          (claim.checkable() ? std::string("checkable") : "not checkable: " + claim.not_checkable_reason());
  return line;
}

std::vector<std::string> read_lines(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') lines.push_back(line);
  }
  return lines;
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, ClaimsMatchExpected) {
  v1::Document document;
  ASSERT_TRUE(io::read_article(kGoldenDir / (GetParam() + ".txt"), &document).is_ok());
  v1::ClaimList claims;
  ASSERT_TRUE(test_extractor().extract(document, &claims).is_ok());
  std::vector<std::string> actual;
  for (const auto& claim : claims.claims()) actual.push_back(describe(claim));

  const auto expected_path = kGoldenDir / (GetParam() + ".expected");
  if (std::getenv("FACTCHECK_UPDATE_GOLDEN") != nullptr) {
    std::ofstream out(expected_path);
    out << "# " << GetParam() << ".txt: id | text | kind | value unit [from] [change] | band rule | period | "
        << "entities | cue words | counted noun | checkable\n";
    for (const auto& line : actual) out << line << "\n";
  }
  const auto expected = read_lines(expected_path);
  ASSERT_FALSE(expected.empty()) << expected_path;
  for (std::size_t i = 0; i < std::max(expected.size(), actual.size()); ++i) {
    EXPECT_EQ(i < expected.size() ? expected[i] : "(none)", i < actual.size() ? actual[i] : "(none)")
        << GetParam() << " claim " << i + 1;
  }
}

INSTANTIATE_TEST_SUITE_P(Articles, GoldenTest,
                         ::testing::Values("trade", "energy", "conflict", "economy", "health", "migration",
                                           "diplomacy", "reconstruction"));

TEST(Golden, AtLeast150ExpectedQuantities) {
  std::size_t total = 0;
  for (const char* name :
       {"trade", "energy", "conflict", "economy", "health", "migration", "diplomacy", "reconstruction"}) {
    total += read_lines(kGoldenDir / (std::string(name) + ".expected")).size();
  }
  EXPECT_GE(total, 150U);
}

}  // namespace
}  // namespace factcheck::extract
