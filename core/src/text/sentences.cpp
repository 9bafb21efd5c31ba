#include "text/sentences.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include "text/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace factcheck::text {
namespace {

bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(unsigned char c) { return is_upper(c) || is_lower(c); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

constexpr std::array<std::string_view, 48> kAbbreviations{
    "mr",  "mrs",    "ms",  "dr",   "prof", "gen", "col", "lt",   "sgt", "capt", "cmdr", "adm",
    "gov", "sen",    "rep", "st",   "jr",   "sr",  "inc", "ltd",  "co",  "corp", "no",   "nos",
    "vs",  "jan",    "feb", "mar",  "apr",  "jun", "jul", "aug",  "sep", "sept", "oct",  "nov",
    "dec", "approx", "est", "dept", "fig",  "mt",  "ft",  "pres", "maj", "brig", "cpl",  "pvt"};

// A word of up to eight letters as one integer (distinct words, distinct integers), so the
// abbreviations are a sorted array of integers searched without string compares.
constexpr std::uint64_t pack(std::string_view word) {
  std::uint64_t packed = 0;
  for (const char c : word) packed = packed << 8U | static_cast<unsigned char>(c);
  return packed;
}

constexpr std::array<std::uint64_t, kAbbreviations.size()> kAbbreviationKeys = [] {
  std::array<std::uint64_t, kAbbreviations.size()> keys{};
  for (std::size_t i = 0; i < keys.size(); ++i) keys[i] = pack(kAbbreviations[i]);
  std::sort(keys.begin(), keys.end());
  return keys;
}();

// Does the word that ends right before `dot` abbreviate (so the dot ends no sentence)?
// "No.", "Nos." and "Rs." (rupees) abbreviate only before a number ("No. 2", "Rs. 500");
// elsewhere they end a sentence.
bool is_abbreviation(std::string_view text, std::size_t dot, bool digit_follows) {
  std::size_t start = dot;
  while (start > 0 && is_alpha(static_cast<unsigned char>(text[start - 1]))) --start;
  const std::size_t length = dot - start;
  if (length == 0) return false;
  // Single letters: initials ("F.") and the parts of dotted initials ("U.S.").
  if (length == 1)
    return is_upper(static_cast<unsigned char>(text[start])) || (start > 0 && text[start - 1] == '.');
  if (length > 6) return false;
  std::array<char, 6> lower{};
  for (std::size_t i = 0; i < length; ++i) {
    const auto c = static_cast<unsigned char>(text[start + i]);
    lower[i] = static_cast<char>(is_upper(c) ? c - 'A' + 'a' : c);
  }
  const std::string_view word(lower.data(), length);
  if (word == "no" || word == "nos" || word == "rs") return digit_follows;
  return std::binary_search(kAbbreviationKeys.begin(), kAbbreviationKeys.end(), pack(word));
}

// Closing quotes and brackets that belong to the sentence before them; returns their length.
std::size_t closer_length(std::string_view text, std::size_t at) {
  if (at >= text.size()) return 0;
  const auto c = static_cast<unsigned char>(text[at]);
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  // ’ ” (E2 80 99, E2 80 9D)
  if (c == 0xE2 && at + 2 < text.size() && static_cast<unsigned char>(text[at + 1]) == 0x80 &&
      (static_cast<unsigned char>(text[at + 2]) == 0x99 ||
       static_cast<unsigned char>(text[at + 2]) == 0x9D)) {
    return 3;
  }
  return 0;
}

// Can a sentence start at `at`? Capitals, digits, quotes, brackets, non-ASCII letters.
bool starts_sentence(std::string_view text, std::size_t at) {
  if (at >= text.size()) return true;
  const auto c = static_cast<unsigned char>(text[at]);
  return is_upper(c) || is_digit(c) || c == '"' || c == '\'' || c == '(' || c == '[' || c >= 0x80 ||
         c == '$' || c == '-' || c == '*';
}

constexpr std::array<bool, 256> kMayEnd = [] {
  std::array<bool, 256> table{};
  table['\n'] = table['.'] = table['!'] = table['?'] = table[0xE2] = true;
  return table;
}();

// Skips the bytes of `text` from `i` that hold no byte of kMayEnd, 16 at a time, stopping at
// the first such byte of a block; the byte loop after it handles the last partial block
// before `end`. Without SSE2 it skips nothing.
std::size_t skip_plain_blocks(std::string_view text, std::size_t i, std::size_t end) {
#if defined(__SSE2__)
  const __m128i newline = _mm_set1_epi8('\n');
  const __m128i dot = _mm_set1_epi8('.');
  const __m128i bang = _mm_set1_epi8('!');
  const __m128i question = _mm_set1_epi8('?');
  const __m128i lead_e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  while (i + 16 <= end) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i hits =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, newline), _mm_cmpeq_epi8(block, dot)),
                     _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, bang), _mm_cmpeq_epi8(block, question)),
                                  _mm_cmpeq_epi8(block, lead_e2)));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
    if (mask != 0) return i + static_cast<std::size_t>(std::countr_zero(mask));
    i += 16;
  }
