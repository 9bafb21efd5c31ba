// The claims of a wire story on Russia-Iraq relations (published 2016-02-11): the contract
// the checkers rely on, sentence by sentence.
#include "extract/extractor.hpp"
#include "test_extractor.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "text/utf8.hpp"

namespace factcheck::extract {
namespace {

class ExtractorTest : public ::testing::Test {
 protected:
  static v1::ClaimList run(const std::string& text, const std::string& published = "2016-02-11") {
    v1::Document document;
    document.set_text(text);
    document.set_published(published);
    v1::ClaimList claims;
    const Status status = test_extractor().extract(document, &claims);
    EXPECT_TRUE(status.is_ok()) << status.message();
    return claims;
  }

  static const v1::Claim& only(const v1::ClaimList& list) {
    EXPECT_EQ(list.claims_size(), 1) << list.DebugString();
    return list.claims(0);
  }

  static std::vector<std::string> ids(const v1::Claim& claim) {
    std::vector<std::string> out;
    for (const auto& entity : claim.entities()) out.push_back(entity.id() + ":" + entity.role());
    return out;
  }

  static bool has_cue(const v1::Claim& claim, const std::string& cue) {
    return std::find(claim.cue_words().begin(), claim.cue_words().end(), cue) != claim.cue_words().end();
  }
};

TEST_F(ExtractorTest, TradeCloseToTwoBillionDollarsLastYear) {
  const auto list =
      run("Trade between Russia and Iraq last year came close to $2 billion, mostly made up of "
          "Russian exports.");
  ASSERT_EQ(list.claims_size(), 2) << list.DebugString();
  const auto& claim = list.claims(0);
  EXPECT_EQ(claim.id(), "c1");
  EXPECT_EQ(claim.kind(), "money");
  EXPECT_EQ(claim.text(), "close to $2 billion");
  EXPECT_EQ(claim.quantity().unit(), "USD");
  EXPECT_DOUBLE_EQ(claim.quantity().value(), 2e9);
  EXPECT_DOUBLE_EQ(claim.quantity().band().low(), 1.8e9);
  EXPECT_DOUBLE_EQ(claim.quantity().band().high(), 2e9);
  EXPECT_EQ(claim.quantity().band().rule(), "hedge:close_to");
  EXPECT_EQ(claim.quantity().hedge(), "close to");
  EXPECT_EQ(claim.period().label(), "2015");
  EXPECT_EQ(claim.period().start(), "2015-01-01");
  EXPECT_EQ(claim.period().end(), "2015-12-31");
  EXPECT_TRUE(claim.period().relative());
  EXPECT_EQ(ids(claim), (std::vector<std::string>{"RUS:subject", "IRQ:counterpart"}));
  EXPECT_TRUE(has_cue(claim, "trade"));
  EXPECT_TRUE(claim.checkable());
  EXPECT_EQ(claim.sentence_index(), 0U);

  // The composition is a claim of its own: Russian exports are most of the trade.
  const auto& composition = list.claims(1);
  EXPECT_EQ(composition.text(), "mostly made up of Russian exports");
  EXPECT_EQ(composition.kind(), "fraction");
  EXPECT_EQ(composition.quantity().written_text(), "mostly");
  EXPECT_EQ(composition.quantity().band().rule(), "composition:mostly");
  EXPECT_DOUBLE_EQ(composition.quantity().band().low(), 0.5);
  EXPECT_FALSE(composition.quantity().band().low_inclusive());
  EXPECT_EQ(composition.quantified_noun(), "export");
  EXPECT_EQ(composition.acting_party(), "RUS");
  EXPECT_TRUE(has_cue(composition, "trade"));
  EXPECT_EQ(composition.period().label(), "2015");
  EXPECT_TRUE(composition.checkable());
}

TEST_F(ExtractorTest, AroundSixtyPercentOfPeakSummerDemand) {
  const auto list1 = run("Iraq's power stations meet around 60 percent of peak summer demand.");
  const auto& claim = only(list1);
  EXPECT_EQ(claim.kind(), "percent");
  EXPECT_EQ(claim.quantity().unit(), "percent");
  EXPECT_DOUBLE_EQ(claim.quantity().value(), 60);
  EXPECT_DOUBLE_EQ(claim.quantity().band().low(), 54);
  EXPECT_DOUBLE_EQ(claim.quantity().band().high(), 66);
  EXPECT_EQ(claim.quantity().band().rule(), "hedge:about");
  EXPECT_TRUE(has_cue(claim, "peak demand"));
  EXPECT_TRUE(has_cue(claim, "summer"));
  EXPECT_EQ(ids(claim), (std::vector<std::string>{"IRQ:subject"}));
}

TEST_F(ExtractorTest, IslamicStateSeizedAThirdOfIraqIn2014) {
  const auto list2 = run("Islamic State seized a third of Iraq in 2014.");
  const auto& claim = only(list2);
  EXPECT_EQ(claim.kind(), "fraction");
  EXPECT_EQ(claim.quantity().unit(), "ratio");
  EXPECT_NEAR(claim.quantity().value(), 1.0 / 3.0, 1e-12);
  EXPECT_EQ(claim.quantity().band().rule(), "fraction");
  EXPECT_EQ(claim.period().label(), "2014");
  EXPECT_FALSE(claim.period().relative());
  EXPECT_EQ(ids(claim), (std::vector<std::string>{"ISIS:subject", "IRQ:counterpart"}));
}

TEST_F(ExtractorTest, DurationsAgesVagueCountsAndCountedNouns) {
  const auto list =
      run("Four months of Russian air strikes in Syria have reshaped a five-year-old war. Thousands "
          "of coalition airstrikes followed. A delegation of nearly 100 officials arrived.");
  ASSERT_EQ(list.claims_size(), 4);
  const auto& duration = list.claims(0);
  EXPECT_EQ(duration.kind(), "duration");
  EXPECT_EQ(duration.quantity().unit(), "month");
  EXPECT_DOUBLE_EQ(duration.quantity().value(), 4);
  EXPECT_TRUE(has_cue(duration, "air strike"));
  const auto& age = list.claims(1);
  EXPECT_EQ(age.kind(), "age");
  EXPECT_EQ(age.text(), "five-year-old");
  EXPECT_EQ(age.quantity().unit(), "year");
  EXPECT_DOUBLE_EQ(age.quantity().value(), 5);
  const auto& vague = list.claims(2);
  EXPECT_EQ(vague.kind(), "count");
  EXPECT_TRUE(vague.quantity().vague());
  EXPECT_EQ(vague.quantity().band().rule(), "vague:thousands");
  EXPECT_DOUBLE_EQ(vague.quantity().band().low(), 2000);
  EXPECT_DOUBLE_EQ(vague.quantity().band().high(), 1e6);
  EXPECT_EQ(vague.counted_noun(), "airstrike");
  const auto& count = list.claims(3);
  EXPECT_EQ(count.kind(), "count");
  EXPECT_EQ(count.counted_noun(), "official");
  EXPECT_DOUBLE_EQ(count.quantity().band().low(), 90);
  EXPECT_DOUBLE_EQ(count.quantity().band().high(), 100);
  EXPECT_FALSE(count.quantity().band().high_inclusive());
  EXPECT_EQ(count.quantity().band().rule(), "hedge:nearly");
  EXPECT_EQ(list.claims(3).id(), "c4");
}

TEST_F(ExtractorTest, PlansAreKeptButNotCheckable) {
  const auto list3 = run("Russia plans to more than double trade with Iraq.");
  const auto& claim = only(list3);
  EXPECT_EQ(claim.kind(), "multiple");
  EXPECT_DOUBLE_EQ(claim.quantity().value(), 2);
  EXPECT_FALSE(claim.quantity().band().has_high());
  EXPECT_DOUBLE_EQ(claim.quantity().band().low(), 2);
  EXPECT_FALSE(claim.checkable());
  EXPECT_EQ(claim.not_checkable_reason(), "plan");
  EXPECT_TRUE(has_cue(claim, "trade"));
}

TEST_F(ExtractorTest, LastYearResolvesAgainstPublicationNotToday) {
  // Two claims: the event date ("opened ... last year") and the staff count, both in 2015.
  const auto list =
      run("Russia opened an intelligence centre in Baghdad last year with 40 staff.", "2016-02-11");
  ASSERT_EQ(list.claims_size(), 2);
  EXPECT_EQ(list.claims(0).text(), "last year");
  EXPECT_EQ(list.claims(1).text(), "40");
  for (const auto& claim : list.claims()) EXPECT_EQ(claim.period().label(), "2015");
  const auto later =
      run("Russia opened an intelligence centre in Baghdad last year with 40 staff.", "2020-06-01");
  ASSERT_EQ(later.claims_size(), 2);
  EXPECT_EQ(later.claims(1).period().label(), "2019");
}

TEST_F(ExtractorTest, RelativeDateOfAnEventIsADateClaimInTextOrder) {
  const auto list =
      run("An intelligence centre that Russia and Iraq opened in Baghdad last year shares information on the "
          "group that seized a third of Iraq in 2014.");
  ASSERT_EQ(list.claims_size(), 2);
  const auto& event = list.claims(0);
  EXPECT_EQ(event.id(), "c1");
  EXPECT_EQ(event.kind(), "date");
  EXPECT_EQ(event.text(), "last year");
  EXPECT_EQ(event.period().label(), "2015");
  EXPECT_TRUE(event.period().relative());
  EXPECT_TRUE(event.checkable());
  EXPECT_EQ(list.claims(1).id(), "c2");
  EXPECT_EQ(list.claims(1).kind(), "fraction");
  EXPECT_EQ(list.claims(1).period().label(), "2014");
  // No event verb: a relative time alone is context, not a claim.
  EXPECT_EQ(run("Talks resumed in Baghdad last year.").claims_size(), 0);
  // A clause break separates the verb from the time.
  EXPECT_EQ(run("The centre, which the ministers opened, was busy last year.").claims_size(), 0);
}

TEST_F(ExtractorTest, ModalWithAPastPeriodReportsThePast) {
  const auto past = run("Iraq's grid could meet only 55 percent of demand in 2011.");
  EXPECT_TRUE(only(past).checkable());
  const auto ahead = run("Iraq's grid could meet 75 percent of demand in 2017.");
  EXPECT_FALSE(only(ahead).checkable());
  EXPECT_EQ(only(ahead).not_checkable_reason(), "forecast");
  const auto current = run("The economy could grow 7.2 percent this year.");
  EXPECT_EQ(only(current).not_checkable_reason(), "forecast");
}

TEST_F(ExtractorTest, SpansAreCodePointsIntoTheText) {
  const std::string text =
      "T\xC3\xBCrkiye \xE2\x80\x94 exports rose 5% to \xE2\x82\xAC"
      "3 billion.";
  const auto list = run(text);
  ASSERT_GE(list.claims_size(), 1);
  for (const auto& claim : list.claims()) {
    // Re-slice the UTF-8 text by code points and compare.
    std::string slice;
    std::uint32_t cp = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) ++cp;
      if (cp > claim.span().start() && cp <= claim.span().end()) slice += text[i];
    }
    EXPECT_EQ(slice, claim.text());
  }
}

