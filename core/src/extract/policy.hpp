// The tolerance policy: every band the extractor puts on a quantity comes from here, so a
// newsroom can tune how strictly "nearly", "about" or a rounded "$2 billion" is read.
// Documented in docs/tolerance-policy.md; examples/policy.json shows the file format.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "util/status.hpp"

namespace factcheck::extract {

// A hedge ("nearly", "about", "more than") maps the stated value X to
// [X * low_factor, X * high_factor]; a missing factor leaves that side unbounded.
struct HedgeRule {
  std::string name;                 // band rule "hedge:<name>"
  std::vector<std::string> before;  // phrases right before the quantity ("close to")
  std::vector<std::string> after;   // phrases right after it ("or so", "or more")
  std::optional<double> low_factor;
  std::optional<double> high_factor;
  bool low_inclusive = true;
  bool high_inclusive = true;
};

// A bare value is read as the rounding of its last significant digit: "$2 billion" allows
// +-0.5 billion * half_unit_factor, clamped to [min_relative, max_relative] of the value.
struct RoundingRule {
  double half_unit_factor = 1.0;
  double min_relative = 0.001;
  double max_relative = 0.10;
};

// A vague magnitude ("thousands of") is the range [low, high).
struct VagueRange {
  std::string name;                  // band rule "vague:<name>"
  std::vector<std::string> phrases;  // "thousands of", "several thousand"...
  double low = 0;
  double high = 0;
};

struct Policy {
  std::vector<HedgeRule> hedges;
  RoundingRule rounding;
  std::vector<VagueRange> vague;
  // Fractions ("a third") and multiples ("double") are figures of speech: +-relative.
  double fraction_relative = 0.10;
  double multiple_relative = 0.10;
  // Match confidence (0..1) a decisive verdict needs (docs/verdicts.md, "Match basis"); unset:
  // the engine's strict default.
  std::optional<double> min_match_confidence;
  // Hard caps that keep pathological input linear; reaching one adds a warning.
  std::size_t max_claims_per_sentence = 64;
  std::size_t max_claims = 100000;
  std::size_t max_sentence_bytes = 4096;
  std::size_t max_number_digits = 24;
};

Policy default_policy();

// Loads a JSON policy file over `policy` (normally default_policy()): keys absent keep their
// current value; unknown keys, wrong types and inconsistent bands are errors naming the key.
Status load_policy(const std::filesystem::path& file, Policy* policy);

// As load_policy, from JSON text; `origin` names the source in error messages.
Status parse_policy(const std::string& json_text, const std::string& origin, Policy* policy);

}  // namespace factcheck::extract
