// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), for
// resolving relative time against a publication date.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace factcheck::extract {

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
};

std::int64_t days_from_civil(const Date& date);
Date civil_from_days(std::int64_t days);
int days_in_month(int year, int month);
// 0 = Monday ... 6 = Sunday.
int weekday(std::int64_t days);
// Strict YYYY-MM-DD with a real day of the month.
bool parse_iso_date(std::string_view text, Date* date);
std::string format_date(const Date& date);
// Today in UTC.
Date today_utc();

}  // namespace factcheck::extract
