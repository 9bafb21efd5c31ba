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

bool ends_with(std::string_view word, std::string_view suffix) { return word.ends_with(suffix); }

}  // namespace

void append_lower_ascii(std::string_view word, std::string* out) {
  const std::size_t at = out->size();
  out->append(word);
  for (auto c = out->begin() + static_cast<std::ptrdiff_t>(at); c != out->end(); ++c) {
    if (*c >= 'A' && *c <= 'Z') *c = static_cast<char>(*c - 'A' + 'a');
  }
}

std::string to_lower_ascii(std::string_view word) {
  std::string out;
  append_lower_ascii(word, &out);
  return out;
}

std::string lemma(std::string_view word) {
  std::string lower = to_lower_ascii(word);
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
