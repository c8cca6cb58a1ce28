"""Generators for 9수03 (도형과 측정, 중학교), part B: 9수03-06 … 9수03-19.

Uses the private notation helpers of part A (``g9su03a``): ``_m`` (mini geometry notation in a
style), ``_mn``/``_V``/``_A`` here (fast sympy numbers with units), ``_j`` (josa that reads units, °, π
and fractions) and ``_end`` (question endings).
"""

from __future__ import annotations

import math as _pymath
import random
import re

import sympy as sp

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.generators.g9su03a import _end, _m
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import choices, with_choices
from mathtag.corpus.notation import pick_style

_PI = sp.pi
_R = sp.Rational


def _mn(expr: sp.Basic | int) -> str:
    """Fast ``_mini`` (no nsimplify): exact sympy number in the mini notation; sums get parentheses."""
    e = sp.sympify(expr)
    if isinstance(e, sp.Add):
        terms = sorted(e.as_ordered_terms(), key=lambda t: t.could_extract_minus_sign())
        out = _mn(terms[0])
        for t in terms[1:]:
            out += f" - {_mn(-t)}" if t.could_extract_minus_sign() else f" + {_mn(t)}"
        return out
    s = sp.sstr(e)
    s = re.sub(r"sqrt\((\d+)\)", r"√\1", s)
    s = s.replace("pi", "π").replace("**", "^").replace("*", "")
    s = re.sub(r"([\w√π]+)/(\d+)", r"[\1|\2]", s)
    return s


def _V(expr: sp.Basic | int, st: str, unit: str = "") -> str:
    body = _mn(expr)
    if unit:
        if isinstance(sp.sympify(expr), sp.Add):
            body = f"({body})"
        body += "°" if unit == "°" else f" {unit}"
    return _m(body, st)


def _A(expr: sp.Basic | int, unit: str = "") -> str:
    return _V(expr, "unicode", unit)


def _u(rng: random.Random) -> str:
    return rng.choice(["cm", "cm", "cm", "m"])


def _sq(u: str) -> str:
    return f"{u}²"


def _cu(u: str) -> str:
    return f"{u}³"


def _pl(rng: random.Random) -> str:
    return rng.choice(["A", "A", "P", "D"])


# ================================================================================================
# 9수03-06 부채꼴의 중심각, 호의 길이와 넓이
# ================================================================================================
def _arc(r: int, a: int) -> sp.Expr:
    return _R(r * a, 180) * _PI


def _area(r: int, a: int) -> sp.Expr:
    return _R(r * r * a, 360) * _PI


_ANG = (30, 36, 40, 45, 60, 72, 80, 90, 100, 120, 135, 140, 150, 160, 200, 210, 225, 240, 270, 300)


@family("9수03-06", "sector-arc-and-area")
def _f06_basic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u = _u(rng)
    r = rng.randint(2, 15)
    a = rng.choice(_ANG)
    ln, s = _arc(r, a), _area(r, a)
    mode = rng.randrange(3)
    desc = rng.choice([f"반지름의 길이가 {_V(r, st, u)}이고 중심각의 크기가 {_m(f'{a}°', st)}인 부채꼴",
                       f"중심각의 크기가 {_m(f'{a}°', st)}, 반지름의 길이가 {_V(r, st, u)}인 부채꼴"])
    if mode == 0:
        text = rng.choice([f"{desc}의 호의 길이를 {_end(rng)}", f"{desc}에서 호의 길이는 얼마인가?"])
        ans, lvl, d = _A(ln, u), "E", 1
    elif mode == 1:
        text = rng.choice([f"{desc}의 넓이를 {_end(rng)}", f"{desc}의 넓이는 몇 {_sq(u)}인가?"])
        ans, lvl, d = _A(s, _sq(u)), "E", 1
    else:
        text = f"{desc}의 호의 길이와 넓이를 차례로 {_end(rng)}"
        ans, lvl, d = f"{_A(ln, u)}, {_A(s, _sq(u))}", "D", 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=lvl,
                   concepts=["부채꼴", "중심각", "호"],
                   check=lambda: s == r * ln / 2 and ln == 2 * _PI * r * _R(a, 360))


@family("9수03-06", "arc-proportional-to-angle")
def _f06_prop(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u = rng.choice(["cm", "cm", "m"])
    k = rng.randint(2, 6)
    a, b = rng.choice([(a, b) for a in (20, 25, 30, 40, 45, 50) for b in (15, 20, 30, 36, 40, 45, 60, 75, 80, 90, 100, 120)
                       if a != b and (k * b) % a == 0])
    arc_b = _R(k * b, a)
    mode = rng.randrange(3)
    if mode == 0:
        text = rng.choice([
            f"한 원 O에서 {_m(f'<AOB = {a}°', st)}, {_m(f'<COD = {b}°', st)}이고 {_m('arc(AB)', st)}의 길이가 {_V(k, st, u)}일 때, "
            f"{_m('arc(CD)', st)}의 길이를 {_end(rng)}",
            f"원 O에서 중심각 {_m('<AOB', st)}의 크기가 {_m(f'{a}°', st)}인 호 AB의 길이는 {_V(k, st, u)}이다. "
            f"같은 원에서 중심각의 크기가 {_m(f'{b}°', st)}인 호 CD의 길이는 얼마인가?",
        ])
        ans, fmt, lvl, d = _A(arc_b, u), "computation", "D", 2
        chk = arc_b * a == k * b
    elif mode == 1:
        text = (f"원 O에서 호 AB의 길이가 {_V(k, st, u)}, 호 CD의 길이가 {_V(arc_b, st, u)}이고 "
                f"{_m(f'<AOB = {a}°', st)}일 때, {_m('<COD', st)}의 크기를 {_end(rng)}")
        ans, fmt, lvl, d = f"{b}°", "computation", "D", 2
        chk = arc_b / k * a == b
    else:
        # arcs in ratio p:q:r around the whole circle -> central angles
        while True:
            p, q, w = rng.randint(1, 7), rng.randint(1, 7), rng.randint(1, 7)
            if 360 % (p + q + w) == 0 and len({p, q, w}) == 3:
                break
        tgt = rng.choice(["AOB", "BOC", "COA"])
        val = {"AOB": p, "BOC": q, "COA": w}[tgt] * 360 // (p + q + w)
        text = rng.choice([
            f"원 O 위에 세 점 A, B, C가 있고 {_m('arc(AB)', st)} : {_m('arc(BC)', st)} : {_m('arc(CA)', st)} = {p} : {q} : {w}일 때, "
            f"{_m(f'<{tgt}', st)}의 크기를 {_end(rng)}",
            f"원 O의 둘레를 세 점 A, B, C가 호의 길이의 비 {p} : {q} : {w}로 나눈다. {_m(f'<{tgt}', st)}의 크기는 몇 도인가? "
            f"(단, 호 AB, 호 BC, 호 CA는 점을 공유하지 않는 호이다.)",
        ])
        ans, fmt, lvl, d = f"{val}°", "computation", "C", 3
        chk = val * (p + q + w) == 360 * {"AOB": p, "BOC": q, "COA": w}[tgt]
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lvl,
                   concepts=["중심각", "호", "부채꼴"], check=lambda: chk)


@family("9수03-06", "area-from-radius-and-arc")
def _f06_rl(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u = _u(rng)
    r = rng.randint(3, 16)
    ln = rng.randint(2, 12) * _PI
    s = r * ln / 2
    mode = rng.randrange(3)
    if mode == 0:
        text = rng.choice([f"반지름의 길이가 {_V(r, st, u)}, 호의 길이가 {_V(ln, st, u)}인 부채꼴의 넓이를 {_end(rng)}",
                           f"호의 길이가 {_V(ln, st, u)}이고 반지름의 길이가 {_V(r, st, u)}인 부채꼴의 넓이는?"])
        ans, lvl, d = _A(s, _sq(u)), "D", 2
    elif mode == 1:
        text = f"넓이가 {_V(s, st, _sq(u))}, 호의 길이가 {_V(ln, st, u)}인 부채꼴의 반지름의 길이를 {_end(rng)}"
        ans, lvl, d = _A(r, u), "C", 3
    else:
        ang = ln / _PI * 180 / r
        text = (f"반지름의 길이가 {_V(r, st, u)}, 호의 길이가 {_V(ln, st, u)}인 부채꼴의 넓이와 중심각의 크기를 차례로 {_end(rng)}")
        ans, lvl, d = f"{_A(s, _sq(u))}, {_A(ang, '°')}", "C", 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=lvl,
                   concepts=["부채꼴", "호"],
                   check=lambda: s == _PI * r ** 2 * (ln / (2 * _PI * r)))


@family("9수03-06", "find-radius-or-angle")
def _f06_inverse(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u = _u(rng)
    r = rng.randint(3, 18)
    a = rng.choice(_ANG)
    ln, s = _arc(r, a), _area(r, a)
    mode = rng.randrange(4)
    if mode == 0:
        text = f"반지름의 길이가 {_V(r, st, u)}이고 호의 길이가 {_V(ln, st, u)}인 부채꼴의 중심각의 크기를 {_end(rng)}"
        ans = f"{a}°"
    elif mode == 1:
        text = f"반지름의 길이가 {_V(r, st, u)}이고 넓이가 {_V(s, st, _sq(u))}인 부채꼴의 중심각의 크기는 몇 도인가?"
        ans = f"{a}°"
    elif mode == 2:
        text = rng.choice([f"중심각의 크기가 {_m(f'{a}°', st)}이고 호의 길이가 {_V(ln, st, u)}인 부채꼴의 반지름의 길이를 {_end(rng)}",
                           f"호의 길이가 {_V(ln, st, u)}, 중심각의 크기가 {_m(f'{a}°', st)}인 부채꼴이 있다. 이 부채꼴의 반지름의 길이는?"])
        ans = _A(r, u)
    else:
        text = f"중심각의 크기가 {_m(f'{a}°', st)}이고 넓이가 {_V(s, st, _sq(u))}인 부채꼴의 반지름의 길이를 {_end(rng)}"
        ans = _A(r, u)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["부채꼴", "중심각", "호"],
                   check=lambda: ln * 180 / (_PI * a) == r)


@family("9수03-06", "sector-perimeter")
def _f06_perim(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u = _u(rng)
    r = rng.randint(2, 12)
    a = rng.choice(_ANG)
    ln = _arc(r, a)
    per = 2 * r + ln
    ctx = rng.randrange(3)
    if ctx == 0:
        text = f"반지름의 길이가 {_V(r, st, u)}이고 중심각의 크기가 {_m(f'{a}°', st)}인 부채꼴의 둘레의 길이를 {_end(rng)}"
        fmt = "computation"
    elif ctx == 1:
        who = name(rng)
        text = (f"{josa(who, '은/는')} 반지름이 {_V(r, st, u)}인 원 모양의 종이에서 중심각이 {_m(f'{a}°', st)}인 부채꼴을 오려 내어 "
                f"가장자리에 리본을 한 바퀴 붙이려고 한다. 필요한 리본의 길이를 {_end(rng)} (단, 리본이 겹치는 부분은 없다.)")
        fmt = "word"
    else:
        text = (f"어느 공원의 꽃밭은 반지름의 길이가 {_V(r, st, 'm')}, 중심각의 크기가 {_m(f'{a}°', st)}인 부채꼴 모양이다. "
                f"이 꽃밭의 둘레에 울타리를 두르려면 울타리는 몇 m 필요한가?")
        u = "m"
        fmt = "word"
    return Problem(text=text, answer=_A(per, u), format=fmt, difficulty=2, achievement_level="D",
                   concepts=["부채꼴", "호"], check=lambda: per - 2 * r == 2 * _PI * r * a / 360)


@family("9수03-06", "shaded-region-area")
def _f06_shade(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u = "cm"
    mode = rng.randrange(3)
    if mode == 0:
        a = rng.randint(2, 10) * 2
        s = a * a - _PI * a * a / 4
        text = rng.choice([
            f"한 변의 길이가 {_V(a, st, u)}인 정사각형 ABCD에서 꼭짓점 A를 중심으로 하고 반지름이 {_V(a, st, u)}인 사분원을 그렸다. "
            f"정사각형의 내부 중 사분원의 바깥 부분의 넓이를 {_end(rng)}",
            f"정사각형 ABCD의 한 변의 길이는 {_V(a, st, u)}이다. 점 B를 중심으로 반지름이 {_m('~AB', st)}인 원을 그려 정사각형 안에 생기는 "
            f"부채꼴을 제외한 나머지 부분의 넓이는 몇 {_sq(u)}인가?",
        ])
        per = None
        ans = _A(s, _sq(u))
    elif mode == 1:
        r1 = rng.randint(2, 8)
        r2 = r1 + rng.randint(2, 8)
        a = rng.choice([60, 90, 120, 135, 150])
        s = _area(r2, a) - _area(r1, a)
        per = _arc(r2, a) + _arc(r1, a) + 2 * (r2 - r1)
        text = (f"중심이 같고 반지름의 길이가 각각 {_V(r1, st, u)}, {_V(r2, st, u)}이며 중심각의 크기가 {_m(f'{a}°', st)}인 두 부채꼴이 있다. "
                f"큰 부채꼴에서 작은 부채꼴을 잘라 낸 도형의 둘레의 길이와 넓이를 차례로 {_end(rng)}")
        ans = f"{_A(per, u)}, {_A(s, _sq(u))}"
    else:
        a = rng.randint(2, 8) * 2
        # square side a, two quarter circles from opposite corners -> lens area = 2*(πa²/4) - a²
        s = _PI * a * a / 2 - a * a
        per = None
        text = (f"한 변의 길이가 {_V(a, st, u)}인 정사각형 ABCD의 두 꼭짓점 B, D를 각각 중심으로 하고 반지름의 길이가 {_V(a, st, u)}인 "
                f"사분원을 정사각형 안에 그렸다. 두 사분원이 겹치는 부분의 넓이를 {_end(rng)}")
        ans = _A(s, _sq(u))
    return Problem(text=text, answer=ans, format="computation", difficulty=4 if mode else 3,
                   achievement_level="B" if mode else "C", concepts=["부채꼴", "호"],
                   check=lambda: float(s) > 0)


@family("9수03-06", "real-life-sectors")
def _f06_life(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(4)
    if mode == 0:
        r = rng.choice([8, 10, 12, 15, 16, 18])
        n = rng.choice([6, 8, 10, 12])
        a = 360 // n
        s = _area(r, a)
        text = (f"반지름의 길이가 {_V(r, st, 'cm')}인 원 모양의 피자를 중심에서부터 똑같은 크기로 {n}조각으로 잘랐다. "
                f"피자 한 조각의 윗면의 넓이를 {_end(rng)} (단, 피자 한 조각은 부채꼴 모양이다.)")
        ans, chk = _A(s, "cm²"), s * n == _PI * r * r
    elif mode == 1:
        r1 = rng.randint(10, 20)
        w = rng.randint(25, 45)
        a = rng.choice([90, 100, 120, 135, 150])
        s = _area(r1 + w, a) - _area(r1, a)
        text = (f"자동차 와이퍼가 회전의 중심으로부터 {_V(r1, st, 'cm')} 떨어진 곳부터 길이 {_V(w, st, 'cm')}의 고무날로 유리를 닦는다. "
                f"와이퍼가 {_m(f'{a}°', st)}만큼 회전할 때, 고무날이 닦는 부분의 넓이를 {_end(rng)}")
        ans, chk = _A(s, "cm²"), s == _PI * ((r1 + w) ** 2 - r1 ** 2) * a / 360
    elif mode == 2:
        r = rng.choice([6, 9, 10, 12, 15])
        mins = rng.choice([10, 15, 20, 25, 40, 45])
        a = 6 * mins
        ln = _arc(r, a)
        text = (f"길이가 {_V(r, st, 'cm')}인 시계의 분침이 {mins}분 동안 움직였다. 분침의 끝이 움직인 거리를 {_end(rng)}")
        ans, chk = _A(ln, "cm"), ln == 2 * _PI * r * mins / 60
    else:
        r = rng.choice([5, 6, 8, 10])
        a = rng.choice([90, 120, 150, 180])
        s = _area(r, a)
        text = (f"스프링클러가 한자리에 고정되어 반지름 {_V(r, st, 'm')}까지 물을 뿌리면서 {_m(f'{a}°', st)}만큼 좌우로 회전한다. "
                f"물이 뿌려지는 잔디밭의 넓이는 몇 m²인가?")
        ans, chk = _A(s, "m²"), s == _PI * r * r * a / 360
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["부채꼴", "중심각", "호"], check=lambda: chk)


@family("9수03-06", "central-angle-statements-mcq")
def _f06_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    true = [
        "한 원에서 중심각의 크기가 같은 두 부채꼴의 호의 길이는 같다.",
        "한 원에서 부채꼴의 호의 길이는 중심각의 크기에 정비례한다.",
        "한 원에서 부채꼴의 넓이는 중심각의 크기에 정비례한다.",
        "한 원에서 길이가 같은 두 호에 대한 중심각의 크기는 같다.",
        "한 원에서 중심각의 크기가 같은 두 현의 길이는 같다.",
        "반원은 중심각의 크기가 180°인 부채꼴이다.",
    ]
    false = [
        "한 원에서 현의 길이는 중심각의 크기에 정비례한다.",
        "한 원에서 중심각의 크기가 2배가 되면 현의 길이도 2배가 된다.",
        "중심각의 크기가 같으면 반지름이 달라도 호의 길이는 같다.",
        "한 원에서 중심각의 크기가 2배가 되면 부채꼴의 넓이는 4배가 된다.",
        "부채꼴의 넓이는 반지름의 길이에 정비례한다.",
        "활꼴은 두 반지름과 호로 둘러싸인 도형이다.",
    ]
    ask_false = rng.random() < 0.6
    if ask_false:
        corr = rng.choice(false)
        dis = rng.sample(true, 4)
        stem = rng.choice(["다음 중 옳지 않은 것은?", "원 O에 대한 설명으로 옳지 않은 것을 고르시오.",
                           "다음 설명 중 틀린 것은?"])
    else:
        corr = rng.choice(true)
        dis = rng.sample(false, 4)
        stem = rng.choice(["다음 중 옳은 것은?", "부채꼴과 중심각에 대한 설명으로 옳은 것을 고르시오."])
    if st == "latex":
        corr = corr.replace("180°", "$180^{\\circ}$")
        dis = [d.replace("180°", "$180^{\\circ}$") for d in dis]
    ch = choices(rng, corr, dis)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["부채꼴", "중심각", "호", "현"], choice=ch)


@family("9수03-06", "fill-arc-table")
def _f06_table(rng: random.Random) -> Problem:
    r = rng.choice([3, 4, 6, 9, 12])
    angs = sorted(rng.sample([30, 45, 60, 90, 120, 150, 180, 240], 4))
    hide = rng.randrange(4)
    col = rng.choice(["호", "넓이"])
    vals = [_arc(r, a) if col == "호" else _area(r, a) for a in angs]
    unit = "cm" if col == "호" else "cm²"
    cells = ["(   )" if i == hide else _A(v) for i, v in enumerate(vals)]
    head = "호의 길이(cm)" if col == "호" else "넓이(cm²)"
    text = (f"반지름의 길이가 {r} cm인 원에서 중심각의 크기에 따른 부채꼴의 {head.split('(')[0]}를 표로 나타낸 것이다. "
            f"빈칸에 알맞은 값을 써넣으시오.\n"
            f"| 중심각의 크기 | {' | '.join(f'{a}°' for a in angs)} |\n| {head} | {' | '.join(cells)} |")
    v = vals[hide]
    return Problem(text=text, answer=_A(v, unit), format="data", difficulty=2, achievement_level="D",
                   concepts=["중심각", "호", "부채꼴"],
                   check=lambda: v * angs[0] == vals[0] * angs[hide])


# ================================================================================================
# 9수03-07 다면체와 회전체
# ================================================================================================
_KN = {3: "삼", 4: "사", 5: "오", 6: "육", 7: "칠", 8: "팔", 9: "구", 10: "십", 11: "십일", 12: "십이"}


def _poly_counts(kind: str, n: int) -> tuple[int, int, int]:
    """(faces, edges, vertices) of an n-gonal prism / pyramid / frustum."""
    if kind == "각기둥":
        return n + 2, 3 * n, 2 * n
    if kind == "각뿔":
        return n + 1, 2 * n, n + 1
    return n + 2, 3 * n, 2 * n  # 각뿔대


_REG = {  # name: (faces, vertices, edges, face shape, faces at a vertex)
    "정사면체": (4, 4, 6, "정삼각형", 3), "정육면체": (6, 8, 12, "정사각형", 3), "정팔면체": (8, 6, 12, "정삼각형", 4),
    "정십이면체": (12, 20, 30, "정오각형", 3), "정이십면체": (20, 12, 30, "정삼각형", 5),
}


@family("9수03-07", "polyhedron-face-edge-vertex")
def _f07_count(rng: random.Random) -> Problem:
    kind = rng.choice(["각기둥", "각뿔", "각뿔대"])
    n = rng.randint(3, 12)
    f, e, v = _poly_counts(kind, n)
    solid = f"{_KN[n]}{kind}"
    mode = rng.randrange(4)
    what = {"면": f, "모서리": e, "꼭짓점": v}
    if mode == 0:
        k = rng.choice(list(what))
        text = rng.choice([f"{solid}의 {k}의 개수를 {_end(rng)}", f"{josa(solid, '은/는')} {josa(k, '이/가')} 몇 개인가?"])
        ans, lvl, d = f"{what[k]}개", "E", 1
    elif mode == 1:
        text = f"{solid}의 꼭짓점의 개수를 v, 모서리의 개수를 e, 면의 개수를 f라 할 때, v - e + f의 값을 {_end(rng)}"
        ans, lvl, d = str(v - e + f), "D", 2
    elif mode == 2:
        k = rng.choice(["면", "모서리", "꼭짓점"])
        text = rng.choice([f"{k}의 개수가 {what[k]}개인 {kind}의 이름을 {_end(rng, '쓰')}",
                           f"어떤 {kind}의 {k}의 개수가 {what[k]}개일 때, 이 입체도형은 무엇인가?"])
        ans, lvl, d = solid, "D", 2
    else:
        k1, k2 = rng.sample(["면", "모서리", "꼭짓점"], 2)
        text = (f"{k1}의 개수가 {what[k1]}개인 {kind}의 {k2}의 개수를 {_end(rng)}")
        ans, lvl, d = f"{what[k2]}개", "C", 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=lvl,
                   concepts=["다면체", kind if kind != "각뿔대" else "각뿔대"], check=lambda: v - e + f == 2)


@family("9수03-07", "identify-polyhedron")
def _f07_ident(rng: random.Random) -> Problem:
    kind = rng.choice(["각기둥", "각뿔", "각뿔대"])
    n = rng.randint(3, 10)
    f, e, v = _poly_counts(kind, n)
    clues = {
        "각기둥": ["두 밑면은 서로 평행하고 합동인 다각형이다.", "옆면은 모두 직사각형이다."],
        "각뿔": ["밑면이 한 개인 다각형이다.", "옆면은 모두 삼각형이다."],
        "각뿔대": ["두 밑면은 서로 평행하지만 합동이 아니다.", "옆면은 모두 사다리꼴이다."],
    }[kind]
    extra = rng.choice([f"면의 개수는 {f}개이다.", f"모서리의 개수는 {e}개이다.", f"꼭짓점의 개수는 {v}개이다."])
    lines = clues + [extra]
    rng.shuffle(lines)
    fmt = rng.choice(["word", "mcq"])
    stem = rng.choice(["다음 조건을 모두 만족시키는 입체도형은?", "다음 조건을 만족하는 입체도형의 이름을 쓰시오.",
                       "다음 설명에 알맞은 입체도형을 말해 보시오."])
    body = "\n".join(f"(가) {lines[0]}\n(나) {lines[1]}\n(다) {lines[2]}".split("\n"))
    ans = f"{_KN[n]}{kind}"
    if fmt == "mcq":
        stem = "다음 조건을 모두 만족시키는 입체도형은?"
        others = [k for k in ("각기둥", "각뿔", "각뿔대") if k != kind]
        dis = [f"{_KN[m]}{k}" for k in others for m in (n - 1, n, n + 1) if 3 <= m <= 12]
        dis += [f"{_KN[m]}{kind}" for m in (n - 1, n + 1, n + 2) if 3 <= m <= 12]
        ch = choices(rng, ans, dis)
        return Problem(text=with_choices(f"{stem}\n{body}", ch), answer=ch.label, format="mcq", difficulty=2,
                       achievement_level="D", concepts=["다면체", "각뿔대"], choice=ch,
                       check=lambda: _poly_counts(kind, n) == (f, e, v))
    return Problem(text=f"{stem}\n{body}", answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["다면체", "각뿔대"], check=lambda: v - e + f == 2)


