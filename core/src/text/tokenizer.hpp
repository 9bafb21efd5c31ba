// Word-level tokens over UTF-8 bytes, for the rule-based extractor: words, numbers, symbols
// and punctuation with byte offsets and a hash of the lower-cased form, so look-ups never
// allocate. Hyphens, apostrophe-s and dashes are tokens of their own ("five-year-old" is
// five, -, year, -, old); dotted initials ("U.S.") and digits with separators ("1,934.5")
// stay whole.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace factcheck::text {

enum class TokenKind : std::uint8_t { word, number, symbol, punct };

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the tokenised text, end exclusive
  std::uint32_t end = 0;
  std::uint64_t key = 0;  // token_key() of the text
  TokenKind kind = TokenKind::punct;
  bool space_before = false;  // white space between this token and the previous one
  bool capitalised = false;   // first byte is A-Z
  bool all_caps = false;      // every ASCII letter upper case (and at least one letter)
};

// FNV-1a over the ASCII-lower-cased bytes of `text`: equal for "Trade" and "trade".
std::uint64_t token_key(std::string_view text);

// Appends the tokens of `text` to `tokens`; offsets are relative to `text` plus `base`.
void tokenize(std::string_view text, std::uint32_t base, std::vector<Token>* tokens);

}  // namespace factcheck::text
