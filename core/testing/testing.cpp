#include "factcheck/testing.hpp"

#include <dlfcn.h>
#include <google/protobuf/util/json_util.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "check/engine.hpp"
#include "check/verdict_merge.hpp"
#include "data/vintage.hpp"
#include "extract/extractor.hpp"
#include "plugin/plugin_host.hpp"
#include "plugin/plugin_library.hpp"

namespace factcheck::testing {
namespace {

namespace fs = std::filesystem;

// The prefix this library is installed in (or the build tree, which mirrors it):
// <prefix>/lib/libfactcheck_testing.so.
fs::path own_prefix() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<const void*>(&own_prefix), &info) == 0 || info.dli_fname == nullptr) return {};
  return fs::absolute(info.dli_fname).parent_path().parent_path();
}

std::string claim_label(const v1::Claim& claim) {
  return claim.text().empty() ? claim.id() : "'" + claim.text() + "'";
}

}  // namespace

struct PluginUnderTest::Impl {
  Options options;
  std::shared_ptr<const data::VintagedStores> datasets;
  std::unique_ptr<const extract::Extractor> extractor;
  std::unique_ptr<plugin::PluginHost> host;
  std::vector<std::string> warnings;

  v1::DocumentContext context(std::string_view published) const {
    v1::DocumentContext context;
    context.set_published(published.empty() ? options.published : std::string(published));
    context.set_language("en");
    return context;
  }
};

PluginUnderTest::PluginUnderTest(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PluginUnderTest::~PluginUnderTest() = default;

std::unique_ptr<PluginUnderTest> PluginUnderTest::load(const fs::path& library, const Options& options,
                                                       std::string* error) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  const fs::path prefix = own_prefix();

  std::vector<fs::path> dataset_dirs;
  if (!options.datasets.empty()) dataset_dirs.push_back(options.datasets);
  std::vector<data::DatasetLoadError> dataset_errors;
  impl->datasets = data::VintagedStores::load(dataset_dirs, data::LoadOptions{}, &dataset_errors);
  for (const auto& problem : dataset_errors) impl->warnings.push_back(problem.to_string());

  // The extractor's gazetteer: the datasets' own country-codes package, else the installed one.
  fs::path country_codes = impl->datasets->newest()->package_dir("country-codes").value_or(fs::path());
  if (country_codes.empty() && !prefix.empty()) {
    std::error_code missing;
    const fs::path installed = prefix / "share" / "factcheck" / "datasets" / "country-codes";
    if (fs::is_directory(installed, missing)) country_codes = installed;
  }
  if (Status created = extract::Extractor::create(extract::default_policy(), country_codes, &impl->extractor);
      !created) {
    *error = "cannot create the extractor: " + created.message();
    return nullptr;
  }

  plugin::RuntimeOptions runtime;
  runtime.isolation = options.isolate ? plugin::Isolation::process : plugin::Isolation::in_process;
  runtime.timeout = options.timeout;
  if (!prefix.empty()) runtime.process.worker_executable = prefix / "bin" / "factcheck-plugin-worker";
  impl->host = std::make_unique<plugin::PluginHost>(impl->datasets, runtime);

  const nlohmann::json config = nlohmann::json::parse(options.config_json, nullptr, false);
  if (config.is_discarded() || !config.is_object()) {
    *error = "plugin config is not a JSON object: " + options.config_json;
    return nullptr;
  }
  // The host takes configs by plugin name: read the name with the host's own loader first.
  nlohmann::json configs = nlohmann::json::object();
  if (!config.empty()) {
    plugin::PluginLibrary opened;
    if (Status status = plugin::open_plugin_library(library, &opened); !status) {
      *error = status.message();
      return nullptr;
    }
    configs[opened.info.name()] = config;
  }
  if (Status loaded = impl->host->load_file(library, configs); !loaded) {
    *error = loaded.message();
    return nullptr;
  }
  for (const auto& warning : impl->host->warnings()) impl->warnings.push_back(warning);
  return std::unique_ptr<PluginUnderTest>(new PluginUnderTest(std::move(impl)));
}

const v1::PluginInfo& PluginUnderTest::info() const { return impl_->host->plugins().front()->info(); }

const std::vector<std::string>& PluginUnderTest::warnings() const { return impl_->warnings; }

Result PluginUnderTest::check(const v1::Claim& claim) const { return check(claim, impl_->context({})); }

Result PluginUnderTest::check(const v1::Claim& claim, const v1::DocumentContext& context) const {
  Result out;
  out.claim = claim;
  auto outcomes = impl_->host->check({claim}, context);
  auto& outcome = outcomes.front();
  out.reported = check::merge_claim(claim, outcome);
  if (!outcome.results.empty()) {
    out.covered = true;
    out.result = std::move(outcome.results.front());
  }
  for (const auto& error : outcome.errors) out.error += (out.error.empty() ? "" : "; ") + error;
  return out;
}

std::optional<Result> PluginUnderTest::check_json(std::string_view claim_json, std::string* error) const {
  v1::Claim claim;
  const auto parsed = google::protobuf::util::JsonStringToMessage(std::string(claim_json), &claim);
  if (!parsed.ok()) {
    *error = "not a factcheck.v1.Claim: " + std::string(parsed.message());
    return std::nullopt;
  }
  if (claim.id().empty()) claim.set_id("c1");
  return check(claim);
}

