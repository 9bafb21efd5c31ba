// A checker whose behaviour is chosen at compile time, to test the host against good and
// misbehaving plugins built as real shared libraries. See CMakeLists.txt for the variants.
#include <stdexcept>
#include <string>

#include "factcheck/sdk.hpp"

#ifndef TEST_PLUGIN_NAME
#error "TEST_PLUGIN_NAME must be defined"
#endif

namespace {

using factcheck::v1::CheckResult;
using factcheck::v1::Claim;
using factcheck::v1::DocumentContext;

class TestChecker : public factcheck::sdk::Checker {
 public:
  static factcheck::sdk::Manifest manifest() {
    return {
        TEST_PLUGIN_NAME,
        "1.2.3",
        "test checker (" TEST_PLUGIN_NAME ")",
        {"count"},
        {"test_data"},
        R"({"type":"object","properties":{"threshold":{"type":"number","minimum":0}},"additionalProperties":false})"};
  }

  TestChecker(const factcheck::sdk::Host& host, std::string_view config_json) : host_(host) {
#ifdef TEST_INIT_FAILS
    throw std::runtime_error("refusing to start: dataset test_data is missing");
#endif
    host_.log(factcheck::sdk::LogLevel::info, std::string("created with config ") + std::string(config_json));
  }

  CheckResult check(const Claim& claim, const DocumentContext&) const override {
#ifdef TEST_THROWS
    throw std::runtime_error("boom on claim " + claim.id());
#endif
    CheckResult result;
    result.set_claim_id(claim.id());
    // Supported when the stated value is even: a rule simple enough to assert on.
    const bool even = static_cast<long long>(claim.quantity().value()) % 2 == 0;
    result.set_verdict(even ? factcheck::v1::SUPPORTED : factcheck::v1::REFUTED);
    result.set_explanation(std::string(TEST_PLUGIN_NAME) + (even ? ": even" : ": odd"));
#ifndef TEST_NO_QUERY
    factcheck::v1::DatasetQuery query;
    query.set_indicator("test");
    const auto rows = host_.query(query);
    if (rows.ok) {
      for (const auto& row : rows.value.rows()) {
        auto* evidence = result.add_evidence();
        evidence->set_dataset(row.dataset());
        evidence->set_value(row.value());
      }
    }
#endif
    return result;
  }

 private:
  factcheck::sdk::Host host_;
};

}  // namespace

#if defined(TEST_GARBAGE)
// Every entry point from the SDK except check, which writes bytes that are no CheckResponse.
extern "C" {
FACTCHECK_PLUGIN_EXPORT const char* factcheck_plugin_api_version(void) {
  return FACTCHECK_API_VERSION_STRING;
}
FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_info(const fc_sink* out, const fc_sink*) {
  factcheck::sdk::detail::write_message(out, factcheck::sdk::detail::make_info(TestChecker::manifest()));
  return FC_OK;
}
FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_create(const fc_host_api* host, const char* cfg, size_t len,
                                                    void** state, const fc_sink* err) {
  return factcheck::sdk::detail::create<TestChecker>(host, cfg, len, state, err);
}
FACTCHECK_PLUGIN_EXPORT void factcheck_plugin_destroy(void* state) { factcheck::sdk::detail::destroy(state); }
FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_route(void* state, const char* req, size_t len,
                                                   const fc_sink* out, const fc_sink* err) {
  return factcheck::sdk::detail::route(state, req, len, out, err);
}
FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_check(void*, const char*, size_t, const fc_sink* out,
                                                   const fc_sink*) {
  static const char kGarbage[] = "\xff\xff\xff\xff not a protobuf";
  out->write(out->ctx, kGarbage, sizeof(kGarbage) - 1);
  return FC_OK;
}
}
#elif defined(TEST_NO_CHECK_ENTRY)
// Looks like a plugin but lacks factcheck_plugin_check.
extern "C" FACTCHECK_PLUGIN_EXPORT const char* factcheck_plugin_api_version(void) {
  return FACTCHECK_API_VERSION_STRING;
}
#elif defined(TEST_API_VERSION)
FACTCHECK_PLUGIN_WITH_API_VERSION(TestChecker, TEST_API_VERSION)
#else
FACTCHECK_PLUGIN(TestChecker)
#endif
