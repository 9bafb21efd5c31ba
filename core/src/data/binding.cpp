#include "data/binding.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include <fmt/format.h>

#include "text/lemma.hpp"

namespace factcheck::data {
namespace {

constexpr std::array<std::string_view, 22> kKeys{"factcheck_binding",
                                                 "resource",
                                                 "measure",
                                                 "text_measure",
                                                 "scale",
                                                 "unit",
                                                 "entity",
                                                 "counterpart",
                                                 "period",
                                                 "indicator",
                                                 "indicator_field",
                                                 "description",
                                                 "cue_words",
                                                 "indicators",
                                                 "source_name",
                                                 "source_url",
                                                 "retrieved",
                                                 "confidence",
                                                 "value_kind",
                                                 "qualifier",
                                                 "notes",
                                                 "vintage"};
constexpr std::array<std::string_view, 4> kIndicatorKeys{"description", "unit", "cue_words", "symmetric"};

bool valid_indicator_name(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
  });
}

class BindingReader {
 public:
  BindingReader(const Document& document, ErrorSink& errors) : document_(document), errors_(errors) {}

  void fail(std::initializer_list<std::string_view> where, const std::string& message) {
    const auto [line, column] = document_.locate(where);
    errors_.error(document_.path, line, column, "binding: " + message);
  }

  std::string string_key(const nlohmann::json& object, std::string_view key, bool required) {
    const auto it = object.find(key);
    if (it == object.end()) {
      if (required) fail({}, fmt::format("missing required key \"{}\"", key));
      return {};
    }
    if (!it->is_string() || it->get<std::string>().empty()) {
      fail({key}, fmt::format("\"{}\" must be a non-empty string", key));
      return {};
    }
    return it->get<std::string>();
  }

  BoundValue bound_value(const nlohmann::json& object, std::string_view key) {
    BoundValue value;
    const auto it = object.find(key);
    if (it == object.end()) return value;
    if (it->is_string()) {
      value.constant = it->get<std::string>();
    } else if (it->is_object() && it->size() == 1 && it->contains("field") && (*it)["field"].is_string()) {
      value.field = (*it)["field"].get<std::string>();
    } else {
      fail({key}, fmt::format("\"{}\" must be a string or {{\"field\": \"column name\"}}", key));
    }
    return value;
  }

  std::vector<std::string> cue_words(const nlohmann::json& object, std::string_view at) {
    std::vector<std::string> out;
    const auto it = object.find("cue_words");
    if (it == object.end()) return out;
    if (!it->is_array()) {
      fail({at, "cue_words"}, "\"cue_words\" must be an array of strings");
      return out;
    }
    for (const auto& word : *it) {
      if (!word.is_string() || word.get<std::string>().empty()) {
        fail({at, "cue_words"}, "\"cue_words\" must be an array of non-empty strings");
        continue;
      }
      auto lemma = text::lemma_phrase(word.get<std::string>());
      if (std::find(out.begin(), out.end(), lemma) == out.end()) out.push_back(std::move(lemma));
    }
    return out;
  }

  void indicator(const std::string& name, const nlohmann::json& spec, Binding* out) {
    if (!valid_indicator_name(name)) {
      fail({name}, "indicator name '" + name + "' must use only a-z, 0-9, '_', '.', '-'");
      return;
    }
    IndicatorSpec indicator{name, {}, {}, {}};
    if (!spec.is_object()) {
      fail({"indicators", name}, "indicator '" + name + "' must be an object");
      return;
    }
    for (const auto& [key, value] : spec.items()) {
      if (std::find(kIndicatorKeys.begin(), kIndicatorKeys.end(), key) == kIndicatorKeys.end()) {
        fail({"indicators", name, key}, "unknown key \"" + key + "\" in indicator '" + name +
                                            "' (allowed: description, unit, cue_words, symmetric)");
      }
    }
    indicator.description = spec.value("description", std::string());
    indicator.unit = spec.value("unit", std::string());
    indicator.cue_words = cue_words(spec, name);
    if (const auto symmetric = spec.find("symmetric"); symmetric != spec.end()) {
      if (symmetric->is_boolean()) {
        indicator.symmetric = symmetric->get<bool>();
      } else {
        fail({name, "symmetric"}, "\"symmetric\" must be true or false");
      }
    }
    out->indicators[name] = std::move(indicator);
  }

