"""Corpus coverage: what the corpus issues promise for each finished school level.

Every standard of a finished group (elementary 2수/4수/6수, middle school 9수, 공통수학1·2 and
기본수학1·2): ≥ 6 authored problems, ≥ 8 generator families, and in the built corpus ≥ 60
examples across ≥ 4 formats. The electives join ``COMPLETE_PREFIXES`` as their corpus issue lands.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from mathtag.corpus.build import build_corpus, load_authored
from mathtag.corpus.generators import load_all

# prefix → number of standards it holds in the notice (a typo cannot shrink what is checked)
COMPLETE_PREFIXES = {"2수": 29, "4수": 47, "6수": 45, "9수": 60,
                     "10공수1": 19, "10공수2": 20, "10기수1": 17, "10기수2": 17}


@pytest.fixture(scope="module")
def counts(cur) -> tuple[Counter, Counter]:
    authored = Counter(it.standard for it in load_authored(cur))
    families = Counter(f.standard for f in load_all().values())
    return authored, families


def _codes(cur) -> list[str]:
    codes = [s.code for s in cur.standards if s.code.startswith(tuple(COMPLETE_PREFIXES))]
    assert len(codes) == sum(COMPLETE_PREFIXES.values())
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
