#include "cli.hpp"

#include "util/install_paths.hpp"

namespace factcheck::cli {
namespace {
std::vector<std::filesystem::path> to_paths(const std::vector<std::string>& dirs) {
  return {dirs.begin(), dirs.end()};
}
}  // namespace

std::vector<std::filesystem::path> GlobalOptions::plugin_search_dirs() const {
  return search_dirs(to_paths(plugin_dirs), "FACTCHECK_PLUGIN_PATH", bundled_plugin_dir());
}

std::vector<std::filesystem::path> GlobalOptions::dataset_search_dirs() const {
  return search_dirs(to_paths(dataset_dirs), "FACTCHECK_DATASET_PATH", bundled_dataset_dir());
}

CLI::Validator one_of(std::vector<std::string> choices) {
  return CLI::IsMember(std::move(choices));
}

}  // namespace factcheck::cli
