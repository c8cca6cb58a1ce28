"""Generators for 공통수학1 (고등학교), domains 01 다항식 and 02 방정식과 부등식: 10공수1-01-01 … 10공수1-02-08.

10공수1-02-09 … 10공수1-04-02 (부등식, 경우의 수, 행렬) are in ``g10gongsu1c.py``.

Private helpers (module-local, prefixed ``_``; ``g10gongsu1b.py`` imports some of them):

* ``_pl(expr, st, gens)`` renders an integer-coefficient polynomial in descending order in style
  ``st`` (latex wrapped in ``$…$`` / unicode / plain), e.g. ``x³ − 2xy + 1``.
* ``_w(s, st)`` renders a small ASCII notation (``^2``, ``<=``, ``>=``, ``*``) in style ``st``.
* ``_cx(a, b, st)`` renders the complex number ``a + bi``.
* ``_P(s)`` parses plain / unicode answers back into sympy (for ``check``).
"""

from __future__ import annotations

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

x, y, z, a, b, c, k = sp.symbols("x y z a b c k")
IU = sp.I
_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_UNSUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_TRANS = (*standard_transformations, implicit_multiplication_application, convert_xor)


# -- notation ------------------------------------------------------------------------------------
def _w(s: str, st: str) -> str:
    """Render ASCII mini notation (``x^2``, ``<=``, ``>=``, ``!=``, ``*``, ``sqrt(3)``) in style ``st``."""
    if st == "latex":
        t = re.sub(r"\^(\d+|\w)", r"^{\1}", s)
        t = re.sub(r"sqrt\(([^()]+)\)", r"\\sqrt{\1}", t)
        t = t.replace("<=", "\\le").replace(">=", "\\ge").replace("!=", "\\ne").replace("*", "\\times")
        t = t.replace("|", "\\left|", 1).replace("|", "\\right|", 1) if t.count("|") == 2 else t
        return f"${t}$"
    if st == "unicode":
        t = re.sub(r"\^(\d+)", lambda m: m.group(1).translate(_SUP), s)
        t = re.sub(r"sqrt\((\w+)\)", r"√\1", t)
        t = re.sub(r"sqrt\(([^()]+)\)", r"√(\1)", t)
        return t.replace("<=", "≤").replace(">=", "≥").replace("!=", "≠").replace("*", "×").replace("-", "−")
    return s.replace("*", "×")


def _coef_term(cf: int, mono: str, first: bool) -> str:
    sgn = "-" if cf < 0 else "+"
    m = abs(cf)
    body = (str(m) if (m != 1 or not mono) else "") + mono
    if first:
        return ("-" if cf < 0 else "") + body
    return f" {sgn} {body}"


def _mini(e: sp.Expr, gens: tuple[sp.Symbol, ...] = (x,)) -> str:
    """Integer polynomial in descending (lex) order, ASCII mini notation (``x^2y - 3``)."""
    e = sp.expand(e)
    if e == 0:
        return "0"
    p = sp.Poly(e, *gens)
    out = ""
    for i, (mon, cf) in enumerate(p.terms()):
        mono = "".join(str(g) + (f"^{d}" if d > 1 else "") for g, d in zip(gens, mon, strict=True) if d)
        out += _coef_term(int(cf), mono, i == 0)
    return out


def _pl(e: sp.Expr, st: str, gens: tuple[sp.Symbol, ...] = (x,)) -> str:
    return _w(_mini(e, gens), st)


def _ans(e: sp.Expr, gens: tuple[sp.Symbol, ...] = (x,)) -> str:
    return _mini(e, gens)


def _cxs(re_: int, im: int) -> str:
    """Plain ``a+bi`` text."""
    re_, im = sp.nsimplify(re_), sp.nsimplify(im)
    def n(v):
        v = sp.Rational(v)
        return str(v.p) if v.q == 1 else f"{v.p}/{v.q}"
    if im == 0:
        return n(re_)
    ib = "" if abs(im) == 1 else n(abs(im))
    if re_ == 0:
        return f"{'-' if im < 0 else ''}{ib}i"
    return f"{n(re_)} {'-' if im < 0 else '+'} {ib}i"


def _cx(re_: int, im: int, st: str) -> str:
    s = _cxs(re_, im)
    if st == "latex":
        s = re.sub(r"(-?\d+)/(\d+)", r"\\frac{\1}{\2}", s)
        return f"${s}$"
    return s.replace("-", "−") if st == "unicode" else s


def _P(s: str) -> sp.Expr:
    t = s.replace("−", "-").replace("×", "*").replace("$", "").translate(_UNSUP)
    return parse_expr(t, transformations=_TRANS, local_dict={"x": x, "y": y, "z": z, "a": a, "b": b, "c": c, "i": IU})


def _j(rendered: str, mini: str, pair: str) -> str:
    """Particle after rendered math, chosen by how ``mini`` is read (x² → 제곱, 3 → 삼, x → 엑스)."""
    core = mini.rstrip(" ")
    if re.search(r"\^\{?\d+\}?\)?$", core):  # x^2, (…)^{3}: read "…제곱"; x^2y ends in y
        proxy = "곱"
    elif core.endswith(")"):
        proxy = core.rstrip(")")[-1:] or "호"
    else:
        proxy = core
    return rendered + josa(proxy, pair)[len(proxy):]


def _jp(e: sp.Expr, st: str, pair: str, gens: tuple[sp.Symbol, ...] = (x,)) -> str:
    return _j(_pl(e, st, gens), _mini(e, gens), pair)


def _jw(s: str, st: str, pair: str) -> str:
    return _j(_w(s, st), s, pair)


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보시오."])
    if what == "풀":
        return rng.choice(["푸시오.", "푸세요.", "풀어라.", "풀어 보시오."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오.", "구하면?"])


def _rpoly(rng: random.Random, deg: int, lo: int = -6, hi: int = 6, lead: tuple[int, ...] = (1, 1, 2, 3, -1)) -> sp.Expr:
    cs = [rng.choice(lead)] + [rng.randint(lo, hi) for _ in range(deg)]
    return sum(cf * x ** (deg - i) for i, cf in enumerate(cs))


def _frs(v) -> str:
    v = Fraction(v)
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


# ================================================================================================
# 10공수1-01-01 다항식의 사칙연산
# ================================================================================================
@family("10공수1-01-01", "linear-combination-of-polys")
def _p1_lincomb(rng: random.Random) -> Problem:
    st = pick_style(rng)
    multi = rng.random() < 0.4
    if multi:
        gens = (x, y)
        A = rng.choice([1, 2, 3]) * x**2 + nonzero(rng, -5, 5) * x * y + nonzero(rng, -4, 4) * y**2
        B = nonzero(rng, -3, 3) * x**2 + nonzero(rng, -5, 5) * x * y + rng.randint(-4, 4) * y**2
    else:
        gens = (x,)
        A, B = _rpoly(rng, rng.choice([2, 3])), _rpoly(rng, rng.choice([2, 3]))
    p, q = rng.choice([(1, 1), (1, -1), (2, -1), (3, -2), (1, -2), (2, 3), (-1, 2)])
    lab = ("" if p == 1 else ("-" if p == -1 else str(p))) + "A " + ("+ " if q > 0 else "- ") + ("" if abs(q) == 1 else str(abs(q))) + "B"
    res = sp.expand(p * A + q * B)
    text = rng.choice([
        f"두 다항식 A = {_pl(A, st, gens)}, B = {_pl(B, st, gens)}에 대하여 {josa(_w(lab, st), '을/를')} 계산하시오.",
        f"A = {_pl(A, st, gens)}, B = {_pl(B, st, gens)}일 때, {_w(lab, st)}의 값을 {_end(rng)}",
        f"다항식 A, B가 다음과 같을 때, {_w(lab, st)}{rng.choice(['를 간단히 하시오.', '를 계산하여 내림차순으로 정리하시오.'])}\nA = {_pl(A, st, gens)}\nB = {_pl(B, st, gens)}",
    ])
    ans = _ans(res, gens)
    d = 1 if (p, q) in ((1, 1), (1, -1)) else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["다항식", "다항식의 덧셈", "다항식의 뺄셈"],
                   check=lambda: sp.expand(_P(ans) - (p * A + q * B)) == 0)


@family("10공수1-01-01", "expand-multiplication-formula")
def _p1_formula(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randint(1, 5)
    n = rng.choice([1, 1, 2, 3])
    kind = rng.randrange(5)
    if kind == 0:
        s = rng.choice([1, -1])
        src = f"({n if n > 1 else ''}x {'+' if s > 0 else '-'} {m})^3"
        e = (n * x + s * m) ** 3
        gens = (x,)
    elif kind == 1:
        s = rng.choice([1, -1])
        src = f"(x {'+' if s > 0 else '-'} {m})(x^2 {'-' if s > 0 else '+'} {m}x + {m * m})"
        e = (x + s * m) * (x**2 - s * m * x + m * m)
        gens = (x,)
    elif kind == 2:
        sy, sz = rng.choice([1, -1]), rng.choice([1, -1])
        src = f"(x {'+' if sy > 0 else '-'} {'' if n == 1 else n}y {'+' if sz > 0 else '-'} {m})^2"
        e = (x + sy * n * y + sz * m) ** 2
        gens = (x, y)
    elif kind == 3:
        r = rng.sample([v for v in range(-5, 6) if v], 3)
        src = "".join(f"(x {'+' if v > 0 else '-'} {abs(v)})" for v in r)
        e = (x + r[0]) * (x + r[1]) * (x + r[2])
        gens = (x,)
    else:
        src = "(x + y)(x - y)(x^2 + y^2)"
        e = (x + y) * (x - y) * (x**2 + y**2)
        if rng.random() < 0.5:
            src = f"(x - {m})(x + {m})(x^2 + {m * m})"
            e = (x - m) * (x + m) * (x**2 + m * m)
            gens = (x,)
        else:
            gens = (x, y)
    text = rng.choice([
        f"다음 식을 전개하시오.\n{_w(src, st)}",
        f"곱셈 공식을 이용하여 {_jw(src, st, '을/를')} {rng.choice(['전개하시오.', '전개한 식을 쓰시오.', '전개하세요.'])}",
        f"{_w(src, st)}의 전개식을 {_end(rng)}",
    ])
    ans = _ans(e, gens)
    d = 2 if kind in (1, 4) else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=rng.choice(["D", "C"]) if d == 2 else "C",
                   concepts=["곱셈 공식", "다항식의 곱셈", "전개"],
                   check=lambda: sp.expand(_P(ans) - e) == 0)


@family("10공수1-01-01", "long-division-quotient-remainder")
def _p1_div(rng: random.Random) -> Problem:
    st = pick_style(rng)
    if rng.random() < 0.5:
        r0 = nonzero(rng, -4, 4)
        D = x - r0
        Q = _rpoly(rng, 2, lead=(1, 2, 3))
        R = sp.Integer(rng.randint(-9, 9))
    else:
        D = x**2 + rng.randint(-3, 3) * x + nonzero(rng, -4, 4)
        Q = _rpoly(rng, 1, lead=(1, 2, 3))
        R = rng.randint(-5, 5) * x + rng.randint(-6, 6)
    A = sp.expand(D * Q + R)
    ask = rng.randrange(3)
    end = {0: "몫과 나머지를 구하시오.", 1: "몫을 Q(x), 나머지를 R(x)라 할 때, Q(x)와 R(x)를 각각 구하시오.",
           2: "몫과 나머지를 차례대로 쓰시오."}[ask]
    text = rng.choice([
        f"다항식 {_jp(A, st, '을/를')} {_jp(D, st, '으로/로')} 나누었을 때의 {end}",
        f"다음 나눗셈의 {end}\n({_pl(A, st)}) ÷ ({_pl(D, st)})",
        f"직접 나눗셈을 하여 {_jp(A, st, '을/를')} {_jp(D, st, '으로/로')} 나눈 {end}",
    ])
    ans = f"몫: {_ans(Q)}, 나머지: {_ans(R)}"

    def chk() -> bool:
        q2, r2 = sp.div(A, D, x)
        return sp.expand(q2 - Q) == 0 and sp.expand(r2 - R) == 0
    d = 2 if D.is_Add and sp.degree(D, x) == 1 else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["다항식의 나눗셈", "몫", "나머지"], check=chk)


@family("10공수1-01-01", "recover-dividend")
def _p1_recover(rng: random.Random) -> Problem:
    st = pick_style(rng)
    D = x**2 + rng.randint(-3, 3) * x + nonzero(rng, -4, 4)
    Q = _rpoly(rng, 1, lead=(1, 2, 3, -1))
    R = nonzero(rng, -5, 5) * x + rng.randint(-6, 6)
    A = sp.expand(D * Q + R)
    lbl = rng.choice(["A", "P(x)", "f(x)"])
    text = rng.choice([
        f"다항식 {lbl}를 {_jp(D, st, '으로/로')} 나누었을 때의 몫이 {_pl(Q, st)}, 나머지가 {_pl(R, st)}이다. 다항식 {lbl}를 {_end(rng)}",
        f"어떤 다항식을 {_jp(D, st, '으로/로')} 나누었더니 몫이 {_pl(Q, st)}이고 나머지가 {_pl(R, st)}이었다. 이 다항식을 {_end(rng)}",
        f"{lbl}를 {_jp(D, st, '으로/로')} 나눈 몫은 {_pl(Q, st)}, 나머지는 {_pl(R, st)}입니다. {lbl}를 내림차순으로 정리하여 나타내세요.",
    ])
    ans = _ans(A)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["다항식의 나눗셈", "몫", "나머지"],
                   check=lambda: sp.expand(sp.rem(_P(ans), D, x) - R) == 0 and sp.expand(sp.quo(_P(ans), D, x) - Q) == 0)


@family("10공수1-01-01", "value-by-sum-and-product")
def _p1_symvals(rng: random.Random) -> Problem:
    st = pick_style(rng)
    s, p = nonzero(rng, -6, 7), nonzero(rng, -6, 6)
    kind = rng.randrange(4)
    if kind == 0:
        tgt, val, d = "a^2 + b^2", s * s - 2 * p, 2
    elif kind == 1:
        tgt, val, d = "a^3 + b^3", s**3 - 3 * p * s, 3
    elif kind == 2:
        tgt, val, d = "(a - b)^2", s * s - 4 * p, 2
    else:
        tgt, val, d = "a^3b + ab^3", p * (s * s - 2 * p), 4
    text = rng.choice([
        f"{_w(f'a + b = {s}', st)}, {_w(f'ab = {p}', st)}일 때, {_w(tgt, st)}의 값을 {_end(rng)}",
        f"두 수 a, b에 대하여 {_w(f'a + b = {s}', st)}, {_w(f'ab = {p}', st)}이다. {_w(tgt, st)}의 값은?",
        f"곱셈 공식의 변형을 이용하여 {_w(tgt, st)}의 값을 {_end(rng)} (단, {_w(f'a + b = {s}', st)}, {_w(f'ab = {p}', st)})",
    ])
    expr = _P(tgt.replace("^", "**").replace("a^3b", "a**3*b"))
    def chk() -> bool:
        # a, b are roots of t^2 - s t + p
        t = sp.symbols("t")
        r1, r2 = sp.roots(t**2 - s * t + p, t, multiple=True)
        return sp.nsimplify(sp.expand(expr.subs({a: r1, b: r2}))) == val
    return Problem(text=text, answer=str(val), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["곱셈 공식의 변형"], check=chk)


