#include "datasets_index.hpp"

#include <iostream>

#include "data/index.hpp"
#include "data/package.hpp"

namespace factcheck::cli {

void add_index_command(CLI::App* datasets, const GlobalOptions& globals, int& exit_code) {
  auto* index = datasets->add_subcommand(
      "index",
      "Write the binary index of packages, read at start instead of their CSV (the build does this "
      "for the built-in packages, `datasets add` for installed ones)");
  auto packages = std::make_shared<std::vector<std::string>>();
  auto output = std::make_shared<std::string>();
  index->add_option("package", *packages, "Package directory")->required();
  index->add_option("--output", *output,
                    "Index file (one package only); default: dataset-index/<dir>.fcidx beside the package's "
                    "parent directory");
  index->callback([&globals, &exit_code, packages, output] {
    if (!output->empty() && packages->size() != 1) {
      std::cerr << "factcheck datasets index: --output takes one package\n";
      exit_code = kExitUsage;
      return;
    }
    data::LoadOptions options;
    options.country_names = data::country_names_in(globals.dataset_search_dirs());
    exit_code = kExitOk;
    for (const auto& package : *packages) {
      const std::filesystem::path path =
          output->empty() ? data::index_path_for(package) : std::filesystem::path(*output);
      std::vector<data::DatasetLoadError> problems;
      const bool written = data::write_package_index(package, path, options, &problems);
      for (const auto& problem : problems) {
        if (!problem.warning) std::cerr << problem.to_string() << "\n";
      }
      if (!written) {
        std::cerr << "factcheck datasets index: no index written for " << package << "\n";
        exit_code = kExitUsage;
      }
    }
  });
}

}  // namespace factcheck::cli
