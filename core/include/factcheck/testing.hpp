// The test kit for checker plugins (CMake target factcheck::testing; docs/plugin-authoring.md,
// "Testing a plugin"). It loads a plugin library the way the host does (the same loader, API
// version gate, config validation and time budget), answers its dataset queries from real
// Frictionless packages with their bindings, builds claims from proto3 JSON or from a sentence
// through the real extractor, and compares the plugin's verdicts with expected ones.
//
// Plain results for any test framework; factcheck/testing_gtest.hpp adds GoogleTest
// assertions on top.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/v1/plugin.pb.h"
#include "factcheck/v1/types.pb.h"

namespace factcheck::testing {

struct Options {
  // A dataset package directory (holding datapackage.json and factcheck.binding.json), or a
  // directory of such packages. Empty: no datasets (every query finds nothing).
  std::filesystem::path datasets;
  // The plugin's config object, validated against its manifest's schema as the host does.
  std::string config_json = "{}";
  // Publication date (YYYY-MM-DD) of the document the claims come from: the period of a
  // sentence without one, and DocumentContext.published. Empty: today.
  std::string published;
  // Run the plugin in a factcheck-plugin-worker process, as `factcheck check --isolate` does.
  bool isolate = false;
  // Time budget per call, as `--plugin-timeout`.
  std::chrono::milliseconds timeout{200};
};

// One claim through the plugin.
struct Result {
  v1::Claim claim;
  bool covered = false;    // the plugin covered the claim and returned a result
  v1::CheckResult result;  // the plugin's result when covered
  std::string error;       // the host's error for the plugin on this claim (crash, time-out, throw)
  // What `factcheck check` reports for the claim with this plugin alone: the verdict merge,
  // which judges only with evidence and a match basis of confidence at least 0.6.
  v1::ClaimResult reported;
};

struct Expectation {
  v1::Verdict verdict = v1::VERDICT_UNSPECIFIED;
  // When not empty: an evidence row of the result must be of this indicator.
  std::string indicator;
};

// Empty when `result` meets `expected`, else one line saying what differed: the plugin's
// verdict, the verdict factcheck would report from it (a decisive verdict without evidence or
// a sure match basis is not judged), the evidence's indicator.
std::string mismatch(const Result& result, const Expectation& expected);

// "SUPPORTED" <-> v1::SUPPORTED, and so on for every verdict.
std::optional<v1::Verdict> parse_verdict(std::string_view name);
std::string verdict_name(v1::Verdict verdict);

class PluginUnderTest {
 public:
  // Loads the datasets and the plugin library. On failure: nullptr, and *error says why, in
  // the host's words (e.g. "plugin API 2.0.0 is incompatible with host API 1.1.0 ...").
  static std::unique_ptr<PluginUnderTest> load(const std::filesystem::path& library, const Options& options,
                                               std::string* error);
  ~PluginUnderTest();
  PluginUnderTest(const PluginUnderTest&) = delete;
  PluginUnderTest& operator=(const PluginUnderTest&) = delete;

  const v1::PluginInfo& info() const;
  // What loading noticed without failing: broken dataset packages, datasets the plugin
  // declares that are not loaded.
  const std::vector<std::string>& warnings() const;

  // Routes and checks one claim as the host does, in a document published on
  // Options.published (or in `context`).
  Result check(const v1::Claim& claim) const;
  Result check(const v1::Claim& claim, const v1::DocumentContext& context) const;
  // A claim written as the proto3 JSON of factcheck.v1.Claim; nullopt and *error if malformed.
  std::optional<Result> check_json(std::string_view claim_json, std::string* error) const;
  // The checkable claims the extractor finds in `sentence` of a document published on
  // `published` (empty: Options.published), and the context the host would give them; false
  // and *error on failure.
  bool extract(std::string_view sentence, std::vector<v1::Claim>* claims, std::string* error,
               std::string_view published = {}, v1::DocumentContext* context = nullptr) const;
  // Each checkable claim of `sentence`, checked (none when extraction fails).
  std::vector<Result> check_sentence(std::string_view sentence, std::string_view published = {}) const;

 private:
  struct Impl;
  explicit PluginUnderTest(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// One line of a cases file (JSON Lines): a claim and the verdict expected for it.
//   {"sentence": "...", "expect": "SUPPORTED"}
//   {"claim": {...proto3 JSON of factcheck.v1.Claim...}, "expect": "REFUTED"}
// Optional: "indicator" (an evidence row must be of it), "claim_text" (which claim of the
// sentence, by its text, when it has several), "published" (YYYY-MM-DD, for the sentence),
// "name" (printed instead of the sentence). Blank lines are skipped.
struct CaseResult {
  int line = 0;
  std::string name;  // the case's name, or its sentence or claim text
  bool passed = false;
  bool malformed = false;  // the line is not a valid case (message says why)
  std::string message;     // what differed, or why the line is malformed; empty when passed
};

CaseResult run_case(const PluginUnderTest& plugin, std::string_view line, int line_number);
// Every case of a file; false and *error when it cannot be read.
bool run_cases(const PluginUnderTest& plugin, const std::filesystem::path& cases,
               std::vector<CaseResult>* results, std::string* error);

}  // namespace factcheck::testing
