#include "report/html_report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "report/text_report.hpp"
#include "text/utf8.hpp"

namespace factcheck::report {
namespace {

struct VerdictStyle {
  v1::Verdict verdict;
  const char* css;     // class suffix: v-<css>
  const char* label;   // shown to the editor
  const char* symbol;  // the shape beside the colour
};

// Okabe–Ito colours in the stylesheet; each verdict also has its own symbol and border style.
constexpr VerdictStyle kStyles[] = {
    {v1::SUPPORTED, "supported", "Supported", "\u2714"},
    {v1::REFUTED, "refuted", "Refuted", "\u2716"},
    {v1::CONFLICTING, "conflicting", "Conflicting", "\u21C4"},
    {v1::NOT_ENOUGH_INFO, "nei", "Not enough info", "?"},
    {v1::NOT_CHECKABLE, "nc", "Not checkable", "\u2013"},
};
constexpr VerdictStyle kUnspecified = {v1::VERDICT_UNSPECIFIED, "nc", "No verdict", "\u2013"};

const VerdictStyle& style_of(v1::Verdict verdict) {
  for (const auto& style : kStyles) {
    if (style.verdict == verdict) return style;
  }
  return kUnspecified;
}

bool is_http_url(std::string_view url) { return url.starts_with("https://") || url.starts_with("http://"); }

// Up to `decimals` decimals, trailing zeros dropped.
std::string trimmed_fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string out(buffer);
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  return out == "-0" ? "0" : out;
}

std::string group_thousands(double value) {
  const std::string digits = trimmed_fixed(std::fabs(value), 0);
  std::string out = value < 0 ? "-" : "";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

// "1.93 billion", "13,400", "12.5", "0.33".
std::string format_number(double value) {
  if (!std::isfinite(value)) return "?";
  const double magnitude = std::fabs(value);
  static constexpr std::pair<double, const char*> kScales[] = {
      {1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}};
  for (const auto& [scale, word] : kScales) {
    if (magnitude >= scale) return trimmed_fixed(value / scale, 2) + word;
  }
  if (magnitude >= 1000 && std::fabs(value - std::round(value)) < 1e-9) return group_thousands(value);
  return trimmed_fixed(value, magnitude >= 100 ? 1 : 2);
}

std::string format_with_unit(double value, std::string_view unit) {
  const std::string number = format_number(value);
  if (unit == "percent") return number + "%";
  if (unit == "pp") return number + " pp";
  if (unit.empty() || unit == "count" || unit == "fraction" || unit == "ratio") return number;
  if (unit == "USD") return (value < 0 ? "-$" + number.substr(1) : "$" + number);
  return number + " " + std::string(unit);
}

bool has_bound(const v1::Band& band) { return band.has_low() || band.has_high(); }

std::string format_band(const v1::Band& band, std::string_view unit) {
  if (band.has_low() && band.has_high()) {
    if (band.low() == band.high()) return format_with_unit(band.low(), unit);
    return format_with_unit(band.low(), unit) + " \u2013 " + format_with_unit(band.high(), unit);
  }
  if (band.has_low())
    return (band.low_inclusive() ? "at least " : "more than ") + format_with_unit(band.low(), unit);
  if (band.has_high())
    return (band.high_inclusive() ? "at most " : "less than ") + format_with_unit(band.high(), unit);
  return "any value";
}

class Html {
 public:
  Html& raw(std::string_view text) {
    out_ += text;
    return *this;
  }
  Html& text(std::string_view text) {
    out_ += escape_html(text);
    return *this;
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// ---- the inline chart: the band the wording allows and the evidence values on one axis ----

struct ChartPoint {
  double value;
  v1::Verdict verdict;
  std::string label;
};

struct Chart {
  v1::Band band;
  std::string unit;
  std::vector<ChartPoint> points;
  std::optional<double> stated;
};

// One chart per unit of evidence (a trade claim may have money rows and a derived share): the
// evidence's band, value and compared value share the evidence's unit. Without evidence, the
// band the wording allows on its own.
std::vector<Chart> charts_for(const v1::ClaimResult& result) {
  const auto& quantity = result.claim().quantity();
  std::vector<Chart> charts;
  for (const auto& evidence : result.evidence()) {
    auto chart =
        std::find_if(charts.begin(), charts.end(), [&](const Chart& c) { return c.unit == evidence.unit(); });
    if (chart == charts.end()) {
      chart = charts.insert(charts.end(), Chart{});
      chart->unit = evidence.unit();
    }
    if (!has_bound(chart->band) && has_bound(evidence.claim_band())) chart->band = evidence.claim_band();
    chart->points.push_back({evidence.has_compared_value() ? evidence.compared_value() : evidence.value(),
                             evidence.verdict(), evidence.source_name()});
  }
  if (charts.empty() && quantity.kind() != v1::QUANTITY_KIND_UNSPECIFIED && has_bound(quantity.band())) {
    charts.push_back(Chart{quantity.band(), quantity.unit(), {}, std::nullopt});
  }
  for (auto& chart : charts) {
    if (quantity.unit() != chart.unit || quantity.kind() == v1::QUANTITY_KIND_UNSPECIFIED) continue;
    if (!has_bound(chart.band)) chart.band = quantity.band();
    if (std::isfinite(quantity.value())) chart.stated = quantity.value();
  }
  return charts;
}

std::string svg_number(double value) { return trimmed_fixed(value, 1); }

// The point's shape matches the verdict symbol: circle, cross, triangle, diamond.
void svg_marker(Html& html, double x, double y, v1::Verdict verdict) {
  const std::string css = std::string("mark v-") + style_of(verdict).css;
  const auto at = [&](double dx, double dy) { return svg_number(x + dx) + "," + svg_number(y + dy); };
  switch (verdict) {
    case v1::SUPPORTED:
      html.raw("<circle class=\"" + css + "\" cx=\"" + svg_number(x) + "\" cy=\"" + svg_number(y) +
               "\" r=\"6\"/>");
      break;
    case v1::REFUTED:
      html.raw("<path class=\"" + css + " stroke\" d=\"M" + at(-6, -6) + "L" + at(6, 6) + "M" + at(-6, 6) +
               "L" + at(6, -6) + "\"/>");
      break;
    case v1::CONFLICTING:
      html.raw("<polygon class=\"" + css + "\" points=\"" + at(0, -7) + " " + at(7, 6) + " " + at(-7, 6) +
               "\"/>");
      break;
    default:
      html.raw("<polygon class=\"" + css + "\" points=\"" + at(0, -7) + " " + at(7, 0) + " " + at(0, 7) +
               " " + at(-7, 0) + "\"/>");
  }
}

void render_chart(Html& html, const Chart& chart) {
  std::vector<double> values;
  if (chart.band.has_low()) values.push_back(chart.band.low());
  if (chart.band.has_high()) values.push_back(chart.band.high());
  for (const auto& point : chart.points) values.push_back(point.value);
  if (chart.stated) values.push_back(*chart.stated);
  std::erase_if(values, [](double v) { return !std::isfinite(v); });
  if (values.empty()) return;
  double low = *std::min_element(values.begin(), values.end());
  double high = *std::max_element(values.begin(), values.end());
  double span = high - low;
  if (span <= 0) span = std::max(std::fabs(low) * 0.2, 1.0);
  low -= span * (chart.band.has_low() ? 0.15 : 0.35);
  high += span * (chart.band.has_high() ? 0.15 : 0.35);
  constexpr double kWidth = 360;
  constexpr double kLeft = 14;
  constexpr double kRight = kWidth - 14;
  constexpr double kAxis = 46;
  const auto x_of = [&](double value) { return kLeft + (value - low) / (high - low) * (kRight - kLeft); };
  const auto anchor_of = [&](double x) {
    return std::string(x < kLeft + 40 ? "start" : (x > kRight - 40 ? "end" : "middle"));
  };

  std::string description = "Wording allows " + format_band(chart.band, chart.unit);
  for (const auto& point : chart.points) {
    description += "; " + (point.label.empty() ? std::string("evidence") : point.label) + ": " +
                   format_with_unit(point.value, chart.unit);
  }
  html.raw(
          "<svg class=\"chart\" viewBox=\"0 0 360 84\" width=\"360\" height=\"84\" role=\"img\" "
          "aria-label=\"")
      .text(description)
      .raw("\"><title>")
      .text(description)
      .raw("</title>");
  html.raw("<line class=\"axis\" x1=\"" + svg_number(kLeft) + "\" y1=\"46\" x2=\"" + svg_number(kRight) +
           "\" y2=\"46\"/>");
  if (has_bound(chart.band)) {
    const double band_left = chart.band.has_low() ? x_of(chart.band.low()) : kLeft;
    const double band_right = chart.band.has_high() ? x_of(chart.band.high()) : kRight;
    html.raw("<rect class=\"band\" x=\"" + svg_number(band_left) + "\" y=\"36\" width=\"" +
             svg_number(std::max(band_right - band_left, 2.0)) + "\" height=\"20\"/>");
    if (chart.band.has_low()) {
      html.raw("<text class=\"tick\" x=\"" + svg_number(band_left) + "\" y=\"72\" text-anchor=\"" +
               anchor_of(band_left) + "\">")
          .text(format_with_unit(chart.band.low(), chart.unit))
          .raw("</text>");
    }
    if (chart.band.has_high() && (!chart.band.has_low() || chart.band.high() != chart.band.low())) {
      html.raw("<text class=\"tick\" x=\"" + svg_number(band_right) + "\" y=\"82\" text-anchor=\"" +
               anchor_of(band_right) + "\">")
          .text(format_with_unit(chart.band.high(), chart.unit))
          .raw("</text>");
    }
  }
  if (chart.stated) {
    const double x = x_of(*chart.stated);
    html.raw("<line class=\"stated\" x1=\"" + svg_number(x) + "\" y1=\"14\" x2=\"" + svg_number(x) +
             "\" y2=\"58\"/>");
    html.raw("<text class=\"tick\" x=\"" + svg_number(x) + "\" y=\"10\" text-anchor=\"" + anchor_of(x) +
             "\">stated ")
        .text(format_with_unit(*chart.stated, chart.unit))
        .raw("</text>");
  }
  for (const auto& point : chart.points) {
    const double x = x_of(point.value);
    svg_marker(html, x, kAxis, point.verdict);
    html.raw("<text class=\"tick value\" x=\"" + svg_number(x) + "\" y=\"30\" text-anchor=\"" + anchor_of(x) +
             "\">")
        .text(format_with_unit(point.value, chart.unit))
        .raw("</text>");
  }
  html.raw("</svg>");
}

// ---- pieces of the page ----

void render_badge(Html& html, v1::Verdict verdict) {
  html.raw("<span class=\"badge\" aria-hidden=\"true\">").raw(style_of(verdict).symbol).raw("</span>");
}

void render_link(Html& html, std::string_view url, std::string_view label) {
  if (is_http_url(url)) {
    html.raw("<a href=\"")
        .text(url)
        .raw("\" rel=\"noopener noreferrer\">")
        .text(label.empty() ? url : label)
        .raw("</a>");
  } else {
    html.text(label.empty() ? url : label);
  }
}

std::string claim_anchor(const v1::ClaimResult& result, int index) {
  return "claim-" + (result.claim().id().empty() ? std::to_string(index + 1) : result.claim().id());
}

std::string short_hash(std::string_view sha256) { return std::string(sha256.substr(0, 12)); }

// Why a claim was not checked, in a few words (grouped in the coverage line).
std::string unchecked_reason(const v1::ClaimResult& result) {
  if (result.verdict() == v1::NOT_CHECKABLE) {
    if (!result.claim().not_checkable_reason().empty()) return result.claim().not_checkable_reason();
    return "nothing to check against";
  }
  for (const auto& check : result.results()) {
    if (!check.missing().empty()) return "no data: " + check.missing();
  }
  if (result.results().empty()) return "no checker covers it";
  return "no data";
}

void render_evidence_table(Html& html, const v1::ClaimResult& result) {
  html.raw(
      "<table class=\"evidence\"><caption>Evidence</caption><thead><tr><th scope=\"col\">Source</th>"
      "<th scope=\"col\">Value</th><th scope=\"col\">Period</th><th scope=\"col\">Wording allows</th>"
      "<th scope=\"col\">Deviation</th><th scope=\"col\">Receipt</th></tr></thead><tbody>");
  for (const auto& evidence : result.evidence()) {
    html.raw("<tr class=\"v-").raw(style_of(evidence.verdict()).css).raw("\"><td>");
    render_badge(html, evidence.verdict());
    html.raw(" ");
    render_link(html, evidence.source_url(), evidence.source_name());
    if (!evidence.retrieved().empty())
      html.raw("<br><small>retrieved ").text(evidence.retrieved()).raw("</small>");
    html.raw("</td><td>").text(format_with_unit(evidence.value(), evidence.unit()));
    if (evidence.has_compared_value() && evidence.compared_value() != evidence.value()) {
      html.raw("<br><small>compared: ")
          .text(format_with_unit(evidence.compared_value(), evidence.unit()))
          .raw("</small>");
    }
    if (!evidence.qualifier().empty()) html.raw("<br><small>").text(evidence.qualifier()).raw("</small>");
    html.raw("</td><td>").text(evidence.period()).raw("</td><td>");
    html.text(has_bound(evidence.claim_band()) ? format_band(evidence.claim_band(), evidence.unit()) : "");
    html.raw("</td><td>").text(trimmed_fixed(evidence.deviation() * 100, 1) + "%").raw("</td><td><small>");
    html.text(evidence.dataset());
    if (!evidence.dataset_version().empty()) html.text(" " + evidence.dataset_version());
    html.raw("<br>row <code>").text(evidence.row_key()).raw("</code>");
    if (!evidence.sha256().empty()) {
      html.raw("<br>sha256 <code title=\"")
          .text(evidence.sha256())
          .raw("\">")
          .text(short_hash(evidence.sha256()));
      html.raw("\u2026</code>");
    }
    if (!evidence.plugin().empty()) {
      html.raw("<br>checker ").text(evidence.plugin() + " " + evidence.plugin_version());
    }
    if (!evidence.notes().empty()) html.raw("<br>").text(evidence.notes());
    html.raw("</small></td></tr>");
  }
  html.raw("</tbody></table>");
}

void render_detail(Html& html, const v1::ClaimResult& result, int index) {
  const auto& claim = result.claim();
  const auto& quantity = claim.quantity();
  const auto& style = style_of(result.verdict());
  const std::string anchor = claim_anchor(result, index);
  html.raw("<section class=\"detail v-").raw(style.css).raw("\" id=\"detail-").text(anchor);
  html.raw("\" data-claim=\"")
      .text(anchor)
      .raw("\" data-verdict=\"")
      .text(v1::Verdict_Name(result.verdict()));
  html.raw("\" aria-labelledby=\"title-")
      .text(anchor)
      .raw("\" tabindex=\"-1\"><h2 id=\"title-")
      .text(anchor)
      .raw("\">");
  render_badge(html, result.verdict());
  html.raw(" <span class=\"verdict-label\">")
      .raw(style.label)
      .raw("</span>: \u201C")
      .text(claim.text())
      .raw("\u201D</h2>");
  if (!claim.sentence().empty())
    html.raw("<blockquote class=\"sentence\">").text(claim.sentence()).raw("</blockquote>");
  if (!result.explanation().empty())
    html.raw("<p class=\"explanation\">").text(result.explanation()).raw("</p>");
  if (result.has_match_basis())
    html.raw("<p class=\"match\"><strong>Match:</strong> ").text(match_line(result)).raw("</p>");
  for (const auto& chart : charts_for(result)) render_chart(html, chart);

  html.raw("<dl class=\"facts\">");
  if (quantity.kind() != v1::QUANTITY_KIND_UNSPECIFIED) {
    html.raw("<dt>Stated</dt><dd>").text(format_with_unit(quantity.value(), quantity.unit()));
    if (!quantity.hedge().empty()) html.raw(" (hedge \u201C").text(quantity.hedge()).raw("\u201D)");
    html.raw("</dd><dt>Wording allows</dt><dd>").text(format_band(quantity.band(), quantity.unit()));
    if (!quantity.band().rule().empty()) html.raw(" <small>").text(quantity.band().rule()).raw("</small>");
    html.raw("</dd>");
  }
  if (!claim.period().label().empty()) {
    html.raw("<dt>Period</dt><dd>").text(claim.period().label());
    if (!claim.period().text().empty()) html.raw(" (from \u201C").text(claim.period().text()).raw("\u201D)");
    html.raw("</dd>");
  }
  if (!claim.entities().empty()) {
    html.raw("<dt>Entities</dt><dd>");
    for (int i = 0; i < claim.entities_size(); ++i) {
      const auto& entity = claim.entities(i);
      html.raw(i == 0 ? "" : ", ").text(entity.name().empty() ? entity.id() : entity.name());
      if (!entity.role().empty()) html.raw(" <small>").text(entity.role()).raw("</small>");
    }
    html.raw("</dd>");
  }
  if (!claim.checkable() && !claim.not_checkable_reason().empty()) {
    html.raw("<dt>Not checkable</dt><dd>").text(claim.not_checkable_reason()).raw("</dd>");
  }
  html.raw("</dl>");

  if (!result.evidence().empty()) render_evidence_table(html, result);
  if (!result.results().empty()) {
    html.raw("<details class=\"checkers\"><summary>Checkers (").text(std::to_string(result.results_size()));
    html.raw(")</summary><ul>");
    for (const auto& check : result.results()) {
      html.raw("<li>");
      render_badge(html, check.verdict());
      html.raw(" <b>").text(check.plugin()).raw("</b> ").text(check.plugin_version());
      html.raw(": ").text(style_of(check.verdict()).label);
      if (!check.explanation().empty()) html.raw(" \u2014 ").text(check.explanation());
      if (!check.missing().empty()) html.raw(" <small>missing: ").text(check.missing()).raw("</small>");
      html.raw("</li>");
    }
    html.raw("</ul></details>");
  }
  if (!result.errors().empty()) {
    html.raw("<ul class=\"errors\">");
    for (const auto& error : result.errors()) html.raw("<li>Checker error: ").text(error).raw("</li>");
    html.raw("</ul>");
  }
  html.raw("</section>");
}

void render_summary(Html& html, const v1::Report& report) {
  std::map<v1::Verdict, int> counts;
  std::map<std::string, int> unchecked;
  for (const auto& result : report.claims()) {
    ++counts[result.verdict()];
    const bool checked = result.verdict() == v1::SUPPORTED || result.verdict() == v1::REFUTED ||
                         result.verdict() == v1::CONFLICTING;
    if (!checked) ++unchecked[unchecked_reason(result)];
  }
  const int numbers = report.claims_size();
  const int checked = counts[v1::SUPPORTED] + counts[v1::REFUTED] + counts[v1::CONFLICTING];
  html.raw("<section class=\"summary\" aria-label=\"Summary\"><ul class=\"counts\">");
  for (const auto& style : kStyles) {
    html.raw("<li class=\"count v-")
        .raw(style.css)
        .raw("\" data-verdict=\"")
        .raw(v1::Verdict_Name(style.verdict));
    html.raw("\">");
    render_badge(html, style.verdict);
    html.raw(" <b>").text(std::to_string(counts[style.verdict])).raw("</b> ").raw(style.label).raw("</li>");
  }
  html.raw("</ul>");
  if (numbers > 0) {
    html.raw("<div class=\"stack\" aria-hidden=\"true\">");
    for (const auto& style : kStyles) {
      if (counts[style.verdict] == 0) continue;
      html.raw("<span class=\"v-").raw(style.css).raw("\" style=\"flex-grow:");
      html.raw(std::to_string(counts[style.verdict])).raw("\"></span>");
    }
    html.raw("</div>");
  }
  html.raw("<p class=\"coverage\">").text(std::to_string(numbers)).raw(numbers == 1 ? " number" : " numbers");
  html.raw(" found, <b>").text(std::to_string(checked)).raw("</b> checked against data.");
  if (!unchecked.empty()) {
    html.raw(" Not checked: ");
    bool first = true;
    for (const auto& [reason, count] : unchecked) {
      html.raw(first ? "" : "; ").text(reason).raw(" \u00D7").text(std::to_string(count));
      first = false;
    }
    html.raw(".");
  }
  html.raw("</p>");
  if (!report.summary().line().empty())
    html.raw("<p class=\"line\">").text(report.summary().line()).raw("</p>");
  html.raw("</section>");
}

// Walks valid UTF-8 forward, code point by code point, so spans map to bytes in one pass and
// without a table as large as the article.
class CodePointWalker {
 public:
  explicit CodePointWalker(std::string_view text) : text_(text) {}
  // Byte offset of code point `target` (>= the current one), or text.size() past the end.
  std::size_t advance_to(std::uint32_t target) {
    while (code_point_ < target && byte_ < text_.size()) {
      ++byte_;
      while (byte_ < text_.size() && !text::is_lead_byte(static_cast<unsigned char>(text_[byte_]))) ++byte_;
      ++code_point_;
    }
    return byte_;
  }

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::uint32_t code_point_ = 0;
};

// Claims in text order; a claim overlapping an earlier one gets a marker right after it.
void render_article(Html& html, const v1::Report& report, std::vector<std::string>* problems) {
  const std::string_view text = report.document().text();
  const auto code_points = static_cast<std::uint32_t>(text::count_code_points(text));
  std::vector<int> order(static_cast<std::size_t>(report.claims_size()));
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  const auto span_of = [&](int index) {
    const auto& span = report.claims(index).claim().span();
    const std::uint32_t start = std::min(span.start(), code_points);
    return std::pair{start, std::clamp(span.end(), start, code_points)};
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return span_of(a).first < span_of(b).first; });

  html.raw("<article id=\"article\" class=\"article\">");
  CodePointWalker walker(text);
  std::uint32_t cursor = 0;
  std::size_t cursor_byte = 0;
  for (const int index : order) {
    const auto& result = report.claims(index);
    const auto& span = result.claim().span();
    auto [start, end] = span_of(index);
    if (span.end() > code_points || span.start() > span.end()) {
      problems->push_back("claim " + result.claim().id() + ": span [" + std::to_string(span.start()) + ", " +
                          std::to_string(span.end()) + ") lies outside the text (" +
                          std::to_string(code_points) + " code points)");
    }
    const bool overlaps = start < cursor;
    std::size_t start_byte = cursor_byte;
    if (!overlaps) {
      start_byte = walker.advance_to(start);
      html.text(text.substr(cursor_byte, start_byte - cursor_byte));
    }
    const std::string anchor = claim_anchor(result, index);
    const auto& style = style_of(result.verdict());
    html.raw("<a class=\"claim v-")
        .raw(style.css)
        .raw(overlaps ? " nested" : "")
        .raw("\" href=\"#detail-")
        .text(anchor);
    html.raw("\" id=\"").text(anchor).raw("\" data-claim=\"").text(anchor).raw("\" data-verdict=\"");
    html.raw(v1::Verdict_Name(result.verdict())).raw("\" aria-controls=\"panel\" title=\"").raw(style.label);
    html.raw(": ").text(result.claim().text()).raw("\">");
    render_badge(html, result.verdict());
    html.raw("<span class=\"sr\">").raw(style.label).raw(": </span>");
    if (overlaps) {
      html.text(result.claim().id());
    } else {
      cursor_byte = walker.advance_to(end);
      html.text(text.substr(start_byte, cursor_byte - start_byte));
      cursor = end;
    }
    html.raw("</a>");
  }
  html.text(text.substr(cursor_byte));
  html.raw("</article>");
}

constexpr std::string_view kStyle = R"CSS(
:root{--supported:#009E73;--refuted:#D55E00;--conflicting:#E69F00;--nei:#0072B2;--nc:#6b6b6b;
--ink:#1b1b1b;--paper:#fff;--muted:#5a5a5a;--line:#d0d0d0;font-family:Georgia,"DejaVu Serif",serif}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:var(--paper);line-height:1.5}
header.top{padding:1rem 1.5rem .5rem;border-bottom:1px solid var(--line);font-family:system-ui,"DejaVu Sans",sans-serif}
header.top h1{margin:.2rem 0;font-size:1.4rem}
.meta{color:var(--muted);font-size:.9rem;margin:0}
.summary{margin:.6rem 0}
.counts{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem;padding:0;margin:0}
.count{border:2px solid var(--c);border-radius:1rem;padding:.1rem .7rem;font-size:.9rem}
.count .badge{color:var(--c)}
.stack{display:flex;height:.5rem;margin:.5rem 0;border-radius:.25rem;overflow:hidden;max-width:40rem}
.stack span{background:var(--c)}
.coverage,.line{margin:.3rem 0;font-size:.9rem}
.warnings{color:var(--refuted);font-size:.9rem}
.v-supported{--c:var(--supported);--bs:solid}.v-refuted{--c:var(--refuted);--bs:double}
.v-conflicting{--c:var(--conflicting);--bs:dashed}.v-nei{--c:var(--nei);--bs:dotted}.v-nc{--c:var(--nc);--bs:dotted}
main{display:grid;grid-template-columns:minmax(0,42rem) minmax(18rem,1fr);gap:2rem;padding:1rem 1.5rem}
@media (max-width:60rem){main{grid-template-columns:1fr}}
.article{white-space:pre-wrap;font-size:1.1rem;overflow-wrap:anywhere}
a.claim{color:inherit;text-decoration:none;border-bottom:3px var(--bs) var(--c);
background:color-mix(in srgb,var(--c) 14%,transparent);padding:0 .1rem;border-radius:.15rem}
a.claim .badge{font-size:.75em;color:#fff;background:var(--c);border-radius:.6em;padding:0 .3em;margin-right:.15em;
font-family:system-ui,"DejaVu Sans",sans-serif}
a.claim:hover,a.claim.current{background:color-mix(in srgb,var(--c) 30%,transparent)}
a.claim:focus-visible{outline:3px solid var(--ink);outline-offset:2px}
a.claim.nested{font-size:.8em;vertical-align:super}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
#panel{position:sticky;top:1rem;align-self:start;max-height:calc(100vh - 2rem);overflow:auto;
font-family:system-ui,"DejaVu Sans",sans-serif;font-size:.92rem}
.hint{color:var(--muted)}
.detail{display:none;border-left:6px var(--bs) var(--c);padding:.2rem 0 .5rem .9rem}
.detail.open,html:not(.js) .detail:target{display:block}
.detail h2{font-size:1.1rem;margin:.2rem 0}
.detail h2 .badge{color:var(--c)}
.sentence{margin:.4rem 0;padding-left:.6rem;border-left:2px solid var(--line);color:var(--muted);font-family:Georgia,serif}
.facts{display:grid;grid-template-columns:auto 1fr;gap:.1rem .8rem;margin:.5rem 0}
.facts dt{font-weight:bold}.facts dd{margin:0}
.chart{display:block;max-width:100%;height:auto;margin:.4rem 0}
.chart .axis{stroke:var(--ink);stroke-width:1}
.chart .band{fill:var(--nei);fill-opacity:.18;stroke:var(--nei);stroke-width:1.5}
.chart .stated{stroke:var(--ink);stroke-dasharray:3 2}
.chart .tick{font-size:10px;fill:var(--ink)}
.chart .mark{fill:var(--c);stroke:var(--ink);stroke-width:1}
.chart .mark.stroke{fill:none;stroke:var(--c);stroke-width:3}
table.evidence{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}
table.evidence caption{text-align:left;font-weight:bold}
table.evidence th,table.evidence td{border-top:1px solid var(--line);padding:.25rem;text-align:left;vertical-align:top}
table.evidence .badge{color:var(--c)}
code{font-size:.85em;overflow-wrap:anywhere}
.errors{color:var(--refuted)}
footer{padding:1rem 1.5rem;border-top:1px solid var(--line);color:var(--muted);font-size:.8rem;
font-family:system-ui,"DejaVu Sans",sans-serif}
#selftest{display:none}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
main{display:block;padding:0}
#panel{position:static;max-height:none;overflow:visible}
.hint,#selftest{display:none}
.detail{display:block;break-inside:avoid;margin:.8rem 0}
a.claim{background:none}
details.checkers{display:block}
}
)CSS";

// Opens the detail of the claim clicked or focused. With #selftest it exercises every claim
// and writes the outcome into <pre id="selftest"> for the browser test to read.
constexpr std::string_view kScript = R"JS(
(function () {
  'use strict';
  var claims = Array.prototype.slice.call(document.querySelectorAll('a.claim'));
  var hint = document.getElementById('hint');
  function open(link) {
    var detail = document.getElementById('detail-' + link.dataset.claim);
    if (!detail) return null;
    document.querySelectorAll('.detail.open').forEach(function (d) { d.classList.remove('open'); });
    claims.forEach(function (c) { c.classList.remove('current'); c.removeAttribute('aria-current'); });
    detail.classList.add('open');
    link.classList.add('current');
    link.setAttribute('aria-current', 'true');
    if (hint) hint.hidden = true;
    return detail;
  }
  document.documentElement.classList.add('js');
  claims.forEach(function (link) {
    link.addEventListener('click', function (event) { event.preventDefault(); open(link); });
    link.addEventListener('focus', function () { open(link); });
    if (location.hash === '#detail-' + link.dataset.claim) open(link);
  });
  // Focus events reach a page only once its window has focus: wait for it (bounded).
  function selftest(attempt) {
    if (!document.hasFocus() && attempt < 100) {
      setTimeout(function () { selftest(attempt + 1); }, 20);
      return;
    }
    var results = [];
    var shown = function (element) { return !!element && getComputedStyle(element).display !== 'none'; };
    claims.forEach(function (link) {
      var entry = {claim: link.dataset.claim, verdict: link.dataset.verdict};
      document.querySelectorAll('.detail.open').forEach(function (d) { d.classList.remove('open'); });
      link.click();
      var detail = document.getElementById('detail-' + link.dataset.claim);
      entry.click = shown(detail) && detail.dataset.verdict === link.dataset.verdict &&
          document.querySelectorAll('.detail.open').length === 1;
      detail.classList.remove('open');
      link.blur();
      link.focus({preventScroll: true});
      entry.focus = document.activeElement === link && shown(detail);
      results.push(entry);
    });
    var firstFinding = claims.filter(function (c) { return c.dataset.verdict === 'REFUTED'; })[0] ||
        claims.filter(function (c) { return c.dataset.verdict === 'CONFLICTING'; })[0] || claims[0];
    if (firstFinding) { firstFinding.focus({preventScroll: true}); open(firstFinding); }
    window.scrollTo(0, 0);
    var external = Array.prototype.slice.call(document.querySelectorAll('[src],link[href],object[data]'))
        .map(function (e) { return e.getAttribute('src') || e.getAttribute('href') || e.getAttribute('data'); });
    var out = document.getElementById('selftest');
    out.textContent = JSON.stringify({claims: results, resources: performance.getEntriesByType('resource').length,
                                      loaded: external, pageFocused: document.hasFocus()});
    out.dataset.done = 'true';
  }
  if (location.hash === '#selftest') selftest(0);
})();
)JS";

}  // namespace

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string render_html(const v1::Report& report) {
  const auto& document = report.document();
  const std::string title = !document.title().empty() ? document.title()
                            : !document.id().empty()  ? document.id()
                                                      : std::string("Article");
  Html html;
  html.raw("<!DOCTYPE html>\n<html lang=\"").text(document.language().empty() ? "en" : document.language());
  html.raw(
          "\"><head><meta charset=\"utf-8\">"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
          "'unsafe-inline'; "
          "script-src 'unsafe-inline'; img-src data:\">"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          "<meta name=\"generator\" content=\"factcheck ")
      .text(report.factcheck_version())
      .raw("\"><title>Fact-check: ")
      .text(title)
      .raw("</title><style>")
      .raw(kStyle)
      .raw("</style></head><body><header class=\"top\"><h1>")
      .text(title)
      .raw("</h1><p class=\"meta\">");
  if (!document.published().empty()) html.raw("Published ").text(document.published()).raw(" \u00B7 ");
  if (!document.source_url().empty()) {
    render_link(html, document.source_url(), document.source_url());
    html.raw(" \u00B7 ");
  }
  html.raw("Checked by factcheck ")
      .text(report.factcheck_version())
      .raw(": a machine draft for an editor.</p>");
  render_summary(html, report);

  Html article;
  std::vector<std::string> problems;
  render_article(article, report, &problems);
  std::vector<std::string> warnings(report.warnings().begin(), report.warnings().end());
  warnings.insert(warnings.end(), problems.begin(), problems.end());
  if (!warnings.empty()) {
    html.raw("<ul class=\"warnings\">");
    for (const auto& warning : warnings) html.raw("<li>").text(warning).raw("</li>");
    html.raw("</ul>");
  }
  html.raw("</header><main>").raw(article.take());
  html.raw(
      "<aside id=\"panel\" aria-live=\"polite\" aria-label=\"Claim details\"><p class=\"hint\" id=\"hint\">"
      "Select a highlighted number (click, or Tab to it) to see its verdict, the evidence and the "
      "sources.</p>");
  for (int i = 0; i < report.claims_size(); ++i) render_detail(html, report.claims(i), i);
  html.raw("</aside></main><footer>");
  if (!report.datasets().empty()) {
    html.raw("<p>Datasets: ");
    for (int i = 0; i < report.datasets_size(); ++i) {
      const auto& dataset = report.datasets(i);
      html.raw(i == 0 ? "" : "; ").text(dataset.name() + " " + dataset.version());
      if (!dataset.sha256().empty())
        html.raw(" <code>").text(short_hash(dataset.sha256())).raw("\u2026</code>");
    }
    html.raw("</p>");
  }
  if (!report.plugins().empty()) {
    html.raw("<p>Checkers: ");
    for (int i = 0; i < report.plugins_size(); ++i) {
      html.raw(i == 0 ? "" : "; ").text(report.plugins(i).name() + " " + report.plugins(i).version());
    }
    html.raw("</p>");
  }
  html.raw(
          "<p>Symbols: \u2714 supported, \u2716 refuted, \u21C4 conflicting, ? not enough info, \u2013 not "
          "checkable.</p></footer><pre id=\"selftest\"></pre><script>")
      .raw(kScript)
      .raw("</script></body></html>\n");
  return html.take();
}

}  // namespace factcheck::report