@family("10공수1-01-01", "coefficient-in-product-mcq")
def _p1_coef_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = x**2 + nonzero(rng, -5, 5) * x + nonzero(rng, -5, 5)
    B = rng.choice([1, 2]) * x**2 + nonzero(rng, -5, 5) * x + nonzero(rng, -5, 5)
    deg = rng.choice([1, 2, 3])
    if rng.random() < 0.3:
        B = x**3 + nonzero(rng, -4, 4) * x + nonzero(rng, -4, 4)
    prod = sp.Poly(sp.expand(A * B), x)
    val = prod.coeff_monomial(x**deg)
    ca, cb = sp.Poly(A, x).all_coeffs()[::-1], sp.Poly(B, x).all_coeffs()[::-1]
    # mistakes: only one cross term, sign slip, adding instead of multiplying
    wrong = set()
    terms = [ca[i] * cb[deg - i] for i in range(len(ca)) if 0 <= deg - i < len(cb)]
    for t in terms:
        wrong.add(int(val - t))
        wrong.add(int(val - 2 * t))
    wrong |= {int(-val), int(val + 1), int(val - 1), int(val + 2), int(val - 2)}
    wrong.discard(int(val))
    dl = [str(v) for v in sorted(wrong, key=lambda v: abs(v - val))][:8]
    ch = choices(rng, str(int(val)), dl, sort_key=lambda s: int(s))
    xd = "x" if deg == 1 else f"x^{deg}"
    stem = rng.choice([
        f"다항식 ({_pl(A, st)})({_pl(B, st)})의 전개식에서 {_w(xd, st)}의 계수는?",
        f"({_pl(A, st)})({_pl(B, st)})를 전개하였을 때, {_w(xd, st)}의 계수를 고르면?",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["다항식의 곱셈", "계수"], choice=ch,
                   check=lambda: sp.expand(A * B).coeff(x, deg) == int(ch.options[ch.correct]))


@family("10공수1-01-01", "box-volume-polynomial")
def _p1_box(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q, r = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 5)
    kind = rng.randrange(3)
    if kind == 0:
        e = (x + p) * (x + q) * (x + r)
        text = rng.choice([
            f"가로, 세로, 높이의 길이가 각각 {_w(f'x + {p}', st)}, {_w(f'x + {q}', st)}, {_w(f'x + {r}', st)}인 직육면체 모양의 상자가 있다. 이 상자의 부피를 x에 대한 다항식으로 나타내시오.",
            f"밑면이 가로 ({_w(f'x + {p}', st)}) cm, 세로 ({_w(f'x + {q}', st)}) cm인 직사각형이고 높이가 ({_w(f'x + {r}', st)}) cm인 수조의 부피를 x에 대한 내림차순으로 정리하여 {_end(rng, '쓰')}",
        ])
        concept = "직육면체의 부피"
    elif kind == 1:
        e = 2 * ((x + p) * (x + q) + (x + q) * (x + r) + (x + r) * (x + p))
        text = (f"세 모서리의 길이가 각각 {_w(f'x + {p}', st)}, {_w(f'x + {q}', st)}, {_w(f'x + {r}', st)}인 직육면체의 "
                f"겉넓이를 x에 대한 다항식으로 {_end(rng)}")
        concept = "직육면체의 겉넓이"
    else:
        big = 2 * r + rng.randint(4, 8)
        e = (x + big - 2 * r) ** 2 * r if False else (x + big - 2 * r) * (x - 2 * r + big) * r
        e = sp.expand(e)
        text = (f"한 변의 길이가 ({_w(f'x + {big}', st)}) cm인 정사각형 모양의 종이의 네 귀퉁이에서 한 변의 길이가 {r} cm인 "
                f"정사각형을 잘라 내고 접어서 뚜껑이 없는 상자를 만들었다. 상자의 부피를 x에 대한 다항식으로 {_end(rng)}")
        concept = "직육면체의 부피"
    ans = _ans(e)
    d = 3 if kind != 2 else 4
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["다항식의 곱셈", concept], check=lambda: sp.expand(_P(ans) - e) == 0)


@family("10공수1-01-01", "arrange-in-order-fill")
def _p1_arrange(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cs = {(2, 0): rng.choice([1, 2, 3, -1]), (1, 1): nonzero(rng, -5, 5), (1, 0): nonzero(rng, -5, 5),
          (0, 2): nonzero(rng, -4, 4), (0, 1): nonzero(rng, -5, 5), (0, 0): rng.randint(-9, 9)}
    e = sum(v * x**i * y**j for (i, j), v in cs.items())
    terms = list(sp.Add.make_args(sp.expand(e)))
    rng.shuffle(terms)
    shown = _w(" + ".join(_mini(t, (x, y)) for t in terms).replace("+ -", "- "), st)
    desc = rng.random() < 0.6
    c1 = sp.expand(cs[(1, 1)] * y + cs[(1, 0)])
    c0 = sp.expand(cs[(0, 2)] * y**2 + cs[(0, 1)] * y + cs[(0, 0)])
    c2 = cs[(2, 0)]
    if desc:
        form = f"{'' if c2 == 1 else ('-' if c2 == -1 else c2)}x^2 + (  ㉠  )x + (  ㉡  )"
        text = f"다항식 {_j(shown, _mini(terms[-1], (x, y)), '을/를')} x에 대하여 내림차순으로 정리하면 다음과 같다. ㉠, ㉡에 알맞은 식을 {_end(rng, '쓰')}\n{_w(form, st)}"
    else:
        form = f"(  ㉡  ) + (  ㉠  )x + {'' if c2 == 1 else ('-' if c2 == -1 else c2)}x^2"
        text = f"다항식 {_j(shown, _mini(terms[-1], (x, y)), '을/를')} x에 대하여 오름차순으로 정리할 때, ㉠, ㉡에 들어갈 식을 각각 {_end(rng)}\n{_w(form, st)}"
    ans = f"㉠ {_ans(c1, (y,))}, ㉡ {_ans(c0, (y,))}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["내림차순", "오름차순", "다항식"],
                   check=lambda: sp.expand(c2 * x**2 + c1 * x + c0 - e) == 0)


@family("10공수1-01-01", "explain-commutative-product")
def _p1_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = x + nonzero(rng, -5, 5)
    B = x**2 + nonzero(rng, -4, 4) * x + nonzero(rng, -5, 5)
    Cc = x + nonzero(rng, -5, 5)
    kind = rng.randrange(2)
    if kind == 0:
        text = (f"세 다항식 A = {_pl(A, st)}, B = {_pl(B, st)}, C = {_pl(Cc, st)}에 대하여 (AB)C와 A(BC)를 각각 계산하여 "
                f"두 결과를 비교하고, 다항식의 곱셈에서 어떤 법칙이 성립하는지 {rng.choice(['설명하시오.', '말해 보시오.', '설명해 보세요.'])}")
        res = sp.expand(A * B * Cc)
        ans = f"(AB)C = A(BC) = {_ans(res)}, 결합법칙"
    else:
        text = (f"두 다항식 A = {_pl(A, st)}, B = {_pl(B, st)}에 대하여 AB와 BA를 각각 전개하여 비교하고, "
                f"다항식의 곱셈에서 성립하는 성질을 {rng.choice(['설명하시오.', '쓰시오.', '설명해 보세요.'])}")
        res = sp.expand(A * B)
        ans = f"AB = BA = {_ans(res)}, 교환법칙"
    return Problem(text=text, answer=ans, format="proof", difficulty=2, achievement_level="C",
                   concepts=["다항식의 곱셈", "교환법칙" if kind else "결합법칙"],
                   check=lambda: sp.expand(_P(ans.split("= ")[-1].split(",")[0]) - res) == 0)


# ================================================================================================
# 10공수1-01-02 항등식, 나머지정리, 인수정리, 조립제법
# ================================================================================================
@family("10공수1-01-02", "undetermined-coefficients-shift")
def _p2_undet(rng: random.Random) -> Problem:
    st = pick_style(rng)
    h = nonzero(rng, -3, 3)
    P = _rpoly(rng, 2, lead=(1, 2, 3, -1))
    t = sp.symbols("t")
    sh = sp.Poly(sp.expand(P.subs(x, t + h)), t).all_coeffs()
    va, vb, vc = (int(v) for v in sh)
    xm = f"x {'-' if h > 0 else '+'} {abs(h)}"
    lhs = f"a({xm})^2 + b({xm}) + c"
    ask = rng.randrange(3)
    if ask == 0:
        q, ans = "상수 a, b, c의 값을 각각 구하시오.", f"a = {va}, b = {vb}, c = {vc}"
    elif ask == 1:
        q, ans = f"상수 a, b, c에 대하여 a + b + c의 값을 {_end(rng)}", str(va + vb + vc)
    else:
        q, ans = f"abc의 값을 {_end(rng)} (단, a, b, c는 상수)", str(va * vb * vc)
    text = rng.choice([
        f"등식 {_w(lhs + ' = ' + _mini(P), st)}가 x에 대한 항등식일 때, {q}",
        f"모든 실수 x에 대하여 {_w(_mini(P) + ' = ' + lhs, st)}가 성립한다. {q}",
        f"x의 값에 관계없이 {_w(lhs + ' = ' + _mini(P), st)}가 항상 성립할 때, {q}",
    ])
    def chk() -> bool:
        sol = sp.solve(sp.Poly(sp.expand(a * (x - h) ** 2 + b * (x - h) + c - P), x).all_coeffs(), [a, b, c], dict=True)[0]
        return (sol[a], sol[b], sol[c]) == (va, vb, vc)
    d = 2 if ask == 0 else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["항등식", "미정계수법"], check=chk)


@family("10공수1-01-02", "identity-for-every-k")
def _p2_every_k(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x0, y0 = rng.randint(-5, 5), rng.randint(-5, 5)
    p1, q1 = rng.choice([(1, 1), (1, -1), (2, 1), (1, 2)])
    p2, q2 = rng.choice([(1, -2), (3, -1), (2, -3), (1, 3)])
    r1, r2 = p1 * x0 + q1 * y0, p2 * x0 + q2 * y0
    L = sp.expand((p1 * x + q1 * y - r1) * k + (p2 * x + q2 * y - r2))
    ps = sp.Poly(L, k, x, y)
    shown = _mini(L, (k, x, y))
    text = rng.choice([
        f"등식 {_w(shown + ' = 0', st)}이 k의 값에 관계없이 항상 성립할 때, x, y의 값을 각각 {_end(rng)}",
        f"실수 k의 값에 상관없이 {_w(shown + ' = 0', st)}을 만족시키는 실수 x, y에 대하여 x + y의 값을 {_end(rng)}",
        f"k에 대한 항등식 {_w(shown + ' = 0', st)}이 성립하도록 하는 x, y의 값을 구하세요.",
    ])
    ans = f"x = {x0}, y = {y0}" if "x + y의 값" not in text else str(x0 + y0)
    def chk() -> bool:
        sol = sp.solve([L.coeff(k, 1), L.coeff(k, 0)], [x, y], dict=True)[0]
        return sol[x] == x0 and sol[y] == y0 and ps is not None
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["항등식"], check=chk)


@family("10공수1-01-02", "remainder-theorem-value")
def _p2_rem(rng: random.Random) -> Problem:
    st = pick_style(rng)
    P = _rpoly(rng, rng.choice([3, 3, 4]), -5, 5, lead=(1, 2, -1))
    if rng.random() < 0.7:
        r0 = Fraction(nonzero(rng, -3, 3))
        D = x - int(r0)
    else:
        den = 2
        num_ = rng.choice([-3, -1, 1, 3])
        r0 = Fraction(num_, den)
        D = den * x - num_
    val = P.subs(x, sp.Rational(r0.numerator, r0.denominator))
    fn = rng.choice(["P(x)", "f(x)"])
    text = rng.choice([
        f"다항식 {_jp(P, st, '을/를')} {_jp(D, st, '으로/로')} 나누었을 때의 나머지를 {_end(rng)}",
        f"{fn} = {_pl(P, st)}일 때, {fn}를 {_jp(D, st, '으로/로')} 나눈 나머지를 나머지정리를 이용하여 {_end(rng)}",
        f"나머지정리를 이용하여 {_jp(P, st, '을/를')} {_jp(D, st, '으로/로')} 나눈 나머지를 구하세요.",
    ])
    d = 1 if r0.denominator == 1 else 2
    return Problem(text=text, answer=_frs(Fraction(str(val))), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["나머지정리"], check=lambda: sp.rem(P, D, x) == val)


@family("10공수1-01-02", "unknown-coef-from-remainder")
def _p2_findk(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r0 = nonzero(rng, -3, 3)
    base = x**3 + rng.randint(-4, 4) * x**2 + rng.randint(-5, 5)
    kv = rng.randint(-8, 8)
    rem_ = int(base.subs(x, r0) + kv * r0)
    # insert "ax" term in the middle
    parts = _mini(base)
    # place + ax after x^2 term
    pos = parts.find(" ", parts.find("x^2"))
    lhs = parts[:pos] + " + ax" + parts[pos:] if "x^2" in parts and pos > 0 else parts + " + ax"
    zero = rng.random() < 0.4
    if zero:
        rem_show = 0
        kv = Fraction(-int(base.subs(x, r0)), r0)
        if kv.denominator != 1:
            zero = False
            kv = int(rng.randint(-8, 8))
        else:
            kv = int(kv)
        rem_ = int(base.subs(x, r0) + kv * r0)
        rem_show = rem_
    else:
        rem_show = rem_
    D = x - r0
    if rem_show == 0:
        text = rng.choice([
            f"다항식 {_w(lhs, st)}가 {_jp(D, st, '으로/로')} 나누어떨어지도록 하는 상수 a의 값을 {_end(rng)}",
            f"{_w(lhs, st)}가 {_w(_mini(D), st)}를 인수로 가질 때, 상수 a의 값을 {_end(rng)}".replace(f"{_w(_mini(D), st)}를", _jp(D, st, '을/를')),
        ])
        con = ["인수정리", "나머지정리"]
    else:
        text = rng.choice([
            f"다항식 {_w(lhs, st)}를 {_jp(D, st, '으로/로')} 나누었을 때의 나머지가 {rem_show}일 때, 상수 a의 값을 {_end(rng)}",
            f"{_w(lhs, st)}를 {_jp(D, st, '으로/로')} 나눈 나머지가 {josa(str(rem_show), '이/가')} 되도록 상수 a의 값을 정하시오.",
        ])
        con = ["나머지정리"]
    text = text.replace(f"{_w(lhs, st)}가", _jw(lhs, st, '이/가')).replace(f"{_w(lhs, st)}를", _jw(lhs, st, '을/를'))
    return Problem(text=text, answer=str(kv), format="computation", difficulty=2, achievement_level="D", concepts=con,
                   check=lambda: sp.solve(sp.rem(_P(lhs), D, x) - rem_show, a) == [kv])


@family("10공수1-01-02", "two-factors-find-coefs")
def _p2_two_factors(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2, r3 = rng.sample([v for v in range(-4, 5) if v], 3)
    P = sp.expand((x - r1) * (x - r2) * (x - r3))
    cf = sp.Poly(P, x).all_coeffs()  # 1, p, q, r
    shown = f"x^3 + ax^2 + bx {'+' if cf[3] >= 0 else '-'} {abs(cf[3])}"
    f1, f2 = x - r1, x - r2
    text = rng.choice([
        f"다항식 {_jw(shown, st, '이/가')} {_pl(f1, st)}, {_jp(f2, st, '으로/로')} 모두 나누어떨어질 때, 상수 a, b의 값을 각각 {_end(rng)}",
        f"삼차식 {_jw(shown, st, '이/가')} ({_pl(f1, st)})({_pl(f2, st)})로 나누어떨어지도록 하는 상수 a, b에 대하여 a + b의 값을 {_end(rng)}",
        f"다항식 {_jw(shown, st, '은/는')} {_pl(f1, st)}와 {_pl(f2, st)}를 모두 인수로 갖는다. 상수 a, b의 값을 구하세요.",
    ])
    text = text.replace(f"{_pl(f1, st)}와", _jp(f1, st, '과/와')).replace(f"{_pl(f2, st)}를", _jp(f2, st, '을/를'))
    text = text.replace(f"({_pl(f2, st)})로", f"({_pl(f2, st)})로")
    va, vb = int(cf[1]), int(cf[2])
    ans = str(va + vb) if "a + b의 값" in text else f"a = {va}, b = {vb}"
    def chk() -> bool:
        Q = x**3 + a * x**2 + b * x + cf[3]
        s = sp.solve([Q.subs(x, r1), Q.subs(x, r2)], [a, b], dict=True)[0]
        return s[a] == va and s[b] == vb
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["인수정리"], check=chk)


@family("10공수1-01-02", "remainder-by-quadratic-divisor")
def _p2_rem_quad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p1, p2 = sorted(rng.sample(range(-4, 5), 2))
    m, n = rng.randint(-5, 5), rng.randint(-8, 8)
    r1, r2 = m * p1 + n, m * p2 + n
    D = sp.expand((x - p1) * (x - p2))
    text = rng.choice([
        f"다항식 P(x)를 {_jp(x - p1, st, '으로/로')} 나누었을 때의 나머지는 {r1}, {_jp(x - p2, st, '으로/로')} 나누었을 때의 나머지는 {r2}이다. P(x)를 {_jp(D, st, '으로/로')} 나누었을 때의 나머지를 {_end(rng)}",
        f"f(x)를 {_pl(x - p1, st)}, {_pl(x - p2, st)}로 나눈 나머지가 각각 {r1}, {r2}일 때, f(x)를 {_jp(D, st, '으로/로')} 나눈 나머지를 구하세요.",
    ])
    text = text.replace(f"{_pl(x - p2, st)}로 나눈", _jp(x - p2, st, '으로/로') + " 나눈")
    ans = _ans(m * x + n)
    def chk() -> bool:
        s = sp.solve([a * p1 + b - r1, a * p2 + b - r2], [a, b], dict=True)[0]
        return sp.expand(_P(ans) - (s[a] * x + s[b])) == 0
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["나머지정리"], check=chk)


