// The calling thread's dataset-query context: which store answers the queries of the check
// running on it (data::VintagedStores::Scope sets it). CallRunner carries it onto the thread
// that runs a plugin call, so a plugin's queries are answered as its caller's would be.
#pragma once

namespace factcheck::plugin {

inline const void*& query_context() {
  thread_local const void* context = nullptr;
  return context;
}

}  // namespace factcheck::plugin
