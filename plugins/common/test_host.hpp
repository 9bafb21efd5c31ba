// Test support for plugin unit tests: an sdk::Host whose dataset queries go to a real
// DatasetService (the dataset store loaded from fixture packages), through the same
// protobuf-bytes callback the plugin host uses.
#ifndef FACTCHECK_PLUGINS_TEST_HOST_HPP
#define FACTCHECK_PLUGINS_TEST_HOST_HPP

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "factcheck/sdk.hpp"
#include "plugin/dataset_service.hpp"

namespace factcheck::toolkit {

class TestHost {
 public:
  explicit TestHost(std::shared_ptr<const plugin::DatasetService> service) : service_(std::move(service)) {
    api_.struct_size = sizeof(api_);
    api_.ctx = this;
    api_.log = nullptr;
    api_.query_dataset = &TestHost::query;
  }
  TestHost(const TestHost&) = delete;
  TestHost& operator=(const TestHost&) = delete;

  sdk::Host host() const { return sdk::Host(&api_); }
  // Dataset queries answered so far.
  int queries() const { return queries_; }

 private:
  static int query(void* ctx, const char* request, size_t len, const fc_sink* out, const fc_sink* err) {
    auto* self = static_cast<TestHost*>(ctx);
    ++self->queries_;
    v1::DatasetQuery query;
    if (!query.ParseFromArray(request, static_cast<int>(len))) return FC_INVALID_ARGUMENT;
    v1::DatasetQueryResult result;
    if (Status status = self->service_->query(query, &result); !status) {
      err->write(err->ctx, status.message().data(), status.message().size());
      return FC_ERROR;
    }
    const std::string bytes = result.SerializeAsString();
    out->write(out->ctx, bytes.data(), bytes.size());
    return FC_OK;
  }

  std::shared_ptr<const plugin::DatasetService> service_;
  std::atomic<int> queries_{0};
  fc_host_api api_{};
};

// A hand-built claim, as the extractor would produce it, for checker unit tests.
struct ClaimSpec {
  std::string text{};
  std::string kind{};  // routing kind: "money", "percent", "count", "duration", "date"...
  v1::QuantityKind quantity_kind = v1::QUANTITY_KIND_UNSPECIFIED;
  double value = 0;
  std::string unit{};
  std::optional<double> low{};
  std::optional<double> high{};
  bool low_inclusive = true;
  bool high_inclusive = true;
  std::vector<std::string> cue_words{};
  std::string counted_noun{};
  std::vector<std::string> entities{};  // ids, in sentence order
  std::string period_label{};           // "2015": start and end derived for years
  std::string period_start{};
  std::string period_end{};
  std::string sentence{};
};

inline v1::Claim make_claim(const ClaimSpec& spec) {
  v1::Claim claim;
  claim.set_id("c1");
  claim.set_text(spec.text);
  claim.set_kind(spec.kind);
  claim.set_checkable(true);
  claim.set_sentence(spec.sentence.empty() ? spec.text : spec.sentence);
  auto* quantity = claim.mutable_quantity();
  quantity->set_kind(spec.quantity_kind);
  quantity->set_value(spec.value);
  quantity->set_unit(spec.unit);
  quantity->set_text(spec.text);
  if (spec.low) {
    quantity->mutable_band()->set_low(*spec.low);
    quantity->mutable_band()->set_low_inclusive(spec.low_inclusive);
  }
  if (spec.high) {
    quantity->mutable_band()->set_high(*spec.high);
    quantity->mutable_band()->set_high_inclusive(spec.high_inclusive);
  }
  quantity->mutable_band()->set_rule("test");
  for (const auto& word : spec.cue_words) claim.add_cue_words(word);
  claim.set_counted_noun(spec.counted_noun);
  for (size_t i = 0; i < spec.entities.size(); ++i) {
    auto* entity = claim.add_entities();
    entity->set_id(spec.entities[i]);
    entity->set_name(spec.entities[i]);
    entity->set_kind("country");
    entity->set_text(spec.entities[i]);
    entity->set_role(i == 0 ? "subject" : "counterpart");
  }
  auto* period = claim.mutable_period();
  period->set_label(spec.period_label);
  if (spec.period_label.size() == 4 && spec.period_start.empty()) {
    period->set_start(spec.period_label + "-01-01");
    period->set_end(spec.period_label + "-12-31");
  } else {
    period->set_start(spec.period_start);
    period->set_end(spec.period_end);
  }
  return claim;
}

inline v1::DocumentContext context(const std::string& published) {
  v1::DocumentContext out;
  out.set_published(published);
  return out;
}

}  // namespace factcheck::toolkit

#endif  // FACTCHECK_PLUGINS_TEST_HOST_HPP
