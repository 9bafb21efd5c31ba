// `factcheck plugins list`: what the host finds and loads, and what it refused.
// `factcheck plugins test PLUGIN.so --cases FILE`: a plugin's verdicts against expected ones.
#include <google/protobuf/util/json_util.h>

#include <iostream>

#include "cli.hpp"
#include "factcheck/testing.hpp"
#include "plugin/plugin_host.hpp"

namespace factcheck::cli {
namespace {

std::string join(const google::protobuf::RepeatedPtrField<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ",") + item;
  return out.empty() ? "-" : out;
}

void print_text(const plugin::PluginHost& host) {
  for (const auto& plugin : host.plugins()) {
    const auto& info = plugin->info();
    std::cout << info.name() << " " << info.version() << "  (API " << info.api_version() << ")\n"
              << "  " << info.description() << "\n"
              << "  path:        " << info.path() << "\n"
              << "  claim kinds: " << join(info.claim_kinds()) << "\n"
              << "  datasets:    " << join(info.datasets()) << "\n";
  }
  if (host.plugins().empty()) std::cout << "no plugins loaded\n";
  for (const auto& error : host.errors()) {
    std::cout << "refused " << error.path.string() << ": " << error.message << "\n";
  }
}

void print_json(const plugin::PluginHost& host) {
  nlohmann::json out = {{"plugins", nlohmann::json::array()}, {"errors", nlohmann::json::array()}};
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = false;
  for (const auto& plugin : host.plugins()) {
    std::string json;
    (void)google::protobuf::util::MessageToJsonString(plugin->info(), &json, options);
    out["plugins"].push_back(nlohmann::json::parse(json));
  }
  for (const auto& error : host.errors()) {
    out["errors"].push_back({{"path", error.path.string()}, {"message", error.message}});
  }
  std::cout << out.dump(2) << "\n";
}

struct TestOptions {
  std::string plugin;
  std::string cases;
  testing::Options kit;
};

// Runs the cases; exit 0 when all pass, 1 when one fails, 2 for a malformed case or an
// unreadable file, 3 when the plugin cannot be loaded.
int run_plugin_test(const TestOptions& options) {
  std::string error;
  const auto plugin = testing::PluginUnderTest::load(options.plugin, options.kit, &error);
  if (!plugin) {
    std::cerr << "factcheck plugins test: cannot load " << options.plugin << ": " << error << "\n";
    return kExitFailure;
  }
  for (const auto& warning : plugin->warnings())
    std::cerr << "factcheck plugins test: warning: " << warning << "\n";
  std::vector<testing::CaseResult> results;
  if (!testing::run_cases(*plugin, options.cases, &results, &error)) {
    std::cerr << "factcheck plugins test: " << error << "\n";
    return kExitUsage;
  }
  int passed = 0, failed = 0, malformed = 0;
  for (const auto& result : results) {
    if (result.malformed) {
      ++malformed;
      std::cout << "ERROR line " << result.line << ": malformed case: " << result.message << "\n";
    } else if (result.passed) {
      ++passed;
      std::cout << "PASS  line " << result.line << ": " << result.name << "\n";
    } else {
      ++failed;
      std::cout << "FAIL  line " << result.line << ": " << result.name << ": " << result.message << "\n";
    }
  }
  std::cout << results.size() << " cases: " << passed << " passed, " << failed << " failed, " << malformed
            << " malformed (" << plugin->info().name() << " " << plugin->info().version() << ")\n";
  if (malformed > 0 || results.empty()) return kExitUsage;
  return failed > 0 ? kExitFindings : kExitOk;
}

void add_test_command(CLI::App& plugins, int& exit_code) {
  auto options = std::make_shared<TestOptions>();
  auto* test = plugins.add_subcommand(
      "test",
      "Check a plugin's verdicts on cases (JSON Lines: a sentence or claim and the verdict expected)");
  test->add_option("plugin", options->plugin, "The plugin library (.so)")->required();
  test->add_option("--cases", options->cases, "Cases file, one JSON object a line")->required();
  test->add_option("--datasets", options->kit.datasets,
                   "A dataset package directory, or a directory of packages, to answer the plugin's queries");
  test->add_option("--published", options->kit.published,
                   "Publication date (YYYY-MM-DD) of the cases' sentences, unless a case sets its own");
  test->add_option("--config", options->kit.config_json, "The plugin's config object (JSON)")
      ->capture_default_str();
  test->add_flag("--isolate", options->kit.isolate, "Run the plugin in a worker process");
  auto timeout_ms = std::make_shared<long>(options->kit.timeout.count());
  test->add_option("--plugin-timeout", *timeout_ms, "Time budget per plugin call, in milliseconds")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  test->callback([&exit_code, options, timeout_ms] {
    options->kit.timeout = std::chrono::milliseconds(*timeout_ms);
    exit_code = run_plugin_test(*options);
  });
}

void add_plugins_command(CLI::App& app, const GlobalOptions& globals, int& exit_code) {
  auto* plugins = app.add_subcommand("plugins", "Inspect checker plugins");
  plugins->require_subcommand(1);
  auto* list = plugins->add_subcommand(
      "list", "List the plugins found, with versions, paths, claim kinds and datasets");
  auto format = std::make_shared<std::string>("text");
  list->add_option("--format", *format, "Output format")
      ->check(one_of({"text", "json"}))
      ->capture_default_str();
  list->callback([&globals, &exit_code, format] {
    plugin::PluginHost host(nullptr);
    host.load_directories(globals.plugin_search_dirs());
    if (*format == "json") {
      print_json(host);
    } else {
      print_text(host);
    }
    exit_code = kExitOk;
  });
  add_test_command(*plugins, exit_code);
}

const CommandRegistration kRegistration(90, &add_plugins_command);

}  // namespace

}  // namespace factcheck::cli
