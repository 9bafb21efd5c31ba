#include "plugin/api_version.hpp"

#include <gtest/gtest.h>

namespace factcheck::plugin {
namespace {

TEST(ApiVersion, ParsesStrictSemver) {
  EXPECT_EQ(parse_api_version("1.2.3"), (ApiVersion{1, 2, 3}));
  EXPECT_FALSE(parse_api_version("1.2").has_value());
  EXPECT_FALSE(parse_api_version("1.2.3.4").has_value());
  EXPECT_FALSE(parse_api_version("v1.2.3").has_value());
  EXPECT_FALSE(parse_api_version("").has_value());
  EXPECT_FALSE(parse_api_version("1..3").has_value());
}

TEST(ApiVersion, GateFollowsMajorAndMinorRule) {
  const ApiVersion host{1, 3, 0};
  EXPECT_EQ(api_incompatibility({1, 3, 9}, host), "");
  EXPECT_EQ(api_incompatibility({1, 0, 0}, host), "");
  EXPECT_NE(api_incompatibility({1, 4, 0}, host), "");
  EXPECT_EQ(api_incompatibility({0, 3, 0}, host),
            "plugin API 0.3.0 is incompatible with host API 1.3.0 (major versions differ)");
}

}  // namespace
}  // namespace factcheck::plugin
