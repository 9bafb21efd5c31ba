// Client side of the API, for `factcheck check --server HOST:PORT[,HOST:PORT...]`.
//
// Calls rotate round-robin over the servers given (starting at a random one, so many short
// CLI runs spread out); a server that is unreachable is skipped and the next one tried, so a
// call fails only when every server failed.
#pragma once

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <grpcpp/channel.h>

#include "factcheck/v1/service.grpc.pb.h"
#include "util/status.hpp"

namespace factcheck::rpc {

struct ClientOptions {
  std::vector<std::string> servers;  // HOST:PORT (check_remote fills it from its list)
  std::string token;                 // bearer token; empty sends none
  std::filesystem::path ca_file;     // PEM roots: TLS when set, plaintext otherwise
  std::chrono::milliseconds timeout{std::chrono::seconds(60)};
};

// Splits "a:1,b:2" into addresses; each must be HOST:PORT with a numeric port.
Status parse_server_list(std::string_view list, std::vector<std::string>* servers);

// One call for the CLI: parses `server_list` ("a:1,b:2"), connects and checks `document`.
Status check_remote(std::string_view server_list, ClientOptions options, const v1::Document& document,
                    v1::Report* report);

class RemoteChecker {
 public:
  static Status connect(const ClientOptions& options, std::unique_ptr<RemoteChecker>* checker);

  // CheckDocument on the next server in turn. Errors name the server and the gRPC status.
  Status check(const v1::Document& document, v1::Report* report);

 private:
  RemoteChecker() = default;

  struct Endpoint {
    std::string address;
    std::unique_ptr<v1::FactCheck::Stub> stub;
  };
  ClientOptions options_;
  std::vector<Endpoint> endpoints_;
  std::atomic<std::size_t> next_{0};
};

}  // namespace factcheck::rpc
