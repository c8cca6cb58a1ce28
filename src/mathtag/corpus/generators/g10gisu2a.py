"""Generators for 기본수학2 (고등학교), domain 01 도형의 방정식: 10기수2-01-01 … 10기수2-01-07.

기본수학2 parallels 공통수학2 (``g10gongsu2a.py``) at a basic level: small integers, Pythagorean
triples, guided step-by-step fill-ins, real-life settings, no 내분점 and no 점과 직선 사이의 거리
formula (not in this course). Where a plain item would be equally at home in 공통수학2 the parallel
code goes in ``also``.

Private helpers (module-local, prefixed ``_``; small copies of the ones in g10gongsu2a so this module
stands alone):

* ``_r(s, st)`` renders mini notation in style ``st``: ``^2`` exponent, ``[p|q]`` fraction, ``√5``,
  ``<=``/``>=``/``!=``, ``*`` ×. LaTeX comes back wrapped in ``$…$``.
* ``_fs(v)`` a Fraction as plain text; ``_fm(v)`` the same in mini notation.
* ``_lin(a, b, c, form)`` a line ``ax + by + c = 0`` or ``y = mx + k`` in mini notation.
* ``_pt(label, px, py, st)`` a point such as ``A(1, -2)``; ``_ptans`` the plain answer ``(1, -2)``.
* ``_sqrt_txt(n2)`` √n2 simplified as plain text; ``_end(rng)`` a varied question ending.
"""

from __future__ import annotations

import math as _m
import random
import re
from fractions import Fraction

import sympy as sp

from mathtag.corpus.generators.base import Problem, family, nonzero
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import choices, with_choices
from mathtag.corpus.notation import pick_style

x, y = sp.symbols("x y")
_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_FRAC = re.compile(r"\[([^\[\]|]+)\|([^\[\]|]+)\]")

G1, G2, G3, G4, G5, G6, G7 = (f"10공수2-01-0{i}" for i in range(1, 8))


# -- notation ------------------------------------------------------------------------------------
def _r(s: str, st: str) -> str:
    """Render mini notation ``s`` in style ``st`` (latex / unicode / plain)."""
    if st == "latex":
        t = re.sub(r"\^(\d+|[a-z])", r"^{\1}", s)
        while _FRAC.search(t):
            t = _FRAC.sub(lambda mm: f"\\frac{{{mm.group(1).strip()}}}{{{mm.group(2).strip()}}}", t)
        t = re.sub(r"√\(([^()]+)\)", r"\\sqrt{\1}", t)
        t = re.sub(r"√(\w+)", r"\\sqrt{\1}", t)
        t = t.replace("<=", " \\le ").replace(">=", " \\ge ").replace("!=", " \\ne ")
        t = t.replace("*", " \\times ").replace("→", "\\to")
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


def _yline(mm, kk) -> str:
    """``y = mx + k`` in mini notation."""
    return _lin(-Fraction(mm), 1, -Fraction(kk), "slope")


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
    v = Fraction(v)
    if v == 0:
        return f"{s}^2"
    return f"({s} {'-' if v > 0 else '+'} {_fm(abs(v))})^2"


def _circ_std(cx, cy, r2) -> str:
    return f"{_sq(cx, 'x')} + {_sq(cy, 'y')} = {_fs(r2)}"


def _circ_gen(cx, cy, r2) -> str:
    return _poly((x - cx) ** 2 + (y - cy) ** 2 - r2) + " = 0"


def _pt(lbl: str, px, py, st: str) -> str:
    return _r(f"{lbl}({_fm(px)}, {_fm(py)})", st)


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


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써 보시오."])
    return rng.choice(["구하시오.", "구하세요.", "구해 보시오.", "구하여라.", "구해 보세요."])


def _sgn(v: int) -> str:
    """`+ 3` / `- 3` for building expressions such as ``x + 3``."""
    return f"+ {v}" if v >= 0 else f"- {-v}"


def _cst(v) -> str:
    """A trailing constant term: `` + 3``, `` - 3`` or nothing for 0."""
    v = Fraction(v)
    return "" if v == 0 else f" {'+' if v > 0 else '-'} {_fm(abs(v))}"


def _ycoef(b_: int) -> str:
    """A y-term after another term: `` + y``, `` - 2y``."""
    return f" {'+' if b_ > 0 else '-'} {'' if abs(b_) == 1 else abs(b_)}y"


_TRIPLES = [(3, 4), (4, 3), (6, 8), (8, 6), (5, 12), (12, 5), (8, 15), (15, 8)]
_SMALL = [(1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 2), (2, 3), (3, 2), (2, 4), (4, 2), (3, 3), (1, 4)]


# ================================================================================================
# 10기수2-01-01 두 점 사이의 거리
# ================================================================================================
def _pair(rng: random.Random, triples: float = 0.6, lo: int = -5, hi: int = 5):
    """Two points whose coordinate differences are small: (A, B, dx, dy, AB²)."""
    dx, dy = rng.choice(_TRIPLES[:6] if rng.random() < triples else _SMALL)
    ax_, ay_ = rng.randint(lo, hi), rng.randint(lo, hi)
    bx, by = ax_ + dx * rng.choice([1, -1]), ay_ + dy * rng.choice([1, -1])
    return (ax_, ay_), (bx, by), dx, dy, dx * dx + dy * dy


@family("10기수2-01-01", "number-line-distance")
def _d1_line(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randint(-9, 6)
    b = a + nonzero(rng, -12, 12)
    A, B = _r(f"A({a})", st), _r(f"B({b})", st)
    form = rng.choice(["plain", "fill", "word"])
    if form == "fill":
        big, small = max(a, b), min(a, b)
        text = (f"수직선 위의 두 점 {A}, {B} 사이의 거리를 구하는 과정이다. (  ) 안에 알맞은 수를 써넣으시오.\n"
                f"AB = {_r(f'{big} - ({small})' if small < 0 else f'{big} - {small}', st)} = (  )")
    elif form == "word":
        place1, place2 = rng.sample(["집", "학교", "버스 정류장", "도서관", "우체국", "편의점"], 2)
        text = rng.choice([
            f"곧게 뻗은 도로를 수직선으로 나타내었더니 {josa(place1, '은/는')} {a}, {josa(place2, '은/는')} {b}에 대응하였다. "
            f"두 곳 사이의 거리는 몇 km인지 {_end(rng)} (단, 눈금 한 칸은 1 km이다.)",
            f"수직선 위에서 {place1}의 위치는 {_r(str(a), st)}, {place2}의 위치는 {_r(str(b), st)}이다. 두 곳은 몇 km 떨어져 있습니까? (단, 수직선의 단위는 km이다.)",
        ])
    else:
        text = rng.choice([
            f"수직선 위의 두 점 {A}, {B} 사이의 거리를 {_end(rng)}",
            f"수직선 위에 두 점 {A}, {josa(B, '이/가')} 있다. 선분 AB의 길이를 {_end(rng)}",
            f"두 수 {josa(_r(str(a), st), '과/와')} {_r(str(b), st)}에 대응하는 수직선 위의 두 점 사이의 거리는 얼마입니까?",
        ])
    d = abs(b - a)
    ans = str(d) + (" km" if form == "word" else "")
    return Problem(text=text, answer=ans, format={"plain": "computation", "fill": "fill", "word": "word"}[form], difficulty=1,
                   achievement_level="E", concepts=["두 점 사이의 거리", "수직선"],
                   check=lambda: sp.Abs(sp.Integer(b) - a) == int(ans.split()[0]))


def _rootsq(st: str) -> str:
    """√((  )² + (  )²) with empty boxes, in style ``st``."""
    return {"latex": "$\\sqrt{(\\quad)^{2} + (\\quad)^{2}}$", "unicode": "√{(  )² + (  )²}", "plain": "√((  )^2 + (  )^2)"}[st]


@family("10기수2-01-01", "plane-distance-guided-steps")
def _d1_guided(rng: random.Random) -> Problem:
    st = pick_style(rng)
    (ax_, ay_), (bx, by), dx, dy, d2 = _pair(rng)
    A, B = _pt("A", ax_, ay_, st), _pt("B", bx, by, st)
    lead = rng.choice([
        f"두 점 {A}, {B} 사이의 거리를 다음 순서에 따라 구하시오.",
        f"좌표평면 위의 두 점 {A}, {B}에 대하여 선분 AB의 길이를 구하려고 한다. (  ) 안에 알맞은 수를 차례대로 써넣으시오.",
        f"다음은 피타고라스 정리를 이용하여 두 점 {A}, {B} 사이의 거리를 구하는 과정이다. (  ) 안에 알맞은 수를 차례대로 써넣으시오.",
    ])
    steps = rng.choice([
        f"(1) 두 점의 x좌표의 차: (  )\n(2) 두 점의 y좌표의 차: (  )\n(3) AB = {_rootsq(st)} = (  )",
        "① 점 A를 지나 x축에 평행한 직선과 점 B를 지나 y축에 평행한 직선이 만나는 점을 C라 하면 AC = (  ), BC = (  )\n"
        "② 삼각형 ABC는 직각삼각형이므로 AB = (  )",
    ])
    ans = f"{dx}, {dy}, {_sqrt_txt(d2)}"
    return Problem(text=f"{lead}\n{steps}", answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["두 점 사이의 거리", "피타고라스 정리", "좌표평면"],
                   check=lambda: sp.Point(ax_, ay_).distance(sp.Point(bx, by)) == sp.sqrt(d2) and abs(bx - ax_) == dx)


@family("10기수2-01-01", "plane-distance")
def _d1_plane(rng: random.Random) -> Problem:
    st = pick_style(rng)
    (ax_, ay_), (bx, by), _dx, _dy, d2 = _pair(rng, 0.5, -6, 6)
    lbl = rng.choice([("A", "B"), ("P", "Q"), ("A", "B"), ("C", "D")])
    A, B = _pt(lbl[0], ax_, ay_, st), _pt(lbl[1], bx, by, st)
    seg = f"{lbl[0]}{lbl[1]}"
    text = rng.choice([
        f"두 점 {A}, {B} 사이의 거리를 {_end(rng)}",
        f"좌표평면 위의 두 점 {A}, {B}에 대하여 선분 {seg}의 길이를 {_end(rng)}",
        f"다음 두 점 사이의 거리를 {_end(rng)}\n{A}, {B}",
        f"두 점 {josa(A, '과/와')} {B} 사이의 거리는 얼마입니까?",
        f"좌표평면에서 두 점 {A}, {B}를 이은 선분의 길이를 {_end(rng)}",
    ]).replace(f"{B}를 이은", f"{josa(B, '을/를')} 이은")
    ans = _sqrt_txt(d2)
    d = 1 if _m.isqrt(d2) ** 2 == d2 else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="E" if d == 1 else "D",
                   concepts=["두 점 사이의 거리", "좌표평면"], also=[G1],
                   check=lambda: sp.simplify(sp.Point(ax_, ay_).distance(sp.Point(bx, by)) - sp.sqrt(d2)) == 0)


@family("10기수2-01-01", "distance-from-origin")
def _d1_origin(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u, v = rng.choice(_TRIPLES + [(1, 1), (1, 2), (2, 2), (1, 3), (2, 4)])
    px, py = u * rng.choice([1, -1]), v * rng.choice([1, -1])
    d2 = u * u + v * v
    P = _pt("P", px, py, st)
    thing = rng.choice([("드론", "이륙한 곳"), ("열기구", "출발한 곳"), ("무선 조종 자동차", "출발한 곳")])
    text = rng.choice([
        f"원점 O와 점 {P} 사이의 거리를 {_end(rng)}",
        f"좌표평면 위의 점 {josa(P, '과/와')} 원점 사이의 거리를 {_end(rng)}",
        f"{josa(thing[0], '이/가')} {thing[1]}을 원점으로 하는 좌표평면에서 {thing[0]}의 현재 위치가 점 {_r(f'({px}, {py})', st)}일 때, "
        f"{thing[1]}에서 현재 위치까지의 직선 거리는 몇 m인지 {_end(rng)} (단, 좌표의 단위는 m이다.)",
        f"선분 OP의 길이를 {_end(rng)} (단, O는 원점이고 점 P의 좌표는 {_r(f'({px}, {py})', st)}이다.)",
    ])
    word = "직선 거리" in text
    ans = _sqrt_txt(d2) + (" m" if word else "")
    return Problem(text=text, answer=ans, format="word" if word else "computation", difficulty=1 + word,
                   achievement_level="D" if word else "E", concepts=["두 점 사이의 거리", "원점"], also=[] if word else [G1],
                   check=lambda: sp.Point(0, 0).distance(sp.Point(px, py)) ** 2 == d2)


@family("10기수2-01-01", "mcq-distance-mistakes")
def _d1_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(50):
        (ax_, ay_), (bx, by), dx, dy, d2 = _pair(rng, 0.5)
        wrong2 = {(ax_ + bx) ** 2 + (ay_ + by) ** 2, abs(dx * dx - dy * dy), d2 + 2 * dx * dy, (dx + 1) ** 2 + dy * dy,
                  dx * dx + (dy + 1) ** 2} - {d2, 0}
        opts = {_sqrt_txt(w) for w in wrong2} | {str(dx + dy), str(d2)}
        opts.discard(_sqrt_txt(d2))
        if len(opts) >= 4:
            break
    val = {}
    for o in opts | {_sqrt_txt(d2)}:
        k, _, r = o.partition("√")
        val[o] = (float(k) if k else 1.0) * (_m.sqrt(float(r)) if r else 1.0) if "√" in o else float(o)
    fmt = (lambda s: _r(s, st)) if st != "plain" else (lambda s: s)
    right = fmt(_sqrt_txt(d2))
    wrongs = [fmt(o) for o in sorted(opts)]
    back = {fmt(o): val[o] for o in val}
    ch = choices(rng, right, wrongs, sort_key=lambda s: back[s])
    A, B = _pt("A", ax_, ay_, st), _pt("B", bx, by, st)
    stem = rng.choice([
        f"두 점 {A}, {B} 사이의 거리는?",
        f"좌표평면 위의 두 점 {A}, {B}에 대하여 선분 AB의 길이는?",
        f"다음 중 두 점 {A}, {B} 사이의 거리로 옳은 것은?",
    ])
    d = 1 if _m.isqrt(d2) ** 2 == d2 else 2
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level="D", choice=ch,
                   concepts=["두 점 사이의 거리"], also=[G1],
                   check=lambda: abs(back[ch.options[ch.correct]] - _m.dist((ax_, ay_), (bx, by))) < 1e-9)


@family("10기수2-01-01", "unknown-coordinate-from-distance")
def _d1_unknown(rng: random.Random) -> Problem:
    st = pick_style(rng)
    dx, dy = rng.choice(_TRIPLES[:6])
    d = _m.isqrt(dx * dx + dy * dy)
    ax_, ay_ = rng.randint(-4, 4), rng.randint(-4, 4)
    bx = ax_ + dx * rng.choice([1, -1])
    sols = sorted([ay_ + dy, ay_ - dy])
    which = rng.choice(["y", "x"])
    a = sp.Symbol("a")
    if which == "y":
        A, B = _pt("A", ax_, ay_, st), _r(f"B({bx}, a)", st)
        eq = (bx - ax_) ** 2 + (a - ay_) ** 2 - d * d
    else:  # unknown is the x-coordinate: swap roles
        A, B = _pt("A", ay_, ax_, st), _r(f"B(a, {bx})", st)
        eq = (a - ay_) ** 2 + (bx - ax_) ** 2 - d * d
    pos = [s for s in sols if s > 0]
    ask = rng.choice(["all", "sum"] + (["pos"] if len(pos) == 1 else []))
    hint = rng.random() < 0.4
    tail = {"all": f"a의 값을 모두 {_end(rng)}", "sum": f"모든 a의 값의 합을 {_end(rng)}",
            "pos": f"양수 a의 값을 {_end(rng)}"}[ask]
    text = rng.choice([
        f"두 점 {A}, {B} 사이의 거리가 {d}일 때, {tail}",
        f"좌표평면 위의 두 점 {A}, {B}에 대하여 AB = {d}이다. {tail}",
    ])
    if hint:
        text += " (힌트: 두 점 사이의 거리를 식으로 나타낸 뒤, 양변을 제곱해 보시오.)"
    ans = {"all": f"{sols[0]}, {sols[1]}", "sum": str(sum(sols)), "pos": str(pos[0]) if pos else ""}[ask]
    sol = sorted(sp.solve(eq, a))
    return Problem(text=text, answer=ans, format="computation", difficulty=3 - hint, achievement_level="C" if not hint else "D",
                   concepts=["두 점 사이의 거리"], also=[G1],
                   check=lambda: sol == sols)


_PLACES = ["집", "학교", "도서관", "공원", "편의점", "버스 정류장", "체육관", "병원", "빵집", "약국", "수영장", "놀이터"]


