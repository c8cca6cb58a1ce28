"""Generators for 9수02 (변화와 관계, 중학교), part A: 9수02-01 … 9수02-10.

Part B (``g9su02b.py``) holds 9수02-11 … 9수02-22 and imports the private helpers below.

Private helpers (module-local, prefixed ``_``):

* ``_r(s, style)`` renders a small ASCII math notation in the chosen style:
  ``^2`` exponent, ``*`` ×, ``:`` ÷, ``[p|q]`` fraction, ``<=``/``>=``/``!=``, ``{ }`` braces,
  ``√5`` / ``√(…)`` roots.  LaTeX comes back wrapped in ``$…$``.
* ``_e(expr, style)`` renders a sympy expression through the same notation.
* ``_P(s)`` parses that notation back into sympy (used by ``check`` functions).
"""

from __future__ import annotations

import itertools
import random
import re
from fractions import Fraction

import sympy as sp
from sympy.parsing.sympy_parser import (
    convert_xor,
    implicit_multiplication_application,
    parse_expr,
    rationalize,
    standard_transformations,
)

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.korean import josa, name, names
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import pick_style

x, y, a, b = sp.symbols("x y a b")
_SUP = str.maketrans("0123456789n", "⁰¹²³⁴⁵⁶⁷⁸⁹ⁿ")
_FRAC = re.compile(r"\[([^\[\]|]+)\|([^\[\]|]+)\]")


# -- notation ------------------------------------------------------------------------------------
def _needs_paren(t: str) -> bool:
    t = t.strip()
    return bool(re.search(r"[+\-−]", t[1:])) or " " in t


def _r(s: str, st: str) -> str:
    """Render the mini notation ``s`` in style ``st`` (latex / unicode / plain)."""
    if st == "latex":
        t = s.replace("{", "\\{").replace("}", "\\}")
        t = re.sub(r"\^(\d+|[a-z])", r"^{\1}", t)
        while _FRAC.search(t):
            t = _FRAC.sub(lambda m: f"\\frac{{{m.group(1).strip()}}}{{{m.group(2).strip()}}}", t)
        t = re.sub(r"√\(([^()]+)\)", r"\\sqrt{\1}", t)
        t = re.sub(r"√(\w+)", r"\\sqrt{\1}", t)
        t = t.replace("<=", " \\le ").replace(">=", " \\ge ").replace("!=", " \\ne ")
        t = t.replace("*", " \\times ").replace(":", " \\div ")
        t = re.sub(r"  +", " ", t)
        return f"${t.strip()}$"

    def fr(m: re.Match[str]) -> str:
        p, q = m.group(1).strip(), m.group(2).strip()
        p = f"({p})" if _needs_paren(p) else p
        q = q if (q.isdigit() or re.fullmatch(r"[a-z](\^\d+)?", q)) else f"({q})"
        return f"{p}/{q}"

    t = s
    while _FRAC.search(t):
        t = _FRAC.sub(fr, t)
    t = t.replace("*", "×").replace(":", "÷")
    if st == "unicode":
        t = re.sub(r"\^(\d+|n)", lambda m: m.group(1).translate(_SUP), t)
        t = t.replace("<=", "≤").replace(">=", "≥").replace("!=", "≠").replace("-", "−")
    return t


def _mini(expr: sp.Basic | int) -> str:
    """A sympy expression in the mini notation (implicit products, ``^``, ``[p|q]``)."""
    s = sp.sstr(sp.sympify(expr), order="lex")
    s = re.sub(r"sqrt\((\d+)\)", r"√\1", s)
    s = re.sub(r"sqrt\(([^()]+)\)", r"√(\1)", s)
    s = s.replace("**", "^")
    s = re.sub(r"(?<=[\w)^])\*(?=[a-zA-Z(√])", "", s)
    s = re.sub(r"(?<=[a-zA-Z)])\*(?=[a-zA-Z(])", "", s)
    s = re.sub(r"([\w^√]+)/(\d+)", r"[\1|\2]", s)
    return s


def _e(expr: sp.Basic | int, st: str) -> str:
    return _r(_mini(expr), st)


def _plain(expr: sp.Basic | int) -> str:
    """Answer text: plain notation."""
    return _r(_mini(expr), "plain")


_TRANS = (*standard_transformations, implicit_multiplication_application, convert_xor, rationalize)


def _P(s: str) -> sp.Expr:
    """Parse mini / plain / unicode notation back into sympy."""
    t = s.replace("−", "-").replace("×", "*").replace("÷", ":")
    t = re.sub(r":\s*([0-9a-z^.]+)", r"/(\1)", t).replace(":", "/")
    t = t.replace("{", "(").replace("}", ")").replace("$", "")
    t = re.sub(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]+)", lambda m: "^" + m.group(1).translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")), t)
    while _FRAC.search(t):
        t = _FRAC.sub(r"((\1)/(\2))", t)
    t = re.sub(r"√(\d+)", r"sqrt(\1)", t).replace("√(", "sqrt(")
    return parse_expr(t, transformations=_TRANS, local_dict={"x": x, "y": y, "a": a, "b": b})


def _j(w: str, pair: str) -> str:
    """``josa`` that reads rendered math the way Korean speakers do (x² → 제곱, 2/3 → 3분의 2)."""
    core = w.rstrip(" $")
    if re.search(r"(\^\{?\w+\}?|[⁰¹²³⁴⁵⁶⁷⁸⁹ⁿ])\)?$", core):
        proxy = "곱"
    elif (m := re.search(r"\\frac\{([^{}]*)\}\{[^{}]*\}$", core)) or (m := re.search(r"(\([^()]*\)|\w+)/\(?\w+\)?$", core)):
        proxy = m.group(1)
    else:
        proxy = core
    return w + josa(proxy, pair)[len(proxy):]


def _eq(lhs: str, rhs: str, st: str) -> str:
    """An equation (or inequality with op) in one math span."""
    return _r(f"{lhs} = {rhs}", st)


def _lin(p: int | Fraction, q: int | Fraction, v: str = "x") -> str:
    """``p·v + q`` in the mini notation, e.g. ``3x - 2``, ``-x``, ``[1|2]x + 3``."""
    def co(c: int | Fraction) -> str:
        c = Fraction(c)
        if c == 1:
            return ""
        if c == -1:
            return "-"
        if c.denominator == 1:
            return str(c.numerator)
        sgn = "-" if c < 0 else ""
        return f"{sgn}[{abs(c.numerator)}|{c.denominator}]"

    def cn(c: int | Fraction) -> str:
        c = Fraction(c)
        return str(c.numerator) if c.denominator == 1 else f"[{c.numerator}|{c.denominator}]"

    parts = ""
    if p != 0:
        parts = f"{co(p)}{v}"
    if q != 0:
        if not parts:
            return cn(q) if q > 0 else "-" + cn(-q)
        parts += f" + {cn(q)}" if q > 0 else f" - {cn(-q)}"
    return parts or "0"


def _sgn(n: int | Fraction) -> str:
    """A number as it appears after another term: ``+ 3`` / ``- 3``."""
    return f"+ {n}" if n >= 0 else f"- {-n}"


def _par(n: int) -> str:
    """Wrap negative numbers in parentheses for substitution: ``(-3)``."""
    return f"({n})" if n < 0 else str(n)


def _nz(rng: random.Random, lo: int, hi: int, exclude: tuple[int, ...] = (0,)) -> int:
    return rng.choice([k for k in range(lo, hi + 1) if k not in exclude])


def _end(rng: random.Random, what: str = "구") -> str:
    """Question endings for '구하다' (default) and '쓰다'."""
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보세요."])
    if what == "나타내":
        return rng.choice(["나타내시오.", "나타내세요.", "나타내어라.", "나타내 보시오."])
    if what == "고르":
        return rng.choice(["고르시오.", "고르세요.", "골라라.", "고른 것은?"])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보세요."])


def _frac_str(f: Fraction | int | sp.Rational) -> str:
    f = sp.Rational(f)
    return str(f.p) if f.q == 1 else f"{f.p}/{f.q}"


def _won(n: int) -> str:
    return f"{n:,}"


def _mcq_text(stem: str, ch) -> str:
    return f"{stem}\n{ch.block}"


# ================================================================================================
# 9수02-01 문자를 사용한 식, 식의 값
# ================================================================================================
@family("9수02-01", "omit-mult-div-signs")
def _f01_omit(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(2, 9)
    c = _nz(rng, -5, 5, (0, 1, -1))
    form = rng.randrange(4)
    if form == 0:
        src, ans = f"a * {k} * b", f"{k}ab"
    elif form == 1:
        src, ans = f"x * y * {_par(c)} * x", f"{c}x^2y"
    elif form == 2:
        src, ans = f"a : {k} * b", f"[ab|{k}]"
    else:
        src, ans = f"x * {k} - y : {abs(c)}", f"{k}x - [y|{abs(c)}]"
    text = rng.choice([
        f"다음 식을 곱셈 기호 ×와 나눗셈 기호 ÷를 생략하여 {_end(rng, '나타내')}\n{_r(src, st)}",
        f"{_j(_r(src, st), '을/를')} 기호 ×, ÷를 생략한 식으로 {_end(rng, '나타내')}",
        f"곱셈 기호와 나눗셈 기호를 쓰지 않고 간단히 {_end(rng, '나타내')} {_r(src, st)}",
    ])
    src_e, ans_e = _P(src.replace(":", "/")), _P(ans)
    return Problem(text=text, answer=_r(ans, "plain"), format="computation", difficulty=1 if form == 0 else 2,
                   achievement_level="E" if form == 0 else "D", concepts=["문자를 사용한 식", "곱셈 기호의 생략"],
                   check=lambda: sp.simplify(src_e - ans_e) == 0)


_ITEMS01 = [("공책", "권"), ("볼펜", "자루"), ("음료수", "병"), ("빵", "개"), ("입장권", "장"), ("아이스크림", "개"),
            ("지우개", "개"), ("우유", "팩")]


@family("9수02-01", "express-price-change")
def _f01_price(rng: random.Random) -> Problem:
    pick_style(rng)
    who = name(rng)
    (o1, u1), (o2, u2) = rng.sample(_ITEMS01, 2)
    n1, n2 = rng.randint(2, 6), rng.randint(2, 5)
    pay = rng.choice([5000, 10000, 20000, 50000])
    form = rng.randrange(3)
    if form == 0:
        text = (f"{josa(who, '이/가')} 한 {u1}에 a원인 {josa(o1, '을/를')} {n1}{u1} 사고 {_won(pay)}원을 냈을 때, "
                f"받아야 할 거스름돈을 a를 사용한 식으로 {_end(rng, '나타내')}")
        ans = f"{pay} - {n1}a"
        expr = pay - n1 * a
    elif form == 1:
        text = rng.choice([
            f"한 {u1}에 a원인 {o1} {josa(f'{n1}{u1}', '과/와')} 한 {u2}에 b원인 {o2} {n2}{u2}의 값을 모두 더한 금액을 식으로 {_end(rng, '나타내')}",
            f"{josa(who, '은/는')} 한 {u1}에 a원인 {o1} {josa(f'{n1}{u1}', '과/와')} 한 {u2}에 b원인 {o2} {josa(f'{n2}{u2}', '을/를')} 샀습니다. 내야 할 돈은 모두 얼마인지 문자를 사용한 식으로 {_end(rng, '나타내')}",
        ])
        ans = f"{n1}a + {n2}b"
        expr = n1 * a + n2 * b
    else:
        text = (f"정가가 x원인 {josa(o1, '을/를')} {n1}{u1} 사면 한 {u1}마다 {rng.choice([100, 200, 300, 500])}원씩 "
                f"할인해 준다고 합니다. {josa(f'{n1}{u1}', '을/를')} 살 때 내야 할 금액을 x를 사용한 식으로 {_end(rng, '나타내')}")
        disc = int(re.search(r"(\d+)원씩", text).group(1))
        ans = f"{n1}x - {n1 * disc}"
        expr = n1 * x - n1 * disc
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["문자를 사용한 식"], check=lambda: sp.expand(_P(ans) - expr) == 0)


@family("9수02-01", "express-geometry")
def _f01_geo(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.randrange(4)
    if form == 0:
        text = rng.choice([
            f"가로의 길이가 a cm, 세로의 길이가 b cm인 직사각형의 둘레의 길이를 a, b를 사용한 식으로 {_end(rng, '나타내')}",
            "직사각형 모양의 액자가 있습니다. 가로는 a cm, 세로는 b cm일 때 액자의 둘레의 길이는 몇 cm인지 식으로 나타내세요.",
        ])
        ans, expr = "2a + 2b", 2 * a + 2 * b
        lv, d = "D", 2
    elif form == 1:
        k = rng.randint(2, 6)
        text = (f"밑변의 길이가 x cm이고 높이가 밑변의 길이보다 {k} cm 짧은 삼각형이 있다. 이 삼각형의 넓이를 "
                f"x를 사용한 식으로 {_end(rng, '나타내')} (단, {_r(f'x > {k}', st)})")
        ans, expr = f"[x(x - {k})|2]", x * (x - k) / 2
        lv, d = "C", 3
    elif form == 2:
        text = rng.choice([
            f"한 변의 길이가 a cm인 정육각형의 둘레의 길이를 식으로 {_end(rng, '나타내')}",
            f"철사를 구부려 한 변의 길이가 a cm인 정육각형을 만들었다. 사용한 철사의 길이를 a를 사용한 식으로 {_end(rng, '나타내')}",
        ])
        ans, expr = "6a", 6 * a
        lv, d = "E", 1
    else:
        h = rng.randint(3, 9)
        text = (f"윗변의 길이가 a cm, 아랫변의 길이가 b cm, 높이가 {h} cm인 사다리꼴의 넓이를 "
                f"a, b를 사용한 식으로 {_end(rng, '나타내')}")
        ans, expr = f"[{h}(a + b)|2]", sp.Rational(h, 2) * (a + b)
        lv, d = "C", 2
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lv,
                   concepts=["문자를 사용한 식"], check=lambda: sp.expand(_P(ans) - expr) == 0)


@family("9수02-01", "express-speed-distance")
def _f01_speed(rng: random.Random) -> Problem:
    total = rng.choice([20, 30, 40, 50, 60, 100])
    who = name(rng)
    vehicle, unit = rng.choice([("자전거", "km"), ("자동차", "km"), ("걸어서", "km")])
    form = rng.randrange(3)
    if form == 0:
        text = rng.choice([
            f"{josa(who, '이/가')} 시속 x km로 t시간 동안 이동한 거리를 식으로 {_end(rng, '나타내')}",
            f"시속 x km의 일정한 속력으로 {vehicle} 이동할 때, t시간 동안 간 거리는 몇 km인지 문자를 사용한 식으로 {_end(rng, '나타내')}".replace("걸어서 이동할", "걸어갈"),
        ])
        ans, expr = "xt", x * sp.Symbol("t")
        lv = "E"
    elif form == 1:
        text = (f"{total} {unit} 떨어진 곳을 향해 시속 a km로 2시간 동안 갔을 때, 남은 거리를 a를 사용한 식으로 "
                f"{_end(rng, '나타내')}")
        ans, expr = f"{total} - 2a", total - 2 * a
        lv = "D"
    else:
        text = rng.choice([
            f"{total} km의 거리를 시속 x km로 갈 때 걸리는 시간을 x를 사용한 식으로 {_end(rng, '나타내')}",
            f"{josa(who, '이/가')} 집에서 {total} km 떨어진 할머니 댁까지 시속 x km로 간다면 몇 시간이 걸리는지 식으로 {_end(rng, '나타내')}",
        ])
        ans, expr = f"[{total}|x]", sp.Integer(total) / x
        lv = "C"
    t = sp.Symbol("t")
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level=lv,
                   concepts=["문자를 사용한 식"],
                   check=lambda: sp.simplify(_P(ans).subs(sp.Symbol("t"), t) - expr) == 0)


@family("9수02-01", "express-percent-concentration")
def _f01_percent(rng: random.Random) -> Problem:
    form = rng.randrange(3)
    if form == 0:
        p = rng.choice([10, 20, 25, 30, 40])
        obj = rng.choice(["티셔츠", "운동화", "가방", "모자", "필통"])
        text = rng.choice([
            f"정가가 x원인 {josa(obj, '을/를')} {p}% 할인하여 판매할 때, 판매 가격을 x를 사용한 식으로 {_end(rng, '나타내')}",
            f"어느 가게에서 x원짜리 {josa(obj, '을/를')} {p}% 싸게 판다. 이 {obj}의 판매 가격을 식으로 {_end(rng, '나타내')}",
        ])
        expr = x * sp.Rational(100 - p, 100)
        lv, d = "C", 3
    elif form == 1:
        g = rng.choice([100, 200, 300, 400, 500])
        text = rng.choice([
            f"농도가 a %인 소금물 {g} g에 들어 있는 소금의 양을 a를 사용한 식으로 {_end(rng, '나타내')}",
            f"a %의 설탕물 {g} g 속에 녹아 있는 설탕은 몇 g인지 식으로 {_end(rng, '나타내')}",
        ])
        expr = a * sp.Rational(g, 100)
        lv, d = "C", 3
    else:
        n = rng.choice([20, 25, 30, 32, 35])
        text = rng.choice([
            f"학생 {n}명 중 x %가 안경을 썼을 때, 안경을 쓴 학생 수를 x를 사용한 식으로 {_end(rng, '나타내')}",
            f"어느 반 학생 {n}명 가운데 x %가 자전거로 등교한다. 자전거로 등교하는 학생은 몇 명인지 식으로 {_end(rng, '나타내')}",
        ])
        expr = x * sp.Rational(n, 100)
        lv, d = "D", 2
    ans = _plain(expr)
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lv,
                   concepts=["문자를 사용한 식"], check=lambda: sp.simplify(_P(ans) - expr) == 0)


@family("9수02-01", "value-one-variable")
def _f01_value(rng: random.Random) -> Problem:
    st = pick_style(rng)
    v = _nz(rng, -4, 4)
    form = rng.randrange(3)
    if form == 0:
        p, q = _nz(rng, -6, 6), _nz(rng, -9, 9)
        e = p * x + q
    elif form == 1:
        p, q = _nz(rng, -3, 3), _nz(rng, -5, 5)
        e = p * x**2 + q * x
    else:
        p = _nz(rng, -4, 4)
        q = rng.randint(1, 9)
        e = x**2 - p * x + q
    val = e.subs(x, v)
    es = _e(e, st)
    xs = _r(f"x = {v}", st)
    text = rng.choice([
        f"{xs}일 때, {es}의 값을 {_end(rng)}",
        f"{es}에 {josa(xs, '을/를')} 대입하여 식의 값을 {_end(rng)}",
        f"x의 값이 {v}일 때 식 {es}의 값은 얼마인가?",
        f"다음 식에 {josa(xs, '을/를')} 대입하여 식의 값을 {_end(rng)}\n{es}",
    ])
    return Problem(text=text, answer=str(val), format="computation", difficulty=2 if form < 2 else 3,
                   achievement_level="E" if form == 0 else "D", concepts=["대입", "식의 값"],
                   check=lambda: sp.sympify(e).subs(x, v) == val)


@family("9수02-01", "value-two-variables-fill")
def _f01_value2(rng: random.Random) -> Problem:
    st = pick_style(rng)
    av, bv = _nz(rng, -4, 4), _nz(rng, -4, 4)
    p, q = _nz(rng, -5, 5), _nz(rng, -5, 5)
    form = rng.randrange(3)
    if form == 0:
        s = f"{_lin(p, 0, 'a')} {'-' if q < 0 else '+'} {_lin(abs(q), 0, 'b')}"
    elif form == 1:
        s = f"a^2 - {abs(p)}ab" if p != 0 else "a^2 - ab"
    else:
        if av == 0:
            av = 2
        s = f"[{abs(q) * 2}|a] + b^2"
    e = _P(s)
    val = e.subs({a: av, b: bv})
    val_s = _frac_str(val) if not val.is_integer else str(val)
    sub = f"a = {av}, b = {bv}"
    sub = _r(sub, st) if st == "latex" else sub
    text = rng.choice([
        f"{sub}일 때, 다음 식의 값을 {_end(rng)}\n{_r(s, st)}",
        f"{sub}일 때, {_r(s, st)}의 값은 □이다. □ 안에 알맞은 수를 {_end(rng, '쓰')}",
        f"{josa(sub, '을/를')} 식 {_r(s, st)}에 대입하면 식의 값은 (   )입니다. (   ) 안에 알맞은 수를 써넣으세요.",
    ])
    fmt = "computation" if text.count("□") + text.count("(   )") == 0 else "fill"
    return Problem(text=text, answer=val_s, format=fmt, difficulty=2 + (form > 0), achievement_level="D" if form == 0 else "C",
                   concepts=["대입", "식의 값"], check=lambda: sp.Rational(val_s) == e.subs({a: av, b: bv}))


