#!/bin/sh
# Copies upstream files of a public Data Package, unmodified, from a git snapshot into a
# built-in package directory (its factcheck.binding.json and README.md stay).
#
#   tools/datasets/refresh-upstream.sh GIT_DIR UPSTREAM_DIR PACKAGE_DIR [FILE...]
#
# GIT_DIR is a bare clone of the upstream repository; UPSTREAM_DIR the package's folder in it
# ("." or "indicators/fp.cpi.totl.zg"); FILE... the files to copy, relative to UPSTREAM_DIR
# (default: datapackage.json data.csv). The upstream README.md is copied as README.upstream.md.
# Afterwards set "retrieved" in the binding to the commit date printed here.
set -eu
[ $# -ge 3 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
git_dir=$1 upstream=$2 package=$3
shift 3
[ $# -gt 0 ] || set -- datapackage.json data.csv
prefix=
[ "$upstream" = . ] || prefix="$upstream/"
for file in "$@"; do
  mkdir -p "$package/$(dirname "$file")"
  git --git-dir="$git_dir" show "HEAD:$prefix$file" >"$package/$file"
done
if git --git-dir="$git_dir" cat-file -e "HEAD:${prefix}README.md" 2>/dev/null; then
  git --git-dir="$git_dir" show "HEAD:${prefix}README.md" >"$package/README.upstream.md"
fi
git --git-dir="$git_dir" log -1 --format='commit %H, committed %cs (set "retrieved" to this date)'
