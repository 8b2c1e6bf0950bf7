#!/usr/bin/env bash
# Installs, builds and runs every test (unit, end-to-end, formats,
# evaluation, benchmark smoke test) with CTest, then fuzzes.
#
# By default (and in CI) the whole suite runs under AddressSanitizer and
# UndefinedBehaviorSanitizer: one clang tree in build-asan/ whose programs,
# tests and libFuzzer targets all carry the sanitizers. Any finding stops the
# program that made it and fails its test. Then each fuzz target runs for
# 30 seconds on its seed corpus; a crashing input is left in
# build-asan/fuzz-artifacts/. The fuzzers start from a fixed random seed, so
# that a check of the same code explores the same inputs; give another seed
# to explore further.
#
#   --fuzz SECONDS   seconds per fuzz target (default 30; 0 skips fuzzing)
#   --fuzz-seed N    libFuzzer's random seed (default 1; 0 picks a new one)
#   --plain          the whole suite on the Release build in build/ (the one
#                    scripts/demo.sh uses) instead, without sanitizers or
#                    fuzzing: quicker, for a check while working
set -euo pipefail
cd "$(dirname "$0")/.."

fuzz_seconds=30
fuzz_seed=1
plain=false
while (($#)); do
  case "$1" in
    --plain) plain=true ;;
    --fuzz) fuzz_seconds="${2:?--fuzz needs a number of seconds}"; shift ;;
    --fuzz-seed) fuzz_seed="${2:?--fuzz-seed needs a number}"; shift ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "usage: $0 [--plain] [--fuzz SECONDS] [--fuzz-seed N]" >&2; exit 2 ;;
  esac
  shift
done
jobs="$(nproc)"

bash scripts/install-deps.sh

if $plain; then
  echo "== build and test (build/, Release)"
  bash scripts/build.sh
  ctest --test-dir build --output-on-failure -j "$jobs"
  echo "== all tests passed"
  exit 0
fi

# clang builds this tree several times faster than g++ does with these
# sanitizers; the libraries carry libFuzzer's coverage too, so the fuzz
# targets link against the same objects.
echo "== build with clang -fsanitize=address,undefined (build-asan/)"
sanitize="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake -S . -B build-asan -DCMAKE_CXX_COMPILER=clang++ -DLETTERBOX_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DCMAKE_CXX_FLAGS="$sanitize -fsanitize=fuzzer-no-link" -DCMAKE_EXE_LINKER_FLAGS="$sanitize" > /dev/null
cmake --build build-asan -j "$jobs"

echo "== the whole suite under the sanitizers (build-asan/)"
# halt_on_error: the first finding ends the program with an error, so the
# test that ran it fails. Leaks inside fontconfig (poppler renders pages for
# OCR with it and never frees them) are suppressed.
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1" \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"

if ((fuzz_seconds > 0)); then
  echo "== fuzz, ${fuzz_seconds} s per target (build-asan/)"
  mkdir -p build-asan/fuzz-artifacts build-asan/fuzz-corpus/{analyse,query,formats}
  run_fuzzer() {  # name, extra options..., seed folders...
    local name="$1"; shift
    ASAN_OPTIONS="detect_leaks=1" \
      "build-asan/tests/fuzz/$name" -max_total_time="$fuzz_seconds" -seed="$fuzz_seed" -timeout=20 -rss_limit_mb=4096 \
      -print_final_stats=1 -artifact_prefix="build-asan/fuzz-artifacts/$name-" "$@"
  }
  # The first folder collects new inputs; the others are read-only seeds.
  run_fuzzer fuzz_analyse -max_len=65536 build-asan/fuzz-corpus/analyse corpus/letters tests/data/eval/dev tests/data/bad
  run_fuzzer fuzz_query -max_len=4096 -dict=tests/fuzz/query.dict build-asan/fuzz-corpus/query tests/fuzz/query_seeds
  run_fuzzer fuzz_formats -max_len=65536 build-asan/fuzz-corpus/formats tests/fuzz/format_seeds
fi
echo "== all tests passed"
