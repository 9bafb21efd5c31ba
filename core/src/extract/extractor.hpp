// Claim extraction: text in, structured claims out. Rule-based and deterministic; see
// docs/extraction.md for what is found and docs/tolerance-policy.md for the bands.
#pragma once

#include <filesystem>
#include <memory>

#include "extract/gazetteer.hpp"
#include "extract/policy.hpp"
#include "factcheck/v1/types.pb.h"
#include "util/status.hpp"

namespace factcheck::extract {

struct QuantityRules;

class Extractor {
 public:
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Builds the entity gazetteer from the country-codes Frictionless package directory
  // (data/country-codes.csv, unmodified upstream) plus the alias table compiled in from
  // core/src/extract/entity_aliases.csv (demonyms, "U.S.", metonyms, actors).
  static Status create(const Policy& policy, const std::filesystem::path& country_codes_dir,
                       std::unique_ptr<const Extractor>* out);

  // Thread-safe and deterministic. Claims get ids c1..cN in text order; every number found
  // is a claim (plans, forecasts, conditions and questions with checkable=false and the
  // reason); page furniture, ranks and idioms are not claims. `document.published` empty:
  // a dated dateline in the first lines is used, else today's date, with a warning either
  // way. Invalid input (published not YYYY-MM-DD, text over 4 GiB) is an error.
  Status extract(const v1::Document& document, v1::ClaimList* out) const;

  const Policy& policy() const;
  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  Extractor() = default;
  Gazetteer gazetteer_;
  std::unique_ptr<QuantityRules> rules_;
};

}  // namespace factcheck::extract
