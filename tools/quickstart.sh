#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the main job: installs what is missing,
# builds factcheck (release) and checks the sample article, embedded (no server).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
article=examples/articles/russia-iraq-2016-02-11.txt
status=0
./build/release/bin/factcheck check "$article" || status=$?
# check exits 1 when a claim is refuted or conflicting: a finding, not a failure here.
if ((status > 1)); then exit "$status"; fi
