// `factcheck check FILE|-`: every number in an article with a verdict, its
// evidence and an explanation. Runs embedded: the plugins and datasets found on
// the search paths; with --server, a factcheck server checks it (rpc/client.hpp).
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <regex>

#include "check/engine.hpp"
#include "cli.hpp"
#include "io/article_reader.hpp"
#include "report/json_report.hpp"
#include "report/text_report.hpp"
#include "rpc/client.hpp"

namespace factcheck::cli {
namespace {

struct CheckOptions {
  std::string input;
  std::string published;
  std::string format = "text";
  std::string policy;
  std::string plugin_config;
  std::string servers;
  std::string token;
  std::string server_ca;
};

bool colour_wanted() {
  const char* no_colour = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) == 1 && (no_colour == nullptr || no_colour[0] == '\0');
}

// Plugin configs: a JSON object mapping plugin name to its config object.
bool read_plugin_configs(const std::string& path, nlohmann::json* configs) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "factcheck check: cannot read plugin config " << path << "\n";
    return false;
  }
  try {
    *configs = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& error) {
    std::cerr << "factcheck check: plugin config " << path << " is not valid JSON: " << error.what() << "\n";
    return false;
  }
  if (!configs->is_object()) {
    std::cerr << "factcheck check: plugin config " << path
              << " must be a JSON object of plugin name -> config\n";
    return false;
  }
  return true;
}

int print_report(const v1::Report& report, const std::string& format) {
  if (format == "json") {
    if (Status written = report::write_json_report(report, std::cout); !written) {
      std::cerr << "factcheck check: " << written.message() << "\n";
      return kExitFailure;
    }
  } else {
    report::write_text_report(report, std::cout, {.colour = colour_wanted()});
  }
  const auto& summary = report.summary();
  return summary.refuted() + summary.conflicting() > 0 ? kExitFindings : kExitOk;
}

// Client mode: the same report from a server, printed the same way.
int check_on_server(const v1::Document& document, const CheckOptions& options) {
  rpc::ClientOptions client;
  client.token = options.token;
  client.ca_file = options.server_ca;
  v1::Report report;
  if (Status checked = rpc::check_remote(options.servers, client, document, &report); !checked) {
    std::cerr << "factcheck check: " << checked.message() << "\n";
    return checked.code() == Status::Code::invalid_argument ? kExitUsage : kExitFailure;
  }
  return print_report(report, options.format);
}

int run_check(const GlobalOptions& globals, const CheckOptions& options) {
  v1::Document document;
  if (Status read = io::read_article(options.input, &document); !read) {
    std::cerr << "factcheck check: " << read.message() << "\n";
    return kExitUsage;
  }
  if (!options.published.empty()) document.set_published(options.published);
  if (!options.servers.empty()) return check_on_server(document, options);

  check::EngineOptions engine_options;
  engine_options.plugin_dirs = globals.plugin_search_dirs();
  engine_options.dataset_dirs = globals.dataset_search_dirs();
  engine_options.policy_file = options.policy;
  if (!options.plugin_config.empty() &&
      !read_plugin_configs(options.plugin_config, &engine_options.plugin_configs)) {
    return kExitUsage;
  }
  std::shared_ptr<const check::Engine> engine;
  if (Status loaded = check::Engine::load(engine_options, &engine); !loaded) {
    std::cerr << "factcheck check: " << loaded.message() << "\n";
    return loaded.code() == Status::Code::invalid_argument ? kExitUsage : kExitFailure;
  }
  for (const auto& error : engine->load_errors()) std::cerr << "factcheck check: skipped " << error << "\n";
  if (engine->checkers().empty()) {
    std::cerr << "factcheck check: no checker plugin could be loaded (see "
                 "--plugin-dir, FACTCHECK_PLUGIN_PATH)\n";
    return kExitFailure;
  }

  v1::Report report;
  if (Status checked = engine->check(document, &report); !checked) {
    std::cerr << "factcheck check: " << checked.message() << "\n";
    return checked.code() == Status::Code::invalid_argument ? kExitUsage : kExitFailure;
  }
  return print_report(report, options.format);
}

void add_check_command(CLI::App& app, const GlobalOptions& globals, int& exit_code) {
  auto options = std::make_shared<CheckOptions>();
  auto* check = app.add_subcommand("check",
                                   "Check every number in an article: verdict, evidence and "
                                   "explanation per claim. Exit code 0: "
                                   "nothing refuted; 1: something refuted or conflicting; 2: usage "
                                   "or input error");
  check
      ->add_option("FILE", options->input,
                   "Article to check (UTF-8 text, optional front matter); - for stdin")
      ->required();
  check->add_option("--published", options->published, "Publication date (overrides the front matter)")
      ->type_name("YYYY-MM-DD")
      ->check(CLI::Validator(
          [](const std::string& value) {
            return std::regex_match(value, std::regex(R"(\d{4}-\d{2}-\d{2})"))
                       ? std::string()
                       : "expected YYYY-MM-DD, got " + value;
          },
          "YYYY-MM-DD"));
  check->add_option("--format", options->format, "Output format")
      ->check(one_of({"text", "json"}))
      ->capture_default_str();
  auto* policy =
      check->add_option("--policy", options->policy, "Tolerance policy file (JSON; see docs/verdicts.md)")
          ->check(CLI::ExistingFile);
  auto* plugin_config =
      check->add_option("--plugin-config", options->plugin_config, "JSON object: plugin name -> its config")
          ->check(CLI::ExistingFile);
  auto* server = check
                     ->add_option("--server", options->servers,
                                  "Check on factcheck servers instead of in-process, round-robin over "
                                  "the list (docs/api.md); same output")
                     ->type_name("HOST:PORT[,HOST:PORT...]");
  server->excludes(policy)->excludes(plugin_config);
  check->add_option("--token", options->token, "Bearer token for --server")->envname("FACTCHECK_TOKEN");
  check->add_option("--server-ca", options->server_ca, "PEM root certificates: talk TLS to --server")
      ->check(CLI::ExistingFile);
  check->callback([&globals, &exit_code, options] { exit_code = run_check(globals, *options); });
}

const CommandRegistration kRegistration(20, &add_check_command);

}  // namespace
}  // namespace factcheck::cli
