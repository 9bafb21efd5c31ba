#include "data/load_error.hpp"

namespace factcheck::data {

std::string DatasetLoadError::to_string() const {
  std::string out = file.empty() ? package : file;
  if (line > 0) {
    out.append(":").append(std::to_string(line));
    if (column > 0) out.append(":").append(std::to_string(column));
  }
  out += ": ";
  if (!file.empty()) out += package + ": ";
  if (warning) out += "warning: ";
  return out + message;
}

ErrorSink::ErrorSink(std::vector<DatasetLoadError>* out, std::string package, size_t max_errors)
    : out_(out), package_(std::move(package)), max_errors_(max_errors) {}

ErrorSink::~ErrorSink() {
  if (errors_ >= max_errors_ && out_ != nullptr) {
    out_->push_back(
        {package_, last_file_, 0, 0,
         "stopped after " + std::to_string(max_errors_) + " errors: later problems were not checked", false});
  }
}

void ErrorSink::error(const std::string& file, size_t line, size_t column, std::string message) {
  ++errors_;
  last_file_ = file;
  if (errors_ <= max_errors_ && out_ != nullptr)
    out_->push_back({package_, file, line, column, std::move(message), false});
}

void ErrorSink::warning(const std::string& file, size_t line, size_t column, std::string message) {
  if (out_ != nullptr) out_->push_back({package_, file, line, column, std::move(message), true});
}

}  // namespace factcheck::data
