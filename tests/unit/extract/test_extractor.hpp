// The extractor the extraction tests share: built once, from the default policy and the
// bundled country codes, and kept for the whole test binary.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "extract/extractor.hpp"
#include "extract/policy.hpp"

namespace factcheck::extract {

inline const Extractor& test_extractor() {
  static const std::unique_ptr<const Extractor> extractor = [] {
    std::unique_ptr<const Extractor> created;
    const Status status = Extractor::create(default_policy(), FACTCHECK_COUNTRY_CODES_DIR, &created);
    if (!status) {
      std::fprintf(stderr, "cannot create the extractor: %s\n", status.message().c_str());
      std::abort();
    }
    return created;
  }();
  return *extractor;
}

}  // namespace factcheck::extract
