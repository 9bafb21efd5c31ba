// The frames between the host and factcheck-plugin-worker, over a Unix socket pair: the same
// protobuf bytes the C ABI carries, each in a frame of [u32 body length][u8 type][body].
//
//   worker -> host  hello        reply: status, [u8 has_route_check][PluginInfo], error
//   host -> worker  create       the plugin's config JSON
//   worker -> host  created      reply: status, "", error
//   host -> worker  call         [u8 Entry][request bytes]
//   worker -> host  query        DatasetQuery bytes (the plugin asks the host's store) ...
//   host -> worker  query_reply  reply: status, DatasetQueryResult, error
//   worker -> host  log          [u8 fc_log_level][message]
//   worker -> host  result       reply: status, response bytes, error
//
// A reply body is [i32 status][u8 flags][u32 payload length][payload][error text].
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factcheck::plugin::wire {

enum class FrameType : std::uint8_t {
  hello = 1,
  create = 2,
  created = 3,
  call = 4,
  query = 5,
  query_reply = 6,
  log = 7,
  result = 8,
};

// Reply flag: the worker exits after this reply (it used most of its CPU allowance).
inline constexpr std::uint8_t kRetiring = 1;

struct Frame {
  FrameType type = FrameType::hello;
  std::string body;
};

struct Reply {
  int status = 0;
  std::uint8_t flags = 0;
  std::string payload;
  std::string error;
};

using Clock = std::chrono::steady_clock;

// Writes one frame whole (header and body parts in one gather write where possible).
// False when the peer is gone.
bool write_frame(int fd, FrameType type, std::string_view head, std::string_view body = {});

enum class ReadResult { ok, closed, timed_out };
// Reads one frame, waiting until `deadline` (none: forever). `closed` covers errors and
// malformed frames too: the peer cannot be trusted after either.
ReadResult read_frame(int fd, Frame* frame, std::optional<Clock::time_point> deadline = std::nullopt);

std::string encode_reply(int status, std::uint8_t flags, std::string_view payload, std::string_view error);
bool decode_reply(std::string_view body, Reply* reply);

}  // namespace factcheck::plugin::wire
