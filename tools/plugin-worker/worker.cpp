// factcheck-plugin-worker: runs one checker plugin for an isolating host.
//
//   factcheck-plugin-worker --socket-fd FD --parent PID [--memory-mb N] [--cpu-seconds N] LIBRARY
//
// Started by the host (core/src/plugin/process_backend.hpp), never by hand: it confines
// itself (sandbox.hpp), opens LIBRARY the way the host does, and then serves the frames of
// core/src/plugin/worker_protocol.hpp on FD until the host closes it. The plugin's dataset
// queries and log lines go to the host over the same socket; answers are kept for queries
// asked again.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "factcheck/plugin_abi.h"
#include "plugin/plugin_library.hpp"
#include "plugin/worker_protocol.hpp"
#include "sandbox.hpp"

namespace factcheck::worker {
namespace {

namespace wire = plugin::wire;

struct Arguments {
  int fd = -1;
  long parent = 0;
  Limits limits;
  std::string library;
};

bool parse_arguments(int argc, char** argv, Arguments* out) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--socket-fd" && has_value) {
      out->fd = std::atoi(argv[++i]);
    } else if (arg == "--parent" && has_value) {
      out->parent = std::atol(argv[++i]);
    } else if (arg == "--memory-mb" && has_value) {
      out->limits.memory_mb = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--cpu-seconds" && has_value) {
      out->limits.cpu_seconds = std::strtoull(argv[++i], nullptr, 10);
    } else if (!arg.starts_with("--") && out->library.empty()) {
      out->library = arg;
    } else {
      return false;
    }
  }
  return out->fd >= 0 && out->parent > 0 && !out->library.empty();
}

// The host side of fc_host_api, across the socket. The plugin may log from any thread; it
// queries only while the host waits on one of its calls (or on its creation).
class HostLink {
 public:
  explicit HostLink(int fd) : fd_(fd) {
    api_.struct_size = sizeof(fc_host_api);
    api_.ctx = this;
    api_.log = &HostLink::log;
    api_.query_dataset = &HostLink::query;
  }

  const fc_host_api* api() const { return &api_; }
  int fd() const { return fd_; }
  bool send(wire::FrameType type, std::string_view head, std::string_view body = {}) {
    std::lock_guard lock(write_mutex_);
    return wire::write_frame(fd_, type, head, body);
  }
  void set_in_call(bool in_call) {
    std::lock_guard lock(query_mutex_);
    in_call_ = in_call;
  }

 private:
  static void log(void* ctx, int level, const char* message, size_t len) {
    auto* self = static_cast<HostLink*>(ctx);
    const char head = static_cast<char>(level);
    (void)self->send(wire::FrameType::log, std::string_view(&head, 1), std::string_view(message, len));
  }

  static int query(void* ctx, const char* request, size_t len, const fc_sink* out, const fc_sink* err) {
    auto* self = static_cast<HostLink*>(ctx);
    const auto fail = [&](int code, std::string_view message) {
      if (err != nullptr && err->write != nullptr) err->write(err->ctx, message.data(), message.size());
      return code;
    };
    std::lock_guard lock(self->query_mutex_);
    if (!self->in_call_) return fail(FC_UNAVAILABLE, "an isolated plugin queries only during a call");
    const std::string_view key(request, len);
    const auto write_answer = [&](const std::string& answer) {
      if (out != nullptr && out->write != nullptr) out->write(out->ctx, answer.data(), answer.size());
      return FC_OK;
    };
    if (const auto cached = self->answers_.find(key); cached != self->answers_.end()) {
      return write_answer(cached->second);
    }
    if (!self->send(wire::FrameType::query, key)) return fail(FC_UNAVAILABLE, "the host went away");
    wire::Frame frame;
    wire::Reply reply;
    if (wire::read_frame(self->fd_, &frame) != wire::ReadResult::ok ||
        frame.type != wire::FrameType::query_reply || !wire::decode_reply(frame.body, &reply)) {
      std::_Exit(1);  // the host is gone or confused: nothing left to serve
    }
    if (reply.status != FC_OK) return fail(reply.status, reply.error);
    self->remember(key, reply.payload);
    return write_answer(reply.payload);
  }

