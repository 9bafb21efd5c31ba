#include "extract/extractor.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>

#include "extract/calendar.hpp"
#include "extract/quantities.hpp"
#include "extract/sentence.hpp"
#include "text/lemma.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"

namespace factcheck::extract {
namespace {

using text::TokenKind;

// Lines that are page furniture, not reporting: their numbers are not claims.
const PhraseTable& furniture() {
  static const PhraseTable table = [] {
    PhraseTable t;
    for (const auto phrase : {"reading time",
                              "read time",
                              "min read",
                              "minute read",
                              "minutes read",
                              "updated",
                              "last updated",
                              "published",
                              "posted",
                              "photo",
                              "photograph",
                              "picture",
                              "image",
                              "video",
                              "copyright",
                              "©",
                              "all rights reserved",
                              "share",
                              "follow us",
                              "subscribe",
                              "sign up",
                              "advertisement",
                              "reporting by",
                              "editing by",
                              "writing by",
                              "additional reporting",
                              "compiled by",
                              "listen to",
                              "page"}) {
      t.add(phrase, 0);
    }
    return t;
  }();
  return table;
}

bool is_furniture(const Sentence& s) {
  if (s.size() == 0) return false;
  std::size_t start = 0;
  if (s.tokens[0].kind == TokenKind::punct) start = 1;
  PhraseTable::Match match;
  if (start < s.size() && furniture().match_at(s.text, s.tokens, start, s.size(), &match)) {
    // "Updated 11 February 2016 10:30", "Reading time: 2 minutes": short lines only.
    return s.size() <= 16;
  }
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (s.is_word(i, "read") && (s.is_word(i - 1, "min") || s.is_word(i - 1, "minute"))) return true;
  }
  return false;
}

// Past participles and past tenses end a cue phrase; these "-ed" words are nouns or
// adjectives that belong to one ("installed capacity").
bool ed_verb(std::string_view word) {
  if (word.size() < 5 || !(word.ends_with("ed") || word.ends_with("ED"))) return false;
  for (const auto noun : {"installed", "armed", "allied", "hundred", "united", "need",   "speed",
                          "feed",      "seed",  "shed",   "breed",   "creed",  "greed",  "bleed",
                          "steed",     "weed",  "indeed", "proceed", "exceed", "succeed"}) {
    if (equals_lower(word, noun)) return false;
  }
  return true;
}

// A word that can be part of a cue phrase. Proper nouns (capitalised inside the sentence)
// are names, not measures. With `participles`, "-ed" words before a noun count as adjectives
// ("confirmed cases", "displaced people").
// "GDP", "FDI", "CPI": an all-capitals word of two to six letters names a measure, not a
// person or a place (names the gazetteer knows are entities before this is asked).
bool acronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 6) return false;
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_qualifying_participle(std::string_view word) {
  for (const std::string_view participle :
       {"reported", "estimated", "displaced", "wounded", "injured", "arrested", "confirmed", "recorded",
        "registered", "documented", "verified"}) {
    if (equals_lower(word, participle)) return true;
  }
  return false;
}

// A name inside a noun phrase, before the noun it modifies ("Coalition airstrikes").
bool name_modifier(const Sentence& s, std::size_t k) {
  return k + 1 < s.size() && k > 0 && s.tokens[k].kind == TokenKind::word && s.tokens[k].capitalised &&
         (s.use[k] == TokenUse::entity || s.use[k] == TokenUse::none) &&
         s.tokens[k + 1].kind == TokenKind::word && !s.tokens[k + 1].capitalised &&
         s.use[k + 1] == TokenUse::none;
}

bool content_word(const Sentence& s, std::size_t k, bool participles = false) {
  if (k >= s.size() || s.tokens[k].kind != TokenKind::word || s.use[k] != TokenUse::none) return false;
  if (s.tokens[k].capitalised && k > 0 && s.tokens[k - 1].kind == TokenKind::word &&
      !acronym(s.token_text(k))) {
    return false;
  }
  // A sentence-initial capital before a reporting verb is a name ("Siemens said").
  if (s.tokens[k].capitalised && k == 0 && s.words[k]->flags == 0 &&
      (s.is_word(1, "said") || s.is_word(1, "says") || s.is_word(1, "told") || s.is_word(1, "announced"))) {
    return false;
  }
  const std::uint32_t flags = s.words[k]->flags;
  const std::uint32_t not_content = kStop | kVerb | kNumberWord | kMagnitude | kHundred | kMonth | kWeekday |
                                    kIncrease | kDecrease | kForecast | kPlan | kPromise | kCondition |
                                    kOrdinal | kMultiple;
  // "4,087 reported airstrikes", "2 million displaced people": these verbs' participles also
  // qualify a counted noun.
  const bool qualifying_participle =
      participles && (flags & not_content) == kVerb && is_qualifying_participle(s.token_text(k));
  if ((flags & not_content) != 0 && !qualifying_participle) return false;
  if (s.words[k]->flags == 0 && s.token_text(k).size() <= 1) return false;
  // "leaving millions": an -ing word before a determiner, quantity or name is a verb.
  const std::string_view word = s.token_text(k);
  if (word.size() > 5 && word.ends_with("ing") && k + 1 < s.size() &&
      (s.use[k + 1] != TokenUse::none || s.has(k + 1, kDeterminer) || s.has(k + 1, kPreposition) ||
       s.tokens[k + 1].capitalised)) {
    return false;
  }
  if (!ed_verb(word)) return true;
  if (!participles) return false;
  std::size_t next = k + 1;
  if (name_modifier(s, next)) ++next;  // "reported Coalition airstrikes"
  return content_word(s, next) && !ed_verb(s.token_text(next));
}

struct Cue {
  std::string phrase;             // lemmatised content words without time modifiers
  std::vector<std::string> time;  // "summer", "annual"
  std::string head;               // last word, lemmatised
};

// Punctuation and words that start a new clause. Single-byte marks are told apart by one
// switch; the clause walks below ask this of every token they pass, so it is inlined there.
[[gnu::always_inline]] inline bool clause_boundary(const Sentence& s, std::size_t k) {
  if (s.tokens[k].kind != TokenKind::punct) return s.has(k, kClauseBreak);
  const std::string_view p = s.token_text(k);
  if (p.size() == 1) {
    switch (p[0]) {
      case ',':
      case ';':
      case ':':
      case '(':
      case ')':
      case '"':
        return true;
      default:
        return false;
    }
  }
  return p == "\xE2\x80\x94" || p == "\xE2\x80\x9C" || p == "\xE2\x80\x9D";
}

// True when token `k` is "and"/"or" between a singular modifier `previous` and at least two
// more words of the same noun phrase.
bool coordinated_modifier(const Sentence& s, std::size_t k, std::string_view previous, std::size_t limit) {
  if (previous.empty() || k + 2 >= limit || !(s.is_word(k, "and") || s.is_word(k, "or"))) return false;
  if (text::lemma(previous) != text::to_lower_ascii(previous)) return false;
  return content_word(s, k + 1) && content_word(s, k + 2);
}

// Nouns that hold a measured thing rather than name one ("the volume of trade").
bool is_container_noun(std::string_view head) {
  for (const std::string_view container :
       {"volume", "value", "amount", "level", "number", "size", "figure"}) {
    if (head == container) return true;
  }
  return false;
}

// The token after the name of two to four capitalised words that starts at `k` ("West Texas
// Intermediate", "Brent Crude"), or `k`: words that are neither names the gazetteer knows nor
// function words, verbs or dates.
std::size_t proper_name_end(const Sentence& s, std::size_t k, std::size_t limit) {
  constexpr std::uint32_t kNotName =
      kStop | kVerb | kDeterminer | kNumberWord | kMagnitude | kMonth | kWeekday | kIncrease | kDecrease;
  const auto name_word = [&](std::size_t i) {
    return i < limit && s.tokens[i].kind == TokenKind::word && s.tokens[i].capitalised &&
           s.use[i] == TokenUse::none && (s.words[i]->flags & kNotName) == 0;
  };
  std::size_t end = k;
  while (end - k < 4 && name_word(end)) ++end;
  return end - k >= 2 ? end : k;
}

