// Time expressions: explicit years, months, dates and ranges, and relative expressions
// resolved against the publication date (never the clock). See docs/extraction.md.
#include <algorithm>
#include <string>

#include "extract/sentence.hpp"

namespace factcheck::extract {

bool Sentence::small_integer(std::size_t i, int* value) const {
  if (!is_number(i)) return false;
  const std::string_view digits = token_text(i);
  if (digits.size() > 9) return false;
  int result = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return false;
    result = result * 10 + (c - '0');
  }
  *value = result;
  return true;
}

namespace {

constexpr int kMinYear = 1500;  // historical years: "in 1755", "the 1883 eruption"
constexpr int kMaxYear = 2100;

struct Range {
  Date start;
  Date end;
};

std::string month_label(int year, int month) {
  const std::string date = format_date({year, month, 1});
  return date.substr(0, 7);
}

Range year_range(int year) { return {{year, 1, 1}, {year, 12, 31}}; }
Range month_range(int year, int month) {
  return {{year, month, 1}, {year, month, days_in_month(year, month)}};
}
Range day_range(const Date& date) { return {date, date}; }

// Season ranges (northern hemisphere, meteorological): winter runs Dec..Feb of the next year.
Range season_range(int season, int year) {
  switch (season) {
    case 1:
      return {{year, 3, 1}, {year, 5, 31}};
    case 2:
      return {{year, 6, 1}, {year, 8, 31}};
    case 3:
      return {{year, 9, 1}, {year, 11, 30}};
    default:
      return {{year, 12, 1}, {year + 1, 2, days_in_month(year + 1, 2)}};
  }
}

const char* season_name(int season) {
  switch (season) {
    case 1:
      return "spring";
    case 2:
      return "summer";
    case 3:
      return "autumn";
    default:
      return "winter";
  }
}

Date add_days(const Date& date, std::int64_t days) { return civil_from_days(days_from_civil(date) + days); }

Date add_months(const Date& date, int months) {
  int total = date.year * 12 + (date.month - 1) + months;
  const int year = total / 12;
  const int month = total % 12 + 1;
  return {year, month, std::min(date.day, days_in_month(year, month))};
}

class Scanner {
 public:
  Scanner(Sentence* sentence, const Date& published)
      : s_(*sentence), published_(published), published_days_(days_from_civil(published)) {}

  void run() {
    for (std::size_t i = 0; i < s_.size();) {
      const std::size_t next = s_.use[i] == TokenUse::none ? match(i) : i;
      i = next > i ? next : i + 1;
    }
    merge_seasons();
    merge_ranges();
    year_before_anchor();
  }

 private:
  // Tries every pattern at token i; returns the index after the expression, or i.
  std::size_t match(std::size_t i) {
    // Every pattern starts at a number, a calendar word or one of a few time words.
    constexpr std::uint32_t kStarts = kNumberWord | kOrdinal | kMonth | kWeekday | kSeason | kTimeStart;
    if (!s_.is_number(i) && (s_.words[i]->flags & kStarts) == 0) return i;
    // In order, the first that matches; called directly (a table of member pointers costs
    // more to build per token than the calls).
    std::size_t end = relative(i);
    if (end <= i) end = part_of_year(i);
    if (end <= i) end = day_month(i);
    if (end <= i) end = month_first(i);
    if (end <= i) end = season(i);
    if (end <= i) end = year_expression(i);
    if (end <= i) end = weekday(i);
    return end > i ? end : i;
  }

  bool year_at(std::size_t i, int* year) const {
    int value = 0;
    if (!s_.small_integer(i, &value) || s_.token_text(i).size() != 4 || value < kMinYear ||
        value > kMaxYear) {
      return false;
    }
    *year = value;
    return true;
  }

