"""Corpus coverage: what the corpus issues promise for each finished school level.

Every standard of every subject (all 435: elementary, middle school, 공통·기본수학 and the eleven
electives): ≥ 6 authored problems, ≥ 8 generator families, and in the built corpus ≥ 60
examples across ≥ 4 formats.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from mathtag.corpus.build import build_corpus, load_authored
from mathtag.corpus.generators import load_all

# prefix → number of standards it holds in the notice (a typo cannot shrink what is checked)
COMPLETE_PREFIXES = {"2수": 29, "4수": 47, "6수": 45, "9수": 60,
                     "10공수1": 19, "10공수2": 20, "10기수1": 17, "10기수2": 17,
                     "12대수": 18, "12미적Ⅰ": 20, "12확통": 16, "12미적Ⅱ": 23, "12기하": 14,
                     "12경수": 18, "12인수": 15, "12직수": 18, "12수문": 16, "12실통": 13,
                     "12수과": 10}


@pytest.fixture(scope="module")
def counts(cur) -> tuple[Counter, Counter]:
    authored = Counter(it.standard for it in load_authored(cur))
    families = Counter(f.standard for f in load_all().values())
    return authored, families


def _codes(cur) -> list[str]:
    codes = [s.code for s in cur.standards if s.code.startswith(tuple(COMPLETE_PREFIXES))]
    assert len(codes) == sum(COMPLETE_PREFIXES.values()) == len(cur.standards)
    return codes


def test_every_finished_standard_has_authored_problems_and_families(cur, counts) -> None:
    authored, families = counts
    codes = _codes(cur)
    short = [f"{c}: {authored[c]} authored, {families[c]} families" for c in codes
             if authored[c] < 6 or families[c] < 8]
    assert not short, "\n".join(short)


@pytest.mark.slow
def test_built_corpus_has_60_examples_in_4_formats_per_finished_standard(cur) -> None:
    items, _ = build_corpus(seed=0)
    per: dict[str, list[str]] = defaultdict(list)
    for it in items:
        per[it.standard].append(it.format)
    codes = _codes(cur)
    short = [f"{c}: {len(per[c])} items, formats {sorted(set(per[c]))}" for c in codes
             if len(per[c]) < 60 or len(set(per[c])) < 4]
    assert not short, "\n".join(short)
