#include "text/lemma.hpp"

#include <gtest/gtest.h>

namespace factcheck::text {
namespace {

TEST(Lemma, ReducesPluralsAndLowerCases) {
  EXPECT_EQ(lemma("Strikes"), "strike");
  EXPECT_EQ(lemma("countries"), "country");
  EXPECT_EQ(lemma("businesses"), "business");
  EXPECT_EQ(lemma("people"), "person");
  EXPECT_EQ(lemma("gas"), "gas");
  EXPECT_EQ(lemma("trade"), "trade");
  EXPECT_EQ(lemma_phrase("Air  Strikes"), "air strike");
}

}  // namespace
}  // namespace factcheck::text
