// Client side of the API: a check::Engine whose work happens on factcheck servers, so
// `factcheck check --server HOST:PORT[,HOST:PORT...]` (single article or batch) runs the very
// code paths of embedded mode and prints the same output.
//
// Calls rotate round-robin over the servers given (starting at a random one, so many short
// CLI runs spread out); a server that is unreachable (UNAVAILABLE before any answer) is
// skipped and the next one tried, so a call fails only when every server failed.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "check/engine.hpp"
#include "util/status.hpp"

namespace grpc {
class ChannelCredentials;
}

namespace factcheck::rpc {

struct ClientOptions {
  std::vector<std::string> servers;  // HOST:PORT
  std::string token;                 // bearer token; empty sends none
  std::filesystem::path ca_file;     // PEM roots: TLS when set, plaintext otherwise
  std::chrono::milliseconds timeout{std::chrono::seconds(60)};  // per call
};

// Splits "a:1,b:2" into addresses; each must be HOST:PORT with a numeric port.
Status parse_server_list(std::string_view list, std::vector<std::string>* servers);

// Channel credentials for a client: TLS trusting the PEM roots in `ca_file`, or plaintext
// when it is empty. An unreadable file is NOT_FOUND, naming it.
Status channel_credentials(const std::filesystem::path& ca_file,
                           std::shared_ptr<grpc::ChannelCredentials>* credentials);

// Connects to options.servers and asks one of them what it has loaded (ListCheckers,
// ListDatasets): an error here means no server answered. The engine's load_errors() is empty
// (the servers log their own). A stop request is honoured between calls and, for the
// streaming calls, between messages.
Status connect_remote_engine(const ClientOptions& options, std::shared_ptr<const check::Engine>* engine);

}  // namespace factcheck::rpc