  // A year token standing as a year: not "$2015", not "2015 people", not "2,015".
  bool standalone_year(std::size_t i, int* year) const {
    if (!year_at(i, year)) return false;
    if (i > 0 && (s_.tokens[i - 1].kind == text::TokenKind::symbol || s_.is_number(i - 1))) return false;
    const std::size_t next = i + 1;
    if (next < s_.size()) {
      const auto& token = s_.tokens[next];
      if (token.kind == text::TokenKind::symbol) return false;
      if (s_.has(next, kMagnitude) || s_.has(next, kScaleSuffix)) return false;
      PhraseTable::Match unit;
      if (UnitTables::instance().units.match_at(s_.text, s_.tokens, next, s_.size(), &unit)) {
        const auto& info = UnitTables::instance().unit_infos[unit.payload];
        if (info.kind != v1::QUANTITY_KIND_DURATION) return false;
      }
      const bool preposition = i > 0 && (s_.has(i - 1, kTimePreposition) || s_.is_hyphen(i - 1));
      const bool noun_follows = token.kind == text::TokenKind::word && !token.capitalised &&
                                (s_.words[next]->flags & (kStop | kVerb | kTimePreposition)) == 0;
      if (noun_follows && !preposition) return false;
    }
    return true;
  }

  void add(std::size_t first, std::size_t end, Range range, std::string label, bool relative) {
    // "since August 2014": from the start of the period to publication.
    if (first > 0 && s_.is_word(first - 1, "since") && !relative) {
      --first;
      range.end = published_;
      label.push_back('/');
      label.append(format_date(published_));
      relative = true;
    }
    TimeMention mention;
    mention.first = first;
    mention.end = end;
    auto& period = mention.period;
    period.start = format_date(range.start);
    period.end = format_date(range.end);
    period.label = std::move(label);
    const auto begin = s_.tokens[first].begin;
    period.text.assign(s_.text.substr(begin, s_.tokens[end - 1].end - begin));
    period.relative = relative;
    mention.future = days_from_civil(range.start) > published_days_;
    for (std::size_t k = first; k < end; ++k) s_.use[k] = TokenUse::time;
    s_.times.push_back(std::move(mention));
  }

  // Number of units for "the past three years": digits or a number word.
  bool count_at(std::size_t i, int* count) const {
    if (s_.small_integer(i, count)) return *count > 0 && *count < 1000;
    if (s_.has(i, kNumberWord)) {
      *count = static_cast<int>(s_.words[i]->number);
      return *count > 0;
    }
    if (s_.is_word(i, "a") || s_.is_word(i, "an")) {
      *count = 1;
      return true;
    }
    return false;
  }

  std::size_t rolling(std::size_t first, std::size_t unit_at, int count) {
    const Date end = published_;
    Date start = end;
    if (s_.is_word(unit_at, "year") || s_.is_word(unit_at, "years")) {
      start = add_months(end, -12 * count);
    } else if (s_.is_word(unit_at, "decade") || s_.is_word(unit_at, "decades")) {
      start = add_months(end, -120 * count);
    } else if (s_.is_word(unit_at, "month") || s_.is_word(unit_at, "months")) {
      start = add_months(end, -count);
    } else if (s_.is_word(unit_at, "week") || s_.is_word(unit_at, "weeks")) {
      start = add_days(end, -7 * count);
    } else if (s_.is_word(unit_at, "day") || s_.is_word(unit_at, "days")) {
      start = add_days(end, -count);
    } else {
      return first;
    }
    add(first, unit_at + 1, {start, end}, format_date(start) + "/" + format_date(end), true);
    return unit_at + 1;
  }

