#include "extract/lexicon.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <initializer_list>
#include <utility>

namespace factcheck::extract {
namespace {

void add_all(Lexicon* lexicon, std::initializer_list<std::string_view> words, std::uint32_t flags,
             void (Lexicon::*add)(std::string_view, std::uint32_t, double)) {
  for (const auto word : words) (lexicon->*add)(word, flags, 0);
}

}  // namespace

const Lexicon& Lexicon::instance() {
  static const Lexicon lexicon;
  return lexicon;
}

void Lexicon::add(std::string_view word, std::uint32_t flags, double number) {
  std::uint32_t index = 0;
  const std::uint64_t key = text::token_key(word);
  if (map_.find(key, word, &index)) {
    infos_[index].flags |= flags;
    if (number != 0) infos_[index].number = number;
    return;
  }
  index = static_cast<std::uint32_t>(infos_.size());
  infos_.push_back({flags, number});
  map_.insert(word, index);
}

Lexicon::Lexicon() {
  constexpr std::array<std::string_view, 20> kUnits{
      "zero",     "one",     "two",     "three",     "four",     "five",    "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  for (std::size_t i = 0; i < kUnits.size(); ++i) add(kUnits[i], kNumberWord, static_cast<double>(i));
  constexpr std::array<std::string_view, 8> kTensWords{"twenty", "thirty",  "forty",  "fifty",
                                                       "sixty",  "seventy", "eighty", "ninety"};
  for (std::size_t i = 0; i < kTensWords.size(); ++i) {
    add(kTensWords[i], kNumberWord | kTens, static_cast<double>((i + 2) * 10));
  }
  add("hundred", kHundred, 100);
  add("thousand", kMagnitude, 1e3);
  add("million", kMagnitude, 1e6);
  add("billion", kMagnitude, 1e9);
  add("trillion", kMagnitude, 1e12);
  add("lakh", kMagnitude, 1e5);  // Indian English: 1,00,000
  add("lakhs", kMagnitude, 1e5);
  add("crore", kMagnitude, 1e7);  // 1,00,00,000
  add("crores", kMagnitude, 1e7);
  for (const auto& [word, value] :
       std::initializer_list<std::pair<std::string_view, double>>{{"bn", 1e9},
                                                                  {"bln", 1e9},
                                                                  {"b", 1e9},
                                                                  {"mn", 1e6},
                                                                  {"mln", 1e6},
                                                                  {"mil", 1e6},
                                                                  {"mill", 1e6},
                                                                  {"m", 1e6},
                                                                  {"k", 1e3},
                                                                  {"tn", 1e12},
                                                                  {"trn", 1e12}}) {
    add(word, kScaleSuffix, value);
  }
  add("dozen", kDozen, 12);
  for (const auto& [word, denominator] :
       std::initializer_list<std::pair<std::string_view, double>>{{"half", 2},
                                                                  {"halves", 2},
                                                                  {"third", 3},
                                                                  {"thirds", 3},
                                                                  {"quarter", 4},
                                                                  {"quarters", 4},
                                                                  {"fifth", 5},
                                                                  {"fifths", 5},
                                                                  {"sixth", 6},
                                                                  {"sixths", 6},
                                                                  {"seventh", 7},
                                                                  {"sevenths", 7},
                                                                  {"eighth", 8},
                                                                  {"eighths", 8},
                                                                  {"ninth", 9},
                                                                  {"ninths", 9},
                                                                  {"tenth", 10},
                                                                  {"tenths", 10}}) {
    add(word, kFraction, denominator);
  }
  add_all(this,
          {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
           "last", "final", "next", "previous"},
          kOrdinal, &Lexicon::add);
  for (const auto& [word, factor] : std::initializer_list<std::pair<std::string_view, double>>{
           {"double", 2},      {"doubled", 2},    {"doubling", 2},  {"doubles", 2},   {"triple", 3},
           {"tripled", 3},     {"tripling", 3},   {"triples", 3},   {"quadruple", 4}, {"quadrupled", 4},
           {"quadrupling", 4}, {"halve", 0.5},    {"halved", 0.5},  {"halving", 0.5}, {"halves", 0.5},
           {"twofold", 2},     {"threefold", 3},  {"fourfold", 4},  {"fivefold", 5},  {"tenfold", 10},
           {"sixfold", 6},     {"sevenfold", 7},  {"eightfold", 8}, {"ninefold", 9},  {"hundredfold", 100},
           {"quintuple", 5},   {"quintupled", 5}, {"sextuple", 6},  {"sextupled", 6}}) {
    add(word, kMultiple, factor);
  }
  constexpr std::array<std::pair<std::string_view, int>, 24> kMonths{
      {{"january", 1}, {"february", 2}, {"march", 3},     {"april", 4},    {"may", 5},       {"june", 6},
       {"july", 7},    {"august", 8},   {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
       {"jan", 1},     {"feb", 2},      {"mar", 3},       {"apr", 4},      {"jun", 6},       {"jul", 7},
       {"aug", 8},     {"sep", 9},      {"sept", 9},      {"oct", 10},     {"nov", 11},      {"dec", 12}}};
  for (const auto& [word, month] : kMonths) add(word, kMonth, month);
  constexpr std::array<std::string_view, 7> kWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                                      "friday", "saturday", "sunday"};
  for (std::size_t i = 0; i < kWeekdays.size(); ++i) add(kWeekdays[i], kWeekday, static_cast<double>(i));
  for (const auto& [word, season] : std::initializer_list<std::pair<std::string_view, double>>{
           {"spring", 1}, {"summer", 2}, {"autumn", 3}, {"winter", 4}}) {
    add(word, kSeason | kTimeModifier, season);
  }
  add_all(this, {"annual", "annually", "yearly", "monthly", "weekly", "daily", "quarterly", "seasonal"},
          kTimeModifier, &Lexicon::add);
  add_all(this,
          {"the",   "a",     "an",   "its",   "their", "his", "her",  "our",  "my", "your", "this", "that",
           "these", "those", "each", "every", "any",   "all", "both", "such", "no", "'s",   "’s"},
          kStop | kDeterminer, &Lexicon::add);
  add_all(this, {"of",      "in",         "on",     "at",      "by",      "for",       "with",    "from",
                 "to",      "into",       "onto",   "between", "among",   "across",    "against", "about",
                 "around",  "over",       "under",  "after",   "before",  "during",    "since",   "until",
                 "through", "throughout", "within", "without", "per",     "via",       "than",    "toward",
                 "towards", "near",       "along",  "amid",    "despite", "including", "like",    "up",
                 "down",    "out",        "off"},
          kStop | kPreposition, &Lexicon::add);
  add_all(this, {"and",       "or",        "but",   "nor",       "so",       "yet",      "as",
                 "if",        "while",     "when",  "where",     "whereas",  "although", "though",
                 "because",   "which",     "who",   "whom",      "whose",    "what",     "that",
                 "it",        "they",      "he",    "she",       "we",       "i",        "you",
                 "them",      "him",       "us",    "me",        "there",    "here",     "not",
                 "also",      "only",      "just",  "more",      "most",     "less",     "least",
                 "than",      "very",      "some",  "many",      "much",     "few",      "several",
                 "other",     "another",   "same",  "own",       "one",      "ones",     "mostly",
                 "mainly",    "largely",   "about", "almost",    "nearly",   "roughly",  "approximately",
                 "estimated", "according", "said",  "says",      "say",      "told",     "is",
                 "are",       "was",       "were",  "be",        "been",     "being",    "has",
                 "have",      "had",       "do",    "does",      "did",      "will",     "would",
                 "could",     "can",       "may",   "might",     "should",   "must",     "shall",
                 "now",       "then",      "still", "already",   "even",     "last",     "next",
                 "ago",       "year",      "years", "month",     "months",   "week",     "weeks",
                 "day",       "days",      "today", "yesterday", "tomorrow", "percent",  "per",
                 "cent",      "its",       "total", "some",      "against",  "new",      "further",
                 "made",      "make",      "up",    "far"},
          kStop, &Lexicon::add);
  add_all(
      this,
      {"that", "which", "who", "while", "but", "whereas", "although", "though", "because", "when", "where"},
      kClauseBreak, &Lexicon::add);
  add_all(this,
          {"meet",      "meets",      "met",       "came",       "come",        "comes",     "reach",
           "reached",   "reaches",    "stood",     "stand",      "stands",      "totalled",  "totaled",
           "totals",    "amounted",   "amounts",   "hit",        "hits",        "exceeded",  "exceeds",
           "topped",    "tops",       "killed",    "seized",     "seize",       "took",      "take",
           "takes",     "opened",     "open",      "signed",     "sign",        "sent",      "send",
           "launched",  "carried",    "provide",   "provides",   "provided",    "produce",   "produces",
           "produced",  "generate",   "generates", "generated",  "cover",       "covers",    "covered",
           "account",   "accounts",   "accounted", "cost",       "costs",       "pay",       "paid",
           "spent",     "spend",      "spends",    "earned",     "earn",        "earns",     "received",
           "receive",   "lost",       "lose",      "gained",     "gain",        "held",      "hold",
           "holds",     "controlled", "control",   "controls",   "led",         "lead",      "leads",
           "displaced", "wounded",    "injured",   "arrested",   "fled",        "returned",  "visited",
           "announced", "reported",   "estimated", "showed",     "shows",       "show",      "include",
           "includes",  "included",   "represent", "represents", "represented", "employ",    "employs",
           "employed",  "import",     "imported",  "export",     "exported",    "get",       "gets",
           "got",       "give",       "gives",     "gave",       "need",        "needs",     "needed",
           "want",      "wants",      "wanted",    "become",     "became",      "remain",    "remains",
           "remained",  "see",        "sees",      "saw",        "seen",        "dies",      "died",
           "kill",      "kills",      "fight",     "fought",     "struck",      "strike",    "began",
           "begin",     "begins",     "started",   "ended",      "lasted",      "last",      "lasts",
           "rank",      "ranks",      "ranked",    "serve",      "serves",      "served",    "plan",
           "plans",     "planned",    "aim",       "aims",       "aimed",       "vowed",     "pledged",
           "promised",  "expects",    "expected",  "forecast",   "forecasts",   "predicted", "projected",
           "hopes",     "hoped",      "wants",     "intends",    "intended",    "seeks",     "sought",
           "agreed",    "bought",     "sold",      "sells",      "buy",         "buys"},
          kVerb, &Lexicon::add);
  add_all(this,
          {"rose",   "rise",   "rises",  "risen",   "rising", "increased", "increase", "increases", "grew",
           "grow",   "grows",  "grown",  "growing", "jumped", "jump",      "jumps",    "climbed",   "climb",
           "climbs", "soared", "surged", "gained",  "up",     "higher",    "expanded", "boosted",   "raised"},
          kIncrease | kVerb, &Lexicon::add);
  add_all(this, {"fell",     "fall",      "falls",      "fallen",      "falling",   "dropped",
                 "drop",     "drops",     "declined",   "decline",     "declines",  "decreased",
                 "decrease", "decreases", "slipped",    "slumped",     "plunged",   "plummeted",
                 "shrank",   "shrunk",    "contracted", "contracting", "shrinking", "lost",
                 "down",     "lower",     "cut",        "reduced",     "eased"},
          kDecrease | kVerb, &Lexicon::add);
  add_all(this, {"plan",     "plans",     "planned",   "planning", "aim",     "aims",     "aimed",
                 "aiming",   "target",    "targets",   "goal",     "intend",  "intends",  "intended",
                 "seek",     "seeks",     "seeking",   "want",     "wants",   "hope",     "hopes",
                 "hoping",   "proposal",  "proposed",  "proposes", "propose", "measures", "ambition",
                 "envisage", "envisages", "envisaged", "budgeted", "wish",    "wishes"},
          kPlan, &Lexicon::add);
  add_all(this,
          {"vow", "vowed", "vows", "pledge", "pledged", "pledges", "promise", "promised", "promises",
           "commit", "committed", "commits", "swore", "vowing", "pledging", "promising"},
          kPromise, &Lexicon::add);
  add_all(this, {"will",     "would",      "could",       "might",    "may",       "shall",       "should",
                 "expect",   "expects",    "expected",    "forecast", "forecasts", "forecasting", "projected",
                 "projects", "projection", "predict",     "predicts", "predicted", "likely",      "unlikely",
                 "outlook",  "'ll",        "potentially", "possibly"},
          kForecast, &Lexicon::add);
  add_all(this, {"if", "unless", "assuming"}, kCondition, &Lexicon::add);
  add_all(this, {"in",         "since",    "by",        "from",      "until",   "till", "to",     "during",
                 "throughout", "before",   "after",     "of",        "between", "and",  "early",  "late",
                 "mid",        "end",      "start",     "beginning", "through", "for",  "as",     "year",
                 "fiscal",     "the",      "spring",    "summer",    "autumn",  "fall", "winter", "january",
                 "february",   "march",    "april",     "may",       "june",    "july", "august", "september",
                 "october",    "november", "december",  "jan",       "feb",     "mar",  "apr",    "jun",
                 "jul",        "aug",      "sep",       "sept",      "oct",     "nov",  "dec",    "or",
                 "census",     "election", "elections", "budget",    "season"},
          kTimePreposition, &Lexicon::add);
  add_all(this,
          {"resolution", "article",  "section",  "chapter",   "paragraph", "clause",    "flight", "route",
           "room",       "page",     "line",     "platform",  "gate",      "phase",     "level",  "vol",
           "volume",     "grade",    "category", "class",     "stage",     "no",        "number", "highway",
           "road",       "street",   "unit",     "brigade",   "division",  "battalion", "corps",  "regiment",
           "squadron",   "channel",  "version",  "model",     "type",      "block",     "pier",   "terminal",
           "hall",       "building", "tower",    "apartment", "suite",     "district",  "zone",   "sector",
           "point",      "item",     "figure",   "table",     "annex",     "protocol",  "act"},
          kIdentifierNoun, &Lexicon::add);
  add("twice", kMultiple, 2);
  add_all(this, {"US", "U.S.", "U.S"}, kCurrencyCode, &Lexicon::add);  // "US$", "U.S.$"
  add_all(this, {"slowed", "slowing", "eased"}, kDecrease | kVerb, &Lexicon::add);
  add_all(this, {"raise", "lift",   "boost",  "reduce",   "add",   "build", "retaken", "taken",
                 "given", "driven", "shown",  "known",    "fled",  "hosts", "host",    "keep",
                 "keeps", "kept",   "spends", "recorded", "lives", "live"},
          kVerb, &Lexicon::add);
  add_all(
      this,
      {"dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens", "several", "few", "many"},
      kVagueStart, &Lexicon::add);
  add_all(this, {"mostly", "mainly", "largely", "predominantly", "chiefly", "overwhelmingly", "primarily"},
          kMostly, &Lexicon::add);
  add_all(this,
          {"opened", "launched", "began", "started", "signed", "founded", "established", "inaugurated",
           "unveiled", "created", "formed", "agreed", "set"},
          kEvent, &Lexicon::add);
  add_all(this,
          {"yesterday", "today", "tomorrow", "past", "last", "previous", "this", "current", "next", "coming",
           "a", "an", "early", "late", "mid", "since"},
          kTimeStart, &Lexicon::add);
  add_all(this, {"ran",   "assumes", "assume",  "assumed", "puts",    "put",    "sees",    "expects", "gives",
                 "means", "meant",   "marched", "went",    "goes",    "came",   "comes",   "tops",    "rises",
                 "falls", "stands",  "holds",   "owns",    "owes",    "pays",   "costs",   "earns",   "loses",
                 "wins",  "leaves",  "left",    "says",    "tells",   "brings", "brought", "needs",   "gets",
                 "grew",  "grows",   "reaches", "totals",  "tallies", "numbers"},
          kVerb, &Lexicon::add);
  add_all(this, {"worth", "every", "per", "enough", "much", "alone", "there"}, kStop, &Lexicon::add);
  add_all(this, {"shot", "sits", "sit", "stays", "stay", "runs", "run", "flew", "flown", "won", "makes"},
          kVerb, &Lexicon::add);
  add("couple", kVagueStart);  // "a couple of"
  // Vulgar fractions are numbers below one: "½ cup", "1½".
  for (const auto& [word, value] :
       std::initializer_list<std::pair<std::string_view, double>>{{"\u00BD", 0.5},
                                                                  {"\u00BC", 0.25},
                                                                  {"\u00BE", 0.75},
                                                                  {"\u2153", 1.0 / 3},
                                                                  {"\u2154", 2.0 / 3},
                                                                  {"\u215B", 0.125}}) {
    add(word, kNumberWord, value);
  }
  // Unit words that "a", "an" or "all" can stand before as one: "a mile", "a dollar", "all day".
  const UnitTables& tables = UnitTables::instance();
  for (const auto& info : tables.unit_infos) {
    if (!info.implied) continue;
    for (const auto& phrase : info.phrases) {
      if (phrase.find(' ') == std::string::npos) add(phrase, kImpliedUnit);
    }
  }
  for (const auto& word : tables.implied_currency_words) add(word, kImpliedUnit);
  for (const auto& code : tables.currency_code_words) add(code, kCurrencyCode);
}

const UnitTables& UnitTables::instance() {
  static const UnitTables tables;
  return tables;
}

namespace {

// The lines of a compiled-in CSV table, without comments, blank lines and the header.
std::vector<std::vector<std::string_view>> csv_rows(std::string_view csv, std::size_t columns) {
  std::vector<std::vector<std::string_view>> rows;
  bool header = true;
  while (!csv.empty()) {
    const std::size_t newline = csv.find('\n');
    const std::string_view line = csv.substr(0, newline);
    csv = newline == std::string_view::npos ? std::string_view() : csv.substr(newline + 1);
    if (line.empty() || line.front() == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string_view> fields;
    std::string_view rest = line;
    for (std::size_t k = 0; k + 1 < columns; ++k) {
      const std::size_t comma = rest.find(',');
      fields.push_back(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    fields.push_back(rest);
    rows.push_back(std::move(fields));
  }
  return rows;
}

std::vector<std::string_view> split_bars(std::string_view list) {
  std::vector<std::string_view> parts;
  while (!list.empty()) {
    const std::size_t bar = list.find('|');
    parts.push_back(list.substr(0, bar));
    list = bar == std::string_view::npos ? std::string_view() : list.substr(bar + 1);
  }
  return parts;
}

double to_double(std::string_view field) { return std::strtod(std::string(field).c_str(), nullptr); }

v1::QuantityKind unit_kind(std::string_view name) {
  if (name == "percent") return v1::QUANTITY_KIND_PERCENT;
  if (name == "pp") return v1::QUANTITY_KIND_PERCENTAGE_POINTS;
  if (name == "duration") return v1::QUANTITY_KIND_DURATION;
  return v1::QUANTITY_KIND_MEASURE;
}

UnitMatch unit_match(std::string_view name) {
  if (name == "exact") return UnitMatch::exact;
  if (name == "glued") return UnitMatch::glued;
  return UnitMatch::any;
}

}  // namespace

extern const char* const kUnitsCsv;       // generated from units.csv
extern const char* const kCurrenciesCsv;  // generated from currencies.csv

bool UnitTables::unit_at(std::string_view text, const std::vector<text::Token>& tokens, std::size_t i,
                         std::size_t end, PhraseTable::Match* match) const {
  if (i >= end) return false;
  const bool glued = !tokens[i].space_before;
  const std::string_view written(text.data() + tokens[i].begin, tokens[i].end - tokens[i].begin);
  return units.match_at(text, tokens, i, end, match, [&](std::uint32_t payload, std::size_t length) {
    const UnitInfo& info = unit_infos[payload];
    if (info.match == UnitMatch::glued) return glued;
    if (info.match == UnitMatch::exact) {
      return length == 1 &&
             std::find(info.phrases.begin(), info.phrases.end(), written) != info.phrases.end();
    }
    // A one-letter word ("p", "m") is a unit only glued or in an exact row.
    return glued || length > 1 || written.size() > 1 || tokens[i].kind != text::TokenKind::word;
  });
}

UnitTables::UnitTables() {
  for (const auto& row : csv_rows(kUnitsCsv, 8)) {
    UnitInfo info;
    info.kind = unit_kind(row[0]);
    info.dimension = std::string(row[1]);
    info.unit = std::string(row[2]);
    info.factor = to_double(row[3]);
    info.offset = to_double(row[4]);
    info.match = unit_match(row[5]);
    info.implied = row[6] == "yes";
    for (const auto phrase : split_bars(row[7])) info.phrases.emplace_back(phrase);
    const auto index = static_cast<std::uint32_t>(unit_infos.size());
    for (const auto& phrase : info.phrases) units.add(phrase, index);
    if (std::find(info.phrases.begin(), info.phrases.end(), "Fahrenheit") != info.phrases.end())
      fahrenheit = index;
    unit_infos.push_back(std::move(info));
  }
  for (const auto& row : csv_rows(kCurrenciesCsv, 4)) {
    const auto index = static_cast<std::uint32_t>(currencies.size());
    currencies.push_back({std::string(row[0]), to_double(row[1])});
    for (const auto phrase : split_bars(row[2])) {
      currency_before.add(phrase, index);
      // "USD", "Rs", "Rs.", "KSh": a code of letters, with or without its abbreviation dot.
      const std::string_view letters = phrase.ends_with('.') ? phrase.substr(0, phrase.size() - 1) : phrase;
      if (!letters.empty() && std::all_of(letters.begin(), letters.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
          })) {
        currency_code_words.emplace_back(letters);
      }
    }
    for (const auto phrase : split_bars(row[3])) {
      currency_after.add(phrase, index);
      // "a dollar", "a penny": lower-case single words.
      const bool word =
          phrase.size() > 1 && phrase.find(' ') == std::string_view::npos &&
          std::all_of(phrase.begin(), phrase.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if (word) implied_currency_words.emplace_back(phrase);
    }
  }
}

}  // namespace factcheck::extract
