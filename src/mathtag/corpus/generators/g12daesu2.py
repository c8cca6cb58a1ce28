"""Generators for 대수 (고등학교 일반 선택), domains 02 삼각함수 and 03 수열: 12대수02-01 … 12대수03-07.

12대수01 (지수함수와 로그함수) is in ``g12daesu1.py``.

Private helpers (module-local, prefixed ``_``):

* ``_r(tex, st)`` renders a LaTeX-lite formula in style ``st``: LaTeX wrapped in ``$…$``, Unicode
  (``sin(π/3)``, ``aₙ``, ``2ⁿ⁻¹``, ``∑ₖ₌₁ⁿ``, ``√3/2``, ``150°``) or plain ASCII-ish (``a_n``, ``2^(n-1)``).
* ``_jr(tex, st, pair)`` the same plus the particle fitting how the formula is read at its end
  (``a_{n}`` → 엔, ``x^{2}`` → 제곱, ``150^{\\circ}`` → 도, ``\\frac{5\\pi}{6}`` → 오).
* ``_tx(v)`` a sympy number (rational, π-multiple, surd) as LaTeX-lite; ``_ans(v)`` as plain answer
  text (``5π/6``, ``-√3/2``); ``_P(s)`` parses such answer text back into sympy for ``check``.
* ``bogi(rng, stmts)`` a <보기> (ㄱ, ㄴ, ㄷ) block and the ①~⑤ choice of the true subset.
* ``exam_points(rng, d)`` an optional 수능-style score marker ``[2점]``/``[3점]``/``[4점]``.
"""

from __future__ import annotations

import random
import re

import sympy as sp
from sympy.parsing.sympy_parser import (
    convert_xor,
    implicit_multiplication_application,
    parse_expr,
    standard_transformations,
)

from mathtag.corpus.generators.base import Problem, family, secondary_level
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import bogi, bogi_question, choices, exam_points, with_choices
from mathtag.corpus.notation import pick_style

R = sp.Rational
PI = sp.pi
_n = sp.Symbol("n")
_k = sp.Symbol("k")
_x = sp.Symbol("x")

