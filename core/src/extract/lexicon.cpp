#include "extract/lexicon.hpp"

#include <array>
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
  for (const auto& [word, value] :
       std::initializer_list<std::pair<std::string_view, double>>{{"bn", 1e9},
                                                                  {"bln", 1e9},
                                                                  {"b", 1e9},
                                                                  {"mn", 1e6},
                                                                  {"mln", 1e6},
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
           {"double", 2},      {"doubled", 2},   {"doubling", 2}, {"doubles", 2},   {"triple", 3},
           {"tripled", 3},     {"tripling", 3},  {"triples", 3},  {"quadruple", 4}, {"quadrupled", 4},
           {"quadrupling", 4}, {"halve", 0.5},   {"halved", 0.5}, {"halving", 0.5}, {"halves", 0.5},
           {"twofold", 2},     {"threefold", 3}, {"fourfold", 4}, {"fivefold", 5},  {"tenfold", 10}}) {
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
                 "made",      "make",      "up"},
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
  add_all(this, {"fell",    "fall",     "falls",   "fallen",    "falling",   "dropped",  "drop",
                 "drops",   "declined", "decline", "declines",  "decreased", "decrease", "decreases",
                 "slipped", "slumped",  "plunged", "plummeted", "shrank",    "shrunk",   "contracted",
                 "lost",    "down",     "lower",   "cut",       "reduced",   "eased"},
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
  add_all(this,
          {"USD", "EUR", "GBP", "RUB", "IQD", "CNY", "JPY", "INR", "SAR", "TRY", "CHF", "SYP", "IRR", "AED",
           "KWD", "JOD", "EGP", "UAH"},
          kCurrencyCode, &Lexicon::add);
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
}

const UnitTables& UnitTables::instance() {
  static const UnitTables tables;
  return tables;
}

