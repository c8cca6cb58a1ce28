"""Achievement-level descriptors (성취수준): elementary from the official two-column documents,
middle school from the structured CSVs (A–E). High school has none in the source material.

The elementary documents are a two-column table (standard | level letter + descriptor) that
pdftotext flattened. Each descriptor line is assigned to the nearest level letter above or below
it (descriptors are set vertically centred on their letter), and letter groups A→C are matched in
order to the standards of the page's left column.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from mathtag.curriculum.pua import decode, has_pua

_SEG_RE = re.compile(r"\S+(?: \S+)*")
_CODE_RE = re.compile(r"\[(\d수\d{2}-\d{2})\]")
_RIGHT_COL = 15


# Fractions in two descriptors were set as stacked glyphs; the denominator landed at the end
# of the descriptor. Restored by hand (raw text → text), checked to match exactly.
_FRACTION_FIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "4수01-12": (("\ue034 \ue06d \ue047 \ue03d\ue053\ue034", "1/10=0.1"), (" \ue034\ue03d", "")),
    "6수04-05": (("0, \ue034 \ue06d , 1로", "0, 1/2, 1로"), (" \ue035", "")),
}


def _fix_fractions(code: str, text: str) -> str:
    if code not in _FRACTION_FIXES:
        raise ValueError(f"{code}: descriptor has formula glyphs but no fix: {text!r}")
    for raw, fixed in _FRACTION_FIXES.get(code, ()):
        if raw not in text:
            raise ValueError(f"{code}: expected glyphs {raw!r} not found in {text!r}")
        text = text.replace(raw, fixed)
    return text


def _segments(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _SEG_RE.finditer(line)]


def parse_elementary(path: Path) -> dict[str, dict[str, str]]:
    """Parse one ``elementary-grades-*.txt`` document into ``{code: {level: descriptor}}``."""
    lines = path.read_text(encoding="utf-8").split("\n")
    letters: list[tuple[int, str]] = []  # (line index, letter)
    right: list[tuple[int, str]] = []  # (line index, text)
    codes: list[str] = []
    for i, ln in enumerate(lines):
        if re.match(r"^\s*나\.\s", ln):  # 영역별 성취수준 follows: not per standard
            break
        for c in _CODE_RE.findall(ln):
            if c not in codes:
                codes.append(c)
        for start, seg in _segments(ln):
            if start < _RIGHT_COL:
                continue
            m = re.fullmatch(r"([A-E])(?:\s+(.*))?", seg)
            if m and start <= 30:
                letters.append((i, m.group(1)))
                if m.group(2):
                    right.append((i, m.group(2)))
            elif not re.fullmatch(r"\d{1,3}|Ⅲ\. 교과별 성취수준|성취기준별 성취수준", seg):
                right.append((i, seg))
    # group letters into standards: a new group starts at every "A"
    groups: list[list[tuple[int, str]]] = []
    for li, letter in letters:
        if letter == "A" or not groups:
            groups.append([])
        groups[-1].append((li, letter))
    if len(groups) != len(codes):
        raise ValueError(f"{path.name}: {len(groups)} level groups for {len(codes)} standards")
    text: dict[tuple[int, str], list[str]] = {}
    flat = [(li, gi, letter) for gi, g in enumerate(groups) for li, letter in g]
    rows_with_text = {ri for ri, _ in right}
    for ri, seg in right:
        best = min(abs(t[0] - ri) for t in flat)
        tied = sorted(t for t in flat if abs(t[0] - ri) == best)
        # Equidistant between two letters: a letter whose own row carries text is a one-line
        # descriptor, so the line belongs to the letter below; otherwise to the one above.
        if len(tied) > 1 and tied[0][0] in rows_with_text:
            li, gi, letter = tied[-1]
        else:
            li, gi, letter = tied[0]
        text.setdefault((gi, letter), []).append(seg)
    out: dict[str, dict[str, str]] = {}
    for gi, code in enumerate(codes):
        out[code] = {}
        for _, letter in groups[gi]:
            desc = " ".join(text.get((gi, letter), [])).strip()
            if has_pua(desc):
                desc = decode(_fix_fractions(code, desc))
            out[code][letter] = desc
    return out


def parse_middle(directory: Path) -> dict[str, dict[str, str]]:
    """Read ``structured/achievement_levels/achievement_levels_middle_*.csv`` (A–E per standard)."""
    out: dict[str, dict[str, str]] = {}
    for path in sorted(directory.glob("achievement_levels_middle_*.csv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                code = row["성취기준"].strip("[] ")
                out.setdefault(code, {})[row["수준"].strip()] = row["성취수준"].strip()
    return out