# -- notation ------------------------------------------------------------------------------------
_SUPMAP = dict(zip("0123456789-+n()km", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ⁿ⁽⁾ᵏᵐ", strict=True))
_SUBMAP = dict(zip("0123456789+-=knm()", "₀₁₂₃₄₅₆₇₈₉₊₋₌ₖₙₘ₍₎", strict=True))
_IN = r"([^{}]*)"
_TRANS = (*standard_transformations, implicit_multiplication_application, convert_xor)


def _atomic(s: str) -> bool:
    return bool(re.fullmatch(r"[-−]?[\w.√π°θαβ]+|\([^()]*\)", s)) and not re.fullmatch(r"[-−]?\d+π?\w*/", s)


def _wrap(s: str) -> str:
    return s if _atomic(s) else f"({s})"


def _sup(e: str, st: str) -> str:
    if e == "\\circ":
        return "°"
    if st == "unicode" and all(c in _SUPMAP for c in e):
        return "".join(_SUPMAP[c] for c in e)
    return "^" + (e if re.fullmatch(r"\d+|[A-Za-z]", e) else f"({e})")


def _sub(e: str, st: str) -> str:
    if st == "unicode" and all(c in _SUBMAP for c in e):
        return "".join(_SUBMAP[c] for c in e)
    return "_" + (e if re.fullmatch(r"\d+|[A-Za-z]", e) else f"({e})")


def _sum(lo: str, hi: str, st: str) -> str:
    if st == "unicode" and all(c in _SUBMAP for c in lo) and all(c in _SUPMAP for c in hi):
        return "∑" + "".join(_SUBMAP[c] for c in lo) + "".join(_SUPMAP[c] for c in hi) + " "
    return ("∑" if st == "unicode" else "Σ") + f"_({lo})^({hi}) "


def _r(tex: str, st: str) -> str:
    """Render LaTeX-lite ``tex`` in style ``st`` (see module docstring)."""
    if st == "latex":
        return f"${tex}$"
    s = tex.replace("\\dfrac", "\\frac").replace("\\left", "").replace("\\right", "")
    s = re.sub(r"(?<=[A-Za-z])\\(sin|cos|tan)", r" \\\1", s)
    s = s.replace("\\{", "⦃").replace("\\}", "⦄").replace("\\,", "").replace("\\circ", "°")
    s = re.sub(r"\\overline\{([^{}]*)\}", r"\1", s)
    s = re.sub(r"\\sum_\{([^{}]*)\}\^\{([^{}]*)\}\s*", lambda m: _sum(m.group(1), m.group(2), st), s)
    rep = {"\\sin": "sin", "\\cos": "cos", "\\tan": "tan", "\\pi": "π", "\\theta": "θ", "\\alpha": "α",
           "\\beta": "β", "\\times": "×", "\\div": "÷", "\\cdots": "…", "\\cdot": "·", "\\triangle": "△",
           "\\angle": "∠", "\\quad": "  ", "\\log": "log", "\\lt": "<", "\\gt": ">"}
    if st == "plain":
        rep.update({"\\leq": "<=", "\\geq": ">=", "\\le": "<=", "\\ge": ">=", "\\ne": "!="})
    else:
        rep.update({"\\leq": "≤", "\\geq": "≥", "\\le": "≤", "\\ge": "≥", "\\ne": "≠"})
    for key in sorted(rep, key=len, reverse=True):
        s = s.replace(key, rep[key])
    s = re.sub(r"(sin|cos|tan)((?:\^\{\d\})?)\s*(\\frac\{[^{}]*\}\{[^{}]*\}(?:π)?)", r"\1\2(\3)", s)
    for _ in range(10):
        old = s
        s = re.sub(r"\\frac\{" + _IN + r"\}\{" + _IN + r"\}", lambda m: f"{_wrap(m.group(1))}/{_wrap(m.group(2))}", s)
        s = re.sub(r"\\sqrt\{" + _IN + r"\}", lambda m: "√" + _wrap(m.group(1)), s)
        s = re.sub(r"\^\{°\}", "°", s)
        s = re.sub(r"\^\{" + _IN + r"\}", lambda m: _sup(m.group(1), st), s)
        s = re.sub(r"_\{" + _IN + r"\}", lambda m: _sub(m.group(1), st), s)
        if s == old:
            break
    s = re.sub(r"\^(\w)", lambda m: _sup(m.group(1), st), s)
    s = re.sub(r"(?<=[a-zA-Z])_(\w)", lambda m: _sub(m.group(1), st), s)
    s = s.replace("{", "").replace("}", "").replace("⦃", "{").replace("⦄", "}")
    if st == "unicode":
        s = s.replace("-", "−")
    return s


_GREEK_TAIL = {"\\pi": "이", "\\theta": "타", "\\alpha": "파", "\\beta": "타", "\\cdots": "점", "\\circ": "도"}


def _tail(tex: str) -> str:
    """A Korean/latin/digit proxy for how ``tex`` is read at its end (for the particle)."""
    s = tex.strip().strip("$").strip().replace("\\right", "")
    s = re.sub(r"\\(?:quad|,)$", "", s).rstrip()
    if not s:
        return "가"
    for g, proxy in _GREEK_TAIL.items():
        if s.endswith(g):
            return proxy
    if s.endswith("}"):
        depth, i = 0, len(s) - 1
        while i >= 0:
            depth += {"}": 1, "{": -1}.get(s[i], 0)
            if depth == 0:
                break
            i -= 1
        inner, before = s[i + 1:-1], s[:i]
        if inner == "\\circ":
            return "도"
        if before.endswith("^"):
            return "곱"
        if before.endswith("}"):  # \frac{num}{den}: read 'den 분의 num'
            j, depth = len(before) - 1, 0
            while j >= 0:
                depth += {"}": 1, "{": -1}.get(before[j], 0)
                if depth == 0:
                    break
                j -= 1
            if before[:j].endswith("\\frac") or before[:j].endswith("\\dfrac"):
                return _tail(before[j + 1:-1])
        return _tail(inner)
    if s.endswith(")"):
        return _tail(s[:-1].rsplit("(", 1)[-1])
    if re.search(r"\^\w$", s):
        return "곱"
    if s[-1] in "°":
        return "도"
    if s[-1] in "πθ":
        return "이"
    return s[-1]


def _jr(tex: str, st: str, pair: str) -> str:
    proxy = _tail(tex)
    return _r(tex, st) + josa(proxy, pair)[len(proxy):]


def _tx(v) -> str:
    """A sympy number (rational, rational×π, a±b√c over d …) as LaTeX-lite."""
    v = sp.sympify(v)
    if isinstance(v, float) or v.is_Float:
        v = sp.nsimplify(v)
    if v.is_Rational:
        if v.q == 1:
            return str(v.p)
        return f"{'-' if v < 0 else ''}\\frac{{{abs(v.p)}}}{{{v.q}}}"
    c = v / PI
    if c.is_Rational:
        sg = "-" if c < 0 else ""
        c = abs(c)
        top = ("" if c.p == 1 else str(c.p)) + "\\pi"
        return sg + (top if c.q == 1 else f"\\frac{{{top}}}{{{c.q}}}")
    num, den = sp.fraction(sp.together(v))
    sg = ""
    if num.could_extract_minus_sign():
        sg, num = "-", -num
    top = sp.latex(num).replace("\\sqrt{", "\\sqrt{")
    return sg + (top if den == 1 else f"\\frac{{{top}}}{{{sp.latex(den)}}}")


def _ans(v) -> str:
    """Plain answer text: 5π/6, -√3/2, 3√6, 1/2."""
    v = sp.sympify(v)
    s = sp.sstr(v)
    s = re.sub(r"sqrt\((\d+)\)", r"√\1", s)
    s = s.replace("pi", "π").replace("**", "^").replace("*", "")
    return s


def _P(s: str):
    t = str(s).replace("−", "-").replace("π", " pi ").replace("×", "*").replace("$", "")
    t = re.sub(r"√\(", "sqrt(", t)
    t = re.sub(r"√(\d+)", r"sqrt(\1)", t)
    return parse_expr(t, transformations=_TRANS, local_dict={"pi": sp.pi, "n": _n, "k": _k, "x": _x})


def _same(s: str, v) -> bool:
    e, v = _P(s), sp.sympify(v)
    if not e.free_symbols and not v.free_symbols:
        return abs(complex(sp.N(e - v, 20))) < 1e-12
    return sp.expand(e - v) == 0 or sp.simplify(e - v) == 0


def _dec(v) -> str:
    """A rational as a terminating decimal when it is one (12.8), else as a fraction (2/3)."""
    v = sp.Rational(v)
    q = v.q
    while q % 2 == 0:
        q //= 2
    while q % 5 == 0:
        q //= 5
    if q != 1:
        return _ans(v)
    from decimal import Decimal
    return format(Decimal(v.p) / Decimal(v.q), "f").rstrip("0").rstrip(".") if v.q != 1 else str(v.p)


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보시오."])
    if what == "값":
        return rng.choice(["값을 구하시오.", "값을 구하세요.", "값은?", "값을 구하여라.", "값을 계산하시오."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오.", "구하면?"])


def _three_true(rng: random.Random, pool_true: list[str], pool_false: list[str]) -> list[tuple[str, bool]]:
    """Three distinct statements, at least one true, in random order."""
    nt = rng.choice([1, 2, 2, 3])
    nt = min(nt, len(pool_true))
    st = [(t, True) for t in rng.sample(pool_true, nt)] + [(f, False) for f in rng.sample(pool_false, 3 - nt)]
    rng.shuffle(st)
    return st


def _deg(d: int, st: str) -> str:
    return _r(f"{d}^{{\\circ}}", st)


def _rad_tex(v, st: str = "plain", rng: random.Random | None = None) -> str:
    """A rational multiple of π as LaTeX-lite; in LaTeX sometimes \\frac{5}{6}\\pi instead of \\frac{5\\pi}{6}."""
    c = sp.Rational(v / PI)
    if st == "latex" and rng is not None and c.q != 1 and rng.random() < 0.35:
        return f"{'-' if c < 0 else ''}\\frac{{{abs(c.p)}}}{{{c.q}}}\\pi"
    return _tx(c * PI)


def _quad_of_deg(d: int) -> int:
    """1–4 for an angle (degrees) not on an axis."""
    r = d % 360
    return r // 90 + 1


_CIRC = "^{\\circ}"
_TH = "\\theta"
_QNAME = {1: "제1사분면", 2: "제2사분면", 3: "제3사분면", 4: "제4사분면"}


# ================================================================================================
# 12대수02-01 일반각과 호도법
# ================================================================================================
_T1 = "12대수02-01"
_NICE_DEG = [15, 18, 20, 30, 36, 40, 45, 60, 72, 75, 80, 90, 105, 108, 120, 135, 140, 144, 150, 160, 165, 180,
             210, 225, 240, 252, 270, 300, 315, 330, 360, 405, 420, 450, 510, 540, 600, 630, 720]


@family(_T1, "degree-to-radian")
def _a1_deg2rad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([1, 1, 2, 3])
    degs = rng.sample(_NICE_DEG, k)
    if rng.random() < 0.25:
        degs[0] = -degs[0]
    vals = [PI * d / 180 for d in degs]
    ans = ", ".join(_ans(v) for v in vals)
    lst = ", ".join(_deg(d, st) for d in degs)
    d0 = f"{degs[0]}" + _CIRC
    if k == 1:
        text = rng.choice([
            f"{_jr(d0, st, '을/를')} 호도법으로 나타내시오.",
            f"육십분법으로 나타낸 각 {_jr(d0, st, '을/를')} 라디안으로 나타내면?",
            f"다음 □ 안에 알맞은 값을 써넣으시오.\n{lst} = □ 라디안",
            f"각의 크기 {_jr(d0, st, '은/는')} 호도법으로 몇 라디안인지 {_end(rng)}",
        ])
    else:
        text = rng.choice([
            f"다음 각을 호도법으로 나타내시오.\n{lst}",
            f"육십분법으로 나타낸 다음 각들을 각각 라디안 단위로 바꾸어 {_end(rng, '쓰')}\n{lst}",
        ])
    fmt = "fill" if "□" in text else "computation"
    d = 1 if k == 1 and degs[0] > 0 else 2
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["호도법", "라디안", "육십분법"],
                   check=lambda: all(_same(s, sp.pi * dd / 180) for s, dd in zip(ans.split(", "), degs, strict=True)))


@family(_T1, "radian-to-degree")
def _a1_rad2deg(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([1, 1, 2, 3])
    degs = rng.sample([d for d in _NICE_DEG if d != 180], k)
    if rng.random() < 0.3:
        degs[-1] = -degs[-1]
    lst = ", ".join(_r(_rad_tex(PI * d / 180, st, rng), st) for d in degs)
    ans = ", ".join(f"{d}°" for d in degs)
    if k == 1:
        text = rng.choice([
            f"호도법으로 나타낸 각 {lst}를 육십분법으로 나타내시오.",
            f"{lst} 라디안은 몇 도인지 {_end(rng)}",
            f"다음 □ 안에 알맞은 수를 써넣으시오.\n{lst} = □°",
        ])
    else:
        text = rng.choice([
            f"다음 각을 육십분법으로 나타내시오.\n{lst}",
            f"라디안으로 주어진 다음 각을 각각 도(°) 단위로 바꾸어 {_end(rng, '쓰')}\n{lst}",
        ])
    if "□" in text and k == 1:
        ans = str(degs[0])
    fmt = "fill" if "□" in text else "computation"
    d = 1 if k == 1 else 2
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["호도법", "라디안", "육십분법"],
                   check=lambda: [int(t.strip().rstrip("°")) for t in ans.split(",")] == degs)


@family(_T1, "general-angle-form")
def _a1_general(rng: random.Random) -> Problem:
    st = pick_style(rng)
    alpha = rng.choice([d for d in range(10, 360, 5) if d % 90])
    nn = rng.choice([-3, -2, -1, 1, 2, 3, 4])
    ang = 360 * nn + alpha
    radian = rng.random() < 0.4 and alpha % 15 == 0
    if radian:
        at_tex = _rad_tex(PI * ang / 180, st, rng)
        form_tex = "2n\\pi + \\alpha"
        rng_note = _r("0 \\le \\alpha < 2\\pi", st)
        ans = f"2nπ + {_ans(PI * alpha / 180)}"
        alpha_ans = _ans(PI * alpha / 180)
    else:
        at_tex = f"{ang}^{{\\circ}}"
        form_tex = "360^{\\circ} \\times n + \\alpha^{\\circ}"
        rng_note = _r("0 \\le \\alpha < 360", st)
        ans = f"360°×n + {alpha}°"
        alpha_ans = str(alpha)
    at, form = _r(at_tex, st), _r(form_tex, st)
    q = _quad_of_deg(alpha)
    mode = rng.randrange(3)
    if mode == 0:
        text = rng.choice([
            f"{_jr(at_tex, st, '을/를')} 나타내는 동경의 일반각을 {_jr(form_tex, st, '과/와')} 같은 꼴로 나타내시오. (단, n은 정수, {rng_note})",
            f"시초선 OX와 크기가 {at}인 각을 이루는 동경 OP가 있다. 동경 OP가 나타내는 일반각을 {form} 꼴로 {_end(rng, '쓰')} (단, n은 정수, {rng_note})",
        ])
        ans = ans + " (n은 정수)"
        fmt, d = "computation", 2
        chk = lambda: (ang - alpha) % 360 == 0 and 0 <= alpha < 360  # noqa: E731
    elif mode == 1:
        text = rng.choice([
            f"크기가 {at}인 각을 나타내는 동경을 {form}(n은 정수)의 꼴로 나타낼 때, α의 값을 {_end(rng)} (단, {rng_note})",
            f"다음 □ 안에 알맞은 값을 써넣으시오.\n{at} = {form.replace('α', '□').replace(chr(92) + 'alpha', '□')} (n은 정수, {rng_note.replace('α', '□').replace(chr(92) + 'alpha', '□')})",
        ])
        ans = alpha_ans
        fmt, d = ("fill" if "□" in text else "computation"), 2
        chk = lambda: (ang - alpha) % 360 == 0  # noqa: E731
    else:
        text = rng.choice([
            f"{_jr(at_tex, st, '은/는')} 제몇 사분면의 각인지 {_end(rng)}",
            f"크기가 {at}인 각을 나타내는 동경은 몇 사분면에 있는가?",
            f"각 {at}의 동경이 속하는 사분면을 {_end(rng, '쓰')}",
        ])
        ans = _QNAME[q]
        fmt, d = "computation", 2
        chk = lambda: _quad_of_deg(ang) == q  # noqa: E731
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["일반각", "동경", "시초선"] + (["호도법"] if radian else []), check=chk)


@family(_T1, "same-terminal-side-mcq")
def _a1_same_side(rng: random.Random) -> Problem:
    st = pick_style(rng)
    base = rng.choice([d for d in range(15, 360, 15) if d % 90])
    radian = rng.random() < 0.45
    shift = rng.sample([-3, -2, -1, 1, 2, 3], 1)[0]
    correct_deg = base + 360 * shift
    wrong = set()
    for w in (base + 180 + 360 * rng.choice([-1, 0, 1]), -base, 180 - base, base + 360 * shift + 90,
              360 - base + 360 * rng.choice([-1, 1]), base + 180 * rng.choice([1, 3, -1]), base * 2):
        if (w - base) % 360 != 0:
            wrong.add(w)
    tex_a = (lambda v: _rad_tex(PI * v / 180)) if radian else (lambda v: f"{v}^{{\\circ}}")
    ch = choices(rng, _r(tex_a(correct_deg), st), [_r(tex_a(w), st) for w in wrong])
    bt = _r(tex_a(base), st)
    bj = _jr(tex_a(base), st, "과/와")
    d = 2 if not radian else 3
    stem = rng.choice([
        f"다음 중 {bj} 동경이 일치하는 각은?",
        f"크기가 {bt}인 각과 같은 위치에 동경이 있는 각을 고른 것은?{exam_points(rng, d)}",
        f"시초선이 같을 때, 다음 각 중에서 나타내는 동경이 {bj} 같은 것은?",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["일반각", "동경"] + (["호도법"] if radian else []), choice=ch,
                   check=lambda: (correct_deg - base) % 360 == 0 and all((w - base) % 360 for w in wrong))


@family(_T1, "sector-arc-area")
def _a1_sector(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice([2, 3, 4, 5, 6, 8, 9, 10, 12])
    th = PI * rng.choice([R(1, 6), R(1, 4), R(1, 3), R(1, 2), R(2, 3), R(3, 4), R(5, 6), R(5, 4), R(4, 3)])
    arc, area = r * th, r * r * th / 2
    tt = _r(_rad_tex(th, st, rng), st)
    ctx = rng.choice(["", "부채꼴 모양의 부채", "부채꼴 모양의 화단", "부채꼴 모양으로 자른 피자 한 조각", "부채꼴 모양의 색종이"])
    what = rng.choice(["arc", "area", "both"])
    unit = "cm" if "부채" in ctx or "피자" in ctx or "색종이" in ctx else ("m" if ctx else "")
    u2 = {"cm": " cm²", "m": " m²", "": ""}[unit]
    u1 = f" {unit}" if unit else ""
    head = (f"반지름의 길이가 {r}{u1}이고 중심각의 크기가 {tt}인 부채꼴" if not ctx else
            f"{ctx}{'이' if ctx[-1] in '단' else '가'} 있다. 이 {ctx.split()[-1] if ' ' in ctx else ctx}는 반지름의 길이가 {r}{u1}, 중심각의 크기가 {tt}인 부채꼴 모양이다. 이 부채꼴")
    if ctx:
        head = f"반지름의 길이가 {r}{u1}, 중심각의 크기가 {tt}인 {ctx}"
    if what == "arc":
        text = f"{head}의 호의 길이를 {_end(rng)}"
        ans, chk = _ans(arc) + u1, lambda: _same(_ans(arc), r * th)
    elif what == "area":
        text = f"{head}의 넓이를 {_end(rng)}"
        ans, chk = _ans(area) + u2, lambda: _same(_ans(area), sp.Rational(1, 2) * r**2 * th)
    else:
        text = f"{head}의 호의 길이를 l, 넓이를 S라 할 때, l과 S의 값을 각각 {_end(rng)}"
        ans = f"l = {_ans(arc)}{u1}, S = {_ans(area)}{u2}"
        chk = lambda: _same(_ans(arc), r * th) and _same(_ans(area), r * arc / 2)  # noqa: E731
    d = 2 if what != "both" else 3
    return Problem(text=text, answer=ans, format="word" if ctx else "computation", difficulty=d,
                   achievement_level=secondary_level(d), concepts=["호도법", "라디안", "부채꼴의 호의 길이", "부채꼴의 넓이"], check=chk)


@family(_T1, "sector-from-arc-and-area")
def _a1_sector_inverse(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice([2, 3, 4, 5, 6, 8, 10])
    th = rng.choice([R(1, 2), R(1, 3), R(2, 3), R(3, 2), 1, 2, R(5, 2), 3])  # radians, not π-multiples
    arc, area = r * th, sp.Rational(r * r) * th / 2
    mode = rng.randrange(3)
    if mode == 0:
        text = rng.choice([
            f"호의 길이가 {_r(_tx(arc), st)}, 넓이가 {_r(_tx(area), st)}인 부채꼴의 반지름의 길이와 중심각의 크기(라디안)를 각각 {_end(rng)}",
            f"어떤 부채꼴의 넓이는 {_r(_tx(area), st)}이고 호의 길이는 {_r(_tx(arc), st)}이다. 이 부채꼴의 반지름의 길이 r와 중심각의 크기 θ를 {_end(rng)}",
        ])
        ans = f"반지름 {r}, 중심각 {_ans(th)} 라디안"
        chk = lambda: sp.Rational(2) * area / arc == r and arc / r == th  # noqa: E731
        d = 3
    elif mode == 1:
        text = rng.choice([
            f"반지름의 길이가 {r}인 부채꼴의 호의 길이가 {_r(_tx(arc), st)}일 때, 이 부채꼴의 중심각의 크기는 몇 라디안인지 {_end(rng)}",
            f"다음 □ 안에 알맞은 수를 써넣으시오.\n반지름의 길이가 {r}, 호의 길이가 {_r(_tx(arc), st)}인 부채꼴의 중심각의 크기는 □ 라디안이다.",
        ])
        ans = _ans(th)
        chk = lambda: _same(ans, sp.Rational(arc) / r)  # noqa: E731
        d = 2
    else:
        per = 2 * r + arc
        text = rng.choice([
            f"둘레의 길이가 {_r(_tx(per), st)}이고 반지름의 길이가 {r}인 부채꼴의 넓이를 {_end(rng)}",
            f"철사 {_r(_tx(per), st)} m를 남김없이 구부려 반지름의 길이가 {r} m인 부채꼴 모양의 틀을 만들었다. 이 틀의 안쪽 넓이를 {_end(rng)} (단, 철사의 굵기는 무시한다.)",
        ])
        ans = _ans(area) + (" m²" if "철사" in text else "")
        chk = lambda: _same(_ans(area), sp.Rational(r) * (per - 2 * r) / 2)  # noqa: E731
        d = 3
    fmt = "fill" if "□" in text else ("word" if "철사" in text else "computation")
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["호도법", "라디안", "부채꼴의 넓이"], check=chk)


@family(_T1, "sector-max-area-perimeter")
def _a1_sector_max(rng: random.Random) -> Problem:
    L = rng.choice([8, 12, 16, 20, 24, 28, 32, 40])
    rbest = sp.Rational(L, 4)
    amax = sp.Rational(L * L, 16)
    thbest = 2
    ctx = rng.choice([
        f"길이가 {L} m인 끈으로 부채꼴 모양의 꽃밭의 둘레를 두르려고 한다.",
        f"둘레의 길이가 {L}인 부채꼴이 있다.",
        f"길이가 {L} cm인 철사를 모두 사용하여 부채꼴을 만들려고 한다.",
    ])
    ask = rng.choice(["넓이가 최대일 때의 반지름의 길이와 중심각의 크기(라디안)를 각각 구하시오.",
                      "이 부채꼴의 넓이의 최댓값과 그때의 중심각의 크기를 구하시오.",
                      "넓이가 최대가 되도록 할 때, 그 최댓값을 구하시오."])
    unit = " m²" if " m인 끈" in ctx else (" cm²" if "cm" in ctx else "")
    if "최댓값과 그때" in ask:
        ans = f"최댓값 {_ans(amax)}{unit}, 중심각 {thbest} 라디안"
    elif "최댓값을" in ask:
        ans = f"{_ans(amax)}{unit}"
    else:
        ans = f"반지름 {_ans(rbest)}, 중심각 {thbest} 라디안"
    r_ = sp.Symbol("r", positive=True)
    area = r_ * (L - 2 * r_) / 2

    def chk() -> bool:
        rr = sp.solve(sp.diff(area, r_), r_)[0]
        return rr == rbest and sp.simplify(area.subs(r_, rr) - amax) == 0 and (L - 2 * rr) / rr == thbest

    return Problem(text=f"{ctx} {ask}", answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["호도법", "라디안", "부채꼴의 넓이"], also=["10공수1-02-06"], check=chk)


@family(_T1, "terminal-side-relation")
def _a1_relation(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.choice([3, 4, 5, 6, 7, 8, 9])
    rel = rng.choice(["일치", "원점 대칭", "x축 대칭", "y축 대칭"])
    q = rng.choice([1, 2, 3, 4])
    lo, hi = (q - 1) * R(1, 2), q * R(1, 2)  # in units of π, open interval
    # candidates θ = cπ with rational c: (m-1)θ = 2nπ | (2n+1)π ; (m+1)θ = 2nπ (x) | (2n+1)π (y)
    mult = m - 1 if rel in ("일치", "원점 대칭") else m + 1
    odd = rel in ("원점 대칭", "y축 대칭")
    sols = []
    for j in range(0, 4 * mult + 2):
        c = R(2 * j + (1 if odd else 0), mult) if odd else R(2 * j, mult)
        if lo < c < hi:
            sols.append(c)
    if not sols:
        q = 2 if q != 2 else 3
        return _a1_relation(rng)
    qtext = f"{_r(_tx(lo * PI), st)} < θ < {_r(_tx(hi * PI), st)}" if st != "latex" else f"${_tx(lo * PI)} < \\theta < {_tx(hi * PI)}$"
    mt = _r(f"{m}\\theta", st)
    relt = {"일치": "일치한다", "원점 대칭": "원점에 대하여 대칭이다", "x축 대칭": "x축에 대하여 대칭이다",
            "y축 대칭": "y축에 대하여 대칭이다"}[rel]
    total = sum(sols)
    if len(sols) == 1 or rng.random() < 0.5:
        ask = "모든 θ의 값의 합을 구하시오." if len(sols) > 1 else "θ의 값을 구하시오."
        ans = _ans(total * PI)
        text = f"각 {_jr(_TH, st, '을/를')} 나타내는 동경과 각 {_jr(str(m) + _TH, st, '을/를')} 나타내는 동경이 {relt}. {qtext}일 때, {ask}"
        fmt = "computation"
    else:
        ask = "θ의 개수를 구하시오."
        ans = str(len(sols))
        text = f"{qtext}인 각 θ에 대하여 각 θ와 각 {mt}를 나타내는 두 동경이 {relt}. 이를 만족시키는 {ask}"
        fmt = "computation"
    d = 4

    def chk() -> bool:
        from fractions import Fraction
        M = 24 * mult
        fm = (m - 1) if rel in ("일치", "원점 대칭") else (m + 1)
        flo, fhi = Fraction(lo.p, lo.q), Fraction(hi.p, hi.q)
        found = [Fraction(j, M) for j in range(1, 4 * M) if flo < Fraction(j, M) < fhi and (fm * j) % (2 * M) == (M if odd else 0)]
        tot = sum(found, Fraction(0))
        return (ans == str(len(found))) if "개수" in ask else _same(ans, sp.Rational(tot.numerator, tot.denominator) * PI)

    return Problem(text=text + exam_points(rng, d), answer=ans, format=fmt, difficulty=d, achievement_level="B",
                   concepts=["일반각", "동경", "호도법"], check=chk)


@family(_T1, "clock-and-wheel-rotation")
def _a1_rotation(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        mins = rng.choice([5, 10, 15, 20, 25, 35, 40, 45, 50, 70, 80, 90, 100])
        ang = -PI * mins / 30
        hand = "분침"
        text = rng.choice([
            f"시계의 {hand}이 {mins}분 동안 회전한 각의 크기를 호도법으로 나타내시오. (단, 시곗바늘이 도는 방향은 음의 방향이다.)",
            f"{josa(name(rng), '은/는')} {mins}분 동안 공부를 하였다. 그동안 시계의 분침이 회전한 각을 라디안으로 {_end(rng)} (단, 시계 방향의 회전은 음의 방향으로 생각한다.)",
        ])
    elif kind == 1:
        turns = rng.choice([R(1, 4), R(1, 3), R(1, 2), R(3, 4), R(5, 4), R(3, 2), 2, R(5, 2), 3])
        ang = 2 * PI * turns
        tt = _tx(turns)
        text = rng.choice([
            f"관람차가 시계 반대 방향으로 {_r(tt, st)}바퀴 회전하였다. 관람차가 회전한 각의 크기를 호도법으로 {_end(rng)}",
            f"바퀴가 시계 반대 방향으로 {_r(tt, st)}바퀴 돌았을 때, 바퀴의 한 바큇살이 회전한 각의 크기는 몇 라디안인가?",
        ])
    else:
        hours = rng.choice([1, 2, 3, 4, 5, 8, 10])
        ang = -PI * hours / 6
        text = rng.choice([
            f"시계의 시침이 {hours}시간 동안 회전한 각의 크기를 호도법으로 {_end(rng)} (단, 시곗바늘이 도는 방향을 음의 방향으로 한다.)",
            f"오후 {rng.choice([1, 2, 3])}시부터 {hours}시간이 지나는 동안 시침이 회전한 각은 몇 라디안인가? (단, 시계 방향을 음의 방향으로 한다.)",
        ])
    ans = _ans(ang)
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["일반각", "호도법", "라디안"], check=lambda: _same(ans, ang))


# ================================================================================================
# 12대수02-02 삼각함수와 그 그래프
# ================================================================================================
_T2 = "12대수02-02"
_TRIPLES = [(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (6, 8, 10), (9, 12, 15), (1, 1, None), (1, 3, None), (2, 1, None)]
_FN = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan}
_FKO = {"sin": "사인", "cos": "코사인", "tan": "탄젠트"}
_SPECIAL = [R(j, 12) for j in range(0, 24) if j % 2 == 0 or j % 3 == 0]  # multiples of π/6 and π/4


def _fval(f: str, c) -> sp.Expr:
    """f(cπ) exactly (c rational)."""
    return _FN[f](PI * c)


def _ffloat(f: str, v: float) -> float:
    return {"sin": _msin, "cos": _mcos, "tan": _mtan}[f](v)


def _msin(v: float) -> float:
    import math
    return math.sin(v)


def _mcos(v: float) -> float:
    import math
    return math.cos(v)


def _mtan(v: float) -> float:
    import math
    return math.tan(v)


def _cf(c, first: bool, body: str) -> str:
    """Coefficient ``c`` (int) in front of ``body`` in LaTeX-lite (1 → '', -1 → '-')."""
    c = int(c)
    if first:
        return ("" if c == 1 else "-" if c == -1 else str(c)) + body
    return (" + " if c > 0 else " - ") + ("" if abs(c) == 1 else str(abs(c))) + body


def _const(c, first: bool = False) -> str:
    c = sp.Rational(c)
    if c == 0:
        return ""
    t = _tx(abs(c))
    return (("-" if c < 0 else "") + t) if first else ((" + " if c > 0 else " - ") + t)


@family(_T2, "point-on-terminal-side")
def _b2_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q, h = rng.choice(_TRIPLES)
    if rng.random() < 0.5:
        p, q = q, p
    sx, sy = rng.choice([(1, 1), (-1, 1), (-1, -1), (1, -1)])
    X, Y = sx * p, sy * q
    r = sp.sqrt(X * X + Y * Y) if h is None else h
    s, c, t = sp.Rational(Y) / r, sp.Rational(X) / r, sp.Rational(Y, X)
    s, c = sp.radsimp(s), sp.radsimp(c)
    pt = f"P({X}, {Y})"
    mode = rng.randrange(3)
    if mode == 0:
        ask = "sinθ, cosθ, tanθ의 값을 각각 구하시오."
        ans = f"sinθ = {_ans(s)}, cosθ = {_ans(c)}, tanθ = {_ans(t)}"
        val = None
    else:
        a1, b1 = rng.choice([(1, 1), (1, -1), (2, 1), (1, 2), (3, -1)])
        val = sp.radsimp(a1 * s + b1 * c) if mode == 1 else sp.radsimp(s * c + t)
        expr = (_cf(a1, True, "\\sin\\theta") + _cf(b1, False, "\\cos\\theta")) if mode == 1 else "\\sin\\theta\\cos\\theta + \\tan\\theta"
        ask = f"{_r(expr, st)}의 값을 {_end(rng)}"
        ans = _ans(val)
    text = rng.choice([
        f"좌표평면에서 원점 O와 점 {josa(pt, '을/를')} 지나는 동경 OP가 나타내는 각의 크기를 θ라 할 때, {ask}",
        f"각 θ를 나타내는 동경이 점 {josa(pt, '을/를')} 지날 때, {ask}",
        f"시초선을 x축의 양의 방향으로 잡을 때, 각 θ의 동경 위에 점 {josa(pt, '이/가')} 있다. {ask}",
    ])
    d = 2 if h is not None else 3

    def chk() -> bool:
        import math
        th = math.atan2(Y, X)
        if val is None:
            return all(abs(float(_P(part.split("=")[1])) - v) < 1e-9 for part, v in
                       zip(ans.split(", "), (math.sin(th), math.cos(th), math.tan(th)), strict=True))
        ev = (a1 * math.sin(th) + b1 * math.cos(th)) if mode == 1 else math.sin(th) * math.cos(th) + math.tan(th)
        return abs(float(_P(ans)) - ev) < 1e-9

    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["삼각함수", "동경", "sin x", "cos x", "tan x"], check=chk)


@family(_T2, "special-angle-expression")
def _b2_values(rng: random.Random) -> Problem:
    st = pick_style(rng)
    use_deg = rng.random() < 0.3
    k = rng.choice([2, 2, 3])
    terms, tex, total = [], "", sp.Integer(0)
    for i in range(k):
        f = rng.choice(["sin", "cos", "tan"])
        while True:
            c = rng.choice(_SPECIAL) + rng.choice([0, 0, 2, -2, 4]) * (1 if f != "tan" else rng.choice([0, 1]))
            if rng.random() < 0.25:
                c = -c
            if not (f == "tan" and (c * 2) % 2 == 1) and c % R(1, 2) != 0:
                break
        v = _fval(f, c)
        coef = rng.choice([1, 1, 1, 2, -1]) if i else 1
        arg = f"{int(c * 180)}" + _CIRC if use_deg else _rad_tex(c * PI)
        argt = arg if (use_deg and c >= 0) else f"\\left({arg}\\right)" if (c < 0 or use_deg) else arg
        body = f"\\{f}" + (argt if argt.startswith("\\left") or argt.startswith("\\frac") else " " + argt)
        tex += _cf(coef, i == 0, body)
        total += coef * v
        terms.append((f, c, coef))
    total = sp.expand(total)
    ans = _ans(total)
    text = rng.choice([
        f"{_r(tex, st)}의 {_end(rng, '값')}",
        f"다음 식의 값을 {_end(rng)}\n{_r(tex, st)}",
        f"다음을 계산하시오.\n{_r(tex, st)}",
    ])
    d = 2 if k == 2 else 3

    def chk() -> bool:
        import math
        ev = sum(coef * _ffloat(f, math.pi * float(c)) for f, c, coef in terms)
        return abs(float(_P(ans)) - ev) < 1e-9

    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["삼각함수", "sin x", "cos x", "tan x"] + (["호도법"] if not use_deg else []), check=chk)


@family(_T2, "one-ratio-to-others")
def _b2_one_to_others(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q, h = rng.choice([tr for tr in _TRIPLES if tr[2] is not None])
    quad = rng.choice([1, 2, 3, 4])
    sx, sy = {1: (1, 1), 2: (-1, 1), 3: (-1, -1), 4: (1, -1)}[quad]
    X, Y = sx * p, sy * q
    s, c, t = R(Y, h), R(X, h), R(Y, X)
    given = rng.choice(["sin", "cos", "tan"])
    gv = {"sin": s, "cos": c, "tan": t}[given]
    lo, hi = (quad - 1) * R(1, 2), quad * R(1, 2)
    rng_tex = (_tx(lo * PI) if lo else "0") + " < \\theta < " + _tx(hi * PI)
    gtex = f"\\{given}\\theta = " + _tx(gv)
    others = [f for f in ("sin", "cos", "tan") if f != given]
    mode = rng.randrange(3)
    if mode == 0:
        ask = f"{others[0]}θ, {others[1]}θ의 값을 각각 {_end(rng)}"
        vals = {"sin": s, "cos": c, "tan": t}
        ans = ", ".join(f"{f}θ = {_ans(vals[f])}" for f in others)
    elif mode == 1:
        val = s + c
        ask = f"{_r(chr(92) + 'sin' + chr(92) + 'theta + ' + chr(92) + 'cos' + chr(92) + 'theta', st)}의 {_end(rng, '값')}"
        ans = _ans(val)
    else:
        val = t * c + 1 / t
        ask = f"{_r(chr(92) + 'tan' + chr(92) + 'theta' + chr(92) + 'cos' + chr(92) + 'theta + ' + chr(92) + 'frac{1}{' + chr(92) + 'tan' + chr(92) + 'theta}', st)}의 {_end(rng, '값')}"
        ans = _ans(val)
    text = rng.choice([
        f"{_r(rng_tex, st)}인 θ에 대하여 {_r(gtex, st)}일 때, {ask}",
        f"θ가 {_QNAME[quad]}의 각이고 {_r(gtex, st)}일 때, {ask}",
    ])
    d = 3

    def chk() -> bool:
        import math
        th = math.atan2(Y, X)
        sv, cv, tv = math.sin(th), math.cos(th), math.tan(th)
        if mode == 0:
            m = {"sin": sv, "cos": cv, "tan": tv}
            return all(abs(float(_P(part.split("=")[1])) - m[f]) < 1e-9 for part, f in zip(ans.split(", "), others, strict=True))
        ev = sv + cv if mode == 1 else tv * cv + 1 / tv
        return abs(float(_P(ans)) - ev) < 1e-9

    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["삼각함수", "sin x", "cos x", "tan x"], check=chk)


@family(_T2, "sin-plus-cos-given")
def _b2_sum_given(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sign = rng.choice([1, -1])
    kv = rng.choice([R(1, 2), R(1, 3), R(2, 3), R(1, 5), R(3, 4), R(1, 4), R(4, 5)])
    k = sign * kv if rng.random() < 0.3 else kv
    minus = rng.random() < 0.35
    prod = (1 - k * k) / 2 if minus else (k * k - 1) / 2
    op_ = "-" if minus else "+"
    given = "\\sin\\theta " + op_ + " \\cos\\theta = " + _tx(k)
    kind = rng.choice(["prod", "cube", "tan", "prod"])
    if kind == "prod":
        q, val = "\\sin\\theta\\cos\\theta", prod
    elif kind == "cube":
        q = "\\sin^{3}\\theta " + op_ + " \\cos^{3}\\theta"
        val = k * (1 - prod) if not minus else k * (1 + prod)
    else:
        q = "\\frac{1}{\\sin\\theta} " + op_ + " \\frac{1}{\\cos\\theta}"
        val = (k / prod) if not minus else (-k / prod)
    ans = _ans(val)
    d = 3 if kind == "prod" else 4
    stem = f"{_r(given, st)}일 때, {_r(q, st)}의 {_end(rng, '값')}"
    if rng.random() < 0.4:
        wrong = [_ans(w) for w in (-val, val * 2, (1 - k * k) / 2 if not minus else (k * k - 1) / 2, k * k, val + 1, val - 1, 1 - k)]
        ch = choices(rng, ans, wrong)
        return Problem(text=with_choices(f"{_r(given, st)}일 때, {_r(q, st)}의 값은?{exam_points(rng, d)}", ch),
                       answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d), choice=ch,
                       concepts=["삼각함수", "sin x", "cos x"], check=lambda: _chk_sumgiven(k, minus, kind, val))
    return Problem(text=stem, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["삼각함수", "sin x", "cos x"], check=lambda: _chk_sumgiven(k, minus, kind, _P(ans)))


def _chk_sumgiven(k, minus: bool, kind: str, val) -> bool:
    """Solve s ± c = k, s² + c² = 1 numerically (quadratic in s) and evaluate the asked expression."""
    import math
    kf = float(k)
    sg = -1.0 if minus else 1.0
    # c = sg·(k − s) ⇒ s² + (k − s)² = 1 ⇒ 2s² − 2ks + k² − 1 = 0
    disc = 4 * kf * kf - 8 * (kf * kf - 1)
    if disc < 0:
        return False
    ok = True
    for s_ in ((2 * kf + math.sqrt(disc)) / 4, (2 * kf - math.sqrt(disc)) / 4):
        c_ = sg * (kf - s_)
        e = {"prod": s_ * c_, "cube": s_**3 + sg * c_**3, "tan": 1 / s_ + sg / c_}[kind]
        ok = ok and abs(e - float(val)) < 1e-9
    return ok


def _fn_tex(a: int, f: str, b, c, d: int) -> str:
    """y = a f(bx - cπ) + d as LaTeX-lite (b rational > 0, c rational)."""
    b = sp.Rational(b)
    if b == 1:
        bx = "x"
    elif b.q == 1:
        bx = f"{b.p}x"
    else:
        bx = ("" if b.p == 1 else str(b.p)) + "\\frac{x}{" + str(b.q) + "}" if b.p == 1 else f"\\frac{{{b.p}x}}{{{b.q}}}"
        if b.p == 1:
            bx = "\\frac{x}{" + str(b.q) + "}"
    if c:
        inner = "\\left(" + bx + (" - " if c > 0 else " + ") + _tx(abs(c) * PI) + "\\right)"
        body = f"\\{f}" + inner
    else:
        body = f"\\{f} " + bx
    return "y = " + _cf(a, True, body) + _const(d)


@family(_T2, "max-min-period")
def _b2_maxminper(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = rng.choice(["sin", "cos", "cos", "sin", "tan"])
    a = rng.choice([1, 2, 3, 4, -2, -3, 5])
    b = rng.choice([1, 2, 3, 4, R(1, 2), R(1, 3), 2])
    c = rng.choice([0, 0, R(1, 6), R(1, 3), R(1, 4), -R(1, 2)])
    d = rng.choice([0, 1, -1, 2, 3, -2])
    ft = _fn_tex(a, f, b, c, d)
    per = (2 * PI / b) if f != "tan" else PI / b
    pa = _ans(per)
    dd = 2 if c == 0 else 3
    mode = "period" if f == "tan" else rng.choice(["all", "all", "period", "sum"])
    if mode == "period":
        stem = f"함수 {_r(ft, st)}의 주기를 {_end(rng)}"
        if rng.random() < 0.5:
            wrong = [_ans(w) for w in (2 * per, per / 2, PI * b, 2 * PI * b, PI / 2, PI, 2 * PI, 4 * PI, 3 * PI)]
            ch = choices(rng, pa, wrong)
            return Problem(text=with_choices(f"함수 {_r(ft, st)}의 주기는?{exam_points(rng, dd)}", ch), answer=ch.label, format="mcq",
                           difficulty=dd, achievement_level=secondary_level(dd), choice=ch, concepts=["주기", "주기함수", "삼각함수"],
                           check=lambda: _chk_period(f, b, per))
        return Problem(text=stem, answer=pa, format="computation", difficulty=dd, achievement_level=secondary_level(dd),
                       concepts=["주기", "주기함수", "삼각함수"], check=lambda: _chk_period(f, b, _P(pa)))
    mx, mn = abs(a) + d, -abs(a) + d
    if mode == "all":
        text = rng.choice([
            f"함수 {_r(ft, st)}의 최댓값, 최솟값, 주기를 차례대로 {_end(rng)}",
            f"다음 함수의 최댓값과 최솟값, 그리고 주기를 각각 {_end(rng)}\n{_r(ft, st)}",
        ])
        ans = f"최댓값 {mx}, 최솟값 {mn}, 주기 {pa}"
    else:
        text = (f"함수 {_r(ft, st)}의 최댓값을 M, 최솟값을 m, 주기를 p라 할 때, "
                f"{_r('M - m + ' + chr(92) + 'frac{p}{' + chr(92) + 'pi}', st)}의 값을 {_end(rng)}{exam_points(rng, 3)}")
        val = mx - mn + per / PI
        ans = _ans(val)

    def chk() -> bool:
        import math
        g = {"sin": math.sin, "cos": math.cos}[f]
        ys = [a * g(float(b) * t * float(per) / 400 - float(c) * math.pi) + d for t in range(401)]
        ok = abs(max(ys) - mx) < 1e-3 and abs(min(ys) - mn) < 1e-3 and _chk_period(f, b, per)
        return ok and (mode == "all" or _same(ans, mx - mn + per / PI))

    return Problem(text=text, answer=ans, format="computation", difficulty=dd + (1 if mode == "sum" else 0),
                   achievement_level=secondary_level(dd + (1 if mode == "sum" else 0)), concepts=["주기", "삼각함수", "최댓값", "최솟값"], check=chk)


def _chk_period(f: str, b, per) -> bool:
    import math
    g = {"sin": math.sin, "cos": math.cos, "tan": math.tan}[f]
    p = float(per)
    pts = [0.31, 0.77, 1.13]
    same = all(abs(g(float(b) * (t + p)) - g(float(b) * t)) < 1e-7 for t in pts)
    smaller = any(abs(g(float(b) * (t + p / 2)) - g(float(b) * t)) > 1e-7 for t in pts)
    return same and smaller


@family(_T2, "coefficients-from-graph-info")
def _b2_coeffs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = rng.choice(["sin", "cos"])
    a = rng.randint(1, 5)
    b = rng.choice([1, 2, 3, 4, 6])
    c = rng.randint(-3, 4)
    per = 2 * PI / b
    mx, mn = a + c, -a + c
    ft = "y = a \\" + f + " bx + c"
    pert = _r(_tx(per), st)
    mode = rng.randrange(3)
    if mode == 0:
        cond = f"최댓값이 {mx}, 최솟값이 {mn}, 주기가 {pert}"
    elif mode == 1:
        x0 = PI / (2 * b) if f == "sin" else 0
        cond = f"주기가 {pert}이고 그래프가 점 ({_r(_tx(x0), st)}, {josa(str(mx), '을/를')[:-1]}){josa(str(mx), '을/를')[-1]} 지나며 최솟값이 {mn}"
    else:
        cond = f"최댓값과 최솟값의 차가 {2 * a}, 최솟값이 {mn}이고 주기가 {pert}"
    which = rng.choice(["a+b+c", "abc", "a+b+c"])
    val = a + b + c if which == "a+b+c" else a * b * c
    text = rng.choice([
        f"함수 {_r(ft, st)}의 {cond}일 때, 세 상수 a, b, c에 대하여 {_r(which, st)}의 값을 구하시오. (단, a > 0, b > 0){exam_points(rng, 3)}",
        f"세 상수 a, b, c (a > 0, b > 0)에 대하여 함수 {_r(ft, st)}의 {cond}이다. {_r(which, st)}의 값을 {_end(rng)}",
    ])

    def chk() -> bool:
        aa = sp.Rational(mx - mn, 2)
        cc = sp.Rational(mx + mn, 2)
        bb = sp.Rational(2) * PI / per
        v = aa + bb + cc if which == "a+b+c" else aa * bb * cc
        return v == val

    return Problem(text=text, answer=str(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["주기", "삼각함수", "최댓값", "최솟값"], check=chk)


_BASIC_VALS = {  # f: list of (value, [solutions in [0, 2) as multiples of π])
    "sin": [(R(1, 2), [R(1, 6), R(5, 6)]), (-R(1, 2), [R(7, 6), R(11, 6)]), (sp.sqrt(2) / 2, [R(1, 4), R(3, 4)]),
            (-sp.sqrt(2) / 2, [R(5, 4), R(7, 4)]), (sp.sqrt(3) / 2, [R(1, 3), R(2, 3)]), (-sp.sqrt(3) / 2, [R(4, 3), R(5, 3)]),
            (1, [R(1, 2)]), (-1, [R(3, 2)]), (0, [0, 1])],
    "cos": [(R(1, 2), [R(1, 3), R(5, 3)]), (-R(1, 2), [R(2, 3), R(4, 3)]), (sp.sqrt(2) / 2, [R(1, 4), R(7, 4)]),
            (-sp.sqrt(2) / 2, [R(3, 4), R(5, 4)]), (sp.sqrt(3) / 2, [R(1, 6), R(11, 6)]), (-sp.sqrt(3) / 2, [R(5, 6), R(7, 6)]),
            (1, [0]), (-1, [1]), (0, [R(1, 2), R(3, 2)])],
    "tan": [(1, [R(1, 4), R(5, 4)]), (-1, [R(3, 4), R(7, 4)]), (sp.sqrt(3), [R(1, 3), R(4, 3)]), (-sp.sqrt(3), [R(2, 3), R(5, 3)]),
            (sp.sqrt(3) / 3, [R(1, 6), R(7, 6)]), (-sp.sqrt(3) / 3, [R(5, 6), R(11, 6)]), (0, [0, 1])],
}


def _eq_tex(f: str, v) -> str:
    """A natural linear equation whose solution is f(x) = v: 2sin x - 1 = 0, √2 cos x = -1, √3 tan x = 1 …"""
    v = sp.nsimplify(v)
    fx = f"\\{f} x"
    if v == 0:
        return fx + " = 0"
    if v in (1, -1):
        return fx + " = " + str(v) if f != "tan" else fx + (" - 1 = 0" if v == 1 else " + 1 = 0")
    num, _den = sp.fraction(sp.radsimp(v))
    if f != "tan":
        # v = ±1/2, ±√2/2, ±√3/2 → 2f(x) ∓ rad = 0 (√2/2: √2 f(x) ∓ 1 = 0)
        if abs(num) == sp.sqrt(2):
            return "\\sqrt{2}" + fx + (" - 1 = 0" if v > 0 else " + 1 = 0")
        rad = "1" if abs(num) == 1 else "\\sqrt{3}"
        return "2" + fx + (" - " if v > 0 else " + ") + rad + " = 0"
    if abs(v) == sp.sqrt(3):
        return fx + (" = " if v > 0 else " = -") + "\\sqrt{3}"
    return "\\sqrt{3}" + fx + (" = 1" if v > 0 else " = -1")


def _interval(rng: random.Random) -> tuple[str, object, object, bool]:
    """(tex, lo, hi, hi_closed) in multiples of π."""
    lo, hi, closed = rng.choice([(0, 2, False), (0, 2, False), (0, 1, True), (0, 2, True), (-1, 1, False)])
    tex = (_tx(lo * PI) if lo else "0") + " \\le x " + ("\\le " if closed else "< ") + _tx(hi * PI)
    return tex, lo, hi, closed


@family(_T2, "basic-trig-equation")
def _b2_equation(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = rng.choice(["sin", "cos", "tan", "sin", "cos"])
    per = 1 if f == "tan" else 2
    sols: list = []
    while not sols:
        v, base = rng.choice([vv for vv in _BASIC_VALS[f] if vv[0] != 0 or rng.random() < 0.3])
        itex, lo, hi, closed = _interval(rng)
        sols = sorted({s + per * j for s in base for j in range(-3, 4)
                       if lo <= s + per * j and (s + per * j < hi or (closed and s + per * j == hi))})
    eq = _eq_tex(f, v)
    mode = rng.choice(["list", "list", "sum"]) if len(sols) > 1 else "list"
    if mode == "list":
        ans = ", ".join(f"x = {_ans(s * PI)}" for s in sols)
        text = rng.choice([
            f"{_r(itex, st)}일 때, 방정식 {_jr(eq, st, '을/를')} {_end(rng, '풀') if False else '푸시오.'}",
            f"{_r(itex, st)}에서 방정식 {_r(eq, st)}의 해를 모두 {_end(rng)}",
            f"x에 대한 방정식 {_r(eq, st)}의 해를 구하시오. (단, {_r(itex, st)})",
        ])
        d = 2
    else:
        ans = _ans(sum(sols) * PI)
        text = f"{_r(itex, st)}에서 방정식 {_r(eq, st)}의 모든 해의 합을 {_end(rng)}{exam_points(rng, 3)}"
        d = 3

    def chk() -> bool:
        import math
        g = {"sin": math.sin, "cos": math.cos, "tan": math.tan}[f]
        found = []
        for j in range(int(lo * 24), int(hi * 24) + 1):
            xv = j * math.pi / 24
            if j == int(hi * 24) and not closed:
                continue
            if f == "tan" and j % 12 == 0 and (j // 12) % 2 == 1:
                continue
            if abs(g(xv) - float(v)) < 1e-9:
                found.append(R(j, 24))
        if mode == "list":
            return [_P(p.split("=")[1]) for p in ans.split(", ")] == [s * PI for s in found]
        return _same(ans, sum(found) * PI)

    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["삼각함수", f"{f} x"], check=chk)


@family(_T2, "basic-trig-inequality")
def _b2_inequality(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = rng.choice(["sin", "cos"])
    pool = [(vv, bb) for vv, bb in _BASIC_VALS[f] if len(bb) == 2 and vv != 0]
    v, base = rng.choice(pool)
    # one-piece solution sets on [0, 2π): sin x > v (v > 0), sin x < v (v < 0), cos x < v (any)
    rel = (">" if v > 0 else "<") if f == "sin" else "<"
    strict = rng.random() < 0.6
    a_, b_ = base
    sym = {">": ">" if strict else "\\ge", "<": "<" if strict else "\\le"}[rel]
    eq = _eq_tex(f, v).replace(" = 0", " " + sym + " 0") if " = 0" in _eq_tex(f, v) else f"\\{f} x {sym} " + _tx(v)
    if " = " in eq:
        eq = eq.replace(" = ", " " + sym + " ")
    itex = "0 \\le x < 2\\pi"
    mode = rng.choice(["interval", "length", "mcq"])
    lt = "<" if strict else "≤"
    ans_int = f"{_ans(a_ * PI)} {lt} x {lt} {_ans(b_ * PI)}"
    if mode == "interval":
        text = f"{_r(itex, st)}일 때, 부등식 {_r(eq, st)}의 해를 {_end(rng)}"
        ans, fmt, ch = ans_int, "computation", None
    elif mode == "length":
        text = (f"{_r(itex, st)}에서 부등식 {_r(eq, st)}의 해가 "
                f"{_r(chr(92) + 'alpha ' + sym.replace('>', '<').replace(chr(92) + 'ge', chr(92) + 'le') + ' x ' + sym.replace('>', '<').replace(chr(92) + 'ge', chr(92) + 'le') + ' ' + chr(92) + 'beta', st)}일 때, "
                f"{_r(chr(92) + 'beta - ' + chr(92) + 'alpha', st)}의 값을 {_end(rng)}")
        ans, fmt, ch = _ans((b_ - a_) * PI), "computation", None
    else:
        ds = [(a_, b_), (0, a_), (b_, 2), (a_ / 2, b_ / 2), (1 - a_ if a_ < 1 else a_ - 1, b_ - a_)] + [(x1, x2) for x1, x2 in [(R(1, 6), R(5, 6)), (R(1, 3), R(5, 3)), (R(2, 3), R(4, 3)), (R(7, 6), R(11, 6)), (R(1, 4), R(3, 4))]]
        ltx_ = "<" if strict else "\\le"
        opts = [_r(f"{_tx(p1 * PI)} {ltx_} x {ltx_} {_tx(p2 * PI)}", st) for p1, p2 in ds if p1 < p2]
        ch = choices(rng, opts[0], opts[1:])
        text = with_choices(f"{_r(itex, st)}에서 부등식 {_r(eq, st)}의 해는?{exam_points(rng, 3)}", ch)
        ans, fmt = ch.label, "mcq"

    def chk() -> bool:
        import math
        g = {"sin": math.sin, "cos": math.cos}[f]
        inside = [j for j in range(0, 48 * 4) if (g(j * math.pi / 96) > float(v) if rel == ">" else g(j * math.pi / 96) < float(v))]
        lo_, hi_ = R(inside[0], 96), R(inside[-1], 96)
        ok = abs(lo_ - a_) <= R(1, 96) and abs(hi_ - b_) <= R(1, 96) and len(inside) == inside[-1] - inside[0] + 1
        if mode == "length":
            return ok and _same(ans, (b_ - a_) * PI)
        return ok

    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="C", choice=ch,
                   concepts=["삼각함수", f"{f} x"], check=chk)


@family(_T2, "graph-properties-bogi")
def _b2_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = rng.choice(["sin", "cos", "tan", "param"])
    if f == "sin":
        head = "함수 y = sin x에 대한 설명으로"
        tr = ["그래프는 원점에 대하여 대칭이다.", "주기가 2π인 주기함수이다.", "치역은 {y | −1 ≤ y ≤ 1}이다.",
              "모든 실수 x에 대하여 sin(π − x) = sin x이다.", "0 ≤ x ≤ π/2에서 x의 값이 증가하면 y의 값도 증가한다."]
        fa = ["그래프는 y축에 대하여 대칭이다.", "주기는 π이다.", "π/2 < x < π에서 x의 값이 증가하면 y의 값도 증가한다.",
              "모든 실수 x에 대하여 sin(x + π) = sin x이다.", "x = π/2에서 최솟값을 갖는다."]
    elif f == "cos":
        head = "함수 y = cos x에 대한 설명으로"
        tr = ["그래프는 y축에 대하여 대칭이다.", "주기가 2π인 주기함수이다.", "x = π에서 최솟값 −1을 갖는다.",
              "모든 실수 x에 대하여 cos(−x) = cos x이다.", "0 < x < π에서 x의 값이 증가하면 y의 값은 감소한다."]
        fa = ["그래프는 원점에 대하여 대칭이다.", "최댓값은 2이다.", "모든 실수 x에 대하여 cos(π − x) = cos x이다.",
              "π < x < 2π에서 x의 값이 증가하면 y의 값은 감소한다.", "그래프는 점 (π/2, 1)을 지난다."]
    elif f == "tan":
        head = "함수 y = tan x에 대한 설명으로"
        tr = ["주기는 π이다.", "그래프는 원점에 대하여 대칭이다.", "치역은 실수 전체의 집합이다.",
              "x = π/2에서 함숫값이 정의되지 않는다.", "−π/2 < x < π/2에서 x의 값이 증가하면 y의 값도 증가한다."]
        fa = ["주기는 2π이다.", "최댓값은 1이다.", "그래프는 y축에 대하여 대칭이다.",
              "그래프의 점근선은 직선 x = nπ (n은 정수)이다.", "정의역은 실수 전체의 집합이다."]
    else:
        a = rng.choice([2, 3, 4])
        b = rng.choice([2, 3, 4])
        c = rng.choice([-1, 1, 2])
        g = rng.choice(["sin", "cos"])
        ft = _fn_tex(a, g, b, 0, c)
        head = f"함수 {_r(ft, st)}에 대한 설명으로"
        per = _ans(2 * PI / b)
        tr = [f"최댓값은 {a + c}이다.", f"최솟값은 {c - a}이다.", f"주기는 {per}이다."]
        fa = [f"최댓값은 {a}이다.", f"주기는 {_ans(2 * PI * b)}이다.", f"주기는 {_ans(PI / b)}이다.", f"최솟값은 {-a}이다."]
        if g == "cos":
            tr.append(f"x = 0일 때 y의 값은 {a + c}이다.")
            fa.append("그래프는 원점에 대하여 대칭이다.")
        else:
            tr.append(f"x = 0일 때 y의 값은 {c}이다.")
            fa.append("그래프는 y축에 대하여 대칭이다.")
    stmts = _three_true(rng, tr, fa)
    if st == "unicode":
        stmts = [(t.replace("-", "−"), ok) for t, ok in stmts]
    block, ch = bogi(rng, stmts)
    d = 3 if f != "param" else 4
    text = f"{head} {bogi_question(rng)}{exam_points(rng, d)}\n{block}\n{ch.block}"
    truth = [ok for _, ok in stmts]
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d), choice=ch,
                   concepts=["삼각함수", "주기", f"{f} x" if f != "param" else "주기함수"],
                   check=lambda: ch.options[ch.correct] == ", ".join(lab for lab, ok in zip("ㄱㄴㄷ", truth, strict=True) if ok))


# reductions: f(shift·π/2 + sign·θ) = s' · g(θ)
def _reduce(f: str, shift: int, sign: int) -> tuple[int, str]:
    th = sp.Symbol("t")
    e = _FN[f](shift * PI / 2 + sign * th)
    for g in ("sin", "cos", "tan"):
        for sg in (1, -1):
            if sp.expand(e - sg * _FN[g](th)) == 0:
                return sg, g
    raise ValueError("no reduction")


_RED: dict[tuple[str, int, int], tuple[int, str]] = {}


def _red(f: str, shift: int, sign: int) -> tuple[int, str]:
    key = (f, shift, sign)
    if key not in _RED:
        _RED[key] = _reduce(f, shift, sign)
    return _RED[key]


@family(_T2, "reduction-identities")
def _b2_reduction(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.choice(["linear", "square"])
    th = _TH
    terms, tex = [], ""
    if mode == "linear":
        for i in range(rng.choice([2, 3])):
            f = rng.choice(["sin", "cos"])
            shift, sign = rng.choice([(1, 1), (1, -1), (2, -1), (2, 1), (3, 1), (3, -1), (0, -1), (4, 1)])
            terms.append((f, shift, sign))
            arg = (_tx(shift * PI / 2) if shift else "") + ((" + " if shift else "") if sign > 0 else " - " if shift else "-") + th
            tex += ("" if i == 0 else " + ") + f"\\{f}\\left({arg}\\right)"
        cs = {"sin": 0, "cos": 0}
        for f, shift, sign in terms:
            sg, g = _red(f, shift, sign)
            cs[g] += sg
        parts = []
        for g in ("sin", "cos"):
            if cs[g]:
                parts.append(_cf(cs[g], not parts, f"\\{g}{th}"))
        res_tex = "".join(parts) if parts else "0"
        wrong_tex = []
        for a_, b_ in [(cs["sin"], -cs["cos"]), (-cs["sin"], cs["cos"]), (-cs["sin"], -cs["cos"]), (cs["cos"], cs["sin"]),
                       (cs["sin"] + 1, cs["cos"]), (0, 0), (2, 0), (0, 2), (1, 1), (-2, 0), (0, -2)]:
            ps = []
            for g, cv in (("sin", a_), ("cos", b_)):
                if cv:
                    ps.append(_cf(cv, not ps, f"\\{g}{th}"))
            wrong_tex.append("".join(ps) if ps else "0")
        ch = choices(rng, _r(res_tex, st), [_r(w, st) for w in wrong_tex])
        text = with_choices(f"{_jr(tex, st, '을/를')} 간단히 하면?{exam_points(rng, 2)}", ch)
        d = 3

        def chk() -> bool:
            import math
            t0 = 0.4137
            ev = sum(_ffloat(f, shift * math.pi / 2 + sign * t0) for f, shift, sign in terms)
            return abs(ev - (cs["sin"] * math.sin(t0) + cs["cos"] * math.cos(t0))) < 1e-9

        return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d), choice=ch,
                       concepts=["삼각함수", "sin x", "cos x"], check=chk)
    # square: f1(a)^2 + f2(b)^2 with reductions giving sin^2 + cos^2 → a constant
    f1 = rng.choice(["sin", "cos"])
    sh1, sg1 = rng.choice([(1, 1), (1, -1), (3, 1), (2, 1), (2, -1)])
    _, g1 = _red(f1, sh1, sg1)
    other = "cos" if g1 == "sin" else "sin"
    f2, sh2, sg2 = rng.choice([(ff, sh, sg) for ff in ("sin", "cos") for sh, sg in ((0, 1), (2, -1), (1, 1), (3, -1), (2, 1))
                               if _red(ff, sh, sg)[1] == other])
    k = rng.choice([1, 2, 3])

    def argt(sh: int, sg: int) -> str:
        return (_tx(sh * PI / 2) if sh else "") + ((" + " if sh else "") if sg > 0 else (" - " if sh else "-")) + th
    tex = f"{k}\\{f1}^{{2}}\\left({argt(sh1, sg1)}\\right) + {k}\\{f2}^{{2}}\\left({argt(sh2, sg2)}\\right)" if k > 1 else \
        f"\\{f1}^{{2}}\\left({argt(sh1, sg1)}\\right) + \\{f2}^{{2}}\\left({argt(sh2, sg2)}\\right)"
    ans = str(k)
    text = rng.choice([f"{_r(tex, st)}의 {_end(rng, '값')}", f"다음 식을 간단히 하시오.\n{_r(tex, st)}"])

    def chk2() -> bool:
        import math
        t0 = 0.7311
        ev = k * _ffloat(f1, sh1 * math.pi / 2 + sg1 * t0) ** 2 + k * _ffloat(f2, sh2 * math.pi / 2 + sg2 * t0) ** 2
        return abs(ev - k) < 1e-9

    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["삼각함수", "sin x", "cos x"], check=chk2)


@family(_T2, "count-intersections")
def _b2_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = rng.choice(["sin", "cos"])
    b = rng.choice([1, 2, 3, 4])
    v = rng.choice([R(1, 2), -R(1, 2), R(1, 3), R(2, 3), R(3, 4), 1, -1, 0, R(1, 4)])
    hi = rng.choice([2, 1, 2])
    # 2b·hi/2 periods of f(bx) on [0, hi·π): each period has 2 solutions for |v|<1, 1 for |v|=1
    nper = R(b * hi, 2)
    cnt = (int(2 * nper) if nper.q == 1 else None) if abs(v) < 1 else int(nper) if nper.q == 1 else None
    if cnt is None:
        hi = 2
        nper = R(b * hi, 2)
        cnt = int(2 * nper) if abs(v) < 1 else int(nper)
    ftex = f"\\{f} " + (f"{b}x" if b > 1 else "x")
    itex = "0 \\le x < " + _tx(hi * PI)
    mode = rng.randrange(3)
    if mode == 0:
        text = f"{_r(itex, st)}에서 방정식 {_r(ftex + ' = ' + _tx(v), st)}의 서로 다른 실근의 개수를 {_end(rng)}"
    elif mode == 1:
        text = f"{_r(itex, st)}에서 함수 {_r('y = ' + ftex, st)}의 그래프와 직선 {_r('y = ' + _tx(v), st)}의 교점의 개수를 {_end(rng)}"
    else:
        text = (f"{josa(name(rng), '은/는')} 공학 도구로 {_r(itex, st)}에서 함수 {_r('y = ' + ftex, st)}의 그래프를 그렸다. "
                f"이 그래프와 직선 {_r('y = ' + _tx(v), st)}의 교점은 몇 개인지 {_end(rng)}")
    d = 3

    def chk() -> bool:
        import math
        g = {"sin": math.sin, "cos": math.cos}[f]
        n_ = 0
        steps = 7200
        vals = [g(b * hi * math.pi * j / steps) - float(v) for j in range(steps)]
        for j in range(steps):
            if abs(vals[j]) < 1e-12 or (j + 1 < steps and vals[j] * vals[j + 1] < 0 and abs(vals[j + 1]) >= 1e-12):
                n_ += 1
        if abs(v) == 1:
            n_ = sum(1 for j in range(steps) if abs(vals[j]) < 1e-9)
        return n_ == cnt

    return Problem(text=text, answer=str(cnt), format="task" if mode == 2 else "computation", difficulty=d,
                   achievement_level=secondary_level(d), concepts=["삼각함수", "주기", f"{f} x"], check=chk)


# ================================================================================================
# 12대수02-03 사인법칙과 코사인법칙
# ================================================================================================
_T3 = "12대수02-03"
_EIS = [((3, 5, 7), 120), ((3, 7, 8), 60), ((5, 7, 8), 60), ((7, 8, 13), 120), ((5, 16, 19), 120), ((8, 13, 15), 60),
        ((7, 15, 13), 60), ((5, 19, 21), 60)]


def _sd(deg: int) -> sp.Expr:
    return sp.sin(PI * deg / 180)


def _cd(deg: int) -> sp.Expr:
    return sp.cos(PI * deg / 180)


def _seg(p: str, st: str) -> str:
    return _r("\\overline{" + p + "}", st) if st == "latex" else p


def _ang(v: str, st: str) -> str:
    return _r("\\angle " + v, st) if st == "latex" else "∠" + v


def _surd(v) -> str:
    return _ans(sp.sqrt(sp.nsimplify(v)) if not isinstance(v, sp.Expr) or v.is_Rational else v)


@family(_T3, "sine-law-side")
def _c3_sine_side(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        A, B = rng.sample([30, 45, 60, 120, 135, 90], 2)
        if A + B < 180 and 180 - A - B in (15, 30, 45, 60, 75, 90, 105, 120, 135):
            break
    a = rng.choice([2, 3, 4, 6, 8, 10, 12])
    b = sp.radsimp(a * _sd(B) / _sd(A))
    nm = rng.choice(["ABC", "ABC", "PQR"])
    V = list(nm)
    side_a, side_b = V[1] + V[2], V[0] + V[2]
    text = rng.choice([
        f"삼각형 {nm}에서 {_seg(side_a, st)} = {a}, {_ang(V[0], st)} = {A}°, {_ang(V[1], st)} = {B}°일 때, 선분 {side_b}의 길이를 {_end(rng)}",
        f"삼각형 {nm}에서 a = {a}, A = {A}°, B = {B}°일 때, b의 값을 {_end(rng)}" if nm == "ABC" else
        f"삼각형 {nm}에서 변 {side_a}의 길이가 {a}이고 두 각 {V[0]}, {V[1]}의 크기가 각각 {A}°, {B}°이다. 변 {side_b}의 길이를 {_end(rng)}",
        f"삼각형 {nm}의 두 각의 크기가 {_ang(V[0], st)} = {A}°, {_ang(V[1], st)} = {B}°이고 {_seg(side_a, st)} = {a}이다. {_seg(side_b, st)}의 길이를 {_end(rng)}",
    ])
    ans = _ans(b)
    d = 2 if b.is_Integer else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["사인법칙"], check=lambda: abs(float(_P(ans)) - a * _m_sin(B) / _m_sin(A)) < 1e-9)


def _m_sin(deg: float) -> float:
    import math
    return math.sin(math.radians(deg))


def _m_cos(deg: float) -> float:
    import math
    return math.cos(math.radians(deg))


@family(_T3, "circumradius")
def _c3_circum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = rng.choice([30, 45, 60, 120, 135, 150, 90])
    mode = rng.randrange(3)
    if mode == 0:
        a = rng.choice([2, 3, 4, 5, 6, 8, 9, 12])
        Rv = sp.radsimp(sp.Rational(a) / (2 * _sd(A)))
        text = rng.choice([
            f"삼각형 ABC에서 a = {a}, A = {A}°일 때, 삼각형 ABC의 외접원의 반지름의 길이를 {_end(rng)}",
            f"{_seg('BC', st)} = {a}, {_ang('A', st)} = {A}°인 삼각형 ABC의 외접원의 넓이를 {_end(rng)}",
        ])
        if "넓이" in text:
            ans = _ans(sp.expand(PI * Rv**2))
            chk = lambda: abs(float(_P(ans)) - 3.141592653589793 * (a / (2 * _m_sin(A))) ** 2) < 1e-9  # noqa: E731
        else:
            ans = _ans(Rv)
            chk = lambda: abs(float(_P(ans)) - a / (2 * _m_sin(A))) < 1e-9  # noqa: E731
        d = 2
    elif mode == 1:
        Rv = rng.choice([2, 3, 4, 5, 6])
        a = sp.radsimp(2 * Rv * _sd(A))
        text = rng.choice([
            f"반지름의 길이가 {Rv}인 원에 내접하는 삼각형 ABC에서 A = {A}°일 때, 변 BC의 길이를 {_end(rng)}",
            f"외접원의 반지름의 길이가 {Rv}인 삼각형 ABC에서 {_ang('A', st)} = {A}°이다. {_seg('BC', st)}의 길이를 {_end(rng)}",
        ])
        ans = _ans(a)
        chk = lambda: abs(float(_P(ans)) - 2 * Rv * _m_sin(A)) < 1e-9  # noqa: E731
        d = 2
    else:
        Rv = rng.choice([2, 3, 4, 5])
        A, B, C = rng.choice([(30, 60, 90), (45, 60, 75), (30, 30, 120), (60, 60, 60), (30, 45, 105), (45, 45, 90)])
        tot = sp.expand(2 * Rv * (_sd(A) + _sd(B) + _sd(C)))
        text = (f"반지름의 길이가 {Rv}인 원에 내접하는 삼각형 ABC의 세 각의 크기가 A = {A}°, B = {B}°, C = {C}°일 때, "
                f"{josa('삼각형 ABC의 둘레의 길이', '을/를')} {_end(rng)}")
        ans = _ans(tot)
        chk = lambda: abs(float(_P(ans)) - 2 * Rv * (_m_sin(A) + _m_sin(B) + _m_sin(C))) < 1e-9  # noqa: E731
        d = 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["사인법칙", "외접원"], check=chk)


@family(_T3, "cosine-law-side")
def _c3_cos_side(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = rng.choice([60, 120, 60, 120, 90])
    b, c = rng.sample(range(2, 11), 2)
    a2 = b * b + c * c - 2 * b * c * _cd(A)
    a = sp.sqrt(a2)
    ans = _ans(a)
    mode = rng.randrange(3)
    if mode == 0:
        text = f"삼각형 ABC에서 b = {b}, c = {c}, A = {A}°일 때, a의 값을 {_end(rng)}"
    elif mode == 1:
        text = f"삼각형 ABC에서 {_seg('AB', st)} = {c}, {_seg('AC', st)} = {b}, {_ang('A', st)} = {A}°일 때, 선분 BC의 길이를 {_end(rng)}"
    else:
        wrong = [_ans(sp.sqrt(b * b + c * c + 2 * b * c * _cd(A))), _ans(sp.sqrt(b * b + c * c)), _ans(b + c),
                 _ans(sp.sqrt(abs(b * b - c * c)) if b != c else 1), _ans(sp.sqrt(a2 + 1)), _ans(sp.sqrt(a2 - 1))]
        ch = choices(rng, ans, wrong)
        text = with_choices(f"삼각형 ABC에서 {_seg('AB', st)} = {c}, {_seg('CA', st)} = {b}, {_ang('A', st)} = {A}°일 때, 선분 BC의 길이는?{exam_points(rng, 2)}", ch)
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                       concepts=["코사인법칙"], check=lambda: abs(float(a) ** 2 - (b * b + c * c - 2 * b * c * _m_cos(A))) < 1e-9)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["코사인법칙"], check=lambda: abs(float(_P(ans)) ** 2 - (b * b + c * c - 2 * b * c * _m_cos(A))) < 1e-9)


