// Reading an article from a file or stdin into a Document: size limit, UTF-8 validation and
// the optional front matter that carries its metadata.
//
// Front matter: the file may start with a block of `key: value` lines between two `---`
// lines. Keys: published (YYYY-MM-DD), title, url, language, id. Unknown keys are an error
// (a typo should not silently lose the publication date). Documented in docs/cli.md.
#pragma once

#include <cstddef>
#include <filesystem>
#include <istream>
#include <string>
#include <string_view>

#include "factcheck/v1/types.pb.h"
#include "util/status.hpp"

namespace factcheck::io {

// Default maximum article size: larger inputs are refused, not truncated.
inline constexpr std::size_t kDefaultMaxArticleBytes = std::size_t{128} * 1024 * 1024;

// Byte offset of the first invalid UTF-8 sequence, or npos when `text` is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view text);

// Splits front matter off `content` into `document`; the rest becomes document->text.
// Errors name the front-matter line.
Status parse_article(std::string content, v1::Document* document);

// Reads `path` ("-" = stdin) and parses it. The document id defaults to the path.
Status read_article(const std::filesystem::path& path, v1::Document* document,
                    std::size_t max_bytes = kDefaultMaxArticleBytes);

// Reads all of `in`, refusing more than max_bytes.
Status read_stream(std::istream& in, const std::string& name, std::string* content, std::size_t max_bytes);

}  // namespace factcheck::io
