// Bindings for packages shaped like public ones, bound without editing their data: one
// series per Date,Price file (constant entity), several series in one package or one wide
// table, dates read at a granularity, and country names mapped to ISO codes.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "data/binding.hpp"
#include "data/document.hpp"
#include "data/store.hpp"

namespace factcheck::data {
namespace {

const std::filesystem::path kShapes = std::filesystem::path(FACTCHECK_DATA_FIXTURES_DIR) / "shapes";
const std::filesystem::path kCountryCodes = std::filesystem::path(FACTCHECK_DATASETS_DIR) / "country-codes";

v1::DatasetQueryResult lookup(const DatasetStore& store, const std::string& indicator,
                              const std::string& entity, const std::string& period) {
  v1::DatasetQuery query;
  query.set_indicator(indicator);
  query.set_entity(entity);
  query.mutable_period()->set_label(period);
  v1::DatasetQueryResult result;
  const auto status = store.query(query, &result);
  EXPECT_TRUE(status) << status.message();
  return result;
}

class Shapes : public ::testing::Test {
 protected:
  void SetUp() override { store_ = DatasetStore::load({kShapes, kCountryCodes}, &errors_); }
  std::vector<DatasetLoadError> errors_;
  std::shared_ptr<const DatasetStore> store_;
};

TEST_F(Shapes, AllLoadWithOnlyTheUnmappedNameWarning) {
  for (const auto& error : errors_) {
    if (!error.warning) ADD_FAILURE() << error.to_string();
  }
  EXPECT_EQ(store_->datasets().size(), 5U);
}

TEST_F(Shapes, DatePriceTablesGetTheBindingsConstantEntity) {
  const auto gold = lookup(*store_, "gold_price", "XAU", "2015-07");
  ASSERT_EQ(gold.rows_size(), 1);
  EXPECT_DOUBLE_EQ(gold.rows(0).value(), 1128.31);
  EXPECT_EQ(gold.rows(0).unit(), "USD per troy ounce");
  EXPECT_EQ(gold.rows(0).notes(), "average over the period");
  EXPECT_EQ(lookup(*store_, "gold_price", "BRENT", "2015-07").rows_size(), 0);
}

TEST_F(Shapes, SeveralSeriesEachWithItsOwnFileAndTheRightFileInRows) {
  const auto daily = lookup(*store_, "brent_price", "BRENT", "2015-07-15");
  ASSERT_EQ(daily.rows_size(), 1);
  EXPECT_DOUBLE_EQ(daily.rows(0).value(), 57.41);
  EXPECT_TRUE(daily.rows(0).file().ends_with("brent-daily.csv")) << daily.rows(0).file();
  EXPECT_EQ(daily.rows(0).line(), 3U);
  EXPECT_EQ(daily.rows(0).notes(), "value at the date given");
  EXPECT_EQ(daily.rows(0).source_url(), "https://example.org/prices");
  // The monthly file dates its rows on the 15th: read at month granularity, a row is the month.
  const auto monthly = lookup(*store_, "brent_price_monthly", "BRENT", "2015-07");
  ASSERT_EQ(monthly.rows_size(), 1);
  EXPECT_EQ(monthly.rows(0).period().label(), "2015-07");
  EXPECT_EQ(monthly.rows(0).period().start(), "2015-07-01");
  EXPECT_EQ(monthly.rows(0).period().end(), "2015-07-31");
  EXPECT_TRUE(monthly.rows(0).file().ends_with("brent-monthly.csv")) << monthly.rows(0).file();
  // A day inside the month is not answered by the monthly average.
  EXPECT_EQ(lookup(*store_, "brent_price_monthly", "BRENT", "2015-07-15").rows_size(), 0);
}

TEST_F(Shapes, WideTableServesEachMeasureAsItsIndicator) {
  const auto level = lookup(*store_, "index_level", "SPX", "2015-07");
  ASSERT_EQ(level.rows_size(), 1);
  EXPECT_DOUBLE_EQ(level.rows(0).value(), 2094.14);
  EXPECT_EQ(level.rows(0).unit(), "index points");
  const auto dividend = lookup(*store_, "index_dividend", "SPX", "2015-07");
  ASSERT_EQ(dividend.rows_size(), 1);
  EXPECT_DOUBLE_EQ(dividend.rows(0).value(), 43.28);
  EXPECT_EQ(dividend.rows(0).unit(), "USD");
  EXPECT_EQ(dividend.rows(0).row_key(), "index_dividend|SPX||2015-07");
  // The descriptor has no sources: the binding's source stands in for the package.
  const auto datasets = store_->datasets();
  const auto info =
      std::find_if(datasets.begin(), datasets.end(), [](const auto& d) { return d.name() == "stock-index"; });
  ASSERT_NE(info, datasets.end());
  ASSERT_EQ(info->sources_size(), 1);
  EXPECT_EQ(info->sources(0), "Test index publisher <https://example.org/index>");
}

TEST_F(Shapes, AnnualValuesDatedMidYearAreTheYear) {
  const auto result = lookup(*store_, "life_expectancy", "JPN", "2015");
  ASSERT_EQ(result.rows_size(), 1);
  EXPECT_DOUBLE_EQ(result.rows(0).value(), 83.79);
  EXPECT_EQ(result.rows(0).period().label(), "2015");
}

TEST_F(Shapes, CountryNamesMapToIsoCodesAndUnknownNamesAreNamedInAWarning) {
  for (const auto& [code, value] : {std::pair{"BRA", 3.2225}, {"KOR", 1144.32}, {"VEN", 6.2842}}) {
    const auto result = lookup(*store_, "exchange_rate", code, "2015-07");
    ASSERT_EQ(result.rows_size(), 1) << code;
    EXPECT_DOUBLE_EQ(result.rows(0).value(), value) << code;
  }
  const auto warning = std::find_if(errors_.begin(), errors_.end(), [](const DatasetLoadError& e) {
    return e.warning && e.message.find("cannot map") != std::string::npos;
  });
  ASSERT_NE(warning, errors_.end());
  EXPECT_NE(warning->message.find("'Euro' (2 rows)"), std::string::npos) << warning->message;
  EXPECT_EQ(warning->message.find("Brazil"), std::string::npos) << warning->message;
}

TEST(ShapesWithoutCountryList, NamesBindingIsAnError) {
  std::vector<DatasetLoadError> errors;
  const auto store = DatasetStore::load({kShapes / "fx-by-name"}, &errors);
  EXPECT_EQ(store->datasets().size(), 0U);
  const bool reported = std::any_of(errors.begin(), errors.end(), [](const DatasetLoadError& e) {
    return !e.warning && e.message.find("needs the country list") != std::string::npos;
  });
  EXPECT_TRUE(reported);
}

// Binding text checked by parse_bindings (without a package).
std::vector<std::string> binding_errors(const std::string& json, std::vector<Binding>* out = nullptr) {
  Document document{"binding.json", json, nlohmann::json::parse(json)};
  std::vector<DatasetLoadError> errors;
  ErrorSink sink(&errors, "test", 100);
  std::vector<Binding> bindings;
  parse_bindings(document, out ? out : &bindings, sink);
  std::vector<std::string> messages;
  for (const auto& error : errors) messages.push_back(error.message);
  return messages;
}

TEST(BindingFormat, SeriesInheritTopLevelKeysAndMayOverrideThem) {
  std::vector<Binding> bindings;
  const auto errors = binding_errors(R"({"measure": "Price", "period": "Date", "unit": "USD",
    "entity": {"constant": "XAU"}, "granularity": "month",
    "indicators": {"a": {"resource": "r1"}, "b": {"resource": "r2", "measure": "Close", "granularity": "day",
                                               "entity": "Ticker"}}})",
                                     &bindings);
  EXPECT_TRUE(errors.empty()) << errors.front();
  ASSERT_EQ(bindings.size(), 2U);
  EXPECT_EQ(bindings[0].measure, "Price");
  EXPECT_EQ(bindings[0].entity_constant, "XAU");
  EXPECT_EQ(bindings[0].granularity, Granularity::month);
  EXPECT_EQ(bindings[1].measure, "Close");
  EXPECT_EQ(bindings[1].entity, "Ticker");
  EXPECT_TRUE(bindings[1].entity_constant.empty());
  EXPECT_EQ(bindings[1].granularity, Granularity::day);
}

