// The benchmark's own arithmetic: reading labels, aligning claims with them by span and
// counting precision, wrong-quantity matches, recall, misses and spurious claims.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "corpus.hpp"
#include "score.hpp"

namespace factcheck::realnews {
namespace {

Label make_label(const std::string& body, const std::string& text, const std::string& expected,
                 const std::string& indicator = "", bool answerable = false,
                 const std::string& pattern = "") {
  Label label;
  label.article = "a";
  label.text = text;
  label.expected = expected;
  label.indicator = indicator;
  label.answerable = answerable;
  label.pattern = pattern;
  label.begin = body.find(text);
  label.end = label.begin + text.size();
  return label;
}

void add_claim(v1::Report* report, const std::string& body, const std::string& text, v1::Verdict verdict,
               const std::string& evidence_indicator = "") {
  auto* result = report->add_claims();
  result->mutable_claim()->set_text(text);
  result->mutable_claim()->mutable_span()->set_start(static_cast<uint32_t>(body.find(text)));
  result->mutable_claim()->mutable_span()->set_end(static_cast<uint32_t>(body.find(text) + text.size()));
  result->set_verdict(verdict);
  if (!evidence_indicator.empty()) {
    auto* evidence = result->add_evidence();
    evidence->set_dataset(evidence_indicator.substr(0, evidence_indicator.find('/')));
    evidence->set_indicator(evidence_indicator.substr(evidence_indicator.find('/') + 1));
  }
}

const std::string kBody =
    "Demand reached 21,000 megawatts while output was 13,400 MW. Some 560,000 people were killed. "
    "In 4 Charts. It cost $1.2 billion. Trade was $1.4 billion.";

TEST(RealnewsScore, CountsEachKindOfAgreementAndError) {
  Article article;
  article.name = "a";
  article.topic = "energy";
  const std::vector<Label> labels = {
      make_label(kBody, "21,000 megawatts", "SUPPORTED", "iraq-electricity/peak_demand", true),
      make_label(kBody, "13,400 MW", "SUPPORTED", "iraq-electricity/output", true, "missed"),
      make_label(kBody, "560,000 people", "NOT_ENOUGH_INFO", "", false, "qualifier"),
      make_label(kBody, "4 Charts", "NOT_A_CLAIM", "", false, "unit_furniture"),
      make_label(kBody, "$1.2 billion", "NOT_ENOUGH_INFO"),
      make_label(kBody, "$1.4 billion", "SUPPORTED", "trade/a|trade/b", true),
  };
  std::vector<const Label*> pointers;
  for (const auto& label : labels) pointers.push_back(&label);

  v1::Report report;
  add_claim(&report, kBody, "21,000 megawatts", v1::SUPPORTED, "iraq-electricity/peak_demand");
  add_claim(&report, kBody, "13,400", v1::REFUTED, "iraq-electricity/peak_demand");  // wrong indicator
  add_claim(&report, kBody, "560,000 people", v1::REFUTED, "worldbank-population/population");
  add_claim(&report, kBody, "4 Charts", v1::NOT_ENOUGH_INFO);
  add_claim(&report, kBody, "$1.4 billion", v1::SUPPORTED, "trade/b");
  add_claim(&report, kBody, "Demand", v1::CONFLICTING, "x/y");  // on no label

  Score score;
  score_article(article, pointers, report, &score);
  const Counts& total = score.total;
  EXPECT_EQ(total.labelled, 5);
  EXPECT_EQ(total.not_a_claim, 1);
  EXPECT_EQ(total.extracted, 6);
  EXPECT_EQ(total.aligned, 4);
  EXPECT_EQ(total.decisive, 5);
  EXPECT_EQ(total.correct_decisive, 2);
  ASSERT_TRUE(total.precision());
  EXPECT_DOUBLE_EQ(*total.precision(), 0.4);
  EXPECT_EQ(total.wrong_quantity, 3);
  EXPECT_EQ(total.wrong_quantity_refuted, 2);
  EXPECT_EQ(total.false_refuted, 2);
  EXPECT_EQ(total.answerable, 3);
  EXPECT_EQ(total.answered, 2);
  EXPECT_EQ(total.misses, 1);    // $1.2 billion
  EXPECT_EQ(total.spurious, 2);  // "4 Charts" is NOT_A_CLAIM, "Demand" has no label
  EXPECT_EQ(score.wrong_quantity_per_pattern.at("missed"), 1);
  EXPECT_EQ(score.wrong_quantity_per_pattern.at("qualifier"), 1);
  EXPECT_EQ(score.wrong_quantity_per_pattern.at("unlabelled"), 1);
  EXPECT_EQ(score.per_topic.at("energy").decisive, 5);
}

TEST(RealnewsScore, AlignsOneClaimPerLabelByLargestOverlap) {
  Article article;
  article.name = "a";
  article.topic = "economy";
  const std::vector<Label> labels = {make_label(kBody, "$1.4 billion", "NOT_ENOUGH_INFO")};
  v1::Report report;
  add_claim(&report, kBody, "1.4", v1::NOT_ENOUGH_INFO);
  add_claim(&report, kBody, "$1.4 billion", v1::NOT_ENOUGH_INFO);
  Score score;
  score_article(article, {&labels[0]}, report, &score);
  EXPECT_EQ(score.total.aligned, 1);
  EXPECT_EQ(score.total.agreeing, 1);
  EXPECT_EQ(score.total.spurious, 1);
  ASSERT_EQ(score.disagreements.size(), 1U);
  EXPECT_EQ(score.disagreements[0].text, "1.4");
}

TEST(RealnewsScore, PrefersTheClaimWhereTheNumberStarts) {
  const std::string body = "The population is approximately 43 million and 324 thousand individuals.";
  Article article;
  article.name = "a";
  article.topic = "demographics";
  const std::vector<Label> labels = {make_label(body, "43 million and 324 thousand individuals", "SUPPORTED",
                                                "population/population", true)};
  v1::Report report;
  add_claim(&report, body, "324 thousand individuals", v1::REFUTED, "population/population");
  add_claim(&report, body, "approximately 43 million", v1::SUPPORTED, "population/population");
  Score score;
  score_article(article, {&labels[0]}, report, &score);
  EXPECT_EQ(score.total.answered, 1);
  EXPECT_EQ(score.total.correct_decisive, 1);
  EXPECT_EQ(score.total.spurious, 1);  // the second half of the number, counted on its own
  EXPECT_EQ(score.wrong_quantity_per_pattern.at("unlabelled"), 1);
}

class RealnewsCorpus : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("realnews_test_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::create_directories(dir_ / "articles");
    std::ofstream(dir_ / "articles" / "01-energy-x.md")
        << "---\nurl: https://example.org/x\npublisher: Example\npublished: 2015-08-31\ntopic: energy\n"
           "retrieved: 2026-12-04\n---\nOutput was 40 MW \u2013 then 40 MW again.\n";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write_labels(const std::string& text) { std::ofstream(dir_ / "labels.jsonl") << text; }
  std::filesystem::path dir_;
};

TEST_F(RealnewsCorpus, ResolvesOccurrencesToCodePointSpans) {
  write_labels(
      R"({"article":"01-energy-x","text":"40 MW","occurrence":2,"expected":"NOT_ENOUGH_INFO","topic":"energy"})"
      "\n");
  Corpus corpus;
  ASSERT_TRUE(load_corpus(dir_, &corpus));
  ASSERT_EQ(corpus.articles.size(), 1U);
  EXPECT_EQ(corpus.articles[0].document.published(), "2015-08-31");
  EXPECT_EQ(corpus.articles[0].topic, "energy");
  EXPECT_EQ(corpus.articles[0].document.text(), "Output was 40 MW \u2013 then 40 MW again.\n");
  ASSERT_EQ(corpus.labels.size(), 1U);
  EXPECT_EQ(corpus.labels[0].begin, 24U);  // code points, as Claim.span: the dash is one, not 3
  EXPECT_EQ(corpus.labels[0].end, 29U);
  EXPECT_EQ(corpus.labels[0].topic, "energy");
  EXPECT_EQ(corpus.labels[0].set, kTunedSet);
}

TEST_F(RealnewsCorpus, CountsHeldOutArticlesApart) {
  write_labels(
      R"({"article":"01-energy-x","text":"40 MW","expected":"NOT_ENOUGH_INFO","set":"holdout"})"
      "\n");
  Corpus corpus;
  ASSERT_TRUE(load_corpus(dir_, &corpus));
  ASSERT_EQ(corpus.labels.size(), 1U);
  EXPECT_EQ(corpus.labels[0].set, kHoldoutSet);
  v1::Report report;
  Score score;
  score_article(corpus.articles[0], {&corpus.labels[0]}, report, &score);
  EXPECT_EQ(score.per_set.at(kHoldoutSet).labelled, 1);
  EXPECT_EQ(score.per_set.at(kHoldoutSet).misses, 1);
  EXPECT_FALSE(score.per_set.contains(kTunedSet));
}

TEST_F(RealnewsCorpus, RejectsLabelsThatCannotBeScored) {
  const std::vector<std::string> bad = {
      R"({"article":"01-energy-x","text":"40 MW","occurrence":3,"expected":"NOT_ENOUGH_INFO"})",
      R"({"article":"02-missing","text":"40 MW","expected":"NOT_ENOUGH_INFO"})",
      R"({"article":"01-energy-x","text":"40 MW","expected":"TRUE"})",
      R"({"article":"01-energy-x","text":"40 MW","expected":"SUPPORTED"})",
      R"({"article":"01-energy-x","text":"40 MW","expected":"NOT_ENOUGH_INFO","answerable":true})",
      R"({"article":"01-energy-x","text":"40 MW","expected":"NOT_ENOUGH_INFO","topic":"sport"})",
      R"({"article":"01-energy-x","text":"40 MW","expected":"NOT_ENOUGH_INFO"})"
      "\n"
      R"({"article":"01-energy-x","text":"40 MW","expected":"NOT_A_CLAIM"})",
      R"({"article":"01-energy-x","text":"40 MW","expected":"NOT_ENOUGH_INFO","set":"training"})",
      R"({"article":"01-energy-x","text":"40 MW","expected":"NOT_ENOUGH_INFO","set":"holdout"})"
      "\n"
      R"({"article":"01-energy-x","text":"40 MW","occurrence":2,"expected":"NOT_ENOUGH_INFO"})",
  };
  for (const auto& labels : bad) {
    write_labels(labels + "\n");
    Corpus corpus;
    const Status status = load_corpus(dir_, &corpus);
    EXPECT_FALSE(status) << labels;
    EXPECT_NE(status.message().find("labels.jsonl:"), std::string::npos) << status.message();
  }
}

}  // namespace
}  // namespace factcheck::realnews