// The token after the stock index name that starts at `k` with its number ("S&P 500"), or `k`.
std::size_t index_name_end(const Sentence& s, std::size_t k) {
  for (const std::size_t number : {k + 1, k + 3, k + 4}) {
    if (number < s.size() && s.use[number] == TokenUse::skipped && index_name_start(s, number) == k) {
      return number + 1;
    }
  }
  return k;
}

// The noun phrase starting at `k`: leading determiners, possessives and entity names are
// skipped; content words (and time modifiers) are collected until anything else.
Cue noun_phrase(const Sentence& s, std::size_t k, std::size_t limit, bool participles = false) {
  Cue cue;
  // Leading determiners, names and possessives: "the", "Iraq's", "Ramadi's".
  while (k < limit &&
         (s.has(k, kDeterminer) || s.use[k] == TokenUse::entity ||
          // "Iraqi-Russian trade"
          (k > 0 && s.is_hyphen(k) && s.use[k - 1] == TokenUse::entity && s.use[k + 1] == TokenUse::entity) ||
          (s.tokens[k].capitalised && s.tokens[k].kind == TokenKind::word && s.has(k + 1, kDeterminer) &&
           (s.is_word(k + 1, "'s") || s.is_word(k + 1, "\xE2\x80\x99s"))))) {
    ++k;
  }
  std::size_t words = 0;
  std::size_t phrase_last = 0;  // bytes of cue.phrase before its last word
  std::string_view last_word;
  while (k < limit && words < 5) {
    if (s.has(k, kTimeModifier) && s.use[k] == TokenUse::none) {
      cue.time.push_back(text::lemma(s.token_text(k)));
      ++k;
      continue;
    }
    // "the S&P 500", "the FTSE 100": a stock index's name with its number is one word, as is
    // a name of capitalised words ("West Texas Intermediate").
    if (const std::size_t name_end = std::max(index_name_end(s, k), proper_name_end(s, k, limit));
        name_end > k) {
      if (!cue.phrase.empty()) cue.phrase += ' ';
      phrase_last = cue.phrase.size();
      const auto begin = s.tokens[k].begin;
      last_word = s.text.substr(begin, s.tokens[name_end - 1].end - begin);
      text::append_lower_ascii(last_word, &cue.phrase);
      ++words;
      k = name_end;
      continue;
    }
    // "reported Coalition airstrikes": a name between modifiers and their noun.
    if (words > 0 && name_modifier(s, k) && content_word(s, k + 1)) {
      ++k;
      continue;
    }
    if (!content_word(s, k, participles)) {
      // "air-strikes": a hyphen between two content words joins them.
      if (words > 0 && s.is_hyphen(k) && !s.tokens[k].space_before && k + 1 < limit &&
          content_word(s, k + 1) && !s.tokens[k + 1].space_before) {
        cue.phrase += '-';
        ++k;
        phrase_last = cue.phrase.size();
        last_word = s.token_text(k);
        cue.phrase += text::lemma(last_word);
        ++k;
        continue;
      }
      // "state and private company employees": a singular modifier coordinated with more
      // modifiers of the same head (a plural before "and" is a head: "officials and businessmen").
      if (coordinated_modifier(s, k, last_word, limit)) {
        ++k;
        continue;
      }
      break;
    }
    if (!cue.phrase.empty()) cue.phrase += ' ';
    phrase_last = cue.phrase.size();
    last_word = s.token_text(k);
    text::append_lower_ascii(last_word, &cue.phrase);
    ++words;
    ++k;
    // "GDP per capita", "income per head": the ratio is part of what is measured.
    if (k + 1 < limit && s.is_word(k, "per") &&
        (s.is_word(k + 1, "capita") || s.is_word(k + 1, "head") || s.is_word(k + 1, "person"))) {
      cue.head = text::lemma(last_word);
      cue.phrase.resize(phrase_last);
      cue.phrase += cue.head + " per ";
      text::append_lower_ascii(s.token_text(k + 1), &cue.phrase);
      return cue;
    }
  }
  // Only the head noun is plural-reduced; modifiers stay as written ("arms sales" -> "arms sale").
  if (!last_word.empty()) {
    cue.head = text::lemma(last_word);
    cue.phrase.resize(phrase_last);
    cue.phrase.append(cue.head);
  }
  // "the volume of trade", "the number of refugees": the container names no measured thing;
  // what it is "of" does.
  if (words == 1 && s.is_word(k, "of") && is_container_noun(cue.head)) {
    Cue inner = noun_phrase(s, k + 1, limit, participles);
    if (!inner.head.empty()) return inner;
  }
  return cue;
}

// "the 14.5GW it managed to generate": a relative clause after the quantity whose verb names
// what is measured. `after`: the token after the quantity; the noun of the verb, or "".
std::string_view relative_clause_measure(const Sentence& s, std::size_t after, std::size_t limit) {
  static constexpr std::pair<std::string_view, std::string_view> kMeasuringVerbs[] = {
      {"generate", "generation"}, {"generated", "generation"},
      {"produce", "production"},  {"produced", "production"},
      {"export", "export"},       {"exported", "export"},
      {"import", "import"},       {"imported", "import"},
      {"spend", "spending"},      {"spent", "spending"},
      {"earn", "earnings"},       {"earned", "earnings"},
      {"sell", "sale"},           {"sold", "sale"},
      {"invest", "investment"},   {"invested", "investment"},
      {"supply", "supply"},       {"supplied", "supply"}};
  static constexpr std::string_view kSubjects[] = {"it", "they", "we", "he", "she", "which", "that"};
  static constexpr std::string_view kAuxiliaries[] = {"managed", "to",    "was",  "were", "able", "could",
                                                      "had",     "has",   "have", "did",  "been", "be",
                                                      "would",   "still", "only", "just"};
  std::size_t k = after;
  const auto one_of = [&](std::size_t at, const auto& words) {
    return std::any_of(std::begin(words), std::end(words),
                       [&](std::string_view w) { return s.is_word(at, w); });
  };
  if (k >= limit || !one_of(k, kSubjects)) return {};
  ++k;
  for (std::size_t seen = 0; k < limit && seen < 3 && one_of(k, kAuxiliaries); ++k, ++seen) {
  }
  if (k >= limit) return {};
  for (const auto& [verb, noun] : kMeasuringVerbs) {
    if (s.is_word(k, verb)) return noun;
  }
  return {};
}

std::size_t clause_start(const Sentence& s, std::size_t before) {
  std::size_t k = before;
  while (k > 0 && !clause_boundary(s, k - 1)) --k;
  return k;
}

// The token after the clause that holds token `at`.
std::size_t clause_end(const Sentence& s, std::size_t at) {
  std::size_t k = at;
  while (k < s.size() && !clause_boundary(s, k)) ++k;
  return k;
}

std::string kind_name(v1::QuantityKind kind) {
  switch (kind) {
    case v1::QUANTITY_KIND_MONEY:
      return "money";
    case v1::QUANTITY_KIND_PERCENT:
      return "percent";
    case v1::QUANTITY_KIND_PERCENTAGE_POINTS:
      return "percentage_points";
    case v1::QUANTITY_KIND_MEASURE:
      return "measure";
    case v1::QUANTITY_KIND_DURATION:
      return "duration";
    case v1::QUANTITY_KIND_AGE:
      return "age";
    case v1::QUANTITY_KIND_FRACTION:
      return "fraction";
    case v1::QUANTITY_KIND_MULTIPLE:
      return "multiple";
    case v1::QUANTITY_KIND_DATE:
      return "date";
    default:
      return "count";
  }
}

float base_worthiness(v1::QuantityKind kind) {
  switch (kind) {
    case v1::QUANTITY_KIND_MONEY:
    case v1::QUANTITY_KIND_PERCENT:
    case v1::QUANTITY_KIND_PERCENTAGE_POINTS:
    case v1::QUANTITY_KIND_MEASURE:
      return 0.7F;
    case v1::QUANTITY_KIND_COUNT:
    case v1::QUANTITY_KIND_FRACTION:
      return 0.6F;
    case v1::QUANTITY_KIND_MULTIPLE:
    case v1::QUANTITY_KIND_DURATION:
      return 0.5F;
    case v1::QUANTITY_KIND_AGE:
      return 0.4F;
    default:
      return 0.3F;
  }
}

