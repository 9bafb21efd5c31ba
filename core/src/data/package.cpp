#include "data/package.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <unordered_map>

#include "data/binding.hpp"
#include "data/csv_reader.hpp"
#include "data/document.hpp"
#include "data/table_schema.hpp"
#include "util/sha256.hpp"

namespace factcheck::data {
namespace {

namespace fs = std::filesystem;

constexpr std::array<const char*, 3> kDescriptorNames{"datapackage.json", "datapackage.yml",
                                                      "datapackage.yaml"};

struct Resource {
  std::string name;
  std::vector<std::string> paths;  // relative to the package
  bool tabular = true;
  bool remote = false;
  CsvDialect dialect;
  bool header = true;
  TableSchema schema;
  bool schema_from_header = false;  // no schema: all fields are strings named by the header
};

std::string license_text(const nlohmann::json& license) {
  if (license.is_string()) return license.get<std::string>();
  if (!license.is_object()) return {};
  for (const auto* key : {"name", "title", "path"}) {
    if (license.contains(key) && license[key].is_string()) return license[key].get<std::string>();
  }
  return {};
}

std::string source_text(const nlohmann::json& source) {
  if (!source.is_object()) return source.is_string() ? source.get<std::string>() : std::string();
  std::string title = source.value("title", source.value("name", std::string()));
  const std::string path = source.value("path", std::string());
  if (!path.empty()) title += title.empty() ? path : " <" + path + ">";
  return title;
}

std::string scalar_text(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return {};
  return value.dump();
}

bool is_remote(const std::string& path) {
  return path.starts_with("http://") || path.starts_with("https://") || path.starts_with("ftp://");
}

bool is_unsafe(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.front() == '~') return true;
  for (const auto& part : fs::path(path)) {
    if (part == "..") return true;
  }
  return false;
}

// Hex SHA-256 of a file, streamed.
std::optional<std::string> hash_file(const fs::path& path, std::string* error) {
  std::ifstream input(path, std::ios::binary);
  if (!input) {
    *error = "cannot open " + path.string();
    return std::nullopt;
  }
  Sha256 hash;
  std::vector<char> buffer(1U << 16);
  while (input) {
    input.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    hash.update(std::string_view(buffer.data(), static_cast<size_t>(input.gcount())));
  }
  if (input.bad()) {
    *error = "read error on " + path.string();
    return std::nullopt;
  }
  return hash.hex_digest();
}

class PackageLoader {
 public:
  PackageLoader(const fs::path& dir, const LoadOptions& options, const BoundRowFn& on_row, ErrorSink& errors)
      : dir_(dir), options_(options), on_row_(on_row), errors_(errors) {}

  std::optional<PackageInfo> load() {
    const auto descriptor_path = find_descriptor(dir_);
    if (!descriptor_path) {
      errors_.error(dir_.string(), 0, 0, "no datapackage.json, datapackage.yml or datapackage.yaml");
      return std::nullopt;
    }
    info_.dir = dir_;
    info_.descriptor_file = descriptor_path->filename().string();
    if (!read_document(*descriptor_path, descriptor_path->string(), &descriptor_, errors_))
      return std::nullopt;
    read_metadata();
    read_resources();
    read_binding();
    check_sizes();
    if (errors_.error_count() > 0) return std::nullopt;
    std::string hash_error;
    const auto sha = hash_package(dir_, &hash_error);
    if (!sha) {
      errors_.error(dir_.string(), 0, 0, hash_error);
      return std::nullopt;
    }
    info_.sha256 = *sha;
    for (size_t i = 0; i < resources_.size(); ++i) read_rows(resources_[i], i);
    report_unmapped_names();
    if (errors_.error_count() > 0) return std::nullopt;
    return std::move(info_);
  }

 private:
  void descriptor_error(std::initializer_list<std::string_view> where, const std::string& message) {
    const auto [line, column] = descriptor_.locate(where);
    errors_.error(descriptor_.path, line, column, message);
  }

