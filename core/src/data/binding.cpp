#include "data/binding.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>

#include <fmt/format.h>

#include "text/lemma.hpp"

namespace factcheck::data {
namespace {

constexpr std::array<std::string_view, 25> kKeys{"factcheck_binding",
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
                                                 "granularity",
                                                 "aggregation",
                                                 "concept",
                                                 "vintage"};
constexpr std::array<std::string_view, 5> kIndicatorKeys{"description", "unit", "cue_words", "symmetric",
                                                         "concept"};
// Keys a series of a multi-series binding may set for itself.
constexpr std::array<std::string_view, 11> kSeriesKeys{
    "resource", "measure",     "text_measure", "scale",       "entity",    "counterpart",
    "period",   "granularity", "aggregation",  "source_name", "source_url"};
constexpr std::array<std::string_view, 6> kAggregations{"point", "mean", "end", "sum", "max", "min"};

template <size_t N>
bool one_of(const std::array<std::string_view, N>& keys, std::string_view key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

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
  // At `key` of the top level (`at` empty) or of the series `at`.
  void fail_at(std::string_view at, std::string_view key, const std::string& message) {
    at.empty() ? fail({key}, message) : fail({"indicators", at, key}, message);
  }

  std::string string_key(const nlohmann::json& object, std::string_view key, bool required,
                         std::string_view at = {}) {
    const auto it = object.find(key);
    if (it == object.end()) {
      if (required) fail({}, fmt::format("missing required key \"{}\"", key));
      return {};
    }
    if (!it->is_string() || it->get<std::string>().empty()) {
      fail_at(at, key, fmt::format("\"{}\" must be a non-empty string", key));
      return {};
    }
    return it->get<std::string>();
  }

  // The keys that say where a series' rows and values are, from the top level or one
  // series; a key absent from `object` keeps the value in *out.
  void series_keys(const nlohmann::json& object, std::string_view at, Binding* out) {
    const auto string_of = [&](std::string_view key, std::string* into) {
      if (object.contains(key)) *into = string_key(object, key, false, at);
    };
    string_of("resource", &out->resource);
    string_of("measure", &out->measure);
    string_of("text_measure", &out->text_measure);
    string_of("counterpart", &out->counterpart);
    string_of("period", &out->period);
    string_of("aggregation", &out->aggregation);
    if (!out->aggregation.empty() && !one_of(kAggregations, out->aggregation)) {
      fail_at(
          at, "aggregation",
          "\"aggregation\" must be one of point, mean, end, sum, max, min (got '" + out->aggregation + "')");
    }
    if (const auto scale = object.find("scale"); scale != object.end()) {
      if (!scale->is_number() || scale->get<double>() == 0) {
        fail_at(at, "scale", "\"scale\" must be a non-zero number");
      } else {
        out->scale = scale->get<double>();
      }
    }
    if (const auto granularity = object.find("granularity"); granularity != object.end()) {
      static const std::map<std::string, Granularity, std::less<>> kNames{{"year", Granularity::year},
                                                                          {"quarter", Granularity::quarter},
                                                                          {"month", Granularity::month},
                                                                          {"day", Granularity::day}};
      const auto it = granularity->is_string() ? kNames.find(granularity->get<std::string>()) : kNames.end();
      if (it == kNames.end()) {
        fail_at(at, "granularity", "\"granularity\" must be one of year, quarter, month, day");
      } else {
        out->granularity = it->second;
      }
    }
    entity_key(object, at, out);
  }

  // "entity": "Column" | {"constant": "XAU"} | {"field": "Column", "names": "country"}.
  void entity_key(const nlohmann::json& object, std::string_view at, Binding* out) {
    const auto it = object.find("entity");
    if (it == object.end()) return;
    out->entity.clear();
    out->entity_constant.clear();
    out->entity_names = false;
    if (it->is_string() && !it->get<std::string>().empty()) {
      out->entity = it->get<std::string>();
      return;
    }
    const auto text = [&](const char* key) {
      const auto value = it->find(key);
      return value != it->end() && value->is_string() ? value->get<std::string>() : std::string();
    };
    if (it->is_object() && it->size() == 1 && !text("constant").empty()) {
      out->entity_constant = text("constant");
    } else if (it->is_object() && !text("field").empty() &&
               (it->size() == 1 || (it->size() == 2 && text("names") == "country"))) {
      out->entity = text("field");
      out->entity_names = it->size() == 2;
    } else {
      fail_at(at, "entity",
              "\"entity\" must be a column name, {\"constant\": \"ID\"} or "
              "{\"field\": \"column\", \"names\": \"country\"}");
    }
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

  // The indicator's "concept", when it declares one; `fixed`: declared at the top level.
  std::optional<Concept> measured(const std::string& name, const nlohmann::json& spec, bool fixed) {
    const auto it = spec.find("concept");
    if (it == spec.end()) return std::nullopt;
    const std::string path = fixed ? std::string("concept") : "indicators." + name + ".concept";
    return parse_concept(*it, path, [&](std::string_view key, const std::string& message) {
      if (fixed) {
        key.empty() ? fail({"concept"}, message) : fail({"concept", key}, message);
      } else {
        key.empty() ? fail({"indicators", name, "concept"}, message)
                    : fail({"indicators", name, "concept", key}, message);
      }
    });
  }

  void indicator(const std::string& name, const nlohmann::json& spec, bool fixed, Binding* out,
                 bool series = false) {
    if (!valid_indicator_name(name)) {
      fail({name}, "indicator name '" + name + "' must use only a-z, 0-9, '_', '.', '-'");
      return;
    }
    IndicatorSpec indicator{name, {}, {}, {}, false, std::nullopt};
    if (!spec.is_object()) {
      fail({"indicators", name}, "indicator '" + name + "' must be an object");
      return;
    }
    for (const auto& [key, value] : spec.items()) {
      if (!one_of(kIndicatorKeys, key) && !(series && one_of(kSeriesKeys, key))) {
        fail({"indicators", name, key},
             "unknown key \"" + key + "\" in indicator '" + name +
                 (series ? "' (allowed: description, unit, cue_words, symmetric, concept, resource, measure, "
                           "text_measure, scale, entity, counterpart, period, granularity, aggregation, "
                           "source_name, source_url)"
                         : "' (allowed: description, unit, cue_words, symmetric, concept)"));
      }
    }
    indicator.description = spec.value("description", std::string());
    indicator.unit = spec.value("unit", std::string());
    indicator.cue_words = cue_words(spec, name);
    indicator.measured = measured(name, spec, fixed);
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

// Reads the binding into *out; for a multi-series binding also one Binding per series into
// *series (when series is null, such a binding is an error).
bool read_binding(const Document& document, Binding* out, std::vector<Binding>* series_out,
                  ErrorSink& errors) {
  const size_t errors_before = errors.error_count();
  BindingReader reader(document, errors);
  const auto& json = document.json;
  const bool series = series_out != nullptr && !json.contains("indicator") &&
                      !json.contains("indicator_field") && json.contains("indicators");
  for (const auto& [key, value] : json.items()) {
    if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) {
      reader.fail({key}, "unknown key \"" + key + "\" (see docs/datasets.md for the binding format)");
    }
  }
  if (const auto version = json.find("factcheck_binding"); version != json.end() && *version != 1) {
    reader.fail({"factcheck_binding"}, "unsupported binding version (this factcheck reads version 1)");
  }
  reader.series_keys(json, {}, out);
  if (!series) {
    if (!json.contains("measure")) reader.fail({}, "missing required key \"measure\"");
    if (!json.contains("entity")) reader.fail({}, "missing required key \"entity\"");
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
  if (series) {
    const auto& indicators = json["indicators"];
    if (!indicators.is_object() || indicators.empty()) {
      reader.fail({"indicators"}, "\"indicators\" must be an object declaring every series");
      return false;
    }
    for (const std::string_view key : {"description", "cue_words", "concept"}) {
      if (json.contains(key)) {
        reader.fail({key}, "with several series, description, cue_words and concept go under \"indicators\"");
        break;
      }
    }
    for (const auto& [name, spec] : indicators.items()) {
      Binding one = *out;
      if (!spec.is_object()) {
        reader.fail({"indicators", name}, "indicator '" + name + "' must be an object");
        continue;
      }
      reader.series_keys(spec, name, &one);
      if (spec.contains("source_name")) one.source_name = reader.bound_value(spec, "source_name");
      if (spec.contains("source_url")) one.source_url = reader.bound_value(spec, "source_url");
      reader.indicator(name, spec, false, &one, true);
      if (one.measure.empty() && one.text_measure.empty())
        reader.fail({"indicators", name},
                    "series '" + name + "' has no \"measure\" (here or at the top level)");
      if (one.entity.empty() && one.entity_constant.empty())
        reader.fail({"indicators", name},
                    "series '" + name + "' has no \"entity\" (here or at the top level)");
      if (!one.unit.is_field() && one.unit.constant.empty() && !one.indicators.empty() &&
          one.indicators.begin()->second.unit.empty())
        reader.fail({"indicators", name}, "no unit for indicator '" + name + "': set \"unit\"");
      series_out->push_back(std::move(one));
    }
    return errors.error_count() == errors_before;
  }
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
    if (!name.empty()) reader.indicator(name, spec, true, out);
  } else {
    out->indicator_field = reader.string_key(json, "indicator_field", true);
    for (const std::string_view key : {"description", "cue_words", "concept"}) {
      if (json.contains(key)) {
        reader.fail({key},
                    "with \"indicator_field\", description, cue_words and concept go under \"indicators\"");
        break;
      }
    }
    const auto indicators = json.find("indicators");
    if (indicators == json.end() || !indicators->is_object() || indicators->empty()) {
      reader.fail({"indicator_field"},
                  "\"indicator_field\" needs an \"indicators\" object declaring every indicator");
    } else {
      for (const auto& [name, spec] : indicators->items()) reader.indicator(name, spec, false, out);
    }
  }
  if (!out->unit.is_field() && out->unit.constant.empty()) {
    for (const auto& [name, indicator] : out->indicators) {
      if (indicator.unit.empty()) reader.fail({name}, "no unit for indicator '" + name + "': set \"unit\"");
    }
  }
  return errors.error_count() == errors_before;
}

}  // namespace

bool parse_binding(const Document& document, Binding* out, ErrorSink& errors) {
  return read_binding(document, out, nullptr, errors);
}

bool parse_bindings(const Document& document, std::vector<Binding>* out, ErrorSink& errors) {
  Binding base;
  std::vector<Binding> series;
  const bool ok = read_binding(document, &base, &series, errors);
  if (series.empty()) {
    out->push_back(std::move(base));
  } else {
    for (auto& one : series) out->push_back(std::move(one));
  }
  return ok;
}

std::string period_label_at(Granularity granularity, Day day) {
  const std::string iso = format_day(day);  // YYYY-MM-DD
  const std::string year = iso.substr(0, iso.size() - 6);
  const int month = std::stoi(iso.substr(iso.size() - 5, 2));
  switch (granularity) {
    case Granularity::year:
      return year;
    case Granularity::quarter:
      return fmt::format("{}-Q{}", year, (month - 1) / 3 + 1);
    case Granularity::month:
      return iso.substr(0, iso.size() - 3);
    case Granularity::day:
    case Granularity::none:
      break;
  }
  return iso;
}

}  // namespace factcheck::data
