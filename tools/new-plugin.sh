#!/usr/bin/env bash
# Scaffolds a new checker plugin folder that builds against an installed factcheck.
# Usage: tools/new-plugin.sh NAME [PARENT_DIR]   (NAME: lower_snake_case)
# The generated checker is complete: it looks up the claim's cue words, entities and period
# through the host and judges the rows against the claim's band with the installed checker
# toolkit. Its tests (tests/: GoogleTest on factcheck::testing, and cases.jsonl for
# `factcheck plugins test`) run with ctest. Edit both from there.
set -euo pipefail
name=${1:?usage: new-plugin.sh NAME [PARENT_DIR]}
parent=${2:-.}
if [[ ! $name =~ ^[a-z][a-z0-9_]*$ ]]; then
  echo "new-plugin: NAME must be lower_snake_case, got '$name'" >&2
  exit 2
fi
dir="$parent/$name"
if [[ -e $dir ]]; then
  echo "new-plugin: $dir already exists" >&2
  exit 2
fi
class=$(echo "$name" | sed -E 's/(^|_)([a-z])/\U\2/g')Checker
mkdir -p "$dir"

cat >"$dir/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.25)
project(${name} VERSION 0.1.0 LANGUAGES CXX)
find_package(factcheck 0.1 REQUIRED)
factcheck_add_plugin(${name} SOURCES ${name}.cpp OUTPUT_DIRECTORY \${PROJECT_BINARY_DIR})
target_compile_features(${name} PRIVATE cxx_std_20)
target_compile_options(${name} PRIVATE -Wall -Wextra -Werror)

# Tests: a GoogleTest file on factcheck::testing, and the cases file through
# \`factcheck plugins test\`, both against the dataset packages in ${name}_DATASETS.
set(${name}_DATASETS \${FACTCHECK_DATASET_DIR}/russia-iraq-trade CACHE PATH "Dataset package(s) the tests check against")
enable_testing()
find_package(GTest REQUIRED)
add_executable(${name}_test tests/${name}_test.cpp)
target_link_libraries(${name}_test PRIVATE factcheck::testing GTest::gtest_main)
target_compile_options(${name}_test PRIVATE -Wall -Wextra -Werror)
target_compile_definitions(${name}_test PRIVATE PLUGIN_PATH="\$<TARGET_FILE:${name}>"
                           CASES="\${PROJECT_SOURCE_DIR}/tests/cases.jsonl" DATASETS="\${${name}_DATASETS}")
add_dependencies(${name}_test ${name})
add_test(NAME ${name}_test COMMAND ${name}_test)
add_test(NAME ${name}_cases COMMAND \${FACTCHECK_EXECUTABLE} plugins test \$<TARGET_FILE:${name}>
                                    --cases \${PROJECT_SOURCE_DIR}/tests/cases.jsonl --datasets \${${name}_DATASETS})
EOF

cat >"$dir/${name}.cpp" <<EOF
// ${name}: a factcheck checker plugin. See docs/plugin-authoring.md.
#include <factcheck/checker_toolkit.hpp>
#include <factcheck/sdk.hpp>

#include <string>
#include <utility>
#include <vector>

namespace {

namespace toolkit = factcheck::toolkit;
using factcheck::v1::CheckResult;
using factcheck::v1::Claim;
using factcheck::v1::DocumentContext;

class ${class} : public factcheck::sdk::Checker {
 public:
  static factcheck::sdk::Manifest manifest() {
    return {"${name}", "0.1.0", "TODO: one line saying what ${name} checks", {"count", "money", "percent", "measure"}, {}, ""};
  }

  ${class}(const factcheck::sdk::Host& host, std::string_view /*config_json*/) : host_(host) {}

