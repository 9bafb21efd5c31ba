// A 1 GB CSV (label "slow"): the store refuses it by size without reading it while the
// other packages load; validation with a raised limit streams through it in bounded memory
// and still locates a bad value on its last line.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "data/store.hpp"

namespace factcheck::data {
namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t kTargetBytes = 1ULL << 30;

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

class LargeCsv : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    root_ = fs::temp_directory_path() / std::string("factcheck-large-csv-").append(std::to_string(getpid()));
    const fs::path huge = root_ / "huge";
    fs::create_directories(huge / "data");
    std::ofstream(huge / "datapackage.json") << R"({"name": "huge", "resources": [{"name": "values",
      "path": "data/values.csv", "schema": {"fields": [{"name": "entity", "type": "string"},
      {"name": "year", "type": "year"}, {"name": "value", "type": "number"}]}}]})";
    std::ofstream(huge / "factcheck.binding.json")
        << R"({"indicator": "huge", "measure": "value", "unit": "count", "entity": "entity", "period": "year"})";
    std::string block;
    for (int i = 0; i < 20000; ++i) {
      block.append("E").append(std::to_string(i % 997)).append(",").append(std::to_string(1900 + i % 120));
      block.append(",12345.678\n");
    }
    std::ofstream csv(huge / "data" / "values.csv", std::ios::binary);
    csv << "entity,year,value\n";
    lines_ = 1;
    std::uint64_t written = 18;
    while (written < kTargetBytes) {
      csv << block;
      written += block.size();
      lines_ += 20000;
    }
    csv << "E1,2015,oops\n";
    ++lines_;
    csv.close();
    bytes_ = fs::file_size(huge / "data" / "values.csv");

    const fs::path small = root_ / "small";
    fs::create_directories(small / "data");
    std::ofstream(small / "datapackage.json") << R"({"name": "small", "resources": [{"name": "values",
      "path": "data/values.csv", "schema": {"fields": [{"name": "entity", "type": "string"},
      {"name": "value", "type": "number"}]}}]})";
    std::ofstream(small / "factcheck.binding.json")
        << R"({"indicator": "small", "measure": "value", "unit": "count", "entity": "entity"})";
    std::ofstream(small / "data" / "values.csv") << "entity,value\nAAA,42\n";
  }
  static void TearDownTestSuite() { fs::remove_all(root_); }

  static inline fs::path root_;
  static inline std::uint64_t lines_ = 0;
  static inline std::uint64_t bytes_ = 0;
};

TEST_F(LargeCsv, StoreRefusesItBySizeAndServesTheOthers) {
  ASSERT_GE(bytes_, kTargetBytes);
  std::vector<DatasetLoadError> errors;
  const auto store = DatasetStore::load({root_}, &errors);
  ASSERT_EQ(errors.size(), 1U);
  EXPECT_EQ(errors[0].package, "huge");
  EXPECT_TRUE(errors[0].file.ends_with("data/values.csv"));
  EXPECT_NE(errors[0].message.find("above the limit"), std::string::npos) << errors[0].message;
  ASSERT_EQ(store->datasets().size(), 1U);
  v1::DatasetQuery query;
  query.set_indicator("small");
  v1::DatasetQueryResult result;
  ASSERT_TRUE(store->query(query, &result));
  ASSERT_EQ(result.rows_size(), 1);
  EXPECT_EQ(result.rows(0).value(), 42);
}

TEST_F(LargeCsv, ValidationStreamsInBoundedMemory) {
  LoadOptions options;
  options.max_resource_bytes = 4 * kTargetBytes;
  const long before = peak_rss_kb();
  std::vector<DatasetLoadError> errors;
  const auto info = load_package(root_ / "huge", options, nullptr, &errors);
  const long growth_kb = peak_rss_kb() - before;
  EXPECT_FALSE(info);
  ASSERT_EQ(errors.size(), 1U);
  EXPECT_EQ(errors[0].line, lines_);
  EXPECT_EQ(errors[0].column, 9U);
  EXPECT_NE(errors[0].message.find("'oops' is not a number"), std::string::npos);
  EXPECT_LT(growth_kb, 64 * 1024) << "peak RSS grew by " << growth_kb << " KiB while reading " << bytes_
                                  << " bytes";
}

}  // namespace
}  // namespace factcheck::data
