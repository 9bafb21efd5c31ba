// A fixed set of threads running jobs from a bounded queue: the server's checking runs here so
// gRPC's reactor threads never block on extraction or plugins.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace factcheck::rpc {

class WorkerPool {
 public:
  // `threads` >= 1; at most `queue_capacity` jobs wait (running ones not counted).
  WorkerPool(unsigned threads, std::size_t queue_capacity);
  ~WorkerPool();  // shutdown()
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Queues `job`; false (job dropped) when the queue is full or the pool is shut down.
  bool try_submit(std::function<void()> job);

  // Runs every queued job, then joins the threads. Idempotent.
  void shutdown();

  unsigned threads() const { return static_cast<unsigned>(threads_.size()); }

 private:
  void run();

  const std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace factcheck::rpc
