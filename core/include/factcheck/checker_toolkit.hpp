// The checker toolkit, installed with the SDK (`#include <factcheck/checker_toolkit.hpp>`):
// header-only helpers every checker plugin, bundled or third-party, uses to compare a claim's
// band with dataset rows, build evidence receipts, combine evidence into one verdict, and word
// explanations. Built only on the public SDK. The rules implemented here are documented in
// docs/verdicts.md and docs/plugin-authoring.md; change them together.
#ifndef FACTCHECK_PLUGINS_CHECKER_TOOLKIT_HPP
#define FACTCHECK_PLUGINS_CHECKER_TOOLKIT_HPP

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "factcheck/civil_date.hpp"
#include "factcheck/sdk.hpp"

namespace factcheck::toolkit {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

// A source's own hedge widens its value: "close to X" (qualifier upper_bound) is read as
// [X * (1 - this), X] and "about X" (approx) as X * (1 -/+ this).
inline constexpr double kSourceHedgeTolerance = 0.05;

// An interval on the real line; infinite bounds are open.
struct Interval {
  double low = -kInfinity;
  double high = kInfinity;
  bool low_inclusive = false;
  bool high_inclusive = false;

  static Interval point(double value) { return {value, value, true, true}; }
  bool empty() const { return low > high || (low == high && !(low_inclusive && high_inclusive)); }
};

inline Interval from_band(const v1::Band& band) {
  Interval interval;
  if (band.has_low()) {
    interval.low = band.low();
    interval.low_inclusive = band.low_inclusive();
  }
  if (band.has_high()) {
    interval.high = band.high();
    interval.high_inclusive = band.high_inclusive();
  }
  return interval;
}

inline v1::Band to_band(const Interval& interval, const std::string& rule) {
  v1::Band band;
  if (std::isfinite(interval.low)) {
    band.set_low(interval.low);
    band.set_low_inclusive(interval.low_inclusive);
  }
  if (std::isfinite(interval.high)) {
    band.set_high(interval.high);
    band.set_high_inclusive(interval.high_inclusive);
  }
  band.set_rule(rule);
  return band;
}

inline Interval scaled(Interval interval, double factor) {
  interval.low *= factor;
  interval.high *= factor;
  if (factor < 0) {
    std::swap(interval.low, interval.high);
    std::swap(interval.low_inclusive, interval.high_inclusive);
  }
  return interval;
}

// The claim's band, or the point value when the extractor left the band empty.
inline Interval claim_interval(const v1::Quantity& quantity) {
  if (quantity.band().has_low() || quantity.band().has_high()) return from_band(quantity.band());
  return Interval::point(quantity.value());
}

// What a row's value allows, read with the source's own qualifier (docs/verdicts.md).
inline Interval row_interval(double value, std::string_view qualifier) {
  if (qualifier == "upper_bound") return {value * (1.0 - kSourceHedgeTolerance), value, true, true};
  if (qualifier == "approx") {
    return {value * (1.0 - kSourceHedgeTolerance), value * (1.0 + kSourceHedgeTolerance), true, true};
  }
  if (qualifier == "gt") return {value, kInfinity, false, false};
  if (qualifier == "lt") return {-kInfinity, value, false, false};
  return Interval::point(value);
}

enum class Side { inside, below, above };

// Where `evidence` lies relative to `band`: inside when the two intervals share a point.
inline Side compare(const Interval& evidence, const Interval& band) {
  Interval overlap;
  if (evidence.low > band.low || (evidence.low == band.low && !evidence.low_inclusive)) {
    overlap.low = evidence.low;
    overlap.low_inclusive = evidence.low_inclusive;
  } else {
    overlap.low = band.low;
    overlap.low_inclusive = band.low_inclusive;
  }
  if (evidence.high < band.high || (evidence.high == band.high && !evidence.high_inclusive)) {
    overlap.high = evidence.high;
    overlap.high_inclusive = evidence.high_inclusive;
  } else {
    overlap.high = band.high;
    overlap.high_inclusive = band.high_inclusive;
  }
  if (!overlap.empty()) return Side::inside;
  return evidence.high <= band.low ? Side::below : Side::above;
}

// (evidence - nearest band edge) / reference, 0 inside the band; signed.
inline double deviation(const Interval& evidence, const Interval& band, double reference) {
  const double scale = std::abs(reference) > 0 ? std::abs(reference) : 1.0;
  switch (compare(evidence, band)) {
    case Side::inside:
      return 0.0;
    case Side::below:
      return (evidence.high - band.low) / scale;
    case Side::above:
      return (evidence.low - band.high) / scale;
  }
  return 0.0;
}

// ---- units -----------------------------------------------------------------------------

inline bool is_count_unit(std::string_view unit) {
  return unit.empty() || unit == "count" || unit == "persons" || unit == "people" || unit == "person" ||
         unit == "number";
}

inline std::optional<double> days_per(std::string_view unit) {
  if (unit == "day" || unit == "days") return 1.0;
  if (unit == "week" || unit == "weeks") return 7.0;
  if (unit == "month" || unit == "months") return 365.25 / 12.0;
  if (unit == "year" || unit == "years") return 365.25;
  return std::nullopt;
}

inline std::optional<double> watts_per(std::string_view unit) {
  if (unit == "kW") return 1e3;
  if (unit == "MW") return 1e6;
  if (unit == "GW") return 1e9;
  return std::nullopt;
}

// Factor turning a claim value in `claim_unit` (of `kind`) into `data_unit`, or nullopt when
// the two do not measure the same kind of thing.
inline std::optional<double> unit_factor(v1::QuantityKind kind, std::string_view claim_unit,
                                         std::string_view data_unit) {
  const bool claim_fraction = kind == v1::QUANTITY_KIND_FRACTION || claim_unit == "fraction";
  const bool data_fraction = data_unit == "fraction" || data_unit == "ratio";
  if (claim_fraction) {
    if (data_unit == "percent") return 100.0;
    if (data_fraction) return 1.0;
    return std::nullopt;
  }
  if (kind == v1::QUANTITY_KIND_MULTIPLE) return std::nullopt;
  if (claim_unit == "percent") {
    if (data_unit == "percent") return 1.0;
    if (data_fraction) return 0.01;
    return std::nullopt;
  }
  if (claim_unit == data_unit && !claim_unit.empty()) return 1.0;
  if (kind == v1::QUANTITY_KIND_COUNT && is_count_unit(claim_unit) && is_count_unit(data_unit)) return 1.0;
  if (auto from = days_per(claim_unit), to = days_per(data_unit); from && to) return *from / *to;
  if (auto from = watts_per(claim_unit), to = watts_per(data_unit); from && to) return *from / *to;
  return std::nullopt;
}

// ---- dates -----------------------------------------------------------------------------

struct CivilDate {
  int year = 1970;
  unsigned month = 1;
  unsigned day = 1;
};

// Days since 1970-01-01 of a proleptic Gregorian date.
inline long days_from_civil(CivilDate date) {
  return civil::days_from_civil(date.year, date.month, date.day);
}

inline unsigned days_in_month(int year, unsigned month) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// The date at the start of `text` ("YYYY-MM-DD", anything may follow), nullopt if malformed.
// Parsed by hand: checkers read dates on every row, and sscanf costs more than the rest.
inline std::optional<CivilDate> parse_date(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto number = [text](size_t from, size_t to) -> std::optional<unsigned> {
    unsigned value = 0;
    for (size_t i = from; i < to; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      value = value * 10 + static_cast<unsigned>(text[i] - '0');
    }
    return value;
  };
  const auto year = number(0, 4), month = number(5, 7), day = number(8, 10);
  if (!year || !month || !day) return std::nullopt;
  CivilDate date{static_cast<int>(*year), *month, *day};
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > days_in_month(date.year, date.month)) {
    return std::nullopt;
  }
  return date;
}

