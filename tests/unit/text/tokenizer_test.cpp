#include "text/tokenizer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace factcheck::text {
namespace {

std::vector<std::string> words(std::string_view text) {
  std::vector<Token> tokens;
  tokenize(text, 0, &tokens);
  std::vector<std::string> out;
  for (const auto& token : tokens) out.emplace_back(text.substr(token.begin, token.end - token.begin));
  return out;
}

TEST(Tokenizer, NumbersKeepSeparatorsAndDecimals) {
  EXPECT_EQ(words("1,934 and 13,400.5 or 2.5"),
            (std::vector<std::string>{"1,934", "and", "13,400.5", "or", "2.5"}));
  EXPECT_EQ(words("2014, 2015."), (std::vector<std::string>{"2014", ",", "2015", "."}));
}

TEST(Tokenizer, SpacesGroupThousandsOnlyAfterACurrencySign) {
  EXPECT_EQ(words("$2 034.45/oz"), (std::vector<std::string>{"$", "2 034.45", "/", "oz"}));
  EXPECT_EQ(words("\xE2\x82\xAC"
                  "12 345 678"),
            (std::vector<std::string>{"\xE2\x82\xAC", "12 345 678"}));
  // Not without the sign, not a group of other than three digits, not a four-digit head.
  EXPECT_EQ(words("won 3 100 titles"), (std::vector<std::string>{"won", "3", "100", "titles"}));
  EXPECT_EQ(words("$5 00"), (std::vector<std::string>{"$", "5", "00"}));
  EXPECT_EQ(words("$2019 520"), (std::vector<std::string>{"$", "2019", "520"}));
  EXPECT_EQ(words("$1 5200"), (std::vector<std::string>{"$", "1", "5200"}));
}

TEST(Tokenizer, SplitsSymbolsScalesHyphensAndPossessives) {
  EXPECT_EQ(words("US$2bn, 60% of Iraq's five-year-old war"),
            (std::vector<std::string>{"US", "$", "2", "bn", ",", "60", "%", "of", "Iraq", "'s", "five", "-",
                                      "year", "-", "old", "war"}));
  EXPECT_EQ(words("\xE2\x82\xAC"
                  "5 \xC2\xA3"
                  "3"),
            (std::vector<std::string>{"\xE2\x82\xAC", "5", "\xC2\xA3", "3"}));
}

TEST(Tokenizer, DottedInitialsAndContractionsStayWhole) {
  EXPECT_EQ(words("the U.S. and U.N. don't"),
            (std::vector<std::string>{"the", "U.S.", "and", "U.N.", "don't"}));
  EXPECT_EQ(words("Iraq\xE2\x80\x99s"), (std::vector<std::string>{"Iraq", "\xE2\x80\x99s"}));
}

TEST(Tokenizer, KeysIgnoreCaseAndFlagsDescribeCase) {
  std::vector<Token> tokens;
  tokenize("Trade trade US", 10, &tokens);
  ASSERT_EQ(tokens.size(), 3U);
  EXPECT_EQ(tokens[0].key, tokens[1].key);
  EXPECT_EQ(tokens[0].key, token_key("TRADE"));
  EXPECT_TRUE(tokens[0].capitalised);
  EXPECT_FALSE(tokens[1].capitalised);
  EXPECT_TRUE(tokens[2].all_caps);
  EXPECT_EQ(tokens[0].begin, 10U);
  EXPECT_TRUE(tokens[1].space_before);
}

TEST(Tokenizer, NoBreakAndThinSpacesSeparate) {
  EXPECT_EQ(words("5\xC2\xA0"
                  "percent"),
            (std::vector<std::string>{"5", "percent"}));
}

TEST(Tokenizer, BulletsArrowsAndEmojiArePunctuation) {
  // "▪️" (U+25AA U+FE0F) is one mark, as is "➤", "•", "✔" and "🔹"; none joins the word after it.
  EXPECT_EQ(words("\xE2\x96\xAA\xEF\xB8\x8F"
                  "Brent crude"),
            (std::vector<std::string>{"\xE2\x96\xAA\xEF\xB8\x8F", "Brent", "crude"}));
  EXPECT_EQ(words("\xE2\x9E\xA4WTI \xE2\x80\xA2 gold\xE2\x9C\x94 \xF0\x9F\x94\xB9"
                  "Dow"),
            (std::vector<std::string>{"\xE2\x9E\xA4", "WTI", "\xE2\x80\xA2", "gold", "\xE2\x9C\x94",
                                      "\xF0\x9F\x94\xB9", "Dow"}));
  std::vector<Token> tokens;
  tokenize("\xE2\x96\xAA\xEF\xB8\x8F 5", 0, &tokens);
  ASSERT_EQ(tokens.size(), 2U);
  EXPECT_EQ(tokens[0].kind, TokenKind::punct);
  // A minus sign, a currency sign and letters outside ASCII are no bullets.
  EXPECT_EQ(words("\xE2\x88\x92"
                  "5 \xE2\x82\xB9"
                  "9 S\xC3\xA3o"),
            (std::vector<std::string>{"\xE2\x88\x92", "5", "\xE2\x82\xB9", "9", "S\xC3\xA3o"}));
}

}  // namespace
}  // namespace factcheck::text
