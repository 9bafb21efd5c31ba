#include "data/store.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <limits>
#include <span>
#include <unordered_map>

#include "data/wire.hpp"
#include "text/lemma.hpp"

namespace factcheck::data {
namespace {

// Calls on_word(word) for each space-separated word of `phrase`.
template <typename OnWord>
void for_each_word(std::string_view phrase, const OnWord& on_word) {
  size_t start = 0;
  while (start < phrase.size()) {
    const size_t space = std::min(phrase.find(' ', start), phrase.size());
    if (space > start) on_word(phrase.substr(start, space - start));
    start = space + 1;
  }
}

// lemma_phrase(phrase), remembered by the thread: checkers ask about the same few phrases
// again and again (each claim of an article, each article of a story). The reference is
// valid until the thread's next call.
const std::string& remembered_lemma(std::string_view phrase) {
  constexpr size_t kRemembered = 4096;
  // Hashes strings and views alike, so a look-up copies nothing.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
  };
  thread_local std::unordered_map<std::string, std::string, Hash, std::equal_to<>> remembered;
  if (const auto it = remembered.find(phrase); it != remembered.end()) return it->second;
  if (remembered.size() >= kRemembered) remembered.clear();
  return remembered.emplace(std::string(phrase), text::lemma_phrase(phrase)).first->second;
}

// Marks in `covered` the words of `words` where `cue` occurs as a whole-word sequence (words
// as string pool ids).
bool mark_occurrences(std::span<const std::uint32_t> words, std::span<const std::uint32_t> cue,
                      std::span<char> covered) {
  if (cue.empty() || cue.size() > words.size()) return false;
  bool found = false;
  for (size_t at = 0; at + cue.size() <= words.size(); ++at) {
    if (std::equal(cue.begin(), cue.end(), words.begin() + static_cast<std::ptrdiff_t>(at))) {
      std::fill_n(covered.begin() + static_cast<std::ptrdiff_t>(at), cue.size(), char{1});
      found = true;
    }
  }
  return found;
}

// IndicatorMatch.measured_concept (tag, length and body) of `measured`; empty for none.
std::string encode_concept(const std::optional<Concept>& measured) {
  if (!measured) return {};
  using Fields = v1::IndicatorConcept;
  return wire::encode([&](auto& match) {
    match.add_message(v1::IndicatorMatch::kMeasuredConceptFieldNumber, [&](auto& fields) {
      for (const auto& word : measured->measures)
        fields.add_repeated_string(Fields::kMeasuresFieldNumber, word);
      fields.add_string(Fields::kDimensionFieldNumber, measured->dimension);
      fields.add_string(Fields::kOfFieldNumber, measured->of);
      for (const auto& word : measured->requires_any)
        fields.add_repeated_string(Fields::kRequiredQualifiersFieldNumber, word);
      for (const auto& word : measured->excludes)
        fields.add_repeated_string(Fields::kExcludedQualifiersFieldNumber, word);
      fields.add_string(Fields::kEntityRoleFieldNumber, measured->entity_role);
      fields.add_string(Fields::kCounterpartRoleFieldNumber, measured->counterpart_role);
    });
  });
}

}  // namespace

struct DatasetStore::QueryIds {
  Id indicator;
  Id entity;                // kAny: any
  Id counterpart;           // kAny: any
  bool filter_counterpart;  // counterpart given but not part of the group key
  std::optional<ResolvedPeriod> period;
  int package;  // -1: any
};

DatasetStore::StringPool::StringPool() { intern(""); }

DatasetStore::Id DatasetStore::StringPool::intern(std::string_view text) {
  if (const auto it = ids_.find(text); it != ids_.end()) return it->second;
  const auto id = static_cast<Id>(views_.size());
  const std::string_view stored = store(text);
  views_.push_back(stored);
  ids_.emplace(stored, id);
  return id;
}

