#include "rpc/server_config.hpp"

#include <fstream>
#include <limits>
#include <optional>
#include <set>
#include <sstream>

namespace factcheck::rpc {
namespace {

using nlohmann::json;

// Reads typed keys from one JSON object, remembering the first error; `prefix` names the
// object in messages ("tls.", "keepalive.").
class ObjectReader {
 public:
  ObjectReader(const json& object, std::string prefix, const std::filesystem::path& base_dir)
      : object_(object), prefix_(std::move(prefix)), base_dir_(base_dir) {}

  Status check_keys(const std::set<std::string>& allowed) {
    if (!object_.is_object()) return error(prefix_.empty() ? "config" : prefix_, "must be an object");
    for (const auto& item : object_.items()) {
      if (!allowed.contains(item.key())) fail(prefix_ + item.key() + ": unknown key");
    }
    return status_;
  }

  void string(const char* key, std::string* out) {
    if (const json* value = find(key, &json::is_string, "a string")) *out = value->get<std::string>();
  }

  void path(const char* key, std::filesystem::path* out) {
    std::string text;
    string(key, &text);
    if (!text.empty()) *out = resolve(text);
  }

  void paths(const char* key, std::vector<std::filesystem::path>* out) {
    const json* value = find(key, &json::is_array, "an array of paths");
    if (value == nullptr) return;
    for (const auto& item : *value) {
      if (!item.is_string()) return fail(prefix_ + key + ": must be an array of paths");
      out->push_back(resolve(item.get<std::string>()));
    }
  }

  void boolean(const char* key, bool* out) {
    if (const json* value = find(key, &json::is_boolean, "true or false")) *out = value->get<bool>();
  }

  template <class Integer>
  void count(const char* key, Integer* out, std::uint64_t minimum) {
    const json* value = find(key, &json::is_number_unsigned, "a non-negative integer");
    if (value == nullptr) return;
    const auto number = value->get<std::uint64_t>();
    if (number < minimum || number > std::numeric_limits<Integer>::max()) {
      return fail(prefix_ + key + ": " + std::to_string(number) + " is out of range (minimum " +
                  std::to_string(minimum) + ")");
    }
    *out = static_cast<Integer>(number);
  }

  template <class Duration>
  void duration(const char* key, Duration* out, std::uint64_t minimum) {
    auto ticks = static_cast<std::uint64_t>(out->count());
    count(key, &ticks, minimum);
    *out = Duration(static_cast<typename Duration::rep>(ticks));
  }

  const json* object(const char* key) { return find(key, &json::is_object, "an object"); }
  const json* number(const char* key) { return find(key, &json::is_number, "a number"); }

  void fail(std::string message) {
    if (status_.is_ok()) status_ = Status::invalid_argument(std::move(message));
  }
  Status error(const std::string& key, const std::string& what) {
    fail(key + ": " + what);
    return status_;
  }
  const Status& status() const { return status_; }

 private:
  const json* find(const char* key, bool (json::*is_type)() const noexcept, const char* type_name) {
    const auto it = object_.find(key);
    if (it == object_.end()) return nullptr;
    if (!((*it).*is_type)()) {
      fail(prefix_ + key + ": must be " + type_name);
      return nullptr;
    }
    return &*it;
  }

  std::filesystem::path resolve(const std::string& text) const {
    const std::filesystem::path path(text);
    return path.is_absolute() ? path : (base_dir_ / path).lexically_normal();
  }

