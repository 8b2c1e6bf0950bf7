#!/usr/bin/env python3
"""Side-by-side benchmark of Letterbox against omindex, SQLite FTS5 and a bare
Xapian TermGenerator loop. Run through benchmarks/run.sh, which checks the
packages first. Writes a Markdown report (benchmarks/RESULTS.md by default)."""

import argparse
import datetime
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)
COMMAND_TIMEOUT = 4 * 3600


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run_capture(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def percentile(values, share):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, int(round(share * (len(ordered) - 1)))))
    return ordered[index]


# ---------------------------------------------------------------- set-up

def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000", help="corpus sizes, comma-separated")
    parser.add_argument("--million", action="store_true", help="add a 1,000,000-letter corpus")
    parser.add_argument("--repeat", type=int, default=None,
                        help="indexing runs per tool, median reported (default 3 below 100,000 letters, 1 from there: "
                             "one 100,000-letter run of each tool takes minutes on 2 cores)")
    parser.add_argument("--budget-minutes", type=float, default=17.0,
                        help="skip further repeats once this much time is used (first runs always happen)")
    parser.add_argument("--query-rounds", type=int, default=3, help="runs of each query")
    parser.add_argument("--out", default=os.path.join(HERE, "RESULTS.md"))
    parser.add_argument("--build", default=os.path.join(SOURCE, "build-bench"), help="the CMake build folder")
    parser.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "letterbox-bench"),
                        help="where corpora and indexes go")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--jobs", type=int, default=2, help="generator threads")
    parser.add_argument("--smoke", action="store_true",
                        help="1,000 letters, 1 run, a few queries; for the test suite, no timing asserted")
    parser.add_argument("--keep", action="store_true", help="keep indexes after the run")
    parser.add_argument("--indexers", default="letterbox-index,omindex,sqlite-fts5,termgen-floor",
                        help="which indexers to run, comma-separated (the others are reported as skipped)")
    args = parser.parse_args()
    args.load_at_start = os.getloadavg()[0]
    args.sizes = [int(size) for size in args.sizes.split(",") if size]
    if args.million:
        args.sizes.append(1000000)
    if args.smoke:
        args.sizes, args.repeat, args.query_rounds = [1000], 1, 1
    return args


class Tools:
    """Where each program is, or why it is missing."""

    def __init__(self, build):
        self.paths = {
            "letterbox-index": os.path.join(build, "indexer", "letterbox-index"),
            "letterbox-search": os.path.join(build, "searcher", "letterbox-search"),
            "letterbox-gen-corpus": os.path.join(build, "benchmarks", "letterbox-gen-corpus"),
            "letterbox-bench-termgen": os.path.join(build, "benchmarks", "letterbox-bench-termgen"),
            "letterbox-bench-query": os.path.join(build, "benchmarks", "letterbox-bench-query"),
            "omindex": shutil.which("omindex") or "",
            "quest": shutil.which("quest") or "",
            "time": "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else "",
        }
        self.install_hint = {"omindex": "apt-get install xapian-omega", "quest": "apt-get install xapian-tools",
                             "time": "apt-get install time"}

    def path(self, name):
        return self.paths[name]

    def missing(self, name):
        """None when present, else the reason."""
        path = self.paths[name]
        if path and os.access(path, os.X_OK):
            return None
        hint = self.install_hint.get(name, f"build it: make -C {os.path.dirname(os.path.dirname(path))} {name}")
        return f"{name} not found ({hint})"


# ---------------------------------------------------------------- corpus

