#!/usr/bin/env bash
# Installs the Debian 12 packages factcheck needs to build, test and package (every program
# the build and the default test suite call); does nothing when all are present.
# Usage: tools/setup-deps.sh [--with-browser]   (--with-browser adds chromium for the HTML report test)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libboost-dev libboost-filesystem-dev
  libprotobuf-dev protobuf-compiler
  libgrpc++-dev protobuf-compiler-grpc
  libspdlog-dev libfmt-dev
  nlohmann-json3-dev libcsv-dev libyaml-cpp-dev libcli11-dev libssl-dev
  libcurl4-openssl-dev libarchive-dev
  libgtest-dev libgmock-dev libbenchmark-dev libgoogle-perftools-dev libseccomp-dev
  python3-grpcio python3-protobuf
  openssl       # tests make TLS certificates with the openssl command
  dpkg-dev file # cpack -G DEB: dpkg-shlibdeps computes Depends, CPack reads binaries with file
)
if [[ "${1:-}" == "--with-browser" ]]; then
  packages+=(chromium)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "setup-deps: installing ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
