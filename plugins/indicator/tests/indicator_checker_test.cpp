#include "indicator_checker.hpp"

#include <gtest/gtest.h>

#include "data/store.hpp"
#include "factcheck/checker_toolkit.hpp"
#include "test_host.hpp"

namespace factcheck::plugins {
namespace {

using toolkit::ClaimSpec;
using toolkit::make_claim;

class IndicatorCheckerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<data::DatasetLoadError> errors;
    store_ = data::DatasetStore::load({FIXTURE_DATASETS}, &errors);
    for (const auto& error : errors) ADD_FAILURE() << error.to_string();
  }
  IndicatorCheckerTest() : host_(store_), checker_(host_.host(), "{}") {
    checker_.set_claim_kinds(IndicatorChecker::manifest().claim_kinds);
  }

  static ClaimSpec beds(double low, double high) {
    return {.text = "about 12,000 hospital beds",
            .kind = "count",
            .quantity_kind = v1::QUANTITY_KIND_COUNT,
            .value = (low + high) / 2,
            .unit = "count",
            .low = low,
            .high = high,
            .cue_words = {"hospital bed"},
            .entities = {"JOR"},
            .period_label = "2015"};
  }

  static inline std::shared_ptr<const data::DatasetStore> store_;
  toolkit::TestHost host_;
  IndicatorChecker checker_;
};

TEST_F(IndicatorCheckerTest, CoversClaimsOfItsKindsThatSayWhatTheyMeasure) {
  const auto context = toolkit::context("2016-02-11");
  EXPECT_EQ(checker_.covers(make_claim(beds(10000, 14000)), context), 0.5F);
  auto wordless = beds(10000, 14000);
  wordless.cue_words.clear();
  EXPECT_EQ(checker_.covers(make_claim(wordless), context), 0.0F);
  // Durations are taken: indicators measured in years (life expectancy) answer them.
  auto duration = beds(10000, 14000);
  duration.kind = "duration";
  EXPECT_EQ(checker_.covers(make_claim(duration), context), 0.5F);
  auto date = beds(10000, 14000);
  date.kind = "date";
  EXPECT_EQ(checker_.covers(make_claim(date), context), 0.0F);
}

TEST_F(IndicatorCheckerTest, OnlyIndicatorsWithACompatibleUnitAreUsed) {
  const auto context = toolkit::context("2016-02-11");
  auto money = beds(10000, 14000);
  money.unit = "USD";
  money.kind = "money";
  money.quantity_kind = v1::QUANTITY_KIND_MONEY;
  const auto result = checker_.check(make_claim(money), context);
  EXPECT_EQ(result.verdict(), v1::NOT_ENOUGH_INFO);
  EXPECT_EQ(result.missing().rfind("indicator", 0), 0U) << result.missing();
}

TEST_F(IndicatorCheckerTest, InsideTheBandSupportsOutsideRefutes) {
  const auto context = toolkit::context("2016-02-11");
  const auto supported = checker_.check(make_claim(beds(10800, 13200)), context);
  EXPECT_EQ(supported.verdict(), v1::SUPPORTED) << supported.explanation();
  ASSERT_EQ(supported.evidence_size(), 1);
  EXPECT_EQ(supported.evidence(0).value(), 12000);
  EXPECT_EQ(supported.evidence(0).dataset(), "health-fixture");
  EXPECT_EQ(supported.evidence(0).sha256().size(), 64U);
  EXPECT_EQ(supported.evidence(0).source_url(), "https://example.org/fixture");

  const auto refuted = checker_.check(make_claim(beds(18000, 22000)), context);
  EXPECT_EQ(refuted.verdict(), v1::REFUTED) << refuted.explanation();
  EXPECT_LT(refuted.evidence(0).deviation(), 0.0);
}

TEST_F(IndicatorCheckerTest, TheClaimsOwnEntityWinsOverTheDocumentsMainEntities) {
  auto context = toolkit::context("2016-02-11");
  context.add_main_entities()->set_id("IRQ");
  const auto result = checker_.check(make_claim(beds(10800, 13200)), context);
  ASSERT_EQ(result.evidence_size(), 1);
  EXPECT_EQ(result.evidence(0).entity(), "JOR");
  // Without an entity in the sentence, the document's main entity is used.
  auto spec = beds(36000, 44000);
  spec.entities.clear();
  const auto from_context = checker_.check(make_claim(spec), context);
  EXPECT_EQ(from_context.verdict(), v1::SUPPORTED) << from_context.explanation();
}

