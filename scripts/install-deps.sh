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
  # Document formats (indexer/formats/)
  libpoppler-cpp-dev               # PDF text layers, metadata, and pages rendered for OCR
  libtesseract-dev                 # OCR of scans and page images
  tesseract-ocr-eng                # Tesseract's English data
  libleptonica-dev                 # reading PNG, JPEG and TIFF images for Tesseract
  libgumbo-dev                     # HTML: text without scripts, styles and navigation
  libgmime-3.0-dev                 # e-mail: headers, MIME parts, mbox
  libmagic-dev                     # telling formats by content
  clang libclang-rt-14-dev llvm    # fuzzing (libFuzzer) and symbolised sanitizer reports
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
