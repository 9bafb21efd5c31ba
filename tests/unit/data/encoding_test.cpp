// The store writes its answers as wire bytes without building messages. Every row of the
// built-in and good fixture packages must come out as the DatasetRow the message-building
// code made: each field from the bound row, defaults left out, the period always present.
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <tuple>
#include <utility>

#include "data/store.hpp"
#include "data/wire.hpp"

namespace factcheck::data {
namespace {

namespace fs = std::filesystem;

const std::vector<fs::path> kDirs = {FACTCHECK_DATASETS_DIR, fs::path(FACTCHECK_DATA_FIXTURES_DIR) / "good"};

// The fields of the DatasetRow a bound row is served as, but those of its package.
v1::DatasetRow expected_row(const BoundRow& row) {
  v1::DatasetRow out;
  if (!row.natural_key && !row.row_key.empty()) {
    out.set_row_key(std::string(row.row_key));
  } else {
    out.set_row_key(std::string(row.indicator) + "|" + std::string(row.entity) + "|" +
                    std::string(row.counterpart) + "|" + std::string(row.period_label));
  }
  out.set_indicator(std::string(row.indicator));
  out.set_entity(std::string(row.entity));
  out.set_counterpart(std::string(row.counterpart));
  auto* period = out.mutable_period();
  period->set_label(std::string(row.period_label));
  if (row.period.dated) {
    period->set_start(format_day(row.period.start));
    period->set_end(format_day(row.period.end));
  }
  out.set_value(row.value);
  out.set_has_value(row.has_value);
  out.set_text_value(std::string(row.text_value));
  out.set_unit(std::string(row.unit));
  out.set_source_name(std::string(row.source_name));
  out.set_source_url(std::string(row.source_url));
  out.set_retrieved(std::string(row.retrieved));
  out.set_confidence(std::string(row.confidence));
  out.set_value_kind(std::string(row.value_kind));
  out.set_qualifier(std::string(row.qualifier));
  out.set_notes(std::string(row.notes));
  out.set_line(row.line);
  return out;
}

struct Expected {
  // By (dataset, file, line, indicator): a line of a wide table holds one row per series.
  std::map<std::tuple<std::string, std::string, std::uint32_t, std::string>, v1::DatasetRow> rows;
  size_t undated = 0, natural_key = 0, explicit_key = 0, without_value = 0, with_counterpart = 0,
         zero_value = 0;
};

Expected load_expected() {
  Expected expected;
  LoadOptions options;
  options.country_names = country_names_in(kDirs);  // as DatasetStore::load does
  for (const auto& dir : kDirs) {
    for (const auto& package_dir : find_packages(dir)) {
      std::vector<std::pair<v1::DatasetRow, std::uint16_t>> rows;  // with the row's file index
      std::vector<DatasetLoadError> errors;
      const auto info = load_package(
          package_dir, options,
          [&](const BoundRow& row) {
            expected.undated += row.period.dated ? 0 : 1;
            expected.natural_key += row.natural_key ? 1 : 0;
            expected.explicit_key += row.natural_key ? 0 : 1;
            expected.without_value += row.has_value ? 0 : 1;
            expected.with_counterpart += row.counterpart.empty() ? 0 : 1;
            expected.zero_value += row.value == 0 ? 1 : 0;
            rows.emplace_back(expected_row(row), row.file_index);
          },
          &errors);
      if (!info) continue;
      for (auto& [row, file_index] : rows) {
        row.set_dataset(info->name);
        row.set_dataset_version(info->version);
        row.set_sha256(info->sha256);
        if (!info->bound_files.empty()) row.set_file((package_dir / info->bound_files[file_index]).string());
        auto key = std::make_tuple(info->name, row.file(), row.line(), row.indicator());
        expected.rows.emplace(std::move(key), std::move(row));
      }
    }
  }
  return expected;
}

// The encoder against the generated serialiser on values the datasets do not hold: lengths
// needing 2- and 3-byte varints, -0.0 (written) and +0.0 (left out), NaN, empty submessages.
TEST(WireEncoding, MatchesTheGeneratedSerialiser) {
  using Row = v1::DatasetRow;
  const std::string long_notes(70000, 'n');
  const std::string medium_url(300, 'u');
  for (const double value : {0.0, -0.0, 1.5, std::nan(""), -1e300}) {
    for (const bool dated : {false, true}) {
      v1::DatasetQueryResult expected;
      Row* row = expected.add_rows();
      row->set_dataset("d");
      row->set_source_url(medium_url);
      row->set_notes(long_notes);
      row->set_value(value);
      row->set_line(dated ? 300000 : 0);
      auto* period = row->mutable_period();
      if (dated) {
        period->set_start("2015-01-01");
        period->set_end("2015-12-31");
      }
      auto* match = expected.add_indicators();
      match->add_matched_cue_words("");
      match->add_matched_cue_words("power");
      match->set_score(static_cast<float>(value));

      std::string bytes;
      wire::append_message(&bytes, v1::DatasetQueryResult::kRowsFieldNumber, [&](auto& fields) {
        fields.add_string(Row::kDatasetFieldNumber, row->dataset());
        fields.add_string(Row::kRowKeyFieldNumber, "");
        fields.add_message(Row::kPeriodFieldNumber, [&](auto& inner) {
          inner.add_string(v1::Period::kStartFieldNumber, period->start());
          inner.add_string(v1::Period::kEndFieldNumber, period->end());
        });
        fields.add_double(Row::kValueFieldNumber, value);
        fields.add_bool(Row::kHasValueFieldNumber, false);
        fields.add_encoded(wire::encode(
            [&](auto& shared) { shared.add_string(Row::kSourceUrlFieldNumber, row->source_url()); }));
        fields.add_string(Row::kNotesFieldNumber, row->notes());
        fields.add_uint32(Row::kLineFieldNumber, row->line());
      });
      wire::append_message(&bytes, v1::DatasetQueryResult::kIndicatorsFieldNumber, [&](auto& fields) {
        for (const auto& word : match->matched_cue_words()) {
          fields.add_repeated_string(v1::IndicatorMatch::kMatchedCueWordsFieldNumber, word);
        }
        fields.add_float(v1::IndicatorMatch::kScoreFieldNumber, match->score());
      });
      EXPECT_EQ(bytes, expected.SerializeAsString()) << "value " << value << (dated ? " dated" : "");
    }
  }
}

TEST(StoreEncoding, EveryRowParsesToTheMessageOfItsBoundRow) {
  std::vector<DatasetLoadError> errors;
  const auto store = DatasetStore::load(kDirs, &errors);
  const Expected expected = load_expected();
  ASSERT_EQ(expected.rows.size(), store->row_count());
  // The cases a wire encoder gets wrong must all be there.
  EXPECT_GT(expected.undated, 0U);
  EXPECT_GT(expected.natural_key, 0U);
  EXPECT_GT(expected.explicit_key, 0U);
  EXPECT_GT(expected.without_value, 0U);
  EXPECT_GT(expected.with_counterpart, 0U);
  EXPECT_GT(expected.zero_value, 0U);

  size_t compared = 0;
  for (const auto& [dataset, indicator] : store->indicators()) {
    v1::DatasetQuery query;
    query.set_dataset(dataset);
    query.set_indicator(indicator.name);
    query.set_limit(std::numeric_limits<std::uint32_t>::max());
    std::string bytes;
    ASSERT_TRUE(store->query_encoded(query, &bytes));
    v1::DatasetQueryResult result;
    ASSERT_TRUE(result.ParseFromString(bytes)) << dataset << " " << indicator.name;
    // Rows only, in field order: the bytes are those the generated serialiser writes.
    EXPECT_EQ(bytes, result.SerializeAsString()) << dataset << " " << indicator.name;
    for (const auto& row : result.rows()) {
      const auto it = expected.rows.find({row.dataset(), row.file(), row.line(), row.indicator()});
      ASSERT_NE(it, expected.rows.end()) << row.DebugString();
      std::string differences;
      google::protobuf::util::MessageDifferencer differencer;
      differencer.ReportDifferencesToString(&differences);
      EXPECT_TRUE(differencer.Compare(it->second, row)) << differences;
      ++compared;
    }
  }
  EXPECT_EQ(compared, store->row_count());
}

// Cue words that match indicators of more than one dataset, with rows and descriptions.
v1::DatasetQuery two_indicator_cue_query() {
  v1::DatasetQuery query;
  query.add_cue_words("peak demand");
  query.add_cue_words("population");
  return query;
}

TEST(StoreEncoding, MessageFormIsTheParsedEncodedForm) {
  std::vector<DatasetLoadError> errors;
  const auto store = DatasetStore::load(kDirs, &errors);
  v1::DatasetQuery query = two_indicator_cue_query();
  std::string bytes;
  ASSERT_TRUE(store->query_encoded(query, &bytes));
  v1::DatasetQueryResult from_bytes;
  ASSERT_TRUE(from_bytes.ParseFromString(bytes));
  ASSERT_GT(from_bytes.indicators_size(), 1);
  ASSERT_GT(from_bytes.rows_size(), 0);
  for (const auto& match : from_bytes.indicators()) {
    EXPECT_FALSE(match.dataset().empty());
    EXPECT_FALSE(match.indicator().empty());
    EXPECT_GT(match.matched_cue_words_size(), 0);
    EXPECT_GT(match.score(), 0.0F);
  }
  v1::DatasetQueryResult message;
  ASSERT_TRUE(store->query(query, &message));
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(from_bytes, message));

  // An error leaves no bytes behind, whatever the buffer held.
  bytes = "stale";
  EXPECT_FALSE(store->query_encoded(v1::DatasetQuery(), &bytes));
  EXPECT_TRUE(bytes.empty());
}

TEST(StoreEncoding, OmitDescriptionsLeavesOnlyTheDescriptionsOut) {
  std::vector<DatasetLoadError> errors;
  const auto store = DatasetStore::load(kDirs, &errors);
  v1::DatasetQuery query = two_indicator_cue_query();
  v1::DatasetQueryResult full;
  ASSERT_TRUE(store->query(query, &full));
  query.set_omit_descriptions(true);
  v1::DatasetQueryResult lean;
  ASSERT_TRUE(store->query(query, &lean));

  ASSERT_GT(full.indicators_size(), 1);
  bool any_description = false;
  for (auto& match : *full.mutable_indicators()) {
    any_description = any_description || !match.description().empty();
    match.clear_description();
  }
  EXPECT_TRUE(any_description);
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(full, lean));
}

}  // namespace
}  // namespace factcheck::data
