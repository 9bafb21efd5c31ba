#include "text/sentences.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace factcheck::text {
namespace {

std::vector<std::string> split(std::string_view text, std::size_t max_bytes = kDefaultMaxSentenceBytes) {
  std::vector<std::string> out;
  ByteSpan span;
  std::size_t from = 0;
  while (next_sentence(text, from, &span, max_bytes)) {
    out.emplace_back(text.substr(span.begin, span.end - span.begin));
    from = span.end;
  }
  return out;
}

TEST(Sentences, SplitsAtFullStopsAndKeepsTerminalPunctuation) {
  EXPECT_EQ(split("Trade rose. Exports fell! Why? Nobody knows."),
            (std::vector<std::string>{"Trade rose.", "Exports fell!", "Why?", "Nobody knows."}));
}

TEST(Sentences, AbbreviationsDecimalsAndInitialsDoNotSplit) {
  EXPECT_EQ(
      split("The U.S. Army sent 2.5 tonnes on Jan. 5 to Dr. Smith and John F. Kennedy Airport. Next."),
      (std::vector<std::string>{
          "The U.S. Army sent 2.5 tonnes on Jan. 5 to Dr. Smith and John F. Kennedy Airport.", "Next."}));
}

TEST(Sentences, QuotesCloseTheSentenceTheyEnd) {
  EXPECT_EQ(split("\"We will win.\" He left."), (std::vector<std::string>{"\"We will win.\"", "He left."}));
  EXPECT_EQ(split("He said \xE2\x80\x9Cno.\xE2\x80\x9D Then he left."),
            (std::vector<std::string>{"He said \xE2\x80\x9Cno.\xE2\x80\x9D", "Then he left."}));
}

TEST(Sentences, LowerCaseAfterAFullStopContinues) {
  EXPECT_EQ(split("It cost approx. five dollars, i.e. little."),
            (std::vector<std::string>{"It cost approx. five dollars, i.e. little."}));
}

TEST(Sentences, LinesAndBlankLinesEndSentencesUnlessWrapped) {
  EXPECT_EQ(split("Headline without stop\nBody starts here and\ncontinues here.\n\nNext paragraph"),
            (std::vector<std::string>{"Headline without stop", "Body starts here and\ncontinues here.",
                                      "Next paragraph"}));
}

TEST(Sentences, OverlongSentencesAreCutAtSpaces) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "word ";
  ByteSpan span;
  ASSERT_TRUE(next_sentence(text, 0, &span, 64));
  EXPECT_TRUE(span.cut);
  EXPECT_LE(span.end - span.begin, 64U);
  EXPECT_EQ(text[span.end], ' ');
  const auto pieces = split(text, 64);
  EXPECT_GT(pieces.size(), 7U);
}

TEST(Sentences, CutsRunsWithoutSpacesAtCodePointBoundaries) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "\xC3\xA9";  // é
  std::size_t total = 0;
  for (const auto& piece : split(text, 65)) {
    EXPECT_EQ(piece.size() % 2, 0U);
    total += piece.size();
  }
  EXPECT_EQ(total, text.size());
}

TEST(Sentences, WhiteSpaceOnlyHasNoSentence) {
  ByteSpan span;
  EXPECT_FALSE(next_sentence(" \n\t ", 0, &span));
  EXPECT_TRUE(split("").empty());
}

}  // namespace
}  // namespace factcheck::text