@family("9수02-01", "value-formula-context")
def _f01_formula(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.randrange(4)
    if form == 0:
        c = rng.choice([10, 15, 20, 25, 30, 35])
        text = (f"섭씨온도 x °C를 화씨온도로 바꾸면 {_r('([9|5]x + 32)', st)} °F이다. 섭씨 {c} °C는 화씨 몇 °F인지 {_end(rng)}")
        val = sp.Rational(9, 5) * c + 32
        unit = "°F"
    elif form == 1:
        h = rng.choice([1, 2, 3, 4])
        t0 = rng.choice([20, 24, 25, 28, 30])
        text = (f"지면의 기온이 {t0} °C일 때, 지면으로부터 높이가 x km인 곳의 기온은 {_r(f'({t0} - 6x)', st)} °C라고 한다. "
                f"높이가 {h} km인 곳의 기온을 {_end(rng)}")
        val = sp.Integer(t0 - 6 * h)
        unit = "°C"
    elif form == 2:
        n = rng.randint(5, 15)
        base = rng.choice([3000, 3300, 3800, 4800])
        step = rng.choice([100, 150, 200])
        text = (f"어느 도시의 택시 요금은 기본요금 {_won(base)}원에 기본 거리를 넘어서 달린 거리 100 m마다 {step}원씩 더해진다. "
                f"기본 거리를 넘어 달린 거리가 100 m의 n배일 때 요금은 {_r(f'({base} + {step}n)', st)}원이다. n = {n}일 때 요금은 얼마인가?")
        val = sp.Integer(base + step * n)
        unit = "원"
    else:
        t = rng.randint(1, 3)
        v0 = rng.choice([20, 25, 30, 35])
        text = (f"지면에서 초속 {v0} m로 똑바로 위로 던진 공의 t초 후의 높이는 {_r(f'({v0}t - 5t^2)', st)} m이다. "
                f"공을 던진 지 {t}초 후의 높이는 몇 m인지 {_end(rng)}")
        val = sp.Integer(v0 * t - 5 * t * t)
        unit = "m"
    ans = f"{_frac_str(val)} {unit}" if unit != "원" else f"{_won(int(val))}원"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["대입", "식의 값"], check=lambda: ans.replace(",", "").split()[0].rstrip("원") == _frac_str(val).replace(",", ""))


@family("9수02-01", "mcq-correct-notation")
def _f01_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(2, 7)
    pool_ok = [
        (f"a * {k}", f"{k}a"), ("x * x * y", "x^2y"), (f"a : {k}", f"[a|{k}]"), ("(-1) * x", "-x"),
        ("0.1 * a", "0.1a"), (f"x : y * {k}", f"[{k}x|y]"),
    ]
    pool_bad = [
        (f"a * {k}", f"a{k}"), ("x * x * y", "2xy"), (f"a : {k}", f"[{k}|a]"), ("(-1) * x", "-1x"),
        ("0.1 * a", "0.a"), (f"x : y * {k}", f"[x|{k}y]"), ("1 * a", "1a"), ("b * a * 3", "ba3"),
        (f"a : b : {k}", f"[{k}a|b]"),
    ]
    ask_wrong = rng.random() < 0.5
    if ask_wrong:
        c = rng.choice(pool_bad)
        wrong = [p for p in pool_ok if p[0] != c[0]]
        rng.shuffle(wrong)
        stem = rng.choice(["다음 중 기호 ×, ÷를 생략하여 나타낸 것으로 옳지 않은 것은?",
                           "곱셈 기호와 나눗셈 기호를 생략하여 나타낸 것 중 잘못된 것을 고르면?"])
    else:
        c = rng.choice(pool_ok)
        wrong = [p for p in pool_bad if p[0] != c[0]]
        rng.shuffle(wrong)
        stem = rng.choice(["다음 중 기호 ×, ÷를 생략하여 바르게 나타낸 것은?",
                           "다음 중 식을 바르게 나타낸 것을 고르시오."])

    def show(p: tuple[str, str]) -> str:
        if st == "latex":
            return _r(f"{p[0]} = {p[1]}", st)
        return f"{_r(p[0], st)} = {_r(p[1], st)}"

    correct = show(c)
    ch = choices(rng, correct, [show(p) for p in wrong[:4]])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["문자를 사용한 식", "곱셈 기호의 생략"], choice=ch,
                   check=lambda: all(sp.simplify(_P(o) - _P(s)) == 0 for o, s in pool_ok)
                   and ((c in pool_bad) == ask_wrong) and ((c in pool_ok) != ask_wrong))


# ================================================================================================
# 9수02-02 일차식의 덧셈과 뺄셈
# ================================================================================================
def _lin_ans(e: sp.Expr) -> str:
    return _plain(sp.expand(e))


@family("9수02-02", "combine-like-terms")
def _f02_like(rng: random.Random) -> Problem:
    st = pick_style(rng)
    v = rng.choice(["x", "x", "a", "y"])
    c1, c2 = _nz(rng, -9, 9), _nz(rng, -9, 9)
    k1, k2 = _nz(rng, -9, 9), _nz(rng, -9, 9)
    s = f"{_lin(c1, k1, v)} {'+' if c2 > 0 else '-'} {abs(c2) if abs(c2) != 1 else ''}{v} {_sgn(k2)}"
    e = _P(s)
    text = rng.choice([
        f"다음 식을 간단히 {_end(rng, '하')}\n{_r(s, st)}" if False else f"다음 식을 간단히 하시오.\n{_r(s, st)}",
        f"{_j(_r(s, st), '을/를')} 계산하세요.",
        f"동류항끼리 모아서 {_j(_r(s, st), '을/를')} 간단히 나타내어라.",
        f"{_j(_r(s, st), '을/를')} 간단히 한 식을 쓰시오.",
    ])
    ans = _lin_ans(e)
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["동류항", "일차식"], check=lambda: sp.expand(_P(ans) - (c1 + c2) * sp.Symbol(v) - k1 - k2) == 0)


@family("9수02-02", "distribute-and-combine")
def _f02_dist(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = _nz(rng, 2, 6), _nz(rng, -6, 6, (0, 1))
    a1, b1 = _nz(rng, -5, 5), _nz(rng, -7, 7)
    a2, b2 = _nz(rng, -5, 5), _nz(rng, -7, 7)
    sign = "+" if q > 0 else "-"
    s = f"{p}({_lin(a1, b1)}) {sign} {abs(q)}({_lin(a2, b2)})"
    e = p * (a1 * x + b1) + q * (a2 * x + b2)
    text = rng.choice([
        f"다음을 계산하시오.\n{_r(s, st)}",
        f"{_j(_r(s, st), '을/를')} 간단히 하세요.",
        f"분배법칙을 이용하여 {_j(_r(s, st), '을/를')} 계산하면?",
        f"다음 식을 계산하여 ax + b 꼴로 나타내시오.\n{_r(s, st)}",
    ])
    ans = _lin_ans(e)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["일차식", "분배법칙", "동류항"], check=lambda: sp.expand(_P(ans) - _P(s)) == 0)


@family("9수02-02", "fraction-coefficients")
def _f02_frac(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.sample([2, 3, 4, 5, 6], 2)
    a1, b1 = _nz(rng, 1, 5), _nz(rng, -5, 5)
    a2, b2 = _nz(rng, 1, 5), _nz(rng, -5, 5)
    op = rng.choice(["+", "-"])
    s = f"[{_lin(a1, b1)}|{m}] {op} [{_lin(a2, b2)}|{n}]"
    e = (a1 * x + b1) / sp.Integer(m) + (1 if op == "+" else -1) * (a2 * x + b2) / sp.Integer(n)
    text = rng.choice([
        f"다음 식을 계산하시오.\n{_r(s, st)}",
        f"{_j(_r(s, st), '을/를')} 간단히 하면 ax + b일 때, 상수 a, b의 값을 각각 구하시오.",
        f"통분하여 {_j(_r(s, st), '을/를')} 계산하세요.",
    ])
    e = sp.expand(e)
    ca, cb = e.coeff(x, 1), e.coeff(x, 0)
    ans = f"a = {_frac_str(ca)}, b = {_frac_str(cb)}" if "상수 a, b" in text else _lin_ans(e)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["일차식", "동류항"],
                   check=lambda: sp.expand(_P(s) - ca * x - cb) == 0)


@family("9수02-02", "like-terms-mcq")
def _f02_liketerms(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k1, k2 = rng.sample([2, 3, 4, 5, 7, -2, -3, -5], 2)
    good = [(f"{k1}x", f"{k2}x"), (f"{k1}a", f"-[a|{abs(k2)}]"), ("7", f"{k1}"), (f"{k1}xy", f"{k2}yx"),
            ("x^2", f"{k2}x^2"), ("-b", f"{k2}b")]
    bad = [(f"{k1}x", f"{k1}y"), (f"{k1}x", f"{k2}x^2"), ("a^2", "2a"), (f"{k1}", f"{k1}a"), ("xy", "x"),
           (f"[{abs(k1)}|x]", f"{k2}x"), (f"{k1}a", f"{k1}b"), ("x^2", "y^2")]
    ask_pair = rng.random() < 0.6
    if ask_pair:
        c = rng.choice(good)
        wrong = rng.sample(bad, 4)
        stem = rng.choice(["다음 중 동류항끼리 짝 지어진 것은?", "다음 두 항이 서로 동류항인 것을 고르시오."])
    else:
        c = rng.choice(bad)
        wrong = rng.sample([g for g in good if g[0] != c[0] or g[1] != c[1]], 4)
        stem = rng.choice(["다음 중 동류항끼리 짝 지어진 것이 아닌 것은?", "다음 중 두 항이 동류항이 아닌 것은?"])

    def show(pr: tuple[str, str]) -> str:
        return f"{_r(pr[0], st)}, {_r(pr[1], st)}"

    def same_kind(pr: tuple[str, str]) -> bool:
        t1, t2 = _P(pr[0]), _P(pr[1])
        return sp.simplify(t1 / t2).is_number

    ch = choices(rng, show(c), [show(w) for w in wrong])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["동류항", "항", "계수"], choice=ch,
                   check=lambda: same_kind(c) == ask_pair and all(same_kind(w) != ask_pair for w in wrong))


@family("9수02-02", "coefficient-sum-fill")
def _f02_coef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = _nz(rng, -4, 4, (0, 1)), _nz(rng, -4, 4, (0,))
    a1, b1 = _nz(rng, -6, 6), _nz(rng, -8, 8)
    a2, b2 = _nz(rng, -6, 6), _nz(rng, -8, 8)
    s = f"{_par(p) if p < 0 else p}({_lin(a1, b1)}) {'+' if q > 0 else '-'} {abs(q) if abs(q) != 1 else ''}({_lin(a2, b2)})"
    s = s.replace(f"({p})(", f"{p}(")
    e = sp.expand(_P(s))
    ca, cb = e.coeff(x, 1), e.coeff(x, 0)
    want = rng.choice(["sum", "prod", "diff"]) if abs(ca * cb) <= 120 else rng.choice(["sum", "diff"])
    val = {"sum": ca + cb, "prod": ca * cb, "diff": ca - cb}[want]
    wtxt = {"sum": "a + b", "prod": "ab", "diff": "a - b"}[want]
    text = rng.choice([
        f"{_j(_r(s, st), '을/를')} 간단히 하였더니 {_j(_r('ax + b', st), '이/가')} 되었다. 이때 {_r(wtxt, st)}의 값은 □이다. □ 안에 알맞은 수를 쓰시오.",
        f"식 {_j(_r(s, st), '을/를')} 계산한 결과에서 x의 계수를 a, 상수항을 b라 할 때, {_r(wtxt, st)}의 값을 구하여 (   ) 안에 써넣으세요.",
    ])
    return Problem(text=text, answer=str(val), format="fill", difficulty=3, achievement_level="C",
                   concepts=["일차식", "계수", "상수항"],
                   check=lambda: val == {"sum": ca + cb, "prod": ca * cb, "diff": ca - cb}[want]
                   and sp.expand(_P(s) - (ca * x + cb)) == 0)


@family("9수02-02", "wrong-operation")
def _f02_wrong(rng: random.Random) -> Problem:
    st = pick_style(rng)
    who = name(rng)
    A = _nz(rng, -6, 6) * x + _nz(rng, -9, 9)
    R = _nz(rng, -6, 6) * x + _nz(rng, -9, 9)
    mistake = rng.choice(["add-for-sub", "sub-for-add"])
    if mistake == "add-for-sub":
        # intended P - R, computed P + R = W
        W = A
        P_ = W - R
        correct = P_ - R
        text = rng.choice([
            f"어떤 일차식에서 {_j(_e(R, st), '을/를')} 빼야 할 것을 잘못하여 더했더니 {_j(_e(W, st), '이/가')} 되었다. 바르게 계산한 식을 {_end(rng)}",
            f"{josa(who, '은/는')} 어떤 식에서 {_j(_e(R, st), '을/를')} 빼야 하는데 실수로 더하여 {_j(_e(W, st), '을/를')} 답으로 얻었습니다. 바르게 계산한 결과는 무엇입니까?",
        ])
    else:
        W = A
        P_ = W + R
        correct = P_ + R
        text = rng.choice([
            f"어떤 일차식에 {_j(_e(R, st), '을/를')} 더해야 할 것을 잘못하여 뺐더니 {_j(_e(W, st), '이/가')} 되었다. 바르게 계산한 식을 {_end(rng)}",
            f"{josa(who, '이/가')} 어떤 식에 {_j(_e(R, st), '을/를')} 더해야 할 것을 빼서 {_j(_e(W, st), '을/를')} 얻었다. 옳게 계산하면 어떤 식이 되는지 {_end(rng)}",
        ])
    ans = _lin_ans(correct)
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["일차식", "동류항"],
                   check=lambda: sp.expand(_P(ans) - (W + 2 * R if mistake == "sub-for-add" else W - 2 * R)) == 0)


@family("9수02-02", "perimeter-linear")
def _f02_perim(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.randrange(3)
    if form == 0:
        a1, b1 = rng.randint(2, 5), rng.randint(1, 6)
        a2, b2 = rng.randint(1, 4), -rng.randint(1, 3)
        text = rng.choice([
            f"가로의 길이가 {_r(f'({_lin(a1, b1)})', st)} cm, 세로의 길이가 {_r(f'({_lin(a2, b2)})', st)} cm인 직사각형의 둘레의 길이를 x를 사용한 식으로 {_end(rng, '나타내')}",
            f"직사각형 모양의 꽃밭의 가로가 {_r(f'({_lin(a1, b1)})', st)} m, 세로가 {_r(f'({_lin(a2, b2)})', st)} m이다. 꽃밭의 둘레의 길이를 간단히 한 식으로 {_end(rng, '나타내')}",
        ])
        e = 2 * (a1 * x + b1) + 2 * (a2 * x + b2)
    elif form == 1:
        sides = [(rng.randint(1, 4), rng.randint(-3, 5)) for _ in range(3)]
        txt = ", ".join(_r(_lin(p, q), st) for p, q in sides)
        text = f"세 변의 길이가 각각 {txt}인 삼각형의 둘레의 길이를 식으로 간단히 {_end(rng, '나타내')}"
        e = sum(p * x + q for p, q in sides)
    else:
        p, q = rng.randint(2, 5), rng.randint(1, 7)
        k = rng.choice([4, 5, 6, 8])
        shape = {4: "정사각형", 5: "정오각형", 6: "정육각형", 8: "정팔각형"}[k]
        text = f"한 변의 길이가 {_r(f'({_lin(p, q)})', st)} cm인 {shape}의 둘레의 길이를 {_end(rng)}"
        e = k * (p * x + q)
    ans = _lin_ans(e)
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["일차식", "동류항"], check=lambda: sp.expand(_P(ans) - e) == 0)


@family("9수02-02", "nested-brackets")
def _f02_nested(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randint(2, 5)
    q = rng.randint(1, 6)
    r = _nz(rng, -4, 4)
    k = rng.randint(2, 4)
    s = f"{p}x - {{{q} - {k}({_lin(1, r)})}}"
    if rng.random() < 0.5:
        s = f"{_lin(p, 0)} - [{q}x - {{{k}x - ({_lin(1, r)})}}]".replace("[", "⟦").replace("]", "⟧")
        s_render = s.replace("⟦", "[").replace("⟧", "]")
    else:
        s_render = s
    e = _P(s.replace("⟦", "(").replace("⟧", ")"))
    latex_render = _r(s_render.replace("[", "〔").replace("]", "〕"), st).replace("〔", "[").replace("〕", "]")
    text = rng.choice([
        f"다음 식을 간단히 하시오.\n{latex_render}",
        f"괄호를 풀어 {_j(latex_render, '을/를')} 계산하세요.",
        f"{_j(latex_render, '을/를')} 간단히 하면 ax + b일 때, a + b의 값을 구하시오.",
    ])
    ee = sp.expand(e)
    ans = str(ee.coeff(x, 1) + ee.coeff(x, 0)) if "a + b의 값" in text else _lin_ans(ee)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["일차식", "분배법칙"],
                   check=lambda: sp.expand(_P(s.replace("⟦", "(").replace("⟧", ")")) - ee) == 0)


@family("9수02-02", "which-is-linear-mcq")
def _f02_linmcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(2, 9)
    lin = [f"{k}x - 1", f"[x|{k}] + 3", "-x", f"0.{k}a + 2", f"{k} - [y|2]", f"[{k}x - 1|3]"]
    non = [f"[{k}|x] + 1", f"x^2 - {k}x", f"{k}", f"0 * x + {k}", "x(x - 1)", "[1|x] - 1", f"{k}x^2"]
    ask_lin = rng.random() < 0.5
    if ask_lin:
        c = rng.choice(lin)
        wrong = rng.sample(non, 4)
        stem = rng.choice(["다음 중 일차식인 것은?", "다음 중 x에 대한 일차식을 고르면?" if "y" not in c and "a" not in c else "다음 중 일차식인 것을 고르시오."])
    else:
        c = rng.choice(non)
        wrong = rng.sample(lin, 4)
        stem = rng.choice(["다음 중 일차식이 아닌 것은?", "다음 중 일차식이 아닌 것을 고르시오."])

    def is_lin(s: str) -> bool:
        e = sp.expand(_P(s))
        syms = e.free_symbols
        if len(syms) != 1:
            return False
        (v,) = syms
        try:
            return sp.Poly(e, v).degree() == 1
        except sp.PolynomialError:
            return False

    ch = choices(rng, _r(c, st), [_r(w, st) for w in wrong])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["일차식", "차수", "다항식"], choice=ch,
                   check=lambda: is_lin(c) == ask_lin and all(is_lin(w) != ask_lin for w in wrong))


@family("9수02-02", "substitute-expressions")
def _f02_subst(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = _nz(rng, -5, 5) * x + _nz(rng, -7, 7)
    B = _nz(rng, -5, 5) * x + _nz(rng, -7, 7)
    p, q = _nz(rng, 1, 4), _nz(rng, -4, 4)
    target = p * A + q * B
    expr_s = f"{p if p != 1 else ''}A {'+' if q > 0 else '-'} {abs(q) if abs(q) != 1 else ''}B"
    text = rng.choice([
        f"A = {_e(A, st)}, B = {_e(B, st)}일 때, {_j(_r(expr_s, st), '을/를')} x를 사용한 식으로 나타내시오.",
        f"두 일차식 A, B가 각각 A = {_e(A, st)}, B = {_e(B, st)}이다. {_j(_r(expr_s, st), '을/를')} 간단히 하여라.",
        f"A = {_e(A, st)}, B = {_e(B, st)}일 때 {_j(_r(expr_s, st), '을/를')} 계산하면?",
    ])
    if st == "latex":
        text = text.replace("A = $", "$A = ").replace("B = $", "$B = ")
    ans = _lin_ans(target)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["일차식", "대입"],
                   check=lambda: sp.expand(_P(ans) - _P(expr_s.replace("A", f"({_mini(A)})").replace("B", f"({_mini(B)})"))) == 0)


# ================================================================================================
# 9수02-03 방정식과 그 해, 항등식, 등식의 성질
# ================================================================================================
def _rand_eq(rng: random.Random, sol: int) -> tuple[str, str]:
    """A random linear equation (lhs, rhs in mini notation) whose solution is ``sol``."""
    p = _nz(rng, -4, 4)
    r = _nz(rng, -4, 4, (0, p))
    q = rng.randint(-8, 8)
    s = p * sol + q - r * sol
    form = rng.randrange(3)
    if form == 0:
        return _lin(p, q), _lin(r, s)
    if form == 1:
        k = rng.randint(2, 3)
        # k(x + m) = rhs
        m = _nz(rng, -4, 4)
        if r == k:
            r = k + 1
        return f"{k}({_lin(1, m)})", _lin(r, k * (sol + m) - r * sol)
    return _lin(p, q), str(p * sol + q)


@family("9수02-03", "is-solution-mcq")
def _f03_issol(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sol = _nz(rng, -3, 4, ())
    good = _rand_eq(rng, sol)
    bads = []
    while len(bads) < 4:
        other = _nz(rng, -4, 5, (sol,))
        e = _rand_eq(rng, other)
        if sp.expand(_P(e[0]) - _P(e[1])).subs(x, sol) != 0 and all(e != bb for bb in bads):
            bads.append(e)
    xs = _r(f"x = {sol}", st)
    stem = rng.choice([
        f"다음 방정식 중 해가 {_j(xs, '이/가')} 아닌 것은?" if False else f"다음 방정식 중 {_j(xs, '을/를')} 해로 갖는 것은?",
        f"다음 중 {_j(xs, '이/가')} 해가 되는 방정식은?",
        f"다음 방정식 중에서 해가 {xs}인 것을 고르시오.",
    ])

    def show(e: tuple[str, str]) -> str:
        return _eq(e[0], e[1], st)

    ch = choices(rng, show(good), [show(bb) for bb in bads])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["방정식", "해", "대입"], choice=ch,
                   check=lambda: sp.solve(sp.Eq(_P(good[0]), _P(good[1])), x) == [sol])


