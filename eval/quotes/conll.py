"""Reading ANERcorp's CoNLL file as the annotation scripts need it."""


def load_sentences(path):
    """The words of each sentence (`word TAG` lines, a blank line between sentences)."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            cur.append(line.rsplit(" ", 1)[0])
    if cur:
        sents.append(cur)
    return sents
