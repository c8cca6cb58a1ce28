"""Generators for 기본수학1 (고등학교), domains 01 다항식 and 02 방정식과 부등식: 10기수1-01-01 … 10기수1-02-05.

기본수학1 parallels 공통수학1 at a basic level: small integer coefficients, roots that factor, guided
step-by-step fill-ins, fewer steps, and — following the 성취기준 해설 — only (1차)×(2차 이하)
products, (3차 이하)÷(1차) divisions, the ten listed factorization formulas (no substitution),
real roots only (a negative discriminant means "no (real) root"), and max/min on all reals or on a
closed interval. Where an item is equally at home in 공통수학1 or in the middle-school standard it
builds on, the parallel code goes into ``also``.

Private helpers (module-local, prefixed ``_``; copied in spirit from ``g10gongsu1a`` so that this
module does not depend on another slice's private API):

* ``_w(s, st)`` renders a small ASCII notation (``x^2``, ``<=``, ``*``, ``sqrt(3)``) in style ``st``.
* ``_mini(e, gens)`` an integer polynomial in descending order as ASCII mini notation.
* ``_pl(e, st, gens)`` the same rendered; ``_jp`` / ``_jw`` attach a particle read correctly.
* ``_fac(e, gens)`` a factored form (``3x(x - 2)``, ``(x + 1)^2``); ``_P(s)`` parses answers back.
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

x, y, a, b, k = sp.symbols("x y a b k")
_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_UNSUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_TRANS = (*standard_transformations, implicit_multiplication_application, convert_xor)

G1 = "10공수1-01-01"  # 공통수학1 다항식의 연산
G3 = "10공수1-01-03"  # 공통수학1 인수분해
GD = "10공수1-02-02"  # 공통수학1 판별식
GQ = "10공수1-02-04"  # 공통수학1 이차방정식과 이차함수
GM = "10공수1-02-06"  # 공통수학1 이차함수의 최대, 최소 (제한된 범위)


# -- notation ------------------------------------------------------------------------------------
def _w(s: str, st: str) -> str:
    """Render ASCII mini notation in style ``st`` (latex wrapped in ``$…$``)."""
    if st == "latex":
        t = re.sub(r"\^(\d+|\w)", r"^{\1}", s)
        t = re.sub(r"sqrt\(([^()]+)\)", r"\\sqrt{\1}", t)
        for a_op, l_op in (("<=", "\\le"), (">=", "\\ge"), ("!=", "\\ne"), ("*", "\\times")):
            t = t.replace(f" {a_op} ", f" {l_op} ").replace(a_op, l_op + " ")
        t = t.replace("+-", "\\pm ")
        return f"${t}$"
    if st == "unicode":
        t = re.sub(r"\^(\d+)", lambda m: m.group(1).translate(_SUP), s)
        t = re.sub(r"sqrt\((\w+)\)", r"√\1", t)
        t = re.sub(r"sqrt\(([^()]+)\)", r"√(\1)", t)
        t = t.replace("+-", "±")
        return t.replace("<=", "≤").replace(">=", "≥").replace("!=", "≠").replace("*", "×").replace("-", "−")
    return s.replace("*", "×").replace("+-", "±")


def _coef_term(cf: int, mono: str, first: bool) -> str:
    m = abs(cf)
    body = (str(m) if (m != 1 or not mono) else "") + mono
    if first:
        return ("-" if cf < 0 else "") + body
    return f" {'-' if cf < 0 else '+'} {body}"


def _mini(e: sp.Expr, gens: tuple[sp.Symbol, ...] = (x,)) -> str:
    e = sp.expand(e)
    if e == 0:
        return "0"
    out = ""
    for i, (mon, cf) in enumerate(sp.Poly(e, *gens).terms()):
        mono = "".join(str(g) + (f"^{d}" if d > 1 else "") for g, d in zip(gens, mon, strict=True) if d)
        out += _coef_term(int(cf), mono, i == 0)
    return out


def _pl(e: sp.Expr, st: str, gens: tuple[sp.Symbol, ...] = (x,)) -> str:
    return _w(_mini(e, gens), st)


def _P(s: str) -> sp.Expr:
    t = s.replace("−", "-").replace("×", "*").replace("$", "").translate(_UNSUP)
    return parse_expr(t, transformations=_TRANS, local_dict={"x": x, "y": y, "a": a, "b": b, "k": k})


def _j(rendered: str, mini: str, pair: str) -> str:
    """Particle after rendered math, chosen by how ``mini`` is read (x² → 제곱, 3 → 삼, x → 엑스)."""
    core = mini.rstrip(" ")
    if re.search(r"\^\{?\d+\}?\)?$", core):
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
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보시오.", "써 보세요."])
    if what == "풀":
        return rng.choice(["푸시오.", "푸세요.", "풀어라.", "풀어 보시오.", "풀어 보세요."])
    if what == "계":
        return rng.choice(["계산하시오.", "계산하세요.", "계산하여라.", "간단히 하시오.", "간단히 하세요."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오.", "구해 보세요."])


def _fac(e: sp.Expr, gens: tuple[sp.Symbol, ...] = (x,)) -> str:
    """Factored form as ASCII mini text: monomial factors without brackets, powers as ``(x + 1)^2``."""
    cf, fl = sp.factor_list(sp.expand(e), *gens)
    out = "" if cf == 1 else ("-" if cf == -1 else str(cf))
    mono, rest = [], []
    fl = sorted(fl, key=lambda fm: gens.index(fm[0]) if fm[0] in gens else len(gens))
    for f_, m in fl:
        if f_.is_Symbol:
            mono.append(str(f_) + (f"^{m}" if m > 1 else ""))
        else:
            rest.append(f"({_mini(f_, gens)})" + (f"^{m}" if m > 1 else ""))
    return out + "".join(mono) + "".join(rest)


def _bin(p: int, q: int, v: str = "x") -> str:
    """``(px + q)`` in mini notation."""
    lead = "" if p == 1 else ("-" if p == -1 else str(p))
    return f"({lead}{v} {'+' if q > 0 else '-'} {abs(q)})" if q else f"({lead}{v})"


def _q(v) -> str:
    v = Fraction(v)
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


def _sgn(c: int) -> str:
    """`` + 3`` / `` - 3`` / empty for 0 (a trailing constant)."""
    return "" if c == 0 else (f" + {c}" if c > 0 else f" - {-c}")


def _rpoly(rng: random.Random, deg: int, lo: int = -5, hi: int = 5, lead: tuple[int, ...] = (1, 1, 2, 3, -1)) -> sp.Expr:
    cs = [rng.choice(lead)] + [rng.randint(lo, hi) for _ in range(deg)]
    return sum(cf * x ** (deg - i) for i, cf in enumerate(cs))


# ================================================================================================
# 10기수1-01-01 다항식의 덧셈과 뺄셈
# ================================================================================================
@family("10기수1-01-01", "add-or-subtract-two-polys")
def _s1_addsub(rng: random.Random) -> Problem:
    st = pick_style(rng)
    deg = rng.choice([1, 2, 2, 3])
    A = _rpoly(rng, deg, lead=(1, 2, 3, 4, -1, -2))
    B = _rpoly(rng, rng.choice([max(1, deg - 1), deg]), lead=(1, 2, 3, -1, -3))
    plus = rng.random() < 0.45
    res = sp.expand(A + B if plus else A - B)
    o = "+" if plus else "-"
    expr_txt = f"({_mini(A)}) {o} ({_mini(B)})"
    text = rng.choice([
        f"다음을 {_end(rng, '계')}\n{_w(expr_txt, st)}",
        f"{_jw(expr_txt, st, '을/를')} 계산하여 x에 대한 내림차순으로 나타내시오.",
        f"두 다항식 {_pl(A, st)}, {_pl(B, st)}에 대하여 앞의 식에서 뒤의 식을 {'더한' if plus else '뺀'} 결과를 {_end(rng)}",
        f"다항식의 {'덧셈' if plus else '뺄셈'}을 하시오.\n{_w(expr_txt, st)}",
    ])
    if "앞의 식에서" in text and plus:
        text = text.replace("앞의 식에서 뒤의 식을 더한", "두 식을 더한")
    ans = _mini(res)
    also = [G1] if deg == 3 else [G1, "9수02-09"]
    d = 1 if plus else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["다항식", "다항식의 덧셈" if plus else "다항식의 뺄셈", "동류항"], also=also,
                   check=lambda: sp.expand(_P(ans) - (A + B if plus else A - B)) == 0)


@family("10기수1-01-01", "collect-like-terms-fill")
def _s1_like(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = [rng.choice([1, 2, 3, -1]), nonzero(rng, -6, 6), nonzero(rng, -6, 6), rng.randint(-9, 9)]
    c2 = [nonzero(rng, -4, 4), nonzero(rng, -5, 5), rng.randint(-6, 6)]
    terms = [c[0] * x**3, c[1] * x**2, c[2] * x, sp.Integer(c[3]), c2[0] * x**2, c2[1] * x, sp.Integer(c2[2])]
    terms = [t for t in terms if t != 0]
    rng.shuffle(terms)
    shown = " + ".join(_mini(t) for t in terms).replace("+ -", "- ")
    tot = sp.expand(sum(terms))
    p = sp.Poly(tot, x)
    co = [p.coeff_monomial(x**i) for i in (3, 2, 1, 0)]
    form = f"{'' if co[0] == 1 else ('-' if co[0] == -1 else co[0])}x^3 + (  ㉠  )x^2 + (  ㉡  )x + (  ㉢  )"
    text = rng.choice([
        f"다음 다항식의 동류항끼리 모아 간단히 하였더니 아래와 같았다. ㉠, ㉡, ㉢에 알맞은 수를 {_end(rng, '쓰')}\n{_w(shown, st)}\n→ {_w(form, st)}",
        f"다항식 {_w(shown, st)}에서 동류항끼리 계산하여 x에 대한 내림차순으로 정리하면 {_w(form, st)}이다. 빈칸 ㉠, ㉡, ㉢에 들어갈 수를 각각 {_end(rng)}",
        f"{josa(name(rng), '은/는')} 다항식 {_w(shown, st)}를 정리하려고 한다. 차수가 같은 항끼리 묶어 {_w(form, st)}의 꼴로 나타낼 때, ㉠, ㉡, ㉢에 알맞은 수를 {_end(rng, '쓰')}",
    ])
    text = text.replace(f"{_w(shown, st)}를", _jw(shown, st, "을/를"))
    ans = f"㉠ {co[1]}, ㉡ {co[2]}, ㉢ {co[3]}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["동류항", "내림차순", "다항식"],
                   check=lambda: sp.expand(co[0] * x**3 + co[1] * x**2 + co[2] * x + co[3] - sum(terms)) == 0)


@family("10기수1-01-01", "subtraction-steps-fill")
def _s1_steps(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = x**2 + nonzero(rng, -6, 6) * x + nonzero(rng, -8, 8)
    B = rng.choice([1, 2, 3]) * x**2 + nonzero(rng, -6, 6) * x + nonzero(rng, -8, 8)
    pa, pb = sp.Poly(A, x).all_coeffs(), sp.Poly(B, x).all_coeffs()
    neg_b = _mini(-B)
    res = sp.expand(A - B)
    line1 = f"({_mini(A)}) - ({_mini(B)})"
    line2 = f"= {_mini(A)} + (  ㉠  )"
    rc = sp.Poly(res, x).all_coeffs() if res != 0 else [0]
    while len(rc) < 3:
        rc = [0, *rc]
    def _m(v: int) -> str:
        return f"({v})" if v < 0 else str(v)
    lead = "" if pa[0] - pb[0] == 1 else f"({pa[0]} - {pb[0]})"
    line3 = f"= {lead}x^2 + ({pa[1]} - {_m(pb[1])})x + (  ㉡  )"
    line4 = "= (  ㉢  )"
    intro = rng.choice([
        "다음은 두 다항식의 뺄셈을 하는 과정이다.",
        "다음은 괄호를 풀고 동류항끼리 모아 뺄셈을 하는 과정입니다.",
        f"{josa(name(rng), '이/가')} 다항식의 뺄셈을 다음과 같이 계산하였다.",
    ])
    ask = rng.choice(["㉠, ㉡, ㉢에 알맞은 식 또는 수를 쓰시오.", "빈칸 ㉠, ㉡, ㉢에 들어갈 것을 차례대로 구하세요.",
                      "㉠~㉢에 알맞은 것을 써넣으시오."])
    body = "\n".join(_w(s_, st) for s_ in (line1, line2, line3, line4))
    text = f"{intro}\n{body}\n{ask}"
    ans = f"㉠ {neg_b}, ㉡ {pa[2]} - {_m(pb[2])} (= {pa[2] - pb[2]}), ㉢ {_mini(res)}"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["다항식의 뺄셈", "동류항", "분배법칙"],
                   check=lambda: sp.expand(_P(neg_b) + B) == 0 and sp.expand(_P(_mini(res)) - (A - B)) == 0)


@family("10기수1-01-01", "named-polys-combination")
def _s1_named(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = _rpoly(rng, 2, lead=(1, 2, 3))
    B = _rpoly(rng, 2, lead=(1, -1, 2))
    C = _rpoly(rng, rng.choice([1, 2]), lead=(1, -2, 3))
    kind = rng.randrange(4)
    lab, val = [("A + B - C", A + B - C), ("A - (B - C)", A - (B - C)), ("2A - B", 2 * A - B), ("A - 2B + C", A - 2 * B + C)][kind]
    text = rng.choice([
        f"세 다항식 A = {_pl(A, st)}, B = {_pl(B, st)}, C = {_pl(C, st)}에 대하여 {_jw(lab, st, '을/를')} 계산하시오.",
        f"다음 세 다항식에 대하여 {_w(lab, st)}를 간단히 하시오.\nA = {_pl(A, st)}\nB = {_pl(B, st)}\nC = {_pl(C, st)}",
        f"A = {_pl(A, st)}, B = {_pl(B, st)}, C = {_pl(C, st)}일 때, {_w(lab, st)}를 x에 대한 내림차순으로 정리하여 {_end(rng, '쓰')}",
    ])
    text = text.replace(f"{_w(lab, st)}를", _jw(lab, st, "을/를"))
    ans = _mini(val)
    d = 2 if kind in (0, 2) else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["다항식의 덧셈", "다항식의 뺄셈"], also=[G1],
                   check=lambda: sp.expand(_P(ans) - val) == 0)


@family("10기수1-01-01", "find-unknown-polynomial")
def _s1_unknown(rng: random.Random) -> Problem:
    st = pick_style(rng)
    X = _rpoly(rng, 2, lead=(1, 2, 3, -1))
    B = _rpoly(rng, rng.choice([1, 2]), lead=(1, 2, -1, -2))
    kind = rng.randrange(4)
    if kind == 0:
        R = sp.expand(X + B)
        text = rng.choice([
            f"어떤 다항식에 {_jp(B, st, '을/를')} 더하였더니 {_jp(R, st, '이/가')} 되었다. 어떤 다항식을 {_end(rng)}",
            f"□ + ({_pl(B, st)}) = {_pl(R, st)}일 때, □ 안에 알맞은 다항식을 {_end(rng)}",
        ])
        ans, d = _mini(X), 2
    elif kind == 1:
        R = sp.expand(X - B)
        text = rng.choice([
            f"어떤 다항식에서 {_jp(B, st, '을/를')} 뺐더니 {_jp(R, st, '이/가')} 되었다. 어떤 다항식을 {_end(rng)}",
            f"(  ) − ({_pl(B, st)}) = {_pl(R, st)}에서 (  ) 안에 알맞은 식을 {_end(rng)}",
        ])
        ans, d = _mini(X), 2
    else:
        wrong = sp.expand(X + B)
        right = sp.expand(X - B)
        nm = name(rng)
        text = rng.choice([
            f"어떤 다항식에서 {_jp(B, st, '을/를')} 빼야 할 것을 잘못하여 더했더니 {_jp(wrong, st, '이/가')} 되었다. 바르게 계산한 식을 {_end(rng)}",
            f"{josa(nm, '은/는')} 어떤 다항식에 {_jp(B, st, '을/를')} 더해야 하는데 실수로 빼서 {_jp(right, st, '을/를')} 얻었다. 바르게 계산한 결과를 {_end(rng)}",
        ])
        ans = _mini(X + B) if "실수로 빼서" in text else _mini(right)
        d = 3
    fmt = "fill" if ("□" in text or "(  )" in text) else "word"

    def chk() -> bool:
        if kind in (0, 1):
            return sp.expand(_P(ans) - X) == 0
        if "실수로 빼서" in text:
            return sp.expand(_P(ans) - ((X - B) + 2 * B)) == 0
        return sp.expand(_P(ans) - ((X + B) - 2 * B)) == 0
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["다항식의 덧셈", "다항식의 뺄셈"], check=chk)


@family("10기수1-01-01", "perimeter-and-length-difference")
def _s1_perimeter(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    p, q = rng.randint(2, 5), rng.randint(1, 6)
    r, s = rng.randint(1, 4), rng.randint(1, 7)
    if kind == 0:
        L, W = p * x + q, r * x + s
        val = sp.expand(2 * (L + W))
        obj = rng.choice(["직사각형 모양의 화단", "직사각형 모양의 액자", "직사각형 모양의 운동장 트랙 안쪽", "직사각형 모양의 게시판"])
        text = rng.choice([
            f"가로의 길이가 ({_pl(L, st)}) m, 세로의 길이가 ({_pl(W, st)}) m인 {obj}의 둘레의 길이를 x에 대한 식으로 나타내시오.",
            f"{josa(obj, '이/가')} 있다. 가로가 ({_pl(L, st)}) m, 세로가 ({_pl(W, st)}) m일 때, 둘레의 길이를 {_end(rng)}",
        ])
        ans, d = f"({_mini(val)}) m", 2
    elif kind == 1:
        s1, s2, s3 = p * x + q, r * x - 1, x**2 + s
        val = sp.expand(s1 + s2 + s3)
        text = rng.choice([
            f"세 변의 길이가 각각 {_pl(s1, st)}, {_pl(s2, st)}, {_pl(s3, st)}인 삼각형의 둘레의 길이를 {_end(rng)} (단, x > 1)",
            f"삼각형 모양의 공원 산책로가 있다. 세 변의 길이가 ({_pl(s1, st)}) m, ({_pl(s2, st)}) m, ({_pl(s3, st)}) m일 때, 산책로 한 바퀴의 길이를 x에 대한 다항식으로 나타내세요. (단, x > 1)",
        ])
        ans, d = (f"({_mini(val)}) m" if "산책로" in text else _mini(val)), 2
    else:
        total = x**2 + (p + r) * x + (q + s) + 10
        used = x**2 + p * x + q
        val = sp.expand(total - used)
        thing = rng.choice([("끈", "cm"), ("리본", "cm"), ("철사", "cm"), ("전선", "m")])
        text = rng.choice([
            f"길이가 ({_pl(total, st)}) {thing[1]}인 {thing[0]}에서 ({_pl(used, st)}) {thing[1]}를 잘라 사용하였다. 남은 {thing[0]}의 길이를 x에 대한 식으로 {_end(rng)}",
            f"{thing[0]} ({_pl(total, st)}) {thing[1]} 중에서 ({_pl(used, st)}) {thing[1]}만큼 사용하고 남은 길이는 몇 {thing[1]}인지 x에 대한 식으로 나타내시오.",
        ])
        ans, d = f"({_mini(val)}) {thing[1]}", 2
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level="D",
                   concepts=["다항식의 덧셈", "다항식의 뺄셈"] if kind == 2 else ["다항식의 덧셈", "동류항"],
                   check=lambda: sp.expand(_P(ans.split(")")[0].lstrip("(").replace(" m", "")) - val) == 0)


@family("10기수1-01-01", "subtraction-result-mcq")
def _s1_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = rng.choice([1, 2, 3]) * x**2 + nonzero(rng, -6, 6) * x + nonzero(rng, -7, 7)
    B = rng.choice([1, 2, -1]) * x**2 + nonzero(rng, -6, 6) * x + nonzero(rng, -7, 7)
    res = sp.expand(A - B)
    cb = sp.Poly(B, x).all_coeffs()
    # mistakes: only the first term's sign changed; B - A; A + B; constant sign slip
    wrongs = [sp.expand(A - cb[0] * x**2 + cb[1] * x + cb[2]), sp.expand(B - A), sp.expand(A + B),
              sp.expand(res + 2 * cb[2]), sp.expand(res + 2 * cb[1] * x), sp.expand(res - 2 * cb[2])]
    table = {_pl(w_, st): w_ for w_ in wrongs if sp.expand(w_ - res) != 0}
    table[_pl(res, st)] = res
    ch = choices(rng, _pl(res, st), [t for t in table if table[t] is not res])
    ex = _w(f"({_mini(A)}) - ({_mini(B)})", st)
    stem = rng.choice([
        f"두 다항식 A = {_pl(A, st)}, B = {_pl(B, st)}에 대하여 A − B를 계산한 것은?",
        f"{_j(ex, f'({_mini(A)}) - ({_mini(B)})', '을/를')} 간단히 한 것으로 옳은 것은?",
        f"다음 중 {ex}의 계산 결과는?",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["다항식의 뺄셈", "동류항"], also=["9수02-09"], choice=ch,
                   check=lambda: sp.expand(table[ch.options[ch.correct]] - (A - B)) == 0)


@family("10기수1-01-01", "find-error-explain")
def _s1_error(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = rng.choice([2, 3, 4]) * x**2 + nonzero(rng, -6, 6) * x + nonzero(rng, -7, 7)
    B = x**2 + nonzero(rng, -6, 6) * x + nonzero(rng, -7, 7)
    cb = sp.Poly(B, x).all_coeffs()
    wrong = sp.expand(A - cb[0] * x**2 + cb[1] * x + cb[2])
    right = sp.expand(A - B)
    nm = name(rng)
    work = _w(f"({_mini(A)}) - ({_mini(B)}) = {_mini(wrong)}", st)
    text = rng.choice([
        f"{josa(nm, '은/는')} 다음과 같이 계산하였다.\n{work}\n계산이 잘못된 이유를 설명하고, 바르게 계산한 결과를 쓰시오.",
        f"다음 계산에서 잘못된 부분을 찾아 그 까닭을 말하고 옳게 고치시오.\n{work}",
        f"{nm}의 풀이: {work}\n이 풀이에서 틀린 곳을 찾고, 괄호 앞에 − 부호가 있을 때 괄호를 푸는 방법을 이용하여 설명하세요.",
    ])
    ans = f"괄호 앞의 −를 첫째 항에만 곱하고 나머지 항의 부호를 바꾸지 않았다. 바른 결과: {_mini(right)}"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["다항식의 뺄셈", "분배법칙"],
                   check=lambda: sp.expand(_P(_mini(right)) - (A - B)) == 0 and sp.expand(wrong - right) != 0)


@family("10기수1-01-01", "magic-square-task")
def _s1_magic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # 3x3 magic square of polynomials: entries c + u*p + v*q with u, v patterns (Lo Shu-like)
    P1 = _rpoly(rng, 1, lead=(1, 2))
    Q1 = x**2 + nonzero(rng, -3, 3)
    C0 = rng.randint(-3, 3) * x + rng.randint(-4, 4)
    # standard construction: rows (c-p, c+p+q, c-q), (c+p-q, c, c-p+q), (c+q, c-p-q, c+p)
    c_, p_, q_ = C0, P1, Q1
    grid = [[c_ - p_, c_ + p_ + q_, c_ - q_], [c_ + p_ - q_, c_, c_ - p_ + q_], [c_ + q_, c_ - p_ - q_, c_ + p_]]
    grid = [[sp.expand(v) for v in row] for row in grid]
    hide = rng.sample([(0, 2), (1, 0), (2, 1), (2, 2), (0, 0)], 2)
    cells = []
    for i, row in enumerate(grid):
        cells.append(" | ".join("  ?  " if (i, j) in hide else _pl(v, st) for j, v in enumerate(row)))
    table = "\n".join(f"| {r_} |" for r_ in cells)
    tot = sp.expand(3 * c_)
    text = rng.choice([
        f"다음 표에서 가로, 세로, 대각선에 놓인 세 다항식의 합이 모두 같다고 한다. 그 합을 구하고, 비어 있는 두 칸(?)에 알맞은 다항식을 차례대로 구하시오. (위 칸부터, 같은 줄에서는 왼쪽부터)\n{table}",
        f"마방진 놀이: 아래 표의 가로줄, 세로줄, 대각선의 세 식을 각각 더하면 모두 같은 다항식이 된다. ?에 들어갈 다항식을 위쪽 칸부터 차례로 찾아 쓰세요.\n{table}",
    ])
    hs = sorted(hide)
    vals = [grid[i][j] for i, j in hs]
    ans = (f"합 {_mini(tot)}, " if "그 합" in text else "") + ", ".join(_mini(v) for v in vals)

    def chk() -> bool:
        lines = [*grid, *[list(c) for c in zip(*grid, strict=True)], [grid[i][i] for i in range(3)], [grid[i][2 - i] for i in range(3)]]
        return all(sp.expand(sum(ln) - tot) == 0 for ln in lines)
    return Problem(text=text, answer=ans, format="task", difficulty=4, achievement_level="B",
                   concepts=["다항식의 덧셈", "다항식의 뺄셈", "동류항"], check=chk)


@family("10기수1-01-01", "coefficient-after-combination")
def _s1_coef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = _rpoly(rng, 3, lead=(1, 2, -1))
    B = _rpoly(rng, 2, lead=(1, 3, -2))
    m = rng.choice([2, 3])
    op_ = rng.choice(["+", "-"])
    val = sp.expand(A + m * B if op_ == "+" else A - m * B)
    deg = rng.choice([2, 1, 0])
    cval = sp.Poly(val, x).coeff_monomial(x**deg)
    what = {2: "x²의 계수", 1: "x의 계수", 0: "상수항"}[deg]
    if st == "latex":
        what = what.replace("x²", "$x^{2}$").replace("x의", "$x$의")
    lab = f"A {op_} {m}B"
    text = rng.choice([
        f"A = {_pl(A, st)}, B = {_pl(B, st)}일 때, {_w(lab, st)}를 계산한 식에서 {josa(what, '을/를')} {_end(rng)}",
        f"두 다항식 A = {_pl(A, st)}, B = {_pl(B, st)}에 대하여 다항식 {_w(lab, st)}의 {josa(what, '은/는')} 얼마인가?",
    ])
    text = text.replace(f"{_w(lab, st)}를", _jw(lab, st, "을/를"))
    return Problem(text=text, answer=str(cval), format="computation", difficulty=2, achievement_level="D",
                   concepts=["다항식의 덧셈", "다항식의 뺄셈", "계수"] if deg else ["다항식의 덧셈", "다항식의 뺄셈", "상수항"],
                   check=lambda: sp.expand(A + m * B if op_ == "+" else A - m * B).coeff(x, deg) == cval)


# ================================================================================================
# 10기수1-01-02 다항식의 곱셈과 나눗셈 ((1차)×(2차 이하), (3차 이하)÷(1차))
# ================================================================================================
def _mono(c: int, dx: int, dy: int = 0) -> sp.Expr:
    return c * x**dx * y**dy


@family("10기수1-01-02", "monomial-times-polynomial")
def _s2_mono(rng: random.Random) -> Problem:
    st = pick_style(rng)
    two = rng.random() < 0.4
    gens = (x, y) if two else (x,)
    m = _mono(nonzero(rng, -4, 5), rng.randint(1, 2), rng.randint(0, 1) if two else 0)
    if two:
        P = nonzero(rng, -4, 4) * x**2 + nonzero(rng, -5, 5) * x * y + nonzero(rng, -4, 4) * y
    else:
        P = _rpoly(rng, 2, lead=(1, 2, 3, -1))
    left = rng.random() < 0.7
    src = f"{_mini(m, gens)}({_mini(P, gens)})" if left else f"({_mini(P, gens)}) * {'(' + _mini(m, gens) + ')' if sp.Poly(m, *gens).LC() < 0 else _mini(m, gens)}"
    res = sp.expand(m * P)
    text = rng.choice([
        f"다음 식을 전개하시오.\n{_w(src, st)}",
        f"분배법칙을 이용하여 {_jw(src, st, '을/를')} {_end(rng, '계')}",
        f"{_jw(src, st, '을/를')} 전개한 식을 {_end(rng, '쓰')}",
        f"{_w(src, st)}의 전개식을 {_end(rng)}",
    ])
    ans = _mini(res, gens)
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["다항식의 곱셈", "분배법칙", "전개"], also=["9수02-10"],
                   check=lambda: sp.expand(_P(ans) - m * P) == 0)


@family("10기수1-01-02", "linear-times-quadratic")
def _s2_lin_quad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    L = rng.choice([1, 1, 2, 3, -1]) * x + nonzero(rng, -5, 5)
    Q = _rpoly(rng, rng.choice([1, 2, 2]), lead=(1, 1, 2, -1))
    src = f"({_mini(L)})({_mini(Q)})" if rng.random() < 0.5 else f"({_mini(Q)})({_mini(L)})"
    res = sp.expand(L * Q)
    text = rng.choice([
        f"다음 식을 전개하시오.\n{_w(src, st)}",
        f"{_jw(src, st, '을/를')} 전개하여 x에 대한 내림차순으로 정리하시오.",
        f"분배법칙을 이용하여 다음 식을 전개하세요.\n{_w(src, st)}",
        f"두 다항식의 곱 {_jw(src, st, '을/를')} {_end(rng, '계')}",
    ])
    ans = _mini(res)
    d = 2 if sp.degree(Q, x) == 2 else 1
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["다항식의 곱셈", "분배법칙", "전개"], also=[G1] if d == 2 else ["9수02-19"],
                   check=lambda: sp.expand(_P(ans) - L * Q) == 0)


@family("10기수1-01-02", "area-model-grid")
def _s2_grid(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = nonzero(rng, -5, 5)
    q2, q1, q0 = rng.choice([1, 2]), nonzero(rng, -5, 5), nonzero(rng, -6, 6)
    L, Q = x + p, q2 * x**2 + q1 * x + q0
    cells = [[x * q2 * x**2, x * q1 * x, x * q0], [p * q2 * x**2, p * q1 * x, p * q0]]
    hide = rng.sample([(0, 1), (0, 2), (1, 0), (1, 1), (1, 2)], 3)
    labs = ["㉠", "㉡", "㉢"]
    hmap = {h: labs[i] for i, h in enumerate(sorted(hide))}
    head = "| × | " + " | ".join(_pl(t, st) for t in (q2 * x**2, q1 * x, sp.Integer(q0))) + " |"
    rows = []
    for i, lt in enumerate((x, sp.Integer(p))):
        cs = [hmap.get((i, j), _pl(cells[i][j], st)) for j in range(3)]
        rows.append(f"| {_pl(lt, st)} | " + " | ".join(cs) + " |")
    res = sp.expand(L * Q)
    text = rng.choice([
        f"다음은 ({_pl(L, st)})({_pl(Q, st)})를 계산하기 위해 각 항끼리 곱한 결과를 표로 나타낸 것이다. ㉠, ㉡, ㉢에 알맞은 식을 쓰고, 전개한 식을 구하시오.",
        f"표를 이용하여 두 다항식 {_pl(L, st)}, {_pl(Q, st)}의 곱을 구하려고 한다. 빈칸 ㉠, ㉡, ㉢을 채우고 동류항끼리 정리하여 곱을 나타내세요.",
    ]) + "\n" + head + "\n" + "\n".join(rows)
    text = text.replace(f"({_pl(Q, st)})를", _j(f"({_pl(Q, st)})", f"({_mini(Q)})", "을/를"))
    ans = ", ".join(f"{hmap[h]} {_mini(cells[h[0]][h[1]])}" for h in sorted(hide)) + f"; {_mini(res)}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["다항식의 곱셈", "분배법칙", "동류항"],
                   check=lambda: sp.expand(sum(sum(r) for r in cells) - L * Q) == 0)


@family("10기수1-01-02", "polynomial-divided-by-monomial")
def _s2_div_mono(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = nonzero(rng, -4, 4) * x ** rng.randint(1, 2)
    Q = _rpoly(rng, rng.choice([1, 2]), lead=(1, 2, 3, -2))
    A = sp.expand(m * Q)
    form = rng.randrange(3)
    if form == 0:
        src = _w(f"({_mini(A)}) / {_mini(m) if sp.Poly(m, x).LC() > 0 else '(' + _mini(m) + ')'}", st).replace("/", "÷").replace("÷", "\\div" if st == "latex" else "÷")
    elif form == 1 and st == "latex":
        src = f"$\\frac{{{_mini(A).replace('^', '^')}}}{{{_mini(m)}}}$".replace("x^2", "x^{2}").replace("x^3", "x^{3}").replace("x^4", "x^{4}")
    else:
        src = _w(f"({_mini(A)}) / ({_mini(m)})", st)
    text = rng.choice([
        f"다음을 {_end(rng, '계')}\n{src}",
        f"다음 식을 간단히 하시오.\n{src}",
        f"다항식 {_jp(A, st, '을/를')} 단항식 {_jp(m, st, '으로/로')} 나눈 몫을 {_end(rng)}",
    ])
    ans = _mini(Q)
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["다항식의 나눗셈", "지수법칙"], also=["9수02-10"],
                   check=lambda: sp.expand(_P(ans) * m - A) == 0)


@family("10기수1-01-02", "division-as-product-fill")
def _s2_div_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r0 = nonzero(rng, -4, 4)
    D = x - r0
    q1, q0 = nonzero(rng, -5, 5), nonzero(rng, -6, 6)
    Q = x**2 + q1 * x + q0
    A = sp.expand(D * Q)
    form = f"({_mini(D)})(x^2 + ㉠x + ㉡)" if rng.random() < 0.5 else f"({_mini(D)})(x^2 + (  ㉠  )x + (  ㉡  ))"
    text = rng.choice([
        f"다항식 {_jp(A, st, '을/를')} {_jp(D, st, '으로/로')} 나누었더니 나누어떨어졌다. 이때 {_w(_mini(A) + ' = ' + form, st)}로 나타낼 수 있다. ㉠, ㉡에 알맞은 수를 {_end(rng)}",
        f"({_pl(A, st)}) ÷ ({_pl(D, st)})의 몫을 {_w('x^2 + ㉠x + ㉡', st)}이라 할 때, ㉠, ㉡에 알맞은 수를 {_end(rng, '쓰')} (단, 나머지는 0이다.)",
        f"다음 등식이 성립하도록 ㉠, ㉡에 알맞은 수를 {_end(rng)}\n{_w(_mini(A) + ' = ' + form, st)}",
    ])
    ans = f"㉠ {q1}, ㉡ {q0}"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["다항식의 나눗셈", "몫", "다항식의 곱셈"],
                   check=lambda: sp.rem(A, D, x) == 0 and sp.expand(sp.quo(A, D, x) - Q) == 0)


@family("10기수1-01-02", "divide-by-linear")
def _s2_div_lin(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r0 = nonzero(rng, -4, 4)
    lead = rng.choice([1, 1, 1, 2])
    D = lead * x - r0 if lead == 1 or r0 % 2 else x - r0
    deg_q = rng.choice([1, 2, 2])
    Q = _rpoly(rng, deg_q, lo=-4, hi=4, lead=(1, 2, 3, -1))
    R = sp.Integer(rng.choice([0, 0, rng.randint(-7, 7)]))
    A = sp.expand(D * Q + R)
    end = rng.choice(["몫과 나머지를 구하시오.", "몫과 나머지를 차례대로 쓰시오.", "몫 Q와 나머지 R을 각각 구하세요."])
    text = rng.choice([
        f"다항식 {_jp(A, st, '을/를')} {_jp(D, st, '으로/로')} 나누었을 때의 {end}",
        f"다음 나눗셈의 {end}\n({_pl(A, st)}) ÷ ({_pl(D, st)})",
        f"직접 나눗셈을 하여 ({_pl(A, st)}) ÷ ({_pl(D, st)})의 {end}",
    ])
    ans = f"몫: {_mini(Q)}, 나머지: {R}"
    d = 2 if deg_q == 1 else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["다항식의 나눗셈", "몫", "나머지"], also=[G1],
                   check=lambda: sp.expand(sp.quo(A, D, x) - Q) == 0 and sp.rem(A, D, x) == R)


@family("10기수1-01-02", "area-and-side-word")
def _s2_area(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.randint(1, 6), rng.randint(1, 5)
    kind = rng.randrange(3)
    if kind == 0:
        L, W = rng.choice([1, 2, 3]) * x + p, x + q
        val = sp.expand(L * W)
        obj = rng.choice(["직사각형 모양의 거실 바닥", "직사각형 모양의 현수막", "직사각형 모양의 꽃밭", "직사각형 모양의 태블릿 화면"])
        text = rng.choice([
            f"가로의 길이가 ({_pl(L, st)}) m, 세로의 길이가 ({_pl(W, st)}) m인 {obj}의 넓이를 x에 대한 다항식으로 나타내시오.",
            f"{obj}의 가로가 ({_pl(L, st)}) m, 세로가 ({_pl(W, st)}) m이다. 넓이를 전개하여 {_end(rng)}",
        ])
        text = text.replace("m, 세로", "m, 세로").replace(" m인", " m인").replace("m²", "m²")
        if "화면" in obj:
            text = text.replace(" m", " cm")
        unit = "cm²" if "화면" in obj else "m²"
        ans, d, fmt_val = f"({_mini(val)}) {unit}", 2, val
        concept = "다항식의 곱셈"
    elif kind == 1:
        W = x + q
        H = x**2 + nonzero(rng, -3, 3) * x + rng.randint(1, 6)
        S = sp.expand(W * H)
        text = rng.choice([
            f"넓이가 ({_pl(S, st)}) cm²인 직사각형의 가로의 길이가 ({_pl(W, st)}) cm일 때, 세로의 길이를 {_end(rng)}",
            f"직사각형 모양의 타일 한 장의 넓이가 ({_pl(S, st)}) cm²이고 한 변의 길이가 ({_pl(W, st)}) cm이다. 다른 한 변의 길이를 x에 대한 식으로 나타내세요.",
        ])
        ans, d, fmt_val = f"({_mini(H)}) cm", 3, H
        concept = "다항식의 나눗셈"
    else:
        side = rng.choice([2, 3, 4])
        V = sp.expand(side * side * (x + q))
        text = rng.choice([
            f"밑면이 한 변의 길이가 {side} cm인 정사각형이고 부피가 ({_pl(V, st)}) cm³인 직육면체 모양의 상자가 있다. 이 상자의 높이를 {_end(rng)}",
            f"부피가 ({_pl(V, st)}) cm³인 사각기둥 모양의 통의 밑넓이가 {side * side} cm²일 때, 높이를 x에 대한 식으로 {_end(rng)}",
        ])
        ans, d, fmt_val = f"({_mini(x + q)}) cm", 2, x + q
        concept = "다항식의 나눗셈"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=[concept, "넓이" if kind < 2 else "부피"],
                   check=lambda: sp.expand(_P(ans.split(")")[0].lstrip("(")) - fmt_val) == 0)


@family("10기수1-01-02", "coefficient-of-product-mcq")
def _s2_coef_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    l1, l0 = rng.choice([1, 2, 3]), nonzero(rng, -5, 5)
    q2, q1, q0 = rng.choice([1, 2, -1]), nonzero(rng, -5, 5), nonzero(rng, -6, 6)
    L, Q = l1 * x + l0, q2 * x**2 + q1 * x + q0
    deg = rng.choice([1, 2])
    val = sp.expand(L * Q).coeff(x, deg)
    if deg == 2:
        t1, t2 = l1 * q1, l0 * q2
    else:
        t1, t2 = l1 * q0, l0 * q1
    wrong = {t1, t2, t1 - t2, -val, val + 1, val - 1, l1 + q1 if deg == 2 else l0 + q1, t1 + t2 + 2}
    wrong.discard(val)
    dl = [str(v) for v in sorted(wrong, key=lambda v: (abs(v - val), v))][:7]
    ch = choices(rng, str(val), dl, sort_key=int)
    xd = "x^2" if deg == 2 else "x"
    src = _w(f"({_mini(L)})({_mini(Q)})", st)
    stem = rng.choice([
        f"다항식 {src}를 전개한 식에서 {_w(xd, st)}의 계수는?",
        f"{src}를 전개하였을 때, {_w(xd, st)}의 계수를 고르면?",
        f"다음 중 {src}의 전개식에서 {_w(xd, st)}의 계수로 옳은 것은?",
    ])
    stem = stem.replace(f"{src}를", _j(src, f"({_mini(Q)})", "을/를"))
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["다항식의 곱셈", "계수"], also=[G1], choice=ch,
                   check=lambda: sp.Poly(sp.expand(L * Q), x).coeff_monomial(x**deg) == int(ch.options[ch.correct]))


@family("10기수1-01-02", "recover-dividend")
def _s2_dividend(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r0 = nonzero(rng, -4, 4)
    D = x - r0
    Q = _rpoly(rng, rng.choice([1, 2]), lo=-4, hi=4, lead=(1, 2, -1))
    R = rng.randint(-6, 6)
    A = sp.expand(D * Q + R)
    text = rng.choice([
        f"어떤 다항식을 {_jp(D, st, '으로/로')} 나누었더니 몫이 {_pl(Q, st)}, 나머지가 {R}이었다. 이 다항식을 {_end(rng)}",
        f"다항식 A를 {_jp(D, st, '으로/로')} 나눈 몫은 {_pl(Q, st)}이고 나머지는 {R}이다. A를 x에 대한 내림차순으로 나타내시오.",
        f"{name(rng)}는 다항식 P를 {_jp(D, st, '으로/로')} 나누는 계산에서 몫 {_pl(Q, st)}, 나머지 {R}을 얻었다. (나누어지는 식) = (나누는 식) × (몫) + (나머지)를 이용하여 P를 {_end(rng)}",
    ])
    if "는 다항식 P를" in text:
        nm = text.split("는 다항식 P를")[0]
        text = josa(nm, "은/는") + text[len(nm) + 1:]
        text = text.replace(f"나머지 {R}을", f"나머지 {josa(str(R), '을/를')}")
    ans = _mini(A)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["다항식의 나눗셈", "다항식의 곱셈", "몫", "나머지"], also=[G1],
                   check=lambda: sp.rem(_P(ans), D, x) == R and sp.expand(sp.quo(_P(ans), D, x) - Q) == 0)


@family("10기수1-01-02", "check-division-explain")
def _s2_check(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r0 = nonzero(rng, -3, 3)
    D = x - r0
    Q = x**2 + nonzero(rng, -4, 4) * x + nonzero(rng, -5, 5)
    R = rng.randint(-5, 5)
    A = sp.expand(D * Q + R)
    correct = rng.random() < 0.5
    Qc = Q if correct else Q + rng.choice([-1, 1]) * x
    Rc = R if correct else R + rng.choice([-2, 2, 3])
    nm = name(rng)
    text = rng.choice([
        f"{josa(nm, '은/는')} {_j(f'({_pl(A, st)}) ÷ ({_pl(D, st)})', f'({_mini(D)})', '을/를')} 계산하여 몫이 {_pl(Qc, st)}, 나머지가 {Rc}라고 답하였다. 나눗셈의 결과를 곱셈으로 확인하는 방법을 이용하여 이 답이 옳은지 판단하고, 그 이유를 설명하시오.",
        f"다항식 {_jp(A, st, '을/를')} {_jp(D, st, '으로/로')} 나눈 몫이 {_pl(Qc, st)}, 나머지가 {Rc}라는 주장이 있다. ({_pl(D, st)}) × (몫) + (나머지)를 계산하여 주장이 맞는지 확인하고 설명하세요.",
    ])
    text = text.replace(f"나머지가 {Rc}라고", f"나머지가 {Rc}{'이라고' if _final_digit(Rc) else '라고'}")
    text = text.replace(f"나머지가 {Rc}라는", f"나머지가 {Rc}{'이라는' if _final_digit(Rc) else '라는'}")
    back = sp.expand(D * Qc + Rc)
    ans = ("옳다. " if correct else "옳지 않다. ") + f"({_mini(D)})({_mini(Qc)}){_sgn(Rc)} = {_mini(back)}" + (
        "이므로 원래 식과 같다." if correct else f"이므로 원래 식 {josa(_mini(A), '과/와')} 다르다. 바른 몫 {_mini(Q)}, 나머지 {R}")
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["다항식의 나눗셈", "다항식의 곱셈", "몫", "나머지"],
                   check=lambda: (sp.expand(back - A) == 0) == correct and sp.rem(A, D, x) == R)


def _final_digit(n: int) -> bool:
    """Whether the Korean reading of integer ``n`` ends in a final consonant (for 이라고/라고)."""
    return josa(str(abs(n)), "이/가").endswith("이")


# ================================================================================================
# 10기수1-01-03 인수분해 공식을 이용한 인수분해 (해설에 나열된 공식만, 치환 없음)
# ================================================================================================
def _fac_check(ans: str, e: sp.Expr) -> bool:
    """``ans`` multiplies back to ``e`` and is fully factored (same factor list as sympy's)."""
    got = _P(ans)
    return sp.expand(got - e) == 0 and len(sp.factor_list(sp.expand(e))[1]) == len(sp.factor_list(got)[1])


def _ask_factor(rng: random.Random, shown: str, mini_: str) -> str:
    return rng.choice([
        f"다음 식을 인수분해하시오.\n{shown}",
        f"{_j(shown, mini_, '을/를')} 인수분해하시오.",
        f"다항식 {_j(shown, mini_, '을/를')} 인수분해한 결과를 {_end(rng, '쓰')}",
        f"{_j(shown, mini_, '을/를')} 인수분해하면?",
    ])


@family("10기수1-01-03", "common-factor")
def _f3_common(rng: random.Random) -> Problem:
    st = pick_style(rng)
    two = rng.random() < 0.5
    gens = (x, y) if two else (x,)
    m = rng.choice([2, 3, 4, 5, -2, -3]) * (x ** rng.randint(0, 1)) * ((y ** rng.randint(0, 1)) if two else 1)
    if m.is_number or (not two and sp.degree(m, x) == 0):
        m = m * x
    inner = (x + nonzero(rng, -6, 6) * (y if two else 1)) if rng.random() < 0.6 else (x**2 + nonzero(rng, -4, 4) * x + nonzero(rng, -5, 5))
    if two and inner.has(y) is False:
        inner = x + nonzero(rng, -5, 5) * y
    if sp.Poly(inner, *gens).terms_gcd()[0] != (0,) * len(gens) or sp.factor_list(inner)[0] != 1:
        inner = x + 1
    e = sp.expand(m * inner)
    mini_ = _mini(e, gens)
    text = _ask_factor(rng, _w(mini_, st), mini_)
    ans = _fac(e, gens)
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["인수분해", "공통인수"], also=["9수02-19"], check=lambda: sp.expand(_P(ans) - e) == 0)