@family("9수02-03", "solution-from-set")
def _f03_set(rng: random.Random) -> Problem:
    st = pick_style(rng)
    lo = rng.choice([-3, -2, -1])
    vals = list(range(lo, lo + 5))
    sol = rng.choice(vals)
    lhs, rhs = _rand_eq(rng, sol)
    rows = []
    for v in vals:
        L = _P(lhs).subs(x, v)
        R = _P(rhs).subs(x, v)
        rows.append((v, L, R))
    eqs = _eq(lhs, rhs, st)
    if rng.random() < 0.5:
        text = (f"x의 값이 {', '.join(map(str, vals))}일 때, 방정식 {eqs}의 해를 {_end(rng)}")
        fmt = "computation"
    else:
        head = "| x의 값 | 좌변의 값 | 우변의 값 | 참/거짓 |"
        body = "\n".join(f"| {v} | {L if v != vals[1] else '(가)'} | {R} | {'(나)' if v == vals[1] else ('참' if L == R else '거짓')} |"
                         for v, L, R in rows)
        if vals[1] == sol:
            body = body.replace("| (나) |", "| (나) |")
        text = (f"x의 값이 {vals[0]}부터 {vals[-1]}까지의 정수일 때, 방정식 {eqs}의 해를 구하려고 한다. 다음 표를 완성하고 해를 {_end(rng)}\n"
                f"{head}\n{body}")
        fmt = "data"
    L1 = rows[1][1]
    ans = f"x = {sol}" if fmt == "computation" else f"(가) {L1}, (나) {'참' if rows[1][1] == rows[1][2] else '거짓'}, 해: x = {sol}"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="E",
                   concepts=["방정식", "해", "대입"],
                   check=lambda: [v for v in vals if _P(lhs).subs(x, v) == _P(rhs).subs(x, v)] == [sol])


@family("9수02-03", "identity-mcq")
def _f03_identity(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k, m = rng.randint(2, 5), rng.randint(1, 6)
    ident = [(f"{k}(x + {m})", f"{k}x + {k * m}"), (f"{k}x - x", f"{k - 1}x" if k - 1 != 1 else "x"), (f"x - {m}", f"-({m} - x)"),
             (f"{k}x + {m} - x", f"{_lin(k - 1, m)}"), (f"2(x - {m}) + x", f"3x - {2 * m}")]
    nonid = [(f"{k}x + {m}", f"{k}x - {m}"), (f"{k}x", f"{k + 1}x - {m}"), (f"x + {m}", f"{m}x"),
             (f"{k}(x - 1)", f"{k}x - 1"), (f"x - {m}", f"{m} - x"), (f"{k}x + {m}", f"{m}")]
    ask_id = rng.random() < 0.6
    if ask_id:
        c = rng.choice(ident)
        wrong = rng.sample(nonid, 4)
        stem = rng.choice(["다음 중 x에 대한 항등식인 것은?", "다음 등식 중 x의 값에 관계없이 항상 참인 것은?",
                           "다음 중 항등식을 고르시오."])
    else:
        c = rng.choice(nonid)
        wrong = rng.sample(ident, 4)
        stem = rng.choice(["다음 중 항등식이 아닌 것은?", "다음 등식 중 x에 대한 항등식이 아닌 것을 고르면?"])

    def is_id(e: tuple[str, str]) -> bool:
        return sp.expand(_P(e[0]) - _P(e[1])) == 0

    ch = choices(rng, _eq(*c, st), [_eq(*w, st) for w in wrong])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["항등식", "방정식", "등식"], choice=ch,
                   check=lambda: is_id(c) == ask_id and all(is_id(w) != ask_id for w in wrong))


@family("9수02-03", "identity-coefficients")
def _f03_idcoef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(2, 5)
    bb = _nz(rng, -5, 5)
    aa = k
    const = k * bb
    form = rng.randrange(2)
    if form == 0:
        lhs, rhs = f"ax {_sgn(const)}", f"{k}(x + b)"
        ans = f"a = {aa}, b = {bb}"
    else:
        # (a - extra) x + const = k x + 2b-?  keep simple: a x + 2b... use 2(x+...)?
        lhs, rhs = f"{k}x - 3(x - a)", f"bx {_sgn(const)}"
        # k x - 3x + 3a = b x + const -> b = k - 3, a = const/3
        if const % 3:
            const = 3 * bb
            rhs = f"bx {_sgn(const)}"
        aa, bb = const // 3, k - 3
        ans = f"a = {aa}, b = {bb}"
    eqs = _eq(lhs, rhs, st)
    text = rng.choice([
        f"등식 {_j(eqs, '이/가')} x에 대한 항등식일 때, 상수 a, b의 값을 각각 {_end(rng)}",
        f"{_j(eqs, '이/가')} x의 값에 관계없이 항상 성립할 때, 상수 a, b의 값을 각각 {_end(rng)}",
        f"x에 어떤 수를 대입해도 등식 {_j(eqs, '이/가')} 참이 되도록 하는 상수 a, b의 값은? (a = □, b = □)",
    ])
    av, bv = aa, bb
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B",
                   concepts=["항등식", "계수", "상수항"],
                   check=lambda: sp.expand(_P(lhs).subs({a: av, b: bv}) - _P(rhs).subs({a: av, b: bv})) == 0)


@family("9수02-03", "equality-properties-mcq")
def _f03_props(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.randint(2, 9)
    d = rng.randint(2, 9)
    true_ = [(f"a + {c}", f"b + {c}"), (f"a - {c}", f"b - {c}"), (f"{c}a", f"{c}b"), (f"[a|{c}]", f"[b|{c}]"),
             (f"{c} - a", f"{c} - b"), (f"-{c}a + {d}", f"-{c}b + {d}"), (f"[a|{c}] - {d}", f"[b|{c}] - {d}")]
    false_ = [(f"a + {c}", f"b - {c}"), (f"{c}a", f"[b|{c}]"), (f"a - {c}", f"{c} - b"), (f"{c}a + 1", f"{c}(b + 1)"),
              (f"[a|{c}]", f"{c}b"), (f"-a + {d}", f"b - {d}")]
    ask_false = rng.random() < 0.6
    ab = _r("a = b", st)
    if ask_false:
        corr = rng.choice(false_)
        wrong = rng.sample(true_, 4)
        stem = rng.choice([f"{ab}일 때, 다음 중 옳지 않은 것은?", f"{ab}일 때, 다음 등식 중 항상 성립한다고 할 수 없는 것은?"])
    else:
        corr = rng.choice(true_)
        wrong = rng.sample(false_, 4)
        stem = rng.choice([f"{ab}일 때, 다음 중 옳은 것은?", f"{ab}이면 항상 성립하는 등식을 고르시오."])

    def holds(e: tuple[str, str]) -> bool:
        return sp.expand((_P(e[0]) - _P(e[1])).subs(a, b)) == 0

    ch = choices(rng, _eq(*corr, st), [_eq(*w, st) for w in wrong])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["등식의 성질", "등식"], choice=ch,
                   check=lambda: holds(corr) != ask_false and all(holds(w) == ask_false for w in wrong))


@family("9수02-03", "which-property-used")
def _f03_which(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(2, 6)
    m = _nz(rng, -9, 9)
    sol = _nz(rng, -5, 6)
    rhs = k * sol + m
    e1 = _eq(_lin(k, m), str(rhs), st)
    e2 = _eq(f"{k}x", str(rhs - m), st)
    e3 = _eq("x", str(sol), st)
    step1 = f"양변에서 {m}를 뺀다" if m > 0 else f"양변에 {-m}을 더한다"
    step1 = (f"양변에서 {josa(str(m), '을/를')} 뺀다" if m > 0 else f"양변에 {josa(str(-m), '을/를')} 더한다")
    step2 = f"양변을 {josa(str(k), '으로/로')} 나눈다"
    props = {
        "add": "a = b이면 a + c = b + c",
        "sub": "a = b이면 a − c = b − c",
        "mul": "a = b이면 ac = bc",
        "div": "a = b이고 c ≠ 0이면 a/c = b/c",
    }
    used1 = "sub" if m > 0 else "add"
    form = rng.randrange(2)
    if form == 0:
        text = (f"다음은 방정식 {_j(e1, '을/를')} 등식의 성질을 이용하여 푸는 과정이다.\n"
                f"{e1}\n→ {e2}   ⋯ (가)\n→ {e3}   ⋯ (나)\n"
                f"(가), (나)에서 이용한 등식의 성질을 아래 보기에서 각각 고르시오. (단, c는 자연수)\n"
                f"ㄱ. {props['add']}   ㄴ. {props['sub']}   ㄷ. {props['mul']}   ㄹ. {props['div']}")
        key = {"add": "ㄱ", "sub": "ㄴ", "mul": "ㄷ", "div": "ㄹ"}
        ans = f"(가) {key[used1]}, (나) {key['div']}"
        fmt, lv = "fill", "C"
    else:
        text = (f"방정식 {e1}의 해를 등식의 성질을 이용하여 구하려고 한다. 각 단계에서 양변에 어떤 계산을 하였는지 "
                f"설명하면서 해를 구하시오.")
        ans = f"{step1} → {step2} → x = {sol}"
        fmt, lv = "proof", "B"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2 if fmt == "fill" else 3, achievement_level=lv,
                   concepts=["등식의 성질", "방정식", "해"],
                   check=lambda: sp.solve(k * x + m - rhs, x) == [sol])


@family("9수02-03", "classify-equation-identity")
def _f03_classify(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k, m = rng.randint(2, 5), rng.randint(3, 7)
    pool = {
        "방정식": [(f"{k}x - {m}", f"{m}"), (f"x + {m}", f"{k}x"), (f"{k}(x - 1)", "x")],
        "항등식": [(f"{k}x + {k}", f"{k}(x + 1)"), ("x + x", "2x"), (f"{m}x - x", f"{m - 1}x" if m != 2 else "x")],
        "등식이 아니다": [(f"{k}x - {m}", None), (f"x + {m} > {k}", None), (f"{k}x <= {m}", None)],
    }
    picks = []
    for kind in pool:
        picks.append((kind, rng.choice(pool[kind])))
    extra_kind = rng.choice(["방정식", "항등식"])
    picks.append((extra_kind, rng.choice([e for e in pool[extra_kind] if e not in [p[1] for p in picks]])))
    rng.shuffle(picks)
    labels = ["ㄱ", "ㄴ", "ㄷ", "ㄹ"]

    def show(e: tuple[str, str | None]) -> str:
        return _r(e[0], st) if e[1] is None else _eq(e[0], e[1], st)

    listing = "\n".join(f"{lab}. {show(e)}" for lab, (_, e) in zip(labels, picks, strict=True))
    target = rng.choice(["방정식", "항등식"])
    text = rng.choice([
        f"다음 보기 중 {'x의 값에 따라 참이 되기도 하고 거짓이 되기도 하는 등식' if target == '방정식' else 'x에 대한 항등식'}을 모두 고르시오.\n{listing}",
        f"다음 식 중에서 {target}인 것을 모두 찾아 기호를 쓰세요.\n{listing}",
    ])
    ans = ", ".join(lab for lab, (kind, _) in zip(labels, picks, strict=True) if kind == target)

    def kind_of(e: tuple[str, str | None]) -> str:
        if e[1] is None:
            return "등식이 아니다"
        return "항등식" if sp.expand(_P(e[0]) - _P(e[1])) == 0 else "방정식"

    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="C",
                   concepts=["등식", "방정식", "항등식"],
                   check=lambda: all(kind_of(e) == kind for kind, e in picks))


@family("9수02-03", "solution-given-find-coef")
def _f03_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sol = _nz(rng, -4, 5)
    av = _nz(rng, -5, 6)
    q = _nz(rng, -9, 9)
    r = _nz(rng, -4, 4)
    s = av * sol + q - r * sol
    lhs, rhs = f"ax {_sgn(q)}", _lin(r, s)
    eqs = _eq(lhs, rhs, st)
    xs = _r(f"x = {sol}", st)
    text = rng.choice([
        f"x에 대한 방정식 {eqs}의 해가 {xs}일 때, 상수 a의 값을 {_end(rng)}",
        f"방정식 {_j(eqs, '이/가')} {_j(xs, '을/를')} 해로 가질 때, 상수 a의 값은?",
        f"{_j(xs, '이/가')} 방정식 {eqs}의 해이면 상수 a의 값은 □이다. □ 안에 알맞은 수를 쓰시오.",
    ])
    fmt = "fill" if "□" in text else "computation"
    return Problem(text=text, answer=str(av), format=fmt, difficulty=3, achievement_level="C",
                   concepts=["방정식", "해", "대입"],
                   check=lambda: sp.solve(_P(lhs).subs(x, sol) - _P(rhs).subs(x, sol), a) == [av])


@family("9수02-03", "balance-scale")
def _f03_balance(rng: random.Random) -> Problem:
    n1 = rng.randint(3, 6)
    n2 = rng.randint(1, n1 - 1)
    w = rng.choice([10, 20, 50, 100])
    sol_w = rng.choice([20, 30, 40, 50, 60, 80]) // 10 * 10
    left_g = rng.randint(1, 4) * w
    right_g = (n1 - n2) * sol_w + left_g
    obj = rng.choice(["상자", "주머니", "인형", "통조림", "필통"])
    unit = {"상자": "개", "주머니": "개", "인형": "개", "통조림": "개", "필통": "개"}[obj]
    text = (f"무게가 모두 같은 {obj} {n1}{unit}와 {left_g} g짜리 추를 양팔 저울의 왼쪽에, 같은 {obj} {n2}{unit}와 "
            f"{right_g} g짜리 추를 오른쪽에 올려놓았더니 저울이 수평을 이루었다.\n"
            f"(1) {obj} 한 {unit}의 무게를 x g이라 하고 방정식으로 나타내시오.\n"
            f"(2) 저울의 양쪽에서 같은 것을 덜어 내는 방법으로 {obj} 한 {unit}의 무게를 구하고, 이때 이용한 등식의 성질을 말하시오.")
    text = text.replace(f"{n1}{unit}와", josa(f"{n1}{unit}", "과/와")).replace(f"{n2}{unit}와", josa(f"{n2}{unit}", "과/와"))
    ans = f"(1) {_lin(n1, left_g)} = {_lin(n2, right_g)} (2) {sol_w} g"
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="B",
                   concepts=["방정식", "등식의 성질"],
                   check=lambda: sp.solve(n1 * x + left_g - n2 * x - right_g, x) == [sol_w])


# ================================================================================================
# 9수02-04 일차방정식의 풀이와 활용
# ================================================================================================
def _solve_x(lhs: str, rhs: str) -> list:
    return sp.solve(sp.Eq(_P(lhs), _P(rhs)), x)


_SOLVE_Q = ("다음 일차방정식을 푸시오.", "다음 방정식을 풀어라.", "다음 일차방정식의 해를 구하시오.", "방정식을 풀어 x의 값을 구하세요.")


@family("9수02-04", "solve-both-sides")
def _f04_basic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sol = _nz(rng, -7, 9, ())
    p = _nz(rng, -7, 8)
    r = _nz(rng, -6, 6, (0, p))
    q = rng.randint(-12, 12)
    s = p * sol + q - r * sol
    lhs, rhs = _lin(p, q), _lin(r, s)
    eqs = _eq(lhs, rhs, st)
    text = rng.choice([f"{rng.choice(_SOLVE_Q)}\n{eqs}", f"일차방정식 {eqs}의 해를 {_end(rng)}",
                       f"{eqs}를 만족하는 x의 값은?".replace(f"{eqs}를", _j(eqs, "을/를"))])
    return Problem(text=text, answer=f"x = {sol}", format="computation", difficulty=1, achievement_level="E",
                   concepts=["일차방정식", "이항", "해"], check=lambda: _solve_x(lhs, rhs) == [sol])


