// `factcheck plugins list`: what the host finds and loads, and what it refused.
#include <google/protobuf/util/json_util.h>

#include <iostream>

#include "cli.hpp"
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
}

const CommandRegistration kRegistration(90, &add_plugins_command);

}  // namespace

}  // namespace factcheck::cli