#else
  static_cast<void>(text);
  static_cast<void>(end);
#endif
  return i;
}

}  // namespace

bool next_sentence(std::string_view text, std::size_t from, ByteSpan* sentence, std::size_t max_bytes) {
  const std::size_t size = text.size();
  std::size_t begin = from;
  while (begin < size && is_space(static_cast<unsigned char>(text[begin]))) ++begin;
  if (begin >= size) return false;
  if (max_bytes < 16) max_bytes = 16;
  const std::size_t limit = begin + max_bytes;
  const std::size_t scan_end = std::min(size, limit);
  std::size_t end = size;
  bool cut = false;
  for (std::size_t i = begin; i < size; ++i) {
    // Fast path: skip the bytes that can neither end a sentence nor start a line.
    i = skip_plain_blocks(text, i, scan_end);
    while (i < scan_end && !kMayEnd[static_cast<unsigned char>(text[i])]) ++i;
    if (i >= size) break;
    if (i >= limit) {
      // Cut at the last space in the second half of the window, else at the limit.
      std::size_t space = limit;
      while (space > begin + max_bytes / 2 && !is_space(static_cast<unsigned char>(text[space - 1]))) --space;
      end = space > begin + max_bytes / 2 ? space - 1 : floor_to_code_point(text, limit);
      cut = true;
      break;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      std::size_t next = i + 1;
      bool blank = false;
      while (next < size && is_space(static_cast<unsigned char>(text[next]))) {
        if (text[next] == '\n') blank = true;
        ++next;
      }
      if (blank || next >= size || !is_lower(static_cast<unsigned char>(text[next]))) {
        end = i;
        break;
      }
      continue;
    }
    std::size_t mark_end = 0;
    if (c == '.' || c == '!' || c == '?') {
      mark_end = i + 1;
    } else if (c == 0xE2 && i + 2 < size && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               static_cast<unsigned char>(text[i + 2]) == 0xA6) {
      mark_end = i + 3;  // …
    } else {
      continue;
    }
    // Runs of marks ("?!", "...") end together.
    while (mark_end < size && (text[mark_end] == '.' || text[mark_end] == '!' || text[mark_end] == '?'))
      ++mark_end;
    std::size_t after = mark_end;
    for (std::size_t length = closer_length(text, after); length > 0; length = closer_length(text, after)) {
      after += length;
    }
    if (after < size && !is_space(static_cast<unsigned char>(text[after]))) {
      i = mark_end - 1;
      continue;
    }
    std::size_t next = after;
    while (next < size && is_space(static_cast<unsigned char>(text[next]))) ++next;
    if (c == '.' && mark_end == i + 1 && after == mark_end &&
        is_abbreviation(text, i, next < size && is_digit(static_cast<unsigned char>(text[next])))) {
      continue;
    }
    if (!starts_sentence(text, next)) {
      i = after - 1;
      continue;
    }
    end = after;
    break;
  }
  while (end > begin && is_space(static_cast<unsigned char>(text[end - 1]))) --end;
  sentence->begin = begin;
  sentence->end = end;
  sentence->cut = cut;
  return true;
}

}  // namespace factcheck::text
