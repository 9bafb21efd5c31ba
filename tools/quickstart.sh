#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the main job: installs what is missing,
# builds factcheck (release) and checks the sample article, embedded (no server).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-deps.sh
cmake --preset release >/dev/null
# Only what the check needs, the CLI and the bundled plugins: the tests and benchmarks (more
# than half of the build) wait for tools/test.sh.
mapfile -t plugins < <(ninja -C build/release -t targets all | sed -n 's|^\(lib/factcheck/plugins/[^:]*\.so\):.*|\1|p')
cmake --build --preset release --target factcheck "${plugins[@]}"
article=examples/articles/russia-iraq-2016-02-11.txt
status=0
./build/release/bin/factcheck check "$article" || status=$?
# check exits 1 when a claim is refuted or conflicting: a finding, not a failure here.
if ((status > 1)); then exit "$status"; fi
