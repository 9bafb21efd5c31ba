#include "rpc/service.hpp"

#include <grpcpp/grpcpp.h>
#include <spdlog/spdlog.h>

#include <cctype>
#include <chrono>
#include <cstdint>
#include <deque>
#include <limits>
#include <string_view>

#include "rpc/status_names.hpp"

namespace factcheck::rpc {
namespace {

using SteadyClock = std::chrono::steady_clock;

grpc::StatusCode to_grpc_code(Status::Code code) {
  switch (code) {
    case Status::Code::ok:
      return grpc::StatusCode::OK;
    case Status::Code::invalid_argument:
      return grpc::StatusCode::INVALID_ARGUMENT;
    case Status::Code::not_found:
      return grpc::StatusCode::NOT_FOUND;
    case Status::Code::failed_precondition:
      return grpc::StatusCode::FAILED_PRECONDITION;
    case Status::Code::internal:
      return grpc::StatusCode::INTERNAL;
    case Status::Code::unavailable:
      return grpc::StatusCode::UNAVAILABLE;
    case Status::Code::deadline_exceeded:
      return grpc::StatusCode::DEADLINE_EXCEEDED;
    case Status::Code::cancelled:
      return grpc::StatusCode::CANCELLED;
    case Status::Code::resource_exhausted:
      return grpc::StatusCode::RESOURCE_EXHAUSTED;
  }
  return grpc::StatusCode::UNKNOWN;
}

grpc::Status to_grpc(const Status& status) {
  return status ? grpc::Status::OK : grpc::Status(to_grpc_code(status.code()), status.message());
}

grpc::Status authorize(const ServiceState& state, const grpc::CallbackServerContext& context, Role needed) {
  const auto tokens = state.tokens.get();
  const bool enabled = tokens && tokens->enabled();
  if (!enabled) {
    if (needed != Role::admin) return grpc::Status::OK;
    return {grpc::StatusCode::PERMISSION_DENIED,
            "Reload needs an admin token and this server has no tokens_file; send the server SIGHUP instead"};
  }
  const auto& metadata = context.client_metadata();
  const auto header = metadata.find("authorization");
  const std::string_view value = header == metadata.end()
                                     ? std::string_view()
                                     : std::string_view(header->second.data(), header->second.size());
  const Role role = tokens->authenticate(value);
  if (role == Role::none) {
    return {grpc::StatusCode::UNAUTHENTICATED,
            value.empty() ? "missing \"authorization: Bearer <token>\" metadata" : "unknown bearer token"};
  }
  if (needed == Role::admin && role != Role::admin) {
    return {grpc::StatusCode::PERMISSION_DENIED, "Reload needs an admin token"};
  }
  return grpc::Status::OK;
}

// " request_id=..." for the log line when the client sent x-request-id metadata (a proxy's or
// the client's own id, to find the call in both logs), else empty. Only [A-Za-z0-9._:-] and 64
// characters of it are kept, so a client cannot forge log fields.
std::string request_id_of(const grpc::CallbackServerContext& context) {
  constexpr std::size_t kMaxLength = 64;
  const auto& metadata = context.client_metadata();
  const auto header = metadata.find("x-request-id");
  if (header == metadata.end()) return {};
  std::string id;
  for (const char c : std::string_view(header->second.data(), header->second.size())) {
    if (id.size() == kMaxLength) break;
    if (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '_' || c == ':' || c == '-')
      id.push_back(c);
  }
  return id.empty() ? std::string() : " request_id=" + id;
}

// One call's bookkeeping: its concurrency slot, admission verdict and log line.
class CallRecord {
 public:
  CallRecord(ServiceState& state, std::string_view method, const grpc::CallbackServerContext* context,
             Role needed)
      : state_(state), method_(method), context_(context), start_(SteadyClock::now()) {
    const std::size_t active = state.active_calls.fetch_add(1) + 1;
    if (state.draining.load()) {
      admission_ = {grpc::StatusCode::UNAVAILABLE, "server is shutting down; retry on another instance"};
    } else if (active > state.limits.max_concurrent_calls) {
      admission_ = {grpc::StatusCode::RESOURCE_EXHAUSTED,
                    "server is at its limit of " + std::to_string(state.limits.max_concurrent_calls) +
                        " concurrent calls (limits.max_concurrent_calls); retry later"};
    } else {
      admission_ = authorize(state, *context, needed);
    }
  }
  ~CallRecord() { release(); }
  CallRecord(const CallRecord&) = delete;
  CallRecord& operator=(const CallRecord&) = delete;

