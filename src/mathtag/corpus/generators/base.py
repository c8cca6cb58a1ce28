"""The generator framework: problem families registered per standard.

A *family* is one underlying problem (a situation and a question) whose variants differ in
numbers, names, objects, wording, notation and choice order. Write one function per family::

    @family("2수01-03", "compare-two-numbers")
    def compare(rng: random.Random) -> Problem:
        a, b = rng.sample(range(100, 10000), 2)
        ...
        return Problem(text=..., answer=str(max(a, b)), format="word", difficulty=2,
                       achievement_level="B", concepts=[...], check=lambda: ...)

Answers are computed in code, never typed. ``check`` (optional) re-derives the answer an
independent way (often with sympy) and is run by the test suite over a large sample.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from mathtag.corpus.mcq import Choice
from mathtag.corpus.schema import Format

LEVELS = ("A", "B", "C", "D", "E")


@dataclass
class Problem:
    """What one call of a family returns; the builder turns it into a ``CorpusItem``."""

    text: str
    answer: str | None
    format: Format
    difficulty: int
    achievement_level: str
    concepts: list[str] = field(default_factory=list)
    also: list[str] = field(default_factory=list)
    choice: Choice | None = None  # set for mcq items; tests verify exactly one correct option
    check: Callable[[], bool] | None = None


@dataclass(frozen=True)
class Family:
    standard: str
    name: str
    make: Callable[[random.Random], Problem]

    @property
    def key(self) -> str:
        return f"{self.standard}/{self.name}"


FAMILIES: dict[str, Family] = {}


def family(standard: str, name: str) -> Callable[[Callable[[random.Random], Problem]], Callable[[random.Random], Problem]]:
    """Register ``fn`` as a problem family of ``standard`` (a registry code, canonical form)."""

    def register(fn: Callable[[random.Random], Problem]) -> Callable[[random.Random], Problem]:
        fam = Family(standard=standard, name=name, make=fn)
        if fam.key in FAMILIES:
            raise ValueError(f"duplicate family {fam.key}")
        FAMILIES[fam.key] = fam
        return fn

    return register


def secondary_level(difficulty: int) -> str:
    """Achievement level (A–E) a middle/high-school item of this difficulty (1–5) demands by default."""
    return {1: "E", 2: "D", 3: "C", 4: "B", 5: "A"}[difficulty]


def elementary_level(difficulty: int) -> str:
    """The same for elementary items, whose descriptors have only A–C."""
    return "C" if difficulty <= 2 else "B" if difficulty == 3 else "A"


def nonzero(rng: random.Random, lo: int, hi: int, exclude: tuple[int, ...] = (0,)) -> int:
    """An integer in [lo, hi] outside ``exclude`` (by default: not 0)."""
    return rng.choice([v for v in range(lo, hi + 1) if v not in exclude])
