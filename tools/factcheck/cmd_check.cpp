// `factcheck check FILE|-`: every number in an article with a verdict, its
// evidence and an explanation. Runs embedded: the plugins and datasets found on
// the search paths. Several files or a directory: batch mode (docs/outputs.md).
// With --server, factcheck servers do the checking (docs/api.md); the output is the same.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <regex>
#include <thread>

#include "batch/batch.hpp"
#include "batch/output_format.hpp"
#include "check/engine.hpp"
#include "cli.hpp"
#include "io/article_reader.hpp"
#include "plugin/call_runner.hpp"
#include "rpc/client.hpp"

namespace factcheck::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> inputs;
  std::string published;
  std::string as_known_on;
  std::string format = "text";
  std::string policy;
  std::optional<double> min_confidence;
  std::string plugin_config;
  std::string output;
  std::string output_dir;
  unsigned jobs = std::max(1U, std::thread::hardware_concurrency());
  report::ClaimReviewOptions claimreview;
  std::string servers;
  rpc::ClientOptions client;
  bool isolate = false;
  unsigned plugin_timeout_ms = 200;
  double deadline_seconds = 60;
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

// A config the user gave must reach a loaded plugin that accepted it: a typo in a plugin name
// or a config refused by the plugin's schema is a usage error, not a silent change of checkers.
bool configs_apply(const nlohmann::json& configs, const check::Engine& engine, const std::string& path) {
  const auto checkers = engine.checkers();
  bool ok = true;
  for (const auto& [name, config] : configs.items()) {
    const bool loaded =
        std::any_of(checkers.begin(), checkers.end(), [&](const auto& info) { return info.name() == name; });
    if (!loaded) {
      std::cerr << "factcheck check: " << path << ": plugin '" << name
                << "' is not loaded (its config was refused, or no such plugin)\n";
      ok = false;
    }
  }
  return ok;
}

// Loads the engine once for the whole run; returns an exit code on failure, -1 on success.
int load_engine(const GlobalOptions& globals, const CheckOptions& options,
                std::shared_ptr<const check::Engine>* loaded_engine) {
  check::EngineOptions engine_options;
  engine_options.plugin_dirs = globals.plugin_search_dirs();
  engine_options.dataset_dirs = globals.dataset_search_dirs();
  engine_options.policy_file = options.policy;
  engine_options.plugin_runtime.isolation =
      options.isolate ? plugin::Isolation::process : plugin::Isolation::in_process;
  engine_options.plugin_runtime.timeout = std::chrono::milliseconds(options.plugin_timeout_ms);
  engine_options.min_confidence = options.min_confidence;
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
  if (!engine->broken_datasets().empty()) {
    std::cerr << "factcheck check: some dataset packages are broken: the others are used, and the exit code "
                 "will be 3\n";
  }
  if (!options.plugin_config.empty() &&
      !configs_apply(engine_options.plugin_configs, *engine, options.plugin_config)) {
    return kExitUsage;
  }
  if (engine->checkers().empty()) {
    std::cerr << "factcheck check: no checker plugin could be loaded (see "
                 "--plugin-dir, FACTCHECK_PLUGIN_PATH)\n";
    return kExitFailure;
  }
  *loaded_engine = std::move(engine);
  return -1;
}

// Client mode: an engine that sends each call to the next of the --server addresses.
int connect_servers(CheckOptions options, std::shared_ptr<const check::Engine>* engine) {
  options.client.timeout =
      std::chrono::milliseconds(static_cast<std::chrono::milliseconds::rep>(options.deadline_seconds * 1000));
  Status status = rpc::parse_server_list(options.servers, &options.client.servers);
  if (status) status = rpc::connect_remote_engine(options.client, engine);
  if (status) return -1;
  std::cerr << "factcheck check: " << status.message() << "\n";
  return status.code() == Status::Code::invalid_argument ? kExitUsage : kExitFailure;
}

int run_single(const check::Engine& engine, const CheckOptions& options) {
  v1::Document document;
  if (Status read = io::read_article(options.inputs.front(), &document); !read) {
    std::cerr << "factcheck check: " << read.message() << "\n";
    return kExitUsage;
  }
  if (!options.published.empty()) document.set_published(options.published);
  document.set_as_known_on(options.as_known_on);

  v1::Report report;
  if (Status checked = engine.check(document, &report); !checked) {
    std::cerr << "factcheck check: " << checked.message() << "\n";
    return checked.code() == Status::Code::invalid_argument ? kExitUsage : kExitFailure;
  }
  batch::OutputOptions output{.format = options.format,
                              .colour = options.output.empty() && colour_wanted(),
                              .claimreview = options.claimreview};
  std::string rendered;
  if (Status status = batch::render_report(report, output, &rendered); !status) {
    std::cerr << "factcheck check: " << status.message() << "\n";
    return kExitFailure;
  }
  if (options.output.empty()) {
    std::cout << rendered;
  } else if (std::ofstream file(options.output, std::ios::binary); !(file << rendered)) {
    std::cerr << "factcheck check: cannot write " << options.output << "\n";
    return kExitUsage;
  }
  // A checker that failed on a claim (crashed, timed out, threw) leaves the report incomplete.
  for (const auto& claim : report.claims()) {
    if (claim.errors_size() > 0) {
      std::cerr << "factcheck check: a checker failed on claim '" << claim.claim().text()
                << "': " << claim.errors(0) << "\n";
      return kExitFailure;
    }
  }
  const auto& summary = report.summary();
  return summary.refuted() + summary.conflicting() > 0 ? kExitFindings : kExitOk;
}