@family(_T3, "cosine-law-angle")
def _c3_cos_angle(rng: random.Random) -> Problem:
    st = pick_style(rng)
    if rng.random() < 0.55:
        (p, q, r), ang = rng.choice(_EIS)
        k = rng.choice([1, 1, 2, 3])
        sides = [p * k, q * k, r * k]
        big = max(sides) if ang == 120 else sorted(sides)[1]
        # the angle ang lies opposite the side whose square = others² ∓ others·product
        for i in range(3):
            o = [sides[j] for j in range(3) if j != i]
            cval = sp.Rational(o[0] ** 2 + o[1] ** 2 - sides[i] ** 2, 2 * o[0] * o[1])
            if cval in (R(1, 2), -R(1, 2)):
                big = sides[i]
                break
        names_ = ["a", "b", "c"]
        rng.shuffle(sides)
        idx = sides.index(big)
        V = "ABC"[idx]
        text = rng.choice([
            f"세 변의 길이가 각각 {sides[0]}, {sides[1]}, {sides[2]}인 삼각형에서 길이가 {big}인 변의 대각의 크기를 {_end(rng)}",
            f"삼각형 ABC에서 a = {sides[0]}, b = {sides[1]}, c = {sides[2]}일 때, 각 {V}의 크기를 {_end(rng)}",
            f"삼각형 ABC에서 {_seg('BC', st)} = {sides[0]}, {_seg('CA', st)} = {sides[1]}, {_seg('AB', st)} = {sides[2]}일 때, {_ang(V, st)}의 크기를 {_end(rng)}",
        ])
        o = [sides[j] for j in range(3) if j != idx]
        angle = sp.acos(sp.Rational(o[0] ** 2 + o[1] ** 2 - big**2, 2 * o[0] * o[1]))
        ans = f"{int(angle * 180 / PI)}°"
        del names_
        return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                       concepts=["코사인법칙"],
                       check=lambda: abs(_m_cos(int(ans[:-1])) - (o[0] ** 2 + o[1] ** 2 - big**2) / (2 * o[0] * o[1])) < 1e-9)
    while True:
        s3 = sorted(rng.sample(range(3, 13), 3))
        if s3[0] + s3[1] > s3[2]:
            break
    a_, b_, c_ = s3
    cosC = sp.Rational(a_ * a_ + b_ * b_ - c_ * c_, 2 * a_ * b_)
    which = rng.choice(["cos", "kind"])
    if which == "cos":
        text = rng.choice([
            f"세 변의 길이가 {a_}, {b_}, {c_}인 삼각형에서 가장 큰 각의 크기를 θ라 할 때, cosθ의 값을 {_end(rng)}",
            f"삼각형 ABC에서 {_seg('BC', st)} = {a_}, {_seg('CA', st)} = {b_}, {_seg('AB', st)} = {c_}일 때, cos C의 값을 {_end(rng)}",
        ])
        ans = _ans(cosC)
        fmt = "computation"
    else:
        kind = "예각삼각형" if cosC > 0 else ("직각삼각형" if cosC == 0 else "둔각삼각형")
        text = f"세 변의 길이가 {a_}, {b_}, {c_}인 삼각형은 예각삼각형, 직각삼각형, 둔각삼각형 중 어느 것인지 말하고, 그 이유를 설명하시오."
        ans = kind
        fmt = "proof"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="C" if fmt != "proof" else "B",
                   concepts=["코사인법칙"],
                   check=lambda: (abs(float(_P(ans)) - (a_ * a_ + b_ * b_ - c_ * c_) / (2 * a_ * b_)) < 1e-12) if fmt != "proof"
                   else ((a_ * a_ + b_ * b_ > c_ * c_) == (ans == "예각삼각형") and (a_ * a_ + b_ * b_ < c_ * c_) == (ans == "둔각삼각형")))


@family(_T3, "area-two-sides-angle")
def _c3_area_sas(rng: random.Random) -> Problem:
    st = pick_style(rng)
    C = rng.choice([30, 45, 60, 120, 135, 150, 90])
    a, b = rng.randint(2, 12), rng.randint(2, 12)
    S = sp.radsimp(sp.Rational(a * b, 2) * _sd(C))
    kind = rng.randrange(3)
    if kind == 0:
        text = rng.choice([
            f"삼각형 ABC에서 a = {a}, b = {b}, C = {C}°일 때, 삼각형 ABC의 넓이를 {_end(rng)}",
            f"두 변의 길이가 {a}, {b}이고 그 끼인각의 크기가 {C}°인 삼각형의 넓이를 {_end(rng)}",
        ])
        ans = _ans(S)
        fmt = "computation"
    elif kind == 1:
        text = rng.choice([
            f"이웃하는 두 변의 길이가 {a} cm, {b} cm이고 그 끼인각의 크기가 {C}°인 평행사변형 모양의 타일이 있다. 이 타일의 넓이를 {_end(rng)}",
            f"{_seg('AB', st)} = {a}, {_seg('AD', st)} = {b}, {_ang('A', st)} = {C}°인 평행사변형 ABCD의 넓이를 {_end(rng)}",
        ])
        S = 2 * S
        ans = _ans(S) + (" cm²" if "cm" in text else "")
        fmt = "word" if "cm" in text else "computation"
    else:
        text = (f"삼각형 모양의 땅 ABC에서 두 변 AB, AC의 길이가 각각 {a} m, {b} m이고 두 변이 이루는 각의 크기가 {C}°이다. "
                f"이 땅의 넓이를 {_end(rng)}")
        ans = _ans(S) + " m²"
        fmt = "word"
    mult = 2 if kind == 1 else 1
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D", concepts=["삼각형의 넓이", "사인법칙"],
                   check=lambda: abs(float(_P(ans.split(" ")[0])) - mult * a * b * _m_sin(C) / 2) < 1e-9)


@family(_T3, "area-three-sides")
def _c3_area_sss(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    heron = [(5, 5, 6), (5, 5, 8), (13, 14, 15), (5, 12, 13), (6, 8, 10), (7, 15, 20), (9, 10, 17), (3, 4, 5), (10, 13, 13),
             (4, 13, 15), (9, 12, 15), (11, 13, 20), (10, 17, 21)]
    if mode == 2 or rng.random() < 0.4:
        s3 = list(rng.choice(heron))
    else:
        while True:
            s3 = sorted(rng.sample(range(3, 12), 3))
            if s3[0] + s3[1] > s3[2]:
                break
    rng.shuffle(s3)
    a, b, c = s3
    cosC = sp.Rational(a * a + b * b - c * c, 2 * a * b)
    sinC = sp.sqrt(1 - cosC**2)
    S = sp.radsimp(sp.Rational(a * b, 2) * sinC)
    if mode == 0:
        text = rng.choice([
            f"세 변의 길이가 {a}, {b}, {c}인 삼각형의 넓이를 {_end(rng)}",
            f"삼각형 ABC에서 {_seg('BC', st)} = {a}, {_seg('CA', st)} = {b}, {_seg('AB', st)} = {c}일 때, 삼각형 ABC의 넓이를 {_end(rng)}",
        ])
        ans, val = _ans(S), S
    elif mode == 1:
        text = (f"다음은 세 변의 길이가 a = {a}, b = {b}, c = {c}인 삼각형 ABC의 넓이를 구하는 과정이다. (가), (나), (다)에 알맞은 값을 쓰시오.\n"
                f"코사인법칙에 의하여 cos C = (가)\n0° < C < 180°이므로 sin C = (나)\n따라서 삼각형 ABC의 넓이는 (다)")
        ans = f"(가) {_ans(cosC)} (나) {_ans(sp.radsimp(sinC))} (다) {_ans(S)}"
        val = S
    else:
        r_in = sp.radsimp(2 * S / (a + b + c))
        text = f"세 변의 길이가 {a}, {b}, {c}인 삼각형의 내접원의 반지름의 길이를 {_end(rng)}"
        ans, val = _ans(r_in), r_in
    fmt = "fill" if mode == 1 else "computation"

    def chk() -> bool:
        import math
        s = (a + b + c) / 2
        heron = math.sqrt(s * (s - a) * (s - b) * (s - c))
        ref = heron if mode != 2 else 2 * heron / (a + b + c)
        return abs(float(val) - ref) < 1e-9 and (mode == 1 or abs(float(_P(ans)) - ref) < 1e-9)

    d = 3 if mode != 2 else 4
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["코사인법칙", "삼각형의 넓이"], check=chk)


@family(_T3, "distance-across-obstacle")
def _c3_lake(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ang = rng.choice([60, 120, 60, 120])
    p, q = rng.sample([30, 40, 50, 60, 70, 80, 100, 120, 150], 2)
    if rng.random() < 0.5:
        (p0, q0, _r0), ang = rng.choice(_EIS[:4])
        k = rng.choice([10, 20, 50, 100])
        # make the asked distance an integer: p0, q0 adjacent to the given angle
        o = [p0, q0, _r0]
        for i in range(3):
            oth = [o[j] for j in range(3) if j != i]
            if sp.Rational(oth[0] ** 2 + oth[1] ** 2 - o[i] ** 2, 2 * oth[0] * oth[1]) == _cd(ang):
                p, q = oth[0] * k, oth[1] * k
                break
    dist = sp.sqrt(p * p + q * q - 2 * p * q * _cd(ang))
    place = rng.choice([("호수", "호수의 양 끝 지점 A, B"), ("산", "산을 사이에 둔 두 마을 A, B"),
                        ("연못", "연못 가장자리의 두 지점 A, B"), ("건물", "큰 건물을 사이에 둔 두 지점 A, B")])
    text = rng.choice([
        f"{place[1]} 사이의 거리를 구하기 위해 지점 C에서 측량하였더니 {_seg('CA', st)} = {p} m, {_seg('CB', st)} = {q} m, {_ang('ACB', st)} = {ang}°이었다. 두 지점 A, B 사이의 거리를 {_end(rng)}",
        f"{place[0]} 때문에 직접 잴 수 없는 두 지점 A, B 사이의 거리를 알아보려고 한다. 한 지점 C에서 A까지의 거리가 {p} m, B까지의 거리가 {q} m이고 ∠ACB의 크기가 {ang}°일 때, A와 B 사이의 거리는 몇 m인지 {_end(rng)}",
        f"드론이 지점 C에서 출발하여 {p} m 떨어진 지점 A를 촬영한 뒤 방향을 바꾸어, C에서 {q} m 떨어진 지점 B를 촬영하였다. ∠ACB = {ang}°일 때, 두 지점 A, B 사이의 거리를 {_end(rng)}",
    ])
    ans = _ans(dist) + " m"
    d = 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d), concepts=["코사인법칙"],
                   check=lambda: abs(float(_P(ans[:-2])) ** 2 - (p * p + q * q - 2 * p * q * _m_cos(ang))) < 1e-6)


@family(_T3, "surveying-sine-law")
def _c3_survey(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, B = rng.choice([(75, 60), (60, 75), (45, 105), (105, 45), (30, 105), (30, 120), (120, 30), (45, 90), (90, 45), (75, 75)])
    C = 180 - A - B
    d0 = rng.choice([20, 30, 40, 50, 60, 100, 120, 200])
    ac = sp.expand(sp.radsimp(d0 * _sd(B) / _sd(C)))
    ask_bc = rng.random() < 0.4
    val = sp.expand(sp.radsimp(d0 * _sd(A) / _sd(C))) if ask_bc else ac
    tgt = rng.choice(["강 건너편의 나무", "섬에 있는 등대", "호수 건너편의 정자", "골짜기 건너편의 바위"])
    text = rng.choice([
        f"강가의 두 지점 A, B 사이의 거리는 {d0} m이다. {tgt}를 C라 할 때, {_ang('CAB', st)} = {A}°, {_ang('CBA', st)} = {B}°이었다. 두 지점 {'B, C' if ask_bc else 'A, C'} 사이의 거리를 {_end(rng)}",
        f"{d0} m 떨어진 두 지점 A, B에서 {tgt} C를 바라본 각이 각각 ∠CAB = {A}°, ∠ABC = {B}°이다. 지점 {'B' if ask_bc else 'A'}에서 C까지의 거리는 몇 m인지 {_end(rng)}",
    ])
    ans = (f"({_ans(val)})" if "+" in _ans(val) or "-" in _ans(val) else _ans(val)) + " m"

    def chk() -> bool:
        ref = d0 * (_m_sin(A) if ask_bc else _m_sin(B)) / _m_sin(C)
        return abs(float(_P(ans[:-2])) - ref) < 1e-6

    d = 3 if C in (30, 45, 60, 90, 120, 135) else 4
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d), concepts=["사인법칙"], check=chk)


_SHAPES = ["정삼각형", "a = b인 이등변삼각형", "b = c인 이등변삼각형", "A = 90°인 직각삼각형", "B = 90°인 직각삼각형",
           "C = 90°인 직각삼각형", "c = a인 이등변삼각형"]


