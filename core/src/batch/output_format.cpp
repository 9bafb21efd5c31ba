#include "batch/output_format.hpp"

#include <sstream>

#include "report/html_report.hpp"
#include "report/json_report.hpp"
#include "report/text_report.hpp"

namespace factcheck::batch {

const std::vector<std::string>& format_names() {
  static const std::vector<std::string> kNames = {"text", "json", "html", "claimreview", "jsonl"};
  return kNames;
}

std::string report_extension(const std::string& format) {
  if (format == "text") return ".txt";
  if (format == "html") return ".html";
  if (format == "claimreview") return ".claimreview.json";
  return ".json";
}

Status render_report(const v1::Report& report, const OutputOptions& options, std::string* out) {
  if (options.format == "text") {
    std::ostringstream text;
    report::write_text_report(report, text, {.colour = options.colour});
    *out = text.str();
    return Status::ok();
  }
  if (options.format == "html") {
    *out = report::render_html(report);
    return Status::ok();
  }
  if (options.format == "claimreview") {
    nlohmann::ordered_json reviews;
    if (Status status = report::render_claimreview(report, options.claimreview, &reviews); !status)
      return status;
    *out = reviews.dump(2) + "\n";
    return Status::ok();
  }
  if (options.format == "json" || options.format == "jsonl") {
    if (Status status = report::report_to_json(report, out); !status) return status;
    out->push_back('\n');
    return Status::ok();
  }
  return Status::invalid_argument("unknown output format '" + options.format + "'");
}

}  // namespace factcheck::batch