  const grpc::Status& admission() const { return admission_; }
  void add_claims(std::size_t count) { claims_ += count; }
  std::size_t claims() const { return claims_; }
  // Claims a checker failed on (each still answered, with the error in ClaimResult.errors).
  void add_checker_errors(std::size_t count) { checker_errors_ += count; }
  std::size_t checker_errors() const { return checker_errors_; }
  void set_cache_hit(bool hit) { cache_ = hit ? Metrics::CacheOutcome::hit : Metrics::CacheOutcome::miss; }

  // Frees the slot, counts the call and logs it; called once, just before Finish.
  void end(const grpc::Status& status) {
    release();
    const auto latency = SteadyClock::now() - start_;
    state_.metrics.record_call(method_, status.error_code(), latency, claims_, cache_);
    state_.metrics.record_checker_errors(checker_errors_);
    if (!spdlog::should_log(spdlog::level::info)) return;  // spare a busy server the line's strings
    const double latency_ms = std::chrono::duration<double, std::milli>(latency).count();
    const std::string_view cache = cache_ == Metrics::CacheOutcome::hit    ? " cache=hit"
                                   : cache_ == Metrics::CacheOutcome::miss ? " cache=miss"
                                                                           : "";
    const std::string request_id = request_id_of(*context_);
    const std::string failed_checks =
        checker_errors_ == 0 ? std::string() : " checker_errors=" + std::to_string(checker_errors_);
    if (status.ok()) {
      spdlog::info("rpc method={} status=OK latency_ms={:.3f} claims={}{}{} peer={}{}", method_, latency_ms,
                   claims_, failed_checks, cache, context_->peer(), request_id);
    } else {
      spdlog::info("rpc method={} status={} latency_ms={:.3f} claims={}{}{} peer={}{} error=\"{}\"", method_,
                   status_code_name(status.error_code()), latency_ms, claims_, failed_checks, cache,
                   context_->peer(), request_id, status.error_message());
    }
  }

 private:
  void release() {
    if (holds_slot_) {
      holds_slot_ = false;
      state_.active_calls.fetch_sub(1);
    }
  }