@family("10공수1-01-02", "synthetic-division-fill")
def _p2_synth(rng: random.Random) -> Problem:
    r0 = nonzero(rng, -3, 3)
    cs = [rng.choice([1, 2, 3])] + [rng.randint(-6, 6) for _ in range(3)]
    mid, bot = [], [cs[0]]
    for cf in cs[1:]:
        mid.append(bot[-1] * r0)
        bot.append(cf + mid[-1])
    P = sum(cf * x ** (3 - i) for i, cf in enumerate(cs))
    st = pick_style(rng)
    blanks = rng.sample(range(3), 2)
    labels = ["㉠", "㉡"]
    mid_s = ["" if False else str(v) for v in mid]
    bot_s = [str(v) for v in bot]
    keys = []
    for lab, pos in zip(labels, blanks, strict=True):
        if rng.random() < 0.5:
            keys.append((lab, mid_s[pos]))
            mid_s[pos] = lab
        else:
            keys.append((lab, bot_s[pos + 1]))
            bot_s[pos + 1] = lab
    rem_s = bot_s[-1]
    table = (f"{r0:>3} | " + "  ".join(f"{v:>3}" for v in cs) + "\n"
             + "    | " + "     " + "  ".join(f"{v:>3}" for v in mid_s) + "\n"
             + "    ------------------------\n"
             + "      " + "  ".join(f"{v:>3}" for v in bot_s[:-1]) + f" | {rem_s}")
    Q = sum(v * x ** (2 - i) for i, v in enumerate(bot[:-1]))
    text = rng.choice([
        f"다음은 조립제법을 이용하여 다항식 {_jp(P, st, '을/를')} {_jp(x - r0, st, '으로/로')} 나누는 과정이다. ㉠, ㉡에 알맞은 수와 이때의 몫, 나머지를 {_end(rng)}\n{table}",
        f"조립제법으로 ({_pl(P, st)}) ÷ ({_pl(x - r0, st)})를 계산하였다. 빈칸 ㉠, ㉡에 들어갈 수를 쓰고, 몫과 나머지를 구하세요.\n{table}",
    ])
    ans = f"{keys[0][0]} {keys[0][1]}, {keys[1][0]} {keys[1][1]}, 몫: {_ans(Q)}, 나머지: {bot[-1]}"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["조립제법", "몫", "나머지"],
                   check=lambda: sp.div(P, x - r0, x) == (sp.expand(Q), bot[-1]))


@family("10공수1-01-02", "remainder-of-composed-argument")
def _p2_composed(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.choice([2, 3, -1, 2])
    n = rng.randint(-4, 4)
    t = rng.randint(-3, 3)
    arg = m * t + n
    r = rng.randint(-9, 9)
    inner = _mini(m * x + n)
    text = rng.choice([
        f"다항식 f(x)를 {_jp(x - arg, st, '으로/로')} 나누었을 때의 나머지가 {r}이다. 다항식 {_jw(f'f({inner})', st, '을/를')} {_jp(x - t, st, '으로/로')} 나누었을 때의 나머지를 {_end(rng)}",
        f"f(x)를 {_jp(x - arg, st, '으로/로')} 나눈 나머지가 {r}일 때, {_jw(f'f({inner})', st, '을/를')} {_jp(x - t, st, '으로/로')} 나눈 나머지는?",
    ])
    return Problem(text=text, answer=str(r), format="word", difficulty=3, achievement_level="B",
                   concepts=["나머지정리"], check=lambda: (m * t + n) == arg)


@family("10공수1-01-02", "remainder-mcq")
def _p2_rem_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    P = _rpoly(rng, 3, -5, 5, lead=(1, 2))
    r0 = nonzero(rng, -3, 3, (0, 1, -1))
    val = int(P.subs(x, r0))
    dis = [str(int(P.subs(x, -r0))), str(int(P.subs(x, 0))), str(val + 2 * r0), str(-val), str(int(P.subs(x, 1))), str(val + 1), str(val - 1)]
    ch = choices(rng, str(val), dis, sort_key=lambda s: int(s))
    stem = rng.choice([
        f"다항식 {_jp(P, st, '을/를')} {_jp(x - r0, st, '으로/로')} 나누었을 때의 나머지는?",
        f"P(x) = {_pl(P, st)}를 {_jp(x - r0, st, '으로/로')} 나눈 나머지를 고르면?",
    ])
    stem = stem.replace(f"{_pl(P, st)}를", _jp(P, st, '을/를'))
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["나머지정리"], choice=ch, check=lambda: sp.rem(P, x - r0, x) == int(ch.options[ch.correct]))


# ================================================================================================
# 10공수1-01-03 인수분해
# ================================================================================================
def _fac_str(e: sp.Expr, gens: tuple[sp.Symbol, ...] = (x,)) -> str:
    """Factored form as text: ``(x - 2)(x^2 + 2x + 4)``; powers as ``(x + 1)^3``."""
    cf, fl = sp.factor_list(e, *gens)
    out = "" if cf == 1 else ("-" if cf == -1 else str(cf))
    for f_, m in fl:
        body = f"({_mini(f_, gens)})"
        out += body + (f"^{m}" if m > 1 else "")
    return out


@family("10공수1-01-03", "sum-difference-of-cubes")
def _p3_cubes(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.choice([1, 1, 2, 3]), rng.randint(1, 5)
    s = rng.choice([1, -1])
    two = rng.random() < 0.35
    e = (p * x) ** 3 + s * (q * y if two else q) ** 3
    gens = (x, y) if two else (x,)
    text = rng.choice([
        f"다음 식을 인수분해하시오.\n{_pl(e, st, gens)}",
        f"{_jp(e, st, '을/를', gens)} 인수분해하면?",
        f"다항식 {_jp(e, st, '을/를', gens)} 인수분해한 결과를 {_end(rng, '쓰')}",
    ])
    ans = _fac_str(e, gens)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["인수분해", "인수분해 공식"], check=lambda: sp.expand(_P(ans) - e) == 0)


@family("10공수1-01-03", "perfect-cube-recognize")
def _p3_perfect_cube(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.choice([1, 1, 2, 3]), rng.randint(1, 4)
    s = rng.choice([1, -1])
    two = rng.random() < 0.4
    gens = (x, y) if two else (x,)
    e = sp.expand((p * x + s * (q * y if two else q)) ** 3)
    ans = _fac_str(e, gens)
    if rng.random() < 0.6:
        text = rng.choice([
            f"다음 식을 인수분해하시오.\n{_pl(e, st, gens)}",
            f"{_jp(e, st, '을/를', gens)} 인수분해하세요.",
        ])
        fmt, a_ = "computation", ans
    else:
        text = (f"{_jp(e, st, '을/를', gens)} 인수분해하였더니 {_w('(ax + b)^3' if not two else '(ax + by)^3', st)}의 꼴이 되었다. "
                f"상수 a, b에 대하여 a + b의 값을 {_end(rng)}")
        fmt, a_ = "fill", str(p + s * q)
    return Problem(text=text, answer=a_, format=fmt, difficulty=3, achievement_level="C",
                   concepts=["인수분해", "인수분해 공식"], check=lambda: sp.expand(_P(ans) - e) == 0)


@family("10공수1-01-03", "square-of-trinomial")
def _p3_trinomial(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sy, sz = rng.choice([1, -1, 2, -2]), rng.choice([1, -1, 2, -2, 3])
    e = sp.expand((x + sy * y + sz * z) ** 2)
    gens = (x, y, z)
    zs = e.subs(z, 1) if rng.random() < 0.5 else None
    if zs is not None:
        e, gens = sp.expand(zs), (x, y)
    ans = _fac_str(e, gens)
    text = rng.choice([
        f"다음 식을 인수분해하시오.\n{_pl(e, st, gens)}",
        f"{_jp(e, st, '을/를', gens)} 인수분해하시오.",
        f"식 {_jp(e, st, '을/를', gens)} 완전제곱식으로 나타내세요.",
    ])
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["인수분해", "인수분해 공식"], check=lambda: sp.expand(_P(ans) - e) == 0)


@family("10공수1-01-03", "substitution-factor")
def _p3_subst(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randint(1, 4)
    r1, r2 = rng.sample([v for v in range(-8, 9) if v], 2)
    inner = x**2 + m * x
    t = sp.symbols("t")
    outer = sp.expand((t - r1) * (t - r2))
    e_disp = f"({_mini(inner)})^2 {'+' if outer.coeff(t, 1) >= 0 else '-'} {abs(outer.coeff(t, 1))}({_mini(inner)}) {'+' if outer.coeff(t, 0) >= 0 else '-'} {abs(outer.coeff(t, 0))}"
    e_disp = e_disp.replace(" + 1(", " + (").replace(" - 1(", " - (").replace(" + 0(" + _mini(inner) + ")", "")
    e = sp.expand(outer.subs(t, inner))
    ans = _fac_str(e)
    text = rng.choice([
        f"{_jw(e_disp, st, '을/를')} 인수분해하시오.",
        f"공통부분을 한 문자로 놓아 다음 식을 인수분해하시오.\n{_w(e_disp, st)}",
        f"다음 식을 인수분해하세요.\n{_w(e_disp, st)}",
    ])
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["인수분해", "치환"], check=lambda: sp.expand(_P(ans) - e) == 0)


@family("10공수1-01-03", "biquadratic-factor")
def _p3_biquad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    if kind == 0:
        p, q = rng.sample([1, 4, 9, 16], 2)
        e = sp.expand((x**2 - p) * (x**2 - q))
        d = 3
    else:
        m = rng.randint(1, 3)
        # x^4 + (2m^2 - n^2) ... use x^4 + 4 style: (x^2 + m^2)^2 - (k x)^2 with k^2 = 2 m^2? choose x^4 + x^2 + 1 family
        e = x**4 + m**2 * x**2 + m**4
        d = 4
    ans = _fac_str(e)
    text = rng.choice([
        f"다항식 {_jp(e, st, '을/를')} 계수가 정수인 범위에서 인수분해하시오.",
        f"{_jp(e, st, '을/를')} 인수분해하면?",
        f"다음 식을 인수분해하시오.\n{_pl(e, st)}",
    ])
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["인수분해"], check=lambda: sp.expand(_P(ans) - e) == 0)


@family("10공수1-01-03", "cubic-by-factor-theorem")
def _p3_factor_theorem(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1 = nonzero(rng, -3, 3)
    if rng.random() < 0.5:
        r2, r3 = rng.sample([v for v in range(-4, 5) if v], 2)
        e = sp.expand((x - r1) * (x - r2) * (x - r3))
    else:
        e = sp.expand((x - r1) * (x**2 + rng.randint(-3, 3) * x + rng.choice([3, 5, 7])))
    ans = _fac_str(e)
    text = rng.choice([
        f"인수정리와 조립제법을 이용하여 {_jp(e, st, '을/를')} 인수분해하시오.",
        f"다항식 {_jp(e, st, '을/를')} 인수분해하시오.",
        f"다음 삼차식을 인수분해하세요.\n{_pl(e, st)}",
    ])
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["인수분해", "인수정리", "조립제법"], check=lambda: sp.expand(_P(ans) - e) == 0)


@family("10공수1-01-03", "which-is-a-factor-mcq")
def _p3_factor_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = rng.sample([v for v in range(-4, 5) if v], 2)
    cq = x**2 + rng.choice([-1, 1, 2]) * r2 * x + rng.choice([2, 3, 5])
    e = sp.expand((x - r1) * cq)
    good = _w(_mini(x - r1), st)
    bad = [x + r1, x - r1 - 1, x + r1 + 1, x - 2 * r1, x + 2 * r1, x**2 + 1, x - r2, x + r2]
    dis = []
    for d_ in bad:
        d_ = sp.expand(d_)
        if d_ == 0 or sp.rem(e, d_, x) == 0:
            continue
        dis.append(_w(_mini(d_), st))
    ch = choices(rng, good, dis)
    stem = rng.choice([
        f"다음 중 다항식 {_pl(e, st)}의 인수인 것은?",
        f"다항식 {_pl(e, st)}의 인수를 고르면?",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["인수", "인수정리"], choice=ch, check=lambda: sp.rem(e, x - r1, x) == 0)


@family("10공수1-01-03", "numeric-value-by-factoring")
def _p3_numeric(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        n = rng.choice([99, 101, 199, 201, 999, 1001, 49, 51])
        m = rng.choice([1, 2])
        num_ = n**3 + m**3
        den = n**2 - n * m + m**2
        text = rng.choice([
            f"인수분해 공식을 이용하여 ({n}³ + {m**3}) ÷ ({n}² − {n * m} + {m * m})의 값을 {_end(rng)}",
            f"({n}³ + {m**3}) ÷ ({n}² − {n * m} + {m * m})의 값을 인수분해를 이용하여 간단히 계산하시오.",
        ])
        val = n + m
    elif kind == 1:
        n = rng.choice([11, 21, 31, 19, 29])
        val = n**3 - 3 * n**2 + 3 * n - 1
        text = rng.choice([
            f"{n}³ − 3×{n}² + 3×{n} − 1의 값을 인수분해 공식을 이용하여 {_end(rng)}",
            f"인수분해를 이용하여 다음을 계산하시오.\n{n}³ − 3·{n}² + 3·{n} − 1",
        ])
        num_, den = val, 1
    else:
        s_, p_ = rng.randint(2, 6), rng.randint(1, 4)
        # x+y = s, xy = p: x^2y + xy^2 = p s
        val = p_ * s_
        text = (f"x + y = {s_}, xy = {p_}일 때, 인수분해를 이용하여 x²y + xy²의 값을 {_end(rng)}")
        num_, den = val, 1
    return Problem(text=text, answer=str(val), format="computation", difficulty=2, achievement_level="D",
                   concepts=["인수분해", "인수분해 공식"], check=lambda: Fraction(num_, den) == val)


# ================================================================================================
# 10공수1-02-01 복소수
# ================================================================================================
def _rc(rng: random.Random, lo: int = -6, hi: int = 6) -> tuple[int, int]:
    return rng.randint(lo, hi), nonzero(rng, lo, hi)


@family("10공수1-02-01", "complex-add-sub-mul")
def _c1_arith(rng: random.Random) -> Problem:
    st = pick_style(rng)
    (p, q), (r, s) = _rc(rng), _rc(rng)
    op_ = rng.choice(["+", "-", "*", "*"])
    z1, z2 = p + q * IU, r + s * IU
    res = sp.expand(z1 + z2 if op_ == "+" else (z1 - z2 if op_ == "-" else z1 * z2))
    sym = {"+": "+", "-": "-", "*": ""}[op_]
    expr = f"({_cxs(p, q)}){sym}({_cxs(r, s)})"
    shown = _w(expr, st) if st != "latex" else f"$({_cxs(p, q)}){sym}({_cxs(r, s)})$"
    if st == "unicode":
        shown = shown.replace("-", "−")
    text = rng.choice([
        f"다음을 계산하여 a + bi (a, b는 실수) 꼴로 나타내시오.\n{shown}",
        f"{shown}를 계산하시오. (단, i는 허수단위)".replace(f"{shown}를", _j(shown, 'i', '을/를')),
        f"복소수의 사칙연산을 이용하여 {shown}의 값을 {_end(rng)}",
    ])
    ans = _cxs(sp.re(res), sp.im(res))
    d = 1 if op_ != "*" else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["복소수", "허수단위"], check=lambda: sp.expand(_P(ans) - res) == 0)


@family("10공수1-02-01", "complex-division-conjugate")
def _c1_div(rng: random.Random) -> Problem:
    st = pick_style(rng)
    (r, s) = rng.randint(-3, 3), nonzero(rng, -3, 3)
    (u, v) = _rc(rng, -4, 4)
    z2 = r + s * IU
    w = u + v * IU
    num_ = sp.expand(w * z2) if rng.random() < 0.6 else sp.expand(w * (r * r + s * s) / 1)
    # num_ / z2 = w (nice) or num_ / z2 = w*(r-si)... keep generic, result may be a fraction
    res = sp.expand(sp.nsimplify(num_ / z2 * (r - s * IU) / (r - s * IU)))
    res = sp.expand(num_ * (r - s * IU) / (r * r + s * s))
    a_, b_ = sp.re(res), sp.im(res)
    n1, n2 = sp.re(num_), sp.im(num_)
    if st == "latex":
        shown = f"$\\dfrac{{{_cxs(n1, n2)}}}{{{_cxs(r, s)}}}$"
    else:
        shown = f"({_cxs(n1, n2)})/({_cxs(r, s)})"
        shown = shown.replace("-", "−") if st == "unicode" else shown
    text = rng.choice([
        f"켤레복소수를 이용하여 {_j(shown, 'i', '을/를')} a + bi (a, b는 실수)의 꼴로 나타내시오.",
        f"다음을 계산하시오. (단, i는 허수단위)\n{shown}",
        f"복소수 {shown}의 실수부분과 허수부분의 합을 {_end(rng)}",
    ])
    ans = str(sp.nsimplify(a_ + b_)) if "합을" in text else _cxs(a_, b_)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["켤레복소수", "복소수의 나눗셈"],
                   check=lambda: sp.simplify(sp.nsimplify(num_ / (r + s * IU)) - (a_ + b_ * IU)) == 0)


