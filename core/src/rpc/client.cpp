#include "rpc/client.hpp"

#include <grpcpp/grpcpp.h>

#include <atomic>
#include <charconv>
#include <fstream>
#include <random>
#include <sstream>

#include "factcheck/v1/service.grpc.pb.h"

namespace factcheck::rpc {
namespace {

Status from_grpc(const std::string& address, const grpc::Status& status) {
  const std::string message = address + ": " + status.error_message();
  switch (status.error_code()) {
    case grpc::StatusCode::OK:
      return Status::ok();
    case grpc::StatusCode::INVALID_ARGUMENT:
      return Status::invalid_argument(message);
    case grpc::StatusCode::DEADLINE_EXCEEDED:
      return Status::deadline_exceeded(message);
    case grpc::StatusCode::CANCELLED:
      return Status::cancelled(message);
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
      return Status::resource_exhausted(message);
    case grpc::StatusCode::NOT_FOUND:
      return Status::not_found(message);
    case grpc::StatusCode::FAILED_PRECONDITION:
      return Status::failed_precondition(message);
    case grpc::StatusCode::INTERNAL:
      return Status::internal(message);
    default:
      return Status::unavailable(message + " (gRPC code " +
                                 std::to_string(static_cast<int>(status.error_code())) + ")");
  }
}

class RemoteEngine final : public check::Engine {
 public:
  explicit RemoteEngine(const ClientOptions& options) : options_(options) {}

  Status connect(const std::shared_ptr<grpc::ChannelCredentials>& credentials) {
    grpc::ChannelArguments arguments;
    arguments.SetMaxReceiveMessageSize(-1);  // reports may be larger than the documents sent
    for (const auto& address : options_.servers) {
      endpoints_.push_back(
          {address, v1::FactCheck::NewStub(grpc::CreateCustomChannel(address, credentials, arguments))});
    }
    if (endpoints_.empty()) return Status::invalid_argument("no server address given");
    next_ = std::random_device{}() % endpoints_.size();
    v1::ListCheckersResponse checkers;
    if (Status status = rotate([&](Endpoint& endpoint, grpc::ClientContext& context) {
          return endpoint.stub->ListCheckers(&context, {}, &checkers);
        });
        !status) {
      return status;
    }
    checkers_.assign(checkers.checkers().begin(), checkers.checkers().end());
    v1::ListDatasetsResponse datasets;
    if (Status status = rotate([&](Endpoint& endpoint, grpc::ClientContext& context) {
          return endpoint.stub->ListDatasets(&context, {}, &datasets);
        });
        !status) {
      return status;
    }
    datasets_.assign(datasets.datasets().begin(), datasets.datasets().end());
    return Status::ok();
  }

  Status extract(const v1::Document& document, v1::ClaimList* claims) const override {
    return rotate([&](Endpoint& endpoint, grpc::ClientContext& context) {
      return endpoint.stub->ExtractClaims(&context, document, claims);
    });
  }

  Status check(const v1::Document& document, v1::Report* report,
               const check::StopRequested& stop) const override {
    if (stop && stop()) return Status::cancelled("stopped before the call");
    return rotate([&](Endpoint& endpoint, grpc::ClientContext& context) {
      return endpoint.stub->CheckDocument(&context, document, report);
    });
  }

  Status check_stream(const v1::Document& document,
                      const std::function<bool(const v1::ClaimResult&)>& on_claim, v1::Summary* summary,
                      const check::StopRequested& stop) const override {
    return rotate([&](Endpoint& endpoint, grpc::ClientContext& context) {
      auto reader = endpoint.stub->CheckDocumentStream(&context, document);
      std::size_t delivered = 0;
      for (v1::CheckStreamMessage message; reader->Read(&message);) {
        if (message.has_summary()) *summary = message.summary();
        if (!message.has_claim()) continue;
        ++delivered;
        if (!on_claim(message.claim()) || (stop && stop())) {
          context.TryCancel();
          break;
        }
      }
      grpc::Status status = reader->Finish();
      if (delivered > 0 && status.error_code() == grpc::StatusCode::UNAVAILABLE) {
        // Claims already went to the caller: another server would deliver them twice.
        return grpc::Status(grpc::StatusCode::ABORTED, "the stream broke after " + std::to_string(delivered) +
                                                           " claims: " + status.error_message());
      }
      return status;
    });
  }

