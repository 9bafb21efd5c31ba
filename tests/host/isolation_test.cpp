// Isolated plugins and time budgets, with real misbehaving libraries: a plugin that
// segfaults on every claim and one that never returns, beside a good one. The good plugin's
// results (and its dataset queries, answered by the host across the worker's socket) survive;
// the bad plugin's claims carry an error naming it.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "host_test_support.hpp"
#include "plugin/call_runner.hpp"
#include "plugin/plugin_host.hpp"

namespace factcheck::plugin {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

const fs::path kGood = fs::path(TEST_PLUGIN_DIR) / "libfc_test_good.so";
const fs::path kCrashing = CRASHING_PLUGIN;
const fs::path kLooping = LOOPING_PLUGIN;

using test_support::claim;
using test_support::OneRowDatasets;

RuntimeOptions runtime(Isolation isolation, milliseconds timeout) {
  RuntimeOptions options;
  options.isolation = isolation;
  options.timeout = timeout;
  options.process.worker_executable = WORKER_EXECUTABLE;
  options.process.workers = 2;
  return options;
}

// The good plugin's verdicts: c1 (4) supported and c2 (7) refuted, each with the evidence
// row its query fetched from the host.
void expect_good_results(const std::vector<ClaimOutcome>& outcomes) {
  ASSERT_EQ(outcomes.size(), 2U);
  const v1::Verdict expected[] = {v1::SUPPORTED, v1::REFUTED};
  for (size_t i = 0; i < 2; ++i) {
    bool seen = false;
    for (const auto& result : outcomes[i].results) {
      if (result.plugin() != "good") continue;
      seen = true;
      EXPECT_EQ(result.verdict(), expected[i]);
      ASSERT_EQ(result.evidence_size(), 1);
      EXPECT_EQ(result.evidence(0).dataset(), "test_data:test");
    }
    EXPECT_TRUE(seen) << "claim " << i;
  }
}

// Each claim has exactly one error, and it contains `text`.
void expect_errors(const std::vector<ClaimOutcome>& outcomes, const std::string& text) {
  for (const auto& outcome : outcomes) {
    ASSERT_EQ(outcome.errors.size(), 1U);
    EXPECT_NE(outcome.errors[0].find(text), std::string::npos) << outcome.errors[0];
  }
}

TEST(PluginIsolation, AnIsolatedPluginChecksAndQueriesTheHostsStore) {
  PluginHost host(std::make_shared<OneRowDatasets>(), runtime(Isolation::process, milliseconds(2000)));
  ASSERT_TRUE(host.load_file(kGood).is_ok());
  ASSERT_EQ(host.plugins().size(), 1U);
  EXPECT_EQ(host.plugins()[0]->info().name(), "good");
  EXPECT_EQ(host.plugins()[0]->info().path(), kGood.string());
  // More calls than workers, from several threads at once.
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) expect_good_results(host.check({claim("c1", 4), claim("c2", 7)}, {}));
    });
  }
  for (auto& thread : threads) thread.join();
}

TEST(PluginIsolation, AnIsolatedPluginThatIsRefusedReportsWhyAsInProcess) {
  PluginHost host(std::make_shared<OneRowDatasets>(), runtime(Isolation::process, milliseconds(2000)));
  const Status status = host.load_file(fs::path(TEST_PLUGIN_DIR) / "libfc_test_wrong_major.so");
  ASSERT_FALSE(status.is_ok());
  EXPECT_NE(status.message().find("2.0.0"), std::string::npos) << status.message();
  EXPECT_FALSE(host.load_file(fs::path(TEST_PLUGIN_DIR) / "libfc_test_init_fails.so").is_ok());
  EXPECT_NE(host.errors().back().message.find("refusing to start"), std::string::npos)
      << host.errors().back().message;
}

TEST(PluginIsolation, ACrashCostsOnlyTheCrashingPluginsClaimsAndTheWorkerRestarts) {
  PluginHost host(std::make_shared<OneRowDatasets>(), runtime(Isolation::process, milliseconds(2000)));
  ASSERT_TRUE(host.load_file(kGood).is_ok());
  ASSERT_TRUE(host.load_file(kCrashing).is_ok());
  for (int call = 0; call < 3; ++call) {
    const auto outcomes = host.check({claim("c1", 4), claim("c2", 7)}, {});
    expect_good_results(outcomes);
    expect_errors(outcomes, "checker 'segfaults' ");
    if (call == 0) expect_errors(outcomes, "checker 'segfaults' crashed (SIGSEGV) on this claim");
  }
}

