// quantity-eval DIR|FILE [--floor FILE] [--verbose]: runs the extractor over every sentence of
// the labelled quantity set (JSONL files, tests/quantities/README.md) and prints precision,
// recall and F1 per kind, for spans (the quantity as written, exact) and for values (kind,
// normalised value and unit of a quantity whose span overlaps the label's). With --floor (lines
// "kind span_f1 value_f1"), exits 1 when a kind's F1 falls below its floor.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/extractor.hpp"
#include "extract/policy.hpp"

namespace {

using factcheck::extract::Extractor;
namespace v1 = factcheck::v1;

struct Mention {
  std::string kind;
  std::size_t start = 0;  // code points into the sentence
  std::size_t end = 0;
  double value = 0;
  std::string unit;
  std::string text;
};

struct Counts {
  std::size_t labelled = 0;
  std::size_t predicted = 0;
  std::size_t span_recalled = 0;   // labels with a prediction of the same span
  std::size_t span_precise = 0;    // predictions with a label of the same span
  std::size_t value_recalled = 0;  // labels with an overlapping prediction of equal kind, value, unit
  std::size_t value_precise = 0;
};

std::size_t code_points(const std::string& text, std::size_t bytes) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < bytes && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) ++count;
  }
  return count;
}

std::string kind_label(v1::QuantityKind kind) {
  std::string name = v1::QuantityKind_Name(kind).substr(std::string("QUANTITY_KIND_").size());
  std::transform(name.begin(), name.end(), name.begin(),
                 [](char c) { return static_cast<char>(std::tolower(c)); });
  return name;
}

bool same_value(const Mention& a, const Mention& b) {
  if (a.kind != b.kind || a.unit != b.unit) return false;
  const double scale = std::max({std::abs(a.value), std::abs(b.value), 1e-12});
  return std::abs(a.value - b.value) <= 1e-3 * scale;
}

bool overlaps(const Mention& a, const Mention& b) { return a.start < b.end && b.start < a.end; }