TEST(BindingFormat, RejectsBadGranularityAggregationEntityAndSeriesKeys) {
  const auto has = [](const std::vector<std::string>& errors, const std::string& text) {
    return std::any_of(errors.begin(), errors.end(),
                       [&](const std::string& e) { return e.find(text) != std::string::npos; });
  };
  auto errors = binding_errors(R"({"indicator": "x", "measure": "v", "unit": "USD", "entity": "e",
                                   "granularity": "week", "aggregation": "median"})");
  EXPECT_TRUE(has(errors, "\"granularity\" must be one of year, quarter, month, day"));
  EXPECT_TRUE(has(errors, "\"aggregation\" must be one of"));
  errors = binding_errors(R"({"indicator": "x", "measure": "v", "unit": "USD", "entity": {"constant": ""}})");
  EXPECT_TRUE(has(errors, "\"entity\" must be a column name"));
  errors = binding_errors(
      R"({"unit": "USD", "entity": "e", "indicators": {"x": {"measure": "v", "colour": "red"}}})");
  EXPECT_TRUE(has(errors, "unknown key \"colour\" in indicator 'x'"));
  errors = binding_errors(R"({"unit": "USD", "indicators": {"x": {"measure": "v"}}})");
  EXPECT_TRUE(has(errors, "series 'x' has no \"entity\""));
}

TEST(PeriodLabels, AtEachGranularity) {
  const Day day = days_from_civil(2015, 8, 29);
  EXPECT_EQ(period_label_at(Granularity::year, day), "2015");
  EXPECT_EQ(period_label_at(Granularity::quarter, day), "2015-Q3");
  EXPECT_EQ(period_label_at(Granularity::month, day), "2015-08");
  EXPECT_EQ(period_label_at(Granularity::day, day), "2015-08-29");
}

}  // namespace
}  // namespace factcheck::data
