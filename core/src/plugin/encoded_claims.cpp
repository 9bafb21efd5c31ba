#include "plugin/encoded_claims.hpp"

namespace factcheck::plugin {
namespace {

constexpr unsigned kClaimsField = 1;
constexpr unsigned kContextField = 2;
constexpr unsigned kLengthDelimited = 2;

void append_varint(std::string& out, std::size_t value) {
  while (value >= 0x80U) {
    out.push_back(static_cast<char>((value & 0x7FU) | 0x80U));
    value >>= 7U;
  }
  out.push_back(static_cast<char>(value));
}

void append_field(std::string& out, unsigned field, const std::string& bytes) {
  append_varint(out, (field << 3U) | kLengthDelimited);
  append_varint(out, bytes.size());
  out += bytes;
}

}  // namespace

EncodedClaims::EncodedClaims(const std::vector<v1::Claim>& claims, const v1::DocumentContext& context)
    : context_(context.SerializeAsString()) {
  claims_.reserve(claims.size());
  for (const auto& claim : claims) claims_.push_back(claim.SerializeAsString());
}

std::string EncodedClaims::request(const std::vector<std::size_t>& indices) const {
  std::size_t size = context_.size() + 6;
  for (std::size_t index : indices) size += claims_[index].size() + 6;
  std::string out;
  out.reserve(size);
  for (std::size_t index : indices) append_field(out, kClaimsField, claims_[index]);
  append_field(out, kContextField, context_);
  return out;
}

}  // namespace factcheck::plugin
