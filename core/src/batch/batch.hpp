// Batch checking: many articles in parallel over one shared, immutable Engine.
//
// Contract (docs/outputs.md, "Batch mode"):
// - Inputs: files and directories. A directory is walked recursively; every entry whose name
//   ends in .txt, .md, .markdown or .text is an article (hidden entries are skipped), even when
//   it is not a readable file, so a broken link or a directory named like an article is
//   reported instead of silently skipped.
// - Each article is read (front matter, UTF-8 check), checked and, with an output directory,
//   rendered into <output dir>/<its path relative to the argument>, extension replaced. A failure
//   (unreadable, not UTF-8, check or write error) is that article's outcome only: the batch
//   goes on.
// - Outcomes are delivered one at a time (never concurrently) in completion order.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "check/engine.hpp"
#include "factcheck/v1/types.pb.h"
#include "util/status.hpp"

namespace factcheck::batch {

struct Input {
  std::filesystem::path path;
  // Where its report goes under the output directory (extension replaced).
  std::filesystem::path relative;
};

// Expands files and directories into articles, sorted by path within each directory. A
// non-existent argument is kept as an input (and fails when read); only "-" is refused.
Status collect_inputs(const std::vector<std::string>& arguments, std::vector<Input>* inputs);

// True when `arguments` need batch mode: more than one, or a directory.
bool is_batch(const std::vector<std::string>& arguments);

// Turns a Report into the bytes of one output file.
using RenderReport = std::function<Status(const v1::Report& report, std::string* out)>;

struct BatchOptions {
  unsigned jobs = 1;
  // Empty: reports are not written (e.g. JSON lines only).
  std::filesystem::path output_dir;
  // Of each report file, with the dot: ".html".
  std::string extension;
  // Set: replaces every article's publication date (YYYY-MM-DD).
  std::string published;
  std::size_t max_article_bytes = 0;  // 0: the reader's default
  // Set: every article is checked against the datasets as known on this date (YYYY-MM-DD).
  std::string as_known_on;
};

struct ArticleOutcome {
  std::filesystem::path path;
  bool ok = false;
  // Why it failed, without the path: "invalid UTF-8 at byte offset 3", "check failed: ...",
  // "write <file>: ...".
  std::string error;
  v1::Summary summary;
  std::filesystem::path output;  // the written report; empty if none
  double seconds = 0;
};

struct BatchTotals {
  std::size_t articles = 0;
  std::size_t ok = 0;
  std::size_t failed = 0;
  // Sums over the articles that were checked.
  v1::Summary summary;
  double seconds = 0;
  double articles_per_second() const { return seconds > 0 ? static_cast<double>(articles) / seconds : 0; }
};

// Called with each outcome, `done` of `total` finished so far.
using OnOutcome = std::function<void(const ArticleOutcome& outcome, std::size_t done, std::size_t total)>;

// Checks every input with options.jobs workers sharing `engine` (thread-safe, see Engine).
BatchTotals run_batch(const check::Engine& engine, const std::vector<Input>& inputs,
                      const BatchOptions& options, const RenderReport& render, const OnOutcome& on_outcome);

// One JSON line for pipelines: {"path", "status": "ok"|"error", "summary": {...}, "error", "output"}.
nlohmann::ordered_json outcome_json(const ArticleOutcome& outcome);

// "200 articles (198 checked, 2 failed) in 1.4 s, 142.9 articles/s: 1188 numbers, ..."
std::string totals_line(const BatchTotals& totals);

// A one-line progress bar redrawn in place on a terminal; silent when `enabled` is false.
class ProgressBar {
 public:
  ProgressBar(std::ostream& out, bool enabled) : out_(out), enabled_(enabled) {}
  void update(std::size_t done, std::size_t total, std::size_t failed);
  // Erases the bar so what follows starts on a clean line.
  void finish();

 private:
  std::ostream& out_;
  bool enabled_;
  bool drawn_ = false;
};

}  // namespace factcheck::batch
