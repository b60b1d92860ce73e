#!/usr/bin/env python3
"""Check anercorp-quotes.jsonl and print its counts.

Checks: every span's offsets (UTF-16 code units; the texts have no astral characters, so
they equal Python string indices) and that its "text" equals the sliced document text;
kinds and field shapes; that a cue does not overlap its content; that every accepted
speaker form occurs in the document; that no not_quote overlaps a quote's content; that
the documents' sentence ranges do not overlap; and, when the ANERcorp file is at hand,
that each text is exactly its sentences joined (tokens by spaces, sentences by "\\n").

Usage: python3 validate.py [FILE] [--conll PATH]
Exit status 1 if any check fails.
"""
import argparse
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from conll import load_sentences  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, "anercorp-quotes.jsonl")
DEFAULT_CONLL = os.path.join(HERE, "..", "..", "..", "shared", "data", "ner", "anercorp-train.conll")
SOURCE_RE = re.compile(r"^anercorp-train\.conll sentences (\d+)-(\d+)$")


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def check_span(where, text, span, errors, need_text=True):
    if not isinstance(span, dict):
        errors.append(f"{where}: not an object")
        return None
    s, e = span.get("start"), span.get("end")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        errors.append(f"{where}: bad offsets {s}-{e}")
        return None
    if need_text and span.get("text") != text[s:e]:
        errors.append(f"{where}: text {span.get('text')!r} != {text[s:e]!r}")
    if text[s].isspace() or text[e - 1].isspace():
        errors.append(f"{where}: span starts or ends with whitespace")
    return s, e


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=DEFAULT_FILE)
    ap.add_argument("--conll", default=DEFAULT_CONLL)
    args = ap.parse_args()

    sents = load_sentences(args.conll) if os.path.exists(args.conll) else None
    errors = []
    docs = []
    with open(args.file, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                docs.append(json.loads(line))
            except json.JSONDecodeError as ex:
                errors.append(f"line {n}: {ex}")

    ids, ranges = set(), []
    kinds = collections.Counter()
    n_optional = n_cue_null = n_speaker_null = n_not = n_multiline = 0
    cues = collections.Counter()
    for d in docs:
        did = d.get("id")
        if did in ids:
            errors.append(f"{did}: duplicate id")
        ids.add(did)
        text = d.get("text", "")
        if utf16_len(text) != len(text):
            errors.append(f"{did}: astral characters (UTF-16 offsets would differ)")
        m = SOURCE_RE.match(d.get("source", ""))
        if not m:
            errors.append(f"{did}: bad source {d.get('source')!r}")
        else:
            a, b = int(m.group(1)), int(m.group(2))
            if did != f"anercorp-{a}":
                errors.append(f"{did}: id does not match source")
            ranges.append((a, b, did))
            if sents is not None:
                expect = "\n".join(" ".join(t) for t in sents[a:b + 1])
                if expect != text:
                    errors.append(f"{did}: text differs from sentences {a}-{b}")
        contents = []
        for i, q in enumerate(d.get("quotes", [])):
            where = f"{did} quote {i}"
            if q.get("kind") not in ("direct", "reported"):
                errors.append(f"{where}: bad kind {q.get('kind')!r}")
            kinds[q.get("kind")] += 1
            c = check_span(where + " content", text, q.get("content"), errors)
            if c:
                contents.append(c)
                if "\n" in text[c[0]:c[1]]:
                    n_multiline += 1
            if q.get("cue") is None:
                n_cue_null += 1
            else:
                cu = check_span(where + " cue", text, q["cue"], errors)
                if cu and c and overlaps(cu, c):
                    errors.append(f"{where}: cue overlaps content")
                if cu:
                    cues[q["cue"]["text"]] += 1
            sp = q.get("speaker")
            if sp is None:
                n_speaker_null += 1
            else:
                forms = sp.get("accept")
                if not forms or not all(isinstance(x, str) and x for x in forms):
                    errors.append(f"{where}: speaker.accept must be a non-empty list of strings")
                else:
                    for form in forms:
                        if form not in text:
                            errors.append(f"{where}: speaker form not in text: {form!r}")
            if "optional" in q:
                if q["optional"] is not True:
                    errors.append(f"{where}: optional must be true when present")
                n_optional += 1
        for i, nq in enumerate(d.get("not_quotes", [])):
            where = f"{did} not_quote {i}"
            s = check_span(where, text, nq, errors)
            if not nq.get("why"):
                errors.append(f"{where}: missing why")
            if s and any(overlaps(s, c) for c in contents):
                errors.append(f"{where}: overlaps a quote's content")
            n_not += 1

    ranges.sort()
    for (a1, b1, d1), (a2, b2, d2) in zip(ranges, ranges[1:]):
        if a2 <= b1:
            errors.append(f"{d1} and {d2}: sentence ranges overlap")

    for e in errors:
        print("ERROR", e)
    total = sum(kinds.values())
    print(f"documents: {len(docs)} ({sum(1 for d in docs if not d['quotes'])} without any quote)")
    print(f"quotes: {total} (reported {kinds['reported']}, direct {kinds['direct']}); "
          f"optional {n_optional}, required {total - n_optional}")
    print(f"  cue null: {n_cue_null}; speaker null: {n_speaker_null}; content over a line break: {n_multiline}")
    print(f"not_quotes: {n_not}")
    if ranges:
        print(f"sentences used: {sum(b - a + 1 for a, b, _ in ranges)}, "
              f"from {ranges[0][0]} to {ranges[-1][1]}"
              + (f" of {len(sents)}" if sents else ""))
    print("most frequent cues:", ", ".join(f"{k} {v}" for k, v in cues.most_common(12)))
    if errors:
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
