// The packages shipped under datasets/ load cleanly and answer the lookups checkers make.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "data/store.hpp"

namespace factcheck::data {
namespace {

class BuiltinDatasets : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { store_ = DatasetStore::load({FACTCHECK_DATASETS_DIR}, &errors_); }
  static v1::DatasetQueryResult query(const std::string& indicator, const std::string& entity,
                                      const std::string& counterpart = "", const std::string& period = "") {
    v1::DatasetQuery query;
    query.set_indicator(indicator);
    query.set_entity(entity);
    query.set_counterpart(counterpart);
    query.mutable_period()->set_label(period);
    v1::DatasetQueryResult result;
    EXPECT_TRUE(store_->query(query, &result));
    return result;
  }
  static inline std::vector<DatasetLoadError> errors_;
  static inline std::shared_ptr<const DatasetStore> store_;
};

TEST_F(BuiltinDatasets, AllPackagesLoadWithoutErrors) {
  for (const auto& error : errors_) EXPECT_TRUE(error.warning) << error.to_string();
  std::set<std::string> names;
  for (const auto& info : store_->datasets()) {
    names.insert(info.name());
    EXPECT_EQ(info.sha256().size(), 64U) << info.name();
    EXPECT_GT(info.row_count(), 0U) << info.name();
    EXPECT_FALSE(info.licenses().empty()) << info.name();
  }
  for (const char* name :
       {"population", "gdp", "country-codes", "russia-iraq-trade", "iraq-electricity", "isis-territory-iraq",
        "conflict-events", "coalition-airstrikes", "news-agency-reports", "country-geography"}) {
    EXPECT_TRUE(names.count(name)) << name;
  }
  ASSERT_TRUE(store_->package_dir("country-codes"));
  EXPECT_TRUE(std::filesystem::exists(*store_->package_dir("country-codes") / "data" / "country-codes.csv"));
}

TEST_F(BuiltinDatasets, CheckerIndicatorNamesExist) {
  std::set<std::string> indicators;
  for (const auto& [dataset, indicator] : store_->indicators()) indicators.insert(indicator.name);
  for (const char* name :
       {"trade_turnover", "imports_from_partner", "peak_demand", "output", "supply_share_of_peak_demand",
        "share_of_country_held_peak", "area_held_peak", "area_total", "intervention_start_date",
        "uprising_start_date", "agreement_reported_date", "strikes_cumulative", "delegation_size",
        "population", "gdp", "installed_capacity", "available_capacity", "peak_load_served"}) {
    EXPECT_TRUE(indicators.count(name)) << name;
  }
}

// "Brent crude averaged 57 dollars a barrel": a commodity's name is the head noun a claim
// gives its price (as "gold" is for the gold price), while production and exports stay out.
TEST_F(BuiltinDatasets, OilPriceConceptsTakeTheCrudesNameAsHeadNoun) {
  size_t checked = 0;
  for (const auto& [dataset, indicator] : store_->indicators()) {
    if (dataset != "oil-prices") continue;
    SCOPED_TRACE(indicator.name);
    ASSERT_TRUE(indicator.measured);
    const auto& measures = indicator.measured->measures;
    const std::string benchmark = indicator.name.starts_with("brent") ? "brent" : "wti";
    for (const std::string word : {"price", "crude", benchmark.c_str()})
      EXPECT_NE(std::find(measures.begin(), measures.end(), word), measures.end()) << word;
    EXPECT_NE(
        std::find(indicator.measured->excludes.begin(), indicator.measured->excludes.end(), "production"),
        indicator.measured->excludes.end());
    ++checked;
  }
  EXPECT_EQ(checked, 4U);
}

TEST_F(BuiltinDatasets, WorldBankPopulationThroughItsBinding) {
  const auto result = query("population", "IRQ", "", "2015");
  ASSERT_EQ(result.rows_size(), 1);
  const auto& row = result.rows(0);
  EXPECT_EQ(row.dataset(), "population");
  EXPECT_EQ(row.dataset_version(), "2023-03-30");
  EXPECT_TRUE(row.has_value());
  EXPECT_GT(row.value(), 30e6);
  EXPECT_LT(row.value(), 45e6);
  EXPECT_EQ(row.unit(), "count");
  EXPECT_EQ(row.source_name(), "World Bank");
  EXPECT_EQ(row.source_url(), "http://data.worldbank.org/indicator/SP.POP.TOTL");
  EXPECT_EQ(row.period().start(), "2015-01-01");
  EXPECT_EQ(row.row_key(), "population|IRQ||2015");
  EXPECT_GT(row.line(), 1U);
  EXPECT_NE(row.file().find("population.csv"), std::string::npos);
}

TEST_F(BuiltinDatasets, WorldBankGdpDespiteItsMissingUnboundResource) {
  const auto result = query("gdp", "RUS", "", "2015");
  ASSERT_EQ(result.rows_size(), 1);
  EXPECT_EQ(result.rows(0).unit(), "USD");
  EXPECT_GT(result.rows(0).value(), 1e12);
  const bool warned = std::any_of(errors_.begin(), errors_.end(), [](const DatasetLoadError& error) {
    return error.warning && error.message.find("top-economies") != std::string::npos;
  });
  EXPECT_TRUE(warned);
}

TEST_F(BuiltinDatasets, TurnoverIsFoundUnderEitherOrder) {
  const auto result = query("trade_turnover", "RUS", "IRQ", "2015");
  ASSERT_EQ(result.rows_size(), 1);
  EXPECT_DOUBLE_EQ(result.rows(0).value(), 2e9);
  EXPECT_EQ(result.rows(0).qualifier(), "upper_bound");
  EXPECT_EQ(result.rows(0).confidence(), "high");
  EXPECT_FALSE(result.rows(0).source_url().empty());
  const auto reversed = query("trade_turnover", "IRQ", "RUS", "2018");
  EXPECT_EQ(reversed.rows_size(), 2);  // one reported by each side
}

TEST_F(BuiltinDatasets, SourcesThatDisagreeAreBothKept) {
  const auto result = query("share_of_country_held_peak", "ISIS", "IRQ", "2014");
  ASSERT_EQ(result.rows_size(), 2);
  std::set<double> values{result.rows(0).value(), result.rows(1).value()};
  EXPECT_EQ(values, (std::set<double>{40, 12.5}));
  EXPECT_NE(result.rows(0).source_name(), result.rows(1).source_name());
  EXPECT_NE(result.rows(0).row_key(), result.rows(1).row_key());
}

TEST_F(BuiltinDatasets, DatesComeAsTextValues) {
  const auto result = query("intervention_start_date", "RUS", "SYR");
  ASSERT_EQ(result.rows_size(), 1);
  EXPECT_FALSE(result.rows(0).has_value());
  EXPECT_EQ(result.rows(0).text_value(), "2015-09-30");
  EXPECT_EQ(result.rows(0).unit(), "date");
  EXPECT_EQ(query("uprising_start_date", "SYR").rows(0).text_value(), "2011-03-15");
  EXPECT_EQ(query("agreement_reported_date", "RUS", "IRQ").rows(0).text_value(), "2015-09-26");
}

TEST_F(BuiltinDatasets, ElectricityPeriodsNestInTheYear) {
  const auto result = query("peak_demand", "IRQ", "", "2015");
  std::vector<std::string> labels;
  for (const auto& row : result.rows()) labels.push_back(row.period().label());
  // The whole year first, then the season inside it, then the undated statement.
  EXPECT_EQ(labels, (std::vector<std::string>{"2015", "summer-2015", "summer-undated"}));
  EXPECT_EQ(query("output", "IRQ", "", "2015").rows(0).value(), 13400);
}

TEST_F(BuiltinDatasets, CueWordsFindIndicators) {
  v1::DatasetQuery request;
  request.add_cue_words("inhabitants");
  request.set_entity("IRQ");
  request.mutable_period()->set_label("2015");
  v1::DatasetQueryResult result;
  ASSERT_TRUE(store_->query(request, &result));
  ASSERT_GE(result.indicators_size(), 1);
  EXPECT_EQ(result.indicators(0).indicator(), "population");
  EXPECT_FLOAT_EQ(result.indicators(0).score(), 1.0F);
  ASSERT_GE(result.rows_size(), 1);
  EXPECT_EQ(result.rows(0).indicator(), "population");
}

}  // namespace
}  // namespace factcheck::data
