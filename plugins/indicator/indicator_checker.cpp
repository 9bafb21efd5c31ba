#include "indicator_checker.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

#include "concept_match.hpp"
#include "factcheck/checker_toolkit.hpp"

namespace factcheck::plugins {
namespace tk = toolkit;
namespace {

// An indicator whose concept the claim's words match, with how they match.
struct Matched {
  v1::IndicatorMatch match;
  tk::ConceptMatch concept_match;
};

// A matched indicator with the rows that may judge the claim.
struct Candidate : Matched {
  std::vector<v1::DatasetRow> rows;
};

// The World Bank's code for the whole world, which its indicators carry as an entity.
constexpr std::string_view kWorld = "WLD";

// True when the claim's own words scope it to the whole world ("globally", "worldwide",
// "the world's", "global").
bool world_scope(const v1::Claim& claim) {
  const auto world = [](std::string_view phrase) {
    for (const std::string_view word : {"globally", "worldwide", "global", "world"}) {
      if (tk::holds_phrase(phrase, word)) return true;
    }
    return false;
  };
  return world(claim.quantified_noun()) ||
         std::any_of(claim.noun_modifiers().begin(), claim.noun_modifiers().end(), world) ||
         std::any_of(claim.qualifiers().begin(), claim.qualifiers().end(), world) ||
         std::any_of(claim.cue_words().begin(), claim.cue_words().end(), world);
}

// A row counted over a window (airstrikes from December to May) is not the figure for a
// shorter stretch inside it ("540 airstrikes in January"), nor for a window it only overlaps:
// it must lie within the period the claim states (give or take a month).
bool window_fits(const v1::Claim& claim, const v1::DatasetRow& row) {
  if (!tk::has_period(claim.period()) || row.period().label().find('/') == std::string::npos) return true;
  const auto claim_start = tk::parse_days(claim.period().start());
  const auto claim_end = tk::parse_days(claim.period().end());
  const auto start = tk::parse_days(row.period().start());
  const auto end = tk::parse_days(row.period().end());
  if (!claim_start || !claim_end || !start || !end) return true;
  constexpr long kSlackDays = 31;
  return *start >= *claim_start - kSlackDays && *end <= *claim_end + kSlackDays;
}

// A row that stands for its whole period (a year's mean, sum or closing figure) is not the
// figure for a stretch inside it: a year's inflation is not a month's ("5.1% in December"),
// nor a year's unemployment a quarter's. A point value (a population density on a date) may
// stand for any period that holds its date, and a row that does not say what it stands for
// is left to window_fits.
bool aggregate_fits(const v1::Claim& claim, const v1::IndicatorMatch& indicator, const v1::DatasetRow& row) {
  const std::string& aggregation = indicator.aggregation();
  if (aggregation.empty() || aggregation == "point" || !tk::has_period(claim.period())) return true;
  const auto claim_start = tk::parse_days(claim.period().start());
  const auto claim_end = tk::parse_days(claim.period().end());
  const auto start = tk::parse_days(row.period().start());
  const auto end = tk::last_day(row.period());
  if (!claim_start || !claim_end || !start || !end) return true;
  // Calendar months and years differ by a few days; a month's mean is not a day's price.
  const long claim_days = *claim_end - *claim_start;
  return *end - *start <= claim_days + std::max(3L, claim_days / 10);
}

// Places the claim names jointly ("in Iraq and Syria") share one figure: a row must cover them
// all, as its entity, its counterpart, or as a total over every counterpart (a row without one
// of an indicator that has counterparts).
bool covers_joint_places(const v1::Claim& claim, const v1::IndicatorMatch& indicator,
                         const v1::DatasetRow& row) {
  const bool all_counterparts =
      row.counterpart().empty() && !indicator.measured_concept().counterpart_role().empty();
  return std::all_of(claim.entities().begin(), claim.entities().end(), [&](const v1::Entity& named) {
    return named.role() != "joint" || all_counterparts || named.id() == row.entity() ||
           named.id() == row.counterpart();
  });
}

// Rows with a value whose window fits the claim, narrowed by counterpart: the one the claim
// names first ("3,010 in Iraq"), else any the claim names, else none or one the document
// names, else any ("Russia has flown 5,000 missions" finds Russia's missions over Syria even
// when Syria is not named). Rows left for several counterparts the claim names are each a
// part of the claim's figure (4,087 strikes "in Iraq and Syria" against rows for each): none fits.
std::vector<v1::DatasetRow> preferred_counterparts(std::vector<v1::DatasetRow> rows, const v1::Claim& claim,
                                                   const v1::IndicatorMatch& indicator,
                                                   const std::vector<std::string>& own,
                                                   const std::vector<std::string>& candidates) {
  std::erase_if(rows, [&](const v1::DatasetRow& row) {
    return !row.has_value() || !window_fits(claim, row) || !aggregate_fits(claim, indicator, row) ||
           !covers_joint_places(claim, indicator, row);
  });
  const auto first_other = [&](const v1::DatasetRow& row) {
    const auto other =
        std::find_if(own.begin(), own.end(), [&](const std::string& id) { return id != row.entity(); });
    return other == own.end() ? std::string() : *other;
  };
  const auto tier = [&](const v1::DatasetRow& row) {
    if (row.counterpart().empty() || row.counterpart() == row.entity()) {
      return tk::contains(candidates, row.counterpart()) || row.counterpart().empty() ? 2 : 3;
    }
    if (row.counterpart() == first_other(row)) return 0;
    if (tk::contains(own, row.counterpart())) return 1;
    return tk::contains(candidates, row.counterpart()) ? 2 : 3;
  };
  int best = 3;
  for (const auto& row : rows) best = std::min(best, tier(row));
  std::erase_if(rows, [&](const v1::DatasetRow& row) { return tier(row) != best; });
  if (best == 1) {
    std::vector<std::string> parts;
    for (const auto& row : rows) {
      if (!tk::contains(parts, row.counterpart())) parts.push_back(row.counterpart());
    }
    if (parts.size() > 1) rows.clear();
  }
  return rows;
}

// The factor from the claim's unit to `data_unit`; a bare number ("3.66", no counted noun)
// may be a rate in the indicator's unit ("births per woman") or an index level ("the S&P 500
// closed at 2,003.37"), as may a count of points ("2,000 points", "12 pts").
std::optional<double> claim_unit_factor(const v1::Claim& claim, std::string_view data_unit) {
  if (auto factor = tk::unit_factor(claim.quantity().kind(), claim.quantity().unit(), data_unit))
    return factor;
  const bool count = claim.quantity().kind() == v1::QUANTITY_KIND_COUNT &&
                     (claim.quantity().unit().empty() || claim.quantity().unit() == "count");
  const bool bare = count && claim.counted_noun().empty();
  if (bare && data_unit.find(" per ") != std::string_view::npos) return 1.0;
  const std::string& noun = claim.counted_noun();
  const bool points = noun == "point" || noun == "index point" || noun == "pt" || noun == "pts";
  if (count && (bare || points) && data_unit == "index points") return 1.0;
  return std::nullopt;
}

// |log10(first row / claim value)| in the row's unit.
double magnitude_gap(const v1::Claim& claim, const Candidate& candidate) {
  const double factor = *claim_unit_factor(claim, candidate.match.unit());
  const double stated = std::abs(claim.quantity().value() * factor);
  const double found = std::abs(candidate.rows.front().value());
  if (stated == 0 || found == 0) return 0;
  return std::abs(std::log10(found / stated));
}

// The indicators of a cue-word answer whose unit the claim converts to and whose concept the
// claim's quantity matches, keeping only those of the strongest word match (the claim's head
// noun over a modifier or a clause word) and of those the best score, best first. `reason`
// (when not null) receives why the first candidate of a convertible unit did not match.
std::vector<Matched> best_matches(const v1::Claim& claim, const v1::DatasetQueryResult& result,
                                  std::string* reason = nullptr) {
  std::vector<std::pair<const v1::IndicatorMatch*, tk::ConceptMatch>> kept;
  float strongest = 0;
  for (const auto& match : result.indicators()) {
    if (!claim_unit_factor(claim, match.unit())) continue;
    auto concept_match = tk::match_concept(claim, match);
    if (!concept_match.matched) {
      if (reason != nullptr && reason->empty()) *reason = std::move(concept_match.reason);
      continue;
    }
    strongest = std::max(strongest, concept_match.confidence);
    kept.emplace_back(&match, std::move(concept_match));
  }
  float best_score = 0;
  for (const auto& [match, concept_match] : kept) {
    if (concept_match.confidence >= strongest) best_score = std::max(best_score, match->score());
  }
  std::vector<Matched> matches;
  for (auto& [match, concept_match] : kept) {
    if (concept_match.confidence >= strongest && match->score() >= best_score) {
      matches.push_back({*match, std::move(concept_match)});
    }
  }
  return matches;
}

// True when the claim says its figure is an average ("averaged $52 a barrel in 2015").
bool states_average(const v1::Claim& claim) {
  const auto average = [](const std::string& word) { return word.starts_with("averag") || word == "mean"; };
  return std::any_of(claim.qualifiers().begin(), claim.qualifiers().end(), average) ||
         std::any_of(claim.noun_modifiers().begin(), claim.noun_modifiers().end(), average);
}

// An average over the claim's period from the rows of shorter periods inside it ("Brent
// averaged $52 a barrel in 2015" against a year of daily prices): one derived row, the mean
// of the rows, when the claim says it is an average, the rows are of one series standing for
// points or means, and they reach both ends of the claim's period (within a month). Else the
// rows as they are: each judged alone, they would disagree about a figure nobody claimed.
std::vector<v1::DatasetRow> averaged_over_claim_period(const v1::Claim& claim,
                                                       const v1::IndicatorMatch& match,
                                                       std::vector<v1::DatasetRow> rows) {
  constexpr long kEdgeDays = 31;
  const auto claim_start = tk::parse_days(claim.period().start());
  const auto claim_end = tk::parse_days(claim.period().end());
  const bool pointwise = match.aggregation() == "point" || match.aggregation() == "mean";
  if (rows.size() < 2 || !claim_start || !claim_end || !pointwise || !states_average(claim)) return rows;
  const auto& first = rows.front();
  long earliest = *claim_end;
  long latest = *claim_start;
  double sum = 0;
  for (const auto& row : rows) {
    const auto start = tk::parse_days(row.period().start());
    const auto end = tk::last_day(row.period());
    const bool inside = start && end && *start >= *claim_start && *end <= *claim_end &&
                        *end - *start < *claim_end - *claim_start;
    if (!inside || row.entity() != first.entity() || row.counterpart() != first.counterpart() ||
        row.unit() != first.unit()) {
      return rows;
    }
    earliest = std::min(earliest, *start);
    latest = std::max(latest, *end);
    sum += row.value();
  }
  if (earliest > *claim_start + kEdgeDays || latest < *claim_end - kEdgeDays) return rows;
  v1::DatasetRow mean = first;
  mean.set_value(sum / static_cast<double>(rows.size()));
  *mean.mutable_period() = claim.period();
  mean.set_row_key(first.row_key() + " .. " + rows.back().row_key());
  mean.set_value_kind("derived");
  mean.set_qualifier("eq");
  mean.set_notes("mean of " + std::to_string(rows.size()) + " values from " + tk::format_days(earliest) +
                 " to " + tk::format_days(latest));
  return {std::move(mean)};
}

// Of candidates the words tie, the one whose figures are nearest the claim in orders of
// magnitude ("144 million people" is a population, not a delegation of 100 persons), with the
// rows of every candidate of another dataset, of its unit and dimension, whose figures are of
// the same order as its own: two sources of one quantity (a year-average and a December
// inflation rate) are both evidence; keeping only the one nearest the claim would pick the
// source that agrees. Indicators of one dataset are kept apart (daily and monthly prices).
std::optional<Candidate> nearest(const v1::Claim& claim, std::vector<Candidate> found) {
  for (auto& candidate : found) {
    candidate.rows = averaged_over_claim_period(claim, candidate.match, std::move(candidate.rows));
  }
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (!best || magnitude_gap(claim, found[i]) < magnitude_gap(claim, found[*best])) best = i;
  }
  if (!best) return std::nullopt;
  Candidate chosen = std::move(found[*best]);
  const double own = std::abs(chosen.rows.front().value());
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (i == *best || found[i].match.dataset() == chosen.match.dataset() ||
        found[i].match.unit() != chosen.match.unit() ||
        found[i].match.measured_concept().dimension() != chosen.match.measured_concept().dimension()) {
      continue;
    }
    const double other = std::abs(found[i].rows.front().value());
    if (own == 0 || other == 0 || std::abs(std::log10(other / own)) >= 1.0) continue;
    for (auto& row : found[i].rows) chosen.rows.push_back(std::move(row));
  }
  return chosen;
}

