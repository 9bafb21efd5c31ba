// The embedded engine: extractor, dataset store and plugin host behind the Engine contract.
#include "check/engine.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <utility>

#include "check/verdict_merge.hpp"
#include "data/store.hpp"
#include "data/vintage.hpp"
#include "extract/extractor.hpp"
#include "plugin/plugin_host.hpp"

namespace factcheck::check {
namespace {

// Claims sent to the plugins in one routed call: large enough to amortise the boundary,
// small enough that a stop request or a streaming client waits for little.
constexpr size_t kBatchClaims = 64;

class EmbeddedEngine final : public Engine {
 public:
  EmbeddedEngine(std::shared_ptr<const data::VintagedStores> stores,
                 std::unique_ptr<const extract::Extractor> extractor,
                 std::unique_ptr<plugin::PluginHost> host, std::vector<std::string> load_errors,
                 std::vector<std::string> broken_datasets, float min_confidence)
      : stores_(std::move(stores)),
        extractor_(std::move(extractor)),
        host_(std::move(host)),
        load_errors_(std::move(load_errors)),
        broken_datasets_(std::move(broken_datasets)),
        plugin_infos_(collect_plugin_infos(*host_)),
        dataset_infos_(stores_->datasets()),
        min_confidence_(min_confidence) {}

  Status extract(const v1::Document& document, v1::ClaimList* claims) const override {
    return extractor_->extract(document, claims);
  }

  Status check(const v1::Document& document, v1::Report* report, const StopRequested& stop) const override {
    // A used report's claims are deleted rather than cleared: a cleared claim would only be
    // swapped out and freed when the new one is moved in.
    report->mutable_claims()->DeleteSubrange(0, report->claims_size());
    report->Clear();
    *report->mutable_document() = document;
    v1::ClaimList list;
    if (Status extracted = extractor_->extract(document, &list); !extracted) return extracted;
    v1::Summary summary;
    const Status status =
        run(take_claims(&list), document_context(document, list), stop, [&](v1::ClaimResult&& result) {
          count_verdict(result, &summary);
          *report->add_claims() = std::move(result);
          return true;
        });
    finish_summary(&summary);
    *report->mutable_summary() = std::move(summary);
    for (const auto& info : plugin_infos_) *report->add_plugins() = info;
    for (const auto& info : dataset_infos_) *report->add_datasets() = info;
    report->set_factcheck_version(FACTCHECK_ENGINE_VERSION);
    for (const auto& warning : broken_datasets_) report->add_warnings(warning);
    for (const auto& warning : list.warnings()) report->add_warnings(warning);
    for (const auto& entity : list.main_entities()) *report->add_main_entities() = entity;
    if (list.published_source() == "dateline") report->mutable_document()->set_published(list.published());
    return status;
  }

  Status check_stream(const v1::Document& document,
                      const std::function<bool(const v1::ClaimResult&)>& on_claim, v1::Summary* summary,
                      const StopRequested& stop) const override {
    v1::ClaimList list;
    if (Status extracted = extractor_->extract(document, &list); !extracted) return extracted;
    summary->Clear();
    const Status status =
        run(take_claims(&list), document_context(document, list), stop, [&](v1::ClaimResult&& result) {
          count_verdict(result, summary);
          return on_claim(result);
        });
    finish_summary(summary);
    return status;
  }

  Status check_claims(const std::vector<v1::Claim>& claims, const v1::DocumentContext& context,
                      std::vector<v1::ClaimResult>* results, const StopRequested& stop) const override {
    results->clear();
    return run(claims, context, stop, [&](v1::ClaimResult&& result) {
      results->push_back(std::move(result));
      return true;
    });
  }

  std::vector<v1::PluginInfo> checkers() const override { return plugin_infos_; }

  std::vector<v1::DatasetInfo> datasets() const override { return dataset_infos_; }

  const std::vector<std::string>& load_errors() const override { return load_errors_; }

  std::vector<std::string> broken_datasets() const override { return broken_datasets_; }

 private:
  static std::vector<v1::Claim> take_claims(v1::ClaimList* list) {
    return {std::make_move_iterator(list->mutable_claims()->begin()),
            std::make_move_iterator(list->mutable_claims()->end())};
  }

  // The vintages a run checks against: context.as_known_on, else the publication date.
  struct RunVintages {
    data::VintageSelection selection;
    std::shared_ptr<const data::DatasetStore> store;
    std::string date;
    bool explicit_date;
  };

  RunVintages run_vintages(const v1::DocumentContext& context) const {
    RunVintages run;
    run.explicit_date = !context.as_known_on().empty();
    run.date = run.explicit_date ? context.as_known_on() : context.published();
    constexpr const char* kNoDate = "9999-12-31";  // after every vintage: the newest
    run.selection = stores_->select(run.date.empty() ? kNoDate : run.date, run.explicit_date);
    // Without datasets of several vintages (the usual case) no lock is taken.
    run.store = stores_->is_newest(run.selection) ? stores_->newest() : stores_->store(run.selection);
    return run;
  }

