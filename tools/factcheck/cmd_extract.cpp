// `factcheck extract FILE|-`: the claims of an article, as an editor-readable listing or as
// the proto3 JSON mapping of the ClaimList (json) or one Claim per line (jsonl).
#include <google/protobuf/util/json_util.h>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli.hpp"
#include "extract/extractor.hpp"
#include "io/article_reader.hpp"

namespace factcheck::cli {
namespace {

struct ExtractOptions {
  std::string input;
  std::string published;
  std::string format = "text";
  std::string policy_file;
};

// 2000000000 -> "2,000,000,000"; 0.3333 -> "0.3333".
std::string format_number(double value) {
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  // Values that are whole up to floating-point noise (3000 * 1.1) print as integers.
  if (std::abs(value) >= 1e4 && std::abs(value) < 1e15) value = std::round(value);
  if (std::abs(value) < 1e15 && std::abs(value - std::round(value)) < 1e-9 * std::max(1.0, std::abs(value))) {
    value = std::round(value);
    std::string digits = std::to_string(static_cast<long long>(std::abs(value)));
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
      grouped += digits[i];
    }
    return value < 0 ? "-" + grouped : grouped;
  }
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.4g", value);
  return buffer;
}

std::string format_band(const v1::Band& band) {
  std::string out = band.low_inclusive() ? "[" : "(";
  out += band.has_low() ? format_number(band.low()) : "-inf";
  out += ", ";
  out += band.has_high() ? format_number(band.high()) : "inf";
  out += band.high_inclusive() ? "]" : ")";
  return out + " " + band.rule();
}

// The sentence with each of its claims marked: "... came [[close to $2 billion]], ...".
std::string marked_sentence(const v1::ClaimList& list, int first, int last) {
  const v1::Claim& head = list.claims(first);
  const std::string& sentence = head.sentence();
  // Spans are code points; walk the sentence once, counting code points.
  std::string out;
  std::uint32_t code_point = head.sentence_span().start();
  int next = first;
  bool open = false;
  for (std::size_t i = 0; i <= sentence.size(); ++i) {
    const bool boundary = i == sentence.size() || (static_cast<unsigned char>(sentence[i]) & 0xC0U) != 0x80U;
    if (boundary) {
      if (open && code_point == list.claims(next - 1).span().end()) {
        out += "]]";
        open = false;
      }
      if (!open && next <= last && code_point == list.claims(next).span().start()) {
        out += "[[";
        open = true;
        ++next;
      }
      ++code_point;
    }
    if (i < sentence.size()) out += sentence[i];
  }
  if (open) out += "]]";
  return out;
}

void print_text(const v1::Document& document, const v1::ClaimList& list) {
  int checkable = 0;
  for (const auto& claim : list.claims()) checkable += claim.checkable() ? 1 : 0;
  std::cout << (document.id().empty() ? "document" : document.id()) << ": " << list.claims_size()
            << " numbers, " << checkable << " checkable\n";
  for (const auto& warning : list.warnings()) std::cout << "warning: " << warning << "\n";
  if (list.main_entities_size() > 0) {
    std::cout << "main entities:";
    for (const auto& entity : list.main_entities())
      std::cout << " " << entity.id() << " (" << entity.name() << ")";
    std::cout << "\n";
  }
  for (int first = 0; first < list.claims_size();) {
    int last = first;
    while (last + 1 < list.claims_size() &&
           list.claims(last + 1).sentence_index() == list.claims(first).sentence_index()) {
      ++last;
    }
    std::cout << "\n[sentence " << list.claims(first).sentence_index() + 1 << "] "
              << marked_sentence(list, first, last) << "\n";
    for (int c = first; c <= last; ++c) {
      const v1::Claim& claim = list.claims(c);
      const v1::Quantity& q = claim.quantity();
      std::cout << "  " << claim.id() << "  " << claim.kind() << "  \"" << claim.text()
                << "\"  = " << format_number(q.value()) << " " << q.unit();
      if (q.has_from_value()) std::cout << " (from " << format_number(q.from_value()) << ")";
      if (q.change() == v1::CHANGE_KIND_INCREASE) std::cout << "  increase";
      if (q.change() == v1::CHANGE_KIND_DECREASE) std::cout << "  decrease";
      std::cout << "\n      band " << format_band(q.band());
      if (claim.has_period()) {
        std::cout << "   period " << claim.period().label() << " (\"" << claim.period().text() << "\""
                  << (claim.period().relative() ? ", relative" : "") << ")";
      }
      std::cout << "\n      entities:";
      if (claim.entities_size() == 0) std::cout << " -";
      for (const auto& entity : claim.entities()) std::cout << " " << entity.id() << " " << entity.role();
      std::cout << "   cues: ";
      for (int k = 0; k < claim.cue_words_size(); ++k) std::cout << (k > 0 ? ", " : "") << claim.cue_words(k);
      if (claim.cue_words_size() == 0) std::cout << "-";
      if (!claim.counted_noun().empty()) std::cout << "   counted: " << claim.counted_noun();
      std::cout << "\n      "
                << (claim.checkable() ? "checkable" : "NOT CHECKABLE (" + claim.not_checkable_reason() + ")")
                << ", worthiness " << claim.check_worthiness() << "\n";
    }
    first = last + 1;
  }
}

int run_extract(const GlobalOptions& globals, const ExtractOptions& options) {
  v1::Document document;
  if (Status status = io::read_article(options.input, &document); !status) {
    std::cerr << "factcheck extract: " << status.message() << "\n";
    return kExitUsage;
  }
  if (!options.published.empty()) document.set_published(options.published);

  extract::Policy policy = extract::default_policy();
  if (!options.policy_file.empty()) {
    if (Status status = extract::load_policy(options.policy_file, &policy); !status) {
      std::cerr << "factcheck extract: " << status.message() << "\n";
      return kExitUsage;
    }
  }
  std::filesystem::path country_codes;
  for (const auto& dir : globals.dataset_search_dirs()) {
    if (std::filesystem::exists(dir / "country-codes" / "data" / "country-codes.csv")) {
      country_codes = dir / "country-codes";
      break;
    }
  }
  if (country_codes.empty()) {
    std::cerr << "factcheck extract: the country-codes dataset was not found in the dataset directories "
                 "(--dataset-dir, FACTCHECK_DATASET_PATH, bundled)\n";
    return kExitFailure;
  }
  std::unique_ptr<const extract::Extractor> extractor;
  if (Status status = extract::Extractor::create(policy, country_codes, &extractor); !status) {
    std::cerr << "factcheck extract: " << status.message() << "\n";
    return kExitFailure;
  }
  v1::ClaimList claims;
  if (Status status = extractor->extract(document, &claims); !status) {
    std::cerr << "factcheck extract: " << status.message() << "\n";
    return kExitUsage;
  }
  google::protobuf::util::JsonPrintOptions json_options;
  if (options.format == "json") {
    json_options.add_whitespace = true;
    std::string json;
    (void)google::protobuf::util::MessageToJsonString(claims, &json, json_options);
    std::cout << json;
  } else if (options.format == "jsonl") {
    for (const auto& warning : claims.warnings()) std::cerr << "warning: " << warning << "\n";
    for (const auto& claim : claims.claims()) {
      std::string json;
      (void)google::protobuf::util::MessageToJsonString(claim, &json, json_options);
      std::cout << json << "\n";
    }
  } else {
    print_text(document, claims);
  }
  return kExitOk;
}

void add_extract_command(CLI::App& app, const GlobalOptions& globals, int& exit_code) {
  auto options = std::make_shared<ExtractOptions>();
  auto* command = app.add_subcommand("extract", "List every number in an article as a structured claim");
  command->add_option("FILE", options->input, "Article file (optional front matter), or - for stdin")
      ->required();
  command->add_option(
      "--published", options->published,
      "Publication date YYYY-MM-DD (overrides front matter; relative dates resolve against it)");
  command->add_option("--format", options->format, "Output format")
      ->check(one_of({"text", "json", "jsonl"}))
      ->capture_default_str();
  command->add_option("--policy", options->policy_file,
                      "Tolerance policy JSON file (docs/tolerance-policy.md)");
  command->callback([&globals, &exit_code, options] { exit_code = run_extract(globals, *options); });
}

const CommandRegistration kRegistration(20, &add_extract_command);

}  // namespace
}  // namespace factcheck::cli
