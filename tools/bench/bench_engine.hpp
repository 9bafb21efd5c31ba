// The engine the benchmarks share: the build tree's plugins and the built-in datasets,
// loaded once per process. A benchmark without its whole engine would measure something else,
// so a load failure or error ends the process with the reason.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "check/engine.hpp"
#include "util/logging.hpp"

namespace factcheck::bench {

// Log lines (plugin loads, warnings) go to stderr, so that stdout holds only the benchmark's
// output (`--benchmark_format=json` stays JSON); info lines are left out of the measurement.
inline void log_to_stderr() {
  static const bool installed = [] {
    setup_logging(spdlog::level::warn);
    return true;
  }();
  (void)installed;
}

// An engine whose plugins run as `runtime` says (in-process or isolated, time budgets).
inline std::shared_ptr<const check::Engine> load_bench_engine(const plugin::RuntimeOptions& runtime) {
  log_to_stderr();
  check::EngineOptions options;
  options.plugin_dirs = {FACTCHECK_BENCH_PLUGIN_DIR};
  options.dataset_dirs = {FACTCHECK_BENCH_DATASET_DIR};
  options.plugin_runtime = runtime;
  std::shared_ptr<const check::Engine> loaded;
  if (Status status = check::Engine::load(options, &loaded); !status) {
    std::fprintf(stderr, "engine failed to load: %s\n", status.message().c_str());
    std::exit(1);
  }
  // A skipped plugin or dataset would make the numbers those of a smaller engine.
  if (!loaded->load_errors().empty()) {
    std::fprintf(stderr, "engine loaded with errors, first: %s\n", loaded->load_errors().front().c_str());
    std::exit(1);
  }
  return loaded;
}

// The engine with the default runtime (in-process plugins, each call within its budget).
inline const check::Engine& bench_engine() {
  static const std::shared_ptr<const check::Engine> engine = load_bench_engine({});
  return *engine;
}

}  // namespace factcheck::bench
