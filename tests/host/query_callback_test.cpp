// The host's dataset query callback as a plugin sees it through fc_host_api: answers arrive
// as DatasetQueryResult bytes, bad requests get an error, and the per-thread buffers it
// reuses are never handed to two queries at once.
#include <gtest/gtest.h>

#include <string>

#include "plugin/plugin.hpp"

namespace factcheck::plugin {
namespace {

// Answers a query with one row named after the query's indicator, and as many rows again as
// the query's limit asks (to make large answers).
class EchoDatasets : public DatasetService {
 public:
  Status query_encoded(const v1::DatasetQuery& query, std::string* out) const override {
    v1::DatasetQueryResult result;
    result.add_rows()->set_dataset(query.indicator());
    for (std::uint32_t i = 0; i < query.limit(); ++i) result.add_rows()->set_notes(std::string(1000, 'x'));
    return result.SerializeToString(out) ? Status::ok() : Status::internal("cannot serialise");
  }
};

const fc_host_api* g_host = nullptr;
int g_state = 0;

int capture_host(const fc_host_api* host, const char*, size_t, void** state, const fc_sink*) {
  g_host = host;
  *state = &g_state;
  return FC_OK;
}
void destroy_nothing(void*) {}

void append(void* ctx, const char* data, size_t len) { static_cast<std::string*>(ctx)->append(data, len); }

std::string query_bytes(const std::string& indicator, std::uint32_t limit = 0) {
  v1::DatasetQuery query;
  query.set_indicator(indicator);
  query.set_limit(limit);
  return query.SerializeAsString();
}

class QueryCallbackTest : public ::testing::Test {
 protected:
  void SetUp() override {
    EntryPoints entry_points;
    entry_points.create = &capture_host;
    entry_points.destroy = &destroy_nothing;
    ASSERT_TRUE(InProcessBackend::create(PluginLibrary{nullptr, entry_points, v1::PluginInfo()},
                                         std::make_shared<EchoDatasets>(), "{}", std::chrono::milliseconds(0),
                                         &backend_));
    ASSERT_NE(g_host, nullptr);
  }

  // Runs one query through the callback: its status, the answer in *result, the error text
  // appended to *error.
  int query(const std::string& request, v1::DatasetQueryResult* result, std::string* error) const {
    std::string bytes;
    const fc_sink out{&bytes, &append};
    const fc_sink err{error, &append};
    const int status = g_host->query_dataset(g_host->ctx, request.data(), request.size(), &out, &err);
    if (status == FC_OK) {
      EXPECT_TRUE(result->ParseFromString(bytes));
    }
    return status;
  }

  std::shared_ptr<InProcessBackend> backend_;
};

TEST_F(QueryCallbackTest, AnswersAndRejectsMalformedRequests) {
  v1::DatasetQueryResult result;
  std::string error;
  ASSERT_EQ(query(query_bytes("first", 3), &result, &error), FC_OK) << error;
  ASSERT_EQ(result.rows_size(), 4);
  EXPECT_EQ(result.rows(0).dataset(), "first");

  EXPECT_EQ(query("\xff\xff\xff", &result, &error), FC_INVALID_ARGUMENT);
  EXPECT_NE(error.find("malformed DatasetQuery"), std::string::npos) << error;

  // The reused buffers hold nothing of earlier answers, large or failed.
  ASSERT_EQ(query(query_bytes("second"), &result, &error), FC_OK);
  ASSERT_EQ(result.rows_size(), 1);
  EXPECT_EQ(result.rows(0).dataset(), "second");
}

TEST_F(QueryCallbackTest, AQueryFromInsideTheSinkDoesNotClobberTheAnswerBeingWritten) {
  struct Outer {
    std::string bytes;
    std::string inner_bytes;
  } outer;
  const fc_sink out{&outer, [](void* ctx, const char* data, size_t len) {
                      auto* self = static_cast<Outer*>(ctx);
                      const std::string inner = query_bytes("inner");
                      const fc_sink inner_out{&self->inner_bytes, &append};
                      g_host->query_dataset(g_host->ctx, inner.data(), inner.size(), &inner_out, nullptr);
                      self->bytes.append(data, len);
                    }};
  const std::string request = query_bytes("outer");
  ASSERT_EQ(g_host->query_dataset(g_host->ctx, request.data(), request.size(), &out, nullptr), FC_OK);
  v1::DatasetQueryResult outer_result;
  v1::DatasetQueryResult inner_result;
  ASSERT_TRUE(outer_result.ParseFromString(outer.bytes));
  ASSERT_TRUE(inner_result.ParseFromString(outer.inner_bytes));
  ASSERT_EQ(outer_result.rows_size(), 1);
  ASSERT_EQ(inner_result.rows_size(), 1);
  EXPECT_EQ(outer_result.rows(0).dataset(), "outer");
  EXPECT_EQ(inner_result.rows(0).dataset(), "inner");
}

}  // namespace
}  // namespace factcheck::plugin
