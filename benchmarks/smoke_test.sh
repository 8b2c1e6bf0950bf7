#!/usr/bin/env bash
# Smoke test of the benchmark tools (ctest: benchmark_smoke). Asserts no
# timing: the generator is deterministic, its letters average 3-6 KB, and the
# harness runs end to end in --smoke mode and writes its report.
# Usage: smoke_test.sh BUILD_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$1"
gen="$build/benchmarks/letterbox-gen-corpus"
work="$(mktemp -d "${TMPDIR:-/tmp}/letterbox-bench-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

"$gen" --count 1000 --seed 11 --out "$work/a" 2>/dev/null
"$gen" --count 1000 --seed 11 --out "$work/b" --jobs 2 2>/dev/null
diff -r -q "$work/a" "$work/b" >/dev/null || fail "same seed gave different corpora"
"$gen" --count 1000 --seed 12 --out "$work/c" 2>/dev/null
! diff -r -q "$work/a" "$work/c" >/dev/null || fail "different seeds gave the same corpus"
echo "ok: same seed, byte-identical output (1 and 2 jobs); another seed differs"

files=$(find "$work/a" -name '*.txt' | wc -l)
[[ "$files" -eq 1000 ]] || fail "expected 1000 letters, found $files"
biggest_folder=$(find "$work/a" -name '*.txt' -printf '%h\n' | sort | uniq -c | sort -rn | head -1 | awk '{print $1}')
[[ "$biggest_folder" -le 1000 ]] || fail "a folder holds $biggest_folder letters"
average=$(find "$work/a" -name '*.txt' -printf '%s\n' | awk '{ total += $1 } END { printf "%d", total / NR }')
(( average >= 3000 && average <= 6000 )) || fail "average letter size $average bytes, not 3-6 KB"
echo "ok: 1000 letters, average $average bytes"
grep -rlq "Improvement Notice" "$work/a" || fail "no letter mentions the Improvement Notice"
rm -rf "$work/b" "$work/c"

"$here/run.sh" --smoke --build "$build" --work "$work/bench" --out "$work/RESULTS.md"
report="$work/RESULTS.md"
grep -q '^## 1,000 letters' "$report" || fail "report has no section for the corpus"
grep -q '^| termgen-floor | 1 |' "$report" || fail "termgen-floor did not index: $(grep termgen-floor "$report")"
grep -q '^| sqlite-fts5 | 1 |' "$report" || fail "sqlite-fts5 did not index: $(grep sqlite-fts5 "$report")"
grep -q '^| SQLite FTS5 in-process (bm25) | all |' "$report" || fail "FTS5 queries did not run"
echo "ok: harness wrote its report; rows not run:"
grep 'not run' "$report" || echo "(none)"
