// Scoring the engine's reports against the labels: alignment of extracted claims with labelled
// numbers by span, and the benchmark's figures (tests/realnews/README.md defines each one).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "corpus.hpp"
#include "factcheck/v1/types.pb.h"

namespace factcheck::realnews {

struct Counts {
  int labelled = 0;          // labels that are claims (not NOT_A_CLAIM)
  int not_a_claim = 0;       // labels that are not claims
  int extracted = 0;         // claims the engine reported
  int aligned = 0;           // labelled claims the engine extracted
  int agreeing = 0;          // aligned claims whose verdict equals the label's
  int decisive = 0;          // SUPPORTED, REFUTED or CONFLICTING verdicts
  int correct_decisive = 0;  // the labelled verdict, backed by the labelled indicator
  int wrong_quantity = 0;    // decisive, but about another measured thing
  int wrong_quantity_refuted = 0;
  int false_refuted = 0;  // REFUTED where the label expects something else
  int answerable = 0;
  int answered = 0;  // answerable claims given the labelled verdict on the labelled indicator
  int misses = 0;    // labelled claims not extracted
  int spurious = 0;  // extracted claims on a NOT_A_CLAIM label or on no label

  std::optional<double> precision() const;
  std::optional<double> recall() const;
  void add(const Counts& other);
};

// One line of --verbose: a label and what the engine made of it.
struct Disagreement {
  std::string article;
  std::string text;   // the labelled text, or the claim's when no label matches
  std::string claim;  // what the engine extracted there, when it did
  std::size_t offset = 0;
  std::string kind;  // "wrong quantity", "wrong verdict", "missed", "spurious", "verdict"
  std::string expected;
  std::string got;
  std::string expected_indicator;
  std::string got_indicators;
  std::string pattern;
  std::string explanation;
};

struct Score {
  Counts total;
  std::map<std::string, Counts> per_topic;
  std::map<std::string, Counts> per_set;                  // "tuned", "holdout" (corpus.hpp)
  std::map<std::string, int> wrong_quantity_per_pattern;  // "" pattern is reported as "none"
  std::vector<Disagreement> disagreements;
};

// Adds one article's report to `score`.
void score_article(const Article& article, const std::vector<const Label*>& labels, const v1::Report& report,
                   Score* score);

}  // namespace factcheck::realnews
