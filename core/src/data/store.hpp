// The in-memory dataset store: every loaded package's bound rows, indexed for point lookups
// by (indicator, entity, counterpart, period), served to plugins through the host.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "data/index.hpp"
#include "data/load_error.hpp"
#include "data/package.hpp"
#include "data/period.hpp"
#include "factcheck/v1/plugin.pb.h"
#include "factcheck/v1/types.pb.h"
#include "plugin/dataset_service.hpp"
#include "util/status.hpp"

namespace factcheck::data {

class DatasetStore : public plugin::DatasetService {
 public:
  // Rows returned when DatasetQuery.limit is 0.
  static constexpr std::uint32_t kDefaultLimit = 1000;

  // Loads every package directory (holding datapackage.json or datapackage.yml/.yaml)
  // directly under each dir (or the dir itself if it is a package). A broken package is
  // skipped with its errors appended; all others load. Later dirs never override an
  // earlier package of the same name (first wins; the duplicate is reported). A dir that
  // does not exist is reported as a warning.
  static std::shared_ptr<const DatasetStore> load(const std::vector<std::filesystem::path>& dirs,
                                                  std::vector<DatasetLoadError>* errors);
  static std::shared_ptr<const DatasetStore> load(const std::vector<std::filesystem::path>& dirs,
                                                  const LoadOptions& options,
                                                  std::vector<DatasetLoadError>* errors);

  // Thread-safe point lookup by (indicator, entity, counterpart, period) with the period
  // containment rules of period.hpp; or, without an indicator, the indicators whose cue
  // words match query.cue_words (IndicatorMatch, best first, without descriptions when
  // query.omit_descriptions) and their rows. Empty query fields match anything;
  // query.dataset restricts to one package. Rows come dated first (by start, widest first),
  // then undated. invalid_argument for a query with neither indicator nor cue words, or an
  // unreadable period.
  // The answer goes to *out as DatasetQueryResult wire bytes (plugin::DatasetService); the
  // message form is DatasetService::query.
  Status query_encoded(const v1::DatasetQuery& query, std::string* out) const override;
  // The same, for a query read in place from its bytes.
  Status query_view(const plugin::DatasetQueryView& query, std::string* out) const override;

  // name, version, sha256, title, path, rows, indicators, licenses, sources
  std::vector<v1::DatasetInfo> datasets() const;
  // Indicators of the loaded packages, package by package.
  std::vector<std::pair<std::string, IndicatorInfo>> indicators() const;
  // Directory of a loaded package, e.g. package_dir("country-codes") for the extractor's gazetteer.
  std::optional<std::filesystem::path> package_dir(const std::string& name) const;
  // Bound rows held.
  size_t row_count() const { return rows_.size(); }
  // The loaded package of that name (PackageInfo::index_file says whether its rows came from
  // its index), or nullptr.
  const PackageInfo* package_info(const std::string& name) const;

 private:
  using Id = std::uint32_t;
  static constexpr Id kAny = 0xFFFFFFFFU;

  // Interned strings: rows hold 4-byte ids. Id 0 is "".
  class StringPool {
   public:
    StringPool();
    Id intern(std::string_view text);
    std::optional<Id> find(std::string_view text) const;
    std::string_view operator[](Id id) const { return views_[id]; }

   private:
    static constexpr size_t kBlockSize = 64 * 1024;
    // Copies `text` into the blocks.
    std::string_view store(std::string_view text);

    // The strings' bytes, packed; blocks never move, so views into them stay valid.
    std::vector<std::unique_ptr<char[]>> blocks_;
    char* block_at_ = nullptr;
    size_t block_free_ = 0;
    std::vector<std::string_view> views_;  // by id
    std::unordered_map<std::string_view, Id> ids_;
  };

  // Provenance fields that rows of one source share, stored once (rows hold its index).
  struct Provenance {
    Id unit, source_name, source_url, retrieved, confidence, value_kind, qualifier;
    bool operator==(const Provenance&) const = default;
  };
  struct ProvenanceHash {
    size_t operator()(const Provenance& p) const {
      size_t h = 0;
      for (const Id id :
           {p.unit, p.source_name, p.source_url, p.retrieved, p.confidence, p.value_kind, p.qualifier}) {
        h = h * 0x100000001B3ULL ^ id;
      }
      return h;
    }
  };