  std::size_t relative(std::size_t i) {
    const std::size_t next = i + 1;
    // Numbers and "a" start only "three years ago" / "a decade ago".
    if ((s_.is_number(i) || (s_.words[i]->flags & kNumberWord) != 0 || s_.is_word(i, "a") ||
         s_.is_word(i, "an")) &&
        !s_.is_word(i + 2, "ago")) {
      return i;
    }
    // "since then": from the period named before in the sentence to publication.
    if (s_.is_word(i, "since") && s_.is_word(next, "then") && !s_.times.empty()) {
      const ResolvedPeriod& before = s_.times.back().period;
      Date start;
      if (parse_iso_date(before.start, &start) && days_from_civil(start) <= published_days_) {
        std::string label = before.label;
        label.push_back('/');
        label.append(format_date(published_));
        add(i, next + 1, {start, published_}, std::move(label), true);
        return next + 1;
      }
    }
    if (s_.is_word(i, "yesterday") || s_.is_word(i, "today") || s_.is_word(i, "tomorrow")) {
      const int shift = s_.is_word(i, "yesterday") ? -1 : s_.is_word(i, "today") ? 0 : 1;
      const Date day = add_days(published_, shift);
      add(i, next, day_range(day), format_date(day), true);
      return next;
    }
    // "the past decade", "the last three years", "over the past year"
    if ((s_.is_word(i, "past") || s_.is_word(i, "last") || s_.is_word(i, "previous")) && i > 0 &&
        s_.is_word(i - 1, "the")) {
      int count = 1;
      std::size_t unit_at = next;
      if (count_at(next, &count) && !s_.is_word(next, "a")) unit_at = next + 1;
      const std::size_t end = rolling(i - 1, unit_at, unit_at == next ? 1 : count);
      if (end > i) return end;
    }
    // "three years ago", "a decade ago"
    int count = 0;
    if (count_at(i, &count) && s_.is_word(i + 2, "ago")) {
      const std::size_t unit_at = next;
      Range range;
      std::string label;
      if (s_.is_word(unit_at, "year") || s_.is_word(unit_at, "years")) {
        range = year_range(published_.year - count);
        label = std::to_string(published_.year - count);
      } else if (s_.is_word(unit_at, "decade") || s_.is_word(unit_at, "decades")) {
        range = year_range(published_.year - 10 * count);
        label = std::to_string(published_.year - 10 * count);
      } else if (s_.is_word(unit_at, "month") || s_.is_word(unit_at, "months")) {
        const Date month = add_months(published_, -count);
        range = month_range(month.year, month.month);
        label = month_label(month.year, month.month);
      } else if (s_.is_word(unit_at, "day") || s_.is_word(unit_at, "days") || s_.is_word(unit_at, "week") ||
                 s_.is_word(unit_at, "weeks")) {
        const int days = (s_.is_word(unit_at, "day") || s_.is_word(unit_at, "days")) ? count : 7 * count;
        const Date day = add_days(published_, -days);
        range = day_range(day);
        label = format_date(day);
      } else {
        return i;
      }
      add(i, i + 3, range, label, true);
      return i + 3;
    }
    const bool last = s_.is_word(i, "last") || s_.is_word(i, "past") || s_.is_word(i, "previous");
    const bool this_one = s_.is_word(i, "this") || s_.is_word(i, "current");
    const bool coming = s_.is_word(i, "next") || s_.is_word(i, "coming");
    if (!last && !this_one && !coming) return i;
    const int shift = last ? -1 : this_one ? 0 : 1;
    if (s_.is_word(next, "year")) {
      const int year = published_.year + shift;
      add(i, next + 1, year_range(year), std::to_string(year), true);
      return next + 1;
    }
    if (s_.is_word(next, "month")) {
      const Date month = add_months(published_, shift);
      add(i, next + 1, month_range(month.year, month.month), month_label(month.year, month.month), true);
      return next + 1;
    }
    if (s_.is_word(next, "week")) {
      const std::int64_t monday = published_days_ - weekday_of_published() + 7 * shift;
      const Range range{civil_from_days(monday), civil_from_days(monday + 6)};
      add(i, next + 1, range, format_date(range.start) + "/" + format_date(range.end), true);
      return next + 1;
    }
    if (s_.is_word(next, "decade")) {
      const Range range{add_months(published_, -120), published_};
      add(i, next + 1, range, format_date(range.start) + "/" + format_date(range.end), true);
      return next + 1;
    }
    if (s_.has(next, kSeason)) {
      // The season under way at publication (or the last one begun) anchors last/this/next.
      const int season = static_cast<int>(s_.words[next]->number);
      int year = published_.year;
      if (days_from_civil(season_range(season, year).start) > published_days_) --year;
      const bool under_way = days_from_civil(season_range(season, year).end) >= published_days_;
      if (shift < 0 && under_way) --year;
      // "this summer" in September is the summer just past, not next year's: only a season
      // last begun in an earlier year ("this summer" in April) points ahead.
      if (shift == 0 && !under_way && year != published_.year) ++year;
      if (shift > 0) ++year;
      add(i, next + 1, season_range(season, year),
          std::string(season_name(season)) + "-" + std::to_string(year), true);
      return next + 1;
    }
    if (s_.has(next, kWeekday) && shift <= 0) {
      const std::size_t end = weekday(next);
      if (end > next) {
        s_.times.back().first = i;
        s_.use[i] = TokenUse::time;
        return end;
      }
    }
    return i;
  }