def generate_corpus(tools, args, count):
    """Generates (or reuses, when the same count and seed are already there) a corpus."""
    folder = os.path.join(args.work, f"corpus-{count}-seed{args.seed}")
    marker = os.path.join(folder, "generated.json")
    if os.path.exists(marker):
        with open(marker) as handle:
            info = json.load(handle)
        info["reused"] = True
        log(f"reusing corpus {folder}")
        return folder, info
    shutil.rmtree(folder, ignore_errors=True)
    log(f"generating {count} letters into {folder}")
    command = [tools.path("letterbox-gen-corpus"), "--count", str(count), "--seed", str(args.seed),
               "--out", os.path.join(folder, "letters"), "--jobs", str(args.jobs)]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, timeout=COMMAND_TIMEOUT)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"letterbox-gen-corpus failed: {result.stderr.strip()}")
    files, size = corpus_size(os.path.join(folder, "letters"))
    info = {"files": files, "bytes": size, "seconds": seconds, "summary": result.stderr.strip().splitlines()[-1],
            "reused": False}
    with open(marker, "w") as handle:
        json.dump(info, handle)
    return folder, info


def corpus_size(root):
    files = size = 0
    for folder, _, names in os.walk(root):
        for name in names:
            if name.endswith(".txt"):
                files += 1
                size += os.path.getsize(os.path.join(folder, name))
    return files, size


# ---------------------------------------------------------------- indexing

def indexers(tools):
    """name -> (function(db, corpus) -> command, index path inside db folder, reason missing)."""
    fts5 = os.path.join(HERE, "fts5_bench.py")
    return {
        "letterbox-index": (lambda db, corpus: [tools.path("letterbox-index"), "--quiet", "--db", db, corpus],
                            tools.missing("letterbox-index")),
        "omindex": (lambda db, corpus: [tools.path("omindex"), "--db", db, "--url", "/", "-Mtxt:text/plain", corpus],
                    tools.missing("omindex")),
        "sqlite-fts5": (lambda db, corpus: [sys.executable, fts5, "load", "--db", os.path.join(db, "fts.db"), corpus],
                        None),
        "termgen-floor": (lambda db, corpus: [tools.path("letterbox-bench-termgen"), "--db", db, corpus],
                          tools.missing("letterbox-bench-termgen")),
    }


def timed_run(tools, command, db):
    """One indexing run under GNU time: elapsed, CPU and peak RSS, or the failure."""
    shutil.rmtree(db, ignore_errors=True)
    os.makedirs(db)
    time_file = db + ".time"
    full = [tools.path("time"), "-f", "%e %U %S %M", "-o", time_file] + command
    result = subprocess.run(full, capture_output=True, text=True, timeout=COMMAND_TIMEOUT)
    if result.returncode != 0:
        lines = (result.stderr or result.stdout).strip().splitlines()
        return {"error": f"exit {result.returncode}: {lines[-1] if lines else 'no message'}"}
    with open(time_file) as handle:
        elapsed, user, system, rss_kb = handle.read().split()[-4:]
    return {"seconds": float(elapsed), "cpu": float(user) + float(system), "rss_mb": int(rss_kb) / 1024,
            "size_mb": disk_usage(db) / 1e6}


def disk_usage(path):
    total = 0
    for folder, _, names in os.walk(path):
        total += sum(os.path.getsize(os.path.join(folder, name)) for name in names)
    return total


SMOKE_SLICE = 250


