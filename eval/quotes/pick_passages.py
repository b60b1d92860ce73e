#!/usr/bin/env python3
"""Suggest ANERcorp passages worth reading for the quote evaluation set.

This only decides where to look: it scores runs of 5-15 consecutive sentences by how
many reporting words and quotation marks they contain, keeps non-overlapping runs of at
most ~2,200 characters, and prints the densest run in each stretch of the file, so that
passages come from its beginning, middle and end alike. Every suggested passage was then
read in full, its boundaries moved to article starts where needed, and its quotes
annotated by hand in annotations.py; nothing here is copied into the annotations. It also
lists quote-free runs, as candidates for passages without any quote.

Usage: python3 pick_passages.py [--conll PATH] [--stretch 90] [--show]
"""
import argparse
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from conll import load_sentences  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CONLL = os.path.join(HERE, "..", "..", "..", "shared", "data", "ner", "anercorp-train.conll")

# Common reporting verbs and source phrases (bare, or with و / ف attached).
REPORTING = re.compile(
    r"^[وف]?(قال|قالت|يقول|تقول|أكد|اكد|أكدت|اكدت|يؤكد|يذكر|نفي|راى|أضاف|اضاف|أضافت|اضافت|أشار|اشار|أشارت|اشارت|"
    r"أوضح|اوضح|أوضحت|صرح|صرحت|ذكر|ذكرت|لفت|شدد|نفى|اعتبر|رأى|تابع|أعلن|اعلن|أعلنت|اعلنت|"
    r"كشف|زعم|أفاد|افاد|أفادت|حذر|طالب|مضيفا|مشيرا|مؤكدا|موضحا|قائلا|معتبرا|وفقا|بحسب|حسب|"
    r"نقلا|يضيف|أعرب|اعرب|أبلغ|ابلغ)$")
QUOTE_MARKS = {'"', "«", "»", "'"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--conll", default=DEFAULT_CONLL)
    ap.add_argument("--stretch", type=int, default=90, help="sentences per stretch of the file")
    ap.add_argument("--max-chars", type=int, default=2200)
    ap.add_argument("--show", action="store_true", help="print the suggested passages")
    args = ap.parse_args()

    sents = load_sentences(args.conll)
    texts = [" ".join(s) for s in sents]
    cues = [sum(1 for t in s if REPORTING.match(t)) for s in sents]
    marks = [sum(1 for t in s if t in QUOTE_MARKS) for s in sents]

    runs = []
    for a in range(len(sents)):
        for length in range(5, 16):
            b = a + length
            if b > len(sents):
                break
            chars = sum(len(t) + 1 for t in texts[a:b])
            if chars > args.max_chars:
                break
            n = sum(cues[a:b])
            if n >= 3:
                runs.append((n / (chars / 1000 + 0.5), n, a, b))
    runs.sort(reverse=True)
    chosen = []
    for run in runs:
        a, b = run[2], run[3]
        if all(b + 3 <= ca or a >= cb + 3 for _, _, ca, cb in chosen):
            chosen.append(run)
    chosen.sort(key=lambda r: r[2])
    by_stretch = collections.defaultdict(list)
    for run in chosen:
        by_stretch[run[2] // args.stretch].append(run)
    picks = [max(v, key=lambda r: r[1]) for _, v in sorted(by_stretch.items())]

    print(f"{len(sents)} sentences; {len(picks)} suggested passages with speech:")
    for _, n, a, b in picks:
        print(f"  sentences {a}-{b - 1}: {n} reporting words")
        if args.show:
            for i in range(a, b):
                print(f"    [{i}] {texts[i]}")

    print("quote-free runs (no reporting word, 500-1600 characters), one per region:")
    for start in range(0, len(sents), len(sents) // 5):
        for a in range(start, min(start + 150, len(sents) - 7)):
            chars = sum(len(t) for t in texts[a:a + 7])
            if not any(cues[a:a + 7]) and 500 < chars < 1600:
                print(f"  sentences {a}-{a + 6} ({sum(marks[a:a + 7])} quotation marks)")
                break


if __name__ == "__main__":
    main()