@family("9수03-07", "regular-polyhedra")
def _f07_reg(rng: random.Random) -> Problem:
    nm = rng.choice(list(_REG))
    f, v, e, shape, k = _REG[nm]
    mode = rng.randrange(4)
    if mode == 0:
        text = (f"모든 면이 합동인 {shape}이고, 각 꼭짓점에 모인 면의 개수가 {k}개인 정다면체의 이름을 {_end(rng, '쓰')}")
        ans, lvl, d, fmt = nm, "D", 2, "word"
        ok = sum(1 for x in _REG.values() if x[3] == shape and x[4] == k) == 1
    elif mode == 1:
        q = rng.choice(["꼭짓점", "모서리"])
        val = v if q == "꼭짓점" else e
        text = rng.choice([f"{nm}의 {q}의 개수를 {_end(rng)}", f"{nm}에서 {josa(q, '은/는')} 모두 몇 개인가?"])
        ans, lvl, d, fmt = f"{val}개", "E", 1, "computation"
        ok = v - e + f == 2
    elif mode == 2:
        a, b = rng.sample(list(_REG), 2)
        q = rng.choice(["꼭짓점", "모서리", "면"])
        idx = {"면": 0, "꼭짓점": 1, "모서리": 2}[q]
        val = _REG[a][idx] + _REG[b][idx]
        text = f"{a}의 {q}의 개수와 {b}의 {q}의 개수의 합을 {_end(rng)}"
        ans, lvl, d, fmt = str(val), "D", 2, "computation"
        ok = True
    else:
        # face shape mcq
        stmts_true = [f"{n2}의 면의 모양은 {_REG[n2][3]}이다." for n2 in _REG] + \
                     [f"{n2}의 한 꼭짓점에 모인 면의 개수는 {_REG[n2][4]}개이다." for n2 in _REG] + \
                     ["정다면체는 다섯 가지뿐이다.", "면의 모양이 정삼각형인 정다면체는 세 가지이다."]
        wrong_shape = {"정삼각형": "정사각형", "정사각형": "정삼각형", "정오각형": "정육각형"}
        stmts_false = [f"{n2}의 면의 모양은 {wrong_shape[_REG[n2][3]]}이다." for n2 in _REG] + \
                      [f"{n2}의 한 꼭짓점에 모인 면의 개수는 {_REG[n2][4] + 1}개이다." for n2 in _REG] + \
                      ["면의 모양이 정육각형인 정다면체도 있다.", "정다면체는 모두 여섯 가지이다."]
        corr = rng.choice(stmts_false)
        ch = choices(rng, corr, rng.sample(stmts_true, 8))
        stem = rng.choice(["정다면체에 대한 설명으로 옳지 않은 것은?", "다음 중 정다면체에 대한 설명으로 틀린 것을 고르시오."])
        return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                       concepts=["정다면체"], choice=ch)
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lvl,
                   concepts=["정다면체", "다면체"], check=lambda: ok)


_ROT = [  # (plane figure, axis description, solid)
    ("직사각형", "한 변", "원기둥"), ("직각삼각형", "직각을 낀 한 변", "원뿔"),
    ("반원", "지름", "구"), ("두 각이 직각인 사다리꼴", "두 직각을 잇는 변(높이)", "원뿔대"),
]


@family("9수03-07", "rotation-solid-identify")
def _f07_rot(rng: random.Random) -> Problem:
    fig, axis, solid = rng.choice(_ROT)
    mode = rng.randrange(2)
    if mode == 0:
        stem = rng.choice([f"{josa(fig, '을/를')} {josa(axis, '을/를')} 회전축으로 하여 1회전 시킬 때 생기는 입체도형은?",
                           f"다음 중 {fig}의 {josa(axis, '을/를')} 축으로 한 바퀴 돌렸을 때 만들어지는 회전체는?"])
        ch = choices(rng, solid, [x for x in ["원기둥", "원뿔", "구", "원뿔대", "반구", "삼각뿔", "사각기둥"] if x != solid])
        return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                       concepts=["회전체", "회전축", solid if solid == "원뿔대" else "회전체"], choice=ch)
    text = rng.choice([f"어떤 평면도형을 한 직선을 축으로 1회전 시켰더니 {josa(solid, '이/가')} 되었다. 회전시키기 전의 평면도형으로 알맞은 것과 회전축을 {_end(rng, '쓰')}",
                       f"{josa(solid, '은/는')} 어떤 평면도형을 어느 직선을 회전축으로 하여 1회전 시킨 것인지 설명하시오."])
    return Problem(text=text, answer=f"{fig}, {axis}", format="proof" if "설명" in text else "word", difficulty=2,
                   achievement_level="D", concepts=["회전체", "회전축"])


@family("9수03-07", "rotation-cross-section")
def _f07_cross(rng: random.Random) -> Problem:
    st = pick_style(rng)
    solid = rng.choice(["원기둥", "원뿔", "원뿔대", "구"])
    u = "cm"
    mode = rng.randrange(2)
    if mode == 0:
        shape_axis = {"원기둥": "직사각형", "원뿔": "이등변삼각형", "원뿔대": "사다리꼴", "구": "원"}[solid]
        cut = rng.choice(["axis", "perp"])
        if cut == "axis":
            q = f"{josa(solid, '을/를')} 회전축을 포함하는 평면으로 자를 때 생기는 단면의 모양을 {_end(rng, '쓰')}"
            ans = shape_axis
        else:
            q = f"{josa(solid, '을/를')} 회전축에 수직인 평면으로 자를 때 생기는 단면의 모양을 {_end(rng, '쓰')}"
            ans = "원"
        return Problem(text=q, answer=ans, format="computation", difficulty=1, achievement_level="E",
                       concepts=["회전체", "회전축"])
    # area of the cross-section containing the axis
    if solid == "원기둥":
        r, h = rng.randint(2, 9), rng.randint(3, 12)
        s = 2 * r * h
        desc = f"밑면의 반지름의 길이가 {_V(r, st, u)}, 높이가 {_V(h, st, u)}인 원기둥"
    elif solid == "원뿔":
        r, h = rng.randint(2, 9), rng.randint(3, 12)
        s = r * h
        desc = f"밑면의 반지름의 길이가 {_V(r, st, u)}, 높이가 {_V(h, st, u)}인 원뿔"
    elif solid == "원뿔대":
        r1 = rng.randint(2, 5)
        r2, h = r1 + rng.randint(1, 5), rng.randint(3, 10)
        s = (r1 + r2) * h
        desc = f"두 밑면의 반지름의 길이가 각각 {_V(r1, st, u)}, {_V(r2, st, u)}이고 높이가 {_V(h, st, u)}인 원뿔대"
    else:
        r = rng.randint(2, 10)
        s = _PI * r * r
        desc = f"반지름의 길이가 {_V(r, st, u)}인 구"
    text = rng.choice([f"{josa(desc, '을/를')} 회전축을 포함하는 평면으로 자를 때 생기는 단면의 넓이를 {_end(rng)}",
                       f"{josa(desc, '을/를')} 회전축을 포함하는 평면으로 잘랐다. 이때 생기는 단면의 넓이는 몇 cm²인가?"])
    return Problem(text=text, answer=_A(s, "cm²"), format="computation", difficulty=3, achievement_level="C",
                   concepts=["회전체", "회전축", "원뿔대"] if solid == "원뿔대" else ["회전체", "회전축"],
                   check=lambda: float(s) > 0)


@family("9수03-07", "cone-net-sector")
def _f07_net(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        r, g = rng.randint(2, 12), rng.randint(4, 24)
        if r < g and (360 * r) % g == 0:
            break
    ang = 360 * r // g
    mode = rng.randrange(3)
    if mode == 0:
        text = rng.choice([f"밑면의 반지름의 길이가 {_V(r, st, 'cm')}, 모선의 길이가 {_V(g, st, 'cm')}인 원뿔의 전개도에서 옆면인 부채꼴의 중심각의 크기를 {_end(rng)}",
                           f"모선의 길이가 {_V(g, st, 'cm')}이고 밑면의 반지름의 길이가 {_V(r, st, 'cm')}인 원뿔을 펼쳤을 때, 옆면이 되는 부채꼴의 중심각은 몇 도인가?"])
        ans = f"{ang}°"
    elif mode == 1:
        text = f"원뿔의 전개도에서 옆면인 부채꼴의 반지름의 길이가 {_V(g, st, 'cm')}, 중심각의 크기가 {_m(f'{ang}°', st)}일 때, 이 원뿔의 밑면의 반지름의 길이를 {_end(rng)}"
        ans = _A(r, "cm")
    else:
        text = (f"원뿔의 전개도에서 밑면인 원의 둘레의 길이와 옆면인 부채꼴의 호의 길이가 같다는 것을 이용하려고 한다. "
                f"밑면의 반지름의 길이가 {_V(r, st, 'cm')}, 옆면인 부채꼴의 중심각의 크기가 {_m(f'{ang}°', st)}인 원뿔의 모선의 길이를 {_end(rng)}")
        ans = _A(g, "cm")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["회전체", "부채꼴"], check=lambda: 2 * _PI * g * ang / 360 == 2 * _PI * r)


@family("9수03-07", "solid-statements-mcq")
def _f07_stmt(rng: random.Random) -> Problem:
    true = [
        "각뿔대의 옆면은 모두 사다리꼴이다.", "각뿔대의 두 밑면은 서로 평행하다.",
        "회전체를 회전축에 수직인 평면으로 자른 단면은 항상 원이다.",
        "회전체를 회전축을 포함하는 평면으로 자른 단면은 회전축에 대하여 선대칭도형이다.",
        "구는 어느 방향으로 잘라도 그 단면이 원이다.", "n각뿔의 면의 개수는 (n + 1)개이다.",
        "원뿔대는 원뿔을 밑면에 평행한 평면으로 잘라서 생긴 두 입체도형 중 원뿔이 아닌 쪽이다.",
        "원기둥을 회전축을 포함하는 평면으로 자른 단면은 직사각형이다.",
    ]
    false = [
        "각뿔대의 옆면은 모두 직사각형이다.", "각뿔의 옆면은 모두 사다리꼴이다.",
        "회전체를 회전축을 포함하는 평면으로 자른 단면은 항상 원이다.",
        "원뿔을 회전축을 포함하는 평면으로 자른 단면은 직각삼각형이다.",
        "n각기둥의 모서리의 개수는 2n개이다.", "원기둥은 다면체이다.",
        "각뿔대의 두 밑면은 합동이다.",
    ]
    ask_false = rng.random() < 0.5
    if ask_false:
        corr, dis = rng.choice(false), rng.sample(true, 4)
        stem = rng.choice(["다음 중 옳지 않은 것은?", "입체도형에 대한 설명으로 옳지 않은 것을 고르시오."])
    else:
        corr, dis = rng.choice(true), rng.sample(false, 4)
        stem = rng.choice(["다음 중 옳은 것은?", "입체도형에 대한 설명으로 옳은 것을 고르시오."])
    ch = choices(rng, corr, dis)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["다면체", "회전체", "각뿔대"], choice=ch)


@family("9수03-07", "euler-table-fill")
def _f07_table(rng: random.Random) -> Problem:
    solids = []
    for kind, n in rng.sample([(k, m) for k in ("각기둥", "각뿔", "각뿔대") for m in range(3, 9)], 3):
        solids.append((f"{_KN[n]}{kind}", *_poly_counts(kind, n)))
    hide_r, hide_c = rng.randrange(3), rng.randrange(3)
    rows = []
    for i, (nm, f, e, v) in enumerate(solids):
        cells = [str(v), str(e), str(f)]
        if i == hide_r:
            cells[hide_c] = "□"
        rows.append(f"| {nm} | {' | '.join(cells)} |")
    nm, f, e, v = solids[hide_r]
    val = [v, e, f][hide_c]
    text = ("다음은 여러 가지 다면체의 꼭짓점, 모서리, 면의 개수를 조사한 표이다. □ 안에 알맞은 수를 써넣고, "
            "각 다면체에서 (꼭짓점의 개수) - (모서리의 개수) + (면의 개수)의 값을 구하시오.\n"
            "| 다면체 | 꼭짓점 | 모서리 | 면 |\n" + "\n".join(rows))
    return Problem(text=text, answer=f"□ = {val}, 모두 2", format="data", difficulty=3, achievement_level="B",
                   concepts=["다면체", "각뿔대"], check=lambda: all(a - b + c == 2 for _, c, b, a in solids))


# ================================================================================================
# 9수03-08 입체도형의 겉넓이와 부피
# ================================================================================================
_TRIPLES = ((3, 4, 5), (6, 8, 10), (5, 12, 13), (9, 12, 15), (8, 15, 17), (12, 16, 20), (7, 24, 25))


@family("9수03-08", "prism-surface-volume")
def _f08_prism(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u = rng.choice(["cm", "cm", "m"])
    h = rng.randint(3, 15)
    kind = rng.randrange(3)
    if kind == 0:
        a, b = rng.randint(2, 12), rng.randint(2, 12)
        base, perim = a * b, 2 * (a + b)
        desc = f"밑면의 가로가 {_V(a, st, u)}, 세로가 {_V(b, st, u)}이고 높이가 {_V(h, st, u)}인 사각기둥"
    elif kind == 1:
        p, q, c = rng.choice(_TRIPLES)
        base, perim = _R(p * q, 2), p + q + c
        desc = (f"밑면이 세 변의 길이가 {_V(p, st, u)}, {_V(q, st, u)}, {_V(c, st, u)}인 직각삼각형이고 "
                f"높이가 {_V(h, st, u)}인 삼각기둥")
    else:
        a = rng.randint(2, 8)
        t, s2 = 4, 5  # isosceles trapezoid: parallel sides a, a+6, height 4, legs 5
        b = a + 6
        base, perim = _R((a + b) * t, 2), a + b + 2 * s2
        desc = (f"밑면이 평행한 두 변의 길이가 {_V(a, st, u)}, {_V(b, st, u)}, 높이가 {_V(t, st, u)}이고 나머지 두 변의 길이가 "
                f"모두 {_V(s2, st, u)}인 사다리꼴이며, 기둥의 높이가 {_V(h, st, u)}인 사각기둥")
    surf, vol = 2 * base + perim * h, base * h
    q = rng.randrange(3)
    if q == 0:
        text = f"{desc}의 겉넓이를 {_end(rng)}"
        ans = _A(surf, _sq(u))
    elif q == 1:
        text = rng.choice([f"{desc}의 부피를 {_end(rng)}", f"{desc}의 부피는 몇 {_cu(u)}인가?"])
        ans = _A(vol, _cu(u))
    else:
        text = f"{desc}의 겉넓이와 부피를 차례로 {_end(rng)}"
        ans = f"{_A(surf, _sq(u))}, {_A(vol, _cu(u))}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2 + (kind == 2), achievement_level="D",
                   concepts=["겉넓이", "부피"], check=lambda: surf - 2 * vol / h == perim * h)


