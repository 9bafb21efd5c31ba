// Simple, deterministic English lemmatisation for cue words, shared by claim extraction and
// dataset bindings so both sides of a cue-word match normalise the same way.
#pragma once

#include <string>
#include <string_view>

namespace factcheck::text {

// ASCII lower-casing; other bytes are kept.
std::string to_lower_ascii(std::string_view word);
// Appends the ASCII lower-cased `word` to `out`.
void append_lower_ascii(std::string_view word, std::string* out);

// Lower-cases and reduces a plural noun to its singular by a few suffix rules and a small
// irregular table: "strikes" -> "strike", "countries" -> "country", "people" -> "person",
// "businesses" -> "business". Words it does not recognise as plurals come back lower-cased.
std::string lemma(std::string_view word);

// Lemmatises each space-separated word of a phrase: "Air Strikes" -> "air strike".
std::string lemma_phrase(std::string_view phrase);

}  // namespace factcheck::text