@family("10기수2-01-01", "map-distance-word")
def _d1_map(rng: random.Random) -> Problem:
    st = pick_style(rng)
    (ax_, ay_), (bx, by), _dx, _dy, d2 = _pair(rng, 0.85, -4, 6)
    p1, p2 = rng.sample(_PLACES, 2)
    who = name(rng)
    unit, scale = rng.choice([("m", 100), ("m", 50), ("km", 1), ("m", 10)])
    d = _m.isqrt(d2)
    exact = d * d == d2
    dist_txt = f"{d * scale} {unit}" if exact else (f"{scale}√{d2} {unit}" if scale != 1 else f"{_sqrt_txt(d2)} {unit}")
    if not exact and scale != 1:
        k = _sqrt_txt(d2)
        co, _, rad = k.partition("√")
        dist_txt = f"{int(co or 1) * scale}√{rad} {unit}"
    grid = f"좌표평면의 눈금 한 칸이 {scale} {unit}" if scale != 1 else "좌표의 단위가 km"
    grid_n = grid.replace("한 칸이", "한 칸은").replace("단위가", "단위는")
    text = rng.choice([
        f"{who}네 동네 지도를 좌표평면 위에 나타내었더니 {josa(p1, '은/는')} 점 {_r(f'({ax_}, {ay_})', st)}, "
        f"{josa(p2, '은/는')} 점 {_r(f'({bx}, {by})', st)}에 있었다. 두 곳 사이의 직선 거리를 {_end(rng)} (단, {grid_n}이다.)",
        f"{josa(who, '이/가')} {p1}에서 {p2}까지 곧게 걸어가려고 한다. 지도를 좌표평면으로 보면 {josa(p1, '은/는')} {_r(f'({ax_}, {ay_})', st)}, "
        f"{josa(p2, '은/는')} {_r(f'({bx}, {by})', st)}이고, {grid}일 때, {josa(who, '이/가')} 걷는 거리는 몇 {unit}입니까?",
        f"[실생활] 한 놀이공원 안내도를 좌표평면으로 나타내면 {josa('매표소', '은/는')} {_r(f'({ax_}, {ay_})', st)}, "
        f"{josa('회전목마', '은/는')} {_r(f'({bx}, {by})', st)}에 있다. {grid}일 때, 매표소에서 회전목마까지의 직선 거리를 {_end(rng)}",
    ])
    return Problem(text=text, answer=dist_txt, format="word", difficulty=2 + (not exact), achievement_level="D" if exact else "C",
                   concepts=["두 점 사이의 거리", "좌표평면"],
                   check=lambda: abs(_m.dist((ax_, ay_), (bx, by)) * scale - (d * scale if exact else _m.sqrt(d2) * scale)) < 1e-9)


@family("10기수2-01-01", "closest-place-table")
def _d1_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(100):
        px, py = rng.randint(-2, 2), rng.randint(-2, 2)
        k = rng.choice([3, 4])
        places = rng.sample(_PLACES[1:], k)
        coords = [(rng.randint(-5, 6), rng.randint(-5, 6)) for _ in range(k)]
        ds = [(cx - px) ** 2 + (cy - py) ** 2 for cx, cy in coords]
        if len(set(ds)) == k and min(ds) > 0:
            break
    ask = rng.choice(["near", "far"])
    idx = ds.index(min(ds) if ask == "near" else max(ds))
    rows = "\n".join(f"| {pl} | {_r(f'({cx}, {cy})', st)} |" for pl, (cx, cy) in zip(places, coords, strict=True))
    who = name(rng)
    text = (f"{who}네 집은 좌표평면 위의 점 {_r(f'({px}, {py})', st)}에 있다. 다음 표는 여러 장소의 위치를 나타낸 것이다.\n"
            f"| 장소 | 좌표 |\n|---|---|\n{rows}\n"
            + rng.choice([f"{who}네 집에서 직선 거리가 가장 {'가까운' if ask == 'near' else '먼'} 장소를 쓰고, 그 거리를 {_end(rng)}",
                          f"집에서 가장 {'가까운' if ask == 'near' else '먼'} 곳은 어디이고, 직선 거리는 얼마인지 {_end(rng)}"]))
    ans = f"{places[idx]}, {_sqrt_txt(ds[idx])}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["두 점 사이의 거리", "좌표평면"],
                   check=lambda: min(range(k), key=lambda i: _m.dist((px, py), coords[i]) * (1 if ask == "near" else -1)) == idx)


@family("10기수2-01-01", "isosceles-by-distance")
def _d1_iso(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u, v = rng.choice([(1, 2), (2, 1), (1, 3), (3, 1), (2, 3), (3, 2), (1, 4), (4, 1)])
    ax_, ay_ = rng.randint(-3, 3), rng.randint(-3, 3)
    vecs = rng.choice([((u, v), (v, u)), ((u, v), (-u, v)), ((u, -v), (-u, -v)), ((u, v), (u, -v)), ((u, v), (-v, u))])
    B = (ax_ + vecs[0][0], ay_ + vecs[0][1])
    C = (ax_ + vecs[1][0], ay_ + vecs[1][1])
    pts = {"A": (ax_, ay_), "B": B, "C": C}
    s2 = u * u + v * v
    bc2 = (B[0] - C[0]) ** 2 + (B[1] - C[1]) ** 2
    Pa, Pb, Pc = (_pt(k_, *p, st) for k_, p in pts.items())
    text = rng.choice([
        f"세 점 {Pa}, {Pb}, {josa(Pc, '을/를')} 꼭짓점으로 하는 삼각형 ABC가 이등변삼각형임을 세 변의 길이를 구하여 설명하시오.",
        f"세 점 {Pa}, {Pb}, {Pc}에 대하여 선분 AB, BC, CA의 길이를 각각 구하고, 삼각형 ABC가 어떤 삼각형인지 말하시오.",
        f"{josa(name(rng), '은/는')} 세 점 {Pa}, {Pb}, {josa(Pc, '을/를')} 이어 삼각형을 그렸다. 이 삼각형의 두 변의 길이가 같은지 "
        f"두 점 사이의 거리를 이용하여 확인하고, 그 이유를 쓰시오.",
    ])
    right = bc2 == 2 * s2
    kind = "직각이등변삼각형" if right else "이등변삼각형"
    ans = f"AB = {_sqrt_txt(s2)}, BC = {_sqrt_txt(bc2)}, CA = {_sqrt_txt(s2)}이므로 AB = CA인 {kind}"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["두 점 사이의 거리", "이등변삼각형"],
                   check=lambda: sp.Point(*pts["A"]).distance(sp.Point(*B)) == sp.Point(*pts["A"]).distance(sp.Point(*C))
                   and sp.Triangle(*map(sp.Point, pts.values())).is_right() == right)


# ================================================================================================
# 10기수2-01-02 직선의 방정식과 그래프
# ================================================================================================
M1 = ("9수02-16",)  # 일차함수의 그래프의 성질 (기울기, 절편, 식 구하기) — 중학교에서 이어지는 내용
M2 = ("9수02-17",)  # 일차함수와 일차방정식 ax + by + c = 0의 관계


def _slope(rng: random.Random, frac_p: float = 0.2) -> Fraction:
    if rng.random() < frac_p:
        return Fraction(nonzero(rng, -3, 3), rng.choice([2, 3]))
    return Fraction(nonzero(rng, -4, 4))


def _yl(mm, kk, st: str) -> str:
    return _r(_yline(mm, kk), st)


def _yl_ans(mm, kk) -> str:
    return _r(_yline(mm, kk), "plain")


def _R(v) -> sp.Rational:
    v = Fraction(v)
    return sp.Rational(v.numerator, v.denominator)


def _on_line(mm, kk, *pts) -> bool:
    """Independent check: every point satisfies y = m x + k (sympy arithmetic)."""
    return all(sp.Eq(_R(py), _R(mm) * _R(px) + _R(kk)) == sp.true for px, py in pts)


def _int_line(a_, b_, c_) -> tuple[int, int, int]:
    """Normalise integer coefficients: divide by gcd, make the first nonzero one positive."""
    g = _m.gcd(_m.gcd(int(a_), int(b_)), int(c_)) or 1
    a_, b_, c_ = int(a_) // g, int(b_) // g, int(c_) // g
    if a_ < 0 or (a_ == 0 and b_ < 0):
        a_, b_, c_ = -a_, -b_, -c_
    return a_, b_, c_


@family("10기수2-01-02", "line-from-slope-and-point")
def _l2_slope_pt(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mm = _slope(rng)
    px = rng.randint(-3, 3) * mm.denominator
    kk = rng.randint(-5, 5)
    py = mm * px + kk
    P = _pt("P", px, py, st)
    ms = _r(_fm(mm), st)
    text = rng.choice([
        f"기울기가 {ms}이고 점 {josa(P, '을/를')} 지나는 직선의 방정식을 {_end(rng)}",
        f"점 {josa(_r(f'({px}, {_fm(py)})', st), '을/를')} 지나고 기울기가 {ms}인 직선의 방정식을 y = ax + b 꼴로 {_end(rng, '쓰')}",
        f"기울기가 {ms}인 직선이 점 {josa(P, '을/를')} 지난다. 이 직선의 방정식을 {_end(rng)}",
        f"다음 조건을 만족시키는 직선의 방정식을 {_end(rng)}\n• 기울기: {ms}\n• 지나는 점: {_r(f'({px}, {_fm(py)})', st)}",
    ])
    ans = _yl_ans(mm, kk)
    d = 1 if mm.denominator == 1 else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="E" if d == 1 else "D",
                   concepts=["직선의 방정식", "기울기"], also=list(M1),
                   check=lambda: _on_line(mm, kk, (px, py)) and sp.Line(sp.Point(px, _R(py)), slope=_R(mm)).slope == _R(mm))


@family("10기수2-01-02", "line-through-two-points")
def _l2_two(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mm = _slope(rng, 0.25)
    ax_ = rng.randint(-4, 3) if mm.denominator == 1 else mm.denominator * rng.randint(-2, 1)
    step = mm.denominator * rng.randint(1, 2) if mm.denominator > 1 else rng.randint(1, 3)
    bx = ax_ + step
    kk = Fraction(rng.randint(-5, 5))
    ay_, by = mm * ax_ + kk, mm * bx + kk
    if rng.random() < 0.5:
        (ax_, ay_), (bx, by) = (bx, by), (ax_, ay_)
    A, B = _pt("A", ax_, ay_, st), _pt("B", bx, by, st)
    ask = rng.choice(["eq", "eq", "slope-int", "k"])
    if ask == "eq":
        text = rng.choice([
            f"두 점 {A}, {josa(B, '을/를')} 지나는 직선의 방정식을 {_end(rng)}",
            f"좌표평면 위의 두 점 {A}, {B}를 지나는 직선의 방정식을 {_end(rng)}",
            f"두 점 {josa(A, '과/와')} {josa(B, '을/를')} 지나는 직선을 그래프로 하는 일차방정식을 y = ax + b 꼴로 {_end(rng, '쓰')}",
        ]).replace(f"{B}를 지나는", f"{josa(B, '을/를')} 지나는")
        ans = _yl_ans(mm, kk)
    elif ask == "slope-int":
        text = f"두 점 {A}, {josa(B, '을/를')} 지나는 직선의 기울기와 y절편을 차례대로 {_end(rng)}"
        ans = f"{_fs(mm)}, {_fs(kk)}"
    else:
        text = f"두 점 {A}, {josa(B, '을/를')} 지나는 직선이 y축과 만나는 점의 좌표를 {_end(rng)}"
        ans = _ptans(0, kk)
    d = 2 if mm.denominator == 1 else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="D" if d == 2 else "C",
                   concepts=["직선의 방정식", "기울기", "y절편"], also=list(M1),
                   check=lambda: sp.Line(sp.Point(ax_, _R(ay_)), sp.Point(bx, _R(by))).slope == _R(mm)
                   and _on_line(mm, kk, (ax_, ay_), (bx, by)))


@family("10기수2-01-02", "line-from-intercepts")
def _l2_intercepts(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
    a_, b_, c_ = _int_line(q, p, -p * q)  # q x + p y = p q
    form = rng.choice(["general", "slope"])
    tail = ("ax + by + c = 0 꼴로 " + _end(rng, "쓰")) if form == "general" else _end(rng)
    text = rng.choice([
        f"x절편이 {p}, y절편이 {q}인 직선의 방정식을 {tail}",
        f"x축과 점 {_r(f'({p}, 0)', st)}에서, y축과 점 {_r(f'(0, {q})', st)}에서 만나는 직선의 방정식을 {tail}",
        f"두 점 {_r(f'({p}, 0)', st)}, {josa(_r(f'(0, {q})', st), '을/를')} 지나는 직선의 방정식을 {tail}",
        f"어떤 직선의 그래프가 x축과는 {_r(f'x = {p}', st)}인 점에서, y축과는 {_r(f'y = {q}', st)}인 점에서 만난다. 이 직선의 방정식을 {tail}",
    ])
    ans = _r(_lin(a_, b_, c_), "plain") if form == "general" else _yl_ans(Fraction(-q, p), q)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["직선의 방정식", "x절편", "y절편"], also=list(M1),
                   check=lambda: sp.Line(sp.Point(p, 0), sp.Point(0, q)).contains(sp.Point(1, _R(Fraction(-q, p) + q)))
                   and a_ * p + c_ == 0 and b_ * q + c_ == 0)


def _quadrants(mm: Fraction, kk: Fraction) -> list[int]:
    """Quadrants the line y = m x + k passes through (m != 0), by sampling far points and intercepts."""
    qs = set()
    for xv in (Fraction(-1000), Fraction(1000), Fraction(-1, 1000), Fraction(1, 1000)):
        yv = mm * xv + kk
        if xv != 0 and yv != 0:
            qs.add((1 if yv > 0 else 4) if xv > 0 else (2 if yv > 0 else 3))
    return sorted(qs)


@family("10기수2-01-02", "draw-graph-by-intercepts")
def _l2_graph(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
    a_, b_, c_ = _int_line(q, p, -p * q)
    L = _r(_lin(a_, b_, c_), st)
    mm, kk = Fraction(-q, p), Fraction(q)
    miss = next(k_ for k_ in (1, 2, 3, 4) if k_ not in _quadrants(mm, kk))
    fill = rng.random() < 0.5
    if fill:
        text = (f"직선 {L}의 그래프를 그리려고 한다. (  ) 안에 알맞은 수를 차례대로 써넣으시오.\n"
                f"(1) y = 0을 대입하면 x = (  )이므로 x절편은 (  )이다.\n(2) x = 0을 대입하면 y = (  )이므로 y절편은 (  )이다.\n"
                f"(3) 두 점 ((  ), 0), (0, (  ))을 좌표평면 위에 찍고 직선으로 이으면 그래프가 된다.")
        ans = f"{p}, {p}, {q}, {q}, {p}, {q}"
        fmt, d, lv = "fill", 1, "E"
    else:
        text = rng.choice([
            f"[활동] 직선 {L}의 그래프를 좌표평면 위에 그리려고 한다.\n(1) x절편과 y절편을 각각 구하시오.\n(2) 그래프를 그렸을 때, 이 직선이 지나지 않는 사분면을 쓰시오.",
            f"직선 {L}의 x절편, y절편을 이용하여 그래프를 그리고, 이 그래프가 지나지 않는 사분면은 제몇 사분면인지 구하시오.",
        ])
        ans = f"x절편 {p}, y절편 {q}, 제{miss}사분면"
        fmt, d, lv = "task", 2, "D"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lv,
                   concepts=["직선의 방정식", "그래프", "x절편", "y절편"] + ([] if fill else ["사분면"]), also=list(M2),
                   check=lambda: sp.solve(a_ * x + c_, x) == [p] and sp.solve(b_ * y + c_, y) == [q])


