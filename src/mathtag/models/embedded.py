"""The embedded classifier: n-gram TF-IDF + linear model, quantized, numpy-only at run time.

Training (scikit-learn, in :meth:`EmbeddedClassifier.fit`) sees the problems plus the registry's
own text for every standard (statement, explanations, terms, level descriptors) as extra, lighter
weighted examples: every one of the 435 standards is a class the model can output, and phrasings
the corpus lacks can still land through the curriculum's words.

Inference needs only numpy: features → int8 weight rows → scores, masked to the scope, softmax
with a temperature fitted on the validation split (calibration), top-k. A standard always implies
its domain, subject and school level (read from the registry), so outputs are hierarchy-consistent.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Self

import numpy as np

from mathtag.curriculum.registry import Curriculum
from mathtag.models.base import Classifier, Prediction, concepts_in, make_prediction, resolve_scope
from mathtag.models.features import NgramVectorizer
from mathtag.models.normalize import prepare

LEVELS = ("A", "B", "C", "D", "E")
DEFAULT_MODEL = "data/embedded.npz"


@dataclass
class EmbeddedConfig:
    """Hyper-parameters (recorded in the saved model)."""

    char_range: tuple[int, int] = (1, 4)
    word_range: tuple[int, int] = (1, 2)
    min_df: int = 2
    max_features: int = 300_000
    keep_features: int = 60_000  # after training, the rows with the largest weights survive
    C: float = 1.0  # swept on validation: 0.2 → 0.708, 1.0 → 0.743, 2.0 → 0.743 (subject known)
    # weight of the notice's own texts beside the problems: valid macro-F1 (subject known) 0.705 at 0.3,
    # 0.709 at 1.0 (corpus afe60de3). Re-check: mathtag train embedded --set registry_weight=0.3 --out M,
    # then mathtag eval --model M --data artifacts/corpus/valid.jsonl --scope-from subject
    registry_weight: float = 1.0
    review_precision: float = 0.90  # needs_review below the confidence that reaches this precision


def registry_documents(cur: Curriculum) -> tuple[list[str], list[str]]:
    """Texts the notice itself gives for each standard: statement, explanations, terms, levels."""
    texts, labels = [], []
    for s in cur:
        parts = [s.statement, *s.explanations, " ".join(s.terms), *s.achievement_levels.values()]
        for p in parts:
            if p and p.strip():
                texts.append(p)
                labels.append(s.code)
    return texts, labels


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


class EmbeddedClassifier(Classifier):
    backend = "embedded"

    def __init__(self, config: EmbeddedConfig | None = None, curriculum: Curriculum | None = None) -> None:
        self.config = config or EmbeddedConfig()
        self.cur = curriculum or Curriculum.load()
        self.vectorizer = NgramVectorizer(self.config.char_range, self.config.word_range,
                                          self.config.min_df, self.config.max_features)
        self.classes: list[str] = []
        self.W = np.zeros((0, 0), dtype=np.int8)  # (features, classes) quantized
        self.scale = np.zeros(0, dtype=np.float32)  # per class
        self.bias = np.zeros(0, dtype=np.float32)
        self.level_W = np.zeros((0, 0), dtype=np.float32)
        self.level_b = np.zeros(0, dtype=np.float32)
        self.diff_W = np.zeros((0, 0), dtype=np.float32)
        self.diff_b = np.zeros(0, dtype=np.float32)
        self.temperature = 1.0
        self.review_threshold = 0.5
        self.calibration = (np.zeros(0, np.float32), np.zeros(0, np.float32))  # isotonic breakpoints
        self.model_version = "untrained"
        self.meta: dict = {}

    # -- training ----------------------------------------------------------------------------
    def fit(self, texts: Sequence[str], labels: Sequence[str], *, levels: Sequence[str] | None = None,
            difficulties: Sequence[int] | None = None,
            valid: tuple[Sequence[str], Sequence[str]] | None = None,
            corpus_hash: str = "", **_: object) -> Self:
        from sklearn.svm import LinearSVC

        cfg = self.config
        labels = [self.cur.normalize(c) for c in labels]
        reg_texts, reg_labels = registry_documents(self.cur)
        docs = [prepare(t) for t in list(texts) + reg_texts]
        y = list(labels) + reg_labels
        weights = np.array([1.0] * len(texts) + [cfg.registry_weight] * len(reg_texts))
        self.vectorizer.fit(docs)
        X = self.vectorizer.transform(docs)
        self.classes = sorted(set(y), key=self.cur.codes.index)
        svm = LinearSVC(C=cfg.C, dual=True, max_iter=3000, random_state=0)
        svm.fit(X, y, sample_weight=weights)
        coef = svm.coef_.T.astype(np.float32)  # (features, classes)
        order = [list(svm.classes_).index(c) for c in self.classes]
        coef, bias = coef[:, order], svm.intercept_[order].astype(np.float32)
        # keep the features that matter most, then quantize each class column to int8
        norms = np.abs(coef).max(axis=1)
        keep = np.argsort(-norms, kind="stable")[: cfg.keep_features]
        keep.sort()
        self.vectorizer.restrict(keep)
        coef = coef[keep]
        self.scale = (np.abs(coef).max(axis=0) / 127.0).astype(np.float32) + 1e-12
        self.W = np.round(coef / self.scale).astype(np.int8)
        self.bias = bias
        n = len(texts)
        self.meta = {"config": asdict(cfg), "corpus_sha256": corpus_hash, "train_items": n}
        Xp = self.vectorizer.transform(docs[:n])
        if levels is not None:
            self.level_W, self.level_b, self.meta["level_classes"] = self._linear_head(Xp, list(levels))
        if difficulties is not None:
            self.diff_W, self.diff_b, self.meta["difficulty_classes"] = self._linear_head(
                Xp, [str(d) for d in difficulties])
        if valid is not None:
            self.calibrate(*valid)
        h = hashlib.sha256(self.W.tobytes() + self.bias.tobytes()).hexdigest()[:10]
        self.model_version = f"embedded-{h}"
        return self

    @staticmethod
    def _linear_head(X, y: list[str]) -> tuple[np.ndarray, np.ndarray, list[str]]:
        from sklearn.svm import LinearSVC

        classes = sorted(set(y))
        m = LinearSVC(C=0.5, dual=True, max_iter=3000, random_state=0).fit(X, y)
        coef = m.coef_.T.astype(np.float32)
        bias = m.intercept_.astype(np.float32)
        if len(classes) == 2:  # sklearn keeps one column for two classes
            coef = np.hstack([-coef, coef])
            bias = np.array([-bias[0], bias[0]], dtype=np.float32)
        return coef.astype(np.float16), bias, classes

    # -- scoring -----------------------------------------------------------------------------
    def features(self, texts: Sequence[str]) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
        """Normalized texts and their TF-IDF rows, concatenated: (norms, indices, values, offsets)."""
        norms = [prepare(t) for t in texts]
        rows = [self.vectorizer.transform_one(n) for n in norms]
        offsets = np.zeros(len(rows) + 1, dtype=np.int64)
        offsets[1:] = np.cumsum([len(i) for i, _ in rows])
        if not rows:
            return norms, np.zeros(0, np.int32), np.zeros(0, np.float32), offsets
        return norms, np.concatenate([i for i, _ in rows]), np.concatenate([v for _, v in rows]), offsets

    def decision(self, texts: Sequence[str]) -> np.ndarray:
        """Raw class scores (n, classes) for texts (normalized here)."""
        out = np.empty((len(texts), len(self.classes)), dtype=np.float32)
        for start in range(0, len(texts), _CHUNK):
            _, idx, vals, offs = self.features(texts[start:start + _CHUNK])
            out[start:start + _CHUNK] = _sparse_dot(self.W, idx, vals, offs) * self.scale + self.bias
        return out

    def calibrate(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        """Fit the calibration and the needs-review threshold on validation data.

        A softmax temperature (NLL) shapes the distribution over alternatives; the reported
        confidence of the top choice is then mapped through an isotonic curve fitted on whether
        the top choice was right. Temperature alone leaves this model overconfident (a problem
        from an unseen template can score high on a wrong neighbour), and the map is fitted on
        unscoped and subject-scoped predictions pooled, since both are how the model is used.
        """
        from sklearn.isotonic import IsotonicRegression

        labels = [self.cur.normalize(c) for c in labels]
        Z = self.decision(texts)
        y = np.array([self.classes.index(c) for c in labels])
        best = (np.inf, 1.0)
        for T in np.geomspace(0.5, 200, 80):
            P = _softmax(Z * T)
            nll = -np.mean(np.log(P[np.arange(len(y)), y] + 1e-12))
            if nll < best[0]:
                best = (nll, float(T))
        self.temperature = best[1]
        subjects = np.array([self.cur.get(c).subject_code for c in self.classes])
        Zs = Z * self.temperature
        Zs[subjects[None, :] != subjects[y][:, None]] = -np.inf
        raw, correct = [], []
        for P in (_softmax(Z * self.temperature), _softmax(Zs)):
            raw.append(P.max(axis=1))
            correct.append(P.argmax(axis=1) == y)
        # never certain: a finite validation set cannot show that a confidence bin is never wrong
        n = sum(len(r) for r in raw)
        iso = IsotonicRegression(y_min=0.5 / n, y_max=1 - 0.5 / n, out_of_bounds="clip", increasing=True)
        iso.fit(np.concatenate(raw), np.concatenate(correct).astype(float))
        self.calibration = (np.asarray(iso.X_thresholds_, np.float32), np.asarray(iso.y_thresholds_, np.float32))
        conf = self._calibrated(np.concatenate(raw))
        self.review_threshold = _threshold_for_precision(conf, np.concatenate(correct), self.config.review_precision)

    def _calibrated(self, top: np.ndarray) -> np.ndarray:
        xs, ys = self.calibration
        return np.interp(top, xs, ys) if xs.size else top

    def _masked_proba(self, Z: np.ndarray, scope: str | Iterable[str] | None) -> np.ndarray:
        allowed = resolve_scope(self.cur, scope)
        mask = np.array([c in allowed for c in self.classes])
        if not mask.any():
            raise ValueError("the scope contains no standard this model knows")
        Z = Z * self.temperature
        Z[:, ~mask] = -np.inf
        P = _softmax(Z)
        if not self.calibration[0].size:
            return P
        # top choice → its calibrated confidence; the alternatives share the rest in proportion,
        # all by one factor so their order is kept, and stay strictly below the top choice (a tie
        # would let a stable sort put an alternative first). Rows may sum to slightly less than 1.
        top = P.max(axis=1, keepdims=True)
        second = np.partition(P, -2, axis=1)[:, -2:-1] if P.shape[1] > 1 else np.zeros_like(top)
        c = self._calibrated(top).astype(P.dtype)
        factor = np.minimum((1 - c) / np.maximum(1 - top, 1e-12), c * (1 - 1e-4) / np.maximum(second, 1e-30))
        Q = P * factor
        np.copyto(Q, c, where=top == P)
        return Q

    def predict_proba(self, texts: Sequence[str], scope: str | Iterable[str] | None = None) -> np.ndarray:
        return self._masked_proba(self.decision(texts), scope)

    def predict(self, texts: Sequence[str], scope: str | Iterable[str] | None = None,
                top_k: int = 5) -> list[Prediction]:
        if isinstance(texts, str):
            raise TypeError("predict takes a list of texts")
        preds: list[Prediction] = []
        for start in range(0, len(texts), _CHUNK):
            preds += self._predict_chunk(texts[start:start + _CHUNK], scope, top_k)
        return preds

    def _predict_chunk(self, texts: Sequence[str], scope: str | Iterable[str] | None,
                       top_k: int) -> list[Prediction]:
        # one feature pass feeds the standard scores and both heads
        norms, idx, vals, offs = self.features(texts)
        P = self._masked_proba(_sparse_dot(self.W, idx, vals, offs) * self.scale + self.bias, scope)
        L = _sparse_dot(self.level_W, idx, vals, offs) + self.level_b if self.level_W.size else None
        D = _sparse_dot(self.diff_W, idx, vals, offs) + self.diff_b if self.diff_W.size else None
        level_classes = self.meta.get("level_classes", list(LEVELS))
        diff_classes = self.meta.get("difficulty_classes", ["1", "2", "3", "4", "5"])
        top = max(top_k, 1)
        order_all = np.argsort(-P, axis=1, kind="stable")[:, :top]
        preds = []
        for r, norm in enumerate(norms):
            p = P[r]
            order = order_all[r]
            ranked = [(self.classes[i], float(p[i])) for i in order if p[i] > 0 or i == order[0]]
            best = ranked[0][0]
            preds.append(make_prediction(
                self.cur, ranked, top_k=top_k, review_threshold=self.review_threshold,
                backend=self.backend, model_version=self.model_version,
                achievement_level=None if L is None else self._level(L[r], level_classes, best),
                difficulty=None if D is None else int(diff_classes[int(np.argmax(D[r]))]),
                concepts=concepts_in(self.cur, "", best, normalized=norm),
            ))
        return preds

    def _level(self, scores: np.ndarray, classes: list[str], code: str) -> str:
        """The highest-scoring level the standard's descriptors define (A–C in elementary school)."""
        allowed = list(self.cur.get(code).achievement_levels) or list(LEVELS)
        ranked = sorted(range(len(scores)), key=lambda i: -scores[i])
        for i in ranked:
            if classes[i] in allowed:
                return classes[i]
        return classes[ranked[0]]

    # -- persistence -------------------------------------------------------------------------
    def save(self, path: Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = dict(self.meta)
        meta.update({
            "classes": self.classes, "temperature": self.temperature,
            "review_threshold": self.review_threshold, "model_version": self.model_version,
            "vectorizer": self.vectorizer.state(),
        })
        np.savez_compressed(
            path, W=self.W, scale=self.scale, bias=self.bias, idf=self.vectorizer.idf,
            level_W=self.level_W, level_b=self.level_b, diff_W=self.diff_W, diff_b=self.diff_b,
            calib_x=self.calibration[0], calib_y=self.calibration[1],
            meta=np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), dtype=np.uint8),
        )
        return path

    @classmethod
    def load(cls, path: Path | None = None) -> Self:
        if path is None:
            return _load_default()  # type: ignore[return-value]
        with np.load(Path(path)) as z:
            meta = json.loads(z["meta"].tobytes().decode("utf-8"))
            cfg = EmbeddedConfig(**{k: tuple(v) if isinstance(v, list) else v
                                    for k, v in meta.get("config", {}).items()})
            m = cls(cfg)
            m.W, m.scale, m.bias = z["W"], z["scale"], z["bias"]
            m.level_W, m.level_b, m.diff_W, m.diff_b = z["level_W"], z["level_b"], z["diff_W"], z["diff_b"]
            m.vectorizer = NgramVectorizer.from_state(meta["vectorizer"], z["idf"])
            if "calib_x" in z:
                m.calibration = (z["calib_x"], z["calib_y"])
        m.classes = meta["classes"]
        m.temperature = float(meta["temperature"])
        m.review_threshold = float(meta["review_threshold"])
        m.model_version = meta["model_version"]
        m.meta = {k: v for k, v in meta.items() if k not in ("vectorizer",)}
        unknown = [c for c in m.classes if c not in m.cur]
        if unknown:
            raise ValueError(f"model knows codes the registry does not: {unknown[:5]}")
        return m


