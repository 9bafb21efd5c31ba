// `factcheck datasets add PATH|URL`, `remove NAME[@VINTAGE]`, `update NAME`: packages
// installed into the user's data directory, recorded in its installed.json.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "data/fetch.hpp"
#include "data/installed.hpp"
#include "datasets_install.hpp"
#include "util/install_paths.hpp"

namespace factcheck::cli {
namespace {

namespace fs = std::filesystem;

struct AddOptions {
  std::string source;
  bool force = false;
  std::string ca_file;
};

int exit_code_of(const Status& status) {
  return status.code() == Status::Code::unavailable || status.code() == Status::Code::internal ? kExitFailure
                                                                                               : kExitUsage;
}

std::string label(const data::InstalledPackage& package) {
  return package.name + (package.vintage.empty() ? "" : " vintage " + package.vintage);
}

// A temporary directory under the data directory (same file system, so the install renames).
class WorkDir {
 public:
  explicit WorkDir(const fs::path& data_dir) {
    std::error_code error;
    fs::create_directories(data_dir, error);
    std::string pattern = (data_dir / ".fetch-XXXXXX").string();
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~WorkDir() {
    std::error_code error;
    if (!path_.empty()) fs::remove_all(path_, error);
  }
  WorkDir(const WorkDir&) = delete;
  WorkDir& operator=(const WorkDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Downloads a URL origin (progress on stderr when it is a terminal) or takes a path as it is,
// then installs it. Returns the exit code.
int fetch_and_install(const std::string& origin, const fs::path& data_dir,
                      const data::InstallOptions& install, const std::string& ca_file,
                      data::InstallOutcome* outcome) {
  WorkDir work(data_dir);
  fs::path package_dir = origin;
  std::string recorded = origin;
  if (data::is_url(origin)) {
    if (work.path().empty()) {
      std::cerr << "factcheck datasets: cannot create a work directory in " << data_dir << "\n";
      return kExitFailure;
    }
    data::FetchOptions fetch;
    fetch.ca_file = ca_file;
    const bool tty = isatty(STDERR_FILENO) == 1;
    if (tty) {
      fetch.on_progress = [](std::uint64_t received, std::uint64_t total) {
        if (total > 0) {
          const int width = 30;
          const auto filled = static_cast<int>(width * received / total);
          std::cerr << fmt::format("\r[{:<{}}] {:.1f} / {:.1f} MB", std::string(filled, '#'), width,
                                   static_cast<double>(received) / 1e6, static_cast<double>(total) / 1e6)
                    << std::flush;
        } else {
          std::cerr << fmt::format("\r{:.1f} MB", static_cast<double>(received) / 1e6) << std::flush;
        }
      };
    }
    const Status fetched = data::fetch_package(origin, work.path(), fetch, &package_dir);
    if (tty) std::cerr << "\n";
    if (!fetched) {
      std::cerr << "factcheck datasets: " << fetched.message() << "\n";
      return exit_code_of(fetched);
    }
  } else {
    std::error_code error;
    recorded = fs::absolute(origin, error).lexically_normal().string();
  }
  std::vector<data::DatasetLoadError> problems;
  const Status installed =
      data::install_package(package_dir, recorded, data_dir, install, outcome, &problems);
  for (const auto& problem : problems) std::cerr << problem.to_string() << "\n";
  if (!installed) {
    std::cerr << "factcheck datasets: " << installed.message() << "\n";
    return exit_code_of(installed);
  }
  return kExitOk;
}

int run_add(const AddOptions& options) {
  const fs::path data_dir = user_dataset_dir();
  if (data_dir.empty()) {
    std::cerr << "factcheck datasets add: neither XDG_DATA_HOME nor HOME is set: no data directory\n";
    return kExitUsage;
  }
  data::InstallOutcome outcome;
  const int code =
      fetch_and_install(options.source, data_dir, {.force = options.force}, options.ca_file, &outcome);
  if (code != kExitOk) return code;
  const auto& package = outcome.package;
  if (outcome.action == "unchanged") {
    std::cout << label(package) << " is already installed with the same content (sha256 "
              << package.sha256.substr(0, 12) << "): nothing changed\n";
  } else if (outcome.action == "replaced") {
    std::cout << "replaced " << label(package) << " (--force): sha256 "
              << outcome.previous_sha256.substr(0, 12) << " -> " << package.sha256.substr(0, 12) << ", rows "
              << outcome.previous_rows << " -> " << package.rows << "\n";
  } else {
    std::cout << "installed " << label(package) << ": " << package.rows << " rows, sha256 "
              << package.sha256.substr(0, 12) << ", in " << (data_dir / package.dir).string() << "\n";
  }
  std::cout << "`factcheck check` uses it from now on; a running `factcheck serve` on its next reload\n";
  return kExitOk;
}

int run_remove(const std::string& spec) {
  const auto at = spec.find('@');
  const std::string name = spec.substr(0, at);
  const std::string vintage = at == std::string::npos ? "" : spec.substr(at + 1);
  std::vector<data::InstalledPackage> removed;
  if (Status status = data::remove_installed(user_dataset_dir(), name, vintage, &removed); !status) {
    std::cerr << "factcheck datasets remove: " << status.message() << "\n";
    return exit_code_of(status);
  }
  for (const auto& package : removed) {
    std::cout << "removed " << label(package) << " (sha256 " << package.sha256.substr(0, 12) << ")\n";
  }
  return kExitOk;
}

int run_update(const std::string& name, const std::string& ca_file) {
  const fs::path data_dir = user_dataset_dir();
  std::vector<data::InstalledPackage> installed;
  if (Status status = data::read_installed(data_dir, &installed); !status) {
    std::cerr << "factcheck datasets update: " << status.message() << "\n";
    return kExitUsage;
  }
  std::vector<std::string> origins;
  for (const auto& package : installed) {
    if (package.name == name && std::find(origins.begin(), origins.end(), package.origin) == origins.end())
      origins.push_back(package.origin);
  }
  if (origins.empty()) {
    std::cerr << "factcheck datasets update: " << name << " is not installed in " << data_dir.string()
              << " (only packages added with `datasets add` have an origin to update from)\n";
    return kExitUsage;
  }
  int exit_code = kExitOk;
  for (const auto& origin : origins) {
    std::cout << "updating " << name << " from " << origin << "\n";
    data::InstallOutcome outcome;
    // An update replaces a changed vintage on purpose; what changed is said below.
    const int code = fetch_and_install(origin, data_dir, {.force = true}, ca_file, &outcome);
    if (code != kExitOk) {
      exit_code = code;
      continue;
    }
    const auto& package = outcome.package;
    if (outcome.action == "unchanged") {
      std::cout << "  " << label(package) << ": unchanged (sha256 " << package.sha256.substr(0, 12) << ", "
                << package.rows << " rows)\n";
    } else if (outcome.action == "replaced") {
      std::cout << "  " << label(package) << ": changed in place: sha256 "
                << outcome.previous_sha256.substr(0, 12) << " -> " << package.sha256.substr(0, 12)
                << ", rows " << outcome.previous_rows << " -> " << package.rows << "\n";
    } else {
      std::cout << "  new " << label(package) << " installed beside the older ones: " << package.rows
                << " rows, sha256 " << package.sha256.substr(0, 12) << "\n";
    }
  }
  return exit_code;
}

}  // namespace

void add_install_commands(CLI::App* datasets, int& exit_code) {
  auto* add = datasets->add_subcommand(
      "add",
      "Validate a package (directory, or https:// URL of a .tar.gz or .zip) and install it into the user's "
      "data directory ($XDG_DATA_HOME/factcheck/datasets)");
  auto add_options = std::make_shared<AddOptions>();
  add->add_option("source", add_options->source, "Package directory or https:// URL")->required();
  add->add_flag("--force", add_options->force,
                "Replace an installed package of the same name and vintage whose content differs");
  add->add_option("--ca-file", add_options->ca_file, "PEM certificate authorities to trust for the URL")
      ->check(CLI::ExistingFile);
  add->callback([add_options, &exit_code] { exit_code = run_add(*add_options); });

  auto* remove = datasets->add_subcommand("remove", "Remove an installed package, or one vintage of it");
  auto spec = std::make_shared<std::string>();
  remove->add_option("name", *spec, "NAME or NAME@VINTAGE")->required();
  remove->callback([spec, &exit_code] { exit_code = run_remove(*spec); });

  auto* update = datasets->add_subcommand(
      "update", "Fetch an installed package again from where it was added from, and say what changed");
  auto update_name = std::make_shared<std::string>();
  auto update_ca = std::make_shared<std::string>();
  update->add_option("name", *update_name, "Package name")->required();
  update->add_option("--ca-file", *update_ca, "PEM certificate authorities to trust for the URL")
      ->check(CLI::ExistingFile);
  update->callback(
      [update_name, update_ca, &exit_code] { exit_code = run_update(*update_name, *update_ca); });
}

}  // namespace factcheck::cli