  // The host's store does not change while this worker lives (a reload starts new workers),
  // so answers are kept, up to kCachedBytes, and a query asked again does not cross the socket.
  void remember(std::string_view query, const std::string& answer) {
    static constexpr std::size_t kCachedBytes = 16U << 20U;
    const std::size_t size = query.size() + answer.size();
    if (size > kCachedBytes / 16) return;
    if (cached_bytes_ + size > kCachedBytes) {
      answers_.clear();
      cached_bytes_ = 0;
    }
    answers_.emplace(std::string(query), answer);
    cached_bytes_ += size;
  }

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  int fd_;
  fc_host_api api_{};
  std::mutex write_mutex_;
  std::mutex query_mutex_;
  bool in_call_ = false;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> answers_;  // under query_mutex_
  std::size_t cached_bytes_ = 0;
};

double cpu_seconds_used() {
  timespec used{};
  ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &used);
  return static_cast<double>(used.tv_sec) + static_cast<double>(used.tv_nsec) / 1e9;
}

int serve(const Arguments& args) {
  HostLink host(args.fd);
  plugin::PluginLibrary library;
  const Status opened = plugin::open_plugin_library(args.library, &library);
  if (!opened) {
    (void)host.send(wire::FrameType::hello,
                    wire::encode_reply(static_cast<int>(opened.code()), 0, "", opened.message()));
    return 1;
  }
  std::string hello = library.info.SerializeAsString();
  hello.insert(hello.begin(), library.entry_points.route_check != nullptr ? '\1' : '\0');
  if (!host.send(wire::FrameType::hello, wire::encode_reply(0, 0, hello, ""))) return 1;

  wire::Frame frame;
  if (wire::read_frame(args.fd, &frame) != wire::ReadResult::ok || frame.type != wire::FrameType::create)
    return 1;
  void* state = nullptr;
  host.set_in_call(true);
  const Status created = plugin::create_instance(library.entry_points, host.api(), frame.body, &state);
  host.set_in_call(false);
  if (!host.send(wire::FrameType::created,
                 wire::encode_reply(created ? FC_OK : FC_ERROR, 0, "", created ? "" : created.message()))) {
    return 1;
  }
  if (!created) return 1;

  // Retire (exit after a reply) before the CPU limit's signal would end the worker mid-call.
  const double retire_after = 0.9 * static_cast<double>(args.limits.cpu_seconds);
  std::string response;
  for (;;) {
    if (wire::read_frame(args.fd, &frame) != wire::ReadResult::ok) return 0;  // the host closed: done
    if (frame.type != wire::FrameType::call || frame.body.empty()) return 1;
    const auto entry = static_cast<plugin::Entry>(frame.body[0]);
    host.set_in_call(true);
    const Status status = plugin::call_entry_point(library.entry_points, state, entry,
                                                   std::string_view(frame.body).substr(1), &response);
    host.set_in_call(false);
    const bool retiring = args.limits.cpu_seconds > 0 && cpu_seconds_used() > retire_after;
    const std::uint8_t flags = retiring ? wire::kRetiring : 0;
    const std::string reply = status ? wire::encode_reply(FC_OK, flags, response, "")
                                     : wire::encode_reply(FC_ERROR, flags, "", status.message());
    if (!host.send(wire::FrameType::result, reply)) return 1;
    if (retiring) return 0;
  }
}

}  // namespace
}  // namespace factcheck::worker

int main(int argc, char** argv) {
  using namespace factcheck::worker;
  Arguments args;
  if (!parse_arguments(argc, argv, &args)) {
    std::fprintf(
        stderr,
        "usage: factcheck-plugin-worker --socket-fd FD --parent PID [--memory-mb N] [--cpu-seconds N] "
        "LIBRARY\n(started by factcheck for isolated plugins, not by hand)\n");
    return 2;
  }
  // Die with the host, even while the plugin is busy (PR_SET_PDEATHSIG would follow the
  // host's spawning thread, not the host).
  if (::getppid() != args.parent) return 1;
  std::thread([parent = args.parent] {
    for (;;) {
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      if (::getppid() != parent) std::_Exit(1);
    }
  }).detach();
  if (const std::string error = confine(args.limits); !error.empty()) {
    std::fprintf(stderr, "factcheck-plugin-worker: cannot confine the plugin: %s\n", error.c_str());
    return 1;
  }
  return serve(args);
}
