#include "batch/batch.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <ostream>
#include <set>
#include <thread>

#include "io/article_reader.hpp"

namespace factcheck::batch {
namespace {

namespace fs = std::filesystem;

bool is_article_name(const fs::path& path) {
  static const std::set<std::string> kExtensions = {".txt", ".md", ".markdown", ".text"};
  return kExtensions.contains(path.extension().string());
}

bool is_hidden(const fs::path& path) { return path.filename().string().starts_with("."); }

Status walk_directory(const fs::path& root, std::vector<Input>* inputs) {
  std::error_code error;
  std::vector<Input> found;
  fs::recursive_directory_iterator it(root, fs::directory_options::none, error);
  if (error) return Status::invalid_argument(root.string() + ": cannot list directory: " + error.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) return Status::invalid_argument(root.string() + ": cannot list directory: " + error.message());
    const fs::path& path = it->path();
    if (is_hidden(path)) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (is_article_name(path)) {
      // Taken whatever it is; a directory named like an article is not walked into.
      if (it->is_directory(error)) it.disable_recursion_pending();
      found.push_back({path, path.lexically_relative(root)});
    }
  }
  std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  inputs->insert(inputs->end(), found.begin(), found.end());
  return Status::ok();
}

// Output paths must not collide: a second "a.txt" from another folder becomes "a-2.html".
std::vector<fs::path> output_paths(const std::vector<Input>& inputs, const BatchOptions& options) {
  std::vector<fs::path> outputs;
  if (options.output_dir.empty()) return std::vector<fs::path>(inputs.size());
  std::set<fs::path> taken;
  for (const auto& input : inputs) {
    fs::path relative = input.relative;
    relative.replace_extension(options.extension);
    fs::path candidate = options.output_dir / relative;
    for (int n = 2; taken.contains(candidate); ++n) {
      fs::path renamed = relative;
      renamed.replace_filename(relative.stem().string() + "-" + std::to_string(n) + options.extension);
      candidate = options.output_dir / renamed;
    }
    taken.insert(candidate);
    outputs.push_back(candidate);
  }
  return outputs;
}

Status write_file(const fs::path& path, const std::string& content) {
  std::error_code error;
  fs::create_directories(path.parent_path(), error);
  if (error) return Status::unavailable("write " + path.string() + ": " + error.message());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out) return Status::unavailable("write " + path.string() + ": cannot write file");
  return Status::ok();
}

void add_summary(const v1::Summary& from, v1::Summary* to) {
  to->set_numbers(to->numbers() + from.numbers());
  to->set_checked(to->checked() + from.checked());
  to->set_supported(to->supported() + from.supported());
  to->set_refuted(to->refuted() + from.refuted());
  to->set_conflicting(to->conflicting() + from.conflicting());
  to->set_not_enough_info(to->not_enough_info() + from.not_enough_info());
  to->set_not_checkable(to->not_checkable() + from.not_checkable());
}

ArticleOutcome check_one(const check::Engine& engine, const Input& input, const fs::path& output,
                         const BatchOptions& options, const RenderReport& render) {
  ArticleOutcome outcome;
  outcome.path = input.path;
  v1::Document document;
  Status status = options.max_article_bytes > 0
                      ? io::read_article(input.path, &document, options.max_article_bytes)
                      : io::read_article(input.path, &document);
  if (!status) {
    // The path is the outcome's own field: keep the message about what was wrong.
    const std::string prefix = input.path.string() + ": ";
    outcome.error =
        status.message().starts_with(prefix) ? status.message().substr(prefix.size()) : status.message();
    return outcome;
  }
  if (!options.published.empty()) document.set_published(options.published);
  document.set_as_known_on(options.as_known_on);
  v1::Report report;
  if (status = engine.check(document, &report); !status) {
    outcome.error = "check failed: " + status.message();
    return outcome;
  }
  outcome.summary = report.summary();
  if (!output.empty()) {
    std::string content;
    if (status = render(report, &content); status) status = write_file(output, content);
    if (!status) {
      outcome.error = status.message();
      return outcome;
    }
    outcome.output = output;
  }
  outcome.ok = true;
  return outcome;
}

std::string fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

}  // namespace

bool is_batch(const std::vector<std::string>& arguments) {
  if (arguments.size() > 1) return true;
  std::error_code error;
  return arguments.size() == 1 && arguments[0] != "-" && fs::is_directory(arguments[0], error);
}

