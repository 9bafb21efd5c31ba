#include "corpus.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string_view>

#include "io/article_reader.hpp"
#include "text/utf8.hpp"

namespace factcheck::realnews {
namespace {

// Front-matter keys the corpus adds to the article reader's own (io/article_reader.hpp).
const std::set<std::string> kCorpusKeys = {"publisher", "topic", "retrieved"};

const std::set<std::string> kExpected = {"SUPPORTED",       "REFUTED",       "CONFLICTING",
                                         "NOT_ENOUGH_INFO", "NOT_CHECKABLE", kNotAClaim};

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// Takes the corpus keys out of the front matter and hands the rest to the article reader.
Status read_article(const std::filesystem::path& path, Article* article) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found(path.string() + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::istringstream lines(buffer.str());
  std::string line;
  std::string passed;
  int dashes = 0;
  while (dashes < 2 && std::getline(lines, line)) {
    if (trimmed(line) == "---") ++dashes;
    const auto colon = line.find(':');
    const std::string key = colon == std::string::npos ? "" : trimmed(line.substr(0, colon));
    if (dashes == 1 && kCorpusKeys.contains(key)) {
      const std::string value = trimmed(line.substr(colon + 1));
      if (key == "topic") article->topic = value;
      if (key == "publisher") article->publisher = value;
      continue;
    }
    passed += line + "\n";
  }
  if (dashes < 2) return Status::invalid_argument(path.string() + ": no front matter");
  passed += std::string(std::istreambuf_iterator<char>(lines), {});
  article->name = path.stem().string();
  if (Status status = io::parse_article(std::move(passed), &article->document); !status) {
    return Status::invalid_argument(path.string() + ": " + status.message());
  }
  article->document.set_id(article->name);
  if (article->document.published().empty() || article->topic.empty() || article->publisher.empty()) {
    return Status::invalid_argument(path.string() + ": front matter needs published, topic and publisher");
  }
  return Status::ok();
}

Status parse_label(const nlohmann::json& row, const std::map<std::string, const Article*>& articles,
                   Label* label) {
  const auto field = [&row](const char* key) {
    return row.contains(key) ? row.at(key).get<std::string>() : "";
  };
  label->article = field("article");
  label->text = field("text");
  label->occurrence = row.value("occurrence", 1);
  label->expected = field("expected");
  label->indicator = field("indicator");
  label->measures = field("measures");
  label->answerable = row.value("answerable", false);
  label->pattern = field("pattern");
  label->would_answer = field("would_answer");
  label->set = row.contains("set") ? field("set") : kTunedSet;
  if (label->set != kTunedSet && label->set != kHoldoutSet) {
    return Status::invalid_argument("set '" + label->set + "' is neither '" + kTunedSet + "' nor '" +
                                    kHoldoutSet + "'");
  }
  const auto article = articles.find(label->article);
  if (article == articles.end()) return Status::invalid_argument("unknown article '" + label->article + "'");
  if (!kExpected.contains(label->expected)) {
    return Status::invalid_argument("expected '" + label->expected + "' is not a verdict or " + kNotAClaim);
  }
  const bool decisive =
      label->expected == "SUPPORTED" || label->expected == "REFUTED" || label->expected == "CONFLICTING";
  if (decisive != !label->indicator.empty()) {
    return Status::invalid_argument("an indicator is given exactly when the expected verdict is decisive");
  }
  if (label->answerable && !decisive) {
    return Status::invalid_argument("an answerable claim has a decisive expected verdict");
  }
  if (label->text.empty() || label->occurrence < 1) {
    return Status::invalid_argument("text must be non-empty and occurrence >= 1");
  }
  label->topic = article->second->topic;
  if (const std::string topic = field("topic"); !topic.empty() && topic != label->topic) {
    return Status::invalid_argument("topic '" + topic + "' is not the article's ('" + label->topic + "')");
  }
  const std::string& body = article->second->document.text();
  std::size_t at = std::string::npos;
  for (int seen = 0; seen < label->occurrence; ++seen) {
    at = body.find(label->text, at == std::string::npos ? 0 : at + 1);
    if (at == std::string::npos) {
      return Status::invalid_argument("'" + label->text + "' occurs fewer than " +
                                      std::to_string(label->occurrence) + " times in " + label->article);
    }
  }
  const std::string_view text(body);
  label->begin = text::count_code_points(text.substr(0, at));
  label->end = label->begin + text::count_code_points(label->text);
  return Status::ok();
}

}  // namespace

Status load_corpus(const std::filesystem::path& dir, Corpus* corpus) {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir / "articles", error)) {
    if (entry.path().extension() != ".md") continue;
    Article article;
    if (Status status = read_article(entry.path(), &article); !status) return status;
    corpus->articles.push_back(std::move(article));
  }
  if (error) return Status::not_found((dir / "articles").string() + ": " + error.message());
  std::ranges::sort(corpus->articles, {}, &Article::name);
  std::map<std::string, const Article*> by_name;
  for (const auto& article : corpus->articles) by_name[article.name] = &article;

  const auto labels_path = dir / "labels.jsonl";
  std::ifstream in(labels_path);
  if (!in) return Status::not_found(labels_path.string() + ": cannot open");
  std::set<std::pair<std::string, std::size_t>> spans;
  std::map<std::string, std::string> article_sets;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (trimmed(line).empty()) continue;
    Label label;
    label.line = number;
    const auto where = labels_path.string() + ":" + std::to_string(number) + ": ";
    const auto row = nlohmann::json::parse(line, nullptr, false);
    if (!row.is_object()) return Status::invalid_argument(where + "not a JSON object");
    Status status = Status::ok();
    try {
      status = parse_label(row, by_name, &label);
    } catch (const nlohmann::json::exception& exception) {
      status = Status::invalid_argument(exception.what());
    }
    if (!status) return Status::invalid_argument(where + status.message());
    if (const auto [set, inserted] = article_sets.emplace(label.article, label.set);
        !inserted && set->second != label.set) {
      return Status::invalid_argument(where + "set '" + label.set + "', but " + label.article + " is in '" +
                                      set->second + "'");
    }
    if (!spans.emplace(label.article, label.begin).second) {
      return Status::invalid_argument(where + "'" + label.text + "' occurrence " +
                                      std::to_string(label.occurrence) + " is labelled twice");
    }
    corpus->labels.push_back(std::move(label));
  }
  return Status::ok();
}

}  // namespace factcheck::realnews
