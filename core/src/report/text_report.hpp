// The terminal report of `factcheck check`: the article's sentences with every claim marked,
// a verdict table with each claim's explanation and evidence, and the summary line.
#pragma once

#include <ostream>

#include "factcheck/v1/types.pb.h"

namespace factcheck::report {

struct TextReportOptions {
  // ANSI colours per verdict; the CLI turns them on for a terminal without NO_COLOR.
  bool colour = false;
};

void write_text_report(const v1::Report& report, std::ostream& out, const TextReportOptions& options = {});

}  // namespace factcheck::report