@family("10기수1-01-03", "perfect-square-trinomial")
def _f3_square(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.choice([1, 1, 2, 3]), nonzero(rng, -7, 7)
    two = rng.random() < 0.3
    gens = (x, y) if two else (x,)
    e = sp.expand((p * x + q * (y if two else 1)) ** 2)
    mini_ = _mini(e, gens)
    ans = _fac(e, gens)
    if rng.random() < 0.3 and not two:
        if sp.gcd(p, q) != 1:
            p = 1
        e2 = sp.expand((p * x) ** 2 + q * q)
        shown = _mini((p * x) ** 2) + " + □x + " + str(q * q)
        text = rng.choice([
            f"{_j(_w(shown, st), str(q * q), '이/가')} 완전제곱식이 되도록 하는 양수 □의 값을 구하고, 그 식을 인수분해하시오.",
            f"다항식 {_w(shown, st)}에서 □ 안에 알맞은 양수를 넣어 완전제곱식을 만들려고 한다. □의 값과 인수분해한 결과를 {_end(rng, '쓰')}",
        ])
        _ = e2
        ans = f"□ = {2 * p * abs(q)}, {_fac(sp.expand((p * x + abs(q)) ** 2))}"
        e = sp.expand((p * x + abs(q)) ** 2)
        fmt, d = "fill", 2
    else:
        text = _ask_factor(rng, _w(mini_, st), mini_)
        fmt, d = "computation", 1 if p == 1 else 2
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["인수분해", "완전제곱식", "인수분해 공식"], also=["9수02-19"],
                   check=lambda: sp.expand(_P(ans.split(", ")[-1]) - e) == 0)


