// What the host needs from the dataset store to answer plugins' queries.
#pragma once

#include <string>

#include "factcheck/v1/plugin.pb.h"
#include "plugin/dataset_query_view.hpp"
#include "util/status.hpp"

namespace factcheck::plugin {

class DatasetService {
 public:
  virtual ~DatasetService() = default;

  // Answers `query` with a DatasetQueryResult in protobuf wire format, written over *out
  // (its capacity is kept, so one buffer serves many queries). On error *out is empty.
  // Must be thread-safe: plugins query from several threads at once.
  virtual Status query_encoded(const v1::DatasetQuery& query, std::string* out) const = 0;

  // The same for a query read in place from a plugin's bytes (the host's path). By default
  // through query_encoded, on the message the view reads.
  virtual Status query_view(const DatasetQueryView& query, std::string* out) const {
    return query_encoded(query.to_message(), out);
  }

  // Whether a dataset package of this name is loaded (a plugin's manifest declares the ones it
  // needs). A service that cannot tell says yes.
  virtual bool has_dataset(const std::string& /*name*/) const { return true; }

  // The same answer as a message, parsed from query_encoded's bytes so that both forms
  // always agree.
  Status query(const v1::DatasetQuery& query, v1::DatasetQueryResult* result) const {
    result->Clear();
    std::string bytes;
    if (Status status = query_encoded(query, &bytes); !status) return status;
    if (!result->ParseFromString(bytes)) {
      return Status::internal("dataset answer is not a valid DatasetQueryResult (" +
                              std::to_string(bytes.size()) + " bytes)");
    }
    return Status::ok();
  }
};

}  // namespace factcheck::plugin