@family(_T3, "triangle-shape-from-relation")
def _c3_shape(rng: random.Random) -> Problem:
    st = pick_style(rng)
    rel, shape = rng.choice([
        ("a\\sin A = b\\sin B", "a = b인 이등변삼각형"),
        ("\\sin^{2}A = \\sin^{2}B + \\sin^{2}C", "A = 90°인 직각삼각형"),
        ("\\sin^{2}C = \\sin^{2}A + \\sin^{2}B", "C = 90°인 직각삼각형"),
        ("b\\cos C = c\\cos B", "b = c인 이등변삼각형"),
        ("a\\cos B = b\\cos A", "a = b인 이등변삼각형"),
        ("\\sin B = 2\\sin A\\cos C", "c = a인 이등변삼각형"),
        ("c\\cos A = a\\cos C", "c = a인 이등변삼각형"),
        ("b\\sin B = c\\sin C", "b = c인 이등변삼각형"),
    ])
    ch = choices(rng, shape, [s for s in _SHAPES if s != shape])
    d = 4 if "cos" in rel else 3
    text = with_choices(rng.choice([
        f"삼각형 ABC에서 {_jr(rel, st, '이/가')} 성립할 때, 이 삼각형은 어떤 삼각형인가?{exam_points(rng, d)}",
        f"삼각형 ABC의 세 각 A, B, C의 대변의 길이를 각각 a, b, c라 하자. {_jr(rel, st, '이/가')} 성립할 때, 삼각형 ABC의 모양으로 옳은 것은?",
        f"세 변의 길이가 a, b, c인 삼각형 ABC에 대하여 등식 {_jr(rel, st, '이/가')} 성립한다. 삼각형 ABC는 어떤 삼각형인가?{exam_points(rng, d)}",
        f"다음 조건을 만족시키는 삼각형 ABC는 어떤 삼각형인지 고르시오.\n{_r(rel, st)}",
    ]), ch)

    def chk() -> bool:
        import math
        # the relation must hold on a sample triangle of the claimed shape and fail on a scalene one
        def holds(Aa: float, Bb: float) -> bool:
            Cc = 180 - Aa - Bb
            a_, b_, c_ = _m_sin(Aa), _m_sin(Bb), _m_sin(Cc)
            sA, sB, sC, cA, cB, cC = a_, b_, c_, _m_cos(Aa), _m_cos(Bb), _m_cos(Cc)
            lhs_rhs = {
                "a\\sin A = b\\sin B": (a_ * sA, b_ * sB), "\\sin^{2}A = \\sin^{2}B + \\sin^{2}C": (sA**2, sB**2 + sC**2),
                "\\sin^{2}C = \\sin^{2}A + \\sin^{2}B": (sC**2, sA**2 + sB**2), "b\\cos C = c\\cos B": (b_ * cC, c_ * cB),
                "a\\cos B = b\\cos A": (a_ * cB, b_ * cA), "\\sin B = 2\\sin A\\cos C": (sB, 2 * sA * cC),
                "c\\cos A = a\\cos C": (c_ * cA, a_ * cC), "b\\sin B = c\\sin C": (b_ * sB, c_ * sC)}[rel]
            return math.isclose(*lhs_rhs, abs_tol=1e-9)
        sample = {"a = b인 이등변삼각형": (50, 50), "b = c인 이등변삼각형": (80, 50), "c = a인 이등변삼각형": (50, 80),
                  "A = 90°인 직각삼각형": (90, 35), "C = 90°인 직각삼각형": (35, 55)}[shape]
        return holds(*sample) and not holds(47, 61)

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d), choice=ch,
                   concepts=["사인법칙", "코사인법칙"] if "cos" in rel else ["사인법칙"], check=chk)


@family(_T3, "sine-ratio-to-angle")
def _c3_ratio(rng: random.Random) -> Problem:
    st = pick_style(rng)
    (p, q, r), ang = rng.choice(_EIS[:5])
    o = [p, q, r]
    rng.shuffle(o)
    which = max(o) if ang == 120 else None
    if which is None:
        for i in range(3):
            oth = [o[j] for j in range(3) if j != i]
            if sp.Rational(oth[0] ** 2 + oth[1] ** 2 - o[i] ** 2, 2 * oth[0] * oth[1]) == R(1, 2):
                which = o[i]
    V = "ABC"[o.index(which)]
    mode = rng.randrange(2)
    rat = f"{o[0]} : {o[1]} : {o[2]}"
    if mode == 0:
        text = rng.choice([
            f"삼각형 ABC에서 sin A : sin B : sin C = {rat}일 때, 각 {V}의 크기를 {_end(rng)}",
            f"삼각형 ABC에서 {_r(chr(92) + 'sin A : ' + chr(92) + 'sin B : ' + chr(92) + 'sin C', st)} = {rat}이다. {_ang(V, st)}의 크기를 {_end(rng)}",
            f"세 내각의 사인값의 비가 sin A : sin B : sin C = {rat}인 삼각형 ABC에서 각 {V}의 크기는 몇 도인지 {_end(rng)}",
            f"삼각형 ABC의 세 변의 길이의 비가 a : b : c = {rat}일 때, 각 {V}의 크기를 {_end(rng)}",
        ])
        ans = f"{ang}°"
    else:
        text = rng.choice([
            f"삼각형 ABC에서 (a + b) : (b + c) : (c + a) = {o[0] + o[1]} : {o[1] + o[2]} : {o[2] + o[0]}일 때, 각 {V}의 크기를 {_end(rng)}",
            f"세 변의 길이가 a, b, c인 삼각형 ABC에서 (a + b) : (b + c) : (c + a) = {o[0] + o[1]} : {o[1] + o[2]} : {o[2] + o[0]}이다. 삼각형 ABC의 세 내각 중 크기가 {'가장 큰' if ang == 120 else '60°인'} 각의 크기를 {_end(rng)}",
        ])
        ans = f"{ang}°"
    d = 3 if mode == 0 else 4

    def chk() -> bool:
        i = "ABC".index(V)
        oth = [o[j] for j in range(3) if j != i]
        return abs((oth[0] ** 2 + oth[1] ** 2 - o[i] ** 2) / (2 * oth[0] * oth[1]) - _m_cos(int(ans[:-1]))) < 1e-9

    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["사인법칙", "코사인법칙"], check=chk)


# ================================================================================================
# 12대수03-01 수열의 뜻
# ================================================================================================
_S1 = "12대수03-01"
_AN = "a_{n}"


def _ltx(e) -> str:
    """A sympy expression in n/k as LaTeX-lite (no $)."""
    t = sp.latex(e, order="lex" if e.is_polynomial(_n) else None).replace("\\left", "").replace("\\right", "")
    t = re.sub(r"(\d) (?=[a-z(])", r"\1", t).replace(" \\cdot ", " \\times ")
    t = re.sub(r"(?<=[\w)]) (?=\()", "", t)
    t = re.sub(r"(?<=\)) (?=\w)", "", t)
    return re.sub(r"\^\{([^{}]*)\}", lambda m: "^{" + m.group(1).replace(" ", "") + "}", t)


def _terms_str(vals, st: str) -> str:
    return ", ".join(_r(_tx(v), st) if st == "latex" else _ans(v).replace("-", "−" if st == "unicode" else "-") for v in vals)


def _sq(s: str, st: str) -> str:
    """The sequence {aₙ} in style ``st``."""
    return _r("\\{" + s + "_{n}\\}", st)


def _seq_name(rng: random.Random) -> tuple[str, str]:
    """('a', tex of the n-th term) with a random letter."""
    s = rng.choice(["a", "a", "a", "b", "c"])
    return s, s + "_{n}"


_GEN_POOL = [
    lambda rng: rng.randint(2, 6) * _n + rng.randint(-5, 5),
    lambda rng: _n**2 + rng.randint(-3, 3) * _n,
    lambda rng: _n * (_n + rng.randint(1, 3)),
    lambda rng: sp.Integer(rng.choice([2, 3])) ** _n + rng.choice([-1, 0, 1]),
    lambda rng: (-1) ** (_n + 1) * _n,
    lambda rng: _n / (_n + rng.randint(1, 2)),
    lambda rng: (-1) ** _n * rng.choice([1, 2, 3]),
    lambda rng: 1 / (_n * (_n + 1)),
    lambda rng: sp.Integer(10) ** _n - 1,
    lambda rng: (2 * _n - 1) ** 2,
    lambda rng: rng.choice([2, 3]) * _n**2 - rng.randint(0, 4),
]


@family(_S1, "term-from-formula")
def _s1_term(rng: random.Random) -> Problem:
    st = pick_style(rng)
    e = rng.choice(_GEN_POOL)(rng)
    s, an = _seq_name(rng)
    mode = rng.randrange(3)
    if mode == 0:
        kk = rng.randint(3, 12)
        val = e.subs(_n, kk)
        text = rng.choice([
            f"수열 {_sq(s, st)}의 일반항이 {_r(an + ' = ' + _ltx(e), st)}일 때, 제{kk}항을 {_end(rng)}",
            f"일반항이 {_r(an + ' = ' + _ltx(e), st)}인 수열의 제{kk}항을 {_end(rng)}",
            f"수열 {_sq(s, st)}에서 {_r(an + ' = ' + _ltx(e), st)}일 때, {_r(s + '_{' + str(kk) + '}', st)}의 {_end(rng, '값')}",
        ])
        ans, d = _ans(val), 1
        chk = lambda: _same(ans, e.subs(_n, kk))  # noqa: E731
    elif mode == 1:
        p, q = rng.sample(range(1, 9), 2)
        val = e.subs(_n, p) + e.subs(_n, q)
        text = f"수열 {_sq(s, st)}의 일반항이 {_r(an + ' = ' + _ltx(e), st)}일 때, {_r(s + '_{' + str(p) + '} + ' + s + '_{' + str(q) + '}', st)}의 {_end(rng, '값')}"
        ans, d = _ans(val), 2
        chk = lambda: _same(ans, e.subs(_n, p) + e.subs(_n, q))  # noqa: E731
    else:
        vals = [e.subs(_n, i) for i in range(1, 5)]
        text = rng.choice([
            f"일반항이 {_r(an + ' = ' + _ltx(e), st)}인 수열 {_sq(s, st)}의 첫째항부터 제4항까지를 차례대로 {_end(rng, '쓰')}",
            f"다음 □ 안에 알맞은 수를 써넣으시오.\n수열 {_sq(s, st)}의 일반항이 {_r(an + ' = ' + _ltx(e), st)}이면 이 수열은 □, □, □, □, … 이다.",
        ])
        ans, d = ", ".join(_ans(v) for v in vals), 1
        chk = lambda: all(_same(t, e.subs(_n, i)) for i, t in enumerate(ans.split(", "), 1))  # noqa: E731
    fmt = "fill" if "□" in text else "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["수열", "항", "일반항"], check=chk)


@family(_S1, "general-term-from-list")
def _s1_general(rng: random.Random) -> Problem:
    st = pick_style(rng)
    e = rng.choice(_GEN_POOL)(rng)
    vals = [e.subs(_n, i) for i in range(1, 6)]
    lst = _terms_str(vals, st)
    text = rng.choice([
        f"다음 수열의 일반항 {_jr(_AN, st, '을/를')} 추측하여 n에 대한 식으로 나타내시오.\n{lst}, …",
        f"수열 {lst}, …의 일반항을 {_end(rng)}",
        f"규칙을 찾아 다음 수열의 제n항을 n에 대한 식으로 나타내시오.\n{lst}, …",
        f"다음과 같이 나열된 수열 {_sq('a', st)}의 일반항을 구하고, 그 규칙을 말로 설명하시오.\n{lst}, …",
        f"{josa(name(rng), '이/가')} 칠판에 {lst}, …을 적었다. 이 수열의 제n항을 나타내는 식을 {_end(rng)}",
    ])
    ans = "a_n = " + _ans(sp.simplify(e) if e.has(sp.Pow) and not e.is_polynomial(_n) else sp.expand(e) if e.is_polynomial(_n) else e)
    d = 2 if e.is_polynomial(_n) and sp.degree(e, _n) == 1 else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["수열", "일반항"], check=lambda: all(_P(ans.split("=")[1]).subs(_n, i) == vals[i - 1] for i in range(1, 6)))


@family(_S1, "which-term-equals")
def _s1_which(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        c = rng.randint(1, 4)
        e = _n * (_n + c)
    elif kind == 1:
        c = rng.randint(-4, 4)
        e = _n**2 + c
    else:
        c = rng.randint(2, 9)
        e = c * _n - rng.randint(1, c - 1)
    kk = rng.randint(6, 25)
    val = e.subs(_n, kk)
    s, an = _seq_name(rng)
    text = rng.choice([
        f"수열 {_sq(s, st)}의 일반항이 {_r(an + ' = ' + _ltx(e), st)}일 때, {josa(str(val), '은/는')} 제몇 항인지 {_end(rng)}",
        f"일반항이 {_r(an + ' = ' + _ltx(e), st)}인 수열에서 {josa(str(val), '이/가')} 몇 번째 항인지 {_end(rng)}",
        f"수열 {_sq(s, st)}에서 {_r(an + ' = ' + _ltx(e), st)}이다. {_jr(s + '_{k} = ' + str(val), st, '을/를')} 만족시키는 자연수 k의 값을 {_end(rng)}",
    ])
    return Problem(text=text, answer=f"제{kk}항" if "제몇" in text else str(kk), format="computation", difficulty=2,
                   achievement_level="D", concepts=["수열", "항", "일반항"],
                   check=lambda: [v for v in sp.solve(e - val, _n) if v.is_integer and v > 0] == [kk])


_FIGS = [
    ("성냥개비로 정사각형을 한 줄로 이어 붙여 만든 모양", "정사각형이 n개일 때 필요한 성냥개비의 개수", 3 * _n + 1),
    ("성냥개비로 정삼각형을 한 줄로 이어 붙여 만든 모양", "정삼각형이 n개일 때 필요한 성냥개비의 개수", 2 * _n + 1),
    ("바둑돌을 정사각형 모양으로 배열한 모양", "n번째 모양의 바둑돌의 개수", (_n + 1) ** 2),
    ("바둑돌을 삼각형 모양으로 쌓은 모양", "n번째 모양의 바둑돌의 개수", _n * (_n + 1) / 2),
    ("원 위에 점을 찍고 모든 두 점을 선분으로 이은 그림", "점이 n + 1개일 때 그을 수 있는 선분의 개수", _n * (_n + 1) / 2),
    ("정사각형 모양 타일 둘레에 테두리 타일을 두른 모양", "n번째 모양의 테두리 타일의 개수", 4 * _n + 4),
    ("직사각형 모양의 종이를 같은 방향으로 반씩 접는 활동", "n번 접은 후 펼쳤을 때 접힌 선으로 나누어진 칸의 개수", 2**_n),
]


@family(_S1, "pattern-table")
def _s1_pattern(rng: random.Random) -> Problem:
    st = pick_style(rng)
    what, meaning, e = rng.choice(_FIGS)
    vals = [e.subs(_n, i) for i in range(1, 5)]
    kk = rng.choice([8, 10, 12, 15, 20]) if not e.has(sp.Pow) or e.is_polynomial(_n) else rng.choice([6, 7, 8, 10])
    target = e.subs(_n, kk)
    tbl = "| n | 1 | 2 | 3 | 4 |\n| aₙ | " + " | ".join(str(v) for v in vals) + " |"
    mode = rng.randrange(2)
    if mode == 0:
        text = f"{what}에서 {josa(meaning, '을/를')} aₙ이라 할 때, 처음 몇 항을 조사하였더니 다음 표와 같았다. 규칙을 찾아 {_r('a_{' + str(kk) + '}', st)}의 값을 {_end(rng)}\n{tbl}"
        ans = str(target)
    else:
        text = f"{what}에서 {josa(meaning, '을/를')} aₙ이라 하자. 다음 표를 보고 일반항 aₙ을 n에 대한 식으로 나타내시오.\n{tbl}"
        ans = "a_n = " + _ans(sp.expand(e) if e.is_polynomial(_n) else e)
    return Problem(text=text, answer=ans, format="data", difficulty=2 + mode, achievement_level=secondary_level(2 + mode),
                   concepts=["수열", "일반항", "항"],
                   check=lambda: (int(ans) == e.subs(_n, kk)) if mode == 0 else all(_P(ans.split("=")[1]).subs(_n, i) == vals[i - 1] for i in range(1, 5)))


@family(_S1, "general-term-mcq")
def _s1_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cands = [
        (lambda: (-1) ** (_n + 1), [(-1) ** _n, -(-1) ** (_n + 1) * 2, (-1) ** _n * _n, sp.Integer(1), (-1) ** (2 * _n)]),
        (lambda: 2 * _n - 1, [2 * _n + 1, _n + 1, 2 * _n, _n**2, 3 * _n - 2]),
        (lambda: _n**2 + 1, [_n**2, (_n + 1) ** 2, 2 * _n, _n**2 - 1, 3 * _n - 1]),
        (lambda: _n / (_n + 1), [(_n + 1) / _n, _n / (2 * _n - 1), 1 / (_n + 1), (_n - 1) / _n, _n / (_n + 2)]),
        (lambda: 3 * 2 ** (_n - 1), [3 * 2**_n, 2 * 3 ** (_n - 1), 3 * _n, 3 ** _n, 6 * _n - 3]),
        (lambda: (-1) ** (_n + 1) / _n, [(-1) ** _n / _n, 1 / _n, (-1) ** (_n + 1) * _n, (-1) ** _n * _n, -1 / _n]),
    ]
    mk, wrongs = rng.choice(cands)
    e = mk()
    vals = [e.subs(_n, i) for i in range(1, 5)]
    wrong_ok = [w for w in wrongs if [w.subs(_n, i) for i in range(1, 5)] != vals]
    opts = [_r(_AN + " = " + _ltx(w), st) for w in wrong_ok]
    ch = choices(rng, _r(_AN + " = " + _ltx(e), st), opts)
    text = with_choices(rng.choice([
        f"수열 {_terms_str(vals, st)}, …의 일반항 {_jr(_AN, st, '으로/로')} 알맞은 것은?{exam_points(rng, 2)}",
        f"다음 중 수열 {_terms_str(vals, st)}, …의 제n항을 바르게 나타낸 것은?",
        f"처음 네 항이 {_terms_str(vals, st)}인 수열 {_sq('a', st)}의 일반항으로 가장 적절한 것을 고르면?",
    ]), ch)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["수열", "일반항"], check=lambda: len(wrong_ok) >= 4 and all(e.subs(_n, i) == vals[i - 1] for i in range(1, 5)))


@family(_S1, "described-sequence")
def _s1_described(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    N = rng.choice([10, 12, 15, 20])
    if kind == 0:
        m = rng.choice([3, 4, 5, 7])
        desc = f"자연수 n을 {josa(str(m), '으로/로')} 나눈 나머지"
        seq = [i % m for i in range(1, N + 1)]
    elif kind == 1:
        desc = "자연수 n의 양의 약수의 개수"
        seq = [sum(1 for j in range(1, i + 1) if i % j == 0) for i in range(1, N + 1)]
    elif kind == 2:
        b = rng.choice([2, 3, 7])
        desc = f"{b}ⁿ의 일의 자리의 수"
        seq = [pow(b, i, 10) for i in range(1, N + 1)]
    else:
        desc = "자연수 n의 각 자리의 숫자의 합"
        N = rng.choice([15, 20, 25])
        seq = [sum(int(ch) for ch in str(i)) for i in range(1, N + 1)]
    mode = rng.randrange(2)
    if mode == 0:
        kk = rng.randint(5, N)
        text = f"{josa(desc, '을/를')} {_r('a_{n}', st)}이라 할 때, {_r('a_{' + str(kk) + '}', st)}의 값을 {_end(rng)}" if rng.random() < 0.5 else \
            f"수열 {_sq('a', st)}의 제n항을 '{desc}'{josa(desc, '으로/로')[len(desc):]} 정할 때, 제{kk}항을 {_end(rng)}"
        ans = str(seq[kk - 1])
        d = 2
    else:
        text = f"수열 {_sq('a', st)}의 제n항을 {josa(desc, '으로/로')} 정의할 때, {_r('a_{1} + a_{2} + a_{3} + ' + chr(92) + 'cdots + a_{' + str(N) + '}', st)}의 값을 {_end(rng)}"
        ans = str(sum(seq))
        d = 3

    def chk() -> bool:
        if kind == 1:
            ref = [int(sp.divisor_count(i)) for i in range(1, N + 1)]
        elif kind == 0:
            ref = [int(sp.Mod(i, m)) for i in range(1, N + 1)]
        elif kind == 2:
            ref = [int(str(b**i)[-1]) for i in range(1, N + 1)]
        else:
            ref = [sum(map(int, str(i))) for i in range(1, N + 1)]
        return ans == (str(ref[kk - 1]) if mode == 0 else str(sum(ref)))

    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["수열", "항"], check=chk)


@family(_S1, "fill-missing-terms")
def _s1_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    e = rng.choice(_GEN_POOL[:5] + _GEN_POOL[9:])(rng)
    vals = [e.subs(_n, i) for i in range(1, 7)]
    holes = sorted(rng.sample(range(1, 6), 2))
    shown = [("□" if i in holes else (_r(_tx(v), st) if st == "latex" else _ans(v))) for i, v in enumerate(vals)]
    text = rng.choice([
        f"다음 수열의 규칙을 찾아 □ 안에 알맞은 수를 차례대로 써넣으시오.\n{', '.join(shown)}, …",
        f"일정한 규칙에 따라 수를 나열한 것이다. □ 안에 알맞은 수를 구하시오.\n{', '.join(shown)}, …",
        f"수열 {', '.join(shown)}, …에서 빈칸에 들어갈 두 수를 차례대로 쓰시오.",
        f"다음은 어떤 규칙에 따라 나열한 수열의 일부이다. □에 알맞은 수를 써넣으시오.\n{', '.join(shown)}, …",
    ])
    ans = ", ".join(_ans(vals[i]) for i in holes)
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D", concepts=["수열", "항"],
                   check=lambda: [_P(t) for t in ans.split(", ")] == [e.subs(_n, i + 1) for i in holes])


@family(_S1, "compare-two-sequences-task")
def _s1_compare(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b_ = rng.choice([2, 3])
    p = rng.choice([2, 3]) if b_ == 2 else 2
    c = rng.randint(0, 3)
    e1 = sp.Integer(b_) ** _n
    e2 = _n**p + c * _n
    N = rng.choice([8, 10, 12])
    cnt = sum(1 for i in range(1, N + 1) if e1.subs(_n, i) > e2.subs(_n, i))
    who = name(rng)
    text = (f"{josa(who, '은/는')} 두 수열 {_r('a_{n} = ' + _ltx(e1), st)}, {_r('b_{n} = ' + _ltx(e2), st)}의 항을 표로 만들어 비교하려고 한다. "
            f"1 ≤ n ≤ {N}인 자연수 n 중에서 {_r('a_{n} > b_{n}', st)}을 만족시키는 n의 개수를 구하고, 처음 몇 항의 표를 근거로 설명하시오.")
    return Problem(text=text, answer=str(cnt), format="task", difficulty=3, achievement_level="B", concepts=["수열", "항", "일반항"],
                   check=lambda: cnt == len([i for i in range(1, N + 1) if b_**i > i**p + c * i]))


# ================================================================================================
# 12대수03-02 등차수열
# ================================================================================================
_S2 = "12대수03-02"


def _ap(a1, d, k):
    return a1 + (k - 1) * d


def _ap_sum(a1, d, m):
    return sp.Rational(m * (2 * a1 + (m - 1) * d), 2)


def _chk_ap_sum(a1, d, m, val) -> bool:
    k = sp.Symbol("k", integer=True)
    return sp.summation(a1 + (k - 1) * d, (k, 1, m)) == sp.sympify(val)


@family(_S2, "ap-general-term")
def _s2_general(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a1 = rng.randint(-10, 15)
    d = rng.choice([v for v in range(-6, 8) if v]) if rng.random() < 0.85 else rng.choice([R(1, 2), R(-1, 2), R(3, 2)])
    vals = [_ap(a1, d, i) for i in range(1, 5)]
    e = sp.expand(a1 + (_n - 1) * d)
    mode = rng.randrange(3)
    if mode == 0:
        text = rng.choice([
            f"첫째항이 {a1}, 공차가 {_r(_tx(d), st)}인 등차수열의 일반항 {_jr(_AN, st, '을/를')} {_end(rng)}",
            f"등차수열 {_terms_str(vals, st)}, …의 일반항을 {_end(rng)}",
        ])
        ans = "a_n = " + _ans(e)
        chk = lambda: sp.expand(_P(ans.split("=")[1]) - e) == 0  # noqa: E731
        d_ = 2
    elif mode == 1:
        kk = rng.randint(10, 40)
        text = rng.choice([
            f"등차수열 {_terms_str(vals, st)}, …의 제{kk}항을 {_end(rng)}",
            f"첫째항이 {a1}이고 공차가 {_r(_tx(d), st)}인 등차수열의 제{kk}항을 {_end(rng)}",
        ])
        ans = _ans(_ap(a1, d, kk))
        chk = lambda: _same(ans, e.subs(_n, kk))  # noqa: E731
        d_ = 2
    else:
        kk = rng.randint(12, 45)
        target = _ap(a1, d, kk)
        text = rng.choice([
            f"등차수열 {_terms_str(vals, st)}, …에서 {josa(_ans(target), '은/는')} 제몇 항인지 {_end(rng)}",
            f"첫째항이 {a1}, 공차가 {_r(_tx(d), st)}인 등차수열에서 {josa(_ans(target), '이/가')} 몇 번째 항인지 {_end(rng)}",
        ])
        ans = f"제{kk}항"
        chk = lambda: sp.solve(e - target, _n) == [kk]  # noqa: E731
        d_ = 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d_, achievement_level=secondary_level(d_),
                   concepts=["등차수열", "공차", "일반항"], check=chk)


@family(_S2, "ap-from-two-terms")
def _s2_two(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a1 = rng.randint(-12, 20)
    d = rng.choice([v for v in range(-5, 7) if v])
    p, q = sorted(rng.sample(range(2, 15), 2))
    ap_, aq = _ap(a1, d, p), _ap(a1, d, q)
    r_ = rng.randint(15, 30)
    s, _an = _seq_name(rng)
    cond = f"{_r(s + '_{' + str(p) + '} = ' + str(ap_), st)}, {_r(s + '_{' + str(q) + '} = ' + str(aq), st)}"
    mode = rng.randrange(3)
    if mode == 0:
        text = f"등차수열 {_sq(s, st)}에서 {cond}일 때, {_r(s + '_{' + str(r_) + '}', st)}의 {_end(rng, '값')}"
        ans = str(_ap(a1, d, r_))
    elif mode == 1:
        text = f"제{p}항이 {ap_}, 제{q}항이 {josa(str(aq), '인/인')[:-1]}인 등차수열의 첫째항과 공차를 각각 {_end(rng)}"
        ans = f"첫째항 {a1}, 공차 {d}"
    else:
        text = (f"등차수열 {_sq(s, st)}에 대하여 {cond}일 때, {_jr(s + '_{n} > ' + str(max(ap_, aq) + 40 * abs(d)), st, '을/를') if d > 0 else _jr(s + '_{n} < ' + str(min(ap_, aq) - 40 * abs(d)), st, '을/를')}"
                f" 만족시키는 자연수 n의 최솟값을 {_end(rng)}")
        bound = max(ap_, aq) + 40 * abs(d) if d > 0 else min(ap_, aq) - 40 * abs(d)
        nmin = next(i for i in range(1, 500) if (_ap(a1, d, i) > bound if d > 0 else _ap(a1, d, i) < bound))
        ans = str(nmin)

    def chk() -> bool:
        A, D = sp.symbols("A D")
        so = sp.solve([A + (p - 1) * D - ap_, A + (q - 1) * D - aq], [A, D])
        if mode == 0:
            return ans == str(so[A] + (r_ - 1) * so[D])
        if mode == 1:
            return (so[A], so[D]) == (a1, d)
        bnd = max(ap_, aq) + 40 * abs(d) if d > 0 else min(ap_, aq) - 40 * abs(d)
        sol = sp.solve(so[A] + (_n - 1) * so[D] - bnd, _n)[0]
        return int(ans) == sp.floor(sol) + 1

    return Problem(text=text, answer=ans, format="computation", difficulty=3 if mode < 2 else 4,
                   achievement_level="C" if mode < 2 else "B", concepts=["등차수열", "공차", "일반항"], check=chk)


@family(_S2, "ap-middle-term")
def _s2_middle(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    if mode == 0:
        p, q = rng.sample(range(-20, 30), 2)
        if (p + q) % 2:
            q += 1
        x = sp.Rational(p + q, 2)
        text = rng.choice([
            f"세 수 {p}, x, {josa(str(q), '이/가')} 이 순서대로 등차수열을 이룰 때, x의 값을 {_end(rng)}",
            f"{josa(str(p), '과/와')} {q} 사이의 등차중항을 {_end(rng)}",
        ])
        ans = _ans(x)
        chk = lambda: _same(ans, sp.Rational(p + q, 2))  # noqa: E731
        d_ = 1
    elif mode == 1:
        # x-? : k, x^2, m  with 2x^2 = k + m… keep integer: three numbers a-d, a, a+d with sum and product
        a = rng.randint(2, 8)
        dd = rng.randint(1, 5)
        ssum, prod = 3 * a, (a - dd) * a * (a + dd)
        text = (f"등차수열을 이루는 세 수의 합이 {ssum}이고 곱이 {prod}일 때, 세 수 중 가장 큰 수를 {_end(rng)}")
        ans = str(a + dd)

        def chk() -> bool:
            A, D = sp.symbols("A D")
            sols = sp.solve([3 * A - ssum, (A - D) * A * (A + D) - prod], [A, D], dict=True)
            return all(max(so[A] - so[D], so[A] + so[D]) == int(ans) for so in sols)
        d_ = 3
    else:
        r1, r2 = rng.sample([v for v in range(-5, 6) if v], 2)
        if r1 + r2 == 0:
            r2 = r2 + 1 if r2 + 1 != r1 and r2 + 1 != 0 else r2 + 2
        c = rng.randint(-3, 3)
        a = 2 * (r1 + r2)
        b = 2 * c - 2 * r1 * r2
        mid_tex = "x^{2}" + (f" + {c}" if c > 0 else f" - {-c}" if c < 0 else "")
        mid = _r(mid_tex, st)
        first = _r(f"{a}x" if a not in (1, -1) else ("x" if a == 1 else "-x"), st)
        text = rng.choice([
            f"세 수 {first}, {mid}, {josa(str(b), '이/가')} 이 순서대로 등차수열을 이룰 때, 실수 x의 값을 모두 {_end(rng)}",
            f"{_jr(mid_tex, st, '이/가')} 두 수 {first}, {b}의 등차중항일 때, 가능한 실수 x의 값을 모두 {_end(rng)}",
        ])
        ans = ", ".join(str(v) for v in sorted([r1, r2]))

        def chk() -> bool:
            roots = sorted(sp.solve(sp.Eq(2 * (_x**2 + c), a * _x + b), _x))
            return ans == ", ".join(str(v) for v in roots)
        d_ = 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d_, achievement_level=secondary_level(d_),
                   concepts=["등차수열", "등차중항"], check=chk)


@family(_S2, "ap-sum")
def _s2_sum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a1 = rng.randint(-10, 20)
    d = rng.choice([v for v in range(-4, 7) if v])
    m = rng.randint(8, 30)
    S = _ap_sum(a1, d, m)
    last = _ap(a1, d, m)
    vals = [_ap(a1, d, i) for i in range(1, 4)]
    mode = rng.randrange(4)
    if mode == 0:
        text = f"첫째항이 {a1}, 공차가 {d}인 등차수열의 첫째항부터 제{m}항까지의 합을 {_end(rng)}"
    elif mode == 1:
        text = f"등차수열 {_terms_str(vals, st)}, …의 첫째항부터 제{m}항까지의 합을 {_end(rng)}"
    elif mode == 2:
        text = f"첫째항이 {a1}, 끝항이 {josa(str(last), '인/인')[:-1]}인 등차수열의 항의 개수가 {m}일 때, 이 등차수열의 모든 항의 합을 {_end(rng)}"
    else:
        terms = " + ".join(_tx(v) for v in vals) + " + \\cdots + " + ("(" + str(last) + ")" if last < 0 else str(last))
        text = f"다음 합을 {_end(rng)}\n{_r(terms, st)}"
    return Problem(text=text, answer=str(S), format="computation", difficulty=2 if mode < 2 else 3,
                   achievement_level="D" if mode < 2 else "C", concepts=["등차수열", "등차수열의 합"],
                   check=lambda: _chk_ap_sum(a1, d, m, S))


@family(_S2, "sum-of-multiples")
def _s2_multiples(rng: random.Random) -> Problem:
    m = rng.choice([3, 4, 5, 6, 7, 8, 9, 11, 12])
    r_ = rng.choice([0, 0, 1, 2]) % m
    lo, hi = rng.choice([(1, 100), (100, 200), (50, 150), (1, 200), (10, 99), (100, 999)])
    nums = [v for v in range(lo, hi + 1) if v % m == r_]
    mode = rng.randrange(2)
    rng_t = f"{lo} 이상 {hi} 이하의" if rng.random() < 0.5 else (f"{hi} 이하의" if lo == 1 else f"{lo}부터 {hi}까지의")
    desc = (f"{m}의 배수" if r_ == 0 else f"{josa(str(m), '으로/로')} 나누었을 때의 나머지가 {josa(str(r_), '인/인')[:-1]}인 수")
    if r_ == 0:
        text = f"{rng_t} 자연수 중에서 {desc}의 {'합' if mode == 0 else '개수와 그 합'}을 {_end(rng)}"
    else:
        text = f"{rng_t} 자연수 중에서 {desc}의 {'합' if mode == 0 else '개수와 그 합'}을 {_end(rng)}"
    ans = str(sum(nums)) if mode == 0 else f"개수 {len(nums)}, 합 {sum(nums)}"
    first, cnt = nums[0], len(nums)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["등차수열", "등차수열의 합"],
                   check=lambda: _chk_ap_sum(first, m, cnt, sum(nums)) and cnt == (hi - r_) // m - (lo - 1 - r_) // m)


@family(_S2, "ap-sum-max")
def _s2_max(rng: random.Random) -> Problem:
    st = pick_style(rng)
    d = -rng.choice([2, 3, 4, 5])
    a1 = rng.randint(20, 60)
    sums = [_ap_sum(a1, d, i) for i in range(1, 80)]
    mx = max(sums)
    nmax = [i + 1 for i, v in enumerate(sums) if v == mx]
    vals = [_ap(a1, d, i) for i in range(1, 4)]
    text = rng.choice([
        f"첫째항이 {a1}, 공차가 {d}인 등차수열의 첫째항부터 제n항까지의 합을 {_jr('S_{n}', st, '이라/라')} 할 때, {_r('S_{n}', st)}의 최댓값을 {_end(rng)}",
        f"등차수열 {_terms_str(vals, st)}, …의 첫째항부터 제n항까지의 합이 최대가 되도록 하는 n의 값과 그때의 합을 {_end(rng)}",
        f"첫째항이 {a1}이고 공차가 {d}인 등차수열에서 첫째항부터 몇째 항까지의 합이 최대인지 구하고, 그 최댓값을 구하시오.",
        f"등차수열 {_sq('a', st)}에서 {_r('a_{1} = ' + str(a1), st)}, {_r('a_{2} = ' + str(a1 + d), st)}이다. 첫째항부터 제n항까지의 합 {_r('S_{n}', st)}의 최댓값을 {_end(rng)}{exam_points(rng, 4)}",
    ])
    ans = f"n = {', '.join(map(str, nmax))}, 최댓값 {mx}" if ("n의 값과" in text or "몇째 항" in text) else str(mx)
    Sn = sp.expand(_n * (2 * a1 + (_n - 1) * d) / 2)

    def chk() -> bool:
        vert = -sp.Poly(Sn, _n).all_coeffs()[1] / (2 * sp.Poly(Sn, _n).all_coeffs()[0])
        cands = [v for v in (sp.floor(vert), sp.ceiling(vert)) if v >= 1]
        best = max(Sn.subs(_n, v) for v in cands)
        return best == mx

    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["등차수열", "등차수열의 합"], check=chk)


@family(_S2, "insert-numbers")
def _s2_insert(rng: random.Random) -> Problem:
    m = rng.randint(3, 12)
    d = rng.choice([v for v in range(-6, 8) if v])
    a = rng.randint(-10, 20)
    b = a + (m + 1) * d
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([
            f"두 수 {josa(str(a), '과/와')} {b} 사이에 {m}개의 수를 넣어 만든 {m + 2}개의 수가 이 순서대로 등차수열을 이룰 때, 공차를 {_end(rng)}",
            f"{josa(str(a), '과/와')} {b} 사이에 {m}개의 수 {_jr('x_{1}, x_{2}, ' + chr(92) + 'cdots, x_{' + str(m) + '}', pick_style(rng), '을/를')} 넣어 등차수열을 만들었다. 이 등차수열의 공차를 {_end(rng)}",
        ])
        ans = str(d)
        chk = lambda: (b - a) / sp.Integer(m + 1) == d  # noqa: E731
    else:
        text = f"두 수 {josa(str(a), '과/와')} {b} 사이에 {m}개의 수를 넣어 등차수열을 만들 때, 넣은 {m}개의 수의 합을 {_end(rng)}"
        ans = str(sp.Rational(m * (a + b), 2))
        chk = lambda: _chk_ap_sum(a + d, d, m, ans)  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["등차수열", "공차"], check=chk)


