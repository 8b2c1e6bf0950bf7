#!/usr/bin/env python3
"""SQLite FTS5 side of the benchmark: load a folder of letters into an FTS5
table (porter tokenizer), or time the plain-text queries of queries.txt
against it with bm25() ordering, one JSON line per run (as
letterbox-bench-query prints)."""

import argparse
import json
import os
import sqlite3
import sys
import time

BATCH = 10000


def text_files(root):
    """Every .txt file under root, sorted so each run loads the same order."""
    found = []
    for folder, _, names in os.walk(root):
        found.extend(os.path.join(folder, name) for name in names if name.endswith(".txt"))
    found.sort()
    return found


def load(db_path, root):
    if os.path.exists(db_path):
        os.remove(db_path)
    db = sqlite3.connect(db_path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(path UNINDEXED, body, tokenize='porter unicode61')")
    batch = []
    count = 0
    for path in text_files(root):
        with open(path, "rb") as handle:
            batch.append((path, handle.read().decode("utf-8", errors="replace")))
        if len(batch) == BATCH:
            count += flush(db, batch)
    count += flush(db, batch)
    db.close()
    print(f"fts5_bench: {count} documents", file=sys.stderr)


def flush(db, batch):
    with db:
        db.executemany("INSERT INTO t(path, body) VALUES (?, ?)", batch)
    done = len(batch)
    batch.clear()
    return done


def read_queries(path):
    """(class, plain query) for the lines of queries.txt that have a plain form."""
    queries = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = [part.strip() for part in line.rstrip("\n").split("|")]
            if not line.strip() or line.lstrip().startswith("#") or len(parts) < 3 or not parts[2]:
                continue
            queries.append((parts[0], parts[2]))
    return queries


def query(db_path, queries_path, rounds):
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    sql = "SELECT path, snippet(t, 1, '[', ']', '...', 20) FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT 10"
    for query_class, text in read_queries(queries_path):
        for _ in range(rounds):
            start = time.perf_counter()
            rows = db.execute(sql, (text,)).fetchall()
            seconds = time.perf_counter() - start
            print(json.dumps({"class": query_class, "query": text, "seconds": seconds, "matches": None,
                              "shown": len(rows)}))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    load_args = sub.add_parser("load", help="index a folder of .txt files")
    load_args.add_argument("--db", required=True)
    load_args.add_argument("root")
    query_args = sub.add_parser("query", help="time the plain queries")
    query_args.add_argument("--db", required=True)
    query_args.add_argument("--queries", required=True)
    query_args.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.command == "load":
        load(args.db, args.root)
    else:
        query(args.db, args.queries, args.rounds)


if __name__ == "__main__":
    main()
