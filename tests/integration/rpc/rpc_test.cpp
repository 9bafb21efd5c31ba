// Every RPC, through the in-process channel and through TCP on loopback, against one server
// on the real engine; answers are compared with the embedded engine's.
#include <google/protobuf/util/message_differencer.h>
#include <grpcpp/generic/generic_stub.h>

#include <future>

#include "test_support.hpp"

namespace factcheck::rpc::testing {
namespace {

using google::protobuf::util::MessageDifferencer;

enum class Transport { in_process, tcp };

class RpcTest : public ::testing::TestWithParam<Transport> {
 protected:
  static void SetUpTestSuite() {
    server_ = start_loaded(test_config()).release();
    ASSERT_NE(server_, nullptr);
    const Status status = check::Engine::load(test_config().engine, &engine_);
    ASSERT_TRUE(status.is_ok()) << status.message();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    engine_.reset();
  }

  std::shared_ptr<grpc::Channel> channel() {
    return GetParam() == Transport::tcp ? tcp_channel(server_->port()) : server_->in_process_channel();
  }
  std::unique_ptr<v1::FactCheck::Stub> stub() { return v1::FactCheck::NewStub(channel()); }

  // The server still answers a good request after a bad one.
  void expect_still_serving() {
    v1::Report report;
    auto context = context_with();
    const grpc::Status status = stub()->CheckDocument(context.get(), article(), &report);
    EXPECT_TRUE(status.ok()) << status.error_message();
    EXPECT_GT(report.claims_size(), 0);
  }

