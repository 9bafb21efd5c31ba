#include "rpc/auth.hpp"

#include <fmt/format.h>
#include <openssl/crypto.h>

#include <fstream>
#include <sstream>

namespace factcheck::rpc {

Status TokenStore::load(const std::filesystem::path& path, TokenStore* store) {
  std::ifstream in(path);
  if (!in) return Status::not_found(path.string() + ": cannot open tokens file");
  TokenStore loaded;
  loaded.enabled_ = true;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::istringstream fields(line);
    std::string token;
    std::string role = "user";
    std::string extra;
    if (!(fields >> token) || token.front() == '#') continue;
    fields >> role;
    const std::string where = fmt::format("{}:{}: ", path.string(), number);
    if (fields >> extra) return Status::invalid_argument(where + "expected \"TOKEN [user|admin]\"");
    if (role != "user" && role != "admin") {
      return Status::invalid_argument(where + "role \"" + role + "\" is not user or admin");
    }
    if (token.size() < 16) return Status::invalid_argument(where + "token shorter than 16 characters");
    loaded.tokens_.push_back({token, role == "admin" ? Role::admin : Role::user});
  }
  if (loaded.tokens_.empty()) return Status::invalid_argument(path.string() + ": no tokens");
  *store = std::move(loaded);
  return Status::ok();
}

Role TokenStore::authenticate(std::string_view authorization) const {
  if (!enabled_) return Role::user;
  constexpr std::string_view kScheme = "Bearer ";
  if (!authorization.starts_with(kScheme)) return Role::none;
  const std::string_view presented = authorization.substr(kScheme.size());
  Role found = Role::none;
  for (const Token& token : tokens_) {
    if (token.value.size() == presented.size() &&
        CRYPTO_memcmp(token.value.data(), presented.data(), presented.size()) == 0) {
      found = token.role;
    }
  }
  return found;
}

}  // namespace factcheck::rpc
