// The number grammar on real sentences (issue 16): each sentence, quoted from the page named
// beside it, gives one quantity of the kind, value, unit and written text the page means.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "test_extractor.hpp"

namespace factcheck::extract {
namespace {

struct Real {
  const char* source;  // URL, publisher, date
  const char* url;     // Document.source_url given to the extractor ("" for none)
  const char* sentence;
  const char* written_text;
  const char* kind;
  double value;
  const char* unit;
  const char* dimension;
};

const Real kReal[] = {
    {"https://www.miningweekly.com/print-version/"
     "gold-price-smashes-record-for-second-time-in-a-month-breaking-2000oz-mark-2020-08-05 Mining Weekly "
     "2020-08-05",
     "",
     "The new record price continues gold's rapid rise from the metal's opening price on January 2 at $1 "
     "520.55/oz.",
     "$1 520.55", "money", 1520.55, "USD", "currency"},
    {"https://en.shafaqna.com/241933/iraqs-population-reaches-more-than-41-million/ Shafaqna 2021-01-15", "",
     "\"The population of Iraq has reached 40 million and 150 thousand at the end of 2020, according to the "
     "latest population statistics,\" ministry spokesman Abdul Zahra al-Hindawi said.",
     "40 million and 150 thousand", "count", 40150000, "count", "count"},
    {"https://agrospectrumindia.com/2022/07/page/3 AgroSpectrum India 2022-07", "",
     "Mahindra & Mahindra has hiked its stake in its Finland-based arm Sampo Rosenlew Oy to 100 per cent "
     "with "
     "the acquisition of residual shares for over Rs 35 crore.",
     "Rs 35 crore", "money", 35e7, "INR", "currency"},
    {"https://agrospectrumindia.com/2022/07/page/3 AgroSpectrum India 2022-07", "",
     "The government has built up a reserve stock of 2.50 lakh tons of onion in current year which is the "
     "highest ever onion buffer stock procured.",
     "2.50 lakh tons", "measure", 2.5e5, "t", "mass"},
    {"https://mobile.phonebunch.com/compare-phones/"
     "xiaomi_redmi_9_(india)-3973-vs-samsung_galaxy_j3_(2016)-2391 "
     "PhoneBunch",
     "", "Rs. 7,990 [Similarly Priced]", "Rs. 7,990", "money", 7990, "INR", "currency"},
    {"https://cyclechat.net CycleChat forum 2019-10-12", "",
     "running 100m in 17 seconds is hard enough, but keeping that up for 26 miles is bonkers.", "100m",
     "measure", 0.1, "km", "length"},
    {"https://successdigestonline.com/?p=541174 The Guardian (via successdigestonline)", "",
     "The loss is equivalent to enough to fill Lake Superior, or more than 10m Wembley Stadiums.", "10m",
     "count", 1e7, "count", "count"},
    {"https://feedingthecat.co.uk/2014/04/22/miracle-soda-bread/ Feeding the Cat 2014-04-22", "",
     "Pour into a floured bread tin and bake at 180c (fan-assisted).", "180c", "measure", 180, "degC",
     "temperature"},
    {"https://www.cooks.com/recipe/yl2cg05n/old-fashioned-soda-crackers.html Cooks.com", "",
     "Bake at 350 degrees until lightly browned on edges.", "350 degrees", "measure", (350 - 32) * 5.0 / 9,
     "degC", "temperature"},
    {"https://www.comparebroadband.com.au/broadband-articles/nbn-id14/"
     "the-australian-dream-a-national-broadband-network-with-cheap-unlimited-downloads-id200/ Compare "
     "Broadband "
     "2010",
     "https://www.comparebroadband.com.au/broadband-articles/nbn-id14/",
     "TPG, Australia's 3rd largest ISP, offers unlimited ADSL2+ broadband in certain locations for $75 per "
     "month.",
     "$75", "money", 75, "AUD", "currency"},
    {"the same sentence on a page with no address", "",
     "TPG, Australia's 3rd largest ISP, offers unlimited ADSL2+ broadband in certain locations for $75 per "
     "month.",
     "$75", "money", 75, "USD", "currency"},
    {"https://www.homesandproperty.co.uk/property-news/ Homes and Property 2017-05-04", "",
     "You could buy a one-bedroom flat in south-east London.", "one-bedroom", "count", 1, "count", "count"},
    {"https://telegraph.co.uk/money/property/buying-selling/figure-key-property-purchase-most-ignore The "
     "Telegraph",
     "",
     "According to property website Zoopla, three in five British homeowners do not know their square "
     "footage "
     "figure.",
     "three in five", "fraction", 0.6, "ratio", "ratio"},
    {"https://www.scilit.net/publications/9fbca159e75b231eb4a3c4854e7642f3 Scilit (JAMA abstract)", "",
     "The estimated risk of developing a morbid event was reduced from 55% to 18% by treatment.",
     "from 55% to 18%", "percent", 18, "percent", "percent"},
    {"https://metro.co.uk/2019/10/21/"
     "monster-asteroid-linked-japan-fireball-incident-doomed-hit-earth-scientists-"
     "warn-10955416/ Metro 2019-10-21",
     "", "It's believed the asteroid which killed the dinosaurs was between seven and 50 miles in diameter.",
     "between seven and 50 miles", "measure", 50 * 1.609344, "km", "length"},
    {"http://www.cfp.ca/lookup/external-ref?access_num=10.1055/s-2002-36765 Seminars in Vascular Medicine "
     "2003",
     "", "Overall, for those 60 to 69 years of age, the risk is lower.", "60 to 69 years", "age", 69, "year",
     "time"},
};

// The claims the extractor finds in one sentence of a document published on `published`.
v1::ClaimList extract_claims(const char* sentence, const char* published, const char* url = "") {
  v1::Document document;
  document.set_text(sentence);
  document.set_published(published);
  document.set_source_url(url);
  v1::ClaimList claims;
  EXPECT_TRUE(test_extractor().extract(document, &claims)) << sentence;
  return claims;
}

class RealTest : public ::testing::TestWithParam<Real> {};

std::string kind_name(const char* kind) {
  std::string upper = kind;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return "QUANTITY_KIND_" + upper;
}

TEST_P(RealTest, ReadAsThePageMeansIt) {
  const Real& real = GetParam();
  const v1::ClaimList claims = extract_claims(real.sentence, "2024-01-01", real.url);
  std::optional<v1::Quantity> found;
  for (const auto& claim : claims.claims()) {
    if (claim.quantity().written_text() == real.written_text) found = claim.quantity();
  }
  ASSERT_TRUE(found.has_value()) << real.source << ": no quantity written \"" << real.written_text << "\"";
  EXPECT_EQ(v1::QuantityKind_Name(found->kind()), kind_name(real.kind)) << real.source;
  EXPECT_NEAR(found->value(), real.value, 1e-9 * std::max(1.0, std::abs(real.value))) << real.source;
  EXPECT_EQ(found->unit(), real.unit) << real.source;
  EXPECT_EQ(found->dimension(), real.dimension) << real.source;
}

INSTANTIATE_TEST_SUITE_P(Issue16, RealTest, ::testing::ValuesIn(kReal));

v1::Quantity only_quantity(const char* sentence) {
  const v1::ClaimList claims = extract_claims(sentence, "2024-01-01");
  EXPECT_EQ(claims.claims_size(), 1) << sentence;
  return claims.claims_size() == 0 ? v1::Quantity() : claims.claims(0).quantity();
}

// "passed", "topped" and "surpassed" bound a figure from below, as "more than" does.
TEST(BoundVerbs, PassedIsMoreThan) {
  // https://www.newson6.com/story/5e368a8a2f69d76f620a1512/us-population-passes-300-million-next-milestone-2043
  // News On 6 (AP), 2006-10-17
  const v1::Quantity q = only_quantity(
      "America's official population passed the 300 million mark Tuesday, fueled by a growing number of "
      "immigrants and their children.");
  EXPECT_EQ(q.written_text(), "300 million");
  EXPECT_EQ(q.band().rule(), "hedge:more_than");
  EXPECT_EQ(q.band().low(), 3e8);
  EXPECT_FALSE(q.band().low_inclusive());
  EXPECT_FALSE(q.band().has_high());
}

TEST(BoundVerbs, PassingASmallCountIsNoBound) {
  // A count of things passed stays a count with the rounding band.
  const v1::Quantity q = only_quantity("The council passed three motions on Tuesday.");
  EXPECT_EQ(q.text(), "three");
  EXPECT_EQ(q.band().rule(), "rounding");
}

// A bare figure set against the one before it is in that one's unit.
TEST(Ellipsis, ComparedToTakesTheUnitBefore) {
  // https://emiratesnewswire.com/opec-decreased-production-by-2-million-barrels-per-day-in-2019/
  // Emirates News Agency, 2020
  const v1::ClaimList claims = extract_claims(
      "Daily production decreased to some 29.86 million barrels per day by the end of 2019, compared to "
      "31.864 million in 2018.",
      "2020-01-15");
  ASSERT_EQ(claims.claims_size(), 2);
  EXPECT_EQ(claims.claims(1).quantity().written_text(), "31.864 million");
  EXPECT_EQ(claims.claims(1).quantity().unit(), "barrel/day");
  EXPECT_NEAR(claims.claims(1).quantity().value(), 31.864e6, 1);
}

// A share "more than" another period's figure is a change, not a level (issue 13): a bullet
// ("▪️") before it is punctuation.
TEST(Changes, PercentMoreThanIsAnIncrease) {
  // https://poland.news-pravda.com/en/poland/2025/04/28/17061.html News-Pravda (Poland edition) 2025-04-28
  const v1::ClaimList claims = extract_claims(
      "\xE2\x96\xAA\xEF\xB8\x8F In 2024, Russia increased its military spending to 7.1% of GDP, which "
      "amounted to $ 149 billion, which is 38% more than the year before and twice as much as in 2015.",
      "2025-04-28");
  ASSERT_GE(claims.claims_size(), 3);
  EXPECT_EQ(claims.claims(2).text(), "38%");
  EXPECT_EQ(claims.claims(2).quantity().change(), v1::CHANGE_KIND_INCREASE);
  EXPECT_EQ(claims.claims(0).quantity().change(), v1::CHANGE_KIND_NONE);
  for (const auto& claim : claims.claims()) {
    for (const auto& cue : claim.cue_words()) EXPECT_EQ(cue.find('\xE2'), std::string::npos) << cue;
  }
  EXPECT_EQ(only_quantity("Imports were 12% lower than in 2023.").change(), v1::CHANGE_KIND_DECREASE);
}

bool has_text(const std::vector<std::string>& texts, const std::string& text) {
  return std::find(texts.begin(), texts.end(), text) != texts.end();
}

// The number in a stock index's name is part of the name, not a claim (issue 13).
TEST(IndexNames, TheNumberOfAnIndexNameIsNoClaim) {
  struct Case {
    const char* sentence;  // quoted from the page in the comment above it
    std::string name_number;
    std::vector<std::string> claims;  // among the sentence's claims
  };
  const Case cases[] = {
      // http://www.buenosairesherald.com/article/95435/wall-street-sp-500-ends-above-1400-for-first-time-since-2008
      // Buenos Aires Herald (Reuters), 2012
      {"The S&P 500 Index gained 8.31 points, or 0.60 percent, to finish unofficially at 1,402.59.",
       "500",
       {"8.31", "0.60 percent", "1,402.59"}},
      // https://geads.co.uk/2021/05/19/ftse-100-closes-slightly-higher-as-us-stocks-collapse-sensex-records-two-day-gain-streak-business-news/
      // geads.co.uk, 2021-05-19
      {"The leading companies index closed just 1 point above at 7,034, while the domestically-focused FTSE "
       "250 "
       "rose 118 points or half a percent, to close at 22,332.",
       "250",
       {"1", "7,034", "118", "22,332"}},
      // https://fxstreet.com/news/stock-market-today-european-indexes-trade-mixed-long-weekend-in-us-202402191136
      // FXStreet, 2024-02-19
      {"Following a bearish start to the week, Japan's Nikkei 225 staged a late recovery to end the day flat "
       "at "
       "38,470.38.",
       "225",
       {"38,470.38"}},
      // Not a name: the Dow's level and points after a verb.
      {"The Dow fell 30 points to 17,000.", "", {"30", "17,000"}},
  };
  for (const auto& test : cases) {
    const v1::ClaimList claims = extract_claims(test.sentence, "2024-01-01");
    std::vector<std::string> texts;
    for (const auto& claim : claims.claims()) texts.push_back(claim.text());
    for (const auto& text : test.claims) EXPECT_TRUE(has_text(texts, text)) << text << ": " << test.sentence;
    EXPECT_FALSE(has_text(texts, test.name_number)) << test.sentence;
  }
}

}  // namespace
}  // namespace factcheck::extract
