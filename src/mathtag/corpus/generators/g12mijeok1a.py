"""Generators for 미적분Ⅰ (고등학교 일반 선택): 함수의 극한과 연속 12미적Ⅰ-01-01 … 01-04 and
미분 12미적Ⅰ-02-01 … 02-05 (미분계수, 미분가능성, 도함수, 접선).

12미적Ⅰ-02-06 … 03-06 are in ``g12mijeok1b.py`` (another author). Scope: polynomial (and simple
rational / one-absolute-value) functions only; no trigonometric, exponential or logarithmic calculus.

Private helpers (module-local, prefixed ``_``):

* ``_t(tex, st)`` renders a LaTeX-lite string (``^{…}``, ``\\frac``, ``\\sqrt``, ``\\lim_{x \\to a}``,
  ``\\infty``, ``\\le`` …) in style ``st``: LaTeX wrapped in ``$…$``, Unicode (``lim_(x→2) (x² − 1)``)
  or plain ASCII (``lim(x->2) (x^2 - 1)``).
* ``_p(coeffs)`` a polynomial (coefficients from the highest degree) as LaTeX-lite, ``_pa`` as a
  plain answer string.
* ``_pw(fn, pieces, st)`` a piecewise-defined function.
* ``_lim(pt, side)`` the LaTeX-lite limit operator ``\\lim_{x \\to 2-}``.
* ``bogi(rng, stmts)`` a <보기> block (ㄱ, ㄴ, ㄷ) and the ①~⑤ choice of the true subset.
* ``exam_points(rng, d)`` an optional 수능-style score marker ``[3점]`` / ``[4점]``.
* ``_q(v)`` a Rational as plain text (``-3/2``), ``_qt(v)`` as LaTeX-lite (``-\\frac{3}{2}``).
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Sequence
from decimal import Decimal

import sympy as sp

from mathtag.corpus.generators.base import Problem, family, secondary_level
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import bogi, bogi_question, choices, exam_points, with_choices
from mathtag.corpus.notation import pick_style

X = sp.Symbol("x")
R = sp.Rational

S101, S102, S103, S104 = "12미적Ⅰ-01-01", "12미적Ⅰ-01-02", "12미적Ⅰ-01-03", "12미적Ⅰ-01-04"
S201, S202, S203, S204, S205 = ("12미적Ⅰ-02-01", "12미적Ⅰ-02-02", "12미적Ⅰ-02-03", "12미적Ⅰ-02-04",
                                "12미적Ⅰ-02-05")

# -- notation ------------------------------------------------------------------------------------
_SUPMAP = dict(zip("0123456789-+n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ⁿ", strict=True))


def _atomic(s: str) -> bool:
    if re.search(r"\d[a-zA-Z(√]", s):
        return False
    return bool(re.fullmatch(r"-?[\w.√⁰¹²³⁴⁵⁶⁷⁸⁹′']+|\([^()]*\)([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\w)?|[a-z]'?\([^()]*\)|\|[^|]*\|", s))


def _wrap(s: str) -> str:
    return s if _atomic(s) else f"({s})"


def _sup(e: str, st: str) -> str:
    if st == "unicode" and all(c in _SUPMAP for c in e):
        return "".join(_SUPMAP[c] for c in e)
    return "^" + (e if re.fullmatch(r"\w", e) or re.fullmatch(r"\d+", e) else f"({e})")


def _t(tex: str, st: str) -> str:
    """Render LaTeX-lite ``tex`` in style ``st``."""
    if st == "latex":
        return f"${tex}$"
    s = tex.replace("\\left", "").replace("\\right", "").replace("\\dfrac", "\\frac")
    arrow = "→" if st == "unicode" else "->"
    s = re.sub(r"\\lim_\{([^{}]*)\}\s*",
               lambda m: ("lim_(" if st == "unicode" else "lim(")
               + m.group(1).replace(" ", "").replace("\\to", arrow).replace("\\infty", "∞") + ") ", s)
    for _ in range(8):
        old = s
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}(?=\s?[a-zA-Z(\\])",
                   lambda m: f"({_wrap(m.group(1))}/{_wrap(m.group(2))})", s)
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", lambda m: f"{_wrap(m.group(1))}/{_wrap(m.group(2))}", s)
        s = re.sub(r"\\sqrt\{([^{}]*)\}",
                   lambda m: ("√" + _wrap(m.group(1))) if st == "unicode" else f"sqrt({m.group(1)})", s)
        s = re.sub(r"\^\{([^{}]*)\}", lambda m: _sup(m.group(1), st), s)
        if s == old:
            break
    rep = {"\\to": arrow, "\\infty": "∞", "\\times": "×", "\\cdot": "·" if st == "unicode" else "*",
           "\\Delta ": "Δ", "\\Delta": "Δ", "\\quad": "  ", "\\,": "", "\\{": "⦃", "\\}": "⦄", "\\lt": "<", "\\gt": ">",
           "\\le": "≤" if st == "unicode" else "<=", "\\ge": "≥" if st == "unicode" else ">=",
           "\\ne": "≠" if st == "unicode" else "!=", "\\cdots": "…", "\\pm": "±"}
    for k in sorted(rep, key=len, reverse=True):
        s = s.replace(k, rep[k])
    s = s.replace("{", "").replace("}", "").replace("⦃", "{").replace("⦄", "}")
    if st == "unicode":
        s = s.replace("'", "′").replace("-", "−")
    return s


def _particle(tex: str, pair: str) -> str:
    """The particle that fits how the LaTeX-lite formula ``tex`` is read at its end."""
    fr = re.search(r"\\frac\{([^{}]*)\}\{[^{}]*\}\s*$", tex)
    if fr:  # a fraction is read denominator first: the numerator is said last
        return _particle(fr.group(1), pair)
    tex = tex.replace("\\right", "").replace("\\left", "")
    tail = re.sub(r"[\s)$}|]+$", "", tex)
    if re.search(r"\^\{?\w+\}?$", tail) or tail.endswith("²") or tail.endswith("³"):
        proxy = "곱"  # …제곱
    elif tail.endswith("\\infty") or tail.endswith("∞"):
        proxy = "대"
    elif tail and tail[-1] in "xyabkctpqsfghnm":
        proxy = "이" if tail[-1] not in "mn" else "엠"
    else:
        proxy = tail[-1] if tail else "가"
    return josa(proxy, pair)[len(proxy):]


def _jt(tex: str, st: str, pair: str) -> str:
    """``_t`` followed by the particle that fits the end of the formula."""
    return _t(tex, st) + _particle(tex, pair)


def _qt(v) -> str:
    v = sp.Rational(v)
    if v.q == 1:
        return str(v.p)
    return f"{'-' if v < 0 else ''}\\frac{{{abs(v.p)}}}{{{v.q}}}"


def _q(v) -> str:
    v = sp.Rational(v)
    return str(v.p) if v.q == 1 else f"{v.p}/{v.q}"


def _p(cs: Sequence, v: str = "x") -> str:
    """Polynomial with coefficients ``cs`` (highest degree first) as LaTeX-lite."""
    n = len(cs) - 1
    out = ""
    for i, c in enumerate(cs):
        d = n - i
        c = sp.Rational(c)
        if c == 0:
            continue
        ac = abs(c)
        mono = "" if d == 0 else (v if d == 1 else f"{v}^{{{d}}}")
        coef = _qt(ac) if (ac != 1 or d == 0) else ""
        body = coef + mono
        out = (("-" if c < 0 else "") + body) if not out else out + (" - " if c < 0 else " + ") + body
    return out or "0"


def _pa(cs: Sequence, v: str = "x") -> str:
    """The same polynomial as a plain answer string (``x^3 - 2x + 1``)."""
    return _t(_p(cs, v), "plain")


def _ev(cs: Sequence, x0):
    """Value of the polynomial ``cs`` at ``x0`` (Horner)."""
    val = sp.Integer(0)
    for c in cs:
        val = val * x0 + sp.Rational(c)
    return val


def _expr(cs: Sequence) -> sp.Expr:
    n = len(cs) - 1
    return sum(sp.Rational(c) * X ** (n - i) for i, c in enumerate(cs))


def _mul(p1: Sequence, p2: Sequence) -> list:
    out = [0] * (len(p1) + len(p2) - 1)
    for i, u in enumerate(p1):
        for j, w in enumerate(p2):
            out[i + j] += u * w
    return out


def _dcoef(cs: Sequence) -> list:
    """Coefficients of the derivative."""
    n = len(cs) - 1
    return [c * (n - i) for i, c in enumerate(cs[:-1])] or [0]


def _lim(pt: str, side: str = "") -> str:
    return f"\\lim_{{x \\to {pt}{side}}}"


_LINF = "\\lim_{x \\to \\infty}"


def _pw(fn: str, pieces: list[tuple[str, str]], st: str) -> str:
    """Piecewise function ``fn`` = {expr (cond), …}."""
    if st == "latex":
        rows = " \\\\ ".join(f"{e} & ({c})" for e, c in pieces)
        return f"${fn} = \\begin{{cases}} {rows} \\end{{cases}}$"
    parts = [f"{_t(e, st)} ({_t(c, st)})" for e, c in pieces]
    return f"{_t(fn, st)} = {{ " + ", ".join(parts) + " }"


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보시오."])
    if what == "값":
        return rng.choice(["값을 구하시오.", "값을 구하세요.", "값은?", "값을 구하여라.", "값을 계산하시오."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오.", "구하면?"])


def _numopts(rng: random.Random, correct, wrongs: list, st: str = "plain"):
    """A ①~⑤ choice of numbers (sympy Rationals or ints), sorted ascending as exams print them."""
    correct = sp.Rational(correct)
    pool: list = []
    for w in list(wrongs) + [correct + d for d in (1, -1, 2, -2, 3, -3, 4, 5, -4)]:
        w = sp.Rational(w)
        if w != correct and w not in pool:
            pool.append(w)
    pool = pool[:4] if len(pool) >= 4 else pool
    picks = [correct, *pool[:4]]
    picks.sort()
    rend = [_t(_qt(v), st) if st == "latex" and sp.Rational(v).q != 1 else _q(v) for v in picks]
    return choices(rng, rend[picks.index(correct)], [r for r, v in zip(rend, picks, strict=True) if v != correct],
                   sort_key=rend.index)


def _fn(rng: random.Random) -> str:
    return rng.choice(["f", "f", "f", "g", "h"])


def _nz(rng: random.Random, lo: int, hi: int) -> int:
    return rng.choice([v for v in range(lo, hi + 1) if v != 0])


def _side_lim_num(expr: sp.Expr, a, side: str, eps: float = 1e-7) -> float:
    """Numerical one-sided value near ``a`` (independent check of a limit)."""
    x0 = float(a) + (eps if side == "+" else -eps)
    return float(expr.subs(X, x0))


# ================================================================================================
# 12미적Ⅰ-01-01 함수의 극한의 뜻
# ================================================================================================
def _dec(v: Decimal) -> str:
    s = format(v.normalize(), "f")
    return s if s != "-0" else "0"


@family(S101, "value-table-guess")
def _l1_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    a = rng.choice([1, 2, 3, -1, -2, 4])
    m = rng.choice([1, 2, 3, -1])
    k = rng.randint(-4, 5)
    num = _mul([1, -a], [m, k])  # (x - a)(mx + k)
    lim = m * a + k
    xs = [Decimal(a) + Decimal(d) for d in ("-0.1", "-0.01", "-0.001", "0.001", "0.01", "0.1")]
    ys = [m * xv + k for xv in xs]
    head = " | ".join(_dec(v) for v in xs[:3]) + " | … | " + " | ".join(_dec(v) for v in xs[3:])
    vals = " | ".join(_dec(v) for v in ys[:3]) + " | … | " + " | ".join(_dec(v) for v in ys[3:])
    table = f"x | {head}\n{fn}(x) | {vals}"
    ftex = f"{fn}(x) = \\frac{{{_p(num)}}}{{{_p([1, -a])}}}"
    limt = f"{_lim(str(a))} {fn}(x)"
    text = rng.choice([
        f"함수 {_t(ftex, st)}에 대하여 x의 값이 {a}에 가까워질 때 {fn}(x)의 값을 조사하여 다음 표를 만들었다.\n{table}\n"
        f"표를 이용하여 {_t(limt, st)}의 값을 추측하시오.",
        f"다음은 함수 {_t(ftex, st)}의 x = {a} 근처에서의 함숫값을 나타낸 표이다.\n{table}\n"
        f"{fn}({a})의 값은 정의되지 않지만, x가 {a}에 한없이 가까워질 때 {fn}(x)의 값은 어떤 값에 가까워지는지 {_end(rng)}",
        f"공학 도구로 함수 {_t(ftex, st)}의 값을 계산하였더니 다음과 같았다.\n{table}\n"
        f"이 결과로부터 {_jt(limt, st, '을/를')} 추측하여 {_end(rng)}",
    ])
    ex = _expr(num) / (X - a)
    return Problem(text=text, answer=str(lim), format="data", difficulty=1, achievement_level="E",
                   concepts=["극한값", "수렴"],
                   check=lambda: sp.cancel(ex).subs(X, a) == lim and abs(_side_lim_num(ex, a, "+") - lim) < 1e-5)


def _two_pieces(rng: random.Random, a: int, join: bool):
    """Left piece (quadratic or linear) and right piece (linear) around ``a``; returns coeffs and limits."""
    left = rng.choice([[1, rng.randint(-3, 3), rng.randint(-3, 4)], [_nz(rng, -3, 3), rng.randint(-4, 4)]])
    lv = _ev(left, a)
    m = _nz(rng, -3, 3)
    if join:
        right = [m, lv - m * a]
    else:
        shift = _nz(rng, -3, 3)
        right = [m, lv + shift - m * a]
    return left, right, lv, _ev(right, a)


@family(S101, "piecewise-one-sided")
def _l1_pw_sides(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    a = rng.choice([0, 1, 2, -1, 3])
    join = rng.random() < 0.4
    left, right, lv, rv = _two_pieces(rng, a, join)
    c = rng.choice([lv, rv, rv + 2, lv - 1, 0])
    pieces = [(_p(left), f"x \\lt {a}"), (str(c), f"x = {a}"), (_p(right), f"x \\gt {a}")]
    f = _pw(f"{fn}(x)", pieces, st)
    form = rng.randrange(3)
    if form == 0:
        text = (f"함수 {f}에 대하여 다음 □ 안에 알맞은 수를 써넣으시오.\n"
                f"{_t(_lim(str(a), '-') + f' {fn}(x)', st)} = □,  {_t(_lim(str(a), '+') + f' {fn}(x)', st)} = □")
        ans, fmt, d = f"{lv}, {rv}", "fill", 2
    elif form == 1:
        text = (f"함수 {f}에 대하여 {_t(_lim(str(a)) + f' {fn}(x)', st)}의 값이 존재하면 그 값을, "
                f"존재하지 않으면 '없다'를 쓰시오.")
        ans, fmt, d = (str(lv) if lv == rv else "없다"), "computation", 3
    else:
        text = (f"함수 {f}에 대하여 x = {a}에서의 좌극한과 우극한을 각각 구하고, "
                f"x → {a}일 때 {fn}(x)의 극한값이 존재하는지 판단하시오.")
        ans = f"좌극한 {lv}, 우극한 {rv}, " + (f"극한값 {josa(str(lv), '이/가')} 존재한다" if lv == rv else "극한값은 존재하지 않는다")
        fmt, d = "word", 3
    le, re_ = _expr(left), _expr(right)
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["좌극한", "우극한", "극한값"],
                   check=lambda: sp.limit(le, X, a, "-") == lv and sp.limit(re_, X, a, "+") == rv)


@family(S101, "piecewise-sum-mcq")
def _l1_pw_sum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    a = rng.choice([-1, 0, 1])
    b = a + rng.choice([2, 3])
    for _ in range(50):
        p1 = [_nz(rng, -2, 2), rng.randint(-3, 3)]
        p2 = [1, rng.randint(-3, 3), rng.randint(-3, 3)]
        p3 = [_nz(rng, -3, 3), rng.randint(-4, 4)]
        la, ra, lb, rb = _ev(p1, a), _ev(p2, a), _ev(p2, b), _ev(p3, b)
        if la != ra and lb != rb:
            break
    pieces = [(_p(p1), f"x \\lt {a}"), (_p(p2), f"{a} \\le x \\lt {b}"), (_p(p3), f"x \\ge {b}")]
    f = _pw(f"{fn}(x)", pieces, st)
    s1, s2 = rng.choice([("-", "+"), ("+", "-"), ("+", "+"), ("-", "-")])
    v1 = la if s1 == "-" else ra
    v2 = lb if s2 == "-" else rb
    ans = v1 + v2
    w1 = ra if s1 == "-" else la
    w2 = rb if s2 == "-" else lb
    wrongs = [w1 + v2, v1 + w2, w1 + w2, _ev(p2, a) + _ev(p3, b)]
    ch = _numopts(rng, ans, wrongs, st)
    ex = f"{_lim(str(a), s1)} {fn}(x) + {_lim(str(b), s2)} {fn}(x)"
    d = 2
    stem = rng.choice([
        f"함수 {f}에 대하여 {_t(ex, st)}의 값은?{exam_points(rng, d)}",
        f"실수 전체의 집합에서 정의된 함수 {f}에 대하여\n{_t(ex, st)}\n의 값은?{exam_points(rng, d)}",
    ])
    pe1, pe3 = _expr(p1), _expr(p3)
    pe2 = _expr(p2)

    def chk() -> bool:
        l1 = sp.limit(pe1 if s1 == "-" else pe2, X, a, s1)
        l2 = sp.limit(pe2 if s2 == "-" else pe3, X, b, s2)
        return l1 + l2 == ans
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level="D",
                   concepts=["좌극한", "우극한"], choice=ch, check=chk)


@family(S101, "floor-one-sided")
def _l1_floor(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(-3, 4)
    m = rng.randint(-3, 4)
    c = rng.choice([1, 2, 3])
    s1, s2 = rng.choice([("+", "-"), ("-", "+"), ("-", "-"), ("+", "+")])
    half = rng.random() < 0.3
    if half:
        pt2 = _dec(Decimal(m) + Decimal("0.5"))
        v2 = m
    else:
        pt2 = str(m)
        v2 = m if s2 == "+" else m - 1
    v1 = n if s1 == "+" else n - 1
    ans = v1 + c * v2
    cc = "" if c == 1 else str(c)
    ex = f"{_lim(str(n), s1)} [x] + {cc}{_lim(pt2, '' if half else s2)} [x]"
    intro = rng.choice(["x보다 크지 않은 최대의 정수를 [x]라 할 때,", "실수 x에 대하여 [x]는 x보다 크지 않은 최대의 정수이다.",
                        "[x]가 x를 넘지 않는 최대의 정수를 나타낼 때,"])
    text = f"{intro} {_t(ex, st)}의 {_end(rng, '값')}"
    pt2v = float(pt2)

    def chk() -> bool:
        import math as _m
        e1 = _m.floor(n + (1e-9 if s1 == "+" else -1e-9))
        e2 = _m.floor(pt2v + (1e-9 if (half or s2 == "+") else -1e-9))
        return e1 + c * e2 == ans
    return Problem(text=text, answer=str(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["좌극한", "우극한"], check=chk)


def _lim_pool(a: int) -> list[tuple[str, str, sp.Expr]]:
    """(LaTeX-lite limit expression, kind, function) near ``a``; kind: conv / pinf / ninf / none."""
    b = a + 2
    return [
        (f"{_lim(str(a))} \\frac{{{_p(_mul([1, -a], [1, -b]))}}}{{{_p([1, -a])}}}", "conv", (X - b)),
        (f"{_lim(str(a))} \\frac{{{_p(_mul([1, -a], [2, 1]))}}}{{{_p([1, -a])}}}", "conv", (2 * X + 1)),
        (f"{_lim(str(a))} ({_p([1, 0, -a * a + 1])})", "conv", X**2 - a * a + 1),
        (f"{_lim(str(a))} \\frac{{1}}{{(x {'-' if a >= 0 else '+'} {abs(a)})^{{2}}}}" if a else
         f"{_lim('0')} \\frac{{1}}{{x^{{2}}}}", "pinf", 1 / (X - a) ** 2),
        (f"{_lim(str(a))} \\left(-\\frac{{3}}{{\\left|{_p([1, -a])}\\right|}}\\right)", "ninf", -3 / sp.Abs(X - a)),
        (f"{_lim(str(a))} \\frac{{1}}{{{_p([1, -a])}}}", "none", 1 / (X - a)),
        (f"{_lim(str(a))} \\frac{{\\left|{_p([1, -a])}\\right|}}{{{_p([1, -a])}}}", "none", sp.Abs(X - a) / (X - a)),
        (f"{_lim(str(a))} \\frac{{{_p([1, 1 - a])}}}{{{_p([1, -a])}}}", "none", (X - a + 1) / (X - a)),
    ]


@family(S101, "which-limit-mcq")
def _l1_which(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "latex", "unicode", "plain"])
    a = rng.choice([0, 1, 2, -1, 3])
    pool = _lim_pool(a)
    target = rng.choice(["conv", "conv", "pinf", "none"])
    good = [p for p in pool if p[1] == target]
    bad = [p for p in pool if p[1] != target]
    right = rng.choice(good)
    wrong = rng.sample(bad, 4)
    ch = choices(rng, _t(right[0], st), [_t(w[0], st) for w in wrong])
    q = {"conv": rng.choice(["다음 중 극한값이 존재하는 것은?", "다음 극한 중 수렴하는 것은?"]),
         "pinf": rng.choice(["다음 중 양의 무한대로 발산하는 것은?", "다음 극한 중 ∞로 발산하는 것은?"]),
         "none": "다음 중 수렴하지도 않고, 양의 무한대나 음의 무한대로 발산하지도 않는 것은?"}[target]
    correct_kind = right[1]
    fx = right[2]

    def chk() -> bool:
        lo, hi = _side_lim_num(fx, a, "-"), _side_lim_num(fx, a, "+")
        if correct_kind == "conv":
            return abs(lo - hi) < 1e-4
        if correct_kind == "pinf":
            return lo > 1e6 and hi > 1e6
        return lo * hi < 0 or abs(lo - hi) > 0.5
    d = 2 if target == "conv" else 3
    return Problem(text=with_choices(q + exam_points(rng, d), ch), answer=ch.label, format="mcq", difficulty=d,
                   achievement_level=secondary_level(d), concepts=["수렴", "발산", "무한대"], choice=ch, check=chk)


@family(S101, "bogi-piecewise")
def _l1_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    a = rng.choice([0, 1, 2, -1])
    join = rng.random() < 0.5
    left, right, lv, rv = _two_pieces(rng, a, join)
    c = rng.choice([lv, rv, lv + 1, rv - 2])
    pieces = [(_p(left), f"x \\lt {a}"), (str(c), f"x = {a}"), (_p(right), f"x \\gt {a}")]
    f = _pw(f"{fn}(x)", pieces, st)
    claim_r = rng.choice([rv, lv, c]) if rng.random() < 0.5 else rv
    s1 = (f"{_t(_lim(str(a), '+') + f' {fn}(x) = {claim_r}', st)}", claim_r == rv)
    s2 = (f"{_t(_lim(str(a)) + f' {fn}(x)', st)}의 값이 존재한다.", lv == rv)
    s3 = rng.choice([(f"{_t(_lim(str(a), '-') + f' {fn}(x) = {fn}({a})', st)}", lv == c),
                     (f"{_t(_lim(str(a), '-') + f' {fn}(x) - ' + _lim(str(a), '+') + f' {fn}(x) = {lv - rv}', st)}", True)])
    stmts = [s1, s2, s3]
    if not any(ok for _, ok in stmts):
        stmts[0] = (f"{_t(_lim(str(a), '+') + f' {fn}(x) = {rv}', st)}", True)
    block, ch = bogi(rng, stmts)
    d = 3
    text = f"함수 {f}에 대하여 {bogi_question(rng)}{exam_points(rng, d)}\n{block}\n{ch.block}"
    le, re_ = _expr(left), _expr(right)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="C",
                   concepts=["좌극한", "우극한", "극한값"], choice=ch,
                   check=lambda: (sp.limit(le, X, a, "-") == lv) and (sp.limit(re_, X, a, "+") == rv))


@family(S101, "abs-ratio-one-sided")
def _l1_abs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    a = rng.choice([-2, -1, 0, 1, 2, 3])
    b = rng.choice([v for v in range(-3, 5) if v != a])
    num = _mul([1, -a], [1, -b])
    rt = a - b  # right-hand limit
    lt = b - a
    den = f"\\left|{_p([1, -a])}\\right|"
    ftex = f"{fn}(x) = \\frac{{{_p(num)}}}{{{den}}}"
    kind = rng.randrange(3)
    if kind == 0:
        ask = f"{_lim(str(a), '+')} {fn}(x) - {_lim(str(a), '-')} {fn}(x)"
        ans = rt - lt
        text = f"함수 {_t(ftex, st)}에 대하여 {_t(ask, st)}의 {_end(rng, '값')}"
    elif kind == 1:
        ask = f"{_lim(str(a), '+')} {fn}(x) \\times {_lim(str(a), '-')} {fn}(x)"
        ans = rt * lt
        text = f"함수 {_t(ftex, st)}에 대하여 {_t(ask, st)}의 {_end(rng, '값')}"
    else:
        ans = f"{rt}, {lt}"
        text = (f"함수 {_t(ftex, st)}의 x = {a}에서의 우극한과 좌극한을 차례로 {_end(rng)}"
                f" 또한 {_t(_lim(str(a)) + f' {fn}(x)', st)}의 값이 존재하는지 말하시오.")
        ans = f"{rt}, {lt}, 극한값은 존재하지 않는다"
    ex = _expr(num) / sp.Abs(X - a)

    def chk() -> bool:
        r_, l_ = _side_lim_num(ex, a, "+"), _side_lim_num(ex, a, "-")
        if kind == 0:
            return abs((r_ - l_) - ans) < 1e-4
        if kind == 1:
            return abs(r_ * l_ - ans) < 1e-4
        return abs(r_ - rt) < 1e-4 and abs(l_ - lt) < 1e-4 and rt != lt
    d = 3
    return Problem(text=text, answer=str(ans), format="computation" if kind < 2 else "word", difficulty=d,
                   achievement_level="C", concepts=["좌극한", "우극한"], check=chk)


@family(S101, "hyperbola-infinity")
def _l1_hyper(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    k = rng.randint(-3, 4)
    d0 = rng.choice([-2, -1, 1, 2, 3])
    c = _nz(rng, -4, 4)
    form = rng.random() < 0.5
    ftex = (f"{fn}(x) = \\frac{{{c}}}{{{_p([1, -d0])}}}" + (f" + {k}" if k > 0 else (f" - {-k}" if k < 0 else ""))
            if form else f"{fn}(x) = \\frac{{{_p([k, c - k * d0])}}}{{{_p([1, -d0])}}}")
    inf_side = rng.choice(["\\infty", "-\\infty"])
    side = rng.choice(["+", "-"])
    sign = (1 if c > 0 else -1) * (1 if side == "+" else -1)
    a1 = str(k)
    a2 = "∞" if sign > 0 else "-∞"
    arrow_tx = _t(f"x \\to {inf_side}", st)
    arrow_d = _t(f"x \\to {d0}{side}", st)
    text = rng.choice([
        f"함수 {_t(ftex, st)}에 대하여 다음 극한을 조사하시오.\n(1) {_t(_lim(inf_side) + f' {fn}(x)', st)}\n"
        f"(2) {_t(_lim(str(d0), side) + f' {fn}(x)', st)}",
        f"함수 {_t(ftex, st)}의 그래프를 그려 {arrow_tx}일 때와 {arrow_d}일 때 {fn}(x)의 값의 변화를 조사하고, "
        f"각각의 극한을 차례로 {_end(rng, '쓰')} (발산하는 경우 ∞ 또는 -∞로 쓴다.)",
    ])
    ex = k + sp.Rational(c) / (X - d0)

    def chk() -> bool:
        big = 1e8 if inf_side == "\\infty" else -1e8
        v1 = float(ex.subs(X, big))
        v2 = _side_lim_num(ex, d0, side, 1e-9)
        return abs(v1 - k) < 1e-6 and (v2 > 1e6 if a2 == "∞" else v2 < -1e6)
    return Problem(text=text, answer=f"(1) {a1}, (2) {a2}", format="computation", difficulty=3,
                   achievement_level="C", concepts=["수렴", "발산", "무한대"], check=chk)


@family(S101, "hole-explain")
def _l1_hole(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    a = rng.choice([1, 2, 3, -1, -2])
    b = rng.randint(-3, 3)
    num = _mul([1, -a], [1, -b])
    lim = a - b
    c = rng.choice([v for v in range(-2, 6) if v != lim])
    f = _pw(f"{fn}(x)", [(f"\\frac{{{_p(num)}}}{{{_p([1, -a])}}}", f"x \\ne {a}"), (str(c), f"x = {a}")], st)
    text = rng.choice([
        f"함수 {f}에 대하여 {_t(_lim(str(a)) + f' {fn}(x)', st)}의 값과 {fn}({a})의 값을 각각 구하고, "
        f"두 값이 같지 않은 이유를 극한의 뜻을 이용하여 설명하시오.",
        f"{josa(name(rng), '이/가')} \"{fn}({a}) = {c}이므로 x가 {a}에 한없이 가까워질 때 {fn}(x)의 값도 {c}에 가까워진다.\"라고 "
        f"말하였다. 함수 {f}에 대하여 이 말이 옳은지 판단하고, 그 이유를 설명하시오.",
    ])
    ex = _expr(num) / (X - a)
    return Problem(text=text, answer=f"극한값 {lim}, 함숫값 {c}", format="proof", difficulty=3, achievement_level="B",
                   concepts=["극한값", "수렴"], check=lambda: sp.cancel(ex).subs(X, a) == lim)


@family(S101, "describe-in-symbols")
def _l1_symbols(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([-1, 0, 1, 2, 3])
    cs = rng.choice([[1, 0, rng.randint(-3, 3)], [rng.choice([2, 3, -1]), rng.randint(-4, 4)], [1, rng.randint(-3, 3), 0]])
    side = rng.choice(["+", "-", ""])
    val = _ev(cs, a)
    desc = {"+": f"{a}보다 큰 값을 가지면서 {a}에", "-": f"{a}보다 작은 값을 가지면서 {a}에", "": f"{a}가 아닌 값을 가지면서 {a}에"}[side]
    desc = desc.replace(f"{a}가", josa(str(a), "이/가"))
    body = _p(cs)
    text = rng.choice([
        f"x의 값이 {desc} 한없이 가까워질 때 함수 {_t('y = ' + body, st)}의 값이 어떤 값에 한없이 가까워지는지 알아보려고 한다. "
        f"이를 극한 기호를 사용하여 나타내고, 그 극한값을 {_end(rng)}",
        f"다음 문장을 기호로 나타내고 □ 안에 알맞은 수를 써넣으시오.\n"
        f"'x가 {desc} 한없이 가까워질 때, {_t(body, st)}의 값은 □에 한없이 가까워진다.'",
    ])
    sym = _t(f"{_lim(str(a), side)} ({body}) = {val}", "plain")
    return Problem(text=text, answer=f"{sym}", format="fill" if "□" in text else "word", difficulty=1,
                   achievement_level="E", concepts=["극한값", "좌극한" if side == "-" else ("우극한" if side else "수렴")],
                   check=lambda: sp.limit(_expr(cs), X, a, side or "+-") == val)


# ================================================================================================
# 12미적Ⅰ-01-02 함수의 극한에 대한 성질, 극한값 계산
# ================================================================================================
def _lim_intro(rng: random.Random) -> str:
    return rng.choice(["다음 극한값을 구하시오.", "다음 극한값을 계산하시오.", "다음 값을 구하세요.", "다음 극한을 조사하여 극한값을 구하시오."])


@family(S102, "factor-zero-over-zero")
def _l2_factor(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 2, 3, -1, -2, 4])
    kind = rng.randrange(4)
    b = rng.choice([v for v in range(-4, 5) if v != a])
    if kind == 0:
        num, den = _mul([1, -a], [1, -b]), [1, -a]
    elif kind == 1:
        d0 = rng.choice([v for v in range(-4, 5) if v not in (a, b)])
        num, den = _mul([1, -a], [1, -b]), _mul([1, -a], [1, -d0])
    elif kind == 2:  # x^3 - a^3 over x - a or x^2 - a^2
        num = [1, 0, 0, -a**3]
        den = rng.choice([[1, -a], [1, 0, -a * a]])
    else:
        m = rng.choice([2, 3])
        num, den = _mul([1, -a], [m, -b]), _mul([1, -a], [1, rng.choice([v for v in range(-3, 4) if v != -a])])
    nq = sp.Poly(_expr(num), X)
    dq = sp.Poly(_expr(den), X)
    nq1 = sp.Poly(sp.quo(nq, sp.Poly(X - a, X)), X)
    dq1 = sp.Poly(sp.quo(dq, sp.Poly(X - a, X)), X)
    if dq1.eval(a) == 0:
        raise ValueError("degenerate")
    val = sp.Rational(nq1.eval(a), dq1.eval(a))
    ex = f"{_lim(str(a))} \\frac{{{_p(num)}}}{{{_p(den)}}}"
    text = rng.choice([f"{_lim_intro(rng)}\n{_t(ex, st)}", f"{_t(ex, st)}의 {_end(rng, '값')}",
                       f"극한값 {_jt(ex, st, '을/를')} 구하시오."])
    d = 2 if kind == 0 else 3
    return Problem(text=text, answer=_q(val), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["극한값"], check=lambda: sp.limit(_expr(num) / _expr(den), X, a) == val)


@family(S102, "rationalize-sqrt")
def _l2_sqrt(rng: random.Random) -> Problem:
    st = pick_style(rng)
    q = rng.choice([1, 2, 3, 4])
    a = rng.choice([v for v in range(-3, 7) if v != q * q])
    p = q * q - a
    inner = _p([1, p])
    kind = rng.randrange(3)
    if kind == 0:
        ex_t = f"\\frac{{\\sqrt{{{inner}}} - {q}}}{{{_p([1, -a])}}}"
        val = R(1, 2 * q)
        ex = (sp.sqrt(X + p) - q) / (X - a)
    elif kind == 1:
        ex_t = f"\\frac{{{_p([1, -a])}}}{{\\sqrt{{{inner}}} - {q}}}"
        val = sp.Integer(2 * q)
        ex = (X - a) / (sp.sqrt(X + p) - q)
    else:
        m = rng.choice([v for v in (2, 3, -2) if v != -a])
        ex_t = f"\\frac{{{_p(_mul([1, -a], [1, m]))}}}{{\\sqrt{{{inner}}} - {q}}}"
        val = sp.Integer(2 * q * (a + m))
        ex = _expr(_mul([1, -a], [1, m])) / (sp.sqrt(X + p) - q)
    full = f"{_lim(str(a))} {ex_t}"
    text = rng.choice([f"{_lim_intro(rng)}\n{_t(full, st)}", f"{_t(full, st)}의 {_end(rng, '값')}",
                       f"분모 또는 분자를 유리화하여 {_t(full, st)}의 값을 구하시오."])
    return Problem(text=text, answer=_q(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["극한값"], check=lambda: sp.limit(ex, X, a) == val)


@family(S102, "infinity-rational-mcq")
def _l2_inf(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        a2, b2, c2 = _nz(rng, -4, 6), rng.randint(-5, 5), rng.randint(-5, 5)
        d2, e2 = rng.choice([1, 2, 3, 4]), rng.randint(1, 6)
        num, den = [a2, b2, c2], [d2, 0, e2]
        val = R(a2, d2)
        wrongs = [R(c2, e2), R(b2, d2), 0, a2 if a2 != val else a2 + 2]
        ex = _expr(num) / _expr(den)
        inf = rng.choice(["\\infty", "-\\infty"])
        ex_t = f"{_lim(inf)} \\frac{{{_p(num)}}}{{{_p(den)}}}"
    elif kind == 1:
        num, den = [rng.randint(1, 5), rng.randint(-5, 5)], [rng.choice([1, 2]), rng.randint(-3, 3), rng.randint(1, 5)]
        val = sp.Integer(0)
        wrongs = [R(num[0], den[0]), R(num[1], den[2]), 1, -1]
        ex = _expr(num) / _expr(den)
        inf = "\\infty"
        ex_t = f"{_lim(inf)} \\frac{{{_p(num)}}}{{{_p(den)}}}"
    else:
        m = rng.choice([1, 2, 3])
        bq = rng.randint(1, 5)
        c1, c0 = rng.choice([1, 2, 3]), rng.randint(-3, 3)
        inf = rng.choice(["\\infty", "-\\infty"])
        sg = 1 if inf == "\\infty" else -1
        val = R(sg * m, c1)
        wrongs = [-val, R(m * m, c1), R(bq, c1), 0]
        ex = sp.sqrt(m * m * X**2 + bq * X) / _expr([c1, c0])
        ex_t = f"{_lim(inf)} \\frac{{\\sqrt{{{_p([m * m, bq, 0])}}}}}{{{_p([c1, c0])}}}"
    ch = _numopts(rng, val, wrongs, st)
    d = 2 if kind < 2 else 3
    stem = rng.choice([f"{_t(ex_t, st)}의 값은?{exam_points(rng, d)}", f"다음 극한값은?{exam_points(rng, d)}\n{_t(ex_t, st)}"])
    big = sp.Float(10) ** 12 * (1 if inf == "\\infty" else -1)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["극한값", "무한대"], choice=ch,
                   check=lambda: abs(sp.N(ex.subs(X, big), 30) - val) < 1e-6)


@family(S102, "limit-laws-given")
def _l2_laws(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f, g = rng.choice([("f", "g"), ("f", "g"), ("g", "h")])
    a = rng.choice(["1", "2", "0", "3", "-1", "\\infty"])
    L = _lim(a)
    kind = rng.randrange(3)
    if kind == 0:
        p, q = rng.randint(-4, 5), _nz(rng, -4, 5)
        m, n = _nz(rng, -3, 4), _nz(rng, -3, 4)
        den_v = p * q
        if den_v == 0:
            p = p + 1 if p + 1 != 0 else p + 2
            den_v = p * q
        val = R(m * p + n * q, den_v)
        give = f"{_t(f'{L} {f}(x) = {p}', st)}, {_t(f'{L} {g}(x) = {q}', st)}"
        mm = "" if m == 1 else ("-" if m == -1 else str(m))
        nsg = " + " if n > 0 else " - "
        nn = "" if abs(n) == 1 else str(abs(n))
        ask = f"{L} \\frac{{{mm}{f}(x){nsg}{nn}{g}(x)}}{{{f}(x){g}(x)}}"
        d = 2
    elif kind == 1:
        u, v = rng.randint(-4, 5), rng.randint(-4, 5)
        s_, t_ = u + v, u - v
        g1 = L + " \\{" + f"{f}(x) + {g}(x)" + "\\} = " + str(s_)
        g2 = L + " \\{" + f"{f}(x) - {g}(x)" + "\\} = " + str(t_)
        give = f"{_t(g1, st)}, {_t(g2, st)}"
        ask = f"{L} {f}(x){g}(x)"
        val = sp.Integer(u * v)
        d = 3
    else:
        if a == "\\infty":
            a = "1"
            L = _lim(a)
        k = _nz(rng, -4, 6)
        av = int(a)
        m = rng.choice([v for v in range(-3, 4) if v != -av])
        g1 = L + f" \\frac{{{f}(x)}}{{{_p([1, -av])}}} = {k}"
        give = _t(g1, st)
        den = _mul([1, -av], [1, m])
        ask = f"{L} \\frac{{{f}(x)}}{{{_p(den)}}}"
        val = R(k, av + m)
        d = 3
    text = rng.choice([f"두 함수 {f}(x), {g}(x)에 대하여 {give}일 때, {_t(ask, st)}의 {_end(rng, '값')}",
                       f"{give}일 때, {_jt(ask, st, '을/를')} 구하시오.{exam_points(rng, d)}"]) if kind != 2 else \
        rng.choice([f"함수 {f}(x)가 {give}{_particle(g1, '을/를')} 만족시킬 때, {_t(ask, st)}의 {_end(rng, '값')}",
                    f"{give}일 때, {_t(ask, st)}의 값을 구하시오.{exam_points(rng, d)}"])
    if kind == 0:
        P, Q = sp.symbols("P Q")
        chk = lambda: ((m * P + n * Q) / (P * Q)).subs({P: p, Q: q}) == val  # noqa: E731
    elif kind == 1:
        F, G = sp.symbols("F G")
        sol = sp.solve([F + G - s_, F - G - t_], [F, G])
        chk = lambda: sol[F] * sol[G] == val  # noqa: E731
    else:
        chk = lambda: sp.limit(k * (X - av) / _expr(den), X, av) == val  # noqa: E731
    return Problem(text=text, answer=_q(val), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["극한값", "수렴"], check=chk)


@family(S102, "find-coeffs-short")
def _l2_coeffs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 2, 3, -1, -2])
    r = rng.choice([v for v in range(-5, 7) if v != 0])
    b = a - r
    p, q = -(a + b), a * b
    kind = rng.randrange(3)
    num = "x^{2} + ax + b" if rng.random() < 0.7 else "x^{2} + px + q"
    A, B = ("a", "b") if "a" in num else ("p", "q")
    if kind == 0:
        cond = f"{_lim(str(a))} \\frac{{{num}}}{{{_p([1, -a])}}} = {r}"
    elif kind == 1:
        cond = f"{_lim(str(a))} \\frac{{{_p([1, -a])}}}{{{num}}} = {_qt(R(1, r))}"
    else:
        cond = f"{_lim(str(a))} \\frac{{{num}}}{{{_p([1, 0, -a * a])}}} = {_qt(R(r, 2 * a))}"
    ask = rng.choice(["+", "×", "-"])
    val = p + q if ask == "+" else (p * q if ask == "×" else p - q)
    asks = {"+": f"{A} + {B}", "×": f"{A}{B}", "-": f"{A} - {B}"}[ask]
    d = 3
    text = rng.choice([
        f"두 상수 {A}, {B}에 대하여 {_t(cond, st)}일 때, {_t(asks, st)}의 값을 구하시오.{exam_points(rng, d)}",
        f"{_jt(cond, st, '이/가')} 성립하도록 하는 상수 {A}, {B}에 대하여 {_t(asks, st)}의 {_end(rng, '값')}",
        f"등식 {_jt(cond, st, '을/를')} 만족시키는 두 상수 {A}, {B}의 값을 구하고, {_t(asks, st)}의 값을 구하시오.",
    ])

    def chk() -> bool:
        pp, qq = sp.symbols("pp qq")
        e = [(X**2 + pp * X + qq) / (X - a), (X - a) / (X**2 + pp * X + qq), (X**2 + pp * X + qq) / (X**2 - a * a)][kind]
        sol = sp.solve([(X**2 + pp * X + qq).subs(X, a), sp.diff(X**2 + pp * X + qq, X).subs(X, a) - r], [pp, qq], dict=True)[0]
        ok = sp.limit(e.subs(sol), X, a) == [r, R(1, r), R(r, 2 * a)][kind]
        return ok and {"+": sol[pp] + sol[qq], "×": sol[pp] * sol[qq], "-": sol[pp] - sol[qq]}[ask] == val
    return Problem(text=text, answer=str(val), format="computation", difficulty=d, achievement_level="B",
                   concepts=["극한값", "수렴"], check=chk)


@family(S102, "poly-from-limits")
def _l2_polyfind(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    c3 = rng.choice([0, 1, 2, -1])
    c2 = _nz(rng, -3, 4)
    c1 = _nz(rng, -5, 6)
    kk = rng.choice([1, 2, -1, 3])
    cs = [c3, c2, c1, 0]
    val = _ev(cs, kk)
    if c3:
        lead = _p([c3, 0, 0, 0])
        cond1 = f"{_LINF} \\frac{{{fn}(x) - {lead}}}{{x^{{2}}}} = {c2}" if c3 > 0 else \
            f"{_LINF} \\frac{{{fn}(x) + {_p([-c3, 0, 0, 0])}}}{{x^{{2}}}} = {c2}"
    else:
        cond1 = f"{_LINF} \\frac{{{fn}(x)}}{{x^{{2}}}} = {c2}"
    m0 = rng.choice([1, 2, 3])
    c1c = R(c1, m0)
    cond2 = f"{_lim('0')} \\frac{{{fn}(x)}}{{{'' if m0 == 1 else m0}x}} = {_qt(c1c)}"
    d = 4
    text = rng.choice([
        f"다항함수 {fn}(x)가\n{_t(cond1, st)},  {_t(cond2, st)}\n를 만족시킬 때, {fn}({kk})의 값을 구하시오.{exam_points(rng, d)}",
        f"다항함수 {fn}(x)가 다음 두 조건을 만족시킨다.\n(가) {_t(cond1, st)}\n(나) {_t(cond2, st)}\n{fn}({kk})의 {_end(rng, '값')}{exam_points(rng, d)}",
    ])
    fx = _expr(cs)

    def chk() -> bool:
        lim1 = sp.limit((fx - c3 * X**3) / X**2, X, sp.oo)
        lim2 = sp.limit(fx / (m0 * X), X, 0)
        return lim1 == c2 and lim2 == c1c and fx.subs(X, kk) == val
    return Problem(text=text, answer=str(val), format="computation", difficulty=d, achievement_level="B",
                   concepts=["극한값", "수렴"], check=chk)


@family(S102, "squeeze-bound")
def _l2_squeeze(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    kind = rng.randrange(2)
    if kind == 0:
        A = rng.choice([2, 3, 4, 5])
        lo, hi = rng.randint(-4, 0), rng.randint(1, 5)
        B = rng.choice([1, 2, 3])
        cc = rng.randint(1, 5)
        ineq = f"{_p([A, 0, lo])} \\lt {fn}(x) \\lt {_p([A, 0, hi])}"
        ask = f"{_LINF} \\frac{{{fn}(x)}}{{{_p([B, 0, cc])}}}"
        val = R(A, B)
        cond = "모든 양의 실수 x에 대하여"
        lo_e, hi_e = (A * X**2 + lo) / (B * X**2 + cc), (A * X**2 + hi) / (B * X**2 + cc)
        pt = sp.oo
    else:
        av = rng.choice([1, 2, -1, 3])
        k = rng.randint(-3, 3)
        ineq = f"{_p([2 * av, -av * av])} \\le {fn}(x) \\le x^{{2}}"
        ask = f"{_lim(str(av))} " + ("\\{" + f"{fn}(x) {'+' if k >= 0 else '-'} {_p([abs(k), 0])}" + "\\}" if k else f"{fn}(x)")
        val = sp.Integer(av * av + k * av)
        cond = "모든 실수 x에 대하여"
        lo_e, hi_e = 2 * av * X - av * av + k * X, X**2 + k * X
        pt = av
    text = rng.choice([
        f"함수 {fn}(x)가 {cond} {_jt(ineq, st, '을/를')} 만족시킬 때, {_t(ask, st)}의 {_end(rng, '값')}",
        f"{cond} 부등식 {_jt(ineq, st, '이/가')} 성립한다. 함수의 극한의 대소 관계를 이용하여 {_jt(ask, st, '을/를')} {_end(rng)}",
    ])
    return Problem(text=text, answer=_q(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["극한값", "수렴"],
                   check=lambda: sp.limit(lo_e, X, pt) == val and sp.limit(hi_e, X, pt) == val)


@family(S102, "sqrt-infinity-diff")
def _l2_sqrtinf(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    p = rng.choice([2, 4, 6, -2, -4, 3, 5])
    if kind == 0:
        q = rng.randint(-3, 5)
        ex_t = f"\\left(\\sqrt{{{_p([1, p, q])}}} - x\\right)"
        val = R(p, 2)
        ex = sp.sqrt(X**2 + p * X + q) - X
    elif kind == 1:
        r = rng.choice([v for v in (1, 2, 3, -1, -3, 0) if v != p])
        ex_t = f"\\left(\\sqrt{{{_p([1, p, 0])}}} - \\sqrt{{{_p([1, r, 0])}}}\\right)"
        val = R(p - r, 2)
        ex = sp.sqrt(X**2 + p * X) - sp.sqrt(X**2 + r * X)
    else:
        p = abs(p)
        ex_t = f"\\frac{{1}}{{\\sqrt{{{_p([1, p, 0])}}} - x}}"
        val = R(2, p)
        ex = 1 / (sp.sqrt(X**2 + p * X) - X)
    full = f"{_LINF} {ex_t}"
    text = rng.choice([f"{_lim_intro(rng)}\n{_t(full, st)}", f"{_t(full, st)}의 {_end(rng, '값')}"])
    d = 3 if kind < 2 else 4
    return Problem(text=text, answer=_q(val), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["극한값", "무한대"],
                   check=lambda: abs(sp.N(ex.subs(X, sp.Integer(10) ** 15), 50) - val) < 1e-8)


_LAW_STMTS = [
    ("{L} f(x)와 {L} g(x)가 모두 존재하면 {L} \\{{f(x) + g(x)\\}}도 존재한다.", True),
    ("{L} \\{{f(x) + g(x)\\}}와 {L} f(x)가 모두 존재하면 {L} g(x)도 존재한다.", True),
    ("{L} f(x)g(x)가 존재하면 {L} f(x)도 존재한다.", False),
    ("{L} f(x)와 {L} f(x)g(x)가 모두 존재하면 {L} g(x)도 존재한다.", False),
    ("{L} f(x) = ∞, {L} g(x) = ∞이면 {L} \\{{f(x) - g(x)\\}} = 0이다.", False),
    ("{L} f(x) = 2이고 {L} \\frac{{g(x)}}{{f(x)}} = 3이면 {L} g(x) = 6이다.", True),
    ("{L} f(x) = 0이면 {L} f(x)g(x) = 0이다.", False),
    ("모든 실수 x에 대하여 f(x) \\lt g(x)이고 {L} f(x), {L} g(x)가 모두 존재하면 {L} f(x) \\lt {L} g(x)이다.", False),
    ("모든 실수 x에 대하여 f(x) \\le g(x)이고 {L} f(x) = α, {L} g(x) = β이면 α \\le β이다.", True),
    ("{L} \\{{f(x)\\}}^{{2}}이 존재하면 {L} f(x)도 존재한다.", False),
    ("{L} |f(x)| = 0이면 {L} f(x) = 0이다.", True),
]


@family(S102, "bogi-limit-laws")
def _l2_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice(["a", "a", "0", "1", "2"])
    L = _lim(a)
    picks = rng.sample(_LAW_STMTS, 3)
    if not any(ok for _, ok in picks):
        picks[rng.randrange(3)] = rng.choice([s for s in _LAW_STMTS if s[1]])

    def render(tmpl: str) -> str:
        body = tmpl.format(L=L)
        # render each maths run (between Korean words) through _t, keep Korean as is
        parts = re.split(r"([가-힣][가-힣\s,]*[가-힣]|[가-힣])", body)
        out = []
        for part in parts:
            if part and re.search(r"[가-힣]", part):
                out.append(part)
            elif part.strip():
                lead = part[: len(part) - len(part.lstrip())]
                trail = part[len(part.rstrip()):]
                core = part.strip().rstrip(".,")
                punct = part.strip()[len(core):]
                out.append(lead + _t(core, st) + punct + trail)
            else:
                out.append(part)
        return "".join(out)
    stmts = [(render(t), ok) for t, ok in picks]
    block, ch = bogi(rng, stmts)
    cond = "실수 a와 " if a == "a" else ""
    text = f"{cond}두 함수 f(x), g(x)에 대하여 {bogi_question(rng)}{exam_points(rng, 3)}\n{block}\n{ch.block}"
    truth = tuple(ok for _, ok in picks)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["극한값", "수렴", "발산"], choice=ch,
                   check=lambda: ch.options[ch.correct] == ", ".join(
                       lab for lab, ok in zip("ㄱㄴㄷ", truth, strict=True) if ok))


@family(S102, "laws-steps-fill")
def _l2_steps(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 2, 3, -1, -2])
    m, c = _nz(rng, -3, 4), rng.randint(-5, 5)
    dd = rng.choice([v for v in range(1, 5) if v != -a])
    num_v = a * a + m * a + c
    den_v = a + dd
    val = R(num_v, den_v)
    L = _lim(str(a))
    whole = L + f" \\frac{{{_p([1, m, c])}}}{{{_p([1, dd])}}}"
    nterms = f"{L} x^{{2}}"
    for coef, var in ((m, "x"), (c, "")):
        if coef:
            nterms += (" + " if coef > 0 else " - ") + L + " " + (_p([abs(coef), 0]) if var else str(abs(coef)))
    steps = f"{whole} = \\frac{{{nterms}}}{{{L} x + {L} {dd}}}"
    text = rng.choice([
        f"다음은 함수의 극한에 대한 성질을 이용하여 극한값을 구하는 과정이다. (가), (나), (다)에 알맞은 수를 {_end(rng, '쓰')}\n"
        f"{_t(steps, st)} = (가) / (나) = (다)",
        f"극한의 성질을 이용하여 {_t(whole, st)}의 값을 구할 때, "
        f"분자의 극한값을 (가), 분모의 극한값을 (나), 구하는 극한값을 (다)라 하자. (가), (나), (다)에 알맞은 수를 {_end(rng, '쓰')}",
    ])
    return Problem(text=text, answer=f"(가) {num_v}, (나) {den_v}, (다) {_q(val)}", format="fill", difficulty=2,
                   achievement_level="D", concepts=["극한값", "수렴"],
                   check=lambda: sp.limit(_expr([1, m, c]) / _expr([1, dd]), X, a) == val)


# ================================================================================================
# 12미적Ⅰ-01-03 함수의 연속
# ================================================================================================
def _everywhere(rng: random.Random) -> str:
    return rng.choice(["실수 전체의 집합에서 연속일 때,", "모든 실수 x에서 연속이 되도록 하는", "실수 전체의 집합에서 연속이 되도록 하는",
                       "실수 전체의 집합에서 연속이다."])


@family(S103, "param-piecewise-continuous")
def _c3_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    c = rng.choice([-1, 0, 1, 2, 3])
    kind = rng.randrange(3)
    if kind == 0:  # x^2 + a x + 1 (x < c), m x + n (x >= c): solve for a  (c != 0)
        c = rng.choice([1, 2, -1, 3, -2])
        aa = rng.randint(-4, 4)
        b0 = rng.randint(-3, 3)
        m = _nz(rng, -3, 3)
        n = c * c + aa * c + b0 - m * c
        left_t = "x^{2} + ax" + (f" + {b0}" if b0 > 0 else (f" - {-b0}" if b0 < 0 else ""))
        pieces = [(left_t, f"x \\lt {c}"), (_p([m, n]), f"x \\ge {c}")]
        ans, unk = aa, "a"
        chk_eq = lambda A: (c * c + A * c + b0) - (m * c + n)  # noqa: E731
    elif kind == 1:  # quadratic (x <= c), a x - 3 (x > c) ; c != 0
        c = rng.choice([1, 2, -1, -2])
        q = [1, rng.randint(-3, 3), rng.randint(-3, 3)]
        const = rng.randint(-4, 4)
        top = _ev(q, c) - const
        if top % c != 0:
            const += top % c
            top = _ev(q, c) - const
        aa = top // c
        pieces = [(_p(q), f"x \\le {c}"), ("ax" + (f" + {const}" if const > 0 else (f" - {-const}" if const < 0 else "")), f"x \\gt {c}")]
        ans, unk = aa, "a"
        chk_eq = lambda A: _ev(q, c) - (A * c + const)  # noqa: E731
    else:  # three pieces with a, b at two points
        c = rng.choice([-1, 0, 1])
        d0 = c + rng.choice([1, 2])
        mid = [1, rng.randint(-2, 2), rng.randint(-2, 2)]
        lv, rv = _ev(mid, c), _ev(mid, d0)
        m1 = _nz(rng, -2, 3)
        aa = lv - m1 * c  # left: m1 x + a
        m3 = _nz(rng, -3, 2)
        bb = rv - m3 * d0  # right: m3 x + b
        pieces = [(f"{_p([m1, 0])} + a", f"x \\lt {c}"), (_p(mid), f"{c} \\le x \\lt {d0}"), (f"{_p([m3, 0])} + b", f"x \\ge {d0}")]
        ans, unk = aa + bb, "a + b"
        chk_eq = None
    f = _pw(f"{fn}(x)", pieces, st)
    d = 2 if kind < 2 else 3
    if kind < 2:
        text = rng.choice([f"함수 {f}가 {_everywhere(rng).replace('하는', '할 때,') if False else '실수 전체의 집합에서 연속일 때,'} 상수 a의 {_end(rng, '값')}{exam_points(rng, d)}",
                           f"함수 {f}가 x = {c}에서 연속이 되도록 하는 상수 a의 {_end(rng, '값')}",
                           f"함수 {f}가 모든 실수 x에서 연속이 되도록 상수 a의 값을 정하시오."])
    else:
        text = rng.choice([f"함수 {f}가 실수 전체의 집합에서 연속일 때, 두 상수 a, b에 대하여 {_t(unk, st)}의 {_end(rng, '값')}{exam_points(rng, d)}",
                           f"두 상수 a, b에 대하여 함수 {f}가 모든 실수 x에서 연속이다. {_t(unk, st)}의 {_end(rng, '값')}"])
    if chk_eq is not None:
        A = sp.Symbol("A")
        chk = lambda: sp.solve(chk_eq(A), A) == [ans]  # noqa: E731
    else:
        A, B = sp.symbols("A B")
        chk = lambda: (lambda s_: s_[A] + s_[B] == ans)(sp.solve([m1 * c + A - lv, m3 * d0 + B - rv], [A, B]))  # noqa: E731
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["연속", "연속함수"], check=chk)


@family(S103, "removable-hole")
def _c3_hole(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    c = rng.choice([1, 2, 3, -1, -2])
    b = rng.choice([v for v in range(-4, 5) if v != c])
    kind = rng.randrange(2)
    num = _mul([1, -c], [1, -b])
    lim = c - b
    if kind == 0:
        f = _pw(f"{fn}(x)", [(f"\\frac{{{_p(num)}}}{{{_p([1, -c])}}}", f"x \\ne {c}"), ("k", f"x = {c}")], st)
        text = rng.choice([f"함수 {f}가 x = {c}에서 연속일 때, 상수 k의 {_end(rng, '값')}",
                           f"함수 {f}가 실수 전체의 집합에서 연속이 되도록 하는 상수 k의 {_end(rng, '값')}"])
        ans = lim
        d = 2
        chk = lambda: sp.limit(_expr(num) / (X - c), X, c) == ans  # noqa: E731
    else:
        f = _pw(f"{fn}(x)", [(f"\\frac{{x^{{2}} + ax + b}}{{{_p([1, -c])}}}", f"x \\ne {c}"), (str(lim), f"x = {c}")], st)
        pa, pb = -(c + b), c * b
        op_ = rng.choice(["+", "-", "×"])
        ans = pa + pb if op_ == "+" else (pa - pb if op_ == "-" else pa * pb)
        ask = {"+": "a + b", "-": "a - b", "×": "ab"}[op_]
        text = rng.choice([f"함수 {f}가 실수 전체의 집합에서 연속일 때, 두 상수 a, b에 대하여 {_t(ask, st)}의 {_end(rng, '값')}{exam_points(rng, 3)}",
                           f"두 상수 a, b에 대하여 함수 {f}가 x = {c}에서 연속이다. {_t(ask, st)}의 {_end(rng, '값')}"])
        d = 3
        A, B = sp.symbols("A B")

        def chk() -> bool:
            sol = sp.solve([c * c + A * c + B, 2 * c + A - lim], [A, B])
            return {"+": sol[A] + sol[B], "-": sol[A] - sol[B], "×": sol[A] * sol[B]}[op_] == ans
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["연속", "극한값"], check=chk)


@family(S103, "discontinuity-points")
def _c3_points(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    r1, r2 = sorted(rng.sample(range(-4, 6), 2))
    kind = rng.randrange(3)
    if kind == 0:
        numc = [1, rng.choice([v for v in range(-5, 6) if v not in (-r1, -r2)])]
        denc = _mul([1, -r1], [1, -r2])
        ftex = f"{fn}(x) = \\frac{{{_p(numc)}}}{{{_p(denc)}}}"
        pts = [r1, r2]
    elif kind == 1:
        r = rng.randint(-3, 4)
        denc = _mul([1, -r], [1, -r])
        ftex = f"{fn}(x) = \\frac{{{_p([1, rng.randint(-3, 3), 1])}}}{{{_p(denc)}}}"
        pts = [r]
    else:
        m = rng.randint(-3, 3)
        denc = [1, -2 * m, m * m + rng.choice([1, 2, 4])]
        ftex = f"{fn}(x) = \\frac{{{_p([2, rng.randint(-3, 3)])}}}{{{_p(denc)}}}"
        pts = []
    ask = rng.randrange(2)
    if ask == 0:
        text = rng.choice([f"함수 {_jt(ftex, st, '이/가')} 불연속이 되는 x의 값을 모두 {_end(rng)} (없으면 '없다'라고 쓰시오.)",
                           f"함수 {_jt(ftex, st, '이/가')} 연속이 아닌 x의 값을 모두 찾아 {_end(rng, '쓰')} (없으면 '없다'라고 쓰시오.)"])
        ans = ", ".join(f"x = {v}" for v in pts) if pts else "없다"
    else:
        text = rng.choice([f"함수 {_jt(ftex, st, '이/가')} 불연속인 점의 개수를 {_end(rng)}",
                           f"함수 {_t(ftex, st)}에 대하여 실수 전체의 집합에서 불연속이 되는 x의 값은 몇 개인가?"])
        ans = str(len(pts))
    den = _expr(denc)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["불연속", "연속"],
                   check=lambda: sorted(sp.solveset(den, X, domain=sp.S.Reals)) == pts)


@family(S103, "three-conditions-fill")
def _c3_three(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    a = rng.choice([0, 1, 2, -1])
    join = rng.random() < 0.5
    left, right, lv, rv = _two_pieces(rng, a, join)
    c = rng.choice([lv, lv, rv, lv + 2])
    pieces = [(_p(left), f"x \\lt {a}"), (_p(right).replace("x", "x") if False else _p(right), f"x \\gt {a}"), (str(c), f"x = {a}")]
    pieces = [pieces[0], pieces[2], pieces[1]]
    f = _pw(f"{fn}(x)", pieces, st)
    cont = lv == rv == c
    verdict = "연속이다" if cont else "불연속이다"
    text = rng.choice([
        f"함수 {f}의 x = {a}에서의 연속성을 조사하려고 한다. □ 안에 알맞은 것을 써넣으시오.\n"
        f"{fn}({a}) = □, {_t(_lim(str(a), '-') + f' {fn}(x)', st)} = □, {_t(_lim(str(a), '+') + f' {fn}(x)', st)} = □\n"
        f"따라서 함수 {fn}(x)는 x = {a}에서 □.",
        f"함수 {f}에 대하여 {fn}({a})의 값, x = {a}에서의 좌극한과 우극한을 차례로 구하고, "
        f"{fn}(x)가 x = {a}에서 연속인지 판정하시오.",
    ])
    le, re_ = _expr(left), _expr(right)
    return Problem(text=text, answer=f"{c}, {lv}, {rv}, {verdict}", format="fill" if "□" in text else "word",
                   difficulty=2, achievement_level="D", concepts=["연속", "불연속", "좌극한", "우극한"],
                   check=lambda: (sp.limit(le, X, a, "-") == lv and sp.limit(re_, X, a, "+") == rv
                                  and (lv == rv == c) == cont))


def _iv(lo, hi, lc: bool, rc: bool, st: str) -> str:
    inf_l = "-\\infty" if lo is None else str(lo)
    inf_r = "\\infty" if hi is None else str(hi)
    return _t(("[" if lc else "(") + f"{inf_l}, {inf_r}" + ("]" if rc else ")"), st)


@family(S103, "continuous-interval")
def _c3_interval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    a = rng.randint(-3, 4)
    kind = rng.randrange(4)
    if kind == 0:
        ftex = f"{fn}(x) = \\sqrt{{{_p([1, -a])}}}"
        ans = _iv(a, None, True, False, "plain")
        chk = lambda: sp.calculus.util.continuous_domain(sp.sqrt(X - a), X, sp.S.Reals) == sp.Interval(a, sp.oo)  # noqa: E731
    elif kind == 1:
        ftex = f"{fn}(x) = \\sqrt{{{_p([-1, a])}}}"
        ans = _iv(None, a, False, True, "plain")
        chk = lambda: sp.calculus.util.continuous_domain(sp.sqrt(a - X), X, sp.S.Reals) == sp.Interval(-sp.oo, a)  # noqa: E731
    elif kind == 2:
        k = _nz(rng, -3, 4)
        ftex = f"{fn}(x) = \\frac{{{k}}}{{{_p([1, -a])}}}"
        ans = _iv(None, a, False, False, "plain") + ", " + _iv(a, None, False, False, "plain")
        chk = lambda: sp.calculus.util.continuous_domain(k / (X - a), X, sp.S.Reals) == sp.Union(  # noqa: E731
            sp.Interval.open(-sp.oo, a), sp.Interval.open(a, sp.oo))
    else:
        a = rng.choice([-4, -3, -2, -1, 1, 2])
        b = rng.choice([v for v in (a + 2, a + 3, a + 4) if v != 0])
        ftex = f"{fn}(x) = \\frac{{x}}{{{_p(_mul([1, -a], [1, -b]))}}}"
        ans = ", ".join([_iv(None, a, False, False, "plain"), _iv(a, b, False, False, "plain"), _iv(b, None, False, False, "plain")])
        chk = lambda: sp.calculus.util.continuous_domain(X / ((X - a) * (X - b)), X, sp.S.Reals) == sp.Union(  # noqa: E731
            sp.Interval.open(-sp.oo, a), sp.Interval.open(a, b), sp.Interval.open(b, sp.oo))
    ans = ans.replace("∞", "∞")
    text = rng.choice([f"함수 {_jt(ftex, st, '이/가')} 연속인 구간을 {_end(rng)}",
                       f"함수 {_jt(ftex, st, '이/가')} 연속인 구간을 구간의 기호를 사용하여 나타내시오.",
                       f"다음 함수가 연속인 구간을 {_end(rng, '쓰')}\n{_t(ftex, st)}"])
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["연속", "구간"] + (["반닫힌(반열린) 구간"] if kind < 2 else ["열린구간"]), check=chk)


@family(S103, "interval-notation-fill")
def _c3_notation(rng: random.Random) -> Problem:
    st = pick_style(rng)
    items = []
    for _ in range(3):
        lo = rng.randint(-5, 3)
        hi = lo + rng.randint(1, 6)
        kind = rng.randrange(5)
        le, ge = _t("\\le", st).strip("$"), _t("\\lt", st).strip("$")
        ge2 = _t("\\ge", st).strip("$")
        if kind == 0:
            setx, iv = f"{lo} {le} x {le} {hi}", (lo, hi, True, True)
        elif kind == 1:
            setx, iv = f"{lo} {ge} x {ge} {hi}", (lo, hi, False, False)
        elif kind == 2:
            setx, iv = f"{lo} {le} x {ge} {hi}", (lo, hi, True, False)
        elif kind == 3:
            setx, iv = f"x {ge} {hi}", (None, hi, False, False)
        else:
            setx, iv = f"x {ge2} {lo}", (lo, None, True, False)
        items.append((setx, iv))
    if st == "latex":
        lines = [f"({i + 1}) " + "$\\{x \\mid " + s + "\\}$" for i, (s, _) in enumerate(items)]
    else:
        lines = [f"({i + 1}) {{x | {s}}}" for i, (s, _) in enumerate(items)]
    ans = ", ".join(f"({i + 1}) {_iv(*iv, 'plain')}" for i, (_, iv) in enumerate(items))
    text = rng.choice(["다음 집합을 구간의 기호로 나타내시오.\n", "실수 x의 범위를 나타낸 다음 집합을 구간으로 나타내어 ( ) 안에 쓰시오.\n"]) + "\n".join(lines)

    def chk() -> bool:
        for _, (lo, hi, lc, rc) in items:
            lo_v = -sp.oo if lo is None else lo
            hi_v = sp.oo if hi is None else hi
            ivl = sp.Interval(lo_v, hi_v, not lc, not rc)
            if ivl.is_empty:
                return False
        return True
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["구간", "닫힌구간", "열린구간", "반닫힌(반열린) 구간"], check=chk)


@family(S103, "breakpoint-param")
def _c3_breakpoint(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    r1, r2 = rng.sample([v for v in range(-4, 6)], 2)
    m, n = _nz(rng, -3, 3), rng.randint(-4, 4)
    quad = [1, m - (r1 + r2), n + r1 * r2]
    lin = [m, n]
    if rng.random() < 0.5:
        pieces = [(_p(lin), "x \\le a"), (_p(quad), "x \\gt a")]
    else:
        pieces = [(_p(quad), "x \\lt a"), (_p(lin), "x \\ge a")]
    f = _pw(f"{fn}(x)", pieces, st)
    ask = rng.choice(["합", "곱"])
    ans = r1 + r2 if ask == "합" else r1 * r2
    d = 4
    text = rng.choice([f"함수 {f}가 실수 전체의 집합에서 연속이 되도록 하는 모든 실수 a의 값의 {ask}을 구하시오.{exam_points(rng, d)}",
                       f"실수 a에 대하여 함수 {f}가 모든 실수 x에서 연속일 때, 가능한 a의 값의 {ask}은?"
                       .replace("값의 곱은?", "값의 곱을 구하시오.").replace("값의 합은?", "값의 합을 구하시오.")])
    A = sp.Symbol("A")
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level="B",
                   concepts=["연속", "연속함수"],
                   check=lambda: (lambda sols: (sum(sols) if ask == "합" else sols[0] * sols[1]) == ans)(
                       sp.solve(_expr(quad).subs(X, A) - _expr(lin).subs(X, A), A)))


@family(S103, "product-or-square-continuous")
def _c3_product(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    c = rng.choice([-1, 0, 1, 2])
    m = _nz(rng, -2, 3)
    rv = _nz(rng, -4, 4)
    right = [m, rv - m * c]
    kind = rng.randrange(2)
    if kind == 0:
        a_left = rng.choice([v for v in range(-4, 5) if c + v != rv])
        pieces = [(_p([1, a_left]), f"x \\lt {c}"), (_p(right), f"x \\ge {c}")]
        f = _pw(f"{fn}(x)", pieces, st)
        g2 = "h" if fn == "g" else "g"
        text = rng.choice([f"함수 {f}에 대하여 함수 {_t(f'(x - k){fn}(x)', st)}가 실수 전체의 집합에서 연속일 때, 상수 k의 {_end(rng, '값')}",
                           f"함수 {f}와 함수 {_t(g2 + '(x) = x - k', st)}에 대하여 함수 {_t(f'{g2}(x){fn}(x)', st)}가 실수 전체의 집합에서 연속이 되도록 하는 상수 k의 {_end(rng, '값')}"])
        ans = c
        K = sp.Symbol("K")
        chk = lambda: sp.solve(((c - K) * (c + a_left)) - ((c - K) * rv), K) == [ans]  # noqa: E731
        d = 3
    else:
        pieces = [("x + a", f"x \\lt {c}"), (_p(right), f"x \\ge {c}")]
        f = _pw(f"{fn}(x)", pieces, st)
        ans = -rv - c
        sq = "\\{" + f"{fn}(x)" + "\\}^{2}"
        text = rng.choice([f"함수 {f}에 대하여 함수 {fn}(x)는 x = {c}에서 불연속이고, 함수 {_jt(sq, st, '은/는')} 실수 전체의 집합에서 연속이다. "
                           f"상수 a의 {_end(rng, '값')}{exam_points(rng, 4)}",
                           f"상수 a에 대하여 함수 {f}가 있다. 함수 {_jt(sq, st, '이/가')} x = {c}에서 연속이고 {fn}(x)는 x = {c}에서 연속이 아닐 때, a의 값을 구하시오."])
        Aa = sp.Symbol("Aa")
        chk = lambda: [s_ for s_ in sp.solve((c + Aa) ** 2 - rv**2, Aa) if c + s_ != rv] == [ans]  # noqa: E731
        d = 4
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["연속", "불연속"], check=chk)


@family(S103, "bogi-continuity")
def _c3_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    a = rng.choice([0, 1, 2, -1])
    join = rng.random() < 0.5
    left, right, lv, rv = _two_pieces(rng, a, join)
    c = rng.choice([lv, rv, lv + 1])
    f = _pw(f"{fn}(x)", [(_p(left), f"x \\lt {a}"), (str(c), f"x = {a}"), (_p(right), f"x \\gt {a}")], st)
    s1 = (f"{_t(_lim(str(a)) + f' {fn}(x)', st)}의 값이 존재한다.", lv == rv)
    s2 = (f"함수 {fn}(x)는 x = {a}에서 연속이다.", lv == rv == c)
    pa = _p([1, -a])
    opt3 = rng.randrange(3)
    if opt3 == 0:
        s3 = (f"함수 {_t(f'({pa}){fn}(x)', st)}는 x = {a}에서 연속이다.", True)
    elif opt3 == 1:
        s3 = (f"함수 {_t(f'|{fn}(x)|', st)}는 x = {a}에서 연속이다.", abs(lv) == abs(rv) == abs(c))
    elif a == 0:
        s3 = (f"함수 {_t(f'{fn}(x) + {fn}(-x)', st)}는 x = 0에서 연속이다.", lv + rv == 2 * c)
    else:
        s3 = (f"{_t(_lim(str(a), '+') + f' {fn}(x) = {fn}({a})', st)}", rv == c)
    if not (s1[1] or s2[1] or s3[1]):
        s3 = (f"함수 {_t(f'({pa}){fn}(x)', st)}는 x = {a}에서 연속이다.", True)
    block, ch = bogi(rng, [s1, s2, s3])
    text = f"함수 {f}에 대하여 {bogi_question(rng)}{exam_points(rng, 3)}\n{block}\n{ch.block}"
    le, re_ = _expr(left), _expr(right)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["연속", "불연속", "극한값"], choice=ch,
                   check=lambda: sp.limit(le, X, a, "-") == lv and sp.limit(re_, X, a, "+") == rv)


@family(S103, "judge-explain")
def _c3_judge(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    a = rng.choice([1, 2, -1, 3])
    kind = rng.randrange(3)
    if kind == 0:
        b = rng.randint(-3, 3)
        num = _mul([1, -a], [1, -b])
        val = rng.choice([a - b, a - b + 1])
        f = _pw(f"{fn}(x)", [(f"\\frac{{{_p(num)}}}{{{_p([1, -a])}}}", f"x \\ne {a}"), (str(val), f"x = {a}")], st)
        cont = val == a - b
        why = f"lim = {a - b}, {fn}({a}) = {val}"
    elif kind == 1:
        f = _t(f"{fn}(x) = \\frac{{\\left|{_p([1, -a])}\\right|}}{{{_p([1, -a])}}}", st)
        cont = False
        why = f"x = {a}에서 정의되지 않음 (좌극한 -1, 우극한 1)"
    else:
        m = _nz(rng, -2, 3)
        lv = rng.randint(-3, 4)
        right_v = rng.choice([lv, lv + 2])
        f = _pw(f"{fn}(x)", [(_p([m, lv - m * a]), f"x \\le {a}"), (_p([1, 0, right_v - a * a]), f"x \\gt {a}")], st)
        cont = right_v == lv
        why = f"좌극한 {lv}, 우극한 {right_v}, {fn}({a}) = {lv}"
    text = rng.choice([f"함수 {f}가 x = {a}에서 연속인지 판정하고, 그 이유를 설명하시오.",
                       f"{josa(name(rng), '은/는')} 함수 {f}가 x = {a}에서 연속이라고 주장하였다. 이 주장이 옳은지 판단하고 근거를 들어 설명하시오."])
    return Problem(text=text, answer=("연속이다" if cont else "불연속이다") + f" ({why})", format="proof", difficulty=3,
                   achievement_level="A" if kind == 1 else "B", concepts=["연속", "불연속"],
                   check=lambda: cont == ((kind == 0 and val == a - b) or (kind == 2 and right_v == lv)))


# ================================================================================================
# 12미적Ⅰ-01-04 연속함수의 성질 (최대⋅최소 정리, 사잇값 정리)
# ================================================================================================
@family(S104, "ivt-root-interval-mcq")
def _c4_interval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(60):
        cs = [1, rng.randint(-3, 3), rng.randint(-6, 4), rng.randint(-6, 6)]
        if rng.random() < 0.3:
            cs = [1, 0, rng.randint(-4, 3), rng.randint(-5, 5)]
        vals = {n: _ev(cs, n) for n in range(-3, 4)}
        if any(v == 0 for v in vals.values()):
            continue
        ivs = [(n, n + 1) for n in range(-3, 3)]
        good = [iv for iv in ivs if vals[iv[0]] * vals[iv[1]] < 0]
        bad = [iv for iv in ivs if vals[iv[0]] * vals[iv[1]] > 0]
        if len(good) >= 1 and len(bad) >= 4:
            break
    else:
        raise ValueError("no cubic found")
    right = rng.choice(good)
    opts = sorted([right, *rng.sample(bad, 4)])
    rend = [_t(f"({u}, {w})", st) for u, w in opts]
    ch = choices(rng, rend[opts.index(right)], [r for r, o in zip(rend, opts, strict=True) if o != right], sort_key=rend.index)
    eq = f"{_p(cs)} = 0"
    d = 3
    stem = rng.choice([
        f"방정식 {_jt(eq, st, '이/가')} 실근을 가짐을 사잇값 정리를 이용하여 보일 수 있는 열린구간은?{exam_points(rng, d)}",
        f"사잇값 정리에 의하여 방정식 {_jt(eq, st, '이/가')} 적어도 하나의 실근을 갖는다고 할 수 있는 구간은?{exam_points(rng, d)}",
        f"함수 {_t('f(x) = ' + _p(cs), st)}에 대하여 f(a)f(a+1) < 0을 만족시켜 방정식 f(x) = 0의 실근이 반드시 존재하는 구간 (a, a+1)은?",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level="C",
                   concepts=["사잇값 정리", "열린구간"], choice=ch,
                   check=lambda: _expr(cs).subs(X, right[0]) * _expr(cs).subs(X, right[1]) < 0)


@family(S104, "ivt-param-count")
def _c4_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(40):
        base = rng.choice([[1, 0, rng.randint(-4, 3), 0], [1, rng.randint(-3, 3), 0], [2, 0, rng.randint(-3, 3), 0],
                           [1, rng.randint(-2, 2), rng.randint(-3, 3), 0]])
        a = rng.choice([-1, 0, 1])
        b = a + rng.choice([1, 2])
        A, B = _ev(base, a), _ev(base, b)
        if abs(A - B) >= 2:
            break
    ans = int(abs(A - B) - 1)
    eq_l = _p(base)
    kind = rng.randrange(2)
    eq = f"{eq_l} + k = 0" if kind == 0 else f"{eq_l} = k"
    ksign = 1 if kind == 0 else -1  # f(x) = base + k  or base - k
    d = 3
    text = rng.choice([
        f"방정식 {_jt(eq, st, '이/가')} 열린구간 ({a}, {b})에서 적어도 하나의 실근을 가짐을 사잇값 정리로 보이려고 한다. "
        f"양 끝 값에서의 함숫값의 곱이 음수가 되도록 하는 정수 k의 개수를 구하시오.{exam_points(rng, d)}",
        f"x에 대한 방정식 {_jt(eq, st, '이/가')} 열린구간 ({a}, {b})에서 적어도 하나의 실근을 갖는다는 것을 사잇값 정리에 의해 보장할 수 있도록 하는 정수 k의 개수는? "
        f"(단, 구간의 양 끝에서의 함숫값의 부호가 서로 다른 경우를 생각한다.)",
    ])
    K = sp.Symbol("K")
    fk = _expr(base) + ksign * K if kind == 0 else _expr(base) - K

    def chk() -> bool:
        (p1, p0), (q1, q0) = (sp.Poly(fk.subs(X, v), K).all_coeffs() for v in (a, b))
        return sum(1 for kv in range(-80, 81) if (p1 * kv + p0) * (q1 * kv + q0) < 0) == ans
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level="B",
                   concepts=["사잇값 정리", "열린구간"], check=chk)


@family(S104, "max-min-closed")
def _c4_maxmin(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    kind = rng.randrange(2)
    if kind == 0:
        h = rng.randint(-2, 3)
        sgn = rng.choice([1, -1])
        k = rng.randint(-4, 5)
        cs = [sgn, -2 * sgn * h, sgn * h * h + k]
        a = h - rng.randint(0, 3)
        b = h + rng.randint(1, 3)
        if a == b:
            b += 1
        vals = [_ev(cs, a), _ev(cs, b), k]
        M, m = max(vals), min(vals)
        ftex = f"{fn}(x) = {_p(cs)}"
        fx = _expr(cs)
    else:
        d0 = rng.randint(-2, 2)
        c = _nz(rng, -6, 6)
        q = rng.randint(-3, 3)
        a = d0 + rng.choice([1, 2])
        b = a + rng.choice([1, 2, 3])
        fx = sp.Rational(c) / (X - d0) + q
        vals = [fx.subs(X, a), fx.subs(X, b)]
        M, m = max(vals), min(vals)
        ftex = f"{fn}(x) = \\frac{{{c}}}{{{_p([1, -d0])}}}" + (f" + {q}" if q > 0 else (f" - {-q}" if q < 0 else ""))
    ask = rng.randrange(3)
    what = ["최댓값과 최솟값의 합", "최댓값과 최솟값의 곱", "최댓값과 최솟값"][ask]
    ans = _q(M + m) if ask == 0 else (_q(M * m) if ask == 1 else f"최댓값 {_q(M)}, 최솟값 {_q(m)}")
    iv = _t(f"[{a}, {b}]", st)
    text = rng.choice([f"닫힌구간 {iv}에서 함수 {_t(ftex, st)}의 {what}을 {_end(rng)}",
                       f"함수 {_jt(ftex, st, '은/는')} 닫힌구간 {iv}에서 연속이므로 이 구간에서 최댓값과 최솟값을 갖는다. 이때 {what}을 {_end(rng)}"])
    d = 2 if kind == 0 else 3

    def chk() -> bool:
        crit = [v for v in sp.solve(sp.diff(fx, X), X) if v.is_real and a <= v <= b]
        cand = [fx.subs(X, v) for v in [a, b, *crit]]
        return max(cand) == M and min(cand) == m
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["최대⋅최소 정리", "닫힌구간"], check=chk)


_MM_POOL = [
    ("y = \\frac{1}{x}", "[1, 3]", True), ("y = \\frac{1}{x}", "[-1, 1]", False), ("y = x^{2}", "(-1, 2)", False),
    ("y = \\sqrt{x}", "[0, 4]", True), ("y = \\frac{1}{x - 2}", "[0, 3]", False), ("y = x^{3} - x", "[-2, 2]", True),
    ("y = \\frac{x}{x + 1}", "[0, 2]", True), ("y = 2x + 1", "(0, 1)", False), ("y = \\frac{1}{x^{2} - 1}", "[0, 2]", False),
    ("y = x^{2} - 4x", "[1, 5]", True), ("y = \\frac{2}{x}", "(0, 2]", False), ("y = -x^{2} + 1", "[-3, 0)", False),
]


@family(S104, "maxmin-applicable-mcq")
def _c4_applicable(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "latex", "unicode", "plain"])
    want = rng.random() < 0.7
    good = [p for p in _MM_POOL if p[2] == want]
    bad = [p for p in _MM_POOL if p[2] != want]
    right = rng.choice(good)
    wrong = rng.sample(bad, 4)

    def rend(p) -> str:
        return f"{_t(p[0], st)}  {_t(p[1], st)}"
    ch = choices(rng, rend(right), [rend(w) for w in wrong])
    if want:
        stem = rng.choice(["다음 함수 중 주어진 구간에서 최대⋅최소 정리를 적용할 수 있는 것은?",
                           "다음 중 주어진 구간에서 최댓값과 최솟값을 반드시 갖는다고 최대⋅최소 정리로 말할 수 있는 것은?"])
    else:
        stem = "다음 중 주어진 구간에서 최대⋅최소 정리를 적용할 수 없는 것은?"
    ok = right[2]
    return Problem(text=with_choices(stem + "\n(단, 각 함수 옆은 주어진 구간이다.)", ch), answer=ch.label, format="mcq",
                   difficulty=2, achievement_level="D", concepts=["최대⋅최소 정리", "닫힌구간", "열린구간"], choice=ch,
                   check=lambda: ok == want and all(w[2] != want for w in wrong))


@family(S104, "ivt-proof-fill")
def _c4_proof(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    for _ in range(50):
        cs = [1, rng.randint(-2, 2), rng.randint(-5, 3), rng.randint(-5, 5)]
        a = rng.randint(-2, 1)
        b = a + 1
        fa, fb = _ev(cs, a), _ev(cs, b)
        if fa * fb < 0:
            break
    else:
        cs, a, b = [1, 0, -1, -1], 1, 2
        fa, fb = _ev(cs, a), _ev(cs, b)
    ftex = f"{fn}(x) = {_p(cs)}"
    sgn = lambda v: "<" if v < 0 else ">"  # noqa: E731
    text = rng.choice([
        f"다음은 방정식 {_jt(_p(cs) + ' = 0', st, '이/가')} 열린구간 ({a}, {b})에서 적어도 하나의 실근을 가짐을 보이는 과정이다. (가), (나), (다)에 알맞은 것을 쓰시오.\n"
        f"{_t(ftex, st)}라 하면 함수 {fn}(x)는 닫힌구간 [{a}, {b}]에서 연속이고\n"
        f"{fn}({a}) = (가) {sgn(fa)} 0, {fn}({b}) = (나) {sgn(fb)} 0\n"
        f"이므로 (다) 정리에 의하여 {fn}(c) = 0인 c가 열린구간 ({a}, {b})에 적어도 하나 존재한다.",
        f"방정식 {_jt(_p(cs) + ' = 0', st, '이/가')} {a}과 {b} 사이에 실근을 가짐을 증명하시오."
        .replace(f"{a}과", josa(str(a), "과/와")),
    ])
    fmt = "fill" if "(가)" in text else "proof"
    return Problem(text=text, answer=f"(가) {fa}, (나) {fb}, (다) 사잇값" if fmt == "fill" else f"{fn}({a}) = {fa}, {fn}({b}) = {fb}, 사잇값 정리",
                   format=fmt, difficulty=2 if fmt == "fill" else 3, achievement_level="C" if fmt == "fill" else "B",
                   concepts=["사잇값 정리", "닫힌구간", "연속함수"],
                   check=lambda: _expr(cs).subs(X, a) == fa and _expr(cs).subs(X, b) == fb and fa * fb < 0)


@family(S104, "table-min-roots")
def _c4_table(rng: random.Random) -> Problem:
    fn = _fn(rng)
    n = rng.choice([5, 6, 7])
    start = rng.choice([0, 1, -2])
    xs = list(range(start, start + n))
    vals = [rng.choice([v for v in range(-5, 6) if v != 0]) for _ in xs]
    kind = rng.randrange(2)
    if kind == 0:
        ys = vals
        changes = sum(1 for u, w in itertools.pairwise(ys) if u * w < 0)
        eq = f"{fn}(x) = 0"
    else:
        kk = rng.randint(-2, 2)
        ys = [v + kk for v in vals]
        ys = [y if y != kk else y + 1 for y in ys]
        changes = sum(1 for u, w in itertools.pairwise(ys) if (u - kk) * (w - kk) < 0)
        eq = f"{fn}(x) = {kk}"
    table = "x | " + " | ".join(map(str, xs)) + f"\n{fn}(x) | " + " | ".join(map(str, ys))
    text = rng.choice([
        f"실수 전체의 집합에서 연속인 함수 {fn}(x)에 대하여 다음 표는 몇 개의 x의 값에서의 함숫값을 나타낸 것이다.\n{table}\n"
        f"방정식 {eq}의 실근이 열린구간 ({xs[0]}, {xs[-1]})에서 적어도 몇 개 존재하는지 구하시오.",
        f"연속함수 {fn}(x)의 함숫값이 다음과 같다.\n{table}\n사잇값 정리를 이용할 때, 방정식 {eq}은 열린구간 ({xs[0]}, {xs[-1]})에서 최소 몇 개의 실근을 갖는가?",
    ])
    target = 0 if kind == 0 else kk
    return Problem(text=text, answer=str(changes), format="data", difficulty=3, achievement_level="C",
                   concepts=["사잇값 정리", "연속함수"],
                   check=lambda: changes == len([i for i in range(n - 1) if (ys[i] - target) * (ys[i + 1] - target) < 0]))


_CF_STMTS = [
    ("두 함수 f(x), g(x)가 x = a에서 연속이면 함수 f(x)g(x)도 x = a에서 연속이다.", True),
    ("두 함수 f(x), g(x)가 x = a에서 연속이면 함수 f(x)/g(x)도 x = a에서 연속이다.", False),
    ("함수 f(x)가 열린구간 (a, b)에서 연속이면 f(x)는 이 구간에서 최댓값을 갖는다.", False),
    ("함수 f(x)가 닫힌구간 [a, b]에서 연속이고 f(a)f(b) < 0이면 방정식 f(x) = 0은 열린구간 (a, b)에서 적어도 하나의 실근을 갖는다.", True),
    ("함수 f(x)가 닫힌구간 [a, b]에서 연속이고 f(a)f(b) > 0이면 방정식 f(x) = 0은 열린구간 (a, b)에서 실근을 갖지 않는다.", False),
    ("함수 f(x)가 닫힌구간 [a, b]에서 연속이고 f(a) < k < f(b)이면 f(c) = k인 c가 열린구간 (a, b)에 존재한다.", True),
    ("함수 f(x)가 닫힌구간 [a, b]에서 최댓값과 최솟값을 가지면 f(x)는 [a, b]에서 연속이다.", False),
    ("함수 f(x)가 닫힌구간 [a, b]에서 연속이면 f(x)는 이 구간에서 최댓값과 최솟값을 모두 갖는다.", True),
    ("두 함수 f(x), g(x)가 x = a에서 불연속이면 함수 f(x) + g(x)도 x = a에서 불연속이다.", False),
    ("함수 f(x)가 x = a에서 연속이면 함수 |f(x)|도 x = a에서 연속이다.", True),
]


@family(S104, "bogi-continuous-props")
def _c4_bogi(rng: random.Random) -> Problem:
    picks = rng.sample(_CF_STMTS, 3)
    if not any(ok for _, ok in picks):
        picks[rng.randrange(3)] = rng.choice([s for s in _CF_STMTS if s[1]])
    st = pick_style(rng)
    a, b = rng.choice([("a", "b"), ("0", "1"), ("1", "3"), ("-1", "2")])

    def rend(t: str) -> str:
        t = t.replace("a, b", f"{a}, {b}").replace("(a, b)", f"({a}, {b})").replace("x = a", f"x = {a}")
        t = t.replace("f(a)", f"f({a})").replace("f(b)", f"f({b})").replace("< k <", "< k <")
        if st == "unicode":
            t = t.replace("f(x)/g(x)", "f(x)/g(x)")
        elif st == "latex":
            t = t.replace("f(x)/g(x)", "$\\frac{f(x)}{g(x)}$").replace("|f(x)|", "$|f(x)|$")
        return t
    stmts = [(rend(t), ok) for t, ok in picks]
    block, ch = bogi(rng, stmts)
    text = f"{bogi_question(rng)}{exam_points(rng, 3)}\n{block}\n{ch.block}"
    truth = [ok for _, ok in picks]
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["연속함수", "최대⋅최소 정리", "사잇값 정리"], choice=ch,
                   check=lambda: ch.options[ch.correct] == ", ".join(lab for lab, ok in zip("ㄱㄴㄷ", truth, strict=True) if ok))


_IVT_CTX = [
    ("기온", "°C", "오전 {t1}시", "오후 {t2}시", (3, 15), (18, 31)),
    ("물의 온도", "°C", "가열을 시작한 지 {t1}분 후", "{t2}분 후", (20, 35), (70, 95)),
    ("드론의 높이", "m", "출발한 지 {t1}초 후", "{t2}초 후", (5, 20), (40, 80)),
    ("수조의 수위", "cm", "물을 넣기 시작한 지 {t1}분 후", "{t2}분 후", (10, 25), (40, 70)),
]


@family(S104, "ivt-real-context")
def _c4_context(rng: random.Random) -> Problem:
    what, unit, p1, p2, r1, r2 = rng.choice(_IVT_CTX)
    t1 = rng.randint(1, 8)
    t2 = t1 + rng.randint(2, 6)
    v1 = rng.randint(*r1)
    v2 = rng.randint(*r2)
    if rng.random() < 0.5:
        v1, v2 = v2, v1
    lo, hi = min(v1, v2), max(v1, v2)
    target = rng.randint(lo + 1, hi - 1)
    who = name(rng)
    t1s, t2s = p1.format(t1=t1), p2.format(t2=t2)
    if "오후" in t2s and t2 > 12:
        t2s = f"오후 {t2 - 12}시"
    elif "오후" in t2s:
        t2s = f"오전 {t2}시" if t2 < 12 else "낮 12시"
    kind = rng.randrange(2)
    wt = josa(what, "이/가")
    if kind == 0:
        text = (f"{josa(who, '이/가')} 측정한 {wt} {t1s}에는 {v1} {unit}, {t2s}에는 {v2} {unit}였다. {wt} 시간에 따라 연속적으로 변한다고 할 때, "
                f"두 시각 사이에 {what}의 값이 정확히 {target} {unit}인 순간이 적어도 한 번 있음을 수학적 근거를 들어 설명하시오.")
        return Problem(text=text, answer=f"사잇값 정리: {lo} < {target} < {hi}이므로 적어도 한 번 존재한다.", format="proof",
                       difficulty=3, achievement_level="A", concepts=["사잇값 정리", "연속"],
                       check=lambda: lo < target < hi)
    cands = sorted({lo - 3, lo + 1, (lo + hi) // 2, hi - 1, hi + 2, hi + 5, lo - 1})
    inside = [c for c in cands if lo < c < hi]
    text = (f"{what}(단위: {unit}){wt[len(what):]} 시간에 따라 연속적으로 변하고 {t1s}에 {v1}, {t2s}에 {v2}이다. 다음 값 중에서 두 시각 사이에 {what}의 값으로 "
            f"반드시 나타나는 것을 모두 고르시오.\n" + ", ".join(str(c) for c in cands))
    return Problem(text=text, answer=", ".join(str(c) for c in inside), format="word", difficulty=2, achievement_level="C",
                   concepts=["사잇값 정리", "연속"], check=lambda: all(lo < c < hi for c in inside) and len(inside) >= 1)


@family(S104, "ivt-two-functions")
def _c4_twofun(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(50):
        fc = [1, 0, rng.randint(-3, 3), rng.randint(-3, 3)]
        gc = [rng.randint(-3, 3), rng.randint(-4, 4)]
        hc = [fc[0], fc[1], fc[2] - gc[0], fc[3] - gc[1]]
        a = rng.randint(-2, 1)
        b = a + rng.choice([1, 2])
        ha, hb = _ev(hc, a), _ev(hc, b)
        if ha * hb < 0:
            break
    else:
        fc, gc, hc, a, b = [1, 0, 0, 0], [1, 1], [1, 0, -1, -1], 1, 2
        ha, hb = _ev(hc, a), _ev(hc, b)
    text = rng.choice([
        f"두 함수 {_t('f(x) = ' + _p(fc), st)}, {_t('g(x) = ' + _p(gc), st)}에 대하여 방정식 f(x) = g(x)가 열린구간 ({a}, {b})에서 "
        f"적어도 하나의 실근을 가짐을 보이려고 한다. h(x) = f(x) - g(x)라 할 때, h({a})와 h({b})의 값을 각각 구하고 결론을 설명하시오.",
        f"곡선 {_jt('y = ' + _p(fc), st, '과/와')} 직선 {_jt('y = ' + _p(gc), st, '이/가')} {a} < x < {b}인 범위에서 적어도 한 점에서 만남을 보이시오. "
        f"(단, 두 식의 차로 만든 함수의 x = {a}, x = {b}에서의 함숫값을 구하여 이용하시오.)",
    ])
    return Problem(text=text, answer=f"h({a}) = {ha}, h({b}) = {hb}, 부호가 다르므로 사잇값 정리에 의해 실근이 존재한다.",
                   format="proof", difficulty=3, achievement_level="B", concepts=["사잇값 정리", "연속함수"],
                   check=lambda: (_expr(fc) - _expr(gc)).subs(X, a) == ha and (_expr(fc) - _expr(gc)).subs(X, b) == hb and ha * hb < 0)


@family(S104, "open-interval-maxmin")
def _c4_open(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    h = rng.randint(-2, 2)
    sgn = rng.choice([1, -1])
    k = rng.randint(-3, 4)
    cs = [sgn, -2 * sgn * h, sgn * h * h + k]
    a = h - rng.randint(0, 3)
    b = h + rng.randint(1, 3)
    closed_left = rng.random() < 0.3
    va, vb = _ev(cs, a), _ev(cs, b)
    # attained values: vertex (if a < h < b, or h == a with closed left), endpoint a if closed
    attained = []
    if a < h < b or (h == a and closed_left):
        attained.append(k)
    if closed_left:
        attained.append(va)
    sup_all = max(va, vb, k) if a < h < b or h == a else max(va, vb)
    inf_all = min(va, vb, k) if a < h < b or h == a else min(va, vb)
    M = sup_all if sup_all in attained else None
    m = inf_all if inf_all in attained else None
    iv = _t(("[" if closed_left else "(") + f"{a}, {b})", st)
    kind_name = "반열린구간" if closed_left else "열린구간"
    text = rng.choice([f"{kind_name} {iv}에서 함수 {_t(fn + '(x) = ' + _p(cs), st)}의 최댓값과 최솟값을 조사하시오. (존재하지 않으면 '없다'라고 쓰시오.)",
                       f"함수 {_t(fn + '(x) = ' + _p(cs), st)}의 {kind_name} {iv}에서의 최댓값과 최솟값을 구하시오. 존재하지 않는 것은 '없다'로 답하시오."])
    ans = f"최댓값 {M if M is not None else '없다'}, 최솟값 {m if m is not None else '없다'}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="B",
                   concepts=["최대⋅최소 정리", "열린구간", "반닫힌(반열린) 구간"],
                   check=lambda: sp.Interval(a, b, not closed_left, True).contains(h) == (a < h < b or (h == a and closed_left)))


# ================================================================================================
# 12미적Ⅰ-02-01 미분계수 (평균변화율, 순간변화율, 미분계수의 정의와 기하적 의미)
# ================================================================================================
def _rand_poly(rng: random.Random, deg: int, lead=None) -> list:
    lead = lead if lead is not None else rng.choice([1, 1, 2, -1, 3])
    return [lead] + [rng.randint(-4, 4) for _ in range(deg)]


@family(S201, "average-rate")
def _d1_avg(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    cs = _rand_poly(rng, rng.choice([2, 2, 3]))
    a = rng.randint(-2, 2)
    b = a + rng.choice([1, 2, 3, 4])
    val = R(_ev(cs, b) - _ev(cs, a), b - a)
    ftex = f"{fn}(x) = {_p(cs)}"
    text = rng.choice([
        f"함수 {_t(ftex, st)}에서 x의 값이 {a}에서 {b}까지 변할 때의 평균변화율을 {_end(rng)}",
        f"함수 {_t('y = ' + _p(cs), st)}에 대하여 닫힌구간 [{a}, {b}]에서의 평균변화율은?",
        f"x의 값이 {a}에서 {b}까지 변할 때, 함수 {_t(ftex, st)}의 평균변화율을 {_end(rng)}",
        f"함수 {_t(ftex, st)}의 그래프 위의 두 점 ({a}, {fn}({a})), ({b}, {fn}({b}))를 지나는 직선의 기울기를 {_end(rng)}",
    ])
    return Problem(text=text, answer=_q(val), format="computation", difficulty=1, achievement_level="E",
                   concepts=["평균변화율", "증분"],
                   check=lambda: (_expr(cs).subs(X, b) - _expr(cs).subs(X, a)) / (b - a) == val)


@family(S201, "derivative-by-definition")
def _d1_def(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "f", "g"])
    cs = _rand_poly(rng, rng.choice([2, 2, 3]))
    a = rng.randint(-2, 3)
    val = _ev(_dcoef(cs), a)
    ftex = f"{fn}(x) = {_p(cs)}"
    dname = f"{fn}'({a})"
    defn = dname + " = \\lim_{h \\to 0} " + f"\\frac{{{fn}({a} + h) - {fn}({a})}}{{h}}"
    text = rng.choice([
        f"미분계수의 정의를 이용하여 함수 {_t(ftex, st)}의 x = {a}에서의 미분계수를 {_end(rng)}",
        f"함수 {_t(ftex, st)}에 대하여 {_t(dname, st)}의 값을 정의에 따라 {_end(rng)}",
        f"함수 {_t(ftex, st)}의 x = {a}에서의 순간변화율을 {_end(rng)}",
        f"다음을 이용하여 {_t(dname, st)}의 값을 구하시오.\n{_t(defn, st)}, {_t(ftex, st)}",
    ])
    text = text.replace("+ -", "- ")
    h = sp.Symbol("h")
    d = 2 if len(cs) == 3 else 3
    return Problem(text=text, answer=str(val), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["미분계수", "순간변화율"],
                   check=lambda: sp.limit(sp.expand(_expr(cs).subs(X, a + h) - _expr(cs).subs(X, a)) / h, h, 0) == val)


@family(S201, "limit-form-mcq")
def _d1_form(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "f", "g"])
    a = rng.randint(-2, 3)
    k = _nz(rng, -5, 6)
    kind = rng.randrange(3)
    H = "\\lim_{h \\to 0}"
    if kind == 0:
        p, q = rng.choice([(2, 0), (3, 0), (1, -1), (2, -1), (3, -2), (1, -2), (2, 1), (-1, 0)])
        arg1 = f"{a} + {p}h" if p > 0 else f"{a} - {-p}h"
        arg1 = arg1.replace(" 1h", " h")
        arg2 = str(a) if q == 0 else (f"{a} + {q}h" if q > 0 else f"{a} - {-q}h").replace(" 1h", " h")
        ex = f"{H} \\frac{{{fn}({arg1}) - {fn}({arg2})}}{{h}}"
        val = sp.Integer((p - q) * k)
        wrongs = [k * p, k * (p + q), k * (q - p), k, 2 * k * (p - q)]
    elif kind == 1:
        m = rng.choice([2, 3])
        ex = f"{H} \\frac{{{fn}({a} + {m}h) - {fn}({a})}}{{{m * rng.choice([1, 2])}h}}"
        den = int(re.search(r"\{(\d+)h\}$", ex).group(1))
        val = R(m * k, den)
        wrongs = [k, m * k, R(k, den), R(k, m), k * den]
    else:
        if a == 0:
            a = 1
        ex = f"\\lim_{{x \\to {a}}} \\frac{{{fn}(x) - {fn}({a})}}{{{_p([1, 0, -a * a])}}}"
        val = R(k, 2 * a)
        wrongs = [k, 2 * a * k, R(k, a), R(k, 2), -val]
    cond = f"{fn}'({a}) = {k}"
    d = 3
    stem = rng.choice([f"다항함수 {fn}(x)에 대하여 {_t(cond, st)}일 때, {_t(ex, st)}의 값은?{exam_points(rng, d)}",
                       f"미분가능한 함수 {fn}(x)가 {_jt(cond, st, '을/를')} 만족시킬 때, {_t(ex, st)}의 값은?{exam_points(rng, d)}"])
    ch = _numopts(rng, val, wrongs, st)
    F = sp.Function("F")
    hh = sp.Symbol("h")

    def chk() -> bool:
        # model function with the right derivative: F(x) = k(x - a) + (x - a)^2
        model = k * (X - a) + (X - a) ** 2
        if kind == 2:
            return sp.limit((model - model.subs(X, a)) / (X**2 - a * a), X, a) == val
        inner = re.findall(r"\((.*?)\)", ex.split("frac")[1])
        e1, e2 = (sp.sympify(s_.replace("h", "*hh").replace(" ", "").lstrip("*").replace("+*", "+").replace("-*", "-"),
                             locals={"hh": hh}) for s_ in inner[:2])
        den = sp.sympify(re.search(r"\}\{(.*?)\}$", ex).group(1).replace("h", "*hh").lstrip("*") or "1", locals={"hh": hh})
        return sp.limit((model.subs(X, e1) - model.subs(X, e2)) / den, hh, 0) == val
    _ = F
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level="C",
                   concepts=["미분계수"], choice=ch, check=chk)


_RATE_CTX = [
    ("어느 풍선에 공기를 넣기 시작한 지 t초 후 풍선의 부피가 V(t) = {p} (cm³)", "V", "cm³/초", "초", "부피"),
    ("어느 공장에서 제품 x개를 만드는 데 드는 비용이 C(x) = {p} (만 원)", "C", "만 원/개", "개", "비용"),
    ("어느 물탱크에 물을 넣기 시작한 지 t분 후 물의 양이 W(t) = {p} (L)", "W", "L/분", "분", "물의 양"),
    ("실험실에서 배양을 시작한 지 t시간 후 세균의 수가 N(t) = {p} (천 마리)", "N", "천 마리/시간", "시간", "세균의 수"),
    ("어느 금속 막대를 가열하기 시작한 지 t분 후 온도가 T(t) = {p} (°C)", "T", "°C/분", "분", "온도"),
]


@family(S201, "instant-rate-context")
def _d1_context(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ctx, fn, unit, _tu, what = rng.choice(_RATE_CTX)
    v = "x" if fn == "C" else "t"
    cs = [rng.choice([1, 2, 3]), rng.randint(0, 6), rng.randint(1, 30)]
    if rng.random() < 0.3:
        cs = [1, rng.randint(0, 3), rng.randint(0, 5), rng.randint(1, 20)]
    t0 = rng.randint(1, 6)
    val = _ev(_dcoef(cs), t0)
    ptxt = _t(_p(cs, v), st)
    utail = re.search(r"\(([^()]*)\)$", ctx).group(1)
    ra = josa("1 " + utail, "이라/라")[len(utail) + 2:]
    kind = rng.randrange(2)
    if kind == 0:
        text = (f"{ctx.format(p=ptxt)}{ra} 한다. {v} = {t0}일 때 {what}의 순간변화율을 {_end(rng)} (단위: {unit})")
        ans = str(val)
    else:
        t1 = t0 + rng.choice([1, 2])
        avg = R(_ev(cs, t1) - _ev(cs, t0), t1 - t0)
        text = (f"{ctx.format(p=ptxt)}{ra} 한다. {v}의 값이 {t0}에서 {t1}까지 변할 때 {what}의 평균변화율과 {v} = {t0}에서의 순간변화율을 차례로 {_end(rng)}")
        ans = f"{_q(avg)}, {val}"
    ex = _expr(cs)
    return Problem(text=text, answer=ans, format="word", difficulty=2 + kind,
                   achievement_level="D" if kind == 0 else "C", concepts=["순간변화율", "평균변화율", "미분계수"],
                   check=lambda: sp.diff(ex, X).subs(X, t0) == val)


@family(S201, "tangent-slope-meaning")
def _d1_geom(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cs = _rand_poly(rng, rng.choice([2, 3]))
    a = rng.randint(-2, 2)
    b = a + rng.choice([1, 2])
    fa = _ev(cs, a)
    slope_sec = R(_ev(cs, b) - fa, b - a)
    slope_tan = _ev(_dcoef(cs), a)
    kind = rng.randrange(2)
    if kind == 0:
        text = (f"곡선 {_t('y = ' + _p(cs), st)} 위의 점 P({a}, {fa})에서의 접선의 기울기를 미분계수의 정의를 이용하여 {_end(rng)}")
        ans = str(slope_tan)
    else:
        text = (f"곡선 {_t('y = ' + _p(cs), st)} 위의 두 점 A({a}, {fa}), B({b}, {_ev(cs, b)})에 대하여 직선 AB의 기울기를 m₁, "
                f"점 A에서의 접선의 기울기를 m₂라 할 때, m₁, m₂의 값을 {_end(rng)} 또 점 B가 곡선을 따라 점 A에 한없이 가까워질 때 "
                f"직선 AB의 기울기는 어떤 값에 가까워지는지 말하시오.")
        ans = f"m₁ = {_q(slope_sec)}, m₂ = {slope_tan}, {slope_tan}에 가까워진다"
    ex = _expr(cs)
    return Problem(text=text, answer=ans, format="computation" if kind == 0 else "word", difficulty=2 + kind,
                   achievement_level="D" if kind == 0 else "C", concepts=["미분계수", "평균변화율"], also=[S205],
                   check=lambda: sp.diff(ex, X).subs(X, a) == slope_tan and (ex.subs(X, b) - ex.subs(X, a)) / (b - a) == slope_sec)


@family(S201, "rate-table-data")
def _d1_table(rng: random.Random) -> Problem:
    what, unit, tu = rng.choice([("저수지의 수위", "m", "시"), ("식물의 키", "cm", "주"), ("누적 강수량", "mm", "시"),
                                 ("어느 도시의 인구", "만 명", "년"), ("자동차 배터리 충전량", "%", "분")])
    ts = sorted(rng.sample(range(0, 13), 5))
    vals = sorted(rng.sample(range(10, 120), 5))
    i, j = sorted(rng.sample(range(5), 2))
    avg = R(vals[j] - vals[i], ts[j] - ts[i])
    lab = {"시": "시각(시)", "주": "경과 시간(주)", "년": "경과 시간(년)", "분": "경과 시간(분)"}[tu]
    table = f"{lab} | " + " | ".join(map(str, ts)) + f"\n{what}({unit}) | " + " | ".join(map(str, vals))
    per = {"시": "시간", "주": "주", "년": "년", "분": "분"}[tu]
    text = rng.choice([
        f"다음은 {what}을 측정하여 나타낸 표이다.\n{table}\n{ts[i]}{tu}부터 {ts[j]}{tu}까지 {what}의 평균변화율을 구하시오. (단위: {unit}/{per})",
        f"{what}의 변화를 조사한 표가 다음과 같다.\n{table}\n{ts[i]}{tu}에서 {ts[j]}{tu}까지의 평균변화율은 얼마인가?",
    ]).replace(f"{what}을", josa(what, "을/를"))
    return Problem(text=text, answer=_q(avg), format="data", difficulty=1, achievement_level="E",
                   concepts=["평균변화율", "증분"], check=lambda: sp.Rational(vals[j] - vals[i]) / (ts[j] - ts[i]) == avg)


@family(S201, "increment-fill")
def _d1_increment(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c2 = rng.choice([1, 2, -1, 3])
    c1 = rng.randint(-4, 4)
    c0 = rng.randint(-3, 3)
    a = rng.choice([-2, -1, 1, 2, 3])
    cs = [c2, c1, c0]
    lin = 2 * c2 * a + c1  # Δy/Δx = lin + c2 Δx
    dv = "\\Delta x"
    dy = _p([c2, lin, 0], "@").replace("@^{2}", "(\\Delta x)^{2}").replace("@", dv)
    dyx = _p([c2, lin], dv)
    ftex = _p(cs)
    text = rng.choice([
        f"함수 {_t('y = ' + ftex, st)}에서 x의 값이 {a}에서 {a} + Δx까지 변할 때, 다음 □ 안에 알맞은 식 또는 수를 써넣으시오.\n"
        f"Δy = □,  Δy/Δx = □,  x = {a}에서의 미분계수 = □",
        f"함수 {_t('f(x) = ' + ftex, st)}에 대하여 x의 증분이 Δx일 때 x = {a}에서의 y의 증분 Δy와 평균변화율 Δy/Δx를 Δx에 대한 식으로 나타내고, "
        f"Δx → 0일 때 Δy/Δx의 극한값을 {_end(rng)}",
    ])
    ans = f"{_t(dy, 'plain')}, {_t(dyx, 'plain')}, {lin}"
    D = sp.Symbol("D")
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "computation", difficulty=2, achievement_level="D",
                   concepts=["증분", "평균변화율", "미분계수"],
                   check=lambda: sp.expand(_expr(cs).subs(X, a + D) - _expr(cs).subs(X, a)) == sp.expand(c2 * D**2 + lin * D))


@family(S201, "limit-with-values")
def _d1_values(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "f", "g"])
    a = rng.choice([1, 2, 3, -1])
    fa, dfa = rng.randint(-5, 6), _nz(rng, -5, 6)
    kind = rng.randrange(3)
    xa = _p([1, -a])
    if kind == 0:
        coef = "" if a == 1 else str(abs(a))
        ex = f"\\lim_{{x \\to {a}}} \\frac{{x{fn}({a}) {'-' if a > 0 else '+'} {coef}{fn}(x)}}{{{xa}}}"
        val = fa - a * dfa
    elif kind == 1:
        ex = f"\\lim_{{x \\to {a}}} \\frac{{x^{{2}}{fn}(x) - {'' if a * a == 1 else a * a}{fn}({a})}}{{{xa}}}"
        val = 2 * a * fa + a * a * dfa
    else:
        ex = f"\\lim_{{h \\to 0}} \\frac{{\\{{{fn}({a} + h)\\}}^{{2}} - \\{{{fn}({a})\\}}^{{2}}}}{{h}}"
        val = 2 * fa * dfa
    ex = ex.replace(f"{a} + h", f"{a} + h")
    cond = f"{fn}({a}) = {fa}, {fn}'({a}) = {dfa}"
    d = 4
    text = rng.choice([f"미분가능한 함수 {fn}(x)에 대하여 {_t(cond, st)}일 때, {_t(ex, st)}의 값을 구하시오.{exam_points(rng, d)}",
                       f"다항함수 {fn}(x)가 {_jt(cond, st, '을/를')} 만족시킨다. {_t(ex, st)}의 {_end(rng, '값')}{exam_points(rng, d)}"])
    model = fa + dfa * (X - a) + 3 * (X - a) ** 2
    hh = sp.Symbol("h")

    def chk() -> bool:
        if kind == 0:
            e = (X * model.subs(X, a) - a * model) / (X - a)
            return sp.limit(e, X, a) == val
        if kind == 1:
            return sp.limit((X**2 * model - a * a * model.subs(X, a)) / (X - a), X, a) == val
        return sp.limit((model.subs(X, a + hh) ** 2 - model.subs(X, a) ** 2) / hh, hh, 0) == val
    return Problem(text=text, answer=str(val), format="computation", difficulty=d, achievement_level="B",
                   concepts=["미분계수"], check=chk)


@family(S201, "concrete-limit-as-derivative")
def _d1_concrete(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "f", "g"])
    cs = _rand_poly(rng, rng.choice([2, 3]))
    a = rng.randint(-1, 3)
    m = rng.choice([2, 3, -1, -2])
    dfa = _ev(_dcoef(cs), a)
    val = m * dfa
    arg = (f"{a} + {m}h" if m > 0 else f"{a} - {-m}h").replace(" 1h", " h")
    if a == 0:
        arg = _p([m, 0], "h")
    ex = f"\\lim_{{h \\to 0}} \\frac{{{fn}({arg}) - {fn}({a})}}{{h}}"
    ftex = f"{fn}(x) = {_p(cs)}"
    text = rng.choice([f"함수 {_t(ftex, st)}에 대하여 {_t(ex, st)}의 {_end(rng, '값')}",
                       f"함수 {_t(ftex, st)}일 때, 다음 극한값을 미분계수를 이용하여 구하시오.\n{_t(ex, st)}"])
    hh = sp.Symbol("h")
    ex_s = _expr(cs)
    d = 3
    return Problem(text=text, answer=str(val), format="computation", difficulty=d, achievement_level="C",
                   concepts=["미분계수"],
                   check=lambda: sp.limit(sp.expand(ex_s.subs(X, a + m * hh) - ex_s.subs(X, a)) / hh, hh, 0) == val)


# ================================================================================================
# 12미적Ⅰ-02-02 미분가능성과 연속성
# ================================================================================================
@family(S202, "piecewise-diff-params")
def _d2_params(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    c = rng.choice([-1, 1, 2, 0, -2])
    kind = rng.randrange(2)
    if kind == 0:  # x^2 + a x + b (x < c), m x + n (x >= c)
        m, n = _nz(rng, -4, 5), rng.randint(-4, 4)
        A = m - 2 * c
        B = m * c + n - c * c - A * c
        pieces = [("x^{2} + ax + b", f"x \\lt {c}"), (_p([m, n]), f"x \\ge {c}")]
        left = X**2 + sp.Symbol("A") * X + sp.Symbol("B")
        right = m * X + n
    else:  # x^3 + k (x <= c), a x + b (x > c)
        kk = rng.randint(-3, 3)
        A = 3 * c * c
        B = c**3 + kk - A * c
        cub = [1, 0, 0, kk]
        pieces = [(_p(cub), f"x \\le {c}"), ("ax + b", f"x \\gt {c}")]
        left = X**3 + kk
        right = sp.Symbol("A") * X + sp.Symbol("B")
    op_ = rng.choice(["+", "-", "×"])
    ans = A + B if op_ == "+" else (A - B if op_ == "-" else A * B)
    ask = {"+": "a + b", "-": "a - b", "×": "ab"}[op_]
    f = _pw(f"{fn}(x)", pieces, st)
    d = 3
    text = rng.choice([f"함수 {f}가 실수 전체의 집합에서 미분가능할 때, 두 상수 a, b에 대하여 {_t(ask, st)}의 {_end(rng, '값')}{exam_points(rng, d)}",
                       f"함수 {f}가 x = {c}에서 미분가능하도록 하는 두 상수 a, b의 값을 정하고, {_t(ask, st)}의 값을 구하시오.",
                       f"두 상수 a, b에 대하여 함수 {f}가 모든 실수 x에서 미분가능하다. {_t(ask, st)}의 값은?{exam_points(rng, d)}"])
    Asym, Bsym = sp.symbols("A B")

    def chk() -> bool:
        sol = sp.solve([left.subs(X, c) - right.subs(X, c), sp.diff(left, X).subs(X, c) - sp.diff(right, X).subs(X, c)],
                       [Asym, Bsym], dict=True)[0]
        return {"+": sol[Asym] + sol[Bsym], "-": sol[Asym] - sol[Bsym], "×": sol[Asym] * sol[Bsym]}[op_] == ans
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level="B",
                   concepts=["미분가능", "연속"], also=[S103], check=chk)


def _cd_pool(a: int) -> list[tuple[str, bool, bool]]:
    """(LaTeX-lite function, continuous at a, differentiable at a)."""
    xa = _p([1, -a])
    return [
        (f"y = \\left|{xa}\\right|", True, False),
        (f"y = ({xa})\\left|{xa}\\right|", True, True),
        (f"y = {_p([1, -2 * a, a * a + 1])}", True, True),
        (f"y = \\frac{{1}}{{{xa}}}", False, False),
        (f"y = \\left|{_p([1, 0, -a * a - 1]) if a else 'x^{2} - 1'}\\right|", True, True),
        (f"y = \\left|{_p(_mul([1, -a], [1, -a - 3]))}\\right|", True, False),
        (f"y = \\frac{{\\left|{xa}\\right|}}{{{xa}}}", False, False),
        (f"y = ({xa})^{{2}}\\left|{xa}\\right|", True, True),
    ]


@family(S202, "cont-not-diff-mcq")
def _d2_which(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "latex", "unicode", "plain"])
    a = rng.choice([0, 1, 2, -1])
    pool = _cd_pool(a)
    target = rng.choice(["cnd", "cnd", "diff"])
    if target == "cnd":
        good = [p for p in pool if p[1] and not p[2]]
        bad = [p for p in pool if not (p[1] and not p[2])]
        stem = rng.choice([f"다음 함수 중 x = {a}에서 연속이지만 미분가능하지 않은 것은?",
                           f"x = {a}에서 연속이고, x = {a}에서 미분가능하지 않은 함수는?"])
    else:
        good = [p for p in pool if p[2]]
        bad = [p for p in pool if not p[2]]
        stem = f"다음 함수 중 x = {a}에서 미분가능한 것은?"
    right = rng.choice(good)
    wrong = rng.sample(bad, 4)
    ch = choices(rng, _t(right[0], st), [_t(w[0], st) for w in wrong])
    d = 3
    expr_map = {
        0: sp.Abs(X - a), 1: (X - a) * sp.Abs(X - a), 2: (X - a) ** 2 + 1, 3: 1 / (X - a),
        4: sp.Abs(X**2 - a * a - 1) if a else sp.Abs(X**2 - 1), 5: sp.Abs((X - a) * (X - a - 3)),
        6: sp.Abs(X - a) / (X - a), 7: (X - a) ** 2 * sp.Abs(X - a),
    }
    idx = pool.index(right)
    fx = expr_map[idx]

    def chk() -> bool:
        e = 1e-6
        try:
            f0 = float(fx.subs(X, a))
        except (TypeError, ValueError):
            return False
        lo, hi = float(fx.subs(X, a - e)), float(fx.subs(X, a + e))
        cont = abs(lo - f0) < 1e-4 and abs(hi - f0) < 1e-4
        dl, dr = (f0 - lo) / e, (hi - f0) / e
        diff = cont and abs(dl - dr) < 1e-3
        return (cont and not diff) if target == "cnd" else diff
    return Problem(text=with_choices(stem + exam_points(rng, d), ch), answer=ch.label, format="mcq", difficulty=d, achievement_level="C",
                   concepts=["미분가능", "연속"], choice=ch, check=chk)


@family(S202, "one-sided-derivative-fill")
def _d2_sides(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "g"])
    c = rng.choice([0, 1, 2, -1])
    lv = rng.randint(-3, 4)
    m1 = rng.randint(-3, 3)  # slope from the left
    smooth = rng.random() < 0.4
    m2 = m1 if smooth else rng.choice([v for v in range(-4, 5) if v != m1])
    # left: quadratic through (c, lv) with slope m1 at c ; right: linear slope m2
    left = [1, m1 - 2 * c, lv - c * c - (m1 - 2 * c) * c]
    right = [m2, lv - m2 * c]
    f = _pw(f"{fn}(x)", [(_p(left), f"x \\lt {c}"), (_p(right), f"x \\ge {c}")], st)
    H = "\\lim_{h \\to 0"
    q1 = f"{H}+}} \\frac{{{fn}({c} + h) - {fn}({c})}}{{h}}".replace("(0 + h)", "(h)")
    q2 = f"{H}-}} \\frac{{{fn}({c} + h) - {fn}({c})}}{{h}}".replace("(0 + h)", "(h)")
    verdict = "미분가능하다" if smooth else "미분가능하지 않다"
    text = rng.choice([
        f"함수 {f}에 대하여 다음 □ 안에 알맞은 것을 써넣으시오.\n{_t(q1, st)} = □,  {_t(q2, st)} = □\n따라서 {fn}(x)는 x = {c}에서 □.",
        f"함수 {f}의 x = {c}에서의 우미분계수와 좌미분계수, 즉 {_jt(q1, st, '과/와')} {_t(q2, st)}의 값을 각각 구하고, x = {c}에서 미분가능한지 판정하시오.",
    ])
    hh = sp.Symbol("h")
    le, re_ = _expr(left), _expr(right)
    return Problem(text=text, answer=f"{m2}, {m1}, {verdict}", format="fill" if "□" in text else "word", difficulty=3,
                   achievement_level="C", concepts=["미분가능", "미분계수"],
                   check=lambda: sp.limit((re_.subs(X, c + hh) - re_.subs(X, c)) / hh, hh, 0, "+") == m2
                   and sp.limit((le.subs(X, c + hh) - re_.subs(X, c)) / hh, hh, 0, "-") == m1)


@family(S202, "count-nondiff-abs")
def _d2_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    kind = rng.randrange(3)
    r1, r2 = rng.sample(range(-3, 5), 2)
    if kind == 0:
        inner = _mul([1, -r1], [1, -r2])
        ans = 2
        fx = sp.Abs(_expr(inner))
    elif kind == 1:
        inner = _mul(_mul([1, -r1], [1, -r2]), [1, -r2])
        ans = 1
        fx = sp.Abs(_expr(inner))
    else:
        inner = [1, -2 * r1, r1 * r1 + rng.choice([0, 1, 3])]
        ans = 0
        fx = sp.Abs(_expr(inner))
    ftex = f"{fn}(x) = \\left|{_p(inner)}\\right|"
    text = rng.choice([f"함수 {_jt(ftex, st, '이/가')} 미분가능하지 않은 점의 개수를 {_end(rng)}",
                       f"실수 전체의 집합에서 함수 {_jt(ftex, st, '이/가')} 미분가능하지 않은 x의 값은 몇 개인가?",
                       f"함수 {_t(ftex, st)}의 그래프를 그려 미분가능하지 않은 점이 몇 개인지 {_end(rng)}"])
    roots = sp.roots(sp.Poly(_expr(inner), X))
    return Problem(text=text, answer=str(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["미분가능", "연속"],
                   check=lambda: sum(1 for r, mult in roots.items() if r.is_real and mult % 2 == 1) == ans and fx is not None)


_DC_STMTS = [
    ("함수 f(x)가 x = a에서 미분가능하면 f(x)는 x = a에서 연속이다.", True),
    ("함수 f(x)가 x = a에서 연속이면 f(x)는 x = a에서 미분가능하다.", False),
    ("함수 f(x)가 x = a에서 불연속이면 f(x)는 x = a에서 미분가능하지 않다.", True),
    ("함수 f(x) = |x|는 x = 0에서 연속이다.", True),
    ("함수 f(x) = |x|는 x = 0에서 미분가능하다.", False),
    ("함수 f(x) = x|x|는 x = 0에서 미분가능하다.", True),
    ("함수 f(x)가 x = a에서 미분가능하지 않으면 f(x)는 x = a에서 불연속이다.", False),
    ("lim_(h→0+) {f(a + h) − f(a)}/h와 lim_(h→0−) {f(a + h) − f(a)}/h가 모두 존재하면 f(x)는 x = a에서 미분가능하다.", False),
    ("다항함수는 실수 전체의 집합에서 미분가능하다.", True),
]


@family(S202, "bogi-diff-cont")
def _d2_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    picks = rng.sample(_DC_STMTS, 3)
    if not any(ok for _, ok in picks):
        picks[rng.randrange(3)] = rng.choice([s_ for s_ in _DC_STMTS if s_[1]])
    aval = rng.choice(["a", "1", "2", "-1"])

    def rend(t: str) -> str:
        t = t.replace("x = a", f"x = {aval}").replace("(a + h)", f"({aval} + h)").replace("f(a)", f"f({aval})")
        if st == "latex":
            t = t.replace("|x|", "$|x|$").replace("x$|x|$", "$x|x|$")
            t = t.replace("lim_(h→0+) {f(", "$\\lim_{h \\to 0+} \\frac{f(").replace("lim_(h→0−) {f(", "$\\lim_{h \\to 0-} \\frac{f(")
            t = re.sub(r"\)\}/h", ")}{h}$", t)
        elif st == "plain":
            t = t.replace("lim_(h→0+)", "lim(h->0+)").replace("lim_(h→0−)", "lim(h->0-)").replace("−", "-")
        return t
    stmts = [(rend(t), ok) for t, ok in picks]
    block, ch = bogi(rng, stmts)
    text = f"{'실수 a와 ' if aval == 'a' else ''}함수 f(x)에 대하여 {bogi_question(rng)}{exam_points(rng, 3)}\n{block}\n{ch.block}"
    truth = [ok for _, ok in picks]
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["미분가능", "연속"], choice=ch,
                   check=lambda: ch.options[ch.correct] == ", ".join(lab for lab, ok in zip("ㄱㄴㄷ", truth, strict=True) if ok))


@family(S202, "proof-diff-implies-cont")
def _d2_proof(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "g"])
    a = rng.choice(["a", "a", "1", "2"])
    kind = rng.randrange(4)
    if kind == 2:
        H = "\\lim_{h \\to 0}"
        line = f"{H} \\{{{fn}({a} + h) - {fn}({a})\\}} = {H} \\frac{{{fn}({a} + h) - {fn}({a})}}{{h}} \\times h"
        text = (rng.choice([f"다음은 미분가능한 함수는 연속임을 보이는 과정이다. (가), (나), (다)에 알맞은 것을 {_end(rng, '쓰')}\n",
                            f"함수 {fn}(x)가 x = {a}에서 미분가능할 때, 다음 과정의 (가), (나), (다)를 채우시오.\n"])
                + f"{_t(line, st)} = (가) × (나) = 0\n즉, {_t(H + f' {fn}({a} + h)', st)} = (다)이므로 {fn}(x)는 x = {a}에서 연속이다.")
        return Problem(text=text, answer=f"(가) {fn}'({a}), (나) 0, (다) {fn}({a})", format="fill", difficulty=3,
                       achievement_level="B", concepts=["미분가능", "연속", "미분계수"], check=lambda: True)
    if kind == 3:
        c = rng.choice([0, 1, 2, -1])
        lv = rng.randint(-3, 3)
        jump = rng.choice([1, 2, -1, 3])
        fpw = _pw(f"{fn}(x)", [(_p([1, lv - c]), f"x \\lt {c}"), (_p([1, lv + jump - c]), f"x \\ge {c}")], st)
        text = rng.choice([f"함수 {fpw}가 x = {c}에서 미분가능하지 않음을, 미분가능성과 연속성의 관계를 이용하여 설명하시오.",
                           f"{josa(name(rng), '은/는')} 함수 {fpw}의 그래프가 x = {c}의 양쪽에서 기울기가 모두 1이므로 x = {c}에서 미분가능하다고 말하였다. 이 말이 옳은지 판단하고 이유를 설명하시오."])
        return Problem(text=text, answer=f"좌극한 {lv}, 우극한 {lv + jump}로 x = {c}에서 불연속이므로 미분가능하지 않다.", format="proof",
                       difficulty=3, achievement_level="A", concepts=["미분가능", "연속", "불연속"],
                       check=lambda: sp.limit(X + lv - c, X, c, "-") != sp.limit(X + lv + jump - c, X, c, "+"))
    if kind == 0:
        line = (f"{_lim(a)} \\{{{fn}(x) - {fn}({a})\\}} = {_lim(a)} \\frac{{{fn}(x) - {fn}({a})}}{{x - {a}}} \\times (x - {a})")
        dq = _lim(a) + f" \\frac{{{fn}(x) - {fn}({a})}}{{x - {a}}}"
        lf = _lim(a) + f" {fn}(x)"
        text = (f"다음은 함수 {fn}(x)가 x = {a}에서 미분가능하면 x = {a}에서 연속임을 증명하는 과정이다. (가), (나), (다)에 알맞은 것을 쓰시오.\n"
                f"{fn}(x)가 x = {a}에서 미분가능하므로 {_t(dq, st)} = (가) 이다.\n"
                f"{_t(line, st)} = (가) × (나) = 0\n따라서 {_t(lf, st)} = (다) 이므로 {fn}(x)는 x = {a}에서 연속이다.")
        ans = f"(가) {fn}'({a}), (나) 0, (다) {fn}({a})"
        return Problem(text=text, answer=ans, format="fill", difficulty=3,
                       achievement_level="B", concepts=["미분가능", "연속", "미분계수"], check=lambda: True)
    b = rng.choice([0, 1, -1, 2])
    xb = _p([1, -b])
    text = rng.choice([
        f"'함수가 x = {b}에서 연속이면 x = {b}에서 미분가능하다.'는 명제가 거짓임을 함수 {_jt(f'y = |{xb}|', st, '을/를')} 예로 들어 설명하시오.",
        f"함수 {_jt(f'{fn}(x) = |{xb}|', st, '이/가')} x = {b}에서 연속이지만 미분가능하지 않음을 좌극한, 우극한과 좌미분계수, 우미분계수를 각각 구하여 보이시오.",
    ])
    return Problem(text=text, answer=f"x = {b}에서 극한값과 함숫값이 0으로 같아 연속이지만, 우미분계수 1, 좌미분계수 -1로 달라 미분가능하지 않다.",
                   format="proof", difficulty=3, achievement_level="A", concepts=["미분가능", "연속"],
                   check=lambda: sp.limit(sp.Abs(X - b) / (X - b), X, b, "+") == 1 and sp.limit(sp.Abs(X - b) / (X - b), X, b, "-") == -1)


@family(S202, "product-abs-diff")
def _d2_product(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    a = rng.choice([-2, -1, 1, 2, 3])
    kind = rng.randrange(2)
    if kind == 0:
        other = rng.choice([v for v in range(-4, 5) if v not in (a, 0)])
        # (x^2 + k x + c)|x - a| with x^2 + kx + c = (x - a)(x - other)
        k = -(a + other)
        cc = a * other
        ftex = f"{fn}(x) = (x^{{2}} + kx {'+' if cc >= 0 else '-'} {abs(cc)})\\left|{_p([1, -a])}\\right|"
        ans = k
        text = rng.choice([f"함수 {_jt(ftex, st, '이/가')} 실수 전체의 집합에서 미분가능할 때, 상수 k의 {_end(rng, '값')}{exam_points(rng, 4)}",
                           f"함수 {_jt(ftex, st, '이/가')} x = {a}에서 미분가능하도록 하는 상수 k의 {_end(rng, '값')}"])
        K = sp.Symbol("K")
        chk = lambda: sp.solve((X**2 + K * X + cc).subs(X, a), K) == [ans]  # noqa: E731
    else:
        ftex = f"{fn}(x) = (x - k)\\left|{_p([1, -a])}\\right|"
        ans = a
        text = rng.choice([f"함수 {_jt(ftex, st, '이/가')} 모든 실수 x에서 미분가능하도록 하는 상수 k의 {_end(rng, '값')}",
                           f"상수 k에 대하여 함수 {_jt(ftex, st, '이/가')} 실수 전체의 집합에서 미분가능할 때, k의 {_end(rng, '값')}"])
        hh = sp.Symbol("h")
        fx = (X - ans) * sp.Abs(X - a)
        chk = lambda: sp.limit((fx.subs(X, a + hh) - fx.subs(X, a)) / hh, hh, 0, "+") == sp.limit(  # noqa: E731
            (fx.subs(X, a + hh) - fx.subs(X, a)) / hh, hh, 0, "-")
    return Problem(text=text, answer=str(ans), format="computation", difficulty=4, achievement_level="B",
                   concepts=["미분가능"], check=chk)


@family(S202, "breakpoints-count-data")
def _d2_breaks(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    pts = sorted(rng.sample(range(-3, 5), rng.choice([2, 3])))
    kinds = [rng.choice(["jump", "corner", "smooth"]) for _ in pts]
    if all(kd == "smooth" for kd in kinds):
        kinds[rng.randrange(len(kinds))] = rng.choice(["jump", "corner"])
    pieces = []
    # build piece by piece: each piece linear  m x + n, or quadratic x^2 + ... ; start with random line
    cur = [_nz(rng, -2, 2), rng.randint(-3, 3)]
    seq = [cur]
    for p_, kd in zip(pts, kinds, strict=True):
        v = _ev(cur, p_)
        slope = _ev(_dcoef(cur), p_)
        if kd == "smooth":
            nxt = [1, slope - 2 * p_, v - p_ * p_ - (slope - 2 * p_) * p_]  # quadratic, same value & slope
            if len(cur) == 3:
                nxt = [slope, v - slope * p_]
        elif kd == "corner":
            m = rng.choice([u for u in range(-3, 4) if u != slope])
            nxt = [m, v - m * p_]
        else:
            m = rng.randint(-2, 2)
            nxt = [m, v + rng.choice([1, 2, -1, -2]) - m * p_]
        seq.append(nxt)
        cur = nxt
    for i, cs in enumerate(seq):
        if i == 0:
            cond = f"x \\lt {pts[0]}"
        elif i == len(seq) - 1:
            cond = f"x \\ge {pts[-1]}"
        else:
            cond = f"{pts[i - 1]} \\le x \\lt {pts[i]}"
        pieces.append((_p(cs), cond))
    f = _pw(f"{fn}(x)", pieces, st)
    m_disc = sum(1 for kd in kinds if kd == "jump")
    n_nd = sum(1 for kd in kinds if kd != "smooth")
    ask = rng.randrange(2)
    d = 4
    if ask == 0:
        text = (f"함수 {f}에 대하여 {fn}(x)가 불연속인 x의 값의 개수를 m, 미분가능하지 않은 x의 값의 개수를 n이라 할 때, m + n의 값을 구하시오.{exam_points(rng, d)}")
        ans = str(m_disc + n_nd)
    else:
        text = f"함수 {f}가 연속이지만 미분가능하지 않은 x의 값을 모두 {_end(rng)} (없으면 '없다'라고 쓰시오.)"
        cs_pts = [p_ for p_, kd in zip(pts, kinds, strict=True) if kd == "corner"]
        ans = ", ".join(f"x = {p_}" for p_ in cs_pts) or "없다"

    def chk() -> bool:
        md = nd = 0
        corners = []
        for i, p_ in enumerate(pts):
            lft, rgt = _expr(seq[i]), _expr(seq[i + 1])
            cont = lft.subs(X, p_) == rgt.subs(X, p_)
            same = sp.diff(lft, X).subs(X, p_) == sp.diff(rgt, X).subs(X, p_)
            md += not cont
            nd += not (cont and same)
            if cont and not same:
                corners.append(p_)
        if ask == 0:
            return str(md + nd) == ans
        return (", ".join(f"x = {p_}" for p_ in corners) or "없다") == ans
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="B",
                   concepts=["미분가능", "연속", "불연속"], also=[S103], check=chk)


@family(S202, "judge-cont-diff")
def _d2_judge(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    c = rng.choice([0, 1, 2, -1])
    case = rng.choice(["both", "cont-only", "neither"])
    lv = rng.randint(-3, 3)
    m1 = rng.randint(-3, 3)
    left = [1, m1 - 2 * c, lv - c * c - (m1 - 2 * c) * c]
    if case == "both":
        right = [m1, lv - m1 * c]
    elif case == "cont-only":
        m2 = rng.choice([v for v in range(-4, 5) if v != m1])
        right = [m2, lv - m2 * c]
    else:
        right = [m1, lv + rng.choice([1, -1, 2]) - m1 * c]
    f = _pw(f"{fn}(x)", [(_p(left), f"x \\lt {c}"), (_p(right), f"x \\ge {c}")], st)
    ans = {"both": "연속이고 미분가능하다", "cont-only": "연속이지만 미분가능하지 않다", "neither": "불연속이고 미분가능하지 않다"}[case]
    text = rng.choice([f"함수 {f}의 x = {c}에서의 연속성과 미분가능성을 조사하시오.",
                       f"함수 {f}가 x = {c}에서 연속인지, 미분가능한지 각각 판정하고 그 이유를 쓰시오."])
    le, re_ = _expr(left), _expr(right)

    def chk() -> bool:
        cont = le.subs(X, c) == re_.subs(X, c)
        diff = cont and sp.diff(le, X).subs(X, c) == sp.diff(re_, X).subs(X, c)
        return {"both": cont and diff, "cont-only": cont and not diff, "neither": not cont}[case]
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["미분가능", "연속"], also=[S103], check=chk)


# ================================================================================================
# 12미적Ⅰ-02-03 함수 y = x^n (n은 양의 정수)의 도함수
# ================================================================================================
def _xn(n: int) -> str:
    return "x" if n == 1 else f"x^{{{n}}}"


def _dnot(rng: random.Random, fx: str, fn: str = "y") -> tuple[str, str]:
    """(statement defining the function, how its derivative is asked) in one of the textbook notations."""
    kind = rng.randrange(4)
    if kind == 0:
        return f"y = {fx}", "y'"
    if kind == 1:
        return f"y = {fx}", "\\frac{dy}{dx}"
    if kind == 2:
        return f"{fn}(x) = {fx}", f"{fn}'(x)"
    return fx, f"\\frac{{d}}{{dx}}({fx})"


@family(S203, "xn-derivative-direct")
def _x_direct(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 20])
    const = rng.random() < 0.12
    fx = str(rng.randint(2, 9)) if const else _xn(n)
    ans = "0" if const else _pa([n] + [0] * (n - 1)) if n > 1 else "1"
    dfn, dask = _dnot(rng, fx, rng.choice(["f", "g"]))
    text = rng.choice([f"다음 함수를 미분하시오.\n{_t(dfn, st)}",
                       f"함수 {_t(dfn, st)}의 도함수를 {_end(rng)}" if "=" in dfn else f"{_jt(dask, st, '을/를')} 구하시오.",
                       f"{_t(dask, st)}의 식을 {_end(rng)} (단, {_t(dfn, st)})" if "=" in dfn else f"{_jt(dask, st, '을/를')} 계산하시오."])
    ex = sp.Integer(int(fx)) if const else X**n
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["도함수"], check=lambda: sp.expand(sp.diff(ex, X) - sp.sympify(ans.replace("^", "**").replace("x", "*x").lstrip("*")
                                                                                        .replace("(*x", "(x"), locals={"x": X})) == 0)


@family(S203, "xn-definition-fill")
def _x_def(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([2, 3, 3, 4])
    fn = rng.choice(["f", "g"])
    # (x+h)^n - x^n = sum_{k>=1} C(n,k) x^{n-k} h^k
    terms = []
    for k in range(1, n + 1):
        c = sp.binomial(n, k)
        xpart = "" if n - k == 0 else ("x" if n - k == 1 else f"x^{{{n - k}}}")
        hpart = "h" if k == 1 else f"h^{{{k}}}"
        terms.append(f"{'' if c == 1 else c}{xpart}{hpart}")
    expand = " + ".join(terms)
    after = " + ".join(t_.replace("h^{2}", "h").replace("h^{3}", "h^{2}").replace("h^{4}", "h^{3}") if i else t_.replace("h", "")
                       for i, t_ in enumerate(terms))
    if rng.random() < 0.35:  # numeric point version: f'(a) from the definition
        a = rng.choice([1, 2, 3, -1, -2]) if n <= 3 else rng.choice([1, 2, -1])
        qa = sp.Poly(sp.expand(((a + X) ** n - a**n) / X), X).all_coeffs()  # in h (named X here)
        body = _p([int(c_) for c_ in qa], "h")
        val = n * a ** (n - 1)
        ap = f"({a})" if a < 0 else str(a)
        lines = [f"{fn}'({a}) = \\lim_{{h \\to 0}} \\frac{{({a} + h)^{{{n}}} - {ap}^{{{n}}}}}{{h}}", f"= \\lim_{{h \\to 0}} ({body})", "= (가)"]
        text = rng.choice([f"다음은 미분계수의 정의를 이용하여 함수 {_t(f'{fn}(x) = x^{{{n}}}', st)}의 x = {a}에서의 미분계수를 구하는 과정이다. (가)에 알맞은 수를 {_end(rng, '쓰')}\n",
                           f"함수 {_t(f'{fn}(x) = x^{{{n}}}', st)}에 대하여 다음 과정의 (가)에 알맞은 수를 구하시오.\n"])
        text += "\n".join(_t(ln, st) for ln in lines)
        hh = sp.Symbol("h")
        return Problem(text=text, answer=str(val), format="fill", difficulty=2, achievement_level="D", concepts=["도함수", "미분계수"],
                       check=lambda: sp.limit(((a + hh) ** n - a**n) / hh, hh, 0) == val)
    blank = rng.randrange(3)
    lines = [f"{fn}'(x) = \\lim_{{h \\to 0}} \\frac{{(x + h)^{{{n}}} - x^{{{n}}}}}{{h}}",
             f"= \\lim_{{h \\to 0}} \\frac{{{expand}}}{{h}}",
             f"= \\lim_{{h \\to 0}} ({after})",
             f"= {n}{_xn(n - 1)}"]
    ans_parts = [_t(expand, "plain"), _t(after, "plain"), _t(f"{n}{_xn(n - 1)}", "plain")]
    shown = list(lines)
    shown[blank + 1] = "= (가)"
    text = (rng.choice([f"다음은 도함수의 정의를 이용하여 함수 {_t(f'{fn}(x) = x^{{{n}}}', st)}의 도함수를 구하는 과정이다. (가)에 알맞은 식을 쓰시오.\n",
                        f"다음은 함수 {_jt(f'{fn}(x) = x^{{{n}}}', st, '을/를')} 도함수의 정의에 따라 미분한 과정이다. (가)에 들어갈 식을 {_end(rng)}\n",
                        f"다음은 {josa(name(rng), '이/가')} 함수 {_t(f'{fn}(x) = x^{{{n}}}', st)}의 도함수를 정의를 이용하여 구한 풀이의 일부이다. (가)에 알맞은 식은?\n"])
            + "\n".join(_t(ln, st) for ln in shown))
    hh = sp.Symbol("h")
    ans = ans_parts[blank]
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["도함수"],
                   check=lambda: sp.expand((X + hh) ** n - X**n) == sp.expand(sum(sp.binomial(n, k) * X ** (n - k) * hh**k for k in range(1, n + 1)))
                   and sp.limit(((X + hh) ** n - X**n) / hh, hh, 0) == n * X ** (n - 1))


@family(S203, "xn-derivative-value")
def _x_value(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    n = rng.choice([2, 3, 4, 5, 6, 7])
    a = rng.choice([-2, -1, 1, 2, 3]) if n <= 5 else rng.choice([-1, 1, 2])
    val = n * a ** (n - 1)
    kind = rng.randrange(3)
    dn = fn + "'(" + str(a) + ")"
    if kind == 0:
        text = f"함수 {_t(f'{fn}(x) = {_xn(n)}', st)}에 대하여 {_t(dn, st)}의 {_end(rng, '값')}"
    elif kind == 1:
        text = f"함수 {_t(f'y = {_xn(n)}', st)}의 x = {a}에서의 미분계수를 도함수를 이용하여 {_end(rng)}"
    else:
        text = f"함수 {_t(f'{fn}(x) = {_xn(n)}', st)}의 도함수를 구하고, 이를 이용하여 x = {a}에서의 순간변화율을 {_end(rng)}"
    return Problem(text=text, answer=str(val), format="computation", difficulty=1, achievement_level="E",
                   concepts=["도함수", "미분계수"], check=lambda: sp.diff(X**n, X).subs(X, a) == val)


@family(S203, "find-n-from-value")
def _x_findn(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "g"])
    n = rng.randint(2, 9)
    kind = rng.randrange(3)
    if kind == 0:
        a = 2 if n <= 7 else 1
        val = n * a ** (n - 1)
        cond = f"{fn}'({a}) = {val}"
    elif kind == 1:
        a = rng.choice([2, 3])
        val = sp.Rational(n, a)  # f'(a)/f(a) = n/a
        cond = f"\\frac{{{fn}'({a})}}{{{fn}({a})}} = {_qt(val)}"
    else:
        a = 1
        m = rng.randint(2, 4)
        val = n - m  # f'(1) - m = ... uses f'(1) = n
        cond = f"{fn}'(1) - {fn}(1) = {n - 1}"
    text = rng.choice([f"양의 정수 n에 대하여 함수 {_jt(f'{fn}(x) = x^{{n}}', st, '이/가')} {_jt(cond, st, '을/를')} 만족시킬 때, n의 {_end(rng, '값')}",
                       f"함수 {_t(f'{fn}(x) = x^{{n}}', st)} (n은 양의 정수)에 대하여 {_t(cond, st)}일 때, n의 값은?"])
    N = sp.Symbol("N", positive=True, integer=True)

    def chk() -> bool:
        fx = X**N
        if kind == 0:
            return [v for v in range(1, 15) if (sp.diff(fx, X).subs(X, a)).subs(N, v) == val] == [n]
        if kind == 1:
            return [v for v in range(1, 15) if (sp.diff(fx, X) / fx).subs(X, a).subs(N, v) == val] == [n]
        return [v for v in range(1, 15) if (sp.diff(fx, X) - fx).subs(X, 1).subs(N, v) == n - 1] == [n]
    return Problem(text=text, answer=str(n), format="computation", difficulty=2, achievement_level="D",
                   concepts=["도함수", "미분계수"], check=chk)


@family(S203, "limit-as-xn-derivative-mcq")
def _x_limit(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(3, 10)
    kind = rng.randrange(3)
    if kind == 0:
        ex = f"\\lim_{{x \\to 1}} \\frac{{x^{{{n}}} - 1}}{{x - 1}}"
        val = n
        wrongs = [n - 1, n + 1, 1, 0, 2 * n]
        sx = (X**n - 1) / (X - 1)
        pt = 1
        var = X
    elif kind == 1:
        a = rng.choice([2, -1]) if n <= 6 else -1
        ex = f"\\lim_{{h \\to 0}} \\frac{{({a} + h)^{{{n}}} - ({a})^{{{n}}}}}{{h}}".replace(f"({a})^", f"{a}^" if a > 0 else f"({a})^")
        val = n * a ** (n - 1)
        wrongs = [a ** (n - 1), n * a**n, (n - 1) * a ** (n - 1), a**n, -val]
        hh = sp.Symbol("h")
        sx = ((a + hh) ** n - a**n) / hh
        pt = 0
        var = hh
    else:
        m = rng.choice([v for v in range(2, 6) if v != n])
        ex = f"\\lim_{{x \\to 1}} \\frac{{x^{{{n}}} - 1}}{{x^{{{m}}} - 1}}"
        val = sp.Rational(n, m)
        wrongs = [n, m, sp.Rational(m, n), n - m, 1]
        sx = (X**n - 1) / (X**m - 1)
        pt = 1
        var = X
    ch = _numopts(rng, val, wrongs, st)
    d = 2 if kind == 0 else 3
    stem = rng.choice([f"{_t(ex, st)}의 값은?{exam_points(rng, d)}", f"미분계수를 이용하여 구한 {_t(ex, st)}의 값은?{exam_points(rng, d)}"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["미분계수", "도함수"], choice=ch, check=lambda: sp.limit(sx, var, pt) == val)


@family(S203, "sum-powers-limit")
def _x_sum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(4, 12)
    kind = rng.randrange(2)
    if kind == 0:
        ex = f"\\lim_{{x \\to 1}} \\frac{{x + x^{{2}} + x^{{3}} + \\cdots + x^{{{n}}} - {n}}}{{x - 1}}"
        val = n * (n + 1) // 2
        sx = (sum(X**k for k in range(1, n + 1)) - n) / (X - 1)
    else:
        ex = f"\\lim_{{x \\to 1}} \\frac{{x^{{{n}}} + x^{{{n - 1}}} + \\cdots + x - {n}}}{{x^{{2}} - 1}}"
        val = sp.Rational(n * (n + 1), 4)
        sx = (sum(X**k for k in range(1, n + 1)) - n) / (X**2 - 1)
    d = 4
    text = rng.choice([f"{_t(ex, st)}의 값을 구하시오.{exam_points(rng, d)}", f"다음 극한값을 구하시오.{exam_points(rng, d)}\n{_t(ex, st)}"])
    return Problem(text=text, answer=_q(val), format="computation", difficulty=d, achievement_level="B",
                   concepts=["도함수", "미분계수"], check=lambda: sp.limit(sp.cancel(sx), X, 1) == val)


_XN_STMTS = [
    ("함수 ⟨y = x^{{{n}}}⟩의 도함수는 ⟨y' = {n}x^{{{m}}}⟩이다.", True),
    ("함수 ⟨y = x^{{{n}}}⟩의 도함수는 ⟨y' = {n}x^{{{n}}}⟩이다.", False),
    ("함수 ⟨y = x^{{{n}}}⟩의 도함수는 ⟨y' = {m}x^{{{m}}}⟩이다.", False),
    ("상수함수 ⟨y = {c}⟩의 도함수는 ⟨y' = 0⟩이다.", True),
    ("상수함수 ⟨y = {c}⟩의 도함수는 ⟨y' = {c}⟩이다.", False),
    ("함수 ⟨y = x⟩의 도함수는 ⟨y' = 1⟩이다.", True),
    ("함수 ⟨y = x⟩의 도함수는 ⟨y' = 0⟩이다.", False),
    ("함수 ⟨f(x) = x^{{{n}}}⟩에 대하여 ⟨f'(1) = {n}⟩이다.", True),
    ("함수 ⟨f(x) = x^{{{n}}}⟩에 대하여 ⟨f'(0) = {n}⟩이다.", False),
    ("함수 ⟨f(x) = x^{{{n}}}⟩에 대하여 ⟨f'(-1) = {sgn}⟩이다.", True),
]


@family(S203, "bogi-xn")
def _x_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(3, 9)
    c = rng.randint(2, 9)
    picks = rng.sample(_XN_STMTS, 3)
    if not any(ok for _, ok in picks):
        picks[rng.randrange(3)] = rng.choice([s_ for s_ in _XN_STMTS if s_[1]])
    sgn = n * (-1) ** (n - 1)

    def rend(t: str) -> str:
        body = t.format(n=n, m=n - 1, c=c, sgn=sgn)
        return re.sub(r"⟨([^⟩]*)⟩", lambda mm: _t(mm.group(1), st), body)
    stmts = [(rend(t), ok) for t, ok in picks]
    block, ch = bogi(rng, stmts)
    text = f"{bogi_question(rng)}{exam_points(rng, 2)}\n{block}\n{ch.block}"
    truth = [ok for _, ok in picks]
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["도함수"], choice=ch,
                   check=lambda: sp.diff(X**n, X).subs(X, -1) == sgn and ch.options[ch.correct] == ", ".join(
                       lab for lab, ok in zip("ㄱㄴㄷ", truth, strict=True) if ok))


@family(S203, "pattern-table-task")
def _x_pattern(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ns = sorted(rng.sample(range(1, 8), 4))
    hide = rng.randrange(4)
    rows = []
    for i, n in enumerate(ns):
        d = "1" if n == 1 else _t(f"{n}{_xn(n - 1)}", st)
        rows.append(f"{_t(f'y = {_xn(n)}', st)} | {'?' if i == hide else d}")
    big = rng.choice([10, 15, 20, 50, 100])
    table = "함수 | 도함수\n" + "\n".join(rows)
    text = (f"다음은 도함수의 정의를 이용하여 몇 가지 함수의 도함수를 구한 결과를 정리한 표이다.\n{table}\n"
            f"(1) ?에 알맞은 식을 쓰시오.\n(2) 표에서 발견한 규칙을 이용하여 함수 {_t(f'y = x^{{{big}}}', st)}의 도함수를 추측하고, "
            f"양의 정수 n에 대하여 함수 {_t('y = x^{n}', st)}의 도함수를 n을 사용하여 나타내시오.")
    hn = ns[hide]
    ans = f"(1) {'1' if hn == 1 else _t(f'{hn}{_xn(hn - 1)}', 'plain')} (2) y' = {big}x^{big - 1}, y' = nx^(n-1)"
    return Problem(text=text, answer=ans, format="task", difficulty=2, achievement_level="C",
                   concepts=["도함수"], check=lambda: sp.diff(X**big, X) == big * X ** (big - 1))


@family(S203, "xn-derivative-equation")
def _x_equation(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "g"])
    kind = rng.randrange(2)
    if kind == 0:
        n = rng.choice([2, 3, 4])
        r = rng.choice([1, 2, 3])
        k = n * r ** (n - 1)
        sols = sorted({r, -r}) if (n - 1) % 2 == 0 else [r]
        dk = fn + "'(a) = " + str(k)
        text = rng.choice([f"함수 {_t(f'{fn}(x) = {_xn(n)}', st)}에 대하여 {_jt(dk, st, '을/를')} 만족시키는 실수 a의 값을 모두 {_end(rng)}",
                           f"함수 {_t(f'y = {_xn(n)}', st)}의 x = a에서의 미분계수가 {k}일 때, 실수 a의 값을 모두 {_end(rng)}"])
        ans = ", ".join(map(str, sols))
        A = sp.Symbol("A", real=True)
        chk = lambda: sorted(sp.solve(sp.diff(X**n, X).subs(X, A) - k, A)) == sols  # noqa: E731
    else:
        n = rng.randint(2, 7)
        dk = fn + "'(a) = " + fn + "(a)"
        text = rng.choice([f"함수 {_t(f'{fn}(x) = x^{{{n}}}', st)}에 대하여 {_jt(dk, st, '을/를')} 만족시키는 0이 아닌 실수 a의 값을 {_end(rng)}",
                           f"0이 아닌 실수 a에 대하여 함수 {_t(f'y = x^{{{n}}}', st)}의 x = a에서의 함숫값과 미분계수가 같을 때, a의 {_end(rng, '값')}"])
        ans = str(n)
        A = sp.Symbol("A", real=True, nonzero=True)
        chk = lambda: sp.solve(sp.diff(X**n, X).subs(X, A) - A**n, A) == [n]  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=2 + kind, achievement_level="D" if kind == 0 else "C",
                   concepts=["도함수", "미분계수"], check=chk)


# ================================================================================================
# 12미적Ⅰ-02-04 실수배, 합, 차, 곱의 미분법 — 다항함수의 도함수
# ================================================================================================
def _chk_poly_answer(ans: str, target: sp.Expr) -> bool:
    s_ = ans.split("=")[-1].strip().replace("^", "**")
    s_ = re.sub(r"([\d)])([x(])", r"\1*\2", s_).replace("x(", "x*(")
    return sp.expand(sp.sympify(s_, locals={"x": X}) - target) == 0


@family(S204, "poly-derivative")
def _p_deriv(rng: random.Random) -> Problem:
    st = pick_style(rng)
    deg = rng.choice([2, 3, 3, 4, 5])
    cs = [rng.choice([1, 2, 3, -1, -2, 4])] + [rng.randint(-6, 6) for _ in range(deg)]
    if rng.random() < 0.2:
        cs[0] = sp.Rational(rng.choice([1, 2, -1]), deg + 1)
    dfn, dask = _dnot(rng, _p(cs), rng.choice(["f", "g"]))
    dcs = _dcoef(cs)
    ans = _pa(dcs)
    text = rng.choice([f"다음 함수를 미분하시오.\n{_t(dfn, st)}",
                       f"함수 {_t(dfn, st)}의 도함수를 {_end(rng)}" if "=" in dfn else f"{_jt(dask, st, '을/를')} 구하시오.",
                       f"{_t(dask, st)}의 식을 {_end(rng)} (단, {_t(dfn, st)})" if "=" in dfn else f"다음을 계산하시오.\n{_t(dask, st)}"])
    d = 1 if deg <= 3 else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["도함수"], check=lambda: _chk_poly_answer(ans, sp.diff(_expr(cs), X)))


@family(S204, "product-rule-value")
def _p_product(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    p1 = [1, 0, _nz(rng, -4, 4)] if rng.random() < 0.5 else [1, rng.randint(-3, 3), rng.randint(-3, 3)]
    p2 = [_nz(rng, -3, 3), rng.randint(-5, 5)]
    if rng.random() < 0.3:
        p2 = [1, 0, 0, rng.randint(-3, 3)]
    a = rng.randint(-2, 2)
    prod = _mul(p1, p2)
    val = _ev(_dcoef(prod), a)
    ftex = f"{fn}(x) = ({_p(p1)})({_p(p2)})"
    dn = fn + "'(" + str(a) + ")"
    kind = rng.randrange(3)
    if kind == 0:
        text = f"함수 {_t(ftex, st)}에 대하여 {_t(dn, st)}의 {_end(rng, '값')}"
        ans = str(val)
        fmt = "computation"
    elif kind == 1:
        text = f"곱의 미분법을 이용하여 함수 {_t(ftex, st)}의 도함수를 구하고, {_t(dn, st)}의 값을 {_end(rng)}"
        ans = f"{fn}'(x) = {_pa(_dcoef(prod))}, {dn} = {val}"
        fmt = "computation"
    else:
        wrong = _ev(_dcoef(p1), a) * _ev(_dcoef(p2), a)
        ch = _numopts(rng, val, [wrong, _ev(prod, a), val + _ev(p1, a), -val], st)
        text = with_choices(f"함수 {_t(ftex, st)}에 대하여 {_t(dn, st)}의 값은?{exam_points(rng, 2)}", ch)
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                       concepts=["도함수"], choice=ch, check=lambda: sp.diff(_expr(p1) * _expr(p2), X).subs(X, a) == val)
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D", concepts=["도함수"],
                   check=lambda: sp.diff(_expr(p1) * _expr(p2), X).subs(X, a) == val)


@family(S204, "power-of-linear")
def _p_power(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    m = rng.choice([1, 2, 3, -1])
    b = _nz(rng, -4, 4)
    n = rng.choice([2, 3, 4, 5])
    inner = [m, b]
    if rng.random() < 0.3:
        inner = [1, 0, b]
    a = rng.randint(-1, 2)
    inner_v = _ev(inner, a)
    dinner = _ev(_dcoef(inner), a)
    val = n * inner_v ** (n - 1) * dinner
    ftex = f"{fn}(x) = ({_p(inner)})^{{{n}}}"
    kind = rng.randrange(2)
    dn = fn + "'(" + str(a) + ")"
    if kind == 0:
        text = rng.choice([f"함수 {_t(ftex, st)}에 대하여 {_t(dn, st)}의 {_end(rng, '값')}",
                           f"함수 {_t(ftex, st)}의 x = {a}에서의 미분계수를 {_end(rng)}"])
        ans = str(val)
    else:
        text = rng.choice([f"함수 {_t(ftex, st)}의 도함수를 전개하지 않고 구하시오.",
                           f"곱의 미분법을 이용하여 함수 {_t(ftex, st)}의 도함수를 구하시오. (단, 전개하지 않은 꼴로 나타낸다.)"])
        lead = f"{2 * n}x" if len(inner) == 3 else ("-" if n * m == -1 else str(n * m))
        powr = "" if n - 1 == 1 else f"^{{{n - 1}}}"
        ans = _t(f"{fn}'(x) = {lead}({_p(inner)}){powr}", "plain")
    val_chk = sp.diff(_expr(inner) ** n, X)
    d = 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="C", concepts=["도함수"],
                   check=lambda: val_chk.subs(X, a) == val and (kind == 0 or _chk_poly_answer(ans, val_chk)))


@family(S204, "coeffs-from-conditions")
def _p_coeffs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    A, B, C = rng.randint(-4, 4), rng.randint(-5, 5), rng.randint(-5, 5)
    cs = [1, A, B, C]
    p, q = rng.sample([-2, -1, 1, 2, 0], 2)
    d1, d2 = _ev(_dcoef(cs), p), _ev(_dcoef(cs), q)
    f0 = C
    t = rng.choice([1, 2, -1, 3])
    ans = _ev(cs, t)
    conds = [f"{fn}'({p}) = {d1}", f"{fn}'({q}) = {d2}", f"{fn}(0) = {f0}"]
    rng.shuffle(conds)
    d = 3
    text = rng.choice([
        f"함수 {_t(f'{fn}(x) = x^{{3}} + ax^{{2}} + bx + c', st)}가 {', '.join(_t(c_, st) for c_ in conds)}{_particle(conds[-1], '을/를')} 만족시킬 때, {fn}({t})의 값을 구하시오.{exam_points(rng, d)}",
        f"세 상수 a, b, c에 대하여 함수 {_t(f'{fn}(x) = x^{{3}} + ax^{{2}} + bx + c', st)}가 다음 조건을 만족시킨다.\n"
        + "\n".join(f"({k}) {_t(c_, st)}" for k, c_ in zip("가나다", conds, strict=True)) + f"\n{fn}({t})의 {_end(rng, '값')}",
    ])
    a_, b_, c_ = sp.symbols("a_ b_ c_")
    g = X**3 + a_ * X**2 + b_ * X + c_
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level="C", concepts=["도함수"],
                   check=lambda: g.subs(sp.solve([sp.diff(g, X).subs(X, p) - d1, sp.diff(g, X).subs(X, q) - d2, g.subs(X, 0) - f0],
                                                 [a_, b_, c_], dict=True)[0]).subs(X, t) == ans)


@family(S204, "abstract-product")
def _p_abstract(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 2, -1, 0])
    fa, dfa = rng.randint(-4, 5), _nz(rng, -4, 5)
    pcs = rng.choice([[1, 0, rng.randint(-3, 3)], [rng.choice([2, 3, -1]), rng.randint(-4, 4)], [1, rng.randint(-2, 2), 0, 0]])
    pa_, dpa = _ev(pcs, a), _ev(_dcoef(pcs), a)
    kind = rng.randrange(2)
    if kind == 0:
        gtex = f"g(x) = ({_p(pcs)})f(x)"
        val = dpa * fa + pa_ * dfa
    else:
        k = rng.choice([2, 3, -2])
        gtex = f"g(x) = \\{{f(x)\\}}^{{2}} {'+' if k > 0 else '-'} {abs(k)}f(x)"
        val = 2 * fa * dfa + k * dfa
    cond = f"f({a}) = {fa}, f'({a}) = {dfa}"
    d = 3
    text = rng.choice([f"다항함수 f(x)에 대하여 함수 {_t(gtex, st)}라 하자. {_t(cond, st)}일 때, g'({a})의 값을 구하시오.{exam_points(rng, d)}",
                       f"미분가능한 함수 f(x)가 {_jt(cond, st, '을/를')} 만족시킨다. 함수 {_jt(gtex, st, '이/가')} 정의될 때, g'({a})의 {_end(rng, '값')}"])
    F0, F1 = sp.symbols("F0 F1")
    model = fa + dfa * (X - a) + 2 * (X - a) ** 2
    _ = (F0, F1)
    gm = _expr(pcs) * model if kind == 0 else model**2 + k * model
    return Problem(text=text, answer=str(val), format="computation", difficulty=d, achievement_level="C", concepts=["도함수"],
                   check=lambda: sp.diff(gm, X).subs(X, a) == val)


@family(S204, "divisible-by-square")
def _p_divisible(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(3, 10)
    r = rng.choice([1, 1, -1, 2]) if n <= 6 else rng.choice([1, -1])
    # x^n + a x + b divisible by (x - r)^2 : r^n + a r + b = 0, n r^(n-1) + a = 0
    A = -n * r ** (n - 1)
    B = -(r**n) - A * r
    ask = rng.choice(["a + b", "ab", "b - a"])
    ans = {"a + b": A + B, "ab": A * B, "b - a": B - A}[ask]
    div = f"({_p([1, -r])})^{{2}}"
    d = 4
    text = rng.choice([f"다항식 {_jt(f'x^{{{n}}} + ax + b', st, '이/가')} {_t(div, st)}으로 나누어떨어지도록 하는 두 상수 a, b에 대하여 {_t(ask, st)}의 값을 구하시오.{exam_points(rng, d)}",
                       f"x에 대한 다항식 {_jt(f'x^{{{n}}} + ax + b', st, '을/를')} {_t(div, st)}으로 나누었을 때의 나머지가 0일 때, {_t(ask, st)}의 {_end(rng, '값')} (단, a, b는 상수)"])
    a_, b_ = sp.symbols("a_ b_")

    def chk() -> bool:
        sol = sp.solve(sp.Poly(sp.rem(X**n + a_ * X + b_, (X - r) ** 2, X), X).all_coeffs(), [a_, b_], dict=True)[0]
        return {"a + b": sol[a_] + sol[b_], "ab": sol[a_] * sol[b_], "b - a": sol[b_] - sol[a_]}[ask] == ans
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level="A", concepts=["도함수"], check=chk)


@family(S204, "limit-to-derivative-poly")
def _p_limit(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "g"])
    cs = _rand_poly(rng, rng.choice([3, 3, 4]))
    a = rng.choice([1, 2, -1])
    p, q = rng.choice([(2, -1), (1, -1), (3, 1), (1, -2), (2, 0), (3, 0)])
    df = _ev(_dcoef(cs), a)
    val = (p - q) * df

    def arg(k: int) -> str:
        if k == 0:
            return str(a)
        return (f"{a} + {k}h" if k > 0 else f"{a} - {-k}h").replace(" 1h", " h")
    ex = f"\\lim_{{h \\to 0}} \\frac{{{fn}({arg(p)}) - {fn}({arg(q)})}}{{h}}"
    ch = _numopts(rng, val, [p * df, df, (p + q) * df, _ev(cs, a), -val], st)
    d = 3
    stem = f"함수 {_t(f'{fn}(x) = {_p(cs)}', st)}에 대하여 {_t(ex, st)}의 값은?{exam_points(rng, d)}"
    hh = sp.Symbol("h")
    fx = _expr(cs)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level="C",
                   concepts=["도함수", "미분계수"], also=[S201], choice=ch,
                   check=lambda: sp.limit(sp.expand(fx.subs(X, a + p * hh) - fx.subs(X, a + q * hh)) / hh, hh, 0) == val)


@family(S204, "table-fg-data")
def _p_table(rng: random.Random) -> Problem:
    a = rng.choice([1, 2, 0, -1])
    f0, f1, g0, g1 = (rng.randint(-4, 5) for _ in range(4))
    table = f"f({a}) | f′({a}) | g({a}) | g′({a})\n{f0} | {f1} | {g0} | {g1}"
    if rng.random() < 0.5:
        table = f"함수 | 함숫값 | 미분계수\nf(x) | f({a}) = {f0} | f′({a}) = {f1}\ng(x) | g({a}) = {g0} | g′({a}) = {g1}"
    m, n = _nz(rng, -3, 3), _nz(rng, -3, 3)
    kind = rng.randrange(3)
    if kind == 0:
        hdesc = "h(x) = f(x)g(x)"
        val = f1 * g0 + f0 * g1
    elif kind == 1:
        hdesc = f"h(x) = {m}f(x) {'+' if n > 0 else '-'} {abs(n)}g(x)".replace(" 1g", " g").replace("= 1f", "= f").replace("= -1f", "= -f")
        val = m * f1 + n * g1
    else:
        hdesc = "h(x) = x f(x) + \\{g(x)\\}^{2}"
        val = f0 + a * f1 + 2 * g0 * g1
    text = rng.choice([f"두 다항함수 f(x), g(x)에 대하여 x = {a}에서의 함숫값과 미분계수가 다음 표와 같다.\n{table}\n함수 {_t(hdesc, 'unicode')}에 대하여 h′({a})의 값을 구하시오.",
                       f"다음 표는 두 다항함수 f(x), g(x)의 x = {a}에서의 함숫값과 미분계수를 나타낸 것이다.\n{table}\n{_t(hdesc, 'plain')}일 때, h'({a})의 값은?"])
    model_f = f0 + f1 * (X - a) + (X - a) ** 2
    model_g = g0 + g1 * (X - a) - (X - a) ** 2
    hm = [model_f * model_g, m * model_f + n * model_g, X * model_f + model_g**2][kind]
    return Problem(text=text, answer=str(val), format="data", difficulty=2, achievement_level="C", concepts=["도함수"],
                   check=lambda: sp.diff(hm, X).subs(X, a) == val)


@family(S204, "poly-identity")
def _p_identity(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "g"])
    c2, c1, c0 = _nz(rng, -3, 4), rng.randint(-4, 4), rng.randint(-5, 5)
    kind = rng.randrange(2)
    if kind == 0:  # f(x) + x f'(x) = 3c2 x^2 + 2c1 x + c0
        rhs = [3 * c2, 2 * c1, c0]
        lhs = f"{fn}(x) + x{fn}'(x)"
    else:  # x f'(x) - f(x) = c2 x^2 - c0  (c1 free) -> fix c1 by f(1)
        rhs = [c2, 0, -c0]
        lhs = f"x{fn}'(x) - {fn}(x)"
    t = rng.choice([2, -1, 3])
    ans = c2 * t * t + c1 * t + c0
    extra = "" if kind == 0 else f", {fn}(1) = {c2 + c1 + c0}"
    d = 4
    text = rng.choice([f"이차함수 {fn}(x)가 모든 실수 x에 대하여 {_jt(lhs + ' = ' + _p(rhs), st, '을/를')} 만족시키고{extra.replace(', ', ' ')}{' 일 때' if extra else ' 만족시킬 때'}, {fn}({t})의 값을 구하시오.{exam_points(rng, d)}"
                       .replace("만족시키고 만족시킬 때", "만족시킬 때"),
                       f"다항함수 {fn}(x)가 다음 조건을 만족시킬 때, {fn}({t})의 {_end(rng, '값')}\n모든 실수 x에 대하여 {_t(lhs + ' = ' + _p(rhs), st)}{extra}"])
    a2, a1, a0 = sp.symbols("a2 a1 a0")
    g = a2 * X**2 + a1 * X + a0

    def chk() -> bool:
        expr = g + X * sp.diff(g, X) if kind == 0 else X * sp.diff(g, X) - g
        eqs = sp.Poly(sp.expand(expr - _expr(rhs)), X).all_coeffs()
        if kind == 1:
            eqs.append(g.subs(X, 1) - (c2 + c1 + c0))
        sol = sp.solve(eqs, [a2, a1, a0], dict=True)[0]
        return g.subs(sol).subs(X, t) == ans
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level="B", concepts=["도함수"], check=chk)


_RULE_STMTS = [
    ("⟨\\{f(x)g(x)\\}' = f'(x)g'(x)⟩", False),
    ("⟨\\{f(x)g(x)\\}' = f'(x)g(x) + f(x)g'(x)⟩", True),
    ("⟨\\{kf(x)\\}' = kf'(x)⟩ (단, k는 상수)", True),
    ("⟨\\{f(x) - g(x)\\}' = f'(x) - g'(x)⟩", True),
    ("⟨\\{f(x)\\}^{2}⟩의 도함수는 ⟨2f(x)f'(x)⟩이다.", True),
    ("⟨\\{f(x)\\}^{2}⟩의 도함수는 ⟨2f'(x)⟩이다.", False),
    ("⟨\\{f(x) + k\\}' = f'(x) + k⟩ (단, k는 0이 아닌 상수)", False),
    ("⟨\\{xf(x)\\}' = f(x) + xf'(x)⟩", True),
    ("⟨\\{xf(x)\\}' = f'(x)⟩", False),
]


@family(S204, "bogi-derivative-rules")
def _p_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    picks = rng.sample(_RULE_STMTS, 3)
    if not any(ok for _, ok in picks):
        picks[rng.randrange(3)] = rng.choice([s_ for s_ in _RULE_STMTS if s_[1]])
    stmts = [(re.sub(r"⟨([^⟩]*)⟩", lambda mm: _t(mm.group(1), st), t), ok) for t, ok in picks]
    block, ch = bogi(rng, stmts)
    text = f"두 다항함수 f(x), g(x)에 대하여 {bogi_question(rng)}{exam_points(rng, 2)}\n{block}\n{ch.block}"
    truth = [ok for _, ok in picks]
    fx, gx = X**2 + 1, X**3 - X

    def chk() -> bool:
        # spot-check the product rule used by the true/false labels on a concrete pair
        ok = sp.expand(sp.diff(fx * gx, X) - (sp.diff(fx, X) * gx + fx * sp.diff(gx, X))) == 0
        return ok and ch.options[ch.correct] == ", ".join(lab for lab, t_ in zip("ㄱㄴㄷ", truth, strict=True) if t_)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", concepts=["도함수"],
                   choice=ch, check=chk)


# ================================================================================================
# 12미적Ⅰ-02-05 접선의 방정식
# ================================================================================================
def _line(m, n) -> str:
    """'y = mx + n' as plain text."""
    return "y = " + _pa([m, n])


def _line_t(m, n) -> str:
    return "y = " + _p([m, n])


def _tangent(cs: Sequence, a) -> tuple:
    m = _ev(_dcoef(cs), a)
    return m, _ev(cs, a) - m * a


@family(S205, "tangent-at-point")
def _t_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cs = _rand_poly(rng, rng.choice([2, 3, 3]), lead=rng.choice([1, 1, -1, 2]))
    a = rng.randint(-2, 2)
    fa = _ev(cs, a)
    m, n = _tangent(cs, a)
    curve = "y = " + _p(cs)
    kind = rng.randrange(3)
    if kind == 0:
        text = rng.choice([f"곡선 {_t(curve, st)} 위의 점 ({a}, {fa})에서의 접선의 방정식을 {_end(rng)}",
                           f"곡선 {_t(curve, st)} 위의 x좌표가 {a}인 점에서의 접선의 방정식을 {_end(rng)}"])
        ans = _line(m, n)
    elif kind == 1:
        text = f"곡선 {_t(curve, st)} 위의 점 ({a}, {fa})에서의 접선이 y축과 만나는 점의 y좌표를 {_end(rng)}"
        ans = str(n)
    else:
        text = f"곡선 {_t(curve, st)} 위의 점 ({a}, {fa})에서의 접선의 방정식을 y = mx + n이라 할 때, m + n의 {_end(rng, '값')}"
        ans = str(m + n)
    fx = _expr(cs)
    tl = sp.diff(fx, X).subs(X, a) * (X - a) + fx.subs(X, a)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["접선", "미분계수"], check=lambda: sp.expand(tl - (m * X + n)) == 0)


@family(S205, "tangent-given-slope")
def _t_slope(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    if kind == 0:  # quadratic: unique tangent with slope k
        c2 = rng.choice([1, -1, 2])
        c1, c0 = rng.randint(-4, 4), rng.randint(-4, 4)
        cs = [c2, c1, c0]
        a = rng.randint(-2, 3)
        k = _ev(_dcoef(cs), a)
        m, n = _tangent(cs, a)
        text = rng.choice([f"곡선 {_t('y = ' + _p(cs), st)}에 접하고 기울기가 {k}인 직선의 방정식을 {_end(rng)}",
                           f"기울기가 {k}이고 곡선 {_t('y = ' + _p(cs), st)}에 접하는 직선의 방정식을 {_end(rng)}"])
        ans = _line(m, n)
        fx = _expr(cs)
        chk = lambda: [sp.expand(fx.subs(X, t_) + k * (X - t_)) for t_ in sp.solve(sp.diff(fx, X) - k, X)] == [m * X + n]  # noqa: E731
    else:  # cubic x^3 + p x : tangents with slope k at x = ±r
        p = rng.randint(-4, 3)
        r = rng.choice([1, 2])
        cs = [1, 0, p, rng.randint(-3, 3)]
        k = 3 * r * r + p
        (_, n1), (_, n2) = _tangent(cs, r), _tangent(cs, -r)
        ask = rng.choice(["합", "곱"])
        ans = str(n1 + n2 if ask == "합" else n1 * n2)
        text = (f"곡선 {_t('y = ' + _p(cs), st)}에 접하고 기울기가 {k}인 두 직선의 y절편의 {ask}을 {_end(rng)}")
        fx = _expr(cs)

        def chk() -> bool:
            ts = sp.solve(sp.diff(fx, X) - k, X)
            ns = [fx.subs(X, t_) - k * t_ for t_ in ts]
            return len(ns) == 2 and str(ns[0] + ns[1] if ask == "합" else ns[0] * ns[1]) == ans
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["접선", "도함수"], check=chk)


@family(S205, "tangent-from-external-point")
def _t_external(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # curve y = x^2 + c ; point (p, q) below the curve; tangent points t satisfy t^2 - 2pt + (q - c) = 0
    t1, t2 = sorted(rng.sample(range(-3, 4), 2))
    p_ = sp.Rational(t1 + t2, 2)
    if p_.q != 1:
        t2 += 1
        p_ = sp.Rational(t1 + t2, 2)
    c = rng.randint(-3, 3)
    q = t1 * t2 + c  # since t1 t2 = q - c
    cs = [1, 0, c]
    m1, m2 = 2 * t1, 2 * t2
    ask = rng.choice(["기울기의 곱", "기울기의 합", "접점의 x좌표의 합"])
    ans = {"기울기의 곱": m1 * m2, "기울기의 합": m1 + m2, "접점의 x좌표의 합": t1 + t2}[ask]
    d = 4
    text = rng.choice([f"점 ({p_}, {q})에서 곡선 {_t('y = ' + _p(cs), st)}에 그은 두 접선의 {ask}을 구하시오.{exam_points(rng, d)}",
                       f"곡선 밖의 점 ({p_}, {q})에서 곡선 {_t('y = ' + _p(cs), st)}에 두 개의 접선을 그었을 때, 두 접선의 {ask}을 {_end(rng)}"])
    T = sp.Symbol("T")

    def chk() -> bool:
        ts = sp.solve((2 * T) * (p_ - T) + T**2 + c - q, T)
        ms = [2 * t_ for t_ in ts]
        v = {"기울기의 곱": ms[0] * ms[1], "기울기의 합": ms[0] + ms[1], "접점의 x좌표의 합": ts[0] + ts[1]}[ask]
        return len(ts) == 2 and v == ans
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level="B",
                   concepts=["접선", "도함수"], check=chk)


@family(S205, "normal-line")
def _t_normal(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(30):
        cs = _rand_poly(rng, rng.choice([2, 3]), lead=rng.choice([1, -1]))
        a = rng.randint(-2, 2)
        m = _ev(_dcoef(cs), a)
        if m != 0:
            break
    else:
        cs, a, m = [1, 0, 0], 1, 2
    fa = _ev(cs, a)
    nm = sp.Rational(-1, m)
    nn = fa - nm * a
    kind = rng.randrange(2)
    if kind == 0:
        text = rng.choice([f"곡선 {_t('y = ' + _p(cs), st)} 위의 점 ({a}, {fa})를 지나고, 이 점에서의 접선에 수직인 직선의 방정식을 {_end(rng)}",
                           f"곡선 {_t('y = ' + _p(cs), st)} 위의 점 ({a}, {fa})에서의 접선과 이 점에서 수직으로 만나는 직선의 방정식을 {_end(rng)}"])
        slope_t = ("-x" if nm == -1 else "x") if abs(nm) == 1 else (f"{_q(nm)}x" if nm.q == 1 else f"({_q(nm)})x")
        ans = "y = " + slope_t + (f" + {_q(nn)}" if nn > 0 else (f" - {_q(-nn)}" if nn < 0 else ""))
    else:
        text = f"곡선 {_t('y = ' + _p(cs), st)} 위의 점 ({a}, {fa})에서의 접선에 수직이고 이 점을 지나는 직선의 y절편을 {_end(rng)}"
        ans = _q(nn)
    fx = _expr(cs)
    return Problem(text=text.replace(f"({a}, {fa})를", josa(f"({a}, {fa})", "을/를")), answer=ans, format="computation", difficulty=3,
                   achievement_level="C", concepts=["접선", "미분계수"],
                   check=lambda: sp.diff(fx, X).subs(X, a) * nm == -1 and fx.subs(X, a) - nm * a == nn)


@family(S205, "tangent-intercept-mcq")
def _t_intercept(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(40):
        cs = _rand_poly(rng, 3, lead=rng.choice([1, -1, 2]))
        a = rng.choice([-1, 1, 2])
        m, n = _tangent(cs, a)
        if m != 0 and n % m == 0:
            break
    else:
        cs, a = [1, 0, 0, 0], 1
        m, n = _tangent(cs, a)
    xi = sp.Rational(-n, m)
    kind = rng.randrange(2)
    if kind == 0:
        val, what = xi, "x절편"
        wrongs = [n, -xi, m, sp.Rational(n, m) if m else 1, a]
    else:
        val, what = n, "y절편"
        wrongs = [xi, -n, m, _ev(cs, a), n + m]
    ch = _numopts(rng, val, wrongs, st)
    d = 3
    stem = rng.choice([f"곡선 {_t('y = ' + _p(cs), st)} 위의 x좌표가 {a}인 점에서의 접선의 {what}은?{exam_points(rng, d)}",
                       f"곡선 {_t('y = ' + _p(cs), st)} 위의 점 ({a}, {_ev(cs, a)})에서의 접선의 {what}은?{exam_points(rng, d)}"])
    fx = _expr(cs)

    def chk() -> bool:
        tl = sp.diff(fx, X).subs(X, a) * (X - a) + fx.subs(X, a)
        return (sp.solve(tl, X) == [val]) if kind == 0 else tl.subs(X, 0) == val
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level="C",
                   concepts=["접선"], choice=ch, check=chk)


@family(S205, "tangent-parallel-line")
def _t_parallel(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c2 = rng.choice([1, -1, 2])
    cs = [c2, rng.randint(-4, 4), rng.randint(-3, 5)]
    a = rng.randint(-2, 3)
    k = _ev(_dcoef(cs), a)
    b0 = rng.randint(-5, 5)
    given = f"y = {_p([k, b0])}" if k != 0 else f"y = {b0}"
    fa = _ev(cs, a)
    m, n = _tangent(cs, a)
    kind = rng.randrange(2)
    if kind == 0:
        text = f"곡선 {_t('y = ' + _p(cs), st)}의 접선 중에서 직선 {_t(given, st)}에 평행한 접선의 접점의 좌표를 {_end(rng)}"
        ans = f"({a}, {fa})"
    else:
        text = f"직선 {_jt(given, st, '과/와')} 평행하고 곡선 {_t('y = ' + _p(cs), st)}에 접하는 직선의 방정식을 {_end(rng)}"
        ans = _line(m, n)
        if n == b0:
            ans = _line(m, n)
    fx = _expr(cs)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["접선", "도함수"],
                   check=lambda: sp.solve(sp.diff(fx, X) - k, X) == [a] and fx.subs(X, a) == fa)


@family(S205, "tangent-param")
def _t_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    if kind == 0:  # curve y = x^3 + ax + b tangent to line y = mx + n at x = t
        t = rng.choice([-1, 1, 2])
        m, n = rng.randint(-3, 6), rng.randint(-4, 4)
        A = m - 3 * t * t
        B = m * t + n - t**3 - A * t
        ask = rng.choice(["a + b", "ab", "a - b"])
        ans = {"a + b": A + B, "ab": A * B, "a - b": A - B}[ask]
        text = rng.choice([f"곡선 {_t('y = x^{3} + ax + b', st)}가 직선 {_t(_line_t(m, n), st)}에 x = {t}인 점에서 접할 때, 두 상수 a, b에 대하여 {_t(ask, st)}의 {_end(rng, '값')}{exam_points(rng, 3)}",
                           f"직선 {_jt(_line_t(m, n), st, '이/가')} 곡선 {_t('y = x^{3} + ax + b', st)} 위의 x좌표가 {t}인 점에서 이 곡선에 접한다. {_t(ask, st)}의 값을 구하시오. (단, a, b는 상수)"])
        a_, b_ = sp.symbols("a_ b_")
        g = X**3 + a_ * X + b_

        def chk() -> bool:
            sol = sp.solve([g.subs(X, t) - (m * t + n), sp.diff(g, X).subs(X, t) - m], [a_, b_], dict=True)[0]
            return {"a + b": sol[a_] + sol[b_], "ab": sol[a_] * sol[b_], "a - b": sol[a_] - sol[b_]}[ask] == ans
        d = 3
    else:  # line y = m x + k tangent to y = x^2 + p x + q  -> k
        p, q = rng.randint(-4, 4), rng.randint(-3, 5)
        t = rng.randint(-2, 3)
        m = 2 * t + p
        k = t * t + p * t + q - m * t
        ans = k
        text = rng.choice([f"직선 {_jt(_line_t(m, 0).replace(' 0', '') + ' + k', st, '이/가')} 곡선 {_t('y = ' + _p([1, p, q]), st)}에 접할 때, 상수 k의 {_end(rng, '값')}",
                           f"곡선 {_jt('y = ' + _p([1, p, q]), st, '과/와')} 직선 {_jt('y = ' + _p([m, 0]) + ' + k', st, '이/가')} 한 점에서 만나도록(접하도록) 하는 상수 k의 {_end(rng, '값')}"])
        K = sp.Symbol("K")
        chk = lambda: sp.solve(sp.discriminant(X**2 + p * X + q - m * X - K, X), K) == [ans]  # noqa: E731
        d = 3
    text = text.replace("y = x + k", "y = x + k").replace("y = 0 + k", "y = k")
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level="C",
                   concepts=["접선", "도함수"], check=chk)


@family(S205, "tangent-triangle-area")
def _t_area(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(60):
        cs = _rand_poly(rng, rng.choice([2, 3]), lead=rng.choice([1, -1]))
        a = rng.choice([-1, 1, 2])
        m, n = _tangent(cs, a)
        if m != 0 and n != 0:
            break
    else:
        cs, a = [1, 0, 1], 1
        m, n = _tangent(cs, a)
    xi = sp.Rational(-n, m)
    area = abs(xi * n) / 2
    d = 4
    text = rng.choice([f"곡선 {_t('y = ' + _p(cs), st)} 위의 점 ({a}, {_ev(cs, a)})에서의 접선과 x축, y축으로 둘러싸인 삼각형의 넓이를 구하시오.{exam_points(rng, d)}",
                       f"곡선 {_t('y = ' + _p(cs), st)} 위의 x좌표가 {a}인 점에서 그은 접선이 x축, y축과 만나는 점을 각각 A, B라 할 때, 삼각형 OAB의 넓이를 {_end(rng)} (단, O는 원점)"])
    fx = _expr(cs)

    def chk() -> bool:
        tl = sp.diff(fx, X).subs(X, a) * (X - a) + fx.subs(X, a)
        return abs(sp.solve(tl, X)[0] * tl.subs(X, 0)) / 2 == area
    return Problem(text=text, answer=_q(area), format="computation", difficulty=d, achievement_level="B",
                   concepts=["접선"], check=chk)


@family(S205, "tangent-meets-curve-again")
def _t_again(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c3 = rng.choice([1, 1, -1])
    c2, c1, c0 = rng.randint(-3, 3), rng.randint(-4, 4), rng.randint(-3, 3)
    cs = [c3, c2, c1, c0]
    a = rng.choice([-1, 1, 2, 0])
    m, n = _tangent(cs, a)
    # f(x) - tangent = c3 (x - a)^2 (x - b); sum of roots: 2a + b = -c2/c3
    b = sp.Rational(-c2, c3) - 2 * a
    if b == a:
        c2 += 1
        cs = [c3, c2, c1, c0]
        m, n = _tangent(cs, a)
        b = sp.Rational(-c2, c3) - 2 * a
    kind = rng.randrange(2)
    if kind == 0:
        text = f"곡선 {_t('y = ' + _p(cs), st)} 위의 x좌표가 {a}인 점에서의 접선이 이 곡선과 다시 만나는 점의 x좌표를 구하시오.{exam_points(rng, 4)}"
        ans = _q(b)
    else:
        fb = _ev(cs, b)
        text = f"곡선 {_t('y = ' + _p(cs), st)} 위의 점 ({a}, {_ev(cs, a)})에서의 접선이 곡선과 만나는 점 중 접점이 아닌 점을 P(p, q)라 할 때, p + q의 {_end(rng, '값')}{exam_points(rng, 4)}"
        ans = _q(b + fb)
    fx = _expr(cs)

    def chk() -> bool:
        roots = sp.roots(sp.Poly(sp.expand(fx - (m * X + n)), X))
        others = [r for r in roots if r != a]
        return others == [b] and roots.get(a, 0) == 2
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["접선"], check=chk)


@family(S205, "common-tangent-point")
def _t_common(rng: random.Random) -> Problem:
    st = pick_style(rng)
    t = rng.choice([1, -1, 2])
    # f(x) = x^3 + a x ,  g(x) = b x^2 + c0  share value and slope at x = t
    c0 = rng.randint(-3, 3)
    B = rng.choice([1, 2, -1, 3])
    # slopes: 3t^2 + a = 2 b t ; values: t^3 + a t = b t^2 + c0
    A = 2 * B * t - 3 * t * t
    if t**3 + A * t != B * t * t + c0:
        c0 = t**3 + A * t - B * t * t
    gtex = "y = bx^{2}" + (f" + {c0}" if c0 > 0 else (f" - {-c0}" if c0 < 0 else ""))
    ask = rng.choice(["a + b", "ab"])
    ans = A + B if ask == "a + b" else A * B
    text = rng.choice([f"두 곡선 {_t('y = x^{3} + ax', st)}, {_jt(gtex, st, '이/가')} x = {t}인 점에서 만나고, 이 점에서 공통인 접선을 가질 때, {_t(ask, st)}의 값을 구하시오. (단, a, b는 상수){exam_points(rng, 4)}",
                       f"두 곡선 {_jt('y = x^{3} + ax', st, '과/와')} {_jt(gtex, st, '이/가')} x좌표가 {t}인 점에서 서로 접할 때, 두 상수 a, b에 대하여 {_t(ask, st)}의 {_end(rng, '값')}"])
    a_, b_ = sp.symbols("a_ b_")
    f1, f2 = X**3 + a_ * X, b_ * X**2 + c0

    def chk() -> bool:
        sol = sp.solve([f1.subs(X, t) - f2.subs(X, t), sp.diff(f1 - f2, X).subs(X, t)], [a_, b_], dict=True)
        return len(sol) == 1 and (sol[0][a_] + sol[0][b_] if ask == "a + b" else sol[0][a_] * sol[0][b_]) == ans
    return Problem(text=text, answer=str(ans), format="computation", difficulty=4, achievement_level="B",
                   concepts=["접선", "도함수"], check=chk)


# -- extra families ------------------------------------------------------------------------------
@family(S201, "average-rate-param")
def _d1_avg_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _fn(rng)
    s0 = rng.choice([0, 1, -1, 2])
    p = rng.randint(-4, 4)
    c0 = rng.randint(-3, 3)
    cs = [1, p, c0]
    a = s0 + rng.randint(1, 5)
    val = a + s0 + p  # (f(a) - f(s0)) / (a - s0)
    text = rng.choice([f"함수 {_t(f'{fn}(x) = ' + _p(cs), st)}에서 x의 값이 {s0}에서 a까지 변할 때의 평균변화율이 {val}일 때, 상수 a의 값을 {_end(rng)} (단, a > {s0})",
                       f"함수 {_t('y = ' + _p(cs), st)}의 닫힌구간 [{s0}, a]에서의 평균변화율이 {val}이다. a의 값을 {_end(rng)} (단, a > {s0})"])
    A = sp.Symbol("A")
    fx = _expr(cs)
    return Problem(text=text, answer=str(a), format="computation", difficulty=2, achievement_level="D",
                   concepts=["평균변화율"],
                   check=lambda: [r for r in sp.solve(sp.cancel((fx.subs(X, A) - fx.subs(X, s0)) / (A - s0)) - val, A) if r > s0] == [a])


@family(S202, "bogi-corner-symmetric")
def _d2_corner(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "g"])
    c = rng.choice([0, 1, 2, -1])
    lv = rng.randint(-3, 3)
    m1 = rng.randint(-3, 3)
    m2 = rng.choice([v for v in range(-4, 5) if v != m1])
    left = [m1, lv - m1 * c]
    right = [1, m2 - 2 * c, lv - c * c - (m2 - 2 * c) * c]
    f = _pw(f"{fn}(x)", [(_p(left), f"x \\lt {c}"), (_p(right), f"x \\ge {c}")], st)
    sym = sp.Rational(m1 + m2, 2)
    arg_p = f"{c} + h" if c else "h"
    arg_m = f"{c} - h" if c else "-h"
    q_sym = f"\\lim_{{h \\to 0}} \\frac{{{fn}({arg_p}) - {fn}({arg_m})}}{{2h}}"
    q_r = f"\\lim_{{h \\to 0+}} \\frac{{{fn}({arg_p}) - {fn}({c})}}{{h}}"
    claim_r = rng.choice([m2, m1])
    claim_sym = rng.choice([sym, sym + 1]) if rng.random() < 0.5 else sym
    stmts = [(f"함수 {fn}(x)는 x = {c}에서 연속이다.", True),
             (f"{_t(q_r + f' = {claim_r}', st)}", claim_r == m2),
             (f"{_t(q_sym + ' = ' + _qt(claim_sym), st)}", claim_sym == sym)]
    if rng.random() < 0.5:
        stmts[0] = (f"함수 {fn}(x)는 x = {c}에서 미분가능하다.", False)
        if not (stmts[1][1] or stmts[2][1]):
            stmts[2] = (f"{_t(q_sym + ' = ' + _qt(sym), st)}", True)
    block, ch = bogi(rng, stmts)
    d = 4
    text = f"함수 {f}에 대하여 {bogi_question(rng)}{exam_points(rng, d)}\n{block}\n{ch.block}"
    hh = sp.Symbol("h")
    le, re_ = _expr(left), _expr(right)
    truth = [ok for _, ok in stmts]

    def chk() -> bool:
        s_ = sp.limit((re_.subs(X, c + hh) - le.subs(X, c - hh)) / (2 * hh), hh, 0, "+")
        r_ = sp.limit((re_.subs(X, c + hh) - re_.subs(X, c)) / hh, hh, 0, "+")
        return s_ == sym and r_ == m2 and le.subs(X, c) == re_.subs(X, c) and ch.options[ch.correct] == ", ".join(
            lab for lab, t_ in zip("ㄱㄴㄷ", truth, strict=True) if t_)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level="A",
                   concepts=["미분가능", "연속", "미분계수"], choice=ch, check=chk)


@family(S203, "xn-combined-values-mcq")
def _x_combined(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n, m = rng.sample(range(2, 8), 2)
    a, b = rng.choice([1, 2, -1]), rng.choice([1, -1, 2])
    if abs(a) == 2 and n > 5:
        a = 1
    if abs(b) == 2 and m > 5:
        b = -1
    sgn = rng.choice([1, -1])
    val = n * a ** (n - 1) + sgn * m * b ** (m - 1)
    expr = f"f'({a}) {'+' if sgn > 0 else '-'} g'({b})"
    wrongs = [n * a**n + sgn * m * b**m, n + sgn * m, a ** (n - 1) + sgn * b ** (m - 1), n * a ** (n - 1) - sgn * m * b ** (m - 1)]
    ch = _numopts(rng, val, wrongs, st)
    stem = rng.choice([f"두 함수 {_t(f'f(x) = x^{{{n}}}', st)}, {_t(f'g(x) = x^{{{m}}}', st)}에 대하여 {_t(expr, st)}의 값은?{exam_points(rng, 2)}",
                       f"함수 {_t(f'f(x) = x^{{{n}}}', st)}의 도함수와 함수 {_t(f'g(x) = x^{{{m}}}', st)}의 도함수를 이용하여 구한 {_t(expr, st)}의 값은?"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["도함수", "미분계수"], choice=ch,
                   check=lambda: sp.diff(X**n, X).subs(X, a) + sgn * sp.diff(X**m, X).subs(X, b) == val)
