// Period labels of dataset rows and claims, resolved to inclusive day ranges, and the
// containment rule the store uses to match them (documented in docs/datasets.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "factcheck/v1/types.pb.h"
#include "util/status.hpp"

namespace factcheck::data {

// Days since 1970-01-01 in the proleptic Gregorian calendar.
using Day = std::int32_t;

Day days_from_civil(int year, unsigned month, unsigned day);
// "YYYY-MM-DD".
std::string format_day(Day day);
// Parses a valid calendar date "YYYY-MM-DD"; nullopt otherwise.
std::optional<Day> parse_day(std::string_view text);

// A period resolved to inclusive days. `dated` is false for rows stated without a date
// (empty label, "undated", "summer-undated"): they carry no start or end.
struct ResolvedPeriod {
  bool dated = false;
  Day start = 0;
  Day end = 0;
};

// Resolves a period label:
//   "2015"                 the calendar year
//   "2015-08"              the month
//   "2015-Q3"              the quarter
//   "2015-08-29"           the day
//   "summer-2015"          a northern-hemisphere meteorological season: spring Mar-May,
//                          summer Jun-Aug, autumn (or fall) Sep-Nov, winter Dec 2015-Feb 2016
//   "A/B"                  from the start of A to the end of B (each any form above);
//                          "2014/2016" is 2014-01-01..2016-12-31
//   "", "undated", "<season>-undated"   stated without a date
// Anything else is invalid_argument naming the label.
Status resolve_period(std::string_view label, ResolvedPeriod* out);

// The query side: a claim's period from Period.start/end when either is set (an empty bound
// is open), else from Period.label; nullopt when all are empty (no period constraint).
Status resolve_query_period(const v1::Period& period, std::optional<ResolvedPeriod>* out);
// The same from the period's start, end and label.
Status resolve_query_period(std::string_view start, std::string_view end, std::string_view label,
                            std::optional<ResolvedPeriod>* out);

// A row matches a query period when the row's days lie inside the query's days, or when the
// row is undated (nothing rules it out; the checker sees the empty period).
inline bool period_matches(const ResolvedPeriod& query, const ResolvedPeriod& row) {
  return !row.dated || (query.start <= row.start && row.end <= query.end);
}

}  // namespace factcheck::data