  ServiceState& state_;
  std::string_view method_;
  const grpc::CallbackServerContext* context_;
  SteadyClock::time_point start_;
  grpc::Status admission_;
  std::size_t claims_ = 0;
  std::size_t checker_errors_ = 0;
  Metrics::CacheOutcome cache_ = Metrics::CacheOutcome::none;  // none: the cache does not serve the method
  bool holds_slot_ = true;
};

check::StopRequested stop_requested(grpc::CallbackServerContext* context) {
  return [context, deadline = context->deadline()] {
    return context->IsCancelled() || std::chrono::system_clock::now() >= deadline;
  };
}

grpc::Status stopped_status(const grpc::CallbackServerContext& context) {
  if (std::chrono::system_clock::now() >= context.deadline()) {
    return {grpc::StatusCode::DEADLINE_EXCEEDED, "deadline passed; the work was stopped"};
  }
  return {grpc::StatusCode::CANCELLED, "call cancelled; the work was stopped"};
}

std::shared_ptr<const check::Engine> engine_of(const ServiceState& state) {
  const auto generation = state.generation.get();
  return generation ? generation->engine : nullptr;
}

grpc::Status unavailable_engine() {
  return {grpc::StatusCode::UNAVAILABLE, "plugins and datasets are still loading; retry shortly"};
}

grpc::Status queue_full() {
  return {grpc::StatusCode::RESOURCE_EXHAUSTED, "the checking queue is full; retry later"};
}

template <typename Message>
Status parse_request(const grpc::ByteBuffer& request, Message* message) {
  grpc::ByteBuffer bytes(request);  // Deserialize consumes its buffer; this copy shares the slices
  if (!grpc::SerializationTraits<Message>::Deserialize(&bytes, message).ok()) {
    return Status::invalid_argument("request is not a valid " + message->GetTypeName() +
                                    " (malformed protobuf, or a string field that is not UTF-8)");
  }
  return Status::ok();
}

Status parse_document(const grpc::ByteBuffer& request, const ServiceLimits& limits, v1::Document* document) {
  if (Status parsed = parse_request(request, document); !parsed) return parsed;
  if (document->text().size() > limits.max_document_bytes) {
    return Status::invalid_argument("document text is " + std::to_string(document->text().size()) +
                                    " bytes; this server accepts at most " +
                                    std::to_string(limits.max_document_bytes) +
                                    " (limits.max_document_bytes)");
  }
  if (document->text().find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::invalid_argument("document text is empty");
  }
  return Status::ok();
}

// Into one slice: no chunked stream on the way, and the result cache keeps that slice as it is
// (a reference, not a copy).
Status serialize(const google::protobuf::MessageLite& message, grpc::ByteBuffer* buffer) {
  const std::size_t size = message.ByteSizeLong();
  if (size > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    return Status::internal("cannot serialize the response: " + std::to_string(size) + " bytes");
  }
  grpc::Slice slice(size);
  message.SerializeWithCachedSizesToArray(const_cast<std::uint8_t*>(slice.begin()));
  *buffer = grpc::ByteBuffer(&slice, 1);
  return Status::ok();
}

// A document this small is checked on the gRPC thread that received it. gRPC 1.51 on Linux
// runs callback-API handlers on its callback queue's threads (cores / 2, at least 2): a check of
// a few milliseconds at most holds one of them, and saves the hand-off to a worker (a wake-up
// and two context switches per call). Longer documents go to the bounded worker queue.
bool runs_inline(const ServiceLimits& limits, const grpc::ByteBuffer& request) {
  return limits.inline_max_document_bytes > 0 && request.Length() <= limits.inline_max_document_bytes;
}

void finish_unary(grpc::ServerUnaryReactor* reactor, CallRecord& call, const grpc::Status& status) {
  call.end(status);
  reactor->Finish(status);
}

// Computes the answer to a parsed document into `response`, counting its claims (and checker
// errors) on `call`.
using ComputeAnswer =
    std::function<Status(const check::Engine&, const v1::Document&, const check::StopRequested&,
                         grpc::ByteBuffer* response, CallRecord* call)>;

// A unary Document method. An answer in the generation's cache goes out at once from the
// reactor thread: a hash of the request bytes and a map probe, no parsing, no worker hop.
// Anything else is parsed and computed with the engine current when the call started, inline
// when the document is short (runs_inline), else on the worker pool, and a complete answer is
// stored for next time.
grpc::ServerUnaryReactor* run_document_call(ServiceState& state, grpc::CallbackServerContext* context,
                                            std::string_view method, CachedAnswer kind,
                                            const grpc::ByteBuffer* request, grpc::ByteBuffer* response,
                                            ComputeAnswer compute) {
  auto* reactor = context->DefaultReactor();
  auto call = std::make_shared<CallRecord>(state, method, context, Role::user);
  if (!call->admission().ok()) {
    finish_unary(reactor, *call, call->admission());
    return reactor;
  }
  auto generation = state.generation.get();
  if (!generation) {
    finish_unary(reactor, *call, unavailable_engine());
    return reactor;
  }
  std::string key;
  if (generation->cache->enabled()) {
    key = result_cache_key(kind, *request);
    if (auto hit = generation->cache->find(key)) {
      call->set_cache_hit(true);
      call->add_claims(hit->claims);
      *response = grpc::ByteBuffer(&hit->bytes, 1);
      finish_unary(reactor, *call, grpc::Status::OK);
      return reactor;
    }
    call->set_cache_hit(false);
  }
  auto work = [&state, context, reactor, call, generation, request, response, key = std::move(key),
               compute = std::move(compute)] {
    const auto stop = stop_requested(context);
    Status status;
    if (!stop()) {
      v1::Document document;
      status = parse_document(*request, state.limits, &document);
      if (status) status = compute(*generation->engine, document, stop, response, call.get());
      // stop() is still false only if it never fired during the work: the answer is complete.
      // An answer a checker failed on (crashed, timed out) is not kept: the failure may pass.
      CachedResult result{{}, call->claims()};
      if (status && !stop() && !key.empty() && call->checker_errors() == 0 &&
          (response->TrySingleSlice(&result.bytes).ok() || response->DumpToSingleSlice(&result.bytes).ok())) {
        generation->cache->insert(key, result);
      }
    }
    finish_unary(reactor, *call, stop() ? stopped_status(*context) : to_grpc(status));
  };
  if (runs_inline(state.limits, *request)) {
    work();
  } else if (!state.workers->try_submit(std::move(work))) {
    finish_unary(reactor, *call, queue_full());
  }
  return reactor;
}

// CheckDocumentStream: the worker checks and queues one message per claim; writes go out one
// at a time as gRPC completes them; Finish once the work is over and the queue is drained.
class DocumentStreamReactor final : public grpc::ServerWriteReactor<grpc::ByteBuffer> {
 public:
  DocumentStreamReactor(ServiceState& state, grpc::CallbackServerContext* context,
                        const grpc::ByteBuffer* request)
      : state_(state),
        context_(context),
        request_(request),
        call_(state, "CheckDocumentStream", context, Role::user) {
    generation_ = state.generation.get();
    if (!call_.admission().ok()) {
      finish_now(call_.admission());
    } else if (!generation_) {
      finish_now(unavailable_engine());
    } else if (!state.workers->try_submit([this] { run(); })) {
      finish_now(queue_full());
    }
  }

