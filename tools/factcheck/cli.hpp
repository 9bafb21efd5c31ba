// Shared pieces of the `factcheck` command line: global options and exit codes.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

namespace factcheck::cli {

// Documented in docs/cli.md; linters' convention.
enum ExitCode : int {
  kExitOk = 0,        // success; nothing refuted or conflicting
  kExitFindings = 1,  // a claim was refuted or conflicting (check)
  kExitUsage = 2,     // usage or input error (bad flag, unreadable or invalid input)
  kExitFailure = 3,   // the run failed (e.g. no plugin could be loaded, server unreachable)
};

struct GlobalOptions {
  std::vector<std::string> plugin_dirs;
  std::vector<std::string> dataset_dirs;
  std::string log_level = "warn";
  std::string log_format = "text";

  // Flags, then FACTCHECK_PLUGIN_PATH, then the install's own lib/factcheck/plugins.
  std::vector<std::filesystem::path> plugin_search_dirs() const;
  // Flags, then FACTCHECK_DATASET_PATH, then the user's installed datasets (user_dataset_dir),
  // then the install's own share/factcheck/datasets.
  std::vector<std::filesystem::path> dataset_search_dirs() const;
};

// Adds one subcommand to `app`; when it runs, it stores its exit code in `exit_code`.
using AddCommand = void (*)(CLI::App& app, const GlobalOptions& globals, int& exit_code);

// Each cmd_*.cpp registers its subcommand with a static CommandRegistration; `order` sets
// the order in --help.
struct CommandRegistration {
  CommandRegistration(int order, AddCommand add);
};

// The registered commands, sorted by order.
std::vector<AddCommand> registered_commands();

// Checks a --format value against the allowed ones, for CLI11's `check`.
CLI::Validator one_of(std::vector<std::string> choices);

}  // namespace factcheck::cli
