// A DatasetQuery read in place from its wire bytes. A plugin's query crosses the boundary as
// bytes; parsing them into a message costs an allocation per string and a submessage, more
// than answering a typical query. The view holds the fields as views into the bytes instead.
#pragma once

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "factcheck/v1/plugin.pb.h"

namespace factcheck::plugin {

struct DatasetQueryView {
  std::string_view dataset;
  std::string_view indicator;
  std::string_view entity;
  std::string_view counterpart;
  struct {
    std::string_view start;
    std::string_view end;
    std::string_view label;
    std::string_view text;
    bool relative = false;
    bool inferred = false;
  } period;
  std::vector<std::string_view> cue_words;
  std::uint32_t limit = 0;
  bool exact_counterpart = false;
  bool omit_descriptions = false;

  // Views into `query`, which must outlive the view.
  static DatasetQueryView of(const v1::DatasetQuery& query);
  // Reads DatasetQuery wire bytes, which must outlive the view. False where parsing them as
  // a v1::DatasetQuery fails: malformed wire data or a string that is not UTF-8. Fields come
  // as the message would have them: the last of a repeated singular field wins, repeated
  // periods merge, unknown fields are skipped.
  bool decode(std::string_view bytes);
  // The message the view reads.
  v1::DatasetQuery to_message() const;
};

namespace detail {

using google::protobuf::internal::WireFormatLite;
using google::protobuf::io::CodedInputStream;

// Tags and lengths take at most 5 bytes on the wire for the generated parser; CodedInputStream
// alone would take 10 and drop the high bits, accepting bytes the message refuses.
inline bool read_varint32_of_5(CodedInputStream& input, std::uint32_t* value) {
  const int start = input.CurrentPosition();
  return input.ReadVarint32(value) && input.CurrentPosition() - start <= 5;
}

// A field's tag; false at a malformed one or field number 0.
inline bool read_tag(CodedInputStream& input, std::uint32_t* tag) {
  return read_varint32_of_5(input, tag) && WireFormatLite::GetTagFieldNumber(*tag) != 0;
}

// The length-delimited field at the stream's position, as a view into `bytes`.
inline std::optional<std::string_view> read_delimited(CodedInputStream& input, std::string_view bytes) {
  std::uint32_t length = 0;
  if (!read_varint32_of_5(input, &length)) return std::nullopt;
  const auto at = static_cast<size_t>(input.CurrentPosition());
  if (length > bytes.size() - at || !input.Skip(static_cast<int>(length))) return std::nullopt;
  return bytes.substr(at, length);
}

// Skips the unknown field `tag` starts, as the generated parser would; `nesting` counts the
// messages and groups around it.
inline bool skip_field(CodedInputStream& input, std::string_view bytes, std::uint32_t tag, int nesting) {
  switch (WireFormatLite::GetTagWireType(tag)) {
    case WireFormatLite::WIRETYPE_VARINT: {
      std::uint64_t ignored = 0;
      return input.ReadVarint64(&ignored);
    }
    case WireFormatLite::WIRETYPE_FIXED64:
      return input.Skip(8);
    case WireFormatLite::WIRETYPE_LENGTH_DELIMITED:
      return read_delimited(input, bytes).has_value();
    case WireFormatLite::WIRETYPE_START_GROUP: {
      // The generated parser's limit on nested messages and groups.
      if (nesting + 1 > CodedInputStream::GetDefaultRecursionLimit()) return false;
      const std::uint32_t end_tag =
          WireFormatLite::MakeTag(WireFormatLite::GetTagFieldNumber(tag), WireFormatLite::WIRETYPE_END_GROUP);
      for (;;) {
        std::uint32_t inner = 0;
        if (!read_tag(input, &inner)) return false;
        if (inner == end_tag) return true;
        if (!skip_field(input, bytes, inner, nesting + 1)) return false;
      }
    }
    case WireFormatLite::WIRETYPE_FIXED32:
      return input.Skip(4);
    default:  // an end of group never started, or wire types 6 and 7
      return false;
  }
}

// Calls on_field(number, input) for each field of the message in `bytes`; on_field reads a
// field it knows and returns true, or returns std::nullopt to have it skipped as unknown.
template <typename OnField>
bool for_each_field(std::string_view bytes, int nesting, const OnField& on_field) {
  CodedInputStream input(reinterpret_cast<const std::uint8_t*>(bytes.data()), static_cast<int>(bytes.size()));
  while (static_cast<size_t>(input.CurrentPosition()) < bytes.size()) {
    std::uint32_t tag = 0;
    if (!read_tag(input, &tag)) return false;
    const std::optional<bool> known = on_field(tag, input);
    if (known.has_value()) {
      if (!*known) return false;
    } else if (!skip_field(input, bytes, tag, nesting)) {
      return false;
    }
  }
  return true;
}

inline constexpr std::uint32_t tag_of(int field, WireFormatLite::WireType type) {
  return WireFormatLite::MakeTag(field, type);
}

}  // namespace detail

inline DatasetQueryView DatasetQueryView::of(const v1::DatasetQuery& query) {
  DatasetQueryView view;
  view.dataset = query.dataset();
  view.indicator = query.indicator();
  view.entity = query.entity();
  view.counterpart = query.counterpart();
  view.period = {query.period().start(), query.period().end(),      query.period().label(),
                 query.period().text(),  query.period().relative(), query.period().inferred()};
  view.cue_words.assign(query.cue_words().begin(), query.cue_words().end());
  view.limit = query.limit();
  view.exact_counterpart = query.exact_counterpart();
  view.omit_descriptions = query.omit_descriptions();
  return view;
}

inline bool DatasetQueryView::decode(std::string_view bytes) {
  using detail::tag_of;
  using detail::WireFormatLite;
  constexpr auto kDelimited = WireFormatLite::WIRETYPE_LENGTH_DELIMITED;
  constexpr auto kVarint = WireFormatLite::WIRETYPE_VARINT;
  std::vector<std::string_view> words = std::move(cue_words);  // its capacity is kept
  words.clear();
  *this = DatasetQueryView();
  cue_words = std::move(words);
  const auto read_string = [&](detail::CodedInputStream& input, std::string_view whole,
                               std::string_view* target, const char* name) {
    const auto text = detail::read_delimited(input, whole);
    if (!text || !WireFormatLite::VerifyUtf8String(text->data(), static_cast<int>(text->size()),
                                                   WireFormatLite::PARSE, name)) {
      return false;
    }
    *target = *text;
    return true;
  };
  const auto read_bool = [](detail::CodedInputStream& input, bool* target) {
    std::uint64_t value = 0;
    if (!input.ReadVarint64(&value)) return false;
    *target = value != 0;
    return true;
  };
  const auto read_period = [&](std::string_view period_bytes) {
    return detail::for_each_field(
        period_bytes, 1, [&](std::uint32_t tag, auto& input) -> std::optional<bool> {
          switch (tag) {
            case tag_of(v1::Period::kStartFieldNumber, kDelimited):
              return read_string(input, period_bytes, &period.start, "factcheck.v1.Period.start");
            case tag_of(v1::Period::kEndFieldNumber, kDelimited):
              return read_string(input, period_bytes, &period.end, "factcheck.v1.Period.end");
            case tag_of(v1::Period::kLabelFieldNumber, kDelimited):
              return read_string(input, period_bytes, &period.label, "factcheck.v1.Period.label");
            case tag_of(v1::Period::kTextFieldNumber, kDelimited):
              return read_string(input, period_bytes, &period.text, "factcheck.v1.Period.text");
            case tag_of(v1::Period::kRelativeFieldNumber, kVarint):
              return read_bool(input, &period.relative);
            case tag_of(v1::Period::kInferredFieldNumber, kVarint):
              return read_bool(input, &period.inferred);
            default:
              return std::nullopt;
          }
        });
  };
  return detail::for_each_field(bytes, 0, [&](std::uint32_t tag, auto& input) -> std::optional<bool> {
    using Fields = v1::DatasetQuery;
    switch (tag) {
      case tag_of(Fields::kDatasetFieldNumber, kDelimited):
        return read_string(input, bytes, &dataset, "factcheck.v1.DatasetQuery.dataset");
      case tag_of(Fields::kIndicatorFieldNumber, kDelimited):
        return read_string(input, bytes, &indicator, "factcheck.v1.DatasetQuery.indicator");
      case tag_of(Fields::kEntityFieldNumber, kDelimited):
        return read_string(input, bytes, &entity, "factcheck.v1.DatasetQuery.entity");
      case tag_of(Fields::kCounterpartFieldNumber, kDelimited):
        return read_string(input, bytes, &counterpart, "factcheck.v1.DatasetQuery.counterpart");
      case tag_of(Fields::kPeriodFieldNumber, kDelimited): {
        const auto period_bytes = detail::read_delimited(input, bytes);
        return period_bytes && read_period(*period_bytes);
      }
      case tag_of(Fields::kCueWordsFieldNumber, kDelimited):
        return read_string(input, bytes, &cue_words.emplace_back(), "factcheck.v1.DatasetQuery.cue_words");
      case tag_of(Fields::kLimitFieldNumber, kVarint):
        return input.ReadVarint32(&limit);
      case tag_of(Fields::kExactCounterpartFieldNumber, kVarint):
        return read_bool(input, &exact_counterpart);
      case tag_of(Fields::kOmitDescriptionsFieldNumber, kVarint):
        return read_bool(input, &omit_descriptions);
      default:
        return std::nullopt;
    }
  });
}

inline v1::DatasetQuery DatasetQueryView::to_message() const {
  v1::DatasetQuery query;
  query.set_dataset(std::string(dataset));
  query.set_indicator(std::string(indicator));
  query.set_entity(std::string(entity));
  query.set_counterpart(std::string(counterpart));
  if (!period.start.empty() || !period.end.empty() || !period.label.empty() || !period.text.empty() ||
      period.relative || period.inferred) {
    auto& out = *query.mutable_period();
    out.set_start(std::string(period.start));
    out.set_end(std::string(period.end));
    out.set_label(std::string(period.label));
    out.set_text(std::string(period.text));
    out.set_relative(period.relative);
    out.set_inferred(period.inferred);
  }
  for (const auto word : cue_words) query.add_cue_words(std::string(word));
  query.set_limit(limit);
  query.set_exact_counterpart(exact_counterpart);
  query.set_omit_descriptions(omit_descriptions);
  return query;
}

}  // namespace factcheck::plugin
