"""Reading ANERcorp's CoNLL file as the annotation scripts need it."""


def load_tagged(path):
    """The (word, tag) pairs of each sentence (`word TAG` lines, a blank line between sentences)."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            word, tag = line.rsplit(" ", 1)
            cur.append((word, tag))
    if cur:
        sents.append(cur)
    return sents


def load_sentences(path):
    """The words of each sentence."""
    return [[word for word, _ in sentence] for sentence in load_tagged(path)]
