#include "data/index.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <type_traits>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "util/install_paths.hpp"

namespace factcheck::data {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// The file: a Header, then the payload it describes, every section 8-byte aligned:
//   u64 metadata size, metadata (JSON text);
//   u64 string count N, u32 offsets[N + 1] into the bytes that follow, the bytes;
//   u64 provenance count, Provenance[];
//   u64 row count, Row[].
// Integers in the writer's byte order (the header's byte_order tells another order apart).
constexpr std::array<char, 8> kMagic{'F', 'C', 'I', 'N', 'D', 'E', 'X', '\n'};
constexpr std::uint32_t kByteOrder = 0x01020304;

struct Header {
  std::array<char, 8> magic;
  std::uint32_t format;
  std::uint32_t byte_order;
  std::array<char, 64> package_sha256;
  std::uint64_t payload_size;
  std::uint64_t payload_checksum;
};
static_assert(sizeof(Header) == 96);
static_assert(sizeof(PackageIndex::Row) == 56);
static_assert(std::is_trivially_copyable_v<PackageIndex::Row>);

// A 64-bit checksum of the payload (not cryptographic: it catches truncation and damage;
// the package's own SHA-256 ties the index to its data).
std::uint64_t checksum(const char* bytes, size_t size) {
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ size;
  size_t at = 0;
  for (; at + 8 <= size; at += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes + at, 8);
    h = (h ^ word) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  }
  for (; at < size; ++at) h = (h ^ static_cast<unsigned char>(bytes[at])) * 0x100000001B3ULL;
  return h;
}

void pad8(std::string* out) { out->resize((out->size() + 7) / 8 * 8, '\0'); }

template <typename T>
void append_pod(std::string* out, const T& value) {
  out->append(reinterpret_cast<const char*>(&value), sizeof(T));
}

// `file` relative to the package directory when it lies inside it (so an index stays valid
// wherever the package is installed); as it is otherwise.
std::string relative_to(const std::string& file, const fs::path& dir) {
  const std::string prefix = dir.string() + "/";
  return file.starts_with(prefix) ? file.substr(prefix.size()) : file;
}

Json concept_json(const Concept& measured) {
  return {{"measures", measured.measures},
          {"dimension", measured.dimension},
          {"of", measured.of},
          {"requires", measured.requires_any},
          {"excludes", measured.excludes},
          {"entity_role", measured.entity_role},
          {"counterpart_role", measured.counterpart_role}};
}

Concept concept_from(const Json& json) {
  Concept measured;
  measured.measures = json.at("measures").get<std::vector<std::string>>();
  measured.dimension = json.at("dimension").get<std::string>();
  measured.of = json.at("of").get<std::string>();
  measured.requires_any = json.at("requires").get<std::vector<std::string>>();
  measured.excludes = json.at("excludes").get<std::vector<std::string>>();
  measured.entity_role = json.at("entity_role").get<std::string>();
  measured.counterpart_role = json.at("counterpart_role").get<std::string>();
  return measured;
}

Json metadata_json(const PackageInfo& info, const std::vector<DatasetLoadError>& warnings) {
  Json indicators = Json::array();
  for (const auto& indicator : info.indicators) {
    Json entry{{"name", indicator.name},
               {"description", indicator.description},
               {"unit", indicator.unit},
               {"cue_words", indicator.cue_words},
               {"symmetric", indicator.symmetric},
               {"concept", nullptr},
               {"fixed_entity", indicator.fixed_entity},
               {"aggregation", indicator.aggregation}};
    if (indicator.measured) entry["concept"] = concept_json(*indicator.measured);
    indicators.push_back(std::move(entry));
  }
  Json notes = Json::array();
  for (const auto& warning : warnings) {
    notes.push_back({{"package", warning.package},
                     {"file", relative_to(warning.file, info.dir)},
                     {"line", warning.line},
                     {"column", warning.column},
                     {"message", warning.message}});
  }
  return {{"name", info.name},
          {"version", info.version},
          {"title", info.title},
          {"licenses", info.licenses},
          {"sources", info.sources},
          {"indicators", std::move(indicators)},
          {"row_count", info.row_count},
          {"descriptor_file", info.descriptor_file},
          {"binding_file", info.binding_file},
          {"bound_file", info.bound_file},
          {"bound_files", info.bound_files},
          {"warnings", std::move(notes)}};
}