@family("10기수1-01-03", "difference-of-squares")
def _f3_diffsq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        p, q = rng.choice([1, 2, 3, 4, 5]), rng.randint(1, 9)
        e, gens = (p * x) ** 2 - q * q, (x,)
    elif kind == 1:
        p, q = rng.choice([1, 2, 3]), rng.choice([1, 2, 3, 5])
        e, gens = sp.expand((p * x) ** 2 - (q * y) ** 2), (x, y)
    else:
        m = rng.choice([2, 3, 5])
        q = rng.randint(1, 6)
        e, gens = sp.expand(m * x**2 - m * q * q), (x,)
    mini_ = _mini(e, gens)
    text = _ask_factor(rng, _w(mini_, st), mini_)
    ans = _fac(e, gens)
    d = 2 if kind == 2 else 1
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["인수분해", "합과 차의 곱", "인수분해 공식"], also=["9수02-19"],
                   check=lambda: _fac_check(ans, e))


@family("10기수1-01-03", "sum-product-trinomial")
def _f3_sumprod(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = rng.sample([v for v in range(-8, 9) if v], 2)
    e = sp.expand((x + r1) * (x + r2))
    mini_ = _mini(e)
    if rng.random() < 0.35:
        s_, p_ = r1 + r2, r1 * r2
        text = rng.choice([
            f"다음은 {_jw(mini_, st, '을/를')} 인수분해하는 과정이다. ㉠, ㉡에 알맞은 수를 쓰고 인수분해하시오.\n곱이 {p_}, 합이 {josa(str(s_), '인/인').replace('/인', '')} 두 정수는 ㉠, ㉡이다. (단, ㉠ < ㉡)",
            f"{_jw(mini_, st, '을/를')} 인수분해하려고 한다. 곱하여 {p_}, 더하여 {josa(str(s_), '이/가')} 되는 두 정수 ㉠, ㉡(㉠ < ㉡)를 찾고, 인수분해한 결과를 {_end(rng, '쓰')}",
        ])
        lo, hi = sorted((r1, r2))
        ans = f"㉠ {lo}, ㉡ {hi}, {_fac(e)}"
        fmt, d = "fill", 1
    else:
        text = _ask_factor(rng, _w(mini_, st), mini_)
        ans = _fac(e)
        fmt, d = "computation", 2
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["인수분해", "인수분해 공식"], also=["9수02-19"],
                   check=lambda: sp.expand(_P(ans.split(", ")[-1]) - e) == 0)


@family("10기수1-01-03", "acx2-trinomial")
def _f3_acx(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        a_, c_ = rng.choice([(2, 1), (3, 1), (2, 3), (5, 1), (3, 2), (4, 1)])
        b_, d_ = nonzero(rng, -5, 5), nonzero(rng, -5, 5)
        if sp.gcd(a_, b_) == 1 and sp.gcd(c_, d_) == 1:
            break
    e = sp.expand((a_ * x + b_) * (c_ * x + d_))
    mini_ = _mini(e)
    ans = _fac(e)
    if rng.random() < 0.3:
        lc, tc = str(sp.Poly(e, x).LC()), str(sp.Poly(e, x).TC())
        text = (f"다음 식을 인수분해하시오. (힌트: {_w('x^2', st)}의 계수 {josa(lc, '과/와')} 상수항 {josa(tc, '을/를')} 각각 두 수의 곱으로 나누어 보시오.)\n{_w(mini_, st)}")
    else:
        text = _ask_factor(rng, _w(mini_, st), mini_)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["인수분해", "인수분해 공식"], also=["9수02-19"],
                   check=lambda: _fac_check(ans, e))


@family("10기수1-01-03", "perfect-cube-guided")
def _f3_cube(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.choice([1, 1, 2]), rng.choice([1, 2, 3])
    s = rng.choice([1, -1])
    e = sp.expand((p * x + s * q) ** 3)
    mini_ = _mini(e)
    ans = _fac(e)
    A_ = f"{p}x" if p > 1 else "x"
    if rng.random() < 0.55:
        formula = "a^3 + 3a^2b + 3ab^2 + b^3 = (a + b)^3" if s > 0 else "a^3 - 3a^2b + 3ab^2 - b^3 = (a - b)^3"
        text = rng.choice([
            f"인수분해 공식 {_w(formula, st)}를 이용하여 {_jw(mini_, st, '을/를')} 인수분해하려고 한다. a, b에 해당하는 식을 각각 쓰고, 인수분해한 결과를 {_end(rng)}",
            f"{_w(mini_, st)}에서 a = {A_}, b = {q}로 놓으면 어떤 인수분해 공식을 쓸 수 있는지 말하고, 인수분해하시오.",
        ])
        text = text.replace(f"{_w(formula, st)}를", f"{_w(formula, st)}을")
        ans_full = f"a = {A_}, b = {q}, {ans}"
        fmt, d = "fill", 2
    else:
        text = _ask_factor(rng, _w(mini_, st), mini_)
        ans_full, fmt, d = ans, "computation", 3
    return Problem(text=text, answer=ans_full, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["인수분해", "인수분해 공식"], also=[G3],
                   check=lambda: sp.expand(_P(ans) - e) == 0)


@family("10기수1-01-03", "sum-difference-of-cubes-fill")
def _f3_cubes(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.choice([1, 1, 2, 3]), rng.choice([1, 2, 3, 4, 5])
    s = rng.choice([1, -1])
    e = sp.expand((p * x) ** 3 + s * q**3)
    mini_ = _mini(e)
    A_ = f"{p}x" if p > 1 else "x"
    quad = sp.expand((p * x) ** 2 - s * p * q * x + q * q)
    if rng.random() < 0.6:
        form = "(  ㉠  )(  ㉡  )"
        text = rng.choice([
            f"다음은 {_jw(mini_, st, '을/를')} 인수분해한 것이다. ㉠, ㉡에 알맞은 식을 {_end(rng, '쓰')}\n{_w(mini_, st)} = {form}",
            f"{_w(mini_, st)} = {_w(f'{A_}^3', st)} {'+' if s > 0 else '−'} {_w(f'{q}^3', st)}임을 이용하여 인수분해하면 {form}이다. ㉠에는 일차식, ㉡에는 이차식을 쓰시오.",
        ])
        ans = f"㉠ {_mini(p * x + s * q)}, ㉡ {_mini(quad)}"
        fmt, d = "fill", 2
    else:
        text = _ask_factor(rng, _w(mini_, st), mini_)
        ans = _fac(e)
        fmt, d = "computation", 3

    def chk() -> bool:
        return sp.expand((p * x + s * q) * quad - e) == 0 and len(sp.factor_list(quad)[1]) == 1
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["인수분해", "인수분해 공식"], also=[G3], check=chk)


@family("10기수1-01-03", "correct-factorization-mcq")
def _f3_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    want_wrong = rng.random() < 0.5
    r1, r2 = rng.sample([v for v in range(-6, 7) if v], 2)
    q = rng.randint(1, 5)
    m = rng.randint(2, 4)
    pairs_ok = [
        (sp.expand((x + r1) * (x + r2)), f"(x {'+' if r1 > 0 else '-'} {abs(r1)})(x {'+' if r2 > 0 else '-'} {abs(r2)})"),
        (sp.expand(x**2 - q * q), f"(x + {q})(x - {q})"),
        (sp.expand((x - q) ** 2), f"(x - {q})^2"),
        (sp.expand(x**3 + q**3), f"(x + {q})(x^2 - {q}x + {q * q})".replace(" 1x", " x")),
        (sp.expand(x**3 - q**3), f"(x - {q})(x^2 + {q}x + {q * q})".replace(" 1x", " x")),
        (sp.expand(m * x**2 + m * q * x), f"{m}x(x + {q})"),
        (sp.expand((x + q) ** 3), f"(x + {q})^3"),
    ]
    pairs_bad = [
        (sp.expand(x**2 - q * q), f"(x - {q})^2"),
        (sp.expand(x**3 + q**3), f"(x + {q})(x^2 + {q}x + {q * q})".replace(" 1x", " x")),
        (sp.expand(x**3 - q**3), f"(x - {q})(x^2 - {q}x + {q * q})".replace(" 1x", " x")),
        (sp.expand((x + r1) * (x + r2)), f"(x {'-' if r1 > 0 else '+'} {abs(r1)})(x {'-' if r2 > 0 else '+'} {abs(r2)})"),
        (sp.expand((x + q) ** 2), f"(x + {q})(x - {q})"),
        (sp.expand((x + q) ** 3), f"(x + {q})(x^2 + {q * q})"),
    ]
    ok = rng.sample(pairs_ok, 4 if want_wrong else 1)
    bad = rng.sample(pairs_bad, 1 if want_wrong else 4)
    # no duplicate left-hand sides
    lhs = [sp.expand(e_) for e_, _ in ok + bad]
    if len(set(lhs)) < 5 or any(sp.expand(_P(f_) - e_) == 0 for e_, f_ in bad):
        return _f3_mcq(rng)
    corr_pair = bad[0] if want_wrong else ok[0]
    others = ok if want_wrong else bad

    def row(pr):
        return _w(f"{_mini(pr[0])} = {pr[1]}", st)
    ch = choices(rng, row(corr_pair), [row(pr) for pr in others])
    stem = rng.choice(["다음 중 인수분해가 옳지 않은 것은?", "다음 중 인수분해를 잘못한 것은?"]) if want_wrong else \
        rng.choice(["다음 중 인수분해가 바르게 된 것은?", "다음 중 인수분해한 결과가 옳은 것은?"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["인수분해", "인수분해 공식"], choice=ch,
                   check=lambda: (sp.expand(_P(corr_pair[1]) - corr_pair[0]) == 0) != want_wrong)


@family("10기수1-01-03", "rectangle-sides-from-area")
def _f3_rect(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample(range(1, 8), 2))
    e = sp.expand((x + r1) * (x + r2))
    kind = rng.randrange(3)
    if kind == 0:
        text = rng.choice([
            f"넓이가 ({_pl(e, st)}) cm²인 직사각형의 가로와 세로의 길이가 모두 x에 대한 일차식일 때, 가로와 세로의 길이를 구하시오. (단, 가로가 세로보다 길다.)",
            f"직사각형 모양의 포스터의 넓이를 인수분해하였더니 두 일차식의 곱이 되었다. 넓이가 ({_pl(e, st)}) cm²일 때, 두 변의 길이를 각각 {_end(rng)} (단, 각 일차식의 x의 계수는 1)",
        ])
        ans = f"가로 ({_mini(x + r2)}) cm, 세로 ({_mini(x + r1)}) cm" if "가로가" in text else f"({_mini(x + r1)}) cm, ({_mini(x + r2)}) cm"
        d = 2
        chk = lambda: sp.expand((x + r1) * (x + r2) - e) == 0  # noqa: E731
    elif kind == 1:
        n = rng.choice([2, 3, 4])
        e = sp.expand((x + n) ** 2)
        text = rng.choice([
            f"넓이가 ({_pl(e, st)}) m²인 정사각형 모양의 텃밭이 있다. 이 텃밭의 한 변의 길이를 x에 대한 식으로 {_end(rng)}",
            f"정사각형 모양의 타일 한 장의 넓이가 ({_pl(e, st)}) cm²이다. 인수분해를 이용하여 타일의 한 변의 길이를 나타내시오.",
        ])
        unit = "m" if "m²" in text and "cm²" not in text else "cm"
        ans, d = f"({_mini(x + n)}) {unit}", 2
        chk = lambda: sp.expand((x + n) ** 2 - e) == 0  # noqa: E731
    else:
        big, small = rng.randint(4, 9), rng.randint(1, 3)
        e = sp.expand((x + big) ** 2 - small**2)
        text = (f"한 변의 길이가 ({_pl(x + big, st)}) cm인 정사각형 모양의 종이에서 한 변의 길이가 {small} cm인 정사각형을 잘라 냈다. "
                f"남은 부분의 넓이를 나타내는 식 {_jp(e, st, '을/를')} 인수분해하시오.")
        ans, d = _fac(e), 3
        chk = lambda: sp.expand(_P(ans) - e) == 0  # noqa: E731
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["인수분해", "인수분해 공식", "넓이"], check=chk)


@family("10기수1-01-03", "numeric-by-formula")
def _f3_numeric(rng: random.Random) -> Problem:
    kind = rng.randrange(4)
    if kind == 0:
        n, m = rng.choice([(51, 49), (102, 98), (75, 25), (63, 37), (1002, 998), (55, 45)])
        val = n * n - m * m
        text = rng.choice([f"인수분해 공식을 이용하여 {n}² − {m}²의 값을 {_end(rng)}", f"{n}² − {m}²을 인수분해 공식을 이용하여 간단히 계산하시오."])
        text = text.replace(f"{m}²을", f"{m}²을")
    elif kind == 1:
        n = rng.choice([99, 49, 199, 999])
        val = n * n + 2 * n + 1
        text = rng.choice([f"{n}² + 2×{n} + 1의 값을 인수분해를 이용하여 {_end(rng)}", f"인수분해 공식을 이용하여 다음을 계산하시오.\n{n}² + 2×{n} + 1"])
    elif kind == 2:
        n = rng.choice([11, 21, 101, 9])
        val = n**3 - 3 * n * n + 3 * n - 1
        text = rng.choice([f"{n}³ − 3×{n}² + 3×{n} − 1의 값을 인수분해 공식을 이용하여 {_end(rng)}",
                           f"인수분해 공식 a³ − 3a²b + 3ab² − b³ = (a − b)³을 이용하여 {n}³ − 3×{n}² + 3×{n} − 1의 값을 구하세요."])
    else:
        s_, t_ = rng.randint(3, 9), rng.randint(1, 2)
        xv, yv = s_ + t_, s_ - t_
        val = xv * xv - yv * yv
        text = f"x = {xv}, y = {yv}일 때, 인수분해를 이용하여 x² − y²의 값을 {_end(rng)}"
    vexp = {0: lambda: (n - m) * (n + m), 1: lambda: (n + 1) ** 2, 2: lambda: (n - 1) ** 3, 3: lambda: (xv + yv) * (xv - yv)}[kind]
    return Problem(text=text, answer=str(val), format="computation", difficulty=2, achievement_level="D",
                   concepts=["인수분해", "인수분해 공식"], also=["9수02-19"] if kind in (0, 1, 3) else [G3],
                   check=lambda: vexp() == val)


@family("10기수1-01-03", "match-formula-table")
def _f3_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    q = rng.randint(1, 5)
    r1, r2 = rng.sample([v for v in range(-6, 7) if v and abs(v) != q], 2)
    pool = [
        ("A", sp.expand((x + q) ** 2), "a^2 + 2ab + b^2 = (a + b)^2"),
        ("B", sp.expand(x**2 - q * q), "a^2 - b^2 = (a + b)(a - b)"),
        ("C", sp.expand((x + r1) * (x + r2)), "x^2 + (a + b)x + ab = (x + a)(x + b)"),
        ("D", sp.expand(x**3 - q**3), "a^3 - b^3 = (a - b)(a^2 + ab + b^2)"),
        ("E", sp.expand((x - q) ** 3), "a^3 - 3a^2b + 3ab^2 - b^3 = (a - b)^3"),
        ("F", sp.expand(x**3 + q**3), "a^3 + b^3 = (a + b)(a^2 - ab + b^2)"),
    ]
    rows = rng.sample(pool, 3)
    formulas = [r_[2] for r_ in pool]
    rng.shuffle(formulas)
    circ = ["①", "②", "③", "④", "⑤", "⑥"]
    fl = "\n".join(f"{circ[i]} {_w(f_, st)}" for i, f_ in enumerate(formulas))
    body = "\n".join(f"| {_pl(e_, st)} | (  ) | (  ) |" for _, e_, _ in rows)
    text = rng.choice([
        f"다음 표의 각 다항식을 인수분해할 때 이용할 수 있는 공식을 [공식]에서 골라 번호를 쓰고, 인수분해한 결과를 쓰시오.\n[공식]\n{fl}\n| 다항식 | 이용한 공식 | 인수분해한 결과 |\n{body}",
        f"[공식] 중 알맞은 것을 골라 표를 완성하세요.\n[공식]\n{fl}\n| 다항식 | 공식 번호 | 인수분해 |\n{body}",
    ])
    ans = "; ".join(f"{circ[formulas.index(f_)]}, {_fac(e_)}" for _, e_, f_ in rows)
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["인수분해", "인수분해 공식"],
                   check=lambda: all(sp.expand(_P(_fac(e_)) - e_) == 0 for _, e_, _ in rows))