std::string_view DatasetStore::StringPool::store(std::string_view text) {
  if (text.size() > block_free_) {
    const size_t size = std::max(kBlockSize, text.size());
    blocks_.push_back(std::make_unique<char[]>(size));
    block_at_ = blocks_.back().get();
    block_free_ = size;
  }
  char* const at = block_at_;
  std::copy(text.begin(), text.end(), at);
  block_at_ += text.size();
  block_free_ -= text.size();
  return {at, text.size()};
}

std::optional<DatasetStore::Id> DatasetStore::StringPool::find(std::string_view text) const {
  const auto it = ids_.find(text);
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

std::shared_ptr<const DatasetStore> DatasetStore::load(const std::vector<std::filesystem::path>& dirs,
                                                       std::vector<DatasetLoadError>* errors) {
  return load(dirs, LoadOptions{}, errors);
}

std::shared_ptr<const DatasetStore> DatasetStore::load(const std::vector<std::filesystem::path>& dirs,
                                                       const LoadOptions& options,
                                                       std::vector<DatasetLoadError>* errors) {
  auto store = std::shared_ptr<DatasetStore>(new DatasetStore());
  LoadOptions with_names = options;
  if (with_names.country_names == nullptr) with_names.country_names = country_names_in(dirs);
  std::vector<DatasetLoadError> ignored;
  if (errors == nullptr) errors = &ignored;
  // Every package's index is opened first, so the rows they hold are reserved at once.
  std::vector<std::pair<std::filesystem::path, std::optional<PackageIndex>>> packages;
  size_t indexed_rows = 0;
  for (const auto& dir : dirs) {
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error)) {
      errors->push_back({dir.string(), "", 0, 0, "dataset directory does not exist", true});
      continue;
    }
    for (const auto& package_dir : find_packages(dir)) {
      auto index = with_names.use_index ? PackageIndex::open(package_dir, index_path_for(package_dir), errors)
                                        : std::nullopt;
      if (index) indexed_rows += index->rows().size();
      packages.emplace_back(package_dir, std::move(index));
    }
  }
  store->rows_.reserve(indexed_rows);
  for (auto& [package_dir, index] : packages) {
    const size_t mark = store->rows_.size();
    if (store->packages_.size() >= std::numeric_limits<std::uint16_t>::max()) {
      errors->push_back(
          {package_dir.string(), package_dir.string(), 0, 0, "too many packages: not loaded", false});
      continue;
    }
    const auto package_index = static_cast<std::uint16_t>(store->packages_.size());
    std::optional<PackageInfo> info;
    if (index) {
      info = index->info();
      errors->insert(errors->end(), index->warnings().begin(), index->warnings().end());
      store->add_indexed_rows(*index, package_index);
    } else {
      info = load_package(
          package_dir, with_names, [&](const BoundRow& row) { store->add_row(row, package_index); }, errors);
    }
    if (!info) {
      store->rows_.resize(mark);
      continue;
    }
    const auto same = std::find_if(store->packages_.begin(), store->packages_.end(),
                                   [&](const Package& loaded) { return loaded.info.name == info->name; });
    if (same != store->packages_.end()) {
      errors->push_back(
          {info->name, (package_dir / info->descriptor_file).string(), 0, 0,
           "duplicate package name: already loaded from " + same->info.dir.string() + "; this one is skipped",
           false});
      store->rows_.resize(mark);
      continue;
    }
    for (const auto& indicator : info->indicators) {
      Indicator entry{package_index,
                      indicator,
                      store->pool_.intern(indicator.name),
                      {},
                      encode_concept(indicator.measured)};
      for (const auto& cue : indicator.cue_words) {
        auto& words = entry.cue_tokens.emplace_back();
        for_each_word(cue, [&](std::string_view word) { words.push_back(store->pool_.intern(word)); });
      }
      store->indicators_.push_back(std::move(entry));
    }
    std::vector<std::string> bound_files;
    for (const auto& file : info->bound_files) bound_files.push_back((package_dir / file).string());
    if (bound_files.empty()) bound_files.emplace_back();
    store->packages_.push_back({std::move(*info), std::move(bound_files), {}, {}});
  }
  store->build_index();
  return store;
}

