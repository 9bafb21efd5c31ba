// Descriptor and schema features checked on small packages written by each test.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "data/store.hpp"

namespace factcheck::data {
namespace {

namespace fs = std::filesystem;

class Descriptor : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           std::string("factcheck-descriptor-")
               .append(std::to_string(getpid()))
               .append("-")
               .append(::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_ / "data");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void write(const std::string& name, const std::string& text) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }

  std::optional<PackageInfo> load() {
    errors_.clear();
    rows_.clear();
    return load_package(
        dir_, LoadOptions{}, [this](const BoundRow& row) { rows_.emplace_back(row.entity, row.value); },
        &errors_);
  }

  std::string all_errors() const {
    std::string out;
    for (const auto& error : errors_) out += error.to_string() + "\n";
    return out;
  }

  fs::path dir_;
  std::vector<DatasetLoadError> errors_;
  std::vector<std::pair<std::string, double>> rows_;
};

constexpr const char* kBinding = R"({"indicator": "x", "unit": "count", "measure": "v", "entity": "who"})";

TEST_F(Descriptor, MultiPartPathsTsvAndSchemaFile) {
  write("datapackage.json", R"({"name": "parts", "resources": [{"name": "r", "format": "tsv",
    "path": ["data/a.tsv", "data/b.tsv"], "schema": "schema.yaml"}]})");
  write("schema.yaml", "fields:\n  - name: who\n    type: string\n  - name: v\n    type: integer\n");
  write("data/a.tsv", "who\tv\nAAA\t1\n");
  write("data/b.tsv", "BBB\t2\n");
  write("factcheck.binding.json", kBinding);
  const auto info = load();
  ASSERT_TRUE(info) << all_errors();
  EXPECT_EQ(info->row_count, 2U);
  EXPECT_EQ(rows_, (std::vector<std::pair<std::string, double>>{{"AAA", 1}, {"BBB", 2}}));
}

TEST_F(Descriptor, NoSchemaMeansStringFieldsFromTheHeader) {
  write("datapackage.json", R"({"name": "plain", "resources": [{"name": "r", "path": "data/r.csv"}]})");
  write("data/r.csv", "who,v\nAAA,1\n");
  ASSERT_TRUE(load()) << all_errors();
  write("factcheck.binding.json", kBinding);
  EXPECT_FALSE(load());  // the measure must be numeric
  EXPECT_NE(all_errors().find("measure field 'v' has type 'string'"), std::string::npos) << all_errors();
}

TEST_F(Descriptor, RequiredAndUniqueConstraints) {
  write("datapackage.json",
        R"({"name": "c", "resources": [{"name": "r", "path": "data/r.csv", "schema": {"fields": [
    {"name": "who", "type": "string", "constraints": {"unique": true}},
    {"name": "v", "type": "number", "constraints": {"required": true}}]}}]})");
  write("data/r.csv", "who,v\nAAA,1\nBBB,\nAAA,3\n");
  EXPECT_FALSE(load());
  EXPECT_NE(all_errors().find("r.csv:3:5: c: field 'v': a value is required"), std::string::npos)
      << all_errors();
  EXPECT_NE(all_errors().find("r.csv:4:1: c: field 'who': value 'AAA' must be unique (first seen on line 2)"),
            std::string::npos)
      << all_errors();
}

TEST_F(Descriptor, CompositeKeysWithPipesStayDistinct) {
  write("datapackage.json", R"({"name": "k", "resources": [{"name": "r", "path": "data/r.csv", "schema": {
    "fields": [{"name": "x", "type": "string"}, {"name": "y", "type": "string"}, {"name": "v", "type": "number"}],
    "primaryKey": ["x", "y"]}}]})");
  write("data/r.csv", "x,y,v\na|b,c,1\na,b|c,2\n");
  write("factcheck.binding.json", R"({"indicator": "x", "unit": "count", "measure": "v", "entity": "x"})");
  EXPECT_TRUE(load()) << all_errors();
  EXPECT_EQ(rows_.size(), 2U);
}

TEST_F(Descriptor, UnsafeRemoteAndNonUtf8Resources) {
  write("datapackage.json", R"({"name": "paths", "resources": [
    {"name": "up", "path": "../outside.csv"},
    {"name": "web", "path": "https://example.org/x.csv"},
    {"name": "latin", "path": "data/l.csv", "encoding": "ISO-8859-1"}]})");
  write("data/l.csv", "a\n1\n");
  EXPECT_FALSE(load());
  EXPECT_NE(all_errors().find("path '../outside.csv' must be relative and inside the package"),
            std::string::npos);
  EXPECT_NE(all_errors().find("encoding 'ISO-8859-1' is not supported"), std::string::npos);
  // A remote resource nobody binds is only a warning.
  write("datapackage.json", R"({"name": "remote", "resources": [
    {"name": "web", "path": "https://example.org/x.csv"}, {"name": "local", "path": "data/l.csv"}]})");
  EXPECT_TRUE(load()) << all_errors();
  EXPECT_NE(all_errors().find("warning: resource 'web' is remote"), std::string::npos) << all_errors();
}

