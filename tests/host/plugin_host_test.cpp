#include "plugin/plugin_host.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "host_test_support.hpp"

namespace factcheck::plugin {
namespace {

namespace fs = std::filesystem;

const fs::path kDir = TEST_PLUGIN_DIR;

fs::path lib(const std::string& stem) { return kDir / ("lib" + stem + ".so"); }

using test_support::claim;
using test_support::OneRowDatasets;

class PluginHostTest : public ::testing::Test {
 protected:
  PluginHost host{std::make_shared<OneRowDatasets>()};

  const PluginLoadError* error_for(const std::string& stem) const {
    for (const auto& error : host.errors()) {
      if (error.path == lib(stem)) return &error;
    }
    return nullptr;
  }

  // The good plugin still checks claims, whatever else was loaded beside it.
  void expect_good_plugin_works() const {
    const auto outcomes = host.check({claim("c1", 4), claim("c2", 7)}, {});
    ASSERT_EQ(outcomes.size(), 2U);
    bool seen_good = false;
    for (const auto& result : outcomes[0].results) {
      if (result.plugin() != "good") continue;
      seen_good = true;
      EXPECT_EQ(result.verdict(), v1::SUPPORTED);
      EXPECT_EQ(result.plugin_version(), "1.2.3");
      ASSERT_EQ(result.evidence_size(), 1);
      EXPECT_EQ(result.evidence(0).dataset(), "test_data:test");
      EXPECT_EQ(result.evidence(0).plugin(), "good");
    }
    EXPECT_TRUE(seen_good);
    bool refuted = false;
    for (const auto& result : outcomes[1].results)
      refuted = refuted || (result.plugin() == "good" && result.verdict() == v1::REFUTED);
    EXPECT_TRUE(refuted);
  }
};

TEST_F(PluginHostTest, LoadsGoodPluginWithItsManifest) {
  ASSERT_TRUE(host.load_file(lib("fc_test_good")).is_ok());
  ASSERT_EQ(host.plugins().size(), 1U);
  const auto& info = host.plugins()[0]->info();
  EXPECT_EQ(info.name(), "good");
  EXPECT_EQ(info.version(), "1.2.3");
  EXPECT_EQ(info.api_version(), FACTCHECK_API_VERSION_STRING);
  EXPECT_EQ(info.path(), lib("fc_test_good").string());
  ASSERT_EQ(info.claim_kinds_size(), 1);
  EXPECT_EQ(info.claim_kinds(0), "count");
  EXPECT_EQ(info.datasets(0), "test_data");
  expect_good_plugin_works();
}

TEST_F(PluginHostTest, RefusesWrongMajorNamingBothVersionsAndPath) {
  host.load_directories({kDir});
  const auto* error = error_for("fc_test_wrong_major");
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(error->message, "plugin API 2.0.0 is incompatible with host API " FACTCHECK_API_VERSION_STRING
                            " (major versions differ)");
  EXPECT_EQ(error->path, lib("fc_test_wrong_major"));
  expect_good_plugin_works();
}

TEST_F(PluginHostTest, RefusesNewerMinorAcceptsOlderPatch) {
  host.load_directories({kDir});
  const auto* newer = error_for("fc_test_newer_minor");
  ASSERT_NE(newer, nullptr);
  EXPECT_NE(newer->message.find("plugin API 1.7.0 is newer than host API"), std::string::npos)
      << newer->message;
  EXPECT_EQ(error_for("fc_test_older_minor_patch"), nullptr);
  bool loaded = false;
  for (const auto& plugin : host.plugins()) loaded = loaded || plugin->name() == "older_patch";
  EXPECT_TRUE(loaded);
}

TEST_F(PluginHostTest, RefusesLibrariesWithoutEntryPoints) {
  host.load_directories({kDir});
  const auto* none = error_for("fc_test_not_a_plugin");
  ASSERT_NE(none, nullptr);
  EXPECT_EQ(
      none->message,
      "not a factcheck plugin: missing entry points factcheck_plugin_api_version, factcheck_plugin_info, "
      "factcheck_plugin_create, factcheck_plugin_destroy, factcheck_plugin_route, factcheck_plugin_check");
  const auto* partial = error_for("fc_test_no_check");
  ASSERT_NE(partial, nullptr);
  EXPECT_EQ(partial->message,
            "not a factcheck plugin: missing entry points factcheck_plugin_info, factcheck_plugin_create, "
            "factcheck_plugin_destroy, factcheck_plugin_route, factcheck_plugin_check");
}

TEST_F(PluginHostTest, ReportsInitFailureWithPluginMessage) {
  host.load_directories({kDir});
  const auto* error = error_for("fc_test_init_fails");
  ASSERT_NE(error, nullptr);
  EXPECT_NE(error->message.find("init failed: refusing to start: dataset test_data is missing"),
            std::string::npos)
      << error->message;
  expect_good_plugin_works();
}

TEST_F(PluginHostTest, RefusesSecondPluginWithSameName) {
  ASSERT_TRUE(host.load_file(lib("fc_test_duplicate")).is_ok());
  const Status second = host.load_file(lib("fc_test_good"));
  ASSERT_FALSE(second.is_ok());
  EXPECT_EQ(second.message(),
            "duplicate plugin name 'good': already loaded from " + lib("fc_test_duplicate").string());
  EXPECT_EQ(host.plugins().size(), 1U);
}

TEST_F(PluginHostTest, ContainsPluginThatThrowsDuringCheck) {
  ASSERT_TRUE(host.load_file(lib("fc_test_throws")).is_ok());
  ASSERT_TRUE(host.load_file(lib("fc_test_good")).is_ok());
  const auto outcomes = host.check({claim("c1", 4)}, {});
  ASSERT_EQ(outcomes.size(), 1U);
  ASSERT_EQ(outcomes[0].errors.size(), 1U);
  EXPECT_NE(outcomes[0].errors[0].find("plugin 'throws'"), std::string::npos);
  EXPECT_NE(outcomes[0].errors[0].find("boom on claim c1"), std::string::npos) << outcomes[0].errors[0];
  expect_good_plugin_works();
}

TEST_F(PluginHostTest, ContainsPluginReturningGarbage) {
  ASSERT_TRUE(host.load_file(lib("fc_test_garbage")).is_ok());
  ASSERT_TRUE(host.load_file(lib("fc_test_good")).is_ok());
  const auto outcomes = host.check({claim("c1", 4)}, {});
  ASSERT_EQ(outcomes[0].errors.size(), 1U);
  EXPECT_NE(outcomes[0].errors[0].find("check returned malformed bytes"), std::string::npos)
      << outcomes[0].errors[0];
  expect_good_plugin_works();
}

// An API 1.1 plugin routes and checks in one route_check call; an API 1.0 plugin is routed
// first, then checked. Both leave uncovered claims out and keep the plugin's score.
TEST_F(PluginHostTest, RoutesInOneCallOrInTwoWithTheSameResults) {
  ASSERT_TRUE(host.load_file(lib("fc_test_covers_below_100")).is_ok());
  ASSERT_TRUE(host.load_file(lib("fc_test_api_1_0_below_100")).is_ok());
  ASSERT_EQ(host.plugins().size(), 2U);
  EXPECT_TRUE(host.plugins()[0]->routes_while_checking());
  EXPECT_FALSE(host.plugins()[1]->routes_while_checking());

  const auto outcomes = host.check({claim("small", 4), claim("large", 500), claim("odd", 7)}, {});
  ASSERT_EQ(outcomes.size(), 3U);
  EXPECT_TRUE(outcomes[1].results.empty());
  for (size_t i : {size_t{0}, size_t{2}}) {
    EXPECT_TRUE(outcomes[i].errors.empty());
    ASSERT_EQ(outcomes[i].results.size(), 2U);
    EXPECT_EQ(outcomes[i].results[0].plugin(), "below_100");
    EXPECT_EQ(outcomes[i].results[1].plugin(), "api_1_0_below_100");
    for (const auto& result : outcomes[i].results) {
      EXPECT_FLOAT_EQ(result.coverage(), 0.8F);
      EXPECT_EQ(result.verdict(), i == 0 ? v1::SUPPORTED : v1::REFUTED);
    }
  }
}

TEST_F(PluginHostTest, RefusesCoverageOutsideTheUnitInterval) {
  ASSERT_TRUE(host.load_file(lib("fc_test_bad_coverage")).is_ok());
  ASSERT_TRUE(host.load_file(lib("fc_test_good")).is_ok());
  const auto outcomes = host.check({claim("c1", 4)}, {});
  ASSERT_EQ(outcomes[0].errors.size(), 1U);
  EXPECT_NE(outcomes[0].errors[0].find("plugin 'bad_coverage'"), std::string::npos);
  EXPECT_NE(outcomes[0].errors[0].find("route_check gave claim 'c1' coverage 2.000000, outside (0, 1]"),
            std::string::npos)
      << outcomes[0].errors[0];
  expect_good_plugin_works();
}

TEST_F(PluginHostTest, ValidatesConfigAgainstDeclaredSchema) {
  const Status bad = host.load_file(lib("fc_test_good"), {{"good", {{"threshold", -1}}}});
  ASSERT_FALSE(bad.is_ok());
  EXPECT_EQ(bad.message(), "invalid config for plugin 'good': /threshold: must be >= 0");
  const Status unknown = host.load_file(lib("fc_test_good"), {{"good", {{"treshold", 1}}}});
  EXPECT_EQ(unknown.message(), "invalid config for plugin 'good': /treshold: unknown property");
  EXPECT_TRUE(host.load_file(lib("fc_test_good"), {{"good", {{"threshold", 0.5}}}}).is_ok());
}

TEST_F(PluginHostTest, MissingFileAndDirectoryAreContained) {
  const Status missing = host.load_file(kDir / "libdoes_not_exist.so");
  EXPECT_FALSE(missing.is_ok());
  EXPECT_NE(missing.message().find("cannot load library"), std::string::npos);
  host.load_directories({kDir / "no-such-dir"});
  EXPECT_TRUE(host.plugins().empty());
}

TEST_F(PluginHostTest, LoadingWholeDirectoryKeepsEveryGoodPlugin) {
  host.load_directories({kDir});
  std::vector<std::string> names;
  for (const auto& plugin : host.plugins()) names.push_back(plugin->name());
  // good (one of the two libraries named "good"), older_patch, throws, garbage, below_100,
  // api_1_0_below_100, bad_coverage.
  EXPECT_EQ(names.size(), 7U);
  EXPECT_EQ(host.errors().size(), 6U);
  expect_good_plugin_works();
}

}  // namespace
}  // namespace factcheck::plugin
