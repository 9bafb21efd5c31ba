// Problems found while loading or validating dataset packages, with their location.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace factcheck::data {

struct DatasetLoadError {
  std::string package;          // package name or directory
  std::string file;             // file path
  size_t line = 0, column = 0;  // 1-based; 0 = not applicable
  std::string message;
  // A warning does not stop the package from loading (e.g. an unbound resource is missing).
  bool warning = false;
  // "file:line:column: package: message" (line and column left out when 0; "warning: "
  // before the message for warnings).
  std::string to_string() const;
};

// Collects the problems of one package. Readers stop once `max_errors` errors were reported;
// a final note then says later problems were not checked.
class ErrorSink {
 public:
  ErrorSink(std::vector<DatasetLoadError>* out, std::string package, size_t max_errors = 100);
  ~ErrorSink();
  ErrorSink(const ErrorSink&) = delete;
  ErrorSink& operator=(const ErrorSink&) = delete;

  void error(const std::string& file, size_t line, size_t column, std::string message);
  void warning(const std::string& file, size_t line, size_t column, std::string message);
  void set_package(std::string package) { package_ = std::move(package); }
  size_t error_count() const { return errors_; }
  // False once max_errors errors were reported: readers stop.
  bool wants_more() const { return errors_ < max_errors_; }

 private:
  std::vector<DatasetLoadError>* out_;
  std::string package_;
  size_t max_errors_;
  size_t errors_ = 0;
  std::string last_file_;
};

}  // namespace factcheck::data