// Days since 1970-01-01 of a YYYY-MM-DD date, nullopt if malformed.
inline std::optional<long> parse_days(std::string_view text) {
  const auto date = parse_date(text);
  if (!date) return std::nullopt;
  return days_from_civil(*date);
}

// Days since 1970-01-01 of a period's last day: its end, or its start for a single day;
// nullopt if malformed.
inline std::optional<long> last_day(const v1::Period& period) {
  return parse_days(period.end().empty() ? period.start() : period.end());
}

// `date` plus whole months, the day clamped to the month's length (Jan 31 + 1 month = Feb 29).
inline long add_months(CivilDate date, long months) {
  const long index = static_cast<long>(date.year) * 12 + static_cast<long>(date.month) - 1 + months;
  CivilDate moved{static_cast<int>(index / 12), static_cast<unsigned>(index % 12) + 1, date.day};
  moved.day = std::min(moved.day, days_in_month(moved.year, moved.month));
  return days_from_civil(moved);
}

// Calendar time from `from` to `to` in months ("month") or years ("year"): whole periods
// counted on the calendar, plus the fraction of the next one. Other units are days / length.
inline std::optional<double> elapsed(std::string_view from, std::string_view to, std::string_view unit) {
  const auto start = parse_date(from);
  const auto end = parse_date(to);
  if (!start || !end) return std::nullopt;
  const long end_days = days_from_civil(*end);
  long step = 0;
  if (unit == "month" || unit == "months") step = 1;
  if (unit == "year" || unit == "years") step = 12;
  if (step == 0) {
    const auto length = days_per(unit);
    if (!length) return std::nullopt;
    return static_cast<double>(end_days - days_from_civil(*start)) / *length;
  }
  long whole = std::max(0L, (end_days - days_from_civil(*start)) / (31 * step) - 1);
  while (add_months(*start, (whole + 1) * step) <= end_days) ++whole;
  const long anchor = add_months(*start, whole * step);
  const long next = add_months(*start, (whole + 1) * step);
  return static_cast<double>(whole) +
         static_cast<double>(end_days - anchor) / static_cast<double>(next - anchor);
}

