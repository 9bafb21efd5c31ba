#include "text/utf8.hpp"

#include <gtest/gtest.h>

namespace factcheck::text {
namespace {

TEST(Utf8, CountsCodePoints) {
  EXPECT_EQ(count_code_points(""), 0U);
  EXPECT_EQ(count_code_points("abc"), 3U);
  EXPECT_EQ(count_code_points("T\xC3\xBCrkiye \xE2\x82\xAC"
                              "5"),
            10U);
}

TEST(Utf8, CursorConvertsForwardAndBackFromCheckpoint) {
  const std::string_view text = "\xC3\xA9t\xC3\xA9 2015 \xE2\x80\x94 ok";
  CodePointCursor cursor(text);
  EXPECT_EQ(cursor.code_point_at(0), 0U);
  EXPECT_EQ(cursor.code_point_at(2), 1U);
  EXPECT_EQ(cursor.code_point_at(6), 4U);
  cursor.checkpoint(6);
  EXPECT_EQ(cursor.code_point_at(text.size()), count_code_points(text));
  EXPECT_EQ(cursor.code_point_at(7), 5U);  // back to the checkpoint and forward
  EXPECT_EQ(cursor.code_point_at(2), 1U);  // before the checkpoint: from the start
}

TEST(Utf8, FloorsToLeadBytes) {
  const std::string_view text =
      "a\xE2\x82\xAC"
      "b";
  EXPECT_EQ(floor_to_code_point(text, 2), 1U);
  EXPECT_EQ(floor_to_code_point(text, 3), 1U);
  EXPECT_EQ(floor_to_code_point(text, 4), 4U);
  EXPECT_EQ(floor_to_code_point(text, 99), text.size());
}

}  // namespace
}  // namespace factcheck::text