 private:
  const Document& document_;
  ErrorSink& errors_;
};

}  // namespace

bool parse_binding(const Document& document, Binding* out, ErrorSink& errors) {
  const size_t errors_before = errors.error_count();
  BindingReader reader(document, errors);
  const auto& json = document.json;
  for (const auto& [key, value] : json.items()) {
    if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) {
      reader.fail({key}, "unknown key \"" + key + "\" (see docs/datasets.md for the binding format)");
    }
  }
  if (const auto version = json.find("factcheck_binding"); version != json.end() && *version != 1) {
    reader.fail({"factcheck_binding"}, "unsupported binding version (this factcheck reads version 1)");
  }
  out->resource = json.contains("resource") ? reader.string_key(json, "resource", false) : std::string();
  out->measure = reader.string_key(json, "measure", true);
  out->entity = reader.string_key(json, "entity", true);
  if (json.contains("text_measure")) out->text_measure = reader.string_key(json, "text_measure", false);
  if (json.contains("counterpart")) out->counterpart = reader.string_key(json, "counterpart", false);
  if (json.contains("period")) out->period = reader.string_key(json, "period", false);
  if (const auto scale = json.find("scale"); scale != json.end()) {
    if (!scale->is_number() || scale->get<double>() == 0) {
      reader.fail({"scale"}, "\"scale\" must be a non-zero number");
    } else {
      out->scale = scale->get<double>();
    }
  }
  out->unit = reader.bound_value(json, "unit");
  out->source_name = reader.bound_value(json, "source_name");
  out->source_url = reader.bound_value(json, "source_url");
  out->retrieved = reader.bound_value(json, "retrieved");
  out->confidence = reader.bound_value(json, "confidence");
  out->value_kind = reader.bound_value(json, "value_kind");
  out->qualifier = reader.bound_value(json, "qualifier");
  out->notes = reader.bound_value(json, "notes");

  const bool fixed = json.contains("indicator");
  const bool per_row = json.contains("indicator_field");
  if (fixed == per_row) {
    reader.fail({}, "give exactly one of \"indicator\" (a fixed name) and \"indicator_field\" (a column)");
  } else if (fixed) {
    const std::string name = reader.string_key(json, "indicator", true);
    if (json.contains("indicators"))
      reader.fail({"indicators"},
                  "\"indicators\" goes with \"indicator_field\"; with a fixed \"indicator\" put description "
                  "and cue_words at the top level");
    nlohmann::json spec = nlohmann::json::object();
    for (const auto key : kIndicatorKeys) {
      if (key != "unit" && key != "symmetric" && json.contains(key))
        spec[std::string(key)] = json[std::string(key)];
    }
    if (!name.empty()) reader.indicator(name, spec, out);
  } else {
    out->indicator_field = reader.string_key(json, "indicator_field", true);
    if (json.contains("description") || json.contains("cue_words")) {
      reader.fail({json.contains("cue_words") ? "cue_words" : "description"},
                  "with \"indicator_field\", description and cue_words go under \"indicators\"");
    }
    const auto indicators = json.find("indicators");
    if (indicators == json.end() || !indicators->is_object() || indicators->empty()) {
      reader.fail({"indicator_field"},
                  "\"indicator_field\" needs an \"indicators\" object declaring every indicator");
    } else {
      for (const auto& [name, spec] : indicators->items()) reader.indicator(name, spec, out);
    }
  }
  if (!out->unit.is_field() && out->unit.constant.empty()) {
    for (const auto& [name, indicator] : out->indicators) {
      if (indicator.unit.empty()) reader.fail({name}, "no unit for indicator '" + name + "': set \"unit\"");
    }
  }
  return errors.error_count() == errors_before;
}

}  // namespace factcheck::data
