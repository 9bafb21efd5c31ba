#include "data/csv_reader.hpp"

#include <csv.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "io/article_reader.hpp"
#include "text/utf8.hpp"

namespace factcheck::data {
namespace {

constexpr size_t kChunkBytes = 1U << 20;
// libcsv buffers a field until it ends; a longer one is refused rather than buffered.
constexpr size_t kMaxFieldBytes = 64U << 20;

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

// Parser state shared with libcsv's callbacks.
struct ParseState {
  const CsvDialect* dialect = nullptr;
  const CsvRecordFn* on_record = nullptr;
  ErrorSink* errors = nullptr;
  const std::string* file = nullptr;
  std::vector<std::string> values;  // reused between records
  size_t value_count = 0;
  std::vector<CsvField> fields;
  size_t line = 1;  // physical line where the next record starts
  bool previous_was_cr = false;
  bool stop = false;

  bool needs_quotes(std::string_view text) const {
    return text.find_first_of(std::string{dialect->delimiter, dialect->quote, '\r', '\n'}) !=
           std::string_view::npos;
  }

  // Positions each field, validates its UTF-8 and hands the record over.
  void deliver_record() {
    fields.clear();
    size_t field_line = line;
    size_t column = 1;
    bool valid = true;
    for (size_t i = 0; i < value_count; ++i) {
      const std::string_view text = values[i];
      fields.push_back({text, field_line, column});
      const bool quoted = needs_quotes(text);
      if (const size_t bad = io::find_invalid_utf8(text); bad != std::string_view::npos && valid) {
        const std::string_view before = text.substr(0, bad);
        const size_t newline = before.rfind('\n');
        const size_t bad_line =
            field_line + static_cast<size_t>(std::count(before.begin(), before.end(), '\n'));
        const size_t bad_column = newline == std::string_view::npos
                                      ? column + (quoted ? 1 : 0) + text::count_code_points(before)
                                      : 1 + text::count_code_points(before.substr(newline + 1));
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[bad]));
        errors->error(*file, bad_line, bad_column,
                      std::string("invalid UTF-8 (byte ") + hex + "): the file must be UTF-8");
        valid = false;
      }
      const size_t newlines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
      if (newlines > 0) {
        field_line += newlines;
        column = text::count_code_points(text.substr(text.rfind('\n') + 1)) + 2;  // closing quote, delimiter
      } else {
        const size_t quote_chars =
            quoted ? 2 + static_cast<size_t>(std::count(text.begin(), text.end(), dialect->quote)) : 0;
        column += (valid ? text::count_code_points(text) : text.size()) + quote_chars + 1;
      }
    }
    line = field_line + 1;
    if (valid && !(*on_record)(fields)) stop = true;
    if (!errors->wants_more()) stop = true;
  }
};

void on_field(void* data, size_t length, void* state_ptr) {
  auto* state = static_cast<ParseState*>(state_ptr);
  if (state->values.size() <= state->value_count) state->values.emplace_back();
  state->values[state->value_count++].assign(static_cast<const char*>(data), length);
}

void on_record_end(int terminator, void* state_ptr) {
  auto* state = static_cast<ParseState*>(state_ptr);
  if (state->stop) {
    state->value_count = 0;
    return;
  }
  if (state->value_count == 0) {
    // An empty line, or the LF of a CRLF that already ended a record.
    if (terminator == '\n' && state->previous_was_cr) {
      state->previous_was_cr = false;
      return;
    }
    if (terminator != -1) ++state->line;
    state->previous_was_cr = terminator == '\r';
    return;
  }
  state->deliver_record();
  state->value_count = 0;
  state->previous_was_cr = terminator == '\r';
}

int never_space(unsigned char) { return 0; }
int space_only(unsigned char c) { return c == ' ' ? 1 : 0; }

