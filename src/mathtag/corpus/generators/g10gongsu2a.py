"""Generators for 공통수학2 (고등학교), domain 01 도형의 방정식: 10공수2-01-01 … 10공수2-01-07.

02 집합과 명제 is in ``g10gongsu2b.py``, 03 함수와 그래프 in ``g10gongsu2c.py``.

Private helpers (module-local, prefixed ``_``):

* ``_r(s, st)`` renders a small ASCII notation in style ``st``: ``^2`` exponent, ``[p|q]`` fraction,
  ``√5`` / ``√(…)`` roots, ``<=``/``>=``/``!=``, ``*`` ×. LaTeX comes back wrapped in ``$…$``.
* ``_fs(v)`` a Fraction as plain text (``-3/2``); ``_fm(v)`` the same in mini notation (``-[3|2]``).
* ``_lin(a, b, c)`` / ``_poly(expr)`` mini notation of a line ``ax + by + c = 0`` / an integer polynomial.
* ``_pt(label, px, py, st)`` a point such as ``A(1, -2)`` in style ``st``.
* ``_end(rng)`` a varied question ending.
"""

from __future__ import annotations

import math as _m
import random
import re
from fractions import Fraction

import sympy as sp
from sympy.parsing.sympy_parser import (
    convert_xor,
    implicit_multiplication_application,
    parse_expr,
    standard_transformations,
)

from mathtag.corpus.generators.base import Problem, family, nonzero, secondary_level
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import choices, with_choices
from mathtag.corpus.notation import pick_style

x, y = sp.symbols("x y")
_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_FRAC = re.compile(r"\[([^\[\]|]+)\|([^\[\]|]+)\]")


# -- notation ------------------------------------------------------------------------------------
def _r(s: str, st: str) -> str:
    """Render mini notation ``s`` in style ``st`` (latex / unicode / plain)."""
    if st == "latex":
        t = s
        t = re.sub(r"\^(\d+|[a-z])", r"^{\1}", t)
        while _FRAC.search(t):
            t = _FRAC.sub(lambda mm: f"\\frac{{{mm.group(1).strip()}}}{{{mm.group(2).strip()}}}", t)
        t = re.sub(r"√\(([^()]+)\)", r"\\sqrt{\1}", t)
        t = re.sub(r"√(\w+)", r"\\sqrt{\1}", t)
        t = t.replace("<=", " \\le ").replace(">=", " \\ge ").replace("!=", " \\ne ")
        t = t.replace("*", " \\times ")
        t = re.sub(r"  +", " ", t)
        return f"${t.strip()}$"

    def fr(mm: re.Match[str]) -> str:
        p, q = mm.group(1).strip(), mm.group(2).strip()
        p = f"({p})" if re.search(r"[+\- ]", p[1:]) else p
        q = f"({q})" if re.search(r"[+\- ]", q[1:]) or " " in q else q
        if re.match(r"[a-z(√]", mm.string[mm.end():mm.end() + 1]):
            return f"({p}/{q})"
        return f"{p}/{q}"

    t = s
    while _FRAC.search(t):
        t = _FRAC.sub(fr, t)
    if st == "unicode":
        t = re.sub(r"\^(\d+)", lambda mm: mm.group(1).translate(_SUP), t)
        t = t.replace("<=", "≤").replace(">=", "≥").replace("!=", "≠").replace("*", "×").replace("-", "−")
        return t
    return t.replace("*", "×")


def _fs(v) -> str:
    v = Fraction(v)
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


def _fm(v) -> str:
    v = Fraction(v)
    if v.denominator == 1:
        return str(v.numerator)
    return ("-" if v < 0 else "") + f"[{abs(v.numerator)}|{v.denominator}]"


def _term(cf, mono: str, first: bool) -> str:
    cf = Fraction(cf)
    mag = abs(cf)
    body = ("" if (mag == 1 and mono) else _fm(mag)) + mono
    if first:
        return ("-" if cf < 0 else "") + body
    return (" - " if cf < 0 else " + ") + body


def _lin(a, b, c, form: str = "general") -> str:
    """``ax + by + c = 0`` (general) or ``y = mx + k`` (slope, needs b != 0) in mini notation."""
    if form == "slope" and b != 0:
        mm, kk = Fraction(-a, 1) / b, Fraction(-c, 1) / b
        rhs = ""
        if mm != 0:
            rhs = _term(mm, "x", True)
        if kk != 0 or not rhs:
            rhs += _term(kk, "", not rhs)
        return f"y = {rhs}"
    out = ""
    for cf, mono in ((a, "x"), (b, "y"), (c, "")):
        if cf != 0:
            out += _term(cf, mono, not out)
    return f"{out} = 0"


def _poly(e: sp.Expr, gens: tuple[sp.Symbol, ...] = (x, y)) -> str:
    """Integer/rational polynomial in mini notation, graded order (x², y², x, y, const)."""
    e = sp.expand(e)
    if e == 0:
        return "0"
    p = sp.Poly(e, *gens)
    terms = sorted(p.terms(), key=lambda t: (-sum(t[0]), [-d for d in t[0]]))
    out = ""
    for mon, cf in terms:
        mono = "".join(str(g) + (f"^{d}" if d > 1 else "") for g, d in zip(gens, mon, strict=True) if d)
        out += _term(Fraction(int(cf.p), int(cf.q)), mono, not out)
    return out


def _sq(v, s: str) -> str:
    """``(x - v)^2`` in mini notation (``x^2`` when v = 0)."""
    v = Fraction(v)
    if v == 0:
        return f"{s}^2"
    return f"({s} {'-' if v > 0 else '+'} {_fm(abs(v))})^2"


def _pt(lbl: str, px, py, st: str) -> str:
    body = f"{lbl}({_fm(px)}, {_fm(py)})"
    return _r(body, st)


def _ptans(px, py) -> str:
    return f"({_fs(px)}, {_fs(py)})"


def _sqrt_txt(n2: int) -> str:
    """√n2 simplified, plain text: 5, 2√3, √7."""
    k, r = 1, n2
    for d in range(_m.isqrt(n2), 1, -1):
        if n2 % (d * d) == 0:
            k, r = d, n2 // (d * d)
            break
    if r == 1:
        return str(k if n2 else 0)
    return f"{'' if k == 1 else k}√{r}"


_TRANS = (*standard_transformations, implicit_multiplication_application, convert_xor)


def _P(s: str) -> sp.Expr:
    """Parse a plain/unicode answer such as ``y = (2/3)x - 1`` (right side) back into sympy."""
    t = s.split("=")[-1].replace("−", "-").replace("×", "*")
    t = re.sub(r"√(\d+)", r"sqrt(\1)", t).replace("√", "sqrt")
    return parse_expr(t, transformations=_TRANS, local_dict={"x": x, "y": y})


def _lans(mm, kk) -> str:
    """Plain answer text ``y = mx + k``."""
    return _r(_lin(-Fraction(mm), 1, -Fraction(kk), "slope"), "plain")


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보시오."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오.", "구하면?"])


def _rt(m: int, n: int, pair: str = "으로/로") -> str:
    return f"{m} : {josa(str(n), pair)}"


def _div(p1, p2, m: int, n: int):
    return Fraction(m * p2 + n * p1, m + n)


_RATIOS = [(1, 2), (2, 1), (1, 3), (3, 1), (2, 3), (3, 2), (1, 1), (3, 4), (4, 1), (1, 4), (2, 5)]


