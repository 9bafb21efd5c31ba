// Fixture packages: the edge cases a real CSV/Data Package loader must get right, and every
// kind of bad input, each reported with package, file, line and column while the good
// packages load and serve.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "data/store.hpp"

namespace factcheck::data {
namespace {

const std::filesystem::path kFixtures = FACTCHECK_DATA_FIXTURES_DIR;

v1::DatasetQueryResult run(const DatasetStore& store, const v1::DatasetQuery& query) {
  v1::DatasetQueryResult result;
  const auto status = store.query(query, &result);
  EXPECT_TRUE(status) << status.message();
  return result;
}

v1::DatasetQuery lookup(const std::string& indicator, const std::string& entity,
                        const std::string& counterpart = "", const std::string& period = "") {
  v1::DatasetQuery query;
  query.set_indicator(indicator);
  query.set_entity(entity);
  query.set_counterpart(counterpart);
  query.mutable_period()->set_label(period);
  return query;
}

class GoodFixtures : public ::testing::Test {
 protected:
  void SetUp() override { store_ = DatasetStore::load({kFixtures / "good"}, &errors_); }
  std::vector<DatasetLoadError> errors_;
  std::shared_ptr<const DatasetStore> store_;
};

TEST_F(GoodFixtures, LoadWithoutProblems) {
  for (const auto& error : errors_) ADD_FAILURE() << error.to_string();
  EXPECT_EQ(store_->datasets().size(), 2U);
  EXPECT_EQ(store_->row_count(), 9U);
}

TEST_F(GoodFixtures, CsvEdgeCasesBomCrlfQuotesAndEmbeddedNewlines) {
  const auto result = run(*store_, lookup("exports", "AAA", "", "2015"));
  ASSERT_EQ(result.rows_size(), 2);
  const auto& two_lines = result.rows(0);
  EXPECT_EQ(two_lines.counterpart(), "BBB");
  EXPECT_EQ(two_lines.notes(), "two lines:\r\nfirst \"quoted\" word; then more");
  EXPECT_EQ(two_lines.line(), 3U);
  const auto& missing = result.rows(1);
  EXPECT_EQ(missing.counterpart(), "CCC");
  EXPECT_EQ(missing.line(), 5U);      // after the record that spans lines 3-4
  EXPECT_FALSE(missing.has_value());  // "n/a" is a missing value
  EXPECT_EQ(missing.notes(), "missing; value");
}

TEST_F(GoodFixtures, DecimalCommaGroupCharAndScale) {
  const auto result = run(*store_, lookup("exports", "AAA", "BBB", "2014"));
  ASSERT_EQ(result.rows_size(), 1);
  EXPECT_DOUBLE_EQ(result.rows(0).value(), 1234.5e6);
  EXPECT_EQ(result.rows(0).unit(), "USD");
  EXPECT_EQ(result.rows(0).row_key(), "AAA|BBB|2014");                   // the primary key
  EXPECT_EQ(result.rows(0).source_name(), "Fixture statistics office");  // package source as default
  EXPECT_EQ(result.rows(0).source_url(), "https://example.org/fixture-office");
  EXPECT_EQ(result.rows(0).confidence(), "medium");
  EXPECT_EQ(result.rows(0).dataset_version(), "0.3.1");
}

TEST_F(GoodFixtures, YamlDescriptorAndBinding) {
  auto query = lookup("start_date", "XXA");
  const auto start = run(*store_, query);
  ASSERT_EQ(start.rows_size(), 1);
  EXPECT_EQ(start.rows(0).text_value(), "2015-09-30");
  EXPECT_FALSE(start.rows(0).has_value());
  EXPECT_EQ(start.rows(0).source_name(), "Wire A");  // per-row source column
  EXPECT_EQ(start.rows(0).dataset_version(), "2");
}

TEST_F(GoodFixtures, PeriodContainmentAndOrdering) {
  // 2015 holds summer-2015 and 2015-10 but not the interval running into 2016; the undated
  // row comes last.
  auto result = run(*store_, lookup("raids", "XXA", "", "2015"));
  std::vector<std::string> labels;
  for (const auto& row : result.rows()) labels.push_back(row.period().label());
  EXPECT_EQ(labels, (std::vector<std::string>{"summer-2015", "2015-10", ""}));
  // An interval query holds the equal interval and the month inside it.
  v1::DatasetQuery interval = lookup("raids", "XXA");
  interval.mutable_period()->set_start("2015-09-30");
  interval.mutable_period()->set_end("2016-02-11");
  result = run(*store_, interval);
  labels.clear();
  for (const auto& row : result.rows()) labels.push_back(row.period().label());
  EXPECT_EQ(labels, (std::vector<std::string>{"2015-09-30/2016-02-11", "2015-10", ""}));
  // No period: every row.
  EXPECT_EQ(run(*store_, lookup("raids", "XXA")).rows_size(), 4);
}

TEST_F(GoodFixtures, CounterpartMatching) {
  EXPECT_EQ(run(*store_, lookup("exports", "", "AAA")).rows_size(), 1);  // any entity, counterpart AAA
  EXPECT_EQ(run(*store_, lookup("exports", "AAA")).rows_size(), 3);      // any counterpart
  auto exact = lookup("raids", "XXA");
  exact.set_exact_counterpart(true);
  EXPECT_EQ(run(*store_, exact).rows_size(), 4);  // rows without a counterpart
  exact = lookup("exports", "AAA");
  exact.set_exact_counterpart(true);
  EXPECT_EQ(run(*store_, exact).rows_size(), 0);
}

TEST_F(GoodFixtures, CueWordsAreLemmatisedOnBothSides) {
  v1::DatasetQuery query;
  query.add_cue_words("Shipments");
  query.add_cue_words("foreign sales");
  query.set_entity("BBB");
  const auto result = run(*store_, query);
  ASSERT_EQ(result.indicators_size(), 1);
  EXPECT_EQ(result.indicators(0).indicator(), "exports");
  EXPECT_EQ(result.indicators(0).dataset(), "fixture-trade");
  EXPECT_FLOAT_EQ(result.indicators(0).score(), 1.0F);
  ASSERT_EQ(result.rows_size(), 1);
  EXPECT_DOUBLE_EQ(result.rows(0).value(), 310.25e6);
  // A partial match scores lower.
  query.clear_cue_words();
  query.add_cue_words("shipment volume");
  const auto partial = run(*store_, query);
  ASSERT_EQ(partial.indicators_size(), 1);
  EXPECT_FLOAT_EQ(partial.indicators(0).score(), 0.5F);
}

TEST_F(GoodFixtures, IndicatorMatchesCarryTheDeclaredConcept) {
  v1::DatasetQuery query;
  query.add_cue_words("exports");
  query.add_cue_words("raids");
  query.set_omit_descriptions(true);
  const auto result = run(*store_, query);
  ASSERT_EQ(result.indicators_size(), 2);
  for (const auto& match : result.indicators()) {
    if (match.indicator() == "exports") {
      ASSERT_TRUE(match.has_measured_concept());
      EXPECT_EQ(match.measured_concept().measures_size(), 2);
      EXPECT_EQ(match.measured_concept().measures(0), "export");
      EXPECT_EQ(match.measured_concept().dimension(), "money");
      EXPECT_EQ(match.measured_concept().of(), "goods exported");
      ASSERT_EQ(match.measured_concept().excluded_qualifiers_size(), 1);
      EXPECT_EQ(match.measured_concept().excluded_qualifiers(0), "import");
      EXPECT_EQ(match.measured_concept().counterpart_role(), "importing country");
    } else {
      EXPECT_EQ(match.indicator(), "raids");
      EXPECT_FALSE(match.has_measured_concept());  // its binding declares none
    }
  }
}

TEST_F(GoodFixtures, LimitsAndFilters) {
  auto query = lookup("raids", "XXA");
  query.set_limit(2);
  EXPECT_EQ(run(*store_, query).rows_size(), 2);
  query.set_limit(0);
  query.set_dataset("fixture-trade");
  EXPECT_EQ(run(*store_, query).rows_size(), 0);
  EXPECT_EQ(run(*store_, lookup("raids", "nobody")).rows_size(), 0);
  EXPECT_EQ(run(*store_, lookup("no_such_indicator", "XXA")).rows_size(), 0);
}

TEST_F(GoodFixtures, InvalidQueriesAreRejected) {
  v1::DatasetQueryResult result;
  EXPECT_FALSE(store_->query(v1::DatasetQuery(), &result));
  EXPECT_FALSE(store_->query(lookup("raids", "XXA", "", "sometime"), &result));
}

struct Expected {
  const char* package;
  const char* file;  // suffix of the reported file
  size_t line, column;
  const char* message;  // part of the message
};

class BadFixtures : public ::testing::Test {
 protected:
  void SetUp() override { store_ = DatasetStore::load({kFixtures / "bad", kFixtures / "good"}, &errors_); }

