#include "text/tokenizer.hpp"

#include <array>

namespace factcheck::text {
namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

constexpr unsigned char lower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c;
}
inline bool is_ascii_alpha(unsigned char c) { return (c | 0x20U) >= 'a' && (c | 0x20U) <= 'z'; }

// Length of the multi-byte punctuation, space or symbol at `at`, or 0 when it is a letter.
enum class Special { none, space, symbol, punct, apostrophe };

// Bytes of the variation selectors (U+FE00-FE0F, "▪️" is U+25AA U+FE0F) starting at `at`.
std::size_t variation_selectors(std::string_view text, std::size_t at) {
  std::size_t length = 0;
  while (at + length + 2 < text.size() && static_cast<unsigned char>(text[at + length]) == 0xEF &&
         static_cast<unsigned char>(text[at + length + 1]) == 0xB8 &&
         (static_cast<unsigned char>(text[at + length + 2]) & 0xF0U) == 0x80) {
    length += 3;
  }
  return length;
}

// Bullets, arrows, shapes, dingbats and emoji ("▪", "➤", "✔", "🔹") and a lone variation
// selector: marks that set items apart, never letters of a word. Sets `length` to the code
// point's bytes. Letterlike symbols, number forms and mathematical operators (U+2100-22FF,
// "−" is a minus sign) and currency signs are left to the other rules.
bool is_pictograph(std::string_view text, std::size_t at, std::size_t* length) {
  const auto byte = [&text](std::size_t k) {
    return k < text.size() ? static_cast<unsigned char>(text[k]) : 0U;
  };
  const unsigned c0 = byte(at);
  if (c0 == 0xE2 && (byte(at + 1) & 0xC0U) == 0x80 && (byte(at + 2) & 0xC0U) == 0x80) {
    const unsigned code = 0x2000U | ((byte(at + 1) & 0x3FU) << 6) | (byte(at + 2) & 0x3FU);
    *length = 3;
    return (code >= 0x2190 && code <= 0x21FF) || (code >= 0x2300 && code <= 0x23FF) ||
           (code >= 0x2500 && code <= 0x27FF) || (code >= 0x2900 && code <= 0x297F) ||
           (code >= 0x2B00 && code <= 0x2BFF);
  }
  if (c0 == 0xEF && byte(at + 1) == 0xB8 && (byte(at + 2) & 0xF0U) == 0x80) {
    *length = 3;  // a variation selector after no pictograph ("1️⃣")
    return true;
  }
  if (c0 == 0xF0 && byte(at + 1) == 0x9F && (byte(at + 2) & 0xC0U) == 0x80 &&
      (byte(at + 3) & 0xC0U) == 0x80) {
    *length = 4;  // U+1F000-1FFFF: emoji, pictographs
    return true;
  }
  return false;
}

Special classify_multibyte(std::string_view text, std::size_t at, std::size_t* length) {
  const auto c0 = static_cast<unsigned char>(text[at]);
  const auto c1 = at + 1 < text.size() ? static_cast<unsigned char>(text[at + 1]) : 0U;
  const auto c2 = at + 2 < text.size() ? static_cast<unsigned char>(text[at + 2]) : 0U;
  if (c0 == 0xC2) {
    *length = 2;
    if (c1 == 0xA0) return Special::space;                                            // no-break space
    if (c1 == 0xA3 || c1 == 0xA5) return Special::symbol;                             // £ ¥
    if (c1 == 0xAB || c1 == 0xBB || c1 == 0xB7 || c1 == 0xA9) return Special::punct;  // « » · ©
    return Special::none;
  }
  if (c0 == 0xE2 && c1 == 0x80) {
    *length = 3;
    if ((c2 >= 0x80 && c2 <= 0x8B) || c2 == 0xAF) return Special::space;  // thin, narrow spaces
    if (c2 == 0x98 || c2 == 0x99) return Special::apostrophe;             // ‘ ’
    return Special::punct;                                                // dashes, quotes, …
  }
  if (c0 == 0xE2 && c1 == 0x82 && c2 == 0xAC) {
    *length = 3;
    return Special::symbol;  // €
  }
  if (is_pictograph(text, at, length)) {
    *length += variation_selectors(text, at + *length);
    return Special::punct;
  }
  *length = 0;
  return Special::none;
}

}  // namespace

std::uint64_t token_key(std::string_view text) {
  std::uint64_t hash = kFnvOffset;
  for (const char c : text) {
    hash ^= lower(static_cast<unsigned char>(c));
    hash *= kFnvPrime;
  }
  return hash;
}

