#include "data/table_schema.hpp"

#include <array>
#include <charconv>
#include <cstdio>
#include <limits>

#include "data/period.hpp"

namespace factcheck::data {
namespace {

struct TypeName {
  std::string_view name;
  FieldType type;
};
constexpr std::array<TypeName, 7> kTypes{{{"string", FieldType::string},
                                          {"number", FieldType::number},
                                          {"integer", FieldType::integer},
                                          {"year", FieldType::year},
                                          {"yearmonth", FieldType::yearmonth},
                                          {"date", FieldType::date},
                                          {"boolean", FieldType::boolean}}};
constexpr std::array<std::string_view, 10> kUncheckedTypes{
    "any", "datetime", "time", "duration", "geopoint", "geojson", "object", "array", "list", "gyear"};

std::optional<double> parse_double(std::string_view text) {
  if (text == "NaN") return std::numeric_limits<double>::quiet_NaN();
  if (text == "INF") return std::numeric_limits<double>::infinity();
  if (text == "-INF") return -std::numeric_limits<double>::infinity();
  if (text.starts_with('+')) text.remove_prefix(1);
  if (text.empty() || text.find_first_of("0123456789") == std::string_view::npos) return std::nullopt;
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<long long> parse_integer(std::string_view text) {
  if (text.starts_with('+')) text.remove_prefix(1);
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// bareNumber: false allows leading and trailing non-numeric text ("$100", "95%").
std::string_view strip_non_numeric(std::string_view text) {
  const auto is_numeric = [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.'; };
  while (!text.empty() && !is_numeric(text.front())) text.remove_prefix(1);
  while (!text.empty() && !(text.back() >= '0' && text.back() <= '9')) text.remove_suffix(1);
  return text;
}

std::string normalise_number(const SchemaField& field, std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (!field.group_char.empty() && text.substr(i).starts_with(field.group_char)) {
      i += field.group_char.size() - 1;
      continue;
    }
    out += text[i] == field.decimal_char ? '.' : text[i];
  }
  return out;
}

constexpr std::array<std::string_view, 12> kMonthNames{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// A date in a strftime-style pattern limited to %Y %y %m %d %b and literal characters.
std::optional<std::string> parse_date_pattern(std::string_view pattern, std::string_view text) {
  int year = -1;
  int month = -1;
  int day = -1;
  size_t at = 0;
  const auto take_digits = [&](size_t count, int* value) {
    if (at + count > text.size()) return false;
    const auto [end, error] = std::from_chars(text.data() + at, text.data() + at + count, *value);
    if (error != std::errc() || end != text.data() + at + count) return false;
    at += count;
    return true;
  };
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size()) {
      const char directive = pattern[++i];
      bool ok = false;
      if (directive == 'Y') ok = take_digits(4, &year);
      if (directive == 'y' && take_digits(2, &year)) {
        year += year < 69 ? 2000 : 1900;
        ok = true;
      }
      if (directive == 'm') ok = take_digits(2, &month);
      if (directive == 'd') ok = take_digits(2, &day);
      if (directive == 'b') {
        for (size_t m = 0; m < kMonthNames.size() && !ok; ++m) {
          if (text.substr(at).starts_with(kMonthNames[m])) {
            month = static_cast<int>(m + 1);
            at += 3;
            ok = true;
          }
        }
      }
      if (!ok) return std::nullopt;
    } else {
      if (at >= text.size() || text[at] != pattern[i]) return std::nullopt;
      ++at;
    }
  }
  if (at != text.size() || year < 0 || month < 0 || day < 0) return std::nullopt;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  if (!parse_day(buffer)) return std::nullopt;
  return std::string(buffer);
}

std::vector<std::string> string_list(const nlohmann::json& value) {
  std::vector<std::string> out;
  for (const auto& item : value) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

}  // namespace

std::optional<size_t> TableSchema::find(std::string_view name) const {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name == name) return i;
  }
  return std::nullopt;
}

bool TableSchema::is_missing(std::string_view value) const {
  for (const auto& missing : missing_values) {
    if (missing == value) return true;
  }
  return false;
}

bool parse_table_schema(const nlohmann::json& schema, const Document& document,
                        const std::string& resource_name, TableSchema* out, ErrorSink& errors) {
  const size_t errors_before = errors.error_count();
  const auto fail = [&](std::initializer_list<std::string_view> where, const std::string& message) {
    const auto [line, column] = document.locate(where);
    errors.error(document.path, line, column, "resource '" + resource_name + "': " + message);
  };
  if (!schema.is_object()) {
    fail({resource_name, "schema"}, "\"schema\" must be an object");
    return false;
  }
  const auto fields = schema.find("fields");
  if (fields == schema.end() || !fields->is_array()) {
    fail({resource_name, "schema"}, "schema needs a \"fields\" array");
    return false;
  }
  for (const auto& item : *fields) {
    SchemaField field;
    if (!item.is_object() || !item.contains("name") || !item["name"].is_string()) {
      fail({resource_name, "fields"}, "every field needs a string \"name\"");
      continue;
    }
    field.name = item["name"].get<std::string>();
    field.type_name = item.value("type", std::string("string"));
    bool known = false;
    for (const auto& type : kTypes) {
      if (type.name == field.type_name) {
        field.type = type.type;
        known = true;
      }
    }
    for (const auto type : kUncheckedTypes) {
      if (type == field.type_name) {
        field.type = FieldType::other;
        known = true;
      }
    }
    if (!known) {
      fail({resource_name, field.name, field.type_name},
           "field '" + field.name + "' has unknown type '" + field.type_name + "'");
      continue;
    }
    if (const auto format = item.find("format"); format != item.end() && format->is_string()) {
      field.format = format->get<std::string>();
      if (field.format.starts_with("fmt:")) field.format = field.format.substr(4);
    }
    if (const auto decimal = item.find("decimalChar");
        decimal != item.end() && decimal->is_string() && decimal->get<std::string>().size() == 1) {
      field.decimal_char = decimal->get<std::string>()[0];
    }
    if (const auto group = item.find("groupChar"); group != item.end() && group->is_string()) {
      field.group_char = group->get<std::string>();
    }
    if (const auto bare = item.find("bareNumber"); bare != item.end() && bare->is_boolean())
      field.bare_number = bare->get<bool>();
    if (const auto values = item.find("trueValues"); values != item.end() && values->is_array())
      field.true_values = string_list(*values);
    if (const auto values = item.find("falseValues"); values != item.end() && values->is_array())
      field.false_values = string_list(*values);
    if (const auto constraints = item.find("constraints");
        constraints != item.end() && constraints->is_object()) {
      field.required = constraints->value("required", false);
      field.unique = constraints->value("unique", false);
    }
    if (out->find(field.name)) {
      fail({resource_name, field.name}, "duplicate field name '" + field.name + "'");
      continue;
    }
    out->fields.push_back(std::move(field));
  }
  if (const auto missing = schema.find("missingValues"); missing != schema.end()) {
    if (!missing->is_array()) {
      fail({resource_name, "missingValues"}, "\"missingValues\" must be an array of strings");
    } else {
      out->missing_values = string_list(*missing);
    }
  }
  if (const auto key = schema.find("primaryKey"); key != schema.end()) {
    if (key->is_string()) {
      out->primary_key = {key->get<std::string>()};
    } else if (key->is_array()) {
      out->primary_key = string_list(*key);
    } else {
      fail({resource_name, "primaryKey"}, "\"primaryKey\" must be a field name or an array of names");
    }
    for (const auto& name : out->primary_key) {
      if (!out->find(name))
        fail({resource_name, "primaryKey"}, "primary key field '" + name + "' is not in the schema");
    }
  }
  return errors.error_count() == errors_before;
}

std::optional<std::string> parse_cell(const SchemaField& field, std::string_view text, CellValue* out) {
  out->missing = false;
  out->is_number = false;
  out->text.clear();
  const auto quoted = [text] { return std::string("'").append(text).append("'"); };
  switch (field.type) {
    case FieldType::number: {
      const std::string_view digits = field.bare_number ? text : strip_non_numeric(text);
      const bool plain = field.group_char.empty() && field.decimal_char == '.';
      const auto value = plain ? parse_double(digits) : parse_double(normalise_number(field, digits));
      if (!value) return quoted() + " is not a number";
      out->is_number = true;
      out->number = *value;
      return std::nullopt;
    }
    case FieldType::integer:
    case FieldType::year: {
      const std::string_view digits =
          field.bare_number || field.type == FieldType::year ? text : strip_non_numeric(text);
      const auto value = field.type == FieldType::integer && !field.group_char.empty()
                             ? parse_integer(normalise_number(field, digits))
                             : parse_integer(digits);
      if (!value || (field.type == FieldType::year && text.size() != 4)) {
        return quoted() + (field.type == FieldType::year ? " is not a year (YYYY)" : " is not an integer");
      }
      out->is_number = true;
      out->number = static_cast<double>(*value);
      return std::nullopt;
    }
    case FieldType::yearmonth: {
      ResolvedPeriod period;
      if (text.size() != 7 || text[4] != '-' || !resolve_period(text, &period))
        return quoted() + " is not a year-month (YYYY-MM)";
      return std::nullopt;
    }
    case FieldType::date: {
      if (field.format.empty() || field.format == "default" || field.format == "any") {
        if (!parse_day(text)) return quoted() + " is not a date (YYYY-MM-DD)";
        return std::nullopt;
      }
      const auto date = parse_date_pattern(field.format, text);
      if (!date) return quoted() + " is not a date in the format '" + field.format + "'";
      out->text = *date;
      return std::nullopt;
    }
    case FieldType::boolean: {
      for (const auto& value : field.true_values) {
        if (value == text) {
          out->text = "true";
          return std::nullopt;
        }
      }
      for (const auto& value : field.false_values) {
        if (value == text) {
          out->text = "false";
          return std::nullopt;
        }
      }
      return quoted() + " is not a boolean";
    }
    case FieldType::string:
    case FieldType::other:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace factcheck::data
