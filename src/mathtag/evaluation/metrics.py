"""Evaluation metrics for any backend: accuracy at every level, F1, calibration, confusion, speed."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from pydantic import BaseModel

from mathtag.curriculum.registry import Curriculum
from mathtag.models.base import Prediction


class GoldItem(BaseModel):
    text: str
    standard: str
    also: list[str] = []
    id: str | None = None


def _acc(hits: Sequence[bool]) -> float | None:
    return round(sum(hits) / len(hits), 4) if hits else None


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Macro-F1 over the gold classes (a class never in gold does not dilute the mean)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        if g == p:
            tp[g] += 1
        else:
            fp[p] += 1
            fn[g] += 1
    f1s = []
    for c in set(gold):
        prec = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        rec = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return round(sum(f1s) / len(f1s), 4) if f1s else 0.0


def calibration(conf: Sequence[float], correct: Sequence[bool], bins: int = 10) -> dict:
    """Expected calibration error and the reliability-diagram bins."""
    table = []
    n = len(conf)
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(conf) if (lo <= c < hi) or (b == bins - 1 and c == 1.0)]
        if not idx:
            table.append({"lo": lo, "hi": hi, "count": 0, "confidence": None, "accuracy": None})
            continue
        mc = sum(conf[i] for i in idx) / len(idx)
        ma = sum(correct[i] for i in idx) / len(idx)
        ece += len(idx) / n * abs(mc - ma)
        table.append({"lo": lo, "hi": hi, "count": len(idx), "confidence": round(mc, 4), "accuracy": round(ma, 4)})
    return {"ece": round(ece, 4) if n else None, "bins": table}


def percentile(values: Sequence[float], q: float) -> float | None:
    if not values:
        return None
    v = sorted(values)
    k = (len(v) - 1) * q
    lo, hi = math.floor(k), math.ceil(k)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def evaluate(
    cur: Curriculum,
    gold: Sequence[GoldItem],
    preds: Sequence[Prediction],
    *,
    raw_codes: Sequence[str] | None = None,
    latencies_ms: Sequence[float] = (),
    total_seconds: float | None = None,
) -> dict:
    """All numbers of an evaluation run as one JSON-able dict.

    ``raw_codes`` are the codes as the backend first produced them (before any repair); the
    invalid-code rate counts those not in the registry. The embedded backend cannot produce one.
    """
    if len(gold) != len(preds):
        raise ValueError("gold and predictions differ in length")
    g_codes = [cur.normalize(g.standard) for g in gold]
    p_codes = [p.standard for p in preds]
    topk = [[s.standard for s in p.top_k] for p in preds]
    std = {c: cur.get(c) for c in set(g_codes) | set(p_codes) | {c for t in topk for c in t}}

    def at_k(k: int) -> float | None:
        return _acc([g in t[:k] for g, t in zip(g_codes, topk, strict=True)])

    correct = [g == p for g, p in zip(g_codes, p_codes, strict=True)]
    also_ok = [g == p or p in {cur.normalize(a) for a in item.also}
               for item, g, p in zip(gold, g_codes, p_codes, strict=True)]
    by: dict[str, dict[str, list[bool]]] = {k: defaultdict(list) for k in ("school_level", "subject", "domain", "standard")}
    for g, ok in zip(g_codes, correct, strict=True):
        s = std[g]
        by["school_level"][s.school_level].append(ok)
        by["subject"][s.subject].append(ok)
        by["domain"][f"{s.subject} · {s.domain}"].append(ok)
        by["standard"][g].append(ok)
    confusions = Counter((g, p) for g, p in zip(g_codes, p_codes, strict=True) if g != p)
    raw = list(raw_codes) if raw_codes is not None else p_codes
    invalid = sum(1 for c in raw if c not in cur)
    lat = list(latencies_ms)
    result = {
        "n": len(gold),
        "standard": {"top1": _acc(correct), "top3": at_k(3), "top5": at_k(5),
                     "top1_with_also": _acc(also_ok), "macro_f1": macro_f1(g_codes, p_codes)},
        "subject_accuracy": _acc([std[g].subject == std[p].subject for g, p in zip(g_codes, p_codes, strict=True)]),
        "grade_band_accuracy": _acc([(std[g].school_level, std[g].grade_band) == (std[p].school_level, std[p].grade_band)
                                     for g, p in zip(g_codes, p_codes, strict=True)]),
        "domain_accuracy": _acc([(std[g].subject_code, std[g].domain_no) == (std[p].subject_code, std[p].domain_no)
                                 for g, p in zip(g_codes, p_codes, strict=True)]),
        "invalid_code_rate": round(invalid / len(raw), 6) if raw else 0.0,
        "needs_review_rate": _acc([p.needs_review for p in preds]),
        "accuracy_when_not_flagged": _acc([ok for ok, p in zip(correct, preds, strict=True) if not p.needs_review]),
        "calibration": calibration([p.confidence for p in preds], correct),
        "by": {k: {name: {"n": len(v), "top1": _acc(v)} for name, v in sorted(d.items())} for k, d in by.items()},
        "confusions": [{"gold": g, "predicted": p, "count": n} for (g, p), n in confusions.most_common(30)],
        "latency_ms": {"p50": percentile(lat, 0.5), "p95": percentile(lat, 0.95)},
        "throughput_per_s": round(len(gold) / total_seconds, 1) if total_seconds else None,
    }
    return result