  // Rows of the indicators the claim's cue words name, for its entities and period (the
  // toolkit's period rule), each judged against the claim's band; one verdict from them all.
  CheckResult check(const Claim& claim, const DocumentContext& context) const override {
    factcheck::v1::DatasetQuery query;
    for (const auto& word : toolkit::lookup_words(claim)) query.add_cue_words(word);
    for (const auto& entity : claim.entities()) {
      if (entity.role() == "subject") query.set_entity(entity.id());
      if (entity.role() == "counterpart") query.set_counterpart(entity.id());
    }
    const auto lookup = toolkit::find_rows(host_, query, claim, context.published());
    if (!lookup.error.empty()) return toolkit::not_enough_info(claim, lookup.error);
    const auto& quantity = claim.quantity();
    std::vector<factcheck::v1::Evidence> evidence;
    for (const auto& row : lookup.rows) {
      const auto factor = toolkit::unit_factor(quantity.kind(), quantity.unit(), row.unit());
      if (!row.has_value() || !factor) continue;
      const auto band = toolkit::scaled(toolkit::claim_interval(quantity), *factor);
      evidence.push_back(toolkit::make_evidence(row, band, row.value(), quantity.band().rule()));
    }
    if (evidence.empty()) return toolkit::not_enough_info(claim, "no row in the claim's unit for its cue words, entity and period");
    auto result = toolkit::judged_result(claim, toolkit::entity_name(query.entity(), claim, context), std::move(evidence));
    // What the rows measure and how sure the match is (docs/verdicts.md, "Match basis"): the
    // host judges only with a confidence of at least 0.6. Here the store matched the indicator
    // on the claim's cue words; give weaker matches a lower confidence.
    auto* basis = result.mutable_match_basis();
    for (const auto& word : query.cue_words()) basis->add_claim_words(word);
    basis->set_dataset(result.evidence(0).dataset());
    basis->set_indicator(result.evidence(0).indicator());
    result.set_match_confidence(1.0F);
    return result;
  }

 private:
  factcheck::sdk::Host host_;
};

}  // namespace

FACTCHECK_PLUGIN(${class})
EOF

mkdir -p "$dir/tests"
cat >"$dir/tests/${name}_test.cpp" <<EOF
// ${name}'s tests on the factcheck test kit: the plugin loaded as the host loads it, claims
// from sentences (the real extractor), checked against real dataset packages.
#include <factcheck/testing_gtest.hpp>

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace {

namespace kit = factcheck::testing;

std::unique_ptr<kit::PluginUnderTest> load() {
  kit::Options options;
  options.datasets = DATASETS;
  options.published = "2016-02-11";
  std::string error;
  auto plugin = kit::PluginUnderTest::load(PLUGIN_PATH, options, &error);
  EXPECT_NE(plugin, nullptr) << error;
  return plugin;
}

TEST(${class}, ChecksASentence) {
  const auto plugin = load();
  ASSERT_NE(plugin, nullptr);
  const auto results = plugin->check_sentence("Trade between Russia and Iraq reached \$1.93 billion in 2015.");
  ASSERT_EQ(results.size(), 1U);
  EXPECT_TRUE(kit::has_verdict(results[0], factcheck::v1::SUPPORTED));
}

TEST(${class}, PassesItsCases) {
  const auto plugin = load();
  ASSERT_NE(plugin, nullptr);
  EXPECT_TRUE(kit::passes(*plugin, CASES));
}

}  // namespace
EOF

cat >"$dir/tests/cases.jsonl" <<'EOF'
{"name": "a figure the data supports", "sentence": "Trade between Russia and Iraq reached $1.93 billion in 2015.", "published": "2016-02-11", "expect": "SUPPORTED"}
{"name": "a figure the data refutes", "sentence": "Trade between Russia and Iraq reached $5 billion in 2015.", "published": "2016-02-11", "expect": "REFUTED"}
EOF

cat >"$dir/README.md" <<EOF
# ${name}

A factcheck checker plugin. Build against an installed factcheck and load it:

\`\`\`sh
cmake -S . -B build -G Ninja -DCMAKE_PREFIX_PATH=/path/to/factcheck/prefix
cmake --build build
(cd build && ctest --output-on-failure)
factcheck --plugin-dir build plugins list
\`\`\`
EOF
echo "created $dir (class $class)"
