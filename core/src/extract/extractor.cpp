#include "extract/extractor.hpp"

#include <algorithm>
#include <cmath>
#include <map>
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
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if ((s.is_word(i, "min") || s.is_word(i, "minute")) && s.is_word(i + 1, "read")) return true;
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

bool content_word(const Sentence& s, std::size_t k) {
  if (k >= s.size() || s.tokens[k].kind != TokenKind::word || s.use[k] != TokenUse::none) return false;
  const std::uint32_t flags = s.words[k]->flags;
  if ((flags & (kStop | kVerb | kNumberWord | kMagnitude | kHundred | kMonth | kWeekday | kIncrease |
                kDecrease | kForecast | kPlan | kPromise | kCondition | kOrdinal | kMultiple)) != 0) {
    return false;
  }
  if (s.words[k]->flags == 0 && s.token_text(k).size() <= 1) return false;
  // "leaving millions": an -ing word before a determiner, quantity or name is a verb.
  const std::string_view word = s.token_text(k);
  if (word.size() > 5 && word.ends_with("ing") && k + 1 < s.size() &&
      (s.use[k + 1] != TokenUse::none || s.has(k + 1, kDeterminer) || s.has(k + 1, kPreposition))) {
    return false;
  }
  return !ed_verb(word);
}

struct Cue {
  std::string phrase;             // lemmatised content words without time modifiers
  std::vector<std::string> time;  // "summer", "annual"
  std::string head;               // last word, lemmatised
};

// The noun phrase starting at `k`: leading determiners, possessives and entity names are
// skipped; content words (and time modifiers) are collected until anything else.
Cue noun_phrase(const Sentence& s, std::size_t k, std::size_t limit) {
  Cue cue;
  while (k < limit && (s.has(k, kDeterminer) || s.use[k] == TokenUse::entity)) ++k;
  std::size_t words = 0;
  while (k < limit && words < 5) {
    if (s.has(k, kTimeModifier) && s.use[k] == TokenUse::none) {
      cue.time.push_back(text::lemma(s.token_text(k)));
      ++k;
      continue;
    }
    if (!content_word(s, k)) {
      // "air-strikes": a hyphen between two content words joins them.
      if (words > 0 && s.is_hyphen(k) && !s.tokens[k].space_before && k + 1 < limit &&
          content_word(s, k + 1) && !s.tokens[k + 1].space_before) {
        cue.phrase += '-';
        ++k;
        cue.phrase += text::lemma(s.token_text(k));
        cue.head = text::lemma(s.token_text(k));
        ++k;
        continue;
      }
      break;
    }
    std::string word = text::to_lower_ascii(s.token_text(k));
    if (!cue.phrase.empty()) cue.phrase += ' ';
    cue.phrase += word;
    cue.head = text::lemma(word);
    ++words;
    ++k;
  }
  // Only the head noun is plural-reduced; modifiers stay as written ("arms sales" -> "arms sale").
  if (!cue.phrase.empty()) {
    const auto last_space = cue.phrase.find_last_of(" -");
    cue.phrase.resize(last_space == std::string::npos ? 0 : last_space + 1);
    cue.phrase.append(cue.head);
  }
  return cue;
}