  void OnWriteDone(bool ok) override {
    bool write_next = false;
    bool finish = false;
    {
      std::lock_guard lock(mutex_);
      writing_ = false;
      if (!ok) {
        broken_ = true;
        pending_.clear();
      } else if (!pending_.empty()) {
        in_flight_.Swap(&pending_.front());
        pending_.pop_front();
        writing_ = write_next = true;
      }
      finish = take_finish_locked();
    }
    if (write_next) StartWrite(&in_flight_);
    if (finish) finish_call();
  }

  void OnDone() override { delete this; }

 private:
  void run() {
    const auto stop = stop_requested(context_);
    v1::Document document;
    v1::Summary summary;
    Status status = parse_document(*request_, state_.limits, &document);
    const auto send_claim = [&](const v1::ClaimResult& result) {
      v1::CheckStreamMessage message;
      *message.mutable_claim() = result;
      return enqueue(message) && !stop();
    };
    if (status && !replay_cached_report(send_claim, &summary)) {
      const auto check_and_send = [&](const v1::ClaimResult& result) {
        checker_errors_ += static_cast<std::size_t>(result.errors_size());
        return send_claim(result);
      };
      status = generation_->engine->check_stream(document, check_and_send, &summary, stop);
    }
    grpc::Status outcome = stop() ? stopped_status(*context_) : to_grpc(status);
    if (outcome.ok()) {
      v1::CheckStreamMessage message;
      *message.mutable_summary() = summary;
      enqueue(message);
    }
    bool finish = false;
    {
      std::lock_guard lock(mutex_);
      work_done_ = true;
      outcome_ = outcome;
      finish = take_finish_locked();
    }
    if (finish) finish_call();  // last use of `this` on this thread
  }

  // A report CheckDocument cached for this document, sent as the stream would have sent it
  // (check and check_stream yield the same results and summary); false on a miss.
  bool replay_cached_report(const std::function<bool(const v1::ClaimResult&)>& send_claim,
                            v1::Summary* summary) {
    ResultCache& cache = *generation_->cache;
    if (!cache.enabled()) return false;
    const auto hit = cache.find(result_cache_key(CachedAnswer::report, *request_));
    call_.set_cache_hit(hit.has_value());
    v1::Report report;
    if (!hit || !report.ParseFromArray(hit->bytes.begin(), static_cast<int>(hit->bytes.size()))) return false;
    for (const auto& result : report.claims()) {
      if (!send_claim(result)) break;
    }
    *summary = report.summary();
    return true;
  }

  // Queues one message; false once the client stopped taking them.
  bool enqueue(const v1::CheckStreamMessage& message) {
    grpc::ByteBuffer buffer;
    if (!serialize(message, &buffer)) return false;
    bool write_now = false;
    {
      std::lock_guard lock(mutex_);
      if (broken_) return false;
      if (message.has_claim()) ++claims_;
      if (writing_) {
        pending_.emplace_back().Swap(&buffer);
      } else {
        in_flight_.Swap(&buffer);
        writing_ = write_now = true;
      }
    }
    if (write_now) StartWrite(&in_flight_);
    return true;
  }

  // True exactly once, when the work is over and nothing is left to write.
  bool take_finish_locked() {
    if (finished_ || !work_done_ || writing_ || (!pending_.empty() && !broken_)) return false;
    if (broken_ && outcome_.ok())
      outcome_ = grpc::Status(grpc::StatusCode::CANCELLED, "client stopped reading");
    finished_ = true;
    return true;
  }

