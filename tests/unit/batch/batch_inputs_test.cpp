#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "batch/batch.hpp"

namespace factcheck::batch {
namespace {

namespace fs = std::filesystem;

class BatchInputs : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("factcheck-batch-inputs-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "sub");
    fs::create_directories(root_ / "folder.txt");
    fs::create_directories(root_ / ".git");
    for (const char* name :
         {"a.txt", "b.md", "sub/c.txt", ".hidden.txt", "notes.pdf", "folder.txt/d.txt", ".git/e.txt"}) {
      std::ofstream(root_ / name) << "Text.\n";
    }
    fs::create_symlink(root_ / "nowhere.txt", root_ / "dangling.txt");
  }
  void TearDown() override { fs::remove_all(root_); }

  fs::path root_;
};

TEST_F(BatchInputs, WalksDirectoriesAndKeepsWhatCannotBeRead) {
  std::vector<Input> inputs;
  ASSERT_TRUE(collect_inputs({root_.string()}, &inputs));
  std::vector<std::string> relative;
  for (const auto& input : inputs) relative.push_back(input.relative.string());
  // The broken link and the directory named like an article are inputs (they fail when read);
  // hidden entries and other extensions are not; folder.txt is not walked into.
  EXPECT_EQ(relative, (std::vector<std::string>{"a.txt", "b.md", "dangling.txt", "folder.txt", "sub/c.txt"}));
  EXPECT_EQ(inputs[0].path, root_ / "a.txt");
}

TEST_F(BatchInputs, FilesAndMissingArgumentsAreInputs) {
  std::vector<Input> inputs;
  ASSERT_TRUE(collect_inputs({(root_ / "sub/c.txt").string(), (root_ / "missing.txt").string()}, &inputs));
  ASSERT_EQ(inputs.size(), 2U);
  EXPECT_EQ(inputs[0].relative, "c.txt");
  EXPECT_EQ(inputs[1].relative, "missing.txt");
}

TEST_F(BatchInputs, RefusesStdinInABatch) {
  std::vector<Input> inputs;
  const auto status = collect_inputs({"a.txt", "-"}, &inputs);
  EXPECT_FALSE(status);
  EXPECT_NE(status.message().find("stdin"), std::string::npos);
}

TEST_F(BatchInputs, BatchModeForSeveralArgumentsOrADirectory) {
  EXPECT_TRUE(is_batch({root_.string()}));
  EXPECT_TRUE(is_batch({"a.txt", "b.txt"}));
  EXPECT_FALSE(is_batch({(root_ / "a.txt").string()}));
  EXPECT_FALSE(is_batch({"-"}));
}

TEST(BatchOutput, JsonLinePerArticle) {
  ArticleOutcome ok;
  ok.path = "drafts/a.txt";
  ok.ok = true;
  ok.summary.set_numbers(4);
  ok.summary.set_checked(2);
  ok.summary.set_refuted(1);
  ok.output = "out/a.html";
  const auto line = outcome_json(ok);
  EXPECT_EQ(line["status"], "ok");
  EXPECT_EQ(line["summary"]["numbers"], 4);
  EXPECT_EQ(line["summary"]["refuted"], 1);
  EXPECT_EQ(line["output"], "out/a.html");
  EXPECT_FALSE(line.contains("error"));
  EXPECT_EQ(line.dump().find('\n'), std::string::npos);

  ArticleOutcome failed;
  failed.path = "drafts/b.txt";
  failed.error = "drafts/b.txt: invalid UTF-8 at byte offset 3";
  const auto error_line = outcome_json(failed);
  EXPECT_EQ(error_line["status"], "error");
  EXPECT_EQ(error_line["error"], failed.error);
  EXPECT_FALSE(error_line.contains("summary"));
}

TEST(BatchOutput, ProgressBarOnlyWhenEnabled) {
  std::ostringstream terminal;
  ProgressBar bar(terminal, true);
  bar.update(5, 10, 1);
  EXPECT_EQ(terminal.str(), "\r[###############...............] 5/10  1 failed");
  bar.finish();
  EXPECT_TRUE(terminal.str().ends_with("\r\033[K"));

  std::ostringstream pipe;
  ProgressBar quiet(pipe, false);
  quiet.update(5, 10, 0);
  quiet.finish();
  EXPECT_EQ(pipe.str(), "");
}

TEST(BatchOutput, TotalsLine) {
  BatchTotals totals;
  totals.articles = 200;
  totals.ok = 198;
  totals.failed = 2;
  totals.seconds = 2;
  totals.summary.set_numbers(10);
  totals.summary.set_checked(6);
  totals.summary.set_supported(5);
  totals.summary.set_refuted(1);
  EXPECT_EQ(
      totals_line(totals),
      "200 articles (198 checked, 2 failed) in 2.00 s, 100.0 articles/s: 10 numbers, 6 checked: 5 supported, "
      "1 refuted, 0 conflicting; 0 not enough info, 0 not checkable");
}

}  // namespace
}  // namespace factcheck::batch