TEST(PluginIsolation, AnIsolatedPluginPastItsBudgetIsKilledAndItsClaimsTimedOut) {
  PluginHost host(std::make_shared<OneRowDatasets>(), runtime(Isolation::process, milliseconds(150)));
  ASSERT_TRUE(host.load_file(kGood).is_ok());
  ASSERT_TRUE(host.load_file(kLooping).is_ok());
  for (int call = 0; call < 2; ++call) {
    const auto started = Clock::now();
    const auto outcomes = host.check({claim("c1", 4), claim("c2", 7)}, {});
    EXPECT_LT(Clock::now() - started, milliseconds(1150));
    expect_good_results(outcomes);
    expect_errors(outcomes, "checker 'loops' timed out on this claim (over its 150 ms limit)");
  }
}

TEST(PluginIsolation, AnInProcessPluginPastItsBudgetIsAbandonedAndCountedStuck) {
  PluginHost host(std::make_shared<OneRowDatasets>(), runtime(Isolation::in_process, milliseconds(100)));
  ASSERT_TRUE(host.load_file(kGood).is_ok());
  ASSERT_TRUE(host.load_file(kLooping).is_ok());
  const Plugin& looping = *host.plugins()[1];
  for (int call = 0; call < 2; ++call) {
    const auto started = Clock::now();
    const auto outcomes = host.check({claim("c1", 4), claim("c2", 7)}, {});
    EXPECT_LT(Clock::now() - started, milliseconds(1100));
    expect_good_results(outcomes);
    expect_errors(outcomes, "checker 'loops' timed out on this claim (over its 100 ms limit)");
    EXPECT_EQ(looping.backend().stuck_calls(), call + 1);
  }
  EXPECT_GE(CallRunner::shared().stuck_calls(), 2);
  // Two threads stuck: the plugin is not called again, and the call returns at once.
  const auto started = Clock::now();
  const auto outcomes = host.check({claim("c1", 4), claim("c2", 7)}, {});
  EXPECT_LT(Clock::now() - started, milliseconds(100));
  expect_good_results(outcomes);
  expect_errors(outcomes, "checker 'loops' not called: 2 of its calls are stuck");
}

// The plugins of a document are called in one task; one stuck first leaves the others to a
// new task, and a call made outside the host (a tool's Plugin::check) is watched on its own.
TEST(PluginIsolation, PluginsAfterAStuckOneAreStillCalled) {
  PluginHost host(std::make_shared<OneRowDatasets>(), runtime(Isolation::in_process, milliseconds(100)));
  ASSERT_TRUE(host.load_file(kLooping).is_ok());
  ASSERT_TRUE(host.load_file(kGood).is_ok());
  const auto started = Clock::now();
  const auto outcomes = host.check({claim("c1", 4), claim("c2", 7)}, {});
  EXPECT_LT(Clock::now() - started, milliseconds(1100));
  expect_good_results(outcomes);
  expect_errors(outcomes, "checker 'loops' timed out on this claim (over its 100 ms limit)");
  EXPECT_EQ(host.plugins()[0]->backend().stuck_calls(), 1);

  v1::CheckRequest request;
  *request.add_claims() = claim("c1", 4);
  v1::CheckResponse response;
  const auto alone = Clock::now();
  const Status status = host.plugins()[0]->check(request, &response);
  EXPECT_LT(Clock::now() - alone, milliseconds(1100));
  EXPECT_EQ(status.code(), Status::Code::deadline_exceeded);
  EXPECT_EQ(status.message(), "checker 'loops' timed out on this claim (over its 100 ms limit)");
  EXPECT_EQ(host.plugins()[0]->backend().stuck_calls(), 2);
}

TEST(PluginIsolation, PerPluginSettingsOverrideTheDefaults) {
  RuntimeOptions options = runtime(Isolation::in_process, milliseconds(2000));
  options.plugins["segfaults"] = PluginRuntime{Isolation::process, milliseconds(500)};
  PluginHost host(std::make_shared<OneRowDatasets>(), options);
  ASSERT_TRUE(host.load_file(kGood).is_ok());
  ASSERT_TRUE(host.load_file(kCrashing).is_ok());
  const auto outcomes = host.check({claim("c1", 4), claim("c2", 7)}, {});
  expect_good_results(outcomes);
  expect_errors(outcomes, "checker 'segfaults' crashed (SIGSEGV) on this claim");
}

}  // namespace
}  // namespace factcheck::plugin
