// GoogleTest assertions over the plugin test kit (factcheck/testing.hpp). Header-only: link
// factcheck::testing and GTest::gtest.
//
//   EXPECT_TRUE(factcheck::testing::has_verdict(plugin->check_sentence(sentence).at(0), v1::SUPPORTED));
//   EXPECT_TRUE(factcheck::testing::passes(*plugin, "cases.jsonl"));
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "factcheck/testing.hpp"

namespace factcheck::testing {

// Success when `result` has `verdict` (and, when `indicator` is given, evidence of it); the
// failure message says what differed.
inline ::testing::AssertionResult has_verdict(const Result& result, v1::Verdict verdict,
                                              const std::string& indicator = {}) {
  const std::string differed = mismatch(result, Expectation{verdict, indicator});
  if (differed.empty()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << differed;
}

// Success when every case of a cases file (JSON Lines, see run_case) passes; the failure
// message lists each failing or malformed case with its line.
inline ::testing::AssertionResult passes(const PluginUnderTest& plugin, const std::filesystem::path& cases) {
  std::vector<CaseResult> results;
  std::string error;
  if (!run_cases(plugin, cases, &results, &error)) return ::testing::AssertionFailure() << error;
  if (results.empty()) return ::testing::AssertionFailure() << cases.string() << " holds no case";
  int failed = 0;
  std::string report;
  for (const auto& result : results) {
    if (result.passed) continue;
    ++failed;
    report += "\n  line " + std::to_string(result.line) +
              (result.malformed ? " (malformed)" : " " + result.name) + ": " + result.message;
  }
  if (failed == 0) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << failed << " of " << results.size() << " cases failed:" << report;
}

}  // namespace factcheck::testing
