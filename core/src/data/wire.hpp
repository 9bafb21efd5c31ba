// Protobuf wire encoding of the store's answers, written field by field from the store's own
// data rather than through generated messages: building a DatasetRow per returned row costs
// ~20 string copies, then a serialisation. Fields at their default value are left out as
// proto3 serialisation leaves them out, so the bytes parse to the message the generated code
// would have produced.
//
// An encoding is a function `fields(sink)` calling the add_* methods of its sink; it runs
// twice, once on a Sizer (message lengths precede message bodies on the wire) and once on a
// Writer, and must make the same calls both times.
#pragma once

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>

#include <array>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace factcheck::data::wire {

using google::protobuf::internal::WireFormatLite;
using google::protobuf::io::CodedOutputStream;

// Counts the bytes the same calls on a Writer write.
class Sizer {
 public:
  size_t size() const { return size_; }

  void add_string(int field, std::string_view text) {
    if (!text.empty()) size_ += tag_size(field) + WireFormatLite::LengthDelimitedSize(text.size());
  }
  // A repeated string's element: written even when empty.
  void add_repeated_string(int field, std::string_view text) {
    size_ += tag_size(field) + WireFormatLite::LengthDelimitedSize(text.size());
  }
  // One string field made of `parts` joined by `separator`.
  template <size_t N>
  void add_joined(int field, const std::array<std::string_view, N>& parts, char /*separator*/) {
    size_t length = N - 1;
    for (const auto part : parts) length += part.size();
    if (length > 0) size_ += tag_size(field) + WireFormatLite::LengthDelimitedSize(length);
  }
  // A present submessage: written even when all its fields are defaults.
  template <typename Fields>
  void add_message(int field, const Fields& fields) {
    Sizer inner;
    fields(inner);
    size_ += tag_size(field) + WireFormatLite::LengthDelimitedSize(inner.size());
  }
  // Fields already encoded (by encode() below).
  void add_encoded(std::string_view bytes) { size_ += bytes.size(); }
  void add_double(int field, double value) {
    if (bits_of(value) != 0) size_ += tag_size(field) + WireFormatLite::kDoubleSize;
  }
  void add_float(int field, float value) {
    if (bits_of(value) != 0) size_ += tag_size(field) + WireFormatLite::kFloatSize;
  }
  void add_bool(int field, bool value) {
    if (value) size_ += tag_size(field) + WireFormatLite::kBoolSize;
  }
  void add_uint32(int field, std::uint32_t value) {
    if (value != 0) size_ += tag_size(field) + WireFormatLite::UInt32Size(value);
  }

  // proto3 leaves out a float or double only when it is +0.0 (-0.0 is written).
  static std::uint64_t bits_of(double value) {
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
  }
  static std::uint32_t bits_of(float value) {
    std::uint32_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
  }

 private:
  // Every field number of these messages is below 2048: the tag's wire type does not change
  // its size.
  static size_t tag_size(int field) { return WireFormatLite::TagSize(field, WireFormatLite::TYPE_STRING); }

  size_t size_ = 0;
};

// Writes into a buffer the Sizer measured.
class Writer {
 public:
  explicit Writer(std::uint8_t* target) : at_(target) {}
  std::uint8_t* position() const { return at_; }

  void add_string(int field, std::string_view text) {
    if (!text.empty()) add_repeated_string(field, text);
  }
  void add_repeated_string(int field, std::string_view text) {
    put_length_header(field, text.size());
    put_raw(text);
  }
  template <size_t N>
  void add_joined(int field, const std::array<std::string_view, N>& parts, char separator) {
    size_t length = N - 1;
    for (const auto part : parts) length += part.size();
    if (length == 0) return;
    put_length_header(field, length);
    for (size_t i = 0; i < N; ++i) {
      if (i > 0) *at_++ = static_cast<std::uint8_t>(separator);
      put_raw(parts[i]);
    }
  }
  template <typename Fields>
  void add_message(int field, const Fields& fields) {
    Sizer inner;
    fields(inner);
    add_message(field, inner.size(), fields);
  }
  // A submessage whose encoded size the caller already measured.
  template <typename Fields>
  void add_message(int field, size_t size, const Fields& fields) {
    put_length_header(field, size);
    [[maybe_unused]] const std::uint8_t* body = at_;
    fields(*this);
    assert(static_cast<size_t>(at_ - body) == size);
  }
  void add_encoded(std::string_view bytes) { put_raw(bytes); }
  void add_double(int field, double value) {
    if (Sizer::bits_of(value) != 0) at_ = WireFormatLite::WriteDoubleToArray(field, value, at_);
  }
  void add_float(int field, float value) {
    if (Sizer::bits_of(value) != 0) at_ = WireFormatLite::WriteFloatToArray(field, value, at_);
  }
  void add_bool(int field, bool value) {
    if (value) at_ = WireFormatLite::WriteBoolToArray(field, value, at_);
  }
  void add_uint32(int field, std::uint32_t value) {
    if (value != 0) at_ = WireFormatLite::WriteUInt32ToArray(field, value, at_);
  }

 private:
  void put_length_header(int field, size_t length) {
    at_ = CodedOutputStream::WriteTagToArray(
        WireFormatLite::MakeTag(field, WireFormatLite::WIRETYPE_LENGTH_DELIMITED), at_);
    at_ = CodedOutputStream::WriteVarint32ToArray(static_cast<std::uint32_t>(length), at_);
  }
  void put_raw(std::string_view text) {
    if (text.empty()) return;  // an empty view's data() may be null, which memcpy must not get
    std::memcpy(at_, text.data(), text.size());
    at_ += text.size();
  }

  std::uint8_t* at_;
};

// The fields written by `fields`, for add_encoded.
template <typename Fields>
std::string encode(const Fields& fields) {
  Sizer sizer;
  fields(sizer);
  std::string out(sizer.size(), '\0');
  Writer writer(reinterpret_cast<std::uint8_t*>(out.data()));
  fields(writer);
  assert(writer.position() == reinterpret_cast<const std::uint8_t*>(out.data() + out.size()));
  return out;
}

// Appends to *out the submessage field `field` encoded by `fields`.
template <typename Fields>
void append_message(std::string* out, int field, const Fields& fields) {
  Sizer body;
  fields(body);
  const size_t total = WireFormatLite::TagSize(field, WireFormatLite::TYPE_MESSAGE) +
                       WireFormatLite::LengthDelimitedSize(body.size());
  const size_t start = out->size();
  out->resize(start + total);
  Writer writer(reinterpret_cast<std::uint8_t*>(out->data() + start));
  writer.add_message(field, body.size(), fields);
  assert(writer.position() == reinterpret_cast<const std::uint8_t*>(out->data() + out->size()));
}

}  // namespace factcheck::data::wire