@family("10공수1-02-01", "complex-equality")
def _c1_equal(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xv, yv = rng.randint(-5, 5), rng.randint(-5, 5)
    p, q, r, s = nonzero(rng, -3, 3), nonzero(rng, -3, 3), nonzero(rng, -3, 3), nonzero(rng, -3, 3)
    if p * s - q * r == 0:
        s += 1 if s != -1 else 2
    # (px + qy) + (rx + sy)i = A + Bi
    A_, B_ = p * xv + q * yv, r * xv + s * yv
    lhs = f"({_mini(p * x + q * y, (x, y))}) + ({_mini(r * x + s * y, (x, y))})i"
    rhs = _cxs(A_, B_)
    text = rng.choice([
        f"등식 {_w(lhs + ' = ' + rhs, st)}를 만족시키는 실수 x, y의 값을 각각 {_end(rng)}",
        f"두 실수 x, y가 {_w(lhs + ' = ' + rhs, st)}를 만족시킬 때, x + y의 값을 {_end(rng)}",
        f"x, y가 실수일 때, 복소수가 서로 같을 조건을 이용하여 {_w(lhs + ' = ' + rhs, st)}를 만족시키는 x, y를 구하세요.",
    ])
    text = text.replace(f"{_w(lhs + ' = ' + rhs, st)}를", _j(_w(lhs + ' = ' + rhs, st), rhs, '을/를'))
    ans = str(xv + yv) if "x + y의 값" in text else f"x = {xv}, y = {yv}"
    def chk() -> bool:
        sol = sp.solve([p * x + q * y - A_, r * x + s * y - B_], [x, y], dict=True)[0]
        return sol[x] == xv and sol[y] == yv
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["복소수가 서로 같을 조건", "실수부분", "허수부분"], check=chk)


@family("10공수1-02-01", "powers-of-i")
def _c1_powers(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        n = rng.randint(20, 2030)
        res = IU**n
        shown = _w(f"i^{n}", st)
        text = rng.choice([f"{shown}의 값을 {_end(rng)}", f"허수단위 i에 대하여 {shown}의 값은?"])
        d = 2
    elif kind == 1:
        n = rng.randint(5, 60)
        res = sum(IU**j for j in range(1, n + 1))
        shown = _w(f"i + i^2 + i^3 + ... + i^{n}", st).replace("...", "⋯" if st != "plain" else "...")
        text = rng.choice([f"{shown}의 값을 {_end(rng)}", f"다음 식을 간단히 하시오. (단, i = √−1)\n{shown}"])
        d = 3
    else:
        n = rng.randint(3, 10)
        res = (1 + IU) ** (2 * n)
        res = sp.expand(res)
        shown = _w(f"(1 + i)^{2 * n}", st)
        text = rng.choice([f"{shown}의 값을 {_end(rng)}", f"{_w('(1 + i)^2', st)}이 2i임을 이용하여 {shown}의 값을 구하세요."])
        d = 4
    res = sp.expand(res)
    ans = _cxs(sp.re(res), sp.im(res))
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["허수단위"], check=lambda: sp.expand(_P(ans) - res) == 0 if abs(sp.re(res)) < 10**12 else True)


@family("10공수1-02-01", "classify-complex-mcq")
def _c1_classify(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = nonzero(rng, -6, 6)
    q = nonzero(rng, -6, 6, (0, p, -p))
    ask = rng.randrange(4)
    z = _cx(p, q, st)
    if ask == 0:
        corr, dis = str(q), [str(p), str(-q), f"{q}i", f"{-q}i", str(p + q)]
        stem = f"복소수 {z}의 허수부분은?"
    elif ask == 1:
        corr, dis = str(p), [str(q), f"{q}i", str(-p), str(p + q), str(-q)]
        stem = f"복소수 {z}의 실수부분은?"
    elif ask == 2:
        corr = _cx(p, -q, st)
        dis = [_cx(-p, q, st), _cx(-p, -q, st), _cx(q, p, st), _cx(p, q, st), _cx(q, -p, st)]
        stem = f"복소수 {z}의 켤레복소수는?"
    else:
        corr = _w(f"sqrt({p * p})" if False else "", st)
        vals = [(0, q, "순허수"), (p, 0, "실수"), (p, q, "허수")]
        cand = [_cx(p, q, st), _cx(p, 0, st), _w(f"{abs(p)}i^2", st), _w("(1 + i)(1 - i)", st), _cx(0, q, st)]
        corr = cand[4]
        dis = cand[:4]
        stem = "다음 중 순허수인 것은?"
        _ = vals
    dis = [d_ for d_ in dis if d_ != corr]
    ch = choices(rng, corr, dis)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=["복소수", "실수부분", "허수부분", "켤레복소수", "허수"], choice=ch)


@family("10공수1-02-01", "sqrt-of-negative")
def _c1_sqrtneg(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([(2, 8), (3, 12), (2, 18), (3, 27), (5, 20), (4, 9), (4, 25), (6, 24)])
    kind = rng.randrange(3)
    if kind == 0:
        expr, res = f"sqrt(-{m}) * sqrt(-{n})", -sp.sqrt(m * n)
    elif kind == 1:
        expr, res = f"sqrt({n}) / sqrt(-{m})", sp.sqrt(n) / (sp.sqrt(m) * IU)
    else:
        expr, res = f"sqrt(-{m}) * sqrt({n})", sp.sqrt(m * n) * IU
    res = sp.expand(sp.radsimp(res))
    if st == "latex":
        shown = "$" + re.sub(r"sqrt\(([^()]+)\)", r"\\sqrt{\1}", expr).replace("*", "\\times").replace("/", "\\div") + "$"
    else:
        shown = re.sub(r"sqrt\(([^()]+)\)", r"√(\1)", expr).replace("*", "×").replace("/", "÷")
    text = rng.choice([f"{shown}의 값을 {_end(rng)}", f"다음을 계산하시오.\n{shown}", f"음수의 제곱근의 성질을 이용하여 {shown}를 간단히 하시오.".replace(f"{shown}를", shown + "을")])
    ans = str(res).replace("*I", "i").replace("I", "i").replace("sqrt", "√")
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["허수단위", "음수의 제곱근"], check=lambda: sp.simplify(res - sp.nsimplify(res)) == 0)


@family("10공수1-02-01", "conjugate-sum-product")
def _c1_conj(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = nonzero(rng, -5, 5), nonzero(rng, -5, 5)
    z = p + q * IU
    ask = rng.randrange(3)
    zbar = _w("z̄", "plain") if st != "latex" else "$\\overline{z}$"
    if ask == 0:
        tgt, val = ("$z + \\overline{z}$" if st == "latex" else "z + z̄"), 2 * p
    elif ask == 1:
        tgt, val = ("$z\\overline{z}$" if st == "latex" else "z·z̄"), p * p + q * q
    else:
        tgt, val = ("$z^2 + \\overline{z}^2$" if st == "latex" else "z² + z̄²"), 2 * (p * p - q * q)
    text = rng.choice([
        f"복소수 z = {_cx(p, q, st)}의 켤레복소수를 {zbar}라 할 때, {tgt}의 값을 {_end(rng)}",
        f"z = {_cx(p, q, st)}일 때, {tgt}의 값을 구하세요. (단, {zbar}는 z의 켤레복소수)",
    ])
    return Problem(text=text, answer=str(val), format="computation", difficulty=2 if ask < 2 else 3,
                   achievement_level="D" if ask < 2 else "C", concepts=["켤레복소수"],
                   check=lambda: sp.expand([z + sp.conjugate(z), z * sp.conjugate(z), z**2 + sp.conjugate(z) ** 2][ask]) == val)


@family("10공수1-02-01", "make-real-or-pure-imag")
def _c1_condition(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = rng.sample(range(-5, 6), 2)
    # z = (x^2 - (r1+r2)x + r1 r2) + (x - r1) i  -> pure imaginary iff x = r2 (x != r1)
    re_ = sp.expand((x - r1) * (x - r2))
    want = rng.choice(["순허수", "실수"])
    im_ = x - (r1 if want == "순허수" else r2)
    zs = f"({_mini(re_)}) + ({_mini(im_)})i"
    val = r2  # pure imaginary: real part 0 and imaginary part nonzero; real: imaginary part 0
    if want == "실수":
        im_ = x - r2
        zs = f"({_mini(re_)}) + ({_mini(im_)})i"
        cond = f"복소수 {_w(zs, st)}가 실수가 되도록 하는 실수 x의 값을 {_end(rng)}"
        val = r2
    else:
        cond = rng.choice([f"복소수 {_w(zs, st)}가 순허수가 되도록 하는 실수 x의 값을 {_end(rng)}",
                           f"z = {_w(zs, st)}가 순허수일 때, 실수 x의 값을 구하세요."])
    text = cond.replace(f"{_w(zs, st)}가", _j(_w(zs, st), "i", "이/가"))
    def chk() -> bool:
        if want == "실수":
            return sp.solve(im_, x) == [val]
        sols = [s for s in sp.solve(re_, x) if im_.subs(x, s) != 0]
        return sols == [val]
    return Problem(text=text, answer=str(val), format="computation", difficulty=3, achievement_level="B",
                   concepts=["순허수" if want == "순허수" else "실수", "복소수"], check=chk)


# ================================================================================================
# 10공수1-02-02 이차방정식의 실근과 허근, 판별식
# ================================================================================================
def _quad(rng: random.Random, kind: str) -> tuple[int, int, int]:
    """Integer (a, b, c) with discriminant >0 / =0 / <0."""
    while True:
        A_ = rng.choice([1, 1, 2, 3, -1])
        B_ = rng.randint(-8, 8)
        C_ = rng.randint(-9, 9)
        if kind == "zero":
            r = nonzero(rng, -5, 5)
            m = rng.choice([1, 1, 2, 4])
            return m, -2 * m * r, m * r * r
        D = B_ * B_ - 4 * A_ * C_
        if (kind == "pos" and D > 0) or (kind == "neg" and D < 0):
            return A_, B_, C_


@family("10공수1-02-02", "classify-roots")
def _d2_classify(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["pos", "zero", "neg"])
    A_, B_, C_ = _quad(rng, kind)
    e = A_ * x**2 + B_ * x + C_
    ans = {"pos": "서로 다른 두 실근", "zero": "중근", "neg": "서로 다른 두 허근"}[kind]
    text = rng.choice([
        f"이차방정식 {_w(_mini(e) + ' = 0', st)}의 근을 판별하시오.",
        f"판별식을 이용하여 이차방정식 {_w(_mini(e) + ' = 0', st)}의 근이 어떤 근인지 {_end(rng, '쓰')}",
        f"다음 이차방정식의 근을 판별하세요. (서로 다른 두 실근 / 중근 / 서로 다른 두 허근)\n{_w(_mini(e) + ' = 0', st)}",
    ])
    D = B_ * B_ - 4 * A_ * C_
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["판별식", "실근", "허근"],
                   check=lambda: (D > 0) == (kind == "pos") and (D == 0) == (kind == "zero"))


@family("10공수1-02-02", "double-root-parameter")
def _d2_double(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = nonzero(rng, -6, 6)
    kind = rng.randrange(2)
    if kind == 0:
        # x^2 + 2(k+m)x + r^2 ... use x^2 - 2r x + k = 0 -> k = r^2 ; or x^2 + kx + r^2 -> k = ±2r
        m = rng.randint(-4, 4)
        C_ = r * r + m
        eq = f"x^2 {'-' if r > 0 else '+'} {abs(2 * r)}x + k {'+' if -m >= 0 else '-'} {abs(m)}"
        eq = eq.replace(" + 0", "").replace(" - 0", "")
        kv = [C_ - 0]
        expr = x**2 - 2 * r * x + k - m
        kv = sp.solve(sp.discriminant(expr, x), k)
        ans = ", ".join(str(v) for v in kv)
        d = 2
    else:
        C_ = r * r
        eq = f"x^2 + kx + {C_}"
        expr = x**2 + k * x + C_
        kv = sorted(sp.solve(sp.discriminant(expr, x), k))
        ans = f"{kv[0]} 또는 {kv[1]}"
        d = 3
    text = rng.choice([
        f"이차방정식 {_w(eq + ' = 0', st)}이 중근을 가질 때, 상수 k의 값을 {_end(rng)}",
        f"x에 대한 이차방정식 {_w(eq + ' = 0', st)}의 근이 중근이 되도록 하는 실수 k의 값을 모두 {_end(rng)}",
        f"{_w(eq, st)}가 x에 대한 완전제곱식이 되도록 하는 상수 k의 값을 {_end(rng)}",
    ])
    text = text.replace(f"{_w(eq, st)}가", _jw(eq, st, "이/가"))
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["판별식", "중근"], check=lambda: all(sp.discriminant(expr.subs(k, v), x) == 0 for v in kv))


@family("10공수1-02-02", "range-for-root-type")
def _d2_range(rng: random.Random) -> Problem:
    st = pick_style(rng)
    bb = rng.choice([2, 4, 6, -2, -4, -6, 8])
    aa = rng.choice([1, 1, 2])
    # a x^2 + b x + k + m = 0 ; D = b^2 - 4a(k+m)
    m = rng.randint(-5, 5)
    expr = aa * x**2 + bb * x + k + m
    crit = Fraction(bb * bb, 4 * aa) - m
    want = rng.choice(["real2", "imag", "real"])
    shown = _mini(aa * x**2 + bb * x) + " + k" + (f" {'+' if m > 0 else '-'} {abs(m)}" if m else "")
    ph = {"real2": "서로 다른 두 실근을", "imag": "서로 다른 두 허근을", "real": "실근을"}[want]
    rel = {"real2": "<", "imag": ">", "real": "<="}[want]
    text = rng.choice([
        f"이차방정식 {_w(shown + ' = 0', st)}이 {ph} 갖도록 하는 실수 k의 값의 범위를 {_end(rng)}",
        f"x에 대한 이차방정식 {_w(shown + ' = 0', st)}이 {ph} 가질 때, 실수 k의 값의 범위를 구하세요.",
    ])
    ans = f"k {rel} {_frs(crit)}"
    def chk() -> bool:
        D = sp.discriminant(expr, x)
        kc = sp.solve(D, k)[0]
        return Fraction(str(kc)) == crit
    return Problem(text=text, answer=_w(ans, "unicode"), format="computation", difficulty=3, achievement_level="C",
                   concepts=["판별식", "실근", "허근"], check=chk)


@family("10공수1-02-02", "solve-with-imaginary-roots")
def _d2_solve(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.randint(-4, 4), rng.randint(1, 5)
    m = rng.choice([1, 1, 1, 2])
    expr = sp.expand(m * ((x - p) ** 2 + q * q))
    if rng.random() < 0.3:
        qq = rng.choice([2, 3, 5])
        expr = sp.expand(m * ((x - p) ** 2 + qq))
        ans = f"x = {p} ± √{qq}i" if p else f"x = ±√{qq}i"
        roots = [p + sp.sqrt(qq) * IU, p - sp.sqrt(qq) * IU]
    else:
        ans = f"x = {_cxs(p, q).replace(' + ', ' ± ')}" if p else f"x = ±{q if q > 1 else ''}i"
        roots = [p + q * IU, p - q * IU]
    text = rng.choice([
        f"이차방정식 {_w(_mini(expr) + ' = 0', st)}을 {_end(rng, '풀')}",
        f"복소수의 범위에서 이차방정식 {_w(_mini(expr) + ' = 0', st)}의 해를 {_end(rng)}",
        f"근의 공식을 이용하여 {_w(_mini(expr) + ' = 0', st)}의 근을 구하고, 실근인지 허근인지 말하시오.",
    ])
    if "말하시오" in text:
        ans += " (허근)"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["허근", "근의 공식"], check=lambda: all(sp.expand(expr.subs(x, r_)) == 0 for r_ in roots))


@family("10공수1-02-02", "which-has-imag-roots-mcq")
def _d2_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    want = rng.choice(["neg", "zero"])
    others = ["pos", "pos", "pos", "zero" if want == "neg" else "neg", "pos"]
    corr = _quad(rng, want)
    dis = []
    for kd in others:
        for _ in range(20):
            t = _quad(rng, kd)
            s = _w(_mini(t[0] * x**2 + t[1] * x + t[2]) + " = 0", st)
            if s not in dis:
                dis.append(s)
                break
    cs = _w(_mini(corr[0] * x**2 + corr[1] * x + corr[2]) + " = 0", st)
    ch = choices(rng, cs, dis)
    stem = "다음 이차방정식 중 " + ("허근을 갖는 것은?" if want == "neg" else "중근을 갖는 것은?")
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["판별식", "허근" if want == "neg" else "중근"], choice=ch,
                   check=lambda: (corr[1] ** 2 - 4 * corr[0] * corr[2] < 0) == (want == "neg"))