  // "the first half of 2015", "the fourth quarter": quarters and halves of a year; without a
  // year, the latest one that began on or before publication.
  std::size_t part_of_year(std::size_t i) {
    if (!s_.has(i, kOrdinal)) return i;
    int index = 0;
    for (const auto& [word, value] : {std::pair<std::string_view, int>{"first", 1},
                                      {"second", 2},
                                      {"third", 3},
                                      {"fourth", 4},
                                      {"final", 4},
                                      {"last", 4}}) {
      if (s_.is_word(i, word)) index = value;
    }
    const bool half = s_.is_word(i + 1, "half");
    const bool quarter = s_.is_word(i + 1, "quarter");
    if (index == 0 || (!half && !quarter) || (half && index > 2 && !s_.is_word(i, "last"))) return i;
    if (half && index == 4) index = 2;
    const int months = half ? 6 : 3;
    std::size_t end = i + 2;
    int year = 0;
    bool relative = false;
    if (s_.is_word(end, "of") && year_at(end + 1, &year)) {
      end += 2;
    } else if (year_at(end, &year)) {
      ++end;
    } else {
      year = published_.year;
      if (days_from_civil({year, (index - 1) * months + 1, 1}) > published_days_) --year;
      relative = true;
    }
    const int first_month = (index - 1) * months + 1;
    const Range range{{year, first_month, 1},
                      {year, first_month + months - 1, days_in_month(year, first_month + months - 1)}};
    const std::size_t first = i > 0 && s_.is_word(i - 1, "the") ? i - 1 : i;
    add(first, end, range, std::to_string(year) + (half ? "-H" : "-Q") + std::to_string(index), relative);
    return end;
  }

  // "30 September 2015", "30 September"
  std::size_t day_month(std::size_t i) {
    int day = 0;
    if (!s_.small_integer(i, &day) || day < 1 || day > 31) return i;
    std::size_t at = i + 1;
    if (s_.is_word(at, "th") || s_.is_word(at, "st") || s_.is_word(at, "nd") || s_.is_word(at, "rd")) ++at;
    if (s_.is_word(at, "of")) ++at;
    if (!s_.has(at, kMonth) || !s_.tokens[at].capitalised) return i;
    const int month = static_cast<int>(s_.words[at]->number);
    std::size_t end = at + 1;
    if (s_.is_punct(end, ".")) ++end;
    int year = 0;
    if (year_at(end, &year)) return full_date(i, end + 1, year, month, day, false);
    return full_date(i, at + 1, infer_year(month, day), month, day, true);
  }

  // "September 30, 2015", "Sept. 30", "August 2015", "in August"
  std::size_t month_first(std::size_t i) {
    if (!s_.has(i, kMonth) || !s_.tokens[i].capitalised) return i;
    const int month = static_cast<int>(s_.words[i]->number);
    std::size_t at = i + 1;
    if (s_.is_punct(at, ".")) ++at;
    int day = 0;
    int year = 0;
    if (s_.small_integer(at, &day) && day >= 1 && day <= 31 && s_.token_text(at).size() <= 2) {
      std::size_t end = at + 1;
      if (s_.is_word(end, "th") || s_.is_word(end, "st") || s_.is_word(end, "nd") || s_.is_word(end, "rd"))
        ++end;
      if (s_.is_punct(end, ",") && year_at(end + 1, &year))
        return full_date(i, end + 2, year, month, day, false);
      if (year_at(end, &year)) return full_date(i, end + 1, year, month, day, false);
      return full_date(i, end, infer_year(month, day), month, day, true);
    }
    if (year_at(at, &year)) {
      std::size_t first = i;
      if (i > 0 && (s_.is_word(i - 1, "early") || s_.is_word(i - 1, "mid") || s_.is_word(i - 1, "late")))
        --first;
      add(first, at + 1, month_range(year, month), month_label(year, month), false);
      return at + 1;
    }
    // A bare month needs a preposition, and "May" more than that (it is also a verb).
    const bool preposition = i > 0 && (s_.has(i - 1, kTimePreposition) || s_.is_word(i - 1, "last") ||
                                       s_.is_word(i - 1, "this") || s_.is_word(i - 1, "early"));
    if (!preposition || (s_.is_word(i, "may") && !s_.is_word(i - 1, "in") && !s_.is_word(i - 1, "since") &&
                         !s_.is_word(i - 1, "last"))) {
      return i;
    }
    int resolved_year = published_.year;
    if (month > published_.month) --resolved_year;
    if (s_.is_word(i - 1, "last") && month == published_.month) --resolved_year;
    const std::size_t first = s_.is_word(i - 1, "last") || s_.is_word(i - 1, "this") ? i - 1 : i;
    add(first, i + 1, month_range(resolved_year, month), month_label(resolved_year, month), true);
    return i + 1;
  }

