#include "check/verdict_merge.hpp"

#include <gtest/gtest.h>

#include "factcheck/sdk.hpp"

namespace factcheck::check {
namespace {

v1::Claim checkable_claim() {
  v1::Claim claim;
  claim.set_id("c1");
  claim.set_text("nearly $2 billion");
  claim.set_checkable(true);
  claim.add_cue_words("trade");
  return claim;
}

v1::CheckResult result(const std::string& plugin, v1::Verdict verdict, float coverage,
                       const std::string& row_key) {
  v1::CheckResult out;
  out.set_claim_id("c1");
  out.set_plugin(plugin);
  out.set_verdict(verdict);
  out.set_coverage(coverage);
  out.set_explanation(plugin + " says " + std::to_string(verdict));
  if (!row_key.empty()) {
    auto* evidence = out.add_evidence();
    evidence->set_dataset("bilateral_trade");
    evidence->set_row_key(row_key);
    out.mutable_match_basis()->set_indicator("trade_turnover");
    out.mutable_match_basis()->set_indicator_concept("value of bilateral trade");
    out.mutable_match_basis()->add_claim_words("trade");
    out.set_match_confidence(0.9F);
  }
  return out;
}

TEST(VerdictMerge, NotCheckableClaimsKeepTheirReason) {
  v1::Claim claim = checkable_claim();
  claim.set_checkable(false);
  claim.set_not_checkable_reason("a plan (\"measures to\")");
  const auto merged = merge_claim(claim, {});
  EXPECT_EQ(merged.verdict(), v1::NOT_CHECKABLE);
  EXPECT_NE(merged.explanation().find("a plan"), std::string::npos);
}

TEST(VerdictMerge, UncoveredClaimIsNotEnoughInfoNamingTheMissingIndicator) {
  const auto merged = merge_claim(checkable_claim(), {});
  EXPECT_EQ(merged.verdict(), v1::NOT_ENOUGH_INFO);
  EXPECT_NE(merged.explanation().find("indicator"), std::string::npos);
  EXPECT_NE(merged.explanation().find("trade"), std::string::npos);
}

// A claim whose text spans a line break of the article is quoted on one line.
TEST(VerdictMerge, ExplanationsQuoteTheClaimOnOneLine) {
  v1::Claim claim = checkable_claim();
  claim.set_text("nearly $2\n  billion");
  EXPECT_EQ(merge_claim(claim, {}).explanation().rfind("'nearly $2 billion': no checker covers it", 0), 0U)
      << merge_claim(claim, {}).explanation();
  claim.set_checkable(false);
  EXPECT_EQ(merge_claim(claim, {}).explanation().rfind("'nearly $2 billion' is not checkable", 0), 0U);
  EXPECT_EQ(sdk::quoted(claim), "'nearly $2 billion'");
  claim.set_text(" \t12\r\n%\n");
  EXPECT_EQ(sdk::quoted(claim), "'12 %'");
}

TEST(VerdictMerge, NotEnoughInfoUsesTheMostSpecificReason) {
  plugin::ClaimOutcome outcome;
  auto generic = result("indicator", v1::NOT_ENOUGH_INFO, 0.5F, "");
  generic.set_explanation("generic reason");
  auto specific = result("trade", v1::NOT_ENOUGH_INFO, 0.9F, "");
  specific.set_explanation("period: no figure for 2030");
  outcome.results = {generic, specific};
  const auto merged = merge_claim(checkable_claim(), outcome);
  EXPECT_EQ(merged.verdict(), v1::NOT_ENOUGH_INFO);
  EXPECT_EQ(merged.explanation(), "period: no figure for 2030");
  EXPECT_EQ(merged.results_size(), 2);
}

TEST(VerdictMerge, TheMostSpecificCheckerDecides) {
  plugin::ClaimOutcome outcome;
  outcome.results = {result("indicator", v1::REFUTED, 0.5F, "a"), result("trade", v1::SUPPORTED, 0.9F, "b")};
  const auto merged = merge_claim(checkable_claim(), outcome);
  EXPECT_EQ(merged.verdict(), v1::SUPPORTED);
  ASSERT_EQ(merged.evidence_size(), 1);
  EXPECT_EQ(merged.evidence(0).row_key(), "b");
  EXPECT_EQ(merged.results_size(), 2);  // the overruled result is kept
}

TEST(VerdictMerge, EquallySpecificCheckersThatDisagreeConflict) {
  plugin::ClaimOutcome outcome;
  outcome.results = {result("trade", v1::SUPPORTED, 0.9F, "a"), result("other", v1::REFUTED, 0.88F, "b")};
  const auto merged = merge_claim(checkable_claim(), outcome);
  EXPECT_EQ(merged.verdict(), v1::CONFLICTING);
  EXPECT_EQ(merged.evidence_size(), 2);
}

TEST(VerdictMerge, AgreeingCheckersShareEvidenceOnce) {
  plugin::ClaimOutcome outcome;
  outcome.results = {result("trade", v1::REFUTED, 0.9F, "a"), result("other", v1::REFUTED, 0.9F, "a")};
  const auto merged = merge_claim(checkable_claim(), outcome);
  EXPECT_EQ(merged.verdict(), v1::REFUTED);
  EXPECT_EQ(merged.evidence_size(), 1);
}

TEST(VerdictMerge, AVerdictWithoutEvidenceNeverDecides) {
  plugin::ClaimOutcome outcome;
  auto unfounded = result("loud", v1::REFUTED, 0.9F, "");
  auto missing = result("indicator", v1::NOT_ENOUGH_INFO, 0.5F, "");
  missing.set_explanation("entity: no figure for FRA");
  outcome.results = {unfounded, missing};
  auto merged = merge_claim(checkable_claim(), outcome);
  EXPECT_EQ(merged.verdict(), v1::NOT_ENOUGH_INFO);
  EXPECT_EQ(merged.explanation(), "entity: no figure for FRA");
  outcome.results.push_back(result("trade", v1::SUPPORTED, 0.5F, "row"));
  merged = merge_claim(checkable_claim(), outcome);
  EXPECT_EQ(merged.verdict(), v1::SUPPORTED);
  EXPECT_EQ(merged.results_size(), 3);
}

TEST(VerdictMerge, AVerdictWithoutASureMatchNeverDecides) {
  plugin::ClaimOutcome outcome;
  auto unsure = result("indicator", v1::REFUTED, 0.5F, "row");
  unsure.set_match_confidence(0.55F);
  outcome.results = {unsure};
  auto merged = merge_claim(checkable_claim(), outcome);
  EXPECT_EQ(merged.verdict(), v1::NOT_ENOUGH_INFO);
  EXPECT_NE(merged.explanation().find("confidence 0.55, below the minimum 0.60"), std::string::npos)
      << merged.explanation();
  EXPECT_FALSE(merged.has_match_basis());
  // A newsroom that accepts less certain matches gets the verdict, with its basis.
  merged = merge_claim(checkable_claim(), outcome, 0.5F);
  EXPECT_EQ(merged.verdict(), v1::REFUTED);
  EXPECT_EQ(merged.match_basis().indicator(), "trade_turnover");
  EXPECT_FLOAT_EQ(merged.match_confidence(), 0.55F);
  // A checker that does not say what its evidence measures never decides.
  unsure.clear_match_basis();
  outcome.results = {unsure};
  merged = merge_claim(checkable_claim(), outcome, 0.0F);
  EXPECT_EQ(merged.verdict(), v1::NOT_ENOUGH_INFO);
  EXPECT_NE(merged.explanation().find("did not say what its evidence measures"), std::string::npos)
      << merged.explanation();
}

TEST(VerdictMerge, FailedCheckersAreReportedAndDoNotDecide) {
  plugin::ClaimOutcome outcome;
  outcome.errors = {"plugin 'broken' threw"};
  const auto merged = merge_claim(checkable_claim(), outcome);
  EXPECT_EQ(merged.verdict(), v1::NOT_ENOUGH_INFO);
  ASSERT_EQ(merged.errors_size(), 1);
  EXPECT_NE(merged.explanation().find("failed"), std::string::npos);
}

TEST(Summary, LineLeavesOutZeroCounts) {
  v1::Summary summary;
  v1::ClaimResult claim;
  for (const auto verdict : {v1::SUPPORTED, v1::SUPPORTED, v1::REFUTED, v1::NOT_CHECKABLE}) {
    claim.set_verdict(verdict);
    count_verdict(claim, &summary);
  }
  finish_summary(&summary);
  EXPECT_EQ(summary.numbers(), 4U);
  EXPECT_EQ(summary.checked(), 3U);
  EXPECT_EQ(summary.line(), "4 numbers, 3 checked: 2 supported, 1 refuted; 1 not checkable");
}

TEST(Summary, EmptyArticle) {
  v1::Summary summary;
  finish_summary(&summary);
  EXPECT_EQ(summary.line(), "0 numbers, 0 checked");
}

}  // namespace
}  // namespace factcheck::check
