#include "plugin/call_runner.hpp"

#include <spdlog/spdlog.h>

#include <condition_variable>
#include <deque>
#include <memory>
#include <thread>

#include "plugin/query_context.hpp"

namespace factcheck::plugin {
namespace {

using Clock = std::chrono::steady_clock;

// An idle pool thread exits after this long without work.
constexpr auto kIdleExit = std::chrono::seconds(30);

struct Task {
  std::function<void()> body;
  const void* query_context = nullptr;
  std::mutex mutex;
  std::condition_variable finished;
  bool done = false;
  bool abandoned = false;
  // The budgeted call in progress, if any.
  bool in_call = false;
  Clock::time_point deadline;
  const std::string* checker = nullptr;
  std::chrono::milliseconds budget{0};
  std::atomic<int>* stuck = nullptr;
};

// The task this thread runs (pool threads only).
Task*& current_task() {
  thread_local Task* task = nullptr;
  return task;
}

}  // namespace

struct CallRunner::State {
  std::mutex mutex;
  std::condition_variable work;
  std::deque<std::shared_ptr<Task>> queue;
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

int CallRunner::add_stuck_listener(std::function<void()> listener) {
  std::lock_guard lock(listeners_mutex_);
  listeners_.emplace(next_listener_, std::move(listener));
  return next_listener_++;
}

void CallRunner::remove_stuck_listener(int id) {
  std::lock_guard lock(listeners_mutex_);
  listeners_.erase(id);
}

void CallRunner::stuck_changed(int delta) {
  stuck_.fetch_add(delta);
  std::lock_guard lock(listeners_mutex_);
  for (const auto& [id, listener] : listeners_) listener();
}

bool CallRunner::on_task_thread() { return current_task() != nullptr; }

bool CallRunner::abandoned() {
  Task* task = current_task();
  if (task == nullptr) return false;
  std::lock_guard lock(task->mutex);
  return task->abandoned;
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
    auto task = std::move(pool.queue.front());
    pool.queue.pop_front();
    lock.unlock();
    current_task() = task.get();
    query_context() = task->query_context;
    task->body();
    query_context() = nullptr;
    current_task() = nullptr;
    {
      std::lock_guard task_lock(task->mutex);
      task->done = true;
    }
    task->finished.notify_one();
    lock.lock();
  }
}

std::optional<CallRunner::Overrun> CallRunner::run(std::function<void()> task_body,
                                                   std::chrono::milliseconds poll) {
  auto task = std::make_shared<Task>();
  task->body = std::move(task_body);
  task->query_context = query_context();
  State& pool = state();
  {
    std::lock_guard lock(pool.mutex);
    pool.queue.push_back(task);
    // Enough idle threads for every queued task: wake one. Otherwise a new thread takes it.
    if (static_cast<std::size_t>(pool.idle) >= pool.queue.size()) {
      pool.work.notify_one();
    } else {
      std::thread([this, &pool] { serve_queue(pool); }).detach();
    }
  }
  // Asleep until the task is done, waking only at the deadline of the call in progress. A call
  // that starts while the caller sleeps ends its budget (>= poll) after the caller wakes.
  std::unique_lock lock(task->mutex);
  const auto is_done = [&] { return task->done; };
  while (!task->done) {
    const auto now = Clock::now();
    if (!task->in_call) {
      task->finished.wait_until(lock, now + poll, is_done);
    } else if (now < task->deadline) {
      task->finished.wait_until(lock, task->deadline, is_done);
    } else {
      task->abandoned = true;
      task->stuck->fetch_add(1);
      Overrun overrun{*task->checker, task->budget};
      lock.unlock();
      spdlog::error("checker '{}' is stuck past its {} ms limit; its thread is abandoned", overrun.checker,
                    overrun.budget.count());
      stuck_changed(1);
      return overrun;
    }
  }
  return std::nullopt;
}

BudgetedCall::BudgetedCall(const std::string& checker, std::chrono::milliseconds budget,
                           std::atomic<int>* stuck) {
  Task* task = current_task();
  std::lock_guard lock(task->mutex);
  if (task->abandoned) {  // the caller has gone on: this call is not watched
    left_ = true;
    kept_ = false;
    return;
  }
  task->in_call = true;
  task->deadline = Clock::now() + budget;
  task->checker = &checker;
  task->budget = budget;
  task->stuck = stuck;
}

BudgetedCall::~BudgetedCall() {
  if (!left_) leave();
}

bool BudgetedCall::leave() {
  if (left_) return kept_;
  left_ = true;
  Task* task = current_task();
  {
    std::lock_guard lock(task->mutex);
    task->in_call = false;
    kept_ = !task->abandoned;
    if (kept_) return true;
    task->stuck->fetch_sub(1);
  }
  CallRunner::shared().stuck_changed(-1);
  return false;
}

}  // namespace factcheck::plugin
