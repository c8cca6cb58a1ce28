"""Every registered generator family and every authored problem, checked."""

from __future__ import annotations

from collections import Counter

import pytest

from mathtag.corpus.build import load_authored
from mathtag.corpus.generators import load_all
from mathtag.corpus.verify import sample_errors

FAMILIES = load_all()


@pytest.mark.parametrize("key", sorted(FAMILIES))
def test_family_produces_verified_problems(key: str, cur) -> None:
    fam = FAMILIES[key]
    assert fam.standard in cur, f"{key}: {fam.standard} is not a canonical registry code"
    errors = sample_errors(fam, n=40, seed=1)
    assert not errors, "\n".join(errors[:10])


def test_family_keys_unique_per_standard() -> None:
    names = Counter((f.standard, f.name) for f in FAMILIES.values())
    assert all(v == 1 for v in names.values())


def test_authored_items_are_valid_and_unique(cur) -> None:
    items = load_authored(cur)
    ids = Counter(it.id for it in items)
    assert not [i for i, n in ids.items() if n > 1]
    for it in items:
        assert it.source == "authored" and it.generator is None
        assert it.achievement_level in (("A", "B", "C") if it.standard[0] in "246" else "ABCDE")
        if it.format not in ("proof", "task"):
            assert it.answer, it.id
