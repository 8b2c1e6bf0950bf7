#!/usr/bin/env bash
# Scaling out, measured side by side in one run on one generated corpus:
# indexing throughput on one core (--jobs 1 pinned with taskset: the
# baseline the second core is measured against; unpinned, --jobs 1 already
# runs its worker and its writer on different cores), with --jobs 1 and 2
# and with --shards 1 and 2, and
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
for tool in xapian-tcpsrv python3 taskset; do
  command -v "$tool" >/dev/null || { echo "scale.sh: $tool is needed (apt-get install xapian-tools python3 util-linux)" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "scale.sh: GNU time is needed (apt-get install time)" >&2; exit 2; }

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

# Indexes the corpus from scratch; prints "wall-seconds cpu-seconds peak-rss-MB".
# With a CPU list first ("pin 0"), the indexer may run only on those cores.
time_index() {
  local db=$1; shift
  local pin=()
  if [[ $1 == pin ]]; then pin=(taskset -c "$2"); shift 2; fi
  rm -rf "$db"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "${pin[@]}" "$index" --quiet --db "$db" "$@" "$work/corpus"
  read -r wall user sys rss_kb <"$work/time.txt"
  python3 -c "print(f'{$wall:.1f} {$user + $sys:.1f} {$rss_kb / 1024:.0f}')"
}

# The first core this process may use: the one-core baseline runs there.
first_cpu=$(taskset -cp $$ | sed 's/.*: *//; s/[,-].*//')

declare -A index_wall index_cpu index_rss
for layout in "pinned 1 1" "free 1 1" "free 2 1" "free 2 2"; do
  read -r cores jobs shards <<<"$layout"
  pin=()
  [[ $cores == pinned ]] && pin=(pin "$first_cpu")
  log "indexing with --jobs $jobs --shards $shards ($cores)"
  read -r wall cpu rss < <(time_index "$work/index-$cores-j$jobs-s$shards.db" "${pin[@]}" --jobs "$jobs" --shards "$shards")
  index_wall[$cores/$jobs/$shards]=$wall index_cpu[$cores/$jobs/$shards]=$cpu index_rss[$cores/$jobs/$shards]=$rss
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

sharded="$work/index-free-j2-s2.db"
serve "$sharded/shard-00"
port0=$served_port
serve "$sharded/shard-01"
port1=$served_port
printf 'remote 127.0.0.1:%s\nremote 127.0.0.1:%s\n' "$port0" "$port1" >"$work/remote.stub"

declare -A latency
for target in single local remote; do
  case $target in
    single) db="$work/index-free-j2-s1.db" ;;
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
# Throughput of a layout over that of the one-core baseline.
gain() { python3 -c "print(f'{${index_wall[pinned/1/1]} / $1:.2f}x')"; }
row() {
  local key=$1 label=$2 wall=${index_wall[$1]}
  echo "| $label | $wall | $(rate "$wall") | ${index_cpu[$key]} | ${index_rss[$key]} | $(gain "$wall") |"
}
cat <<MARKDOWN
### Scaling out: $count letters (seed $seed, $corpus_mb MB), $(nproc) cores

Command: \`benchmarks/scale.sh --count $count --seed $seed --rounds $rounds\`

| indexing | seconds | letters/s | CPU s | peak RSS MB | vs one core |
|---|---|---|---|---|---|
$(row pinned/1/1 "--jobs 1 --shards 1, one core (taskset -c $first_cpu)")
$(row free/1/1 "--jobs 1 --shards 1, two cores (worker and writer threads)")
$(row free/2/1 "--jobs 2 --shards 1")
$(row free/2/2 "--jobs 2 --shards 2")

| query latency (ms, letterbox-bench-query, queries.txt) | median | p95 | facets class median |
|---|---|---|---|
| 1 index | ${latency[single]} |
| 2 local shards (stub) | ${latency[local]} |
| 2 remote shards (xapian-tcpsrv, loopback) | ${latency[remote]} |
MARKDOWN