void read_metadata(const Json& json, const fs::path& dir, PackageInfo* info,
                   std::vector<DatasetLoadError>* warnings) {
  info->name = json.at("name").get<std::string>();
  info->version = json.at("version").get<std::string>();
  info->title = json.at("title").get<std::string>();
  info->licenses = json.at("licenses").get<std::vector<std::string>>();
  info->sources = json.at("sources").get<std::vector<std::string>>();
  for (const auto& entry : json.at("indicators")) {
    IndicatorInfo indicator;
    indicator.name = entry.at("name").get<std::string>();
    indicator.description = entry.at("description").get<std::string>();
    indicator.unit = entry.at("unit").get<std::string>();
    indicator.cue_words = entry.at("cue_words").get<std::vector<std::string>>();
    indicator.symmetric = entry.at("symmetric").get<bool>();
    if (!entry.at("concept").is_null()) indicator.measured = concept_from(entry.at("concept"));
    indicator.fixed_entity = entry.at("fixed_entity").get<std::string>();
    indicator.aggregation = entry.at("aggregation").get<std::string>();
    info->indicators.push_back(std::move(indicator));
  }
  info->row_count = json.at("row_count").get<std::uint64_t>();
  info->descriptor_file = json.at("descriptor_file").get<std::string>();
  info->binding_file = json.at("binding_file").get<std::string>();
  info->bound_file = json.at("bound_file").get<std::string>();
  info->bound_files = json.at("bound_files").get<std::vector<std::string>>();
  for (const auto& note : json.at("warnings")) {
    const auto file = note.at("file").get<std::string>();
    warnings->push_back({note.at("package").get<std::string>(),
                         fs::path(file).is_absolute() ? file : (dir / file).string(),
                         note.at("line").get<size_t>(), note.at("column").get<size_t>(),
                         note.at("message").get<std::string>(), true});
  }
}

// Collects a package's rows with their strings interned, as the index stores them.
class IndexBuilder {
 public:
  IndexBuilder() { intern(""); }

  void add(const BoundRow& row) {
    const PackageIndex::Provenance provenance{
        intern(row.unit),       intern(row.source_name), intern(row.source_url), intern(row.retrieved),
        intern(row.confidence), intern(row.value_kind),  intern(row.qualifier)};
    const auto [it, added] =
        provenance_ids_.try_emplace(key_of(provenance), static_cast<std::uint32_t>(provenances_.size()));
    if (added) provenances_.push_back(provenance);
    std::uint8_t flags = 0;
    if (row.period.dated) flags |= PackageIndex::kDated;
    if (row.has_value) flags |= PackageIndex::kHasValue;
    rows_.push_back({intern(row.indicator), intern(row.entity), intern(row.counterpart),
                     intern(row.period_label), row.period.start, row.period.end, row.value,
                     intern(row.text_value), intern(row.notes), row.natural_key ? 0 : intern(row.row_key),
                     it->second, row.line, row.file_index, flags, 0});
  }

  // The payload (everything after the header).
  std::string payload(const std::string& metadata) const {
    std::string out;
    append_pod(&out, static_cast<std::uint64_t>(metadata.size()));
    out += metadata;
    pad8(&out);
    append_pod(&out, static_cast<std::uint64_t>(strings_.size()));
    std::uint32_t offset = 0;
    for (const auto& text : strings_) {
      append_pod(&out, offset);
      offset += static_cast<std::uint32_t>(text.size());
    }
    append_pod(&out, offset);
    for (const auto& text : strings_) out += text;
    pad8(&out);
    append_pod(&out, static_cast<std::uint64_t>(provenances_.size()));
    for (const auto& provenance : provenances_) append_pod(&out, provenance);
    pad8(&out);
    append_pod(&out, static_cast<std::uint64_t>(rows_.size()));
    for (const auto& row : rows_) append_pod(&out, row);
    return out;
  }

 private:
  std::uint32_t intern(std::string_view text) {
    const auto [it, added] = ids_.try_emplace(std::string(text), static_cast<std::uint32_t>(strings_.size()));
    if (added) strings_.emplace_back(text);
    return it->second;
  }
  static std::string key_of(const PackageIndex::Provenance& provenance) {
    return std::string(reinterpret_cast<const char*>(provenance.data()), sizeof(provenance));
  }

  std::vector<std::string> strings_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<PackageIndex::Provenance> provenances_;
  std::unordered_map<std::string, std::uint32_t> provenance_ids_;
  std::vector<PackageIndex::Row> rows_;
};

// Reads the payload's sections in order, refusing to read past its end.
class PayloadReader {
 public:
  PayloadReader(const char* bytes, size_t size) : bytes_(bytes), size_(size) {}

  bool u64(std::uint64_t* value) { return copy(value, sizeof(*value)); }
  // `count` items of T in place; nullptr when they do not fit.
  template <typename T>
  const T* items(std::uint64_t count) {
    if (count > (size_ - at_) / sizeof(T)) return nullptr;
    const T* first = reinterpret_cast<const T*>(bytes_ + at_);
    at_ += static_cast<size_t>(count) * sizeof(T);
    return first;
  }
  void align8() { at_ = std::min(size_, (at_ + 7) / 8 * 8); }
  bool at_end() const { return at_ == size_; }