// Why a quantity cannot be checked (plan, promise, forecast, condition, question), or "".
// Modal verbs that speak of the past when the claim's period is past: "could meet only 55
// percent of demand in 2011" reports what happened, it forecasts nothing.
bool past_modal(std::string_view word) {
  return equals_lower(word, "could") || equals_lower(word, "would") || equals_lower(word, "might");
}

// What makes every quantity of a sentence uncheckable, found once per sentence: a final
// "?", and condition words, looked for only as far into the sentence as claims ask.
class SentenceMood {
 public:
  SentenceMood() = default;
  explicit SentenceMood(const Sentence& s) : sentence_(&s) {
    std::size_t last = s.size();
    while (last > 0 && s.tokens[last - 1].kind == TokenKind::punct && s.token_text(last - 1) != "?") --last;
    question_ = last > 0 && s.token_text(last - 1) == "?";
  }

  // Ends with "?" (before closing punctuation).
  bool question() const { return question_; }

  // A condition word ("if", "unless") stands before token `first`.
  bool condition_before(std::size_t first) {
    const Sentence& s = *sentence_;
    for (; !found_ && scanned_ < first; ++scanned_) {
      found_ = s.has(scanned_, kCondition) && (!s.tokens[scanned_].capitalised || scanned_ == 0);
    }
    // scanned_ stops right after the condition word.
    return found_ && scanned_ - 1 < first;
  }

 private:
  const Sentence* sentence_ = nullptr;
  bool question_ = false;
  bool found_ = false;       // a condition word is at scanned_ - 1
  std::size_t scanned_ = 0;  // tokens [0, scanned_) have been looked at
};

std::string_view not_checkable_reason(const Sentence& s, SentenceMood& mood, std::size_t first,
                                      bool future_period, bool past_period) {
  if (mood.question()) return "question";
  if (mood.condition_before(first)) return "condition";
  std::string_view reason;
  std::size_t seen = 0;
  for (std::size_t k = first; k > 0 && seen < 12; --k, ++seen) {
    const std::size_t at = k - 1;
    if (s.is_punct(at, ";") || s.is_punct(at, ":") || s.is_punct(at, ",") || s.is_word(at, "but")) break;
    if (s.use[at] != TokenUse::none || (s.tokens[at].capitalised && at > 0)) continue;
    const std::uint32_t flags = s.words[at]->flags;
    if ((flags & kPromise) != 0) return "promise";
    if (!reason.empty() || (flags & (kPlan | kForecast)) == 0) continue;
    // A plan word plans something ("plans to", "a target of", "planned"), not "backed the plan".
    const std::string_view word = s.token_text(at);
    if ((flags & kPlan) != 0 && (s.is_word(at + 1, "to") || s.is_word(at + 1, "of") ||
                                 s.is_word(at + 1, "for") || word.ends_with("ed") || word.ends_with("ing"))) {
      reason = "plan";
    } else if ((flags & kForecast) != 0 && !(past_period && past_modal(word))) {
      reason = "forecast";
    }
  }
  if (!reason.empty()) return reason;
  return future_period ? "forecast" : "";
}

// A span in code points, kept plain until a claim takes it: a v1::Span value costs a message
// construction, a copy and a destruction each time.
struct CodePointSpan {
  std::uint32_t start = 0;
  std::uint32_t end = 0;

  void to_proto(v1::Span* out) const {
    out->set_start(start);
    out->set_end(end);
  }
};

// Byte offsets to code points. Within a pure-ASCII sentence (the common case) the offset is
// the sentence's code point plus the byte distance; elsewhere a forward cursor counts.
struct Converter {
  text::CodePointCursor cursor;
  std::size_t sentence_begin = 0;
  std::uint32_t sentence_code_point = 0;
  bool ascii = false;
  explicit Converter(std::string_view text) : cursor(text) {}

  // Walks the cursor over the sentence once: a sentence of as many code points as bytes is
  // ASCII. Offsets inside a non-ASCII sentence restart from the checkpoint at `begin`.
  void start_sentence(std::size_t begin, std::size_t end) {
    cursor.checkpoint(begin);
    sentence_begin = begin;
    sentence_code_point = cursor.code_point_at(begin);
    ascii = cursor.code_point_at(end) - sentence_code_point == end - begin;
  }
  std::uint32_t at(std::size_t byte) {
    if (ascii) return sentence_code_point + static_cast<std::uint32_t>(byte - sentence_begin);
    return cursor.code_point_at(byte);
  }
  CodePointSpan span(std::size_t begin, std::size_t end) { return {at(begin), at(end)}; }
};

struct EntityCount {
  std::uint32_t entity = 0;
  std::size_t count = 0;
  std::size_t first_seen = 0;
};

}  // namespace

Extractor::~Extractor() = default;

const Policy& Extractor::policy() const { return rules_->policy; }

Status Extractor::create(const Policy& policy, const std::filesystem::path& country_codes_dir,
                         std::unique_ptr<const Extractor>* out) {
  std::unique_ptr<Extractor> extractor(new Extractor());
  if (Status status = Gazetteer::load(country_codes_dir, &extractor->gazetteer_); !status) return status;
  if (policy.max_sentence_bytes < 64 || policy.max_claims_per_sentence == 0 || policy.max_claims == 0) {
    return Status::invalid_argument("policy limits too small: max_sentence_bytes >= 64, claim caps >= 1");
  }
  extractor->rules_ = std::make_unique<QuantityRules>(policy);
  Lexicon::instance();
  UnitTables::instance();
  *out = std::move(extractor);
  return Status::ok();
}

namespace {

class Run {
 public:
  Run(const Gazetteer& gazetteer, const QuantityRules& rules, const v1::Document& document,
      v1::ClaimList* out)
      : gazetteer_(gazetteer),
        rules_(rules),
        text_(document.text()),
        units_{local_dollar(document.source_url())},
        out_(out),
        converter_(text_) {}

  void extract(const Date& published) {
    published_ = published;
    published_label_ = format_date(published);
    const auto& policy = rules_.policy;
    text::ByteSpan span;
    std::size_t from = 0;
    std::uint32_t index = 0;
    Sentence s;
    s.text = text_;
    // Room for a long sentence's tokens, so the buffers do not regrow sentence by sentence.
    constexpr std::size_t kTokensReserved = 128;
    s.tokens.reserve(kTokensReserved);
    s.words.reserve(kTokensReserved);
    s.use.reserve(kTokensReserved);
    while (text::next_sentence(text_, from, &span, policy.max_sentence_bytes)) {
      from = span.end > from ? span.end : from + 1;
      if (span.cut) ++cut_sentences_;
      if (static_cast<std::size_t>(out_->claims_size()) >= policy.max_claims) {
        claims_capped_ = true;
        break;
      }
      analyse(span, index, &s);
      ++index;
    }
    finish();
  }

  std::size_t too_long() const { return stats_.too_long; }

 private:
  void tokenise(const text::ByteSpan& span, Sentence* s) {
    s->begin = span.begin;
    s->end = span.end;
    s->tokens.clear();
    s->entities.clear();
    s->times.clear();
    text::tokenize(text_.substr(span.begin, span.end - span.begin), static_cast<std::uint32_t>(span.begin),
                   &s->tokens);
    s->look_up_words();
  }

  // "BAGHDAD, Feb 11 (Reuters) -": the dateline names where the story was filed, not what
  // it is about; its words are not entities, periods or claims.
  static void skip_dateline(Sentence* s) {
    if (s->size() < 3 || !s->tokens[0].all_caps || s->tokens[0].kind != TokenKind::word) return;
    for (std::size_t k = 1; k < s->size() && k < 16; ++k) {
      if (s->is_hyphen(k) || s->is_punct(k, "\xE2\x80\x94")) {
        // "SHAFAQNA- The ministry ...": a dash glued to a one-word dateline, then a space.
        const bool glued_to_dateline =
            k == 1 && k + 1 < s->size() && s->tokens[k + 1].space_before && s->tokens[k + 1].capitalised;
        if (!s->tokens[k].space_before && !glued_to_dateline) return;
        for (std::size_t j = 0; j <= k; ++j) s->use[j] = TokenUse::skipped;
        return;
      }
    }
  }

