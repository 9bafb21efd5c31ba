// Countries and named actors found in text: names, short names and capitals (as metonyms)
// from the country-codes data package, plus factcheck's alias table (demonyms, "U.S.",
// actors such as "Islamic State"). Names match case-sensitively at their first letter, and
// all-caps aliases ("US", "IS") only as all-caps words, so "us" and "turkey" stay words.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/key_table.hpp"
#include "text/tokenizer.hpp"
#include "util/status.hpp"

namespace factcheck::extract {

struct EntityRecord {
  std::string id;    // ISO 3166-1 alpha-3, a World Bank region code ("SSF"), or an actor id ("ISIS")
  std::string name;  // display name ("Russia")
  std::string kind;  // "country", "region" or "actor"
};

class Gazetteer {
 public:
  // Reads <dir>/data/country-codes.csv (columns by header name) and the alias table
  // compiled in from core/src/extract/entity_aliases.csv.
  static Status load(const std::filesystem::path& country_codes_dir, Gazetteer* gazetteer);
  // Same, with the alias table given as CSV text (for tests and custom tables).
  static Status load(const std::filesystem::path& country_codes_dir, std::string_view aliases_csv,
                     Gazetteer* gazetteer);

  // The longest entity name starting at tokens[i] (before `end`): entity index and length.
  bool match_at(std::string_view text, const std::vector<text::Token>& tokens, std::size_t i, std::size_t end,
                std::uint32_t* entity, std::size_t* length) const;
  const EntityRecord& entity(std::uint32_t index) const { return entities_[index]; }
  // The entity a whole name stands for ("Brazil", "Brazilian", "Venezuela"), as written
  // (case-sensitive); nullptr when the name is not known.
  const EntityRecord* find_name(std::string_view name) const;
  std::size_t entity_count() const { return entities_.size(); }
  std::size_t name_count() const { return names_.size(); }

 private:
  struct Name {
    std::uint32_t entity;
    bool all_caps;
  };
  std::uint32_t entity_index(const std::string& id, const std::string& name, const std::string& kind);
  void add_name(std::string_view name, std::uint32_t entity);

  std::vector<EntityRecord> entities_;
  std::vector<Name> names_;
  PhraseTable table_;
  std::vector<std::string> blocked_;
  std::unordered_map<std::string, std::uint32_t> exact_;  // name -> entity
};

// Splits CSV text (RFC 4180: quoted fields, doubled quotes, CRLF) into rows of fields.
std::vector<std::vector<std::string>> parse_csv(std::string_view csv);

}  // namespace factcheck::extract
