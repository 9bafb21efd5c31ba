// Streaming CSV reading through libcsv (quoted fields, embedded newlines, CRLF, BOM), with
// the line and column of every field so errors can point at it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "data/load_error.hpp"

namespace factcheck::data {

struct CsvDialect {
  char delimiter = ',';
  char quote = '"';
  // Frictionless `skipInitialSpace`: when false, spaces around unquoted fields are data.
  bool skip_initial_space = false;
};

struct CsvField {
  std::string_view text;
  // 1-based line and character column where the field starts. The column counts a field's
  // quotes when its content needs them (delimiter, quote, newline); a field quoted without
  // need shifts the columns after it on its line by two.
  size_t line = 0;
  size_t column = 0;
};

// Called once per record (empty lines are skipped); return false to stop reading.
using CsvRecordFn = std::function<bool(const std::vector<CsvField>& fields)>;

// Streams `path` in fixed-size chunks, so memory does not grow with the file. Reports to
// `errors` (under the name `file`): a file above max_bytes (not read at all), I/O errors,
// malformed quoting, a UTF-16 byte-order mark, and invalid UTF-8 (that record is skipped,
// reading goes on). Returns false when reading stopped on an error.
bool read_csv(const std::filesystem::path& path, const std::string& file, const CsvDialect& dialect,
              std::uint64_t max_bytes, const CsvRecordFn& on_record, ErrorSink& errors);

// The error for a resource file above the size limit.
std::string size_limit_message(std::uint64_t size, std::uint64_t max_bytes);

}  // namespace factcheck::data