# ================================================================================================
# 10공수2-01-01 두 점 사이의 거리, 선분의 내분점
# ================================================================================================
@family("10공수2-01-01", "internal-division-point-plane")
def _c1_plane(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice(_RATIOS)
    ax_, ay_ = rng.randint(-6, 6), rng.randint(-6, 6)
    bx, by = ax_ + (m + n) * nonzero(rng, -3, 3), ay_ + (m + n) * rng.randint(-3, 3)
    if rng.random() < 0.25:
        bx += rng.choice([1, -1])
    px, py = _div(ax_, bx, m, n), _div(ay_, by, m, n)
    A, B = _pt("A", ax_, ay_, st), _pt("B", bx, by, st)
    rat = _rt(m, n)
    text = rng.choice([
        f"두 점 {A}, {B}에 대하여 선분 AB를 {rat} 내분하는 점 P의 좌표를 {_end(rng)}",
        f"좌표평면 위의 두 점 {A}, {josa(B, '을/를')} 이은 선분 AB를 {rat} 내분하는 점의 좌표를 {_end(rng)}",
        f"선분 AB의 양 끝점이 {A}, {B}일 때, 선분 AB 위의 점 P가 AP : PB = {_rt(m, n, '을/를')} 만족시킨다. 점 P의 좌표를 {_end(rng)}",
        f"두 점 {A}, {B}에 대하여 선분 AB를 {rat} 내분하는 점을 P(a, b)라 할 때, a + b의 값을 {_end(rng)}",
    ])
    ab = "a + b" in text
    ans = _fs(px + py) if ab else _ptans(px, py)

    def chk() -> bool:
        P = sp.Point(ax_, ay_) + sp.Rational(m, m + n) * (sp.Point(bx, by) - sp.Point(ax_, ay_))
        return (sp.Rational(str(ans)) == P.x + P.y) if ab else ans == f"({P.x}, {P.y})"
    d = 2 if (m, n) != (1, 1) else 1
    return Problem(text=text, answer=ans, format="computation", difficulty=d + ab, achievement_level=secondary_level(d + ab),
                   concepts=["내분", "내분점", "좌표평면"], check=chk)


@family("10공수2-01-01", "internal-division-number-line")
def _c1_line(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([r for r in _RATIOS if r != (1, 1)])
    a = rng.randint(-9, 6)
    b = a + (m + n) * rng.randint(1, 4) * rng.choice([1, -1])
    p = _div(a, b, m, n)
    A, B = _r(f"A({a})", st), _r(f"B({b})", st)
    fill = rng.random() < 0.5
    if fill:
        text = (f"수직선 위의 두 점 {A}, {B}에 대하여 선분 AB를 {_rt(m, n)} 내분하는 점 P의 좌표는 "
                f"다음과 같이 구할 수 있다. (  ) 안에 알맞은 수를 써넣으시오.\n"
                f"P의 좌표 = {_r(f'[{m} * ({b}) + {n} * ({a})|{m} + {n}]', st)} = (  )")
    else:
        text = rng.choice([
            f"수직선 위의 두 점 {A}, {josa(B, '을/를')} 이은 선분 AB를 {_rt(m, n)} 내분하는 점 P의 좌표를 {_end(rng)}",
            f"수직선 위에 두 점 {A}, {josa(B, '이/가')} 있다. 선분 AB 위의 점 P에 대하여 AP : PB = {m} : {n}일 때, 점 P의 좌표를 {_end(rng)}",
            f"수직선에서 {josa(_r(str(a), st), '과/와')} {_r(str(b), st)}에 대응하는 두 점을 잇는 선분을 {_rt(m, n)} 내분하는 점에 대응하는 수를 {_end(rng)}",
        ])
    ans = _fs(p)
    return Problem(text=text, answer=ans, format="fill" if fill else "computation", difficulty=1, achievement_level="E",
                   concepts=["내분", "수직선", "내분점"],
                   check=lambda: Fraction(ans) == a + Fraction(m, m + n) * (b - a))


@family("10공수2-01-01", "distance-between-points")
def _c1_dist(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ax_, ay_ = rng.randint(-6, 6), rng.randint(-6, 6)
    dx, dy = rng.choice([(3, 4), (6, 8), (5, 12), (1, 2), (2, 3), (4, 4), (1, 3), (2, 6), (8, 15), (3, 3), (2, 5)])
    if rng.random() < 0.5:
        dx, dy = dy, dx
    bx, by = ax_ + dx * rng.choice([1, -1]), ay_ + dy * rng.choice([1, -1])
    d2 = dx * dx + dy * dy
    A, B = _pt("A", ax_, ay_, st), _pt("B", bx, by, st)
    text = rng.choice([
        f"두 점 {A}, {B} 사이의 거리를 {_end(rng)}",
        f"좌표평면 위의 두 점 {A}, {B}에 대하여 선분 AB의 길이를 {_end(rng)}",
        f"지도를 좌표평면 위에 나타내었더니 학교는 {_r(f'A({ax_}, {ay_})', st)}, 도서관은 {_r(f'B({bx}, {by})', st)}에 있었다. "
        f"두 지점 사이의 직선 거리를 {_end(rng)} (단, 좌표의 단위는 km이다.)",
        f"{A}, {B}일 때, {_r('AB^2', st)}의 값과 선분 AB의 길이를 차례대로 {_end(rng, '쓰')}",
    ])
    both = "차례대로" in text
    ans = (f"{d2}, " if both else "") + _sqrt_txt(d2) + (" km" if "km" in text else "")
    return Problem(text=text, answer=ans, format="word" if "지도" in text else "computation", difficulty=1, achievement_level="E",
                   concepts=["두 점 사이의 거리", "좌표평면"],
                   check=lambda: sp.Point(ax_, ay_).distance(sp.Point(bx, by)) ** 2 == d2)


@family("10공수2-01-01", "triangle-centroid")
def _c1_centroid(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pts = [(rng.randint(-6, 8), rng.randint(-6, 8)) for _ in range(3)]
    while (pts[1][0] - pts[0][0]) * (pts[2][1] - pts[0][1]) == (pts[2][0] - pts[0][0]) * (pts[1][1] - pts[0][1]):
        pts[2] = (pts[2][0] + 1, pts[2][1] + 2)
    gx, gy = Fraction(sum(p[0] for p in pts), 3), Fraction(sum(p[1] for p in pts), 3)
    A, B, C = (_pt(lbl, *p, st) for lbl, p in zip("ABC", pts, strict=True))
    unknown = rng.random() < 0.4
    if unknown:
        text = (f"세 점 {_pt('A', *pts[0], st)}, {_pt('B', *pts[1], st)}, {josa(_r('C(a, b)', st), '을/를')} 꼭짓점으로 하는 삼각형 ABC의 "
                f"무게중심의 좌표가 {_r(f'({_fm(gx)}, {_fm(gy)})', st)}일 때, a, b의 값을 각각 {_end(rng)}")
        ans = f"a = {pts[2][0]}, b = {pts[2][1]}"
    else:
        text = rng.choice([
            f"세 점 {A}, {B}, {josa(C, '을/를')} 꼭짓점으로 하는 삼각형 ABC의 무게중심 G의 좌표를 {_end(rng)}",
            f"삼각형 ABC의 세 꼭짓점이 {A}, {B}, {C}일 때, 이 삼각형의 무게중심의 좌표를 {_end(rng)}",
            f"좌표평면 위의 세 지점 {A}, {B}, {C}에 가게가 하나씩 있다. 세 지점을 꼭짓점으로 하는 삼각형의 무게중심에 "
            f"공동 창고를 지으려고 할 때, 창고의 위치를 좌표로 {_end(rng, '쓰')}",
        ])
        ans = _ptans(gx, gy)

    def chk() -> bool:
        M = sp.Point(*pts[1]).midpoint(sp.Point(*pts[2]))
        G = sp.Point(*pts[0]) + sp.Rational(2, 3) * (M - sp.Point(*pts[0]))
        return ans == (f"a = {pts[2][0]}, b = {pts[2][1]}" if unknown else f"({G.x}, {G.y})")
    d = 3 if unknown else 2
    return Problem(text=text, answer=ans, format="word" if "창고" in text else "computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["무게중심", "내분점", "삼각형"], check=chk)


@family("10공수2-01-01", "mcq-division-point")
def _c1_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([r for r in _RATIOS if r[0] != r[1]])
    ax_, ay_ = rng.randint(-5, 5), rng.randint(-5, 5)
    bx, by = ax_ + (m + n) * nonzero(rng, -2, 2), ay_ + (m + n) * nonzero(rng, -2, 2)
    right = (_div(ax_, bx, m, n), _div(ay_, by, m, n))
    wrong = [
        (_div(ax_, bx, n, m), _div(ay_, by, n, m)),  # ratio swapped
        (Fraction(ax_ + bx, 2), Fraction(ay_ + by, 2)),  # midpoint
        (Fraction(m * bx - n * ax_, m - n), Fraction(m * by - n * ay_, m - n)),  # external
        (Fraction(m * ax_ + n * bx, m + n) + 1, Fraction(m * ay_ + n * by, m + n)),
        (Fraction(m * bx + n * ax_, m + n), Fraction(m * by + n * ay_, m + n) - 1),
        (Fraction(m * bx + n * ax_), Fraction(m * by + n * ay_)),  # forgot to divide
    ]
    fmt = lambda p: _r(f"({_fm(p[0])}, {_fm(p[1])})", st)  # noqa: E731
    ch = choices(rng, fmt(right), [fmt(w) for w in wrong])
    stem = rng.choice([
        f"두 점 {_pt('A', ax_, ay_, st)}, {_pt('B', bx, by, st)}에 대하여 선분 AB를 {_rt(m, n)} 내분하는 점의 좌표는?",
        f"선분 AB의 양 끝점 {_pt('A', ax_, ay_, st)}, {_pt('B', bx, by, st)}에 대하여 AP : PB = {m} : {n}인 선분 AB 위의 점 P의 좌표로 옳은 것은?",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["내분", "내분점"],
                   check=lambda: fmt((Fraction(ax_) + Fraction(m, m + n) * (bx - ax_), Fraction(ay_) + Fraction(m, m + n) * (by - ay_))) == ch.options[ch.correct])


@family("10공수2-01-01", "find-endpoint-from-division")
def _c1_endpoint(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice(_RATIOS)
    ax_, ay_ = rng.randint(-6, 6), rng.randint(-6, 6)
    bx, by = ax_ + (m + n) * nonzero(rng, -2, 2), ay_ + (m + n) * rng.randint(-2, 2)
    px, py = _div(ax_, bx, m, n), _div(ay_, by, m, n)
    if (m, n) == (1, 1):
        lead = f"선분 AB의 중점이 {_pt('M', px, py, st)}이고 점 A의 좌표가 {_r(f'({ax_}, {ay_})', st)}일 때,"
    else:
        lead = f"점 {josa(_pt('A', ax_, ay_, st), '과/와')} 점 B를 이은 선분 AB를 {_rt(m, n)} 내분하는 점이 {_pt('P', px, py, st)}일 때,"
    text = rng.choice([f"{lead} 점 B의 좌표를 {_end(rng)}", f"{lead} 점 B의 좌표를 (a, b)라 하자. a - b의 값을 {_end(rng)}"])
    diff = "a - b" in text
    ans = str(bx - by) if diff else _ptans(bx, by)
    sx = sp.Symbol("s")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["내분점", "중점"] if (m, n) == (1, 1) else ["내분", "내분점"],
                   check=lambda: (sp.solve(sp.Eq((m * sx + n * ax_) / sp.Integer(m + n), px), sx)[0] == bx))


@family("10공수2-01-01", "equidistant-point-on-axis")
def _c1_equi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    axis = rng.choice(["x", "y"])
    i = 0 if axis == "x" else 1
    for _ in range(300):
        A = (rng.randint(-5, 6), rng.randint(-5, 6))
        B = (rng.randint(-5, 6), rng.randint(-5, 6))
        if A[i] != B[i]:
            t = Fraction(B[0] ** 2 + B[1] ** 2 - A[0] ** 2 - A[1] ** 2, 2 * (B[i] - A[i]))
            if t.denominator <= 2 and A[1 - i] != 0:
                break
    else:
        A, B = ((1, 2), (3, 4)) if axis == "x" else ((2, 1), (4, 3))
        t = Fraction(5)
    P = (t, 0) if axis == "x" else (0, t)
    who = name(rng)
    text = rng.choice([
        f"두 점 {_pt('A', *A, st)}, {_pt('B', *B, st)}에서 같은 거리에 있는 {axis}축 위의 점 P의 좌표를 {_end(rng)}",
        f"{axis}축 위의 점 P에 대하여 PA = PB일 때, 점 P의 좌표를 {_end(rng)} (단, {_pt('A', *A, st)}, {_pt('B', *B, st)})",
        f"{josa(who, '은/는')} 두 친구의 집 {_pt('A', *A, st)}, {_pt('B', *B, st)}까지의 거리가 같은 곳에서 만나려고 한다. "
        f"만나는 곳이 {axis}축 위의 도로 위에 있을 때, 그 지점의 좌표를 {_end(rng)}",
    ])
    ans = _ptans(*P)
    s = sp.Symbol("s")
    Ps = (s, 0) if axis == "x" else (0, s)
    eq = (Ps[0] - A[0]) ** 2 + (Ps[1] - A[1]) ** 2 - (Ps[0] - B[0]) ** 2 - (Ps[1] - B[1]) ** 2
    return Problem(text=text, answer=ans, format="word" if who in text else "computation", difficulty=3, achievement_level="C",
                   concepts=["두 점 사이의 거리"],
                   check=lambda: sp.solve(eq, s) == [sp.Rational(t.numerator, t.denominator)])


@family("10공수2-01-01", "triangle-shape-by-distances")
def _c1_shape(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["right", "iso", "rightiso"])
    ox, oy = rng.randint(-4, 4), rng.randint(-4, 4)
    u, v = rng.choice([(1, 2), (2, 1), (1, 3), (3, 1), (2, 3), (3, 2)])
    if kind == "rightiso":
        pts = [(ox, oy), (ox + u, oy + v), (ox - v, oy + u)]
    elif kind == "right":
        s = rng.choice([2, 3])
        pts = [(ox, oy), (ox + u, oy + v), (ox - s * v, oy + s * u)]
    else:
        pts = [(ox, oy), (ox + u, oy + v), (ox + v, oy + u)] if u != v else [(ox, oy), (ox + 2, oy), (ox + 1, oy + 3)]
    rng.shuffle(pts)
    d2 = lambda p, q: (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2  # noqa: E731
    sides = sorted([d2(pts[0], pts[1]), d2(pts[1], pts[2]), d2(pts[0], pts[2])])
    right = sides[0] + sides[1] == sides[2]
    iso = len(set(sides)) < 3
    opts = ["정삼각형", "이등변삼각형", "직각삼각형", "직각이등변삼각형", "둔각삼각형"]
    correct = {(True, True): "직각이등변삼각형", (True, False): "직각삼각형", (False, True): "이등변삼각형"}[(right, iso)]
    ch = choices(rng, correct, [o for o in opts if o != correct])
    A, B, C = (_pt(lbl, *p, st) for lbl, p in zip("ABC", pts, strict=True))
    stem = rng.choice([
        f"세 점 {A}, {B}, {josa(C, '을/를')} 꼭짓점으로 하는 삼각형 ABC는 어떤 삼각형인가?",
        f"좌표평면 위의 세 점 {A}, {B}, {C}에 대하여 삼각형 ABC의 모양으로 가장 알맞은 것은?",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="B", choice=ch,
                   concepts=["두 점 사이의 거리", "삼각형"],
                   check=lambda: (sp.Triangle(*map(sp.Point, pts)).is_right() == right))


# ================================================================================================
# 10공수2-01-02 두 직선의 평행 조건과 수직 조건
# ================================================================================================
def _slope_ok(rng: random.Random) -> Fraction:
    return Fraction(nonzero(rng, -4, 4), rng.choice([1, 1, 1, 2, 3]))


def _line_of(mm: Fraction, px, py) -> tuple[Fraction, Fraction, Fraction]:
    """(a, b, c) with a x + b y + c = 0, integers, for the line of slope mm through (px, py)."""
    q = mm.denominator
    a_, b_ = -mm.numerator, q
    c_ = -(a_ * px + b_ * py)
    if a_ < 0:
        a_, b_, c_ = -a_, -b_, -c_
    return a_, b_, c_


def _line_txt(a_, b_, c_, st: str, form: str) -> str:
    return _r(_lin(a_, b_, c_, form), st)


def _eq_lines(ans: str, mm, kk) -> bool:
    lhs = _P(ans)
    return sp.expand(lhs - (sp.Rational(mm.numerator, mm.denominator) * x + sp.Rational(kk.numerator, kk.denominator))) == 0


@family("10공수2-01-02", "parallel-line-through-point")
def _c2_par(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mm = _slope_ok(rng)
    a_, b_, c_ = _line_of(mm, rng.randint(-3, 3), rng.randint(-3, 3))
    px, py = rng.randint(-5, 5), rng.randint(-5, 5)
    kk = py - mm * px
    form = rng.choice(["general", "slope"])
    L = _line_txt(a_, b_, c_, st, form)
    P = _pt("P", px, py, st)
    text = rng.choice([
        f"점 {josa(P, '을/를')} 지나고 직선 {L}에 평행한 직선의 방정식을 {_end(rng)}",
        f"직선 {josa(L, '과/와')} 평행하고 점 {josa(P, '을/를')} 지나는 직선의 방정식을 y = mx + n 꼴로 {_end(rng, '쓰')}",
        f"직선 {L}에 평행한 직선 중에서 점 {josa(P, '을/를')} 지나는 것의 방정식을 {_end(rng)}",
    ])
    ans = _lans(mm, kk)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["직선의 방정식", "평행", "기울기"],
                   check=lambda: sp.Line((px, py), slope=sp.Rational(mm.numerator, mm.denominator)).is_parallel(
                       sp.Line(sp.Point(0, -sp.Rational(c_, b_)), slope=-sp.Rational(a_, b_))) and _eq_lines(ans, mm, kk))


@family("10공수2-01-02", "perpendicular-line-through-point")
def _c2_perp(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m0 = _slope_ok(rng)
    a_, b_, c_ = _line_of(m0, rng.randint(-3, 3), rng.randint(-3, 3))
    mm = -1 / m0
    px, py = rng.randint(-5, 5), rng.randint(-5, 5)
    kk = py - mm * px
    L = _line_txt(a_, b_, c_, st, rng.choice(["general", "slope"]))
    P = _pt("A", px, py, st)
    text = rng.choice([
        f"점 {josa(P, '을/를')} 지나고 직선 {L}에 수직인 직선의 방정식을 {_end(rng)}",
        f"직선 {josa(L, '과/와')} 수직으로 만나고 점 {josa(P, '을/를')} 지나는 직선의 방정식을 {_end(rng)}",
        f"점 {P}에서 직선 {L}에 수선을 그었다. 이 수선을 포함하는 직선의 방정식을 {_end(rng)}",
    ])
    ans = _lans(mm, kk)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["직선의 방정식", "수직", "기울기"],
                   check=lambda: sp.Line((px, py), slope=sp.Rational(mm.numerator, mm.denominator)).is_perpendicular(
                       sp.Line(sp.Point(0, -sp.Rational(c_, b_)), slope=-sp.Rational(a_, b_))) and _eq_lines(ans, mm, kk))


@family("10공수2-01-02", "find-k-parallel-or-perp")
def _c2_k(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["par", "perp"])
    k = sp.Symbol("k")
    a1, b1 = nonzero(rng, -4, 4), nonzero(rng, -4, 4)
    b2 = nonzero(rng, -4, 4)
    # line1: a1 x + b1 y + c1 = 0 ; line2: (k + s) x + b2 y + c2 = 0
    s = rng.randint(-3, 3)
    a2 = Fraction(a1 * b2, b1) if kind == "par" else Fraction(-b1 * b2, a1)
    kv = a2 - s
    c1 = rng.randint(-6, 6)
    c2 = c1 * b2 // b1 + rng.choice([1, 2, -1, 3]) if kind == "par" else rng.randint(-6, 6)
    l1 = _r(_lin(a1, b1, c1), st)
    coef = "k" if s == 0 else f"(k {'+' if s > 0 else '-'} {abs(s)})"
    tail = f" {'+' if b2 > 0 else '-'} {'' if abs(b2) == 1 else abs(b2)}y" + (f" {'+' if c2 > 0 else '-'} {abs(c2)}" if c2 else "") + " = 0"
    l2 = _r(coef + "x" + tail, st)
    word = "평행" if kind == "par" else "수직"
    text = rng.choice([
        f"두 직선 {l1}, {josa(l2, '이/가')} 서로 {word}일 때, 상수 k의 값을 {_end(rng)}",
        f"직선 {josa(l1, '과/와')} 직선 {josa(l2, '이/가')} {'평행하도록' if kind == 'par' else '수직이 되도록'} 하는 상수 k의 값을 {_end(rng)}",
        f"좌표평면 위의 두 직선 {l1}, {l2}에 대하여 두 직선이 {'평행' if kind == 'par' else '서로 수직'}이 되는 k의 값을 {_end(rng)}",
    ])
    ans = _fs(kv)
    cond = (a1 * b2 - (k + s) * b1) if kind == "par" else (a1 * (k + s) + b1 * b2)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["평행", "수직", "직선의 방정식"] if kind == "par" else ["수직", "직선의 방정식"],
                   check=lambda: sp.solve(cond, k) == [sp.Rational(kv.numerator, kv.denominator)])


@family("10공수2-01-02", "perpendicular-bisector")
def _c2_bisect(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ax_, ay_ = rng.randint(-5, 5), rng.randint(-5, 5)
    bx, by = ax_ + 2 * nonzero(rng, -3, 3), ay_ + 2 * nonzero(rng, -3, 3)
    mx, my = Fraction(ax_ + bx, 2), Fraction(ay_ + by, 2)
    mm = Fraction(-(bx - ax_), by - ay_)
    kk = my - mm * mx
    A, B = _pt("A", ax_, ay_, st), _pt("B", bx, by, st)
    text = rng.choice([
        f"두 점 {A}, {B}에 대하여 선분 AB의 수직이등분선의 방정식을 {_end(rng)}",
        f"두 점 {A}, {B}에서 같은 거리에 있는 점들이 나타내는 도형의 방정식을 {_end(rng)}",
        f"선분 AB의 양 끝점이 {A}, {B}일 때, 선분 AB의 중점을 지나고 AB에 수직인 직선의 방정식을 y = ax + b라 하자. a + b의 값을 {_end(rng)}",
    ])
    ab = "a + b" in text
    ans = _fs(mm + kk) if ab else _lans(mm, kk)
    P = sp.Symbol("p")
    eqs = sp.expand((x - ax_) ** 2 + (P - ay_) ** 2 - (x - bx) ** 2 - (P - by) ** 2)
    sol = sp.solve(eqs, P)[0]
    return Problem(text=text, answer=ans, format="computation", difficulty=3 + ab, achievement_level=secondary_level(3 + ab),
                   concepts=["수직이등분선", "수직", "중점"],
                   check=lambda: (sp.Rational(ans) == sol.subs(x, 1)) if ab else sp.expand(_P(ans) - sol) == 0)


@family("10공수2-01-02", "mcq-which-lines-perpendicular")
def _c2_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m0 = _slope_ok(rng)
    want = rng.choice(["수직", "평행"])
    good = -1 / m0 if want == "수직" else m0
    bad = {-m0, 1 / m0, -1 / m0 if want == "평행" else -2 * m0, m0 + 1, 2 * m0, Fraction(-m0.denominator * 2, m0.numerator)} - {good, Fraction(0)}
    base = _line_txt(*_line_of(m0, 0, rng.randint(-3, 3)), st, "slope")

    def show(mm: Fraction) -> str:
        return _line_txt(*_line_of(mm, rng.randint(-2, 2), rng.randint(-2, 2)), st, rng.choice(["general", "slope"]))
    opts_bad = sorted(bad, key=lambda v: (v.numerator * 7 + v.denominator))
    ch = choices(rng, show(good), [show(v) for v in opts_bad] + [show(m0 + 2)])
    stem = rng.choice([
        f"다음 중 직선 {josa(base, '과/와')} {want}인 직선은?",
        f"직선 {base}에 {'수직인' if want == '수직' else '평행한'} 직선의 방정식인 것은?",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["평행", "수직", "기울기"])


@family("10공수2-01-02", "foot-of-perpendicular")
def _c2_foot(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m0 = Fraction(nonzero(rng, -3, 3), rng.choice([1, 1, 2]))
    hx, hy = rng.randint(-4, 4), rng.randint(-4, 4)
    a_, b_, c_ = _line_of(m0, hx, hy)
    t = nonzero(rng, -2, 2)
    px, py = hx + t * a_, hy + t * b_
    L = _line_txt(a_, b_, c_, st, rng.choice(["general", "slope"]))
    P = _pt("P", px, py, st)
    text = rng.choice([
        f"점 {P}에서 직선 {L}에 내린 수선의 발 H의 좌표를 {_end(rng)}",
        f"점 {P}에서 직선 {L}에 수선을 그었을 때, 수선과 직선이 만나는 점의 좌표를 {_end(rng)}",
        f"직선 {L} 위의 점 중에서 점 {P}에 가장 가까운 점의 좌표를 {_end(rng)}",
    ])
    ans = _ptans(hx, hy)
    H = sp.Line(sp.Point(0, -sp.Rational(c_, b_)), slope=-sp.Rational(a_, b_)).projection(sp.Point(px, py))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["수직", "직선의 방정식", "수선의 발"], check=lambda: ans == f"({H.x}, {H.y})")


@family("10공수2-01-02", "relation-of-two-lines")
def _c2_rel(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m1 = _slope_ok(rng)
    rel = rng.choice(["평행하다", "수직이다", "일치한다", "한 점에서 만나지만 수직은 아니다"])
    a1, b1, c1 = _line_of(m1, rng.randint(-2, 2), rng.randint(-2, 2))
    if rel == "평행하다":
        a2, b2, c2 = a1, b1, c1 + nonzero(rng, -4, 4)
    elif rel == "일치한다":
        a2, b2, c2 = a1, b1, c1
    elif rel == "수직이다":
        a2, b2, c2 = _line_of(-1 / m1, rng.randint(-2, 2), 0)
    else:
        m2 = m1 + rng.choice([1, 2, -1])
        while m2 == 0 or m1 * m2 == -1:
            m2 += 3
        a2, b2, c2 = _line_of(m2, 0, rng.randint(-2, 2))
    kf = rng.choice([2, -1, 3]) if rel == "일치한다" else rng.choice([1, 2, -1, 3])
    a2, b2, c2 = a2 * kf, b2 * kf, c2 * kf
    L1, L2 = _line_txt(a1, b1, c1, st, "general"), _line_txt(a2, b2, c2, st, "general")
    opts = ["평행하다", "수직이다", "일치한다", "한 점에서 만나지만 수직은 아니다"]
    ch = choices(rng, rel, [o for o in opts if o != rel], n=4)
    stem = rng.choice([
        f"두 직선 {L1}, {L2}의 위치 관계로 옳은 것은?",
        f"좌표평면에서 두 직선 {josa(L1, '과/와')} {L2}에 대한 설명으로 옳은 것은?",
    ])
    det = a1 * b2 - a2 * b1
    truth = ("일치한다" if a1 * c2 == a2 * c1 and b1 * c2 == b2 * c1 else "평행하다") if det == 0 else (
        "수직이다" if a1 * a2 + b1 * b2 == 0 else "한 점에서 만나지만 수직은 아니다")
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch,
                   concepts=["평행", "수직", "일치"], check=lambda: truth == rel)


@family("10공수2-01-02", "explain-slope-product")
def _c2_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m0 = _slope_ok(rng)
    px, py = rng.randint(-3, 3), rng.randint(-3, 3)
    text = rng.choice([
        f"직선 {_r(_lin(*_line_of(m0, 0, 1), 'slope'), st)}에 수직인 직선의 기울기를 m이라 하면, 두 직선의 기울기의 곱이 (  )이므로 m = (  )이다. "
        f"(  ) 안에 알맞은 수를 차례대로 써넣으시오.",
        f"기울기가 {_r(_fm(m0), st)}인 직선과 수직인 직선 l이 점 {josa(_pt('P', px, py, st), '을/를')} 지날 때, 직선 l의 기울기는 (  )이고 y절편은 (  )이다. "
        f"(  ) 안에 알맞은 수를 써넣으시오.",
    ])
    mm = -1 / m0
    ans = f"-1, {_fs(mm)}" if "곱이" in text else f"{_fs(mm)}, {_fs(py - mm * px)}"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["수직", "기울기", "y절편"] if "절편" in text else ["수직", "기울기"],
                   check=lambda: Fraction(ans.split(", ")[0 if "절편" in text else 1]) * m0 == -1)


# ================================================================================================
# 10공수2-01-03 점과 직선 사이의 거리
# ================================================================================================
_PYTH = [(3, 4), (4, 3), (5, 12), (12, 5), (6, 8), (8, 6), (1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (0, 1), (1, 0)]


def _pl_dist(a_, b_, c_, px, py) -> sp.Expr:
    return sp.Abs(a_ * px + b_ * py + c_) / sp.sqrt(a_ * a_ + b_ * b_)


def _surd(e: sp.Expr) -> str:
    """Plain text of a simple surd value: 12/5, 2√5, 3√10/5."""
    e = sp.nsimplify(e)
    if e.is_Rational:
        return _fs(Fraction(int(e.p), int(e.q)))
    num, den = sp.fraction(sp.radsimp(e))
    co, rad = num.as_coeff_Mul()
    r = sp.sstr(rad).replace("sqrt(", "√").replace(")", "")
    txt = f"{'' if co == 1 else co}{r}"
    return txt if den == 1 else f"{txt}/{den}"


@family("10공수2-01-03", "point-to-line-distance")
def _c3_basic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.choice(_PYTH[:-2])
    a_, b_ = a_ * rng.choice([1, -1]), b_ * rng.choice([1, -1])
    c_ = rng.randint(-12, 12)
    if a_ < 0 and rng.random() < 0.8:
        a_, b_, c_ = -a_, -b_, -c_
    px, py = rng.randint(-5, 5), rng.randint(-5, 5)
    if a_ * px + b_ * py + c_ == 0:
        c_ += 3
    L = _r(_lin(a_, b_, c_), st)
    origin = rng.random() < 0.25
    if origin:
        px = py = 0
    P = "원점" if origin else f"점 {_pt('P', px, py, st)}"
    text = rng.choice([
        f"{P}과 직선 {L} 사이의 거리를 {_end(rng)}" if origin else f"{P}와 직선 {L} 사이의 거리를 {_end(rng)}",
        f"{P}에서 직선 {L}에 이르는 거리를 {_end(rng)}",
        f"{P}에서 직선 {L}에 내린 수선의 길이를 {_end(rng)}",
    ])
    dd = _pl_dist(a_, b_, c_, px, py)
    ans = _surd(dd)
    H = sp.Line(sp.Point(0, 0) if c_ == 0 else sp.Point(sp.Rational(-c_, a_) if a_ else 0, 0 if a_ else sp.Rational(-c_, b_)),
                slope=sp.Rational(-a_, b_) if b_ else sp.oo)
    return Problem(text=text, answer=ans, format="computation", difficulty=1 if abs(a_) + abs(b_) > 6 else 2, achievement_level="E" if abs(a_) + abs(b_) > 6 else "D",
                   concepts=["점과 직선 사이의 거리"],
                   check=lambda: sp.simplify(H.distance(sp.Point(px, py)) - _P(ans)) == 0)


@family("10공수2-01-03", "parallel-lines-distance")
def _c3_parallel(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.choice(_PYTH[:8])
    b_ *= rng.choice([1, -1])
    c1 = rng.randint(-10, 10)
    c2 = c1 + nonzero(rng, -15, 15)
    kf = rng.choice([1, 1, 2])
    L1, L2 = _r(_lin(a_, b_, c1), st), _r(_lin(kf * a_, kf * b_, kf * c2), st)
    text = rng.choice([
        f"평행한 두 직선 {L1}, {L2} 사이의 거리를 {_end(rng)}",
        f"두 직선 {josa(L1, '과/와')} {L2}는 서로 평행하다. 이 두 직선 사이의 거리를 {_end(rng)}",
        f"직선 {L1} 위의 한 점과 직선 {L2} 사이의 거리를 이용하여 두 직선 사이의 거리를 {_end(rng)}",
    ])
    dd = sp.Rational(abs(c2 - c1)) / sp.sqrt(a_ * a_ + b_ * b_)
    ans = _surd(dd)
    q0 = (sp.Rational(-c1, a_), 0)
    return Problem(text=text, answer=ans, format="computation", difficulty=2 + (kf > 1), achievement_level="D" if kf == 1 else "C",
                   concepts=["점과 직선 사이의 거리", "평행"],
                   check=lambda: sp.simplify(_pl_dist(kf * a_, kf * b_, kf * c2, *q0) - _P(ans)) == 0)


@family("10공수2-01-03", "unknown-from-distance")
def _c3_unknown(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.choice([(3, 4), (4, 3), (5, 12), (12, 5), (6, 8), (4, -3), (3, -4)])
    h = _m.isqrt(a_ * a_ + b_ * b_)
    dd = rng.randint(1, 4)
    kind = rng.choice(["c", "px"])
    kk = sp.Symbol("k")
    if kind == "c":
        # distance from origin to a x + b y + k = 0 is dd -> k = ± dd h
        L = _r(f"{_lin(a_, b_, 0)[:-4]} + k = 0", st)
        text = rng.choice([
            f"원점과 직선 {L} 사이의 거리가 {dd}일 때, 양수 k의 값을 {_end(rng)}",
            f"직선 {josa(L, '과/와')} 원점 사이의 거리가 {josa(str(dd), '이/가')} 되도록 하는 양수 k의 값을 {_end(rng)}",
        ])
        ans = str(dd * h)
        eq = sp.Eq(kk / h, dd)
    else:
        c_ = rng.randint(-8, 8)
        py = rng.randint(-3, 3)
        L = _r(_lin(a_, b_, c_), st)
        text = rng.choice([
            f"점 {josa(_r(f'(k, {py})', st), '과/와')} 직선 {L} 사이의 거리가 {dd}일 때, 모든 실수 k의 값의 합을 {_end(rng)}",
            f"직선 {L}까지의 거리가 {josa(str(dd), '이/가')} 되는 점 {_r(f'P(k, {py})', st)}에 대하여 가능한 k의 값의 합을 {_end(rng)}",
        ])
        ssum = Fraction(-2 * (b_ * py + c_), a_)
        ans = _fs(ssum)
        eq = None
    def chk() -> bool:
        if eq is not None:
            return sp.solve(eq, kk) == [int(ans)]
        sols = sp.solve(sp.Eq((a_ * kk + b_ * py + c_) ** 2, dd * dd * h * h), kk)
        return sum(sols) == sp.Rational(ssum.numerator, ssum.denominator)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["점과 직선 사이의 거리", "절댓값"], check=chk)


@family("10공수2-01-03", "triangle-area-by-distance")
def _c3_area(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(100):
        pts = [(rng.randint(-4, 6), rng.randint(-4, 6)) for _ in range(3)]
        area2 = abs((pts[1][0] - pts[0][0]) * (pts[2][1] - pts[0][1]) - (pts[2][0] - pts[0][0]) * (pts[1][1] - pts[0][1]))
        if area2:
            break
    else:
        pts, area2 = [(0, 0), (4, 0), (0, 3)], 12
    A, B, C = (_pt(lbl, *p, st) for lbl, p in zip("ABC", pts, strict=True))
    (x1, y1), (x2, y2), _c = pts
    a_, b_, c_ = y2 - y1, x1 - x2, x2 * y1 - x1 * y2
    Lbc = _r(_lin(a_, b_, c_), st)
    fill = rng.random() < 0.4
    if fill:
        base2 = (x2 - x1) ** 2 + (y2 - y1) ** 2
        h = _pl_dist(a_, b_, c_, *pts[2])
        text = (f"세 점 {A}, {B}, {josa(C, '을/를')} 꼭짓점으로 하는 삼각형 ABC의 넓이를 구하는 과정이다. (  ) 안에 알맞은 것을 차례대로 써넣으시오.\n"
                f"직선 AB의 방정식은 {Lbc}이고, 선분 AB의 길이는 (  ), 점 C와 직선 AB 사이의 거리는 (  )이므로 삼각형 ABC의 넓이는 (  )이다.")
        ans = f"{_sqrt_txt(base2)}, {_surd(h)}, {_fs(Fraction(area2, 2))}"
    else:
        text = rng.choice([
            f"세 점 {A}, {B}, {josa(C, '을/를')} 꼭짓점으로 하는 삼각형 ABC의 넓이를 점과 직선 사이의 거리를 이용하여 {_end(rng)}",
            f"좌표평면 위의 세 점 {A}, {B}, {C}에 대하여 삼각형 ABC의 넓이를 {_end(rng)}",
            f"공원 안의 세 지점 {A}, {B}, {josa(C, '을/를')} 꼭짓점으로 하는 삼각형 모양의 꽃밭을 만들려고 한다. 꽃밭의 넓이를 {_end(rng)} (단, 좌표의 단위는 m이다.)",
        ])
        ans = _fs(Fraction(area2, 2)) + (" m²" if "꽃밭" in text else "")
    return Problem(text=text, answer=ans, format="fill" if fill else ("word" if "꽃밭" in text else "computation"), difficulty=3,
                   achievement_level="C", concepts=["점과 직선 사이의 거리", "두 점 사이의 거리", "삼각형의 넓이"],
                   check=lambda: abs(sp.Polygon(*map(sp.Point, pts)).area) == sp.Rational(area2, 2))


@family("10공수2-01-03", "mcq-distance-mistakes")
def _c3_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.choice([(3, 4), (4, 3), (5, 12), (12, 5), (3, -4), (4, -3), (8, 6)])
    h = _m.isqrt(a_ * a_ + b_ * b_)
    for _ in range(50):
        px, py, c_ = rng.randint(-5, 5), rng.randint(-5, 5), rng.randint(-9, 9)
        v = a_ * px + b_ * py + c_
        if v < 0 and abs(v) != h:
            break
    else:
        px, py, c_ = 0, 0, -h * 2 - 1
        v = c_
    right = Fraction(abs(v), h)
    wrong = [Fraction(v, h), Fraction(abs(v), h * h), Fraction(abs(a_ * px + b_ * py), h), Fraction(abs(v), abs(a_) + abs(b_)), Fraction(abs(v)), right + 1]
    fmt = lambda f: _r(_fm(f), st)  # noqa: E731
    ch = choices(rng, fmt(right), [fmt(w) for w in wrong], sort_key=lambda o: float(Fraction(_P(o.replace("$", "").replace("\\frac{", "(").replace("}{", ")/(").replace("}", ")")))))
    stem = rng.choice([
        f"점 {_pt('A', px, py, st)}와 직선 {_r(_lin(a_, b_, c_), st)} 사이의 거리는?",
        f"점 {_pt('A', px, py, st)}에서 직선 {_r(_lin(a_, b_, c_), st)}까지의 거리는?",
    ])
    stem = stem.replace(f"{_pt('A', px, py, st)}와", josa(_pt("A", px, py, st), "과/와"))
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["점과 직선 사이의 거리"],
                   check=lambda: _pl_dist(a_, b_, c_, px, py) == sp.Rational(right.numerator, right.denominator))


@family("10공수2-01-03", "road-shortest-distance")
def _c3_road(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.choice([(3, 4), (4, 3), (5, 12), (12, 5), (3, -4), (1, 1), (1, 2), (2, -1)])
    c_ = rng.randint(-20, 20)
    px, py = rng.randint(0, 9), rng.randint(0, 9)
    if a_ * px + b_ * py + c_ == 0:
        c_ += 5
    unit = rng.choice([("km", "km"), ("100 m", "m")])
    who = name(rng)
    place = rng.choice(["집", "캠핑장", "학교", "농장", "등대"])
    road = rng.choice(["직선 도로", "곧은 철길", "직선 모양의 해안선", "직선 산책로"])
    text = rng.choice([
        f"어느 지역의 지도를 좌표평면 위에 나타내면 {who}네 {josa(place, '은/는')} 점 {_r(f'({px}, {py})', st)}에 있고, {josa(road, '은/는')} "
        f"직선 {josa(_r(_lin(a_, b_, c_), st), '으로/로')} 나타난다. {place}에서 {road}까지의 가장 짧은 거리를 {_end(rng)} (단, 좌표의 한 칸은 {unit[0]}이다.)",
        f"좌표평면에서 {josa(road, '이/가')} 직선 {_r(_lin(a_, b_, c_), st)} 위에 놓여 있다. 점 {_r(f'({px}, {py})', st)}에 있는 {place}에서 "
        f"{road}로 가는 가장 짧은 길의 길이를 {_end(rng)} (단, 좌표의 단위는 {unit[0]}이다.)",
    ])
    dd = _pl_dist(a_, b_, c_, px, py)
    ans = _surd(dd) + " km" if unit[0] == "km" else _surd(dd * 100) + " m"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["점과 직선 사이의 거리"],
                   check=lambda: sp.simplify(dd ** 2 - sp.Rational((a_ * px + b_ * py + c_) ** 2, a_ * a_ + b_ * b_)) == 0)


@family("10공수2-01-03", "distance-to-line-through-two-points")
def _c3_twopts(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ax_, ay_ = rng.randint(-4, 4), rng.randint(-4, 4)
    dx, dy = rng.choice([(4, 3), (3, 4), (1, 2), (2, 1), (1, 1), (3, -4), (4, -3), (1, -1), (2, -1)])
    bx, by = ax_ + dx, ay_ + dy
    px, py = rng.randint(-5, 5), rng.randint(-5, 5)
    a_, b_, c_ = dy, -dx, dx * ay_ - dy * ax_
    if a_ * px + b_ * py + c_ == 0:
        py += 1
    text = rng.choice([
        f"두 점 {_pt('A', ax_, ay_, st)}, {josa(_pt('B', bx, by, st), '을/를')} 지나는 직선과 점 {_pt('P', px, py, st)} 사이의 거리를 {_end(rng)}",
        f"점 {_pt('P', px, py, st)}에서 두 점 {_pt('A', ax_, ay_, st)}, {josa(_pt('B', bx, by, st), '을/를')} 지나는 직선에 내린 수선의 길이를 {_end(rng)}",
    ])
    dd = _pl_dist(a_, b_, c_, px, py)
    ans = _surd(dd)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["점과 직선 사이의 거리", "직선의 방정식"],
                   check=lambda: sp.simplify(sp.Line(sp.Point(ax_, ay_), sp.Point(bx, by)).distance(sp.Point(px, py)) - dd) == 0)


@family("10공수2-01-03", "derive-distance-formula")
def _c3_proof(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.choice([(3, 4), (4, 3), (1, 2), (2, 1), (5, 12)])
    c_ = rng.randint(-9, 9)
    px, py = rng.randint(-3, 3), rng.randint(-3, 3)
    if a_ * px + b_ * py + c_ == 0:
        c_ += 2
    L = _r(_lin(a_, b_, c_), st)
    P = _pt("P", px, py, st)
    text = rng.choice([
        f"점 {P}에서 직선 l: {L}에 내린 수선의 발을 H라 하자. 직선 PH의 방정식을 구하고 두 직선의 교점 H를 구한 다음, 선분 PH의 길이를 구하여 "
        f"점과 직선 사이의 거리 공식으로 구한 값과 같음을 확인하시오.",
        f"점과 직선 사이의 거리 공식을 쓰지 않고, 수선의 발을 직접 구하는 방법으로 점 {P}와 직선 {L} 사이의 거리를 구하고 그 과정을 설명하시오.",
    ])
    text = text.replace(f"{P}와", josa(P, "과/와"))
    dd = _pl_dist(a_, b_, c_, px, py)
    ans = _surd(dd)
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="B",
                   concepts=["점과 직선 사이의 거리", "수선의 발", "수직"],
                   check=lambda: sp.simplify(sp.Line(sp.Point(0, sp.Rational(-c_, b_)), slope=sp.Rational(-a_, b_)).distance(sp.Point(px, py)) - dd) == 0)


# ================================================================================================
# 10공수2-01-04 원의 방정식
# ================================================================================================
def _circ_std(cx, cy, r2) -> str:
    return f"{_sq(cx, 'x')} + {_sq(cy, 'y')} = {_fs(r2)}"


def _circ_gen(cx, cy, r2) -> str:
    return _poly((x - cx) ** 2 + (y - cy) ** 2 - r2) + " = 0"


def _circ_ok(ans: str, cx, cy, r2) -> bool:
    lhs, rhs = ans.split("=")
    e = parse_expr(lhs.replace("^", "**"), transformations=_TRANS, local_dict={"x": x, "y": y}) - sp.sympify(rhs)
    return sp.expand(e - ((x - cx) ** 2 + (y - cy) ** 2 - r2)) == 0


@family("10공수2-01-04", "equation-from-center-radius")
def _c4_basic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = rng.randint(-5, 5), rng.randint(-5, 5)
    r = rng.randint(1, 6)
    q = rng.choice([2, 3, 5, 6, 7, 10])
    rtxt, r2 = (str(r), r * r) if rng.random() < 0.7 else (f"√{q}", q)
    C = _r(f"({cx}, {cy})", st)
    text = rng.choice([
        f"중심이 점 {C}이고 반지름의 길이가 {_r(rtxt, st)}인 원의 방정식을 {_end(rng)}",
        f"중심의 좌표가 {C}이고 반지름의 길이가 {_r(rtxt, st)}인 원의 방정식을 (x − a)² + (y − b)² = r² 꼴로 {_end(rng, '쓰')}",
        f"점 {josa(C, '을/를')} 중심으로 하고 반지름의 길이가 {_r(rtxt, st)}인 원을 좌표평면 위에 그리려고 한다. 이 원의 방정식을 {_end(rng)}",
    ])
    ans = _r(_circ_std(cx, cy, r2), "plain")
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["원의 방정식", "중심", "반지름"], check=lambda: _circ_ok(ans, cx, cy, r2))


@family("10공수2-01-04", "center-radius-from-general-form")
def _c4_general(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = rng.randint(-5, 5), rng.randint(-5, 5)
    r = rng.randint(1, 6)
    eq = _r(_circ_gen(cx, cy, r * r), st)
    text = rng.choice([
        f"원 {eq}의 중심의 좌표와 반지름의 길이를 각각 {_end(rng)}",
        f"방정식 {josa(eq, '이/가')} 나타내는 도형의 중심의 좌표와 반지름의 길이를 차례대로 {_end(rng, '쓰')}",
        f"원 {eq}의 중심을 (a, b), 반지름의 길이를 r라 할 때, a + b + r의 값을 {_end(rng)}",
    ])
    s3 = "a + b + r" in text
    ans = str(cx + cy + r) if s3 else f"({cx}, {cy}), {r}"
    e = sp.expand((x - cx) ** 2 + (y - cy) ** 2 - r * r)
    p = sp.Poly(e, x, y)
    D, E, F = p.coeff_monomial(x), p.coeff_monomial(y), p.coeff_monomial(1)
    cc = (-D / 2, -E / 2, sp.sqrt(D * D / 4 + E * E / 4 - F))
    return Problem(text=text, answer=ans, format="computation", difficulty=2 + s3, achievement_level="D" if not s3 else "C",
                   concepts=["원의 방정식", "중심", "반지름", "완전제곱식"],
                   check=lambda: (ans == str(cc[0] + cc[1] + cc[2])) if s3 else ans == f"({cc[0]}, {cc[1]}), {cc[2]}")


@family("10공수2-01-04", "circle-from-diameter")
def _c4_diam(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ax_, ay_ = rng.randint(-6, 6), rng.randint(-6, 6)
    bx, by = ax_ + 2 * rng.randint(-3, 3), ay_ + 2 * nonzero(rng, -3, 3)
    cx, cy = Fraction(ax_ + bx, 2), Fraction(ay_ + by, 2)
    r2 = Fraction((bx - ax_) ** 2 + (by - ay_) ** 2, 4)
    A, B = _pt("A", ax_, ay_, st), _pt("B", bx, by, st)
    text = rng.choice([
        f"두 점 {A}, {B}를 지름의 양 끝점으로 하는 원의 방정식을 {_end(rng)}",
        f"선분 AB를 지름으로 하는 원의 방정식을 {_end(rng)} (단, {A}, {B})",
        f"두 점 {A}, {B}에 대하여 ∠APB = 90°를 만족시키는 점 P가 그리는 도형의 방정식을 {_end(rng)} (단, 점 P는 A, B가 아니다.)",
    ])
    text = text.replace(f"{B}를 지름", f"{josa(B, '을/를')} 지름")
    ans = _r(_circ_std(cx, cy, r2), "plain")
    d = 4 if "∠APB" in text else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["원의 방정식", "지름", "중점"],
                   check=lambda: _circ_ok(ans, sp.Rational(ax_ + bx, 2), sp.Rational(ay_ + by, 2), sp.Point(ax_, ay_).distance(sp.Point(bx, by)) ** 2 / 4))


@family("10공수2-01-04", "circle-through-three-points")
def _c4_three(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = rng.randint(-3, 3), rng.randint(-3, 3)
    r, vecs = rng.choice([(5, [(3, 4), (4, 3), (5, 0), (0, 5), (-3, 4), (4, -3), (-5, 0), (0, -5), (-4, -3), (3, -4)]),
                          (5, [(3, -4), (-4, 3), (5, 0), (0, -5), (-3, -4)]),
                          (10, [(6, 8), (8, 6), (10, 0), (0, 10), (-6, 8), (-8, -6), (6, -8)]),
                          (13, [(5, 12), (12, 5), (13, 0), (-5, 12), (0, -13), (-12, -5)])])
    vs = rng.sample(vecs, 3)
    pts = [(cx + u, cy + v) for u, v in vs]
    P = [_pt(lbl, *p, st) for lbl, p in zip("ABC", pts, strict=True)]
    text = rng.choice([
        f"세 점 {P[0]}, {P[1]}, {josa(P[2], '을/를')} 지나는 원의 방정식을 {_end(rng)}",
        f"세 점 {P[0]}, {P[1]}, {josa(P[2], '을/를')} 꼭짓점으로 하는 삼각형 ABC의 외접원의 방정식을 {_end(rng)}",
        f"원 {_r('x^2 + y^2 + ax + by + c = 0', st)}이 세 점 {P[0]}, {P[1]}, {josa(P[2], '을/를')} 지날 때, 상수 a, b, c의 값을 각각 {_end(rng)}",
    ])
    coef = "상수 a, b, c" in text
    gen = sp.Poly(sp.expand((x - cx) ** 2 + (y - cy) ** 2 - r * r), x, y)
    Av, Bv, Cv = gen.coeff_monomial(x), gen.coeff_monomial(y), gen.coeff_monomial(1)
    ans = f"a = {Av}, b = {Bv}, c = {Cv}" if coef else _r(_circ_std(cx, cy, r * r), "plain")
    circ = sp.Circle(*map(sp.Point, pts))
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["원의 방정식", "외접원"] if "외접원" in text else ["원의 방정식"],
                   check=lambda: circ.center == sp.Point(cx, cy) and circ.radius == r)


@family("10공수2-01-04", "circle-tangent-to-axis")
def _c4_axis(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
    which = rng.choice(["x축", "y축", "두 좌표축"])
    if which == "두 좌표축":
        cy = abs(cx) * rng.choice([1, -1])
    r = abs(cy) if which == "x축" else abs(cx)
    C = _r(f"({cx}, {cy})", st)
    if which == "두 좌표축":
        text = rng.choice([
            f"중심이 점 {C}이고 x축과 y축에 동시에 접하는 원의 방정식을 {_end(rng)}",
            f"중심이 제{ {(1, 1): 1, (-1, 1): 2, (-1, -1): 3, (1, -1): 4}[(1 if cx > 0 else -1, 1 if cy > 0 else -1)] }사분면 위에 있고 반지름의 길이가 {abs(cx)}이며 "
            f"x축과 y축에 모두 접하는 원의 방정식을 {_end(rng)}",
        ])
    else:
        text = rng.choice([
            f"중심이 점 {C}이고 {which}에 접하는 원의 방정식을 {_end(rng)}",
            f"점 {josa(C, '을/를')} 중심으로 하고 {which}에 접하는 원의 반지름의 길이와 원의 방정식을 각각 {_end(rng)}",
        ])
    both = "반지름의 길이와" in text
    ans = (f"{r}, " if both else "") + _r(_circ_std(cx, cy, r * r), "plain")
    axis_line = sp.Line((0, 0), (1, 0)) if which == "x축" else sp.Line((0, 0), (0, 1))
    return Problem(text=text, answer=ans, format="computation", difficulty=2 + (which == "두 좌표축"), achievement_level="D" if which != "두 좌표축" else "C",
                   concepts=["원의 방정식", "접한다", "반지름"],
                   check=lambda: axis_line.distance(sp.Point(cx, cy)) == r)


@family("10공수2-01-04", "condition-to-be-circle")
def _c4_cond(rng: random.Random) -> Problem:
    st = pick_style(rng)
    D, E = 2 * nonzero(rng, -4, 4), 2 * nonzero(rng, -4, 4)
    s = rng.randint(-5, 5)
    bound = Fraction(D * D + E * E, 4) - s  # x²+y²+Dx+Ey+k+s=0 is a circle iff k + s < (D²+E²)/4
    cst = "k" if s == 0 else f"k {'+' if s > 0 else '-'} {abs(s)}"
    eq = _r(f"{_poly(x ** 2 + y ** 2 + D * x + E * y)} + {cst} = 0", st)
    text = rng.choice([
        f"방정식 {josa(eq, '이/가')} 원을 나타내도록 하는 실수 k의 값의 범위를 {_end(rng)}",
        f"방정식 {josa(eq, '이/가')} 원을 나타낼 때, 정수 k의 최댓값을 {_end(rng)}",
        f"x, y에 대한 방정식 {josa(eq, '이/가')} 원이 되기 위한 실수 k의 조건을 {_end(rng)}",
    ])
    mx = "최댓값" in text
    top = _m.ceil(bound) - 1 if bound.denominator == 1 else _m.floor(bound)
    ans = str(top) if mx else f"k < {_fs(bound)}"
    kk = sp.Symbol("k")
    rr = sp.Rational(D * D + E * E, 4) - kk - s
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["원의 방정식", "완전제곱식", "부등식"],
                   check=lambda: rr.subs(kk, sp.Rational(bound.numerator, bound.denominator)) == 0 and rr.subs(kk, top) > 0
                   and rr.subs(kk, top + 1) <= 0)


@family("10공수2-01-04", "mcq-circle-equation")
def _c4_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = nonzero(rng, -5, 5), nonzero(rng, -5, 5)
    r = rng.randint(2, 5)
    if cx == cy:
        cy = -cy
    form = rng.choice(["std", "gen"])
    f_ = _circ_std if form == "std" else _circ_gen
    right = _r(f_(cx, cy, r * r), st)
    wrong = [_r(f_(-cx, -cy, r * r), st), _r(f_(cx, cy, r), st), _r(f_(cy, cx, r * r), st),
             _r(f_(-cx, cy, r * r), st), _r(f_(cx, -cy, r * r), st), _r(f_(cx, cy, 2 * r), st)]
    ch = choices(rng, right, wrong)
    C = _r(f"({cx}, {cy})", st)
    stem = rng.choice([
        f"중심이 {C}이고 반지름의 길이가 {r}인 원의 방정식은?",
        f"점 {josa(C, '을/를')} 중심으로 하고 반지름의 길이가 {r}인 원을 나타내는 방정식으로 옳은 것은?",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["원의 방정식", "중심", "반지름"])


@family("10공수2-01-04", "coverage-circle-real-life")
def _c4_life(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = rng.randint(-4, 4), rng.randint(-4, 4)
    r = rng.randint(3, 7)
    thing, what = rng.choice([("스프링클러", "물이 닿는 범위의 경계"), ("와이파이 공유기", "신호가 닿는 범위의 경계"),
                              ("가로등", "빛이 비치는 범위의 경계"), ("무선 충전 기지국", "전파가 닿는 범위의 경계")])
    ask = rng.choice(["eq", "in"])
    if ask == "eq":
        text = rng.choice([
            f"공원 지도를 좌표평면 위에 나타내었을 때, 점 {_r(f'({cx}, {cy})', st)}에 설치한 {josa(thing, '은/는')} 반경 {r} m까지 닿는다. "
            f"{what}를 나타내는 원의 방정식을 {_end(rng)} (단, 좌표의 단위는 m이다.)",
            f"{josa(thing, '이/가')} 설치된 곳을 점 {_r(f'({cx}, {cy})', st)}로 나타내면, {josa(what, '은/는')} 반지름의 길이가 {r}인 원이다. 이 원의 방정식을 {_end(rng)}",
        ])
        ans = _r(_circ_std(cx, cy, r * r), "plain")
        chk = lambda: _circ_ok(ans, cx, cy, r * r)  # noqa: E731
    else:
        px, py = cx + rng.randint(-r, r), cy + rng.randint(-r, r)
        d2 = (px - cx) ** 2 + (py - cy) ** 2
        inside = d2 <= r * r
        eq = _r(_circ_gen(cx, cy, r * r), st)
        text = (f"{josa(thing, '이/가')} 닿는 범위의 경계는 원 {josa(eq, '으로/로')} 나타난다. 점 {_r(f'({px}, {py})', st)}에 있는 벤치는 이 범위 안에 있는지 "
                f"판단하고, 그 이유를 설명하시오. (단, 경계 위도 범위 안으로 본다.)")
        ans = "범위 안에 있다" if inside else "범위 밖에 있다"
        chk = lambda: (sp.Point(px, py).distance(sp.Point(cx, cy)) <= r) == inside  # noqa: E731
    return Problem(text=text, answer=ans, format="word", difficulty=2 if ask == "eq" else 3, achievement_level="D" if ask == "eq" else "C",
                   concepts=["원의 방정식", "두 점 사이의 거리"], check=chk)


# ================================================================================================
# 10공수2-01-05 원과 직선의 위치 관계
# ================================================================================================
_REL = ("서로 다른 두 점에서 만난다", "한 점에서 만난다(접한다)", "만나지 않는다")


@family("10공수2-01-05", "mcq-circle-line-relation")
def _c5_rel(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.choice([(3, 4), (4, 3), (3, -4), (5, 12), (12, -5), (1, 1), (1, -2)])
    cx, cy = rng.randint(-3, 3), rng.randint(-3, 3)
    r = rng.randint(1, 5)
    c_ = rng.randint(-15, 15)
    v = a_ * cx + b_ * cy + c_
    d2, r2 = Fraction(v * v, a_ * a_ + b_ * b_), r * r
    rel = _REL[0] if d2 < r2 else (_REL[1] if d2 == r2 else _REL[2])
    circ = _r(_circ_std(cx, cy, r2) if rng.random() < 0.5 else _circ_gen(cx, cy, r2) , st)
    L = _r(_lin(a_, b_, c_), st)
    ch = choices(rng, rel, [o for o in _REL if o != rel] + ["원의 중심을 지난다" if v else "원의 중심을 지나지 않는다"], n=4)
    stem = rng.choice([f"원 {josa(circ, '과/와')} 직선 {L}의 위치 관계로 옳은 것은?",
                       f"직선 {josa(L, '은/는')} 원 {circ}에 대하여 어떻게 놓여 있는가?"])
    yy = sp.Symbol("t")
    disc = sp.discriminant(sp.expand((yy - cx) ** 2 + ((-c_ - a_ * yy) / b_ - cy) ** 2 - r2), yy)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["원과 직선의 위치 관계", "판별식"],
                   check=lambda: _REL[0 if disc > 0 else (1 if disc == 0 else 2)] == rel)


@family("10공수2-01-05", "tangent-condition-k")
def _c5_tangent_k(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.randint(1, 5)
    kind = rng.choice(["slope1", "pyth"])
    kk = sp.Symbol("k")
    if kind == "slope1":
        m0 = rng.choice([1, -1])
        L = _r(f"y = {'' if m0 == 1 else '-'}x + k", st)
        ans = f"{r}√2, -{r}√2"
        eq = sp.Eq(kk ** 2, 2 * r * r)
    else:
        a_, b_ = rng.choice([(3, 4), (4, 3), (5, 12), (4, -3)])
        h = _m.isqrt(a_ * a_ + b_ * b_)
        L = _r(f"{_lin(a_, b_, 0)[:-4]} + k = 0", st)
        ans = f"{r * h}, -{r * h}"
        eq = sp.Eq(kk ** 2, (r * h) ** 2)
    C = _r(f"x^2 + y^2 = {r * r}", st)
    text = rng.choice([
        f"원 {josa(C, '과/와')} 직선 {josa(L, '이/가')} 접하도록 하는 실수 k의 값을 모두 {_end(rng)}",
        f"직선 {josa(L, '이/가')} 원 {C}에 접할 때, 상수 k의 값을 모두 {_end(rng)}",
        f"원 {josa(C, '과/와')} 직선 {josa(L, '이/가')} 오직 한 점에서 만나도록 하는 k의 값을 모두 {_end(rng)}",
    ])
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["원과 직선의 위치 관계", "접선", "판별식"],
                   check=lambda: sorted(sp.solve(eq, kk)) == sorted(_P(t) for t in ans.split(", ")))


@family("10공수2-01-05", "range-two-intersections")
def _c5_range(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.choice([(3, 4), (4, 3), (5, 12), (4, -3), (12, 5)])
    h = _m.isqrt(a_ * a_ + b_ * b_)
    r = rng.randint(1, 4)
    want = rng.choice(["two", "none"])
    L = _r(f"{_lin(a_, b_, 0)[:-4]} + k = 0", st)
    C = _r(f"x^2 + y^2 = {r * r}", st)
    phr = "서로 다른 두 점에서 만나도록" if want == "two" else "만나지 않도록"
    text = rng.choice([
        f"원 {josa(C, '과/와')} 직선 {josa(L, '이/가')} {phr} 하는 실수 k의 값의 범위를 {_end(rng)}",
        f"직선 {josa(L, '이/가')} 원 {josa(C, '과/와')} {phr.replace('도록', '게')} 되는 k의 값의 범위를 {_end(rng)}",
    ])
    B = r * h
    ans = f"-{B} < k < {B}" if want == "two" else f"k < -{B} 또는 k > {B}"
    kk = sp.Symbol("k", real=True)
    sol = sp.solve_univariate_inequality(sp.Abs(kk) < B if want == "two" else sp.Abs(kk) > B, kk, relational=False)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["원과 직선의 위치 관계", "점과 직선 사이의 거리", "부등식"],
                   check=lambda: sol == (sp.Interval.open(-B, B) if want == "two" else sp.Union(sp.Interval.open(-sp.oo, -B), sp.Interval.open(B, sp.oo))))


@family("10공수2-01-05", "tangent-at-point-on-circle")
def _c5_tan_pt(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r2, pts = rng.choice([(25, [(3, 4), (4, 3), (-3, 4), (4, -3), (-4, -3), (0, 5), (5, 0)]), (10, [(1, 3), (3, 1), (-1, 3), (3, -1)]),
                          (5, [(1, 2), (2, 1), (-1, 2), (2, -1), (-2, -1)]), (13, [(2, 3), (3, 2), (-2, 3), (3, -2)]), (2, [(1, 1), (-1, 1), (1, -1)])])
    px, py = rng.choice(pts)
    C = _r(f"x^2 + y^2 = {r2}", st)
    P = _r(f"({px}, {py})", st)
    text = rng.choice([
        f"원 {C} 위의 점 {P}에서의 접선의 방정식을 {_end(rng)}",
        f"원 {C} 위의 점 {P}에서 원에 접하는 직선의 방정식을 {_end(rng)}",
        f"원 {C} 위의 점 {P}에서의 접선이 x축, y축과 만나는 점의 좌표를 각각 {_end(rng)}" if px and py else f"원 {C} 위의 점 {P}에서의 접선의 방정식을 {_end(rng)}",
    ])
    inter = "x축, y축과" in text
    if inter:
        ans = f"({_fs(Fraction(r2, px))}, 0), (0, {_fs(Fraction(r2, py))})"
    else:
        g = _m.gcd(px, py, r2)
        lhs = _lin(px // g, py // g, 0)[:-4]
        ans = _r(f"{lhs} = {r2 // g}", "plain")
    tl = sp.Circle(sp.Point(0, 0), sp.sqrt(r2)).tangent_lines(sp.Point(px, py))[0]

    def chk() -> bool:
        if inter:
            return tl.contains(sp.Point(sp.Rational(r2, px), 0)) and tl.contains(sp.Point(0, sp.Rational(r2, py)))
        lh, rh = ans.split("=")
        e = parse_expr(lh, transformations=_TRANS, local_dict={"x": x, "y": y}) - sp.sympify(rh)
        return e.subs({x: px, y: py}) == 0 and sp.Line(e.subs(y, 0) and sp.Point(sp.solve(e.subs(y, 0), x)[0], 0) if e.has(x) else sp.Point(0, sp.solve(e, y)[0]),
                                                        slope=(-sp.diff(e, x) / sp.diff(e, y)) if sp.diff(e, y) != 0 else sp.oo).is_perpendicular(sp.Line(sp.Point(0, 0), sp.Point(px, py)))
    return Problem(text=text, answer=ans, format="computation", difficulty=2 + inter, achievement_level="D" if not inter else "C",
                   concepts=["접선", "원의 방정식", "접점"],
                   check=chk)


@family("10공수2-01-05", "tangent-with-given-slope")
def _c5_tan_slope(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m0, root = rng.choice([(1, "√2"), (-1, "√2"), (2, "√5"), (-2, "√5"), (3, "√10"), (Fraction(3, 4), "5/4"), (Fraction(-4, 3), "5/3")])
    r = rng.randint(1, 4)
    rad = sp.sqrt(sp.Rational(Fraction(m0).numerator ** 2 + Fraction(m0).denominator ** 2, Fraction(m0).denominator ** 2))
    k0 = r * rad
    C = _r(f"x^2 + y^2 = {r * r}", st)
    mt = _r(_fm(m0), st)
    text = rng.choice([
        f"원 {C}에 접하고 기울기가 {mt}인 직선의 방정식을 모두 {_end(rng)}",
        f"기울기가 {mt}이고 원 {C}에 접하는 직선의 방정식을 모두 {_end(rng)}",
        f"원 {C}에 접하고 직선 {_r(_lin(-m0, 1, 1, 'slope'), st)}에 평행한 직선의 방정식을 모두 {_end(rng)}",
    ])
    kt = _surd(k0)
    mtxt = _r(_term(Fraction(m0), "x", True), "plain")
    ans = f"y = {mtxt} + {kt}, y = {mtxt} - {kt}"
    bb = sp.Symbol("b")
    sol = sp.solve(sp.Eq(bb ** 2 / (1 + sp.Rational(Fraction(m0).numerator, Fraction(m0).denominator) ** 2), r * r), bb)
    _ = root
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["접선", "기울기", "원과 직선의 위치 관계"],
                   check=lambda: sp.simplify(max(sol) - k0) == 0)


@family("10공수2-01-05", "chord-length")
def _c5_chord(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.choice([(3, 4), (4, 3), (4, -3), (5, 12), (1, 0), (0, 1)])
    h = _m.isqrt(a_ * a_ + b_ * b_)
    r = rng.randint(2, 6)
    dd = rng.randint(0, r - 1)
    c_ = dd * h * rng.choice([1, -1])
    C = _r(f"x^2 + y^2 = {r * r}", st)
    L = _r(_lin(a_, b_, c_), st)
    text = rng.choice([
        f"원 {josa(C, '과/와')} 직선 {josa(L, '이/가')} 만나는 두 점을 A, B라 할 때, 선분 AB의 길이를 {_end(rng)}",
        f"직선 {josa(L, '이/가')} 원 {C}에 의하여 잘리는 현의 길이를 {_end(rng)}",
        f"원 {C}을 직선 {josa(L, '이/가')} 자를 때 생기는 현의 길이를 {_end(rng)}",
    ])
    ans = _sqrt_txt(4 * (r * r - dd * dd))
    pts = sp.Circle(sp.Point(0, 0), r).intersection(sp.Line(sp.Point(0, sp.Rational(-c_, b_)), slope=sp.Rational(-a_, b_)) if b_ else sp.Line(sp.Point(sp.Rational(-c_, a_), 0), sp.Point(sp.Rational(-c_, a_), 1)))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["원과 직선의 위치 관계", "점과 직선 사이의 거리", "현"],
                   check=lambda: sp.simplify(pts[0].distance(pts[1]) - _P(ans)) == 0)


@family("10공수2-01-05", "max-min-distance-circle-line")
def _c5_maxmin(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.choice([(3, 4), (4, 3), (4, -3), (5, 12), (12, 5)])
    h = _m.isqrt(a_ * a_ + b_ * b_)
    cx, cy = rng.randint(-3, 3), rng.randint(-3, 3)
    r = rng.randint(1, 3)
    dd = r + rng.randint(1, 5)
    c_ = -(a_ * cx + b_ * cy) + dd * h * rng.choice([1, -1])
    C = _r(_circ_std(cx, cy, r * r), st)
    L = _r(_lin(a_, b_, c_), st)
    ask = rng.choice(["max", "min", "both"])
    word = {"max": "최댓값", "min": "최솟값", "both": "최댓값과 최솟값"}[ask]
    text = rng.choice([
        f"원 {C} 위의 점 P와 직선 {L} 사이의 거리의 {josa(word, '을/를')} {_end(rng)}",
        f"점 P가 원 {C} 위를 움직일 때, 점 P에서 직선 {L}까지의 거리의 {josa(word, '을/를')} {_end(rng)}",
    ])
    ans = {"max": str(dd + r), "min": str(dd - r), "both": f"최댓값 {dd + r}, 최솟값 {dd - r}"}[ask]
    dcen = _pl_dist(a_, b_, c_, cx, cy)
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["원과 직선의 위치 관계", "점과 직선 사이의 거리"],
                   check=lambda: dcen == dd and dcen > r)


@family("10공수2-01-05", "typhoon-route-word")
def _c5_word(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.choice([(3, 4), (4, 3), (4, -3), (3, -4)])
    h = _m.isqrt(a_ * a_ + b_ * b_)
    r = rng.randint(2, 6)
    for _ in range(50):
        c_ = rng.randint(-40, 40)
        if c_ % h:
            break
    else:
        c_ = 7
    d = Fraction(abs(c_), h)
    meets = d < r
    thing, zone = rng.choice([("태풍의 중심", "강풍 반경"), ("산불 감시 드론", "감시 범위"), ("등대 불빛", "불빛이 보이는 범위")])
    vessel = rng.choice(["배", "여객선", "화물선", "요트"])
    text = rng.choice([
        f"{josa(thing, '이/가')} 원점에 있고 {josa(zone, '은/는')} 반지름이 {r} km인 원의 내부이다. {josa(vessel, '이/가')} 직선 {_r(_lin(a_, b_, c_), st)} 위를 "
        f"따라 이동할 때, 이 {josa(vessel, '이/가')} {zone} 안을 지나는지 판단하고 그 이유를 설명하시오. (단, 좌표의 단위는 km이다.)",
        f"좌표평면에서 원 {_r(f'x^2 + y^2 = {r * r}', st)}의 내부가 {zone}에 해당한다. 직선 항로 {josa(_r(_lin(a_, b_, c_), st), '을/를')} 따라 가는 {josa(vessel, '이/가')} "
        f"이 범위에 들어가는지 알아보시오. (단, 좌표의 단위는 km이다.)",
    ])
    ans = ("지난다" if meets else "지나지 않는다") + f" (원점과 항로 사이의 거리 {_fs(d)} km, 반지름 {r} km)"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["원과 직선의 위치 관계", "점과 직선 사이의 거리"],
                   check=lambda: (_pl_dist(a_, b_, c_, 0, 0) < r) == meets)


# ================================================================================================
# 10공수2-01-06 평행이동
# ================================================================================================
def _shift_txt(a, b) -> str:
    xs = f"x축의 방향으로 {a}만큼" if True else ""
    return f"{xs}, y축의 방향으로 {b}만큼"


def _move(rng: random.Random) -> tuple[int, int]:
    return nonzero(rng, -5, 5), nonzero(rng, -5, 5)


@family("10공수2-01-06", "translate-point")
def _c6_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _move(rng)
    px, py = rng.randint(-6, 6), rng.randint(-6, 6)
    P = _pt("P", px, py, st)
    text = rng.choice([
        f"점 {josa(P, '을/를')} x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동한 점의 좌표를 {_end(rng)}",
        f"평행이동 {_r(f'(x, y) → (x + {a}, y + {b})', st).replace('+ -', '- ')}에 의하여 점 {josa(P, '이/가')} 옮겨지는 점의 좌표를 {_end(rng)}",
        f"좌표평면 위의 점 {josa(P, '을/를')} 오른쪽으로 {a}만큼, 위쪽으로 {b}만큼 옮긴 점의 좌표를 {_end(rng)}" if a > 0 and b > 0
        else f"점 {josa(P, '을/를')} x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동하면 점 (p, q)가 된다. p + q의 값을 {_end(rng)}",
    ])
    pq = "p + q" in text
    ans = str(px + a + py + b) if pq else _ptans(px + a, py + b)
    Q = sp.Point(px, py).translate(a, b)
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["평행이동"], check=lambda: ans == (str(Q.x + Q.y) if pq else f"({Q.x}, {Q.y})"))


@family("10공수2-01-06", "find-translation-then-apply")
def _c6_find(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _move(rng)
    px, py = rng.randint(-5, 5), rng.randint(-5, 5)
    qx, qy = rng.randint(-5, 5), rng.randint(-5, 5)
    text = rng.choice([
        f"평행이동에 의하여 점 {josa(_r(f'({px}, {py})', st), '이/가')} 점 {_r(f'({px + a}, {py + b})', st)}로 옮겨질 때, 이 평행이동에 의하여 점 {_r(f'({qx}, {qy})', st)}가 옮겨지는 점의 좌표를 {_end(rng)}",
        f"점 {_r(f'A({px}, {py})', st)}를 점 {_r(f'B({px + a}, {py + b})', st)}로 옮기는 평행이동에 의하여 점 {_r(f'C({qx}, {qy})', st)}가 옮겨지는 점의 좌표를 {_end(rng)}",
    ])
    text = re.sub(r"(\$?[A-C]?\([^()]*\)\$?)(로|를|가) ", lambda mm: josa(mm.group(1), {"로": "으로/로", "를": "을/를", "가": "이/가"}[mm.group(2)]) + " ", text)
    ans = _ptans(qx + a, qy + b)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["평행이동"], check=lambda: sp.Point(qx, qy) + (sp.Point(px + a, py + b) - sp.Point(px, py)) == sp.Point(qx + a, qy + b))


@family("10공수2-01-06", "translate-line")
def _c6_line(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _move(rng)
    A_, B_ = nonzero(rng, -4, 4), nonzero(rng, -4, 4)
    C_ = rng.randint(-6, 6)
    L = _r(_lin(A_, B_, C_), st)
    text = rng.choice([
        f"직선 {josa(L, '을/를')} x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동한 직선의 방정식을 {_end(rng)}",
        f"직선 {josa(L, '을/를')} x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동한 직선이 점 (k, 0)을 지날 때, k의 값을 {_end(rng)}",
    ])
    newc = C_ - A_ * a - B_ * b
    if "(k, 0)" in text:
        ans = _fs(Fraction(-newc, A_))
        chk = lambda: (A_ * (sp.Rational(-newc, A_) - a) + B_ * (0 - b) + C_) == 0  # noqa: E731
    else:
        ans = _r(_lin(A_, B_, newc), "plain")
        chk = lambda: sp.expand(A_ * (x - a) + B_ * (y - b) + C_ - (A_ * x + B_ * y + newc)) == 0  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=2 + ("k" in ans or "(k, 0)" in text), achievement_level="C" if "(k, 0)" in text else "D",
                   concepts=["평행이동", "직선의 방정식"], check=chk)


@family("10공수2-01-06", "translate-circle")
def _c6_circle(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _move(rng)
    cx, cy = rng.randint(-4, 4), rng.randint(-4, 4)
    r = rng.randint(1, 5)
    C0 = _r(_circ_std(cx, cy, r * r) if rng.random() < 0.5 else _circ_gen(cx, cy, r * r), st)
    ask = rng.choice(["eq", "center", "ab"])
    if ask == "ab":
        C1 = _r(_circ_std(cx + a, cy + b, r * r), st)
        text = (f"원 {josa(C0, '을/를')} x축의 방향으로 m만큼, y축의 방향으로 n만큼 평행이동하였더니 원 {josa(C1, '과/와')} 겹쳐졌다. "
                f"m, n의 값을 각각 {_end(rng)}")
        ans = f"m = {a}, n = {b}"
    elif ask == "center":
        text = f"원 {josa(C0, '을/를')} x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동한 원의 중심의 좌표와 반지름의 길이를 {_end(rng)}"
        ans = f"{_ptans(cx + a, cy + b)}, {r}"
    else:
        text = f"원 {josa(C0, '을/를')} x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동한 원의 방정식을 {_end(rng)}"
        ans = _r(_circ_std(cx + a, cy + b, r * r), "plain")
    return Problem(text=text, answer=ans, format="computation", difficulty=2 if ask != "ab" else 3, achievement_level="D" if ask != "ab" else "C",
                   concepts=["평행이동", "원의 방정식"],
                   check=lambda: sp.Circle(sp.Point(cx, cy), r).translate(a, b).center == sp.Point(cx + a, cy + b))


@family("10공수2-01-06", "translate-parabola")
def _c6_parab(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _move(rng)
    p, q = rng.randint(-3, 3), rng.randint(-4, 4)
    k = rng.choice([1, -1, 2, -2])
    f0 = sp.expand(k * (x - p) ** 2 + q)
    f1 = sp.expand(k * (x - p - a) ** 2 + q + b)
    F0 = _r("y = " + _poly(f0, (x,)), st)
    text = rng.choice([
        f"포물선 {josa(F0, '을/를')} x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동한 포물선의 꼭짓점의 좌표를 {_end(rng)}",
        f"이차함수의 그래프 {josa(F0, '을/를')} x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동한 그래프의 식을 y = ax² + bx + c 꼴로 {_end(rng, '쓰')}",
    ])
    vert = "꼭짓점" in text
    ans = _ptans(p + a, q + b) if vert else "y = " + _r(_poly(f1, (x,)), "plain")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["평행이동", "포물선"],
                   check=lambda: sp.expand(f0.subs(x, x - a) + b - f1) == 0)


@family("10공수2-01-06", "mcq-translated-equation")
def _c6_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _move(rng)
    A_, B_, C_ = nonzero(rng, 1, 4), nonzero(rng, -4, 4), rng.randint(-5, 5)
    right = _r(_lin(A_, B_, C_ - A_ * a - B_ * b), st)
    wrong = [_r(_lin(A_, B_, C_ + A_ * a + B_ * b), st), _r(_lin(A_, B_, C_ - A_ * a + B_ * b), st), _r(_lin(A_, B_, C_ + A_ * a - B_ * b), st),
             _r(_lin(A_, B_, C_ + a + b), st), _r(_lin(A_, B_, C_ - a - b), st), _r(_lin(A_, B_, C_ + 1 - A_ * a - B_ * b), st),
             _r(_lin(A_, B_, C_ - 1 - A_ * a - B_ * b), st), _r(_lin(A_, B_, C_ - A_ * b - B_ * a), st)]
    ch = choices(rng, right, wrong)
    stem = rng.choice([
        f"직선 {josa(_r(_lin(A_, B_, C_), st), '을/를')} x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동한 직선의 방정식은?",
        f"평행이동 (x, y) → (x {'+' if a > 0 else '-'} {abs(a)}, y {'+' if b > 0 else '-'} {abs(b)})에 의하여 직선 {josa(_r(_lin(A_, B_, C_), st), '이/가')} 옮겨지는 직선의 방정식은?",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["평행이동", "직선의 방정식"])


@family("10공수2-01-06", "robot-moves-word")
def _c6_word(rng: random.Random) -> Problem:
    st = pick_style(rng)
    moves = [(nonzero(rng, -4, 4), nonzero(rng, -4, 4)) for _ in range(rng.randint(2, 3))]
    px, py = rng.randint(-3, 3), rng.randint(-3, 3)
    thing = rng.choice(["로봇 청소기", "게임 캐릭터", "드론", "체스 말 모양의 로봇"])
    def say(a, b):
        h = f"{'오른쪽' if a > 0 else '왼쪽'}으로 {abs(a)}칸"
        v = f"{'위쪽' if b > 0 else '아래쪽'}으로 {abs(b)}칸"
        return f"{h}, {v}"
    steps = " 이동한 다음, ".join(say(*mv) for mv in moves)
    fx, fy = px + sum(m[0] for m in moves), py + sum(m[1] for m in moves)
    text = rng.choice([
        f"좌표평면 위의 점 {_r(f'({px}, {py})', st)}에 있던 {josa(thing, '이/가')} {steps} 이동하였다. {thing}의 마지막 위치를 좌표로 {_end(rng, '쓰')}",
        f"{josa(thing, '이/가')} 점 {_r(f'({px}, {py})', st)}에서 출발하여 {steps} 이동하였다. 처음 위치에서 마지막 위치로 한 번에 옮기는 평행이동을 (x, y) → (x + a, y + b)라 할 때, a, b의 값과 마지막 위치를 {_end(rng)}",
    ])
    once = "한 번에" in text
    ans = (f"a = {fx - px}, b = {fy - py}, " if once else "") + _ptans(fx, fy)
    return Problem(text=text, answer=ans, format="word", difficulty=2 + once, achievement_level="D" if not once else "C",
                   concepts=["평행이동"], check=lambda: sp.Point(px, py).translate(fx - px, fy - py) == sp.Point(fx, fy))


@family("10공수2-01-06", "translated-line-tangent-to-circle")
def _c6_tangent(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.choice([(3, 4), (4, 3), (4, -3), (3, -4)])
    r = rng.randint(1, 3)
    m = sp.Symbol("m")
    C_ = rng.randint(-5, 5)
    # line a x + b y + C = 0 shifted by m along x: a(x - m) + b y + C = 0, tangent to x^2 + y^2 = r^2 -> |C - a m| = 5 r
    sols = sorted(sp.solve(sp.Eq((C_ - a_ * m) ** 2, 25 * r * r), m))
    text = rng.choice([
        f"직선 {josa(_r(_lin(a_, b_, C_), st), '을/를')} x축의 방향으로 m만큼 평행이동한 직선이 원 {_r(f'x^2 + y^2 = {r * r}', st)}에 접할 때, 모든 실수 m의 값의 합을 {_end(rng)}",
        f"x축의 방향으로 m만큼 평행이동한 직선 {josa(_r(_lin(a_, b_, C_), st), '이/가')} 원 {_r(f'x^2 + y^2 = {r * r}', st)}에 접하도록 하는 m의 값을 모두 {_end(rng)}",
    ])
    text = text.replace("평행이동한 직선 $", "평행이동하기 전의 직선이 $").replace("평행이동한 직선 ", "평행이동하기 전의 직선이 ", 1) if "하도록 하는" in text else text
    if "하도록 하는" in text:
        text = f"직선 {josa(_r(_lin(a_, b_, C_), st), '을/를')} x축의 방향으로 m만큼 평행이동한 직선이 원 {_r(f'x^2 + y^2 = {r * r}', st)}에 접하도록 하는 m의 값을 모두 {_end(rng)}"
        ans = ", ".join(_fs(Fraction(int(s_.p), int(s_.q))) for s_ in sols)
    else:
        ans = _fs(Fraction(2 * C_, a_))
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["평행이동", "접선", "점과 직선 사이의 거리"],
                   check=lambda: (sum(sols) == sp.Rational(2 * C_, a_)) and all(_pl_dist(a_, b_, C_ - a_ * s_, 0, 0) == r for s_ in sols))


# ================================================================================================
# 10공수2-01-07 대칭이동 (원점, x축, y축, 직선 y = x)
# ================================================================================================
_REFL = {"x축": lambda p, q: (p, -q), "y축": lambda p, q: (-p, q), "원점": lambda p, q: (-p, -q), "직선 y = x": lambda p, q: (q, p)}
_SPREF = {"x축": sp.Line((0, 0), (1, 0)), "y축": sp.Line((0, 0), (0, 1)), "직선 y = x": sp.Line((0, 0), (1, 1))}


def _refl_check(kind: str, p, q, res) -> bool:
    if kind == "원점":
        return sp.Point(p, q).scale(-1, -1) == sp.Point(*res)
    return sp.Point(p, q).reflect(_SPREF[kind]) == sp.Point(*res)


@family("10공수2-01-07", "reflect-point")
def _c7_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(list(_REFL))
    p, q = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
    P = _pt("P", p, q, st)
    kt = kind.replace("y = x", _r("y = x", st))
    res = _REFL[kind](p, q)
    text = rng.choice([
        f"점 {josa(P, '을/를')} {kt}에 대하여 대칭이동한 점의 좌표를 {_end(rng)}",
        f"{kt}에 대하여 점 {josa(P, '과/와')} 대칭인 점의 좌표를 {_end(rng)}",
        f"점 {josa(P, '을/를')} {kt}에 대하여 대칭이동한 점을 Q(a, b)라 할 때, a − b의 값을 {_end(rng)}",
    ])
    ab = "a − b" in text
    ans = str(res[0] - res[1]) if ab else _ptans(*res)
    return Problem(text=text, answer=ans, format="computation", difficulty=1 + ab, achievement_level="E" if not ab else "D",
                   concepts=["대칭이동"], check=lambda: _refl_check(kind, p, q, res))


@family("10공수2-01-07", "reflect-line")
def _c7_line(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(list(_REFL))
    A_, B_, C_ = nonzero(rng, -4, 4), nonzero(rng, -4, 4), rng.randint(-6, 6)
    if A_ < 0:
        A_, B_, C_ = -A_, -B_, -C_
    na, nb, nc = {"x축": (A_, -B_, C_), "y축": (-A_, B_, C_), "원점": (-A_, -B_, C_), "직선 y = x": (B_, A_, C_)}[kind]
    if na < 0 or (na == 0 and nb < 0):
        na, nb, nc = -na, -nb, -nc
    kt = kind.replace("y = x", _r("y = x", st))
    L = _r(_lin(A_, B_, C_), st)
    text = rng.choice([
        f"직선 {josa(L, '을/를')} {kt}에 대하여 대칭이동한 직선의 방정식을 {_end(rng)}",
        f"{kt}에 대하여 직선 {josa(L, '과/와')} 대칭인 직선의 방정식을 {_end(rng)}",
    ])
    ans = _r(_lin(na, nb, nc), "plain")
    f = A_ * x + B_ * y + C_
    g = {"x축": f.subs(y, -y), "y축": f.subs(x, -x), "원점": f.subs({x: -x, y: -y}, simultaneous=True), "직선 y = x": f.subs({x: y, y: x}, simultaneous=True)}[kind]
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["대칭이동", "직선의 방정식"],
                   check=lambda: sp.simplify(g / (na * x + nb * y + nc)).is_constant())


@family("10공수2-01-07", "reflect-circle")
def _c7_circle(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(list(_REFL))
    cx, cy = nonzero(rng, -5, 5), nonzero(rng, -5, 5)
    r = rng.randint(1, 4)
    kt = kind.replace("y = x", _r("y = x", st))
    C0 = _r(_circ_std(cx, cy, r * r) if rng.random() < 0.5 else _circ_gen(cx, cy, r * r), st)
    nc = _REFL[kind](cx, cy)
    text = rng.choice([
        f"원 {josa(C0, '을/를')} {kt}에 대하여 대칭이동한 원의 방정식을 {_end(rng)}",
        f"원 {josa(C0, '을/를')} {kt}에 대하여 대칭이동한 원의 중심의 좌표를 {_end(rng)}",
    ])
    ans = _ptans(*nc) if "중심의" in text else _r(_circ_std(nc[0], nc[1], r * r), "plain")
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["대칭이동", "원의 방정식"], check=lambda: _refl_check(kind, cx, cy, nc))


@family("10공수2-01-07", "reflect-then-translate")
def _c7_combo(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(list(_REFL))
    a, b = _move(rng)
    p, q = nonzero(rng, -5, 5), nonzero(rng, -5, 5)
    kt = kind.replace("y = x", _r("y = x", st))
    order = rng.choice(["rt", "tr"])
    if order == "rt":
        r1 = _REFL[kind](p, q)
        res = (r1[0] + a, r1[1] + b)
        text = (f"점 {josa(_pt('A', p, q, st), '을/를')} {kt}에 대하여 대칭이동한 다음, x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 "
                f"평행이동한 점의 좌표를 {_end(rng)}")
    else:
        res = _REFL[kind](p + a, q + b)
        text = (f"점 {josa(_pt('A', p, q, st), '을/를')} x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동한 다음, "
                f"{kt}에 대하여 대칭이동한 점의 좌표를 {_end(rng)}")
    ans = _ptans(*res)
    pre = sp.Point(p, q) if order == "tr" else None

    def chk() -> bool:
        if order == "tr":
            return _refl_check(kind, pre.x + a, pre.y + b, res)
        return _refl_check(kind, p, q, (res[0] - a, res[1] - b))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["대칭이동", "평행이동"], check=chk)


@family("10공수2-01-07", "shortest-path-via-reflection")
def _c7_path(rng: random.Random) -> Problem:
    st = pick_style(rng)
    axis = rng.choice(["x축", "y축"])
    ax_, ay_ = rng.randint(1, 6), rng.randint(1, 6)
    bx, by = rng.randint(1, 8), rng.randint(1, 8)
    d2 = (bx - ax_) ** 2 + (by + ay_) ** 2 if axis == "x축" else (bx + ax_) ** 2 + (by - ay_) ** 2
    A, B = _pt("A", ax_, ay_, st), _pt("B", bx, by, st)
    thing = rng.choice([("강", "물을 길어"), ("도로", "우편함에 들렀다가"), ("담장", "담장에 공을 튕겨")])
    text = rng.choice([
        f"두 점 {A}, {B}와 {axis} 위의 점 P에 대하여 AP + PB의 최솟값을 {_end(rng)}",
        f"{axis} 위를 움직이는 점 P와 두 점 {A}, {B}에 대하여 선분 AP와 선분 PB의 길이의 합이 최소가 될 때, 그 최솟값을 {_end(rng)}",
        f"좌표평면에서 {josa(thing[0], '이/가')} {axis} 위에 놓여 있다. {A} 지점에서 출발하여 {thing[0]}의 한 지점 P에서 {thing[1]} {B} 지점으로 갈 때, "
        f"이동 거리의 최솟값을 {_end(rng)} (단, 좌표의 단위는 km이다.)",
    ])
    text = text.replace(f"{B}와 {axis}", f"{josa(B, '과/와')} {axis}")
    ans = _sqrt_txt(d2) + (" km" if "km" in text else "")
    A1 = sp.Point(ax_, -ay_) if axis == "x축" else sp.Point(-ax_, ay_)
    return Problem(text=text, answer=ans, format="word" if "km" in text else "computation", difficulty=4, achievement_level="B",
                   concepts=["대칭이동", "두 점 사이의 거리"],
                   check=lambda: A1.distance(sp.Point(bx, by)) ** 2 == d2)


@family("10공수2-01-07", "mcq-which-reflection")
def _c7_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
    while abs(p) == abs(q):
        q = q + 1 if q != -1 else 2
    kind = rng.choice(list(_REFL))
    res = _REFL[kind](p, q)
    names_ = {"x축": "x축에 대한 대칭이동", "y축": "y축에 대한 대칭이동", "원점": "원점에 대한 대칭이동", "직선 y = x": f"직선 {_r('y = x', st)}에 대한 대칭이동"}
    others = [names_[k] for k in _REFL if k != kind] + [f"직선 {_r('y = -x', st)}에 대한 대칭이동"]
    ch = choices(rng, names_[kind], others)
    stem = rng.choice([
        f"점 {josa(_pt('A', p, q, st), '을/를')} 점 {_pt('B', *res, st)}로 옮기는 것은?",
        f"다음 중 점 {josa(_pt('P', p, q, st), '이/가')} 점 {_r(f'({res[0]}, {res[1]})', st)}로 옮겨지는 대칭이동은?",
    ])
    stem = re.sub(r"(\$?B?\([^()]*\)\$?)로 ", lambda mm: josa(mm.group(1), "으로/로") + " ", stem)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["대칭이동"], check=lambda: _refl_check(kind, p, q, res))


@family("10공수2-01-07", "fill-table-of-images")
def _c7_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
    kinds = list(_REFL)
    rng.shuffle(kinds)
    rows = "\n".join(f"| {k.replace('y = x', _r('y = x', st))} | (  ) |" for k in kinds)
    text = (f"점 {josa(_pt('P', p, q, st), '을/를')} 여러 가지로 대칭이동한 점의 좌표를 표로 정리하려고 한다. 표의 빈칸에 알맞은 좌표를 위에서부터 차례대로 써넣으시오.\n"
            f"| 대칭의 기준 | 옮겨진 점 |\n|---|---|\n{rows}")
    ans = ", ".join(_ptans(*_REFL[k](p, q)) for k in kinds)
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["대칭이동", "원점", "x축", "y축"], check=lambda: _refl_check(kinds[0], p, q, _REFL[kinds[0]](p, q)))


@family("10공수2-01-07", "reflected-line-through-point-k")
def _c7_k(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(list(_REFL))
    m0 = nonzero(rng, -3, 3)
    px, py = rng.randint(-4, 4), rng.randint(-4, 4)
    # line y = m0 x + k ; its image under kind passes through (px, py)
    kk = sp.Symbol("k")
    f = y - m0 * x - kk
    g = {"x축": f.subs(y, -y), "y축": f.subs(x, -x), "원점": f.subs({x: -x, y: -y}, simultaneous=True), "직선 y = x": f.subs({x: y, y: x}, simultaneous=True)}[kind]
    sol = sp.solve(g.subs({x: px, y: py}), kk)[0]
    kt = kind.replace("y = x", _r("y = x", st))
    L = _r(f"y = {_term(m0, 'x', True)} + k", st)
    text = rng.choice([
        f"직선 {josa(L, '을/를')} {kt}에 대하여 대칭이동한 직선이 점 {josa(_r(f'({px}, {py})', st), '을/를')} 지날 때, 상수 k의 값을 {_end(rng)}",
        f"{kt}에 대하여 직선 {josa(L, '과/와')} 대칭인 직선이 점 {josa(_r(f'({px}, {py})', st), '을/를')} 지나도록 하는 k의 값을 {_end(rng)}",
    ])
    ans = str(sol)
    rp = _REFL[kind](px, py)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["대칭이동", "직선의 방정식"], check=lambda: rp[1] - m0 * rp[0] == sol)
