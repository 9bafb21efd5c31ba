// One verdict per claim from every checker's result, and the report's summary.
//
// The rule (docs/verdicts.md, kept in step with this file):
// 1. A claim the extractor marked not checkable (plan, forecast...) is NOT_CHECKABLE.
// 2. Results with a verdict, evidence and a match basis whose confidence is at least
//    `min_confidence` (SUPPORTED, REFUTED, CONFLICTING with at least one receipt) decide; any
//    other verdict is kept but never decides. Only the most specific
//    of them count: those whose coverage is within kCoverageTie of the highest coverage.
// 3. The deciding results all SUPPORTED -> SUPPORTED; all REFUTED -> REFUTED; any other mix
//    (or any CONFLICTING) -> CONFLICTING.
// 4. No deciding result -> NOT_ENOUGH_INFO, explained by a verdict held back for its match
//    confidence, else the most specific checker's reason (what was missing), or "no checker
//    covers it" when none did.
// 5. The merged result carries the match basis and confidence of the least sure deciding result.
#pragma once

#include <string>
#include <vector>

#include "factcheck/v1/types.pb.h"
#include "plugin/plugin_host.hpp"

namespace factcheck::check {

// Coverage scores this close to the best count as equally specific.
inline constexpr float kCoverageTie = 0.05F;

// Match confidence a decisive verdict needs by default (docs/verdicts.md, "Match basis").
inline constexpr float kDefaultMinConfidence = 0.6F;

// The verdict for a claim that went through the checkers (or was not sent: not checkable).
v1::ClaimResult merge_claim(v1::Claim claim, plugin::ClaimOutcome outcome,
                            float min_confidence = kDefaultMinConfidence);

// Adds one claim's verdict to the counts.
void count_verdict(const v1::ClaimResult& result, v1::Summary* summary);

// Fills summary->line from the counts:
// "12 numbers, 7 checked: 6 supported, 1 refuted; 5 not checkable". Zero counts are left out.
void finish_summary(v1::Summary* summary);

}  // namespace factcheck::check
