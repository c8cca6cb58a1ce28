from __future__ import annotations

import random

import pytest

from mathtag.corpus.build import (
    BuildReport,
    build_corpus,
    dedupe,
    drop_verbatim_statements,
    normalize_text,
    split_by_family,
)
from mathtag.corpus.schema import CorpusItem


def _item(i: int, text: str, std: str = "2수01-01", family: str | None = None, source: str = "generated") -> CorpusItem:
    return CorpusItem(id=f"x{i}", family=family or f"f{i}", text=text, standard=std, achievement_level="B",
                      difficulty=2, format="word", answer="1", source=source)


def test_normalize_text_ignores_latex_and_spacing() -> None:
    assert normalize_text("$\\frac{1}{2}$ 를  구하시오") == normalize_text("12를 구하시오")


def test_dedupe_exact_near_and_conflicts() -> None:
    base = "사과가 12개 있습니다. 민준이가 5개를 먹었습니다. 남은 사과는 몇 개인가요?"
    items = [
        _item(1, base),
        _item(2, base.replace("  ", " ")),  # exact after normalization
        _item(3, base.replace("남은 사과는", "남은 사과는 모두"), std="2수01-06"),  # near, other label
        _item(4, "삼각형의 세 각의 크기의 합은 몇 도입니까?"),
        _item(5, base, source="authored"),
    ]
    rep = BuildReport(seed=0)
    kept = dedupe(items, 0.8, rep)
    assert [k.id for k in kept] == ["x5", "x4"]  # authored wins
    assert rep.dropped_exact == 2 and rep.dropped_near == 1
    assert any("different standard" in c[2] for c in rep.conflicts)


def test_verbatim_statement_is_dropped(cur) -> None:
    stmt = cur.get("9수02-05").statement
    rep = BuildReport(seed=0)
    kept = drop_verbatim_statements([_item(1, f"다음을 읽고 답하시오. {stmt}"), _item(2, "좌표평면 위의 점 (2, 3)")], cur, rep)
    assert [k.id for k in kept] == ["x2"] and rep.dropped_verbatim == 1


def test_split_keeps_families_whole_and_is_stratified() -> None:
    rng = random.Random(0)
    items = []
    for s in ("2수01-01", "2수01-02"):
        for f in range(14):
            for v in range(rng.randint(1, 10)):
                items.append(_item(len(items), f"{s} 문제 {f}-{v}", std=s, family=f"{s}/f{f}"))
    out = split_by_family(items, seed=3)
    fam_split: dict[str, set[str]] = {}
    for it in out:
        fam_split.setdefault(it.family, set()).add(it.split)
    assert all(len(v) == 1 for v in fam_split.values())
    for s in ("2수01-01", "2수01-02"):
        splits = {it.split for it in out if it.standard == s}
        assert splits == {"train", "valid", "test"}
        n = sum(1 for it in out if it.standard == s)
        assert sum(1 for it in out if it.standard == s and it.split == "train") >= 0.5 * n
    assert split_by_family(items, seed=3) == out  # deterministic


def test_build_is_deterministic_and_valid(cur) -> None:
    a, ra = build_corpus(seed=7, per_standard=16)
    b, rb = build_corpus(seed=7, per_standard=16)
    assert ra.corpus_hash == rb.corpus_hash
    assert [x.id for x in a] == [x.id for x in b]
    terms = {t for s in cur for t in s.terms}
    for it in a:
        assert it.standard in cur and all(c in cur for c in it.also)
        assert set(it.concepts) <= terms, (it.id, it.concepts)
        assert it.split in ("train", "valid", "test")
    fam_split: dict[str, set[str]] = {}
    for it in a:
        fam_split.setdefault(it.family, set()).add(it.split)
    assert all(len(v) == 1 for v in fam_split.values())


@pytest.mark.parametrize("bad", ['{"id": "a"}', "not json"])
def test_bad_authored_line_is_reported_with_location(tmp_path, monkeypatch, cur, bad) -> None:
    from mathtag.corpus import build as b

    f = tmp_path / "zz.jsonl"
    f.write_text(bad + "\n", encoding="utf-8")
    monkeypatch.setattr(b, "authored_files", lambda: [f])
    with pytest.raises(ValueError, match=r"zz\.jsonl:1"):
        b.load_authored(cur)


def test_card_reports_latex_share_among_symbolic_items(cur) -> None:
    from mathtag.corpus.card import notation_shares

    items = [_item(1, "$x^2 = 4$일 때 x의 값을 구하시오.", "9수02-05"),
             _item(2, "x² = 9일 때 x의 값을 구하시오.", "9수02-05"),
             _item(3, "사과 세 개와 배 두 개가 있습니다. 모두 몇 개입니까?", "9수02-05")]  # no symbols
    assert notation_shares(items, cur) == "중학교 50% of 2"


@pytest.mark.slow
def test_build_does_not_depend_on_string_hashing() -> None:
    # set iteration order over strings changes with PYTHONHASHSEED; the corpus hash must not
    import os
    import subprocess
    import sys

    code = ("from mathtag.corpus.build import build_corpus; "
            "print(build_corpus(seed=3, per_standard=24)[1].corpus_hash)")
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONHASHSEED": str(s)}) for s in (1, 2)]
    hashes = [p.communicate(timeout=600)[0].strip() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert hashes[0] == hashes[1] and len(hashes[0]) == 64
