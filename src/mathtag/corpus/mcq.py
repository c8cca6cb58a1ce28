"""Five-option (①~⑤) and other multiple-choice blocks with exactly one correct option."""

from __future__ import annotations

import random
from dataclasses import dataclass

CIRCLED = ("①", "②", "③", "④", "⑤", "⑥")


@dataclass(frozen=True)
class Choice:
    """A rendered choice block. ``options[correct]`` is the right one."""

    options: list[str]
    correct: int
    layout: str

    @property
    def label(self) -> str:
        return CIRCLED[self.correct]

    @property
    def block(self) -> str:
        cells = [f"{CIRCLED[i]} {o}" for i, o in enumerate(self.options)]
        if self.layout == "lines":
            return "\n".join(cells)
        return "    ".join(cells)


def choices(
    rng: random.Random,
    correct: str,
    distractors: list[str],
    *,
    n: int = 5,
    sort_key: object = None,
) -> Choice:
    """Build an ``n``-option block from ``correct`` and distinct wrong options.

    Raises ``ValueError`` when there are too few distinct distractors or one equals the answer,
    so a generator can never emit an item with zero or two correct options.
    ``sort_key`` (a callable) orders the options as exams usually do (e.g. ascending numbers);
    otherwise the order is shuffled.
    """
    wrong: list[str] = []
    for d in distractors:
        if d != correct and d not in wrong:
            wrong.append(d)
    if len(wrong) < n - 1:
        raise ValueError(f"need {n - 1} distinct distractors, got {len(wrong)}: {wrong}")
    opts = [correct, *rng.sample(wrong, n - 1)]
    if callable(sort_key):
        opts.sort(key=sort_key)
    else:
        rng.shuffle(opts)
    layout = rng.choice(("inline", "lines")) if max(len(o) for o in opts) < 12 else "lines"
    return Choice(options=opts, correct=opts.index(correct), layout=layout)
