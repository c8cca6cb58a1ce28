"""Achievement-standard codes: their shape, the subject each prefix names, and normalization.

A code is ``<grade><subject abbreviation>[<course number>-]<domain>-<number>``:
``2수01-05``, ``9수02-05``, ``10공수1-01-01``, ``12대수01-01``, ``12미적Ⅰ-01-01`` (U+2160).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# One regex for the canonical form; normalization maps everything users type onto it.
CODE_RE = re.compile(r"(\d{1,2})([가-힣]+)((?:[12ⅠⅡ])-)?(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Prefix:
    """What a code prefix tells: subject, school level and grade band (or course level)."""

    prefix: str
    subject: str
    school_level: str
    grade_band: str
    short: str  # the subject's common short name (as users type it in scopes)


PREFIXES: tuple[Prefix, ...] = (
    Prefix("2수", "수학", "초등학교", "1-2", "초등 1-2"),
    Prefix("4수", "수학", "초등학교", "3-4", "초등 3-4"),
    Prefix("6수", "수학", "초등학교", "5-6", "초등 5-6"),
    Prefix("9수", "수학", "중학교", "7-9", "중학교 수학"),
    Prefix("10공수1", "공통수학1", "고등학교", "공통", "공통수학1"),
    Prefix("10공수2", "공통수학2", "고등학교", "공통", "공통수학2"),
    Prefix("10기수1", "기본수학1", "고등학교", "공통", "기본수학1"),
    Prefix("10기수2", "기본수학2", "고등학교", "공통", "기본수학2"),
    Prefix("12대수", "대수", "고등학교", "일반 선택", "대수"),
    Prefix("12미적Ⅰ", "미적분Ⅰ", "고등학교", "일반 선택", "미적분Ⅰ"),
    Prefix("12확통", "확률과 통계", "고등학교", "일반 선택", "확통"),
    Prefix("12미적Ⅱ", "미적분Ⅱ", "고등학교", "진로 선택", "미적분Ⅱ"),
    Prefix("12기하", "기하", "고등학교", "진로 선택", "기하"),
    Prefix("12경수", "경제 수학", "고등학교", "진로 선택", "경제수학"),
    Prefix("12인수", "인공지능 수학", "고등학교", "진로 선택", "인공지능수학"),
    Prefix("12직수", "직무 수학", "고등학교", "진로 선택", "직무수학"),
    Prefix("12수문", "수학과 문화", "고등학교", "융합 선택", "수학과문화"),
    Prefix("12실통", "실용 통계", "고등학교", "융합 선택", "실용통계"),
    Prefix("12수과", "수학과제 탐구", "고등학교", "융합 선택", "수학과제탐구"),
)
PREFIX_BY_NAME: dict[str, Prefix] = {p.prefix: p for p in PREFIXES}


def prefix_of(code: str) -> Prefix:
    """The :class:`Prefix` of a canonical code (``12미적Ⅰ-01-01`` → 미적분Ⅰ)."""
    m = CODE_RE.fullmatch(code)
    if not m:
        raise ValueError(f"not a standard code: {code!r}")
    grade, abbr, course = m.group(1), m.group(2), (m.group(3) or "").rstrip("-")
    for candidate in (f"{grade}{abbr}{course}", f"{grade}{abbr}"):
        if candidate in PREFIX_BY_NAME:
            return PREFIX_BY_NAME[candidate]
    raise ValueError(f"unknown subject prefix in code {code!r}")


_ROMAN = {"Ⅰ": "Ⅰ", "Ⅱ": "Ⅱ", "ⅰ": "Ⅰ", "ⅱ": "Ⅱ"}


def normalize_roman(text: str) -> str:
    """Latin ``I``/``II`` (and full-width or lower-case forms) after 미적 become Ⅰ/Ⅱ."""
    text = re.sub(r"(미적분?)\s*(II|ll|Ⅱ|ⅱ|2)(?![0-9])", r"\1Ⅱ", text)
    text = re.sub(r"(미적분?)\s*(I|l|Ⅰ|ⅰ|1)(?![0-9I])", r"\1Ⅰ", text)
    return text


def clean_code_text(raw: str) -> str:
    """Best-effort canonical spelling of what a user typed as a code; may still be unknown.

    Handles brackets (``[]``, full-width ``［］``, ``【】``), inner spaces, full-width digits and
    hyphens, and Latin ``I``/``II`` for Ⅰ/Ⅱ.
    """
    s = unicodedata.normalize("NFKC", raw)
    # NFKC turns Ⅰ into "I"; normalize_roman below restores it.
    s = s.strip().strip("[]【】〔〕()<>").strip()
    s = re.sub(r"[‐‑‒–—―−ー]", "-", s)
    s = re.sub(r"\s+", "", s)
    s = normalize_roman(s)
    # 미적Ⅰ01-01 (hyphen forgotten after the numeral) → 미적Ⅰ-01-01
    s = re.sub(r"(미적[ⅠⅡ]|공수[12]|기수[12])(\d{2}-\d{2})$", r"\1-\2", s)
    return s
