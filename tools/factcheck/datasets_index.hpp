// `factcheck datasets index`: writes the binary index of packages (data/index.hpp).
#pragma once

#include "cli.hpp"

namespace factcheck::cli {

// Adds index under the `datasets` subcommand.
void add_index_command(CLI::App* datasets, const GlobalOptions& globals, int& exit_code);

}  // namespace factcheck::cli