// Line and column of byte `offset` of the file: only computed on the error path.
std::pair<size_t, size_t> locate_offset(const std::filesystem::path& path, std::uint64_t offset) {
  FilePtr file(std::fopen(path.c_str(), "rb"));
  size_t line = 1;
  size_t column = 1;
  if (!file) return {0, 0};
  for (std::uint64_t i = 0; i < offset; ++i) {
    const int c = std::fgetc(file.get());
    if (c == EOF) break;
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80 && !(i < 3 && (c == 0xEF || c == 0xBB || c == 0xBF))) {
      ++column;
    }
  }
  return {line, column};
}

}  // namespace

std::string size_limit_message(std::uint64_t size, std::uint64_t max_bytes) {
  return "file is " + std::to_string(size) + " bytes, above the limit of " + std::to_string(max_bytes) +
         " bytes per resource (raise it with --max-resource-bytes)";
}

bool read_csv(const std::filesystem::path& path, const std::string& file, const CsvDialect& dialect,
              std::uint64_t max_bytes, const CsvRecordFn& on_record, ErrorSink& errors) {
  std::error_code size_error;
  const auto size = std::filesystem::file_size(path, size_error);
  if (size_error) {
    errors.error(file, 0, 0, "cannot read: " + size_error.message());
    return false;
  }
  if (size > max_bytes) {
    errors.error(file, 0, 0, size_limit_message(size, max_bytes));
    return false;
  }
  FilePtr input(std::fopen(path.c_str(), "rb"));
  if (!input) {
    errors.error(file, 0, 0, "cannot open: " + std::string(std::strerror(errno)));
    return false;
  }
  csv_parser parser{};
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
    errors.error(file, 0, 0, "cannot initialise the CSV parser");
    return false;
  }
  const std::unique_ptr<csv_parser, void (*)(csv_parser*)> parser_guard(&parser, csv_free);
  csv_set_delim(&parser, static_cast<unsigned char>(dialect.delimiter));
  csv_set_quote(&parser, static_cast<unsigned char>(dialect.quote));
  csv_set_space_func(&parser, dialect.skip_initial_space ? space_only : never_space);

  ParseState state;
  state.dialect = &dialect;
  state.on_record = &on_record;
  state.errors = &errors;
  state.file = &file;

  std::vector<char> chunk(kChunkBytes);
  std::uint64_t offset = 0;
  bool first = true;
  while (!state.stop) {
    const size_t read = std::fread(chunk.data(), 1, chunk.size(), input.get());
    if (read == 0) break;
    size_t start = 0;
    if (first) {
      first = false;
      const auto* bytes = reinterpret_cast<const unsigned char*>(chunk.data());
      if (read >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) {
        errors.error(file, 1, 1, "UTF-16 byte-order mark: the file must be UTF-8");
        return false;
      }
      if (read >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) start = 3;
    }
    const size_t parsed =
        csv_parse(&parser, chunk.data() + start, read - start, on_field, on_record_end, &state);
    if (parsed != read - start && !state.stop) {
      const auto [line, column] = locate_offset(path, offset + start + parsed);
      errors.error(file, line, column,
                   "malformed CSV: a quote inside an unquoted field or text after a closing quote");
      return false;
    }
    if (csv_get_buffer_size(&parser) > kMaxFieldBytes) {
      errors.error(file, state.line, 0,
                   "a field in the record starting on this line is longer than " +
                       std::to_string(kMaxFieldBytes) + " bytes (an unclosed quote?)");
      return false;
    }
    offset += read;
  }
  if (std::ferror(input.get()) != 0) {
    errors.error(file, state.line, 0, "read error: " + std::string(std::strerror(errno)));
    return false;
  }
  if (state.stop) return errors.wants_more();
  if (csv_fini(&parser, on_field, on_record_end, &state) != 0) {
    errors.error(file, state.line, 1, "malformed CSV: a quoted field starting on this line is never closed");
    return false;
  }
  return true;
}

}  // namespace factcheck::data
