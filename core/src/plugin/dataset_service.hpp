// What the host needs from the dataset store to answer plugins' queries.
#pragma once

#include "factcheck/v1/plugin.pb.h"
#include "util/status.hpp"

namespace factcheck::plugin {

class DatasetService {
 public:
  virtual ~DatasetService() = default;
  // Must be thread-safe: plugins query from several threads at once.
  virtual Status query(const v1::DatasetQuery& query, v1::DatasetQueryResult* result) const = 0;
};

}  // namespace factcheck::plugin