  void find_entities(Sentence* s) {
    // Set by each match; outside the loop, so the tokens no match is tried at cost nothing.
    std::uint32_t entity = 0;
    std::size_t length = 0;
    for (std::size_t i = 0; i < s->size();) {
      // "US$300 million": a currency prefix, not a country.
      const auto currency_prefix = [&](std::size_t end) {
        return end < s->size() && s->tokens[end].kind == TokenKind::symbol && !s->tokens[end].space_before;
      };
      if (s->tokens[i].capitalised && s->use[i] == TokenUse::none &&
          gazetteer_.match_at(text_, s->tokens, i, s->size(), &entity, &length) &&
          !currency_prefix(i + length)) {
        s->entities.push_back({i, i + length, entity});
        for (std::size_t k = i; k < i + length; ++k) s->use[k] = TokenUse::entity;
        auto count = std::find_if(counts_.begin(), counts_.end(),
                                  [entity](const EntityCount& c) { return c.entity == entity; });
        if (count == counts_.end()) count = counts_.insert(count, {entity, 0, s->tokens[i].begin});
        ++count->count;
        i += length;
      } else {
        ++i;
      }
    }
  }

  void analyse(const text::ByteSpan& span, std::uint32_t index, Sentence* s) {
    tokenise(span, s);
    if (s->tokens.empty()) return;
    if (index == 0) skip_dateline(s);
    find_entities(s);
    if (is_furniture(*s)) return;
    bool numeric = false;
    for (std::size_t i = 0; i < s->size() && !numeric; ++i) {
      numeric = s->tokens[i].kind == TokenKind::number || s->tokens[i].kind == TokenKind::symbol ||
                (s->words[i]->flags &
                 (kNumberWord | kFraction | kMultiple | kHundred | kMagnitude | kDozen | kVagueStart)) != 0 ||
                // "a dollar", "all day": a unit word after an article stands for one
                (s->has(i, kImpliedUnit) && i > 0 &&
                 (s->is_word(i - 1, "a") || s->is_word(i - 1, "an") || s->is_word(i - 1, "all")));
    }
    bool event = false;
    for (std::size_t i = 0; i < s->size() && !numeric && !event; ++i) event = s->has(i, kEvent | kMostly);
    if (!numeric && !event) return;
    sentence_begun_ = false;
    find_time_expressions(s, published_);
    std::vector<QuantityMention>& mentions = mentions_;
    mentions.clear();
    find_quantities(s, rules_, &units_, &mentions, &stats_);
    if (stats_.capped && !cap_warned_) {
      cap_warned_ = true;
      out_->add_warnings("a sentence has more than " + std::to_string(rules_.policy.max_claims_per_sentence) +
                         " quantities; only the first are reported (policy limits.max_claims_per_sentence)");
    }
    const std::size_t room = rules_.policy.max_claims - static_cast<std::size_t>(out_->claims_size());
    if (mentions.size() > room) {
      mentions.resize(room);
      claims_capped_ = true;
    }
    if (mentions.empty()) {
      add_date_claims(*s, index);
      add_composition_claims(*s, index);
      return;
    }
    begin_sentence(*s, index);
    // Event dates ("opened ... last year") interleave with the quantities in text order.
    std::vector<const TimeMention*>& events = events_;
    events.clear();
    for (const auto& time : s->times) {
      if (is_event_date(*s, time)) events.push_back(&time);
    }
    std::size_t next_event = 0;
    for (auto& mention : mentions) {
      while (next_event < events.size() && events[next_event]->first < mention.first) {
        add_date_claim(*s, *events[next_event++]);
      }
      add_claim(*s, &mention);
    }
    for (; next_event < events.size(); ++next_event) add_date_claim(*s, *events[next_event]);
    add_composition_claims(*s, index);
  }

  // A composition phrase around the adverb of majority at `adverb` ("mostly made up of",
  // "consists largely of", "composed mainly of", "made up mostly of"): its first token and the
  // token after "of"; nullopt when the adverb starts none.
  struct CompositionPhrase {
    std::size_t first;
    std::size_t of_end;
  };
  static std::optional<CompositionPhrase> composition_at(const Sentence& s, std::size_t adverb) {
    const std::size_t i = adverb;
    if (s.is_word(i + 1, "made") && s.is_word(i + 2, "up") && s.is_word(i + 3, "of")) return {{i, i + 4}};
    const auto made_of = [&s](std::size_t k) {
      return s.is_word(k, "composed") || s.is_word(k, "comprised") || s.is_word(k, "consisting") ||
             s.is_word(k, "formed");
    };
    if (made_of(i + 1) && s.is_word(i + 2, "of")) return {{i, i + 3}};
    if (i == 0 || !s.is_word(i + 1, "of")) return std::nullopt;
    if (made_of(i - 1) || s.is_word(i - 1, "consist") || s.is_word(i - 1, "consists") ||
        s.is_word(i - 1, "consisted")) {
      return {{i - 1, i + 2}};
    }
    if (i >= 2 && s.is_word(i - 2, "made") && s.is_word(i - 1, "up")) return {{i - 2, i + 2}};
    return std::nullopt;
  }

  // A claim without a digit that a dataset can hold: what a whole is mostly made of
  // (docs/extraction.md, "Compositions"). Its quantity is a share over one half.
  void add_composition_claims(const Sentence& s, std::uint32_t index) {
    for (std::size_t i = 0; i + 2 < s.size(); ++i) {
      if (!s.has(i, kMostly)) continue;
      const auto phrase = composition_at(s, i);
      if (!phrase || s.use[phrase->first] != TokenUse::none) continue;
      std::size_t end = phrase->of_end;
      while (end < s.size() &&
             (s.use[end] == TokenUse::entity || s.has(end, kDeterminer) || content_word(s, end))) {
        ++end;
      }
      if (end == phrase->of_end ||
          static_cast<std::size_t>(out_->claims_size()) >= rules_.policy.max_claims) {
        continue;
      }
      if (!sentence_begun_) begin_sentence(s, index);
      add_composition_claim(s, phrase->first, i, phrase->of_end, end);
      i = end;
    }
  }

  void add_composition_claim(const Sentence& s, std::size_t first, std::size_t adverb, std::size_t of_end,
                             std::size_t end) {
    const auto begin = s.tokens[first].begin;
    const auto end_byte = s.tokens[end - 1].end;
    const std::size_t clause = clause_start(s, first);
    v1::Claim* claim = new_claim(s, first, end, clause, begin, end_byte);
    v1::Quantity* quantity = claim->mutable_quantity();
    quantity->set_kind(v1::QUANTITY_KIND_FRACTION);
    quantity->set_value(0.5);
    quantity->set_unit("ratio");
    quantity->set_dimension("ratio");
    quantity->set_text(claim->text());
    CodePointSpan{claim->span().start(), claim->span().end()}.to_proto(quantity->mutable_span());
    quantity->set_written_text(s.token_text(adverb).data(), s.token_text(adverb).size());
    converter_.span(s.tokens[adverb].begin, s.tokens[adverb].end).to_proto(quantity->mutable_written_span());
    v1::Band* band = quantity->mutable_band();  // "mostly": more than half, up to all of it
    band->set_low(0.5);
    band->set_high(1.0);
    band->set_low_inclusive(false);
    band->set_high_inclusive(true);
    band->set_rule("composition:mostly");
    claim->set_kind(kind_name(quantity->kind()));
    const TimeMention* time = nearest_time(s, first, end);
    if (time != nullptr) time->period.to_proto(claim->mutable_period());
    // The part is the noun phrase after "of", owned by the name in it ("Russian exports"); the
    // whole is the sentence's subject ("Trade between Russia and Iraq reached ...").
    const Cue part = noun_phrase(s, of_end, end);
    Cue whole;
    for (std::size_t k = 0; k < first && whole.head.empty(); ++k) {
      if (s.has(k, kVerb) || s.use[k] == TokenUse::quantity || ed_verb(s.token_text(k))) break;
      if (content_word(s, k)) whole = noun_phrase(s, k, first);
    }
    QuantityMention phrase;
    phrase.first = first;
    phrase.end = of_end;
    add_quantified(s, phrase, clause, 0, of_end, part, claim);
    for (const Cue* cue : {&part, static_cast<const Cue*>(&whole)}) {
      if (!cue->phrase.empty()) claim->add_cue_words(cue->phrase);
    }
    claim->clear_acting_party();
    for (const auto& entity : s.entities) {
      if (entity.first >= of_end && entity.first < end) {
        claim->set_acting_party(gazetteer_.entity(entity.entity).id);
        break;
      }
    }
    const std::string_view reason = not_checkable_reason(s, mood_, first, time != nullptr && time->future,
                                                         time != nullptr && ended(*time));
    claim->set_checkable(reason.empty());
    if (!reason.empty()) claim->set_not_checkable_reason(reason.data(), reason.size());
    claim->set_check_worthiness(reason.empty() ? 0.4F : 0.1F);
  }