@family("10기수1-01-03", "check-by-expanding")
def _f3_check(rng: random.Random) -> Problem:
    st = pick_style(rng)
    q = rng.randint(2, 5)
    kind = rng.randrange(3)
    if kind == 0:
        e = sp.expand(x**3 - q**3)
        claim = f"(x - {q})(x^2 + {2 * q}x + {q * q})"
        right = _fac(e)
    elif kind == 1:
        e = sp.expand(x**3 + q**3)
        claim = f"(x + {q})(x^2 + {q}x + {q * q})"
        right = _fac(e)
    else:
        e = sp.expand(x**2 - q * q)
        claim = f"(x - {q})^2"
        right = _fac(e)
    nm = name(rng)
    text = rng.choice([
        f"{josa(nm, '은/는')} {_jp(e, st, '을/를')} {_w(claim, st)}로 인수분해하였다. 이 식을 전개하여 {nm}의 결과가 옳은지 확인하고, 옳지 않다면 바르게 인수분해하시오.",
        f"{_j('“' + _w(_mini(e) + ' = ' + claim, st) + '”', claim, '이/가')} 옳은 인수분해인지 우변을 전개하여 판단하고, 틀렸다면 그 이유와 바른 결과를 쓰시오.",
    ])
    text = text.replace(f"{_w(claim, st)}로", _j(_w(claim, st), claim, "으로/로"))
    wrong_expand = _mini(sp.expand(_P(claim)))
    ans = f"옳지 않다. 우변을 전개하면 {_j(wrong_expand, wrong_expand, '이/가')} 되어 원래 식과 다르다. 바른 결과: {right}"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["인수분해", "인수분해 공식", "전개"],
                   check=lambda: sp.expand(_P(claim) - e) != 0 and sp.expand(_P(right) - e) == 0)


# ================================================================================================
# 10기수1-02-01 간단한 이차방정식의 풀이 (인수분해, 제곱근, 근의 공식; 실근만)
# ================================================================================================
def _sqrt_parts(n: int) -> tuple[int, int]:
    """n = m² · r with r square-free: returns (m, r)."""
    m = 1
    for f_ in range(2, int(n**0.5) + 1):
        while n % (f_ * f_) == 0:
            n //= f_ * f_
            m *= f_
    return m, n


def _root_txt(A_: int, B_: int, C_: int) -> str:
    """Solutions of A x² + B x + C = 0 (D ≥ 0) as text: ``x = -3 또는 x = 2``, ``x = 2 (중근)``, ``x = (3 ± √5)/2``."""
    D = B_ * B_ - 4 * A_ * C_
    if D < 0:
        raise ValueError("no real root")
    s = sp.sqrt(D)
    if s.is_integer:
        r1, r2 = sorted({Fraction(-B_ - int(s), 2 * A_), Fraction(-B_ + int(s), 2 * A_)})  if D else (Fraction(-B_, 2 * A_),) * 2
        if D == 0:
            return f"x = {_q(r1)} (중근)"
        return f"x = {_q(r1)} 또는 x = {_q(r2)}"
    m, r = _sqrt_parts(D)
    num0, coef, den = -B_, m, 2 * A_
    g = sp.gcd(sp.gcd(num0, coef), den)
    num0, coef, den = num0 // g, coef // g, den // g
    if den < 0:
        num0, coef, den = -num0, coef, -den
    rad = f"{'' if coef == 1 else coef}√{r}"
    body = f"{num0} ± {rad}" if num0 else f"±{rad}"
    return f"x = {body}" if den == 1 else (f"x = ({body})/{den}" if num0 else f"x = {body}/{den}")


def _roots_of(A_: int, B_: int, C_: int) -> set:
    """Real roots by the quadratic formula, each verified by substitution (empty set if one fails)."""
    D = B_ * B_ - 4 * A_ * C_
    if D < 0:
        return set()
    out = {sp.expand((-B_ + sgn * sp.sqrt(D)) / (2 * A_)) for sgn in (1, -1)}
    return out if all(sp.expand(A_ * r_**2 + B_ * r_ + C_) == 0 for r_ in out) else set()


def _parse_roots(txt: str) -> set:
    """Inverse of :func:`_root_txt` (for checks)."""
    body = txt.replace("x = ", "").replace(" (중근)", "").replace("−", "-")
    body = re.sub(r"(\d)√", r"\1*√", body).replace("√", "sqrt")
    if "±" in body:
        plus = re.sub(r"sqrt(\d+)", r"sqrt(\1)", body.replace(" ± ", " + ").replace("±", "+"))
        minus = re.sub(r"sqrt(\d+)", r"sqrt(\1)", body.replace(" ± ", " - ").replace("±", "-"))
        return {sp.expand(sp.sympify(plus)), sp.expand(sp.sympify(minus))}
    return {sp.Rational(p_.strip()) for p_ in body.split("또는")}


_POLYGON = {5: "오", 6: "육", 7: "칠", 8: "팔", 9: "구", 10: "십", 11: "십일", 12: "십이"}


def _eq(e: sp.Expr, st: str, rhs: str = "0") -> str:
    return _w(f"{_mini(e)} = {rhs}", st)


@family("10기수1-02-01", "solve-by-factoring")
def _e1_factor(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["monic", "monic", "zero-root", "nonmonic"])
    if kind == "monic":
        r1, r2 = rng.sample([v for v in range(-7, 8) if v], 2)
        e = sp.expand((x - r1) * (x - r2))
    elif kind == "zero-root":
        r1 = nonzero(rng, -8, 8)
        m = rng.choice([1, 1, 2, 3])
        e = sp.expand(m * x * (x - r1))
    else:
        p_ = rng.choice([2, 3, 4])
        r = nonzero(rng, -4, 4)
        s_ = nonzero(rng, -5, 5)
        if sp.gcd(p_, s_) != 1:
            s_ = 1
        e = sp.expand((p_ * x - s_) * (x - r))
    cf = [int(c_) for c_ in sp.Poly(e, x).all_coeffs()]
    ans = _root_txt(*cf)
    text = rng.choice([
        f"인수분해를 이용하여 이차방정식 {_jw(_mini(e) + ' = 0', st, '을/를')} {_end(rng, '풀')}",
        f"다음 이차방정식을 {_end(rng, '풀')}\n{_eq(e, st)}",
        f"이차방정식 {_eq(e, st)}의 해를 {_end(rng)}",
        f"x에 대한 이차방정식 {_eq(e, st)}의 두 근을 {_end(rng)}",
    ])
    d = 1 if kind != "nonmonic" else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이차방정식", "인수분해", "근"], also=["9수02-20"],
                   check=lambda: _parse_roots(ans) == _roots_of(*cf))


@family("10기수1-02-01", "zero-product-property")
def _e1_zero(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p_ = rng.choice([1, 1, 2, 3])
    r1 = nonzero(rng, -6, 6)
    s_ = nonzero(rng, -5, 5)
    src = f"{_bin(1, -r1)}{_bin(p_, s_)} = 0"
    e = sp.expand((x - r1) * (p_ * x + s_))
    cf = [int(c_) for c_ in sp.Poly(e, x).all_coeffs()]
    ans = _root_txt(*cf)
    if rng.random() < 0.4:
        text = (f"다음은 이차방정식 {_w(src, st)}을 푸는 과정이다. (가), (나)에 알맞은 것을 쓰시오.\n"
                f"두 수 또는 두 식 A, B에 대하여 AB = 0이면 A = 0 (가) B = 0이다.\n"
                f"따라서 {_w(_mini(x - r1) + ' = 0', st)} 또는 {_w(_mini(p_ * x + s_) + ' = 0', st)}이므로 (나)")
        ans = f"(가) 또는, (나) {ans}"
        fmt = "fill"
    else:
        text = rng.choice([
            f"이차방정식 {_w(src, st)}의 해를 {_end(rng)}",
            f"다음 방정식을 {_end(rng, '풀')}\n{_w(src, st)}",
            f"{_jw(src, st, '을/를')} 만족시키는 x의 값을 모두 {_end(rng)}",
        ])
        fmt = "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=1, achievement_level="E",
                   concepts=["이차방정식", "인수분해", "해"], also=["9수02-20"],
                   check=lambda: _parse_roots(ans.split("(나) ")[-1]) == _roots_of(*cf))


@family("10기수1-02-01", "square-root-method")
def _e1_sqrt(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        m = rng.choice([1, 2, 3, 4])
        qv = rng.choice([4, 9, 16, 25, 36, 2, 3, 5, 7, 12])
        e_txt = f"{'' if m == 1 else m}x^2 = {m * qv}"
        cf = [m, 0, -m * qv]
    elif kind == 1:
        p_ = nonzero(rng, -5, 5)
        qv = rng.choice([1, 4, 9, 16, 2, 3, 5, 6, 8])
        e_txt = f"(x {'-' if p_ > 0 else '+'} {abs(p_)})^2 = {qv}"
        cf = [1, -2 * p_, p_ * p_ - qv]
    else:
        p_ = nonzero(rng, -4, 4)
        m = rng.choice([2, 3])
        qv = rng.choice([1, 4, 9, 2, 3, 5])
        e_txt = f"{m}(x {'-' if p_ > 0 else '+'} {abs(p_)})^2 - {m * qv} = 0"
        cf = [m, -2 * m * p_, m * (p_ * p_ - qv)]
    ans = _root_txt(*cf)
    text = rng.choice([
        f"제곱근을 이용하여 이차방정식 {_jw(e_txt, st, '을/를')} {_end(rng, '풀')}",
        f"이차방정식 {_w(e_txt, st)}의 해를 {_end(rng)}",
        f"다음 이차방정식을 제곱근을 이용하여 {_end(rng, '풀')}\n{_w(e_txt, st)}",
    ])
    d = 1 if kind == 0 else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이차방정식", "제곱근", "근"], also=["9수02-20"],
                   check=lambda: _parse_roots(ans) == _roots_of(*cf))


@family("10기수1-02-01", "quadratic-formula-guided")
def _e1_formula(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        A_, B_, C_ = rng.choice([1, 1, 2, 3]), rng.randint(-7, 7), nonzero(rng, -6, 6)
        D = B_ * B_ - 4 * A_ * C_
        if D > 0 and not sp.sqrt(D).is_integer:
            break
    e = A_ * x**2 + B_ * x + C_
    ans = _root_txt(A_, B_, C_)
    if rng.random() < 0.5:
        text = (f"다음은 근의 공식을 이용하여 이차방정식 {_jw(_mini(e) + ' = 0', st, '을/를')} 푸는 과정이다. ㉠~㉣에 알맞은 수 또는 식을 {_end(rng, '쓰')}\n"
                f"a = ㉠, b = ㉡, c = ㉢이므로 b² − 4ac = ㉣\n"
                f"따라서 x = (−b ± √(b² − 4ac))/(2a)에 대입하면 해를 구할 수 있다.")
        if st == "latex":
            text = text.replace("b² − 4ac", "$b^{2}-4ac$").replace("x = (−b ± √($b^{2}-4ac$))/(2a)", "$x=\\frac{-b\\pm\\sqrt{b^{2}-4ac}}{2a}$")
        ans_full = f"㉠ {A_}, ㉡ {B_}, ㉢ {C_}, ㉣ {D}; {ans}"
        fmt, d = "fill", 2
    else:
        text = rng.choice([
            f"근의 공식을 이용하여 이차방정식 {_jw(_mini(e) + ' = 0', st, '을/를')} {_end(rng, '풀')}",
            f"이차방정식 {_eq(e, st)}의 해를 근의 공식으로 {_end(rng)}",
            f"다음 이차방정식을 {_end(rng, '풀')}\n{_eq(e, st)}",
        ])
        ans_full, fmt, d = ans, "computation", 2 if A_ == 1 else 3
    return Problem(text=text, answer=ans_full, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이차방정식", "근의 공식"], also=["9수02-20"],
                   check=lambda: _parse_roots(ans) == _roots_of(A_, B_, C_))


@family("10기수1-02-01", "rearrange-then-solve")
def _e1_rearrange(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = rng.sample([v for v in range(-6, 8) if v], 2)
    e = sp.expand((x - r1) * (x - r2))
    b_, c_ = int(e.coeff(x, 1)), int(e.coeff(x, 0))
    kind = rng.randrange(3)
    if kind == 0:
        src = f"x^2 = {_mini(-b_ * x - c_)}"
    elif kind == 1:
        h = rng.randint(-3, 3)
        # x(x + h) = rhs  -> x^2 + h x - rhs = x^2 + b x + c  requires h = b, rhs = -c
        src = f"x(x {'+' if b_ >= 0 else '-'} {abs(b_)}) = {-c_}" if b_ else f"x^2 = {-c_}"
        _ = h
    else:
        t = nonzero(rng, -3, 3)
        # (x + t)^2 = rhs  -> x^2 + 2t x + t^2 - rhs = e  => rhs linear: (2t - b) x + t^2 - c
        rhs = sp.expand((2 * t - b_) * x + t * t - c_)
        src = f"(x {'+' if t > 0 else '-'} {abs(t)})^2 = {_mini(rhs)}"
    ans = _root_txt(1, b_, c_)
    text = rng.choice([
        f"이차방정식 {_jw(src, st, '을/를')} {_end(rng, '풀')}",
        f"다음 방정식을 (이차식) = 0의 꼴로 정리한 후 {_end(rng, '풀')}\n{_w(src, st)}",
        f"방정식 {_w(src, st)}의 해를 {_end(rng)}",
    ])
    d = 2 if kind == 0 else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이차방정식", "이항", "인수분해"], also=["9수02-20"],
                   check=lambda: _parse_roots(ans) == set(sp.solve(_P(src.split("=")[0]) - _P(src.split("=")[1]), x)))


@family("10기수1-02-01", "given-root-find-coefficient")
def _e1_given_root(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = rng.sample([v for v in range(-6, 7) if v], 2)
    which = rng.choice(["b", "c"])
    e = sp.expand((x - r1) * (x - r2))
    b_, c_ = int(e.coeff(x, 1)), int(e.coeff(x, 0))
    shown = f"x^2 + kx {'+' if c_ > 0 else '-'} {abs(c_)}" if which == "b" and b_ != 0 else f"x^2 {'+' if b_ > 0 else '-'} {abs(b_)}x + k" if b_ else "x^2 + k"
    if which == "b" and b_ == 0:
        which = "c"
    kv = b_ if which == "b" else c_
    text = rng.choice([
        f"이차방정식 {_w(shown + ' = 0', st)}의 한 근이 {josa(str(r1), '일/일').replace('/일', '')} 때, 상수 k의 값과 다른 한 근을 {_end(rng)}",
        f"x에 대한 이차방정식 {_w(shown + ' = 0', st)}의 한 근이 x = {r1}이다. k의 값을 구하고, 다른 한 근을 {_end(rng)} (단, k는 상수)",
        f"x = {josa(str(r1), '이/가')} 이차방정식 {_w(shown + ' = 0', st)}의 해일 때, 상수 k의 값과 나머지 한 근을 각각 {_end(rng)}",
    ])
    ans = f"k = {kv}, 다른 한 근 x = {r2}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차방정식", "근", "인수분해"], also=["9수02-20"],
                   check=lambda: set(sp.solve(_P(shown.replace("k", f"({kv})")), x)) == {r1, r2})