bool PluginUnderTest::extract(std::string_view sentence, std::vector<v1::Claim>* claims, std::string* error,
                              std::string_view published, v1::DocumentContext* context) const {
  v1::Document document;
  document.set_text(std::string(sentence));
  document.set_published(published.empty() ? impl_->options.published : std::string(published));
  document.set_language("en");
  v1::ClaimList list;
  if (Status extracted = impl_->extractor->extract(document, &list); !extracted) {
    *error = extracted.message();
    return false;
  }
  claims->clear();
  for (auto& claim : *list.mutable_claims()) {
    if (claim.checkable()) claims->push_back(std::move(claim));
  }
  if (context != nullptr) *context = check::document_context(document, list);
  return true;
}

std::vector<Result> PluginUnderTest::check_sentence(std::string_view sentence,
                                                    std::string_view published) const {
  std::vector<v1::Claim> claims;
  std::string error;
  v1::DocumentContext context;
  std::vector<Result> results;
  if (!extract(sentence, &claims, &error, published, &context)) return results;
  for (const auto& claim : claims) results.push_back(check(claim, context));
  return results;
}

std::optional<v1::Verdict> parse_verdict(std::string_view name) {
  v1::Verdict verdict;
  if (!v1::Verdict_Parse(std::string(name), &verdict)) return std::nullopt;
  return verdict;
}

std::string verdict_name(v1::Verdict verdict) { return v1::Verdict_Name(verdict); }

std::string mismatch(const Result& result, const Expectation& expected) {
  if (!result.error.empty()) return "the plugin failed on " + claim_label(result.claim) + ": " + result.error;
  if (!result.covered) return "the plugin does not cover " + claim_label(result.claim);
  const v1::CheckResult& got = result.result;
  std::string differed;
  if (got.verdict() != expected.verdict) {
    differed = "expected " + verdict_name(expected.verdict) + ", got " + verdict_name(got.verdict()) + " (" +
               (got.explanation().empty() ? got.missing() : got.explanation()) + ")";
  } else if (result.reported.verdict() != got.verdict()) {
    differed = "the plugin says " + verdict_name(got.verdict()) + " but factcheck would report " +
               verdict_name(result.reported.verdict()) + ": " + result.reported.explanation();
  }
  if (!expected.indicator.empty()) {
    bool found = false;
    std::string indicators;
    for (const auto& evidence : got.evidence()) {
      found = found || evidence.indicator() == expected.indicator;
      indicators += (indicators.empty() ? "" : ", ") + evidence.indicator();
    }
    if (!found) {
      differed += (differed.empty() ? "" : "; ") + std::string("expected evidence of indicator '") +
                  expected.indicator + "', got " + (indicators.empty() ? "no evidence" : indicators);
    }
  }
  return differed;
}

CaseResult run_case(const PluginUnderTest& plugin, std::string_view line, int line_number) {
  CaseResult out;
  out.line = line_number;
  const auto malformed = [&out](const std::string& message) {
    out.malformed = true;
    out.message = message;
    return out;
  };
  const nlohmann::json json = nlohmann::json::parse(line, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return malformed("not a JSON object");
  for (const auto& [key, value] : json.items()) {
    static const std::vector<std::string> kKeys = {"sentence",   "claim",     "expect", "indicator",
                                                   "claim_text", "published", "name"};
    if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end())
      return malformed("unknown key '" + key + "'");
    if (key != "claim" && !value.is_string()) return malformed("'" + key + "' must be a string");
  }
  if (json.contains("sentence") == json.contains("claim")) {
    return malformed("needs exactly one of 'sentence' and 'claim'");
  }
  if (!json.contains("expect")) return malformed("no 'expect' (the expected verdict)");
  Expectation expected;
  const auto verdict = parse_verdict(json["expect"].get<std::string>());
  if (!verdict) return malformed("'expect' is not a verdict: " + json["expect"].get<std::string>());
  expected.verdict = *verdict;
  expected.indicator = json.value("indicator", "");
  out.name = json.value("name", "");

  Result result;
  if (json.contains("claim")) {
    if (!json["claim"].is_object()) return malformed("'claim' must be a JSON object (a factcheck.v1.Claim)");
    std::string error;
    auto checked = plugin.check_json(json["claim"].dump(), &error);
    if (!checked) return malformed(error);
    result = std::move(*checked);
    if (out.name.empty()) out.name = claim_label(result.claim);
  } else {
    const std::string sentence = json["sentence"].get<std::string>();
    if (out.name.empty()) out.name = sentence;
    std::vector<v1::Claim> claims;
    std::string error;
    v1::DocumentContext context;
    if (!plugin.extract(sentence, &claims, &error, json.value("published", ""), &context))
      return malformed(error);
    const std::string wanted = json.value("claim_text", "");
    std::erase_if(claims, [&wanted](const v1::Claim& claim) {
      return !wanted.empty() && claim.text().find(wanted) == std::string::npos;
    });
    if (claims.size() != 1) {
      std::string found;
      for (const auto& claim : claims) found += (found.empty() ? "" : ", ") + claim_label(claim);
      return malformed("the sentence has " + std::to_string(claims.size()) + " checkable claims" +
                       (wanted.empty() ? "" : " matching '" + wanted + "'") +
                       (found.empty() ? "" : " (" + found + ")") + "; a case needs one (set 'claim_text')");
    }
    result = plugin.check(claims.front(), context);
  }
  out.message = mismatch(result, expected);
  out.passed = out.message.empty();
  return out;
}

bool run_cases(const PluginUnderTest& plugin, const fs::path& cases, std::vector<CaseResult>* results,
               std::string* error) {
  std::ifstream in(cases);
  if (!in) {
    *error = "cannot read " + cases.string();
    return false;
  }
  results->clear();
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    results->push_back(run_case(plugin, line, number));
  }
  return true;
}

}  // namespace factcheck::testing
