"""Scores Lamha on the modern-news development set (articles/*.txt, see GUIDELINE.md).

    python3 eval/news/score.py [--lamha target/release/lamha] [--jsonl OUT] [FILES...]

Reads the annotated articles (the text is each body with its marks removed), runs
`lamha analyze --jsonl` on the texts, and prints:

- entities: exact-span precision, recall and F1 per label (PER, LOC, ORG) and micro;
- places: of the annotated places with a country, the share that Lamha finds as a LOC entity
  overlapping them resolved to that country;
- quotes: precision, recall and F1 by content overlap (optional quotes neither rewarded nor
  penalised), and the share of matched quotes whose speaker is one of the accepted forms
  (Lamha's speaker text equal to a form, or one containing the other).

With --jsonl OUT it also writes the gold in the shape of tests/data/sample.gold.json, one
article a line. Standard library only; nothing here feeds a model or a table.
"""

import argparse
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LABELS = ("PER", "LOC", "ORG")
MARK = re.compile(r"\[(PER|LOC|ORG) |\{(\d+) |<(\d+) |[\]}>]")


def utf16_length(text):
    return len(text.encode("utf-16-le")) // 2


class Article:
    """One annotated article: header, plain text, entities and quotes (Python string offsets)."""

    def __init__(self, path):
        self.path = path
        self.id = os.path.splitext(os.path.basename(path))[0]
        raw = open(path, encoding="utf-8").read()
        head, _, rest = raw.partition("\n---\n")
        self.header = dict(
            line.split(": ", 1) for line in head.splitlines() if ": " in line
        )
        body, _, tail = rest.partition("\n===")
        self.text, self.entities, contents, cues = self.parse(body.strip())
        speakers = {}
        for line in tail.splitlines():
            match = re.match(r"\s*(\d+)\s+([RD])(\??)\s*\|\s*(.*)$", line)
            if match:
                forms = [f.strip() for f in match.group(4).split(";")]
                speakers[int(match.group(1))] = (
                    match.group(2),
                    match.group(3) == "?",
                    [f for f in forms if f and f != "-"],
                )
        self.quotes = []
        for number, content in sorted(contents.items(), key=lambda item: item[1][0]):
            kind, optional, forms = speakers.get(number, ("R", False, None))
            self.quotes.append(
                {
                    "number": number,
                    "kind": "direct" if kind == "D" else "reported",
                    "optional": optional,
                    "content": content,
                    "cue": cues.get(number),
                    "speaker": forms,
                }
            )

    @staticmethod
    def parse(body):
        """The text without marks, the entities and the quotes' contents and cues."""
        text = []
        length = 0
        stack = []
        entities, contents, cues = [], {}, {}
        position = 0
        for match in MARK.finditer(body):
            chunk = body[position : match.start()]
            text.append(chunk)
            length += len(chunk)
            position = match.end()
            if match.group(1):
                stack.append(("entity", match.group(1), length))
            elif match.group(2):
                stack.append(("content", int(match.group(2)), length))
            elif match.group(3):
                stack.append(("cue", int(match.group(3)), length))
            else:
                closer = match.group(0)
                want = {"]": "entity", "}": "content", ">": "cue"}[closer]
                if not stack or stack[-1][0] != want:
                    # A bracket of the article itself (rare): keep it as text.
                    text.append(closer)
                    length += 1
                    continue
                what, value, start = stack.pop()
                if what == "entity":
                    entities.append((start, length, value))
                elif what == "content":
                    contents[value] = (start, length)
                else:
                    cues[value] = (start, length)
        text.append(body[position:])
        plain = "".join(text)
        # A place's code is written inside its brackets: name=CC/kind.
        fixed = []
        cut = []
        for start, end, label in entities:
            span = plain[start:end]
            country = None
            if label == "LOC" and "=" in span:
                name, _, code = span.rpartition("=")
                country = code.split("/")[0]
                cut.append((start + len(name), end))
                end = start + len(name)
            fixed.append([start, end, label, country])
        # Remove the codes from the text, shifting every offset after them.
        cut.sort()
        def shift(offset):
            return offset - sum(
                min(e, offset) - s for s, e in cut if s < offset
            )
        pieces, last = [], 0
        for s, e in cut:
            pieces.append(plain[last:s])
            last = e
        pieces.append(plain[last:])
        plain = "".join(pieces)
        entities = [(shift(s), shift(e), l, c) for s, e, l, c in fixed]
        contents = {n: (shift(s), shift(e)) for n, (s, e) in contents.items()}
        cues = {n: (shift(s), shift(e)) for n, (s, e) in cues.items()}
        return plain, entities, contents, cues

    def gold(self):
        def span(start, end):
            prefix = utf16_length(self.text[:start])
            return {
                "start": prefix,
                "end": prefix + utf16_length(self.text[start:end]),
                "text": self.text[start:end],
            }

        entities = []
        for start, end, label, country in self.entities:
            entity = dict(span(start, end), label=label)
            if country:
                entity["place"] = {"country": None if country == "-" else country}
            entities.append(entity)
        quotes = []
        for quote in self.quotes:
            gold = {
                "kind": quote["kind"],
                "cue": span(*quote["cue"]) if quote["cue"] else None,
                "content": span(*quote["content"]),
                "speaker": {"accept": quote["speaker"]} if quote["speaker"] else None,
            }
            if quote["optional"]:
                gold["optional"] = True
            quotes.append(gold)
        return dict(
            id=self.id,
            **{k: self.header.get(k) for k in ("url", "outlet", "date", "country", "topic")},
            text=self.text,
            offsets="utf16",
            entities=entities,
            quotes=quotes,
            not_quotes=[],
        )


