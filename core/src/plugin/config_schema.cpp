#include "plugin/config_schema.hpp"

#include <vector>

namespace factcheck::plugin {
namespace {

using nlohmann::json;

bool has_type(const json& value, const std::string& type) {
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "string") return value.is_string();
  if (type == "number") return value.is_number();
  if (type == "integer") return value.is_number_integer();
  if (type == "boolean") return value.is_boolean();
  if (type == "null") return value.is_null();
  return false;
}

void validate(const json& value, const json& schema, const std::string& path,
              std::vector<std::string>& errors) {
  if (!schema.is_object()) return;
  const std::string where = path.empty() ? "/" : path;
  if (auto type = schema.find("type"); type != schema.end() && type->is_string()) {
    if (!has_type(value, *type)) {
      errors.push_back(where + ": expected " + type->get<std::string>() + ", got " + value.type_name());
      return;
    }
  }
  if (auto allowed = schema.find("enum"); allowed != schema.end() && allowed->is_array()) {
    bool found = false;
    for (const auto& option : *allowed) found = found || option == value;
    if (!found) errors.push_back(where + ": " + value.dump() + " is not one of " + allowed->dump());
  }
  if (value.is_number()) {
    const double number = value.get<double>();
    if (auto minimum = schema.find("minimum"); minimum != schema.end() && number < minimum->get<double>()) {
      errors.push_back(where + ": must be >= " + minimum->dump());
    }
    if (auto maximum = schema.find("maximum"); maximum != schema.end() && number > maximum->get<double>()) {
      errors.push_back(where + ": must be <= " + maximum->dump());
    }
  }
  if (value.is_object()) {
    const json properties = schema.value("properties", json::object());
    if (auto required = schema.find("required"); required != schema.end() && required->is_array()) {
      for (const auto& name : *required) {
        if (name.is_string() && !value.contains(name.get<std::string>())) {
          errors.push_back(path + "/" + name.get<std::string>() + ": required property missing");
        }
      }
    }
    const bool closed = schema.contains("additionalProperties") && schema["additionalProperties"] == false;
    for (const auto& [key, member] : value.items()) {
      if (auto property = properties.find(key); property != properties.end()) {
        validate(member, *property, path + "/" + key, errors);
      } else if (closed) {
        errors.push_back(path + "/" + key + ": unknown property");
      }
    }
  }
  if (value.is_array()) {
    if (auto items = schema.find("items"); items != schema.end()) {
      for (size_t i = 0; i < value.size(); ++i)
        validate(value[i], *items, path + "/" + std::to_string(i), errors);
    }
  }
}

}  // namespace

Status validate_config(const json& config, std::string_view schema_json) {
  if (schema_json.empty()) {
    return config.is_object() ? Status::ok() : Status::invalid_argument("/: config must be an object");
  }
  const json schema = json::parse(schema_json, nullptr, /*allow_exceptions=*/false);
  if (schema.is_discarded()) return Status::invalid_argument("the plugin's config schema is not valid JSON");
  std::vector<std::string> errors;
  validate(config, schema, "", errors);
  if (errors.empty()) return Status::ok();
  std::string message = errors.front();
  for (size_t i = 1; i < errors.size(); ++i) message += "; " + errors[i];
  return Status::invalid_argument(message);
}

}  // namespace factcheck::plugin
