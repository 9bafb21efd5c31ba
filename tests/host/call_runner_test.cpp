// CallRunner without plugins: a task's budgeted calls run on one pool thread, the caller goes
// on when one overruns, and the abandoned call is counted stuck until it returns.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include "plugin/call_runner.hpp"

namespace factcheck::plugin {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// What the task shares with the test: it outlives an abandoned caller.
struct Shared {
  const std::string first = "first";
  const std::string second = "second";
  std::atomic<int> stuck{0};
  std::atomic<bool> release{false};
  std::atomic<bool> second_kept{true};
  std::atomic<int> changes{0};
  std::thread::id first_thread;
  std::thread::id second_thread;
};

TEST(CallRunner, AStuckCallIsAbandonedAndCountedUntilItReturns) {
  auto shared = std::make_shared<Shared>();
  CallRunner& runner = CallRunner::shared();
  const int listener = runner.add_stuck_listener([shared] { ++shared->changes; });
  const int stuck_before = runner.stuck_calls();

  const auto started = Clock::now();
  const auto overrun = runner.run(
      [shared] {
        BudgetedCall first(shared->first, milliseconds(50), &shared->stuck);
        shared->first_thread = std::this_thread::get_id();
        EXPECT_TRUE(first.leave());
        BudgetedCall second(shared->second, milliseconds(50), &shared->stuck);
        shared->second_thread = std::this_thread::get_id();
        while (!shared->release) std::this_thread::sleep_for(milliseconds(5));
        shared->second_kept = second.leave();
      },
      milliseconds(50));
  EXPECT_LT(Clock::now() - started, milliseconds(1000));
  ASSERT_TRUE(overrun.has_value());
  EXPECT_EQ(overrun->checker, "second");
  EXPECT_EQ(overrun->budget, milliseconds(50));
  EXPECT_EQ(shared->first_thread, shared->second_thread);
  EXPECT_NE(shared->first_thread, std::this_thread::get_id());
  EXPECT_EQ(shared->stuck, 1);
  EXPECT_EQ(runner.stuck_calls(), stuck_before + 1);
  EXPECT_EQ(shared->changes, 1);

  shared->release = true;
  for (int i = 0; i < 400 && shared->stuck != 0; ++i) std::this_thread::sleep_for(milliseconds(5));
  EXPECT_EQ(shared->stuck, 0);
  EXPECT_FALSE(shared->second_kept);
  EXPECT_EQ(runner.stuck_calls(), stuck_before);
  EXPECT_EQ(shared->changes, 2);
  runner.remove_stuck_listener(listener);
}

TEST(CallRunner, ATaskWithinItsBudgetsFinishes) {
  auto shared = std::make_shared<Shared>();
  const auto overrun = CallRunner::shared().run(
      [shared] {
        EXPECT_TRUE(CallRunner::on_task_thread());
        BudgetedCall call(shared->first, milliseconds(500), &shared->stuck);
        std::this_thread::sleep_for(milliseconds(20));
        EXPECT_TRUE(call.leave());
        EXPECT_FALSE(CallRunner::abandoned());
      },
      milliseconds(500));
  EXPECT_FALSE(overrun.has_value());
  EXPECT_FALSE(CallRunner::on_task_thread());
  EXPECT_EQ(shared->stuck, 0);
}

}  // namespace
}  // namespace factcheck::plugin
