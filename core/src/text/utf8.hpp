// UTF-8 helpers for offsets: the data model counts Unicode code points, the scanners work on
// bytes, so every span is converted once on its way out.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace factcheck::text {

// Number of code points in valid UTF-8 `bytes` (continuation bytes are not counted).
std::size_t count_code_points(std::string_view bytes);

// True when `byte` starts a code point (is not a continuation byte).
inline bool is_lead_byte(unsigned char byte) { return (byte & 0xC0U) != 0x80U; }

// Largest offset <= `offset` that starts a code point (or equals text.size()).
std::size_t floor_to_code_point(std::string_view text, std::size_t offset);

// Converts increasing byte offsets into code-point offsets in time linear in the distance
// walked. Going backwards restarts from the last checkpoint set with `checkpoint`.
class CodePointCursor {
 public:
  explicit CodePointCursor(std::string_view text) : text_(text) {}

  // Makes `byte_offset` (a code-point boundary) the place to restart from.
  void checkpoint(std::size_t byte_offset);
  // Code-point offset of `byte_offset`, which must be a code-point boundary.
  std::uint32_t code_point_at(std::size_t byte_offset);

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::size_t code_point_ = 0;
  std::size_t checkpoint_byte_ = 0;
  std::size_t checkpoint_code_point_ = 0;
};

}  // namespace factcheck::text
