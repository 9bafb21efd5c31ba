#include "report/html_report.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "sample_report.hpp"

namespace factcheck::report {
namespace {

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
}

// The text inside the highlight of claim `id` (after the badge and the screen-reader label).
std::string highlighted_text(const std::string& html, const std::string& id) {
  const std::regex pattern(
      "<a class=\"claim[^\"]*\" href=\"#detail-claim-" + id +
      "\"[^>]*><span class=\"badge\"[^>]*>[^<]*</span><span class=\"sr\">[^<]*</span>([^<]*)</a>");
  std::smatch match;
  if (!std::regex_search(html, match, pattern)) return "<no highlight for " + id + ">";
  return match[1];
}

TEST(EscapeHtml, EscapesMarkupAndQuotes) {
  EXPECT_EQ(escape_html("<a href=\"x\" title='y'>&</a>"),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
}

TEST(HtmlReport, HighlightsEveryClaimAtItsCodePointSpan) {
  const auto report = testing::sample_report();
  const std::string html = render_html(report);
  for (const auto& result : report.claims()) {
    SCOPED_TRACE(result.claim().id());
    // Non-ASCII text (em dash, umlaut, curly quotes, an emoji) precedes the claims: a byte/code
    // point mix-up would shift every highlight.
    EXPECT_EQ(highlighted_text(html, result.claim().id()), escape_html(result.claim().text()));
    EXPECT_EQ(count(html, "id=\"claim-" + result.claim().id() + "\""), 1U);
    EXPECT_EQ(count(html, "id=\"detail-claim-" + result.claim().id() + "\""), 1U);
  }
  EXPECT_NE(html.find("class=\"claim v-supported\" href=\"#detail-claim-c1\""), std::string::npos);
  EXPECT_NE(html.find("class=\"claim v-refuted\" href=\"#detail-claim-c2\""), std::string::npos);
  EXPECT_NE(html.find("class=\"claim v-nei\" href=\"#detail-claim-c3\""), std::string::npos);
  EXPECT_NE(html.find("class=\"claim v-nc\" href=\"#detail-claim-c4\""), std::string::npos);
  EXPECT_NE(html.find("class=\"claim v-conflicting\" href=\"#detail-claim-c5\""), std::string::npos);
  EXPECT_NE(html.find("data-claim=\"claim-c2\" data-verdict=\"REFUTED\""), std::string::npos);
}

TEST(HtmlReport, ClaimsAtTheEdgesOfMultiByteText) {
  v1::Report report;
  report.mutable_document()->set_text("\u00E9\u20AC\U0001F600 12 \U0001F600\u20AC\u00E9 34");
  const auto add = [&](const char* id, const char* text, std::uint32_t start, std::uint32_t end) {
    auto* claim = report.add_claims()->mutable_claim();
    claim->set_id(id);
    claim->set_text(text);
    claim->mutable_span()->set_start(start);
    claim->mutable_span()->set_end(end);
  };
  add("a", "\u00E9\u20AC", 0, 2);  // at the very start
  add("b", "12", 4, 6);
  add("c", "34", 11, 13);  // at the very end
  const std::string html = render_html(report);
  EXPECT_EQ(highlighted_text(html, "a"), "\u00E9\u20AC");
  EXPECT_EQ(highlighted_text(html, "b"), "12");
  EXPECT_EQ(highlighted_text(html, "c"), "34");
  EXPECT_EQ(html.find("lies outside the text"), std::string::npos);
}

TEST(HtmlReport, KeepsTheArticleTextIntact) {
  const auto report = testing::sample_report();
  const std::string html = render_html(report);
  // Removing the highlight markup must give back the escaped article.
  const auto start = html.find("<article id=\"article\" class=\"article\">");
  const auto end = html.find("</article>");
  ASSERT_NE(start, std::string::npos);
  std::string body = html.substr(start, end - start);
  body = std::regex_replace(body, std::regex("<span class=\"(badge|sr)\"[^>]*>[^<]*</span>"), "");
  body = std::regex_replace(body, std::regex("<[^>]*>"), "");
  EXPECT_EQ(body, escape_html(report.document().text()));
}

TEST(HtmlReport, EscapesArticleAndDatasetText) {
  const std::string html = render_html(testing::sample_report());
  EXPECT_EQ(count(html, "<script"), 1U);  // only the report's own script
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("Ministry of Electricity &lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<b>talk</b>"), std::string::npos);
  EXPECT_EQ(html.find("<b>not bold</b>"), std::string::npos);
  EXPECT_EQ(html.find("href=\"javascript:"), std::string::npos);
}

TEST(HtmlReport, LoadsNothingFromOutside) {
  const std::string html = render_html(testing::sample_report());
  EXPECT_FALSE(std::regex_search(html, std::regex("<[a-zA-Z]+[^>]*\\ssrc=\"")));
  EXPECT_NE(html.find("content=\"default-src 'none';"), std::string::npos);
  const std::regex href("href=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it) {
    const std::string target = (*it)[1];
    // In-page anchors, or the sources and the article as links an editor may follow.
    EXPECT_TRUE(target.starts_with("#") || target.starts_with("https://")) << target;
  }
  EXPECT_EQ(html.find("<link"), std::string::npos);
}

TEST(HtmlReport, SummaryCountsAndCoverage) {
  const std::string html = render_html(testing::sample_report());
  EXPECT_NE(
      html.find(
          "data-verdict=\"SUPPORTED\"><span class=\"badge\" aria-hidden=\"true\">\u2714</span> <b>1</b>"),
      std::string::npos);
  EXPECT_NE(
      html.find(
          "data-verdict=\"NOT_ENOUGH_INFO\"><span class=\"badge\" aria-hidden=\"true\">?</span> <b>2</b>"),
      std::string::npos);
  EXPECT_NE(
      html.find("6 numbers found, <b>3</b> checked against data. Not checked: no checker covers it \u00D71; "
                "no data: indicator \u00D71; plan \u00D71."),
      std::string::npos);
}

TEST(HtmlReport, DetailShowsBandBesideEvidence) {
  const std::string html = render_html(testing::sample_report());
  const auto detail = html.substr(html.find("id=\"detail-claim-c1\""));
  const auto chart = detail.substr(0, detail.find("</svg>"));
  EXPECT_NE(chart.find("aria-label=\"Wording allows $1.8 billion \u2013 $2 billion; TASS: $1.93 billion\""),
            std::string::npos);
  EXPECT_NE(chart.find("<rect class=\"band\""), std::string::npos);
  EXPECT_NE(chart.find("<circle class=\"mark v-supported\""), std::string::npos);
  EXPECT_NE(detail.find("<a href=\"https://tass.com/economy/example\" rel=\"noopener noreferrer\">TASS</a>"),
            std::string::npos);
  // A derived comparison is charted in the claim's unit.
  const auto power = html.substr(html.find("id=\"detail-claim-c2\""));
  EXPECT_NE(power.find("Wording allows 54% \u2013 66%; Ministry of Electricity &lt;img src=x "
                       "onerror=alert(1)&gt;: 47.06%"),
            std::string::npos);
  // Conflicting sources: both points on one axis.
  const auto territory = html.substr(html.find("id=\"detail-claim-c5\""));
  const auto territory_chart = territory.substr(0, territory.find("</svg>"));
  EXPECT_EQ(count(territory_chart, "class=\"mark v-refuted stroke\""), 2U);
  // Evidence in two units: one chart each.
  auto report = testing::sample_report();
  auto* share = report.mutable_claims(0)->add_evidence();
  *share = report.claims(0).evidence(0);
  share->set_unit("percent");
  share->set_value(96.5);
  share->mutable_claim_band()->set_low(50);
  share->mutable_claim_band()->set_high(100);
  const std::string two = render_html(report);
  const auto trade = two.substr(two.find("id=\"detail-claim-c1\""));
  const auto trade_detail = trade.substr(0, trade.find("</section>"));
  EXPECT_EQ(count(trade_detail, "<svg class=\"chart\""), 2U);
  EXPECT_NE(trade_detail.find("aria-label=\"Wording allows 50% \u2013 100%; TASS: 96.5%\""),
            std::string::npos);
}

TEST(HtmlReport, OutOfRangeAndOverlappingSpansStillListEveryClaim) {
  auto report = testing::sample_report();
  report.mutable_claims(5)->mutable_claim()->mutable_span()->set_end(100000);
  auto* nested = report.add_claims();
  nested->mutable_claim()->set_id("c7");
  nested->mutable_claim()->set_text("$2 billion");
  *nested->mutable_claim()->mutable_span() = report.claims(0).claim().span();
  nested->mutable_claim()->mutable_span()->set_start(report.claims(0).claim().span().start() + 7);
  nested->set_verdict(v1::SUPPORTED);
  const std::string html = render_html(report);
  EXPECT_NE(html.find("claim c6: span ["), std::string::npos);
  EXPECT_NE(html.find("class=\"claim v-supported nested\" href=\"#detail-claim-c7\""), std::string::npos);
  EXPECT_EQ(count(html, "<a class=\"claim"), 7U);
}

TEST(HtmlReport, EmptyReportIsAValidPage) {
  v1::Report report;
  const std::string html = render_html(report);
  EXPECT_NE(html.find("0 numbers found"), std::string::npos);
  EXPECT_NE(html.find("</html>"), std::string::npos);
}

}  // namespace
}  // namespace factcheck::report