// A composition claim ("mostly made up of Russian exports"): the share of a whole (a cue word)
// that its part (the quantified noun) makes up, with no digit written. Only a checker that
// knows both the part and the whole may judge it; a share of something else is not it.
inline bool is_composition(const v1::Claim& claim) {
  return claim.quantity().band().rule().starts_with("composition:");
}

inline bool has_period(const v1::Period& period) { return !period.start().empty() || !period.end().empty(); }

// True when the two periods share at least one day (an open side never limits).
inline bool periods_overlap(const v1::Period& a, const v1::Period& b) {
  const auto a_start = parse_days(a.start()), a_end = parse_days(a.end());
  const auto b_start = parse_days(b.start()), b_end = parse_days(b.end());
  if (a_start && b_end && *a_start > *b_end) return false;
  if (b_start && a_end && *b_start > *a_end) return false;
  return true;
}

// ---- formatting ------------------------------------------------------------------------

inline std::string format_number(double value, int max_decimals) {
  // Fixed notation of any double: up to 309 integer digits, a sign, a point and the decimals
  // (max_decimals at most 9).
  char buffer[320 + std::numeric_limits<int>::digits10];
  const auto written =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, max_decimals);
  std::string_view text(buffer, static_cast<size_t>(written.ptr - buffer));
  if (text.find('.') != std::string_view::npos) {
    while (text.back() == '0') text.remove_suffix(1);
    if (text.back() == '.') text.remove_suffix(1);
  }
  // Thousands separators on the integer part.
  const size_t dot = std::min(text.find('.'), text.size());
  const size_t digits_start = text[0] == '-' ? 1 : 0;
  std::string grouped;
  grouped.reserve(text.size() + dot / 3);
  grouped.append(text.substr(0, digits_start));
  for (size_t pos = digits_start; pos < dot; ++pos) {
    if (pos > digits_start && (dot - pos) % 3 == 0) grouped.push_back(',');
    grouped.push_back(text[pos]);
  }
  grouped.append(text.substr(dot));
  return grouped;
}

// Magnitude words for large numbers: (divisor, word); 1 = none.
inline std::pair<double, const char*> magnitude(double value) {
  const double size = std::abs(value);
  if (size >= 1e12) return {1e12, " trillion"};
  if (size >= 1e9) return {1e9, " billion"};
  if (size >= 1e6) return {1e6, " million"};
  return {1.0, ""};
}

inline std::string currency_prefix(std::string_view unit) {
  if (unit == "USD") return "$";
  if (unit == "EUR") return "€";
  if (unit == "GBP") return "£";
  return std::string(unit) + " ";
}

