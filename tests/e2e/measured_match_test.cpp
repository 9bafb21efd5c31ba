// Measured-thing matching on real published sentences (issue 12): a decisive verdict only when
// what the claim quantifies is what the indicator measures, with its match basis and
// confidence. Each sentence is quoted as far as the test needs, with its URL, publisher and
// date; the built-in datasets and the real plugins judge it.
#include <gtest/gtest.h>

#include <string>

#include "engine_fixture.hpp"

namespace factcheck::e2e {
namespace {

bool decisive(const v1::ClaimResult& result) {
  return result.verdict() == v1::SUPPORTED || result.verdict() == v1::REFUTED ||
         result.verdict() == v1::CONFLICTING;
}

const v1::ClaimResult& claim(const v1::Report& report, const std::string& text) {
  const auto* found = find_claim(report, text);
  if (found == nullptr) {
    ADD_FAILURE() << "no claim '" << text << "' in " << report.DebugString();
    static const v1::ClaimResult empty;
    return empty;
  }
  return *found;
}

// ---- qualifiers: a window of the last 24 hours is not the campaign's cumulative count ----

// Reuters, 2015-10-11,
// http://in.reuters.com/article/mideast-crisis-syria-russia-strikes-idINL8N12B0BL20151011
TEST(MeasuredMatch, SortiesInTheLast24HoursAreNotTheCumulativeCount) {
  const auto report = check_text(
      "Russia's air force flew 64 sorties over Syria in the last 24 hours, destroying Islamic State "
      "positions, training camps and ammunition dumps, the Russian Defence Ministry said on Sunday.",
      "2015-10-11");
  const auto& sorties = claim(report, "64");
  EXPECT_EQ(sorties.claim().quantified_noun(), "sortie");
  EXPECT_FALSE(decisive(sorties)) << sorties.DebugString();
}

// Reuters, 2015-12-09,
// http://uk.reuters.com/article/mideast-crisis-syria-russia-strikes-idUKR4N13W05S20151209
TEST(MeasuredMatch, SortiesAgainstTargetsInTheLast24Hours) {
  const auto report = check_text(
      "Russia's air force flew 82 sorties against 204 targets in Syria in the last 24 hours, RIA news "
      "agency is citing the Russian Defence Ministry as saying on Wednesday.",
      "2015-12-09");
  const auto& sorties = claim(report, "82");
  EXPECT_FALSE(decisive(sorties)) << sorties.DebugString();
  const auto& targets = claim(report, "204");
  EXPECT_FALSE(decisive(targets)) << targets.DebugString();
}

// ---- qualifiers: territory lost is not territory held; occupied at the peak is ----

// Reuters via AOL, 2016-05-11,
// http://web.archive.org./web/20160627194823/http://www.aol.com/article/2016/05/11/iraq-says-isis-control-shrinks-to-14-pct-of-its-territory/21375202/
TEST(MeasuredMatch, ShareOfTerritoryHeldAndLost) {
  const auto report = check_text(
      "\"Daesh's presence in Iraqi cities and provinces has declined. After occupying 40 percent of "
      "Iraqi territory, now only 14 percent remains,\" government spokesman Saad al-Hadithi said in a "
      "televised statement.\n\n"
      "U.S. Secretary of State John Kerry told Alhurra TV late last month that Islamic State had lost 44 "
      "percent of the territory it had held in Iraq.",
      "2016-05-11");
  const auto& remains = claim(report, "14 percent");
  ASSERT_EQ(remains.verdict(), v1::SUPPORTED) << remains.DebugString();
  EXPECT_EQ(remains.match_basis().indicator(), "share_of_country_held");
  EXPECT_GT(remains.match_confidence(), 0.0F);
  EXPECT_LE(remains.match_confidence(), 1.0F);
  for (const auto& evidence : remains.evidence()) EXPECT_EQ(evidence.indicator(), "share_of_country_held");

  const auto& lost = claim(report, "44 percent");
  if (decisive(lost)) {
    EXPECT_EQ(lost.match_basis().indicator(), "share_of_held_territory_lost");
  }
  for (const auto& evidence : lost.evidence()) {
    EXPECT_NE(evidence.indicator(), "share_of_country_held") << lost.DebugString();
    EXPECT_NE(evidence.indicator(), "share_of_country_held_peak") << lost.DebugString();
  }
}

// ---- generated vs demand; average vs peak ----

// MEES, 2019-05-31,
// https://mees.com/2019/5/31/power-water/iraq-power-generation-hits-new-heights-despite-stalled-krg-deal/adf63b10-83a7-11e9-a109-03fdad0554ef
TEST(MeasuredMatch, AverageGenerationAndAverageDemandAreNotPeakDemand) {
  const auto report = check_text(
      "Iraq generated 12 GW on average last year against demand of 22 GW, while peak demand of 24 GW far "
      "exceeded the 14.5 GW it managed to generate over summer.",
      "2019-05-31");
  for (const auto* text : {"12 GW", "22 GW"}) {
    const auto& result = claim(report, text);
    EXPECT_FALSE(decisive(result)) << result.DebugString();
  }
}

// ---- the acting party: one country's strikes are not the coalition's ----

// Mediapart (reporting BBC News), 2014-09-19,
// http://www.mediapart.fr/journal/international/190914/first-french-air-strikes-against-iraq
TEST(MeasuredMatch, OneCountrysStrikesAreNotTheCoalitionsCount) {
  const auto report = check_text(
      "French jets have carried out their first strikes against Islamic State (IS) militants in Iraq. "
      "The US has carried out more than 170 air strikes against the jihadist group in Iraq since "
      "mid-August.",
      "2014-09-19");
  const auto& strikes = claim(report, "more than 170");
  EXPECT_EQ(strikes.claim().acting_party(), "USA");
  EXPECT_FALSE(decisive(strikes)) << strikes.DebugString();
}

// ---- missed claims the built-ins hold: a minister's demand and output in MW ----

// Middle East Eye (AFP), dated 29 Aug 2015 in datasets/iraq-electricity,
// https://acquiaprod.middleeasteye.net/node/46229
TEST(MeasuredMatch, MinistersDemandAndOutputThisSummer) {
  const auto report = check_text(
      "He reported a major production shortfall throughout Iraq, with demand this summer reaching 21,000 "
      "megawatts while output was only 13,400.",
      "2015-08-29");
  const auto& demand = claim(report, "21,000 megawatts");
  EXPECT_TRUE(demand.claim().checkable()) << demand.DebugString();
  ASSERT_EQ(demand.verdict(), v1::SUPPORTED) << demand.DebugString();
  EXPECT_EQ(demand.match_basis().indicator(), "peak_demand");
  EXPECT_FALSE(demand.match_basis().period_alignment().empty());
}

// ---- the counted noun with its modifiers ----

// Global Policy Forum (Federation of Workers Councils and Unions in Iraq), 2008-08-25,
// https://archive.globalpolicy.org/security/issues/iraq/occupation/2008/0825unionstrike.htm
// "Sit-ins were declared ... by thousands of workers" has no modifiers; the Shafaq News
// statement below counts "employees" with one.
// Shafaq News (undated in the stored copy),
// https://shafaq.com/en/Kurdistan/Al-Sulaymaniyah-employees-on-strike-protesting-tardy-stipends
TEST(MeasuredMatch, EmployeesAreNotThePopulation) {
  const auto report = check_text(
      "\"We, as directorates affiliated with the federal government, with an estimated count of 5,000 "
      "employees, announce our strike against delaying salaries and deducting them.\"",
      "2016-02-11");
  const auto& employees = claim(report, "5,000");
  EXPECT_EQ(employees.claim().quantified_noun(), "employee");
  EXPECT_FALSE(decisive(employees)) << employees.DebugString();
}

// The Energy Mix, 2016-05-16,
// https://www.theenergymix.com/2016/05/16/fossils-cut-350000-jobs-due-to-oil-price-crash/
TEST(MeasuredMatch, WorkersWhoLostTheirJobsAreNotThePopulation) {
  const auto report = check_text(
      "Nearly 100,000 oil and gas workers in the United States, more than half of them in Texas, lost "
      "their jobs between October 2014 and January 2016, UPI reports, citing the U.S. Bureau of Labor.",
      "2016-05-16");
  const auto& workers = claim(report, "Nearly 100,000");
  EXPECT_EQ(workers.claim().quantified_noun(), "worker");
  EXPECT_FALSE(decisive(workers)) << workers.DebugString();
  EXPECT_NE(workers.explanation().find("no dataset measures the number of workers"), std::string::npos)
      << workers.explanation();
}

// ---- entity roles: where people come from, places that share one figure ----

// ACAPS briefing via ALNAP (Jordan: Syrian refugees, figures as of 19 August 2016),
// https://alnap.org/help-library/resources/jordan-syrian-refugees-political-and-financial-dynamics
TEST(MeasuredMatch, SyrianRefugeesAreNotTheRefugeesSyriaHosts) {
  const auto report = check_text(
      "As of 19 August 2016, there are 656,042 registered Syrian refugees, 78.5% of whom are living in "
      "urban areas.",
      "2016-08-19");
  const auto& refugees = claim(report, "656,042");
  EXPECT_FALSE(decisive(refugees)) << refugees.DebugString();
  EXPECT_NE(refugees.explanation().find("as where they come from"), std::string::npos)
      << refugees.explanation();
}

// The Daily Star (Lebanon), 2017-01-19,
// http://www.dailystar.com.lb/News/Middle-East/2017/Jan-19/390036-isis-lost-nearly-a-quarter-of-its-territory-in-2016-report.ashx
TEST(MeasuredMatch, TerritoryLostInIraqAndSyriaIsNotIraqsShareLost) {
  const auto report = check_text(
      "ISIS lost nearly a quarter of its territory in Iraq and Syria last year, according to a report "
      "released Thursday by research firm IHS Markit.",
      "2017-01-19");
  const auto& share = claim(report, "nearly a quarter");
  EXPECT_FALSE(decisive(share)) << share.DebugString();
}

// ---- a change is not a level ----

// The Hill, 2016-07-11,
// https://thehill.com/policy/defense/287205-report-isis-losses-another-12-percent-of-territory
TEST(MeasuredMatch, AYearsLossIsNotTheShareHeld) {
  const auto report = check_text(
      "Coupled with last year's 14 percent loss, the terror group's territory in Iraq and Syria is now "
      "roughly the size of Ireland or West Virginia.",
      "2016-07-11");
  const auto& loss = claim(report, "14 percent");
  EXPECT_FALSE(decisive(loss)) << loss.DebugString();
}

// ---- windows: a count over six months is not one month's, and each place has its own ----

// Airwars, June 2016 brief, https://airwars.org/research/page/10/?research_category=brief
TEST(MeasuredMatch, EachPlacesStrikesOverTheWindowAndNotTheirSum) {
  const auto report = check_text(
      "From December 1st 2015 to the end of May 2016, there were 4,087 reported Coalition airstrikes "
      "against Daesh: a total of 3,010 in Iraq and 1,077 in Syria.\n\n"
      "January 2016 was the most intense month of bombing in Iraq to date, with 540 airstrikes reported "
      "carried out by the Coalition.",
      "2016-06-10");
  const auto& iraq = claim(report, "3,010");
  EXPECT_EQ(iraq.verdict(), v1::SUPPORTED) << iraq.DebugString();
  EXPECT_EQ(iraq.match_basis().indicator(), "strikes_in_period");
  EXPECT_EQ(claim(report, "1,077").verdict(), v1::SUPPORTED);
  const auto& both = claim(report, "4,087");  // the rows give each country apart
  EXPECT_FALSE(decisive(both)) << both.DebugString();
  const auto& january = claim(report, "540");  // one month inside the six-month rows
  EXPECT_FALSE(decisive(january)) << january.DebugString();
}

// ---- units and measured things named around the number ----

// Middle East Eye (AFP), 2015-08-31,
// https://www.middleeasteye.net/news/iraqs-electricity-minister-outlines-problems-power-crisis
TEST(MeasuredMatch, OutputContrastedWithDemandInMegawatts) {
  const auto report = check_text(
      "He reported a major production shortfall throughout Iraq, with demand this summer reaching 21,000 "
      "megawatts while output was only 13,400.",
      "2015-08-31");
  const auto& output = claim(report, "13,400");
  EXPECT_EQ(output.verdict(), v1::SUPPORTED) << output.DebugString();
  EXPECT_EQ(output.match_basis().indicator(), "output");
}

// MEES, 2019-05-31,
// https://mees.com/2019/5/31/power-water/iraq-power-generation-hits-new-heights-despite-stalled-krg-deal/adf63b10-83a7-11e9-a109-03fdad0554ef
TEST(MeasuredMatch, WhatItManagedToGenerateIsNotThePeakDemand) {
  const auto report = check_text(
      "Iraq generated 12GW on average last year against demand of 22GW, while peak demand of 24GW far "
      "exceeded the 14.5GW it managed to generate over summer.",
      "2019-05-31");
  const auto& summer = claim(report, "14.5GW");
  EXPECT_EQ(summer.verdict(), v1::SUPPORTED) << summer.DebugString();
  EXPECT_EQ(summer.match_basis().indicator(), "summer_output");
  EXPECT_EQ(claim(report, "24GW").match_basis().indicator(), "peak_demand");
}

// ---- time: an event's date, and a figure too old for a claim that names no period ----

// Rudaw, 2021-03-14, https://www.rudaw.net/english/middleeast/syria/140320212-amp
TEST(MeasuredMatch, TheStartOfTheUprisingIsDated) {
  const auto report = check_text(
      "The Syrian Observatory for Human Rights (SOHR) counted 388,652 people killed \"since the start of "
      "the Syrian revolution on March 15, 2011 until dawn today,\" adding that this number includes 117,388 "
      "civilians and more than 22,000 children.",
      "2021-03-14");
  const auto& date = claim(report, "on March 15, 2011");
  EXPECT_EQ(date.verdict(), v1::SUPPORTED) << date.DebugString();
  EXPECT_EQ(date.match_basis().indicator(), "uprising_start_date");
  EXPECT_FALSE(decisive(claim(report, "388,652")));
}

// Economic Iraq, 2018-06-09: the headline names no year; the package's latest Iraq-Russia
// total is for 2016, too old to stand for the present in June 2018,
// https://economiciraq.com/en_subdomain/2018/06/09/the-volume-of-trade-exchange-between-iraq-and-russia-increased-to-1-4-billion-dollars/
TEST(MeasuredMatch, AFigureTooOldIsNotTheClaimsPresent) {
  const auto report = check_text(
      "The volume of trade exchange between Iraq and Russia increased to 1.4 billion dollars", "2018-06-09");
  const auto& trade = claim(report, "1.4 billion dollars");
  EXPECT_FALSE(decisive(trade)) << trade.DebugString();
}

// ---- sources: a gap one source leaves, and two sources of one quantity ----

// PanAm Post, 2014-01-16,
// https://panampost.com/panam-staff/2014/01/16/argentina-official-inflation-rate-for-2013-just-10-9/
// The World Bank has no CPI for Argentina before 2018; Argendata's series answers, and its
// source name tells the editor it is not the official figure of the time.
TEST(MeasuredMatch, ArgentinasInflationBefore2018HasASource) {
  const auto report = check_text(
      "The National Institute for Statistics and Census in Argentina has announced today that the inflation "
      "rate in Argentina for 2013 was 10.9 percent.",
      "2014-01-16");
  const auto& inflation = claim(report, "10.9 percent");
  EXPECT_EQ(inflation.verdict(), v1::REFUTED) << inflation.DebugString();
  ASSERT_EQ(inflation.evidence_size(), 1);
  EXPECT_EQ(inflation.evidence(0).dataset(), "argentina-inflation");
  EXPECT_NE(inflation.explanation().find("not INDEC's official figures"), std::string::npos)
      << inflation.explanation();
}

// Ours, not published: where the World Bank's year average (34.3%) and Argendata's December
// rate (47.1%) both cover 2018, both are evidence, whichever the claim is nearer.
TEST(MeasuredMatch, TwoSourcesOfOneQuantityAreBothEvidence) {
  const auto near_average = check_text("Argentina's inflation was 34 percent in 2018.", "2019-01-20");
  const auto& average = claim(near_average, "34 percent");
  EXPECT_EQ(average.verdict(), v1::CONFLICTING) << average.DebugString();
  EXPECT_EQ(average.evidence_size(), 2);
  const auto near_december = check_text("Argentina's inflation was 47 percent in 2018.", "2019-01-20");
  EXPECT_EQ(claim(near_december, "47 percent").verdict(), v1::CONFLICTING);
  EXPECT_EQ(claim(near_december, "47 percent").evidence_size(), 2);
}

// ---- a period longer than the rows: an average over a year of daily prices ----

// The American Energy News (citing the US EIA), undated page reporting all of 2015 (taken as
// published 2016-01-12),
// http://theamericanenergynews.com/crude-oil-prices-started-2015-relatively-low-ended-the-year-lower/
// Brent is named by its word, not as an entity; the 2015 figure is the mean of the year's
// daily prices, not each day's price judged alone (which made it CONFLICTING).
TEST(MeasuredMatch, AYearAverageIsTheMeanOfTheDailyPrices) {
  const auto report = check_text(
      "Spot prices for the international crude oil benchmark Brent averaged $52/b in 2015, 53 per cent "
      "below the level in 2014 and 49 per cent below the average price over 2010-14.",
      "2016-01-12");
  const auto& brent = claim(report, "$52");
  EXPECT_EQ(brent.verdict(), v1::SUPPORTED) << brent.DebugString();
  ASSERT_EQ(brent.evidence_size(), 1);
  EXPECT_EQ(brent.evidence(0).value_kind(), "derived");
  EXPECT_EQ(brent.evidence(0).period(), "2015");
  EXPECT_NEAR(brent.evidence(0).value(), 52.3, 0.1);
  EXPECT_NE(brent.evidence(0).notes().find("mean of"), std::string::npos);
  // Without "brent" (or "wti") no series answers: an oil price is not Brent's.
  const auto unnamed = check_text("Oil prices averaged $52 a barrel in 2015.", "2016-01-12");
  EXPECT_FALSE(decisive(claim(unnamed, "$52")));
}

// ---- a fall stated against a growth rate ----

// Ours, not published: the World Bank gives Nigeria's growth in 2016 as -1.6%.
TEST(MeasuredMatch, AContractionIsNegativeGrowth) {
  const auto fell = check_text("Nigeria's economy contracted 1.6% in 2016.", "2017-03-01");
  const auto& contraction = claim(fell, "1.6%");
  EXPECT_EQ(contraction.verdict(), v1::SUPPORTED) << contraction.DebugString();
  EXPECT_EQ(contraction.match_basis().indicator(), "gdp_growth");
  EXPECT_NE(contraction.explanation().find("growth of -1.6%"), std::string::npos)
      << contraction.explanation();
  // Growth of +1.6% is refuted by the same row.
  EXPECT_EQ(claim(check_text("Nigeria's economy grew 1.6% in 2016.", "2017-03-01"), "1.6%").verdict(),
            v1::REFUTED);
}

// ---- market series named by an index name with a number, levels in points (issue 13) ----

// Ours, not published: s-and-p-500 gives July 2014's monthly mean as 1,973.10 points. "S&P 500"
// names the series (not the number 500), and "points" are its index points.
TEST(MeasuredMatch, AnIndexNamedWithItsNumberIsTheSeries) {
  const auto report = check_text("In July 2014 the S&P 500 averaged 1,973 points.", "2014-09-01");
  EXPECT_EQ(find_claim(report, "500"), nullptr);
  const auto& level = claim(report, "1,973");
  EXPECT_EQ(level.verdict(), v1::SUPPORTED) << level.DebugString();
  EXPECT_EQ(level.match_basis().indicator(), "sp500_index");
  const auto& bare = claim(check_text("In July 2014 the S&P 500 averaged 1,900.", "2014-09-01"), "1,900");
  EXPECT_EQ(bare.verdict(), v1::REFUTED) << bare.DebugString();
  // Another index's points are not the S&P 500's.
  EXPECT_FALSE(
      decisive(claim(check_text("In July 2014 the FTSE 100 averaged 1,973 points.", "2014-09-01"), "1,973")));
}

// Philly.com (Associated Press), 2014-08-27,
// http://www.philly.com/philly/business/20140827_Another_milestone__S_P_500_closes_above_2_000.html
// A day's close is not a month's mean: not enough information, naming the series.
TEST(MeasuredMatch, ADaysCloseIsNotTheMonthsMean) {
  const auto report = check_text(
      "The Standard & Poor's 500 index closed a hair above 2,000 points Tuesday, 16 years after it closed "
      "above 1,000 points for the first time.",
      "2014-08-27");
  EXPECT_EQ(find_claim(report, "500"), nullptr);
  const auto& close = claim(report, "above 2,000");
  EXPECT_EQ(close.verdict(), v1::NOT_ENOUGH_INFO);
  EXPECT_NE(close.explanation().find("sp500_index"), std::string::npos) << close.explanation();
  // The periods listed are the nearest to the claim's, not the series' first (1871).
  EXPECT_NE(close.explanation().find("2014-07, 2014-08"), std::string::npos) << close.explanation();
  EXPECT_EQ(close.explanation().find("1871"), std::string::npos) << close.explanation();
}

// Ours, not published: oil-prices gives WTI's March 2019 monthly mean as $58.15 (EIA). The name
// of several capitalised words is the claim's head noun and the binding's cue word.
TEST(MeasuredMatch, AProperNameOfSeveralWordsNamesTheSeries) {
  const auto report =
      check_text("West Texas Intermediate averaged $58.15 a barrel in March 2019.", "2019-04-15");
  const auto& price = claim(report, "$58.15");
  EXPECT_EQ(price.claim().quantified_noun(), "west texas intermediate");
  EXPECT_EQ(price.verdict(), v1::SUPPORTED) << price.DebugString();
  EXPECT_EQ(price.match_basis().indicator().rfind("wti_price", 0), 0U) << price.match_basis().indicator();
  const auto wrong = check_text("West Texas Intermediate averaged $70 a barrel in March 2019.", "2019-04-15");
  EXPECT_EQ(claim(wrong, "$70").verdict(), v1::REFUTED);
}

}  // namespace
}  // namespace factcheck::e2e