def smoke_slice(corpus):
    """Every k-th letter of the corpus (so all years are there) copied to its
    own folder: the smoke test indexes these so it stays short on a busy
    two-core machine."""
    letters = os.path.join(corpus, "letters")
    paths = sorted(os.path.join(folder, name) for folder, _, names in os.walk(letters)
                   for name in names if name.endswith(".txt"))
    paths = paths[::max(1, len(paths) // SMOKE_SLICE)][:SMOKE_SLICE]
    target = os.path.join(corpus, "smoke-slice")
    shutil.rmtree(target, ignore_errors=True)
    os.makedirs(target)
    size = 0
    for path in paths:
        shutil.copyfile(path, os.path.join(target, os.path.basename(path)))
        size += os.path.getsize(path)
    return target, {"files": len(paths), "bytes": size}


def run_indexing(tools, args, corpus, info, deadline):
    letters = os.path.join(corpus, "letters")
    if args.smoke:
        letters, sliced = smoke_slice(corpus)
        info.update(indexed_files=sliced["files"], indexed_bytes=sliced["bytes"])
    rows = {}
    chosen = args.indexers.split(",")
    to_run = [name for name in indexers(tools) if name in chosen]
    for name, (make_command, missing) in indexers(tools).items():
        if name not in chosen:
            missing = "skipped (--indexers)"
        if missing:
            rows[name] = {"error": missing}
            continue
        db = os.path.join(corpus, "db-" + name)
        runs = []
        repeats = args.repeat or (3 if info["files"] < 100000 else 1)
        for repeat in range(repeats):
            # A repeat must leave time for the first runs of the indexers
            # still to come, taken to cost as much as this one.
            still_to_come = len(to_run) - to_run.index(name) - 1
            if repeat > 0 and time.time() + runs[-1]["seconds"] * (1 + still_to_come) > deadline:
                log(f"{name}: time budget reached after {repeat} run(s)")
                break
            log(f"{name}: indexing {info.get('indexed_files', info['files'])} letters, run {repeat + 1}")
            run = timed_run(tools, make_command(db, letters), db)
            if "error" in run:
                log(f"{name}: {run['error']}")
                rows[name] = run
                break
            runs.append(run)
        if runs and "error" not in rows.get(name, {}):
            rows[name] = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
            rows[name]["runs"] = len(runs)
            rows[name]["db"] = db
    return rows


# ---------------------------------------------------------------- queries

def read_queries(smoke):
    queries = []
    with open(os.path.join(HERE, "queries.txt"), encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = [part.strip() for part in line.rstrip("\n").split("|")]
            queries.append({"class": parts[0], "letterbox": parts[1], "plain": parts[2] if len(parts) > 2 else ""})
    if smoke:  # two of each class
        kept, seen = [], {}
        for query in queries:
            seen[query["class"]] = seen.get(query["class"], 0) + 1
            if seen[query["class"]] <= 2:
                kept.append(query)
        queries = kept
    return queries


def cli_latencies(command_for, queries, rounds, field):
    """Runs one process per query and round; latency includes start-up."""
    samples, failures = [], []
    for query in queries:
        if not query[field]:
            continue
        for _ in range(rounds):
            start = time.perf_counter()
            result = subprocess.run(command_for(query), capture_output=True, text=True, timeout=600)
            seconds = time.perf_counter() - start
            if result.returncode != 0:
                failures.append(f"{query[field]!r}: {(result.stderr.strip().splitlines() or ['exit ' + str(result.returncode)])[-1]}")
                break
            samples.append({"class": query["class"], "seconds": seconds, **hits_shown(result.stdout, field)})
    return samples, failures


def hits_shown(stdout, field):
    """Hits a CLI printed: the JSON "hits" list of letterbox-search, quest's "MSet:" lines."""
    if field == "letterbox":
        try:
            return {"shown": len(json.loads(stdout).get("hits", []))}
        except (ValueError, AttributeError):
            return {}
    return {"shown": sum(1 for line in stdout.splitlines() if line[:1].isdigit() and ": [" in line)}


def in_process_latencies(command):
    result = subprocess.run(command, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        return [], [(result.stderr.strip().splitlines() or [f"exit {result.returncode}"])[-1]]
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()], []


def write_subset(queries, path):
    with open(path, "w", encoding="utf-8") as handle:
        for query in queries:
            handle.write(f"{query['class']} | {query['letterbox']} | {query['plain']}\n")


def run_queries(tools, args, corpus, index_rows):
    queries = read_queries(args.smoke)
    query_file = os.path.join(corpus, "queries.txt")
    write_subset(queries, query_file)
    rounds = args.query_rounds
    results = {}

    def record(label, samples, failures, missing=None):
        results[label] = {"samples": samples, "failures": failures, "missing": missing}

    letterbox_db = index_rows.get("letterbox-index", {}).get("db")
    omindex_db = index_rows.get("omindex", {}).get("db")
    fts5_db = index_rows.get("sqlite-fts5", {}).get("db")
    termgen_db = index_rows.get("termgen-floor", {}).get("db")
    not_indexed = "no index (indexing row failed or was skipped)"

    log("queries: letterbox-search (CLI)")
    if tools.missing("letterbox-search") or not letterbox_db:
        record("letterbox-search CLI", [], [], tools.missing("letterbox-search") or not_indexed)
    else:
        def letterbox_command(query):
            extra = [] if query["class"] == "facets" else ["--facets", "none", "--no-timeline"]
            return [tools.path("letterbox-search"), "--db", letterbox_db, "--format", "json", "--limit", "10"] + \
                extra + ["--", query["letterbox"]]
        record("letterbox-search CLI", *cli_latencies(letterbox_command, queries, rounds, "letterbox"))

    log("queries: letterbox in-process")
    if tools.missing("letterbox-bench-query") or not letterbox_db:
        record("letterbox in-process (run_search)", [], [], tools.missing("letterbox-bench-query") or not_indexed)
    else:
        record("letterbox in-process (run_search)", *in_process_latencies(
            [tools.path("letterbox-bench-query"), "--engine", "letterbox", "--db", letterbox_db,
             "--queries", query_file, "--rounds", str(rounds)]))

    log("queries: quest on omindex")
    if tools.missing("quest") or not omindex_db:
        record("quest CLI on omindex", [], [], tools.missing("quest") or not_indexed)
    else:
        record("quest CLI on omindex", *cli_latencies(
            lambda query: [tools.path("quest"), "-d", omindex_db, "-o", "and", "-m", "10", query["plain"]],
            queries, rounds, "plain"))

    for label, db in (("Xapian in-process on omindex", omindex_db), ("Xapian in-process on termgen index", termgen_db)):
        log(f"queries: {label}")
        if tools.missing("letterbox-bench-query") or not db:
            record(label, [], [], tools.missing("letterbox-bench-query") or not_indexed)
        else:
            record(label, *in_process_latencies(
                [tools.path("letterbox-bench-query"), "--engine", "plain", "--db", db, "--queries", query_file,
                 "--rounds", str(rounds)]))

    log("queries: FTS5 in-process")
    if not fts5_db:
        record("SQLite FTS5 in-process (bm25)", [], [], not_indexed)
    else:
        record("SQLite FTS5 in-process (bm25)", *in_process_latencies(
            [sys.executable, os.path.join(HERE, "fts5_bench.py"), "query", "--db", os.path.join(fts5_db, "fts.db"),
             "--queries", query_file, "--rounds", str(rounds)]))
    return results


# ---------------------------------------------------------------- report

def machine_section(args):
    cpu = "unknown"
    with open("/proc/cpuinfo") as handle:
        for line in handle:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as handle:
        ram_gb = int(handle.readline().split()[1]) / 1024 / 1024
    commit = run_capture(["git", "-C", SOURCE, "rev-parse", "--short", "HEAD"]) or "unknown"
    dirty = run_capture(["git", "-C", SOURCE, "status", "--porcelain", "--untracked-files=no"])
    omindex_version = run_capture(["omindex", "--version"]).splitlines()
    return [
        f"- Date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- Machine: {os.cpu_count()} CPUs (nproc), {cpu}, {ram_gb:.1f} GB RAM, {platform.system()} {platform.release()}",
        f"- Load average at start: {args.load_at_start:.2f}; when this report was written: {os.getloadavg()[0]:.2f} "
        "(other work on the machine slows every row alike)",
        f"- Letterbox commit: {commit}{' (with uncommitted changes in the tree)' if dirty else ''}",
        f"- Xapian: {run_capture(['pkg-config', '--modversion', 'xapian-core']) or 'unknown'}; "
        f"{omindex_version[0] if omindex_version else 'omindex not installed'}; SQLite {sqlite3.sqlite_version}; "
        f"Python {platform.python_version()}",
        f"- Command: `benchmarks/run.sh {' '.join(sys.argv[1:])}`",
    ]


def fmt(value, digits=1):
    return "-" if value is None else f"{value:,.{digits}f}"


def ratio(value, base):
    return f"{value / base:.2f}x" if value and base else "-"


def index_table(info, rows):
    files = info.get("indexed_files", info["files"])
    megabytes = info.get("indexed_bytes", info["bytes"]) / 1e6
    lines = ["| Indexer | runs | docs/s | MB/s | CPU s | peak RSS MB | index MB | docs/s vs omindex | "
             "RSS vs omindex | size vs omindex |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    base = rows.get("omindex", {})
    for name, row in rows.items():
        if "error" in row:
            lines.append(f"| {name} | not run: {row['error']} | | | | | | | | |")
            continue
        docs = files / row["seconds"]
        base_docs = files / base["seconds"] if "seconds" in base else None
        lines.append(f"| {name} | {row['runs']} | {fmt(docs, 0)} | {fmt(megabytes / row['seconds'], 2)} | "
                     f"{fmt(row['cpu'])} | {fmt(row['rss_mb'])} | {fmt(row['size_mb'])} | {ratio(docs, base_docs)} | "
                     f"{ratio(row['rss_mb'], base.get('rss_mb'))} | {ratio(row['size_mb'], base.get('size_mb'))} |")
    return lines


def facet_overhead(samples):
    """The facets queries' latency with facets and timeline over the same
    queries without them (class facets-off), median and p99, and the largest
    match set they counted; "" when the engine did not time both."""
    on = [s for s in samples if s["class"] == "facets"]
    off = [s for s in samples if s["class"] == "facets-off"]
    if not on or not off:
        return ""
    ratio_median = statistics.median(s["seconds"] for s in on) / statistics.median(s["seconds"] for s in off)
    p99_on, p99_off = percentile([s["seconds"] for s in on], 0.99), percentile([s["seconds"] for s in off], 0.99)
    largest = max(s.get("matches", 0) for s in on)
    return (f"facet overhead (facets and timeline on / the same queries with none): median {ratio_median:.2f}x, "
            f"p99 {p99_on * 1e3:.1f} ms / {p99_off * 1e3:.1f} ms = {p99_on / p99_off:.2f}x; "
            f"largest match set counted {largest:,} documents")


def query_table(results):
    lines = ["| Engine | class | queries x rounds | median ms | p95 ms | p99 ms | queries/s | runs with no hit |",
             "|---|---|---|---|---|---|---|---|"]
    notes = []
    for label, result in results.items():
        if result["missing"]:
            lines.append(f"| {label} | not run: {result['missing']} | | | | | | |")
            continue
        samples = result["samples"]
        classes = sorted({sample["class"] for sample in samples})
        for query_class in classes + ["all"]:
            # "facets-off" repeats the facets queries without facets: not part of the mix.
            chosen = [s for s in samples if s["class"] == query_class or
                      (query_class == "all" and s["class"] != "facets-off")]
            seconds = [s["seconds"] for s in chosen]
            if not seconds:
                continue
            # Fast answers with no hits would flatter an engine: count them.
            empty = [s for s in chosen if s.get("shown") == 0 or s.get("matches") == 0]
            no_hit = str(len(empty)) if all("shown" in s or "matches" in s for s in chosen) else "-"
            lines.append(f"| {label} | {query_class} | {len(seconds)} | {fmt(statistics.median(seconds) * 1e3, 2)} | "
                         f"{fmt(percentile(seconds, 0.95) * 1e3, 2)} | {fmt(percentile(seconds, 0.99) * 1e3, 2)} | "
                         f"{fmt(len(seconds) / sum(seconds), 1)} | {no_hit} |")
        overhead = facet_overhead(samples)
        if overhead:
            notes.append(f"- {label}: {overhead}")
        for failure in result["failures"][:5]:
            notes.append(f"- {label}: failed on {failure}")
        if len(result["failures"]) > 5:
            notes.append(f"- {label}: {len(result['failures']) - 5} more failures")
    return lines, notes


def write_report(args, sections):
    lines = ["# Letterbox benchmark results", "",
             "Written by `benchmarks/run.sh` (see benchmarks/README.md). Each indexing figure is the median of "
             "the runs shown; the corpus is in the page cache (it was just generated or read), and every tool "
             "reads the same files.", ""]
    lines += machine_section(args) + [""]
    lines += ["What is measured:",
              "- **letterbox-index**: the project's indexer, `letterbox-index --quiet --db DIR CORPUS` "
              "(parsing, tagging, values, document data with the full text).",
              "- **omindex**: Xapian omega's indexer, `omindex --db DIR --url / -Mtxt:text/plain CORPUS` "
              "(stores a text sample, not the whole text).",
              "- **sqlite-fts5**: `benchmarks/fts5_bench.py load` (Python, porter tokenizer, full text stored, "
              "10,000 rows a transaction, no `optimize`).",
              "- **termgen-floor**: `letterbox-bench-termgen`, a bare TermGenerator loop (English stemmer, "
              "positions, commit every 10,000): the floor of indexing with Xapian.",
              "- **CLI** query rows include process start-up (one process per query); **in-process** rows open "
              "the index once and time each query alone (Xapian Enquire, or FTS5 `MATCH ... ORDER BY bm25(t) "
              "LIMIT 10` with a snippet). quest and the plain in-process rows use a stock QueryParser with "
              "English stemming and AND as default operator; only the plain-text part of the query mix "
              "(word, phrase, boolean) runs there, while Letterbox runs all classes. Letterbox's non-facet "
              "classes run with `--facets none --no-timeline`; the facets class with facets and timeline on, "
              "and in process each facets query is timed again without them (class facets-off).",
              ""]
    for section in sections:
        lines += section + [""]
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    log(f"wrote {args.out}")


def size_section(count, info, rows, query_results):
    megabytes = info["bytes"] / 1e6
    gen = "reused from an earlier run" if info["reused"] else \
        f"{info['seconds']:.1f} s, {megabytes / info['seconds']:.1f} MB/s ({info['summary']})"
    lines = [f"## {count:,} letters", "",
             f"Corpus: {info['files']:,} files, {megabytes:,.1f} MB (average {info['bytes'] / info['files'] / 1024:.2f} KiB). "
             f"Generation: {gen}.", ""]
    if "indexed_files" in info:
        lines += [f"Smoke mode: the indexers and queries ran on {info['indexed_files']} letters spread over the corpus.", ""]
    lines += ["### Indexing", ""]
    lines += index_table(info, rows)
    table, notes = query_table(query_results)
    lines += ["", "### Queries", ""] + table
    if notes:
        lines += ["", "Notes on the queries:"] + notes
    return lines


def main():
    args = parse_args()
    tools = Tools(args.build)
    for required in ("letterbox-gen-corpus", "time"):
        if tools.missing(required):
            sys.exit(f"run.sh: {tools.missing(required)}")
    os.makedirs(args.work, exist_ok=True)
    deadline = time.time() + args.budget_minutes * 60
    sections = []
    for count in args.sizes:
        corpus, info = generate_corpus(tools, args, count)
        rows = run_indexing(tools, args, corpus, info, deadline)
        query_results = run_queries(tools, args, corpus, rows)
        sections.append(size_section(count, info, rows, query_results))
        write_report(args, sections)  # after each size, so a long run leaves partial results
        if not args.keep:
            for row in rows.values():
                if row.get("db"):
                    shutil.rmtree(row["db"], ignore_errors=True)


if __name__ == "__main__":
    main()