@family("9수02-04", "solve-parentheses")
def _f04_paren(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sol = _nz(rng, -6, 8, ())
    k1, k2 = _nz(rng, 2, 5), _nz(rng, -4, 4, (0,))
    m1, m2 = _nz(rng, -5, 5), _nz(rng, -5, 5)
    # k1(x+m1) - k2... compute rhs constant so that sol works
    lhs = f"{k1}({_lin(1, m1)}) {'-' if k2 > 0 else '+'} {abs(k2) if abs(k2) != 1 else ''}({_lin(2, m2)})"
    L = _P(lhs).subs(x, sol)
    r = _nz(rng, -3, 3)
    if sp.expand(_P(lhs)).coeff(x, 1) == r:
        r = r + 1 if r + 1 != 0 else r + 2
    rhs = _lin(r, L - r * sol)
    eqs = _eq(lhs, rhs, st)
    text = rng.choice([f"{rng.choice(_SOLVE_Q)}\n{eqs}", f"괄호를 풀어 방정식 {_j(eqs, '을/를')} 푸시오.",
                       f"x에 대한 일차방정식 {eqs}의 해를 {_end(rng)}"])
    return Problem(text=text, answer=f"x = {sol}", format="computation", difficulty=2, achievement_level="D",
                   concepts=["일차방정식", "분배법칙", "해"], check=lambda: _solve_x(lhs, rhs) == [sol])


@family("9수02-04", "solve-decimal-coefficients")
def _f04_dec(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sol = _nz(rng, -6, 9, ())
    p10 = _nz(rng, -12, 12, (0, 10, -10))
    r10 = _nz(rng, -9, 9, (0, p10))
    q10 = _nz(rng, -15, 15, (0, 10, -10))
    s10 = p10 * sol + q10 - r10 * sol

    def dec(v10: int) -> str:
        return f"{abs(v10) / 10:g}"

    def lin10(c10: int, k10: int) -> str:
        head = ("-" if c10 < 0 else "") + ("" if abs(c10) == 10 else dec(c10)) + "x"
        if k10 == 0:
            return head
        return f"{head} {'+' if k10 > 0 else '-'} {dec(k10)}"

    lhs, rhs = lin10(p10, q10), lin10(r10, s10)
    l_e = sp.Rational(p10, 10) * x + sp.Rational(q10, 10)
    r_e = sp.Rational(r10, 10) * x + sp.Rational(s10, 10)
    eqs = _eq(lhs, rhs, st)
    text = rng.choice([f"{rng.choice(_SOLVE_Q)}\n{eqs}", f"계수가 소수인 일차방정식 {_j(eqs, '을/를')} 풀어 해를 {_end(rng)}",
                       f"양변에 10을 곱하여 방정식 {eqs}의 해를 구하시오."])
    return Problem(text=text, answer=f"x = {sol}", format="computation", difficulty=3, achievement_level="C",
                   concepts=["일차방정식", "해"], check=lambda: sp.solve(l_e - r_e, x) == [sol])


@family("9수02-04", "solve-fraction-coefficients")
def _f04_frac(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.sample([2, 3, 4, 5, 6], 2)
    for _ in range(500):
        sol = _nz(rng, -8, 10, ())
        a1, a2 = _nz(rng, 1, 4), _nz(rng, 1, 4)
        b1 = (-a1 * sol) % m + m * rng.choice([-1, 0])
        b2 = (-a2 * sol) % n + n * rng.choice([-1, 0])
        lhs = f"[{_lin(a1, b1)}|{m}]"
        rhs_frac = f"[{_lin(a2, b2)}|{n}]"
        val = _P(lhs).subs(x, sol) - _P(rhs_frac).subs(x, sol)
        if (sp.Rational(a1, m) != sp.Rational(a2, n)
                and sp.gcd(sp.gcd(a1, b1), m) == 1 and sp.gcd(sp.gcd(a2, b2), n) == 1):
            break
    form = rng.randrange(2)
    if form == 0:
        L, R = f"{lhs} - {rhs_frac}", str(val)
    else:
        L, R = lhs, f"{rhs_frac} {_sgn(int(val))}" if val != 0 else rhs_frac
    eqs = _eq(L, R, st)
    text = rng.choice([f"{rng.choice(_SOLVE_Q)}\n{eqs}", f"분모의 최소공배수를 양변에 곱하여 일차방정식 {_j(eqs, '을/를')} 풀어라.",
                       f"방정식 {eqs}의 해를 x = □라 할 때, □ 안에 알맞은 수를 구하시오."])
    fmt = "fill" if "□" in text else "computation"
    return Problem(text=text, answer=f"x = {sol}" if fmt == "computation" else str(sol), format=fmt, difficulty=3,
                   achievement_level="C", concepts=["일차방정식", "해"], check=lambda: _solve_x(L, R) == [sol])


@family("9수02-04", "consecutive-numbers")
def _f04_consec(rng: random.Random) -> Problem:
    kind = rng.choice(["자연수", "짝수", "홀수"])
    cnt = rng.choice([3, 3, 4])
    step = 1 if kind == "자연수" else 2
    start = rng.randint(5, 40)
    if kind == "짝수" and start % 2:
        start += 1
    if kind == "홀수" and start % 2 == 0:
        start += 1
    nums = [start + step * i for i in range(cnt)]
    total = sum(nums)
    which = rng.choice(["가장 작은", "가장 큰"])
    target = nums[0] if which == "가장 작은" else nums[-1]
    cnt_k = {3: "세", 4: "네"}[cnt]
    text = rng.choice([
        f"연속하는 {cnt_k} {kind}의 합이 {total}일 때, 이 중 {which} 수를 {_end(rng)}",
        f"차례로 이어지는 {kind} {cnt}개를 더하였더니 {josa(str(total), '이/가')} 되었다. {which} 수는 무엇인가?",
        f"합이 {total}인 연속하는 {cnt_k} {kind} 중에서 {which} 수를 구하려고 한다. 방정식을 세워 답을 구하세요.",
    ])
    return Problem(text=text, answer=str(target), format="word", difficulty=3, achievement_level="C",
                   concepts=["일차방정식", "해"],
                   check=lambda: sp.solve(sum(x + step * i for i in range(cnt)) - total, x) == [nums[0]])


@family("9수02-04", "age-problem")
def _f04_age(rng: random.Random) -> Problem:
    child = rng.randint(8, 15)
    k = rng.choice([2, 3])
    yrs = rng.randint(3, 20)
    parent = k * (child + yrs) - yrs
    if parent - child < 20 or parent > 60:
        k, yrs = 3, rng.randint(1, 6)
        parent = k * (child + yrs) - yrs
        if parent - child < 20 or parent > 60:
            parent = child + rng.randint(24, 32)
            # find yrs for k=2 or 3 exact
            for kk in (2, 3):
                if (parent - kk * child) % (kk - 1) == 0 and (parent - kk * child) // (kk - 1) > 0:
                    k, yrs = kk, (parent - kk * child) // (kk - 1)
                    break
            else:
                parent = 2 * child + 10
                k, yrs = 2, 10
    who = name(rng)
    adult = rng.choice(["어머니", "아버지", "삼촌", "이모"])
    kk_txt = {2: "2배", 3: "3배"}[k]
    text = rng.choice([
        f"현재 {josa(who, '은/는')} {child}살이고 {josa(adult, '은/는')} {parent}살이다. 몇 년 후에 {adult}의 나이가 {who}의 나이의 {kk_txt}가 되는지 {_end(rng)}",
        f"올해 {adult}의 나이는 {parent}세, {who}의 나이는 {child}세입니다. {adult}의 나이가 {who}의 나이의 {kk_txt}가 되는 것은 몇 년 후입니까?",
        f"{who}와 {adult}의 나이의 합은 {child + parent}살이고, {adult}의 나이는 {who}보다 {parent - child}살 많다. {yrs}년 후 {adult}의 나이를 구하시오.",
    ])
    text = text.replace(f"{who}와 {adult}", f"{josa(who, '과/와')} {adult}")
    if "나이의 합" in text:
        ans, fam_check = f"{parent + yrs}살", (lambda: sp.solve(x + x + (parent - child) - (child + parent), x) == [child])
    else:
        ans, fam_check = f"{yrs}년 후", (lambda: sp.solve(parent + x - k * (child + x), x) == [yrs])
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["일차방정식"], check=fam_check)


@family("9수02-04", "speed-distance-time")
def _f04_speed(rng: random.Random) -> Problem:
    form = rng.randrange(3)
    who = name(rng)
    if form == 0:
        # go at v1, return at v2, total time T
        v1, v2 = rng.choice([(2, 3), (3, 4), (4, 6), (3, 6), (2, 4), (4, 5), (2, 6)])
        d = sp.ilcm(v1, v2) * rng.randint(1, 2)
        if sp.Rational(d, v1) + sp.Rational(d, v2) > 5:
            d = sp.ilcm(v1, v2)
        T = sp.Rational(d, v1) + sp.Rational(d, v2)
        t_txt = f"{T}시간" if T.q == 1 else f"{int(T)}시간 {int((T - int(T)) * 60)}분"
        text = rng.choice([
            f"{josa(who, '이/가')} 등산을 하는데 올라갈 때는 시속 {v1} km로, 같은 길을 내려올 때는 시속 {v2} km로 걸어서 모두 {t_txt}이 걸렸다. 올라간 거리는 몇 km인지 {_end(rng)}",
            f"집에서 도서관까지 갈 때는 시속 {v1} km, 돌아올 때는 같은 길을 시속 {v2} km로 걸었더니 왕복하는 데 {t_txt}이 걸렸습니다. 집에서 도서관까지의 거리는 몇 km입니까?",
        ])
        ans, chk = f"{d} km", (lambda: sp.solve(x / v1 + x / v2 - T, x) == [d])
        lv, dif = "B", 4
    elif form == 1:
        # chase: brother leaves later
        v1 = rng.choice([50, 60, 70, 80])  # m/min
        v2 = v1 + rng.choice([20, 30, 40, 50, 70])
        late = rng.choice([5, 6, 8, 10, 12, 15])
        t = sp.Rational(v1 * late, v2 - v1)
        if t.q != 1:
            late = (v2 - v1) // sp.gcd(v1, v2 - v1) * rng.randint(1, 2)
            t = sp.Rational(v1 * late, v2 - v1)
        text = rng.choice([
            f"{josa(who, '이/가')} 집을 출발하여 분속 {v1} m로 걸어간 지 {late}분 후에 동생이 같은 길을 따라 분속 {v2} m로 뒤쫓아 갔다. 동생이 출발한 지 몇 분 후에 {who}를 만나는지 {_end(rng)}".replace(f"{who}를", josa(who, "을/를")),
            f"형이 분속 {v1} m로 학교를 향해 출발하고 {late}분 뒤에 {josa(who, '이/가')} 분속 {v2} m로 같은 길을 따라갔다. {josa(who, '은/는')} 출발한 지 몇 분 만에 형을 따라잡는가?",
        ])
        ans, chk = f"{t}분 후", (lambda: sp.solve(v1 * (x + late) - v2 * x, x) == [t])
        lv, dif = "B", 4
    else:
        # approaching from both ends
        v1, v2 = rng.choice([60, 70, 80]), rng.choice([40, 50, 55])
        t = rng.randint(5, 20)
        D = (v1 + v2) * t
        text = rng.choice([
            f"둘레의 길이가 {_won(D)} m인 호수의 같은 지점에서 {josa(who, '은/는')} 분속 {v1} m로, 친구는 분속 {v2} m로 서로 반대 방향으로 동시에 출발하였다. 두 사람은 출발한 지 몇 분 후에 처음으로 만나는가?",
            f"{_won(D)} m 떨어진 두 지점에서 두 사람이 각각 분속 {v1} m, 분속 {v2} m로 서로를 향하여 동시에 걷기 시작했다. 두 사람이 만나는 것은 출발한 지 몇 분 후인지 {_end(rng)}",
        ])
        ans, chk = f"{t}분 후", (lambda: sp.solve((v1 + v2) * x - D, x) == [t])
        lv, dif = "C", 3
    return Problem(text=text, answer=ans, format="word", difficulty=dif, achievement_level=lv,
                   concepts=["일차방정식"], check=chk)


@family("9수02-04", "count-and-price")
def _f04_items(rng: random.Random) -> Problem:
    (o1, p1), (o2, p2) = rng.sample([("연필", 500), ("볼펜", 800), ("공책", 1200), ("지우개", 400), ("자", 700),
                                     ("색연필", 600), ("수첩", 1500)], 2)
    n = rng.randint(8, 16)
    k1 = rng.randint(2, n - 2)
    total = p1 * k1 + p2 * (n - k1)
    who = name(rng)
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([
            f"한 개에 {p1}원인 {josa(o1, '과/와')} 한 개에 {p2}원인 {josa(o2, '을/를')} 합하여 {n}개 사고 {_won(total)}원을 냈다. {o1}은 몇 개 샀는지 {_end(rng)}".replace(f"{o1}은", josa(o1, "은/는")),
            f"{josa(who, '은/는')} {o1}({p1}원){josa(o1, '과/와')[len(o1):]} {o2}({p2}원){josa(o2, '을/를')[len(o2):]} 모두 {n}개 사는 데 {_won(total)}원을 썼습니다. {josa(o1, '은/는')} 몇 개 샀습니까?",
        ])
        ans, chk = f"{k1}개", (lambda: sp.solve(p1 * x + p2 * (n - x) - total, x) == [k1])
    else:
        have = total + rng.choice([0, 300, 500, 1000])
        left = have - total
        unit_p = p1
        cnt = rng.randint(3, 9)
        have = unit_p * cnt + left
        text = rng.choice([
            f"{josa(who, '이/가')} 가진 돈 {_won(have)}원으로 한 개에 {unit_p}원인 {josa(o1, '을/를')} 몇 개 샀더니 {_won(left)}원이 남았다. {josa(o1, '을/를')} 몇 개 샀는지 방정식을 세워 {_end(rng)}",
            f"{_won(have)}원을 가지고 {o1}을 여러 개 샀더니 {_won(left)}원이 남았습니다. {o1} 한 개의 값이 {unit_p}원일 때, 산 {o1}의 개수를 구하세요.".replace(f"{o1}을", josa(o1, "을/를")),
        ])
        ans, chk = f"{cnt}개", (lambda: sp.solve(have - unit_p * x - left, x) == [cnt])
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["일차방정식"], check=chk)


@family("9수02-04", "surplus-shortage")
def _f04_share(rng: random.Random) -> Problem:
    obj, unit = rng.choice([("사탕", "개"), ("공책", "권"), ("색종이", "장"), ("연필", "자루"), ("초콜릿", "개")])
    n = rng.randint(6, 30)
    a1 = rng.randint(2, 5)
    a2 = a1 + rng.randint(1, 3)
    extra = rng.randint(1, 12)
    total = a1 * n + extra
    short = a2 * n - total
    if short <= 0:
        a2 = a1 + (extra // n) + 2
        short = a2 * n - total
    group = rng.choice(["학생", "동아리 회원", "어린이"])
    text = rng.choice([
        f"{group}들에게 {josa(obj, '을/를')} 나누어 주는데 한 명에게 {a1}{unit}씩 주면 {extra}{unit}가 남고, {a2}{unit}씩 주면 {short}{unit}가 부족하다. {group}은 모두 몇 명인지 {_end(rng)}",
        f"{obj} 몇 {unit}를 {group}들에게 {a1}{unit}씩 나누어 주면 {extra}{unit}가 남고, {a2}{unit}씩 나누어 주면 {short}{unit}가 모자란다고 합니다. {obj}는 모두 몇 {unit}입니까?",
    ])
    text = re.sub(r"(\d+)(개|권|장|자루)(가|를)", lambda m: josa(m.group(1) + m.group(2), "이/가" if m.group(3) == "가" else "을/를"), text)
    text = text.replace(f"{group}은", josa(group, "은/는")).replace(f"{obj}는", josa(obj, "은/는"))
    ans = f"{n}명" if "몇 명" in text else f"{total}{unit}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["일차방정식"], check=lambda: sp.solve(a1 * x + extra - (a2 * x - short), x) == [n])


@family("9수02-04", "which-is-linear-equation-mcq")
def _f04_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k, m = rng.randint(2, 6), rng.randint(1, 9)
    lin = [(f"{k}x - {m}", "x + 1"), (f"x^2 + {k}x", f"x^2 - {m}"), (f"[x|{k}]", f"{m}"), (f"{k}(x - 1)", "x"),
           (f"{m} - x", f"{k}x")]
    non = [(f"{k}x - {m}", None), (f"{k}(x + 1)", f"{k}x + {k}"), (f"x^2 - {m}", f"{k}x"), (f"[{k}|x]", f"{m}"),
           (f"{k}x + {m}", f"{k}x - 1"), ("x(x + 1)", f"{m}")]
    ask = rng.random() < 0.6
    if ask:
        c, wrong = rng.choice(lin), rng.sample(non, 4)
        stem = rng.choice(["다음 중 x에 대한 일차방정식인 것은?", "다음 중 일차방정식을 고르시오."])
    else:
        c, wrong = rng.choice(non), rng.sample(lin, 4)
        stem = rng.choice(["다음 중 일차방정식이 아닌 것은?", "다음 중 x에 대한 일차방정식이 아닌 것을 고르면?"])

    def show(e: tuple[str, str | None]) -> str:
        return _r(e[0], st) if e[1] is None else _eq(e[0], e[1], st)

    def is_lin(e: tuple[str, str | None]) -> bool:
        if e[1] is None:
            return False
        d = sp.together(_P(e[0]) - _P(e[1]))
        num, den = sp.fraction(d)
        if den.has(x):
            return False
        return sp.Poly(sp.expand(num), x).degree() == 1

    ch = choices(rng, show(c), [show(w) for w in wrong])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["일차방정식", "이항"], choice=ch,
                   check=lambda: is_lin(c) == ask and all(is_lin(w) != ask for w in wrong))


@family("9수02-04", "transpose-fill")
def _f04_transpose(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sol = _nz(rng, -6, 7, ())
    p = _nz(rng, -7, 8)
    r = _nz(rng, -6, 6, (0, p))
    q = _nz(rng, -9, 9)
    s = p * sol + q - r * sol
    lhs, rhs = _lin(p, q), _lin(r, s)
    A, B = p - r, s - q
    eqs = _eq(lhs, rhs, st)
    text = rng.choice([
        f"일차방정식 {_j(eqs, '을/를')} 이항하여 ax = b (a > 0) 꼴로 정리할 때, 상수 a, b의 값을 각각 구하시오.",
        f"방정식 {eqs}에서 x를 포함한 항은 좌변으로, 상수항은 우변으로 이항하면 □x = □이다. 빈칸에 알맞은 수를 써넣고 해를 구하시오.",
    ])
    if A < 0:
        A, B = -A, -B
    if "a > 0" in text:
        text = text.replace("ax = b (a > 0)", _r("ax = b (a > 0)", st))
        ans = f"a = {A}, b = {B}"
    else:
        ans = f"{p - r}x = {s - q}, x = {sol}"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["이항", "일차방정식"], check=lambda: sp.Rational(B, A) == sol and _solve_x(lhs, rhs) == [sol])


# ================================================================================================
# 9수02-05 순서쌍과 좌표
# ================================================================================================
_QUAD = {1: "제1사분면", 2: "제2사분면", 3: "제3사분면", 4: "제4사분면"}


def _quadrant(px: int, py: int) -> int | None:
    if px == 0 or py == 0:
        return None
    if px > 0:
        return 1 if py > 0 else 4
    return 2 if py > 0 else 3


def _pt(px: int | str, py: int | str, st: str, label: str = "") -> str:
    return _r(f"{label}({px}, {py})", st)


@family("9수02-05", "number-line-coordinate")
def _f05_numline(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = rng.randint(-7, 5)
    d = rng.randint(2, 9)
    form = rng.randrange(3)
    if form == 0:
        dirn = rng.choice(["오른쪽", "왼쪽"])
        B = A + d if dirn == "오른쪽" else A - d
        text = rng.choice([
            f"수직선 위의 점 {_r(f'A({A})', st)}에서 {dirn}으로 {d}만큼 이동한 점 B의 좌표를 {_end(rng)}",
            f"수직선에서 좌표가 {A}인 점 A를 {dirn}으로 {d}칸 옮긴 점을 B라 할 때, 점 B를 좌표로 나타내시오.",
        ])
        ans, chk = f"B({B})", (lambda: (d if dirn == "오른쪽" else -d) == B - A)
        lv = "E"
    elif form == 1:
        B = A + 2 * d
        M = A + d
        text = rng.choice([
            f"수직선 위의 두 점 {_r(f'A({A})', st)}, {_r(f'B({B})', st)}에서 같은 거리에 있는 점 M의 좌표를 {_end(rng)}",
            f"수직선에서 두 점 A, B의 좌표가 각각 {A}, {B}일 때, 두 점의 한가운데에 있는 점의 좌표를 {_end(rng)}",
        ])
        ans, chk = f"{M}", (lambda: sp.Rational(A + B, 2) == M)
        lv = "D"
    else:
        pts = sorted(rng.sample(range(-6, 7), 3))
        labels = ["A", "B", "C"]
        rng.shuffle(labels)
        desc = "고, ".join(f"점 {lab}는 원점에서 {'오른쪽' if v > 0 else '왼쪽'}으로 {abs(v)}만큼 떨어져 있다"[:-1] if v != 0 else f"점 {lab}는 원점에 있"
                           for lab, v in zip(labels, pts, strict=True)) + "다"
        text = f"수직선 위에서 {desc}. 세 점 A, B, C의 좌표를 각각 기호로 나타내시오."
        order = sorted(zip(labels, pts, strict=True))
        ans = ", ".join(f"{lab}({v})" for lab, v in order)
        ans, chk = ans, (lambda: len(set(pts)) == 3 and all(f"{lab}({v})" in ans for lab, v in order))
        lv = "E"
    return Problem(text=text, answer=ans, format="computation", difficulty=1 if lv == "E" else 2, achievement_level=lv,
                   concepts=["수직선", "좌표"], check=chk)


@family("9수02-05", "quadrant-of-point-mcq")
def _f05_quad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    target = rng.randint(1, 4)
    sx = 1 if target in (1, 4) else -1
    sy = 1 if target in (1, 2) else -1
    good = (sx * rng.randint(1, 7), sy * rng.randint(1, 7))
    bads = set()
    while len(bads) < 4:
        p = (rng.randint(-7, 7), rng.randint(-7, 7))
        if _quadrant(*p) != target and p != good:
            bads.add(p)
    stem = rng.choice([f"다음 중 {_QUAD[target]} 위의 점은?", f"다음 점 중에서 {_QUAD[target]}에 있는 것을 고르시오.",
                       f"좌표평면에서 {_QUAD[target]}에 속하는 점은?"])
    ch = choices(rng, _pt(*good, st), [_pt(*p, st) for p in bads])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=["좌표평면", "사분면", "순서쌍"], choice=ch,
                   check=lambda: _quadrant(*good) == target and all(_quadrant(*p) != target for p in bads))


@family("9수02-05", "sign-quadrant-reasoning")
def _f05_sign(rng: random.Random) -> Problem:
    st = pick_style(rng)
    q0 = rng.randint(1, 4)
    sa = 1 if q0 in (1, 4) else -1
    sb = 1 if q0 in (1, 2) else -1
    forms = [("-a", "b"), ("b", "a"), ("ab", "a - b" if False else "-b"), ("a", "ab"), ("-b", "-a"), ("ab", "[b|a]"),
             ("b - a", "a")]
    fx, fy = rng.choice(forms)
    av, bv = sa * 2, sb * 3
    px, py = _P(fx).subs({a: av, b: bv}), _P(fy).subs({a: av, b: bv})
    if fx == "b - a" and sa == sb:
        fx, fy = "-a", "b"
        px, py = _P(fx).subs({a: av, b: bv}), _P(fy).subs({a: av, b: bv})
    q1 = _quadrant(int(sp.sign(px)), int(sp.sign(py)))
    pt_ab = _pt("a", "b", st, "A")
    pt_new = _pt(fx, fy, st, "B")
    text = rng.choice([
        f"점 {_j(pt_ab, '이/가')} {_QUAD[q0]} 위의 점일 때, 점 {_j(pt_new, '은/는')} 제몇 사분면 위의 점인지 {_end(rng)}",
        f"점 {_j(pt_ab, '이/가')} {_QUAD[q0]}에 있을 때, 점 {pt_new}가 속하는 사분면을 {_end(rng, '쓰')}".replace(f"{pt_new}가", _j(pt_new, "이/가")),
    ])
    return Problem(text=text, answer=_QUAD[q1], format="word", difficulty=3, achievement_level="B",
                   concepts=["좌표평면", "사분면", "순서쌍"],
                   check=lambda: _quadrant(int(sp.sign(_P(fx).subs({a: sa * 5, b: sb * 7}))),
                                           int(sp.sign(_P(fy).subs({a: sa * 5, b: sb * 7})))) == q1)


@family("9수02-05", "ordered-pair-equality")
def _f05_eqpair(rng: random.Random) -> Problem:
    st = pick_style(rng)
    av, bv = rng.randint(-5, 6), rng.randint(-5, 6)
    p, q = rng.randint(2, 4), _nz(rng, -5, 5)
    r = _nz(rng, -6, 6)
    left = (_lin(p, q, "a"), str(bv + r))
    right = (str(p * av + q), _lin(1, r, "b"))
    if rng.random() < 0.5:
        left, right = (left[0], right[1]), (right[0], left[1])
    text = rng.choice([
        f"두 순서쌍 {_r(f'({left[0]}, {left[1]})', st)}, {_j(_r(f'({right[0]}, {right[1]})', st), '이/가')} 서로 같을 때, a, b의 값을 각각 {_end(rng)}",
        f"{_r(f'({left[0]}, {left[1]}) = ({right[0]}, {right[1]})', st)}일 때, a + b의 값은 □이다. □ 안에 알맞은 수를 써넣으시오.",
    ])
    ans = f"a = {av}, b = {bv}" if "각각" in text else str(av + bv)
    sol = sp.solve([_P(left[0]) - _P(right[0]), _P(left[1]) - _P(right[1])], [a, b])
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["순서쌍"], check=lambda: sol == {a: av, b: bv})


@family("9수02-05", "point-on-axis")
def _f05_axis(rng: random.Random) -> Problem:
    st = pick_style(rng)
    av = _nz(rng, -5, 5)
    axis = rng.choice(["x축", "y축"])
    p, q = _nz(rng, -3, 3), rng.randint(-6, 6)
    zero_expr = _lin(p, -p * av, "a")   # zero at a = av
    other = _lin(_nz(rng, -3, 3), q, "a")
    coords = (other, zero_expr) if axis == "x축" else (zero_expr, other)
    P_txt = _r(f"P({coords[0]}, {coords[1]})", st)
    other_val = _P(other).subs(a, av)
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([
            f"점 {_j(P_txt, '이/가')} {axis} 위의 점일 때, a의 값과 점 P의 좌표를 각각 {_end(rng)}",
            f"좌표평면 위의 점 {_j(P_txt, '이/가')} {axis} 위에 있다. 이때 점 P의 좌표를 {_end(rng)}",
        ])
        pt = f"({other_val}, 0)" if axis == "x축" else f"(0, {other_val})"
        ans = f"a = {av}, P{pt}" if "a의 값과" in text else f"P{pt}"
        fmt, lv = "computation", "C"
    else:
        k = rng.randint(-6, 6)
        desc = rng.choice(["x축 위에 있고 x좌표가", "y축 위에 있고 y좌표가"])
        pt = f"({k}, 0)" if desc.startswith("x") else f"(0, {k})"
        text = rng.choice([f"{desc} {josa(str(k), '인/인')} 점의 좌표를 쓰시오.".replace("인/인", "").replace(f"{k} 점", f"{k}인 점"),
                           f"{desc} {k}인 점의 좌표는 (□, □)이다. 빈칸에 알맞은 수를 써넣으시오."])
        ans = pt
        fmt, lv = "fill", "E"
        return Problem(text=text, answer=ans, format=fmt, difficulty=1, achievement_level=lv,
                       concepts=["좌표", "x축", "y축", "좌표축"], check=lambda: pt.count("0") >= 1)
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level=lv,
                   concepts=["좌표", "x축", "y축", "좌표축"],
                   check=lambda: _P(zero_expr).subs(a, av) == 0)


