// What a number quantifies (issue 12): the head noun of its noun phrase with the modifiers,
// the clause's qualifiers and the acting party, on real published sentences (URL, publisher
// and date beside each).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "test_extractor.hpp"

namespace factcheck::extract {
namespace {

v1::ClaimList run(const std::string& text, const std::string& published) {
  v1::Document document;
  document.set_text(text);
  document.set_published(published);
  v1::ClaimList claims;
  const Status status = test_extractor().extract(document, &claims);
  EXPECT_TRUE(status.is_ok()) << status.message();
  return claims;
}

const v1::Claim& claim(const v1::ClaimList& list, const std::string& text) {
  for (const auto& item : list.claims()) {
    if (item.text() == text) return item;
  }
  ADD_FAILURE() << "no claim '" << text << "' in " << list.DebugString();
  static const v1::Claim empty;
  return empty;
}

std::vector<std::string> modifiers(const v1::Claim& item) {
  return {item.noun_modifiers().begin(), item.noun_modifiers().end()};
}

bool qualified(const v1::Claim& item, const std::string& word) {
  return std::find(item.qualifiers().begin(), item.qualifiers().end(), word) != item.qualifiers().end();
}

// CNSNews (Michael W. Chapman), 2019-01-04,
// https://www.cnsnews.com/blog/michael-w-chapman/govt-shutdown-hits-800k-workers-private-sector-firings-every-month-15-million
TEST(QuantifiedNoun, TheHeadNounCarriesItsModifiers) {
  const auto list = run(
      "Among the 380,000 furloughed are 41,000 Commerce Department employees, 16,700 NASA workers, 18,300 "
      "Transportation Department workers and approximately 52,000 IRS staffers.",
      "2019-01-04");
  const auto& nasa = claim(list, "16,700");
  EXPECT_EQ(nasa.quantified_noun(), "worker");
  EXPECT_EQ(nasa.counted_noun(), "worker");
  EXPECT_EQ(modifiers(nasa), std::vector<std::string>{"nasa"});
  EXPECT_EQ(claim(list, "approximately 52,000").quantified_noun(), "staffer");
}

// The Energy Mix, 2016-05-16,
// https://www.theenergymix.com/2016/05/16/fossils-cut-350000-jobs-due-to-oil-price-crash/
TEST(QuantifiedNoun, CoordinatedModifiersStayModifiers) {
  const auto list =
      run("Nearly 100,000 oil and gas workers in the United States, more than half of them in Texas, lost "
          "their jobs between October 2014 and January 2016, UPI reports, citing the U.S. Bureau of Labor.",
          "2016-05-16");
  const auto& workers = claim(list, "Nearly 100,000");
  EXPECT_EQ(workers.quantified_noun(), "worker");
  EXPECT_EQ(workers.counted_noun(), "worker");
  EXPECT_EQ(modifiers(workers), (std::vector<std::string>{"oil", "gas"}));
}

// UnionsNSW via bmuc.blogspot.com, 2011-09, https://bmuc.blogspot.com/2011/09/unionsnsw-45000-strong.html
TEST(QuantifiedNoun, ModifiersBeforeAHyphenatedHead) {
  const auto list =
      run("Unions NSW secretary Mark Lennon vowed there would be more unrest unless Premier Barry O'Farrell "
          "backed down from plans to slash 5000 public service back-office jobs.",
          "2011-09-08");
  const auto& jobs = claim(list, "5000");
  EXPECT_EQ(jobs.quantified_noun(), "job");
  EXPECT_EQ(modifiers(jobs), (std::vector<std::string>{"public", "service", "back-office"}));
}

// Reuters, 2015-10-11,
// http://in.reuters.com/article/mideast-crisis-syria-russia-strikes-idINL8N12B0BL20151011
TEST(QuantifiedNoun, AWindowOfTheLast24HoursIsAQualifier) {
  const auto list =
      run("Russia's air force flew 64 sorties over Syria in the last 24 hours, destroying Islamic State "
          "positions, training camps and ammunition dumps, the Russian Defence Ministry said on Sunday.",
          "2015-10-11");
  const auto& sorties = claim(list, "64");
  EXPECT_EQ(sorties.quantified_noun(), "sortie");
  EXPECT_TRUE(qualified(sorties, "last 24 hour")) << sorties.DebugString();
  EXPECT_EQ(sorties.acting_party(), "RUS");
}

// Reuters via AOL, 2016-05-11,
// http://web.archive.org./web/20160627194823/http://www.aol.com/article/2016/05/11/iraq-says-isis-control-shrinks-to-14-pct-of-its-territory/21375202/
TEST(QuantifiedNoun, TerritoryLostIsQualifiedByTheVerb) {
  const auto list =
      run("U.S. Secretary of State John Kerry told Alhurra TV late last month that Islamic State had lost 44 "
          "percent of the territory it had held in Iraq.",
          "2016-05-11");
  const auto& lost = claim(list, "44 percent");
  EXPECT_EQ(lost.quantified_noun(), "territory");
  EXPECT_TRUE(qualified(lost, "lost")) << lost.DebugString();
  EXPECT_EQ(lost.acting_party(), "ISIS");
}

// Mediapart (reporting BBC News), 2014-09-19,
// http://www.mediapart.fr/journal/international/190914/first-french-air-strikes-against-iraq
TEST(QuantifiedNoun, TheActingPartyIsTheClausesSubject) {
  const auto list =
      run("The US has carried out more than 170 air strikes against the jihadist group in Iraq since "
          "mid-August.",
          "2014-09-19");
  const auto& strikes = claim(list, "more than 170");
  EXPECT_EQ(strikes.quantified_noun(), "strike");
  EXPECT_EQ(modifiers(strikes), std::vector<std::string>{"air"});
  EXPECT_EQ(strikes.acting_party(), "USA");
}

const v1::Entity* entity(const v1::Claim& item, const std::string& id) {
  for (const auto& named : item.entities()) {
    if (named.id() == id) return &named;
  }
  ADD_FAILURE() << "no entity " << id << " in " << item.DebugString();
  return nullptr;
}

std::string role(const v1::Claim& item, const std::string& id) {
  const auto* named = entity(item, id);
  return named == nullptr ? "" : named->role();
}

// ACAPS briefing via ALNAP (Jordan: Syrian refugees, figures as of 19 August 2016),
// https://alnap.org/help-library/resources/jordan-syrian-refugees-political-and-financial-dynamics
TEST(EntityRoles, ADemonymBeforeRefugeesNamesWhereTheyComeFrom) {
  const auto list =
      run("As of 19 August 2016, there are 656,042 registered Syrian refugees, 78.5% of whom are living in "
          "urban areas.",
          "2016-08-19");
  const auto& refugees = claim(list, "656,042");
  EXPECT_EQ(refugees.quantified_noun(), "refugee");
  EXPECT_EQ(modifiers(refugees), std::vector<std::string>{"registered"});
  EXPECT_EQ(role(refugees, "SYR"), "origin");
  EXPECT_EQ(refugees.acting_party(), "");
}

// The Daily Star (Lebanon), 2017-01-19,
// http://www.dailystar.com.lb/News/Middle-East/2017/Jan-19/390036-isis-lost-nearly-a-quarter-of-its-territory-in-2016-report.ashx
TEST(EntityRoles, PlacesJoinedByAndShareOneFigure) {
  const auto list =
      run("ISIS lost nearly a quarter of its territory in Iraq and Syria last year, according to a report "
          "released Thursday by research firm IHS Markit.",
          "2017-01-19");
  const auto& share = claim(list, "nearly a quarter");
  EXPECT_EQ(role(share, "IRQ"), "joint");
  EXPECT_EQ(role(share, "SYR"), "joint");
  EXPECT_EQ(share.acting_party(), "ISIS");
  EXPECT_TRUE(qualified(share, "lost"));
  EXPECT_EQ(share.period().label(), "2016");
}

// Economic Iraq, 2018-06-09 (the two trading partners are parties, not one place),
// https://economiciraq.com/en_subdomain/2018/06/09/the-volume-of-trade-exchange-between-iraq-and-russia-increased-to-1-4-billion-dollars/
TEST(EntityRoles, PartiesJoinedByAndAreNotOnePlace) {
  const auto list = run(
      "The volume of trade exchange between Iraq and Russia increased to 1.4 billion dollars", "2018-06-09");
  const auto& trade = claim(list, "1.4 billion dollars");
  EXPECT_EQ(role(trade, "IRQ"), "subject");
  EXPECT_EQ(role(trade, "RUS"), "counterpart");
}

// Economic Iraq, 2018-06-09 (as above).
TEST(QuantifiedNoun, AContainerMeasuresWhatItHoldsAndAVerbFirstClauseSharesTheSubject) {
  const auto list =
      run("The volume of Iraqi-Russian trade exchange, excluding military cooperation and the energy sector, "
          "jumped to $ 1.4 billion in 2017, from $ 1 billion a year earlier.",
          "2018-06-09");
  const auto& latest = claim(list, "$ 1.4 billion");
  EXPECT_EQ(latest.quantified_noun(), "exchange");
  EXPECT_EQ(modifiers(latest), std::vector<std::string>{"trade"});
  EXPECT_TRUE(qualified(latest, "excluding"));
  EXPECT_EQ(latest.period().label(), "2017");
  const auto& earlier = claim(list, "$ 1 billion");
  EXPECT_EQ(earlier.quantified_noun(), "exchange");
  EXPECT_TRUE(qualified(earlier, "excluding"));
  EXPECT_EQ(earlier.period().label(), "2016");  // a year before 2017, not before publication
}

// MEES, 2019-05-31,
// https://mees.com/2019/5/31/power-water/iraq-power-generation-hits-new-heights-despite-stalled-krg-deal/adf63b10-83a7-11e9-a109-03fdad0554ef
TEST(QuantifiedNoun, ARelativeClauseNamesWhatTheNumberMeasures) {
  const auto list =
      run("Iraq generated 12GW on average last year against demand of 22GW, while peak demand of 24GW far "
          "exceeded the 14.5GW it managed to generate over summer.",
          "2019-05-31");
  const auto& summer = claim(list, "14.5GW");  // "exceeded" bounds the demand, not this figure
  EXPECT_EQ(summer.quantified_noun(), "generation");
  EXPECT_TRUE(qualified(summer, "summer"));
  EXPECT_EQ(summer.quantity().band().rule(), "rounding");
  EXPECT_EQ(claim(list, "24GW").quantified_noun(), "demand");
}

// Middle East Eye (AFP), 2015-08-31,
// https://www.middleeasteye.net/news/iraqs-electricity-minister-outlines-problems-power-crisis
TEST(Units, ABareNumberContrastedWithAMeasureTakesItsUnit) {
  const auto list =
      run("He reported a major production shortfall throughout Iraq, with demand this summer reaching 21,000 "
          "megawatts while output was only 13,400.",
          "2015-08-31");
  const auto& output = claim(list, "13,400");
  EXPECT_EQ(output.kind(), "measure");
  EXPECT_EQ(output.quantity().unit(), "MW");
  EXPECT_DOUBLE_EQ(output.quantity().value(), 13400);
  EXPECT_EQ(output.quantified_noun(), "output");
  EXPECT_EQ(output.period().label(), "summer-2015");
}

// The Energy Mix, 2016-05-16,
// https://www.theenergymix.com/2016/05/16/fossils-cut-350000-jobs-due-to-oil-price-crash/
TEST(Periods, BetweenTwoMonthsIsOneWindow) {
  const auto list = run(
      "Nearly 100,000 oil and gas workers in the United States, more than half of them in Texas, lost their "
      "jobs between October 2014 and January 2016, UPI reports, citing the U.S. Bureau of Labor.",
      "2016-05-16");
  const auto& workers = claim(list, "Nearly 100,000");
  EXPECT_EQ(workers.period().start(), "2014-10-01");
  EXPECT_EQ(workers.period().end(), "2016-01-31");
}

// Airwars, June 2016 brief, https://airwars.org/research/page/10/?research_category=brief
TEST(Periods, FromADateToTheEndOfAMonthIsOneWindowAndEachPlaceHasItsOwnFigure) {
  const auto list =
      run("From December 1st 2015 to the end of May 2016, there were 4,087 reported Coalition airstrikes "
          "against Daesh: a total of 3,010 in Iraq and 1,077 in Syria.",
          "2016-06-10");
  const auto& all = claim(list, "4,087");
  EXPECT_EQ(all.period().label(), "2015-12-01/2016-05-31");
  EXPECT_EQ(all.quantified_noun(), "airstrike");
  EXPECT_EQ(all.acting_party(), "US_COALITION");
  const auto& iraq = claim(list, "3,010");
  EXPECT_EQ(iraq.quantified_noun(), "airstrike");  // elliptical: its neighbour's noun and actor
  EXPECT_EQ(iraq.acting_party(), "US_COALITION");
  EXPECT_EQ(iraq.entities(0).id(), "IRQ");
  EXPECT_EQ(claim(list, "1,077").entities(0).id(), "SYR");
}

// Rudaw, 2021-03-14, https://www.rudaw.net/english/middleeast/syria/140320212-amp
TEST(EventDates, TheStartOfAnEventIsDatedEvenBesideOtherNumbers) {
  const auto list = run(
      "The Syrian Observatory for Human Rights (SOHR) counted 388,652 people killed \"since the start of "
      "the Syrian revolution on March 15, 2011 until dawn today,\" adding that this number includes 117,388 "
      "civilians and more than 22,000 children.",
      "2021-03-14");
  const auto& date = claim(list, "on March 15, 2011");
  EXPECT_EQ(date.kind(), "date");
  EXPECT_EQ(date.period().label(), "2011-03-15");
}

// Shafaqna, 2023-07-12 (the parenthesis does not push 3.3 away from 2022),
// https://en.shafaqna.com/316359/population-of-iraq-exceeded-43-million-people/
TEST(Periods, AParenthesisDoesNotSeparateANumberFromItsYear) {
  const auto list = run(
      "In the field of births, Iraq has also seen a decrease, with the fertility rate dropping from 3.66 in "
      "2018 to 3.3 (women aged 15 to 49) in 2022.",
      "2023-07-12");
  EXPECT_EQ(claim(list, "3.66").period().label(), "2018");
  EXPECT_EQ(claim(list, "3.3").period().label(), "2022");
}

bool has_composition(const v1::ClaimList& list) {
  return std::any_of(list.claims().begin(), list.claims().end(), [](const v1::Claim& item) {
    return item.quantity().band().rule().starts_with("composition:");
  });
}

// "Mostly" makes a composition claim only as "mostly made up of" / "consists mainly of"; a
// cause ("largely due to", "mainly due to") is not one.
// Breitbart (AP), 2019-12-05,
// https://www.breitbart.com/news/us-trade-gap-narrows-7-6-to-47-2-billion-in-october/
// China Daily via TDMI News, 2023-08-09, https://tdminews.com/links-with-us-endure-amid-slow-imports
TEST(Composition, ACauseIsNotAComposition) {
  EXPECT_FALSE(has_composition(
      run("But a recent escalation in trade tensions, largely due to China's demands that the U.S. rollback "
          "existing tariffs, has revived the chances the new tariffs will be applied.",
          "2019-12-05")));
  EXPECT_FALSE(has_composition(
      run("\"I think the decline is mainly due to a slowdown in US household purchases of the various goods "
          "produced in China,\" said Gary Hufbauer.",
          "2023-08-09")));
  const auto list = run(
      // Ours, not published: the form that is one.
      "Trade between Russia and China reached $190 billion in 2022, consisting mainly of Russian exports.",
      "2023-05-09");
  ASSERT_TRUE(has_composition(list)) << list.DebugString();
  const auto& part = claim(list, "consisting mainly of Russian exports");
  EXPECT_EQ(part.quantified_noun(), "export");
  EXPECT_EQ(part.acting_party(), "RUS");
  EXPECT_EQ(part.period().label(), "2022");
}

// Pulse News Mexico, 2023-01-03,
// https://pulsenewsmexico.com/2023/01/03/mexican-inflation-in-2022-was-above-latin-america-average/
TEST(QuantifiedNoun, AFigureSetOffByAtIsTheLevelOfTheSubjectAfterAnOpeningPhrase) {
  const auto list = run(
      "By contrast, Argentina was the Latin American nation with the largest increase, at 87.8 percent in as "
      "of October 2022, according to the report.",
      "2023-01-03");
  const auto& argentina = claim(list, "87.8 percent");
  EXPECT_EQ(argentina.quantified_noun(), "nation");
  EXPECT_FALSE(qualified(argentina, "contrast") && argentina.quantified_noun() == "contrast");
  for (const auto& entity : argentina.entities()) EXPECT_NE(entity.id(), "USA") << "Latin American is no US";
}

}  // namespace
}  // namespace factcheck::extract
