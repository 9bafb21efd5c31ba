#!/usr/bin/env bash
# Scaffolds a new checker plugin folder that builds against an installed factcheck.
# Usage: tools/new-plugin.sh NAME [PARENT_DIR]   (NAME: lower_snake_case)
# The generated checker is complete: it looks up the claim's cue words, entity and period
# through the host and compares the first row with the claim's band. Edit it from there.
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
EOF

cat >"$dir/${name}.cpp" <<EOF
// ${name}: a factcheck checker plugin. See docs/plugin-authoring.md.
#include <factcheck/sdk.hpp>

#include <string>

namespace {

using factcheck::v1::CheckResult;
using factcheck::v1::Claim;
using factcheck::v1::DocumentContext;

bool inside(const factcheck::v1::Band& band, double value) {
  if (band.has_low() && (value < band.low() || (value == band.low() && !band.low_inclusive()))) return false;
  if (band.has_high() && (value > band.high() || (value == band.high() && !band.high_inclusive()))) return false;
  return true;
}

class ${class} : public factcheck::sdk::Checker {
 public:
  static factcheck::sdk::Manifest manifest() {
    return {"${name}", "0.1.0", "TODO: one line saying what ${name} checks", {"count", "money", "percent", "measure"}, {}, ""};
  }

  ${class}(const factcheck::sdk::Host& host, std::string_view /*config_json*/) : host_(host) {}

  CheckResult check(const Claim& claim, const DocumentContext& /*context*/) const override {
    CheckResult result;
    result.set_claim_id(claim.id());
    factcheck::v1::DatasetQuery query;
    for (const auto& cue : claim.cue_words()) query.add_cue_words(cue);
    for (const auto& entity : claim.entities()) {
      if (entity.role() == "subject") query.set_entity(entity.id());
    }
    *query.mutable_period() = claim.period();
    const auto rows = host_.query(query);
    if (!rows.ok || rows.value.rows_size() == 0) {
      result.set_verdict(factcheck::v1::NOT_ENOUGH_INFO);
      result.set_missing(rows.ok ? "no row for these cue words, entity and period" : rows.error);
      return result;
    }
    const auto& row = rows.value.rows(0);
    const bool supported = inside(claim.quantity().band(), row.value());
    result.set_verdict(supported ? factcheck::v1::SUPPORTED : factcheck::v1::REFUTED);
    result.set_explanation(row.indicator() + " " + row.period().label() + ": " + std::to_string(row.value()) + " " +
                           row.unit() + " (" + row.source_name() + "); " + factcheck::sdk::quoted(claim) + ": " +
                           (supported ? "supported." : "refuted."));
    auto* evidence = result.add_evidence();
    evidence->set_dataset(row.dataset());
    evidence->set_dataset_version(row.dataset_version());
    evidence->set_sha256(row.sha256());
    evidence->set_row_key(row.row_key());
    evidence->set_value(row.value());
    evidence->set_unit(row.unit());
    evidence->set_source_name(row.source_name());
    evidence->set_source_url(row.source_url());
    *evidence->mutable_claim_band() = claim.quantity().band();
    return result;
  }

 private:
  factcheck::sdk::Host host_;
};

}  // namespace

FACTCHECK_PLUGIN(${class})
EOF

cat >"$dir/README.md" <<EOF
# ${name}

A factcheck checker plugin. Build against an installed factcheck and load it:

\`\`\`sh
cmake -S . -B build -G Ninja -DCMAKE_PREFIX_PATH=/path/to/factcheck/prefix
cmake --build build
factcheck --plugin-dir build plugins list
\`\`\`
EOF
echo "created $dir (class $class)"