  // Stamps each piece of evidence with its vintage and, when the claim rests on a dataset of
  // several vintages, says in the explanation which one was used and what the newest says.
  void note_vintages(const RunVintages& run, const v1::ClaimResult* newest, v1::ClaimResult* result) const {
    std::vector<std::string> used;  // "gdp vintage 2018-01-14"
    for (auto& evidence : *result->mutable_evidence()) {
      const auto chosen = run.selection.chosen.find(evidence.dataset());
      if (chosen == run.selection.chosen.end()) {
        for (const auto& info : dataset_infos_) {
          if (info.name() == evidence.dataset() && info.sha256() == evidence.sha256())
            evidence.set_vintage(info.vintage());
        }
        continue;
      }
      evidence.set_vintage(chosen->second);
      const std::string label = evidence.dataset() + " vintage " + chosen->second;
      if (std::find(used.begin(), used.end(), label) == used.end()) used.push_back(label);
    }
    const bool changed = newest != nullptr && newest->verdict() != result->verdict();
    if (used.empty() && !changed) return;
    std::vector<std::string> sentences;
    if (result->explanation().size() > 0) sentences.push_back(result->explanation());
    if (!used.empty()) {
      std::string sentence = "Checked against " + fmt::format("{}", fmt::join(used, ", "));
      sentence +=
          stores_->is_newest(run.selection) ? " (the newest installed)" : " (as known on " + run.date + ")";
      for (const auto& name : run.selection.none_known) {
        if (std::any_of(used.begin(), used.end(),
                        [&](const auto& label) { return label.starts_with(name + " "); }))
          sentence += "; no vintage of " + name + " existed then, so the oldest installed was used";
      }
      sentences.push_back(sentence + ".");
    }
    if (newest != nullptr) {
      result->set_newest_vintage_verdict(newest->verdict());
      std::vector<std::string> later;  // "gdp 2026-02-24"
      for (const auto& evidence : newest->evidence()) {
        const auto vintages = stores_->vintages(evidence.dataset());
        const std::string label = evidence.dataset() + " " + vintages.back();
        if (vintages.size() > 1 && std::find(later.begin(), later.end(), label) == later.end())
          later.push_back(label);
      }
      if (changed) {
        sentences.push_back(
            "A later revision" +
            (later.empty() ? std::string() : fmt::format(" (vintage {})", fmt::join(later, ", "))) +
            " changes this to " + v1::Verdict_Name(newest->verdict()) + ".");
      } else {
        sentences.push_back("Later revisions agree.");
      }
    }
    result->set_explanation(fmt::format("{}", fmt::join(sentences, " ")));
  }

  // Checks the claims in order, batch by batch, handing each final result to `emit`. Claims
  // move through the plugins and into their results without copies.
  template <typename Emit>
  Status run(std::vector<v1::Claim> claims, const v1::DocumentContext& context, const StopRequested& stop,
             Emit&& emit) const {
    const size_t total = claims.size();
    const RunVintages vintages = run_vintages(context);
    for (size_t begin = 0; begin < total; begin += kBatchClaims) {
      const size_t end = std::min(total, begin + kBatchClaims);
      if (stop && stop()) return stopped(begin, total);
      std::vector<bool> sent(end - begin);
      std::vector<v1::Claim> checkable;
      checkable.reserve(end - begin);
      for (size_t i = begin; i < end; ++i) {
        sent[i - begin] = claims[i].checkable();
        if (sent[i - begin]) checkable.push_back(std::move(claims[i]));
      }
      // Against the newest vintages too when the selection holds an older one: the
      // explanation says whether a later revision changes the verdict.
      std::vector<v1::ClaimResult> newest;
      if (!stores_->is_newest(vintages.selection)) {
        const data::VintagedStores::Scope scope(stores_->newest().get());
        auto newest_outcomes = host_->check(checkable, context);
        for (size_t k = 0; k < checkable.size(); ++k)
          newest.push_back(merge_claim(checkable[k], std::move(newest_outcomes[k])));
      }
      auto outcomes = [&] {
        const data::VintagedStores::Scope scope(vintages.store.get());
        return host_->check(checkable, context);
      }();
      size_t next = 0;
      for (size_t i = begin; i < end; ++i) {
        if (i > begin && stop && stop()) return stopped(i, total);
        plugin::ClaimOutcome unsent;
        const bool was_sent = sent[i - begin];
        const v1::ClaimResult* newest_result = was_sent && !newest.empty() ? &newest[next] : nullptr;
        v1::Claim& claim = was_sent ? checkable[next] : claims[i];
        plugin::ClaimOutcome& outcome = was_sent ? outcomes[next++] : unsent;
        v1::ClaimResult result = merge_claim(std::move(claim), std::move(outcome), min_confidence_);
        note_vintages(vintages, newest_result, &result);
        if (!emit(std::move(result))) {
          return Status::cancelled("the receiver stopped the run after " + std::to_string(i + 1) + " of " +
                                   std::to_string(total) + " claims");
        }
      }
    }
    return Status::ok();
  }

