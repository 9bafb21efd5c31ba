#include "report/json_report.hpp"

#include <google/protobuf/util/json_util.h>

namespace factcheck::report {

Status report_to_json(const v1::Report& report, std::string* json) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.preserve_proto_field_names = false;
  const auto status = google::protobuf::util::MessageToJsonString(report, json, options);
  if (!status.ok()) return Status::internal("cannot write the report as JSON: " + status.ToString());
  return Status::ok();
}

Status write_json_report(const v1::Report& report, std::ostream& out) {
  std::string json;
  if (Status status = report_to_json(report, &json); !status) return status;
  out << json;
  if (json.empty() || json.back() != '\n') out << '\n';
  return Status::ok();
}

}  // namespace factcheck::report
