"""Checks every generated problem must pass (run by the tests and by ``mathtag corpus check``)."""

from __future__ import annotations

import random
import re

from mathtag.corpus.generators.base import Family, Problem
from mathtag.corpus.schema import FORMATS

_PUA = re.compile("[\ue000-\uf8ff]")
_OPEN_FORMATS = {"proof", "task"}


def allowed_levels(code: str) -> tuple[str, ...]:
    """Elementary descriptors have three levels (A–C); middle and high school five (A–E)."""
    return ("A", "B", "C") if code[0] in "246" else ("A", "B", "C", "D", "E")


def problem_errors(fam: Family, p: Problem) -> list[str]:
    """Everything wrong with one generated problem (empty list when it is fine)."""
    errs: list[str] = []
    if not p.text or len(p.text.strip()) < 5:
        errs.append("text empty or too short")
    if _PUA.search(p.text):
        errs.append("private-use character in text")
    if p.format not in FORMATS:
        errs.append(f"unknown format {p.format!r}")
    if p.achievement_level not in allowed_levels(fam.standard):
        errs.append(f"level {p.achievement_level} not used for {fam.standard}")
    if not 1 <= p.difficulty <= 5:
        errs.append(f"difficulty {p.difficulty} outside 1–5")
    if p.answer is None and p.format not in _OPEN_FORMATS:
        errs.append("no answer")
    if p.format == "mcq":
        if p.choice is None:
            errs.append("mcq without choice block")
        else:
            opts = p.choice.options
            if len(set(opts)) != len(opts):
                errs.append(f"duplicate options {opts}")
            if p.answer != p.choice.label:
                errs.append(f"answer {p.answer!r} is not the correct label {p.choice.label!r}")
            if p.choice.block not in p.text:
                errs.append("choice block not in text")
    if p.check is not None:
        try:
            ok = p.check()
        except Exception as exc:  # a crashing check is a failed check, reported with its cause
            errs.append(f"check raised {type(exc).__name__}: {exc}")
        else:
            if not ok:
                errs.append(f"check failed for answer {p.answer!r}")
    return errs


def sample_errors(fam: Family, n: int = 50, seed: int = 0) -> list[str]:
    """Run ``fam`` ``n`` times and collect every error, prefixed with the family key."""
    out: list[str] = []
    rng = random.Random(f"{seed}:{fam.key}")
    for i in range(n):
        try:
            p = fam.make(rng)
        except Exception as exc:
            out.append(f"{fam.key}#{i}: raised {type(exc).__name__}: {exc}")
            continue
        out.extend(f"{fam.key}#{i}: {e}" for e in problem_errors(fam, p))
    return out
