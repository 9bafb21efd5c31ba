// JSON and YAML documents (package descriptors, bindings) read into one JSON model, with a
// way back from a key to its line and column for error messages.
#pragma once

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "data/load_error.hpp"

namespace factcheck::data {

// Descriptors and bindings larger than this are refused (they are metadata, not data).
inline constexpr std::uintmax_t kMaxDocumentBytes = 16U << 20;

struct Document {
  std::string path;  // as reported in errors
  std::string text;  // raw bytes
  nlohmann::json json;

  // Line and column of the first occurrence of `keys[0]`, then `keys[1]` after it, and so
  // on: a key written as "key" (JSON) or key: (YAML). {0, 0} when not found.
  std::pair<size_t, size_t> locate(std::initializer_list<std::string_view> keys) const;
};

// Reads a .json file with nlohmann-json or a .yml/.yaml file with yaml-cpp (plain scalars
// typed as YAML 1.2 core: true/false, null, integers and floats; quoted scalars stay
// strings). Reports syntax errors with line and column; returns false on error.
bool read_document(const std::filesystem::path& file, const std::string& shown_path, Document* out,
                   ErrorSink& errors);

// Line and column (1-based, in characters) of byte `offset` of `text`.
std::pair<size_t, size_t> line_column(std::string_view text, size_t offset);

}  // namespace factcheck::data