  void finish_call() {
    call_.add_claims(claims_);
    call_.add_checker_errors(checker_errors_);
    call_.end(outcome_);
    Finish(outcome_);
  }

  void finish_now(const grpc::Status& status) {
    finished_ = true;
    call_.end(status);
    Finish(status);
  }

  ServiceState& state_;
  grpc::CallbackServerContext* context_;
  const grpc::ByteBuffer* request_;
  CallRecord call_;
  std::shared_ptr<const EngineGeneration> generation_;
  std::mutex mutex_;
  std::deque<grpc::ByteBuffer> pending_;
  grpc::ByteBuffer in_flight_;
  std::size_t claims_ = 0;
  std::size_t checker_errors_ = 0;  // the worker's; read once it has set work_done_
  bool writing_ = false;
  bool broken_ = false;
  bool work_done_ = false;
  bool finished_ = false;
  grpc::Status outcome_;
};

Status validate_claim(const v1::Claim& claim) {
  const std::string name = claim.id().empty() ? "claim" : "claim " + claim.id();
  if (!claim.has_quantity() || claim.quantity().kind() == v1::QUANTITY_KIND_UNSPECIFIED) {
    return Status::invalid_argument(name + " has no quantity (quantity.kind is unset)");
  }
  return Status::ok();
}

// CheckClaims: read one claim, check it on the worker pool, write its result, read the next.
// One operation at a time, so results come back in request order.
class ClaimsReactor final : public grpc::ServerBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer> {
 public:
  ClaimsReactor(ServiceState& state, grpc::CallbackServerContext* context)
      : state_(state), context_(context), call_(state, "CheckClaims", context, Role::user) {
    engine_ = engine_of(state);
    if (!call_.admission().ok()) {
      finish(call_.admission());
    } else if (!engine_) {
      finish(unavailable_engine());
    } else {
      StartRead(&request_bytes_);
    }
  }

  void OnReadDone(bool ok) override {
    if (!ok) {  // the client half-closed, or went away
      return finish(context_->IsCancelled() ? stopped_status(*context_) : grpc::Status::OK);
    }
    if (++received_ > state_.limits.max_claims_per_stream) {
      return finish({grpc::StatusCode::RESOURCE_EXHAUSTED,
                     "more than " + std::to_string(state_.limits.max_claims_per_stream) +
                         " claims on one stream (limits.max_claims_per_stream)"});
    }
    if (Status parsed = parse_request(request_bytes_, &request_); !parsed) return finish(to_grpc(parsed));
    if (received_ == 1) {
      document_context_.set_published(request_.published());
      document_context_.set_as_known_on(request_.as_known_on());
      *document_context_.mutable_main_entities() = request_.main_entities();
    }
    if (Status status = validate_claim(request_.claim()); !status) return finish(to_grpc(status));
    if (!state_.workers->try_submit([this] { check_one(); })) finish(queue_full());
  }

  void OnWriteDone(bool ok) override {
    if (!ok) return finish(stopped_status(*context_));
    StartRead(&request_bytes_);
  }

  void OnDone() override { delete this; }

 private:
  void check_one() {
    const auto stop = stop_requested(context_);
    std::vector<v1::ClaimResult> results;
    const Status status = engine_->check_claims({request_.claim()}, document_context_, &results, stop);
    if (stop()) return finish(stopped_status(*context_));
    if (!status) return finish(to_grpc(status));
    if (results.size() != 1) {
      return finish({grpc::StatusCode::INTERNAL,
                     "the engine returned " + std::to_string(results.size()) + " results for one claim"});
    }
    response_.Clear();  // the previous result's write is done
    if (Status serialized = serialize(results.front(), &response_); !serialized)
      return finish(to_grpc(serialized));
    call_.add_claims(1);
    call_.add_checker_errors(static_cast<std::size_t>(results.front().errors_size()));
    StartWrite(&response_);
  }

  void finish(const grpc::Status& status) {
    call_.end(status);
    Finish(status);
  }

