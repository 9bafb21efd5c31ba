// The factcheck.v1.FactCheck service on gRPC's callback API.
//
// Every call: admission (max_concurrent_calls, else RESOURCE_EXHAUSTED), bearer-token check,
// then the work (CheckDocument and ExtractClaims of a short document inline on the gRPC thread,
// everything else on the WorkerPool), with the Engine current when the call started (a reload
// never changes the engine under a running call). Work polls the call's deadline and
// cancellation between claims. One info log line per call (method, status, latency, claims,
// and for the Document methods whether the result cache answered: cache=hit|miss), and the
// same counted in Metrics.
//
// The result cache (rpc/result_cache.hpp) answers CheckDocument and ExtractClaims for a
// document seen before, and CheckDocumentStream replays a cached report; only complete answers
// of calls that succeeded are stored (CheckDocument's and ExtractClaims'), never a stream's.
//
// The three Document methods are registered raw (bytes in, bytes out) so that a request that
// protobuf cannot parse, e.g. text that is not UTF-8, gets INVALID_ARGUMENT with a message
// instead of gRPC's bare INTERNAL.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "check/engine.hpp"
#include "factcheck/v1/service.grpc.pb.h"
#include "rpc/auth.hpp"
#include "rpc/metrics.hpp"
#include "rpc/result_cache.hpp"
#include "rpc/worker_pool.hpp"

namespace factcheck::rpc {

// A shared_ptr that one thread replaces while others copy it (reload swap).
template <class T>
class SharedSlot {
 public:
  std::shared_ptr<const T> get() const {
    std::lock_guard lock(mutex_);
    return value_;
  }
  void set(std::shared_ptr<const T> value) {
    std::lock_guard lock(mutex_);
    value_.swap(value);
  }

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const T> value_;
};

struct ServiceLimits {
  std::size_t max_document_bytes = 1U << 20U;
  std::size_t max_claims_per_stream = 10000;
  std::size_t max_concurrent_calls = 1024;
  std::size_t inline_max_document_bytes = 16U << 10U;  // 0: never inline
};

struct ReloadOutcome {
  bool ok = false;
  std::vector<std::string> errors;
};

// Starts a reload away from the reactor thread and calls `done` when it is over; returns false
// when it cannot start (one is already queued, or the server is stopping).
using StartReload = std::function<bool(std::function<void(const ReloadOutcome&)> done)>;

// One engine and the cache of its answers: a reload swaps both together, so an answer of one
// engine is never served by another.
struct EngineGeneration {
  std::shared_ptr<const check::Engine> engine;
  std::shared_ptr<ResultCache> cache;  // never null; disabled when configured with 0 entries
};

// What the service shares with the Server that owns it.
struct ServiceState {
  ServiceLimits limits;
  SharedSlot<EngineGeneration> generation;  // null until the first load: calls get UNAVAILABLE
  SharedSlot<TokenStore> tokens;
  WorkerPool* workers = nullptr;
  StartReload start_reload;
  std::atomic<std::size_t> active_calls{0};
  std::atomic<bool> draining{false};  // shutting down: new calls get UNAVAILABLE
  Metrics metrics;
};

// Methods taking raw bytes, so a request that does not parse (e.g. a string that is not UTF-8)
// gets INVALID_ARGUMENT naming the problem instead of gRPC's generic INTERNAL.
using RawDocumentMethods = v1::FactCheck::WithRawCallbackMethod_CheckDocument<
    v1::FactCheck::WithRawCallbackMethod_CheckDocumentStream<
        v1::FactCheck::WithRawCallbackMethod_ExtractClaims<v1::FactCheck::WithRawCallbackMethod_CheckClaims<
            v1::FactCheck::WithCallbackMethod_ListCheckers<v1::FactCheck::WithCallbackMethod_ListDatasets<
                v1::FactCheck::WithCallbackMethod_Reload<v1::FactCheck::Service>>>>>>>;

class FactCheckService final : public RawDocumentMethods {
 public:
  explicit FactCheckService(ServiceState& state) : state_(state) {}

  grpc::ServerUnaryReactor* CheckDocument(grpc::CallbackServerContext* context,
                                          const grpc::ByteBuffer* request,
                                          grpc::ByteBuffer* response) override;
  grpc::ServerWriteReactor<grpc::ByteBuffer>* CheckDocumentStream(grpc::CallbackServerContext* context,
                                                                  const grpc::ByteBuffer* request) override;
  grpc::ServerUnaryReactor* ExtractClaims(grpc::CallbackServerContext* context,
                                          const grpc::ByteBuffer* request,
                                          grpc::ByteBuffer* response) override;
  grpc::ServerBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer>* CheckClaims(
      grpc::CallbackServerContext* context) override;
  grpc::ServerUnaryReactor* ListCheckers(grpc::CallbackServerContext* context,
                                         const v1::ListCheckersRequest* request,
                                         v1::ListCheckersResponse* response) override;
  grpc::ServerUnaryReactor* ListDatasets(grpc::CallbackServerContext* context,
                                         const v1::ListDatasetsRequest* request,
                                         v1::ListDatasetsResponse* response) override;
  grpc::ServerUnaryReactor* Reload(grpc::CallbackServerContext* context, const v1::ReloadRequest* request,
                                   v1::ReloadResponse* response) override;

 private:
  ServiceState& state_;
};

}  // namespace factcheck::rpc