// One query for the common case: the words with `entity` and the claim's period (or the two
// calendar years before publication) return the matching indicators and their rows together.
// When the answer names indicators, `matches` receives best_matches of it: the store matches
// the words regardless of entity and period, so the full path need not ask again.
std::optional<Candidate> first_look(const sdk::Host& host, const v1::Claim& claim,
                                    const v1::DocumentContext& context, const std::string& entity,
                                    const std::vector<std::string>& own,
                                    const std::vector<std::string>& candidates,
                                    std::optional<std::vector<Matched>>* matches,
                                    std::string* no_match_reason) {
  const auto published = tk::parse_date(context.published());
  const bool claim_has_period = tk::has_period(claim.period());
  if (entity.empty() || (!claim_has_period && !published)) return std::nullopt;
  v1::DatasetQuery query;
  for (const auto& word : tk::lookup_words(claim)) query.add_cue_words(word);
  query.set_entity(entity);
  query.set_omit_descriptions(true);
  if (claim_has_period) {
    *query.mutable_period() = claim.period();
  } else {
    *query.mutable_period() =
        tk::window(tk::days_from_civil({published->year - 2, 1, 1}), tk::days_from_civil(*published));
  }
  auto result = host.query(query);
  if (!result.ok) return std::nullopt;  // the full path reports the error
  std::string reason;
  auto best = best_matches(claim, result.value, &reason);
  std::vector<Candidate> found;
  for (const auto& [match, concept_match] : best) {
    if (!tk::entity_role_fits(claim, match, entity)) continue;
    // Each row belongs to one (dataset, indicator), so to one match at most: moved, not copied.
    std::vector<v1::DatasetRow> rows;
    for (auto& row : *result.value.mutable_rows()) {
      if (row.indicator() == match.indicator() && row.dataset() == match.dataset() &&
          !row.period().start().empty()) {
        rows.push_back(std::move(row));
      }
    }
    if (!claim_has_period) rows = tk::latest_before(std::move(rows), context.published());
    rows = preferred_counterparts(std::move(rows), claim, match, own, candidates);
    if (!rows.empty()) found.push_back({{match, concept_match}, std::move(rows)});
  }
  // An unknown entity answers before the words are matched: no indicators says nothing then.
  if (result.value.indicators_size() > 0) {
    *matches = std::move(best);
    *no_match_reason = std::move(reason);
  }
  return nearest(claim, std::move(found));
}

