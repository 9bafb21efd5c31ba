#include "trade_checker.hpp"

#include <gtest/gtest.h>

#include "data/store.hpp"
#include "test_host.hpp"

namespace factcheck::plugins {
namespace {

using toolkit::ClaimSpec;
using toolkit::make_claim;

class TradeCheckerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<data::DatasetLoadError> errors;
    store_ = data::DatasetStore::load({FIXTURE_DATASETS}, &errors);
    for (const auto& error : errors) ADD_FAILURE() << error.to_string();
  }
  TradeCheckerTest() : host_(store_), checker_(host_.host(), "{}") {
    checker_.set_claim_kinds(TradeChecker::manifest().claim_kinds);
  }

  // "Trade between Jordan and Egypt reached <band> in <year>."
  static ClaimSpec trade(double low, double high, const std::string& year, bool high_inclusive = true) {
    return {.text = "trade figure",
            .kind = "money",
            .quantity_kind = v1::QUANTITY_KIND_MONEY,
            .value = high,
            .unit = "USD",
            .low = low,
            .high = high,
            .high_inclusive = high_inclusive,
            .cue_words = {"trade"},
            .entities = {"EGY", "JOR"},
            .period_label = year};
  }

  static inline std::shared_ptr<const data::DatasetStore> store_;
  toolkit::TestHost host_;
  TradeChecker checker_;
};

TEST_F(TradeCheckerTest, CoversMoneyClaimsAboutTrade) {
  const auto context = toolkit::context("2016-02-11");
  EXPECT_EQ(checker_.covers(make_claim(trade(1, 2, "2015")), context), 0.9F);
  auto gdp = trade(1, 2, "2015");
  gdp.cue_words = {"economy"};
  EXPECT_EQ(checker_.covers(make_claim(gdp), context), 0.0F);
}

TEST_F(TradeCheckerTest, PublishedTurnoverInEitherOrderWithTheHedgeFlip) {
  const auto context = toolkit::context("2016-02-11");
  // The source said "close to $500 million": nearly $500m holds, more than $500m does not.
  const auto nearly = checker_.check(make_claim(trade(450e6, 500e6, "2015", false)), context);
  EXPECT_EQ(nearly.verdict(), v1::SUPPORTED) << nearly.explanation();
  auto more_than = trade(500e6, 0, "2015");
  more_than.high.reset();
  more_than.low_inclusive = false;
  const auto more = checker_.check(make_claim(more_than), context);
  EXPECT_EQ(more.verdict(), v1::REFUTED) << more.explanation();
  EXPECT_NE(more.explanation().find("EGY–JOR trade in 2015"), std::string::npos) << more.explanation();
}

TEST_F(TradeCheckerTest, TurnoverIsSummedFromBothFlowsWhenNotPublished) {
  const auto result = checker_.check(make_claim(trade(360e6, 440e6, "2014")), toolkit::context("2016-02-11"));
  EXPECT_EQ(result.verdict(), v1::SUPPORTED) << result.explanation();
  ASSERT_EQ(result.evidence_size(), 1);
  EXPECT_DOUBLE_EQ(result.evidence(0).compared_value(), 400e6);
  EXPECT_EQ(result.evidence(0).value_kind(), "derived");
  EXPECT_NE(result.evidence(0).row_key().find(" + "), std::string::npos);
}

// "Trade between Egypt and Jordan ..., mostly made up of <owner> <part>s": the claim the
// extractor makes of the composition alone.
v1::Claim composition(const std::string& owner, const std::string& part, const std::string& year) {
  auto claim = make_claim({.text = "mostly made up of " + owner + " " + part + "s",
                           .kind = "fraction",
                           .quantity_kind = v1::QUANTITY_KIND_FRACTION,
                           .value = 0.5,
                           .unit = "ratio",
                           .low = 0.5,
                           .high = 1.0,
                           .low_inclusive = false,
                           .cue_words = {part, "trade"},
                           .entities = {"EGY", "JOR"},
                           .period_label = year});
  claim.mutable_quantity()->mutable_band()->set_rule("composition:mostly");
  claim.set_quantified_noun(part);
  claim.set_acting_party(owner);
  return claim;
}

