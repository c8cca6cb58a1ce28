"""The classifier interface every backend shares, and the prediction it returns.

Backends (embedded, gpt-oss local, OpenAI-compatible remote) implement :class:`Classifier`:
``fit`` / ``predict(texts, scope=None, top_k=5)`` / ``save`` / ``load``, scikit-learn style.
Every prediction is built by :func:`make_prediction` from a score per registry code, so the
hierarchy (standard ⇒ domain ⇒ subject ⇒ school level) is always consistent and no code outside
the registry or the scope can appear.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal, Self

from pydantic import BaseModel, Field

from mathtag.curriculum.registry import Curriculum


class ScoredCode(BaseModel):
    standard: str
    score: float = Field(ge=0.0, le=1.0)


class TokenUsage(BaseModel):
    """Tokens a remote model spent on one item (all attempts), as the server reported them."""

    prompt: int = 0
    completion: int = 0


AnswerPath = Literal["embedded", "llm", "fallback"]


class Prediction(BaseModel):
    """One tagged problem. ``confidence`` is the calibrated probability of ``standard``.

    ``path`` (remote/cascade backends only) says who answered: the embedded model directly, the
    LLM, or the embedded model as an explicit ``fallback`` after the LLM failed (``fallback_reason``).
    """

    standard: str
    confidence: float = Field(ge=0.0, le=1.0)
    top_k: list[ScoredCode]
    school_level: str
    grade_band: str
    subject: str
    domain: str
    statement: str
    achievement_level: str | None = None
    difficulty: int | None = Field(default=None, ge=1, le=5)
    concepts: list[str] = Field(default_factory=list)
    needs_review: bool
    backend: str
    model_version: str
    reasoning: str | None = None
    # the code as the backend first produced it, before any constraint or repair (for the
    # invalid-code rate in evaluation); not part of the serialized prediction
    raw_code: str | None = Field(default=None, exclude=True)
    path: AnswerPath | None = None
    fallback_reason: str | None = None
    tokens: TokenUsage | None = None
    latency_ms: float | None = None


def concepts_in(cur: Curriculum, text: str, code: str, normalized: str | None = None) -> list[str]:
    """Terms of the standard's domain that the problem actually uses (after normalization).

    A rule, not a learned head: a concept is reported only when its term appears in the problem,
    so it is auditable and never invented. Symbol-only terms are skipped (too ambiguous).
    ``normalized`` is ``prepare(text)`` when the caller already has it.
    """
    from mathtag.models.normalize import prepare

    norm = prepare(text) if normalized is None else normalized
    return [term for term, core in _domain_terms(cur, code) if core in norm]


@lru_cache(maxsize=4096)
def _domain_terms(cur: Curriculum, code: str) -> tuple[tuple[str, str], ...]:
    """(term, normalized Korean core) pairs of a standard's domain, normalized once."""
    import re

    from mathtag.models.normalize import prepare

    st = cur.get(code)
    dom = next((d for d in cur.domains if d.subject_code == st.subject_code and d.domain_no == st.domain_no), None)
    out = []
    for term in dom.terms if dom else st.terms:
        core = re.sub(r"^\(.*?\)\s*", "", term)
        if len(core) >= 2 and re.search("[가-힣]", core):
            out.append((term, prepare(core)))
    return tuple(out)


def resolve_scope(cur: Curriculum, scope: str | Iterable[str] | None) -> frozenset[str]:
    """A scope string (``중학교``, ``미적분Ⅰ``, ``9수02``…) or an iterable of codes → set of codes."""
    if scope is None:
        return frozenset(cur.codes)
    if isinstance(scope, str):
        return cur.scope(scope)
    codes = frozenset(cur.normalize(c) for c in scope)
    if not codes:
        raise ValueError("empty scope")
    return codes


def make_prediction(
    cur: Curriculum,
    ranked: Sequence[tuple[str, float]],
    *,
    top_k: int,
    review_threshold: float,
    backend: str,
    model_version: str,
    achievement_level: str | None = None,
    difficulty: int | None = None,
    concepts: list[str] | None = None,
    reasoning: str | None = None,
    raw_code: str | None = None,
) -> Prediction:
    """Build a :class:`Prediction` from (code, probability) pairs, best first.

    Codes must be registry codes; this is the last gate before a code leaves a backend.
    """
    if not ranked:
        raise ValueError("no candidate codes")
    for code, _ in ranked:
        if code not in cur:
            raise ValueError(f"backend produced a code outside the registry: {code!r}")
    best, conf = ranked[0]
    st = cur.get(best)
    return Prediction(
        standard=best,
        confidence=round(float(conf), 6),
        top_k=[ScoredCode(standard=c, score=round(float(p), 6)) for c, p in ranked[:top_k]],
        school_level=st.school_level,
        grade_band=st.grade_band,
        subject=st.subject,
        domain=st.domain,
        statement=st.statement,
        achievement_level=achievement_level,
        difficulty=difficulty,
        concepts=concepts or [],
        needs_review=bool(conf < review_threshold),
        backend=backend,
        model_version=model_version,
        reasoning=reasoning,
        raw_code=raw_code if raw_code is not None else best,
    )


class Classifier(ABC):
    """What every backend implements."""

    backend: str = "abstract"
    model_version: str = "unversioned"

    @abstractmethod
    def fit(self, texts: Sequence[str], labels: Sequence[str], **kwargs: object) -> Self:
        """Train on problem texts and their standard codes."""

    @abstractmethod
    def predict(self, texts: Sequence[str], scope: str | Iterable[str] | None = None,
                top_k: int = 5) -> list[Prediction]:
        """One prediction per text, restricted to ``scope`` (all standards when ``None``)."""

    @abstractmethod
    def save(self, path: Path) -> Path:
        """Write the model to ``path``."""

    @classmethod
    @abstractmethod
    def load(cls, path: Path | None = None) -> Self:
        """Read a model (the packaged default when ``path`` is ``None``, where one exists)."""