  void read_metadata() {
    const auto& json = descriptor_.json;
    info_.name = json.contains("name") ? scalar_text(json["name"]) : dir_.filename().string();
    if (info_.name.empty()) descriptor_error({"name"}, "\"name\" must be a non-empty string");
    errors_.set_package(info_.name);
    info_.version = json.contains("version") ? scalar_text(json["version"]) : std::string();
    info_.title = json.value("title", std::string());
    if (const auto licenses = json.find("licenses"); licenses != json.end()) {
      if (!licenses->is_array()) descriptor_error({"licenses"}, "\"licenses\" must be an array");
      for (const auto& license : *licenses) info_.licenses.push_back(license_text(license));
    }
    if (const auto sources = json.find("sources"); sources != json.end()) {
      if (!sources->is_array()) descriptor_error({"sources"}, "\"sources\" must be an array");
      for (const auto& source : *sources) info_.sources.push_back(source_text(source));
      if (sources->is_array() && !sources->empty() && (*sources)[0].is_object()) {
        const auto& first = (*sources)[0];
        default_source_name_ = first.value("title", first.value("name", std::string()));
        default_source_url_ = first.value("path", std::string());
      }
    }
  }

  void read_resources() {
    const auto& json = descriptor_.json;
    const auto resources = json.find("resources");
    if (resources == json.end() || !resources->is_array() || resources->empty()) {
      descriptor_error({"resources"}, "\"resources\" must be a non-empty array");
      return;
    }
    for (const auto& item : *resources) {
      Resource resource;
      if (!item.is_object() || !item.contains("name") || !item["name"].is_string()) {
        descriptor_error({"resources"}, "every resource needs a string \"name\"");
        continue;
      }
      resource.name = item["name"].get<std::string>();
      const auto path = item.find("path");
      if (path != item.end() && path->is_string()) {
        resource.paths = {path->get<std::string>()};
      } else if (path != item.end() && path->is_array() && !path->empty()) {
        for (const auto& part : *path) resource.paths.push_back(scalar_text(part));
      } else {
        // Inline "data" and other forms: not tabular files factcheck reads.
        resource.tabular = false;
      }
      for (const auto& part : resource.paths) {
        if (is_remote(part)) {
          resource.remote = true;
        } else if (is_unsafe(part)) {
          descriptor_error({resource.name, "path"}, "resource '" + resource.name + "': path '" + part +
                                                        "' must be relative and inside the package");
        }
      }
      const std::string format = item.value("format", std::string());
      const std::string media = item.value("mediatype", std::string());
      const bool csv_named = !resource.paths.empty() &&
                             (resource.paths[0].ends_with(".csv") || resource.paths[0].ends_with(".tsv"));
      if (!(format == "csv" || format == "tsv" || media == "text/csv" || (format.empty() && csv_named))) {
        resource.tabular = false;
      }
      if (format == "tsv" ||
          (format.empty() && !resource.paths.empty() && resource.paths[0].ends_with(".tsv"))) {
        resource.dialect.delimiter = '\t';
      }
      if (const auto encoding = item.find("encoding"); encoding != item.end()) {
        std::string name = scalar_text(*encoding);
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (name != "utf-8" && name != "utf8") {
          descriptor_error({resource.name, "encoding"}, "resource '" + resource.name + "': encoding '" +
                                                            scalar_text(*encoding) +
                                                            "' is not supported (UTF-8 only)");
        }
      }
      read_dialect(item, &resource);
      if (const auto schema = item.find("schema"); schema != item.end()) {
        if (schema->is_string()) {
          read_schema_file(schema->get<std::string>(), &resource);
        } else {
          parse_table_schema(*schema, descriptor_, resource.name, &resource.schema, errors_);
        }
      } else {
        resource.schema_from_header = true;
      }
      resources_.push_back(std::move(resource));
    }
  }

  // Refuses oversized resource files before hashing or reading anything.
  void check_sizes() {
    for (const auto& resource : resources_) {
      if (!resource.tabular || resource.remote) continue;
      for (const auto& part : resource.paths) {
        std::error_code error;
        const auto size = fs::file_size(dir_ / part, error);
        if (!error && size > options_.max_resource_bytes) {
          errors_.error((dir_ / part).string(), 0, 0, size_limit_message(size, options_.max_resource_bytes));
        }
      }
    }
  }

