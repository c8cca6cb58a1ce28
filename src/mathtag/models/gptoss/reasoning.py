"""Reasoning traces for the analysis channel, built from the labels and the registry.

The trace walks the hierarchy a teacher uses: the concepts the problem uses → the subject and
domain they belong to → the standard, and (at high effort) why not the nearest neighbour. It is
made from the gold label and the registry's own text, so it is correct by construction.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from mathtag.curriculum.registry import Curriculum


def _bigrams(text: str) -> set[str]:
    t = text.replace(" ", "")
    return {t[i : i + 2] for i in range(len(t) - 1)}


@lru_cache(maxsize=4096)
def nearest_neighbour(code: str) -> str | None:
    """The other standard of the same subject whose statement is most alike (character bigrams)."""
    cur = Curriculum.load()
    st = cur.get(code)
    mine = _bigrams(st.statement)
    best, best_score = None, -1.0
    for other in cur:
        if other.code == code or other.subject_code != st.subject_code:
            continue
        b = _bigrams(other.statement)
        score = len(mine & b) / (len(mine | b) or 1)
        if score > best_score:
            best, best_score = other.code, score
    return best


def reasoning_trace(code: str, concepts: Sequence[str], effort: str = "low",
                    contrast: str | None = None) -> str:
    """The analysis text for a problem labelled ``code`` that uses ``concepts``."""
    cur = Curriculum.load()
    st = cur.get(code)
    used = ", ".join(concepts[:4]) if concepts else "문제의 핵심 개념"
    parts = [f"이 문제는 {used}을(를) 다룬다. {st.subject}의 '{st.domain}' 영역이다."]
    if effort in ("medium", "high"):
        parts.append(f"성취기준 {st.code} '{st.statement}'에 해당한다.")
    else:
        parts.append(f"따라서 {st.code}.")
    if effort == "high":
        nb = contrast or nearest_neighbour(code)
        if nb and nb != code:
            parts.append(f"비슷한 {nb} '{cur.get(nb).statement}'와는 평가하는 내용이 다르다.")
    return " ".join(parts)
