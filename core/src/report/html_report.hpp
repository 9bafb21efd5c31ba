// The annotated HTML report: one self-contained page an editor opens in a browser.
//
// Contract (docs/outputs.md):
// - One file: inline CSS and a little vanilla JavaScript, no external resource of any kind
//   (a Content-Security-Policy of default-src 'none' forbids fetches); works offline.
// - The article text with every claim highlighted: verdict colour plus a symbol and a border
//   style, so colour is never the only signal. Every highlight is a keyboard-focusable link to
//   the claim's detail (verdict, the band the wording implies beside the evidence value on one
//   axis, the explanation, the sources as links); clicking or focusing it opens the detail.
// - A summary bar (counts per verdict; coverage: how many numbers were checked and why the
//   others were not) and a print stylesheet that prints every detail.
// - Every string from the article, the datasets and the plugins is HTML-escaped; only http(s)
//   URLs become links.
// - Spans are Unicode code points into document.text (end exclusive); a span outside the text
//   is clamped and the claim is still listed.
// - The URL fragment #selftest makes the page click and focus each claim itself and write the
//   outcome into <pre id="selftest"> (used by the browser test, tests/browser/).
#pragma once

#include <string>
#include <string_view>

#include "factcheck/v1/types.pb.h"

namespace factcheck::report {

// The whole page.
std::string render_html(const v1::Report& report);

// Escapes & < > " ' for HTML text and attribute values.
std::string escape_html(std::string_view text);

}  // namespace factcheck::report