 private:
  bool copy(void* out, size_t size) {
    if (size > size_ - at_) return false;
    std::memcpy(out, bytes_ + at_, size);
    at_ += size;
    return true;
  }
  const char* bytes_;
  size_t size_;
  size_t at_ = 0;
};

}  // namespace

struct PackageIndex::Mapping {
  void* address = MAP_FAILED;
  size_t size = 0;
  ~Mapping() {
    if (address != MAP_FAILED) munmap(address, size);
  }
  const char* bytes() const { return static_cast<const char*>(address); }
};

fs::path index_path_for(const fs::path& package_dir) {
  fs::path dir = package_dir.lexically_normal();
  if (!dir.has_filename()) dir = dir.parent_path();
  const std::string file = dir.filename().string() + ".fcidx";
  std::error_code error;
  const fs::path bundled = fs::weakly_canonical(bundled_dataset_dir(), error);
  if (!error && fs::weakly_canonical(dir.parent_path(), error) == bundled && !error)
    return bundled_dataset_index_dir() / file;
  return dir.parent_path().parent_path() / "dataset-index" / file;
}

bool write_package_index(const fs::path& package_dir, const fs::path& index_path, const LoadOptions& options,
                         std::vector<DatasetLoadError>* errors) {
  IndexBuilder builder;
  std::vector<DatasetLoadError> problems;
  const auto info = load_package(
      package_dir, options, [&](const BoundRow& row) { builder.add(row); }, &problems);
  errors->insert(errors->end(), problems.begin(), problems.end());
  if (!info) return false;
  const std::string payload = builder.payload(metadata_json(*info, problems).dump());
  Header header{kMagic, kIndexFormat,   kByteOrder,
                {},     payload.size(), checksum(payload.data(), payload.size())};
  std::memcpy(header.package_sha256.data(), info->sha256.data(), std::min<size_t>(64, info->sha256.size()));
  std::error_code error;
  fs::create_directories(index_path.parent_path(), error);
  const fs::path temporary = index_path.string() + ".tmp" + std::to_string(getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(&header), sizeof(header));
    out.write(payload.data(), static_cast<std::streamsize>(payload.size()));
    if (!out.flush()) {
      errors->push_back({info->name, index_path.string(), 0, 0, "cannot write the package index", false});
      fs::remove(temporary, error);
      return false;
    }
  }
  fs::rename(temporary, index_path, error);
  if (error) {
    errors->push_back(
        {info->name, index_path.string(), 0, 0, "cannot write the package index: " + error.message(), false});
    fs::remove(temporary, error);
    return false;
  }
  return true;
}

