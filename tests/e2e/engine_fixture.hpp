// The engine the end-to-end tests share: loaded once, with the plugins of the build tree and
// the built-in datasets.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "check/engine.hpp"

namespace factcheck::e2e {

inline std::shared_ptr<const check::Engine> shared_engine() {
  static const std::shared_ptr<const check::Engine> engine = [] {
    check::EngineOptions options;
    options.plugin_dirs = {FACTCHECK_E2E_PLUGIN_DIR};
    options.dataset_dirs = {FACTCHECK_E2E_DATASET_DIR};
    std::shared_ptr<const check::Engine> loaded;
    const Status status = check::Engine::load(options, &loaded);
    if (!status) ADD_FAILURE() << "engine failed to load: " << status.message();
    return loaded;
  }();
  return engine;
}

// The report of a document given as text and publication date.
inline v1::Report check_text(const std::string& text, const std::string& published) {
  v1::Document document;
  document.set_text(text);
  document.set_published(published);
  v1::Report report;
  const Status status = shared_engine()->check(document, &report);
  EXPECT_TRUE(status) << status.message();
  return report;
}

// The first claim whose text is `claim_text`, or nullptr.
inline const v1::ClaimResult* find_claim(const v1::Report& report, const std::string& claim_text) {
  for (const auto& result : report.claims()) {
    if (result.claim().text() == claim_text) return &result;
  }
  return nullptr;
}

}  // namespace factcheck::e2e