  void read_dialect(const nlohmann::json& item, Resource* resource) {
    const auto dialect = item.find("dialect");
    if (dialect == item.end()) return;
    if (!dialect->is_object()) {
      descriptor_error({resource->name, "dialect"},
                       "resource '" + resource->name + "': \"dialect\" must be an object");
      return;
    }
    const auto one_char = [&](const char* key, char* out) {
      if (!dialect->contains(key)) return;
      const auto& value = (*dialect)[key];
      if (!value.is_string() || value.get<std::string>().size() != 1) {
        descriptor_error({resource->name, key},
                         "resource '" + resource->name + "': dialect \"" + key + "\" must be one character");
        return;
      }
      *out = value.get<std::string>()[0];
    };
    one_char("delimiter", &resource->dialect.delimiter);
    one_char("quoteChar", &resource->dialect.quote);
    resource->header = dialect->value("header", true);
    resource->dialect.skip_initial_space = dialect->value("skipInitialSpace", false);
    if (!dialect->value("doubleQuote", true)) {
      descriptor_error(
          {resource->name, "doubleQuote"},
          "resource '" + resource->name + "': doubleQuote false (escapeChar quoting) is not supported");
    }
  }

  void read_schema_file(const std::string& path, Resource* resource) {
    if (is_remote(path) || is_unsafe(path)) {
      descriptor_error({resource->name, "schema"}, "resource '" + resource->name + "': schema path '" + path +
                                                       "' must be a relative file inside the package");
      return;
    }
    Document schema_document;
    if (!read_document(dir_ / path, (dir_ / path).string(), &schema_document, errors_)) return;
    parse_table_schema(schema_document.json, schema_document, resource->name, &resource->schema, errors_);
  }

  void read_binding() {
    std::optional<fs::path> binding_path;
    for (const auto* name : kBindingFileNames) {
      if (fs::is_regular_file(dir_ / name)) {
        binding_path = dir_ / name;
        break;
      }
    }
    if (!binding_path) return;
    info_.binding_file = binding_path->filename().string();
    if (!read_document(*binding_path, binding_path->string(), &binding_document_, errors_)) return;
    if (!parse_bindings(binding_document_, &bindings_, errors_)) return;
    for (const auto& binding : bindings_) resolve_binding(binding);
    // A descriptor without "sources" (many upstream packages): the binding's source stands in.
    const Binding& first = bindings_.front();
    if (info_.sources.empty() && !first.source_url.constant.empty()) {
      info_.sources.push_back(first.source_name.constant.empty()
                                  ? first.source_url.constant
                                  : first.source_name.constant + " <" + first.source_url.constant + ">");
    }
    if (names_needed() && options_.country_names == nullptr) {
      binding_error({"names"},
                    "\"names\": \"country\" needs the country list (package country-codes), "
                    "which is not loaded");
    }
  }

  // ISO code of a country name or demonym; the name itself (counted for the warning) when
  // the country list lacks it.
  std::string_view country_code(std::string_view name) {
    if (const auto* record = options_.country_names->find_name(name)) return record->id;
    ++unmapped_names_[std::string(name)];
    return name;
  }

  bool names_needed() const {
    return std::any_of(bindings_.begin(), bindings_.end(), [](const Binding& b) { return b.entity_names; });
  }

  // Bindings reading resource `index`.
  std::vector<const Binding*> bindings_of(size_t index) const {
    std::vector<const Binding*> out;
    for (size_t i = 0; i < bindings_.size(); ++i) {
      if (bound_resources_[i] == index) out.push_back(&bindings_[i]);
    }
    return out;
  }

