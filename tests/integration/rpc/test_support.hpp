// Shared pieces of the gRPC tests: a server on the real engine (the built plugins and the
// repository's datasets), channels to it, and the test articles.
#pragma once

#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "factcheck/v1/service.grpc.pb.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "io/article_reader.hpp"
#include "rpc/server.hpp"

namespace factcheck::rpc::testing {

inline ServerConfig test_config() {
  ServerConfig config;
  config.listen = "127.0.0.1:0";
  config.engine.plugin_dirs = {FACTCHECK_TEST_PLUGIN_DIR};
  config.engine.dataset_dirs = {FACTCHECK_TEST_DATASET_DIR};
  config.worker_threads = 2;
  config.shutdown_grace = std::chrono::seconds(5);
  return config;
}

inline std::filesystem::path data_path(const std::string& name) {
  return std::filesystem::path(RPC_TEST_DATA_DIR) / name;
}

inline v1::Document article(const std::string& name = "article-3k.md") {
  v1::Document document;
  const Status status = io::read_article(data_path(name), &document);
  EXPECT_TRUE(status.is_ok()) << status.message();
  return document;
}

// Starts a server and loads its engine; fails the test if either fails.
inline std::unique_ptr<Server> start_loaded(const ServerConfig& config) {
  std::unique_ptr<Server> server;
  const Status status = Server::start(config, &server);
  EXPECT_TRUE(status.is_ok()) << status.message();
  if (!server) return nullptr;
  const ReloadOutcome loaded = server->reload();
  EXPECT_TRUE(loaded.ok);
  return server;
}

inline std::shared_ptr<grpc::Channel> tcp_channel(int port) {
  grpc::ChannelArguments arguments;
  arguments.SetMaxReceiveMessageSize(-1);
  arguments.SetMaxSendMessageSize(-1);
  return grpc::CreateCustomChannel("127.0.0.1:" + std::to_string(port), grpc::InsecureChannelCredentials(),
                                   arguments);
}

inline std::unique_ptr<grpc::ClientContext> context_with(
    const std::string& token = {}, std::chrono::milliseconds timeout = std::chrono::seconds(30)) {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(std::chrono::system_clock::now() + timeout);
  if (!token.empty()) context->AddMetadata("authorization", "Bearer " + token);
  return context;
}

inline grpc::health::v1::HealthCheckResponse::ServingStatus health(
    const std::shared_ptr<grpc::Channel>& channel, const std::string& service = "") {
  auto stub = grpc::health::v1::Health::NewStub(channel);
  grpc::health::v1::HealthCheckRequest request;
  request.set_service(service);
  grpc::health::v1::HealthCheckResponse response;
  auto context = context_with();
  const grpc::Status status = stub->Check(context.get(), request, &response);
  EXPECT_TRUE(status.ok()) << status.error_message();
  return response.status();
}

}  // namespace factcheck::rpc::testing

namespace factcheck::rpc::testing {

// One CheckDocumentStream call read to its end on gRPC's callback client, so a test can keep
// hundreds in flight from one thread.
class StreamCall final : public grpc::ClientReadReactor<v1::CheckStreamMessage> {
 public:
  StreamCall(v1::FactCheck::Stub& stub, const v1::Document& document, std::chrono::milliseconds timeout) {
    context_.set_deadline(std::chrono::system_clock::now() + timeout);
    stub.async()->CheckDocumentStream(&context_, &document, this);
    StartRead(&message_);
    StartCall();
  }
  void OnReadDone(bool ok) override {
    if (!ok) return;
    if (message_.has_claim()) ++claims_;
    if (message_.has_summary()) summaries_.push_back(message_.summary());
    StartRead(&message_);
  }
  void OnDone(const grpc::Status& status) override {
    std::lock_guard lock(mutex_);
    status_ = status;
    done_ = true;
    finished_.notify_all();
  }
  // Waits for the end of the call.
  grpc::Status wait() {
    std::unique_lock lock(mutex_);
    finished_.wait(lock, [this] { return done_; });
    return status_;
  }
  int claims() const { return claims_; }
  const std::vector<v1::Summary>& summaries() const { return summaries_; }

 private:
  grpc::ClientContext context_;
  v1::CheckStreamMessage message_;
  int claims_ = 0;
  std::vector<v1::Summary> summaries_;
  std::mutex mutex_;
  std::condition_variable finished_;
  bool done_ = false;
  grpc::Status status_;
};

// `copies` articles glued together: enough work that a 1 ms deadline or a mid-stream cancel
// lands while the server is still checking.
inline v1::Document long_document(int copies) {
  v1::Document document = article();
  const std::string text = document.text();
  for (int i = 1; i < copies; ++i) document.mutable_text()->append("\n\n" + text);
  return document;
}

}  // namespace factcheck::rpc::testing
