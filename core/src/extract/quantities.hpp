// Quantity mentions in a sentence: numerals (digits and words), scales, currencies, units,
// fractions, multiples, vague magnitudes, ranges and changes, each with the band the policy
// gives its wording. Internal to the extractor.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/key_table.hpp"
#include "extract/policy.hpp"
#include "extract/sentence.hpp"
#include "factcheck/v1/types.pb.h"

namespace factcheck::extract {

// A quantity while it is being parsed: the fields of v1::Quantity as plain values, copied into
// the claim once (cheaper than building a message twice, and arena-neutral).
struct BandValue {
  std::optional<double> low;
  std::optional<double> high;
  bool low_inclusive = false;
  bool high_inclusive = false;
  std::string rule;
  void set_low(double v) { low = v; }
  void set_high(double v) { high = v; }
  void set_low_inclusive(bool v) { low_inclusive = v; }
  void set_high_inclusive(bool v) { high_inclusive = v; }
  void set_rule(std::string v) { rule = std::move(v); }
};

class QuantityValue {
 public:
  v1::QuantityKind kind() const { return kind_; }
  void set_kind(v1::QuantityKind kind) { kind_ = kind; }
  double value() const { return value_; }
  void set_value(double value) { value_ = value; }
  const std::string& unit() const { return unit_; }
  void set_unit(std::string unit) { unit_ = std::move(unit); }
  BandValue* mutable_band() { return &band_; }
  void set_hedge(std::string hedge) { hedge_ = std::move(hedge); }
  void set_vague(bool vague) { vague_ = vague; }
  void set_change(v1::ChangeKind change) { change_ = change; }
  void set_from_value(double value) { from_value_ = value; }
  void set_written(double value, std::string unit) {
    written_value_ = value;
    written_unit_ = std::move(unit);
  }
  // `dimension` must outlive the quantity: a unit table row's or a literal (no copy per quantity).
  void set_dimension(std::string_view dimension) { dimension_ = dimension; }
  double written_value() const { return written_value_; }
  const std::string& written_unit() const { return written_unit_; }
  std::string_view dimension() const { return dimension_; }
  // Fills `out` (text, span and the written text and span are set by the caller).
  void to_proto(v1::Quantity* out) const;

 private:
  v1::QuantityKind kind_ = v1::QUANTITY_KIND_COUNT;
  double value_ = 0;
  std::string unit_;
  BandValue band_;
  std::string hedge_;
  bool vague_ = false;
  v1::ChangeKind change_ = v1::CHANGE_KIND_NONE;
  std::optional<double> from_value_;
  double written_value_ = 0;
  std::string written_unit_;
  std::string_view dimension_;
};

struct QuantityMention {
  std::size_t first = 0;  // token range of the whole mention (hedge .. unit), end exclusive
  std::size_t end = 0;
  std::size_t written_first = 0;  // first token of the quantity as written (after a leading hedge)
  std::size_t numeral_end = 0;    // end of the numeral and its unit, before trailing hedges
  bool compound = false;          // adjectival: "a five-year-old war", "a 10-day truce"
  bool after_of = false;          // the measured thing follows "of" ("thousands of ...")
  std::size_t compound_noun = 0;  // token of "bed" in "a 94-bed hospital", 0 when none
  QuantityValue quantity;
};

// The policy compiled into phrase tables.
struct QuantityRules {
  explicit QuantityRules(const Policy& policy);
  Policy policy;
  PhraseTable hedge_before;  // payload: index into policy.hedges
  PhraseTable hedge_after;
  PhraseTable vague;  // payload: index into policy.vague
  // True when a policy vague phrase starts with a word the lexicon does not flag kVagueStart.
  bool vague_needs_lookup = false;
};

struct QuantityStats {
  std::size_t too_long = 0;  // digit runs over policy.max_number_digits, skipped
  bool capped = false;       // more than max_claims_per_sentence quantities
};

// What the document around a sentence says about how its quantities are written.
struct DocumentUnits {
  std::string_view dollar = "USD";  // what a bare "$" or "dollars" is (local_dollar of the page)
  int us_customary = -1;            // writes mph, inches, °F...: 1 yes, 0 no, -1 not looked yet
};

// The first token of the stock index name that the number at `number` ends ("S&P 500", "FTSE
// 100", "Nikkei 225": the index's word, capitalised, right before a constituent count it is
// named with), or `number` itself when it ends no such name.
std::size_t index_name_start(const Sentence& s, std::size_t number);

// Appends the sentence's quantities in token order and marks their tokens.
void find_quantities(Sentence* sentence, const QuantityRules& rules, DocumentUnits* doc,
                     std::vector<QuantityMention>* out, QuantityStats* stats);

// The dollar of the country whose domain publishes `source_url` ("https://www.abc.net.au/..."
// -> "AUD"; .nz, .ca, .sg, .hk likewise); "USD" for every other or no address.
std::string_view local_dollar(std::string_view source_url);

}  // namespace factcheck::extract