inline bool is_currency(std::string_view unit) {
  return unit.size() == 3 &&
         std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

inline std::string unit_suffix(std::string_view unit, double value) {
  if (unit == "percent") return "%";
  if (unit == "pp") return " percentage points";
  if (unit == "km2") return " km²";
  if (is_count_unit(unit)) return "";
  if (unit == "fraction" || unit == "ratio") return "";
  const bool one = std::abs(value - 1.0) < 1e-9;
  std::string suffix(" ");
  suffix.append(unit);
  if (days_per(unit)) {
    if (suffix.back() == 's') suffix.pop_back();
    if (!one) suffix.push_back('s');
  }
  return suffix;
}

// "$1.93 billion", "13,400 MW", "63.8%", "4.4 months".
inline std::string format_value(double value, std::string_view unit) {
  const auto [divisor, word] = magnitude(value);
  const std::string number = format_number(value / divisor, divisor > 1 ? 2 : 1) + word;
  if (is_currency(unit)) return currency_prefix(unit) + number;
  return number + unit_suffix(unit, value);
}

// "$1.8–2.0 billion", "more than $2 billion", "at most 40%".
inline std::string format_interval(const Interval& interval, std::string_view unit) {
  const bool has_low = std::isfinite(interval.low);
  const bool has_high = std::isfinite(interval.high);
  if (has_low && has_high) {
    if (interval.low == interval.high) return format_value(interval.low, unit);
    const auto [divisor, word] = magnitude(interval.high);
    // Ends of different magnitudes ("thousands of": 2,000 to 1 million) are written in full.
    if (std::abs(interval.low) < divisor)
      return format_value(interval.low, unit) + "–" + format_value(interval.high, unit);
    // A narrow band shows as many decimals as tell its ends apart ("47.55–47.65%").
    int decimals = divisor > 1 ? 2 : 1;
    std::string low = format_number(interval.low / divisor, decimals);
    std::string high = format_number(interval.high / divisor, decimals);
    while (low == high && decimals < 4) {
      ++decimals;
      low = format_number(interval.low / divisor, decimals);
      high = format_number(interval.high / divisor, decimals);
    }
    const std::string range = low + "–" + high + word;
    if (is_currency(unit)) return currency_prefix(unit) + range;
    return range + unit_suffix(unit, interval.high);
  }
  if (has_low)
    return (interval.low_inclusive ? "at least " : "more than ") + format_value(interval.low, unit);
  if (has_high)
    return (interval.high_inclusive ? "at most " : "less than ") + format_value(interval.high, unit);
  return "any value";
}

inline const char* verdict_word(v1::Verdict verdict) {
  switch (verdict) {
    case v1::SUPPORTED:
      return "supported";
    case v1::REFUTED:
      return "refuted";
    case v1::CONFLICTING:
      return "conflicting";
    case v1::NOT_ENOUGH_INFO:
      return "not enough information";
    case v1::NOT_CHECKABLE:
      return "not checkable";
    default:
      return "no verdict";
  }
}

// ---- evidence --------------------------------------------------------------------------

// A receipt for one row judged against the claim's band (already in the row's unit).
// `compared` is the value actually compared when it differs from the row (derived figures).
inline v1::Evidence make_evidence(const v1::DatasetRow& row, const Interval& band_in_row_unit,
                                  double reference, const std::string& band_rule,
                                  std::optional<double> compared = std::nullopt) {
  v1::Evidence evidence;
  evidence.set_dataset(row.dataset());
  evidence.set_dataset_version(row.dataset_version());
  evidence.set_sha256(row.sha256());
  evidence.set_row_key(row.row_key());
  evidence.set_indicator(row.indicator());
  evidence.set_entity(row.entity());
  evidence.set_counterpart(row.counterpart());
  evidence.set_period(row.period().label());
  evidence.set_value(row.value());
  evidence.set_unit(row.unit());
  evidence.set_source_name(row.source_name());
  evidence.set_source_url(row.source_url());
  evidence.set_retrieved(row.retrieved());
  evidence.set_confidence(row.confidence());
  evidence.set_value_kind(row.value_kind());
  evidence.set_qualifier(row.qualifier());
  evidence.set_notes(row.notes());
  *evidence.mutable_claim_band() = to_band(band_in_row_unit, band_rule);
  const Interval judged = compared ? Interval::point(*compared) : row_interval(row.value(), row.qualifier());
  if (compared) evidence.set_compared_value(*compared);
  evidence.set_deviation(deviation(judged, band_in_row_unit, reference));
  evidence.set_verdict(compare(judged, band_in_row_unit) == Side::inside ? v1::SUPPORTED : v1::REFUTED);
  return evidence;
}

// One verdict from several receipts (docs/verdicts.md): only high/medium-confidence
// evidence decides when there is any; all inside -> SUPPORTED; all outside (on either side:
// every source contradicts the claim) -> REFUTED; inside and outside -> CONFLICTING.
inline v1::Verdict combine(const std::vector<v1::Evidence>& evidence) {
  const bool any_credible = std::any_of(evidence.begin(), evidence.end(),
                                        [](const v1::Evidence& e) { return e.confidence() != "low"; });
  int inside = 0;
  int below = 0;
  int above = 0;
  for (const auto& item : evidence) {
    if (any_credible && item.confidence() == "low") continue;
    if (item.verdict() == v1::SUPPORTED) {
      ++inside;
    } else if (item.deviation() < 0) {
      ++below;
    } else {
      ++above;
    }
  }
  if (inside + below + above == 0) return v1::NOT_ENOUGH_INFO;
  if (below == 0 && above == 0) return v1::SUPPORTED;
  if (inside == 0) return v1::REFUTED;
  return v1::CONFLICTING;
}

// ---- claims ----------------------------------------------------------------------------

// Entity ids a claim is about: its own entities first, then the document's main entities,
// then names its sentence mentions only in passing (role "context": "due to the war in
// Ukraine" in a clause of its own).
inline std::vector<std::string> entity_candidates(const v1::Claim& claim,
                                                  const v1::DocumentContext& context) {
  std::vector<std::string> ids;
  const auto add = [&ids](const std::string& id) {
    if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  };
  for (const auto& entity : claim.entities()) {
    if (entity.role() != "context") add(entity.id());
  }
  for (const auto& entity : context.main_entities()) add(entity.id());
  for (const auto& entity : claim.entities()) add(entity.id());
  return ids;
}

// The claim's own entities only (no document context).
inline std::vector<std::string> claim_entities(const v1::Claim& claim) {
  std::vector<std::string> ids;
  for (const auto& entity : claim.entities()) {
    if (entity.role() != "context" && std::find(ids.begin(), ids.end(), entity.id()) == ids.end()) {
      ids.push_back(entity.id());
    }
  }
  return ids;
}

inline bool contains(const std::vector<std::string>& items, std::string_view item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

// True when any cue word (or the counted noun) contains one of `words` as a whole word.
inline bool mentions_any(const v1::Claim& claim, const std::vector<std::string_view>& words) {
  const auto matches = [&words](std::string_view phrase) {
    for (const auto word : words) {
      size_t pos = phrase.find(word);
      while (pos != std::string_view::npos) {
        const bool start_ok = pos == 0 || phrase[pos - 1] == ' ';
        const size_t end = pos + word.size();
        const bool end_ok = end == phrase.size() || phrase[end] == ' ';
        if (start_ok && end_ok) return true;
        pos = phrase.find(word, pos + 1);
      }
    }
    return false;
  };
  for (const auto& cue : claim.cue_words()) {
    if (matches(cue)) return true;
  }
  return matches(claim.counted_noun());
}

// Words and two-word phrases of the claim's sentence, lower-cased, with a plural "s" dropped:
// the lookup words of a claim whose quantity has no noun phrase of its own (a date).
inline std::vector<std::string> sentence_words(const v1::Claim& claim) {
  std::vector<std::string> words;
  std::string current;
  const auto flush = [&] {
    if (current.size() > 3 && current.back() == 's' && current[current.size() - 2] != 's') current.pop_back();
    if (current.size() > 2) words.push_back(current);
    current.clear();
  };
  for (const char c : claim.sentence()) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      current.push_back(static_cast<char>(c | 0x20));
    } else {
      flush();
    }
  }
  flush();
  const size_t single = words.size();
  for (size_t i = 0; i + 1 < single; ++i) words.push_back(words[i] + " " + words[i + 1]);
  return words;
}

