// A bounded LRU cache of serialized answers (Report, ClaimList) for repeated documents.
//
// Checking is deterministic for (document, engine), so a document sent again can be answered
// with the bytes of the first answer. The key (result_cache_key) covers the request's bytes
// (every Document field), today's date (UTC: a document without a date resolves relative time
// against it, so an answer made yesterday is never served today) and what was asked (report or
// claim list). The engine is
// covered by ownership: each engine generation has its own cache, and a reload retires the old
// one (emptied, refusing new entries) so no answer of the old datasets can be served again.
//
// Thread-safe (one mutex; a lookup is a hash-map probe and a list splice). Values are
// reference-counted gRPC slices, so a hit sends the stored bytes without copying them.
#pragma once

#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/slice.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace factcheck::rpc {

struct ResultCacheLimits {
  std::size_t entries = 1024;                      // 0 disables the cache
  std::size_t max_bytes = std::size_t{64} << 20U;  // keys, values and bookkeeping
};

// What a cached answer is: the same document gives a different answer per kind.
enum class CachedAnswer { report, claim_list };

// Hex SHA-256 over the kind, `today` (YYYY-MM-DD) and the serialized Document as it came
// from the client. The same bytes always parse to the same Document, so a hit can be answered
// without parsing the request at all; a differently encoded copy of a document only misses.
// Today's date is keyed for every document, dated or not, so entries last a UTC day at most.
std::string result_cache_key(CachedAnswer kind, const grpc::ByteBuffer& request, std::string_view today);
// The same with today's date in UTC, as the extractor uses it.
std::string result_cache_key(CachedAnswer kind, const grpc::ByteBuffer& request);

// A stored answer: its serialized message and how many claims it holds (for the call log).
struct CachedResult {
  grpc::Slice bytes;
  std::size_t claims = 0;
};

class ResultCache {
 public:
  struct Stats {
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::uint64_t evictions = 0;
    std::size_t entries = 0;
    std::size_t bytes = 0;
  };

  explicit ResultCache(ResultCacheLimits limits) : limits_(limits) {}

  bool enabled() const { return limits_.entries > 0; }

  // The stored answer, now the most recently used; counts a hit or a miss.
  std::optional<CachedResult> find(const std::string& key);

  // Stores an answer, evicting the least recently used entries to stay within both limits.
  // An answer larger than max_bytes on its own is not stored. Call only with the complete
  // answer of a call that succeeded.
  void insert(const std::string& key, const CachedResult& result);

  // Empties the cache and refuses later inserts: its engine generation was replaced.
  void retire();

  Stats stats() const;

 private:
  struct Entry {
    std::string key;
    CachedResult result;
    std::size_t bytes;
  };
  static std::size_t cost(const std::string& key, const CachedResult& result);
  void evict_until_fits_locked(std::size_t incoming);

  const ResultCacheLimits limits_;
  mutable std::mutex mutex_;
  std::list<Entry> lru_;                                                    // most recently used first
  std::unordered_map<std::string_view, std::list<Entry>::iterator> index_;  // views of Entry::key
  std::size_t bytes_ = 0;
  bool retired_ = false;
  Stats counts_;
};

}  // namespace factcheck::rpc