  const json& object_;
  std::string prefix_;
  std::filesystem::path base_dir_;
  Status status_;
};

Status parse_tls(const json& object, const std::filesystem::path& base_dir, TlsConfig* tls) {
  ObjectReader reader(object, "tls.", base_dir);
  if (Status status = reader.check_keys({"cert", "key", "client_ca", "require_client_cert"}); !status) {
    return status;
  }
  reader.path("cert", &tls->cert_file);
  reader.path("key", &tls->key_file);
  reader.path("client_ca", &tls->client_ca_file);
  reader.boolean("require_client_cert", &tls->require_client_cert);
  if (!reader.status()) return reader.status();
  if (tls->cert_file.empty() != tls->key_file.empty()) {
    return Status::invalid_argument("tls: cert and key must be given together");
  }
  if (tls->require_client_cert && tls->client_ca_file.empty()) {
    return Status::invalid_argument("tls.require_client_cert: needs tls.client_ca");
  }
  if (!tls->enabled() && !tls->client_ca_file.empty()) {
    return Status::invalid_argument("tls.client_ca: needs tls.cert and tls.key");
  }
  return Status::ok();
}

Status parse_keepalive(const json& object, KeepaliveConfig* keepalive) {
  ObjectReader reader(object, "keepalive.", {});
  if (Status status = reader.check_keys({"time_ms", "timeout_ms", "min_client_ping_interval_ms",
                                         "permit_without_calls", "max_ping_strikes"});
      !status) {
    return status;
  }
  reader.duration("time_ms", &keepalive->time, 1000);
  reader.duration("timeout_ms", &keepalive->timeout, 100);
  reader.duration("min_client_ping_interval_ms", &keepalive->min_client_ping_interval, 0);
  reader.boolean("permit_without_calls", &keepalive->permit_without_calls);
  reader.count("max_ping_strikes", &keepalive->max_ping_strikes, 0);
  return reader.status();
}

Status parse_limits(const json& object, ServerConfig* config) {
  ObjectReader reader(object, "limits.", {});
  if (Status status = reader.check_keys(
          {"max_message_bytes", "max_document_bytes", "max_claims_per_stream", "max_concurrent_calls"});
      !status) {
    return status;
  }
  reader.count("max_message_bytes", &config->max_message_bytes, 1024);
  reader.count("max_document_bytes", &config->max_document_bytes, 1);
  reader.count("max_claims_per_stream", &config->max_claims_per_stream, 1);
  reader.count("max_concurrent_calls", &config->max_concurrent_calls, 1);
  if (config->max_message_bytes > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    reader.fail("limits.max_message_bytes: must fit in 2 GiB");
  }
  return reader.status();
}

Status parse_result_cache(const json& object, ResultCacheLimits* limits) {
  ObjectReader reader(object, "result_cache.", {});
  if (Status status = reader.check_keys({"entries", "max_bytes"}); !status) return status;
  reader.count("entries", &limits->entries, 0);
  reader.count("max_bytes", &limits->max_bytes, 0);
  return reader.status();
}

Status parse_metrics(const json& object, ServerConfig* config) {
  ObjectReader reader(object, "metrics.", {});
  if (Status status = reader.check_keys({"listen"}); !status) return status;
  reader.string("listen", &config->metrics_listen);
  return reader.status();
}

Status parse_log(const json& object, ServerConfig* config) {
  ObjectReader reader(object, "log.", {});
  if (Status status = reader.check_keys({"level", "format"}); !status) return status;
  reader.string("level", &config->log_level);
  std::string format = config->log_format == LogFormat::json ? "json" : "text";
  reader.string("format", &format);
  if (!reader.status()) return reader.status();
  if (!parse_log_level(config->log_level)) {
    return Status::invalid_argument("log.level: \"" + config->log_level +
                                    "\" is not one of trace, debug, info, warn, error, critical, off");
  }
  if (format != "text" && format != "json") {
    return Status::invalid_argument("log.format: \"" + format + "\" is not text or json");
  }
  config->log_format = format == "json" ? LogFormat::json : LogFormat::text;
  return Status::ok();
}

Status parse_isolation_key(ObjectReader& reader, const std::string& prefix,
                           std::optional<plugin::Isolation>* out) {
  const std::string key = prefix + "isolation";
  std::string text;
  reader.string("isolation", &text);
  if (!reader.status() || text.empty()) return reader.status();
  *out = plugin::parse_isolation(text);
  if (!*out) return reader.error(key, "\"" + text + "\" is not process, in_process or auto");
  return Status::ok();
}

Status parse_plugin_runtime(const json& object, plugin::RuntimeOptions* runtime) {
  ObjectReader reader(object, "plugin_runtime.", {});
  if (Status status = reader.check_keys({"isolation", "timeout_ms", "workers", "memory_mb", "plugins"});
      !status) {
    return status;
  }
  std::optional<plugin::Isolation> isolation;
  if (Status status = parse_isolation_key(reader, "plugin_runtime.", &isolation); !status) return status;
  if (isolation) runtime->isolation = *isolation;
  reader.duration("timeout_ms", &runtime->timeout, 0);
  reader.count("workers", &runtime->process.workers, 1);
  reader.count("memory_mb", &runtime->process.memory_mb, 0);
  const json* plugins = reader.object("plugins");
  if (!reader.status() || plugins == nullptr) return reader.status();
  for (const auto& [name, settings] : plugins->items()) {
    ObjectReader plugin_reader(settings, "plugin_runtime.plugins." + name + ".", {});
    if (Status status = plugin_reader.check_keys({"isolation", "timeout_ms"}); !status) return status;
    plugin::PluginRuntime& entry = runtime->plugins[name];
    if (Status status =
            parse_isolation_key(plugin_reader, "plugin_runtime.plugins." + name + ".", &entry.isolation);
        !status)
      return status;
    if (entry.isolation == plugin::Isolation::automatic) {
      return plugin_reader.error("plugin_runtime.plugins." + name + ".isolation",
                                 "must be process or in_process");
    }
    if (settings.contains("timeout_ms")) {
      std::chrono::milliseconds timeout = runtime->timeout;
      plugin_reader.duration("timeout_ms", &timeout, 0);
      entry.timeout = timeout;
    }
    if (!plugin_reader.status()) return plugin_reader.status();
  }
  return Status::ok();
}

}  // namespace

std::string ServerConfig::listen_address() const {
  if (!listen.empty()) return listen;
  return tls.enabled() ? "0.0.0.0:50051" : "127.0.0.1:50051";
}

Status parse_server_config(const json& json_config, const std::filesystem::path& base_dir,
                           ServerConfig* config) {
  ObjectReader reader(json_config, "", base_dir);
  if (Status status = reader.check_keys(
          {"listen", "tls", "tokens_file", "limits", "worker_threads", "inline_max_document_bytes",
           "keepalive", "result_cache", "metrics", "shutdown_grace_seconds", "plugin_dirs", "dataset_dirs",
           "plugin_configs", "policy_file", "log", "plugin_runtime", "min_confidence"});
      !status) {
    return status;
  }
  reader.string("listen", &config->listen);
  reader.path("tokens_file", &config->tokens_file);
  reader.count("worker_threads", &config->worker_threads, 0);
  reader.count("inline_max_document_bytes", &config->inline_max_document_bytes, 0);
  reader.duration("shutdown_grace_seconds", &config->shutdown_grace, 0);
  reader.paths("plugin_dirs", &config->engine.plugin_dirs);
  reader.paths("dataset_dirs", &config->engine.dataset_dirs);
  reader.path("policy_file", &config->engine.policy_file);
  if (const json* confidence = reader.number("min_confidence")) {
    if (confidence->get<double>() < 0 || confidence->get<double>() > 1) {
      reader.fail("min_confidence: must be between 0 and 1");
    } else {
      config->engine.min_confidence = confidence->get<double>();
    }
  }
  if (const json* plugin_configs = reader.object("plugin_configs"))
    config->engine.plugin_configs = *plugin_configs;
  const json* tls = reader.object("tls");
  const json* limits = reader.object("limits");
  const json* keepalive = reader.object("keepalive");
  const json* log = reader.object("log");
  const json* result_cache = reader.object("result_cache");
  const json* metrics = reader.object("metrics");
  const json* plugin_runtime = reader.object("plugin_runtime");
  if (!reader.status()) return reader.status();
  if (plugin_runtime != nullptr) {
    if (Status status = parse_plugin_runtime(*plugin_runtime, &config->engine.plugin_runtime); !status)
      return status;
  }
  if (tls != nullptr) {
    if (Status status = parse_tls(*tls, base_dir, &config->tls); !status) return status;
  }
  if (limits != nullptr) {
    if (Status status = parse_limits(*limits, config); !status) return status;
  }
  if (keepalive != nullptr) {
    if (Status status = parse_keepalive(*keepalive, &config->keepalive); !status) return status;
  }
  if (log != nullptr) {
    if (Status status = parse_log(*log, config); !status) return status;
  }
  if (result_cache != nullptr) {
    if (Status status = parse_result_cache(*result_cache, &config->result_cache); !status) return status;
  }
  if (metrics != nullptr) {
    if (Status status = parse_metrics(*metrics, config); !status) return status;
  }
  if (config->max_document_bytes > config->max_message_bytes) {
    return Status::invalid_argument("limits.max_document_bytes: larger than limits.max_message_bytes");
  }
  return Status::ok();
}

Status load_server_config(const std::filesystem::path& path, ServerConfig* config) {
  std::ifstream in(path);
  if (!in) return Status::not_found(path.string() + ": cannot open server config");
  const json parsed = json::parse(in, nullptr, /*allow_exceptions=*/false, /*ignore_comments=*/true);
  if (parsed.is_discarded()) return Status::invalid_argument(path.string() + ": not valid JSON");
  Status status = parse_server_config(parsed, std::filesystem::absolute(path).parent_path(), config);
  if (!status) return Status::invalid_argument(path.string() + ": " + status.message());
  return Status::ok();
}

}  // namespace factcheck::rpc
