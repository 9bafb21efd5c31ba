// The unit lexicon and number grammar (issue 16): each sentence gives one quantity, read with
// its kind, normalised value and unit, the value and unit as written, the dimension, and the
// text as written without the hedge.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "extract/extractor.hpp"
#include "test_extractor.hpp"

namespace factcheck::extract {
namespace {

struct Written {
  const char* sentence;
  const char* written_text;
  const char* kind;
  double value;  // normalised
  const char* unit;
  double written_value;
  const char* written_unit;
  const char* dimension;
};

const Written kWritten[] = {
    {"Add 75ml of milk.", "75ml", "measure", 75e-6, "m3", 75, "ml", "volume"},
    {"Add 75 millilitres of milk.", "75 millilitres", "measure", 75e-6, "m3", 75, "millilitres", "volume"},
    {"He weighs 200lbs now.", "200lbs", "measure", 200 * 4.5359237e-4, "t", 200, "lbs", "mass"},
    {"The drive took 3 hrs in all.", "3 hrs", "duration", 3, "hour", 3, "hrs", "time"},
    {"It was 125F in the shade.", "125F", "measure", (125 - 32) * 5.0 / 9, "degC", 125, "F", "temperature"},
    {"Gusts reached 40 km/h overnight.", "40 km/h", "measure", 40, "km/h", 40, "km/h", "speed"},
    {"The storm brought winds of 60 mph.", "60 mph", "measure", 60 * 1.609344, "km/h", 60, "mph", "speed"},
    {"The phone has 128GB of storage.", "128GB", "measure", 128, "GB", 128, "GB", "data size"},
    {"Use it 3 1/2 inches deep.", "3 1/2 inches", "measure", 3.5 * 2.54e-5, "km", 3.5, "inches", "length"},
    {"The stamp costs 50 cents.", "50 cents", "money", 0.5, "USD", 50, "cents", "currency"},
    {"The bid was EUR 5 million.", "EUR 5 million", "money", 5e6, "EUR", 5e6, "EUR", "currency"},
    {"The fund raised US$ 150 million.", "US$ 150 million", "money", 1.5e8, "USD", 1.5e8, "US$", "currency"},
    {"Profit was nearly £3.5bn last year.", "£3.5bn", "money", 3.5e9, "GBP", 3.5e9, "£", "currency"},
    {"Tickets cost 3 dollars 50 cents.", "3 dollars 50 cents", "money", 3.5, "USD", 3, "dollars", "currency"},
    {"He is 5 feet 10 inches tall.", "5 feet 10 inches", "measure", 5 * 3.048e-4 + 10 * 2.54e-5, "km", 5,
     "feet", "length"},
    {"Demand was 1.2 million tonnes of oil equivalent.", "1.2 million tonnes of oil equivalent", "measure",
     1.2e6 * 11.63, "MWh", 1.2e6, "tonnes of oil equivalent", "energy"},
    {"The lake froze at -1 degrees.", "-1 degrees", "measure", -1, "degC", -1, "degrees", "temperature"},
    {"It fell to \u22125 C overnight.", "\u22125 C", "measure", -5, "degC", -5, "C", "temperature"},
    {"It was minus 4 degrees.", "minus 4 degrees", "measure", -4, "degC", -4, "degrees", "temperature"},
    {"The rate was .08 percent.", ".08 percent", "percent", 0.08, "percent", 0.08, "percent", "percent"},
    {"The ledger held 1e10 entries.", "1e10", "count", 1e10, "count", 1e10, "", "count"},
    {"They waited one and a half hours.", "one and a half hours", "duration", 1.5, "hour", 1.5, "hours",
     "time"},
    {"She bought 3 dozen eggs.", "3 dozen", "count", 36, "count", 36, "", "count"},
    {"He left a couple of days ago.", "a couple of days", "duration", 2, "day", 2, "days", "time"},
    {"Bake for 15–20 minutes.", "15–20 minutes", "duration", 20, "minute", 20, "minutes", "time"},
    {"The baby is ten months old.", "ten months old", "age", 10, "month", 10, "months", "time"},
    {"I only had a dollar on me.", "a dollar", "money", 1, "USD", 1, "dollar", "currency"},
    {"The talks went on for a fortnight.", "a fortnight", "duration", 2, "week", 1, "fortnight", "time"},
    {"It rained all day in the capital.", "all day", "duration", 1, "day", 1, "day", "time"},
    {"Wait for half an hour before serving.", "half an hour", "duration", 0.5, "hour", 0.5, "hour", "time"},
    {"The plant produces 500 MW of power.", "500 MW", "measure", 500, "MW", 500, "MW", "power"},
};

class WrittenTest : public ::testing::TestWithParam<Written> {};

TEST_P(WrittenTest, ReadAsWrittenAndNormalised) {
  const Written& form = GetParam();
  v1::Document document;
  document.set_text(form.sentence);
  document.set_published("2016-02-11");
  v1::ClaimList claims;
  ASSERT_TRUE(test_extractor().extract(document, &claims));
  ASSERT_EQ(claims.claims_size(), 1) << form.sentence;
  const v1::Quantity& q = claims.claims(0).quantity();
  EXPECT_EQ(q.written_text(), form.written_text);
  EXPECT_EQ(claims.claims(0).kind(), form.kind);
  EXPECT_NEAR(q.value(), form.value, 1e-9 * std::max(1.0, std::abs(form.value)));
  EXPECT_EQ(q.unit(), form.unit);
  EXPECT_NEAR(q.written_value(), form.written_value, 1e-9 * std::max(1.0, std::abs(form.written_value)));
  EXPECT_EQ(q.written_unit(), form.written_unit);
  EXPECT_EQ(q.dimension(), form.dimension);
  // The written span is the written text, inside the claim's span.
  EXPECT_GE(q.written_span().start(), q.span().start());
  EXPECT_LE(q.written_span().end(), q.span().end());
  EXPECT_EQ(std::string(form.sentence).find(form.written_text), q.written_span().start());
}

INSTANTIATE_TEST_SUITE_P(Issue16, WrittenTest, ::testing::ValuesIn(kWritten));

TEST(WrittenSpan, HedgeStaysInTheClaimSpanOnly) {
  v1::Document document;
  document.set_text("Trade came close to $2 billion last year.");
  document.set_published("2016-02-11");
  v1::ClaimList claims;
  ASSERT_TRUE(test_extractor().extract(document, &claims));
  ASSERT_EQ(claims.claims_size(), 1);
  EXPECT_EQ(claims.claims(0).quantity().text(), "close to $2 billion");
  EXPECT_EQ(claims.claims(0).quantity().written_text(), "$2 billion");
  EXPECT_EQ(claims.claims(0).quantity().written_span().start(), 20U);
}

TEST(NotQuantities, RatesOrdinalsAndYearsStayOut) {
  for (const char* sentence :
       {"Fuel costs $5 a litre.", "It was the 1980s.", "Results for Q1 2011 were good.",
        "He won a second term.", "See you in a week's time."}) {
    v1::Document document;
    document.set_text(sentence);
    document.set_published("2016-02-11");
    v1::ClaimList claims;
    ASSERT_TRUE(test_extractor().extract(document, &claims));
    for (const auto& claim : claims.claims()) {
      EXPECT_TRUE(claim.kind() == "date" || claim.quantity().written_text() == "$5")
          << sentence << ": " << claim.text();
    }
  }
}

}  // namespace
}  // namespace factcheck::extract
