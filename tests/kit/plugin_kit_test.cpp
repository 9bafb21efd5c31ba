// factcheck::testing as a plugin author uses it: the real trade plugin loaded through the
// host's loader, against the real russia-iraq-trade package, with claims from sentences (the
// real extractor) and from JSON; and the host's refusals and warnings reaching the author.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "factcheck/testing.hpp"
#include "factcheck/testing_gtest.hpp"

namespace factcheck::testing {
namespace {

namespace fs = std::filesystem;

std::unique_ptr<PluginUnderTest> trade() {
  Options options;
  options.datasets = KIT_TRADE_DATA;
  options.published = "2016-02-11";
  options.timeout = std::chrono::milliseconds(5000);
  std::string error;
  auto plugin = PluginUnderTest::load(KIT_TRADE_PLUGIN, options, &error);
  EXPECT_NE(plugin, nullptr) << error;
  return plugin;
}

TEST(PluginKit, ChecksSentencesThroughTheRealExtractor) {
  const auto plugin = trade();
  ASSERT_NE(plugin, nullptr);
  EXPECT_EQ(plugin->info().name(), "trade");
  const auto supported =
      plugin->check_sentence("Trade between Russia and Iraq reached $1.93 billion in 2015.");
  ASSERT_EQ(supported.size(), 1U);
  EXPECT_EQ(supported[0].claim.entities(0).id(), "RUS");
  EXPECT_TRUE(has_verdict(supported[0], v1::SUPPORTED, "trade_turnover"));
  const auto refuted = plugin->check_sentence("Trade between Russia and Iraq reached $5 billion in 2015.");
  ASSERT_EQ(refuted.size(), 1U);
  EXPECT_TRUE(has_verdict(refuted[0], v1::REFUTED));
  const auto failure = has_verdict(refuted[0], v1::SUPPORTED);
  EXPECT_FALSE(failure);
  EXPECT_NE(std::string(failure.message()).find("expected SUPPORTED, got REFUTED"), std::string::npos)
      << failure.message();
}

TEST(PluginKit, ChecksClaimsWrittenAsJson) {
  const auto plugin = trade();
  ASSERT_NE(plugin, nullptr);
  std::string error;
  const auto result = plugin->check_json(
      R"({"text":"$1.93 billion","kind":"money","checkable":true,"cueWords":["trade"],
          "quantity":{"kind":"QUANTITY_KIND_MONEY","value":1930000000,"unit":"USD",
                      "band":{"low":1925000000,"high":1935000000,"lowInclusive":true,"highInclusive":true}},
          "period":{"start":"2015-01-01","end":"2015-12-31","label":"2015"},
          "entities":[{"id":"RUS","name":"Russia","role":"subject"},{"id":"IRQ","name":"Iraq","role":"counterpart"}]})",
      &error);
  ASSERT_TRUE(result.has_value()) << error;
  EXPECT_TRUE(has_verdict(*result, v1::SUPPORTED));
  EXPECT_FALSE(plugin->check_json(R"({"quantity": 3})", &error).has_value());
  EXPECT_NE(error.find("not a factcheck.v1.Claim"), std::string::npos) << error;
}

TEST(PluginKit, RunsCaseFiles) {
  const auto plugin = trade();
  ASSERT_NE(plugin, nullptr);
  EXPECT_TRUE(passes(*plugin, fs::path(KIT_CASES) / "pass.jsonl"));
  std::vector<CaseResult> results;
  std::string error;
  ASSERT_TRUE(run_cases(*plugin, fs::path(KIT_CASES) / "malformed.jsonl", &results, &error)) << error;
  ASSERT_EQ(results.size(), 2U);
  EXPECT_TRUE(results[0].passed);
  EXPECT_TRUE(results[1].malformed);
  EXPECT_EQ(results[1].line, 2);
  EXPECT_FALSE(passes(*plugin, fs::path(KIT_CASES) / "fail.jsonl"));
  EXPECT_FALSE(run_cases(*plugin, fs::path(KIT_CASES) / "absent.jsonl", &results, &error));
}

