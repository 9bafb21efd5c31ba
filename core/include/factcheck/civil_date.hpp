// Proleptic Gregorian dates as days since 1970-01-01, and their "YYYY-MM-DD" form, after
// Howard Hinnant's civil-date algorithms. Header-only: the one implementation shared by the
// core (extraction, datasets) and by plugins.
#ifndef FACTCHECK_CIVIL_DATE_HPP
#define FACTCHECK_CIVIL_DATE_HPP

#include <cstdio>
#include <string>

namespace factcheck::civil {

struct YearMonthDay {
  int year = 1970;
  unsigned month = 1;  // 1..12
  unsigned day = 1;    // 1..31
};

constexpr long days_from_civil(int year, unsigned month, unsigned day) noexcept {
  year -= month <= 2 ? 1 : 0;
  const long era = (year >= 0 ? year : year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<long>(day_of_era) - 719468;
}

constexpr YearMonthDay civil_from_days(long days) noexcept {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const auto day_of_era = static_cast<unsigned>(days - era * 146097);
  const unsigned year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned month_index = (5 * day_of_year + 2) / 153;
  const unsigned day = day_of_year - (153 * month_index + 2) / 5 + 1;
  const unsigned month = month_index < 10 ? month_index + 3 : month_index - 9;
  const auto year = static_cast<int>(static_cast<long>(year_of_era) + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

// "YYYY-MM-DD". On the hot paths (every returned row, every dated query) it is written digit
// by digit rather than through snprintf; years outside 0..9999 take the slow path.
inline std::string format_iso(long days) {
  const YearMonthDay date = civil_from_days(days);
  if (date.year < 0 || date.year > 9999) {
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", date.year, date.month, date.day);
    return text;
  }
  std::string text = "0000-00-00";
  const auto put = [&text](std::size_t at, unsigned value, int digits) {
    for (int i = digits - 1; i >= 0; --i, value /= 10)
      text[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
  };
  put(0, static_cast<unsigned>(date.year), 4);
  put(5, date.month, 2);
  put(8, date.day, 2);
  return text;
}

}  // namespace factcheck::civil

#endif  // FACTCHECK_CIVIL_DATE_HPP