@family("10기수1-02-01", "quadratic-word-problem")
def _e1_word(rng: random.Random) -> Problem:
    kind = rng.randrange(5)
    if kind == 0:
        n = rng.randint(4, 15)
        prod = n * (n + 1)
        text = rng.choice([f"연속하는 두 자연수의 곱이 {prod}일 때, 두 자연수를 {_end(rng)}",
                           f"연속하는 두 자연수가 있다. 두 수의 곱이 {josa(str(prod), '이/가')}라면 두 자연수는 무엇인지 {_end(rng)}"])
        text = text.replace(f"{josa(str(prod), '이/가')}라면", f"{prod}{'이라면' if _final_digit(prod) else '라면'}")
        ans, chk = f"{n}, {n + 1}", (lambda: sp.solve(x * (x + 1) - prod, x) == [-n - 1, n])
    elif kind == 1:
        w_ = rng.randint(3, 12)
        dlt = rng.randint(2, 6)
        area = w_ * (w_ + dlt)
        obj = rng.choice(["직사각형 모양의 꽃밭", "직사각형 모양의 주차 구역", "직사각형 모양의 게시판", "직사각형 모양의 수영장 덮개"])
        text = rng.choice([
            f"가로의 길이가 세로의 길이보다 {dlt} m 더 긴 {obj}의 넓이가 {area} m²이다. 세로의 길이를 {_end(rng)}",
            f"{josa(obj, '이/가')} 있다. 가로가 세로보다 {dlt} m 길고 넓이가 {area} m²일 때, 이 {obj.split(' 모양의 ')[1]}의 가로와 세로의 길이를 각각 {_end(rng)}",
        ])
        ans = f"{w_} m" if "세로의 길이를" in text and "각각" not in text else f"가로 {w_ + dlt} m, 세로 {w_} m"
        chk = lambda: max(sp.solve(x * (x + dlt) - area, x)) == w_  # noqa: E731
    elif kind == 2:
        v = rng.choice([20, 30, 40])
        hgt_t = rng.choice([tt for tt in range(1, v // 5) if tt != v // 10])
        hgt = v * hgt_t - 5 * hgt_t * hgt_t
        obj = rng.choice(["공", "물 로켓", "배드민턴 셔틀콕", "작은 모형 로켓"])
        t1, t2 = sorted([hgt_t, v // 5 - hgt_t])
        text = (f"지면에서 똑바로 위로 쏘아 올린 {obj}의 t초 후의 높이가 ({v}t − 5t²) m라고 한다. "
                f"{josa(obj, '이/가')} 높이 {hgt} m인 지점을 지나는 것은 쏘아 올린 지 몇 초 후인지 모두 {_end(rng)}")
        ans = f"{t1}초 후, {t2}초 후"
        chk = lambda: sorted(sp.solve(v * x - 5 * x**2 - hgt, x)) == [t1, t2]  # noqa: E731
    elif kind == 3:
        n = rng.randint(5, 12)
        tot = n * (n - 3) // 2
        text = rng.choice([f"n각형의 대각선의 개수는 n(n − 3)/2이다. 대각선의 개수가 {tot}인 다각형은 몇 각형인지 {_end(rng)}",
                           f"대각선의 개수가 {tot}개인 다각형을 구하시오. (단, n각형의 대각선의 개수는 n(n − 3)/2이다.)"])
        ans = f"{_POLYGON[n]}각형"
        chk = lambda: max(sp.solve(x * (x - 3) - 2 * tot, x)) == n  # noqa: E731
    else:
        side = rng.randint(6, 14)
        road = rng.randint(1, 3)
        rem = (side - road) ** 2
        text = (f"한 변의 길이가 x m인 정사각형 모양의 땅에 폭이 {road} m인 길을 가로와 세로로 하나씩 내었더니 "
                f"길을 제외한 땅의 넓이가 {rem} m²가 되었다. x의 값을 {_end(rng)}")
        ans = f"{side}"
        chk = lambda: max(sp.solve((x - road) ** 2 - rem, x)) == side  # noqa: E731
    d = 3 if kind in (2, 4) else 2
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level="C" if d == 3 else "D",
                   concepts=["이차방정식", "이차방정식의 활용"], also=["9수02-20"], check=chk)


@family("10기수1-02-01", "solutions-mcq")
def _e1_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = rng.sample([v for v in range(-7, 8) if v], 2)
    if r1 == -r2:
        r2 = r2 + 1 if r2 + 1 != 0 else r2 + 2
    e = sp.expand((x - r1) * (x - r2))

    def pair(u: int, v: int) -> str:
        u, v = sorted((u, v))
        return _w(f"x = {u} 또는 x = {v}", st) if st != "latex" else f"$x={u}$ 또는 $x={v}$"
    corr = pair(r1, r2)
    dis = [pair(-r1, -r2), pair(r1, -r2), pair(-r1, r2), pair(r1 + r2, r1 * r2) if r1 + r2 != r1 * r2 else pair(r1 + 1, r2),
           pair(r1 + 1, r2 - 1), pair(r1 - 1, r2 + 1)]
    ch = choices(rng, corr, dis)
    stem = rng.choice([f"이차방정식 {_eq(e, st)}의 해는?", f"다음 중 이차방정식 {_eq(e, st)}의 해로 옳은 것은?"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=["이차방정식", "해"], also=["9수02-20"], choice=ch,
                   check=lambda: set(sp.solve(e, x)) == {r1, r2})


@family("10기수1-02-01", "lost-root-explain")
def _e1_lost(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = nonzero(rng, -9, 9)
    m = rng.choice([1, 1, 2, 3])
    lhs = f"{'' if m == 1 else m}x^2"
    rhs = _mini(m * r * x)
    nm = name(rng)
    text = rng.choice([
        f"{josa(nm, '은/는')} 이차방정식 {_w(lhs + ' = ' + rhs, st)}의 양변을 {_w(('' if m == 1 else str(m)) + 'x', st)}로 나누어 x = {josa(str(r), '을/를')} 해로 구하였다. {nm}의 풀이에서 잘못된 점을 설명하고, 바르게 풀어 해를 모두 구하시오.",
        f"다음 풀이가 옳지 않은 이유를 설명하고 바르게 고치시오.\n[풀이] {_w(lhs + ' = ' + rhs, st)}의 양변을 x로 나누면 {_w(('' if m == 1 else str(m)) + 'x = ' + _mini(m * r), st)}, 따라서 x = {r}",
    ])
    ans = f"x = 0일 수도 있는데 x로 나누어 x = 0인 해를 잃었다. {_root_txt(m, -m * r, 0)}"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["이차방정식", "인수분해", "해"],
                   check=lambda: _parse_roots(_root_txt(m, -m * r, 0)) == {0, r})


@family("10기수1-02-01", "choose-method-task")
def _e1_choose(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = rng.sample([v for v in range(-6, 7) if v], 2)
    ef = sp.expand((x - r1) * (x - r2))
    p_ = nonzero(rng, -4, 4)
    qv = rng.choice([2, 3, 5, 7])
    es_txt = f"(x {'-' if p_ > 0 else '+'} {abs(p_)})^2 = {qv}"
    while True:
        A_, B_, C_ = 1, rng.choice([-5, -3, -1, 1, 3, 5]), nonzero(rng, -4, 4)
        D = B_ * B_ - 4 * A_ * C_
        if D > 0 and not sp.sqrt(D).is_integer:
            break
    eqs = [(_w(_mini(ef) + " = 0", st), "인수분해", _root_txt(1, int(ef.coeff(x, 1)), int(ef.coeff(x, 0)))),
           (_w(es_txt, st), "제곱근", _root_txt(1, -2 * p_, p_ * p_ - qv)),
           (_w(_mini(x**2 + B_ * x + C_) + " = 0", st), "근의 공식", _root_txt(A_, B_, C_))]
    rng.shuffle(eqs)
    labs = ["(가)", "(나)", "(다)"]
    body = "\n".join(f"{lab} {e_[0]}" for lab, e_ in zip(labs, eqs, strict=True))
    text = rng.choice([
        f"다음 세 이차방정식을 푸는 데 가장 알맞은 방법을 인수분해, 제곱근, 근의 공식 중에서 하나씩 고르고, 각 방정식을 {_end(rng, '풀')}\n{body}",
        f"모둠 활동: 세 이차방정식을 각자 다른 방법(인수분해 / 제곱근 / 근의 공식)으로 풀려고 한다. 각 방정식에 어울리는 방법을 정하고 해를 {_end(rng)}\n{body}",
    ])
    ans = "; ".join(f"{lab} {e_[1]}, {e_[2]}" for lab, e_ in zip(labs, eqs, strict=True))
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="B",
                   concepts=["이차방정식", "인수분해", "제곱근", "근의 공식"],
                   check=lambda: all(_parse_roots(e_[2]) for e_ in eqs) and _parse_roots(_root_txt(A_, B_, C_)) == _roots_of(A_, B_, C_))


# ================================================================================================
# 10기수1-02-02 판별식과 근의 존재 (실수 범위: D < 0이면 근이 없다)
# ================================================================================================
def _quad(rng: random.Random, kind: str) -> tuple[int, int, int]:
    """Small integer (a, b, c) with discriminant > 0 ("pos"), = 0 ("zero") or < 0 ("neg")."""
    if kind == "zero":
        r = nonzero(rng, -5, 5)
        m = rng.choice([1, 1, 1, 4, 9])
        if m > 1:  # (2x - r)^2 or (3x - r)^2
            s = int(m**0.5)
            return m, -2 * s * r, r * r
        return 1, -2 * r, r * r
    while True:
        A_ = rng.choice([1, 1, 1, 2, 3, -1])
        B_ = rng.randint(-7, 7)
        C_ = nonzero(rng, -8, 8)
        D = B_ * B_ - 4 * A_ * C_
        if (kind == "pos" and D > 0) or (kind == "neg" and D < 0):
            return A_, B_, C_


_KIND_TXT = {"pos": "서로 다른 두 실근을 갖는다", "zero": "중근을 갖는다", "neg": "실근을 갖지 않는다"}


def _disc(t: tuple[int, int, int]) -> int:
    return t[1] * t[1] - 4 * t[0] * t[2]


@family("10기수1-02-02", "classify-by-discriminant")
def _d2_classify(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["pos", "zero", "neg"])
    t = _quad(rng, kind)
    e = t[0] * x**2 + t[1] * x + t[2]
    D = _disc(t)
    variant = rng.randrange(4)
    if variant == 0:
        text = f"판별식을 이용하여 이차방정식 {_eq(e, st)}의 근을 판별하시오."
        ans = f"D = {D}, " + {"pos": "서로 다른 두 실근", "zero": "중근", "neg": "실근이 없다"}[kind]
    elif variant == 1:
        text = rng.choice([f"이차방정식 {_eq(e, st)}의 판별식 D의 값을 구하고, 이 방정식이 실근을 갖는지 {_end(rng, '쓰')}",
                           f"이차방정식 {_eq(e, st)}에서 {_w('b^2 - 4ac', st)}의 값을 계산하여 실근이 있는지 없는지 판단하세요."])
        ans = f"D = {D}, " + ("실근을 갖는다" if D >= 0 else "실근을 갖지 않는다")
    elif variant == 2:
        text = f"다음 이차방정식의 근을 판별하시오. (서로 다른 두 실근 / 중근 / 근이 없음)\n{_eq(e, st)}"
        ans = {"pos": "서로 다른 두 실근", "zero": "중근", "neg": "근이 없음"}[kind]
    else:
        text = f"이차방정식 {_eq(e, st)}의 근이 존재하는지 판별식을 이용하여 {_end(rng, '쓰')}"
        ans = f"D = {D}, " + ("근이 존재한다" if D >= 0 else "근이 존재하지 않는다")
    also = [GD] if variant in (0, 1) else []
    return Problem(text=text, answer=ans, format="computation", difficulty=1 if variant == 2 else 2,
                   achievement_level="E" if variant == 2 else "D",
                   concepts=["판별식", "실근", "중근"], also=also,
                   check=lambda: sp.discriminant(e, x) == D and ((D > 0) == (kind == "pos")) and ((D == 0) == (kind == "zero")))


@family("10기수1-02-02", "count-real-roots")
def _d2_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["pos", "zero", "neg"])
    t = _quad(rng, kind)
    e = t[0] * x**2 + t[1] * x + t[2]
    cnt = {"pos": 2, "zero": 1, "neg": 0}[kind]
    text = rng.choice([
        f"이차방정식 {_eq(e, st)}의 서로 다른 실근의 개수를 {_end(rng)}",
        f"{_eq(e, st)}의 서로 다른 실근은 몇 개인가?",
        f"판별식을 이용하여 이차방정식 {_eq(e, st)}의 서로 다른 실근의 개수를 {_end(rng)}",
    ])
    return Problem(text=text, answer=f"{cnt}개" if "몇 개" in text else str(cnt), format="computation", difficulty=2,
                   achievement_level="D", concepts=["판별식", "실근"], also=[GD],
                   check=lambda: len(set(r_ for r_ in sp.solve(e, x) if r_.is_real)) == cnt)


@family("10기수1-02-02", "double-root-find-k")
def _d2_double(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = nonzero(rng, -6, 6)
    kind = rng.randrange(2)
    if kind == 0:
        shown = f"x^2 {'-' if r > 0 else '+'} {abs(2 * r)}x + k"
        kv = r * r
        expr = x**2 - 2 * r * x + k
        ask_root = rng.random() < 0.5
        ans = f"k = {kv}" + (f", 중근 x = {r}" if ask_root else "")
    else:
        shown = f"x^2 + kx + {r * r}"
        expr = x**2 + k * x + r * r
        ask_root = False
        ans = f"k = {-2 * abs(r)} 또는 k = {2 * abs(r)}"
    tail = " 또, 그때의 중근을 구하시오." if ask_root else ""
    text = rng.choice([
        f"이차방정식 {_w(shown + ' = 0', st)}이 중근을 가질 때, 상수 k의 값을 {_end(rng)}{tail}",
        f"x에 대한 이차방정식 {_w(shown + ' = 0', st)}의 판별식을 D라 할 때, D = 0이 되도록 하는 상수 k의 값을 {'모두 ' if kind else ''}{_end(rng)}{tail}",
        f"이차방정식 {_w(shown + ' = 0', st)}이 오직 하나의 실근을 갖도록 하는 상수 k의 값을 {_end(rng)}{tail}",
    ])
    d = 2 if kind == 0 else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["판별식", "중근"], also=[GD],
                   check=lambda: sp.solve(sp.discriminant(expr, x), k) == ([r * r] if kind == 0 else sorted([-2 * abs(r), 2 * abs(r)])))


@family("10기수1-02-02", "k-range-for-real-roots")
def _d2_range(rng: random.Random) -> Problem:
    st = pick_style(rng)
    bb = rng.choice([2, 4, 6, -2, -4, -6])
    m = rng.randint(-3, 3)
    expr = x**2 + bb * x + k + m
    crit = bb * bb // 4 - m
    want = rng.choice(["real2", "none", "real"])
    shown = _mini(x**2 + bb * x) + " + k" + _sgn(m)
    ph = {"real2": "서로 다른 두 실근을 갖도록", "none": "실근을 갖지 않도록", "real": "실근을 갖도록"}[want]
    rel = {"real2": "<", "none": ">", "real": "<="}[want]
    text = rng.choice([
        f"이차방정식 {_w(shown + ' = 0', st)}이 {ph} 하는 실수 k의 값의 범위를 {_end(rng)}",
        f"x에 대한 이차방정식 {_w(shown + ' = 0', st)}이 {ph} 하는 k의 값의 범위를 판별식을 이용하여 구하세요. (단, k는 실수)",
    ])
    if want == "none" and rng.random() < 0.5:
        text = text.replace("실근을 갖지 않도록", "근을 갖지 않도록")
    ans = _w(f"k {rel} {crit}", "unicode")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["판별식", "실근"], also=[GD] if "실근" in text else [],
                   check=lambda: sp.solve(sp.discriminant(expr, x), k) == [crit])


@family("10기수1-02-02", "discriminant-steps-fill")
def _d2_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["pos", "zero", "neg"])
    t = _quad(rng, kind)
    e = t[0] * x**2 + t[1] * x + t[2]
    D = _disc(t)
    b2 = "b^2 - 4ac"
    text = (f"다음은 이차방정식 {_eq(e, st)}의 근을 판별하는 과정이다. ㉠~㉣에 알맞은 것을 {_end(rng, '쓰')}\n"
            f"a = ㉠, b = ㉡, c = ㉢이므로 D = {_w(b2, st)} = ㉣\n"
            f"따라서 이 이차방정식은 ㉤.")
    text = text.replace("㉠~㉣", "㉠~㉤")
    res = {"pos": "서로 다른 두 실근을 갖는다", "zero": "중근을 갖는다", "neg": "실근을 갖지 않는다(근이 없다)"}[kind]
    ans = f"㉠ {t[0]}, ㉡ {t[1]}, ㉢ {t[2]}, ㉣ {D}, ㉤ {res}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["판별식", "실근", "중근"],
                   check=lambda: sp.discriminant(e, x) == D)


@family("10기수1-02-02", "which-has-no-real-root-mcq")
def _d2_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    want = rng.choice(["neg", "zero", "pos"])
    others = {"neg": ["pos", "pos", "zero", "pos", "zero", "pos"], "zero": ["pos", "neg", "pos", "neg", "pos", "neg"],
              "pos": ["neg", "neg", "zero", "neg", "zero", "neg"]}[want]
    corr = _quad(rng, want)
    cs = _eq(corr[0] * x**2 + corr[1] * x + corr[2], st)
    dis = []
    for kd in others:
        for _ in range(30):
            t = _quad(rng, kd)
            s_ = _eq(t[0] * x**2 + t[1] * x + t[2], st)
            if s_ not in dis and s_ != cs:
                dis.append(s_)
                break
    ch = choices(rng, cs, dis)
    stem = {"neg": rng.choice(["다음 이차방정식 중 실근을 갖지 않는 것은?", "다음 중 근이 존재하지 않는 이차방정식은?"]),
            "zero": rng.choice(["다음 이차방정식 중 중근을 갖는 것은?", "다음 중 판별식의 값이 0인 이차방정식은?"]),
            "pos": "다음 이차방정식 중 서로 다른 두 실근을 갖는 것은?"}[want]
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["판별식", "실근"], also=[GD] if "실근" in stem or want == "zero" else [], choice=ch,
                   check=lambda: ((_disc(corr) > 0) == (want == "pos")) and ((_disc(corr) == 0) == (want == "zero")))


