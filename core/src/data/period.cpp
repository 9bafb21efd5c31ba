#include "data/period.hpp"

#include "factcheck/civil_date.hpp"

#include <array>
#include <charconv>
#include <limits>

namespace factcheck::data {
namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

unsigned days_in_month(int year, unsigned month) {
  constexpr std::array<unsigned, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

// Parses exactly `digits` ASCII digits.
std::optional<int> parse_digits(std::string_view text, size_t digits) {
  if (text.size() != digits) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  return value;
}

std::optional<unsigned> parse_month(std::string_view text) {
  const auto month = parse_digits(text, 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  return static_cast<unsigned>(*month);
}

struct Season {
  std::string_view name;
  unsigned first_month;
};
constexpr std::array<Season, 5> kSeasons{
    {{"spring", 3}, {"summer", 6}, {"autumn", 9}, {"fall", 9}, {"winter", 12}}};

std::optional<ResolvedPeriod> range(int year_from, unsigned month_from, unsigned day_from, int year_to,
                                    unsigned month_to, unsigned day_to) {
  return ResolvedPeriod{true, days_from_civil(year_from, month_from, day_from),
                        days_from_civil(year_to, month_to, day_to)};
}

// One side of a period: year, month, quarter, day or season.
std::optional<ResolvedPeriod> resolve_simple(std::string_view label) {
  if (const auto year = parse_digits(label, 4)) return range(*year, 1, 1, *year, 12, 31);
  if (label.size() == 7 && label[4] == '-') {
    const auto year = parse_digits(label.substr(0, 4), 4);
    if (!year) return std::nullopt;
    if (label[5] == 'Q' && label[6] >= '1' && label[6] <= '4') {
      const auto first = static_cast<unsigned>((label[6] - '1') * 3 + 1);
      return range(*year, first, 1, *year, first + 2, days_in_month(*year, first + 2));
    }
    const auto month = parse_month(label.substr(5));
    if (!month) return std::nullopt;
    return range(*year, *month, 1, *year, *month, days_in_month(*year, *month));
  }
  if (const auto day = parse_day(label)) return ResolvedPeriod{true, *day, *day};
  for (const auto& season : kSeasons) {
    if (label.size() == season.name.size() + 5 && label.starts_with(season.name) &&
        label[season.name.size()] == '-') {
      const auto year = parse_digits(label.substr(season.name.size() + 1), 4);
      if (!year) return std::nullopt;
      if (season.first_month == 12) return range(*year, 12, 1, *year + 1, 2, days_in_month(*year + 1, 2));
      const unsigned last = season.first_month + 2;
      return range(*year, season.first_month, 1, *year, last, days_in_month(*year, last));
    }
  }
  return std::nullopt;
}

bool is_undated(std::string_view label) {
  if (label.empty() || label == "undated") return true;
  for (const auto& season : kSeasons) {
    if (label.size() == season.name.size() + 8 && label.starts_with(season.name) &&
        label.substr(season.name.size()) == "-undated") {
      return true;
    }
  }
  return false;
}

}  // namespace

Day days_from_civil(int year, unsigned month, unsigned day) {
  return static_cast<Day>(civil::days_from_civil(year, month, day));
}

std::string format_day(Day days) { return civil::format_iso(days); }

std::optional<Day> parse_day(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = parse_digits(text.substr(0, 4), 4);
  const auto month = parse_month(text.substr(5, 2));
  const auto day = parse_digits(text.substr(8, 2), 2);
  if (!year || !month || !day || *day < 1 || static_cast<unsigned>(*day) > days_in_month(*year, *month)) {
    return std::nullopt;
  }
  return days_from_civil(*year, *month, static_cast<unsigned>(*day));
}

Status resolve_period(std::string_view label, ResolvedPeriod* out) {
  if (is_undated(label)) {
    *out = ResolvedPeriod{};
    return Status::ok();
  }
  const size_t slash = label.find('/');
  std::optional<ResolvedPeriod> resolved;
  if (slash == std::string_view::npos) {
    resolved = resolve_simple(label);
  } else {
    const auto from = resolve_simple(label.substr(0, slash));
    const auto to = resolve_simple(label.substr(slash + 1));
    if (from && to && from->start <= to->end) resolved = ResolvedPeriod{true, from->start, to->end};
  }
  if (!resolved) {
    return Status::invalid_argument(
        "invalid period '" + std::string(label) +
        "' (expected YYYY, YYYY-MM, YYYY-Qn, YYYY-MM-DD, season-YYYY or start/end)");
  }
  *out = *resolved;
  return Status::ok();
}

Status resolve_query_period(const v1::Period& period, std::optional<ResolvedPeriod>* out) {
  return resolve_query_period(period.start(), period.end(), period.label(), out);
}

Status resolve_query_period(std::string_view start, std::string_view end, std::string_view label,
                            std::optional<ResolvedPeriod>* out) {
  out->reset();
  if (!start.empty() || !end.empty()) {
    ResolvedPeriod resolved{true, std::numeric_limits<Day>::min(), std::numeric_limits<Day>::max()};
    if (!start.empty()) {
      const auto day = parse_day(start);
      if (!day)
        return Status::invalid_argument("invalid period start '" + std::string(start) +
                                        "' (expected YYYY-MM-DD)");
      resolved.start = *day;
    }
    if (!end.empty()) {
      const auto day = parse_day(end);
      if (!day)
        return Status::invalid_argument("invalid period end '" + std::string(end) +
                                        "' (expected YYYY-MM-DD)");
      resolved.end = *day;
    }
    if (resolved.start > resolved.end) {
      return Status::invalid_argument("period start " + std::string(start) + " is after its end " +
                                      std::string(end));
    }
    *out = resolved;
    return Status::ok();
  }
  if (label.empty()) return Status::ok();
  ResolvedPeriod resolved;
  if (auto status = resolve_period(label, &resolved); !status) return status;
  if (!resolved.dated) return Status::ok();
  *out = resolved;
  return Status::ok();
}

}  // namespace factcheck::data
