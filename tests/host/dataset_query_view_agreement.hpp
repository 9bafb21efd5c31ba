// The one check of DatasetQueryView::decode against the generated parser, shared by the unit
// test and the fuzzer (tests/fuzz/dataset_query_view_fuzzer.cpp).
#pragma once

#include <google/protobuf/util/message_differencer.h>

#include <optional>
#include <string>

#include "plugin/dataset_query_view.hpp"

namespace factcheck::plugin {

// Decodes `bytes` as a view and as a v1::DatasetQuery; nullopt when both refuse them, or both
// accept them and read the same query, otherwise what differs.
inline std::optional<std::string> view_disagreement(const std::string& bytes) {
  v1::DatasetQuery parsed;
  const bool parses = parsed.ParseFromString(bytes);
  DatasetQueryView view;
  const bool decodes = view.decode(bytes);
  if (parses != decodes) {
    return "message parse " + std::to_string(parses) + ", view decode " + std::to_string(decodes);
  }
  if (!parses) return std::nullopt;
  // Compared through the view's own form: an empty period sent is the same query as none (the
  // view keeps no presence, and the store never asks for it).
  std::string differences;
  google::protobuf::util::MessageDifferencer differencer;
  differencer.ReportDifferencesToString(&differences);
  if (!differencer.Compare(DatasetQueryView::of(parsed).to_message(), view.to_message())) return differences;
  return std::nullopt;
}

}  // namespace factcheck::plugin
