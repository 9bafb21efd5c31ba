// The compact binary index of a package: its bound rows as they come out of the CSV, the
// binding and the Table Schema checks, written once (at build time for the built-in packages,
// by `factcheck datasets add` for installed ones) and memory-mapped at start instead of
// parsing the CSV again. docs/datasets.md, "Package indexes".
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "data/load_error.hpp"
#include "data/package.hpp"

namespace factcheck::data {

// Bumped whenever the layout or the meaning of an index changes: an index of another
// format is stale.
inline constexpr std::uint32_t kIndexFormat = 2;  // 2: indicators carry fixed_entity and aggregation

// Where the index of the package directory `package_dir` is looked for and written: the
// directory `dataset-index` beside the directory holding the package, the file named after
// the package's directory (~/.local/share/factcheck/datasets/gdp@2018-01-14 ->
// ~/.local/share/factcheck/dataset-index/gdp@2018-01-14.fcidx). A package of the bundled
// datasets directory (however reached: in a build tree it is a link to the sources) has its
// index in bundled_dataset_index_dir().
std::filesystem::path index_path_for(const std::filesystem::path& package_dir);

// Loads the package in `package_dir` from its CSV (load_package) and writes its index to
// `index_path` (through a temporary file renamed into place). False, with the problems in
// `errors`, when the package has errors or the file cannot be written.
bool write_package_index(const std::filesystem::path& package_dir, const std::filesystem::path& index_path,
                         const LoadOptions& options, std::vector<DatasetLoadError>* errors);

// An opened index: the package's metadata and its rows, in place in the mapped file.
class PackageIndex {
 public:
  // One bound row with its strings as ids into strings() and its provenance as an index in
  // provenances().
  struct Row {
    std::uint32_t indicator, entity, counterpart, period_label;
    Day start, end;
    double value;
    std::uint32_t text_value, notes;
    std::uint32_t row_key;  // 0 for the natural key
    std::uint32_t provenance;
    std::uint32_t line;
    std::uint16_t file;
    std::uint8_t flags;  // kDated | kHasValue
    std::uint8_t reserved;
  };
  static constexpr std::uint8_t kDated = 1;
  static constexpr std::uint8_t kHasValue = 2;
  // unit, source_name, source_url, retrieved, confidence, value_kind, qualifier
  using Provenance = std::array<std::uint32_t, 7>;

  // Opens the index of the package in `package_dir` at `index_path`. nullopt when there is no
  // index file (nothing reported), or when it is unusable: of another format, for other
  // content than the package's files hold now (SHA-256), truncated or corrupt (checksum,
  // sizes, ids out of range); then a warning naming the file and the reason goes to `errors`
  // and the caller parses the CSV.
  static std::optional<PackageIndex> open(const std::filesystem::path& package_dir,
                                          const std::filesystem::path& index_path,
                                          std::vector<DatasetLoadError>* errors);

  // The package as load_package reports it (dir is package_dir, index_file the index).
  const PackageInfo& info() const { return info_; }
  // Warnings the package had when the index was written (their files under package_dir).
  const std::vector<DatasetLoadError>& warnings() const { return warnings_; }
  std::string_view string(std::uint32_t id) const;
  std::uint32_t string_count() const { return static_cast<std::uint32_t>(string_offsets_.size() - 1); }
  std::span<const Provenance> provenances() const { return provenances_; }
  std::span<const Row> rows() const { return rows_; }
  // Calls on_row with each row as load_package would have passed it.
  void for_each_row(const BoundRowFn& on_row) const;

 private:
  struct Mapping;
  std::shared_ptr<const Mapping> mapping_;
  PackageInfo info_;
  std::vector<DatasetLoadError> warnings_;
  std::span<const std::uint32_t> string_offsets_;
  const char* string_bytes_ = nullptr;
  std::span<const Provenance> provenances_;
  std::span<const Row> rows_;
};

}  // namespace factcheck::data