  // One warning per binding naming the entity names not in the country list.
  void report_unmapped_names() {
    if (unmapped_names_.empty()) return;
    std::string list;
    size_t rows = 0;
    for (const auto& [name, count] : unmapped_names_) {
      if (!list.empty()) list += ", ";
      list += "'" + name + "' (" + std::to_string(count) + " rows)";
      rows += count;
    }
    const auto [line, column] = binding_document_.locate({"names"});
    errors_.warning(binding_document_.path, line, column,
                    "binding: " + std::to_string(rows) +
                        " rows name an entity the country list cannot map, "
                        "kept under the name as written: " +
                        list);
  }

  void binding_error(std::initializer_list<std::string_view> where, const std::string& message) {
    const auto [line, column] = binding_document_.locate(where);
    errors_.error(binding_document_.path, line, column, "binding: " + message);
  }

  // Checks a binding's resource and field names against the descriptor.
  void resolve_binding(const Binding& binding) {
    bound_resources_.push_back(std::string::npos);
    if (binding.resource.empty()) {
      if (resources_.size() != 1) {
        binding_error({}, "the package has " + std::to_string(resources_.size()) +
                              " resources: name one with \"resource\"");
        return;
      }
      bound_resources_.back() = 0;
    } else {
      for (size_t i = 0; i < resources_.size(); ++i) {
        if (resources_[i].name == binding.resource) bound_resources_.back() = i;
      }
      if (bound_resources_.back() == std::string::npos) {
        binding_error({"resource", binding.resource},
                      "no resource named '" + binding.resource + "' in " + info_.descriptor_file);
        return;
      }
    }
    const Resource& resource = resources_[bound_resources_.back()];
    if (!resource.tabular || resource.remote) {
      binding_error({"resource"}, "resource '" + resource.name + "' is not a local CSV file");
      return;
    }
    if (std::find(info_.bound_files.begin(), info_.bound_files.end(), resource.paths.front()) ==
        info_.bound_files.end()) {
      if (info_.bound_files.size() >= kMaxBoundFiles) {
        binding_error({}, "more than " + std::to_string(kMaxBoundFiles) + " bound resources");
        return;
      }
      info_.bound_files.push_back(resource.paths.front());
    }
    info_.bound_file = info_.bound_files.front();
    for (const auto& [name, spec] : binding.indicators) {
      info_.indicators.push_back(
          {name, spec.description, spec.unit.empty() ? binding.unit.constant : spec.unit, spec.cue_words,
           spec.symmetric, spec.measured, binding.entity_constant, binding.aggregation});
    }
    if (!resource.schema_from_header) check_bound_fields(binding, resource);  // else once the header is read
  }

  void check_bound_fields(const Binding& binding, const Resource& resource) {
    const TableSchema& schema = resource.schema;
    const auto check = [&](const char* key, const std::string& field) {
      if (!field.empty() && !schema.find(field)) {
        binding_error({key, field}, "\"" + std::string(key) + "\": no field '" + field + "' in resource '" +
                                        resource.name + "'");
      }
    };
    check("measure", binding.measure);
    check("text_measure", binding.text_measure);
    check("entity", binding.entity);
    check("counterpart", binding.counterpart);
    check("period", binding.period);
    check("indicator_field", binding.indicator_field);
    for (const auto& [key, value] : std::initializer_list<std::pair<const char*, const BoundValue*>>{
             {"unit", &binding.unit},
             {"source_name", &binding.source_name},
             {"source_url", &binding.source_url},
             {"retrieved", &binding.retrieved},
             {"confidence", &binding.confidence},
             {"value_kind", &binding.value_kind},
             {"qualifier", &binding.qualifier},
             {"notes", &binding.notes}}) {
      check(key, value->field);
    }
    if (const auto measure = schema.find(binding.measure)) {
      const auto type = schema.fields[*measure].type;
      if (type != FieldType::number && type != FieldType::integer && type != FieldType::year) {
        binding_error({"measure"},
                      "measure field '" + binding.measure + "' has type '" +
                          schema.fields[*measure].type_name +
                          "': it must be number or integer (put dates and text in \"text_measure\")");
      }
    }
  }

