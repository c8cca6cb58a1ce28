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


def with_choices(stem: str, ch: Choice) -> str:
    """The problem text: the stem, then the choice block on the next line."""
    return f"{stem}\n{ch.block}"


# every non-empty subset of ㄱ, ㄴ, ㄷ, in the order exams list them
_BOGI_SETS = (("ㄱ",), ("ㄴ",), ("ㄷ",), ("ㄱ", "ㄴ"), ("ㄱ", "ㄷ"), ("ㄴ", "ㄷ"), ("ㄱ", "ㄴ", "ㄷ"))


def bogi(rng: random.Random, stmts: list[tuple[str, bool]]) -> tuple[str, Choice]:
    """(<보기> block text, Choice) for three statements (text, is true); at least one must be true."""
    labs = ("ㄱ", "ㄴ", "ㄷ")
    truth = tuple(lab for lab, (_, ok) in zip(labs, stmts, strict=True) if ok)
    if not truth:
        raise ValueError("no true statement")
    fmt = [", ".join(s) for s in _BOGI_SETS]
    correct = ", ".join(truth)
    ch = choices(rng, correct, [f for f in fmt if f != correct], sort_key=fmt.index)
    block = "\n".join(["<보기>"] + [f"{lab}. {t}" for lab, (t, _) in zip(labs, stmts, strict=True)])
    return block, ch


def bogi_question(rng: random.Random) -> str:
    return rng.choice(["옳은 것만을 <보기>에서 있는 대로 고른 것은?", "<보기>에서 옳은 것만을 있는 대로 고른 것은?",
                       "다음 <보기>에서 옳은 것을 모두 고른 것은?"])


def exam_points(rng: random.Random, difficulty: int) -> str:
    """A 수능-style " [3점]" marker by difficulty, on a bit over half of the items."""
    if rng.random() < 0.45:
        return ""
    return " [4점]" if difficulty >= 4 else (" [3점]" if difficulty >= 2 else " [2점]")
