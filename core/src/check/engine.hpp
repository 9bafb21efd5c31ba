// The embedded checking engine: one immutable, thread-safe bundle of the extractor (with its
// tolerance policy), the dataset store and the loaded checker plugins.
//
// CONTRACT shared by the CLI (`factcheck check`), the gRPC service and the report writers.
// A reload builds a new Engine and swaps the shared_ptr; calls in flight keep the old one.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "factcheck/v1/plugin.pb.h"
#include "factcheck/v1/types.pb.h"
#include "plugin/runtime_options.hpp"
#include "util/status.hpp"

namespace factcheck::check {

struct EngineOptions {
  // Searched in order (see util/install_paths.hpp for how the CLI builds these lists).
  std::vector<std::filesystem::path> plugin_dirs;
  std::vector<std::filesystem::path> dataset_dirs;
  // Plugin name -> config object, validated against each plugin's schema.
  nlohmann::json plugin_configs = nlohmann::json::object();
  // Tolerance policy file (JSON, docs/verdicts.md); empty = the built-in defaults.
  std::filesystem::path policy_file;
  // In-process or isolated, and time budgets (plugin/runtime_options.hpp).
  plugin::RuntimeOptions plugin_runtime;
  // Match confidence a decisive verdict needs, over the policy's min_match_confidence; unset:
  // the policy's, else kDefaultMinConfidence (check/verdict_merge.hpp).
  std::optional<double> min_confidence;
};

// The context plugins get for the claims extracted from `document` (`list`): publication date
// (the dateline's, else the document's), language, title, as-known-on date, main entities.
v1::DocumentContext document_context(const v1::Document& document, const v1::ClaimList& list);

// Polled between claims; returning true stops the work (deadline passed, client gone).
using StopRequested = std::function<bool()>;

class Engine {
 public:
  virtual ~Engine() = default;

  // Loads everything. Broken plugins or datasets are skipped and described in `load_errors()`;
  // only a failure that leaves nothing usable (e.g. an unreadable policy file) is an error.
  static Status load(const EngineOptions& options, std::shared_ptr<const Engine>* engine);

  // Extraction only. `document.published` empty: a dateline in the text, else today (warning).
  virtual Status extract(const v1::Document& document, v1::ClaimList* claims) const = 0;

  // Extraction, routing, plugins and verdict merge: the whole report.
  virtual Status check(const v1::Document& document, v1::Report* report,
                       const StopRequested& stop = {}) const = 0;

  // As check, delivering each ClaimResult as soon as it is final. `on_claim` returning false
  // stops the run (e.g. the client went away). The summary is filled at the end.
  virtual Status check_stream(const v1::Document& document,
                              const std::function<bool(const v1::ClaimResult&)>& on_claim,
                              v1::Summary* summary, const StopRequested& stop = {}) const = 0;

  // Checks claims a client built itself (no extraction).
  virtual Status check_claims(const std::vector<v1::Claim>& claims, const v1::DocumentContext& context,
                              std::vector<v1::ClaimResult>* results,
                              const StopRequested& stop = {}) const = 0;

  virtual std::vector<v1::PluginInfo> checkers() const = 0;
  virtual std::vector<v1::DatasetInfo> datasets() const = 0;
  // What could not be loaded: "<path>: <reason>", one entry per broken plugin or dataset.
  virtual const std::vector<std::string>& load_errors() const = 0;

  // One line per dataset package that has errors and was left out (the others load); each
  // report of this engine carries them as warnings. Empty for an engine that does not load
  // datasets itself.
  virtual std::vector<std::string> broken_datasets() const { return {}; }
};

}  // namespace factcheck::check
