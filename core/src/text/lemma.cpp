#include "text/lemma.hpp"

#include <array>
#include <utility>

namespace factcheck::text {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kIrregular{{{"people", "person"},
                                                                                    {"men", "man"},
                                                                                    {"women", "woman"},
                                                                                    {"children", "child"},
                                                                                    {"data", "data"},
                                                                                    {"news", "news"},
                                                                                    {"series", "series"},
                                                                                    {"analyses", "analysis"},
                                                                                    {"crises", "crisis"},
                                                                                    {"lives", "life"},
                                                                                    {"gas", "gas"},
                                                                                    {"status", "status"},
                                                                                    {"sorties", "sortie"},
                                                                                    {"movies", "movie"},
                                                                                    {"species", "species"},
                                                                                    {"arms", "arms"},
                                                                                    {"goods", "goods"},
                                                                                    {"forces", "force"}}};

// Last bytes of the irregular plurals: a word ending otherwise, and not in "s", is no plural.
constexpr std::array<bool, 256> kIrregularLastByte = [] {
  std::array<bool, 256> table{};
  for (const auto& [plural, singular] : kIrregular) table[static_cast<unsigned char>(plural.back())] = true;
  return table;
}();

bool ends_with(std::string_view word, std::string_view suffix) { return word.ends_with(suffix); }

void lower_in_place(char* at, char* end) {
  for (; at != end; ++at) {
    if (*at >= 'A' && *at <= 'Z') *at = static_cast<char>(*at - 'A' + 'a');
  }
}

}  // namespace

// Copying first and folding in place: a plain copy of a short word costs less than
// resize() (which fills) followed by a folding copy.
void append_lower_ascii(std::string_view word, std::string* out) {
  const std::size_t at = out->size();
  out->append(word);
  lower_in_place(out->data() + at, out->data() + out->size());
}

std::string to_lower_ascii(std::string_view word) {
  std::string out(word);
  lower_in_place(out.data(), out.data() + out.size());
  return out;
}

std::string lemma(std::string_view word) {
  std::string lower = to_lower_ascii(word);
  // Every rule below but the irregular table needs a final "s".
  if (lower.empty() ||
      (lower.back() != 's' && !kIrregularLastByte[static_cast<unsigned char>(lower.back())])) {
    return lower;
  }
  for (const auto& [plural, singular] : kIrregular) {
    if (lower == plural) return std::string(singular);
  }
  const std::string_view w(lower);
  if (w.size() <= 3) return lower;
  if (ends_with(w, "ies")) return std::string(w.substr(0, w.size() - 3)) + "y";
  if (ends_with(w, "sses") || ends_with(w, "shes") || ends_with(w, "ches") || ends_with(w, "xes") ||
      ends_with(w, "zes")) {
    return std::string(w.substr(0, w.size() - 2));
  }
  if (ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is") || ends_with(w, "'s")) return lower;
  if (ends_with(w, "s")) return std::string(w.substr(0, w.size() - 1));
  return lower;
}

std::string lemma_phrase(std::string_view phrase) {
  std::string out;
  size_t start = 0;
  while (start < phrase.size()) {
    const size_t space = std::min(phrase.find(' ', start), phrase.size());
    if (space > start) {
      if (!out.empty()) out += ' ';
      out += lemma(phrase.substr(start, space - start));
    }
    start = space + 1;
  }
  return out;
}

}  // namespace factcheck::text
