#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the whole test suite: installs what is
# missing (including chromium for the HTML report test), builds and runs every default test.
# Slow suites (fuzzing, long benchmarks) have their own commands; see README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-deps.sh --with-browser
cmake --preset release >/dev/null
cmake --build --preset release
status=0
ctest --preset release || status=$?
# ctest names a skipped test without its reason: print the "SKIP: reason" line it wrote.
awk '/^[0-9]+\/[0-9]+ Test: / { name = $3 } /^SKIP: / { print "skipped " name ": " substr($0, 7) }' \
  build/release/Testing/Temporary/LastTest.log
exit "$status"
