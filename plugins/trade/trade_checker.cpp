#include "trade_checker.hpp"

#include <algorithm>
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
// Words that make a sentence claim the composition of trade ("mostly made up of Russian exports").
const std::vector<std::string_view> kMostlyWords = {"mostly",        "mainly",  "largely",
                                                    "predominantly", "chiefly", "most of"};

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The entity named closest before the word "export" in a composition phrase of the sentence,
// or "" when the sentence makes no composition claim.
std::string composition_exporter(const v1::Claim& claim) {
  const std::string sentence = lower(claim.sentence());
  size_t mostly = std::string::npos;
  for (const auto word : kMostlyWords) mostly = std::min(mostly, sentence.find(word));
  if (mostly == std::string::npos) return "";
  const size_t exports = sentence.find("export", mostly);
  if (exports == std::string::npos || exports - mostly > 60) return "";
  // Entity spans are code points into the document; the sentence span gives their offset.
  // Compare via the entity text's position in the sentence instead, which needs no conversion.
  std::string exporter;
  size_t best = std::string::npos;
  for (const auto& entity : claim.entities()) {
    if (entity.text().empty()) continue;
    const size_t at = sentence.rfind(lower(entity.text()), exports);
    if (at != std::string::npos && at >= mostly && (best == std::string::npos || at > best)) {
      best = at;
      exporter = entity.id();
    }
  }
  return exporter;
}

}  // namespace

sdk::Manifest TradeChecker::manifest() {
  return {"trade",
          "1.0.0",
          "Bilateral trade: turnover, flows and composition between two countries",
          {"money"},
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

std::vector<v1::Evidence> TradeChecker::turnover_evidence(const v1::Claim& claim, const std::string& a,
                                                          const std::string& b,
                                                          const std::string& published) const {
  const tk::Interval band = tk::claim_interval(claim.quantity());
  const double reference = claim.quantity().value();
  const std::string& rule = claim.quantity().band().rule();
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
    if (row.unit() == claim.quantity().unit())
      evidence.push_back(tk::make_evidence(row, band, reference, rule));
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
    if (row.unit() != claim.quantity().unit() || other.unit() != row.unit()) continue;
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
  for (const auto& row : rows(flow_indicator_, importer, exporter, {})) {
    if (row.period().label() != turnover.period() || row.unit() != turnover.unit()) continue;
    // "mostly" = more than half, up to all of it.
    const tk::Interval mostly{50.0, 100.0, false, true};
    const double share = std::min(100.0, 100.0 * row.value() / total);
    v1::Evidence item = tk::make_evidence(row, mostly, 50.0, "composition:mostly", share);
    item.set_value(share);
    item.set_unit("percent");
    item.set_value_kind("derived");
    item.set_row_key(row.row_key() + " / " + turnover.row_key());
    item.set_notes(tk::format_value(row.value(), row.unit()) + " of " +
                   tk::format_value(total, turnover.unit()) + " turnover");
    return item;
  }
  return std::nullopt;
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

  auto evidence = turnover_evidence(claim, a, b, published);
  if (evidence.empty()) {
    return tk::not_enough_info(
        claim, "period: no '" + turnover_indicator_ + "' figure, nor both flows, for " + pair +
                   (tk::has_period(claim.period()) ? " in " + claim.period().label() : ""));
  }
  v1::CheckResult result = decided(
      tk::judged_result(claim, pair + " trade in " + tk::period_phrase(claim, evidence), evidence), evidence);

  const std::string exporter = composition_exporter(claim);
  if (exporter.empty() || (exporter != a && exporter != b)) return result;
  const std::string importer = exporter == a ? b : a;
  const auto composition = composition_evidence(exporter, importer, evidence.front());
  if (!composition) {
    result.set_explanation(
        result.explanation() + " The share of " + tk::entity_name(exporter, claim, context) +
        " exports could not be checked: no flow figure for " + evidence.front().period() + ".");
    return result;
  }
  // The sentence makes two claims; a wrong composition refutes it even when the total holds.
  const bool composition_holds = composition->verdict() == v1::SUPPORTED;
  if (!composition_holds && result.verdict() == v1::SUPPORTED) result.set_verdict(v1::REFUTED);
  result.set_explanation(result.explanation() + " " + tk::entity_name(exporter, claim, context) +
                         " exports: " + composition->notes() + " (" + composition->source_name() +
                         ") = " + tk::format_value(composition->compared_value(), "percent") +
                         " of it; 'mostly' means over 50%: " +
                         tk::verdict_word(composition_holds ? v1::SUPPORTED : v1::REFUTED) + ".");
  *result.add_evidence() = *composition;
  return result;
}

}  // namespace factcheck::plugins
