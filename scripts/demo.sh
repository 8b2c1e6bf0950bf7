#!/usr/bin/env bash
# The main job on the sample corpus: install, build, index corpus/letters,
# and run a sample search.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
export LETTERBOX_DB="$PWD/letterbox.db"
build/indexer/letterbox-index corpus/letters
build/searcher/letterbox-search '"Improvement Notice"'