@family("9수02-05", "triangle-area-coordinates")
def _f05_area(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.randrange(2)
    if form == 0:
        x1, x2 = sorted(rng.sample(range(-5, 6), 2))
        yb = rng.randint(-4, 1)
        x3 = rng.randint(-5, 5)
        y3 = yb + rng.choice([-1, 1]) * rng.randint(2, 6)
        P = [(x1, yb), (x2, yb), (x3, y3)]
    else:
        y1, y2 = sorted(rng.sample(range(-5, 6), 2))
        xb = rng.randint(-3, 2)
        y3 = rng.randint(-5, 5)
        x3 = xb + rng.choice([-1, 1]) * rng.randint(2, 6)
        P = [(xb, y1), (xb, y2), (x3, y3)]
    area = abs(sp.Matrix([[P[1][0] - P[0][0], P[1][1] - P[0][1]], [P[2][0] - P[0][0], P[2][1] - P[0][1]]]).det()) / 2
    labels = ("A", "B", "C")
    pts = ", ".join(_pt(px, py, st, lab) for lab, (px, py) in zip(labels, P, strict=True))
    text = rng.choice([
        f"좌표평면 위의 세 점 {_j(pts, '을/를')} 꼭짓점으로 하는 삼각형 ABC의 넓이를 {_end(rng)}",
        f"세 점 {_j(pts, '을/를')} 좌표평면 위에 나타내고, 세 점을 선분으로 연결하여 만든 삼각형의 넓이를 {_end(rng)}",
        f"좌표평면 위에 세 점 {_j(pts, '이/가')} 있다. 삼각형 ABC의 넓이는 얼마인가?",
    ])
    return Problem(text=text, answer=_frac_str(area), format="word", difficulty=3, achievement_level="C",
                   concepts=["좌표평면", "좌표"],
                   check=lambda: sp.Polygon(*[sp.Point(*p) for p in P]).area in (area, -area))


@family("9수02-05", "symmetric-points")
def _f05_sym(rng: random.Random) -> Problem:
    st = pick_style(rng)
    px, py = _nz(rng, -6, 6), _nz(rng, -6, 6)
    kind = rng.choice(["x축", "y축", "원점"])
    img = {"x축": (px, -py), "y축": (-px, py), "원점": (-px, -py)}[kind]
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([
            f"점 {_pt(px, py, st, 'A')}와 {kind}에 대하여 대칭인 점의 좌표를 {_end(rng)}".replace(f"{_pt(px, py, st, 'A')}와", _j(_pt(px, py, st, 'A'), "과/와")),
            f"좌표평면에서 {kind}에 대하여 점 {_j(_pt(px, py, st, 'P'), '과/와')} 대칭인 점을 Q라 할 때, 점 Q의 좌표를 {_end(rng, '쓰')}",
        ])
        ans = f"({img[0]}, {img[1]})"
        lv, d = "D", 2
    else:
        bv = img[1]
        av = img[0]
        text = (f"두 점 {_pt(px, py, st, 'P')}, {_r('Q(a, b)', st)}가 {kind}에 대하여 대칭일 때, a + b의 값을 {_end(rng)}")
        text = text.replace(f"{_r('Q(a, b)', st)}가", _j(_r('Q(a, b)', st), "이/가"))
        ans = str(av + bv)
        lv, d = "C", 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=lv,
                   concepts=["좌표", "원점", "좌표평면"],
                   check=lambda: {"x축": (px, -py), "y축": (-px, py), "원점": (-px, -py)}[kind] == img)


@family("9수02-05", "real-life-grid")
def _f05_grid(rng: random.Random) -> Problem:
    form = rng.randrange(3)
    if form == 0:
        row = rng.randint(2, 15)
        col = rng.randint(2, 20)
        r2, c2 = row + rng.randint(1, 4), col - rng.randint(1, 3)
        who = name(rng)
        text = (f"공연장의 좌석을 (열 번호, 줄 번호)의 순서쌍으로 나타내기로 하였다. {josa(who, '의')}" if False else
                f"공연장 좌석을 (몇 번째 열, 몇 번째 줄)과 같이 순서쌍으로 나타내기로 하였다. {who}의 좌석은 앞에서 {row}번째 줄의 왼쪽에서 {col}번째 자리이다.\n"
                f"(1) {who}의 좌석을 순서쌍으로 나타내시오.\n(2) 친구의 좌석은 ({c2}, {r2})이다. 친구는 {who}보다 몇 줄 뒤에 앉아 있는지 구하시오.")
        ans = f"(1) ({col}, {row}) (2) {r2 - row}줄"
        ans, chk = ans, (lambda: r2 - row > 0 and f"({col}, {row})" in ans)
        fmt = "task"
    elif form == 1:
        cols = "ABCDEFGH"
        c = rng.randrange(8)
        r = rng.randint(1, 8)
        dx, dy = rng.randint(1, 3), rng.randint(1, 3)
        text = (f"체스판의 각 칸은 세로줄을 나타내는 알파벳 a~h와 가로줄을 나타내는 숫자 1~8을 짝 지어 나타낸다. 어떤 말이 {cols[c].lower()}{r} 칸에 있다가 "
                f"오른쪽으로 {dx}칸, 위로 {dy}칸 이동했을 때, 도착한 칸을 같은 방법으로 나타내시오.")
        if c + dx > 7 or r + dy > 8:
            c, r = 1, 2
            text = (f"체스판의 각 칸은 세로줄을 나타내는 알파벳 a~h와 가로줄을 나타내는 숫자 1~8을 짝 지어 나타낸다. 어떤 말이 b2 칸에 있다가 "
                    f"오른쪽으로 {dx}칸, 위로 {dy}칸 이동했을 때, 도착한 칸을 같은 방법으로 나타내시오.")
        ans = f"{cols[c + dx].lower()}{r + dy}"
        ans, chk = ans, (lambda: 0 <= c + dx <= 7 and 1 <= r + dy <= 8)
        fmt = "word"
    else:
        sx, sy = rng.randint(-4, 4), rng.randint(-4, 4)
        moves = [(rng.choice(["동쪽", "서쪽"]), rng.randint(1, 4)), (rng.choice(["남쪽", "북쪽"]), rng.randint(1, 4))]
        ex, ey = sx, sy
        for d, n in moves:
            ex += {"동쪽": n, "서쪽": -n}.get(d, 0)
            ey += {"북쪽": n, "남쪽": -n}.get(d, 0)
        place = rng.choice(["학교", "도서관", "공원", "우체국"])
        text = (f"마을 지도를 좌표평면으로 나타내었다. 동쪽을 x축의 양의 방향, 북쪽을 y축의 양의 방향으로 하고 한 칸의 길이를 1로 할 때, "
                f"{josa(place, '은/는')} 점 ({sx}, {sy})에 있다. {place}에서 {moves[0][0]}으로 {moves[0][1]}칸, {moves[1][0]}으로 {moves[1][1]}칸 "
                f"간 곳에 있는 가게의 좌표를 {_end(rng)}")
        ans = f"({ex}, {ey})"
        ans, chk = ans, (lambda: (sx + sum(n if d == "동쪽" else -n for d, n in moves if d in "동쪽서쪽"),
                                    sy + sum(n if d == "북쪽" else -n for d, n in moves if d in "북쪽남쪽")) == (ex, ey))
        fmt = "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="C",
                   concepts=["순서쌍", "좌표"], check=chk)


@family("9수02-05", "dice-ordered-pairs")
def _f05_dice(rng: random.Random) -> Problem:
    cond = rng.choice(["sum", "prod", "x_lt_y", "diff"])
    if cond == "sum":
        k = rng.randint(4, 10)
        pairs = [(i, j) for i in range(1, 7) for j in range(1, 7) if i + j == k]
        ctext = f"a + b = {k}"
    elif cond == "prod":
        k = rng.choice([4, 6, 12])
        pairs = [(i, j) for i in range(1, 7) for j in range(1, 7) if i * j == k]
        ctext = f"ab = {k}"
    elif cond == "x_lt_y":
        k = rng.randint(2, 3)
        pairs = [(i, j) for i in range(1, 7) for j in range(1, 7) if j == k * i]
        ctext = f"b = {k}a"
    else:
        k = rng.randint(2, 4)
        pairs = [(i, j) for i in range(1, 7) for j in range(1, 7) if i - j == k]
        ctext = f"a - b = {k}"
    text = rng.choice([
        f"두 개의 주사위 A, B를 던져서 나온 눈의 수를 각각 a, b라 할 때, {ctext}를 만족하는 순서쌍 (a, b)를 모두 구하고, 그 개수를 쓰시오.",
        f"주사위 한 개를 두 번 던져 첫 번째 나온 눈의 수를 a, 두 번째 나온 눈의 수를 b라 하자. {ctext}인 순서쌍 (a, b)는 모두 몇 개인가?",
    ]).replace(f"{ctext}를", josa(ctext, "을/를"))
    ans = ", ".join(f"({i}, {j})" for i, j in pairs) + f" / {len(pairs)}개" if "모두 구하고" in text else f"{len(pairs)}개"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["순서쌍"], check=lambda: len(pairs) == len(set(pairs)) and len(pairs) > 0)


# ================================================================================================
# 9수02-06 그래프로 나타내기와 해석하기
# ================================================================================================
def _poly_desc(pts: list[tuple[int, int]], st: str) -> str:
    if len(pts) == 2:
        start = "원점" if pts[0] == (0, 0) else f"점 {_pt(*pts[0], st)}"
        return f"{josa(start, '과/와')} 점 {_j(_pt(*pts[1], st), '을/를')} 이은 선분"
    body = _j(", ".join(_pt(px, py, st) for px, py in pts[1:]), "을/를")
    if pts[0] == (0, 0):
        return f"원점과 점 {body} 차례로 선분으로 이은 꺾은선"
    return f"점 {_pt(*pts[0], st)}, {body} 차례로 선분으로 이은 꺾은선"


def _interp(pts: list[tuple[int, int]], t: int) -> sp.Rational:
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        if x0 <= t <= x1:
            return sp.Rational(y0) + sp.Rational(y1 - y0, x1 - x0) * (t - x0)
    raise ValueError("outside")


@family("9수02-06", "distance-time-stop")
def _f06_stop(rng: random.Random) -> Problem:
    st = pick_style(rng)
    who = name(rng)
    t1 = rng.choice([5, 10, 15, 20])
    d1 = rng.choice([400, 600, 800, 1000, 1200])
    stop = rng.choice([5, 10, 15])
    t3 = t1 + stop + rng.choice([5, 10, 15, 20])
    d3 = d1 + rng.choice([400, 600, 800, 1000])
    pts = [(0, 0), (t1, d1), (t1 + stop, d1), (t3, d3)]
    place = rng.choice(["편의점", "서점", "친구 집", "약국"])
    dest = rng.choice(["도서관", "공원", "박물관", "할머니 댁"])
    q = rng.randrange(3)
    intro = (f"{josa(who, '이/가')} 집에서 출발하여 {dest}까지 가는 동안 중간에 {place}에 들렀다. 출발한 지 x분 후 집으로부터의 거리를 y m라 할 때, "
             f"x와 y 사이의 관계를 나타낸 그래프는 {_poly_desc(pts, st)}이다.")
    if q == 0:
        ask = f"{who}는 {place}에서 몇 분 동안 머물렀는지 {_end(rng)}".replace(f"{who}는", josa(who, "은/는"))
        ans = f"{stop}분"
    elif q == 1:
        ask = f"집에서 {dest}까지의 거리는 몇 m이고, 도착하는 데 모두 몇 분이 걸렸는지 {_end(rng)}"
        ans = f"{d3} m, {t3}분"
    else:
        ask = f"{place}에 들르기 전과 들른 후 중 언제 더 빠르게 이동했는지 쓰고, 그 이유를 그래프의 기울어진 정도로 설명하시오."
        v1 = sp.Rational(d1, t1)
        v2 = sp.Rational(d3 - d1, t3 - t1 - stop)
        ans = "들르기 전" if v1 > v2 else ("들른 후" if v2 > v1 else "같다")
    return Problem(text=f"{intro}\n{ask}", answer=ans, format="data", difficulty=2 if q < 2 else 3,
                   achievement_level="D" if q < 2 else "B", concepts=["그래프"],
                   check=lambda: _interp(pts, t1 + stop) == _interp(pts, t1) and _interp(pts, t3) == d3)


_CONTAINERS = [
    ("원기둥 모양의 물통", "일정한 속도로 높아진다", "기울기가 일정한 직선"),
    ("위로 갈수록 폭이 넓어지는 그릇", "처음에는 빠르게 높아지다가 점점 느리게 높아진다", "점점 완만해지는 곡선"),
    ("위로 갈수록 폭이 좁아지는 그릇", "처음에는 느리게 높아지다가 점점 빠르게 높아진다", "점점 가팔라지는 곡선"),
    ("아래쪽은 좁은 원기둥이고 위쪽은 넓은 원기둥인 병", "처음에는 빠르게 일정하게 높아지다가 어느 순간부터 느리게 일정하게 높아진다",
     "기울기가 큰 직선 다음에 기울기가 작은 직선이 이어진 모양"),
    ("아래쪽은 넓은 원기둥이고 위쪽은 좁은 원기둥인 병", "처음에는 느리게 일정하게 높아지다가 어느 순간부터 빠르게 일정하게 높아진다",
     "기울기가 작은 직선 다음에 기울기가 큰 직선이 이어진 모양"),
]


@family("9수02-06", "container-water-height-mcq")
def _f06_container(rng: random.Random) -> Problem:
    idx = rng.randrange(len(_CONTAINERS))
    cont = _CONTAINERS[idx][0]
    use_shape = rng.random() < 0.5
    stem = rng.choice([
        f"{cont}에 일정한 속도로 물을 넣을 때, 경과 시간 x에 따른 물의 높이 y를 나타낸 그래프의 모양으로 알맞은 것은?",
        f"비어 있는 {cont}에 매초 같은 양의 물을 채운다. 시간에 따른 물의 높이의 변화를 바르게 설명한 것을 고르시오.",
    ])
    opts_all = [c[2] if use_shape else c[1] for c in _CONTAINERS]
    correct = opts_all[idx]
    wrong = [o for i, o in enumerate(opts_all) if i != idx]
    extra = "높이가 일정하다가 갑자기 줄어든다" if not use_shape else "x축에 평행한 직선"
    ch = choices(rng, correct, [*wrong, extra][:4])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["그래프"], choice=ch, check=lambda: ch.options[ch.correct] == opts_all[idx])


@family("9수02-06", "periodic-ferris-wheel")
def _f06_periodic(rng: random.Random) -> Problem:
    period = rng.choice([8, 10, 12, 16, 20])
    low = rng.choice([2, 3, 5])
    high = low + rng.choice([20, 30, 40, 50])
    step = period // 4
    times = list(range(0, 2 * period + 1, step))
    mid = (low + high) // 2
    cycle = [low, mid, high, mid]
    heights = [cycle[(i) % 4] for i in range(len(times))]
    obj = rng.choice(["관람차의 한 칸", "회전하는 풍차 날개 끝", "대관람차에 탄 사람"])
    tbl = "| 시간(분) | " + " | ".join(map(str, times)) + " |\n| 높이(m) | " + " | ".join(map(str, heights)) + " |"
    q = rng.randrange(3)
    intro = f"다음 표는 {obj}의 지면으로부터의 높이를 시간에 따라 조사한 것이다. 이 상황을 그래프로 나타내면 같은 모양이 반복된다.\n{tbl}\n"
    if q == 0:
        ask, ans = f"높이가 가장 높을 때와 가장 낮을 때의 차는 몇 m인지 {_end(rng)}", f"{high - low} m"
    elif q == 1:
        ask, ans = f"한 바퀴 도는 데 걸리는 시간은 몇 분인지 {_end(rng)}", f"{period}분"
    else:
        ask, ans = f"0분부터 {2 * period}분까지 높이가 가장 높은 시각을 모두 {_end(rng, '쓰')}", ", ".join(f"{t}분" for t, h in zip(times, heights, strict=True) if h == high)
    return Problem(text=intro + ask, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["그래프"],
                   check=lambda: heights[0] == heights[4] and max(heights) - min(heights) == high - low)


@family("9수02-06", "temperature-increase-decrease")
def _f06_temp(rng: random.Random) -> Problem:
    hours = [6, 8, 10, 12, 14, 16, 18, 20]
    peak = rng.choice([3, 4, 5])
    base = rng.randint(8, 18)
    temps = []
    t = base
    for i in range(len(hours)):
        temps.append(t)
        t = t + rng.randint(1, 4) if i < peak else t - rng.randint(1, 4)
    tbl = "| 시각(시) | " + " | ".join(map(str, hours)) + " |\n| 기온(°C) | " + " | ".join(map(str, temps)) + " |"
    place = rng.choice(["어느 도시", "우리 동네", "산 정상", "바닷가 마을"])
    q = rng.randrange(3)
    intro = f"다음은 {place}의 하루 동안의 기온을 2시간 간격으로 측정하여 나타낸 표이다. 시각을 x시, 기온을 y °C라 하고 순서쌍 (x, y)를 좌표평면 위에 나타내어 그래프를 그리려고 한다.\n{tbl}\n"
    imax = temps.index(max(temps))
    if q == 0:
        ask, ans = f"기온이 가장 높은 시각과 그때의 기온을 {_end(rng)}", f"{hours[imax]}시, {max(temps)} °C"
    elif q == 1:
        ask, ans = f"기온이 계속 올라가는 시간대를 {_end(rng, '쓰')}", f"{hours[0]}시부터 {hours[imax]}시까지"
    else:
        diffs = [temps[i + 1] - temps[i] for i in range(len(temps) - 1)]
        j = max(range(len(diffs)), key=lambda i: (abs(diffs[i]), -i))
        ask = "2시간 동안 기온의 변화가 가장 큰 시간대를 구하고, 그때 기온이 올라갔는지 내려갔는지 쓰시오."
        ans = f"{hours[j]}시~{hours[j + 1]}시, {'올라갔다' if diffs[j] > 0 else '내려갔다'}"
        if sum(1 for d in diffs if abs(d) == abs(diffs[j])) > 1:
            ask, ans = f"기온이 가장 낮은 시각을 {_end(rng)}", f"{hours[temps.index(min(temps))]}시"
            if temps.count(min(temps)) > 1:
                ask, ans = f"오후 2시의 기온을 {_end(rng)}", f"{temps[hours.index(14)]} °C"
    return Problem(text=intro + ask, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["그래프", "순서쌍", "좌표평면"],
                   check=lambda: all(temps[i] < temps[i + 1] for i in range(imax)) and temps.count(max(temps)) == 1)


_SITUATIONS = [
    ("출발하여 일정한 속력으로 달리다가 잠시 멈춰 쉰 후 다시 같은 속력으로 달렸다",
     "오른쪽 위로 향하는 선분, x축에 평행한 선분, 처음과 같은 기울기의 오른쪽 위로 향하는 선분이 차례로 이어진다"),
    ("집에서 출발하여 공원까지 일정한 속력으로 걸어간 후 곧바로 같은 속력으로 집으로 돌아왔다",
     "오른쪽 위로 향하는 선분 다음에 오른쪽 아래로 향하는 선분이 이어진다"),
    ("처음에는 천천히 걷다가 나중에는 빠르게 뛰어갔다",
     "기울기가 작은 선분 다음에 기울기가 큰 선분이 이어진다"),
    ("처음에는 빠르게 뛰어가다가 지쳐서 나중에는 천천히 걸어갔다",
     "기울기가 큰 선분 다음에 기울기가 작은 선분이 이어진다"),
    ("출발하자마자 친구를 만나 그 자리에 잠시 서 있다가 일정한 속력으로 걸어갔다",
     "x축에 평행한 선분 다음에 오른쪽 위로 향하는 선분이 이어진다"),
]


@family("9수02-06", "situation-to-graph-mcq")
def _f06_sit(rng: random.Random) -> Problem:
    idx = rng.randrange(len(_SITUATIONS))
    sit, desc = _SITUATIONS[idx]
    who = name(rng)
    reverse = rng.random() < 0.4
    if not reverse:
        stem = (f"{josa(who, '은/는')} {sit}. 시간을 x, 출발점으로부터의 거리를 y라 할 때, x와 y 사이의 관계를 나타낸 그래프의 모양을 "
                f"바르게 설명한 것은?")
        opts = [d for _, d in _SITUATIONS]
        correct = desc
    else:
        stem = (f"시간을 x, 출발점으로부터의 거리를 y라 할 때, 어떤 사람의 이동을 나타낸 그래프는 다음과 같은 모양이다.\n"
                f"[그래프] {desc}\n이 그래프에 알맞은 상황은?")
        opts = [s for s, _ in _SITUATIONS]
        correct = sit
    ch = choices(rng, correct, [o for o in opts if o != correct])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["그래프"], choice=ch,
                   check=lambda: (ch.options[ch.correct] in (desc, sit)) and len(set(opts)) == len(opts))