@family("10기수1-02-02", "explain-no-root")
def _d2_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p_ = nonzero(rng, -4, 4)
    q_ = rng.randint(1, 6)
    e = sp.expand((x - p_) ** 2 + q_)
    D = int(sp.discriminant(e, x))
    variant = rng.randrange(3)
    if variant == 0:
        text = (f"이차방정식 {_eq(e, st)}을 {_w('(x - p)^2 = q', st)}의 꼴로 변형하고, 이를 이용하여 이 방정식을 만족시키는 실수 x가 없는 이유를 {rng.choice(['설명하시오.', '설명해 보세요.'])}")
        ans = f"(x {'-' if p_ > 0 else '+'} {abs(p_)})² = {-q_}; 실수의 제곱은 0 이상이므로 음수 {josa(str(-q_), '이/가')} 될 수 없다. 따라서 실근이 없다."
    elif variant == 1:
        text = (f"근의 공식을 이용하여 이차방정식 {_eq(e, st)}을 풀려고 하면 어떤 문제가 생기는지 쓰고, 이 방정식의 근에 대하여 알 수 있는 것을 {rng.choice(['설명하시오.', '설명하세요.'])}")
        ans = f"b² − 4ac = {D} < 0이어서 근호 안이 음수가 되므로 실수 범위에서 근을 구할 수 없다. 즉, 근이 없다."
    else:
        nm = name(rng)
        text = (f"{nm}: “이차방정식은 항상 근을 2개 가져요.”\n이차방정식 {_eq(e, st)}을 예로 들어 {nm}의 말이 옳은지 판별식을 이용하여 설명하시오.")
        ans = f"옳지 않다. D = {D} < 0이므로 이 방정식은 실근을 갖지 않는다."
    text = text.replace("= 0$을", "= 0$을").replace(f"{_eq(e, st)}을", _j(_eq(e, st), "0", "을/를"))
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["판별식", "실근", "근의 공식"],
                   check=lambda: D < 0 and sp.discriminant(e, x) == D)


@family("10기수1-02-02", "discriminant-table")
def _d2_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kinds = rng.sample(["pos", "zero", "neg", "pos", "neg"], 3)
    rows = [(_quad(rng, kd), kd) for kd in kinds]
    hdr = "| 이차방정식 | a | b | c | D | 서로 다른 실근의 개수 |"
    body = []
    for t, _kd in rows:
        body.append(f"| {_eq(t[0] * x**2 + t[1] * x + t[2], st)} | {t[0]} | {t[1]} | {t[2]} | (  ) | (  ) |")
    text = rng.choice([
        f"다음 표의 빈칸에 판별식 D의 값과 서로 다른 실근의 개수를 써넣으시오.\n{hdr}\n" + "\n".join(body),
        f"세 이차방정식에 대하여 판별식 D의 값을 구하여 표를 완성하고, 실근이 없는 방정식을 찾으시오.\n{hdr}\n" + "\n".join(body),
    ])
    cnt = {"pos": 2, "zero": 1, "neg": 0}
    ans = "; ".join(f"D = {_disc(t)}, {cnt[kd]}개" for t, kd in rows)
    if "실근이 없는" in text:
        none = [str(i + 1) + "번째" for i, (_, kd) in enumerate(rows) if kd == "neg"]
        ans += "; 실근이 없는 방정식: " + (", ".join(none) if none else "없음")
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["판별식", "실근"], also=[GD],
                   check=lambda: all((_disc(t) > 0) == (kd == "pos") and (_disc(t) == 0) == (kd == "zero") for t, kd in rows))


@family("10기수1-02-02", "is-it-possible-word")
def _d2_possible(rng: random.Random) -> Problem:
    per = rng.choice([20, 24, 28, 32, 36, 40])
    half = per // 2
    maxA = half * half // 4
    possible = rng.random() < 0.5
    if possible:
        w_ = rng.randint(1, half // 2 - 1)
        area = w_ * (half - w_)
    else:
        area = maxA + rng.randint(1, 12)
    obj = rng.choice(["직사각형 모양의 텃밭", "직사각형 모양의 울타리", "직사각형 모양의 액자 틀", "직사각형 모양의 화단"])
    unit = "cm" if "액자" in obj else "m"
    text = rng.choice([
        f"길이가 {per} {unit}인 끈을 모두 사용하여 넓이가 {area} {unit}²인 {josa(obj, '을/를')} 만들 수 있는지 알아보려고 한다. 가로의 길이를 x {unit}로 놓고 이차방정식을 세운 다음, 판별식을 이용하여 만들 수 있는지 판단하시오.",
        f"둘레의 길이가 {per} {unit}이고 넓이가 {area} {unit}²인 {obj}은 존재하는가? 가로의 길이를 x {unit}라 하여 이차방정식을 세우고 판별식으로 판단하세요.",
    ])
    text = text.replace(f"{obj}은", josa(obj, "은/는"))
    e = x**2 - half * x + area
    D = int(sp.discriminant(e, x))
    ans = f"x² − {half}x + {area} = 0, D = {D} " + (">= 0이므로 만들 수 있다." if possible else "< 0이므로 만들 수 없다.")
    ans = ans.replace(">=", "≥")
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["판별식", "이차방정식", "실근"],
                   check=lambda: (D >= 0) == possible and (D >= 0) == bool([r_ for r_ in sp.solve(e, x) if r_.is_real and 0 < r_ < half]))


# ================================================================================================
# 10기수1-02-03 이차함수의 뜻과 그래프의 성질
# ================================================================================================
def _vf(a_: int, p: int, q: int, lhs: str = "y") -> str:
    """Vertex form in mini notation: ``y = 2(x - 1)^2 + 3``."""
    lead = "" if a_ == 1 else ("-" if a_ == -1 else str(a_))
    sq = "x^2" if p == 0 else f"(x {'-' if p > 0 else '+'} {abs(p)})^2"
    return f"{lhs} = {lead}{sq}{_sgn(q)}"


def _fx(st: str) -> str:
    return _w("f(x)", st)


@family("10기수1-02-03", "function-value-fx")
def _h3_value(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A_, B_, C_ = rng.choice([1, 1, 2, -1, 3]), rng.randint(-5, 5), rng.randint(-6, 6)
    f = A_ * x**2 + B_ * x + C_
    kind = rng.randrange(3)
    if kind == 0:
        u, v = rng.sample(range(-3, 4), 2)
        op_ = rng.choice(["+", "-"])
        val = f.subs(x, u) + f.subs(x, v) if op_ == "+" else f.subs(x, u) - f.subs(x, v)
        q = f"f({u}) {op_} f({v})"
        text = rng.choice([
            f"이차함수 {_w('f(x) = ' + _mini(f), st)}에 대하여 {_w(q, st)}의 값을 {_end(rng)}",
            f"함수 {_w('f(x) = ' + _mini(f), st)}일 때, {_w(q, st)}의 값은?",
        ])
        ans, d = str(val), 1
        chk = lambda: sp.Lambda(x, f)(u) + (1 if op_ == "+" else -1) * sp.Lambda(x, f)(v) == val  # noqa: E731
    elif kind == 1:
        r1, r2 = rng.sample(range(-5, 6), 2)
        tv = rng.randint(-5, 8)
        f = sp.expand((x - r1) * (x - r2) + tv)
        text = rng.choice([
            f"이차함수 {_w('f(x) = ' + _mini(f), st)}에 대하여 {_w(f'f(a) = {tv}', st)}를 만족시키는 a의 값을 모두 {_end(rng)}",
            f"함수 {_w('f(x) = ' + _mini(f), st)}에서 함숫값이 {josa(str(tv), '이/가')} 되는 x의 값을 모두 {_end(rng)}",
        ])
        text = text.replace(f"{_w(f'f(a) = {tv}', st)}를", _jw(f"f(a) = {tv}", st, "을/를"))
        lo, hi = sorted((r1, r2))
        ans, d = f"{lo}, {hi}", 2
        chk = lambda: sorted(sp.solve(f - tv, x)) == [lo, hi]  # noqa: E731
    else:
        p0 = nonzero(rng, -3, 3)
        val0 = rng.randint(-6, 9)
        # f(x) = x^2 + kx + C_, f(p0) = val0 -> k = (val0 - p0^2 - C_)/p0; choose so that integer
        kv = rng.randint(-5, 5)
        val0 = p0 * p0 + kv * p0 + C_
        text = rng.choice([
            f"이차함수 {_w(f'f(x) = x^2 + kx {_sgn(C_).strip()}'.rstrip(), st)}에서 {_w(f'f({p0}) = {val0}', st)}일 때, 상수 k의 값을 {_end(rng)}",
            f"함수 {_w(f'y = x^2 + kx {_sgn(C_).strip()}'.rstrip(), st)}의 그래프가 점 ({p0}, {val0})을 지날 때, 상수 k의 값을 {_end(rng)}",
        ])
        text = text.replace(f"({p0}, {val0})을", f"({p0}, {josa(str(val0), '을/를')}")
        ans, d = str(kv), 2
        chk = lambda: sp.solve(p0**2 + k * p0 + C_ - val0, k) == [kv]  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이차함수", "함숫값"], also=["9수02-21"], check=chk)


@family("10기수1-02-03", "choose-quadratic-functions")
def _h3_which(rng: random.Random) -> Problem:
    st = pick_style(rng)
    yes_pool = ["y = 3x^2", "y = -x^2 + 2x", "y = x(x - 4)", "y = (x + 1)^2 - x", "y = 2x^2 - 5", "y = 1 - x^2", "y = (x - 2)(x + 3)"]
    no_pool = ["y = 2x + 1", "y = x^2 - (x - 1)^2", "y = x^3 + x", "y = (x + 1)^2 - x^2", "y = 5", "y = x(x + 1) - x^2", "y = 2/x"]
    n_yes = rng.randint(1, 3)
    items = rng.sample(yes_pool, n_yes) + rng.sample(no_pool, 4 - n_yes)
    rng.shuffle(items)
    labs = ["ㄱ", "ㄴ", "ㄷ", "ㄹ"]
    body = "\n".join(f"{lab}. {_w(it, st)}" for lab, it in zip(labs, items, strict=True))
    text = rng.choice([
        f"<보기>에서 y가 x에 대한 이차함수인 것을 모두 고르시오.\n<보기>\n{body}",
        f"다음 중 이차함수인 것을 모두 찾아 기호를 쓰세요.\n{body}",
    ])
    picked = [lab for lab, it in zip(labs, items, strict=True) if it in yes_pool]
    ans = ", ".join(picked)

    def chk() -> bool:
        out = []
        for lab, it in zip(labs, items, strict=True):
            e_ = sp.expand(_P(it.split("=")[1].replace("2/x", "2*x**(-1)")))
            if e_.is_polynomial(x) and sp.degree(e_, x) == 2:
                out.append(lab)
        return out == picked
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["이차함수"], also=["9수02-21"], check=chk)


@family("10기수1-02-03", "vertex-axis-direction-table")
def _h3_vertex(rng: random.Random) -> Problem:
    st = pick_style(rng)
    rows = []
    for _ in range(rng.choice([2, 3])):
        a_ = rng.choice([1, 2, 3, -1, -2, -3])
        p, q = rng.randint(-4, 4), rng.randint(-5, 5)
        rows.append((a_, p, q))
    if len(rows) == 2 or rng.random() < 0.5:
        a_, p, q = rows[0]
        text = rng.choice([
            f"이차함수 {_w(_vf(a_, p, q), st)}의 그래프의 꼭짓점의 좌표, 축의 방정식, 그래프가 볼록한 방향을 각각 {_end(rng)}",
            f"{_w(_vf(a_, p, q), st)}의 그래프에 대하여 다음을 구하시오.\n(1) 꼭짓점의 좌표 (2) 축의 방정식 (3) 위로 볼록인지 아래로 볼록인지",
        ])
        ans = f"꼭짓점 ({p}, {q}), 축 x = {p}, {'아래로' if a_ > 0 else '위로'} 볼록"
        fmt, d = "computation", 2
        rows = rows[:1]
    else:
        hdr = "| 이차함수 | 꼭짓점 | 축의 방정식 | 볼록한 방향 |"
        body = "\n".join(f"| {_w(_vf(a_, p, q), st)} | (  ) | (  ) | (  ) |" for a_, p, q in rows)
        text = f"다음 표의 빈칸을 알맞게 채우시오.\n{hdr}\n{body}"
        ans = "; ".join(f"({p}, {q}), x = {p}, {'아래로' if a_ > 0 else '위로'} 볼록" for a_, p, q in rows)
        fmt, d = "data", 2

    def chk() -> bool:
        for a_, p, q in rows:
            e_ = _P(_vf(a_, p, q).split("=")[1])
            if sp.solve(sp.diff(e_, x), x) != [p] or e_.subs(x, p) != q:
                return False
        return True
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="D",
                   concepts=["이차함수의 그래프", "꼭짓점", "축"], also=["9수02-22"], check=chk)


@family("10기수1-02-03", "complete-square-fill")
def _h3_complete(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([1, 1, 1, -1, 2])
    p, q = nonzero(rng, -4, 4), rng.randint(-6, 6)
    e = sp.expand(a_ * (x - p) ** 2 + q)
    lead = "" if a_ == 1 else ("-" if a_ == -1 else str(a_))
    form = f"y = {lead}(x {'-' if p > 0 else '+'} ㉠)^2 + (  ㉡  )"
    text = rng.choice([
        f"이차함수 {_w('y = ' + _mini(e), st)}를 {_w(form, st)}의 꼴로 고쳤다. ㉠, ㉡에 알맞은 수를 쓰고, 그래프의 꼭짓점의 좌표를 {_end(rng)}",
        f"다음은 {_w('y = ' + _mini(e), st)}를 완전제곱식을 이용하여 변형한 것이다. ㉠, ㉡에 알맞은 수와 꼭짓점의 좌표를 {_end(rng, '쓰')}\n{_w('y = ' + _mini(e), st)} → {_w(form, st)}",
    ])
    text = text.replace(f"{_w('y = ' + _mini(e), st)}를", _j(_w('y = ' + _mini(e), st), _mini(e), "을/를"))
    ans = f"㉠ {abs(p)}, ㉡ {q}, 꼭짓점 ({p}, {q})"
    d = 2 if a_ == 1 else 3
    return Problem(text=text, answer=ans, format="fill", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이차함수의 그래프", "완전제곱식", "꼭짓점"], also=["9수02-22"],
                   check=lambda: sp.expand(a_ * (x - p) ** 2 + q - e) == 0)


@family("10기수1-02-03", "graph-property-mcq")
def _h3_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([1, 2, -1, -2])
    p, q = nonzero(rng, -3, 3), nonzero(rng, -5, 5)
    e = sp.expand(a_ * (x - p) ** 2 + q)
    yint = int(e.subs(x, 0))
    up = a_ > 0
    true_s = [
        f"꼭짓점의 좌표는 ({p}, {q})이다.",
        f"축의 방정식은 x = {p}이다.",
        f"{'아래로' if up else '위로'} 볼록한 포물선이다.",
        f"y축과 만나는 점의 좌표는 (0, {yint})이다.",
        f"x > {p}일 때, x의 값이 증가하면 y의 값은 {'증가' if up else '감소'}한다.",
        f"{_w(f'y = {a_}x^2'.replace('y = 1x', 'y = x').replace('y = -1x', 'y = -x'), st)}의 그래프를 평행이동한 것이다.",
    ]
    false_s = [
        f"꼭짓점의 좌표는 ({-p}, {q})이다.",
        f"축의 방정식은 x = {-p}이다.",
        f"{'위로' if up else '아래로'} 볼록한 포물선이다.",
        f"y축과 만나는 점의 좌표는 (0, {q})이다." if q != yint else f"y축과 만나는 점의 좌표는 (0, {yint + 1})이다.",
        f"x > {p}일 때, x의 값이 증가하면 y의 값은 {'감소' if up else '증가'}한다.",
    ]
    corr = rng.choice(false_s)
    ch = choices(rng, corr, rng.sample(true_s, 4))
    stem = rng.choice([f"이차함수 {_w('y = ' + _mini(e), st)}의 그래프에 대한 설명으로 옳지 않은 것은?",
                       f"다음 중 이차함수 {_w(_vf(a_, p, q), st)}의 그래프에 대한 설명으로 옳지 않은 것은?"])
    d = 3 if "(x" not in stem else 2
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이차함수의 그래프", "꼭짓점", "축", "포물선"], also=["9수02-22"], choice=ch,
                   check=lambda: sp.solve(sp.diff(e, x), x) == [p] and e.subs(x, p) == q and corr not in true_s)


@family("10기수1-02-03", "translate-graph")
def _h3_translate(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([1, 2, 3, -1, -2])
    m, n = nonzero(rng, -4, 4), nonzero(rng, -5, 5)
    base_ = _vf(a_, 0, 0)
    kind = rng.randrange(2)
    if kind == 0:
        text = rng.choice([
            f"이차함수 {_w(base_, st)}의 그래프를 x축의 방향으로 {m}만큼, y축의 방향으로 {n}만큼 평행이동한 그래프의 식을 {_end(rng)}",
            f"{_w(base_, st)}의 그래프를 x축의 방향으로 {m}만큼, y축의 방향으로 {n}만큼 평행이동하였다. 이동한 그래프의 꼭짓점의 좌표와 식을 {_end(rng, '쓰')}",
        ])
        ans = _vf(a_, m, n) + (f", 꼭짓점 ({m}, {n})" if "꼭짓점" in text else "")
        d = 2
    else:
        text = rng.choice([
            f"이차함수 {_w(_vf(a_, m, n), st)}의 그래프는 {_w(base_, st)}의 그래프를 x축의 방향으로 p만큼, y축의 방향으로 q만큼 평행이동한 것이다. p + q의 값을 {_end(rng)}",
            f"{_w(_vf(a_, m, n), st)}의 그래프는 {_w(base_, st)}의 그래프를 어떻게 평행이동한 것인지 {_end(rng, '쓰')}",
        ])
        ans = str(m + n) if "p + q" in text else f"x축의 방향으로 {m}만큼, y축의 방향으로 {n}만큼"
        d = 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="D",
                   concepts=["이차함수의 그래프", "평행이동"], also=["9수02-22"],
                   check=lambda: sp.expand(_P(_vf(a_, m, n).split("=")[1]) - (a_ * (x - m) ** 2 + n)) == 0)


@family("10기수1-02-03", "symmetric-values-table")
def _h3_table(rng: random.Random) -> Problem:
    a_ = rng.choice([1, -1, 2])
    p, q = rng.randint(-2, 2), rng.randint(-4, 4)

    def f(t: int) -> int:
        return a_ * (t - p) ** 2 + q
    xs = list(range(p - 2, p + 3))
    row_x = " | ".join(str(v) for v in xs)
    row_y = " | ".join(str(f(v)) for v in xs)
    text = rng.choice([
        f"다음은 이차함수 y = f(x)에서 x의 값에 따른 y의 값을 나타낸 표이다. 이 그래프의 축의 방정식과 꼭짓점의 좌표를 구하시오.\n| x | {row_x} |\n| y | {row_y} |",
        f"이차함수의 x, y의 값을 조사하였더니 다음과 같았다. 표에서 y의 값이 대칭적으로 나타나는 것을 이용하여 그래프의 축의 방정식과 꼭짓점을 찾고, 그래프가 위로 볼록인지 아래로 볼록인지 쓰세요.\n| x | {row_x} |\n| y | {row_y} |",
    ])
    ans = f"축 x = {p}, 꼭짓점 ({p}, {q})" + (f", {'아래로' if a_ > 0 else '위로'} 볼록" if "볼록" in text else "")
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["이차함수의 그래프", "축", "꼭짓점"],
                   check=lambda: f(p - 1) == f(p + 1) and f(p - 2) == f(p + 2) and f(p) == q)