// One report per article into --output-dir, a line per article (text or JSON lines) and a
// line for the whole batch; a progress bar on stderr when it is a terminal.
int run_batch_check(const check::Engine& engine, const CheckOptions& options) {
  std::vector<batch::Input> inputs;
  if (Status status = batch::collect_inputs(options.inputs, &inputs); !status) {
    std::cerr << "factcheck check: " << status.message() << "\n";
    return kExitUsage;
  }
  if (inputs.empty()) {
    std::cerr << "factcheck check: no articles (.txt, .md, .markdown, .text) found\n";
    return kExitUsage;
  }
  const bool jsonl = options.format == "jsonl";
  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output, std::ios::binary);
    if (!file) {
      std::cerr << "factcheck check: cannot write " << options.output << "\n";
      return kExitUsage;
    }
  }
  std::ostream& lines = options.output.empty() ? std::cout : file;

  const batch::BatchOptions batch_options{.jobs = options.jobs,
                                          .output_dir = options.output_dir,
                                          .extension = batch::report_extension(options.format),
                                          .published = options.published,
                                          .as_known_on = options.as_known_on};
  const batch::OutputOptions output{
      .format = options.format, .colour = false, .claimreview = options.claimreview};
  batch::ProgressBar progress(std::cerr, isatty(STDERR_FILENO) == 1);
  std::size_t failed = 0;
  bool findings = false;
  const auto totals = batch::run_batch(
      engine, inputs, batch_options,
      [&output](const v1::Report& report, std::string* out) {
        return batch::render_report(report, output, out);
      },
      [&](const batch::ArticleOutcome& outcome, std::size_t done, std::size_t total) {
        progress.finish();
        if (!outcome.ok) ++failed;
        findings = findings || outcome.summary.refuted() + outcome.summary.conflicting() > 0;
        if (jsonl) {
          lines << batch::outcome_json(outcome).dump() << "\n";
        } else {
          lines << outcome.path.string() << ": "
                << (outcome.ok ? outcome.summary.line() : "error: " + outcome.error) << "\n";
        }
        lines.flush();
        progress.update(done, total, failed);
      });
  progress.finish();
  (jsonl ? std::cerr : lines) << batch::totals_line(totals) << "\n";
  if (!lines) {
    std::cerr << "factcheck check: cannot write " << (options.output.empty() ? "stdout" : options.output)
              << "\n";
    return kExitFailure;
  }
  return failed > 0 ? kExitUsage : (findings ? kExitFindings : kExitOk);
}

int run_check(const GlobalOptions& globals, const CheckOptions& options) {
  if (options.format == "claimreview" && options.claimreview.author_name.empty()) {
    std::cerr << "factcheck check: ClaimReview needs an author: --claimreview-author NAME or "
                 "FACTCHECK_CLAIMREVIEW_AUTHOR\n";
    return kExitUsage;
  }
  const bool batch_mode =
      batch::is_batch(options.inputs) || options.format == "jsonl" || !options.output_dir.empty();
  if (batch_mode && options.format != "jsonl" && options.output_dir.empty()) {
    std::cerr << "factcheck check: several articles need --output-dir DIR for their reports (or --format "
                 "jsonl)\n";
    return kExitUsage;
  }
  std::shared_ptr<const check::Engine> engine;
  if (const int failed = options.servers.empty() ? load_engine(globals, options, &engine)
                                                 : connect_servers(options, &engine);
      failed >= 0) {
    return failed;
  }
  const int code = batch_mode ? run_batch_check(*engine, options) : run_single(*engine, options);
  // A broken package is not a finding: the run was incomplete, whatever the verdicts say
  // (the report carries the same lines as warnings).
  const auto broken = engine->broken_datasets();
  for (const auto& line : broken) std::cerr << "factcheck check: error: " << line << "\n";
  return !broken.empty() && code != kExitUsage ? kExitFailure : code;
}

