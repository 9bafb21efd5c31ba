// factcheck C++ plugin SDK: header-only, over the C ABI of plugin_abi.h.
//
// A checker is a class and one macro line:
//
//   class MyChecker : public factcheck::sdk::Checker {
//    public:
//     static factcheck::sdk::Manifest manifest();
//     MyChecker(const factcheck::sdk::Host& host, std::string_view config_json);
//     factcheck::v1::CheckResult check(const factcheck::v1::Claim& claim,
//                                      const factcheck::v1::DocumentContext& context) const override;
//   };
//   FACTCHECK_PLUGIN(MyChecker)
//
// The constructor may throw to refuse initialisation; the message reaches the host's log.
// `check` and `covers` are called concurrently from several threads and must be thread-safe.
// Exceptions never cross the boundary: the generated entry points catch them all.
#ifndef FACTCHECK_SDK_HPP
#define FACTCHECK_SDK_HPP

#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <google/protobuf/arena.h>

#include "factcheck/plugin_abi.h"
#include "factcheck/v1/plugin.pb.h"
#include "factcheck/v1/types.pb.h"

namespace factcheck::sdk {

enum class LogLevel {
  trace = FC_LOG_TRACE,
  debug = FC_LOG_DEBUG,
  info = FC_LOG_INFO,
  warn = FC_LOG_WARN,
  error = FC_LOG_ERROR
};

// What a plugin declares about itself. api_version is filled in by the SDK.
struct Manifest {
  std::string name;
  std::string version;
  std::string description;
  std::vector<std::string> claim_kinds;
  std::vector<std::string> datasets;
  // JSON Schema subset (type, properties, required, enum, minimum, maximum); "" for none.
  std::string config_schema;
};

// Outcome of a host call: ok, or the host's error text.
template <typename T>
struct HostResult {
  bool ok = false;
  std::string error;
  T value;
};

// A claim as an explanation quotes it: "'127 million'". Explanations are one line for an
// editor, while a claim's text keeps the article's own line breaks (Document.text[span] ==
// text): runs of spaces, tabs and line breaks become one space.
inline std::string quoted(const v1::Claim& claim) {
  std::string out = "'";
  bool pending_space = false;
  for (const char c : claim.text()) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = out.size() > 1;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out + "'";
}

namespace detail {
inline void append_to_string(void* ctx, const char* data, size_t len) {
  static_cast<std::string*>(ctx)->append(data, len);
}
inline fc_sink string_sink(std::string& target) { return fc_sink{&target, &append_to_string}; }

// A reused buffer keeps its memory, except after a rare huge message (a query with a large
// limit): the thread does not hold on to that. The host applies it to its answer buffers too.
inline void release_if_huge(std::string& buffer) {
  constexpr size_t kKeptCapacity = 1 << 20;
  if (buffer.capacity() > kKeptCapacity) std::string().swap(buffer);
}
}  // namespace detail

// The host's services, as handed to the plugin at creation. Cheap to copy.
class Host {
 public:
  Host() = default;
  explicit Host(const fc_host_api* api) : api_(api) {}

  void log(LogLevel level, std::string_view message) const {
    if (api_ != nullptr && api_->log != nullptr) {
      api_->log(api_->ctx, static_cast<int>(level), message.data(), message.size());
    }
  }

  // Looks rows up in the host's dataset store.
  HostResult<v1::DatasetQueryResult> query(const v1::DatasetQuery& query) const {
    HostResult<v1::DatasetQueryResult> result;
    if (api_ == nullptr || api_->query_dataset == nullptr) {
      result.error = "host offers no dataset query";
      return result;
    }
    // The thread's byte buffers, reused from query to query so that their memory is too. While
    // a query is out only the host runs, writing through the sinks: one pair per thread does.
    struct Buffers {
      std::string request;
      std::string response;
    };
    thread_local Buffers buffers;
    auto& [request, response] = buffers;
    query.SerializeToString(&request);
    response.clear();
    const fc_sink out = detail::string_sink(response);
    const fc_sink err = detail::string_sink(result.error);
    const int status = api_->query_dataset(api_->ctx, request.data(), request.size(), &out, &err);
    if (status != FC_OK) {
      if (result.error.empty()) result.error = "dataset query failed with status " + std::to_string(status);
    } else if (!result.value.ParseFromString(response)) {
      result.error = "host returned a malformed DatasetQueryResult";
    } else {
      result.ok = true;
    }
    detail::release_if_huge(response);
    return result;
  }

