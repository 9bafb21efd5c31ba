// The generic checker: any claim whose cue words name a bound dataset indicator with a
// compatible unit is compared with that indicator's rows for the claim's entity and period.
// Adding a dataset package with a binding is enough to make its claims checkable.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "factcheck/sdk.hpp"

namespace factcheck::plugins {

class IndicatorChecker : public sdk::Checker {
 public:
  static sdk::Manifest manifest();
  IndicatorChecker(const sdk::Host& host, std::string_view config_json);

  // 0.5 for a claim of a declared kind with cue words or a counted noun: the generic fallback
  // that a specialised checker (coverage 0.9) outranks in the verdict merge.
  float covers(const v1::Claim& claim, const v1::DocumentContext& context) const override;
  v1::CheckResult check(const v1::Claim& claim, const v1::DocumentContext& context) const override;

 private:
  sdk::Host host_;
};

}  // namespace factcheck::plugins
