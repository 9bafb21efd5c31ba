#include "sample_report.hpp"

#include <stdexcept>
#include <string>

#include "text/utf8.hpp"

namespace factcheck::report::testing {
namespace {

constexpr const char* kArticle =
    "Bagdad/Moskau \u2014 \u00DCnsere Korrespondentin, fa\u00E7ade of \u201Cdiplomacy\u201D: "
    "Russia\u2013Iraq "
    "trade reached nearly $2 billion last year, the ministers said.\n\n"
    "<script>alert('pwned')</script> Iraq's power stations meet around 60 percent of summer peak demand.\n"
    "A delegation of 120 officials travelled with the minister. Both sides plan to double trade by 2020.\n\n"
    "Islamic State overran a third of Iraq in 2014. \U0001F600 Grain shipments came to 5,000 tonnes.";

v1::Band band(double low, double high, const char* rule) {
  v1::Band out;
  out.set_low(low);
  out.set_high(high);
  out.set_low_inclusive(true);
  out.set_high_inclusive(true);
  out.set_rule(rule);
  return out;
}

v1::Span span_of(const std::string& article, const std::string& text) {
  const auto byte = article.find(text);
  if (byte == std::string::npos) throw std::logic_error("sample text not in the article: " + text);
  v1::Span span;
  span.set_start(code_point_index(article, byte));
  span.set_end(code_point_index(article, byte + text.size()));
  return span;
}

v1::ClaimResult* add_claim(v1::Report* report, const std::string& id, const std::string& text,
                           const std::string& sentence, v1::Verdict verdict, const std::string& explanation) {
  const std::string& article = report->document().text();
  auto* result = report->add_claims();
  auto* claim = result->mutable_claim();
  claim->set_id(id);
  claim->set_text(text);
  *claim->mutable_span() = span_of(article, text);
  claim->set_sentence(sentence);
  *claim->mutable_sentence_span() = span_of(article, sentence);
  claim->set_checkable(verdict != v1::NOT_CHECKABLE);
  result->set_verdict(verdict);
  result->set_explanation(explanation);
  return result;
}

void set_quantity(v1::Claim* claim, v1::QuantityKind kind, double value, const char* unit,
                  const v1::Band& claim_band, const char* hedge) {
  auto* quantity = claim->mutable_quantity();
  quantity->set_kind(kind);
  quantity->set_value(value);
  quantity->set_unit(unit);
  *quantity->mutable_band() = claim_band;
  quantity->set_hedge(hedge);
  quantity->set_text(claim->text());
  *quantity->mutable_span() = claim->span();
}

v1::Evidence* add_evidence(v1::ClaimResult* result, const char* source, const char* url, double value,
                           const char* unit, v1::Verdict verdict) {
  auto* evidence = result->add_evidence();
  evidence->set_dataset("sample-trade");
  evidence->set_dataset_version("1.0.0");
  evidence->set_sha256("3f2a9c0d5e6b7a8190a1b2c3d4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f8");
  evidence->set_row_key("sample|" + std::string(source));
  evidence->set_value(value);
  evidence->set_unit(unit);
  evidence->set_source_name(source);
  evidence->set_source_url(url);
  evidence->set_plugin("indicator");
  evidence->set_plugin_version("1.0.0");
  evidence->set_verdict(verdict);
  evidence->set_period("2015");
  return evidence;
}

}  // namespace

std::uint32_t code_point_index(const std::string& text, std::size_t byte) {
  return static_cast<std::uint32_t>(text::count_code_points(std::string_view(text).substr(0, byte)));
}

v1::Report sample_report() {
  v1::Report report;
  auto* document = report.mutable_document();
  document->set_text(kArticle);
  document->set_published("2016-02-11");
  document->set_title("Russia and Iraq <b>talk</b> trade");
  document->set_source_url("https://news.example.org/2016/02/russia-iraq");
  document->set_id("sample-article");
  document->set_language("en");
  report.set_factcheck_version("0.1.0");

  auto* trade = add_claim(&report, "c1", "nearly $2 billion",
                          "Russia\u2013Iraq trade reached nearly $2 billion last year, the ministers said.",
                          v1::SUPPORTED, "Russia\u2013Iraq trade in 2015: $1.93 billion (TASS); supported.");
  set_quantity(trade->mutable_claim(), v1::QUANTITY_KIND_MONEY, 2e9, "USD", band(1.8e9, 2e9, "hedge:nearly"),
               "nearly");
  auto* tass = add_evidence(trade, "TASS", "https://tass.com/economy/example", 1.93e9, "USD", v1::SUPPORTED);
  *tass->mutable_claim_band() = trade->claim().quantity().band();
  trade->add_results()->set_plugin("trade");

  auto* power = add_claim(
      &report, "c2", "around 60 percent",
      "Iraq's power stations meet around 60 percent of summer peak demand.", v1::REFUTED,
      "Output 9,600 MW against peak demand 20,400 MW is 47%; 'around 60 percent' allows 54\u201366%.");
  set_quantity(power->mutable_claim(), v1::QUANTITY_KIND_PERCENT, 60, "percent", band(54, 66, "hedge:around"),
               "around");
  // A derived figure (output / peak demand): value, compared value and band share its unit.
  auto* output = add_evidence(power, "Ministry of Electricity <img src=x onerror=alert(1)>",
                              "javascript:alert(1)", 47.06, "percent", v1::REFUTED);
  output->set_compared_value(47.06);
  *output->mutable_claim_band() = power->claim().quantity().band();
  output->set_deviation(-0.115);

  auto* delegation =
      add_claim(&report, "c3", "120 officials", "A delegation of 120 officials travelled with the minister.",
                v1::NOT_ENOUGH_INFO, "No dataset records the size of the delegation.");
  auto* missing = delegation->add_results();
  missing->set_plugin("indicator");
  missing->set_verdict(v1::NOT_ENOUGH_INFO);
  missing->set_missing("indicator");

  auto* plan = add_claim(&report, "c4", "double", "Both sides plan to double trade by 2020.",
                         v1::NOT_CHECKABLE, "A plan, not a fact.");
  plan->mutable_claim()->set_not_checkable_reason("plan");

  auto* territory =
      add_claim(&report, "c5", "a third", "Islamic State overran a third of Iraq in 2014.", v1::CONFLICTING,
                "Sources disagree: about 40% (Iraqi government), 12.5% (US officials).");
  set_quantity(territory->mutable_claim(), v1::QUANTITY_KIND_FRACTION, 33.3, "percent",
               band(28, 38, "fraction:third"), "");
  add_evidence(territory, "Iraqi government", "https://gov.example.iq/statement", 40, "percent", v1::REFUTED)
      ->mutable_claim_band()
      ->CopyFrom(territory->claim().quantity().band());
  add_evidence(territory, "US officials", "https://defense.example.gov/briefing", 12.5, "percent",
               v1::REFUTED);

  add_claim(&report, "c6", "5,000 tonnes", "Grain shipments came to 5,000 tonnes.", v1::NOT_ENOUGH_INFO,
            "No grain dataset is loaded.");

  auto* summary = report.mutable_summary();
  summary->set_numbers(6);
  summary->set_checked(3);
  summary->set_line("6 numbers, 3 checked: 1 supported, 1 refuted, 1 conflicting; 1 not checkable");
  report.add_warnings("sample warning <b>not bold</b>");
  return report;
}

}  // namespace factcheck::report::testing
