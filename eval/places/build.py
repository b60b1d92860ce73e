#!/usr/bin/env python3
"""Build anercorp-places.jsonl: ANERcorp's own gold LOC spans over the 47 passages of
../quotes/anercorp-quotes.jsonl, each with the country it lies in (hand annotation in
countries.tsv).

For each passage the text is rebuilt from the CoNLL file (tokens joined by single spaces,
sentences by "\\n") and checked against the passage's text; LOC mentions (a B-LOC token and
the I-LOC tokens that follow it) get their offsets from the rebuild itself. Arabic text is
all in the BMP, so Python string indices are UTF-16 offsets (checked).

countries.tsv: passage_id<TAB>mention_index<TAB>mention_text<TAB>country, where country is
an ISO 3166-1 alpha-2 code, "-" (spans several countries or none: no "place" in the output)
or "?" (cannot tell: the mention is left out of the output).

Usage: python3 build.py [--conll PATH] [--template]
  --template  write countries.template.tsv (every mention, country empty) and stop
"""
import argparse
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CONLL = os.path.join(HERE, "..", "..", "..", "shared", "data", "ner", "anercorp-train.conll")
PASSAGES = os.path.join(HERE, "..", "quotes", "anercorp-quotes.jsonl")
COUNTRIES = os.path.join(HERE, "countries.tsv")
TEMPLATE = os.path.join(HERE, "countries.template.tsv")
OUT = os.path.join(HERE, "anercorp-places.jsonl")

sys.path.insert(0, os.path.join(HERE, "..", "quotes"))
from conll import load_tagged  # noqa: E402

SOURCE = re.compile(r"^anercorp-train\.conll sentences (\d+)-(\d+)$")
# ISO 3166-1 alpha-2 codes that may appear (checked so that a typo is caught).
ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
ZW""".split())


def passage_mentions(tagged, a, b):
    """Rebuild the text of sentences a..b and list its LOC mentions with offsets."""
    parts, mentions, pos = [], [], 0
    stray = 0
    for si in range(a, b + 1):
        if si > a:
            parts.append("\n")
            pos += 1
        cur = None
        for ti, (word, tag) in enumerate(tagged[si]):
            if ti > 0:
                parts.append(" ")
                pos += 1
            s, e = pos, pos + len(word)
            parts.append(word)
            pos = e
            if tag == "B-LOC" or (tag == "I-LOC" and cur is None):
                if tag == "I-LOC":
                    stray += 1
                cur = [s, e]
                mentions.append(cur)
            elif tag == "I-LOC":
                cur[1] = e
            else:
                cur = None
    text = "".join(parts)
    return text, [(s, e, text[s:e]) for s, e in mentions], stray


def read_countries(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 4:
                raise SystemExit(f"countries.tsv line {n}: expected 4 columns: {line!r}")
            pid, idx, mtext, country = cols[0], int(cols[1]), cols[2], cols[3].strip()
            if (pid, idx) in rows:
                raise SystemExit(f"countries.tsv line {n}: duplicate {pid} {idx}")
            rows[(pid, idx)] = (mtext, country, n)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--conll", default=DEFAULT_CONLL)
    ap.add_argument("--template", action="store_true")
    args = ap.parse_args()

    tagged = load_tagged(args.conll)
    words = [[word for word, _ in sentence] for sentence in tagged]

    with open(PASSAGES, encoding="utf-8") as f:
        passages = [json.loads(l) for l in f if l.strip()]
    errors = []
    docs = []
    total_stray = 0
    for p in passages:
        m = SOURCE.match(p["source"])
        assert m, p["source"]
        a, b = int(m.group(1)), int(m.group(2))
        text, mentions, stray = passage_mentions(tagged, a, b)
        total_stray += stray
        rebuilt = "\n".join(" ".join(toks) for toks in words[a:b + 1])
        if text != rebuilt or text != p["text"]:
            errors.append(f"{p['id']}: rebuilt text differs from the passage text")
        if any(ord(ch) > 0xFFFF for ch in text):
            errors.append(f"{p['id']}: astral character in text (offsets would not be UTF-16)")
        docs.append((p["id"], text, mentions))

    if args.template:
        with open(TEMPLATE, "w", encoding="utf-8") as f:
            for pid, _, mentions in docs:
                for i, (_, _, mt) in enumerate(mentions):
                    f.write(f"{pid}\t{i}\t{mt}\t\n")
        print(f"wrote {TEMPLATE}: {sum(len(m) for _, _, m in docs)} mentions")
        return

    rows = read_countries(COUNTRIES)
    seen = set()
    counts = Counter()
    per_country = Counter()
    out = []
    for pid, text, mentions in docs:
        ents = []
        for i, (s, e, mt) in enumerate(mentions):
            counts["mentions"] += 1
            key = (pid, i)
            if key not in rows:
                errors.append(f"{pid} mention {i} {mt!r}: no line in countries.tsv")
                continue
            seen.add(key)
            rtext, country, n = rows[key]
            if rtext != mt:
                errors.append(f"countries.tsv line {n}: text {rtext!r} but mention {i} of {pid} is {mt!r}")
                continue
            if country == "?":
                counts["unknown"] += 1
                continue
            ent = {"start": s, "end": e, "text": mt, "label": "LOC"}
            if country == "-":
                counts["several_or_none"] += 1
            elif country in ISO:
                counts["with_country"] += 1
                per_country[country] += 1
                ent["place"] = {"country": country}
            else:
                errors.append(f"countries.tsv line {n}: bad country {country!r} for {mt!r}")
                continue
            assert text[s:e] == mt
            ents.append(ent)
        out.append({"id": pid, "text": text, "entities": ents})
    for key in sorted(set(rows) - seen):
        errors.append(f"countries.tsv: {key[0]} {key[1]} {rows[key][0]!r} matches no mention")

    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if errors:
        sys.exit(f"{len(errors)} error(s); {OUT} not written")
    with open(OUT, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(out)} passages")
    print(f"mentions {counts['mentions']}: with country {counts['with_country']}, "
          f"several/none (-) {counts['several_or_none']}, unknown (?, skipped) {counts['unknown']}")
    print(f"stray I-LOC tokens starting a mention: {total_stray}")
    print("countries: " + ", ".join(f"{c} {n}" for c, n in per_country.most_common()))


if __name__ == "__main__":
    main()
