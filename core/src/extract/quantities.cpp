#include "extract/quantities.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>

namespace factcheck::extract {

QuantityRules::QuantityRules(const Policy& p) : policy(p) {
  for (std::uint32_t i = 0; i < policy.hedges.size(); ++i) {
    for (const auto& phrase : policy.hedges[i].before) hedge_before.add(phrase, i);
    for (const auto& phrase : policy.hedges[i].after) hedge_after.add(phrase, i);
  }
  for (std::uint32_t i = 0; i < policy.vague.size(); ++i) {
    for (const auto& phrase : policy.vague[i].phrases) {
      vague.add(phrase, i);
      std::vector<text::Token> tokens;
      text::tokenize(phrase, 0, &tokens);
      if (tokens.empty()) continue;
      const std::string_view first =
          std::string_view(phrase).substr(tokens[0].begin, tokens[0].end - tokens[0].begin);
      const std::uint32_t flags = Lexicon::instance().lookup(first, tokens[0]).flags;
      if ((flags & (kVagueStart | kNumberWord)) == 0 && !equals_lower(first, "a")) vague_needs_lookup = true;
    }
  }
}

std::size_t index_name_start(const Sentence& s, std::size_t number) {
  struct IndexName {
    std::string_view word;
    std::array<std::string_view, 5> numbers;
  };
  static constexpr IndexName kIndexNames[] = {
      {"p", {"100", "400", "500", "600", "1500"}},  // S&P
      {"ftse", {"100", "250", "350"}},
      {"nikkei", {"225"}},
      {"dax", {"30", "40"}},
      {"stoxx", {"50", "600"}},
      {"dow", {"30"}},
      {"cac", {"40"}},
      {"russell", {"1000", "2000", "3000"}},
      {"nasdaq", {"100"}},
      {"asx", {"200"}},
      {"ibex", {"35"}},
      {"kospi", {"200"}},
      {"nifty", {"50"}},
      {"sensex", {"30"}},
      {"tsx", {"60"}},
      {"csi", {"300"}},
  };
  if (number == 0 || number >= s.size() || !s.is_number(number)) return number;
  // "Standard & Poor's 500"
  if (number >= 4 && s.token_text(number) == "500" && s.is_word(number - 2, "poor") &&
      (s.is_word(number - 1, "'s") || s.is_word(number - 1, "\xE2\x80\x99s")) &&
      s.is_punct(number - 3, "&") && s.is_word(number - 4, "standard")) {
    return number - 4;
  }
  if (!s.tokens[number - 1].capitalised) return number;
  const bool s_and_p = number >= 3 && s.is_punct(number - 2, "&") && s.is_word(number - 3, "s") &&
                       !s.tokens[number - 2].space_before && !s.tokens[number - 1].space_before;
  for (const auto& name : kIndexNames) {
    if (!s.is_word(number - 1, name.word) || (name.word == "p" && !s_and_p)) continue;
    const std::string_view text = s.token_text(number);
    if (std::find(name.numbers.begin(), name.numbers.end(), text) == name.numbers.end()) return number;
    return name.word == "p" ? number - 3 : number - 1;
  }
  return number;
}

void QuantityValue::to_proto(v1::Quantity* out) const {
  out->set_kind(kind_);
  out->set_value(value_);
  out->set_unit(unit_);
  v1::Band* band = out->mutable_band();
  if (band_.low) band->set_low(*band_.low);
  if (band_.high) band->set_high(*band_.high);
  band->set_low_inclusive(band_.low_inclusive);
  band->set_high_inclusive(band_.high_inclusive);
  band->set_rule(band_.rule);
  if (!hedge_.empty()) out->set_hedge(hedge_);
  out->set_vague(vague_);
  out->set_change(change_);
  if (from_value_) out->set_from_value(*from_value_);
  out->set_written_value(written_value_);
  if (!written_unit_.empty()) out->set_written_unit(written_unit_);  // counts have none: no allocation
  out->set_dimension(dimension_.data(), dimension_.size());
}

namespace {

using text::TokenKind;

constexpr std::string_view kMinusSign = "\xE2\x88\x92";  // U+2212, a word token of its own

struct Numeral {
  double value = 0;
  double precision = 1;  // value of the last significant digit, scale applied
  std::size_t end = 0;
  double scale = 1;
  bool scaled = false;
  bool implied = false;  // no numeral: "a dollar", "all day"
};

enum class DigitsResult { ok, not_a_number, too_long };

// Thousands separators group by three ("13,400") or, in Indian notation, by two above the
// last three ("1,50,000", "43,89,561"); anything else ("1,2,3") is a list, not a number.
bool separators_group(std::string_view integer) {
  const std::size_t comma = integer.find(',');
  if (comma == std::string_view::npos) return true;
  if (comma == 0 || comma > 3) return false;
  bool western = true;
  for (std::size_t k = comma; k < integer.size() && western; k += 4) {
    western = integer[k] == ',' && k + 4 <= integer.size();
  }
  if (western) return true;
  if (comma > 2 || integer.size() < 4 || integer[integer.size() - 4] != ',') return false;
  for (std::size_t k = comma; k + 4 < integer.size(); k += 3) {
    if (integer[k] != ',') return false;
  }
  return (integer.size() - 4 - comma) % 3 == 0;
}

// "1,934.5" -> 1934.5 with precision 0.1; "13,400" -> precision 100. Linear in the digits.
DigitsResult parse_digits(std::string_view digits, std::size_t max_digits, double* value, double* precision) {
  if (digits.find(' ') != std::string_view::npos) {  // "1 520.55": the tokenizer's space groups
    std::string commas(digits);
    std::replace(commas.begin(), commas.end(), ' ', ',');
    return parse_digits(commas, max_digits, value, precision);
  }
  std::size_t count = 0;
  for (const char c : digits) count += (c >= '0' && c <= '9') ? 1U : 0U;
  if (count > max_digits) return DigitsResult::too_long;
  const std::size_t dot = digits.find('.');
  if (dot != std::string_view::npos && digits.find('.', dot + 1) != std::string_view::npos) {
    return DigitsResult::not_a_number;  // "1.2.3": a version or a list
  }
  const std::string_view integer = digits.substr(0, dot);
  if (!separators_group(integer)) return DigitsResult::not_a_number;
  if (dot != std::string_view::npos && digits.find(',', dot) != std::string_view::npos) {
    return DigitsResult::not_a_number;
  }
  double result = 0;
  std::size_t trailing_zeros = 0;
  for (const char c : integer) {
    if (c == ',') continue;
    result = result * 10 + (c - '0');
    trailing_zeros = c == '0' ? trailing_zeros + 1 : 0;
  }
  double unit = 1;
  if (dot != std::string_view::npos) {
    for (const char c : digits.substr(dot + 1)) {
      unit /= 10;
      result += (c - '0') * unit;
    }
  } else if (result > 0) {
    // Powers of ten up to 1e22 are exact doubles (what std::pow returns for them), and
    // looking them up spares a pow call per number.
    static constexpr std::array<double, 23> kPowersOfTen{1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                         1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                         1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    unit = trailing_zeros < kPowersOfTen.size() ? kPowersOfTen[trailing_zeros]
                                                : std::pow(10.0, static_cast<double>(trailing_zeros));
  }
  *value = result;
  *precision = unit;
  return DigitsResult::ok;
}

class Parser {
 public:
  Parser(Sentence* sentence, const QuantityRules& rules, DocumentUnits* doc, QuantityStats* stats)
      : s_(*sentence), rules_(rules), policy_(rules.policy), doc_(*doc), stats_(stats) {}

  void run(std::vector<QuantityMention>* out) {
    std::size_t found = 0;
    for (std::size_t i = 0; i < s_.size();) {
      if (s_.use[i] != TokenUse::none || !may_start(i)) {
        ++i;
        continue;
      }
      QuantityMention mention;
      const std::size_t next = parse(i, &mention);
      if (next == kNone) {
        ++i;
        continue;
      }
      if (next == kSkip) {
        i = skip_end_;
        continue;
      }
      if (found == policy_.max_claims_per_sentence) {
        stats_->capped = true;
        return;
      }
      for (std::size_t k = mention.first; k < mention.end; ++k) s_.use[k] = TokenUse::quantity;
      if (!out->empty()) inherit_unit(out->back(), &mention);
      out->push_back(std::move(mention));
      ++found;
      i = std::max(next, i + 1);
    }
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  static constexpr std::size_t kSkip = static_cast<std::size_t>(-2);

  // Can a quantity start at token i? Numbers, symbols, number words and the first words of
  // currency and vague phrases; everything else is skipped without further look-ups.
  bool may_start(std::size_t i) const {
    const auto& token = s_.tokens[i];
    if (token.kind == TokenKind::number || token.kind == TokenKind::symbol) return true;
    if (token.kind != TokenKind::word) return false;
    constexpr std::uint32_t kStarts =
        kNumberWord | kFraction | kMultiple | kDozen | kHundred | kMagnitude | kCurrencyCode | kVagueStart;
    if ((s_.words[i]->flags & kStarts) != 0) return true;
    // "A$69", "HK$5", "NZ$": a currency symbol with its country glued before it.
    if (i + 1 < s_.size() && s_.tokens[i + 1].kind == TokenKind::symbol && attached(i + 1)) return true;
    // "a" starts a quantity only before a magnitude, dozen, fraction or vague word ("a third").
    if (s_.is_word(i, "a") || s_.is_word(i, "an")) {
      constexpr std::uint32_t kAfterA =
          kHundred | kMagnitude | kDozen | kFraction | kVagueStart | kImpliedUnit;
      return i + 1 < s_.size() && ((s_.words[i + 1]->flags & kAfterA) != 0 || rules_.vague_needs_lookup);
    }
    if (s_.is_word(i, "all") && s_.has(i + 1, kImpliedUnit)) return true;  // "all day"
    return rules_.vague_needs_lookup && rules_.vague.may_start(s_.text, token);
  }

  bool free(std::size_t i) const { return i < s_.size() && s_.use[i] == TokenUse::none; }

  // "29.86 million barrels per day ..., compared to 31.864 million in 2018": a bare number
  // set against the quantity just before it is in that quantity's unit.
  void inherit_unit(const QuantityMention& previous, QuantityMention* m) const {
    QuantityValue& q = m->quantity;
    const QuantityValue& p = previous.quantity;
    const std::size_t first = m->first;
    if (q.kind() != v1::QUANTITY_KIND_COUNT || m->compound || first < 2 || previous.end + 12 < first ||
        p.kind() == v1::QUANTITY_KIND_COUNT || p.kind() == v1::QUANTITY_KIND_AGE ||
        p.dimension() == "temperature" || p.written_value() == 0) {
      return;
    }
    const bool set_against =
        ((s_.is_word(first - 2, "compared") || s_.is_word(first - 2, "up") ||
          s_.is_word(first - 2, "down")) &&
         (s_.is_word(first - 1, "to") || s_.is_word(first - 1, "with") || s_.is_word(first - 1, "from"))) ||
        s_.is_word(first - 1, "versus") || s_.is_word(first - 1, "vs");
    if (!set_against) return;
    const double factor = p.value() / p.written_value();
    q.set_kind(p.kind());
    q.set_unit(p.unit());
    q.set_dimension(p.dimension());
    q.set_value(q.value() * factor);
    BandValue* band = q.mutable_band();
    if (band->low) band->set_low(*band->low * factor);
    if (band->high) band->set_high(*band->high * factor);
  }
  bool attached(std::size_t i) const { return i < s_.size() && !s_.tokens[i].space_before; }

  // Marks [first, end) as not a claim (ranks, identifiers, times of day) and skips it.
  std::size_t skip(std::size_t first, std::size_t end) {
    for (std::size_t k = first; k < end && k < s_.size(); ++k) s_.use[k] = TokenUse::skipped;
    skip_end_ = std::max(end, first + 1);
    return kSkip;
  }

  bool currency_word_ok(std::size_t first, std::size_t length) const {
    for (std::size_t k = first; k < first + length; ++k) {
      if (s_.tokens[k].kind == TokenKind::word && s_.tokens[k].capitalised == false) return false;
      if (s_.tokens[k].kind == TokenKind::word && s_.token_text(k).size() == 3 && !s_.tokens[k].all_caps)
        return false;
    }
    return true;
  }

  // A numeral made of digits or words at i.
  bool numeral(std::size_t i, Numeral* n) {
    if (!free(i)) return false;
    if (!(s_.is_number(i) ? digit_numeral(i, n) : word_numeral(i, n))) return false;
    and_fraction(n);
    and_smaller_magnitude(i, n);
    return true;
  }

  // "40 million and 150 thousand", "43 million and 324 thousand": a smaller magnitude added
  // to a scaled number is one number, not a list of two ("between 2 million and 3 million" is
  // a range: the second magnitude is not smaller).
  void and_smaller_magnitude(std::size_t i, Numeral* n) {
    const std::size_t at = n->end;
    if (!n->scaled || !s_.is_word(at, "and") || !s_.is_number(at + 1) || !free(at + 1) ||
        (i > 0 && s_.is_word(i - 1, "between"))) {
      return;
    }
    Numeral part;
    if (!digit_numeral(at + 1, &part) || !part.scaled || !s_.has(part.end - 1, kMagnitude) ||
        part.scale >= n->scale || part.value >= n->scale) {
      return;
    }
    n->value += part.value;
    n->precision = part.precision;
    n->end = part.end;
  }

  // "one and a half", "2 and three quarters million": a fraction added to a whole number.
  void and_fraction(Numeral* n) {
    const std::size_t at = n->end;
    if (!s_.is_word(at, "and") || n->scaled) return;
    Numeral part;
    const std::size_t end = fraction_at(at + 1, &part);
    if (end == kNone || part.value >= 1) return;
    n->value += part.value;
    n->precision = std::min(n->precision, 0.25);
    n->end = end;
    if (end < s_.size() && s_.has(end, kMagnitude)) apply_scale(n, s_.words[end]->number, end + 1);
  }

  bool digit_numeral(std::size_t i, Numeral* n) {
    const DigitsResult result =
        parse_digits(s_.token_text(i), policy_.max_number_digits, &n->value, &n->precision);
    if (result == DigitsResult::too_long) {
      ++stats_->too_long;
      return false;
    }
    if (result == DigitsResult::not_a_number) return false;
    n->end = i + 1;
    if (leading_point(i)) {
      // ".08": the digits after a bare decimal point.
      const double shift = std::pow(10.0, static_cast<double>(s_.token_text(i).size()));
      n->value /= shift;
      n->precision /= shift;
    }
    digit_fraction(i, n);
    exponent(n);
    const std::size_t next = n->end;
    if (s_.is_hyphen(next) && attached(next) && attached(next + 1) && s_.has(next + 1, kMagnitude)) {
      apply_scale(n, s_.words[next + 1]->number, next + 2);  // "a 2.42-billion-euro fine"
    } else if (next < s_.size() && s_.has(next, kMagnitude)) {
      apply_scale(n, s_.words[next]->number, next + 1);
    } else if (next < s_.size() && s_.has(next, kScaleSuffix) &&
               (attached(next) || s_.token_text(next).size() >= 2) && !s_.has(next + 1, kMagnitude) &&
               !metres(i, next)) {
      // "2bn", "$1.5m", "2 bn"; a spaced single letter ("5 m") is not a scale.
      if (!(s_.token_text(next).size() == 1 && next + 1 < s_.size() && attached(next + 1) &&
            s_.tokens[next + 1].kind == TokenKind::word)) {
        apply_scale(n, s_.words[next]->number, next + 1);
      }
    } else if (next < s_.size() && s_.has(next, kHundred)) {
      apply_scale(n, 100, next + 1);
    } else if (next < s_.size() && s_.has(next, kDozen) && !s_.is_word(next + 1, "of")) {
      apply_scale(n, s_.words[next]->number, next + 1);  // "3 dozen"
    }
    return true;
  }

  // A glued "m" after a number without a currency is metres, not million, where the words
  // around it are about distance: "the 100m final", "running 100m in 17 seconds", "timed
  // over 100m", "a 30m-high wall"; elsewhere ("10m Wembley Stadiums", "45m people") million.
  bool metres(std::size_t number, std::size_t m) const {
    if (money_ || s_.token_text(m) != "m" || !attached(m)) return false;
    static constexpr std::array<std::string_view, 33> kAfter{
        "race",   "final",  "finals",   "freestyle",  "backstroke", "breaststroke", "butterfly",
        "medley", "relay",  "hurdles",  "dash",       "sprint",     "record",       "world",
        "title",  "crown",  "champion", "heat",       "heats",      "event",        "gold",
        "silver", "bronze", "high",     "long",       "tall",       "deep",         "wide",
        "away",   "above",  "below",    "underwater", "tower"};
    std::size_t after = m + 1;
    if (s_.is_hyphen(after) && attached(after)) ++after;
    for (const std::string_view word : kAfter) {
      if (s_.is_word(after, word)) return true;
    }
    // "100m in 17 seconds": a distance in a time.
    if (s_.is_word(m + 1, "in") && s_.is_number(m + 2)) {
      PhraseTable::Match unit;
      const auto& tables = UnitTables::instance();
      std::size_t at = m + 3;
      if (tables.unit_at(s_.text, s_.tokens, at, s_.size(), &unit) &&
          tables.unit_infos[unit.payload].kind == v1::QUANTITY_KIND_DURATION) {
        return true;
      }
    }
    static constexpr std::array<std::string_view, 16> kBefore{
        "ran",      "run",    "runs",    "running", "swam",   "swim",  "swims", "swimming",
        "sprinted", "walked", "climbed", "dived",   "jumped", "threw", "timed", "fell"};
    for (std::size_t back = 1; back <= 2 && back <= number; ++back) {
      for (const std::string_view word : kBefore) {
        if (s_.is_word(number - back, word)) return true;
      }
    }
    return false;
  }

  // A decimal point with nothing before it: ".08", "$.50", "-.5", not "end.08".
  bool leading_point(std::size_t i) const {
    if (i == 0 || !s_.is_punct(i - 1, ".") || !attached(i)) return false;
    return i == 1 || s_.tokens[i - 1].space_before || s_.tokens[i - 2].kind == TokenKind::symbol ||
           s_.is_hyphen(i - 2);
  }

  // "1/2", "2 1/2", "1½": a fraction in digits after or instead of a whole number.
  void digit_fraction(std::size_t i, Numeral* n) {
    const std::size_t at = n->end;
    double whole = 0;
    std::size_t numerator_at = i;
    if (at < s_.size() && attached(at) && s_.has(at, kNumberWord) && s_.words[at]->number < 1 &&
        s_.tokens[at].kind == TokenKind::word) {
      n->value += s_.words[at]->number;  // "1½"
      n->precision = 0.01;
      n->end = at + 1;
      return;
    }
    if (s_.is_number(at) && !attached(at) && s_.is_punct(at + 1, "/") && integer(i)) {
      whole = n->value;  // "2 1/2"
      numerator_at = at;
    }
    const std::size_t slash = numerator_at + 1;
    if (!s_.is_punct(slash, "/") || !attached(slash) || !s_.is_number(slash + 1) || !attached(slash + 1) ||
        !integer(numerator_at) || !integer(slash + 1) || s_.is_punct(slash + 2, "/")) {
      return;
    }
    double numerator = 0;
    double denominator = 0;
    double unused = 0;
    if (parse_digits(s_.token_text(numerator_at), 3, &numerator, &unused) != DigitsResult::ok ||
        parse_digits(s_.token_text(slash + 1), 3, &denominator, &unused) != DigitsResult::ok ||
        denominator < 2 || numerator >= denominator) {
      return;
    }
    n->value = whole + numerator / denominator;
    n->precision = 0.01;
    n->end = slash + 2;
  }

  bool integer(std::size_t i) const {
    const std::string_view digits = s_.token_text(i);
    return digits.find_first_of(".,") == std::string_view::npos && digits.size() <= 3;
  }

  // "1e10", "2.5e-3": a power of ten written after the digits (tokens 1, e, 10).
  void exponent(Numeral* n) {
    const std::size_t at = n->end;
    if (at >= s_.size() || !attached(at) || !(s_.is_word(at, "e"))) return;
    std::size_t digits = at + 1;
    const bool sign = s_.is_hyphen(digits) || s_.is_punct(digits, "+");
    if (sign) ++digits;
    if (!s_.is_number(digits) || !attached(digits) || !attached(at + 1) || !integer(digits)) return;
    double power = 0;
    double unused = 0;
    parse_digits(s_.token_text(digits), 3, &power, &unused);
    if (sign && s_.is_hyphen(at + 1)) power = -power;
    const std::size_t end = digits + 1;
    const double scale = std::pow(10.0, power);
    n->value *= scale;
    n->precision *= scale;
    n->end = end;
  }

  void apply_scale(Numeral* n, double scale, std::size_t end) {
    n->value *= scale;
    n->precision *= scale;
    n->end = end;
    n->scale *= scale;
    n->scaled = true;
  }

  bool word_numeral(std::size_t i, Numeral* n) {
    std::size_t at = i;
    double total = 0;
    double current = 0;
    double place = 1;
    bool any = false;
    bool last_unit = false;  // the last word was 1..19 (a following unit word ends the numeral)
    bool last_tens = false;
    if ((s_.is_word(at, "a") || s_.is_word(at, "an")) &&
        (s_.has(at + 1, kHundred) || s_.has(at + 1, kMagnitude) || s_.has(at + 1, kDozen))) {
      current = 1;
      ++at;
    } else if (s_.is_word(at, "a") && s_.is_word(at + 1, "couple") &&
               (s_.is_word(at + 2, "of") || s_.has(at + 2, kHundred) || s_.has(at + 2, kMagnitude))) {
      // "a couple of days", "a couple hundred"
      current = 2;
      any = true;
      at += s_.is_word(at + 2, "of") ? 3 : 2;
    }
    while (at < s_.size() && free(at)) {
      const WordInfo& w = *s_.words[at];
      if ((w.flags & kNumberWord) != 0) {
        if (last_unit || (last_tens && (w.flags & kTens) != 0) || (last_tens && w.number >= 10)) break;
        current += w.number;
        place = (w.flags & kTens) != 0 ? 10 : 1;
        last_unit = (w.flags & kTens) == 0;
        last_tens = (w.flags & kTens) != 0;
        any = true;
        ++at;
      } else if ((w.flags & kHundred) != 0 && (any || current > 0)) {
        current = (current == 0 ? 1 : current) * 100;
        place = 100;
        last_unit = last_tens = false;
        any = true;
        ++at;
      } else if ((w.flags & kMagnitude) != 0 && (any || current > 0)) {
        total += (current == 0 ? 1 : current) * w.number;
        place *= w.number;
        current = 0;
        last_unit = last_tens = false;
        any = true;
        ++at;
      } else if ((w.flags & kDozen) != 0 && (any || current > 0) && !s_.is_word(at + 1, "of")) {
        current = (current == 0 ? 1 : current) * w.number;
        place = w.number;
        last_unit = last_tens = false;
        any = true;
        ++at;
      } else if (any && s_.is_word(at, "and") && !last_unit && !last_tens && s_.has(at + 1, kNumberWord)) {
        ++at;
      } else if (any && last_tens && s_.is_hyphen(at) && attached(at) && attached(at + 1) &&
                 s_.has(at + 1, kNumberWord) && !s_.has(at + 1, kTens) && s_.words[at + 1]->number < 10) {
        ++at;
      } else {
        break;
      }
    }
    if (!any) return false;
    n->value = total + current;
    n->precision = place;
    n->end = at;
    return true;
  }

  // "one" is a pronoun more often than a number: "one of the", "no one", "one another".
  bool idiomatic_one(std::size_t i, const Numeral& n) const {
    if (n.end != i + 1 || !s_.is_word(i, "one")) return false;
    if (s_.is_hyphen(i + 1) && counted_compound(i + 2)) return false;  // "a one-bedroom flat"
    if (s_.is_word(i + 1, "of") || s_.is_word(i + 1, "another") || s_.is_word(i + 1, "day") ||
        s_.is_word(i + 1, "way") || s_.is_word(i + 1, "thing") || s_.is_word(i + 1, "point") ||
        s_.is_word(i + 1, "side") || s_.is_word(i + 1, "or") || s_.is_word(i + 1, "by") ||
        s_.is_word(i + 1, "time") || s_.is_word(i + 1, "in") || s_.is_hyphen(i + 1)) {
      return true;
    }
    // "said one Western diplomat": an anonymous source, not a count.
    if ((i + 1 < s_.size() && s_.tokens[i + 1].capitalised) ||
        (i > 0 && (s_.is_word(i - 1, "said") || s_.is_word(i - 1, "says") || s_.is_word(i - 1, "told")))) {
      return true;
    }
    if (i > 0 && (s_.is_word(i - 1, "no") || s_.is_word(i - 1, "the") || s_.is_word(i - 1, "any") ||
                  s_.is_word(i - 1, "every") || s_.is_word(i - 1, "each") || s_.is_word(i - 1, "which") ||
                  s_.is_word(i - 1, "this") || s_.is_word(i - 1, "that") || s_.is_word(i - 1, "someone") ||
                  s_.is_word(i - 1, "only"))) {
      return true;
    }
    return i + 1 >= s_.size() || s_.tokens[i + 1].kind == TokenKind::punct;
  }

  // The noun of "a one-bedroom flat", "a one-year deal": a unit or a counted part of a home,
  // car or match, where "one-off", "one-sided" and "one-way" are no counts.
  bool counted_compound(std::size_t k) const {
    static constexpr std::array<std::string_view, 12> kNouns{"bedroom", "bedroomed", "bed",      "room",
                                                             "storey",  "story",     "bathroom", "seat",
                                                             "seater",  "car",       "goal",     "point"};
    for (const std::string_view noun : kNouns) {
      if (s_.is_word(k, noun)) return true;
    }
    PhraseTable::Match unit;
    return UnitTables::instance().unit_at(s_.text, s_.tokens, k, s_.size(), &unit);
  }

  // Numbers that are names or ranks: "Resolution 2254", "Su-24", "G20", "one-star", "10:30".
  std::size_t not_a_claim(std::size_t i, const Numeral& n) {
    const std::size_t end = n.end;
    if (s_.is_hyphen(end) && attached(end) && attached(end + 1) &&
        (s_.is_word(end + 1, "star") || s_.is_word(end + 1, "time"))) {
      return skip(i, end + 2);
    }
    if (!s_.is_number(i)) return kNone;
    if (i > 0 && s_.tokens[i - 1].kind == TokenKind::word && attached(i) && !s_.has(i - 1, kCurrencyCode) &&
        !s_.is_word(i - 1, "us") && !s_.is_word(i - 1, "mid") && s_.token_text(i - 1) != kMinusSign) {
      return skip(i, end);  // "G20", "A320"
    }
    if (i > 1 && s_.is_hyphen(i - 1) && attached(i) && attached(i - 1) &&
        s_.tokens[i - 2].kind == TokenKind::word && s_.tokens[i - 2].capitalised) {
      return skip(i, end);  // "Su-24", "COVID-19"
    }
    if (i > 0 && s_.has(i - 1, kIdentifierNoun) && s_.tokens[i - 1].capitalised) return skip(i, end);
    if (index_name_start(s_, i) != i) return skip(i, end);  // "S&P 500", "FTSE 100", "Nikkei 225"
    // Test statistics: "P<0.0001", "n = 88".
    if (i > 1 && (s_.is_punct(i - 1, "<") || s_.is_punct(i - 1, "=") || s_.is_punct(i - 1, ">")) &&
        s_.tokens[i - 2].kind == TokenKind::word && s_.token_text(i - 2).size() == 1) {
      return skip(i, end);
    }
    if (i > 0 && s_.is_punct(i - 1, ".") && i > 1 && s_.is_word(i - 2, "no")) return skip(i, end);
    if ((s_.is_punct(end, ":") || s_.is_punct(end, "/")) && attached(end) && s_.is_number(end + 1) &&
        attached(end + 1)) {
      std::size_t last = end + 2;  // 10:30, 24/7, 2:00:35
      while (s_.is_punct(last, ":") && attached(last) && s_.is_number(last + 1) && attached(last + 1))
        last += 2;
      return skip(i, last);
    }
    // A year: "in Q1 2011", "a 2023 report".
    PhraseTable::Match unit;
    if (n.value >= 1500 && n.value <= 2100 && s_.token_text(i).size() == 4 && i > 0 &&
        (s_.use[i - 1] == TokenUse::skipped || s_.has(i - 1, kDeterminer)) &&
        !UnitTables::instance().unit_at(s_.text, s_.tokens, end, s_.size(), &unit)) {
      return skip(i, end);
    }
    if (s_.is_word(end, "a.m.") || s_.is_word(end, "p.m.") || s_.is_word(end, "am") ||
        s_.is_word(end, "pm") || s_.is_word(end, "gmt") || s_.is_word(end, "utc") || s_.is_word(end, "th") ||
        s_.is_word(end, "st") || s_.is_word(end, "nd") || s_.is_word(end, "rd") ||
        (s_.is_word(end, "s") && attached(end))) {  // "the 1980s", "in the mid 50s"
      if (s_.is_word(end, "am") && !attached(end)) return kNone;
      return skip(i, end + 1);
    }
    return kNone;
  }

  // Unit, currency or percent right after a numeral; returns the index after it.
  std::size_t unit_after(std::size_t at, QuantityValue* q, QuantityMention* m, std::string* currency) {
    const auto& tables = UnitTables::instance();
    PhraseTable::Match match;
    std::size_t unit_at = at;
    bool hyphenated = false;
    if (s_.is_hyphen(at) && attached(at) && attached(at + 1)) {
      unit_at = at + 1;
      hyphenated = true;
    }
    // After a currency ("£200 bar", "$5 litre") a unit word is no unit of the amount.
    if (free(unit_at) && !money_ && tables.unit_at(s_.text, s_.tokens, unit_at, s_.size(), &match)) {
      std::size_t end = unit_at + match.length;
      const UnitInfo& info = bare_degrees(unit_at, end) && fahrenheit(q->value())
                                 ? tables.unit_infos[tables.fahrenheit]
                                 : tables.unit_infos[match.payload];
      q->set_kind(info.kind);
      q->set_unit(info.unit);
      q->set_dimension(info.dimension);
      q->set_written(q->value(), written(unit_at, end));
      q->set_value(q->value() * info.factor + info.offset);
      unit_factor_ = info.factor;
      if (info.kind == v1::QUANTITY_KIND_DURATION) {
        // "a five-year-old war", "five years old", "ten months old"
        if ((s_.is_hyphen(end) && s_.is_word(end + 1, "old")) || s_.is_word(end, "old")) {
          q->set_kind(v1::QUANTITY_KIND_AGE);
          end = s_.is_word(end, "old") ? end + 1 : end + 2;
        } else if (s_.is_word(end, "of") && s_.is_word(end + 1, "age")) {
          q->set_kind(v1::QUANTITY_KIND_AGE);  // "60 to 69 years of age"
        }
      }
      m->compound = hyphenated;
      return compound_tail(end, q, info);
    }
    if (hyphenated && free(unit_at) &&
        tables.currency_after.match_at(s_.text, s_.tokens, unit_at, s_.size(), &match)) {
      const CurrencyInfo& info = tables.currencies[match.payload];  // "a 1.06-billion-euro sanction"
      if (currency->empty()) {
        *currency = info.code;
        q->set_written(q->value(), written(unit_at, unit_at + match.length));
        q->set_value(q->value() * info.factor);
        unit_factor_ = info.factor;
      }
      m->compound = true;
      return unit_at + match.length;
    }
    if (hyphenated) {
      // "a 94-bed hospital", "a 10-point plan": the noun after the hyphen is what is counted.
      if (free(unit_at) && s_.tokens[unit_at].kind == TokenKind::word &&
          (s_.words[unit_at]->flags & ~kIdentifierNoun) == 0 && !s_.tokens[unit_at].capitalised) {
        m->compound = true;
        m->compound_noun = unit_at;
        return unit_at + 1;
      }
      return at;
    }
    if (free(at) && tables.currency_after.match_at(
                        s_.text, s_.tokens, at, s_.size(), &match, [&](std::uint32_t, std::size_t length) {
                          if (s_.tokens[at].kind != TokenKind::word) return true;
                          const std::size_t size = s_.token_text(at).size();
                          return (size != 3 || s_.tokens[at].all_caps || length > 1) &&
                                 (size > 1 || attached(at));
                        })) {
      const CurrencyInfo& info = tables.currencies[match.payload];
      if (currency->empty()) {
        *currency = info.code;
        q->set_written(q->value(), written(at, at + match.length));
        q->set_value(q->value() * info.factor);
        unit_factor_ = info.factor;
      }
      return money_tail(at + match.length, q, info);
    }
    return at;
  }

  // "degrees" or "°" with no scale after it.
  bool bare_degrees(std::size_t first, std::size_t end) const {
    if (end != first + 1) return false;
    const std::string_view word = s_.token_text(first);
    return equals_lower(word, "degrees") || equals_lower(word, "degree") || word == "\xC2\xB0";
  }

  // Is a bare "70 degrees" Fahrenheit? Where only Fahrenheit gives such a number for the air
  // or an oven (51-99, 101-149, 261-550), or where the document writes US customary units
  // (mph, inches, feet, °F); Celsius otherwise ("30 degrees", "bake at 180 degrees", "water
  // boils at 100 degrees").
  bool fahrenheit(double value) const {
    if ((value > 50 && value < 100) || (value > 100 && value < 150) || (value > 260 && value <= 550)) {
      return true;
    }
    if (value > 550) return false;
    if (doc_.us_customary < 0) {
      doc_.us_customary = 0;
      for (const std::string_view marker : {"mph", "MPH",
                                            "\xC2\xB0"
                                            "F",
                                            "Fahrenheit", "inches", "feet"}) {
        if (s_.text.find(marker) != std::string_view::npos) doc_.us_customary = 1;
      }
    }
    return doc_.us_customary == 1;
  }

  // The text of tokens [first, end).
  std::string written(std::size_t first, std::size_t end) const {
    const auto begin = s_.tokens[first].begin;
    return std::string(s_.text.substr(begin, s_.tokens[end - 1].end - begin));
  }

  // A second, smaller unit of the same dimension: "5 feet 10 inches", "2 hours 30 minutes".
  // Seconds in a duration unit ("minute": 60), 1 for the units of other dimensions.
  static double seconds_in(std::string_view unit) {
    static constexpr std::array<std::pair<std::string_view, double>, 7> kSeconds{{{"second", 1},
                                                                                  {"minute", 60},
                                                                                  {"hour", 3600},
                                                                                  {"day", 86400},
                                                                                  {"week", 604800},
                                                                                  {"month", 2629746},
                                                                                  {"year", 31556952}}};
    for (const auto& [name, seconds] : kSeconds) {
      if (name == unit) return seconds;
    }
    return 1;
  }

  std::size_t compound_tail(std::size_t end, QuantityValue* q, const UnitInfo& first) {
    const std::string& unit = first.unit;
    const double factor = first.factor;
    const std::string& dimension = first.dimension;
    const std::size_t at = s_.is_word(end, "and") ? end + 1 : end;
    Numeral part;
    if (!s_.is_number(at) || !digit_numeral(at, &part) || part.scaled) return end;
    PhraseTable::Match match;
    const auto& tables = UnitTables::instance();
    if (!free(part.end) || !tables.unit_at(s_.text, s_.tokens, part.end, s_.size(), &match)) return end;
    const UnitInfo& info = tables.unit_infos[match.payload];
    if (info.dimension != dimension || info.offset != 0) return end;
    // Each duration unit is its own normalised unit: compare them in seconds.
    const double ratio = (info.factor * seconds_in(info.unit)) / (factor * seconds_in(unit));
    if (ratio >= 1) return end;
    q->set_value(q->value() + part.value * info.factor * (seconds_in(info.unit) / seconds_in(unit)));
    return part.end + match.length;
  }

  // "3 dollars 50 cents": the smaller coin of the same currency.
  std::size_t money_tail(std::size_t end, QuantityValue* q, const CurrencyInfo& currency) {
    const std::size_t at = s_.is_word(end, "and") ? end + 1 : end;
    Numeral part;
    if (!s_.is_number(at) || !digit_numeral(at, &part) || part.scaled) return end;
    PhraseTable::Match match;
    const auto& tables = UnitTables::instance();
    if (!free(part.end) || !tables.currency_after.match_at(s_.text, s_.tokens, part.end, s_.size(), &match)) {
      return end;
    }
    const CurrencyInfo& info = tables.currencies[match.payload];
    if (info.code != currency.code || info.factor >= currency.factor) return end;
    q->set_value(q->value() + part.value * info.factor);
    return part.end + match.length;
  }

  // Parses the quantity starting at token i; fills `m` and returns the index after it.
  std::size_t parse(std::size_t i, QuantityMention* m) {
    const auto& tables = UnitTables::instance();
    QuantityValue& q = m->quantity;
    std::string currency;
    std::string currency_written;
    std::size_t at = i;
    PhraseTable::Match match;
    if (tables.currency_before.match_at(s_.text, s_.tokens, i, s_.size(), &match) &&
        currency_word_ok(i, match.length) &&
        (s_.is_number(i + match.length) || s_.has(i + match.length, kNumberWord) ||
         s_.is_word(i + match.length, "a"))) {
      currency = tables.currencies[match.payload].code;
      currency_written = written(i, i + match.length);
      at = i + match.length;
    }
    money_ = !currency.empty();
    unit_factor_ = 1;
    const VagueRange* vague = nullptr;
    bool fraction = false;
    bool multiple = false;
    Numeral n;
    std::size_t end = 0;
    if (rules_.vague.match_at(s_.text, s_.tokens, at, s_.size(), &match,
                              [&](std::uint32_t, std::size_t length) {
                                for (std::size_t k = at; k < at + length; ++k) {
                                  if (!free(k)) return false;
                                }
                                return true;
                              })) {
      vague = &policy_.vague[match.payload];
      end = at + match.length;
      n.value = vague->low;
      m->after_of = s_.is_word(end - 1, "of");
      // "hundreds of millions of dollars": a magnitude word after "of" scales the range.
    } else if (const std::size_t f = fraction_at(at, &n); f != kNone) {
      fraction = true;
      end = f;
      m->after_of = s_.is_word(end, "of");
    } else if (const std::size_t x = multiple_at(at, &n); x != kNone) {
      multiple = true;
      end = x;
    } else if (numeral(at, &n)) {
      if (idiomatic_one(at, n)) return kNone;
      if (const std::size_t skipped = not_a_claim(at, n); skipped != kNone) return skipped;
      end = n.end;
      // From here on the quantity starts at its sign or bare decimal point ("-1", ".08").
      if (at == i) i = signed_start(i, &n);
    } else if (const std::size_t unit = implied_one(at, &n); unit != kNone) {
      end = unit;
    } else {
      return kNone;
    }
    q.set_value(n.value);
    q.set_written(n.value, currency_written);

    if (fraction) {
      q.set_kind(v1::QUANTITY_KIND_FRACTION);
      q.set_unit("ratio");
    } else if (multiple) {
      q.set_kind(v1::QUANTITY_KIND_MULTIPLE);
      q.set_unit("times");
    } else {
      q.set_kind(v1::QUANTITY_KIND_COUNT);
      q.set_unit("count");
      end = unit_after(end, &q, m, &currency);
      if (vague != nullptr && currency.empty()) end = unit_after(end, &q, m, &currency);
    }
    if (!currency.empty()) {
      q.set_kind(v1::QUANTITY_KIND_MONEY);
      q.set_unit(currency);
    }
    if (n.implied && end == n.end) return kNone;  // "a" before a word that was not a unit after all

    // Ranges and from-to changes: "between 10 and 20 percent", "10-20", "from 900 million to 1.4 billion".
    const bool between = i > 0 && s_.is_word(i - 1, "between");
    const bool from = i > 0 && s_.is_word(i - 1, "from");
    double from_value = 0;
    bool has_from = false;
    // "from 3 to 5", "between 3 and 5": the word before belongs to the range as written.
    const bool worded_range = s_.is_word(end, "to") || s_.is_word(end, "and");
    // Words range with words only after "to" or "or": "two to three", "three or four shots".
    const bool digits = s_.is_number(at);
    const bool words =
        !digits && s_.has(at, kNumberWord) &&
        (s_.is_word(end, "to") || s_.is_word(end, "or") || (between && s_.is_word(end, "and")));
    // "from 55% to 18%", "between 5 km and 10 km", "by 50% to 70%": the unit written after both
    // numbers. Without "from" or "between" only upwards and not after a change ("rose 2% to 3%"
    // is a change and a level).
    const auto change_word = [&](std::size_t k) {
      return s_.is_word(k, "by") || s_.has(k, kIncrease) || s_.has(k, kDecrease);
    };
    // "by nearly 486 kb/d to 10.058 mb/d": the word before a hedge counts too.
    const bool changed = (i > 0 && change_word(i - 1)) || (i > 1 && change_word(i - 2));
    const bool unit_twice = (from || between || (s_.is_word(end, "to") && !changed)) && end > n.end &&
                            q.kind() != v1::QUANTITY_KIND_COUNT && q.kind() != v1::QUANTITY_KIND_MONEY;
    if (vague == nullptr && !fraction && !multiple && (digits || words) && (end == n.end || unit_twice) &&
        (s_.is_hyphen(end) || s_.is_punct(end, "\xE2\x80\x94") || s_.is_word(end, "to") ||
         s_.is_word(end, "or") || (between && s_.is_word(end, "and")))) {
      std::size_t second_at = end + 1;
      if (tables.currency_before.match_at(s_.text, s_.tokens, second_at, s_.size(), &match) &&
          currency_word_ok(second_at, match.length)) {
        if (currency.empty()) currency = tables.currencies[match.payload].code;
        second_at += match.length;
      }
      Numeral second;
      const bool second_numeral = digits || between
                                      ? s_.is_number(second_at) || s_.has(second_at, kNumberWord)
                                      : s_.has(second_at, kNumberWord);
      if ((digits && !between ? s_.is_number(second_at) : second_numeral) && numeral(second_at, &second)) {
        QuantityValue second_q;
        second_q.set_value(second.value);
        second_q.set_kind(v1::QUANTITY_KIND_COUNT);
        second_q.set_unit("count");
        std::string second_currency;
        QuantityMention scratch;
        const double first_factor = unit_factor_;
        const std::size_t second_end = unit_after(second.end, &second_q, &scratch, &second_currency);
        double first_value = q.value();
        if (!n.scaled && second.scaled) first_value *= second.scale;
        if (q.kind() == v1::QUANTITY_KIND_COUNT && second_q.kind() != v1::QUANTITY_KIND_COUNT) {
          q.set_kind(second_q.kind());
          q.set_unit(second_q.unit());
          q.set_dimension(second_q.dimension());
          first_value *= unit_factor_;
        } else {
          unit_factor_ = first_factor;
        }
        if (!second_currency.empty() && currency.empty()) currency = second_currency;
        if (!currency.empty()) {
          q.set_kind(v1::QUANTITY_KIND_MONEY);
          q.set_unit(currency);
        }
        if ((second_q.kind() == q.kind() || second_q.kind() == v1::QUANTITY_KIND_COUNT) &&
            (!unit_twice ||
             (second_q.unit() == q.unit() && (from || between || second_q.value() >= first_value)))) {
          from_value = first_value;
          has_from = true;
          q.set_value(second_q.value());
          q.set_written(second_q.written_unit().empty() ? second.value : second_q.written_value(),
                        second_q.written_unit().empty() ? q.written_unit() : second_q.written_unit());
          n.precision = second.precision * unit_factor_;
          end = second_end;
        }
      }
    }

    // "fell to 5 percent from 15 percent": the level now, and where it came from.
    bool to_from = false;
    if (!has_from && vague == nullptr && !fraction && !multiple && i > 0 && s_.is_word(i - 1, "to") &&
        s_.is_word(end, "from")) {
      std::size_t second_at = end + 1;
      if (tables.currency_before.match_at(s_.text, s_.tokens, second_at, s_.size(), &match) &&
          currency_word_ok(second_at, match.length)) {
        second_at += match.length;
      }
      Numeral second;
      if (s_.is_number(second_at) && numeral(second_at, &second)) {
        QuantityValue second_q;
        second_q.set_value(second.value);
        second_q.set_kind(v1::QUANTITY_KIND_COUNT);
        std::string second_currency;
        QuantityMention scratch;
        const double first_factor = unit_factor_;
        const std::size_t second_end = unit_after(second.end, &second_q, &scratch, &second_currency);
        unit_factor_ = first_factor;
        double second_value = second_q.value();
        if (second_q.kind() == v1::QUANTITY_KIND_COUNT) second_value *= unit_factor_;
        if (!second.scaled && n.scaled) second_value *= n.scale;
        if (second_q.kind() == v1::QUANTITY_KIND_COUNT || second_q.kind() == q.kind() ||
            !second_currency.empty()) {
          from_value = second_value;
          has_from = true;
          to_from = true;
          end = second_end;
        }
      }
    }

    // Hedges before ("nearly", "more than") and after ("or so", "or more").
    std::size_t first = i;
    const HedgeRule* hedge = nullptr;
    if (rules_.hedge_before.match_ending_at(s_.text, s_.tokens, 0, i, &match)) {
      bool ok = true;
      for (std::size_t k = i - match.length; k < i; ++k) ok = ok && free(k);
      if (ok) {
        hedge = &policy_.hedges[match.payload];
        first = i - match.length;
      }
    }
    // "over two years" is a span of time, not "more than two years"; "passed three bills" and
    // "crossed two rivers" count what was passed, where "passed 200 million" is a bound.
    if (hedge != nullptr && first + 1 == i &&
        ((q.kind() == v1::QUANTITY_KIND_DURATION && s_.is_word(first, "over")) ||
         (q.kind() == v1::QUANTITY_KIND_COUNT && !n.scaled && q.value() < 100 &&
          ambiguous_bound_verb(first)))) {
      hedge = nullptr;
      first = i;
    }
    // "peak demand exceeded the 14.5GW it managed to generate": the verb bounds its subject;
    // the number, which a relative clause describes, is exact.
    if (hedge != nullptr && s_.has(first, kVerb) &&
        (s_.is_word(end, "it") || s_.is_word(end, "they") || s_.is_word(end, "which") ||
         s_.is_word(end, "we"))) {
      hedge = nullptr;
      first = i;
    }
    const std::size_t numeral_end = end;
    if (hedge == nullptr && rules_.hedge_after.match_at(s_.text, s_.tokens, end, s_.size(), &match)) {
      hedge = &policy_.hedges[match.payload];
      end += match.length;
    }
    if (hedge != nullptr) {
      const std::size_t hedge_first = first < i ? first : numeral_end;
      const std::size_t hedge_last = first < i ? i - 1 : end - 1;
      const auto begin = s_.tokens[hedge_first].begin;
      q.set_hedge(std::string(s_.text.substr(begin, s_.tokens[hedge_last].end - begin)));
    }

    // Changes: "rose by 5%", "fell 3 percent", "up 2 percentage points", "from 900 to 1,400".
    if (has_from && ((from && !between) || to_from)) {
      q.set_change(v1::CHANGE_KIND_FROM_TO);
      q.set_from_value(from_value);
    } else if (has_from) {
      q.set_from_value(from_value);
    }
    if ((!has_from || between || !from) && !to_from) {
      std::size_t before = first;
      if (before > 0 && s_.is_word(before - 1, "by")) --before;
      // "an increase of 61 percent"
      const bool of_change = before > 1 && s_.is_word(before - 1, "of");
      const std::size_t verb = of_change ? before - 2 : before - 1;
      // "up 5%" after a comma or "was", not "made up 40 percent".
      const bool particle = before > 0 && (s_.is_word(verb, "up") || s_.is_word(verb, "down"));
      const bool particle_ok = !particle || verb == 0 || s_.tokens[verb - 1].kind == TokenKind::punct ||
                               s_.is_word(verb - 1, "was") || s_.is_word(verb - 1, "were") ||
                               s_.is_word(verb - 1, "is") || s_.is_word(verb - 1, "are");
      if (before > 0 && particle_ok && s_.has(verb, kIncrease)) {
        q.set_change(v1::CHANGE_KIND_INCREASE);
      } else if (before > 0 && particle_ok && s_.has(verb, kDecrease)) {
        q.set_change(v1::CHANGE_KIND_DECREASE);
      } else if (end < s_.size() &&
                 (s_.is_word(end, "rise") || s_.is_word(end, "increase") || s_.is_word(end, "jump") ||
                  s_.is_word(end, "gain") || s_.is_word(end, "growth"))) {
        q.set_change(v1::CHANGE_KIND_INCREASE);
      } else if (end < s_.size() &&
                 (s_.is_word(end, "drop") || s_.is_word(end, "fall") || s_.is_word(end, "decline") ||
                  s_.is_word(end, "decrease") || s_.is_word(end, "cut"))) {
        q.set_change(v1::CHANGE_KIND_DECREASE);
      } else if (s_.is_word(end + 1, "than")) {
        // "38% more than the year before": a difference from another figure, not a level.
        if (s_.is_word(end, "more") || s_.is_word(end, "higher") || s_.is_word(end, "greater")) {
          q.set_change(v1::CHANGE_KIND_INCREASE);
        } else if (s_.is_word(end, "less") || s_.is_word(end, "lower") || s_.is_word(end, "fewer")) {
          q.set_change(v1::CHANGE_KIND_DECREASE);
        }
      }
    }

    // "children under five", "aged 15": ages, not counts.
    if (q.kind() == v1::QUANTITY_KIND_COUNT && q.value() <= 120 && first > 0 &&
        (s_.is_word(first - 1, "children") || s_.is_word(first - 1, "aged") ||
         s_.is_word(first - 1, "ages") || s_.is_word(first - 1, "age") ||
         (first > 2 && s_.is_word(first - 1, "of") &&
          (s_.is_word(first - 2, "age") || s_.is_word(first - 2, "ages"))) ||
         s_.is_word(first - 1, "turned") || s_.is_word(first - 1, "turns") ||
         s_.is_word(first - 1, "turning") ||
         // "Kiptum, 23, ran": a name's age between commas
         (first > 1 && s_.is_punct(first - 1, ",") && s_.tokens[first - 2].capitalised &&
          s_.is_punct(end, ",") && end == first + 1 && s_.is_number(first) && q.value() >= 1))) {
      q.set_kind(v1::QUANTITY_KIND_AGE);
      q.set_unit("year");
    }
    set_band(&q, n, hedge, vague, fraction, multiple, has_from && !from && !to_from ? &from_value : nullptr);
    if (vague != nullptr) q.set_vague(true);
    if ((from || between) && has_from) first = std::min(first, i - 1);
    m->first = first;
    m->end = end;
    m->numeral_end = numeral_end;
    m->written_first = (from || between) && has_from && worded_range ? i - 1 : i;
    if (q.dimension().empty()) q.set_dimension(dimension_of(q.kind()));
    // A bare "$" or "dollars" is the dollar of the country the page is published in.
    if (q.kind() == v1::QUANTITY_KIND_MONEY && q.unit() == "USD" && doc_.dollar != "USD" &&
        q.written_unit().find("US") == std::string::npos &&
        q.written_unit().find("U.S") == std::string::npos) {
      q.set_unit(std::string(doc_.dollar));
    }
    return end;
  }

  // Verbs that bound a figure ("passed 200 million") but as often take a count of things.
  bool ambiguous_bound_verb(std::size_t k) const {
    return s_.is_word(k, "passed") || s_.is_word(k, "passes") || s_.is_word(k, "passing") ||
           s_.is_word(k, "crossed") || s_.is_word(k, "crosses") || s_.is_word(k, "crossing") ||
           s_.is_word(k, "topped") || s_.is_word(k, "tops");
  }

  static std::string_view dimension_of(v1::QuantityKind kind) {
    switch (kind) {
      case v1::QUANTITY_KIND_MONEY:
        return "currency";
      case v1::QUANTITY_KIND_PERCENT:
      case v1::QUANTITY_KIND_PERCENTAGE_POINTS:
        return "percent";
      case v1::QUANTITY_KIND_FRACTION:
      case v1::QUANTITY_KIND_MULTIPLE:
        return "ratio";
      case v1::QUANTITY_KIND_AGE:
      case v1::QUANTITY_KIND_DURATION:
        return "time";
      default:
        return "count";
    }
  }

  // The first token of a number with its sign or bare decimal point: "-1", "minus 4", "-.5".
  std::size_t signed_start(std::size_t i, Numeral* n) const {
    std::size_t first = leading_point(i) ? i - 1 : i;
    if (first == 0 || !free(first - 1)) return first;
    const std::size_t sign = first - 1;
    const std::string_view mark = s_.token_text(sign);
    const bool symbol = (mark == "-" || mark == kMinusSign || mark == "+") && attached(first) &&
                        (sign == 0 || s_.tokens[sign].space_before ||
                         (s_.tokens[sign - 1].kind == TokenKind::punct && !s_.is_hyphen(sign - 1)));
    if (!symbol && !s_.is_word(sign, "minus")) return first;
    if (mark != "+") n->value = -n->value;
    return sign;
  }

  // A unit word after "a", "an", "all" or "half a" that stands for one of it: "a dollar",
  // "for a week", "all day", "half an hour", "half a million". Returns the unit's token.
  std::size_t implied_one(std::size_t i, Numeral* n) {
    double value = 1;
    std::size_t unit = i + 1;
    const bool all = s_.is_word(i, "all");
    if (s_.is_word(i, "half") && (s_.is_word(i + 1, "a") || s_.is_word(i + 1, "an"))) {
      value = 0.5;
      unit = i + 2;
      if (s_.has(unit, kMagnitude) || s_.has(unit, kDozen)) {
        n->value = 0.5 * s_.words[unit]->number;
        n->precision = n->value / 5;
        n->end = unit + 1;
        return unit + 1;
      }
    } else if (!all && !s_.is_word(i, "a") && !s_.is_word(i, "an")) {
      return kNone;
    }
    if (!free(unit) || !s_.has(unit, kImpliedUnit)) return kNone;
    const auto& tables = UnitTables::instance();
    PhraseTable::Match match;
    bool duration = false;
    if (tables.units.match_at(s_.text, s_.tokens, unit, s_.size(), &match)) {
      const UnitInfo& info = tables.unit_infos[match.payload];
      if (!info.implied) return kNone;
      duration = info.kind == v1::QUANTITY_KIND_DURATION;
    }
    if (all && !duration) return kNone;
    // "$5 a litre", "twice a day", "per year": a rate.
    if (i > 0 && (s_.use[i - 1] == TokenUse::quantity || s_.is_word(i - 1, "per") ||
                  s_.is_word(i - 1, "once") || s_.is_word(i - 1, "twice") || s_.is_word(i - 1, "times"))) {
      return kNone;
    }
    // "for a week", "less than a year": a span of time; "a day after" is a point in time.
    if (duration && !all && value == 1 && !s_.is_word(unit, "fortnight") &&
        !(i > 0 &&
          (s_.is_word(i - 1, "for") || s_.is_word(i - 1, "within") || s_.is_word(i - 1, "than") ||
           s_.is_word(i - 1, "about") || s_.is_word(i - 1, "almost") || s_.is_word(i - 1, "nearly") ||
           s_.is_word(i - 1, "just") || s_.is_word(i - 1, "only") || s_.is_word(i - 1, "around") ||
           s_.is_word(i - 1, "took") || s_.is_word(i - 1, "takes") || s_.is_word(i - 1, "lasted")))) {
      return kNone;
    }
    n->value = value;
    n->precision = value;
    n->end = unit;
    n->implied = true;
    return unit;
  }

  // "a third", "two thirds", "three-quarters", "half": returns the end, or kNone.
  std::size_t fraction_at(std::size_t i, Numeral* n) {
    if (!free(i)) return kNone;
    if (s_.is_word(i, "half") && !(i > 0 && s_.has(i - 1, kOrdinal)) && !s_.is_hyphen(i + 1) &&
        !(s_.is_word(i + 1, "a") &&
          (s_.has(i + 2, kDozen) || s_.has(i + 2, kMagnitude) || s_.has(i + 2, kImpliedUnit))) &&
        !s_.is_word(i + 1, "an") && !s_.is_word(i + 1, "time")) {
      n->value = 0.5;
      n->precision = 0.05;
      return i + 1;
    }
    // "one in five": a ratio.
    // "one in five", "three in five homeowners", "9 in 10": a ratio.
    if (s_.is_word(i + 1, "in") && (s_.has(i, kNumberWord) || (s_.is_number(i) && integer(i)))) {
      double numerator = 0;
      double unused = 0;
      if (s_.is_number(i)) {
        parse_digits(s_.token_text(i), 3, &numerator, &unused);
      } else if (!s_.has(i, kTens) || s_.words[i]->number >= 1) {
        numerator = s_.words[i]->number;
      }
      Numeral denominator;
      PhraseTable::Match unit;
      if (numerator >= 1 && numeral(i + 2, &denominator) && denominator.value >= 2 &&
          denominator.value > numerator && !denominator.scaled &&
          (numerator == 1 || denominator.value <= 1000) &&
          !UnitTables::instance().unit_at(s_.text, s_.tokens, denominator.end, s_.size(), &unit)) {
        n->value = numerator / denominator.value;
        n->precision = n->value / 10;
        return denominator.end;
      }
    }
    double numerator = 0;
    if (s_.is_word(i, "a") || s_.is_word(i, "an")) {
      numerator = 1;
    } else if (s_.has(i, kNumberWord) && !s_.has(i, kTens) && s_.words[i]->number >= 1 &&
               s_.words[i]->number <= 10) {
      numerator = s_.words[i]->number;
    } else {
      return kNone;
    }
    std::size_t at = i + 1;
    if (s_.is_hyphen(at) && attached(at) && attached(at + 1)) ++at;
    if (!free(at) || !s_.has(at, kFraction) || s_.is_hyphen(at + 1)) return kNone;
    const double denominator = s_.words[at]->number;
    if (numerator >= denominator) return kNone;
    // "a quarter" of a year is time: "the first quarter" never reaches here (no article).
    if (s_.is_word(at, "quarter") && (s_.is_word(at + 1, "century") || s_.is_word(at + 1, "mile")))
      return kNone;
    if (s_.is_word(at, "half") && s_.has(at + 1, kDozen)) return kNone;
    n->value = numerator / denominator;
    n->precision = 0.01;
    return at + 1;
  }

  // "double", "tripled", "halved", "three times", "fourfold".
  std::size_t multiple_at(std::size_t i, Numeral* n) {
    if (!free(i)) return kNone;
    if (s_.has(i, kMultiple) && !s_.is_hyphen(i + 1)) {
      const std::string_view word = s_.token_text(i);
      const bool inflected = word.ends_with("d") || word.ends_with("ing") || word.ends_with("fold") ||
                             equals_lower(word, "twice");
      const bool verb_slot =
          i > 0 && (s_.is_word(i - 1, "to") || s_.has(i - 1, kForecast) || s_.is_word(i - 1, "than") ||
                    s_.is_word(i - 1, "nearly") || s_.is_word(i - 1, "almost") ||
                    s_.is_word(i - 1, "roughly") || s_.is_word(i - 1, "about"));
      if (!inflected && !verb_slot) return kNone;
      if (s_.is_word(i, "halves")) return kNone;
      // "once or twice a week", "twice a day": how often, not how many times as much.
      if (equals_lower(word, "twice") &&
          (s_.is_word(i - 1, "or") || s_.is_word(i + 1, "a") || s_.is_word(i + 1, "per") ||
           s_.is_word(i + 1, "daily") || s_.is_word(i + 1, "weekly") || s_.is_word(i + 1, "yearly"))) {
        return kNone;
      }
      n->value = s_.words[i]->number;
      n->precision = 0.1;
      return i + 1;
    }
    Numeral count;
    // "a two-fold increase", "a 10-fold rise"
    if (numeral(i, &count) && s_.is_hyphen(count.end) && attached(count.end) &&
        s_.is_word(count.end + 1, "fold") && attached(count.end + 1)) {
      n->value = count.value;
      n->precision = count.precision;
      return count.end + 2;
    }
    if (numeral(i, &count) && s_.is_word(count.end, "times") &&
        (s_.is_word(count.end + 1, "as") || s_.is_word(count.end + 1, "more") ||
         s_.is_word(count.end + 1, "higher") || s_.is_word(count.end + 1, "larger") ||
         s_.is_word(count.end + 1, "bigger") || s_.is_word(count.end + 1, "greater") ||
         s_.is_word(count.end + 1, "the") || s_.is_word(count.end + 1, "that") ||
         s_.is_word(count.end + 1, "less") || s_.is_word(count.end + 1, "faster") ||
         s_.is_word(count.end + 1, "what"))) {
      n->value = count.value;
      n->precision = count.precision;
      return count.end + 1;
    }
    return kNone;
  }

  void set_band(QuantityValue* q, const Numeral& n, const HedgeRule* hedge, const VagueRange* vague,
                bool fraction, bool multiple, const double* range_low) const {
    BandValue* band = q->mutable_band();
    const double value = q->value();
    if (vague != nullptr) {
      band->set_low(vague->low);
      band->set_high(vague->high);
      band->set_low_inclusive(true);
      band->set_high_inclusive(false);
      band->set_rule("vague:" + vague->name);
      return;
    }
    if (range_low != nullptr) {
      band->set_low(std::min(*range_low, value));
      band->set_high(std::max(*range_low, value));
      band->set_low_inclusive(true);
      band->set_high_inclusive(true);
      band->set_rule("range");
      if (hedge == nullptr) return;
    }
    // "more than halved": past a factor below one means further down, [0, 0.5).
    if (hedge != nullptr && multiple && value < 1 && hedge->low_factor && !hedge->high_factor) {
      band->set_low(0);
      band->set_high(value * *hedge->low_factor);
      band->set_low_inclusive(true);
      band->set_high_inclusive(hedge->low_inclusive);
      band->set_rule("hedge:" + hedge->name);
      return;
    }
    if (hedge != nullptr) {
      if (hedge->low_factor) band->set_low(value * *hedge->low_factor);
      if (hedge->high_factor) band->set_high(value * *hedge->high_factor);
      band->set_low_inclusive(hedge->low_inclusive);
      band->set_high_inclusive(hedge->high_inclusive);
      band->set_rule("hedge:" + hedge->name);
      if (range_low != nullptr && hedge->low_factor) band->set_low(*range_low * *hedge->low_factor);
      return;
    }
    double tolerance = 0;
    if (fraction) {
      tolerance = value * policy_.fraction_relative;
      band->set_rule("fraction");
    } else if (multiple) {
      tolerance = value * policy_.multiple_relative;
      band->set_rule("multiple");
    } else {
      const auto& r = policy_.rounding;
      const double precision = n.precision * unit_factor_;
      tolerance = std::clamp(precision / 2 * r.half_unit_factor, std::abs(value) * r.min_relative,
                             std::abs(value) * r.max_relative);
      band->set_rule("rounding");
    }
    band->set_low(value - tolerance);
    band->set_high(value + tolerance);
    band->set_low_inclusive(true);
    band->set_high_inclusive(true);
  }

  Sentence& s_;
  const QuantityRules& rules_;
  const Policy& policy_;
  DocumentUnits& doc_;
  QuantityStats* stats_;
  std::size_t skip_end_ = 0;
  double unit_factor_ = 1;
  bool money_ = false;  // a currency was written before the quantity being parsed
};

}  // namespace

void find_quantities(Sentence* sentence, const QuantityRules& rules, DocumentUnits* doc,
                     std::vector<QuantityMention>* out, QuantityStats* stats) {
  Parser(sentence, rules, doc, stats).run(out);
}

std::string_view local_dollar(std::string_view source_url) {
  std::string_view host =
      source_url.substr(source_url.find("://") == std::string_view::npos ? 0 : source_url.find("://") + 3);
  host = host.substr(0, host.find_first_of("/:?#"));
  const std::string_view country =
      host.substr(host.rfind('.') == std::string_view::npos ? host.size() : host.rfind('.') + 1);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kDollars{
      {{"au", "AUD"}, {"nz", "NZD"}, {"ca", "CAD"}, {"sg", "SGD"}, {"hk", "HKD"}}};
  for (const auto& [domain, code] : kDollars) {
    if (equals_lower(country, domain)) return code;
  }
  return "USD";
}

}  // namespace factcheck::extract
