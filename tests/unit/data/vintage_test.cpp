// Vintages (two releases of World Bank GDP for Ghana and Iraq, before and after Ghana's 2018
// rebasing) and the user's installed packages: manifest, refusals, removal.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "data/fetch.hpp"
#include "data/installed.hpp"
#include "data/vintage.hpp"

namespace factcheck::data {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = FACTCHECK_DATA_FIXTURES_DIR;
const fs::path kVintages = kFixtures / "vintages";

double ghana_gdp_2014(const plugin::DatasetService& service) {
  v1::DatasetQuery query;
  query.set_indicator("gdp");
  query.set_entity("GHA");
  query.mutable_period()->set_label("2014");
  v1::DatasetQueryResult result;
  const auto status = service.query(query, &result);
  EXPECT_TRUE(status) << status.message();
  EXPECT_EQ(result.rows_size(), 1);
  return result.rows_size() == 1 ? result.rows(0).value() : 0;
}

TEST(Vintage, ComesFromTheBindingFirst) {
  std::string error;
  const auto identity = read_identity(kVintages / "gdp-2018-01-14", &error);
  ASSERT_TRUE(identity) << error;
  EXPECT_EQ(identity->name, "gdp");
  EXPECT_EQ(identity->vintage, "2018-01-14");
  // The built-in package gives none but its binding's fixed retrieval date.
  const auto builtin = read_identity(fs::path(FACTCHECK_DATASETS_DIR) / "worldbank-gdp", &error);
  ASSERT_TRUE(builtin) << error;
  EXPECT_EQ(builtin->vintage, "2026-11-28");
}

class TwoVintages : public ::testing::Test {
 protected:
  void SetUp() override { stores_ = VintagedStores::load({kVintages}, LoadOptions{}, &errors_); }
  std::vector<DatasetLoadError> errors_;
  std::shared_ptr<const VintagedStores> stores_;
};

TEST_F(TwoVintages, LoadSideBySideAndListEach) {
  for (const auto& error : errors_) EXPECT_TRUE(error.warning) << error.to_string();
  EXPECT_EQ(stores_->vintages("gdp"), (std::vector<std::string>{"2018-01-14", "2026-11-28"}));
  ASSERT_EQ(stores_->datasets().size(), 2U);
  EXPECT_EQ(stores_->datasets()[0].vintage(), "2026-11-28");  // the newest is the one loaded first
  EXPECT_EQ(stores_->datasets()[1].vintage(), "2018-01-14");
  EXPECT_NE(stores_->datasets()[0].sha256(), stores_->datasets()[1].sha256());
}

TEST_F(TwoVintages, SelectsTheNewestNotAfterTheDate) {
  EXPECT_EQ(stores_->select("2018-01-14", true).chosen.at("gdp"), "2018-01-14");
  EXPECT_EQ(stores_->select("2020-06-30", true).chosen.at("gdp"), "2018-01-14");
  EXPECT_EQ(stores_->select("2026-12-01", true).chosen.at("gdp"), "2026-11-28");
  EXPECT_TRUE(stores_->is_newest(stores_->select("2026-12-01", true)));
  // Before every vintage: the oldest when the date was asked for (and said), the newest for
  // an article's publication date.
  const auto asked = stores_->select("2010-01-01", true);
  EXPECT_EQ(asked.chosen.at("gdp"), "2018-01-14");
  EXPECT_EQ(asked.none_known, (std::vector<std::string>{"gdp"}));
  EXPECT_EQ(stores_->select("2010-01-01", false).chosen.at("gdp"), "2026-11-28");
}

TEST_F(TwoVintages, AScopeAnswersFromItsVintageAndTheDefaultIsTheNewest) {
  EXPECT_DOUBLE_EQ(ghana_gdp_2014(*stores_), 54783319817.370514);
  const auto old_store = stores_->store(stores_->select("2019-01-01", true));
  {
    const VintagedStores::Scope scope(old_store.get());
    EXPECT_DOUBLE_EQ(ghana_gdp_2014(*stores_), 38616536131.648);
  }
  EXPECT_DOUBLE_EQ(ghana_gdp_2014(*stores_), 54783319817.370514);
  EXPECT_EQ(stores_->store(stores_->select("2019-01-01", true)), old_store);  // built once
}

class Installed : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "factcheck-installed-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
    data_dir_ = root_ / "factcheck" / "datasets";
  }
  void TearDown() override { fs::remove_all(root_); }
  // A copy of the 2018 vintage with Ghana's 2014 figure changed: same name and vintage,
  // different content.
  fs::path altered_copy() {
    const fs::path copy = root_ / "altered";
    fs::copy(kVintages / "gdp-2018-01-14", copy, fs::copy_options::recursive);
    std::ofstream(copy / "data" / "gdp.csv", std::ios::app) << "Ghana,GHA,2017,1\n";
    return copy;
  }
  fs::path root_, data_dir_;
};