  // Day and month without a year: the latest such date on or before publication.
  int infer_year(int month, int day) const {
    if (month > published_.month || (month == published_.month && day > published_.day))
      return published_.year - 1;
    return published_.year;
  }

  std::size_t full_date(std::size_t first, std::size_t end, int year, int month, int day, bool relative) {
    if (day > days_in_month(year, month)) return first;
    const Date date{year, month, day};
    std::size_t start = first;
    if (start > 0 && s_.is_word(start - 1, "on")) --start;
    add(start, end, day_range(date), format_date(date), relative);
    return end;
  }

  // "summer 2015", "the summer of 2015"
  std::size_t season(std::size_t i) {
    if (!s_.has(i, kSeason)) return i;
    const int season = static_cast<int>(s_.words[i]->number);
    std::size_t at = i + 1;
    if (s_.is_word(at, "months")) ++at;
    if (s_.is_word(at, "of")) ++at;
    int year = 0;
    if (!year_at(at, &year)) return i;
    add(i, at + 1, season_range(season, year), std::string(season_name(season)) + "-" + std::to_string(year),
        false);
    return at + 1;
  }

  // Years, decades and year ranges: "in 2014", "since 2011", "2014-15", "between 2010 and 2014",
  // "the 1990s", "mid-2015".
  std::size_t year_expression(std::size_t i) {
    int year = 0;
    if (!year_at(i, &year)) return i;
    std::size_t first = i;
    if (i >= 2 && s_.is_hyphen(i - 1) &&
        (s_.is_word(i - 2, "mid") || s_.is_word(i - 2, "early") || s_.is_word(i - 2, "late"))) {
      first = i - 2;
    } else if (i >= 1 && (s_.is_word(i - 1, "early") || s_.is_word(i - 1, "late"))) {
      first = i - 1;
    }
    // Decade: "1990s"
    if (i + 1 < s_.size() && s_.is_word(i + 1, "s") && !s_.tokens[i + 1].space_before && year % 10 == 0) {
      add(first, i + 2, {{year, 1, 1}, {year + 9, 12, 31}}, std::to_string(year) + "s", false);
      return i + 2;
    }
    // Ranges: 2014-15, 2014/15, 2010-2014, 2010 to 2014, between 2010 and 2014
    const std::size_t sep = i + 1;
    const bool range_separator = s_.is_hyphen(sep) || s_.is_punct(sep, "/") ||
                                 s_.is_punct(sep, "\xE2\x80\x94") || s_.is_word(sep, "to") ||
                                 (s_.is_word(sep, "and") && i > 0 && s_.is_word(i - 1, "between"));
    int second = 0;
    if (range_separator && s_.small_integer(sep + 1, &second)) {
      const std::size_t digits = s_.token_text(sep + 1).size();
      const bool short_ok = s_.is_hyphen(sep) || s_.is_punct(sep, "/");
      if (digits == 2) second = year / 100 * 100 + second;
      if (((digits == 2 && short_ok) || digits == 4) && second > year && second <= kMaxYear) {
        if (i > 0 && (s_.is_word(i - 1, "between") || s_.is_word(i - 1, "from"))) first = i - 1;
        add(first, sep + 2, {{year, 1, 1}, {second, 12, 31}},
            std::to_string(year) + "/" + std::to_string(second), false);
        return sep + 2;
      }
    }
    if (!standalone_year(i, &year)) return i;
    add(first, i + 1, year_range(year), std::to_string(year), false);
    return i + 1;
  }

  // "on Thursday": the latest such weekday on or before publication.
  std::size_t weekday(std::size_t i) {
    if (!s_.has(i, kWeekday) || !s_.tokens[i].capitalised) return i;
    const int target = static_cast<int>(s_.words[i]->number);
    std::int64_t back = weekday_of_published() - target;
    if (back < 0) back += 7;
    if (i > 0 && s_.is_word(i - 1, "last") && back == 0) back = 7;
    const Date day = add_days(published_, -back);
    std::size_t first = i;
    if (i > 0 && s_.is_word(i - 1, "on")) first = i - 1;
    add(first, i + 1, day_range(day), format_date(day), true);
    return i + 1;
  }

