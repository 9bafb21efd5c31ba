#include "trade_checker.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "concept_match.hpp"
#include "factcheck/checker_toolkit.hpp"

namespace factcheck::plugins {
namespace tk = toolkit;
namespace {

const std::vector<std::string_view> kTradeWords = {"trade",    "turnover", "export", "import",
                                                   "exchange", "commerce", "trading"};
const std::vector<std::string_view> kExportWords = {"export"};
const std::vector<std::string_view> kTurnoverWords = {"trade", "turnover", "exchange", "commerce", "trading"};
}  // namespace

sdk::Manifest TradeChecker::manifest() {
  return {"trade",
          "1.0.0",
          "Bilateral trade: turnover, flows and composition between two countries",
          {"money", "fraction"},
          {},
          R"({"type":"object","properties":{"turnover_indicator":{"type":"string"},)"
          R"("flow_indicator":{"type":"string"}}})"};
}

TradeChecker::TradeChecker(const sdk::Host& host, std::string_view config_json) : host_(host) {
  const auto config = nlohmann::json::parse(config_json);
  turnover_indicator_ = config.value("turnover_indicator", turnover_indicator_);
  flow_indicator_ = config.value("flow_indicator", flow_indicator_);
}

float TradeChecker::covers(const v1::Claim& claim, const v1::DocumentContext& context) const {
  if (sdk::Checker::covers(claim, context) == 0.0F) return 0.0F;
  if (tk::is_composition(claim)) {
    // Only a composition of trade by flows: "trade ... mostly made up of Russian exports".
    const bool flows = claim.quantified_noun() == "export" || claim.quantified_noun() == "import";
    return flows && tk::mentions_any(claim, kTurnoverWords) ? 0.9F : 0.0F;
  }
  if (claim.quantity().kind() != v1::QUANTITY_KIND_MONEY) return 0.0F;
  return tk::mentions_any(claim, kTradeWords) ? 0.9F : 0.0F;
}

std::vector<v1::DatasetRow> TradeChecker::rows(const std::string& indicator, const std::string& entity,
                                               const std::string& counterpart,
                                               const v1::Period& period) const {
  v1::DatasetQuery query;
  query.set_indicator(indicator);
  query.set_entity(entity);
  query.set_counterpart(counterpart);
  query.set_exact_counterpart(true);
  *query.mutable_period() = period;
  return tk::valued_rows(host_, query);
}

v1::CheckResult TradeChecker::no_turnover(const v1::Claim& claim, const std::string& pair) const {
  return tk::not_enough_info(claim,
                             "period: no '" + turnover_indicator_ + "' figure, nor both flows, for " + pair +
                                 (tk::has_period(claim.period()) ? " in " + claim.period().label() : ""));
}

TradeChecker::RowJudge TradeChecker::RowJudge::of(const v1::Claim& claim) {
  return {tk::claim_interval(claim.quantity()), claim.quantity().value(), claim.quantity().band().rule(),
          claim.quantity().unit()};
}

std::vector<v1::Evidence> TradeChecker::turnover_evidence(const v1::Claim& claim, const std::string& a,
                                                          const std::string& b, const std::string& published,
                                                          const RowJudge& judge) const {
  const tk::Interval& band = judge.band;
  const double reference = judge.reference;
  const std::string& rule = judge.rule;
  const auto unit_fits = [&judge](const std::string& unit) {
    return judge.unit.empty() || unit == judge.unit;
  };
  const v1::Period window = tk::fitting_window(claim, published);
  // Either order: a symmetric indicator may already answer both, so rows are kept once.
  auto published_rows = rows(turnover_indicator_, a, b, window);
  for (auto& row : rows(turnover_indicator_, b, a, window)) {
    const bool seen = std::any_of(published_rows.begin(), published_rows.end(),
                                  [&row](const auto& kept) { return kept.row_key() == row.row_key(); });
    if (!seen) published_rows.push_back(std::move(row));
  }
  std::vector<v1::Evidence> evidence;
  for (const auto& row : tk::fitting(std::move(published_rows), claim, published)) {
    if (unit_fits(row.unit())) evidence.push_back(tk::make_evidence(row, band, reference, rule));
  }
  if (!evidence.empty()) return evidence;

  // No published turnover: both flows of the same period, summed.
  std::map<std::string, v1::DatasetRow> reverse;
  for (auto& row : rows(flow_indicator_, b, a, {})) {
    std::string label = row.period().label();  // taken before the row is moved
    reverse.emplace(std::move(label), std::move(row));
  }
  if (reverse.empty()) return evidence;  // nothing to pair the other flow with
  std::vector<v1::DatasetRow> paired;
  for (auto& row : rows(flow_indicator_, a, b, window)) {
    if (reverse.contains(row.period().label())) paired.push_back(std::move(row));
  }
  for (const auto& row : tk::fitting(std::move(paired), claim, published)) {
    const auto& other = reverse.at(row.period().label());
    if (!unit_fits(row.unit()) || other.unit() != row.unit()) continue;
    const double total = row.value() + other.value();
    v1::Evidence item = tk::make_evidence(row, band, reference, rule, total);
    item.set_value(total);
    item.set_indicator("sum of " + flow_indicator_);
    item.set_row_key(row.row_key() + " + " + other.row_key());
    item.set_value_kind("derived");
    item.set_notes(tk::format_value(row.value(), row.unit()) + " + " +
                   tk::format_value(other.value(), other.unit()) + " (both directions)");
    evidence.push_back(std::move(item));
  }
  return evidence;
}

std::vector<v1::Evidence> TradeChecker::flow_evidence(const v1::Claim& claim, const std::string& importer,
                                                      const std::string& exporter,
                                                      const std::string& published) const {
  std::vector<v1::Evidence> evidence;
  for (const auto& row :
       tk::fitting(rows(flow_indicator_, importer, exporter, tk::fitting_window(claim, published)), claim,
                   published)) {
    if (row.unit() != claim.quantity().unit()) continue;
    evidence.push_back(tk::make_evidence(row, tk::claim_interval(claim.quantity()), claim.quantity().value(),
                                         claim.quantity().band().rule()));
  }
  return evidence;
}

std::optional<v1::Evidence> TradeChecker::composition_evidence(const std::string& exporter,
                                                               const std::string& importer,
                                                               const v1::Evidence& turnover) const {
  const double total = turnover.has_compared_value() ? turnover.compared_value() : turnover.value();
  if (total <= 0) return std::nullopt;
  // The first flow entity <- counterpart of the turnover's period and unit, up to `most`.
  const auto in_period = [&](const std::string& entity, const std::string& counterpart, double most) {
    std::optional<v1::DatasetRow> found;
    for (auto& row : rows(flow_indicator_, entity, counterpart, {})) {
      if (row.period().label() == turnover.period() && row.unit() == turnover.unit() && row.value() <= most) {
        found = std::move(row);
        break;
      }
    }
    return found;
  };
  constexpr double kAnyValue = std::numeric_limits<double>::infinity();
  // The exporter's own flow, else the turnover less the other direction's flow.
  std::optional<v1::DatasetRow> flow = in_period(importer, exporter, kAnyValue);
  double part = flow ? flow->value() : 0;
  std::string part_notes = flow ? tk::format_value(flow->value(), flow->unit()) : "";
  if (!flow) {
    flow = in_period(exporter, importer, total);
    if (!flow) return std::nullopt;
    part = total - flow->value();
    part_notes = tk::format_value(total, turnover.unit()) + " less " +
                 tk::format_value(flow->value(), flow->unit()) + " the other way";
  }
  // "mostly" = more than half, up to all of it.
  const tk::Interval mostly{50.0, 100.0, false, true};
  const double share = std::min(100.0, 100.0 * part / total);
  v1::Evidence item = tk::make_evidence(*flow, mostly, 50.0, "composition:mostly", share);
  item.set_value(share);
  item.set_unit("percent");
  item.set_value_kind("derived");
  item.set_row_key(flow->row_key() + " / " + turnover.row_key());
  item.set_notes(part_notes + " of " + tk::format_value(total, turnover.unit()) + " turnover");
  return item;
}

v1::CheckResult TradeChecker::check(const v1::Claim& claim, const v1::DocumentContext& context) const {
  auto countries = tk::claim_entities(claim);
  for (const auto& id : tk::entity_candidates(claim, context)) {
    if (!tk::contains(countries, id)) countries.push_back(id);
  }
  if (countries.size() < 2) {
    return tk::not_enough_info(claim, "entity: bilateral trade needs two countries; found " +
                                          (countries.empty() ? std::string("none") : tk::join(countries)));
  }
  const std::string& a = countries[0];
  const std::string& b = countries[1];
  const std::string pair = tk::entity_name(a, claim, context) + "–" + tk::entity_name(b, claim, context);
  const std::string& published = context.published();
  if (tk::is_composition(claim)) return check_composition(claim, context, a, b);

  const bool turnover_claim = tk::mentions_any(claim, kTurnoverWords);
  // The claim's quantity must be what the indicator measures (trade, not arms sales), and a
  // party it names as acting must be one of the two.
  const std::string& indicator = turnover_claim ? turnover_indicator_ : flow_indicator_;
  const auto match = tk::indicator_by_words(host_, claim, indicator);
  if (!match) return tk::no_concept_match(claim, "'" + indicator + "' does not match the claim's words");
  const auto concept_match = tk::match_concept(claim, *match);
  if (!concept_match.matched) return tk::no_concept_match(claim, concept_match.reason);
  if (!claim.acting_party().empty() && claim.acting_party() != a && claim.acting_party() != b) {
    return tk::not_enough_info(claim, "entity: the claim is about " +
                                          tk::entity_name(claim.acting_party(), claim, context) + ", not " +
                                          pair);
  }
  const auto decided = [&](v1::CheckResult result, const std::vector<v1::Evidence>& evidence) {
    std::vector<v1::DatasetRow> rows;
    for (const auto& item : evidence) {
      v1::DatasetRow& row = rows.emplace_back();
      row.set_entity(item.entity());
      row.set_counterpart(item.counterpart());
      row.mutable_period()->set_label(item.period());
    }
    tk::attach_match(&result, claim, context, *match, concept_match, rows);
    return result;
  };
  if (!turnover_claim) {
    // A flow: "<subject> exports" are the partner's imports from the subject.
    const bool exports = tk::mentions_any(claim, kExportWords);
    const std::string& importer = exports ? b : a;
    const std::string& exporter = exports ? a : b;
    auto evidence = flow_evidence(claim, importer, exporter, published);
    if (evidence.empty()) {
      return tk::not_enough_info(
          claim, "period: no '" + flow_indicator_ + "' figure for " + importer + " from " + exporter +
                     (tk::has_period(claim.period()) ? " in " + claim.period().label() : ""));
    }
    const std::string subject = tk::entity_name(importer, claim, context) + " imports from " +
                                tk::entity_name(exporter, claim, context) + " in " +
                                tk::period_phrase(claim, evidence);
    return decided(tk::judged_result(claim, subject, evidence), evidence);
  }

  auto evidence = turnover_evidence(claim, a, b, published, RowJudge::of(claim));
  if (evidence.empty()) {
    return no_turnover(claim, pair);
  }
  return decided(tk::judged_result(claim, pair + " trade in " + tk::period_phrase(claim, evidence), evidence),
                 evidence);
}

v1::CheckResult TradeChecker::check_composition(const v1::Claim& claim, const v1::DocumentContext& context,
                                                const std::string& a, const std::string& b) const {
  const std::string pair = tk::entity_name(a, claim, context) + "–" + tk::entity_name(b, claim, context);
  const std::string& part = claim.quantified_noun();
  const std::string& owner = claim.acting_party();
  if (owner != a && owner != b) {
    return tk::not_enough_info(
        claim, "entity: whose " + part + "s make up " + pair + " trade is not one of the two countries");
  }
  // "Russian exports" are Russia's; "Iraqi imports" are the partner's exports.
  const std::string& other = owner == a ? b : a;
  const std::string& exporter = part == "export" ? owner : other;
  const std::string& importer = part == "export" ? other : owner;
  const auto totals = turnover_evidence(claim, a, b, context.published(), RowJudge{});
  if (totals.empty()) {
    return no_turnover(claim, pair);
  }
  const auto composition = composition_evidence(exporter, importer, totals.front());
  if (!composition) {
    return tk::not_enough_info(claim, "period: no '" + flow_indicator_ + "' figure for " + importer +
                                          " from " + exporter + " in " + totals.front().period() +
                                          " to take its share of the turnover");
  }
  v1::CheckResult result =
      tk::judged_result(claim,
                        "Share of " + tk::entity_name(exporter, claim, context) + "'s exports in " + pair +
                            " trade in " + totals.front().period(),
                        {*composition});
  const auto match = tk::indicator_by_words(host_, claim, flow_indicator_);
  if (match) {
    tk::ConceptMatch words{true, tk::kHeadMatch, {part, "trade"}, ""};
    v1::DatasetRow row;
    row.set_entity(importer);
    row.set_counterpart(exporter);
    row.mutable_period()->set_label(totals.front().period());
    tk::attach_match(&result, claim, context, *match, words, {row});
    result.mutable_match_basis()->set_indicator_concept("share of bilateral trade turnover that is " +
                                                        tk::concept_phrase(match->measured_concept()));
    result.mutable_match_basis()->set_dimension("ratio");
  }
  return result;
}

}  // namespace factcheck::plugins