  ServiceState& state_;
  grpc::CallbackServerContext* context_;
  CallRecord call_;
  std::shared_ptr<const check::Engine> engine_;
  grpc::ByteBuffer request_bytes_;
  v1::CheckClaimsRequest request_;
  grpc::ByteBuffer response_;
  v1::DocumentContext document_context_;
  std::size_t received_ = 0;
};

}  // namespace

grpc::ServerUnaryReactor* FactCheckService::CheckDocument(grpc::CallbackServerContext* context,
                                                          const grpc::ByteBuffer* request,
                                                          grpc::ByteBuffer* response) {
  return run_document_call(state_, context, "CheckDocument", CachedAnswer::report, request, response,
                           [](const check::Engine& engine, const v1::Document& document,
                              const check::StopRequested& stop, grpc::ByteBuffer* out, CallRecord* call) {
                             v1::Report report;
                             if (Status status = engine.check(document, &report, stop); !status)
                               return status;
                             call->add_claims(static_cast<std::size_t>(report.claims_size()));
                             for (const auto& claim : report.claims())
                               call->add_checker_errors(static_cast<std::size_t>(claim.errors_size()));
                             return serialize(report, out);
                           });
}

grpc::ServerWriteReactor<grpc::ByteBuffer>* FactCheckService::CheckDocumentStream(
    grpc::CallbackServerContext* context, const grpc::ByteBuffer* request) {
  return new DocumentStreamReactor(state_, context, request);
}

grpc::ServerUnaryReactor* FactCheckService::ExtractClaims(grpc::CallbackServerContext* context,
                                                          const grpc::ByteBuffer* request,
                                                          grpc::ByteBuffer* response) {
  return run_document_call(state_, context, "ExtractClaims", CachedAnswer::claim_list, request, response,
                           [](const check::Engine& engine, const v1::Document& document,
                              const check::StopRequested&, grpc::ByteBuffer* out, CallRecord* call) {
                             v1::ClaimList claims;
                             if (Status status = engine.extract(document, &claims); !status) return status;
                             call->add_claims(static_cast<std::size_t>(claims.claims_size()));
                             return serialize(claims, out);
                           });
}

grpc::ServerBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer>* FactCheckService::CheckClaims(
    grpc::CallbackServerContext* context) {
  return new ClaimsReactor(state_, context);
}

// The two listings copy what the engine already holds: cheap enough for the reactor thread.
grpc::ServerUnaryReactor* FactCheckService::ListCheckers(grpc::CallbackServerContext* context,
                                                         const v1::ListCheckersRequest*,
                                                         v1::ListCheckersResponse* response) {
  auto* reactor = context->DefaultReactor();
  CallRecord call(state_, "ListCheckers", context, Role::user);
  grpc::Status status = call.admission();
  if (status.ok()) {
    if (const auto engine = engine_of(state_)) {
      for (auto& info : engine->checkers()) *response->add_checkers() = std::move(info);
    } else {
      status = unavailable_engine();
    }
  }
  finish_unary(reactor, call, status);
  return reactor;
}

grpc::ServerUnaryReactor* FactCheckService::ListDatasets(grpc::CallbackServerContext* context,
                                                         const v1::ListDatasetsRequest*,
                                                         v1::ListDatasetsResponse* response) {
  auto* reactor = context->DefaultReactor();
  CallRecord call(state_, "ListDatasets", context, Role::user);
  grpc::Status status = call.admission();
  if (status.ok()) {
    if (const auto engine = engine_of(state_)) {
      for (auto& info : engine->datasets()) *response->add_datasets() = std::move(info);
    } else {
      status = unavailable_engine();
    }
  }
  finish_unary(reactor, call, status);
  return reactor;
}

grpc::ServerUnaryReactor* FactCheckService::Reload(grpc::CallbackServerContext* context,
                                                   const v1::ReloadRequest*, v1::ReloadResponse* response) {
  auto* reactor = context->DefaultReactor();
  auto call = std::make_shared<CallRecord>(state_, "Reload", context, Role::admin);
  if (!call->admission().ok()) {
    finish_unary(reactor, *call, call->admission());
    return reactor;
  }
  const bool started = state_.start_reload([this, reactor, response, call](const ReloadOutcome& outcome) {
    response->set_ok(outcome.ok);
    for (const auto& error : outcome.errors) response->add_errors(error);
    if (const auto engine = engine_of(state_)) {
      for (auto& info : engine->checkers()) *response->add_checkers() = std::move(info);
      for (auto& info : engine->datasets()) *response->add_datasets() = std::move(info);
    }
    finish_unary(reactor, *call, grpc::Status::OK);
  });
  if (!started) {
    finish_unary(reactor, *call,
                 {grpc::StatusCode::UNAVAILABLE, "a reload is already queued, or the server is stopping"});
  }
  return reactor;
}

}  // namespace factcheck::rpc