  Status check_claims(const std::vector<v1::Claim>& claims, const v1::DocumentContext& document_context,
                      std::vector<v1::ClaimResult>* results,
                      const check::StopRequested& stop) const override {
    results->clear();
    return rotate([&](Endpoint& endpoint, grpc::ClientContext& context) {
      results->clear();
      auto stream = endpoint.stub->CheckClaims(&context);
      for (std::size_t i = 0; i < claims.size(); ++i) {
        v1::CheckClaimsRequest request;
        *request.mutable_claim() = claims[i];
        if (i == 0) {
          request.set_published(document_context.published());
          *request.mutable_main_entities() = document_context.main_entities();
        }
        v1::ClaimResult result;  // one claim in flight at a time: the server answers in order
        if ((stop && stop()) || !stream->Write(request) || !stream->Read(&result)) {
          context.TryCancel();
          break;
        }
        results->push_back(std::move(result));
      }
      stream->WritesDone();
      return stream->Finish();
    });
  }

  std::vector<v1::PluginInfo> checkers() const override { return checkers_; }
  std::vector<v1::DatasetInfo> datasets() const override { return datasets_; }
  const std::vector<std::string>& load_errors() const override { return load_errors_; }

 private:
  struct Endpoint {
    std::string address;
    std::unique_ptr<v1::FactCheck::Stub> stub;
  };

  // Runs `call` on the next server in turn, then on the others while they are unreachable.
  template <class Call>
  Status rotate(Call&& call) const {
    std::string unreachable;
    const std::size_t first = next_.fetch_add(1);
    for (std::size_t attempt = 0; attempt < endpoints_.size(); ++attempt) {
      Endpoint& endpoint = endpoints_[(first + attempt) % endpoints_.size()];
      grpc::ClientContext context;
      context.set_deadline(std::chrono::system_clock::now() + options_.timeout);
      if (!options_.token.empty()) context.AddMetadata("authorization", "Bearer " + options_.token);
      const grpc::Status status = call(endpoint, context);
      if (status.error_code() != grpc::StatusCode::UNAVAILABLE) return from_grpc(endpoint.address, status);
      unreachable += (unreachable.empty() ? "" : "; ") + endpoint.address + ": " + status.error_message();
    }
    return Status::unavailable("no server answered: " + unreachable);
  }

  ClientOptions options_;
  mutable std::vector<Endpoint> endpoints_;  // stubs are thread-safe; the vector never changes after connect
  mutable std::atomic<std::size_t> next_{0};
  std::vector<v1::PluginInfo> checkers_;
  std::vector<v1::DatasetInfo> datasets_;
  std::vector<std::string> load_errors_;
};

}  // namespace

Status parse_server_list(std::string_view list, std::vector<std::string>* servers) {
  servers->clear();
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    const std::string_view address = list.substr(0, comma);
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    const std::size_t colon = address.rfind(':');
    int port = 0;
    const std::string_view port_text =
        colon == std::string_view::npos ? std::string_view() : address.substr(colon + 1);
    const auto parsed = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (colon == 0 || colon == std::string_view::npos || parsed.ec != std::errc() ||
        parsed.ptr != port_text.data() + port_text.size() || port < 1 || port > 65535) {
      return Status::invalid_argument("--server: \"" + std::string(address) + "\" is not HOST:PORT");
    }
    servers->emplace_back(address);
  }
  if (servers->empty()) return Status::invalid_argument("--server: no address given");
  return Status::ok();
}

Status channel_credentials(const std::filesystem::path& ca_file,
                           std::shared_ptr<grpc::ChannelCredentials>* credentials) {
  if (ca_file.empty()) {
    *credentials = grpc::InsecureChannelCredentials();
    return Status::ok();
  }
  std::ifstream in(ca_file);
  if (!in) return Status::not_found(ca_file.string() + ": cannot read the server CA file");
  std::ostringstream roots;
  roots << in.rdbuf();
  grpc::SslCredentialsOptions ssl;
  ssl.pem_root_certs = roots.str();
  *credentials = grpc::SslCredentials(ssl);
  return Status::ok();
}

Status connect_remote_engine(const ClientOptions& options, std::shared_ptr<const check::Engine>* engine) {
  std::shared_ptr<grpc::ChannelCredentials> credentials;
  if (Status status = channel_credentials(options.ca_file, &credentials); !status) return status;
  auto remote = std::make_shared<RemoteEngine>(options);
  if (Status status = remote->connect(credentials); !status) return status;
  *engine = std::move(remote);
  return Status::ok();
}

}  // namespace factcheck::rpc