  static std::vector<v1::PluginInfo> collect_plugin_infos(const plugin::PluginHost& host) {
    std::vector<v1::PluginInfo> infos;
    for (const auto& plugin : host.plugins()) infos.push_back(plugin->info());
    return infos;
  }

  static Status stopped(size_t done, size_t total) {
    return Status::cancelled("stopped after " + std::to_string(done) + " of " + std::to_string(total) +
                             " claims");
  }

  std::shared_ptr<const data::VintagedStores> stores_;
  std::unique_ptr<const extract::Extractor> extractor_;
  std::unique_ptr<plugin::PluginHost> host_;
  std::vector<std::string> load_errors_;
  std::vector<std::string> broken_datasets_;
  // Fixed once loaded: copied into every report.
  std::vector<v1::PluginInfo> plugin_infos_;
  std::vector<v1::DatasetInfo> dataset_infos_;
  float min_confidence_;
};

// One line per package with errors: its name, the first error and how many there are.
std::vector<std::string> describe_broken(const std::vector<data::DatasetLoadError>& errors) {
  std::vector<std::string> packages;
  std::vector<std::pair<std::string, size_t>> first_and_count;
  for (const auto& error : errors) {
    if (error.warning) continue;
    const auto at = std::find(packages.begin(), packages.end(), error.package);
    if (at == packages.end()) {
      packages.push_back(error.package);
      first_and_count.emplace_back(error.to_string(), 1);
    } else {
      ++first_and_count[static_cast<size_t>(at - packages.begin())].second;
    }
  }
  std::vector<std::string> lines;
  for (size_t i = 0; i < packages.size(); ++i) {
    lines.push_back(fmt::format(
        "dataset package '{}' has errors and was NOT used (claims it covers cannot be "
        "checked): {}{}; `factcheck datasets validate` lists every problem",
        packages[i], first_and_count[i].first,
        first_and_count[i].second > 1 ? fmt::format(" (and {} more)", first_and_count[i].second - 1)
                                      : std::string()));
  }
  return lines;
}

}  // namespace

v1::DocumentContext document_context(const v1::Document& document, const v1::ClaimList& list) {
  v1::DocumentContext context;
  // A dateline date is the article's own word on when it was written, so checkers measure
  // elapsed time against it too; today's date (the extractor's last resort, with a warning)
  // is not, and checkers measuring elapsed time then report the date as missing.
  context.set_published(list.published_source() == "dateline" ? list.published() : document.published());
  context.set_language(document.language());
  context.set_title(document.title());
  context.set_as_known_on(document.as_known_on());
  for (const auto& entity : list.main_entities()) *context.add_main_entities() = entity;
  return context;
}

Status Engine::load(const EngineOptions& options, std::shared_ptr<const Engine>* engine) {
  extract::Policy policy = extract::default_policy();
  if (!options.policy_file.empty()) {
    if (Status loaded = extract::load_policy(options.policy_file, &policy); !loaded) return loaded;
  }

  std::vector<std::string> load_errors;
  std::vector<data::DatasetLoadError> dataset_errors;
  const auto stores = data::VintagedStores::load(options.dataset_dirs, data::LoadOptions{}, &dataset_errors);
  const auto& store = stores->newest();
  for (const auto& error : dataset_errors) {
    if (!error.warning) load_errors.push_back(error.to_string());
  }
  std::vector<std::string> broken_datasets = describe_broken(dataset_errors);

  std::unique_ptr<const extract::Extractor> extractor;
  if (Status created =
          extract::Extractor::create(policy, store->package_dir("country-codes").value_or(""), &extractor);
      !created) {
    return created;
  }

  auto host = std::make_unique<plugin::PluginHost>(stores, options.plugin_runtime);
  host->load_directories(options.plugin_dirs, options.plugin_configs);
  for (const auto& error : host->errors()) load_errors.push_back(error.path.string() + ": " + error.message);

  const double min_confidence =
      options.min_confidence.value_or(policy.min_match_confidence.value_or(kDefaultMinConfidence));
  *engine =
      std::make_shared<EmbeddedEngine>(stores, std::move(extractor), std::move(host), std::move(load_errors),
                                       std::move(broken_datasets), static_cast<float>(min_confidence));
  return Status::ok();
}

}  // namespace factcheck::check
