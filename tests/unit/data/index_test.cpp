// Package indexes (data/index.hpp): every built-in package's index holds exactly the rows its
// CSV gives; a corrupt, truncated, stale or foreign-format index is refused with a warning
// naming the file, and the CSV is read instead; `datasets add` writes the index of what it
// installs, and a package without one loads from its CSV.
#include <gtest/gtest.h>
#include <unistd.h>

#include <bit>
#include <cstring>
#include <fstream>
#include <tuple>

#include "data/index.hpp"
#include "data/installed.hpp"
#include "data/store.hpp"

namespace factcheck::data {
namespace {

namespace fs = std::filesystem;

// A BoundRow with its own strings, comparable.
struct OwnedRow {
  std::string indicator, entity, counterpart, period_label;
  bool dated;
  Day start, end;
  double value;
  bool has_value;
  std::string text_value, unit, source_name, source_url, retrieved, confidence, value_kind, qualifier, notes,
      row_key;
  bool natural_key;
  std::uint32_t line;
  std::uint16_t file_index;

  static OwnedRow of(const BoundRow& row) {
    return {std::string(row.indicator),
            std::string(row.entity),
            std::string(row.counterpart),
            std::string(row.period_label),
            row.period.dated,
            row.period.start,
            row.period.end,
            row.value,
            row.has_value,
            std::string(row.text_value),
            std::string(row.unit),
            std::string(row.source_name),
            std::string(row.source_url),
            std::string(row.retrieved),
            std::string(row.confidence),
            std::string(row.value_kind),
            std::string(row.qualifier),
            std::string(row.notes),
            std::string(row.row_key),
            row.natural_key,
            row.line,
            row.file_index};
  }
  // The value compared bit for bit (an index must give back exactly the parsed double, NaN too).
  bool operator==(const OwnedRow& other) const {
    const auto tie = [](const OwnedRow& row) {
      return std::tie(row.indicator, row.entity, row.counterpart, row.period_label, row.dated, row.start,
                      row.end, row.has_value, row.text_value, row.unit, row.source_name, row.source_url,
                      row.retrieved, row.confidence, row.value_kind, row.qualifier, row.notes, row.row_key,
                      row.natural_key, row.line, row.file_index);
    };
    return tie(*this) == tie(other) &&
           std::bit_cast<std::uint64_t>(value) == std::bit_cast<std::uint64_t>(other.value);
  }
};

std::string errors_text(const std::vector<DatasetLoadError>& errors) {
  std::string out;
  for (const auto& error : errors) out += error.to_string() + "\n";
  return out;
}

TEST(PackageIndexTest, EveryBuiltinPackageIndexHoldsExactlyItsCsvRows) {
  LoadOptions options;
  options.country_names = country_names_in({FACTCHECK_DATASETS_DIR});
  ASSERT_NE(options.country_names, nullptr);
  size_t packages = 0;
  size_t rows = 0;
  for (const auto& dir : find_packages(FACTCHECK_DATASETS_DIR)) {
    SCOPED_TRACE(dir.string());
    std::vector<OwnedRow> from_csv;
    std::vector<DatasetLoadError> csv_problems;
    const auto csv_info = load_package(
        dir, options, [&](const BoundRow& row) { from_csv.push_back(OwnedRow::of(row)); }, &csv_problems);
    ASSERT_TRUE(csv_info) << errors_text(csv_problems);

    std::vector<DatasetLoadError> index_problems;
    const fs::path index_file = fs::path(FACTCHECK_DATASET_INDEX_DIR) / (dir.filename().string() + ".fcidx");
    const auto index = PackageIndex::open(dir, index_file, &index_problems);
    ASSERT_TRUE(index) << "no usable index " << index_file << "\n" << errors_text(index_problems);
    EXPECT_TRUE(index_problems.empty()) << errors_text(index_problems);

    const PackageInfo& info = index->info();
    EXPECT_EQ(info.name, csv_info->name);
    EXPECT_EQ(info.version, csv_info->version);
    EXPECT_EQ(info.title, csv_info->title);
    EXPECT_EQ(info.sha256, csv_info->sha256);
    EXPECT_EQ(info.licenses, csv_info->licenses);
    EXPECT_EQ(info.sources, csv_info->sources);
    EXPECT_EQ(info.row_count, csv_info->row_count);
    EXPECT_EQ(info.bound_files, csv_info->bound_files);
    EXPECT_EQ(info.binding_file, csv_info->binding_file);
    ASSERT_EQ(info.indicators.size(), csv_info->indicators.size());
    for (size_t i = 0; i < info.indicators.size(); ++i) {
      const auto& a = info.indicators[i];
      const auto& b = csv_info->indicators[i];
      EXPECT_EQ(std::tie(a.name, a.description, a.unit, a.cue_words, a.symmetric),
                std::tie(b.name, b.description, b.unit, b.cue_words, b.symmetric));
      ASSERT_EQ(a.measured.has_value(), b.measured.has_value());
      if (a.measured) {
        EXPECT_EQ(
            std::tie(a.measured->measures, a.measured->dimension, a.measured->of, a.measured->requires_any,
                     a.measured->excludes, a.measured->entity_role, a.measured->counterpart_role),
            std::tie(b.measured->measures, b.measured->dimension, b.measured->of, b.measured->requires_any,
                     b.measured->excludes, b.measured->entity_role, b.measured->counterpart_role));
      }
    }
    std::vector<std::string> csv_warnings, index_warnings;
    for (const auto& problem : csv_problems) csv_warnings.push_back(problem.to_string());
    for (const auto& problem : index->warnings()) index_warnings.push_back(problem.to_string());
    EXPECT_EQ(index_warnings, csv_warnings);

    std::vector<OwnedRow> from_index;
    index->for_each_row([&](const BoundRow& row) { from_index.push_back(OwnedRow::of(row)); });
    ASSERT_EQ(from_index.size(), from_csv.size());
    for (size_t i = 0; i < from_csv.size(); ++i) {
      ASSERT_TRUE(from_index[i] == from_csv[i])
          << "row " << i << " (line " << from_csv[i].line << ") differs";
    }
    ++packages;
    rows += from_csv.size();
  }
  EXPECT_GE(packages, 45U);
  EXPECT_GT(rows, 400000U);
}

// A copy of a fixture package in a directory of its own, with its index beside it.
class IndexedCopyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "factcheck-index-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
    package_ = root_ / "datasets" / "gdp";
    fs::create_directories(package_.parent_path());
    fs::copy(fs::path(FACTCHECK_DATA_FIXTURES_DIR) / "vintages" / "gdp-2018-01-14", package_,
             fs::copy_options::recursive);
    index_ = index_path_for(package_);
    std::vector<DatasetLoadError> problems;
    ASSERT_TRUE(write_package_index(package_, index_, LoadOptions{}, &problems)) << errors_text(problems);
  }
  void TearDown() override { fs::remove_all(root_); }