 private:
  const fc_host_api* api_ = nullptr;
};

// Base class of every checker.
class Checker {
 public:
  virtual ~Checker() = default;

  // How squarely the claim falls in this checker's domain, 0..1. The default covers every
  // claim of a declared kind with 0.5; override to be more precise.
  virtual float covers(const v1::Claim& claim, const v1::DocumentContext& context) const {
    (void)context;
    for (const auto& kind : claim_kinds_) {
      if (kind == claim.kind()) return 0.5F;
    }
    return 0.0F;
  }

  // The checker's verdict on one claim; NOT_ENOUGH_INFO with `missing` set when it has no data.
  virtual v1::CheckResult check(const v1::Claim& claim, const v1::DocumentContext& context) const = 0;

  // Set by the SDK from the manifest after construction.
  void set_claim_kinds(std::vector<std::string> kinds) { claim_kinds_ = std::move(kinds); }

 private:
  std::vector<std::string> claim_kinds_;
};

namespace detail {

inline void write_error(const fc_sink* err, std::string_view message) {
  if (err != nullptr && err->write != nullptr) err->write(err->ctx, message.data(), message.size());
}

inline void write_message(const fc_sink* out, const google::protobuf::MessageLite& message) {
  const std::string bytes = message.SerializeAsString();
  if (out != nullptr && out->write != nullptr) out->write(out->ctx, bytes.data(), bytes.size());
}

// Runs `body`, turning any exception into FC_ERROR plus its message.
template <typename Body>
int guarded(const fc_sink* err, Body&& body) noexcept {
  try {
    return body();
  } catch (const std::exception& e) {
    write_error(err, e.what());
  } catch (...) {
    write_error(err, "unknown exception");
  }
  return FC_ERROR;
}

inline v1::PluginInfo make_info(const Manifest& manifest) {
  v1::PluginInfo info;
  info.set_name(manifest.name);
  info.set_version(manifest.version);
  info.set_api_version(FACTCHECK_API_VERSION_STRING);
  info.set_description(manifest.description);
  for (const auto& kind : manifest.claim_kinds) info.add_claim_kinds(kind);
  for (const auto& dataset : manifest.datasets) info.add_datasets(dataset);
  info.set_config_schema(manifest.config_schema);
  return info;
}

// Instance state behind the opaque pointer: the checker and a copy of the host table,
// kept alive as long as the checker.
struct Instance {
  fc_host_api host_api{};
  std::unique_ptr<Checker> checker;
};

template <typename CheckerT>
int create(const fc_host_api* host, const char* config, size_t config_len, void** state,
           const fc_sink* err) noexcept {
  return guarded(err, [&]() -> int {
    if (host == nullptr || state == nullptr) {
      write_error(err, "create called without host or state");
      return FC_INVALID_ARGUMENT;
    }
    auto instance = std::make_unique<Instance>();
    instance->host_api = *host;
    const std::string_view config_json =
        config_len == 0 ? std::string_view("{}") : std::string_view(config, config_len);
    instance->checker = std::make_unique<CheckerT>(Host(&instance->host_api), config_json);
    instance->checker->set_claim_kinds(CheckerT::manifest().claim_kinds);
    *state = instance.release();
    return FC_OK;
  });
}

inline void destroy(void* state) noexcept { delete static_cast<Instance*>(state); }

template <typename Request>
bool parse_request(Request& request, const char* data, size_t len, const fc_sink* err) {
  if (!request.ParseFromArray(data, static_cast<int>(len))) {
    write_error(err, "malformed request bytes");
    return false;
  }
  return true;
}

inline int route(void* state, const char* data, size_t len, const fc_sink* out, const fc_sink* err) noexcept {
  return guarded(err, [&]() -> int {
    // Requests are parsed on an arena: one allocation block instead of one per string.
    google::protobuf::Arena arena;
    auto& request = *google::protobuf::Arena::CreateMessage<v1::RouteRequest>(&arena);
    if (state == nullptr || !parse_request(request, data, len, err)) return FC_INVALID_ARGUMENT;
    const Checker& checker = *static_cast<Instance*>(state)->checker;
    v1::RouteResponse response;
    response.mutable_coverage()->Reserve(request.claims_size());
    for (const auto& claim : request.claims()) {
      response.add_coverage(checker.covers(claim, request.context()));
    }
    write_message(out, response);
    return FC_OK;
  });
}

// Checks the request's claims, skipping those `coverage_of` scores 0 or less, and writes
// their results with that score as coverage (none when it gives no score).
template <typename CoverageOf>
int check_covered(void* state, const char* data, size_t len, const fc_sink* out, const fc_sink* err,
                  CoverageOf coverage_of) noexcept {
  return guarded(err, [&]() -> int {
    google::protobuf::Arena arena;
    auto& request = *google::protobuf::Arena::CreateMessage<v1::CheckRequest>(&arena);
    if (state == nullptr || !parse_request(request, data, len, err)) return FC_INVALID_ARGUMENT;
    const Checker& checker = *static_cast<Instance*>(state)->checker;
    v1::CheckResponse response;
    for (const auto& claim : request.claims()) {
      const std::optional<float> coverage = coverage_of(checker, claim, request.context());
      if (coverage && *coverage <= 0.0F) continue;
      v1::CheckResult& result = *response.add_results();
      result = checker.check(claim, request.context());
      if (result.claim_id().empty()) result.set_claim_id(claim.id());
      if (coverage) result.set_coverage(*coverage);
    }
    write_message(out, response);
    return FC_OK;
  });
}

// The host routed these claims already: check every one (the host sets coverage).
inline int check(void* state, const char* data, size_t len, const fc_sink* out, const fc_sink* err) noexcept {
  return check_covered(state, data, len, out, err,
                       [](const Checker&, const v1::Claim&,
                          const v1::DocumentContext&) -> std::optional<float> { return std::nullopt; });
}

inline int route_check(void* state, const char* data, size_t len, const fc_sink* out,
                       const fc_sink* err) noexcept {
  return check_covered(state, data, len, out, err,
                       [](const Checker& checker, const v1::Claim& claim, const v1::DocumentContext& context)
                           -> std::optional<float> { return checker.covers(claim, context); });
}

}  // namespace detail
}  // namespace factcheck::sdk

