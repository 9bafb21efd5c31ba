// What a number quantifies (issue 12): the head noun of its noun phrase with the modifiers,
// the clause's qualifiers and the acting party, on real published sentences (URL, publisher
// and date beside each).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "test_extractor.hpp"

namespace factcheck::extract {
namespace {

v1::ClaimList run(const std::string& text, const std::string& published) {
  v1::Document document;
  document.set_text(text);
  document.set_published(published);
  v1::ClaimList claims;
  const Status status = test_extractor().extract(document, &claims);
  EXPECT_TRUE(status.is_ok()) << status.message();
  return claims;
}

const v1::Claim& claim(const v1::ClaimList& list, const std::string& text) {
  for (const auto& item : list.claims()) {
    if (item.text() == text) return item;
  }
  ADD_FAILURE() << "no claim '" << text << "' in " << list.DebugString();
  static const v1::Claim empty;
  return empty;
}

std::vector<std::string> modifiers(const v1::Claim& item) {
  return {item.noun_modifiers().begin(), item.noun_modifiers().end()};
}

bool qualified(const v1::Claim& item, const std::string& word) {
  return std::find(item.qualifiers().begin(), item.qualifiers().end(), word) != item.qualifiers().end();
}

// CNSNews (Michael W. Chapman), 2019-01-04,
// https://www.cnsnews.com/blog/michael-w-chapman/govt-shutdown-hits-800k-workers-private-sector-firings-every-month-15-million
TEST(QuantifiedNoun, TheHeadNounCarriesItsModifiers) {
  const auto list = run(
      "Among the 380,000 furloughed are 41,000 Commerce Department employees, 16,700 NASA workers, 18,300 "
      "Transportation Department workers and approximately 52,000 IRS staffers.",
      "2019-01-04");
  const auto& nasa = claim(list, "16,700");
  EXPECT_EQ(nasa.quantified_noun(), "worker");
  EXPECT_EQ(nasa.counted_noun(), "worker");
  EXPECT_EQ(modifiers(nasa), std::vector<std::string>{"nasa"});
  EXPECT_EQ(claim(list, "approximately 52,000").quantified_noun(), "staffer");
}

// The Energy Mix, 2016-05-16,
// https://www.theenergymix.com/2016/05/16/fossils-cut-350000-jobs-due-to-oil-price-crash/
TEST(QuantifiedNoun, CoordinatedModifiersStayModifiers) {
  const auto list =
      run("Nearly 100,000 oil and gas workers in the United States, more than half of them in Texas, lost "
          "their jobs between October 2014 and January 2016, UPI reports, citing the U.S. Bureau of Labor.",
          "2016-05-16");
  const auto& workers = claim(list, "Nearly 100,000");
  EXPECT_EQ(workers.quantified_noun(), "worker");
  EXPECT_EQ(workers.counted_noun(), "worker");
  EXPECT_EQ(modifiers(workers), (std::vector<std::string>{"oil", "gas"}));
}

// UnionsNSW via bmuc.blogspot.com, 2011-09, https://bmuc.blogspot.com/2011/09/unionsnsw-45000-strong.html
TEST(QuantifiedNoun, ModifiersBeforeAHyphenatedHead) {
  const auto list =
      run("Unions NSW secretary Mark Lennon vowed there would be more unrest unless Premier Barry O'Farrell "
          "backed down from plans to slash 5000 public service back-office jobs.",
          "2011-09-08");
  const auto& jobs = claim(list, "5000");
  EXPECT_EQ(jobs.quantified_noun(), "job");
  EXPECT_EQ(modifiers(jobs), (std::vector<std::string>{"public", "service", "back-office"}));
}

// Reuters, 2015-10-11,
// http://in.reuters.com/article/mideast-crisis-syria-russia-strikes-idINL8N12B0BL20151011
TEST(QuantifiedNoun, AWindowOfTheLast24HoursIsAQualifier) {
  const auto list =
      run("Russia's air force flew 64 sorties over Syria in the last 24 hours, destroying Islamic State "
          "positions, training camps and ammunition dumps, the Russian Defence Ministry said on Sunday.",
          "2015-10-11");
  const auto& sorties = claim(list, "64");
  EXPECT_EQ(sorties.quantified_noun(), "sortie");
  EXPECT_TRUE(qualified(sorties, "last 24 hour")) << sorties.DebugString();
  EXPECT_EQ(sorties.acting_party(), "RUS");
}

// Reuters via AOL, 2016-05-11,
// http://web.archive.org./web/20160627194823/http://www.aol.com/article/2016/05/11/iraq-says-isis-control-shrinks-to-14-pct-of-its-territory/21375202/
TEST(QuantifiedNoun, TerritoryLostIsQualifiedByTheVerb) {
  const auto list =
      run("U.S. Secretary of State John Kerry told Alhurra TV late last month that Islamic State had lost 44 "
          "percent of the territory it had held in Iraq.",
          "2016-05-11");
  const auto& lost = claim(list, "44 percent");
  EXPECT_EQ(lost.quantified_noun(), "territory");
  EXPECT_TRUE(qualified(lost, "lost")) << lost.DebugString();
  EXPECT_EQ(lost.acting_party(), "ISIS");
}

// Mediapart (reporting BBC News), 2014-09-19,
// http://www.mediapart.fr/journal/international/190914/first-french-air-strikes-against-iraq
TEST(QuantifiedNoun, TheActingPartyIsTheClausesSubject) {
  const auto list =
      run("The US has carried out more than 170 air strikes against the jihadist group in Iraq since "
          "mid-August.",
          "2014-09-19");
  const auto& strikes = claim(list, "more than 170");
  EXPECT_EQ(strikes.quantified_noun(), "strike");
  EXPECT_EQ(modifiers(strikes), std::vector<std::string>{"air"});
  EXPECT_EQ(strikes.acting_party(), "USA");
}

}  // namespace
}  // namespace factcheck::extract
