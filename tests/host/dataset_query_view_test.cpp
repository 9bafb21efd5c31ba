// DatasetQueryView::decode reads a plugin's query bytes as parsing them into a DatasetQuery
// would: the same fields, and refusal of the same bad bytes.
#include "plugin/dataset_query_view.hpp"

#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <string>

#include "dataset_query_view_agreement.hpp"

namespace factcheck::plugin {
namespace {

using google::protobuf::util::MessageDifferencer;

v1::DatasetQuery full_query() {
  v1::DatasetQuery query;
  query.set_dataset("energy");
  query.set_indicator("peak_demand");
  query.set_entity("IRQ");
  query.set_counterpart("RUS");
  query.mutable_period()->set_start("2015-01-01");
  query.mutable_period()->set_end("2015-12-31");
  query.mutable_period()->set_label("2015");
  query.mutable_period()->set_text("last year");
  query.mutable_period()->set_relative(true);
  query.mutable_period()->set_inferred(true);
  query.add_cue_words("peak demand");
  query.add_cue_words("");
  query.add_cue_words("électricité");
  query.set_limit(7);
  query.set_exact_counterpart(true);
  query.set_omit_descriptions(true);
  return query;
}

::testing::AssertionResult decodes_like_the_message(const std::string& bytes) {
  if (const auto disagreement = view_disagreement(bytes))
    return ::testing::AssertionFailure() << *disagreement;
  return ::testing::AssertionSuccess();
}

// Every field of `message` (and of its message fields) is set.
void expect_every_field_set(const google::protobuf::Message& message) {
  const auto* descriptor = message.GetDescriptor();
  const auto* reflection = message.GetReflection();
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const auto* field = descriptor->field(i);
    const bool set = field->is_repeated() ? reflection->FieldSize(message, field) > 0
                                          : reflection->HasField(message, field);
    EXPECT_TRUE(set) << field->full_name() << " is not set in full_query()";
    if (set && !field->is_repeated() &&
        field->cpp_type() == google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE) {
      expect_every_field_set(reflection->GetMessage(message, field));
    }
  }
}

// A field added to DatasetQuery or Period fails here until full_query() sets it, and then the
// comparisons below fail until the view reads it.
TEST(DatasetQueryView, TheFullQuerySetsEveryField) { expect_every_field_set(full_query()); }

TEST(DatasetQueryView, ReadsEveryFieldAsTheMessageDoes) {
  const v1::DatasetQuery query = full_query();
  const std::string bytes = query.SerializeAsString();
  DatasetQueryView view;
  ASSERT_TRUE(view.decode(bytes));
  EXPECT_EQ(view.dataset, "energy");
  EXPECT_EQ(view.period.end, "2015-12-31");
  ASSERT_EQ(view.cue_words.size(), 3U);
  EXPECT_EQ(view.cue_words[2], "électricité");
  EXPECT_EQ(view.limit, 7U);
  EXPECT_TRUE(view.omit_descriptions);
  EXPECT_TRUE(MessageDifferencer::Equals(view.to_message(), query));
  EXPECT_TRUE(MessageDifferencer::Equals(DatasetQueryView::of(query).to_message(), query));
  EXPECT_TRUE(decodes_like_the_message(bytes));
  EXPECT_TRUE(decodes_like_the_message(""));
}

TEST(DatasetQueryView, RepeatedFieldsUnknownFieldsAndReuse) {
  v1::DatasetQuery first;
  first.set_entity("IRQ");
  first.mutable_period()->set_start("2015-01-01");
  first.add_cue_words("oil");
  v1::DatasetQuery second;
  second.set_entity("SYR");
  second.mutable_period()->set_label("2016");
  second.add_cue_words("export");
  // Concatenated messages merge: the last entity wins, the periods merge, cue words add up.
  std::string bytes = first.SerializeAsString() + second.SerializeAsString();
  // Unknown fields of every wire type are skipped: varint 20, fixed64 21, bytes 22, fixed32 23.
  bytes += std::string("\xa0\x01\x05", 3) + std::string("\xa9\x01", 2) + std::string(8, '\x01') +
           std::string("\xb2\x01\x02hi", 5) + std::string("\xbd\x01", 2) + std::string(4, '\x02');
  EXPECT_TRUE(decodes_like_the_message(bytes));
  DatasetQueryView view;
  ASSERT_TRUE(view.decode(bytes));
  EXPECT_EQ(view.entity, "SYR");
  EXPECT_EQ(view.period.start, "2015-01-01");
  EXPECT_EQ(view.period.label, "2016");
  EXPECT_EQ(view.cue_words.size(), 2U);
  // A reused view keeps nothing of the previous query.
  ASSERT_TRUE(view.decode(v1::DatasetQuery().SerializeAsString()));
  EXPECT_TRUE(view.entity.empty());
  EXPECT_TRUE(view.period.start.empty());
  EXPECT_TRUE(view.cue_words.empty());
}

TEST(DatasetQueryView, RefusesWhatTheMessageRefuses) {
  const std::string good = full_query().SerializeAsString();
  // Every truncation of a valid query that leaves a field cut short.
  for (size_t length = 0; length < good.size(); ++length) {
    EXPECT_TRUE(decodes_like_the_message(good.substr(0, length))) << "truncated to " << length;
  }
  EXPECT_TRUE(decodes_like_the_message("\xff\xff\xff"));
  EXPECT_TRUE(decodes_like_the_message(std::string("\x00", 1)));  // field number 0
  EXPECT_TRUE(
      decodes_like_the_message(std::string("\x0a\x05"
                                           "ab",
                                           4)));                                  // length past the end
  EXPECT_TRUE(decodes_like_the_message(std::string("\x0a\x02\xc3\x28", 4)));      // not UTF-8
  EXPECT_TRUE(decodes_like_the_message(std::string("\x2a\x03\x0a\x01\xff", 5)));  // not UTF-8 in period
  EXPECT_TRUE(decodes_like_the_message(std::string("\x0c", 1)));                  // end group with no start
  // Found by dataset_query_view_fuzzer: a tag over 5 bytes (CodedInputStream alone takes 10).
  EXPECT_TRUE(
      decodes_like_the_message(std::string("\x95\x95\x95\x95\x95\x95\x2a\x40\x47\x40\x40\x40\x20", 13)));
  EXPECT_TRUE(
      decodes_like_the_message(std::string("\x0a\x82\x80\x80\x80\x80\x00"
                                           "ab",
                                           9)));                      // 6-byte length
  EXPECT_TRUE(decodes_like_the_message(std::string("\x02\x00", 2)));  // field number 0, length-delimited
  // Unknown groups nest as deep as the parser allows, and no deeper.
  for (const int depth : {1, 99, 100, 101}) {
    std::string groups;
    for (int i = 0; i < depth; ++i) groups += "\xa3\x01";  // start group, field 20
    for (int i = 0; i < depth; ++i) groups += "\xa4\x01";  // end group, field 20
    EXPECT_TRUE(decodes_like_the_message(groups)) << depth << " groups deep";
    std::string period = "\x2a";  // the period field, its length, then the groups
    for (size_t length = groups.size(); length != 0 || period.size() == 1; length >>= 7)
      period.push_back(static_cast<char>((length & 0x7f) | (length >> 7 != 0 ? 0x80 : 0)));
    period.append(groups);
    EXPECT_TRUE(decodes_like_the_message(period)) << depth << " groups deep in the period";
  }
  DatasetQueryView view;
  EXPECT_FALSE(view.decode(std::string("\x0a\x02\xc3\x28", 4)));
}

// Every byte of a valid query replaced by every other value: tags, lengths, varints and text
// all take every wrong value once, and the view agrees with the message on each.
TEST(DatasetQueryView, AgreesWithTheMessageOnEverySingleByteChange) {
  const std::string good = full_query().SerializeAsString();
  int disagreements = 0;
  for (size_t at = 0; at < good.size(); ++at) {
    for (int value = 0; value < 256; ++value) {
      std::string bytes = good;
      if (static_cast<unsigned char>(bytes[at]) == value) continue;
      bytes[at] = static_cast<char>(value);
      const auto agreed = decodes_like_the_message(bytes);
      if (!agreed && ++disagreements <= 5)
        ADD_FAILURE() << "byte " << at << " = " << value << ": " << agreed.message();
    }
  }
  EXPECT_EQ(disagreements, 0);
}

}  // namespace
}  // namespace factcheck::plugin