@family("10기수1-02-03", "situation-to-function")
def _h3_situation(rng: random.Random) -> Problem:
    kind = rng.randrange(7)
    if kind >= 4:
        kind2 = kind - 4
        if kind2 == 0:
            g = rng.choice([5, 5, 4.9])
            text = (f"높은 곳에서 물체를 가만히 떨어뜨렸을 때 x초 동안 떨어진 거리 y m는 떨어진 시간의 제곱에 비례하고, 1초 동안 {g} m 떨어진다고 한다. "
                    f"y를 x에 대한 식으로 나타내고 y가 x에 대한 이차함수인지 {_end(rng, '쓰')}")
            e = sp.nsimplify(g) * x**2
            ans = f"y = {g}x², 이차함수이다"
        elif kind2 == 1:
            sp_ = rng.randint(1, 6)
            text = rng.choice([
                f"가로의 길이가 x cm이고 세로의 길이가 가로의 길이보다 {sp_} cm 긴 직사각형의 넓이를 y cm²라 하자. y를 x에 대한 식으로 나타내고 이차함수인지 판단하시오.",
                f"세로가 가로보다 {sp_} cm 더 긴 직사각형에서 가로를 x cm, 넓이를 y cm²라 할 때, y를 x의 식으로 나타내고 y가 x의 이차함수인지 말하세요.",
            ])
            e = x * (x + sp_)
            ans = f"y = {_mini(e)}, 이차함수이다"
        else:
            shape = rng.choice([("정사각형", 4, "둘레의 길이", "cm", "한 변"), ("정삼각형", 3, "둘레의 길이", "cm", "한 변"),
                                ("정육면체", 12, "모든 모서리의 길이의 합", "cm", "한 모서리")])
            text = (f"{shape[4]}의 길이가 x {shape[3]}인 {shape[0]}의 {josa(shape[2], '을/를')} y {shape[3]}라 할 때, y를 x에 대한 식으로 나타내고 "
                    f"y가 x에 대한 이차함수인지 {_end(rng, '쓰')}")
            e = shape[1] * x
            ans = f"y = {shape[1]}x, 이차함수가 아니다(일차함수)"
    elif kind == 0:
        L = rng.choice([20, 24, 30, 40])
        text = rng.choice([
            f"둘레의 길이가 {L} cm인 직사각형의 가로의 길이를 x cm, 넓이를 y cm²라 할 때, y를 x에 대한 식으로 나타내고, y가 x에 대한 이차함수인지 말하시오.",
            f"길이가 {L} cm인 철사를 구부려 직사각형을 만들었다. 가로가 x cm일 때 넓이를 y cm²라 하자. y를 x의 식으로 나타내고 이차함수인지 판단하세요.",
        ])
        e = x * (L // 2 - x)
        ans = f"y = {_mini(e)} (또는 y = x({L // 2} - x)), 이차함수이다"
    elif kind == 1:
        sp_ = rng.choice([2, 3, 4])
        text = (f"한 변의 길이가 x cm인 정사각형의 각 변의 길이를 {sp_} cm씩 늘인 정사각형의 넓이를 y cm²라 할 때, "
                f"y를 x에 대한 식으로 나타내고 이차함수인지 {_end(rng, '쓰')}")
        e = (x + sp_) ** 2
        ans = f"y = {_mini(e)}, 이차함수이다"
    elif kind == 2:
        sp_ = rng.choice([3, 4, 5, 6])
        text = (f"밑면의 반지름의 길이가 x cm이고 높이가 {sp_} cm인 원기둥의 부피를 y cm³라 할 때, y를 x에 대한 식으로 나타내고 "
                f"y가 x에 대한 이차함수인지 {_end(rng, '쓰')}")
        e = sp_ * sp.pi * x**2
        ans = f"y = {sp_}πx², 이차함수이다"
    else:
        v = rng.choice([40, 50, 60, 80])
        text = (f"시속 {v} km로 달리는 자동차가 x시간 동안 이동한 거리를 y km라 할 때, y를 x에 대한 식으로 나타내고 "
                f"y가 x에 대한 이차함수인지 {_end(rng, '쓰')}")
        e = v * x
        ans = f"y = {v}x, 이차함수가 아니다(일차함수)"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["이차함수", "함수"], also=["9수02-21"],
                   check=lambda: (sp.degree(sp.expand(e), x) == 2) == ("아니다" not in ans))


@family("10기수1-02-03", "increase-decrease-range")
def _h3_incdec(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([1, 2, -1, -3])
    p, q = nonzero(rng, -4, 4), rng.randint(-5, 5)
    e = sp.expand(a_ * (x - p) ** 2 + q)
    want = rng.choice(["증가", "감소"])
    shown = _w("y = " + _mini(e), st) if rng.random() < 0.5 else _w(_vf(a_, p, q), st)
    text = rng.choice([
        f"이차함수 {shown}의 그래프에서 x의 값이 증가할 때 y의 값도 {want}하는 x의 값의 범위를 {_end(rng)}",
        f"{shown}의 그래프에서 x의 값이 커질수록 y의 값이 {'커지는' if want == '증가' else '작아지는'} x의 값의 범위를 {_end(rng)}",
    ])
    text = text.replace("y의 값도 감소하는", "y의 값은 감소하는")
    right_side = (a_ > 0) == (want == "증가")
    ans = _w(f"x {'>' if right_side else '<'} {p}", "unicode")
    d = 3 if "(x" not in shown else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이차함수의 그래프", "축"], also=["9수02-22"],
                   check=lambda: (sp.diff(e, x).subs(x, p + 1) > 0) == ((want == "증가") == right_side))


# ================================================================================================
# 10기수1-02-04 이차방정식과 이차함수의 관계
# ================================================================================================
def _yeq(e: sp.Expr, st: str) -> str:
    return _w("y = " + _mini(e), st)


@family("10기수1-02-04", "x-axis-meeting-points")
def _r4_points(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample(range(-6, 7), 2))
    m = rng.choice([1, 1, 1, -1, 2])
    e = sp.expand(m * (x - r1) * (x - r2))
    text = rng.choice([
        f"이차함수 {_yeq(e, st)}의 그래프가 x축과 만나는 두 점의 좌표를 {_end(rng)}",
        f"이차방정식 {_eq(e, st)}의 해를 이용하여 {_yeq(e, st)}의 그래프와 x축의 교점의 좌표를 {_end(rng)}",
        f"{_yeq(e, st)}의 그래프가 x축과 만나는 점의 x좌표를 모두 {_end(rng)}",
    ])
    ans = f"{r1}, {r2}" if "x좌표를" in text else f"({r1}, 0), ({r2}, 0)"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["이차함수의 그래프", "이차방정식", "x축과의 교점"], also=[GQ],
                   check=lambda: sorted(sp.solve(e, x)) == [r1, r2])


@family("10기수1-02-04", "graph-to-equation-fill")
def _r4_graph_to_eq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample(range(-5, 6), 2))
    m = rng.choice([1, -1, 2])
    e = sp.expand(m * (x - r1) * (x - r2))
    b_, c_ = int(e.coeff(x, 1)), int(e.coeff(x, 0))
    lead = "" if m == 1 else ("-" if m == -1 else str(m))
    text = rng.choice([
        f"이차함수 {_w(f'y = {lead}x^2 + ax + b', st)}의 그래프가 x축과 두 점 ({r1}, 0), ({r2}, 0)에서 만난다.\n(1) 이차방정식 {_w(f'{lead}x^2 + ax + b = 0', st)}의 해를 구하시오.\n(2) 상수 a, b의 값을 구하시오.",
        f"그래프가 x축과 x = {r1}, x = {r2}인 점에서 만나는 이차함수 {_w(f'y = {lead}x^2 + ax + b', st)}가 있다. 이차방정식 {_w(f'{lead}x^2 + ax + b = 0', st)}의 두 근과 상수 a, b의 값을 각각 {_end(rng)}",
    ])
    ans = f"x = {r1} 또는 x = {r2}; a = {b_}, b = {c_}"
    return Problem(text=text, answer=ans, format="fill" if "(1)" in text else "computation", difficulty=3, achievement_level="C",
                   concepts=["이차함수의 그래프", "이차방정식", "x축과의 교점"], also=[GQ],
                   check=lambda: sorted(sp.solve(m * x**2 + b_ * x + c_, x)) == [r1, r2])


@family("10기수1-02-04", "count-meetings-with-x-axis")
def _r4_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["pos", "zero", "neg"])
    t = _quad(rng, kind)
    e = t[0] * x**2 + t[1] * x + t[2]
    cnt = {"pos": 2, "zero": 1, "neg": 0}[kind]
    variant = rng.randrange(3)
    if variant == 0:
        text = f"이차함수 {_yeq(e, st)}의 그래프와 x축의 교점의 개수를 {_end(rng)}"
        ans = str(cnt)
    elif variant == 1:
        text = f"{_yeq(e, st)}의 그래프는 x축과 몇 개의 점에서 만나는지 판별식을 이용하여 {_end(rng)}"
        ans = f"D = {_disc(t)}, {cnt}개"
    else:
        text = (f"이차함수 {_yeq(e, st)}의 그래프와 x축의 위치 관계를 다음 중에서 고르시오.\n"
                f"(서로 다른 두 점에서 만난다 / 한 점에서 만난다(접한다) / 만나지 않는다)")
        ans = {2: "서로 다른 두 점에서 만난다", 1: "한 점에서 만난다(접한다)", 0: "만나지 않는다"}[cnt]
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["판별식", "이차함수의 그래프", "x축과의 위치 관계"], also=[GQ],
                   check=lambda: (2 if sp.discriminant(e, x) > 0 else (1 if sp.discriminant(e, x) == 0 else 0)) == cnt)


@family("10기수1-02-04", "touch-x-axis-find-k")
def _r4_touch(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = nonzero(rng, -5, 5)
    kind = rng.randrange(2)
    if kind == 0:
        shown = f"y = x^2 {'-' if r > 0 else '+'} {abs(2 * r)}x + k"
        kv, expr = r * r, x**2 - 2 * r * x + k
        text = rng.choice([
            f"이차함수 {_w(shown, st)}의 그래프가 x축에 접할 때, 상수 k의 값과 접점의 좌표를 {_end(rng)}",
            f"{_w(shown, st)}의 그래프가 x축과 한 점에서 만나도록 하는 상수 k의 값을 {_end(rng)}",
        ])
        ans = f"k = {kv}" + (f", 접점 ({r}, 0)" if "접점" in text else "")
        d = 2
    else:
        m = rng.randint(-3, 3)
        bb = 2 * r
        shown = f"y = x^2 {'+' if bb > 0 else '-'} {abs(bb)}x + k{_sgn(m)}"
        kv, expr = r * r - m, x**2 + bb * x + k + m
        want = rng.choice(["two", "none"])
        ph = {"two": "x축과 서로 다른 두 점에서 만나도록", "none": "x축과 만나지 않도록"}[want]
        text = f"이차함수 {_w(shown, st)}의 그래프가 {ph} 하는 실수 k의 값의 범위를 {_end(rng)}"
        ans = _w(f"k {'<' if want == 'two' else '>'} {kv}", "unicode")
        d = 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["판별식", "x축과의 위치 관계", "접한다"], also=[GQ],
                   check=lambda: sp.solve(sp.discriminant(expr, x), k) == [kv])


@family("10기수1-02-04", "relation-summary-fill")
def _r4_summary(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kinds = ["pos", "zero", "neg"]
    rng.shuffle(kinds)
    hide_col = rng.choice(["근", "위치"])
    rows = []
    labs = iter(["㉠", "㉡", "㉢"])
    answers = []
    for kd in kinds:
        sign = {"pos": "D > 0", "zero": "D = 0", "neg": "D < 0"}[kd]
        root = {"pos": "서로 다른 두 실근", "zero": "중근", "neg": "실근이 없다"}[kd]
        pos_ = {"pos": "서로 다른 두 점에서 만난다", "zero": "한 점에서 만난다(접한다)", "neg": "만나지 않는다"}[kd]
        lab = next(labs)
        if hide_col == "근":
            rows.append(f"| {_w(sign, st)} | {lab} | {pos_} |")
            answers.append(f"{lab} {root}")
        else:
            rows.append(f"| {_w(sign, st)} | {root} | {lab} |")
            answers.append(f"{lab} {pos_}")
    head = f"| 판별식 D의 부호 | 이차방정식 {_w('ax^2 + bx + c = 0', st)}의 근 | {_w('y = ax^2 + bx + c', st)}의 그래프와 x축의 위치 관계 |"
    text = rng.choice([
        f"다음 표는 이차방정식의 판별식과 이차함수의 그래프 사이의 관계를 정리한 것이다. ㉠, ㉡, ㉢에 알맞은 말을 {_end(rng, '쓰')}\n{head}\n" + "\n".join(rows),
        f"표의 빈칸 ㉠, ㉡, ㉢을 알맞게 채우시오. (단, a > 0)\n{head}\n" + "\n".join(rows),
    ])
    return Problem(text=text, answer=", ".join(answers), format="fill", difficulty=1, achievement_level="E",
                   concepts=["판별식", "이차함수의 그래프", "x축과의 위치 관계", "실근"], also=[GQ],
                   check=lambda: len(answers) == 3)


@family("10기수1-02-04", "meets-x-axis-mcq")
def _r4_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    want = rng.choice(["pos", "zero", "neg"])
    others = {"pos": ["neg", "zero", "neg", "neg", "zero"], "zero": ["pos", "neg", "pos", "neg", "pos"],
              "neg": ["pos", "zero", "pos", "pos", "zero"]}[want]
    corr = _quad(rng, want)
    cs = _yeq(corr[0] * x**2 + corr[1] * x + corr[2], st)
    dis = []
    for kd in others:
        for _ in range(30):
            t = _quad(rng, kd)
            s_ = _yeq(t[0] * x**2 + t[1] * x + t[2], st)
            if s_ not in dis and s_ != cs:
                dis.append(s_)
                break
    ch = choices(rng, cs, dis)
    stem = {"pos": "다음 이차함수 중 그래프가 x축과 서로 다른 두 점에서 만나는 것은?",
            "zero": "다음 이차함수 중 그래프가 x축에 접하는 것은?",
            "neg": rng.choice(["다음 이차함수 중 그래프가 x축과 만나지 않는 것은?", "다음 중 그래프가 x축보다 항상 위쪽 또는 항상 아래쪽에 있는 이차함수는?"])}[want]
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["판별식", "x축과의 위치 관계"], also=[GQ], choice=ch,
                   check=lambda: ((_disc(corr) > 0) == (want == "pos")) and ((_disc(corr) == 0) == (want == "zero")))


@family("10기수1-02-04", "explore-constant-task")
def _r4_task(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = nonzero(rng, -3, 3)
    e0 = sp.expand((x - p) ** 2)
    crit0 = p * p
    cs = sorted([crit0, *rng.sample([v for v in range(crit0 - 3, crit0 + 4) if v != crit0], 3)])
    rows = " | ".join(str(c_) for c_ in cs)
    lin = _mini(e0 - p * p) + " + c"
    text = rng.choice([
        f"공학 도구로 이차함수 {_w('y = ' + lin, st)}의 그래프를 그리고, 상수 c의 값을 바꾸어 가며 그래프와 x축의 교점의 개수를 세어 다음 표를 완성하려고 한다. 표를 완성하고, 교점의 개수가 바뀌는 c의 값을 찾으시오.\n| c | {rows} |\n| 교점의 개수 | " + " | ".join("(  )" for _ in cs) + " |",
        f"모둠 탐구: {_w('y = ' + lin, st)}에서 c를 {josa(', '.join(map(str, cs)), '으로/로')} 바꾸며 그래프와 x축의 교점의 개수를 조사하고, 이를 이차방정식 {_w(lin + ' = 0', st)}의 판별식과 연결하여 정리하시오.",
    ])
    crit = p * p
    cnt = [2 if c_ < crit else (1 if c_ == crit else 0) for c_ in cs]
    ans = "교점의 개수: " + ", ".join(f"c = {c_}: {n_}개" for c_, n_ in zip(cs, cnt, strict=True)) + f"; c < {crit}이면 2개, c = {crit}이면 1개, c > {crit}이면 0개"
    ee = sp.expand(e0 - p * p)
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="B",
                   concepts=["판별식", "이차함수의 그래프", "x축과의 위치 관계"],
                   check=lambda: all((sp.discriminant(ee + c_, x) > 0) == (n_ == 2) for c_, n_ in zip(cs, cnt, strict=True)))


@family("10기수1-02-04", "landing-time-word")
def _r4_landing(rng: random.Random) -> Problem:
    T = rng.randint(2, 6)
    obj = rng.choice(["공", "물 로켓", "축구공", "모형 로켓", "야구공"])
    kind = rng.randrange(2)
    if kind == 0:
        v = 5 * T
        e = -5 * x**2 + v * x
        text = rng.choice([
            f"지면에서 쏘아 올린 {obj}의 t초 후의 높이를 h m라 하면 h = −5t² + {v}t이다. 이 이차함수의 그래프와 t축의 교점을 생각하여 {josa(obj, '이/가')} 다시 지면에 떨어지는 것은 몇 초 후인지 {_end(rng)}",
            f"{josa(obj, '을/를')} 지면에서 위로 쏘아 올렸더니 t초 후의 높이가 (−5t² + {v}t) m였다. 이차방정식 −5t² + {v}t = 0을 풀어 {josa(obj, '이/가')} 지면에 닿는 시각을 {_end(rng)}",
        ])
        d = 2
    else:
        # h = -5(t + 1)(t - T) = -5t^2 + 5(T - 1)t + 5T : thrown from a roof of height 5T m
        e = sp.expand(-5 * (x + 1) * (x - T))
        v2 = int(e.coeff(x, 1))
        text = rng.choice([
            f"높이가 {5 * T} m인 건물 옥상에서 위로 던진 {obj}의 t초 후 지면으로부터의 높이가 h = −5t² + {v2}t + {5 * T} (m)이다. 이 이차함수의 그래프가 t축과 만나는 점을 이용하여 {josa(obj, '이/가')} 지면에 떨어지는 것은 몇 초 후인지 {_end(rng)}",
            f"지면으로부터 {5 * T} m 높이에서 던진 {obj}의 t초 후의 높이는 (−5t² + {v2}t + {5 * T}) m이다. {josa(obj, '이/가')} 지면에 닿는 시각을 이차방정식을 세워 {_end(rng)} (단, t ≥ 0)",
        ])
        d = 3
    ans = f"{T}초 후"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이차함수의 그래프", "이차방정식"], also=["10기수1-02-01"],
                   check=lambda: max(sp.solve(e, x)) == T)


@family("10기수1-02-04", "horizontal-line-meeting")
def _r4_hline(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample(range(-5, 6), 2))
    kv = rng.randint(-4, 8)
    e = sp.expand((x - r1) * (x - r2) + kv)
    text = rng.choice([
        f"이차함수 {_yeq(e, st)}의 그래프와 직선 y = {kv}의 교점의 x좌표는 이차방정식 {_w(_mini(e) + f' = {kv}', st)}의 해와 같다. 교점의 x좌표를 모두 {_end(rng)}",
        f"{_yeq(e, st)}의 그래프가 직선 y = {josa(str(kv), '과/와')} 만나는 점의 x좌표를 모두 {_end(rng)}",
        f"이차함수 {_yeq(e, st)}에서 함숫값이 {josa(str(kv), '이/가')} 되는 x의 값을 그래프와 직선의 교점으로 생각하여 모두 {_end(rng)}",
    ])
    ans = f"{r1}, {r2}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차함수의 그래프", "이차방정식"], also=[GQ],
                   check=lambda: sorted(sp.solve(e - kv, x)) == [r1, r2])


@family("10기수1-02-04", "explain-roots-are-intercepts")
def _r4_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample(range(-5, 6), 2))
    e = sp.expand((x - r1) * (x - r2))
    nm = name(rng)
    text = rng.choice([
        f"이차방정식 {_eq(e, st)}의 해와 이차함수 {_yeq(e, st)}의 그래프가 x축과 만나는 점의 x좌표가 같은 이유를 설명하고, 그 값을 {_end(rng)}",
        f"{nm}: “이차함수 {_yeq(e, st)}의 그래프를 그리지 않아도 x축과 만나는 점을 알 수 있어요.”\n{nm}가 어떤 방법을 생각했는지 이차방정식과 연결하여 설명하고, 교점의 좌표를 쓰시오.",
    ])
    text = text.replace(f"{nm}가 어떤", f"{josa(nm, '이/가')} 어떤")
    ans = f"x축 위의 점은 y좌표가 0이므로 y = 0을 대입한 이차방정식의 실근이 교점의 x좌표가 된다. ({r1}, 0), ({r2}, 0)"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["이차함수의 그래프", "이차방정식", "x축과의 교점"],
                   check=lambda: sorted(sp.solve(e, x)) == [r1, r2])


