#include "util/install_paths.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "util/logging.hpp"

namespace factcheck {
namespace {

namespace fs = std::filesystem;

TEST(InstallPaths, BundledDirsAreRelativeToTheExecutable) {
  const fs::path prefix = executable_dir().parent_path();
  EXPECT_EQ(bundled_plugin_dir(), (prefix / "lib" / "factcheck" / "plugins").lexically_normal());
  EXPECT_EQ(bundled_dataset_dir(), (prefix / "share" / "factcheck" / "datasets").lexically_normal());
}

TEST(InstallPaths, SplitsPathListsDroppingEmptyEntries) {
  EXPECT_EQ(split_path_list("/a::/b:"), (std::vector<fs::path>{"/a", "/b"}));
  EXPECT_TRUE(split_path_list("").empty());
}

TEST(InstallPaths, SearchOrderIsFlagsThenEnvironmentThenBundledWithoutDuplicates) {
  ::setenv("FACTCHECK_TEST_PATH", "/env/one:/flag/a", 1);
  const auto dirs = search_dirs({"/flag/a", "/flag/b/../b"}, "FACTCHECK_TEST_PATH", "/bundled");
  EXPECT_EQ(dirs, (std::vector<fs::path>{"/flag/a", "/flag/b", "/env/one", "/bundled"}));
  ::unsetenv("FACTCHECK_TEST_PATH");
  EXPECT_EQ(search_dirs({}, "FACTCHECK_TEST_PATH", "/bundled"), (std::vector<fs::path>{"/bundled"}));
}

TEST(Logging, ParsesKnownLevelsOnly) {
  EXPECT_EQ(parse_log_level("debug"), spdlog::level::debug);
  EXPECT_EQ(parse_log_level("error"), spdlog::level::err);
  EXPECT_FALSE(parse_log_level("verbose").has_value());
}

}  // namespace
}  // namespace factcheck