  // Column index for a bound field name (npos when unbound).
  static size_t column_of(const TableSchema& schema, const std::string& name) {
    if (name.empty()) return std::string::npos;
    return schema.find(name).value_or(std::string::npos);
  }

  void read_rows(Resource& resource, size_t index) {
    if (!resource.tabular) return;
    const auto bindings = bindings_of(index);
    const bool bound = !bindings.empty();
    if (resource.remote) {
      if (bound) return;  // reported by resolve_binding
      errors_.warning(descriptor_.path, 0, 0, "resource '" + resource.name + "' is remote: not loaded");
      return;
    }
    for (size_t part = 0; part < resource.paths.size(); ++part) {
      const fs::path path = dir_ / resource.paths[part];
      if (!fs::exists(path)) {
        const auto [line, column] = descriptor_.locate({resource.name, "path"});
        const std::string message =
            "resource '" + resource.name + "': file '" + resource.paths[part] + "' does not exist";
        if (bound) {
          errors_.error(descriptor_.path, line, column, message);
        } else {
          errors_.warning(descriptor_.path, line, column,
                          message + " (resource not used by a binding: skipped)");
        }
        return;
      }
      if (resource.schema_from_header && !resource.header) {
        const auto [line, column] = descriptor_.locate({resource.name, "header"});
        errors_.error(
            descriptor_.path, line, column,
            "resource '" + resource.name + "' has neither a schema nor a header row naming its fields");
        return;
      }
      const auto file_index = static_cast<std::uint16_t>(
          std::find(info_.bound_files.begin(), info_.bound_files.end(), resource.paths.front()) -
          info_.bound_files.begin());
      RowReader reader(*this, resource, bindings, file_index, path.string(), part == 0 && resource.header);
      if (!reader.read(path)) return;
    }
  }

  // Checks and maps the rows of one resource file.
  class RowReader {
   public:
    RowReader(PackageLoader& loader, Resource& resource, std::vector<const Binding*> bindings,
              std::uint16_t file_index, std::string file, bool header)
        : loader_(loader),
          resource_(resource),
          bound_(!bindings.empty()),
          file_index_(file_index),
          file_(std::move(file)),
          expect_header_(header) {
      for (const Binding* binding : bindings)
        series_.push_back(Series{binding, {}, {}, {}, {}, {}, {}, {}, {}});
      if (!resource_.schema_from_header) prepare();
    }

    bool read(const fs::path& path) {
      const bool ok = read_csv(
          path, file_, resource_.dialect, loader_.options_.max_resource_bytes,
          [this](const std::vector<CsvField>& fields) { return on_record(fields); }, loader_.errors_);
      if (ok && expect_header_ && !saw_header_) {
        loader_.errors_.error(file_, 1, 1, "empty file: no header row");
        return false;
      }
      return ok;
    }

   private:
    void prepare() {
      const TableSchema& schema = resource_.schema;
      for (size_t i = 0; i < schema.fields.size(); ++i) {
        if (schema.fields[i].unique) unique_seen_.emplace(i, std::unordered_map<std::string, size_t>());
      }
      for (const auto& name : schema.primary_key) key_columns_.push_back(*schema.find(name));
      for (Series& series : series_) {
        const Binding& b = *series.binding;
        series.measure = column_of(schema, b.measure);
        series.text_measure = column_of(schema, b.text_measure);
        series.entity = column_of(schema, b.entity);
        series.counterpart = column_of(schema, b.counterpart);
        series.period = column_of(schema, b.period);
        series.indicator = column_of(schema, b.indicator_field);
        series.value_columns.clear();
        for (const auto* value : {&b.unit, &b.source_name, &b.source_url, &b.retrieved, &b.confidence,
                                  &b.value_kind, &b.qualifier, &b.notes}) {
          series.value_columns.push_back(column_of(schema, value->field));
        }
        if (b.notes.constant.empty() && !b.notes.is_field() && !b.aggregation.empty()) {
          series.aggregation_note = aggregation_note(b.aggregation);
        }
      }
    }

