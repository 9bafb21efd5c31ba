#include "report/claimreview.hpp"

#include <chrono>
#include <cstdio>
#include <regex>

namespace factcheck::report {
namespace {

constexpr const char* kDraftNote =
    "Machine-generated draft by factcheck: an editor must verify the rating, the explanation and the "
    "sources before publishing.";

std::string today_utc() {
  const std::chrono::year_month_day date{
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

bool is_date(const std::string& text) {
  static const std::regex kDate(R"(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))");
  return std::regex_match(text, kDate);
}

std::string trim(const std::string& text) {
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

nlohmann::ordered_json citations(const v1::ClaimResult& result) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& evidence : result.evidence()) {
    nlohmann::ordered_json dataset = {{"@type", "Dataset"}, {"name", evidence.dataset()}};
    if (!evidence.dataset_version().empty()) dataset["version"] = evidence.dataset_version();
    if (!evidence.row_key().empty()) dataset["identifier"] = evidence.row_key();
    if (!evidence.source_url().empty()) dataset["url"] = evidence.source_url();
    if (!evidence.source_name().empty()) {
      dataset["creator"] = {{"@type", "Organization"}, {"name", evidence.source_name()}};
    }
    if (!evidence.sha256().empty()) dataset["sha256"] = evidence.sha256();
    out.push_back(std::move(dataset));
  }
  return out;
}

}  // namespace

bool rating_for(v1::Verdict verdict, Rating* rating) {
  switch (verdict) {
    case v1::SUPPORTED:
      *rating = {5, "Supported by the data"};
      return true;
    case v1::CONFLICTING:
      *rating = {3, "Sources disagree"};
      return true;
    case v1::REFUTED:
      *rating = {1, "Contradicted by the data"};
      return true;
    default:
      return false;
  }
}

Status render_claimreview(const v1::Report& report, const ClaimReviewOptions& options,
                          nlohmann::ordered_json* out) {
  if (trim(options.author_name).empty()) {
    return Status::invalid_argument("ClaimReview needs an author: the fact-checking organisation's name");
  }
  const std::string review_date = options.review_date.empty() ? today_utc() : options.review_date;
  if (!is_date(review_date)) {
    return Status::invalid_argument("ClaimReview date '" + review_date + "' is not a YYYY-MM-DD date");
  }
  const auto& document = report.document();
  nlohmann::ordered_json author = {{"@type", "Organization"}, {"name", trim(options.author_name)}};
  if (!options.author_url.empty()) author["url"] = options.author_url;

  nlohmann::ordered_json appearance = {{"@type", "CreativeWork"}};
  if (!document.source_url().empty()) appearance["url"] = document.source_url();
  if (!document.published().empty()) appearance["datePublished"] = document.published();
  if (!document.title().empty()) appearance["headline"] = document.title();

  std::string review_url = options.review_url;
  for (auto at = review_url.find("{id}"); at != std::string::npos; at = review_url.find("{id}", at)) {
    review_url.replace(at, 4, document.id());
    at += document.id().size();
  }
  *out = nlohmann::ordered_json::array();
  for (const auto& result : report.claims()) {
    Rating rating{};
    if (!rating_for(result.verdict(), &rating)) continue;
    const auto& claim = result.claim();
    const std::string statement = trim(claim.sentence().empty() ? claim.text() : claim.sentence());
    nlohmann::ordered_json item = {
        {"@type", "Claim"}, {"appearance", appearance}, {"firstAppearance", appearance}};
    if (!document.published().empty()) item["datePublished"] = document.published();
    if (!claim.text().empty()) item["text"] = claim.text();

    nlohmann::ordered_json review = {
        {"@context", "https://schema.org"},
        {"@type", "ClaimReview"},
        {"claimReviewed", statement},
        {"reviewRating",
         {{"@type", "Rating"},
          {"ratingValue", rating.value},
          {"bestRating", kBestRating},
          {"worstRating", kWorstRating},
          {"alternateName", rating.alternate_name},
          {"ratingExplanation", result.explanation()}}},
        {"itemReviewed", std::move(item)},
        {"author", author},
        {"datePublished", review_date},
        {"reviewBody", result.explanation()},
        {"creativeWorkStatus", "Draft"},
        {"description", kDraftNote},
        {"identifier", (document.id().empty() ? std::string() : document.id() + "#") + claim.id()},
        {"citation", citations(result)},
    };
    if (!review_url.empty()) review["url"] = review_url + "#" + claim.id();
    if (!document.language().empty()) review["inLanguage"] = document.language();
    out->push_back(std::move(review));
  }
  return Status::ok();
}

}  // namespace factcheck::report
