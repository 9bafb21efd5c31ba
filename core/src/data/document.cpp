#include "data/document.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "io/article_reader.hpp"
#include "text/utf8.hpp"

namespace factcheck::data {
namespace {

bool is_integer(const std::string& text, long long* value) {
  const char* begin = text.data() + (text.starts_with('+') ? 1 : 0);
  const auto [end, error] = std::from_chars(begin, text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size() && begin != end;
}

bool is_float(const std::string& text, double* value) {
  if (text.find_first_of("0123456789") == std::string::npos) return false;
  const char* begin = text.data() + (text.starts_with('+') ? 1 : 0);
  const auto [end, error] = std::from_chars(begin, text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size();
}

nlohmann::json yaml_to_json(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: {
      nlohmann::json object = nlohmann::json::object();
      for (const auto& entry : node) object[entry.first.Scalar()] = yaml_to_json(entry.second);
      return object;
    }
    case YAML::NodeType::Sequence: {
      nlohmann::json array = nlohmann::json::array();
      for (const auto& item : node) array.push_back(yaml_to_json(item));
      return array;
    }
    case YAML::NodeType::Scalar: {
      const std::string& text = node.Scalar();
      if (node.Tag() != "?") return text;  // quoted or explicitly tagged: a string
      if (text == "true" || text == "True" || text == "TRUE") return true;
      if (text == "false" || text == "False" || text == "FALSE") return false;
      if (text == "null" || text == "~") return nullptr;
      long long integer = 0;
      if (is_integer(text, &integer)) return integer;
      double number = 0;
      if (is_float(text, &number)) return number;
      return text;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      return nullptr;
  }
  return nullptr;
}

bool is_key_boundary_before(std::string_view text, size_t at) {
  if (at == 0) return true;
  const char c = text[at - 1];
  return c == '"' || c == '\'' || c == ' ' || c == '\t' || c == '\n' || c == '{' || c == ',' || c == '-';
}

bool is_key_boundary_after(std::string_view text, size_t at) {
  if (at >= text.size()) return true;
  const char c = text[at];
  return c == '"' || c == '\'' || c == ':' || c == ' ' || c == '\r' || c == '\n' || c == ',';
}

}  // namespace

std::pair<size_t, size_t> line_column(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const size_t line = 1 + static_cast<size_t>(std::count(before.begin(), before.end(), '\n'));
  const size_t newline = before.rfind('\n');
  const std::string_view line_text = newline == std::string_view::npos ? before : before.substr(newline + 1);
  return {line, text::count_code_points(line_text) + 1};
}

std::pair<size_t, size_t> Document::locate(std::initializer_list<std::string_view> keys) const {
  size_t from = 0;
  size_t found = std::string::npos;
  for (const auto key : keys) {
    found = std::string::npos;
    for (size_t at = text.find(key, from); at != std::string::npos; at = text.find(key, at + 1)) {
      if (is_key_boundary_before(text, at) && is_key_boundary_after(text, at + key.size())) {
        found = at;
        break;
      }
    }
    if (found == std::string::npos) return {0, 0};
    from = found + key.size();
  }
  if (found == std::string::npos) return {0, 0};
  // Point at the opening quote of a quoted key.
  if (found > 0 && (text[found - 1] == '"' || text[found - 1] == '\'')) --found;
  return line_column(text, found);
}

bool read_document(const std::filesystem::path& file, const std::string& shown_path, Document* out,
                   ErrorSink& errors) {
  out->path = shown_path;
  std::error_code size_error;
  if (const auto size = std::filesystem::file_size(file, size_error);
      !size_error && size > kMaxDocumentBytes) {
    errors.error(shown_path, 0, 0,
                 "file is " + std::to_string(size) + " bytes; descriptors and bindings are limited to " +
                     std::to_string(kMaxDocumentBytes));
    return false;
  }
  std::ifstream input(file, std::ios::binary);
  if (!input) {
    errors.error(shown_path, 0, 0, "cannot open file");
    return false;
  }
  std::ostringstream buffer;
  buffer << input.rdbuf();
  out->text = buffer.str();
  if (const size_t bad = io::find_invalid_utf8(out->text); bad != std::string::npos) {
    const auto [line, column] = line_column(out->text, bad);
    errors.error(shown_path, line, column, "invalid UTF-8: the file must be UTF-8");
    return false;
  }
  const auto extension = file.extension().string();
  if (extension == ".yml" || extension == ".yaml") {
    try {
      out->json = yaml_to_json(YAML::Load(out->text));
    } catch (const YAML::Exception& error) {
      errors.error(shown_path, static_cast<size_t>(error.mark.line + 1),
                   static_cast<size_t>(error.mark.column + 1), "invalid YAML: " + error.msg);
      return false;
    }
  } else {
    try {
      out->json = nlohmann::json::parse(out->text);
    } catch (const nlohmann::json::parse_error& error) {
      const auto [line, column] = line_column(out->text, error.byte > 0 ? error.byte - 1 : 0);
      std::string message = error.what();
      // nlohmann's message repeats the position as a byte offset: keep only the reason.
      if (const size_t reason = message.find(": syntax error"); reason != std::string::npos) {
        message = message.substr(reason + 2);
      }
      errors.error(shown_path, line, column, "invalid JSON: " + message);
      return false;
    }
  }
  if (!out->json.is_object()) {
    errors.error(shown_path, 1, 1, "expected an object at the top level");
    return false;
  }
  return true;
}

}  // namespace factcheck::data
