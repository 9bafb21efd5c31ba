#include "energy_checker.hpp"

#include <gtest/gtest.h>

#include "data/store.hpp"
#include "test_host.hpp"

namespace factcheck::plugins {
namespace {

using toolkit::ClaimSpec;
using toolkit::make_claim;

class EnergyCheckerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<data::DatasetLoadError> errors;
    store_ = data::DatasetStore::load({FIXTURE_DATASETS}, &errors);
    for (const auto& error : errors) ADD_FAILURE() << error.to_string();
  }
  EnergyCheckerTest() : host_(store_), checker_(host_.host(), "{}") {
    checker_.set_claim_kinds(EnergyChecker::manifest().claim_kinds);
  }

  // "Jordan's power stations meet around <value> percent of peak demand."
  static ClaimSpec share(double value) {
    return {.text = "around percent",
            .kind = "percent",
            .quantity_kind = v1::QUANTITY_KIND_PERCENT,
            .value = value,
            .unit = "percent",
            .low = value * 0.9,
            .high = value * 1.1,
            .cue_words = {"peak demand"},
            .entities = {"JOR"}};
  }

  static inline std::shared_ptr<const data::DatasetStore> store_;
  toolkit::TestHost host_;
  EnergyChecker checker_;
};

TEST_F(EnergyCheckerTest, CoversSharesOfDemand) {
  const auto context = toolkit::context("2016-02-11");
  EXPECT_EQ(checker_.covers(make_claim(share(75)), context), 0.9F);
  auto other = share(75);
  other.cue_words = {"unemployment"};
  EXPECT_EQ(checker_.covers(make_claim(other), context), 0.0F);
}

TEST_F(EnergyCheckerTest, OutputOverDemandOfTheSamePeriod) {
  const auto context = toolkit::context("2016-02-11");
  const auto supported = checker_.check(make_claim(share(75)), context);
  EXPECT_EQ(supported.verdict(), v1::SUPPORTED) << supported.explanation();
  ASSERT_EQ(supported.evidence_size(), 1);
  EXPECT_DOUBLE_EQ(supported.evidence(0).compared_value(), 75.0);
  EXPECT_EQ(supported.evidence(0).period(), "summer-2015");
  // Available capacity (2,000 MW = 50%) is another measure and is never used.
  EXPECT_EQ(checker_.check(make_claim(share(50)), context).verdict(), v1::REFUTED);
}

TEST_F(EnergyCheckerTest, AFractionIsComparedAsAPercentage) {
  ClaimSpec spec{.text = "three quarters",
                 .kind = "fraction",
                 .quantity_kind = v1::QUANTITY_KIND_FRACTION,
                 .value = 0.75,
                 .unit = "",
                 .low = 0.675,
                 .high = 0.825,
                 .cue_words = {"demand"},
                 .entities = {"JOR"}};
  EXPECT_EQ(checker_.check(make_claim(spec), toolkit::context("2016-02-11")).verdict(), v1::SUPPORTED);
}

TEST_F(EnergyCheckerTest, PublishedShareWhenThePairIsMissing) {
  auto spec = share(80);
  spec.period_label = "2014";
  const auto result = checker_.check(make_claim(spec), toolkit::context("2016-02-11"));
  EXPECT_EQ(result.verdict(), v1::SUPPORTED) << result.explanation();
  ASSERT_EQ(result.evidence_size(), 1);
  EXPECT_EQ(result.evidence(0).value(), 80.0);
}

TEST_F(EnergyCheckerTest, WithoutAPeriodTheLatestEndedByPublication) {
  // Published before summer 2015 ended: the 2014 share, not the later pair.
  const auto result = checker_.check(make_claim(share(80)), toolkit::context("2015-07-01"));
  EXPECT_EQ(result.verdict(), v1::SUPPORTED) << result.explanation();
  ASSERT_EQ(result.evidence_size(), 1);
  EXPECT_EQ(result.evidence(0).period(), "2014");
}

TEST_F(EnergyCheckerTest, NoDataForTheCountry) {
  auto spec = share(75);
  spec.entities = {"FRA"};
  const auto result = checker_.check(make_claim(spec), toolkit::context("2016-02-11"));
  EXPECT_EQ(result.verdict(), v1::NOT_ENOUGH_INFO);
  EXPECT_EQ(result.missing().rfind("entity", 0), 0U);
}

}  // namespace
}  // namespace factcheck::plugins
