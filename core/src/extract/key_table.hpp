// Look-up tables keyed by token_key() hashes: a flat open-addressing map for single words
// and a phrase table for multi-word expressions ("close to", "per cent", "US-led coalition"),
// matched over token sequences without allocating. Keys keep their text, so a hash collision
// can never match the wrong word.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.hpp"

namespace factcheck::extract {

// Maps a word's key to a small integer value.
class KeyMap {
 public:
  // Adds `word` (case-insensitive); a word added twice keeps its first value.
  void insert(std::string_view word, std::uint32_t value);
  // Compact slots for the probe loop; the words themselves sit apart and are read only on
  // a key match.
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t value = 0;
    std::uint32_t word = 0;  // index into words_ + 1; 0 = empty slot
  };

  // The map's tables for a loop of look-ups (valid until the next insert): copied into
  // locals, they stay in registers, where the map's own vectors would be reloaded after
  // every store the loop makes.
  class View {
   public:
    // The value for `key`, whose token text is `text`; false when absent.
    bool find(std::uint64_t key, std::string_view text, std::uint32_t* value) const;

   private:
    friend class KeyMap;
    const Slot* slots_ = nullptr;  // null when the map is empty
    std::size_t mask_ = 0;
    const std::string* words_ = nullptr;
  };

  View view() const;
  // The value for `key`, whose token text is `text`; false when absent. Inline: the
  // lexicon looks up every token.
  bool find(std::uint64_t key, std::string_view text, std::uint32_t* value) const {
    return view().find(key, text, value);
  }

 private:
  void grow();
  std::vector<Slot> slots_;
  std::vector<std::string> words_;  // lower-cased
  std::size_t count_ = 0;
};

// Lower-case ASCII comparison of token text with a stored lower-case word. Inline: the
// extractor's passes call it for nearly every token.
inline bool equals_lower(std::string_view text, std::string_view lower_word) {
  if (text.size() != lower_word.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Equal bytes (the usual case) need no folding.
    const char c = text[i];
    if (c != lower_word[i] && !(c >= 'A' && c <= 'Z' && static_cast<char>(c + 32) == lower_word[i]))
      return false;
  }
  return true;
}

// Fibonacci hashing spreads FNV keys over the table's bits.
inline std::size_t key_slot(std::uint64_t key, std::size_t mask) {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 32U) & mask;
}

inline KeyMap::View KeyMap::view() const {
  View view;
  if (!slots_.empty()) {
    view.slots_ = slots_.data();
    view.mask_ = slots_.size() - 1;
    view.words_ = words_.data();
  }
  return view;
}

inline bool KeyMap::View::find(std::uint64_t key, std::string_view text, std::uint32_t* value) const {
  if (slots_ == nullptr) return false;
  for (std::size_t at = key_slot(key, mask_); slots_[at].word != 0; at = (at + 1) & mask_) {
    if (slots_[at].key == key && equals_lower(text, words_[slots_[at].word - 1])) {
      *value = slots_[at].value;
      return true;
    }
  }
  return false;
}

// Multi-word phrases, each with an integer payload, matched longest first.
class PhraseTable {
 public:
  struct Match {
    std::uint32_t payload = 0;
    std::size_t length = 0;  // in tokens
  };

  // Tokenises `phrase` the way text is tokenised and adds it.
  void add(std::string_view phrase, std::uint32_t payload);
  // Longest phrase starting at tokens[i] and ending before `end` that `accept(payload,
  // length)` admits. `text` is the string the tokens index.
  template <typename Accept>
  bool match_at(std::string_view text, const std::vector<text::Token>& tokens, std::size_t i, std::size_t end,
                Match* match, Accept&& accept) const;
  bool match_at(std::string_view text, const std::vector<text::Token>& tokens, std::size_t i, std::size_t end,
                Match* match) const {
    return match_at(text, tokens, i, end, match, [](std::uint32_t, std::size_t) { return true; });
  }
  // Whether some phrase starts with the word of `token` (a cheap pre-check).
  bool may_start(std::string_view text, const text::Token& token) const {
    std::uint32_t list = 0;
    return by_first_.find(token.key, text.substr(token.begin, token.end - token.begin), &list);
  }
  // Longest phrase ending right before tokens[end] and starting at or after `begin`.
  bool match_ending_at(std::string_view text, const std::vector<text::Token>& tokens, std::size_t begin,
                       std::size_t end, Match* match) const;

 private:
  struct Phrase {
    std::vector<std::uint64_t> keys;
    std::vector<std::string> words;
    std::uint32_t payload = 0;
  };
  // Whether the phrase's words are tokens[i...]; word `known` (the one its index list was
  // found by, already compared) is skipped.
  bool matches(const Phrase& phrase, std::string_view text, const std::vector<text::Token>& tokens,
               std::size_t i, std::size_t known) const;
  // Index of phrases by first and by last key; each list is sorted longest first.
  KeyMap by_first_;
  KeyMap by_last_;
  std::vector<std::vector<std::uint32_t>> first_lists_;
  std::vector<std::vector<std::uint32_t>> last_lists_;
  std::vector<Phrase> phrases_;
};

template <typename Accept>
bool PhraseTable::match_at(std::string_view text, const std::vector<text::Token>& tokens, std::size_t i,
                           std::size_t end, Match* match, Accept&& accept) const {
  if (i >= end) return false;
  const auto& token = tokens[i];
  std::uint32_t list = 0;
  if (!by_first_.find(token.key, text.substr(token.begin, token.end - token.begin), &list)) return false;
  for (const std::uint32_t index : first_lists_[list]) {
    const Phrase& phrase = phrases_[index];
    if (i + phrase.keys.size() > end || !matches(phrase, text, tokens, i, 0)) continue;
    if (!accept(phrase.payload, phrase.keys.size())) continue;
    match->payload = phrase.payload;
    match->length = phrase.keys.size();
    return true;
  }
  return false;
}

}  // namespace factcheck::extract
