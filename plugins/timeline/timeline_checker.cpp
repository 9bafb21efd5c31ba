#include "timeline_checker.hpp"

#include <algorithm>
#include <atomic>
#include <stdexcept>

#include "concept_match.hpp"
#include "factcheck/checker_toolkit.hpp"

namespace factcheck::plugins {
namespace tk = toolkit;
namespace {

constexpr double kDaysPerYear = 365.25;

// Days since 1970-01-01 as a decimal year (2015-09-26 -> 2015.74), for date comparisons an
// editor can read in the evidence.
double decimal_year(long days) { return 1970.0 + static_cast<double>(days) / kDaysPerYear; }

// The event's date: the row's text value when it is a date, else the start of its period.
std::optional<std::string> event_date(const v1::DatasetRow& row) {
  if (tk::parse_days(row.text_value())) return row.text_value().substr(0, 10);
  if (tk::parse_days(row.period().start())) return row.period().start().substr(0, 10);
  return std::nullopt;
}

// The last event look-up of this thread: covers() and check() of a claim make the same
// cue-word query back to back (sdk route_check), so check() takes covers()'s answer. The key
// is the checker instance, whose datasets never change, and the query's bytes: a reused
// answer is the one the store would give again. Per thread, so nothing is shared.
struct EventLookup {
  std::uint64_t instance = 0;
  std::string query;
  std::vector<v1::IndicatorMatch> matches;
};
thread_local EventLookup last_event_lookup;

std::atomic<std::uint64_t> next_instance{1};

std::string readable(std::string name) {
  std::replace(name.begin(), name.end(), '_', ' ');
  return name;
}

}  // namespace

sdk::Manifest TimelineChecker::manifest() {
  return {"timeline",
          "1.0.0",
          "Durations, ages and dates from event dates against the publication date",
          {"duration", "age", "date"},
          {},
          ""};
}

TimelineChecker::TimelineChecker(const sdk::Host& host, std::string_view /*config_json*/)
    : host_(host), instance_(next_instance++) {}

std::vector<v1::IndicatorMatch> TimelineChecker::event_indicators(const v1::Claim& claim,
                                                                  std::string* error) const {
  v1::DatasetQuery query;
  // A date has no noun phrase of its own: "the centre opened on 26 September 2015".
  const auto words = claim.kind() == "date" && claim.cue_words().empty() ? tk::sentence_words(claim)
                                                                         : tk::lookup_words(claim);
  for (const auto& word : words) query.add_cue_words(word);
  query.set_limit(1);
  if (query.cue_words_size() == 0) return {};
  std::string key = query.SerializeAsString();
  if (last_event_lookup.instance == instance_ && last_event_lookup.query == key)
    return last_event_lookup.matches;
  const auto result = host_.query(query);
  if (!result.ok) {
    if (error != nullptr) *error = result.error;
    return {};
  }
  auto matches =
      tk::best_scoring(result.value, [](const v1::IndicatorMatch& match) { return match.unit() == "date"; });
  last_event_lookup = {instance_, std::move(key), matches};
  return matches;
}

float TimelineChecker::covers(const v1::Claim& claim, const v1::DocumentContext& context) const {
  if (sdk::Checker::covers(claim, context) == 0.0F) return 0.0F;
  return event_indicators(claim, nullptr).empty() ? 0.0F : 0.9F;
}

v1::CheckResult TimelineChecker::check(const v1::Claim& claim, const v1::DocumentContext& context) const {
  std::string error;
  auto matches = event_indicators(claim, &error);
  if (!error.empty()) throw std::runtime_error("dataset query failed: " + error);
  if (matches.empty()) {
    return tk::not_enough_info(claim, "indicator: no dated event matches the claim's words");
  }
  // Only events whose concept is the claim's quantity (a date of that event, a duration since it).
  std::vector<tk::ConceptMatch> concept_matches;
  std::string no_match_reason;
  std::erase_if(matches, [&](const v1::IndicatorMatch& match) {
    auto concept_match = tk::match_concept(claim, match);
    if (!concept_match.matched) {
      if (no_match_reason.empty()) no_match_reason = concept_match.reason;
      return true;
    }
    concept_matches.push_back(std::move(concept_match));
    return false;
  });
  if (matches.empty()) return tk::no_concept_match(claim, no_match_reason);
  const auto published = tk::parse_days(context.published());
  const bool is_date = claim.kind() == "date";
  const auto unit_days = tk::days_per(claim.quantity().unit());
  if (!is_date && (!published || !unit_days)) {
    return tk::not_enough_info(claim, !published
                                          ? "period: the document has no publication date"
                                          : "unit: '" + claim.quantity().unit() + "' is not a time unit");
  }
  const auto period_start = tk::parse_days(claim.period().start());
  const auto period_end = tk::parse_days(claim.period().end());
  if (is_date && (!period_start || !period_end)) {
    return tk::not_enough_info(claim, "period: the claim names no date to compare");
  }

  const auto candidates = tk::entity_candidates(claim, context);
  const auto own = tk::claim_entities(claim);
  std::vector<v1::Evidence> evidence;
  std::string subject;
  std::string event_dates;
  std::vector<v1::DatasetRow> used_rows;
  size_t used_match = 0;
  for (size_t index = 0; index < matches.size(); ++index) {
    const auto& match = matches[index];
    v1::DatasetQuery query;
    query.set_dataset(match.dataset());
    query.set_indicator(match.indicator());
    const auto result = host_.query(query);
    if (!result.ok) throw std::runtime_error("dataset query failed: " + result.error);
    for (const auto& row : result.value.rows()) {
      // The event must concern the claim's own entities when it names any, else the document's.
      const auto& scope = own.empty() ? candidates : own;
      if (!scope.empty() && !tk::contains(scope, row.entity()) && !tk::contains(scope, row.counterpart()))
        continue;
      const auto date = event_date(row);
      if (!date) continue;
      const long day = *tk::parse_days(*date);
      if (published && day > *published) continue;

      tk::Interval band;
      double compared = 0;
      std::string unit;
      if (is_date) {
        band = {decimal_year(*period_start), decimal_year(*period_end + 1), true, false};
        compared = decimal_year(day);
        unit = "year";
      } else {
        band = tk::claim_interval(claim.quantity());
        compared = *tk::elapsed(*date, context.published(), claim.quantity().unit());
        unit = claim.quantity().unit();
      }
      // Dates deviate in years; durations relative to the stated value.
      v1::Evidence item = tk::make_evidence(row, band, is_date ? 1.0 : claim.quantity().value(),
                                            is_date ? "period" : claim.quantity().band().rule(), compared);
      item.set_value(compared);
      item.set_unit(unit);
      item.set_notes("event date " + *date + (is_date ? "" : ", measured to " + context.published()) +
                     (row.notes().empty() ? "" : "; " + row.notes()));
      if (subject.empty()) {
        subject = tk::entity_name(row.entity(), claim, context);
        if (!row.counterpart().empty()) subject += "–" + tk::entity_name(row.counterpart(), claim, context);
      }
      event_dates += (event_dates.empty() ? "" : ", ") + readable(match.indicator()) + " " + *date + " (" +
                     row.source_name() + ")";
      evidence.push_back(std::move(item));
      if (used_rows.empty()) used_match = index;
      used_rows.push_back(row);
    }
  }
  if (evidence.empty()) {
    return tk::not_enough_info(claim,
                               "entity: no '" + matches.front().indicator() + "' event for " +
                                   (candidates.empty() ? std::string("the claim") : tk::join(candidates)));
  }

  v1::CheckResult result;
  result.set_claim_id(claim.id());
  result.set_verdict(tk::combine(evidence));
  std::string measured;
  for (const auto& item : evidence) {
    measured += (measured.empty() ? "" : ", ") + tk::format_value(item.compared_value(), item.unit());
  }
  if (is_date) {
    result.set_explanation(subject + ": " + event_dates + "; " + sdk::quoted(claim) + " means " +
                           claim.period().start() + " to " + claim.period().end() + ": " +
                           tk::verdict_word(result.verdict()) + ".");
  } else {
    result.set_explanation(subject + ": " + event_dates + "; " + measured + " to " + context.published() +
                           "; " + tk::band_phrase(claim) + ": " + tk::verdict_word(result.verdict()) + ".");
  }
  for (auto& item : evidence) *result.add_evidence() = std::move(item);
  tk::attach_match(&result, claim, context, matches[used_match], concept_matches[used_match], used_rows);
  return result;
}

}  // namespace factcheck::plugins