@family("10기수2-01-02", "general-form-to-slope-intercept")
def _l2_general(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b_ = rng.choice([1, 1, 2, 3, -1, -2])
    mm = Fraction(nonzero(rng, -4, 4))
    kk = Fraction(rng.randint(-5, 5))
    a_, c_ = -mm * b_, -kk * b_  # a x + b y + c = 0  <=>  y = m x + k
    sgn = 1 if a_ > 0 else -1
    A_, B_, C_ = int(a_ * sgn), int(b_ * sgn), int(c_ * sgn)
    L = _r(_lin(A_, B_, C_), st)
    form = rng.choice(["fill", "ask", "ask2"])
    if form == "fill":
        text = (f"일차방정식 {josa(L, '을/를')} y에 대하여 풀면 y = (  )x + (  )이다. 따라서 이 직선의 기울기는 (  ), y절편은 (  )이다. "
                f"(  ) 안에 알맞은 수를 차례대로 써넣으시오.")
        ans = f"{_fs(mm)}, {_fs(kk)}, {_fs(mm)}, {_fs(kk)}"
    elif form == "ask":
        text = rng.choice([f"직선 {L}의 기울기와 y절편을 각각 {_end(rng)}",
                           f"방정식 {josa(L, '이/가')} 나타내는 직선의 기울기를 a, y절편을 b라 할 때, a + b의 값을 {_end(rng)}"])
        ans = f"{_fs(mm)}, {_fs(kk)}" if "각각" in text else _fs(mm + kk)
    else:
        text = f"직선 {josa(L, '을/를')} y = ax + b 꼴로 나타내고, 그래프가 오른쪽 {'위' if mm > 0 else '아래'}로 향하는지 확인하시오. 이 직선의 방정식을 y = ax + b 꼴로 {_end(rng, '쓰')}"
        ans = _yl_ans(mm, kk)
    sol = sp.solve(A_ * x + B_ * y + C_, y)[0]
    return Problem(text=text, answer=ans, format="fill" if form == "fill" else "computation", difficulty=1 + (form != "fill"),
                   achievement_level="E" if form == "fill" else "D", concepts=["직선의 방정식", "기울기", "y절편"], also=list(M2),
                   check=lambda: sp.expand(sol - (_R(mm) * x + _R(kk))) == 0)


@family("10기수2-01-02", "lines-parallel-to-axes")
def _l2_axes(rng: random.Random) -> Problem:
    st = pick_style(rng)
    px, py = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
    kind = rng.choice(["h", "v"])
    P = _pt("P", px, py, st)
    desc = {"h": rng.choice(["x축에 평행한", "y축에 수직인"]), "v": rng.choice(["y축에 평행한", "x축에 수직인"])}[kind]
    right = f"y = {py}" if kind == "h" else f"x = {px}"
    if rng.random() < 0.5:
        wrong = [f"x = {py}", f"y = {px}", f"x = {px}" if kind == "h" else f"y = {py}", f"y = {-py}" if kind == "h" else f"x = {-px}",
                 _yline(px, 0) if px != 1 else _yline(py, 0), _yline(1, py - px)]
        ch = choices(rng, _r(right, st), [_r(w, st) for w in wrong])
        stem = rng.choice([f"점 {josa(P, '을/를')} 지나고 {desc} 직선의 방정식은?", f"다음 중 점 {josa(P, '을/를')} 지나고 {desc} 직선은?"])
        return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=1, achievement_level="E", choice=ch,
                       concepts=["직선의 방정식", "x축", "y축"], also=list(M2),
                       check=lambda: _r(right, st) == ch.options[ch.correct])
    text = rng.choice([
        f"점 {josa(P, '을/를')} 지나고 {desc} 직선의 방정식을 {_end(rng)}",
        f"두 점 {_r(f'({px}, {py})', st)}, {josa(_r(f'({px + 3}, {py})' if kind == 'h' else f'({px}, {py + 3})', st), '을/를')} 지나는 직선의 방정식을 {_end(rng)}",
        f"좌표평면 위의 점 {josa(P, '을/를')} 지나고 {desc} 직선을 그렸다. 이 직선의 방정식을 {_end(rng)}",
    ])
    line = sp.Line(sp.Point(px, py), sp.Point(px + 1, py)) if kind == "h" else sp.Line(sp.Point(px, py), sp.Point(px, py + 1))
    return Problem(text=text, answer=right, format="computation", difficulty=1, achievement_level="E",
                   concepts=["직선의 방정식", "x축", "y축"], also=list(M2),
                   check=lambda: line.contains(sp.Point(px + 5, py)) == (kind == "h"))


@family("10기수2-01-02", "point-on-line-unknown")
def _l2_point_on(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mm = Fraction(nonzero(rng, -3, 3))
    kk = Fraction(rng.randint(-5, 5))
    a, b = rng.randint(-4, 4), rng.randint(-4, 4)
    kind = rng.choice(["y", "x", "b"])
    kv = sp.Symbol("k")
    if kind == "y":
        target = mm * a + kk
        text = rng.choice([f"점 {josa(_r(f'({a}, k)', st), '이/가')} 직선 {_yl(mm, kk, st)} 위에 있을 때, k의 값을 {_end(rng)}",
                           f"직선 {josa(_yl(mm, kk, st), '이/가')} 점 {josa(_r(f'({a}, k)', st), '을/를')} 지날 때, 상수 k의 값을 {_end(rng)}"])
        eq = kv - (mm * a + kk)
    elif kind == "x":
        target = Fraction(a)
        b = mm * a + kk
        text = f"직선 {_yl(mm, kk, st)} 위의 점 중에서 y좌표가 {b}인 점의 x좌표를 {_end(rng)}"
        eq = _R(mm) * kv + _R(kk) - b
    else:
        target = b - mm * a
        L = _r(f"y = {_term(mm, 'x', True)} + k", st)
        text = rng.choice([f"직선 {josa(L, '이/가')} 점 {josa(_r(f'({a}, {b})', st), '을/를')} 지날 때, 상수 k의 값을 {_end(rng)}",
                           f"기울기가 {mm}인 직선 {josa(L, '이/가')} 점 {josa(_r(f'({a}, {b})', st), '을/를')} 지나도록 k의 값을 정하려고 한다. k의 값을 {_end(rng)}"])
        eq = b - (_R(mm) * a + kv)
    ans = _fs(target)
    return Problem(text=text, answer=ans, format="computation", difficulty=1 + (kind == "x"), achievement_level="E" if kind != "x" else "D",
                   concepts=["직선의 방정식", "대입"], also=list(M1),
                   check=lambda: sp.solve(eq, kv) == [_R(target)])


@family("10기수2-01-02", "mcq-statements-about-line")
def _l2_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(50):
        mm = Fraction(nonzero(rng, -3, 3))
        p = nonzero(rng, -4, 4)
        kk = -mm * p  # x-intercept p is an integer
        if kk != 0:
            break
    a_, b_, c_ = _int_line(-mm, 1, -kk)
    L = _r(_lin(a_, b_, c_), st) if rng.random() < 0.6 else _yl(mm, kk, st)
    qs = _quadrants(mm, kk)
    miss = next(k_ for k_ in (1, 2, 3, 4) if k_ not in qs)
    px = nonzero(rng, -2, 2, (0, p))
    on = (px, mm * px + kk)
    off = (px, mm * px + kk + rng.choice([1, -1, 2]))
    dirw = "오른쪽 위로 향한다" if mm > 0 else "오른쪽 아래로 향한다"
    true_s = [f"기울기는 {_r(_fm(mm), st)}이다.", f"y절편은 {_r(_fm(kk), st)}이다.", f"x절편은 {_r(str(p), st)}이다.",
              f"점 {_r(_ptans(*on), st)}을 지난다.", f"제{miss}사분면을 지나지 않는다.", f"그래프는 {dirw}."]
    other = next(iter(qs))
    false_s = [f"기울기는 {_r(_fm(-mm), st)}이다.", f"y절편은 {_r(_fm(-kk), st)}이다.", f"x절편은 {_r(str(-p), st)}이다.",
               f"점 {_r(_ptans(*off), st)}을 지난다.", f"제{other}사분면을 지나지 않는다.",
               f"그래프는 {'오른쪽 아래로 향한다' if mm > 0 else '오른쪽 위로 향한다'}.", f"x절편은 {_r(_fm(kk), st)}이다." if abs(kk) != abs(p) else "원점을 지난다."]
    true_s, false_s = list(dict.fromkeys(true_s)), list(dict.fromkeys(false_s))
    want = rng.choice(["true", "false"])
    if want == "false":
        right = rng.choice(false_s)
        ch = choices(rng, right, rng.sample(true_s, 4))
        stem = rng.choice([f"직선 {L}에 대한 설명으로 옳지 않은 것은?", f"다음 중 직선 {L}에 대한 설명으로 틀린 것은?"])
    else:
        right = rng.choice(true_s)
        ch = choices(rng, right, rng.sample(false_s, 4))
        stem = rng.choice([f"직선 {L}에 대한 설명으로 옳은 것은?", f"다음 중 직선 {L}의 그래프에 대하여 바르게 말한 것은?"])
    stem = re.sub(r"(\$?\([^()]*\)\$?)을 지난다", lambda mm_: josa(mm_.group(1), "을/를") + " 지난다", stem)
    ch = type(ch)(options=[re.sub(r"(\$?\([^()]*\)\$?)을 지난다", lambda mm_: josa(mm_.group(1), "을/를") + " 지난다", o) for o in ch.options],
                  correct=ch.correct, layout="lines")
    true_set = {re.sub(r"(\$?\([^()]*\)\$?)을 지난다", lambda mm_: josa(mm_.group(1), "을/를") + " 지난다", t) for t in true_s}

    def chk() -> bool:
        good = [(o in true_set) == (want == "true") for o in ch.options]
        return good.count(True) == 1 and good[ch.correct] and sp.Line(sp.Point(p, 0), sp.Point(*on)).slope == _R(mm)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch,
                   concepts=["직선의 방정식", "기울기", "x절편", "y절편", "사분면"], check=chk)


