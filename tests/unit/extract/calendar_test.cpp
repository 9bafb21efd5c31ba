#include "extract/calendar.hpp"

#include <gtest/gtest.h>

namespace factcheck::extract {
namespace {

TEST(Calendar, RoundTripsDaysAndWeekdays) {
  for (std::int64_t days = -800000; days < 800000; days += 997) {
    EXPECT_EQ(days_from_civil(civil_from_days(days)), days);
  }
  EXPECT_EQ(days_from_civil({1970, 1, 1}), 0);
  EXPECT_EQ(weekday(days_from_civil({2016, 2, 11})), 3);  // a Thursday
  EXPECT_EQ(days_in_month(2016, 2), 29);
  EXPECT_EQ(days_in_month(1900, 2), 28);
}

TEST(Calendar, ParsesStrictIsoDates) {
  Date date;
  EXPECT_TRUE(parse_iso_date("2016-02-29", &date));
  EXPECT_EQ(format_date(date), "2016-02-29");
  EXPECT_FALSE(parse_iso_date("2015-02-29", &date));
  EXPECT_FALSE(parse_iso_date("2016-2-11", &date));
  EXPECT_FALSE(parse_iso_date("2016-13-01", &date));
  EXPECT_FALSE(parse_iso_date("yesterday!", &date));
}

}  // namespace
}  // namespace factcheck::extract
