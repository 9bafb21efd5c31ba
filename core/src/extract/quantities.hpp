// Quantity mentions in a sentence: numerals (digits and words), scales, currencies, units,
// fractions, multiples, vague magnitudes, ranges and changes, each with the band the policy
// gives its wording. Internal to the extractor.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/key_table.hpp"
#include "extract/policy.hpp"
#include "extract/sentence.hpp"
#include "factcheck/v1/types.pb.h"

namespace factcheck::extract {

struct QuantityMention {
  std::size_t first = 0;  // token range of the whole mention (hedge .. unit), end exclusive
  std::size_t end = 0;
  std::size_t numeral_end = 0;    // end of the numeral and its unit, before trailing hedges
  bool compound = false;          // adjectival: "a five-year-old war", "a 10-day truce"
  bool after_of = false;          // the measured thing follows "of" ("thousands of ...")
  std::size_t compound_noun = 0;  // token of "bed" in "a 94-bed hospital", 0 when none
  v1::Quantity quantity;
};

// The policy compiled into phrase tables.
struct QuantityRules {
  explicit QuantityRules(const Policy& policy);
  Policy policy;
  PhraseTable hedge_before;  // payload: index into policy.hedges
  PhraseTable hedge_after;
  PhraseTable vague;  // payload: index into policy.vague
};

struct QuantityStats {
  std::size_t too_long = 0;  // digit runs over policy.max_number_digits, skipped
  bool capped = false;       // more than max_claims_per_sentence quantities
};

// Appends the sentence's quantities in token order and marks their tokens.
void find_quantities(Sentence* sentence, const QuantityRules& rules, std::vector<QuantityMention>* out,
                     QuantityStats* stats);

}  // namespace factcheck::extract
