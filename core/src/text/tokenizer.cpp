#include "text/tokenizer.hpp"

namespace factcheck::text {
namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

inline unsigned char lower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c;
}
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(unsigned char c) { return (c | 0x20U) >= 'a' && (c | 0x20U) <= 'z'; }

// Length of the multi-byte punctuation, space or symbol at `at`, or 0 when it is a letter.
enum class Special { none, space, symbol, punct, apostrophe };

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
  *length = 0;
  return Special::none;
}

inline bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
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

void tokenize(std::string_view text, std::uint32_t base, std::vector<Token>* tokens) {
  const std::size_t size = text.size();
  std::size_t i = 0;
  bool space = true;
  auto emit = [&](std::size_t begin, std::size_t end, TokenKind kind) {
    Token token;
    token.begin = base + static_cast<std::uint32_t>(begin);
    token.end = base + static_cast<std::uint32_t>(end);
    token.kind = kind;
    token.space_before = space;
    std::uint64_t hash = kFnvOffset;
    bool any_letter = false;
    bool any_lower = false;
    for (std::size_t k = begin; k < end; ++k) {
      const auto c = static_cast<unsigned char>(text[k]);
      any_letter |= is_ascii_alpha(c);
      any_lower |= (c >= 'a' && c <= 'z');
      hash ^= lower(c);
      hash *= kFnvPrime;
    }
    token.key = hash;
    const auto first = static_cast<unsigned char>(text[begin]);
    token.capitalised = first >= 'A' && first <= 'Z';
    token.all_caps = any_letter && !any_lower;
    tokens->push_back(token);
    space = false;
  };
  while (i < size) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (is_space(c)) {
      space = true;
      ++i;
      continue;
    }
    if (is_digit(c)) {
      std::size_t end = i + 1;
      while (end < size) {
        const auto d = static_cast<unsigned char>(text[end]);
        if (is_digit(d)) {
          ++end;
        } else if ((d == ',' || d == '.') && end + 1 < size &&
                   is_digit(static_cast<unsigned char>(text[end + 1]))) {
          end += 2;
        } else {
          break;
        }
      }
      emit(i, end, TokenKind::number);
      i = end;
      continue;
    }
    std::size_t special_length = 0;
    Special special = Special::none;
    if (c >= 0x80) special = classify_multibyte(text, i, &special_length);
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
    const bool letter = is_ascii_alpha(c) || (c >= 0x80 && special == Special::none);
    if (!letter) {
      const std::size_t length = c >= 0x80 ? (special_length > 0 ? special_length : 1) : 1;
      emit(i, i + length, TokenKind::punct);
      i += length;
      continue;
    }
    // A word: letters and non-ASCII letters, with inner apostrophes ("don't", "O'Neill").
    std::size_t end = i;
    while (end < size) {
      const auto d = static_cast<unsigned char>(text[end]);
      if (is_ascii_alpha(d)) {
        ++end;
        continue;
      }
      if (d >= 0x80) {
        std::size_t length = 0;
        const Special kind = classify_multibyte(text, end, &length);
        if (kind == Special::none) {
          ++end;
          continue;
        }
        if (kind == Special::apostrophe && end + 3 < size &&
            is_ascii_alpha(static_cast<unsigned char>(text[end + 3])) &&
            !(lower(static_cast<unsigned char>(text[end + 3])) == 's' &&
              (end + 4 >= size || !is_ascii_alpha(static_cast<unsigned char>(text[end + 4]))))) {
          end += 3;
          continue;
        }
        break;
      }
      if (d == '\'' && end + 1 < size && is_ascii_alpha(static_cast<unsigned char>(text[end + 1])) &&
          !(lower(static_cast<unsigned char>(text[end + 1])) == 's' &&
            (end + 2 >= size || !is_ascii_alpha(static_cast<unsigned char>(text[end + 2]))))) {
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
        const std::size_t letters = segment - probe - 1;
        if (letters == 0) {
          dotted_end = probe + 1;  // final dot
          break;
        }
        if (letters > 2 || (segment < size && is_ascii_alpha(static_cast<unsigned char>(text[segment]))))
          break;
        dotted_end = segment;
        probe = segment;
        if (probe >= size || text[probe] != '.') break;
      }
      if (dotted_end > end + 1) end = dotted_end;
    }
    emit(i, end, TokenKind::word);
    i = end;
  }
}

}  // namespace factcheck::text
