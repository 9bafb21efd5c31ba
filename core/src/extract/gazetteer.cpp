#include "extract/gazetteer.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <unordered_map>

namespace factcheck::extract {

extern const char* const kEntityAliasesCsv;  // generated from entity_aliases.csv

namespace {

// "Russian Federation (the)" -> "Russian Federation"; "Iran (Islamic Republic of)" -> "Iran".
std::string clean_name(std::string name) {
  if (const auto paren = name.find(" ("); paren != std::string::npos) name.erase(paren);
  while (!name.empty() && name.back() == ' ') name.pop_back();
  while (!name.empty() && name.front() == ' ') name.erase(name.begin());
  return name;
}

bool all_caps_word(std::string_view name) {
  bool letter = false;
  for (const char c : name) {
    if (c >= 'a' && c <= 'z') return false;
    letter |= (c >= 'A' && c <= 'Z');
  }
  return letter;
}

}  // namespace

std::vector<std::vector<std::string>> parse_csv(std::string_view csv) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  bool any = false;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const char c = csv[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < csv.size() && csv[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') ++i;
      if (any || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
      }
      row.clear();
      field.clear();
      any = false;
    } else {
      field += c;
      any = true;
    }
  }
  if (any || !field.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::uint32_t Gazetteer::entity_index(const std::string& id, const std::string& name,
                                      const std::string& kind) {
  for (std::uint32_t i = 0; i < entities_.size(); ++i) {
    if (entities_[i].id == id) return i;
  }
  entities_.push_back({id, name, kind});
  return static_cast<std::uint32_t>(entities_.size() - 1);
}

void Gazetteer::add_name(std::string_view name, std::uint32_t entity) {
  if (name.empty() || name.find(',') != std::string_view::npos) return;
  if (std::find(blocked_.begin(), blocked_.end(), name) != blocked_.end()) return;
  const auto index = static_cast<std::uint32_t>(names_.size());
  names_.push_back({entity, all_caps_word(name)});
  table_.add(name, index);
  exact_.emplace(std::string(name), entity);
}

const EntityRecord* Gazetteer::find_name(std::string_view name) const {
  const auto it = exact_.find(std::string(name));
  return it == exact_.end() ? nullptr : &entities_[it->second];
}

Status Gazetteer::load(const std::filesystem::path& country_codes_dir, Gazetteer* gazetteer) {
  return load(country_codes_dir, kEntityAliasesCsv, gazetteer);
}

Status Gazetteer::load(const std::filesystem::path& country_codes_dir, std::string_view aliases_csv,
                       Gazetteer* gazetteer) {
  const std::filesystem::path csv_path = country_codes_dir / "data" / "country-codes.csv";
  std::ifstream in(csv_path, std::ios::binary);
  if (!in) return Status::not_found("cannot open the country list " + csv_path.string());
  std::ostringstream content;
  content << in.rdbuf();
  const auto rows = parse_csv(content.str());
  if (rows.empty()) return Status::invalid_argument(csv_path.string() + ": empty file");

  const auto& header = rows.front();
  auto column = [&](std::string_view name) -> int {
    const auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? -1 : static_cast<int>(it - header.begin());
  };
  const int alpha3 = column("ISO3166-1-Alpha-3");
  const int official = column("official_name_en");
  const int cldr = column("CLDR display name");
  const int unterm = column("UNTERM English Short");
  const int capital = column("Capital");
  if (alpha3 < 0 || official < 0) {
    return Status::invalid_argument(csv_path.string() +
                                    ": needs the columns ISO3166-1-Alpha-3 and official_name_en");
  }

  Gazetteer result;
  const auto aliases = parse_csv(aliases_csv);
  // Blocked names first: capitals and names that are mostly something else ("Victoria").
  for (std::size_t r = 1; r < aliases.size(); ++r) {
    const auto& row = aliases[r];
    if (row.size() >= 3 && row[2] == "block") result.blocked_.push_back(row[0]);
  }
  auto field = [](const std::vector<std::string>& row, int index) -> std::string {
    return index >= 0 && static_cast<std::size_t>(index) < row.size() ? clean_name(row[index])
                                                                      : std::string();
  };
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    const std::string id = field(row, alpha3);
    if (id.size() != 3) continue;
    std::string name = field(row, cldr);
    if (name.empty()) name = field(row, official);
    if (name.empty()) continue;
    const std::uint32_t entity = result.entity_index(id, name, "country");
    for (const int index : {official, cldr, unterm, capital}) result.add_name(field(row, index), entity);
  }
  for (std::size_t r = 1; r < aliases.size(); ++r) {
    const auto& row = aliases[r];
    if (row.size() < 3 || row[2] == "block") continue;
    if (row.size() < 4 || row[1].empty() ||
        (row[2] != "country" && row[2] != "actor" && row[2] != "region")) {
      return Status::invalid_argument("entity alias table row " + std::to_string(r + 1) +
                                      ": expected alias,id,kind(country|actor|region|block),name");
    }
    const bool known = std::any_of(result.entities_.begin(), result.entities_.end(),
                                   [&](const EntityRecord& e) { return e.id == row[1]; });
    if (row[2] == "country" && !known) {
      return Status::invalid_argument("entity alias table row " + std::to_string(r + 1) +
                                      ": unknown country " + row[1]);
    }
    result.add_name(row[0], result.entity_index(row[1], row[3], row[2]));
  }
  *gazetteer = std::move(result);
  return Status::ok();
}

bool Gazetteer::match_at(std::string_view text, const std::vector<text::Token>& tokens, std::size_t i,
                         std::size_t end, std::uint32_t* entity, std::size_t* length) const {
  if (!tokens[i].capitalised) return false;
  PhraseTable::Match match;
  const bool found = table_.match_at(text, tokens, i, end, &match, [&](std::uint32_t payload, std::size_t) {
    return !names_[payload].all_caps || tokens[i].all_caps;
  });
  if (!found) return false;
  *entity = names_[match.payload].entity;
  *length = match.length;
  return true;
}

}  // namespace factcheck::extract