@family("10공수1-02-02", "count-natural-k")
def _d2_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    bb = rng.choice([4, 6, 8, 10])
    expr = x**2 - bb * x + k
    crit = bb * bb // 4
    want = rng.choice(["imag", "real2"])
    if want == "real2":
        cnt = crit - 1
        ph = "서로 다른 두 실근을"
    else:
        up = crit + rng.randint(5, 15)
        cnt = up - crit
        ph = "허근을"
    shown = _mini(x**2 - bb * x) + " + k"
    tail = f" (단, k는 {up} 이하의 자연수)" if want == "imag" else ""
    text = rng.choice([
        f"이차방정식 {_w(shown + ' = 0', st)}이 {ph} 갖도록 하는 자연수 k의 개수를 {_end(rng)}{tail}",
        f"x에 대한 이차방정식 {_w(shown + ' = 0', st)}이 {ph} 가질 때, 가능한 자연수 k는 모두 몇 개인가?{tail}",
    ])
    def chk() -> bool:
        rngk = range(1, crit) if want == "real2" else range(1, up + 1)
        return sum(1 for kv in rngk if sp.discriminant(expr.subs(k, kv), x) * (1 if want == "real2" else -1) > 0) == cnt
    return Problem(text=text, answer=str(cnt), format="word", difficulty=3, achievement_level="B",
                   concepts=["판별식"], check=chk)


@family("10공수1-02-02", "discriminant-explain")
def _d2_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A_, B_, C_ = _quad(rng, "neg")
    e = A_ * x**2 + B_ * x + C_
    D = B_ * B_ - 4 * A_ * C_
    text = rng.choice([
        f"{name(rng)}: “이차방정식 {_w(_mini(e) + ' = 0', st)}은 근이 없어요.”\n이 말이 옳은지 판별식을 계산하여 판단하고, 그 이유를 복소수의 범위에서 설명하시오.",
        f"이차방정식 {_w(_mini(e) + ' = 0', st)}의 판별식 D의 값을 구하고, 이 방정식이 실수의 범위와 복소수의 범위에서 각각 근을 갖는지 설명하시오.",
    ])
    ans = f"D = {D} < 0, 실근은 없지만 서로 다른 두 허근을 갖는다"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["판별식", "허근", "실근"], check=lambda: sp.discriminant(e, x) == D and D < 0)


@family("10공수1-02-02", "discriminant-table")
def _d2_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    rows = []
    kinds = rng.sample(["pos", "zero", "neg", "pos", "neg"], 3)
    for kd in kinds:
        t = _quad(rng, kd)
        rows.append((t, kd))
    labels = ["(가)", "(나)", "(다)"]
    body = "\n".join(f"{lab} {_w(_mini(t[0] * x**2 + t[1] * x + t[2]) + ' = 0', st)}" for lab, (t, _) in zip(labels, rows, strict=True))
    askk = rng.choice(["pos", "neg"])
    word = "서로 다른 두 실근" if askk == "pos" else "허근"
    picked = [lab for lab, (_, kd) in zip(labels, rows, strict=True) if kd == askk]
    text = f"다음 세 이차방정식 중 {josa(word, '을/를')} 갖는 것을 모두 {_end(rng, '쓰')} (없으면 ‘없음’)\n{body}"
    ans = ", ".join(picked) if picked else "없음"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["판별식"], check=lambda: all(((t[1] ** 2 - 4 * t[0] * t[2]) > 0) == (kd == "pos") for t, kd in rows))


# ================================================================================================
# 10공수1-02-03 근과 계수의 관계
# ================================================================================================
def _qeq(rng: random.Random) -> tuple[int, int, int]:
    while True:
        A_ = rng.choice([1, 1, 1, 2, 3])
        B_, C_ = rng.randint(-9, 9), nonzero(rng, -9, 9)
        if B_ != 0 or rng.random() < 0.2:
            return A_, B_, C_


def _eq0(A_: int, B_: int, C_: int, st: str) -> str:
    return _w(_mini(A_ * x**2 + B_ * x + C_) + " = 0", st)


_GREEK = {"latex": ("$\\alpha$", "$\\beta$"), "unicode": ("α", "β"), "plain": ("α", "β")}


@family("10공수1-02-03", "symmetric-expression-of-roots")
def _v3_sym(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A_, B_, C_ = _qeq(rng)
    s, p = Fraction(-B_, A_), Fraction(C_, A_)
    al, be = _GREEK[st]
    opts = [
        ("a+b", s), ("ab", p), ("a^2+b^2", s * s - 2 * p),
        ("1/a+1/b", s / p), ("(a-b)^2", s * s - 4 * p), ("a^3+b^3", s**3 - 3 * s * p), ("b/a+a/b", (s * s - 2 * p) / p),
    ]
    key, val = rng.choice(opts)
    tex = {"a+b": r"\alpha+\beta", "ab": r"\alpha\beta", "a^2+b^2": r"\alpha^2+\beta^2", "1/a+1/b": r"\frac{1}{\alpha}+\frac{1}{\beta}",
           "(a-b)^2": r"(\alpha-\beta)^2", "a^3+b^3": r"\alpha^3+\beta^3", "b/a+a/b": r"\frac{\beta}{\alpha}+\frac{\alpha}{\beta}"}[key]
    uni = {"a+b": "α+β", "ab": "αβ", "a^2+b^2": "α²+β²", "1/a+1/b": "1/α+1/β", "(a-b)^2": "(α−β)²", "a^3+b^3": "α³+β³", "b/a+a/b": "β/α+α/β"}[key]
    shown = f"${tex}$" if st == "latex" else (uni if st == "unicode" else uni.replace("²", "^2").replace("³", "^3").replace("−", "-"))
    text = rng.choice([
        f"이차방정식 {_eq0(A_, B_, C_, st)}의 두 근을 {al}, {be}라 할 때, {shown}의 값을 {_end(rng)}",
        f"{al}, {be}가 이차방정식 {_eq0(A_, B_, C_, st)}의 두 근일 때, {shown}의 값은?",
        f"근과 계수의 관계를 이용하여 {shown}의 값을 구하시오. (단, {al}, {be}는 {_eq0(A_, B_, C_, st)}의 두 근)",
    ])
    d = {"a+b": 1, "ab": 1}.get(key, 3 if key in ("a^3+b^3", "b/a+a/b") else 2)
    def chk() -> bool:
        r1, r2 = sp.roots(A_ * x**2 + B_ * x + C_, x, multiple=True)
        f = {"a+b": r1 + r2, "ab": r1 * r2, "a^2+b^2": r1**2 + r2**2, "1/a+1/b": 1 / r1 + 1 / r2, "(a-b)^2": (r1 - r2) ** 2,
             "a^3+b^3": r1**3 + r2**3, "b/a+a/b": r2 / r1 + r1 / r2}[key]
        return sp.nsimplify(sp.expand(sp.radsimp(sp.expand(f)))) == sp.Rational(val.numerator, val.denominator)
    return Problem(text=text, answer=_frs(val), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["근과 계수의 관계"], check=chk)


@family("10공수1-02-03", "new-equation-from-roots")
def _v3_neweq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = rng.sample([v for v in range(-5, 6) if v], 2)
    s, p = r1 + r2, r1 * r2
    kind = rng.randrange(3)
    al, be = _GREEK[st]
    if kind == 0:
        m = nonzero(rng, -3, 3)
        n1, n2 = r1 + m, r2 + m
        desc = f"{al}{'+' if m > 0 else '-'}{abs(m)}, {be}{'+' if m > 0 else '-'}{abs(m)}"
    elif kind == 1:
        n1, n2 = 2 * r1, 2 * r2
        desc = f"2{al}, 2{be}"
    else:
        n1, n2 = r1 + r2, r1 * r2
        desc = f"{al}+{be}, {al}{be}"
    if st == "latex":
        desc = ", ".join("$" + part.replace("$", "") + "$" for part in desc.split(", "))
    new = sp.expand((x - n1) * (x - n2))
    text = rng.choice([
        f"이차방정식 {_eq0(1, -s, p, st)}의 두 근을 {al}, {be}라 할 때, {desc}를 두 근으로 하고 x²의 계수가 1인 이차방정식을 {_end(rng)}",
        f"{al}, {be}가 {_eq0(1, -s, p, st)}의 두 근일 때, 두 수 {desc}를 근으로 갖는 이차방정식을 구하세요. (단, 이차항의 계수는 1)",
    ])
    ans = _mini(new) + " = 0"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["근과 계수의 관계", "두 수를 근으로 하는 이차방정식"],
                   check=lambda: sp.expand(_P(ans.split(" = ")[0]) - (x - n1) * (x - n2)) == 0)


@family("10공수1-02-03", "root-ratio-find-k")
def _v3_ratio(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = nonzero(rng, -4, 4)
    m = rng.choice([2, 3])
    # roots r and m r: x^2 - (m+1) r x + k = 0  -> k = m r^2
    bcoef = -(m + 1) * r
    kv = m * r * r
    shown = _mini(x**2 + bcoef * x) + " + k = 0"
    ph = {2: "다른 한 근의 2배", 3: "다른 한 근의 3배"}[m]
    text = rng.choice([
        f"이차방정식 {_w(shown, st)}의 한 근이 {ph}일 때, 상수 k의 값을 {_end(rng)}",
        f"x에 대한 이차방정식 {_w(shown, st)}의 두 근의 비가 1 : {m}일 때, 상수 k의 값을 {_end(rng)}",
    ])
    return Problem(text=text, answer=str(kv), format="computation", difficulty=4, achievement_level="B",
                   concepts=["근과 계수의 관계"],
                   check=lambda: sorted(sp.roots(x**2 + bcoef * x + kv, x, multiple=True), key=abs) == sorted([r, m * r], key=abs))


@family("10공수1-02-03", "conjugate-root-given")
def _v3_conj(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.randint(-4, 4), rng.randint(1, 4)
    va, vb = -2 * p, p * p + q * q
    root = _cx(p, q, st)
    text = rng.choice([
        f"이차방정식 {_w('x^2 + ax + b = 0', st)}의 한 근이 {root}일 때, 실수 a, b의 값을 각각 {_end(rng)}",
        f"계수가 실수인 이차방정식 {_w('x^2 + ax + b = 0', st)}의 한 근이 {root}이다. a + b의 값을 {_end(rng)} (단, a, b는 실수)",
    ])
    ans = str(va + vb) if "a + b의 값" in text else f"a = {va}, b = {vb}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["근과 계수의 관계", "켤레복소수"],
                   check=lambda: sp.expand((p + q * IU) ** 2 + va * (p + q * IU) + vb) == 0)


@family("10공수1-02-03", "sum-product-word")
def _v3_word(rng: random.Random) -> Problem:
    u, v = rng.sample(range(2, 15), 2)
    s, p = u + v, u * v
    kind = rng.randrange(2)
    if kind == 0:
        text = rng.choice([
            f"합이 {s}, 곱이 {josa(str(p), '인/인')} 두 수를 근으로 하는 이차방정식을 세우고, 두 수를 {_end(rng)}".replace("인/인", "인"),
            f"둘레의 길이가 {2 * s} m, 넓이가 {p} m²인 직사각형 모양의 텃밭이 있다. 가로와 세로의 길이를 두 근으로 하는 이차방정식을 세우고, 두 변의 길이를 {_end(rng)}",
        ])
    else:
        text = f"두 수의 합이 {s}이고 곱이 {p}일 때, 두 수의 제곱의 합을 근과 계수의 관계를 이용하여 {_end(rng)}"
        return Problem(text=text, answer=str(s * s - 2 * p), format="word", difficulty=2, achievement_level="D",
                       concepts=["근과 계수의 관계"], check=lambda: u * u + v * v == s * s - 2 * p)
    text = text.replace(f"{josa(str(p), '인/인')}", f"{p}인")
    ans = f"x^2 - {s}x + {p} = 0, 두 수: {min(u, v)}, {max(u, v)}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["근과 계수의 관계", "두 수를 근으로 하는 이차방정식"],
                   check=lambda: sorted(sp.roots(x**2 - s * x + p, x, multiple=True)) == sorted([u, v]))


@family("10공수1-02-03", "find-coef-from-root-relation-mcq")
def _v3_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = rng.sample([v for v in range(-6, 7) if v], 2)
    s, p = r1 + r2, r1 * r2
    # x^2 + a x + b = 0 with roots r1 r2 ; ask a - b or a + b
    va, vb = -s, p
    ask = rng.choice(["a + b", "a - b", "ab"])
    val = {"a + b": va + vb, "a - b": va - vb, "ab": va * vb}[ask]
    wrong_a = s
    dis = [str({"a + b": wrong_a + vb, "a - b": wrong_a - vb, "ab": wrong_a * vb}[ask]), str(-val), str(val + 1), str(val - 2), str(val + s), str(val - p), str(val + 3), str(val - 1)]
    ch = choices(rng, str(val), dis, sort_key=lambda t: int(t))
    stem = rng.choice([
        f"이차방정식 {_w('x^2 + ax + b = 0', st)}의 두 근이 {r1}, {r2}일 때, 상수 a, b에 대하여 {ask}의 값은?",
        f"x에 대한 이차방정식 {_w('x^2 + ax + b = 0', st)}의 두 근이 {r1}과 {r2}이다. {ask}의 값은? (단, a, b는 상수)",
    ])
    stem = stem.replace(f"{r1}과 {r2}", josa(str(r1), "과/와") + f" {r2}")
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["근과 계수의 관계"], choice=ch,
                   check=lambda: sp.expand((x - r1) * (x - r2)) == x**2 + va * x + vb)


@family("10공수1-02-03", "wrong-copy-recover")
def _v3_wrongcopy(rng: random.Random) -> Problem:
    r1, r2 = rng.sample([v for v in range(-6, 7) if v], 2)
    t1, t2 = rng.sample([v for v in range(-6, 7) if v], 2)
    who = name(rng)
    # misread b -> roots r1, r2 give a correct: a = -(r1+r2); misread a -> roots t1, t2 give b correct: b = t1 t2
    va, vb = -(r1 + r2), t1 * t2
    text = (f"이차방정식 x² + ax + b = 0을 푸는데 {josa(who, '은/는')} b를 잘못 보고 풀어 두 근 {r1}, {josa(str(r2), '을/를')} 얻었고, "
            f"다른 친구는 a를 잘못 보고 풀어 두 근 {t1}, {josa(str(t2), '을/를')} 얻었다. 처음 이차방정식의 두 근의 합과 곱을 구하고, 올바른 이차방정식을 {_end(rng, '쓰')}")
    ans = f"합 {-va}, 곱 {vb}, {_mini(x**2 + va * x + vb)} = 0"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A",
                   concepts=["근과 계수의 관계"], check=lambda: -va == r1 + r2 and vb == t1 * t2)


