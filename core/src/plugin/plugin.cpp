#include "plugin/plugin.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "factcheck/sdk.hpp"
#include "plugin/call_runner.hpp"

namespace factcheck::plugin {
namespace {

// An in-process plugin with this many calls stuck past their budget is not called again: each
// stuck call holds a thread (and usually a core) for good.
constexpr int kMaxStuckCalls = 2;

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

}  // namespace

std::string timed_out_message(const std::string& checker, std::chrono::milliseconds budget) {
  return "checker '" + checker + "' timed out on this claim (over its " + std::to_string(budget.count()) +
         " ms limit)";
}

void log_plugin_message(const std::string& plugin, int level, std::string_view message) {
  spdlog::log(to_spdlog(level), "[{}] {}", plugin, message);
}

int answer_dataset_query(const DatasetService* datasets, const char* request, size_t len, std::string* answer,
                         std::string* error) {
  try {
    if (datasets == nullptr) {
      *error = "no datasets are loaded";
      return FC_UNAVAILABLE;
    }
    // The thread's query view, reused from query to query: the query is read in place from its
    // bytes, and the answer encoded straight into bytes without messages. A sink that queries
    // again from inside write gets a view of its own.
    thread_local DatasetQueryView reused;
    thread_local bool busy = false;
    std::optional<DatasetQueryView> own;
    DatasetQueryView& query = busy ? own.emplace() : reused;
    struct Busy {
      bool& flag;
      bool was;
      ~Busy() { flag = was; }
    } const mark{busy, std::exchange(busy, true)};
    if (!query.decode(std::string_view(request, len))) {
      *error = "malformed DatasetQuery bytes";
      return FC_INVALID_ARGUMENT;
    }
    const Status status = datasets->query_view(query, answer);
    if (!status) {
      *error = status.message();
      return status.code() == Status::Code::not_found ? FC_NOT_FOUND : FC_ERROR;
    }
    return FC_OK;
  } catch (const std::exception& e) {
    *error = std::string("dataset query failed: ") + e.what();
    return FC_ERROR;
  }
}

InProcessBackend::InProcessBackend(PluginLibrary library, std::shared_ptr<const DatasetService> datasets,
                                   std::chrono::milliseconds timeout)
    : library_(std::move(library)), datasets_(std::move(datasets)), timeout_(timeout) {
  host_api_.struct_size = sizeof(fc_host_api);
  host_api_.ctx = this;
  host_api_.log = &InProcessBackend::log_callback;
  host_api_.query_dataset = &InProcessBackend::query_callback;
}

Status InProcessBackend::create(PluginLibrary library, std::shared_ptr<const DatasetService> datasets,
                                const std::string& config_json, std::chrono::milliseconds timeout,
                                std::shared_ptr<InProcessBackend>* out) {
  std::shared_ptr<InProcessBackend> backend(
      new InProcessBackend(std::move(library), std::move(datasets), timeout));
  if (Status created =
          create_instance(backend->library_.entry_points, &backend->host_api_, config_json, &backend->state_);
      !created) {
    return created;
  }
  *out = std::move(backend);
  return Status::ok();
}

InProcessBackend::~InProcessBackend() {
  if (state_ != nullptr) {
    try {
      library_.entry_points.destroy(state_);
    } catch (...) {
      spdlog::error("plugin '{}': destroy threw across the plugin boundary", library_.info.name());
    }
  }
}

Status InProcessBackend::call(Entry entry, const std::string& request, std::string* response) const {
  if (timeout_.count() <= 0) return call_entry_point(library_.entry_points, state_, entry, request, response);
  const std::string& name = library_.info.name();
  if (const int stuck = stuck_.load(); stuck >= kMaxStuckCalls) {
    return Status::unavailable("checker '" + name + "' not called: " + std::to_string(stuck) +
                               " of its calls are stuck past their time limit");
  }
  const auto timed_out = [&] { return Status::deadline_exceeded(timed_out_message(name, timeout_)); };
  // Kept alive while its code may run, even past an abandoned caller's return.
  auto self = shared_from_this();
  if (CallRunner::on_task_thread()) {
    // Inside a task (the host's plugin calls of a document): watched where it runs. `request`
    // and `response` belong to the task, which outlives an abandoned call.
    BudgetedCall watched(name, timeout_, &stuck_);
    Status status = call_entry_point(library_.entry_points, state_, entry, request, response);
    return watched.leave() ? status : timed_out();
  }
  // A call on its own: a task of one call, owning its request and its answer.
  struct Outcome {
    std::string request;
    std::string response;
    Status status;
  };
  auto outcome = std::make_shared<Outcome>();
  outcome->request = request;
  const auto overrun = CallRunner::shared().run(
      [self, outcome, entry] {
        BudgetedCall watched(self->library_.info.name(), self->timeout_, &self->stuck_);
        outcome->status = call_entry_point(self->library_.entry_points, self->state_, entry, outcome->request,
                                           &outcome->response);
        watched.leave();
      },
      timeout_);
  if (overrun) return timed_out();
  *response = std::move(outcome->response);
  return outcome->status;
}

void InProcessBackend::log_callback(void* ctx, int level, const char* message, size_t len) {
  const auto* self = static_cast<const InProcessBackend*>(ctx);
  log_plugin_message(self->library_.info.name(), level, std::string_view(message, len));
}

int InProcessBackend::query_callback(void* ctx, const char* request, size_t len, const fc_sink* out,
                                     const fc_sink* err) {
  const auto* self = static_cast<const InProcessBackend*>(ctx);
  // The thread's answer buffer, reused from query to query; a sink that queries again from
  // inside write gets one of its own.
  thread_local std::string reused;
  thread_local bool busy = false;
  std::optional<std::string> own;
  std::string& answer = busy ? own.emplace() : reused;
  struct Busy {
    bool& flag;
    bool was;
    ~Busy() { flag = was; }
  } const mark{busy, std::exchange(busy, true)};
  std::string error;
  const int status = answer_dataset_query(self->datasets_.get(), request, len, &answer, &error);
  if (status != FC_OK) {
    if (err != nullptr && err->write != nullptr) err->write(err->ctx, error.data(), error.size());
    return status;
  }
  if (out != nullptr && out->write != nullptr) out->write(out->ctx, answer.data(), answer.size());
  sdk::detail::release_if_huge(answer);  // the same rule as the plugin side's buffers
  return FC_OK;
}

Plugin::Plugin(v1::PluginInfo info, std::shared_ptr<const PluginBackend> backend)
    : info_(std::move(info)), backend_(std::move(backend)) {}

std::string Plugin::describe() const { return "plugin '" + info_.name() + "' (" + info_.path() + ")"; }

bool Plugin::declares_kind(const std::string& kind) const {
  if (info_.claim_kinds().empty()) return true;
  for (const auto& declared : info_.claim_kinds()) {
    if (declared == kind) return true;
  }
  return false;
}

template <typename Response>
Status Plugin::call(Entry entry, const std::string& request, Response* response) const {
  std::string bytes;
  if (Status status = backend_->call(entry, request, &bytes); !status) {
    // Crashes, time-outs and refusals are worded by the backend, naming the plugin already.
    if (status.message().starts_with("checker '")) return status;
    return Status::internal(describe() + ": " + status.message());
  }
  if (!response->ParseFromString(bytes)) {
    return Status::internal(describe() + ": " + entry_name(entry) + " returned malformed bytes (" +
                            std::to_string(bytes.size()) + " bytes, not a " + response->GetTypeName() + ")");
  }
  return Status::ok();
}

Status Plugin::route(const std::string& request, int claim_count, v1::RouteResponse* response) const {
  Status status = call(Entry::route, request, response);
  if (status && response->coverage_size() != claim_count) {
    return Status::internal(describe() + ": route returned " + std::to_string(response->coverage_size()) +
                            " scores for " + std::to_string(claim_count) + " claims");
  }
  return status;
}

Status Plugin::check(const std::string& request, const std::vector<std::string>& claim_ids,
                     v1::CheckResponse* response) const {
  Status status = call(Entry::check, request, response);
  if (!status) return status;
  return adopt_results(claim_ids, "check", response);
}

Status Plugin::route_check(const std::string& request, const std::vector<std::string>& claim_ids,
                           v1::CheckResponse* response) const {
  Status status = call(Entry::route_check, request, response);
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

}  // namespace factcheck::plugin