TEST_F(ExtractorTest, NotClaimsFurnitureRanksIdioms) {
  EXPECT_EQ(run("Reading time: 2 minutes").claims_size(), 0);
  EXPECT_EQ(run("A one-star general said one of the plants had failed.").claims_size(), 0);
  EXPECT_EQ(run("The Su-24 jets flew under Resolution 2254 at 10:30.").claims_size(), 0);
}

TEST_F(ExtractorTest, NoPublicationDateUsesDatelineOrWarns) {
  v1::Document document;
  document.set_text("BAGHDAD, Feb. 11, 2016 - Exports fell 4 percent last year.");
  v1::ClaimList list;
  ASSERT_TRUE(test_extractor().extract(document, &list).is_ok());
  ASSERT_EQ(list.claims_size(), 1);
  EXPECT_EQ(list.claims(0).period().label(), "2015");
  ASSERT_EQ(list.warnings_size(), 1);
  EXPECT_NE(list.warnings(0).find("dateline"), std::string::npos);

  document.set_text("Exports fell 4 percent last year.");
  ASSERT_TRUE(test_extractor().extract(document, &list).is_ok());
  ASSERT_EQ(list.warnings_size(), 1);
  EXPECT_NE(list.warnings(0).find("today"), std::string::npos);
}

TEST_F(ExtractorTest, RejectsBadPublishedDate) {
  v1::Document document;
  document.set_text("Exports fell 4 percent.");
  document.set_published("2016-02-30");
  v1::ClaimList list;
  const Status status = test_extractor().extract(document, &list);
  EXPECT_FALSE(status.is_ok());
  EXPECT_NE(status.message().find("2016-02-30"), std::string::npos);
}

