#include "timeline_checker.hpp"

#include <gtest/gtest.h>

#include "data/store.hpp"
#include "test_host.hpp"

namespace factcheck::plugins {
namespace {

using toolkit::ClaimSpec;
using toolkit::make_claim;

class TimelineCheckerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<data::DatasetLoadError> errors;
    store_ = data::DatasetStore::load({FIXTURE_DATASETS}, &errors);
    for (const auto& error : errors) ADD_FAILURE() << error.to_string();
  }
  TimelineCheckerTest() : host_(store_), checker_(host_.host(), "{}") {
    checker_.set_claim_kinds(TimelineChecker::manifest().claim_kinds);
  }

  static ClaimSpec months(double value) {
    return {.text = "months",
            .kind = "duration",
            .quantity_kind = v1::QUANTITY_KIND_DURATION,
            .value = value,
            .unit = "month",
            .low = value * 0.9,
            .high = value * 1.1,
            .cue_words = {"air strike"},
            .entities = {"JOR", "SYR"}};
  }

  static inline std::shared_ptr<const data::DatasetStore> store_;
  toolkit::TestHost host_;
  TimelineChecker checker_;
};

TEST_F(TimelineCheckerTest, CoversDurationsOfDatedEvents) {
  const auto context = toolkit::context("2015-05-20");
  EXPECT_EQ(checker_.covers(make_claim(months(4)), context), 0.9F);
  auto count = months(4);
  count.kind = "count";
  EXPECT_EQ(checker_.covers(make_claim(count), context), 0.0F);
}

TEST_F(TimelineCheckerTest, DurationFromTheEventToPublication) {
  // Campaign from 2015-01-10; published 2015-05-20: 4 months and 10 of 31 days.
  const auto context = toolkit::context("2015-05-20");
  const auto four = checker_.check(make_claim(months(4)), context);
  EXPECT_EQ(four.verdict(), v1::SUPPORTED) << four.explanation();
  ASSERT_EQ(four.evidence_size(), 1);
  EXPECT_NEAR(four.evidence(0).compared_value(), 4.0 + 10.0 / 31.0, 1e-9);
  EXPECT_EQ(four.evidence(0).unit(), "month");
  EXPECT_EQ(checker_.check(make_claim(months(8)), context).verdict(), v1::REFUTED);
}

TEST_F(TimelineCheckerTest, CheckTakesTheEventLookUpOfCovers) {
  const auto context = toolkit::context("2015-05-20");
  const auto claim = make_claim(months(4));
  TimelineChecker alone(host_.host(), "{}");
  alone.set_claim_kinds(TimelineChecker::manifest().claim_kinds);
  int before = host_.queries();
  const auto checked_alone = alone.check(claim, context);
  const int queries_alone = host_.queries() - before;

  ASSERT_EQ(checker_.covers(claim, context), 0.9F);
  before = host_.queries();
  const auto checked_after_covers = checker_.check(claim, context);
  EXPECT_EQ(host_.queries() - before, queries_alone - 1);  // no second cue-word query
  EXPECT_EQ(checked_after_covers.SerializeAsString(), checked_alone.SerializeAsString());
  // Another claim's words are looked up afresh.
  auto strikes = months(4);
  strikes.cue_words = {"war"};
  before = host_.queries();
  checker_.check(make_claim(strikes), context);
  EXPECT_GT(host_.queries() - before, queries_alone - 1);
}

TEST_F(TimelineCheckerTest, AgesUseEverySourceForTheStart) {
  ClaimSpec spec{.text = "five-year-old",
                 .kind = "age",
                 .quantity_kind = v1::QUANTITY_KIND_AGE,
                 .value = 5,
                 .unit = "year",
                 .low = 4.5,
                 .high = 5.5,
                 .cue_words = {"war"},
                 .entities = {"SYR"}};
  const auto result = checker_.check(make_claim(spec), toolkit::context("2016-02-11"));
  EXPECT_EQ(result.verdict(), v1::SUPPORTED) << result.explanation();
  EXPECT_EQ(result.evidence_size(), 2);  // both start dates, both within the band
  // Events after publication (LBY 2017) and of other countries are not used.
  spec.entities = {"LBY"};
  EXPECT_EQ(checker_.check(make_claim(spec), toolkit::context("2016-02-11")).verdict(), v1::NOT_ENOUGH_INFO);
}

TEST_F(TimelineCheckerTest, DatesFallInTheClaimsPeriod) {
  ClaimSpec spec{.text = "last year",
                 .kind = "date",
                 .quantity_kind = v1::QUANTITY_KIND_DATE,
                 .value = 2015,
                 .unit = "year",
                 .cue_words = {"centre"},
                 .entities = {"IRQ"},
                 .period_label = "2015"};
  const auto last_year = checker_.check(make_claim(spec), toolkit::context("2016-02-11"));
  EXPECT_EQ(last_year.verdict(), v1::SUPPORTED) << last_year.explanation();
  spec.period_label = "2014";
  EXPECT_EQ(checker_.check(make_claim(spec), toolkit::context("2016-02-11")).verdict(), v1::REFUTED);
}

}  // namespace
}  // namespace factcheck::plugins
