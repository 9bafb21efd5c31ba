#include "data/period.hpp"

#include <gtest/gtest.h>

namespace factcheck::data {
namespace {

struct Range {
  std::string start, end;
};

Range resolve(const std::string& label) {
  ResolvedPeriod period;
  const auto status = resolve_period(label, &period);
  EXPECT_TRUE(status) << label << ": " << status.message();
  if (!period.dated) return {};
  return {format_day(period.start), format_day(period.end)};
}

TEST(Period, ResolvesEveryDocumentedForm) {
  EXPECT_EQ(resolve("2015").start, "2015-01-01");
  EXPECT_EQ(resolve("2015").end, "2015-12-31");
  EXPECT_EQ(resolve("2016-02").end, "2016-02-29");
  EXPECT_EQ(resolve("2015-02").end, "2015-02-28");
  EXPECT_EQ(resolve("2015-Q3").start, "2015-07-01");
  EXPECT_EQ(resolve("2015-Q3").end, "2015-09-30");
  EXPECT_EQ(resolve("2015-08-29").start, "2015-08-29");
  EXPECT_EQ(resolve("2015-08-29").end, "2015-08-29");
  EXPECT_EQ(resolve("summer-2015").start, "2015-06-01");
  EXPECT_EQ(resolve("summer-2015").end, "2015-08-31");
  EXPECT_EQ(resolve("winter-2015").start, "2015-12-01");
  EXPECT_EQ(resolve("winter-2015").end, "2016-02-29");
  EXPECT_EQ(resolve("2015-09-30/2016-02-11").start, "2015-09-30");
  EXPECT_EQ(resolve("2015-09-30/2016-02-11").end, "2016-02-11");
  EXPECT_EQ(resolve("2014/2016").start, "2014-01-01");
  EXPECT_EQ(resolve("2014/2016").end, "2016-12-31");
  EXPECT_EQ(resolve("2022-01/2022-08").end, "2022-08-31");
}

TEST(Period, UndatedLabelsCarryNoDates) {
  for (const char* label : {"", "undated", "summer-undated"}) {
    ResolvedPeriod period{true, 1, 2};
    ASSERT_TRUE(resolve_period(label, &period)) << label;
    EXPECT_FALSE(period.dated) << label;
  }
}

TEST(Period, RejectsInvalidLabels) {
  for (const char* label :
       {"2015-13", "2015-02-30", "15", "summer", "2016/2015", "2015-Q5", "last year", "2015-9-1"}) {
    ResolvedPeriod period;
    const auto status = resolve_period(label, &period);
    EXPECT_FALSE(status) << label;
    EXPECT_NE(status.message().find(label), std::string::npos) << status.message();
  }
}

TEST(Period, DayArithmeticRoundTrips) {
  EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(format_day(days_from_civil(2000, 2, 29)), "2000-02-29");
  EXPECT_EQ(format_day(days_from_civil(1960, 12, 31)), "1960-12-31");
  EXPECT_EQ(*parse_day("2016-02-11") - *parse_day("2015-09-30"), 134);
  EXPECT_FALSE(parse_day("1900-02-29"));
}

TEST(Period, ContainmentFollowsTheDocumentedRule) {
  ResolvedPeriod year, summer, day, interval, undated;
  ASSERT_TRUE(resolve_period("2015", &year));
  ASSERT_TRUE(resolve_period("summer-2015", &summer));
  ASSERT_TRUE(resolve_period("2015-08-29", &day));
  ASSERT_TRUE(resolve_period("2015-09-30/2016-02-11", &interval));
  ASSERT_TRUE(resolve_period("", &undated));
  EXPECT_TRUE(period_matches(year, year));
  EXPECT_TRUE(period_matches(year, summer));
  EXPECT_TRUE(period_matches(year, day));
  EXPECT_FALSE(period_matches(year, interval));  // runs into 2016
  EXPECT_TRUE(period_matches(interval, interval));
  EXPECT_FALSE(period_matches(day, year));  // a day does not contain its year
  EXPECT_TRUE(period_matches(day, undated));
}

TEST(Period, QueryPeriodPrefersStartAndEnd) {
  v1::Period period;
  std::optional<ResolvedPeriod> resolved;
  ASSERT_TRUE(resolve_query_period(period, &resolved));
  EXPECT_FALSE(resolved);
  period.set_label("2015");
  ASSERT_TRUE(resolve_query_period(period, &resolved));
  ASSERT_TRUE(resolved);
  EXPECT_EQ(format_day(resolved->start), "2015-01-01");
  period.set_start("2015-09-30");
  period.set_end("2016-02-11");
  ASSERT_TRUE(resolve_query_period(period, &resolved));
  EXPECT_EQ(format_day(resolved->end), "2016-02-11");
  period.set_end("2015-01-01");
  EXPECT_FALSE(resolve_query_period(period, &resolved));
  period.set_end("2016-02-30");
  EXPECT_FALSE(resolve_query_period(period, &resolved));
}

}  // namespace
}  // namespace factcheck::data
