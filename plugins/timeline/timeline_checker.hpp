// Durations, ages and dates checked against dated events: "four months of air strikes" is the
// time from the campaign's start to the publication date; "a five-year-old war" the time since
// the war began; "opened last year" holds when the event's date falls in the claim's period.
// Event indicators are the bound indicators whose unit is "date".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/sdk.hpp"

namespace factcheck::plugins {

class TimelineChecker : public sdk::Checker {
 public:
  static sdk::Manifest manifest();
  TimelineChecker(const sdk::Host& host, std::string_view config_json);

  // 0.9 for a duration, age or date claim whose words name a dated event; 0 otherwise.
  float covers(const v1::Claim& claim, const v1::DocumentContext& context) const override;
  v1::CheckResult check(const v1::Claim& claim, const v1::DocumentContext& context) const override;

 private:
  std::vector<v1::IndicatorMatch> event_indicators(const v1::Claim& claim, std::string* error) const;

  sdk::Host host_;
  std::uint64_t instance_;  // unique per checker: keys the thread's last event look-up
};

}  // namespace factcheck::plugins
