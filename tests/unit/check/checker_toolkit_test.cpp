#include "factcheck/checker_toolkit.hpp"

#include <gtest/gtest.h>

namespace factcheck::toolkit {
namespace {

v1::DatasetRow row(double value, const std::string& qualifier, const std::string& confidence = "high") {
  v1::DatasetRow out;
  out.set_dataset("bilateral_trade");
  out.set_row_key("trade_turnover|RUS|IRQ|2015");
  out.set_value(value);
  out.set_unit("USD");
  out.set_qualifier(qualifier);
  out.set_confidence(confidence);
  out.set_source_name("TASS");
  return out;
}

const Interval kNearly2bn{1.8e9, 2.0e9, true, true};
const Interval kMoreThan2bn{2.0e9, kInfinity, false, false};

TEST(Toolkit, HedgeFlipsTheVerdictOnTheSameData) {
  const auto data = row(1.934e9, "eq");
  EXPECT_EQ(make_evidence(data, kNearly2bn, 2e9, "hedge:nearly").verdict(), v1::SUPPORTED);
  const auto refuted = make_evidence(data, kMoreThan2bn, 2e9, "hedge:more_than");
  EXPECT_EQ(refuted.verdict(), v1::REFUTED);
  EXPECT_NEAR(refuted.deviation(), (1.934e9 - 2e9) / 2e9, 1e-12);
}

TEST(Toolkit, CloseToAValueIsJustBelowIt) {
  // "close to $2 billion" (upper_bound) cannot support "more than $2 billion".
  EXPECT_EQ(make_evidence(row(2e9, "upper_bound"), kMoreThan2bn, 2e9, "").verdict(), v1::REFUTED);
  EXPECT_EQ(make_evidence(row(2e9, "upper_bound"), kNearly2bn, 2e9, "").verdict(), v1::SUPPORTED);
}

TEST(Toolkit, SourcesThatAllContradictTheClaimRefuteIt) {
  // "a third of Iraq": Iraqi government 40%, US officials 12.5%: neither allows a third, so
  // the claim is refuted although the sources also disagree with each other (issue 12).
  const Interval third = scaled({0.3, 0.3667, true, true}, 100.0);
  std::vector<v1::Evidence> evidence = {make_evidence(row(40, "eq"), third, 33.3, ""),
                                        make_evidence(row(12.5, "approx", "medium"), third, 33.3, "")};
  EXPECT_EQ(combine(evidence), v1::REFUTED);
  evidence.pop_back();
  EXPECT_EQ(combine(evidence), v1::REFUTED);
  // A source inside the band and one outside conflict.
  evidence.push_back(make_evidence(row(35, "eq"), third, 33.3, ""));
  EXPECT_EQ(combine(evidence), v1::CONFLICTING);
}

TEST(Toolkit, LowConfidenceEvidenceOnlyDecidesAlone) {
  std::vector<v1::Evidence> evidence = {make_evidence(row(1.9e9, "eq"), kNearly2bn, 2e9, ""),
                                        make_evidence(row(3e9, "eq", "low"), kNearly2bn, 2e9, "")};
  EXPECT_EQ(combine(evidence), v1::SUPPORTED);
  evidence.erase(evidence.begin());
  EXPECT_EQ(combine(evidence), v1::REFUTED);
}

TEST(Toolkit, UnitsConvertOnlyBetweenLikeMeasures) {
  EXPECT_EQ(unit_factor(v1::QUANTITY_KIND_FRACTION, "", "percent"), 100.0);
  EXPECT_EQ(unit_factor(v1::QUANTITY_KIND_PERCENT, "percent", "percent"), 1.0);
  EXPECT_EQ(unit_factor(v1::QUANTITY_KIND_COUNT, "count", "persons"), 1.0);
  EXPECT_NEAR(*unit_factor(v1::QUANTITY_KIND_DURATION, "year", "month"), 12.0, 1e-9);
  EXPECT_FALSE(unit_factor(v1::QUANTITY_KIND_MONEY, "USD", "EUR"));
  EXPECT_FALSE(unit_factor(v1::QUANTITY_KIND_PERCENT, "percent", "MW"));
}

TEST(Toolkit, DatesAndPeriods) {
  EXPECT_EQ(parse_days("1970-01-01"), 0);
  EXPECT_EQ(*parse_days("2016-02-11") - *parse_days("2015-09-30"), 134);
  EXPECT_FALSE(parse_days("2015-13-01"));
  v1::Period year;
  year.set_start("2015-01-01");
  year.set_end("2015-12-31");
  v1::Period day;
  day.set_start("2016-02-10");
  day.set_end("2016-02-11");
  EXPECT_FALSE(periods_overlap(year, day));
  day.set_start("2015-12-31");
  EXPECT_TRUE(periods_overlap(year, day));
}

TEST(Toolkit, ElapsedTimeCountsCalendarMonthsAndYears) {
  // Russian air campaign from 2015-09-30 to publication on 2016-02-11: 4 months and 12 of
  // the 30 days to the next monthly anniversary.
  EXPECT_NEAR(*elapsed("2015-09-30", "2016-02-11", "month"), 4.4, 1e-9);
  EXPECT_NEAR(*elapsed("2011-03-15", "2016-02-11", "year"), 4.0 + 333.0 / 366.0, 1e-9);
  EXPECT_NEAR(*elapsed("2015-09-30", "2016-02-11", "day"), 134.0, 1e-9);
  EXPECT_NEAR(*elapsed("2016-01-31", "2016-02-29", "month"), 1.0, 1e-9);
  EXPECT_FALSE(elapsed("2015-09-30", "2016-02-11", "percent"));
}

TEST(Toolkit, LatestPeriodBeforePublication) {
  std::vector<v1::DatasetRow> rows(3);
  rows[0].mutable_period()->set_end("2015-10-31");
  rows[1].mutable_period()->set_end("2016-02-11");
  rows[2].mutable_period()->set_end("2016-07-27");
  const auto chosen = latest_before(rows, "2016-02-11");
  ASSERT_EQ(chosen.size(), 1U);
  EXPECT_EQ(chosen[0].period().end(), "2016-02-11");
}

TEST(Toolkit, FormatsForEditors) {
  EXPECT_EQ(format_value(1.934e9, "USD"), "$1.93 billion");
  EXPECT_EQ(format_value(13400, "MW"), "13,400 MW");
  EXPECT_EQ(format_value(63.81, "percent"), "63.8%");
  EXPECT_EQ(format_value(4.4, "month"), "4.4 months");
  EXPECT_EQ(format_interval(kNearly2bn, "USD"), "$1.8–2 billion");
  EXPECT_EQ(format_interval(kMoreThan2bn, "USD"), "more than $2 billion");
  EXPECT_EQ(format_number(-1234567.25, 1), "-1,234,567.2");
  EXPECT_EQ(format_number(999.96, 1), "1,000");
}

}  // namespace
}  // namespace factcheck::toolkit
