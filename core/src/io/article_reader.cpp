#include "io/article_reader.hpp"

#include <fstream>
#include <iostream>
#include <regex>
#include <vector>

namespace factcheck::io {
namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0U) == 0x80U; }

std::string_view trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(" \t\r");
  return text.substr(begin, end - begin + 1);
}

bool valid_date(std::string_view text) {
  static const std::regex kDate(R"(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))");
  return std::regex_match(text.begin(), text.end(), kDate);
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    const unsigned char lead = bytes[i];
    if (lead < 0x80U) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    std::uint32_t code_point = 0;
    if ((lead & 0xE0U) == 0xC0U) {
      length = 2;
      code_point = lead & 0x1FU;
    } else if ((lead & 0xF0U) == 0xE0U) {
      length = 3;
      code_point = lead & 0x0FU;
    } else if ((lead & 0xF8U) == 0xF0U) {
      length = 4;
      code_point = lead & 0x07U;
    } else {
      return i;
    }
    if (i + length > size) return i;
    for (std::size_t k = 1; k < length; ++k) {
      if (!is_continuation(bytes[i + k])) return i;
      code_point = (code_point << 6U) | (bytes[i + k] & 0x3FU);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid too.
    static constexpr std::uint32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code_point < kMinimum[length] || code_point > 0x10FFFFU ||
        (code_point >= 0xD800U && code_point <= 0xDFFFU)) {
      return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

Status parse_article(std::string content, v1::Document* document) {
  if (const auto bad = find_invalid_utf8(content); bad != std::string_view::npos) {
    return Status::invalid_argument("invalid UTF-8 at byte offset " + std::to_string(bad));
  }
  std::string_view view(content);
  if (view.starts_with("\xEF\xBB\xBF")) view.remove_prefix(3);
  std::size_t body_start = static_cast<std::size_t>(view.data() - content.data());
  if (view.starts_with("---\n") || view.starts_with("---\r\n")) {
    std::size_t pos = view.find('\n') + 1;
    std::size_t line_number = 1;
    bool closed = false;
    while (pos < view.size()) {
      const std::size_t end = std::min(view.find('\n', pos), view.size());
      const std::string_view line = trim(view.substr(pos, end - pos));
      ++line_number;
      pos = end + 1;
      if (line == "---") {
        closed = true;
        break;
      }
      if (line.empty() || line.front() == '#') continue;
      const auto colon = line.find(':');
      if (colon == std::string_view::npos) {
        return Status::invalid_argument("front matter line " + std::to_string(line_number) +
                                        ": expected 'key: value'");
      }
      const std::string key(trim(line.substr(0, colon)));
      const std::string value(trim(line.substr(colon + 1)));
      if (key == "published" || key == "date") {
        if (!valid_date(value)) {
          return Status::invalid_argument("front matter line " + std::to_string(line_number) +
                                          ": published '" + value + "' is not a YYYY-MM-DD date");
        }
        document->set_published(value);
      } else if (key == "title") {
        document->set_title(value);
      } else if (key == "url" || key == "source_url") {
        document->set_source_url(value);
      } else if (key == "language") {
        document->set_language(value);
      } else if (key == "id") {
        document->set_id(value);
      } else {
        return Status::invalid_argument("front matter line " + std::to_string(line_number) +
                                        ": unknown key '" + key +
                                        "' (known: published, title, url, language, id)");
      }
    }
    if (!closed) return Status::invalid_argument("front matter is not closed by a '---' line");
    body_start = static_cast<std::size_t>(view.data() - content.data()) + std::min(pos, view.size());
  }
  document->set_text(content.substr(body_start));
  return Status::ok();
}

Status read_stream(std::istream& in, const std::string& name, std::string* content, std::size_t max_bytes) {
  content->clear();
  char buffer[1 << 16];
  while (in) {
    in.read(buffer, sizeof(buffer));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (content->size() + got > max_bytes) {
      return Status::invalid_argument(name + ": larger than the " + std::to_string(max_bytes) +
                                      "-byte limit");
    }
    content->append(buffer, got);
  }
  if (in.bad()) return Status::invalid_argument(name + ": read error");
  return Status::ok();
}

Status read_article(const std::filesystem::path& path, v1::Document* document, std::size_t max_bytes) {
  std::string content;
  const std::string name = path.string();
  if (name == "-") {
    if (Status status = read_stream(std::cin, "<stdin>", &content, max_bytes); !status) return status;
  } else {
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
      return Status::invalid_argument(name + ": is a directory");
    std::ifstream file(path, std::ios::binary);
    if (!file) return Status::invalid_argument(name + ": cannot open file");
    if (Status status = read_stream(file, name, &content, max_bytes); !status) return status;
  }
  if (Status status = parse_article(std::move(content), document); !status) {
    return Status::invalid_argument(name + ": " + status.message());
  }
  if (document->id().empty()) document->set_id(name);
  return Status::ok();
}

}  // namespace factcheck::io
