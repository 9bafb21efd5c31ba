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
      TEST_PLUGIN_NAME, "1.2.3", "test checker (" TEST_PLUGIN_NAME ")",
#if defined(TEST_SEGFAULTS) || defined(TEST_LOOPS)
          {},
#else
          {"count"},
#endif
          {"test_data"},
          R"({"type":"object","properties":{"threshold":{"type":"number","minimum":0}},"additionalProperties":false})"
    };
  }

  TestChecker(const factcheck::sdk::Host& host, std::string_view config_json) : host_(host) {
#ifdef TEST_INIT_FAILS
    throw std::runtime_error("refusing to start: dataset test_data is missing");
#endif
    host_.log(factcheck::sdk::LogLevel::info, std::string("created with config ") + std::string(config_json));
  }

#if defined(TEST_SEGFAULTS) || defined(TEST_LOOPS)
  // Takes every claim of every kind, so that it misbehaves on whatever an article holds.
  float covers(const Claim&, const DocumentContext&) const override { return 0.5F; }
#endif

#ifdef TEST_COVERS_BELOW_100
  // Takes only claims under 100, so tests see uncovered claims left out and the score kept.
  float covers(const Claim& claim, const DocumentContext&) const override {
    return claim.quantity().value() < 100 ? 0.8F : 0.0F;
  }
#endif

  CheckResult check(const Claim& claim, const DocumentContext&) const override {
#ifdef TEST_THROWS
    throw std::runtime_error("boom on claim " + claim.id());
#endif
#ifdef TEST_SEGFAULTS
    // A null pointer written through, as a real bug would.
    volatile int* volatile nowhere = nullptr;
    *nowhere = static_cast<int>(claim.quantity().value());
#endif
#ifdef TEST_LOOPS
    volatile bool forever = true;
    while (forever) {
    }
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

// The entry points every hand-written variant below shares with the SDK's.
#define TEST_PLUGIN_COMMON_ENTRY_POINTS(api_version_string)                                                 \
  FACTCHECK_PLUGIN_EXPORT const char* factcheck_plugin_api_version(void) { return api_version_string; }     \
  FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_info(const fc_sink* out, const fc_sink*) {                   \
    factcheck::sdk::detail::write_message(out, factcheck::sdk::detail::make_info(TestChecker::manifest())); \
    return FC_OK;                                                                                           \
  }                                                                                                         \
  FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_create(const fc_host_api* host, const char* cfg, size_t len, \
                                                      void** state, const fc_sink* err) {                   \
    return factcheck::sdk::detail::create<TestChecker>(host, cfg, len, state, err);                         \
  }                                                                                                         \
  FACTCHECK_PLUGIN_EXPORT void factcheck_plugin_destroy(void* state) {                                      \
    factcheck::sdk::detail::destroy(state);                                                                 \
  }                                                                                                         \
  FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_route(void* state, const char* req, size_t len,              \
                                                     const fc_sink* out, const fc_sink* err) {              \
    return factcheck::sdk::detail::route(state, req, len, out, err);                                        \
  }

#if defined(TEST_GARBAGE)
// An API 1.0 plugin whose check writes bytes that are no CheckResponse.
extern "C" {
TEST_PLUGIN_COMMON_ENTRY_POINTS("1.0.0")
FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_check(void*, const char*, size_t, const fc_sink* out,
                                                   const fc_sink*) {
  static const char kGarbage[] = "\xff\xff\xff\xff not a protobuf";
  out->write(out->ctx, kGarbage, sizeof(kGarbage) - 1);
  return FC_OK;
}
}
#elif defined(TEST_API_1_0)
// An API 1.0 plugin: route and check, no route_check, so the host routes before checking.
extern "C" {
TEST_PLUGIN_COMMON_ENTRY_POINTS("1.0.0")
FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_check(void* state, const char* req, size_t len,
                                                   const fc_sink* out, const fc_sink* err) {
  return factcheck::sdk::detail::check(state, req, len, out, err);
}
}
#elif defined(TEST_BAD_COVERAGE)
// route_check answers with a coverage score outside (0, 1].
extern "C" {
TEST_PLUGIN_COMMON_ENTRY_POINTS(FACTCHECK_API_VERSION_STRING)
FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_check(void* state, const char* req, size_t len,
                                                   const fc_sink* out, const fc_sink* err) {
  return factcheck::sdk::detail::check(state, req, len, out, err);
}
FACTCHECK_PLUGIN_EXPORT int factcheck_plugin_route_check(void*, const char* req, size_t len,
                                                         const fc_sink* out, const fc_sink*) {
  factcheck::v1::CheckRequest request;
  (void)request.ParseFromArray(req, static_cast<int>(len));
  factcheck::v1::CheckResponse response;
  for (const auto& claim : request.claims()) {
    auto* result = response.add_results();
    result->set_claim_id(claim.id());
    result->set_coverage(2.0F);
  }
  factcheck::sdk::detail::write_message(out, response);
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
