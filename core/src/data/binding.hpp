// The binding: a small file beside an unmodified Data Package that says what its numbers
// mean (format documented in docs/datasets.md).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "data/concept.hpp"
#include "data/document.hpp"
#include "data/period.hpp"

namespace factcheck::data {

inline constexpr const char* kBindingFileNames[] = {"factcheck.binding.json", "factcheck.binding.yml",
                                                    "factcheck.binding.yaml"};

// A property given either as a fixed value ("unit": "USD") or per row from a column
// ("unit": {"field": "unit"}).
struct BoundValue {
  std::string constant;
  std::string field;  // column name; empty for a constant
  bool is_field() const { return !field.empty(); }
};

struct IndicatorSpec {
  std::string name;
  std::string description;
  std::string unit;                    // overrides the binding's constant unit
  std::vector<std::string> cue_words;  // lemmatised with text::lemma_phrase
  // The value does not depend on the direction (trade turnover between A and B): the store
  // finds the row under (entity, counterpart) and (counterpart, entity).
  bool symmetric = false;
  // What it measures (the binding's "concept"); none declared: no claim matches it.
  std::optional<Concept> measured;
};

// The granularity a row's period is read at: a date "2015-07-01" in a yearly series is the
// year 2015 (none: the label as it stands).
enum class Granularity { none, year, quarter, month, day };

struct Binding {
  std::string resource;  // empty: the package's only resource
  std::string measure;
  std::string text_measure;
  double scale = 1;
  std::string entity;           // column naming the entity; empty with entity_constant
  std::string entity_constant;  // one entity for every row ("XAU", "WORLD")
  // The entity column holds country names or demonyms, mapped to ISO 3166-1 alpha-3.
  bool entity_names = false;
  Granularity granularity = Granularity::none;
  std::string aggregation;  // what a row stands for over its period: mean, end, sum, point...
  std::string counterpart;
  std::string period;
  std::string indicator_field;  // when set, each row names its indicator
  // Declared indicators; exactly one when indicator_field is empty.
  std::map<std::string, IndicatorSpec> indicators;
  BoundValue unit, source_name, source_url, retrieved, confidence, value_kind, qualifier, notes;
};

// Checks the binding's structure (unknown keys, wrong types, missing required keys) and
// reads it; references to fields are checked later against the resource's schema.
bool parse_binding(const Document& document, Binding* out, ErrorSink& errors);

// Reads a binding that may declare several series ("indicators" without "indicator_field",
// each entry with its own resource, measure, entity...): one single-indicator Binding per
// series, each inheriting the top-level keys. Any other binding gives one Binding.
bool parse_bindings(const Document& document, std::vector<Binding>* out, ErrorSink& errors);

// The label of the period starting at `day` at this granularity ("2015", "2015-Q3",
// "2015-07", "2015-07-01").
std::string period_label_at(Granularity granularity, Day day);

}  // namespace factcheck::data
