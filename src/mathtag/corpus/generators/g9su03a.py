"""Generators for 9수03 (도형과 측정, 중학교), part A: 9수03-01 … 9수03-05.

Part B (``g9su03b.py``) holds 9수03-06 … 9수03-19 and imports the private helpers below.

Private helpers (module-local, prefixed ``_``):

* ``_m(s, st)`` renders a small geometry notation in style ``st`` (latex / unicode / plain):
  ``~AB`` segment, ``<ABC`` angle, ``△ABC``, ``□ABCD``, ``arc(AB)``, ``ray(AB)``, ``line(AB)``,
  ``°``, ``//``, ``⊥``, ``≡``, ``∽``, ``√3`` / ``√(…)``, ``π``, ``[p|q]`` fraction, ``*`` ×,
  ``sin``/``cos``/``tan`` and units (`` cm``, ``cm²``, ``cm³`` …). LaTeX comes back in ``$…$``.
* ``_mini(expr)`` writes a sympy number (roots, π, fractions) in that notation; ``_ans`` gives
  the Unicode text used for answers.
* ``_j(word, pair)`` is ``josa`` that reads units (cm → 센티미터), degrees (° → 도), π (파이),
  fractions (2분의 1) and rendered LaTeX the way Korean speakers do.
"""

from __future__ import annotations

import itertools
import math as _pymath
import random
import re

import sympy as sp

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import choices, with_choices
from mathtag.corpus.notation import pick_style

_FRAC = re.compile(r"\[([^\[\]|]+)\|([^\[\]|]+)\]")
_UNITS = ("mm", "cm", "km", "m")
_SUPMAP = str.maketrans("23", "²³")


# -- notation ------------------------------------------------------------------------------------
def _m(s: str, st: str) -> str:
    """Render the mini geometry notation ``s`` in style ``st``."""
    if st == "latex":
        t = s
        t = re.sub(r"arc\((\w+)\)", r"\\overset{\\frown}{\1}", t)
        t = re.sub(r"ray\((\w+)\)", r"\\overrightarrow{\1}", t)
        t = re.sub(r"line\((\w+)\)", r"\\overleftrightarrow{\1}", t)
        t = re.sub(r"~([A-Z]+'*)", r"\\overline{\1}", t)
        t = re.sub(r"<([A-Za-z]+'*)", r"\\angle \1", t)
        t = re.sub(r"△\s*([A-Z]+)", r"\\triangle \1", t)
        t = re.sub(r"□\s*([A-Z]+)", r"\\square \1", t)
        t = re.sub(r"(?<=[\dπ\]])\s?(mm|cm|km|m)([²³])",
                   lambda mm: f"\\mathrm{{~{mm.group(1)}}}^{{{'2' if mm.group(2) == '²' else '3'}}}", t)
        t = re.sub(r"(?<=[\dπ\]])\s?(mm|cm|km|m)\b", r"\\mathrm{~\1}", t)
        while _FRAC.search(t):
            t = _FRAC.sub(lambda mm: f"\\frac{{{mm.group(1).strip()}}}{{{mm.group(2).strip()}}}", t)
        t = re.sub(r"√\(([^()]+)\)", r"\\sqrt{\1}", t)
        t = re.sub(r"√(\w+)", r"\\sqrt{\1}", t)
        t = t.replace("°", "^{\\circ}").replace("π", "\\pi").replace("//", "/\\!/")
        t = t.replace("⊥", "\\perp").replace("≡", "\\equiv").replace("∽", "\\sim")
        t = t.replace("*", "\\times ").replace("≤", "\\le ").replace("≥", "\\ge ").replace("≠", "\\ne ")
        t = re.sub(r"\b(sin|cos|tan)\b", r"\\\1", t)
        t = re.sub(r"²", "^{2}", t)
        t = re.sub(r"  +", " ", t)
        return f"${t.strip()}$"

    def fr(mm: re.Match[str]) -> str:
        p, q = mm.group(1).strip(), mm.group(2).strip()
        p = f"({p})" if re.search(r"[+\-− ]", p) else p
        q = f"({q})" if re.search(r"[+\-− ]", q) else q
        return f"{p}/{q}"

    t = s
    t = re.sub(r"arc\((\w+)\)", r"호 \1", t)
    t = re.sub(r"ray\((\w+)\)", r"반직선 \1", t)
    t = re.sub(r"line\((\w+)\)", r"직선 \1", t)
    t = re.sub(r"~([A-Z]+'*)", r"\1", t)
    t = re.sub(r"<([A-Za-z]+'*)", r"∠\1", t)
    while _FRAC.search(t):
        t = _FRAC.sub(fr, t)
    t = t.replace("*", "×")
    if st == "plain":
        t = re.sub(r"△\s*([A-Z]+)", r"삼각형 \1", t)
        t = re.sub(r"□\s*([A-Z]+)", r"사각형 \1", t)
    return t


def _mini(expr: sp.Basic | int) -> str:
    """A sympy number in the mini notation (``2√3``, ``[3|2]``, ``12π``, ``[25π|2]``)."""
    e = sp.nsimplify(expr) if not isinstance(expr, int) else sp.Integer(expr)
    s = sp.sstr(e)
    s = re.sub(r"sqrt\((\d+)\)", r"√\1", s)
    s = s.replace("pi", "π").replace("**", "^")
    s = s.replace("*", "")
    s = re.sub(r"([\w√π]+)/(\d+)", r"[\1|\2]", s)
    return s


def _v(expr: sp.Basic | int, st: str, unit: str = "") -> str:
    """A number with an optional unit, rendered."""
    body = _mini(expr)
    if unit:
        body += "°" if unit == "°" else f" {unit}"
    return _m(body, st)


def _ans(expr: sp.Basic | int, unit: str = "") -> str:
    """The answer text (Unicode notation)."""
    body = _m(_mini(expr), "unicode")
    if not unit:
        return body
    return f"{body}°" if unit == "°" else f"{body} {unit}"


_UNIT_READ = {"mm": "터", "cm": "터", "km": "터", "m": "터", "°": "도", "π": "이", "L": "터",
              "mL": "터", "g": "램", "kg": "램"}


def _j(w: str, pair: str) -> str:
    """``josa`` that knows how units, degrees, π, fractions and LaTeX are read aloud."""
    core = w.rstrip(" $")
    proxy = None
    t = re.sub(r"\\mathrm\{~?(\w+)\}(\^\{[23]\})?$", r"\1", core)
    t = re.sub(r"\^\{\\circ\}$", "°", t)
    t = re.sub(r"\\pi$", "π", t)
    m = re.search(r"(?:[\dπ\]}]|\\pi)\s?(mm|cm|km|m|mL|L|kg|g)[²³]?$", t)
    if m:
        proxy = _UNIT_READ[m.group(1)]
    elif t.endswith("°"):
        proxy = "도"
    elif t.endswith("π"):
        proxy = "파이"
    elif (mm := re.search(r"\\frac\{([^{}]*)\}\{[^{}]*\}$", t)) or (mm := re.search(r"(\w+)/\(?\w+\)?$", t)):
        proxy = mm.group(1)
    elif re.search(r"(\^\{?2\}?|²)$", t):
        proxy = "곱"
    else:
        proxy = t
    return w + josa(proxy, pair)[len(proxy):]