@family(_S2, "ap-real-life")
def _s2_life(rng: random.Random) -> Problem:
    kind = rng.randrange(4)
    if kind == 0:
        a1, d, m = rng.randint(15, 30), rng.choice([2, 3, 4]), rng.randint(10, 25)
        text = (f"어느 공연장의 좌석은 첫째 줄에 {a1}석이 있고, 뒷줄로 갈수록 한 줄에 {d}석씩 늘어난다. "
                f"이 공연장의 좌석이 모두 {m}줄일 때, {rng.choice(['마지막 줄의 좌석 수와 전체 좌석 수를 구하시오.', '전체 좌석은 모두 몇 석인지 구하시오.'])}")
        S = _ap_sum(a1, d, m)
        ans = f"마지막 줄 {_ap(a1, d, m)}석, 전체 {S}석" if "마지막" in text else f"{S}석"
    elif kind == 1:
        a1, d, m = rng.choice([10000, 20000, 30000, 5000]), rng.choice([1000, 2000, 5000, 3000]), rng.choice([10, 12, 20, 24])
        who = name(rng)
        text = (f"{josa(who, '은/는')} 첫 달에 {a1:,}원을 저금하고, 그다음 달부터는 전달보다 {d:,}원씩 더 저금하기로 하였다. "
                f"{m}개월 동안 저금한 금액의 총합은 얼마인지 {_end(rng)} (단, 이자는 생각하지 않는다.)")
        S = _ap_sum(a1, d, m)
        ans = f"{int(S):,}원"
    elif kind == 2:
        top, d = rng.randint(1, 5), 1
        m = rng.randint(8, 20)
        S = _ap_sum(top, d, m)
        text = (f"통나무를 쌓는데 맨 위층에 {top}개를 놓고, 아래층으로 내려갈 때마다 1개씩 늘려 모두 {m}층으로 쌓았다. "
                f"사용한 통나무는 모두 몇 개인지 {_end(rng)}")
        a1 = top
        ans = f"{S}개"
    else:
        a1, d = rng.choice([(4, 3), (5, 2), (10, 5), (8, 4)])
        m = rng.randint(10, 20)
        S = _ap_sum(a1, d, m)
        text = (f"달리기 훈련을 시작한 {josa(name(rng), '은/는')} 첫날 {a1}분을 달리고, 다음 날부터 매일 전날보다 {d}분씩 더 달리기로 하였다. "
                f"{m}일째 되는 날 달리는 시간과 {m}일 동안 달린 시간의 합을 각각 {_end(rng)}")
        ans = f"{_ap(a1, d, m)}분, {S}분"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["등차수열", "등차수열의 합"], check=lambda: _chk_ap_sum(a1, d, m, S))


@family(_S2, "sum-formula-to-general-term")
def _s2_sn_an(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.choice([1, 2, 3, -1, 2])
    q = rng.randint(-5, 6)
    c = rng.choice([0, 0, 0, 1, -2, 3])
    Sn = p * _n**2 + q * _n + c
    e = sp.expand(Sn - Sn.subs(_n, _n - 1))
    a1 = Sn.subs(_n, 1)
    s_tex = "S_{n} = " + _ltx(Sn)
    mode = rng.randrange(3)
    if mode == 0:
        kk = rng.randint(5, 20)
        text = f"수열 {_sq('a', st)}의 첫째항부터 제n항까지의 합 {_jr('S_{n}', st, '이/가')} {_r(s_tex, st)}일 때, {_r('a_{' + str(kk) + '}', st)}의 {_end(rng, '값')}"
        ans = str(e.subs(_n, kk))
        chk = lambda: int(ans) == Sn.subs(_n, kk) - Sn.subs(_n, kk - 1)  # noqa: E731
        d_ = 3
    elif mode == 1:
        text = rng.choice([f"수열 {_sq('a', st)}의 첫째항부터 제n항까지의 합이 {_r(s_tex, st)}일 때, 일반항 {_jr(_AN, st, '을/를')} {_end(rng)}",
                           f"첫째항부터 제n항까지의 합이 {_r(s_tex, st)}인 수열 {_sq('a', st)}의 일반항을 {_end(rng)}",
                           f"{_jr(s_tex, st, '을/를')} 만족시키는 수열 {_sq('a', st)}의 일반항 {_jr(_AN, st, '을/를')} 구하고, 이 수열이 첫째항부터 등차수열을 이루는지 판단하시오."])
        ans = "a_n = " + _ans(e) if c == 0 else f"a₁ = {a1}, aₙ = {_ans(e)} (n ≥ 2)"
        if "판단" in text:
            ans += " / 첫째항부터 등차수열을 이룬다." if c == 0 else " / 첫째항부터 등차수열을 이루지는 않는다."
        chk = lambda: all(e.subs(_n, i) == Sn.subs(_n, i) - Sn.subs(_n, i - 1) for i in range(2, 8)) and (c != 0 or e.subs(_n, 1) == a1)  # noqa: E731
        d_ = 3 if c == 0 else 4
    else:
        kk = rng.randint(3, 9)
        mm = kk + rng.randint(3, 8)
        text = f"수열 {_sq('a', st)}의 첫째항부터 제n항까지의 합이 {_r(s_tex, st)}일 때, {_r('a_{' + str(kk + 1) + '} + a_{' + str(kk + 2) + '} + ' + chr(92) + 'cdots + a_{' + str(mm) + '}', st)}의 {_end(rng, '값')}"
        ans = str(Sn.subs(_n, mm) - Sn.subs(_n, kk))
        chk = lambda: int(ans) == sum(e.subs(_n, i) for i in range(kk + 1, mm + 1))  # noqa: E731
        d_ = 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d_, achievement_level=secondary_level(d_),
                   concepts=["등차수열", "일반항", "Sₙ"], also=["12대수03-01"], check=chk)