// The labels of one line: each mention's text is found in the sentence after the previous one.
bool read_labels(const nlohmann::json& line, const std::string& sentence, std::vector<Mention>* out,
                 std::string* error) {
  std::size_t from = 0;
  for (const auto& item : line.at("mentions")) {
    Mention m;
    m.text = item.at("text").get<std::string>();
    m.kind = item.at("kind").get<std::string>();
    m.value = item.at("value").get<double>();
    m.unit = item.at("unit").get<std::string>();
    const std::size_t at = sentence.find(m.text, from);
    if (at == std::string::npos) {
      *error = "mention \"" + m.text + "\" not found in order in: " + sentence;
      return false;
    }
    m.start = code_points(sentence, at);
    m.end = code_points(sentence, at + m.text.size());
    from = at + m.text.size();
    out->push_back(std::move(m));
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path input;
  std::map<std::string, std::pair<double, double>> floors;
  bool verbose = false;
  for (int k = 1; k < argc; ++k) {
    const std::string arg = argv[k];
    if (arg == "--floor" && k + 1 < argc) {
      std::ifstream in(argv[++k]);
      if (!in) {
        std::fprintf(stderr, "cannot read the floor file %s\n", argv[k]);
        return 2;
      }
      std::string line;
      while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string kind;
        double span = 0;
        double value = 0;
        if (!(fields >> kind >> span >> value)) {
          std::fprintf(stderr, "bad floor line: %s\n", line.c_str());
          return 2;
        }
        floors[kind] = {span, value};
      }
    } else if (arg == "--verbose") {
      verbose = true;
    } else {
      input = arg;
    }
  }
  if (input.empty()) {
    std::fprintf(stderr, "usage: quantity-eval DIR|FILE [--floor FILE] [--verbose]\n");
    return 2;
  }
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_directory(input)) {
    for (const auto& entry : std::filesystem::directory_iterator(input)) {
      if (entry.path().extension() == ".jsonl") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(input);
  }
  std::unique_ptr<const Extractor> extractor;
  if (const auto status =
          Extractor::create(factcheck::extract::default_policy(), FACTCHECK_COUNTRY_CODES_DIR, &extractor);
      !status) {
    std::fprintf(stderr, "cannot create the extractor: %s\n", status.message().c_str());
    return 2;
  }
  std::map<std::string, Counts> counts;
  std::size_t sentences = 0;
  for (const auto& file : files) {
    std::ifstream in(file);
    std::string text;
    std::size_t line_number = 0;
    while (std::getline(in, text)) {
      ++line_number;
      if (text.empty()) continue;
      const auto line = nlohmann::json::parse(text, nullptr, false);
      if (line.is_discarded() || !line.contains("sentence") || !line.contains("mentions")) {
        std::fprintf(stderr, "%s:%zu: not a labelled sentence\n", file.c_str(), line_number);
        return 2;
      }
      const std::string sentence = line.at("sentence").get<std::string>();
      std::vector<Mention> labels;
      std::string error;
      if (!read_labels(line, sentence, &labels, &error)) {
        std::fprintf(stderr, "%s:%zu: %s\n", file.c_str(), line_number, error.c_str());
        return 2;
      }
      ++sentences;
      v1::Document document;
      document.set_text(sentence);
      document.set_published("2024-01-01");
      // The page's address: its country decides what a bare "$" is.
      if (line.contains("url")) document.set_source_url(line.at("url").get<std::string>());
      v1::ClaimList claims;
      if (const auto status = extractor->extract(document, &claims); !status) {
        std::fprintf(stderr, "%s:%zu: %s\n", file.c_str(), line_number, status.message().c_str());
        return 2;
      }
      std::vector<Mention> predicted;
      for (const auto& claim : claims.claims()) {
        const auto& q = claim.quantity();
        if (q.kind() == v1::QUANTITY_KIND_DATE) continue;
        predicted.push_back({kind_label(q.kind()), q.written_span().start(), q.written_span().end(),
                             q.value(), q.unit(), q.written_text()});
      }
      std::vector<bool> label_span(labels.size()), label_value(labels.size());
      std::vector<bool> predicted_span(predicted.size()), predicted_value(predicted.size());
      for (std::size_t a = 0; a < labels.size(); ++a) {
        for (std::size_t b = 0; b < predicted.size(); ++b) {
          if (labels[a].start == predicted[b].start && labels[a].end == predicted[b].end) {
            label_span[a] = predicted_span[b] = true;
          }
          if (overlaps(labels[a], predicted[b]) && same_value(labels[a], predicted[b])) {
            label_value[a] = predicted_value[b] = true;
          }
        }
      }
      for (std::size_t a = 0; a < labels.size(); ++a) {
        Counts& c = counts[labels[a].kind];
        ++c.labelled;
        c.span_recalled += label_span[a] ? 1 : 0;
        c.value_recalled += label_value[a] ? 1 : 0;
        if (verbose && !(label_span[a] && label_value[a])) {
          std::printf("MISS  %-18s \"%s\" = %g %s\n      in: %s\n", labels[a].kind.c_str(),
                      labels[a].text.c_str(), labels[a].value, labels[a].unit.c_str(), sentence.c_str());
        }
      }
      for (std::size_t b = 0; b < predicted.size(); ++b) {
        Counts& c = counts[predicted[b].kind];
        ++c.predicted;
        c.span_precise += predicted_span[b] ? 1 : 0;
        c.value_precise += predicted_value[b] ? 1 : 0;
        if (verbose && !(predicted_span[b] && predicted_value[b])) {
          std::printf("EXTRA %-18s \"%s\" = %g %s\n      in: %s\n", predicted[b].kind.c_str(),
                      predicted[b].text.c_str(), predicted[b].value, predicted[b].unit.c_str(),
                      sentence.c_str());
        }
      }
    }
  }
  auto f1 = [](std::size_t precise, std::size_t predicted, std::size_t recalled, std::size_t labelled,
               double* p, double* r) {
    *p = predicted == 0 ? 1.0 : static_cast<double>(precise) / static_cast<double>(predicted);
    *r = labelled == 0 ? 1.0 : static_cast<double>(recalled) / static_cast<double>(labelled);
    return *p + *r == 0 ? 0.0 : 2 * *p * *r / (*p + *r);
  };
  std::printf("%zu sentences\n%-18s %6s %6s | %6s %6s %6s | %6s %6s %6s\n", sentences, "kind", "labels",
              "found", "span P", "span R", "span F1", "val P", "val R", "val F1");
  bool below = false;
  Counts total;
  auto print = [&](const std::string& kind, const Counts& c) {
    double sp = 0, sr = 0, vp = 0, vr = 0;
    const double sf = f1(c.span_precise, c.predicted, c.span_recalled, c.labelled, &sp, &sr);
    const double vf = f1(c.value_precise, c.predicted, c.value_recalled, c.labelled, &vp, &vr);
    std::printf("%-18s %6zu %6zu | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f\n", kind.c_str(), c.labelled,
                c.predicted, sp, sr, sf, vp, vr, vf);
    if (const auto floor = floors.find(kind); floor != floors.end()) {
      if (sf < floor->second.first || vf < floor->second.second) {
        std::printf("  below the floor for %s: span F1 %.3f, value F1 %.3f\n", kind.c_str(),
                    floor->second.first, floor->second.second);
        below = true;
      }
    }
  };
  for (const auto& [kind, c] : counts) {
    print(kind, c);
    total.labelled += c.labelled;
    total.predicted += c.predicted;
    total.span_recalled += c.span_recalled;
    total.span_precise += c.span_precise;
    total.value_recalled += c.value_recalled;
    total.value_precise += c.value_precise;
  }
  print("all", total);
  return below ? 1 : 0;
}
