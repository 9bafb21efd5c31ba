// Supply versus demand: "power output meets around 60 percent of peak demand" is checked
// against output divided by peak demand of the same period (both from the data), or a
// published share when the pair is missing. Different measures (available capacity, peak
// load served) are never mixed in: only the configured indicators are used.
#pragma once

#include <string>
#include <string_view>

#include "factcheck/sdk.hpp"

namespace factcheck::plugins {

class EnergyChecker : public sdk::Checker {
 public:
  static sdk::Manifest manifest();
  // Config: {"output_indicator", "demand_indicator", "share_indicator"} override the
  // indicator names (defaults: output, peak_demand, supply_share_of_peak_demand).
  EnergyChecker(const sdk::Host& host, std::string_view config_json);

  // 0.9 for a percent or fraction claim about demand being met; 0 otherwise.
  float covers(const v1::Claim& claim, const v1::DocumentContext& context) const override;
  v1::CheckResult check(const v1::Claim& claim, const v1::DocumentContext& context) const override;

 private:
  sdk::Host host_;
  std::string output_indicator_ = "output";
  std::string demand_indicator_ = "peak_demand";
  std::string share_indicator_ = "supply_share_of_peak_demand";
};

}  // namespace factcheck::plugins
