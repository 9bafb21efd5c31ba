// The batch runner over the real Engine (plugins and datasets of this build): 200 generated
// articles, 2 workers, one unreadable entry and one non-UTF-8 file among them.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <sstream>

#include <unistd.h>

#include "batch/batch.hpp"
#include "batch/output_format.hpp"
#include "check/engine.hpp"
#include "io/article_reader.hpp"

namespace factcheck::batch {
namespace {

namespace fs = std::filesystem;

// Sentences of our own, in the register of a wire story; {a}, {b}, {c} vary per article.
constexpr const char* kTemplates[] = {
    "Trade between Russia and Iraq came to nearly ${a} billion last year, the trade minister told reporters.",
    "Iraq's power stations now meet around {b} percent of peak summer demand, officials said.",
    "A delegation of nearly {c} officials accompanied the minister to Baghdad.",
    "Both governments plan to more than double their trade within five years.",
    "Islamic State fighters overran about a third of Iraq in 2014.",
    "Russia has carried out four months of air strikes in Syria.",
    "The coalition has flown thousands of airstrikes against the group.",
    "Russia opened an intelligence-sharing centre in Baghdad last year.",
    "The five-year-old war in Syria has displaced millions of people.",
};

std::string fill(std::string text, int seed) {
  const std::map<std::string, std::string> values = {
      {"{a}", std::to_string(1 + seed % 3) + "." + std::to_string(seed % 10)},
      {"{b}", std::to_string(40 + (seed * 7) % 40)},
      {"{c}", std::to_string(60 + (seed * 13) % 90)},
  };
  for (const auto& [key, value] : values) {
    for (auto pos = text.find(key); pos != std::string::npos; pos = text.find(key))
      text.replace(pos, key.size(), value);
  }
  return text;
}

std::string article(int seed) {
  std::ostringstream out;
  out << "---\npublished: 2016-02-" << (10 + seed % 18) << "\ntitle: Wire story " << seed << "\n---\n";
  out << "BAGHDAD \u2014 ";
  const int sentences = 3 + seed % 5;
  for (int i = 0; i < sentences; ++i) {
    out << fill(kTemplates[(seed + i * 4) % std::size(kTemplates)], seed + i) << (i % 3 == 2 ? "\n\n" : " ");
  }
  return out.str();
}

class BatchEngine : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    check::EngineOptions options;
    options.plugin_dirs = {FACTCHECK_TEST_PLUGIN_DIR};
    options.dataset_dirs = {FACTCHECK_TEST_DATASET_DIR};
    ASSERT_TRUE(check::Engine::load(options, &engine_));
    ASSERT_FALSE(engine_->checkers().empty());
  }
  static void TearDownTestSuite() { engine_.reset(); }

  void SetUp() override {
    root_ = fs::temp_directory_path() / ("factcheck-batch-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "in" / "desk");
    for (int i = 0; i < 198; ++i) {
      std::ofstream(root_ / "in" / (i % 2 == 0 ? "" : "desk") / ("story-" + std::to_string(i) + ".txt"))
          << article(i);
    }
    // An entry that cannot be read (tests run as root, so chmod 000 would not stop them)...
    fs::create_symlink(root_ / "gone.txt", root_ / "in" / "broken-link.txt");
    // ...and a file in Latin-1, not UTF-8.
    std::ofstream(root_ / "in" / "latin1.txt", std::ios::binary)
        << "Bagdad, f\xE9vrier: pr\xE8s de 2 milliards.";
  }
  void TearDown() override { fs::remove_all(root_); }

  static std::shared_ptr<const check::Engine> engine_;
  fs::path root_;
};

std::shared_ptr<const check::Engine> BatchEngine::engine_;

TEST_F(BatchEngine, TwoHundredArticlesTwoWorkersFailuresReportedRestComplete) {
  std::vector<Input> inputs;
  ASSERT_TRUE(collect_inputs({(root_ / "in").string()}, &inputs));
  ASSERT_EQ(inputs.size(), 200U);

  BatchOptions options;
  options.jobs = 2;
  options.output_dir = root_ / "out";
  OutputOptions output;
  output.format = "html";
  options.extension = report_extension(output.format);
  std::vector<ArticleOutcome> outcomes;
  std::size_t last_done = 0;
  const auto totals = run_batch(
      *engine_, inputs, options,
      [&](const v1::Report& report, std::string* out) { return render_report(report, output, out); },
      [&](const ArticleOutcome& outcome, std::size_t done, std::size_t total) {
        EXPECT_EQ(done, last_done + 1);  // delivered one at a time
        EXPECT_EQ(total, 200U);
        last_done = done;
        outcomes.push_back(outcome);
      });

  EXPECT_EQ(totals.articles, 200U);
  EXPECT_EQ(totals.ok, 198U);
  EXPECT_EQ(totals.failed, 2U);
  ASSERT_EQ(outcomes.size(), 200U);
  std::map<std::string, std::string> errors;
  for (const auto& outcome : outcomes) {
    if (!outcome.ok) errors[outcome.path.filename().string()] = outcome.error;
  }
  ASSERT_EQ(errors.size(), 2U);
  EXPECT_EQ(errors["broken-link.txt"], "cannot open file") << errors["broken-link.txt"];
  EXPECT_EQ(errors["latin1.txt"], "invalid UTF-8 at byte offset 9") << errors["latin1.txt"];

  // Every article that was read has its report, and the shared engine gave each the same
  // result as a check on its own.
  const std::regex highlight("<a class=\"claim ");
  std::uint32_t numbers = 0;
  for (const auto& outcome : outcomes) {
    if (!outcome.ok) continue;
    SCOPED_TRACE(outcome.path.string());
    ASSERT_TRUE(fs::is_regular_file(outcome.output));
    EXPECT_EQ(outcome.output.extension(), ".html");
    std::ifstream in(outcome.output);
    const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto marks =
        std::distance(std::sregex_iterator(html.begin(), html.end(), highlight), std::sregex_iterator());
    EXPECT_EQ(static_cast<std::uint32_t>(marks), outcome.summary.numbers());
    v1::Document document;
    ASSERT_TRUE(io::read_article(outcome.path, &document));
    v1::Report alone;
    ASSERT_TRUE(engine_->check(document, &alone));
    EXPECT_EQ(alone.summary().SerializeAsString(), outcome.summary.SerializeAsString());
    numbers += outcome.summary.numbers();
  }
  EXPECT_GT(numbers, 198U);  // the templates do make claims
  EXPECT_EQ(totals.summary.numbers(), numbers);
  EXPECT_TRUE(fs::is_regular_file(root_ / "out" / "desk" / "story-1.html"));

  std::cout << "batch throughput: " << totals_line(totals) << "\n";
  RecordProperty("articles_per_second", std::to_string(totals.articles_per_second()));
}

}  // namespace
}  // namespace factcheck::batch
