#!/usr/bin/env python3
"""How many of the Arab cities of arab-cities.tsv Lamha places in their country when each
stands alone in a short sentence, one sentence per frame below: no other place gives the
article's country, so the name itself, the words around it and the gazetteer must. Then how
many of the village frames (village-frames.txt: an invented village's name in sentences of
news, after a sentence naming three Syrian cities) place the village in Syria: no list knows
it, so only the words around it can.

    python3 eval/places/cities.py [path/to/lamha] [-v]

(run from the repository root after `cargo build --release`; -v lists the misses).
"""
import json
import subprocess
import sys

FRAMES = [
    "وصل الوفد إلى {} صباح اليوم.",
    "وقتل ثلاثة في {} يوم الأحد.",
    "وقال محافظ {} إن الوضع مستقر.",
    "أعلنت السلطات في {} أمس عن إجراءات جديدة.",
    "شهدت مدينة {} احتجاجات واسعة.",
    "وأفاد مراسلنا من {} بأن الهدوء عاد.",
    "تستضيف {} المؤتمر الأسبوع المقبل.",
]

# Invented names, which no corpus or list holds.
VILLAGES = ["تلمسحاق", "قرطمنيا"]

args = [a for a in sys.argv[1:] if a != "-v"]
lamha = args[0] if args else "target/release/lamha"
cities = [
    line.rstrip("\n").split("\t")
    for line in open("eval/places/arab-cities.tsv", encoding="utf-8")
    if line.strip() and not line.startswith("#")
]
for frame in FRAMES:
    lines = "".join(
        json.dumps({"id": str(i), "text": frame.format(name)}, ensure_ascii=False) + "\n"
        for i, (_, name) in enumerate(cities)
    )
    out = subprocess.run([lamha, "analyze", "--jsonl"], input=lines.encode(),
                         capture_output=True, check=True).stdout.decode()
    missed = []
    for line in out.splitlines():
        result = json.loads(line)
        country, name = cities[int(result["id"])]
        found = result["analysis"]["entities"]
        if not any((e.get("place") or {}).get("country") == country for e in found):
            missed.append(f"{country} {name}: {[(e['text'], e['label']) for e in found]}")
    placed = len(cities) - len(missed)
    print(f"{placed / len(cities):.3f} ({placed} of {len(cities)})  {frame}")
    if "-v" in sys.argv:
        print("\n".join("    " + m for m in missed))

villages = [
    line.rstrip("\n")
    for line in open("eval/places/village-frames.txt", encoding="utf-8")
    if line.strip() and not line.startswith("#")
]
CONTEXT = " وزار الوزير دمشق وحلب وحمص."
for village in VILLAGES:
    lines = "".join(
        json.dumps({"id": str(i), "text": frame.format(village) + CONTEXT}, ensure_ascii=False) + "\n"
        for i, frame in enumerate(villages)
    )
    out = subprocess.run([lamha, "analyze", "--jsonl"], input=lines.encode(),
                         capture_output=True, check=True).stdout.decode()
    placed = 0
    for line in out.splitlines():
        result = json.loads(line)
        frame = villages[int(result["id"])]
        here = [e for e in result["analysis"]["entities"] if village in e["text"]]
        right = any((e.get("place") or {}).get("country") == "SY" for e in here)
        placed += right
        if "-v" in sys.argv and not right:
            print("    " + frame.format(village), [(e["text"], e["label"]) for e in here])
    print(f"{placed / len(villages):.3f} ({placed} of {len(villages)})  the village {village}")