  // Sentence-level fields shared by its claims, with code-point spans.
  void begin_sentence(const Sentence& s, std::uint32_t index) {
    sentence_begun_ = true;
    converter_.start_sentence(s.begin, s.end);
    sentence_span_ = converter_.span(s.begin, s.end);
    sentence_text_.assign(text_.substr(s.begin, s.end - s.begin));
    sentence_index_ = index;
    mood_ = SentenceMood(s);
    entity_spans_.clear();
    for (const auto& mention : s.entities) {
      entity_spans_.push_back(converter_.span(s.tokens[mention.first].begin, s.tokens[mention.end - 1].end));
    }
    if (!converter_.ascii) converter_.cursor.checkpoint(s.begin);
  }

  // `first_clause`: clause_start() of the claim's first token, `first_token`.
  // `end_token`: the token after the claim's words.
  v1::Claim* new_claim(const Sentence& s, std::size_t first_token, std::size_t end_token,
                       std::size_t first_clause, std::size_t begin, std::size_t end) {
    v1::Claim* claim = out_->add_claims();
    std::string id = std::to_string(out_->claims_size());
    id.insert(id.begin(), 'c');
    claim->set_id(std::move(id));
    claim->set_text(text_.data() + begin, end - begin);
    converter_.span(begin, end).to_proto(claim->mutable_span());
    claim->set_sentence(sentence_text_);
    sentence_span_.to_proto(claim->mutable_sentence_span());
    claim->set_sentence_index(sentence_index_);
    add_entities(s, first_token, end_token, first_clause, claim);
    return claim;
  }

  // The entities named in the claim's clause come first (the first is the subject), then
  // the rest of the sentence's, each once. `quantity_clause`: clause_start() of the quantity.
  void add_entities(const Sentence& s, std::size_t quantity_first, std::size_t quantity_end,
                    std::size_t quantity_clause, v1::Claim* claim) {
    std::vector<const std::string*>& seen = seen_ids_;
    seen.clear();
    std::size_t clause = quantity_clause;
    // "Turkey, which hosts 2.5 million Syrians": a relative clause belongs to its antecedent.
    if (clause >= 2 && (s.is_word(clause - 1, "which") || s.is_word(clause - 1, "who")) &&
        s.is_punct(clause - 2, ",")) {
      clause = clause_start(s, clause - 2);
    }
    const std::size_t clause_last = clause_end(s, quantity_first);
    std::vector<std::size_t>& order = entity_order_;
    order.clear();
    // "a total of 3,010 in Iraq and 1,077 in Syria": the place right after the number is its own.
    if (s.is_word(quantity_end, "in")) {
      for (std::size_t m = 0; m < s.entities.size(); ++m) {
        if (s.entities[m].first == quantity_end + 1) order.push_back(m);
      }
    }
    for (std::size_t m = 0; m < s.entities.size(); ++m) {
      if (s.entities[m].first >= clause && s.entities[m].first < clause_last &&
          std::find(order.begin(), order.end(), m) == order.end())
        order.push_back(m);
    }
    for (std::size_t m = 0; m < s.entities.size(); ++m) {
      if (s.entities[m].first < clause || s.entities[m].first >= clause_last) order.push_back(m);
    }
    for (const std::size_t m : order) {
      const EntityRecord& record = gazetteer_.entity(s.entities[m].entity);
      if (std::any_of(seen.begin(), seen.end(), [&](const std::string* id) { return *id == record.id; })) {
        continue;
      }
      seen.push_back(&record.id);
      v1::Entity* entity = claim->add_entities();
      entity->set_id(record.id);
      entity->set_name(record.name);
      entity->set_kind(record.kind);
      const auto begin = s.tokens[s.entities[m].first].begin;
      entity->set_text(text_.data() + begin, s.tokens[s.entities[m].end - 1].end - begin);
      entity_spans_[m].to_proto(entity->mutable_span());
      entity->set_role(origin_mention(s, m)                                            ? "origin"
                       : joint_mention(s, m)                                           ? "joint"
                       : later_independent_clause(s, clause_last, s.entities[m].first) ? "context"
                       : seen.size() == 1                                              ? "subject"
                                                                                       : "counterpart");
    }
  }

  // True when token `at` lies in a clause after `clause_last` joined by ", and" / ", but" with a
  // subject of its own ("inflation was 50.9%, and prices continued to soar due to the war in
  // Ukraine"): a name there is the sentence's, not the claim's. A clause that starts with its
  // verb or a name ("..., and Russia's exports rose") is not set apart.
  static bool later_independent_clause(const Sentence& s, std::size_t clause_last, std::size_t at) {
    for (std::size_t k = clause_last; k + 2 < at; ++k) {
      if (!s.is_punct(k, ",") || !(s.is_word(k + 1, "and") || s.is_word(k + 1, "but"))) continue;
      const std::size_t subject = k + 2;
      if (s.use[subject] == TokenUse::entity || s.has(subject, kVerb) || ed_verb(s.token_text(subject))) {
        return false;
      }
      return content_word(s, subject) || s.has(subject, kDeterminer);
    }
    return false;
  }

  // Tokens in [from, to) outside parentheses: "3.3 (women aged 15 to 49) in 2022" is 3.3 in 2022.
  static std::size_t words_between(const Sentence& s, std::size_t from, std::size_t to) {
    std::size_t count = 0;
    int depth = 0;
    for (std::size_t k = from; k < to; ++k) {
      if (s.is_punct(k, "(")) {
        ++depth;
      } else if (s.is_punct(k, ")")) {
        depth = std::max(depth - 1, 0);
      } else if (depth == 0) {
        ++count;
      }
    }
    return count;
  }

  // "Syrian refugees", "Iraqi migrants": a country named as where people come from, not as a
  // party to the figure (docs/extraction.md, "Entity roles"). "3,000 Iraqis" alone are most
  // often people in Iraq, so a demonym is an origin only before such a noun.
  bool origin_mention(const Sentence& s, std::size_t m) const {
    const EntityMention& mention = s.entities[m];
    if (gazetteer_.entity(mention.entity).kind != "country") return false;
    const std::size_t next = mention.end;
    if (next >= s.size() || s.tokens[next].kind != TokenKind::word) return false;
    for (const std::string_view people :
         {"refugee", "refugees", "migrant", "migrants", "asylum", "nationals", "citizens", "immigrants",
          "workers", "returnees", "expatriates", "pilgrims", "tourists", "students", "arrivals"}) {
      if (s.is_word(next, people)) return true;
    }
    return false;
  }

  // "its territory in Iraq and Syria": two places joined by "and" after a preposition of
  // place share one figure ("trade between Russia and Iraq" names two parties, not a place).
  static bool joint_mention(const Sentence& s, std::size_t m) {
    const auto& mentions = s.entities;
    const auto joined = [&](std::size_t a) {
      const std::size_t at = mentions[a].first;
      return a + 1 < mentions.size() && mentions[a].end + 1 == mentions[a + 1].first &&
             s.is_word(mentions[a].end, "and") && at > 0 &&
             (s.is_word(at - 1, "in") || s.is_word(at - 1, "across") || s.is_word(at - 1, "throughout") ||
              s.is_word(at - 1, "over"));
    };
    return joined(m) || (m > 0 && joined(m - 1));
  }

  const TimeMention* nearest_time(const Sentence& s, std::size_t first, std::size_t end) const {
    const TimeMention* best = nullptr;
    std::size_t best_distance = 0;
    for (const auto& time : s.times) {
      // "..., officials said on Thursday": when it was said, not what the number is about.
      if (time.first > 0 && (s.is_word(time.first - 1, "said") || s.is_word(time.first - 1, "says") ||
                             s.is_word(time.first - 1, "told") || s.is_word(time.first - 1, "announced") ||
                             s.is_word(time.first - 1, "reported") || s.is_word(time.first - 1, "added"))) {
        continue;
      }
      // "exceeding last year's total of $282.7 million": a possessive time owns what follows it.
      if (time.first >= end && (s.is_word(time.end, "'s") || s.is_word(time.end, "\xE2\x80\x99s"))) continue;
      const std::size_t distance = time.end <= first   ? words_between(s, time.end, first)
                                   : time.first >= end ? words_between(s, end, time.first)
                                                       : 0;
      // On a tie the later expression wins: "5 percent in 2015 from 7 percent in 2014".
      if (best == nullptr || distance < best_distance || (distance == best_distance && time.first >= end)) {
        best = &time;
        best_distance = distance;
      }
    }
    return best;
  }

