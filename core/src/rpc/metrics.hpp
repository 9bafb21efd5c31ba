// What the service has done, for Prometheus (docs/api.md, "Metrics"): calls by method and
// status code, latency histograms, claims, result-cache lookups and reloads, counted here;
// gauges (calls in flight, the cache's size, what is loaded, the process's memory and CPU) are
// read by the caller when scraped and passed to render().
//
// Recording is lock-free (relaxed atomics in fixed tables), so it costs a call a few adds.
#pragma once

#include <grpcpp/support/status_code_enum.h>

#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "rpc/result_cache.hpp"

namespace factcheck::rpc {

class Metrics {
 public:
  // The methods counted, in the order the exposition lists them.
  static constexpr std::array<std::string_view, 7> kMethods = {
      "CheckDocument", "CheckDocumentStream", "ExtractClaims", "CheckClaims",
      "ListCheckers",  "ListDatasets",        "Reload"};
  // Upper bounds (seconds) of the latency histogram's buckets; +Inf follows.
  static constexpr std::array<double, 14> kLatencyBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                             0.1,    0.25,  0.5,    1,     2.5,  5,     10};

  enum class CacheOutcome { none, hit, miss };

  Metrics();

  // One finished call of `method` (one of kMethods; others are ignored).
  void record_call(std::string_view method, grpc::StatusCode code, std::chrono::nanoseconds latency,
                   std::size_t claims, CacheOutcome cache);
  void record_reload(bool ok);
  // Claims on which a checker failed: each still answered, the error in ClaimResult.errors.
  void record_checker_errors(std::size_t count);

  // Read at scrape time by whoever owns what they describe.
  struct Gauges {
    bool serving = false;
    std::size_t calls_in_flight = 0;
    std::size_t checkers = 0;
    std::size_t datasets = 0;
    ResultCache::Stats cache;            // the current engine generation's cache
    double loaded_at_seconds = 0;        // Unix time of the last successful load; 0 before it
    std::size_t plugin_calls_stuck = 0;  // in-process plugin calls abandoned past their budget
  };

  // The exposition in the Prometheus text format 0.0.4: these counters, `gauges`, and the
  // process's resident memory, CPU time and start time.
  std::string render(const Gauges& gauges) const;

 private:
  static constexpr std::size_t kCodes = 17;  // grpc::StatusCode OK .. UNAUTHENTICATED

  struct MethodCounters {
    std::array<std::atomic<std::uint64_t>, kCodes> calls{};
    std::array<std::atomic<std::uint64_t>, kLatencyBuckets.size()> buckets{};  // not cumulative
    std::atomic<std::uint64_t> latency_count{0};
    std::atomic<std::uint64_t> latency_sum_ns{0};
    std::atomic<std::uint64_t> claims{0};
  };

  const double started_at_seconds_;  // Unix time
  std::array<MethodCounters, kMethods.size()> methods_{};
  std::atomic<std::uint64_t> cache_hits_{0};
  std::atomic<std::uint64_t> cache_misses_{0};
  std::atomic<std::uint64_t> checker_errors_{0};
  std::atomic<std::uint64_t> reloads_ok_{0};
  std::atomic<std::uint64_t> reloads_failed_{0};
};

}  // namespace factcheck::rpc
