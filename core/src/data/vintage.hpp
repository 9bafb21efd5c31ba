// Vintages: several releases of one dataset (same package name) installed side by side, and
// the choice of one per name for a check "as known on" a date (docs/datasets.md, Vintages).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "data/load_error.hpp"
#include "data/package.hpp"
#include "data/store.hpp"
#include "factcheck/v1/types.pb.h"
#include "plugin/dataset_service.hpp"

namespace factcheck::data {

// A package's name and vintage, read from its descriptor and binding without its data.
struct PackageIdentity {
  std::string name;
  // YYYY-MM-DD, or empty for a package that gives none. The first of: the binding's
  // "vintage", the descriptor's "vintage", the date part of the descriptor's "created", the
  // binding's fixed "retrieved".
  std::string vintage;
  std::filesystem::path dir;
};

// nullopt with *error set when the descriptor or binding cannot be read, or a vintage is not a
// date (then *bad_vintage is set, when given).
std::optional<PackageIdentity> read_identity(const std::filesystem::path& dir, std::string* error,
                                             bool* bad_vintage = nullptr);

// Which vintage of each multi-vintage dataset a check uses.
struct VintageSelection {
  // Name -> chosen vintage, for the datasets installed in more than one vintage.
  std::map<std::string, std::string> chosen;
  // Names whose chosen vintage is newer than the date asked for (none existed then).
  std::vector<std::string> none_known;
  bool operator==(const VintageSelection& other) const { return chosen == other.chosen; }
};

// Every vintage of every package on the search path, and one DatasetStore per selection in
// use (built on first use, kept). As a DatasetService it answers from the store of the
// selection made current on the calling thread by a Scope, else from the newest vintages.
class VintagedStores final : public plugin::DatasetService {
 public:
  // Finds the packages under `dirs` (as DatasetStore::load), keeps the first package of each
  // (name, vintage), loads the newest vintage of each name, and validates the older ones.
  // Problems are appended to *errors. A missing directory listed in `quiet_missing` (the
  // user's data directory before anything is installed) is not reported.
  static std::shared_ptr<const VintagedStores> load(const std::vector<std::filesystem::path>& dirs,
                                                    const LoadOptions& options,
                                                    std::vector<DatasetLoadError>* errors,
                                                    const std::filesystem::path& quiet_missing = {});

  // The store of the newest vintage of every package.
  const std::shared_ptr<const DatasetStore>& newest() const { return newest_; }
  // Every installed package and vintage, each with DatasetInfo.vintage.
  const std::vector<v1::DatasetInfo>& datasets() const { return infos_; }
  // Vintages of `name`, oldest first.
  std::vector<std::string> vintages(const std::string& name) const;

  // For each multi-vintage dataset, the newest vintage not after `date` (YYYY-MM-DD); when
  // none is that old: the oldest when `explicit_date` (what was known came later; noted in
  // none_known), else the newest (the default for an article's publication date).
  VintageSelection select(const std::string& date, bool explicit_date) const;
  bool is_newest(const VintageSelection& selection) const { return selection == newest_selection_; }
  // The store for `selection` (built on first use).
  std::shared_ptr<const DatasetStore> store(const VintageSelection& selection) const;

  // Makes `store` answer this thread's dataset queries while it lives.
  class Scope {
   public:
    explicit Scope(const DatasetStore* store);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    const DatasetStore* previous_;
  };

  Status query_encoded(const v1::DatasetQuery& query, std::string* out) const override;
  bool has_dataset(const std::string& name) const override;
  Status query_view(const plugin::DatasetQueryView& query, std::string* out) const override;

 private:
  std::vector<std::filesystem::path> package_dirs(const VintageSelection& selection) const;
  const DatasetStore& current() const;

  LoadOptions options_;
  // Name -> its vintages oldest first, for names installed in more than one vintage.
  std::map<std::string, std::vector<PackageIdentity>> multi_;
  // Packages of a single vintage, and directories whose identity could not be read (the
  // store reports their errors).
  std::vector<std::filesystem::path> single_dirs_;
  VintageSelection newest_selection_;
  std::shared_ptr<const DatasetStore> newest_;
  std::vector<v1::DatasetInfo> infos_;
  mutable std::mutex mutex_;
  mutable std::map<std::map<std::string, std::string>, std::shared_ptr<const DatasetStore>> stores_;
};

}  // namespace factcheck::data