  // Ghana's 2014 GDP as the store loaded from root_/datasets answers it, and what loading said.
  double ghana_2014(std::string* index_file, std::vector<DatasetLoadError>* problems) const {
    const auto store = DatasetStore::load({root_ / "datasets"}, problems);
    *index_file = store->package_info("gdp") == nullptr ? "?" : store->package_info("gdp")->index_file;
    v1::DatasetQuery query;
    query.set_indicator("gdp");
    query.set_entity("GHA");
    query.mutable_period()->set_label("2014");
    v1::DatasetQueryResult result;
    return store->query(query, &result).ok() && result.rows_size() == 1 ? result.rows(0).value() : -1;
  }

  void patch(std::streamoff offset, const std::string& bytes) const {
    std::fstream file(index_, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(offset);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }

  // Expects one warning naming the index file and containing `reason`, and the CSV's rows.
  void expect_refused(const std::string& reason, double expected_value) const {
    std::string index_file;
    std::vector<DatasetLoadError> problems;
    EXPECT_DOUBLE_EQ(ghana_2014(&index_file, &problems), expected_value);
    EXPECT_EQ(index_file, "");
    ASSERT_EQ(problems.size(), 1U) << errors_text(problems);
    EXPECT_TRUE(problems[0].warning);
    EXPECT_EQ(problems[0].file, index_.string());
    EXPECT_NE(problems[0].message.find(reason), std::string::npos) << problems[0].message;
    EXPECT_NE(problems[0].message.find("reading the package's CSV instead"), std::string::npos);
  }

  fs::path root_, package_, index_;
};

constexpr double kGhana2014 = 38616536131.648;

TEST_F(IndexedCopyTest, StoreReadsTheIndexBesideTheDatasetsDirectory) {
  EXPECT_EQ(index_, root_ / "dataset-index" / "gdp.fcidx");
  std::string index_file;
  std::vector<DatasetLoadError> problems;
  EXPECT_DOUBLE_EQ(ghana_2014(&index_file, &problems), kGhana2014);
  EXPECT_EQ(index_file, index_.string());
  EXPECT_TRUE(problems.empty()) << errors_text(problems);
}

TEST_F(IndexedCopyTest, DamagedIndexIsRefused) {
  patch(static_cast<std::streamoff>(fs::file_size(index_) / 2), "\x7f\x7f\x7f\x7f");
  expect_refused("checksum mismatch: corrupt", kGhana2014);
}

TEST_F(IndexedCopyTest, TruncatedIndexIsRefused) {
  fs::resize_file(index_, fs::file_size(index_) - 8);
  expect_refused("the header says", kGhana2014);
}

TEST_F(IndexedCopyTest, IndexOfAnotherFormatIsRefused) {
  std::uint32_t format = kIndexFormat + 1;
  patch(8, std::string(reinterpret_cast<const char*>(&format), sizeof(format)));
  expect_refused("this factcheck reads format", kGhana2014);
}

TEST_F(IndexedCopyTest, IndexOfOtherContentIsStale) {
  // The package's data changes after its index was written: the index must not answer.
  const fs::path csv = package_ / "data" / "gdp.csv";
  std::ifstream in(csv);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string old_value = "38616536131.648";
  const auto at = text.find(old_value);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, old_value.size(), "54800000000");
  std::ofstream(csv, std::ios::trunc) << text;
  expect_refused("stale: written for package content sha256", 54800000000.0);
}

