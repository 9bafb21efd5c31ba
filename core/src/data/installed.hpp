// The user's installed packages (`factcheck datasets add|remove|update`): copies of validated
// packages under the user's data directory, one directory per (name, vintage), recorded with
// their hash, rows and origin in installed.json (docs/datasets.md, Installing packages).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "data/load_error.hpp"
#include "util/status.hpp"

namespace factcheck::data {

inline constexpr const char* kInstalledManifest = "installed.json";

struct InstalledPackage {
  std::string name;
  std::string vintage;  // YYYY-MM-DD or empty
  std::string sha256;
  std::uint64_t rows = 0;
  std::string dir;        // relative to the data directory: "name@vintage" or "name"
  std::string origin;     // absolute path or URL it was installed from
  std::string installed;  // UTC time, YYYY-MM-DDTHH:MM:SSZ
};

// The manifest's entries; an absent manifest is an empty list.
Status read_installed(const std::filesystem::path& data_dir, std::vector<InstalledPackage>* out);

struct InstallOptions {
  // Replace an installed package of the same name and vintage whose content differs.
  bool force = false;
};

// What an install did, for the user.
struct InstallOutcome {
  InstalledPackage package;
  // "installed", "unchanged" (same hash already installed) or "replaced" (with force).
  std::string action;
  std::string previous_sha256;  // when replaced
  std::uint64_t previous_rows = 0;
};

// Validates the package in `source` (with its binding; *problems gets every problem), then
// copies it to data_dir/<name>[@<vintage>] and records it in the manifest. Refuses (failed
// precondition) to overwrite a different package of the same name and vintage without
// options.force, and (invalid argument) a package with errors.
Status install_package(const std::filesystem::path& source, const std::string& origin,
                       const std::filesystem::path& data_dir, const InstallOptions& options,
                       InstallOutcome* outcome, std::vector<DatasetLoadError>* problems);

// Removes the installed packages named `name`, or only its vintage `vintage` when not empty;
// *removed gets what was removed. not_found when nothing matches.
Status remove_installed(const std::filesystem::path& data_dir, const std::string& name,
                        const std::string& vintage, std::vector<InstalledPackage>* removed);

// Total size in bytes of the regular files under `dir`.
std::uint64_t directory_bytes(const std::filesystem::path& dir);

}  // namespace factcheck::data