// The cue words plus the counted noun, for an indicator lookup.
inline std::vector<std::string> lookup_words(const v1::Claim& claim) {
  std::vector<std::string> words(claim.cue_words().begin(), claim.cue_words().end());
  if (!claim.counted_noun().empty() && !contains(words, claim.counted_noun())) {
    words.push_back(claim.counted_noun());
  }
  return words;
}

// The name of an entity id as the claim or the context spells it, else the id.
inline std::string entity_name(std::string_view id, const v1::Claim& claim,
                               const v1::DocumentContext& context) {
  for (const auto& entity : claim.entities()) {
    if (entity.id() == id && !entity.name().empty()) return entity.name();
  }
  for (const auto& entity : context.main_entities()) {
    if (entity.id() == id && !entity.name().empty()) return entity.name();
  }
  return std::string(id);
}

// Period to report on: the claim's own, else the one the rows share.
inline std::string period_phrase(const v1::Claim& claim, const std::vector<v1::Evidence>& evidence) {
  if (!claim.period().label().empty()) return claim.period().label();
  std::set<std::string> labels;
  for (const auto& item : evidence) labels.insert(item.period());
  std::string text;
  for (const auto& label : labels) text += (text.empty() ? "" : ", ") + label;
  return text;
}

// "'nearly $2 billion' allows $1.8–2.0 billion"
inline std::string band_phrase(const v1::Claim& claim) {
  const auto& quantity = claim.quantity();
  // Fractions read best as percentages: "'a third' allows 30–36.7%".
  if (quantity.kind() == v1::QUANTITY_KIND_FRACTION) {
    return sdk::quoted(claim) + " allows " +
           format_interval(scaled(claim_interval(quantity), 100.0), "percent");
  }
  return sdk::quoted(claim) + " allows " + format_interval(claim_interval(quantity), quantity.unit());
}

