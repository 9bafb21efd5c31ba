#include "plugin/config_schema.hpp"

#include <gtest/gtest.h>

namespace factcheck::plugin {
namespace {

using nlohmann::json;

constexpr const char* kSchema = R"({
  "type": "object",
  "required": ["mode"],
  "additionalProperties": false,
  "properties": {
    "mode": {"type": "string", "enum": ["strict", "lenient"]},
    "tolerance": {"type": "number", "minimum": 0, "maximum": 1},
    "datasets": {"type": "array", "items": {"type": "string"}}
  }
})";

TEST(ConfigSchema, AcceptsValidConfig) {
  EXPECT_TRUE(
      validate_config(json{{"mode", "strict"}, {"tolerance", 0.1}, {"datasets", {"a"}}}, kSchema).is_ok());
}

TEST(ConfigSchema, NamesEveryProblemWithItsPath) {
  const Status status = validate_config(json{{"tolerance", 2}, {"datasets", {1}}, {"extra", true}}, kSchema);
  ASSERT_FALSE(status.is_ok());
  EXPECT_EQ(status.message(),
            "/mode: required property missing; /datasets/0: expected string, got number; "
            "/extra: unknown property; /tolerance: must be <= 1");
}

TEST(ConfigSchema, RejectsEnumMismatchAndNonObject) {
  EXPECT_EQ(validate_config(json{{"mode", "fast"}}, kSchema).message(),
            R"(/mode: "fast" is not one of ["strict","lenient"])");
  EXPECT_FALSE(validate_config(json::array(), "").is_ok());
  EXPECT_FALSE(validate_config(json::object(), "{not json").is_ok());
}

}  // namespace
}  // namespace factcheck::plugin
