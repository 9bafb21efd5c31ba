// share_bounds: a dataset-free checker. A share of a whole ("60 percent of demand",
// "a third of the country") cannot exceed the whole; a claim whose whole band lies above
// the limit is refuted. Everything else is left to data-backed checkers.
#include <factcheck/sdk.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace {

using factcheck::v1::CheckResult;
using factcheck::v1::Claim;
using factcheck::v1::DocumentContext;

// True when the words right after the quantity make it a share of something: "... of".
bool is_share_of_whole(const Claim& claim) {
  const auto& sentence = claim.sentence();
  const auto pos = sentence.find(claim.text());
  if (pos == std::string::npos) return false;
  const std::string after = sentence.substr(pos + claim.text().size(), 4);
  return after == " of " && claim.quantity().change() == factcheck::v1::CHANGE_KIND_NONE;
}

double as_percent(const Claim& claim, double value) {
  return claim.kind() == "fraction" ? value * 100.0 : value;
}

class ShareBounds : public factcheck::sdk::Checker {
 public:
  static factcheck::sdk::Manifest manifest() {
    return {"share_bounds",
            "1.0.0",
            "Refutes shares of a whole above 100 percent (example out-of-tree plugin)",
            {"percent", "fraction"},
            {},
            R"({"type":"object","additionalProperties":false,
                "properties":{"max_percent":{"type":"number","minimum":0}}})"};
  }

  ShareBounds(const factcheck::sdk::Host& host, std::string_view config_json) {
    const auto config = nlohmann::json::parse(config_json);
    max_percent_ = config.value("max_percent", 100.0);
    host.log(factcheck::sdk::LogLevel::debug, "share_bounds: limit " + std::to_string(max_percent_) + "%");
  }

  float covers(const Claim& claim, const DocumentContext&) const override {
    return (claim.kind() == "percent" || claim.kind() == "fraction") && is_share_of_whole(claim) ? 0.2F
                                                                                                 : 0.0F;
  }

  CheckResult check(const Claim& claim, const DocumentContext&) const override {
    CheckResult result;
    result.set_claim_id(claim.id());
    const auto& band = claim.quantity().band();
    const double low = as_percent(claim, band.has_low() ? band.low() : claim.quantity().value());
    if (low > max_percent_) {
      result.set_verdict(factcheck::v1::REFUTED);
      result.set_explanation(factcheck::sdk::quoted(claim) + " is a share of a whole above " +
                             std::to_string(static_cast<int>(max_percent_)) + " percent: impossible.");
    } else {
      result.set_verdict(factcheck::v1::NOT_ENOUGH_INFO);
      result.set_missing("data: a plausible share; needs a data-backed checker");
    }
    return result;
  }

 private:
  double max_percent_ = 100.0;
};

}  // namespace

FACTCHECK_PLUGIN(ShareBounds)