// "$2 billion (TASS, close to)" for one receipt.
inline std::string evidence_phrase(const v1::Evidence& evidence) {
  std::string text;
  if (evidence.qualifier() == "upper_bound") text += "close to ";
  if (evidence.qualifier() == "gt") text += "more than ";
  if (evidence.qualifier() == "approx") text += "about ";
  text += format_value(evidence.has_compared_value() ? evidence.compared_value() : evidence.value(),
                       evidence.unit());
  text += " (" + evidence.source_name() + ")";
  return text;
}

inline std::string evidence_list(const std::vector<v1::Evidence>& evidence) {
  std::string text;
  for (size_t i = 0; i < evidence.size(); ++i) {
    if (i > 0) text += i + 1 == evidence.size() ? " and " : ", ";
    text += evidence_phrase(evidence[i]);
  }
  return text;
}

inline v1::CheckResult not_enough_info(const v1::Claim& claim, const std::string& missing) {
  v1::CheckResult result;
  result.set_claim_id(claim.id());
  result.set_verdict(v1::NOT_ENOUGH_INFO);
  result.set_missing(missing);
  result.set_explanation(sdk::quoted(claim) + ": no data to check it against (" + missing + ").");
  return result;
}

// A finished result: "<subject>: <evidence>; '<text>' allows <band>: <verdict>."
inline v1::CheckResult judged_result(const v1::Claim& claim, const std::string& subject,
                                     std::vector<v1::Evidence> evidence) {
  v1::CheckResult result;
  result.set_claim_id(claim.id());
  result.set_verdict(combine(evidence));
  result.set_explanation(subject + ": " + evidence_list(evidence) + "; " + band_phrase(claim) + ": " +
                         verdict_word(result.verdict()) + ".");
  for (auto& item : evidence) *result.add_evidence() = std::move(item);
  return result;
}

// A claim without a period speaks of the present: a figure whose period ended this long before
// publication is out of date (a 2016 total for an article of June 2018), not the claim's.
inline constexpr long kStaleAfterDays = 456;  // 15 months: last year's figure, published late

// Rows to use when the claim states no period: the latest period that ended by the
// publication date and not kStaleAfterDays before it (rows without dates come last). Keeps
// every row of that period.
inline std::vector<v1::DatasetRow> latest_before(std::vector<v1::DatasetRow> rows,
                                                 const std::string& published) {
  const auto published_days = parse_days(published);
  std::optional<long> best_end;
  for (const auto& row : rows) {
    const auto end = last_day(row.period());
    if (!end || (published_days && *end > *published_days)) continue;
    if (!best_end || *end > *best_end) best_end = end;
  }
  if (best_end && published_days && *best_end < *published_days - kStaleAfterDays) return {};
  std::erase_if(rows, [&](const v1::DatasetRow& row) {
    const auto end = last_day(row.period());
    return !(best_end ? (end && *end == *best_end) : !end);
  });
  return rows;
}

