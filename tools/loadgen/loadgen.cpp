// factcheck-loadgen: drives a factcheck server with CheckDocument (or a cheap call for the
// ceiling) from gRPC's callback client, and reports throughput and latency percentiles.
//
// --unique-documents gives every call its own Document.id, so a server's result cache never
// answers (every call is a miss and does the whole check); by default every call sends the same
// document, as a CMS re-checking a draft would.
//
// --raw-replies takes CheckDocument and ExtractClaims replies as bytes without parsing them:
// on a machine shared with the server, decoding a 50 KB report costs the client more CPU than
// the server spends sending a cached one.
//
// Closed loop (default): `concurrency` calls always in flight. Open loop (--rate): calls
// start on a fixed schedule, at most `concurrency` in flight; latency counts from the
// scheduled start, so a server that falls behind shows it instead of slowing the load.
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "factcheck/v1/service.grpc.pb.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "io/article_reader.hpp"
#include "rpc/client.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  std::string target = "127.0.0.1:50051";
  std::string document_file;
  std::string method = "check";  // check | stream | extract | list-checkers | health
  bool empty = false;            // shorthand for --method health
  unsigned concurrency = 16;
  unsigned channels = 1;
  double duration_s = 10;
  double warmup_s = 1;
  double rate = 0;  // calls per second; 0 = closed loop
  bool unique_documents = false;
  bool raw_replies = false;
  std::string token;
  std::string server_ca;  // PEM roots: TLS when set
  bool json = false;
};

struct Results {
  std::mutex mutex;
  std::vector<double> latencies_ms;  // successful calls after warm-up
  std::map<std::string, std::uint64_t> errors;
  std::uint64_t skipped = 0;  // open loop: a scheduled start found `concurrency` calls in flight
};

// One CheckDocumentStream call read to its end; deletes itself when done.
class StreamCall final : public grpc::ClientReadReactor<factcheck::v1::CheckStreamMessage> {
 public:
  StreamCall(factcheck::v1::FactCheck::Stub& stub, const factcheck::v1::Document& document,
             const std::string& token, std::function<void(const grpc::Status&)> done)
      : done_(std::move(done)) {
    context_.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    if (!token.empty()) context_.AddMetadata("authorization", "Bearer " + token);
    stub.async()->CheckDocumentStream(&context_, &document, this);
    StartRead(&message_);
    StartCall();
  }
  void OnReadDone(bool ok) override {
    if (ok) StartRead(&message_);
  }
  void OnDone(const grpc::Status& status) override {
    done_(status);
    delete this;
  }

 private:
  grpc::ClientContext context_;
  factcheck::v1::CheckStreamMessage message_;
  std::function<void(const grpc::Status&)> done_;
};

class LoadGenerator {
 public:
  LoadGenerator(const Options& options, factcheck::v1::Document document,
                const std::shared_ptr<grpc::ChannelCredentials>& credentials)
      : options_(options), document_(std::move(document)) {
    for (unsigned i = 0; i < options.channels; ++i) {
      grpc::ChannelArguments arguments;
      arguments.SetInt("factcheck.loadgen.channel", static_cast<int>(i));  // distinct connections
      arguments.SetMaxReceiveMessageSize(-1);
      auto channel = grpc::CreateCustomChannel(options.target, credentials, arguments);
      stubs_.push_back(factcheck::v1::FactCheck::NewStub(channel));
      generic_stubs_.push_back(std::make_unique<grpc::GenericStub>(channel));
      health_stubs_.push_back(grpc::health::v1::Health::NewStub(channel));
    }
  }

  void run() {
    start_ = Clock::now();
    measure_from_ = start_ + to_duration(options_.warmup_s);
    end_ = measure_from_ + to_duration(options_.duration_s);
    if (options_.rate > 0) {
      run_open_loop();
    } else {
      for (unsigned i = 0; i < options_.concurrency; ++i) start_call(Clock::now());
    }
    std::unique_lock lock(idle_mutex_);
    idle_.wait_until(lock, end_, [] { return false; });  // the load runs until end_
    idle_.wait(lock, [this] { return in_flight_ == 0; });
  }

  Results& results() { return results_; }

 private:
  static Clock::duration to_duration(double seconds) {
    return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  }

  void run_open_loop() {
    const auto interval = to_duration(1.0 / options_.rate);
    for (auto next = start_; next < end_; next += interval) {
      std::this_thread::sleep_until(next);
      if (in_flight_.load() >= options_.concurrency) {
        std::lock_guard lock(results_.mutex);
        if (next >= measure_from_) ++results_.skipped;
        continue;
      }
      start_call(next);
    }
  }

