// The labelled real-news corpus (tests/realnews/README.md): published articles, one file each,
// and hand-made labels for every number in them.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "factcheck/v1/types.pb.h"
#include "util/status.hpp"

namespace factcheck::realnews {

struct Article {
  std::string name;  // file name without ".md"
  std::string topic;
  std::string publisher;
  v1::Document document;  // text, published, source_url
};

// What a label says about one number in one article.
struct Label {
  int line = 0;  // in labels.jsonl
  std::string article;
  std::string text;       // the quantity as written
  int occurrence = 1;     // 1 = the first place `text` appears in the article body
  std::string expected;   // a Verdict name, or "NOT_A_CLAIM"
  std::string indicator;  // "dataset/indicator" for decisive expectations; alternatives joined by '|'
  std::string measures;
  bool answerable = false;
  std::string pattern;  // the error pattern, or empty
  std::string would_answer;
  // "tuned": the articles the rules were written against; "holdout": articles added after,
  // never used to change the rules (tests/realnews/README.md). All labels of an article share it.
  std::string set;
  std::string topic;      // the article's (a label may repeat it; they must agree)
  std::size_t begin = 0;  // span of the occurrence in the body, in code points (as Claim.span)
  std::size_t end = 0;
};

inline constexpr const char* kNotAClaim = "NOT_A_CLAIM";
inline constexpr const char* kTunedSet = "tuned";
inline constexpr const char* kHoldoutSet = "holdout";

struct Corpus {
  std::vector<Article> articles;  // sorted by name
  std::vector<Label> labels;      // in file order
};

// Reads <dir>/articles/*.md and <dir>/labels.jsonl, and resolves every label to its span.
// A label whose text does not occur often enough, an unknown article or verdict, a decisive
// expectation without an indicator: each is an error naming the labels.jsonl line.
Status load_corpus(const std::filesystem::path& dir, Corpus* corpus);

}  // namespace factcheck::realnews
