#include "plugin/call_runner.hpp"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

#include "plugin/query_context.hpp"

namespace factcheck::plugin {
namespace {

// An idle pool thread exits after this long without work.
constexpr auto kIdleExit = std::chrono::seconds(30);

struct Job {
  std::function<void()> task;
  std::mutex mutex;
  std::condition_variable finished;
  bool done = false;
  std::atomic<int>* stuck = nullptr;  // set when abandoned
};

}  // namespace

struct CallRunner::State {
  std::mutex mutex;
  std::condition_variable work;
  std::deque<std::shared_ptr<Job>> queue;
  int idle = 0;
};

CallRunner& CallRunner::shared() {
  static auto* runner = new CallRunner();
  return *runner;
}

CallRunner::State& CallRunner::state() {
  static auto* state = new State();
  return *state;
}

void CallRunner::serve_queue(State& pool) {
  std::unique_lock lock(pool.mutex);
  for (;;) {
    while (pool.queue.empty()) {
      ++pool.idle;
      const bool woken = pool.work.wait_for(lock, kIdleExit, [&] { return !pool.queue.empty(); });
      --pool.idle;
      if (!woken) return;
    }
    auto job = std::move(pool.queue.front());
    pool.queue.pop_front();
    lock.unlock();
    job->task();
    {
      std::lock_guard job_lock(job->mutex);
      job->done = true;
      if (job->stuck != nullptr) {
        job->stuck->fetch_sub(1);
        stuck_.fetch_sub(1);
      }
    }
    job->finished.notify_one();
    lock.lock();
  }
}

bool CallRunner::run(std::function<void()> task, std::chrono::milliseconds timeout, std::atomic<int>* stuck) {
  auto job = std::make_shared<Job>();
  job->task = [context = query_context(), task = std::move(task)] {
    query_context() = context;
    task();
    query_context() = nullptr;
  };
  State& pool = state();
  {
    std::lock_guard lock(pool.mutex);
    pool.queue.push_back(job);
    // Enough idle threads for every queued job: wake one. Otherwise a new thread takes it.
    if (static_cast<std::size_t>(pool.idle) >= pool.queue.size()) {
      pool.work.notify_one();
    } else {
      std::thread([this, &pool] { serve_queue(pool); }).detach();
    }
  }
  std::unique_lock lock(job->mutex);
  if (job->finished.wait_for(lock, timeout, [&] { return job->done; })) return true;
  job->stuck = stuck;
  stuck->fetch_add(1);
  stuck_.fetch_add(1);
  return false;
}

}  // namespace factcheck::plugin