namespace {

// Byte classes for the scanning loops (one table look-up per byte).
enum ByteClass : std::uint8_t {
  kSpaceByte = 1,
  kDigitByte = 2,
  kLowerByte = 4,
  kUpperByte = 8,
  kHighByte = 16
};

constexpr std::array<std::uint8_t, 256> kByteClass = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    std::uint8_t cls = 0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') cls = kSpaceByte;
    if (c >= '0' && c <= '9') cls = kDigitByte;
    if (c >= 'a' && c <= 'z') cls = kLowerByte;
    if (c >= 'A' && c <= 'Z') cls = kUpperByte;
    if (c >= 0x80) cls = kHighByte;
    table[static_cast<std::size_t>(c)] = cls;
  }
  return table;
}();

constexpr std::array<std::uint8_t, 256> kFolded = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) table[static_cast<std::size_t>(c)] = lower(static_cast<unsigned char>(c));
  return table;
}();

inline std::uint8_t byte_class(char c) { return kByteClass[static_cast<unsigned char>(c)]; }

inline std::uint64_t mix(std::uint64_t hash, unsigned char c) { return (hash ^ kFolded[c]) * kFnvPrime; }

// True when the space at `end` inside the number that starts at `start` separates thousands:
// the number follows a currency sign ("$", "£", "€"), every group before it is 1-3 digits
// (the first) or 3, nothing but digits and spaces so far, and exactly three digits follow.
// Elsewhere two numbers stand apart ("won 3 100m titles").
bool space_grouped(std::string_view text, std::size_t start, std::size_t end) {
  const bool currency = (start >= 1 && text[start - 1] == '$') ||
                        (start >= 2 && text.substr(start - 2, 2) == "\xC2\xA3") ||
                        (start >= 3 && text.substr(start - 3, 3) == "\xE2\x82\xAC");
  if (!currency) return false;
  const auto digit = [&text](std::size_t k) { return k < text.size() && (byte_class(text[k]) & kDigitByte); };
  std::size_t group = 0;
  bool first = true;
  for (std::size_t k = start; k <= end; ++k) {
    if (k < end && digit(k)) {
      ++group;
      continue;
    }
    if (k < end && text[k] != ' ') return false;
    if (group == 0 || group > 3 || (!first && group != 3)) return false;
    first = false;
    group = 0;
  }
  return digit(end + 1) && digit(end + 2) && digit(end + 3) && !digit(end + 4);
}

}  // namespace