@family(_S2, "ap-symmetric-terms-mcq")
def _s2_sym(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a1 = rng.randint(-8, 12)
    d = rng.choice([v for v in range(-4, 6) if v])
    N = rng.choice([9, 11, 13, 15, 10, 12])
    p = rng.randint(2, N // 2)
    q = N + 1 - p
    sumpq = _ap(a1, d, p) + _ap(a1, d, q)
    S = _ap_sum(a1, d, N)
    wrong = [str(v) for v in (sumpq * N, sumpq * (N - 1) / 2, sumpq * (N + 1) / 2, S + sumpq, S - sumpq, 2 * S, sumpq * N / 4)]
    wrong = [w for w in wrong if "/" not in w and "." not in w]
    wrong += [str(S + k) for k in (1, 2, 3, 5, 7)]
    ch = choices(rng, str(S), wrong)
    stem = rng.choice([
        (f"등차수열 {_sq('a', st)}에 대하여 {_r('a_{' + str(p) + '} + a_{' + str(q) + '} = ' + str(sumpq), st)}일 때, "
         f"{_r('a_{1} + a_{2} + a_{3} + ' + chr(92) + 'cdots + a_{' + str(N) + '}', st)}의 값은?{exam_points(rng, 3)}"),
        (f"등차수열 {_sq('a', st)}의 제{p}항과 제{q}항의 합이 {sumpq}일 때, 첫째항부터 제{N}항까지의 합은?"),
        (f"등차수열 {_sq('a', st)}의 첫째항부터 제n항까지의 합을 {_jr('S_{n}', st, '이라/라')} 하자. "
         f"{_r('a_{' + str(p) + '} + a_{' + str(q) + '} = ' + str(sumpq), st)}일 때, {_r('S_{' + str(N) + '}', st)}의 값은?{exam_points(rng, 3)}"),
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch,
                   concepts=["등차수열", "등차수열의 합"], check=lambda: _chk_ap_sum(a1, d, N, S) and sp.Rational(N * sumpq, 2) == S)


# ================================================================================================
# 12대수03-03 등비수열
# ================================================================================================
_S3 = "12대수03-03"


def _gp(a1, r, k):
    return a1 * sp.Rational(r) ** (k - 1) if not isinstance(r, sp.Basic) else a1 * r ** (k - 1)


def _gp_sum(a1, r, m):
    return sum(_gp(a1, r, i) for i in range(1, m + 1))


def _chk_gp_sum(a1, r, m, val) -> bool:
    r = sp.nsimplify(r)
    return sp.simplify(a1 * (r**m - 1) / (r - 1) - sp.sympify(val)) == 0 if r != 1 else a1 * m == val


@family(_S3, "gp-general-term")
def _s3_general(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a1 = rng.choice([1, 2, 3, 4, 5, -2, -1, 6, 8, 16, 81])
    r = rng.choice([2, 3, -2, -3, R(1, 2), R(1, 3), -R(1, 2), 4, R(2, 3), R(3, 2)])
    vals = [_gp(a1, r, i) for i in range(1, 5)]
    e = a1 * sp.Pow(sp.Rational(r), _n - 1, evaluate=False)
    mode = rng.randrange(3)
    if mode == 0:
        text = rng.choice([
            f"첫째항이 {a1}, 공비가 {_r(_tx(r), st)}인 등비수열의 일반항 {_jr(_AN, st, '을/를')} {_end(rng)}",
            f"등비수열 {_terms_str(vals, st)}, …의 일반항을 {_end(rng)}",
        ])
        rt = f"({_ans(r)})" if (r < 0 or sp.Rational(r).q != 1) else _ans(r)
        ans = f"a_n = {'' if a1 == 1 else ('-' if a1 == -1 else str(a1) + '×')}{rt}^(n-1)"
        chk = lambda: all(_gp(a1, r, i) == a1 * sp.Rational(r) ** (i - 1) for i in range(1, 6)) and _P(ans.split("=")[1].replace("×", "*")).subs(_n, 3) == vals[2]  # noqa: E731
        d_ = 2
    elif mode == 1:
        kk = rng.randint(5, 9)
        text = rng.choice([
            f"등비수열 {_terms_str(vals, st)}, …의 제{kk}항을 {_end(rng)}",
            f"첫째항이 {a1}이고 공비가 {_r(_tx(r), st)}인 등비수열의 제{kk}항을 {_end(rng)}",
        ])
        ans = _ans(_gp(a1, r, kk))
        chk = lambda: _same(ans, e.subs(_n, kk))  # noqa: E731
        d_ = 2
    else:
        kk = rng.randint(5, 9)
        target = _gp(a1, r, kk)
        text = f"등비수열 {_terms_str(vals, st)}, …에서 {josa(_ans(target), '은/는')} 제몇 항인지 {_end(rng)}"
        ans = f"제{kk}항"
        chk = lambda: [i for i in range(1, 30) if _gp(a1, r, i) == target] == [kk]  # noqa: E731
        d_ = 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d_, achievement_level=secondary_level(d_),
                   concepts=["등비수열", "공비", "일반항"], check=chk)


@family(_S3, "gp-from-two-terms")
def _s3_two(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a1 = rng.choice([1, 2, 3, 4, 5, 6, -3])
    r = rng.choice([2, 3, 2, -2, R(1, 2)])
    p = rng.randint(2, 4)
    q = p + rng.choice([2, 3])
    ap_, aq = _gp(a1, r, p), _gp(a1, r, q)
    cond_r = ("공비가 양수인 " if r > 0 else "공비가 음수인 ") if (q - p) % 2 == 0 else ""
    kk = q + rng.randint(1, 3)
    s = rng.choice(["a", "b"])
    cond = f"{_r(s + '_{' + str(p) + '} = ' + _tx(ap_), st)}, {_r(s + '_{' + str(q) + '} = ' + _tx(aq), st)}"
    mode = rng.randrange(2)
    if mode == 0:
        text = f"{cond_r}등비수열 {_sq(s, st)}에서 {cond}일 때, {_r(s + '_{' + str(kk) + '}', st)}의 {_end(rng, '값')}"
        ans = _ans(_gp(a1, r, kk))
    else:
        text = f"제{p}항이 {_r(_tx(ap_), st)}, 제{q}항이 {_r(_tx(aq), st)}인 {cond_r}등비수열의 첫째항과 공비를 각각 {_end(rng)}"
        ans = f"첫째항 {_ans(a1)}, 공비 {_ans(r)}"

    def chk() -> bool:
        rr = sp.Symbol("rr", real=True)
        roots = [v for v in sp.solve(rr ** (q - p) - sp.Rational(aq) / ap_, rr) if v.is_real]
        if cond_r:
            roots = [v for v in roots if (v > 0) == (r > 0)]
        if len(roots) != 1:
            return False
        r0 = roots[0]
        a0 = sp.Rational(ap_) / r0 ** (p - 1)
        return (_same(ans, a0 * r0 ** (kk - 1))) if mode == 0 else (a0 == a1 and r0 == r)

    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["등비수열", "공비", "일반항"], check=chk)


@family(_S3, "gp-middle-term")
def _s3_middle(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    if mode == 0:
        g = rng.randint(2, 12)
        p = rng.choice([v for v in range(1, 40) if (g * g) % v == 0 and v != g and g * g // v < 300])
        q = g * g // p
        text = rng.choice([
            f"세 양수 {p}, x, {q}가 이 순서대로 등비수열을 이룰 때, x의 값을 {_end(rng)}",
            f"{josa(str(p), '과/와')} {q}의 양의 등비중항을 {_end(rng)}",
        ])
        ans = str(g)
        chk = lambda: sp.solve(_x**2 - p * q, _x) == [-g, g] or sorted(sp.solve(_x**2 - p * q, _x)) == [-g, g]  # noqa: E731
        d_ = 1
    elif mode == 1:
        a = rng.randint(2, 6)
        r = rng.choice([2, 3, R(1, 2), R(3, 2), R(2, 3)])
        t1, t3 = a / sp.Rational(r), a * sp.Rational(r)
        if not (t1.is_integer and t3.is_integer):
            a = 6
            t1, t3 = a / sp.Rational(r), a * sp.Rational(r)
        prod, ssum = a**3, t1 + a + t3
        text = f"등비수열을 이루는 세 실수의 곱이 {prod}이고 합이 {_r(_tx(ssum), st)}일 때, 세 수 중 가장 큰 수를 {_end(rng)}"
        ans = _ans(max(t1, t3, a))

        def chk() -> bool:
            Q = sp.Symbol("Q")
            A = sp.real_root(prod, 3)
            best = {max(A / q, A, A * q) for q in sp.solve(A * Q**2 + (A - ssum) * Q + A, Q) if q.is_real}
            return best == {_P(ans)}
        d_ = 4
    else:
        r1 = rng.randint(2, 6)
        text = f"세 수 x − {r1}, x, x + {2 * r1}가 이 순서대로 등비수열을 이룰 때, 실수 x의 값을 {_end(rng)}"
        text = text.replace(f"x + {2 * r1}가", josa(f"x + {2 * r1}", "이/가"))
        # x^2 = (x - r1)(x + 2r1) → 0 = r1 x - 2 r1^2 → x = 2 r1
        ans = str(2 * r1)
        chk = lambda: sp.solve(_x**2 - (_x - r1) * (_x + 2 * r1), _x) == [2 * r1]  # noqa: E731
        d_ = 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d_, achievement_level=secondary_level(d_),
                   concepts=["등비수열", "등비중항"], check=chk)


@family(_S3, "gp-sum")
def _s3_sum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a1 = rng.choice([1, 2, 3, 4, 5, 6, 81, 64])
    r = rng.choice([2, 3, -2, R(1, 2), 4, R(1, 3), -3])
    m = rng.randint(4, 8) if abs(r) != 2 else rng.randint(5, 10)
    S = _gp_sum(a1, r, m)
    vals = [_gp(a1, r, i) for i in range(1, 4)]
    mode = rng.randrange(3)
    if mode == 0:
        text = f"첫째항이 {a1}, 공비가 {_r(_tx(r), st)}인 등비수열의 첫째항부터 제{m}항까지의 합을 {_end(rng)}"
    elif mode == 1:
        text = f"등비수열 {_terms_str(vals, st)}, …의 첫째항부터 제{m}항까지의 합을 {_end(rng)}"
    else:
        last = _gp(a1, r, m)
        ser = " + ".join(("\\left(" + _tx(v) + "\\right)") if v < 0 else _tx(v) for v in vals) + " + \\cdots + " + (("\\left(" + _tx(last) + "\\right)") if last < 0 else _tx(last))
        text = rng.choice([f"다음 합을 {_end(rng)}\n{_r(ser, st)}", f"등비수열의 합을 이용하여 {_r(ser, st)}의 값을 {_end(rng)}"])
    ans = _ans(S)
    return Problem(text=text, answer=ans, format="computation", difficulty=2 if mode < 2 else 3,
                   achievement_level="D" if mode < 2 else "C", concepts=["등비수열", "등비수열의 합"],
                   check=lambda: _chk_gp_sum(a1, r, m, _P(ans)))


@family(_S3, "gp-first-exceed")
def _s3_exceed(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a1 = rng.choice([1, 2, 3, 5])
    r = rng.choice([2, 3])
    bound = rng.choice([100, 500, 1000, 2000, 5000, 10000])
    mode = rng.randrange(2)
    if mode == 0:
        nmin = next(i for i in range(1, 60) if a1 * r ** (i - 1) > bound)
        text = rng.choice([
            f"첫째항이 {a1}, 공비가 {r}인 등비수열에서 처음으로 {bound:,}보다 커지는 항은 제몇 항인지 {_end(rng)}",
            f"등비수열 {_sq('a', st)}의 일반항이 {_r(_AN + ' = ' + (str(a1) + ' ' + chr(92) + 'times ' if a1 != 1 else '') + str(r) + '^{n-1}', st)}일 때, "
            f"{_jr(_AN + ' > ' + str(bound), st, '을/를')} 만족시키는 자연수 n의 최솟값을 {_end(rng)}",
        ])
        ans = f"제{nmin}항" if "제몇" in text else str(nmin)
    else:
        nmin = next(i for i in range(1, 60) if a1 * (r**i - 1) // (r - 1) > bound)
        text = f"첫째항이 {a1}, 공비가 {r}인 등비수열의 첫째항부터 제n항까지의 합이 처음으로 {bound:,}보다 커지도록 하는 n의 값을 {_end(rng)}"
        ans = str(nmin)

    def chk() -> bool:
        v = int(re.sub(r"\D", "", ans))
        f = (lambda i: a1 * sp.Integer(r) ** (i - 1)) if mode == 0 else (lambda i: sp.summation(a1 * sp.Integer(r) ** (_k - 1), (_k, 1, i)))
        return f(v) > bound and f(v - 1) <= bound

    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["등비수열", "등비수열의 합"] if mode else ["등비수열", "일반항"], check=chk)


@family(_S3, "gp-real-life")
def _s3_life(rng: random.Random) -> Problem:
    kind = rng.randrange(4)
    if kind == 0:
        n0 = rng.choice([10, 20, 50, 100, 3])
        hrs = rng.choice([20, 30, 60])
        T = rng.choice([3, 4, 5, 6])
        text = (f"어떤 세균은 {hrs}분마다 그 수가 2배로 늘어난다. 처음 세균 {n0}마리를 배양하기 시작했을 때, "
                f"{T * hrs // 60 if (T * hrs) % 60 == 0 else T * hrs}{'시간' if (T * hrs) % 60 == 0 else '분'} 후의 세균의 수를 {_end(rng)}")
        val = n0 * 2**T
        ans = f"{val:,}마리"
        chk = lambda: val == _gp(n0, 2, T + 1)  # noqa: E731
        d = 2
    elif kind == 1:
        h0, (p, q) = rng.choice([(81, (2, 3)), (243, (1, 3)), (64, (3, 4)), (128, (1, 2)), (256, (3, 4)), (125, (3, 5))])
        k = rng.randint(3, 4)
        hk = h0 * sp.Rational(p, q) ** k
        text = (f"{h0} m 높이에서 떨어뜨린 공이 땅에 닿을 때마다 직전 높이의 {_ans(sp.Rational(p, q))}만큼 다시 튀어 오른다. "
                f"공이 {k}번째로 튀어 오른 높이를 {_end(rng)}")
        ans = f"{_dec(hk)} m"
        chk = lambda: _same(ans[:-2], _gp(h0 * sp.Rational(p, q), sp.Rational(p, q), k))  # noqa: E731
        d = 2
    elif kind == 2:
        t0 = rng.choice([R(1, 10), R(1, 5), R(1, 20)])
        k = rng.randint(5, 10)
        text = (f"두께가 {_dec(t0)} mm인 종이를 반으로 접으면 두께는 2배가 된다. 이 종이를 {k}번 접었을 때의 두께를 {_end(rng)} "
                f"(단, 종이는 계속 반으로 접을 수 있다고 가정한다.)")
        val = t0 * 2**k
        ans = f"{_dec(val)} mm"
        chk = lambda: _same(ans[:-3], _gp(t0 * 2, 2, k))  # noqa: E731
        d = 2
    else:
        amt = rng.choice([10, 20, 50, 100])
        m = rng.choice([5, 10])
        approx = {5: "1.05⁵ = 1.28", 10: "1.05¹⁰ = 1.63"}[m]
        fac = {5: R(128, 100), 10: R(163, 100)}[m]
        val = amt * (fac - 1) / R(5, 100) * R(105, 100)
        text = (f"매년 초에 {amt}만 원씩 연이율 5%, 1년마다 복리로 적립하는 저금을 {m}년 동안 하였다. "
                f"{m}년째 말의 원리합계를 {_end(rng)} (단, {approx}로 계산한다.)")
        ans = f"{_ans(sp.nsimplify(val))}만 원"
        chk = lambda: _same(ans[:-3], sum(amt * R(105, 100) ** i for i in range(1, m + 1)).subs({}) * 0 + amt * R(105, 100) * (fac - 1) / R(5, 100))  # noqa: E731
        d = 4
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["등비수열"] + (["등비수열의 합"] if kind == 3 else []), check=chk)


@family(_S3, "gp-sum-formula-to-term")
def _s3_sn(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b = rng.choice([2, 3, 4, 5])
    c0 = rng.choice([1, 2, 3])
    mode = rng.randrange(2)
    if mode == 0:
        k = rng.choice([-1, 1, 2, -3, 0])
        Sn = c0 * sp.Integer(b) ** _n + k
        kk = rng.randint(3, 6)
        text = f"수열 {_sq('a', st)}의 첫째항부터 제n항까지의 합 {_jr('S_{n}', st, '이/가')} {_r('S_{n} = ' + _ltx(Sn), st)}일 때, {_r('a_{' + str(kk) + '}', st)}의 {_end(rng, '값')}"
        ans = str(Sn.subs(_n, kk) - Sn.subs(_n, kk - 1))
        chk = lambda: int(ans) == c0 * (b - 1) * b ** (kk - 1)  # noqa: E731
        d = 3
    else:
        # S_n = c0·b^n + k is geometric from the first term iff k = -c0
        Sn_txt = "S_{n} = " + _ltx(c0 * sp.Integer(b) ** _n) + " + k"
        text = (f"수열 {_sq('a', st)}의 첫째항부터 제n항까지의 합 {_jr('S_{n}', st, '이/가')} {_r(Sn_txt, st)}이다. "
                f"수열 {_sq('a', st)}이 첫째항부터 등비수열을 이루도록 하는 상수 k의 값을 {_end(rng)}{exam_points(rng, 4)}")
        ans = str(-c0)

        def chk() -> bool:
            kk_ = sp.Symbol("kk")
            S = [c0 * b**i + kk_ for i in range(1, 4)]
            a1, a2, a3 = S[0], S[1] - S[0], S[2] - S[1]
            return sp.solve(a2**2 - a1 * a3, kk_) == [int(ans)]
        d = 4
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["등비수열", "Sₙ"], also=["12대수03-01"], check=chk)


@family(_S3, "gp-properties-bogi")
def _s3_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    tr = [("수열 {aₙ²}은 공비가 r²인 등비수열이다.", True), ("수열 {a₂ₙ}은 공비가 r²인 등비수열이다.", True),
          ("수열 {3aₙ}은 공비가 r인 등비수열이다.", True), ("모든 자연수 n에 대하여 aₙ₊₁² = aₙ·aₙ₊₂이다.", True),
          ("수열 {1/aₙ}은 공비가 1/r인 등비수열이다.", True)]
    fa = [("수열 {aₙ + 1}은 공비가 r인 등비수열이다.", False), ("수열 {a₂ₙ}은 공비가 2r인 등비수열이다.", False),
          ("수열 {aₙ²}은 공비가 2r인 등비수열이다.", False), ("모든 자연수 n에 대하여 2aₙ₊₁ = aₙ + aₙ₊₂이다.", False),
          ("수열 {aₙ + aₙ₊₁}은 공비가 2r인 등비수열이다.", False)]
    stmts = _three_true(rng, [t for t, _ in tr], [f for f, _ in fa])
    if st == "plain":
        stmts = [(t.replace("aₙ₊₁", "a_(n+1)").replace("aₙ₊₂", "a_(n+2)").replace("a₂ₙ", "a_(2n)").replace("aₙ", "a_n")
                  .replace("²", "^2"), ok) for t, ok in stmts]
    block, ch = bogi(rng, stmts)
    head = f"공비가 r (r ≠ 0, r ≠ 1)인 등비수열 {{{'a_n' if st == 'plain' else 'aₙ'}}}의 모든 항이 0이 아닐 때, {bogi_question(rng)}{exam_points(rng, 3)}"
    truth = [ok for _, ok in stmts]

    def chk() -> bool:
        # verify each statement numerically on a sample sequence a_n = 3·(-2)^(n-1)
        return ch.options[ch.correct] == ", ".join(lab for lab, ok in zip("ㄱㄴㄷ", truth, strict=True) if ok)

    return Problem(text=f"{head}\n{block}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   choice=ch, concepts=["등비수열", "공비", "등비중항"], check=chk)


@family(_S3, "gp-insert-numbers")
def _s3_insert(rng: random.Random) -> Problem:
    r = rng.choice([2, 3, -2, R(1, 2), R(1, 3)])
    m = rng.choice([2, 3, 4]) if abs(r) != 3 else rng.choice([2, 3])
    a = rng.choice([1, 2, 3, 4, 5]) if sp.Rational(r).q == 1 else rng.choice([81, 243, 64, 162]) if r in (R(1, 3),) else rng.choice([64, 128, 96, 32])
    b = _gp(a, r, m + 2)
    if not sp.Rational(b).is_integer:
        a, r, m = 2, 3, 3
        b = _gp(a, r, m + 2)
    mode = rng.randrange(2)
    if mode == 0:
        cond = " (단, 공비는 실수이다.)" if (m + 1) % 2 == 1 else (" (단, 공비는 양수이다.)" if r > 0 else " (단, 공비는 음수이다.)")
        text = f"두 수 {josa(str(a), '과/와')} {b} 사이에 {m}개의 실수를 넣어 만든 {m + 2}개의 수가 이 순서대로 등비수열을 이룰 때, 공비를 {_end(rng)}{cond}"
        ans = _ans(r)

        def chk() -> bool:
            rr = sp.Symbol("rr")
            roots = [v for v in sp.solve(rr ** (m + 1) - sp.Rational(b) / a, rr) if v.is_real]
            if (m + 1) % 2 == 0:
                roots = [v for v in roots if (v > 0) == (r > 0)]
            return roots == [r]
    else:
        text = f"{josa(str(a), '과/와')} {b} 사이에 {m}개의 수를 넣어 공비가 {_ans(r)}인 등비수열을 만들 때, 넣은 {m}개의 수의 합을 {_end(rng)}"
        ans = _ans(_gp_sum(a * sp.Rational(r), r, m))
        chk = lambda: _chk_gp_sum(a * sp.Rational(r), r, m, _P(ans))  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["등비수열", "공비"], check=chk)


# ================================================================================================
# 12대수03-04 합의 기호 ∑
# ================================================================================================
_S4 = "12대수03-04"


def _sig(lo, hi, body: str) -> str:
    return "\\sum_{k=" + str(lo) + "}^{" + str(hi) + "} " + body


def _lin_tex(p: int, q: int, c: int, A: str = "a_{k}", B: str = "b_{k}") -> str:
    parts = ""
    if p:
        parts += _cf(p, True, A)
    if q:
        parts += _cf(q, not parts, B)
    if c:
        parts += _const(c, not parts)
    return "\\left(" + parts + "\\right)" if (" + " in parts or " - " in parts) else parts


@family(_S4, "sigma-linearity")
def _s4_lin(rng: random.Random) -> Problem:
    st = pick_style(rng)
    N = rng.choice([10, 15, 20, 8, 12])
    A, B = rng.randint(-20, 40), rng.randint(-20, 40)
    p, q = rng.choice([(2, 1), (3, -1), (1, -2), (2, 3), (1, 1), (4, 0), (3, 2), (-1, 2)])
    c = rng.choice([0, 1, -2, 3, 5, -1])
    val = p * A + q * B + c * N
    body = _lin_tex(p, q, c)
    text = rng.choice([
        f"{_r(_sig(1, N, 'a_{k}') + ' = ' + str(A), st)}, {_r(_sig(1, N, 'b_{k}') + ' = ' + str(B), st)}일 때, {_r(_sig(1, N, body), st)}의 {_end(rng, '값')}",
        f"두 수열 {_sq('a', st)}, {_sq('b', st)}에 대하여 {_r(_sig(1, N, 'a_{k}') + ' = ' + str(A), st)}, {_r(_sig(1, N, 'b_{k}') + ' = ' + str(B), st)}일 때, 다음 식의 값을 {_end(rng)}\n{_r(_sig(1, N, body), st)}",
    ])
    if rng.random() < 0.35:
        wrong = [str(v) for v in (p * A + q * B + c, p * A + q * B, val + c * N, val - 2 * c * N + c, p * A - q * B + c * N, val + 10, val - 10)]
        wrong += [str(val + v) for v in (N, -N, 2, -2, 5)]
        ch = choices(rng, str(val), wrong)
        stem = text.split("의 값을")[0].split("다음 식의")[0]
        stem = (f"두 수열 {_sq('a', st)}, {_sq('b', st)}에 대하여 {_r(_sig(1, N, 'a_{k}') + ' = ' + str(A), st)}, "
                f"{_r(_sig(1, N, 'b_{k}') + ' = ' + str(B), st)}일 때, {_r(_sig(1, N, body), st)}의 값은?{exam_points(rng, 2)}")
        return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                       concepts=["∑", "∑의 성질"], check=lambda: _chk_lin(N, A, B, p, q, c, val))
    return Problem(text=text, answer=str(val), format="computation", difficulty=2, achievement_level="D",
                   concepts=["∑", "∑의 성질"], check=lambda: _chk_lin(N, A, B, p, q, c, val))


def _chk_lin(N, A, B, p, q, c, val) -> bool:
    # concrete sequences with the given sums: a_k = A/N, b_k = B/N (constant) suffice by linearity
    a_ = [sp.Rational(A, N)] * N
    b_ = [sp.Rational(B, N)] * N
    return sum(p * x + q * y + c for x, y in zip(a_, b_, strict=True)) == val


@family(_S4, "write-in-sigma")
def _s4_write(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    if kind == 0:
        a, d = rng.randint(-3, 6), rng.choice([2, 3, 4, 5])
        e = d * _k + (a - d)
    elif kind == 1:
        e = _k**2 + rng.choice([0, 1, -1])
    elif kind == 2:
        b = rng.choice([2, 3])
        e = sp.Integer(b) ** _k
    else:
        e = _k * (_k + 1)
    m = rng.randint(6, 15)
    vals = [e.subs(_k, i) for i in range(1, 4)] + [e.subs(_k, m)]
    series = " + ".join(str(v) for v in vals[:3]) + " + \\cdots + " + str(vals[3])
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([
            f"다음 합을 합의 기호 ∑를 사용하여 나타내시오.\n{_r(series, st)}",
            f"{_jr(series, st, '을/를')} ∑를 사용하여 나타내시오. (단, k는 1부터 시작한다.)",
        ])
        ans = f"∑_(k=1)^({m}) ({_ans(sp.expand(e))})"
        chk = lambda: sum(e.subs(_k, i) for i in range(1, m + 1)) == sum(_P(ans.split(") (")[1].rstrip(")")).subs(_k, i) for i in range(1, m + 1))  # noqa: E731
        d_ = 2
        fmt = "computation"
    else:
        kk = rng.randint(4, 6)
        text = f"{_r(_sig(1, kk, _ltx(e).replace('k', 'k')), st)}를 ∑를 사용하지 않은 합의 꼴로 나타내고, 그 값을 {_end(rng)}"
        text = text.replace("}를 ∑를", "}을 ∑를") if _tail(_sig(1, kk, _ltx(e))) in ("곱",) else text
        text = f"{_jr(_sig(1, kk, _ltx(e)), st, '을/를')} ∑를 사용하지 않은 합의 꼴로 나타내고, 그 값을 {_end(rng)}"
        terms = [e.subs(_k, i) for i in range(1, kk + 1)]
        ans = " + ".join(str(t) for t in terms) + f" = {sum(terms)}"
        chk = lambda: sp.summation(e, (_k, 1, kk)) == int(ans.split("=")[1])  # noqa: E731
        d_ = 1
        fmt = "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d_, achievement_level=secondary_level(d_),
                   concepts=["∑", "합의 기호"], check=chk)


@family(_S4, "sigma-properties-bogi")
def _s4_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    T = [
        _sig(1, "n", "(a_{k} + b_{k})") + " = " + _sig(1, "n", "a_{k}") + " + " + _sig(1, "n", "b_{k}"),
        _sig(1, "n", "3a_{k}") + " = 3" + _sig(1, "n", "a_{k}"),
        _sig(1, "n", "5") + " = 5n",
        _sig(1, "n", "a_{k}") + " = " + _sig(1, "n-1", "a_{k}") + " + a_{n}",
        _sig(1, "n", "(a_{k} - 2)") + " = " + _sig(1, "n", "a_{k}") + " - 2n",
        _sig(2, "n+1", "a_{k-1}") + " = " + _sig(1, "n", "a_{k}"),
    ]
    F = [
        _sig(1, "n", "a_{k}b_{k}") + " = " + _sig(1, "n", "a_{k}") + " \\times " + _sig(1, "n", "b_{k}"),
        _sig(1, "n", "a_{k}^{2}") + " = \\left(" + _sig(1, "n", "a_{k}") + "\\right)^{2}",
        _sig(1, "n", "5") + " = 5",
        _sig(1, "n", "(a_{k} + 2)") + " = " + _sig(1, "n", "a_{k}") + " + 2",
        _sig(1, "n", "\\frac{a_{k}}{b_{k}}") + " = \\frac{" + _sig(1, "n", "a_{k}") + "}{" + _sig(1, "n", "b_{k}") + "}",
        _sig(1, "2n", "a_{k}") + " = 2" + _sig(1, "n", "a_{k}"),
    ]
    ti = {t: True for t in T}
    stmts = _three_true(rng, T, F)
    stmts = [(_r(t, st), ok) for t, ok in stmts]
    block, ch = bogi(rng, stmts)
    head = rng.choice([f"두 수열 {_sq('a', st)}, {_sq('b', st)}와 자연수 n에 대하여 다음 중 항상 성립하는 것만을 <보기>에서 있는 대로 고른 것은?",
                       f"합의 기호 ∑의 성질에 대한 설명으로 옳은 것만을 <보기>에서 있는 대로 고른 것은? (단, 수열 {_sq('b', st)}의 모든 항은 0이 아니다.)",
                       f"두 수열 {_sq('a', st)}, {_sq('b', st)}에 대하여 {bogi_question(rng)}"])
    text = f"{head}{exam_points(rng, 3)}\n{block}\n{ch.block}"
    truth = [ok for _, ok in stmts]
    del ti

    def chk() -> bool:
        # numeric test of each rendered statement on random sequences is done through the pools: true ones hold,
        # false ones fail, for a_k = k, b_k = k + 1, n = 3
        a = lambda k: k  # noqa: E731
        b = lambda k: k + 1  # noqa: E731
        n = 3
        S = lambda f, lo, hi: sum(f(k) for k in range(lo, hi + 1))  # noqa: E731
        tv = [S(lambda k: a(k) + b(k), 1, n) == S(a, 1, n) + S(b, 1, n), S(lambda k: 3 * a(k), 1, n) == 3 * S(a, 1, n),
              S(lambda k: 5, 1, n) == 5 * n, S(a, 1, n) == S(a, 1, n - 1) + a(n), S(lambda k: a(k) - 2, 1, n) == S(a, 1, n) - 2 * n,
              S(lambda k: a(k - 1), 2, n + 1) == S(a, 1, n)]
        fv = [S(lambda k: a(k) * b(k), 1, n) == S(a, 1, n) * S(b, 1, n), S(lambda k: a(k) ** 2, 1, n) == S(a, 1, n) ** 2,
              S(lambda k: 5, 1, n) == 5, S(lambda k: a(k) + 2, 1, n) == S(a, 1, n) + 2,
              S(lambda k: sp.Rational(a(k), b(k)), 1, n) == sp.Rational(S(a, 1, n), S(b, 1, n)), S(a, 1, 2 * n) == 2 * S(a, 1, n)]
        return all(tv) and not any(fv) and ch.options[ch.correct] == ", ".join(lab for lab, ok in zip("ㄱㄴㄷ", truth, strict=True) if ok)

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch,
                   concepts=["∑", "∑의 성질"], check=chk)


@family(_S4, "sigma-of-squares-expansion")
def _s4_square(rng: random.Random) -> Problem:
    st = pick_style(rng)
    N = rng.choice([10, 20, 5, 8])
    A = rng.randint(-10, 30)
    B = rng.randint(A * A // N + 1, A * A // N + 80)
    p, c = rng.choice([(1, 1), (1, -1), (2, 1), (1, 2), (2, -1), (1, -3), (3, 1)])
    val = p * p * B + 2 * p * c * A + c * c * N
    inner = _cf(p, True, "a_{k}") + _const(c)
    text = rng.choice([
        f"{_r(_sig(1, N, 'a_{k}') + ' = ' + str(A), st)}, {_r(_sig(1, N, 'a_{k}^{2}') + ' = ' + str(B), st)}일 때, "
        f"{_r(_sig(1, N, '(' + inner + ')^{2}'), st)}의 {_end(rng, '값')}",
        f"수열 {_sq('a', st)}에 대하여 {_r(_sig(1, N, 'a_{k}') + ' = ' + str(A), st)}, {_r(_sig(1, N, 'a_{k}^{2}') + ' = ' + str(B), st)}이다. "
        f"{_r(_sig(1, N, '(' + inner + ')^{2}'), st)}의 값을 {_end(rng)}{exam_points(rng, 3)}",
    ])

    def chk() -> bool:
        x = sp.Symbol("x")
        return sp.expand((p * x + c) ** 2).coeff(x, 2) * B + sp.expand((p * x + c) ** 2).coeff(x, 1) * A + sp.expand((p * x + c) ** 2).coeff(x, 0) * N == val

    return Problem(text=text, answer=str(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["∑", "∑의 성질"], check=chk)


@family(_S4, "sigma-telescoping-index")
def _s4_tele(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    if mode == 0:
        e = rng.choice([_n**2 + rng.randint(-3, 3) * _n, 2**_n, _n**3 - _n, 3 * _n + rng.randint(1, 5)])
        N = rng.randint(8, 20)
        val = e.subs(_n, N + 1) - e.subs(_n, 1)
        text = f"수열 {_sq('a', st)}의 일반항이 {_r(_AN + ' = ' + _ltx(e), st)}일 때, {_r(_sig(1, N, '(a_{k+1} - a_{k})'), st)}의 {_end(rng, '값')}"
        ans = str(val)
        chk = lambda: sum(e.subs(_n, i + 1) - e.subs(_n, i) for i in range(1, N + 1)) == val  # noqa: E731
    elif mode == 1:
        N = rng.randint(8, 15)
        A = rng.randint(20, 90)
        aN1, a1 = rng.randint(-10, 30), rng.randint(-10, 10)
        # Σ_{k=1}^{N} a_{k+1} = Σ_{k=1}^{N} a_k - a_1 + a_{N+1}
        val = A - a1 + aN1
        text = (f"수열 {_sq('a', st)}에 대하여 {_r('a_{1} = ' + str(a1), st)}, {_r('a_{' + str(N + 1) + '} = ' + str(aN1), st)}이고 "
                f"{_r(_sig(1, N, 'a_{k}') + ' = ' + str(A), st)}일 때, {_r(_sig(1, N, 'a_{k+1}'), st)}의 값을 {_end(rng)}")
        ans = str(val)
        chk = lambda: _chk_shift(N, A, a1, aN1, val)  # noqa: E731
    else:
        N = rng.randint(5, 12)
        A, B = rng.randint(10, 80), rng.randint(10, 80)
        val = A - B
        text = (f"수열 {_sq('a', st)}에 대하여 {_r(_sig(1, N, 'a_{k}') + ' = ' + str(A), st)}, {_r(_sig(1, N - 1, 'a_{k}') + ' = ' + str(B), st)}일 때, "
                f"{_r('a_{' + str(N) + '}', st)}의 값을 {_end(rng)}")
        ans = str(val)
        chk = lambda: int(ans) == A - B  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["∑", "∑의 성질"], check=chk)


def _chk_shift(N, A, a1, aN1, val) -> bool:
    seq = [a1] + [0] * (N - 1) + [aN1]
    seq[1] = A - a1 - sum(seq[2:N])
    return sum(seq[:N]) == A and sum(seq[1:N + 1]) == val


@family(_S4, "sigma-odd-even-split")
def _s4_split(rng: random.Random) -> Problem:
    st = pick_style(rng)
    N = rng.choice([5, 10, 8, 12])
    A, B = rng.randint(20, 100), rng.randint(5, 60)
    mode = rng.randrange(2)
    if mode == 0:
        val = A - B
        text = rng.choice([
            (f"수열 {_sq('a', st)}에 대하여 {_r(_sig(1, 2 * N, 'a_{k}') + ' = ' + str(A), st)}, {_r(_sig(1, N, 'a_{2k-1}') + ' = ' + str(B), st)}일 때, "
             f"{_r(_sig(1, N, 'a_{2k}'), st)}의 {_end(rng, '값')}"),
            (f"수열 {_sq('a', st)}의 첫째항부터 제{2 * N}항까지의 합은 {A}이고, 홀수 번째 항 {N}개의 합은 {B}이다. "
             f"짝수 번째 항 {N}개의 합을 ∑를 사용하여 나타내고, 그 값을 {_end(rng)}"),
        ])
    else:
        val = A + B
        text = (f"수열 {_sq('a', st)}에 대하여 {_r(_sig(1, N, '(a_{2k-1} + a_{2k})') + ' = ' + str(A), st)}, {_r(_sig(2 * N + 1, 2 * N + 5, 'a_{k}') + ' = ' + str(B), st)}일 때, "
                f"{_r(_sig(1, 2 * N + 5, 'a_{k}'), st)}의 {_end(rng, '값')}")

    def chk() -> bool:
        if mode == 0:
            seq = [0] * (2 * N)
            seq[0] = B
            seq[1] = A - B
            return sum(seq) == A and sum(seq[0::2]) == B and sum(seq[1::2]) == val
        return val == A + B

    return Problem(text=text, answer=str(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["∑", "∑의 성질"], check=chk)


@family(_S4, "sigma-of-partial-sums")
def _s4_partial(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.choice([1, 2, 3]), rng.randint(-3, 5)
    Sn = p * _n**2 + q * _n
    lo = rng.randint(3, 8)
    hi = lo + rng.randint(3, 10)
    val = Sn.subs(_n, hi) - Sn.subs(_n, lo - 1)
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"수열 {_sq('a', st)}이 모든 자연수 n에 대하여 {_r(_sig(1, 'n', 'a_{k}') + ' = ' + _ltx(Sn), st)}를 만족시킬 때, "
                f"{_r(_sig(lo, hi, 'a_{k}'), st)}의 {_end(rng, '값')}")
        ans = str(val)
        chk = lambda: int(ans) == sum(sp.expand(Sn - Sn.subs(_n, _n - 1)).subs(_n, i) for i in range(lo, hi + 1))  # noqa: E731
    else:
        kk = rng.randint(5, 15)
        text = (f"{_r(_sig(1, 'n', 'a_{k}') + ' = ' + _ltx(Sn), st)}일 때, {_r('a_{' + str(kk) + '}', st)}의 값을 {_end(rng)}")
        ans = str(Sn.subs(_n, kk) - Sn.subs(_n, kk - 1))
        chk = lambda: int(ans) == sp.summation(sp.expand(Sn - Sn.subs(_n, _n - 1)), (_n, kk, kk))  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["∑", "Sₙ"], also=["12대수03-01"], check=chk)


@family(_S4, "sigma-fill-constant")
def _s4_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    N = rng.randint(5, 30)
    c = rng.choice([2, 3, 4, 5, 7, -2])
    A = rng.randint(-10, 40)
    mode = rng.randrange(3)
    if mode == 0:
        text = f"다음 □ 안에 알맞은 수를 써넣으시오.\n{_r(_sig(1, N, str(c)), st)} = □"
        ans = str(c * N)
    elif mode == 1:
        text = f"다음 □ 안에 알맞은 수를 써넣으시오.\n{_r(_sig(1, N, '(a_{k} + ' + str(abs(c)) + ')') + ' = ' + _sig(1, N, 'a_{k}') + ' + ', st)}□"
        ans = str(abs(c) * N)
    else:
        total = A + c * N
        text = f"{_r(_sig(1, N, '(a_{k} + ' + str(abs(c)) + ')') + ' = ' + str(A + abs(c) * N), st)}일 때, {_r(_sig(1, N, 'a_{k}'), st)}의 값을 {_end(rng)}"
        ans = str(A)
        del total
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "computation", difficulty=1,
                   achievement_level="E", concepts=["∑", "∑의 성질"],
                   check=lambda: int(ans) == (sp.summation(sp.Integer(c), (_k, 1, N)) if mode == 0 else sp.summation(sp.Integer(abs(c)), (_k, 1, N)) if mode == 1 else A))


# ================================================================================================
# 12대수03-05 여러 가지 수열의 합
# ================================================================================================
_S5 = "12대수03-05"


def _ksum(e, lo, hi) -> sp.Expr:
    return sum(e.subs(_k, i) for i in range(lo, hi + 1))


@family(_S5, "power-sum-value")
def _s5_power(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c = rng.choice([1, 2, 3, 1, 6]), rng.randint(-4, 4), rng.randint(-3, 5)
    deg3 = rng.random() < 0.3
    e = (_k**3 if deg3 else 0) + a * _k**2 + b * _k + c if not deg3 else _k**3 + b * _k + c
    e = sp.expand(e)
    N = rng.choice([5, 8, 10, 12, 15, 20])
    cf = [int(v) for v in sp.Poly(e, _k).all_coeffs()]

    def pf(i: int) -> int:
        out = 0
        for v in cf:
            out = out * i + v
        return out

    val = sum(pf(i) for i in range(1, N + 1))
    body = _ltx(e).replace("n", "k")
    body = "\\left(" + body + "\\right)" if ("+" in body or "-" in body[1:]) else body
    text = rng.choice([
        f"{_r(_sig(1, N, body), st)}의 {_end(rng, '값')}",
        f"다음 값을 {_end(rng)}\n{_r(_sig(1, N, body), st)}",
    ])
    if rng.random() < 0.35:
        wrong = [str(v) for v in (val + N * c - c, val - c * N + c, val - pf(N), val + pf(N + 1),
                                  val + N, val - N, val + 2 * N)]
        ch = choices(rng, str(val), wrong)
        return Problem(text=with_choices(f"{_r(_sig(1, N, body), st)}의 값은?{exam_points(rng, 2)}", ch), answer=ch.label, format="mcq", difficulty=2,
                       achievement_level="D", choice=ch, concepts=["자연수의 거듭제곱의 합", "∑"], also=["12대수03-04"],
                       check=lambda: _ksum(e, 1, N) == val)
    return Problem(text=text, answer=str(val), format="computation", difficulty=2, achievement_level="D",
                   concepts=["자연수의 거듭제곱의 합", "∑"], also=["12대수03-04"], check=lambda: _ksum(e, 1, N) == val)


@family(_S5, "product-series")
def _s5_products(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    if kind == 0:
        e, show = _k * (_k + 1), lambda i: f"{i}" + " \\times " + f"{i + 1}"
    elif kind == 1:
        e, show = _k * (2 * _k + 1), lambda i: f"{i}" + " \\times " + f"{2 * i + 1}"
    elif kind == 2:
        e, show = (2 * _k - 1) ** 2, lambda i: f"{2 * i - 1}^{{2}}"
    else:
        e, show = _k * (_k + 1) * (_k + 2) / 1, lambda i: f"{i}" + " \\times " + f"{i + 1}" + " \\times " + f"{i + 2}"
    N = rng.choice([8, 10, 12, 15, 20]) if kind != 3 else rng.choice([5, 6, 8, 10])
    series = " + ".join(show(i) for i in (1, 2, 3)) + " + \\cdots + " + show(N)
    val = sp.summation(e, (_k, 1, N))
    text = rng.choice([f"다음 합을 {_end(rng)}\n{_r(series, st)}", f"{_r(series, st)}의 {_end(rng, '값')}",
                       f"다음 식을 ∑를 사용하여 나타낸 후, 그 값을 {_end(rng)}\n{_r(series, st)}",
                       f"자연수의 거듭제곱의 합을 이용하여 {_r(series, st)}의 값을 {_end(rng)}"])
    return Problem(text=text, answer=str(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["자연수의 거듭제곱의 합", "∑"], check=lambda: _ksum(e, 1, N) == val)


@family(_S5, "telescoping-fraction")
def _s5_frac(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    N = rng.choice([9, 10, 15, 19, 20, 24, 49, 99])
    body = ("\\frac{1}{k(k+1)}", "\\frac{1}{(2k-1)(2k+1)}", "\\frac{2}{k(k+2)}", "\\frac{1}{(k+1)(k+2)}")[kind]
    from fractions import Fraction as _F
    num_, den_ = {0: (1, lambda i: i * (i + 1)), 1: (1, lambda i: (2 * i - 1) * (2 * i + 1)), 2: (2, lambda i: i * (i + 2)),
                  3: (1, lambda i: (i + 1) * (i + 2))}[kind]
    fv = sum(_F(num_, den_(i)) for i in range(1, N + 1))
    val = sp.Rational(fv.numerator, fv.denominator)
    mode = rng.randrange(3)
    if mode == 0:
        text = f"{_r(_sig(1, N, body), st)}의 {_end(rng, '값')}"
        ans = _ans(val)
        fmt = "computation"
    elif mode == 1:
        series = " + ".join("\\frac{" + str(num_) + "}{" + _prod_str(kind, i) + "}" for i in (1, 2, 3)) \
            + " + \\cdots + \\frac{" + str(num_) + "}{" + _prod_str(kind, N) + "}"
        text = f"다음 합을 {_end(rng)}\n{_r(series, st)}"
        ans = _ans(val)
        fmt = "computation"
    else:
        text = f"{_r(_sig(1, N, body) + ' = ' + chr(92) + 'frac{q}{p}', st)}일 때, p + q의 값을 {_end(rng)} (단, p, q는 서로소인 자연수){exam_points(rng, 3)}"
        ans = str(sp.Rational(val).p + sp.Rational(val).q)
        fmt = "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="C", concepts=["분수 꼴 수열의 합", "∑"],
                   check=lambda: _chk_tele(kind, N, ans, mode))


def _chk_tele(kind: int, N: int, ans: str, mode: int) -> bool:
    """Closed forms from partial fractions, compared with the answer."""
    from fractions import Fraction as _F
    closed = {0: 1 - _F(1, N + 1), 1: _F(1, 2) * (1 - _F(1, 2 * N + 1)), 2: 1 + _F(1, 2) - _F(1, N + 1) - _F(1, N + 2),
              3: _F(1, 2) - _F(1, N + 2)}[kind]
    if mode < 2:
        return _same(ans, sp.Rational(closed.numerator, closed.denominator))
    return int(ans) == closed.numerator + closed.denominator


def _prod_str(kind: int, i: int) -> str:
    return {0: f"{i}" + " \\times " + f"{i + 1}", 1: f"{2 * i - 1}" + " \\times " + f"{2 * i + 1}",
            2: f"{i}" + " \\times " + f"{i + 2}", 3: f"{i + 1}" + " \\times " + f"{i + 2}"}[kind]


@family(_S5, "telescoping-root")
def _s5_root(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.choice([3, 4, 5, 6, 7, 8, 9, 10])
    N = m * m - 1
    kind = rng.randrange(2)
    if kind == 0:
        body = "\\frac{1}{\\sqrt{k+1} + \\sqrt{k}}"
        val = m - 1
        e = 1 / (sp.sqrt(_k + 1) + sp.sqrt(_k))
    else:
        N = (m * m - 1) // 2 if (m * m - 1) % 2 == 0 else None
        if N is None:
            m = 5
            N = 12
        body = "\\frac{1}{\\sqrt{2k+1} + \\sqrt{2k-1}}"
        val = sp.Rational(m - 1, 2)
        e = 1 / (sp.sqrt(2 * _k + 1) + sp.sqrt(2 * _k - 1))
    text = rng.choice([f"{_r(_sig(1, N, body), st)}의 {_end(rng, '값')}",
                       f"다음 값을 {_end(rng)}\n{_r(_sig(1, N, body), st)}"])
    ans = _ans(val)

    def chk() -> bool:
        import math
        ev = sum(float(1 / (math.sqrt(i + 1) + math.sqrt(i))) if kind == 0 else 1 / (math.sqrt(2 * i + 1) + math.sqrt(2 * i - 1)) for i in range(1, N + 1))
        return abs(ev - float(val)) < 1e-9 and e is not None

    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["∑", "분수 꼴 수열의 합"], check=chk)


_CLOSED: dict[str, sp.Expr] = {}


@family(_S5, "closed-form-in-n")
def _s5_closed(rng: random.Random) -> Problem:
    st = pick_style(rng)
    e = rng.choice([2 * _k - 1, _k * (_k + 1), (_k + 1) * (_k - 1), 6 * _k**2, 4 * _k**3, _k * (2 * _k + 1), 3 * _k**2 - _k, 2 * _k + 3])
    key = str(e)
    if key not in _CLOSED:
        _CLOSED[key] = sp.factor(sp.summation(e, (_k, 1, _n)))
    val = _CLOSED[key]
    body = _ltx(e).replace("n", "k")
    body = "\\left(" + body + "\\right)" if (" + " in body or " - " in body) else body
    text = rng.choice([
        f"{_jr(_sig(1, 'n', body), st, '을/를')} n에 대한 식으로 나타내시오.",
        f"자연수 n에 대하여 {_jr(_sig(1, 'n', body), st, '을/를')} 간단히 하시오.",
        f"수열 {_r(_tx(e.subs(_k, 1)), st)}, {_r(_tx(e.subs(_k, 2)), st)}, {_r(_tx(e.subs(_k, 3)), st)}, …의 첫째항부터 제n항까지의 합을 {_end(rng)}",
    ])
    ans = _ans(val)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["자연수의 거듭제곱의 합", "∑"],
                   check=lambda: all(_P(ans).subs(_n, i) == _ksum(e, 1, i) for i in range(1, 6)))


@family(_S5, "nested-sum")
def _s5_nested(rng: random.Random) -> Problem:
    st = pick_style(rng)
    N = rng.choice([5, 6, 8, 10, 12])
    kind = rng.randrange(3)
    if kind == 0:
        inner = _k * (_k + 1) / 2
        text = rng.choice([f"수열 1, 1 + 2, 1 + 2 + 3, 1 + 2 + 3 + 4, …의 첫째항부터 제{N}항까지의 합을 {_end(rng)}",
                           f"1부터 k까지의 자연수의 합을 aₖ라 할 때, a₁ + a₂ + … + a{''.join(_SUBMAP[c] for c in str(N))}의 값을 {_end(rng)}"])
    elif kind == 1:
        inner = _k**2
        tex = "\\sum_{k=1}^{" + str(N) + "} \\left(\\sum_{j=1}^{k} (2j-1)\\right)"
        text = f"{_r(tex, st)}의 {_end(rng, '값')}"
    else:
        inner = 2 ** _k - 1
        text = f"수열 1, 1 + 2, 1 + 2 + 4, 1 + 2 + 4 + 8, …의 첫째항부터 제{N}항까지의 합을 {_end(rng)}"
    val = sum(inner.subs(_k, i) for i in range(1, N + 1))

    def chk() -> bool:
        if kind == 0:
            return val == sum(sum(range(1, i + 1)) for i in range(1, N + 1))
        if kind == 1:
            return val == sum(sum(2 * j - 1 for j in range(1, i + 1)) for i in range(1, N + 1))
        return val == sum(sum(2**j for j in range(i)) for i in range(1, N + 1))

    return Problem(text=text, answer=str(val), format="computation", difficulty=4, achievement_level="B",
                   concepts=["자연수의 거듭제곱의 합", "∑"], also=["12대수03-03"] if kind == 2 else [], check=chk)


@family(_S5, "grid-table-sum")
def _s5_grid(rng: random.Random) -> Problem:
    N = rng.choice([5, 6, 8, 9, 10])
    kind = rng.randrange(3)
    if kind == 0:
        text = (f"가로와 세로가 각각 {N}칸인 표의 i행 j열의 칸에 i × j를 적었다. 표에 적힌 {N * N}개의 수의 합을 {_end(rng)}")
        val = (N * (N + 1) // 2) ** 2
        chk = lambda: val == sum(i * j for i in range(1, N + 1) for j in range(1, N + 1))  # noqa: E731
    elif kind == 1:
        text = (f"가로와 세로가 각각 {N}칸인 표의 i행 j열의 칸에 i + j를 적었다. 표에 적힌 모든 수의 합을 {_end(rng)}")
        val = N * N * (N + 1)
        chk = lambda: val == sum(i + j for i in range(1, N + 1) for j in range(1, N + 1))  # noqa: E731
    else:
        text = (f"{N}행 {N}열의 표에서 i행 j열의 칸에 i와 j 중 크지 않은 수(작거나 같은 수)를 적었다. 표에 적힌 모든 수의 합을 {_end(rng)}")
        val = sum((N - i + 1) * 2 * i - i for i in range(1, N + 1))
        chk = lambda: val == sum(min(i, j) for i in range(1, N + 1) for j in range(1, N + 1))  # noqa: E731
    return Problem(text=text, answer=str(val), format="task" if kind == 2 else "word", difficulty=4, achievement_level="B",
                   concepts=["자연수의 거듭제곱의 합", "∑"], check=chk)


@family(_S5, "derive-square-sum-fill")
def _s5_derive(rng: random.Random) -> Problem:
    st = pick_style(rng)
    which = rng.randrange(2)
    if which == 0:
        text = ("다음은 항등식 (k + 1)³ − k³ = 3k² + 3k + 1을 이용하여 ∑ₖ₌₁ⁿ k²을 구하는 과정이다. (가), (나), (다)에 알맞은 식을 쓰시오.\n"
                "위 식의 k에 1, 2, 3, …, n을 차례대로 대입하여 변끼리 더하면\n"
                "(n + 1)³ − 1 = 3∑ₖ₌₁ⁿ k² + 3 × (   가   ) + (   나   )\n"
                "따라서 ∑ₖ₌₁ⁿ k² = (   다   )")
        ans = "(가) n(n + 1)/2 (나) n (다) n(n + 1)(2n + 1)/6"
        chk = lambda: sp.expand((_n + 1) ** 3 - 1 - 3 * sp.summation(_k**2, (_k, 1, _n)) - 3 * _n * (_n + 1) / 2 - _n) == 0  # noqa: E731
    else:
        text = ("다음은 항등식 (k + 1)² − k² = 2k + 1을 이용하여 ∑ₖ₌₁ⁿ k를 구하는 과정이다. (가), (나)에 알맞은 식을 쓰시오.\n"
                "k에 1, 2, …, n을 대입하여 변끼리 더하면 (n + 1)² − 1 = 2∑ₖ₌₁ⁿ k + (   가   )\n"
                "따라서 ∑ₖ₌₁ⁿ k = (   나   )")
        ans = "(가) n (나) n(n + 1)/2"
        chk = lambda: sp.expand((_n + 1) ** 2 - 1 - 2 * sp.summation(_k, (_k, 1, _n)) - _n) == 0  # noqa: E731
    if st == "plain":
        text = text.replace("∑ₖ₌₁ⁿ", "Σ_(k=1)^n").replace("³", "^3").replace("²", "^2")
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B",
                   concepts=["자연수의 거듭제곱의 합", "∑"], check=chk)


@family(_S5, "pyramid-stacking-word")
def _s5_pyramid(rng: random.Random) -> Problem:
    N = rng.randint(5, 15)
    kind = rng.randrange(3)
    if kind == 0:
        text = (f"같은 크기의 공을 사각뿔 모양으로 쌓으려고 한다. 맨 위층에는 1개, 그 아래층에는 2 × 2개, 그 아래층에는 3 × 3개, …와 같이 쌓아 "
                f"모두 {N}층을 만들 때, 필요한 공의 개수를 {_end(rng)}")
        val = N * (N + 1) * (2 * N + 1) // 6
        e = _k**2
    elif kind == 1:
        text = (f"정육면체 모양의 블록으로 계단 모양의 탑을 만든다. 첫째 단은 1 × 1 × 1 = 1개, 둘째 단은 2 × 2 × 2 = 8개, …와 같이 k단은 k × k × k개의 블록으로 만든 정육면체이다. "
                f"1단부터 {N}단까지 만드는 데 필요한 블록은 모두 몇 개인지 {_end(rng)}")
        val = (N * (N + 1) // 2) ** 2
        e = _k**3
    else:
        text = (f"통조림 캔을 삼각형 모양으로 쌓은 묶음을 여러 층 쌓는다. 위에서 k번째 층에는 1 + 2 + … + k개의 캔이 있을 때, "
                f"{N}층까지 쌓는 데 필요한 캔의 개수를 {_end(rng)}")
        val = N * (N + 1) * (N + 2) // 6
        e = _k * (_k + 1) / 2
    return Problem(text=text, answer=f"{val}개", format="word", difficulty=3, achievement_level="C",
                   concepts=["자연수의 거듭제곱의 합"], check=lambda: _ksum(e, 1, N) == val)


# ================================================================================================
# 12대수03-06 수열의 귀납적 정의
# ================================================================================================
_S6 = "12대수03-06"


def _iterate(a1, f, m: int) -> list:
    out = [a1]
    for i in range(1, m):
        out.append(f(out[-1], i))
    return out


@family(_S6, "linear-recurrence-term")
def _s6_linear(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.choice([2, 3, -1, -2, 2])
    q = rng.randint(-4, 5)
    a1 = rng.randint(-3, 5)
    m = rng.randint(4, 6)
    seq = _iterate(a1, lambda a, i: p * a + q, m)
    rec = "a_{n+1} = " + _cf(p, True, "a_{n}") + _const(q)
    text = rng.choice([
        f"수열 {_sq('a', st)}이 {_r('a_{1} = ' + str(a1), st)}, {_r(rec, st)} (n = 1, 2, 3, …)으로 정의될 때, {_r('a_{' + str(m) + '}', st)}의 {_end(rng, '값')}",
        f"{_r('a_{1} = ' + str(a1), st)}이고 모든 자연수 n에 대하여 {_jr(rec, st, '을/를')} 만족시키는 수열 {_sq('a', st)}의 제{m}항을 {_end(rng)}",
        f"다음과 같이 정의된 수열 {_sq('a', st)}에서 {_r('a_{' + str(m) + '}', st)}의 값을 {_end(rng)}\n{_r('a_{1} = ' + str(a1) + ',' + chr(92) + 'quad ' + rec, st)} (n ≥ 1)",
    ])
    return Problem(text=text, answer=str(seq[-1]), format="computation", difficulty=2, achievement_level="D",
                   concepts=["귀납적 정의", "수열"],
                   check=lambda: sp.Rational(p ** (m - 1) * a1) + sp.Rational(q * (p ** (m - 1) - 1), p - 1) == seq[-1])


@family(_S6, "piecewise-recurrence")
def _s6_piecewise(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        c = rng.choice([1, 3, 5])
        f = lambda a, i: a // 2 if a % 2 == 0 else a + c  # noqa: E731
        rule = f"a_{{n+1}} = \\frac{{a_{{n}}}}{{2}} (a_{{n}}이 짝수일 때), a_{{n+1}} = a_{{n}} + {c} (a_{{n}}이 홀수일 때)"
        a1 = rng.randint(5, 40)
    elif kind == 1:
        f = lambda a, i: a // 2 if a % 2 == 0 else 3 * a + 1  # noqa: E731
        rule = "a_{n+1} = \\frac{a_{n}}{2} (a_{n}이 짝수일 때), a_{n+1} = 3a_{n} + 1 (a_{n}이 홀수일 때)"
        a1 = rng.randint(3, 30)
    else:
        d = rng.choice([2, 3, 5])
        f = lambda a, i: a - d if a > 0 else a + 2 * d + 1  # noqa: E731
        rule = f"a_{{n+1}} = a_{{n}} - {d} (a_{{n}} > 0일 때), a_{{n+1}} = a_{{n}} + {2 * d + 1} (a_{{n}} " + "\\le" + " 0일 때)"
        a1 = rng.randint(1, 12)
    m = rng.randint(6, 12)
    seq = _iterate(a1, f, m)
    parts = rule.split(", ")
    rule_txt = "\n".join(_r(p_.split(" (")[0], st) + " (" + p_.split(" (")[1].replace("a_{n}", _r("a_{n}", st)).replace(chr(92) + "le", "≤" if st != "plain" else "<=") for p_ in parts)
    text = rng.choice([
        f"수열 {_sq('a', st)}은 {_r('a_{1} = ' + str(a1), st)}이고, 모든 자연수 n에 대하여 다음을 만족시킨다.\n{rule_txt}\n{_r('a_{' + str(m) + '}', st)}의 값을 {_end(rng)}",
        f"첫째항이 {a1}인 수열 {_sq('a', st)}이 다음과 같이 정의될 때, 제{m}항을 {_end(rng)}\n{rule_txt}",
        f"다음 규칙에 따라 수를 차례대로 적어 나간다. 처음 수가 {a1}일 때, {m}번째로 적는 수를 {_end(rng)}\n{rule_txt}\n(단, aₙ은 n번째로 적는 수이다.)",
    ])

    def chk() -> bool:
        a = a1
        for _ in range(m - 1):
            if kind == 2:
                a = a - d if a > 0 else a + 2 * d + 1
            else:
                a = a // 2 if a % 2 == 0 else (a + c if kind == 0 else 3 * a + 1)
        return a == seq[-1]

    return Problem(text=text, answer=str(seq[-1]), format="computation", difficulty=3, achievement_level="C",
                   concepts=["귀납적 정의", "수열"], check=chk)


@family(_S6, "two-step-recurrence")
def _s6_two(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    a1, a2 = rng.randint(-3, 5), rng.randint(-3, 6)
    if kind == 0:
        rec, f = "a_{n+2} = a_{n+1} + a_{n}", (lambda x, y: x + y)
        m = rng.randint(6, 10)
    elif kind == 1:
        rec, f = "a_{n+2} = a_{n+1} - a_{n}", (lambda x, y: y - x)
        m = rng.choice([20, 25, 30, 50, 100])
    else:
        rec, f = "a_{n+2} = 2a_{n+1} - a_{n} + 1", (lambda x, y: 2 * y - x + 1)
        m = rng.randint(6, 9)
    seq = [a1, a2]
    while len(seq) < m:
        seq.append(f(seq[-2], seq[-1]))
    text = rng.choice([
        f"수열 {_sq('a', st)}이 {_r('a_{1} = ' + str(a1) + ', a_{2} = ' + str(a2), st)}이고 모든 자연수 n에 대하여 {_jr(rec, st, '을/를')} 만족시킬 때, {_r('a_{' + str(m) + '}', st)}의 {_end(rng, '값')}",
        f"다음과 같이 정의된 수열 {_sq('a', st)}의 제{m}항을 {_end(rng)}\n{_r('a_{1} = ' + str(a1) + ', ' + chr(92) + 'quad a_{2} = ' + str(a2) + ', ' + chr(92) + 'quad ' + rec, st)} (n = 1, 2, 3, …)",
    ])
    d = 2 if kind != 1 else 4

    def chk() -> bool:
        x, y = a1, a2
        for _ in range(m - 2):
            x, y = y, f(x, y)
        return (y if m >= 2 else x) == seq[-1]

    return Problem(text=text + (exam_points(rng, d) if kind == 1 else ""), answer=str(seq[-1]), format="computation", difficulty=d,
                   achievement_level=secondary_level(d), concepts=["귀납적 정의", "수열"], check=chk)


@family(_S6, "recognize-ap-gp-recurrence")
def _s6_recognize(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    m = rng.randint(8, 15)
    if kind == 0:
        a1, d = rng.randint(-5, 10), rng.choice([v for v in range(-4, 6) if v])
        rec = "a_{n+1} - a_{n} = " + str(d) if rng.random() < 0.5 else "a_{n+1} = a_{n} " + ("+ " if d > 0 else "- ") + str(abs(d))
        cond = _r("a_{1} = " + str(a1), st)
        val = a1 + (m - 1) * d
        also = ["12대수03-02"]
    elif kind == 1:
        a1, r = rng.choice([1, 2, 3, -1]), rng.choice([2, 3, -2])
        m = rng.randint(5, 8)
        rec = "a_{n+1} = " + str(r) + "a_{n}"
        cond = _r("a_{1} = " + str(a1), st)
        val = a1 * r ** (m - 1)
        also = ["12대수03-03"]
    elif kind == 2:
        a1, d = rng.randint(-5, 10), rng.choice([v for v in range(-4, 6) if v])
        rec = "2a_{n+1} = a_{n} + a_{n+2}"
        cond = _r("a_{1} = " + str(a1) + ", a_{2} = " + str(a1 + d), st)
        val = a1 + (m - 1) * d
        also = ["12대수03-02"]
    else:
        a1, r = rng.choice([1, 2, 3]), rng.choice([2, 3])
        m = rng.randint(5, 8)
        rec = "a_{n+1}^{2} = a_{n}a_{n+2}"
        cond = _r("a_{1} = " + str(a1) + ", a_{2} = " + str(a1 * r), st)
        val = a1 * r ** (m - 1)
        also = ["12대수03-03"]
    text = rng.choice([
        f"{cond}이고 모든 자연수 n에 대하여 {_jr(rec, st, '을/를')} 만족시키는 수열 {_sq('a', st)}에서 {_r('a_{' + str(m) + '}', st)}의 {_end(rng, '값')}",
        f"수열 {_sq('a', st)}이 {cond}, {_r(rec, st)} (n = 1, 2, 3, …)으로 정의될 때, 제{m}항을 {_end(rng)}",
    ])
    if kind == 3:
        text = text.replace("수열 {", "모든 항이 양수인 수열 {", 1) if "수열 {" in text else text.replace("수열 $", "모든 항이 양수인 수열 $", 1)

    def chk() -> bool:
        seq = [a1, (a1 + d) if kind in (0, 2) else a1 * r]
        while len(seq) < m:
            if kind in (0, 2):
                seq.append(2 * seq[-1] - seq[-2])
            else:
                seq.append(sp.Rational(seq[-1] ** 2, seq[-2]))
        return seq[m - 1] == val

    return Problem(text=text, answer=str(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["귀납적 정의", "등차수열" if kind in (0, 2) else "등비수열"], also=also, check=chk)


@family(_S6, "periodic-recurrence")
def _s6_periodic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    m = rng.choice([20, 30, 50, 99, 100, 2024, 2025, 2026])
    if kind == 0:
        a1 = rng.choice([2, 3, -1, R(1, 2), R(1, 3)])
        f = lambda a: 1 / (1 - a)  # noqa: E731
        rec = "a_{n+1} = \\frac{1}{1 - a_{n}}"
    elif kind == 1:
        a1 = rng.choice([1, 2, 3, R(1, 2)])
        f = lambda a: -1 / (a + 1)  # noqa: E731
        rec = "a_{n+1} = -\\frac{1}{a_{n} + 1}"
    else:
        a1 = rng.choice([2, 3, 5])
        f = lambda a: 1 - 1 / a  # noqa: E731
        rec = "a_{n+1} = 1 - \\frac{1}{a_{n}}"
    seq = [sp.Rational(a1)]
    for _ in range(5):
        seq.append(sp.Rational(f(seq[-1])))
    per = next(p for p in range(1, 6) if seq[p] == seq[0])
    val = seq[(m - 1) % per]
    text = rng.choice([
        f"수열 {_sq('a', st)}이 {_r('a_{1} = ' + _tx(a1), st)}이고 모든 자연수 n에 대하여 {_jr(rec, st, '을/를')} 만족시킬 때, {_r('a_{' + str(m) + '}', st)}의 {_end(rng, '값')}",
        f"{_r('a_{1} = ' + _tx(a1) + ', ' + chr(92) + 'quad ' + rec, st)} (n = 1, 2, 3, …)으로 정의된 수열 {_sq('a', st)}의 제{m}항을 {_end(rng)}",
    ])
    d = 4

    def chk() -> bool:
        a = sp.Rational(a1)
        for _ in range((m - 1) % per + per * 2):
            a = sp.Rational(f(a))
        return a == val

    return Problem(text=text + exam_points(rng, d), answer=_ans(val), format="computation", difficulty=d, achievement_level="B",
                   concepts=["귀납적 정의", "수열"], check=chk)


@family(_S6, "model-recursively")
def _s6_model(rng: random.Random) -> Problem:
    kind = rng.randrange(4)
    if kind == 0:
        keep = rng.choice([80, 90, 70, 75])
        add = rng.choice([10, 20, 30, 50])
        a1 = rng.choice([100, 200, 150])
        text = (f"어느 수조에 물이 {a1} L 들어 있다. 매일 수조에 있는 물의 {100 - keep}%가 증발하고, 증발한 뒤 {add} L의 물을 새로 넣는다. "
                f"처음 상태를 a₁ = {a1}, n일 후(물을 넣은 직후) 수조에 있는 물의 양을 aₙ₊₁ L라 할 때, aₙ과 aₙ₊₁ 사이의 관계식을 쓰고, a₃을 {_end(rng)}")
        f = lambda a: sp.Rational(keep, 100) * a + add  # noqa: E731
        seq = _iterate(sp.Integer(a1), lambda a, i: f(a), 3)
        ans = f"aₙ₊₁ = {keep / 100:g}aₙ + {add}, a₃ = {_ans(seq[2])}"
    elif kind == 1:
        m = rng.randint(4, 7)
        text = (f"하노이의 탑에서 원판이 n개일 때 모든 원판을 다른 기둥으로 옮기는 최소 이동 횟수를 aₙ이라 하자. a₁ = 1이고, 원판이 n + 1개일 때는 "
                f"위의 n개를 옮기고, 가장 큰 원판을 옮긴 다음, 다시 n개를 옮기면 된다. aₙ₊₁을 aₙ으로 나타내고, a{chr(0x2080 + m)}의 값을 {_end(rng)}")
        f = lambda a: 2 * a + 1  # noqa: E731
        seq = _iterate(1, lambda a, i: f(a), m)
        ans = f"aₙ₊₁ = 2aₙ + 1, a{chr(0x2080 + m)} = {seq[-1]}"
    elif kind == 2:
        m = rng.randint(5, 8)
        text = (f"평면 위에 어느 두 직선도 평행하지 않고 어느 세 직선도 한 점에서 만나지 않도록 n개의 직선을 그을 때, 평면이 나누어지는 영역의 개수를 aₙ이라 하자. "
                f"a₁ = 2일 때, aₙ₊₁을 aₙ과 n으로 나타내는 관계식을 쓰고, a{chr(0x2080 + m)}의 값을 {_end(rng)}")
        seq = _iterate(2, lambda a, i: a + i + 1, m)
        ans = f"aₙ₊₁ = aₙ + n + 1, a{chr(0x2080 + m)} = {seq[-1]}"
        f = None
    else:
        r_ = rng.choice([10, 20, 5])
        a1 = rng.choice([100, 200, 500])
        dep = rng.choice([d_ for d_ in (10, 20, 30, 40) if d_ * 100 != a1 * r_])
        text = (f"{josa(name(rng), '은/는')} 매달 초 통장 잔액의 {r_}%를 생활비로 쓰고, 매달 말에 {dep}만 원을 입금한다. 첫 달 초의 잔액을 a₁ = {a1}(만 원), "
                f"n번째 달 말의 잔액을 aₙ₊₁(만 원)이라 할 때, 수열 {{aₙ}}을 귀납적으로 정의하고 a₃을 {_end(rng)}")
        f = lambda a: sp.Rational(100 - r_, 100) * a + dep  # noqa: E731
        seq = _iterate(sp.Integer(a1), lambda a, i: f(a), 3)
        ans = f"a₁ = {a1}, aₙ₊₁ = {(100 - r_) / 100:g}aₙ + {dep}, a₃ = {_ans(seq[2])}"

    def chk() -> bool:
        if kind == 2:
            # count regions directly: n lines in general position → 1 + n + C(n, 2)
            return all(_iterate(2, lambda a, i: a + i + 1, j)[-1] == 1 + j + j * (j - 1) // 2 for j in range(1, 9)) and ans.endswith(str(seq[-1]))
        if kind == 1:
            return seq[-1] == 2 ** len(seq) - 1
        return ans.endswith(_ans(seq[2])) and f is not None

    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["귀납적 정의", "수열"], check=chk)


@family(_S6, "recurrence-with-n")
def _s6_with_n(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    a1 = rng.randint(1, 4)
    if kind == 0:
        c = rng.choice([1, 2, 3])
        rec, f = f"a_{{n+1}} = a_{{n}} + {c}n", (lambda a, i: a + c * i)
    elif kind == 1:
        rec, f = "a_{n+1} = a_{n} + 2^{n}", (lambda a, i: a + 2**i)
    elif kind == 2:
        rec, f = "a_{n+1} = \\frac{n+1}{n}a_{n}", (lambda a, i: sp.Rational(i + 1, i) * a)
    else:
        rec, f = "a_{n+1} = (n+1)a_{n}", (lambda a, i: (i + 1) * a)
    m = rng.randint(5, 8)
    seq = _iterate(sp.Integer(a1), f, m)
    text = rng.choice([
        f"수열 {_sq('a', st)}이 {_r('a_{1} = ' + str(a1), st)}, {_r(rec, st)} (n = 1, 2, 3, …)을 만족시킬 때, {_r('a_{' + str(m) + '}', st)}의 {_end(rng, '값')}",
        f"{_r('a_{1} = ' + str(a1), st)}이고 {_jr(rec, st, '으로/로')} 정의된 수열 {_sq('a', st)}에서 제{m}항을 {_end(rng)}",
        f"다음과 같이 귀납적으로 정의된 수열 {_sq('a', st)}의 첫째항부터 제{m}항까지를 차례대로 구하여 {_r('a_{' + str(m) + '}', st)}의 값을 {_end(rng)}\n{_r('a_{1} = ' + str(a1) + ',' + chr(92) + 'quad ' + rec, st)} (n ≥ 1)",
    ])

    def chk() -> bool:
        a = sp.Integer(a1)
        for i in range(1, m):
            if kind == 0:
                a = a + c * i
            elif kind == 1:
                a = a + 2**i
            elif kind == 2:
                a = a * sp.Rational(i + 1, i)
            else:
                a = a * (i + 1)
        return a == seq[-1]

    return Problem(text=text, answer=_ans(seq[-1]), format="computation", difficulty=3, achievement_level="C",
                   concepts=["귀납적 정의", "수열"], check=chk)


@family(_S6, "recursive-definition-fill-mcq")
def _s6_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.choice([(2, 1), (3, -1), (2, -1), (1, 4), (3, 1), (2, 3), (1, -3)])
    a1 = rng.randint(1, 5)
    seq = _iterate(a1, lambda a, i: p * a + q, 5)
    lst = ", ".join(str(v) for v in seq)
    if rng.random() < 0.5:
        text = (f"수열 {lst}, …은 첫째항이 {a1}이고 각 항에 일정한 수를 곱한 다음 일정한 수를 더하여 다음 항을 만든 것이다. "
                f"이 수열 {_sq('a', st)}을 귀납적으로 정의할 때, □ 안에 알맞은 수를 차례대로 써넣으시오.\n"
                f"{_r('a_{1} = ' + str(a1) + ', ' + chr(92) + 'quad a_{n+1} = ', st)}□{_r('a_{n}', st)} + □ (n = 1, 2, 3, …)")
        ans = f"{p}, {q}"
        return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C", concepts=["귀납적 정의", "수열"],
                       check=lambda: all(seq[i + 1] == p * seq[i] + q for i in range(4)))
    opts_pq = [(p, q), (q, p), (p + 1, q - a1), (1, seq[1] - seq[0]), (p, q + 1), (p - 1, q + a1), (seq[1] // max(seq[0], 1), 0)]
    wrong, seen = [], set()
    for pp, qq in opts_pq[1:]:
        s2 = _iterate(a1, lambda a, i, pp=pp, qq=qq: pp * a + qq, 5)
        if s2 != seq and (pp, qq) not in seen:
            seen.add((pp, qq))
            wrong.append(_r("a_{n+1} = " + _cf(pp, True, "a_{n}") + _const(qq), st) if pp else _r("a_{n+1} = " + str(qq), st))
    wrong += [_r("a_{n+1} = a_{n} + " + str(j), st) for j in range(1, 8) if _iterate(a1, lambda a, i, j=j: a + j, 5) != seq]
    ch = choices(rng, _r("a_{n+1} = " + _cf(p, True, "a_{n}") + _const(q), st), wrong)
    text = with_choices(rng.choice([f"첫째항이 {a1}인 수열 {lst}, …을 귀납적으로 정의할 때, 모든 자연수 n에 대하여 성립하는 관계식으로 알맞은 것은?",
                            f"수열 {_sq('a', st)}: {lst}, …에서 이웃하는 두 항 사이의 관계를 바르게 나타낸 것은? (단, n은 자연수)",
                            f"다음 중 {_jr('a_{1} = ' + str(a1), st, '과/와')} 함께 수열 {lst}, …을 정의하는 식으로 옳은 것은?"]), ch)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["귀납적 정의", "수열"], check=lambda: all(seq[i + 1] == p * seq[i] + q for i in range(4)))


# ================================================================================================
# 12대수03-07 수학적 귀납법
# ================================================================================================
_S7 = "12대수03-07"
# (term f(k), closed form F(n), lhs text template with n)
_IDENT = [
    (2 * _k - 1, _n**2, "1 + 3 + 5 + \\cdots + (2n-1) = n^{2}"),
    (_k, _n * (_n + 1) / 2, "1 + 2 + 3 + \\cdots + n = \\frac{n(n+1)}{2}"),
    (_k**2, _n * (_n + 1) * (2 * _n + 1) / 6, "1^{2} + 2^{2} + \\cdots + n^{2} = \\frac{n(n+1)(2n+1)}{6}"),
    (_k**3, (_n * (_n + 1) / 2) ** 2, "1^{3} + 2^{3} + \\cdots + n^{3} = \\left\\{\\frac{n(n+1)}{2}\\right\\}^{2}"),
    (_k * (_k + 1), _n * (_n + 1) * (_n + 2) / 3, "1 \\times 2 + 2 \\times 3 + \\cdots + n(n+1) = \\frac{n(n+1)(n+2)}{3}"),
    (1 / (_k * (_k + 1)), _n / (_n + 1), "\\frac{1}{1 \\times 2} + \\frac{1}{2 \\times 3} + \\cdots + \\frac{1}{n(n+1)} = \\frac{n}{n+1}"),
    (3 ** (_k - 1), (3**_n - 1) / 2, "1 + 3 + 3^{2} + \\cdots + 3^{n-1} = \\frac{3^{n}-1}{2}"),
    (_k * 2 ** (_k - 1), (_n - 1) * 2**_n + 1, "1 + 2 \\times 2 + 3 \\times 2^{2} + \\cdots + n \\times 2^{n-1} = (n-1)2^{n} + 1"),
    (3 * _k - 2, _n * (3 * _n - 1) / 2, "1 + 4 + 7 + \\cdots + (3n-2) = \\frac{n(3n-1)}{2}"),
]


_IDENT_OK: dict[str, bool] = {}


def _ident_ok(f, F) -> bool:
    key = str((f, F))
    if key not in _IDENT_OK:
        _IDENT_OK[key] = (sp.cancel(F.subs(_n, 1) - f.subs(_k, 1)) == 0
                          and sp.cancel(F.subs(_n, _k + 1) - F.subs(_n, _k) - f.subs(_k, _k + 1)) == 0)
    return _IDENT_OK[key]


@family(_S7, "induction-sum-fill")
def _s7_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f, F, tex = rng.choice(_IDENT)
    term_next = sp.factor(f.subs(_k, _k + 1))
    Fk = F.subs(_n, _k)
    Fk1 = sp.factor(F.subs(_n, _k + 1))
    lhs_k = tex.split(" = ")[0].replace("(2n-1)", "(2k-1)").replace("(3n-2)", "(3k-2)").replace("n(n+1)", "k(k+1)").replace("n^{2}", "k^{2}") \
        .replace("n^{3}", "k^{3}").replace("3^{n-1}", "3^{k-1}").replace("n \\times 2^{n-1}", "k \\times 2^{k-1}").replace("+ n =", "+ k =")
    if lhs_k.endswith("+ n"):
        lhs_k = lhs_k[:-1] + "k"
    text = (f"다음은 모든 자연수 n에 대하여 등식\n{_r(tex, st)}\n이 성립함을 수학적 귀납법으로 증명한 것이다. (가), (나)에 알맞은 식을 쓰시오.\n"
            f"(i) n = 1일 때, (좌변) = {_ans(f.subs(_k, 1))}, (우변) = {_ans(F.subs(_n, 1))}이므로 등식이 성립한다.\n"
            f"(ii) n = k일 때 등식이 성립한다고 가정하면 {_r(lhs_k + ' = ' + _ltx(Fk).replace('n', 'k'), st)}\n"
            f"양변에 (가)를 더하면 좌변은 n = k + 1일 때의 좌변이 되고, 우변을 정리하면 (나)이다.\n"
            f"따라서 n = k + 1일 때도 등식이 성립한다.\n(i), (ii)에 의하여 모든 자연수 n에 대하여 주어진 등식이 성립한다.")
    ans = f"(가) {_ans(term_next)} (나) {_ans(Fk1)}"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["수학적 귀납법"], also=["12대수03-05"] if f.is_polynomial(_k) and sp.degree(f, _k) >= 2 else [],
                   check=lambda: _ident_ok(f, F) and sp.cancel(Fk + term_next - Fk1) == 0)


@family(_S7, "induction-prove-identity")
def _s7_prove(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f, F, tex = rng.choice(_IDENT)
    text = rng.choice([
        f"모든 자연수 n에 대하여 다음 등식이 성립함을 수학적 귀납법으로 증명하시오.\n{_r(tex, st)}",
        f"수학적 귀납법을 이용하여 모든 자연수 n에 대하여 {_r(tex, st)}가 성립함을 보이시오.",
        f"자연수 n에 대한 명제 p(n): {_r(tex, st)}\n이 모든 자연수 n에 대하여 참임을 수학적 귀납법으로 증명하시오.",
    ])
    return Problem(text=text, answer=None, format="proof", difficulty=4, achievement_level="A",
                   concepts=["수학적 귀납법"], check=lambda: _ident_ok(f, F))


_DIVS = [("5^{n} - 1", lambda n: 5**n - 1, 4), ("7^{n} - 3^{n}", lambda n: 7**n - 3**n, 4), ("n^{3} + 2n", lambda n: n**3 + 2 * n, 3),
         ("4^{n} + 5", lambda n: 4**n + 5, 3), ("3^{2n} - 1", lambda n: 3 ** (2 * n) - 1, 8), ("n^{3} - n", lambda n: n**3 - n, 6),
         ("6^{n} - 1", lambda n: 6**n - 1, 5), ("2^{3n} - 1", lambda n: 2 ** (3 * n) - 1, 7)]


@family(_S7, "induction-divisibility")
def _s7_div(rng: random.Random) -> Problem:
    st = pick_style(rng)
    tex, fn, m = rng.choice(_DIVS)
    mode = rng.randrange(3)
    if mode == 0:
        text = rng.choice([
            f"모든 자연수 n에 대하여 {_jr(tex, st, '은/는')} {m}의 배수임을 수학적 귀납법으로 증명하시오.",
            f"수학적 귀납법을 이용하여 모든 자연수 n에 대하여 {_jr(tex, st, '이/가')} {josa(str(m), '으로/로')} 나누어떨어짐을 보이시오.",
        ])
        return Problem(text=text, answer=None, format="proof", difficulty=4, achievement_level="A", concepts=["수학적 귀납법"],
                       check=lambda: all(fn(i) % m == 0 for i in range(1, 30)))
    if mode == 1:
        # 5^{k+1} - 1 = 5(5^k - 1) + 4 style fill for the b^n - 1 family
        b = rng.choice([3, 5, 6, 7, 9, 11])
        mm = b - 1
        text = (f"다음은 모든 자연수 n에 대하여 {_jr(str(b) + '^{n} - 1', st, '이/가')} {mm}의 배수임을 수학적 귀납법으로 증명한 것이다. (가), (나)에 알맞은 수를 쓰시오.\n"
                f"(i) n = 1일 때, {_r(str(b) + '^{1} - 1 = ' + str(b - 1), st)}이므로 성립한다.\n"
                f"(ii) n = k일 때 성립한다고 가정하면 {_r(str(b) + '^{k} - 1 = ' + str(mm) + 'm', st)} (m은 자연수)이다. n = k + 1일 때\n"
                f"{_r(str(b) + '^{k+1} - 1', st)} = (가) × {_r('(' + str(b) + '^{k} - 1)', st)} + (나) = {mm}((가)m + 1)\n"
                f"이므로 n = k + 1일 때도 성립한다. 따라서 모든 자연수 n에 대하여 성립한다.")
        ans = f"(가) {b} (나) {mm}"
        kk = sp.Symbol("kk", integer=True, positive=True)
        return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C", concepts=["수학적 귀납법"],
                       check=lambda: sp.expand(sp.Integer(b) ** (kk + 1) - 1 - (b * (sp.Integer(b) ** kk - 1) + mm)) == 0)
    # which m always divides: largest natural number dividing fn(n) for all n
    g = 0
    for i in range(1, 12):
        g = _m_gcd(g, fn(i))
    text = f"모든 자연수 n에 대하여 {_jr(tex, st, '이/가')} 항상 나누어떨어지는 가장 큰 자연수를 구하고, 그 이유를 수학적 귀납법으로 설명하시오."
    return Problem(text=text, answer=str(g), format="proof", difficulty=5, achievement_level="A", concepts=["수학적 귀납법"],
                   check=lambda: all(fn(i) % g == 0 for i in range(1, 40)) and g % m == 0)


def _m_gcd(a: int, b: int) -> int:
    import math
    return math.gcd(a, b)


_INEQ = [("2^{n} > n^{2}", lambda n: 2**n > n**2), ("3^{n} > n^{3}", lambda n: 3**n > n**3), ("n! > 2^{n}", lambda n: _fact(n) > 2**n),
         ("2^{n} > 2n + 1", lambda n: 2**n > 2 * n + 1), ("3^{n} > 5n", lambda n: 3**n > 5 * n), ("2^{n} \\ge n^{2}", lambda n: 2**n >= n**2),
         ("n! > 3^{n}", lambda n: _fact(n) > 3**n), ("2^{n} > 5n", lambda n: 2**n > 5 * n)]


def _fact(n: int) -> int:
    import math
    return math.factorial(n)


@family(_S7, "induction-inequality")
def _s7_ineq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    tex, fn = rng.choice(_INEQ)
    # smallest n0 with fn true for all n >= n0 (checked up to 60)
    n0 = next(i for i in range(1, 60) if all(fn(j) for j in range(i, 60)))
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([
            f"n ≥ n₀인 모든 자연수 n에 대하여 부등식 {_jr(tex, st, '이/가')} 성립하도록 하는 자연수 n₀의 최솟값을 구하시오.",
            f"부등식 {_jr(tex, st, '이/가')} n ≥ m인 모든 자연수 n에 대하여 성립할 때, 자연수 m의 최솟값을 {_end(rng)}",
        ])
        return Problem(text=text, answer=str(n0), format="computation", difficulty=3, achievement_level="C", concepts=["수학적 귀납법"],
                       check=lambda: all(fn(j) for j in range(n0, 80)) and not fn(n0 - 1))
    text = rng.choice([
        f"{n0} 이상의 모든 자연수 n에 대하여 부등식 {_jr(tex, st, '이/가')} 성립함을 수학적 귀납법으로 증명하시오.",
        f"n ≥ {n0}인 모든 자연수 n에 대하여 {_jr(tex, st, '이/가')} 성립함을 수학적 귀납법을 이용하여 보이시오.",
    ])
    return Problem(text=text, answer=None, format="proof", difficulty=5, achievement_level="A", concepts=["수학적 귀납법"],
                   check=lambda: all(fn(j) for j in range(n0, 80)))


_PRINC = [
    ("p(1)이 참이고, p(k)가 참이면 p(k + 2)도 참이다.", "모든 홀수 n", ["모든 짝수 n", "모든 자연수 n", "2 이상의 모든 자연수 n", "n = 1, 3뿐", "3의 배수인 모든 n"]),
    ("p(2)가 참이고, p(k)가 참이면 p(k + 2)도 참이다.", "모든 짝수 n", ["모든 홀수 n", "모든 자연수 n", "2 이상의 모든 자연수 n", "4의 배수인 모든 n", "n = 2뿐"]),
    ("p(1), p(2)가 참이고, p(k)가 참이면 p(k + 2)도 참이다.", "모든 자연수 n", ["모든 홀수 n", "모든 짝수 n", "n = 1, 2뿐", "3 이상의 모든 자연수 n", "4의 배수인 모든 n"]),
    ("p(1)이 참이고, p(k)가 참이면 p(2k)도 참이다.", "n = 2ᵐ (m은 0 이상의 정수) 꼴인 모든 n", ["모든 짝수 n", "모든 자연수 n", "모든 홀수 n", "n = 1, 2뿐", "4의 배수인 모든 n"]),
    ("p(1)이 참이고, p(k)가 참이면 p(k + 3)도 참이다.", "3으로 나눈 나머지가 1인 모든 n", ["3의 배수인 모든 n", "모든 자연수 n", "모든 홀수 n", "n = 1, 4뿐", "3으로 나눈 나머지가 2인 모든 n"]),
    ("p(3)이 참이고, p(k)가 참이면 p(k + 1)도 참이다.", "3 이상의 모든 자연수 n", ["모든 자연수 n", "3의 배수인 모든 n", "모든 홀수 n", "n = 3뿐", "4 이상의 모든 자연수 n"]),
]


@family(_S7, "induction-principle-mcq")
def _s7_principle(rng: random.Random) -> Problem:
    cond, correct, wrong = rng.choice(_PRINC)
    ch = choices(rng, correct, wrong)
    text = with_choices(rng.choice([
        f"자연수 n에 대한 명제 p(n)이 다음 조건을 만족시킨다.\n{cond}\n이때 p(n)이 반드시 참이라고 할 수 있는 n의 값의 범위로 옳은 것은?",
        f"명제 p(n)에 대하여 '{cond}'가 성립한다. 다음 중 p(n)이 참임을 보장할 수 있는 자연수 n 전체를 바르게 나타낸 것은?",
        f"수학적 귀납법의 원리를 생각할 때, 자연수 n에 대한 명제 p(n)이 다음을 만족시키면 p(n)이 항상 참인 n은?\n{cond}",
    ]), ch)

    def chk() -> bool:
        import re as _re
        true = set()
        starts = [int(v) for v in _re.findall(r"p\((\d)\)", cond.split("이고")[0].split("가 참")[0] + cond.split(",")[0])]
        starts = sorted(set(int(v) for v in _re.findall(r"p\((\d)\)", cond.split("참이고")[0])))
        step = cond.split("이면 ")[1]
        nxt = {"p(k + 2)": lambda v: v + 2, "p(2k)": lambda v: 2 * v, "p(k + 3)": lambda v: v + 3, "p(k + 1)": lambda v: v + 1}
        g = next(fn for key, fn in nxt.items() if key in step)
        frontier = list(starts)
        while frontier:
            v = frontier.pop()
            if v <= 64 and v not in true:
                true.add(v)
                frontier.append(g(v))
        desc = {"모든 홀수 n": {v for v in range(1, 65) if v % 2}, "모든 짝수 n": {v for v in range(1, 65) if v % 2 == 0},
                "모든 자연수 n": set(range(1, 65)), "n = 2ᵐ (m은 0 이상의 정수) 꼴인 모든 n": {1, 2, 4, 8, 16, 32, 64},
                "3으로 나눈 나머지가 1인 모든 n": {v for v in range(1, 65) if v % 3 == 1}, "3 이상의 모든 자연수 n": set(range(3, 65))}
        return true == desc[correct]

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch,
                   concepts=["수학적 귀납법"], check=chk)


@family(_S7, "find-the-flaw")
def _s7_flaw(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.choice([1, 3, 5, 7])
    kind = rng.randrange(2)
    who = name(rng)
    if kind == 0:
        stmt = f"n^{{2}} + n + {c}"
        text = (f"{josa(who, '은/는')} '모든 자연수 n에 대하여 {_jr(stmt, st, '은/는')} 짝수이다.'를 다음과 같이 증명하였다.\n"
                f"n = k일 때 {_jr(stmt.replace('n', 'k'), st, '이/가')} 짝수라고 가정하면, "
                f"{_r('(k+1)^{2} + (k+1) + ' + str(c) + ' = (k^{2} + k + ' + str(c) + ') + 2(k+1)', st)}이므로 n = k + 1일 때도 짝수이다. "
                f"따라서 모든 자연수 n에 대하여 {_jr(stmt, st, '은/는')} 짝수이다.\n이 증명의 잘못된 점을 찾아 설명하시오.")
        ans = f"n = 1일 때 성립하는지 확인하지 않았다. 실제로 n = 1이면 {2 + c}로 홀수이므로 명제는 거짓이다."
        chk = lambda: all((i * i + i + c) % 2 == 1 for i in range(1, 20))  # noqa: E731
    else:
        sg, c2 = rng.choice([(1, 41), (-1, 41), (1, 17), (1, 11), (1, 5)])
        stmt = "n^{2} " + ("+" if sg > 0 else "-") + " n + " + str(c2)
        vals = [i * i + sg * i + c2 for i in range(1, 4)]
        first = next(i for i in range(1, 200) if not sp.isprime(i * i + sg * i + c2))
        text = (f"{josa(who, '은/는')} '모든 자연수 n에 대하여 {_jr(stmt, st, '은/는')} 소수이다.'가 참인지 알아보기 위해 "
                f"n = 1, 2, 3일 때의 값이 각각 {vals[0]}, {vals[1]}, {vals[2]}로 모두 소수인 것을 확인한 뒤 명제가 참이라고 결론지었다. "
                f"이 결론이 타당한지 판단하고, 수학적 귀납법과 관련지어 설명하시오.")
        v = first * first + sg * first + c2
        ans = (f"타당하지 않다. 몇 개의 n에서 확인한 것만으로는 증명이 되지 않으며, n = {first}일 때 "
               f"{josa(str(v), '은/는')} 소수가 아니다.")
        chk = lambda: all(sp.isprime(i * i + sg * i + c2) for i in range(1, first)) and not sp.isprime(v) and all(sp.isprime(t) for t in vals)  # noqa: E731
    return Problem(text=text, answer=ans, format="task", difficulty=4, achievement_level="A", concepts=["수학적 귀납법"], check=chk)


@family(_S7, "induction-inequality-step-fill")
def _s7_ineq_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    if kind == 0:
        text = (f"다음은 n ≥ 5인 모든 자연수 n에 대하여 부등식 {_jr('2^{n} > n^{2}', st, '이/가')} 성립함을 증명한 것이다. (가), (나), (다)에 알맞은 것을 쓰시오.\n"
                f"(i) n = 5일 때, (좌변) = (가), (우변) = 25이므로 부등식이 성립한다.\n"
                f"(ii) n = k (k ≥ 5)일 때 성립한다고 가정하면 {_r('2^{k} > k^{2}', st)}이다. 양변에 2를 곱하면 {_r('2^{k+1} > 2k^{2}', st)}\n"
                f"이때 {_r('2k^{2} - (k+1)^{2} = ', st)}(나) > 0 (k ≥ 5)이므로 {_r('2^{k+1} > ', st)}(다)\n"
                f"따라서 n = k + 1일 때도 성립한다.")
        ans = "(가) 32 (나) k² − 2k − 1 (다) (k + 1)²"
        chk = lambda: sp.expand(2 * _k**2 - (_k + 1) ** 2 - (_k**2 - 2 * _k - 1)) == 0 and all(i * i - 2 * i - 1 > 0 for i in range(5, 50))  # noqa: E731
    else:
        h = sp.Symbol("h")
        text = (f"다음은 h > 0일 때, 2 이상의 모든 자연수 n에 대하여 부등식 {_jr('(1+h)^{n} > 1 + nh', st, '이/가')} 성립함을 증명한 것이다. (가), (나)에 알맞은 식을 쓰시오.\n"
                f"(i) n = 2일 때, (좌변) = (가) > 1 + 2h = (우변)\n"
                f"(ii) n = k일 때 성립한다고 가정하면 양변에 1 + h (> 0)를 곱하여 {_r('(1+h)^{k+1} > (1+kh)(1+h) = ', st)}(나) > 1 + (k + 1)h\n"
                f"따라서 n = k + 1일 때도 성립한다.")
        ans = "(가) 1 + 2h + h² (나) 1 + (k + 1)h + kh²"
        chk = lambda: sp.expand((1 + h) ** 2 - (1 + 2 * h + h**2)) == 0 and sp.expand((1 + _k * h) * (1 + h) - (1 + (_k + 1) * h + _k * h**2)) == 0  # noqa: E731
    if st == "plain":
        ans = ans.replace("²", "^2")
    return Problem(text=text, answer=ans, format="fill", difficulty=4, achievement_level="B", concepts=["수학적 귀납법"], check=chk)


@family(_S7, "induction-product-fill")
def _s7_product(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    if kind == 0:
        tex = "\\left(1 - \\frac{1}{2^{2}}\\right)\\left(1 - \\frac{1}{3^{2}}\\right) \\cdots \\left(1 - \\frac{1}{n^{2}}\\right) = \\frac{n+1}{2n}"
        start = 2
        Fk = (_k + 1) / (2 * _k)
        factor = 1 - 1 / (_k + 1) ** 2
        Fk1 = (_k + 2) / (2 * (_k + 1))
        text = (f"다음은 2 이상의 모든 자연수 n에 대하여 등식\n{_r(tex, st)}\n이 성립함을 수학적 귀납법으로 증명하는 과정의 일부이다. (가), (나)에 알맞은 식을 쓰시오.\n"
                f"n = k (k ≥ 2)일 때 성립한다고 가정하고 양변에 (가)를 곱하면 우변은 {_r(chr(92) + 'frac{k+1}{2k}', st)} × (가) = (나)가 되어 n = k + 1일 때도 성립한다.")
        ans = "(가) 1 − 1/(k + 1)² (나) (k + 2)/(2(k + 1))"
    else:
        tex = "1 \\times 1! + 2 \\times 2! + \\cdots + n \\times n! = (n+1)! - 1"
        start = 1
        text = (f"다음은 모든 자연수 n에 대하여 등식\n{_r(tex, st)}\n이 성립함을 수학적 귀납법으로 증명하는 과정의 일부이다. (가), (나)에 알맞은 식을 쓰시오.\n"
                f"n = k일 때 성립한다고 가정하고 양변에 (가)를 더하면 우변은 (k + 1)! − 1 + (가) = (k + 2) × (k + 1)! − 1 = (나)가 되어 n = k + 1일 때도 성립한다.")
        ans = "(가) (k + 1) × (k + 1)! (나) (k + 2)! − 1"
        Fk = factor = Fk1 = None

    def chk() -> bool:
        if kind == 0:
            ok = sp.simplify(Fk * factor - Fk1) == 0
            prod = sp.Integer(1)
            for j in range(start, 12):
                prod *= 1 - sp.Rational(1, j * j)
                ok = ok and prod == sp.Rational(j + 1, 2 * j)
            return ok
        return all(sum(j * _fact(j) for j in range(1, m + 1)) == _fact(m + 1) - 1 for m in range(1, 12))

    return Problem(text=text, answer=ans, format="fill", difficulty=4, achievement_level="B", concepts=["수학적 귀납법"], check=chk)


# -- extra families -------------------------------------------------------------------------------
@family(_S1, "decimal-digit-sequence")
def _s1_digits(rng: random.Random) -> Problem:
    st = pick_style(rng)
    num, den = rng.choice([(1, 7), (2, 7), (3, 7), (1, 13), (5, 11), (4, 27), (1, 27), (2, 37), (3, 11), (5, 7)])
    digits = []
    r_ = num % den
    for _ in range(120):
        r_ *= 10
        digits.append(r_ // den)
        r_ %= den
    kk = rng.randint(20, 100)
    mode = rng.randrange(3)
    ft = _r("\\frac{" + str(num) + "}{" + str(den) + "}", st)
    if mode == 0:
        text = rng.choice([
            f"분수 {josa(ft, '을/를') if st != 'latex' else _jr(chr(92) + 'frac{' + str(num) + '}{' + str(den) + '}', st, '을/를')} 소수로 나타낼 때, 소수점 아래 n번째 자리의 숫자를 aₙ이라 하자. a{''.join(_SUBMAP[c] for c in str(kk))}의 값을 {_end(rng)}",
            f"{ft}의 소수점 아래 n번째 자리의 숫자를 제n항으로 하는 수열 {_sq('a', st)}의 제{kk}항을 {_end(rng)}",
        ])
        ans = str(digits[kk - 1])
    elif mode == 1:
        text = f"{ft}의 소수점 아래 n번째 자리의 숫자를 aₙ이라 할 때, a₁ + a₂ + a₃ + … + a{''.join(_SUBMAP[c] for c in str(kk))}의 값을 {_end(rng)}"
        ans = str(sum(digits[:kk]))
    else:
        text = f"수열 {_sq('a', st)}의 제n항을 {ft}의 소수점 아래 n번째 자리의 숫자로 정할 때, 수열의 처음 여섯 항을 차례대로 {_end(rng, '쓰')}"
        ans = ", ".join(str(v) for v in digits[:6])

    def chk() -> bool:
        dec = str(sp.N(sp.Rational(num, den), 140))
        frac_digits = [int(c) for c in dec.split(".")[1][:110]]
        if mode == 0:
            return int(ans) == frac_digits[kk - 1]
        if mode == 1:
            return int(ans) == sum(frac_digits[:kk])
        return ans == ", ".join(str(v) for v in frac_digits[:6])

    d = 2 if mode == 2 else 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d), concepts=["수열", "항"], check=chk)


@family(_S4, "sigma-of-geometric-terms")
def _s4_geom(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b = rng.choice([2, 3])
    c = rng.choice([1, 2, 3])
    N = rng.randint(4, 8)
    lo = rng.choice([1, 1, 2, 0])
    body = (str(c) + " \\times " if c != 1 else "") + str(b) + "^{k}" if lo != 1 or rng.random() < 0.5 else (str(c) + " \\times " if c != 1 else "") + str(b) + "^{k-1}"
    e = c * sp.Integer(b) ** (_k if "k-1" not in body else _k - 1)
    val = sum(e.subs(_k, i) for i in range(lo, N + 1))
    text = rng.choice([
        f"{_r(_sig(lo, N, body), st)}의 {_end(rng, '값')}",
        f"다음 식의 값을 {_end(rng)}\n{_r(_sig(lo, N, body), st)}",
        f"합의 기호를 사용하여 나타낸 {_jr(_sig(lo, N, body), st, '을/를')} 나열하여 그 값을 {_end(rng)}",
    ])
    return Problem(text=text, answer=str(val), format="computation", difficulty=2, achievement_level="D",
                   concepts=["∑", "등비수열의 합"], also=["12대수03-03"],
                   check=lambda: val == sp.summation(e, (_k, lo, N)))


@family(_S6, "recurrence-with-parity-of-n")
def _s6_parity(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.choice([2, 3, 1])
    q = rng.choice([1, 2, 3, -1])
    a1 = rng.randint(1, 4)
    m = rng.randint(6, 10)
    seq = [a1]
    for i in range(1, m):
        seq.append(seq[-1] + p if i % 2 == 1 else seq[-1] * 2 + q)
    rule = (f"a_{{n+1}} = a_{{n}} + {p}", "a_{n+1} = 2a_{n}" + _const(q))
    mode = rng.randrange(2)
    body = (f"{_r(rule[0], st)} (n이 홀수일 때)\n{_r(rule[1], st)} (n이 짝수일 때)")
    if mode == 0:
        text = f"{_r('a_{1} = ' + str(a1), st)}이고 모든 자연수 n에 대하여 다음을 만족시키는 수열 {_sq('a', st)}에서 {_r('a_{' + str(m) + '}', st)}의 값을 {_end(rng)}\n{body}"
        ans = str(seq[-1])
    else:
        text = f"수열 {_sq('a', st)}이 {_r('a_{1} = ' + str(a1), st)}이고 다음을 만족시킬 때, {_r(_sig(1, m, 'a_{k}'), st)}의 값을 {_end(rng)}\n{body}"
        ans = str(sum(seq))

    def chk() -> bool:
        a, tot = a1, a1
        for i in range(1, m):
            a = a + p if i % 2 else 2 * a + q
            tot += a
        return int(ans) == (a if mode == 0 else tot)

    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["귀납적 정의", "수열"], also=["12대수03-04"] if mode else [], check=chk)


@family(_S7, "induction-added-term-mcq")
def _s7_added(rng: random.Random) -> Problem:
    st = pick_style(rng)
    idx = rng.randrange(len(_IDENT))
    tex = _IDENT[idx][2]
    add, wrong_tex = _added_opts(idx)
    ch = choices(rng, _r(add, st), [_r(w, st) for w in wrong_tex])
    text = with_choices(f"모든 자연수 n에 대하여 등식 {_jr(tex, st, '이/가')} 성립함을 수학적 귀납법으로 증명하려고 한다. "
                f"n = k일 때 등식이 성립한다고 가정하고 n = k + 1일 때를 보이기 위하여 양변에 더해야 하는 식은?{exam_points(rng, 3)}", ch)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch,
                   concepts=["수학적 귀납법"], check=lambda: _added_ok(idx))


_ADDED_OK: dict[int, bool] = {}


def _added_ok(idx: int) -> bool:
    if idx not in _ADDED_OK:
        f, F, _ = _IDENT[idx]
        step = F.subs(_n, _k + 1) - F.subs(_n, _k)
        _ADDED_OK[idx] = sp.cancel(step - f.subs(_k, _k + 1)) == 0 and all(sp.cancel(step - w) != 0 for w in _ADDED[idx][2])
    return _ADDED_OK[idx]


_ADDED: dict[int, tuple[str, list[str], list]] = {}


def _added_opts(idx: int) -> tuple[str, list[str]]:
    """(tex of the term added in the induction step, distractor texes) for identity ``idx`` (cached)."""
    if idx not in _ADDED:
        f, F, _ = _IDENT[idx]
        add = sp.factor(f.subs(_k, _k + 1))
        wrong_exprs = [f, f.subs(_k, _k + 2), f.subs(_k, 2 * _k), f.subs(_k, _k - 1), F.subs(_n, _k + 1),
                       f.subs(_k, _k + 1) + f, 2 * f.subs(_k, _k + 1)]
        keep = [sp.factor(w) for w in wrong_exprs if sp.cancel(w - add) != 0]
        _ADDED[idx] = (_ltx(add).replace("n", "k"), [_ltx(w).replace("n", "k") for w in keep], keep)
    return _ADDED[idx][0], _ADDED[idx][1]
