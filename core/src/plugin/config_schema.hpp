// Validation of a plugin's config against the JSON Schema subset plugins declare:
// type (object, array, string, number, integer, boolean), properties, required,
// additionalProperties (false only), enum, minimum, maximum, items.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "util/status.hpp"

namespace factcheck::plugin {

// Validates `config` against `schema_json` ("" = no schema: any object passes).
// Errors name the JSON path of the offending value, e.g. "/tolerance: must be <= 1".
Status validate_config(const nlohmann::json& config, std::string_view schema_json);

}  // namespace factcheck::plugin
