// The result cache: the LRU on its own, then through a server (hits are byte-identical to
// misses; dates, reloads and failed calls never let a stale or partial answer out).
#include <grpcpp/generic/generic_stub.h>
#include <unistd.h>

#include <atomic>
#include <future>
#include <random>
#include <thread>

#include "rpc/result_cache.hpp"
#include "test_support.hpp"

namespace factcheck::rpc::testing {
namespace {

CachedResult answer(const std::string& text, std::size_t claims = 0) { return {grpc::Slice(text), claims}; }

std::string text_of(const grpc::Slice& slice) {
  return {reinterpret_cast<const char*>(slice.begin()), slice.size()};
}

// The key of a document sent as one serialized message, on a given day.
std::string key_of(const v1::Document& document, CachedAnswer kind = CachedAnswer::report,
                   std::string_view today = "2026-01-05") {
  grpc::Slice bytes(document.SerializeAsString());
  return result_cache_key(kind, grpc::ByteBuffer(&bytes, 1), today);
}

TEST(ResultCacheKey, CoversEveryFieldTheKindAndTheDay) {
  v1::Document document = article();
  document.set_published("2016-02-12");
  const std::string key = key_of(document);
  EXPECT_EQ(key.size(), 64U);
  EXPECT_EQ(key, key_of(document));
  EXPECT_NE(key, key_of(document, CachedAnswer::claim_list));
  EXPECT_NE(key, key_of(document, CachedAnswer::report, "2026-01-06"));
  using Change = void (*)(v1::Document*);
  for (Change change :
       {+[](v1::Document* d) { d->set_id("other"); }, +[](v1::Document* d) { d->set_title("other"); },
        +[](v1::Document* d) { d->set_source_url("other"); },
        +[](v1::Document* d) { d->set_language("other"); },
        +[](v1::Document* d) { d->set_published("2016-02-13"); },
        +[](v1::Document* d) { d->clear_published(); },
        +[](v1::Document* d) { d->mutable_text()->append(" "); }}) {
    v1::Document changed = document;
    change(&changed);
    EXPECT_NE(key, key_of(changed));
  }
  // Split across slices, the same bytes give the same key.
  const std::string bytes = document.SerializeAsString();
  grpc::Slice halves[] = {grpc::Slice(bytes.substr(0, 100)), grpc::Slice(bytes.substr(100))};
  EXPECT_EQ(key, result_cache_key(CachedAnswer::report, grpc::ByteBuffer(halves, 2), "2026-01-05"));
}

TEST(ResultCache, FindsWhatWasInsertedAndCounts) {
  ResultCache cache({4, 1 << 20});
  EXPECT_FALSE(cache.find("a").has_value());
  cache.insert("a", answer("report a", 3));
  const auto hit = cache.find("a");
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(text_of(hit->bytes), "report a");
  EXPECT_EQ(hit->claims, 3U);
  const ResultCache::Stats stats = cache.stats();
  EXPECT_EQ(stats.hits, 1U);
  EXPECT_EQ(stats.misses, 1U);
  EXPECT_EQ(stats.entries, 1U);
  EXPECT_GT(stats.bytes, 8U);
}

TEST(ResultCache, EvictsTheLeastRecentlyUsedBeyondItsEntryLimit) {
  ResultCache cache({2, 1 << 20});
  cache.insert("a", answer("A"));
  cache.insert("b", answer("B"));
  ASSERT_TRUE(cache.find("a").has_value());  // b is now the least recently used
  cache.insert("c", answer("C"));
  EXPECT_TRUE(cache.find("a").has_value());
  EXPECT_FALSE(cache.find("b").has_value());
  EXPECT_TRUE(cache.find("c").has_value());
  EXPECT_EQ(cache.stats().entries, 2U);
  EXPECT_EQ(cache.stats().evictions, 1U);
}

TEST(ResultCache, StaysWithinItsByteLimit) {
  const std::string value(1000, 'x');
  ResultCache cache({1000, 5000});
  for (int i = 0; i < 20; ++i) {
    cache.insert("key" + std::to_string(i), answer(value));
    EXPECT_LE(cache.stats().bytes, 5000U);
  }
  const ResultCache::Stats stats = cache.stats();
  EXPECT_GE(stats.entries, 3U);
  EXPECT_LE(stats.entries, 4U);
  EXPECT_TRUE(cache.find("key19").has_value());
  EXPECT_FALSE(cache.find("key0").has_value());
  cache.insert("huge", answer(std::string(6000, 'y')));  // larger than the whole cache: not stored
  EXPECT_FALSE(cache.find("huge").has_value());
  EXPECT_TRUE(cache.find("key19").has_value());
}

TEST(ResultCache, DisabledStoresNothing) {
  ResultCache cache({0, 1 << 20});
  EXPECT_FALSE(cache.enabled());
  cache.insert("a", answer("A"));
  EXPECT_FALSE(cache.find("a").has_value());
  EXPECT_EQ(cache.stats().entries, 0U);
}

TEST(ResultCache, RetiredRefusesNewEntries) {
  ResultCache cache({4, 1 << 20});
  cache.insert("a", answer("A"));
  cache.retire();
  EXPECT_FALSE(cache.find("a").has_value());
  cache.insert("b", answer("B"));
  EXPECT_FALSE(cache.find("b").has_value());
  EXPECT_EQ(cache.stats().bytes, 0U);
}

TEST(ResultCache, ManyThreadsKeepItConsistent) {
  constexpr int kThreads = 4;
  constexpr int kOperations = 20000;
  constexpr std::size_t kEntries = 16;
  ResultCache cache({kEntries, 1 << 20});
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      std::minstd_rand random(static_cast<std::uint_fast32_t>(t + 1));
      for (int i = 0; i < kOperations; ++i) {
        const std::string key = "key" + std::to_string(random() % 32);  // twice what fits
        if (const auto hit = cache.find(key)) {
          if (text_of(hit->bytes) != "value of " + key) ++wrong;
        } else {
          cache.insert(key, answer("value of " + key));
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(wrong.load(), 0);
  const ResultCache::Stats stats = cache.stats();
  EXPECT_EQ(stats.hits + stats.misses, static_cast<std::uint64_t>(kThreads * kOperations));
  EXPECT_GT(stats.hits, 0U);
  EXPECT_LE(stats.entries, kEntries);
}

// A Document method called with raw bytes both ways, so replies can be compared byte for byte.
struct RawReply {
  grpc::Status status;
  std::string bytes;
};

RawReply raw_call(const std::shared_ptr<grpc::Channel>& channel, const std::string& method,
                  const v1::Document& document,
                  std::chrono::milliseconds timeout = std::chrono::seconds(30)) {
  grpc::GenericStub stub(channel);
  grpc::Slice request_slice(document.SerializeAsString());
  grpc::ByteBuffer request(&request_slice, 1);
  grpc::ByteBuffer response;
  auto context = context_with({}, timeout);
  std::promise<grpc::Status> done;
  stub.UnaryCall(context.get(), "/factcheck.v1.FactCheck/" + method, grpc::StubOptions(), &request, &response,
                 [&done](grpc::Status status) { done.set_value(std::move(status)); });
  RawReply reply{done.get_future().get(), {}};
  std::vector<grpc::Slice> slices;
  if (reply.status.ok() && response.Dump(&slices).ok()) {
    for (const auto& slice : slices) reply.bytes += text_of(slice);
  }
  return reply;
}

ServerConfig cached_config(std::size_t entries = 64) {
  ServerConfig config = test_config();
  config.result_cache = {entries, std::size_t{64} << 20U};
  return config;
}

TEST(ServerResultCache, AHitIsByteIdenticalToTheMiss) {
  auto server = start_loaded(cached_config());
  ASSERT_NE(server, nullptr);
  auto channel = server->in_process_channel();
  const v1::Document document = article();
  const RawReply miss = raw_call(channel, "CheckDocument", document);
  ASSERT_TRUE(miss.status.ok()) << miss.status.error_message();
  const RawReply hit = raw_call(channel, "CheckDocument", document);
  ASSERT_TRUE(hit.status.ok());
  EXPECT_EQ(hit.bytes, miss.bytes);
  v1::Report report;
  ASSERT_TRUE(report.ParseFromString(hit.bytes));
  EXPECT_GT(report.claims_size(), 10);
  ResultCache::Stats stats = server->result_cache_stats();
  EXPECT_EQ(stats.misses, 1U);
  EXPECT_EQ(stats.hits, 1U);

  // ExtractClaims is cached apart from the report.
  const RawReply claims_miss = raw_call(channel, "ExtractClaims", document);
  const RawReply claims_hit = raw_call(channel, "ExtractClaims", document);
  ASSERT_TRUE(claims_hit.status.ok());
  EXPECT_EQ(claims_hit.bytes, claims_miss.bytes);
  v1::ClaimList claims;
  ASSERT_TRUE(claims.ParseFromString(claims_hit.bytes));
  EXPECT_EQ(claims.claims_size(), report.claims_size());
  stats = server->result_cache_stats();
  EXPECT_EQ(stats.misses, 2U);
  EXPECT_EQ(stats.hits, 2U);
  EXPECT_EQ(stats.entries, 2U);
}

TEST(ServerResultCache, TheStreamReplaysACachedReport) {
  auto server = start_loaded(cached_config());
  ASSERT_NE(server, nullptr);
  auto stub = v1::FactCheck::NewStub(server->in_process_channel());
  const v1::Document document = article();
  v1::Report report;
  auto context = context_with();
  ASSERT_TRUE(stub->CheckDocument(context.get(), document, &report).ok());
  StreamCall replayed(*stub, document, std::chrono::seconds(30));
  ASSERT_TRUE(replayed.wait().ok());
  EXPECT_EQ(server->result_cache_stats().hits, 1U);
  EXPECT_EQ(replayed.claims(), report.claims_size());
  ASSERT_EQ(replayed.summaries().size(), 1U);
  EXPECT_EQ(replayed.summaries().front().SerializeAsString(), report.summary().SerializeAsString());
}

TEST(ServerResultCache, ADifferentDateIsAMiss) {
  auto server = start_loaded(cached_config());
  ASSERT_NE(server, nullptr);
  auto channel = server->in_process_channel();
  v1::Document document = article();
  document.set_published("2016-02-12");
  const RawReply first = raw_call(channel, "CheckDocument", document);
  document.set_published("2017-06-30");
  const RawReply second = raw_call(channel, "CheckDocument", document);
  ASSERT_TRUE(first.status.ok() && second.status.ok());
  EXPECT_NE(first.bytes, second.bytes);
  v1::Report report;
  ASSERT_TRUE(report.ParseFromString(second.bytes));
  EXPECT_EQ(report.document().published(), "2017-06-30");
  EXPECT_EQ(server->result_cache_stats().hits, 0U);
  EXPECT_EQ(server->result_cache_stats().misses, 2U);
}

TEST(ServerResultCache, DisabledNeverHits) {
  auto server = start_loaded(cached_config(0));
  ASSERT_NE(server, nullptr);
  auto channel = server->in_process_channel();
  const RawReply first = raw_call(channel, "CheckDocument", article());
  const RawReply second = raw_call(channel, "CheckDocument", article());
  ASSERT_TRUE(first.status.ok() && second.status.ok());
  EXPECT_EQ(first.bytes, second.bytes);  // deterministic without the cache too
  const ResultCache::Stats stats = server->result_cache_stats();
  EXPECT_EQ(stats.hits, 0U);
  EXPECT_EQ(stats.entries, 0U);
}

TEST(ServerResultCache, AStoppedCallStoresNothing) {
  auto server = start_loaded(cached_config());
  ASSERT_NE(server, nullptr);
  const RawReply late = raw_call(server->in_process_channel(), "CheckDocument", long_document(40),
                                 std::chrono::milliseconds(1));
  EXPECT_EQ(late.status.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED);
  EXPECT_EQ(server->result_cache_stats().entries, 0U);
}

TEST(ServerResultCache, AReloadWithChangedDatasetsIsNotAnsweredFromTheOldCache) {
  const auto datasets =
      std::filesystem::temp_directory_path() / ("factcheck-cache-test-" + std::to_string(::getpid()));
  std::filesystem::remove_all(datasets);
  std::filesystem::copy(FACTCHECK_TEST_DATASET_DIR, datasets, std::filesystem::copy_options::recursive);
  ServerConfig config = cached_config();
  config.engine.dataset_dirs = {datasets};
  auto server = start_loaded(config);
  ASSERT_NE(server, nullptr);
  auto channel = server->in_process_channel();
  const v1::Document document = article();
  const RawReply before = raw_call(channel, "CheckDocument", document);
  ASSERT_TRUE(raw_call(channel, "CheckDocument", document).status.ok());
  ASSERT_EQ(server->result_cache_stats().hits, 1U);
  v1::Report old_report;
  ASSERT_TRUE(old_report.ParseFromString(before.bytes));

  std::filesystem::remove_all(datasets / "iraq-electricity");
  ASSERT_TRUE(server->reload().ok);
  const RawReply after = raw_call(channel, "CheckDocument", document);
  ASSERT_TRUE(after.status.ok());
  EXPECT_NE(after.bytes, before.bytes);
  v1::Report new_report;
  ASSERT_TRUE(new_report.ParseFromString(after.bytes));
  EXPECT_EQ(new_report.datasets_size(), old_report.datasets_size() - 1);
  for (const auto& dataset : new_report.datasets()) EXPECT_NE(dataset.name(), "iraq-electricity");
  const ResultCache::Stats stats = server->result_cache_stats();
  EXPECT_EQ(stats.hits, 0U);
  EXPECT_EQ(stats.misses, 1U);
  std::filesystem::remove_all(datasets);
}

TEST(ServerResultCache, ConcurrentCallsAllGetTheSameAnswer) {
  auto server = start_loaded(cached_config());
  ASSERT_NE(server, nullptr);
  auto channel = tcp_channel(server->port());
  const v1::Document document = article();
  const std::string expected = raw_call(channel, "CheckDocument", document).bytes;
  ASSERT_FALSE(expected.empty());
  std::atomic<int> different{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 4; ++t) {
    clients.emplace_back([&] {
      for (int i = 0; i < 25; ++i) {
        if (raw_call(channel, "CheckDocument", document).bytes != expected) ++different;
      }
    });
  }
  for (auto& client : clients) client.join();
  EXPECT_EQ(different.load(), 0);
  EXPECT_EQ(server->result_cache_stats().hits, 100U);
}

}  // namespace
}  // namespace factcheck::rpc::testing
