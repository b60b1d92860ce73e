#!/usr/bin/env python3
"""Word clusters for the tagger, learnt from the shared corpora's unlabelled text.

A word the tagger never saw labelled (a new surname, a town) often shares a
cluster with words it did see, so the cluster ids are features that carry what
was learnt to unseen words. Clusters come from skip-gram word vectors (gensim)
grouped by k-means at three granularities (coarse to fine), like the prefixes
of a Brown cluster path.

Input: the text of `lamha-build corpus-text` (one sentence a line, words in
their lookup form). Output: `form<TAB>c64<TAB>c256<TAB>c1024` lines, sorted.
Deterministic: one worker thread, fixed seeds.

    cargo run --release --bin lamha-build -- corpus-text
    python3 tools/clusters.py target/corpus-text.txt data/clusters.tsv
"""

import sys

import numpy as np
from gensim.models import Word2Vec
from sklearn.cluster import KMeans

GRANULARITIES = (64, 256, 1024)
MIN_COUNT = 3


def main(corpus_path: str, out_path: str) -> None:
    with open(corpus_path, encoding="utf-8") as corpus:
        sentences = [line.split() for line in corpus]
    model = Word2Vec(
        sentences,
        vector_size=100,
        window=4,
        min_count=MIN_COUNT,
        sg=1,
        negative=10,
        epochs=10,
        workers=1,
        seed=1,
    )
    words = sorted(model.wv.index_to_key)
    vectors = np.array([model.wv[word] for word in words], dtype=np.float64)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12
    columns = []
    for k in GRANULARITIES:
        kmeans = KMeans(n_clusters=k, n_init=1, random_state=0, max_iter=100)
        columns.append(kmeans.fit_predict(vectors))
    with open(out_path, "w", encoding="utf-8") as out:
        for index, word in enumerate(words):
            ids = "\t".join(str(column[index]) for column in columns)
            out.write(f"{word}\t{ids}\n")
    print(f"{out_path}: {len(words)} words in {GRANULARITIES} clusters", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