DatasetStore::Id DatasetStore::provenance_id(const BoundRow& row) {
  // Rows of one source share their provenance: compared with the last row's strings first,
  // which spares seven interning lookups per row of a large table.
  if (!provenances_.empty()) {
    const Provenance& last = provenances_[last_provenance_];
    if (pool_[last.unit] == row.unit && pool_[last.source_name] == row.source_name &&
        pool_[last.source_url] == row.source_url && pool_[last.retrieved] == row.retrieved &&
        pool_[last.confidence] == row.confidence && pool_[last.value_kind] == row.value_kind &&
        pool_[last.qualifier] == row.qualifier) {
      return last_provenance_;
    }
  }
  const Provenance provenance{pool_.intern(row.unit),       pool_.intern(row.source_name),
                              pool_.intern(row.source_url), pool_.intern(row.retrieved),
                              pool_.intern(row.confidence), pool_.intern(row.value_kind),
                              pool_.intern(row.qualifier)};
  const auto [it, added] = provenance_ids_.emplace(provenance, static_cast<Id>(provenances_.size()));
  if (added) provenances_.push_back(provenance);
  last_provenance_ = it->second;
  return it->second;
}

void DatasetStore::add_row(const BoundRow& row, std::uint16_t package) {
  const Id provenance = provenance_id(row);
  rows_.push_back(Row{pool_.intern(row.indicator), pool_.intern(row.entity), pool_.intern(row.counterpart),
                      pool_.intern(row.period_label), row.period.start, row.period.end, row.value,
                      pool_.intern(row.text_value), pool_.intern(row.notes),
                      row.natural_key ? 0 : pool_.intern(row.row_key), provenance, row.line, package,
                      static_cast<std::uint16_t>(row.file_index & kMaxBoundFiles), row.period.dated,
                      row.has_value});
}

void DatasetStore::add_indexed_rows(const PackageIndex& index, std::uint16_t package) {
  std::vector<Id> ids(index.string_count());
  for (std::uint32_t i = 0; i < ids.size(); ++i) ids[i] = pool_.intern(index.string(i));
  std::vector<Id> provenances;
  provenances.reserve(index.provenances().size());
  for (const auto& stored : index.provenances()) {
    const Provenance provenance{ids[stored[0]], ids[stored[1]], ids[stored[2]], ids[stored[3]],
                                ids[stored[4]], ids[stored[5]], ids[stored[6]]};
    const auto [it, added] = provenance_ids_.emplace(provenance, static_cast<Id>(provenances_.size()));
    if (added) provenances_.push_back(provenance);
    provenances.push_back(it->second);
  }
  for (const auto& row : index.rows()) {
    rows_.push_back(Row{ids[row.indicator], ids[row.entity], ids[row.counterpart], ids[row.period_label],
                        row.start, row.end, row.value, ids[row.text_value], ids[row.notes],
                        row.row_key == 0 ? 0 : ids[row.row_key], provenances[row.provenance], row.line,
                        package, static_cast<std::uint16_t>(row.file & kMaxBoundFiles),
                        (row.flags & PackageIndex::kDated) != 0, (row.flags & PackageIndex::kHasValue) != 0});
  }
}

