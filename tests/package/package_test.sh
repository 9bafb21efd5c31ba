#!/usr/bin/env bash
# Builds the Debian package with cpack and checks it: the files an operator and a plugin author
# need, Depends from dpkg-shlibdeps covering every shared library the CLI loads, the
# maintainer scripts and conffile, the unit's ExecStart pointing at the packaged binary, and the
# unpacked CLI checking the packaged sample article with the packaged plugins and datasets.
# Usage: package_test.sh <cpack> <build-dir> <source-dir> <version>
set -euo pipefail
cpack=$1
build_dir=$2
source_dir=$3
version=$4
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
# setup-deps.sh installs these: missing is a failure, not a skip.
for tool in dpkg-shlibdeps file dpkg-deb; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (tools/setup-deps.sh installs it)"
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

SECONDS=0
"$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  fail "cpack failed: $(cat "$work/cpack.log")"
deb="$work/out/factcheck_${version}_amd64.deb"
[[ -f $deb ]] || fail "no $deb; cpack made: $(ls "$work/out")"
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes, made in $SECONDS s"

dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/files"
has() { grep -qx -- "$1" "$work/files" || fail "$1 is not in the package"; }
has /usr/bin/factcheck
has /usr/bin/factcheck-plugin-worker
has /usr/bin/factcheck-loadgen
has /usr/lib/libfactcheck_proto.so
has /usr/include/factcheck/plugin_abi.h
has /usr/include/factcheck/sdk.hpp
has /usr/include/factcheck/checker_toolkit.hpp
has /usr/include/factcheck/testing.hpp
has /usr/lib/libfactcheck_testing.so
has /usr/lib/cmake/factcheck/factcheckConfig.cmake
has /usr/lib/cmake/factcheck/factcheckTargets.cmake
has /usr/lib/cmake/factcheck/FactcheckPlugin.cmake
has /lib/systemd/system/factcheck.service
has /etc/factcheck/server.json
has /usr/share/doc/factcheck/examples/russia-iraq-2016-02-11.txt
has /usr/share/doc/factcheck/api.md
for dataset in "$source_dir"/datasets/*/datapackage.json; do
  has "/usr/share/factcheck/datasets/$(basename "$(dirname "$dataset")")/datapackage.json"
done
bundled=$(find "$source_dir/plugins" -mindepth 2 -maxdepth 2 -name CMakeLists.txt | wc -l)
packaged=$(grep -c '^/usr/lib/factcheck/plugins/.*\.so$' "$work/files" || true)
((packaged == bundled)) || fail "$packaged plugins in the package, $bundled in plugins/"
! grep -E 'fc_test_|_test$|_bench$|/tests?/' "$work/files" || fail "test or benchmark files in the package"

dpkg-deb -f "$deb" Package Version Architecture Depends >"$work/fields"
grep -qx "Package: factcheck" "$work/fields" || fail "$(cat "$work/fields")"
grep -qx "Version: $version" "$work/fields" || fail "$(cat "$work/fields")"
grep -qx "Architecture: amd64" "$work/fields" || fail "$(cat "$work/fields")"
depends=$(sed -n 's/^Depends: //p' "$work/fields")
echo "Depends: $depends"
dpkg-deb -x "$deb" "$work/root"
# Every shared library the packaged CLI and plugins link from the system must come from a
# package named in Depends (what dpkg-shlibdeps derives from the shlibs files)
# (dpkg-shlibdeps reads the direct NEEDED entries; ldd says where each one resolves).
for binary in "$work/root"/usr/bin/factcheck* "$work/root"/usr/lib/factcheck/plugins/*.so; do
  ldd "$binary" >"$work/ldd"
  readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]$/\1/p' | while read -r needed; do
    awk -v n="$needed" -v own="$work/root/" '$1 == n && $3 ~ /^\// && index($3, own) != 1 { print $3 }' "$work/ldd"
  done
done | sort -u >"$work/libraries"
[[ -s $work/libraries ]] || fail "ldd found no system libraries"
# One dpkg -S for all of them; dpkg records the /lib paths of usrmerged packages as shipped,
# so each library is asked under both spellings.
while read -r library; do
  real=$(realpath "$library")
  echo "$real"
  echo "${real#/usr}"
done <"$work/libraries" >"$work/paths"
xargs dpkg -S <"$work/paths" 2>/dev/null | sed 's/:[a-z0-9]*: / /' >"$work/owners" || true
while read -r library; do
  real=$(realpath "$library")
  owner=$(awk -v a="$real" -v b="${real#/usr}" '$2 == a || $2 == b { print $1; exit }' "$work/owners")
  [[ -n $owner ]] || fail "no package owns $library"
  # The shlibs file may name a package the owner provides (libspdlog1.10-fmt9).
  found=""
  for name in $owner $(dpkg-query -W -f='${Provides}' "$owner" | sed 's/([^)]*)//g; s/,/ /g'); do
    [[ ", $depends," == *", $name "* || ", $depends," == *", $name,"* ]] && found=$name
  done
  [[ -n $found ]] || fail "$owner (owner of $library) is not in Depends: $depends"
done <"$work/libraries"
echo "Depends covers the $(wc -l <"$work/libraries") system libraries the CLI and plugins link"
[[ ", $depends," == *", passwd,"* || ", $depends," == *", passwd "* ]] || fail "passwd not in Depends: $depends"

dpkg-deb -e "$deb" "$work/control"
for script in postinst prerm postrm; do
  [[ -x $work/control/$script ]] || fail "$script is missing or not executable"
  sh -n "$work/control/$script" || fail "$script is not valid sh"
done
grep -q "useradd --system" "$work/control/postinst" || fail "postinst does not create the system user"
grep -qx /etc/factcheck/server.json "$work/control/conffiles" || fail "server.json is not a conffile"

exec_start=$(sed -n 's/^ExecStart=//p' "$work/root/lib/systemd/system/factcheck.service")
read -r binary subcommand config_flag config <<<"$exec_start"
[[ -x $work/root$binary && $subcommand == serve && $config_flag == --config && -f $work/root$config ]] ||
  fail "ExecStart=$exec_start does not name the packaged binary and config"

# The unpacked tree is relocatable: the CLI finds the packaged plugins and datasets from
# its own location, and checks the packaged sample article.
unset FACTCHECK_PLUGIN_PATH FACTCHECK_DATASET_PATH
status=0
"$work/root/usr/bin/factcheck" check "$work/root/usr/share/doc/factcheck/examples/russia-iraq-2016-02-11.txt" \
  --format json >"$work/report.json" || status=$?
((status <= 1)) || fail "the packaged factcheck check exited with $status"
/usr/bin/python3 - "$work/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
verdicts = [c["verdict"] for c in report["claims"]]
assert verdicts.count("SUPPORTED") >= 5, verdicts
print("packaged check:", report["summary"]["line"])
PY
echo "package test passed in $SECONDS s"
