// One sentence as the extractor's passes see it: tokens with their lexicon entries and what
// each token has been claimed by (entity, time expression, quantity). Internal header.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/calendar.hpp"
#include "extract/lexicon.hpp"
#include "factcheck/v1/types.pb.h"
#include "text/tokenizer.hpp"

namespace factcheck::extract {

enum class TokenUse : std::uint8_t { none, entity, time, quantity, skipped };

struct EntityMention {
  std::size_t first = 0;
  std::size_t end = 0;  // token index, exclusive
  std::uint32_t entity = 0;
};

// The fields of a v1::Period, as plain strings (short enough to need no allocation) until a
// claim takes them.
struct ResolvedPeriod {
  std::string start;  // YYYY-MM-DD
  std::string end;
  std::string label;
  std::string text;
  bool relative = false;

  void to_proto(v1::Period* out) const {
    out->set_start(start);
    out->set_end(end);
    out->set_label(label);
    out->set_text(text);
    out->set_relative(relative);
  }
};

struct TimeMention {
  std::size_t first = 0;
  std::size_t end = 0;
  ResolvedPeriod period;
  bool future = false;  // starts after the publication date
};

struct Sentence {
  std::string_view text;  // the whole document; token offsets index it
  std::size_t begin = 0;  // byte span of the sentence in `text`
  std::size_t end = 0;
  std::vector<text::Token> tokens;
  std::vector<const WordInfo*> words;
  std::vector<TokenUse> use;
  std::vector<EntityMention> entities;
  std::vector<TimeMention> times;

  // Fills `words` and `use` for the tokens (every token unused); call after tokenising.
  void look_up_words() {
    const Lexicon& lexicon = Lexicon::instance();
    words.resize(tokens.size());
    use.assign(tokens.size(), TokenUse::none);
    lexicon.lookup_all(text, tokens, words.data());
  }
  // The number of tokens. `use` has one byte per token, so its size is the cheapest to
  // compute, and nearly every token test asks.
  std::size_t size() const { return use.size(); }
  // Tokens index `text` by construction, so no bounds check.
  std::string_view token_text(std::size_t i) const {
    return {text.data() + tokens[i].begin, tokens[i].end - tokens[i].begin};
  }
  bool has(std::size_t i, std::uint32_t flag) const { return i < size() && (words[i]->flags & flag) != 0; }
  // Always inlined: called with literals all over the passes, so the length test folds to a
  // constant and most calls end there.
  [[gnu::always_inline]] bool is_word(std::size_t i, std::string_view lower) const {
    if (i >= size()) return false;
    const text::Token& token = tokens[i];
    return token.end - token.begin == lower.size() && token.kind == text::TokenKind::word &&
           equals_lower(token_text(i), lower);
  }
  bool is_punct(std::size_t i, std::string_view punct) const {
    return i < size() && tokens[i].kind == text::TokenKind::punct && token_text(i) == punct;
  }
  bool is_hyphen(std::size_t i) const {
    return is_punct(i, "-") || is_punct(i, "\xE2\x80\x93") || is_punct(i, "\xE2\x80\x90");
  }
  bool is_number(std::size_t i) const { return i < size() && tokens[i].kind == text::TokenKind::number; }
  // Digits only (no separators), and their value; false for longer than 9 digits.
  bool small_integer(std::size_t i, int* value) const;
};

// Finds dates, periods and relative time in `sentence`, resolved against `published`;
// marks their tokens TokenUse::time.
void find_time_expressions(Sentence* sentence, const Date& published);

}  // namespace factcheck::extract