TEST(PluginKit, MalformedCasesSayWhy) {
  const auto plugin = trade();
  ASSERT_NE(plugin, nullptr);
  EXPECT_EQ(run_case(*plugin, R"({"expect":"SUPPORTED"})", 7).message,
            "needs exactly one of 'sentence' and 'claim'");
  EXPECT_EQ(
      run_case(*plugin, R"({"sentence":"Trade was $1 billion.","expect":"SUPPORTED","colour":"red"})", 1)
          .message,
      "unknown key 'colour'");
  const auto two = run_case(
      *plugin,
      R"({"sentence":"Trade rose from $1 billion in 2014 to $1.93 billion in 2015.","expect":"SUPPORTED"})",
      1);
  EXPECT_TRUE(two.malformed);
  EXPECT_NE(two.message.find("2 checkable claims"), std::string::npos) << two.message;
}

TEST(PluginKit, UsesTheHostsVersionGate) {
  std::string error;
  EXPECT_EQ(PluginUnderTest::load(fs::path(KIT_TEST_PLUGIN_DIR) / "libfc_test_wrong_major.so", {}, &error),
            nullptr);
  EXPECT_NE(error.find("plugin API 2.0.0 is incompatible with host API"), std::string::npos) << error;
}

TEST(PluginKit, WarnsOfADeclaredDatasetThatIsNotLoaded) {
  std::string error;
  Options options;
  options.datasets = KIT_TRADE_DATA;
  const auto plugin =
      PluginUnderTest::load(fs::path(KIT_TEST_PLUGIN_DIR) / "libfc_test_good.so", options, &error);
  ASSERT_NE(plugin, nullptr) << error;
  ASSERT_EQ(plugin->warnings().size(), 1U);
  EXPECT_NE(plugin->warnings()[0].find("plugin 'good'"), std::string::npos) << plugin->warnings()[0];
  EXPECT_NE(plugin->warnings()[0].find("declares dataset 'test_data', which is not loaded"),
            std::string::npos)
      << plugin->warnings()[0];
}

// The good test plugin says SUPPORTED for even values but shows no match basis: the host would
// not judge on it, and the kit says so instead of passing the case.
TEST(PluginKit, AVerdictTheHostWouldNotJudgeFails) {
  std::string error;
  const auto plugin = PluginUnderTest::load(fs::path(KIT_TEST_PLUGIN_DIR) / "libfc_test_good.so", {}, &error);
  ASSERT_NE(plugin, nullptr) << error;
  const auto result =
      plugin->check_json(R"({"id":"c1","kind":"count","checkable":true,"quantity":{"value":2}})", &error);
  ASSERT_TRUE(result.has_value()) << error;
  EXPECT_EQ(result->result.verdict(), v1::SUPPORTED);
  EXPECT_EQ(result->reported.verdict(), v1::NOT_ENOUGH_INFO);
  const std::string differed = mismatch(*result, {v1::SUPPORTED, ""});
  EXPECT_EQ(differed.rfind("the plugin says SUPPORTED but factcheck would report NOT_ENOUGH_INFO: ", 0), 0U)
      << differed;
}

TEST(PluginKit, ValidatesTheConfigAgainstTheManifestSchema) {
  std::string error;
  Options options;
  options.config_json = R"({"threshold": -1})";
  EXPECT_EQ(PluginUnderTest::load(fs::path(KIT_TEST_PLUGIN_DIR) / "libfc_test_good.so", options, &error),
            nullptr);
  EXPECT_NE(error.find("invalid config for plugin 'good': /threshold"), std::string::npos) << error;
  options.config_json = R"({"threshold": 3})";
  EXPECT_NE(PluginUnderTest::load(fs::path(KIT_TEST_PLUGIN_DIR) / "libfc_test_good.so", options, &error),
            nullptr)
      << error;
}

// Isolated, a plugin that segfaults costs its claim, named, as under `factcheck check --isolate`.
TEST(PluginKit, IsolatedCrashIsTheClaimsError) {
  std::string error;
  Options options;
  options.isolate = true;
  options.timeout = std::chrono::milliseconds(5000);
  const auto plugin = PluginUnderTest::load(KIT_SEGFAULTING_PLUGIN, options, &error);
  ASSERT_NE(plugin, nullptr) << error;
  const auto result =
      plugin->check_json(R"({"id":"c1","kind":"count","checkable":true,"quantity":{"value":2}})", &error);
  ASSERT_TRUE(result.has_value()) << error;
  EXPECT_NE(result->error.find("checker 'segfaults' crashed (SIGSEGV)"), std::string::npos) << result->error;
  EXPECT_EQ(mismatch(*result, {v1::SUPPORTED, ""}).rfind("the plugin failed on c1: ", 0), 0U);
}

}  // namespace
}  // namespace factcheck::testing
