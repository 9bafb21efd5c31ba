// libFuzzer target: DatasetQueryView::decode, the host's in-place reading of the query bytes a
// plugin sends, must accept and refuse what the generated DatasetQuery parser does and read the
// same fields (differential: any disagreement aborts).
//   cmake --preset fuzz && cmake --build build/fuzz --target dataset_query_view_fuzzer
//   mkdir -p /tmp/query-corpus
//   build/fuzz/bin/dataset_query_view_fuzzer -max_total_time=300 /tmp/query-corpus
// A disagreement found becomes a case in tests/host/dataset_query_view_test.cpp.
#include <google/protobuf/stubs/logging.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "dataset_query_view_agreement.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  google::protobuf::SetLogHandler(nullptr);  // invalid UTF-8 is expected here, and logged by protobuf
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  if (const auto disagreement = factcheck::plugin::view_disagreement(bytes)) {
    std::fprintf(stderr, "DatasetQueryView disagrees with DatasetQuery: %s\n", disagreement->c_str());
    std::abort();
  }
  return 0;
}
