"""Character and word n-gram TF-IDF features, with a numpy-only path for inference.

Korean problem text has no reliable word boundaries for a classifier (particles attach to
formulas and nouns: "x^2+1=0의", "삼각형을"), so character n-grams inside space-separated tokens
carry most of the signal; word unigrams and bigrams add phrase-level cues ("근의 공식").
Training builds scipy sparse matrices; :meth:`NgramVectorizer.transform_one` needs only numpy and
a dict, so loading and running the shipped model stays fast.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np


class NgramVectorizer:
    def __init__(self, char_range: tuple[int, int] = (1, 4), word_range: tuple[int, int] = (1, 2),
                 min_df: int = 2, max_features: int = 200_000) -> None:
        self.char_range = char_range
        self.word_range = word_range
        self.min_df = min_df
        self.max_features = max_features
        self.vocab: dict[str, int] = {}
        self.idf: np.ndarray = np.zeros(0, dtype=np.float32)

    # -- analysis --------------------------------------------------------------------------------
    def analyze(self, text: str) -> list[str]:
        """All n-grams of an already normalized text."""
        grams: list[str] = []
        tokens = text.split()
        lo, hi = self.char_range
        for tok in tokens:
            padded = f" {tok} "
            n_chars = len(padded)
            for n in range(lo, hi + 1):
                if n == 1:  # the padding spaces alone are not grams
                    grams.extend(tok)
                else:
                    grams.extend([padded[i : i + n] for i in range(max(1, n_chars - n + 1))])
        wlo, whi = self.word_range
        for n in range(wlo, whi + 1):
            for i in range(len(tokens) - n + 1):
                grams.append("w:" + " ".join(tokens[i : i + n]))
        return grams

    # -- fitting ---------------------------------------------------------------------------------
    def fit(self, docs: Sequence[str]) -> NgramVectorizer:
        df: Counter[str] = Counter()
        for d in docs:
            df.update(set(self.analyze(d)))
        kept = [g for g, c in df.items() if c >= self.min_df]
        kept.sort(key=lambda g: (-df[g], g))
        kept = sorted(kept[: self.max_features])
        self.vocab = {g: i for i, g in enumerate(kept)}
        n = len(docs)
        self.idf = np.array([math.log((1 + n) / (1 + df[g])) + 1.0 for g in kept], dtype=np.float32)
        return self

    def restrict(self, keep: np.ndarray) -> None:
        """Keep only the feature indices in ``keep`` (sorted), renumbering the vocabulary."""
        keep = np.sort(keep)
        inv = {int(old): new for new, old in enumerate(keep)}
        self.vocab = {g: inv[i] for g, i in self.vocab.items() if i in inv}
        self.idf = self.idf[keep]

    # -- transforming ----------------------------------------------------------------------------
    def transform_one(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Sparse L2-normalized sublinear TF-IDF of one normalized text: (sorted indices, values)."""
        ids = [j for j in map(self.vocab.get, self.analyze(text)) if j is not None]
        if not ids:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)
        idx, tf = np.unique(np.array(ids, dtype=np.int32), return_counts=True)
        vals = (1.0 + np.log(tf.astype(np.float32))) * self.idf[idx]
        vals /= np.linalg.norm(vals) or 1.0
        return idx, vals.astype(np.float32)

    def transform(self, docs: Iterable[str]):
        """A scipy CSR matrix (training and evaluation only)."""
        from scipy.sparse import csr_matrix

        indptr = [0]
        indices: list[np.ndarray] = []
        data: list[np.ndarray] = []
        for d in docs:
            i, v = self.transform_one(d)
            indices.append(i)
            data.append(v)
            indptr.append(indptr[-1] + len(i))
        return csr_matrix(
            (np.concatenate(data) if data else np.zeros(0, np.float32),
             np.concatenate(indices) if indices else np.zeros(0, np.int32), np.array(indptr)),
            shape=(len(indptr) - 1, len(self.vocab)),
        )

    # -- persistence -----------------------------------------------------------------------------
    def state(self) -> dict:
        grams = sorted(self.vocab, key=self.vocab.__getitem__)
        return {"char_range": list(self.char_range), "word_range": list(self.word_range),
                "min_df": self.min_df, "max_features": self.max_features, "grams": grams}

    @classmethod
    def from_state(cls, state: dict, idf: np.ndarray) -> NgramVectorizer:
        v = cls(tuple(state["char_range"]), tuple(state["word_range"]), state["min_df"], state["max_features"])
        v.vocab = {g: i for i, g in enumerate(state["grams"])}
        v.idf = idf.astype(np.float32)
        return v
