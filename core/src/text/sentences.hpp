// Sentence segmentation over UTF-8 bytes, streaming: one sentence at a time, so a 100 MB
// article never needs more than one sentence of working memory.
//
// A sentence ends at '.', '!', '?' or '…' (plus closing quotes/brackets) followed by space
// and a capital, digit, quote or the end of the text; at a blank line; or at a single line
// break unless the next line starts in lower case (a hard-wrapped sentence). Not an end:
// decimals ("2.5"), known abbreviations ("Dr.", "Jan.", "No."), single initials ("John F.
// Kennedy") and dotted initials ("U.S.", "U.N."). Sentences longer than `max_bytes` are cut
// at the last space before the limit (or at the limit when there is none).
#pragma once

#include <cstddef>
#include <string_view>

namespace factcheck::text {

struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;  // exclusive
  bool cut = false;     // true when the sentence was cut at max_bytes
};

inline constexpr std::size_t kDefaultMaxSentenceBytes = 4096;

// The next sentence starting at or after `from` (leading white space skipped, trailing white
// space excluded). Returns false when only white space remains.
bool next_sentence(std::string_view text, std::size_t from, ByteSpan* sentence,
                   std::size_t max_bytes = kDefaultMaxSentenceBytes);

}  // namespace factcheck::text