void DatasetStore::build_index() {
  // Three granularities: (indicator, entity, counterpart), (indicator, entity, any) and
  // (indicator, any, any).
  // Symmetric indicators are also filed under (counterpart, entity).
  std::unordered_map<Id, std::vector<std::uint16_t>> symmetric_in;
  for (const auto& indicator : indicators_) {
    if (indicator.info.symmetric) symmetric_in[indicator.id].push_back(indicator.package);
  }
  const auto for_each_key = [&](const Row& row, const auto& on_key) {
    on_key(0, Key{row.indicator, row.entity, row.counterpart});
    on_key(1, Key{row.indicator, row.entity, kAny});
    on_key(2, Key{row.indicator, kAny, kAny});
    const auto it = symmetric_in.find(row.indicator);
    if (it != symmetric_in.end() && row.counterpart != 0 && row.entity != row.counterpart &&
        std::find(it->second.begin(), it->second.end(), row.package) != it->second.end()) {
      on_key(3, Key{row.indicator, row.counterpart, row.entity});
      on_key(4, Key{row.indicator, row.counterpart, kAny});
    }
  };
  // Rows of a table mostly come key by key, so each granularity remembers its last group.
  struct Last {
    Key key{kAny, kAny, kAny};
    Group* group = nullptr;
  };
  const auto group_of = [&](std::array<Last, 5>& last, int slot, const Key& key) -> Group& {
    Last& cached = last[static_cast<size_t>(slot)];
    if (cached.group == nullptr || !(cached.key == key)) cached = {key, &groups_[key]};
    return *cached.group;
  };
  // Pass 1 counts each group's rows (in Group::end), pass 2 places them (Group::dated_end is
  // the fill cursor); unordered_map never moves its elements, so cached pointers stay valid.
  std::array<Last, 5> last{};
  for (const Row& row : rows_) {
    for_each_key(row, [&](int slot, const Key& key) { ++group_of(last, slot, key).end; });
  }
  std::uint32_t total = 0;
  for (auto& [key, group] : groups_) {
    group.begin = total;
    group.dated_end = total;
    total += group.end;
    group.end = total;
  }
  order_.resize(total);
  last = {};
  for (std::uint32_t i = 0; i < rows_.size(); ++i) {
    for_each_key(rows_[i],
                 [&](int slot, const Key& key) { order_[group_of(last, slot, key).dated_end++] = i; });
  }
  build_cue_index();
  encode_shared_fields();
  rows_.shrink_to_fit();
  const auto before = [this](std::uint32_t a, std::uint32_t b) {
    const Row& x = rows_[a];
    const Row& y = rows_[b];
    if (x.dated != y.dated) return x.dated;
    if (!x.dated) return false;
    if (x.start != y.start) return x.start < y.start;
    return x.end > y.end;
  };
  for (auto& [key, group] : groups_) {
    const auto first = order_.begin() + group.begin;
    const auto last_row = order_.begin() + group.end;
    if (!std::is_sorted(first, last_row, before)) std::stable_sort(first, last_row, before);
    group.dated_end = static_cast<std::uint32_t>(
        std::partition_point(first, last_row, [this](std::uint32_t id) { return rows_[id].dated; }) -
        order_.begin());
  }
}

Status DatasetStore::query_encoded(const v1::DatasetQuery& query, std::string* out) const {
  return query_view(plugin::DatasetQueryView::of(query), out);
}

Status DatasetStore::query_view(const plugin::DatasetQueryView& query, std::string* out) const {
  out->clear();
  if (query.indicator.empty() && query.cue_words.empty()) {
    return Status::invalid_argument("a dataset query needs an indicator or cue words");
  }
  QueryIds ids{0, kAny, kAny, false, std::nullopt, -1};
  if (auto status =
          resolve_query_period(query.period.start, query.period.end, query.period.label, &ids.period);
      !status)
    return status;
  if (!query.dataset.empty()) {
    const auto package = std::find_if(packages_.begin(), packages_.end(),
                                      [&](const Package& p) { return p.info.name == query.dataset; });
    if (package == packages_.end()) return Status::ok();
    ids.package = static_cast<int>(package - packages_.begin());
  }
  if (!query.entity.empty()) {
    const auto entity = pool_.find(query.entity);
    if (!entity) return Status::ok();
    ids.entity = *entity;
  }
  if (!query.counterpart.empty() || query.exact_counterpart) {
    const auto counterpart = pool_.find(query.counterpart);
    if (!counterpart) return Status::ok();
    ids.counterpart = *counterpart;
    ids.filter_counterpart = ids.entity == kAny;
  }
  Answer answer{out, query.limit == 0 ? kDefaultLimit : query.limit, 0};
  if (!query.indicator.empty()) {
    const auto indicator = pool_.find(query.indicator);
    if (!indicator) return Status::ok();
    ids.indicator = *indicator;
    collect(ids, &answer);
    return Status::ok();
  }
  // The matches go out before the rows; fields of different numbers may come in any order.
  for (const Indicator* indicator : match_cues(query, out)) {
    if (answer.rows >= answer.limit) break;
    ids.indicator = indicator->id;
    ids.package = indicator->package;
    collect(ids, &answer);
  }
  return Status::ok();
}

