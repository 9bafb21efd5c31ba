// Loading one Frictionless Data Package (plus its binding) from a directory: descriptor,
// resources, Table Schema checks, content hash, and the bound rows.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/concept.hpp"
#include "data/load_error.hpp"
#include "data/period.hpp"
#include "extract/gazetteer.hpp"

namespace factcheck::data {

// Bound resource files per package, at most (the store keeps a row's file in 14 bits).
inline constexpr std::uint16_t kMaxBoundFiles = 0x3FFF;

struct LoadOptions {
  // Larger resource files are refused before reading (error on the package).
  std::uint64_t max_resource_bytes = 512ULL * 1024 * 1024;
  // Errors kept per package; more are counted.
  size_t max_errors_per_package = 100;
  // Country names and demonyms for bindings whose entity column holds names
  // ("names": "country"); see country_names_in().
  std::shared_ptr<const extract::Gazetteer> country_names;
  // Read a package's rows from its index (data/index.hpp) when one matches its files; false:
  // always parse the CSV.
  bool use_index = true;
};

// The country list of the first package named country-codes in `dirs` (searched like
// DatasetStore::load), with factcheck's alias table; nullptr when there is none.
std::shared_ptr<const extract::Gazetteer> country_names_in(const std::vector<std::filesystem::path>& dirs);

struct IndicatorInfo {
  std::string name;
  std::string description;
  std::string unit;                    // empty when the unit comes per row
  std::vector<std::string> cue_words;  // lemmatised
  bool symmetric = false;              // found under either order of entity and counterpart
  std::optional<Concept> measured;     // the binding's "concept"
  std::string fixed_entity;            // the binding's constant entity ("XAU"); empty: rows name theirs
  std::string aggregation;             // what a row stands for over its period: mean, point, sum...
};

struct PackageInfo {
  std::string name;
  std::string version;
  std::string title;
  std::filesystem::path dir;
  std::string sha256;  // hex, over the package's files (docs/datasets.md)
  std::vector<std::string> licenses;
  std::vector<std::string> sources;       // "title <path>"
  std::vector<IndicatorInfo> indicators;  // empty without a binding
  std::uint64_t row_count = 0;            // rows of all tabular resources
  std::string descriptor_file;            // relative to dir
  std::string binding_file;               // relative to dir; empty without a binding
  std::string bound_file;                 // the bound resource's file, relative to dir
  std::vector<std::string> bound_files;   // every bound resource's first file; bound_file is the first
  std::string index_file;                 // the index its rows were read from; empty: parsed from the CSV
};

// One row of the bound resource, mapped through the binding. Views are valid only during
// the callback.
struct BoundRow {
  std::string_view indicator, entity, counterpart, period_label;
  ResolvedPeriod period;
  double value = 0;
  bool has_value = false;
  std::string_view text_value, unit, source_name, source_url, retrieved, confidence, value_kind, qualifier,
      notes;
  std::string_view row_key;
  // True when row_key is the natural key "indicator|entity|counterpart|period" (no primaryKey).
  bool natural_key = true;
  std::uint32_t line = 0;
  std::uint16_t file_index = 0;  // in PackageInfo::bound_files
};

using BoundRowFn = std::function<void(const BoundRow& row)>;

// datapackage.json, datapackage.yml or datapackage.yaml in `dir`, if any.
std::optional<std::filesystem::path> find_descriptor(const std::filesystem::path& dir);

// `dir` itself when it is a package, else its immediate subdirectories that are packages,
// sorted by name.
std::vector<std::filesystem::path> find_packages(const std::filesystem::path& dir);

// Loads the package in `dir`, streaming every tabular resource through the Table Schema
// checks; rows of the bound resource go to `on_row` (may be empty, e.g. to validate).
// Returns nullopt when the package has errors; every problem is appended to `errors`.
// A package that fails after some rows were passed to `on_row` must be rolled back by the
// caller.
std::optional<PackageInfo> load_package(const std::filesystem::path& dir, const LoadOptions& options,
                                        const BoundRowFn& on_row, std::vector<DatasetLoadError>* errors);

// SHA-256 (hex) of the package directory: sha256 of the text made of one line
// "<sha256 of file>  <relative path>\n" per regular file, sorted by path, skipping names that
// start with '.'; the same as `find . -type f ! -name '.*' -printf '%P\n' | LC_ALL=C sort |
// xargs -d '\n' sha256sum | sha256sum`.
std::optional<std::string> hash_package(const std::filesystem::path& dir, std::string* error);

}  // namespace factcheck::data
