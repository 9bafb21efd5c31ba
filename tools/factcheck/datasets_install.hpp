// `factcheck datasets add|remove|update`: the user's installed packages (docs/datasets.md).
#pragma once

#include "cli.hpp"

namespace factcheck::cli {

// Adds add, remove and update under the `datasets` subcommand.
void add_install_commands(CLI::App* datasets, int& exit_code);

}  // namespace factcheck::cli
