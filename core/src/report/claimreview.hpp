// schema.org ClaimReview JSON-LD drafts, one per checked claim (docs/outputs.md).
//
// Only claims with a data-based verdict are reviewed: SUPPORTED, REFUTED and CONFLICTING.
// NOT_ENOUGH_INFO and NOT_CHECKABLE claims have no rating and are left out.
// Every review is a machine-generated draft ("creativeWorkStatus": "Draft" plus a note) for an
// editor to approve before publishing.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "factcheck/v1/types.pb.h"
#include "util/status.hpp"

namespace factcheck::report {

struct ClaimReviewOptions {
  // The fact-checking organisation publishing the reviews (schema.org `author`). Required.
  std::string author_name;
  std::string author_url;
  // Where the reviews will be published; each review's `url` is this plus "#<claim id>", with
  // "{id}" replaced by the document's id (front matter `id`, else its path), so one setting
  // serves a batch. Empty: the review has no `url` yet (the editor adds it when publishing).
  std::string review_url;
  // The reviews' datePublished, YYYY-MM-DD; empty = today (UTC).
  std::string review_date;
};

// The verdict -> rating mapping (documented in docs/outputs.md).
struct Rating {
  int value;
  const char* alternate_name;
};
inline constexpr int kWorstRating = 1;
inline constexpr int kBestRating = 5;
// False for verdicts that get no review (NOT_ENOUGH_INFO, NOT_CHECKABLE, unspecified).
bool rating_for(v1::Verdict verdict, Rating* rating);

// A JSON array of ClaimReview objects, each with its own @context. Fails when the author is
// missing or review_date is not YYYY-MM-DD.
Status render_claimreview(const v1::Report& report, const ClaimReviewOptions& options,
                          nlohmann::ordered_json* out);

}  // namespace factcheck::report