// The entities `match` has rows for, when one short query shows them all; nullopt when the
// indicator has too many rows to tell (or the query fails: the caller's own queries report it).
std::optional<std::vector<std::string>> entities_with_rows(const sdk::Host& host,
                                                           const v1::IndicatorMatch& match) {
  constexpr uint32_t kProbeRows = 16;
  v1::DatasetQuery query;
  query.set_dataset(match.dataset());
  query.set_indicator(match.indicator());
  query.set_limit(kProbeRows);
  const auto result = host.query(query);
  if (!result.ok || result.value.rows_size() >= static_cast<int>(kProbeRows)) return std::nullopt;
  std::vector<std::string> entities;
  for (const auto& row : result.value.rows()) {
    if (!tk::contains(entities, row.entity())) entities.push_back(row.entity());
  }
  return entities;
}

// Indicators matching the claim's words whose unit the claim's unit converts to, best first
// (only those sharing the best score). `no_match_reason`: why the nearest indicator's concept
// did not match, when none did.
std::vector<Matched> matching_indicators(const sdk::Host& host, const v1::Claim& claim, std::string* error,
                                         std::string* no_match_reason) {
  v1::DatasetQuery query;
  for (const auto& word : tk::lookup_words(claim)) query.add_cue_words(word);
  query.set_limit(1);
  if (query.cue_words_size() == 0) return {};
  const auto result = host.query(query);
  if (!result.ok) {
    *error = result.error;
    return {};
  }
  return best_matches(claim, result.value, no_match_reason);
}