TEST_F(IndexedCopyTest, PackageWithoutIndexLoadsFromCsvQuietly) {
  fs::remove(index_);
  std::string index_file;
  std::vector<DatasetLoadError> problems;
  EXPECT_DOUBLE_EQ(ghana_2014(&index_file, &problems), kGhana2014);
  EXPECT_EQ(index_file, "");
  EXPECT_TRUE(problems.empty()) << errors_text(problems);
}

TEST_F(IndexedCopyTest, InstallWritesTheIndexAndRemoveDeletesIt) {
  const fs::path data_dir = root_ / "user" / "datasets";
  InstallOutcome outcome;
  std::vector<DatasetLoadError> problems;
  ASSERT_TRUE(install_package(package_, package_.string(), data_dir, {}, &outcome, &problems).ok())
      << errors_text(problems);
  const fs::path installed_index = root_ / "user" / "dataset-index" / (outcome.package.dir + ".fcidx");
  ASSERT_TRUE(fs::exists(installed_index));
  const auto store = DatasetStore::load({data_dir}, &problems);
  ASSERT_NE(store->package_info("gdp"), nullptr);
  EXPECT_EQ(store->package_info("gdp")->index_file, installed_index.string());
  EXPECT_EQ(store->package_info("gdp")->sha256, outcome.package.sha256);
  std::vector<InstalledPackage> removed;
  ASSERT_TRUE(remove_installed(data_dir, "gdp", "", &removed).ok());
  EXPECT_FALSE(fs::exists(installed_index));
}

}  // namespace
}  // namespace factcheck::data
