// The isolated backend: the plugin runs in factcheck-plugin-worker processes, one library per
// worker, and the same protobuf bytes cross a socket pair instead of a function call (see
// worker_protocol.hpp), dataset queries included: a worker asks the host's store and never
// opens a dataset file.
//
// A small pool of workers per plugin is started on demand. A worker that dies (a crash, the
// memory cap) or overruns its time budget (it is killed) fails only the call it was on; the
// slot restarts with back-off (none after the first failure, then 10 ms doubling up to 2 s,
// reset by a successful call), and while every slot waits out its back-off past a call's
// budget, calls are answered "restarting" without reaching the plugin.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "plugin/plugin.hpp"
#include "plugin/runtime_options.hpp"
#include "plugin/worker_protocol.hpp"

namespace factcheck::plugin {

class ProcessBackend final : public PluginBackend {
 public:
  // Starts a first worker: it loads the library, checks its API version and sends its info.
  static Status start(const std::filesystem::path& library, const ProcessOptions& options,
                      std::shared_ptr<const DatasetService> datasets, std::shared_ptr<ProcessBackend>* out);
  ~ProcessBackend() override;
  ProcessBackend(const ProcessBackend&) = delete;
  ProcessBackend& operator=(const ProcessBackend&) = delete;

  const v1::PluginInfo& info() const { return info_; }
  // Creates the plugin's instance with its (validated) config in the first worker; workers
  // started later are created with the same config. `timeout` is the budget of each call.
  Status create(const std::string& config_json, std::chrono::milliseconds timeout);

  bool has_route_check() const override { return route_check_; }
  Status call(Entry entry, const std::string& request, std::string* response) const override;

 private:
  using Clock = std::chrono::steady_clock;
  struct Worker {
    pid_t pid = -1;
    int fd = -1;
  };
  struct Slot {
    Worker worker;
    bool busy = false;
    int failures = 0;  // in a row
    Clock::time_point restart_at{};
  };
  enum class Ending { replied, crashed, timed_out, retiring };

  ProcessBackend(std::filesystem::path library, ProcessOptions options,
                 std::shared_ptr<const DatasetService> datasets);
  // Starts a worker and reads its hello (info and whether it routes while checking).
  Status spawn(Worker* worker, v1::PluginInfo* info, bool* route_check) const;
  Status create_in(const Worker& worker) const;
  // A worker ready for a call (started and created if its slot was empty), or why none is.
  Status acquire(std::size_t* slot_index) const;
  void release(std::size_t slot_index, Ending ending, const std::string& failure) const;
  // Sends the call and serves the worker's queries and logs until its result.
  Ending exchange(const Worker& worker, Entry entry, const std::string& request, wire::Reply* reply) const;
  // Waits for a worker to end and says how ("crashed (SIGSEGV)", "exited with status 1").
  static std::string reap(pid_t pid, bool kill_first);
  std::string name() const { return info_.name(); }

  std::filesystem::path library_;
  ProcessOptions options_;
  std::shared_ptr<const DatasetService> datasets_;
  v1::PluginInfo info_;
  bool route_check_ = false;
  std::string config_json_ = "{}";
  std::chrono::milliseconds timeout_{0};

  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  mutable std::vector<Slot> slots_;
  mutable std::string last_failure_;
};

}  // namespace factcheck::plugin
