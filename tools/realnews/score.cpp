#include "score.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace factcheck::realnews {
namespace {

bool is_decisive(const std::string& verdict) {
  return verdict == "SUPPORTED" || verdict == "REFUTED" || verdict == "CONFLICTING";
}

std::optional<double> ratio(int part, int whole) {
  if (whole == 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

std::set<std::string> evidence_indicators(const v1::ClaimResult& result) {
  std::set<std::string> indicators;
  for (const auto& evidence : result.evidence())
    indicators.insert(evidence.dataset() + "/" + evidence.indicator());
  return indicators;
}

// True when one of the label's acceptable indicators ("a/x|b/y") is among the evidence's.
bool backs_label(const Label& label, const std::set<std::string>& indicators) {
  std::size_t start = 0;
  while (start < label.indicator.size()) {
    const std::size_t bar = std::min(label.indicator.find('|', start), label.indicator.size());
    if (indicators.contains(label.indicator.substr(start, bar - start))) return true;
    start = bar + 1;
  }
  return false;
}

std::string joined(const std::set<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ",") + item;
  return out;
}

// Pairs each extracted claim with at most one label and each label with at most one claim.
// A claim that covers the label's first character (where the number starts) comes first, then
// the largest overlap: "approximately 43 million" is the claim for "43 million and 324
// thousand individuals", not "324 thousand individuals". Returns label index -> claim index.
std::map<std::size_t, int> align(const std::vector<const Label*>& labels, const v1::Report& report) {
  struct Candidate {
    bool covers_start;
    std::size_t overlap;
    int claim;
    std::size_t label;
  };
  std::vector<Candidate> candidates;
  for (int c = 0; c < report.claims_size(); ++c) {
    const auto& span = report.claims(c).claim().span();
    for (std::size_t l = 0; l < labels.size(); ++l) {
      const std::size_t begin = std::max<std::size_t>(span.start(), labels[l]->begin);
      const std::size_t end = std::min<std::size_t>(span.end(), labels[l]->end);
      if (begin >= end) continue;
      const bool covers_start = span.start() <= labels[l]->begin && labels[l]->begin < span.end();
      candidates.push_back({covers_start, end - begin, c, l});
    }
  }
  std::ranges::sort(candidates, [](const Candidate& a, const Candidate& b) {
    return std::tie(b.covers_start, b.overlap, a.claim, a.label) <
           std::tie(a.covers_start, a.overlap, b.claim, b.label);
  });
  std::map<std::size_t, int> by_label;
  std::set<int> taken;
  for (const auto& candidate : candidates) {
    if (by_label.contains(candidate.label) || taken.contains(candidate.claim)) continue;
    by_label[candidate.label] = candidate.claim;
    taken.insert(candidate.claim);
  }
  return by_label;
}

}  // namespace

std::optional<double> Counts::precision() const { return ratio(correct_decisive, decisive); }
std::optional<double> Counts::recall() const { return ratio(answered, answerable); }

void Counts::add(const Counts& other) {
  labelled += other.labelled;
  not_a_claim += other.not_a_claim;
  extracted += other.extracted;
  aligned += other.aligned;
  agreeing += other.agreeing;
  decisive += other.decisive;
  correct_decisive += other.correct_decisive;
  wrong_quantity += other.wrong_quantity;
  wrong_quantity_refuted += other.wrong_quantity_refuted;
  false_refuted += other.false_refuted;
  answerable += other.answerable;
  answered += other.answered;
  misses += other.misses;
  spurious += other.spurious;
}

void score_article(const Article& article, const std::vector<const Label*>& labels, const v1::Report& report,
                   Score* score) {
  Counts counts;
  counts.extracted = report.claims_size();
  const auto by_label = align(labels, report);
  std::set<int> aligned_claims;
  const auto note = [&](const Label* label, const v1::ClaimResult* result, const std::string& kind) {
    Disagreement item;
    item.article = article.name;
    item.kind = kind;
    if (label != nullptr) {
      item.text = label->text;
      item.offset = label->begin;
      item.expected = label->expected;
      item.expected_indicator = label->indicator;
      item.pattern = label->pattern;
    }
    if (result != nullptr) {
      if (label == nullptr) {
        item.text = result->claim().text();
        item.offset = result->claim().span().start();
      }
      item.claim = result->claim().text();
      item.got = v1::Verdict_Name(result->verdict());
      item.got_indicators = joined(evidence_indicators(*result));
      item.explanation = result->explanation();
    } else {
      item.got = "NOT_EXTRACTED";
    }
    score->disagreements.push_back(std::move(item));
  };
  // A decisive verdict on something that is not the labelled quantity.
  const auto wrong_quantity = [&](const std::string& pattern, const std::string& got) {
    ++counts.wrong_quantity;
    if (got == "REFUTED") ++counts.wrong_quantity_refuted;
    ++score->wrong_quantity_per_pattern[pattern.empty() ? "none" : pattern];
  };

  for (std::size_t l = 0; l < labels.size(); ++l) {
    const Label* label = labels[l];
    const bool claim = label->expected != kNotAClaim;
    if (claim) ++counts.labelled;
    if (!claim) ++counts.not_a_claim;
    if (label->answerable) ++counts.answerable;
    const auto found = by_label.find(l);
    if (found == by_label.end()) {
      if (claim) {
        ++counts.misses;
        note(label, nullptr, "missed");
      }
      continue;
    }
    aligned_claims.insert(found->second);
    const auto& result = report.claims(found->second);
    const std::string got = v1::Verdict_Name(result.verdict());
    const bool decisive = is_decisive(got);
    if (decisive) ++counts.decisive;
    if (got == "REFUTED" && label->expected != "REFUTED") ++counts.false_refuted;
    if (!claim) {
      ++counts.spurious;
      if (decisive) wrong_quantity(label->pattern, got);
      note(label, &result, decisive ? "wrong quantity" : "spurious");
      continue;
    }
    ++counts.aligned;
    if (got == label->expected) ++counts.agreeing;
    const bool right_quantity = backs_label(*label, evidence_indicators(result));
    if (decisive && !right_quantity) {
      wrong_quantity(label->pattern, got);
      note(label, &result, "wrong quantity");
    } else if (decisive && got == label->expected) {
      ++counts.correct_decisive;
    } else if (got != label->expected) {
      note(label, &result, decisive ? "wrong verdict" : "verdict");
    }
    if (label->answerable && got == label->expected && right_quantity) ++counts.answered;
  }
  for (int c = 0; c < report.claims_size(); ++c) {
    if (aligned_claims.contains(c)) continue;
    const auto& result = report.claims(c);
    const std::string got = v1::Verdict_Name(result.verdict());
    ++counts.spurious;
    if (is_decisive(got)) {
      ++counts.decisive;
      if (got == "REFUTED") ++counts.false_refuted;
      wrong_quantity("unlabelled", got);
    }
    note(nullptr, &result, is_decisive(got) ? "wrong quantity" : "spurious");
  }
  score->total.add(counts);
  score->per_topic[article.topic].add(counts);
  score->per_set[labels.empty() ? kTunedSet : labels.front()->set].add(counts);
}

}  // namespace factcheck::realnews
