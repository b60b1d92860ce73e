#!/usr/bin/env python3
"""Build anercorp-quotes.jsonl from the hand annotations in annotations.py.

The annotations in annotations.py name spans by their words (a start snippet and, where the
span does not run to the end of its sentence, an end snippet); this script turns them
into UTF-16 offsets into the document text, which is rebuilt from ANERcorp exactly as a
user would paste it (tokens joined by single spaces, sentences by "\\n").

Usage: python3 build.py [--conll PATH] [--show]
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CONLL = os.path.join(HERE, "..", "..", "..", "shared", "data", "ner", "anercorp-train.conll")
OUT = os.path.join(HERE, "anercorp-quotes.jsonl")

sys.path.insert(0, HERE)
import annotations  # noqa: E402
from conll import load_sentences  # noqa: E402


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def is_word_bounded(text, s, e):
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return before in " \n" and after in " \n"


TRAIL = re.compile(r"[\s.,،:]+$")


class SpecError(Exception):
    pass


def locate(doc_id, text, q):
    hits = occurrences(text, q["start"])
    if not hits:
        raise SpecError(f"{doc_id}: start snippet not found: {q['start']!r}")
    if q.get("occ") is None and len(hits) > 1:
        raise SpecError(f"{doc_id}: start snippet ambiguous ({len(hits)}x): {q['start']!r}")
    s = hits[q.get("occ") or 0]
    if q.get("end"):
        j = text.find(q["end"], s)
        if j < 0:
            raise SpecError(f"{doc_id}: end snippet not found after start: {q['end']!r}")
        e = j + len(q["end"])
    else:  # to the end of the sentence, without the final full stop
        nl = text.find("\n", s)
        line_end = len(text) if nl < 0 else nl
        m = TRAIL.search(text, s, line_end)
        e = m.start() if m and m.end() == line_end else line_end
        if q["kind"] == "direct":
            raise SpecError(f"{doc_id}: direct quote needs an end snippet: {q['start']!r}")
    content = (s, e)
    cue = None
    if q.get("cue"):
        cands = [i for i in occurrences(text, q["cue"]) if is_word_bounded(text, i, i + len(q["cue"]))]
        if q.get("cue_after"):
            cands = [i for i in cands if i >= e]
            if not cands:
                raise SpecError(f"{doc_id}: cue {q['cue']!r} not found after content")
            c = cands[0]
        else:
            cands = [i for i in cands if i + len(q["cue"]) <= s]
            if not cands:
                raise SpecError(f"{doc_id}: cue {q['cue']!r} not found before content {q['start']!r}")
            c = cands[-1]
        cue = (c, c + len(q["cue"]))
    return cue, content


def span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def build(conll):
    sents = load_sentences(conll)
    docs, errors = [], []
    for d in annotations.DOCS:
        a, b = d["sentences"]
        text = "\n".join(" ".join(toks) for toks in sents[a:b + 1])
        doc_id = f"anercorp-{a}"
        if any(ord(ch) > 0xFFFF for ch in text):
            errors.append(f"{doc_id}: astral character in text")
        quotes = []
        for q in d["quotes"]:
            try:
                cue, content = locate(doc_id, text, q)
            except SpecError as ex:
                errors.append(str(ex))
                continue
            for form in q.get("speaker") or []:
                if form not in text:
                    errors.append(f"{doc_id}: speaker form not in text: {form!r}")
            out = {
                "kind": q["kind"],
                "cue": span(text, cue) if cue else None,
                "content": span(text, content),
                "speaker": {"accept": list(q["speaker"])} if q.get("speaker") else None,
            }
            if q.get("optional"):
                out["optional"] = True
            if q.get("note"):
                out["note"] = q["note"]
            quotes.append(out)
        quotes.sort(key=lambda x: x["content"]["start"])
        not_quotes = []
        for n in d.get("not_quotes", []):
            hits = occurrences(text, n["text"])
            if not hits:
                errors.append(f"{doc_id}: not_quote not found: {n['text']!r}")
                continue
            if n.get("occ") is None and len(hits) > 1:
                errors.append(f"{doc_id}: not_quote ambiguous: {n['text']!r}")
                continue
            s = hits[n.get("occ") or 0]
            not_quotes.append({"start": s, "end": s + len(n["text"]), "text": n["text"], "why": n["why"]})
        not_quotes.sort(key=lambda x: x["start"])
        docs.append({
            "id": doc_id,
            "source": f"anercorp-train.conll sentences {a}-{b}",
            "text": text,
            "quotes": quotes,
            "not_quotes": not_quotes,
        })
    docs.sort(key=lambda d: int(d["id"].rsplit("-", 1)[1]))
    return docs, errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--conll", default=DEFAULT_CONLL)
    ap.add_argument("--show", action="store_true", help="print every annotated span for review")
    args = ap.parse_args()
    docs, errors = build(args.conll)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if errors:
        sys.exit(1)
    if args.show:
        for d in docs:
            print("=" * 20, d["id"], d["source"])
            for q in d["quotes"]:
                sp = "|".join(q["speaker"]["accept"]) if q["speaker"] else None
                cue = q["cue"]["text"] if q["cue"] else None
                opt = " (optional)" if q.get("optional") else ""
                print(f"  {q['kind'][0].upper()}{opt} cue=[{cue}] sp=[{sp}]\n     <{q['content']['text']}>")
            for n in d["not_quotes"]:
                print(f"  NOT <{n['text']}> {n['why']}")
    with open(OUT, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {os.path.relpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