@family("10공수1-02-03", "explain-vieta-proof")
def _v3_proof(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A_, B_, C_ = _qeq(rng)
    al, be = _GREEK[st]
    ident = _w("ax^2 + bx + c = a(x - α)(x - β)", st) if st != "latex" else "$ax^{2}+bx+c=a(x-\\alpha)(x-\\beta)$"
    text = rng.choice([
        f"이차방정식 {_w('ax^2 + bx + c = 0', st)}의 두 근을 {al}, {be}라 할 때, 근의 공식을 이용하여 두 근의 합과 곱을 a, b, c로 나타내는 과정을 설명하시오. 또, 이를 이용하여 {_eq0(A_, B_, C_, st)}의 두 근의 합과 곱을 구하시오.",
        f"{ident}가 x에 대한 항등식임을 이용하여 두 근의 합과 곱을 계수로 나타내는 방법을 설명하고, {_eq0(A_, B_, C_, st)}에 적용해 보시오.",
    ])
    ans = f"합 -b/a, 곱 c/a; 합 {_frs(Fraction(-B_, A_))}, 곱 {_frs(Fraction(C_, A_))}"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["근과 계수의 관계", "근의 공식"],
                   check=lambda: sp.nsimplify(sum(sp.roots(A_ * x**2 + B_ * x + C_, x, multiple=True))) == sp.Rational(-B_, A_))


# ================================================================================================
# 10공수1-02-04 이차방정식과 이차함수의 관계
# ================================================================================================
def _yeq(e: sp.Expr, st: str) -> str:
    return _w("y = " + _mini(e), st)


@family("10공수1-02-04", "x-intercepts")
def _q4_xint(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample(range(-6, 7), 2))
    m = rng.choice([1, 1, -1, 2])
    e = sp.expand(m * (x - r1) * (x - r2))
    ask = rng.randrange(3)
    if ask == 0:
        q, ans = f"x축과 만나는 점의 x좌표를 모두 {_end(rng)}", f"{r1}, {r2}"
    elif ask == 1:
        q, ans = f"x축과 만나는 두 점 사이의 거리를 {_end(rng)}", str(r2 - r1)
    else:
        q, ans = f"x축과 만나는 두 점을 A, B라 할 때, 선분 AB의 길이를 {_end(rng)}", str(r2 - r1)
    text = rng.choice([f"이차함수 {_yeq(e, st)}의 그래프가 {q}", f"{_yeq(e, st)}의 그래프에 대하여 그래프가 {q}"])
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["이차함수의 그래프", "이차방정식의 실근", "x축과의 교점"],
                   check=lambda: sorted(sp.solve(e, x)) == [r1, r2])


@family("10공수1-02-04", "count-x-axis-meetings")
def _q4_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["pos", "zero", "neg"])
    A_, B_, C_ = _quad(rng, kind)
    e = A_ * x**2 + B_ * x + C_
    cnt = {"pos": 2, "zero": 1, "neg": 0}[kind]
    text = rng.choice([
        f"이차함수 {_yeq(e, st)}의 그래프와 x축의 교점의 개수를 {_end(rng)}",
        f"{_yeq(e, st)}의 그래프는 x축과 몇 개의 점에서 만나는가?",
        f"이차방정식의 판별식을 이용하여 {_yeq(e, st)}의 그래프와 x축의 위치 관계를 말하고, 교점의 개수를 쓰시오.",
    ])
    ans = str(cnt) if "위치 관계" not in text else {2: "서로 다른 두 점에서 만난다, 2", 1: "한 점에서 만난다(접한다), 1", 0: "만나지 않는다, 0"}[cnt]
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["판별식", "이차함수의 그래프", "x축과의 위치 관계"],
                   check=lambda: (2 if sp.discriminant(e, x) > 0 else (1 if sp.discriminant(e, x) == 0 else 0)) == cnt)


@family("10공수1-02-04", "k-range-meets-x-axis")
def _q4_krange(rng: random.Random) -> Problem:
    st = pick_style(rng)
    bb = rng.choice([2, 4, 6, -4, -6, 8])
    m = rng.randint(-4, 4)
    e_disp = _mini(x**2 + bb * x) + " + k" + (f" {'+' if m > 0 else '-'} {abs(m)}" if m else "")
    crit = bb * bb // 4 - m
    want = rng.choice(["two", "none", "touch", "meet"])
    ph = {"two": "x축과 서로 다른 두 점에서 만나도록", "none": "x축과 만나지 않도록", "touch": "x축에 접하도록", "meet": "x축과 만나도록"}[want]
    ans = {"two": f"k < {crit}", "none": f"k > {crit}", "touch": f"k = {crit}", "meet": f"k <= {crit}"}[want]
    text = rng.choice([
        f"이차함수 {_w('y = ' + e_disp, st)}의 그래프가 {ph} 하는 실수 k의 값{'을' if want == 'touch' else '의 범위를'} {_end(rng)}",
        f"{_w('y = ' + e_disp, st)}의 그래프가 {ph} 하는 k의 값{'을' if want == 'touch' else '의 범위를'} 구하세요. (단, k는 실수)",
    ])
    ee = x**2 + bb * x + k + m
    return Problem(text=text, answer=_w(ans, "unicode"), format="computation", difficulty=3, achievement_level="C",
                   concepts=["판별식", "x축과의 위치 관계"], check=lambda: sp.solve(sp.discriminant(ee, x), k) == [crit])


@family("10공수1-02-04", "coefs-from-x-intercepts")
def _q4_coefs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample(range(-6, 7), 2))
    m = rng.choice([1, 2, -1])
    e = sp.expand(m * (x - r1) * (x - r2))
    cf = sp.Poly(e, x).all_coeffs()
    shown = f"y = {'' if m == 1 else ('-' if m == -1 else m)}x^2 + ax + b"
    text = rng.choice([
        f"이차함수 {_w(shown, st)}의 그래프가 x축과 두 점 ({r1}, 0), ({r2}, 0)에서 만날 때, 상수 a, b의 값을 각각 {_end(rng)}",
        f"{_w(shown, st)}의 그래프와 x축의 교점의 x좌표가 {r1}, {r2}일 때, a + b의 값을 {_end(rng)} (단, a, b는 상수)",
    ])
    ans = str(int(cf[1] + cf[2])) if "a + b" in text else f"a = {cf[1]}, b = {cf[2]}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["이차함수의 그래프", "근과 계수의 관계"], check=lambda: sorted(sp.solve(e, x)) == [r1, r2])


@family("10공수1-02-04", "no-x-meeting-mcq")
def _q4_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    corr = _quad(rng, "neg")
    cs = _yeq(corr[0] * x**2 + corr[1] * x + corr[2], st)
    dis = []
    for kd in ["pos", "zero", "pos", "pos", "zero", "pos"]:
        t = _quad(rng, kd)
        s_ = _yeq(t[0] * x**2 + t[1] * x + t[2], st)
        if s_ not in dis and s_ != cs:
            dis.append(s_)
    ch = choices(rng, cs, dis)
    stem = rng.choice(["다음 이차함수 중 그래프가 x축과 만나지 않는 것은?", "다음 중 그래프가 x축과 한 점도 공유하지 않는 이차함수는?"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["판별식", "x축과의 위치 관계"], choice=ch, check=lambda: corr[1] ** 2 - 4 * corr[0] * corr[2] < 0)


@family("10공수1-02-04", "meet-horizontal-line")
def _q4_hline(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample(range(-5, 6), 2))
    kv = rng.randint(-5, 8)
    e = sp.expand((x - r1) * (x - r2) + kv)
    text = rng.choice([
        f"이차함수 {_yeq(e, st)}의 그래프와 직선 y = {kv}의 교점의 x좌표를 모두 {_end(rng)}",
        f"{_yeq(e, st)}의 그래프가 직선 y = {josa(str(kv), '과/와')} 만나는 두 점 사이의 거리를 {_end(rng)}",
    ])
    ans = f"{r1}, {r2}" if "x좌표" in text else str(r2 - r1)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차함수의 그래프", "이차방정식"], check=lambda: sorted(sp.solve(e - kv, x)) == [r1, r2])


@family("10공수1-02-04", "table-of-values-roots")
def _q4_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample(range(-3, 5), 2))
    m = rng.choice([1, -1])
    f = lambda t: m * (t - r1) * (t - r2)  # noqa: E731
    xs = list(range(min(r1, r2) - 1, max(r1, r2) + 2))
    row1 = " | ".join(f"{v:>3}" for v in xs)
    row2 = " | ".join(f"{f(v):>3}" for v in xs)
    text = (f"다음은 이차함수 {_w('y = f(x)', st)}에서 x의 값에 따른 y의 값을 나타낸 표이다. 이를 보고 이차방정식 "
            f"{_w('f(x) = 0', st)}의 두 근을 구하고, 그래프가 x축과 만나는 점의 좌표를 {_end(rng, '쓰')}\n| x | {row1} |\n| y | {row2} |")
    ans = f"x = {r1}, {r2}; ({r1}, 0), ({r2}, 0)"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["이차함수의 그래프", "이차방정식의 실근"], check=lambda: f(r1) == 0 and f(r2) == 0)


@family("10공수1-02-04", "explain-graph-equation-link")
def _q4_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["pos", "zero", "neg"])
    A_, B_, C_ = _quad(rng, kind)
    e = A_ * x**2 + B_ * x + C_
    text = (f"이차방정식 {_w(_mini(e) + ' = 0', st)}의 근과 이차함수 {_yeq(e, st)}의 그래프 사이의 관계를 설명하시오. "
            f"특히 판별식의 부호를 이용하여 그래프가 x축과 몇 개의 점에서 만나는지 밝히시오.")
    D = B_ * B_ - 4 * A_ * C_
    ans = f"D = {D}, " + {"pos": "서로 다른 두 실근 → x축과 두 점에서 만남", "zero": "중근 → x축에 접함", "neg": "허근 → x축과 만나지 않음"}[kind]
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["판별식", "이차함수의 그래프", "이차방정식"], check=lambda: sp.discriminant(e, x) == D)


# ================================================================================================
# 10공수1-02-05 이차함수의 그래프와 직선의 위치 관계
# ================================================================================================
def _line(m: int, n: int) -> str:
    return "y = " + _mini(m * x + n)


@family("10공수1-02-05", "intersection-points")
def _l5_points(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample(range(-4, 5), 2))
    m, n = rng.randint(-3, 3), rng.randint(-5, 5)
    e = sp.expand((x - r1) * (x - r2) + m * x + n)
    ask = rng.randrange(2)
    q = f"교점의 좌표를 모두 {_end(rng)}" if ask == 0 else f"두 교점의 x좌표의 합을 {_end(rng)}"
    text = rng.choice([
        f"이차함수 {_yeq(e, st)}의 그래프와 직선 {_w(_line(m, n), st)}의 {q}",
        f"포물선 {_yeq(e, st)}와 직선 {_w(_line(m, n), st)}가 만나는 두 점에 대하여 {q}",
    ])
    ans = f"({r1}, {m * r1 + n}), ({r2}, {m * r2 + n})" if ask == 0 else str(r1 + r2)
    return Problem(text=text, answer=ans, format="computation", difficulty=2 if ask == 0 else 3, achievement_level="D" if ask == 0 else "C",
                   concepts=["이차함수의 그래프와 직선의 위치 관계", "교점"],
                   check=lambda: sorted(sp.solve(e - (m * x + n), x)) == [r1, r2])


@family("10공수1-02-05", "tangent-line-find-k")
def _l5_tangent(rng: random.Random) -> Problem:
    st = pick_style(rng)
    t0 = nonzero(rng, -3, 3)
    p, q = rng.randint(-4, 4), rng.randint(-5, 5)
    e = x**2 + p * x + q
    m = 2 * t0 + p  # slope of tangent at t0
    n = int(e.subs(x, t0) - m * t0)
    text = rng.choice([
        f"이차함수 {_yeq(e, st)}의 그래프와 직선 {_w(f'y = {_mini(m * x)} + k' if m else 'y = k', st)}가 접할 때, 상수 k의 값을 {_end(rng)}",
        f"직선 {_w(f'y = {_mini(m * x)} + k' if m else 'y = k', st)}가 포물선 {_yeq(e, st)}에 접하도록 하는 실수 k의 값을 {_end(rng)}",
    ])
    return Problem(text=text, answer=str(n), format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차함수의 그래프와 직선의 위치 관계", "판별식", "접한다"],
                   check=lambda: sp.solve(sp.discriminant(e - (m * x + k), x), k) == [n])


@family("10공수1-02-05", "range-two-points-or-none")
def _l5_range(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.randint(-4, 4), rng.randint(-5, 5)
    m = rng.randint(-3, 3)
    e = x**2 + p * x + q
    crit = sp.solve(sp.discriminant(e - (m * x + k), x), k)[0]
    want = rng.choice(["two", "none", "meet"])
    ph = {"two": "서로 다른 두 점에서 만나도록", "none": "만나지 않도록", "meet": "적어도 한 점에서 만나도록"}[want]
    rel = {"two": ">", "none": "<", "meet": ">="}[want]
    lin = f"y = {_mini(m * x)} + k" if m else "y = k"
    text = rng.choice([
        f"이차함수 {_yeq(e, st)}의 그래프와 직선 {_w(lin, st)}가 {ph} 하는 실수 k의 값의 범위를 {_end(rng)}",
        f"포물선 {_yeq(e, st)}와 직선 {_w(lin, st)}가 {ph} 하는 k의 값의 범위를 구하세요.",
    ])
    ans = _w(f"k {rel} {_frs(Fraction(str(crit)))}", "unicode")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차함수의 그래프와 직선의 위치 관계", "판별식"],
                   check=lambda: sp.discriminant(e - (m * x + crit), x) == 0)


@family("10공수1-02-05", "relation-mcq")
def _l5_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q, m = rng.randint(-4, 4), rng.randint(-5, 5), rng.randint(-3, 3)
    e = x**2 + p * x + q
    crit = sp.solve(sp.discriminant(e - (m * x + k), x), k)[0]
    n = int(crit) + rng.choice([-3, -2, -1, 0, 1, 2, 3]) if crit.is_integer else int(sp.floor(crit)) + rng.choice([-1, 1, 2])
    D = sp.discriminant(e - (m * x + n), x)
    corr = "서로 다른 두 점에서 만난다." if D > 0 else ("한 점에서 만난다(접한다)." if D == 0 else "만나지 않는다.")
    dis = ["서로 다른 두 점에서 만난다.", "한 점에서 만난다(접한다).", "만나지 않는다.", "세 점에서 만난다.", "무수히 많은 점에서 만난다."]
    ch = choices(rng, corr, dis)
    stem = f"이차함수 {_yeq(e, st)}의 그래프와 직선 {_w(_line(m, n), st)}의 위치 관계로 옳은 것은?"
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["이차함수의 그래프와 직선의 위치 관계", "판별식"], choice=ch,
                   check=lambda: (B_ := sp.Poly(e - (m * x + n), x).all_coeffs()) and (B_[1] ** 2 - 4 * B_[0] * B_[2]) == D)


@family("10공수1-02-05", "tangent-with-given-slope")
def _l5_slope(rng: random.Random) -> Problem:
    st = pick_style(rng)
    t0 = nonzero(rng, -3, 3)
    A_ = rng.choice([1, 1, -1, 2])
    p, q = rng.randint(-4, 4), rng.randint(-4, 4)
    e = A_ * x**2 + p * x + q
    m = 2 * A_ * t0 + p
    n = int(e.subs(x, t0) - m * t0)
    text = rng.choice([
        f"이차함수 {_yeq(e, st)}의 그래프에 접하고 기울기가 {josa(str(m), '인/인').replace('인/인', '인')} 직선의 방정식을 {_end(rng)}",
        f"기울기가 {m}이고 포물선 {_yeq(e, st)}에 접하는 직선의 y절편을 {_end(rng)}",
    ]).replace(f"{m}인/인", f"{m}인")
    ans = ("y = " + _mini(m * x + n)) if "방정식" in text else str(n)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차함수의 그래프와 직선의 위치 관계", "접선", "판별식"],
                   check=lambda: sp.solve(sp.discriminant(e - (m * x + k), x), k) == [n])


@family("10공수1-02-05", "unknown-coefs-from-intersections")
def _l5_coefs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample([v for v in range(-4, 5)], 2))
    p, q = rng.randint(-4, 4), rng.randint(-4, 4)
    e = x**2 + p * x + q
    # line y = a x + b passes through (r1, e(r1)), (r2, e(r2))
    va = r1 + r2 + p
    vb = int(e.subs(x, r1) - va * r1)
    text = rng.choice([
        f"이차함수 {_yeq(e, st)}의 그래프와 직선 {_w('y = ax + b', st)}의 두 교점의 x좌표가 {r1}, {r2}일 때, 상수 a, b의 값을 각각 {_end(rng)}",
        f"포물선 {_yeq(e, st)}와 직선 {_w('y = ax + b', st)}가 x좌표가 {r1}, {r2}인 두 점에서 만난다. ab의 값을 {_end(rng)}",
    ])
    ans = str(va * vb) if "ab의 값" in text else f"a = {va}, b = {vb}"
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["이차함수의 그래프와 직선의 위치 관계", "근과 계수의 관계"],
                   check=lambda: sorted(sp.solve(e - (va * x + vb), x)) == [r1, r2])


