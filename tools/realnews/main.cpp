// factcheck-realnews: runs the labelled real-news corpus (tests/realnews/) through the embedded
// engine and prints how trustworthy its verdicts are: decisive verdicts, their precision,
// wrong-quantity matches, false REFUTED, recall among answerable claims, per topic and per
// error pattern. Floors given on the command line make it exit 1 when missed.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "check/engine.hpp"
#include "corpus.hpp"
#include "score.hpp"
#include "util/logging.hpp"

namespace {

using factcheck::realnews::Counts;
using factcheck::realnews::Score;

std::string format_ratio(const std::optional<double>& value) {
  if (!value) return "n/a";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.3f", *value);
  return buffer;
}

nlohmann::json ratio_json(const std::optional<double>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json counts_json(const Counts& counts) {
  return {{"claims_labelled", counts.labelled},
          {"not_a_claim_labelled", counts.not_a_claim},
          {"claims_extracted", counts.extracted},
          {"labelled_extracted", counts.aligned},
          {"verdict_agreement", counts.agreeing},
          {"decisive", counts.decisive},
          {"decisive_correct", counts.correct_decisive},
          {"precision", ratio_json(counts.precision())},
          {"wrong_quantity", counts.wrong_quantity},
          {"wrong_quantity_refuted", counts.wrong_quantity_refuted},
          {"false_refuted", counts.false_refuted},
          {"answerable", counts.answerable},
          {"answered", counts.answered},
          {"recall", ratio_json(counts.recall())},
          {"extraction_misses", counts.misses},
          {"spurious", counts.spurious}};
}

void print_row(const std::string& name, const Counts& counts) {
  const std::string answered = std::to_string(counts.answered) + "/" + std::to_string(counts.answerable);
  std::printf("%-13s %8d %9d %8d %9s %9d %9d %9d %10s %6s %6d %8d\n", name.c_str(), counts.labelled,
              counts.extracted, counts.decisive, format_ratio(counts.precision()).c_str(),
              counts.wrong_quantity, counts.wrong_quantity_refuted, counts.false_refuted, answered.c_str(),
              format_ratio(counts.recall()).c_str(), counts.misses, counts.spurious);
}

void print_text(const Score& score, std::size_t articles, bool verbose) {
  const Counts& total = score.total;
  std::printf("real-news benchmark: %zu articles, %d claims labelled, %d numbers labelled not a claim\n\n",
              articles, total.labelled, total.not_a_claim);
  std::printf("%-13s %8s %9s %8s %9s %9s %9s %9s %10s %6s %6s %8s\n", "topic", "labelled", "extracted",
              "decisive", "precision", "wrong-qty", "wrong-qty", "false", "answered/", "recall", "missed",
              "spurious");
  std::printf("%-13s %8s %9s %8s %9s %9s %9s %9s %10s\n", "", "", "", "", "", "", "REFUTED", "REFUTED",
              "answerable");
  for (const auto& [topic, counts] : score.per_topic) print_row(topic, counts);
  print_row("ALL", total);
  // The held-out articles measure text the rules were not written against.
  if (score.per_set.size() > 1) {
    for (const auto& [set, counts] : score.per_set) print_row("set:" + set, counts);
  }
  std::printf("\nverdict agreement on extracted labelled claims: %d of %d\n", total.agreeing, total.aligned);
  std::printf("wrong-quantity matches per pattern:");
  if (score.wrong_quantity_per_pattern.empty()) std::printf(" none");
  for (const auto& [pattern, count] : score.wrong_quantity_per_pattern)
    std::printf(" %s=%d", pattern.c_str(), count);
  std::printf("\n");
  if (!verbose) return;
  std::printf(
      "\ndisagreements (article, offset, quantity ['claim' when it differs], kind, expected, got, indicator "
      "expected -> got):\n");
  for (const auto& item : score.disagreements) {
    const std::string claim = item.claim.empty() || item.claim == item.text ? "" : " ['" + item.claim + "']";
    std::printf("  %s @%zu '%s'%s %s: expected %s, got %s; %s -> %s%s%s\n", item.article.c_str(), item.offset,
                item.text.c_str(), claim.c_str(), item.kind.c_str(),
                item.expected.empty() ? "-" : item.expected.c_str(), item.got.c_str(),
                item.expected_indicator.empty() ? "-" : item.expected_indicator.c_str(),
                item.got_indicators.empty() ? "-" : item.got_indicators.c_str(),
                item.pattern.empty() ? "" : (" [" + item.pattern + "]").c_str(),
                item.explanation.empty() ? "" : ("\n      " + item.explanation).c_str());
  }
}

nlohmann::json to_json(const Score& score, std::size_t articles, bool verbose) {
  nlohmann::json out = {{"articles", articles}, {"total", counts_json(score.total)}};
  for (const auto& [topic, counts] : score.per_topic) out["per_topic"][topic] = counts_json(counts);
  for (const auto& [set, counts] : score.per_set) out["per_set"][set] = counts_json(counts);
  out["wrong_quantity_per_pattern"] = score.wrong_quantity_per_pattern;
  if (verbose) {
    out["disagreements"] = nlohmann::json::array();
    for (const auto& item : score.disagreements) {
      out["disagreements"].push_back({{"article", item.article},
                                      {"offset", item.offset},
                                      {"text", item.text},
                                      {"claim", item.claim},
                                      {"kind", item.kind},
                                      {"expected", item.expected},
                                      {"got", item.got},
                                      {"expected_indicator", item.expected_indicator},
                                      {"got_indicators", item.got_indicators},
                                      {"pattern", item.pattern},
                                      {"explanation", item.explanation}});
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"factcheck-realnews: the labelled real-news benchmark (tests/realnews/README.md)",
               "factcheck-realnews"};
  std::string corpus_dir = FACTCHECK_REALNEWS_DIR;
  std::string plugin_dir = FACTCHECK_REALNEWS_PLUGIN_DIR;
  std::string dataset_dir = FACTCHECK_REALNEWS_DATASET_DIR;
  std::string format = "text";
  bool verbose = false;
  std::optional<double> min_precision;
  std::optional<int> max_wrong_quantity_refuted;
  std::optional<double> min_recall;
  app.add_option("--corpus", corpus_dir, "Corpus directory (articles/ and labels.jsonl)")
      ->check(CLI::ExistingDirectory)
      ->capture_default_str();
  app.add_option("--plugin-dir", plugin_dir, "Checker plugins")
      ->check(CLI::ExistingDirectory)
      ->capture_default_str();
  app.add_option("--dataset-dir", dataset_dir, "Dataset packages")
      ->check(CLI::ExistingDirectory)
      ->capture_default_str();
  app.add_option("--format", format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  app.add_flag("--verbose", verbose, "List every disagreement with the labels");
  app.add_option("--min-precision", min_precision, "Fail below this precision of decisive verdicts")
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--max-wrong-quantity-refuted", max_wrong_quantity_refuted,
                 "Fail above this many REFUTED verdicts about a different quantity")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--min-recall", min_recall, "Fail below this recall among answerable claims")
      ->check(CLI::Range(0.0, 1.0));
  CLI11_PARSE(app, argc, argv);
  factcheck::setup_logging(spdlog::level::warn);  // the table is the output, not the engine's log

  factcheck::realnews::Corpus corpus;
  if (auto status = factcheck::realnews::load_corpus(corpus_dir, &corpus); !status) {
    std::cerr << "factcheck-realnews: " << status.message() << "\n";
    return 2;
  }
  factcheck::check::EngineOptions options;
  options.plugin_dirs = {plugin_dir};
  options.dataset_dirs = {dataset_dir};
  std::shared_ptr<const factcheck::check::Engine> engine;
  if (auto status = factcheck::check::Engine::load(options, &engine); !status) {
    std::cerr << "factcheck-realnews: engine: " << status.message() << "\n";
    return 2;
  }
  for (const auto& error : engine->load_errors())
    std::cerr << "factcheck-realnews: not loaded: " << error << "\n";

  Score score;
  for (const auto& article : corpus.articles) {
    std::vector<const factcheck::realnews::Label*> labels;
    for (const auto& label : corpus.labels) {
      if (label.article == article.name) labels.push_back(&label);
    }
    factcheck::v1::Report report;
    if (auto status = engine->check(article.document, &report); !status) {
      std::cerr << "factcheck-realnews: " << article.name << ": " << status.message() << "\n";
      return 2;
    }
    factcheck::realnews::score_article(article, labels, report, &score);
  }

  if (format == "json") {
    std::cout << to_json(score, corpus.articles.size(), verbose).dump(2) << "\n";
  } else {
    print_text(score, corpus.articles.size(), verbose);
  }

  std::vector<std::string> missed;
  const auto precision = score.total.precision();
  if (min_precision && precision && *precision < *min_precision) {
    missed.push_back("precision " + format_ratio(precision) + " < " + format_ratio(min_precision));
  }
  if (max_wrong_quantity_refuted && score.total.wrong_quantity_refuted > *max_wrong_quantity_refuted) {
    missed.push_back("wrong-quantity REFUTED " + std::to_string(score.total.wrong_quantity_refuted) + " > " +
                     std::to_string(*max_wrong_quantity_refuted));
  }
  const auto recall = score.total.recall();
  if (min_recall && (!recall || *recall < *min_recall)) {
    missed.push_back("recall " + format_ratio(recall) + " < " + format_ratio(min_recall));
  }
  for (const auto& floor : missed) std::cerr << "factcheck-realnews: floor missed: " << floor << "\n";
  return missed.empty() ? 0 : 1;
}
