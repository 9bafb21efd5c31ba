#!/usr/bin/env bash
# Installs factcheck into a temporary prefix, moves the prefix (relocatable install), builds
# the out-of-tree example plugin against the installed SDK, and checks that the installed
# factcheck lists its bundled plugins and the example. A scaffolded plugin builds and passes
# its generated tests (factcheck::testing and `factcheck plugins test`) against the prefix,
# and docs/plugin-authoring.md's smallest plugin compiles and sets a verdict.
# Usage: install_test.sh <build-dir> <source-dir>
set -euo pipefail
build_dir=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
mv "$work/prefix" "$work/moved"
prefix="$work/moved"

cmake -S "$source_dir/examples/out-of-tree-plugin" -B "$work/example" -G Ninja \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/example" >/dev/null

# The scaffolding tool's output must build and load too.
bash "$source_dir/tools/new-plugin.sh" hospital_beds "$work" >/dev/null
cmake -S "$work/hospital_beds" -B "$work/scaffold" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/scaffold" >/dev/null
"$prefix/bin/factcheck" --plugin-dir "$work/scaffold" plugins list | grep -q "^hospital_beds 0.1.0"
# Its generated tests (GoogleTest on factcheck::testing, and cases.jsonl through the installed
# `factcheck plugins test`) pass against the installed prefix.
(cd "$work/scaffold" && ctest --output-on-failure >"$work/scaffold-ctest.log" 2>&1) || {
  cat "$work/scaffold-ctest.log" >&2
  exit 1
}
grep -q "100% tests passed, 0 tests failed out of 2" "$work/scaffold-ctest.log"

# docs/plugin-authoring.md's smallest plugin compiles under the scaffold's warnings, loads, and
# sets a verdict.
mkdir -p "$work/smallest"
/usr/bin/python3 - "$source_dir/docs/plugin-authoring.md" "$work/smallest/my_checker.cpp" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
section = text[text.index("## The smallest plugin"):]
open(sys.argv[2], "w").write(re.search(r"```cpp\n(.*?)```", section, re.S).group(1))
PY
sed -e 's/hospital_beds/my_checker/g' "$work/hospital_beds/CMakeLists.txt" | sed -n '1,6p' >"$work/smallest/CMakeLists.txt"
cmake -S "$work/smallest" -B "$work/smallest-build" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/smallest-build" >/dev/null
printf '%s\n' '{"sentence": "Trade between Russia and Iraq reached $1.93 billion in 2015.", "published": "2016-02-11", "expect": "SUPPORTED"}' >"$work/smallest/cases.jsonl"
smallest=$("$prefix/bin/factcheck" plugins test "$work/smallest-build/libmy_checker.so" \
  --cases "$work/smallest/cases.jsonl" --datasets "$prefix/share/factcheck/datasets/russia-iraq-trade")
grep -q "^PASS  line 1:" <<<"$smallest"

unset FACTCHECK_PLUGIN_PATH FACTCHECK_DATASET_PATH
json=$("$prefix/bin/factcheck" --plugin-dir "$work/example" plugins list --format json)
expected_bundled=$(find "$source_dir/plugins" -mindepth 2 -maxdepth 2 -name CMakeLists.txt | wc -l)
/usr/bin/python3 - "$json" "$work/example/libshare_bounds.so" "$prefix" "$expected_bundled" <<'PY'
import json, sys
listing = json.loads(sys.argv[1])
example_path, prefix, expected_bundled = sys.argv[2], sys.argv[3], int(sys.argv[4])
plugins = {p["name"]: p for p in listing["plugins"]}
assert "share_bounds" in plugins, f"example plugin missing: {listing}"
example = plugins["share_bounds"]
assert example["version"] == "1.0.0", example
assert example["apiVersion"].startswith("1."), example
assert example["path"] == example_path, example
assert listing["errors"] == [], listing["errors"]
bundled = [p for p in plugins.values() if p["path"].startswith(prefix + "/lib/factcheck/plugins/")]
assert len(bundled) == expected_bundled, f"expected {expected_bundled} bundled plugins, got {bundled}"
print(f"installed factcheck lists {len(plugins)} plugins, {len(bundled)} bundled, example at {example['path']}")
PY
# The moved install finds its own datasets and plugins: check the sample article with it.
# Read the whole listing first: grep -q would close the pipe early (SIGPIPE under pipefail).
listing=$("$prefix/bin/factcheck" datasets list)
grep -q "^russia-iraq-trade " <<<"$listing"
set +e
"$prefix/bin/factcheck" check "$source_dir/examples/articles/russia-iraq-2016-02-11.txt" --format json >"$work/report.json"
status=$?
set -e
if ((status > 1)); then
  echo "installed factcheck check failed with exit code $status" >&2
  exit 1
fi
/usr/bin/python3 - "$work/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
verdicts = [c["verdict"] for c in report["claims"]]
assert verdicts.count("SUPPORTED") >= 5, verdicts
print("installed check:", report["summary"]["line"])
PY
echo "install test passed"