TEST_F(ExtractorTest, MainEntitiesGiveContextToSentencesWithoutNames) {
  const auto list = run("Iraq exported oil. Iraq imported grain. Output rose 3 percent.");
  ASSERT_GE(list.main_entities_size(), 1);
  EXPECT_EQ(list.main_entities(0).id(), "IRQ");
  const auto& claim = only(list);
  EXPECT_EQ(ids(claim), (std::vector<std::string>{"IRQ:context"}));
  EXPECT_EQ(claim.quantity().change(), v1::CHANGE_KIND_INCREASE);
}

TEST_F(ExtractorTest, ConcurrentCallsGiveIdenticalResults) {
  const std::string text =
      "Trade between Russia and Iraq last year came close to $2 billion. Iraq's power stations meet around "
      "60 "
      "percent of peak summer demand. Russia plans to more than double trade.";
  const std::string expected = run(text).SerializeAsString();
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) {
        if (run(text).SerializeAsString() != expected) ++mismatches;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST_F(ExtractorTest, SaysWhichPublicationDateItUsed) {
  EXPECT_EQ(run("Trade rose 5 percent last year.", "2016-02-11").published_source(), "document");
  const auto dated = run("BAGHDAD, Feb. 11, 2016 -- Trade rose 5 percent last year.", "");
  EXPECT_EQ(dated.published(), "2016-02-11");
  EXPECT_EQ(dated.published_source(), "dateline");
  const auto undated = run("Trade rose 5 percent last year.", "");
  EXPECT_EQ(undated.published_source(), "today");
  EXPECT_EQ(undated.published().size(), 10U);
}

}  // namespace
}  // namespace factcheck::extract
