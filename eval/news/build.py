"""Builds the modern-news development set's gold file from the annotated articles.

    python3 eval/news/build.py [--out eval/news/news-dev.jsonl] [FILES...]

Reads the annotated articles (articles/*.txt, see GUIDELINE.md; the text is each body with
its marks removed), checks their marks, and writes the gold in the shape of
tests/data/sample.gold.json, one article a line, with UTF-16 offsets. Prints what the set
holds. Lamha scores itself on the file (`lamha eval-ner --gold FILE`, `lamha eval-quotes
FILE`). Standard library only. The development and held-out sets built here feed no model and
no table; the same script builds the training set of data/news-train (its own articles, from
sources whose licences let a model trained on them ship), which `lamha-build train` can read.
"""

import argparse
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=os.path.join(HERE, "news-dev.jsonl"))
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    files = args.files or sorted(glob.glob(os.path.join(HERE, "articles", "*.txt")))
    golds = [Article(path).gold() for path in files]
    with open(args.out, "w", encoding="utf-8") as out:
        for gold in golds:
            out.write(json.dumps(gold, ensure_ascii=False) + "\n")
    words = sum(len(g["text"].split()) for g in golds)
    labels = {label: sum(e["label"] == label for g in golds for e in g["entities"]) for label in LABELS}
    places = sum("place" in e and bool(e["place"].get("country")) for g in golds for e in g["entities"])
    quotes = sum(len(g["quotes"]) for g in golds)
    required = sum(not q.get("optional") for g in golds for q in g["quotes"])
    print(f"{args.out}: {len(golds)} articles, {words} words, entities {labels}, "
          f"{places} places with a country, {quotes} quotes ({required} required)")


if __name__ == "__main__":
    sys.exit(main())
