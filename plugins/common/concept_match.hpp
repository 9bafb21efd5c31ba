// Measured-thing matching for the bundled checkers (docs/verdicts.md, "Match basis"): a
// decisive verdict needs the claim's quantity (head noun, modifiers, qualifiers, dimension,
// acting party) to be what the indicator's concept says it measures. Header-only, on the
// public SDK, like checker_toolkit.hpp.
#ifndef FACTCHECK_PLUGINS_CONCEPT_MATCH_HPP
#define FACTCHECK_PLUGINS_CONCEPT_MATCH_HPP

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/checker_toolkit.hpp"

namespace factcheck::toolkit {

// Confidence of a match on the claim's head noun; on a modifier, cue word or clause verb
// ("Iraq needs 21,000 MW") it is lower.
inline constexpr float kHeadMatch = 1.0F;
inline constexpr float kPhraseMatch = 0.85F;
inline constexpr float kQualifierMatch = 0.7F;
// Entity and period alignment factors (docs/verdicts.md).
inline constexpr float kDocumentEntity = 0.8F;
inline constexpr float kPeriodOverlap = 0.9F;
inline constexpr float kPeriodImplied = 0.85F;

struct ConceptMatch {
  bool matched = false;
  float confidence = 0;                  // word-match strength, before entity and period
  std::vector<std::string> claim_words;  // what matched
  std::string reason;                    // why not, for an editor
};

// Does the claim's kind fit the concept's dimension?
inline bool dimension_fits(std::string_view dimension, const v1::Claim& claim) {
  const std::string& kind = claim.kind();
  if (dimension == "money") return kind == "money";
  if (dimension == "count") return kind == "count";
  if (dimension == "share") return kind == "percent" || kind == "fraction";
  if (dimension == "measure") return kind == "measure";
  if (dimension == "duration") return kind == "duration" || kind == "age";
  if (dimension == "rate") return kind == "percent" || kind == "money" || kind == "count";
  if (dimension == "index") return kind != "date";
  // An event's date also answers how long ago it was ("four months of air strikes").
  if (dimension == "date") return kind == "date" || kind == "duration" || kind == "age";
  return false;
}

// The words that describe the claim's quantity: its head noun first, then the modifiers and
// cue phrases (and their single words), then the counted noun.
inline std::vector<std::string> quantity_words(const v1::Claim& claim) {
  std::vector<std::string> words;
  const auto add = [&words](const std::string& word) {
    if (!word.empty() && !contains(words, word)) words.push_back(word);
  };
  add(claim.quantified_noun());
  for (const auto& word : claim.noun_modifiers()) add(word);
  for (const auto& cue : claim.cue_words()) {
    add(cue);
    size_t from = 0;
    for (size_t space = cue.find(' '); space != std::string::npos; space = cue.find(' ', from)) {
      add(cue.substr(from, space - from));
      from = space + 1;
    }
    if (from > 0) add(cue.substr(from));
  }
  add(claim.counted_noun());
  return words;
}

// "employees", "the number of employees (state private company)".
inline std::string quantity_description(const v1::Claim& claim) {
  std::string head = claim.quantified_noun().empty() ? claim.counted_noun() : claim.quantified_noun();
  if (head.empty() && !claim.cue_words().empty()) head = claim.cue_words(0);
  if (head.empty()) return "the quantity '" + claim.text() + "'";
  std::string text;
  if (claim.kind() == "count") {
    text = "the number of " + head + (head.back() == 's' ? "" : "s");
  } else if (claim.kind() == "percent" || claim.kind() == "fraction") {
    text = "the share of " + head;
  } else if (claim.kind() == "money") {
    text = "the value of " + head;
  } else {
    text = head + " in " + (claim.quantity().unit().empty() ? claim.kind() : claim.quantity().unit());
  }
  std::string modifiers;
  for (const auto& word : claim.noun_modifiers()) modifiers += (modifiers.empty() ? "" : " ") + word;
  return modifiers.empty() ? text : text + " (" + modifiers + ")";
}

// "share of peak demand", "number of airstrikes", "demand of electricity"
inline std::string concept_phrase(const v1::IndicatorConcept& measured) {
  if (measured.measures().empty()) return "";
  const std::string& head = measured.measures(0);
  const std::string& whole = measured.of().empty() ? head : measured.of();
  if (measured.dimension() == "share") return "share of " + whole;
  if (measured.dimension() == "count") return "number of " + whole;
  if (measured.dimension() == "money") return "value of " + whole;
  return whole == head ? head : head + " of " + whole;
}

template <typename Words>
bool has_word(const Words& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Does `phrase` hold `words` as whole words ("population growth rate" holds "population growth")?
inline bool holds_phrase(std::string_view phrase, std::string_view words) {
  for (size_t at = phrase.find(words); at != std::string_view::npos; at = phrase.find(words, at + 1)) {
    const size_t end = at + words.size();
    if ((at == 0 || phrase[at - 1] == ' ') && (end == phrase.size() || phrase[end] == ' ')) return true;
  }
  return false;
}

// Words that make a figure a change, not a level: "lost 5,000 square miles", "a net loss of 14%".
inline bool is_change_word(std::string_view word) {
  for (const std::string_view change :
       {"lost", "lose", "loss", "stripped", "strip", "shed", "shrank", "shrunk", "shrink", "ceded", "cede",
        "retaken", "retook", "recaptured", "regained", "liberated"}) {
    if (word == change) return true;
  }
  return false;
}

// The claim states by how much something changed ("rose by 5%", "lost 5,000 square miles").
inline bool states_change(const v1::Claim& claim) {
  const auto change = claim.quantity().change();
  if (change == v1::CHANGE_KIND_INCREASE || change == v1::CHANGE_KIND_DECREASE) return true;
  return std::any_of(claim.qualifiers().begin(), claim.qualifiers().end(), is_change_word) ||
         std::any_of(claim.noun_modifiers().begin(), claim.noun_modifiers().end(), is_change_word);
}

// The indicator measures a change (growth, inflation, territory lost), so a stated change fits it.
inline bool measures_change(const v1::IndicatorMatch& indicator) {
  static constexpr std::string_view kChange[] = {"growth",   "change",   "inflation", "lost",       "loss",
                                                 "increase", "decrease", "expansion", "contraction"};
  const auto names_change = [](std::string_view text) {
    return std::any_of(std::begin(kChange), std::end(kChange),
                       [&](std::string_view word) { return text.find(word) != std::string_view::npos; });
  };
  const auto& measured = indicator.measured_concept();
  return names_change(indicator.indicator()) || names_change(measured.of()) ||
         std::any_of(measured.measures().begin(), measured.measures().end(), names_change);
}

// A country the claim names as where people come from ("Syrian refugees") is the entity only
// of an indicator counted by origin: refugees hosted *by* Syria are not Syrian refugees. And
// an origin total (all of Syria's refugees) is not the figure for those in one other country
// the claim or its document names (Syrian refugees in Jordan).
inline bool entity_role_fits(const v1::Claim& claim, const v1::IndicatorMatch& indicator,
                             std::string_view entity) {
  const bool by_origin = indicator.measured_concept().entity_role().find("origin") != std::string::npos;
  bool origin = false;
  bool elsewhere = false;
  for (const auto& named : claim.entities()) {
    if (named.id() == entity) {
      origin = origin || named.role() == "origin";
    } else if (named.kind() == "country") {
      elsewhere = true;
    }
  }
  if (origin) return by_origin && !elsewhere;
  return true;
}

// The claim's head noun when it is a cue word of several words of the indicator, matched by the
// store ("west texas intermediate" for the cue word "West Texas Intermediate"). The store gives
// cue words in its lemma form ("west texa intermediate"), so a final "s" is not compared.
inline std::optional<std::string> names_by_cue(const v1::Claim& claim, const v1::IndicatorMatch& indicator) {
  const std::string& head = claim.quantified_noun();
  if (head.find(' ') == std::string::npos) return std::nullopt;
  const auto stem = [](std::string_view word) {
    return word.ends_with('s') || word.ends_with('S') ? word.substr(0, word.size() - 1) : word;
  };
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; };
  const auto same_stem = [&](std::string_view cue_word, std::string_view word) {
    return std::ranges::equal(stem(cue_word), stem(word), [&](char a, char b) { return lower(a) == b; });
  };
  const auto same_words = [&](std::string_view cue) {
    std::string_view rest = head;
    while (!cue.empty() && !rest.empty()) {
      const size_t cue_end = std::min(cue.find(' '), cue.size());
      const size_t rest_end = std::min(rest.find(' '), rest.size());
      if (!same_stem(cue.substr(0, cue_end), rest.substr(0, rest_end))) return false;
      cue.remove_prefix(std::min(cue_end + 1, cue.size()));
      rest.remove_prefix(std::min(rest_end + 1, rest.size()));
    }
    return cue.empty() && rest.empty();
  };
  for (const auto& cue : indicator.matched_cue_words()) {
    if (same_words(cue)) return head;
  }
  return std::nullopt;
}

inline ConceptMatch match_concept(const v1::Claim& claim, const v1::IndicatorMatch& indicator) {
  ConceptMatch result;
  if (!indicator.has_measured_concept() || indicator.measured_concept().measures().empty()) {
    result.reason = "'" + indicator.indicator() + "' declares no concept to match";
    return result;
  }
  const auto& measured = indicator.measured_concept();
  // Only a failure's reason names the concept: built then, not for every candidate.
  const auto what = [&measured] { return concept_phrase(measured); };
  if (!dimension_fits(measured.dimension(), claim)) {
    result.reason = "'" + indicator.indicator() + "' measures " + what() + " (a " + measured.dimension() +
                    "), the claim a " + claim.kind();
    return result;
  }
  const auto words = quantity_words(claim);
  // The clause's words qualify the quantity; a date, which has no noun phrase of its own,
  // takes its sentence's words.
  const bool sentence_qualifies = claim.qualifiers().empty() && claim.kind() == "date";
  const std::vector<std::string> sentence =
      sentence_qualifies ? sentence_words(claim) : std::vector<std::string>();
  const auto in_clause = [&](const std::string& lemma) {
    return sentence_qualifies ? has_word(sentence, lemma) : has_word(claim.qualifiers(), lemma);
  };
  const auto qualified_by = [&](const std::string& lemma) {
    return has_word(words, lemma) || in_clause(lemma);
  };
  if (states_change(claim) && !measures_change(indicator)) {
    result.reason =
        "the claim gives a change, '" + indicator.indicator() + "' measures a level (" + what() + ")";
    return result;
  }
  for (const auto& excluded : measured.excluded_qualifiers()) {
    if (excluded != claim.quantified_noun() && qualified_by(excluded) &&
        !has_word(measured.measures(), excluded)) {
      result.reason = "'" + excluded + "' makes the claim's quantity something other than " + what();
      return result;
    }
  }
  if (!measured.required_qualifiers().empty() &&
      std::none_of(measured.required_qualifiers().begin(), measured.required_qualifiers().end(),
                   [&](const std::string& word) { return qualified_by(word); })) {
    result.reason =
        "'" + indicator.indicator() + "' measures " + what() + " only when the claim says '" +
        join({measured.required_qualifiers().begin(), measured.required_qualifiers().end()}, "' or '") + "'";
    return result;
  }
  for (const auto& measure : measured.measures()) {
    if (!claim.quantified_noun().empty() && measure == claim.quantified_noun()) {
      result.matched = true;
      result.confidence = kHeadMatch;
      result.claim_words = {measure};
      return result;
    }
  }
  // "West Texas Intermediate averaged $57": a name of several words the binding gives as a cue
  // word names what the indicator measures, though it is none of the concept's measures.
  if (const auto name = names_by_cue(claim, indicator)) {
    result.matched = true;
    result.confidence = kPhraseMatch;
    result.claim_words = {*name};
    return result;
  }
  // "raised its military spending to 7.1% of GDP", "Gross domestic product expanded 3.4%": the
  // number's noun is the whole the share or rate is of, and the part or the change is named
  // in full by the clause's words.
  const auto names_gdp = [&claim] {
    return claim.quantified_noun() == "economy" ||
           std::find(claim.cue_words().begin(), claim.cue_words().end(), "gross domestic product") !=
               claim.cue_words().end();
  };
  const bool whole_named =
      !claim.quantified_noun().empty() &&
      (holds_phrase(measured.of(), claim.quantified_noun()) || (measured.of() == "gdp" && names_gdp()));
  if ((measured.dimension() == "share" || measured.dimension() == "rate") && whole_named) {
    for (const auto& measure : measured.measures()) {
      bool named = true;
      for (size_t from = 0; named && from <= measure.size();) {
        const size_t space = std::min(measure.find(' ', from), measure.size());
        named = in_clause(measure.substr(from, space - from));
        from = space + 1;
      }
      if (named) {
        result.matched = true;
        result.confidence = kQualifierMatch;
        result.claim_words = {measure, claim.quantified_noun()};
        return result;
      }
    }
  }
  const auto in_phrases = [&](const std::string& measure) {
    return contains(words, measure) ||
           std::any_of(claim.cue_words().begin(), claim.cue_words().end(),
                       [&](const std::string& cue) { return holds_phrase(cue, measure); });
  };
  for (const auto& measure : measured.measures()) {
    if (in_phrases(measure)) {
      result.matched = true;
      result.confidence = kPhraseMatch;
      result.claim_words.push_back(measure);
    }
  }
  if (result.matched) return result;
  for (const auto& measure : measured.measures()) {
    if (in_clause(measure)) {
      result.matched = true;
      result.confidence = kQualifierMatch;
      result.claim_words.push_back(measure);
    }
  }
  if (!result.matched) {
    result.reason =
        "'" + indicator.indicator() + "' measures " + what() + ", not " + quantity_description(claim);
  }
  return result;
}

// The claim's acting party is the rows' entity (or, for a two-sided figure, one of its sides).
inline bool acting_party_fits(const v1::Claim& claim, const v1::DatasetRow& row, bool two_sided) {
  const std::string& acting = claim.acting_party();
  return acting.empty() || row.entity() == acting || (two_sided && row.counterpart() == acting);
}

// The match basis of a decisive verdict from `indicator`, judged on `rows`.
inline v1::MatchBasis match_basis(const v1::Claim& claim, const v1::DocumentContext& context,
                                  const v1::IndicatorMatch& indicator, const ConceptMatch& match,
                                  const std::vector<v1::DatasetRow>& rows) {
  v1::MatchBasis basis;
  for (const auto& word : match.claim_words) basis.add_claim_words(word);
  basis.set_dataset(indicator.dataset());
  basis.set_indicator(indicator.indicator());
  basis.set_indicator_concept(concept_phrase(indicator.measured_concept()));
  basis.set_dimension(indicator.measured_concept().dimension());
  if (!rows.empty()) {
    const auto& row = rows.front();
    const bool own = contains(claim_entities(claim), row.entity());
    basis.set_entity_alignment(
        (own ? "the claim names " : "the document is about ") + entity_name(row.entity(), claim, context) +
        (claim.acting_party().empty() ? "" : " (acting party)") +
        (row.counterpart().empty() ? "" : "; counterpart " + entity_name(row.counterpart(), claim, context)));
    std::vector<std::string> periods;
    for (const auto& item : rows) {
      if (!contains(periods, item.period().label())) periods.push_back(item.period().label());
    }
    basis.set_period_alignment(has_period(claim.period())
                                   ? "claim period " + claim.period().label() + "; rows " + join(periods)
                                   : "no period stated: latest before publication, " + join(periods));
  }
  return basis;
}

// How sure the match is: the word match, times the entity's and the period's alignment.
inline float match_confidence(const v1::Claim& claim, const ConceptMatch& match,
                              const std::vector<v1::DatasetRow>& rows) {
  float confidence = match.confidence;
  if (rows.empty()) return 0;
  if (!contains(claim_entities(claim), rows.front().entity()) &&
      !contains(claim_entities(claim), rows.front().counterpart()))
    confidence *= kDocumentEntity;
  if (!has_period(claim.period())) {
    confidence *= kPeriodImplied;
  } else {
    const auto claim_start = parse_days(claim.period().start());
    const auto claim_end = parse_days(claim.period().end());
    for (const auto& row : rows) {
      if (row.period().label() == claim.period().label()) continue;
      const auto start = parse_days(row.period().start());
      const auto end = last_day(row.period());
      if (!claim_start || !claim_end || !start || !end || *start < *claim_start || *end > *claim_end) {
        confidence *= kPeriodOverlap;
        break;
      }
    }
  }
  return std::round(confidence * 100.0F) / 100.0F;
}

// Sets a decisive result's match basis and confidence; leaves others alone.
inline void attach_match(v1::CheckResult* result, const v1::Claim& claim, const v1::DocumentContext& context,
                         const v1::IndicatorMatch& indicator, const ConceptMatch& match,
                         const std::vector<v1::DatasetRow>& rows) {
  const auto verdict = result->verdict();
  if (verdict != v1::SUPPORTED && verdict != v1::REFUTED && verdict != v1::CONFLICTING) return;
  *result->mutable_match_basis() = match_basis(claim, context, indicator, match, rows);
  result->set_match_confidence(match_confidence(claim, match, rows));
}

// For a checker of fixed indicators: `indicator` as the claim's words find it (with its
// concept), or nullopt when they do not; a failed query throws.
inline std::optional<v1::IndicatorMatch> indicator_by_words(const sdk::Host& host, const v1::Claim& claim,
                                                            const std::string& indicator) {
  v1::DatasetQuery query;
  for (const auto& word : lookup_words(claim)) query.add_cue_words(word);
  if (query.cue_words().empty()) return std::nullopt;
  query.set_limit(1);
  query.set_omit_descriptions(true);
  auto answer = host.query(query);
  if (!answer.ok) throw std::runtime_error("dataset query failed: " + answer.error);
  for (auto& match : *answer.value.mutable_indicators()) {
    if (match.indicator() == indicator) return std::move(match);
  }
  return std::nullopt;
}

// The NOT_ENOUGH_INFO for a claim no indicator's concept matches: "no dataset measures the
// number of employees (…)", with the nearest candidate's reason.
inline v1::CheckResult no_concept_match(const v1::Claim& claim, const std::string& nearest_reason) {
  return not_enough_info(claim, "indicator: no dataset measures " + quantity_description(claim) +
                                    (nearest_reason.empty() ? "" : " (" + nearest_reason + ")"));
}

}  // namespace factcheck::toolkit

#endif  // FACTCHECK_PLUGINS_CONCEPT_MATCH_HPP
