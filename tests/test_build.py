from __future__ import annotations

from pathlib import Path

from mathtag.curriculum.build import DATA_PATH, write_registry
from mathtag.curriculum.pua import decode


def test_rebuild_is_byte_identical(shared_curriculum: Path, tmp_path: Path) -> None:
    out = write_registry(shared_curriculum, tmp_path / "curriculum.json")
    assert out.read_bytes() == DATA_PATH.read_bytes()


def test_pua_decoding_of_known_glyphs() -> None:
    assert decode("\ue0fd \ue047 \ue0fc") == "y = x"
    assert decode("\ue0f2\ue03e") == "n!"
    assert decode("N \ue044\ue03d\ue052 \ue034\ue045") == "N (0, 1)"


def test_elementary_levels_agree_with_structured_extraction(shared_curriculum: Path) -> None:
    """Our parse of the official two-column documents matches the independent CSV extraction."""
    import csv
    import difflib
    import re

    from mathtag.curriculum.registry import Curriculum

    cur = Curriculum.load()
    norm = lambda x: re.sub(r"[\s,'‘’]", "", x)  # noqa: E731 - the CSV drops punctuation
    n = 0
    for path in (shared_curriculum / "structured" / "achievement_levels").glob("*elementary*.csv"):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                ours = cur.get(row["성취기준"]).achievement_levels[row["수준"]]
                ratio = difflib.SequenceMatcher(None, norm(ours), norm(row["성취수준"])).ratio()
                assert ratio > 0.97, (row["성취기준"], row["수준"], ours)
                n += 1
    assert n == 363


def test_statements_agree_with_structured_extraction(shared_curriculum: Path) -> None:
    import csv

    from mathtag.curriculum.registry import Curriculum

    cur = Curriculum.load()
    path = shared_curriculum / "structured" / "achievement_standards" / "achievement_standards_all.csv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 181
    for row in rows:
        ours = cur.get(row["standard_code"]).statement.replace("‘", "'").replace("’", "'")
        assert ours == row["standard_content"], row["standard_code"]
