// The store behind the real plugin host: a checker plugin (a real shared library from
// tests/host) queries it through the host's protobuf-encoded dataset callback. Also: many
// threads querying one store get the same answers.
#include <gtest/gtest.h>

#include <thread>

#include "data/store.hpp"
#include "plugin/plugin_host.hpp"

namespace factcheck::data {
namespace {

const std::filesystem::path kFixtures = FACTCHECK_DATA_FIXTURES_DIR;

TEST(StoreBehindHost, PluginQueriesReachTheStore) {
  std::vector<DatasetLoadError> errors;
  const auto store = DatasetStore::load({kFixtures / "host"}, &errors);
  ASSERT_TRUE(errors.empty()) << errors.front().to_string();
  plugin::PluginHost host(store);
  ASSERT_TRUE(host.load_file(std::filesystem::path(TEST_PLUGIN_DIR) / "libfc_test_good.so"));
  v1::Claim claim;
  claim.set_id("c1");
  claim.set_kind("count");
  claim.mutable_quantity()->set_value(4);
  const auto outcomes = host.check({claim}, {});
  ASSERT_EQ(outcomes.size(), 1U);
  ASSERT_EQ(outcomes[0].results.size(), 1U);
  const auto& result = outcomes[0].results[0];
  ASSERT_EQ(result.evidence_size(), 1);
  EXPECT_EQ(result.evidence(0).dataset(), "fixture-test");
  EXPECT_EQ(result.evidence(0).value(), 42);
}

TEST(StoreBehindHost, ConcurrentQueriesAgree) {
  std::vector<DatasetLoadError> errors;
  const auto store = DatasetStore::load({FACTCHECK_DATASETS_DIR}, &errors);
  v1::DatasetQuery query;
  query.set_indicator("population");
  query.set_entity("IRQ");
  query.mutable_period()->set_label("2010/2015");
  v1::DatasetQueryResult expected;
  ASSERT_TRUE(store->query(query, &expected));
  ASSERT_EQ(expected.rows_size(), 6);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (size_t t = 0; t < mismatches.size(); ++t) {
    threads.emplace_back([&, t] {
      v1::DatasetQueryResult result;
      for (int i = 0; i < 2000; ++i) {
        if (!store->query(query, &result) || result.SerializeAsString() != expected.SerializeAsString())
          ++mismatches[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

}  // namespace
}  // namespace factcheck::data
