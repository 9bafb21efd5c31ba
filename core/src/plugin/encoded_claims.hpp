// Request payloads built from claims serialised once per document.
//
// On the protobuf wire a repeated message field is the concatenation of its elements, each
// as tag + length + bytes. RouteRequest and CheckRequest share their layout (claims = 1,
// context = 2), so the host encodes each claim and the context once and splices the bytes
// into every plugin's route and check requests instead of re-serialising per plugin.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "factcheck/v1/plugin.pb.h"
#include "factcheck/v1/types.pb.h"

namespace factcheck::plugin {

class EncodedClaims {
 public:
  EncodedClaims(const std::vector<v1::Claim>& claims, const v1::DocumentContext& context);

  // RouteRequest / CheckRequest bytes holding the claims at `indices`, in that order, and
  // the context.
  std::string request(const std::vector<std::size_t>& indices) const;

 private:
  std::vector<std::string> claims_;
  std::string context_;
};

}  // namespace factcheck::plugin