  static Server* server_;
  static std::shared_ptr<const check::Engine> engine_;
};

Server* RpcTest::server_ = nullptr;
std::shared_ptr<const check::Engine> RpcTest::engine_;

TEST_P(RpcTest, HealthIsServingForTheServerAndTheService) {
  EXPECT_EQ(health(channel()), grpc::health::v1::HealthCheckResponse::SERVING);
  EXPECT_EQ(health(channel(), kServiceName), grpc::health::v1::HealthCheckResponse::SERVING);
}

TEST_P(RpcTest, CheckDocumentReturnsTheEmbeddedEnginesReport) {
  const v1::Document document = article();
  v1::Report remote;
  auto context = context_with();
  const grpc::Status status = stub()->CheckDocument(context.get(), document, &remote);
  ASSERT_TRUE(status.ok()) << status.error_message();

  v1::Report local;
  ASSERT_TRUE(engine_->check(document, &local).is_ok());
  EXPECT_TRUE(MessageDifferencer::Equals(remote, local))
      << remote.summary().line() << " vs " << local.summary().line();
  EXPECT_GT(remote.summary().supported(), 0U);
  EXPECT_GT(remote.summary().refuted(), 0U);
  EXPECT_GT(remote.summary().not_checkable(), 0U);
  // Explanations are one line for an editor, even where a claim spans a line break.
  int wrapped = 0;
  for (const auto& claim : remote.claims()) {
    wrapped += claim.claim().text().find('\n') != std::string::npos ? 1 : 0;
    EXPECT_EQ(claim.explanation().find('\n'), std::string::npos) << claim.explanation();
  }
  EXPECT_GT(wrapped, 0);
}

TEST_P(RpcTest, CheckDocumentStreamSendsEveryClaimThenTheSummary) {
  const v1::Document document = article();
  v1::Report local;
  ASSERT_TRUE(engine_->check(document, &local).is_ok());

  auto context = context_with();
  auto reader = stub()->CheckDocumentStream(context.get(), document);
  std::vector<v1::CheckStreamMessage> messages;
  for (v1::CheckStreamMessage message; reader->Read(&message);) messages.push_back(message);
  const grpc::Status status = reader->Finish();
  ASSERT_TRUE(status.ok()) << status.error_message();

  ASSERT_EQ(messages.size(), static_cast<std::size_t>(local.claims_size()) + 1);
  for (int i = 0; i < local.claims_size(); ++i) {
    ASSERT_TRUE(messages[static_cast<std::size_t>(i)].has_claim());
    EXPECT_TRUE(MessageDifferencer::Equals(messages[static_cast<std::size_t>(i)].claim(), local.claims(i)))
        << "claim " << i;
  }
  ASSERT_TRUE(messages.back().has_summary());
  EXPECT_TRUE(MessageDifferencer::Equals(messages.back().summary(), local.summary()));
}

TEST_P(RpcTest, ExtractClaimsReturnsTheEmbeddedExtraction) {
  const v1::Document document = article();
  v1::ClaimList remote;
  auto context = context_with();
  const grpc::Status status = stub()->ExtractClaims(context.get(), document, &remote);
  ASSERT_TRUE(status.ok()) << status.error_message();
  v1::ClaimList local;
  ASSERT_TRUE(engine_->extract(document, &local).is_ok());
  EXPECT_TRUE(MessageDifferencer::Equals(remote, local));
  EXPECT_GT(remote.claims_size(), 10);
}

TEST_P(RpcTest, CheckClaimsAnswersEachClaimInOrder) {
  v1::ClaimList claims;
  ASSERT_TRUE(engine_->extract(article(), &claims).is_ok());
  v1::DocumentContext document_context;
  document_context.set_published("2017-03-02");
  *document_context.mutable_main_entities() = claims.main_entities();
  const std::vector<v1::Claim> sent(claims.claims().begin(), claims.claims().end());
  std::vector<v1::ClaimResult> local;
  ASSERT_TRUE(engine_->check_claims(sent, document_context, &local).is_ok());

  auto context = context_with();
  auto stream = stub()->CheckClaims(context.get());
  std::vector<v1::ClaimResult> remote;
  for (std::size_t i = 0; i < sent.size(); ++i) {
    v1::CheckClaimsRequest request;
    *request.mutable_claim() = sent[i];
    if (i == 0) {
      request.set_published("2017-03-02");
      *request.mutable_main_entities() = claims.main_entities();
    }
    ASSERT_TRUE(stream->Write(request));
    v1::ClaimResult result;
    ASSERT_TRUE(stream->Read(&result));
    remote.push_back(result);
  }
  stream->WritesDone();
  const grpc::Status status = stream->Finish();
  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(remote.size(), local.size());
  for (std::size_t i = 0; i < remote.size(); ++i) {
    EXPECT_EQ(remote[i].claim().id(), sent[i].id());
    EXPECT_EQ(remote[i].verdict(), local[i].verdict()) << sent[i].text();
  }
}

TEST_P(RpcTest, ListCheckersAndDatasetsDescribeWhatIsLoaded) {
  v1::ListCheckersResponse checkers;
  auto context = context_with();
  ASSERT_TRUE(stub()->ListCheckers(context.get(), {}, &checkers).ok());
  ASSERT_EQ(checkers.checkers_size(), static_cast<int>(engine_->checkers().size()));
  ASSERT_GT(checkers.checkers_size(), 0);
  for (const auto& checker : checkers.checkers()) {
    EXPECT_FALSE(checker.name().empty());
    EXPECT_FALSE(checker.version().empty());
  }

  v1::ListDatasetsResponse datasets;
  auto second = context_with();
  ASSERT_TRUE(stub()->ListDatasets(second.get(), {}, &datasets).ok());
  ASSERT_EQ(datasets.datasets_size(), static_cast<int>(engine_->datasets().size()));
  ASSERT_GT(datasets.datasets_size(), 0);
  for (const auto& dataset : datasets.datasets()) EXPECT_EQ(dataset.sha256().size(), 64U) << dataset.name();
}

TEST_P(RpcTest, ReloadWithoutATokensFileIsRefused) {
  v1::ReloadResponse response;
  auto context = context_with();
  const grpc::Status status = stub()->Reload(context.get(), {}, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_NE(status.error_message().find("SIGHUP"), std::string::npos);
  expect_still_serving();
}

TEST_P(RpcTest, EmptyDocumentIsInvalidArgument) {
  for (const std::string text : {"", "  \n\t "}) {
    v1::Document document;
    document.set_text(text);
    v1::Report report;
    auto context = context_with();
    const grpc::Status status = stub()->CheckDocument(context.get(), document, &report);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(status.error_message(), "document text is empty");
  }
  expect_still_serving();
}

TEST_P(RpcTest, InvalidUtf8IsInvalidArgument) {
  // Hand-encoded Document{text: "GDP rose 5% <0xff 0xfe> in 2016"}: the C++ stub would not send
  // it without complaint, a client in another language might.
  const std::string text = "GDP rose 5% \xff\xfe in 2016";
  std::string wire = "\x0a";
  wire.push_back(static_cast<char>(text.size()));
  wire += text;
  grpc::Slice slice(wire);
  grpc::ByteBuffer request(&slice, 1);
  grpc::ByteBuffer response;
  grpc::GenericStub generic(channel());
  auto context = context_with();
  std::promise<grpc::Status> done;
  generic.UnaryCall(context.get(), "/factcheck.v1.FactCheck/CheckDocument", {}, &request, &response,
                    [&done](grpc::Status status) { done.set_value(status); });
  const grpc::Status status = done.get_future().get();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(status.error_message().find("UTF-8"), std::string::npos) << status.error_message();
  expect_still_serving();
}

// One raw request on a bidi-streaming method, then the call's status.
class RawBidiCall final : public grpc::ClientBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer> {
 public:
  RawBidiCall(grpc::GenericStub& stub, grpc::ClientContext* context, const std::string& method,
              const std::string& request)
      : slice_(request), request_(&slice_, 1) {
    stub.PrepareBidiStreamingCall(context, method, {}, this);
    StartWriteLast(&request_, {});
    StartRead(&response_);
    StartCall();
  }
  void OnReadDone(bool ok) override {
    if (ok) StartRead(&response_);
  }
  void OnDone(const grpc::Status& status) override { done_.set_value(status); }
  grpc::Status wait() { return done_.get_future().get(); }

 private:
  grpc::Slice slice_;
  grpc::ByteBuffer request_;
  grpc::ByteBuffer response_;
  std::promise<grpc::Status> done_;
};

TEST_P(RpcTest, InvalidUtf8ClaimIsInvalidArgument) {
  // Hand-encoded CheckClaimsRequest{claim: Claim{text: <0xff 0xfe>}}.
  const std::string claim = std::string("\x12\x02\xff\xfe", 4);
  std::string wire = "\x0a";
  wire.push_back(static_cast<char>(claim.size()));
  wire += claim;
  grpc::GenericStub generic(channel());
  auto context = context_with();
  RawBidiCall call(generic, context.get(), "/factcheck.v1.FactCheck/CheckClaims", wire);
  const grpc::Status status = call.wait();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(status.error_message().find("factcheck.v1.CheckClaimsRequest"), std::string::npos)
      << status.error_message();
  EXPECT_NE(status.error_message().find("UTF-8"), std::string::npos) << status.error_message();
  expect_still_serving();
}

TEST_P(RpcTest, UnparseableDateIsInvalidArgument) {
  v1::Document document = article();
  document.set_published("2016-13-45");
  v1::Report report;
  auto context = context_with();
  const grpc::Status status = stub()->CheckDocument(context.get(), document, &report);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(status.error_message().find("2016-13-45"), std::string::npos) << status.error_message();
  expect_still_serving();
}

TEST_P(RpcTest, ClaimWithNoQuantityIsInvalidArgument) {
  auto context = context_with();
  auto stream = stub()->CheckClaims(context.get());
  v1::CheckClaimsRequest request;
  request.mutable_claim()->set_id("c1");
  request.mutable_claim()->set_text("many");
  request.set_published("2017-03-02");
  ASSERT_TRUE(stream->Write(request));
  stream->WritesDone();
  v1::ClaimResult result;
  EXPECT_FALSE(stream->Read(&result));
  const grpc::Status status = stream->Finish();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(status.error_message(), "claim c1 has no quantity (quantity.kind is unset)");
  expect_still_serving();
}

TEST_P(RpcTest, OversizedMessageIsResourceExhausted) {
  v1::Document document;
  document.set_text(std::string(5U << 20U, 'x'));
  v1::Report report;
  auto context = context_with();
  const grpc::Status status = stub()->CheckDocument(context.get(), document, &report);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << status.error_message();
  expect_still_serving();
}

TEST_P(RpcTest, DocumentOverTheLengthLimitIsInvalidArgument) {
  v1::Document document;
  document.set_text(std::string(2U << 20U, 'x'));
  v1::Report report;
  auto context = context_with();
  const grpc::Status status = stub()->CheckDocument(context.get(), document, &report);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(status.error_message().find("max_document_bytes"), std::string::npos) << status.error_message();
  expect_still_serving();
}

TEST_P(RpcTest, OneMillisecondDeadlineIsDeadlineExceeded) {
  const v1::Document document = long_document(40);
  for (int attempt = 0; attempt < 3; ++attempt) {
    v1::Report report;
    auto context = context_with("", std::chrono::milliseconds(1));
    const grpc::Status status = stub()->CheckDocument(context.get(), document, &report);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED) << status.error_message();
    auto stream_context = context_with("", std::chrono::milliseconds(1));
    auto reader = stub()->CheckDocumentStream(stream_context.get(), document);
    v1::CheckStreamMessage message;
    while (reader->Read(&message)) {
    }
    EXPECT_EQ(reader->Finish().error_code(), grpc::StatusCode::DEADLINE_EXCEEDED);
  }
  expect_still_serving();
}

TEST_P(RpcTest, ClientDisconnectingMidStreamCancelsTheWork) {
  const v1::Document document = long_document(40);
  auto context = context_with();
  auto reader = stub()->CheckDocumentStream(context.get(), document);
  v1::CheckStreamMessage message;
  ASSERT_TRUE(reader->Read(&message));
  EXPECT_TRUE(message.has_claim());
  context->TryCancel();
  while (reader->Read(&message)) {
  }
  EXPECT_EQ(reader->Finish().error_code(), grpc::StatusCode::CANCELLED);
  expect_still_serving();
}

std::string transport_name(const ::testing::TestParamInfo<Transport>& param) {
  return param.param == Transport::tcp ? "Tcp" : "InProcess";
}

INSTANTIATE_TEST_SUITE_P(Transports, RpcTest, ::testing::Values(Transport::in_process, Transport::tcp),
                         transport_name);

}  // namespace
}  // namespace factcheck::rpc::testing
