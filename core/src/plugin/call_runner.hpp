// Runs tasks on threads a caller may abandon: the in-process plugins' time budget. A task (the
// plugin calls of one document, say) runs on a pool thread while its caller waits; each call
// into plugin code inside it is a BudgetedCall with its own budget. When one overruns, the
// caller goes on at once and the thread stays with the plugin (nothing can stop a thread stuck
// in plugin code), counted as stuck until the call returns, if it ever does. One hand-off per
// task, however many plugin calls it makes.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace factcheck::plugin {

class CallRunner {
 public:
  // The budgeted call a task was abandoned in.
  struct Overrun {
    std::string checker;
    std::chrono::milliseconds budget{0};
  };

  // The process's runner; never destroyed (abandoned threads may still use it at exit).
  static CallRunner& shared();

  // Runs `task` on a pool thread and waits for it: nullopt when it finished, else the call it
  // was abandoned in. `poll` is at most the smallest budget of the task's calls. Once
  // abandoned, the task touches nothing of the caller's: it returns as soon as it learns so
  // (BudgetedCall::leave, abandoned()).
  std::optional<Overrun> run(std::function<void()> task, std::chrono::milliseconds poll);

  // True on a thread running a task, where BudgetedCall watches calls.
  static bool on_task_thread();
  // True when the task running on this thread was abandoned.
  static bool abandoned();

  // Calls abandoned past their budget and still running, over all plugins.
  int stuck_calls() const { return stuck_.load(); }

  // Calls `listener` (on the thread that changed it) whenever stuck_calls() changes, until
  // remove_stuck_listener(returned id); that waits for a call in progress.
  int add_stuck_listener(std::function<void()> listener);
  void remove_stuck_listener(int id);

 private:
  friend class BudgetedCall;
  CallRunner() = default;
  struct State;
  State& state();
  void serve_queue(State& pool);
  void stuck_changed(int delta);
  std::atomic<int> stuck_{0};
  std::mutex listeners_mutex_;
  std::map<int, std::function<void()>> listeners_;
  int next_listener_ = 0;
};

// A call into plugin code inside a CallRunner task, within `budget`; `checker` and `stuck`
// (the plugin's count of stuck calls) must outlive it. Only on a task thread.
class BudgetedCall {
 public:
  BudgetedCall(const std::string& checker, std::chrono::milliseconds budget, std::atomic<int>* stuck);
  BudgetedCall(const BudgetedCall&) = delete;
  BudgetedCall& operator=(const BudgetedCall&) = delete;
  ~BudgetedCall();
  // The plugin returned: false when the caller abandoned the task meanwhile.
  bool leave();

 private:
  bool left_ = false;
  bool kept_ = true;
};

}  // namespace factcheck::plugin
