#include "cli.hpp"

#include <algorithm>

#include "util/install_paths.hpp"

namespace factcheck::cli {
namespace {
std::vector<std::filesystem::path> to_paths(const std::vector<std::string>& dirs) {
  return {dirs.begin(), dirs.end()};
}
}  // namespace

std::vector<std::filesystem::path> GlobalOptions::plugin_search_dirs() const {
  return search_dirs(to_paths(plugin_dirs), "FACTCHECK_PLUGIN_PATH", {bundled_plugin_dir()});
}

std::vector<std::filesystem::path> GlobalOptions::dataset_search_dirs() const {
  return search_dirs(to_paths(dataset_dirs), "FACTCHECK_DATASET_PATH",
                     {user_dataset_dir(), bundled_dataset_dir()});
}

namespace {
std::vector<std::pair<int, AddCommand>>& registry() {
  static std::vector<std::pair<int, AddCommand>> commands;
  return commands;
}
}  // namespace

CommandRegistration::CommandRegistration(int order, AddCommand add) { registry().emplace_back(order, add); }

std::vector<AddCommand> registered_commands() {
  auto sorted = registry();
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<AddCommand> commands;
  for (const auto& entry : sorted) commands.push_back(entry.second);
  return commands;
}

CLI::Validator one_of(std::vector<std::string> choices) { return CLI::IsMember(std::move(choices)); }

}  // namespace factcheck::cli
