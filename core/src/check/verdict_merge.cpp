#include "check/verdict_merge.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "factcheck/sdk.hpp"

namespace factcheck::check {
namespace {

bool decisive_verdict(const v1::CheckResult& result) {
  const auto verdict = result.verdict();
  return verdict == v1::SUPPORTED || verdict == v1::REFUTED || verdict == v1::CONFLICTING;
}

// A verdict decides only with its receipts and a measured-thing match at least as sure as
// the minimum: a checker that answers without them is heard (its result is kept) but never
// outweighs one that shows its data.
bool decisive(const v1::CheckResult& result, float min_confidence) {
  return decisive_verdict(result) && result.evidence_size() > 0 && result.has_match_basis() &&
         result.match_confidence() >= min_confidence;
}

std::string cue_phrase(const v1::Claim& claim) {
  std::string words;
  for (const auto& word : claim.cue_words()) words += (words.empty() ? "" : ", ") + word;
  const bool listed = std::find(claim.cue_words().begin(), claim.cue_words().end(), claim.counted_noun()) !=
                      claim.cue_words().end();
  if (!claim.counted_noun().empty() && !listed) words += (words.empty() ? "" : ", ") + claim.counted_noun();
  return words;
}

}  // namespace

v1::ClaimResult merge_claim(v1::Claim claim_in, plugin::ClaimOutcome outcome, float min_confidence) {
  v1::ClaimResult merged;
  *merged.mutable_claim() = std::move(claim_in);
  const v1::Claim& claim = merged.claim();
  for (auto& error : outcome.errors) merged.add_errors(std::move(error));

  if (!claim.checkable()) {
    merged.set_verdict(v1::NOT_CHECKABLE);
    merged.set_explanation(
        sdk::quoted(claim) + " is not checkable: " +
        (claim.not_checkable_reason().empty() ? "not a statement of fact" : claim.not_checkable_reason()) +
        ".");
    return merged;
  }

  float best_coverage = -1.0F;
  for (const auto& result : outcome.results) {
    if (decisive(result, min_confidence)) best_coverage = std::max(best_coverage, result.coverage());
  }

  if (best_coverage < 0.0F) {
    merged.set_verdict(v1::NOT_ENOUGH_INFO);
    // The reason comes from the most specific checker that said what was missing.
    const auto most_specific =
        std::max_element(outcome.results.begin(), outcome.results.end(), [](const auto& a, const auto& b) {
          const bool a_reason = a.verdict() == v1::NOT_ENOUGH_INFO;
          const bool b_reason = b.verdict() == v1::NOT_ENOUGH_INFO;
          return a_reason != b_reason ? b_reason : a.coverage() < b.coverage();
        });
    // A verdict held back for want of a sure match says so, before any other reason.
    const auto held_back = std::find_if(
        outcome.results.begin(), outcome.results.end(),
        [](const auto& result) { return decisive_verdict(result) && result.evidence_size() > 0; });
    if (held_back != outcome.results.end()) {
      merged.set_explanation(
          sdk::quoted(claim) + ": not judged: " +
          (held_back->has_match_basis()
               ? "the match with '" + held_back->match_basis().indicator() + "' (" +
                     held_back->match_basis().indicator_concept() + ") has confidence " +
                     fmt::format("{:.2f}", held_back->match_confidence()) + ", below the minimum " +
                     fmt::format("{:.2f}", min_confidence)
               : "the checker '" + held_back->plugin() + "' did not say what its evidence measures") +
          ". Its finding: " + held_back->explanation());
    } else if (most_specific != outcome.results.end()) {
      merged.set_explanation(most_specific->explanation());
    } else if (!merged.errors().empty()) {
      merged.set_explanation(sdk::quoted(claim) + ": every checker that covers it failed (" +
                             merged.errors(0) + ").");
    } else {
      const std::string words = cue_phrase(claim);
      merged.set_explanation(sdk::quoted(claim) + ": no checker covers it (indicator: no dataset measures " +
                             (words.empty() ? std::string("an unnamed quantity") : "'" + words + "'") + ").");
    }
    for (auto& result : outcome.results) *merged.add_results() = std::move(result);
    return merged;
  }

  bool all_supported = true;
  bool all_refuted = true;
  std::string explanation;
  std::set<std::pair<std::string, std::string>> seen_rows;
  const v1::CheckResult* least_sure = nullptr;
  for (const auto& result : outcome.results) {
    if (!decisive(result, min_confidence) || result.coverage() < best_coverage - kCoverageTie) continue;
    if (least_sure == nullptr || result.match_confidence() < least_sure->match_confidence())
      least_sure = &result;
    all_supported = all_supported && result.verdict() == v1::SUPPORTED;
    all_refuted = all_refuted && result.verdict() == v1::REFUTED;
    if (explanation.find(result.explanation()) == std::string::npos) {
      explanation += (explanation.empty() ? "" : " ") + result.explanation();
    }
    for (const auto& evidence : result.evidence()) {
      if (seen_rows.insert({evidence.dataset(), evidence.row_key()}).second)
        *merged.add_evidence() = evidence;
    }
  }
  merged.set_verdict(all_supported ? v1::SUPPORTED : all_refuted ? v1::REFUTED : v1::CONFLICTING);
  merged.set_explanation(explanation);
  *merged.mutable_match_basis() = least_sure->match_basis();
  merged.set_match_confidence(least_sure->match_confidence());
  for (auto& result : outcome.results) *merged.add_results() = std::move(result);
  return merged;
}

void count_verdict(const v1::ClaimResult& result, v1::Summary* summary) {
  summary->set_numbers(summary->numbers() + 1);
  switch (result.verdict()) {
    case v1::SUPPORTED:
      summary->set_supported(summary->supported() + 1);
      break;
    case v1::REFUTED:
      summary->set_refuted(summary->refuted() + 1);
      break;
    case v1::CONFLICTING:
      summary->set_conflicting(summary->conflicting() + 1);
      break;
    case v1::NOT_ENOUGH_INFO:
      summary->set_not_enough_info(summary->not_enough_info() + 1);
      break;
    default:
      summary->set_not_checkable(summary->not_checkable() + 1);
      break;
  }
  summary->set_checked(summary->supported() + summary->refuted() + summary->conflicting());
}

void finish_summary(v1::Summary* summary) {
  const auto part = [](uint32_t count, const char* label) {
    return count == 0 ? std::string() : std::to_string(count) + " " + label;
  };
  const auto join = [](std::initializer_list<std::string> parts) {
    std::string text;
    for (const auto& item : parts) {
      if (!item.empty()) text += (text.empty() ? "" : ", ") + item;
    }
    return text;
  };
  std::string line = std::to_string(summary->numbers()) + (summary->numbers() == 1 ? " number" : " numbers") +
                     ", " + std::to_string(summary->checked()) + " checked";
  const std::string checked =
      join({part(summary->supported(), "supported"), part(summary->refuted(), "refuted"),
            part(summary->conflicting(), "conflicting")});
  const std::string unchecked = join(
      {part(summary->not_enough_info(), "not enough info"), part(summary->not_checkable(), "not checkable")});
  if (!checked.empty()) line += ": " + checked;
  if (!unchecked.empty()) line += "; " + unchecked;
  summary->set_line(line);
}

}  // namespace factcheck::check