v1::CheckResult judge(const v1::Claim& claim, const v1::DocumentContext& context,
                      const Candidate& candidate) {
  // "contracted 1.92%" against a growth rate is growth of -1.92%.
  const bool negated = claim.quantity().change() == v1::CHANGE_KIND_DECREASE &&
                       candidate.match.measured_concept().dimension() == "rate" &&
                       tk::measures_change(candidate.match);
  const double factor = *claim_unit_factor(claim, candidate.match.unit()) * (negated ? -1.0 : 1.0);
  const tk::Interval band = tk::scaled(tk::claim_interval(claim.quantity()), factor);
  std::vector<v1::Evidence> evidence;
  for (const auto& row : candidate.rows) {
    evidence.push_back(
        tk::make_evidence(row, band, claim.quantity().value() * factor, claim.quantity().band().rule()));
  }
  const auto& first = candidate.rows.front();
  // A series of one thing the claim names by its words ("gold") needs no entity name ("XAU").
  const bool unnamed = first.entity() == candidate.match.fixed_entity() && tk::claim_entities(claim).empty();
  std::string subject = unnamed                    ? ""
                        : first.entity() == kWorld ? "World"
                                                   : tk::entity_name(first.entity(), claim, context);
  if (!first.counterpart().empty()) subject += "–" + tk::entity_name(first.counterpart(), claim, context);
  if (!subject.empty()) subject += " ";
  std::string indicator = candidate.match.indicator();
  std::replace(indicator.begin(), indicator.end(), '_', ' ');
  subject += indicator + " in " + tk::period_phrase(claim, evidence);
  auto result = tk::judged_result(claim, subject, std::move(evidence));
  if (negated) {
    result.set_explanation(result.explanation() + " A fall of " + claim.quantity().text() +
                           " is growth of -" + claim.quantity().text() + ".");
  }
  tk::attach_match(&result, claim, context, candidate.match, candidate.concept_match, candidate.rows);
  return result;
}

}  // namespace

