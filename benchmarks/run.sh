#!/usr/bin/env bash
# Letterbox side-by-side benchmark: one command, see benchmarks/README.md.
#
# Packages the harness needs (Debian):
#   python3       the harness itself and the SQLite FTS5 loader (its sqlite3 module must have FTS5)
#   time          GNU /usr/bin/time, for peak RSS
#   xapian-omega  omindex, the reference indexer
#   xapian-tools  quest, the reference command-line search
#   git           the commit named in the report
# and the project built in build-bench (or --build DIR):
#   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=RelWithDebInfo && make -C build-bench -j2
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

missing=()
command -v python3 >/dev/null || missing+=(python3)
[[ -x /usr/bin/time ]] || missing+=(time)
command -v git >/dev/null || missing+=(git)
if ((${#missing[@]})); then
  echo "run.sh: missing packages; install them with: apt-get install ${missing[*]}" >&2
  exit 2
fi
if ! python3 -c 'import sqlite3; sqlite3.connect(":memory:").execute("create virtual table t using fts5(x)")' 2>/dev/null; then
  echo "run.sh: python3's sqlite3 module has no FTS5; install python3 from Debian (apt-get install python3)" >&2
  exit 2
fi
# Optional: without them their rows say "not run" and why.
command -v omindex >/dev/null || echo "run.sh: omindex missing, its rows will be skipped (apt-get install xapian-omega)" >&2
command -v quest >/dev/null || echo "run.sh: quest missing, its rows will be skipped (apt-get install xapian-tools)" >&2

exec python3 "$here/harness.py" "$@"
