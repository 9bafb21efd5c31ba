#include "extract/calendar.hpp"

#include <chrono>

#include "factcheck/civil_date.hpp"

namespace factcheck::extract {

std::int64_t days_from_civil(const Date& date) {
  return civil::days_from_civil(date.year, static_cast<unsigned>(date.month),
                                static_cast<unsigned>(date.day));
}

Date civil_from_days(std::int64_t days) {
  const civil::YearMonthDay date = civil::civil_from_days(static_cast<long>(days));
  return {date.year, static_cast<int>(date.month), static_cast<int>(date.day)};
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[(month - 1) % 12];
}

int weekday(std::int64_t days) {
  // 1970-01-01 was a Thursday (3).
  const std::int64_t shifted = (days + 3) % 7;
  return static_cast<int>(shifted < 0 ? shifted + 7 : shifted);
}

bool parse_iso_date(std::string_view text, Date* date) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (std::size_t k = 0; k < lengths[p]; ++k) {
      const char c = text[starts[p] + k];
      if (c < '0' || c > '9') return false;
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  if (parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > days_in_month(parts[0], parts[1]))
    return false;
  *date = {parts[0], parts[1], parts[2]};
  return true;
}

std::string format_date(const Date& date) {
  // Hand-written: called for every period, and snprintf showed in profiles.
  std::string out(10, '0');
  int year = date.year < 0 ? 0 : date.year % 10000;
  for (int k = 3; k >= 0; --k, year /= 10)
    out[static_cast<std::size_t>(k)] = static_cast<char>('0' + year % 10);
  out[4] = '-';
  out[5] = static_cast<char>('0' + date.month / 10 % 10);
  out[6] = static_cast<char>('0' + date.month % 10);
  out[7] = '-';
  out[8] = static_cast<char>('0' + date.day / 10 % 10);
  out[9] = static_cast<char>('0' + date.day % 10);
  return out;
}

Date today_utc() {
  const auto now = std::chrono::system_clock::now();
  const auto days = std::chrono::duration_cast<std::chrono::hours>(now.time_since_epoch()).count() / 24;
  return civil_from_days(days);
}

}  // namespace factcheck::extract
