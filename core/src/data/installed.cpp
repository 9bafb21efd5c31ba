#include "data/installed.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>

#include "data/index.hpp"
#include "data/package.hpp"
#include "data/vintage.hpp"

namespace factcheck::data {
namespace {

namespace fs = std::filesystem;

nlohmann::json to_json(const InstalledPackage& package) {
  return {{"name", package.name},          {"vintage", package.vintage}, {"sha256", package.sha256},
          {"rows", package.rows},          {"dir", package.dir},         {"origin", package.origin},
          {"installed", package.installed}};
}

Status write_installed(const fs::path& data_dir, const std::vector<InstalledPackage>& packages) {
  nlohmann::json out = {{"factcheck_installed", 1}, {"packages", nlohmann::json::array()}};
  for (const auto& package : packages) out["packages"].push_back(to_json(package));
  const fs::path file = data_dir / kInstalledManifest;
  const fs::path temporary = data_dir / (std::string(".") + kInstalledManifest + ".new");
  {
    std::ofstream stream(temporary, std::ios::binary | std::ios::trunc);
    if (!(stream << out.dump(2) << "\n")) return Status::internal("cannot write " + temporary.string());
  }
  std::error_code error;
  fs::rename(temporary, file, error);
  if (error) return Status::internal("cannot replace " + file.string() + ": " + error.message());
  return Status::ok();
}

std::string now_utc() {
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}",
                     std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
}

}  // namespace

Status read_installed(const fs::path& data_dir, std::vector<InstalledPackage>* out) {
  out->clear();
  const fs::path file = data_dir / kInstalledManifest;
  std::ifstream stream(file, std::ios::binary);
  if (!stream) return Status::ok();
  try {
    const auto json = nlohmann::json::parse(stream);
    for (const auto& entry : json.at("packages")) {
      out->push_back({entry.at("name").get<std::string>(), entry.at("vintage").get<std::string>(),
                      entry.at("sha256").get<std::string>(), entry.at("rows").get<std::uint64_t>(),
                      entry.at("dir").get<std::string>(), entry.at("origin").get<std::string>(),
                      entry.at("installed").get<std::string>()});
    }
  } catch (const nlohmann::json::exception& error) {
    return Status::invalid_argument(file.string() + " is damaged: " + error.what());
  }
  return Status::ok();
}

Status install_package(const fs::path& source, const std::string& origin, const fs::path& data_dir,
                       const InstallOptions& options, InstallOutcome* outcome,
                       std::vector<DatasetLoadError>* problems) {
  if (!find_descriptor(source)) {
    return Status::invalid_argument(source.string() +
                                    " is not a data package (no datapackage.json, .yml or .yaml)");
  }
  const auto info = load_package(source, LoadOptions{}, nullptr, problems);
  if (!info) return Status::invalid_argument(source.string() + " is not a valid package: nothing installed");
  std::string problem;
  const auto identity = read_identity(source, &problem);
  if (!identity) return Status::invalid_argument(problem);

  std::vector<InstalledPackage> installed;
  if (Status status = read_installed(data_dir, &installed); !status) return status;
  InstalledPackage package{info->name,
                           identity->vintage,
                           info->sha256,
                           info->row_count,
                           identity->vintage.empty() ? info->name : info->name + "@" + identity->vintage,
                           origin,
                           now_utc()};
  const auto same = std::find_if(installed.begin(), installed.end(), [&](const InstalledPackage& entry) {
    return entry.name == package.name && entry.vintage == package.vintage;
  });
  outcome->action = "installed";
  if (same != installed.end()) {
    if (same->sha256 == package.sha256) {
      outcome->package = *same;
      outcome->action = "unchanged";
      return Status::ok();
    }
    if (!options.force) {
      return Status::failed_precondition(
          fmt::format("{} vintage {} is already installed with different content (sha256 {} installed, {} "
                      "new; {} rows installed, {} new): nothing changed; use --force to replace it",
                      package.name, package.vintage.empty() ? "(none)" : package.vintage,
                      same->sha256.substr(0, 12), package.sha256.substr(0, 12), same->rows, package.rows));
    }
    outcome->action = "replaced";
    outcome->previous_sha256 = same->sha256;
    outcome->previous_rows = same->rows;
  }

  std::error_code error;
  fs::create_directories(data_dir, error);
  if (error) return Status::internal("cannot create " + data_dir.string() + ": " + error.message());
  // Copied beside the target, then renamed into place: a failed copy leaves nothing half done.
  const fs::path staging = data_dir / ("." + package.dir + ".new");
  fs::remove_all(staging, error);
  fs::copy(source, staging, fs::copy_options::recursive, error);
  if (error) {
    fs::remove_all(staging, error);
    return Status::internal("cannot copy " + source.string() + " to " + staging.string());
  }
  std::string hash_error;
  const auto copied = hash_package(staging, &hash_error);
  if (!copied || *copied != package.sha256) {
    fs::remove_all(staging, error);
    return Status::internal("the copy of " + source.string() + " does not match its hash: " + hash_error);
  }
  const fs::path target = data_dir / package.dir;
  fs::remove_all(target, error);
  fs::rename(staging, target, error);
  if (error)
    return Status::internal("cannot move the package into " + target.string() + ": " + error.message());
  if (same != installed.end()) installed.erase(same);
  installed.push_back(package);
  outcome->package = package;
  // Its index, so loading it reads no CSV; without one (a warning) the CSV is read.
  std::vector<DatasetLoadError> index_problems;
  if (!write_package_index(target, index_path_for(target), LoadOptions{}, &index_problems)) {
    problems->push_back({package.name, index_path_for(target).string(), 0, 0,
                         "no index written: the package's CSV will be read at every start", true});
  }
  return write_installed(data_dir, installed);
}

Status remove_installed(const fs::path& data_dir, const std::string& name, const std::string& vintage,
                        std::vector<InstalledPackage>* removed) {
  removed->clear();
  std::vector<InstalledPackage> installed;
  if (Status status = read_installed(data_dir, &installed); !status) return status;
  std::vector<InstalledPackage> kept;
  for (auto& package : installed) {
    const bool match = package.name == name && (vintage.empty() || package.vintage == vintage);
    (match ? removed : &kept)->push_back(std::move(package));
  }
  if (removed->empty()) {
    return Status::not_found(name + (vintage.empty() ? "" : "@" + vintage) + " is not installed in " +
                             data_dir.string() + " (only packages added with `datasets add` can be removed)");
  }
  for (const auto& package : *removed) {
    std::error_code error;
    fs::remove(index_path_for(data_dir / package.dir), error);
    fs::remove_all(data_dir / package.dir, error);
    if (error)
      return Status::internal("cannot remove " + (data_dir / package.dir).string() + ": " + error.message());
  }
  return write_installed(data_dir, kept);
}

std::uint64_t directory_bytes(const fs::path& dir) {
  std::uint64_t bytes = 0;
  std::error_code error;
  for (fs::recursive_directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    if (it->is_regular_file(error)) bytes += it->file_size(error);
  }
  return bytes;
}

}  // namespace factcheck::data