std::size_t clause_start(const Sentence& s, std::size_t before) {
  std::size_t k = before;
  while (k > 0) {
    const std::size_t prev = k - 1;
    if (s.tokens[prev].kind == TokenKind::punct) {
      const std::string_view p = s.token_text(prev);
      if (p == "," || p == ";" || p == ":" || p == "(" || p == "\"" || p == "\xE2\x80\x94" ||
          p == "\xE2\x80\x9C")
        break;
    }
    if (s.has(prev, kClauseBreak)) break;
    --k;
  }
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
std::string not_checkable_reason(const Sentence& s, std::size_t first, bool future_period) {
  std::size_t last = s.size();
  while (last > 0 && s.tokens[last - 1].kind == TokenKind::punct && s.token_text(last - 1) != "?") --last;
  if (last > 0 && s.token_text(last - 1) == "?") return "question";
  for (std::size_t k = 0; k < first; ++k) {
    if (s.has(k, kCondition) && (!s.tokens[k].capitalised || k == 0)) return "condition";
  }
  std::string reason;
  std::size_t seen = 0;
  for (std::size_t k = first; k > 0 && seen < 12; --k, ++seen) {
    const std::size_t at = k - 1;
    if (s.is_punct(at, ";") || s.is_punct(at, ":") || s.is_word(at, "but")) break;
    if (s.use[at] != TokenUse::none || (s.tokens[at].capitalised && at > 0)) continue;
    if (s.has(at, kPromise)) return "promise";
    if (s.has(at, kPlan) && reason.empty()) reason = "plan";
    if (s.has(at, kForecast) && reason.empty()) reason = "forecast";
  }
  if (!reason.empty()) return reason;
  return future_period ? "forecast" : "";
}

struct Converter {
  text::CodePointCursor cursor;
  explicit Converter(std::string_view text) : cursor(text) {}
  v1::Span span(std::size_t begin, std::size_t end) {
    v1::Span out;
    out.set_start(cursor.code_point_at(begin));
    out.set_end(cursor.code_point_at(end));
    return out;
  }
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
      : gazetteer_(gazetteer), rules_(rules), text_(document.text()), out_(out), converter_(text_) {}

  void extract(const Date& published) {
    published_ = published;
    const auto& policy = rules_.policy;
    text::ByteSpan span;
    std::size_t from = 0;
    std::uint32_t index = 0;
    Sentence s;
    s.text = text_;
    while (text::next_sentence(text_, from, &span, policy.max_sentence_bytes)) {
      from = span.end > from ? span.end : from + 1;
      if (span.cut) ++cut_sentences_;
      if (out_->claims_size() >= static_cast<int>(policy.max_claims)) {
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
    const Lexicon& lexicon = Lexicon::instance();
    s->words.resize(s->tokens.size());
    s->use.assign(s->tokens.size(), TokenUse::none);
    for (std::size_t i = 0; i < s->tokens.size(); ++i)
      s->words[i] = &lexicon.lookup(s->token_text(i), s->tokens[i]);
  }

  // "BAGHDAD, Feb 11 (Reuters) -": the dateline names where the story was filed, not what
  // it is about; its words are not entities, periods or claims.
  static void skip_dateline(Sentence* s) {
    if (s->size() < 3 || !s->tokens[0].all_caps || s->tokens[0].kind != TokenKind::word) return;
    for (std::size_t k = 1; k < s->size() && k < 16; ++k) {
      if (s->is_hyphen(k) || s->is_punct(k, "\xE2\x80\x94")) {
        if (!s->tokens[k].space_before) return;
        for (std::size_t j = 0; j <= k; ++j) s->use[j] = TokenUse::skipped;
        return;
      }
    }
  }

  void find_entities(Sentence* s) {
    for (std::size_t i = 0; i < s->size();) {
      std::uint32_t entity = 0;
      std::size_t length = 0;
      if (s->tokens[i].capitalised && s->use[i] == TokenUse::none &&
          gazetteer_.match_at(text_, s->tokens, i, s->size(), &entity, &length)) {
        s->entities.push_back({i, i + length, entity});
        for (std::size_t k = i; k < i + length; ++k) s->use[k] = TokenUse::entity;
        auto& count = counts_[entity];
        if (count.count == 0) {
          count.entity = entity;
          count.first_seen = s->tokens[i].begin;
        }
        ++count.count;
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
                 (kNumberWord | kFraction | kMultiple | kHundred | kMagnitude | kDozen)) != 0 ||
                s->is_word(i, "dozens") || s->is_word(i, "hundreds") || s->is_word(i, "thousands") ||
                s->is_word(i, "millions") || s->is_word(i, "billions") || s->is_word(i, "scores") ||
                s->is_word(i, "tens") || s->is_word(i, "several");
    }
    if (!numeric) return;
    find_time_expressions(s, published_);
    std::vector<QuantityMention> mentions;
    find_quantities(s, rules_, &mentions, &stats_);
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
      return;
    }
    begin_sentence(*s, index);
    for (auto& mention : mentions) add_claim(*s, &mention);
  }

  // Sentence-level fields shared by its claims, with code-point spans.
  void begin_sentence(const Sentence& s, std::uint32_t index) {
    converter_.cursor.checkpoint(s.begin);
    sentence_span_ = converter_.span(s.begin, s.end);
    sentence_text_ = std::string(text_.substr(s.begin, s.end - s.begin));
    sentence_index_ = index;
    entity_spans_.clear();
    for (const auto& mention : s.entities) {
      entity_spans_.push_back(converter_.span(s.tokens[mention.first].begin, s.tokens[mention.end - 1].end));
    }
    converter_.cursor.checkpoint(s.begin);
  }

  v1::Claim* new_claim(const Sentence& s, std::size_t first_token, std::size_t begin, std::size_t end) {
    v1::Claim* claim = out_->add_claims();
    std::string id = std::to_string(out_->claims_size());
    id.insert(id.begin(), 'c');
    claim->set_id(std::move(id));
    claim->set_text(std::string(text_.substr(begin, end - begin)));
    *claim->mutable_span() = converter_.span(begin, end);
    claim->set_sentence(sentence_text_);
    *claim->mutable_sentence_span() = sentence_span_;
    claim->set_sentence_index(sentence_index_);
    add_entities(s, first_token, claim);
    return claim;
  }

  // The entities named in the claim's clause come first (the first is the subject), then
  // the rest of the sentence's, each once.
  void add_entities(const Sentence& s, std::size_t quantity_first, v1::Claim* claim) {
    std::vector<std::string> seen;
    const std::size_t clause = clause_start(s, quantity_first);
    std::vector<std::size_t> order;
    for (std::size_t m = 0; m < s.entities.size(); ++m) {
      if (s.entities[m].first >= clause) order.push_back(m);
    }
    for (std::size_t m = 0; m < s.entities.size(); ++m) {
      if (s.entities[m].first < clause) order.push_back(m);
    }
    for (const std::size_t m : order) {
      const EntityRecord& record = gazetteer_.entity(s.entities[m].entity);
      if (std::find(seen.begin(), seen.end(), record.id) != seen.end()) continue;
      seen.push_back(record.id);
      v1::Entity* entity = claim->add_entities();
      entity->set_id(record.id);
      entity->set_name(record.name);
      entity->set_kind(record.kind);
      const auto begin = s.tokens[s.entities[m].first].begin;
      entity->set_text(std::string(text_.substr(begin, s.tokens[s.entities[m].end - 1].end - begin)));
      *entity->mutable_span() = entity_spans_[m];
      entity->set_role(seen.size() == 1 ? "subject" : "counterpart");
    }
  }

  const TimeMention* nearest_time(const Sentence& s, std::size_t first, std::size_t end) const {
    const TimeMention* best = nullptr;
    std::size_t best_distance = 0;
    for (const auto& time : s.times) {
      const std::size_t distance = time.end <= first   ? first - time.end
                                   : time.first >= end ? time.first - end
                                                       : 0;
      if (best == nullptr || distance < best_distance) {
        best = &time;
        best_distance = distance;
      }
    }
    return best;
  }

  void add_claim(const Sentence& s, QuantityMention* mention) {
    const auto begin = s.tokens[mention->first].begin;
    const auto end = s.tokens[mention->end - 1].end;
    v1::Claim* claim = new_claim(s, mention->first, begin, end);
    v1::Quantity* quantity = claim->mutable_quantity();
    *quantity = std::move(mention->quantity);
    *quantity->mutable_span() = claim->span();
    claim->set_kind(kind_name(quantity->kind()));

    const TimeMention* time = nearest_time(s, mention->first, mention->end);
    if (time != nullptr) *claim->mutable_period() = time->period;

    // What is measured: the phrase after the quantity ("60 percent of peak demand", "100
    // officials"), then the subject of the clause ("Trade ... came close to $2 billion").
    std::size_t after = mention->end;
    const auto kind = quantity->kind();
    if (s.is_word(after, "of") ||
        (kind == v1::QUANTITY_KIND_MONEY && (s.is_word(after, "in") || s.is_word(after, "worth")))) {
      ++after;
      if (s.is_word(after, "of")) ++after;
    }
    const Cue object = noun_phrase(s, after, s.size());
    const std::size_t clause = clause_start(s, mention->first);
    Cue subject;
    for (std::size_t k = clause; k < mention->first && subject.phrase.empty(); ++k) {
      if (content_word(s, k)) subject = noun_phrase(s, k, mention->first);
    }
    auto add_cue = [claim](const std::string& cue) {
      if (cue.empty()) return;
      for (const auto& existing : claim->cue_words()) {
        if (existing == cue) return;
      }
      claim->add_cue_words(cue);
    };
    add_cue(object.phrase);
    for (const auto& word : object.time) add_cue(word);
    add_cue(subject.phrase);
    for (const auto& word : subject.time) add_cue(word);
    if (kind == v1::QUANTITY_KIND_COUNT && !object.head.empty()) claim->set_counted_noun(object.head);

    const std::string reason = not_checkable_reason(s, mention->first, time != nullptr && time->future);
    claim->set_checkable(reason.empty());
    claim->set_not_checkable_reason(reason);
    float worthiness = base_worthiness(kind);
    if (claim->entities_size() > 0) worthiness += 0.15F;
    if (claim->has_period()) worthiness += 0.1F;
    if (claim->cue_words_size() > 0) worthiness += 0.05F;
    if (quantity->vague()) worthiness *= 0.7F;
    if (!reason.empty()) worthiness = std::min(worthiness, 0.2F);
    claim->set_check_worthiness(std::round(std::clamp(worthiness, 0.0F, 1.0F) * 100.0F) / 100.0F);
  }

  // A sentence with dates but no other quantity: each explicit date is reported (kind date).
  void add_date_claims(const Sentence& s, std::uint32_t index) {
    bool started = false;
    for (const auto& time : s.times) {
      bool digits = false;
      for (std::size_t k = time.first; k < time.end; ++k) digits = digits || s.is_number(k);
      if (!digits || time.period.relative()) continue;
      if (static_cast<std::size_t>(out_->claims_size()) >= rules_.policy.max_claims) return;
      if (!started) {
        begin_sentence(s, index);
        started = true;
      }
      const auto begin = s.tokens[time.first].begin;
      const auto end = s.tokens[time.end - 1].end;
      v1::Claim* claim = new_claim(s, time.first, begin, end);
      v1::Quantity* quantity = claim->mutable_quantity();
      quantity->set_kind(v1::QUANTITY_KIND_DATE);
      quantity->set_unit("date");
      quantity->set_text(claim->text());
      *quantity->mutable_span() = claim->span();
      v1::Band* band = quantity->mutable_band();
      band->set_rule("period");
      *claim->mutable_period() = time.period;
      claim->set_kind("date");
      const std::string reason = not_checkable_reason(s, time.first, time.future);
      claim->set_checkable(reason.empty());
      claim->set_not_checkable_reason(reason);
      claim->set_check_worthiness(reason.empty() ? 0.3F : 0.1F);
    }
  }

  void finish() {
    std::vector<EntityCount> ranked;
    for (const auto& [id, count] : counts_) ranked.push_back(count);
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
      for (const auto& main : out_->main_entities()) *claim.add_entities() = main;
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
  v1::ClaimList* out_;
  Converter converter_;
  Date published_;
  QuantityStats stats_;
  std::map<std::uint32_t, EntityCount> counts_;
  v1::Span sentence_span_;
  std::string sentence_text_;
  std::uint32_t sentence_index_ = 0;
  std::vector<v1::Span> entity_spans_;
  std::size_t cut_sentences_ = 0;
  bool claims_capped_ = false;
  bool cap_warned_ = false;
};

// A dateline date ("BAGHDAD, Feb. 11, 2016 -", "11 February 2016") in the first 300 bytes.
bool dateline_date(std::string_view text, Date* date) {
  const std::string_view head =
      text.substr(0, text::floor_to_code_point(text, std::min<std::size_t>(text.size(), 300)));
  Sentence s;
  s.text = head;
  text::tokenize(head, 0, &s.tokens);
  const Lexicon& lexicon = Lexicon::instance();
  s.words.resize(s.tokens.size());
  s.use.assign(s.tokens.size(), TokenUse::none);
  for (std::size_t i = 0; i < s.tokens.size(); ++i)
    s.words[i] = &lexicon.lookup(s.token_text(i), s.tokens[i]);
  find_time_expressions(&s, Date{9999, 12, 31});
  for (const auto& time : s.times) {
    if (!time.period.relative() && parse_iso_date(time.period.label(), date)) return true;
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
  } else if (dateline_date(document.text(), &published)) {
    out->add_warnings("no publication date; used the dateline date " + format_date(published));
  } else {
    published = today_utc();
    out->add_warnings(
        "no publication date and no dated dateline; relative dates resolved against today's date " +
        format_date(published));
  }
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
