// `factcheck datasets ...` end to end: exit codes and what each subcommand prints.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

namespace {

struct Run {
  int exit_code;
  std::string output;
};

// Runs the CLI with FACTCHECK_DATASET_PATH unset; stderr joins the output unless `stdout_only`.
Run factcheck(const std::string& arguments, bool stdout_only = false) {
  const std::string command = std::string("env -u FACTCHECK_DATASET_PATH '") + FACTCHECK_BINARY + "' " +
                              arguments + (stdout_only ? " 2>/dev/null" : " 2>&1");
  std::FILE* pipe = popen(command.c_str(), "r");
  Run run{-1, {}};
  if (pipe == nullptr) return run;
  char buffer[4096];
  size_t read = 0;
  while ((read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.output.append(buffer, read);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

const std::string kFixtures = FACTCHECK_DATA_FIXTURES_DIR;

TEST(DatasetsCli, ValidateReportsEveryProblemAndExitsTwo) {
  const auto run = factcheck("datasets validate '" + kFixtures + "/bad'");
  EXPECT_EQ(run.exit_code, 2) << run.output;
  EXPECT_NE(run.output.find("wrong-type/data/series.csv:1235:12: wrong-type: field 'v'"), std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("non-utf8/data/places.csv:3:8: non-utf8: invalid UTF-8"), std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("0 valid, 10 invalid"), std::string::npos) << run.output;
}

TEST(DatasetsCli, ValidateAcceptsTheBuiltInPackages) {
  const auto run = factcheck(std::string("datasets validate '") + FACTCHECK_DATASETS_DIR + "'");
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("46 valid, 0 invalid"), std::string::npos) << run.output;
}

TEST(DatasetsCli, ValidateJson) {
  const auto run = factcheck("datasets validate --format json '" + kFixtures + "/bad/duplicate-key'", true);
  EXPECT_EQ(run.exit_code, 2);
  const auto json = nlohmann::json::parse(run.output);
  ASSERT_EQ(json["problems"].size(), 1U);
  EXPECT_EQ(json["problems"][0]["line"], 5);
  EXPECT_EQ(json["problems"][0]["package"], "duplicate-key");
  EXPECT_EQ(json["packages"][0]["ok"], false);
}

TEST(DatasetsCli, QueryJsonCarriesTheProvenance) {
  const auto run =
      factcheck("datasets query --dataset-dir '" + kFixtures +
                    "/good' --indicator exports --entity AAA --counterpart BBB --period 2014 --format json",
                true);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const auto json = nlohmann::json::parse(run.output);
  ASSERT_EQ(json["rows"].size(), 1U);
  const auto& row = json["rows"][0];
  EXPECT_DOUBLE_EQ(row["value"].get<double>(), 1234.5e6);
  EXPECT_EQ(row["dataset"], "fixture-trade");
  EXPECT_EQ(row["sha256"].get<std::string>().size(), 64U);
  EXPECT_EQ(row["sourceUrl"], "https://example.org/fixture-office");
  EXPECT_EQ(row["line"], 2);
}

TEST(DatasetsCli, QueryWithoutIndicatorOrCueIsAUsageError) {
  EXPECT_EQ(factcheck("datasets query --entity IRQ").exit_code, 2);
}

TEST(DatasetsCli, ListAndShow) {
  const auto list = factcheck("datasets list --dataset-dir '" + kFixtures + "/good'");
  EXPECT_EQ(list.exit_code, 0);
  EXPECT_NE(list.output.find("fixture-yaml 2"), std::string::npos) << list.output;
  EXPECT_NE(list.output.find("population"), std::string::npos) << list.output;  // bundled packages too
  const auto show = factcheck("datasets show fixture-yaml --dataset-dir '" + kFixtures + "/good'");
  EXPECT_EQ(show.exit_code, 0);
  EXPECT_NE(show.output.find("cue words: raid, air raid, strike"), std::string::npos) << show.output;
  EXPECT_EQ(factcheck("datasets show no-such-package").exit_code, 2);
}

}  // namespace
