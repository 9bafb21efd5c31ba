// Shared by the plugin host tests: a dataset service answering every query with one row, and
// a minimal count claim.
#pragma once

#include <string>

#include "factcheck/v1/plugin.pb.h"
#include "plugin/dataset_service.hpp"

namespace factcheck::plugin::test_support {

// Answers every query with one row, so tests see the callback reach the plugin and back.
class OneRowDatasets : public DatasetService {
 public:
  Status query_encoded(const v1::DatasetQuery& query, std::string* out) const override {
    v1::DatasetQueryResult result;
    auto* row = result.add_rows();
    row->set_dataset("test_data:" + query.indicator());
    row->set_value(42);
    return result.SerializeToString(out) ? Status::ok() : Status::internal("cannot serialise");
  }
};

inline v1::Claim claim(const std::string& id, double value) {
  v1::Claim c;
  c.set_id(id);
  c.set_kind("count");
  c.mutable_quantity()->set_value(value);
  return c;
}

}  // namespace factcheck::plugin::test_support
