// The terminal and JSON writers of `factcheck check`, on the hand-built sample report shared
// with the other writers' tests.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "report/json_report.hpp"
#include "report/text_report.hpp"
#include "sample_report.hpp"

namespace factcheck::report {
namespace {

std::string text_of(const v1::Report& report, bool colour) {
  std::ostringstream out;
  write_text_report(report, out, {.colour = colour});
  return out.str();
}

TEST(TextReport, MarksEveryClaimInItsSentenceAndEndsWithTheSummary) {
  const auto report = testing::sample_report();
  const std::string plain = text_of(report, false);
  for (int i = 0; i < report.claims_size(); ++i) {
    const std::string marker = "[" + report.claims(i).claim().text() + "]{" + std::to_string(i + 1) + "}";
    EXPECT_NE(plain.find(marker), std::string::npos) << marker << "\n" << plain;
    EXPECT_NE(plain.find(report.claims(i).explanation()), std::string::npos);
  }
  EXPECT_NE(plain.find("CONFLICTING"), std::string::npos);
  EXPECT_EQ(plain.find("\x1b["), std::string::npos) << "no colour codes when colour is off";
  const std::string last_line = report.summary().line() + "\n";
  ASSERT_GE(plain.size(), last_line.size());
  EXPECT_EQ(plain.substr(plain.size() - last_line.size()), last_line);
}

TEST(TextReport, ColoursVerdictsOnlyWhenAsked) {
  const std::string coloured = text_of(testing::sample_report(), true);
  EXPECT_NE(coloured.find("\x1b[32m"), std::string::npos);  // supported: green
  EXPECT_NE(coloured.find("\x1b[31m"), std::string::npos);  // refuted: red
}

TEST(TextReport, ListsEvidenceReceipts) {
  const auto report = testing::sample_report();
  const std::string plain = text_of(report, false);
  for (const auto& claim : report.claims()) {
    for (const auto& evidence : claim.evidence()) {
      EXPECT_NE(plain.find(evidence.row_key()), std::string::npos) << evidence.row_key();
      EXPECT_NE(plain.find(evidence.source_name()), std::string::npos);
    }
  }
}

TEST(JsonReport, IsTheProto3JsonMappingWithCamelCaseNames) {
  const auto report = testing::sample_report();
  std::string text;
  ASSERT_TRUE(report_to_json(report, &text));
  const auto json = nlohmann::json::parse(text);
  ASSERT_EQ(json["claims"].size(), static_cast<size_t>(report.claims_size()));
  const auto& first = json["claims"][0];
  EXPECT_EQ(first["claim"]["text"], report.claims(0).claim().text());
  EXPECT_EQ(first["claim"]["span"]["end"], report.claims(0).claim().span().end());
  EXPECT_EQ(first["verdict"], v1::Verdict_Name(report.claims(0).verdict()));
  EXPECT_EQ(first["explanation"], report.claims(0).explanation());
  ASSERT_FALSE(first["evidence"].empty());
  EXPECT_TRUE(first["evidence"][0].contains("sourceName"));
  EXPECT_FALSE(first["evidence"][0].contains("source_name"));
  EXPECT_EQ(json["summary"]["line"], report.summary().line());
}

}  // namespace
}  // namespace factcheck::report
