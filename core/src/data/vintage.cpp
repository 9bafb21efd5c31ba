#include "data/vintage.hpp"

#include <algorithm>
#include <regex>

#include "data/binding.hpp"
#include "data/document.hpp"
#include "plugin/query_context.hpp"

namespace factcheck::data {
namespace {

bool is_date(const std::string& text) {
  static const std::regex date(R"(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))");
  return std::regex_match(text, date);
}

// The string at json[key], if it is one.
std::optional<std::string> string_at(const nlohmann::json& json, const char* key) {
  if (!json.is_object() || !json.contains(key) || !json[key].is_string()) return std::nullopt;
  return json[key].get<std::string>();
}

}  // namespace

std::optional<PackageIdentity> read_identity(const std::filesystem::path& dir, std::string* error,
                                             bool* bad_vintage) {
  const auto descriptor_file = find_descriptor(dir);
  if (!descriptor_file) {
    *error = dir.string() + ": no datapackage.json, .yml or .yaml";
    return std::nullopt;
  }
  std::vector<DatasetLoadError> problems;
  ErrorSink sink(&problems, dir.filename().string(), 1);
  Document descriptor;
  if (!read_document(*descriptor_file, descriptor_file->string(), &descriptor, sink)) {
    *error = problems.empty() ? descriptor_file->string() + ": unreadable" : problems.front().to_string();
    return std::nullopt;
  }
  Document binding;
  for (const char* name : kBindingFileNames) {
    const auto file = dir / name;
    if (std::filesystem::exists(file)) {
      if (!read_document(file, file.string(), &binding, sink)) {
        *error = problems.empty() ? file.string() + ": unreadable" : problems.front().to_string();
        return std::nullopt;
      }
      break;
    }
  }
  PackageIdentity identity{string_at(descriptor.json, "name").value_or(dir.filename().string()), "", dir};
  struct Candidate {
    std::optional<std::string> value;
    std::string where;
  };
  std::optional<std::string> created = string_at(descriptor.json, "created");
  if (created) created = created->substr(0, 10);
  const Candidate candidates[] = {
      {string_at(binding.json, "vintage"), "the binding's \"vintage\""},
      {string_at(descriptor.json, "vintage"), "the descriptor's \"vintage\""},
      {created, "the descriptor's \"created\""},
      {string_at(binding.json, "retrieved"), "the binding's \"retrieved\""},
  };
  for (const auto& candidate : candidates) {
    if (!candidate.value) continue;
    if (!is_date(*candidate.value)) {
      if (bad_vintage != nullptr) *bad_vintage = true;
      *error =
          dir.string() + ": " + candidate.where + " is not a date (YYYY-MM-DD): \"" + *candidate.value + "\"";
      return std::nullopt;
    }
    identity.vintage = *candidate.value;
    break;
  }
  return identity;
}

std::shared_ptr<const VintagedStores> VintagedStores::load(const std::vector<std::filesystem::path>& dirs,
                                                           const LoadOptions& options,
                                                           std::vector<DatasetLoadError>* errors,
                                                           const std::filesystem::path& quiet_missing) {
  auto stores = std::shared_ptr<VintagedStores>(new VintagedStores());
  stores->options_ = options;
  std::vector<DatasetLoadError> ignored;
  if (errors == nullptr) errors = &ignored;
  // Every readable package by name, in search order; the first of a (name, vintage) wins.
  std::map<std::string, std::vector<PackageIdentity>> by_name;
  std::vector<std::string> name_order;
  std::vector<std::filesystem::path> unreadable;
  for (const auto& dir : dirs) {
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error)) {
      if (quiet_missing.empty() || dir != quiet_missing) {
        errors->push_back({dir.string(), "", 0, 0, "dataset directory does not exist", true});
      }
      continue;
    }
    for (const auto& package_dir : find_packages(dir)) {
      std::string problem;
      bool bad_vintage = false;
      auto identity = read_identity(package_dir, &problem, &bad_vintage);
      if (bad_vintage) {
        errors->push_back({package_dir.filename().string(), package_dir.string(), 0, 0, problem, false});
        continue;
      }
      if (!identity) {
        unreadable.push_back(package_dir);  // the store's loader reports exactly what is wrong
        continue;
      }
      auto& versions = by_name[identity->name];
      const auto same = std::find_if(versions.begin(), versions.end(),
                                     [&](const auto& other) { return other.vintage == identity->vintage; });
      if (same != versions.end()) {
        errors->push_back({identity->name, package_dir.string(), 0, 0,
                           "duplicate package name and vintage: already found in " + same->dir.string() +
                               "; this one is skipped",
                           false});
        continue;
      }
      if (versions.empty()) name_order.push_back(identity->name);
      versions.push_back(std::move(*identity));
    }
  }
  std::map<std::string, std::string> vintage_of_dir;
  for (const auto& [name, versions] : by_name) {
    for (const auto& version : versions) vintage_of_dir[version.dir.string()] = version.vintage;
  }
  std::vector<std::filesystem::path> older;
  for (const auto& name : name_order) {
    auto& versions = by_name[name];
    if (versions.size() == 1) {
      stores->single_dirs_.push_back(versions.front().dir);
      continue;
    }
    std::stable_sort(versions.begin(), versions.end(),
                     [](const auto& a, const auto& b) { return a.vintage < b.vintage; });
    stores->newest_selection_.chosen[name] = versions.back().vintage;
    for (size_t i = 0; i + 1 < versions.size(); ++i) older.push_back(versions[i].dir);
    stores->multi_[name] = std::move(versions);
  }
  stores->single_dirs_.insert(stores->single_dirs_.end(), unreadable.begin(), unreadable.end());
  stores->newest_ = DatasetStore::load(stores->package_dirs(stores->newest_selection_), options, errors);
  stores->stores_[stores->newest_selection_.chosen] = stores->newest_;

  stores->infos_ = stores->newest_->datasets();
  for (const auto& dir : older) {
    const auto one = DatasetStore::load({dir}, options, errors);
    for (const auto& info : one->datasets()) stores->infos_.push_back(info);
  }
  for (auto& info : stores->infos_) info.set_vintage(vintage_of_dir[info.path()]);
  return stores;
}