def _end(rng: random.Random, what: str = "구") -> str:
    """Question endings."""
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보세요."])
    if what == "고르":
        return rng.choice(["고르시오.", "고르세요.", "골라라.", "찾으시오."])
    if what == "설명":
        return rng.choice(["설명하시오.", "설명하세요.", "설명해 보시오.", "설명하여라."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보세요."])


def _pts(rng: random.Random, k: int) -> str:
    """k consecutive capital letters (vertex names), usually from A, sometimes shifted."""
    start = rng.choice([0, 0, 0, 15, 3]) if k <= 4 else 0
    return "".join(chr(65 + start + i) for i in range(k))


def _deg_ok(x: sp.Basic) -> bool:
    return bool(sp.nsimplify(x).is_positive) and float(x) < 180


# ================================================================================================
# 9수03-01 점, 선, 면, 각 / 위치 관계
# ================================================================================================
@family("9수03-01", "count-lines-rays-segments")
def _f01_count(rng: random.Random) -> Problem:
    n = rng.randint(4, 7)
    k = rng.choice([0, 0, 3, 3, 4]) if n >= 5 else rng.choice([0, 3])
    what = rng.choice(["직선", "반직선", "선분"])
    pair_total = n * (n - 1) // 2
    if k == 0:
        ans = {"직선": pair_total, "반직선": 2 * pair_total, "선분": pair_total}[what]
        setup = rng.choice([
            f"평면 위에 어느 세 점도 한 직선 위에 있지 않은 서로 다른 {n}개의 점이 있다.",
            f"한 원 위에 서로 다른 {n}개의 점이 있다.",
            f"운동장에 깃발 {n}개를 꽂았는데, 어느 세 깃발도 일직선 위에 있지 않다. 깃발의 위치를 점으로 생각하자.",
        ])
        diff, lvl = 2, "D"
    else:
        # k points collinear, the rest in general position
        lines = pair_total - k * (k - 1) // 2 + 1
        rays = 2 * pair_total - k * (k - 1) + 2 * (k - 1)
        segs = pair_total
        ans = {"직선": lines, "반직선": rays, "선분": segs}[what]
        setup = rng.choice([
            f"평면 위에 서로 다른 {n}개의 점이 있는데, 이 중 {k}개의 점만 한 직선 위에 있고 그 밖의 어느 세 점도 한 직선 위에 있지 않다.",
            f"평면 위의 {n}개의 점 중에서 {k}개는 일직선 위에 놓여 있고, 나머지 점들은 어느 세 점을 골라도 한 직선 위에 있지 않다.",
        ])
        diff, lvl = 4, "B"
    q = rng.choice([
        f"이 중 두 점을 지나는 서로 다른 {what}의 개수를 {_end(rng)}",
        f"두 점을 골라 만들 수 있는 서로 다른 {what}은 모두 몇 개인가?",
        f"이 점들 중 두 점을 이어 그릴 수 있는 {what}의 개수는?",
    ])

    def chk() -> bool:
        pts = [(i, 0) for i in range(k)] + [(i + 1, (i + 1) ** 2 + 7) for i in range(n - k)]
        if k == 0:
            pts = [(i, i * i) for i in range(n)]
        ls, rs, ss = set(), set(), set()
        for p, q2 in itertools.permutations(pts, 2):
            dx, dy = q2[0] - p[0], q2[1] - p[1]
            g = _pymath.gcd(dx, dy)
            d = (dx // g, dy // g)
            dn = (-d[0], -d[1]) if d < (0, 0) else d
            c = dn[1] * p[0] - dn[0] * p[1]
            ls.add((dn, c))
            rs.add((p, d))
            ss.add(frozenset((p, q2)))
        return {"직선": len(ls), "반직선": len(rs), "선분": len(ss)}[what] == ans

    return Problem(text=f"{setup} {q}", answer=f"{ans}개", format="word", difficulty=diff,
                   achievement_level=lvl, concepts=["직선", "반직선", "선분"], check=chk)


@family("9수03-01", "ray-line-segment-identity")
def _f01_rays(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    P = rng.choice(["ABCD", "ABCD", "PQRS", "ABCD"])
    idx = {c: i for i, c in enumerate(P)}

    def truth(kind: str, u: str, v: str) -> bool:
        a, b = u, v
        if kind == "line":
            return True
        if kind == "seg":
            return set(a) == set(b)
        # rays: same start, same direction
        return a[0] == b[0] and (idx[a[1]] - idx[a[0]]) * (idx[b[1]] - idx[b[0]]) > 0

    def render(kind: str, u: str) -> str:
        if kind == "seg" and st != "latex":
            return f"선분 {u}"
        return {"line": f"line({u})", "seg": f"~{u}", "ray": f"ray({u})"}[kind]

    pairs = [p for p in itertools.permutations(P, 2)]
    stmts_t, stmts_f = [], []
    for _ in range(200):
        kind = rng.choice(["ray", "ray", "ray", "seg", "line"])
        u, v = rng.sample(pairs, 2)
        u, v = "".join(u), "".join(v)
        if kind == "seg" and set(u) != set(v) and rng.random() < 0.6:
            v = u[::-1]
        s = _m(f"{render(kind, u)} = {render(kind, v)}", st)
        (stmts_t if truth(kind, u, v) else stmts_f).append(s)
    stmts_t, stmts_f = list(dict.fromkeys(stmts_t)), list(dict.fromkeys(stmts_f))
    ask_true = rng.random() < 0.5
    if ask_true:
        correct, wrong = rng.choice(stmts_t), stmts_f
        stem_q = rng.choice(["다음 중 옳은 것은?", "다음 중 옳은 것을 고르면?"])
    else:
        correct, wrong = rng.choice(stmts_f), stmts_t
        stem_q = rng.choice(["다음 중 옳지 않은 것은?", "다음 중 옳지 않은 것을 고르면?"])
    ch = choices(rng, correct, wrong)
    lst = ", ".join(P)
    stem = rng.choice([
        f"한 직선 위에 네 점 {_j(lst, '이/가')} 이 순서대로 있을 때, {stem_q}",
        f"직선 l 위에 네 점 {_j(lst, '이/가')} 차례로 놓여 있다. {stem_q}",
    ])

    def chk() -> bool:
        return sum(1 for o in ch.options if (o in stmts_t) == ask_true) == 1

    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["직선", "반직선", "선분"], choice=ch, check=chk)


@family("9수03-01", "midpoint-lengths")
def _f01_mid(rng: random.Random) -> Problem:
    st = pick_style(rng)
    unit = rng.choice(["cm", "cm", "m"])
    kind = rng.randrange(3)
    if kind == 0:
        ab = rng.choice(range(8, 49, 4))
        ans = sp.Rational(ab, 4)  # M midpoint AB, N midpoint MB, MN = AB/4
        text = (f"선분 AB의 중점을 M, 선분 MB의 중점을 N이라 하자. {_m(f'~AB = {ab} {unit}', st)}일 때, "
                f"{_m('~MN', st)}의 길이를 {_end(rng)}")
        diff, lvl = 2, "D"
        chk = lambda: sp.Rational(ab, 2) - sp.Rational(ab, 2) / 2 == ans  # noqa: E731
    elif kind == 1:
        mn = rng.randint(3, 15)
        ans = sp.Integer(4 * mn)
        text = rng.choice([
            f"두 점 M, N은 각각 선분 AB, 선분 AM의 중점이다. {_m(f'~MN = {mn} {unit}', st)}일 때, 선분 AB의 길이를 {_end(rng)}",
            f"점 M은 {_m('~AB', st)}의 중점이고 점 N은 {_m('~AM', st)}의 중점이다. {_m(f'~NM = {mn} {unit}', st)}이면 {_m('~AB', st)}의 길이는 몇 {unit}인가?",
        ])
        diff, lvl = 2, "D"
        chk = lambda: sp.Integer(mn) * 2 * 2 == ans  # noqa: E731
    else:
        # A, B, C on a line in order; M mid AB, N mid BC; MN = AC/2
        ab, bc = rng.randint(4, 20) * 2, rng.randint(4, 20) * 2
        ac = ab + bc
        ans = sp.Integer(ac // 2)
        text = rng.choice([
            f"한 직선 위에 세 점 A, B, C가 이 순서대로 있고, 두 점 M, N은 각각 {_m('~AB', st)}, {_m('~BC', st)}의 중점이다. "
            f"{_m(f'~AC = {ac} {unit}', st)}일 때, {_m('~MN', st)}의 길이를 {_end(rng)}",
            f"일직선 도로 위에 세 지점 A, B, C가 차례로 있다. A와 B의 한가운데 지점을 M, B와 C의 한가운데 지점을 N이라 한다. "
            f"A에서 C까지의 거리가 {ac} {unit}일 때, M과 N 사이의 거리는 몇 {unit}인가?",
        ])
        diff, lvl = 3, "C"
        chk = lambda: sp.Rational(ab, 2) + sp.Rational(bc, 2) == ans  # noqa: E731
    return Problem(text=text, answer=_ans(ans, unit), format="computation" if kind < 2 else "word",
                   difficulty=diff, achievement_level=lvl, concepts=["중점", "두 점 사이의 거리"], check=chk)


@family("9수03-01", "vertical-angles-equation")
def _f01_vert(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x = sp.Symbol("x")
    kind = rng.randrange(3)
    if kind == 0:
        # vertical angles: a x + b = c x + d
        sol = rng.randint(10, 40)
        a, c = rng.sample(range(1, 6), 2)
        b = rng.randint(-20, 40)
        d = a * sol + b - c * sol
        e1, e2 = sp.expand(a * x + b), sp.expand(c * x + d)
        if not (_deg_ok(e1.subs(x, sol)) and (e1.subs(x, sol) != 90)):
            sol, a, c, b, d = 20, 3, 2, 10, 30
            e1, e2 = 3 * x + 10, 2 * x + 30
        text = rng.choice([
            f"두 직선이 한 점에서 만날 때 생기는 맞꼭지각의 크기가 각각 {_m(f'({_mini(e1)})°', st)}, "
            f"{_m(f'({_mini(e2)})°', st)}이다. x의 값을 {_end(rng)}",
            f"두 직선 l, m이 점 O에서 만난다. 서로 맞꼭지각인 두 각의 크기가 {_m(f'({_mini(e1)})°', st)}, "
            f"{_m(f'({_mini(e2)})°', st)}일 때, x의 값은?",
        ])
        ans = sol
        chk = lambda: sp.solve(sp.Eq(e1, e2), x) == [sol]  # noqa: E731
        diff, lvl, fmt = 2, "D", "computation"
    elif kind == 1:
        # three lines through a point: angles a, b, c around consecutive sum to 180
        p, q = rng.randint(20, 70), rng.randint(20, 70)
        r = 180 - p - q
        if r <= 10:
            p, q, r = 50, 60, 70
        k = rng.choice([2, 3])
        # the third angle written as k*x
        while r % k:
            p += 1
            r -= 1
        ans = r // k
        text = rng.choice([
            f"세 직선이 한 점 O에서 만나 여섯 개의 각이 생겼다. 이웃한 세 각의 크기가 차례로 {_m(f'{p}°', st)}, "
            f"{_m(f'{k}x°', st)}, {_m(f'{q}°', st)}일 때, x의 값을 {_end(rng)}",
            f"한 점에서 만나는 세 직선이 만드는 각 중 평각 위에 나란히 놓인 세 각의 크기가 {_m(f'{p}°', st)}, "
            f"{_m(f'{q}°', st)}, {_m(f'{k}x°', st)}이다. x의 값은 얼마인가?",
        ])
        chk = lambda: sp.solve(sp.Eq(p + q + k * x, 180), x) == [ans]  # noqa: E731
        diff, lvl, fmt = 2, "C", "computation"
    else:
        # angle with x and its vertical angle uses a perpendicular
        p = rng.randint(15, 70)
        ans = 90 - p
        text = rng.choice([
            f"두 직선 AB와 CD가 점 O에서 만나고, 점 O를 지나는 반직선 OE는 직선 AB에 수직이다. "
            f"점 C가 {_m('<AOE', st)}의 내부에 있고 {_m(f'<EOC = {p}°', st)}일 때, {_m('<BOD', st)}의 크기를 {_end(rng)}",
            f"직선 AB 위의 점 O에서 {_m('~OE ⊥ ~AB', st)}가 되도록 반직선 OE를 긋고, O를 지나는 직선 CD를 "
            f"점 C가 {_m('<AOE', st)}의 내부에 오도록 그었다. {_m(f'<EOC = {p}°', st)}이면 {_m('<BOD', st)}의 크기는 몇 도인가?",
        ])
        chk = lambda: 180 - 90 - p == ans  # noqa: E731
        diff, lvl, fmt = 3, "C", "word"
        # ∠AOC = 90 - p (C between A and E side) ... BOD is vertical to AOC
        return Problem(text=text, answer=f"{ans}°", format=fmt, difficulty=diff,
                       achievement_level=lvl, concepts=["맞꼭지각", "직교", "평각"], check=chk)
    return Problem(text=text, answer=str(ans), format=fmt, difficulty=diff, achievement_level=lvl,
                   concepts=["맞꼭지각", "평각", "교각"], check=chk)


# solids with labelled vertices (coordinates) for position-relation questions
def _solid(kind: str) -> tuple[str, dict[str, tuple[int, int, int]], list[str], list[str]]:
    if kind == "cuboid":
        v = {"A": (0, 0, 1), "B": (2, 0, 1), "C": (2, 3, 1), "D": (0, 3, 1),
             "E": (0, 0, 0), "F": (2, 0, 0), "G": (2, 3, 0), "H": (0, 3, 0)}
        edges = ["AB", "BC", "CD", "DA", "EF", "FG", "GH", "HE", "AE", "BF", "CG", "DH"]
        faces = ["ABCD", "EFGH", "ABFE", "BCGF", "CDHG", "DAEH"]
        return "직육면체 ABCD-EFGH", v, edges, faces
    if kind == "tri":
        v = {"A": (0, 0, 2), "B": (4, 0, 2), "C": (1, 3, 2), "D": (0, 0, 0), "E": (4, 0, 0), "F": (1, 3, 0)}
        edges = ["AB", "BC", "CA", "DE", "EF", "FD", "AD", "BE", "CF"]
        faces = ["ABC", "DEF", "ABED", "BCFE", "CADF"]
        return "삼각기둥 ABC-DEF", v, edges, faces
    # pentagonal? use a square pyramid
    v = {"O": (1, 1, 3), "A": (0, 0, 0), "B": (2, 0, 0), "C": (2, 2, 0), "D": (0, 2, 0)}
    edges = ["OA", "OB", "OC", "OD", "AB", "BC", "CD", "DA"]
    faces = ["ABCD", "OAB", "OBC", "OCD", "ODA"]
    return "사각뿔 O-ABCD", v, edges, faces


def _vec(p: tuple[int, ...], q: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(b - a for a, b in zip(p, q, strict=True))


def _cross(u: tuple[int, ...], w: tuple[int, ...]) -> tuple[int, int, int]:
    return (u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0])


def _dot(u: tuple[int, ...], w: tuple[int, ...]) -> int:
    return sum(a * b for a, b in zip(u, w, strict=True))


def _line_rel(v: dict, e1: str, e2: str) -> str:
    p1, d1 = v[e1[0]], _vec(v[e1[0]], v[e1[1]])
    p2, d2 = v[e2[0]], _vec(v[e2[0]], v[e2[1]])
    if _cross(d1, d2) == (0, 0, 0):
        return "same" if _cross(d1, _vec(p1, p2)) == (0, 0, 0) else "parallel"
    if _dot(_vec(p1, p2), _cross(d1, d2)) == 0:
        return "meet"
    return "skew"


def _edge_face_rel(v: dict, e: str, f: str) -> str:
    n = _cross(_vec(v[f[0]], v[f[1]]), _vec(v[f[0]], v[f[2]]))
    d = _vec(v[e[0]], v[e[1]])
    on = _dot(n, _vec(v[f[0]], v[e[0]])) == 0
    if _dot(n, d) == 0:
        return "contained" if on else "parallel"
    return "perp" if _cross(n, d) == (0, 0, 0) else "meet"


@family("9수03-01", "solid-edge-relations")
def _f01_solid(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["cuboid", "cuboid", "tri", "pyr"])
    title, v, edges, _faces = _solid(kind)
    e = rng.choice(edges)
    rel = rng.choice(["skew", "parallel", "meet"] if kind != "pyr" else ["skew", "meet", "parallel"])
    found = [f for f in edges if f != e and _line_rel(v, e, f) == rel]
    if not found:
        rel = "skew"
        found = [f for f in edges if f != e and _line_rel(v, e, f) == rel]
    word = {"skew": "꼬인 위치에 있는", "parallel": "평행한", "meet": "한 점에서 만나는"}[rel]
    seg = _m(f"~{e}", st)
    ask_count = rng.random() < 0.6
    desc = ""
    if kind == "cuboid":
        desc = rng.choice(["", " (윗면이 ABCD, 아랫면이 EFGH이고 A 바로 아래에 E가 있다)"])
    elif kind == "tri":
        desc = rng.choice(["", " (두 밑면은 △ABC, △DEF이고 옆모서리는 AD, BE, CF이다)"])
    elif kind == "pyr":
        desc = " (밑면은 사각형 ABCD이고 꼭짓점 O는 밑면의 중심 바로 위에 있다)"
    if ask_count:
        text = rng.choice([
            f"{title}{desc}에서 모서리 {_j(seg, '과/와')} {word} 모서리의 개수를 {_end(rng)}",
            f"{title}{desc}에서 모서리 {_j(seg, '과/와')} {word} 모서리는 모두 몇 개인가?",
        ])
        ans = f"{len(found)}개"
        fmt, diff, lvl = "word", 2, "D"
        chk = lambda: len([f for f in edges if f != e and _line_rel(v, e, f) == rel]) == len(found)  # noqa: E731
        return Problem(text=text, answer=ans, format=fmt, difficulty=diff, achievement_level=lvl,
                       concepts=["꼬인 위치", "위치 관계"], check=chk)
    text = rng.choice([
        f"{title}{desc}에서 모서리 {_j(seg, '과/와')} {word} 모서리를 모두 {_end(rng, '쓰')}",
        f"{title}{desc}에서 {_j(seg, '과/와')} {word} 모서리를 빠짐없이 {_end(rng, '쓰')}",
    ])
    ans = ", ".join(_m(f"~{f}", "unicode") for f in found)
    return Problem(text=text, answer=ans, format="word", difficulty=3 if rel == "skew" else 2,
                   achievement_level="C" if rel == "skew" else "D", concepts=["꼬인 위치", "위치 관계"],
                   check=lambda: all(_line_rel(v, f, e) == rel for f in found))


@family("9수03-01", "edge-face-relations")
def _f01_face(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["cuboid", "cuboid", "tri"])
    title, v, edges, faces = _solid(kind)
    mode = rng.randrange(3)
    if mode == 0:
        e = rng.choice(edges)
        rel = rng.choice(["parallel", "perp", "contained"])
        found = [f for f in faces if _edge_face_rel(v, e, f) == rel]
        if not found:
            rel = "contained"
            found = [f for f in faces if _edge_face_rel(v, e, f) == rel]
        w = {"parallel": "평행한", "perp": "수직인", "contained": "포함하는"}[rel]
        subj = (f"모서리 {_j(_m('~' + e, st), '과/와')} {w} 면" if rel != "contained"
                else f"모서리 {_j(_m('~' + e, st), '을/를')} {w} 면")
        text = f"{title}에서 {subj}의 개수를 {_end(rng)}"
        ans = len(found)
        chk = lambda: sum(_edge_face_rel(v, e, f) == rel for f in faces) == ans  # noqa: E731
        concepts = ["직선과 평면의 위치 관계", "직교"]
    elif mode == 1:
        f = rng.choice(faces)
        rel = rng.choice(["parallel", "perp"])
        found = [e for e in edges if _edge_face_rel(v, e, f) == rel]
        if not found:
            rel = "parallel" if rel == "perp" else "perp"
            found = [e for e in edges if _edge_face_rel(v, e, f) == rel]
        if not found:
            rel = "contained"
            found = [e for e in edges if _edge_face_rel(v, e, f) == rel]
        w = {"parallel": "평행한", "perp": "수직인", "contained": "포함된"}[rel]
        fn = f
        text = rng.choice([
            f"{title}에서 면 {_j(fn, '과/와')} {w} 모서리는 몇 개인가?" if rel != "contained" else f"{title}에서 면 {fn}에 {w} 모서리는 몇 개인가?",
            f"{title}에서 면 {_j(fn, '과/와')} {w} 모서리의 개수를 {_end(rng)}" if rel != "contained" else f"{title}에서 면 {fn}에 {w} 모서리의 개수를 {_end(rng)}",
        ])
        ans = len(found)
        chk = lambda: sum(_edge_face_rel(v, e, f) == rel for e in edges) == ans  # noqa: E731
        concepts = ["직선과 평면의 위치 관계"]
    else:
        # face-face parallel pairs / perpendicular to a face
        f = rng.choice(faces)

        def nrm(face: str) -> tuple[int, int, int]:
            return _cross(_vec(v[face[0]], v[face[1]]), _vec(v[face[0]], v[face[2]]))

        perp = [g for g in faces if g != f and _dot(nrm(f), nrm(g)) == 0]
        fn = f
        text = rng.choice([
            f"{title}에서 면 {_j(fn, '과/와')} 수직인 면의 개수를 {_end(rng)}",
            f"{title}에서 면 {_j(fn, '과/와')} 수직으로 만나는 면은 모두 몇 개인가?",
        ])
        ans = len(perp)
        chk = lambda: len([g for g in faces if g != f and _cross(nrm(f), nrm(g)) != (0, 0, 0) and _dot(nrm(f), nrm(g)) == 0]) == ans  # noqa: E731
        concepts = ["두 평면의 위치 관계", "직교"]
    return Problem(text=text, answer=f"{ans}개", format="computation", difficulty=2, achievement_level="D",
                   concepts=concepts, check=chk)


_SPACE_TRUE = [
    "한 직선 위에 있지 않은 서로 다른 세 점은 하나의 평면을 결정한다.",
    "한 평면에 수직인 서로 다른 두 직선은 평행하다.",
    "한 직선에 평행한 서로 다른 두 직선은 평행하다.",
    "서로 만나는 두 직선은 하나의 평면을 결정한다.",
    "평행한 두 평면과 다른 한 평면이 만나서 생기는 두 교선은 평행하다.",
    "꼬인 위치에 있는 두 직선은 한 평면 위에 있지 않다.",
    "한 직선에 수직인 서로 다른 두 평면은 평행하다.",
    "평면 위에서 한 직선에 수직인 서로 다른 두 직선은 평행하다.",
]
_SPACE_FALSE = [
    "공간에서 한 직선에 수직인 서로 다른 두 직선은 항상 평행하다.",
    "한 평면에 평행한 서로 다른 두 직선은 항상 평행하다.",
    "공간에서 만나지 않는 두 직선은 항상 평행하다.",
    "서로 다른 두 점을 지나는 평면은 오직 하나뿐이다.",
    "한 직선에 평행한 서로 다른 두 평면은 항상 평행하다.",
    "한 평면에 수직인 서로 다른 두 평면은 항상 평행하다.",
    "꼬인 위치에 있는 두 직선은 한 점에서 만난다.",
    "한 평면 위에 있는 두 직선은 꼬인 위치에 있을 수도 있다.",
]


@family("9수03-01", "space-statements-mcq")
def _f01_space(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.5
    if ask_true:
        ch = choices(rng, rng.choice(_SPACE_TRUE), _SPACE_FALSE)
        stem = rng.choice(["공간에서 서로 다른 점, 직선, 평면의 위치 관계에 대한 설명으로 옳은 것은?",
                           "다음 중 공간에서의 위치 관계에 대한 설명으로 옳은 것은?"])
    else:
        ch = choices(rng, rng.choice(_SPACE_FALSE), _SPACE_TRUE)
        stem = rng.choice(["공간에서의 위치 관계에 대한 다음 설명 중 옳지 않은 것은?",
                           "다음 중 공간에서 직선과 평면의 위치 관계에 대한 설명으로 옳지 않은 것은?"])

    def chk() -> bool:
        good = _SPACE_TRUE if ask_true else _SPACE_FALSE
        return sum(o in good for o in ch.options) == 1

    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["꼬인 위치", "평행", "직교", "평면의 결정 조건"], choice=ch, check=chk)


_LIFE = [
    ("교실 바닥의 한 모서리와 그와 마주 보는 천장의 모서리 중 방향이 다른 것", "꼬인 위치"),
    ("도로 위를 가로지르는 육교의 난간과 그 아래를 직진하는 도로의 중앙선", "꼬인 위치"),
    ("곧게 뻗은 철로의 두 레일", "평행"),
    ("바닥에 수직으로 세운 깃대와 그 깃대가 꽂힌 지점을 지나도록 바닥에 그은 직선", "수직으로 만남"),
    ("네모난 창틀에서 위쪽 틀과 왼쪽 틀", "수직으로 만남"),
    ("직육면체 모양 상자의 한 면의 두 대각선", "한 점에서 만남"),
    ("책꽂이의 서로 마주 보는 두 선반", "평행"),
    ("가위의 두 날이 교차하는 모양을 두 직선으로 볼 때 그 두 직선", "한 점에서 만남"),
    ("직선으로 뻗은 지하철 선로와 그 위를 다른 방향으로 지나는 고가 도로의 중앙선", "꼬인 위치"),
    ("횡단보도의 흰 줄 두 개의 긴 변", "평행"),
]


@family("9수03-01", "real-life-positions")
def _f01_life(rng: random.Random) -> Problem:
    target = rng.choice(["꼬인 위치", "평행", "수직으로 만남", "한 점에서 만남"])
    meet = {"수직으로 만남", "한 점에서 만남"}
    good = [d for d, r in _LIFE if r == target]
    bad = [d for d, r in _LIFE if r != target and not (target == "한 점에서 만남" and r in meet)]
    if rng.random() < 0.5 and len(bad) >= 4:
        ch = choices(rng, rng.choice(good), bad)
        phr = {"꼬인 위치": "두 직선이 꼬인 위치에 있는 것", "평행": "두 직선이 서로 평행한 것",
               "수직으로 만남": "두 직선이 서로 수직으로 만나는 것",
               "한 점에서 만남": "두 직선이 한 점에서 만나는 것"}[target]
        stem = rng.choice([f"주변의 물체에서 찾은 두 선을 직선으로 볼 때, 다음 중 {phr}은?",
                           f"다음은 생활 속에서 찾은 두 선을 직선으로 생각한 것이다. {phr}은?"])
        return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                       concepts=["꼬인 위치", "위치 관계"], choice=ch,
                       check=lambda: sum(o in good for o in ch.options) == 1)
    d, r = rng.choice(_LIFE)
    text = rng.choice([
        f"{josa(d, '을/를')} 각각 직선으로 생각할 때, 두 직선의 위치 관계를 쓰시오. (한 점에서 만난다 / 평행하다 / 꼬인 위치에 있다 중에서 고르고, 만나는 경우 수직인지도 밝히시오.)",
        f"다음 두 선을 직선으로 볼 때 위치 관계를 말하고, 그렇게 판단한 이유를 설명하시오.\n- {d}",
    ])
    ans = {"꼬인 위치": "꼬인 위치에 있다", "평행": "평행하다", "수직으로 만남": "한 점에서 수직으로 만난다",
           "한 점에서 만남": "한 점에서 만난다"}[r]
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="B",
                   concepts=["꼬인 위치", "평행", "교점"])


@family("9수03-01", "intersections-of-solid")
def _f01_inter(rng: random.Random) -> Problem:
    shape = rng.choice(["prism", "pyramid", "frustum"])
    n = rng.randint(3, 8)
    poly = {3: "삼", 4: "사", 5: "오", 6: "육", 7: "칠", 8: "팔"}[n] + "각"
    if shape == "prism":
        nm, v, e = f"{poly}기둥", 2 * n, 3 * n
    elif shape == "pyramid":
        nm, v, e = f"{poly}뿔", n + 1, 2 * n
    else:
        nm, v, e = f"{poly}뿔대", 2 * n, 3 * n
    mode = rng.randrange(3)
    if mode == 0:
        text = rng.choice([f"{nm}에서 교점의 개수를 a, 교선의 개수를 b라 할 때, a + b의 값을 {_end(rng)}",
                           f"{nm}의 교점의 개수와 교선의 개수의 합은?"])
        ans = v + e
    elif mode == 1:
        text = f"{nm}에서 교점은 □개, 교선은 △개이다. □와 △에 알맞은 수를 차례로 쓰시오."
        return Problem(text=text, answer=f"{v}, {e}", format="fill", difficulty=1, achievement_level="E",
                       concepts=["교점", "교선"], check=lambda: v - e + (n + 2 if shape != "pyramid" else n + 1) == 2)
    else:
        text = rng.choice([f"{nm}에서 교선의 개수에서 교점의 개수를 뺀 값을 {_end(rng)}",
                           f"{nm}의 교선은 교점보다 몇 개 더 많은가?"])
        ans = e - v
    faces = n + 2 if shape != "pyramid" else n + 1
    return Problem(text=text, answer=f"{ans}개" if text.endswith("많은가?") else str(ans), format="computation",
                   difficulty=2, achievement_level="D", concepts=["교점", "교선"],
                   check=lambda: v - e + faces == 2)


@family("9수03-01", "foot-of-perpendicular-distance")
def _f01_foot(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    if kind == 0:
        a, b = rng.sample(range(3, 16), 2)
        unit = "cm"
        text = rng.choice([
            f"직사각형 ABCD에서 {_m(f'~AB = {a} {unit}', st)}, {_m(f'~BC = {b} {unit}', st)}이다. "
            f"점 A와 {_m('~BC', st)} 사이의 거리를 x cm, 점 D에서 {_m('~AB', st)}에 내린 수선의 발까지의 거리를 y cm라 할 때, x + y의 값을 {_end(rng)}",
            f"가로가 {b} {unit}, 세로가 {a} {unit}인 직사각형 ABCD(AB가 세로)가 있다. 점 A와 변 BC 사이의 거리를 x cm, "
            f"점 D와 변 AB 사이의 거리를 y cm라 하면 x + y는 얼마인가?",
        ])
        ans = a + b
        chk = lambda: a + b == ans  # noqa: E731
        return Problem(text=text, answer=str(ans), format="computation", difficulty=2, achievement_level="D",
                       concepts=["수선의 발", "점과 직선 사이의 거리"], check=chk)
    # right triangle ABC with right angle at A; distance from A to BC = ab/c
    k = rng.randint(1, 4)
    p, q, r = rng.choice([(3, 4, 5), (6, 8, 10), (5, 12, 13), (9, 12, 15), (8, 15, 17)])
    p, q, r = p * k, q * k, r * k
    h = sp.Rational(p * q, r)
    text = rng.choice([
        f"{_m('<A = 90°', st)}인 직각삼각형 ABC에서 {_m(f'~AB = {p} cm', st)}, {_m(f'~AC = {q} cm', st)}, "
        f"{_m(f'~BC = {r} cm', st)}이다. 점 A와 {_m('~BC', st)} 사이의 거리를 {_end(rng)}",
        f"세 변의 길이가 {p} cm, {q} cm, {r} cm이고 가장 긴 변의 대각이 직각인 삼각형 ABC가 있다. 직각인 꼭짓점 A에서 빗변 BC에 내린 수선의 발을 H라 할 때, {_m('~AH', st)}의 길이는?",
    ])
    chk = lambda: sp.Rational(p * q, 2) * 2 / r == h  # noqa: E731
    return Problem(text=text, answer=_ans(h, "cm"), format="word", difficulty=3, achievement_level="C",
                   concepts=["수선의 발", "점과 직선 사이의 거리"], check=chk)


# ================================================================================================
# 9수03-02 평행선의 성질 (동위각, 엇각)
# ================================================================================================
_POS = ("왼쪽 위", "오른쪽 위", "오른쪽 아래", "왼쪽 아래")
_LAB = "abcdefgh"


def _labels_desc(st: str, two: str = "l, m", tr: str = "n") -> str:
    a = ", ".join(_m(f"<{c}", st) for c in "abcd")
    e = ", ".join(_m(f"<{c}", st) for c in "efgh")
    l1, l2 = two.split(", ")
    return (f"직선 {_j(tr, '이/가')} 두 직선 {l1}, {_j(l2, '과/와')} 만나서 생기는 각을 생각하자. "
            f"직선 {l1}(위쪽)과의 교점에서 왼쪽 위, 오른쪽 위, 오른쪽 아래, 왼쪽 아래의 각을 차례로 {a}라 하고, "
            f"직선 {l2}(아래쪽)과의 교점에서 같은 위치의 각을 차례로 {e}라 하자.")


def _lab_value(idx: int, t1: int, t2: int) -> int:
    """Angle at label idx (0-7) when the UL angle is t1 at the upper line and t2 at the lower."""
    t = t1 if idx < 4 else t2
    return t if idx % 2 == 0 else 180 - t


@family("9수03-02", "labelled-angles-parallel")
def _f02_label(rng: random.Random) -> Problem:
    st = pick_style(rng)
    t = rng.choice([x for x in range(35, 146) if x != 90])
    given = rng.randrange(8)
    mode = rng.randrange(3)
    intro = _labels_desc(st) + f" {_m('l // m', st)}"
    gv = _lab_value(given, t, t)
    if mode == 0:
        target = (given + 4) % 8  # corresponding angle
        text = (f"{intro}이고 {_m(f'<{_LAB[given]} = {gv}°', st)}일 때, {_m(f'<{_LAB[given]}', st)}의 동위각을 찾고 "
                f"그 크기를 {_end(rng)}")
        ans = f"{_m(f'<{_LAB[target]}', 'unicode')}, {_lab_value(target, t, t)}°"
        chk = lambda: _lab_value(target, t, t) == gv  # noqa: E731
        return Problem(text=text, answer=ans, format="word", difficulty=1, achievement_level="E",
                       concepts=["동위각", "평행선"], check=chk)
    if mode == 1:
        inner = {3: 5, 2: 4, 5: 3, 4: 2}
        given = rng.choice(list(inner))
        gv = _lab_value(given, t, t)
        target = inner[given]
        text = (f"{intro}이다. {_m(f'<{_LAB[given]} = {gv}°', st)}일 때, {_m(f'<{_LAB[given]}', st)}의 엇각의 크기를 {_end(rng)}")
        chk = lambda: _lab_value(target, t, t) == gv  # noqa: E731
        return Problem(text=text, answer=f"{gv}°", format="computation", difficulty=2, achievement_level="D",
                       concepts=["엇각", "평행선"], check=chk)
    target = rng.choice([i for i in range(8) if i != given])
    tv = _lab_value(target, t, t)
    text = (f"{intro}이고 {_m(f'<{_LAB[given]} = {gv}°', st)}이다. {_m(f'<{_LAB[target]}', st)}의 크기를 {_end(rng)}")
    same_side = (given < 4) != (target < 4)

    def chk() -> bool:
        # rebuild with sympy: at l, UL = t; parallel => same at m
        th = sp.Integer(t)
        vals = [th, 180 - th, th, 180 - th] * 2
        return vals[target] == tv and vals[given] == gv

    return Problem(text=text, answer=f"{tv}°", format="computation", difficulty=2 if same_side else 1,
                   achievement_level="D", concepts=["동위각", "엇각", "맞꼭지각"], check=chk)


@family("9수03-02", "zigzag-between-parallels")
def _f02_zigzag(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        a, b = rng.randint(20, 70), rng.randint(20, 70)
        ask = rng.randrange(2)
        if ask == 0:
            text = rng.choice([
                f"두 직선 l, m이 평행하고, 점 P는 두 직선 사이에 있다. l 위의 점 A와 m 위의 점 B에 대하여 꺾인 선 APB를 그렸더니 "
                f"선분 PA가 직선 l과 이루는 각이 {_m(f'{a}°', st)}, 선분 PB가 직선 m과 이루는 각이 {_m(f'{b}°', st)}였다. "
                f"(두 각은 모두 점 P 쪽으로 열린 각이다.) {_m('<APB', st)}의 크기를 {_end(rng)}",
                f"{_m('l // m', st)}일 때, 두 평행선 사이의 점 P에서 l 위의 점 A, m 위의 점 B로 선분을 그었다. "
                f"l과 {_m('~PA', st)}가 이루는 예각이 {_m(f'{a}°', st)}, m과 {_m('~PB', st)}가 이루는 예각이 {_m(f'{b}°', st)}이고 "
                f"두 예각이 모두 같은 쪽(점 P 쪽)을 향할 때, {_m('<APB', st)}의 크기는?",
            ])
            ans = a + b
        else:
            x = a + b
            text = (f"{_m('l // m', st)}이고 두 직선 사이의 점 P에 대하여 꺾인 선 APB가 있다(A는 l 위, B는 m 위). "
                    f"{_m(f'<APB = {x}°', st)}, 직선 l과 {_m('~PA', st)}가 이루는 각(P 쪽)이 {_m(f'{a}°', st)}일 때, "
                    f"직선 m과 {_m('~PB', st)}가 이루는 각(P 쪽)의 크기를 {_end(rng)}")
            ans = b
        chk = lambda: (a + b == ans) if ask == 0 else (x - a == ans)  # noqa: E731
        return Problem(text=text, answer=f"{ans}°", format="computation", difficulty=3, achievement_level="C",
                       concepts=["엇각", "평행선"], check=chk)
    # two bends A-P-Q-B: p1 + q2 = x + p4 (p1 at A toward P's side, p4 at B toward Q's side)
    p1, p4 = rng.randint(20, 60), rng.randint(20, 60)
    x_val = p1 + rng.randint(20, 80)
    q2 = x_val + p4 - p1
    text = rng.choice([
        f"두 직선 l, m이 평행하고 l이 m보다 위에 있다. l 위의 점 A에서 출발하여 두 직선 사이의 점 P, Q를 차례로 지나 m 위의 점 B에 "
        f"이르는 꺾인 선 APQB가 있는데, 점 P는 오른쪽으로 꺾인 점, 점 Q는 왼쪽으로 꺾인 점이다. 점 A에서 직선 l의 오른쪽 방향과 "
        f"{_m('~AP', st)}가 이루는 각이 {_m(f'{p1}°', st)}, {_m(f'<APQ = {x_val}°', st)}, 점 B에서 직선 m의 왼쪽 방향과 "
        f"{_m('~BQ', st)}가 이루는 각이 {_m(f'{p4}°', st)}일 때, {_m('<PQB', st)}의 크기를 {_end(rng)}",
        f"{_m('l // m', st)}이고, 위쪽 직선 l 위의 점 A와 아래쪽 직선 m 위의 점 B를 두 직선 사이의 두 점 P, Q를 거쳐 A → P → Q → B 순서로 "
        f"이었다. P는 오른쪽으로, Q는 왼쪽으로 튀어나온 꼭짓점이다. l의 오른쪽 방향과 {_m('~AP', st)}가 이루는 각은 {_m(f'{p1}°', st)}, "
        f"m의 왼쪽 방향과 {_m('~BQ', st)}가 이루는 각은 {_m(f'{p4}°', st)}, {_m(f'<APQ = {x_val}°', st)}이다. "
        f"P와 Q를 각각 지나고 l에 평행한 보조선을 그어 {_m('<PQB', st)}의 크기를 {_end(rng)}",
    ])

    def chk() -> bool:
        rad = _pymath.radians
        P = (1 / _pymath.tan(rad(p1)), 2.0)
        d1 = rad(180 - p1 + x_val)
        Q = (P[0] + _pymath.cos(d1) / -_pymath.sin(d1), 1.0)
        d2 = rad(x_val - p1 - q2)
        B = (Q[0] + _pymath.cos(d2) / -_pymath.sin(d2), 0.0)
        v = (Q[0] - B[0], Q[1] - B[1])
        got = _pymath.degrees(_pymath.acos(-v[0] / _pymath.hypot(*v)))
        return abs(got - p4) < 1e-6

    return Problem(text=text, answer=f"{q2}°", format="word", difficulty=4, achievement_level="B",
                   concepts=["엇각", "평행선"], check=chk)


@family("9수03-02", "triangle-between-parallels")
def _f02_tri(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = rng.randint(25, 80), rng.randint(25, 80)
    if a + b >= 170:
        a, b = 55, 65
    mode = rng.randrange(2)
    if mode == 0:
        # A on l, B, C on m; angle between l and AB (toward B side) = a, angle between l and AC = b (other side)
        x = 180 - a - b
        text = rng.choice([
            f"두 직선 l과 m은 평행하다. 점 A는 직선 l 위에, 두 점 B, C는 직선 m 위에 있다. 직선 l과 {_m('~AB', st)}가 이루는 각 중 "
            f"B 쪽의 각이 {_m(f'{a}°', st)}, l과 {_m('~AC', st)}가 이루는 각 중 C 쪽의 각이 {_m(f'{b}°', st)}일 때, {_m('<BAC', st)}의 크기를 {_end(rng)}",
            f"{_m('l // m', st)}이고 {_m('△ABC', st)}의 꼭짓점 A는 l 위, 변 BC는 m 위에 있다. {_m(f'<ABC = {a}°', st)}, "
            f"{_m(f'<ACB = {b}°', st)}일 때, 점 A에서 직선 l과 {_m('~AB', st)}가 이루는 각 중 B 쪽의 각의 크기를 x°라 하자. x의 값과 {_m('<BAC', st)}의 크기를 차례로 {_end(rng)}",
        ])
        ans = f"{a}, {x}°" if "x의 값과" in text else f"{x}°"
        chk = lambda: a + b + x == 180  # noqa: E731
        return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="C",
                       concepts=["엇각", "평행선", "삼각형의 내각"], check=chk)
    # exterior: P above l, line PB cuts l at C; A on l right of C
    c = rng.randint(30, 80)
    e = rng.randint(max(c + 15, 95), 160)
    text = rng.choice([
        f"평행한 두 직선 l, m이 있고(l이 위쪽), 직선 l보다 위쪽에 점 P가 있다. 점 P를 지나는 한 직선이 l, m과 각각 점 C, B에서 만나고, "
        f"직선 l 위의 점 C의 오른쪽에 점 A를 잡아 {_m('~PA', st)}를 그었다. 점 B에서 직선 m의 왼쪽 방향과 {_m('~BP', st)}가 이루는 각이 "
        f"{_m(f'{e}°', st)}이고 {_m(f'<PAC = {c}°', st)}일 때, {_m('<APC', st)}의 크기를 {_end(rng)}",
        f"{_m('l // m', st)}이다. l 위쪽의 점 P에서 아래로 그은 직선이 l과 만나는 점을 C, m과 만나는 점을 B라 하고, l 위에서 C의 오른쪽에 "
        f"점 A를 잡았다. B에서 m의 왼쪽으로 향하는 반직선과 반직선 BP가 이루는 각이 {_m(f'{e}°', st)}, {_m(f'<PAC = {c}°', st)}이면 "
        f"{_m('<APC', st)}의 크기는 몇 도인가?",
    ])
    ans = e - c

    def chk() -> bool:
        rad = _pymath.radians
        dc, da = rad(180 - (180 - e)), rad(180 - c)  # ray CP at angle e from +x? (∠PCA = 180 - e)
        dc = rad(180 - e)
        # C=(0,0), A=(1,0): P = C + s(cos dc, sin dc) = A + t(cos da, sin da)
        det = _pymath.cos(dc) * -_pymath.sin(da) + _pymath.sin(dc) * _pymath.cos(da)
        s_ = (1 * -_pymath.sin(da)) / det
        P = (s_ * _pymath.cos(dc), s_ * _pymath.sin(dc))
        u, w = (-P[0], -P[1]), (1 - P[0], -P[1])
        got = _pymath.degrees(_pymath.acos((u[0] * w[0] + u[1] * w[1]) / _pymath.hypot(*u) / _pymath.hypot(*w)))
        return abs(got - ans) < 1e-6

    return Problem(text=text, answer=f"{ans}°", format="word", difficulty=4, achievement_level="B",
                   concepts=["동위각", "평행선", "삼각형의 외각"], check=chk)


@family("9수03-02", "folded-tape")
def _f02_tape(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randint(25, 80)
    top = 180 - 2 * a
    what = rng.choice(["종이테이프", "직사각형 모양의 종이 띠", "리본", "색 테이프"])
    desc = (f"폭이 일정한 {josa(what, '을/를')} 선분 AB를 접는 선으로 하여 접었다. 점 A는 위쪽 가장자리 위에, 점 B는 아래쪽 가장자리 위에 있고, "
            f"접혀 넘어간 아래쪽 가장자리가 위쪽 가장자리와 점 C에서 만난다.")
    mode = rng.randrange(3)
    if mode == 0:
        text = f"{desc} {_m(f'<ABC = {a}°', st)}일 때, {_m('<ACB', st)}의 크기를 {_end(rng)}"
        ans, diff = f"{top}°", 3
    elif mode == 1:
        text = f"{desc} {_m(f'<ACB = {top}°', st)}일 때, {_m('<BAC', st)}의 크기를 {_end(rng)}"
        ans, diff = f"{a}°", 3
    else:
        text = (f"{desc} {_m(f'<ABC = {a}°', st)}이다. {_m('△ABC', st)}가 어떤 삼각형인지 말하고, "
                f"{_m('<ACB', st)}의 크기를 구하는 과정을 엇각과 접은 각의 성질을 이용하여 {_end(rng, '설명')}")
        ans, diff = f"{_m('~CA', 'unicode')} = {_m('~CB', 'unicode')}인 이등변삼각형, {_m('<ACB', 'unicode')} = {top}°", 4
        return Problem(text=text, answer=ans, format="proof", difficulty=diff, achievement_level="A",
                       concepts=["엇각", "평행선"], check=lambda: top + 2 * a == 180)
    return Problem(text=text, answer=ans, format="word", difficulty=diff, achievement_level="B",
                   concepts=["엇각", "평행선"], check=lambda: top + 2 * a == 180)


@family("9수03-02", "bisector-with-parallels")
def _f02_bis(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(2)
    if mode == 0:
        t = rng.choice(range(40, 161, 2))
        text = rng.choice([
            f"평행한 두 직선 l, m과 한 직선 n이 각각 점 A, B에서 만난다. 점 A에서 l과 n이 이루는 각 중 m 쪽에 있는 한 각의 크기가 "
            f"{_m(f'{t}°', st)}이고, 이 각의 이등분선이 직선 m과 점 C에서 만날 때, {_m('<ACB', st)}의 크기를 {_end(rng)}",
            f"{_m('l // m', st)}이고 직선 n이 l, m과 만나는 점을 각각 A, B라 하자. 점 A에서 생기는 각 중 두 직선 l, m 사이에 있는 "
            f"{_m(f'{t}°', st)}인 각을 이등분하는 반직선이 m과 만나는 점을 C라 할 때, {_m('<ACB', st)}의 크기는?",
        ])
        ans = t // 2
        return Problem(text=text, answer=f"{ans}°", format="computation", difficulty=3, achievement_level="C",
                       concepts=["엇각", "평행선", "각의 이등분선"], check=lambda: 2 * ans == t)
    t = rng.choice(range(40, 141, 2))
    text = rng.choice([
        f"평행한 두 직선 l, m이 직선 n과 각각 점 A, B에서 만난다. 두 직선 사이에서 n의 같은 쪽에 있는 두 각 "
        f"(A에서의 각과 B에서의 각) 중 A에서의 각의 크기가 {_m(f'{t}°', st)}이다. 두 각의 이등분선이 만나는 점을 P라 할 때, "
        f"{_m('<APB', st)}의 크기를 구하고, 그 값이 A에서의 각의 크기와 관계없는 이유를 {_end(rng, '설명')}",
    ])
    return Problem(text=text, answer="90°", format="proof", difficulty=4, achievement_level="A",
                   concepts=["동위각", "엇각", "평행선"], check=lambda: t / 2 + (180 - t) / 2 == 90)


@family("9수03-02", "alternate-angle-proof-fill")
def _f02_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    intro = _labels_desc(st)
    if kind == 0:
        # prove c = e using corresponding a = e and vertical a = c
        text = (f"{intro} 다음은 {_m('l // m', st)}일 때 엇각인 {_j(_m('<c', st), '과/와')} {_m('<e', st)}의 크기가 같음을 설명한 것이다. "
                f"(가), (나)에 알맞은 것을 {_end(rng, '쓰')}\n"
                f"{_m('l // m', st)}이므로 {_m('<a = <e', st)} ( (가) ) … ①\n"
                f"{_m('<a = <c', st)} ( (나) ) … ②\n"
                f"①, ②에서 {_m('<c = <e', st)}")
        ans = "(가) 동위각 (나) 맞꼭지각"
    else:
        # converse: if d + e = 180 then l // m
        text = (f"{intro} 다음은 {_m('<d + <e = 180°', st)}이면 {_m('l // m', st)}임을 설명한 것이다. □ 안에 알맞은 것을 차례로 {_end(rng, '쓰')}\n"
                f"{_m('<c + <d = 180°', st)}이고 {_m('<d + <e = 180°', st)}이므로 {_m('<c', st)} = □이다. "
                f"즉, □의 크기가 같으므로 두 직선 l, m은 평행하다.")
        ans = "∠e, 엇각"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B",
                   concepts=["동위각", "엇각", "맞꼭지각"])


@family("9수03-02", "parallel-angle-equation")
def _f02_eq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x = sp.Symbol("x")
    kind = rng.randrange(2)
    sol = rng.randint(12, 40)
    if kind == 0:
        a, c = rng.sample(range(2, 7), 2)
        val = rng.randint(40, 140)
        if a * sol >= val or c * sol >= val:
            sol = max(1, val // (max(a, c) + 1))
        b, d = val - a * sol, val - c * sol
        e1, e2 = a * x + b, c * x + d
        rel = rng.choice(["동위각", "엇각"])
        text = rng.choice([
            f"평행한 두 직선 l, m이 다른 한 직선과 만날 때 생기는 {rel}의 크기가 각각 {_m(f'({_mini(e1)})°', st)}, "
            f"{_m(f'({_mini(e2)})°', st)}이다. x의 값을 {_end(rng)}",
            f"{_m('l // m', st)}일 때, 한 직선이 두 직선과 만나서 생기는 두 {rel}의 크기가 {_m(f'({_mini(e1)})°', st)}와 "
            f"{_m(f'({_mini(e2)})°', st)}이면 x의 값은 얼마인가?",
        ])
        ans = sp.solve(sp.Eq(e1, e2), x)
        return Problem(text=text, answer=str(ans[0]), format="computation", difficulty=2, achievement_level="D",
                       concepts=[rel, "평행선"], check=lambda: (e1 - e2).subs(x, sol) == 0 and ans == [sol])
    # same-side interior angles sum to 180
    while True:
        sol = rng.randint(12, 40)
        a, c = rng.sample(range(1, 5), 2)
        b = rng.randint(-20, 40)
        d = 180 - b - (a + c) * sol
        if 20 < a * sol + b < 160 and 20 < c * sol + d < 160 and b != 0 and d != 0:
            break
    e1, e2 = a * x + b, c * x + d
    text = (f"{_m('l // m', st)}이고 한 직선 n이 l, m과 만난다. 두 직선 l, m 사이에서 직선 n의 같은 쪽에 있는 두 각의 크기가 "
            f"각각 {_m(f'({_mini(e1)})°', st)}, {_m(f'({_mini(e2)})°', st)}일 때, x의 값을 {_end(rng)}")
    ans = sp.solve(sp.Eq(e1 + e2, 180), x)
    return Problem(text=text, answer=str(ans[0]), format="computation", difficulty=3, achievement_level="C",
                   concepts=["동위각", "엇각", "평행선"],
                   check=lambda: ans == [sol] and 0 < e2.subs(x, sol) < 180 and 0 < e1.subs(x, sol) < 180)


@family("9수03-02", "which-lines-parallel")
def _f02_which(rng: random.Random) -> Problem:
    st = pick_style(rng)
    names_ = ["l", "m", "n"]
    while True:
        i, j = rng.sample(range(3), 2)
        base = [rng.randint(55, 125) for _ in range(3)]
        base[j] = base[i]
        k = 3 - i - j
        if min(abs(base[k] - base[i]), abs(base[k] - 180 + base[i])) >= 3 and base[i] != 90:
            break
    pos_names = {0: "왼쪽 위", 1: "오른쪽 위", 2: "오른쪽 아래", 3: "왼쪽 아래"}
    parts = []
    for idx, ln in enumerate(names_):
        pos = rng.randrange(4)
        val = base[idx] if pos in (1, 3) else 180 - base[idx]  # base = upper-right angle
        parts.append(f"직선 {ln}과 만나는 점에서 {pos_names[pos]}의 각이 {_m(f'{val}°', st)}")
    body = ", ".join(parts)
    text = rng.choice([
        f"세 직선 l, m, n이 위에서부터 차례로 놓여 있고, 직선 p가 이 세 직선과 모두 만난다. {body}이다. 세 직선 중 서로 평행한 두 직선을 찾고 "
        f"그 이유를 {_end(rng, '설명')}",
        f"직선 p가 세 직선 l, m, n과 만나서 각이 생겼다. {body}일 때, 평행한 두 직선을 기호로 나타내시오.",
    ])
    a_, b_ = sorted((i, j))
    ans = _m(f"{names_[a_]} // {names_[b_]}", "unicode")
    return Problem(text=text, answer=ans, format="word" if "기호로" in text else "proof", difficulty=3,
                   achievement_level="C" if "기호로" in text else "B", concepts=["동위각", "엇각", "평행선"],
                   check=lambda: base[a_] == base[b_] and base[3 - a_ - b_] != base[a_])


# ================================================================================================
# 9수03-03 삼각형의 작도
# ================================================================================================
def _is_tri(a: int, b: int, c: int) -> bool:
    x, y, z = sorted((a, b, c))
    return x + y > z


@family("9수03-03", "triangle-inequality-sets")
def _f03_sets(rng: random.Random) -> Problem:
    unit = rng.choice(["cm", "cm", "m", "mm"])
    ask_ok = rng.random() < 0.6
    good, bad = set(), set()
    while len(good) < 4 or len(bad) < 4:
        a, b = rng.randint(2, 12), rng.randint(2, 12)
        c = rng.choice([a + b, a + b - 1, abs(a - b) + 1, a + b + 1, max(a, b) + 1, abs(a - b)])
        if c <= 0:
            continue
        t = tuple(sorted((a, b, c)))
        (good if _is_tri(*t) else bad).add(t)
    corr = rng.choice(sorted(good if ask_ok else bad))
    wrong = sorted(bad if ask_ok else good)

    def fmt(t: tuple[int, int, int]) -> str:
        lst = list(t)
        rng.shuffle(lst)
        return ", ".join(f"{v} {unit}" for v in lst)

    ch = choices(rng, fmt(corr), [fmt(t) for t in rng.sample(wrong, 4)])
    stem = rng.choice([
        "세 변의 길이가 다음과 같을 때, 삼각형을 작도할 수 있는 것은?" if ask_ok else "세 변의 길이가 다음과 같을 때, 삼각형을 작도할 수 없는 것은?",
        "다음 중 세 막대를 이어 붙여 삼각형을 만들 수 있는 것은?" if ask_ok else "다음 중 세 막대의 길이로 삼각형을 만들 수 없는 것은?",
    ])

    def chk() -> bool:
        ok = [all(_is_tri(*map(int, re.findall(r"\d+", o))) for _ in [0]) for o in ch.options]
        return sum(v == ask_ok for v in ok) == 1

    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["삼각형의 세 변의 길이 사이의 관계", "작도"], choice=ch, check=chk)


@family("9수03-03", "side-range")
def _f03_range(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        a, b = rng.sample(range(3, 16), 2)
        lo, hi = abs(a - b), a + b
        ask = rng.randrange(2)
        if ask == 0:
            text = rng.choice([
                f"세 변의 길이가 {a} cm, {b} cm, x cm인 삼각형이 있을 때, x의 값의 범위를 {_end(rng)}",
                f"두 변의 길이가 {a} cm, {b} cm인 삼각형에서 나머지 한 변의 길이를 x cm라 할 때, x의 값의 범위는?",
            ])
            ans = _m(f"{lo} < x < {hi}", "unicode")
            return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="C",
                           concepts=["삼각형의 세 변의 길이 사이의 관계"],
                           check=lambda: _is_tri(a, b, lo + 1) and not _is_tri(a, b, lo) and not _is_tri(a, b, hi))
        cnt = hi - lo - 1
        text = rng.choice([
            f"세 변의 길이가 {a} cm, {b} cm, x cm인 삼각형을 작도하려고 한다. x가 자연수일 때, 가능한 x의 값은 모두 몇 개인가?",
            f"길이가 {a} cm, {b} cm인 두 빨대와 길이가 자연수 x cm인 빨대 하나로 삼각형을 만들려고 한다. 가능한 x의 개수를 {_end(rng)}",
        ])
        return Problem(text=text, answer=f"{cnt}개", format="word", difficulty=3, achievement_level="C",
                       concepts=["삼각형의 세 변의 길이 사이의 관계"],
                       check=lambda: sum(_is_tri(a, b, t) for t in range(1, a + b + 5)) == cnt)
    # sides x, x+p, x+q (q > p > 0): need x + x + p > x + q -> x > q - p
    p, q = sorted(rng.sample(range(1, 9), 2))
    bound = q - p
    e1, e2, e3 = "x", f"x + {p}", f"x + {q}"
    text = rng.choice([
        f"세 변의 길이가 {_m(f'{e1}', st)}, {_m(e2, st)}, {_m(e3, st)}인 삼각형이 만들어지도록 하는 x의 값의 범위를 {_end(rng)} (단, 길이의 단위는 cm이다.)",
        f"세 선분의 길이가 각각 {_m(e1, st)} cm, {_m(e2, st)} cm, {_m(e3, st)} cm일 때, 이 세 선분으로 삼각형을 작도할 수 있는 x의 값의 범위를 {_end(rng)}",
    ])
    ans = f"x > {bound}"
    x = sp.Symbol("x", positive=True)
    sol = sp.solve_univariate_inequality(x + (x + p) > x + q, x, relational=False)
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["삼각형의 세 변의 길이 사이의 관계"],
                   check=lambda: sol == sp.Interval.open(bound, sp.oo))


def _cond(rng: random.Random, st: str, kind: str) -> str:
    """A set of triangle data of a given kind for △ABC."""
    a, b, c = 0, 0, 0
    while True:
        a, b, c = rng.randint(3, 11), rng.randint(3, 11), rng.randint(3, 11)
        if _is_tri(a, b, c) and len({a, b, c}) == 3:
            break
    A, B = rng.randint(30, 80), rng.randint(30, 80)
    if kind == "SSS":
        s = [f"~AB = {c} cm", f"~BC = {a} cm", f"~CA = {b} cm"]
    elif kind == "SSSbad":
        s = [f"~AB = {a} cm", f"~BC = {b} cm", f"~CA = {a + b + rng.randint(0, 3)} cm"]
    elif kind == "SAS":
        s = rng.choice([[f"~AB = {c} cm", f"~BC = {a} cm", f"<B = {B}°"], [f"~AC = {b} cm", f"~AB = {c} cm", f"<A = {A}°"]])
    elif kind == "ASA":
        s = rng.choice([[f"~BC = {a} cm", f"<B = {B}°", f"<C = {A}°"], [f"~AB = {c} cm", f"<A = {A}°", f"<B = {B}°"]])
    elif kind == "SAA":
        s = [f"~AB = {c} cm", f"<B = {B}°", f"<C = {A}°"]
    elif kind == "SSA":
        s = [f"~AB = {max(a, c) + 2} cm", f"~BC = {min(a, c) + 3} cm", f"<A = {A}°"]
    elif kind == "AAA":
        C = 180 - A - B
        s = [f"<A = {A}°", f"<B = {B}°", f"<C = {C}°"]
    elif kind == "AAbad":
        s = [f"~AB = {c} cm", f"<A = {A + 50}°", f"<B = {180 - A - 50 + rng.randint(0, 20)}°"]
    else:  # two sides only / one angle only
        s = [f"~AB = {c} cm", f"~BC = {a} cm"]
    rng.shuffle(s)
    return ", ".join(_m(t, st) for t in s)


_UNIQUE = {"SSS": True, "SAS": True, "ASA": True, "SAA": True, "SSA": False, "AAA": False, "SSSbad": False,
           "AAbad": False, "SS": False}


@family("9수03-03", "uniquely-determined")
def _f03_unique(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ask_yes = rng.random() < 0.5
    yes = [k for k, v in _UNIQUE.items() if v]
    no = [k for k, v in _UNIQUE.items() if not v]
    corr_kind = rng.choice(yes if ask_yes else no)
    wrong_kinds = rng.sample(no if ask_yes else yes, 4) if not ask_yes else rng.sample(no, 4)
    if not ask_yes:
        wrong_kinds = yes + [rng.choice(yes)]
    opts = [_cond(rng, st, k) for k in wrong_kinds]
    corr = _cond(rng, st, corr_kind)
    ch = choices(rng, corr, opts)
    stem = rng.choice([
        f"다음 중 {_m('△ABC', st)}가 하나로 정해지는 것은?" if ask_yes else f"다음 중 {_m('△ABC', st)}가 하나로 정해지지 않는 것은?",
        f"{_m('△ABC', st)}에서 다음과 같은 조건이 주어질 때, 삼각형을 하나로 작도할 수 있는 것은?" if ask_yes
        else f"{_m('△ABC', st)}에 대하여 다음 조건이 주어질 때, 삼각형이 하나로 정해지지 않는 것은?",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["삼각형의 결정 조건", "작도"], choice=ch,
                   check=lambda: ch.options.count(corr) == 1)


_ANGLE_COPY = [
    "점 O를 중심으로 하는 원을 그려 ∠XOY의 두 변과 만나는 점을 각각 A, B라 한다.",
    "점 P를 중심으로 하고 반지름의 길이가 OA인 원을 그려 반직선 PQ와 만나는 점을 D라 한다.",
    "점 D를 중심으로 하고 반지름의 길이가 AB인 원을 그려 앞에서 그린 원과 만나는 점을 C라 한다.",
    "반직선 PC를 긋는다.",
]
_SSS_STEPS = [
    "직선 l을 긋고 그 위에 길이가 a인 선분 BC를 작도한다.",
    "점 B를 중심으로 하고 반지름의 길이가 c인 원을 그린다.",
    "점 C를 중심으로 하고 반지름의 길이가 b인 원을 그린다.",
    "두 원이 만나는 한 점을 A라 한다.",
    "선분 AB와 선분 AC를 긋는다.",
]
_SAS_STEPS = [
    "∠B와 크기가 같은 ∠XBY를 작도한다.",
    "점 B를 중심으로 하고 반지름의 길이가 a인 원을 그려 반직선 BX와 만나는 점을 C라 한다.",
    "점 B를 중심으로 하고 반지름의 길이가 c인 원을 그려 반직선 BY와 만나는 점을 A라 한다.",
    "선분 AC를 긋는다.",
]


@family("9수03-03", "construction-order")
def _f03_order(rng: random.Random) -> Problem:
    which = rng.randrange(3)
    steps = [_ANGLE_COPY, _SSS_STEPS, _SAS_STEPS][which]
    title = ["∠XOY와 크기가 같은 각을 반직선 PQ를 한 변으로 하여 작도하는",
             "세 변의 길이가 a, b, c인 삼각형 ABC를 작도하는",
             "두 변의 길이 a, c와 그 끼인각 ∠B가 주어질 때 삼각형 ABC를 작도하는"][which]
    labels = "㉠㉡㉢㉣㉤"[: len(steps)]
    perm = list(range(len(steps)))
    rng.shuffle(perm)
    # fixed: SSS steps 2 and 3 may swap; SAS steps 2 and 3 may swap
    lines = [f"{labels[i]} {steps[perm[i]]}" for i in range(len(steps))]
    order = [labels[perm.index(k)] for k in range(len(steps))]
    text = rng.choice([
        f"다음은 {title} 과정을 순서 없이 나열한 것이다. 작도 순서대로 기호를 {_end(rng, '쓰')}\n" + "\n".join(lines),
        f"{title} 과정이 다음과 같다. 올바른 순서로 나열하시오.\n" + "\n".join(lines),
    ])
    ans = " → ".join(order)
    if which > 0:
        ans += " (가운데 두 과정은 순서를 바꾸어도 된다)" if which == 1 else " (두 원을 그리는 과정은 순서를 바꾸어도 된다)"
    return Problem(text=text, answer=ans, format="fill" if rng.random() < 0.4 else "task", difficulty=2,
                   achievement_level="D", concepts=["작도"], check=lambda: sorted(order) == sorted(labels))


_TOOL_TRUE = [
    "작도할 때는 눈금 없는 자와 컴퍼스만을 사용한다.",
    "두 점을 연결하는 선분을 그릴 때는 눈금 없는 자를 사용한다.",
    "선분의 길이를 재어 다른 직선 위로 옮길 때는 컴퍼스를 사용한다.",
    "원을 그릴 때는 컴퍼스를 사용한다.",
    "선분을 연장할 때는 눈금 없는 자를 사용한다.",
]
_TOOL_FALSE = [
    "작도할 때 각도기를 사용하여 각의 크기를 잴 수 있다.",
    "선분의 길이를 잴 때는 눈금 있는 자를 사용한다.",
    "두 선분의 길이를 비교할 때는 눈금 있는 자를 사용한다.",
    "컴퍼스는 원을 그릴 때만 사용하고 길이를 옮길 때는 사용하지 않는다.",
    "작도할 때 눈금 없는 자로 선분의 길이를 잰다.",
    "각을 작도할 때는 각도기로 크기를 옮긴다.",
]


@family("9수03-03", "tools-of-construction")
def _f03_tools(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.5
    ch = choices(rng, rng.choice(_TOOL_TRUE if ask_true else _TOOL_FALSE), _TOOL_FALSE if ask_true else _TOOL_TRUE)
    stem = rng.choice(["작도에 대한 설명으로 옳은 것은?" if ask_true else "작도에 대한 설명으로 옳지 않은 것은?",
                       "다음 중 작도에 대하여 바르게 말한 것은?" if ask_true else "다음 중 작도에 대한 설명으로 잘못된 것은?"])
    good = _TOOL_TRUE if ask_true else _TOOL_FALSE
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=["작도"], choice=ch, check=lambda: sum(o in good for o in ch.options) == 1)


@family("9수03-03", "angle-copy-equal-parts")
def _f03_copy(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(2)
    desc = (f"{_m('<XOY', st)}와 크기가 같은 각을 반직선 PQ 위에 작도하였다. 점 O를 중심으로 하는 원이 {_m('<XOY', st)}의 두 변과 만나는 점을 "
            f"A, B라 하고, 점 P를 중심으로 하고 반지름의 길이가 {_m('~OA', st)}인 원이 반직선 PQ와 만나는 점을 D, 점 D를 중심으로 하고 반지름의 "
            f"길이가 {_m('~AB', st)}인 원이 앞의 원과 만나는 점을 C라 하였다.")
    if mode == 0:
        text = f"{desc} 다음 중 길이가 나머지와 다른 하나를 {_end(rng, '고르')}\n"
        segs = ["OA", "OB", "PC", "PD"]
        odd = rng.choice(["AB", "CD"])
        opts = segs + [odd]
        ch_opts = rng.sample(opts, 5)
        from mathtag.corpus.mcq import Choice
        ch = Choice(options=[_m(f"~{o}", st) for o in ch_opts], correct=ch_opts.index(odd), layout="inline")
        text += ch.block
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                       concepts=["작도", "크기가 같은 각의 작도"], choice=ch)
    text = (f"{desc} 다음 □ 안에 알맞은 선분을 써넣으시오.\n"
            f"{_m('~OA', st)} = {_m('~OB', st)} = {_m('~PC', st)} = □, {_m('~AB', st)} = □")
    return Problem(text=text, answer="PD, CD", format="fill", difficulty=2, achievement_level="D",
                   concepts=["작도", "크기가 같은 각의 작도"])


@family("9수03-03", "sticks-count-triangles")
def _f03_sticks(rng: random.Random) -> Problem:
    k = rng.choice([4, 5, 5, 6])
    while True:
        sticks = sorted(rng.sample(range(2, 16), k))
        cnt = sum(_is_tri(*t) for t in itertools.combinations(sticks, 3))
        if 0 < cnt < len(list(itertools.combinations(sticks, 3))):
            break
    unit = rng.choice(["cm", "cm", "m"])
    obj = rng.choice(["막대", "빨대", "나무젓가락", "철사 토막", "수수깡"])
    lst = ", ".join(f"{s} {unit}" for s in sticks)
    text = rng.choice([
        f"길이가 {lst}인 {obj} {k}개가 있다. 이 중 3개를 골라 삼각형을 만들 때, 만들 수 있는 서로 다른 삼각형의 개수를 {_end(rng)}",
        f"{josa(name(rng), '은/는')} 길이가 각각 {lst}인 {josa(obj, '을/를')} 가지고 있다. 세 개를 골라 이어 붙여 삼각형을 만들려고 할 때, 가능한 경우는 모두 몇 가지인가?",
    ])

    def chk() -> bool:
        c = 0
        for i in range(k):
            for j in range(i + 1, k):
                for m_ in range(j + 1, k):
                    if sticks[i] + sticks[j] > sticks[m_]:
                        c += 1
        return c == cnt

    return Problem(text=text, answer=f"{cnt}개" if "개수" in text else f"{cnt}가지", format="word", difficulty=3,
                   achievement_level="C", concepts=["삼각형의 세 변의 길이 사이의 관계"], check=chk)


@family("9수03-03", "explain-construction")
def _f03_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    a, b, c = 0, 0, 0
    while not (_is_tri(a, b, c) and len({a, b, c}) == 3):
        a, b, c = rng.randint(3, 10), rng.randint(3, 10), rng.randint(3, 10)
    ang = rng.choice([40, 50, 60, 70, 75, 80, 100, 110])
    ang2 = rng.choice([30, 35, 45, 55, 65])
    if kind == 0:
        given = f"세 변의 길이가 {a} cm, {b} cm, {c} cm"
        how = "세 변의 길이"
    elif kind == 1:
        given = f"{_m(f'~AB = {c} cm', st)}, {_m(f'~BC = {a} cm', st)}, {_m(f'<B = {ang}°', st)}"
        how = "두 변의 길이와 그 끼인각의 크기"
    else:
        given = f"{_m(f'~BC = {a} cm', st)}, {_m(f'<B = {ang}°', st)}, {_m(f'<C = {ang2}°', st)}"
        how = "한 변의 길이와 그 양 끝 각의 크기"
    who = name(rng)
    text = rng.choice([
        f"{given}인 {_m('△ABC', st)}를 눈금 없는 자와 컴퍼스만 사용하여 작도하는 과정을 순서대로 {_end(rng, '설명')}",
        f"{josa(who, '은/는')} {given}인 삼각형을 작도하려고 한다. 어떤 순서로 작도하면 되는지 자와 컴퍼스의 쓰임을 밝혀 {_end(rng, '설명')}",
        f"[활동] {given}인 {_m('△ABC', st)}를 작도해 보고, 모둠 친구가 작도한 삼각형과 겹쳐 보시오. 모두 같은 삼각형이 되는 이유를 '{how}'라는 말을 사용하여 설명하시오.",
    ])
    fmt = "task" if text.startswith("[활동]") else "proof"
    return Problem(text=text, answer=None, format=fmt, difficulty=3, achievement_level="B" if fmt == "proof" else "A",
                   concepts=["작도", "삼각형의 결정 조건"])


# ================================================================================================
# 9수03-04 삼각형의 합동 조건
# ================================================================================================
def _rand_tri(rng: random.Random) -> tuple[dict[str, int], dict[str, int]]:
    """Integer sides a, b, c (opposite A, B, C) and rounded angles of a scalene triangle (angles only used
    where the data is angle-only consistent)."""
    while True:
        a, b, c = rng.randint(4, 12), rng.randint(4, 12), rng.randint(4, 12)
        if _is_tri(a, b, c) and len({a, b, c}) == 3:
            break
    A = _pymath.degrees(_pymath.acos((b * b + c * c - a * a) / (2 * b * c)))
    B = _pymath.degrees(_pymath.acos((a * a + c * c - b * b) / (2 * a * c)))
    return {"a": a, "b": b, "c": c}, {"A": round(A), "B": round(B), "C": 180 - round(A) - round(B)}


def _facts(kind: str, P: str, sides: dict, angs: dict, rng: random.Random) -> list[tuple[str, str, int]]:
    """Data items (type, label-in-ABC-terms, value) for the condition ``kind``."""
    _X, _Y, _Z = P  # vertex names in ABC order
    side = {"XY": sides["c"], "YZ": sides["a"], "ZX": sides["b"]}
    ang = {"X": angs["A"], "Y": angs["B"], "Z": angs["C"]}
    if kind == "SSS":
        return [("s", "XY", side["XY"]), ("s", "YZ", side["YZ"]), ("s", "ZX", side["ZX"])]
    if kind == "SAS":
        v = rng.choice(["X", "Y", "Z"])
        adj = {"X": ("XY", "ZX"), "Y": ("XY", "YZ"), "Z": ("YZ", "ZX")}[v]
        return [("s", adj[0], side[adj[0]]), ("s", adj[1], side[adj[1]]), ("a", v, ang[v])]
    s = rng.choice(["XY", "YZ", "ZX"])
    return [("s", s, side[s]), ("a", s[0], ang[s[0]]), ("a", s[1], ang[s[1]])]


def _render_facts(facts: list, names: str, st: str) -> str:
    mp = dict(zip("XYZ", names, strict=True))
    out = []
    for t, lab, val in facts:
        lab2 = "".join(mp[c] for c in lab)
        out.append(_m(f"~{lab2} = {val} cm" if t == "s" else f"<{lab2} = {val}°", st))
    return ", ".join(out)


@family("9수03-04", "name-condition-and-correspondence")
def _f04_name(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sides, angs = _rand_tri(rng)
    kind = rng.choice(["SSS", "SAS", "ASA"])
    facts = _facts(kind, "XYZ", sides, angs, rng)
    second = rng.choice(["DEF", "PQR", "DEF"])
    perm = list(second)
    rng.shuffle(perm)
    img = "".join(perm)  # image of A, B, C
    f1 = facts[:]
    rng.shuffle(f1)
    f2 = facts[:]
    rng.shuffle(f2)
    t1 = _render_facts(f1, "ABC", st)
    t2 = _render_facts(f2, img, st)
    mode = rng.randrange(2)
    tri2 = _m(f"△{second}", st)
    if mode == 0:
        text = rng.choice([
            f"{_m('△ABC', st)}에서 {t1}이고, {tri2}에서 {t2}이다. 두 삼각형이 합동임을 기호 ≡를 사용하여 나타내고, 이용한 합동 조건을 {_end(rng, '쓰')}",
            f"두 삼각형 ABC, {second}에 대하여 {t1}, {t2}이다. 두 삼각형의 합동을 기호로 나타내고 합동 조건을 말하시오.",
        ])
        ans = f"△ABC ≡ △{img} ({kind} 합동)"
        fmt, lvl, diff = "word", "C", 3
        return Problem(text=text, answer=ans, format=fmt, difficulty=diff, achievement_level=lvl,
                       concepts=["삼각형의 합동 조건", "합동"], check=lambda: sorted(img) == sorted(second))
    ch = choices(rng, f"{kind} 합동", [f"{k} 합동" for k in ("SSS", "SAS", "ASA") if k != kind] + ["RHS 합동", "AAA 합동"], n=5)
    text = with_choices(f"{_m('△ABC', st)}에서 {t1}이고 {tri2}에서 {t2}일 때, 두 삼각형은 어떤 조건에 의해 합동인가?", ch)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["삼각형의 합동 조건"], choice=ch)


@family("9수03-04", "missing-condition")
def _f04_missing(rng: random.Random) -> Problem:
    st = pick_style(rng)
    base = rng.randrange(2)
    if base == 0:
        given = ["~AB = ~DE", "<B = <E"]
        good = ["~BC = ~EF", "<A = <D", "<C = <F"]
        bad = ["~AC = ~DF", "~AB = ~EF", "<A = <F", "~BC = ~DF", "<C = <D"]
    else:
        given = ["~AB = ~DE", "~BC = ~EF"]
        good = ["~AC = ~DF", "<B = <E"]
        bad = ["<A = <D", "<C = <F", "~AB = ~EF", "<A = <F", "<B = <D"]
    ask_good = base == 1 or rng.random() < 0.5
    g = ", ".join(_m(x, st) for x in given)
    if ask_good:
        ch = choices(rng, _m(rng.choice(good), st), [_m(b_, st) for b_ in bad])
        q = f"나머지 한 조건을 추가하여 {_m('△ABC ≡ △DEF', st)}가 되게 하려고 한다. 추가할 조건으로 알맞은 것은?"
        corr_set = good
    else:
        ch = choices(rng, _m(bad[0], st), [_m(g_, st) for g_ in good], n=4)
        corr_set = bad
        q = f"{_m('△ABC ≡ △DEF', st)}가 되기 위해 더 필요한 조건이 될 수 없는 것은?"
    text = with_choices(f"{_m('△ABC', st)}와 {_m('△DEF', st)}에서 {g}일 때, {q}", ch)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["삼각형의 합동 조건"], choice=ch,
                   check=lambda: sum(any(o == _m(c_, st) for c_ in corr_set) for o in ch.options) == 1)


@family("9수03-04", "corresponding-parts")
def _f04_parts(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sides, angs = _rand_tri(rng)
    second = rng.choice(["DEF", "PQR"])
    perm = list(second)
    rng.shuffle(perm)
    img = dict(zip("ABC", perm, strict=True))
    x_side = rng.choice(["AB", "BC", "CA"])
    y_ang = rng.choice(["A", "B", "C"])
    sval = {"AB": sides["c"], "BC": sides["a"], "CA": sides["b"]}
    aval = {"A": angs["A"], "B": angs["B"], "C": angs["C"]}
    others = [a_ for a_ in "ABC" if a_ != y_ang]
    # give: the side in ABC, two angles of second triangle (so third angle must be computed)
    im_side = img[x_side[0]] + img[x_side[1]]
    text = rng.choice([
        f"{_m(f'△ABC ≡ △{img[chr(65)]}{img[chr(66)]}{img[chr(67)]}', st)}이고 {_m(f'~{x_side} = {sval[x_side]} cm', st)}, "
        f"{_m(f'<{img[others[0]]} = {aval[others[0]]}°', st)}, {_m(f'<{img[others[1]]} = {aval[others[1]]}°', st)}이다. "
        f"{_m(f'~{im_side}', st)}의 길이를 x cm, {_m(f'<{y_ang}', st)}의 크기를 y°라 할 때, x + y의 값을 {_end(rng)}",
        f"두 삼각형 ABC와 {img['A']}{img['B']}{img['C']}가 서로 합동이고 꼭짓점 A, B, C가 차례로 {img['A']}, {img['B']}, {img['C']}에 대응한다. "
        f"{_m(f'~{x_side} = {sval[x_side]} cm', st)}, {_m(f'<{img[others[0]]} = {aval[others[0]]}°', st)}, "
        f"{_m(f'<{img[others[1]]} = {aval[others[1]]}°', st)}일 때, {_m(f'~{im_side}', st)}의 길이와 {_m(f'<{y_ang}', st)}의 크기를 차례로 {_end(rng)}",
    ])
    y = 180 - aval[others[0]] - aval[others[1]]
    ans = str(sval[x_side] + y) if "x + y" in text else f"{sval[x_side]} cm, {y}°"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["합동", "대응변", "대응각"], check=lambda: y == aval[y_ang])


@family("9수03-04", "configuration-midpoint-cross")
def _f04_cross(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ab = rng.randint(5, 30)
    unit = rng.choice(["m", "m", "cm"])
    mode = rng.randrange(3)
    if mode == 0:
        place = rng.choice(["연못", "호수", "늪지", "공사장 웅덩이"])
        text = rng.choice([
            f"{place}의 양 끝 지점 A, B 사이의 거리를 직접 잴 수 없어서 다음과 같이 하였다. 두 지점 A, B가 모두 보이는 곳에 점 O를 정하고, "
            f"{_m('~AO', st)}의 연장선 위에 {_m('~OC = ~OA', st)}가 되도록 점 C를, {_m('~BO', st)}의 연장선 위에 {_m('~OD = ~OB', st)}가 되도록 "
            f"점 D를 잡았다. {_m(f'~CD = {ab} {unit}', st)}일 때, 두 지점 A, B 사이의 거리를 구하고, 이용한 합동 조건을 {_end(rng, '쓰')}",
            f"강 건너편을 잴 수 없는 두 지점 A, B 사이의 거리를 구하기 위해 점 O를 잡고, 반직선 AO, BO 위에 각각 {_m('~OC = ~OA', st)}, "
            f"{_m('~OD = ~OB', st)}인 점 C, D를 잡았더니 C와 D 사이의 거리가 {ab} {unit}였다. A, B 사이의 거리를 구하시오. (단, 점 C, D는 점 O에 대하여 각각 A, B의 반대쪽에 있다.)",
        ])
        ans = f"{ab} {unit}" + (", SAS 합동" if "합동 조건" in text else "")
        return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                       concepts=["삼각형의 합동 조건", "맞꼭지각"], check=lambda: True)
    if mode == 1:
        text = (f"두 선분 AB와 CD가 점 M에서 만나고, 점 M은 두 선분의 중점이다. 다음은 {_m('△AMC ≡ △BMD', st)}임을 설명한 것이다. "
                f"(가)~(라)에 알맞은 것을 {_end(rng, '쓰')}\n"
                f"{_m('△AMC', st)}와 {_m('△BMD', st)}에서 점 M이 두 선분의 중점이므로 {_m('~AM', st)} = (가), {_m('~CM', st)} = (나)\n"
                f"또 {_m('<AMC', st)} = (다) (맞꼭지각)이므로 {_m('△AMC ≡ △BMD', st)} ((라) 합동)")
        ans = "(가) BM (나) DM (다) ∠BMD (라) SAS"
        return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="C",
                       concepts=["삼각형의 합동 조건", "맞꼭지각"])
    a = rng.randint(30, 80)
    b = rng.randint(30, 80)
    text = (f"두 선분 AB, CD가 점 M에서 만나고 {_m('~AM = ~BM', st)}, {_m('~CM = ~DM', st)}이다. "
            f"{_m(f'<CAM = {a}°', st)}, {_m(f'<ACM = {b}°', st)}일 때, {_m('<MBD', st)}의 크기를 {_end(rng)}")
    return Problem(text=text, answer=f"{a}°", format="computation", difficulty=3, achievement_level="C",
                   concepts=["삼각형의 합동 조건", "대응각"], check=lambda: a + b < 180)


@family("9수03-04", "which-is-congruent")
def _f04_which(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, c = rng.sample(range(4, 13), 2)
    B = rng.choice([x for x in range(25, 140, 5) if x != 90])
    given = ", ".join(_m(t, st) for t in rng.sample([f"~AB = {c} cm", f"~BC = {a} cm", f"<B = {B}°"], 3))
    p, q = rng.sample([a, c], 2)
    corr = rng.choice([
        f"두 변의 길이가 {p} cm, {q} cm이고 그 끼인각의 크기가 {B}°인 삼각형",
        f"{_m(f'~PQ = {a} cm', st)}, {_m(f'~PR = {c} cm', st)}, {_m(f'<P = {B}°', st)}인 {_m('△PQR', st)}",
    ])
    wrong = [
        f"두 변의 길이가 {c} cm, {a} cm이고 길이가 {c} cm인 변의 대각의 크기가 {B}°인 삼각형",
        f"두 변의 길이가 {c} cm, {a} cm이고 그 끼인각의 크기가 {180 - B}°인 삼각형",
        f"두 변의 길이가 {c + 1} cm, {a} cm이고 그 끼인각의 크기가 {B}°인 삼각형",
        f"한 변의 길이가 {c} cm이고 한 각의 크기가 {B}°인 삼각형",
        f"두 변의 길이가 {c} cm, {a} cm인 삼각형",
        f"{_m(f'~PQ = {a} cm', st)}, {_m(f'~QR = {c} cm', st)}, {_m(f'<P = {B}°', st)}인 {_m('△PQR', st)}",
    ]
    ch = choices(rng, corr, wrong)
    text = with_choices(f"{_m('△ABC', st)}에서 {given}이다. 다음 중 {_j(_m('△ABC', st), '과/와')} 항상 합동인 삼각형은?", ch)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["삼각형의 합동 조건"], choice=ch, check=lambda: ch.options.count(corr) == 1)


@family("9수03-04", "equilateral-squares-config")
def _f04_eq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    if kind == 0:
        # B on segment AC; equilateral triangles ABD, BCE on same side; △ABE ≡ △DBC (SAS), ∠ABE = ∠DBC = 120
        ab, bc = rng.sample(range(3, 13), 2)
        text = rng.choice([
            f"선분 AC 위의 한 점 B에 대하여 {_m('~AB', st)}, {_m('~BC', st)}를 각각 한 변으로 하는 정삼각형 ABD와 정삼각형 BCE를 "
            f"선분 AC의 같은 쪽에 그렸다. {_m('△ABE', st)}와 합동인 삼각형을 찾고, 합동 조건과 {_m('<ABE', st)}의 크기를 {_end(rng, '쓰')}",
            f"세 점 A, B, C가 이 순서로 한 직선 위에 있고 {_m(f'~AB = {ab} cm', st)}, {_m(f'~BC = {bc} cm', st)}이다. 선분 AB, BC를 한 변으로 하는 "
            f"정삼각형 ABD, BCE를 직선의 같은 쪽에 그렸을 때, {_m('△ABE ≡ △DBC', st)}임을 {_end(rng, '설명')}",
        ])
        if "설명" in text[-8:]:
            return Problem(text=text, answer=None, format="proof", difficulty=4, achievement_level="A",
                           concepts=["삼각형의 합동 조건", "합동"])
        return Problem(text=text, answer="△DBC, SAS 합동, 120°", format="word", difficulty=4, achievement_level="B",
                       concepts=["삼각형의 합동 조건", "합동"])
    # square ABCD, E on BC, F on CD with BE = CF -> △ABE ≡ △BCF, AE = BF
    s = rng.randint(6, 15)
    be = rng.randint(1, s - 1)
    ae2 = s * s + be * be
    text = (f"정사각형 ABCD에서 변 BC 위의 점 E와 변 CD 위의 점 F를 {_m('~BE = ~CF', st)}가 되도록 잡았다. "
            f"{_m('△ABE', st)}와 합동인 삼각형을 찾아 기호로 나타내고, 그때 이용한 합동 조건을 {_end(rng, '쓰')}")
    return Problem(text=text, answer="△ABE ≡ △BCF, SAS 합동", format="word", difficulty=3, achievement_level="C",
                   concepts=["삼각형의 합동 조건"], check=lambda: ae2 == (s ** 2 + be ** 2))


@family("9수03-04", "kite-and-bisector-proofs")
def _f04_kite(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        b = rng.randint(60, 130)
        a = rng.randint(30, 100)
        if a + b >= 170:
            a = 170 - b - 10
        text = (f"사각형 ABCD에서 {_m('~AB = ~AD', st)}, {_m('~BC = ~DC', st)}이다. 대각선 AC를 그었을 때 {_m('△ABC', st)}와 {_m('△ADC', st)}가 합동인 이유를 말하고, "
                f"{_m(f'<ABC = {b}°', st)}, {_m(f'<BAC = {a}°', st)}일 때 {_m('<ACD', st)}의 크기를 {_end(rng)}")
        c = 180 - a - b
        return Problem(text=text, answer=f"SSS 합동, {c}°", format="word", difficulty=3, achievement_level="B",
                       concepts=["삼각형의 합동 조건", "대응각"], check=lambda: c > 0)
    if kind == 1:
        text = (f"{_m('<XOY', st)}의 이등분선 위의 한 점 P에서 두 변 OX, OY에 내린 수선의 발을 각각 A, B라 하자. "
                f"{_m('△AOP ≡ △BOP', st)}임을 보이고, 이를 이용하여 {_m('~PA = ~PB', st)}임을 {_end(rng, '설명')}")
        return Problem(text=text, answer=None, format="proof", difficulty=4, achievement_level="A",
                       concepts=["삼각형의 합동 조건", "수선의 발"])
    text = (f"{_m('~AB = ~AC', st)}인 {_m('△ABC', st)}에서 {_m('<A', st)}의 이등분선이 {_m('~BC', st)}와 만나는 점을 D라 하자. 다음 빈칸을 채워 "
            f"{_m('△ABD ≡ △ACD', st)}임을 설명하시오.\n"
            f"{_m('~AB = ~AC', st)} (가정), {_m('<BAD', st)} = □ (가정), □는 공통\n따라서 □ 합동이다.")
    return Problem(text=text, answer="∠CAD, AD, SAS", format="fill", difficulty=2, achievement_level="C",
                   concepts=["삼각형의 합동 조건"], also=["9수03-09"])


@family("9수03-04", "parallel-midpoint-asa")
def _f04_asa(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ab, am = rng.sample(range(4, 19), 2)
    mode = rng.randrange(3)
    desc = (f"{_m('~AB // ~CD', st)}이고, 선분 BC의 중점 M을 지나는 직선이 두 점 A, D를 지난다. (점 A, D는 점 M에 대하여 서로 반대쪽에 있다.)")
    if mode == 0:
        text = (f"{desc} {_m(f'~AB = {ab} cm', st)}, {_m(f'~AM = {am} cm', st)}일 때, {_m('~CD', st)}의 길이와 {_m('~AD', st)}의 길이의 합을 {_end(rng)}")
        return Problem(text=text, answer=f"{ab + 2 * am} cm", format="computation", difficulty=3, achievement_level="C",
                       concepts=["삼각형의 합동 조건", "엇각", "맞꼭지각"], check=lambda: ab + am + am == ab + 2 * am)
    if mode == 1:
        ch = choices(rng, "ASA 합동", ["SSS 합동", "SAS 합동", "AAA 합동", "RHS 합동"])
        text = with_choices(f"{desc} 이때 {_m('△ABM', st)}와 {_m('△DCM', st)}는 합동이다. 이용된 합동 조건은?", ch)
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                       concepts=["삼각형의 합동 조건", "엇각", "맞꼭지각"], choice=ch)
    text = (f"{desc} {_m('△ABM ≡ △DCM', st)}임을 증명하고, 증명에 쓰인 각의 성질 두 가지를 {_end(rng, '쓰')}")
    return Problem(text=text, answer="엇각의 크기가 같다, 맞꼭지각의 크기가 같다 (ASA 합동)", format="proof", difficulty=4,
                   achievement_level="A", concepts=["삼각형의 합동 조건", "증명"], also=["9수03-02"])


# ================================================================================================
# 9수03-05 다각형의 성질 (내각·외각, 대각선)
# ================================================================================================
_POLY = {3: "삼각형", 4: "사각형", 5: "오각형", 6: "육각형", 7: "칠각형", 8: "팔각형", 9: "구각형", 10: "십각형",
         11: "십일각형", 12: "십이각형", 13: "십삼각형", 14: "십사각형", 15: "십오각형", 16: "십육각형", 17: "십칠각형", 18: "십팔각형", 19: "십구각형",
         20: "이십각형", 24: "이십사각형", 30: "삼십각형", 36: "삼십육각형"}


@family("9수03-05", "interior-angle-sum")
def _f05_sum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([k for k in _POLY if 5 <= k <= 20])
    s = 180 * (n - 2)
    mode = rng.randrange(4)
    if mode == 0:
        text = rng.choice([f"{_POLY[n]}의 내각의 크기의 합을 {_end(rng)}", f"{_POLY[n]}의 내각의 크기의 합은 몇 도인가?"])
        ans, diff, lvl = f"{s}°", 1, "E"
    elif mode == 1:
        text = rng.choice([f"내각의 크기의 합이 {_m(f'{s}°', st)}인 다각형의 이름을 {_end(rng, '쓰')}",
                           f"내각의 크기의 합이 {_m(f'{s}°', st)}인 다각형은 몇 각형인가?"])
        ans, diff, lvl = _POLY[n], 2, "D"
    elif mode == 2:
        d = n * (n - 3) // 2
        text = f"내각의 크기의 합이 {_m(f'{s}°', st)}인 다각형의 대각선의 개수를 {_end(rng)}"
        ans, diff, lvl = f"{d}개", 3, "C"
    else:
        k = n - 3
        text = (f"어떤 다각형의 한 꼭짓점에서 그을 수 있는 대각선의 개수가 {k}개일 때, 이 다각형의 내각의 크기의 합을 {_end(rng)}")
        ans, diff, lvl = f"{s}°", 2, "D"
    x = sp.Symbol("x")
    return Problem(text=text, answer=ans, format="computation", difficulty=diff, achievement_level=lvl,
                   concepts=["내각", "다각형의 내각의 크기의 합"],
                   check=lambda: sp.solve(sp.Eq(180 * (x - 2), s), x) == [n])


@family("9수03-05", "regular-polygon-angles")
def _f05_reg(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([5, 6, 8, 9, 10, 12, 15, 18, 20, 24, 30, 36])
    ext = sp.Rational(360, n)
    inn = 180 - ext
    mode = rng.randrange(4)
    if mode == 0:
        text = rng.choice([f"정{_POLY[n]}의 한 내각의 크기와 한 외각의 크기를 차례로 {_end(rng)}",
                           f"정{_POLY[n]}에서 한 내각의 크기와 한 외각의 크기를 각각 구하여라."])
        ans = f"{_ans(inn, '°')}, {_ans(ext, '°')}"
        diff, lvl, fmt = 2, "D", "computation"
    elif mode == 1:
        text = rng.choice([f"한 외각의 크기가 {_v(ext, st, '°')}인 정다각형의 이름을 {_end(rng, '쓰')}",
                           f"한 내각의 크기가 {_v(inn, st, '°')}인 정다각형은 어떤 도형인가?"])
        ans = f"정{_POLY[n]}"
        diff, lvl, fmt = 2, "C", "computation"
    elif mode == 2:
        ratios = [(n - 2, 2)]
        a, b = ratios[0]
        g = _pymath.gcd(a, b)
        a, b = a // g, b // g
        text = f"한 내각의 크기와 한 외각의 크기의 비가 {a} : {b}인 정다각형의 이름을 {_end(rng, '쓰')}"
        ans = f"정{_POLY[n]}"
        diff, lvl, fmt = 3, "B", "computation"
    else:
        obj = rng.choice(["보도블록", "벌집 모양 타일", "축구공의 무늬", "창문 장식", "시계 테두리"])
        text = (f"어떤 {obj}은 모든 변의 길이와 모든 내각의 크기가 같은 다각형 모양이다. 한 내각의 크기가 한 외각의 크기보다 "
                f"{_v(inn - ext, st, '°')} 더 크다고 할 때, 이 다각형은 몇 개의 변으로 이루어져 있는가?")
        text = text.replace(f"{obj}은", josa(obj, "은/는"))
        ans = f"{n}개"
        diff, lvl, fmt = 4, "B", "word"
    x = sp.Symbol("x", positive=True)
    return Problem(text=text, answer=ans, format=fmt, difficulty=diff, achievement_level=lvl,
                   concepts=["정다각형", "내각", "외각"],
                   check=lambda: sp.solve(sp.Eq(180 * (x - 2) / x, inn), x) == [n])


@family("9수03-05", "diagonal-count")
def _f05_diag(rng: random.Random) -> Problem:
    n = rng.choice(range(5, 21))
    d = n * (n - 3) // 2
    mode = rng.randrange(3)
    if mode == 0:
        text = rng.choice([f"{_POLY.get(n, f'{n}각형')}의 대각선의 총개수를 {_end(rng)}",
                           f"{_POLY.get(n, f'{n}각형')}에 그을 수 있는 대각선은 모두 몇 개인가?"])
        ans, diff, lvl = f"{d}개", 2, "D"
    elif mode == 1:
        text = rng.choice([f"대각선의 개수가 {d}개인 다각형의 이름을 {_end(rng, '쓰')}",
                           f"대각선이 모두 {d}개인 다각형은 몇 각형인지 구하시오."])
        ans, diff, lvl = _POLY.get(n, f"{n}각형"), 3, "C"
    else:
        text = (f"{_POLY.get(n, f'{n}각형')}의 한 꼭짓점에서 그을 수 있는 대각선의 개수를 a, 이때 생기는 삼각형의 개수를 b라 할 때, "
                f"a + b의 값을 {_end(rng)}")
        ans, diff, lvl = str(2 * n - 5), 1, "E"
    x = sp.Symbol("x", positive=True)
    return Problem(text=text, answer=ans, format="computation", difficulty=diff, achievement_level=lvl,
                   concepts=["대각선", "다각형"],
                   check=lambda: sp.solve(sp.Eq(x * (x - 3) / 2, d), x) == [n] and len(
                       [p for p in itertools.combinations(range(n), 2) if (p[1] - p[0]) % n not in (1, n - 1)]) == d)


@family("9수03-05", "triangle-exterior-angle")
def _f05_ext(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x = sp.Symbol("x")
    mode = rng.randrange(3)
    if mode == 0:
        a, b = rng.randint(25, 80), rng.randint(25, 80)
        text = rng.choice([
            f"{_m('△ABC', st)}에서 변 BC의 연장선 위에 점 D를 잡았다. {_m(f'<A = {a}°', st)}, {_m(f'<B = {b}°', st)}일 때, {_m('<ACD', st)}의 크기를 {_end(rng)}",
            f"삼각형 ABC의 꼭짓점 C에서의 외각의 크기를 구하시오. (단, {_m(f'<A = {a}°', st)}, {_m(f'<B = {b}°', st)})",
        ])
        ans = a + b
        return Problem(text=text, answer=f"{ans}°", format="computation", difficulty=1, achievement_level="E",
                       concepts=["외각", "삼각형의 외각"], check=lambda: 180 - (180 - a - b) == ans)
    if mode == 1:
        sol = rng.randint(10, 30)
        p, q = rng.randint(1, 3), rng.randint(1, 3)
        r = p + q + rng.randint(1, 2)
        c1, c2 = rng.randint(0, 20), rng.randint(0, 20)
        ext = r * sol
        c3 = p * sol + c1 + q * sol + c2 - ext
        e1, e2, e3 = p * x + c1, q * x + c2, r * x + c3
        if not (p * sol + c1 > 0 and q * sol + c2 > 0 and (p * sol + c1) + (q * sol + c2) < 180):
            e1, e2, e3, sol = 2 * x + 10, x + 20, 4 * x - 10, 40
        text = (f"{_m('△ABC', st)}에서 {_m(f'<A = ({_mini(e1)})°', st)}, {_m(f'<B = ({_mini(e2)})°', st)}이고, "
                f"변 BC의 연장선 위의 점 D에 대하여 {_m(f'<ACD = ({_mini(e3)})°', st)}일 때, x의 값을 {_end(rng)}")
        return Problem(text=text, answer=str(sol), format="computation", difficulty=2, achievement_level="D",
                       concepts=["외각", "삼각형의 외각"], check=lambda: sp.solve(sp.Eq(e1 + e2, e3), x) == [sol])
    # cevians AD, BE meet at P: ∠APB = ∠CAD + ∠ACB + ∠CBE
    a, b, c = rng.randint(15, 45), rng.randint(30, 70), rng.randint(15, 45)
    text = (f"{_m('△ABC', st)}의 변 BC 위에 점 D를, 변 AC 위에 점 E를 잡아 두 선분 AD와 BE가 점 P에서 만나게 하였다. "
            f"{_m(f'<CAD = {a}°', st)}, {_m(f'<ACB = {b}°', st)}, {_m(f'<CBE = {c}°', st)}일 때, {_m('<APB', st)}의 크기를 {_end(rng)}")
    ans = a + b + c
    # route 1: ∠ADB = a + b (exterior of △ADC), then ∠APB = ∠PDB + ∠PBD (exterior of △PBD)
    # route 2: ∠AEB = b + c (exterior of △BEC), ∠APE = 180 - a - (b + c), ∠APB = 180 - ∠APE
    return Problem(text=text, answer=f"{ans}°", format="computation", difficulty=4, achievement_level="B",
                   concepts=["외각", "삼각형의 외각"], check=lambda: (a + b) + c == 180 - (180 - a - (b + c)) == ans)


@family("9수03-05", "polygon-missing-angle")
def _f05_missing(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([4, 5, 5, 6, 6, 7])
    total = 180 * (n - 2)
    while True:
        angs = [rng.randint(80, 170) for _ in range(n - 1)]
        last = total - sum(angs)
        if 60 <= last <= 175:
            break
    verts = "ABCDEFG"[:n]
    use_ext = rng.random() < 0.4
    parts = []
    ext_idx = rng.randrange(n - 1) if use_ext else -1
    for i, v in enumerate(verts[:-1]):
        if i == ext_idx:
            parts.append(f"꼭짓점 {v}에서의 외각의 크기가 {_m(f'{180 - angs[i]}°', st)}")
        else:
            parts.append(_m(f"<{v} = {angs[i]}°", st))
    last_v = verts[-1]
    text = rng.choice([
        f"{_POLY[n]} {verts}에서 {', '.join(parts)}일 때, {_m(f'<{last_v}', st)}의 크기를 {_end(rng)}",
        f"볼록한 {_POLY[n]} {verts}의 내각 중 {', '.join(parts)}이다. 나머지 한 내각 {_m(f'<{last_v}', st)}의 크기는 몇 도인가?",
    ])
    lvl = "C" if use_ext else "D"
    return Problem(text=text, answer=f"{last}°", format="computation", difficulty=3 if use_ext else 2,
                   achievement_level=lvl, concepts=["다각형의 내각의 크기의 합", "외각"],
                   check=lambda: sum(angs) + last == 180 * n - 360)


@family("9수03-05", "exterior-sum-star")
def _f05_star(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    if mode == 0:
        angs = [rng.randint(20, 50) for _ in range(4)]
        last = 180 - sum(angs)
        if last <= 5:
            angs = [30, 35, 40, 25]
            last = 50
        text = rng.choice([
            f"한 평면 위에서 다섯 개의 선분으로 그린 별 모양의 도형(오각형의 각 변을 연장하여 만든 별)의 다섯 꼭짓점 A, B, C, D, E에 생기는 각을 생각하자. "
            f"{_m(f'<A = {angs[0]}°', st)}, {_m(f'<B = {angs[1]}°', st)}, {_m(f'<C = {angs[2]}°', st)}, {_m(f'<D = {angs[3]}°', st)}일 때, {_m('<E', st)}의 크기를 {_end(rng)}",
            f"한붓그리기로 그린 별 모양(꼭짓점 A, B, C, D, E)에서 뾰족한 다섯 각 중 네 각의 크기가 {', '.join(f'{v}°' for v in angs)}이다. 나머지 한 각의 크기를 {_end(rng)}",
        ])
        return Problem(text=text, answer=f"{last}°", format="computation", difficulty=4, achievement_level="B",
                       concepts=["삼각형의 외각", "내각"], check=lambda: sum(angs) + last == 180)
    if mode == 1:
        n = rng.choice([5, 6, 7, 8])
        exts = [rng.randint(30, 80) for _ in range(n - 1)]
        last = 360 - sum(exts)
        while not 20 <= last <= 120:
            exts = [rng.randint(30, 80) for _ in range(n - 1)]
            last = 360 - sum(exts)
        text = (f"{_POLY[n]}의 외각 {n}개 중 {n - 1}개의 크기가 각각 {', '.join(_m(f'{v}°', st) for v in exts)}일 때, "
                f"나머지 한 외각의 크기를 {_end(rng)}")
        return Problem(text=text, answer=f"{last}°", format="computation", difficulty=2, achievement_level="D",
                       concepts=["외각", "다각형의 외각의 크기의 합"], check=lambda: sum(exts) + last == 360)
    n = rng.choice([5, 6, 8, 9, 10, 12])
    text = rng.choice([
        f"{_POLY[n]}의 외각의 크기의 합이 항상 360°인 이유를, 각 꼭짓점에서 내각과 외각의 크기의 합이 180°임을 이용하여 {_end(rng, '설명')}",
        f"{josa(name(rng), '은/는')} '변의 개수가 많을수록 외각의 크기의 합도 커진다'고 주장하였다. {_POLY[n]}을 예로 들어 이 주장이 옳은지 판단하고 그 이유를 {_end(rng, '설명')}",
    ])
    ans = "360° (180° × n − 180° × (n − 2) = 360°)"
    if "주장" in text:
        ans = "옳지 않다. 외각의 크기의 합은 변의 개수와 관계없이 항상 360°이다."
    return Problem(text=text, answer=ans, format="proof", difficulty=3,
                   achievement_level="A", concepts=["외각", "다각형의 외각의 크기의 합"])


@family("9수03-05", "handshakes-and-routes")
def _f05_hand(rng: random.Random) -> Problem:
    n = rng.randint(5, 14)
    d = n * (n - 3) // 2
    mode = rng.randrange(3)
    if mode == 0:
        text = rng.choice([
            f"원탁에 {n}명이 둘러앉아 있다. 각자 양옆에 앉은 사람을 제외한 모든 사람과 한 번씩 악수를 할 때, 악수는 모두 몇 번 하게 되는가?",
            f"{n}명의 학생이 원 모양으로 서서 바로 옆 사람을 뺀 나머지 모든 학생과 한 번씩 공을 주고받는 인사를 하였다. 인사는 모두 몇 번 이루어지는가?",
        ])
        ans = f"{d}번"
    elif mode == 1:
        text = (f"원 모양의 호수 둘레에 {n}개의 마을이 있고, 이웃한 두 마을은 호숫가 길로 연결되어 있다. 이웃하지 않은 두 마을마다 호수를 가로지르는 "
                f"직선 다리를 하나씩 놓으려고 할 때, 필요한 다리는 몇 개인가?")
        ans = f"{d}개"
    else:
        text = (f"어느 대회에서 {n}개 팀이 모든 다른 팀과 한 번씩 경기를 하였다. 이 경기 수에서 다각형의 변의 개수를 빼면 대각선의 개수가 되는 이유를 "
                f"말하고, 경기 수와 {_POLY.get(n, f'{n}각형')}의 대각선의 개수를 차례로 구하시오.")
        ans = f"{n * (n - 1) // 2}경기, {d}개"
        return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="A",
                       concepts=["대각선", "다각형"], check=lambda: n * (n - 1) // 2 - n == d)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["대각선", "다각형"], check=lambda: n * (n - 1) // 2 - n == d)


@family("9수03-05", "bisector-exterior-triangle")
def _f05_bis(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = rng.choice(range(30, 101, 2))
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"{_m('△ABC', st)}에서 {_m('<B', st)}의 이등분선과 꼭짓점 C에서의 외각의 이등분선이 만나는 점을 D라 하자. "
                f"{_m(f'<A = {A}°', st)}일 때, {_m('<BDC', st)}의 크기를 {_end(rng)}")
        ans = A // 2
        B = rng.choice(range(30, 150 - A, 2))
        # numeric check: ∠BDC = (ext C)/2 - B/2
        return Problem(text=text, answer=f"{ans}°", format="computation", difficulty=4, achievement_level="B",
                       concepts=["삼각형의 외각", "외각"], check=lambda: ans == (A + B) / 2 - B / 2)
    D = rng.choice(range(20, 61))
    text = (f"{_m('△ABC', st)}에서 {_m('<B', st)}의 이등분선과 {_m('<C', st)}의 외각의 이등분선의 교점을 D라 할 때, "
            f"{_m(f'<BDC = {D}°', st)}이다. {_m('<A', st)}의 크기를 {_end(rng)}")
    return Problem(text=text, answer=f"{2 * D}°", format="computation", difficulty=4, achievement_level="B",
                   concepts=["삼각형의 외각", "외각"], check=lambda: 2 * D < 180)


@family("9수03-05", "polygon-table")
def _f05_table(rng: random.Random) -> Problem:
    ns = sorted(rng.sample([5, 6, 7, 8, 9, 10, 12], 4))
    rows = []
    blanks = []
    labels = iter("㉠㉡㉢㉣㉤㉥㉦㉧")
    for n in ns:
        vals = [str(n - 3), str(n - 2), f"{180 * (n - 2)}°", str(n * (n - 3) // 2)]
        i = rng.randrange(4)
        lab = next(labels)
        blanks.append(f"{lab} {vals[i]}")
        vals[i] = lab
        rows.append(f"| {_POLY[n]} | " + " | ".join(vals) + " |")
    text = ("다음 표는 여러 가지 다각형에 대하여 조사한 것이다. 빈칸에 알맞은 것을 구하시오.\n"
            "| 다각형 | 한 꼭짓점에서 그은 대각선의 개수 | 그때 생기는 삼각형의 개수 | 내각의 크기의 합 | 대각선의 총개수 |\n"
            + "\n".join(rows))
    return Problem(text=text, answer=", ".join(blanks), format="data", difficulty=2, achievement_level="C",
                   concepts=["대각선", "다각형의 내각의 크기의 합"])
