// Every quantity form the extraction issue lists, one sentence each: kind, value, unit, band
// rule, change, period label and checkability of the single claim expected.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "extract/extractor.hpp"
#include "test_extractor.hpp"

namespace factcheck::extract {
namespace {

struct Form {
  const char* sentence;
  const char* text;  // Claim.text
  const char* kind;
  double value;
  const char* unit;
  const char* rule;    // band rule
  const char* period;  // label, "" for none
  const char* reason;  // not_checkable_reason, "" when checkable
};

const Form kForms[] = {
    {"Exports were 1,934 tonnes.", "1,934 tonnes", "measure", 1934, "t", "rounding", "", ""},
    {"It has 13,400 staff.", "13,400", "count", 13400, "count", "rounding", "", ""},
    {"Growth was 2.5 percent.", "2.5 percent", "percent", 2.5, "percent", "rounding", "", ""},
    {"The ratio was 0.6 last year.", "0.6", "count", 0.6, "count", "rounding", "2015", ""},
    {"They sent nearly a hundred advisers.", "nearly a hundred", "count", 100, "count", "hedge:nearly", "",
     ""},
    {"They sent one hundred and twenty advisers.", "one hundred and twenty", "count", 120, "count",
     "rounding", "", ""},
    {"They sent two dozen advisers.", "two dozen", "count", 24, "count", "rounding", "", ""},
    {"Three quarters of voters agreed.", "Three quarters", "fraction", 0.75, "ratio", "fraction", "", ""},
    {"Two thirds of the plants are idle.", "Two thirds", "fraction", 2.0 / 3.0, "ratio", "fraction", "", ""},
    {"Half of the budget went on wages.", "Half", "fraction", 0.5, "ratio", "fraction", "", ""},
    {"Output has halved since 2014.", "halved", "multiple", 0.5, "times", "multiple", "2014/2016-02-11", ""},
    {"Imports tripled in 2015.", "tripled", "multiple", 3, "times", "multiple", "2015", ""},
    {"Sales reached 2bn dollars in 2015.", "2bn dollars", "money", 2e9, "USD", "rounding", "2015", ""},
    {"The plant cost $1.5m.", "$1.5m", "money", 1.5e6, "USD", "rounding", "", ""},
    {"About 20 million people voted.", "About 20 million", "count", 2e7, "count", "hedge:about", "", ""},
    {"The loan was US$300 million.", "US$300 million", "money", 3e8, "USD", "rounding", "", ""},
    {"The bill came to USD 45,000.", "USD 45,000", "money", 45000, "USD", "rounding", "", ""},
    {"The fund holds 40 billion euros.", "40 billion euros", "money", 4e10, "EUR", "rounding", "", ""},
    {"The fine was £3 million.", "£3 million", "money", 3e6, "GBP", "rounding", "", ""},
    {"The deal is worth 90 billion roubles.", "90 billion roubles", "money", 9e10, "RUB", "rounding", "", ""},
    {"Wages cost 4 trillion dinars.", "4 trillion dinars", "money", 4e12, "IQD", "rounding", "", ""},
    {"Turnout was 60 per cent.", "60 per cent", "percent", 60, "percent", "rounding", "", ""},
    {"Turnout was 60%.", "60%", "percent", 60, "percent", "rounding", "", ""},
    {"Support fell 3 percentage points.", "3 percentage points", "percentage_points", 3, "pp", "rounding", "",
     ""},
    {"Peak demand is 21,000 MW.", "21,000 MW", "measure", 21000, "MW", "rounding", "", ""},
    {"The country covers 438,317 sq km.", "438,317 sq km", "measure", 438317, "km2", "rounding", "", ""},
    {"The lake covers 5 square kilometres.", "5 square kilometres", "measure", 5, "km2", "rounding", "", ""},
    {"The siege lasted 134 days.", "134 days", "duration", 134, "day", "rounding", "", ""},
    {"Between 10 and 20 people were hurt.", "Between 10 and 20", "count", 20, "count", "range", "", ""},
    {"Prices rose 10-20 percent.", "10-20 percent", "percent", 20, "percent", "range", "", ""},
    {"Exports rose by 5% in August 2015.", "5%", "percent", 5, "percent", "rounding", "2015-08", ""},
    {"Debt grew from 900 million to 1.4 billion.", "from 900 million to 1.4 billion", "count", 1.4e9, "count",
     "rounding", "", ""},
    {"Demand peaks at 24,000 MW in the summer months last year.", "24,000 MW", "measure", 24000, "MW",
     "rounding", "summer-2015", ""},
    {"Inflation hit 3 percent last month.", "3 percent", "percent", 3, "percent", "rounding", "2016-01", ""},
    {"Police arrested 40 people on Thursday.", "40", "count", 40, "count", "rounding", "2016-02-11", ""},
    {"Output doubled over the past decade.", "doubled", "multiple", 2, "times", "multiple",
     "2006-02-11/2016-02-11", ""},
    {"The new plant could provide 1,000 MW.", "1,000 MW", "measure", 1000, "MW", "rounding", "", "forecast"},
    {"Iraq aims to export 5 million barrels per day.", "5 million barrels per day", "measure", 5e6,
     "barrel/day", "rounding", "", "plan"},
    {"The army vowed to retake 3 towns this year.", "3", "count", 3, "count", "rounding", "2016", "promise"},
    {"Output will reach 6 percent.", "6 percent", "percent", 6, "percent", "rounding", "", "forecast"},
    {"If talks fail, 300 jobs go.", "300", "count", 300, "count", "rounding", "", "condition"},
    {"At 1430 GMT, shares were up 3%.", "3%", "percent", 3, "percent", "rounding", "", ""},
    {"Some 40% of voters backed the plan.", "Some 40%", "percent", 40, "percent", "hedge:about", "", ""},
    {"Unemployment rose to 5.1% from 4.9%.", "5.1% from 4.9%", "percent", 5.1, "percent", "rounding", "", ""},
    {"Did exports reach 2 million tonnes?", "2 million tonnes", "measure", 2e6, "t", "rounding", "",
     "question"},
};

class FormsTest : public ::testing::TestWithParam<Form> {};

TEST_P(FormsTest, OneClaimAsStated) {
  const Form& form = GetParam();
  v1::Document document;
  document.set_text(form.sentence);
  document.set_published("2016-02-11");
  v1::ClaimList list;
  ASSERT_TRUE(test_extractor().extract(document, &list).is_ok());
  ASSERT_EQ(list.claims_size(), 1) << form.sentence << "\n" << list.DebugString();
  const v1::Claim& claim = list.claims(0);
  EXPECT_EQ(claim.text(), form.text) << form.sentence;
  EXPECT_EQ(claim.kind(), form.kind) << form.sentence;
  EXPECT_NEAR(claim.quantity().value(), form.value, std::abs(form.value) * 1e-9) << form.sentence;
  EXPECT_EQ(claim.quantity().unit(), form.unit) << form.sentence;
  EXPECT_EQ(claim.quantity().band().rule(), form.rule) << form.sentence;
  EXPECT_EQ(claim.period().label(), form.period) << form.sentence;
  EXPECT_EQ(claim.not_checkable_reason(), form.reason) << form.sentence;
  EXPECT_EQ(claim.checkable(), std::string(form.reason).empty()) << form.sentence;
}

INSTANTIATE_TEST_SUITE_P(IssueForms, FormsTest, ::testing::ValuesIn(kForms));

TEST(FormsChanges, IncreasesDecreasesAndFromTo) {
  std::unique_ptr<const Extractor> extractor;
  ASSERT_TRUE(Extractor::create(default_policy(), FACTCHECK_COUNTRY_CODES_DIR, &extractor).is_ok());
  v1::Document document;
  document.set_text("Exports rose by 5%. Imports fell 3 percent. Debt grew from 900 million to 1.4 billion.");
  document.set_published("2016-02-11");
  v1::ClaimList list;
  ASSERT_TRUE(extractor->extract(document, &list).is_ok());
  ASSERT_EQ(list.claims_size(), 3);
  EXPECT_EQ(list.claims(0).quantity().change(), v1::CHANGE_KIND_INCREASE);
  EXPECT_EQ(list.claims(1).quantity().change(), v1::CHANGE_KIND_DECREASE);
  EXPECT_EQ(list.claims(2).quantity().change(), v1::CHANGE_KIND_FROM_TO);
  EXPECT_DOUBLE_EQ(list.claims(2).quantity().from_value(), 9e8);
}

}  // namespace
}  // namespace factcheck::extract
