#include "extract/gazetteer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace factcheck::extract {
namespace {

class GazetteerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(Gazetteer::load(FACTCHECK_COUNTRY_CODES_DIR, &gazetteer_).is_ok()); }

  // The entity ids found in `text`, longest match first, left to right.
  std::vector<std::string> ids(std::string_view text) const {
    std::vector<text::Token> tokens;
    text::tokenize(text, 0, &tokens);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < tokens.size();) {
      std::uint32_t entity = 0;
      std::size_t length = 0;
      if (gazetteer_.match_at(text, tokens, i, tokens.size(), &entity, &length)) {
        out.push_back(gazetteer_.entity(entity).id);
        i += length;
      } else {
        ++i;
      }
    }
    return out;
  }

  Gazetteer gazetteer_;
};

TEST_F(GazetteerTest, LoadsEveryCountryOfTheUpstreamList) {
  EXPECT_GE(gazetteer_.entity_count(), 249U);
  EXPECT_GT(gazetteer_.name_count(), 700U);
}

TEST_F(GazetteerTest, NamesDemonymsCapitalsAndActors) {
  EXPECT_EQ(ids("Russia and the Russian Federation, Moscow, Iraqi officials in Baghdad"),
            (std::vector<std::string>{"RUS", "RUS", "RUS", "IRQ", "IRQ"}));
  EXPECT_EQ(ids("Islamic State, ISIS, Daesh and the US-led coalition"),
            (std::vector<std::string>{"ISIS", "ISIS", "ISIS", "US_COALITION"}));
  EXPECT_EQ(ids("the U.S. and Washington; Iran (Tehran) and the United Kingdom"),
            (std::vector<std::string>{"USA", "USA", "IRN", "IRN", "GBR"}));
}

TEST_F(GazetteerTest, CaseRulesAndBlockedNames) {
  EXPECT_TRUE(ids("let us talk turkey in chad").empty());
  EXPECT_TRUE(ids("Is it true? Victoria said so.").empty());
  EXPECT_EQ(ids("IS fighters"), (std::vector<std::string>{"ISIS"}));
}

TEST_F(GazetteerTest, BadAliasTablesAndMissingListsAreErrors) {
  Gazetteer other;
  Status status = Gazetteer::load(FACTCHECK_COUNTRY_CODES_DIR,
                                  "alias,id,kind,name\nRuritanian,RRR,country,Ruritania\n", &other);
  EXPECT_FALSE(status.is_ok());
  EXPECT_NE(status.message().find("RRR"), std::string::npos);
  status = Gazetteer::load("/nonexistent/country-codes", &other);
  EXPECT_FALSE(status.is_ok());
  EXPECT_NE(status.message().find("country-codes.csv"), std::string::npos);
}

TEST(Csv, QuotedFieldsAndLineEndings) {
  const auto rows = parse_csv("a,\"b, c\",\"d \"\"e\"\"\"\r\n1,,3\n");
  ASSERT_EQ(rows.size(), 2U);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"a", "b, c", "d \"e\""}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"1", "", "3"}));
}

}  // namespace
}  // namespace factcheck::extract
