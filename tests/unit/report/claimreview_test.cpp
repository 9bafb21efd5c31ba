#include "report/claimreview.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "sample_report.hpp"

namespace factcheck::report {
namespace {

using json = nlohmann::ordered_json;

ClaimReviewOptions newsroom() {
  ClaimReviewOptions options;
  options.author_name = "Example Newsroom Fact Desk";
  options.author_url = "https://news.example.org/factcheck";
  options.review_url = "https://news.example.org/factcheck/russia-iraq";
  options.review_date = "2016-02-12";
  return options;
}

bool is_date(const json& value) {
  return value.is_string() && std::regex_match(value.get<std::string>(), std::regex(R"(\d{4}-\d{2}-\d{2})"));
}

bool non_empty_string(const json& value) { return value.is_string() && !value.get<std::string>().empty(); }

// The schema.org ClaimReview fields Google's fact-check markup requires or recommends, checked
// field by field: returns what is missing or malformed.
std::vector<std::string> schema_problems(const json& review) {
  std::vector<std::string> problems;
  const auto need = [&](bool ok, const std::string& what) {
    if (!ok) problems.push_back(what);
  };
  need(review.value("@context", "") == "https://schema.org", "@context");
  need(review.value("@type", "") == "ClaimReview", "@type");
  need(review.contains("claimReviewed") && non_empty_string(review["claimReviewed"]), "claimReviewed");
  need(review.contains("url") && review["url"].is_string() &&
           review["url"].get<std::string>().starts_with("https://"),
       "url");
  need(review.contains("datePublished") && is_date(review["datePublished"]), "datePublished");
  if (!review.contains("author") || !review["author"].is_object()) {
    problems.push_back("author");
  } else {
    need(review["author"].value("@type", "") == "Organization", "author.@type");
    need(review["author"].contains("name") && non_empty_string(review["author"]["name"]), "author.name");
  }
  if (!review.contains("reviewRating") || !review["reviewRating"].is_object()) {
    problems.push_back("reviewRating");
  } else {
    const auto& rating = review["reviewRating"];
    need(rating.value("@type", "") == "Rating", "reviewRating.@type");
    need(rating.contains("alternateName") && non_empty_string(rating["alternateName"]),
         "reviewRating.alternateName");
    const bool numeric = rating.contains("ratingValue") && rating["ratingValue"].is_number() &&
                         rating.contains("bestRating") && rating["bestRating"].is_number() &&
                         rating.contains("worstRating") && rating["worstRating"].is_number();
    need(numeric, "reviewRating.ratingValue/bestRating/worstRating");
    if (numeric) {
      need(rating["worstRating"] <= rating["ratingValue"] && rating["ratingValue"] <= rating["bestRating"],
           "reviewRating.ratingValue within [worstRating, bestRating]");
    }
  }
  if (!review.contains("itemReviewed") || !review["itemReviewed"].is_object()) {
    problems.push_back("itemReviewed");
  } else {
    const auto& item = review["itemReviewed"];
    need(item.value("@type", "") == "Claim", "itemReviewed.@type");
    need(item.contains("datePublished") && is_date(item["datePublished"]), "itemReviewed.datePublished");
    need(item.contains("appearance") && item["appearance"].is_object() &&
             item["appearance"].contains("url") && non_empty_string(item["appearance"]["url"]),
         "itemReviewed.appearance.url");
  }
  return problems;
}

TEST(ClaimReview, OneValidReviewPerCheckedClaim) {
  json reviews;
  ASSERT_TRUE(render_claimreview(testing::sample_report(), newsroom(), &reviews));
  ASSERT_TRUE(reviews.is_array());
  ASSERT_EQ(reviews.size(), 3U);  // c1 supported, c2 refuted, c5 conflicting
  for (const auto& review : reviews) {
    EXPECT_EQ(schema_problems(review), std::vector<std::string>{}) << review.dump(2);
  }
  EXPECT_EQ(reviews[0]["identifier"], "sample-article#c1");
  EXPECT_EQ(reviews[0]["url"], "https://news.example.org/factcheck/russia-iraq#c1");
  EXPECT_EQ(reviews[0]["claimReviewed"],
            "Russia\u2013Iraq trade reached nearly $2 billion last year, the ministers said.");
  EXPECT_EQ(reviews[0]["itemReviewed"]["appearance"]["url"], "https://news.example.org/2016/02/russia-iraq");
  EXPECT_EQ(reviews[0]["itemReviewed"]["datePublished"], "2016-02-11");
  EXPECT_EQ(reviews[0]["datePublished"], "2016-02-12");
  EXPECT_EQ(reviews[0]["author"]["name"], "Example Newsroom Fact Desk");
  EXPECT_EQ(reviews[0]["citation"][0]["url"], "https://tass.com/economy/example");
  EXPECT_EQ(reviews[0]["citation"][0]["identifier"], "sample|TASS");
}

TEST(ClaimReview, RatingMappingFollowsTheVerdict) {
  json reviews;
  ASSERT_TRUE(render_claimreview(testing::sample_report(), newsroom(), &reviews));
  EXPECT_EQ(reviews[0]["reviewRating"]["ratingValue"], 5);
  EXPECT_EQ(reviews[0]["reviewRating"]["alternateName"], "Supported by the data");
  EXPECT_EQ(reviews[1]["reviewRating"]["ratingValue"], 1);
  EXPECT_EQ(reviews[1]["reviewRating"]["alternateName"], "Contradicted by the data");
  EXPECT_EQ(reviews[2]["reviewRating"]["ratingValue"], 3);
  EXPECT_EQ(reviews[2]["reviewRating"]["alternateName"], "Sources disagree");
  for (const auto& review : reviews) {
    EXPECT_EQ(review["reviewRating"]["bestRating"], 5);
    EXPECT_EQ(review["reviewRating"]["worstRating"], 1);
  }
  Rating rating{};
  EXPECT_FALSE(rating_for(v1::NOT_ENOUGH_INFO, &rating));
  EXPECT_FALSE(rating_for(v1::NOT_CHECKABLE, &rating));
}

TEST(ClaimReview, MarkedAsMachineDrafts) {
  json reviews;
  ASSERT_TRUE(render_claimreview(testing::sample_report(), newsroom(), &reviews));
  for (const auto& review : reviews) {
    EXPECT_EQ(review["creativeWorkStatus"], "Draft");
    EXPECT_NE(review["description"].get<std::string>().find("Machine-generated draft"), std::string::npos);
  }
}

TEST(ClaimReview, ReviewUrlTakesTheDocumentId) {
  auto options = newsroom();
  options.review_url = "https://news.example.org/factcheck/{id}";
  json reviews;
  ASSERT_TRUE(render_claimreview(testing::sample_report(), options, &reviews));
  EXPECT_EQ(reviews[1]["url"], "https://news.example.org/factcheck/sample-article#c2");
}

TEST(ClaimReview, WithoutReviewUrlTheUrlIsLeftForTheEditor) {
  auto options = newsroom();
  options.review_url.clear();
  options.review_date.clear();
  json reviews;
  ASSERT_TRUE(render_claimreview(testing::sample_report(), options, &reviews));
  EXPECT_EQ(schema_problems(reviews[0]), std::vector<std::string>{"url"});
  EXPECT_TRUE(is_date(reviews[0]["datePublished"]));  // today
}

TEST(ClaimReview, RefusesMissingAuthorAndBadDate) {
  json reviews;
  auto options = newsroom();
  options.author_name = "  ";
  const auto no_author = render_claimreview(testing::sample_report(), options, &reviews);
  EXPECT_FALSE(no_author);
  EXPECT_NE(no_author.message().find("author"), std::string::npos);
  options = newsroom();
  options.review_date = "12/02/2016";
  const auto bad_date = render_claimreview(testing::sample_report(), options, &reviews);
  EXPECT_FALSE(bad_date);
  EXPECT_NE(bad_date.message().find("12/02/2016"), std::string::npos);
}

}  // namespace
}  // namespace factcheck::report