@family("10기수2-01-02", "real-life-linear-table")
def _l2_life(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ctx = rng.choice([
        ("물통에 물을 일정하게 채울 때 시간 x(분)와 물의 높이 y(cm)", "분", "cm", 1, (2, 5), (3, 20)),
        ("양초에 불을 붙인 뒤 시간 x(분)와 남은 양초의 길이 y(cm)", "분", "cm", -1, (1, 3), (20, 30)),
        ("용수철에 추를 매달 때 추의 무게 x(g)와 용수철의 길이 y(cm)", "g", "cm", 1, (1, 3), (8, 15)),
        ("택시를 탈 때 이동 거리 x(km)와 요금 y(백 원)", "km", "백 원", 1, (8, 12), (40, 48)),
        ("자동차가 출발한 뒤 달린 시간 x(시간)와 남은 연료의 양 y(L)", "시간", "L", -1, (4, 6), (40, 50)),
    ])
    desc, ux, uy, sign, slope_rng, b_rng = ctx
    mm = sign * rng.randint(*slope_rng)
    kk = rng.randint(*b_rng)
    xs = sorted(rng.sample(range(1, 6), 3))
    ys = [mm * v + kk for v in xs]
    header = "| x | " + " | ".join(str(v) for v in xs) + " |\n|---|" + "---|" * 3 + "\n| y | " + " | ".join(str(v) for v in ys) + " |"
    ask_x = xs[-1] + rng.randint(2, 4)
    if sign < 0:
        ask_x = min(ask_x, (kk - 1) // (-mm))
        ask_x = max(ask_x, 1)
    text = (f"다음 표는 {desc} 사이의 관계를 조사한 것이다. 점 (x, y)를 좌표평면 위에 나타내면 한 직선 위에 있다.\n{header}\n"
            + rng.choice([f"(1) 이 직선의 방정식을 y = ax + b 꼴로 구하시오.\n(2) x = {ask_x}일 때 y의 값을 구하시오.",
                          f"이 직선의 방정식을 구하고, x = {ask_x}일 때 y의 값을 {_end(rng)}"]))
    ans = f"y = {_r(_term(mm, 'x', True), 'plain')} + {kk}, {mm * ask_x + kk}"
    _ = (ux, uy, st)
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["직선의 방정식", "기울기", "y절편"], also=list(M1),
                   check=lambda: sp.Line(sp.Point(xs[0], ys[0]), sp.Point(xs[2], ys[2])).contains(sp.Point(ask_x, mm * ask_x + kk)))


@family("10기수2-01-02", "triangle-with-axes-area")
def _l2_area(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
    if (p * q) % 2:
        q = q + (1 if q > 0 else -1)
    a_, b_, c_ = _int_line(q, p, -p * q)
    L = _r(_lin(a_, b_, c_), st) if rng.random() < 0.5 else _yl(Fraction(-q, p), q, st)
    area = abs(p * q) // 2
    guided = rng.random() < 0.5
    if guided:
        text = (f"직선 {josa(L, '과/와')} x축, y축으로 둘러싸인 삼각형의 넓이를 다음 순서에 따라 구하시오.\n"
                f"(1) 직선의 x절편과 y절편을 각각 구하시오.\n(2) 그래프를 그려 삼각형의 넓이를 구하시오.")
        ans = f"(1) x절편 {p}, y절편 {q} (2) {area}"
        fmt = "task"
    else:
        text = rng.choice([f"직선 {josa(L, '과/와')} x축 및 y축으로 둘러싸인 부분의 넓이를 {_end(rng)}",
                           f"좌표평면에서 직선 {L}, x축, y축으로 둘러싸인 삼각형의 넓이는 얼마입니까?"])
        ans = str(area)
        fmt = "computation"
    tri = sp.Triangle(sp.Point(0, 0), sp.Point(p, 0), sp.Point(0, q))
    return Problem(text=text, answer=ans, format=fmt, difficulty=3 - guided, achievement_level="C" if not guided else "D",
                   concepts=["직선의 방정식", "x절편", "y절편", "그래프"], also=list(M1),
                   check=lambda: abs(tri.area) == area)


# ================================================================================================
# 10기수2-01-03 두 직선의 평행 조건과 수직 조건
# ================================================================================================
_PSLOPES = [Fraction(v) for v in (1, -1, 2, -2, 3, -3)] + [Fraction(1, 2), Fraction(-1, 2), Fraction(1, 3), Fraction(-1, 3), Fraction(2, 3), Fraction(-3, 2)]


def _show_line(mm: Fraction, kk: Fraction, st: str, rng: random.Random, general: float = 0.35) -> str:
    """The line y = mm x + kk, sometimes written in general form with integer coefficients."""
    if rng.random() < general:
        return _r(_lin(*_int_line(-mm.numerator * kk.denominator, mm.denominator * kk.denominator, -kk.numerator * mm.denominator)), st)
    return _yl(mm, kk, st)


def _pt_for(mm: Fraction, rng: random.Random) -> tuple[int, int]:
    """A lattice point from which a line of slope mm has an integer y-intercept."""
    return rng.randint(-3, 3) * mm.denominator, rng.randint(-5, 5)


@family("10기수2-01-03", "parallel-line-through-point")
def _p3_par(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mm = rng.choice(_PSLOPES[:6] * 2 + _PSLOPES[6:])
    k0 = Fraction(rng.randint(-5, 5))
    px, py = _pt_for(mm, rng)
    kk = py - mm * px
    if kk == k0:
        py += 1
        kk += 1
    L, P = _show_line(mm, k0, st, rng), _pt("P", px, py, st)
    text = rng.choice([
        f"점 {josa(P, '을/를')} 지나고 직선 {L}에 평행한 직선의 방정식을 {_end(rng)}",
        f"직선 {josa(L, '과/와')} 평행하고 점 {josa(P, '을/를')} 지나는 직선의 방정식을 {_end(rng)}",
        f"직선 {L}에 평행한 직선이 점 {josa(P, '을/를')} 지날 때, 이 직선의 방정식을 {_end(rng)} (힌트: 평행한 두 직선은 기울기가 같다.)",
        f"점 {josa(P, '을/를')} 지나면서 직선 {josa(L, '과/와')} 만나지 않는 직선의 방정식을 {_end(rng)}",
    ])
    ans = _yl_ans(mm, kk)
    hint = "힌트" in text
    return Problem(text=text, answer=ans, format="computation", difficulty=2 - hint, achievement_level="D" if not hint else "E",
                   concepts=["평행", "기울기", "직선의 방정식"], also=[G2],
                   check=lambda: sp.Line(sp.Point(px, py), slope=_R(mm)).is_parallel(sp.Line(sp.Point(0, _R(k0)), slope=_R(mm)))
                   and _on_line(mm, kk, (px, py)))


@family("10기수2-01-03", "slopes-fill-parallel-perpendicular")
def _p3_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mm = rng.choice(_PSLOPES)
    k0 = Fraction(rng.randint(-5, 5))
    L = _yl(mm, k0, st)
    perp = -1 / mm
    kind = rng.choice(["both", "perp-product", "table"])
    if kind == "both":
        text = (f"직선 {L}에 대하여 (  ) 안에 알맞은 수를 차례대로 써넣으시오.\n"
                f"• 이 직선에 평행한 직선의 기울기는 (  )이다.\n• 이 직선에 수직인 직선의 기울기는 (  )이다.")
        ans = f"{_fs(mm)}, {_fs(perp)}"
    elif kind == "perp-product":
        text = (f"직선 {L}에 수직인 직선의 기울기를 m이라 하면 두 직선의 기울기의 곱은 (  )이므로 "
                f"{_r(f'{_fm(mm)} * m', st)} = (  ), m = (  )이다. (  ) 안에 알맞은 수를 차례대로 써넣으시오.")
        ans = f"-1, -1, {_fs(perp)}"
    else:
        ms = rng.sample([s_ for s_ in _PSLOPES if s_ != mm], 2) + [mm]
        rng.shuffle(ms)
        rows = "\n".join(f"| {_r(_fm(v), st)} | (  ) | (  ) |" for v in ms)
        text = (f"다음 표의 빈칸에 알맞은 수를 위에서부터 차례대로 써넣으시오.\n| 직선의 기울기 | 평행한 직선의 기울기 | 수직인 직선의 기울기 |\n|---|---|---|\n{rows}")
        ans = ", ".join(f"{_fs(v)}, {_fs(-1 / v)}" for v in ms)
    return Problem(text=text, answer=ans, format="data" if kind == "table" else "fill", difficulty=1, achievement_level="E",
                   concepts=["평행", "수직", "기울기"], also=[G2] if kind != "table" else [],
                   check=lambda: sp.Line(sp.Point(0, 0), slope=_R(mm)).is_perpendicular(sp.Line(sp.Point(0, 1), slope=_R(perp))))


@family("10기수2-01-03", "find-a-parallel")
def _p3_k_par(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mm = Fraction(nonzero(rng, -4, 4))
    s = rng.randint(-3, 3)
    av = mm - s
    k1, k2 = rng.randint(-5, 5), rng.randint(-5, 5)
    if k1 == k2:
        k2 += 2
    coef = "a" if s == 0 else f"(a {_sgn(s)})"
    L2 = _r(f"y = {coef}x{_cst(k2)}", st)
    L1 = _yl(mm, k1, st)
    text = rng.choice([
        f"두 직선 {L1}, {josa(L2, '이/가')} 서로 평행할 때, 상수 a의 값을 {_end(rng)}",
        f"직선 {josa(L2, '이/가')} 직선 {L1}에 평행하도록 하는 상수 a의 값을 {_end(rng)}",
        f"두 직선 {josa(L1, '과/와')} {josa(L2, '이/가')} 만나지 않을 때, a의 값을 {_end(rng)}",
    ])
    a = sp.Symbol("a")
    return Problem(text=text, answer=_fs(av), format="computation", difficulty=2, achievement_level="D",
                   concepts=["평행", "기울기"], also=[G2],
                   check=lambda: sp.solve(sp.Eq(a + s, _R(mm)), a) == [_R(av)])


@family("10기수2-01-03", "find-a-perpendicular")
def _p3_k_perp(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mm = rng.choice(_PSLOPES)
    target = -1 / mm
    k1, k2 = rng.randint(-5, 5), rng.randint(-5, 5)
    L1 = _yl(mm, k1, st)
    form = rng.choice(["ax", "general"])
    a = sp.Symbol("a")
    if form == "ax" or target.denominator != 1:
        L2 = _r(f"y = ax{_cst(k2)}", st)
        av = target
        cond = sp.Eq(a * _R(mm), -1)
    else:
        # a x + b y + c = 0 with fixed b: slope -a/b = target -> a = -b*target
        b_ = rng.choice([1, 2, -1])
        av = -b_ * target
        L2 = _r(f"ax{_ycoef(b_)}{_cst(k2)} = 0", st)
        cond = sp.Eq((-a / b_) * _R(mm), -1)
    text = rng.choice([
        f"두 직선 {L1}, {josa(L2, '이/가')} 서로 수직일 때, 상수 a의 값을 {_end(rng)}",
        f"직선 {josa(L2, '이/가')} 직선 {L1}에 수직이 되도록 하는 상수 a의 값을 {_end(rng)}",
        f"두 직선 {josa(L1, '과/와')} {josa(L2, '이/가')} 직각으로 만날 때, a의 값을 {_end(rng)}",
    ])
    return Problem(text=text, answer=_fs(av), format="computation", difficulty=2 + (form == "general"),
                   achievement_level="D" if form != "general" else "C",
                   concepts=["수직", "기울기"], also=[G2], check=lambda: sp.solve(cond, a) == [_R(av)])


_REL3 = ("평행하다", "수직이다", "평행하지도 수직이지도 않다")


def _rel_of(m1: Fraction, m2: Fraction) -> str:
    return _REL3[0] if m1 == m2 else (_REL3[1] if m1 * m2 == -1 else _REL3[2])


def _pair_lines(rng: random.Random, rel: str) -> tuple[Fraction, Fraction, Fraction, Fraction]:
    m1 = rng.choice(_PSLOPES)
    k1 = Fraction(rng.randint(-4, 4))
    if rel == _REL3[0]:
        m2, k2 = m1, k1 + nonzero(rng, -4, 4)
    elif rel == _REL3[1]:
        m2, k2 = -1 / m1, Fraction(rng.randint(-4, 4))
    else:
        m2 = rng.choice([v for v in _PSLOPES if v != m1 and v * m1 != -1])
        k2 = Fraction(rng.randint(-4, 4))
    return m1, k1, m2, k2


@family("10기수2-01-03", "classify-line-pairs-table")
def _p3_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    rels = rng.sample(list(_REL3), 3) if rng.random() < 0.5 else [rng.choice(_REL3) for _ in range(3)]
    pairs = [_pair_lines(rng, r_) for r_ in rels]
    rows = "\n".join(f"| {t} | {_show_line(m1, k1, st, rng, 0.3)} | {_show_line(m2, k2, st, rng, 0.3)} |"
                     for t, (m1, k1, m2, k2) in zip("㉠㉡㉢", pairs, strict=True))
    text = (f"다음 표의 두 직선이 서로 평행한지, 수직인지, 둘 다 아닌지 판단하여 ㉠, ㉡, ㉢의 결과를 차례대로 {_end(rng, '쓰')}\n"
            f"| 기호 | 직선 1 | 직선 2 |\n|---|---|---|\n{rows}")
    short = {_REL3[0]: "평행", _REL3[1]: "수직", _REL3[2]: "둘 다 아니다"}
    ans = ", ".join(short[r_] for r_ in rels)
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["평행", "수직", "기울기"],
                   check=lambda: all(_rel_of(m1, m2) == r_ for (m1, _k1, m2, _k2), r_ in zip(pairs, rels, strict=True)))


@family("10기수2-01-03", "mcq-pick-parallel-or-perpendicular")
def _p3_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m0 = rng.choice(_PSLOPES[:6] + [Fraction(1, 2), Fraction(-1, 2), Fraction(1, 3)])
    k0 = Fraction(rng.randint(-4, 4))
    want = rng.choice(["수직", "평행"])
    good = -1 / m0 if want == "수직" else m0
    pool = [-m0, 1 / m0, m0 if want == "수직" else -1 / m0, -1 / m0 + 1, m0 + 1, 2 * m0, -2 * m0, m0 - 2, Fraction(3), Fraction(-1, 3)]
    bad = [v for v in dict.fromkeys(pool) if v not in (good, 0)][:6]

    def show(v: Fraction) -> str:
        return _show_line(v, Fraction(rng.randint(-4, 4)), st, rng, 0.5)
    right = show(good)
    wrong = []
    for v in bad:
        w = show(v)
        if w != right and w not in wrong:
            wrong.append(w)
    ch = choices(rng, right, wrong)
    base = _yl(m0, k0, st)
    stem = rng.choice([f"다음 중 직선 {josa(base, '과/와')} {'서로 수직인' if want == '수직' else '평행한'} 직선은?",
                       f"직선 {base}에 {'수직인' if want == '수직' else '평행한'} 직선의 방정식인 것은?",
                       f"다음 중 직선 {josa(base, '과/와')} {'직각으로 만나는' if want == '수직' else '만나지 않는'} 직선은?"])
    if want == "평행" and "만나지 않는" in stem:
        right_line = ch.options[ch.correct]
        if right_line == _r(_yline(m0, k0), st):  # same line would meet everywhere; avoid
            stem = stem.replace("만나지 않는", "평행한")
    yy = sp.Symbol("yy")
    slope_ok = sp.solve(sp.Eq(yy * _R(m0), -1), yy)[0] == _R(good) if want == "수직" else _R(good) == _R(m0)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["평행", "수직", "기울기"], also=[G2], check=lambda: slope_ok)


@family("10기수2-01-03", "perpendicular-line-guided")
def _p3_perp_guided(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m0 = rng.choice(_PSLOPES)
    mm = -1 / m0
    k0 = Fraction(rng.randint(-4, 4))
    px, py = _pt_for(mm, rng)
    kk = py - mm * px
    L, P = _show_line(m0, k0, st, rng, 0.4), _pt("A", px, py, st)
    guided = rng.random() < 0.6
    if guided:
        text = (f"점 {josa(P, '을/를')} 지나고 직선 {L}에 수직인 직선의 방정식을 다음 순서에 따라 구하려고 한다. (  ) 안에 알맞은 것을 차례대로 써넣으시오.\n"
                f"(1) 주어진 직선의 기울기는 (  )이다.\n(2) 구하는 직선의 기울기는 (  )이다.\n"
                f"(3) 구하는 직선을 y = (  )x + b로 놓고 점 A의 좌표를 대입하면 b = (  )이다.")
        ans = f"{_fs(m0)}, {_fs(mm)}, {_fs(mm)}, {_fs(kk)}"
    else:
        text = rng.choice([f"점 {josa(P, '을/를')} 지나고 직선 {L}에 수직인 직선의 방정식을 {_end(rng)}",
                           f"직선 {josa(L, '과/와')} 수직으로 만나고 점 {josa(P, '을/를')} 지나는 직선의 방정식을 {_end(rng)}"])
        ans = _yl_ans(mm, kk)
    return Problem(text=text, answer=ans, format="fill" if guided else "computation", difficulty=2, achievement_level="D",
                   concepts=["수직", "기울기", "직선의 방정식"], also=[G2],
                   check=lambda: sp.Line(sp.Point(px, py), slope=_R(mm)).is_perpendicular(sp.Line(sp.Point(0, _R(k0)), slope=_R(m0)))
                   and _on_line(mm, kk, (px, py)))


@family("10기수2-01-03", "new-road-word")
def _p3_road(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m0 = rng.choice(_PSLOPES)
    k0 = Fraction(rng.randint(-4, 4))
    want = rng.choice(["평행", "수직"])
    mm = m0 if want == "평행" else -1 / m0
    px, py = _pt_for(mm, rng)
    kk = py - mm * px
    if want == "평행" and kk == k0:
        py += 2
        kk += 2
    place = rng.choice(["마을 회관", "기차역", "학교 정문", "캠핑장", "전망대", "주차장"])
    thing = rng.choice(["도로", "자전거 길", "수도관", "산책로"])
    old = rng.choice(["강변도로", "기존 도로", "철길", "해안 도로"])
    if want == "평행":
        how = rng.choice([f"{old}와 나란하게", f"{old}와 평행하게"])
    else:
        how = rng.choice([f"{old}와 수직으로 만나도록", f"{old}에 수직이 되도록"])
    text = rng.choice([
        f"어느 지역의 지도를 좌표평면 위에 나타내었더니 {josa(old, '이/가')} 직선 {josa(_show_line(m0, k0, st, rng), '으로/로')} 나타났다. "
        f"점 {_r(f'({px}, {py})', st)}에 있는 {josa(place, '을/를')} 지나면서 {how} 새 {josa(thing, '을/를')} 곧게 만들려고 할 때, "
        f"새 {thing}를 나타내는 직선의 방정식을 {_end(rng)}",
        f"좌표평면 위에서 {josa(old, '은/는')} 직선 {_show_line(m0, k0, st, rng)} 위에 있고, {josa(place, '은/는')} 점 {_r(f'({px}, {py})', st)}에 있다. "
        f"{place}에서 시작하여 {how} 곧은 {josa(thing, '을/를')} 내려고 한다. 이 {thing}를 포함하는 직선의 방정식을 {_end(rng)}",
    ])
    text = text.replace(f"새 {thing}를", f"새 {josa(thing, '을/를')}").replace(f"이 {thing}를", f"이 {josa(thing, '을/를')}")
    text = re.sub(r"(\S+)와 (나란하게|평행하게|수직으로|수직이)", lambda mm_: josa(mm_.group(1), "과/와") + " " + mm_.group(2), text)
    text = text.replace("와에 수직", "에 수직")
    ans = _yl_ans(mm, kk)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["평행" if want == "평행" else "수직", "기울기", "직선의 방정식"],
                   check=lambda: _on_line(mm, kk, (px, py)) and (mm == m0 if want == "평행" else mm * m0 == -1))


@family("10기수2-01-03", "right-angle-by-slopes")
def _p3_right(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u, v = rng.choice([(1, 2), (2, 1), (1, 3), (3, 1), (2, 3), (1, 1), (3, 2)])
    s = rng.choice([1, 2])
    bx, by = rng.randint(-3, 3), rng.randint(-3, 3)
    A = (bx + u, by + v)
    C = (bx - s * v, by + s * u)
    B = (bx, by)
    shape = rng.choice(["triangle", "rect"])
    if shape == "rect":
        D = (A[0] + C[0] - bx, A[1] + C[1] - by)
        pts = [A, B, C, D]
        names_ = "ABCD"
        Ps = ", ".join(_pt(n_, *p_, st) for n_, p_ in zip(names_, pts, strict=True))
        text = (f"네 점 {Ps}를 차례로 이은 사각형 ABCD가 있다. 변 AB와 변 BC의 기울기를 각각 구하고, 두 변이 서로 수직인지 설명하시오. "
                f"(단, 사각형 ABCD는 평행사변형이다.)")
        text = text.replace(f"{_pt('D', *D, st)}를", f"{josa(_pt('D', *D, st), '을/를')}")
    else:
        Ps = ", ".join(_pt(n_, *p_, st) for n_, p_ in zip("ABC", [A, B, C], strict=True))
        text = rng.choice([f"세 점 {Ps}를 꼭짓점으로 하는 삼각형 ABC가 ∠B = 90°인 직각삼각형임을 두 직선 AB, BC의 기울기를 이용하여 설명하시오.",
                           f"세 점 {Ps}에 대하여 직선 AB와 직선 BC의 기울기를 각각 구하고, 두 직선이 서로 수직임을 보이시오."])
        text = text.replace(f"{_pt('C', *C, st)}를", f"{josa(_pt('C', *C, st), '을/를')}")
    mab, mbc = Fraction(v, u), Fraction(u, -v)
    ans = f"직선 AB의 기울기 {_fs(mab)}, 직선 BC의 기울기 {_fs(mbc)}, 기울기의 곱이 -1이므로 서로 수직이다."
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["수직", "기울기"] + (["직사각형"] if shape == "rect" else ["직각삼각형"]),
                   check=lambda: sp.Line(sp.Point(*A), sp.Point(*B)).is_perpendicular(sp.Line(sp.Point(*B), sp.Point(*C))) and mab * mbc == -1)


# ================================================================================================
# 10기수2-01-04 원의 방정식과 그래프
# ================================================================================================
def _circ_chk(cx, cy, r2, text_eq: str) -> bool:
    """Re-derive the circle from its plain answer text ``(x - a)^2 + (y - b)^2 = r2`` and compare."""
    lhs, rhs = text_eq.replace("^", "**").split("=")
    e = sp.sympify(lhs, locals={"x": x, "y": y}) - sp.sympify(rhs)
    return sp.expand(e - ((x - cx) ** 2 + (y - cy) ** 2 - r2)) == 0


def _circ_ans(cx, cy, r2) -> str:
    return _r(_circ_std(cx, cy, r2), "plain")


@family("10기수2-01-04", "circle-centered-at-origin")
def _c4_origin(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["r", "point", "diam"])
    if kind == "point":
        u, v = rng.choice(_TRIPLES[:6] + [(1, 1), (1, 2), (2, 3), (0, 3), (4, 0)])
        px, py = u * rng.choice([1, -1]), v * rng.choice([1, -1])
        r2 = u * u + v * v
        text = rng.choice([f"중심이 원점이고 점 {josa(_r(f'({px}, {py})', st), '을/를')} 지나는 원의 방정식을 {_end(rng)}",
                           f"원점을 중심으로 하는 원이 점 {josa(_pt('P', px, py, st), '을/를')} 지날 때, 이 원의 방정식을 {_end(rng)}"])
    else:
        r = rng.randint(1, 9)
        r2 = r * r
        if kind == "diam":
            text = rng.choice([f"중심이 원점이고 지름의 길이가 {2 * r}인 원의 방정식을 {_end(rng)}",
                               f"원점을 중심으로 하고 지름의 길이가 {2 * r}인 원을 좌표평면 위에 그렸다. 이 원의 방정식을 {_end(rng)}"])
        else:
            text = rng.choice([f"중심이 원점이고 반지름의 길이가 {r}인 원의 방정식을 {_end(rng)}",
                               f"원점 O를 중심으로 하고 반지름의 길이가 {r}인 원의 방정식을 {_end(rng)}",
                               f"좌표평면 위에서 원점으로부터 거리가 {r}인 점들이 이루는 도형의 방정식을 {_end(rng)}"])
    ans = _circ_ans(0, 0, r2)
    d = 1 if kind == "r" else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="E" if d == 1 else "D",
                   concepts=["원의 방정식", "원점", "반지름"] + (["지름"] if kind == "diam" else []), also=[G4],
                   check=lambda: _circ_chk(0, 0, r2, ans) and sp.Circle(sp.Point(0, 0), sp.sqrt(r2)).radius ** 2 == r2)


@family("10기수2-01-04", "read-center-and-radius")
def _c4_read(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = rng.randint(-5, 5), rng.randint(-5, 5)
    r = rng.randint(1, 7)
    C = _r(_circ_std(cx, cy, r * r), st)
    ask = rng.choice(["both", "both", "sum", "area"])
    if ask == "both":
        text = rng.choice([f"원 {C}의 중심의 좌표와 반지름의 길이를 각각 {_end(rng)}",
                           f"방정식 {josa(C, '이/가')} 나타내는 원의 중심과 반지름의 길이를 차례대로 {_end(rng, '쓰')}",
                           f"원 {C}에 대하여 (  ) 안에 알맞은 것을 써넣으시오.\n중심의 좌표: (  ), 반지름의 길이: (  )"])
        ans = f"({cx}, {cy}), {r}"
    elif ask == "sum":
        text = f"원 {C}의 중심의 좌표를 (a, b), 반지름의 길이를 r라 할 때, a + b + r의 값을 {_end(rng)}"
        ans = str(cx + cy + r)
    else:
        text = f"원 {C}의 넓이를 {_end(rng)}"
        ans = f"{r * r}π"
    circ = sp.Circle(sp.Point(cx, cy), r)
    return Problem(text=text, answer=ans, format="fill" if "써넣으시오" in text else "computation", difficulty=1 + (ask != "both"),
                   achievement_level="E" if ask == "both" else "D", concepts=["원의 방정식", "중심", "반지름"], also=[G4],
                   check=lambda: circ.equation(x, y).expand() == sp.expand((x - cx) ** 2 + (y - cy) ** 2 - r * r))


@family("10기수2-01-04", "circle-center-and-point")
def _c4_center_pt(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = rng.randint(-4, 4), rng.randint(-4, 4)
    u, v = rng.choice(_TRIPLES[:6] + [(1, 2), (2, 1), (1, 1), (0, 2), (3, 0), (1, 3)])
    px, py = cx + u * rng.choice([1, -1]), cy + v * rng.choice([1, -1])
    r2 = u * u + v * v
    C, P = _pt("C", cx, cy, st), _pt("P", px, py, st)
    guided = rng.random() < 0.35
    if guided:
        text = (f"중심이 {C}이고 점 {josa(P, '을/를')} 지나는 원의 방정식을 다음 순서에 따라 구하시오.\n"
                f"(1) 반지름의 길이는 선분 CP의 길이와 같다. 선분 CP의 길이를 구하시오.\n(2) 원의 방정식을 구하시오.")
        ans = f"(1) {_sqrt_txt(r2)} (2) {_circ_ans(cx, cy, r2)}"
    else:
        text = rng.choice([f"중심이 점 {_r(f'({cx}, {cy})', st)}이고 점 {josa(_r(f'({px}, {py})', st), '을/를')} 지나는 원의 방정식을 {_end(rng)}",
                           f"점 {josa(C, '을/를')} 중심으로 하고 점 {josa(P, '을/를')} 지나는 원의 방정식을 {_end(rng)}"])
        ans = _circ_ans(cx, cy, r2)
    return Problem(text=text, answer=ans, format="fill" if guided else "computation", difficulty=2, achievement_level="D",
                   concepts=["원의 방정식", "중심", "반지름", "두 점 사이의 거리"], also=[G4, "10기수2-01-01"],
                   check=lambda: sp.Point(cx, cy).distance(sp.Point(px, py)) ** 2 == r2)


@family("10기수2-01-04", "point-on-circle")
def _c4_on(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r2, vecs = rng.choice([(25, [(3, 4), (4, 3), (5, 0), (0, 5)]), (10, [(1, 3), (3, 1)]), (5, [(1, 2), (2, 1)]),
                           (13, [(2, 3), (3, 2)]), (100, [(6, 8), (8, 6), (10, 0)]), (169, [(5, 12), (12, 5)])])
    cx, cy = (0, 0) if rng.random() < 0.5 else (rng.randint(-3, 3), rng.randint(-3, 3))
    u, v = rng.choice(vecs)
    u, v = u * rng.choice([1, -1]), v * rng.choice([1, -1])
    C = _r(_circ_std(cx, cy, r2), st)
    kind = rng.choice(["k", "k", "table"])
    if kind == "k":
        text = rng.choice([f"점 {josa(_r(f'({cx + u}, k)', st), '이/가')} 원 {C} 위에 있을 때, 양수 k의 값을 {_end(rng)}" if cy + v > 0 and cy - v <= 0 and v != 0
                           else f"점 {josa(_r(f'({cx + u}, k)', st), '이/가')} 원 {C} 위에 있을 때, k의 값을 모두 {_end(rng)}",
                           f"원 {josa(C, '이/가')} 점 {josa(_r(f'({cx + u}, k)', st), '을/를')} 지날 때, 가능한 k의 값을 모두 {_end(rng)}"])
        ks = sorted({cy + v, cy - v})
        ans = str(max(ks)) if "양수" in text else ", ".join(map(str, ks))
        kk = sp.Symbol("k")
        sol = sorted(sp.solve((cx + u - cx) ** 2 + (kk - cy) ** 2 - r2, kk))
        return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                       concepts=["원의 방정식"], also=[G4],
                       check=lambda: (sol[-1] == int(ans)) if "양수" in text else [int(t) for t in ans.split(", ")] == sol)
    pts = [(cx + u, cy + v), (cx - v, cy + u), (cx + u + 1, cy + v), (cx, cy + 1), (cx + v, cy - u + 1)]
    rng.shuffle(pts)
    on = [((p_[0] - cx) ** 2 + (p_[1] - cy) ** 2 == r2) for p_ in pts]
    lbls = "PQRST"
    row1 = " | ".join(lbls)
    row2 = " | ".join(_r(f"({a}, {b})", st) for a, b in pts)
    text = (f"다음 표의 점 중에서 원 {C} 위에 있는 점을 모두 {_end(rng, '쓰')}\n| 점 | {row1} |\n|---|---|---|---|---|---|\n| 좌표 | {row2} |")
    ans = ", ".join(lbl for lbl, o in zip(lbls, on, strict=True) if o)
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D", concepts=["원의 방정식"], also=[G4],
                   check=lambda: all(sp.Circle(sp.Point(cx, cy), sp.sqrt(r2)).encloses_point(sp.Point(*p_)) is False or not o
                                     for p_, o in zip(pts, on, strict=True)) and any(on))


@family("10기수2-01-04", "graph-key-points-fill")
def _c4_graph(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = rng.randint(-4, 4), rng.randint(-4, 4)
    r = rng.randint(1, 5)
    C = _r(_circ_std(cx, cy, r * r), st)
    form = rng.choice(["fill", "task"])
    if form == "fill":
        text = (f"원 {C}의 그래프를 그리려고 한다. (  ) 안에 알맞은 것을 차례대로 써넣으시오.\n"
                f"• 중심의 좌표는 (  )이고 반지름의 길이는 (  )이다.\n"
                f"• 중심에서 오른쪽으로 반지름의 길이만큼 간 점의 좌표는 (  ), 위쪽으로 간 점의 좌표는 (  )이다.")
        ans = f"({cx}, {cy}), {r}, ({cx + r}, {cy}), ({cx}, {cy + r})"
        d, lv = 1, "E"
    else:
        text = rng.choice([
            f"[활동] 원 {C}의 그래프를 좌표평면 위에 그리려고 한다. 중심의 좌표와 반지름의 길이를 구하고, 원 위의 점 중에서 x좌표가 가장 큰 점과 가장 작은 점의 좌표를 각각 쓰시오.",
            f"[활동] 공학 도구로 원 {josa(C, '을/를')} 그렸다. 원의 중심과 반지름의 길이를 구하고, 원 위의 점 중에서 y좌표가 가장 큰 점과 가장 작은 점의 좌표를 각각 쓰시오.",
        ])
        if "x좌표가" in text:
            ans = f"중심 ({cx}, {cy}), 반지름 {r}, ({cx + r}, {cy}), ({cx - r}, {cy})"
        else:
            ans = f"중심 ({cx}, {cy}), 반지름 {r}, ({cx}, {cy + r}), ({cx}, {cy - r})"
        d, lv = 2, "D"
    circ = sp.Circle(sp.Point(cx, cy), r)
    return Problem(text=text, answer=ans, format=form, difficulty=d, achievement_level=lv,
                   concepts=["원의 방정식", "그래프", "중심", "반지름"], also=[G4],
                   check=lambda: circ.encloses_point(sp.Point(cx + r, cy)) is False and sp.Point(cx + r, cy) in circ)


@family("10기수2-01-04", "mcq-circle-from-description")
def _c4_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = nonzero(rng, -4, 4), nonzero(rng, -4, 4)
    if abs(cx) == abs(cy):
        cy = cy + 1 if cy != -1 else 2
    r = rng.randint(2, 5)
    kind = rng.choice(["radius", "diam", "origin"])
    if kind == "origin":
        r2 = cx * cx + cy * cy
        desc = rng.choice([f"중심이 점 {_r(f'({cx}, {cy})', st)}이고 원점을 지나는 원의 방정식은?",
                           f"점 {josa(_r(f'({cx}, {cy})', st), '을/를')} 중심으로 하고 원점 O를 지나는 원의 방정식은?"])
        wrong_r2 = [_m.isqrt(r2) if _m.isqrt(r2) ** 2 != r2 else r2 + 1, abs(cx) + abs(cy), 2 * r2]
    else:
        r2 = r * r
        desc = (f"중심이 점 {_r(f'({cx}, {cy})', st)}이고 반지름의 길이가 {r}인 원의 방정식은?" if kind == "radius"
                else f"중심이 점 {_r(f'({cx}, {cy})', st)}이고 지름의 길이가 {2 * r}인 원의 방정식은?")
        wrong_r2 = [r, 4 * r2 if kind == "diam" else 2 * r]
    right = _r(_circ_std(cx, cy, r2), st)
    wrong = [_r(_circ_std(-cx, -cy, r2), st), _r(_circ_std(cx, -cy, r2), st), _r(_circ_std(-cx, cy, r2), st),
             _r(_circ_std(cy, cx, r2), st)] + [_r(_circ_std(cx, cy, w), st) for w in wrong_r2 if w != r2]
    ch = choices(rng, right, wrong)
    return Problem(text=with_choices(desc, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["원의 방정식", "중심", "반지름"] + (["지름"] if kind == "diam" else []), also=[G4],
                   check=lambda: sp.Circle(sp.Point(cx, cy), sp.sqrt(r2)).equation(x, y).expand() == sp.expand((x - cx) ** 2 + (y - cy) ** 2 - r2))


@family("10기수2-01-04", "complete-the-square-guided")
def _c4_square(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = nonzero(rng, -4, 4), rng.randint(-4, 4)
    r = rng.randint(1, 5)
    eq = _r(_circ_gen(cx, cy, r * r), st)
    D, E = -2 * cx, -2 * cy
    guided = rng.random() < 0.6
    if guided:
        sq_line = "$(x - (\\quad))^{2} + (y - (\\quad))^{2} = (\\quad)$" if st == "latex" else _r("(x - (  ))^2 + (y - (  ))^2 = (  )", st)
        text = (f"방정식 {josa(eq, '을/를')} 변형하여 원의 중심과 반지름의 길이를 구하려고 한다. (  ) 안에 알맞은 수를 차례대로 써넣으시오.\n"
                f"x에 대한 식과 y에 대한 식을 각각 완전제곱식으로 고치면\n"
                f"{sq_line}\n"
                f"따라서 중심의 좌표는 ((  ), (  ))이고, 반지름의 길이는 (  )이다.")
        ans = f"{cx}, {cy}, {r * r}, {cx}, {cy}, {r}"
        fmt, d, lv = "fill", 2, "D"
    else:
        text = rng.choice([f"방정식 {josa(eq, '이/가')} 나타내는 원의 중심의 좌표와 반지름의 길이를 각각 {_end(rng)} (힌트: 완전제곱식을 만들어 보시오.)",
                           f"원 {eq}의 중심의 좌표와 반지름의 길이를 구하시오."])
        ans = f"({cx}, {cy}), {r}"
        fmt, d, lv = "computation", 3, "C"
    p = sp.Poly(sp.expand((x - cx) ** 2 + (y - cy) ** 2 - r * r), x, y)
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lv,
                   concepts=["원의 방정식", "완전제곱식", "중심", "반지름"], also=[G4],
                   check=lambda: p.coeff_monomial(x) == D and p.coeff_monomial(y) == E
                   and sp.sqrt(sp.Rational(D * D + E * E, 4) - p.coeff_monomial(1)) == r)


@family("10기수2-01-04", "circular-object-real-life")
def _c4_life(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = rng.randint(-3, 5), rng.randint(-3, 5)
    r = rng.randint(2, 8)
    thing = rng.choice(["원 모양의 화단", "원형 분수대", "원형 트랙", "원 모양의 연못", "원형 회전목마"])
    unit = rng.choice(["1 m", "1 m", "10 m"])
    eq_txt = _r(_circ_std(cx, cy, r * r) if rng.random() < 0.6 else _circ_gen(cx, cy, r * r), st)
    ask = rng.choice(["circum", "area", "eq"])
    scale = 10 if unit == "10 m" else 1
    R = r * scale
    if ask == "eq":
        text = (f"공원 설계도를 좌표평면 위에 나타내었다. {josa(thing, '은/는')} 중심이 점 {_r(f'({cx}, {cy})', st)}이고 "
                f"반지름의 길이가 {r}인 원 모양이다. {thing}의 둘레를 나타내는 원의 방정식을 {_end(rng)} (단, 좌표의 한 칸은 {unit}이다.)")
        ans = _circ_ans(cx, cy, r * r)
    else:
        what = "둘레의 길이" if ask == "circum" else "넓이"
        text = rng.choice([
            f"공원 설계도를 좌표평면 위에 나타내었더니 {thing}의 가장자리가 원 {josa(eq_txt, '으로/로')} 나타났다. 실제 {thing}의 {josa(what, '을/를')} {_end(rng)} "
            f"(단, 좌표의 한 칸은 {unit}이고, 원주율은 π로 계산한다.)",
            f"{thing}의 가장자리를 좌표평면 위에 나타낸 방정식이 {eq_txt}이다. 좌표의 한 칸이 {unit}일 때, {thing}의 실제 {josa(what, '은/는')} 얼마입니까? (단, 원주율은 π)",
        ])
        ans = f"{2 * R}π m" if ask == "circum" else f"{R * R}π m²"
    circ = sp.Circle(sp.Point(cx, cy), r)
    return Problem(text=text, answer=ans, format="word", difficulty=2 + (ask != "eq"), achievement_level="D" if ask == "eq" else "C",
                   concepts=["원의 방정식", "반지름"] + ([] if ask == "eq" else ["원주율"]),
                   check=lambda: (circ.circumference * scale == 2 * R * sp.pi) and (circ.area * scale ** 2 == R * R * sp.pi))


@family("10기수2-01-04", "circle-from-diameter-guided")
def _c4_diam(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = rng.randint(-3, 3), rng.randint(-3, 3)
    u, v = rng.choice(_TRIPLES[:6] + [(1, 2), (2, 1), (0, 3), (4, 0), (1, 1)])
    u, v = u * rng.choice([1, -1]), v * rng.choice([1, -1])
    A, B = (cx - u, cy - v), (cx + u, cy + v)
    r2 = u * u + v * v
    PA, PB = _pt("A", *A, st), _pt("B", *B, st)
    guided = rng.random() < 0.6
    if guided:
        text = (f"두 점 {PA}, {josa(PB, '을/를')} 지름의 양 끝점으로 하는 원의 방정식을 다음 순서에 따라 구하시오.\n"
                f"(1) 원의 중심은 선분 AB의 중점이다. 중심의 좌표를 구하시오.\n(2) 반지름의 길이를 구하시오.\n(3) 원의 방정식을 구하시오.")
        ans = f"(1) ({cx}, {cy}) (2) {_sqrt_txt(r2)} (3) {_circ_ans(cx, cy, r2)}"
        fmt, d, lv = "task", 2, "D"
    else:
        text = rng.choice([f"두 점 {PA}, {josa(PB, '을/를')} 지름의 양 끝점으로 하는 원의 방정식을 {_end(rng)}",
                           f"선분 AB를 지름으로 하는 원의 방정식을 {_end(rng)} (단, {PA}, {PB}이다.)"])
        ans = _circ_ans(cx, cy, r2)
        fmt, d, lv = "computation", 3, "C"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lv,
                   concepts=["원의 방정식", "지름", "중점"], also=[G4],
                   check=lambda: sp.Point(*A).midpoint(sp.Point(*B)) == sp.Point(cx, cy) and sp.Point(*A).distance(sp.Point(*B)) ** 2 == 4 * r2)


# ================================================================================================
# 10기수2-01-05 원과 직선의 위치 관계 (판별식, 축에 평행한 직선 — 점과 직선 사이의 거리 공식은 쓰지 않는다)
# ================================================================================================
_REL = ("서로 다른 두 점에서 만난다", "한 점에서 만난다(접한다)", "만나지 않는다")
_B1 = "10기수1-02-02"  # 이차방정식의 판별식


def _nreal(e: sp.Expr, var: sp.Symbol) -> int:
    """Number of distinct real roots of a polynomial of degree ≤ 2 in ``var`` (by its discriminant)."""
    p = sp.Poly(sp.expand(e), var)
    if p.degree() < 2:
        return 1 if p.degree() == 1 else 0
    d = sp.discriminant(p)
    return 2 if d > 0 else (1 if d == 0 else 0)


def _rel_idx(gap: int, r: int) -> int:
    """0: two points, 1: tangent, 2: none — comparing the centre-to-line gap with the radius."""
    return 0 if gap < r else (1 if gap == r else 2)


def _axis_line(rng: random.Random, cx: int, cy: int, r: int, want: int | None = None):
    """A line x = k or y = k with a chosen relation to the circle: (text, kind, k, relation index)."""
    kind = rng.choice(["x", "y"])
    c0 = cx if kind == "x" else cy
    want = rng.randint(0, 2) if want is None else want
    gap = rng.randint(0, r - 1) if want == 0 else (r if want == 1 else r + rng.randint(1, 3))
    k = c0 + gap * rng.choice([1, -1])
    return f"{kind} = {k}", kind, k, want


@family("10기수2-01-05", "axis-parallel-line-relation")
def _r5_axis(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = rng.randint(-3, 3), rng.randint(-3, 3)
    r = rng.randint(1, 5)
    L, kind, k, want = _axis_line(rng, cx, cy, r)
    C = _r(_circ_std(cx, cy, r * r), st)
    Lr = _r(L, st)
    if rng.random() < 0.5:
        ch = choices(rng, _REL[want], [o for o in _REL if o != _REL[want]] + ["원의 중심을 지난다" if k != (cx if kind == "x" else cy) else "원의 중심을 지나지 않는다"], n=4)
        stem = rng.choice([f"원 {josa(C, '과/와')} 직선 {Lr}의 위치 관계로 옳은 것은?",
                           f"직선 {josa(Lr, '은/는')} 원 {C}에 대하여 어떤 위치에 있는가?"])
        text, ans, fmt = with_choices(stem, ch), ch.label, "mcq"
    else:
        text = rng.choice([f"원 {josa(C, '과/와')} 직선 {josa(Lr, '은/는')} 몇 개의 점에서 만나는지 {_end(rng)}",
                           f"원 {josa(C, '과/와')} 직선 {Lr}의 교점의 개수를 {_end(rng)} (힌트: 원의 중심과 반지름을 그림으로 나타내 보시오.)"])
        ans, fmt, ch = str([2, 1, 0][want]), "computation", None
    other = x if kind == "y" else y
    eq = ((x - cx) ** 2 + (y - cy) ** 2 - r * r).subs(y if kind == "y" else x, k)
    nroots = _nreal(eq, other)
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D", choice=ch,
                   concepts=["원과 직선의 위치 관계", "원의 방정식"], also=[G5],
                   check=lambda: nroots == [2, 1, 0][want])


def _disc_case(rng: random.Random):
    """(m, c, r2) for x² + y² = r2 and y = m x + c; D/4 = (1 + m²) r2 − c²."""
    m = rng.choice([1, -1, 2, -2, 1, -1])
    r2 = rng.choice([1, 2, 4, 5, 8, 9, 10])
    want = rng.randint(0, 2)
    lim = (1 + m * m) * r2
    if want == 1:
        root = _m.isqrt(lim)
        if root * root != lim:
            want = 0
    if want == 0:
        c = rng.randint(-_m.isqrt(lim - 1) if lim > 1 else 0, _m.isqrt(lim - 1) if lim > 1 else 0)
    elif want == 1:
        c = _m.isqrt(lim) * rng.choice([1, -1])
    else:
        c = (_m.isqrt(lim) + rng.randint(1, 3)) * rng.choice([1, -1])
    return m, c, r2, want


@family("10기수2-01-05", "discriminant-guided-steps")
def _r5_disc(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, c, r2, want = _disc_case(rng)
    a2, b1, c0 = 1 + m * m, 2 * m * c, c * c - r2
    D = b1 * b1 - 4 * a2 * c0
    C = _r(f"x^2 + y^2 = {r2}", st)
    L = _yl(Fraction(m), Fraction(c), st)
    if rng.random() < 0.6:
        quad = _r("(  )x^2 + (  )x + (  ) = 0", st) if st != "latex" else "$(\\quad)x^{2} + (\\quad)x + (\\quad) = 0$"
        text = (f"원 {josa(C, '과/와')} 직선 {L}의 위치 관계를 다음 순서에 따라 알아보려고 한다. (  ) 안에 알맞은 것을 차례대로 써넣으시오.\n"
                f"(1) 직선의 방정식을 원의 방정식에 대입하여 정리하면 {quad}\n(2) 이 이차방정식의 판별식 D의 값은 (  )이다.\n"
                f"(3) 따라서 원과 직선은 (  ).")
        ans = f"{a2}, {b1}, {c0}, {D}, {_REL[want]}"
        fmt, d, lv = "fill", 2, "D"
    else:
        text = rng.choice([f"원 {josa(C, '과/와')} 직선 {L}의 위치 관계를 판별식을 이용하여 조사하시오.",
                           f"직선 {josa(L, '을/를')} 원 {C}의 방정식에 대입하여 얻은 이차방정식의 판별식을 이용하여, 원과 직선이 만나는 점의 개수를 {_end(rng)}"])
        ans = f"D = {D}, {_REL[want]}" if "조사" in text else str([2, 1, 0][want])
        fmt, d, lv = "computation", 3, "C"
    quad_expr = sp.expand(x ** 2 + (m * x + c) ** 2 - r2)
    disc = sp.discriminant(quad_expr, x)
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lv,
                   concepts=["원과 직선의 위치 관계", "판별식", "이차방정식"], also=[G5, _B1],
                   check=lambda: disc == D and (0 if D > 0 else (1 if D == 0 else 2)) == want)


@family("10기수2-01-05", "count-intersections-table")
def _r5_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.randint(2, 5)
    rows, counts, exprs, seen = [], [], [], set()
    nrow = rng.choice([3, 4])
    for _ in range(40):
        if len(rows) == nrow:
            break
        if rng.random() < 0.6:
            L, kind, k, want = _axis_line(rng, 0, 0, r)
            exprs.append(((x ** 2 + y ** 2 - r * r).subs(y if kind == "y" else x, k), x if kind == "y" else y))
        else:
            m = rng.choice([1, -1])
            want = rng.randint(0, 2)
            lim = 2 * r * r
            c = {0: rng.randint(-r, r), 1: None, 2: (r + r // 2 + rng.randint(2, 4)) * rng.choice([1, -1])}[want]
            if want == 1:  # tangency needs c² = 2r², impossible for integers -> use two points instead
                want, c = 0, rng.randint(-r + 1, r - 1)
            if want == 2 and c * c <= lim:
                c = (r * 2) * (1 if c > 0 else -1)
            L = _yline(m, c)
            exprs.append((sp.expand(x ** 2 + (m * x + c) ** 2 - r * r), x))
        if L in seen:
            exprs.pop()
            continue
        seen.add(L)
        rows.append(f"| {'㉠㉡㉢㉣'[len(rows)]} | {_r(L, st)} |")
        counts.append([2, 1, 0][want])
    C = _r(f"x^2 + y^2 = {r * r}", st)
    text = (f"원 {josa(C, '과/와')} 다음 표의 직선들이 각각 몇 개의 점에서 만나는지 조사하려고 한다. 교점의 개수를 차례대로 {_end(rng, '쓰')}\n"
            f"| 기호 | 직선 |\n|---|---|\n" + "\n".join(rows))
    ans = ", ".join(map(str, counts))
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["원과 직선의 위치 관계", "교점"], also=[G5],
                   check=lambda: [_nreal(e, v) for e, v in exprs] == counts)


@family("10기수2-01-05", "tangent-axis-parallel-k")
def _r5_tangent(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = rng.randint(-4, 4), rng.randint(-4, 4)
    r = rng.randint(1, 5)
    kind = rng.choice(["x", "y"])
    c0 = cx if kind == "x" else cy
    C = _r(_circ_std(cx, cy, r * r) if rng.random() < 0.7 else _circ_gen(cx, cy, r * r), st)
    L = _r(f"{kind} = k", st)
    ks = sorted([c0 - r, c0 + r])
    ask = rng.choice(["all", "pos" if ks[0] <= 0 < ks[1] else "all", "sum"])
    tail = {"all": f"상수 k의 값을 모두 {_end(rng)}", "pos": f"양수 k의 값을 {_end(rng)}", "sum": f"모든 k의 값의 합을 {_end(rng)}"}[ask]
    text = rng.choice([f"직선 {josa(L, '이/가')} 원 {C}에 접할 때, {tail}",
                       f"원 {josa(C, '과/와')} 직선 {josa(L, '이/가')} 한 점에서만 만날 때, {tail}"])
    ans = {"all": f"{ks[0]}, {ks[1]}", "pos": str(ks[1]), "sum": str(sum(ks))}[ask]
    kk = sp.Symbol("k")
    eq = sp.discriminant(((x - cx) ** 2 + (kk - cy) ** 2 - r * r) if kind == "y" else ((kk - cx) ** 2 + (y - cy) ** 2 - r * r), y if kind == "x" else x)
    sol = sorted(sp.solve(eq, kk))
    return Problem(text=text, answer=ans, format="computation", difficulty=2 + (ask == "sum"), achievement_level="D" if ask != "sum" else "C",
                   concepts=["원과 직선의 위치 관계", "접한다", "접선"], also=[G5],
                   check=lambda: sol == ks)


@family("10기수2-01-05", "range-k-axis-parallel")
def _r5_range(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = rng.randint(-4, 4), rng.randint(-4, 4)
    r = rng.randint(1, 5)
    kind = rng.choice(["x", "y"])
    c0 = cx if kind == "x" else cy
    want = rng.choice(["two", "none"])
    C = _r(_circ_std(cx, cy, r * r), st)
    L = _r(f"{kind} = k", st)
    phr = "서로 다른 두 점에서 만나도록" if want == "two" else "만나지 않도록"
    text = rng.choice([f"원 {josa(C, '과/와')} 직선 {josa(L, '이/가')} {phr} 하는 실수 k의 값의 범위를 {_end(rng)}",
                       f"직선 {josa(L, '이/가')} 원 {josa(C, '과/와')} {phr.replace('도록', '게')} 되는 k의 값의 범위를 {_end(rng)} (힌트: 원의 그래프를 그려 보시오.)"])
    lo, hi = c0 - r, c0 + r
    ans = f"{lo} < k < {hi}" if want == "two" else f"k < {lo} 또는 k > {hi}"
    hint = "힌트" in text
    kk = sp.Symbol("k", real=True)
    other = x if kind == "y" else y
    disc = sp.discriminant(sp.Poly(((x - cx) ** 2 + (y - cy) ** 2 - r * r).subs(y if kind == "y" else x, kk), other))
    roots = sorted(sp.solve(disc, kk))
    return Problem(text=text, answer=ans, format="computation", difficulty=3 - hint, achievement_level="C" if not hint else "D",
                   concepts=["원과 직선의 위치 관계", "부등식"], also=[G5],
                   check=lambda: roots == [lo, hi] and disc.subs(kk, c0) > 0 and disc.subs(kk, hi + 1) < 0)


_LATTICE = {25: [(3, 4), (4, 3), (5, 0), (0, 5), (-3, 4), (-4, 3), (-5, 0), (0, -5), (3, -4), (4, -3), (-3, -4), (-4, -3)],
            10: [(1, 3), (3, 1), (-1, 3), (-3, 1), (1, -3), (3, -1), (-1, -3), (-3, -1)],
            5: [(1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)],
            13: [(2, 3), (3, 2), (-2, 3), (-3, 2), (2, -3), (3, -2), (-2, -3), (-3, -2)],
            2: [(1, 1), (-1, 1), (1, -1), (-1, -1)]}


@family("10기수2-01-05", "intersection-points")
def _r5_points(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(100):
        r2 = rng.choice(list(_LATTICE))
        p1, p2 = rng.sample(_LATTICE[r2], 2)
        if p1[0] != p2[0]:
            mm = Fraction(p2[1] - p1[1], p2[0] - p1[0])
            if mm.denominator == 1 and mm != 0 and abs(mm) <= 3:
                break
    kk = p1[1] - mm * p1[0]
    C = _r(f"x^2 + y^2 = {r2}", st)
    L = _yl(mm, kk, st) if rng.random() < 0.6 else _r(_lin(*_int_line(-mm.numerator, 1, -kk)), st)
    pts = sorted([p1, p2])
    ask = rng.choice(["pts", "pts", "len"])
    if ask == "pts":
        text = rng.choice([f"원 {josa(C, '과/와')} 직선 {L}의 교점의 좌표를 모두 {_end(rng)}",
                           f"원 {josa(C, '과/와')} 직선 {josa(L, '이/가')} 만나는 두 점의 좌표를 {_end(rng)} (힌트: 직선의 방정식을 원의 방정식에 대입해 보시오.)"])
        ans = f"{_ptans(*pts[0])}, {_ptans(*pts[1])}"
    else:
        text = f"원 {josa(C, '과/와')} 직선 {josa(L, '이/가')} 만나는 두 점을 A, B라 할 때, 선분 AB의 길이를 {_end(rng)}"
        ans = _sqrt_txt((p1[0] - p2[0]) ** 2 + (p1[1] - p2[1]) ** 2)
    xs = sorted(sp.solve(x ** 2 + (_R(mm) * x + _R(kk)) ** 2 - r2, x))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["원과 직선의 위치 관계", "교점"] + (["두 점 사이의 거리"] if ask == "len" else []), also=[G5],
                   check=lambda: xs == [pts[0][0], pts[1][0]])


@family("10기수2-01-05", "lake-and-road-word")
def _r5_word(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = rng.randint(-3, 3), rng.randint(-3, 3)
    r = rng.randint(2, 5)
    L, kind, k, want = _axis_line(rng, cx, cy, r)
    place = rng.choice(["원 모양의 호수", "원형 광장", "원 모양의 잔디밭", "원형 놀이터"])
    road = rng.choice(["곧은 도로", "직선 철길", "자전거 도로", "곧은 산책로"])
    dirw = "남북 방향으로" if kind == "x" else "동서 방향으로"
    C = _r(_circ_std(cx, cy, r * r), st)
    text = rng.choice([
        f"마을 지도를 좌표평면 위에 나타내었더니 {place}의 가장자리는 원 {josa(C, '이/가')} 되었고, {dirw} 난 {josa(road, '은/는')} 직선 {josa(_r(L, st), '이/가')} 되었다. "
        f"{josa(road, '이/가')} {place}의 가장자리와 만나는 곳은 몇 군데인지 {_end(rng)}",
        f"{place}의 가장자리를 좌표평면 위에 나타내면 원 {C}이고, {road}는 직선 {_r(L, st)} 위에 있다. "
        f"{josa(road, '이/가')} {place}을 가로지르는지, 가장자리에 스치기만 하는지, 만나지 않는지 판단하시오.",
    ])
    text = text.replace(f"{road}는", josa(road, "은/는")).replace(f"{place}을", josa(place, "을/를"))
    verdict = ["가로지른다(두 점에서 만난다)", "스치기만 한다(한 점에서 만난다)", "만나지 않는다"][want]
    ans = (f"{[2, 1, 0][want]}군데" if want < 2 else "0군데(만나지 않는다)") if "몇 군데" in text else verdict
    other = x if kind == "y" else y
    n = _nreal(((x - cx) ** 2 + (y - cy) ** 2 - r * r).subs(y if kind == "y" else x, k), other)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["원과 직선의 위치 관계"], check=lambda: n == [2, 1, 0][want])


_TANG = [(1, 2), (-1, 2), (1, 8), (-1, 8), (2, 5), (-2, 5), (3, 10), (-3, 10), (1, 18), (2, 20)]  # (m, r²) with (1 + m²) r² a square


@family("10기수2-01-05", "mcq-which-line-is-tangent")
def _r5_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, r2 = rng.choice(_TANG)
    c_t = _m.isqrt((1 + m * m) * r2)
    good = c_t * rng.choice([1, -1])
    bad = [c for c in range(-c_t - 3, c_t + 4) if c * c != c_t * c_t and c != 0]
    bad = rng.sample(bad, 4)
    C = _r(f"x^2 + y^2 = {r2}", st)
    right = _yl(Fraction(m), Fraction(good), st)
    ch = choices(rng, right, [_yl(Fraction(m), Fraction(b), st) for b in bad])
    stem = rng.choice([f"다음 직선 중 원 {C}에 접하는 것은?",
                       f"원 {josa(C, '과/와')} 한 점에서 만나는 직선은? (힌트: 판별식을 이용하시오.)"])
    ok = [sp.discriminant(sp.expand(x ** 2 + (m * x + b) ** 2 - r2), x) == 0 for b in [good, *bad]]
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch,
                   concepts=["원과 직선의 위치 관계", "접선", "판별식"], also=[G5, _B1],
                   check=lambda: ok[0] and not any(ok[1:]))


@family("10기수2-01-05", "explain-relation-by-radius")
def _r5_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cx, cy = rng.randint(-3, 3), rng.randint(-3, 3)
    r = rng.randint(1, 5)
    L, kind, k, want = _axis_line(rng, cx, cy, r)
    C = _r(_circ_std(cx, cy, r * r) if rng.random() < 0.6 else _circ_gen(cx, cy, r * r), st)
    who = name(rng)
    claim = rng.randint(0, 2)
    text = rng.choice([
        f"원 {josa(C, '과/와')} 직선 {_r(L, st)}의 위치 관계를 원의 중심에서 직선까지의 거리와 반지름의 길이를 비교하여 설명하시오.",
        f"{josa(who, '은/는')} \"원 {josa(C, '과/와')} 직선 {josa(_r(L, st), '은/는')} {_REL[claim]}\"라고 말하였다. "
        f"{who}의 말이 옳은지 판단하고, 그 이유를 설명하시오.",
    ])
    gap = abs(k - (cx if kind == "x" else cy))
    cmp_ = "작으므로" if gap < r else ("같으므로" if gap == r else "크므로")
    reason = f"중심 ({cx}, {cy})에서 직선까지의 거리는 {gap}, 반지름의 길이는 {r}이고 거리가 반지름보다 {cmp_}".replace("반지름보다 같으므로", "반지름과 같으므로")
    if "말하였다" in text:
        ans = ("옳다. " if claim == want else "옳지 않다. ") + reason + f" {_REL[want]}."
    else:
        ans = reason + f" {_REL[want]}."
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["원과 직선의 위치 관계", "반지름", "중심"],
                   check=lambda: _rel_idx(gap, r) == want)


# ================================================================================================
# 10기수2-01-06 평행이동
# ================================================================================================
def _mv(rng: random.Random) -> tuple[int, int]:
    return nonzero(rng, -5, 5), nonzero(rng, -5, 5)


def _mv_txt(a: int, b: int, rng: random.Random, st: str) -> str:
    """Describe the translation by (a, b) in one of several ways."""
    opts = [f"x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼"]
    arrow = _r(f"(x, y) → (x {_sgn(a)}, y {_sgn(b)})", st)
    opts.append(f"평행이동 {arrow}에 의하여")
    if rng.random() < 0.4:
        h = f"{'오른쪽' if a > 0 else '왼쪽'}으로 {abs(a)}만큼"
        v = f"{'위쪽' if b > 0 else '아래쪽'}으로 {abs(b)}만큼"
        opts.append(f"{h}, {v}")
    return rng.choice(opts)


def _moved_sentence(obj: str, how: str, what: str) -> str:
    """`점 P를 x축의 방향으로 …만큼 평행이동한 점` / `평행이동 (x, y) → …에 의하여 점 P가 옮겨지는 점`."""
    if how.startswith("평행이동"):
        return f"{how} {josa(obj, '이/가')} 옮겨지는 {what}"
    if "쪽으로" in how:
        return f"{josa(obj, '을/를')} {how} 옮긴 {what}"
    return f"{josa(obj, '을/를')} {how} 평행이동한 {what}"


@family("10기수2-01-06", "translate-point")
def _t6_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _mv(rng)
    px, py = rng.randint(-5, 5), rng.randint(-5, 5)
    P = f"점 {_pt('P', px, py, st)}"
    how = _mv_txt(a, b, rng, st)
    text = rng.choice([f"{_moved_sentence(P, how, '점')}의 좌표를 {_end(rng)}",
                       f"{_moved_sentence(P, how, '점')}을 Q라 할 때, 점 Q의 좌표를 {_end(rng)}"])
    ans = _ptans(px + a, py + b)
    Q = sp.Point(px, py).translate(a, b)
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["평행이동"], also=[G6], check=lambda: ans == f"({Q.x}, {Q.y})")


@family("10기수2-01-06", "find-translation-amount")
def _t6_find(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _mv(rng)
    px, py = rng.randint(-5, 5), rng.randint(-5, 5)
    A, B = _pt("A", px, py, st), _pt("B", px + a, py + b, st)
    form = rng.choice(["fill", "ab", "sum"])
    if form == "fill":
        text = (f"점 {josa(A, '을/를')} x축의 방향으로 (  )만큼, y축의 방향으로 (  )만큼 평행이동하면 점 {josa(B, '이/가')} 된다. "
                f"(  ) 안에 알맞은 수를 차례대로 써넣으시오.")
        ans = f"{a}, {b}"
    elif form == "ab":
        text = rng.choice([f"평행이동 (x, y) → (x + a, y + b)에 의하여 점 {josa(A, '이/가')} 점 {B}로 옮겨질 때, a, b의 값을 각각 {_end(rng)}",
                           f"점 {josa(A, '을/를')} x축의 방향으로 a만큼, y축의 방향으로 b만큼 평행이동하였더니 점 {josa(B, '이/가')} 되었다. 상수 a, b의 값을 각각 {_end(rng)}"])
        text = text.replace(f"{B}로", josa(B, "으로/로"))
        ans = f"a = {a}, b = {b}"
    else:
        text = f"점 {josa(A, '을/를')} x축의 방향으로 m만큼, y축의 방향으로 n만큼 평행이동한 점이 {josa(B, '일/일')} 때, m + n의 값을 {_end(rng)}".replace("일/일", "")
        text = text.replace(f"점이 {B} 때", f"점이 {B}일 때")
        ans = str(a + b)
    mv = sp.Point(px + a, py + b) - sp.Point(px, py)
    return Problem(text=text, answer=ans, format="fill" if form == "fill" else "computation", difficulty=1 + (form == "sum"),
                   achievement_level="E" if form != "sum" else "D", concepts=["평행이동"], also=[G6],
                   check=lambda: (mv.x, mv.y) == (a, b))


@family("10기수2-01-06", "translate-line-guided")
def _t6_line(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _mv(rng)
    mm = Fraction(nonzero(rng, -3, 3))
    k0 = Fraction(rng.randint(-4, 4))
    L = _yl(mm, k0, st)
    if mm * a == b:
        b = -b
    newk = k0 - mm * a + b
    guided = rng.random() < 0.55
    if guided:
        sub_line = _r(f"y - (  ) = {_fm(mm)}(x - (  )){_cst(k0)}", st).replace("( )", "(\\quad)")
        text = (f"직선 {josa(L, '을/를')} x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동한 직선의 방정식을 구하려고 한다. "
                f"(  ) 안에 알맞은 것을 차례대로 써넣으시오.\n"
                f"x 대신 x − (  ), y 대신 y − (  )를 대입하면\n"
                f"{sub_line}\n따라서 구하는 직선의 방정식은 y = (  )이다.")
        ans = f"{a}, {b}, {b}, {a}, {_r(_yline(mm, newk)[4:], 'plain')}"
        fmt, d, lv = "fill", 2, "D"
    else:
        text = rng.choice([f"직선 {josa(L, '을/를')} x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동한 직선의 방정식을 {_end(rng)}",
                           f"직선 {josa(L, '을/를')} x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동한 직선의 y절편을 {_end(rng)}"])
        ans = _fs(newk) if "y절편" in text else _yl_ans(mm, newk)
        fmt, d, lv = "computation", 2, "D"
    e = sp.expand((_R(mm) * (x - a) + _R(k0) + b) - (_R(mm) * x + _R(newk)))
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lv,
                   concepts=["평행이동", "직선의 방정식"], also=[G6], check=lambda: e == 0)


@family("10기수2-01-06", "translate-circle")
def _t6_circle(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _mv(rng)
    cx, cy = (0, 0) if rng.random() < 0.4 else (rng.randint(-3, 3), rng.randint(-3, 3))
    r = rng.randint(1, 5)
    C0 = _r(_circ_std(cx, cy, r * r), st)
    ask = rng.choice(["eq", "center", "eq"])
    how = _mv_txt(a, b, rng, st)
    what = "중심의 좌표와 반지름의 길이를" if ask == "center" else "방정식을"
    text = f"{_moved_sentence('원 ' + C0, how, '원')}의 {what} {_end(rng)}"
    ans = f"{_ptans(cx + a, cy + b)}, {r}" if ask == "center" else _circ_ans(cx + a, cy + b, r * r)
    moved = sp.Circle(sp.Point(cx, cy), r).translate(a, b)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["평행이동", "원의 방정식"], also=[G6],
                   check=lambda: moved.center == sp.Point(cx + a, cy + b) and moved.radius == r)


@family("10기수2-01-06", "translation-table")
def _t6_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _mv(rng)
    pts = []
    while len(pts) < 4:
        p_ = (rng.randint(-5, 5), rng.randint(-5, 5))
        if p_ not in pts:
            pts.append(p_)
    imgs = [(p_[0] + a, p_[1] + b) for p_ in pts]
    hide = rng.sample(range(1, 4), 2)
    cells_top, cells_bot, answers = [], [], []
    for i, (p_, q_) in enumerate(zip(pts, imgs, strict=True)):
        if i == hide[0]:
            cells_top.append(_r(f"({p_[0]}, {p_[1]})", st))
            cells_bot.append("㉠")
        elif i == hide[1]:
            cells_top.append("㉡")
            cells_bot.append(_r(f"({q_[0]}, {q_[1]})", st))
        else:
            cells_top.append(_r(f"({p_[0]}, {p_[1]})", st))
            cells_bot.append(_r(f"({q_[0]}, {q_[1]})", st))
    answers = [_ptans(*imgs[hide[0]]), _ptans(*pts[hide[1]])]
    extra = rng.random() < 0.4
    ask = f"㉠, ㉡에 알맞은 좌표를 각각 {_end(rng, '쓰')}"
    if extra:
        ask = "㉠, ㉡에 알맞은 좌표를 각각 쓰고, 이 평행이동을 (x, y) → (x + a, y + b) 꼴로 나타내시오."
        answers.append(f"(x, y) → (x {_sgn(a)}, y {_sgn(b)})")
    text = (f"다음 표는 어떤 평행이동에 의하여 처음 점이 옮겨진 점을 나타낸 것이다. {ask}\n"
            f"| 처음 점 | {' | '.join(cells_top)} |\n|---|---|---|---|---|\n| 옮겨진 점 | {' | '.join(cells_bot)} |")
    ans = "㉠ " + answers[0] + ", ㉡ " + answers[1] + (", " + answers[2] if len(answers) > 2 else "")
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["평행이동"], also=[G6],
                   check=lambda: sp.Point(*pts[hide[1]]).translate(a, b) == sp.Point(*imgs[hide[1]]))


@family("10기수2-01-06", "mcq-which-translation")
def _t6_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _mv(rng)
    if abs(a) == abs(b):
        b = b + 1 if b != -1 else -2
    px, py = rng.randint(-4, 4), rng.randint(-4, 4)

    def rule(u: int, v: int) -> str:
        return _r(f"(x, y) → (x{_cst(u)}, y{_cst(v)})", st)
    right = rule(a, b)
    wrong = [rule(-a, -b), rule(b, a), rule(-a, b), rule(a, -b), rule(-b, -a), rule(px + a, py + b), rule(a + 1, b - 1)]
    ch = choices(rng, right, wrong)
    A, B = _pt("A", px, py, st), _pt("B", px + a, py + b, st)
    stem = rng.choice([f"점 {josa(A, '을/를')} 점 {josa(B, '으로/로')} 옮기는 평행이동은?",
                       f"평행이동에 의하여 점 {josa(A, '이/가')} 점 {josa(B, '으로/로')} 옮겨졌다. 이 평행이동을 바르게 나타낸 것은?"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["평행이동"], also=[G6], check=lambda: sp.Point(px, py).translate(a, b) == sp.Point(px + a, py + b))


def _by_rule(how: str) -> str:
    """`평행이동 (x, y) → (…)에 의하여` → `평행이동 (x, y) → (…)으로/로` with the right particle."""
    if how.endswith("에 의하여"):
        return josa(how[: -len("에 의하여")], "으로/로")
    return how


@family("10기수2-01-06", "move-triangle-task")
def _t6_triangle(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _mv(rng)
    for _ in range(50):
        pts = [(rng.randint(-3, 3), rng.randint(-3, 3)) for _ in range(3)]
        area2 = abs((pts[1][0] - pts[0][0]) * (pts[2][1] - pts[0][1]) - (pts[2][0] - pts[0][0]) * (pts[1][1] - pts[0][1]))
        if area2:
            break
    new = [(p_[0] + a, p_[1] + b) for p_ in pts]
    P = ", ".join(_pt(n_, *p_, st) for n_, p_ in zip("ABC", pts, strict=True))
    text = rng.choice([
        f"[활동] 세 점 {P}를 꼭짓점으로 하는 삼각형 ABC를 x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동하여 삼각형 A′B′C′을 얻었다.\n"
        f"(1) 세 점 A′, B′, C′의 좌표를 각각 구하시오.\n(2) 삼각형 ABC와 삼각형 A′B′C′의 넓이를 각각 구하고, 평행이동에 의하여 넓이가 변하는지 말하시오.",
        f"[활동] 모눈종이 위에 세 점 {P}를 꼭짓점으로 하는 삼각형을 그리고, 이 삼각형을 {_by_rule(_mv_txt(a, b, rng, st))} 옮겨 그려 보자.\n"
        f"(1) 옮겨진 삼각형의 세 꼭짓점의 좌표를 쓰시오.\n(2) 두 삼각형의 넓이를 비교하시오.",
    ])
    text = text.replace(f"{_pt('C', *pts[2], st)}를", josa(_pt('C', *pts[2], st), "을/를"))
    area = _fs(Fraction(area2, 2))
    ans = "(1) " + ", ".join(f"{n_}′{_ptans(*q_)}" for n_, q_ in zip("ABC", new, strict=True)) + f" (2) 넓이는 모두 {josa(area, '으로/로')} 같다"
    return Problem(text=text, answer=ans, format="task", difficulty=2, achievement_level="C",
                   concepts=["평행이동", "삼각형"],
                   check=lambda: sp.Triangle(*map(sp.Point, pts)).area.__abs__() == sp.Triangle(*map(sp.Point, new)).area.__abs__() == sp.Rational(area2, 2))


@family("10기수2-01-06", "real-life-move-word")
def _t6_life(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _mv(rng)
    px, py = rng.randint(-4, 4), rng.randint(-4, 4)
    h = f"{'오른쪽' if a > 0 else '왼쪽'}으로 {abs(a)}칸"
    v = f"{'위쪽' if b > 0 else '아래쪽'}으로 {abs(b)}칸"
    ctx = rng.choice(["sticker", "seat", "game", "elevator-map"])
    who = name(rng)
    if ctx == "sticker":
        r = rng.randint(1, 3)
        C = _r(_circ_std(px, py, r * r), st)
        text = (f"{josa(who, '은/는')} 사진 편집 앱에서 원 모양 스티커를 붙였다. 화면을 좌표평면으로 보면 스티커의 테두리는 원 {josa(C, '이/가')} 된다. "
                f"스티커를 {h}, {v} 끌어서 옮겼을 때, 옮긴 스티커의 테두리를 나타내는 원의 방정식을 {_end(rng)} (단, 한 칸은 좌표 1만큼이다.)")
        ans = _circ_ans(px + a, py + b, r * r)
    elif ctx == "seat":
        text = (f"공연장 좌석 배치도를 좌표평면으로 나타내면 {who}의 자리는 {_r(f'({px}, {py})', st)}이다. 공연 중간에 {josa(who, '은/는')} {h}, {v} "
                f"이동한 자리로 옮겼다. 옮긴 자리의 좌표를 {_end(rng)}")
        ans = _ptans(px + a, py + b)
    elif ctx == "game":
        text = (f"블록 게임에서 한 블록의 왼쪽 아래 꼭짓점이 좌표평면 위의 점 {_r(f'({px}, {py})', st)}에 있다. 이 블록을 {h}, {v} 평행이동하면 "
                f"꼭짓점은 어느 점으로 옮겨지는지 좌표를 {_end(rng)}")
        ans = _ptans(px + a, py + b)
    else:
        qx, qy = px + a, py + b
        text = (f"{josa(who, '이/가')} 놀이공원 지도 앱에서 현재 위치 {_r(f'({px}, {py})', st)}를 눌렀다가 손가락으로 끌어 {_r(f'({qx}, {qy})', st)}에 놓았더니 "
                f"지도 전체가 같은 방향으로 같은 거리만큼 평행이동하였다. 처음에 점 {_r('(0, 0)', st)}에 있던 매표소는 어느 점으로 옮겨졌는지 {_end(rng)}")
        text = text.replace(f"{_r(f'({px}, {py})', st)}를", josa(_r(f'({px}, {py})', st), "을/를"))
        ans = _ptans(a, b)
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["평행이동"] + (["원의 방정식"] if ctx == "sticker" else []),
                   check=lambda: sp.Point(px, py).translate(a, b) == sp.Point(px + a, py + b))


@family("10기수2-01-06", "translate-parabola")
def _t6_parab(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _mv(rng)
    k = rng.choice([1, -1, 2, -2, 1])
    p0, q0 = (0, 0) if rng.random() < 0.5 else (rng.randint(-3, 3), rng.randint(-3, 3))
    f0 = k * (x - p0) ** 2 + q0
    F0 = _r("y = " + (_poly(f0, (x,)) if (p0, q0) == (0, 0) else f"{'' if k == 1 else ('-' if k == -1 else k)}{_sq(p0, 'x')}{_cst(q0)}"), st)
    ask = rng.choice(["vertex", "eq"])
    if ask == "vertex":
        text = rng.choice([f"이차함수 {F0}의 그래프를 x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동한 그래프의 꼭짓점의 좌표를 {_end(rng)}",
                           f"포물선 {josa(F0, '을/를')} x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동하였다. 옮겨진 포물선의 꼭짓점의 좌표를 {_end(rng)}"])
        ans = _ptans(p0 + a, q0 + b)
    else:
        text = f"이차함수 {F0}의 그래프를 x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동한 그래프의 식을 y = a(x − p)² + q 꼴로 {_end(rng, '쓰')}"
        ans = "y = " + _r(f"{'' if k == 1 else ('-' if k == -1 else k)}{_sq(p0 + a, 'x')}{_cst(q0 + b)}", "plain")
    f1 = sp.expand(f0.subs(x, x - a) + b)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["평행이동", "포물선", "꼭짓점"], also=[G6, "10기수1-02-03"],
                   check=lambda: sp.solve(sp.diff(f1, x), x) == [p0 + a] and f1.subs(x, p0 + a) == q0 + b)


@family("10기수2-01-06", "moved-line-through-point")
def _t6_k(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = _mv(rng)
    mm = Fraction(nonzero(rng, -3, 3))
    k0 = Fraction(rng.randint(-4, 4))
    px = rng.randint(-3, 3)
    newk = k0 - mm * a + b
    kv = mm * px + newk
    L = _yl(mm, k0, st)
    text = rng.choice([f"직선 {josa(L, '을/를')} x축의 방향으로 {a}만큼, y축의 방향으로 {b}만큼 평행이동한 직선이 점 {josa(_r(f'({px}, k)', st), '을/를')} 지날 때, k의 값을 {_end(rng)}",
                       f"평행이동 {_r(f'(x, y) → (x {_sgn(a)}, y {_sgn(b)})', st)}에 의하여 직선 {josa(L, '이/가')} 옮겨진 직선 위에 점 {josa(_r(f'({px}, k)', st), '이/가')} 있다. 상수 k의 값을 {_end(rng)}"])
    ks = sp.Symbol("k")
    sol = sp.solve(sp.Eq(ks - b, _R(mm) * (px - a) + _R(k0)), ks)
    return Problem(text=text, answer=_fs(kv), format="computation", difficulty=3, achievement_level="C",
                   concepts=["평행이동", "직선의 방정식"], also=[G6], check=lambda: sol == [_R(kv)])


# ================================================================================================
# 10기수2-01-07 대칭이동 (원점, x축, y축, 직선 y = x)
# ================================================================================================
_RF = {"x축": lambda p, q: (p, -q), "y축": lambda p, q: (-p, q), "원점": lambda p, q: (-p, -q), "직선 y = x": lambda p, q: (q, p)}


_DIR = {"x축": (1, 0), "y축": (0, 1), "직선 y = x": (1, 1)}


def _rf_ok(kind: str, p, q, res) -> bool:
    """Independent check: reflection in the line through O with direction d is P' = 2(P·d / d·d) d − P;
    the point symmetry about O is P' = −P."""
    if kind == "원점":
        return (-p, -q) == tuple(res)
    dx, dy = _DIR[kind]
    t = Fraction(2 * (p * dx + q * dy), dx * dx + dy * dy)
    return (t * dx - p, t * dy - q) == tuple(res)


def _kt(kind: str, st: str) -> str:
    return kind.replace("y = x", _r("y = x", st))


def _rf_expr(e: sp.Expr, kind: str) -> sp.Expr:
    return {"x축": e.subs(y, -y), "y축": e.subs(x, -x), "원점": e.subs({x: -x, y: -y}, simultaneous=True),
            "직선 y = x": e.subs({x: y, y: x}, simultaneous=True)}[kind]


@family("10기수2-01-07", "reflect-point")
def _s7_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(list(_RF))
    p, q = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
    res = _RF[kind](p, q)
    P = _pt("P", p, q, st)
    text = rng.choice([f"점 {josa(P, '을/를')} {_kt(kind, st)}에 대하여 대칭이동한 점의 좌표를 {_end(rng)}",
                       f"{_kt(kind, st)}에 대하여 점 {josa(P, '과/와')} 대칭인 점의 좌표를 {_end(rng)}",
                       f"점 {josa(P, '을/를')} {_kt(kind, st)}에 대하여 대칭이동한 점을 Q라 할 때, 점 Q의 좌표를 {_end(rng)}"])
    return Problem(text=text, answer=_ptans(*res), format="computation", difficulty=1, achievement_level="E",
                   concepts=["대칭이동"] + (["원점"] if kind == "원점" else []), also=[G7], check=lambda: _rf_ok(kind, p, q, res))


def _quad(p: int, q: int) -> int:
    return (1 if q > 0 else 4) if p > 0 else (2 if q > 0 else 3)


@family("10기수2-01-07", "mcq-image-quadrant")
def _s7_quad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(list(_RF))
    p, q = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
    res = _RF[kind](p, q)
    qa, qb = _quad(p, q), _quad(*res)
    if rng.random() < 0.5:
        stem = rng.choice([f"점 {josa(_pt('A', p, q, st), '을/를')} {_kt(kind, st)}에 대하여 대칭이동한 점은 제몇 사분면 위에 있는가?",
                           f"제{qa}사분면 위의 점 {josa(_pt('A', p, q, st), '을/를')} {_kt(kind, st)}에 대하여 대칭이동하면 어느 사분면 위의 점이 되는가?"])
    else:
        sa, sb = ("a > 0" if p > 0 else "a < 0"), ("b > 0" if q > 0 else "b < 0")
        stem = f"{_r(sa, st)}, {_r(sb, st)}일 때, 점 (a, b)를 {_kt(kind, st)}에 대하여 대칭이동한 점은 제몇 사분면 위에 있는가?"
    ch = choices(rng, f"제{qb}사분면", [f"제{k_}사분면" for k_ in (1, 2, 3, 4) if k_ != qb] + ["좌표축 위"], sort_key=lambda o: o)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["대칭이동", "사분면"], check=lambda: _rf_ok(kind, p, q, res) and _quad(*res) == qb)


@family("10기수2-01-07", "reflect-line-guided")
def _s7_line(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(list(_RF))
    mm = Fraction(nonzero(rng, -3, 3))
    k0 = Fraction(nonzero(rng, -5, 5))
    L = _yl(mm, k0, st)
    img = sp.solve(_rf_expr(y - _R(mm) * x - _R(k0), kind), y)[0]
    pl = sp.Poly(img, x)
    nm, nk = Fraction(int(pl.coeff_monomial(x).p), int(pl.coeff_monomial(x).q)), Fraction(int(pl.coeff_monomial(1).p), int(pl.coeff_monomial(1).q))
    sub = {"x축": "y 대신 −y", "y축": "x 대신 −x", "원점": "x 대신 −x, y 대신 −y", "직선 y = x": "x 대신 y, y 대신 x"}[kind]
    if rng.random() < 0.5:
        text = (f"직선 {josa(L, '을/를')} {_kt(kind, st)}에 대하여 대칭이동한 직선의 방정식을 구하려고 한다. (  ) 안에 알맞은 것을 써넣으시오.\n"
                f"직선의 방정식에서 {josa(sub, '을/를')} 대입하여 y에 대하여 정리하면 y = (  )이다.")
        ans = _yl_ans(nm, nk)[4:]
        fmt, d, lv = "fill", 2, "D"
    else:
        text = rng.choice([f"직선 {josa(L, '을/를')} {_kt(kind, st)}에 대하여 대칭이동한 직선의 방정식을 {_end(rng)}",
                           f"{_kt(kind, st)}에 대하여 직선 {josa(L, '과/와')} 대칭인 직선의 기울기와 y절편을 각각 {_end(rng)}"])
        ans = f"{_fs(nm)}, {_fs(nk)}" if "기울기와" in text else _yl_ans(nm, nk)
        fmt, d, lv = "computation", 2, "D"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lv,
                   concepts=["대칭이동", "직선의 방정식"], also=[G7],
                   check=lambda: all(_on_line(nm, nk, _RF[kind](t, mm * t + k0)) for t in (0, 1, 2)))


@family("10기수2-01-07", "reflect-circle")
def _s7_circle(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(list(_RF))
    cx, cy = nonzero(rng, -4, 4), nonzero(rng, -4, 4)
    r = rng.randint(1, 4)
    C0 = _r(_circ_std(cx, cy, r * r), st)
    nc = _RF[kind](cx, cy)
    ask = rng.choice(["eq", "eq", "center"])
    text = (f"원 {josa(C0, '을/를')} {_kt(kind, st)}에 대하여 대칭이동한 원의 " + ("방정식을 " if ask == "eq" else "중심의 좌표와 반지름의 길이를 ")
            + _end(rng))
    if rng.random() < 0.3:
        text += " (힌트: 원의 중심이 어디로 옮겨지는지 먼저 생각해 보시오.)"
    ans = _circ_ans(*nc, r * r) if ask == "eq" else f"{_ptans(*nc)}, {r}"
    img = sp.expand(_rf_expr((x - cx) ** 2 + (y - cy) ** 2 - r * r, kind))
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["대칭이동", "원의 방정식"], also=[G7],
                   check=lambda: sp.expand(img - ((x - nc[0]) ** 2 + (y - nc[1]) ** 2 - r * r)) == 0 and _rf_ok(kind, cx, cy, nc))


@family("10기수2-01-07", "symmetric-pair-unknowns")
def _s7_pair(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(list(_RF))
    p, q = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
    res = _RF[kind](p, q)
    s, t = rng.randint(-2, 2), rng.randint(-2, 2)
    A = _r(f"A(a {_sgn(s)}, {q})" if s else f"A(a, {q})", st)
    bpart = f"b {_sgn(t)}" if t else "b"
    swap = kind == "직선 y = x"  # then A's x-coordinate becomes B's y-coordinate
    B = _r(f"B({bpart}, {res[1]})" if swap else f"B({res[0]}, {bpart})", st)
    av, bv = p - s, (res[0] if swap else res[1]) - t
    text = rng.choice([f"두 점 {A}, {josa(B, '이/가')} {_kt(kind, st)}에 대하여 대칭일 때, 상수 a, b의 값을 각각 {_end(rng)}",
                       f"점 {josa(A, '을/를')} {_kt(kind, st)}에 대하여 대칭이동하였더니 점 {josa(B, '이/가')} 되었다. a + b의 값을 {_end(rng)}"])
    ans = str(av + bv) if "a + b" in text else f"a = {av}, b = {bv}"
    aa, bb = sp.symbols("a b")
    img = _RF[kind](aa + s, q)
    target = (bb + t, res[1]) if swap else (res[0], bb + t)
    sol = sp.solve([sp.Eq(img[0], target[0]), sp.Eq(img[1], target[1])], [aa, bb], dict=True)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["대칭이동"], also=[G7], check=lambda: sol == [{aa: av, bb: bv}])


@family("10기수2-01-07", "identify-reflection-table")
def _s7_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
    while abs(p) == abs(q):
        q = nonzero(rng, -6, 6)
    kinds = rng.sample(list(_RF), 3)
    imgs = [_RF[k_](p, q) for k_ in kinds]
    rows = "\n".join(f"| {t} | {_r(f'({a_}, {b_})', st)} |" for t, (a_, b_) in zip("㉠㉡㉢", imgs, strict=True))
    text = (f"다음 표는 점 {josa(_pt('P', p, q, st), '을/를')} 원점, x축, y축, 직선 {_r('y = x', st)} 중 하나에 대하여 대칭이동한 점을 나타낸 것이다. "
            f"㉠, ㉡, ㉢은 각각 무엇에 대하여 대칭이동한 것인지 {_end(rng, '쓰')}\n| 기호 | 옮겨진 점 |\n|---|---|\n{rows}")
    ans = ", ".join(k_ for k_ in kinds)
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["대칭이동", "원점", "x축", "y축"],
                   check=lambda: all(_rf_ok(k_, p, q, im) for k_, im in zip(kinds, imgs, strict=True))
                   and len(set(imgs)) == 3)


@family("10기수2-01-07", "fold-mirror-real-life")
def _s7_life(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ctx = rng.choice(["decal", "lake", "fold-diag", "mirror"])
    who = name(rng)
    if ctx == "decal":
        p, q = rng.randint(-6, -1), nonzero(rng, -5, 5)
        kind = "y축"
        text = (f"{josa(who, '은/는')} 미술 시간에 데칼코마니를 하였다. 좌표평면이 그려진 종이의 점 {_r(f'({p}, {q})', st)}에 물감을 찍고 "
                f"y축을 접는 선으로 하여 종이를 반으로 접었다가 폈다. 물감이 새로 묻어나는 점의 좌표를 {_end(rng)}")
    elif ctx == "lake":
        p, q = nonzero(rng, -6, 6), rng.randint(2, 8)
        kind = "x축"
        thing = rng.choice(["나무 꼭대기", "산봉우리", "가로등 불빛", "탑의 끝"])
        text = (f"잔잔한 호수의 수면을 x축으로 하여 경치를 좌표평면 위에 나타내었다. 점 {_r(f'({p}, {q})', st)}에 있는 {thing}가 수면에 비쳐 보이는 "
                f"위치는 {thing}의 위치를 x축에 대하여 대칭이동한 점이다. 비쳐 보이는 위치의 좌표를 {_end(rng)}").replace(f"{thing}가", josa(thing, "이/가"))
    elif ctx == "fold-diag":
        p, q = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
        while p == q:
            q = nonzero(rng, -6, 6)
        kind = "직선 y = x"
        text = (f"좌표평면이 그려진 투명한 종이에 점 {josa(_r(f'A({p}, {q})', st), '을/를')} 찍은 다음, 직선 {_r('y = x', st)}를 따라 종이를 접었다. "
                f"점 A와 겹쳐지는 점의 좌표를 {_end(rng)}")
    else:
        p, q = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
        kind = "원점"
        text = (f"게임 화면의 중심을 원점으로 하는 좌표평면에서, 캐릭터가 점 {_r(f'({p}, {q})', st)}에 있다. '반대편으로 순간 이동' 기술을 쓰면 "
                f"캐릭터는 원점에 대하여 대칭인 점으로 옮겨진다. 옮겨진 위치의 좌표를 {_end(rng)}")
    res = _RF[kind](p, q)
    return Problem(text=text, answer=_ptans(*res), format="word", difficulty=2, achievement_level="D",
                   concepts=["대칭이동"], check=lambda: _rf_ok(kind, p, q, res))


@family("10기수2-01-07", "distance-to-image")
def _s7_dist(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["x축", "y축", "원점", "직선 y = x"])
    p, q = nonzero(rng, -5, 5), nonzero(rng, -5, 5)
    if kind == "직선 y = x" and p == q:
        q = -q if q != p else q + 1
        if p == q:
            q += 1
    res = _RF[kind](p, q)
    d2 = (p - res[0]) ** 2 + (q - res[1]) ** 2
    P = _pt("P", p, q, st)
    text = rng.choice([f"점 {josa(P, '을/를')} {_kt(kind, st)}에 대하여 대칭이동한 점을 Q라 할 때, 선분 PQ의 길이를 {_end(rng)}",
                       f"점 {P}와 {_kt(kind, st)}에 대하여 대칭인 점을 Q라 하자. 두 점 P, Q 사이의 거리를 {_end(rng)}"])
    text = text.replace(f"점 {P}와", f"점 {josa(P, '과/와')}")
    return Problem(text=text, answer=_sqrt_txt(d2), format="computation", difficulty=2 + (kind in ("원점", "직선 y = x")),
                   achievement_level="D" if kind in ("x축", "y축") else "C",
                   concepts=["대칭이동", "두 점 사이의 거리"], also=[G7, "10기수2-01-01"],
                   check=lambda: _rf_ok(kind, p, q, res) and sp.Point(p, q).distance(sp.Point(*res)) ** 2 == d2)


@family("10기수2-01-07", "reflect-triangle-task")
def _s7_tri(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(list(_RF))
    for _ in range(50):
        pts = [(rng.randint(1, 5), rng.randint(1, 5)) for _ in range(3)]
        area2 = abs((pts[1][0] - pts[0][0]) * (pts[2][1] - pts[0][1]) - (pts[2][0] - pts[0][0]) * (pts[1][1] - pts[0][1]))
        if area2:
            break
    new = [_RF[kind](*p_) for p_ in pts]
    P = ", ".join(_pt(n_, *p_, st) for n_, p_ in zip("ABC", pts, strict=True))
    text = (f"[활동] 세 점 {P}를 꼭짓점으로 하는 삼각형 ABC를 {_kt(kind, st)}에 대하여 대칭이동하여 삼각형 A′B′C′을 그리려고 한다.\n"
            f"(1) 세 점 A′, B′, C′의 좌표를 각각 구하시오.\n(2) 삼각형 A′B′C′은 제몇 사분면에 있는지 쓰시오.\n(3) 두 삼각형의 넓이를 비교하시오.")
    text = text.replace(f"{_pt('C', *pts[2], st)}를", josa(_pt('C', *pts[2], st), "을/를"))
    quad = _quad(*new[0])
    area = _fs(Fraction(area2, 2))
    ans = ("(1) " + ", ".join(f"{n_}′{_ptans(*q_)}" for n_, q_ in zip("ABC", new, strict=True))
           + f" (2) 제{quad}사분면 (3) 넓이는 모두 {josa(area, '으로/로')} 같다")
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="C",
                   concepts=["대칭이동", "사분면", "삼각형"],
                   check=lambda: all(_rf_ok(kind, *p_, q_) for p_, q_ in zip(pts, new, strict=True))
                   and abs(sp.Triangle(*map(sp.Point, new)).area) == sp.Rational(area2, 2))
