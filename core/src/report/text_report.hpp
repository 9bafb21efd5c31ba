// The terminal report of `factcheck check`: the article's sentences with every claim marked,
// a verdict table with each claim's explanation and evidence, and the summary line.
#pragma once

#include <ostream>
#include <string>

#include "factcheck/v1/types.pb.h"

namespace factcheck::report {

struct TextReportOptions {
  // ANSI colours per verdict; the CLI turns them on for a terminal without NO_COLOR.
  bool colour = false;
};

// "'demand' = demand of electricity (iraq-electricity/peak_demand, measure); confidence
// 0.85; the claim names Iraq; claim period 2015; rows 2015": a decisive verdict's match basis
// (docs/verdicts.md), shared by the text and HTML reports.
std::string match_line(const v1::ClaimResult& result);

void write_text_report(const v1::Report& report, std::ostream& out, const TextReportOptions& options = {});

}  // namespace factcheck::report