void DatasetStore::collect(const QueryIds& ids, Answer* answer) const {
  const Key key{ids.indicator, ids.entity, ids.filter_counterpart ? kAny : ids.counterpart};
  const auto group = groups_.find(key);
  if (group == groups_.end()) return;
  const auto accept = [&](const Row& row) {
    if (ids.package >= 0 && row.package != ids.package) return false;
    if (ids.filter_counterpart && row.counterpart != ids.counterpart) return false;
    return true;
  };
  const auto add = [&](const Row& row) {
    if (answer->rows >= answer->limit) return false;
    append_row(row, answer->out);
    ++answer->rows;
    return true;
  };
  auto first = order_.begin() + group->second.begin;
  const auto dated_end = order_.begin() + group->second.dated_end;
  if (ids.period) {
    first = std::lower_bound(first, dated_end, ids.period->start,
                             [this](std::uint32_t id, Day start) { return rows_[id].start < start; });
  }
  for (auto it = first; it != dated_end; ++it) {
    const Row& row = rows_[*it];
    if (ids.period && row.start > ids.period->end) break;
    if (ids.period && !period_matches(*ids.period, {row.dated, row.start, row.end})) continue;
    if (accept(row) && !add(row)) return;
  }
  for (auto it = dated_end; it != order_.begin() + group->second.end; ++it) {
    const Row& row = rows_[*it];
    if (accept(row) && !add(row)) return;
  }
}

// A stored row as a DatasetRow: the fields rows share come pre-encoded (encode_shared_fields),
// the others are written here, all in field-number order.
void DatasetStore::append_row(const Row& row, std::string* out) const {
  using Fields = v1::DatasetRow;
  const Package& package = packages_[row.package];
  const std::string start = row.dated ? format_day(row.start) : std::string();
  const std::string end = row.dated ? format_day(row.end) : std::string();
  wire::append_message(out, v1::DatasetQueryResult::kRowsFieldNumber, [&](auto& fields) {
    fields.add_encoded(package.encoded_head);
    if (row.row_key != 0) {
      fields.add_string(Fields::kRowKeyFieldNumber, pool_[row.row_key]);
    } else {
      fields.add_joined(Fields::kRowKeyFieldNumber,
                        std::array<std::string_view, 4>{pool_[row.indicator], pool_[row.entity],
                                                        pool_[row.counterpart], pool_[row.period_label]},
                        '|');
    }
    fields.add_string(Fields::kIndicatorFieldNumber, pool_[row.indicator]);
    fields.add_string(Fields::kEntityFieldNumber, pool_[row.entity]);
    fields.add_string(Fields::kCounterpartFieldNumber, pool_[row.counterpart]);
    fields.add_message(Fields::kPeriodFieldNumber, [&](auto& period) {
      period.add_string(v1::Period::kStartFieldNumber, start);
      period.add_string(v1::Period::kEndFieldNumber, end);
      period.add_string(v1::Period::kLabelFieldNumber, pool_[row.period_label]);
    });
    fields.add_double(Fields::kValueFieldNumber, row.value);
    fields.add_bool(Fields::kHasValueFieldNumber, row.has_value);
    fields.add_string(Fields::kTextValueFieldNumber, pool_[row.text_value]);
    fields.add_encoded(encoded_provenances_[row.provenance]);
    fields.add_string(Fields::kNotesFieldNumber, pool_[row.notes]);
    fields.add_encoded(package.encoded_files[row.file]);
    fields.add_uint32(Fields::kLineFieldNumber, row.line);
  });
}

