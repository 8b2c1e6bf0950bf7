#!/usr/bin/env bash
# Installs, builds and runs every test (unit and end-to-end) with CTest.
#
#   --sanitizers     also build with clang, AddressSanitizer and
#                    UndefinedBehaviorSanitizer in build-asan and run the whole
#                    suite there; any finding stops the program and fails the run.
#   --fuzz SECONDS   also build the libFuzzer targets (in build-asan) and run
#                    each for SECONDS; a crash fails the run and leaves the
#                    input in build-asan/fuzz-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizers=false
fuzz_seconds=0
while (($#)); do
  case "$1" in
    --sanitizers) sanitizers=true ;;
    --fuzz) fuzz_seconds="$2"; shift ;;
    *) echo "usage: $0 [--sanitizers] [--fuzz SECONDS]" >&2; exit 2 ;;
  esac
  shift
done
jobs="$(nproc)"

bash scripts/install-deps.sh

echo "== build and test (build/)"
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j "$jobs"

# One clang tree serves both: the whole suite under AddressSanitizer and
# UndefinedBehaviorSanitizer, and the libFuzzer targets (the libraries carry
# fuzzer coverage too). clang builds it several times faster than g++ does
# with these sanitizers.
if $sanitizers || ((fuzz_seconds > 0)); then
  echo "== build with clang -fsanitize=address,undefined (build-asan/)"
  sanitize="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
  cmake -S . -B build-asan -DCMAKE_CXX_COMPILER=clang++ -DLETTERBOX_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DCMAKE_CXX_FLAGS="$sanitize -fsanitize=fuzzer-no-link" -DCMAKE_EXE_LINKER_FLAGS="$sanitize" > /dev/null
  if $sanitizers; then
    cmake --build build-asan -j "$jobs"
  else
    cmake --build build-asan -j "$jobs" --target fuzz_analyse fuzz_query fuzz_formats
  fi
fi

if $sanitizers; then
  echo "== the whole suite under the sanitizers (build-asan/)"
  # halt_on_error: the first finding ends the program with an error, so the
  # test that ran it fails.
  ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1" \
  LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp" \
  UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
    ctest --test-dir build-asan --output-on-failure -j "$jobs"
fi

if ((fuzz_seconds > 0)); then
  echo "== fuzz, ${fuzz_seconds} s per target (build-asan/)"
  mkdir -p build-asan/fuzz-artifacts build-asan/fuzz-corpus/{analyse,query,formats}
  run_fuzzer() {  # name, extra options..., seed folders...
    local name="$1"; shift
    UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" ASAN_OPTIONS="detect_leaks=1" \
      LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp" \
      "build-asan/tests/fuzz/$name" -max_total_time="$fuzz_seconds" -timeout=20 -rss_limit_mb=4096 \
      -print_final_stats=1 -artifact_prefix="build-asan/fuzz-artifacts/$name-" "$@"
  }
  # The first folder collects new inputs; the others are read-only seeds.
  run_fuzzer fuzz_analyse -max_len=65536 build-asan/fuzz-corpus/analyse corpus/letters tests/data/eval/dev tests/data/bad
  run_fuzzer fuzz_query -max_len=4096 -dict=tests/fuzz/query.dict build-asan/fuzz-corpus/query tests/fuzz/query_seeds
  run_fuzzer fuzz_formats -max_len=65536 build-asan/fuzz-corpus/formats tests/fuzz/format_seeds
fi
echo "== all tests passed"