  // What is measured: the phrase after the quantity ("60 percent of peak demand", "100
  // officials"), the noun before "of" ("a population of 2 million"), then the subject of the
  // clause ("Trade ... came close to $2 billion"). A claim with none takes those of the
  // claim before it in the sentence ("rose to 1,357 ... up from 980").
  // `clause`: clause_start() of the mention's first token.
  void add_cues(const Sentence& s, const QuantityMention& mention, std::size_t clause, v1::Claim* claim) {
    const auto kind = claim->quantity().kind();
    std::size_t after = mention.end;
    const bool rate = s.is_word(after, "a") || s.is_word(after, "an") || s.is_word(after, "per");
    if (s.is_word(after, "of") ||
        (kind == v1::QUANTITY_KIND_MONEY && (s.is_word(after, "in") || s.is_word(after, "worth")))) {
      ++after;
      if (s.is_word(after, "of")) ++after;
    }
    Cue object;
    if (mention.compound_noun > 0) {
      object.head = text::lemma(s.token_text(mention.compound_noun));
      object.phrase = object.head;
    } else if (!rate || mention.after_of) {
      object = noun_phrase(s, after, s.size(), /*participles=*/true);
    }
    // "the 14.5GW it managed to generate": the verb names what is measured, so the clause's
    // subject ("peak demand ... exceeded") does not.
    bool subject_measures = true;
    if (object.head.empty()) {
      const std::string_view measure = relative_clause_measure(s, mention.end, clause_end(s, mention.end));
      object.head = measure;
      object.phrase = measure;
      subject_measures = measure.empty();
    }
    Cue prefix;
    // "a population of 2 million", "an increase in the Iraqi population to 41 million".
    if (mention.first >= 2 && (s.is_word(mention.first - 1, "of") || s.is_word(mention.first - 1, "to"))) {
      std::size_t start = mention.first - 1;
      while (start > 0 && content_word(s, start - 1)) --start;
      if (start < mention.first - 1) prefix = noun_phrase(s, start, mention.first - 1);
    }
    Cue subject;
    for (std::size_t k = clause; subject_measures && k < mention.first && subject.phrase.empty(); ++k) {
      if (s.has(k, kVerb) || s.use[k] == TokenUse::quantity || ed_verb(s.token_text(k))) break;
      if (content_word(s, k) || index_name_end(s, k) > k) subject = noun_phrase(s, k, mention.first);
    }
    // "The volume of trade, excluding energy, jumped to $1.4 billion": a clause that starts
    // with its verb continues the sentence's subject, qualified by what stands between.
    const std::size_t subject_end = shared_subject_end(s, clause);
    for (std::size_t k = after_opening_phrase(s, subject_end);
         subject_measures && k < subject_end && subject.phrase.empty(); ++k) {
      if (content_word(s, k) || index_name_end(s, k) > k) subject = noun_phrase(s, k, subject_end);
    }
    auto add_cue = [claim](const std::string& cue) {
      if (cue.empty()) return;
      for (const auto& existing : claim->cue_words()) {
        if (existing == cue) return;
      }
      claim->add_cue_words(cue);
    };
    for (const Cue* cue : {&object, &prefix, &subject}) {
      add_cue(cue->phrase);
      for (const auto& word : cue->time) add_cue(word);
    }
    if (kind == v1::QUANTITY_KIND_COUNT) {
      if (!object.head.empty()) {
        claim->set_counted_noun(object.head);
      } else if (mention.end < s.size() && s.use[mention.end] == TokenUse::entity) {
        // "3,000 Iraqis": demonyms end in -is, which lemma() keeps for "crisis".
        std::string demonym = text::to_lower_ascii(s.token_text(mention.end));
        if (demonym.ends_with("s")) demonym.pop_back();
        claim->set_counted_noun(demonym);
      }
    }
    add_quantified(s, mention, clause, subject_end, after,
                   *(object.head.empty() ? (prefix.head.empty() ? &subject : &prefix) : &object), claim);
    // Not from an adjectival compound ("a 7.5-magnitude quake killed 12").
    const int count = out_->claims_size();
    const bool inherit = !previous_compound_;
    previous_compound_ = mention.compound_noun > 0;
    if (inherit && count >= 2 && claim->cue_words_size() == 0) {
      const v1::Claim& previous = out_->claims(count - 2);
      if (previous.sentence_index() == claim->sentence_index()) {
        *claim->mutable_cue_words() = previous.cue_words();
        if (kind == v1::QUANTITY_KIND_COUNT && claim->counted_noun().empty()) {
          claim->set_counted_noun(previous.counted_noun());
        }
        if (claim->quantified_noun().empty()) {
          claim->set_quantified_noun(previous.quantified_noun());
          *claim->mutable_noun_modifiers() = previous.noun_modifiers();
        }
        if (claim->acting_party().empty()) claim->set_acting_party(previous.acting_party());
        for (const auto& word : previous.qualifiers()) add_qualifier(word, claim->quantified_noun(), claim);
      }
    }
  }

  // What the number quantifies (docs/extraction.md, "Quantified noun, qualifiers and acting
  // party"): the head of `phrase` (the noun phrase after it, the noun it is "of", or the
  // clause's subject) and its modifiers; the clause's qualifying words; the acting party.
  // `object_start`: the token after the quantity and a following "of".
  void add_quantified(const Sentence& s, const QuantityMention& mention, std::size_t clause,
                      std::size_t subject_end, std::size_t object_start, const Cue& phrase,
                      v1::Claim* claim) {
    if (!phrase.head.empty()) {
      claim->set_quantified_noun(phrase.head);
      std::size_t from = 0;
      for (std::size_t space = phrase.phrase.find(' '); space != std::string::npos;
           space = phrase.phrase.find(' ', from)) {
        claim->add_noun_modifiers(phrase.phrase.substr(from, space - from));
        from = space + 1;
      }
    }
    // The clause's words between the numbers either side of this one: "demand of 22 GW" in
    // "generated 12 GW against demand of 22 GW" does not qualify the 12 GW.
    const std::size_t clause_last = clause_end(s, mention.end);
    // "..., and boys in Iceland, at 81.2 years": the words of the clause it is the level of.
    std::size_t first = appositive_level(s, clause) ? clause_start(s, clause - 1) : clause;
    for (std::size_t k = first; k < mention.first; ++k) {
      if (s.use[k] == TokenUse::quantity) first = k + 1;
    }
    for (std::size_t k = 0; k < subject_end; ++k) {
      if (s.tokens[k].kind == TokenKind::word && s.use[k] == TokenUse::none && !s.has(k, kStop)) {
        add_qualifier(text::lemma(s.token_text(k)), phrase.head, claim);
      }
    }
    std::size_t last = mention.end;
    while (last < clause_last && s.use[last] != TokenUse::quantity) ++last;
    for (std::size_t k = first; k < last; ++k) {
      if (k == mention.first) k = mention.end;
      if (k >= last) break;
      if (s.tokens[k].kind != TokenKind::word || s.use[k] == TokenUse::entity) continue;
      // "in the last 24 hours", "over the past week": a window, not the whole period.
      if ((s.is_word(k, "last") || s.is_word(k, "past")) && k + 1 < clause_last) {
        std::string window = text::to_lower_ascii(s.token_text(k));
        std::size_t next = k + 1;
        if (s.is_number(next)) {
          window += ' ';
          window += s.token_text(next);
          ++next;
        }
        if (next < clause_last && s.tokens[next].kind == TokenKind::word) {
          window += ' ';
          window += text::lemma(s.token_text(next));
          claim->add_qualifiers(window);
        }
      }
      if (s.has(k, kStop) && !s.has(k, kTimeModifier)) continue;
      add_qualifier(text::lemma(s.token_text(k)), phrase.head, claim);
    }
    // The acting party: "strikes by France", then a name inside the noun phrase ("20 Russian
    // air strikes"), then the clause's subject (a name not after a preposition).
    std::optional<std::size_t> acting;
    for (std::size_t m = 0; m < s.entities.size() && !acting; ++m) {
      const std::size_t at = s.entities[m].first;
      if (at > mention.end && at < clause_last && s.is_word(at - 1, "by")) acting = m;
    }
    // After "of" a name owns the whole ("40 percent of Iraq's territory"), it does not act.
    const bool after_of = object_start > mention.end || mention.after_of;
    for (std::size_t m = 0; m < s.entities.size() && !acting && !after_of; ++m) {
      const std::size_t at = s.entities[m].first;
      const bool owner = s.is_word(s.entities[m].end, "'s") || s.is_word(s.entities[m].end, "\xE2\x80\x99s");
      // "20 Russian air strikes", "4,087 reported Coalition airstrikes".
      const bool modifier_before =
          at == object_start + 1 && (s.has(object_start, kDeterminer) || content_word(s, object_start, true));
      if (!owner && (at == object_start || modifier_before) && !origin_mention(s, m)) acting = m;
    }
    // A name before a reporting verb is the source ("Iraqi officials have said the militants
    // seized ..."), not the actor.
    std::size_t subject_from = clause;
    for (std::size_t k = clause; k < mention.first; ++k) {
      if (s.is_word(k, "said") || s.is_word(k, "say") || s.is_word(k, "says") || s.is_word(k, "told") ||
          s.is_word(k, "according"))
        subject_from = k + 1;
    }
    for (std::size_t m = 0; m < s.entities.size() && !acting; ++m) {
      const std::size_t at = s.entities[m].first;
      if (at >= subject_from && at < mention.first && !(at > 0 && s.has(at - 1, kPreposition))) acting = m;
    }
    if (acting) claim->set_acting_party(gazetteer_.entity(s.entities[*acting].entity).id);
  }