// The indicators of a cue-word answer that `keep` accepts, only those sharing the best
// score, best first (a tie is left to the checker).
template <typename Keep>
std::vector<v1::IndicatorMatch> best_scoring(const v1::DatasetQueryResult& result, Keep keep) {
  // Only the kept matches of the best score are copied, in answer order.
  std::vector<const v1::IndicatorMatch*> kept;
  for (const auto& match : result.indicators()) {
    if (keep(match)) kept.push_back(&match);
  }
  std::vector<v1::IndicatorMatch> matches;
  if (kept.empty()) return matches;
  const float best = (*std::max_element(kept.begin(), kept.end(), [](auto* a, auto* b) {
                       return a->score() < b->score();
                     }))->score();
  for (const auto* match : kept) {
    if (match->score() >= best) matches.push_back(*match);
  }
  return matches;
}

// Rows (with a value) of a query; a failed query throws, which the SDK turns into this
// plugin's error on the claim.
inline std::vector<v1::DatasetRow> valued_rows(const sdk::Host& host, const v1::DatasetQuery& query) {
  auto result = host.query(query);
  if (!result.ok) throw std::runtime_error("dataset query failed: " + result.error);
  std::vector<v1::DatasetRow> rows;
  for (auto& row : *result.value.mutable_rows()) {
    if (row.has_value()) rows.push_back(std::move(row));
  }
  return rows;
}

// Of rows already fetched, those for the claim's period: dated rows overlapping it, or, for
// a claim without a period, the latest period ended by publication (docs/verdicts.md).
inline std::vector<v1::DatasetRow> fitting(std::vector<v1::DatasetRow> rows, const v1::Claim& claim,
                                           const std::string& published) {
  if (!has_period(claim.period())) return latest_before(std::move(rows), published);
  std::erase_if(rows, [&claim](const v1::DatasetRow& row) {
    return row.period().start().empty() || !periods_overlap(row.period(), claim.period());
  });
  return rows;
}

// Rows of one query, chosen by the claim's period (docs/verdicts.md, "Periods"):
// 1. rows inside the claim's period (the store's containment rule);
// 2. else rows whose period overlaps it and ended by publication ("on Wednesday" finds a row
//    dated "2016-02-10/2016-02-11"), looked for among rows within five years of the period;
// 3. a claim without a period takes the latest period ended by the publication date, looked
//    for first among the rows of the two calendar years before publication, then among all.
// Undated rows count only when nothing dated fits.
struct RowLookup {
  std::vector<v1::DatasetRow> rows;
  std::string error;
};

// "YYYY-MM-DD" of days since 1970-01-01.
inline std::string format_days(long days) { return civil::format_iso(days); }

inline v1::Period window(long start_days, long end_days) {
  v1::Period period;
  period.set_start(format_days(start_days));
  period.set_end(format_days(end_days));
  return period;
}

// A query period that loses no row fitting() could choose: for a claim without a period, rows
// ended by publication (undated rows come regardless); none otherwise, as the store selects
// rows inside a period, not overlapping it.
inline v1::Period fitting_window(const v1::Claim& claim, const std::string& published) {
  v1::Period period;
  const auto published_days = parse_days(published);
  if (!has_period(claim.period()) && published_days) period.set_end(format_days(*published_days));
  return period;
}

namespace detail {
inline bool query_rows(const sdk::Host& host, const v1::DatasetQuery& query,
                       std::vector<v1::DatasetRow>* rows, std::string* error) {
  auto result = host.query(query);
  if (!result.ok) {
    *error = result.error;
    return false;
  }
  rows->assign(std::make_move_iterator(result.value.mutable_rows()->begin()),
               std::make_move_iterator(result.value.mutable_rows()->end()));
  return true;
}

inline bool dated(const v1::DatasetRow& row) { return !row.period().start().empty(); }
}  // namespace detail