std::optional<PackageIndex> PackageIndex::open(const fs::path& package_dir, const fs::path& index_path,
                                               std::vector<DatasetLoadError>* errors) {
  const std::string package_name = package_dir.filename().string();
  const auto unusable = [&](const std::string& why) -> std::optional<PackageIndex> {
    errors->push_back({package_name, index_path.string(), 0, 0,
                       "package index not used (" + why +
                           "); reading the package's CSV instead (rebuild it with "
                           "`factcheck datasets index " +
                           package_dir.string() + "`)",
                       true});
    return std::nullopt;
  };
  const int fd = ::open(index_path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat status {};
  auto mapping = std::make_shared<Mapping>();
  if (fstat(fd, &status) == 0 && status.st_size > 0) {
    mapping->size = static_cast<size_t>(status.st_size);
    mapping->address = mmap(nullptr, mapping->size, PROT_READ, MAP_PRIVATE, fd, 0);
  }
  ::close(fd);
  if (mapping->address == MAP_FAILED) return unusable("cannot be mapped");
  if (mapping->size < sizeof(Header)) return unusable("truncated: no header");
  Header header;
  std::memcpy(&header, mapping->bytes(), sizeof(header));
  if (header.magic != kMagic) return unusable("not a factcheck package index");
  if (header.byte_order != kByteOrder) return unusable("written on a machine of another byte order");
  if (header.format != kIndexFormat) {
    return unusable("format " + std::to_string(header.format) + ", this factcheck reads format " +
                    std::to_string(kIndexFormat));
  }
  if (header.payload_size != mapping->size - sizeof(Header)) {
    return unusable("size " + std::to_string(mapping->size) + " bytes, the header says " +
                    std::to_string(header.payload_size + sizeof(Header)));
  }
  const char* payload = mapping->bytes() + sizeof(Header);
  if (checksum(payload, header.payload_size) != header.payload_checksum)
    return unusable("checksum mismatch: corrupt");
  std::string hash_error;
  const auto sha = hash_package(package_dir, &hash_error);
  if (!sha) return unusable(hash_error);
  const std::string indexed_sha(header.package_sha256.data(), header.package_sha256.size());
  if (indexed_sha != *sha) {
    return unusable("stale: written for package content sha256 " + indexed_sha.substr(0, 12) +
                    ", the package's files now hash to " + sha->substr(0, 12));
  }

  PackageIndex index;
  index.mapping_ = mapping;
  PayloadReader reader(payload, header.payload_size);
  std::uint64_t metadata_size = 0;
  const char* metadata = reader.u64(&metadata_size) ? reader.items<char>(metadata_size) : nullptr;
  if (metadata == nullptr) return unusable("truncated metadata");
  try {
    index.info_.dir = package_dir;
    read_metadata(Json::parse(std::string_view(metadata, metadata_size)), package_dir, &index.info_,
                  &index.warnings_);
  } catch (const Json::exception& error) {
    return unusable(std::string("unreadable metadata: ") + error.what());
  }
  index.info_.sha256 = *sha;
  index.info_.index_file = index_path.string();
  reader.align8();
  std::uint64_t string_count = 0;
  const std::uint32_t* offsets =
      reader.u64(&string_count) ? reader.items<std::uint32_t>(string_count + 1) : nullptr;
  if (offsets == nullptr || string_count == 0 || string_count > 0xFFFFFFFFULL)
    return unusable("truncated strings");
  index.string_offsets_ = {offsets, static_cast<size_t>(string_count + 1)};
  for (size_t i = 0; i < string_count; ++i) {
    if (offsets[i] > offsets[i + 1]) return unusable("corrupt string table");
  }
  index.string_bytes_ = reader.items<char>(offsets[string_count]);
  if (index.string_bytes_ == nullptr) return unusable("truncated strings");
  reader.align8();
  std::uint64_t provenance_count = 0;
  const Provenance* provenances =
      reader.u64(&provenance_count) ? reader.items<Provenance>(provenance_count) : nullptr;
  if (provenances == nullptr) return unusable("truncated provenances");
  index.provenances_ = {provenances, static_cast<size_t>(provenance_count)};
  reader.align8();
  std::uint64_t row_count = 0;
  const Row* rows = reader.u64(&row_count) ? reader.items<Row>(row_count) : nullptr;
  if (rows == nullptr || !reader.at_end()) return unusable("truncated rows");
  index.rows_ = {rows, static_cast<size_t>(row_count)};
  for (const auto& provenance : index.provenances_) {
    for (const auto id : provenance) {
      if (id >= string_count) return unusable("corrupt provenance");
    }
  }
  const size_t files = std::max<size_t>(1, index.info_.bound_files.size());
  for (const Row& row : index.rows_) {
    for (const auto id : {row.indicator, row.entity, row.counterpart, row.period_label, row.text_value,
                          row.notes, row.row_key}) {
      if (id >= string_count) return unusable("corrupt row");
    }
    if (row.provenance >= provenance_count || row.file >= files) return unusable("corrupt row");
  }
  return index;
}

std::string_view PackageIndex::string(std::uint32_t id) const {
  return {string_bytes_ + string_offsets_[id], string_offsets_[id + 1] - string_offsets_[id]};
}

void PackageIndex::for_each_row(const BoundRowFn& on_row) const {
  std::string key;
  for (const Row& stored : rows_) {
    const Provenance& provenance = provenances_[stored.provenance];
    BoundRow row;
    row.indicator = string(stored.indicator);
    row.entity = string(stored.entity);
    row.counterpart = string(stored.counterpart);
    row.period_label = string(stored.period_label);
    row.period = {(stored.flags & kDated) != 0, stored.start, stored.end};
    row.value = stored.value;
    row.has_value = (stored.flags & kHasValue) != 0;
    row.text_value = string(stored.text_value);
    row.unit = string(provenance[0]);
    row.source_name = string(provenance[1]);
    row.source_url = string(provenance[2]);
    row.retrieved = string(provenance[3]);
    row.confidence = string(provenance[4]);
    row.value_kind = string(provenance[5]);
    row.qualifier = string(provenance[6]);
    row.notes = string(stored.notes);
    row.natural_key = stored.row_key == 0;
    if (row.natural_key) {
      key.assign(row.indicator).append("|").append(row.entity).append("|").append(row.counterpart);
      key.append("|").append(row.period_label);
      row.row_key = key;
    } else {
      row.row_key = string(stored.row_key);
    }
    row.line = stored.line;
    row.file_index = stored.file;
    on_row(row);
  }
}

}  // namespace factcheck::data
