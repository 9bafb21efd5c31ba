#include "util/install_paths.hpp"

#include <algorithm>
#include <cstdlib>
#include <system_error>

namespace factcheck {

std::filesystem::path executable_dir() {
  std::error_code error;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return std::filesystem::current_path();
  return exe.parent_path();
}

std::filesystem::path bundled_plugin_dir() {
  return (executable_dir() / FACTCHECK_PLUGIN_DIR_FROM_BIN).lexically_normal();
}

std::filesystem::path bundled_dataset_dir() {
  return (executable_dir() / FACTCHECK_DATASET_DIR_FROM_BIN).lexically_normal();
}

std::filesystem::path bundled_dataset_index_dir() {
  return bundled_dataset_dir().parent_path() / "dataset-index";
}

std::filesystem::path user_dataset_dir() {
  const char* xdg = std::getenv("XDG_DATA_HOME");
  std::filesystem::path base;
  if (xdg != nullptr && std::filesystem::path(xdg).is_absolute()) {
    base = xdg;
  } else if (const char* home = std::getenv("HOME"); home != nullptr && home[0] != '\0') {
    base = std::filesystem::path(home) / ".local" / "share";
  } else {
    return {};
  }
  return (base / "factcheck" / "datasets").lexically_normal();
}

std::vector<std::filesystem::path> split_path_list(std::string_view list) {
  std::vector<std::filesystem::path> parts;
  size_t start = 0;
  while (start <= list.size()) {
    const size_t colon = std::min(list.find(':', start), list.size());
    if (colon > start) parts.emplace_back(std::string(list.substr(start, colon - start)));
    start = colon + 1;
  }
  return parts;
}

std::vector<std::filesystem::path> search_dirs(const std::vector<std::filesystem::path>& flags,
                                               const char* env_var,
                                               const std::vector<std::filesystem::path>& defaults) {
  std::vector<std::filesystem::path> candidates = flags;
  if (const char* env = std::getenv(env_var); env != nullptr) {
    const auto from_env = split_path_list(env);
    candidates.insert(candidates.end(), from_env.begin(), from_env.end());
  }
  for (const auto& dir : defaults) {
    if (!dir.empty()) candidates.push_back(dir);
  }

  std::vector<std::filesystem::path> unique;
  for (const auto& dir : candidates) {
    std::error_code error;
    auto normal = std::filesystem::weakly_canonical(dir, error);
    if (error) normal = dir.lexically_normal();
    if (std::find(unique.begin(), unique.end(), normal) == unique.end()) unique.push_back(normal);
  }
  return unique;
}

}  // namespace factcheck
