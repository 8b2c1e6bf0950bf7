#!/usr/bin/env bash
# Scaling out, measured side by side in one run on one generated corpus:
# indexing throughput with --jobs 1 and 2 and with --shards 1 and 2, and
# query latency (letterbox-bench-query, the query mix in queries.txt) on one
# index, two local shards and two shards served by xapian-tcpsrv over the
# loopback interface. Prints a Markdown section on stdout; progress on stderr.
#
#   benchmarks/scale.sh [--count N] [--seed S] [--rounds R] [--build DIR] [--work DIR]
#
#   --count N   letters to generate (default 100000)
#   --seed S    corpus seed (default 1)
#   --rounds R  times each query is run per index (default 3)
#   --build DIR the build folder with the programs (default build/)
#   --work DIR  where the corpus and indexes go (default: a temporary folder, removed)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
count=100000 seed=1 rounds=3 build="$here/../build" work=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "scale.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

index="$build/indexer/letterbox-index"
gen="$build/benchmarks/letterbox-gen-corpus"
query="$build/benchmarks/letterbox-bench-query"
for program in "$index" "$gen" "$query"; do
  [[ -x $program ]] || { echo "scale.sh: no $program; build first (make -C $build)" >&2; exit 2; }
done
for tool in xapian-tcpsrv python3; do
  command -v "$tool" >/dev/null || { echo "scale.sh: $tool is needed (apt-get install xapian-tools python3)" >&2; exit 2; }
done

if [[ -z $work ]]; then
  work=$(mktemp -d)
  remove_work=1
else
  mkdir -p "$work"
  remove_work=0
fi
server_pids=()
cleanup() {
  for pid in "${server_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${server_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [[ $remove_work == 1 ]] && rm -rf "$work"
  return 0
}
trap cleanup EXIT

log() { echo "scale.sh: $*" >&2; }

log "generating $count letters (seed $seed) in $work/corpus"
rm -rf "$work/corpus"
"$gen" --count "$count" --seed "$seed" --out "$work/corpus" >/dev/null
corpus_mb=$(du -sm "$work/corpus" | cut -f1)

# Indexes the corpus from scratch; prints "seconds".
time_index() {
  local db=$1; shift
  rm -rf "$db"
  local start end
  start=$(date +%s.%N)
  "$index" --quiet --db "$db" "$@" "$work/corpus"
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.1f}')"
}

declare -A index_seconds
for layout in "1 1" "2 1" "2 2"; do
  read -r jobs shards <<<"$layout"
  log "indexing with --jobs $jobs --shards $shards"
  index_seconds[$jobs/$shards]=$(time_index "$work/index-j$jobs-s$shards.db" --jobs "$jobs" --shards "$shards")
done

# Serves a database with xapian-tcpsrv on a free loopback port, put in
# served_port (not echoed: the server's pid must be recorded in this shell
# for the clean-up, not in a command substitution's subshell); tries another
# port when the server cannot bind.
serve() {
  local db=$1 port pid
  for _ in $(seq 20); do
    port=$(( RANDOM % 30000 + 20000 ))
    # Its own session: on SIGTERM xapian-tcpsrv signals its whole process
    # group, which would otherwise include this script.
    setsid xapian-tcpsrv --quiet --interface 127.0.0.1 --port "$port" "$db" >/dev/null 2>&1 &
    pid=$!
    server_pids+=("$pid")
    for _ in $(seq 100); do
      if ! kill -0 "$pid" 2>/dev/null; then break; fi
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        served_port=$port
        return 0
      fi
      sleep 0.05
    done
    kill "$pid" 2>/dev/null || true
  done
  echo "scale.sh: xapian-tcpsrv could not listen on a loopback port" >&2
  return 1
}

sharded="$work/index-j2-s2.db"
serve "$sharded/shard-00"
port0=$served_port
serve "$sharded/shard-01"
port1=$served_port
printf 'remote 127.0.0.1:%s\nremote 127.0.0.1:%s\n' "$port0" "$port1" >"$work/remote.stub"

declare -A latency
for target in single local remote; do
  case $target in
    single) db="$work/index-j2-s1.db" ;;
    local) db="$sharded" ;;
    remote) db="$work/remote.stub" ;;
  esac
  log "querying $target ($rounds rounds)"
  latency[$target]=$("$query" --db "$db" --queries "$here/queries.txt" --engine letterbox --rounds "$rounds" |
    python3 -c '
import json, statistics, sys
runs = [json.loads(line) for line in sys.stdin if line.strip()]
ms = sorted(run["seconds"] * 1000 for run in runs)
facets = sorted(run["seconds"] * 1000 for run in runs if run["class"] == "facets") or [0]
p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
print(f"{statistics.median(ms):.1f} | {p95:.1f} | {statistics.median(facets):.1f}")')
done

rate() { python3 -c "print(f'{$count / $1:.0f}')"; }
cat <<MARKDOWN
### Scaling out: $count letters (seed $seed, $corpus_mb MB), $(nproc) cores

Command: \`benchmarks/scale.sh --count $count --seed $seed --rounds $rounds\`

| indexing | seconds | letters/s |
|---|---|---|
| --jobs 1 --shards 1 | ${index_seconds[1/1]} | $(rate "${index_seconds[1/1]}") |
| --jobs 2 --shards 1 | ${index_seconds[2/1]} | $(rate "${index_seconds[2/1]}") |
| --jobs 2 --shards 2 | ${index_seconds[2/2]} | $(rate "${index_seconds[2/2]}") |

| query latency (ms, letterbox-bench-query, queries.txt) | median | p95 | facets class median |
|---|---|---|---|
| 1 index | ${latency[single]} |
| 2 local shards (stub) | ${latency[local]} |
| 2 remote shards (xapian-tcpsrv, loopback) | ${latency[remote]} |
MARKDOWN
