#include "util/install_paths.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "util/logging.hpp"

namespace factcheck {
namespace {

namespace fs = std::filesystem;

// The build tree mirrors the install layout, so this test binary (in <build>/<bindir>) must
// find the plugins and datasets the build produced, wherever GNUInstallDirs put them.
TEST(InstallPaths, BundledDirsHoldTheBuiltPluginsAndDatasets) {
  const fs::path prefix = executable_dir().parent_path();
  EXPECT_EQ(bundled_plugin_dir().filename(), "plugins");
  EXPECT_TRUE(fs::exists(bundled_plugin_dir() / "libfactcheck_indicator.so")) << bundled_plugin_dir();
  EXPECT_TRUE(fs::exists(bundled_dataset_dir() / "worldbank-population" / "datapackage.json"))
      << bundled_dataset_dir();
  EXPECT_EQ(std::mismatch(prefix.begin(), prefix.end(), bundled_plugin_dir().begin()).first, prefix.end());
}

TEST(InstallPaths, SplitsPathListsDroppingEmptyEntries) {
  EXPECT_EQ(split_path_list("/a::/b:"), (std::vector<fs::path>{"/a", "/b"}));
  EXPECT_TRUE(split_path_list("").empty());
}

TEST(InstallPaths, SearchOrderIsFlagsThenEnvironmentThenBundledWithoutDuplicates) {
  ::setenv("FACTCHECK_TEST_PATH", "/env/one:/flag/a", 1);
  const auto dirs = search_dirs({"/flag/a", "/flag/b/../b"}, "FACTCHECK_TEST_PATH", {"/bundled"});
  EXPECT_EQ(dirs, (std::vector<fs::path>{"/flag/a", "/flag/b", "/env/one", "/bundled"}));
  ::unsetenv("FACTCHECK_TEST_PATH");
  EXPECT_EQ(search_dirs({}, "FACTCHECK_TEST_PATH", {"/bundled"}), (std::vector<fs::path>{"/bundled"}));
}

TEST(InstallPaths, UserDatasetDirFollowsXdgDataHomeElseHome) {
  const char* saved_xdg = std::getenv("XDG_DATA_HOME");
  const std::string xdg = saved_xdg == nullptr ? "" : saved_xdg;
  const char* saved_home = std::getenv("HOME");
  const std::string home = saved_home == nullptr ? "" : saved_home;
  ::setenv("XDG_DATA_HOME", "/xdg/data", 1);
  EXPECT_EQ(user_dataset_dir(), fs::path("/xdg/data/factcheck/datasets"));
  ::setenv("XDG_DATA_HOME", "relative/ignored", 1);  // the spec: a relative path is invalid
  ::setenv("HOME", "/home/editor", 1);
  EXPECT_EQ(user_dataset_dir(), fs::path("/home/editor/.local/share/factcheck/datasets"));
  if (saved_xdg == nullptr) {
    ::unsetenv("XDG_DATA_HOME");
  } else {
    ::setenv("XDG_DATA_HOME", xdg.c_str(), 1);
  }
  ::setenv("HOME", home.c_str(), 1);
}

TEST(Logging, ParsesKnownLevelsOnly) {
  EXPECT_EQ(parse_log_level("debug"), spdlog::level::debug);
  EXPECT_EQ(parse_log_level("error"), spdlog::level::err);
  EXPECT_FALSE(parse_log_level("verbose").has_value());
}

}  // namespace
}  // namespace factcheck
