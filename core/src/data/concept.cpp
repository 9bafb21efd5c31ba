#include "data/concept.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "text/lemma.hpp"

namespace factcheck::data {
namespace {

constexpr std::array<std::string_view, 7> kConceptKeys{
    "measures", "dimension", "of", "requires", "excludes", "entity_role", "counterpart_role"};

std::string dimension_list() {
  std::string text;
  for (const auto dimension : kConceptDimensions) text += (text.empty() ? "" : ", ") + std::string(dimension);
  return text;
}

}  // namespace

std::optional<Concept> parse_concept(const nlohmann::json& value, const std::string& path,
                                     const ConceptProblem& problem) {
  bool ok = true;
  const auto fail = [&](std::string_view key, const std::string& message) {
    problem(key, message);
    ok = false;
  };
  if (!value.is_object()) {
    fail({}, fmt::format("{}: must be an object with \"measures\" and \"dimension\"", path));
    return std::nullopt;
  }
  for (const auto& [key, item] : value.items()) {
    if (std::find(kConceptKeys.begin(), kConceptKeys.end(), key) == kConceptKeys.end()) {
      fail(key, fmt::format("{}: unknown key \"{}\" (allowed: measures, dimension, of, requires, excludes, "
                            "entity_role, counterpart_role)",
                            path, key));
    }
  }
  const auto words = [&](std::string_view key, bool required) {
    std::vector<std::string> out;
    const auto it = value.find(key);
    if (it == value.end()) {
      if (required) fail({}, fmt::format("{}: missing required key \"{}\"", path, key));
      return out;
    }
    const bool all_strings = it->is_array() && std::all_of(it->begin(), it->end(), [](const auto& word) {
                               return word.is_string() && !word.template get<std::string>().empty();
                             });
    if (!all_strings) {
      fail(key, fmt::format("{}.{}: must be an array of non-empty strings", path, key));
      return out;
    }
    for (const auto& word : *it) {
      auto lemma = text::lemma_phrase(word.get<std::string>());
      if (std::find(out.begin(), out.end(), lemma) == out.end()) out.push_back(std::move(lemma));
    }
    if (required && out.empty()) fail(key, fmt::format("{}.{}: name at least one word", path, key));
    return out;
  };
  const auto string_value = [&](std::string_view key) {
    const auto it = value.find(key);
    if (it == value.end()) return std::string();
    if (!it->is_string()) {
      fail(key, fmt::format("{}.{}: must be a string", path, key));
      return std::string();
    }
    return it->get<std::string>();
  };
  Concept concept_decl;
  concept_decl.measures = words("measures", true);
  concept_decl.requires_any = words("requires", false);
  concept_decl.excludes = words("excludes", false);
  concept_decl.of = text::to_lower_ascii(string_value("of"));
  concept_decl.entity_role = string_value("entity_role");
  concept_decl.counterpart_role = string_value("counterpart_role");
  if (!value.contains("dimension")) {
    fail({}, fmt::format("{}: missing required key \"dimension\" (one of {})", path, dimension_list()));
  } else {
    concept_decl.dimension = string_value("dimension");
    if (std::find(kConceptDimensions.begin(), kConceptDimensions.end(), concept_decl.dimension) ==
        kConceptDimensions.end()) {
      fail("dimension", fmt::format("{}.dimension: '{}' is not one of {}", path, concept_decl.dimension,
                                    dimension_list()));
    }
  }
  if (!ok) return std::nullopt;
  return concept_decl;
}

}  // namespace factcheck::data