UnitTables::UnitTables() {
  using K = v1::QuantityKind;
  struct Row {
    std::initializer_list<std::string_view> phrases;
    UnitInfo info;
  };
  const std::initializer_list<Row> rows = {
      {{"percent", "per cent", "pct", "%", "percentage", "per-cent"},
       {K::QUANTITY_KIND_PERCENT, "percent", 1}},
      {{"percentage points", "percentage point", "percentage-point", "pp", "ppt", "pct points", "pct point"},
       {K::QUANTITY_KIND_PERCENTAGE_POINTS, "pp", 1}},
      {{"MW", "megawatt", "megawatts"}, {K::QUANTITY_KIND_MEASURE, "MW", 1}},
      {{"GW", "gigawatt", "gigawatts"}, {K::QUANTITY_KIND_MEASURE, "MW", 1e3}},
      {{"kW", "kilowatt", "kilowatts"}, {K::QUANTITY_KIND_MEASURE, "MW", 1e-3}},
      {{"MWh", "megawatt-hours", "megawatt hours", "megawatt-hour", "megawatt hour"},
       {K::QUANTITY_KIND_MEASURE, "MWh", 1}},
      {{"GWh", "gigawatt-hours", "gigawatt hours", "gigawatt-hour"}, {K::QUANTITY_KIND_MEASURE, "MWh", 1e3}},
      {{"TWh", "terawatt-hours", "terawatt hours", "terawatt-hour"}, {K::QUANTITY_KIND_MEASURE, "MWh", 1e6}},
      {{"kWh", "kilowatt-hours", "kilowatt hours", "kilowatt-hour"}, {K::QUANTITY_KIND_MEASURE, "MWh", 1e-3}},
      {{"km", "kilometres", "kilometers", "kilometre", "kilometer"}, {K::QUANTITY_KIND_MEASURE, "km", 1}},
      {{"miles", "mile"}, {K::QUANTITY_KIND_MEASURE, "km", 1.609344}},
      {{"sq km", "square kilometres", "square kilometers", "square kilometre", "square kilometer", "km2",
        "km²", "sq. km", "sq kilometres"},
       {K::QUANTITY_KIND_MEASURE, "km2", 1}},
      {{"square miles", "sq miles", "square mile", "sq mi"}, {K::QUANTITY_KIND_MEASURE, "km2", 2.58998811}},
      {{"hectares", "hectare", "ha"}, {K::QUANTITY_KIND_MEASURE, "km2", 0.01}},
      {{"tonnes", "tonne", "tons", "ton", "metric tons", "metric tonnes"},
       {K::QUANTITY_KIND_MEASURE, "t", 1}},
      {{"barrels per day", "barrels a day", "bpd", "b/d", "barrels of oil per day", "barrels of oil a day"},
       {K::QUANTITY_KIND_MEASURE, "barrel/day", 1}},
      {{"barrels", "barrel"}, {K::QUANTITY_KIND_MEASURE, "barrel", 1}},
      {{"cubic metres", "cubic meters", "m3"}, {K::QUANTITY_KIND_MEASURE, "m3", 1}},
      {{"bcm", "billion cubic metres", "billion cubic meters"}, {K::QUANTITY_KIND_MEASURE, "m3", 1e9}},
      {{"days", "day"}, {K::QUANTITY_KIND_DURATION, "day", 1}},
      {{"weeks", "week"}, {K::QUANTITY_KIND_DURATION, "week", 1}},
      {{"months", "month"}, {K::QUANTITY_KIND_DURATION, "month", 1}},
      {{"years", "year"}, {K::QUANTITY_KIND_DURATION, "year", 1}},
      {{"decades", "decade"}, {K::QUANTITY_KIND_DURATION, "year", 10}},
      {{"hours", "hour"}, {K::QUANTITY_KIND_DURATION, "hour", 1}},
      {{"degrees Celsius", "degrees C", "°C", "degrees", "degree"}, {K::QUANTITY_KIND_MEASURE, "degC", 1}},
      {{"kV", "kilovolts", "kilovolt"}, {K::QUANTITY_KIND_MEASURE, "kV", 1}},
  };
  for (const auto& row : rows) {
    const auto index = static_cast<std::uint32_t>(unit_infos.size());
    unit_infos.push_back(row.info);
    for (const auto phrase : row.phrases) units.add(phrase, index);
  }
  struct Currency {
    std::string_view code;
    std::initializer_list<std::string_view> before;
    std::initializer_list<std::string_view> after;
  };
  const std::initializer_list<Currency> currencies = {
      {"USD",
       {"$", "US$", "U.S.$", "USD", "US $"},
       {"dollars", "dollar", "US dollars", "U.S. dollars", "USD"}},
      {"EUR", {"€", "EUR"}, {"euros", "euro", "EUR"}},
      {"GBP", {"£", "GBP"}, {"pounds", "pound", "pounds sterling", "sterling", "GBP"}},
      {"RUB", {"RUB"}, {"roubles", "rouble", "rubles", "ruble", "RUB"}},
      {"IQD", {"IQD"}, {"dinars", "dinar", "Iraqi dinars", "IQD"}},
      {"JOD", {"JOD"}, {"Jordanian dinars", "JOD"}},
      {"KWD", {"KWD"}, {"Kuwaiti dinars", "KWD"}},
      {"CNY", {"CNY"}, {"yuan", "renminbi", "CNY"}},
      {"JPY", {"¥", "JPY"}, {"yen", "JPY"}},
      {"INR", {"INR"}, {"rupees", "rupee", "INR"}},
      {"SAR", {"SAR"}, {"riyals", "riyal", "Saudi riyals", "SAR"}},
      {"TRY", {"TRY"}, {"lira", "liras", "Turkish lira", "TRY"}},
      {"CHF", {"CHF"}, {"Swiss francs", "CHF"}},
      {"SYP", {"SYP"}, {"Syrian pounds", "SYP"}},
      {"EGP", {"EGP"}, {"Egyptian pounds", "EGP"}},
      {"IRR", {"IRR"}, {"rials", "Iranian rials", "IRR"}},
      {"UAH", {"UAH"}, {"hryvnias", "hryvnia", "UAH"}},
      {"AED", {"AED"}, {"dirhams", "UAE dirhams", "AED"}},
  };
  for (const auto& currency : currencies) {
    const auto index = static_cast<std::uint32_t>(codes.size());
    codes.push_back(currency.code);
    for (const auto phrase : currency.before) currency_before.add(phrase, index);
    for (const auto phrase : currency.after) currency_after.add(phrase, index);
  }
}

}  // namespace factcheck::extract
