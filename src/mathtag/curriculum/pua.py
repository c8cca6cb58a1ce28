"""Decode the notice's equation-font glyphs (Unicode private-use characters) into text.

The PDF set formulas in a font whose glyphs were extracted as U+E000–U+F8FF. The mapping is
systematic (capital letters from U+E000, digits 1–9 from U+E034 with 0 at U+E03D, operators
from U+E03E, lower-case letters from U+E0E5); the rest was read from context in
``shared/curriculum/pua-contexts.txt`` (e.g. U+E067 stands before k in "∑ a_k", U+E088 before x
and y in the 미적분Ⅰ terms, so Δ). Glyphs that are pieces of a drawn stroke (fraction bars, the
shaft of a vector arrow, the vinculum of a root) carry no text of their own and decode to "".
Formulas whose layout was split over several lines are restored whole elsewhere
(``build.STATEMENT_FORMULAS`` and ``build.TERM_OVERRIDES``).
"""

from __future__ import annotations

import re

PUA_RE = re.compile("[\ue000-\uf8ff]")

_MAP: dict[int, str] = {}
_MAP.update({0xE000 + i: chr(ord("A") + i) for i in range(26)})  # A–Z
_MAP.update({0xE034 + i: str(i + 1) for i in range(9)})  # 1–9
_MAP[0xE03D] = "0"
_MAP.update({0xE0E5 + i: chr(ord("a") + i) for i in range(26)})  # a–z
_MAP.update({
    0xE03E: "!",
    0xE044: "(", 0xE045: ")", 0xE046: "−", 0xE047: "=", 0xE048: "+",
    0xE049: "[", 0xE04A: "]", 0xE04B: "{", 0xE04C: "}", 0xE04D: "|",
    0xE04F: ":", 0xE052: ",", 0xE053: ".",
    0xE054: "/",  # drawn twice: "//" (parallel)
    0xE055: "<", 0xE056: ">",
    0xE05B: "∫", 0xE05C: "√",
    0xE05F: "\u0307",  # dot over a repeating digit; placed after the digit by decode()
    0xE063: "p̂", 0xE065: "∽", 0xE067: "∑",
    0xE06C: "", 0xE06D: "", 0xE06E: "",  # pieces of bars, arcs and arrows
    0xE088: "Δ", 0xE0AC: "", 0xE0AE: "σ", 0xE0C8: "°",
    0xE101: "|",
})


def decode(text: str) -> str:
    """Replace every private-use glyph by its text and tighten the spacing pdftotext left.

    Raises ``KeyError`` for a glyph the table does not know, so a new one is never silently lost.
    """

    def one(m: re.Match[str]) -> str:
        cp = ord(m.group(0))
        if cp not in _MAP:
            raise KeyError(f"unknown private-use glyph U+{cp:04X}")
        return _MAP[cp]

    # Repeating-decimal dots stand before their digit: move them after it (combining form).
    text = re.sub("\ue05f([\ue034-\ue03d])", "\\1\u0307", text)
    out = PUA_RE.sub(one, text)
    return out


def has_pua(text: str) -> bool:
    return PUA_RE.search(text) is not None
