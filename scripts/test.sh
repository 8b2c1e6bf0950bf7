#!/usr/bin/env bash
# Installs, builds and runs every test (unit and end-to-end) with CTest.
#
#   --sanitizers     also build in build-asan with AddressSanitizer and
#                    UndefinedBehaviorSanitizer and run the whole suite there;
#                    any finding stops the program and fails the run.
#   --fuzz SECONDS   also build the libFuzzer targets with clang in build-fuzz
#                    and run each for SECONDS; a crash fails the run and leaves
#                    the input in build-fuzz/artifacts/.
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

if $sanitizers; then
  echo "== build and test with -fsanitize=address,undefined (build-asan/)"
  sanitize="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
    -DCMAKE_CXX_FLAGS="$sanitize" -DCMAKE_EXE_LINKER_FLAGS="$sanitize" > /dev/null
  cmake --build build-asan -j "$jobs"
  # halt_on_error: the first finding ends the program with an error, so the
  # test that ran it fails.
  ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1" \
  UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
    ctest --test-dir build-asan --output-on-failure -j "$jobs"
fi

if ((fuzz_seconds > 0)); then
  echo "== fuzz, ${fuzz_seconds} s per target (build-fuzz/)"
  fuzz_flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
  cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DLETTERBOX_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_CXX_FLAGS="$fuzz_flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" > /dev/null
  cmake --build build-fuzz -j "$jobs" --target fuzz_analyse fuzz_query
  mkdir -p build-fuzz/artifacts build-fuzz/corpus/analyse build-fuzz/corpus/query
  run_fuzzer() {  # name, extra options..., seed folders...
    local name="$1"; shift
    UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" ASAN_OPTIONS="detect_leaks=1" \
      "build-fuzz/tests/fuzz/$name" -max_total_time="$fuzz_seconds" -timeout=20 -rss_limit_mb=4096 \
      -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$name-" "$@"
  }
  # The first folder collects new inputs; the others are read-only seeds.
  run_fuzzer fuzz_analyse -max_len=65536 build-fuzz/corpus/analyse corpus/letters tests/data/eval/dev tests/data/bad
  run_fuzzer fuzz_query -max_len=4096 -dict=tests/fuzz/query.dict build-fuzz/corpus/query tests/fuzz/query_seeds
fi
echo "== all tests passed"