Status collect_inputs(const std::vector<std::string>& arguments, std::vector<Input>* inputs) {
  inputs->clear();
  for (const auto& argument : arguments) {
    if (argument == "-") return Status::invalid_argument("'-' (stdin) cannot be part of a batch: give files");
    const fs::path path(argument);
    std::error_code error;
    if (fs::is_directory(path, error)) {
      if (Status status = walk_directory(path, inputs); !status) return status;
    } else {
      inputs->push_back({path, path.filename()});
    }
  }
  return Status::ok();
}

BatchTotals run_batch(const check::Engine& engine, const std::vector<Input>& inputs,
                      const BatchOptions& options, const RenderReport& render, const OnOutcome& on_outcome) {
  const auto started = std::chrono::steady_clock::now();
  const auto outputs = output_paths(inputs, options);
  BatchTotals totals;
  totals.articles = inputs.size();
  std::atomic<std::size_t> next{0};
  std::mutex mutex;  // guards totals and serialises on_outcome
  std::size_t done = 0;

  const auto work = [&] {
    for (std::size_t i = next++; i < inputs.size(); i = next++) {
      const auto article_started = std::chrono::steady_clock::now();
      ArticleOutcome outcome = check_one(engine, inputs[i], outputs[i], options, render);
      outcome.seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - article_started).count();
      const std::lock_guard lock(mutex);
      ++done;
      if (outcome.ok) {
        ++totals.ok;
        add_summary(outcome.summary, &totals.summary);
      } else {
        ++totals.failed;
      }
      if (on_outcome) on_outcome(outcome, done, inputs.size());
    }
  };
  const unsigned jobs =
      std::clamp<unsigned>(options.jobs, 1U, static_cast<unsigned>(std::max<std::size_t>(inputs.size(), 1)));
  {
    std::vector<std::jthread> workers;
    for (unsigned j = 1; j < jobs; ++j) workers.emplace_back(work);
    work();
  }
  totals.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return totals;
}

nlohmann::ordered_json outcome_json(const ArticleOutcome& outcome) {
  nlohmann::ordered_json line = {{"path", outcome.path.string()}, {"status", outcome.ok ? "ok" : "error"}};
  if (outcome.ok) {
    const auto& s = outcome.summary;
    line["summary"] = {{"numbers", s.numbers()},           {"checked", s.checked()},
                       {"supported", s.supported()},       {"refuted", s.refuted()},
                       {"conflicting", s.conflicting()},   {"notEnoughInfo", s.not_enough_info()},
                       {"notCheckable", s.not_checkable()}};
    if (!s.line().empty()) line["summary"]["line"] = s.line();
  } else {
    line["error"] = outcome.error;
  }
  if (!outcome.output.empty()) line["output"] = outcome.output.string();
  line["seconds"] = std::round(outcome.seconds * 1e6) / 1e6;
  return line;
}

std::string totals_line(const BatchTotals& totals) {
  const auto& s = totals.summary;
  return std::to_string(totals.articles) + " articles (" + std::to_string(totals.ok) + " checked, " +
         std::to_string(totals.failed) + " failed) in " + fixed(totals.seconds, 2) + " s, " +
         fixed(totals.articles_per_second(), 1) + " articles/s: " + std::to_string(s.numbers()) +
         " numbers, " + std::to_string(s.checked()) + " checked: " + std::to_string(s.supported()) +
         " supported, " + std::to_string(s.refuted()) + " refuted, " + std::to_string(s.conflicting()) +
         " conflicting; " + std::to_string(s.not_enough_info()) + " not enough info, " +
         std::to_string(s.not_checkable()) + " not checkable";
}

void ProgressBar::update(std::size_t done, std::size_t total, std::size_t failed) {
  if (!enabled_ || total == 0) return;
  constexpr std::size_t kWidth = 30;
  const std::size_t filled = done * kWidth / total;
  out_ << "\r[" << std::string(filled, '#') << std::string(kWidth - filled, '.') << "] " << done << "/"
       << total;
  if (failed > 0) out_ << "  " << failed << " failed";
  out_ << std::flush;
  drawn_ = true;
}

void ProgressBar::finish() {
  if (!enabled_ || !drawn_) return;
  out_ << "\r\033[K" << std::flush;
  drawn_ = false;
}

}  // namespace factcheck::batch
