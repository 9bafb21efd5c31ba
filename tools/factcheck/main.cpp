// factcheck: find the numbers in an article and check them against reference data.
#include <spdlog/spdlog.h>

#include <iostream>

#include "cli.hpp"
#include "factcheck/plugin_abi.h"
#include "util/logging.hpp"
#include "version.hpp"

int main(int argc, char** argv) {
  using namespace factcheck::cli;
  CLI::App app{"factcheck: finds the numbers in an article and checks them against reference datasets",
               "factcheck"};
  app.require_subcommand(1);
  app.fallthrough();  // global options may follow the subcommand
  app.set_version_flag("--version", std::string("factcheck ") + FACTCHECK_VERSION +
                                        " (plugin API " FACTCHECK_API_VERSION_STRING ")");

  GlobalOptions globals;
  app.add_option("--plugin-dir", globals.plugin_dirs,
                 "Directory to load checker plugins from (repeatable; before FACTCHECK_PLUGIN_PATH "
                 "and the bundled plugins)")
      ->type_name("DIR")
      ->allow_extra_args(false);
  app.add_option("--dataset-dir", globals.dataset_dirs,
                 "Directory of dataset packages (repeatable; before FACTCHECK_DATASET_PATH and the "
                 "bundled datasets)")
      ->type_name("DIR")
      ->allow_extra_args(false);
  app.add_option("--log-level", globals.log_level, "Log level on stderr")
      ->check(one_of({"trace", "debug", "info", "warn", "error", "critical", "off"}))
      ->capture_default_str();
  app.add_option("--log-format", globals.log_format, "Log line format")
      ->check(one_of({"text", "json"}))
      ->capture_default_str();
  app.parse_complete_callback([&] {
    factcheck::setup_logging(
        *factcheck::parse_log_level(globals.log_level),
        globals.log_format == "json" ? factcheck::LogFormat::json : factcheck::LogFormat::text);
  });

  int exit_code = kExitOk;
  for (const AddCommand add : registered_commands()) add(app, globals, exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? kExitOk : kExitUsage;
  }
  return exit_code;
}