TEST_F(Descriptor, WrongFieldCountAndStopAfterTooManyErrors) {
  write("datapackage.json", R"({"name": "many", "resources": [{"name": "r", "path": "data/r.csv",
    "schema": {"fields": [{"name": "who", "type": "string"}, {"name": "v", "type": "number"}]}}]})");
  std::string csv = "who,v\nAAA,1,extra\n";
  for (int i = 0; i < 150; ++i) csv += "BBB,x\n";
  write("data/r.csv", csv);
  EXPECT_FALSE(load());
  EXPECT_NE(all_errors().find("r.csv:2:7: many: row has 3 fields, the schema has 2"), std::string::npos)
      << all_errors();
  ASSERT_EQ(errors_.size(), 101U);
  EXPECT_NE(errors_.back().message.find("stopped after 100 errors"), std::string::npos);
}

TEST_F(Descriptor, BindingMistakesAreLocated) {
  write("datapackage.json", R"({"name": "b", "resources": [{"name": "r", "path": "data/r.csv",
    "schema": {"fields": [{"name": "who", "type": "string"}, {"name": "k", "type": "string"}, {"name": "v", "type": "number"}]}}]})");
  write("data/r.csv", "who,k,v\nAAA,known,1\nBBB,unknown,2\n");
  write("factcheck.binding.json", R"({
  "indicator_field": "k",
  "measure": "v",
  "entity": "who",
  "indicators": {"known": {"unit": "count", "cue_words": ["thing"], "colour": "red"}}
})");
  EXPECT_FALSE(load());
  EXPECT_NE(all_errors().find(
                "factcheck.binding.json:5:69: b: binding: unknown key \"colour\" in indicator 'known'"),
            std::string::npos)
      << all_errors();
  write("factcheck.binding.json", R"({"indicator_field": "k", "measure": "v", "entity": "who",
    "indicators": {"known": {"unit": "count"}}})");
  EXPECT_FALSE(load());
  EXPECT_NE(all_errors().find("r.csv:3:5: b: indicator 'unknown' is not declared"), std::string::npos)
      << all_errors();
  write("factcheck.binding.json",
        R"({"indicator": "x", "indicator_field": "k", "measure": "v", "entity": "who"})");
  EXPECT_FALSE(load());
  EXPECT_NE(all_errors().find("give exactly one of \"indicator\""), std::string::npos) << all_errors();
  write("factcheck.binding.json",
        R"({"indicator": "x", "unit": "count", "measure": "v", "entity": "who", "scale": "big"})");
  EXPECT_FALSE(load());
  EXPECT_NE(all_errors().find("\"scale\" must be a non-zero number"), std::string::npos) << all_errors();
}

TEST_F(Descriptor, ConceptIsReadAndItsMistakesAreLocated) {
  write("datapackage.json", R"({"name": "c", "resources": [{"name": "r", "path": "data/r.csv",
    "schema": {"fields": [{"name": "who", "type": "string"}, {"name": "k", "type": "string"}, {"name": "v", "type": "number"}]}}]})");
  write("data/r.csv", "who,k,v\nAAA,staff,1\n");
  write("factcheck.binding.json", R"({"indicator_field": "k", "measure": "v", "entity": "who",
  "indicators": {"staff": {"unit": "count", "cue_words": ["staff"],
    "concept": {"measures": ["Employees", "staff", "employee"], "dimension": "count", "of": "People",
                "requires": ["company"], "excludes": ["Killed"], "entity_role": "employer"}}}})");
  const auto info = load();
  ASSERT_TRUE(info) << all_errors();
  ASSERT_EQ(info->indicators.size(), 1U);
  const auto& measured = info->indicators[0].measured;
  ASSERT_TRUE(measured);
  EXPECT_EQ(measured->measures, (std::vector<std::string>{"employee", "staff"}));
  EXPECT_EQ(measured->dimension, "count");
  EXPECT_EQ(measured->of, "people");
  EXPECT_EQ(measured->requires_any, std::vector<std::string>{"company"});
  EXPECT_EQ(measured->excludes, std::vector<std::string>{"killed"});
  EXPECT_EQ(measured->entity_role, "employer");

  write("factcheck.binding.json", R"({"indicator_field": "k", "measure": "v", "entity": "who",
  "indicators": {"staff": {"unit": "count",
    "concept": {"measures": ["employee"],
                "dimension": "headcount", "colour": "red"}}}})");
  EXPECT_FALSE(load());
  EXPECT_NE(all_errors().find(
                "factcheck.binding.json:4:17: c: binding: indicators.staff.concept.dimension: "
                "'headcount' is not one of money, count, share, measure, duration, rate, index, date"),
            std::string::npos)
      << all_errors();
  EXPECT_NE(all_errors().find("indicators.staff.concept: unknown key \"colour\""), std::string::npos)
      << all_errors();

  write(
      "factcheck.binding.json",
      R"({"indicator": "staff", "unit": "count", "measure": "v", "entity": "who", "concept": {"measures": []}})");
  EXPECT_FALSE(load());
  EXPECT_NE(all_errors().find("concept.measures: name at least one word"), std::string::npos) << all_errors();
  EXPECT_NE(all_errors().find("concept: missing required key \"dimension\""), std::string::npos)
      << all_errors();
}