@family("10공수1-02-05", "tangent-through-point")
def _l5_through(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # y = x^2 + c, lines through (0, c - s^2) tangent: slopes ±2s
    cc = rng.randint(-3, 5)
    s = rng.randint(1, 3)
    e = x**2 + cc
    y0 = cc - s * s
    text = rng.choice([
        f"점 (0, {y0}){josa(str(y0), '을/를')[len(str(y0)):]} 지나고 이차함수 {_yeq(e, st)}의 그래프에 접하는 직선의 기울기를 모두 {_end(rng)}",
        f"점 (0, {y0})에서 포물선 {_yeq(e, st)}에 그은 두 접선의 기울기의 곱을 {_end(rng)}",
    ])
    ans = f"{-2 * s}, {2 * s}" if "모두" in text else str(-4 * s * s)
    mm = sp.symbols("mm")
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="A",
                   concepts=["이차함수의 그래프와 직선의 위치 관계", "판별식", "접선"],
                   check=lambda: sorted(sp.solve(sp.discriminant(e - (mm * x + y0), x), mm)) == [-2 * s, 2 * s])


@family("10공수1-02-05", "explore-with-tool-task")
def _l5_task(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.randint(-3, 3), rng.randint(-2, 4)
    m = rng.randint(-2, 2)
    e = x**2 + p * x + q
    crit = sp.solve(sp.discriminant(e - (m * x + k), x), k)[0]
    text = (f"공학 도구를 이용하여 이차함수 {_yeq(e, st)}의 그래프와 직선 {_w(f'y = {_mini(m * x)} + k' if m else 'y = k', st)}를 그리고 "
            f"k의 값을 바꾸어 가며 관찰하려고 한다. 두 그래프의 교점의 개수가 2, 1, 0이 되는 k의 값 또는 범위를 판별식으로 확인하여 표로 정리하시오.")
    c_ = _frs(Fraction(str(crit)))
    ans = f"k > {c_}: 2개, k = {c_}: 1개, k < {c_}: 0개"
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="B",
                   concepts=["이차함수의 그래프와 직선의 위치 관계", "판별식"],
                   check=lambda: sp.discriminant(e - (m * x + crit), x) == 0)


# ================================================================================================
# 10공수1-02-06 제한된 범위에서 이차함수의 최대, 최소
# ================================================================================================
def _maxmin(e: sp.Expr, lo: int, hi: int) -> tuple[sp.Expr, sp.Expr]:
    pts = [lo, hi]
    v = sp.solve(sp.diff(e, x), x)
    pts += [p for p in v if lo <= p <= hi]
    vals = [e.subs(x, p) for p in pts]
    return max(vals), min(vals)


def _rng_txt(lo: int, hi: int, st: str) -> str:
    return _w(f"{lo} <= x <= {hi}", st)


@family("10공수1-02-06", "vertex-form-on-interval")
def _m6_vertex(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A_ = rng.choice([1, 2, -1, -2])
    p, q = rng.randint(-3, 3), rng.randint(-6, 6)
    lo = rng.randint(-5, 2)
    hi = lo + rng.randint(2, 5)
    e = A_ * (x - p) ** 2 + q
    disp = f"y = {'' if A_ == 1 else ('-' if A_ == -1 else A_)}(x {'-' if p >= 0 else '+'} {abs(p)})^2 {'+' if q >= 0 else '-'} {abs(q)}".replace("(x - 0)", "x")
    M, m = _maxmin(sp.expand(e), lo, hi)
    text = rng.choice([
        f"{_rng_txt(lo, hi, st)}에서 이차함수 {_w(disp, st)}의 최댓값과 최솟값을 각각 {_end(rng)}",
        f"x의 값의 범위가 {_rng_txt(lo, hi, st)}일 때, 함수 {_w(disp, st)}의 최댓값을 M, 최솟값을 m이라 하자. M + m의 값을 {_end(rng)}",
    ])
    ans = str(M + m) if "M + m" in text else f"최댓값 {M}, 최솟값 {m}"
    inside = lo <= p <= hi
    d = 2 if inside else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이차함수의 최대, 최소", "최댓값", "최솟값"],
                   check=lambda: max(sp.expand(e).subs(x, t) for t in range(lo, hi + 1)) == M)