# ================================================================================================
# 10기수1-02-05 이차함수의 최대, 최소 (실수 전체 또는 제한된 범위)
# ================================================================================================
def _ext_on(e: sp.Expr, lo: int, hi: int) -> tuple[sp.Expr, sp.Expr]:
    """(max, min) of the quadratic ``e`` on [lo, hi]: compare the ends and the vertex when inside."""
    pts = [sp.Integer(lo), sp.Integer(hi)] + [v for v in sp.solve(sp.diff(e, x), x) if lo <= v <= hi]
    vals = [e.subs(x, t) for t in pts]
    return max(vals), min(vals)


def _rng_txt(lo: int, hi: int, st: str) -> str:
    return _w(f"{lo} <= x <= {hi}", st)


@family("10기수1-02-05", "vertex-form-extreme")
def _m5_vertex(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([1, 2, 3, -1, -2, -3])
    p, q = rng.randint(-4, 4), rng.randint(-6, 6)
    word = "최솟값" if a_ > 0 else "최댓값"
    text = rng.choice([
        f"이차함수 {_w(_vf(a_, p, q), st)}의 {josa(word, '을/를')} {_end(rng)}",
        f"이차함수 {_w(_vf(a_, p, q), st)}의 최댓값과 최솟값 중 존재하는 것을 찾아 그 값을 {_end(rng)}",
        f"{_w(_vf(a_, p, q), st)}는 x = □일 때 {josa(word, '을/를')} 갖고, 그 값은 ○이다. □, ○에 알맞은 수를 {_end(rng, '쓰')}",
    ])
    text = text.replace(f"{_w(_vf(a_, p, q), st)}는", _j(_w(_vf(a_, p, q), st), _vf(a_, p, q), "은/는"))
    if "□" in text:
        ans, fmt = f"□ {p}, ○ {q}", "fill"
    elif "존재하는" in text:
        ans, fmt = f"{word} {q} (x = {p}일 때), {'최댓값' if a_ > 0 else '최솟값'}은 없다", "computation"
    else:
        ans, fmt = str(q), "computation"
    e = a_ * (x - p) ** 2 + q
    return Problem(text=text, answer=ans, format=fmt, difficulty=1, achievement_level="E",
                   concepts=["이차함수의 최대, 최소", word], also=["9수02-22"],
                   check=lambda: sp.solve(sp.diff(e, x), x) == [p] and e.subs(x, p) == q and (sp.diff(e, x, 2) > 0) == (a_ > 0))


@family("10기수1-02-05", "general-form-extreme")
def _m5_general(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([1, 1, -1, 2, -2])
    p, q = nonzero(rng, -4, 4), rng.randint(-7, 7)
    e = sp.expand(a_ * (x - p) ** 2 + q)
    word = "최솟값" if a_ > 0 else "최댓값"
    text = rng.choice([
        f"이차함수 {_yeq(e, st)}의 {josa(word, '과/와')} 그때의 x의 값을 {_end(rng)}",
        f"{_yeq(e, st)}를 {_w('y = a(x - p)^2 + q', st)}의 꼴로 고쳐서 {josa(word, '을/를')} {_end(rng)}",
        f"함수 {_yeq(e, st)}는 x = ㉠일 때 {word} ㉡을 갖는다. ㉠, ㉡에 알맞은 수를 {_end(rng, '쓰')}",
    ])
    text = text.replace(f"{_yeq(e, st)}를", _j(_yeq(e, st), _mini(e), "을/를")).replace(f"{_yeq(e, st)}는", _j(_yeq(e, st), _mini(e), "은/는"))
    if "㉠" in text:
        ans, fmt = f"㉠ {p}, ㉡ {q}", "fill"
    elif "그때의" in text:
        ans, fmt = f"x = {p}일 때 {word} {q}", "computation"
    else:
        ans, fmt = f"{_vf(a_, p, q)}, {word} {q}", "computation"
    d = 2 if a_ in (1, -1) else 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이차함수의 최대, 최소", word, "완전제곱식"], also=["9수02-22"],
                   check=lambda: sp.solve(sp.diff(e, x), x) == [p] and e.subs(x, p) == q)


@family("10기수1-02-05", "interval-vertex-inside")
def _m5_inside(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([1, -1, 2])
    p, q = rng.randint(-2, 2), rng.randint(-5, 5)
    lo, hi = p - rng.randint(1, 3), p + rng.randint(1, 3)
    e = sp.expand(a_ * (x - p) ** 2 + q)
    M, m = _ext_on(e, lo, hi)
    shown = _yeq(e, st) if rng.random() < 0.6 else _w(_vf(a_, p, q), st)
    text = rng.choice([
        f"{_rng_txt(lo, hi, st)}에서 이차함수 {shown}의 최댓값과 최솟값을 각각 {_end(rng)}",
        f"x의 값의 범위가 {_rng_txt(lo, hi, st)}일 때, 함수 {shown}의 최댓값을 M, 최솟값을 m이라 하자. M, m의 값을 {_end(rng)}",
        f"다음 순서에 따라 {_rng_txt(lo, hi, st)}에서 {shown}의 최댓값과 최솟값을 구하시오.\n(1) 꼭짓점의 x좌표가 주어진 범위에 속하는지 확인하기\n(2) 꼭짓점과 양 끝 x = {lo}, x = {hi}에서의 함숫값 비교하기",
    ])
    ans = f"최댓값 {M}, 최솟값 {m}" if "M, m" not in text else f"M = {M}, m = {m}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차함수의 최대, 최소", "최댓값", "최솟값"], also=[GM],
                   check=lambda: max(e.subs(x, sp.Rational(t, 4)) for t in range(4 * lo, 4 * hi + 1)) == M
                   and min(e.subs(x, sp.Rational(t, 4)) for t in range(4 * lo, 4 * hi + 1)) == m)


@family("10기수1-02-05", "interval-vertex-outside")
def _m5_outside(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([1, -1, 1])
    p, q = rng.randint(-3, 3), rng.randint(-5, 5)
    if rng.random() < 0.5:
        lo = p + rng.randint(1, 2)
        hi = lo + rng.randint(1, 3)
    else:
        hi = p - rng.randint(1, 2)
        lo = hi - rng.randint(1, 3)
    e = sp.expand(a_ * (x - p) ** 2 + q)
    M, m = _ext_on(e, lo, hi)
    ask = rng.choice(["both", "max", "min"])
    q_ = {"both": "최댓값과 최솟값을 각각", "max": "최댓값을", "min": "최솟값을"}[ask]
    text = rng.choice([
        f"{_rng_txt(lo, hi, st)}에서 이차함수 {_yeq(e, st)}의 {q_} {_end(rng)}",
        f"정의역이 {_rng_txt(lo, hi, st)}인 함수 {_yeq(e, st)}의 {q_} {_end(rng)} (힌트: 꼭짓점의 x좌표가 범위 안에 있는지 먼저 확인하시오.)",
    ])
    ans = {"both": f"최댓값 {M}, 최솟값 {m}", "max": str(M), "min": str(m)}[ask]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차함수의 최대, 최소", "최댓값", "최솟값"], also=[GM],
                   check=lambda: {e.subs(x, lo), e.subs(x, hi)} == {M, m})


@family("10기수1-02-05", "find-constant-from-extreme")
def _m5_findk(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([1, -1])
    p = nonzero(rng, -4, 4)
    target = rng.randint(-6, 8)
    base_ = sp.expand(a_ * x**2 - 2 * a_ * p * x)
    kv = target + a_ * p * p
    word = "최솟값" if a_ > 0 else "최댓값"
    shown = "y = " + _mini(base_) + " + k"
    text = rng.choice([
        f"이차함수 {_w(shown, st)}의 {josa(word, '이/가')} {target}일 때, 상수 k의 값을 {_end(rng)}",
        f"{_w(shown, st)}의 {josa(word, '은/는')} {target}이다. 상수 k의 값을 {_end(rng)}",
        f"이차함수 {_w(shown, st)}의 그래프의 꼭짓점의 y좌표가 {target}일 때, 이 함수의 {word}과 상수 k의 값을 각각 {_end(rng)}",
    ])
    text = text.replace(f"{word}과", josa(word, "과/와"))
    ans = f"k = {kv}" if "각각" not in text else f"{word} {target}, k = {kv}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["이차함수의 최대, 최소", word],
                   check=lambda: (base_ + kv).subs(x, p) == target and sp.solve(sp.diff(base_, x), x) == [p])


@family("10기수1-02-05", "rectangle-area-max-guided")
def _m5_rect(rng: random.Random) -> Problem:
    L = rng.choice(range(12, 62, 4))
    wall = rng.random() < 0.4
    place = rng.choice(["닭장", "강아지 놀이터", "텃밭", "자전거 보관소", "꽃밭", "야영장 구역"])
    if wall:
        # fence of length L, one side along a wall; side perpendicular to the wall x: area x(L - 2x)
        e = x * (L - 2 * x)
        best = Fraction(L, 4)
        text = rng.choice([
            f"길이가 {L} m인 울타리로 한쪽 면이 벽인 직사각형 모양의 {josa(place, '을/를')} 만들려고 한다. 벽과 수직인 변의 길이를 x m, {place}의 넓이를 y m²라 할 때, 다음을 구하시오.\n(1) y를 x에 대한 식으로 나타내시오.\n(2) {place}의 넓이의 최댓값과 그때의 x의 값을 구하시오.",
            f"{L} m 길이의 그물로 강가(한 변은 강)에 직사각형 모양의 구역을 만들려고 한다. 강과 수직인 변의 길이를 x m라 할 때, 구역의 넓이가 최대가 되는 x의 값과 최대 넓이를 {_end(rng)}",
            f"건물 벽을 한 변으로 하고 나머지 세 변은 길이의 합이 {L} m인 펜스로 두른 직사각형 모양의 {josa(place, '을/를')} 만들려고 한다. 넓이가 가장 클 때, 벽과 수직인 변의 길이와 그 넓이를 {_end(rng)}",
        ])
        form = f"y = x({L} - 2x)"
    else:
        e = x * (Fraction(L, 2) - x)
        best = Fraction(L, 4)
        thing = rng.choice(["끈", "철사", "리본", "색 테이프"])
        text = rng.choice([
            f"둘레의 길이가 {L} cm인 직사각형의 가로의 길이를 x cm, 넓이를 y cm²라 할 때, 다음을 구하시오.\n(1) y를 x에 대한 식으로 나타내시오.\n(2) y의 최댓값과 그때의 x의 값을 구하시오.",
            f"길이가 {L} cm인 {thing}로 직사각형을 만들 때, 넓이가 가장 큰 직사각형의 가로의 길이와 그 넓이를 {_end(rng)} (가로의 길이를 x cm로 놓고 이차함수를 이용하시오.)",
            f"{L} m 길이의 울타리로 직사각형 모양의 {josa(place, '을/를')} 둘러싸려고 한다. 가로의 길이를 x m라 할 때 넓이를 x에 대한 이차함수로 나타내고, 넓이의 최댓값을 {_end(rng)}",
        ])
        text = text.replace(f"{thing}로", josa(thing, "으로/로"))
        form = f"y = x({L // 2} - x)"
    unit = "cm" if "cm" in text else "m"
    val = Fraction(str(sp.Rational(e.subs(x, sp.Rational(best.numerator, best.denominator)))))
    if "(1)" in text:
        ans = f"(1) {form} (2) x = {_q(best)}일 때 최댓값 {_q(val)} {unit}²"
    elif "이차함수로 나타내고" in text:
        ans = f"{form}, 최댓값 {_q(val)} {unit}² (x = {_q(best)})"
    else:
        ans = f"x = {_q(best)} {unit}일 때 최대 넓이 {_q(val)} {unit}²"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["이차함수의 최대, 최소", "최댓값"],
                   check=lambda: sp.solve(sp.diff(e, x), x) == [sp.Rational(best.numerator, best.denominator)])


@family("10기수1-02-05", "highest-point-word")
def _m5_height(rng: random.Random) -> Problem:
    T = rng.randint(1, 4)
    v = 10 * T
    h0 = rng.choice([0, 0, 1, 2, 5])
    e = -5 * x**2 + v * x + h0
    top = 5 * T * T + h0
    obj = rng.choice(["공", "배구공", "축구공", "물 로켓"] if T <= 2 else ["물 로켓", "불꽃놀이 폭죽", "모형 로켓"])
    text = rng.choice([
        f"지면에서 {h0} m 높이에서 쏘아 올린 {obj}의 t초 후의 높이가 (−5t² + {v}t + {h0}) m일 때, {josa(obj, '이/가')} 가장 높이 올라갔을 때의 높이와 그때까지 걸린 시간을 구하시오.",
        f"{obj}의 t초 후 높이를 h m라 하면 h = −5t² + {v}t + {h0}이다. h의 최댓값을 구하고, 몇 초 후에 최고 높이에 도달하는지 {_end(rng, '쓰')}",
    ])
    text = text.replace(" + 0) m", ") m").replace(" + 0이다", "이다").replace("지면에서 0 m 높이에서", "지면에서")
    ans = f"{T}초 후, 최고 높이 {top} m"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["이차함수의 최대, 최소", "최댓값"],
                   check=lambda: sp.solve(sp.diff(e, x), x) == [T] and e.subs(x, T) == top)


@family("10기수1-02-05", "extreme-mcq")
def _m5_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    if kind == 0:
        # which function has a maximum value
        good_a = rng.choice([-1, -2, -3])
        p, q = rng.randint(-3, 3), rng.randint(-4, 4)
        corr = _yeq(sp.expand(good_a * (x - p) ** 2 + q), st)
        dis = []
        for a2 in (1, 2, 3, 1, 2):
            e2 = sp.expand(a2 * (x - rng.randint(-3, 3)) ** 2 + rng.randint(-4, 4))
            s_ = _yeq(e2, st)
            if s_ not in dis:
                dis.append(s_)
        if len(dis) < 4:
            dis.append(_yeq(x**2 + 1, st) if _yeq(x**2 + 1, st) not in dis else _yeq(4 * x**2 - 1, st))
        ch = choices(rng, corr, dis)
        stem = rng.choice(["다음 이차함수 중 최댓값을 갖는 것은?", "다음 중 최댓값이 존재하는 이차함수는?"])
        chk = lambda: good_a < 0  # noqa: E731
        d = 1
    else:
        a_ = rng.choice([1, 2, -1])
        p, q = nonzero(rng, -4, 4), rng.randint(-6, 6)
        e = sp.expand(a_ * (x - p) ** 2 + q)
        word = "최솟값" if a_ > 0 else "최댓값"
        c0 = int(e.coeff(x, 0))
        wrong = [str(v) for v in dict.fromkeys([c0, -q, q + 1, q - 1, p, -p, q + 2, q - 2, q + 3]) if v != q]
        ch = choices(rng, str(q), wrong[:6], sort_key=int)
        stem = f"이차함수 {_yeq(e, st)}의 {josa(word, '은/는')}?"
        chk = lambda: e.subs(x, p) == q and sp.diff(e, x).subs(x, p) == 0  # noqa: E731
        d = 2
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이차함수의 최대, 최소"], also=["9수02-22"], choice=ch, check=chk)


@family("10기수1-02-05", "value-table-on-interval")
def _m5_table(rng: random.Random) -> Problem:
    a_ = rng.choice([1, -1, 2, -2])
    p, q = rng.randint(-1, 2), rng.randint(-4, 4)
    lo = p - rng.randint(1, 2)
    hi = p + rng.randint(2, 3)
    e = sp.expand(a_ * (x - p) ** 2 + q)
    xs = list(range(lo, hi + 1))
    hide = set(rng.sample(xs, 2))
    row_x = " | ".join(str(v) for v in xs)
    row_y = " | ".join("(  )" if v in hide else str(e.subs(x, v)) for v in xs)
    st = pick_style(rng)
    text = rng.choice([
        f"{_rng_txt(lo, hi, st)}에서 이차함수 {_yeq(e, st)}의 최댓값과 최솟값을 구하려고 한다. 다음 표의 빈칸을 채우고, 꼭짓점의 위치를 생각하여 최댓값과 최솟값을 구하시오.\n| x | {row_x} |\n| y | {row_y} |",
        f"다음 표는 이차함수 {_yeq(e, st)}에서 x의 값에 따른 y의 값을 나타낸 것이다. 빈칸을 채우고, {_rng_txt(lo, hi, st)}에서 이 함수의 최댓값과 최솟값을 구하세요.\n| x | {row_x} |\n| y | {row_y} |",
    ])
    M, m = _ext_on(e, lo, hi)
    fills = ", ".join(str(e.subs(x, v)) for v in sorted(hide))
    ans = f"빈칸: {fills}; 최댓값 {M}, 최솟값 {m}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["이차함수의 최대, 최소", "최댓값", "최솟값", "함숫값"], also=[GM],
                   check=lambda: max(e.subs(x, v) for v in xs) == M and min(e.subs(x, v) for v in xs) == m)


@family("10기수1-02-05", "two-numbers-product-max")
def _m5_numbers(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        s_ = rng.choice([8, 10, 12, 14, 16, 20])
        text = rng.choice([
            f"합이 {josa(str(s_), '인/인').replace('/인', '')} 두 실수가 있다. 한 수를 x라 할 때 두 수의 곱을 x에 대한 이차함수로 나타내고, 곱의 최댓값을 {_end(rng)}",
            f"두 수의 합이 {s_}일 때, 두 수의 곱이 가장 클 때의 두 수와 그 곱을 {_end(rng)}",
        ])
        text = text.replace(f"{s_}인/인", f"{s_}인")
        e = x * (s_ - x)
        val = s_ * s_ // 4
        ans = f"y = x({s_} - x), 최댓값 {val}" if "이차함수로" in text else f"{s_ // 2}, {s_ // 2}, 곱 {val}"
        chk = lambda: sp.solve(sp.diff(e, x), x) == [sp.Rational(s_, 2)] and e.subs(x, sp.Rational(s_, 2)) == val  # noqa: E731
    elif kind == 1:
        dlt = rng.choice([4, 6, 8, 10])
        text = rng.choice([
            f"차가 {dlt}인 두 수가 있다. 작은 수를 x라 할 때, 두 수의 곱의 최솟값과 그때의 두 수를 {_end(rng)}",
            f"두 수의 차가 {dlt}일 때, 두 수의 곱이 가장 작아지는 경우의 두 수와 그 곱을 {_end(rng)}",
        ])
        e = x * (x + dlt)
        val = -(dlt // 2) ** 2
        ans = f"{-dlt // 2}, {dlt // 2}, 곱의 최솟값 {val}"
        chk = lambda: sp.solve(sp.diff(e, x), x) == [-dlt // 2] and e.subs(x, -dlt // 2) == val  # noqa: E731
    else:
        s_ = rng.choice([6, 8, 10, 12])
        text = rng.choice([
            f"x + y = {s_}을 만족시키는 두 실수 x, y에 대하여 x² + y²의 최솟값을 {_end(rng)}",
            f"두 실수 x, y가 x + y = {s_}을 만족시킬 때, y = {s_} − x를 대입하여 x² + y²을 x에 대한 이차함수로 나타내고 최솟값을 {_end(rng)}",
        ])
        text = text.replace(f"= {s_}을", f"= {josa(str(s_), '을/를')}")
        e = x**2 + (s_ - x) ** 2
        val = s_ * s_ // 2
        ans = f"최솟값 {val} (x = y = {s_ // 2}일 때)"
        chk = lambda: e.subs(x, sp.Rational(s_, 2)) == val and sp.solve(sp.diff(e, x), x) == [sp.Rational(s_, 2)]  # noqa: E731
    d = 3 if kind == 0 else 4
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이차함수의 최대, 최소", "최솟값" if kind else "최댓값"], check=chk)