TEST_F(Descriptor, InvalidPeriodsInBoundRows) {
  write("datapackage.json", R"({"name": "p", "resources": [{"name": "r", "path": "data/r.csv",
    "schema": {"fields": [{"name": "who", "type": "string"}, {"name": "when", "type": "string"}, {"name": "v", "type": "number"}]}}]})");
  write("data/r.csv", "who,when,v\nAAA,2015,1\nAAA,last year,2\n");
  write("factcheck.binding.json",
        R"({"indicator": "x", "unit": "count", "measure": "v", "entity": "who", "period": "when"})");
  EXPECT_FALSE(load());
  EXPECT_NE(all_errors().find("r.csv:3:5: p: field 'when': invalid period 'last year'"), std::string::npos)
      << all_errors();
}

TEST_F(Descriptor, MalformedYaml) {
  write("datapackage.yaml", "name: broken\nresources:\n  - name: r\n    path: [data/r.csv\n");
  EXPECT_FALSE(load());
  ASSERT_FALSE(errors_.empty());
  EXPECT_NE(errors_[0].message.find("invalid YAML"), std::string::npos) << all_errors();
  EXPECT_GT(errors_[0].line, 0U);
}

TEST_F(Descriptor, ColumnsCountCharactersAndQuotes) {
  write("datapackage.json", R"({"name": "cols", "resources": [{"name": "r", "path": "data/r.csv",
    "schema": {"fields": [{"name": "who", "type": "string"}, {"name": "v", "type": "number"}]}}]})");
  write("data/r.csv", "who,v\nZo\xc3\xab,x1\n\"A, \"\"B\"\"\",x2\n");
  EXPECT_FALSE(load());
  EXPECT_NE(all_errors().find("r.csv:2:5: cols: field 'v'"), std::string::npos) << all_errors();
  EXPECT_NE(all_errors().find("r.csv:3:12: cols: field 'v'"), std::string::npos) << all_errors();
}

TEST_F(Descriptor, UnclosedQuoteSwallowingTheFileIsLocated) {
  write("datapackage.json", R"({"name": "q", "resources": [{"name": "r", "path": "data/r.csv",
    "schema": {"fields": [{"name": "who", "type": "string"}, {"name": "v", "type": "number"}]}}]})");
  write("data/r.csv", "who,v\nAAA,1\n\"BBB,2\nCCC,3\n");
  EXPECT_FALSE(load());
  EXPECT_NE(
      all_errors().find("r.csv:3:1: q: malformed CSV: a quoted field starting on this line is never closed"),
      std::string::npos)
      << all_errors();
}

// Random bytes built from CSV's special characters: the loader never crashes, and every
// error it reports is located.
TEST_F(Descriptor, RandomCsvNeverCrashes) {
  write("datapackage.json", R"({"name": "random", "resources": [{"name": "r", "path": "data/r.csv",
    "schema": {"fields": [{"name": "a", "type": "string"}, {"name": "b", "type": "number"}]}}]})");
  write("factcheck.binding.json", R"({"indicator": "x", "unit": "count", "measure": "b", "entity": "a"})");
  const std::string alphabet = "ab,\"\r\n1.5e\xc3\xa9\xff ";
  std::uint32_t seed = 12345;
  for (int round = 0; round < 200; ++round) {
    std::string csv = "a,b\n";
    seed = seed * 1664525U + 1013904223U;
    const size_t length = seed % 200;
    for (size_t i = 0; i < length; ++i) {
      seed = seed * 1664525U + 1013904223U;
      csv += alphabet[(seed >> 16) % alphabet.size()];
    }
    write("data/r.csv", csv);
    const auto info = load();
    for (const auto& error : errors_) {
      EXPECT_GT(error.line, 0U) << error.to_string() << " for input: " << csv;
    }
    if (info) {
      EXPECT_TRUE(errors_.empty());
    }
  }
}

}  // namespace
}  // namespace factcheck::data
