#!/usr/bin/env bash
# Configures and builds Letterbox in ./build (Release: -O2 without debug
# information, which builds in about half the time; for gdb or perf, configure
# another folder with -DCMAKE_BUILD_TYPE=RelWithDebInfo).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build -j "$(nproc)"
