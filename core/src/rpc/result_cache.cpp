#include "rpc/result_cache.hpp"

#include <vector>

#include "extract/calendar.hpp"
#include "util/sha256.hpp"

namespace factcheck::rpc {

std::string result_cache_key(CachedAnswer kind, const grpc::ByteBuffer& request, std::string_view today) {
  Sha256 hash;
  hash.update(kind == CachedAnswer::report ? "report" : "claim_list");
  hash.update(std::string_view("\0", 1));
  hash.update(today);
  hash.update(std::string_view("\0", 1));
  std::vector<grpc::Slice> slices;
  if (request.Dump(&slices).ok()) {
    for (const auto& slice : slices) {
      hash.update(std::string_view(reinterpret_cast<const char*>(slice.begin()), slice.size()));
    }
  }
  return hash.hex_digest();
}

std::string result_cache_key(CachedAnswer kind, const grpc::ByteBuffer& request) {
  return result_cache_key(kind, request, extract::format_date(extract::today_utc()));
}

std::size_t ResultCache::cost(const std::string& key, const CachedResult& result) {
  // The entry, its list node and its index slot: a fixed estimate beside the two strings.
  constexpr std::size_t kBookkeeping = 128;
  return key.capacity() + result.bytes.size() + kBookkeeping;
}

std::optional<CachedResult> ResultCache::find(const std::string& key) {
  std::lock_guard lock(mutex_);
  const auto found = index_.find(key);
  if (found == index_.end()) {
    ++counts_.misses;
    return std::nullopt;
  }
  ++counts_.hits;
  lru_.splice(lru_.begin(), lru_, found->second);
  return found->second->result;
}

void ResultCache::insert(const std::string& key, const CachedResult& result) {
  if (!enabled()) return;
  const std::size_t bytes = cost(key, result);
  if (bytes > limits_.max_bytes) return;
  std::lock_guard lock(mutex_);
  if (retired_ || index_.contains(key)) return;  // a concurrent miss of the same document stored it
  evict_until_fits_locked(bytes);
  lru_.push_front(Entry{key, result, bytes});
  index_.emplace(lru_.front().key, lru_.begin());
  bytes_ += bytes;
}

void ResultCache::evict_until_fits_locked(std::size_t incoming) {
  while (!lru_.empty() && (lru_.size() + 1 > limits_.entries || bytes_ + incoming > limits_.max_bytes)) {
    const Entry& oldest = lru_.back();
    bytes_ -= oldest.bytes;
    index_.erase(oldest.key);
    lru_.pop_back();
    ++counts_.evictions;
  }
}

void ResultCache::retire() {
  std::lock_guard lock(mutex_);
  retired_ = true;
  index_.clear();
  lru_.clear();
  bytes_ = 0;
}

ResultCache::Stats ResultCache::stats() const {
  std::lock_guard lock(mutex_);
  Stats stats = counts_;
  stats.entries = lru_.size();
  stats.bytes = bytes_;
  return stats;
}

}  // namespace factcheck::rpc