inline RowLookup find_rows(const sdk::Host& host, v1::DatasetQuery query, const v1::Claim& claim,
                           const std::string& published) {
  constexpr long kDaysPerYearRounded = 366;
  RowLookup lookup;
  std::vector<v1::DatasetRow> rows;
  const auto published_days = parse_days(published);
  const auto claim_start = parse_days(claim.period().start());
  const auto claim_end = parse_days(claim.period().end());

  if (!has_period(claim.period())) {
    if (published_days) {
      const long window_start = days_from_civil({parse_date(published)->year - 2, 1, 1});
      *query.mutable_period() = window(window_start, *published_days);
      if (!detail::query_rows(host, query, &rows, &lookup.error)) return lookup;
      std::erase_if(rows, [](const auto& row) { return !detail::dated(row); });
      lookup.rows = latest_before(std::move(rows), published);
      if (!lookup.rows.empty()) return lookup;
      query.clear_period();
    }
    if (!detail::query_rows(host, query, &rows, &lookup.error)) return lookup;
    lookup.rows = latest_before(std::move(rows), published);
    return lookup;
  }

  *query.mutable_period() = claim.period();
  if (!detail::query_rows(host, query, &rows, &lookup.error)) return lookup;
  for (auto& row : rows) {
    if (detail::dated(row)) lookup.rows.push_back(std::move(row));
  }
  if (!lookup.rows.empty() || !claim_start || !claim_end) return lookup;

  const long horizon = 5 * kDaysPerYearRounded;
  const long window_end =
      published_days ? std::min(*published_days, *claim_end + horizon) : *claim_end + horizon;
  if (window_end >= *claim_start) {
    *query.mutable_period() = window(*claim_start - horizon, window_end);
    if (!detail::query_rows(host, query, &rows, &lookup.error)) return lookup;
    for (auto& row : rows) {
      // A figure for a span reaching past publication cannot be what the writer meant.
      const auto row_end = parse_days(row.period().end());
      const bool after_publication = published_days && row_end && *row_end > *published_days;
      if (detail::dated(row) && periods_overlap(row.period(), claim.period()) && !after_publication) {
        lookup.rows.push_back(std::move(row));
      }
    }
    if (!lookup.rows.empty()) return lookup;
  }

  return lookup;
}

// The periods of the query's rows nearest `near` (the claim's period), at most `limit`, in time
// order: for a NOT_ENOUGH_INFO reason naming the data closest to what was claimed. Rows are read
// in widening windows around `near` (a year, ten years, all); without `near`, the earliest.
inline std::vector<std::string> available_periods(const sdk::Host& host, v1::DatasetQuery query,
                                                  const v1::Period& near = {}, uint32_t limit = 16) {
  constexpr uint32_t kRowsRead = 4096;
  const auto near_start = parse_days(near.start());
  const auto near_end = last_day(near);
  struct Found {
    long distance;
    long start;
    std::string label;
  };
  std::vector<Found> found;
  for (const long span : {366L, 3660L, 0L}) {
    if (!near_start || !near_end || span == 0) {
      query.clear_period();
    } else {
      *query.mutable_period() = window(*near_start - span, *near_end + span);
    }
    query.set_limit(near_start && near_end ? kRowsRead : limit);
    const auto result = host.query(query);
    if (!result.ok) return {};
    found.clear();
    for (const auto& row : result.value.rows()) {
      const auto& label = row.period().label();
      if (label.empty() ||
          std::any_of(found.begin(), found.end(), [&](const Found& f) { return f.label == label; }))
        continue;
      const long start = parse_days(row.period().start()).value_or(0);
      const long end = last_day(row.period()).value_or(start);
      long distance = 0;
      if (near_start && near_end)
        distance = end < *near_start ? *near_start - end : std::max(0L, start - *near_end);
      found.push_back({distance, start, label});
    }
    if (found.size() >= limit || !near_start || !near_end) break;
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Found& a, const Found& b) { return a.distance < b.distance; });
  if (found.size() > limit) found.resize(limit);
  std::stable_sort(found.begin(), found.end(),
                   [](const Found& a, const Found& b) { return a.start < b.start; });
  std::vector<std::string> periods;
  for (auto& item : found) periods.push_back(std::move(item.label));
  return periods;
}

inline std::string join(const std::vector<std::string>& items, std::string_view separator = ", ") {
  std::string text;
  for (const auto& item : items) {
    if (!text.empty()) text += separator;
    text += item;
  }
  return text;
}

}  // namespace factcheck::toolkit

#endif  // FACTCHECK_PLUGINS_CHECKER_TOOLKIT_HPP
