// Table Schema (frictionlessdata.io): field types, missing values, constraints and primary
// keys, read from a resource's descriptor and applied to CSV values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/document.hpp"

namespace factcheck::data {

// Supported types. Others in the spec (datetime, time, duration, geopoint, object, array,
// any...) are kept as text without checks (`other`).
enum class FieldType { string, number, integer, year, yearmonth, date, boolean, other };

struct SchemaField {
  std::string name;
  FieldType type = FieldType::string;
  std::string type_name;  // as written
  std::string format;     // date format ("default", "any" or a strftime pattern with %Y %m %d %y %b)
  char decimal_char = '.';
  std::string group_char;
  bool bare_number = true;
  std::vector<std::string> true_values{"true", "True", "TRUE", "1"};
  std::vector<std::string> false_values{"false", "False", "FALSE", "0"};
  bool required = false;
  bool unique = false;
};

struct TableSchema {
  std::vector<SchemaField> fields;
  std::vector<std::string> missing_values{""};
  std::vector<std::string> primary_key;

  // Index of the field named `name`, or nullopt.
  std::optional<size_t> find(std::string_view name) const;
  bool is_missing(std::string_view value) const;
};

// A checked cell: numeric types give `number`. `text` is set only when the canonical form
// differs from the raw text (a date in a custom format becomes YYYY-MM-DD; booleans become
// "true"/"false"); otherwise the raw text is the value.
struct CellValue {
  bool missing = false;
  bool is_number = false;
  double number = 0;
  std::string text;
};

// Reads `schema` (the resource's "schema" object) into *out, reporting problems located
// in `document` under the resource `resource_name`. Returns false on error.
bool parse_table_schema(const nlohmann::json& schema, const Document& document,
                        const std::string& resource_name, TableSchema* out, ErrorSink& errors);

// Checks `text` against `field`; on failure returns a message such as
// "'abc' is not a number". Missing values must be filtered out before.
std::optional<std::string> parse_cell(const SchemaField& field, std::string_view text, CellValue* out);

}  // namespace factcheck::data
