// Runs calls on threads a caller may abandon: the in-process plugins' time budget. A call
// past its deadline keeps its thread (nothing can stop a thread stuck in plugin code) and is
// counted as stuck until it returns, if it ever does; the caller goes on.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>

namespace factcheck::plugin {

class CallRunner {
 public:
  // The process's runner; never destroyed (abandoned threads may still use it at exit).
  static CallRunner& shared();

  // Runs `task` on a pool thread and waits up to `timeout`. True when it finished in time;
  // false when it was abandoned, in which case `stuck` (and stuck_calls()) count it until it
  // returns. `task` must own everything it touches.
  bool run(std::function<void()> task, std::chrono::milliseconds timeout, std::atomic<int>* stuck);

  // Calls abandoned past their deadline and still running, over all plugins.
  int stuck_calls() const { return stuck_.load(); }

 private:
  CallRunner() = default;
  struct State;
  State& state();
  void serve_queue(State& pool);
  std::atomic<int> stuck_{0};
};

}  // namespace factcheck::plugin