    bool on_record(const std::vector<CsvField>& fields) {
      ErrorSink& errors = loader_.errors_;
      if (expect_header_ && !saw_header_) {
        saw_header_ = true;
        return check_header(fields);
      }
      const TableSchema& schema = resource_.schema;
      const size_t line = fields.front().line;
      if (fields.size() != schema.fields.size()) {
        const auto& last = fields.back();
        errors.error(file_, line,
                     fields.size() > schema.fields.size() ? fields[schema.fields.size()].column : last.column,
                     "row has " + std::to_string(fields.size()) + " fields, the schema has " +
                         std::to_string(schema.fields.size()));
        return errors.wants_more();
      }
      ++loader_.info_.row_count;
      cells_.resize(fields.size());
      bool row_ok = true;
      for (size_t i = 0; i < fields.size(); ++i) {
        const SchemaField& field = schema.fields[i];
        CellValue& cell = cells_[i];
        if (schema.is_missing(fields[i].text)) {
          cell = CellValue{true, false, 0, {}};
          if (field.required || is_key_column(i)) {
            errors.error(file_, fields[i].line, fields[i].column,
                         "field '" + field.name + "': a value is required");
            row_ok = false;
          }
          continue;
        }
        if (const auto problem = parse_cell(field, fields[i].text, &cell)) {
          errors.error(file_, fields[i].line, fields[i].column,
                       "field '" + field.name + "' (type " + field.type_name + "): " + *problem);
          row_ok = false;
          continue;
        }
        if (const auto seen = unique_seen_.find(i); seen != unique_seen_.end()) {
          const auto [it, inserted] = seen->second.emplace(std::string(fields[i].text), line);
          if (!inserted) {
            errors.error(file_, fields[i].line, fields[i].column,
                         "field '" + field.name + "': value '" + std::string(fields[i].text) +
                             "' must be unique (first seen on line " + std::to_string(it->second) + ")");
            row_ok = false;
          }
        }
      }
      if (row_ok) row_ok = check_primary_key(fields, line);
      if (row_ok) {
        for (const Series& series : series_) emit(series, fields, line);
      }
      return errors.wants_more();
    }

    bool is_key_column(size_t column) const {
      return std::find(key_columns_.begin(), key_columns_.end(), column) != key_columns_.end();
    }

    bool check_header(const std::vector<CsvField>& fields) {
      if (resource_.schema_from_header) {
        for (const auto& field : fields) {
          SchemaField schema_field;
          schema_field.name = std::string(field.text);
          schema_field.type_name = "string";
          resource_.schema.fields.push_back(std::move(schema_field));
        }
        resource_.schema_from_header = false;
        for (const Series& series : series_) loader_.check_bound_fields(*series.binding, resource_);
        if (bound_ && loader_.errors_.error_count() > 0) return false;
        prepare();
        return true;
      }
      const TableSchema& schema = resource_.schema;
      for (size_t i = 0; i < std::max(fields.size(), schema.fields.size()); ++i) {
        const std::string_view got = i < fields.size() ? fields[i].text : std::string_view("(nothing)");
        const std::string& want = i < schema.fields.size() ? schema.fields[i].name : std::string("(nothing)");
        if (got != want) {
          const auto& at = i < fields.size() ? fields[i] : fields.back();
          loader_.errors_.error(file_, at.line, at.column,
                                "header column " + std::to_string(i + 1) + " is '" + std::string(got) +
                                    "', the schema says '" + want + "'");
          return false;
        }
      }
      return true;
    }

    bool check_primary_key(const std::vector<CsvField>& fields, size_t line) {
      if (key_columns_.empty()) return true;
      // key_ is the row key shown to users; identity_ separates values with a byte CSV text
      // rarely holds, so "a|b","c" and "a","b|c" stay distinct.
      key_.clear();
      identity_.clear();
      for (size_t i = 0; i < key_columns_.size(); ++i) {
        if (i > 0) {
          key_ += '|';
          identity_ += '\x1f';
        }
        key_ += fields[key_columns_[i]].text;
        identity_ += fields[key_columns_[i]].text;
      }
      const auto [it, inserted] = keys_seen_.emplace(identity_, line);
      if (inserted) return true;
      loader_.errors_.error(
          file_, line, fields[key_columns_.front()].column,
          "duplicate primary key '" + key_ + "' (first on line " + std::to_string(it->second) + ")");
      return false;
    }

