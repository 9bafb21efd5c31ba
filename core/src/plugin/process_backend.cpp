#include "plugin/process_backend.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <thread>

#include "util/install_paths.hpp"

extern char** environ;

namespace factcheck::plugin {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Loading a library and creating its instance may take a while (static data, datasets
// queried at creation), but not forever.
constexpr auto kStartBudget = std::chrono::seconds(30);
// The socket end the worker finds its host on.
constexpr int kWorkerFd = 3;
constexpr auto kMaxBackoff = std::chrono::milliseconds(2000);

Clock::duration backoff(int failures) {
  if (failures <= 1) return Clock::duration::zero();
  const int doublings = std::min(failures - 2, 8);
  return std::min<Clock::duration>(std::chrono::milliseconds(10) * (1 << doublings), kMaxBackoff);
}

std::string signal_name(int signal) {
  const char* abbreviation = sigabbrev_np(signal);
  return abbreviation != nullptr ? std::string("SIG") + abbreviation : "signal " + std::to_string(signal);
}

}  // namespace

ProcessBackend::ProcessBackend(fs::path library, ProcessOptions options,
                               std::shared_ptr<const DatasetService> datasets)
    : library_(std::move(library)),
      options_(std::move(options)),
      datasets_(std::move(datasets)),
      slots_(std::max(1U, options_.workers)) {}

ProcessBackend::~ProcessBackend() {
  for (auto& slot : slots_) {
    if (slot.worker.pid <= 0) continue;
    ::close(slot.worker.fd);
    (void)reap(slot.worker.pid, true);
  }
}

Status ProcessBackend::start(const fs::path& library, const ProcessOptions& options,
                             std::shared_ptr<const DatasetService> datasets,
                             std::shared_ptr<ProcessBackend>* out) {
  ProcessOptions resolved = options;
  if (resolved.worker_executable.empty())
    resolved.worker_executable = executable_dir() / "factcheck-plugin-worker";
  std::shared_ptr<ProcessBackend> backend(
      new ProcessBackend(library, std::move(resolved), std::move(datasets)));
  Worker first;
  if (Status started = backend->spawn(&first, &backend->info_, &backend->route_check_); !started)
    return started;
  backend->slots_[0].worker = first;
  *out = std::move(backend);
  return Status::ok();
}

Status ProcessBackend::spawn(Worker* worker, v1::PluginInfo* info, bool* route_check) const {
  int ends[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) {
    return Status::unavailable(std::string("cannot create a socket pair: ") + std::strerror(errno));
  }
  // The child's end moves above the standard descriptors, so that dup2 onto kWorkerFd always
  // copies it (and drops close-on-exec from the copy).
  const int child_end = ::fcntl(ends[1], F_DUPFD_CLOEXEC, 10);
  ::close(ends[1]);
  const std::string worker_path = options_.worker_executable.string();
  std::vector<std::string> args = {worker_path,
                                   "--socket-fd",
                                   std::to_string(kWorkerFd),
                                   "--parent",
                                   std::to_string(::getpid()),
                                   "--memory-mb",
                                   std::to_string(options_.memory_mb),
                                   "--cpu-seconds",
                                   std::to_string(options_.cpu_seconds),
                                   library_.string()};
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, child_end, kWorkerFd);
  posix_spawn_file_actions_addclosefrom_np(&actions, kWorkerFd + 1);
  pid_t pid = -1;
  const int spawned = ::posix_spawn(&pid, worker_path.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(child_end);
  if (spawned != 0) {
    ::close(ends[0]);
    return Status::unavailable("cannot start the plugin worker " + worker_path + ": " +
                               std::strerror(spawned));
  }
  *worker = Worker{pid, ends[0]};

  const auto fail = [&](const std::string& message) {
    ::close(worker->fd);
    const std::string ending = reap(pid, true);
    *worker = Worker{};
    return Status::unavailable(message + (ending.empty() ? "" : " (worker " + ending + ")"));
  };
  wire::Frame frame;
  const auto deadline = Clock::now() + kStartBudget;
  for (;;) {
    const auto read = wire::read_frame(worker->fd, &frame, deadline);
    if (read != wire::ReadResult::ok) return fail("the plugin worker did not start");
    if (frame.type == wire::FrameType::log) {
      if (!frame.body.empty()) {
        log_plugin_message(library_.filename().string(), static_cast<unsigned char>(frame.body[0]),
                           std::string_view(frame.body).substr(1));
      }
      continue;
    }
    break;
  }
  wire::Reply hello;
  if (frame.type != wire::FrameType::hello || !wire::decode_reply(frame.body, &hello)) {
    return fail("the plugin worker sent no hello");
  }
  if (hello.status != 0) {
    // The worker's own load failure, with the host's Status code: the same as in-process.
    const std::string reason = hello.error;
    ::close(worker->fd);
    (void)reap(pid, true);
    *worker = Worker{};
    return hello.status == static_cast<int>(Status::Code::failed_precondition)
               ? Status::failed_precondition(reason)
               : Status::invalid_argument(reason);
  }
  if (hello.payload.empty() ||
      !info->ParseFromArray(hello.payload.data() + 1, static_cast<int>(hello.payload.size() - 1))) {
    return fail("the plugin worker sent a malformed hello");
  }
  *route_check = hello.payload[0] != 0;
  return Status::ok();
}

Status ProcessBackend::create_in(const Worker& worker) const {
  if (!wire::write_frame(worker.fd, wire::FrameType::create, config_json_)) {
    return Status::unavailable("the plugin worker went away before init");
  }
  wire::Frame frame;
  const auto deadline = Clock::now() + kStartBudget;
  for (;;) {
    const auto read = wire::read_frame(worker.fd, &frame, deadline);
    if (read != wire::ReadResult::ok) {
      return Status::unavailable("init: the plugin worker " + std::string(read == wire::ReadResult::timed_out
                                                                              ? "timed out"
                                                                              : "went away"));
    }
    if (frame.type == wire::FrameType::log && !frame.body.empty()) {
      log_plugin_message(name(), static_cast<unsigned char>(frame.body[0]),
                         std::string_view(frame.body).substr(1));
      continue;
    }
    if (frame.type == wire::FrameType::query) {
      std::string answer;
      std::string error;
      const int status =
          answer_dataset_query(datasets_.get(), frame.body.data(), frame.body.size(), &answer, &error);
      if (!wire::write_frame(worker.fd, wire::FrameType::query_reply,
                             wire::encode_reply(status, 0, answer, error))) {
        return Status::unavailable("init: the plugin worker went away");
      }
      continue;
    }
    break;
  }
  wire::Reply reply;
  if (frame.type != wire::FrameType::created || !wire::decode_reply(frame.body, &reply)) {
    return Status::unavailable("init: the plugin worker answered out of turn");
  }
  if (reply.status != FC_OK) return Status::failed_precondition(reply.error);
  return Status::ok();
}

Status ProcessBackend::create(const std::string& config_json, std::chrono::milliseconds timeout) {
  config_json_ = config_json;
  timeout_ = timeout;
  Worker& first = slots_[0].worker;
  Status created = create_in(first);
  if (!created) {
    ::close(first.fd);
    (void)reap(first.pid, true);
    first = Worker{};
  }
  return created;
}

std::string ProcessBackend::reap(pid_t pid, bool kill_first) {
  if (kill_first) ::kill(pid, SIGKILL);
  int status = 0;
  // A worker that closed its socket is normally exiting; one that lingers is killed.
  for (int waited_ms = 0;; ++waited_ms) {
    const pid_t done = ::waitpid(pid, &status, kill_first || waited_ms >= 500 ? 0 : WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) return "ended";
    if (done == 0) {
      if (waited_ms == 499) ::kill(pid, SIGKILL);
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
  if (WIFSIGNALED(status)) return "crashed (" + signal_name(WTERMSIG(status)) + ")";
  if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
  return "ended";
}

Status ProcessBackend::acquire(std::size_t* slot_index) const {
  std::unique_lock lock(mutex_);
  for (;;) {
    const auto now = Clock::now();
    std::optional<std::size_t> idle;
    std::optional<std::size_t> restartable;
    std::optional<Clock::time_point> earliest_restart;
    bool any_busy = false;
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      const Slot& slot = slots_[i];
      if (slot.busy) {
        any_busy = true;
      } else if (slot.worker.pid > 0) {
        idle = idle.value_or(i);
      } else if (slot.restart_at <= now) {
        restartable = restartable.value_or(i);
      } else {
        earliest_restart = std::min(earliest_restart.value_or(slot.restart_at), slot.restart_at);
      }
    }
    if (idle) {
      slots_[*idle].busy = true;
      *slot_index = *idle;
      return Status::ok();
    }
    if (restartable) {
      Slot& slot = slots_[*restartable];
      slot.busy = true;
      lock.unlock();
      Worker worker;
      v1::PluginInfo info;
      bool route_check = false;
      Status started = spawn(&worker, &info, &route_check);
      if (started) {
        started = create_in(worker);
        if (!started) {
          ::close(worker.fd);
          (void)reap(worker.pid, true);
        }
      }
      lock.lock();
      if (started) {
        slot.worker = worker;
        *slot_index = *restartable;
        return Status::ok();
      }
      slot.busy = false;
      slot.failures += 1;
      slot.restart_at =
          Clock::now() + std::max<Clock::duration>(backoff(slot.failures), std::chrono::milliseconds(10));
      changed_.notify_all();
      spdlog::error("checker '{}': cannot restart its worker: {}", name(), started.message());
      return Status::unavailable("checker '" + name() + "' could not be restarted: " + started.message());
    }
    const bool restart_in_budget =
        earliest_restart && (timeout_.count() <= 0 || *earliest_restart <= now + timeout_);
    if (!any_busy && !restart_in_budget) {
      return Status::unavailable("checker '" + name() + "' is restarting after it " + last_failure_ +
                                 "; this claim was not checked");
    }
    if (earliest_restart) {
      changed_.wait_until(lock, *earliest_restart);
    } else {
      changed_.wait(lock);
    }
  }
}

void ProcessBackend::release(std::size_t slot_index, Ending ending, const std::string& failure) const {
  std::lock_guard lock(mutex_);
  Slot& slot = slots_[slot_index];
  slot.busy = false;
  if (ending == Ending::replied) {
    slot.failures = 0;
  } else if (ending == Ending::retiring) {
    slot.worker = Worker{};
    slot.restart_at = Clock::now();
  } else {
    slot.worker = Worker{};
    slot.failures += 1;
    slot.restart_at = Clock::now() + backoff(slot.failures);
    last_failure_ = failure;
  }
  changed_.notify_all();
}

ProcessBackend::Ending ProcessBackend::exchange(const Worker& worker, Entry entry, const std::string& request,
                                                wire::Reply* reply) const {
  const char head = static_cast<char>(entry);
  if (!wire::write_frame(worker.fd, wire::FrameType::call, std::string_view(&head, 1), request)) {
    return Ending::crashed;
  }
  std::optional<Clock::time_point> deadline;
  if (timeout_.count() > 0) deadline = Clock::now() + timeout_;
  wire::Frame frame;
  std::string answer;
  std::string error;
  for (;;) {
    switch (wire::read_frame(worker.fd, &frame, deadline)) {
      case wire::ReadResult::closed:
        return Ending::crashed;
      case wire::ReadResult::timed_out:
        return Ending::timed_out;
      case wire::ReadResult::ok:
        break;
    }
    switch (frame.type) {
      case wire::FrameType::query: {
        error.clear();
        const int status =
            answer_dataset_query(datasets_.get(), frame.body.data(), frame.body.size(), &answer, &error);
        if (!wire::write_frame(worker.fd, wire::FrameType::query_reply,
                               wire::encode_reply(status, 0, status == FC_OK ? answer : "", error))) {
          return Ending::crashed;
        }
        break;
      }
      case wire::FrameType::log:
        if (!frame.body.empty()) {
          log_plugin_message(name(), static_cast<unsigned char>(frame.body[0]),
                             std::string_view(frame.body).substr(1));
        }
        break;
      case wire::FrameType::result:
        if (!wire::decode_reply(frame.body, reply)) return Ending::crashed;
        return (reply->flags & wire::kRetiring) != 0 ? Ending::retiring : Ending::replied;
      default:
        return Ending::crashed;  // out of turn: the worker cannot be trusted
    }
  }
}

Status ProcessBackend::call(Entry entry, const std::string& request, std::string* response) const {
  std::size_t index = 0;
  if (Status acquired = acquire(&index); !acquired) return acquired;
  const Worker worker = slots_[index].worker;
  wire::Reply reply;
  const Ending ending = exchange(worker, entry, request, &reply);
  std::string failure;
  if (ending == Ending::crashed || ending == Ending::timed_out) {
    ::close(worker.fd);
    failure = reap(worker.pid, ending == Ending::timed_out);
    if (ending == Ending::timed_out) failure = "timed out";
  } else if (ending == Ending::retiring) {
    ::close(worker.fd);
    (void)reap(worker.pid, false);
  }
  release(index, ending, failure);
  switch (ending) {
    case Ending::crashed:
      spdlog::error("checker '{}' {} in {}; its worker restarts", name(), failure, entry_name(entry));
      return Status::internal("checker '" + name() + "' " + failure + " on this claim");
    case Ending::timed_out:
      spdlog::error("checker '{}' timed out in {} (over {} ms); its worker was killed", name(),
                    entry_name(entry), timeout_.count());
      return Status::deadline_exceeded(timed_out_message(name(), timeout_));
    case Ending::replied:
    case Ending::retiring:
      break;
  }
  if (reply.status != FC_OK) {
    return Status::internal(std::string(entry_name(entry)) + " failed (status " +
                            std::to_string(reply.status) +
                            "): " + (reply.error.empty() ? "no message" : reply.error));
  }
  *response = std::move(reply.payload);
  return Status::ok();
}

}  // namespace factcheck::plugin