TEST_F(TradeCheckerTest, CompositionIsJudgedOnTheFlowsShareOfTurnover) {
  const auto context = toolkit::context("2016-02-11");
  EXPECT_EQ(checker_.covers(composition("JOR", "export", "2014"), context), 0.9F);
  // 2014: Jordanian exports $300m of $400m both ways.
  const auto jordanian = checker_.check(composition("JOR", "export", "2014"), context);
  EXPECT_EQ(jordanian.verdict(), v1::SUPPORTED) << jordanian.explanation();
  ASSERT_EQ(jordanian.evidence_size(), 1);
  EXPECT_DOUBLE_EQ(jordanian.evidence(0).value(), 75.0);
  EXPECT_EQ(jordanian.match_basis().dimension(), "ratio");
  EXPECT_GT(jordanian.match_confidence(), 0.0F);
  // Egypt's imports are Jordan's exports: the same 75%.
  EXPECT_EQ(checker_.check(composition("EGY", "import", "2014"), context).verdict(), v1::SUPPORTED);
  const auto egyptian = checker_.check(composition("EGY", "export", "2014"), context);
  EXPECT_EQ(egyptian.verdict(), v1::REFUTED) << egyptian.explanation();
  EXPECT_DOUBLE_EQ(egyptian.evidence(0).value(), 25.0);
}

TEST_F(TradeCheckerTest, CompositionWithoutTheOwnersFlowTakesTheRest) {
  // 2015: a published $500m turnover and Jordanian exports of $450m; Egypt's are the rest.
  const auto result = checker_.check(composition("EGY", "export", "2015"), toolkit::context("2016-02-11"));
  EXPECT_EQ(result.verdict(), v1::REFUTED) << result.explanation();
  ASSERT_EQ(result.evidence_size(), 1);
  EXPECT_DOUBLE_EQ(result.evidence(0).value(), 10.0);
  EXPECT_NE(result.evidence(0).notes().find("less"), std::string::npos) << result.evidence(0).notes();
}

TEST_F(TradeCheckerTest, CompositionOfAnotherPartyOrPartIsNotJudged) {
  const auto context = toolkit::context("2016-02-11");
  const auto third = checker_.check(composition("USA", "export", "2014"), context);
  EXPECT_EQ(third.verdict(), v1::NOT_ENOUGH_INFO);
  EXPECT_EQ(third.missing().rfind("entity", 0), 0U) << third.missing();
  EXPECT_EQ(checker_.covers(composition("JOR", "machinery", "2014"), context), 0.0F);
  // A money claim is judged on the total alone.
  auto spec = trade(360e6, 440e6, "2014");
  spec.sentence =
      "Trade between Egypt and Jordan reached about $400 million, mostly made up of Egyptian exports.";
  EXPECT_EQ(checker_.check(make_claim(spec), context).verdict(), v1::SUPPORTED);
}

TEST_F(TradeCheckerTest, FlowsAreThePartnersImports) {
  auto spec = trade(270e6, 330e6, "2014");
  spec.cue_words = {"export"};
  spec.entities = {"JOR", "EGY"};  // "Jordanian exports to Egypt"
  const auto result = checker_.check(make_claim(spec), toolkit::context("2016-02-11"));
  EXPECT_EQ(result.verdict(), v1::SUPPORTED) << result.explanation();
  ASSERT_EQ(result.evidence_size(), 1);
  EXPECT_EQ(result.evidence(0).entity(), "EGY");
}

TEST_F(TradeCheckerTest, NeedsTwoCountriesAndAPeriodWithData) {
  const auto context = toolkit::context("2031-01-01");
  auto alone = trade(1, 2, "2015");
  alone.entities = {"JOR"};
  EXPECT_EQ(checker_.check(make_claim(alone), context).missing().rfind("entity", 0), 0U);
  const auto later = checker_.check(make_claim(trade(1, 2, "2030")), context);
  EXPECT_EQ(later.verdict(), v1::NOT_ENOUGH_INFO);
  EXPECT_EQ(later.missing().rfind("period", 0), 0U) << later.missing();
}

}  // namespace
}  // namespace factcheck::plugins
