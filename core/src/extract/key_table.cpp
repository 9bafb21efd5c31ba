#include "extract/key_table.hpp"

#include <algorithm>

namespace factcheck::extract {

void KeyMap::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const auto& slot : old) {
    if (slot.word == 0) continue;
    std::size_t at = key_slot(slot.key, mask);
    while (slots_[at].word != 0) at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

void KeyMap::insert(std::string_view word, std::uint32_t value) {
  // At most a quarter full, so a look-up probes few slots (1.4 on average for a miss).
  if ((count_ + 1) * 4 > slots_.size()) grow();
  std::string lower(word);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  const std::uint64_t key = text::token_key(word);
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = key_slot(key, mask);
  while (slots_[at].word != 0) {
    if (slots_[at].key == key && words_[slots_[at].word - 1] == lower) return;
    at = (at + 1) & mask;
  }
  words_.push_back(std::move(lower));
  slots_[at] = Slot{key, value, static_cast<std::uint32_t>(words_.size())};
  ++count_;
}

void PhraseTable::add(std::string_view phrase, std::uint32_t payload) {
  std::vector<text::Token> tokens;
  text::tokenize(phrase, 0, &tokens);
  if (tokens.empty()) return;
  Phrase entry;
  for (const auto& token : tokens) {
    entry.keys.push_back(token.key);
    std::string word(phrase.substr(token.begin, token.end - token.begin));
    for (char& c : word) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    entry.words.push_back(std::move(word));
  }
  entry.payload = payload;
  const auto index = static_cast<std::uint32_t>(phrases_.size());
  auto file = [&](KeyMap& map, std::vector<std::vector<std::uint32_t>>& lists, const std::string& word) {
    std::uint32_t list = 0;
    if (!map.find(text::token_key(word), word, &list)) {
      list = static_cast<std::uint32_t>(lists.size());
      map.insert(word, list);
      lists.emplace_back();
    }
    auto& ids = lists[list];
    ids.push_back(index);
    std::stable_sort(ids.begin(), ids.end(), [this, &entry, index](std::uint32_t a, std::uint32_t b) {
      const std::size_t la = a == index ? entry.keys.size() : phrases_[a].keys.size();
      const std::size_t lb = b == index ? entry.keys.size() : phrases_[b].keys.size();
      return la > lb;
    });
  };
  file(by_first_, first_lists_, entry.words.front());
  file(by_last_, last_lists_, entry.words.back());
  phrases_.push_back(std::move(entry));
}

bool PhraseTable::matches(const Phrase& phrase, std::string_view text, const std::vector<text::Token>& tokens,
                          std::size_t i, std::size_t known) const {
  for (std::size_t k = 0; k < phrase.keys.size(); ++k) {
    if (k == known) continue;
    const auto& token = tokens[i + k];
    if (token.key != phrase.keys[k] ||
        !equals_lower(text.substr(token.begin, token.end - token.begin), phrase.words[k])) {
      return false;
    }
  }
  return true;
}

bool PhraseTable::match_ending_at(std::string_view text, const std::vector<text::Token>& tokens,
                                  std::size_t begin, std::size_t end, Match* match) const {
  if (end == 0 || end <= begin) return false;
  const auto& token = tokens[end - 1];
  std::uint32_t list = 0;
  if (!by_last_.find(token.key, text.substr(token.begin, token.end - token.begin), &list)) return false;
  for (const std::uint32_t index : last_lists_[list]) {
    const Phrase& phrase = phrases_[index];
    if (phrase.keys.size() > end - begin) continue;
    if (!matches(phrase, text, tokens, end - phrase.keys.size(), phrase.keys.size() - 1)) continue;
    match->payload = phrase.payload;
    match->length = phrase.keys.size();
    return true;
  }
  return false;
}

}  // namespace factcheck::extract