#if defined(__GNUC__)
#define FACTCHECK_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define FACTCHECK_PLUGIN_EXPORT
#endif

// Exports the C entry points for CheckerT. Use once per plugin library, at namespace scope.
#define FACTCHECK_PLUGIN(CheckerT) FACTCHECK_PLUGIN_WITH_API_VERSION(CheckerT, FACTCHECK_API_VERSION_STRING)

// As FACTCHECK_PLUGIN, declaring another API version: only for testing a host's version gate.
#define FACTCHECK_PLUGIN_WITH_API_VERSION(CheckerT, api_version_string)                                   \
  extern "C" {                                                                                            \
  FACTCHECK_PLUGIN_EXPORT const char* factcheck_plugin_api_version(void) { return api_version_string; }   \
  FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_info(const fc_sink* out, const fc_sink* err) {             \
    return ::factcheck::sdk::detail::guarded(err, [&]() -> int {                                          \
      ::factcheck::sdk::detail::write_message(out,                                                        \
                                              ::factcheck::sdk::detail::make_info(CheckerT::manifest())); \
      return FC_OK;                                                                                       \
    });                                                                                                   \
  }                                                                                                       \
  FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_create(const fc_host_api* host, const char* cfg,           \
                                                      size_t cfg_len, void** state, const fc_sink* err) { \
    return ::factcheck::sdk::detail::create<CheckerT>(host, cfg, cfg_len, state, err);                    \
  }                                                                                                       \
  FACTCHECK_PLUGIN_EXPORT void factcheck_plugin_destroy(void* state) {                                    \
    ::factcheck::sdk::detail::destroy(state);                                                             \
  }                                                                                                       \
  FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_route(void* state, const char* req, size_t len,            \
                                                     const fc_sink* out, const fc_sink* err) {            \
    return ::factcheck::sdk::detail::route(state, req, len, out, err);                                    \
  }                                                                                                       \
  FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_check(void* state, const char* req, size_t len,            \
                                                     const fc_sink* out, const fc_sink* err) {            \
    return ::factcheck::sdk::detail::check(state, req, len, out, err);                                    \
  }                                                                                                       \
  FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_route_check(void* state, const char* req, size_t len,      \
                                                           const fc_sink* out, const fc_sink* err) {      \
    return ::factcheck::sdk::detail::route_check(state, req, len, out, err);                              \
  }                                                                                                       \
  }

#endif  // FACTCHECK_SDK_HPP