  static void add_qualifier(std::string word, const std::string& head, v1::Claim* claim) {
    if (word.size() < 3 || word == head) return;
    if (std::find(claim->qualifiers().begin(), claim->qualifiers().end(), word) == claim->qualifiers().end())
      claim->add_qualifiers(std::move(word));
  }

  // Where the subject of a sentence ending its subject at `subject_end` starts: after an opening
  // phrase set off by a comma ("By contrast, Argentina was ...", "However, trade fell ...").
  static std::size_t after_opening_phrase(const Sentence& s, std::size_t subject_end) {
    if (subject_end == 0 || !(s.has(0, kPreposition) || s.is_word(0, "however") || s.is_word(0, "meanwhile")))
      return 0;
    for (std::size_t k = 1; k < subject_end; ++k) {
      if (s.is_punct(k, ",")) return k + 1;
    }
    return 0;
  }

  // "Unemployment remained high in 2015, at 22.1 percent": a clause of "at" and a figure is
  // the level of what the clause before it describes.
  static bool appositive_level(const Sentence& s, std::size_t clause) {
    return clause > 0 && clause + 1 < s.size() && s.is_word(clause, "at") &&
           s.use[clause + 1] == TokenUse::quantity;
  }

  // When the clause at `clause` starts with its verb ("..., jumped to $1.4 billion", "..., and
  // reached ..."), the end of the sentence's subject and what qualifies it: the token of the
  // sentence's first verb; else 0.
  static std::size_t shared_subject_end(const Sentence& s, std::size_t clause) {
    if (clause == 0) return 0;
    std::size_t start = clause;
    if (s.is_word(start, "and") || s.is_word(start, "but")) ++start;
    const auto verb_like = [&](std::size_t k) {
      return s.has(k, kVerb) || s.has(k, kIncrease) || s.has(k, kDecrease) || ed_verb(s.token_text(k));
    };
    if (start >= s.size() || !(verb_like(start) || appositive_level(s, start))) return 0;
    for (std::size_t k = 0; k < start; ++k) {
      // The subject is another number's, unless the number only refers ("the two countries").
      if (s.use[k] == TokenUse::quantity && !(k > 0 && s.is_word(k - 1, "the"))) return 0;
      if (verb_like(k)) return k;
    }
    return clause;
  }

  // "demand reaching 21,000 megawatts while output was only 13,400": a bare number that
  // answers the previous quantity of its sentence across "while", "against", "compared
  // with" or "versus" is in that quantity's unit.
  void inherit_unit(const Sentence& s, const QuantityMention& mention, v1::Claim* claim) const {
    v1::Quantity* quantity = claim->mutable_quantity();
    const int count = out_->claims_size();
    if (quantity->kind() != v1::QUANTITY_KIND_COUNT || !quantity->written_unit().empty() || count < 2) return;
    if (mention.end < s.size() && s.tokens[mention.end].kind == TokenKind::word &&
        s.use[mention.end] == TokenUse::none && !s.has(mention.end, kStop)) {
      return;  // "13,400 homes": it counts its own noun
    }
    const v1::Claim& previous = out_->claims(count - 2);
    const v1::Quantity& unit_from = previous.quantity();
    if (previous.sentence_index() != claim->sentence_index() || unit_from.written_unit().empty() ||
        unit_from.written_value() == 0 ||
        (unit_from.kind() != v1::QUANTITY_KIND_MEASURE && unit_from.kind() != v1::QUANTITY_KIND_MONEY)) {
      return;
    }
    bool contrast = false;
    for (std::size_t k = mention.first; k > 0 && !contrast && s.use[k - 1] != TokenUse::quantity; --k) {
      contrast = s.is_word(k - 1, "while") || s.is_word(k - 1, "whereas") || s.is_word(k - 1, "against") ||
                 s.is_word(k - 1, "versus") || s.is_word(k - 1, "compared");
    }
    if (!contrast) return;
    const double scale = unit_from.value() / unit_from.written_value();
    quantity->set_kind(unit_from.kind());
    quantity->set_unit(unit_from.unit());
    quantity->set_dimension(unit_from.dimension());
    quantity->set_value(quantity->value() * scale);
    v1::Band* band = quantity->mutable_band();
    if (band->has_low()) band->set_low(band->low() * scale);
    if (band->has_high()) band->set_high(band->high() * scale);
  }

  void add_claim(const Sentence& s, QuantityMention* mention) {
    const auto begin = s.tokens[mention->first].begin;
    const auto end = s.tokens[mention->end - 1].end;
    const std::size_t clause = clause_start(s, mention->first);
    v1::Claim* claim = new_claim(s, mention->first, mention->end, clause, begin, end);
    v1::Quantity* quantity = claim->mutable_quantity();
    mention->quantity.to_proto(quantity);
    quantity->set_text(claim->text());
    CodePointSpan{claim->span().start(), claim->span().end()}.to_proto(quantity->mutable_span());
    const auto written_begin = s.tokens[mention->written_first].begin;
    const auto written_end = s.tokens[mention->numeral_end - 1].end;
    quantity->set_written_text(text_.data() + written_begin, written_end - written_begin);
    converter_.span(written_begin, written_end).to_proto(quantity->mutable_written_span());
    inherit_unit(s, *mention, claim);
    claim->set_kind(kind_name(quantity->kind()));

    const TimeMention* time = nearest_time(s, mention->first, mention->end);
    if (time != nullptr) time->period.to_proto(claim->mutable_period());

    add_cues(s, *mention, clause, claim);

    const std::string_view reason = not_checkable_reason(
        s, mood_, mention->first, time != nullptr && time->future, time != nullptr && ended(*time));
    claim->set_checkable(reason.empty());
    if (!reason.empty()) claim->set_not_checkable_reason(reason.data(), reason.size());
    float worthiness = base_worthiness(quantity->kind());
    if (claim->entities_size() > 0) worthiness += 0.15F;
    if (claim->has_period()) worthiness += 0.1F;
    if (claim->cue_words_size() > 0) worthiness += 0.05F;
    if (quantity->vague()) worthiness *= 0.7F;
    if (!reason.empty()) worthiness = std::min(worthiness, 0.2F);
    claim->set_check_worthiness(std::round(std::clamp(worthiness, 0.0F, 1.0F) * 100.0F) / 100.0F);
  }

