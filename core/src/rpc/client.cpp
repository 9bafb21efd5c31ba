#include "rpc/client.hpp"

#include <grpcpp/grpcpp.h>

#include <charconv>
#include <fstream>
#include <random>
#include <sstream>

namespace factcheck::rpc {

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

Status check_remote(std::string_view server_list, ClientOptions options, const v1::Document& document,
                    v1::Report* report) {
  if (Status parsed = parse_server_list(server_list, &options.servers); !parsed) return parsed;
  std::unique_ptr<RemoteChecker> checker;
  if (Status connected = RemoteChecker::connect(options, &checker); !connected) return connected;
  return checker->check(document, report);
}

Status RemoteChecker::connect(const ClientOptions& options, std::unique_ptr<RemoteChecker>* checker) {
  std::shared_ptr<grpc::ChannelCredentials> credentials = grpc::InsecureChannelCredentials();
  if (!options.ca_file.empty()) {
    std::ifstream in(options.ca_file);
    if (!in) return Status::not_found(options.ca_file.string() + ": cannot read the server CA file");
    std::ostringstream roots;
    roots << in.rdbuf();
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = roots.str();
    credentials = grpc::SslCredentials(ssl);
  }
  std::unique_ptr<RemoteChecker> created(new RemoteChecker());
  created->options_ = options;
  grpc::ChannelArguments arguments;
  arguments.SetMaxReceiveMessageSize(-1);  // reports may be larger than the documents sent
  for (const auto& address : options.servers) {
    created->endpoints_.push_back(
        {address, v1::FactCheck::NewStub(grpc::CreateCustomChannel(address, credentials, arguments))});
  }
  if (created->endpoints_.empty()) return Status::invalid_argument("no server address given");
  created->next_ = std::random_device{}() % created->endpoints_.size();
  *checker = std::move(created);
  return Status::ok();
}

Status RemoteChecker::check(const v1::Document& document, v1::Report* report) {
  std::string failures;
  const std::size_t first = next_.fetch_add(1);
  for (std::size_t attempt = 0; attempt < endpoints_.size(); ++attempt) {
    Endpoint& endpoint = endpoints_[(first + attempt) % endpoints_.size()];
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + options_.timeout);
    if (!options_.token.empty()) context.AddMetadata("authorization", "Bearer " + options_.token);
    const grpc::Status status = endpoint.stub->CheckDocument(&context, document, report);
    if (status.ok()) return Status::ok();
    const std::string failure = endpoint.address + ": " + status.error_message() + " (gRPC code " +
                                std::to_string(static_cast<int>(status.error_code())) + ")";
    switch (status.error_code()) {
      case grpc::StatusCode::UNAVAILABLE:
        failures += (failures.empty() ? "" : "; ") + failure;
        continue;  // unreachable, loading or stopping: the next server may answer
      case grpc::StatusCode::INVALID_ARGUMENT:
        return Status::invalid_argument(failure);
      case grpc::StatusCode::DEADLINE_EXCEEDED:
        return Status::deadline_exceeded(failure);
      case grpc::StatusCode::RESOURCE_EXHAUSTED:
        return Status::resource_exhausted(failure);
      default:
        return Status::unavailable(failure);
    }
  }
  return Status::unavailable("no server answered: " + failures);
}

}  // namespace factcheck::rpc
