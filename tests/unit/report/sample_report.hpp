// A hand-built Report for the writers' tests: a short article of our own with non-ASCII text
// before the claims, markup and a hostile URL in it, and one claim of every verdict.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "factcheck/v1/types.pb.h"

namespace factcheck::report::testing {

// Claims c1..c6: SUPPORTED, REFUTED, NOT_ENOUGH_INFO, NOT_CHECKABLE, CONFLICTING, NOT_ENOUGH_INFO.
v1::Report sample_report();

// The code-point offset of byte offset `byte` in UTF-8 `text`.
std::uint32_t code_point_index(const std::string& text, std::size_t byte);

}  // namespace factcheck::report::testing
