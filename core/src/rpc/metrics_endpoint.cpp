#include "rpc/metrics_endpoint.hpp"

#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <string_view>

namespace factcheck::rpc {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kMaxRequestBytes = 8192;
constexpr Clock::duration kRequestTime = std::chrono::seconds(2);

int remaining_ms(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return left > 0 ? static_cast<int>(left) : 0;
}

// Waits for `events` on `fd` until `deadline`; false on timeout or error.
bool wait_for(int fd, short events, Clock::time_point deadline) {
  pollfd entry{fd, events, 0};
  for (;;) {
    const int ready = ::poll(&entry, 1, remaining_ms(deadline));
    if (ready > 0) return true;
    if (ready == 0 || errno != EINTR) return false;
  }
}

// The request's head (up to the blank line), or empty when it did not come whole in time.
std::string read_head(int connection, Clock::time_point deadline) {
  std::string head;
  char buffer[2048];
  while (head.size() < kMaxRequestBytes) {
    if (!wait_for(connection, POLLIN, deadline)) return {};
    const ssize_t got = ::recv(connection, buffer, sizeof buffer, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return {};
    head.append(buffer, static_cast<std::size_t>(got));
    if (head.find("\r\n\r\n") != std::string::npos || head.find("\n\n") != std::string::npos) return head;
  }
  return {};
}

void send_all(int connection, std::string_view bytes, Clock::time_point deadline) {
  while (!bytes.empty() && wait_for(connection, POLLOUT, deadline)) {
    const ssize_t sent = ::send(connection, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return;
    bytes.remove_prefix(static_cast<std::size_t>(sent));
  }
}

std::string response(std::string_view status, std::string_view content_type, const std::string& body,
                     bool with_body, std::string_view extra_headers = {}) {
  std::string out = "HTTP/1.1 " + std::string(status) + "\r\nContent-Type: " + std::string(content_type) +
                    "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n" +
                    std::string(extra_headers) + "Connection: close\r\n\r\n";
  if (with_body) out += body;
  return out;
}

// Splits "host:port" or "[v6]:port".
bool split_listen(const std::string& listen, std::string* host, std::string* port) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == listen.size()) return false;
  *host = listen.substr(0, colon);
  *port = listen.substr(colon + 1);
  if (host->front() == '[' && host->back() == ']') *host = host->substr(1, host->size() - 2);
  return !host->empty() && port->find_first_not_of("0123456789") == std::string::npos;
}

Status listen_on(const std::string& listen, int* listen_fd, int* port) {
  std::string host;
  std::string port_text;
  if (!split_listen(listen, &host, &port_text)) {
    return Status::invalid_argument("metrics.listen: \"" + listen + "\" is not HOST:PORT");
  }
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  if (const int error = ::getaddrinfo(host.c_str(), port_text.c_str(), &hints, &found); error != 0) {
    return Status::invalid_argument("metrics.listen: " + listen + ": " + ::gai_strerror(error));
  }
  std::string failure = "no address";
  int fd = -1;
  for (const addrinfo* address = found; address != nullptr && fd < 0; address = address->ai_next) {
    fd = ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC, address->ai_protocol);
    if (fd < 0) continue;
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (::bind(fd, address->ai_addr, address->ai_addrlen) != 0 || ::listen(fd, 16) != 0) {
      failure = std::strerror(errno);
      ::close(fd);
      fd = -1;
    }
  }
  ::freeaddrinfo(found);
  if (fd < 0) return Status::unavailable("metrics.listen: cannot listen on " + listen + ": " + failure);
  sockaddr_storage bound{};
  socklen_t length = sizeof bound;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &length);
  *port = ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port
                                            : reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
  *listen_fd = fd;
  return Status::ok();
}

}  // namespace

Status MetricsEndpoint::start(const std::string& listen, std::function<std::string()> render,
                              std::unique_ptr<MetricsEndpoint>* endpoint) {
  int listen_fd = -1;
  int port = 0;
  if (Status status = listen_on(listen, &listen_fd, &port); !status) return status;
  const int wake_fd = ::eventfd(0, EFD_CLOEXEC);
  if (wake_fd < 0) {
    ::close(listen_fd);
    return Status::internal(std::string("metrics endpoint: eventfd: ") + std::strerror(errno));
  }
  endpoint->reset(new MetricsEndpoint(listen_fd, wake_fd, port, std::move(render)));
  return Status::ok();
}

MetricsEndpoint::MetricsEndpoint(int listen_fd, int wake_fd, int port, std::function<std::string()> render)
    : listen_fd_(listen_fd), wake_fd_(wake_fd), port_(port), render_(std::move(render)) {
  thread_ = std::thread([this] { serve(); });
}

MetricsEndpoint::~MetricsEndpoint() {
  const std::uint64_t one = 1;
  // Wakes serve(). An eventfd write fails only when its counter would overflow: not from 0.
  [[maybe_unused]] const ssize_t written = ::write(wake_fd_, &one, sizeof one);
  thread_.join();
  ::close(listen_fd_);
  ::close(wake_fd_);
}

void MetricsEndpoint::serve() {
  for (;;) {
    pollfd fds[2] = {{listen_fd_, POLLIN, 0}, {wake_fd_, POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    if ((fds[1].revents & POLLIN) != 0) return;
    if ((fds[0].revents & POLLIN) == 0) continue;
    const int connection = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (connection < 0) {
      // Out of descriptors or memory: the connection stays queued, so pause instead of spinning.
      if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      continue;
    }
    answer(connection);
    ::close(connection);
  }
}

void MetricsEndpoint::answer(int connection) const {
  const auto deadline = Clock::now() + kRequestTime;
  const std::string head = read_head(connection, deadline);
  if (head.empty()) return;  // nothing whole arrived in time: close without a word
  const std::string_view line(head.data(), head.find_first_of("\r\n"));
  const auto first_space = line.find(' ');
  const auto second_space = line.find(' ', first_space + 1);
  constexpr std::string_view kText = "text/plain; charset=utf-8";
  std::string reply;
  if (first_space == std::string_view::npos || second_space == std::string_view::npos ||
      !line.substr(second_space + 1).starts_with("HTTP/1.")) {
    reply = response("400 Bad Request", kText, "not an HTTP/1 request\n", true);
  } else {
    const std::string_view method = line.substr(0, first_space);
    std::string_view target = line.substr(first_space + 1, second_space - first_space - 1);
    target = target.substr(0, target.find('?'));
    const bool head_only = method == "HEAD";
    if (method != "GET" && !head_only) {
      reply = response("405 Method Not Allowed", kText, "only GET and HEAD\n", true, "Allow: GET, HEAD\r\n");
    } else if (target != "/metrics") {
      reply = response("404 Not Found", kText, "factcheck serves its metrics at /metrics\n", !head_only);
    } else {
      reply = response("200 OK", "text/plain; version=0.0.4; charset=utf-8", render_(), !head_only);
    }
  }
  send_all(connection, reply, Clock::now() + kRequestTime);
  ::shutdown(connection, SHUT_WR);
}

}  // namespace factcheck::rpc
