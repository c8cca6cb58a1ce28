"""Text normalization shared by every backend: one form for the many ways problems are written.

Real problems mix LaTeX (``$\\frac{3}{4}$``, ``x^{2}``), Unicode (``x²``, ``√2``, ``≤``) and plain
ASCII (``x^2``, ``3/4``, ``<=``), circled choice markers, full-width characters and numbers of
every size. The classifier should learn the mathematics, not the notation or the particular
numbers, so all of these are mapped to one form:

- NFKC (full-width → ASCII, ① stays ①), then LaTeX commands → Unicode symbols;
- superscripts and ``^{..}`` → ``^``; ``\\frac{a}{b}`` → ``a/b``; ``\\sqrt{x}`` → ``√x``;
- choice markers ①–⑤ → a single token ``§`` (their count matters, not their order);
- numbers of two or more digits → a shape token (``00``, ``000``, ``0.0`` for decimals): magnitude
  hints the grade band, exact values do not generalize; single digits stay (x^2 vs x^3 matters);
- no spaces around operators or between a formula and the particle after it.
"""

from __future__ import annotations

import re
import unicodedata

_LATEX_SYMBOLS = {
    r"\times": "×", r"\div": "÷", r"\cdot": "·", r"\le": "≤", r"\leq": "≤", r"\ge": "≥", r"\geq": "≥",
    r"\ne": "≠", r"\neq": "≠", r"\pm": "±", r"\infty": "∞", r"\pi": "π", r"\theta": "θ",
    r"\alpha": "α", r"\beta": "β", r"\sigma": "σ", r"\mu": "μ", r"\sum": "∑", r"\int": "∫",
    r"\lim": "lim", r"\to": "→", r"\rightarrow": "→", r"\angle": "∠", r"\triangle": "△",
    r"\circ": "°", r"\degree": "°", r"\perp": "⊥", r"\parallel": "∥", r"\in": "∈", r"\notin": "∉",
    r"\subset": "⊂", r"\cup": "∪", r"\cap": "∩", r"\emptyset": "∅", r"\varnothing": "∅",
    r"\sin": "sin", r"\cos": "cos", r"\tan": "tan", r"\log": "log", r"\ln": "ln",
    r"\equiv": "≡", r"\sim": "∽", r"\square": "□", r"\Box": "□", r"\cdots": "…", r"\ldots": "…",
    r"\overline": "‾", r"\vec": "→", r"\overrightarrow": "→", r"\Rightarrow": "⇒",
    r"\Leftrightarrow": "⇔", r"\lbrace": "{", r"\rbrace": "}",
}
_LATEX_RE = re.compile(r"\\(?:" + "|".join(sorted((k[1:] for k in _LATEX_SYMBOLS), key=len, reverse=True)) + r")(?![a-zA-Z])")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹ⁿ⁺⁻", "0123456789n+-")
_CIRCLED = re.compile("[①②③④⑤⑥⑦⑧⑨⑩]")
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _number_shape(m: re.Match[str]) -> str:
    s = m.group(0).replace(",", "")
    if "." in s:
        return "0.0"
    return s if len(s) == 1 else "00" if len(s) == 2 else "000"


def normalize(text: str) -> str:
    """The canonical form the classifiers see (see module docstring)."""
    t = _CIRCLED.sub(" § ", text)
    t = unicodedata.normalize("NFKC", t)
    # superscript digits become ^digits before NFKC would have turned them into plain digits
    t = _LATEX_RE.sub(lambda m: _LATEX_SYMBOLS[m.group(0)], t)
    t = re.sub(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}", r"(\1)/(\2)", t)
    t = re.sub(r"\\sqrt\s*\{([^{}]*)\}", r"√(\1)", t)
    t = re.sub(r"\\(?:left|right|displaystyle|mathrm|text|quad|qquad|,|;|!)", " ", t)
    t = re.sub(r"\^\s*\{([^{}]*)\}", r"^\1", t)
    t = re.sub(r"_\s*\{([^{}]*)\}", r"_\1", t)
    t = t.replace("$", " ").replace("\\", " ")
    t = t.replace("{", "(").replace("}", ")")
    t = t.replace("<=", "≤").replace(">=", "≥").replace("!=", "≠").replace("*", "×")
    t = t.replace("−", "-").replace("–", "-").replace("∼", "~")
    t = _NUMBER.sub(_number_shape, t)
    t = re.sub(r"\s*([-+=×÷≤≥<>/^()·,])\s*", r"\1", t)
    t = re.sub(r"(?<=[0-9a-z)])\s+(?=[가-힣])", "", t)
    t = re.sub(r"\s+", " ", t).strip().lower()
    return t


def prepare(text: str) -> str:
    """Superscripts to ``^`` form first (NFKC would flatten x² to x2), then :func:`normalize`."""
    t = re.sub(r"([⁰¹²³⁴⁵⁶⁷⁸⁹ⁿ⁺⁻]+)", lambda m: "^" + m.group(1).translate(_SUPERSCRIPTS), text)
    return normalize(t)
