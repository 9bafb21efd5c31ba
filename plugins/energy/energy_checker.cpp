#include "energy_checker.hpp"

#include <map>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "concept_match.hpp"
#include "factcheck/checker_toolkit.hpp"

namespace factcheck::plugins {
namespace tk = toolkit;
namespace {

const std::vector<std::string_view> kDemandWords = {"demand", "need", "consumption"};

// Every row of one indicator for one entity within `period` (none: all).
std::vector<v1::DatasetRow> all_rows(const sdk::Host& host, const std::string& indicator,
                                     const std::string& entity, const v1::Period& period) {
  v1::DatasetQuery query;
  query.set_indicator(indicator);
  query.set_entity(entity);
  *query.mutable_period() = period;
  return tk::valued_rows(host, query);
}

}  // namespace

sdk::Manifest EnergyChecker::manifest() {
  return {"energy",
          "1.0.0",
          "Supply versus demand: shares of peak demand met, from output and demand of the same period or a "
          "published share",
          {"percent", "fraction"},
          {},
          R"({"type":"object","properties":{"output_indicator":{"type":"string"},)"
          R"("demand_indicator":{"type":"string"},"share_indicator":{"type":"string"}}})"};
}

EnergyChecker::EnergyChecker(const sdk::Host& host, std::string_view config_json) : host_(host) {
  const auto config = nlohmann::json::parse(config_json);
  output_indicator_ = config.value("output_indicator", output_indicator_);
  demand_indicator_ = config.value("demand_indicator", demand_indicator_);
  share_indicator_ = config.value("share_indicator", share_indicator_);
}

float EnergyChecker::covers(const v1::Claim& claim, const v1::DocumentContext& context) const {
  if (sdk::Checker::covers(claim, context) == 0.0F || tk::is_composition(claim)) return 0.0F;
  return tk::mentions_any(claim, kDemandWords) ? 0.9F : 0.0F;
}

v1::CheckResult EnergyChecker::check(const v1::Claim& claim, const v1::DocumentContext& context) const {
  const auto factor = tk::unit_factor(claim.quantity().kind(), claim.quantity().unit(), "percent");
  if (!factor) return tk::not_enough_info(claim, "unit: '" + claim.quantity().unit() + "' is not a share");
  // The share must be the one the share indicator's concept describes (of peak demand, not
  // of average demand or of the grid's capacity).
  const auto share_match = tk::indicator_by_words(host_, claim, share_indicator_);
  if (!share_match) {
    return tk::no_concept_match(claim, "'" + share_indicator_ + "' does not match the claim's words");
  }
  const auto concept_match = tk::match_concept(claim, *share_match);
  if (!concept_match.matched) return tk::no_concept_match(claim, concept_match.reason);
  const tk::Interval band = tk::scaled(tk::claim_interval(claim.quantity()), *factor);

  const double reference = claim.quantity().value() * *factor;

  auto entities = tk::claim_entities(claim);
  for (const auto& id : tk::entity_candidates(claim, context)) {
    if (!tk::contains(entities, id)) entities.push_back(id);
  }
  // Of the rows fitting() chooses from, only those it may choose are fetched; the demand side
  // of a pair is matched by period label, so all of it is.
  const v1::Period window = tk::fitting_window(claim, context.published());
  for (const auto& entity : entities) {
    auto outputs = all_rows(host_, output_indicator_, entity, window);
    // Demand only pairs outputs: without outputs it is not asked for.
    std::map<std::string, v1::DatasetRow> demand_by_period;
    if (!outputs.empty()) {
      for (auto& row : all_rows(host_, demand_indicator_, entity, {})) {
        std::string label = row.period().label();  // taken before the row is moved
        demand_by_period.emplace(std::move(label), std::move(row));
      }
    }
    // Output over demand, paired by identical period.
    std::vector<v1::DatasetRow> paired_outputs;
    for (auto& row : outputs) {
      if (demand_by_period.contains(row.period().label())) paired_outputs.push_back(std::move(row));
    }
    // Pairs and published shares compete for the period together, so a claim without a
    // period gets one period's figures, computed where the pair exists.
    std::vector<v1::DatasetRow> candidates = std::move(paired_outputs);
    for (auto& row : all_rows(host_, share_indicator_, entity, window)) candidates.push_back(std::move(row));
    const auto chosen = tk::fitting(std::move(candidates), claim, context.published());
    std::vector<v1::Evidence> evidence;
    std::vector<std::string> computed_periods;
    for (const auto& row : chosen) {
      if (row.indicator() != output_indicator_) continue;
      const auto& demand = demand_by_period.at(row.period().label());
      if (demand.value() <= 0) continue;
      const double share = 100.0 * row.value() / demand.value();
      v1::Evidence item = tk::make_evidence(row, band, reference, claim.quantity().band().rule(), share);
      item.set_value(share);
      item.set_unit("percent");
      item.set_row_key(row.row_key() + " / " + demand.row_key());
      item.set_indicator(output_indicator_ + " / " + demand_indicator_);
      item.set_value_kind("derived");
      item.set_notes(tk::format_value(row.value(), row.unit()) + " " + output_indicator_ + " / " +
                     tk::format_value(demand.value(), demand.unit()) + " " + demand_indicator_);
      computed_periods.push_back(row.period().label());
      evidence.push_back(std::move(item));
    }
    for (const auto& row : chosen) {
      if (row.indicator() != share_indicator_ || tk::contains(computed_periods, row.period().label()))
        continue;
      const auto row_factor = tk::unit_factor(claim.quantity().kind(), claim.quantity().unit(), row.unit());
      if (!row_factor) continue;
      evidence.push_back(tk::make_evidence(row, tk::scaled(tk::claim_interval(claim.quantity()), *row_factor),
                                           claim.quantity().value() * *row_factor,
                                           claim.quantity().band().rule()));
    }
    if (evidence.empty()) continue;
    const std::string subject = tk::entity_name(entity, claim, context) +
                                " electricity output as a share of " + "peak demand in " +
                                tk::period_phrase(claim, evidence);
    auto result = tk::judged_result(claim, subject, std::move(evidence));
    tk::attach_match(&result, claim, context, *share_match, concept_match, chosen);
    return result;
  }
  return tk::not_enough_info(
      claim, "entity: no '" + output_indicator_ + "' and '" + demand_indicator_ + "' pair or '" +
                 share_indicator_ + "' for " +
                 (entities.empty() ? std::string("the claim") : tk::join(entities)) +
                 (tk::has_period(claim.period()) ? " in " + claim.period().label() : ""));
}

}  // namespace factcheck::plugins
