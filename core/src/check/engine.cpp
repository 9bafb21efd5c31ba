// The embedded engine: extractor, dataset store and plugin host behind the Engine contract.
#include "check/engine.hpp"

#include <algorithm>
#include <utility>

#include "check/verdict_merge.hpp"
#include "data/store.hpp"
#include "extract/extractor.hpp"
#include "plugin/plugin_host.hpp"

namespace factcheck::check {
namespace {

// Claims sent to the plugins in one routed call: large enough to amortise the boundary,
// small enough that a stop request or a streaming client waits for little.
constexpr size_t kBatchClaims = 64;

class EmbeddedEngine final : public Engine {
 public:
  EmbeddedEngine(std::shared_ptr<const data::DatasetStore> store,
                 std::unique_ptr<const extract::Extractor> extractor,
                 std::unique_ptr<plugin::PluginHost> host, std::vector<std::string> load_errors,
                 float min_confidence)
      : store_(std::move(store)),
        extractor_(std::move(extractor)),
        host_(std::move(host)),
        load_errors_(std::move(load_errors)),
        plugin_infos_(collect_plugin_infos(*host_)),
        dataset_infos_(store_->datasets()),
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
        run(take_claims(&list), context_of(document, list), stop, [&](v1::ClaimResult&& result) {
          count_verdict(result, &summary);
          *report->add_claims() = std::move(result);
          return true;
        });
    finish_summary(&summary);
    *report->mutable_summary() = std::move(summary);
    for (const auto& info : plugin_infos_) *report->add_plugins() = info;
    for (const auto& info : dataset_infos_) *report->add_datasets() = info;
    report->set_factcheck_version(FACTCHECK_ENGINE_VERSION);
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
        run(take_claims(&list), context_of(document, list), stop, [&](v1::ClaimResult&& result) {
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

 private:
  static v1::DocumentContext context_of(const v1::Document& document, const v1::ClaimList& list) {
    v1::DocumentContext context;
    // A dateline date is the article's own word on when it was written, so checkers measure
    // elapsed time against it too; today's date (the extractor's last resort, with a warning)
    // is not, and checkers measuring elapsed time then report the date as missing.
    context.set_published(list.published_source() == "dateline" ? list.published() : document.published());
    context.set_language(document.language());
    context.set_title(document.title());
    for (const auto& entity : list.main_entities()) *context.add_main_entities() = entity;
    return context;
  }

  static std::vector<v1::Claim> take_claims(v1::ClaimList* list) {
    return {std::make_move_iterator(list->mutable_claims()->begin()),
            std::make_move_iterator(list->mutable_claims()->end())};
  }

  // Checks the claims in order, batch by batch, handing each final result to `emit`. Claims
  // move through the plugins and into their results without copies.
  template <typename Emit>
  Status run(std::vector<v1::Claim> claims, const v1::DocumentContext& context, const StopRequested& stop,
             Emit&& emit) const {
    const size_t total = claims.size();
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
      auto outcomes = host_->check(checkable, context);
      size_t next = 0;
      for (size_t i = begin; i < end; ++i) {
        if (i > begin && stop && stop()) return stopped(i, total);
        plugin::ClaimOutcome unsent;
        const bool was_sent = sent[i - begin];
        v1::Claim& claim = was_sent ? checkable[next] : claims[i];
        plugin::ClaimOutcome& outcome = was_sent ? outcomes[next++] : unsent;
        if (!emit(merge_claim(std::move(claim), std::move(outcome), min_confidence_))) {
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

  std::shared_ptr<const data::DatasetStore> store_;
  std::unique_ptr<const extract::Extractor> extractor_;
  std::unique_ptr<plugin::PluginHost> host_;
  std::vector<std::string> load_errors_;
  // Fixed once loaded: copied into every report.
  std::vector<v1::PluginInfo> plugin_infos_;
  std::vector<v1::DatasetInfo> dataset_infos_;
  float min_confidence_;
};

}  // namespace

Status Engine::load(const EngineOptions& options, std::shared_ptr<const Engine>* engine) {
  extract::Policy policy = extract::default_policy();
  if (!options.policy_file.empty()) {
    if (Status loaded = extract::load_policy(options.policy_file, &policy); !loaded) return loaded;
  }

  std::vector<std::string> load_errors;
  std::vector<data::DatasetLoadError> dataset_errors;
  std::shared_ptr<const data::DatasetStore> store =
      data::DatasetStore::load(options.dataset_dirs, &dataset_errors);
  for (const auto& error : dataset_errors) {
    if (!error.warning) load_errors.push_back(error.to_string());
  }

  std::unique_ptr<const extract::Extractor> extractor;
  if (Status created =
          extract::Extractor::create(policy, store->package_dir("country-codes").value_or(""), &extractor);
      !created) {
    return created;
  }

  auto host = std::make_unique<plugin::PluginHost>(store, options.plugin_runtime);
  host->load_directories(options.plugin_dirs, options.plugin_configs);
  for (const auto& error : host->errors()) load_errors.push_back(error.path.string() + ": " + error.message);

  const double min_confidence =
      options.min_confidence.value_or(policy.min_match_confidence.value_or(kDefaultMinConfidence));
  *engine = std::make_shared<EmbeddedEngine>(std::move(store), std::move(extractor), std::move(host),
                                             std::move(load_errors), static_cast<float>(min_confidence));
  return Status::ok();
}

}  // namespace factcheck::check