TEST_F(Installed, AddRecordsHashVintageAndOriginThenRefusesADifferentSameVintage) {
  InstallOutcome outcome;
  std::vector<DatasetLoadError> problems;
  const fs::path source = kVintages / "gdp-2018-01-14";
  ASSERT_TRUE(install_package(source, source.string(), data_dir_, {}, &outcome, &problems));
  EXPECT_EQ(outcome.action, "installed");
  EXPECT_TRUE(fs::exists(data_dir_ / "gdp@2018-01-14" / "datapackage.json"));
  std::vector<InstalledPackage> installed;
  ASSERT_TRUE(read_installed(data_dir_, &installed));
  ASSERT_EQ(installed.size(), 1U);
  EXPECT_EQ(installed[0].vintage, "2018-01-14");
  EXPECT_EQ(installed[0].rows, 98U);
  EXPECT_EQ(installed[0].origin, source.string());
  std::string error;
  EXPECT_EQ(installed[0].sha256, hash_package(source, &error).value_or(""));

  ASSERT_TRUE(install_package(source, source.string(), data_dir_, {}, &outcome, &problems));
  EXPECT_EQ(outcome.action, "unchanged");

  const fs::path altered = altered_copy();
  const Status refused = install_package(altered, altered.string(), data_dir_, {}, &outcome, &problems);
  EXPECT_EQ(refused.code(), Status::Code::failed_precondition);
  EXPECT_NE(refused.message().find("--force"), std::string::npos) << refused.message();
  ASSERT_TRUE(read_installed(data_dir_, &installed));
  EXPECT_EQ(installed[0].rows, 98U);  // nothing changed

  ASSERT_TRUE(install_package(altered, altered.string(), data_dir_, {.force = true}, &outcome, &problems));
  EXPECT_EQ(outcome.action, "replaced");
  EXPECT_EQ(outcome.previous_rows, 98U);
  EXPECT_EQ(outcome.package.rows, 99U);
}

TEST_F(Installed, AnInvalidPackageIsNotInstalled) {
  InstallOutcome outcome;
  std::vector<DatasetLoadError> problems;
  const fs::path bad = kFixtures / "bad" / "unknown-binding-key";
  const Status status = install_package(bad, bad.string(), data_dir_, {}, &outcome, &problems);
  EXPECT_EQ(status.code(), Status::Code::invalid_argument);
  EXPECT_FALSE(problems.empty());
  EXPECT_FALSE(fs::exists(data_dir_ / kInstalledManifest));
}

TEST_F(Installed, RemoveTakesOneVintageOrAll) {
  InstallOutcome outcome;
  std::vector<DatasetLoadError> problems;
  for (const char* name : {"gdp-2018-01-14", "gdp-2026-11-28"}) {
    const fs::path source = kVintages / name;
    ASSERT_TRUE(install_package(source, source.string(), data_dir_, {}, &outcome, &problems));
  }
  std::vector<InstalledPackage> removed;
  ASSERT_TRUE(remove_installed(data_dir_, "gdp", "2018-01-14", &removed));
  ASSERT_EQ(removed.size(), 1U);
  EXPECT_FALSE(fs::exists(data_dir_ / "gdp@2018-01-14"));
  EXPECT_TRUE(fs::exists(data_dir_ / "gdp@2026-11-28"));
  EXPECT_EQ(remove_installed(data_dir_, "gdp", "2018-01-14", &removed).code(), Status::Code::not_found);
  ASSERT_TRUE(remove_installed(data_dir_, "gdp", "", &removed));
  EXPECT_EQ(removed.size(), 1U);
  std::vector<InstalledPackage> installed;
  ASSERT_TRUE(read_installed(data_dir_, &installed));
  EXPECT_TRUE(installed.empty());
}

TEST_F(Installed, FetchingOfflineIsUnavailableAndPlainHttpIsRefused) {
  const fs::path& work = root_;
  fs::path package;
  const Status offline = fetch_package("https://packages.example.invalid/gdp.tar.gz", work, {}, &package);
  EXPECT_EQ(offline.code(), Status::Code::unavailable) << offline.message();
  EXPECT_NE(offline.message().find("cannot reach"), std::string::npos) << offline.message();
  EXPECT_EQ(fetch_package("http://127.0.0.1:1/gdp.tar.gz", work, {}, &package).code(),
            Status::Code::invalid_argument);
}

}  // namespace
}  // namespace factcheck::data
