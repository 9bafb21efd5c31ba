// The labelled claim set (tests/e2e/labelled/claims.tsv): one short document per line with the
// verdict an editor expects for one claim in it. Prints the accuracy per expected verdict and
// fails below the threshold.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>

#include "engine_fixture.hpp"

namespace factcheck::e2e {
namespace {

// Overall accuracy the labelled set must keep (measured: see the printed table).
constexpr double kMinimumAccuracy = 0.90;

struct Labelled {
  int line = 0;
  std::string verdict;
  std::string published;
  std::string claim;
  std::string document;
};

// "VERDICT<TAB>published<TAB>claim text<TAB>document text"; '#' starts a comment line.
std::vector<Labelled> read_labelled() {
  std::vector<Labelled> items;
  std::ifstream in(std::string(FACTCHECK_E2E_DIR) + "/labelled/claims.tsv");
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    size_t start = 0;
    for (size_t tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', start)) {
      fields.push_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    fields.push_back(line.substr(start));
    if (fields.size() != 4) {
      ADD_FAILURE() << "claims.tsv line " << number << ": expected 4 tab-separated fields, got "
                    << fields.size();
      continue;
    }
    items.push_back({number, fields[0], fields[1], fields[2], fields[3]});
  }
  return items;
}

TEST(LabelledClaims, AccuracyPerVerdict) {
  const auto items = read_labelled();
  ASSERT_GE(items.size(), 60U);
  std::map<std::string, std::pair<int, int>> per_verdict;  // expected -> (correct, total)
  int correct = 0;
  std::string misses;
  for (const auto& item : items) {
    const auto report = check_text(item.document, item.published);
    const auto* result = find_claim(report, item.claim);
    const std::string got = result == nullptr ? "NOT_EXTRACTED" : v1::Verdict_Name(result->verdict());
    auto& [hits, total] = per_verdict[item.verdict];
    ++total;
    if (got == item.verdict) {
      ++hits;
      ++correct;
    } else {
      misses += "  line " + std::to_string(item.line) + ": '" + item.claim + "' expected " + item.verdict +
                ", got " + got + (result == nullptr ? "" : " -- " + result->explanation()) + "\n";
    }
  }
  const double accuracy = static_cast<double>(correct) / static_cast<double>(items.size());
  std::printf("labelled claims: %d of %zu correct (%.1f%%)\n", correct, items.size(), 100.0 * accuracy);
  for (const auto& [verdict, counts] : per_verdict) {
    std::printf("  %-16s %3d / %3d  (%.1f%%)\n", verdict.c_str(), counts.first, counts.second,
                100.0 * counts.first / counts.second);
  }
  if (!misses.empty()) std::printf("misses:\n%s", misses.c_str());
  EXPECT_GE(accuracy, kMinimumAccuracy);
}

}  // namespace
}  // namespace factcheck::e2e
