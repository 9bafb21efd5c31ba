#include "report/text_report.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace factcheck::report {
namespace {

const char* verdict_name(v1::Verdict verdict) {
  switch (verdict) {
    case v1::SUPPORTED:
      return "SUPPORTED";
    case v1::REFUTED:
      return "REFUTED";
    case v1::CONFLICTING:
      return "CONFLICTING";
    case v1::NOT_ENOUGH_INFO:
      return "NOT_ENOUGH_INFO";
    case v1::NOT_CHECKABLE:
      return "NOT_CHECKABLE";
    default:
      return "UNSPECIFIED";
  }
}

const char* verdict_colour(v1::Verdict verdict) {
  switch (verdict) {
    case v1::SUPPORTED:
      return "\x1b[32m";  // green
    case v1::REFUTED:
      return "\x1b[31m";  // red
    case v1::CONFLICTING:
      return "\x1b[33m";  // yellow
    case v1::NOT_ENOUGH_INFO:
      return "\x1b[36m";  // cyan
    default:
      return "\x1b[2m";  // dim
  }
}

constexpr const char* kReset = "\x1b[0m";
constexpr const char* kBold = "\x1b[1m";

// Byte offset of code point `index` in UTF-8 `text` (clamped to its size).
size_t byte_offset(std::string_view text, size_t index) {
  size_t bytes = 0;
  for (size_t seen = 0; bytes < text.size() && seen < index; ++seen) {
    ++bytes;
    while (bytes < text.size() && (static_cast<unsigned char>(text[bytes]) & 0xC0U) == 0x80U) ++bytes;
  }
  return bytes;
}

class Painter {
 public:
  explicit Painter(bool colour) : colour_(colour) {}
  std::string paint(std::string_view text, const char* code) const {
    std::string out;
    if (colour_) out.append(code);
    out.append(text);
    if (colour_) out.append(kReset);
    return out;
  }

 private:
  bool colour_;
};

// The sentence with each of its claims as "[text]{n}", coloured by verdict.
std::string marked_sentence(const v1::ClaimResult& first,
                            const std::vector<std::pair<int, const v1::ClaimResult*>>& claims,
                            const Painter& painter) {
  const std::string& sentence = first.claim().sentence();
  const uint32_t sentence_start = first.claim().sentence_span().start();
  std::string out;
  size_t cursor = 0;
  for (const auto& [number, result] : claims) {
    const auto& span = result->claim().span();
    if (span.start() < sentence_start || span.end() > first.claim().sentence_span().end()) continue;
    const size_t start = byte_offset(sentence, span.start() - sentence_start);
    const size_t end = byte_offset(sentence, span.end() - sentence_start);
    if (start < cursor || end < start) continue;  // overlapping mentions: mark the first only
    out += sentence.substr(cursor, start - cursor);
    std::string marked;
    marked.append("[")
        .append(sentence, start, end - start)
        .append("]{")
        .append(std::to_string(number))
        .append("}");
    out += painter.paint(marked, verdict_colour(result->verdict()));
    cursor = end;
  }
  out += sentence.substr(std::min(cursor, sentence.size()));
  return out;
}

std::string format_value(double value) {
  std::string text = std::to_string(value);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text;
}

}  // namespace

std::string match_line(const v1::ClaimResult& result) {
  const auto& basis = result.match_basis();
  std::string words;
  for (const auto& word : basis.claim_words()) words += (words.empty() ? "'" : "', '") + word;
  if (!words.empty()) words += "'";
  char confidence[16];
  std::snprintf(confidence, sizeof confidence, "%.2f", static_cast<double>(result.match_confidence()));
  std::string line = words + " = " + basis.indicator_concept() + " (" + basis.dataset() + "/" +
                     basis.indicator() + ", " + basis.dimension() + "); confidence " + confidence;
  if (!basis.entity_alignment().empty()) line += "; " + basis.entity_alignment();
  if (!basis.period_alignment().empty()) line += "; " + basis.period_alignment();
  return line;
}

void write_text_report(const v1::Report& report, std::ostream& out, const TextReportOptions& options) {
  const Painter painter(options.colour);
  const auto& document = report.document();
  out << painter.paint("factcheck", kBold) << " " << (document.id().empty() ? "<stdin>" : document.id());
  if (!document.published().empty()) out << " (published " << document.published() << ")";
  out << "\n";
  for (const auto& warning : report.warnings()) out << painter.paint("warning: ", kBold) << warning << "\n";
  out << "\n";

  // Sentences in text order (by their span), each with its claims numbered as in the table.
  std::map<std::pair<uint32_t, uint32_t>, std::vector<std::pair<int, const v1::ClaimResult*>>> by_sentence;
  for (int i = 0; i < report.claims_size(); ++i) {
    const auto& sentence = report.claims(i).claim().sentence_span();
    by_sentence[{sentence.start(), sentence.end()}].emplace_back(i + 1, &report.claims(i));
  }
  for (const auto& [index, claims] : by_sentence) {
    out << marked_sentence(*claims.front().second, claims, painter) << "\n\n";
  }

  size_t claim_width = 5;
  for (const auto& result : report.claims())
    claim_width = std::max(claim_width, result.claim().text().size());
  claim_width = std::min<size_t>(claim_width, 32);
  const auto pad = [](std::string text, size_t width) {
    if (text.size() < width) text.append(width - text.size(), ' ');
    return text;
  };
  out << painter.paint(pad("#", 4) + pad("verdict", 17) + pad("claim", claim_width + 2) + "explanation",
                       kBold)
      << "\n";
  for (int i = 0; i < report.claims_size(); ++i) {
    const auto& result = report.claims(i);
    std::string claim_text = result.claim().text();
    if (claim_text.size() > claim_width) claim_text = claim_text.substr(0, claim_width - 3) + "...";
    out << pad(std::to_string(i + 1), 4)
        << painter.paint(pad(verdict_name(result.verdict()), 17), verdict_colour(result.verdict()))
        << pad(claim_text, claim_width + 2) << result.explanation() << "\n";
    if (result.has_match_basis()) out << "      match: " << match_line(result) << "\n";
    for (const auto& evidence : result.evidence()) {
      out << "      evidence: " << evidence.dataset() << " " << evidence.dataset_version() << " ["
          << evidence.row_key() << "] = "
          << format_value(evidence.has_compared_value() ? evidence.compared_value() : evidence.value()) << " "
          << evidence.unit() << " — " << evidence.source_name();
      if (!evidence.source_url().empty()) out << " <" << evidence.source_url() << ">";
      out << " (sha256 " << evidence.sha256().substr(0, 12) << ", " << evidence.plugin() << " "
          << evidence.plugin_version() << ")\n";
    }
    for (const auto& error : result.errors()) out << "      error: " << error << "\n";
  }
  out << "\n" << painter.paint(report.summary().line(), kBold) << "\n";
}

}  // namespace factcheck::report