TEST_F(IndicatorCheckerTest, CredibleSourcesThatDisagreeConflict) {
  ClaimSpec spec{.text = "around 70 percent",
                 .kind = "percent",
                 .quantity_kind = v1::QUANTITY_KIND_PERCENT,
                 .value = 70,
                 .unit = "percent",
                 .low = 63,
                 .high = 77,
                 .cue_words = {"vaccination"},
                 .entities = {"JOR"},
                 .period_label = "2015"};
  const auto result = checker_.check(make_claim(spec), toolkit::context("2016-02-11"));
  EXPECT_EQ(result.verdict(), v1::CONFLICTING) << result.explanation();
  EXPECT_EQ(result.evidence_size(), 2);
}

TEST_F(IndicatorCheckerTest, MissingDataNamesWhatIsMissing) {
  const auto context = toolkit::context("2031-02-11");
  auto later = beds(10000, 14000);
  later.period_label = "2030";
  const auto period = checker_.check(make_claim(later), context);
  EXPECT_EQ(period.verdict(), v1::NOT_ENOUGH_INFO);
  EXPECT_EQ(period.missing().rfind("period", 0), 0U) << period.missing();
  EXPECT_NE(period.missing().find("2015"), std::string::npos) << period.missing();

  auto elsewhere = beds(10000, 14000);
  elsewhere.entities = {"FRA"};
  const auto entity = checker_.check(make_claim(elsewhere), context);
  EXPECT_EQ(entity.verdict(), v1::NOT_ENOUGH_INFO);
  EXPECT_EQ(entity.missing().rfind("entity", 0), 0U) << entity.missing();

  auto unknown = beds(10000, 14000);
  unknown.cue_words = {"tank"};
  const auto indicator = checker_.check(make_claim(unknown), context);
  EXPECT_EQ(indicator.missing().rfind("indicator", 0), 0U) << indicator.missing();
}

TEST_F(IndicatorCheckerTest, AClaimWithoutPeriodUsesTheLatestBeforePublication) {
  auto spec = beds(12600, 13400);  // 2016 figure is 13,000; 2015 is 12,000
  spec.period_label.clear();
  EXPECT_EQ(checker_.check(make_claim(spec), toolkit::context("2017-03-01")).verdict(), v1::SUPPORTED);
  EXPECT_EQ(checker_.check(make_claim(spec), toolkit::context("2016-03-01")).verdict(), v1::REFUTED);
}

// A claim that names no entity is not judged against whichever actor has rows (issue 12:
// one country's strikes were refuted by the coalition's count this way).
TEST_F(IndicatorCheckerTest, AClaimNamingNoEntityIsNotJudgedAgainstWhicheverActorHasRows) {
  ClaimSpec spec{.text = "dozens of warships",
                 .kind = "count",
                 .quantity_kind = v1::QUANTITY_KIND_COUNT,
                 .value = 24,
                 .unit = "count",
                 .low = 24,
                 .high = 100,
                 .high_inclusive = false,
                 .counted_noun = "warship"};
  auto result = checker_.check(make_claim(spec), toolkit::context("2016-02-11"));
  EXPECT_EQ(result.verdict(), v1::NOT_ENOUGH_INFO) << result.explanation();
  EXPECT_NE(result.missing().find("an unnamed entity"), std::string::npos) << result.missing();
  // Named, the actor's figures judge it, with the match basis.
  spec.entities = {"NATO_FLEET"};
  result = checker_.check(make_claim(spec), toolkit::context("2016-02-11"));
  EXPECT_EQ(result.verdict(), v1::SUPPORTED) << result.explanation();
  EXPECT_EQ(result.match_basis().indicator(), "navy_ships");
  EXPECT_GT(result.match_confidence(), 0.0F);
}

TEST(BestScoring, KeepsTheKeptMatchesOfTheBestScoreInAnswerOrder) {
  v1::DatasetQueryResult answer;
  const auto add = [&answer](const std::string& indicator, float score, const std::string& unit) {
    auto* match = answer.add_indicators();
    match->set_indicator(indicator);
    match->set_score(score);
    match->set_unit(unit);
  };
  add("low", 1.0F, "USD");
  add("first_tie", 2.0F, "USD");
  add("dropped_unit", 3.0F, "MW");
  add("second_tie", 2.0F, "USD");
  const auto best =
      toolkit::best_scoring(answer, [](const v1::IndicatorMatch& match) { return match.unit() == "USD"; });
  ASSERT_EQ(best.size(), 2U);
  EXPECT_EQ(best[0].indicator(), "first_tie");
  EXPECT_EQ(best[1].indicator(), "second_tie");
  EXPECT_TRUE(toolkit::best_scoring(answer, [](const v1::IndicatorMatch&) { return false; }).empty());
}

}  // namespace
}  // namespace factcheck::plugins