  void expect(const Expected& want) {
    const auto found = std::find_if(errors_.begin(), errors_.end(), [&](const DatasetLoadError& error) {
      return error.package == want.package && error.file.ends_with(want.file) && error.line == want.line &&
             error.column == want.column && error.message.find(want.message) != std::string::npos &&
             !error.warning;
    });
    std::string all;
    for (const auto& error : errors_) all += error.to_string() + "\n";
    EXPECT_NE(found, errors_.end()) << "no error " << want.package << " " << want.file << ":" << want.line
                                    << ":" << want.column << " '" << want.message << "' in:\n"
                                    << all;
  }

  std::vector<DatasetLoadError> errors_;
  std::shared_ptr<const DatasetStore> store_;
};

TEST_F(BadFixtures, EachProblemIsLocated) {
  expect({"malformed-json", "malformed-json/datapackage.json", 4, 40, "invalid JSON"});
  expect({"missing-resource", "missing-resource/datapackage.json", 6, 7,
          "file 'data/values.csv' does not exist"});
  expect({"wrong-type", "wrong-type/data/series.csv", 1235, 12,
          "field 'v' (type number): '12.5x' is not a number"});
  expect({"unknown-binding-key", "unknown-binding-key/factcheck.binding.json", 5, 3, "unknown key \"unti\""});
  expect({"duplicate-key", "duplicate-key/data/values.csv", 5, 1,
          "duplicate primary key 'AAA|2015' (first on line 3)"});
  expect({"empty-csv", "empty-csv/data/values.csv", 1, 1, "empty file"});
  expect({"non-utf8", "non-utf8/data/places.csv", 3, 8, "invalid UTF-8 (byte 0xE9)"});
  expect({"malformed-quotes", "malformed-quotes/data/values.csv", 3, 6, "malformed CSV"});
  expect({"header-mismatch", "header-mismatch/data/values.csv", 1, 5,
          "header column 2 is 'v', the schema says 'value'"});
  expect({"bad-binding-field", "bad-binding-field/factcheck.binding.json", 4, 14, "no field 'value'"});
}

TEST_F(BadFixtures, BrokenPackagesAreSkippedAndTheOthersServe) {
  std::vector<std::string> names;
  for (const auto& info : store_->datasets()) names.push_back(info.name());
  EXPECT_EQ(names, (std::vector<std::string>{"fixture-trade", "fixture-yaml"}));
  EXPECT_EQ(run(*store_, lookup("exports", "AAA", "BBB", "2015")).rows_size(), 1);
  EXPECT_FALSE(store_->package_dir("wrong-type"));
}

TEST(DatasetStore, FirstPackageOfANameWins) {
  std::vector<DatasetLoadError> errors;
  const auto store = DatasetStore::load({kFixtures / "good" / "fixture-trade", kFixtures / "good"}, &errors);
  EXPECT_EQ(store->datasets().size(), 2U);
  EXPECT_EQ(store->row_count(), 9U);  // the duplicate's rows were rolled back
  const auto duplicate = std::find_if(errors.begin(), errors.end(), [](const DatasetLoadError& error) {
    return error.package == "fixture-trade" &&
           error.message.find("duplicate package name") != std::string::npos;
  });
  EXPECT_NE(duplicate, errors.end());
}

TEST(DatasetStore, MissingDirectoryIsAWarning) {
  std::vector<DatasetLoadError> errors;
  const auto store = DatasetStore::load({kFixtures / "no-such-dir"}, &errors);
  ASSERT_EQ(errors.size(), 1U);
  EXPECT_TRUE(errors[0].warning);
  EXPECT_TRUE(store->datasets().empty());
}

TEST(DatasetLoadError, FormatsFileLineColumnPackageMessage) {
  const DatasetLoadError error{"pkg", "data/x.csv", 12, 3, "bad value", false};
  EXPECT_EQ(error.to_string(), "data/x.csv:12:3: pkg: bad value");
  const DatasetLoadError warning{"pkg", "datapackage.json", 0, 0, "odd", true};
  EXPECT_EQ(warning.to_string(), "datapackage.json: pkg: warning: odd");
}

TEST(PackageHash, MatchesTheDocumentedShellRecipe) {
  std::string error;
  const auto hash = hash_package(kFixtures / "good" / "fixture-yaml", &error);
  ASSERT_TRUE(hash) << error;
  const std::string command = "cd '" + (kFixtures / "good" / "fixture-yaml").string() +
                              "' && find . -type f ! -path '*/.*' -printf '%P\\n' | LC_ALL=C sort | "
                              "xargs -d '\\n' sha256sum | sha256sum";
  std::FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  char buffer[65] = {};
  ASSERT_EQ(std::fread(buffer, 1, 64, pipe), 64U);
  pclose(pipe);
  EXPECT_EQ(*hash, std::string(buffer, 64));
}

}  // namespace
}  // namespace factcheck::data
