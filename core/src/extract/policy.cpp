#include "extract/policy.hpp"

#include <algorithm>
#include <fstream>
#include <limits>
#include <sstream>

#include <nlohmann/json.hpp>

namespace factcheck::extract {
namespace {

using nlohmann::json;

HedgeRule hedge(std::string name, std::vector<std::string> before, std::vector<std::string> after,
                std::optional<double> low, std::optional<double> high, bool low_inclusive,
                bool high_inclusive) {
  return {std::move(name), std::move(before), std::move(after), low, high, low_inclusive, high_inclusive};
}

Status type_error(const std::string& origin, const std::string& key, const char* expected) {
  return Status::invalid_argument(origin + ": policy key '" + key + "' must be " + expected);
}

Status read_number(const json& value, const std::string& origin, const std::string& key, double* out) {
  if (!value.is_number()) return type_error(origin, key, "a number");
  *out = value.get<double>();
  return Status::ok();
}

Status read_optional_number(const json& value, const std::string& origin, const std::string& key,
                            std::optional<double>* out) {
  if (value.is_null()) {
    out->reset();
    return Status::ok();
  }
  if (!value.is_number()) return type_error(origin, key, "a number or null (unbounded)");
  *out = value.get<double>();
  return Status::ok();
}

Status read_bool(const json& value, const std::string& origin, const std::string& key, bool* out) {
  if (!value.is_boolean()) return type_error(origin, key, "true or false");
  *out = value.get<bool>();
  return Status::ok();
}

Status read_count(const json& value, const std::string& origin, const std::string& key, std::size_t* out) {
  if (!value.is_number_unsigned() || value.get<std::uint64_t>() == 0)
    return type_error(origin, key, "a positive integer");
  *out = static_cast<std::size_t>(value.get<std::uint64_t>());
  return Status::ok();
}

Status read_phrases(const json& value, const std::string& origin, const std::string& key,
                    std::vector<std::string>* out) {
  if (!value.is_array()) return type_error(origin, key, "an array of phrases");
  std::vector<std::string> phrases;
  for (const auto& item : value) {
    if (!item.is_string() || item.get<std::string>().empty())
      return type_error(origin, key, "an array of non-empty strings");
    phrases.push_back(item.get<std::string>());
  }
  *out = std::move(phrases);
  return Status::ok();
}

Status unknown_key(const std::string& origin, const std::string& key) {
  return Status::invalid_argument(origin + ": unknown policy key '" + key + "'");
}

Status read_hedge(const json& object, const std::string& origin, const std::string& prefix, HedgeRule* rule) {
  if (!object.is_object()) return type_error(origin, prefix, "an object");
  for (const auto& [key, value] : object.items()) {
    const std::string path = prefix + "." + key;
    Status status;
    if (key == "before") {
      status = read_phrases(value, origin, path, &rule->before);
    } else if (key == "after") {
      status = read_phrases(value, origin, path, &rule->after);
    } else if (key == "low_factor") {
      status = read_optional_number(value, origin, path, &rule->low_factor);
    } else if (key == "high_factor") {
      status = read_optional_number(value, origin, path, &rule->high_factor);
    } else if (key == "low_inclusive") {
      status = read_bool(value, origin, path, &rule->low_inclusive);
    } else if (key == "high_inclusive") {
      status = read_bool(value, origin, path, &rule->high_inclusive);
    } else {
      return unknown_key(origin, path);
    }
    if (!status) return status;
  }
  if (rule->before.empty() && rule->after.empty()) {
    return Status::invalid_argument(origin + ": policy hedge '" + prefix +
                                    "' needs 'before' or 'after' phrases");
  }
  if (rule->low_factor && rule->high_factor && *rule->low_factor > *rule->high_factor) {
    return Status::invalid_argument(origin + ": policy hedge '" + prefix + "' has low_factor > high_factor");
  }
  return Status::ok();
}

Status read_vague(const json& object, const std::string& origin, const std::string& prefix,
                  VagueRange* range) {
  if (!object.is_object()) return type_error(origin, prefix, "an object");
  for (const auto& [key, value] : object.items()) {
    const std::string path = prefix + "." + key;
    Status status;
    if (key == "phrases") {
      status = read_phrases(value, origin, path, &range->phrases);
    } else if (key == "low") {
      status = read_number(value, origin, path, &range->low);
    } else if (key == "high") {
      status = read_number(value, origin, path, &range->high);
    } else {
      return unknown_key(origin, path);
    }
    if (!status) return status;
  }
  if (range->phrases.empty())
    return Status::invalid_argument(origin + ": policy range '" + prefix + "' needs phrases");
  if (!(range->low >= 0 && range->low < range->high)) {
    return Status::invalid_argument(origin + ": policy range '" + prefix + "' needs 0 <= low < high");
  }
  return Status::ok();
}

Status apply(const json& root, const std::string& origin, Policy* policy) {
  if (!root.is_object()) return Status::invalid_argument(origin + ": a policy file must hold a JSON object");
  Policy result = *policy;
  for (const auto& [key, value] : root.items()) {
    Status status;
    if (key == "hedges" || key == "vague") {
      if (!value.is_object()) return type_error(origin, key, "an object keyed by rule name");
      for (const auto& item : value.items()) {
        const std::string name = item.key();
        const auto& rule_json = item.value();
        const std::string path = key + "." + name;
        if (key == "hedges") {
          auto it = std::find_if(result.hedges.begin(), result.hedges.end(),
                                 [&](const auto& r) { return r.name == name; });
          if (it == result.hedges.end())
            it = result.hedges.insert(result.hedges.end(), HedgeRule{name, {}, {}, {}, {}, true, true});
          status = read_hedge(rule_json, origin, path, &*it);
        } else {
          auto it = std::find_if(result.vague.begin(), result.vague.end(),
                                 [&](const auto& r) { return r.name == name; });
          if (it == result.vague.end())
            it = result.vague.insert(result.vague.end(), VagueRange{name, {}, 0, 0});
          status = read_vague(rule_json, origin, path, &*it);
        }
        if (!status) return status;
      }
      continue;
    }
    if (key == "rounding") {
      if (!value.is_object()) return type_error(origin, key, "an object");
      for (const auto& [field, number] : value.items()) {
        const std::string path = key + "." + field;
        if (field == "half_unit_factor") {
          status = read_number(number, origin, path, &result.rounding.half_unit_factor);
        } else if (field == "min_relative") {
          status = read_number(number, origin, path, &result.rounding.min_relative);
        } else if (field == "max_relative") {
          status = read_number(number, origin, path, &result.rounding.max_relative);
        } else {
          return unknown_key(origin, path);
        }
        if (!status) return status;
      }
      const auto& r = result.rounding;
      if (r.half_unit_factor < 0 || r.min_relative < 0 || r.min_relative > r.max_relative) {
        return Status::invalid_argument(origin +
                                        ": policy 'rounding' needs half_unit_factor >= 0 and "
                                        "0 <= min_relative <= max_relative");
      }
      continue;
    }
    if (key == "limits") {
      if (!value.is_object()) return type_error(origin, key, "an object");
      for (const auto& [field, number] : value.items()) {
        const std::string path = key + "." + field;
        if (field == "max_claims_per_sentence") {
          status = read_count(number, origin, path, &result.max_claims_per_sentence);
        } else if (field == "max_claims") {
          status = read_count(number, origin, path, &result.max_claims);
        } else if (field == "max_sentence_bytes") {
          status = read_count(number, origin, path, &result.max_sentence_bytes);
        } else if (field == "max_number_digits") {
          status = read_count(number, origin, path, &result.max_number_digits);
        } else {
          return unknown_key(origin, path);
        }
        if (!status) return status;
      }
      continue;
    }
    if (key == "fraction_relative") {
      status = read_number(value, origin, key, &result.fraction_relative);
    } else if (key == "multiple_relative") {
      status = read_number(value, origin, key, &result.multiple_relative);
    } else if (key == "min_match_confidence") {
      double confidence = 0;
      status = read_number(value, origin, key, &confidence);
      if (status && (confidence < 0 || confidence > 1)) {
        return Status::invalid_argument(origin + ": min_match_confidence must be between 0 and 1");
      }
      result.min_match_confidence = confidence;
    } else if (key == "$schema" || key == "description") {
      continue;  // documentation keys
    } else {
      return unknown_key(origin, key);
    }
    if (!status) return status;
  }
  if (result.fraction_relative < 0 || result.multiple_relative < 0) {
    return Status::invalid_argument(origin + ": policy relative tolerances must be >= 0");
  }
  *policy = std::move(result);
  return Status::ok();
}

}  // namespace

Policy default_policy() {
  Policy policy;
  policy.hedges = {
      hedge("nearly",
            {"nearly", "almost", "just under", "just below", "just shy of", "approaching", "nearing",
             "not quite"},
            {}, 0.90, 1.0, true, false),
      hedge("close_to", {"close to", "closer to", "near"}, {}, 0.90, 1.0, true, true),
      hedge("about",
            {"about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "approx.",
             "circa", "in the region of", "on the order of"},
            {"or so", "or thereabouts"}, 0.90, 1.10, true, true),
      hedge("just_over",
            {"just over", "just above", "slightly more than", "a little over", "a little more than",
             "slightly over"},
            {}, 1.0, 1.10, false, true),
      hedge("more_than",
            {"more than",    "over",          "above",       "in excess of", "upwards of", "exceeding",
             "greater than", "higher than",   "topping",     "topped",       "tops",       "passed",
             "passes",       "passing",       "surpassed",   "surpasses",    "surpassing", "exceeded",
             "exceeds",      "crossed",       "crosses",     "crossing",     "passed the", "topped the",
             "crossed the",  "surpassed the", "exceeded the"},
            {"plus"}, 1.0, std::nullopt, false, true),
      hedge("at_least", {"at least", "no fewer than", "no less than", "a minimum of", "not less than"},
            {"or more", "and more", "or higher", "and up"}, 1.0, std::nullopt, true, true),
      hedge("less_than", {"less than", "fewer than", "under", "below", "lower than", "short of"}, {}, 0.0,
            1.0, true, false),
      hedge("at_most",
            {"up to", "at most", "as many as", "as much as", "no more than", "a maximum of", "not more than",
             "as high as"},
            {"or less", "or fewer", "at most"}, 0.0, 1.0, true, true),
  };
  policy.vague = {
      {"dozens", {"dozens of", "scores of"}, 24, 100},
      {"hundreds", {"hundreds of", "several hundred", "a few hundred", "many hundreds of"}, 200, 1000},
      {"thousands", {"thousands of", "several thousand", "a few thousand", "many thousands of"}, 2000, 1e6},
      {"tens_of_thousands", {"tens of thousands of"}, 2e4, 1e5},
      {"hundreds_of_thousands", {"hundreds of thousands of"}, 2e5, 1e6},
      {"millions", {"millions of", "several million", "a few million", "many millions of"}, 2e6, 1e9},
      {"tens_of_millions", {"tens of millions of"}, 2e7, 1e8},
      {"hundreds_of_millions", {"hundreds of millions of"}, 2e8, 1e9},
      {"billions", {"billions of", "several billion", "a few billion"}, 2e9, 1e12},
      {"tens_of_billions", {"tens of billions of"}, 2e10, 1e11},
  };
  return policy;
}

Status parse_policy(const std::string& json_text, const std::string& origin, Policy* policy) {
  const json root = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return Status::invalid_argument(origin + ": not valid JSON");
  return apply(root, origin, policy);
}

Status load_policy(const std::filesystem::path& file, Policy* policy) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::not_found("cannot open policy file " + file.string());
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return Status::unavailable("cannot read policy file " + file.string());
  return parse_policy(content.str(), file.string(), policy);
}

}  // namespace factcheck::extract
