// The JSON report (contract for tools): the proto3 JSON mapping of v1::Report, camelCase
// field names, enum values by name, every field with a value (defaults omitted).
#pragma once

#include <ostream>
#include <string>

#include "factcheck/v1/types.pb.h"
#include "util/status.hpp"

namespace factcheck::report {

Status report_to_json(const v1::Report& report, std::string* json);

// Writes the report followed by a newline.
Status write_json_report(const v1::Report& report, std::ostream& out);

}  // namespace factcheck::report