@family("9수02-06", "two-runners-graph")
def _f06_two(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n1, n2 = names(rng, 2)
    D = rng.choice([400, 600, 800, 1000, 1200])
    tA = rng.choice([4, 5, 6, 8])
    tB = tA + rng.choice([1, 2, 3])
    mid_t = rng.choice([2, 3]) if tA > 3 else 2
    ptsA = [(0, 0), (tA, D)]
    ptsB = [(0, 0), (mid_t, D // 2 + rng.choice([50, 100, 150])), (tB, D)]
    q = rng.randrange(2) if (D * mid_t) % tA == 0 else 0
    intro = (f"{josa(n1, '과/와')} {josa(n2, '이/가')} 같은 지점에서 동시에 출발하여 {D} m 떨어진 결승점까지 달렸다. 출발한 지 x분 후 출발점으로부터의 거리를 y m라 할 때, "
             f"{n1}의 그래프는 {_poly_desc(ptsA, st)}이고, {n2}의 그래프는 {_poly_desc(ptsB, st)}이다.\n")
    if q == 0:
        ask, ans = f"누가 몇 분 먼저 결승점에 도착했는지 {_end(rng)}", f"{n1}, {tB - tA}분"
    else:
        yA, yB = _interp(ptsA, mid_t), _interp(ptsB, mid_t)
        ask = f"출발한 지 {mid_t}분 후에 앞서 있는 사람은 누구이고, 두 사람 사이의 거리는 몇 m인지 {_end(rng)}"
        lead = n1 if yA > yB else n2
        ans = f"{lead}, {_frac_str(abs(yA - yB))} m"
    return Problem(text=intro + ask, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["그래프"], check=lambda: _interp(ptsA, tA) == D and _interp(ptsB, tB) == D)


@family("9수02-06", "read-value-from-graph")
def _f06_read(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ctx = rng.choice([("물탱크에 들어 있는 물의 양", "L", "분"), ("자동차의 연료 양", "L", "시간"), ("휴대 전화 배터리 잔량", "%", "시간")])
    what, unit, tu = ctx
    start = rng.choice([60, 80, 100, 120])
    t1 = rng.choice([2, 4, 5])
    y1 = start - rng.choice([10, 20, 30])
    t2 = t1 + rng.choice([2, 3, 4])
    y2 = y1
    t3 = t2 + rng.choice([2, 4, 5])
    y3 = 0 if unit != "%" else rng.choice([0, 10])
    pts = [(0, start), (t1, y1), (t2, y2), (t3, y3)]
    t_ask = rng.choice([t1, t2, (t2 + t3) if (t2 + t3) % 2 == 0 else t3])
    t_ask = t_ask // 2 if t_ask == t2 + t3 else t_ask
    val = _interp(pts, t_ask)
    text = rng.choice([
        f"x{tu} 후 {what}을 y {unit}라 할 때, x와 y 사이의 관계를 나타낸 그래프는 {_poly_desc(pts, st)}이다. {t_ask}{tu} 후 {what}은 몇 {unit}인지 □ 안에 알맞은 수를 써넣으시오. (□ {unit})",
        f"{what}의 변화를 나타낸 그래프가 {_poly_desc(pts, st)}이다. (단, x는 경과 시간({tu}), y는 {what}({unit})이다.) x = {t_ask}일 때 y의 값은 (   )이다. (   ) 안에 알맞은 수를 쓰시오.",
    ])
    return Problem(text=text, answer=_frac_str(val), format="fill", difficulty=2, achievement_level="D",
                   concepts=["그래프", "좌표"], check=lambda: _interp(pts, t1) == y1 and _interp(pts, t2) == y2)


@family("9수02-06", "draw-and-describe-task")
def _f06_task(rng: random.Random) -> Problem:
    topic = rng.choice([
        ("하루 동안 운동장에 세운 막대의 그림자 길이", "오전 8시부터 오후 4시까지 1시간 간격으로 그림자의 길이를 재어", "그림자의 길이가 줄어들다가 정오 무렵 가장 짧아진 후 다시 길어진다"),
        ("컵에 담긴 뜨거운 물의 온도", "5분 간격으로 온도를 재어", "온도가 처음에는 빠르게 내려가다가 점점 천천히 내려가 실내 온도에 가까워진다"),
        ("그네를 탈 때 지면으로부터 발끝까지의 높이", "시간에 따라 높이를 관찰하여", "높이가 높아졌다 낮아지기를 일정한 간격으로 반복한다"),
        ("한 달 동안 밤하늘에 보이는 달의 밝은 부분의 넓이", "날짜에 따라 관찰하여", "넓이가 커졌다가 작아지는 변화가 약 한 달을 주기로 반복된다"),
    ])
    what, how, expect = topic
    text = (f"{what}의 변화를 알아보려고 한다.\n(1) {how} 표로 정리한 뒤, 시간을 x, 측정한 값을 y로 하는 순서쌍을 좌표평면 위에 나타내고 그래프로 그리시오.\n"
            f"(2) 그린 그래프에서 y의 값이 증가하는 부분, 감소하는 부분, 변화가 반복되는 부분이 있는지 찾아 그 상황을 설명하시오.\n"
            f"(3) 표로 나타낼 때와 비교하여 그래프로 나타내면 어떤 점이 편리한지 쓰시오.")
    return Problem(text=text, answer=None, format="task", difficulty=3, achievement_level="A",
                   concepts=["그래프", "순서쌍", "좌표평면"], check=lambda: bool(expect))


# ================================================================================================
# 9수02-07 정비례와 반비례
# ================================================================================================
def _yeq(rhs: str, st: str) -> str:
    return _r(f"y = {rhs}", st)


def _coef_str(c: sp.Rational) -> str:
    """``y = ax`` coefficient in the mini notation (``3``, ``-[1|2]``)."""
    c = sp.Rational(c)
    if c.q == 1:
        return "" if c == 1 else ("-" if c == -1 else str(c.p))
    return f"{'-' if c < 0 else ''}[{abs(c.p)}|{c.q}]"


@family("9수02-07", "direct-proportion-equation")
def _f07_direct(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = sp.Rational(_nz(rng, -6, 6), rng.choice([1, 1, 2, 3]))
    x0 = _nz(rng, -6, 6) * k.q
    y0 = k * x0
    x1 = _nz(rng, -8, 8) * k.q
    y1 = k * x1
    xs, ys = _r(f"x = {x0}", st), _r(f"y = {y0}", st)
    q = rng.randrange(3)
    head = rng.choice([f"y가 x에 정비례하고, {xs}일 때 {ys}이다.", f"y는 x에 정비례하며 {xs}일 때 {ys}이다.",
                       f"x와 y 사이에 정비례 관계가 있고, {xs}일 때 {ys}이다."])
    if q == 0:
        ask, ans = f"x와 y 사이의 관계를 식으로 {_end(rng, '나타내')}", f"y = {_plain(k * x)}"
    elif q == 1:
        ask, ans = f"{_r(f'x = {x1}', st)}일 때, y의 값을 {_end(rng)}", _frac_str(y1)
    else:
        ask, ans = f"{_r(f'y = {y1}', st)}일 때, x의 값을 {_end(rng)}", str(x1)
        if y1 == 0:
            ask, ans = f"{_r(f'x = {x1}', st)}일 때, y의 값을 {_end(rng)}", _frac_str(y1)
    return Problem(text=f"{head} {ask}", answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["정비례"], check=lambda: sp.Rational(y0, x0) * x1 == y1)


@family("9수02-07", "inverse-proportion-equation")
def _f07_inverse(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = _nz(rng, -36, 36, tuple(range(-5, 6)))
    divs = [d for d in range(-abs(k), abs(k) + 1) if d != 0 and k % d == 0]
    x0 = rng.choice(divs)
    y0 = k // x0
    x1 = rng.choice([d for d in divs if d != x0])
    y1 = k // x1
    xs, ys = _r(f"x = {x0}", st), _r(f"y = {y0}", st)
    head = rng.choice([f"y가 x에 반비례하고, {xs}일 때 {ys}이다.", f"y는 x에 반비례하고 {xs}일 때 {ys}이다.",
                       f"x와 y 사이에 반비례 관계가 있고 {xs}일 때 {ys}이다."])
    q = rng.randrange(3)
    if q == 0:
        ask, ans = f"x와 y 사이의 관계를 식으로 {_end(rng, '나타내')}", f"y = {k}/x" if k > 0 else f"y = -{-k}/x"
    elif q == 1:
        ask, ans = f"{_r(f'x = {x1}', st)}일 때, y의 값을 {_end(rng)}", str(y1)
    else:
        ask, ans = f"{_r(f'y = {y1}', st)}일 때, x의 값을 {_end(rng)}", str(x1)
    return Problem(text=f"{head} {ask}", answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["반비례"], check=lambda: x0 * y0 == x1 * y1 == k)


@family("9수02-07", "proportion-table-fill")
def _f07_table(rng: random.Random) -> Problem:
    kind = rng.choice(["정비례", "반비례"])
    if kind == "정비례":
        k = rng.randint(2, 9)
        xsv = [1, 2, 3, 4, 5, 6]
        ysv = [k * v for v in xsv]
    else:
        k = rng.choice([12, 24, 36, 48, 60])
        xsv = [d for d in range(1, 13) if k % d == 0][:6]
        ysv = [k // v for v in xsv]
    hide = rng.sample(range(1, 6), 2)
    cells = [str(v) if i not in hide else ("A" if i == min(hide) else "B") for i, v in enumerate(ysv)]
    tbl = "| x | " + " | ".join(map(str, xsv)) + " |\n| y | " + " | ".join(cells) + " |"
    text = rng.choice([
        f"y가 x에 {kind}할 때, 다음 표의 A, B에 알맞은 수를 각각 구하고 x와 y 사이의 관계를 식으로 나타내시오.\n{tbl}",
        f"다음 표에서 x와 y 사이에 {kind} 관계가 있다. 빈칸 A, B에 들어갈 수를 써넣으시오.\n{tbl}",
    ])
    A, B = ysv[min(hide)], ysv[max(hide)]
    eq = f"y = {k}x" if kind == "정비례" else f"y = {k}/x"
    ans = f"A = {A}, B = {B}" + (f", {eq}" if "식으로" in text else "")
    return Problem(text=text, answer=ans, format="data" if "식으로" in text else "fill", difficulty=2, achievement_level="D",
                   concepts=[kind], check=lambda: all((y_ == k * x_) if kind == "정비례" else (x_ * y_ == k) for x_, y_ in zip(xsv, ysv, strict=True)))


_SIT07 = [
    ("한 개에 500원인 과자 x개의 값 y원", "정비례"),
    ("시속 60 km로 달리는 자동차가 x시간 동안 간 거리 y km", "정비례"),
    ("한 변의 길이가 x cm인 정삼각형의 둘레의 길이 y cm", "정비례"),
    ("1분에 3 L씩 물이 나오는 수도로 x분 동안 받은 물의 양 y L", "정비례"),
    ("넓이가 20 cm²인 직사각형의 가로의 길이 x cm와 세로의 길이 y cm", "반비례"),
    ("120 km의 거리를 시속 x km로 갈 때 걸리는 시간 y시간", "반비례"),
    ("사탕 48개를 x명에게 똑같이 나누어 줄 때 한 명이 받는 사탕 y개", "반비례"),
    ("용량이 600 mL인 물통을 x mL짜리 컵으로 채울 때 필요한 횟수 y번", "반비례"),
    ("나이가 x살인 사람의 키 y cm", "없음"),
    ("x살인 동생보다 3살 많은 형의 나이 y살", "없음"),
    ("한 변의 길이가 x cm인 정사각형의 넓이 y cm²", "없음"),
    ("둘레의 길이가 30 cm인 직사각형의 가로의 길이 x cm와 세로의 길이 y cm", "없음"),
]


@family("9수02-07", "identify-relation-mcq")
def _f07_identify(rng: random.Random) -> Problem:
    target = rng.choice(["정비례", "반비례"])
    good = rng.choice([s for s in _SIT07 if s[1] == target])
    bad = rng.sample([s for s in _SIT07 if s[1] != target], 4)
    stem = rng.choice([f"다음 중 y가 x에 {target}하는 것은?", f"다음 중 x와 y 사이의 관계가 {target} 관계인 것을 고르시오.",
                       f"두 양 x, y 사이에 {target} 관계가 있는 것을 고르면?"])
    ch = choices(rng, good[0], [s[0] for s in bad])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["정비례", "반비례"], choice=ch,
                   check=lambda: good[1] == target and all(s[1] != target for s in bad))


@family("9수02-07", "graph-through-point")
def _f07_graphpt(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["정비례", "반비례"])
    if kind == "정비례":
        av = _nz(rng, -5, 5)
        p = _nz(rng, -4, 4)
        q = av * p
        k = _nz(rng, -6, 6)
        r = av * k
        f = _r("y = ax", st)
        text = rng.choice([
            f"정비례 관계 {f}의 그래프가 두 점 {_pt(p, q, st)}, {_pt('k', r, st)}를 지날 때, a, k의 값을 각각 {_end(rng)}",
            f"{f}의 그래프가 점 {_j(_pt(p, q, st), '을/를')} 지난다. 이 그래프가 점 {_pt('k', r, st)}도 지날 때 상수 a, k의 값을 {_end(rng)}",
        ]).replace(f"{_pt('k', r, st)}를", _j(_pt('k', r, st), "을/를"))
        ans = f"a = {av}, k = {k}"
        def chk():
            return (q == av * p and r == av * k)
    else:
        av = rng.choice([6, 8, 10, 12, 16, 18, 20, 24]) * rng.choice([1, -1])
        divs = [d for d in range(-abs(av), abs(av) + 1) if d != 0 and av % d == 0]
        p = rng.choice(divs)
        q = av // p
        k = rng.choice([d for d in divs if d != p])
        r = av // k
        f = _r("y = [a|x]", st)
        text = rng.choice([
            f"반비례 관계 {f}의 그래프가 두 점 {_pt(p, q, st)}, {_pt('k', r, st)}를 지날 때, a, k의 값을 각각 {_end(rng)}",
            f"{f}의 그래프가 점 {_j(_pt(p, q, st), '을/를')} 지나고, 점 {_pt('k', r, st)}도 지난다. 상수 a, k의 값을 {_end(rng)}",
        ]).replace(f"{_pt('k', r, st)}를", _j(_pt('k', r, st), "을/를"))
        ans = f"a = {av}, k = {k}"
        def chk():
            return (p * q == av and k * r == av)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=[kind, "그래프"], check=chk)


@family("9수02-07", "direct-real-life")
def _f07_direct_life(rng: random.Random) -> Problem:
    form = rng.randrange(3)
    if form == 0:
        v = rng.choice([40, 50, 60, 70, 80, 90])
        t = rng.randint(2, 5)
        veh = rng.choice(["자동차", "버스", "기차"])
        text = (f"{josa(veh, '이/가')} 시속 {v} km로 일정하게 달린다. x시간 동안 달린 거리를 y km라 할 때, x와 y 사이의 관계를 식으로 나타내고 "
                f"{t}시간 동안 달린 거리를 {_end(rng)}")
        ans, chk = f"y = {v}x, {v * t} km", (lambda: v * t == sp.Integer(v) * t)
    elif form == 1:
        w = rng.choice([2, 3, 4, 5])
        g = rng.choice([12, 15, 20, 24])
        text = (f"길이가 {w} cm 늘어날 때마다 무게가 일정하게 늘어나는 철사가 있다. 이 철사 1 m의 무게가 {g * 100 // w} g이 아니라, 길이 x cm인 철사의 무게 y g이 x에 정비례하고 "
                f"{w * 10} cm의 무게가 {g * 10} g일 때, x와 y 사이의 관계를 식으로 나타내시오.")
        text = (f"철사의 무게는 길이에 정비례한다. 길이가 {w * 10} cm인 철사의 무게가 {g * 10} g일 때, 길이가 x cm인 철사의 무게를 y g이라 하자. "
                f"x와 y 사이의 관계를 식으로 나타내고, 무게가 {g * 30} g인 철사의 길이를 {_end(rng)}")
        kk = sp.Rational(g, w)
        ans, chk = f"y = {_plain(kk * x)}, {w * 30} cm", (lambda: kk * w * 30 == g * 30)
    else:
        c = rng.choice([2, 3, 4, 5])
        n = rng.randint(6, 20)
        text = (f"어느 프린터는 1분에 {c}장씩 인쇄한다. x분 동안 인쇄한 종이의 수를 y장이라 할 때, x와 y 사이의 관계를 표로 나타내고 식으로 쓰시오. "
                f"또, {c * n}장을 인쇄하는 데 몇 분이 걸리는지 {_end(rng)}")
        ans, chk = f"y = {c}x, {n}분", (lambda: c * n // c == n)
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["정비례"], check=chk)


@family("9수02-07", "inverse-real-life")
def _f07_inverse_life(rng: random.Random) -> Problem:
    form = rng.randrange(3)
    if form == 0:
        ta, tb = rng.choice([(30, 20), (24, 36), (40, 25), (18, 27), (20, 50)])
        ra = rng.choice([5, 10, 15])
        k = ta * ra
        rb = sp.Rational(k, tb)
        if rb.q != 1:
            ra = tb
            k = ta * ra
            rb = sp.Rational(k, tb)
        text = (f"서로 맞물려 돌아가는 두 톱니바퀴 A, B가 있다. A의 톱니는 {ta}개이고 1분에 {ra}번 회전한다. B의 톱니가 x개이면 1분에 y번 회전한다고 할 때, "
                f"x와 y 사이의 관계를 식으로 나타내고, B의 톱니가 {tb}개일 때 B는 1분에 몇 번 회전하는지 {_end(rng)}")
        ans = f"y = {k}/x, {rb}번"
        def chk():
            return (ta * ra == tb * rb)
    elif form == 1:
        pages = rng.choice([120, 180, 240, 300, 360])
        per = rng.choice([d for d in (10, 12, 15, 20, 30) if pages % d == 0])
        who = name(rng)
        text = (f"{josa(who, '은/는')} {pages}쪽짜리 책을 매일 같은 쪽수씩 읽으려고 한다. 하루에 x쪽씩 읽으면 다 읽는 데 y일이 걸린다고 할 때, "
                f"x와 y 사이의 관계를 식으로 나타내고, 하루에 {per}쪽씩 읽으면 며칠 만에 다 읽는지 {_end(rng)}")
        ans = f"y = {pages}/x, {pages // per}일"
        def chk():
            return (per * (pages // per) == pages)
    else:
        dist = rng.choice([120, 150, 180, 240, 300])
        v = rng.choice([d for d in (30, 40, 50, 60, 80) if dist % d == 0])
        text = (f"{dist} km 떨어진 곳까지 시속 x km로 가면 y시간이 걸린다. x와 y 사이의 관계를 식으로 나타내고, 시속 {v} km로 갈 때 걸리는 시간을 {_end(rng)}")
        ans = f"y = {dist}/x, {dist // v}시간"
        def chk():
            return (v * (dist // v) == dist)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["반비례"], check=chk)


@family("9수02-07", "graph-properties-mcq")
def _f07_props(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["정비례", "반비례"])
    if kind == "정비례":
        av = _nz(rng, -5, 5)
        f = _yeq(f"{_coef_str(av)}x", st)
        quads = "제1사분면과 제3사분면" if av > 0 else "제2사분면과 제4사분면"
        other = "제2사분면과 제4사분면" if av > 0 else "제1사분면과 제3사분면"
        trues = ["원점을 지나는 직선이다.", f"{quads}을 지난다.",
                 f"점 {_j(_pt(1, av, st), '을/를')} 지난다.",
                 f"x의 값이 증가하면 y의 값은 {'증가' if av > 0 else '감소'}한다."]
        falses = ["원점을 지나지 않는다.", f"{other}을 지난다.", f"점 {_j(_pt(1, -av, st), '을/를')} 지난다.",
                  f"x의 값이 증가하면 y의 값은 {'감소' if av > 0 else '증가'}한다.", "좌표축과 만나지 않는 곡선이다."]
        def chk():
            return (av * 1 == av)
    else:
        av = _nz(rng, -12, 12, tuple(range(-1, 2)))
        f = _yeq(f"[{av}|x]" if av > 0 else f"-[{-av}|x]", st)
        quads = "제1사분면과 제3사분면" if av > 0 else "제2사분면과 제4사분면"
        other = "제2사분면과 제4사분면" if av > 0 else "제1사분면과 제3사분면"
        d = rng.choice([d for d in (1, 2, 3, 4, 6) if av % d == 0])
        trues = ["좌표축에 한없이 가까워지는 한 쌍의 매끄러운 곡선이다.", f"{quads}에 그려진다.",
                 f"점 {_j(_pt(d, av // d, st), '을/를')} 지난다.", "원점을 지나지 않는다."]
        falses = ["원점을 지나는 직선이다.", f"{other}에 그려진다.", f"점 {_j(_pt(d, -(av // d), st), '을/를')} 지난다.",
                  "x축과 한 점에서 만난다.", "y축과 한 점에서 만난다."]
        def chk():
            return (d * (av // d) == av)
    ask_false = rng.random() < 0.6
    if ask_false:
        correct = rng.choice(falses)
        wrong = trues[:]
        stem = f"{kind} 관계 {f}의 그래프에 대한 설명으로 옳지 않은 것은?"
    else:
        correct = rng.choice(trues)
        wrong = rng.sample(falses, 4)
        stem = f"{kind} 관계 {f}의 그래프에 대한 설명으로 옳은 것은?"
    ch = choices(rng, correct, wrong)
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=[kind, "그래프"], choice=ch, check=chk)


@family("9수02-07", "direct-inverse-intersection")
def _f07_meet(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = _nz(rng, -4, 4)
    av = _nz(rng, -4, 4)
    q = av * p
    bv = p * q
    m = rng.choice([d for d in range(-12, 13) if d not in (0, p) and bv % d == 0])
    text = rng.choice([
        f"두 그래프 {_r('y = ax', st)}, {_r('y = [b|x]', st)}가 점 {_pt(p, 'k', st)}에서 만난다. 반비례 관계 {_r('y = [b|x]', st)}의 그래프가 점 {_j(_pt(m, bv // m, st), '을/를')} 지날 때, 상수 a, b, k의 값을 각각 {_end(rng)}",
        f"정비례 관계 {_r('y = ax', st)}의 그래프와 반비례 관계 {_r('y = [b|x]', st)}의 그래프가 점 {_pt(p, q, st)}에서 만날 때, a + b의 값을 {_end(rng)}",
    ]).replace(f"{_r('y = [b|x]', st)}가", _j(_r('y = [b|x]', st), "이/가"))
    ans = f"a = {av}, b = {bv}, k = {q}" if "각각" in text else str(av + bv)
    return Problem(text=text, answer=ans, format="fill" if "각각" in text else "computation", difficulty=3 if "각각" not in text else 4, achievement_level="B",
                   concepts=["정비례", "반비례", "그래프"], check=lambda: av * p == q and sp.Rational(bv, p) == q)


# ================================================================================================
# 9수02-08 지수법칙, 단항식의 곱셈과 나눗셈
# ================================================================================================
def _mono(c: int | sp.Rational, pw: dict[str, int]) -> str:
    """A monomial in the mini notation, e.g. ``-6x^2y``."""
    c = sp.Rational(c)
    body = "".join(v + (f"^{e}" if e != 1 else "") for v, e in pw.items() if e != 0)
    if not body:
        return _frac_str(c) if c.q == 1 else f"{'-' if c < 0 else ''}[{abs(c.p)}|{c.q}]"
    if c == 1:
        return body
    if c == -1:
        return "-" + body
    if c.q == 1:
        return f"{c.p}{body}"
    return f"{'-' if c < 0 else ''}[{abs(c.p)}{body}|{c.q}]"


def _same(s1: str, s2: str) -> bool:
    return sp.simplify(_P(s1) - _P(s2)) == 0


_LAW_Q = ("다음을 간단히 하시오.", "다음 식을 간단히 하여라.", "지수법칙을 이용하여 다음을 계산하세요.", "다음을 계산하시오.")


@family("9수02-08", "product-same-base")
def _f08_prod(rng: random.Random) -> Problem:
    st = pick_style(rng)
    base = rng.choice(["a", "x", "2", "3", "5", "b"])
    m, n = rng.randint(2, 9), rng.randint(2, 9)
    three = rng.random() < 0.4
    k = rng.randint(1, 5)
    s = f"{base}^{m} * {base}^{n}" + (f" * {base}^{k}" if three else "")
    tot = m + n + (k if three else 0)
    ans = f"{base}^{tot}"
    text = rng.choice([f"{rng.choice(_LAW_Q)}\n{_r(s, st)}", f"{_j(_r(s, st), '을/를')} 하나의 거듭제곱으로 나타내시오.",
                       f"{_r(s, st)} = {_r(f'{base}^□', st).replace('□', '{□}') if st == 'latex' else _r(base, st) + '^□'}일 때, □ 안에 알맞은 수를 쓰시오."])
    if "□" in text:
        return Problem(text=text, answer=str(tot), format="fill", difficulty=1, achievement_level="E",
                       concepts=["지수법칙", "거듭제곱", "지수"], check=lambda: _same(s, ans))
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["지수법칙", "거듭제곱", "지수"], check=lambda: _same(s, ans))


@family("9수02-08", "power-of-power")
def _f08_pow(rng: random.Random) -> Problem:
    st = pick_style(rng)
    v = rng.choice(["a", "x", "y"])
    m, n = rng.randint(2, 5), rng.randint(2, 4)
    p, q = rng.randint(2, 4), rng.randint(2, 3)
    form = rng.randrange(3)
    if form == 0:
        s, tot = f"({v}^{m})^{n}", m * n
    elif form == 1:
        s, tot = f"({v}^{m})^{n} * {v}^{p}", m * n + p
    else:
        s, tot = f"({v}^{m})^{n} * ({v}^{p})^{q}", m * n + p * q
    ans = f"{v}^{tot}"
    text = f"{rng.choice(_LAW_Q)}\n{_r(s, st)}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["지수법칙", "거듭제곱"], check=lambda: _same(s, ans))


@family("9수02-08", "quotient-same-base")
def _f08_quot(rng: random.Random) -> Problem:
    st = pick_style(rng)
    v = rng.choice(["a", "x", "y", "b"])
    case = rng.choice(["gt", "eq", "lt", "chain"])
    m = rng.randint(3, 12)
    if case == "gt":
        n = rng.randint(1, m - 1)
        s, ans = f"{v}^{m} : {v}^{n}", f"{v}^{m - n}" if m - n > 1 else v
    elif case == "eq":
        s, ans = f"{v}^{m} : {v}^{m}", "1"
    elif case == "lt":
        n = m + rng.randint(1, 5)
        s, ans = f"{v}^{m} : {v}^{n}", f"[1|{v}^{n - m}]" if n - m > 1 else f"[1|{v}]"
    else:
        n, k = rng.randint(1, 4), rng.randint(1, 4)
        m = n + k + rng.randint(1, 5)
        s, ans = f"{v}^{m} : {v}^{n} : {v}^{k}", f"{v}^{m - n - k}" if m - n - k > 1 else v
    ans_r = _r(ans, "plain")
    text = rng.choice([f"{rng.choice(_LAW_Q)}\n{_r(s, st)}", f"{_j(_r(s, st), '을/를')} 간단히 하면?"])
    return Problem(text=text, answer=ans_r, format="computation", difficulty=2, achievement_level="D",
                   concepts=["지수법칙", "거듭제곱"], check=lambda: _same(s, ans))


@family("9수02-08", "power-of-product")
def _f08_prodpow(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.choice([-3, -2, 2, 3, -1])
    e1, e2 = rng.randint(1, 3), rng.randint(1, 3)
    n = rng.randint(2, 4) if abs(c) < 3 else rng.randint(2, 3)
    form = rng.randrange(2)
    if form == 0:
        inner = _mono(c, {"x": e1, "y": e2})
        s = f"({inner})^{n}"
        ans = _mono(c ** n, {"x": e1 * n, "y": e2 * n})
    else:
        d = rng.choice([2, 3])
        xe = f"x^{e1}" if e1 > 1 else "x"
        ye = f"y^{e2}" if e2 > 1 else "y"
        s = f"(-[{xe}|{d}{ye}])^{n}" if c < 0 else f"([{xe}|{d}{ye}])^{n}"
        sign = (-1) ** n if c < 0 else 1
        num = f"x^{e1 * n}" if e1 * n > 1 else "x"
        den = f"{d ** n}y^{e2 * n}" if e2 * n > 1 else f"{d ** n}y"
        ans = f"{'-' if sign < 0 else ''}[{num}|{den}]"
    text = rng.choice([f"{rng.choice(_LAW_Q)}\n{_r(s, st)}", f"{_j(_r(s, st), '을/를')} 계산하시오.",
                       f"{_j(_r(s, st), '을/를')} 간단히 한 것은?"])
    return Problem(text=text, answer=_r(ans, "plain"), format="computation", difficulty=3, achievement_level="C",
                   concepts=["지수법칙", "거듭제곱", "단항식"], check=lambda: _same(s, ans))


@family("9수02-08", "fill-missing-exponent")
def _f08_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    v = rng.choice(["a", "x", "y"])
    form = rng.randrange(4)
    m, n = rng.randint(2, 7), rng.randint(2, 5)
    if form == 0:
        left, right, hid = f"{v}^□ * {v}^{m}", f"{v}^{m + n}", n
        full = f"{v}^{n} * {v}^{m}"
    elif form == 1:
        left, right, hid = f"({v}^□)^{m}", f"{v}^{m * n}", n
        full = f"({v}^{n})^{m}"
    elif form == 2:
        left, right, hid = f"{v}^{m + n} : {v}^□", f"{v}^{m}", n
        full = f"{v}^{m + n} : {v}^{n}"
    else:
        k = rng.choice([2, 3])
        left, right, hid = f"({k}{v}^{m})^□", f"{k ** n}{v}^{m * n}", n
        full = f"({k}{v}^{m})^{n}"

    def ren(t: str) -> str:
        if st == "latex":
            return _r(t.replace("□", "Q"), st).replace("{Q}", "{\\square}").replace("Q", "\\square")
        return _r(t.replace("□", "Q"), st).replace("^Q", "^□").replace("Q", "□")

    eq = ren(f"{left} = {right}")
    text = rng.choice([f"다음 □ 안에 알맞은 수를 써넣으시오.\n{eq}", f"등식 {_j(eq, '이/가')} 성립할 때, □ 안에 알맞은 자연수를 구하시오.",
                       f"{eq}에서 □에 들어갈 수는?"])
    return Problem(text=text, answer=str(hid), format="fill", difficulty=2, achievement_level="D",
                   concepts=["지수법칙", "지수"], check=lambda: _same(full, right))


@family("9수02-08", "solve-for-exponent")
def _f08_solve(rng: random.Random) -> Problem:
    st = pick_style(rng)
    base, pw = rng.choice([(2, [(4, 2), (8, 3), (16, 4), (32, 5)]), (3, [(9, 2), (27, 3), (81, 4)]), (5, [(25, 2), (125, 3)])])
    big, e = rng.choice(pw)
    xv = rng.randint(2, 7)
    form = rng.randrange(3)
    t = sp.Symbol("x", positive=True, integer=True)
    if form == 0:
        k = rng.randint(2, 4)
        lhs, rhs_e = f"{base}^x * {big}^{k}", xv + e * k
        rhs = f"{base}^{rhs_e}"
        eqexpr = sp.Integer(base) ** t * sp.Integer(big) ** k - sp.Integer(base) ** rhs_e
    elif form == 1:
        lhs = f"{big}^x"
        rhs = f"{base}^{e * xv}"
        eqexpr = sp.Integer(big) ** t - sp.Integer(base) ** (e * xv)
    else:
        k = rng.randint(1, 2)
        xv = rng.randint(1, {2: 8, 3: 4, 5: 2}[base])
        val = base ** (xv + k)
        eqexpr = sp.Integer(base) ** (t + k) - val
        lhs, rhs = "", ""
    if form == 2:
        eq = f"${base}^{{x+{k}}} = {val}$" if st == "latex" else f"{base}^(x+{k}) = {_won(val)}"
    else:
        eq = _r(f"{lhs} = {rhs}", st)
    text = rng.choice([f"등식 {_j(eq, '이/가')} 성립할 때, 자연수 x의 값을 {_end(rng)}", f"{eq}를 만족하는 자연수 x의 값은?".replace(f"{eq}를", _j(eq, "을/를")),
                       f"{eq}일 때, x의 값은 □이다. □ 안에 알맞은 수를 쓰시오."])
    return Problem(text=text, answer=str(xv), format="fill" if "□" in text else "computation", difficulty=3, achievement_level="C",
                   concepts=["지수법칙", "거듭제곱"], check=lambda: sp.simplify(eqexpr.subs(t, xv)) == 0)


@family("9수02-08", "exponent-law-mcq")
def _f08_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.sample(range(2, 7), 2)
    k = rng.randint(2, 4)
    correct_pool = [
        (f"a^{m} * a^{n}", f"a^{m + n}"), (f"(a^{m})^{n}", f"a^{m * n}"), (f"a^{m + n} : a^{n}", f"a^{m}"),
        (f"(ab)^{k}", f"a^{k}b^{k}"), (f"([a|b])^{k}", f"[a^{k}|b^{k}]"), (f"a^{m} : a^{m}", "1"),
    ]
    wrong_pool = [
        (f"a^{m} * a^{n}", f"a^{m * n}"), (f"(a^{m})^{n}", f"a^{m + n}"), (f"a^{m * n} : a^{n}", f"a^{m}"),
        (f"a^{m} : a^{m}", "0"), (f"(2a)^{k}", f"2a^{k}"), (f"(-a^{m})^2", f"-a^{2 * m}"), (f"a^{m} + a^{m}", f"a^{2 * m}"),
    ]
    def ok(pr: tuple[str, str]) -> bool:
        A, B = sp.symbols("a b", positive=True)
        return sp.simplify(_P(pr[0]).subs({a: A, b: B}) - _P(pr[1]).subs({a: A, b: B})) == 0

    wrong_pool = [w for w in wrong_pool if not ok(w)]
    ask_wrong = rng.random() < 0.6
    if ask_wrong:
        c = rng.choice(wrong_pool)
        others = rng.sample(correct_pool, 4)
        stem = rng.choice(["다음 중 옳지 않은 것은?", "다음 계산 중 틀린 것을 고르시오.", "다음 중 지수법칙을 잘못 적용한 것은?"])
    else:
        c = rng.choice(correct_pool)
        others = rng.sample(wrong_pool, 4)
        stem = rng.choice(["다음 중 옳은 것은?", "다음 계산 중 바른 것을 고르시오."])

    def show(pr: tuple[str, str]) -> str:
        return _r(f"{pr[0]} = {pr[1]}", st) if st == "latex" else f"{_r(pr[0], st)} = {_r(pr[1], st)}"

    ch = choices(rng, show(c), [show(o) for o in others])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["지수법칙"], choice=ch, check=lambda: ok(c) != ask_wrong and all(ok(o) == ask_wrong for o in others))


@family("9수02-08", "monomial-mult-div")
def _f08_mono(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c1, c2 = _nz(rng, -6, 6, (0, 1, -1)), _nz(rng, -5, 5, (0,))
    x1, y1, x2, y2 = rng.randint(1, 4), rng.randint(0, 3), rng.randint(1, 3), rng.randint(1, 3)
    form = rng.randrange(3)
    if form == 0:
        s = f"{_mono(c1, {'x': x1, 'y': y1})} * {'(' + _mono(c2, {'x': x2, 'y': y2}) + ')' if c2 < 0 else _mono(c2, {'x': x2, 'y': y2})}"
    elif form == 1:
        prod_c = c1 * c2
        s = f"{_mono(prod_c, {'x': x1 + x2, 'y': y1 + y2})} : {'(' + _mono(c2, {'x': x2, 'y': y2}) + ')' if c2 < 0 else _mono(c2, {'x': x2, 'y': y2})}"
    else:
        c3 = rng.choice([2, 3, 4, 6])
        c1 = c3 * rng.choice([1, 2, -1, -2])
        s = (f"{_mono(c1, {'x': x1 + 1, 'y': y1 + 1})} * {_mono(abs(c2) if c2 else 2, {'x': x2, 'y': 1})} : "
             f"{_mono(c3, {'x': 1, 'y': y1 + 1})}")
    e = sp.simplify(_P(s.replace(":", "/")) if False else _P(s))
    ans = _plain(e)
    text = rng.choice([f"{rng.choice(_LAW_Q)}\n{_r(s, st)}", f"{_j(_r(s, st), '을/를')} 계산하시오.",
                       f"다음 단항식의 계산을 하시오.\n{_r(s, st)}"])
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["지수법칙", "단항식"], check=lambda: sp.simplify(_P(ans) - _P(s)) == 0)


@family("9수02-08", "number-of-digits")
def _f08_digits(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randint(5, 15)
    extra = rng.randint(1, 4)
    form = rng.randrange(2)
    if form == 0:
        s = f"2^{m + extra} * 5^{m}"
        val = 2 ** (m + extra) * 5 ** m
    else:
        s = f"2^{m} * 5^{m + extra}"
        val = 2 ** m * 5 ** (m + extra)
    digits = len(str(val))
    text = rng.choice([f"{_j(_r(s, st), '은/는')} 몇 자리의 자연수인지 {_end(rng)}",
                       f"{_r(s, st)}가 n자리의 자연수일 때, n의 값을 구하시오.".replace(f"{_r(s, st)}가", _j(_r(s, st), "이/가")),
                       f"자연수 {_r(s, st)}의 자릿수를 지수법칙을 이용하여 구하고, 그 과정을 설명하시오."])
    return Problem(text=text, answer=str(digits), format="word" if "설명" not in text else "proof", difficulty=4, achievement_level="B",
                   concepts=["지수법칙", "거듭제곱"], check=lambda: len(str(sp.Integer(2) ** (m + extra) * 5 ** m if form == 0 else sp.Integer(2) ** m * 5 ** (m + extra))) == digits)


@family("9수02-08", "real-life-powers")
def _f08_life(rng: random.Random) -> Problem:
    form = rng.randrange(3)
    if form == 0:
        h = rng.randint(2, 6)
        per = rng.choice([1, 2, 3])
        start = rng.choice([1, 2, 4, 8])
        hours = h * per
        cnt_e = h + (start.bit_length() - 1)
        text = (f"어떤 세균은 {per}시간마다 한 번씩 분열하여 그 수가 2배가 된다. 처음에 세균 {start}마리가 있었다면 {hours}시간 후에는 "
                f"세균이 몇 마리가 되는지 2의 거듭제곱으로 나타내시오.")
        ans, chk = f"2^{cnt_e}마리", (lambda: start * 2 ** h == 2 ** cnt_e)
    elif form == 1:
        k = rng.randint(2, 5)
        n = rng.randint(2, 6)
        text = (f"컴퓨터에서 1 KB는 2^10 B이고, 1 MB는 2^10 KB이다. 크기가 {2 ** k} MB인 파일은 몇 B인지 2의 거듭제곱으로 나타내시오.")
        text = text.replace("2^10", "2¹⁰") if rng.random() < 0.5 else text.replace("2^10", "$2^{10}$")
        ans, chk = f"2^{k + 20} B", (lambda: 2 ** k * 2 ** 10 * 2 ** 10 == 2 ** (k + 20))
        _ = n
    else:
        n = rng.randint(3, 6)
        text = (f"한 변의 길이가 3^{n} cm인 정육면체 모양의 상자에 한 변의 길이가 3 cm인 정육면체 모양의 블록을 빈틈없이 채우려고 한다. "
                f"필요한 블록은 모두 몇 개인지 3의 거듭제곱으로 나타내시오.")
        text = text.replace(f"3^{n}", f"$3^{{{n}}}$") if rng.random() < 0.5 else text.replace(f"3^{n}", f"3{str(n).translate(_SUP)}")
        ans, chk = f"3^{3 * (n - 1)}개", (lambda: (3 ** n // 3) ** 3 == 3 ** (3 * (n - 1)))
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["지수법칙", "거듭제곱", "밑", "지수"], check=chk)


# ================================================================================================
# 9수02-09 다항식의 덧셈과 뺄셈
# ================================================================================================
def _rpoly(rng: random.Random, kind: str) -> sp.Expr:
    """A random polynomial: 'xy' (ax + by + c), 'quad' (ax² + bx + c)."""
    if kind == "xy":
        return _nz(rng, -6, 6) * x + _nz(rng, -6, 6) * y + rng.randint(-7, 7)
    return _nz(rng, -4, 4) * x**2 + _nz(rng, -6, 6) * x + _nz(rng, -8, 8)


def _pp(e: sp.Expr) -> str:
    return _mini(sp.expand(e))


@family("9수02-09", "add-sub-two-variables")
def _f09_xy(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, B = _rpoly(rng, "xy"), _rpoly(rng, "xy")
    op = rng.choice(["+", "-"])
    s = f"({_pp(A)}) {op} ({_pp(B)})"
    text = rng.choice([f"다음을 계산하시오.\n{_r(s, st)}", f"{_j(_r(s, st), '을/를')} 간단히 하시오.", f"{_j(_r(s, st), '을/를')} 계산하면?"])
    ans = _plain(sp.expand(_P(s)))
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["다항식", "동류항"], check=lambda: sp.expand(_P(ans) - (A + B if op == "+" else A - B)) == 0)


@family("9수02-09", "add-sub-quadratic")
def _f09_quad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, B = _rpoly(rng, "quad"), _rpoly(rng, "quad")
    k = rng.choice([1, 1, 2, 3])
    op = rng.choice(["+", "-"])
    s = f"({_pp(A)}) {op} {k if k > 1 else ''}({_pp(B)})"
    res = sp.expand(A + k * B if op == "+" else A - k * B)
    text = rng.choice([f"다음을 계산하시오.\n{_r(s, st)}", f"{_j(_r(s, st), '을/를')} 간단히 하여라.",
                       f"다음 식을 계산하여 x에 대한 내림차순으로 나타내시오.\n{_r(s, st)}"])
    ans = _plain(res)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["다항식", "동류항", "차수"], check=lambda: sp.expand(_P(ans) - _P(s)) == 0)


@family("9수02-09", "fraction-two-variables")
def _f09_frac(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.sample([2, 3, 4, 5, 6], 2)
    A = _nz(rng, -4, 4) * x + _nz(rng, -4, 4) * y
    B = _nz(rng, -4, 4) * x + _nz(rng, -4, 4) * y
    while sp.gcd(sp.gcd(A.coeff(x), A.coeff(y)), m) != 1:
        A = A + x
    while sp.gcd(sp.gcd(B.coeff(x), B.coeff(y)), n) != 1 or B.coeff(x) == 0:
        B = B + x
    op = rng.choice(["+", "-"])
    s = f"[{_pp(A)}|{m}] {op} [{_pp(B)}|{n}]"
    res = sp.expand(A / m + (B / n if op == "+" else -B / n))
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([f"다음을 계산하시오.\n{_r(s, st)}", f"{_j(_r(s, st), '을/를')} 간단히 하시오."])
        ans = _plain(res)
    else:
        text = f"{_j(_r(s, st), '을/를')} 간단히 하면 {_r('ax + by', st)}일 때, 상수 a, b에 대하여 {_r('a + b', st)}의 값을 {_end(rng)}"
        ans = _frac_str(res.coeff(x) + res.coeff(y))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["다항식", "동류항"], check=lambda: sp.expand(_P(s) - res) == 0)


@family("9수02-09", "nested-brackets-two-variables")
def _f09_nested(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.randint(2, 6), rng.randint(1, 5)
    r, t = rng.randint(2, 4), rng.randint(1, 5)
    form = rng.randrange(2)
    if form == 0:
        s = f"{p}x - {{{q}y - ({r}x - {t}y)}}"
    else:
        s = f"{p}x - [{q}y - {{{r}x - ({t}y - x)}}]"
        s = s.replace("[", "⟦").replace("]", "⟧")
    shown = s.replace("⟦", "[").replace("⟧", "]")
    if st == "latex":
        rend = _r(shown.replace("[", "〔").replace("]", "〕"), st).replace("〔", "[").replace("〕", "]")
    else:
        rend = _r(shown.replace("[", "〔").replace("]", "〕"), st).replace("〔", "[").replace("〕", "]")
    res = sp.expand(_P(s.replace("⟦", "(").replace("⟧", ")")))
    text = rng.choice([f"다음 식을 간단히 하시오.\n{rend}", f"괄호를 풀어 {_j(rend, '을/를')} 계산하여라.",
                       f"{_j(rend, '을/를')} 간단히 하였을 때, x의 계수와 y의 계수의 합을 구하시오."])
    ans = str(res.coeff(x) + res.coeff(y)) if "계수의 합" in text else _plain(res)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["다항식", "동류항", "계수"], check=lambda: sp.expand(_P(s.replace("⟦", "(").replace("⟧", ")")) - res) == 0)


@family("9수02-09", "wrong-operation-polynomial")
def _f09_wrong(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["xy", "quad"])
    R, W = _rpoly(rng, kind), _rpoly(rng, kind)
    mistake = rng.choice(["add-for-sub", "sub-for-add"])
    who = name(rng)
    if mistake == "add-for-sub":
        correct = W - 2 * R
        text = rng.choice([
            f"어떤 다항식에서 {_j(_e(R, st), '을/를')} 빼야 할 것을 잘못하여 더하였더니 {_j(_e(W, st), '이/가')} 되었다. 바르게 계산한 식을 {_end(rng)}",
            f"{josa(who, '은/는')} 어떤 식 A에서 {_j(_e(R, st), '을/를')} 빼야 하는데 더하는 바람에 {_j(_e(W, st), '을/를')} 얻었다. 옳게 계산한 답은?",
        ])
    else:
        correct = W + 2 * R
        text = rng.choice([
            f"어떤 다항식에 {_j(_e(R, st), '을/를')} 더해야 할 것을 잘못하여 뺐더니 {_j(_e(W, st), '이/가')} 되었다. 바르게 계산한 식을 {_end(rng)}",
            f"{josa(who, '이/가')} 어떤 식에 {_j(_e(R, st), '을/를')} 더해야 하는데 실수로 빼서 {_j(_e(W, st), '을/를')} 얻었다. 바르게 계산한 결과를 {_end(rng)}",
        ])
    ans = _plain(sp.expand(correct))
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["다항식", "동류항"],
                   check=lambda: sp.expand(((W - R) - R if mistake == "add-for-sub" else (W + R) + R) - _P(ans)) == 0)


@family("9수02-09", "coefficient-after-simplify")
def _f09_coef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, B = _rpoly(rng, "quad"), _rpoly(rng, "quad")
    k = rng.randint(2, 3)
    s = f"{k}({_pp(A)}) - ({_pp(B)})"
    res = sp.expand(k * A - B)
    a2, a1, a0 = res.coeff(x, 2), res.coeff(x, 1), res.coeff(x, 0)
    want = rng.choice(["x²의 계수와 상수항의 합", "x의 계수와 상수항의 곱", "x²의 계수와 x의 계수의 합"])
    val = {"x²의 계수와 상수항의 합": a2 + a0, "x의 계수와 상수항의 곱": a1 * a0, "x²의 계수와 x의 계수의 합": a2 + a1}[want]
    want_txt = want.replace("x²", _r("x^2", st)) if st == "latex" else want
    text = rng.choice([
        f"{_j(_r(s, st), '을/를')} 간단히 하였을 때, {want_txt}을 구하시오.",
        f"식 {_j(_r(s, st), '을/를')} 계산한 결과에서 {want_txt}은 □이다. □ 안에 알맞은 수를 써넣으시오.",
    ])
    return Problem(text=text, answer=str(val), format="fill", difficulty=3, achievement_level="C",
                   concepts=["다항식", "계수", "상수항"], check=lambda: sp.expand(_P(s) - res) == 0)


@family("9수02-09", "which-is-quadratic-mcq")
def _f09_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k, m = rng.randint(2, 6), rng.randint(1, 7)
    quad = [f"x^2 - {k}x + {m}", f"{k}x^2", f"[x^2|{k}] - 1", f"x(x - {k})", f"{m} - x^2", f"x^2 + {k}x - x"]
    non = [f"x^2 + {k}x - x^2", f"[1|x^2] + {k}", f"{k}x - {m}", "x^3 - x^2", f"{k}x^2 - x({k}x + 1)", f"[{k}|x] + x^2"]
    ask = rng.random() < 0.6
    if ask:
        c, wrong = rng.choice(quad), rng.sample(non, 4)
        stem = rng.choice(["다음 중 x에 대한 이차식인 것은?", "다음 중 이차식을 고르시오."])
    else:
        c, wrong = rng.choice(non), rng.sample(quad, 4)
        stem = rng.choice(["다음 중 x에 대한 이차식이 아닌 것은?", "다음 중 이차식이 아닌 것을 고르면?"])

    def is_q(t: str) -> bool:
        e = sp.together(_P(t))
        nmr, den = sp.fraction(e)
        if den.has(x):
            return False
        return sp.Poly(sp.expand(nmr), x).degree() == 2

    ch = choices(rng, _r(c, st), [_r(w, st) for w in wrong])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["다항식", "차수"], choice=ch, check=lambda: is_q(c) == ask and all(is_q(w) != ask for w in wrong))


@family("9수02-09", "combine-named-polynomials")
def _f09_named(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["xy", "quad"])
    A, B = _rpoly(rng, kind), _rpoly(rng, kind)
    form = rng.randrange(2)
    if form == 0:
        p, q = rng.randint(1, 3), _nz(rng, -3, 3)
        expr = f"{p if p > 1 else ''}A {'+' if q > 0 else '-'} {abs(q) if abs(q) > 1 else ''}B"
        res = p * A + q * B
    else:
        expr = "3A - {B - 2(A - B)}"
        res = 3 * A - (B - 2 * (A - B))
    Ar, Br = _e(A, st), _e(B, st)
    given = f"$A = {Ar[1:-1]}$, $B = {Br[1:-1]}$" if st == "latex" else f"A = {Ar}, B = {Br}"
    text = rng.choice([f"{given}일 때, {_j(_r(expr, st), '을/를')} 간단히 하시오.",
                       f"두 다항식 {given}에 대하여 {_j(_r(expr, st), '을/를')} 계산하여라.",
                       f"{given}일 때, {_j(_r(expr, st), '을/를')} 계산하면?"])
    ans = _plain(sp.expand(res))
    return Problem(text=text, answer=ans, format="computation", difficulty=3 if form == 0 else 4,
                   achievement_level="C" if form == 0 else "B", concepts=["다항식", "대입"],
                   check=lambda: sp.expand(_P(ans) - _P(expr.replace("A", f"({_mini(A)})").replace("B", f"({_mini(B)})"))) == 0)


@family("9수02-09", "perimeter-two-variables")
def _f09_perim(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.randrange(2)
    if form == 0:
        W = rng.randint(1, 4) * x + rng.randint(1, 3) * y
        H = rng.randint(1, 3) * x - rng.randint(1, 2) * y + rng.randint(2, 6) * 0
        text = rng.choice([
            f"가로의 길이가 {_r(f'({_pp(W)})', st)} cm, 세로의 길이가 {_r(f'({_pp(H)})', st)} cm인 직사각형의 둘레의 길이를 구하시오.",
            f"직사각형 모양의 텃밭의 가로는 {_r(f'({_pp(W)})', st)} m, 세로는 {_r(f'({_pp(H)})', st)} m이다. 텃밭 둘레에 울타리를 치려고 할 때, 필요한 울타리의 길이를 식으로 나타내시오.",
        ])
        res = 2 * (W + H)
    else:
        total = rng.randint(4, 8) * x + rng.randint(3, 8) * y
        s1 = rng.randint(1, 3) * x + rng.randint(1, 2) * y
        s2 = rng.randint(1, 2) * x + rng.randint(1, 3) * y
        text = (f"둘레의 길이가 {_r(f'({_pp(total)})', st)} cm인 삼각형에서 두 변의 길이가 각각 {_r(f'({_pp(s1)})', st)} cm, "
                f"{_r(f'({_pp(s2)})', st)} cm일 때, 나머지 한 변의 길이를 {_end(rng)}")
        res = total - s1 - s2
    ans = _plain(sp.expand(res))
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["다항식", "동류항"], check=lambda: sp.expand(_P(ans) - res) == 0)


# ================================================================================================
# 9수02-10 (단항식)×(다항식), (다항식)÷(단항식)
# ================================================================================================
def _rmono(rng: random.Random, coef: tuple[int, int] = (-4, 4), vars_: str = "xy") -> sp.Expr:
    c = _nz(rng, coef[0], coef[1])
    e = sp.Integer(c)
    for v in vars_:
        e *= sp.Symbol(v) ** rng.randint(0, 2)
    if e.is_number:
        e *= sp.Symbol(vars_[0])
    return e


def _mm(e: sp.Expr) -> str:
    """Monomial mini string, parenthesised when negative (for use after an operator)."""
    s = _mini(e)
    return f"({s})" if s.startswith("-") else s


@family("9수02-10", "monomial-times-polynomial")
def _f10_mul(rng: random.Random) -> Problem:
    st = pick_style(rng)
    v2 = rng.choice(["x", "a"])
    w2 = "y" if v2 == "x" else "b"
    M = _nz(rng, -5, 5, (0, 1)) * sp.Symbol(v2) ** rng.randint(1, 2) * sp.Symbol(w2) ** rng.randint(0, 1)
    P = _nz(rng, -5, 5) * sp.Symbol(v2) + _nz(rng, -4, 4) * sp.Symbol(w2) + rng.choice([0, _nz(rng, -6, 6)])
    right = rng.random() < 0.4
    s = f"({_pp(P)}) * {_mm(M)}" if right else f"{_mini(M)}({_pp(P)})"
    text = rng.choice([f"다음을 계산하시오.\n{_r(s, st)}", f"분배법칙을 이용하여 {_j(_r(s, st), '을/를')} 전개하시오.",
                       f"{_j(_r(s, st), '을/를')} 간단히 하면?"])
    ans = _plain(sp.expand(M * P))
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["단항식", "다항식", "분배법칙", "전개"],
                   check=lambda: sp.expand(_P(s.replace("a", "x").replace("b", "y")) - _P(ans.replace("a", "x").replace("b", "y"))) == 0)


@family("9수02-10", "polynomial-div-monomial")
def _f10_div(rng: random.Random) -> Problem:
    st = pick_style(rng)
    M = _nz(rng, -4, 4, (0,)) * x ** rng.randint(1, 2) * y ** rng.randint(0, 1)
    Q = _nz(rng, -4, 4) * x ** rng.randint(0, 2) * y + _nz(rng, -5, 5) * x ** rng.randint(0, 1) + _nz(rng, -3, 3)
    Q = sp.expand(Q)
    D = sp.expand(M * Q)
    form = rng.randrange(2)
    s = f"({_pp(D)}) : {_mm(M)}" if form == 0 else f"[{_pp(D)}|{_mini(M)}]"
    if form == 1 and _mini(M).startswith("-"):
        s = f"({_pp(D)}) : {_mm(M)}"
    text = rng.choice([f"다음을 계산하시오.\n{_r(s, st)}", f"{_j(_r(s, st), '을/를')} 간단히 하시오.",
                       f"다항식을 단항식으로 나누어 {_j(_r(s, st), '을/를')} 계산하여라."])
    ans = _plain(Q)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["다항식", "단항식"], check=lambda: sp.simplify(_P(s) - _P(ans)) == 0)


@family("9수02-10", "divide-by-fraction-monomial")
def _f10_fracdiv(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.choice([(1, 2), (2, 3), (3, 4), (1, 3), (3, 2), (2, 5)])
    sgn = rng.choice([1, -1])
    c = sgn * sp.Rational(p, q)
    mono = a * b if rng.random() < 0.5 else a
    M = c * mono
    Q = _nz(rng, -4, 4) * a + _nz(rng, -4, 4) * rng.choice([1, b, a * b, b * b])
    Q = sp.expand(Q * q)
    D = sp.expand(M * Q)
    mono_s = _mini(mono)
    Ms = f"{'-' if sgn < 0 else ''}[{p}|{q}]{mono_s}" if st == "latex" else f"{'-' if sgn < 0 else ''}[{p if p > 1 else ''}{mono_s}|{q}]"
    s = f"({_pp(D)}) : ({Ms})"
    text = rng.choice([f"다음을 계산하시오.\n{_r(s, st)}", f"{_j(_r(s, st), '을/를')} 간단히 하시오.",
                       f"나누는 식의 역수를 곱하여 {_j(_r(s, st), '을/를')} 계산하시오."])
    ans = _plain(sp.expand(Q))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["다항식", "단항식", "역수"],
                   check=lambda: sp.simplify(_P(s.replace("a", "x").replace("b", "y")) - _P(ans.replace("a", "x").replace("b", "y"))) == 0)


@family("9수02-10", "mixed-mul-div")
def _f10_mixed(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m1 = _nz(rng, -4, 4, (0,)) * x
    P1 = x + _nz(rng, -5, 5)
    m2 = _nz(rng, -3, 3, (0,)) * x
    Q2 = _nz(rng, -3, 3) * x**2 + _nz(rng, -5, 5) * x
    D2 = sp.expand(m2 * Q2)
    op = rng.choice(["+", "-"])
    s = f"{_mini(m1)}({_pp(P1)}) {op} ({_pp(D2)}) : {_mm(m2)}"
    res = sp.expand(m1 * P1 + (Q2 if op == "+" else -Q2))
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([f"다음을 계산하시오.\n{_r(s, st)}", f"{_j(_r(s, st), '을/를')} 간단히 하시오."])
        ans = _plain(res)
    else:
        text = f"{_j(_r(s, st), '을/를')} 간단히 하면 {_r('ax^2 + bx', st)}이다. 상수 a, b에 대하여 {_r('a - b', st)}의 값을 {_end(rng)}"
        ans = str(res.coeff(x, 2) - res.coeff(x, 1))
        if res.coeff(x, 0) != 0:
            text = text.replace(_r("ax^2 + bx", st), _r("ax^2 + bx + c", st)).replace("상수 a, b에", "상수 a, b, c에")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["단항식", "다항식", "분배법칙"], check=lambda: sp.expand(_P(s) - res) == 0)


@family("9수02-10", "area-to-side")
def _f10_area(rng: random.Random) -> Problem:
    st = pick_style(rng)
    shape = rng.choice(["rect", "tri", "para"])
    base = _nz(rng, 2, 5) * a * rng.choice([1, b])
    other = sp.expand(rng.randint(1, 4) * a + rng.randint(1, 5) * b)
    if shape == "rect":
        area = sp.expand(base * other)
        text = rng.choice([
            f"넓이가 {_e(area, st)}인 직사각형의 가로의 길이가 {_j(_e(base, st), '일/일')[:-1] if False else _e(base, st)}일 때, 세로의 길이를 {_end(rng)}",
            f"직사각형 모양의 게시판의 넓이는 {_e(area, st)}이고 가로의 길이는 {_e(base, st)}이다. 세로의 길이를 식으로 나타내시오.",
        ])
    elif shape == "tri":
        area = sp.expand(base * other / 2)
        text = f"넓이가 {_e(area, st)}인 삼각형의 밑변의 길이가 {_e(base, st)}일 때, 이 삼각형의 높이를 {_end(rng)}"
    else:
        area = sp.expand(base * other)
        text = f"밑변의 길이가 {_e(base, st)}이고 넓이가 {_e(area, st)}인 평행사변형의 높이를 {_end(rng)}"
    ans = _plain(other)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["다항식", "단항식"], check=lambda: sp.expand(area / base * (2 if shape == "tri" else 1) - other) == 0)


@family("9수02-10", "box-volume")
def _f10_vol(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ln = rng.randint(2, 4) * a
    w = rng.randint(1, 3) * b
    h = sp.expand(_nz(rng, 1, 3) * a + _nz(rng, -3, 4) * b)
    if h.coeff(b) <= 0 and h.coeff(a) <= 0:
        h = a + b
    V = sp.expand(ln * w * h)
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([
            f"가로의 길이가 {_e(ln, st)}, 세로의 길이가 {_e(w, st)}, 높이가 {_e(h, st)}인 직육면체의 부피를 {_end(rng)}",
            f"밑면의 가로와 세로의 길이가 각각 {_e(ln, st)}, {_e(w, st)}이고 높이가 {_e(h, st)}인 직육면체 모양의 상자의 부피를 식으로 나타내시오.",
        ])
        ans, res = _plain(V), V
    else:
        text = rng.choice([
            f"부피가 {_e(V, st)}인 직육면체의 밑면의 가로와 세로의 길이가 각각 {_e(ln, st)}, {_e(w, st)}일 때, 이 직육면체의 높이를 {_end(rng)}",
            f"직육면체 모양의 수조의 부피가 {_e(V, st)}이고 밑면이 가로 {_e(ln, st)}, 세로 {_e(w, st)}인 직사각형이다. 수조의 높이는?",
        ])
        ans, res = _plain(h), h
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["다항식", "단항식"], check=lambda: sp.expand(_P(ans.replace("a", "x").replace("b", "y")) - res.subs({a: x, b: y})) == 0)


@family("9수02-10", "fill-missing-factor")
def _f10_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    M = _nz(rng, -4, 4, (0, 1)) * a
    P = sp.expand(_nz(rng, -4, 4) * a + _nz(rng, -5, 5) * b)
    R = sp.expand(M * P)
    form = rng.randrange(2)
    if form == 0:
        eq = f"□ * {_mm(M)} = {_pp(R)}"
        ans = P
    else:
        eq = f"(□) : {_mm(M)} = {_pp(P)}"
        ans = R

    def ren(t: str) -> str:
        out = _r(t.replace("□", "Q"), st)
        return out.replace("Q", "\\square" if st == "latex" else "□")

    text = rng.choice([f"다음 □ 안에 알맞은 식을 구하시오.\n{ren(eq)}", f"{ren(eq)}일 때, □ 안에 알맞은 식은?",
                       f"등식 {_j(ren(eq), '이/가')} 성립하도록 □ 안에 알맞은 식을 써넣으시오."])
    return Problem(text=text, answer=_plain(ans), format="fill", difficulty=3, achievement_level="C",
                   concepts=["다항식", "단항식"],
                   check=lambda: sp.expand(ans * M - R) == 0 if form == 0 else sp.expand(ans / M - P) == 0)


@family("9수02-10", "mul-div-mcq")
def _f10_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k, m = rng.randint(2, 5), rng.randint(2, 6)
    good = [
        (f"{k}x(x - {m})", f"{k}x^2 - {k * m}x"), (f"-x(x + {m}y)", f"-x^2 - {m}xy"),
        (f"({k * 2}x^2 - {k * 2}x) : {2}x", f"{k}x - {k}"), (f"({m}a^2b + {m}ab) : {m}ab", "a + 1"),
        (f"(x - {m}) * (-{k}x)", f"-{k}x^2 + {k * m}x"),
    ]
    bad = [
        (f"{k}x(x - {m})", f"{k}x^2 - {m}x"), (f"-x(x + {m}y)", f"-x^2 + {m}xy"), (f"({k * 2}x^2 - {k * 2}x) : {2}x", f"{k}x - {k}x"),
        (f"({m}a^2b + {m}ab) : {m}ab", "a"), (f"(x - {m}) * (-{k}x)", f"-{k}x^2 - {k * m}x"), (f"({k}x^2 + x) : x", f"{k}x"),
    ]
    ask_good = rng.random() < 0.5
    if ask_good:
        c = rng.choice(good)
        others = rng.sample([o for o in bad if o[0] != c[0]], 4)
        stem = rng.choice(["다음 중 계산 결과가 옳은 것은?", "다음 식의 계산 중 바른 것을 고르시오."])
    else:
        c = rng.choice(bad)
        others = rng.sample([o for o in good if o[0] != c[0]], 4)
        stem = rng.choice(["다음 중 계산 결과가 옳지 않은 것은?", "다음 식의 계산 중 잘못된 것을 고르면?"])

    def ok(pr: tuple[str, str]) -> bool:
        return sp.simplify(_P(pr[0]) - _P(pr[1])) == 0

    def show(pr: tuple[str, str]) -> str:
        return _r(f"{pr[0]} = {pr[1]}", st)

    ch = choices(rng, show(c), [show(o) for o in others])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["단항식", "다항식", "분배법칙"], choice=ch,
                   check=lambda: ok(c) == ask_good and all(ok(o) != ask_good for o in others))


@family("9수02-10", "simplify-then-evaluate")
def _f10_eval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = _nz(rng, -3, 3, (0,)) * x
    P = x + _nz(rng, -4, 4) * y
    n = _nz(rng, -3, 3, (0,)) * y
    Q = _nz(rng, -3, 3) * x * y + _nz(rng, -4, 4) * y**2
    D = sp.expand(n * Q)
    s = f"{_mini(m)}({_pp(P)}) - ({_pp(D)}) : {_mm(n)}"
    xv, yv = _nz(rng, -3, 3), _nz(rng, -3, 3)
    res = sp.expand(m * P - Q)
    val = res.subs({x: xv, y: yv})
    text = rng.choice([
        f"{_r(f'x = {xv}', st)}, {_r(f'y = {yv}', st)}일 때, 다음 식의 값을 {_end(rng)}\n{_r(s, st)}",
        f"식 {_j(_r(s, st), '을/를')} 간단히 한 후, {_r(f'x = {xv}', st)}, {_r(f'y = {yv}', st)}를 대입하여 식의 값을 {_end(rng)}",
    ]).replace(f"{_r(f'y = {yv}', st)}를 대입", f"{_j(_r(f'y = {yv}', st), '을/를')} 대입")
    return Problem(text=text, answer=str(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["다항식", "단항식", "대입"], also=["9수02-01"] if False else [],
                   check=lambda: _P(s).subs({x: xv, y: yv}) == val)
