// `factcheck serve`: the gRPC service. SIGHUP reloads plugins, datasets and tokens; SIGTERM or
// SIGINT shuts down gracefully (calls in flight get shutdown_grace_seconds to finish).
#include <signal.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <iostream>
#include <optional>

#include "cli.hpp"
#include "plugin/call_runner.hpp"
#include "rpc/server.hpp"
#include "util/install_paths.hpp"
#include "util/logging.hpp"

namespace factcheck::cli {
namespace {

struct ServeOptions {
  std::string listen;
  std::string config_file;
  std::optional<unsigned> plugin_timeout_ms;
};

// Search dirs for plugins or datasets: --plugin-dir/--dataset-dir flags and the config's list;
// when both are empty, the environment variable and the bundled directory.
std::vector<std::filesystem::path> merge_dirs(const std::vector<std::string>& flags,
                                              const std::vector<std::filesystem::path>& configured,
                                              const std::vector<std::filesystem::path>& fallback) {
  std::vector<std::filesystem::path> dirs(flags.begin(), flags.end());
  dirs.insert(dirs.end(), configured.begin(), configured.end());
  return dirs.empty() ? fallback : dirs;
}

int serve(const CLI::App& app, const GlobalOptions& globals, const ServeOptions& options) {
  rpc::ServerConfig config;
  // Plugins from outside the bundled directory run isolated unless the config says otherwise.
  config.engine.plugin_runtime.isolation = plugin::Isolation::automatic;
  config.engine.plugin_runtime.builtin_dir = bundled_plugin_dir();
  if (!options.config_file.empty()) {
    if (Status status = rpc::load_server_config(options.config_file, &config); !status) {
      std::cerr << "factcheck serve: " << status.message() << "\n";
      return kExitUsage;
    }
  }
  if (!options.listen.empty()) config.listen = options.listen;
  if (options.plugin_timeout_ms)
    config.engine.plugin_runtime.timeout = std::chrono::milliseconds(*options.plugin_timeout_ms);
  config.engine.plugin_dirs =
      merge_dirs(globals.plugin_dirs, config.engine.plugin_dirs, globals.plugin_search_dirs());
  config.engine.dataset_dirs =
      merge_dirs(globals.dataset_dirs, config.engine.dataset_dirs, globals.dataset_search_dirs());

  // The command line's --log-level/--log-format win over the config file.
  const bool level_flag = app.get_option("--log-level")->count() > 0;
  const bool format_flag = app.get_option("--log-format")->count() > 0;
  spdlog::drop_all();
  setup_logging(
      *parse_log_level(level_flag ? globals.log_level : config.log_level),
      format_flag ? (globals.log_format == "json" ? LogFormat::json : LogFormat::text) : config.log_format);

  // Signals are taken by sigwait below, so every thread must block them: block before any
  // thread (gRPC's, the workers) exists.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGHUP);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  std::unique_ptr<rpc::Server> server;
  if (Status status = rpc::Server::start(config, &server); !status) {
    spdlog::error("cannot start: {}", status.message());
    return kExitFailure;
  }
  if (const rpc::ReloadOutcome first = server->reload(); !first.ok) {
    spdlog::error("nothing to serve: the first load failed");
    server->shutdown(std::chrono::milliseconds(0));
    return kExitFailure;
  }
  spdlog::info("serving on port {}; SIGHUP reloads, SIGTERM stops", server->port());

  for (;;) {
    int signal_number = 0;
    if (sigwait(&signals, &signal_number) != 0) continue;
    if (signal_number == SIGHUP) {
      spdlog::info("SIGHUP: reloading");
      server->reload();
      continue;
    }
    spdlog::info("{}: stopping", signal_number == SIGTERM ? "SIGTERM" : "SIGINT");
    server->shutdown(config.shutdown_grace);
    if (const int stuck = plugin::CallRunner::shared().stuck_calls(); stuck > 0) {
      // Threads stuck in plugin code cannot be stopped, and must not run while the process
      // tears its statics down: leave now.
      spdlog::warn("exiting with {} plugin calls stuck past their time limit", stuck);
      spdlog::default_logger()->flush();
      std::_Exit(kExitOk);
    }
    return kExitOk;
  }
}

void add_serve_command(CLI::App& app, const GlobalOptions& globals, int& exit_code) {
  auto* command = app.add_subcommand("serve", "Serve the gRPC API (docs/api.md)");
  auto options = std::make_shared<ServeOptions>();
  command->add_option("--listen", options->listen,
                      "Address to listen on, HOST:PORT (default 127.0.0.1:50051 without TLS, "
                      "0.0.0.0:50051 with TLS); overrides the config's listen");
  command->add_option("--config", options->config_file, "Server config file (JSON, see examples/server.json)")
      ->check(CLI::ExistingFile);
  command
      ->add_option(
          "--plugin-timeout", options->plugin_timeout_ms,
          "Time budget of each plugin call, ms (0: none); overrides the config's plugin_runtime.timeout_ms")
      ->type_name("MS");
  command->callback([&app, &globals, &exit_code, options] { exit_code = serve(app, globals, *options); });
}

const CommandRegistration kRegistration(40, &add_serve_command);

}  // namespace
}  // namespace factcheck::cli