void DatasetStore::encode_shared_fields() {
  using Fields = v1::DatasetRow;
  for (auto& package : packages_) {
    package.encoded_head = wire::encode([&](auto& fields) {
      fields.add_string(Fields::kDatasetFieldNumber, package.info.name);
      fields.add_string(Fields::kDatasetVersionFieldNumber, package.info.version);
      fields.add_string(Fields::kSha256FieldNumber, package.info.sha256);
    });
    for (const auto& file : package.bound_files) {
      package.encoded_files.push_back(
          wire::encode([&](auto& fields) { fields.add_string(Fields::kFileFieldNumber, file); }));
    }
  }
  encoded_provenances_.reserve(provenances_.size());
  for (const Provenance& provenance : provenances_) {
    encoded_provenances_.push_back(wire::encode([&](auto& fields) {
      fields.add_string(Fields::kUnitFieldNumber, pool_[provenance.unit]);
      fields.add_string(Fields::kSourceNameFieldNumber, pool_[provenance.source_name]);
      fields.add_string(Fields::kSourceUrlFieldNumber, pool_[provenance.source_url]);
      fields.add_string(Fields::kRetrievedFieldNumber, pool_[provenance.retrieved]);
      fields.add_string(Fields::kConfidenceFieldNumber, pool_[provenance.confidence]);
      fields.add_string(Fields::kValueKindFieldNumber, pool_[provenance.value_kind]);
      fields.add_string(Fields::kQualifierFieldNumber, pool_[provenance.qualifier]);
    }));
  }
}

void DatasetStore::build_cue_index() {
  for (std::uint32_t i = 0; i < indicators_.size(); ++i) {
    for (const auto& cue : indicators_[i].cue_tokens) {
      for (const Id word : cue) cue_words_.try_emplace(pool_[word], CueWord{word, {}});
      if (cue.empty()) continue;
      auto& positions = cue_words_.at(pool_[cue.front()]).first_of;
      if (positions.empty() || positions.back() != i) positions.push_back(i);
    }
  }
}