_CHUNK = 32  # texts per gather: bounds the (nnz × classes) temporary to a few MB


def _sparse_dot(M: np.ndarray, idx: np.ndarray, vals: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Rows of a sparse matrix (concatenated indices/values with row offsets) times dense ``M``.

    One small dense product per row: faster here than a batched gather-and-reduce, and the
    temporary stays at (row nnz × classes).
    """
    out = np.zeros((len(offsets) - 1, M.shape[1]), dtype=np.float32)
    for r in range(len(offsets) - 1):
        a, b = offsets[r], offsets[r + 1]
        if b > a:
            out[r] = vals[a:b] @ M[idx[a:b]]
    return out


def _threshold_for_precision(conf: np.ndarray, correct: np.ndarray, target: float) -> float:
    """Lowest confidence threshold whose accepted items reach ``target`` precision."""
    order = np.argsort(-conf)
    c = correct[order].astype(float)
    prec = np.cumsum(c) / np.arange(1, len(c) + 1)
    ok = np.where(prec >= target)[0]
    if len(ok) == 0:
        return 1.0
    return float(conf[order][ok[-1]])


@lru_cache(maxsize=1)
def _load_default() -> EmbeddedClassifier:
    ref = resources.files("mathtag").joinpath(DEFAULT_MODEL)
    if not ref.is_file():
        raise FileNotFoundError("no packaged embedded model: train one with `mathtag train embedded`")
    with resources.as_file(ref) as p:
        return EmbeddedClassifier.load(p)
