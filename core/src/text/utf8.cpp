#include "text/utf8.hpp"

#include <cstring>

namespace factcheck::text {

std::size_t count_code_points(std::string_view bytes) {
  // Eight bytes at a time: continuation bytes are 10xxxxxx.
  std::size_t continuation = 0;
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes.data() + i, 8);
    const std::uint64_t marks = (word & ~(word << 1U) & 0x8080808080808080ULL) >> 7U;
    // Sum of the eight 0/1 bytes (no popcnt instruction needed).
    continuation += static_cast<std::size_t>((marks * 0x0101010101010101ULL) >> 56U);
  }
  for (; i < bytes.size(); ++i) continuation += is_lead_byte(static_cast<unsigned char>(bytes[i])) ? 0U : 1U;
  return bytes.size() - continuation;
}

std::size_t floor_to_code_point(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return text.size();
  while (offset > 0 && !is_lead_byte(static_cast<unsigned char>(text[offset]))) --offset;
  return offset;
}

void CodePointCursor::checkpoint(std::size_t byte_offset) {
  code_point_at(byte_offset);
  checkpoint_byte_ = byte_;
  checkpoint_code_point_ = code_point_;
}

std::uint32_t CodePointCursor::code_point_at(std::size_t byte_offset) {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  if (byte_offset < byte_) {
    if (byte_offset < checkpoint_byte_) {
      checkpoint_byte_ = 0;
      checkpoint_code_point_ = 0;
    }
    byte_ = checkpoint_byte_;
    code_point_ = checkpoint_code_point_;
  }
  code_point_ += count_code_points(text_.substr(byte_, byte_offset - byte_));
  byte_ = byte_offset;
  return static_cast<std::uint32_t>(code_point_);
}

}  // namespace factcheck::text
