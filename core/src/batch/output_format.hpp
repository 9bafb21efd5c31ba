// The output formats of `factcheck check`, rendered to bytes: shared by the single-article
// command and the batch runner (docs/outputs.md).
#pragma once

#include <string>
#include <vector>

#include "factcheck/v1/types.pb.h"
#include "report/claimreview.hpp"
#include "util/status.hpp"

namespace factcheck::batch {

// text, json, html, claimreview; jsonl (batch only: per-article lines, full reports as json).
const std::vector<std::string>& format_names();

struct OutputOptions {
  std::string format = "text";
  bool colour = false;  // text only: ANSI colours
  report::ClaimReviewOptions claimreview;
};

// Extension of one article's report file: ".txt", ".json", ".html", ".claimreview.json".
std::string report_extension(const std::string& format);

// The whole report in options.format ("jsonl" renders the JSON report).
Status render_report(const v1::Report& report, const OutputOptions& options, std::string* out);

}  // namespace factcheck::batch
