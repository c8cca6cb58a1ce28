"""Generators for 공통수학2 (고등학교), domain 03 함수와 그래프: 10공수2-03-01 … 10공수2-03-05.

Private helpers (module-local, prefixed ``_``):

* ``_r(s, st)`` renders a small ASCII notation in style ``st``: ``^2`` exponent, ``^-1`` inverse,
  ``[p|q]`` fraction, ``√x`` / ``√(…)`` roots, ``<=``/``>=``/``!=``, ``*`` ×, ``∘`` composition,
  ``->`` arrow, ``{…}`` set braces and `` | `` (spaced) set-builder bar. LaTeX comes back in ``$…$``.
* ``_pl(coeffs)`` an integer/Fraction polynomial in x (highest degree first) in mini notation.
* ``_fs(v)`` a Fraction as plain text; ``_fm(v)`` the same in mini notation.
* ``_end(rng)`` a varied question ending; ``secondary_level(d)`` the level that goes with difficulty ``d``.
* ``_set(xs)`` a finite set ``{1, 2, 3}`` in mini notation.
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
    standard_transformations,
)

from mathtag.corpus.generators.base import Problem, family, nonzero, secondary_level
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import choices, with_choices
from mathtag.corpus.notation import pick_style

x, y = sp.symbols("x y")
_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_FRAC = re.compile(r"\[([^\[\]|]+)\|([^\[\]|]+)\]")
_K = ("ㄱ", "ㄴ", "ㄷ")


# -- notation ------------------------------------------------------------------------------------
def _r(s: str, st: str) -> str:
    """Render mini notation ``s`` in style ``st`` (latex / unicode / plain)."""
    if st == "latex":
        t = s.replace("{", "\\{").replace("}", "\\}")
        t = t.replace(" | ", " \\mid ")
        t = re.sub(r"\^-1", "^{-1}", t)
        t = re.sub(r"\^(\d+|[a-z])", r"^{\1}", t)
        while _FRAC.search(t):
            t = _FRAC.sub(lambda mm: f"\\frac{{{mm.group(1).strip()}}}{{{mm.group(2).strip()}}}", t)
        t = re.sub(r"√\(([^()]+)\)", r"\\sqrt{\1}", t)
        t = re.sub(r"√(\w+)", r"\\sqrt{\1}", t)
        t = t.replace("<=", " \\le ").replace(">=", " \\ge ").replace("!=", " \\ne ")
        t = t.replace("->", " \\to ").replace("∘", " \\circ ").replace("*", " \\times ")
        t = re.sub(r"  +", " ", t)
        return f"${t.strip()}$"

    def fr(mm: re.Match[str]) -> str:
        p, q = mm.group(1).strip(), mm.group(2).strip()
        p = f"({p})" if re.search(r"[+\- ]", p[1:]) else p
        q = f"({q})" if re.search(r"[+\- ]", q[1:]) or " " in q else q
        if re.match(r"[a-zA-Z(√]", mm.string[mm.end():mm.end() + 1]):
            return f"({p}/{q})"
        return f"{p}/{q}"

    t = s
    while _FRAC.search(t):
        t = _FRAC.sub(fr, t)
    if st == "unicode":
        t = t.replace("^-1", "⁻¹")
        t = re.sub(r"\^(\d+)", lambda mm: mm.group(1).translate(_SUP), t)
        t = t.replace("<=", "≤").replace(">=", "≥").replace("!=", "≠").replace("*", "×").replace("->", "→")
        return t.replace("-", "−")
    return t.replace("^-1", "^(-1)").replace("*", "×")


def _fs(v) -> str:
    v = Fraction(v)
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


def _fm(v) -> str:
    v = Fraction(v)
    if v.denominator == 1:
        return str(v.numerator)
    return ("-" if v < 0 else "") + f"[{abs(v.numerator)}|{v.denominator}]"


def _pl(coeffs, var: str = "x") -> str:
    """Polynomial with coefficients ``coeffs`` (highest degree first) in mini notation."""
    n = len(coeffs) - 1
    out = ""
    for i, cf in enumerate(coeffs):
        cf = Fraction(cf)
        if cf == 0:
            continue
        deg = n - i
        mono = "" if deg == 0 else (var if deg == 1 else f"{var}^{deg}")
        mag = abs(cf)
        body = ("" if (mag == 1 and mono) else _fm(mag)) + mono
        if not out:
            out = ("-" if cf < 0 else "") + body
        else:
            out += (" - " if cf < 0 else " + ") + body
    return out or "0"


_TRANS = (*standard_transformations, implicit_multiplication_application, convert_xor)


def _sx(s: str) -> sp.Expr:
    """Parse mini notation (``2x^2 - |x - 1|``, ``[x + 1|x - 2]``, ``√(x + 1)``) into sympy."""
    t = s.replace("−", "-")
    t = re.sub(r"\|([^|]+)\|", r"Abs(\1)", t)
    t = re.sub(r"(?<=[\w)])Abs\(", "*Abs(", t)
    while _FRAC.search(t):
        t = _FRAC.sub(lambda mm: f"(({mm.group(1)})/({mm.group(2)}))", t)
    t = re.sub(r"√\(([^()]+)\)", r"sqrt(\1)", t)
    t = re.sub(r"√(\w+)", r"sqrt(\1)", t)
    return parse_expr(t, transformations=_TRANS, local_dict={"x": x, "y": y})


def _js(word: str, pair: str) -> str:
    """``josa`` that also reads LaTeX set braces: ``$X = \\{1, 6\\}$`` takes the particle of ``6``."""
    clean = word.replace("\\}", "}").replace("\\{", "{")
    return word + josa(clean, pair)[len(clean):]


def _set(xs) -> str:
    return "{" + ", ".join(str(v) for v in xs) + "}"


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보시오."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오.", "구하면?"])


def _kset_options() -> list[str]:
    return ["ㄱ", "ㄴ", "ㄷ", "ㄱ, ㄴ", "ㄱ, ㄷ", "ㄴ, ㄷ", "ㄱ, ㄴ, ㄷ"]


def _kmcq(rng: random.Random, truths: list[bool]) -> tuple[str, object]:
    """A 보기 (ㄱ, ㄴ, ㄷ) answer block: the correct set from ``truths`` and four other subsets."""
    right = ", ".join(k for k, t in zip(_K, truths, strict=True) if t)
    if not right:
        raise ValueError("no true statement")
    opts = _kset_options()
    ch = choices(rng, right, [o for o in opts if o != right], sort_key=opts.index)
    return right, ch


# ================================================================================================
# 10공수2-03-01 함수의 뜻과 그래프 (대응, 정의역·공역·치역, 일대일대응, 항등함수, 상수함수)
# ================================================================================================
_C1 = "10공수2-03-01"
_LETTERS = ("a", "b", "c", "d", "e")


def _pairs(mapping: list[tuple[object, object]]) -> str:
    return "{" + ", ".join(f"({u}, {v})" for u, v in mapping) + "}"


@family(_C1, "mcq-which-correspondence-is-function")
def _f1_which(rng: random.Random) -> Problem:
    st = pick_style(rng)
    X = sorted(rng.sample(range(1, 7), 3))
    Y = list(_LETTERS[: rng.choice([3, 4])]) if rng.random() < 0.5 else sorted(rng.sample(range(0, 10), rng.choice([3, 4])))
    outside = ("p" if isinstance(Y[0], str) else max(Y) + rng.randint(1, 3))

    def func() -> list:
        return [(u, rng.choice(Y)) for u in X]

    def missing() -> list:
        m = func()
        del m[rng.randrange(3)]
        return m

    def double() -> list:
        m = func()
        i = rng.randrange(3)
        other = rng.choice([v for v in Y if v != m[i][1]])
        m.insert(i + 1, (m[i][0], other))
        return m

    def out() -> list:
        m = func()
        i = rng.randrange(3)
        m[i] = (m[i][0], outside)
        return m

    want_func = rng.random() < 0.6
    if want_func:
        right = _pairs(func())
        wrong_makers = [missing, double, out, double, missing, out]
    else:
        right = _pairs(rng.choice([missing, double, out])())
        wrong_makers = [func] * 6
    wrong = []
    for mk in wrong_makers:
        w = _pairs(mk())
        if w != right and w not in wrong:
            wrong.append(w)
    while len(wrong) < 4:
        w = _pairs(func() if not want_func else rng.choice([missing, double, out])())
        if w != right and w not in wrong:
            wrong.append(w)
    rend = [_r(o, st) for o in wrong]
    ch = choices(rng, _r(right, st), rend)
    xs, ys = _r(_set(X), st), _r(_set(Y), st)
    if want_func:
        stem = rng.choice([
            f"두 집합 X = {xs}, Y = {ys}에 대하여 다음 중 X에서 Y로의 함수인 것은?",
            f"집합 X = {xs}의 각 원소에 집합 Y = {ys}의 원소를 대응시킨 것을 순서쌍의 집합으로 나타내었다. 이 중 X에서 Y로의 함수가 되는 것은?",
            f"X = {xs}, Y = {ys}일 때, 다음 대응 중에서 함수인 것을 고르시오.",
        ])
    else:
        stem = rng.choice([
            f"두 집합 X = {xs}, Y = {ys}에 대하여 다음 중 X에서 Y로의 함수가 아닌 것은?",
            f"집합 X = {xs}에서 집합 Y = {_js(ys, '으로/로')}의 대응을 순서쌍의 집합으로 나타낸 것 중 함수가 아닌 것은?",
        ])

    def chk() -> bool:
        raw = ch.options[ch.correct]
        pairs = re.findall(r"\((\w+), (\w+)\)", raw.replace("−", "-"))
        dom = [p[0] for p in pairs]
        ok = sorted(dom) == sorted(str(u) for u in X) and all(p[1] in [str(v) for v in Y] for p in pairs)
        return ok == want_func
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["함수", "대응", "정의역", "공역"], also=["10기수2-03-01"], check=chk)


_RULES = (  # (mini notation of f(x), python function)
    ("x^2 - 1", lambda v: v * v - 1),
    ("x^2 + 1", lambda v: v * v + 1),
    ("|x|", abs),
    ("|x| + 2", lambda v: abs(v) + 2),
    ("2x + 1", lambda v: 2 * v + 1),
    ("-x + 3", lambda v: -v + 3),
    ("-x^2 + 4", lambda v: -v * v + 4),
    ("x^2 - 2x", lambda v: v * v - 2 * v),
    ("|x - 1|", lambda v: abs(v - 1)),
    ("3x - 2", lambda v: 3 * v - 2),
)


@family(_C1, "range-of-rule-on-finite-domain")
def _f1_range(rng: random.Random) -> Problem:
    st = pick_style(rng)
    rule, fn = rng.choice(_RULES)
    lo = rng.randint(-3, 0)
    X = sorted(rng.sample(range(lo, lo + 6), rng.choice([4, 5])))
    rngset = sorted({fn(v) for v in X})
    extra = rng.sample([v for v in range(min(rngset) - 3, max(rngset) + 4) if v not in rngset], 2)
    Y = sorted(set(rngset) | set(extra))
    f = _r(f"f(x) = {rule}", st)
    fxy = _r("f: X -> Y", st)
    ask = rng.choice(["range", "sum", "count", "both"])
    head = rng.choice([
        f"두 집합 {_r('X = ' + _set(X), st)}, {_r('Y = ' + _set(Y), st)}에 대하여 함수 {fxy}를 {_js(f, '으로/로')} 정의할 때,",
        f"정의역이 {_r('X = ' + _set(X), st)}이고 공역이 {_r('Y = ' + _set(Y), st)}인 함수 {_js(f, '이/가')} 있다.",
        f"함수 {fxy}, {f}에서 {_r('X = ' + _set(X), st)}, {_r('Y = ' + _set(Y), st)}일 때,",
    ])
    if ask == "range":
        q, ans, d = f"이 함수의 치역을 {_end(rng)}", _set(rngset), 2
    elif ask == "sum":
        q, ans, d = f"치역의 모든 원소의 합을 {_end(rng)}", str(sum(rngset)), 2
    elif ask == "count":
        q, ans, d = rng.choice([f"치역의 원소의 개수를 {_end(rng)}", "치역의 원소는 모두 몇 개인가?"]), str(len(rngset)), 2
    else:
        q, ans, d = f"공역과 치역을 차례대로 {_end(rng, '쓰')}", f"{_set(Y)}, {_set(rngset)}", 1
    text = f"{head} {q}"

    def chk() -> bool:
        e = _sx(rule)
        vals = sorted({int(e.subs(x, v)) for v in X})
        got = {"range": _set(vals), "sum": str(sum(vals)), "count": str(len(vals)), "both": f"{_set(Y)}, {_set(vals)}"}[ask]
        return got == ans and set(vals) <= set(Y)
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정의역", "공역", "치역", "함수"], also=["10기수2-03-01"], check=chk)


@family(_C1, "equal-functions-find-coefficients")
def _f1_equal(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = sorted(rng.sample(range(-3, 4), 2))
    m = rng.randint(-3, 3)
    a, b = p + q + m, -p * q  # x^2 + mx = ax + b on {p, q}
    f = _r(f"f(x) = {_pl([1, m, 0])}", st)
    g = _r("g(x) = ax + b", st)
    ask = rng.choice(["a+b", "ab", "each", "a-b"])
    if ask == "each":
        tail = f"상수 a, b의 값을 각각 {_end(rng)}"
    else:
        tail = f"{_r(ask.replace('+', ' + ').replace('-', ' - '), st)}의 값을 {_end(rng)} (단, a, b는 상수이다.)"
    X = _r(_set([p, q]), st)
    text = rng.choice([
        f"집합 X = {_js(X, '을/를')} 정의역으로 하는 두 함수 {f}, {_js(g, '이/가')} 서로 같을 때, {tail}",
        f"정의역이 X = {X}인 두 함수 {f}, {g}에 대하여 f = g가 성립한다. {tail}",
        f"X = {X}에서 정의된 두 함수 {_js(f, '과/와')} {_js(g, '이/가')} 같은 함수가 되도록 하는 {tail}",
    ])
    ans = {"a+b": str(a + b), "ab": str(a * b), "each": f"a = {a}, b = {b}", "a-b": str(a - b)}[ask]

    def chk() -> bool:
        A, B = sp.symbols("A B")
        sol = sp.solve([A * p + B - (p * p + m * p), A * q + B - (q * q + m * q)], [A, B])
        sa, sb = sol[A], sol[B]
        return ans == {"a+b": str(sa + sb), "ab": str(sa * sb), "each": f"a = {sa}, b = {sb}", "a-b": str(sa - sb)}[ask]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["서로 같은 함수", "정의역", "함숫값"], check=chk)


@family(_C1, "one-to-one-correspondence-linear")
def _f1_bij(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randint(-3, 1)
    qq = p + rng.randint(2, 5)
    a = nonzero(rng, -3, 3)
    b = rng.randint(-5, 5)
    fp, fq = a * p + b, a * qq + b
    r_, s_ = min(fp, fq), max(fp, fq)
    X = _r(f"{{x | {p} <= x <= {qq}}}", st)
    Y = _r(f"{{y | {r_} <= y <= {s_}}}", st)
    f = _r("f(x) = ax + b", st)
    sign = _r("a > 0" if a > 0 else "a < 0", st)
    ask = rng.choice(["each", "a+b", "ab"])
    tail = {"each": f"상수 a, b의 값을 각각 {_end(rng)}", "a+b": f"{_r('a + b', st)}의 값을 {_end(rng)}",
            "ab": f"{_r('ab', st)}의 값을 {_end(rng)}"}[ask]
    text = rng.choice([
        f"두 집합 X = {X}, Y = {Y}에 대하여 X에서 Y로의 함수 {_js(f, '이/가')} 일대일대응이다. {sign}일 때, {tail}",
        f"정의역이 {X}, 공역이 {Y}인 함수 {_js(f, '이/가')} 일대일대응일 때, {tail} (단, {sign})",
        f"함수 {_js(f, '이/가')} 집합 {X}에서 집합 {_js(Y, '으로/로')}의 일대일대응이 되도록 하는 {tail} (단, {sign})",
    ])
    ans = {"each": f"a = {a}, b = {b}", "a+b": str(a + b), "ab": str(a * b)}[ask]

    def chk() -> bool:
        A, B = sp.symbols("A B")
        lo_v, hi_v = (r_, s_) if a > 0 else (s_, r_)
        sol = sp.solve([A * p + B - lo_v, A * qq + B - hi_v], [A, B])
        sa, sb = sol[A], sol[B]
        return (sa > 0) == (a > 0) and ans == {"each": f"a = {sa}, b = {sb}", "a+b": str(sa + sb), "ab": str(sa * sb)}[ask]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["일대일대응", "정의역", "공역", "치역"], check=chk)


@family(_C1, "identity-and-constant-function-fill")
def _f1_idconst(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([4, 5, 6])
    X = list(range(1, n + 1))
    c = rng.choice(X)
    k1, k2, k3 = (rng.choice(X) for _ in range(3))
    fx, gx = _r("f: X -> X", st), _r("g: X -> X", st)
    op_ = rng.choice(["+", "*", "-", "mix"])
    if op_ == "mix":
        expr, val, d = f"f({k1}) + g({k2}) + f({k3}) * g({k3})", k1 + c + k3 * c, 3
    else:
        expr = f"f({k1}) {op_} g({k2})"
        val = {"+": k1 + c, "*": k1 * c, "-": k1 - c}[op_]
        d = 2
    gi = rng.choice(X)
    blank = rng.choice(["(  )", "□"])
    text = rng.choice([
        f"집합 {_r('X = ' + _set(X), st)}에 대하여 함수 {_js(fx, '은/는')} 항등함수이고, 함수 {_js(gx, '은/는')} 상수함수이다. "
        f"g({gi}) = {c}일 때, 다음 {blank} 안에 알맞은 수를 써넣으시오.\n{_r(expr, st)} = {blank}",
        f"{_r('X = ' + _set(X), st)}일 때, X에서 X로의 항등함수를 f, g({gi}) = {c}인 상수함수를 g라 하자. "
        f"{_r(expr, st)} = {blank}에서 {blank}에 알맞은 수를 구하시오.",
        f"집합 {_r('X = ' + _set(X), st)}에서 정의된 항등함수 f와 상수함수 g가 있다. g({gi}) = {c}이면 {_r(expr, st)} = {blank}이다. "
        f"{blank} 안에 알맞은 수를 써넣으시오.",
    ])

    def chk() -> bool:
        fv = {v: v for v in X}
        gv = {v: c for v in X}
        e = sp.sympify(re.sub(r"([fg])\((\d)\)", lambda mm: str((fv if mm.group(1) == "f" else gv)[int(mm.group(2))]), expr))
        return int(e) == val
    return Problem(text=text, answer=str(val), format="fill", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["항등함수", "상수함수", "함숫값"], also=["10기수2-03-01"], check=chk)


def _graph_pool(rng: random.Random) -> tuple[list[str], list[str]]:
    """(equations whose graph is a function of x on the reals, equations whose graph is not)."""
    a, b, r = rng.randint(1, 4), nonzero(rng, -3, 3), rng.randint(1, 3)
    yes = [f"y = |x - {a}|", f"y = x^2 - {a}", f"y = {b}", f"y = -{a}x + {abs(b)}", "y = x^3", f"y = |x| + {a}",
           f"y = x^2 + {a}x"]
    no = [f"x^2 + y^2 = {r * r}", f"x = {b}", "x = y^2", f"|x| + |y| = {r}", "x = |y|", f"y^2 = x + {a}",
          f"x = y^2 - {a}"]
    return yes, no


@family(_C1, "mcq-graph-of-a-function")
def _f1_graph(rng: random.Random) -> Problem:
    st = pick_style(rng)
    yes, no = _graph_pool(rng)
    want = rng.random() < 0.5
    if want:
        right, wrong = rng.choice(yes), rng.sample(no, 4)
    else:
        right, wrong = rng.choice(no), rng.sample(yes, 4)
    ch = choices(rng, _r(right, st), [_r(w, st) for w in wrong])
    R = "실수 전체의 집합"
    stem = rng.choice([
        f"{R}에서 {R}으로의 함수의 그래프가 될 수 {'있는' if want else '없는'} 것은? (단, 각각은 좌표평면 위의 도형의 방정식이다.)",
        f"다음 방정식이 나타내는 그래프 중 x의 값 하나에 y의 값이 오직 하나 대응하는 {'것은' if want else '관계가 아닌 것은'}?",
        f"좌표평면 위에 다음 방정식의 그래프를 그렸을 때, 정의역이 {R}인 함수 y = f(x)의 그래프{'인 것은' if want else '가 아닌 것은'}?",
    ])

    def chk() -> bool:
        # a relation is a function of x iff every vertical line meets it at most once (test a few x)
        def is_func(eq: str) -> bool:
            lhs, rhs = eq.split("=")
            e = _sx(lhs) - _sx(rhs)
            ys = sp.symbols("ys", real=True)
            for x0 in (-2, 0, 1, 3):
                sols = sp.solve(e.subs({x: x0, y: ys}), ys) if e.has(y) else None
                if sols is None:
                    return False  # x = const: a vertical line
                if len(sols) != 1:
                    return False
            return True
        return is_func(right) == want
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["함수", "그래프", "정의역"], also=["10기수2-03-01"], check=chk)


@family(_C1, "table-of-values-classify")
def _f1_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = 4
    X = sorted(rng.sample(range(1, 9), n))
    kind = rng.choice(["fill-bijection", "classify"])
    if kind == "fill-bijection":
        Y = sorted(rng.sample(range(0, 10), n))
        imgs = rng.sample(Y, n)
        hide = rng.randrange(n)
        row = ["□" if i == hide else str(v) for i, v in enumerate(imgs)]
        table = "| x | " + " | ".join(map(str, X)) + " |\n|" + "---|" * (n + 1) + "\n| f(x) | " + " | ".join(row) + " |"
        text = (f"두 집합 {_r('X = ' + _set(X), st)}, {_r('Y = ' + _set(Y), st)}에 대하여 함수 {_r('f: X -> Y', st)}의 대응 관계가 다음 표와 같다.\n"
                f"{table}\n" + rng.choice(["함수 f가 일대일대응이 되도록 □ 안에 알맞은 수를 써넣으시오.",
                                           "f가 일대일대응일 때, □에 들어갈 수를 구하시오.",
                                           "함수 f의 치역과 공역이 같아지도록 □ 안에 알맞은 수를 구하시오."]))
        ans = str(imgs[hide])
        d = 2

        def chk() -> bool:
            shown = [v for i, v in enumerate(imgs) if i != hide]
            return [v for v in Y if v not in shown] == [int(ans)]
    else:
        Y = sorted(rng.sample(range(0, 10), rng.choice([4, 5])))
        injective = rng.random() < 0.6
        imgs = rng.sample(Y, n) if injective else [rng.choice(Y) for _ in range(n)]
        if not injective and len(set(imgs)) == n:
            imgs[1] = imgs[0]
        table = "| x | " + " | ".join(map(str, X)) + " |\n|" + "---|" * (n + 1) + "\n| f(x) | " + " | ".join(map(str, imgs)) + " |"
        text = (f"집합 {_r('X = ' + _set(X), st)}에서 집합 {_js(_r('Y = ' + _set(Y), st), '으로/로')}의 함수 f가 다음 표와 같이 정의되어 있다.\n{table}\n"
                + rng.choice(["함수 f의 치역을 구하고, f가 일대일함수인지, 일대일대응인지 각각 판단하시오.",
                              "f의 치역을 쓰고, 이 함수가 일대일함수인지와 일대일대응인지 차례대로 답하시오."]))
        rg = sorted(set(imgs))
        inj = len(rg) == n
        bij = inj and len(Y) == n
        ans = f"치역 {_set(rg)}, 일대일함수{'이다' if inj else '가 아니다'}, 일대일대응{'이다' if bij else '이 아니다'}"
        d = 3

        def chk() -> bool:
            pairs = dict(zip(X, imgs, strict=True))
            one = all(pairs[u] != pairs[v] for u in X for v in X if u < v)
            onto = set(pairs.values()) == set(Y)
            return ("일대일함수이다" in ans) == one and ("일대일대응이다" in ans) == (one and onto)
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["일대일함수", "일대일대응", "치역", "공역"], also=["10기수2-03-01"], check=chk)


_NRULES = (  # (description, python function)
    ("n의 양의 약수의 개수", lambda n: sum(1 for k in range(1, n + 1) if n % k == 0)),
    ("n을 {k}로 나눈 나머지", None),
    ("n 이하의 소수의 개수", lambda n: sum(1 for m in range(2, n + 1) if all(m % k for k in range(2, m)))),
    ("n의 각 자리의 숫자의 합", lambda n: sum(int(c) for c in str(n))),
    ("n과 서로소인 n 이하의 자연수의 개수", lambda n: sum(1 for k in range(1, n + 1) if __import__("math").gcd(n, k) == 1)),
)


@family(_C1, "function-defined-by-rule-on-naturals")
def _f1_rule(rng: random.Random) -> Problem:
    st = pick_style(rng)
    desc, fn = rng.choice(_NRULES)
    if fn is None:
        k = rng.choice([3, 4, 5, 6, 7])
        desc = desc.replace("{k}", str(k))
        fn = (lambda kk: (lambda n: n % kk))(k)
    ask = rng.choice(["sum", "range", "solve"])
    if ask == "sum":
        args = rng.sample(range(2, 40), 3)
        expr = " + ".join(f"f({v})" for v in args)
        val = sum(fn(v) for v in args)
        text = rng.choice([
            f"자연수 n에 대하여 f(n)을 {desc}라 하자. {_r(expr, st)}의 값을 {_end(rng)}",
            f"자연수 전체의 집합에서 정의된 함수 f에서 f(n)은 {desc}이다. 이때 {_r(expr, st)}의 값은?",
        ])
        ans, d, fmt = str(val), 2, "computation"
    elif ask == "range":
        top = rng.randint(8, 15)
        vals = sorted({fn(v) for v in range(1, top + 1)})
        text = (f"집합 X = {_r(f'{{1, 2, 3, ..., {top}}}', st)}의 각 원소 n에 {_js(desc, '을/를')} 대응시키는 함수 f의 치역을 {_end(rng)}")
        ans, d, fmt = _set(vals), 3, "computation"
    else:
        top = rng.randint(10, 30)
        target = fn(rng.randint(2, top))
        cnt = sum(1 for v in range(1, top + 1) if fn(v) == target)
        text = rng.choice([
            f"집합 X = {_r(f'{{1, 2, 3, ..., {top}}}', st)}에서 정의된 함수 f에 대하여 f(n)은 {desc}이다. f(n) = {_js(str(target), '을/를')} 만족시키는 n의 개수를 {_end(rng)}",
            f"1부터 {top}까지의 자연수 n에 대하여 f(n)을 {desc}로 정하자. f(n) = {target}인 n은 모두 몇 개인가?",
        ])
        ans, d, fmt = str(cnt), 3, "word"
    text = text.replace("나머지라 하자", "나머지라 하자").replace("개수라 하자", "개수라 하자")

    def chk() -> bool:
        if ask == "sum":
            return int(ans) == sum(fn(v) for v in args)
        if ask == "range":
            return ans == _set(sorted({fn(v) for v in range(1, top + 1)}))
        return int(ans) == len([v for v in range(1, top + 1) if fn(v) == target])
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["대응", "함숫값", "치역"], check=chk)


_SCEN = (  # (X 설명, Y 설명, 대응 규칙, is_function, one_to_one, onto, 이유)
    ("우리 반 학생 {n}명의 집합", "1부터 {n}까지의 자연수의 집합", "각 학생에게 자신의 출석 번호를", True, True, True,
     "모든 학생에게 번호가 하나씩 대응하고, 서로 다른 학생의 번호가 다르며 Y의 번호가 모두 쓰이기 때문"),
    ("우리 반 학생 {n}명의 집합", "1월부터 12월까지 열두 달의 집합", "각 학생에게 자신이 태어난 달을", True, False, None,
     "학생마다 태어난 달이 하나뿐이지만, 학생 수가 12보다 많으므로 태어난 달이 같은 학생이 반드시 있기 때문"),
    ("동아리 부원 {n}명의 집합", "월요일부터 일요일까지 요일의 집합", "각 부원에게 그 부원이 학원에 가는 요일을", False, None, None,
     "학원에 가는 요일이 두 개 이상인 부원이나 하나도 없는 부원이 있을 수 있어 대응하는 원소가 하나로 정해지지 않기 때문"),
    ("어느 도서관 사물함 {n}개의 집합", "도서관 회원 전체의 집합", "각 사물함에 그 사물함을 쓰는 회원을", False, None, None,
     "비어 있는 사물함에는 대응하는 회원이 없을 수 있기 때문"),
    ("1부터 {n}까지의 자연수의 집합", "자연수 전체의 집합", "각 수에 그 수의 2배를", True, True, False,
     "각 수의 2배는 하나로 정해지고 서로 다른 수의 2배는 다르지만, 홀수처럼 대응되지 않는 자연수가 있기 때문"),
    ("1부터 {n}까지의 자연수의 집합", "자연수 전체의 집합", "각 수에 그 수의 양의 약수를", False, None, None,
     "1이 아닌 수에는 양의 약수가 두 개 이상 대응하기 때문"),
    ("어느 학교 전교생 {n}0명의 집합", "혈액형 A, B, O, AB의 집합", "각 학생에게 자신의 혈액형을", True, False, None,
     "학생마다 혈액형이 하나로 정해지지만 혈액형이 같은 학생이 반드시 있기 때문"),
)


@family(_C1, "real-life-correspondence-explain")
def _f1_life(rng: random.Random) -> Problem:
    xs, ys, rule, is_f, inj, onto, why = rng.choice(_SCEN)
    n = rng.randint(20, 32)
    xs, ys = xs.replace("{n}", str(n)), ys.replace("{n}", str(n))
    who = name(rng)
    ra = "이라" if _hasfinal(ys) else "라"
    lead = rng.choice([
        f"X를 {xs}, Y를 {ys}{ra} 하자. {rule} 대응시킬 때,",
        f"{_js(who, '은/는')} {xs} X에서 {ys} Y로의 대응으로 '{rule} 대응시키는 것'을 생각하였다.",
        f"두 집합 X, Y가 각각 {xs}, {ys}일 때, X에서 Y로 {rule} 짝 지어 보자.",
    ])
    if is_f:
        q = rng.choice([" 이 대응이 함수인지 판단하고, 함수라면 일대일함수인지, 일대일대응인지 그 이유와 함께 설명하시오.",
                        " 이 대응은 X에서 Y로의 함수인가? 또 일대일함수인가? 이유를 들어 설명하시오."])
        kind = "함수이고 일대일대응이다" if (inj and onto) else ("일대일함수이지만 일대일대응은 아니다" if inj else "함수이지만 일대일함수가 아니다")
        ans = f"{kind}. ({why})"
    else:
        q = rng.choice([" 이 대응이 X에서 Y로의 함수인지 판단하고, 그 이유를 설명하시오.",
                        " 이 대응이 함수가 되는지 말하고, 그렇게 판단한 이유를 쓰시오."])
        ans = f"함수가 아니다. ({why})"
    return Problem(text=lead + q, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["함수", "대응", "일대일함수", "일대일대응"], also=["10기수2-03-01"])


def _hasfinal(word: str) -> bool:
    return _js(word, "이/가").endswith("이")


# ================================================================================================
# 10공수2-03-02 합성함수
# ================================================================================================
_C2 = "10공수2-03-02"


def _ev(coeffs, v):
    """Value of the polynomial with ``coeffs`` (highest first) at ``v``."""
    out = 0
    for cf in coeffs:
        out = out * v + cf
    return out


def _compose(outer, inner):
    """Coefficients of outer(inner(x)) (both coefficient lists, highest first)."""
    res = [0]
    for cf in outer:
        # res = res * inner + cf
        prod = [0] * (len(res) + len(inner) - 1)
        for i, a_ in enumerate(res):
            for j, b_ in enumerate(inner):
                prod[i + j] += a_ * b_
        prod[-1] += cf
        res = prod
    while len(res) > 1 and res[0] == 0:
        res = res[1:]
    return res


def _rand_lin(rng: random.Random):
    return [nonzero(rng, -3, 4, (0, 1)), rng.randint(-5, 5)]


def _rand_quad(rng: random.Random):
    return [rng.choice([1, 1, -1, 2]), rng.randint(-3, 3), rng.randint(-4, 4)]


@family(_C2, "composite-value-at-a-point")
def _g2_value(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = _rand_lin(rng)
    g = _rand_quad(rng) if rng.random() < 0.7 else _rand_lin(rng)
    k = rng.randint(-3, 4)
    ask = rng.choice(["gf", "fg", "ff", "sum", "gfx"])
    fs, gs = _r(f"f(x) = {_pl(f)}", st), _r(f"g(x) = {_pl(g)}", st)
    if ask == "gf":
        val, q = _ev(g, _ev(f, k)), f"{_r(f'(g∘f)({k})', st)}의 값을 {_end(rng)}"
    elif ask == "fg":
        val, q = _ev(f, _ev(g, k)), f"{_r(f'(f∘g)({k})', st)}의 값을 {_end(rng)}"
    elif ask == "ff":
        val, q = _ev(f, _ev(f, k)), f"{_r(f'(f∘f)({k})', st)}의 값을 {_end(rng)}"
    elif ask == "sum":
        m = rng.randint(-2, 3)
        val = _ev(f, _ev(g, k)) + _ev(g, _ev(f, m))
        q = f"{_r(f'(f∘g)({k}) + (g∘f)({m})', st)}의 값을 {_end(rng)}"
    else:
        val = _ev(g, _ev(f, k))
        q = f"합성함수 {_r('y = g(f(x))', st)}에서 x = {k}일 때 y의 값을 {_end(rng)}"
    text = rng.choice([
        f"두 함수 {fs}, {gs}에 대하여 {q}",
        f"{fs}, {gs}일 때, {q}",
        f"실수 전체의 집합에서 정의된 두 함수 f, g가 {fs}, {gs}이다. {q}",
    ])

    def chk() -> bool:
        F, G = sp.Poly(f, x).as_expr(), sp.Poly(g, x).as_expr()
        comp = {"gf": G.subs(x, F.subs(x, k)), "fg": F.subs(x, G.subs(x, k)), "ff": F.subs(x, F.subs(x, k)),
                "gfx": G.subs(x, F.subs(x, k))}
        if ask == "sum":
            return val == F.subs(x, G.subs(x, k)) + G.subs(x, F.subs(x, m))
        return val == comp[ask]
    d = 3 if ask == "sum" else 2
    return Problem(text=text, answer=str(val), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["합성함수", "함숫값"], also=["10기수2-03-02"], check=chk)


def _polyeq(ans: str, coeffs) -> bool:
    """Does the plain answer ``... = expr`` equal the polynomial ``coeffs``?"""
    return sp.expand(_sx(ans.split("=")[-1]) - sp.Poly(coeffs, x).as_expr()) == 0


@family(_C2, "composite-expression")
def _g2_expr(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = _rand_lin(rng)
    g = _rand_quad(rng) if rng.random() < 0.6 else _rand_lin(rng)
    if rng.random() < 0.5:
        f, g = g, f
    order = rng.choice(["fg", "gf"])
    res = _compose(f, g) if order == "fg" else _compose(g, f)
    lab = "(f∘g)(x)" if order == "fg" else "(g∘f)(x)"
    alt = "f(g(x))" if order == "fg" else "g(f(x))"
    fs, gs = _r(f"f(x) = {_pl(f)}", st), _r(f"g(x) = {_pl(g)}", st)
    text = rng.choice([
        f"두 함수 {fs}, {gs}에 대하여 합성함수 {_js(_r(lab, st), '을/를')} {_end(rng)}",
        f"{fs}, {gs}일 때, {_r(f'y = {alt}', st)}의 식을 {_end(rng)}",
        f"함수 {_js(fs, '과/와')} {gs}의 합성함수 {_r(lab, st)}를 x에 대한 식으로 나타내시오.",
        f"두 함수 {fs}, {gs}에 대하여 {_r(lab + ' = ax^2 + bx + c', st)}일 때, 상수 a, b, c의 값을 각각 {_end(rng)}"
        if len(res) == 3 else f"두 함수 {fs}, {gs}에 대하여 {_r(lab + ' = ax + b', st)}일 때, 상수 a, b의 값을 각각 {_end(rng)}",
    ])
    text = text.replace(f"{_r(lab, st)}를", _js(_r(lab, st), "을/를"))
    if "상수 a" in text:
        ans = ", ".join(f"{v} = {c}" for v, c in zip("abc"[: len(res)], res, strict=True))

        def chk() -> bool:
            return [int(t.split("= ")[1]) for t in ans.split(", ")] == sp.Poly(
                sp.expand((sp.Poly(f, x).as_expr().subs(x, sp.Poly(g, x).as_expr())) if order == "fg"
                          else sp.Poly(g, x).as_expr().subs(x, sp.Poly(f, x).as_expr())), x).all_coeffs()
        fmt = "computation"
    else:
        ans = _r(f"{lab} = {_pl(res)}", "plain")

        def chk() -> bool:
            F, G = sp.Poly(f, x).as_expr(), sp.Poly(g, x).as_expr()
            comp = F.subs(x, G) if order == "fg" else G.subs(x, F)
            return sp.expand(_sx(ans.split("=")[-1]) - comp) == 0
        fmt = "computation"
    d = 3 if len(res) == 3 else 2
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["합성함수"], also=["10기수2-03-02"], check=chk)


@family(_C2, "composite-from-tables")
def _g2_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    X = [1, 2, 3, 4]
    fmap = [rng.choice(X) for _ in X] if rng.random() < 0.4 else rng.sample(X, 4)
    gmap = rng.sample(X, 4)
    F, G = dict(zip(X, fmap, strict=True)), dict(zip(X, gmap, strict=True))
    table = ("| x | 1 | 2 | 3 | 4 |\n|---|---|---|---|---|\n"
             f"| f(x) | {' | '.join(map(str, fmap))} |\n| g(x) | {' | '.join(map(str, gmap))} |")
    ask = rng.choice(["sum", "triple", "solve"])
    a, b = rng.choice(X), rng.choice(X)
    if ask == "sum":
        val = G[F[a]] + F[G[b]]
        q = f"{_r(f'(g∘f)({a}) + (f∘g)({b})', st)}의 값을 {_end(rng)}"
        ans = str(val)
    elif ask == "triple":
        val = F[G[F[a]]]
        q = f"{_r(f'(f∘g∘f)({a})', st)}의 값을 {_end(rng)}"
        ans = str(val)
    else:
        target = G[F[rng.choice(X)]]
        sols = [v for v in X if G[F[v]] == target]
        q = f"{_js(_r(f'(g∘f)(x) = {target}', st), '을/를')} 만족시키는 x의 값을 모두 {_end(rng)}"
        ans = ", ".join(map(str, sols))
    lead = rng.choice([
        f"집합 {_r('X = {1, 2, 3, 4}', st)}에 대하여 두 함수 {_r('f: X -> X', st)}, {_js(_r('g: X -> X', st), '이/가')} 다음 표와 같다.",
        "집합 X = {1, 2, 3, 4}에서 X로의 두 함수 f, g의 대응을 표로 나타내면 다음과 같다.",
    ])
    text = f"{lead}\n{table}\n{q}"

    def chk() -> bool:
        if ask == "sum":
            return int(ans) == G[F[a]] + F[G[b]]
        if ask == "triple":
            return int(ans) == F[G[F[a]]]
        return ans == ", ".join(str(v) for v in X if G[F[v]] == target)
    d = 3 if ask != "sum" else 2
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["합성함수", "함숫값"], also=["10기수2-03-02"], check=chk)


@family(_C2, "commuting-linear-functions")
def _g2_commute(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, c = nonzero(rng, -3, 4, (0, 1)), nonzero(rng, -3, 4, (0, 1))
    t = nonzero(rng, -3, 3)
    b, d_ = t * (a - 1), t * (c - 1)  # then d(a - 1) = b(c - 1): f∘g = g∘f
    unknown = rng.choice(["b", "d"])
    fs = _r(f"f(x) = {a if a not in (1, -1) else ('' if a == 1 else '-')}x + k" if unknown == "b" else f"f(x) = {_pl([a, b])}", st)
    gs = _r(f"g(x) = {_pl([c, d_])}" if unknown == "b" else f"g(x) = {c if c not in (1, -1) else ('' if c == 1 else '-')}x + k", st)
    ans = str(b if unknown == "b" else d_)
    text = rng.choice([
        f"두 함수 {fs}, {gs}에 대하여 {_r('f∘g = g∘f', st)}가 성립할 때, 상수 k의 값을 {_end(rng)}",
        f"{fs}, {gs}일 때, 모든 실수 x에 대하여 {_r('(f∘g)(x) = (g∘f)(x)', st)}가 성립하도록 하는 상수 k의 값을 {_end(rng)}",
        f"두 일차함수 {fs}, {gs}의 합성 순서를 바꾸어도 결과가 같다고 한다. 상수 k의 값을 {_end(rng)}",
    ])

    def chk() -> bool:
        k = sp.symbols("k")
        F = a * x + (k if unknown == "b" else b)
        G = c * x + (k if unknown == "d" else d_)
        sol = sp.solve(sp.expand(F.subs(x, G) - G.subs(x, F)), k)
        return sol == [int(ans)]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["합성함수", "일차함수"], check=chk)


@family(_C2, "find-inner-or-outer-function")
def _g2_inner(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["inner", "outer-value", "inner-value"])
    f = _rand_lin(rng)
    if kind in ("inner", "inner-value"):
        g = _rand_quad(rng) if rng.random() < 0.5 else _rand_lin(rng)
        h = _compose(f, g)
        fs = _r(f"f(x) = {_pl(f)}", st)
        hs = _r(f"(f∘g)(x) = {_pl(h)}", st)
        if kind == "inner":
            q = rng.choice([f"함수 g(x)를 {_end(rng)}", f"함수 {_r('g(x)', st)}의 식을 {_end(rng)}"])
            ans = _r(f"g(x) = {_pl(g)}", "plain")
            d = 3
        else:
            k = rng.randint(-3, 3)
            q = f"{_r(f'g({k})', st)}의 값을 {_end(rng)}"
            ans = str(_ev(g, k))
            d = 3
        text = rng.choice([
            f"두 함수 f, g에 대하여 {fs}, {hs}일 때, {q}",
            f"함수 {_js(fs, '과/와')} 어떤 함수 g의 합성함수가 {hs}이다. {q}",
        ])

        def chk() -> bool:
            gg = sp.symbols("gg")
            sol = sp.solve(sp.Poly(f, gg).as_expr() - sp.Poly(h, x).as_expr(), gg)[0]
            if kind == "inner":
                return sp.expand(_sx(ans.split("=")[-1]) - sol) == 0
            return int(ans) == sol.subs(x, k)
    else:
        g = _rand_lin(rng)
        h = _compose(f, g)
        x0 = rng.randint(-3, 4)
        k = _ev(g, x0)
        ans = str(_ev(f, k))
        gs, hs = _r(f"g(x) = {_pl(g)}", st), _r(f"(f∘g)(x) = {_pl(h)}", st)
        text = rng.choice([
            f"두 함수 f, g에 대하여 {gs}, {hs}일 때, {_r(f'f({k})', st)}의 값을 {_end(rng)}",
            f"{gs}이고 모든 실수 x에 대하여 {_r(f'f(g(x)) = {_pl(h)}', st)}이다. {_r(f'f({k})', st)}의 값은?",
        ])
        d = 3

        def chk() -> bool:
            t = sp.symbols("t")
            x_at = sp.solve(sp.Poly(g, t).as_expr() - k, t)[0]
            return int(ans) == sp.Poly(h, x).as_expr().subs(x, x_at)
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["합성함수"], check=chk)


@family(_C2, "repeated-composition")
def _g2_iter(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([10, 20, 25, 50, 99, 100, 101, 2024, 2025])
    tail = rng.choice(["(n은 자연수)", "(n = 1, 2, 3, …)"])
    defn = {"latex": "$f^{1} = f$, $f^{n+1} = f \\circ f^{n}$", "unicode": "f¹ = f, fⁿ⁺¹ = f∘fⁿ",
            "plain": "f^1 = f, f^(n+1) = f∘f^n"}[st] + " " + tail
    kind = rng.choice(["table", "table", "shift", "flip"])
    if kind == "table":
        X = [1, 2, 3, 4, 5]
        perm = rng.sample(X, 5)
        F = dict(zip(X, perm, strict=True))
        start = rng.choice(X)
        cur = start
        for _ in range(n):
            cur = F[cur]
        val = cur
        table = "| x | 1 | 2 | 3 | 4 | 5 |\n|---|---|---|---|---|---|\n| f(x) | " + " | ".join(map(str, perm)) + " |"
        text = (f"집합 {_r('X = {1, 2, 3, 4, 5}', st)}에 대하여 함수 {_r('f: X -> X', st)}가 다음 표와 같다.\n{table}\n"
                f"{_js(defn, '으로/로')} 정의할 때, {_r(f'f^{n}({start})', st)}의 값을 {_end(rng)}")
        fmt, d = "data", 4

        def chk() -> bool:
            v = start
            for _ in range(n % 60 + 60):  # every cycle length of a 5-element permutation divides 60
                v = F[v]
            return v == val
    else:
        c = nonzero(rng, -4, 5)
        k = rng.randint(-5, 5)
        if kind == "shift":
            fs, val = _r(f"f(x) = x + {c}" if c > 0 else f"f(x) = x - {-c}", st), k + n * c
        else:
            fs, val = _r(f"f(x) = -x + {c}" if c > 0 else f"f(x) = -x - {-c}", st), (k if n % 2 == 0 else c - k)
        text = rng.choice([
            f"함수 {fs}에 대하여 {_js(defn, '이라/라')} 할 때, {_r(f'f^{n}({k})', st)}의 값을 {_end(rng)}",
            f"함수 {_js(fs, '을/를')} {n}번 합성한 함수를 {_r(f'f^{n}', st)}이라 하자. {_r(f'f^{n}({k})', st)}의 값을 {_end(rng)}",
        ])
        fmt, d = "computation", 3

        def chk() -> bool:
            F = (x + c) if kind == "shift" else (-x + c)
            e = x
            for _ in range(n % 2 + 2 if kind == "flip" else 1):
                e = F.subs(x, e)
            if kind == "flip":
                return val == e.subs(x, k)
            return val == k + n * (e - x)
    return Problem(text=text, answer=str(val), format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["합성함수"], check=chk)


@family(_C2, "kset-composite-statements")
def _g2_kset(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = _rand_lin(rng)
    g = [1, 0, rng.randint(-4, 4)] if rng.random() < 0.6 else _rand_lin(rng)
    fs, gs = _r(f"f(x) = {_pl(f)}", st), _r(f"g(x) = {_pl(g)}", st)
    k = rng.randint(-2, 3)
    fgk, gfk = _ev(f, _ev(g, k)), _ev(g, _ev(f, k))
    while True:
        t1 = rng.random() < 0.5
        s1 = f"(f∘g)({k}) = {fgk if t1 else rng.choice([gfk, fgk + 1, fgk - 2]) if gfk != fgk else fgk + 1}"
        v1 = int(s1.split("= ")[1]) == fgk
        t2 = rng.random() < 0.5
        gf = _compose(g, f)
        wrong = _compose(f, g) if _compose(f, g) != gf else [*gf[:-1], gf[-1] + 1]
        s2 = f"(g∘f)(x) = {_pl(gf if t2 else wrong)}"
        v2 = t2
        kind3 = rng.choice(["assoc", "comm", "ident"])
        if kind3 == "assoc":
            s3, v3 = f"세 함수 f, g, h에 대하여 항상 {_r('(h∘g)∘f = h∘(g∘f)', st)}이다.", True
        elif kind3 == "ident":
            s3, v3 = f"항등함수 I에 대하여 {_r('f∘I = I∘f = f', st)}이다.", True
        else:
            s3, v3 = f"{_r('f∘g = g∘f', st)}이다.", _compose(f, g) == gf
        if v1 or v2 or v3:
            break
    right, ch = _kmcq(rng, [v1, v2, v3])
    text = (f"두 함수 {fs}, {gs}에 대하여 <보기>에서 옳은 것만을 있는 대로 고른 것은?\n<보기>\n"
            f"ㄱ. {_r(s1, st)}\nㄴ. {_r(s2, st)}\nㄷ. {s3}\n{ch.block}")

    def chk() -> bool:
        F, G = sp.Poly(f, x).as_expr(), sp.Poly(g, x).as_expr()
        a1 = int(s1.split("= ")[1]) == F.subs(x, G.subs(x, k))
        a2 = sp.expand(_sx(s2.split("= ")[1]) - G.subs(x, F)) == 0
        a3 = True if kind3 != "comm" else sp.expand(F.subs(x, G) - G.subs(x, F)) == 0
        return right == ", ".join(kk for kk, t in zip(_K, [a1, a2, a3], strict=True) if t)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch,
                   concepts=["합성함수", "항등함수"], check=chk)


@family(_C2, "real-life-composite")
def _g2_life(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["shop", "ripple", "factory", "exchange"])
    who = name(rng)
    if kind == "shop":
        r = rng.choice([10, 20, 30])
        cpn = rng.choice([2000, 3000, 5000])
        P = rng.choice([30000, 40000, 50000, 60000, 80000])
        keep = 100 - r
        f_txt = _r(f"f(x) = [{keep}|100]x", st)
        g_txt = _r(f"g(x) = x - {cpn}", st)
        a1 = (P * keep) // 100 - cpn   # g∘f: 할인 먼저
        a2 = (P - cpn) * keep // 100   # f∘g: 쿠폰 먼저
        text = (f"어느 가게에서 정가 x원인 물건을 {r}% 할인한 가격은 {_js(f_txt, '이고/이고')}, {cpn}원 할인 쿠폰을 쓴 가격은 {g_txt}이다. "
                f"{_js(who, '이/가')} 정가 {P}원인 물건을 살 때, "
                + rng.choice([f"{_js(_r(f'(g∘f)({P})', st), '과/와')} {_r(f'(f∘g)({P})', st)} 중 어느 쪽이 더 작은지 말하고, 두 값의 차를 {_end(rng)}",
                              f"할인을 먼저 적용하는 것과 쿠폰을 먼저 적용하는 것 중 어느 쪽이 더 싼지 합성함수를 이용하여 설명하고, 두 가격의 차를 {_end(rng)}",
                              f"{_js(_r(f'(g∘f)({P})', st), '과/와')} {_r(f'(f∘g)({P})', st)}의 값을 각각 {_end(rng)}"]))
        text = text.replace("이고/이고", "이고")
        ans = f"{a1}원, {a2}원" if "각각" in text else f"할인 먼저(g∘f)가 더 싸다, {a2 - a1}원"
        chk = lambda: sp.Rational(keep, 100) * P - cpn == a1 and sp.Rational(keep, 100) * (P - cpn) == a2 and a2 > a1  # noqa: E731
        d = 3
    elif kind == "ripple":
        v = rng.choice([2, 3, 4, 5])
        t = rng.choice([2, 3, 4, 5])
        f_txt, g_txt = _r(f"r = f(t) = {v}t", st), _r("S = g(r) = πr^2", st)
        text = (f"잔잔한 호수에 돌을 던졌더니 원 모양의 물결이 생겼다. t초 후 물결의 반지름의 길이 r cm는 {_js(f_txt, '이고/이고')}, "
                f"반지름의 길이가 r cm인 원의 넓이 S cm²는 {g_txt}이다. ").replace("이고/이고", "이고")
        text += rng.choice([f"합성함수 {_r('(g∘f)(t)', st)}를 구하고, {t}초 후 물결이 만든 원의 넓이를 {_end(rng)}",
                            f"돌을 던지고 {t}초 후 원의 넓이를 합성함수를 이용하여 {_end(rng)}"])
        area = v * v * t * t
        ans = (f"(g∘f)(t) = {v * v}πt^2, " if "(g∘f)(t)" in text or "g \\circ f" in text else "") + f"{area}π cm²"
        chk = lambda: sp.pi * (v * t) ** 2 == area * sp.pi  # noqa: E731
        d = 3
    elif kind == "factory":
        rate = rng.choice([30, 40, 50, 60])
        price, fixed = rng.choice([500, 800, 1000]), rng.choice([20000, 50000, 100000])
        h = rng.choice([5, 6, 8, 10])
        f_txt, g_txt = _r(f"n = f(t) = {rate}t", st), _r(f"P = g(n) = {price}n - {fixed}", st)
        val = price * rate * h - fixed
        text = (f"어느 공장에서 기계를 t시간 가동하면 {rate}t개의 제품이 만들어지고, 제품 n개를 팔았을 때의 이익은 {price}n - {fixed}원이다. "
                f"즉 {_js(f_txt, '이고/이고')}, {g_txt}이다. ").replace("이고/이고", "이고")
        text = text.replace(f"{price}n - {fixed}원", _r(f"({price}n - {fixed})", st) + "원")
        text += rng.choice([f"기계를 {h}시간 가동하여 만든 제품을 모두 팔았을 때의 이익을 {_end(rng)}",
                            f"{_r(f'(g∘f)({h})', st)}의 값을 구하고, 그 의미를 말하시오."])
        ans = f"{val}원" if "의미" not in text else f"{val} (기계를 {h}시간 가동하여 만든 제품을 모두 팔았을 때의 이익이 {val}원이다.)"
        chk = lambda: sp.Poly([price * rate, -fixed], x).as_expr().subs(x, h) == val  # noqa: E731
        d = 3
    else:
        rate_usd = rng.choice([1200, 1300, 1350, 1400])
        rate_eur = rng.choice([Fraction(9, 10), Fraction(4, 5), Fraction(7, 10)])
        won = rate_usd * 10 * rng.choice([10, 20, 50])
        usd = Fraction(won, rate_usd)
        eur = usd * rate_eur
        f_txt = _r(f"f(x) = [x|{rate_usd}]", st)
        g_txt = _r(f"g(x) = {float(rate_eur)}x", st)
        text = (f"{_js(who, '은/는')} 해외여행을 준비하고 있다. 원화 x원을 달러로 바꾼 금액을 f(x)달러, x달러를 유로로 바꾼 금액을 "
                f"g(x)유로라 하면 {f_txt}, {g_txt}라고 한다. ")
        text += rng.choice([f"{won}원을 달러로 바꾼 다음 다시 유로로 바꾸면 몇 유로인지 {_end(rng)}",
                            f"{_r(f'(g∘f)({won})', st)}의 값을 구하시오. (단, 수수료는 생각하지 않는다.)"])
        ans = f"{_fs(eur)}유로" if "몇 유로" in text else _fs(eur)
        chk = lambda: sp.Rational(won, rate_usd) * sp.Rational(rate_eur.numerator, rate_eur.denominator) == sp.Rational(_fs(eur))  # noqa: E731
        d = 2
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["합성함수", "함숫값"], also=["10기수2-03-02"], check=chk)


@family(_C2, "mcq-composite-expression")
def _g2_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = _rand_lin(rng)
    g = [rng.choice([1, -1]), 0, nonzero(rng, -4, 4)] if rng.random() < 0.6 else _rand_lin(rng)
    order = rng.choice(["fg", "gf"])
    right = _compose(f, g) if order == "fg" else _compose(g, f)
    swapped = _compose(g, f) if order == "fg" else _compose(f, g)
    outer, inner = (f, g) if order == "fg" else (g, f)
    prod = [0] * (len(f) + len(g) - 1)
    for i, a_ in enumerate(f):
        for j, b_ in enumerate(g):
            prod[i + j] += a_ * b_
    no_mult_const = [*[outer[0] * cf for cf in inner[:-1]], inner[-1] + outer[-1]] if len(outer) == 2 else None
    wrongs = [swapped, prod, no_mult_const, [*right[:-1], right[-1] + 1], [*right[:-1], right[-1] - 2],
              [-cf for cf in right]]
    opts = [_r(_pl(w), st) for w in wrongs if w is not None]
    ch = choices(rng, _r(_pl(right), st), opts)
    lab = "(f∘g)(x)" if order == "fg" else "(g∘f)(x)"
    stem = rng.choice([
        f"두 함수 {_r(f'f(x) = {_pl(f)}', st)}, {_r(f'g(x) = {_pl(g)}', st)}에 대하여 {_js(_r(lab, st), '은/는')}?",
        f"{_r(f'f(x) = {_pl(f)}', st)}, {_r(f'g(x) = {_pl(g)}', st)}일 때, 합성함수 {_r(lab, st)}를 바르게 구한 것은?",
    ]).replace(f"{_r(lab, st)}를", _js(_r(lab, st), "을/를"))

    def chk() -> bool:
        F, G = sp.Poly(f, x).as_expr(), sp.Poly(g, x).as_expr()
        comp = F.subs(x, G) if order == "fg" else G.subs(x, F)
        return ch.options[ch.correct] == _r(_pl(right), st) and sp.expand(_sx(_pl(right)) - comp) == 0
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["합성함수"], also=["10기수2-03-02"], check=chk)


# ================================================================================================
# 10공수2-03-03 역함수
# ================================================================================================
_C3 = "10공수2-03-03"


def _inv_lin(a: int, b: int) -> str:
    """Mini notation of the inverse of ax + b, i.e. (x - b)/a, written as a textbook would."""
    if a == 1:
        return _pl([1, -b])
    if a == -1:
        return _pl([-1, b])
    if a > 0:
        return f"[{_pl([1, -b])}|{a}]"
    return f"[{_pl([-1, b])}|{-a}]"


def _ans_expr(lhs: str, mini: str) -> str:
    return f"{lhs} = {_r(mini, 'plain')}"


def _inv_check(a: int, b: int, ans: str) -> bool:
    t = sp.symbols("t")
    sol = sp.solve(a * t + b - x, t)[0]
    return sp.expand(_sx(ans.split("=")[-1].replace("^(-1)", "")) - sol) == 0


@family(_C3, "inverse-of-linear-function")
def _h3_lin(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = nonzero(rng, -5, 5, (0, 1)), nonzero(rng, -7, 7)
    fs = _r(f"f(x) = {_pl([a, b])}", st)
    ask = rng.choice(["expr", "expr", "pq"])
    if ask == "expr":
        text = rng.choice([
            f"함수 {fs}의 역함수 {_js(_r('f^-1(x)', st), '을/를')} {_end(rng)}",
            f"일차함수 {_r(f'y = {_pl([a, b])}', st)}의 역함수를 {_end(rng)}",
            f"함수 {fs}에 대하여 {_r('y = f^-1(x)', st)}의 식을 {_end(rng)}",
        ])
        lhs = "y" if "y = " in text and "f^" not in text and "f^{-1}" not in text and "f⁻¹" not in text else "f⁻¹(x)"
        ans = _ans_expr(lhs, _inv_lin(a, b))
        d = 2
    else:
        p, q = Fraction(1, a), Fraction(-b, a)
        text = (f"함수 {fs}의 역함수가 {_r('f^-1(x) = px + q', st)}일 때, " + rng.choice([
            f"상수 p, q에 대하여 {_r('p + q', st)}의 값을 {_end(rng)}", f"{_r('pq', st)}의 값을 {_end(rng)} (단, p, q는 상수이다.)"]))
        ans = _fs(p + q) if "p + q" in text else _fs(p * q)
        d = 3

    def chk() -> bool:
        if ask == "expr":
            return _inv_check(a, b, ans)
        P, Q = sp.Rational(1, a), sp.Rational(-b, a)
        return sp.Rational(ans) == (P + Q if "p + q" in text else P * Q)
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["역함수", "일차함수"], also=["10기수2-03-03"], check=chk)


@family(_C3, "inverse-function-value")
def _h3_value(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["lin", "quad", "cubic"])
    x0 = rng.randint(0, 4) if kind == "quad" else rng.randint(-3, 4)
    if kind == "lin":
        cf = [nonzero(rng, -4, 4, (0, 1)), rng.randint(-6, 6)]
        dom = ""
    elif kind == "quad":
        cf = [1, 0, rng.randint(-5, 5)]
        dom = _r("x >= 0", st)
    else:
        cf = [1, 0, rng.randint(-2, 3), rng.randint(-4, 4)]
        while cf[2] < 0:
            cf[2] = rng.randint(0, 3)
        dom = ""
    k = _ev(cf, x0)
    fs = _r(f"f(x) = {_pl(cf)}", st) + (f" ({dom})" if dom else "")
    ask = rng.choice(["val", "val", "sum"])
    if ask == "val":
        q = rng.choice([f"{_r(f'f^-1({k})', st)}의 값을 {_end(rng)}", f"{_r(f'f^-1({k}) = a', st)}일 때, 상수 a의 값을 {_end(rng)}"])
        ans = str(x0)
    else:
        m = rng.randint(-2, 3) if kind != "quad" else rng.randint(0, 3)
        q = f"{_r(f'f({m}) + f^-1({k})', st)}의 값을 {_end(rng)}"
        ans = str(_ev(cf, m) + x0)
    pre = "" if kind != "quad" else "정의역이 " + _r("{x | x >= 0}", st) + "인 "
    text = rng.choice([
        f"{pre}함수 {fs}에 대하여 {q}",
        f"{pre}함수 {fs}의 역함수를 {_r('f^-1', st)}라 할 때, {q}",
    ])
    if kind == "quad":
        text = text.replace(f" ({dom})", "")
    d = 2 if ask == "val" else 3

    def chk() -> bool:
        t = sp.symbols("t", real=True)
        sols = [s for s in sp.solve(sp.Poly(cf, t).as_expr() - k, t) if s.is_real and (kind != "quad" or s >= 0)]
        base = sols[0] if len(sols) == 1 else None
        if base is None:
            return False
        return int(ans) == (base if ask == "val" else base + _ev(cf, m))
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["역함수", "함숫값"], also=["10기수2-03-03"], check=chk)


@family(_C3, "coefficients-from-inverse-conditions")
def _h3_params(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = nonzero(rng, -4, 4, (0,)), rng.randint(-6, 6)
    q, r = rng.sample(range(-3, 5), 2)
    p, s = a * q + b, a * r + b
    kind = rng.choice(["two-inverse", "mixed", "graph"])
    if kind == "two-inverse":
        cond = f"{_r(f'f^-1({p}) = {q}', st)}, {_r(f'f^-1({s}) = {r}', st)}"
    elif kind == "mixed":
        cond = f"{_r(f'f({r}) = {s}', st)}, {_r(f'f^-1({p}) = {q}', st)}"
    else:
        cond = (f"함수 {_r('y = f(x)', st)}의 그래프가 점 {_r(f'({r}, {s})', st)}를 지나고, 역함수 "
                f"{_r('y = f^-1(x)', st)}의 그래프가 점 {_r(f'({p}, {q})', st)}를 지난다")
        cond = cond.replace(f"{_r(f'({r}, {s})', st)}를", _js(_r(f"({r}, {s})", st), "을/를"))
        cond = cond.replace(f"{_r(f'({p}, {q})', st)}를", _js(_r(f"({p}, {q})", st), "을/를"))
    ask = rng.choice(["each", "sum", "prod"])
    tail = {"each": f"상수 a, b의 값을 각각 {_end(rng)}", "sum": f"{_r('a + b', st)}의 값을 {_end(rng)} (단, a, b는 상수이다.)",
            "prod": f"{_r('ab', st)}의 값을 {_end(rng)} (단, a, b는 상수이다.)"}[ask]
    fs = _r("f(x) = ax + b", st)
    if kind == "graph":
        text = f"{fs}에 대하여 {cond}. {tail}"
    else:
        text = rng.choice([f"함수 {fs}의 역함수를 {_r('f^-1', st)}라 하자. {cond}일 때, {tail}",
                           f"일차함수 {fs}에 대하여 {_js(cond, '이/가')} 성립한다. {tail}"])
    ans = {"each": f"a = {a}, b = {b}", "sum": str(a + b), "prod": str(a * b)}[ask]

    def chk() -> bool:
        A, B = sp.symbols("A B")
        sol = sp.solve([A * q + B - p, A * r + B - s], [A, B])
        sa, sb = sol[A], sol[B]
        return ans == {"each": f"a = {sa}, b = {sb}", "sum": str(sa + sb), "prod": str(sa * sb)}[ask]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["역함수", "일차함수"], also=["10기수2-03-03"], check=chk)


@family(_C3, "inverse-exists-condition-abs")
def _h3_exists(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randint(1, 4)
    p = rng.randint(-3, 3)
    c = rng.randint(-5, 5)
    inner = f"x - {p}" if p > 0 else (f"x + {-p}" if p < 0 else "x")
    absx = f"|{inner}|" if a == 1 else f"{a}|{inner}|"
    fs = _r(f"f(x) = {absx} + kx" + (f" + {c}" if c > 0 else (f" - {-c}" if c < 0 else "")), st)
    ask = rng.choice(["range", "count-not", "min-positive"])
    R = "실수 전체의 집합"
    lead = rng.choice([
        f"{R}에서 정의된 함수 {fs}의 역함수가 존재하도록 하는",
        f"함수 {_js(fs, '이/가')} {R}에서 {R}으로의 일대일대응이 되도록 하는",
    ]) if ask != "count-not" else None
    if ask == "range":
        text = f"{lead} 실수 k의 값의 범위를 {_end(rng)}"
        ans = f"k < {-a} 또는 k > {a}"
        d = 4
    elif ask == "min-positive":
        text = f"{lead} 자연수 k의 최솟값을 {_end(rng)}"
        ans = str(a + 1)
        d = 4
    else:
        text = (f"함수 {fs}의 역함수가 존재하지 않도록 하는 정수 k의 개수를 {_end(rng)} (단, 정의역과 공역은 모두 {R}이다.)")
        ans = str(2 * a + 1)
        d = 4

    def chk() -> bool:
        # slopes on the two sides of x = p are k + a and k - a: one-to-one onto R iff they have the same sign
        ok = [k for k in range(-10, 11) if (k + a) * (k - a) > 0]
        if ask == "range":
            return all((abs(k) > a) == (k in ok) for k in range(-10, 11))
        if ask == "min-positive":
            return int(ans) == min(k for k in ok if k > 0)
        return int(ans) == len([k for k in range(-10, 11) if k not in ok])
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="B",
                   concepts=["역함수", "일대일대응"], check=chk)


@family(_C3, "inverse-and-composite-values")
def _h3_comp(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = [nonzero(rng, -3, 3, (0,)), rng.randint(-5, 5)]
    g = [nonzero(rng, -3, 3, (0,)), rng.randint(-5, 5)]
    kind = rng.choice(["finv-g", "g-finv", "fg-inv", "sandwich"])
    if kind == "finv-g":
        # (f^-1∘g)(k) = t  <=>  f(t) = g(k)
        t = rng.randint(-3, 3)
        gk = _ev(f, t)
        # choose k with g(k) = gk when possible, otherwise rebuild g through (k, gk)
        k = rng.randint(-3, 3)
        g = [g[0], gk - g[0] * k]
        expr, val = f"(f^-1∘g)({k})", t
    elif kind == "g-finv":
        t = rng.randint(-3, 3)
        k = _ev(f, t)
        expr, val = f"(g∘f^-1)({k})", _ev(g, t)
    elif kind == "fg-inv":
        t = rng.randint(-3, 3)
        k = _ev(f, _ev(g, t))
        expr, val = f"(f∘g)^-1({k})", t
    else:
        t = rng.randint(-3, 3)
        k = _ev(g, t)
        expr, val = f"(f∘g^-1)({k}) + (f^-1∘f)({t + 1})", _ev(f, t) + t + 1
    fs, gs = _r(f"f(x) = {_pl(f)}", st), _r(f"g(x) = {_pl(g)}", st)
    text = rng.choice([
        f"두 함수 {fs}, {gs}에 대하여 {_r(expr, st)}의 값을 {_end(rng)}",
        f"{fs}, {gs}일 때, {_r(expr, st)}의 값은?",
        f"두 일차함수 f, g가 {fs}, {gs}이다. f, g의 역함수를 각각 {_r('f^-1', st)}, {_r('g^-1', st)}라 할 때, {_r(expr, st)}의 값을 {_end(rng)}",
    ])

    def chk() -> bool:
        t_ = sp.symbols("t_")
        F, G = f[0] * x + f[1], g[0] * x + g[1]
        Fi = sp.solve(F.subs(x, t_) - x, t_)[0]
        Gi = sp.solve(G.subs(x, t_) - x, t_)[0]
        if kind == "finv-g":
            v = Fi.subs(x, G.subs(x, k))
        elif kind == "g-finv":
            v = G.subs(x, Fi.subs(x, k))
        elif kind == "fg-inv":
            v = Gi.subs(x, Fi.subs(x, k))
        else:
            v = F.subs(x, Gi.subs(x, k)) + t + 1
        return v == val
    d = 4 if kind in ("fg-inv", "sandwich") else 3
    return Problem(text=text, answer=str(val), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["역함수", "합성함수"], also=["10공수2-03-02"], check=chk)


@family(_C3, "inverse-from-table")
def _h3_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    X = [1, 2, 3, 4, 5]
    img = rng.sample(X, 5)
    F = dict(zip(X, img, strict=True))
    Fi = {v: k for k, v in F.items()}
    table = "| x | 1 | 2 | 3 | 4 | 5 |\n|---|---|---|---|---|---|\n| f(x) | " + " | ".join(map(str, img)) + " |"
    a, b = rng.sample(X, 2)
    kind = rng.choice(["sum", "double", "comp", "solve"])
    if kind == "sum":
        expr, val = f"f^-1({a}) + f^-1({b})", Fi[a] + Fi[b]
    elif kind == "double":
        expr, val = f"(f^-1∘f^-1)({a})", Fi[Fi[a]]
    elif kind == "comp":
        expr, val = f"(f∘f)^-1({a}) + f({b})", Fi[Fi[a]] + F[b]
    else:
        expr, val = None, None
    lead = rng.choice([
        f"집합 {_r('X = {1, 2, 3, 4, 5}', st)}에 대하여 일대일대응인 함수 {_r('f: X -> X', st)}가 다음 표와 같다.",
        "집합 X = {1, 2, 3, 4, 5}에서 X로의 함수 f의 대응 관계를 나타낸 표이다.",
    ])
    if expr is not None:
        q = f"{_r(expr, st)}의 값을 {_end(rng)}"
        ans = str(val)
    else:
        k = rng.choice(X)
        q = f"{_js(_r(f'f^-1(x) = {k}', st), '을/를')} 만족시키는 x의 값을 {_end(rng)}"
        ans = str(F[k])
    text = f"{lead}\n{table}\n{q}"

    def chk() -> bool:
        inv = {F[u]: u for u in X}
        if kind == "sum":
            return int(ans) == inv[a] + inv[b]
        if kind == "double":
            return int(ans) == inv[inv[a]]
        if kind == "comp":
            ff = {u: F[F[u]] for u in X}
            return int(ans) == {v: u for u, v in ff.items()}[a] + F[b]
        return inv[int(ans)] == k
    d = 3 if kind in ("double", "comp") else 2
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["역함수", "일대일대응"], also=["10기수2-03-03"], check=chk)


@family(_C3, "intersection-with-inverse-graph")
def _h3_meet(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["quad", "quad", "lin"])
    if kind == "quad":
        r = rng.randint(2, 5)
        c = r - r * r  # x^2 + c = x has roots r and 1 - r (< 0, excluded)
        fs = _r(f"f(x) = {_pl([1, 0, c])}", st) + f" ({_r('x >= 0', st)})"
        px = py = r
        extra = ""
    else:
        a = nonzero(rng, -4, 4, (0, 1, -1))
        px = rng.randint(-4, 4)
        b = px - a * px
        fs = _r(f"f(x) = {_pl([a, b])}", st)
        py = px
        extra = ""
    ask = rng.choice(["point", "sum"])
    q = (f"교점의 좌표를 {_end(rng)}" if ask == "point" else f"교점의 좌표를 (p, q)라 할 때, {_r('p + q', st)}의 값을 {_end(rng)}")
    text = rng.choice([
        f"함수 {fs}의 그래프와 그 역함수 {_r('y = f^-1(x)', st)}의 그래프의 {q}",
        f"함수 {fs}의 역함수를 {_r('g(x)', st)}라 하자. 두 함수 {_r('y = f(x)', st)}, {_r('y = g(x)', st)}의 그래프의 {q}",
    ]) + extra
    ans = f"({px}, {py})" if ask == "point" else str(px + py)

    def chk() -> bool:
        if kind == "quad":
            sols = [s for s in sp.solve(x ** 2 + c - x, x) if s >= 0]
        else:
            t = sp.symbols("t")
            inv = sp.solve(a * t + b - x, t)[0]
            sols = sp.solve(a * x + b - inv, x)
        if len(sols) != 1:
            return False
        s0 = sols[0]
        return ans == (f"({s0}, {s0})" if ask == "point" else str(2 * s0))
    d = 4 if kind == "quad" else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["역함수", "그래프", "직선 y=x에 대하여 대칭"], check=chk)


def _inv_pool(rng: random.Random) -> tuple[list[str], list[str]]:
    """(functions on the reals that have an inverse, functions that do not), in mini notation."""
    a, b, c = rng.randint(2, 4), nonzero(rng, -5, 5), rng.randint(1, 4)
    yes = [f"y = {a}x - {abs(b)}", f"y = -{a}x + {c}", f"y = x^3 + {c}", "y = x|x|", f"y = [1|{a}]x + {c}",
           f"y = -x^3 - {c}", f"y = |x| + {a}x"]
    no = [f"y = x^2 - {c}", f"y = |x - {c}|", f"y = {b}", f"y = x^2 + {a}x", "y = |x| + x", f"y = -(x - {c})^2",
          f"y = |x| - {a}"]
    return yes, no


@family(_C3, "mcq-which-function-has-inverse")
def _h3_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    yes, no = _inv_pool(rng)
    want = rng.random() < 0.55
    right, wrong = (rng.choice(yes), rng.sample(no, 4)) if want else (rng.choice(no), rng.sample(yes, 4))
    ch = choices(rng, _r(right, st), [_r(w, st) for w in wrong])
    R = "실수 전체의 집합"
    stem = rng.choice([
        f"정의역과 공역이 모두 {R}인 다음 함수 중 역함수가 {'존재하는' if want else '존재하지 않는'} 것은?",
        f"다음 중 {R}에서 {R}으로의 {'일대일대응인' if want else '일대일대응이 아닌'} 함수는?",
        f"다음 함수 중 그 역함수를 구할 수 {'있는' if want else '없는'} 것은? (단, 정의역과 공역은 모두 {R}이다.)",
    ])

    def chk() -> bool:
        # strictly monotone on R  <=>  the derivative keeps one sign (test on a grid) and it is not constant
        e = _sx(right.split("=", 1)[1])
        vals = [e.subs(x, sp.Rational(v, 4)) for v in range(-40, 41)]
        diffs = [q - p for p, q in itertools.pairwise(vals)]
        mono = all(d_ > 0 for d_ in diffs) or all(d_ < 0 for d_ in diffs)
        return mono == want
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["역함수", "일대일대응"], also=["10기수2-03-03"], check=chk)


@family(_C3, "real-life-inverse")
def _h3_life(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["temp", "taxi", "spring", "phone"])
    if kind == "temp":
        c = rng.choice([-10, 0, 5, 10, 15, 20, 25, 30, 35, 40])
        F = Fraction(9, 5) * c + 32
        fs = _r("F = f(C) = [9|5]C + 32", st)
        text = (f"섭씨온도 C °C를 화씨온도 F °F로 바꾸는 식은 {fs}이다. " + rng.choice([
            f"역함수 {_r('C = f^-1(F)', st)}의 식을 구하고, 화씨 {_fs(F)} °F는 섭씨 몇 도인지 {_end(rng)}",
            f"어느 도시의 기온이 화씨 {_fs(F)} °F로 예보되었다. 이 기온을 섭씨온도로 나타내시오."]))
        ans = ("f⁻¹(F) = (5/9)(F - 32), " if "역함수" in text else "") + f"{c} °C"
        chk = lambda: sp.Rational(5, 9) * (sp.Rational(F.numerator, F.denominator) - 32) == c  # noqa: E731
    elif kind == "taxi":
        base, per, unit = rng.choice([(4800, 100, 131), (4000, 100, 132), (3800, 100, 140)])
        n = rng.randint(10, 60)
        fare = base + per * n
        fs = _r(f"y = f(x) = {base} + {per}x", st)
        text = (f"어느 도시의 택시는 기본요금 {base}원을 받고, 기본 거리를 넘으면 {unit} m마다 {per}원씩 요금이 올라간다. 기본 거리를 넘어 "
                f"{unit} m씩 x번 더 달렸을 때의 요금을 y원이라 하면 {fs}이다. " + rng.choice([
                    f"요금이 {fare}원일 때 x의 값을 역함수를 이용하여 {_end(rng)}",
                    f"{_r(f'f^-1({fare})', st)}의 값을 구하고, 그 의미를 말하시오."]))
        ans = str(n) if "의미" not in text else f"{n} (요금이 {fare}원이면 기본 거리를 넘어 {unit} m씩 {n}번 더 달린 것이다.)"
        chk = lambda: (fare - base) / per == n  # noqa: E731
    elif kind == "spring":
        L0, k = rng.choice([(10, 2), (12, 3), (15, 2), (20, 4)])
        w = rng.randint(2, 8)
        L = L0 + k * w
        fs = _r(f"L = f(w) = {L0} + {k}w", st)
        text = (f"무게가 w g인 추를 매달았을 때 용수철의 길이 L cm는 {fs}이다. " + rng.choice([
            f"역함수 {_r('w = f^-1(L)', st)}의 식을 구하고, 용수철의 길이가 {L} cm일 때 매단 추의 무게를 {_end(rng)}",
            f"용수철의 길이가 {L} cm가 되게 하는 추의 무게를 {_end(rng)}"]))
        ans = (f"f⁻¹(L) = (L - {L0})/{k}, " if "역함수" in text else "") + f"{w} g"
        chk = lambda: sp.Rational(L - L0, k) == w  # noqa: E731
    else:
        base, per = rng.choice([(15000, 20), (20000, 15), (11000, 25)])
        m = rng.randint(10, 40) * 10
        bill = base + per * m
        fs = _r(f"y = f(x) = {base} + {per}x", st)
        text = (f"{_js(name(rng), '이/가')} 쓰는 휴대 전화 요금제는 한 달 기본료가 {base}원이고, 통화 1분마다 {per}원이 추가된다. "
                f"한 달 통화 시간이 x분일 때의 요금 y원은 {fs}이다. " + rng.choice([
                    f"이번 달 요금이 {bill}원이었다면 통화 시간은 몇 분인지 역함수를 이용하여 {_end(rng)}",
                    f"역함수 {_r('y = f^-1(x)', st)}를 구하고, {_r(f'f^-1({bill})', st)}의 값을 구하시오."]))
        ans = (f"f⁻¹(x) = (x - {base})/{per}, {m}" if "구하고" in text else f"{m}분")
        chk = lambda: sp.Rational(bill - base, per) == m  # noqa: E731
    d = 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level="C",
                   concepts=["역함수", "함숫값"], also=["10기수2-03-03"], check=chk)


@family(_C3, "self-inverse-linear")
def _h3_self(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b = nonzero(rng, -6, 6)
    m = rng.randint(-3, 4)
    fm = -m + b
    kind = rng.choice(["find-b", "find-ab", "explain"])
    if kind == "find-b":
        fs = _r("f(x) = -x + k", st)
        text = rng.choice([
            f"함수 {fs}에 대하여 {_r('f^-1 = f', st)}이고 {_r(f'f({m}) = {fm}', st)}일 때, 상수 k의 값을 {_end(rng)}",
            f"함수 {_js(fs, '은/는')} 역함수가 자기 자신과 같다. {_r(f'f^-1({fm}) = {m}', st)}일 때, 상수 k의 값을 {_end(rng)}",
        ])
        ans, d, fmt = str(b), 2, "computation"
    elif kind == "find-ab":
        fs = _r("f(x) = ax + b", st)
        text = (f"일차함수 {fs}에 대하여 모든 실수 x에서 {_r('f^-1(x) = f(x)', st)}이고, {_r(f'f({m}) = {fm}', st)}이다. "
                f"상수 a, b의 값을 각각 {_end(rng)} (단, {_r('a != 1', st)})")
        ans, d, fmt = f"a = -1, b = {b}", 4, "computation"
    else:
        fs = _r(f"f(x) = {_pl([-1, b])}", st)
        text = rng.choice([f"함수 {fs}의 역함수를 구하여 f와 그 역함수가 같음을 보이고, 그래프를 이용하여 그 까닭을 설명하시오.",
                           f"함수 {fs}에 대하여 {_r('f^-1(x) = f(x)', st)}임을 보이고, 함수 {_r('y = f(x)', st)}의 그래프가 "
                           f"직선 y = x에 대하여 어떤 모양인지 설명하시오."])
        ans, d, fmt = f"f⁻¹(x) = -x + {b}" if b > 0 else f"f⁻¹(x) = -x - {-b}", 3, "proof"

    def chk() -> bool:
        A, B = sp.symbols("A B")
        sols = sp.solve([A * A - 1, A * B + B, A * m + B - fm], [A, B], dict=True)
        sols = [s_ for s_ in sols if s_[A] != 1]
        if kind == "explain":
            t = sp.symbols("t")
            return sp.solve(-t + b - x, t)[0] == -x + b
        return len(sols) == 1 and (ans == str(sols[0][B]) if kind == "find-b" else ans == f"a = {sols[0][A]}, b = {sols[0][B]}")
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="A" if fmt == "proof" else secondary_level(d),
                   concepts=["역함수", "직선 y=x에 대하여 대칭"], check=chk)


# ================================================================================================
# 10공수2-03-04 유리함수 y = (ax + b)/(cx + d)
# ================================================================================================
_C4 = "10공수2-03-04"


def _hyp(rng: random.Random, kmax: int = 6, c: int | None = None):
    """Random (k, p, q) and the coefficient lists (num, den) of y = k/(x - p) + q = (num)/(den)."""
    k = nonzero(rng, -kmax, kmax)
    p, q = nonzero(rng, -4, 4), nonzero(rng, -4, 4) if rng.random() < 0.9 else 0
    c = c if c is not None else rng.choice([1, 1, 1, 2])
    num, den = [c * q, c * (k - q * p)], [c, -c * p]
    return k, p, q, num, den


def _ratm(num, den) -> str:
    if num[0] == 0 and num[1] < 0:
        return f"-[{-num[1]}|{_pl(den)}]"
    return f"[{_pl(num)}|{_pl(den)}]"


def _std(k, p, q) -> str:
    """Mini notation of k/(x - p) + q."""
    dx = "x" if p == 0 else (f"x - {p}" if p > 0 else f"x + {-p}")
    core = f"[{k}|{dx}]" if k > 0 else f"-[{-k}|{dx}]"
    return core if q == 0 else (f"{core} + {q}" if q > 0 else f"{core} - {-q}")


def _hyp_params(num, den):
    """(k, p, q) of the function num/den, found by sympy (for checks)."""
    e = sp.Poly(num, x).as_expr() / sp.Poly(den, x).as_expr()
    p = sp.solve(sp.Poly(den, x).as_expr(), x)[0]
    q = sp.limit(e, x, sp.oo)
    k = sp.cancel((e - q) * (x - p))
    return k, p, q


@family(_C4, "asymptotes-of-rational-function")
def _r4_asym(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k, p, q, num, den = _hyp(rng)
    fs = _r(f"y = {_ratm(num, den)}", st)
    ask = rng.choice(["both", "sum", "center", "prod"])
    if ask == "both":
        text = rng.choice([f"유리함수 {fs}의 그래프의 점근선의 방정식을 {_end(rng)}",
                           f"함수 {fs}의 그래프의 두 점근선을 {_end(rng, '쓰')}"])
        ans = f"x = {p}, y = {q}"
    elif ask == "sum":
        text = f"함수 {fs}의 그래프의 점근선이 두 직선 x = a, y = b일 때, {_r('a + b', st)}의 값을 {_end(rng)}"
        ans = str(p + q)
    elif ask == "prod":
        text = f"함수 {fs}의 그래프의 점근선의 방정식이 x = m, y = n일 때, mn의 값을 {_end(rng)}"
        ans = str(p * q)
    else:
        text = rng.choice([f"함수 {fs}의 그래프의 두 점근선의 교점의 좌표를 {_end(rng)}",
                           f"함수 {fs}의 그래프는 어떤 점에 대하여 대칭이다. 이 점의 좌표를 {_end(rng)}"])
        ans = f"({p}, {q})"

    def chk() -> bool:
        kk, pp, qq = _hyp_params(num, den)
        return kk == k and ans == {"both": f"x = {pp}, y = {qq}", "sum": str(pp + qq), "prod": str(pp * qq),
                                   "center": f"({pp}, {qq})"}[ask]
    d = 2 if ask in ("both", "center") else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["유리함수", "점근선"], check=chk)


@family(_C4, "standard-form-fill")
def _r4_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k, p, q, num, den = _hyp(rng, c=1)
    fs = _r(f"y = {_ratm(num, den)}", st)
    blank = rng.choice(["□", "(  )"])
    kind = rng.choice(["std", "translate"])
    if kind == "std":
        form = _r("y = [k|x - p] + q", st)
        text = (f"함수 {_js(fs, '을/를')} {form} 꼴로 나타낼 때, 상수 k, p, q의 값을 각각 {blank} 안에 써넣으시오.\n"
                f"k = {blank}, p = {blank}, q = {blank}")
        ans = f"{k}, {p}, {q}"
        d = 2
    else:
        text = (f"함수 {fs}의 그래프는 함수 {_r('y = [k|x]', st)}의 그래프를 x축의 방향으로 m만큼, y축의 방향으로 n만큼 "
                f"평행이동한 것이다. 다음 {blank} 안에 알맞은 수를 써넣으시오.\nk = {blank}, m = {blank}, n = {blank}")
        ans = f"{k}, {p}, {q}"
        d = 3

    def chk() -> bool:
        kk, pp, qq = _hyp_params(num, den)
        return ans.startswith(f"{kk}, {pp}, {qq}")
    return Problem(text=text, answer=ans, format="fill", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["유리함수", "평행이동", "점근선"], check=chk)


def _shift_txt(v: int, axis: str) -> str:
    return f"{axis}축의 방향으로 {v}만큼"


@family(_C4, "translate-k-over-x-find-coefficients")
def _r4_trans(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k, p, q, num, den = _hyp(rng, c=1)
    while q == 0:
        k, p, q, num, den = _hyp(rng, c=1)
    # y = (ax + b)/(x + c) with a = q, b = k - qp, c = -p
    a_, b_, c_ = q, k - q * p, -p
    base = _r(f"y = {_std(k, 0, 0)}", st)
    ask = rng.choice(["sum", "each", "reverse"])
    if ask != "reverse":
        tail = (f"상수 a, b, c에 대하여 {_r('a + b + c', st)}의 값을 {_end(rng)}" if ask == "sum"
                else f"상수 a, b, c의 값을 각각 {_end(rng)}")
        text = rng.choice([
            f"함수 {base}의 그래프를 {_shift_txt(p, 'x')}, {_shift_txt(q, 'y')} 평행이동하면 함수 "
            f"{_r('y = [ax + b|x + c]', st)}의 그래프와 일치한다. {tail}",
            f"함수 {_r('y = [ax + b|x + c]', st)}의 그래프는 함수 {base}의 그래프를 {_shift_txt(p, 'x')}, "
            f"{_shift_txt(q, 'y')} 평행이동한 것이다. {tail}",
        ])
        ans = str(a_ + b_ + c_) if ask == "sum" else f"a = {a_}, b = {b_}, c = {c_}"
        d = 3
    else:
        fs = _r(f"y = {_ratm(num, den)}", st)
        text = (f"함수 {fs}의 그래프는 함수 {_r('y = [k|x]', st)}의 그래프를 x축의 방향으로 m만큼, y축의 방향으로 n만큼 "
                f"평행이동한 것이다. {_r('k + m + n', st)}의 값을 {_end(rng)} (단, k는 상수이다.)")
        ans = str(k + p + q)
        d = 3

    def chk() -> bool:
        e = sp.Rational(k) / (x - p) + q
        if ask == "reverse":
            kk, pp, qq = _hyp_params(num, den)
            return int(ans) == kk + pp + qq
        target = (a_ * x + b_) / (x + c_)
        return sp.simplify(e - target) == 0 and (ask != "sum" or int(ans) == a_ + b_ + c_)
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["유리함수", "평행이동"], check=chk)


@family(_C4, "domain-range-and-interval-extrema")
def _r4_range(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["domain-range", "interval", "interval"])
    if kind == "domain-range":
        k, p, q, num, den = _hyp(rng)
        fs = _r(f"y = {_ratm(num, den)}", st)
        text = rng.choice([f"함수 {fs}의 정의역과 치역을 각각 {_end(rng)}",
                           f"유리함수 {fs}의 정의역과 치역을 차례대로 {_end(rng, '쓰')}"])
        ans = f"{{x | x ≠ {p}인 실수}}, {{y | y ≠ {q}인 실수}}"
        d = 2

        def chk() -> bool:
            _, pp, qq = _hyp_params(num, den)
            return ans == f"{{x | x ≠ {pp}인 실수}}, {{y | y ≠ {qq}인 실수}}"
    else:
        p, q = rng.randint(-3, 3), rng.randint(-3, 4)
        t1, t2 = sorted(rng.sample([1, 2, 3, 4, 6, 12], 2))
        k = rng.choice([12, -12, 6, -6]) if 12 % t2 == 0 and 12 % t1 == 0 else 12
        if k % t1 or k % t2:
            k = 12
        lo, hi = p + t1, p + t2
        if rng.random() < 0.4:  # interval on the left branch
            lo, hi = p - t2, p - t1
        fa, fb = Fraction(k, lo - p) + q, Fraction(k, hi - p) + q
        mx, mn = max(fa, fb), min(fa, fb)
        num, den = [q, k - q * p], [1, -p]
        fs = _r(f"y = {_ratm(num, den)}", st)
        ask = rng.choice(["maxmin", "sum"])
        iv = _r(f"{lo} <= x <= {hi}", st)
        if ask == "maxmin":
            text = rng.choice([f"{iv}에서 함수 {fs}의 최댓값과 최솟값을 각각 {_end(rng)}",
                               f"정의역이 {_r(f'{{x | {lo} <= x <= {hi}}}', st)}인 함수 {fs}의 최댓값을 M, 최솟값을 m이라 할 때, M, m의 값을 각각 {_end(rng)}"])
            ans = f"최댓값 {_fs(mx)}, 최솟값 {_fs(mn)}" if "M, m" not in text else f"M = {_fs(mx)}, m = {_fs(mn)}"
        else:
            text = f"{iv}에서 함수 {fs}의 최댓값과 최솟값의 합을 {_end(rng)}"
            ans = _fs(mx + mn)
        d = 3

        def chk() -> bool:
            e = sp.Poly(num, x).as_expr() / sp.Poly(den, x).as_expr()
            vals = [e.subs(x, lo), e.subs(x, hi), e.subs(x, sp.Rational(lo + hi, 2))]
            hi_v, lo_v = max(vals[:2]), min(vals[:2])
            if not (lo_v <= vals[2] <= hi_v):  # monotone on the interval
                return False
            if ask == "sum":
                return sp.Rational(ans) == hi_v + lo_v
            return ans.endswith(f"{_fs(Fraction(str(lo_v)))}") and _fs(Fraction(str(hi_v))) in ans
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["유리함수", "정의역", "치역"], check=chk)


@family(_C4, "coefficients-from-asymptotes-and-point")
def _r4_params(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = nonzero(rng, -4, 4), nonzero(rng, -4, 4)
    t = rng.choice([1, 2, 3, -1, -2, -3])
    k = t * rng.choice([1, 2, 3, -1, -2])
    x0 = p + t
    y0 = k // t + q
    a_, b_, c_ = q, k - q * p, -p  # y = (ax + b)/(x + c)
    fs = _r("y = [ax + b|x + c]", st)
    pt = _r(f"({x0}, {y0})", st)
    ask = rng.choice(["sum", "each", "prod"])
    tail = {"sum": f"a, b, c에 대하여 {_r('a + b + c', st)}의 값을 {_end(rng)}", "each": f"a, b, c의 값을 각각 {_end(rng)}",
            "prod": f"a, b, c에 대하여 {_r('abc', st)}의 값을 {_end(rng)}"}[ask]
    text = rng.choice([
        f"함수 {fs}의 그래프의 점근선의 방정식이 x = {p}, y = {q}이고, 이 그래프가 점 {_js(pt, '을/를')} 지날 때, 상수 {tail}",
        f"함수 {fs}의 그래프가 점 {_js(pt, '을/를')} 지나고, 두 직선 x = {p}, y = {_js(str(q), '을/를')} 점근선으로 가질 때, 상수 {tail}",
        f"두 점근선의 교점이 {_r(f'({p}, {q})', st)}인 함수 {fs}의 그래프가 점 {_js(pt, '을/를')} 지난다. 상수 {tail}",
    ])
    ans = {"sum": str(a_ + b_ + c_), "each": f"a = {a_}, b = {b_}, c = {c_}", "prod": str(a_ * b_ * c_)}[ask]

    def chk() -> bool:
        A, B, Cc = sp.symbols("A B Cc")
        sol = sp.solve([Cc + p, A - q, (A * x0 + B) - y0 * (x0 + Cc)], [A, B, Cc], dict=True)[0]
        sa, sb, sc = sol[A], sol[B], sol[Cc]
        return ans == {"sum": str(sa + sb + sc), "each": f"a = {sa}, b = {sb}, c = {sc}", "prod": str(sa * sb * sc)}[ask]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["유리함수", "점근선"], check=chk)


_QUAD = ("제1사분면", "제2사분면", "제3사분면", "제4사분면")


def _quadrants(k, p, q) -> list[int]:
    """Quadrants (1-4) that y = k/(x - p) + q passes through, by dense sampling of both branches."""
    out = set()
    for sgn in (1, -1):
        for e in range(-60, 61):
            t = 10 ** (e / 10)
            xv = p + sgn * t
            yv = k / (xv - p) + q
            if xv == 0 or yv == 0:
                continue
            out.add(1 if xv > 0 and yv > 0 else 2 if xv < 0 < yv else 3 if xv < 0 and yv < 0 else 4)
    return sorted(out)


@family(_C4, "quadrants-of-rational-graph")
def _r4_quad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        k, p, q, num, den = _hyp(rng)
        if q != 0 and -Fraction(k, p) + q != 0:  # not through the origin
            break
    quads = _quadrants(k, p, q)
    missing = [i for i in (1, 2, 3, 4) if i not in quads]
    fs = _r(f"y = {_ratm(num, den)}", st)
    if missing and rng.random() < 0.7:
        text = rng.choice([f"함수 {fs}의 그래프가 지나지 않는 사분면을 {_end(rng, '쓰')}",
                           f"함수 {fs}의 그래프를 그리고, 이 그래프가 지나지 않는 사분면을 {_end(rng)}"])
        ans = ", ".join(_QUAD[i - 1] for i in missing)
        fmt = "computation"
    else:
        text = f"함수 {fs}의 그래프의 점근선을 이용하여 그래프의 개형을 그리고, 그래프가 지나는 사분면을 모두 {_end(rng, '쓰')}"
        ans = ", ".join(_QUAD[i - 1] for i in quads)
        fmt = "task"
    d = 3

    def chk() -> bool:
        kk, pp, qq = _hyp_params(num, den)
        qs = _quadrants(float(kk), float(pp), float(qq))
        return ans in (", ".join(_QUAD[i - 1] for i in qs), ", ".join(_QUAD[i - 1] for i in (1, 2, 3, 4) if i not in qs))
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="C",
                   concepts=["유리함수", "점근선", "그래프"], check=chk)


@family(_C4, "kset-rational-graph-properties")
def _r4_kset(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        k, p, q, num, den = _hyp(rng)
        if p != q and q != 0 and -Fraction(k, p) + q != 0:
            break
    quads = _quadrants(k, p, q)

    def stmt(kind: str, truth: bool) -> tuple[str, bool]:
        if kind == "domain":
            v = p if truth else rng.choice([-p, q])
            return f"정의역은 {_r(f'{{x | x != {v}', st)}인 실수{_r('}', st)}이다.", v == p
        if kind == "center":
            c = (p, q) if truth else rng.choice([(q, p), (-p, q), (p, -q)])
            return f"그래프는 점 {_r(f'({c[0]}, {c[1]})', st)}에 대하여 대칭이다.", c == (p, q)
        if kind == "shift":
            kk = k if truth else -k
            return f"그래프는 함수 {_r(f'y = {_std(kk, 0, 0)}', st)}의 그래프를 평행이동한 것이다.", kk == k
        if kind == "mono":
            side = rng.choice(["x > ", "x < "])
            word = "감소" if truth == (k > 0) else "증가"
            return (f"{_r(f'{side}{p}', st)}에서 x의 값이 증가하면 y의 값은 {word}한다.", (word == "감소") == (k > 0))
        if kind == "quad":
            missing = [i for i in (1, 2, 3, 4) if i not in quads]
            if truth and missing:
                return f"그래프는 {_QUAD[missing[0] - 1]}을 지나지 않는다.", True
            return f"그래프는 {_QUAD[quads[0] - 1]}을 지나지 않는다.", False
        # symmetry line through the center with slope 1
        c0 = q - p if truth else q + p
        line = _pl([1, c0])
        return f"그래프는 직선 {_r(f'y = {line}', st)}에 대하여 대칭이다.", c0 == q - p

    while True:
        kinds = rng.sample(["domain", "center", "shift", "mono", "quad", "line"], 3)
        sts = [stmt(kd, rng.random() < 0.55) for kd in kinds]
        truths = [t for _, t in sts]
        if any(truths):
            break
    right, ch = _kmcq(rng, truths)
    fs = _r(f"y = {_ratm(num, den)}", st)
    text = (rng.choice([f"함수 {fs}에 대한 설명으로 <보기>에서 옳은 것만을 있는 대로 고른 것은?",
                        f"유리함수 {fs}의 그래프에 대하여 <보기>에서 옳은 것을 모두 고른 것은?"]) + "\n<보기>\n"
            + "\n".join(f"{kk}. {s_}" for kk, (s_, _) in zip(_K, sts, strict=True)) + f"\n{ch.block}")

    def chk() -> bool:
        kk, pp, qq = _hyp_params(num, den)
        return (kk, pp, qq) == (k, p, q) and right == ", ".join(a for a, t in zip(_K, truths, strict=True) if t)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=4, achievement_level="B", choice=ch,
                   concepts=["유리함수", "점근선", "정의역", "평행이동"], check=chk)


@family(_C4, "real-life-rational")
def _r4_life(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["avg-cost", "salt", "share"])
    if kind == "avg-cost":
        fixed = rng.choice([200000, 300000, 500000, 600000])
        unit = rng.choice([2000, 3000, 4000, 5000])
        goal = unit + rng.choice([500, 1000, 2000])
        n_min = -(-fixed // (goal - unit))
        fs = _r(f"y = [{fixed} + {unit}x|x]", st)
        text = (f"어느 동아리에서 단체 티셔츠를 만드는데, 디자인 비용 {fixed}원과 한 장당 제작비 {unit}원이 든다. 티셔츠를 x장 만들 때 "
                f"한 장당 평균 비용을 y원이라 하면 {fs}이다. " + rng.choice([
                    f"한 장당 평균 비용이 {goal}원 이하가 되려면 티셔츠를 최소 몇 장 만들어야 하는지 {_end(rng)}",
                    f"평균 비용이 {goal}원 이하가 되도록 하는 x의 최솟값을 구하고, 이 함수의 그래프의 점근선 y = {unit}이 뜻하는 바를 말하시오."]))
        ans = (f"{n_min}장" if "몇 장" in text
               else f"{n_min}, 티셔츠를 많이 만들수록 한 장당 평균 비용이 {unit}원에 한없이 가까워진다는 뜻이다.")
        chk = lambda: (fixed + unit * n_min) <= goal * n_min and (fixed + unit * (n_min - 1)) > goal * (n_min - 1)  # noqa: E731
        d = 3
    elif kind == "salt":
        w = rng.choice([100, 200, 300])
        pct = rng.choice([5, 10, 20])
        s = w * pct // 100
        target = rng.choice([v for v in (2, 4, 5, 8) if v < pct and (100 * s) % v == 0 and 100 * s // v > w] or [pct // 2])
        add = 100 * s // target - w
        fs = _r(f"y = [{100 * s}|{w} + x]", st)
        text = (f"농도가 {pct}%인 소금물 {w} g에 물 x g을 더 넣었을 때의 농도를 y%라 하면 {fs}이다. " + rng.choice([
            f"농도가 {target}%가 되려면 물을 몇 g 더 넣어야 하는지 {_end(rng)}",
            f"y = {_js(str(target), '이/가')} 되는 x의 값을 {_end(rng)}"]))
        ans = f"{add} g" if "몇 g" in text else str(add)
        chk = lambda: sp.Rational(100 * s, w + add) == target  # noqa: E731
        d = 3
    else:
        total = rng.choice([120, 180, 240, 360])
        base = rng.choice([2, 3, 4])
        people = rng.choice([v for v in range(2, 10) if total % (v + base) == 0 and total // (v + base) > 0] or [1])
        each = total // (people + base)
        fs = _r(f"y = [{total}|x + {base}]", st)
        text = (f"모둠 학생 {base}명이 쿠키 {total}개를 똑같이 나누어 가지려는데, x명이 더 와서 함께 나누기로 했다. 한 사람이 받는 쿠키의 수를 y개라 하면 "
                f"{fs}이다. 한 사람이 {each}개씩 받았다면 몇 명이 더 왔는지 {_end(rng)}")
        ans = f"{people}명"
        chk = lambda: sp.Rational(total, people + base) == each  # noqa: E731
        d = 2
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["유리함수"], check=chk)


@family(_C4, "line-tangent-to-hyperbola")
def _r4_tangent(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice([1, 2, 3])
    k = r * r
    p, q = rng.randint(-3, 3), rng.randint(-3, 3)
    num, den = [q, k - q * p], [1, -p]
    fs = _r(f"y = {_ratm(num, den)}" if p != 0 or q != 0 else f"y = [{k}|x]", st)
    n_hi, n_lo = p + q + 2 * r, p + q - 2 * r
    ask = rng.choice(["pos", "sum", "count"])
    if ask == "pos":
        text = rng.choice([
            f"함수 {fs}의 그래프와 직선 {_r('y = -x + n', st)}이 한 점에서 만날 때, 상수 n의 값 중 큰 값을 {_end(rng)}",
            f"직선 {_js(_r('y = -x + n', st), '이/가')} 함수 {fs}의 그래프에 접하도록 하는 상수 n의 값 중 큰 것을 {_end(rng)}",
        ])
        ans = str(n_hi)
    elif ask == "sum":
        text = f"함수 {fs}의 그래프와 직선 {_r('y = -x + n', st)}이 오직 한 점에서 만나도록 하는 모든 상수 n의 값의 합을 {_end(rng)}"
        ans = str(n_hi + n_lo)
    else:
        text = f"함수 {fs}의 그래프와 직선 {_r('y = -x + n', st)}이 만나지 않도록 하는 정수 n의 개수를 {_end(rng)}"
        ans = str(n_hi - n_lo - 1)

    def chk() -> bool:
        n = sp.symbols("n")
        eq = sp.expand((-x + n - q) * (x - p) - k)  # intersection equation, x != p
        disc = sp.discriminant(eq, x)
        roots = sorted(sp.solve(disc, n))
        if ask == "pos":
            return int(ans) == roots[-1]
        if ask == "sum":
            return int(ans) == sum(roots)
        return int(ans) == len([v for v in range(-40, 41) if disc.subs(n, v) < 0])
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["유리함수", "판별식"], also=["10공수1-02-02"], check=chk)


@family(_C4, "basic-k-over-x")
def _r4_basic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = nonzero(rng, -4, 4)
    b = nonzero(rng, -6, 6)
    k = a * b
    fs = _r("y = [k|x]", st)
    pt = _r(f"({a}, {b})", st)
    ask = rng.choice(["k", "quad", "other-point"])
    if ask == "k":
        text = rng.choice([f"함수 {fs}의 그래프가 점 {_js(pt, '을/를')} 지날 때, 상수 k의 값을 {_end(rng)}",
                           f"점 {_js(pt, '이/가')} 함수 {fs}의 그래프 위의 점일 때, 상수 k의 값을 {_end(rng)}"])
        ans = str(k)
        d = 1
    elif ask == "quad":
        text = f"함수 {fs}의 그래프가 점 {_js(pt, '을/를')} 지날 때, 이 그래프가 지나는 사분면을 모두 {_end(rng, '쓰')} (단, k는 상수이다.)"
        ans = "제1사분면, 제3사분면" if k > 0 else "제2사분면, 제4사분면"
        d = 2
    else:
        divs = [v for v in range(1, abs(k) + 1) if k % v == 0 and v != abs(a)]
        m = rng.choice(divs) if divs else abs(a)
        text = (f"함수 {fs}의 그래프가 두 점 {pt}, {_r(f'({m}, t)', st)}를 지날 때, t의 값을 {_end(rng)} (단, k는 상수이다.)")
        text = text.replace(f"{_r(f'({m}, t)', st)}를", _js(_r(f"({m}, t)", st), "을/를"))
        ans = str(k // m)
        d = 2

    def chk() -> bool:
        K = sp.symbols("K")
        kv = sp.solve(K / a - b, K)[0]
        if ask == "k":
            return int(ans) == kv
        if ask == "quad":
            return ("제1" in ans) == (kv > 0)
        return int(ans) == kv / m
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["유리함수", "반비례"], also=["10기수2-03-04"], check=chk)


# ================================================================================================
# 10공수2-03-05 무리함수 y = √(ax + b) + c
# ================================================================================================
_C5 = "10공수2-03-05"


def _rad(a: int, b: int) -> str:
    inner = _pl([a, b])
    return "√x" if inner == "x" else f"√({inner})"


def _sqf(s: int, a: int, b: int, c: int) -> str:
    """Mini notation of s√(ax + b) + c (s a small nonzero integer)."""
    head = ("" if s == 1 else "-" if s == -1 else str(s)) + _rad(a, b)
    return head if c == 0 else (f"{head} + {c}" if c > 0 else f"{head} - {-c}")


def _rand_sqrt(rng: random.Random, signs=(1, 1, -1), coef=(1, 1, 2, -1, -2, 3)):
    s = rng.choice(signs)
    a = rng.choice(coef)
    h = rng.randint(-4, 4)
    c = rng.randint(-4, 4)
    return s, a, -a * h, c, h


def _sq_dr(s, a, h, c):
    dom = f"{{x | x >= {h}}}" if a > 0 else f"{{x | x <= {h}}}"
    rg = f"{{y | y >= {c}}}" if s > 0 else f"{{y | y <= {c}}}"
    return dom, rg


@family(_C5, "domain-range-of-sqrt-function")
def _s5_dr(rng: random.Random) -> Problem:
    st = pick_style(rng)
    s, a, b, c, h = _rand_sqrt(rng)
    fs = _r(f"y = {_sqf(s, a, b, c)}", st)
    dom, rg = _sq_dr(s, a, h, c)
    ask = rng.choice(["both", "both", "start", "count"])
    if ask == "both":
        text = rng.choice([f"함수 {fs}의 정의역과 치역을 각각 {_end(rng)}",
                           f"무리함수 {fs}의 정의역과 치역을 차례대로 {_end(rng, '쓰')}"])
        ans = f"{_r(dom, 'unicode')}, {_r(rg, 'unicode')}"
        d = 2
    elif ask == "start":
        text = rng.choice([f"함수 {fs}의 그래프가 시작하는 점의 좌표를 {_end(rng)}",
                           f"함수 {fs}의 정의역이 {_r('{x | x >= m}', st) if a > 0 else _r('{x | x <= m}', st)}, 치역이 "
                           f"{_r('{y | y >= n}', st) if s > 0 else _r('{y | y <= n}', st)}일 때, {_r('m + n', st)}의 값을 {_end(rng)}"])
        ans = f"({h}, {c})" if "시작" in text else str(h + c)
        d = 2
    else:
        lo = h if a > 0 else h - 6
        hi = h + 6 if a > 0 else h
        text = (f"함수 {fs}의 정의역에 속하는 정수 x 중에서 {_r(f'{h - 6} <= x <= {h + 6}', st)}인 것의 개수를 {_end(rng)}")
        ans = str(hi - lo + 1)
        d = 2

    def chk() -> bool:
        e = s * sp.sqrt(a * x + b) + c
        ok_dom = [v for v in range(h - 6, h + 7) if (a * v + b) >= 0]
        if ask == "count":
            return int(ans) == len(ok_dom)
        start = (sp.solve(a * x + b, x)[0], e.subs(x, -sp.Rational(b, a)))
        if ask == "start":
            return ans == (f"({start[0]}, {start[1]})" if "(" in ans else str(start[0] + start[1]))
        x0 = sp.solve(a * x + b, x)[0]
        y0 = e.subs(x, x0)
        want = (f"{{x | x {'≥' if a > 0 else '≤'} {x0}}}, {{y | y {'≥' if s > 0 else '≤'} {y0}}}")
        return ans.replace("−", "-") == want
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["무리함수", "정의역", "치역"], check=chk)


@family(_C5, "translate-sqrt-graph")
def _s5_trans(rng: random.Random) -> Problem:
    st = pick_style(rng)
    s = rng.choice([1, -1])
    a = rng.choice([1, 2, 3, -1, -2, 4])
    m, n = nonzero(rng, -4, 4), nonzero(rng, -4, 4)
    base = _r(f"y = {_sqf(s, a, 0, 0)}", st)
    b = -a * m
    kind = rng.choice(["find-bc", "find-mn"])
    if kind == "find-bc":
        form = _r(f"y = {'-' if s < 0 else ''}√({_pl([a, 0])} + b) + c", st)
        text = rng.choice([
            f"함수 {base}의 그래프를 x축의 방향으로 {m}만큼, y축의 방향으로 {n}만큼 평행이동하면 함수 {form}의 그래프와 일치한다. "
            f"상수 b, c에 대하여 {_r('b + c', st)}의 값을 {_end(rng)}",
            f"함수 {form}의 그래프는 함수 {base}의 그래프를 x축의 방향으로 {m}만큼, y축의 방향으로 {n}만큼 평행이동한 것이다. "
            f"상수 b, c의 값을 각각 {_end(rng)}",
        ])
        ans = f"b = {b}, c = {n}" if "각각" in text else str(b + n)
    else:
        fs = _r(f"y = {_sqf(s, a, b, n)}", st)
        text = (f"함수 {fs}의 그래프는 함수 {base}의 그래프를 x축의 방향으로 p만큼, y축의 방향으로 q만큼 평행이동한 것이다. "
                f"{_r('p + q', st)}의 값을 {_end(rng)}")
        ans = str(m + n)
    d = 3

    def chk() -> bool:
        e = s * sp.sqrt(a * (x - m)) + n
        target = s * sp.sqrt(a * x + b) + n
        ok = sp.simplify(e - target) == 0
        return ok and ans in (str(b + n), f"b = {b}, c = {n}", str(m + n))
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["무리함수", "평행이동"], check=chk)


@family(_C5, "coefficients-from-start-point-and-point")
def _s5_params(rng: random.Random) -> Problem:
    st = pick_style(rng)
    h, c = rng.randint(-4, 4), rng.randint(-3, 4)
    sq = rng.choice([1, 2, 3])
    a = nonzero(rng, -3, 3)
    x1, y1 = h + sq * sq, c + a * sq
    fs = _r("y = a√(x + b) + c", st)
    ask = rng.choice(["sum", "each", "abc"])
    tail = {"sum": f"{_r('a + b + c', st)}의 값을 {_end(rng)}", "each": f"a, b, c의 값을 각각 {_end(rng)}",
            "abc": f"{_r('abc', st)}의 값을 {_end(rng)}"}[ask]
    text = rng.choice([
        f"함수 {fs}의 그래프가 점 {_r(f'({h}, {c})', st)}에서 시작하여 점 {_js(_r(f'({x1}, {y1})', st), '을/를')} 지날 때, 상수 a, b, c에 대하여 {tail}",
        f"함수 {fs}의 정의역이 {_r(f'{{x | x >= {h}}}', st)}이고, 그래프가 두 점 {_r(f'({h}, {c})', st)}, "
        f"{_js(_r(f'({x1}, {y1})', st), '을/를')} 지날 때, 상수 a, b, c에 대하여 {tail}",
    ]).replace("상수 a, b, c에 대하여 a, b, c의 값을", "상수 a, b, c의 값을")
    b = -h
    ans = {"sum": str(a + b + c), "each": f"a = {a}, b = {b}, c = {c}", "abc": str(a * b * c)}[ask]

    def chk() -> bool:
        A = sp.symbols("A")
        aa = sp.solve(A * sp.sqrt(x1 + b) + c - y1, A)
        return len(aa) == 1 and ans == {"sum": str(aa[0] + b + c), "each": f"a = {aa[0]}, b = {b}, c = {c}",
                                        "abc": str(aa[0] * b * c)}[ask]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["무리함수", "평행이동"], check=chk)


@family(_C5, "sqrt-max-min-on-interval")
def _s5_maxmin(rng: random.Random) -> Problem:
    st = pick_style(rng)
    s = rng.choice([1, -1, 2, -2])
    a = rng.choice([1, 2, 3, -1, -2])
    c = rng.randint(-4, 5)
    r1, r2 = sorted(rng.sample(range(0, 6), 2))
    h = rng.randint(-3, 3)
    # inner a(x - h) takes the perfect squares r1², r2² at the ends of the interval
    xa, xb = Fraction(r1 * r1, a) + h, Fraction(r2 * r2, a) + h
    lo, hi = min(xa, xb), max(xa, xb)
    if lo.denominator != 1 or hi.denominator != 1:
        a = rng.choice([1, -1])
        xa, xb = Fraction(r1 * r1, a) + h, Fraction(r2 * r2, a) + h
        lo, hi = min(xa, xb), max(xa, xb)
    b = -a * h
    v1, v2 = s * r1 + c, s * r2 + c
    mx, mn = max(v1, v2), min(v1, v2)
    fs = _r(f"y = {_sqf(s, a, b, c)}", st)
    iv = _r(f"{_fs(lo)} <= x <= {_fs(hi)}", st)
    ask = rng.choice(["both", "sum"])
    if ask == "both":
        text = rng.choice([f"{iv}에서 함수 {fs}의 최댓값과 최솟값을 각각 {_end(rng)}",
                           f"정의역이 {_r(f'{{x | {_fs(lo)} <= x <= {_fs(hi)}}}', st)}인 함수 {fs}의 최댓값을 M, 최솟값을 m이라 할 때, M, m의 값을 각각 {_end(rng)}"])
        ans = f"최댓값 {mx}, 최솟값 {mn}" if "M, m" not in text else f"M = {mx}, m = {mn}"
    else:
        text = f"{iv}에서 함수 {fs}의 최댓값과 최솟값의 합을 {_end(rng)}"
        ans = str(mx + mn)

    def chk() -> bool:
        e = s * sp.sqrt(a * x + b) + c
        vals = [e.subs(x, sp.Integer(int(lo))), e.subs(x, sp.Integer(int(hi)))]
        if not all(v.is_integer for v in vals):
            return False
        M, m_ = max(vals), min(vals)
        return ans == (str(M + m_) if ask == "sum" else (f"M = {M}, m = {m_}" if "M =" in ans else f"최댓값 {M}, 최솟값 {m_}"))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["무리함수", "최댓값", "최솟값"], check=chk)


def _sq_quads(s, a, h, c) -> list[int]:
    out = set()
    for t in [0.0] + [10 ** (e / 10) for e in range(-60, 61)]:
        xv = h + (t if a > 0 else -t)
        yv = s * (abs(a) * t) ** 0.5 + c
        if xv == 0 or yv == 0:
            continue
        out.add(1 if xv > 0 and yv > 0 else 2 if xv < 0 < yv else 3 if xv < 0 and yv < 0 else 4)
    return sorted(out)


@family(_C5, "kset-sqrt-graph-properties")
def _s5_kset(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        s, a, b, c, h = _rand_sqrt(rng)
        if h != 0 and c != 0 and (s * (abs(a * (0 - h))) ** 0.5 + c != 0 if a * (0 - h) >= 0 else True):
            break
    quads = _sq_quads(s, a, h, c)
    dom, rg = _sq_dr(s, a, h, c)

    def stmt(kind: str, truth: bool) -> tuple[str, bool]:
        if kind == "domain":
            d_ = dom if truth else (f"{{x | x >= {-h}}}" if a > 0 else f"{{x | x <= {-h}}}")
            return f"정의역은 {_r(d_, st)}이다.", d_ == dom
        if kind == "range":
            r_ = rg if truth else (f"{{y | y <= {c}}}" if s > 0 else f"{{y | y >= {c}}}")
            return f"치역은 {_r(r_, st)}이다.", r_ == rg
        if kind == "shift":
            ss = s if truth else -s
            return (f"그래프는 함수 {_r(f'y = {_sqf(ss, a, 0, 0)}', st)}의 그래프를 평행이동한 것이다.", ss == s)
        if kind == "mono":
            inc = (s > 0) == (a > 0)
            word = "증가" if truth == inc else "감소"
            return f"x의 값이 증가하면 y의 값은 {word}한다.", (word == "증가") == inc
        missing = [i for i in (1, 2, 3, 4) if i not in quads]
        if truth and missing:
            return f"그래프는 {_QUAD[missing[0] - 1]}을 지나지 않는다.", True
        return f"그래프는 {_QUAD[quads[-1] - 1]}을 지나지 않는다.", False

    while True:
        kinds = rng.sample(["domain", "range", "shift", "mono", "quad"], 3)
        sts = [stmt(kd, rng.random() < 0.55) for kd in kinds]
        truths = [t for _, t in sts]
        if any(truths):
            break
    right, ch = _kmcq(rng, truths)
    fs = _r(f"y = {_sqf(s, a, b, c)}", st)
    text = (rng.choice([f"함수 {fs}에 대하여 <보기>에서 옳은 것만을 있는 대로 고른 것은?",
                        f"무리함수 {fs}의 그래프에 대한 설명으로 <보기>에서 옳은 것을 모두 고른 것은?"]) + "\n<보기>\n"
            + "\n".join(f"{kk}. {s_}" for kk, (s_, _) in zip(_K, sts, strict=True)) + f"\n{ch.block}")

    def chk() -> bool:
        e = s * sp.sqrt(a * x + b) + c
        x0 = sp.solve(a * x + b, x)[0]
        return x0 == h and e.subs(x, x0) == c and right == ", ".join(k for k, t in zip(_K, truths, strict=True) if t)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=4, achievement_level="B", choice=ch,
                   concepts=["무리함수", "정의역", "치역", "평행이동"], check=chk)


@family(_C5, "sqrt-and-line-intersections")
def _s5_line(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randint(-4, 4)
    fs = _r(f"y = {_rad(1, -p)}", st)
    ln = _r("y = x + k", st)
    k_start = Fraction(-p)            # the line passes the start point (p, 0)
    k_tan = Fraction(1, 4) - p        # tangent: t^2 - t + (p + k) = 0 has a double root
    ask = rng.choice(["two", "one-tan", "none"])
    if ask == "two":
        text = rng.choice([f"함수 {fs}의 그래프와 직선 {_js(ln, '이/가')} 서로 다른 두 점에서 만나도록 하는 실수 k의 값의 범위를 {_end(rng)}",
                           f"직선 {_js(ln, '이/가')} 함수 {fs}의 그래프와 서로 다른 두 점에서 만날 때, 실수 k의 값의 범위를 {_end(rng)}"])
        ans = f"{_fs(k_start)} ≤ k < {_fs(k_tan)}"
    elif ask == "one-tan":
        text = f"함수 {fs}의 그래프와 직선 {_js(ln, '이/가')} 접할 때, 상수 k의 값을 {_end(rng)}"
        ans = _fs(k_tan)
    else:
        text = f"함수 {fs}의 그래프와 직선 {_js(ln, '이/가')} 만나지 않도록 하는 실수 k의 값의 범위를 {_end(rng)}"
        ans = f"k > {_fs(k_tan)}"

    def chk() -> bool:
        kk, t = sp.symbols("kk t")
        # t = √(x - p) ≥ 0, x = t² + p: t = t² + p + kk
        eq = t ** 2 - t + p + kk
        tan = sp.solve(sp.discriminant(eq, t), kk)[0]
        through_start = sp.solve(eq.subs(t, 0), kk)[0]
        if ask == "one-tan":
            return sp.Rational(ans) == tan
        if ask == "none":
            return ans == f"k > {_fs(Fraction(str(tan)))}"
        return ans == f"{_fs(Fraction(str(through_start)))} ≤ k < {_fs(Fraction(str(tan)))}"
    return Problem(text=text, answer=ans, format="computation", difficulty=4 if ask == "two" else 3,
                   achievement_level="B" if ask == "two" else "C",
                   concepts=["무리함수", "판별식"], also=["10공수1-02-02"], check=chk)


@family(_C5, "inverse-of-sqrt-function")
def _s5_inv(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 1, 2, -1])
    h, c = rng.randint(-4, 4), rng.randint(-4, 4)
    b = -a * h
    fs = _r(f"f(x) = {_sqf(1, a, b, c)}", st)
    # y = √(a(x - h)) + c  =>  x = (y - c)²/a + h, y ≥ c
    ask = rng.choice(["expr", "value", "coef"])
    if ask == "expr":
        text = rng.choice([f"함수 {fs}의 역함수를 구하시오. (단, 역함수의 정의역도 함께 쓰시오.)",
                           f"함수 {fs}의 역함수 {_r('y = f^-1(x)', st)}의 식과 정의역을 {_end(rng)}"])
        sq = _pl([1, -c]) if c != 0 else "x"
        core = f"({sq})^2" if c != 0 else "x^2"
        body = (core if a == 1 else (f"-{core}" if a == -1 else f"[1|{a}]{core}"))
        tail = "" if h == 0 else (f" + {h}" if h > 0 else f" - {-h}")
        ans = f"f⁻¹(x) = {_r(body + tail, 'plain')} (x ≥ {c})"
        d = 4
    elif ask == "value":
        t = rng.randint(0, 4)
        k = t + c  # f(x0) = k with √(a(x0 - h)) = t
        x0 = Fraction(t * t, a) + h
        text = rng.choice([f"함수 {fs}에 대하여 {_r(f'f^-1({k})', st)}의 값을 {_end(rng)}",
                           f"함수 {fs}의 역함수를 g(x)라 할 때, g({k})의 값을 {_end(rng)}"])
        ans = _fs(x0)
        d = 3
    else:
        text = (f"함수 {fs}의 역함수가 {_r('g(x) = [1|p](x + q)^2 + r', st) if a not in (1,) else _r('g(x) = (x + q)^2 + r', st)} "
                f"({_r(f'x >= {c}', st)})일 때, " + (f"상수 p, q, r에 대하여 {_r('p + q + r', st)}의 값을 {_end(rng)}" if a != 1
                                                      else f"상수 q, r에 대하여 {_r('q + r', st)}의 값을 {_end(rng)}"))
        ans = str(a - c + h) if a != 1 else str(-c + h)
        d = 4

    def chk() -> bool:
        def f_(v):
            return sp.sqrt(a * v + b) + c
        if ask == "value":
            return f_(sp.Rational(ans)) == k
        if ask == "coef":
            pp = int(ans) + c - h if a != 1 else 1
            g = sp.Rational(1, pp) * (x - c) ** 2 + h
        else:
            g = _sx(ans.split("=")[1].split("(x ≥")[0])
        return all(f_(g.subs(x, c + v)) == c + v for v in (0, 1, 3))
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["무리함수", "역함수"], also=["10공수2-03-03"], check=chk)


@family(_C5, "real-life-sqrt")
def _s5_life(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["fall", "skid", "tsunami"])
    if kind == "fall":
        t = rng.choice([1, 2, 3, 4, 5])
        h = Fraction(49, 10) * t * t
        fs = _r("t = √([h|4.9])", st)
        text = (f"높은 곳에서 물체를 가만히 떨어뜨렸을 때, 물체가 h m 떨어지는 데 걸리는 시간을 t초라 하면 {fs}이다. " + rng.choice([
            f"높이 {float(h):g} m인 곳에서 떨어뜨린 공이 땅에 닿을 때까지 몇 초가 걸리는지 {_end(rng)} (단, 공기의 저항은 무시한다.)",
            f"물체가 땅에 닿을 때까지 {t}초가 걸렸다면 물체를 떨어뜨린 높이는 몇 m인지 {_end(rng)}"]))
        ans = f"{t}초" if "몇 초" in text else f"{float(h):g} m"
        chk = lambda: sp.sqrt(sp.Rational(h.numerator, h.denominator) / sp.Rational(49, 10)) == t  # noqa: E731
    elif kind == "skid":
        k = rng.choice([8, 10, 12])
        v = rng.choice([40, 60, 80])
        # v = √(k' d) with chosen d such that v² / k' is an integer: v = 2√(k d)? keep v = √(k·d)
        d_ = v * v // k if (v * v) % k == 0 else None
        if d_ is None:
            k = 10
            d_ = v * v // 10
        fs = _r(f"v = √({k}d)", st)
        text = (f"어느 도로에서 자동차가 급정거할 때 미끄러진 거리가 d m이면 브레이크를 밟기 직전 자동차의 속력 v km/h는 {fs}로 "
                f"추정할 수 있다고 한다. " + rng.choice([
                    f"미끄러진 거리가 {d_} m일 때, 자동차의 속력을 {_end(rng)}",
                    f"속력이 {v} km/h인 자동차가 급정거했다면 몇 m 미끄러지는지 {_end(rng)}"]))
        ans = f"{v} km/h" if "속력을" in text else f"{d_} m"
        chk = lambda: sp.sqrt(k * d_) == v  # noqa: E731
    else:
        g = 10
        depth = rng.choice([10, 40, 90, 160, 250, 360, 490, 1000, 4000])
        sp_ = sp.sqrt(g * depth)
        fs = _r("v = √(10d)", st)
        text = (f"바다의 깊이가 d m인 곳에서 해일이 나아가는 속력 v m/s는 근사적으로 {fs}라 한다. 깊이가 {depth} m인 바다에서 해일의 속력을 "
                f"{_end(rng)}")
        ans = f"{int(sp_)} m/s"
        chk = lambda: sp_ ** 2 == 10 * depth and sp_.is_integer  # noqa: E731
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["무리함수", "함숫값"], also=["10기수2-03-05"], check=chk)


@family(_C5, "irrational-expression-real-condition")
def _s5_expr(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["count", "count", "rationalize"])
    if kind == "count":
        lo = rng.randint(-6, 2)
        hi = lo + rng.randint(3, 9)
        a1 = f"x + {-lo}" if lo < 0 else (f"x - {lo}" if lo > 0 else "x")
        a2 = f"{hi} - x" if hi != 0 else "-x"
        strict = rng.random() < 0.4
        e = f"√({a1}) + √({a2})" if not strict else f"[√({a1})|√({a2})]"
        text = rng.choice([f"무리식 {_js(_r(e, st), '이/가')} 실수가 되도록 하는 정수 x의 개수를 {_end(rng)}",
                           f"{_r(e, st)}의 값이 실수가 되도록 하는 모든 정수 x의 개수를 {_end(rng)}",
                           f"x에 대한 무리식 {_r(e, st)}의 값이 실수일 때, 정수 x는 모두 몇 개인가?"])
        ans = str(hi - lo + (0 if strict else 1))
        d = 2

        def chk() -> bool:
            good = 0
            e1, e2 = _sx(a1), _sx(a2)
            for v in range(lo - 5, hi + 6):
                u1, u2 = e1.subs(x, v), e2.subs(x, v)
                if u1 >= 0 and (u2 > 0 if strict else u2 >= 0):
                    good += 1
            return good == int(ans)
    else:
        n = rng.choice([8, 15, 24, 35, 48, 63, 80, 99])
        # 1/(√(x + 1) + √x) = √(x + 1) - √x, so the sum telescopes to √(n + 1) - 1
        e = "[1|√(x + 1) + √x]"
        root = round((n + 1) ** 0.5)
        text = (f"함수 {_r(f'f(x) = {e}', st)}에 대하여 {_r(f'f(1) + f(2) + f(3) + ... + f({n})', st)}의 값을 {_end(rng)}")
        ans = str(root - 1)
        d = 4

        def chk() -> bool:
            tot = sum(sp.sqrt(k_ + 1) - sp.sqrt(k_) for k_ in range(1, n + 1))
            return sp.nsimplify(tot) == int(ans) and sp.simplify(1 / (sp.sqrt(2) + 1) - (sp.sqrt(2) - 1)) == 0
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["무리식"], check=chk)


@family(_C5, "basic-sqrt-kx")
def _s5_basic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = nonzero(rng, -6, 6)
    t = rng.randint(1, 4)
    x0 = Fraction(t * t, k)
    while x0.denominator != 1:
        t = rng.randint(1, 4)
        k = rng.choice([v for v in (-4, -1, 1, 2, 3, 4, -2) if (t * t) % v == 0])
        x0 = Fraction(t * t, k)
    fs = _r("y = √(kx)", st)
    pt = _r(f"({_fs(x0)}, {t})", st)
    ask = rng.choice(["k", "domain", "value"])
    if ask == "k":
        text = rng.choice([f"함수 {fs}의 그래프가 점 {_js(pt, '을/를')} 지날 때, 상수 k의 값을 {_end(rng)}",
                           f"점 {_js(pt, '이/가')} 함수 {fs}의 그래프 위에 있을 때, 상수 k의 값을 {_end(rng)}"])
        ans, d = str(k), 1
    elif ask == "domain":
        text = f"함수 {fs}의 그래프가 점 {_js(pt, '을/를')} 지날 때, 이 함수의 정의역과 치역을 각각 {_end(rng)} (단, k는 상수이다.)"
        ans = ("{x | x ≥ 0}" if k > 0 else "{x | x ≤ 0}") + ", {y | y ≥ 0}"
        d = 2
    else:
        m = rng.choice([v for v in range(-20, 21) if v * k >= 0 and int((v * k) ** 0.5) ** 2 == v * k and v not in (0, x0)] or [x0])
        text = (f"함수 {fs}의 그래프가 점 {_js(pt, '을/를')} 지날 때, 이 그래프 위의 점 {_r(f'({_fs(m)}, a)', st)}에 대하여 a의 값을 {_end(rng)} "
                f"(단, k는 상수이다.)")
        ans, d = str(int((m * k) ** 0.5 + 0.5)), 2

    def chk() -> bool:
        kv = sp.Rational(t * t) / sp.Rational(x0.numerator, x0.denominator)  # √(k x0) = t
        if sp.sqrt(kv * sp.Rational(x0.numerator, x0.denominator)) != t:
            return False
        if ask == "k":
            return int(ans) == kv
        if ask == "domain":
            return ans.startswith("{x | x ≥ 0}") == (kv > 0)
        return sp.sqrt(kv * m) == int(ans)
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["무리함수", "정의역", "치역"], also=["10기수2-03-05"], check=chk)


@family(_C5, "mcq-translatable-sqrt-graph")
def _s5_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([2, 3, -2, 1, -1])
    base = _r(f"y = {_sqf(1, a, 0, 0)}", st)
    h, c = nonzero(rng, -3, 3), rng.randint(-3, 3)
    right = _sqf(1, a, -a * h, c)
    h2, c2 = nonzero(rng, -3, 3), nonzero(rng, -3, 3)
    wrongs = [_sqf(-1, a, -a * h2, c2), _sqf(1, -a, a * h2, c2), _sqf(1, 2 * a, -2 * a * h2, c2),
              _sqf(2, a, -a * h2, c2), _sqf(-1, -a, a * h, c), _sqf(1, 4 * a, -4 * a * h, c2)]
    ch = choices(rng, _r(f"y = {right}", st), [_r(f"y = {w}", st) for w in wrongs])
    stem = rng.choice([
        f"다음 중 그 그래프가 함수 {base}의 그래프를 평행이동하여 겹쳐질 수 있는 것은?",
        f"함수 {base}의 그래프를 x축, y축의 방향으로 적당히 평행이동하면 겹쳐지는 그래프의 식은?",
    ])

    def chk() -> bool:
        # a translate of y = √(ax) has the form √(a x + b) + c with the same a and leading factor 1
        e = _sx(right)
        same_shape = all(sp.expand((e.subs(x, h + sp.Rational(t, abs(a)) * (1 if a > 0 else -1)) - c) ** 2) == t
                          for t in (1, 4, 9))
        return same_shape and ch.options[ch.correct] == _r(f"y = {right}", st)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch,
                   concepts=["무리함수", "평행이동"], check=chk)


@family(_C5, "sqrt-table-of-values")
def _s5_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    s = rng.choice([1, 2, -1, 3])
    a = rng.choice([1, 1, 2, -1])
    h, c = rng.randint(-3, 3), rng.randint(-3, 3)
    b = -a * h
    ts = [0, 1, 2, 3]
    xs = [Fraction(t * t, a) + h for t in ts]
    while any(v.denominator != 1 for v in xs):
        a = 1
        b = -h
        xs = [Fraction(t * t, a) + h for t in ts]
    ys = [s * t + c for t in ts]
    order = sorted(range(4), key=lambda i: xs[i])
    kind = rng.choice(["fill", "find"])
    if kind == "fill":
        hide = rng.sample(range(1, 4), 2)
        cells = ["□" if i in hide else str(ys[i]) for i in order]
        table = ("| x | " + " | ".join(_fs(xs[i]) for i in order) + " |\n|" + "---|" * 5 + "\n| y | " + " | ".join(cells) + " |")
        text = (f"다음은 함수 {_r(f'y = {_sqf(s, a, b, c)}', st)}에서 x의 값에 따른 y의 값을 나타낸 표이다. □ 안에 알맞은 수를 왼쪽부터 차례대로 써넣으시오.\n{table}")
        ans = ", ".join(str(ys[i]) for i in order if i in hide)
        fmt, d = "fill", 2
    else:
        table = ("| x | " + " | ".join(_fs(xs[i]) for i in order) + " |\n|" + "---|" * 5 + "\n| y | " + " | ".join(str(ys[i]) for i in order) + " |")
        sa = "" if s == 1 else ("-" if s == -1 else str(s))
        form = f"y = {sa}√(x + b) + c" if a == 1 else (f"y = {sa}√(-x + b) + c" if a == -1 else f"y = {sa}√({a}x + b) + c")
        text = (f"함수 {_r(form, st)}에서 x의 값에 따른 y의 값이 다음 표와 같을 때, " + rng.choice([
            f"상수 b, c의 값을 각각 {_end(rng)}", f"{_r('b + c', st)}의 값을 {_end(rng)} (단, b, c는 상수이다.)"]) + f"\n{table}")
        ans = f"b = {b}, c = {c}" if "각각" in text else str(b + c)
        fmt, d = "data", 3

    def chk() -> bool:
        e = s * sp.sqrt(a * x + b) + c
        if any(e.subs(x, sp.Rational(v.numerator, v.denominator)) != yv for v, yv in zip(xs, ys, strict=True)):
            return False
        if kind == "fill":
            return ans == ", ".join(str(e.subs(x, int(xs[i]))) for i in order if i in hide)
        return ans in (f"b = {b}, c = {c}", str(b + c))
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["무리함수", "함숫값"], check=chk)


@family(_C4, "rational-table-and-graph-reading")
def _r4_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([6, 12, -6, -12, 4, -4, 8])
    p, q = rng.randint(-3, 3), rng.randint(-3, 3)
    ds = sorted(rng.sample([d_ for d_ in range(-12, 13) if d_ != 0 and k % d_ == 0], 5))
    xs = [p + d_ for d_ in ds]
    ys = [k // d_ + q for d_ in ds]
    table = "| x | " + " | ".join(map(str, xs)) + " |\n|" + "---|" * 6 + "\n| y | " + " | ".join(map(str, ys)) + " |"
    fs = _r("y = [k|x - p] + q", st)
    kind = rng.choice(["kpq", "asym"])
    if kind == "kpq":
        text = (f"함수 {fs}의 그래프의 점근선이 두 직선 x = {p}, y = {q}이고, 이 함수에서 x의 값에 따른 y의 값은 다음 표와 같다.\n{table}\n"
                f"상수 k의 값을 구하고, x = {p + 2 * k}일 때 y의 값을 {_end(rng)}")
        xq = p + 2 * k
        ans = f"k = {k}, y = {_fs(Fraction(k, 2 * k) + q)}"
        d = 3
    else:
        text = (f"유리함수 {fs}에 대하여 x의 값에 따른 y의 값을 조사한 표이다.\n{table}\n"
                f"이 함수의 그래프의 점근선이 x = {p}, y = {q}일 때, 상수 k의 값과 치역을 각각 {_end(rng)}")
        ans = f"k = {k}, {{y | y ≠ {q}인 실수}}"
        xq = None
        d = 3

    def chk() -> bool:
        K = sp.symbols("K")
        kv = sp.solve(K / (xs[0] - p) + q - ys[0], K)[0]
        if any(kv / (xv - p) + q != yv for xv, yv in zip(xs, ys, strict=True)):
            return False
        if kind == "kpq":
            return ans == f"k = {kv}, y = {_fs(Fraction(str(kv / (xq - p) + q)))}"
        return ans.startswith(f"k = {kv},")
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["유리함수", "점근선", "함숫값"], check=chk)


@family(_C2, "composite-fill-steps")
def _g2_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = _rand_lin(rng)
    g = _rand_quad(rng) if rng.random() < 0.5 else _rand_lin(rng)
    order = rng.choice(["fg", "gf"])
    outer, inner = (f, g) if order == "fg" else (g, f)
    on, inn = ("f", "g") if order == "fg" else ("g", "f")
    res = _compose(outer, inner)
    blank = "□"
    if len(outer) == 2:
        lead = "" if outer[0] == 1 else ("-" if outer[0] == -1 else str(outer[0]))
        mid = f"{lead}({_pl(inner)})" + ("" if outer[1] == 0 else (f" + {outer[1]}" if outer[1] > 0 else f" - {-outer[1]}"))
    else:
        mid = f"({_pl(inner)})^2" if outer[0] == 1 else f"{outer[0] if outer[0] != -1 else '-'}({_pl(inner)})^2"
        if outer[1]:
            mid += f" + {outer[1]}({_pl(inner)})" if outer[1] > 0 else f" - {-outer[1]}({_pl(inner)})"
        if outer[2]:
            mid += f" + {outer[2]}" if outer[2] > 0 else f" - {-outer[2]}"
    lines = f"{_r(f'({on}∘{inn})(x) = {on}({inn}(x))', st)} = {on}({blank})\n= {_r(mid, st)}\n= {blank}"
    text = (f"두 함수 {_r(f'f(x) = {_pl(f)}', st)}, {_r(f'g(x) = {_pl(g)}', st)}에 대하여 합성함수 "
            f"{_r(f'({on}∘{inn})(x)', st)}를 구하는 과정이다. {blank} 안에 알맞은 식을 차례대로 써넣으시오.\n{lines}")
    text = text.replace(f"{_r(f'({on}∘{inn})(x)', st)}를", _js(_r(f"({on}∘{inn})(x)", st), "을/를"))
    ans = f"{_r(_pl(inner), 'plain')}, {_r(_pl(res), 'plain')}"

    def chk() -> bool:
        outer_e, inner_e = sp.Poly(outer, x).as_expr(), sp.Poly(inner, x).as_expr()
        parts = ans.split(", ")
        return (sp.expand(_sx(parts[0]) - inner_e) == 0 and sp.expand(_sx(parts[1]) - outer_e.subs(x, inner_e)) == 0
                and sp.expand(_sx(mid) - outer_e.subs(x, inner_e)) == 0)
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["합성함수"], also=["10기수2-03-02"], check=chk)


@family(_C3, "inverse-steps-fill")
def _h3_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = nonzero(rng, -5, 5, (0, 1)), nonzero(rng, -8, 8)
    blank = rng.choice(["(  )", "□"])
    fs = _r(f"y = {_pl([a, b])}", st)
    text = (f"다음은 함수 {fs}의 역함수를 구하는 과정이다. {blank} 안에 알맞은 것을 차례대로 써넣으시오.\n"
            f"(1) 주어진 함수는 실수 전체의 집합에서 실수 전체의 집합으로의 {blank}이므로 역함수가 존재한다.\n"
            f"(2) {_js(fs, '을/를')} x에 대하여 풀면 x = {blank}\n"
            f"(3) x와 y를 서로 바꾸면 구하는 역함수는 y = {blank}")
    ans = f"일대일대응, {_r(_inv_lin(a, b).replace('x', 'y'), 'plain')}, {_r(_inv_lin(a, b), 'plain')}"

    def chk() -> bool:
        parts = ans.split(", ")
        t = sp.symbols("t")
        sol = sp.solve(a * t + b - x, t)[0]
        return (parts[0] == "일대일대응" and sp.expand(_sx(parts[2]) - sol) == 0
                and sp.expand(_sx(parts[1]).subs(y, x) - sol) == 0)
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["역함수", "일대일대응"], also=["10기수2-03-03"], check=chk)


@family(_C1, "classify-functions-on-finite-set")
def _f1_classify(rng: random.Random) -> Problem:
    st = pick_style(rng)
    X = [1, 2, 3]
    kinds = {
        "항등함수": [1, 2, 3],
        "상수함수": [rng.choice(X)] * 3,
        "일대일대응": rng.choice([[2, 3, 1], [3, 1, 2], [2, 1, 3], [1, 3, 2], [3, 2, 1]]),
        "일대일대응이 아닌 함수": rng.choice([[1, 1, 2], [2, 3, 3], [3, 1, 1], [1, 2, 2], [2, 2, 3]]),
    }
    names = list(kinds)
    rng.shuffle(names)
    labels = ["f", "g", "h", "k"]
    rows = "\n".join(f"| {lab}(x) | " + " | ".join(map(str, kinds[nm])) + " |" for lab, nm in zip(labels, names, strict=True))
    table = "| x | 1 | 2 | 3 |\n|---|---|---|---|\n" + rows
    ask = rng.choice(["all", "count-bij"])
    lead = f"집합 {_r('X = {1, 2, 3}', st)}에서 X로의 네 함수 f, g, h, k가 다음 표와 같다.\n{table}\n"
    if ask == "all":
        text = lead + rng.choice(["네 함수 중 항등함수, 상수함수를 각각 찾고, 일대일대응인 함수를 모두 쓰시오.",
                                  "[활동] 네 함수를 항등함수, 상수함수, 일대일대응인 함수로 분류해 보자. 각각에 해당하는 함수를 모두 쓰시오."])
        bij = [lab for lab, nm in zip(labels, names, strict=True) if nm in ("항등함수", "일대일대응")]
        ans = (f"항등함수 {labels[names.index('항등함수')]}, 상수함수 {labels[names.index('상수함수')]}, "
               f"일대일대응 {', '.join(bij)}")
        fmt = "task" if "[활동]" in text else "data"
    else:
        text = lead + "네 함수 중 역함수가 존재하는 함수의 개수를 구하시오."
        ans = "2"
        fmt = "data"

    def chk() -> bool:
        tab = dict(zip(labels, (kinds[nm] for nm in names), strict=True))
        bijs = [lab for lab, v in tab.items() if sorted(v) == X]
        ident = [lab for lab, v in tab.items() if v == X]
        const = [lab for lab, v in tab.items() if len(set(v)) == 1]
        if ask == "count-bij":
            return int(ans) == len(bijs)
        return ans == f"항등함수 {ident[0]}, 상수함수 {const[0]}, 일대일대응 {', '.join(bijs)}" and len(ident) == len(const) == 1
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D",
                   concepts=["항등함수", "상수함수", "일대일대응"], also=["10기수2-03-01"] + (["10공수2-03-03"] if ask == "count-bij" else []),
                   check=chk)
