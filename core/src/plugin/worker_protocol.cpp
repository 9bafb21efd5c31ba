#include "plugin/worker_protocol.hpp"

#include <poll.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace factcheck::plugin::wire {
namespace {

constexpr std::size_t kHeaderBytes = 5;
constexpr std::uint32_t kMaxFrameBytes = 1U << 30U;

void put_u32(char* out, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) out[i] = static_cast<char>((value >> (8 * i)) & 0xFFU);
}

std::uint32_t get_u32(const char* in) {
  std::uint32_t value = 0;
  for (int i = 0; i < 4; ++i)
    value |= static_cast<std::uint32_t>(static_cast<unsigned char>(in[i])) << (8 * i);
  return value;
}

// Waits until `fd` is readable; false when the deadline passed first.
bool wait_readable(int fd, std::optional<Clock::time_point> deadline) {
  for (;;) {
    int timeout_ms = -1;
    if (deadline) {
      const auto left = std::chrono::ceil<std::chrono::milliseconds>(*deadline - Clock::now()).count();
      if (left <= 0) return false;
      timeout_ms = static_cast<int>(std::min<long long>(left, 1 << 30));
    }
    pollfd poll_fd{fd, POLLIN, 0};
    const int ready = ::poll(&poll_fd, 1, timeout_ms);
    if (ready > 0) return true;
    if (ready < 0 && errno != EINTR) return true;  // the read reports the error
  }
}

enum class Fill { ok, closed, timed_out };

Fill read_exactly(int fd, char* out, std::size_t size, std::optional<Clock::time_point> deadline) {
  std::size_t done = 0;
  while (done < size) {
    if (!wait_readable(fd, deadline)) return Fill::timed_out;
    const ssize_t got = ::read(fd, out + done, size - done);
    if (got > 0) {
      done += static_cast<std::size_t>(got);
    } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
      return Fill::closed;
    }
  }
  return Fill::ok;
}

ReadResult to_read_result(Fill filled) {
  switch (filled) {
    case Fill::ok:
      return ReadResult::ok;
    case Fill::closed:
      return ReadResult::closed;
    case Fill::timed_out:
      return ReadResult::timed_out;
  }
  return ReadResult::closed;
}

}  // namespace

bool write_frame(int fd, FrameType type, std::string_view head, std::string_view body) {
  const std::size_t length = head.size() + body.size();
  if (length > kMaxFrameBytes) return false;
  char header[kHeaderBytes];
  put_u32(header, static_cast<std::uint32_t>(length));
  header[4] = static_cast<char>(type);
  iovec parts[3] = {{header, kHeaderBytes},
                    {const_cast<char*>(head.data()), head.size()},
                    {const_cast<char*>(body.data()), body.size()}};
  std::size_t first = 0;
  while (first < 3) {
    msghdr message{};
    message.msg_iov = parts + first;
    message.msg_iovlen = 3 - first;
    const ssize_t sent = ::sendmsg(fd, &message, MSG_NOSIGNAL);
    if (sent < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    auto left = static_cast<std::size_t>(sent);
    while (first < 3 && left >= parts[first].iov_len) left -= parts[first++].iov_len;
    if (first < 3) {
      parts[first].iov_base = static_cast<char*>(parts[first].iov_base) + left;
      parts[first].iov_len -= left;
    }
  }
  return true;
}

ReadResult read_frame(int fd, Frame* frame, std::optional<Clock::time_point> deadline) {
  char header[kHeaderBytes];
  if (const Fill filled = read_exactly(fd, header, kHeaderBytes, deadline); filled != Fill::ok) {
    return to_read_result(filled);
  }
  const std::uint32_t length = get_u32(header);
  const auto type = static_cast<std::uint8_t>(header[4]);
  if (length > kMaxFrameBytes || type < static_cast<std::uint8_t>(FrameType::hello) ||
      type > static_cast<std::uint8_t>(FrameType::result)) {
    return ReadResult::closed;
  }
  frame->type = static_cast<FrameType>(type);
  frame->body.resize(length);
  return to_read_result(read_exactly(fd, frame->body.data(), length, deadline));
}

std::string encode_reply(int status, std::uint8_t flags, std::string_view payload, std::string_view error) {
  std::string out(9, '\0');
  put_u32(out.data(), static_cast<std::uint32_t>(status));
  out[4] = static_cast<char>(flags);
  put_u32(out.data() + 5, static_cast<std::uint32_t>(payload.size()));
  out.append(payload);
  out.append(error);
  return out;
}

bool decode_reply(std::string_view body, Reply* reply) {
  if (body.size() < 9) return false;
  reply->status = static_cast<int>(get_u32(body.data()));
  reply->flags = static_cast<std::uint8_t>(body[4]);
  const std::uint32_t payload = get_u32(body.data() + 5);
  if (payload > body.size() - 9) return false;
  reply->payload.assign(body.substr(9, payload));
  reply->error.assign(body.substr(9 + payload));
  return true;
}

}  // namespace factcheck::plugin::wire