  int weekday_of_published() const { return extract::weekday(published_days_); }

  // A season word next to a single-year period narrows it: "summer months last year".
  void merge_seasons() {
    if (s_.times.empty()) return;  // no year for a season to join
    for (std::size_t i = 0; i < s_.size(); ++i) {
      if (s_.use[i] != TokenUse::none || !s_.has(i, kSeason)) continue;
      for (auto& mention : s_.times) {
        const auto& label = mention.period.label;
        const std::size_t distance = mention.first > i ? mention.first - i : i - mention.end;
        if (label.size() != 4 || distance > 6) continue;
        const int season = static_cast<int>(s_.words[i]->number);
        const int year = std::stoi(label);
        const Range range = season_range(season, year);
        mention.period.start = format_date(range.start);
        mention.period.end = format_date(range.end);
        mention.period.label = std::string(season_name(season)) + "-" + label;
        break;
      }
    }
  }

  // "$1.4 billion in 2017, from $1 billion a year earlier": a year before the year named
  // before it in the sentence, not before publication.
  void year_before_anchor() {
    for (std::size_t i = 0; i + 2 < s_.size(); ++i) {
      const bool one = s_.is_word(i, "a") || s_.is_word(i, "one") || s_.is_word(i, "the");
      if (!one || !s_.is_word(i + 1, "year") ||
          !(s_.is_word(i + 2, "earlier") || s_.is_word(i + 2, "before"))) {
        continue;
      }
      if (s_.use[i] != TokenUse::none || s_.use[i + 1] != TokenUse::none || s_.use[i + 2] != TokenUse::none)
        continue;
      const TimeMention* anchor = nullptr;
      for (const auto& time : s_.times) {
        if (time.end <= i && time.period.label.size() == 4) anchor = &time;
      }
      if (anchor == nullptr) continue;
      const int year = std::stoi(anchor->period.label) - 1;
      add(i, i + 3, year_range(year), std::to_string(year), true);
      std::sort(s_.times.begin(), s_.times.end(),
                [](const TimeMention& a, const TimeMention& b) { return a.first < b.first; });
    }
  }

  // "from December 2015 to the end of May 2016", "between 2006 and 2011": one window from
  // the start of the first period to the end of the second.
  void merge_ranges() {
    for (std::size_t t = 0; t + 1 < s_.times.size(); ++t) {
      TimeMention& from = s_.times[t];
      const TimeMention& to = s_.times[t + 1];
      if (from.first == 0 || to.period.end <= from.period.start) continue;
      const bool from_to = s_.is_word(from.first - 1, "from") &&
                           (s_.is_word(from.end, "to") || s_.is_word(from.end, "until") ||
                            s_.is_word(from.end, "through") || s_.is_hyphen(from.end));
      const bool between = s_.is_word(from.first - 1, "between") && s_.is_word(from.end, "and");
      if (!from_to && !between) continue;
      // "to the end of May 2016", "to the start of 2016"
      std::size_t gap = from.end + 1;
      if (s_.is_word(gap, "the") && (s_.is_word(gap + 1, "end") || s_.is_word(gap + 1, "start")) &&
          s_.is_word(gap + 2, "of")) {
        gap += 3;
      }
      if (gap != to.first) continue;
      for (std::size_t k = from.first - 1; k < to.first; ++k) s_.use[k] = TokenUse::time;
      from.period.end = to.period.end;
      from.period.label = from.period.start + "/" + to.period.end;
      const auto begin = s_.tokens[from.first - 1].begin;
      from.period.text.assign(s_.text.substr(begin, s_.tokens[to.end - 1].end - begin));
      from.period.relative = from.period.relative || to.period.relative;
      from.first = from.first - 1;
      from.end = to.end;
      s_.times.erase(s_.times.begin() + static_cast<std::ptrdiff_t>(t + 1));
    }
  }

  Sentence& s_;
  Date published_;
  std::int64_t published_days_;
};

}  // namespace

void find_time_expressions(Sentence* sentence, const Date& published) { Scanner(sentence, published).run(); }

}  // namespace factcheck::extract
