"""Build the training corpus: authored problems + generated variants, cleaned and split.

    mathtag corpus build --seed 0 --out artifacts/corpus

Deterministic for a seed: the same seed gives byte-identical files. Steps:
1. load authored problems (``corpus/authored/*.jsonl``), validated against the registry;
2. run every generator family until each standard has ``per_standard`` generated items
   (spread evenly over its families; retried variants that duplicate are skipped);
3. drop items that quote a standard's statement verbatim;
4. remove exact and near duplicates (normalized text; character 3-gram Jaccard ≥ ``near``)
   within and across standards — authored items win over generated ones;
5. split 70/15/15 by family, stratified by standard, so no family spans two splits.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from mathtag.corpus.generators import load_all
from mathtag.corpus.generators.base import Family
from mathtag.corpus.schema import CorpusItem
from mathtag.corpus.verify import problem_errors
from mathtag.curriculum.registry import Curriculum

SPLITS = ("train", "valid", "test")
_P = (1 << 31) - 1  # MinHash modulus: a*h stays inside int64 for 32-bit gram hashes
RATIOS = (0.70, 0.15, 0.15)


@dataclass
class BuildReport:
    """What the build did, for the dataset card and the CLI."""

    seed: int
    items: int = 0
    authored: int = 0
    generated: int = 0
    dropped_exact: int = 0
    dropped_near: int = 0
    dropped_verbatim: int = 0
    dropped_invalid: list[str] = field(default_factory=list)
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)  # (kept id, dropped id, reason)
    dropped_concepts: Counter = field(default_factory=Counter)  # concept labels that are not registry terms
    corpus_hash: str = ""


# -- loading -------------------------------------------------------------------------------------
def authored_files() -> list[Path]:
    root = resources.files("mathtag.corpus").joinpath("authored")
    return sorted(Path(str(p)) for p in root.iterdir() if str(p).endswith(".jsonl"))


def load_authored(cur: Curriculum, report: BuildReport | None = None) -> list[CorpusItem]:
    """Every authored problem, validated; a bad line raises with its file and line number."""
    items: list[CorpusItem] = []
    for path in authored_files():
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    item = CorpusItem.model_validate_json(line)
                    item = _canonical(item, cur, report)
                except Exception as exc:
                    raise ValueError(f"{path.name}:{n}: {exc}") from exc
                items.append(item)
    return items


def _canonical(item: CorpusItem, cur: Curriculum, report: BuildReport | None = None) -> CorpusItem:
    """Normalize label codes through the registry (unknown codes raise); keep registry concepts."""
    std = cur.normalize(item.standard)
    also = sorted({cur.normalize(c) for c in item.also} - {std})
    return item.model_copy(update={"standard": std, "also": also,
                                   "concepts": registry_concepts(cur, item.concepts, report)})


@lru_cache(maxsize=1)
def _all_terms(cur: Curriculum) -> frozenset[str]:
    return frozenset(t for s in cur for t in s.terms)


def registry_concepts(cur: Curriculum, concepts: Iterable[str], report: BuildReport | None = None) -> list[str]:
    """The concepts that are official 용어와 기호 (of any standard: a problem may use an earlier
    grade's term); authors' topic words such as "이차함수의 그래프" are counted and dropped."""
    terms = _all_terms(cur)
    kept = []
    for c in dict.fromkeys(concepts):
        if c in terms:
            kept.append(c)
        elif report is not None:
            report.dropped_concepts[c] += 1
    return kept


def generate(families: Iterable[Family], cur: Curriculum, per_standard: int, seed: int,
             report: BuildReport) -> list[CorpusItem]:
    by_std: dict[str, list[Family]] = defaultdict(list)
    for fam in families:
        by_std[cur.normalize(fam.standard)].append(fam)
    out: list[CorpusItem] = []
    for std in sorted(by_std):
        fams = sorted(by_std[std], key=lambda f: f.key)
        quota = [per_standard // len(fams) + (1 if i < per_standard % len(fams) else 0) for i in range(len(fams))]
        for fam, q in zip(fams, quota, strict=True):
            rng = random.Random(f"{seed}:{fam.key}")
            seen: set[str] = set()
            made = tries = 0
            while made < q and tries < q * 4:
                tries += 1
                try:
                    p = fam.make(rng)
                except Exception as exc:  # a crashing generator is reported, not fatal
                    report.dropped_invalid.append(f"{fam.key}: raised {type(exc).__name__}: {exc}")
                    continue
                errs = problem_errors(fam, p)
                if errs:
                    report.dropped_invalid.append(f"{fam.key}: {errs[0]}")
                    continue
                key = normalize_text(p.text)
                if key in seen:
                    continue
                seen.add(key)
                made += 1
                out.append(CorpusItem(
                    id=f"{fam.key}#{made:03d}", family=fam.key, text=p.text, standard=std,
                    also=sorted({cur.normalize(c) for c in p.also} - {std}),
                    achievement_level=p.achievement_level, difficulty=p.difficulty,
                    concepts=registry_concepts(cur, p.concepts, report), format=p.format, answer=p.answer,
                    source="generated", generator=fam.key,
                ))
    return out


# -- cleaning ------------------------------------------------------------------------------------
def normalize_text(text: str) -> str:
    """The form used for duplicate detection: NFKC, no LaTeX markup, no spaces, lower case."""
    t = unicodedata.normalize("NFKC", text)
    t = re.sub(r"\\(?:frac|dfrac|left|right|times|div|cdot|le|ge|ne|quad|,)", " ", t)
    t = re.sub(r"[\s$\\{}]", "", t)
    return t.lower()


def _grams(text: str, n: int = 3) -> set[str]:
    return {text[i : i + n] for i in range(max(1, len(text) - n + 1))}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def dedupe(items: list[CorpusItem], near: float, report: BuildReport) -> list[CorpusItem]:
    """Drop exact and near duplicates. Candidates for the near check share a MinHash band,
    so the pass stays fast on tens of thousands of items; the final test is exact Jaccard."""
    # authored first so they win; then stable by id
    order = sorted(items, key=lambda it: (it.source != "authored", it.id))
    kept: list[CorpusItem] = []
    exact: dict[str, CorpusItem] = {}
    bands: dict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    grams: list[set[str]] = []
    perm = np.random.default_rng(12345)
    a = perm.integers(1, _P, size=32, dtype=np.int64)
    b = perm.integers(0, _P, size=32, dtype=np.int64)
    for it in order:
        key = normalize_text(it.text)
        if key in exact:
            other = exact[key]
            report.dropped_exact += 1
            if other.standard != it.standard:
                report.conflicts.append((other.id, it.id, "same text, different standard"))
            continue
        g = _grams(key)
        h = np.fromiter((zlib.crc32(x.encode()) for x in g), dtype=np.int64, count=len(g))
        sig = ((a[:, None] * h[None, :] + b[:, None]) % _P).min(axis=1).tolist()
        band_keys = [(b, tuple(sig[b * 4 : b * 4 + 4])) for b in range(8)]
        cands = {j for bk in band_keys for j in bands.get(bk, [])}
        dup = next((j for j in sorted(cands) if _jaccard(g, grams[j]) >= near), None)
        if dup is not None:
            report.dropped_near += 1
            if kept[dup].standard != it.standard:
                report.conflicts.append((kept[dup].id, it.id, "near-duplicate, different standard"))
            continue
        idx = len(kept)
        kept.append(it)
        grams.append(g)
        exact[key] = it
        for bk in band_keys:
            bands[bk].append(idx)
    return kept


def drop_verbatim_statements(items: list[CorpusItem], cur: Curriculum, report: BuildReport) -> list[CorpusItem]:
    """Remove items that quote any standard's statement (a label giveaway)."""
    needles = [normalize_text(s.statement.rstrip(".")) for s in cur]
    out = []
    for it in items:
        t = normalize_text(it.text)
        if any(n in t for n in needles):
            report.dropped_verbatim += 1
            continue
        out.append(it)
    return out


# -- splitting -----------------------------------------------------------------------------------
def split_by_family(items: list[CorpusItem], seed: int) -> list[CorpusItem]:
    """Assign whole families to train/valid/test, per standard, towards 70/15/15 of its items.

    A family is assigned with its first standard; families that appear under several standards
    (never expected, but possible with hand edits) stay together anyway.
    """
    fam_size: Counter[str] = Counter(it.family for it in items)
    fam_std: dict[str, str] = {}
    for it in items:
        fam_std.setdefault(it.family, it.standard)
    by_std: dict[str, list[str]] = defaultdict(list)
    for fam, std in fam_std.items():
        by_std[std].append(fam)
    assign: dict[str, str] = {}
    for std in sorted(by_std):
        fams = sorted(by_std[std], key=lambda f: hashlib.sha256(f"{seed}:{f}".encode()).hexdigest())
        total = sum(fam_size[f] for f in fams)
        counts = dict.fromkeys(SPLITS, 0)
        # smaller held-out splits get a family first so every standard is evaluated when it can be
        order = ["test", "valid"] if len(fams) >= 3 else []
        for f in fams:
            if order:
                s = order.pop(0)
            else:
                s = max(SPLITS, key=lambda sp: RATIOS[SPLITS.index(sp)] * total - counts[sp])
            assign[f] = s
            counts[s] += fam_size[f]
    return [it.model_copy(update={"split": assign[it.family]}) for it in items]


# -- the whole build -----------------------------------------------------------------------------
def build_corpus(seed: int = 0, per_standard: int = 80, near: float = 0.9,
                 cur: Curriculum | None = None) -> tuple[list[CorpusItem], BuildReport]:
    cur = cur or Curriculum.load()
    report = BuildReport(seed=seed)
    authored = load_authored(cur)
    generated = generate(load_all().values(), cur, per_standard, seed, report)
    items = drop_verbatim_statements(authored + generated, cur, report)
    items = dedupe(items, near, report)
    items = split_by_family(items, seed)
    items.sort(key=lambda it: (cur.codes.index(it.standard), it.source != "authored", it.id))
    report.items = len(items)
    report.authored = sum(1 for it in items if it.source == "authored")
    report.generated = report.items - report.authored
    report.corpus_hash = corpus_hash(items)
    return items, report


def dump_jsonl(items: Iterable[CorpusItem]) -> str:
    return "".join(json.dumps(it.model_dump(), ensure_ascii=False, sort_keys=True) + "\n" for it in items)


def corpus_hash(items: Iterable[CorpusItem]) -> str:
    return hashlib.sha256(dump_jsonl(items).encode("utf-8")).hexdigest()


def write_corpus(items: list[CorpusItem], report: BuildReport, out: Path) -> dict[str, Path]:
    """Write ``corpus.jsonl`` (all, with ``split``), one file per split and ``manifest.json``."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {"corpus": out / "corpus.jsonl"}
    paths["corpus"].write_text(dump_jsonl(items), encoding="utf-8")
    for sp in SPLITS:
        paths[sp] = out / f"{sp}.jsonl"
        paths[sp].write_text(dump_jsonl(it for it in items if it.split == sp), encoding="utf-8")
    manifest = {
        "seed": report.seed, "items": report.items, "authored": report.authored,
        "generated": report.generated, "dropped_exact": report.dropped_exact,
        "dropped_near": report.dropped_near, "dropped_verbatim": report.dropped_verbatim,
        "dropped_invalid": len(report.dropped_invalid), "label_conflicts": len(report.conflicts),
        "corpus_sha256": report.corpus_hash,
        "splits": {sp: sum(1 for it in items if it.split == sp) for sp in SPLITS},
    }
    paths["manifest"] = out / "manifest.json"
    paths["manifest"].write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                 encoding="utf-8")
    return paths


def read_corpus(path: Path) -> list[CorpusItem]:
    with path.open(encoding="utf-8") as f:
        return [CorpusItem.model_validate_json(line) for line in f if line.strip()]