def ratio(a, b):
    return a / b if b else 0.0


def prf(tp, found, gold):
    p, r = ratio(tp, found), ratio(tp, gold)
    return p, r, ratio(2 * p * r, p + r)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lamha", default=os.path.join(ROOT, "target/release/lamha"))
    parser.add_argument("--jsonl")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    files = args.files or sorted(glob.glob(os.path.join(HERE, "articles", "*.txt")))
    articles = [Article(path) for path in files]
    golds = [article.gold() for article in articles]
    if args.jsonl:
        with open(args.jsonl, "w", encoding="utf-8") as out:
            for gold in golds:
                out.write(json.dumps(gold, ensure_ascii=False) + "\n")
    request = "".join(
        json.dumps({"id": g["id"], "text": g["text"]}, ensure_ascii=False) + "\n" for g in golds
    )
    run = subprocess.run(
        [args.lamha, "analyze", "--jsonl"], input=request.encode(), capture_output=True, check=True
    )
    found = [json.loads(line)["analysis"] for line in run.stdout.decode().splitlines()]

    counts = {label: [0, 0, 0] for label in LABELS}
    places_right = places_all = 0
    quote_tp = quote_found = quote_gold = recalled = 0
    speakers_right = speakers_judged = 0
    words = 0
    for gold, analysis in zip(golds, found):
        words += len(gold["text"].split())
        want = {(e["start"], e["end"], e["label"]) for e in gold["entities"]}
        got = {(e["start"], e["end"], e["label"]) for e in analysis["entities"] if e["label"] in LABELS}
        for label in LABELS:
            w = {x for x in want if x[2] == label}
            g = {x for x in got if x[2] == label}
            counts[label][0] += len(w & g)
            counts[label][1] += len(g)
            counts[label][2] += len(w)
        for entity in gold["entities"]:
            country = (entity.get("place") or {}).get("country")
            if entity["label"] != "LOC" or not country:
                continue
            places_all += 1
            places_right += any(
                e["label"] == "LOC"
                and e["start"] < entity["end"]
                and entity["start"] < e["end"]
                and (e.get("place") or {}).get("country") == country
                for e in analysis["entities"]
            )
        overlaps = lambda a, b: a["start"] < b["end"] and b["start"] < a["end"]
        matched_gold = set()
        for quote in analysis["quotes"]:
            hits = [i for i, g in enumerate(gold["quotes"]) if overlaps(quote["content"], g["content"])]
            if not hits:
                quote_found += 1
                continue
            if all(gold["quotes"][i].get("optional") for i in hits):
                continue
            quote_found += 1
            quote_tp += 1
            first = next(i for i in hits if not gold["quotes"][i].get("optional"))
            matched_gold.update(hits)
            accept = (gold["quotes"][first].get("speaker") or {}).get("accept")
            if accept:
                speakers_judged += 1
                said = (quote.get("speaker") or {}).get("text", "")
                speakers_right += bool(said) and any(
                    said == form or said in form or form in said for form in accept
                )
        quote_gold += sum(1 for g in gold["quotes"] if not g.get("optional"))
        recalled += sum(1 for i in matched_gold if not gold["quotes"][i].get("optional"))

    entity_count = sum(len(g["entities"]) for g in golds)
    print(f"{len(golds)} articles, {words} words, {entity_count} entities, "
          f"{sum(len(g['quotes']) for g in golds)} quotes ({quote_gold} required), {places_all} places")
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    for label in LABELS + ("micro",):
        tp, f, g = total if label == "micro" else counts[label]
        p, r, f1 = prf(tp, f, g)
        print(f"  {label:5} P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f1:5.1f}   (gold {g}, found {f})")
    p, r = ratio(quote_tp, quote_found), ratio(recalled, quote_gold)
    f1 = ratio(2 * p * r, p + r)
    print(f"  quotes  P {p:.3f}  R {r:.3f}  F1 {f1:.3f};  speaker right {ratio(speakers_right, speakers_judged):.3f} ({speakers_right}/{speakers_judged})")
    print(f"  places resolved to the right country, of all: {ratio(places_right, places_all):.3f} ({places_right}/{places_all})")


if __name__ == "__main__":
    sys.exit(main())
