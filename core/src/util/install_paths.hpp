// Where an installed (or built) factcheck finds its own plugins and datasets: relative to the
// running executable, so a moved install tree keeps working without environment variables.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

namespace factcheck {

// Directory of the running executable (resolved through /proc/self/exe).
std::filesystem::path executable_dir();

// <libdir>/factcheck/plugins and <datadir>/factcheck/datasets of the prefix the executable
// runs from (the GNUInstallDirs layout the project was configured with; the build tree
// mirrors it).
std::filesystem::path bundled_plugin_dir();
std::filesystem::path bundled_dataset_dir();
// <datadir>/factcheck/dataset-index: the binary indexes of the bundled datasets
// (data/index.hpp), built with them.
std::filesystem::path bundled_dataset_index_dir();

// Where `factcheck datasets add` installs packages: $XDG_DATA_HOME/factcheck/datasets, or
// ~/.local/share/factcheck/datasets when XDG_DATA_HOME is unset or not absolute (XDG Base
// Directory spec). Empty when neither XDG_DATA_HOME nor HOME is usable.
std::filesystem::path user_dataset_dir();

// Splits a PATH-style list ("a:b:c"); empty entries are dropped.
std::vector<std::filesystem::path> split_path_list(std::string_view list);

// Search order: explicit flags first, then the environment variable, then the default dirs
// in order. Duplicates (after normalisation) and empty defaults are dropped, keeping the first.
std::vector<std::filesystem::path> search_dirs(const std::vector<std::filesystem::path>& flags,
                                               const char* env_var,
                                               const std::vector<std::filesystem::path>& defaults);

}  // namespace factcheck