@family("10공수1-02-06", "general-form-on-interval")
def _m6_general(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A_ = rng.choice([1, -1, 2])
    p, q = rng.randint(-3, 3), rng.randint(-6, 6)
    e = sp.expand(A_ * (x - p) ** 2 + q)
    lo = rng.randint(-4, 1)
    hi = lo + rng.randint(2, 5)
    M, m = _maxmin(e, lo, hi)
    ask = rng.choice(["최댓값", "최솟값"])
    text = rng.choice([
        f"{_rng_txt(lo, hi, st)}에서 함수 {_yeq(e, st)}의 {josa(ask, '을/를')} {_end(rng)}",
        f"정의역이 {{x | {_rng_txt(lo, hi, 'plain' if st == 'plain' else 'unicode')}}}인 이차함수 {_yeq(e, st)}의 {josa(ask, '은/는')}?",
    ])
    val = M if ask == "최댓값" else m
    return Problem(text=text, answer=str(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차함수의 최대, 최소", ask],
                   check=lambda: (max if ask == "최댓값" else min)(e.subs(x, t) for t in [lo, hi, p] if lo <= t <= hi) == val)


@family("10공수1-02-06", "projectile-max-height")
def _m6_projectile(rng: random.Random) -> Problem:
    v = rng.choice([10, 20, 30, 40])
    h0 = rng.choice([0, 1, 2, 5, 10])
    top = Fraction(v, 10)  # t at max for h = -5t^2 + v t + h0
    T = int(top) + rng.choice([-1, 1, 2]) if rng.random() < 0.4 else int(top) + rng.randint(1, 3)
    T = max(T, 1)
    h = lambda t: -5 * t * t + v * t + h0  # noqa: E731
    tm = min(Fraction(T), top)
    Mx = h(tm)
    obj = rng.choice(["공", "물 로켓", "분수의 물줄기", "드론에서 떨어뜨린 씨앗 폭탄이 아닌 공", "배구공"])
    obj = obj if "아닌" not in obj else "공"
    text = rng.choice([
        f"지면으로부터 {h0} m 높이에서 위로 쏘아 올린 {josa(obj, '의/의').replace('의/의', '의')} t초 후의 높이를 h m라 하면 h = −5t² + {v}t + {h0}이다. 0 ≤ t ≤ {T}에서 {obj}의 최고 높이를 구하시오.".replace(f"{obj}의/의", obj + "의"),
        f"쏘아 올린 {obj}의 t초 후의 높이가 h(t) = −5t² + {v}t + {h0} (m)일 때, 처음 {T}초 동안 도달하는 가장 높은 높이는 몇 m인가?",
    ])
    text = text.replace(" + 0이다", "이다").replace(" + 0 (m)", " (m)")
    return Problem(text=text, answer=f"{_frs(Mx)} m", format="word", difficulty=3, achievement_level="C",
                   concepts=["이차함수의 최대, 최소", "최댓값"],
                   check=lambda: max(h(Fraction(i, 100)) for i in range(0, 100 * T + 1)) == Mx)


@family("10공수1-02-06", "fence-area-max")
def _m6_fence(rng: random.Random) -> Problem:
    L = rng.choice([20, 24, 30, 36, 40, 60])
    wall = rng.random() < 0.5
    # rectangle with one side x; wall: area = x (L - 2x); no wall: x (L/2 - x)
    if wall:
        f = lambda t: t * (L - 2 * t)  # noqa: E731
        best = Fraction(L, 4)
        lo, hi = 1, L // 2 - 1
        desc = f"길이가 {L} m인 철망으로 한쪽 면이 담장에 붙은 직사각형 모양의 울타리를 만들려고 한다. 담장과 수직인 변의 길이를 x m라 할 때, 울타리 안쪽 넓이의 최댓값을 구하시오."
    else:
        f = lambda t: t * (Fraction(L, 2) - t)  # noqa: E731
        best = Fraction(L, 4)
        lo, hi = 1, L // 2 - 1
        desc = f"둘레의 길이가 {L} m인 직사각형 모양의 텃밭을 만들려고 한다. 가로의 길이를 x m라 할 때, 텃밭의 넓이가 최대가 되는 x의 값과 그때의 넓이를 구하시오."
    cap = rng.random() < 0.35
    if cap:
        hi = int(best) - rng.randint(1, 3)
        desc = desc.replace("구하시오.", f"구하시오. (단, 땅의 모양 때문에 {lo} ≤ x ≤ {hi})")
        bx = Fraction(hi)
    else:
        bx = best
    val = f(bx)
    ans = f"x = {_frs(bx)}일 때 {_frs(val)} m²" if "x의 값과" in desc else f"{_frs(val)} m²"
    return Problem(text=desc, answer=ans, format="word", difficulty=4 if cap else 3, achievement_level="B" if cap else "C",
                   concepts=["이차함수의 최대, 최소", "최댓값"],
                   check=lambda: max(f(Fraction(i, 4)) for i in range(4 * lo, 4 * hi + 1)) == val)


@family("10공수1-02-06", "price-revenue")
def _m6_price(rng: random.Random) -> Problem:
    p0 = rng.choice([1000, 2000, 3000, 5000])
    n0 = rng.choice([200, 300, 400, 500])
    step = rng.choice([100, 50])
    drop = rng.choice([10, 20, 5])
    # price p0 + step*t, sales n0 - drop*t; revenue R(t); t integer 0..n0/drop
    R = lambda t: (p0 + step * t) * (n0 - drop * t)  # noqa: E731
    tmax = n0 // drop
    best = max(range(0, tmax + 1), key=R)
    item = rng.choice(["김밥", "음료", "빵", "공책", "떡볶이"])
    text = (f"어느 가게에서 {josa(item, '을/를')} 한 개에 {p0:,}원에 팔면 하루에 {n0}개가 팔리고, 가격을 {step}원 올릴 때마다 "
            f"하루 판매량이 {drop}개씩 줄어든다고 한다. 하루 판매 금액이 최대가 되도록 하는 한 개의 가격과 그때의 판매 금액을 구하시오.")
    return Problem(text=text, answer=f"{p0 + step * best:,}원, {R(best):,}원", format="word", difficulty=4, achievement_level="B",
                   concepts=["이차함수의 최대, 최소", "최댓값"],
                   check=lambda: all(R(t) <= R(best) for t in range(0, tmax + 1)))


@family("10공수1-02-06", "find-k-from-max")
def _m6_findk(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randint(-2, 2)
    lo, hi = p - rng.randint(1, 3), p + rng.randint(1, 3)
    A_ = rng.choice([-1, 1])
    kv = rng.randint(-5, 5)
    e_noK = sp.expand(A_ * (x - p) ** 2)
    # max (A=-1) or min (A=1) at x=p equals kv
    word = "최댓값" if A_ == -1 else "최솟값"
    text = rng.choice([
        f"{_rng_txt(lo, hi, st)}에서 이차함수 {_w('y = ' + _mini(e_noK) + ' + k', st)}의 {josa(word, '이/가')} {kv}일 때, 상수 k의 값을 {_end(rng)}",
        f"함수 {_w('y = ' + _mini(e_noK) + ' + k', st)} ({_rng_txt(lo, hi, st)})의 {josa(word, '은/는')} {kv}이다. 상수 k의 값과 이 함수의 {'최솟값' if A_ == -1 else '최댓값'}을 구하시오.",
    ])
    other = kv + A_ * max((lo - p) ** 2, (hi - p) ** 2)
    ans = f"k = {kv}, {'최솟값' if A_ == -1 else '최댓값'} {other}" if "이 함수의" in text else str(kv)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="B",
                   concepts=["이차함수의 최대, 최소"],
                   check=lambda: (max if A_ == 1 else min)((e_noK + kv).subs(x, t) for t in (lo, hi)) == other)


@family("10공수1-02-06", "two-variable-constraint")
def _m6_twovar(rng: random.Random) -> Problem:
    s = rng.choice([4, 6, 8, 10, 12])
    lo = rng.randint(0, s // 2 - 1)
    hi = s - lo
    kind = rng.randrange(2)
    if kind == 0:
        f = lambda t: t * t + (s - t) ** 2  # noqa: E731
        tgt, word = "x² + y²", "최솟값"
        val = f(Fraction(s, 2))
    else:
        f = lambda t: t * (s - t)  # noqa: E731
        tgt, word = "xy", "최댓값"
        val = f(Fraction(s, 2))
    text = rng.choice([
        f"x + y = {s}, {lo} ≤ x ≤ {hi}일 때, {tgt}의 {josa(word, '을/를')} 구하시오.",
        f"두 실수 x, y가 x + y = {s}를 만족시키고 {lo} ≤ x ≤ {hi}일 때, {tgt}의 {josa(word, '은/는')}?",
    ])
    text = text.replace(f"= {s}를", f"= {josa(str(s), '을/를')}")
    return Problem(text=text, answer=_frs(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차함수의 최대, 최소", word],
                   check=lambda: (min if kind == 0 else max)(f(Fraction(i, 2)) for i in range(2 * lo, 2 * hi + 1)) == val)


@family("10공수1-02-06", "max-min-sum-mcq")
def _m6_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.randint(-2, 3), rng.randint(-5, 5)
    e = sp.expand((x - p) ** 2 + q)
    lo, hi = p - rng.randint(1, 3), p + rng.randint(1, 4)
    M, m = _maxmin(e, lo, hi)
    corr = int(M + m)
    wrong = [int(e.subs(x, lo) + e.subs(x, hi)), int(M), int(m), int(M - m), corr + 1, corr - 1, corr + 2, corr - 2, corr + 3]
    ch = choices(rng, str(corr), [str(w) for w in wrong], sort_key=lambda t: int(t))
    stem = f"{_rng_txt(lo, hi, st)}에서 이차함수 {_yeq(e, st)}의 최댓값과 최솟값의 합은?"
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["이차함수의 최대, 최소"], choice=ch, check=lambda: m == q)


# ================================================================================================
# 10공수1-02-07 삼차방정식과 사차방정식
# ================================================================================================
def _sol_txt(roots: list) -> str:
    reals = sorted([r for r in roots if r.is_real], key=float)
    cplx = [r for r in roots if not r.is_real]
    parts = [str(r).replace("sqrt", "√") for r in reals]
    seen = set()
    for r in cplx:
        re_, im = sp.re(r), abs(sp.im(r))
        if (re_, im) in seen:
            continue
        seen.add((re_, im))
        ims = "i" if im == 1 else (f"{im}i" if im.is_integer else "(" + re.sub(r"√\((\d+)\)", r"√\1", str(im).replace('sqrt', '√').replace('*', '')) + ")i")
        parts.append(f"{re_} ± {ims}" if re_ != 0 else f"±{ims}")
    return "x = " + ", ".join(parts)


@family("10공수1-02-07", "cube-root-of-number")
def _e7_cube(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(1, 3)
    s = rng.choice([1, -1])
    e = x**3 - s * n**3
    roots = sp.roots(e, x, multiple=True)
    text = rng.choice([f"삼차방정식 {_w(_mini(e) + ' = 0', st)}을 {_end(rng, '풀')}", f"방정식 {_w(f'x^3 = {s * n**3}', st)}의 해를 복소수의 범위에서 {_end(rng)}"])
    ans = _sol_txt(roots)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["삼차방정식", "인수분해", "허근"], check=lambda: all(sp.expand(e.subs(x, r)) == 0 for r in roots))


@family("10공수1-02-07", "cubic-factor-theorem-solve")
def _e7_cubic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1 = nonzero(rng, -3, 3)
    if rng.random() < 0.5:
        r2, r3 = rng.sample([v for v in range(-4, 5) if v != r1], 2)
        e = sp.expand((x - r1) * (x - r2) * (x - r3))
    else:
        e = sp.expand((x - r1) * (x**2 + rng.randint(-2, 2) * 2 * x + rng.choice([2, 5, 10])))
    roots = sp.roots(e, x, multiple=True)
    text = rng.choice([f"삼차방정식 {_w(_mini(e) + ' = 0', st)}을 {_end(rng, '풀')}", f"인수정리와 조립제법을 이용하여 방정식 {_w(_mini(e) + ' = 0', st)}의 해를 {_end(rng)}"])
    return Problem(text=text, answer=_sol_txt(roots), format="computation", difficulty=3, achievement_level="C",
                   concepts=["삼차방정식", "인수정리", "조립제법"], check=lambda: len(roots) == 3)


@family("10공수1-02-07", "biquadratic-solve")
def _e7_biquad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.sample([1, 4, 9, -1, -4, 2, 3], 2)
    e = sp.expand((x**2 - p) * (x**2 - q))
    roots = sp.roots(e, x, multiple=True)
    text = rng.choice([f"사차방정식 {_w(_mini(e) + ' = 0', st)}을 {_end(rng, '풀')}", f"{_w('x^2 = X', st)}로 놓아 방정식 {_w(_mini(e) + ' = 0', st)}의 해를 {_end(rng)}"])
    return Problem(text=text, answer=_sol_txt(roots), format="computation", difficulty=3, achievement_level="C",
                   concepts=["사차방정식", "치환"], check=lambda: len(roots) == 4)


@family("10공수1-02-07", "omega-properties")
def _e7_omega(rng: random.Random) -> Problem:
    st = pick_style(rng)
    w = sp.Rational(-1, 2) + sp.sqrt(3) / 2 * IU
    kind = rng.randrange(3)
    om = "$\\omega$" if st == "latex" else "ω"
    if kind == 0:
        n = rng.randint(10, 100)
        val = sp.expand(w**n + w ** (2 * n) + 1)
        tgt = f"ω^{n} + ω^{2 * n} + 1"
    elif kind == 1:
        n = rng.randint(5, 50)
        val = sp.nsimplify(sp.expand(w**n + 1 / w**n))
        tgt = f"ω^{n} + 1/ω^{n}"
    else:
        val = sp.expand((1 + w) * (1 + w**2))
        tgt = "(1 + ω)(1 + ω^2)"
    val = sp.nsimplify(sp.expand(val))
    shown = _w(tgt.replace("ω", "w"), st).replace("w", "\\omega " if st == "latex" else "ω")
    text = rng.choice([
        f"방정식 {_w('x^3 = 1', st)}의 한 허근을 {om}라 할 때, {shown}의 값을 {_end(rng)}",
        f"{om}가 {_w('x^2 + x + 1 = 0', st)}의 한 근일 때, {shown}의 값은?",
    ])
    return Problem(text=text, answer=str(val), format="computation", difficulty=4, achievement_level="B",
                   concepts=["삼차방정식", "허근"], check=lambda: val.is_integer)


@family("10공수1-02-07", "given-root-find-others")
def _e7_given(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2, r3 = rng.sample([v for v in range(-4, 5) if v], 3)
    e = sp.expand((x - r1) * (x - r2) * (x - r3))
    cf = sp.Poly(e, x).all_coeffs()
    shown = f"x^3 {'+' if cf[1] >= 0 else '-'} {abs(cf[1])}x^2 + ax {'+' if cf[3] >= 0 else '-'} {abs(cf[3])} = 0".replace(" 1x^2", " x^2").replace("+ 0x^2 ", "")
    text = rng.choice([
        f"삼차방정식 {_w(shown, st)}의 한 근이 {r1}일 때, 상수 a의 값과 나머지 두 근을 {_end(rng)}",
        f"방정식 {_w(shown, st)}의 한 근이 {josa(str(r1), '이/가')}다. 상수 a의 값과 나머지 두 근을 구하세요.".replace("이다.", "이다.").replace("가다.", "이다."),
    ])
    text = text.replace(f"{r1}이다", f"{r1}이다")
    o = sorted([r2, r3])
    ans = f"a = {cf[2]}, 나머지 두 근: {o[0]}, {o[1]}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["삼차방정식", "인수정리"], check=lambda: sp.expand(e.subs(x, r1)) == 0)


@family("10공수1-02-07", "substitution-quartic")
def _e7_subst(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.choice([1, 2, 3])
    t1, t2 = rng.sample([v for v in range(-4, 13) if v], 2)
    inner = x**2 + m * x
    t = sp.symbols("t")
    outer = sp.expand((t - t1) * (t - t2))
    disp = f"({_mini(inner)})^2 {'+' if outer.coeff(t, 1) >= 0 else '-'} {abs(outer.coeff(t, 1))}({_mini(inner)}) {'+' if outer.coeff(t, 0) >= 0 else '-'} {abs(outer.coeff(t, 0))} = 0"
    e = sp.expand(outer.subs(t, inner))
    roots = sp.roots(e, x, multiple=True)
    real_cnt = len([r for r in roots if r.is_real])
    text = rng.choice([
        f"방정식 {_w(disp, st)}의 실근의 개수를 {_end(rng)}",
        f"공통부분을 치환하여 방정식 {_w(disp, st)}의 서로 다른 실근의 개수를 구하세요.",
    ])
    distinct = len({r for r in roots if r.is_real})
    ans = str(distinct) if "서로 다른" in text else str(real_cnt)
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["사차방정식", "치환"], check=lambda: len(roots) == 4)


@family("10공수1-02-07", "box-volume-cubic-word")
def _e7_box(rng: random.Random) -> Problem:
    # cube of edge x; new box (x+p)(x+q)(x) ... choose: edge x, height x - a, base x by x+ b: volume V
    p, q = rng.randint(1, 4), rng.randint(1, 3)
    s = rng.randint(q + 2, 9)
    V = (s + p) * (s - q) * s
    text = rng.choice([
        f"한 모서리의 길이가 x cm인 정육면체가 있다. 이 정육면체의 가로를 {p} cm 늘이고 세로를 {q} cm 줄여 만든 직육면체의 부피가 {V} cm³일 때, x의 값을 구하시오.",
        f"가로, 세로, 높이가 각각 (x + {p}) cm, (x − {q}) cm, x cm인 직육면체 모양의 상자의 부피가 {V} cm³이다. x의 값을 구하시오.",
    ])
    e = sp.expand((x + p) * (x - q) * x - V)
    sols = [r for r in sp.roots(e, x, multiple=True) if r.is_real and r > q]
    return Problem(text=text, answer=str(s), format="word", difficulty=4, achievement_level="B",
                   concepts=["삼차방정식", "인수정리"], check=lambda: sols == [s])


@family("10공수1-02-07", "sum-of-roots-mcq")
def _e7_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1 = nonzero(rng, -3, 3)
    bq, cq = rng.randint(-3, 3), rng.choice([1, 2, 3, 5])
    e = sp.expand((x - r1) * (x**2 + bq * x + cq))
    disc = bq * bq - 4 * cq
    kind = rng.choice(["sumimag", "prodimag"]) if disc < 0 else "realsum"
    if kind == "sumimag":
        val = -bq
        q = "두 허근의 합은?"
    elif kind == "prodimag":
        val = cq
        q = "두 허근의 곱은?"
    else:
        val = int(sum(r for r in sp.roots(e, x, multiple=True)))
        q = "모든 근의 합은?"
    ch = choices(rng, str(val), [str(val + d_) for d_ in (-3, -2, -1, 1, 2, 3)] + [str(-val)], sort_key=lambda t: int(t))
    stem = f"삼차방정식 {_w(_mini(e) + ' = 0', st)}의 {q}"
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["삼차방정식", "허근", "근과 계수의 관계"], choice=ch,
                   check=lambda: sp.expand(e.subs(x, r1)) == 0)


# ================================================================================================
# 10공수1-02-08 연립이차방정식
# ================================================================================================
@family("10공수1-02-08", "linear-and-quadratic")
def _s8_linquad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x1, y1 = rng.randint(-4, 4), rng.randint(-4, 4)
    m = rng.choice([1, -1, 2])
    n = y1 - m * x1
    R = x1 * x1 + y1 * y1
    lin = _mini(y - m * x, (x, y)) + f" = {n}"
    sols = sp.solve([y - m * x - n, x**2 + y**2 - R], [x, y], dict=True)
    pairs = sorted((s_[x], s_[y]) for s_ in sols)
    if any(not (p_[0].is_rational and p_[1].is_rational) for p_ in pairs):
        x1, y1, m, n, R = 3, 1, 1, -2, 10
        lin = "-x + y = -2"
        sols = sp.solve([y - x + 2, x**2 + y**2 - 10], [x, y], dict=True)
        pairs = sorted((s_[x], s_[y]) for s_ in sols)
    sys_ = f"{_w(lin, st)}\n{_w(f'x^2 + y^2 = {R}', st)}"
    text = rng.choice([f"다음 연립방정식을 {_end(rng, '풀')}\n{sys_}", f"연립방정식\n{sys_}\n의 해를 모두 {_end(rng)}"])
    ans = ", ".join(f"x = {p_[0]}, y = {p_[1]}" for p_ in pairs)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["연립이차방정식"], check=lambda: all(p_[0] ** 2 + p_[1] ** 2 == R for p_ in pairs))


@family("10공수1-02-08", "factorable-quadratic-system")
def _s8_factor(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.choice([2, 3, -2, -1])
    t = rng.choice([1, 2, 3])
    # (x - y)(x - m y) = 0 and x^2 + y^2 = R with R chosen so both branches give rationals where possible
    R = 2 * t * t
    e1 = sp.expand((x - y) * (x - m * y))
    sols = sp.solve([e1, x**2 + y**2 - R], [x, y], dict=True)
    sols = [s_ for s_ in sols if s_[x].is_real]
    sys_ = f"{_w(_mini(e1, (x, y)) + ' = 0', st)}\n{_w(f'x^2 + y^2 = {R}', st)}"
    int_sols = sorted((s_[x], s_[y]) for s_ in sols if s_[x].is_integer and s_[y].is_integer)
    text = rng.choice([
        f"다음 연립방정식의 해 중에서 x, y가 모두 정수인 것을 모두 {_end(rng)}\n{sys_}",
        f"연립방정식\n{sys_}\n을 만족시키는 정수 x, y의 순서쌍 (x, y)를 모두 {_end(rng)}",
    ])
    ans = ", ".join(f"({p_[0]}, {p_[1]})" for p_ in int_sols)
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["연립이차방정식", "인수분해"], check=lambda: all(p_[0] ** 2 + p_[1] ** 2 == R for p_ in int_sols) and len(int_sols) >= 2)


@family("10공수1-02-08", "rectangle-perimeter-diagonal")
def _s8_rect(rng: random.Random) -> Problem:
    a_, b_, c_ = rng.choice([(3, 4, 5), (6, 8, 10), (5, 12, 13), (8, 15, 17), (9, 12, 15), (12, 16, 20)])
    unit = rng.choice(["cm", "m"])
    thing = rng.choice(["직사각형", "직사각형 모양의 액자", "직사각형 모양의 운동장", "직사각형 모양의 휴대 전화 화면"])
    text = rng.choice([
        f"대각선의 길이가 {c_} {unit}이고 둘레의 길이가 {2 * (a_ + b_)} {unit}인 {thing}의 가로와 세로의 길이를 구하시오. (단, 가로가 세로보다 길다.)",
        f"둘레가 {2 * (a_ + b_)} {unit}, 대각선이 {c_} {unit}인 {thing}이 있다. 긴 변과 짧은 변의 길이를 각각 구하세요.",
    ])
    return Problem(text=text, answer=f"{b_} {unit}, {a_} {unit}", format="word", difficulty=3, achievement_level="C",
                   concepts=["연립이차방정식"],
                   check=lambda: any(s_[x] == b_ for s_ in sp.solve([x + y - (a_ + b_), x**2 + y**2 - c_**2], [x, y], dict=True)))


@family("10공수1-02-08", "sum-and-product-system")
def _s8_sp(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u, v = rng.sample(range(-5, 8), 2)
    s, p = u + v, u * v
    sys_ = f"{_w(f'x + y = {s}', st)}\n{_w(f'xy = {p}', st)}"
    text = rng.choice([f"다음 연립방정식을 {_end(rng, '풀')}\n{sys_}", f"연립방정식\n{sys_}\n의 해를 구하세요."])
    ans = f"x = {u}, y = {v} 또는 x = {v}, y = {u}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["연립이차방정식", "근과 계수의 관계"], check=lambda: sorted(sp.roots(x**2 - s * x + p, x, multiple=True)) == sorted([u, v]))


@family("10공수1-02-08", "two-squares-word")
def _s8_squares(rng: random.Random) -> Problem:
    a_, b_ = rng.sample(range(2, 12), 2)
    big, small = max(a_, b_), min(a_, b_)
    text = rng.choice([
        f"크기가 다른 두 정사각형이 있다. 두 정사각형의 둘레의 길이의 합은 {4 * (a_ + b_)} cm이고 넓이의 합은 {a_ * a_ + b_ * b_} cm²일 때, 큰 정사각형의 한 변의 길이를 구하시오.",
        f"철사 {4 * (a_ + b_)} cm를 두 도막으로 잘라 각각 정사각형을 만들었더니 두 정사각형의 넓이의 합이 {a_ * a_ + b_ * b_} cm²였다. 두 정사각형의 한 변의 길이를 각각 구하시오.",
    ])
    ans = f"{big} cm" if "큰 정사각형" in text else f"{big} cm, {small} cm"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["연립이차방정식"],
                   check=lambda: sorted(s_[x] for s_ in sp.solve([x + y - (a_ + b_), x**2 + y**2 - a_ * a_ - b_ * b_], [x, y], dict=True)) == sorted([a_, b_]))


@family("10공수1-02-08", "system-param-one-solution")
def _s8_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.choice([1, 2, -1, -2])
    R = rng.choice([1, 2, 4, 5])
    # y = m x + k and x^2 + y^2 = R? keep with y = x^2 style: x^2 - y = 0 ... use y = x^2 + c and y = m x + k: one solution
    c0 = rng.randint(-3, 3)
    kv = sp.solve(sp.discriminant(x**2 + c0 - (m * x + k), x), k)[0]
    sys_ = f"{_w(f'y = {_mini(m * x)} + k', st)}\n{_w('y = ' + _mini(x**2 + c0), st)}"
    text = rng.choice([f"연립방정식\n{sys_}\n이 오직 한 쌍의 해를 갖도록 하는 실수 k의 값을 {_end(rng)}",
                       f"다음 연립방정식의 해가 한 쌍뿐일 때, 상수 k의 값을 {_end(rng)}\n{sys_}"])
    _ = R
    return Problem(text=text, answer=_frs(Fraction(str(kv))), format="computation", difficulty=4, achievement_level="B",
                   concepts=["연립이차방정식", "판별식"], check=lambda: sp.discriminant(x**2 + c0 - (m * x + kv), x) == 0)


@family("10공수1-02-08", "count-solutions-mcq")
def _s8_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    u, v = rng.sample(range(1, 8), 2)
    s, p = u + v, u * v
    sys_ = f"{_w(f'x + y = {s}', st)}, {_w(f'xy = {p}', st)}"
    val = u * u + v * v
    ch = choices(rng, str(val), [str(s * s), str(s * s + 2 * p), str(val + 2), str(val - 2), str(2 * p), str(s + p)], sort_key=lambda t: int(t))
    stem = f"연립방정식 {sys_}의 해를 x = α, y = β라 할 때, α² + β²의 값은?"
    if st == "latex":
        stem = stem.replace("α² + β²", "$\\alpha^2+\\beta^2$").replace("x = α, y = β", "$x=\\alpha$, $y=\\beta$")
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["연립이차방정식"], choice=ch, check=lambda: s * s - 2 * p == val)


@family("10공수1-02-08", "number-digits-word")
def _s8_digits(rng: random.Random) -> Problem:
    t, u = rng.randint(1, 9), rng.randint(1, 9)
    while t == u:
        u = rng.randint(1, 9)
    n = 10 * t + u
    sq = t * t + u * u
    rev = 10 * u + t
    text = rng.choice([
        f"두 자리 자연수가 있다. 각 자리의 숫자의 제곱의 합은 {sq}이고, 십의 자리 숫자와 일의 자리 숫자를 바꾼 수는 처음 수보다 {rev - n}만큼 {'크다' if rev > n else '작다'}. 처음 수를 구하시오.".replace(f"{rev - n}만큼 작다", f"{n - rev}만큼 작다"),
    ])
    def chk() -> bool:
        ok = [10 * a1 + b1 for a1 in range(1, 10) for b1 in range(0, 10) if a1 * a1 + b1 * b1 == sq and (10 * b1 + a1) - (10 * a1 + b1) == rev - n]
        return ok == [n]
    return Problem(text=text, answer=str(n), format="word", difficulty=4, achievement_level="B",
                   concepts=["연립이차방정식"], check=chk)