std::vector<std::string> VintagedStores::vintages(const std::string& name) const {
  std::vector<std::string> out;
  if (const auto it = multi_.find(name); it != multi_.end()) {
    for (const auto& version : it->second) out.push_back(version.vintage);
  } else {
    for (const auto& info : infos_) {
      if (info.name() == name) out.push_back(info.vintage());
    }
  }
  return out;
}

VintageSelection VintagedStores::select(const std::string& date, bool explicit_date) const {
  VintageSelection selection;
  for (const auto& [name, versions] : multi_) {
    const auto after = std::find_if(versions.begin(), versions.end(),
                                    [&](const auto& version) { return version.vintage > date; });
    if (after != versions.begin()) {
      selection.chosen[name] = std::prev(after)->vintage;
    } else if (explicit_date) {
      selection.chosen[name] = versions.front().vintage;
      selection.none_known.push_back(name);
    } else {
      selection.chosen[name] = versions.back().vintage;
    }
  }
  return selection;
}

std::vector<std::filesystem::path> VintagedStores::package_dirs(const VintageSelection& selection) const {
  std::vector<std::filesystem::path> dirs = single_dirs_;
  for (const auto& [name, versions] : multi_) {
    const auto chosen = selection.chosen.find(name);
    const auto version = std::find_if(versions.begin(), versions.end(), [&](const auto& v) {
      return chosen != selection.chosen.end() && v.vintage == chosen->second;
    });
    dirs.push_back(version != versions.end() ? version->dir : versions.back().dir);
  }
  return dirs;
}

std::shared_ptr<const DatasetStore> VintagedStores::store(const VintageSelection& selection) const {
  std::lock_guard lock(mutex_);
  auto& store = stores_[selection.chosen];
  if (!store) store = DatasetStore::load(package_dirs(selection), options_, nullptr);
  return store;
}

VintagedStores::Scope::Scope(const DatasetStore* store)
    : previous_(static_cast<const DatasetStore*>(plugin::query_context())) {
  plugin::query_context() = store;
}

VintagedStores::Scope::~Scope() { plugin::query_context() = previous_; }

const DatasetStore& VintagedStores::current() const {
  const auto* store = static_cast<const DatasetStore*>(plugin::query_context());
  return store != nullptr ? *store : *newest_;
}

bool VintagedStores::has_dataset(const std::string& name) const {
  return std::any_of(infos_.begin(), infos_.end(),
                     [&name](const v1::DatasetInfo& info) { return info.name() == name; });
}

Status VintagedStores::query_encoded(const v1::DatasetQuery& query, std::string* out) const {
  return current().query_encoded(query, out);
}

Status VintagedStores::query_view(const plugin::DatasetQueryView& query, std::string* out) const {
  return current().query_view(query, out);
}

}  // namespace factcheck::data
