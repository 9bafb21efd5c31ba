// Status values at module edges (leveldb style): modules report failures as values with a
// message naming what was wrong, never by throwing across their public API.
#pragma once

#include <string>
#include <utility>

namespace factcheck {

class Status {
 public:
  enum class Code {
    ok,
    invalid_argument,
    not_found,
    failed_precondition,
    internal,
    unavailable,
    deadline_exceeded,
    cancelled,
    resource_exhausted
  };

  Status() = default;
  static Status ok() { return {}; }
  static Status invalid_argument(std::string message) { return {Code::invalid_argument, std::move(message)}; }
  static Status not_found(std::string message) { return {Code::not_found, std::move(message)}; }
  static Status failed_precondition(std::string message) {
    return {Code::failed_precondition, std::move(message)};
  }
  static Status internal(std::string message) { return {Code::internal, std::move(message)}; }
  static Status unavailable(std::string message) { return {Code::unavailable, std::move(message)}; }
  static Status deadline_exceeded(std::string message) {
    return {Code::deadline_exceeded, std::move(message)};
  }
  static Status cancelled(std::string message) { return {Code::cancelled, std::move(message)}; }
  static Status resource_exhausted(std::string message) {
    return {Code::resource_exhausted, std::move(message)};
  }

  bool is_ok() const { return code_ == Code::ok; }
  explicit operator bool() const { return is_ok(); }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  Code code_ = Code::ok;
  std::string message_;
};

}  // namespace factcheck