  // True when an event verb ("opened", "signed") stands before token `first` in the same
  // clause: "opened in Baghdad last year" dates the opening.
  static bool follows_event(const Sentence& s, std::size_t first) {
    for (std::size_t k = first, seen = 0; k > 0 && seen < 8; --k, ++seen) {
      const std::size_t at = k - 1;
      if (s.has(at, kClauseBreak) || s.is_punct(at, ",") || s.is_punct(at, ";")) return false;
      if (s.has(at, kEvent)) return true;
      // "since the start of the Syrian conflict in 2011"
      if ((s.is_word(at, "start") || s.is_word(at, "beginning") || s.is_word(at, "outbreak") ||
           s.is_word(at, "onset")) &&
          s.is_word(at + 1, "of")) {
        return true;
      }
    }
    return false;
  }

  // True when the period ended before the publication date (ISO dates compare as text).
  bool ended(const TimeMention& time) const {
    return !time.period.end.empty() && time.period.end < published_label_;
  }

  static bool is_event_date(const Sentence& s, const TimeMention& time) {
    return (time.period.relative || is_explicit_date(s, time)) && follows_event(s, time.first);
  }

  static bool is_explicit_date(const Sentence& s, const TimeMention& time) {
    if (time.period.relative) return false;
    for (std::size_t k = time.first; k < time.end; ++k) {
      if (s.is_number(k)) return true;
    }
    return false;
  }

  // A sentence with no other quantity: each explicit date and each event date is reported.
  void add_date_claims(const Sentence& s, std::uint32_t index) {
    bool started = false;
    for (const auto& time : s.times) {
      if (!is_explicit_date(s, time) && !is_event_date(s, time)) continue;
      if (!started) {
        begin_sentence(s, index);
        started = true;
      }
      add_date_claim(s, time);
    }
  }

  // One claim of kind date for a time expression of the current sentence.
  void add_date_claim(const Sentence& s, const TimeMention& time) {
    if (static_cast<std::size_t>(out_->claims_size()) >= rules_.policy.max_claims) return;
    const auto begin = s.tokens[time.first].begin;
    const auto end = s.tokens[time.end - 1].end;
    v1::Claim* claim = new_claim(s, time.first, time.end, clause_start(s, time.first), begin, end);
    v1::Quantity* quantity = claim->mutable_quantity();
    quantity->set_kind(v1::QUANTITY_KIND_DATE);
    quantity->set_unit("date");
    quantity->set_text(claim->text());
    CodePointSpan{claim->span().start(), claim->span().end()}.to_proto(quantity->mutable_span());
    quantity->mutable_band()->set_rule("period");
    time.period.to_proto(claim->mutable_period());
    claim->set_kind("date");
    const std::string_view reason = not_checkable_reason(s, mood_, time.first, time.future, ended(time));
    claim->set_checkable(reason.empty());
    if (!reason.empty()) claim->set_not_checkable_reason(reason.data(), reason.size());
    claim->set_check_worthiness(reason.empty() ? 0.3F : 0.1F);
  }

  void finish() {
    // Entities are first seen at distinct tokens, so the order is total.
    std::vector<EntityCount>& ranked = counts_;
    std::sort(ranked.begin(), ranked.end(), [](const EntityCount& a, const EntityCount& b) {
      return a.count != b.count ? a.count > b.count : a.first_seen < b.first_seen;
    });
    // Main entities: the most mentioned, up to three, each named at least twice (or the top one).
    for (std::size_t r = 0; r < ranked.size() && r < 3; ++r) {
      if (r > 0 && ranked[r].count < 2) break;
      const EntityRecord& record = gazetteer_.entity(ranked[r].entity);
      v1::Entity* entity = out_->add_main_entities();
      entity->set_id(record.id);
      entity->set_name(record.name);
      entity->set_kind(record.kind);
      entity->set_role("context");
    }
    for (auto& claim : *out_->mutable_claims()) {
      if (claim.entities_size() > 0) continue;
      // Field by field: main entities carry only these, and a generic CopyFrom costs more.
      for (const auto& main : out_->main_entities()) {
        v1::Entity* entity = claim.add_entities();
        entity->set_id(main.id());
        entity->set_name(main.name());
        entity->set_kind(main.kind());
        entity->set_role(main.role());
      }
    }
    if (claims_capped_) {
      out_->add_warnings("more than " + std::to_string(rules_.policy.max_claims) +
                         " claims; the rest of the document was not analysed (policy limits.max_claims)");
    }
    if (stats_.too_long > 0) {
      out_->add_warnings(std::to_string(stats_.too_long) + " digit run(s) longer than " +
                         std::to_string(rules_.policy.max_number_digits) +
                         " digits were not read as numbers");
    }
    if (cut_sentences_ > 0) {
      out_->add_warnings(std::to_string(cut_sentences_) + " sentence(s) longer than " +
                         std::to_string(rules_.policy.max_sentence_bytes) + " bytes were cut into pieces");
    }
  }

  const Gazetteer& gazetteer_;
  const QuantityRules& rules_;
  std::string_view text_;
  DocumentUnits units_;  // what a bare "$" or "degrees" stands for on this page
  v1::ClaimList* out_;
  Converter converter_;
  Date published_;
  std::string published_label_;  // YYYY-MM-DD, compared with period ends
  QuantityStats stats_;
  std::vector<EntityCount> counts_;  // one per entity named, a few per document
  CodePointSpan sentence_span_;
  std::string sentence_text_;
  std::uint32_t sentence_index_ = 0;
  SentenceMood mood_;  // of the sentence begin_sentence() started
  std::vector<CodePointSpan> entity_spans_;
  // Buffers reused across sentences and claims, to spare an allocation each.
  std::vector<QuantityMention> mentions_;
  std::vector<const TimeMention*> events_;
  std::vector<const std::string*> seen_ids_;  // entity ids already on the claim
  std::vector<std::size_t> entity_order_;
  std::size_t cut_sentences_ = 0;
  bool claims_capped_ = false;
  bool sentence_begun_ = false;     // begin_sentence() ran for the sentence being analysed
  bool previous_compound_ = false;  // the last claim counted a hyphenated noun ("7.5-magnitude")
  bool cap_warned_ = false;
};

// A dateline date ("BAGHDAD, Feb. 11, 2016 -", "11 February 2016") in the first 300 bytes.
bool dateline_date(std::string_view text, Date* date) {
  const std::string_view head =
      text.substr(0, text::floor_to_code_point(text, std::min<std::size_t>(text.size(), 300)));
  Sentence s;
  s.text = head;
  text::tokenize(head, 0, &s.tokens);
  s.look_up_words();
  find_time_expressions(&s, Date{9999, 12, 31});
  for (const auto& time : s.times) {
    if (!time.period.relative && parse_iso_date(time.period.label, date)) return true;
  }
  if (head.size() >= 10 && parse_iso_date(head.substr(0, 10), date)) return true;
  return false;
}

}  // namespace

Status Extractor::extract(const v1::Document& document, v1::ClaimList* out) const {
  out->Clear();
  if (document.text().size() >= 0xFFFFFFF0U) {
    return Status::invalid_argument("document text too large for extraction (" +
                                    std::to_string(document.text().size()) + " bytes; limit 4 GiB)");
  }
  Date published;
  if (!document.published().empty()) {
    if (!parse_iso_date(document.published(), &published)) {
      return Status::invalid_argument("published date '" + document.published() +
                                      "' is not a YYYY-MM-DD date");
    }
    out->set_published_source("document");
  } else if (dateline_date(document.text(), &published)) {
    out->add_warnings("no publication date; used the dateline date " + format_date(published));
    out->set_published_source("dateline");
  } else {
    published = today_utc();
    out->add_warnings(
        "no publication date and no dated dateline; relative dates resolved against today's date " +
        format_date(published));
    out->set_published_source("today");
  }
  out->set_published(format_date(published));
  const std::string& language = document.language();
  if (!language.empty() && language != "en" && !language.starts_with("en-")) {
    out->add_warnings("language '" + language + "' is not supported; extracted as English");
  }
  if (document.text().find_first_not_of(" \t\r\n") == std::string::npos) {
    out->add_warnings("the document has no text");
    return Status::ok();
  }
  Run run(gazetteer_, *rules_, document, out);
  run.extract(published);
  return Status::ok();
}

}  // namespace factcheck::extract
