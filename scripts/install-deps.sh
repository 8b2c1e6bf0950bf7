#!/usr/bin/env bash
# Installs what Letterbox needs to build and test, from Debian's packages.
# Run as root (or through sudo). Does nothing when all are present.
set -euo pipefail

packages=(
  g++ cmake make pkg-config        # the build
  libxapian-dev xapian-tools       # index and search; xapian-check, xapian-tcpsrv
  libicu-dev                       # Unicode normalisation and case folding
  libcli11-dev                     # command lines
  nlohmann-json3-dev               # JSON in and out
  libxxhash-dev                    # content hashes
  catch2                           # tests
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
