// The extractor's English word knowledge: number words, magnitudes, fractions, multiples,
// units, currencies, calendar words, function words and the cue verbs of plans, forecasts
// and changes. One table, looked up once per token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/key_table.hpp"
#include "factcheck/v1/types.pb.h"

namespace factcheck::extract {

enum WordFlag : std::uint32_t {
  kNumberWord = 1U << 0,   // zero..ninety (value)
  kTens = 1U << 1,         // twenty..ninety
  kHundred = 1U << 2,      // hundred
  kMagnitude = 1U << 3,    // thousand, million, billion, trillion (value)
  kScaleSuffix = 1U << 4,  // bn, mn, m, k, tn after digits (value)
  kDozen = 1U << 5,
  kFraction = 1U << 6,          // half, third(s), quarter(s)... (denominator)
  kOrdinal = 1U << 7,           // first, second, third...
  kMultiple = 1U << 8,          // double(d), triple(d), halved, twofold (value = factor)
  kMonth = 1U << 9,             // month number in `number`
  kWeekday = 1U << 10,          // 0 = Monday ... 6 = Sunday in `number`
  kSeason = 1U << 11,           // summer, winter...
  kStop = 1U << 12,             // function words: never part of a cue phrase
  kVerb = 1U << 13,             // common verbs: end a cue phrase
  kIncrease = 1U << 14,         // rose, increased, up
  kDecrease = 1U << 15,         // fell, dropped, down
  kPlan = 1U << 16,             // plans, aims, target
  kPromise = 1U << 17,          // vowed, pledged
  kForecast = 1U << 18,         // will, could, expected, forecast
  kCondition = 1U << 19,        // if, unless
  kTimePreposition = 1U << 20,  // in, since, by, from... before a year
  kIdentifierNoun = 1U << 21,   // Resolution 2254, Flight 17
  kTimeModifier = 1U << 22,     // annual, daily, monthly: split from cue phrases
  kCurrencyCode = 1U << 23,     // USD, EUR (all caps)
  kDeterminer = 1U << 24,
  kClauseBreak = 1U << 25,  // that, which, who, while, but: start a new clause
  kPreposition = 1U << 26,
  kVagueStart = 1U << 27,   // dozens, hundreds, thousands, several...: may start a vague magnitude
  kTimeStart = 1U << 28,    // words that may start a relative time expression
  kEvent = 1U << 29,        // opened, launched, signed: a one-off event placed in time
  kImpliedUnit = 1U << 30,  // mile, week, dollar: "a mile", "for a week" are quantities of one
  kMostly = 1U << 31,       // mostly, mainly, largely: "mostly made up of" claims a composition
};

struct WordInfo {
  std::uint32_t flags = 0;
  double number = 0;
};

// The flags and value of a token, or an empty WordInfo when the word is unknown.
class Lexicon {
 public:
  static const Lexicon& instance();
  const WordInfo& lookup(std::string_view text, const text::Token& token) const {
    std::uint32_t index = 0;
    if (token.kind != text::TokenKind::word || !map_.find(token.key, text, &index)) return empty_;
    return infos_[index];
  }
  // lookup() of each of `tokens` (which index `text`, so no bounds checks) into
  // out[0, tokens.size()).
  void lookup_all(std::string_view text, const std::vector<text::Token>& tokens, const WordInfo** out) const {
    const KeyMap::View map = map_.view();
    const WordInfo* const infos = infos_.data();
    for (const text::Token& token : tokens) {
      std::uint32_t index = 0;
      const bool found = token.kind == text::TokenKind::word &&
                         map.find(token.key, {text.data() + token.begin, token.end - token.begin}, &index);
      *out++ = found ? &infos[index] : &empty_;
    }
  }

 private:
  Lexicon();
  void add(std::string_view word, std::uint32_t flags, double number = 0);
  KeyMap map_;
  std::vector<WordInfo> infos_;
  WordInfo empty_;
};

// How a unit's spelling may follow its number.
enum class UnitMatch : std::uint8_t {
  any,    // spaced or glued, any case: "75 ml", "75ml", "75 ML"
  exact,  // spaced or glued, written exactly as listed: "30 C", "125F", "5 MW"
  glued,  // only touching the number, any case: "3h", "5in"
};

// A unit of measure after a number ("megawatts", "sq km", "days"): a row of units.csv.
struct UnitInfo {
  v1::QuantityKind kind = v1::QUANTITY_KIND_MEASURE;
  std::string dimension;  // "length", "mass", "time", "percent"...
  std::string unit;       // normalised: "MW", "km2", "day", "percent", "pp"
  double factor = 1;      // normalised value = value * factor + offset
  double offset = 0;
  UnitMatch match = UnitMatch::any;
  bool implied = false;  // "a mile", "for a week": the article is one
  std::vector<std::string> phrases;
};

// A currency: a row of currencies.csv.
struct CurrencyInfo {
  std::string code;   // ISO 4217
  double factor = 1;  // "cents": 0.01
};

// Units and currencies are phrase tables: "per cent", "square kilometres", "US dollars". The
// rows are data (units.csv, currencies.csv) compiled in.
struct UnitTables {
  static const UnitTables& instance();
  // The unit spelled at tokens[i], after a number that ends at tokens[i - 1]: longest phrase
  // whose row admits the spacing and case it is written with.
  bool unit_at(std::string_view text, const std::vector<text::Token>& tokens, std::size_t i, std::size_t end,
               PhraseTable::Match* match) const;
  PhraseTable units;  // payload: index into `unit_infos`
  std::vector<UnitInfo> unit_infos;
  std::uint32_t fahrenheit = 0;  // the row of "Fahrenheit": a bare "degrees" read as it
  PhraseTable currency_before;   // "$", "US$", "USD", "€": payload index into `currencies`
  PhraseTable currency_after;    // "dollars", "euros", "Iraqi dinars", "cents"
  std::vector<CurrencyInfo> currencies;
  std::vector<std::string> implied_currency_words;  // "dollar", "euros", "cents": "a dollar"
  std::vector<std::string> currency_code_words;     // "USD", "EUR", "Rs": codes written before a number

 private:
  UnitTables();
};

}  // namespace factcheck::extract
