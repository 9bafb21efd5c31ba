#include "plugin/plugin.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "factcheck/sdk.hpp"

namespace factcheck::plugin {
namespace {

void append(void* ctx, const char* data, size_t len) { static_cast<std::string*>(ctx)->append(data, len); }
fc_sink sink_into(std::string& target) { return fc_sink{&target, &append}; }

spdlog::level::level_enum to_spdlog(int level) {
  switch (level) {
    case FC_LOG_TRACE:
      return spdlog::level::trace;
    case FC_LOG_DEBUG:
      return spdlog::level::debug;
    case FC_LOG_INFO:
      return spdlog::level::info;
    case FC_LOG_WARN:
      return spdlog::level::warn;
    default:
      return spdlog::level::err;
  }
}

// Calls one payload entry point: request bytes in, response message out.
template <typename Response, typename Fn>
Status call_entry(Fn fn, void* state, const std::string& request_bytes, Response* response,
                  const std::string& who, const char* what) {
  std::string response_bytes;
  std::string error;
  const fc_sink out = sink_into(response_bytes);
  const fc_sink err = sink_into(error);
  int status = FC_ERROR;
  try {
    status = fn(state, request_bytes.data(), request_bytes.size(), &out, &err);
  } catch (...) {
    return Status::internal(who + ": " + what + " threw across the plugin boundary");
  }
  if (status != FC_OK) {
    return Status::internal(who + ": " + what + " failed (status " + std::to_string(status) +
                            "): " + (error.empty() ? "no message" : error));
  }
  if (!response->ParseFromString(response_bytes)) {
    return Status::internal(who + ": " + what + " returned malformed bytes (" +
                            std::to_string(response_bytes.size()) + " bytes, not a " +
                            response->GetTypeName() + ")");
  }
  return Status::ok();
}

}  // namespace

Plugin::Plugin(std::shared_ptr<boost::dll::shared_library> library, EntryPoints entry_points,
               v1::PluginInfo info, std::shared_ptr<const DatasetService> datasets)
    : library_(std::move(library)),
      entry_points_(entry_points),
      info_(std::move(info)),
      datasets_(std::move(datasets)) {
  host_api_.struct_size = sizeof(fc_host_api);
  host_api_.ctx = this;
  host_api_.log = &Plugin::log_callback;
  host_api_.query_dataset = &Plugin::query_callback;
}

Plugin::~Plugin() {
  if (state_ != nullptr) {
    try {
      entry_points_.destroy(state_);
    } catch (...) {
      spdlog::error("{}: destroy threw across the plugin boundary", describe());
    }
  }
}

std::string Plugin::describe() const { return "plugin '" + info_.name() + "' (" + info_.path() + ")"; }

Status Plugin::init(const std::string& config_json) {
  std::string error;
  const fc_sink err = sink_into(error);
  int status = FC_ERROR;
  try {
    status = entry_points_.create(&host_api_, config_json.data(), config_json.size(), &state_, &err);
  } catch (...) {
    error = "create threw across the plugin boundary";
  }
  if (status != FC_OK || state_ == nullptr) {
    state_ = nullptr;
    return Status::failed_precondition(describe() +
                                       ": init failed: " + (error.empty() ? "no message" : error));
  }
  return Status::ok();
}

bool Plugin::declares_kind(const std::string& kind) const {
  if (info_.claim_kinds().empty()) return true;
  for (const auto& declared : info_.claim_kinds()) {
    if (declared == kind) return true;
  }
  return false;
}

Status Plugin::route(const std::string& request, int claim_count, v1::RouteResponse* response) const {
  Status status = call_entry(entry_points_.route, state_, request, response, describe(), "route");
  if (status && response->coverage_size() != claim_count) {
    return Status::internal(describe() + ": route returned " + std::to_string(response->coverage_size()) +
                            " scores for " + std::to_string(claim_count) + " claims");
  }
  return status;
}

Status Plugin::check(const std::string& request, const std::vector<std::string>& claim_ids,
                     v1::CheckResponse* response) const {
  Status status = call_entry(entry_points_.check, state_, request, response, describe(), "check");
  if (!status) return status;
  return adopt_results(claim_ids, "check", response);
}

Status Plugin::route_check(const std::string& request, const std::vector<std::string>& claim_ids,
                           v1::CheckResponse* response) const {
  Status status = call_entry(entry_points_.route_check, state_, request, response, describe(), "route_check");
  if (!status) return status;
  for (const auto& result : response->results()) {
    if (!(result.coverage() > 0.0F && result.coverage() <= 1.0F)) {
      return Status::internal(describe() + ": route_check gave claim '" + result.claim_id() + "' coverage " +
                              std::to_string(result.coverage()) + ", outside (0, 1]");
    }
  }
  return adopt_results(claim_ids, "route_check", response);
}

Status Plugin::adopt_results(const std::vector<std::string>& claim_ids, const char* what,
                             v1::CheckResponse* response) const {
  for (auto& result : *response->mutable_results()) {
    if (std::find(claim_ids.begin(), claim_ids.end(), result.claim_id()) == claim_ids.end()) {
      return Status::internal(describe() + ": " + what + " returned a result for unknown claim '" +
                              result.claim_id() + "'");
    }
    result.set_plugin(info_.name());
    result.set_plugin_version(info_.version());
    for (auto& evidence : *result.mutable_evidence()) {
      evidence.set_plugin(info_.name());
      evidence.set_plugin_version(info_.version());
    }
  }
  return Status::ok();
}

Status Plugin::check(const v1::CheckRequest& request, v1::CheckResponse* response) const {
  std::vector<std::string> ids;
  ids.reserve(static_cast<size_t>(request.claims_size()));
  for (const auto& claim : request.claims()) ids.push_back(claim.id());
  return check(request.SerializeAsString(), ids, response);
}

void Plugin::log_callback(void* ctx, int level, const char* message, size_t len) {
  const auto* self = static_cast<const Plugin*>(ctx);
  spdlog::log(to_spdlog(level), "[{}] {}", self->info_.name(), std::string_view(message, len));
}

int Plugin::query_callback(void* ctx, const char* request, size_t len, const fc_sink* out,
                           const fc_sink* err) {
  const auto* self = static_cast<const Plugin*>(ctx);
  const auto fail = [&](int code, const std::string& message) {
    if (err != nullptr && err->write != nullptr) err->write(err->ctx, message.data(), message.size());
    return code;
  };
  try {
    if (!self->datasets_) return fail(FC_UNAVAILABLE, "no datasets are loaded");
    // The thread's buffers, reused from query to query: the query is read in place from its
    // bytes, and the answer encoded straight into bytes without messages. A sink that queries
    // again from inside write gets buffers of its own.
    struct Buffers {
      DatasetQueryView query;
      std::string answer;
    };
    thread_local Buffers reused;
    thread_local bool busy = false;
    std::optional<Buffers> own;
    auto& [query, answer] = busy ? own.emplace() : reused;
    struct Busy {
      bool& flag;
      bool was;
      ~Busy() { flag = was; }
    } const mark{busy, std::exchange(busy, true)};
    if (!query.decode(std::string_view(request, len))) {
      return fail(FC_INVALID_ARGUMENT, "malformed DatasetQuery bytes");
    }
    const Status status = self->datasets_->query_view(query, &answer);
    if (!status) {
      return fail(status.code() == Status::Code::not_found ? FC_NOT_FOUND : FC_ERROR, status.message());
    }
    if (out != nullptr && out->write != nullptr) out->write(out->ctx, answer.data(), answer.size());
    sdk::detail::release_if_huge(answer);  // the same rule as the plugin side's buffers
    return FC_OK;
  } catch (const std::exception& e) {
    return fail(FC_ERROR, std::string("dataset query failed: ") + e.what());
  }
}

}  // namespace factcheck::plugin