@family("9수03-08", "cylinder-surface-volume")
def _f08_cyl(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u = rng.choice(["cm", "cm", "m"])
    r, h = rng.randint(1, 10), rng.randint(2, 15)
    surf, vol = 2 * _PI * r * r + 2 * _PI * r * h, _PI * r * r * h
    mode = rng.randrange(4)
    d = rng.random() < 0.4
    rdesc = f"밑면의 지름의 길이가 {_V(2 * r, st, u)}" if d else f"밑면의 반지름의 길이가 {_V(r, st, u)}"
    if mode == 0:
        text = rng.choice([f"{rdesc}이고 높이가 {_V(h, st, u)}인 원기둥의 겉넓이를 {_end(rng)}",
                           f"{rdesc}, 높이가 {_V(h, st, u)}인 원기둥의 겉넓이는?"])
        ans, lvl, df = _A(surf, _sq(u)), "D", 2
    elif mode == 1:
        text = f"{rdesc}이고 높이가 {_V(h, st, u)}인 원기둥의 부피를 {_end(rng)}"
        ans, lvl, df = _A(vol, _cu(u)), "E", 1
    elif mode == 2:
        text = f"부피가 {_V(vol, st, _cu(u))}이고 밑면의 반지름의 길이가 {_V(r, st, u)}인 원기둥의 높이를 {_end(rng)}"
        ans, lvl, df = _A(h, u), "C", 3
    else:
        text = (f"원기둥의 전개도에서 옆면인 직사각형의 가로의 길이가 {_V(2 * _PI * r, st, u)}, 세로의 길이가 {_V(h, st, u)}이다. "
                f"이 원기둥의 겉넓이를 {_end(rng)}")
        ans, lvl, df = _A(surf, _sq(u)), "C", 3
    return Problem(text=text, answer=ans, format="computation", difficulty=df, achievement_level=lvl,
                   concepts=["겉넓이", "부피"], check=lambda: surf == 2 * vol / h + 2 * vol / r)


@family("9수03-08", "pyramid-surface-volume")
def _f08_pyr(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u = "cm"
    a = rng.randint(2, 12)
    mode = rng.randrange(3)
    if mode == 0:
        s = rng.randint(a // 2 + 1, 15)
        surf = a * a + 4 * _R(a * s, 2)
        text = rng.choice([
            f"밑면은 한 변의 길이가 {_V(a, st, u)}인 정사각형이고, 옆면은 밑변의 길이가 {_V(a, st, u)}, 높이가 {_V(s, st, u)}인 "
            f"이등변삼각형 4개로 이루어진 사각뿔의 겉넓이를 {_end(rng)}",
            f"정사각뿔의 밑면의 한 변의 길이가 {_V(a, st, u)}이고, 옆면인 삼각형의 높이가 {_V(s, st, u)}일 때, 이 사각뿔의 겉넓이를 {_end(rng)}",
        ])
        ans, lvl, df = _A(surf, "cm²"), "D", 2
        chk = surf == a * (a + 2 * s)
    elif mode == 1:
        h = rng.randint(3, 15)
        b = rng.randint(2, 12)
        vol = _R(a * b * h, 3)
        text = f"밑면의 가로와 세로의 길이가 각각 {_V(a, st, u)}, {_V(b, st, u)}인 직사각형이고 높이가 {_V(h, st, u)}인 사각뿔의 부피를 {_end(rng)}"
        ans, lvl, df = _A(vol, "cm³"), "D", 2
        chk = 3 * vol == a * b * h
    else:
        # corner cut from a cube
        x = rng.randint(2, 6)
        big = rng.randint(x + 2, 12)
        vcut = _R(x ** 3, 6)
        rest = big ** 3 - vcut
        text = (f"한 모서리의 길이가 {_V(big, st, u)}인 정육면체의 한 꼭짓점에서 만나는 세 모서리 위에 그 꼭짓점으로부터 각각 {_V(x, st, u)} 떨어진 "
                f"점을 잡고, 세 점을 지나는 평면으로 잘라 삼각뿔을 떼어 냈다. 남은 입체도형의 부피를 {_end(rng)}")
        ans, lvl, df = _A(rest, "cm³"), "B", 4
        chk = rest + _R(1, 3) * _R(x * x, 2) * x == big ** 3
    return Problem(text=text, answer=ans, format="computation", difficulty=df, achievement_level=lvl,
                   concepts=["겉넓이", "부피"], check=lambda: chk)


@family("9수03-08", "cone-surface-volume")
def _f08_cone(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u = "cm"
    k = rng.randint(1, 3)
    r, h, g = (k * t for t in rng.choice(((3, 4, 5), (4, 3, 5), (5, 12, 13), (6, 8, 10), (8, 6, 10), (9, 12, 15))))
    if r > 12:
        r, h, g = rng.choice(((3, 4, 5), (6, 8, 10), (5, 12, 13)))
    surf, vol = _PI * r * r + _PI * r * g, _PI * r * r * h / 3
    mode = rng.randrange(3)
    if mode == 0:
        text = rng.choice([f"밑면의 반지름의 길이가 {_V(r, st, u)}이고 모선의 길이가 {_V(g, st, u)}인 원뿔의 겉넓이를 {_end(rng)}",
                           f"모선의 길이가 {_V(g, st, u)}, 밑면의 반지름의 길이가 {_V(r, st, u)}인 원뿔의 겉넓이는 몇 cm²인가?"])
        ans, lvl, df = _A(surf, "cm²"), "D", 2
    elif mode == 1:
        text = f"밑면의 반지름의 길이가 {_V(r, st, u)}, 높이가 {_V(h, st, u)}인 원뿔의 부피를 {_end(rng)}"
        ans, lvl, df = _A(vol, "cm³"), "E", 1
    else:
        text = (f"밑면의 반지름의 길이가 {_V(r, st, u)}, 높이가 {_V(h, st, u)}, 모선의 길이가 {_V(g, st, u)}인 원뿔의 "
                f"겉넓이와 부피를 차례로 {_end(rng)}")
        ans, lvl, df = f"{_A(surf, 'cm²')}, {_A(vol, 'cm³')}", "C", 3
    # lateral area = sector of radius g with arc 2πr
    return Problem(text=text, answer=ans, format="computation", difficulty=df, achievement_level=lvl,
                   concepts=["겉넓이", "부피"],
                   check=lambda: surf - _PI * r * r == g * (2 * _PI * r) / 2 and r * r + h * h == g * g)


@family("9수03-08", "sphere-surface-volume")
def _f08_sphere(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u = rng.choice(["cm", "cm", "m"])
    r = rng.randint(1, 12)
    mode = rng.randrange(4)
    if mode == 0:
        val = 4 * _PI * r * r
        text = f"반지름의 길이가 {_V(r, st, u)}인 구의 겉넓이를 {_end(rng)}"
        ans, lvl, df = _A(val, _sq(u)), "E", 1
    elif mode == 1:
        val = _R(4, 3) * _PI * r ** 3
        text = rng.choice([f"반지름의 길이가 {_V(r, st, u)}인 구의 부피를 {_end(rng)}", f"지름의 길이가 {_V(2 * r, st, u)}인 구의 부피는?"])
        ans, lvl, df = _A(val, _cu(u)), "D", 2
    elif mode == 2:
        val = 3 * _PI * r * r
        text = rng.choice([f"반지름의 길이가 {_V(r, st, u)}인 반구의 겉넓이를 {_end(rng)}",
                           f"구를 중심을 지나는 평면으로 잘라 만든 반구가 있다. 반구의 반지름이 {_V(r, st, u)}일 때 겉넓이를 {_end(rng)}"])
        ans, lvl, df = _A(val, _sq(u)), "C", 3
    else:
        val = 4 * _PI * r * r
        text = f"겉넓이가 {_V(val, st, _sq(u))}인 구의 부피를 {_end(rng)}"
        val = _R(4, 3) * _PI * r ** 3
        ans, lvl, df = _A(val, _cu(u)), "C", 3
    return Problem(text=text, answer=ans, format="computation", difficulty=df, achievement_level=lvl,
                   concepts=["겉넓이", "부피"], check=lambda: float(val) > 0 and r > 0)


@family("9수03-08", "frustum-volume")
def _f08_frustum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u = "cm"
    kind = rng.choice(["원뿔대", "사각뿔대"])
    r1 = rng.randint(1, 5)
    k = rng.randint(2, 4)
    r2 = r1 * k
    H = rng.randint(2, 6) * k  # full height, small cone height = H/k
    hs = H // k
    h = H - hs
    if kind == "원뿔대":
        vol = _PI * r2 * r2 * H / 3 - _PI * r1 * r1 * hs / 3
        desc = f"두 밑면의 반지름의 길이가 각각 {_V(r1, st, u)}, {_V(r2, st, u)}이고 높이가 {_V(h, st, u)}인 원뿔대"
    else:
        vol = _R((2 * r2) ** 2 * H, 3) - _R((2 * r1) ** 2 * hs, 3)
        desc = (f"두 밑면이 한 변의 길이가 각각 {_V(2 * r1, st, u)}, {_V(2 * r2, st, u)}인 정사각형이고 높이가 {_V(h, st, u)}인 "
                f"사각뿔대")
    hint = rng.choice([f" (단, 이 {kind}는 높이가 {_V(H, st, u)}인 뿔을 밑면에 평행한 평면으로 잘라 만든 것이다.)",
                       f" (단, 잘라 낸 작은 뿔의 높이는 {_V(hs, st, u)}이다.)"])
    text = f"{desc}의 부피를 {_end(rng)}{hint}"
    # prismatoid check: V = h/3 (A1 + A2 + sqrt(A1 A2))
    a1 = (_PI * r1 * r1) if kind == "원뿔대" else sp.Integer(2 * r1) ** 2
    a2 = (_PI * r2 * r2) if kind == "원뿔대" else (2 * r2) ** 2
    return Problem(text=text, answer=_A(sp.expand(vol), "cm³"), format="computation", difficulty=4, achievement_level="B",
                   concepts=["부피", kind if kind == "원뿔대" else "각뿔대"],
                   check=lambda: sp.expand(vol - _R(h, 3) * (a1 + a2 + r1 * r2 * (a1 / (r1 * r1)))) == 0)


@family("9수03-08", "archimedes-cylinder")
def _f08_arch(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.randint(1, 9)
    u = "cm"
    vc = _PI * r * r * 2 * r
    vs = _R(4, 3) * _PI * r ** 3
    vk = _PI * r * r * 2 * r / 3
    mode = rng.randrange(3)
    if mode == 0:
        text = (f"원기둥 안에 구와 원뿔이 꼭 맞게 들어 있다. 구의 반지름의 길이가 {_V(r, st, u)}일 때, 원뿔, 구, 원기둥의 부피의 비를 "
                f"가장 간단한 자연수의 비로 나타내시오.")
        ans, fmt, lvl = "1 : 2 : 3", "computation", "B"
        chk = vk * 2 == vs and vk * 3 == vc
    elif mode == 1:
        text = (f"반지름의 길이가 {_V(r, st, u)}인 공 하나가 꼭 맞게 들어가는 원기둥 모양의 통이 있다. 통에 공을 넣은 뒤 빈 공간을 물로 "
                f"가득 채울 때, 필요한 물의 부피를 {_end(rng)} (단, 통의 두께는 생각하지 않는다.)")
        ans, fmt, lvl = _A(vc - vs, "cm³"), "word", "B"
        chk = vc - vs == vs / 2
    else:
        text = (f"지름의 길이가 {_V(2 * r, st, u)}인 구 모양의 공 3개가 꼭 맞게 들어가는 원기둥 모양의 통이 있다. "
                f"통의 옆면의 넓이를 {_end(rng)}")
        side = 2 * _PI * r * 6 * r
        ans, fmt, lvl = _A(side, "cm²"), "word", "C"
        chk = side == 3 * 4 * _PI * r * r
    return Problem(text=text, answer=ans, format=fmt, difficulty=4, achievement_level=lvl,
                   concepts=["부피", "겉넓이"], check=lambda: chk)


@family("9수03-08", "real-life-containers")
def _f08_life(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    if mode == 0:
        r, h = rng.choice([(3, 8), (4, 9), (5, 12), (6, 10), (3, 10)])
        sr = rng.choice([1, r // 2 or 1])
        vc = _PI * r * r * h / 3
        vb = _R(4, 3) * _PI * sr ** 3
        text = (f"밑면의 반지름의 길이가 {_V(r, st, 'cm')}, 높이가 {_V(h, st, 'cm')}인 원뿔 모양의 그릇에 물을 가득 채우려고 한다. "
                f"반지름의 길이가 {_V(sr, st, 'cm')}인 반구 모양의 국자로 물을 부으면 최소 몇 번 부어야 하는가?")
        times = -(-(r * r * h) // (2 * sr ** 3))
        ans, chk = f"{times}번", (times - 1) * vb / 2 < vc <= times * vb / 2
    elif mode == 1:
        a, b, c = rng.randint(20, 60), rng.randint(20, 50), rng.randint(20, 40)
        wall = rng.randint(1, 2)
        inner = (a - 2 * wall) * (b - 2 * wall) * (c - wall)
        text = (f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체 모양의 뚜껑 없는 나무 상자가 있다. 옆면과 밑면의 두께가 모두 "
                f"{wall} cm일 때, 이 상자에 담을 수 있는 물의 최대 부피는 몇 cm³인지 {_end(rng)}")
        ans, chk = f"{inner} cm³", inner == (a - 2 * wall) * (b - 2 * wall) * (c - wall)
    else:
        r, h = rng.randint(2, 6), rng.randint(5, 15)
        paint = 2 * _PI * r * h + _PI * r * r
        text = (f"밑면의 반지름의 길이가 {_V(r, st, 'm')}, 높이가 {_V(h, st, 'm')}인 원기둥 모양의 물탱크가 있다. 바닥을 제외한 겉면 전체에 "
                f"페인트를 칠하려고 할 때, 칠해야 하는 부분의 넓이를 {_end(rng)}")
        ans, chk = _A(paint, "m²"), paint == _PI * r * (2 * h + r)
    return Problem(text=text, answer=ans, format="word", difficulty=4 if mode == 0 else 3, achievement_level="B" if mode == 0 else "C",
                   concepts=["부피", "겉넓이"], check=lambda: chk)


@family("9수03-08", "rotation-solid-volume")
def _f08_rotvol(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    mode = rng.randrange(3)
    if mode == 0:
        fig = f"가로의 길이가 {_V(a, st, 'cm')}, 세로의 길이가 {_V(b, st, 'cm')}인 직사각형"
        axis = "세로"
        vol = _PI * a * a * b
    elif mode == 1:
        fig = f"직각을 낀 두 변의 길이가 {_V(a, st, 'cm')}(밑변), {_V(b, st, 'cm')}(높이)인 직각삼각형"
        axis = "높이를 나타내는 변"
        vol = _PI * a * a * b / 3
    else:
        fig = f"반지름의 길이가 {_V(a, st, 'cm')}인 반원"
        axis = "지름"
        vol = _R(4, 3) * _PI * a ** 3
    text = rng.choice([f"{josa(fig, '을/를')} {josa(axis, '을/를')} 회전축으로 하여 1회전 시킬 때 생기는 입체도형의 부피를 {_end(rng)}",
                       f"{fig}의 {josa(axis, '을/를')} 축으로 한 바퀴 돌려 만든 회전체의 부피는 몇 cm³인가?"])
    return Problem(text=text, answer=_A(vol, "cm³"), format="computation", difficulty=3, achievement_level="C",
                   concepts=["부피", "회전체"], also=["9수03-07"], check=lambda: float(vol) > 0)


# ================================================================================================
# 9수03-09 이등변삼각형의 성질
# ================================================================================================
@family("9수03-09", "isosceles-base-angles")
def _f09_base(rng: random.Random) -> Problem:
    st = pick_style(rng)
    v = rng.choice(["ABC", "ABC", "PQR", "DEF"])
    A, B, C = v
    mode = rng.randrange(3)
    if mode == 0:
        top = rng.randrange(20, 160, 2)
        base = (180 - top) // 2
        text = rng.choice([f"{_m(f'~{A}{B} = ~{A}{C}', st)}인 이등변삼각형 {v}에서 {_m(f'<{A} = {top}°', st)}일 때, {_m(f'<{B}', st)}의 크기를 {_end(rng)}",
                           f"{_m(f'△{v}', st)}에서 {_m(f'~{A}{B} = ~{A}{C}', st)}이고 꼭지각의 크기가 {_m(f'{top}°', st)}이다. 한 밑각의 크기는 몇 도인가?"])
        ans, chk = f"{base}°", top + 2 * base == 180
    elif mode == 1:
        base = rng.randint(20, 85)
        top = 180 - 2 * base
        text = f"{_m(f'~{A}{B} = ~{A}{C}', st)}인 {_m(f'△{v}', st)}에서 {_m(f'<{C} = {base}°', st)}일 때, {_m(f'<{A}', st)}의 크기를 {_end(rng)}"
        ans, chk = f"{top}°", top + 2 * base == 180
    else:
        ext = rng.randint(95, 170)
        base = 180 - ext
        top = 180 - 2 * base
        text = (f"{_m(f'~{A}{B} = ~{A}{C}', st)}인 {_m(f'△{v}', st)}에서 변 {B}{C}의 연장선 위에 점 D를 잡았더니 "
                f"{_m(f'<{A}{C}D = {ext}°', st)}였다. {_m(f'<{A}', st)}의 크기를 {_end(rng)}")
        ans, chk = f"{top}°", top + base == ext
    return Problem(text=text, answer=ans, format="computation", difficulty=1 + (mode == 2), achievement_level="E" if mode < 2 else "D",
                   concepts=["이등변삼각형", "꼭지각", "밑각"], check=lambda: chk)


@family("9수03-09", "isosceles-chain")
def _f09_chain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x = rng.choice([15, 18, 20, 22, 24, 25, 26, 28, 30, 32])
    mode = rng.randrange(2)
    if mode == 0:
        # AC = CD = DB? classic: BD = DC = CA, ∠B = x → ∠ADC = 2x, ∠CAD = 2x, ∠ACE(ext) = 3x
        text = (f"{_m('△ABC', st)}의 변 AB 위에 점 D를 잡았더니 {_m('~DB = ~DC = ~CA', st)}가 되었다. {_m(f'<B = {x}°', st)}일 때, "
                f"{_m('<BAC', st)}의 크기를 {_end(rng)}")
        ans = 2 * x
        chk = (180 - 2 * x) + 2 * x == 180  # ∠ADC = 2x (exterior), △CAD isosceles → ∠CAD = 2x
    else:
        x = rng.choice([10, 12, 15, 18, 20])
        text = (f"{_m('<XOY', st)}의 두 변 위에 점 A, B, C, D를 차례로 잡아 {_m('~OA = ~AB = ~BC = ~CD', st)}가 되게 하였다. "
                f"{_m(f'<XOY = {x}°', st)}일 때, {_m('<DCX', st)}의 크기를 {_end(rng)} (단, 점 A, C는 반직선 OX 위에, 점 B, D는 반직선 OY 위에 있다.)")
        ans = 4 * x
        chk = 4 * x < 90
    return Problem(text=text, answer=f"{ans}°", format="computation", difficulty=4, achievement_level="B",
                   concepts=["이등변삼각형", "밑각"], check=lambda: chk)


@family("9수03-09", "vertex-bisector-perpendicular")
def _f09_bis(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u = "cm"
    bc = rng.randint(3, 12) * 2
    top = rng.randrange(30, 150, 2)
    mode = rng.randrange(3)
    intro = rng.choice([f"{_m('~AB = ~AC', st)}인 이등변삼각형 ABC에서 {_m('<A', st)}의 이등분선이 변 BC와 만나는 점을 D라 하자.",
                        f"{_m('△ABC', st)}는 {_m('~AB = ~AC', st)}인 이등변삼각형이고, 점 D는 꼭지각의 이등분선과 밑변 BC의 교점이다."])
    if mode == 0:
        text = f"{intro} {_m(f'~BC = {bc} {u}', st)}일 때, {_m('~BD', st)}의 길이를 {_end(rng)}"
        ans, chk = _A(bc // 2, u), bc // 2 * 2 == bc
    elif mode == 1:
        text = f"{intro} {_m(f'<BAC = {top}°', st)}일 때, {_m('<ADB', st)}와 {_m('<BAD', st)}의 크기를 차례로 {_end(rng)}"
        ans, chk = f"90°, {top // 2}°", True
    else:
        text = (f"{intro} {_m(f'~BD = {bc // 2} {u}', st)}, {_m(f'<B = {(180 - top) // 2}°', st)}일 때, "
                f"{_m('~BC', st)}의 길이와 {_m('<CAD', st)}의 크기를 {_end(rng)}")
        ans, chk = f"{_A(bc, u)}, {top // 2}°", (180 - top) // 2 + top // 2 + 90 == 180
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["이등변삼각형", "꼭지각", "수직이등분선"], check=lambda: chk)


@family("9수03-09", "folded-paper-strip")
def _f09_fold(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randint(25, 80)
    mode = rng.randrange(2)
    if mode == 0:
        ask_c = rng.random() < 0.5
        tgt = "<ACB" if ask_c else "<BAC"
        text = rng.choice([
            f"폭이 일정한 직사각형 모양의 종이테이프를 선분 AB를 접는 선으로 하여 접었더니 겹쳐진 부분에 {_m('△ABC', st)}가 생겼다. "
            f"{_m(f'<ABC = {a}°', st)}일 때, {_m(tgt, st)}의 크기를 {_end(rng)} (단, 점 A, B는 테이프의 서로 다른 변 위에 있다.)",
            f"폭이 일정한 종이테이프를 비스듬히 접었더니 겹쳐진 부분에 삼각형 ABC가 생겼다. 접는 선이 AB이고 {_m(f'<ABC = {a}°', st)}일 때, "
            f"{_m(tgt, st)}의 크기는 몇 도인가? (단, 점 A, B는 테이프의 서로 다른 변 위에 있다.)",
        ])
        # fold angle = alternate angle, so ∠BAC = ∠ABC and △ABC is isosceles (CA = CB)
        ans = 180 - 2 * a if ask_c else a
        ok = a < 90
    else:
        w = rng.randint(3, 9)
        ln = rng.randint(w + 1, 15)
        text = (f"폭이 {_V(w, st, 'cm')}인 종이테이프를 접었더니 겹쳐진 부분에 삼각형 ABC가 생겼다. 접는 선 AB에 대하여 "
                f"{_m(f'~AC = {ln} cm', st)}일 때, {_m('~BC', st)}의 길이를 {_end(rng)}")
        ans_text = _A(ln, "cm")
        return Problem(text=text, answer=ans_text, format="word", difficulty=3, achievement_level="C",
                       concepts=["이등변삼각형", "엇각"], check=lambda: ln > w)
    return Problem(text=text, answer=f"{ans}°", format="word", difficulty=3, achievement_level="C",
                   concepts=["이등변삼각형", "엇각"], check=lambda: ok and ans in (a, 180 - 2 * a))


@family("9수03-09", "converse-equal-angles")
def _f09_conv(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x = sp.Symbol("x")
    sol = rng.randint(2, 9)
    p, q = rng.sample(range(1, 6), 2)
    c1 = rng.randint(1, 9)
    c2 = p * sol + c1 - q * sol
    e1, e2 = p * x + c1, q * x + c2
    side = p * sol + c1
    if side <= 0 or q * sol + c2 <= 0:
        e1, e2, sol, side = 2 * x + 3, 3 * x - 2, 5, 13
    B = rng.randint(30, 75)
    text = rng.choice([
        f"{_m('△ABC', st)}에서 {_m(f'<B = <C = {B}°', st)}이고, {_m(f'~AB = ({_mn(e1)}) cm', st)}, {_m(f'~AC = ({_mn(e2)}) cm', st)}일 때, x의 값을 {_end(rng)}",
        f"두 내각 {_m('<B', st)}, {_m('<C', st)}의 크기가 모두 {_m(f'{B}°', st)}인 {_m('△ABC', st)}에서 {_m('~AB', st)}의 길이는 ({_mn(e1)}) cm, "
        f"{_m('~AC', st)}의 길이는 ({_mn(e2)}) cm이다. {_m('~AB', st)}의 길이를 {_end(rng)}",
    ])
    ask_side = "길이를" in text.split("이다.")[-1]
    ans = f"{side} cm" if ask_side else str(sol)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="C",
                   concepts=["이등변삼각형"], check=lambda: sp.solve(sp.Eq(e1, e2), x) == [sol])


@family("9수03-09", "base-angle-proof-fill")
def _f09_proof(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(2)
    if mode == 0:
        blanks = ["~AC", "<CAD", "~AD", "SAS", "<C"]
        lines = [f"{_m('△ABC', st)}에서 {_m('<A', st)}의 이등분선과 변 BC의 교점을 D라 하면 {_m('△ABD', st)}와 {_m('△ACD', st)}에서",
                 f"{_m('~AB', st)} = (가)  …… ①", f"{_m('<BAD', st)} = (나)  …… ②", "(다)는 공통  …… ③",
                 f"①, ②, ③에서 {_m('△ABD ≡ △ACD', st)} ((라) 합동)", f"따라서 {_m('<B', st)} = (마)"]
        head = f"다음은 '{_m('~AB = ~AC', st)}인 이등변삼각형의 두 밑각의 크기는 같다'를 증명하는 과정이다. (가)~(마)에 알맞은 것을 {_end(rng, '쓰')}"
        ans = ", ".join(_m(b, "unicode") if b != "SAS" else "SAS" for b in blanks)
    else:
        lines = [f"{_m('<B = <C', st)}인 {_m('△ABC', st)}에서 {_m('<A', st)}의 이등분선과 변 BC의 교점을 D라 하면",
                 f"{_m('<BAD = <CAD', st)}, {_m('<B = <C', st)}이므로 {_m('<ADB', st)} = (가)",
                 f"또 {_m('~AD', st)}는 공통이므로 {_m('△ABD ≡ △ACD', st)} ((나) 합동)",
                 f"따라서 {_m('~AB', st)} = (다)"]
        blanks = ["<ADC", "ASA", "~AC"]
        head = f"다음은 '두 내각의 크기가 같은 삼각형은 이등변삼각형이다'를 증명하는 과정이다. (가)~(다)에 알맞은 것을 {_end(rng, '쓰')}"
        ans = ", ".join(_m(b, "unicode") if b != "ASA" else "ASA" for b in blanks)
    text = head + "\n" + "\n".join(lines)
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B",
                   concepts=["이등변삼각형", "증명", "삼각형의 합동 조건"], also=["9수03-04"])


@family("9수03-09", "isosceles-statements-mcq")
def _f09_mcq(rng: random.Random) -> Problem:
    true = ["이등변삼각형의 두 밑각의 크기는 같다.", "이등변삼각형의 꼭지각의 이등분선은 밑변을 수직이등분한다.",
            "두 내각의 크기가 같은 삼각형은 이등변삼각형이다.", "정삼각형은 이등변삼각형이다.",
            "이등변삼각형에서 꼭짓점과 밑변의 중점을 이은 선분은 밑변에 수직이다.",
            "이등변삼각형에서 꼭지각의 이등분선은 꼭짓점에서 밑변에 내린 수선과 일치한다."]
    false = ["이등변삼각형의 세 내각의 크기는 모두 같다.", "이등변삼각형의 밑각의 이등분선은 마주 보는 변을 수직이등분한다.",
             "이등변삼각형의 꼭지각은 항상 예각이다.", "이등변삼각형의 밑각은 둔각일 수도 있다.",
             "두 변의 길이가 같은 삼각형은 정삼각형이다.", "이등변삼각형의 꼭지각의 크기는 항상 밑각의 크기보다 크다."]
    if rng.random() < 0.5:
        corr, dis, stem = rng.choice(false), rng.sample(true, 4), rng.choice(["다음 중 옳지 않은 것은?", "이등변삼각형에 대한 설명으로 틀린 것을 고르시오."])
    else:
        corr, dis, stem = rng.choice(true), rng.sample(false, 4), rng.choice(["다음 중 옳은 것은?", "이등변삼각형에 대한 설명으로 옳은 것을 고르시오."])
    ch = choices(rng, corr, dis)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["이등변삼각형", "꼭지각", "밑각"], choice=ch)


@family("9수03-09", "base-angle-bisector")
def _f09_bb(rng: random.Random) -> Problem:
    st = pick_style(rng)
    top = rng.randrange(20, 120, 4)
    base = (180 - top) // 2
    half = _R(base, 2)
    mode = rng.randrange(2)
    if mode == 0:
        ans = 180 - top - half  # ∠ADB where BD bisects ∠B meets AC at D: ∠ADB = 180 - A - B/2
        text = (f"{_m('~AB = ~AC', st)}인 {_m('△ABC', st)}에서 {_m(f'<A = {top}°', st)}이다. {_m('<B', st)}의 이등분선이 변 AC와 만나는 점을 D라 할 때, "
                f"{_m('<ADB', st)}의 크기를 {_end(rng)}")
        chk = ans == half + base  # exterior angle of △BDC at D
    else:
        ans = 180 - base  # ∠BPC where BP, CP bisect the base angles
        text = (f"{_m('~AB = ~AC', st)}인 이등변삼각형 ABC에서 {_m('<B', st)}와 {_m('<C', st)}의 이등분선의 교점을 P라 하자. "
                f"{_m(f'<A = {top}°', st)}일 때, {_m('<BPC', st)}의 크기를 {_end(rng)}")
        chk = ans == 90 + _R(top, 2)
    return Problem(text=text, answer=_A(ans, "°"), format="computation", difficulty=3, achievement_level="C",
                   concepts=["이등변삼각형", "밑각"], check=lambda: chk)


# ================================================================================================
# 9수03-10 삼각형의 외심과 내심
# ================================================================================================
@family("9수03-10", "circumcenter-angles")
def _f10_oang(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    intro = rng.choice(["점 O가 {t}의 외심일 때,", "{t}의 외심을 O라 하자.", "점 O는 {t}의 외접원의 중심이다."]).format(t=_m("△ABC", st))
    if mode == 0:
        x, y = rng.randint(10, 45), rng.randint(10, 40)
        if x + y >= 85:
            x, y = 30, 25
        z = 90 - x - y
        text = f"{intro} {_m(f'<OAB = {x}°', st)}, {_m(f'<OBC = {y}°', st)}일 때, {_m('<OCA', st)}의 크기를 {_end(rng)}"
        ans, chk, lvl = z, 2 * (x + y + z) == 180, "C"
    elif mode == 1:
        a = rng.randint(25, 85)
        text = rng.choice([f"{intro} {_m(f'<BAC = {a}°', st)}이면 {_m('<BOC', st)}의 크기는 몇 도인가?",
                           f"{intro} {_m(f'<A = {a}°', st)}일 때, {_m('<BOC', st)}의 크기를 {_end(rng)}"])
        ans, chk, lvl = 2 * a, True, "C"
    else:
        boc = rng.randrange(60, 170, 2)
        text = f"{intro} {_m(f'<BOC = {boc}°', st)}일 때, {_m('<OBC', st)}와 {_m('<BAC', st)}의 크기를 차례로 {_end(rng)}"
        ans = None
        return Problem(text=text, answer=f"{(180 - boc) // 2}°, {boc // 2}°", format="computation", difficulty=3,
                       achievement_level="C", concepts=["외심", "이등변삼각형"], check=lambda: (180 - boc) // 2 * 2 + boc == 180)
    return Problem(text=text, answer=f"{ans}°", format="computation", difficulty=3, achievement_level=lvl,
                   concepts=["외심", "외접원"], check=lambda: chk)


@family("9수03-10", "right-triangle-circumradius")
def _f10_right(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(1, 3)
    a, b, c = (k * t for t in rng.choice(_TRIPLES[:5]))
    mode = rng.randrange(3)
    intro = f"{_m('<C = 90°', st)}인 직각삼각형 ABC에서 {_m(f'~AB = {c} cm', st)}"
    if mode == 0:
        text = f"{intro}일 때, {_m('△ABC', st)}의 외접원의 반지름의 길이를 {_end(rng)}"
        ans = _A(_R(c, 2), "cm")
    elif mode == 1:
        text = f"{intro}이고 점 O가 {_m('△ABC', st)}의 외심일 때, {_m('~OC', st)}의 길이를 {_end(rng)}"
        ans = _A(_R(c, 2), "cm")
    else:
        text = (f"세 변의 길이가 {a} cm, {b} cm, {c} cm인 직각삼각형의 외접원의 넓이를 {_end(rng)}")
        ans = _A(_PI * _R(c * c, 4), "cm²")
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["외심", "외접원"], check=lambda: a * a + b * b == c * c)


@family("9수03-10", "incenter-angle")
def _f10_iang(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randrange(20, 140, 2)
    bic = 90 + a // 2
    intro = rng.choice(["점 I가 {t}의 내심일 때,", "{t}의 내심을 I라 하자.", "점 I는 {t}의 세 내각의 이등분선의 교점이다."]).format(t=_m("△ABC", st))
    mode = rng.randrange(3)
    if mode == 0:
        text = f"{intro} {_m(f'<A = {a}°', st)}이면 {_m('<BIC', st)}의 크기는 몇 도인가?"
        ans = bic
    elif mode == 1:
        text = f"{intro} {_m(f'<BIC = {bic}°', st)}일 때, {_m('<BAC', st)}의 크기를 {_end(rng)}"
        ans = a
    else:
        x, y = rng.randint(10, 40), rng.randint(10, 35)
        if x + y >= 85:
            x, y = 25, 30
        text = f"{intro} {_m(f'<IAB = {x}°', st)}, {_m(f'<IBC = {y}°', st)}일 때, {_m('<ICA', st)}의 크기를 {_end(rng)}"
        ans = 90 - x - y
        return Problem(text=text, answer=f"{ans}°", format="computation", difficulty=2, achievement_level="D",
                       concepts=["내심", "각의 이등분선"], check=lambda: 2 * (x + y + ans) == 180)
    return Problem(text=text, answer=f"{ans}°", format="computation", difficulty=3, achievement_level="C",
                   concepts=["내심", "내접원"], check=lambda: 180 - (180 - a) / 2 == bic)


@family("9수03-10", "inradius-area")
def _f10_inr(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(1, 3)
    a, b, c = (k * t for t in rng.choice(_TRIPLES))
    area = _R(a * b, 2)
    r = _R(a + b - c, 2)
    mode = rng.randrange(3)
    if mode == 0:
        text = (f"{_m('<C = 90°', st)}인 직각삼각형 ABC에서 {_m(f'~BC = {a} cm', st)}, {_m(f'~CA = {b} cm', st)}, {_m(f'~AB = {c} cm', st)}일 때, "
                f"{_m('△ABC', st)}의 내접원의 반지름의 길이를 {_end(rng)}")
        ans = _A(r, "cm")
    elif mode == 1:
        text = (f"세 변의 길이가 {a} cm, {b} cm, {c} cm인 직각삼각형에 내접하는 원의 넓이를 {_end(rng)}")
        ans = _A(_PI * r * r, "cm²")
    else:
        per = rng.randint(12, 40)
        rr = rng.randint(2, 6)
        text = (f"둘레의 길이가 {per} cm이고 내접원의 반지름의 길이가 {rr} cm인 삼각형의 넓이를 {_end(rng)}")
        return Problem(text=text, answer=_A(_R(per * rr, 2), "cm²"), format="computation", difficulty=3, achievement_level="C",
                       concepts=["내심", "내접원"], check=lambda: _R(per * rr, 2) * 2 == per * rr)
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["내심", "내접원"], check=lambda: r * (a + b + c) / 2 == area)


@family("9수03-10", "incircle-tangent-lengths")
def _f10_tan(rng: random.Random) -> Problem:
    while True:
        x, y, z = rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 9)
        if len({x, y, z}) >= 2:
            break
    ab, bc, ca = x + y, y + z, z + x
    text = rng.choice([
        f"△ABC의 내접원이 세 변 AB, BC, CA와 만나는 점을 각각 D, E, F라 하자. AB = {ab} cm, BC = {bc} cm, CA = {ca} cm일 때, AD의 길이를 {_end(rng)}",
        f"삼각형 ABC에 내접하는 원과 변 AB, BC, CA의 접점이 각각 D, E, F이다. 세 변의 길이가 AB = {ab} cm, BC = {bc} cm, CA = {ca} cm일 때, 선분 AD의 길이는?",
    ])
    return Problem(text=text, answer=f"{x} cm", format="computation", difficulty=4, achievement_level="B",
                   concepts=["내심", "내접원", "접점"], also=["9수03-18"],
                   check=lambda: _R(ab + ca - bc, 2) == x)


@family("9수03-10", "incenter-parallel-line")
def _f10_par(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ab, ac = rng.randint(5, 15), rng.randint(5, 15)
    bc = rng.randint(abs(ab - ac) + 1, ab + ac - 1)
    text = rng.choice([
        f"{_m('△ABC', st)}의 내심 I를 지나고 변 BC에 평행한 직선이 두 변 AB, AC와 만나는 점을 각각 D, E라 하자. "
        f"{_m(f'~AB = {ab} cm', st)}, {_m(f'~BC = {bc} cm', st)}, {_m(f'~CA = {ac} cm', st)}일 때, {_m('△ADE', st)}의 둘레의 길이를 {_end(rng)}",
        f"점 I는 {_m('△ABC', st)}의 내심이고, {_m('~DE // ~BC', st)}가 되도록 점 I를 지나는 선분 DE를 그었다(점 D는 변 AB 위, 점 E는 변 AC 위). "
        f"세 변의 길이가 {_m(f'~AB = {ab} cm', st)}, {_m(f'~BC = {bc} cm', st)}, {_m(f'~CA = {ac} cm', st)}일 때, {_m('△ADE', st)}의 둘레의 길이는?",
    ])
    return Problem(text=text, answer=f"{ab + ac} cm", format="computation", difficulty=4, achievement_level="A",
                   concepts=["내심", "엇각", "이등변삼각형"], check=lambda: bc < ab + ac)


@family("9수03-10", "center-statements-mcq")
def _f10_mcq(rng: random.Random) -> Problem:
    true = ["삼각형의 외심에서 세 꼭짓점에 이르는 거리는 같다.", "삼각형의 내심에서 세 변에 이르는 거리는 같다.",
            "삼각형의 세 변의 수직이등분선은 한 점에서 만난다.", "삼각형의 세 내각의 이등분선의 교점은 내심이다.",
            "둔각삼각형의 외심은 삼각형의 외부에 있다.", "직각삼각형의 외심은 빗변의 중점이다.",
            "정삼각형의 외심과 내심은 일치한다.", "삼각형의 내심은 항상 삼각형의 내부에 있다."]
    false = ["삼각형의 외심에서 세 변에 이르는 거리는 같다.", "삼각형의 내심에서 세 꼭짓점에 이르는 거리는 같다.",
             "삼각형의 외심은 항상 삼각형의 내부에 있다.", "직각삼각형의 내심은 빗변의 중점이다.",
             "삼각형의 세 내각의 이등분선의 교점은 외심이다.", "이등변삼각형의 외심과 내심은 항상 일치한다.",
             "둔각삼각형의 내심은 삼각형의 외부에 있다."]
    if rng.random() < 0.5:
        corr, dis, stem = rng.choice(false), rng.sample(true, 4), rng.choice(["다음 중 옳지 않은 것은?", "삼각형의 외심과 내심에 대한 설명으로 옳지 않은 것은?"])
    else:
        corr, dis, stem = rng.choice(true), rng.sample(false, 4), rng.choice(["다음 중 옳은 것은?", "삼각형의 외심과 내심에 대한 설명으로 옳은 것을 고르시오."])
    ch = choices(rng, corr, dis)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["외심", "내심"], choice=ch)


@family("9수03-10", "real-life-centers")
def _f10_life(rng: random.Random) -> Problem:
    mode = rng.randrange(3)
    if mode == 0:
        pl = rng.sample(["가 마을", "나 마을", "다 마을", "학교", "도서관", "병원", "공원"], 3)
        text = rng.choice([
            f"{pl[0]}, {pl[1]}, {pl[2]}에서 모두 같은 거리에 있는 곳에 물류 창고를 지으려고 한다. 세 지점을 꼭짓점으로 하는 삼각형에서 "
            f"창고의 위치는 어떤 점인지 쓰고, 그 점을 찾는 방법을 {_end(rng, '설명')}",
            f"세 지점 {pl[0]}, {pl[1]}, {pl[2]}로부터 같은 거리에 있는 곳에 기지국을 세우려고 한다. 기지국의 위치를 찾는 방법을 {_end(rng, '설명')}",
        ])
        return Problem(text=text, answer="세 지점을 꼭짓점으로 하는 삼각형의 외심(세 변의 수직이등분선의 교점)", format="proof",
                       difficulty=3, achievement_level="C", concepts=["외심", "수직이등분선"])
    if mode == 1:
        text = rng.choice([
            "삼각형 모양의 공원의 세 변을 따라 산책로가 나 있다. 세 산책로에서 모두 같은 거리에 있는 곳에 분수대를 설치하려고 할 때, "
            f"분수대의 위치는 삼각형의 어떤 점인지 쓰고, 찾는 방법을 {_end(rng, '설명')}",
            "삼각형 모양의 땅에 세 변에 닿는 가장 큰 원 모양의 꽃밭을 만들려고 한다. 꽃밭의 중심은 어디로 정해야 하는지 설명하시오.",
        ])
        return Problem(text=text, answer="삼각형의 내심(세 내각의 이등분선의 교점)", format="proof", difficulty=3,
                       achievement_level="C", concepts=["내심", "내접원", "각의 이등분선"])
    k = rng.randint(1, 4)
    a, b, c = (k * t for t in rng.choice(_TRIPLES[:4]))
    text = (f"세 변의 길이가 각각 {a} m, {b} m, {c} m인 직각삼각형 모양의 광장이 있다. 세 꼭짓점에 서 있는 가로등에서 모두 같은 거리에 있는 곳에 "
            f"안내판을 세우려고 할 때, 안내판에서 각 가로등까지의 거리를 {_end(rng)}")
    return Problem(text=text, answer=_A(_R(c, 2), "m"), format="word", difficulty=3, achievement_level="C",
                   concepts=["외심", "외접원"], check=lambda: a * a + b * b == c * c)


@family("9수03-10", "circumcenter-proof-fill")
def _f10_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    if rng.random() < 0.5:
        text = (f"다음은 삼각형의 세 내각의 이등분선이 한 점에서 만남을 설명하는 과정이다. (가)~(라)에 알맞은 것을 {_end(rng, '쓰')}\n"
                f"{_m('△ABC', st)}에서 {_m('<A', st)}, {_m('<B', st)}의 이등분선의 교점을 I라 하고, 점 I에서 세 변 BC, CA, AB에 내린 수선의 발을 각각 D, E, F라 하자.\n"
                f"점 I는 {_m('<A', st)}의 이등분선 위의 점이므로 {_m('△AIE ≡ △AIF', st)} ((가) 합동)에서 {_m('~IE', st)} = (나)\n"
                f"점 I는 {_m('<B', st)}의 이등분선 위의 점이므로 {_m('~IF', st)} = (다)\n"
                f"따라서 {_m('~IE = ~ID', st)}이므로 {_m('△ICE ≡ △ICD', st)} ((라) 합동)이고, 선분 CI는 {_m('<C', st)}의 이등분선이다.")
        return Problem(text=text, answer="(가) RHA, (나) IF, (다) ID, (라) RHS", format="fill", difficulty=3, achievement_level="B",
                       concepts=["내심", "각의 이등분선", "증명"])
    text = (f"다음은 삼각형의 세 변의 수직이등분선이 한 점에서 만남을 설명하는 과정이다. (가)~(라)에 알맞은 것을 {_end(rng, '쓰')}\n"
            f"{_m('△ABC', st)}에서 두 변 AB, BC의 수직이등분선의 교점을 O라 하자.\n"
            f"점 O는 변 AB의 수직이등분선 위의 점이므로 {_m('~OA', st)} = (가)\n"
            f"점 O는 변 BC의 수직이등분선 위의 점이므로 {_m('~OB', st)} = (나)\n"
            f"따라서 {_m('~OA', st)} = (다)이므로 {_m('△OCA', st)}는 이등변삼각형이다.\n"
            f"점 O에서 변 AC에 내린 수선의 발을 D라 하면 {_m('△OAD ≡ △OCD', st)} ((라) 합동)이므로 점 O는 변 AC의 수직이등분선 위에 있다.")
    return Problem(text=text, answer="(가) OB, (나) OC, (다) OC, (라) RHS", format="fill", difficulty=3, achievement_level="B",
                   concepts=["외심", "수직이등분선", "증명"])


# ================================================================================================
# 9수03-11 사각형의 성질
# ================================================================================================
@family("9수03-11", "parallelogram-angles-sides")
def _f11_pg(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    if mode == 0:
        a = rng.randint(40, 140)
        if a == 90:
            a = 70
        tgt = rng.choice(["B", "C", "D"])
        val = a if tgt == "C" else 180 - a
        text = rng.choice([f"평행사변형 ABCD에서 {_m(f'<A = {a}°', st)}일 때, {_m(f'<{tgt}', st)}의 크기를 {_end(rng)}",
                           f"{_m('□ABCD', st)}는 평행사변형이고 {_m(f'<DAB = {a}°', st)}이다. {_m(f'<{tgt}', st)}의 크기는 몇 도인가?"])
        return Problem(text=text, answer=f"{val}°", format="computation", difficulty=1, achievement_level="E",
                       concepts=["평행사변형", "대각"], check=lambda: val in (a, 180 - a))
    if mode == 1:
        x = sp.Symbol("x")
        sol = rng.randint(2, 9)
        p, q = rng.sample(range(1, 6), 2)
        c1 = rng.randint(1, 12)
        c2 = p * sol + c1 - q * sol
        e1, e2 = p * x + c1, q * x + c2
        if q * sol + c2 <= 0:
            e1, e2, sol = 3 * x + 2, x + 10, 4
        text = (f"평행사변형 ABCD에서 {_m(f'~AB = ({_mn(e1)}) cm', st)}, {_m(f'~CD = ({_mn(e2)}) cm', st)}일 때, x의 값을 {_end(rng)}")
        return Problem(text=text, answer=str(sol), format="computation", difficulty=2, achievement_level="D",
                       concepts=["평행사변형", "대변"], check=lambda: sp.solve(sp.Eq(e1, e2), x) == [sol])
    # ∠A : ∠B = p : q
    p, q = rng.choice([(1, 2), (2, 1), (1, 3), (3, 2), (2, 3), (4, 5), (5, 4), (7, 5), (1, 5)])
    A = _R(180 * p, p + q)
    text = f"평행사변형 ABCD에서 {_m('<A', st)} : {_m('<B', st)} = {p} : {q}일 때, {_m('<C', st)}의 크기를 {_end(rng)}"
    return Problem(text=text, answer=_A(A, "°"), format="computation", difficulty=2, achievement_level="D",
                   concepts=["평행사변형", "대각"], check=lambda: A * (p + q) == 180 * p)


@family("9수03-11", "parallelogram-diagonals")
def _f11_diag(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x = sp.Symbol("x")
    sol = rng.randint(2, 8)
    p, q = rng.sample(range(1, 5), 2)
    c1 = rng.randint(1, 9)
    c2 = p * sol + c1 - q * sol
    e1, e2 = p * x + c1, q * x + c2
    if q * sol + c2 <= 0:
        e1, e2, sol = 2 * x + 3, x + 7, 4
    half = int(e1.subs(x, sol))
    which = rng.choice([("OA", "OC", "AC"), ("OB", "OD", "BD")])
    text = rng.choice([
        f"평행사변형 ABCD의 두 대각선의 교점을 O라 하자. {_m(f'~{which[0]} = ({_mn(e1)}) cm', st)}, {_m(f'~{which[1]} = ({_mn(e2)}) cm', st)}일 때, "
        f"{_m(f'~{which[2]}', st)}의 길이를 {_end(rng)}",
        f"{_m('□ABCD', st)}는 평행사변형이고 점 O는 두 대각선의 교점이다. {_m(f'~{which[0]} = ({_mn(e1)}) cm', st)}, "
        f"{_m(f'~{which[1]} = ({_mn(e2)}) cm', st)}이면 대각선 {which[2]}의 길이는 몇 cm인가?",
    ])
    return Problem(text=text, answer=f"{2 * half} cm", format="computation", difficulty=2, achievement_level="D",
                   concepts=["평행사변형", "대각선"], check=lambda: sp.solve(sp.Eq(e1, e2), x) == [sol])


@family("9수03-11", "parallelogram-condition-mcq")
def _f11_cond(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randint(4, 9)
    b = a + rng.randint(1, 5)
    ang = rng.randint(50, 80)
    good = [f"{_m(f'~AB = ~DC = {a} cm', st)}, {_m(f'~AD = ~BC = {b} cm', st)}",
            f"{_m('~AB // ~DC', st)}, {_m(f'~AB = ~DC = {a} cm', st)}",
            f"{_m(f'<A = <C = {180 - ang}°', st)}, {_m(f'<B = <D = {ang}°', st)}",
            f"{_m(f'~OA = ~OC = {a} cm', st)}, {_m(f'~OB = ~OD = {b} cm', st)}",
            f"{_m('~AB // ~DC', st)}, {_m('~AD // ~BC', st)}"]
    bad = [f"{_m(f'~AB = ~AD = {a} cm', st)}, {_m(f'~BC = ~CD = {b} cm', st)}",
           f"{_m('~AB // ~DC', st)}, {_m(f'~AD = ~BC = {a} cm', st)}",
           f"{_m(f'<A = {180 - ang}°', st)}, {_m(f'<B = {ang}°', st)}, {_m(f'<C = {ang}°', st)}",
           f"{_m(f'~OA = ~OB = {a} cm', st)}, {_m(f'~OC = ~OD = {b} cm', st)}",
           f"{_m(f'~AC = ~BD = {b} cm', st)}"]
    ask_good = rng.random() < 0.5
    if ask_good:
        corr, dis = rng.choice(good), bad
        stem = f"다음 중 {_m('□ABCD', st)}가 반드시 평행사변형이 되는 것은? (단, 점 O는 두 대각선의 교점이다.)"
    else:
        corr, dis = rng.choice(bad), good
        stem = f"다음 중 {_m('□ABCD', st)}가 평행사변형이 되지 않을 수도 있는 것은? (단, 점 O는 두 대각선의 교점이다.)"
    ch = choices(rng, corr, rng.sample(dis, 4))
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["평행사변형", "대각선", "대변", "대각"], choice=ch)


_QUAD_PROPS = {  # diagonals: bisect each other, equal, perpendicular
    "평행사변형": (True, False, False), "직사각형": (True, True, False), "마름모": (True, False, True),
    "정사각형": (True, True, True), "등변사다리꼴": (False, True, False),
}


@family("9수03-11", "special-quadrilateral-diagonals")
def _f11_special(rng: random.Random) -> Problem:
    props = ["두 대각선이 서로 다른 것을 이등분한다", "두 대각선의 길이가 같다", "두 대각선이 서로 수직이다"]
    mode = rng.randrange(2)
    if mode == 0:
        sel = rng.sample(range(3), rng.choice([1, 2]))
        ok = [q for q, pr in _QUAD_PROPS.items() if all(pr[i] for i in sel)]
        cond = " 또한 ".join(props[i] for i in sel)
        text = rng.choice([f"평행사변형, 직사각형, 마름모, 정사각형, 등변사다리꼴 중에서 '{cond}.'를 만족시키는 사각형을 모두 {_end(rng, '쓰')}",
                           f"다음 사각형 중 {cond}는 성질을 가진 것을 모두 고르시오.\n평행사변형, 직사각형, 마름모, 정사각형, 등변사다리꼴"])
        return Problem(text=text, answer=", ".join(ok), format="computation", difficulty=2, achievement_level="D",
                       concepts=["대각선", "직사각형", "마름모", "정사각형"],
                       check=lambda: all(all(_QUAD_PROPS[q][i] for i in sel) for q in ok))
    q = rng.choice(list(_QUAD_PROPS))
    pr = _QUAD_PROPS[q]
    corr_i = rng.choice([i for i in range(3) if not pr[i]] or [0])
    if pr[corr_i]:
        # 정사각형 has all; ask which is true instead
        stem = f"다음 중 {q}의 대각선에 대한 설명으로 옳지 않은 것은?"
        stmts = ["두 대각선이 서로 다른 것을 이등분한다.", "두 대각선의 길이가 같다.", "두 대각선이 서로 수직이다.",
                 "두 대각선에 의해 넓이가 같은 네 개의 삼각형으로 나누어진다."]
        corr = "두 대각선이 한 내각을 서로 다른 크기로 나눈다."
        ch = choices(rng, corr, stmts)
    else:
        stem = f"다음 중 {q}의 두 대각선이 항상 가지는 성질이 아닌 것은?"
        corr = props[corr_i] + "."
        others = [props[i] + "." for i in range(3) if pr[i]]
        fill_true = {"평행사변형": ["두 대각선의 교점은 각 대각선의 중점이다.", "두 대각선에 의해 넓이가 같은 네 개의 삼각형으로 나누어진다.",
                                "한 대각선은 넓이가 같은 두 삼각형으로 나눈다."],
                     "직사각형": ["두 대각선의 교점에서 네 꼭짓점까지의 거리가 같다.", "한 대각선은 합동인 두 삼각형으로 나눈다."],
                     "마름모": ["한 대각선은 두 내각을 각각 이등분한다.", "한 대각선은 합동인 두 삼각형으로 나눈다."],
                     "등변사다리꼴": ["한 대각선과 두 밑변이 이루는 엇각의 크기가 같다.", "두 대각선에 의해 나뉜 네 삼각형 중 두 옆변을 포함하는 두 삼각형의 넓이는 같다.",
                                 "두 대각선의 교점에서 두 밑변의 양 끝점까지 이르는 거리가 각각 같다."]}[q]
        dis = others + fill_true
        dis += ["네 변의 길이의 합은 두 대각선의 길이의 합보다 크다."]
        ch = choices(rng, corr, dis)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["대각선", q if q != "등변사다리꼴" else "사다리꼴"], choice=ch)


@family("9수03-11", "rhombus-rectangle-angles")
def _f11_rr(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x = rng.randint(20, 70)
    mode = rng.randrange(3)
    if mode == 0:
        text = (f"마름모 ABCD의 두 대각선의 교점을 O라 하자. {_m(f'<ABD = {x}°', st)}일 때, {_m('<BAC', st)}의 크기를 {_end(rng)}")
        ans = 90 - x
    elif mode == 1:
        text = (f"직사각형 ABCD의 두 대각선의 교점을 O라 하자. {_m(f'<OAB = {x}°', st)}일 때, {_m('<AOB', st)}의 크기를 {_end(rng)}")
        ans = 180 - 2 * x
    else:
        text = (f"정사각형 ABCD의 대각선 AC 위에 점 P를 잡고 {_m(f'<ADP = {x}°', st)}일 때, {_m('<ABP', st)}의 크기를 {_end(rng)}")
        ans = x  # △ABP ≡ △ADP (SAS: AB = AD, ∠BAP = ∠DAP = 45°, AP 공통)
    return Problem(text=text, answer=f"{ans}°", format="computation", difficulty=3, achievement_level="C",
                   concepts=["마름모", "직사각형", "정사각형", "대각선"], check=lambda: 0 < ans < 180)


@family("9수03-11", "quadrilateral-relations")
def _f11_rel(rng: random.Random) -> Problem:
    st = pick_style(rng)
    conds = [(f"{_m('~AC = ~BD', st)}", "직사각형"), (f"{_m('<A = 90°', st)}", "직사각형"),
             (f"{_m('~AC ⊥ ~BD', st)}", "마름모"), (f"{_m('~AB = ~BC', st)}", "마름모"),
             (f"{_m('~AC = ~BD', st)}, {_m('~AC ⊥ ~BD', st)}", "정사각형"),
             (f"{_m('<A = 90°', st)}, {_m('~AB = ~AD', st)}", "정사각형")]
    c, res = rng.choice(conds)
    text = rng.choice([f"평행사변형 ABCD가 {c}를 만족시킬 때, {_m('□ABCD', st)}는 어떤 사각형인지 {_end(rng, '쓰')}",
                       f"평행사변형 ABCD에 조건 '{c}'를 추가하면 어떤 사각형이 되는가?",
                       f"{_m('□ABCD', st)}는 평행사변형이다. 여기에 {c}인 조건이 더해지면 {_m('□ABCD', st)}는 무슨 사각형이 되는지 쓰시오."])
    if "는 평행사변형이다" in text:
        text = text.replace(f"{c}인 조건", f"'{c}'인 조건")
    return Problem(text=text, answer=res, format="computation", difficulty=2, achievement_level="C",
                   concepts=["평행사변형", "직사각형", "마름모", "정사각형"])


@family("9수03-11", "parallelogram-bisector-length")
def _f11_bis(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ab = rng.randint(4, 10)
    ad = ab + rng.randint(2, 8)
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"평행사변형 ABCD에서 {_m('<A', st)}의 이등분선이 변 BC와 만나는 점을 E라 하자. {_m(f'~AB = {ab} cm', st)}, "
                f"{_m(f'~AD = {ad} cm', st)}일 때, {_m('~EC', st)}의 길이를 {_end(rng)}")
        ans = ad - ab
    else:
        text = (f"평행사변형 ABCD에서 {_m('<B', st)}의 이등분선이 변 AD와 만나는 점을 E라 하자. {_m(f'~AB = {ab} cm', st)}, "
                f"{_m(f'~BC = {ad} cm', st)}일 때, {_m('~ED', st)}의 길이를 {_end(rng)}")
        ans = ad - ab
    return Problem(text=text, answer=f"{ans} cm", format="computation", difficulty=3, achievement_level="B",
                   concepts=["평행사변형", "엇각", "이등변삼각형"], check=lambda: ans + ab == ad)


@family("9수03-11", "parallelogram-area-split")
def _f11_area(rng: random.Random) -> Problem:
    st = pick_style(rng)
    s = rng.randint(10, 60) * 2
    mode = rng.randrange(3)
    if mode == 0:
        text = (f"넓이가 {s} cm²인 평행사변형 ABCD의 내부에 한 점 P를 잡았다. {_m('△PAB', st)}와 {_m('△PCD', st)}의 넓이의 합을 {_end(rng)}")
        ans = _R(s, 2)
    elif mode == 1:
        text = (f"평행사변형 ABCD의 두 대각선의 교점을 O라 하자. {_m('□ABCD', st)}의 넓이가 {s} cm²일 때, {_m('△OBC', st)}의 넓이를 {_end(rng)}")
        ans = _R(s, 4)
    else:
        pa = rng.randint(5, s // 2 - 2)
        text = (f"평행사변형 ABCD의 내부의 한 점 P에 대하여 {_m('□ABCD', st)}의 넓이는 {s} cm², {_m('△PAB', st)}의 넓이는 {pa} cm²이다. "
                f"{_m('△PCD', st)}의 넓이를 {_end(rng)}")
        ans = _R(s, 2) - pa
    return Problem(text=text, answer=_A(ans, "cm²"), format="computation", difficulty=3, achievement_level="B",
                   concepts=["평행사변형", "대각선"], check=lambda: ans > 0)


@family("9수03-11", "isosceles-trapezoid")
def _f11_trap(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b = rng.randint(50, 80)
    mode = rng.randrange(2)
    if mode == 0:
        tgt = rng.choice(["C", "A", "D"])
        val = b if tgt == "C" else 180 - b
        text = (f"{_m('~AD // ~BC', st)}인 등변사다리꼴 ABCD에서 {_m(f'<B = {b}°', st)}일 때, {_m(f'<{tgt}', st)}의 크기를 {_end(rng)}")
        return Problem(text=text, answer=f"{val}°", format="computation", difficulty=1, achievement_level="E",
                       concepts=["사다리꼴", "평행"], check=lambda: val in (b, 180 - b))
    ad = rng.randint(3, 8)
    leg_ang = 60
    bc = ad + rng.randint(2, 8) * 1
    ab = bc - ad
    text = (f"{_m('~AD // ~BC', st)}인 등변사다리꼴 ABCD에서 {_m(f'<B = {leg_ang}°', st)}, {_m(f'~AD = {ad} cm', st)}, "
            f"{_m(f'~BC = {bc} cm', st)}일 때, {_m('~AB', st)}의 길이를 {_end(rng)} (점 D를 지나고 변 AB에 평행한 직선을 그어 생각해 보자.)")
    return Problem(text=text, answer=f"{ab} cm", format="computation", difficulty=4, achievement_level="B",
                   concepts=["사다리꼴", "평행사변형", "정삼각형"], check=lambda: ab + ad == bc)


# ================================================================================================
# 9수03-12 도형의 닮음과 닮음비
# ================================================================================================
def _ratio(m: int, n: int) -> str:
    g = _pymath.gcd(m, n)
    return f"{m // g} : {n // g}"


@family("9수03-12", "similar-triangle-length")
def _f12_len(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([(1, 2), (2, 3), (3, 4), (2, 5), (3, 5), (4, 5), (1, 3), (3, 2), (5, 3)])
    k = rng.randint(1, 4)
    ab, bc, ca = (t * m * k for t in rng.sample(range(2, 8), 3))
    de, ef, fd = (_R(t * n, m) for t in (ab, bc, ca))
    tgt = rng.choice(["EF", "FD"])
    val = ef if tgt == "EF" else fd
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"{_m('△ABC ∽ △DEF', st)}이고 {_m(f'~AB = {ab} cm', st)}, {_m(f'~BC = {bc} cm', st)}, {_m(f'~CA = {ca} cm', st)}, "
                f"{_m(f'~DE = {_mn(de)} cm', st)}일 때, {_m(f'~{tgt}', st)}의 길이를 {_end(rng)}")
        ans = _A(val, "cm")
    else:
        text = (f"{_m('△ABC', st)}와 {_m('△DEF', st)}는 닮은 도형이고, 꼭짓점 A, B, C에 대응하는 꼭짓점이 각각 D, E, F이다. "
                f"{_m(f'~AB = {ab} cm', st)}, {_m(f'~DE = {_mn(de)} cm', st)}일 때, {_m('△ABC', st)}와 {_m('△DEF', st)}의 닮음비와 "
                f"{_m(f'~{tgt}', st)}의 길이를 차례로 {_end(rng)} (단, {_m(f'~BC = {bc} cm', st)}, {_m(f'~CA = {ca} cm', st)})")
        ans = f"{_ratio(m, n)}, {_A(val, 'cm')}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="C" if mode else "D",
                   concepts=["닮음", "닮음비"], check=lambda: val * ab == (bc if tgt == "EF" else ca) * de)


@family("9수03-12", "similar-polygon-angle")
def _f12_ang(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c = rng.randint(60, 120), rng.randint(60, 120), rng.randint(60, 120)
    d = 360 - a - b - c
    if not 40 <= d <= 160:
        a, b, c, d = 80, 95, 110, 75
    m, n = rng.choice([(2, 3), (3, 4), (1, 2), (4, 3)])
    ab = rng.randint(2, 6) * m
    ef = _R(ab * n, m)
    text = (f"{_m('□ABCD ∽ □EFGH', st)}이고 {_m(f'<A = {a}°', st)}, {_m(f'<B = {b}°', st)}, {_m(f'<G = {c}°', st)}, "
            f"{_m(f'~AB = {ab} cm', st)}, {_m(f'~EF = {_mn(ef)} cm', st)}일 때, {_m('<H', st)}의 크기와 두 사각형의 닮음비를 차례로 {_end(rng)}")
    return Problem(text=text, answer=f"{d}°, {_ratio(m, n)}", format="computation", difficulty=2, achievement_level="D",
                   concepts=["닮음", "닮음비"], check=lambda: a + b + c + d == 360 and ef * m == ab * n)


@family("9수03-12", "always-similar-mcq")
def _f12_always(rng: random.Random) -> Problem:
    yes = ["두 원", "두 정삼각형", "두 정사각형", "두 구", "두 직각이등변삼각형", "두 정육면체", "두 정오각형", "중심각의 크기가 같은 두 부채꼴"]
    no = ["두 직사각형", "두 마름모", "두 이등변삼각형", "두 원기둥", "두 직각삼각형", "두 평행사변형", "두 원뿔", "두 사다리꼴"]
    if rng.random() < 0.5:
        corr, dis = rng.choice(no), rng.sample(yes, 4)
        stem = rng.choice(["다음 중 항상 닮은 도형이라고 할 수 없는 것은?", "다음 두 도형 중 서로 닮은 도형이 아닐 수도 있는 것은?"])
    else:
        corr, dis = rng.choice(yes), rng.sample(no, 4)
        stem = rng.choice(["다음 중 항상 닮은 도형인 것은?", "다음 두 도형 중 언제나 서로 닮음인 것을 고르시오."])
    ch = choices(rng, corr, dis)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["닮음"], choice=ch)


@family("9수03-12", "similar-solids-length")
def _f12_solid(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([(1, 2), (2, 3), (3, 4), (3, 5), (2, 5), (4, 5)])
    kind = rng.choice(["원기둥", "원뿔", "직육면체"])
    h1 = m * rng.randint(2, 5)
    h2 = _R(h1 * n, m)
    if kind == "직육면체":
        w1 = m * rng.randint(1, 4)
        w2 = _R(w1 * n, m)
        text = (f"서로 닮은 두 직육면체 A, B의 높이가 각각 {_V(h1, st, 'cm')}, {_V(h2, st, 'cm')}이다. A의 밑면의 가로의 길이가 "
                f"{_V(w1, st, 'cm')}일 때, B의 밑면의 가로의 길이를 {_end(rng)}")
    else:
        w1 = m * rng.randint(1, 4)
        w2 = _R(w1 * n, m)
        text = rng.choice([
            f"서로 닮은 두 {kind} A, B가 있다. A의 높이는 {_V(h1, st, 'cm')}, 밑면의 반지름의 길이는 {_V(w1, st, 'cm')}이고, B의 높이는 "
            f"{_V(h2, st, 'cm')}이다. B의 밑면의 반지름의 길이를 {_end(rng)}",
            f"두 {kind} A, B는 닮은 도형이고 닮음비는 {m} : {n}이다. A의 밑면의 반지름의 길이가 {_V(w1, st, 'cm')}일 때, B의 밑면의 둘레의 길이를 {_end(rng)}",
        ])
        if "둘레" in text:
            w2 = 2 * _PI * w2
    return Problem(text=text, answer=_A(w2, "cm"), format="computation", difficulty=3, achievement_level="C",
                   concepts=["닮음", "닮음비"], check=lambda: (w2 / (2 * _PI) if w2.has(_PI) else w2) * m == w1 * n)


@family("9수03-12", "area-ratio")
def _f12_area(rng: random.Random) -> Problem:
    m, n = rng.choice([(1, 2), (2, 3), (3, 4), (2, 5), (3, 5), (4, 5), (1, 3)])
    s1 = m * m * rng.randint(2, 9)
    s2 = _R(s1 * n * n, m * m)
    mode = rng.randrange(3)
    if mode == 0:
        text = f"닮음비가 {m} : {n}인 두 삼각형이 있다. 작은 삼각형의 넓이가 {s1} cm²일 때, 큰 삼각형의 넓이를 {_end(rng)}"
        ans = _A(s2, "cm²")
    elif mode == 1:
        text = f"두 원의 넓이의 비가 {m * m} : {n * n}일 때, 두 원의 둘레의 길이의 비를 가장 간단한 자연수의 비로 {_end(rng, '쓰')}"
        ans = _ratio(m, n)
    else:
        who = name(rng)
        cm = m * rng.choice([3, 4, 5, 6])
        text = (f"{josa(who, '은/는')} 가로가 {cm} cm인 직사각형 모양의 사진을 가로가 {cm * n // m} cm가 되도록 "
                f"같은 비율로 확대하였다. 원래 사진의 넓이가 {s1} cm²일 때, 확대한 사진의 넓이를 {_end(rng)}")
        ans = _A(s2, "cm²")
    return Problem(text=text, answer=ans, format="computation" if mode < 2 else "word", difficulty=3, achievement_level="B",
                   concepts=["닮음비", "닮음"], check=lambda: s2 * m * m == s1 * n * n)


@family("9수03-12", "volume-ratio")
def _f12_vol(rng: random.Random) -> Problem:
    m, n = rng.choice([(1, 2), (2, 3), (1, 3), (3, 4), (2, 5)])
    v1 = m ** 3 * rng.randint(2, 12)
    v2 = _R(v1 * n ** 3, m ** 3)
    mode = rng.randrange(3)
    if mode == 0:
        text = f"닮음비가 {m} : {n}인 두 구가 있다. 작은 구의 부피가 {v1} cm³일 때, 큰 구의 부피를 {_end(rng)}"
        ans, lvl = _A(v2, "cm³"), "B"
    elif mode == 1:
        obj = rng.choice(["주스 병", "향수병", "꿀단지", "화분"])
        price = rng.choice([1000, 1500, 2000, 2400, 3000])
        text = (f"모양이 서로 닮은 두 {obj}의 높이가 각각 {m * 6} cm, {n * 6} cm이다. 작은 {josa(obj, '을/를')} 가득 채우는 데 "
                f"{price}원어치의 내용물이 든다면, 큰 {josa(obj, '을/를')} 가득 채우려면 얼마어치가 필요한가? (단, 병의 두께는 생각하지 않는다.)")
        ans, lvl = f"{price * n ** 3 // m ** 3 if (price * n ** 3) % m ** 3 == 0 else _R(price * n ** 3, m ** 3)}원", "A"
    else:
        text = (f"서로 닮은 두 정육면체의 겉넓이의 비가 {m * m} : {n * n}이다. 작은 정육면체의 부피가 {v1} cm³일 때, 큰 정육면체의 부피를 "
                f"{_end(rng)}")
        ans, lvl = _A(v2, "cm³"), "A"
    return Problem(text=text, answer=ans, format="word" if mode == 1 else "computation", difficulty=4, achievement_level=lvl,
                   concepts=["닮음비", "닮음"], check=lambda: v2 * m ** 3 == v1 * n ** 3)


@family("9수03-12", "scale-map-model")
def _f12_scale(rng: random.Random) -> Problem:
    mode = rng.randrange(3)
    if mode == 0:
        sc = rng.choice([10000, 25000, 50000, 100000])
        d = rng.randint(2, 15)
        km = _R(d * sc, 100000)
        text = rng.choice([f"축척이 1 : {sc:,}인 지도에서 두 지점 사이의 거리가 {d} cm일 때, 실제 거리는 몇 km인가?",
                           f"1 : {sc:,}로 축소하여 그린 지도 위에서 학교와 도서관 사이의 거리를 재었더니 {d} cm였다. 실제 거리를 km 단위로 {_end(rng)}"])
        ans = f"{float(km):g} km"
        return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                       concepts=["닮음", "닮음비"], check=lambda: km * 100000 == d * sc)
    if mode == 1:
        h = rng.choice([12, 15, 18, 24, 30])
        r = rng.choice([100, 150, 200, 300])
        text = (f"높이가 {h} cm인 건물 모형은 실제 건물을 1 : {r}로 축소하여 만든 것이다. 실제 건물의 높이는 몇 m인가?")
        val = _R(h * r, 100)
        return Problem(text=text, answer=f"{float(val):g} m", format="word", difficulty=2, achievement_level="D",
                       concepts=["닮음", "닮음비"], check=lambda: val * 100 == h * r)
    a, b = rng.choice([(6, 9), (8, 12), (10, 15), (12, 18), (9, 12), (15, 20)])
    c = rng.choice([4, 5, 6])
    text = (f"가로 {a} cm, 세로 {b} cm인 그림을 같은 모양으로 축소하여 가로가 {c} cm가 되도록 복사하였다. 복사된 그림의 세로의 길이와 "
            f"원래 그림과 복사한 그림의 닮음비를 {_end(rng)}")
    val = _R(b * c, a)
    return Problem(text=text, answer=f"{_A(val, 'cm')}, {_ratio(a, c)}", format="word", difficulty=3, achievement_level="C",
                   concepts=["닮음", "닮음비"], check=lambda: val * a == b * c)


@family("9수03-12", "similar-figure-table")
def _f12_table(rng: random.Random) -> Problem:
    m, n = rng.choice([(2, 3), (3, 4), (1, 2), (3, 5), (2, 5)])
    sides = [m * t for t in rng.sample(range(2, 7), 4)]
    big = [_R(s * n, m) for s in sides]
    hide = rng.sample(range(4), 2)
    names1, names2 = ["AB", "BC", "CD", "DA"], ["EF", "FG", "GH", "HE"]
    row1 = " | ".join(f"{names1[i]} = {sides[i]}" for i in range(4))
    row2 = " | ".join(f"{names2[i]} = {'(가)' if i == hide[0] else '(나)' if i == hide[1] else _A(big[i])}" for i in range(4))
    text = (f"□ABCD ∽ □EFGH일 때, 대응하는 변의 길이를 표로 나타낸 것이다. 두 사각형의 닮음비와 (가), (나)에 알맞은 값을 구하시오. (단위: cm)\n"
            f"| □ABCD | {row1} |\n| □EFGH | {row2} |")
    return Problem(text=text, answer=f"{_ratio(m, n)}, (가) {_A(big[hide[0]])}, (나) {_A(big[hide[1]])}", format="data", difficulty=2,
                   achievement_level="D", concepts=["닮음", "닮음비"], check=lambda: all(b * m == s * n for s, b in zip(sides, big, strict=True)))


# ================================================================================================
# 9수03-13 삼각형의 닮음 조건
# ================================================================================================
@family("9수03-13", "which-similarity-condition")
def _f13_which(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([(2, 3), (1, 2), (3, 4), (2, 5), (3, 5)])
    kind = rng.choice(["SSS", "SAS", "AA"])
    if kind == "SSS":
        a, b, c = (m * t for t in rng.sample(range(2, 7), 3))
        if max(a, b, c) * 2 >= a + b + c:
            a, b, c = 2 * m, 3 * m, 4 * m
        d, e, f = (_R(t * n, m) for t in (a, b, c))
        info = (f"{_m(f'~AB = {a}', st)}, {_m(f'~BC = {b}', st)}, {_m(f'~CA = {c}', st)}, "
                f"{_m(f'~DE = {_mn(d)}', st)}, {_m(f'~EF = {_mn(e)}', st)}, {_m(f'~FD = {_mn(f)}', st)}")
    elif kind == "SAS":
        a, b = m * rng.randint(2, 6), m * rng.randint(2, 6)
        ang = rng.randint(30, 120)
        info = (f"{_m(f'~AB = {a}', st)}, {_m(f'~AC = {b}', st)}, {_m(f'<A = {ang}°', st)}, "
                f"{_m(f'~DE = {_mn(_R(a * n, m))}', st)}, {_m(f'~DF = {_mn(_R(b * n, m))}', st)}, {_m(f'<D = {ang}°', st)}")
    else:
        x, y = rng.randint(30, 80), rng.randint(30, 80)
        info = f"{_m(f'<A = {x}°', st)}, {_m(f'<B = {y}°', st)}, {_m(f'<D = {x}°', st)}, {_m(f'<F = {180 - x - y}°', st)}"
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"{_m('△ABC', st)}와 {_m('△DEF', st)}에 대하여 {info}일 때, 두 삼각형이 닮음인지 판별하고, 닮음이면 어떤 닮음 조건에 의한 것인지 {_end(rng, '쓰')}")
        ans = f"닮음, {kind} 닮음"
        return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                       concepts=["삼각형의 닮음 조건", "닮음"])
    stem = f"{_m('△ABC', st)}와 {_m('△DEF', st)}에서 {info}일 때, 두 삼각형은 어떤 닮음 조건에 의해 닮음인가?"
    opts = {"SSS": "SSS 닮음", "SAS": "SAS 닮음", "AA": "AA 닮음"}
    ch = choices(rng, opts[kind], [v for k, v in opts.items() if k != kind] + ["RHS 닮음", "ASA 닮음", "닮음이 아니다."][: 2 + (kind != "AA")], n=4)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["삼각형의 닮음 조건"], choice=ch)


@family("9수03-13", "common-angle-length")
def _f13_common(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # △ABC, D on AB, E on AC with ∠AED = ∠B  =>  △AED ∽ △ABC : AE/AB = AD/AC = DE/BC
    while True:
        ad, ae = rng.randint(2, 9), rng.randint(2, 9)
        ab = ad + rng.randint(2, 10)
        if (ad * ab) % ae == 0:
            ac = ad * ab // ae
            if ac > ae and ad != ae and ac <= 2 * ab:
                break
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"{_m('△ABC', st)}의 변 AB 위의 점 D와 변 AC 위의 점 E에 대하여 {_m('<AED = <ABC', st)}이다. "
                f"{_m(f'~AD = {ad} cm', st)}, {_m(f'~AE = {ae} cm', st)}, {_m(f'~AB = {ab} cm', st)}일 때, {_m('~EC', st)}의 길이를 {_end(rng)}")
        ans = ac - ae
    else:
        bc = ab * rng.randint(1, 2)
        de = _R(bc * ae, ab)
        text = (f"{_m('△ABC', st)}에서 변 AB 위에 점 D, 변 AC 위에 점 E를 {_m('<ADE = <ACB', st)}가 되도록 잡았다. "
                f"{_m(f'~AE = {ad} cm', st)}, {_m(f'~AB = {ac} cm', st)}, {_m(f'~BC = {bc} cm', st)}일 때, {_m('~DE', st)}의 길이를 {_end(rng)}")
        de = _R(bc * ad, ac)
        ans = de
    return Problem(text=text, answer=_A(ans, "cm"), format="computation", difficulty=3, achievement_level="C",
                   concepts=["삼각형의 닮음 조건", "닮음비"], check=lambda: (ae * (ans + ae) == ad * ab) if mode == 0 else ans * ac == bc * ad)


@family("9수03-13", "sas-nested-triangles")
def _f13_sas(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # △ABC with D on AC: AD : AB = AB : AC  (△ABD ∽ △ACB, SAS with common ∠A)
    k = rng.randint(1, 3)
    p, q = rng.choice([(2, 3), (3, 4), (4, 6), (2, 4), (3, 5), (4, 5)])
    ab = p * q * k
    ad, ac = p * p * k, q * q * k
    bc = rng.choice([q * j * k for j in range(1, 12) if ac - ab < q * j * k < ac + ab])
    bd = _R(bc * p, q)
    text = rng.choice([
        f"{_m('△ABC', st)}의 변 AC 위에 점 D가 있다. {_m(f'~AB = {ab} cm', st)}, {_m(f'~AD = {ad} cm', st)}, {_m(f'~AC = {ac} cm', st)}, "
        f"{_m(f'~BC = {bc} cm', st)}일 때, {_m('~BD', st)}의 길이를 {_end(rng)}",
        f"점 D는 {_m('△ABC', st)}의 변 AC 위의 점이고 {_m(f'~AD = {ad} cm', st)}, {_m(f'~DC = {ac - ad} cm', st)}, {_m(f'~AB = {ab} cm', st)}, "
        f"{_m(f'~BC = {bc} cm', st)}이다. 닮음인 두 삼각형을 찾아 {_m('~BD', st)}의 길이를 {_end(rng)}",
    ])
    return Problem(text=text, answer=_A(bd, "cm"), format="computation", difficulty=4, achievement_level="B",
                   concepts=["삼각형의 닮음 조건", "닮음비"], check=lambda: ad * ac == ab * ab and bd * ab == bc * ad)


@family("9수03-13", "right-triangle-altitude")
def _f13_alt(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # ∠A = 90°, AH ⊥ BC: AB² = BH·BC, AC² = CH·CB, AH² = BH·CH
    bh, ch_ = rng.choice([(4, 9), (1, 4), (2, 8), (9, 16), (4, 16), (3, 12), (1, 9), (8, 18), (2, 18), (5, 20), (9, 25)])
    bc = bh + ch_
    ah = sp.sqrt(bh * ch_)
    ab2 = bh * bc
    mode = rng.randrange(3)
    intro = f"{_m('<A = 90°', st)}인 직각삼각형 ABC의 꼭짓점 A에서 빗변 BC에 내린 수선의 발을 H라 하자."
    if mode == 0:
        text = f"{intro} {_m(f'~BH = {bh} cm', st)}, {_m(f'~CH = {ch_} cm', st)}일 때, {_m('~AH', st)}의 길이를 {_end(rng)}"
        ans = ah
    elif mode == 1:
        if not sp.sqrt(ab2).is_integer:
            bh, ch_ = 9, 16
            bc, ab2 = 25, 225
        text = f"{intro} {_m(f'~BH = {bh} cm', st)}, {_m(f'~BC = {bc} cm', st)}일 때, {_m('~AB', st)}의 길이를 {_end(rng)}"
        ans = sp.sqrt(ab2)
    else:
        if not ah.is_integer:
            bh, ch_ = 4, 9
            bc, ah = 13, sp.Integer(6)
        text = f"{intro} {_m(f'~AH = {ah} cm', st)}, {_m(f'~BH = {bh} cm', st)}일 때, {_m('~CH', st)}의 길이를 {_end(rng)}"
        ans = sp.Integer(ch_)
    return Problem(text=text, answer=_A(ans, "cm"), format="computation", difficulty=4, achievement_level="B",
                   concepts=["삼각형의 닮음 조건", "닮음"], check=lambda: ans > 0 and bool(ans.is_integer))


@family("9수03-13", "shadow-height")
def _f13_shadow(rng: random.Random) -> Problem:
    mode = rng.randrange(3)
    who = name(rng)
    if mode == 0:
        stick = rng.choice([1, 1.5, 2])
        sh = rng.choice([0.5, 0.8, 1.2, 1.6, 2, 2.5])
        tree_sh = rng.randint(3, 12)
        h = _R(str(stick)) * tree_sh / _R(str(sh))
        obj = rng.choice(["나무", "국기 게양대", "가로등", "건물"])
        text = (f"{josa(who, '은/는')} 햇빛이 비치는 날 길이가 {stick:g} m인 막대를 땅에 수직으로 세웠더니 그림자의 길이가 {sh:g} m였다. "
                f"같은 시각에 {obj}의 그림자의 길이가 {tree_sh} m였다면 {obj}의 높이는 몇 m인가?")
        text = text.replace(f"{obj}의 그림자", f"{obj}의 그림자")
    elif mode == 1:
        eye = rng.choice([1.5, 1.6])
        d1 = rng.choice([2, 3, 4])
        d2 = rng.randint(6, 20)
        h = _R(str(eye)) * d2 / d1
        text = (f"{josa(who, '은/는')} 바닥에 거울을 놓고, 거울에서 {d1} m 떨어진 곳에 서서 거울에 비친 건물의 꼭대기를 보았다. "
                f"{who}의 눈높이는 {eye:g} m이고 거울에서 건물까지의 거리가 {d2} m일 때, 건물의 높이를 구하시오. "
                f"(단, 빛이 거울에 들어오는 각과 반사되는 각의 크기는 같고, 거울의 두께는 생각하지 않는다.)")
    else:
        d1 = rng.randint(2, 5)
        d2 = rng.randint(10, 30)
        w1 = rng.randint(3, 8)
        h = _R(w1 * d2, d1)
        text = (f"강 건너의 두 지점 사이의 거리를 재려고 한다. 강 이쪽에서 그은 두 직선이 한 점 O에서 만나고, O에서 {d1} m 떨어진 곳에 "
                f"강과 평행하게 {w1} m 길이의 선분을 그었다. O에서 강 건너까지의 거리가 {d2} m일 때, 두 직선이 강 건너 기슭과 만나는 두 지점 사이의 거리를 구하시오. "
                f"(단, 두 선분은 서로 평행하다.)")
    val = float(h)
    ans = f"{val:g} m" if abs(val * 100 - round(val * 100)) < 1e-9 else f"{_A(h)} m"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["삼각형의 닮음 조건", "닮음비"], check=lambda: h > 0)


@family("9수03-13", "aa-proof-fill")
def _f13_proof(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"다음은 {_m('<A = 90°', st)}인 직각삼각형 ABC의 꼭짓점 A에서 빗변 BC에 내린 수선의 발을 H라 할 때, "
                f"{_m('△ABC ∽ △HBA', st)}임을 보이는 과정이다. (가)~(다)에 알맞은 것을 {_end(rng, '쓰')}\n"
                f"{_m('△ABC', st)}와 {_m('△HBA', st)}에서 {_m('<BAC', st)} = (가) = 90°, (나)는 공통이므로 "
                f"{_m('△ABC ∽ △HBA', st)} ((다) 닮음)")
        ans = "(가) ∠BHA, (나) ∠B, (다) AA"
    else:
        text = (f"다음은 {_m('△ABC', st)}의 두 변 AB, AC 위의 점 D, E에 대하여 {_m('~DE // ~BC', st)}일 때 {_m('△ADE ∽ △ABC', st)}임을 보이는 과정이다. "
                f"(가)~(다)에 알맞은 것을 {_end(rng, '쓰')}\n"
                f"{_m('△ADE', st)}와 {_m('△ABC', st)}에서 {_m('~DE // ~BC', st)}이므로 {_m('<ADE', st)} = (가) (동위각)\n"
                f"(나)는 공통이므로 {_m('△ADE ∽ △ABC', st)} ((다) 닮음)")
        ans = "(가) ∠ABC, (나) ∠A, (다) AA"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B",
                   concepts=["삼각형의 닮음 조건", "증명"])


@family("9수03-13", "find-similar-pair-mcq")
def _f13_pair(rng: random.Random) -> Problem:
    base = sorted(rng.sample(range(2, 9), 3))
    if base[2] >= base[0] + base[1]:
        base = [3, 4, 6]
    k = rng.choice([2, 3, _R(3, 2), _R(5, 2)])
    good = [base[i] * k for i in range(3)]
    gs = ", ".join(_A(x) for x in good)
    corr = f"세 변의 길이가 {gs}인 삼각형"
    dis = []
    for i in range(3):
        for dv in (1, -1):
            bad = list(good)
            bad[i] = bad[i] + dv
            if bad[i] > 0 and max(bad) * 2 < sum(bad):
                dis.append(f"세 변의 길이가 {', '.join(_A(x) for x in bad)}인 삼각형")
    dis.append(f"세 변의 길이가 {', '.join(str(x + 2) for x in base)}인 삼각형")
    text_stem = rng.choice([f"세 변의 길이가 {base[0]}, {base[1]}, {base[2]}인 삼각형과 닮은 삼각형은?",
                            f"다음 중 세 변의 길이가 각각 {base[0]}, {base[1]}, {base[2]}인 삼각형과 닮음인 것은? (단, 길이의 단위는 모두 cm이다.)"])
    ch = choices(rng, corr, dis)
    return Problem(text=with_choices(text_stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["삼각형의 닮음 조건", "닮음비"], choice=ch)


@family("9수03-13", "similarity-explain")
def _f13_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    if mode == 0:
        a, b = rng.randint(2, 6), rng.randint(7, 12)
        k = rng.choice([2, 3])
        text = (f"두 선분 AB와 CD가 점 O에서 만나고 {_m(f'~OA = {a} cm', st)}, {_m(f'~OB = {a * k} cm', st)}, {_m(f'~OC = {b} cm', st)}, "
                f"{_m(f'~OD = {b * k} cm', st)}이다. {_m('△OAC', st)}와 {_m('△OBD', st)}가 닮음인 이유를 설명하고, {_m('~AC // ~BD', st)}임을 보이시오.")
        ans = f"OA : OB = OC : OD = 1 : {k}, ∠AOC = ∠BOD(맞꼭지각)이므로 SAS 닮음이고, ∠OAC = ∠OBD(엇각)이므로 AC // BD이다."
    elif mode == 1:
        text = (f"{_m('△ABC', st)}와 {_m('△DEF', st)}에서 {_m('<A = <D', st)}, {_m('<B = <E', st)}이면 두 삼각형이 닮음인 이유를 설명하시오.")
        ans = "세 내각의 크기의 합이 180°이므로 ∠C = ∠F가 되어 세 쌍의 대응각의 크기가 같고, 한 삼각형을 확대·축소하여 다른 삼각형에 포갤 수 있으므로 닮음(AA 닮음)이다."
    else:
        text = (f"두 직각삼각형에서 한 예각의 크기가 같으면 두 삼각형은 항상 닮음이다. 그 이유를 삼각형의 닮음 조건을 이용하여 {_end(rng, '설명')}")
        ans = "직각과 한 예각, 즉 두 쌍의 대응각의 크기가 같으므로 AA 닮음이다."
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["삼각형의 닮음 조건", "증명"])


# ================================================================================================
# 9수03-14 평행선 사이의 선분의 길이의 비, 삼각형의 무게중심
# ================================================================================================
@family("9수03-14", "triangle-parallel-segment")
def _f14_tri(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ad, db = rng.randint(2, 9), rng.randint(2, 9)
    k = rng.randint(1, 3)
    ae = ad * k
    ec = db * k
    bc = (ad + db) * rng.randint(1, 3)
    de = _R(bc * ad, ad + db)
    mode = rng.randrange(3)
    intro = f"{_m('△ABC', st)}에서 변 AB, AC 위의 점 D, E에 대하여 {_m('~DE // ~BC', st)}이다."
    if mode == 0:
        text = f"{intro} {_m(f'~AD = {ad} cm', st)}, {_m(f'~DB = {db} cm', st)}, {_m(f'~AE = {ae} cm', st)}일 때, {_m('~EC', st)}의 길이를 {_end(rng)}"
        ans, chk = _A(ec, "cm"), ad * ec == db * ae
    elif mode == 1:
        text = f"{intro} {_m(f'~AD = {ad} cm', st)}, {_m(f'~DB = {db} cm', st)}, {_m(f'~BC = {bc} cm', st)}일 때, {_m('~DE', st)}의 길이를 {_end(rng)}"
        ans, chk = _A(de, "cm"), de * (ad + db) == bc * ad
    else:
        # extension: D, E on extensions beyond A
        text = (f"두 점 D, E가 각각 {_m('△ABC', st)}의 변 BA, CA의 연장선 위에 있고 {_m('~DE // ~BC', st)}이다. "
                f"{_m(f'~AD = {ad} cm', st)}, {_m(f'~AB = {db} cm', st)}, {_m(f'~BC = {bc} cm', st)}일 때, {_m('~DE', st)}의 길이를 {_end(rng)}")
        de2 = _R(bc * ad, db)
        ans, chk = _A(de2, "cm"), de2 * db == bc * ad
    return Problem(text=text, answer=ans, format="computation", difficulty=2 + (mode == 2), achievement_level="D" if mode < 2 else "C",
                   concepts=["평행선", "닮음비"], check=lambda: chk)


@family("9수03-14", "three-parallel-lines")
def _f14_lines(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    k = rng.choice([_R(1, 2), _R(3, 2), 2, 3, _R(4, 3)])
    c = a * k
    d = b * k
    x = sp.Symbol("x")
    l1, l2, l3 = rng.choice([("l", "m", "n"), ("k", "l", "m")])
    text = rng.choice([
        f"세 직선 {l1}, {l2}, {l3}이 서로 평행하고, 두 직선 p, q가 이 세 직선과 만난다. 직선 p 위에서 세 교점 사이의 거리가 차례로 "
        f"{_V(a, st, 'cm')}, {_V(b, st, 'cm')}이고, 직선 q 위에서 처음 두 교점 사이의 거리가 {_V(c, st, 'cm')}일 때, 직선 q 위의 나머지 두 교점 사이의 거리를 {_end(rng)}",
        f"{_m(f'{l1} // {l2} // {l3}', st)}일 때, 두 직선이 세 평행선과 만나서 생기는 선분의 길이가 한 직선에서는 {_V(a, st, 'cm')}, {_V(b, st, 'cm')}, "
        f"다른 직선에서는 {_V(c, st, 'cm')}, x cm이다. x의 값을 {_end(rng)}",
    ])
    ans = _A(d, "cm") if "x의 값" not in text else _A(d)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["평행선", "닮음비"], check=lambda: sp.solve(sp.Eq(a * x, b * c), x) == [d])


@family("9수03-14", "trapezoid-parallel-segment")
def _f14_trap(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ad = rng.randint(3, 10)
    bc = ad + rng.randint(2, 12)
    m, n = rng.randint(1, 4), rng.randint(1, 4)
    ef = _R(ad * n + bc * m, m + n)
    text = rng.choice([
        f"{_m('~AD // ~EF // ~BC', st)}인 사다리꼴 ABCD에서 점 E, F는 각각 변 AB, DC 위에 있고 {_m('~AE', st)} : {_m('~EB', st)} = {m} : {n}이다. "
        f"{_m(f'~AD = {ad} cm', st)}, {_m(f'~BC = {bc} cm', st)}일 때, {_m('~EF', st)}의 길이를 {_end(rng)}",
        f"윗변의 길이가 {ad} cm, 아랫변의 길이가 {bc} cm인 사다리꼴 ABCD(AD // BC)에서, 두 밑변에 평행한 선분 EF를 {_m('~AE', st)} : {_m('~EB', st)} = {m} : {josa(str(n), '이/가')} 되도록 그었다. "
        f"선분 EF의 길이는 몇 cm인가? (단, 점 E는 변 AB 위, 점 F는 변 DC 위에 있다.)",
    ])
    # diagonal AC split: EG = BC*m/(m+n), GF = AD*n/(m+n)
    return Problem(text=text, answer=_A(ef, "cm"), format="computation", difficulty=3, achievement_level="B",
                   concepts=["평행선", "사다리꼴", "닮음비"], check=lambda: _R(bc * m, m + n) + _R(ad * n, m + n) == ef)


@family("9수03-14", "midpoint-connector")
def _f14_mid(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    if mode == 0:
        bc = rng.randint(4, 30)
        text = rng.choice([
            f"{_m('△ABC', st)}에서 두 변 AB, AC의 중점을 각각 M, N이라 하자. {_m(f'~BC = {bc} cm', st)}일 때, {_m('~MN', st)}의 길이를 {_end(rng)}",
            f"삼각형 ABC의 변 AB의 중점 M을 지나고 변 BC에 평행한 직선이 변 AC와 만나는 점을 N이라 하자. {_m(f'~BC = {bc} cm', st)}이면 {_m('~MN', st)}의 길이는?",
        ])
        ans = _A(_R(bc, 2), "cm")
        chk = True
    elif mode == 1:
        a, b, c = rng.randint(4, 14), rng.randint(4, 14), rng.randint(4, 14)
        if max(a, b, c) * 2 >= a + b + c:
            a, b, c = 6, 8, 10
        text = (f"세 변의 길이가 {a} cm, {b} cm, {c} cm인 삼각형의 각 변의 중점을 연결하여 만든 삼각형의 둘레의 길이를 {_end(rng)}")
        ans = _A(_R(a + b + c, 2), "cm")
        chk = True
    else:
        p, q = rng.randint(5, 20), rng.randint(5, 20)
        text = (f"{_m('□ABCD', st)}의 네 변 AB, BC, CD, DA의 중점을 각각 P, Q, R, S라 하자. 두 대각선의 길이가 "
                f"{_m(f'~AC = {p} cm', st)}, {_m(f'~BD = {q} cm', st)}일 때, {_m('□PQRS', st)}의 둘레의 길이를 {_end(rng)}")
        ans = f"{p + q} cm"
        chk = 2 * (_R(p, 2) + _R(q, 2)) == p + q
    return Problem(text=text, answer=ans, format="computation", difficulty=2 + (mode == 2), achievement_level="D" if mode < 2 else "B",
                   concepts=["중점", "평행선"], check=lambda: chk)


@family("9수03-14", "centroid-lengths")
def _f14_cent(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    intro = rng.choice(["점 G가 {t}의 무게중심일 때,", "{t}의 무게중심을 G라 하자.", "점 G는 {t}의 세 중선의 교점이다."]).format(t=_m("△ABC", st))
    if mode == 0:
        ad = rng.randint(2, 12) * 3
        text = f"{intro} 중선 AD의 길이가 {ad} cm이면 {_m('~AG', st)}와 {_m('~GD', st)}의 길이를 차례로 {_end(rng)}"
        ans = f"{2 * ad // 3} cm, {ad // 3} cm"
        chk = 2 * ad // 3 + ad // 3 == ad
    elif mode == 1:
        gd = rng.randint(2, 12)
        text = f"{intro} 점 D는 변 BC의 중점이고 {_m(f'~GD = {gd} cm', st)}일 때, {_m('~AD', st)}의 길이를 {_end(rng)}"
        ans = f"{3 * gd} cm"
        chk = True
    else:
        bg = rng.randint(2, 10) * 2
        text = (f"{intro} 변 AC의 중점을 E라 하자. {_m(f'~BG = {bg} cm', st)}일 때, {_m('~GE', st)}와 {_m('~BE', st)}의 길이를 차례로 {_end(rng)}")
        ans = f"{bg // 2} cm, {bg * 3 // 2} cm"
        chk = (bg * 3) % 2 == 0
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="C",
                   concepts=["무게중심", "중선"], check=lambda: chk)


@family("9수03-14", "centroid-area")
def _f14_carea(rng: random.Random) -> Problem:
    st = pick_style(rng)
    s = rng.randint(2, 20) * 6
    mode = rng.randrange(3)
    intro = f"{_m('△ABC', st)}의 넓이가 {s} cm²이고 점 G는 {_m('△ABC', st)}의 무게중심이다."
    if mode == 0:
        text = f"{intro} {_m('△GBC', st)}의 넓이를 {_end(rng)}"
        ans = s // 3
    elif mode == 1:
        text = f"{intro} 변 BC의 중점을 D라 할 때, {_m('△GBD', st)}의 넓이를 {_end(rng)}"
        ans = s // 6
    else:
        text = f"{intro} 두 변 AB, AC의 중점을 각각 E, F라 할 때, {_m('□AEGF', st)}의 넓이를 {_end(rng)}"
        ans = s // 3
    return Problem(text=text, answer=f"{ans} cm²", format="computation", difficulty=3, achievement_level="B",
                   concepts=["무게중심", "중선"], check=lambda: ans * (3 if mode != 1 else 6) == s)


@family("9수03-14", "parallel-converse-mcq")
def _f14_conv(rng: random.Random) -> Problem:
    st = pick_style(rng)
    opts_good, opts_bad = [], []
    for _ in range(12):
        ad, db = rng.randint(2, 9), rng.randint(2, 9)
        k = rng.choice([1, 2, _R(3, 2), _R(1, 2)])
        ae, ec = ad * k, db * k
        s = f"{_m(f'~AD = {ad}', st)}, {_m(f'~DB = {db}', st)}, {_m(f'~AE = {_mn(ae)}', st)}, {_m(f'~EC = {_mn(ec)}', st)}"
        opts_good.append(s)
        ec2 = ec + rng.choice([1, -1, 2])
        if ec2 > 0 and ad * ec2 != db * ae:
            opts_bad.append(f"{_m(f'~AD = {ad}', st)}, {_m(f'~DB = {db}', st)}, {_m(f'~AE = {_mn(ae)}', st)}, {_m(f'~EC = {_mn(ec2)}', st)}")
    opts_good, opts_bad = list(dict.fromkeys(opts_good)), list(dict.fromkeys(opts_bad))
    if rng.random() < 0.5 and len(opts_bad) >= 4:
        corr, dis = opts_good[0], opts_bad
        stem = f"{_m('△ABC', st)}의 변 AB, AC 위에 각각 점 D, E가 있다. 다음 중 {_m('~DE // ~BC', st)}인 것은?"
    else:
        corr, dis = opts_bad[0], opts_good
        stem = f"{_m('△ABC', st)}의 변 AB, AC 위에 각각 점 D, E가 있다. 다음 중 {_m('~DE // ~BC', st)}가 아닌 것은?"
    ch = choices(rng, corr, dis)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["평행선", "닮음비"], choice=ch)


@family("9수03-14", "parallel-streets-word")
def _f14_life(rng: random.Random) -> Problem:
    a, b = rng.randint(30, 90), rng.randint(30, 90)
    c = rng.choice([40, 45, 50, 60, 75, 80])
    d = _R(b * c, a)
    streets = rng.sample(["1번가", "2번가", "3번가", "은행나무길", "벚꽃길", "중앙로"], 3)
    text = rng.choice([
        f"서로 평행한 세 도로 {streets[0]}, {streets[1]}, {streets[2]}를 두 직선 도로 ㉠, ㉡이 가로지르고 있다. 도로 ㉠을 따라 {streets[0]}에서 {streets[1]}까지 {a} m, "
        f"{streets[1]}에서 {streets[2]}까지 {b} m이다. 도로 ㉡을 따라 {streets[0]}에서 {streets[1]}까지가 {c} m일 때, 도로 ㉡을 따라 {streets[1]}에서 {streets[2]}까지의 거리를 {_end(rng)}",
        f"평행한 세 개의 선반 줄에 비스듬히 두 개의 끈 A, B를 걸었다. 끈 A에서 위 선반과 가운데 선반 사이는 {a} cm, 가운데와 아래 선반 사이는 {b} cm이고, "
        f"끈 B에서 위 선반과 가운데 선반 사이는 {c} cm이다. 끈 B에서 가운데와 아래 선반 사이의 길이는 몇 cm인가?",
    ])
    unit = "m" if "도로" in text else "cm"
    val = float(d)
    ans = f"{val:g} {unit}" if abs(val * 100 - round(val * 100)) < 1e-9 else _A(d, unit)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["평행선", "닮음비"], check=lambda: d * a == b * c)


# ================================================================================================
# 9수03-15 피타고라스 정리
# ================================================================================================
def _sqrt(n: int) -> sp.Expr:
    return sp.sqrt(sp.Integer(n))


@family("9수03-15", "right-triangle-side")
def _f15_side(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u = _u(rng)
    if rng.random() < 0.5:
        k = rng.randint(1, 3)
        a, b, c = (k * t for t in rng.choice(_TRIPLES))
    else:
        a, b = rng.randint(1, 9), rng.randint(1, 9)
        c = None
    mode = rng.randrange(2)
    if c is None:  # no root signs in this grade: ask for the square of the hypotenuse
        text = rng.choice([f"직각을 낀 두 변의 길이가 {_V(a, st, u)}, {_V(b, st, u)}인 직각삼각형의 빗변의 길이를 x {u}라 할 때, x²의 값을 {_end(rng)}",
                           f"{_m('<C = 90°', st)}인 직각삼각형 ABC에서 {_m(f'~BC = {a} {u}', st)}, {_m(f'~CA = {b} {u}', st)}이다. {_m('~AB', st)} = x {u}일 때, x²의 값은?"])
        ans, chk = str(a * a + b * b), True
    elif mode == 0:
        text = rng.choice([f"직각을 낀 두 변의 길이가 {_V(a, st, u)}, {_V(b, st, u)}인 직각삼각형의 빗변의 길이를 {_end(rng)}",
                           f"{_m('<C = 90°', st)}인 직각삼각형 ABC에서 {_m(f'~BC = {a} {u}', st)}, {_m(f'~CA = {b} {u}', st)}일 때, {_m('~AB', st)}의 길이를 {_end(rng)}"])
        ans, chk = _A(c, u), c * c == a * a + b * b
    else:
        text = rng.choice([f"빗변의 길이가 {_V(c, st, u)}이고 다른 한 변의 길이가 {_V(a, st, u)}인 직각삼각형에서 나머지 한 변의 길이를 {_end(rng)}",
                           f"{_m('<B = 90°', st)}인 직각삼각형 ABC에서 {_m(f'~AC = {c} {u}', st)}, {_m(f'~AB = {a} {u}', st)}일 때, {_m('~BC', st)}의 길이는?"])
        ans, chk = _A(b, u), a * a + b * b == c * c
    return Problem(text=text, answer=ans, format="computation", difficulty=1 + (c is None), achievement_level="E" if c else "D",
                   concepts=["피타고라스 정리", "직각삼각형"], check=lambda: chk)


@family("9수03-15", "converse-right-triangle")
def _f15_conv(rng: random.Random) -> Problem:
    k = rng.choice([1, 1, 2, 3])
    good = [tuple(k * t for t in tr) for tr in _TRIPLES]
    bad = []
    for a, b, c in good:
        for d in (-1, 1):
            bad.append((a, b, c + d))
            bad.append((a + d, b, c))
    bad = [t for t in bad if t[0] * t[0] + t[1] * t[1] != t[2] * t[2] and max(t) * 2 < sum(t)]
    mode = rng.randrange(2)
    if mode == 0:
        corr = rng.choice(good)
        fmt = lambda t: ", ".join(f"{x} cm" for x in sorted(t, key=lambda _: rng.random()))  # noqa: E731
        ch = choices(rng, fmt(corr), [fmt(t) for t in rng.sample(bad, 6)])
        stem = rng.choice(["세 변의 길이가 다음과 같은 삼각형 중 직각삼각형인 것은?", "다음 중 직각삼각형의 세 변의 길이가 될 수 있는 것은?"])
        return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                       concepts=["피타고라스 정리", "직각삼각형"], choice=ch, check=lambda: corr[0] ** 2 + corr[1] ** 2 == corr[2] ** 2)
    t = rng.choice(good + bad[:6])
    is_right = t[0] ** 2 + t[1] ** 2 == t[2] ** 2
    text = rng.choice([f"세 변의 길이가 {t[0]} cm, {t[1]} cm, {t[2]} cm인 삼각형은 직각삼각형인지 판별하고, 그 이유를 {_end(rng, '설명')}",
                       f"세 변의 길이가 각각 {t[2]}, {t[0]}, {t[1]}인 삼각형이 직각삼각형인지 아닌지 말하고 까닭을 쓰시오."])
    ans = (f"직각삼각형이다 ({t[0]}² + {t[1]}² = {t[2]}²)" if is_right else f"직각삼각형이 아니다 ({t[0]}² + {t[1]}² ≠ {t[2]}²)")
    return Problem(text=text, answer=ans, format="proof", difficulty=2, achievement_level="C",
                   concepts=["피타고라스 정리", "직각삼각형"])


@family("9수03-15", "ladder-and-screen")
def _f15_life(rng: random.Random) -> Problem:
    mode = rng.randrange(4)
    k = rng.randint(1, 3)
    a, b, c = (k * t for t in rng.choice(_TRIPLES[:5]))
    if mode == 0:
        text = (f"길이가 {c} m인 사다리를 벽에 기대어 세웠더니 사다리의 아래 끝이 벽에서 {a} m 떨어져 있었다. 사다리의 위 끝은 지면으로부터 몇 m 높이에 있는가?")
        ans = f"{b} m"
    elif mode == 1:
        text = (f"가로와 세로의 길이가 각각 {a * 10} cm, {b * 10} cm인 직사각형 모양의 액자가 있다. 이 액자의 대각선의 길이를 {_end(rng)}")
        ans = f"{c * 10} cm"
    elif mode == 2:
        text = (f"{c} m 길이의 연줄을 팽팽하게 당겨 연을 날리고 있다. 연이 줄을 잡은 손의 바로 위에서 수평 방향으로 {a} m 떨어진 지점의 위에 있다면, "
                f"연은 손보다 몇 m 더 높이 있는가? (단, 연줄은 곧게 펴져 있다.)")
        ans = f"{b} m"
    else:
        text = (f"{josa(name(rng), '은/는')} 직사각형 모양의 운동장의 한 꼭짓점에서 대각선 방향의 꼭짓점까지 가로질러 걸어갔다. 운동장의 가로가 {a * 10} m, "
                f"세로가 {b * 10} m일 때, 걸어간 거리를 {_end(rng)}")
        ans = f"{c * 10} m"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["피타고라스 정리", "직각삼각형"], check=lambda: a * a + b * b == c * c)


@family("9수03-15", "squares-on-sides")
def _f15_sq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.randint(4, 60), rng.randint(4, 60)
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"{_m('<A = 90°', st)}인 직각삼각형 ABC의 세 변을 각각 한 변으로 하는 정사각형을 그렸다. 변 AB, AC 위의 정사각형의 넓이가 각각 "
                f"{p} cm², {q} cm²일 때, 변 BC 위의 정사각형의 넓이를 {_end(rng)}")
        ans = f"{p + q} cm²"
    else:
        text = (f"직각삼각형의 세 변을 각각 한 변으로 하는 세 정사각형 중 가장 큰 정사각형의 넓이가 {p + q} cm²이고, 가장 작은 정사각형의 넓이가 "
                f"{min(p, q)} cm²일 때, 나머지 정사각형의 넓이를 {_end(rng)}")
        ans = f"{max(p, q)} cm²"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["피타고라스 정리"], check=lambda: (p + q) - min(p, q) == max(p, q))


@family("9수03-15", "two-right-triangles")
def _f15_two(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # △ABD, △ADC right at D sharing the leg AD (two integer triples with a common leg)
    shared = {4: [(3, 5)], 8: [(6, 10), (15, 17)], 12: [(5, 13), (9, 15), (16, 20)], 15: [(8, 17), (20, 25)],
              24: [(7, 25), (10, 26), (18, 30)], 6: [(8, 10)], 9: [(12, 15)]}
    b = rng.choice([k for k, v in shared.items() if len(v) >= 2])
    (a, c), (dc, acv) = rng.sample(shared[b], 2)
    ac = sp.Integer(acv)
    text = rng.choice([
        f"{_m('△ABC', st)}의 꼭짓점 A에서 변 BC에 내린 수선의 발을 D라 하자. {_m(f'~AB = {c} cm', st)}, {_m(f'~BD = {a} cm', st)}, "
        f"{_m(f'~DC = {dc} cm', st)}일 때, {_m('~AC', st)}의 길이를 {_end(rng)}",
        f"점 D는 {_m('△ABC', st)}의 변 BC 위의 점이고 {_m('~AD ⊥ ~BC', st)}이다. {_m(f'~AB = {c} cm', st)}, {_m(f'~BD = {a} cm', st)}, "
        f"{_m(f'~DC = {dc} cm', st)}이면 {_m('~AC', st)}의 길이는?",
    ])
    return Problem(text=text, answer=_A(ac, "cm"), format="computation", difficulty=3, achievement_level="C",
                   concepts=["피타고라스 정리", "수선의 발"], check=lambda: ac ** 2 == c * c - a * a + dc * dc)


@family("9수03-15", "pythagoras-proof-fill")
def _f15_proof(rng: random.Random) -> Problem:
    mode = rng.randrange(2)
    if mode == 0:
        text = ("다음은 직각을 낀 두 변의 길이가 a, b이고 빗변의 길이가 c인 합동인 직각삼각형 4개를 한 변의 길이가 a + b인 정사각형 안에 "
                "배치하여 피타고라스 정리를 설명하는 과정이다. (가)~(다)에 알맞은 식을 쓰시오.\n"
                "네 직각삼각형의 빗변으로 둘러싸인 가운데 사각형은 한 변의 길이가 c인 정사각형이다.\n"
                "(큰 정사각형의 넓이) = (가) = (직각삼각형 4개의 넓이) + (가운데 정사각형의 넓이) = (나) + c²\n"
                "따라서 a² + 2ab + b² = 2ab + c²이므로 (다)")
        ans = "(가) (a + b)², (나) 2ab, (다) a² + b² = c²"
    else:
        text = ("다음은 빗변의 길이가 c이고 나머지 두 변의 길이가 a, b (a < b)인 합동인 직각삼각형 4개를 한 변의 길이가 c인 정사각형 안에 "
                "배치하여 피타고라스 정리를 설명하는 과정이다. (가)~(다)에 알맞은 식을 쓰시오.\n"
                "가운데에 생기는 작은 사각형은 한 변의 길이가 (가)인 정사각형이다.\n"
                "c² = 4 × (나) + (b − a)² = 2ab + b² − 2ab + a²\n"
                "따라서 (다)")
        ans = "(가) b − a, (나) ab/2, (다) a² + b² = c²"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B",
                   concepts=["피타고라스 정리", "증명"])


@family("9수03-15", "special-segments")
def _f15_special(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    k = rng.randint(1, 2)
    a, b, c = (k * t for t in rng.choice(_TRIPLES))
    if mode == 0:
        text = rng.choice([f"두 변의 길이가 {_V(c, st, 'cm')}로 같고 나머지 한 변의 길이가 {_V(2 * a, st, 'cm')}인 이등변삼각형의 넓이를 {_end(rng)}",
                           f"{_m(f'~AB = ~AC = {c} cm', st)}, {_m(f'~BC = {2 * a} cm', st)}인 이등변삼각형 ABC의 넓이는?"])
        val, unit = sp.Integer(a * b), "cm²"
    elif mode == 1:
        text = rng.choice([f"대각선의 길이가 {_V(c, st, 'cm')}이고 가로의 길이가 {_V(a, st, 'cm')}인 직사각형의 넓이를 {_end(rng)}",
                           f"직사각형 ABCD에서 {_m(f'~AC = {c} cm', st)}, {_m(f'~AB = {a} cm', st)}일 때, 직사각형의 넓이는?"])
        val, unit = sp.Integer(a * b), "cm²"
    else:
        x, y, z = rng.choice([(1, 4, 8), (2, 3, 6), (2, 6, 9), (4, 4, 7), (1, 2, 2), (2, 10, 11), (6, 6, 7), (3, 4, 12), (2, 4, 4)])
        text = f"가로, 세로, 높이가 각각 {_V(x, st, 'cm')}, {_V(y, st, 'cm')}, {_V(z, st, 'cm')}인 직육면체의 대각선의 길이를 {_end(rng)}"
        val, unit = _sqrt(x * x + y * y + z * z), "cm"
    return Problem(text=text, answer=_A(val, unit), format="computation", difficulty=3, achievement_level="C",
                   concepts=["피타고라스 정리"], check=lambda: bool(val.is_integer) and (mode == 2 or a * a + b * b == c * c))


@family("9수03-15", "converse-find-x")
def _f15_findx(rng: random.Random) -> Problem:
    k = rng.randint(1, 3)
    a, b, c = (k * t for t in rng.choice(_TRIPLES))
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"세 변의 길이가 {a} cm, {b} cm, x cm인 삼각형이 가장 긴 변을 빗변으로 하는 직각삼각형이 되도록 하는 x의 값을 구하시오. (단, x > {b})")
        ans = str(c)
    else:
        text = (f"세 변의 길이가 {a}, x, {c}인 삼각형에서 길이가 {c}인 변의 대각이 직각일 때, x의 값을 {_end(rng)}")
        ans = str(b)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["피타고라스 정리", "직각삼각형"], check=lambda: a * a + b * b == c * c)


# ================================================================================================
# 9수03-16 삼각비의 뜻과 값
# ================================================================================================
_TRIG = {
    30: {"sin": _R(1, 2), "cos": sp.sqrt(3) / 2, "tan": sp.sqrt(3) / 3},
    45: {"sin": sp.sqrt(2) / 2, "cos": sp.sqrt(2) / 2, "tan": sp.Integer(1)},
    60: {"sin": sp.sqrt(3) / 2, "cos": _R(1, 2), "tan": sp.sqrt(3)},
}


def _trig_str(fn: str, ang: int | str, st: str) -> str:
    a = f"{ang}°" if isinstance(ang, int) else ang
    if st == "latex":
        return "\\" + fn + " " + a.replace("°", "^{\\circ}")
    return f"{fn} {a}"


@family("9수03-16", "ratios-from-sides")
def _f16_sides(rng: random.Random) -> Problem:
    st = pick_style(rng)
    if rng.random() < 0.6:
        k = rng.randint(1, 2)
        a, b, c = (k * t for t in rng.choice(_TRIPLES))
        a, b, c = sp.Integer(a), sp.Integer(b), sp.Integer(c)
        given = [("BC", a), ("CA", b), ("AB", c)]
    else:
        a, b = sp.Integer(rng.randint(1, 6)), sp.Integer(rng.randint(1, 6))
        c = sp.sqrt(a * a + b * b)
        if c.is_integer:
            a, b, c = sp.Integer(1), sp.Integer(2), sp.sqrt(5)
        given = [("BC", a), ("CA", b)]
    # ∠C = 90°, angle A: opposite BC = a, adjacent CA = b
    fn = rng.choice(["sin", "cos", "tan"])
    ang = rng.choice(["A", "B"])
    opp, adj = (a, b) if ang == "A" else (b, a)
    val = sp.radsimp({"sin": opp / c, "cos": adj / c, "tan": opp / adj}[fn])
    sides = ", ".join(_m(f"~{n} = {_mn(v)}", st) for n, v in given)
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([f"{_m('<C = 90°', st)}인 직각삼각형 ABC에서 {sides}일 때, {_m(f'{fn} {ang}', st)}의 값을 {_end(rng)}",
                           f"직각삼각형 ABC에서 {_m('<C = 90°', st)}이고 {sides}이다. {_m(f'{fn} {ang}', st)}의 값은?"])
        ans = _A(val)
    else:
        vals = {f: sp.radsimp({"sin": opp / c, "cos": adj / c, "tan": opp / adj}[f]) for f in ("sin", "cos", "tan")}
        text = f"{_m('<C = 90°', st)}인 직각삼각형 ABC에서 {sides}일 때, {_m(f'sin {ang}', st)}, {_m(f'cos {ang}', st)}, {_m(f'tan {ang}', st)}의 값을 차례로 {_end(rng)}"
        ans = ", ".join(_A(v) for v in vals.values())
    return Problem(text=text, answer=ans, format="computation", difficulty=1 + (len(given) == 2), achievement_level="D",
                   concepts=["삼각비", "사인", "코사인", "탄젠트"], check=lambda: sp.simplify(opp ** 2 + adj ** 2 - c ** 2) == 0)


@family("9수03-16", "one-ratio-given")
def _f16_one(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c = rng.choice(_TRIPLES[:5] + ((20, 21, 29),))
    g = _pymath.gcd(_pymath.gcd(a, b), c)
    a, b, c = a // g, b // g, c // g
    given_fn = rng.choice(["sin", "cos", "tan"])
    ratio = {"sin": _R(a, c), "cos": _R(b, c), "tan": _R(a, b)}
    ask = [f for f in ("sin", "cos", "tan") if f != given_fn]
    gv = ratio[given_fn]
    text = rng.choice([
        f"{_m('<B = 90°', st)}인 직각삼각형 ABC에서 {_m(f'{given_fn} A = [{gv.p}|{gv.q}]', st)}일 때, {_m(f'{ask[0]} A', st)}와 {_m(f'{ask[1]} A', st)}의 값을 차례로 {_end(rng)}",
        f"{_m('0° < A < 90°', st)}이고 {_m(f'{given_fn} A = [{gv.p}|{gv.q}]', st)}일 때, {_m(f'{ask[0]} A * {ask[1]} A', st)}의 값을 {_end(rng)}",
    ])
    if ("×" in text) or ("\\times" in text):
        ans = _A(ratio[ask[0]] * ratio[ask[1]])
    else:
        ans = f"{_A(ratio[ask[0]])}, {_A(ratio[ask[1]])}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["삼각비", "사인", "코사인", "탄젠트"], check=lambda: ratio["sin"] ** 2 + ratio["cos"] ** 2 == 1)


@family("9수03-16", "special-angle-expression")
def _f16_expr(rng: random.Random) -> Problem:
    st = pick_style(rng)
    terms = rng.sample([(f, a) for f in ("sin", "cos", "tan") for a in (30, 45, 60)], rng.choice([2, 3]))
    ops = [rng.choice(["+", "-", "*"]) for _ in terms[1:]]
    parts = [_trig_str(terms[0][0], terms[0][1], st)]
    # evaluate with the usual precedence (× before + and −)
    syms = [_TRIG[a][f] for f, a in terms]
    prod = syms[0]
    acc = sp.Integer(0)
    for op_, sv in zip(ops, syms[1:], strict=True):
        if op_ == "*":
            prod = prod * sv
        else:
            acc += prod
            prod = sv if op_ == "+" else -sv
    expr_val = sp.expand(acc + prod)
    for (f, a), op_ in zip(terms[1:], ops, strict=True):
        sym = {"+": "+", "-": "-", "*": "\\times" if st == "latex" else "×"}[op_]
        parts.append(f"{sym} {_trig_str(f, a, st)}")
    expr = " ".join(parts)
    expr = f"${expr}$" if st == "latex" else expr
    text = rng.choice([f"{expr}의 값을 {_end(rng)}", f"다음을 계산하시오.\n{expr}", f"{expr}의 값은?"])
    return Problem(text=text, answer=_A(expr_val), format="computation", difficulty=2, achievement_level="C",
                   concepts=["삼각비", "사인", "코사인", "탄젠트"],
                   check=lambda: abs(float(expr_val) - eval(" ".join(
                       [f"_pymath.{terms[0][0]}(_pymath.radians({terms[0][1]}))"] +
                       [f"{o} _pymath.{f}(_pymath.radians({a}))" for (f, a), o in zip(terms[1:], ops, strict=True)]))) < 1e-9)


@family("9수03-16", "special-angle-sides")
def _f16_sides_sp(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ang = rng.choice([30, 45, 60])
    h = rng.randint(2, 12)
    tgt = rng.choice(["BC", "AC"])
    # ∠C = 90°, ∠B = ang, AB = h : AC = h sin B, BC = h cos B
    val = sp.radsimp(h * (_TRIG[ang]["sin"] if tgt == "AC" else _TRIG[ang]["cos"]))
    text = rng.choice([
        f"{_m('<C = 90°', st)}인 직각삼각형 ABC에서 {_m(f'<B = {ang}°', st)}, {_m(f'~AB = {h} cm', st)}일 때, {_m(f'~{tgt}', st)}의 길이를 {_end(rng)}",
        f"빗변 AB의 길이가 {_V(h, st, 'cm')}이고 {_m(f'<B = {ang}°', st)}인 직각삼각형 ABC({_m('<C = 90°', st)})에서 {_m(f'~{tgt}', st)}의 길이는?",
    ])
    return Problem(text=text, answer=_A(val, "cm"), format="computation", difficulty=2, achievement_level="C",
                   concepts=["삼각비", "사인", "코사인"],
                   check=lambda: abs(float(val) - h * (_pymath.sin(_pymath.radians(ang)) if tgt == "AC" else _pymath.cos(_pymath.radians(ang)))) < 1e-9)


@family("9수03-16", "find-angle-from-value")
def _f16_angle(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["sin", "cos", "tan"])
    ang = rng.choice([30, 45, 60])
    v = _TRIG[ang][fn]
    mode = rng.randrange(2)
    if mode == 0:
        text = f"{_m('0° < x < 90°', st)}일 때, {_m(f'{fn} x = {_mn(v)}', st)}를 만족시키는 x의 크기를 {_end(rng)}"
        ans = f"{ang}°"
    else:
        c = rng.choice([10, 15, 20])
        if ang + c >= 90:
            c = 90 - ang - 15
        text = f"{_m(f'{fn} (x + {c}°) = {_mn(v)}', st)}일 때, x의 크기를 {_end(rng)} (단, {_m(f'0° < x < {90 - c}°', st)})"
        ans = f"{ang - c}°" if ang - c > 0 else None
        if ans is None:
            text = f"{_m('0° < x < 90°', st)}일 때, {_m(f'{fn} x = {_mn(v)}', st)}를 만족시키는 x의 크기를 {_end(rng)}"
            ans = f"{ang}°"
    text = text.replace("= 1를", "= 1을").replace("= 1)를", "= 1)을")
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="C",
                   concepts=["삼각비"], check=lambda: abs(getattr(_pymath, fn)(_pymath.radians(ang)) - float(v)) < 1e-9)


@family("9수03-16", "unit-quarter-circle")
def _f16_unit(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ang = rng.choice(["x", "a"])
    segs = {"sin": "~AB", "cos": "~OB", "tan": "~CD"}
    fn = rng.choice(list(segs))
    intro = (f"좌표평면 위에서 원점 O를 중심으로 하고 반지름의 길이가 1인 사분원을 그렸다. 사분원 위의 점 A에서 x축에 내린 수선의 발을 B, "
             f"사분원과 x축의 교점을 D, 점 D에서 x축에 수직인 직선이 반직선 OA와 만나는 점을 C라 하고, {_m(f'<AOB = {ang}', st)}라 하자.")
    stem = f"{intro} 다음 중 {_m(f'{fn} {ang}', st)}의 값과 같은 것은?"
    opts = [_m(s, st) for s in ("~AB", "~OB", "~CD", "~OC", "~BD", "~OA")]
    corr = _m(segs[fn], st)
    ch = choices(rng, corr, [o for o in opts if o != corr])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["삼각비", "사인", "코사인", "탄젠트"], choice=ch)


@family("9수03-16", "special-angle-table")
def _f16_table(rng: random.Random) -> Problem:
    cells = {(f, a): _TRIG[a][f] for f in ("sin", "cos", "tan") for a in (30, 45, 60)}
    hide = rng.sample(list(cells), 3)
    labels = ["(가)", "(나)", "(다)"]
    rows = []
    for f in ("sin", "cos", "tan"):
        row = []
        for a in (30, 45, 60):
            row.append(labels[hide.index((f, a))] if (f, a) in hide else _A(cells[(f, a)]))
        rows.append(f"| {f} A | {' | '.join(row)} |")
    text = ("다음은 특수한 각에 대한 삼각비의 값을 나타낸 표이다. (가), (나), (다)에 알맞은 값을 쓰시오.\n"
            "| A | 30° | 45° | 60° |\n" + "\n".join(rows))
    ans = ", ".join(f"{lab} {_A(cells[h])}" for lab, h in zip(labels, hide, strict=True))
    return Problem(text=text, answer=ans, format="data", difficulty=1, achievement_level="D",
                   concepts=["삼각비", "사인", "코사인", "탄젠트"],
                   check=lambda: all(abs(float(cells[(f, a)]) - getattr(_pymath, f)(_pymath.radians(a))) < 1e-9 for f, a in hide))


@family("9수03-16", "trig-statements-mcq")
def _f16_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    T = lambda s: _m(s, st)  # noqa: E731
    true = [f"{T('sin 30° = cos 60°')}", f"{T('tan 45° = 1')}", f"{T('sin 45° = cos 45°')}", f"{T('sin 60° = [√3|2]')}",
            f"{T('tan 60° = √3')}", f"{T('tan 30° * tan 60° = 1')}", f"{T('cos 30° = [√3|2]')}"]
    false = [f"{T('sin 30° = [√3|2]')}", f"{T('cos 60° = [√3|2]')}", f"{T('tan 30° = √3')}", f"{T('sin 45° = 1')}",
             f"{T('sin 60° = [1|2]')}", f"{T('tan 45° = [√2|2]')}", f"{T('cos 45° = √2')}"]
    if rng.random() < 0.5:
        corr, dis, stem = rng.choice(false), rng.sample(true, 4), "다음 중 옳지 않은 것은?"
    else:
        corr, dis, stem = rng.choice(true), rng.sample(false, 4), "다음 중 옳은 것은?"
    ch = choices(rng, corr, dis)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["삼각비"], choice=ch)


# ================================================================================================
# 9수03-17 삼각비의 활용
# ================================================================================================
def _sin_any(ang: int) -> sp.Expr:
    return _TRIG[ang]["sin"] if ang <= 90 else _TRIG[180 - ang]["sin"]


def _num_ok(expr: sp.Expr, ref: float) -> bool:
    return abs(float(expr) - ref) < 1e-7


@family("9수03-17", "height-by-elevation")
def _f17_height(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ang = rng.choice([30, 45, 60])
    d = rng.choice([6, 9, 10, 12, 15, 20, 24, 30])
    eye = rng.choice([0, 0, sp.Rational(3, 2), sp.Rational(8, 5)])
    h = sp.radsimp(d * _TRIG[ang]["tan"]) + eye
    obj = rng.choice(["나무", "건물", "탑", "국기 게양대", "가로등"])
    who = name(rng)
    if eye:
        text = (f"{josa(who, '은/는')} {obj}에서 {d} m 떨어진 곳에 서서 {obj}의 꼭대기를 올려다보았더니 올려본각의 크기가 {_m(f'{ang}°', st)}였다. "
                f"{who}의 눈높이가 {float(eye):g} m일 때, {obj}의 높이를 {_end(rng)}")
    else:
        text = rng.choice([
            f"{obj}의 밑에서 {d} m 떨어진 지면 위의 한 지점에서 {obj}의 꼭대기를 올려본각의 크기가 {_m(f'{ang}°', st)}였다. {obj}의 높이를 {_end(rng)}",
            f"지면 위의 점 P에서 {obj} 꼭대기를 올려다본 각의 크기가 {_m(f'{ang}°', st)}이고 점 P와 {obj} 밑 사이의 거리가 {d} m이다. {obj}의 높이는 몇 m인가?",
        ])
    return Problem(text=text, answer=_A(h, "m"), format="word", difficulty=2 + bool(eye), achievement_level="C",
                   concepts=["삼각비", "탄젠트"], check=lambda: _num_ok(h, d * _pymath.tan(_pymath.radians(ang)) + float(eye)))


@family("9수03-17", "triangle-area-sine")
def _f17_tri(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = rng.randint(2, 12), rng.randint(2, 12)
    ang = rng.choice([30, 45, 60, 120, 135, 150])
    s = sp.radsimp(_R(a * b, 2) * _sin_any(ang))
    text = rng.choice([
        f"{_m('△ABC', st)}에서 {_m(f'~AB = {a} cm', st)}, {_m(f'~BC = {b} cm', st)}, {_m(f'<B = {ang}°', st)}일 때, {_m('△ABC', st)}의 넓이를 {_end(rng)}",
        f"두 변의 길이가 {_V(a, st, 'cm')}, {_V(b, st, 'cm')}이고 그 끼인각의 크기가 {_m(f'{ang}°', st)}인 삼각형의 넓이를 {_end(rng)}",
    ])
    return Problem(text=text, answer=_A(s, "cm²"), format="computation", difficulty=2 + (ang > 90), achievement_level="C" if ang > 90 else "D",
                   concepts=["삼각비", "사인"], check=lambda: _num_ok(s, a * b * _pymath.sin(_pymath.radians(ang)) / 2))


@family("9수03-17", "parallelogram-quadrilateral-area")
def _f17_quad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = rng.randint(3, 12), rng.randint(3, 12)
    ang = rng.choice([30, 45, 60, 120, 135, 150])
    mode = rng.randrange(2)
    if mode == 0:
        s = sp.radsimp(a * b * _sin_any(ang))
        text = rng.choice([
            f"평행사변형 ABCD에서 {_m(f'~AB = {a} cm', st)}, {_m(f'~BC = {b} cm', st)}, {_m(f'<B = {ang}°', st)}일 때, 이 평행사변형의 넓이를 {_end(rng)}",
            f"이웃하는 두 변의 길이가 {_V(a, st, 'cm')}, {_V(b, st, 'cm')}이고 그 끼인각의 크기가 {_m(f'{ang}°', st)}인 평행사변형의 넓이는?",
        ])
        ref = a * b * _pymath.sin(_pymath.radians(ang))
    else:
        s = sp.radsimp(_R(a * b, 2) * _sin_any(ang))
        text = f"두 대각선의 길이가 {_V(a, st, 'cm')}, {_V(b, st, 'cm')}이고 두 대각선이 이루는 각의 크기가 {_m(f'{ang}°', st)}인 사각형의 넓이를 {_end(rng)}"
        ref = a * b * _pymath.sin(_pymath.radians(ang)) / 2
    return Problem(text=text, answer=_A(s, "cm²"), format="computation", difficulty=3, achievement_level="C",
                   concepts=["삼각비", "사인"], check=lambda: _num_ok(s, ref))


@family("9수03-17", "distance-two-sides-angle")
def _f17_dist(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # AB = c, AC = b, angle A = 60 or 120 ; draw perpendicular from C to line AB
    c, b = rng.randint(3, 12), rng.randint(2, 10)
    ang = rng.choice([60, 60, 120, 45])
    if ang == 45:
        b = rng.randint(1, 6)
        bb = b * sp.sqrt(2)  # AC = b√2 so the foot is at distance b
        h, foot = sp.Integer(b), sp.Integer(b)
        ac_txt = _mn(bb)
        ac_num = b * _pymath.sqrt(2)
    else:
        b = 2 * rng.randint(1, 5)
        h = b * sp.sqrt(3) / 2
        foot = sp.Integer(b // 2) if ang == 60 else -sp.Integer(b // 2)
        ac_txt = str(b)
        ac_num = float(b)
    bc = sp.sqrt(sp.expand(h ** 2 + (c - foot) ** 2))
    u = rng.choice(["m", "m", "km"])
    ctx = rng.randrange(2)
    if ctx == 0:
        text = (f"호수의 양 끝 지점 B, C 사이의 거리를 구하려고 한다. 지점 A에서 {_m(f'~AB = {c} {u}', st)}, {_m(f'~AC = {ac_txt} {u}', st)}, "
                f"{_m(f'<BAC = {ang}°', st)}를 측정하였을 때, 두 지점 B, C 사이의 거리를 {_end(rng)}")
    else:
        text = (f"{_m('△ABC', st)}에서 {_m(f'~AB = {c} cm', st)}, {_m(f'~AC = {ac_txt} cm', st)}, {_m(f'<A = {ang}°', st)}일 때, {_m('~BC', st)}의 길이를 {_end(rng)}")
        u = "cm"
    bc_val = bc
    ref = _pymath.sqrt(c * c + ac_num ** 2 - 2 * c * ac_num * _pymath.cos(_pymath.radians(ang)))
    return Problem(text=text, answer=_A(bc_val, u), format="word" if ctx == 0 else "computation", difficulty=4, achievement_level="B",
                   concepts=["삼각비", "코사인", "사인"], check=lambda: _num_ok(bc_val, ref))


@family("9수03-17", "two-observation-points")
def _f17_two(rng: random.Random) -> Problem:
    st = pick_style(rng)
    d = rng.choice([10, 20, 30, 40, 50, 60])
    mode = rng.randrange(2)
    if mode == 0:
        # same side: angles 30° and 60°, AB = d -> h = d·√3/2
        h = d * sp.sqrt(3) / 2
        text = (f"지면 위의 두 지점 A, B에서 탑의 꼭대기 P를 올려본각의 크기가 각각 {_m('30°', st)}, {_m('60°', st)}이다. 세 점 A, B와 탑의 밑 H가 "
                f"이 순서로 한 직선 위에 있고 {_m(f'~AB = {d} m', st)}일 때, 탑의 높이를 {_end(rng)}")
        ref = d / (1 / _pymath.tan(_pymath.radians(30)) - 1 / _pymath.tan(_pymath.radians(60)))
    else:
        # opposite sides: angles 45° and 60° -> h (1 + 1/√3) = d -> h = d(3 - √3)/2
        h = sp.radsimp(d / (1 + 1 / sp.sqrt(3)))
        h = sp.expand(h)
        text = (f"두 건물 사이의 한 지점 H에 세운 기둥 PH의 꼭대기 P를 양쪽 지점 A, B에서 올려본각의 크기가 각각 {_m('45°', st)}, {_m('60°', st)}이다. "
                f"세 점 A, H, B가 이 순서로 한 직선 위에 있고 {_m(f'~AB = {d} m', st)}일 때, 기둥의 높이를 {_end(rng)}")
        ref = d / (1 + 1 / _pymath.tan(_pymath.radians(60)))
    return Problem(text=text, answer=_A(h, "m"), format="word", difficulty=5, achievement_level="A",
                   concepts=["삼각비", "탄젠트"], check=lambda: _num_ok(h, ref))


@family("9수03-17", "slope-length")
def _f17_slope(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ang = rng.choice([30, 45, 60])
    mode = rng.randrange(3)
    if mode == 0:
        h = rng.randint(2, 10)
        ln = sp.radsimp(h / _TRIG[ang]["sin"])
        text = rng.choice([f"지면과 {_m(f'{ang}°', st)}의 각을 이루는 미끄럼틀의 꼭대기 높이가 {h} m일 때, 미끄럼틀 경사면의 길이를 {_end(rng)}",
                           f"높이 {h} m인 곳까지 지면과 {_m(f'{ang}°', st)}를 이루는 곧은 에스컬레이터를 설치하려고 한다. 에스컬레이터의 길이는 몇 m인가?"])
        ref = h / _pymath.sin(_pymath.radians(ang))
    elif mode == 1:
        ln = rng.randint(2, 12)
        h = sp.radsimp(ln * _TRIG[ang]["sin"])
        text = f"길이가 {ln} m인 사다리를 지면과 {_m(f'{ang}°', st)}를 이루도록 벽에 기대어 세웠다. 사다리의 위 끝은 지면으로부터 몇 m 높이에 있는지 {_end(rng)}"
        ln, ref = h, ln * _pymath.sin(_pymath.radians(ang))
    else:
        ln = rng.randint(10, 200)
        h = sp.radsimp(ln * _TRIG[ang]["sin"])
        text = (f"비행기가 지면과 {_m(f'{ang}°', st)}의 각을 이루며 일직선으로 {ln} m를 날아올랐다. 비행기는 처음보다 몇 m 더 높이 있는가?")
        ln, ref = h, ln * _pymath.sin(_pymath.radians(ang))
    return Problem(text=text, answer=_A(ln, "m"), format="word", difficulty=2, achievement_level="D",
                   concepts=["삼각비", "사인"], check=lambda: _num_ok(ln, ref))


@family("9수03-17", "trig-table-approx")
def _f17_table(rng: random.Random) -> Problem:
    ang = rng.choice([20, 25, 35, 40, 50, 55, 65, 70])
    vals = {f: round(getattr(_pymath, f)(_pymath.radians(ang)), 4) for f in ("sin", "cos", "tan")}
    fn = rng.choice(["sin", "cos", "tan"])
    d = rng.choice([10, 20, 50, 100])
    tbl = ("| 각도 | sin | cos | tan |\n"
           f"| {ang}° | {vals['sin']:.4f} | {vals['cos']:.4f} | {vals['tan']:.4f} |")
    if fn == "tan":
        text = (f"강의 폭을 재기 위하여 강가의 한 지점 A에서 강 건너편의 나무 C를 보았다. 강가를 따라 A에서 {d} m 떨어진 지점 B에서 "
                f"∠ABC = {ang}°를 측정하였다. (단, ∠CAB = 90°) 아래 표를 이용하여 강의 폭 AC를 구하시오.\n{tbl}")
        val = d * vals["tan"]
    elif fn == "sin":
        text = (f"길이가 {d} m인 케이블카 줄이 지면과 {ang}°의 각을 이루며 팽팽하게 설치되어 있다. 아래 표를 이용하여 케이블카가 줄을 따라 끝까지 "
                f"올라갔을 때 높아진 높이를 구하시오.\n{tbl}")
        val = d * vals["sin"]
    else:
        text = (f"지면과 {ang}°의 각을 이루는 길이 {d} m의 경사로가 있다. 아래 표를 이용하여 경사로의 수평 거리를 구하시오.\n{tbl}")
        val = d * vals["cos"]
    ans = f"{round(val, 2):g} m"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["삼각비"], check=lambda: abs(val - d * getattr(_pymath, fn)(_pymath.radians(ang))) < 0.01 * d)


@family("9수03-17", "regular-polygon-area")
def _f17_poly(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randint(2, 10)
    mode = rng.randrange(3)
    if mode == 0:
        s = 6 * a * a * sp.sqrt(3) / 4
        text = f"한 변의 길이가 {_V(a, st, 'cm')}인 정육각형의 넓이를 {_end(rng)}"
        ref = 6 * a * a * _pymath.sqrt(3) / 4
    elif mode == 1:
        s = a * a * sp.sqrt(3) / 4
        text = rng.choice([f"한 변의 길이가 {_V(a, st, 'cm')}인 정삼각형의 넓이를 삼각비를 이용하여 {_end(rng)}",
                           f"정삼각형 ABC의 한 변의 길이가 {_V(a, st, 'cm')}일 때, {_m('△ABC', st)}의 넓이는?"])
        ref = a * a * _pymath.sqrt(3) / 4
    else:
        r = a
        s = 8 * _R(r * r, 2) * _TRIG[45]["sin"]
        text = f"반지름의 길이가 {_V(r, st, 'cm')}인 원에 내접하는 정팔각형의 넓이를 {_end(rng)}"
        ref = 8 * r * r * _pymath.sin(_pymath.radians(45)) / 2
    s = sp.radsimp(s)
    return Problem(text=text, answer=_A(s, "cm²"), format="computation", difficulty=4 if mode == 2 else 3, achievement_level="B",
                   concepts=["삼각비", "사인"], check=lambda: _num_ok(s, ref))


# ================================================================================================
# 9수03-18 원의 현과 접선의 성질
# ================================================================================================
@family("9수03-18", "chord-perpendicular-from-center")
def _f18_chord(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    if rng.random() < 0.6:
        k = rng.randint(1, 2)
        d, half, r = (k * t for t in rng.choice(_TRIPLES[:5]))
        d, half, r = sp.Integer(d), sp.Integer(half), sp.Integer(r)
    else:
        r, d = sp.Integer(rng.randint(3, 10)), sp.Integer(rng.randint(1, 2))
        half = sp.sqrt(r * r - d * d)
    intro = rng.choice(["원 O의 중심에서 현 AB에 내린 수선의 발을 M이라 하자.", "점 O가 중심인 원에서 현 AB와 점 O 사이의 거리를 나타내는 선분을 OM이라 하자."])
    if mode == 0:
        text = f"{intro} 원 O의 반지름의 길이가 {_V(r, st, 'cm')}이고 {_m(f'~OM = {d} cm', st)}일 때, {_m('~AB', st)}의 길이를 {_end(rng)}"
        ans = _A(2 * half, "cm")
    elif mode == 1:
        text = f"{intro} {_m(f'~AB = {_mn(2 * half)} cm', st)}, {_m(f'~OM = {d} cm', st)}일 때, 원 O의 반지름의 길이를 {_end(rng)}"
        ans = _A(r, "cm")
    else:
        text = f"반지름의 길이가 {_V(r, st, 'cm')}인 원 O에서 길이가 {_V(2 * half, st, 'cm')}인 현 AB와 중심 O 사이의 거리를 {_end(rng)}"
        ans = _A(d, "cm")
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["현", "수직이등분선"], also=["9수03-15"], check=lambda: sp.expand(half ** 2 + d ** 2 - r ** 2) == 0)


@family("9수03-18", "broken-plate-radius")
def _f18_plate(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # chord 2a, sagitta h: r = (a² + h²) / (2h)
    a, h = rng.choice([(4, 2), (6, 2), (8, 4), (12, 6), (6, 3), (12, 4), (10, 5), (9, 3), (8, 2), (15, 5), (12, 8), (20, 10)])
    r = _R(a * a + h * h, 2 * h)
    obj = rng.choice(["원 모양의 접시", "원 모양의 거울", "둥근 쟁반", "바퀴"])
    text = rng.choice([
        f"깨진 {obj} 조각이 있다. 조각의 호 위의 두 점 A, B를 이은 현 AB의 길이는 {_V(2 * a, st, 'cm')}이고, 현 AB의 중점 M에서 현에 수직으로 그은 직선이 "
        f"호와 만나는 점을 C라 할 때 {_m(f'~CM = {h} cm', st)}였다. 원래 {obj}의 반지름의 길이를 {_end(rng)}",
        f"원의 일부분인 호 AB에서 현 AB의 길이가 {_V(2 * a, st, 'cm')}이고, 현 AB의 수직이등분선이 호 AB와 만나는 점을 C, 현 AB와 만나는 점을 M이라 하면 "
        f"{_m(f'~CM = {h} cm', st)}이다. 이 호를 포함하는 원의 반지름의 길이를 {_end(rng)}",
    ])
    return Problem(text=text, answer=_A(r, "cm"), format="word", difficulty=4, achievement_level="B",
                   concepts=["현", "호", "수직이등분선"], also=["9수03-15"], check=lambda: (r - h) ** 2 + a * a == r * r)


@family("9수03-18", "equal-distance-chords")
def _f18_equal(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(2)
    if mode == 0:
        a = rng.randrange(40, 140, 2)
        text = (f"원 O의 중심에서 두 현 AB, AC에 내린 수선의 발을 각각 M, N이라 하자. {_m('~OM = ~ON', st)}이고 {_m(f'<BAC = {a}°', st)}일 때, "
                f"{_m('<ABC', st)}의 크기를 {_end(rng)}")
        ans = f"{(180 - a) // 2}°"
        chk = (180 - a) % 2 == 0
    else:
        ln = rng.randint(4, 20)
        d = rng.randint(2, 8)
        text = (f"원 O에서 두 현 AB, CD와 중심 O 사이의 거리가 모두 {_V(d, st, 'cm')}이다. {_m(f'~AB = {ln} cm', st)}일 때, {_m('~CD', st)}의 길이를 {_end(rng)}")
        ans = f"{ln} cm"
        chk = True
    return Problem(text=text, answer=ans, format="computation", difficulty=2 + (mode == 0), achievement_level="C" if mode == 0 else "E",
                   concepts=["현", "이등변삼각형"], check=lambda: chk)


@family("9수03-18", "tangent-lengths-angle")
def _f18_tan(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randrange(30, 150, 2)
    mode = rng.randrange(3)
    intro = "원 밖의 한 점 P에서 원 O에 그은 두 접선의 접점을 각각 A, B라 하자."
    if mode == 0:
        text = f"{intro} {_m(f'<APB = {p}°', st)}일 때, {_m('<AOB', st)}의 크기를 {_end(rng)}"
        ans, chk = f"{180 - p}°", True
    elif mode == 1:
        text = f"{intro} {_m(f'<APB = {p}°', st)}일 때, {_m('<PAB', st)}의 크기를 {_end(rng)}"
        ans, chk = f"{(180 - p) // 2}°", (180 - p) % 2 == 0
    else:
        pa = rng.randint(3, 15)
        text = f"{intro} {_m(f'~PA = {pa} cm', st)}, {_m('<APB = 60°', st)}일 때, {_m('~AB', st)}의 길이를 {_end(rng)}"
        ans, chk = f"{pa} cm", True
    return Problem(text=text, answer=ans, format="computation", difficulty=2 + (mode == 2), achievement_level="D" if mode < 2 else "C",
                   concepts=["접선", "접점"], check=lambda: chk)


@family("9수03-18", "tangent-length-from-point")
def _f18_tlen(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(1, 3)
    r, t, po = (k * x for x in rng.choice(_TRIPLES[:5]))
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([f"반지름의 길이가 {_V(r, st, 'cm')}인 원 O 밖의 한 점 P에서 원 O에 그은 접선의 접점을 T라 하자. {_m(f'~PO = {po} cm', st)}일 때, {_m('~PT', st)}의 길이를 {_end(rng)}",
                           f"원 O의 반지름의 길이는 {_V(r, st, 'cm')}이고, 점 P에서 원의 중심 O까지의 거리는 {_V(po, st, 'cm')}이다. 점 P에서 원 O에 그은 접선의 길이는?"])
        ans = f"{t} cm"
    else:
        text = (f"원 밖의 점 P에서 원 O에 그은 두 접선의 접점을 A, B라 하자. 원 O의 반지름의 길이가 {_V(r, st, 'cm')}이고 {_m(f'~PA = {t} cm', st)}일 때, "
                f"{_m('□APBO', st)}의 넓이를 {_end(rng)}")
        ans = f"{r * t} cm²"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["접선", "접점"], also=["9수03-15"], check=lambda: r * r + t * t == po * po)


@family("9수03-18", "circumscribed-quadrilateral")
def _f18_quad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    w, x, y, z = (rng.randint(2, 9) for _ in range(4))
    ab, bc, cd, da = w + x, x + y, y + z, z + w
    hide = rng.choice(["AB", "BC", "CD", "DA"])
    vals = {"AB": ab, "BC": bc, "CD": cd, "DA": da}
    shown = ", ".join(_m(f"~{k} = {v} cm", st) for k, v in vals.items() if k != hide)
    text = rng.choice([f"원 O가 {_m('□ABCD', st)}의 네 변에 모두 접한다. {shown}일 때, {_m(f'~{hide}', st)}의 길이를 {_end(rng)}",
                       f"원에 외접하는 사각형 ABCD에서 {shown}이다. {_m(f'~{hide}', st)}의 길이는 몇 cm인가?"])
    return Problem(text=text, answer=f"{vals[hide]} cm", format="computation", difficulty=3, achievement_level="C",
                   concepts=["접선", "외접", "접점"], check=lambda: ab + cd == bc + da)


@family("9수03-18", "third-tangent-perimeter")
def _f18_third(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pa = rng.randint(5, 20)
    text = rng.choice([
        f"원 밖의 한 점 P에서 원 O에 그은 두 접선의 접점을 A, B라 하고, 호 AB 위의 한 점 E에서의 접선이 {_m('~PA', st)}, {_m('~PB', st)}와 만나는 점을 각각 C, D라 하자. "
        f"{_m(f'~PA = {pa} cm', st)}일 때, {_m('△PCD', st)}의 둘레의 길이를 {_end(rng)} (단, 호 AB는 점 P에 가까운 쪽의 호이다.)",
        f"점 P에서 원 O에 그은 두 접선 PA, PB(A, B는 접점)가 있다. 점 P 쪽의 호 AB 위의 한 점에서 그은 접선이 두 선분 PA, PB와 각각 C, D에서 만난다. "
        f"{_m(f'~PB = {pa} cm', st)}이면 {_m('△PCD', st)}의 둘레의 길이는?",
    ])
    return Problem(text=text, answer=f"{2 * pa} cm", format="computation", difficulty=4, achievement_level="B",
                   concepts=["접선", "접점"], check=lambda: pa > 0)


@family("9수03-18", "circle-statements-mcq")
def _f18_mcq(rng: random.Random) -> Problem:
    true = ["원의 중심에서 현에 내린 수선은 그 현을 이등분한다.", "현의 수직이등분선은 원의 중심을 지난다.",
            "한 원에서 중심으로부터 같은 거리에 있는 두 현의 길이는 같다.", "한 원에서 길이가 같은 두 현은 중심으로부터 같은 거리에 있다.",
            "원의 접선은 그 접점을 지나는 반지름에 수직이다.", "원 밖의 한 점에서 그 원에 그은 두 접선의 길이는 같다.",
            "원에 외접하는 사각형의 두 쌍의 대변의 길이의 합은 서로 같다."]
    false = ["원의 중심에서 현에 내린 수선은 그 현의 길이와 같다.", "한 원에서 중심에 가까운 현일수록 길이가 짧다.",
             "원의 접선은 접점을 지나는 반지름과 45°를 이룬다.", "원 밖의 한 점에서 그 원에 그은 접선은 하나뿐이다.",
             "원에 외접하는 사각형의 네 변의 길이는 모두 같다.", "현의 수직이등분선은 원의 중심을 지나지 않을 수도 있다."]
    if rng.random() < 0.5:
        corr, dis, stem = rng.choice(false), rng.sample(true, 4), rng.choice(["다음 중 옳지 않은 것은?", "원의 현과 접선에 대한 설명으로 옳지 않은 것은?"])
    else:
        corr, dis, stem = rng.choice(true), rng.sample(false, 4), rng.choice(["다음 중 옳은 것은?", "원의 현과 접선에 대한 설명으로 옳은 것을 고르시오."])
    ch = choices(rng, corr, dis)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["현", "접선"], choice=ch)


# ================================================================================================
# 9수03-19 원주각의 성질
# ================================================================================================
@family("9수03-19", "inscribed-vs-central")
def _f19_basic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.randrange(40, 180, 2)
    mode = rng.randrange(3)
    if mode == 0:
        text = rng.choice([f"원 O에서 {_m(f'<AOB = {c}°', st)}일 때, 호 AB에 대한 원주각 {_m('<APB', st)}의 크기를 {_end(rng)} (단, 점 P는 호 AB를 포함하지 않는 쪽의 원 위의 점이다.)",
                           f"원 O 위의 세 점 A, B, P에 대하여 {_m(f'<AOB = {c}°', st)}이다. 점 P가 긴 호 위에 있을 때, {_m('<APB', st)}의 크기는?"])
        ans = c // 2
    elif mode == 1:
        text = f"원 O에서 호 AB에 대한 원주각의 크기가 {_m(f'{c // 2}°', st)}일 때, 중심각 {_m('<AOB', st)}의 크기를 {_end(rng)}"
        ans = c
    else:
        text = (f"원 O 위의 네 점 A, B, C, D에 대하여 {_m(f'<ACB = {c // 2}°', st)}일 때, {_m('<ADB', st)}와 {_m('<AOB', st)}의 크기를 차례로 {_end(rng)} "
                f"(단, 점 C, D는 호 AB에 대하여 같은 쪽에 있다.)")
        return Problem(text=text, answer=f"{c // 2}°, {c}°", format="computation", difficulty=2, achievement_level="D",
                       concepts=["원주각", "중심각"], check=lambda: c % 2 == 0)
    return Problem(text=text, answer=f"{ans}°", format="computation", difficulty=1, achievement_level="E",
                   concepts=["원주각", "중심각"], check=lambda: c % 2 == 0)


@family("9수03-19", "diameter-right-angle")
def _f19_diam(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x = rng.randint(15, 75)
    mode = rng.randrange(3)
    if mode == 0:
        text = rng.choice([f"선분 AB가 원 O의 지름이고 점 C는 원 위의 점이다. {_m(f'<ABC = {x}°', st)}일 때, {_m('<BAC', st)}의 크기를 {_end(rng)}",
                           f"{_m('~AB', st)}를 지름으로 하는 원 위의 한 점 C에 대하여 {_m(f'<CBA = {x}°', st)}이면 {_m('<CAB', st)}의 크기는?"])
        ans = 90 - x
    elif mode == 1:
        text = (f"선분 AB는 원 O의 지름이고 두 점 C, D는 원 위의 점이다. {_m(f'<CAB = {x}°', st)}일 때, {_m('<ADC', st)}의 크기를 {_end(rng)} "
                f"(단, 두 점 B, D는 현 AC에 대하여 같은 쪽에 있다.)")
        ans = 90 - x  # ∠ADC = ∠ABC = 90 - x
    else:
        k = rng.randint(1, 3)
        a, b, c = (k * t for t in _TRIPLES[:3][rng.randrange(3)])
        text = (f"원 O 위의 세 점 A, B, C에 대하여 {_m('~AB', st)}가 원 O의 지름이고 {_m(f'~AC = {a} cm', st)}, {_m(f'~BC = {b} cm', st)}일 때, "
                f"원 O의 반지름의 길이를 {_end(rng)}")
        return Problem(text=text, answer=_A(_R(c, 2), "cm"), format="computation", difficulty=3, achievement_level="C",
                       concepts=["원주각", "지름"], also=["9수03-15"], check=lambda: a * a + b * b == c * c)
    return Problem(text=text, answer=f"{ans}°", format="computation", difficulty=2, achievement_level="D",
                   concepts=["원주각"], check=lambda: 0 < ans < 90)


@family("9수03-19", "intersecting-chords-angle")
def _f19_cross(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = rng.randint(20, 70), rng.randint(20, 70)
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"원 위의 네 점 A, B, C, D에 대하여 두 현 AC와 BD가 점 P에서 만난다. {_m(f'<ABD = {a}°', st)}, {_m(f'<BDC = {b}°', st)}일 때, "
                f"{_m('<BPC', st)}의 크기를 {_end(rng)}")
        ans = a + b  # ∠ACD = ∠ABD = a (same arc AD); exterior angle of △PCD
    else:
        p = a + b
        text = (f"원 위의 네 점 A, B, C, D에 대하여 두 현 AC와 BD의 교점을 P라 하자. {_m(f'<APD = {p}°', st)}, {_m(f'<ACD = {a}°', st)}일 때, "
                f"{_m('<BAC', st)}의 크기를 {_end(rng)}")
        # ∠APD is the exterior angle of △ABP at P: ∠APD = ∠BAP + ∠ABP, and ∠ABP = ∠ABD = ∠ACD = a
        ans = p - a
    return Problem(text=text, answer=f"{ans}°", format="computation", difficulty=3, achievement_level="C",
                   concepts=["원주각"], check=lambda: ans in (a + b, b))


@family("9수03-19", "arc-ratio-inscribed")
def _f19_arc(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(2)
    if mode == 0:
        while True:
            p, q, r = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 6)
            if 180 % (p + q + r) == 0 and len({p, q, r}) >= 2:
                break
        tgt = rng.choice(["A", "B", "C"])
        opp = {"A": q, "B": r, "C": p}[tgt]  # angle A subtends arc BC (ratio q), B -> arc CA (r), C -> arc AB (p)
        val = 180 * opp // (p + q + r)
        text = rng.choice([f"원 위의 세 점 A, B, C에 대하여 {_m('arc(AB)', st)} : {_m('arc(BC)', st)} : {_m('arc(CA)', st)} = {p} : {q} : {r}일 때, "
                           f"{_m(f'<{tgt}', st)}의 크기를 {_end(rng)} (단, 세 호는 겹치지 않는다.)",
                           f"삼각형 ABC의 외접원이 세 꼭짓점에 의해 호 AB, 호 BC, 호 CA로 나누어지고, 그 길이의 비가 {p} : {q} : {r}이다. "
                           f"{_m(f'<{tgt}', st)}의 크기는 몇 도인가?"])
        return Problem(text=text, answer=f"{val}°", format="computation", difficulty=3, achievement_level="C",
                       concepts=["원주각", "호"], check=lambda: val * (p + q + r) == 180 * opp)
    n = rng.choice([3, 4, 5, 6, 8, 9, 10, 12])
    ang = _R(180, n)
    text = rng.choice([f"원주를 {n}등분하는 점 중 이웃한 두 점 A, B에 대하여, 호 AB를 포함하지 않는 쪽의 원 위의 점 P에서 {_m('<APB', st)}의 크기를 {_end(rng)}",
                       f"호 AB의 길이가 원의 둘레의 [1|{n}]일 때, 호 AB에 대한 원주각의 크기를 {_end(rng)}"])
    text = text.replace(f"[1|{n}]", _m(f"[1|{n}]", st))
    return Problem(text=text, answer=_A(ang, "°"), format="computation", difficulty=2, achievement_level="D",
                   concepts=["원주각", "호"], check=lambda: ang * n == 180)


@family("9수03-19", "obtuse-inscribed-angle")
def _f19_obtuse(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.randrange(40, 160, 2)
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"원 O에서 {_m(f'<AOB = {c}°', st)}이고 점 P는 짧은 호 AB 위의 점이다. {_m('<APB', st)}의 크기를 {_end(rng)}")
        ans = 180 - c // 2
    else:
        text = (f"원 O 위의 세 점 A, B, Q에 대하여 점 Q를 포함하는 호 AB에 대한 중심각의 크기가 {_m(f'{c}°', st)}일 때, "
                f"{_m('<AQB', st)}의 크기를 {_end(rng)}")
        ans = (360 - c) // 2  # ∠AQB stands on the other arc AB, whose central angle is 360° − c
    return Problem(text=text, answer=f"{ans}°", format="computation", difficulty=3, achievement_level="B",
                   concepts=["원주각", "중심각"], check=lambda: 0 < ans < 180)


@family("9수03-19", "tangent-and-inscribed")
def _f19_tan(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randrange(30, 150, 2)
    text = rng.choice([
        f"원 밖의 한 점 P에서 원 O에 그은 두 접선의 접점을 A, B라 하고, 점 C는 호 AB 중 긴 호 위의 점이다. {_m(f'<APB = {p}°', st)}일 때, {_m('<ACB', st)}의 크기를 {_end(rng)}",
        f"두 직선 PA, PB는 점 A, B에서 원 O에 접한다. {_m(f'<APB = {p}°', st)}이고 점 C가 점 P에서 먼 쪽의 호 AB 위에 있을 때, {_m('<ACB', st)}의 크기는?",
    ])
    ans = (180 - p) // 2
    return Problem(text=text, answer=f"{ans}°", format="computation", difficulty=4, achievement_level="B",
                   concepts=["원주각", "접선", "중심각"], also=["9수03-18"], check=lambda: 2 * ans + p == 180)


@family("9수03-19", "inscribed-proof-fill")
def _f19_proof(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"다음은 원 O에서 호 AB에 대한 원주각 {_m('<APB', st)}의 크기가 중심각 {_m('<AOB', st)}의 크기의 [1|2]임을 보이는 과정의 일부이다. "
                f"(원의 중심 O가 {_m('<APB', st)}의 한 변 PB 위에 있는 경우) (가)~(다)에 알맞은 것을 {_end(rng, '쓰')}\n"
                f"{_m('△OPA', st)}에서 {_m('~OA', st)} = (가)이므로 {_m('<OAP = <OPA', st)}\n"
                f"{_m('<AOB', st)}는 {_m('△OPA', st)}의 한 (나)이므로 {_m('<AOB = <OAP + <OPA', st)} = 2 × (다)\n"
                f"따라서 {_m('<APB', st)} = [1|2] {_m('<AOB', st)}")
        text = text.replace("[1|2]", _m("[1|2]", st) if st == "latex" else "1/2")
        ans = "(가) OP, (나) 외각, (다) ∠APB"
    else:
        text = (f"다음은 반원에 대한 원주각의 크기가 90°임을 설명하는 과정이다. (가), (나)에 알맞은 수를 {_end(rng, '쓰')}\n"
                f"선분 AB가 원 O의 지름이면 호 AB에 대한 중심각의 크기는 (가)°이다.\n"
                f"원주각의 크기는 중심각의 크기의 1/2이므로 반원에 대한 원주각의 크기는 (나)°이다.")
        ans = "(가) 180, (나) 90"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B",
                   concepts=["원주각", "중심각", "증명"])


@family("9수03-19", "inscribed-statements-mcq")
def _f19_mcq(rng: random.Random) -> Problem:
    true = ["한 호에 대한 원주각의 크기는 그 호에 대한 중심각의 크기의 1/2이다.", "한 원에서 한 호에 대한 원주각의 크기는 모두 같다.",
            "반원에 대한 원주각의 크기는 90°이다.", "한 원에서 길이가 같은 호에 대한 원주각의 크기는 같다.",
            "한 원에서 호의 길이는 그 호에 대한 원주각의 크기에 정비례한다."]
    false = ["한 호에 대한 원주각의 크기는 중심각의 크기의 2배이다.", "한 원에서 현의 길이는 그 현에 대한 원주각의 크기에 정비례한다.",
             "반원에 대한 원주각의 크기는 180°이다.", "한 호에 대한 원주각은 원 위의 점의 위치에 따라 크기가 달라진다.",
             "원주각의 크기가 같으면 원의 크기가 달라도 호의 길이는 같다."]
    if rng.random() < 0.5:
        corr, dis, stem = rng.choice(false), rng.sample(true, 4), rng.choice(["다음 중 옳지 않은 것은?", "원주각에 대한 설명으로 옳지 않은 것은?"])
    else:
        corr, dis, stem = rng.choice(true), rng.sample(false, 4), rng.choice(["다음 중 옳은 것은?", "원주각에 대한 설명으로 옳은 것을 고르시오."])
    ch = choices(rng, corr, dis)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["원주각", "중심각"], choice=ch)
