#include "rpc/metrics.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "rpc/status_names.hpp"

namespace factcheck::rpc {
namespace {

constexpr auto kRelaxed = std::memory_order_relaxed;

std::size_t method_index(std::string_view method) {
  return static_cast<std::size_t>(std::find(Metrics::kMethods.begin(), Metrics::kMethods.end(), method) -
                                  Metrics::kMethods.begin());
}

// The shortest decimal that reads back as the same double ("0.0005", "2.5"), never in
// exponent form: bucket bounds are matched as text (le="0.0005") by dashboards.
std::string number(double value) {
  char buffer[400];  // the longest fixed-form double
  const auto written = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  return {buffer, written.ptr};
}

class Exposition {
 public:
  void family(std::string_view name, std::string_view type, std::string_view help) {
    out_ << "# HELP " << name << ' ' << help << "\n# TYPE " << name << ' ' << type << '\n';
  }
  void sample(std::string_view name, std::string_view labels, std::uint64_t value) {
    line(name, labels) << value << '\n';
  }
  void sample(std::string_view name, std::string_view labels, double value) {
    line(name, labels) << number(value) << '\n';
  }
  // A family of one unlabelled sample.
  template <typename Value>
  void single(std::string_view name, std::string_view type, std::string_view help, Value value) {
    family(name, type, help);
    sample(name, "", value);
  }
  std::string text() const { return out_.str(); }

 private:
  std::ostringstream& line(std::string_view name, std::string_view labels) {
    out_ << name;
    if (!labels.empty()) out_ << '{' << labels << '}';
    out_ << ' ';
    return out_;
  }
  std::ostringstream out_;
};

std::string method_label(std::string_view method) { return "method=\"" + std::string(method) + "\""; }

std::uint64_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  std::uint64_t size_pages = 0;
  std::uint64_t resident_pages = 0;
  if (!(statm >> size_pages >> resident_pages)) return 0;
  return resident_pages * static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE));
}

