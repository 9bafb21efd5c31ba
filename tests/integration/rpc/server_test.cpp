// Server behaviour beyond single calls: tokens, limits, reload, life cycle, the CLI client.
#include <google/protobuf/util/message_differencer.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <thread>

#include "rpc/client.hpp"
#include "test_support.hpp"

namespace factcheck::rpc::testing {
namespace {

constexpr const char* kUserToken = "user-token-0123456789";
constexpr const char* kAdminToken = "admin-token-0123456789";

// A scratch directory removed at the end of the test.
class ScratchDir {
 public:
  ScratchDir() {
    path_ = std::filesystem::temp_directory_path() /
            ("factcheck-rpc-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() { std::filesystem::remove_all(path_); }
  std::filesystem::path write(const std::string& name, const std::string& content) const {
    std::ofstream(path_ / name) << content;
    return path_ / name;
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  std::filesystem::path path_;
};

std::filesystem::path write_tokens(const ScratchDir& dir) {
  return dir.write("tokens",
                   std::string("# test tokens\n") + kUserToken + " user\n" + kAdminToken + " admin\n");
}

// A loopback port nothing listens on.
int closed_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
  socklen_t length = sizeof(address);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(fd);
  return ntohs(address.sin_port);
}

grpc::Status check_document(v1::FactCheck::Stub& stub, const v1::Document& document,
                            const std::string& token = {}, v1::Report* report = nullptr) {
  v1::Report scratch;
  auto context = context_with(token);
  return stub.CheckDocument(context.get(), document, report != nullptr ? report : &scratch);
}

TEST(ServerAuth, TokensAreRequiredAndReloadNeedsAdmin) {
  ScratchDir dir;
  ServerConfig config = test_config();
  config.tokens_file = write_tokens(dir);
  auto server = start_loaded(config);
  ASSERT_NE(server, nullptr);
  auto stub = v1::FactCheck::NewStub(tcp_channel(server->port()));
  const v1::Document document = article();

  grpc::Status status = check_document(*stub, document);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_NE(status.error_message().find("missing"), std::string::npos);
  status = check_document(*stub, document, "not-a-known-token-at-all");
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(status.error_message(), "unknown bearer token");
  EXPECT_TRUE(check_document(*stub, document, kUserToken).ok());
  EXPECT_TRUE(check_document(*stub, document, kAdminToken).ok());

  v1::ReloadResponse response;
  auto user_context = context_with(kUserToken);
  status = stub->Reload(user_context.get(), {}, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  auto admin_context = context_with(kAdminToken);
  status = stub->Reload(admin_context.get(), {}, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_TRUE(response.ok());
  EXPECT_GT(response.checkers_size(), 0);
  EXPECT_GT(response.datasets_size(), 0);

  // Health needs no token: probes carry none.
  EXPECT_EQ(health(tcp_channel(server->port())), grpc::health::v1::HealthCheckResponse::SERVING);
}

TEST(ServerReload, AFailedReloadKeepsTheCurrentSetServing) {
  ScratchDir dir;
  ServerConfig config = test_config();
  config.tokens_file = write_tokens(dir);
  auto server = start_loaded(config);
  ASSERT_NE(server, nullptr);
  dir.write("tokens", "short admin\n");
  auto stub = v1::FactCheck::NewStub(tcp_channel(server->port()));
  v1::ReloadResponse response;
  auto context = context_with(kAdminToken);
  ASSERT_TRUE(stub->Reload(context.get(), {}, &response).ok());
  EXPECT_FALSE(response.ok());
  ASSERT_EQ(response.errors_size(), 1);
  EXPECT_NE(response.errors(0).find("tokens:1: token shorter than 16 characters"), std::string::npos)
      << response.errors(0);
  EXPECT_TRUE(check_document(*stub, article(), kUserToken).ok());  // the old tokens still hold
}

TEST(ServerLifeCycle, NotServingUntilLoaded) {
  std::unique_ptr<Server> server;
  ASSERT_TRUE(Server::start(test_config(), &server).is_ok());
  auto channel = server->in_process_channel();
  EXPECT_EQ(health(channel), grpc::health::v1::HealthCheckResponse::NOT_SERVING);
  auto stub = v1::FactCheck::NewStub(channel);
  EXPECT_EQ(check_document(*stub, article()).error_code(), grpc::StatusCode::UNAVAILABLE);
  ASSERT_TRUE(server->reload().ok);
  EXPECT_EQ(health(channel), grpc::health::v1::HealthCheckResponse::SERVING);
  EXPECT_TRUE(check_document(*stub, article()).ok());
}

TEST(ServerLifeCycle, ShutdownLetsCallsInFlightFinish) {
  auto server = start_loaded(test_config());
  ASSERT_NE(server, nullptr);
  auto stub = v1::FactCheck::NewStub(tcp_channel(server->port()));
  const v1::Document document = long_document(20);
  auto context = context_with();
  auto reader = stub->CheckDocumentStream(context.get(), document);
  v1::CheckStreamMessage message;
  ASSERT_TRUE(reader->Read(&message));  // the call is running
  std::thread stopper([&server] { server->shutdown(std::chrono::seconds(20)); });
  // While the stream is unread the server drains: it waits for it and refuses new calls.
  while (server->serving()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  const grpc::Status refused = check_document(*stub, article());
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::UNAVAILABLE) << refused.error_message();
  int messages = 1;
  bool summary = false;
  while (reader->Read(&message)) {
    ++messages;
    summary = message.has_summary();
  }
  const grpc::Status status = reader->Finish();
  stopper.join();
  EXPECT_TRUE(status.ok()) << status.error_message();
  EXPECT_TRUE(summary);
  EXPECT_GT(messages, 20);
  EXPECT_FALSE(check_document(*stub, article()).ok());  // no longer accepting
}

TEST(ServerLimits, CallsBeyondTheConcurrencyLimitAreResourceExhausted) {
  ServerConfig config = test_config();
  config.max_concurrent_calls = 2;
  config.worker_threads = 1;
  auto server = start_loaded(config);
  ASSERT_NE(server, nullptr);
  auto stub = v1::FactCheck::NewStub(tcp_channel(server->port()));
  const v1::Document document = long_document(5);
  std::vector<std::unique_ptr<StreamCall>> calls;
  for (int i = 0; i < 20; ++i)
    calls.push_back(std::make_unique<StreamCall>(*stub, document, std::chrono::seconds(60)));
  int ok = 0;
  int exhausted = 0;
  for (auto& call : calls) {
    const grpc::Status status = call->wait();
    if (status.ok()) ++ok;
    if (status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED) {
      ++exhausted;
      EXPECT_NE(status.error_message().find("max_concurrent_calls"), std::string::npos);
    }
  }
  EXPECT_GE(ok, 1);
  EXPECT_GE(exhausted, 1);
  EXPECT_EQ(ok + exhausted, 20);
  EXPECT_TRUE(check_document(*stub, article()).ok());
}

// A short document is checked on the gRPC thread, a longer one (or any, with the threshold 0)
// on the workers: both paths give the same report.
TEST(ServerInline, InlineAndWorkerChecksGiveTheSameReport) {
  ServerConfig inline_config = test_config();
  inline_config.result_cache.entries = 0;
  ServerConfig worker_config = inline_config;
  worker_config.inline_max_document_bytes = 0;
  ASSERT_GT(inline_config.inline_max_document_bytes, article().text().size() + 1024);
  auto inline_server = start_loaded(inline_config);
  auto worker_server = start_loaded(worker_config);
  ASSERT_NE(inline_server, nullptr);
  ASSERT_NE(worker_server, nullptr);
  auto inline_stub = v1::FactCheck::NewStub(tcp_channel(inline_server->port()));
  auto worker_stub = v1::FactCheck::NewStub(tcp_channel(worker_server->port()));
  v1::Report inlined;
  v1::Report worked;
  ASSERT_TRUE(check_document(*inline_stub, article(), {}, &inlined).ok());
  ASSERT_TRUE(check_document(*worker_stub, article(), {}, &worked).ok());
  EXPECT_GT(inlined.claims_size(), 0);
  EXPECT_EQ(inlined.SerializeAsString(), worked.SerializeAsString());
}

TEST(ServerLimits, TooManyClaimsOnOneStreamIsResourceExhausted) {
  ServerConfig config = test_config();
  config.max_claims_per_stream = 2;
  auto server = start_loaded(config);
  ASSERT_NE(server, nullptr);
  auto stub = v1::FactCheck::NewStub(server->in_process_channel());
  v1::ClaimList claims;
  auto extract_context = context_with();
  ASSERT_TRUE(stub->ExtractClaims(extract_context.get(), article(), &claims).ok());
  ASSERT_GE(claims.claims_size(), 3);
  auto context = context_with();
  auto stream = stub->CheckClaims(context.get());
  int results = 0;
  for (int i = 0; i < 3; ++i) {
    v1::CheckClaimsRequest request;
    *request.mutable_claim() = claims.claims(i);
    request.set_published("2017-03-02");
    if (!stream->Write(request)) break;
    v1::ClaimResult result;
    if (stream->Read(&result)) ++results;
  }
  stream->WritesDone();
  const grpc::Status status = stream->Finish();
  EXPECT_EQ(results, 2);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED);
  EXPECT_NE(status.error_message().find("max_claims_per_stream"), std::string::npos);
}

// Keeps a CheckClaims stream open (no claim sent) on a channel with the given arguments for
// `hold`, or until the connection drops, then sends one claim; returns how the call ended.
grpc::Status hold_claims_stream(int port, grpc::ChannelArguments arguments, std::chrono::milliseconds hold) {
  arguments.SetMaxReceiveMessageSize(-1);
  auto channel = grpc::CreateCustomChannel("127.0.0.1:" + std::to_string(port),
                                           grpc::InsecureChannelCredentials(), arguments);
  auto stub = v1::FactCheck::NewStub(channel);
  v1::ClaimList claims;
  auto extract_context = context_with();
  const grpc::Status extracted = stub->ExtractClaims(extract_context.get(), article(), &claims);
  if (!extracted.ok()) return extracted;
  auto context = context_with();
  auto stream = stub->CheckClaims(context.get());
  const auto until = std::chrono::steady_clock::now() + hold;
  while (channel->GetState(false) == GRPC_CHANNEL_READY && std::chrono::steady_clock::now() < until)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  v1::CheckClaimsRequest request;
  *request.mutable_claim() = claims.claims(0);
  request.set_published("2017-03-02");
  v1::ClaimResult result;
  if (stream->Write(request) && stream->Read(&result)) stream->WritesDone();
  return stream->Finish();
}

// A client pinging faster than `keepalive.min_client_ping_interval` allows is sent away after
// `max_ping_strikes` bad pings (GOAWAY "too_many_pings"), and its call ends UNAVAILABLE; the
// same call from a client that does not ping succeeds.
TEST(ServerLimits, AClientPingingTooOftenIsSentAway) {
  ServerConfig config = test_config();
  config.keepalive.min_client_ping_interval = std::chrono::seconds(60);
  config.keepalive.max_ping_strikes = 1;
  auto server = start_loaded(config);
  ASSERT_NE(server, nullptr);
  grpc::ChannelArguments pinging;
  pinging.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 50);
  pinging.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 1000);
  pinging.SetInt(GRPC_ARG_HTTP2_MAX_PINGS_WITHOUT_DATA, 0);
  pinging.SetInt(GRPC_ARG_HTTP2_MIN_SENT_PING_INTERVAL_WITHOUT_DATA_MS, 10);
  // gRPC clients send about one ping a second at most: the bad pings take a few seconds.
  const auto started = std::chrono::steady_clock::now();
  const grpc::Status sent_away = hold_claims_stream(server->port(), pinging, std::chrono::seconds(20));
  const auto took =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  EXPECT_EQ(sent_away.error_code(), grpc::StatusCode::UNAVAILABLE) << sent_away.error_message();

  const grpc::Status quiet = hold_claims_stream(server->port(), grpc::ChannelArguments(), took);
  EXPECT_TRUE(quiet.ok()) << quiet.error_message();
}

// Many streams at once on one connection: all answered in full.
void run_concurrent_streams(int count) {
  auto server = start_loaded(test_config());
  ASSERT_NE(server, nullptr);
  auto stub = v1::FactCheck::NewStub(tcp_channel(server->port()));
  const v1::Document document = article();
  std::vector<std::unique_ptr<StreamCall>> calls;
  calls.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i)
    calls.push_back(std::make_unique<StreamCall>(*stub, document, std::chrono::seconds(120)));
  int failed = 0;
  for (auto& call : calls) {
    const grpc::Status status = call->wait();
    if (!status.ok()) {
      ++failed;
      ADD_FAILURE() << status.error_message();
      continue;
    }
    ASSERT_EQ(call->summaries().size(), 1U);
    EXPECT_EQ(static_cast<int>(call->summaries().front().numbers()), call->claims());
  }
  EXPECT_EQ(failed, 0);
  EXPECT_TRUE(check_document(*stub, article()).ok());
}

TEST(ServerLoad, HundredConcurrentStreams) { run_concurrent_streams(100); }

TEST(ServerLoad, ThousandConcurrentStreams) { run_concurrent_streams(1000); }

TEST(ServerLoad, HotReloadUnderLoadFailsNoCall) {
  ScratchDir dir;
  ServerConfig config = test_config();
  config.tokens_file = write_tokens(dir);
  auto server = start_loaded(config);
  ASSERT_NE(server, nullptr);
  const v1::Document document = article();
  std::atomic<bool> stop{false};
  std::atomic<int> ok{0};
  std::atomic<int> failed{0};
  std::vector<std::thread> clients;
  for (int i = 0; i < 4; ++i) {
    clients.emplace_back([&] {
      auto stub = v1::FactCheck::NewStub(tcp_channel(server->port()));
      while (!stop) {
        const grpc::Status status = check_document(*stub, document, kUserToken);
        (status.ok() ? ok : failed)++;
      }
    });
  }
  auto admin = v1::FactCheck::NewStub(tcp_channel(server->port()));
  for (int reload = 0; reload < 3; ++reload) {
    const int before = ok.load();
    while (ok.load() < before + 20) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    v1::ReloadResponse response;
    auto context = context_with(kAdminToken);
    const grpc::Status status = admin->Reload(context.get(), {}, &response);
    ASSERT_TRUE(status.ok()) << status.error_message();
    EXPECT_TRUE(response.ok());
  }
  const int after_reloads = ok.load();
  while (ok.load() < after_reloads + 20) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  stop = true;
  for (auto& client : clients) client.join();
  EXPECT_EQ(failed.load(), 0);
  EXPECT_GT(ok.load(), 80);
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A CA, and a server and a client certificate it signed, made with the openssl command (which
// tools/setup-deps.sh installs: without it the TLS tests fail, they do not skip). make()
// returns what went wrong, empty when every file was made.
class TlsFiles {
 public:
  explicit TlsFiles(const ScratchDir& dir) : dir_(dir) {}
  std::string make() const {
    dir_.write("ext", "subjectAltName=IP:127.0.0.1\n");
    std::string error = openssl(kNewKey + "-x509 -days 1 -subj /CN=test-ca -keyout ca.key -out ca.pem");
    if (error.empty()) error = sign("server", " -extfile ext");
    if (error.empty()) error = sign("client", "");
    return error;
  }
  std::filesystem::path file(const std::string& name) const { return dir_.path() / name; }

 private:
  static inline const std::string kNewKey = "req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes ";

  std::string sign(const std::string& name, const std::string& extensions) const {
    std::string error =
        openssl(kNewKey + "-subj /CN=" + name + " -keyout " + name + ".key -out " + name + ".csr");
    if (error.empty()) {
      error = openssl("x509 -req -days 1 -in " + name +
                      ".csr -CA ca.pem -CAkey ca.key -CAcreateserial -out " + name + ".pem" + extensions);
    }
    return error;
  }
  // Runs `openssl ARGS` in the scratch directory: empty on success, else the command, its exit
  // status and what it wrote to stderr.
  std::string openssl(const std::string& args) const {
    const int status = std::system(
        ("cd " + dir_.path().string() + " && openssl " + args + " >/dev/null 2>openssl.err").c_str());
    if (status == 0) return "";
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (code == 127) return "the openssl command is not installed (tools/setup-deps.sh installs it)";
    return "openssl " + args + " exited with " + std::to_string(code) + ": " + read_file(file("openssl.err"));
  }
  const ScratchDir& dir_;
};

TEST(ServerTls, ServesTlsAndCanRequireClientCertificates) {
  ScratchDir dir;
  TlsFiles tls(dir);
  const std::string error = tls.make();
  ASSERT_TRUE(error.empty()) << error;
  ServerConfig config = test_config();
  config.tls.cert_file = tls.file("server.pem");
  config.tls.key_file = tls.file("server.key");
  config.tls.client_ca_file = tls.file("ca.pem");
  config.tls.require_client_cert = true;
  auto server = start_loaded(config);
  ASSERT_NE(server, nullptr);
  const std::string target = "127.0.0.1:" + std::to_string(server->port());

  grpc::SslCredentialsOptions with_cert;
  with_cert.pem_root_certs = read_file(tls.file("ca.pem"));
  with_cert.pem_private_key = read_file(tls.file("client.key"));
  with_cert.pem_cert_chain = read_file(tls.file("client.pem"));
  auto stub = v1::FactCheck::NewStub(grpc::CreateChannel(target, grpc::SslCredentials(with_cert)));
  EXPECT_TRUE(check_document(*stub, article()).ok());

  grpc::SslCredentialsOptions without_cert;
  without_cert.pem_root_certs = with_cert.pem_root_certs;
  auto anonymous = v1::FactCheck::NewStub(grpc::CreateChannel(target, grpc::SslCredentials(without_cert)));
  EXPECT_EQ(check_document(*anonymous, article()).error_code(), grpc::StatusCode::UNAVAILABLE);
  auto plaintext = v1::FactCheck::NewStub(grpc::CreateChannel(target, grpc::InsecureChannelCredentials()));
  EXPECT_EQ(check_document(*plaintext, article()).error_code(), grpc::StatusCode::UNAVAILABLE);
}

TEST(ServerTls, ClientModeSpeaksTls) {
  ScratchDir dir;
  TlsFiles tls(dir);
  const std::string error = tls.make();
  ASSERT_TRUE(error.empty()) << error;
  ServerConfig config = test_config();
  config.tls.cert_file = tls.file("server.pem");
  config.tls.key_file = tls.file("server.key");
  auto server = start_loaded(config);
  ASSERT_NE(server, nullptr);
  ClientOptions options;
  options.servers = {"127.0.0.1:" + std::to_string(server->port())};
  options.ca_file = tls.file("ca.pem");
  std::shared_ptr<const check::Engine> remote;
  ASSERT_TRUE(connect_remote_engine(options, &remote).is_ok());
  v1::Report report;
  const Status status = remote->check(article(), &report);
  EXPECT_TRUE(status.is_ok()) << status.message();
  EXPECT_GT(report.claims_size(), 0);
}

TEST(RemoteEngine, ParsesServerLists) {
  std::vector<std::string> servers;
  ASSERT_TRUE(parse_server_list("a.example:1,127.0.0.1:50051,[::1]:7", &servers).is_ok());
  EXPECT_EQ(servers, (std::vector<std::string>{"a.example:1", "127.0.0.1:50051", "[::1]:7"}));
  for (const char* bad : {"", "host", "host:", ":80", "host:0", "host:65536", "host:8x", "a:1,,b:2"}) {
    const Status status = parse_server_list(bad, &servers);
    EXPECT_FALSE(status.is_ok()) << bad;
  }
}

// Every Engine call through the servers, with a dead address in the rotation: the answers are
// the embedded engine's.
TEST(RemoteEngine, AnswersLikeTheEmbeddedEngineAndSkipsAServerThatIsDown) {
  auto server = start_loaded(test_config());
  ASSERT_NE(server, nullptr);
  ClientOptions options;
  options.servers = {"127.0.0.1:" + std::to_string(closed_port()),
                     "127.0.0.1:" + std::to_string(server->port())};
  options.timeout = std::chrono::seconds(20);
  std::shared_ptr<const check::Engine> remote;
  ASSERT_TRUE(connect_remote_engine(options, &remote).is_ok());
  std::shared_ptr<const check::Engine> local;
  ASSERT_TRUE(check::Engine::load(test_config().engine, &local).is_ok());
  EXPECT_EQ(remote->checkers().size(), local->checkers().size());
  EXPECT_EQ(remote->datasets().size(), local->datasets().size());

  const v1::Document document = article();
  v1::Report expected;
  ASSERT_TRUE(local->check(document, &expected).is_ok());
  for (int i = 0; i < 4; ++i) {  // every start position of the rotation
    v1::Report report;
    const Status status = remote->check(document, &report);
    ASSERT_TRUE(status.is_ok()) << status.message();
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(report, expected));
  }

  std::vector<v1::ClaimResult> streamed;
  v1::Summary summary;
  ASSERT_TRUE(remote
                  ->check_stream(
                      document,
                      [&streamed](const v1::ClaimResult& result) {
                        streamed.push_back(result);
                        return true;
                      },
                      &summary)
                  .is_ok());
  ASSERT_EQ(streamed.size(), static_cast<std::size_t>(expected.claims_size()));
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(summary, expected.summary()));

  v1::ClaimList claims;
  ASSERT_TRUE(remote->extract(document, &claims).is_ok());
  ASSERT_EQ(claims.claims_size(), expected.claims_size());
  v1::DocumentContext context;
  context.set_published(document.published());
  *context.mutable_main_entities() = claims.main_entities();
  const std::vector<v1::Claim> sent(claims.claims().begin(), claims.claims().end());
  std::vector<v1::ClaimResult> remote_results;
  std::vector<v1::ClaimResult> local_results;
  ASSERT_TRUE(remote->check_claims(sent, context, &remote_results).is_ok());
  ASSERT_TRUE(local->check_claims(sent, context, &local_results).is_ok());
  ASSERT_EQ(remote_results.size(), local_results.size());
  for (std::size_t i = 0; i < remote_results.size(); ++i) {
    EXPECT_EQ(remote_results[i].verdict(), local_results[i].verdict()) << sent[i].text();
  }

  v1::Report rejected;
  const Status invalid = remote->check(v1::Document(), &rejected);
  EXPECT_EQ(invalid.code(), Status::Code::invalid_argument);
  EXPECT_NE(invalid.message().find("document text is empty"), std::string::npos);
}

TEST(RemoteEngine, StoppingTheStreamCancelsIt) {
  auto server = start_loaded(test_config());
  ASSERT_NE(server, nullptr);
  ClientOptions options;
  options.servers = {"127.0.0.1:" + std::to_string(server->port())};
  std::shared_ptr<const check::Engine> remote;
  ASSERT_TRUE(connect_remote_engine(options, &remote).is_ok());
  int received = 0;
  v1::Summary summary;
  const Status status = remote->check_stream(
      long_document(10), [&received](const v1::ClaimResult&) { return ++received < 3; }, &summary);
  EXPECT_EQ(status.code(), Status::Code::cancelled) << status.message();
  EXPECT_EQ(received, 3);
}

TEST(RemoteEngine, ConnectFailsWhenNoServerAnswers) {
  ClientOptions options;
  options.servers = {"127.0.0.1:" + std::to_string(closed_port())};
  options.timeout = std::chrono::seconds(5);
  std::shared_ptr<const check::Engine> remote;
  const Status status = connect_remote_engine(options, &remote);
  EXPECT_EQ(status.code(), Status::Code::unavailable);
  EXPECT_NE(status.message().find("no server answered"), std::string::npos) << status.message();
  EXPECT_EQ(remote, nullptr);
}

}  // namespace
}  // namespace factcheck::rpc::testing
