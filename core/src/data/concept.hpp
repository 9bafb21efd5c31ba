// What a bound indicator measures: the binding's "concept" block (docs/datasets.md). A
// checker gives a decisive verdict only when a claim quantifies this same thing.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace factcheck::data {

inline constexpr std::array<std::string_view, 8> kConceptDimensions{"money",    "count", "share", "measure",
                                                                    "duration", "rate",  "index", "date"};

struct Concept {
  // Lemmas of the head nouns a claim uses for the quantity; the first is canonical.
  std::vector<std::string> measures;
  std::string dimension;  // one of kConceptDimensions
  std::string of;         // what is counted, the whole of a share, what the money is
  // Lemmas at least one of which must qualify the claim's quantity (binding key "requires").
  std::vector<std::string> requires_any;
  // Lemmas that, qualifying the claim's quantity, make it a different quantity.
  std::vector<std::string> excludes;
  std::string entity_role, counterpart_role;
};

// Reports one problem with the concept: `key` is the concept's key at fault (empty: the
// concept itself), `message` says why, naming the key's path.
using ConceptProblem = std::function<void(std::string_view key, const std::string& message)>;

// Reads and checks a "concept" value found at `path` ("indicators.output.concept"): unknown
// keys, types, a missing or unknown "measures"/"dimension". Word lists are lemmatised
// (text::lemma_phrase) and deduplicated. nullopt when anything is wrong.
std::optional<Concept> parse_concept(const nlohmann::json& value, const std::string& path,
                                     const ConceptProblem& problem);

}  // namespace factcheck::data