  // One call; in the closed loop its completion starts the next one.
  void start_call(Clock::time_point scheduled) {
    ++in_flight_;
    const std::size_t index = next_stub_.fetch_add(1) % stubs_.size();
    struct Call {
      grpc::ClientContext context;
      factcheck::v1::Report report;
      factcheck::v1::ClaimList claims;
      factcheck::v1::ListCheckersResponse checkers;
      factcheck::v1::Document unique_document;
      grpc::ByteBuffer raw_request;
      grpc::ByteBuffer raw_reply;
      grpc::health::v1::HealthCheckRequest health_request;
      grpc::health::v1::HealthCheckResponse health;
    };
    auto call = std::make_shared<Call>();
    call->context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    if (!options_.token.empty()) call->context.AddMetadata("authorization", "Bearer " + options_.token);
    auto done = [this, call, scheduled](const grpc::Status& status) { complete(status, scheduled); };
    const factcheck::v1::Document* document = &document_;
    if (options_.unique_documents) {
      call->unique_document = document_;
      call->unique_document.set_id(document_.id() + "#loadgen-" +
                                   std::to_string(next_document_.fetch_add(1)));
      document = &call->unique_document;
    }
    auto* async = stubs_[index]->async();
    if (options_.raw_replies && (options_.method == "check" || options_.method == "extract")) {
      grpc::Slice request(document->SerializeAsString());
      call->raw_request = grpc::ByteBuffer(&request, 1);
      generic_stubs_[index]->UnaryCall(&call->context,
                                       options_.method == "check" ? "/factcheck.v1.FactCheck/CheckDocument"
                                                                  : "/factcheck.v1.FactCheck/ExtractClaims",
                                       grpc::StubOptions(), &call->raw_request, &call->raw_reply, done);
    } else if (options_.method == "check") {
      async->CheckDocument(&call->context, document, &call->report, done);
    } else if (options_.method == "extract") {
      async->ExtractClaims(&call->context, document, &call->claims, done);
    } else if (options_.method == "list-checkers") {
      static const factcheck::v1::ListCheckersRequest kEmpty;
      async->ListCheckers(&call->context, &kEmpty, &call->checkers, done);
    } else if (options_.method == "stream") {
      new StreamCall(*stubs_[index], *document, options_.token, std::move(done));
    } else {
      // A health answer other than SERVING (still loading, or draining) is a failed probe.
      auto serving = [this, call, scheduled](const grpc::Status& status) {
        complete(status.ok() && call->health.status() != grpc::health::v1::HealthCheckResponse::SERVING
                     ? grpc::Status(grpc::StatusCode::UNAVAILABLE, "health: not SERVING")
                     : status,
                 scheduled);
      };
      health_stubs_[index]->async()->Check(&call->context, &call->health_request, &call->health, serving);
    }
  }

  void complete(const grpc::Status& status, Clock::time_point scheduled) {
    const auto now = Clock::now();
    if (now >= measure_from_ && now < end_) {
      std::lock_guard lock(results_.mutex);
      if (status.ok()) {
        results_.latencies_ms.push_back(std::chrono::duration<double, std::milli>(now - scheduled).count());
      } else {
        ++results_
              .errors[std::to_string(static_cast<int>(status.error_code())) + " " + status.error_message()];
      }
    }
    // In the closed loop the next call starts before this one is uncounted, so in_flight_
    // reaches 0 only once the load is over.
    if (options_.rate <= 0 && now < end_) start_call(Clock::now());
    // Whichever call brings the count to 0 wakes run(), whenever it ended, and under the mutex,
    // so the wake cannot fall between run()'s check of the count and its wait.
    if (in_flight_.fetch_sub(1) == 1) {
      std::lock_guard lock(idle_mutex_);
      idle_.notify_all();
    }
  }

  const Options& options_;
  factcheck::v1::Document document_;
  std::vector<std::unique_ptr<factcheck::v1::FactCheck::Stub>> stubs_;
  std::vector<std::unique_ptr<grpc::health::v1::Health::Stub>> health_stubs_;
  std::vector<std::unique_ptr<grpc::GenericStub>> generic_stubs_;
  std::atomic<std::size_t> next_stub_{0};
  std::atomic<std::uint64_t> next_document_{0};
  std::atomic<unsigned> in_flight_{0};
  Clock::time_point start_, measure_from_, end_;
  std::mutex idle_mutex_;
  std::condition_variable idle_;
  Results results_;
};

double percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  const auto rank = static_cast<std::size_t>(std::lround(p / 100.0 * static_cast<double>(sorted.size() - 1)));
  return sorted[std::min(rank, sorted.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{"factcheck-loadgen: load a factcheck server and report throughput and latency",
               "factcheck-loadgen"};
  app.add_option("--target", options.target, "Server HOST:PORT")->capture_default_str();
  app.add_option("--document", options.document_file, "Article to send (front matter allowed)")
      ->check(CLI::ExistingFile);
  app.add_option("--method", options.method, "Call to make")
      ->check(CLI::IsMember({"check", "stream", "extract", "list-checkers", "health"}))
      ->capture_default_str();
  app.add_flag("--empty", options.empty,
               "Call grpc.health.v1.Health/Check instead: the ceiling of an empty RPC");
  app.add_option("--concurrency", options.concurrency, "Calls in flight (the cap, with --rate)")
      ->check(CLI::Range(1U, 100000U))
      ->capture_default_str();
  app.add_option("--channels", options.channels, "Client channels (TCP connections)")
      ->check(CLI::Range(1U, 64U))
      ->capture_default_str();
  app.add_option("--duration", options.duration_s, "Seconds measured")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--warmup", options.warmup_s, "Seconds of load before measuring")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app.add_option("--rate", options.rate, "Open loop: calls started per second (0 = closed loop)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app.add_flag("--unique-documents", options.unique_documents,
               "Give every call its own Document.id, so no answer can come from the server's result cache");
  app.add_flag("--raw-replies", options.raw_replies,
               "check and extract: take replies as bytes, unparsed (keeps decoding off a shared machine)");
  app.add_option("--token", options.token, "Bearer token")->envname("FACTCHECK_TOKEN");
  app.add_option("--server-ca", options.server_ca, "PEM root certificates: talk TLS to the server")
      ->check(CLI::ExistingFile);
  app.add_flag("--json", options.json, "Print the result as one JSON object");
  CLI11_PARSE(app, argc, argv);
  if (options.empty) options.method = "health";
  if (options.method != "health" && options.method != "list-checkers" && options.document_file.empty()) {
    std::cerr << "factcheck-loadgen: --document is needed for --method " << options.method << "\n";
    return 2;
  }

  factcheck::v1::Document document;
  if (!options.document_file.empty()) {
    if (auto status = factcheck::io::read_article(options.document_file, &document); !status) {
      std::cerr << "factcheck-loadgen: " << status.message() << "\n";
      return 2;
    }
  }

  std::shared_ptr<grpc::ChannelCredentials> credentials;
  if (auto status = factcheck::rpc::channel_credentials(options.server_ca, &credentials); !status) {
    std::cerr << "factcheck-loadgen: " << status.message() << "\n";
    return 2;
  }
  LoadGenerator generator(options, document, credentials);
  generator.run();
  Results& results = generator.results();
  std::sort(results.latencies_ms.begin(), results.latencies_ms.end());
  std::uint64_t failed = 0;
  for (const auto& [message, count] : results.errors) failed += count;
  const double throughput = static_cast<double>(results.latencies_ms.size()) / options.duration_s;
  const double p50 = percentile(results.latencies_ms, 50);
  const double p90 = percentile(results.latencies_ms, 90);
  const double p99 = percentile(results.latencies_ms, 99);
  const double max = results.latencies_ms.empty() ? 0 : results.latencies_ms.back();
  const bool sends_document = options.method != "health" && options.method != "list-checkers";
  const std::string documents = std::string(!sends_document            ? "no"
                                            : options.unique_documents ? "unique"
                                                                       : "repeated") +
                                (options.raw_replies && sends_document ? ", raw replies" : "");
  if (options.json) {
    std::printf(
        "{\"method\":\"%s\",\"documents\":\"%s\",\"concurrency\":%u,\"rate\":%.1f,\"duration_s\":%.1f,\"ok\":"
        "%zu,\"failed\":%llu,"
        "\"skipped\":%llu,\"throughput\":%.1f,\"p50_ms\":%.3f,\"p90_ms\":%.3f,\"p99_ms\":%.3f,\"max_ms\":%."
        "3f}\n",
        options.method.c_str(), documents.c_str(), options.concurrency, options.rate, options.duration_s,
        results.latencies_ms.size(), static_cast<unsigned long long>(failed),
        static_cast<unsigned long long>(results.skipped), throughput, p50, p90, p99, max);
  } else {
    std::printf("method %s (%s documents), %s, %.1f s measured after %.1f s warm-up\n",
                options.method.c_str(), documents.c_str(),
                options.rate > 0
                    ? ("open loop at " + std::to_string(options.rate) + "/s, cap " +
                       std::to_string(options.concurrency) + " in flight")
                          .c_str()
                    : ("closed loop, " + std::to_string(options.concurrency) + " in flight").c_str(),
                options.duration_s, options.warmup_s);
    std::printf("  ok %zu  failed %llu  skipped %llu\n", results.latencies_ms.size(),
                static_cast<unsigned long long>(failed), static_cast<unsigned long long>(results.skipped));
    std::printf("  throughput %.1f calls/s\n", throughput);
    std::printf("  latency ms  p50 %.3f  p90 %.3f  p99 %.3f  max %.3f\n", p50, p90, p99, max);
    for (const auto& [message, count] : results.errors)
      std::printf("  error x%llu: %s\n", static_cast<unsigned long long>(count), message.c_str());
  }
  return failed == 0 ? 0 : 1;
}