double cpu_seconds() {
  rusage usage{};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
  const auto seconds = [](const timeval& time) {
    return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double unix_seconds(std::chrono::system_clock::time_point time) {
  return std::chrono::duration<double>(time.time_since_epoch()).count();
}

}  // namespace

Metrics::Metrics() : started_at_seconds_(unix_seconds(std::chrono::system_clock::now())) {}

void Metrics::record_call(std::string_view method, grpc::StatusCode code, std::chrono::nanoseconds latency,
                          std::size_t claims, CacheOutcome cache) {
  const std::size_t index = method_index(method);
  const auto code_index = static_cast<std::size_t>(code);
  if (index >= kMethods.size() || code_index >= kCodes) return;
  MethodCounters& counters = methods_[index];
  counters.calls[code_index].fetch_add(1, kRelaxed);
  const double seconds = std::chrono::duration<double>(latency).count();
  const auto bucket = static_cast<std::size_t>(
      std::lower_bound(kLatencyBuckets.begin(), kLatencyBuckets.end(), seconds) - kLatencyBuckets.begin());
  if (bucket < kLatencyBuckets.size()) counters.buckets[bucket].fetch_add(1, kRelaxed);
  counters.latency_count.fetch_add(1, kRelaxed);
  counters.latency_sum_ns.fetch_add(static_cast<std::uint64_t>(std::max<std::int64_t>(latency.count(), 0)),
                                    kRelaxed);
  counters.claims.fetch_add(claims, kRelaxed);
  if (cache == CacheOutcome::hit) cache_hits_.fetch_add(1, kRelaxed);
  if (cache == CacheOutcome::miss) cache_misses_.fetch_add(1, kRelaxed);
}

void Metrics::record_checker_errors(std::size_t count) {
  if (count != 0) checker_errors_.fetch_add(count, kRelaxed);
}

void Metrics::record_reload(bool ok) { (ok ? reloads_ok_ : reloads_failed_).fetch_add(1, kRelaxed); }

std::string Metrics::render(const Gauges& gauges) const {
  Exposition out;
  out.family("factcheck_rpc_calls_total", "counter", "Finished calls by method and gRPC status code.");
  for (std::size_t m = 0; m < kMethods.size(); ++m) {
    for (std::size_t code = 0; code < kCodes; ++code) {
      const std::uint64_t calls = methods_[m].calls[code].load(kRelaxed);
      // OK is always listed, so every method has a series from the start; other codes once seen.
      if (calls == 0 && code != 0) continue;
      out.sample("factcheck_rpc_calls_total",
                 method_label(kMethods[m]) + ",code=\"" +
                     std::string(status_code_name(static_cast<grpc::StatusCode>(code))) + "\"",
                 calls);
    }
  }
  out.family("factcheck_rpc_latency_seconds", "histogram",
             "Time from a call's arrival to its status, by method (every status).");
  for (std::size_t m = 0; m < kMethods.size(); ++m) {
    const MethodCounters& counters = methods_[m];
    const std::string label = method_label(kMethods[m]);
    // Read the count first: buckets recorded after it only make +Inf lag, never go backwards.
    const std::uint64_t count = counters.latency_count.load(kRelaxed);
    std::uint64_t cumulative = 0;
    for (std::size_t b = 0; b < kLatencyBuckets.size(); ++b) {
      cumulative += counters.buckets[b].load(kRelaxed);
      out.sample("factcheck_rpc_latency_seconds_bucket", label + ",le=\"" + number(kLatencyBuckets[b]) + "\"",
                 std::min(cumulative, count));
    }
    out.sample("factcheck_rpc_latency_seconds_bucket", label + ",le=\"+Inf\"", count);
    out.sample("factcheck_rpc_latency_seconds_sum", label,
               static_cast<double>(counters.latency_sum_ns.load(kRelaxed)) / 1e9);
    out.sample("factcheck_rpc_latency_seconds_count", label, count);
  }
  out.family("factcheck_rpc_claims_total", "counter", "Claims extracted or checked, by method.");
  for (std::size_t m = 0; m < kMethods.size(); ++m)
    out.sample("factcheck_rpc_claims_total", method_label(kMethods[m]), methods_[m].claims.load(kRelaxed));
  out.single("factcheck_checker_errors_total", "counter",
             "Claims a checker failed on (still answered; the warning log names the plugin).",
             checker_errors_.load(kRelaxed));
  out.single("factcheck_rpc_calls_in_flight", "gauge", "Calls admitted and not yet finished.",
             static_cast<std::uint64_t>(gauges.calls_in_flight));

  out.family("factcheck_result_cache_lookups_total", "counter",
             "Result-cache lookups of the Document methods, by result.");
  out.sample("factcheck_result_cache_lookups_total", "result=\"hit\"", cache_hits_.load(kRelaxed));
  out.sample("factcheck_result_cache_lookups_total", "result=\"miss\"", cache_misses_.load(kRelaxed));
  out.single("factcheck_result_cache_entries", "gauge", "Answers the current result cache holds.",
             static_cast<std::uint64_t>(gauges.cache.entries));
  out.single("factcheck_result_cache_bytes", "gauge", "Memory the current result cache's entries take.",
             static_cast<std::uint64_t>(gauges.cache.bytes));

  out.single("factcheck_serving", "gauge",
             "1 when plugins and datasets are loaded and the server is not stopping.",
             std::uint64_t{gauges.serving ? 1U : 0U});
  out.single("factcheck_checkers_loaded", "gauge", "Checker plugins in the serving set.",
             static_cast<std::uint64_t>(gauges.checkers));
  out.single("factcheck_datasets_loaded", "gauge", "Datasets in the serving set.",
             static_cast<std::uint64_t>(gauges.datasets));
  out.single(
      "factcheck_plugin_calls_stuck", "gauge",
      "In-process plugin calls abandoned past their time budget and still running (each holds a thread).",
      static_cast<std::uint64_t>(gauges.plugin_calls_stuck));
  out.family("factcheck_reloads_total", "counter",
             "Loads of plugins and datasets (the first one included), by result.");
  out.sample("factcheck_reloads_total", "result=\"ok\"", reloads_ok_.load(kRelaxed));
  out.sample("factcheck_reloads_total", "result=\"failed\"", reloads_failed_.load(kRelaxed));
  out.single("factcheck_loaded_time_seconds", "gauge", "Unix time of the last load that succeeded.",
             gauges.loaded_at_seconds);
  out.single("factcheck_start_time_seconds", "gauge", "Unix time the server started.", started_at_seconds_);

  out.single("process_resident_memory_bytes", "gauge", "Resident memory of the server process.",
             resident_bytes());
  out.single("process_cpu_seconds_total", "counter", "User and system CPU time of the server process.",
             cpu_seconds());
  return out.text();
}

}  // namespace factcheck::rpc