sdk::Manifest IndicatorChecker::manifest() {
  return {"indicator",
          "1.0.0",
          "Generic checker: compares a claim with any bound dataset indicator its cue words name, for "
          "the claim's entity and period",
          {"money", "percent", "count", "measure", "fraction", "percentage_points", "duration"},
          {},
          ""};
}

IndicatorChecker::IndicatorChecker(const sdk::Host& host, std::string_view /*config_json*/) : host_(host) {}

float IndicatorChecker::covers(const v1::Claim& claim, const v1::DocumentContext& context) const {
  // Deciding whether an indicator matches takes a dataset query, which check() makes anyway:
  // every claim of a declared kind that says what it measures is taken, and one that no
  // indicator matches gets NOT_ENOUGH_INFO naming the words that found nothing.
  if (sdk::Checker::covers(claim, context) == 0.0F || tk::is_composition(claim)) return 0.0F;
  return tk::lookup_words(claim).empty() ? 0.0F : 0.5F;
}

v1::CheckResult IndicatorChecker::check(const v1::Claim& claim, const v1::DocumentContext& context) const {
  // The acting party alone when the claim names one ("France's air strikes" are not the
  // coalition's); else the claim's own entities first, then the document's main entities, but
  // those only as a party acting on one of the claim's own (Islamic State's share of Iraq),
  // never in its place (Argentina's inflation is not judged by Brazil's figure). Never any
  // entity that has rows: that would judge another party's figure.
  const auto own = tk::claim_entities(claim);
  const auto candidates = tk::entity_candidates(claim, context);
  std::vector<std::string> attempts = own;
  for (const auto& id : candidates) {
    if (!tk::contains(own, id)) attempts.push_back(id);
  }
  if (!claim.acting_party().empty()) attempts = {claim.acting_party()};
  // "risen globally to 73 years", "65.6 million worldwide": the world's figure, never the
  // document's country's.
  if (own.empty() && claim.acting_party().empty() && world_scope(claim)) attempts = {std::string(kWorld)};

  // First look, one query: the words with the claim's first entity and its period (or the two
  // years before publication) bring the matching indicators and their rows together.
  std::optional<std::vector<Matched>> known_matches;
  std::string no_match_reason;
  if (attempts.empty()) attempts.emplace_back();
  if (auto found = first_look(host_, claim, context, attempts.front(), own, candidates, &known_matches,
                              &no_match_reason)) {
    return judge(claim, context, *found);
  }

  if (!known_matches) {
    std::string error;
    known_matches = matching_indicators(host_, claim, &error, &no_match_reason);
    if (!error.empty()) throw std::runtime_error("dataset query failed: " + error);
  }
  const auto& matches = *known_matches;
  if (matches.empty()) {
    return tk::no_concept_match(claim, no_match_reason.empty()
                                           ? "no indicator in " + claim.quantity().unit() + " matches '" +
                                                 tk::join(tk::lookup_words(claim)) + "'"
                                           : no_match_reason);
  }

  // Entity first: of indicators that match the words equally well, the ones with figures for
  // the claim's own entity win ("a country of 37 million people" is Iraq's population when
  // the sentence names Iraq).
  // Past the first entity, an indicator with few rows shows in one query which entities it
  // has figures for, and the others are not asked about it.
  std::vector<std::optional<std::vector<std::string>>> known_entities(matches.size());
  for (size_t attempt = 0; attempt < attempts.size(); ++attempt) {
    const auto& entity = attempts[attempt];
    std::vector<Candidate> found;
    for (size_t index = 0; index < matches.size(); ++index) {
      const auto& [match, concept_match] = matches[index];
      if (attempt == 1 && !entity.empty()) known_entities[index] = entities_with_rows(host_, match);
      if (!entity.empty() && known_entities[index] && !tk::contains(*known_entities[index], entity)) continue;
      if (!tk::entity_role_fits(claim, match, entity)) continue;
      v1::DatasetQuery query;
      query.set_dataset(match.dataset());
      query.set_indicator(match.indicator());
      if (entity.empty()) continue;  // no entity: nothing says whose figure it would be
      query.set_entity(entity);
      auto lookup = tk::find_rows(host_, query, claim, context.published());
      if (!lookup.error.empty()) throw std::runtime_error("dataset query failed: " + lookup.error);
      auto rows = preferred_counterparts(std::move(lookup.rows), claim, match, own, candidates);
      if (!own.empty() && !tk::contains(own, entity)) {
        std::erase_if(rows,
                      [&own](const v1::DatasetRow& row) { return !tk::contains(own, row.counterpart()); });
      }
      if (rows.empty()) continue;
      found.push_back({{match, concept_match}, std::move(rows)});
    }
    if (auto best = nearest(claim, std::move(found))) return judge(claim, context, *best);
  }
  // A series of one thing that is no place (gold "XAU", "BRENT" crude): a claim names it by
  // the words its concept requires ("gold", "brent"), never as an entity, so it answers only
  // a claim that names no entity of its own.
  if (own.empty()) {
    std::vector<Candidate> found;
    for (const auto& [match, concept_match] : matches) {
      if (match.fixed_entity().empty() || match.measured_concept().required_qualifiers().empty()) continue;
      v1::DatasetQuery query;
      query.set_dataset(match.dataset());
      query.set_indicator(match.indicator());
      query.set_entity(match.fixed_entity());
      auto lookup = tk::find_rows(host_, query, claim, context.published());
      if (!lookup.error.empty()) throw std::runtime_error("dataset query failed: " + lookup.error);
      auto rows = preferred_counterparts(std::move(lookup.rows), claim, match, own, candidates);
      if (!rows.empty()) found.push_back({{match, concept_match}, std::move(rows)});
    }
    if (auto best = nearest(claim, std::move(found))) return judge(claim, context, *best);
  }
  // Nothing fits: say whether the entity or the period was missing, for the best match (an
  // entity the probe showed without rows has no periods to list).
  const auto& best = matches.front().match;
  const auto role_misfit = std::find_if(attempts.begin(), attempts.end(), [&](const std::string& entity) {
    return !entity.empty() && !tk::entity_role_fits(claim, best, entity);
  });
  if (role_misfit != attempts.end() && attempts.size() == 1) {
    return tk::not_enough_info(claim, "entity: '" + best.indicator() + "' counts by " +
                                          best.measured_concept().entity_role() + "; the claim names " +
                                          tk::entity_name(*role_misfit, claim, context) +
                                          " as where they come from");
  }
  // A series of one thing the claim names by its words ("the S&P 500") is its entity here too.
  std::vector<std::string> listed = attempts;
  if (own.empty() && !best.fixed_entity().empty() && !best.measured_concept().required_qualifiers().empty()) {
    listed.insert(listed.begin(), best.fixed_entity());
  }
  // The periods listed are those nearest the claim's (without one, nearest publication).
  v1::Period near = claim.period();
  if (!tk::has_period(near)) near.set_start(context.published());
  for (const auto& entity : listed) {
    if (entity.empty() || (known_entities.front() && !tk::contains(*known_entities.front(), entity)) ||
        !tk::entity_role_fits(claim, best, entity))
      continue;
    v1::DatasetQuery query;
    query.set_dataset(best.dataset());
    query.set_indicator(best.indicator());
    query.set_entity(entity);
    const auto periods = tk::available_periods(host_, query, near);
    if (!periods.empty()) {
      return tk::not_enough_info(claim,
                                 "period: '" + best.indicator() + "' has no figure for " + entity +
                                     (claim.period().label().empty() ? "" : " in " + claim.period().label()) +
                                     " (available: " + tk::join(periods) + ")");
    }
  }
  return tk::not_enough_info(
      claim, "entity: '" + best.indicator() + "' has no figure for " +
                 (candidates.empty() ? std::string("an unnamed entity") : tk::join(candidates)));
}

}  // namespace factcheck::plugins
