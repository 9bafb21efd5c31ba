// Whole articles through the real engine: the expected verdict of every claim, altered
// versions with wrong numbers, hedges that flip a verdict, and the engine's contract
// (streaming order, stop requests, client-built claims, concurrent calls).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "engine_fixture.hpp"
#include "io/article_reader.hpp"

namespace factcheck::e2e {
namespace {

namespace fs = std::filesystem;

struct ExpectedClaim {
  std::string verdict;
  std::string text;
};

// tests/e2e/expected/<article stem>.tsv: "VERDICT<TAB>claim text" per line, in article order.
std::vector<ExpectedClaim> read_expected(const fs::path& path) {
  std::vector<ExpectedClaim> expected;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    expected.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return expected;
}

std::vector<fs::path> articles() {
  std::vector<fs::path> paths;
  for (const fs::path& dir : {fs::path(FACTCHECK_EXAMPLES_DIR), fs::path(FACTCHECK_E2E_DIR) / "articles"}) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".txt") paths.push_back(entry.path());
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

class ArticleVerdicts : public testing::TestWithParam<fs::path> {};

TEST_P(ArticleVerdicts, EveryClaimGetsItsExpectedVerdict) {
  const fs::path article = GetParam();
  const fs::path expected_file =
      fs::path(FACTCHECK_E2E_DIR) / "expected" / (article.stem().string() + ".tsv");
  ASSERT_TRUE(fs::exists(expected_file)) << "no expected verdicts for " << article;
  const auto expected = read_expected(expected_file);

  v1::Document document;
  ASSERT_TRUE(io::read_article(article, &document));
  v1::Report report;
  const Status status = shared_engine()->check(document, &report);
  ASSERT_TRUE(status) << status.message();

  std::string found;
  for (const auto& result : report.claims()) {
    found += "  " + v1::Verdict_Name(result.verdict()) + "\t" + result.claim().text() + "  -- " +
             result.explanation() + "\n";
  }
  ASSERT_EQ(report.claims_size(), static_cast<int>(expected.size())) << "claims found:\n" << found;
  for (size_t i = 0; i < expected.size(); ++i) {
    const auto& result = report.claims(static_cast<int>(i));
    EXPECT_EQ(result.claim().text(), expected[i].text) << "claim " << i + 1 << "; claims found:\n" << found;
    EXPECT_EQ(v1::Verdict_Name(result.verdict()), expected[i].verdict)
        << "'" << result.claim().text() << "': " << result.explanation();
    if (result.verdict() == v1::SUPPORTED || result.verdict() == v1::REFUTED ||
        result.verdict() == v1::CONFLICTING) {
      EXPECT_GT(result.evidence_size(), 0) << result.claim().text();
    }
  }
  EXPECT_EQ(report.summary().numbers(), static_cast<uint32_t>(expected.size()));
}

INSTANTIATE_TEST_SUITE_P(Articles, ArticleVerdicts, testing::ValuesIn(articles()),
                         [](const testing::TestParamInfo<fs::path>& param) {
                           std::string name = param.param.stem().string();
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

const v1::ClaimResult& only_claim(const v1::Report& report) {
  EXPECT_EQ(report.claims_size(), 1) << report.DebugString();
  return report.claims(0);
}

TEST(HedgeFlips, MoreThanVersusNearlyOnTheSameData) {
  // 2014 Russia-Iraq flows sum to $1.934 billion.
  const auto nearly =
      check_text("Trade between Russia and Iraq reached nearly $2 billion in 2014.", "2016-02-11");
  EXPECT_EQ(only_claim(nearly).verdict(), v1::SUPPORTED) << only_claim(nearly).explanation();
  const auto more =
      check_text("Trade between Russia and Iraq reached more than $2 billion in 2014.", "2016-02-11");
  EXPECT_EQ(only_claim(more).verdict(), v1::REFUTED) << only_claim(more).explanation();
  ASSERT_GT(only_claim(more).evidence_size(), 0);
  EXPECT_NEAR(only_claim(more).evidence(0).value(), 1.934e9, 1e6);
  EXPECT_LT(only_claim(more).evidence(0).deviation(), 0.0);
}

TEST(HedgeFlips, CloseToTwoBillionIsNotMoreThanTwoBillion) {
  const auto more = check_text("Russia's trade with Iraq last year was more than $2 billion.", "2016-02-11");
  EXPECT_EQ(only_claim(more).verdict(), v1::REFUTED) << only_claim(more).explanation();
}

// Both sources contradict "a third" (40% above, 12.5% below): REFUTED, not CONFLICTING
// (issue 12), with both receipts.
TEST(Receipts, SourcesThatAllContradictTheClaimAreBothShown) {
  const auto report = check_text("Islamic State seized a third of Iraq's territory in 2014.", "2016-02-11");
  const auto& result = only_claim(report);
  EXPECT_EQ(result.verdict(), v1::REFUTED) << result.explanation();
  EXPECT_EQ(result.match_basis().indicator(), "share_of_country_held_peak");
  ASSERT_EQ(result.evidence_size(), 2) << result.DebugString();
  std::set<double> values;
  for (const auto& evidence : result.evidence()) {
    values.insert(evidence.value());
    EXPECT_FALSE(evidence.dataset().empty());
    EXPECT_FALSE(evidence.dataset_version().empty());
    EXPECT_EQ(evidence.sha256().size(), 64U);
    EXPECT_FALSE(evidence.row_key().empty());
    EXPECT_FALSE(evidence.source_name().empty());
    EXPECT_FALSE(evidence.source_url().empty());
    EXPECT_FALSE(evidence.plugin().empty());
    EXPECT_FALSE(evidence.plugin_version().empty());
    EXPECT_TRUE(evidence.claim_band().has_low() && evidence.claim_band().has_high());
    EXPECT_NE(evidence.deviation(), 0.0);
  }
  EXPECT_EQ(values, (std::set<double>{12.5, 40.0}));
}

TEST(Receipts, NotEnoughInfoSaysWhatIsMissing) {
  const auto period = check_text("Iraq's population was about 37 million in 2031.", "2032-01-01");
  EXPECT_EQ(only_claim(period).verdict(), v1::NOT_ENOUGH_INFO);
  EXPECT_NE(only_claim(period).explanation().find("period"), std::string::npos)
      << only_claim(period).explanation();
}

TEST(EngineContract, StreamDeliversTheSameResultsInOrder) {
  v1::Document document;
  ASSERT_TRUE(io::read_article(fs::path(FACTCHECK_EXAMPLES_DIR) / "russia-iraq-2016-02-11.txt", &document));
  v1::Report report;
  ASSERT_TRUE(shared_engine()->check(document, &report));
  std::vector<std::string> streamed;
  v1::Summary summary;
  const Status status = shared_engine()->check_stream(
      document,
      [&](const v1::ClaimResult& result) {
        streamed.push_back(result.claim().id() + ":" + v1::Verdict_Name(result.verdict()));
        return true;
      },
      &summary);
  ASSERT_TRUE(status) << status.message();
  ASSERT_EQ(streamed.size(), static_cast<size_t>(report.claims_size()));
  for (int i = 0; i < report.claims_size(); ++i) {
    EXPECT_EQ(streamed[static_cast<size_t>(i)],
              report.claims(i).claim().id() + ":" + v1::Verdict_Name(report.claims(i).verdict()));
  }
  EXPECT_EQ(summary.line(), report.summary().line());
}

TEST(EngineContract, StopRequestEndsTheRun) {
  v1::Document document;
  ASSERT_TRUE(io::read_article(fs::path(FACTCHECK_EXAMPLES_DIR) / "russia-iraq-2016-02-11.txt", &document));
  int delivered = 0;
  v1::Summary summary;
  int polls = 0;
  const Status status = shared_engine()->check_stream(
      document,
      [&](const v1::ClaimResult&) {
        ++delivered;
        return true;
      },
      &summary, [&] { return ++polls > 2; });
  EXPECT_EQ(status.code(), Status::Code::cancelled);
  EXPECT_LT(delivered, 4);
  // The receiver going away stops it too.
  const Status receiver_gone = shared_engine()->check_stream(
      document, [](const v1::ClaimResult&) { return false; }, &summary);
  EXPECT_EQ(receiver_gone.code(), Status::Code::cancelled);
}

TEST(EngineContract, ClientBuiltClaimsAreChecked) {
  const auto report =
      check_text("Trade between Russia and Iraq reached nearly $2 billion in 2014.", "2016-02-11");
  ASSERT_EQ(report.claims_size(), 1);
  v1::DocumentContext context;
  context.set_published("2016-02-11");
  v1::Claim claim = report.claims(0).claim();
  claim.mutable_quantity()->mutable_band()->set_low(2.5e9);
  claim.mutable_quantity()->mutable_band()->set_high(3.0e9);
  std::vector<v1::ClaimResult> results;
  ASSERT_TRUE(shared_engine()->check_claims({claim}, context, &results));
  ASSERT_EQ(results.size(), 1U);
  EXPECT_EQ(results[0].verdict(), v1::REFUTED) << results[0].explanation();
}

TEST(EngineContract, BrokenPluginsCostOnlyTheirOwnResults) {
  // The host tests' misbehaving libraries beside the real plugins: refused ones are listed,
  // one that throws is reported on the claims it covered, and verdicts still come from data.
  check::EngineOptions options;
  options.plugin_dirs = {FACTCHECK_E2E_PLUGIN_DIR, FACTCHECK_E2E_TEST_PLUGIN_DIR};
  options.dataset_dirs = {FACTCHECK_E2E_DATASET_DIR};
  std::shared_ptr<const check::Engine> engine;
  ASSERT_TRUE(check::Engine::load(options, &engine));
  const auto& errors = engine->load_errors();
  const auto refused = [&](const std::string& library) {
    return std::any_of(errors.begin(), errors.end(),
                       [&](const std::string& error) { return error.find(library) != std::string::npos; });
  };
  EXPECT_TRUE(refused("libfc_test_wrong_major.so"));
  EXPECT_TRUE(refused("libfc_test_not_a_plugin.so"));
  EXPECT_TRUE(refused("libfc_test_init_fails.so"));

  v1::Document document;
  document.set_text("Rogozin arrived in Iraq at the head of a Russian delegation of nearly 100 officials.");
  document.set_published("2016-02-11");
  v1::Report report;
  ASSERT_TRUE(engine->check(document, &report));
  const auto& result = only_claim(report);
  EXPECT_EQ(result.verdict(), v1::SUPPORTED) << result.explanation();
  ASSERT_GT(result.evidence_size(), 0);
  EXPECT_EQ(result.evidence(0).plugin(), "indicator");
  const bool thrown =
      std::any_of(result.errors().begin(), result.errors().end(),
                  [](const std::string& error) { return error.find("boom") != std::string::npos; });
  EXPECT_TRUE(thrown) << result.DebugString();
}

TEST(EngineContract, ConcurrentChecksAgree) {
  v1::Document document;
  ASSERT_TRUE(io::read_article(fs::path(FACTCHECK_EXAMPLES_DIR) / "russia-iraq-2016-02-11.txt", &document));
  v1::Report reference;
  ASSERT_TRUE(shared_engine()->check(document, &reference));
  std::vector<std::string> lines(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < lines.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 5; ++round) {
        v1::Report report;
        if (!shared_engine()->check(document, &report)) return;
        lines[t] = report.summary().line();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (const auto& line : lines) EXPECT_EQ(line, reference.summary().line());
}

}  // namespace
}  // namespace factcheck::e2e

namespace factcheck::e2e {
namespace {

TEST(PublicationDate, DatelineDateDatesTheReportAndElapsedTime) {
  // No publication date: the dateline's date is used for relative time and for durations.
  const v1::Report report = check_text(
      "BAGHDAD, Feb. 11, 2016 -- The visit comes after four months of Russian air strikes in Syria.", "");
  EXPECT_EQ(report.document().published(), "2016-02-11");
  const auto* months = find_claim(report, "four months");
  ASSERT_NE(months, nullptr);
  EXPECT_EQ(months->verdict(), v1::SUPPORTED) << months->explanation();
}

TEST(PublicationDate, TodayIsNeverUsedToMeasureElapsedTime) {
  const v1::Report report =
      check_text("The visit comes after four months of Russian air strikes in Syria.", "");
  EXPECT_TRUE(report.document().published().empty());
  const auto* months = find_claim(report, "four months");
  ASSERT_NE(months, nullptr);
  EXPECT_EQ(months->verdict(), v1::NOT_ENOUGH_INFO) << months->explanation();
}

}  // namespace
}  // namespace factcheck::e2e