std::vector<const DatasetStore::Indicator*> DatasetStore::match_cues(const plugin::DatasetQueryView& query,
                                                                     std::string* out) const {
  // The query's phrases as one list of word ids (kAny for a word of no cue), split at
  // phrase_ends.
  std::vector<Id> words;
  std::vector<size_t> phrase_ends;
  phrase_ends.reserve(query.cue_words.size());
  // Only indicators with a cue starting with one of the query's words can match.
  std::vector<std::uint32_t> candidates;
  for (const std::string_view cue : query.cue_words) {
    for_each_word(remembered_lemma(cue), [&](std::string_view word) {
      const auto it = cue_words_.find(word);
      if (it == cue_words_.end()) {
        words.push_back(kAny);
        return;
      }
      words.push_back(it->second.id);
      candidates.insert(candidates.end(), it->second.first_of.begin(), it->second.first_of.end());
    });
    phrase_ends.push_back(words.size());
  }
  const size_t total_words = words.size();
  std::vector<const Indicator*> matches;
  if (total_words == 0) return matches;
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  // Each scored indicator's matched cue words are the range [begin, end) of matched_words.
  struct Scored {
    const Indicator* indicator;
    float score;
    size_t begin, end;
  };
  std::vector<Scored> scored;
  std::vector<const std::string*> matched_words;
  std::vector<char> covered;
  for (const auto position : candidates) {
    const Indicator& indicator = indicators_[position];
    if (!query.dataset.empty() && packages_[indicator.package].info.name != query.dataset) continue;
    const size_t begin = matched_words.size();
    size_t covered_words = 0;
    size_t phrase_begin = 0;
    for (const size_t phrase_end : phrase_ends) {
      const std::span<const Id> phrase(words.data() + phrase_begin, phrase_end - phrase_begin);
      phrase_begin = phrase_end;
      covered.assign(phrase.size(), 0);
      for (size_t c = 0; c < indicator.cue_tokens.size(); ++c) {
        const std::string& cue = indicator.info.cue_words[c];
        if (mark_occurrences(phrase, indicator.cue_tokens[c], covered) &&
            std::none_of(matched_words.begin() + static_cast<std::ptrdiff_t>(begin), matched_words.end(),
                         [&](const std::string* word) { return *word == cue; })) {
          matched_words.push_back(&cue);
        }
      }
      covered_words += static_cast<size_t>(std::count(covered.begin(), covered.end(), char{1}));
    }
    if (matched_words.size() == begin) continue;
    scored.push_back({&indicator, static_cast<float>(covered_words) / static_cast<float>(total_words), begin,
                      matched_words.size()});
  }
  // Best first; equal scores in indicator order (the order they were scored in).
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    return a.score != b.score ? a.score > b.score : a.indicator < b.indicator;
  });
  matches.reserve(scored.size());
  for (const auto& entry : scored) {
    const IndicatorInfo& info = entry.indicator->info;
    using Fields = v1::IndicatorMatch;
    wire::append_message(out, v1::DatasetQueryResult::kIndicatorsFieldNumber, [&](auto& fields) {
      fields.add_string(Fields::kDatasetFieldNumber, packages_[entry.indicator->package].info.name);
      fields.add_string(Fields::kIndicatorFieldNumber, info.name);
      fields.add_string(Fields::kUnitFieldNumber, info.unit);
      for (size_t m = entry.begin; m < entry.end; ++m)
        fields.add_repeated_string(Fields::kMatchedCueWordsFieldNumber, *matched_words[m]);
      fields.add_float(Fields::kScoreFieldNumber, entry.score);
      if (!query.omit_descriptions) fields.add_string(Fields::kDescriptionFieldNumber, info.description);
      fields.add_encoded(entry.indicator->encoded_concept);
      fields.add_string(Fields::kFixedEntityFieldNumber, info.fixed_entity);
      fields.add_string(Fields::kAggregationFieldNumber, info.aggregation);
    });
    matches.push_back(entry.indicator);
  }
  return matches;
}

std::vector<v1::DatasetInfo> DatasetStore::datasets() const {
  std::vector<v1::DatasetInfo> out;
  for (const auto& package : packages_) {
    v1::DatasetInfo info;
    info.set_name(package.info.name);
    info.set_version(package.info.version);
    info.set_sha256(package.info.sha256);
    info.set_title(package.info.title);
    info.set_path(package.info.dir.string());
    info.set_row_count(package.info.row_count);
    for (const auto& indicator : package.info.indicators) info.add_indicators(indicator.name);
    for (const auto& license : package.info.licenses) info.add_licenses(license);
    for (const auto& source : package.info.sources) info.add_sources(source);
    out.push_back(std::move(info));
  }
  return out;
}

std::vector<std::pair<std::string, IndicatorInfo>> DatasetStore::indicators() const {
  std::vector<std::pair<std::string, IndicatorInfo>> out;
  for (const auto& indicator : indicators_)
    out.emplace_back(packages_[indicator.package].info.name, indicator.info);
  return out;
}

const PackageInfo* DatasetStore::package_info(const std::string& name) const {
  for (const auto& package : packages_) {
    if (package.info.name == name) return &package.info;
  }
  return nullptr;
}

std::optional<std::filesystem::path> DatasetStore::package_dir(const std::string& name) const {
  for (const auto& package : packages_) {
    if (package.info.name == name) return package.info.dir;
  }
  return std::nullopt;
}

}  // namespace factcheck::data