    std::string_view text_of(const std::vector<CsvField>& fields, size_t column) const {
      if (column == std::string::npos || cells_[column].missing) return {};
      return cells_[column].text.empty() ? fields[column].text : std::string_view(cells_[column].text);
    }

    // One binding's view of this resource: its columns.
    struct Series {
      const Binding* binding;
      size_t measure = std::string::npos, text_measure = std::string::npos, entity = std::string::npos,
             counterpart = std::string::npos, period = std::string::npos, indicator = std::string::npos;
      std::vector<size_t> value_columns;
      std::string aggregation_note;  // said of every row when the binding has no notes
    };

    static std::string aggregation_note(const std::string& aggregation) {
      if (aggregation == "point") return "value at the date given";
      if (aggregation == "end") return "value at the end of the period";
      if (aggregation == "mean") return "average over the period";
      if (aggregation == "sum") return "total over the period";
      return aggregation == "max" ? "highest value in the period" : "lowest value in the period";
    }

    void emit(const Series& series, const std::vector<CsvField>& fields, size_t line) {
      const Binding& b = *series.binding;
      BoundRow row;
      row.line = static_cast<std::uint32_t>(line);
      row.file_index = file_index_;
      const IndicatorSpec* spec = nullptr;
      if (series.indicator == std::string::npos) {
        spec = &b.indicators.begin()->second;
      } else {
        const auto name = text_of(fields, series.indicator);
        const auto it = b.indicators.find(std::string(name));
        if (it == b.indicators.end()) {
          loader_.errors_.error(
              file_, fields[series.indicator].line, fields[series.indicator].column,
              "indicator '" + std::string(name) + "' is not declared in the binding's \"indicators\"");
          return;
        }
        spec = &it->second;
      }
      row.indicator = spec->name;
      row.entity =
          b.entity_constant.empty() ? text_of(fields, series.entity) : std::string_view(b.entity_constant);
      if (b.entity_names && !row.entity.empty()) row.entity = loader_.country_code(row.entity);
      row.counterpart = text_of(fields, series.counterpart);
      row.period_label = text_of(fields, series.period);
      if (const auto status = resolve_period(row.period_label, &row.period); !status) {
        loader_.errors_.error(file_, fields[series.period].line, fields[series.period].column,
                              "field '" + b.period + "': " + status.message());
        return;
      }
      if (b.granularity != Granularity::none && row.period.dated) {
        period_label_ = period_label_at(b.granularity, row.period.start);
        ResolvedPeriod widened;
        (void)resolve_period(period_label_, &widened);
        if (row.period.end > widened.end) {
          loader_.errors_.error(file_, fields[series.period].line, fields[series.period].column,
                                "field '" + b.period + "': period '" + std::string(row.period_label) +
                                    "' is longer than the binding's granularity");
          return;
        }
        row.period = widened;
        row.period_label = period_label_;
      }
      if (series.measure != std::string::npos && !cells_[series.measure].missing) {
        row.value = cells_[series.measure].number * b.scale;
        row.has_value = true;
      }
      row.text_value = text_of(fields, series.text_measure);
      const auto value = [&](const BoundValue& bound, size_t slot) {
        return bound.is_field() ? text_of(fields, series.value_columns[slot])
                                : std::string_view(bound.constant);
      };
      row.unit = value(b.unit, 0);
      if (!b.unit.is_field() && !spec->unit.empty()) row.unit = spec->unit;
      row.source_name = value(b.source_name, 1);
      row.source_url = value(b.source_url, 2);
      if (!b.source_name.is_field() && row.source_name.empty())
        row.source_name = loader_.default_source_name_;
      if (!b.source_url.is_field() && row.source_url.empty()) row.source_url = loader_.default_source_url_;
      row.retrieved = value(b.retrieved, 3);
      row.confidence = value(b.confidence, 4);
      row.value_kind = value(b.value_kind, 5);
      row.qualifier = value(b.qualifier, 6);
      row.notes =
          series.aggregation_note.empty() ? value(b.notes, 7) : std::string_view(series.aggregation_note);
      if (key_columns_.empty() || series_.size() > 1) {
        key_.assign(row.indicator).append("|").append(row.entity).append("|").append(row.counterpart);
        key_.append("|").append(row.period_label);
      }
      row.row_key = key_;
      row.natural_key = key_columns_.empty() || series_.size() > 1;
      if (loader_.on_row_) loader_.on_row_(row);
    }