  struct Row {
    Id indicator, entity, counterpart, period_label;
    Day start, end;
    double value;
    Id text_value, notes;
    Id row_key;  // 0: the natural key, rebuilt on output
    Id provenance;
    std::uint32_t line;
    std::uint16_t package;
    // Bit fields keep a row at 56 bytes: file is the index in Package::bound_files.
    std::uint16_t file : 14;
    bool dated : 1;
    bool has_value : 1;
  };
  static_assert(sizeof(Row) == 56);

  struct Key {
    Id indicator, entity, counterpart;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& key) const {
      std::uint64_t h = key.indicator * 0x9E3779B97F4A7C15ULL;
      h ^= (key.entity + 0x632BE59BD9B4E019ULL) + (h << 6) + (h >> 2);
      h ^= (key.counterpart + 0x85EBCA77C2B2AE63ULL) + (h << 6) + (h >> 2);
      return static_cast<size_t>(h);
    }
  };
  // Rows of one key in order_: [begin, dated_end) dated, sorted by (start, -end);
  // [dated_end, end) undated.
  struct Group {
    std::uint32_t begin, dated_end, end;
  };

  struct Package {
    PackageInfo info;
    std::vector<std::string> bound_files;  // paths of the bound resources, as reported in rows
    // DatasetRow fields of every row of the package, as wire bytes: dataset, dataset_version
    // and sha256; file (one per bound file).
    std::string encoded_head;
    std::vector<std::string> encoded_files;
  };
  struct Indicator {
    std::uint16_t package;
    IndicatorInfo info;
    Id id;
    std::vector<std::vector<Id>> cue_tokens;  // the words of each of info.cue_words
    // IndicatorMatch.measured_concept as wire bytes (tag included); empty without a concept.
    std::string encoded_concept;
  };
  struct QueryIds;

  void add_row(const BoundRow& row, std::uint16_t package);
  // Adds the rows of a package index, interning each of its strings once.
  void add_indexed_rows(const PackageIndex& index, std::uint16_t package);
  // The provenance of `row`, added when new.
  Id provenance_id(const BoundRow& row);
  void build_index();
  void build_cue_index();
  // The answer being encoded: rows appended so far, up to limit.
  struct Answer {
    std::string* out;
    std::uint32_t limit;
    std::uint32_t rows;
  };

  void collect(const QueryIds& ids, Answer* answer) const;
  // Appends `row` to *out as a DatasetQueryResult.rows field.
  void append_row(const Row& row, std::string* out) const;
  // Fills Package::encoded_head/encoded_file and encoded_provenances_ once loading ends.
  void encode_shared_fields();
  // Appends the indicators matching query.cue_words to *out as DatasetQueryResult.indicators
  // fields, best first, and returns them in the same order.
  std::vector<const Indicator*> match_cues(const plugin::DatasetQueryView& query, std::string* out) const;

  StringPool pool_;
  std::vector<Provenance> provenances_;
  std::unordered_map<Provenance, Id, ProvenanceHash> provenance_ids_;
  Id last_provenance_ = 0;  // while loading: the provenance of the last row added
  // DatasetRow fields unit..qualifier of each provenance, as wire bytes.
  std::vector<std::string> encoded_provenances_;
  std::vector<Package> packages_;
  std::vector<Row> rows_;
  std::vector<Indicator> indicators_;
  // Every word of a cue phrase: its id, and the indicators_ positions having a cue that starts
  // with it (ascending, unique), so a cue-word query scores only these candidates. Keys view
  // into pool_.
  struct CueWord {
    Id id;
    std::vector<std::uint32_t> first_of;
  };
  std::unordered_map<std::string_view, CueWord> cue_words_;
  std::vector<std::uint32_t> order_;
  std::unordered_map<Key, Group, KeyHash> groups_;
};

}  // namespace factcheck::data
