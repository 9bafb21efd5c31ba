// Bearer-token authentication for the gRPC API.
//
// Tokens file: one token a line, "TOKEN ROLE" with ROLE `user` (default) or `admin`; blank
// lines and lines starting with '#' are ignored. Clients send "authorization: Bearer TOKEN".
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.hpp"

namespace factcheck::rpc {

enum class Role { none, user, admin };

class TokenStore {
 public:
  // A store with no tokens: authentication is off and every caller is a user.
  TokenStore() = default;

  // Reads a tokens file; errors name the file and line.
  static Status load(const std::filesystem::path& path, TokenStore* store);

  bool enabled() const { return enabled_; }
  std::size_t size() const { return tokens_.size(); }

  // Role for the value of an `authorization` header (empty = header missing): Role::none when
  // authentication is on and the header is missing, malformed or names no known token.
  // Compares in constant time per token so timing does not leak token prefixes.
  Role authenticate(std::string_view authorization) const;

 private:
  struct Token {
    std::string value;
    Role role;
  };
  bool enabled_ = false;
  std::vector<Token> tokens_;
};

}  // namespace factcheck::rpc