    PackageLoader& loader_;
    Resource& resource_;
    bool bound_;
    std::uint16_t file_index_;
    std::string file_;
    bool expect_header_;
    bool saw_header_ = false;
    std::vector<CellValue> cells_;
    std::vector<size_t> key_columns_;
    std::unordered_map<std::string, size_t> keys_seen_;
    std::map<size_t, std::unordered_map<std::string, size_t>> unique_seen_;
    std::string key_;
    std::string identity_;
    std::vector<Series> series_;
    std::string period_label_;
  };

  fs::path dir_;
  const LoadOptions& options_;
  const BoundRowFn& on_row_;
  ErrorSink& errors_;
  Document descriptor_;
  Document binding_document_;
  std::vector<Binding> bindings_;
  std::vector<Resource> resources_;
  std::vector<size_t> bound_resources_;           // by binding; npos when unresolved
  std::map<std::string, size_t> unmapped_names_;  // entity names the country list lacks: rows
  std::string default_source_name_;
  std::string default_source_url_;
  PackageInfo info_;
};

}  // namespace

std::optional<fs::path> find_descriptor(const fs::path& dir) {
  for (const auto* name : kDescriptorNames) {
    std::error_code error;
    if (fs::is_regular_file(dir / name, error)) return dir / name;
  }
  return std::nullopt;
}

std::vector<fs::path> find_packages(const fs::path& dir) {
  if (find_descriptor(dir)) return {dir};
  std::vector<fs::path> packages;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    if (entry.is_directory(error) && find_descriptor(entry.path())) packages.push_back(entry.path());
  }
  std::sort(packages.begin(), packages.end());
  return packages;
}

std::optional<PackageInfo> load_package(const fs::path& dir, const LoadOptions& options,
                                        const BoundRowFn& on_row, std::vector<DatasetLoadError>* errors) {
  ErrorSink sink(errors, dir.filename().string(), options.max_errors_per_package);
  PackageLoader loader(dir, options, on_row, sink);
  return loader.load();
}

std::shared_ptr<const extract::Gazetteer> country_names_in(const std::vector<fs::path>& dirs) {
  for (const auto& dir : dirs) {
    for (const auto& package : find_packages(dir)) {
      if (package.filename() != "country-codes") continue;
      auto gazetteer = std::make_shared<extract::Gazetteer>();
      if (extract::Gazetteer::load(package, gazetteer.get())) return gazetteer;
    }
  }
  return nullptr;
}

std::optional<std::string> hash_package(const fs::path& dir, std::string* error) {
  std::vector<std::string> files;
  std::error_code walk_error;
  for (auto it = fs::recursive_directory_iterator(dir, walk_error);
       !walk_error && it != fs::recursive_directory_iterator(); it.increment(walk_error)) {
    const std::string name = it->path().filename().string();
    if (name.starts_with('.')) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) files.push_back(fs::relative(it->path(), dir).generic_string());
  }
  if (walk_error) {
    *error = "cannot list " + dir.string() + ": " + walk_error.message();
    return std::nullopt;
  }
  std::sort(files.begin(), files.end());
  std::string manifest;
  for (const auto& file : files) {
    const auto digest = hash_file(dir / file, error);
    if (!digest) return std::nullopt;
    manifest += *digest + "  " + file + "\n";
  }
  return sha256_hex(manifest);
}

}  // namespace factcheck::data
