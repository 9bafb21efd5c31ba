#include "extract/policy.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace factcheck::extract {
namespace {

const HedgeRule& rule(const Policy& policy, const std::string& name) {
  const auto it =
      std::find_if(policy.hedges.begin(), policy.hedges.end(), [&](const auto& r) { return r.name == name; });
  EXPECT_NE(it, policy.hedges.end()) << name;
  return *it;
}

TEST(Policy, AbsentKeysKeepDefaults) {
  Policy policy = default_policy();
  ASSERT_TRUE(
      parse_policy(R"({"hedges": {"nearly": {"low_factor": 0.85}}, "rounding": {"max_relative": 0.05}})",
                   "test", &policy)
          .is_ok());
  EXPECT_DOUBLE_EQ(*rule(policy, "nearly").low_factor, 0.85);
  EXPECT_DOUBLE_EQ(*rule(policy, "nearly").high_factor, 1.0);
  EXPECT_FALSE(rule(policy, "nearly").before.empty());
  EXPECT_DOUBLE_EQ(policy.rounding.max_relative, 0.05);
  EXPECT_DOUBLE_EQ(policy.rounding.min_relative, default_policy().rounding.min_relative);
}

TEST(Policy, UnknownKeysAreErrorsNamingThem) {
  Policy policy = default_policy();
  Status status = parse_policy(R"({"hedges": {"nearly": {"low_factr": 0.85}}})", "p.json", &policy);
  EXPECT_FALSE(status.is_ok());
  EXPECT_NE(status.message().find("hedges.nearly.low_factr"), std::string::npos) << status.message();
  status = parse_policy(R"({"tolerance": 1})", "p.json", &policy);
  EXPECT_NE(status.message().find("'tolerance'"), std::string::npos);
  EXPECT_DOUBLE_EQ(*rule(policy, "nearly").low_factor, 0.9);  // failed loads change nothing
}

TEST(Policy, WrongTypesAndInconsistentBandsAreErrors) {
  Policy policy = default_policy();
  EXPECT_FALSE(parse_policy(R"({"rounding": {"max_relative": "10%"}})", "p", &policy).is_ok());
  EXPECT_FALSE(parse_policy(R"({"hedges": {"about": {"low_factor": 1.2, "high_factor": 1.1}}})", "p", &policy)
                   .is_ok());
  EXPECT_FALSE(parse_policy(R"({"vague": {"dozens": {"low": 100, "high": 24}}})", "p", &policy).is_ok());
  EXPECT_FALSE(parse_policy("{not json", "p", &policy).is_ok());
  EXPECT_FALSE(parse_policy(R"({"limits": {"max_claims": 0}})", "p", &policy).is_ok());
}

TEST(Policy, NewHedgesNeedPhrasesAndNullMeansUnbounded) {
  Policy policy = default_policy();
  EXPECT_FALSE(parse_policy(R"({"hedges": {"tops": {"low_factor": 1}}})", "p", &policy).is_ok());
  ASSERT_TRUE(
      parse_policy(R"({"hedges": {"tops": {"before": ["north of"], "low_factor": 1, "high_factor": null}}})",
                   "p", &policy)
          .is_ok());
  EXPECT_FALSE(rule(policy, "tops").high_factor.has_value());
}

TEST(Policy, LoadPolicyReportsMissingFile) {
  Policy policy = default_policy();
  const Status status = load_policy("/nonexistent/policy.json", &policy);
  EXPECT_FALSE(status.is_ok());
  EXPECT_NE(status.message().find("/nonexistent/policy.json"), std::string::npos);
}

}  // namespace
}  // namespace factcheck::extract