void tokenize(std::string_view text, std::uint32_t base, std::vector<Token>* tokens) {
  const std::size_t size = text.size();
  const auto* const bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  bool space = true;
  // `hash`, `letters` and `lowers` describe [begin, end) when the caller already scanned it.
  auto push = [&](std::size_t begin, std::size_t end, TokenKind kind, std::uint64_t hash, bool letters,
                  bool lowers) {
    Token token;
    token.begin = base + static_cast<std::uint32_t>(begin);
    token.end = base + static_cast<std::uint32_t>(end);
    token.kind = kind;
    token.space_before = space;
    token.key = hash;
    token.capitalised = (byte_class(text[begin]) & kUpperByte) != 0;
    token.all_caps = letters && !lowers;
    tokens->push_back(token);
    space = false;
  };
  auto emit = [&](std::size_t begin, std::size_t end, TokenKind kind) {
    std::uint64_t hash = kFnvOffset;
    bool letters = false;
    bool lowers = false;
    for (std::size_t k = begin; k < end; ++k) {
      const std::uint8_t cls = byte_class(text[k]);
      letters |= (cls & (kLowerByte | kUpperByte)) != 0;
      lowers |= (cls & kLowerByte) != 0;
      hash = mix(hash, static_cast<unsigned char>(text[k]));
    }
    push(begin, end, kind, hash, letters, lowers);
  };
  while (i < size) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::uint8_t cls = kByteClass[c];
    if (cls & kSpaceByte) {
      space = true;
      ++i;
      continue;
    }
    if (cls & kDigitByte) {
      std::uint64_t hash = mix(kFnvOffset, c);
      std::size_t end = i + 1;
      while (end < size) {
        const char d = text[end];
        if (byte_class(d) & kDigitByte) {
          hash = mix(hash, static_cast<unsigned char>(d));
          ++end;
        } else if ((d == ',' || d == '.') && end + 1 < size && (byte_class(text[end + 1]) & kDigitByte)) {
          hash = mix(mix(hash, static_cast<unsigned char>(d)), static_cast<unsigned char>(text[end + 1]));
          end += 2;
        } else if (d == ' ' && space_grouped(text, i, end)) {
          // "$1 520.55": an amount whose thousands are set apart by spaces is one number.
          hash = mix(hash, static_cast<unsigned char>(d));
          ++end;
        } else {
          break;
        }
      }
      push(i, end, TokenKind::number, hash, false, false);
      i = end;
      continue;
    }
    // ASCII letters go straight to the word scan; other bytes may be symbols, spaces or marks.
    if ((cls & (kLowerByte | kUpperByte)) == 0) {
      std::size_t special_length = 0;
      Special special = Special::none;
      if (cls & kHighByte) special = classify_multibyte(text, i, &special_length);
      if (c == '$' || c == '%' || special == Special::symbol) {
        const std::size_t length = special == Special::symbol ? special_length : 1;
        emit(i, i + length, TokenKind::symbol);
        i += length;
        continue;
      }
      if (special == Special::space) {
        space = true;
        i += special_length;
        continue;
      }
      const bool apostrophe = c == '\'' || special == Special::apostrophe;
      if (apostrophe) {
        // Possessive 's is a token of its own, so "Iraq's" still names Iraq.
        const std::size_t length = c == '\'' ? 1 : 3;
        if (i + length < size && lower(static_cast<unsigned char>(text[i + length])) == 's' &&
            (i + length + 1 >= size || !is_ascii_alpha(static_cast<unsigned char>(text[i + length + 1])))) {
          emit(i, i + length + 1, TokenKind::word);
          i += length + 1;
        } else {
          emit(i, i + length, TokenKind::punct);
          i += length;
        }
        continue;
      }
      const bool non_ascii_letter = (cls & kHighByte) && special == Special::none;
      if (!non_ascii_letter) {
        const std::size_t length = (cls & kHighByte) ? (special_length > 0 ? special_length : 1) : 1;
        emit(i, i + length, TokenKind::punct);
        i += length;
        continue;
      }
    }
    // A word: letters and non-ASCII letters, with inner apostrophes ("don't", "O'Neill").
    std::uint64_t hash = kFnvOffset;
    std::uint8_t ascii_letters = 0;  // the classes of the word's ASCII letters, or-ed
    std::size_t end = i;
    while (end < size) {
      // The common case, a run of ASCII letters, in a loop of its own.
      while (end < size) {
        const auto d = bytes[end];
        const std::uint8_t d_cls = kByteClass[d];
        if ((d_cls & (kLowerByte | kUpperByte)) == 0) break;
        ascii_letters |= d_cls;
        hash = (hash ^ kFolded[d]) * kFnvPrime;
        ++end;
      }
      if (end >= size) break;
      const auto d = bytes[end];
      const std::uint8_t d_cls = kByteClass[d];
      if (d_cls & kHighByte) {
        std::size_t length = 0;
        const Special kind = classify_multibyte(text, end, &length);
        if (kind == Special::none) {
          hash = mix(hash, d);
          ++end;
          continue;
        }
        if (kind == Special::apostrophe && end + 3 < size &&
            is_ascii_alpha(static_cast<unsigned char>(text[end + 3])) &&
            !(lower(static_cast<unsigned char>(text[end + 3])) == 's' &&
              (end + 4 >= size || !is_ascii_alpha(static_cast<unsigned char>(text[end + 4]))))) {
          for (std::size_t k = 0; k < 3; ++k) hash = mix(hash, static_cast<unsigned char>(text[end + k]));
          end += 3;
          continue;
        }
        break;
      }
      if (d == '\'' && end + 1 < size && is_ascii_alpha(static_cast<unsigned char>(text[end + 1])) &&
          !(lower(static_cast<unsigned char>(text[end + 1])) == 's' &&
            (end + 2 >= size || !is_ascii_alpha(static_cast<unsigned char>(text[end + 2]))))) {
        hash = mix(hash, d);
        ++end;
        continue;
      }
      break;
    }
    // Dotted initials: "U.S.", "U.N.", "a.m." (segments of one or two letters).
    if (end - i <= 2 && end + 1 < size && text[end] == '.' &&
        is_ascii_alpha(static_cast<unsigned char>(text[end + 1]))) {
      std::size_t probe = end;
      std::size_t dotted_end = end;
      while (probe < size && text[probe] == '.') {
        std::size_t segment = probe + 1;
        while (segment < size && is_ascii_alpha(static_cast<unsigned char>(text[segment])) &&
               segment - probe <= 3)
          ++segment;
        const std::size_t count = segment - probe - 1;
        if (count == 0) {
          dotted_end = probe + 1;  // final dot
          break;
        }
        if (count > 2 || (segment < size && is_ascii_alpha(static_cast<unsigned char>(text[segment])))) break;
        dotted_end = segment;
        probe = segment;
        if (probe >= size || text[probe] != '.') break;
      }
      if (dotted_end > end + 1) {
        emit(i, dotted_end, TokenKind::word);
        i = dotted_end;
        continue;
      }
    }
    push(i, end, TokenKind::word, hash, ascii_letters != 0, (ascii_letters & kLowerByte) != 0);
    i = end;
    // Most words are followed by one space: taken here, without a trip through the loop's tests.
    if (i < size && bytes[i] == ' ') {
      space = true;
      ++i;
    }
  }
}

}  // namespace factcheck::text
