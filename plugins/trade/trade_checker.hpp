// Bilateral trade between two countries: turnover ("trade reached nearly $2 billion"), flows
// ("Russian exports to Iraq") and composition ("mostly made up of Russian exports"). The two
// countries come from the claim's sentence, else the document's main entities. Turnover is
// taken as published, else summed from both flows of the same period. Indicator names carry
// the scope of each figure; only the configured ones are used, so scopes never mix.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/checker_toolkit.hpp"
#include "factcheck/sdk.hpp"

namespace factcheck::plugins {

class TradeChecker : public sdk::Checker {
 public:
  static sdk::Manifest manifest();
  // Config: {"turnover_indicator", "flow_indicator"} override the indicator names
  // (defaults: trade_turnover, imports_from_partner; a flow row is entity = importer,
  // counterpart = exporter).
  TradeChecker(const sdk::Host& host, std::string_view config_json);

  // 0.9 for a money claim about trade, turnover, exports or imports, or a composition of
  // trade by exports or imports; 0 otherwise.
  float covers(const v1::Claim& claim, const v1::DocumentContext& context) const override;
  v1::CheckResult check(const v1::Claim& claim, const v1::DocumentContext& context) const override;

 private:
  // How fetched rows are judged: against a money claim's band, in its unit; the default judges
  // nothing and takes any unit (a composition needs only the total).
  struct RowJudge {
    toolkit::Interval band{};
    double reference = 0;
    std::string rule{};
    std::string unit{};
    static RowJudge of(const v1::Claim& claim);
  };
  // Turnover rows for the pair (published, else summed from flows), judged by `judge`.
  std::vector<v1::Evidence> turnover_evidence(const v1::Claim& claim, const std::string& a,
                                              const std::string& b, const std::string& published,
                                              const RowJudge& judge) const;
  // NOT_ENOUGH_INFO: no turnover, published or summed, for `pair` in the claim's period.
  v1::CheckResult no_turnover(const v1::Claim& claim, const std::string& pair) const;
  // "Trade ... mostly made up of Russian exports": the exporter's flow over the pair's turnover.
  v1::CheckResult check_composition(const v1::Claim& claim, const v1::DocumentContext& context,
                                    const std::string& a, const std::string& b) const;
  // Flow rows importer <- exporter, judged.
  std::vector<v1::Evidence> flow_evidence(const v1::Claim& claim, const std::string& importer,
                                          const std::string& exporter, const std::string& published) const;
  // "mostly made up of Russian exports": the exporter's flow (else the turnover less the
  // reverse flow) over the turnover, for the turnover's period.
  std::optional<v1::Evidence> composition_evidence(const std::string& exporter, const std::string& importer,
                                                   const v1::Evidence& turnover) const;
  // Valued rows of `indicator` for entity -> counterpart inside `period` (none: all).
  std::vector<v1::DatasetRow> rows(const std::string& indicator, const std::string& entity,
                                   const std::string& counterpart, const v1::Period& period) const;

  sdk::Host host_;
  std::string turnover_indicator_ = "trade_turnover";
  std::string flow_indicator_ = "imports_from_partner";
};

}  // namespace factcheck::plugins
