"""Render mathematics the three ways real problems write it.

Real materials mix ``$\\frac{3}{4}$`` (LaTeX), ``x², √2, ≤`` (Unicode) and ``x^2, 3/4`` (plain
ASCII). Generators pick a :data:`Style` per problem with :func:`pick_style` and render every
expression through :func:`math`, so the classifier never learns one notation per standard.
"""

from __future__ import annotations

import random
import re
from typing import Literal

import sympy

Style = Literal["latex", "unicode", "plain"]
STYLES: tuple[Style, ...] = ("latex", "unicode", "plain")

_SUP = str.maketrans("0123456789-+()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺⁽⁾ⁿ")


# Middle/high-school banks write about half their formulas in LaTeX. Many problems have text
# with no formula and many families fix their notation, so the families that do vary lean to
# LaTeX for the corpus as a whole to reach that share. Elementary materials use less of it.
SECONDARY_WEIGHTS = (0.6, 0.25, 0.15)
ELEMENTARY_WEIGHTS = (0.45, 0.35, 0.2)


def pick_style(rng: random.Random, weights: tuple[float, float, float] = SECONDARY_WEIGHTS) -> Style:
    """Choose a notation (latex, unicode, plain) with ``weights``."""
    return rng.choices(STYLES, weights=weights)[0]


def _unicode_from_sympy_str(s: str) -> str:
    s = re.sub(r"sqrt\(([^()]+)\)", lambda m: "√" + (m.group(1) if re.fullmatch(r"\w+", m.group(1)) else f"({m.group(1)})"), s)
    s = re.sub(r"\*\*\(?(-?\w+)\)?", lambda m: m.group(1).translate(_SUP), s)
    s = re.sub(r"(\d)\*([a-zA-Z(√])", r"\1\2", s)
    s = s.replace("*", "×").replace("pi", "π").replace("<=", "≤").replace(">=", "≥")
    s = s.replace(" - ", " − ").replace("-", "−")
    return s


def _plain_from_sympy_str(s: str) -> str:
    s = s.replace("**", "^")
    s = re.sub(r"(\d)\*([a-zA-Z(])", r"\1\2", s)
    return s.replace("*", "×")


def math(expr: sympy.Basic | str | int, style: Style) -> str:
    """Render a sympy expression (or a string sympy can parse) in ``style``.

    LaTeX comes back wrapped in ``$...$``; the other styles are bare text.
    """
    e = sympy.sympify(expr, evaluate=False) if isinstance(expr, str) else sympy.sympify(expr)
    if style == "latex":
        return f"${sympy.latex(e)}$"
    text = sympy.sstr(e)
    return _unicode_from_sympy_str(text) if style == "unicode" else _plain_from_sympy_str(text)


def frac(num: int, den: int, style: Style, *, korean: bool = False) -> str:
    """A fraction as ``$\\frac{n}{d}$``, ``n/d`` or, with ``korean``, ``d분의 n``."""
    if korean:
        return f"{den}분의 {num}"
    if style == "latex":
        return f"$\\frac{{{num}}}{{{den}}}$"
    return f"{num}/{den}"


def mixed(whole: int, num: int, den: int, style: Style) -> str:
    """A mixed number such as 2와 3/4."""
    if style == "latex":
        return f"${whole}\\frac{{{num}}}{{{den}}}$"
    from mathtag.corpus.korean import josa

    return f"{josa(str(whole), '과/와')} {num}/{den}"


def op(symbol: str, style: Style) -> str:
    """An operator: × ÷ ≤ ≥ ≠ in the chosen style."""
    table = {
        "×": {"latex": "\\times", "unicode": "×", "plain": "×"},
        "÷": {"latex": "\\div", "unicode": "÷", "plain": "÷"},
        "≤": {"latex": "\\le", "unicode": "≤", "plain": "<="},
        "≥": {"latex": "\\ge", "unicode": "≥", "plain": ">="},
        "≠": {"latex": "\\ne", "unicode": "≠", "plain": "!="},
    }
    return table[symbol][style]


def num(n: int | float, *, comma: bool = True) -> str:
    """A number as Korean materials print it (thousands separated by commas)."""
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    return f"{n:,}" if comma and isinstance(n, int) else str(n)
