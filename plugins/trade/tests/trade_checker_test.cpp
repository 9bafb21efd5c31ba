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

TEST_F(TradeCheckerTest, CompositionMustHoldToo) {
  const auto context = toolkit::context("2016-02-11");
  auto spec = trade(360e6, 440e6, "2014");
  spec.sentence =
      "Trade between Egypt and Jordan reached about $400 million, mostly made up of Jordanian exports.";
  auto claim = make_claim(spec);
  claim.mutable_entities(1)->set_text("Jordanian");
  claim.mutable_entities(0)->set_text("Egypt");
  const auto jordanian = checker_.check(claim, context);
  EXPECT_EQ(jordanian.verdict(), v1::SUPPORTED) << jordanian.explanation();
  EXPECT_EQ(jordanian.evidence_size(), 2);

  spec.sentence =
      "Trade between Jordan and Egypt reached about $400 million, mostly made up of Egyptian exports.";
  claim = make_claim(spec);
  claim.mutable_entities(0)->set_text("Egyptian");
  claim.mutable_entities(1)->set_text("Jordan");
  const auto egyptian = checker_.check(claim, context);
  EXPECT_EQ(egyptian.verdict(), v1::REFUTED) << egyptian.explanation();
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