CLI::Validator date_validator() {
  return CLI::Validator(
      [](const std::string& value) {
        return std::regex_match(value, std::regex(R"(\d{4}-\d{2}-\d{2})"))
                   ? std::string()
                   : "expected YYYY-MM-DD, got " + value;
      },
      "YYYY-MM-DD");
}

void add_check_command(CLI::App& app, const GlobalOptions& globals, int& exit_code) {
  auto options = std::make_shared<CheckOptions>();
  auto* check = app.add_subcommand("check",
                                   "Check every number in an article: verdict, evidence and "
                                   "explanation per claim. Exit code 0: "
                                   "nothing refuted; 1: something refuted or conflicting; 2: usage "
                                   "or input error");
  check
      ->add_option("FILE", options->inputs,
                   "Article(s) to check (UTF-8 text, optional front matter); - for stdin; several files or a "
                   "directory: batch mode")
      ->required();
  check->add_option("--published", options->published, "Publication date (overrides the front matter)")
      ->type_name("YYYY-MM-DD")
      ->check(date_validator());
  check
      ->add_option("--as-known-on", options->as_known_on,
                   "Check against the datasets as known on this date: of each dataset installed in several "
                   "vintages, the newest not after it (default: the publication date where an older vintage "
                   "is installed, else the newest)")
      ->type_name("YYYY-MM-DD")
      ->check(date_validator());
  check->add_option("--format", options->format, "Output format (jsonl: batch, one JSON line per article)")
      ->check(one_of(batch::format_names()))
      ->capture_default_str();
  check->add_option("-o,--output", options->output,
                    "Write the output (batch: the per-article lines) to FILE");
  check->add_option("--output-dir", options->output_dir, "Batch: one report per article into DIR");
  check->add_option("--jobs,-j", options->jobs, "Batch: articles checked in parallel")
      ->check(CLI::Range(1U, 256U))
      ->capture_default_str();
  check
      ->add_option("--claimreview-author", options->claimreview.author_name,
                   "ClaimReview: the reviewing organisation")
      ->envname("FACTCHECK_CLAIMREVIEW_AUTHOR");
  check->add_option("--claimreview-author-url", options->claimreview.author_url, "ClaimReview: its URL")
      ->envname("FACTCHECK_CLAIMREVIEW_AUTHOR_URL");
  check
      ->add_option("--claimreview-url", options->claimreview.review_url,
                   "ClaimReview: URL of the page publishing the reviews (each review: URL#claim-id; {id}: "
                   "the article id)")
      ->envname("FACTCHECK_CLAIMREVIEW_URL");
  auto* policy =
      check->add_option("--policy", options->policy, "Tolerance policy file (JSON; see docs/verdicts.md)")
          ->check(CLI::ExistingFile);
  auto* min_confidence =
      check
          ->add_option("--min-confidence", options->min_confidence,
                       "Match confidence (0..1) a SUPPORTED/REFUTED/CONFLICTING verdict needs; lower trades "
                       "certainty for coverage (default: the policy's min_match_confidence, else 0.6)")
          ->check(CLI::Range(0.0, 1.0));
  auto* plugin_config =
      check->add_option("--plugin-config", options->plugin_config, "JSON object: plugin name -> its config")
          ->check(CLI::ExistingFile);
  check
      ->add_option("--server", options->servers,
                   "Check on factcheck servers instead of in-process, round-robin over the list "
                   "(docs/api.md); same output")
      ->type_name("HOST:PORT[,HOST:PORT...]")
      ->excludes(policy)
      ->excludes(min_confidence)
      ->excludes(plugin_config);
  check->add_flag("--isolate", options->isolate,
                  "Run every plugin in its own sandboxed worker process: a plugin that crashes or hangs "
                  "costs only its claims (docs/api.md, \"Isolated plugins\")");
  check
      ->add_option(
          "--plugin-timeout", options->plugin_timeout_ms,
          "Time budget of each plugin call, ms (0: none); its claims are answered \"timed out\" past it")
      ->capture_default_str();
  check->add_option("--deadline", options->deadline_seconds, "With --server: seconds each call may take")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  check->add_option("--token", options->client.token, "Bearer token for --server")
      ->envname("FACTCHECK_TOKEN");
  check->add_option("--server-ca", options->client.ca_file, "PEM root certificates: talk TLS to --server")
      ->check(CLI::ExistingFile);
  check->callback([&globals, &exit_code, options] {
    exit_code = run_check(globals, *options);
    if (plugin::CallRunner::shared().stuck_calls() > 0) {
      // A plugin thread stuck past its time limit cannot be stopped, and must not run while the
      // process tears its statics down: leave now.
      std::cout.flush();
      std::cerr.flush();
      std::_Exit(exit_code);
    }
  });
}

const CommandRegistration kRegistration(20, &add_check_command);

}  // namespace
}  // namespace factcheck::cli
