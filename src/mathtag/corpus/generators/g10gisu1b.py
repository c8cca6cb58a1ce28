"""Generators for 기본수학1 (고등학교), second half: 10기수1-02-06 … 10기수1-04-02.

부등식(일차부등식, 연립일차부등식, 절댓값을 포함한 일차부등식, 이차부등식), 경우의 수, 행렬 at the
basic level of 기본수학1: small integers, answers that come out as integers, guided step-by-step
fill-ins, fewer steps than the parallel 공통수학1 families. Items that would be equally at home in
공통수학1 (or in the middle-school inequality standards) carry the parallel code in ``also``.

Private helpers (module-local, prefixed ``_``):

* ``_w(s, st)`` renders ASCII mini notation (``x^2``, ``<=``, ``>=``, ``*``, ``|x-1|``) in style ``st``.
* ``_poly(cs)`` writes a polynomial in x from its coefficients (descending) in mini notation.
* ``_jm(mini, st, pair)`` renders mini notation and attaches the particle that fits how it is read.
* ``_Iv`` / ``_iv_str`` / ``_agree`` describe a solution set as intervals, print it, and compare it
  with the original inequality evaluated directly at many test points (the independent check).
* ``_mat(rows, st)`` renders a matrix (LaTeX pmatrix, or bracket rows in plain/unicode).
"""

from __future__ import annotations

import itertools
import math as pymath
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp

from mathtag.corpus.generators.base import Problem, family, nonzero, secondary_level
from mathtag.corpus.korean import josa, name, names
from mathtag.corpus.mcq import choices, with_choices
from mathtag.corpus.notation import pick_style

_X = sp.Symbol("x")
_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")

# parallel standards
_GS = {
    "02-06": ["9수02-12"],
    "02-07": ["10공수1-02-09"],
    "02-08": ["10공수1-02-10"],
    "02-09": ["10공수1-02-11"],
    "03-01": ["10공수1-03-01"],
    "03-02": ["10공수1-03-02"],
    "03-03": ["10공수1-03-03"],
    "04-01": ["10공수1-04-01"],
    "04-02": ["10공수1-04-02"],
}


# -- notation ------------------------------------------------------------------------------------
def _w(s: str, st: str) -> str:
    """Render ASCII mini notation in style ``st`` (latex wrapped in ``$…$``)."""
    if st == "latex":
        t = re.sub(r"\^(\d+|\w)", r"^{\1}", s)
        t = re.sub(r"\(([^()]+)\)/(\d+)", r"\\frac{\1}{\2}", t)
        t = re.sub(r"(\d*[a-z])/(\d+)", r"\\frac{\1}{\2}", t)
        t = re.sub(r"(\d+)/(\d+)", r"\\frac{\1}{\2}", t)
        t = t.replace("<=", "\\le ").replace(">=", "\\ge ").replace("!=", "\\ne ").replace("*", "\\times ")
        t = re.sub(r"\|([^|]*)\|", r"\\left|\1\\right|", t)
        t = t.replace("\\le  ", "\\le ").replace("\\ge  ", "\\ge ")
        return f"${t}$"
    if st == "unicode":
        t = re.sub(r"\^(\d+)", lambda m: m.group(1).translate(_SUP), s)
        return t.replace("<=", "≤").replace(">=", "≥").replace("!=", "≠").replace("*", "×").replace("-", "−")
    return s.replace("*", "×")


def _u(s: str) -> str:
    return _w(s, "unicode")


def _jm(mini: str, st: str, pair: str) -> str:
    """``mini`` rendered in ``st`` plus the particle fitting its reading (x² → 제곱, 5 → 오, x → 엑스)."""
    core = mini.rstrip(" ")
    frac_m = re.search(r"(\([^()]*\)|\d*[a-z])/\d+$", core)
    if frac_m:  # a/b is read "b분의 a": the numerator is said last
        proxy = frac_m.group(1).strip("()").rstrip()[-1:]
        return _w(mini, st) + josa(proxy, pair)[len(proxy):]
    if re.search(r"\^\{?\w+\}?$", core):
        proxy = "곱"
    elif core.endswith(")"):
        proxy = core.rstrip(")")[-1:] or "호"
    elif core.endswith("|"):
        proxy = "값"  # 절댓값 …: read as the closing bar? treat like a noun with final
        proxy = core.rstrip("|")[-1:] or "값"
    else:
        proxy = core
    return _w(mini, st) + josa(proxy, pair)[len(proxy):]


def _fs(v: Fraction | int) -> str:
    v = Fraction(v)
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


def _term(cf: int | Fraction, mono: str, first: bool) -> str:
    cf = Fraction(cf)
    m = abs(cf)
    body = (_fs(m) if (m != 1 or not mono) else "") + mono
    if first:
        return ("-" if cf < 0 else "") + body
    return f" {'-' if cf < 0 else '+'} {body}"


def _poly(cs: list[int], var: str = "x") -> str:
    """Coefficients (highest power first) → mini notation, e.g. [1, -5, 6] → ``x^2 - 5x + 6``."""
    deg = len(cs) - 1
    out = ""
    for i, cf in enumerate(cs):
        if cf == 0:
            continue
        p = deg - i
        mono = "" if p == 0 else (var if p == 1 else f"{var}^{p}")
        out += _term(cf, mono, out == "")
    return out or "0"


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보시오."])
    if what == "풀":
        return rng.choice(["푸시오.", "푸세요.", "풀어라.", "풀어 보시오."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오.", "구하면?"])


_FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}
_OPS: dict[str, Callable[[Fraction, Fraction], bool]] = {
    "<": lambda p, q: p < q, ">": lambda p, q: p > q, "<=": lambda p, q: p <= q, ">=": lambda p, q: p >= q,
}


# -- solution sets -------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Iv:
    lo: Fraction | None  # None = −∞
    lo_in: bool
    hi: Fraction | None  # None = +∞
    hi_in: bool

    def has(self, t: Fraction) -> bool:
        if self.lo is not None and (t < self.lo or (t == self.lo and not self.lo_in)):
            return False
        return not (self.hi is not None and (t > self.hi or (t == self.hi and not self.hi_in)))


def _ray(rel: str, v: Fraction | int) -> _Iv:
    v = Fraction(v)
    return {"<": _Iv(None, False, v, False), "<=": _Iv(None, False, v, True),
            ">": _Iv(v, False, None, False), ">=": _Iv(v, True, None, False)}[rel]


def _iv_one(iv: _Iv, var: str = "x") -> str:
    if iv.lo is None and iv.hi is None:
        return "모든 실수"
    if iv.lo is not None and iv.hi is not None and iv.lo == iv.hi:
        return f"{var} = {_fs(iv.lo)}"
    if iv.lo is None:
        return f"{var} {'<=' if iv.hi_in else '<'} {_fs(iv.hi)}"
    if iv.hi is None:
        return f"{var} {'>=' if iv.lo_in else '>'} {_fs(iv.lo)}"
    return f"{_fs(iv.lo)} {'<=' if iv.lo_in else '<'} {var} {'<=' if iv.hi_in else '<'} {_fs(iv.hi)}"


def _iv_str(ivs: list[_Iv], var: str = "x") -> str:
    """Unicode text of a solution set: ``x > 3``, ``−1 ≤ x < 4``, ``x < 1 또는 x > 3``, ``해는 없다``."""
    if not ivs:
        return "해는 없다"
    return _u(" 또는 ".join(_iv_one(iv, var) for iv in ivs))


def _test_points(ivs: list[_Iv], extra: tuple = ()) -> list[Fraction]:
    pts: set[Fraction] = {Fraction(i, 4) for i in range(-160, 161)}
    for iv in ivs:
        for e in (iv.lo, iv.hi):
            if e is not None:
                pts |= {e, e + Fraction(1, 1000), e - Fraction(1, 1000)}
    for e in extra:
        pts |= {Fraction(e), Fraction(e) + Fraction(1, 1000), Fraction(e) - Fraction(1, 1000)}
    return sorted(pts)


def _agree(pred: Callable[[Fraction], bool], ivs: list[_Iv], extra: tuple = ()) -> bool:
    """True when ``pred`` (the original inequality) and the set ``ivs`` agree at every test point."""
    return all(pred(t) == any(iv.has(t) for iv in ivs) for t in _test_points(ivs, extra))


def _lin_ineq_mini(a: int, b: int, rel: str, c: int, d: int) -> str:
    return f"{_poly([a, b])} {rel} {_poly([c, d])}"


# ================================================================================================
# 10기수1-02-06 부등식의 성질, 일차부등식
# ================================================================================================
def _affine_mini(k: int | Fraction, m: int, var: str) -> str:
    """k·var + m as mini text, k may be a fraction 1/q (written var/q)."""
    k = Fraction(k)
    if k.denominator != 1:
        sgn = "-" if k < 0 else ""
        body = f"{sgn}{var}/{k.denominator}" if abs(k.numerator) == 1 else f"{sgn}{abs(k.numerator)}{var}/{k.denominator}"
    else:
        body = _term(int(k), var, True)
    if m:
        body += f" {'-' if m < 0 else '+'} {abs(m)}"
    return body


@family("10기수1-02-06", "sign-fill-after-operations")
def _i6_signfill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    rel = rng.choice(["<", ">", "<=", ">="])
    v1, v2 = rng.choice([("a", "b"), ("x", "y"), ("a", "b")])
    ks = rng.sample([2, 3, 4, 5, -1, -2, -3, -4, Fraction(1, 2), Fraction(-1, 3), Fraction(1, 4)], 3)
    ks = [ks[0], *ks[1:]]
    if all(k > 0 for k in ks):
        ks[rng.randrange(3)] = rng.choice([-2, -3, -5])
    ms = [rng.randint(-6, 6) for _ in ks]
    lines, ans = [], []
    for i, (k_, m_) in enumerate(zip(ks, ms, strict=True)):
        r_ = rel if k_ > 0 else _FLIP[rel]
        lines.append(f"({i + 1}) {_w(_affine_mini(k_, m_, v1), st)} □ {_w(_affine_mini(k_, m_, v2), st)}")
        ans.append(f"({i + 1}) {_u(r_)}")
    given = _w(f"{v1} {rel} {v2}", st)
    text = rng.choice([
        f"{given}일 때, 다음 □ 안에 알맞은 부등호를 써넣으시오.\n" + "\n".join(lines),
        f"두 수 {v1}, {v2}에 대하여 {given}이다. 부등식의 성질을 이용하여 □ 안에 알맞은 부등호를 {_end(rng, '쓰')}\n" + "\n".join(lines),
        f"다음 □ 안에 >, <, ≥, ≤ 중 알맞은 것을 써넣으세요. (단, {given})\n" + "\n".join(lines),
    ])
    a0, b0 = (Fraction(1), Fraction(3)) if rel in ("<", "<=") else (Fraction(3), Fraction(1))

    def chk() -> bool:
        for i, (k_, m_) in enumerate(zip(ks, ms, strict=True)):
            lhs, rhs = k_ * a0 + m_, k_ * b0 + m_
            got = ans[i].split()[1].replace("≤", "<").replace("≥", ">")
            if (lhs < rhs) != (got == "<"):
                return False
        return True
    return Problem(text=text, answer=", ".join(ans), format="fill", difficulty=1, achievement_level="E",
                   concepts=["부등식", "부등식의 성질"], also=["9수02-11"], check=chk)


@family("10기수1-02-06", "property-statement-mcq")
def _i6_propmcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    rel = rng.choice(["<", ">"])
    want_true = rng.random() < 0.5
    pool = []
    for k_ in [2, 3, 4, -1, -2, -3, -5, Fraction(1, 2), Fraction(-1, 2), Fraction(1, 3), Fraction(-1, 4)]:
        m_ = rng.randint(-5, 5)
        right = rel if k_ > 0 else _FLIP[rel]
        wrong = _FLIP[right]
        pool.append((_w(f"{_affine_mini(k_, m_, 'a')} {right} {_affine_mini(k_, m_, 'b')}", st), True, k_, m_, right))
        pool.append((_w(f"{_affine_mini(k_, m_, 'a')} {wrong} {_affine_mini(k_, m_, 'b')}", st), False, k_, m_, wrong))
    rng.shuffle(pool)
    good = [p for p in pool if p[1] == want_true]
    bad = [p for p in pool if p[1] != want_true]
    # keep at least one option with a negative multiplier so the sign flip is tested
    corr = next(p for p in good if p[2] < 0) if rng.random() < 0.6 else good[0]
    dis_items = []
    used = {corr[2]}
    for p in bad:
        if p[2] not in used:
            dis_items.append(p)
            used.add(p[2])
        if len(dis_items) == 4:
            break
    ch = choices(rng, corr[0], [p[0] for p in dis_items])
    stem = rng.choice([
        f"{_w(f'a {rel} b', st)}일 때, 다음 중 {'옳은' if want_true else '옳지 않은'} 것은?",
        f"두 실수 a, b에 대하여 {_w(f'a {rel} b', st)}일 때, 다음 중 항상 {'성립하는' if want_true else '성립하지 않는'} 것은?",
    ])
    a0, b0 = (Fraction(1), Fraction(2)) if rel == "<" else (Fraction(2), Fraction(1))
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["부등식의 성질"], also=["9수02-11"], choice=ch,
                   check=lambda: _OPS[corr[4]](corr[2] * a0 + corr[3], corr[2] * b0 + corr[3]) == want_true
                   and all(_OPS[p[4]](p[2] * a0 + p[3], p[2] * b0 + p[3]) != want_true for p in dis_items))


@family("10기수1-02-06", "guided-solve-fill")
def _i6_guided(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r0 = rng.randint(-5, 8)
    k_ = rng.choice([2, 3, 4, 5, -2, -3, -4])  # coefficient after collecting
    c_ = rng.randint(-3, 3)
    while c_ == 0 or c_ + k_ == 0:
        c_ = rng.randint(-3, 3)
    a_ = k_ + c_
    b_ = nonzero(rng, -9, 9)
    d_ = k_ * r0 + b_
    rel = rng.choice(["<", ">", "<=", ">="])
    ineq = _lin_ineq_mini(a_, b_, rel, c_, d_)
    rhs_const = d_ - b_
    final_rel = rel if k_ > 0 else _FLIP[rel]
    step1 = f"{_poly([a_, 0])} {'-' if c_ > 0 else '+'} {_poly([abs(c_), 0])} {rel} {d_} {'-' if b_ > 0 else '+'}"
    lines = [
        f"{_w(ineq, st)}",
        f"x를 포함한 항은 좌변으로, 상수항은 우변으로 이항하면 {_w(step1, st)} (가)",
        f"정리하면 {_w(_poly([k_, 0]) + ' ' + rel, st)} (나)",
        "",
    ]
    lines[3] = f"양변을 {josa(_w(str(k_), 'unicode' if st == 'latex' else st), '으로/로')} 나누면 x (다) {_w(str(r0), 'unicode' if st == 'latex' else st)}"
    if k_ < 0:
        lines[3] += "  ← 음수로 나누었으므로 부등호의 방향에 주의한다."
    text = rng.choice([
        "다음은 일차부등식을 푸는 과정이다. (가), (나), (다)에 알맞은 것을 차례로 쓰시오.\n",
        "다음 풀이 과정의 (가)~(다)에 들어갈 알맞은 수 또는 부등호를 구하세요.\n",
        "다음 순서에 따라 일차부등식을 풀었다. (가), (나), (다)를 채우시오.\n",
    ]) + "\n".join(lines)
    ans = f"(가) {abs(b_)}, (나) {rhs_const}, (다) {_u(final_rel)}".replace("(나) -", "(나) −")
    iv = [_ray(final_rel, r0)]
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["일차부등식", "이항", "부등식의 성질"], also=["9수02-12"],
                   check=lambda: rhs_const == k_ * r0 and _agree(lambda t: _OPS[rel](a_ * t + b_, c_ * t + d_), iv))


@family("10기수1-02-06", "solve-linear-forms")
def _i6_solve(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.choice(["plain", "bracket", "decimal", "fraction"])
    rel = rng.choice(["<", ">", "<=", ">="])
    r0 = rng.randint(-6, 9)
    if form == "plain":
        a_ = nonzero(rng, -5, 7)
        c_ = nonzero(rng, -4, 4, (0, a_))
        b_ = rng.randint(-9, 9)
        d_ = (a_ - c_) * r0 + b_
        shown = _lin_ineq_mini(a_, b_, rel, c_, d_)

        def pred(t: Fraction) -> bool:
            return _OPS[rel](a_ * t + b_, c_ * t + d_)
        k_, diff = a_ - c_, 2
    elif form == "bracket":
        p_, q_ = rng.choice([2, 3, -2]), rng.randint(-4, 4)
        c_ = nonzero(rng, -3, 5, (0, p_))
        e_ = rng.randint(-6, 6)
        # p(x + q) + e rel c x + d
        d_ = p_ * (r0 + q_) + e_ - c_ * r0
        inner = _poly([1, q_])
        shown = f"{p_}({inner}){' + ' + str(e_) if e_ > 0 else (' - ' + str(-e_) if e_ < 0 else '')} {rel} {_poly([c_, d_])}"

        def pred(t: Fraction) -> bool:
            return _OPS[rel](p_ * (t + q_) + e_, c_ * t + d_)
        k_, diff = p_ - c_, 3
    elif form == "decimal":
        a_ = nonzero(rng, -5, 8)
        c_ = nonzero(rng, -4, 4, (0, a_))
        b_ = rng.randint(-12, 12)
        d_ = (a_ - c_) * r0 + b_

        def dec(v: int) -> str:
            return f"{'-' if v < 0 else ''}{abs(v) // 10}.{abs(v) % 10}" if abs(v) % 10 else f"{'-' if v < 0 else ''}{abs(v) // 10}"

        def dterm(cf: int, mono: str, first: bool) -> str:
            txt = dec(abs(cf)) + mono if abs(cf) != 10 or not mono else mono
            return (("-" if cf < 0 else "") + txt) if first else f" {'-' if cf < 0 else '+'} {txt}"
        lhs = dterm(a_, "x", True) + (dterm(b_, "", False) if b_ else "")
        rhs = dterm(c_, "x", True) + (dterm(d_, "", False) if d_ else "")
        shown = f"{lhs} {rel} {rhs}"

        def pred(t: Fraction) -> bool:
            return _OPS[rel](Fraction(a_, 10) * t + Fraction(b_, 10), Fraction(c_, 10) * t + Fraction(d_, 10))
        k_, diff = a_ - c_, 3
    else:
        m1, m2 = rng.choice([(2, 3), (3, 4), (2, 5), (3, 2), (4, 3), (3, 5)])
        s_ = rng.randint(-3, 3)
        t_ = rng.randint(-3, 3)
        u_ = m2 * s_ + (m2 - m1) * t_
        r0 = m1 * t_
        lhs = f"x/{m1}" + (f" + {s_}" if s_ > 0 else (f" - {-s_}" if s_ < 0 else ""))
        rhs = f"({_poly([1, u_])})/{m2}" if u_ else f"x/{m2}"
        shown = f"{lhs} {rel} {rhs}"

        def pred(t: Fraction) -> bool:
            return _OPS[rel](t / m1 + s_, (t + u_) / m2)
        k_, diff = m2 - m1, 3
    final_rel = rel if k_ > 0 else _FLIP[rel]
    iv = [_ray(final_rel, r0)]
    text = rng.choice([
        f"일차부등식 {_jm(shown, st, '을/를')} {_end(rng, '풀')}",
        f"다음 일차부등식을 {_end(rng, '풀')}\n{_w(shown, st)}",
        f"부등식 {_jm(shown, st, '을/를')} 만족시키는 x의 값의 범위를 {_end(rng)}",
    ])
    return Problem(text=text, answer=_iv_str(iv), format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["일차부등식", "이항"], also=list(_GS["02-06"]), check=lambda: _agree(pred, iv))


@family("10기수1-02-06", "range-of-linear-expression")
def _i6_range(rng: random.Random) -> Problem:
    st = pick_style(rng)
    lo, hi = sorted(rng.sample(range(-5, 7), 2))
    lo_in, hi_in = rng.choice([(True, False), (False, True), (True, True), (False, False)])
    k_ = rng.choice([2, 3, -1, -2, -3, 4])
    m_ = rng.randint(-5, 5)
    given = f"{lo} {'<=' if lo_in else '<'} x {'<=' if hi_in else '<'} {hi}"
    expr = _affine_mini(k_, m_, "x")
    v1, v2 = k_ * lo + m_, k_ * hi + m_
    if k_ > 0:
        res = _Iv(Fraction(v1), lo_in, Fraction(v2), hi_in)
    else:
        res = _Iv(Fraction(v2), hi_in, Fraction(v1), lo_in)
    ask = rng.choice(["range", "range", "int-count"])
    if ask == "range":
        text = rng.choice([
            f"{_w(given, st)}일 때, {_w(expr, st)}의 값의 범위를 {_end(rng)}",
            f"x의 값의 범위가 {_w(given, st)}이다. A = {_jm(expr, st, '이라/라')} 할 때, A의 값의 범위를 부등식의 성질을 이용하여 {_end(rng)}",
        ])
        ans = _u(_iv_one(res, "A" if "A =" in text else expr))
        fmt, d = "computation", 2
    else:
        cnt = sum(1 for t in range(-100, 101) if res.has(Fraction(t)))
        text = f"{_w(given, st)}일 때, {_w(expr, st)}의 값이 될 수 있는 정수는 모두 몇 개인지 {_end(rng)}"
        ans = str(cnt)
        fmt, d = "computation", 3

    def chk() -> bool:
        vals = [k_ * Fraction(t, 8) + m_ for t in range(8 * lo - 8, 8 * hi + 9)
                if _Iv(Fraction(lo), lo_in, Fraction(hi), hi_in).has(Fraction(t, 8))]
        return min(vals) >= res.lo and max(vals) <= res.hi and (res.lo in vals) == res.lo_in and (res.hi in vals) == res.hi_in
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["부등식의 성질"], also=["9수02-11"], check=chk)


@family("10기수1-02-06", "extreme-integer-solution")
def _i6_integer(rng: random.Random) -> Problem:
    st = pick_style(rng)
    num_, den_ = rng.randint(-20, 30), rng.choice([2, 3, 4, 5])
    bound = Fraction(num_, den_)
    rel = rng.choice(["<", "<=", ">", ">="])
    a_ = den_ * rng.choice([1, 1, -1])
    c_ = 0
    b_ = rng.randint(-8, 8)
    d_ = a_ * bound + b_  # integer since a_ multiple of den_
    d_ = int(d_)
    if rng.random() < 0.5:
        c_ = nonzero(rng, -3, 3, (0, -a_))
        a_ = a_ + c_
    shown = _lin_ineq_mini(a_, b_, rel, c_, d_)
    k_ = a_ - c_
    final_rel = rel if k_ > 0 else _FLIP[rel]
    iv = [_ray(final_rel, bound)]
    cand = [t for t in range(-60, 61) if iv[0].has(Fraction(t))]
    if final_rel in ("<", "<="):
        target, ans = "가장 큰 정수", max(cand)
        if ans >= 2 and rng.random() < 0.5:
            target, ans = "자연수 x의 개수", len([t for t in cand if t >= 1])
    else:
        target, ans = "가장 작은 정수", min(cand)
    if "개수" in target:
        text = rng.choice([f"부등식 {_jm(shown, st, '을/를')} 만족시키는 자연수 x는 모두 몇 개인가?",
                           f"일차부등식 {_jm(shown, st, '을/를')} 만족시키는 자연수 x의 개수를 {_end(rng)}"])
    else:
        text = rng.choice([f"일차부등식 {_jm(shown, st, '을/를')} 만족시키는 x의 값 중 {josa(target, '을/를')} {_end(rng)}",
                           f"부등식 {_jm(shown, st, '을/를')} 참이 되게 하는 정수 x 중에서 {target[:-3]} 것을 {_end(rng)}"])
    def pred_(t: Fraction) -> bool:
        return _OPS[rel](a_ * t + b_, c_ * t + d_)
    return Problem(text=text, answer=str(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["일차부등식"], also=list(_GS["02-06"]),
                   check=lambda: (max if "큰" in target else (min if "작은" in target else len))(
                       [t for t in range(-60, 61) if pred_(Fraction(t)) and ("개수" not in target or t >= 1)]) == ans)


@family("10기수1-02-06", "real-life-limit-word")
def _i6_word(rng: random.Random) -> Problem:
    kind = rng.choice(["elevator", "saving", "ticket", "delivery", "score"])
    if kind == "elevator":
        cap = rng.choice([500, 600, 700, 800])
        person = rng.choice([60, 65, 70, 75, 80])
        box = rng.choice([20, 25, 30, 40])
        ans = (cap - person) // box
        text = rng.choice([
            f"최대 {cap} kg까지 실을 수 있는 화물용 엘리베이터에 몸무게가 {person} kg인 사람이 한 개에 {box} kg인 상자를 여러 개 싣고 타려고 한다. 상자를 최대 몇 개까지 실을 수 있는지 {_end(rng)}",
            f"몸무게 {person} kg인 택배 기사가 한 상자에 {box} kg인 짐을 싣고 엘리베이터에 탄다. 엘리베이터의 적재 한도가 {cap} kg일 때, 실을 수 있는 상자는 최대 몇 개인가?",
        ])
        chk = lambda: max(n for n in range(0, 100) if person + box * n <= cap) == ans  # noqa: E731
    elif kind == "saving":
        now, week, goal = rng.choice([5000, 8000, 12000, 20000]), rng.choice([2000, 3000, 4000, 5000]), rng.choice([50000, 60000, 75000, 90000])
        ans = -(-(goal - now) // week)
        who = name(rng)
        text = rng.choice([
            f"{josa(who, '은/는')} 현재 {now:,}원이 있고, 다음 주부터 매주 {week:,}원씩 저금하려고 한다. 저금한 돈이 {goal:,}원 이상이 되는 것은 최소 몇 주 후인지 {_end(rng)}",
            f"저금통에 {now:,}원이 들어 있다. 매주 {week:,}원씩 넣는다면 몇 주 후부터 저금통의 돈이 {goal:,}원 이상이 되는가? 일차부등식을 세워 {_end(rng)}",
        ])
        chk = lambda: min(n for n in range(0, 200) if now + week * n >= goal) == ans  # noqa: E731
    elif kind == "ticket":
        price = rng.choice([8000, 10000, 12000, 15000])
        rate = rng.choice([20, 25, 30])
        group = rng.choice([20, 30, 40])
        # group ticket for `group` people at rate% off is cheaper than n individual tickets
        gp = price * group * (100 - rate) // 100
        ans = gp // price + 1
        text = (f"어느 박물관의 입장료는 1인당 {price:,}원이고, {group}명 이상의 단체는 {rate}% 할인된 가격으로 {group}명분의 단체 입장권을 살 수 있다. "
                f"{group}명 미만의 단체가 입장할 때, 몇 명 이상이면 {group}명분의 단체 입장권을 사는 것이 유리한지 {_end(rng)}")
        chk = lambda: min(n for n in range(1, group) if price * n > gp) == ans  # noqa: E731
    elif kind == "delivery":
        base = rng.choice([3000, 2500, 4000])
        budget = rng.choice([15000, 20000, 25000])
        item = rng.choice([(2500, "공책"), (1200, "볼펜"), (3500, "과자 한 봉지"), (1800, "생수 한 병")])
        unit = item[0]
        ans = (budget - base) // unit
        text = rng.choice([
            f"한 개에 {unit:,}원인 {josa(item[1], '을/를')} 온라인으로 주문하면 배송비 {base:,}원이 추가된다. 전체 금액을 {budget:,}원 이하로 하려면 최대 몇 개까지 주문할 수 있는지 {_end(rng)}",
            f"배송비가 {base:,}원인 쇼핑몰에서 {item[1]}(개당 {unit:,}원)을 사려고 한다. 쓸 수 있는 돈이 {budget:,}원일 때, 최대 몇 개까지 살 수 있는가?",
        ])
        chk = lambda: max(n for n in range(0, 100) if base + unit * n <= budget) == ans  # noqa: E731
    else:
        avg_goal, n_done = rng.choice([(80, 3), (85, 4), (75, 2), (70, 3)])
        scores = [rng.randint(60, 95) for _ in range(n_done)]
        total = sum(scores)
        need = avg_goal * (n_done + 1) - total
        while need > 100 or need < 40:
            scores = [rng.randint(60, 95) for _ in range(n_done)]
            total = sum(scores)
            need = avg_goal * (n_done + 1) - total
        ans = need
        who = name(rng)
        text = (f"{who}의 지금까지 수학 시험 점수는 {', '.join(map(str, scores))}점이다. 다음 시험까지 {n_done + 1}번의 평균이 {avg_goal}점 이상이 되려면 "
                f"다음 시험에서 몇 점 이상을 받아야 하는지 {_end(rng)}")
        chk = lambda: min(s for s in range(0, 101) if (total + s) >= avg_goal * (n_done + 1)) == ans  # noqa: E731
    unit_word = {"elevator": "개", "saving": "주", "ticket": "명", "delivery": "개", "score": "점"}[kind]
    return Problem(text=text, answer=f"{ans}{unit_word}", format="word", difficulty=3, achievement_level="C",
                   concepts=["일차부등식"], also=list(_GS["02-06"]), check=chk)


@family("10기수1-02-06", "find-error-explain")
def _i6_error(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r0 = rng.randint(-4, 6)
    k_ = rng.choice([-2, -3, -4, -5])
    b_ = nonzero(rng, -7, 7)
    d_ = k_ * r0 + b_
    rel = rng.choice(["<", ">", "<=", ">="])
    shown = f"{_poly([k_, b_])} {rel} {d_}"
    who = name(rng)
    text = rng.choice([
        f"{josa(who, '은/는')} 일차부등식 {_jm(shown, st, '을/를')} 다음과 같이 풀었다.\n"
        f"  {_w(f'{_poly([k_, 0])} {rel} {d_ - b_}', st)}\n  {_w(f'x {rel} {r0}', st)}\n"
        "풀이에서 잘못된 부분을 찾아 그 이유를 설명하고, 바르게 고쳐 푸시오.",
        f"다음은 {who}의 풀이이다.\n  {_w(shown, st)}  →  {_w(f'{_poly([k_, 0])} {rel} {d_ - b_}', st)}  →  {_w(f'x {rel} {r0}', st)}\n"
        "이 풀이가 옳은지 판단하고, 옳지 않다면 어디가 틀렸는지 설명한 뒤 올바른 해를 구하세요.",
    ])
    iv = [_ray(_FLIP[rel], r0)]
    ans = f"양변을 음수 {josa(str(k_), '으로/로')} 나눌 때 부등호의 방향을 바꾸지 않았다. 바른 해: {_iv_str(iv)}"
    return Problem(text=text, answer=_u(ans), format="proof", difficulty=3, achievement_level="B",
                   concepts=["부등식의 성질", "일차부등식"], also=list(_GS["02-06"]),
                   check=lambda: _agree(lambda t: _OPS[rel](k_ * t + b_, Fraction(d_)), iv))


@family("10기수1-02-06", "compare-plans-table")
def _i6_plans(rng: random.Random) -> Problem:
    kind = rng.choice(["phone", "gym", "rental"])
    if kind == "phone":
        b1, p1 = rng.choice([(10000, 100), (12000, 80), (15000, 60)])
        b2, p2 = b1 + rng.choice([5000, 6000, 8000]), p1 - rng.choice([30, 40, 50])
        q1, q2, cnt_unit = "한 달 통화 시간이 몇 분 이상이면", "한 달에 몇 분 이상 통화해야", "분"
        head = "| 요금제 | 기본요금 | 1분당 통화 요금 |"
    elif kind == "gym":
        b1, p1 = rng.choice([(0, 8000), (0, 10000), (20000, 7000)])
        b2, p2 = b1 + rng.choice([30000, 40000, 50000]), p1 - rng.choice([3000, 4000, 5000])
        q1, q2, cnt_unit = "한 달 이용 횟수가 몇 회 이상이면", "한 달에 몇 회 이상 이용해야", "회"
        head = "| 이용권 | 월 회비 | 1회 이용료 |"
    else:
        b1, p1 = rng.choice([(2000, 1500), (3000, 1200), (1000, 2000)])
        b2, p2 = b1 + rng.choice([4000, 5000, 6000]), p1 - rng.choice([500, 600, 800])
        q1, q2, cnt_unit = "대여 시간이 몇 시간 이상이면", "몇 시간 이상 빌려야", "시간"
        head = "| 자전거 대여 | 기본요금 | 1시간당 요금 |"
    lab1, lab2 = rng.choice([("A", "B"), ("가", "나"), ("일반형", "절약형")])
    table = f"{head}\n| {lab1} | {b1:,}원 | {p1:,}원 |\n| {lab2} | {b2:,}원 | {p2:,}원 |"
    ans = (b2 - b1) // (p1 - p2) + 1
    text = rng.choice([
        f"다음 표는 두 가지 {('요금제' if kind == 'phone' else '이용 방법')}의 요금을 나타낸 것이다.\n{table}\n"
        f"{q1} {josa(lab2, '을/를')} 선택하는 것이 {lab1}보다 저렴한지 {_end(rng)} (단, {cnt_unit} 단위로 생각한다.)",
        f"{table}\n위 표를 보고 {lab2}의 총 요금이 {lab1}의 총 요금보다 적어지려면 {q2} 하는지 일차부등식을 세워 {_end(rng)}",
    ])
    return Problem(text=text, answer=f"{ans}{cnt_unit}", format="data", difficulty=4, achievement_level="B",
                   concepts=["일차부등식"], also=list(_GS["02-06"]),
                   check=lambda: min(n for n in range(0, 10000) if b2 + p2 * n < b1 + p1 * n) == ans)


# ================================================================================================
# 10기수1-02-07 연립일차부등식
# ================================================================================================
def _lin_from_root(rng: random.Random, r0: int, final: str, small: bool = True) -> tuple[str, Callable[[Fraction], bool], str]:
    """A linear inequality in x whose solution is ``x final r0``; returns (mini, predicate, final)."""
    a_ = nonzero(rng, -4, 5) if small else nonzero(rng, -6, 7)
    c_ = nonzero(rng, -3, 3, (0, a_)) if rng.random() < 0.3 else 0
    b_ = rng.randint(-8, 8)
    d_ = (a_ - c_) * r0 + b_
    rel = final if a_ - c_ > 0 else _FLIP[final]
    mini = _lin_ineq_mini(a_, b_, rel, c_, d_)

    def pred(t: Fraction) -> bool:
        return _OPS[rel](a_ * t + b_, c_ * t + d_)
    return mini, pred, final


def _system_ivs(r1: int, f1: str, r2: int, f2: str) -> list[_Iv]:
    """Common part of ``x f1 r1`` and ``x f2 r2`` (each a ray)."""
    i1, i2 = _ray(f1, r1), _ray(f2, r2)
    lo, lo_in, hi, hi_in = None, False, None, False
    for iv in (i1, i2):
        if iv.lo is not None and (lo is None or iv.lo > lo or (iv.lo == lo and not iv.lo_in)):
            lo, lo_in = iv.lo, iv.lo_in
        if iv.hi is not None and (hi is None or iv.hi < hi or (iv.hi == hi and not iv.hi_in)):
            hi, hi_in = iv.hi, iv.hi_in
    if lo is not None and hi is not None and (lo > hi or (lo == hi and not (lo_in and hi_in))):
        return []
    return [_Iv(lo, lo_in, hi, hi_in)]


def _sys_text(m1: str, m2: str, st: str) -> str:
    """A system of two inequalities, on its own line(s)."""
    if st == "latex":
        a1, a2 = _w(m1, st)[1:-1], _w(m2, st)[1:-1]
        return f"$\\begin{{cases}} {a1} \\\\ {a2} \\end{{cases}}$"
    if st == "unicode":
        return f"⎧ {_w(m1, st)}\n⎩ {_w(m2, st)}"
    return f"{{ {_w(m1, st)}, {_w(m2, st)} }}"


def _bounded_pair(rng: random.Random) -> tuple[int, str, int, str]:
    """Two rays that overlap in a bounded interval (lower bound first)."""
    lo = rng.randint(-6, 4)
    hi = lo + rng.randint(1, 7)
    return lo, rng.choice([">", ">="]), hi, rng.choice(["<", "<="])


@family("10기수1-02-07", "solve-system")
def _s7_solve(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["bounded", "bounded", "bounded", "ray", "none"])
    if kind == "bounded":
        r1, f1, r2, f2 = _bounded_pair(rng)
    elif kind == "ray":
        r1, r2 = rng.sample(range(-5, 8), 2)
        f1 = f2 = rng.choice(["<", "<=", ">", ">="])
    else:
        r2 = rng.randint(-5, 3)
        r1 = r2 + rng.randint(0, 4)
        f1, f2 = (">", "<=") if r1 == r2 else (rng.choice([">", ">="]), rng.choice(["<", "<="]))
    pairs = [(r1, f1), (r2, f2)]
    rng.shuffle(pairs)
    parts = []
    for r_, f_ in pairs:
        m, p, _ = _lin_from_root(rng, r_, f_)
        parts.append((m, p))
    ivs = _system_ivs(r1, f1, r2, f2)
    sys_txt = _sys_text(parts[0][0], parts[1][0], st)
    text = rng.choice([
        f"다음 연립부등식을 {_end(rng, '풀')}\n{sys_txt}",
        f"다음 연립일차부등식의 해를 {_end(rng)}\n{sys_txt}",
        f"두 일차부등식 {_w(parts[0][0], st)}, {_jm(parts[1][0], st, '을/를')} 동시에 만족시키는 x의 값의 범위를 {_end(rng)}",
    ])
    d = 2 if kind == "bounded" else 3
    return Problem(text=text, answer=_iv_str(ivs), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["연립부등식", "일차부등식"], also=list(_GS["02-07"]),
                   check=lambda: _agree(lambda t: parts[0][1](t) and parts[1][1](t), ivs))


@family("10기수1-02-07", "guided-common-part-fill")
def _s7_guided(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, f1, r2, f2 = _bounded_pair(rng)
    m1, p1, _ = _lin_from_root(rng, r1, f1)
    m2, p2, _ = _lin_from_root(rng, r2, f2)
    ivs = _system_ivs(r1, f1, r2, f2)
    head = rng.choice([
        "다음은 연립부등식을 푸는 과정이다. (가)~(다)에 알맞은 것을 쓰시오.",
        "다음 순서에 따라 연립부등식의 해를 구하려고 한다. 빈칸 (가), (나), (다)를 채우시오.",
        "연립부등식의 풀이 과정의 (가), (나), (다)에 알맞은 식을 각각 구하세요.",
    ])
    lines = [head, _sys_text(m1, m2, st),
             "첫 번째 부등식을 풀면 (가)",
             "두 번째 부등식을 풀면 (나)",
             "두 해를 수직선 위에 나타내어 공통부분을 찾으면 (다)"]
    ans = f"(가) {_iv_str([_ray(f1, r1)])}, (나) {_iv_str([_ray(f2, r2)])}, (다) {_iv_str(ivs)}"
    return Problem(text="\n".join(lines), answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["연립부등식", "일차부등식"],
                   check=lambda: _agree(lambda t: p1(t) and p2(t), ivs))


@family("10기수1-02-07", "double-sided-form")
def _s7_double(rng: random.Random) -> Problem:
    st = pick_style(rng)
    lo = rng.randint(-5, 3)
    hi = lo + rng.randint(1, 6)
    kind = rng.choice(["const-ends", "const-ends", "x-ends"])
    rl, rr = rng.choice(["<", "<="]), rng.choice(["<", "<="])
    if kind == "const-ends":
        k_ = rng.choice([2, 3, 4, -2, -3])
        m_ = rng.randint(-6, 6)
        e1, e2 = k_ * lo + m_, k_ * hi + m_
        left, right = (e1, e2) if k_ > 0 else (e2, e1)
        mid = _poly([k_, m_])
        if k_ > 0:
            ivs = [_Iv(Fraction(lo), rl == "<=", Fraction(hi), rr == "<=")]
        else:
            ivs = [_Iv(Fraction(lo), rr == "<=", Fraction(hi), rl == "<=")]
        shown = f"{left} {rl} {mid} {rr} {right}"

        def pred(t: Fraction) -> bool:
            return _OPS[rl](Fraction(left), k_ * t + m_) and _OPS[rr](k_ * t + m_, Fraction(right))
        d = 2
    else:
        # (a x + b) rl (c x + d) rr (e x + f), both pieces linear; the lower piece gives x > lo, upper x < hi
        c_ = rng.choice([1, 2, 3])
        dd = rng.randint(-5, 5)
        a_ = c_ - rng.choice([1, 2])  # a - c < 0 → left piece: (a-c) x rl d - b  → x > lo
        b_ = dd - (a_ - c_) * lo
        e_ = c_ - rng.choice([1, 2])  # c - e > 0 → right piece: (c-e) x rr f - d → x < hi
        f_ = (c_ - e_) * hi + dd
        ivs = [_Iv(Fraction(lo), rl == "<=", Fraction(hi), rr == "<=")]
        shown = f"{_poly([a_, b_])} {rl} {_poly([c_, dd])} {rr} {_poly([e_, f_])}"

        def pred(t: Fraction) -> bool:
            return _OPS[rl](a_ * t + b_, c_ * t + dd) and _OPS[rr](c_ * t + dd, e_ * t + f_)
        d = 3
    text = rng.choice([
        f"부등식 {_jm(shown, st, '을/를')} {_end(rng, '풀')}",
        f"다음 부등식을 만족시키는 x의 값의 범위를 {_end(rng)}\n{_w(shown, st)}",
        f"{_w(shown, st)}의 해를 구하세요." if kind == "const-ends" else f"A < B < C 꼴의 부등식 {_jm(shown, st, '을/를')} 연립부등식으로 고쳐서 {_end(rng, '풀')}",
    ])
    if kind == "x-ends" and "연립부등식으로" not in text:
        text += " (힌트: 두 부등식으로 나누어 생각한다.)" if rng.random() < 0.5 else ""
    return Problem(text=text, answer=_iv_str(ivs), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["연립부등식"], also=list(_GS["02-07"]), check=lambda: _agree(pred, ivs))


@family("10기수1-02-07", "count-integer-solutions")
def _s7_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    lo_n, den = rng.randint(-12, 6), rng.choice([1, 2, 3])
    lo = Fraction(lo_n, den)
    hi = lo + Fraction(rng.randint(3, 14), rng.choice([1, 2]))
    f1, f2 = rng.choice([">", ">="]), rng.choice(["<", "<="])
    # inequality whose boundary is a fraction: a x + b rel c  with a = den-multiple
    def mk(bound: Fraction, fin: str) -> tuple[str, Callable[[Fraction], bool]]:
        a_ = bound.denominator * rng.choice([1, 2, -1])
        b_ = rng.randint(-6, 6)
        c_ = a_ * bound + b_
        rel = fin if a_ > 0 else _FLIP[fin]
        return f"{_poly([a_, b_])} {rel} {int(c_)}", (lambda t: _OPS[rel](a_ * t + b_, c_))
    m1, p1 = mk(lo, f1)
    m2, p2 = mk(hi, f2)
    ints = [t for t in range(-80, 81) if p1(Fraction(t)) and p2(Fraction(t))]
    ask = rng.choice(["count", "count", "sum", "maxmin"])
    sys_txt = _sys_text(m1, m2, st)
    if ask == "count":
        ans = str(len(ints))
        text = rng.choice([f"다음 연립부등식을 만족시키는 정수 x의 개수를 {_end(rng)}\n{sys_txt}",
                           f"연립부등식을 만족시키는 정수 x는 모두 몇 개인가?\n{sys_txt}"])
    elif ask == "sum":
        ans = str(sum(ints))
        text = f"다음 연립부등식을 만족시키는 모든 정수 x의 값의 합을 {_end(rng)}\n{sys_txt}"
    else:
        ans = f"최댓값 {max(ints)}, 최솟값 {min(ints)}"
        text = f"다음 연립부등식을 만족시키는 정수 x 중에서 가장 큰 수와 가장 작은 수를 각각 {_end(rng)}\n{sys_txt}"
    d = 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="C",
                   concepts=["연립부등식"], also=list(_GS["02-07"]),
                   check=lambda: bool(ints) and all(lo <= t <= hi for t in ints))


@family("10기수1-02-07", "special-solution-mcq")
def _s7_special(rng: random.Random) -> Problem:
    st = pick_style(rng)
    want = rng.choice(["none", "single"])
    def sys_for(kind: str) -> tuple[str, list[_Iv]]:
        if kind == "none":
            r2 = rng.randint(-4, 4)
            r1 = r2 + rng.randint(1, 3)
            f1, f2 = rng.choice([">", ">="]), rng.choice(["<", "<="])
        elif kind == "single":
            r1 = r2 = rng.randint(-4, 5)
            f1, f2 = ">=", "<="
        elif kind == "bounded":
            r1, f1, r2, f2 = _bounded_pair(rng)
        else:
            r1, r2 = rng.sample(range(-4, 6), 2)
            f1 = f2 = rng.choice(["<", ">=", ">", "<="])
        m1, _, fin1 = _lin_from_root(rng, r1, f1)
        m2, _, fin2 = _lin_from_root(rng, r2, f2)
        ivs = _system_ivs(r1, fin1, r2, fin2)
        return _w(f"{m1}, {m2}", st) if st != "latex" else f"{_w(m1, st)}, {_w(m2, st)}", ivs
    for _ in range(40):
        corr, civs = sys_for(want)
        ok_c = (not civs) if want == "none" else (len(civs) == 1 and civs[0].lo == civs[0].hi)
        if ok_c:
            break
    dis, seen = [], {corr}
    for kd in ["bounded", "ray"] * 8:
        t, ivs = sys_for(kd)
        bad = (not ivs) if want == "none" else (bool(ivs) and ivs[0].lo == ivs[0].hi)
        if not bad and t not in seen:
            dis.append(t)
            seen.add(t)
        if len(dis) >= 4:
            break
    ch = choices(rng, corr, dis)
    stem = {"none": rng.choice(["다음 연립부등식 중 해가 없는 것은?", "다음 중 해를 갖지 않는 연립부등식은?"]),
            "single": rng.choice(["다음 연립부등식 중 해가 한 개뿐인 것은?", "다음 연립부등식 중 해가 x = a 꼴로 하나만 나오는 것은?"])}[want]
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["연립부등식"], also=list(_GS["02-07"]), choice=ch,
                   check=lambda: ok_c)


@family("10기수1-02-07", "mixed-purchase-word")
def _s7_purchase(rng: random.Random) -> Problem:
    (i1, p1), (i2, p2) = rng.sample([("빵", 1500), ("우유", 1000), ("김밥", 2500), ("음료수", 1200), ("도넛", 1800),
                                     ("볼펜", 800), ("공책", 1500), ("사과", 2000), ("귤 한 봉지", 3000)], 2)
    if p1 == p2:
        p2 += 500
    n = rng.randint(8, 15)
    # x of item1, n - x of item2; total between L and U
    xs = list(range(1, n))
    x_lo, x_hi = sorted(rng.sample(xs, 2))
    tot = [p1 * t + p2 * (n - t) for t in range(n + 1)]
    L, U = sorted((tot[x_lo], tot[x_hi]))
    L = L - rng.choice([0, 100, 200]) if L > 0 else L
    U = U + rng.choice([0, 100, 200])
    good = [t for t in range(0, n + 1) if L <= p1 * t + p2 * (n - t) <= U]
    ask = rng.choice(["count", "max", "min"])
    base = rng.choice([
        f"한 개에 {p1:,}원인 {josa(i1, '과/와')} 한 개에 {p2:,}원인 {josa(i2, '을/를')} 합하여 {n}개 사려고 한다. 전체 금액이 {L:,}원 이상 {U:,}원 이하가 되도록 할 때, ",
        f"{i1}(개당 {p1:,}원){josa(i1, '과/와')[len(i1):]} {i2}(개당 {p2:,}원){josa(i2, '을/를')[len(i2):]} 모두 {n}개 사는데, 전체 가격을 {L:,}원 이상 {U:,}원 이하로 맞추려고 한다. ",
    ])
    if ask == "count":
        q = f"{i1}의 개수로 가능한 경우는 몇 가지인지 {_end(rng)}"
        ans = f"{len(good)}가지"
    elif ask == "max":
        q = f"{josa(i1, '은/는')} 최대 몇 개까지 살 수 있는지 {_end(rng)}"
        ans = f"{max(good)}개"
    else:
        q = f"{josa(i1, '은/는')} 최소 몇 개 사야 하는지 {_end(rng)}"
        ans = f"{min(good)}개"
    text = base + q + rng.choice(["", " (단, 두 가지를 모두 적어도 하나씩 산다.)"])
    if "적어도" in text:
        good = [t for t in good if 1 <= t <= n - 1]
        ans = {"count": f"{len(good)}가지", "max": f"{max(good)}개", "min": f"{min(good)}개"}[ask]
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["연립부등식", "일차부등식"], also=list(_GS["02-07"]),
                   check=lambda: len(good) > 0 and all(L <= p1 * t + p2 * (n - t) <= U for t in good))


@family("10기수1-02-07", "integer-table-data")
def _s7_table(rng: random.Random) -> Problem:
    k1, m1 = rng.choice([2, 3, -2]), rng.randint(-4, 4)
    k2, m2 = rng.choice([1, -1, 2, -3]), rng.randint(-4, 6)
    xs = list(range(rng.randint(-3, 0), 0))
    xs = list(range(xs[0] if xs else -2, (xs[0] if xs else -2) + 7))
    v1 = [k1 * t + m1 for t in xs]
    v2 = [k2 * t + m2 for t in xs]
    if (k1, m1) == (k2, m2):
        m2 += 3
    v2 = [k2 * t + m2 for t in xs]
    e1, e2 = _poly([k1, m1]), _poly([k2, m2])
    for _ in range(60):
        c1, c2 = rng.choice(v1[1:-1]), rng.choice(v2[1:-1])
        r1, r2 = rng.choice(["<", "<=", ">", ">="]), rng.choice(["<", "<=", ">", ">="])
        good = [t for t, a_, b_ in zip(xs, v1, v2, strict=True) if _OPS[r1](a_, c1) and _OPS[r2](b_, c2)]
        if 1 <= len(good) <= 4:
            break
    rows = ["| x | " + " | ".join(_u(str(t)) for t in xs) + " |",
            f"| {_u(e1)} | " + " | ".join(_u(str(t)) for t in v1) + " |",
            f"| {_u(e2)} | " + " | ".join(_u(str(t)) for t in v2) + " |"]
    st = pick_style(rng, (0.3, 0.5, 0.2))
    text = (rng.choice(["다음 표는 x의 값에 따른 두 일차식의 값을 나타낸 것이다.", "x의 값을 바꾸어 가며 두 식의 값을 계산하여 표로 나타내었다."])
            + "\n" + "\n".join(rows) + "\n"
            + f"표에 있는 x의 값 중에서 연립부등식 ({_w(f'{e1} {r1} {c1}', st)}, {_w(f'{e2} {r2} {c2}', st)})의 해를 모두 {_end(rng, '쓰')}")
    ans = ", ".join(_u(str(t)) for t in good) if good else "없다"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["연립부등식", "해"],
                   check=lambda: all(_OPS[r1](Fraction(k1 * t + m1), c1) and _OPS[r2](Fraction(k2 * t + m2), c2) for t in good))


@family("10기수1-02-07", "range-from-formula-word")
def _s7_formula(rng: random.Random) -> Problem:
    kind = rng.choice(["temp", "triangle", "quiz", "phone-battery"])
    if kind == "temp":
        c_lo = rng.choice([5, 10, 15, 20])
        c_hi = c_lo + rng.choice([5, 10, 15])
        f_lo, f_hi = c_lo * 9 // 5 + 32, c_hi * 9 // 5 + 32
        text = rng.choice([
            f"섭씨온도 x °C를 화씨온도로 바꾸면 (1.8x + 32) °F이다. 어느 식물이 잘 자라는 온도가 화씨로 {f_lo} °F 이상 {f_hi} °F 이하일 때, 이 온도를 섭씨로 나타낸 x의 값의 범위를 {_end(rng)}",
            f"화씨온도 F와 섭씨온도 C 사이에는 F = 1.8C + 32인 관계가 있다. 어떤 실험실의 온도를 {f_lo} °F 이상 {f_hi} °F 이하로 유지하려고 할 때, 섭씨온도 C의 값의 범위를 {_end(rng)}",
        ])
        var = "C" if "섭씨온도 C" in text else "x"
        ivs = [_Iv(Fraction(c_lo), True, Fraction(c_hi), True)]
        ans = _iv_str(ivs, var) + " (°C)"

        def chk() -> bool:
            return all((f_lo <= Fraction(9, 5) * t + 32 <= f_hi) == ivs[0].has(t) for t in (Fraction(i, 2) for i in range(-20, 120)))
        d = 3
    elif kind == "triangle":
        a_ = rng.randint(3, 9)
        b_ = a_ + rng.randint(2, 5)
        # sides a, b, x: b - a < x < a + b
        ivs = [_Iv(Fraction(b_ - a_), False, Fraction(a_ + b_), False)]
        text = rng.choice([
            f"세 변의 길이가 {a_} cm, {b_} cm, x cm인 삼각형이 만들어지기 위한 x의 값의 범위를 {_end(rng)} (단, 가장 긴 변의 길이는 나머지 두 변의 길이의 합보다 작다.)",
            f"길이가 {a_} cm, {b_} cm인 막대 두 개와 길이가 x cm인 막대 하나로 삼각형을 만들려고 한다. x의 값의 범위를 연립부등식을 세워 {_end(rng)}",
        ])
        ans = _iv_str(ivs)

        def chk() -> bool:
            return all(((t < a_ + b_) and (a_ < t + b_) and (b_ < t + a_)) == ivs[0].has(t) for t in (Fraction(i, 2) for i in range(1, 60)))
        d = 3
    elif kind == "quiz":
        per, base = rng.choice([(4, 20), (5, 10), (3, 40), (2, 50)])
        n_lo, n_hi = rng.randint(4, 8), rng.randint(10, 15)
        s_lo, s_hi = per * n_lo + base, per * n_hi + base
        who = name(rng)
        text = rng.choice([
            f"어느 퀴즈 대회에서는 기본 점수 {base}점에 맞힌 문제 하나마다 {per}점씩 더하여 점수를 준다. {josa(who, '이/가')} 받은 점수가 {s_lo}점 이상 {s_hi}점 이하일 때, 맞힌 문제 수 x의 값의 범위를 {_end(rng)}",
            f"맞힌 문제 수가 x개일 때 점수가 ({per}x + {base})점인 시험에서 점수가 {s_lo}점 이상 {s_hi}점 이하가 되려면 x는 어떤 범위에 있어야 하는지 {_end(rng)}",
        ])
        ivs = [_Iv(Fraction(n_lo), True, Fraction(n_hi), True)]
        ans = _iv_str(ivs)

        def chk() -> bool:
            return all((s_lo <= per * t + base <= s_hi) == ivs[0].has(Fraction(t)) for t in range(0, 100))
        d = 2
    else:
        now = rng.choice([20, 25, 30, 35])
        rate = rng.choice([2, 3, 4])  # % per minute while charging
        lo_p = now + rate * rng.randint(5, 10)
        hi_p = min(lo_p + rate * rng.randint(3, 8), 100)
        t_lo = Fraction(lo_p - now, rate)
        t_hi = Fraction(hi_p - now, rate)
        text = rng.choice([
            f"배터리가 {now}% 남은 휴대 전화를 충전하면 1분에 {rate}%씩 일정하게 충전된다고 한다. 배터리가 {lo_p}% 이상 {hi_p}% 이하가 되는 충전 시간을 x분이라 할 때, x의 값의 범위를 {_end(rng)}",
            f"충전을 시작할 때 배터리 잔량이 {now}%이고 매분 {rate}%씩 충전된다. 잔량이 {lo_p}% 이상 {hi_p}% 이하인 시간 x(분)의 범위를 연립부등식을 이용하여 {_end(rng)}",
        ])
        ivs = [_Iv(t_lo, True, t_hi, True)]
        ans = _iv_str(ivs)

        def chk() -> bool:
            return all((lo_p <= now + rate * t <= hi_p) == ivs[0].has(t) for t in (Fraction(i, 6) for i in range(0, 400)))
        d = 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["연립부등식"], also=list(_GS["02-07"]), check=chk)


# ================================================================================================
# 10기수1-02-08 절댓값을 포함한 일차부등식 (절댓값 한 개)
# ================================================================================================
def _abs_solution(k_: int, m_: int, rel: str, c_: int) -> list[_Iv]:
    """Solution of |k x + m| rel c (c > 0)."""
    r1, r2 = Fraction(-c_ - m_, k_), Fraction(c_ - m_, k_)
    lo, hi = min(r1, r2), max(r1, r2)
    if rel in ("<", "<="):
        return [_Iv(lo, rel == "<=", hi, rel == "<=")]
    return [_Iv(None, False, lo, rel == ">="), _Iv(hi, rel == ">=", None, False)]


def _abs_mini(k_: int, m_: int) -> str:
    return f"|{_poly([k_, m_])}|"


@family("10기수1-02-08", "solve-abs-basic")
def _a8_basic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k_ = rng.choice([1, 1, 1, 2, 3, -1, 2])
    lo = rng.randint(-6, 3)
    span = rng.randint(1, 5) * 2
    # choose the centre so that the ends are integers: |k x + m| rel c with ends lo, lo + span
    hi = lo + span
    c_ = abs(k_) * span // 2
    if (abs(k_) * span) % 2:
        c_ = abs(k_) * span
        hi = lo + 2 * span
    m_ = -k_ * (lo + hi) // 2 if (k_ * (lo + hi)) % 2 == 0 else None
    if m_ is None:
        hi += 1
        c_ = abs(k_) * (hi - lo) // 2
        m_ = -k_ * (lo + hi) // 2
    rel = rng.choice(["<", "<=", ">", ">="])
    ivs = _abs_solution(k_, m_, rel, c_)
    shown = f"{_abs_mini(k_, m_)} {rel} {c_}"
    text = rng.choice([
        f"부등식 {_jm(shown, st, '을/를')} {_end(rng, '풀')}",
        f"다음 절댓값을 포함한 부등식의 해를 {_end(rng)}\n{_w(shown, st)}",
        f"x에 대한 부등식 {_jm(shown, st, '을/를')} 만족시키는 x의 값의 범위를 {_end(rng)}",
    ])
    d = 2 if rel in ("<", "<=") else 3
    return Problem(text=text, answer=_iv_str(ivs), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["절댓값", "일차부등식"], also=list(_GS["02-08"]),
                   check=lambda: _agree(lambda t: _OPS[rel](abs(k_ * t + m_), Fraction(c_)), ivs))


@family("10기수1-02-08", "guided-abs-fill")
def _a8_guided(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k_ = rng.choice([2, 3, 1])
    lo = rng.randint(-5, 3)
    hi = lo + 2 * rng.randint(1, 4)
    c_ = k_ * (hi - lo) // 2
    m_ = -k_ * (lo + hi) // 2
    if m_ == 0:
        lo, hi, m_ = lo + 1, hi + 1, m_ - k_
    rel = rng.choice(["<", "<=", ">", ">="])
    ivs = _abs_solution(k_, m_, rel, c_)
    e = _poly([k_, m_])
    shown = f"|{e}| {rel} {c_}"
    head_ineq = _w(shown, st)
    st = "unicode" if st == "latex" else st
    if rel in ("<", "<="):
        lines = [f"{head_ineq}에서 절댓값의 뜻에 의하여",
                 f"(가) {_w(rel, st)} {_w(e, st)} {_w(rel, st)} {c_}",
                 f"각 변에 {_w(str(-m_), st)}{'를' if (-m_) % 10 in (2, 4, 5, 9) else '을'} 더하면 {_w(str(-c_ - m_), st)} {_w(rel, st)} {_w(_poly([k_, 0]), st)} {_w(rel, st)} (나)",
                 "따라서 해는 (다)"]
        ans = f"(가) {_u(str(-c_))}, (나) {_u(str(c_ - m_))}, (다) {_iv_str(ivs)}"
    else:
        lines = [f"{head_ineq}에서 절댓값의 뜻에 의하여",
                 f"{_w(e, st)} {_w(_FLIP[rel], st)} (가)  또는  {_w(e, st)} {_w(rel, st)} {c_}",
                 f"각각 풀면 x {_w(_FLIP[rel], st)} (나)  또는  x {_w(rel, st)} {_u(_fs(Fraction(c_ - m_, k_)))}",
                 "따라서 해는 (다)"]
        ans = f"(가) {_u(str(-c_))}, (나) {_u(_fs(Fraction(-c_ - m_, k_)))}, (다) {_iv_str(ivs)}"
    lines[2] = lines[2].replace("을 더하면", josa(str(-m_), "을/를")[len(str(-m_)):] + " 더하면").replace("를 더하면", josa(str(-m_), "을/를")[len(str(-m_)):] + " 더하면") if rel in ("<", "<=") else lines[2]
    head = rng.choice(["다음은 부등식을 푸는 과정이다. (가)~(다)에 알맞은 것을 쓰시오.",
                       "다음 풀이 과정의 빈칸 (가), (나), (다)를 채우세요.",
                       "다음 순서에 따라 절댓값을 포함한 부등식을 풀 때, (가), (나), (다)에 들어갈 것을 구하시오."])
    return Problem(text=head + "\n" + "\n".join(lines), answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["절댓값", "일차부등식"],
                   check=lambda: _agree(lambda t: _OPS[rel](abs(k_ * t + m_), Fraction(c_)), ivs))


@family("10기수1-02-08", "distance-on-number-line")
def _a8_distance(rng: random.Random) -> Problem:
    p_ = rng.randint(-5, 8)
    dd = rng.randint(1, 6)
    rel_word, rel = rng.choice([("이하", "<="), ("미만", "<"), ("이상", ">="), ("보다 크다", ">")])
    ivs = _abs_solution(1, -p_, rel, dd)
    pt = rng.choice(["P", "A", "Q", "X"])
    text = rng.choice([
        f"수직선 위에서 실수 x를 나타내는 점과 {_u(str(p_))}를 나타내는 점 사이의 거리가 {dd} {rel_word}일 때, 절댓값 기호를 사용하여 부등식으로 나타내고 x의 값의 범위를 {_end(rng)}",
        f"수직선 위의 두 점 {pt}(x), B({_u(str(p_))}) 사이의 거리가 {dd} {rel_word}이다. x의 값의 범위를 {_end(rng)}",
    ])
    text = text.replace(f"{dd} 보다 크다일 때", f"{dd}보다 클 때").replace(f"{dd} 보다 크다이다", f"{dd}보다 크다")
    text = text.replace(f"{dd} 이하일", f"{dd} 이하일").replace(f"{_u(str(p_))}를 나타내는", josa(_u(str(p_)), "을/를") + " 나타내는")
    ineq = _u(f"|{_poly([1, -p_])}| {rel} {dd}")
    ans = (f"{ineq}, " if "절댓값 기호를" in text else "") + _iv_str(ivs)
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["절댓값", "일차부등식"], also=list(_GS["02-08"]),
                   check=lambda: _agree(lambda t: _OPS[rel](abs(t - p_), Fraction(dd)), ivs))


@family("10기수1-02-08", "count-integer-abs")
def _a8_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k_ = rng.choice([1, 2, 3])
    m_ = rng.randint(-9, 9)
    c_ = rng.randint(2, 10)
    kind = rng.choice(["int-lt", "int-lt", "nat-gt"])
    if kind == "int-lt":
        rel = rng.choice(["<", "<="])
        ivs = _abs_solution(k_, m_, rel, c_)
        vals = [t for t in range(-60, 61) if ivs[0].has(Fraction(t))]
        shown = f"|{_poly([k_, m_])}| {rel} {c_}"
        ask = rng.choice(["개수", "합"])
        ans = str(len(vals)) if ask == "개수" else str(sum(vals))
        text = rng.choice([
            f"부등식 {_jm(shown, st, '을/를')} 만족시키는 정수 x의 {josa('값의 ' + ask if ask == '합' else ask, '을/를')} {_end(rng)}",
            f"{_jm(shown, st, '을/를')} 만족시키는 모든 정수 x의 {josa('값의 ' + ask if ask == '합' else ask, '을/를')} {_end(rng)}",
        ])
        lim = None
    else:
        rel = rng.choice([">", ">="])
        lim = rng.choice([10, 15, 20])
        m_ = -k_ * rng.randint(3, 7)
        c_ = rng.randint(2, 6)
        ivs = _abs_solution(k_, m_, rel, c_)
        vals = [t for t in range(1, lim + 1) if any(iv.has(Fraction(t)) for iv in ivs)]
        shown = f"|{_poly([k_, m_])}| {rel} {c_}"
        ans = str(len(vals))
        text = f"{lim} 이하의 자연수 x 중에서 부등식 {_jm(shown, st, '을/를')} 만족시키는 것은 모두 몇 개인지 {_end(rng)}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["절댓값", "일차부등식"], also=list(_GS["02-08"]),
                   check=lambda: ans == (str(len([t for t in range(1, lim + 1) if _OPS[rel](abs(k_ * t + m_), c_)])) if lim
                                         else str((len if "개수" in text else sum)([t for t in range(-60, 61) if _OPS[rel](abs(k_ * t + m_), c_)]))))


@family("10기수1-02-08", "tolerance-word")
def _a8_tolerance(rng: random.Random) -> Problem:
    kind = rng.choice(["weight", "length", "temp", "volume"])
    if kind == "weight":
        std, tol, unit, obj = rng.choice([500, 300, 250, 1000]), rng.choice([3, 5, 8, 10]), "g", rng.choice(["과자 한 봉지", "커피 원두 한 봉지", "밀가루 한 포대"])
        desc = f"어느 공장에서 만드는 {obj}의 표준 무게는 {std} g이고, 실제 무게와 표준 무게의 차이가 {tol} g 이하인 제품만 합격이다."
    elif kind == "length":
        std, tol, unit, obj = rng.choice([150, 200, 120]), rng.choice([1, 2, 3]), "mm", rng.choice(["나사", "볼트", "연필심"])
        desc = f"{obj}의 규격 길이는 {std} mm이고, 허용 오차는 ±{tol} mm이다. 즉 실제 길이와 규격 길이의 차가 {tol} mm 이하이어야 한다."
    elif kind == "temp":
        std, tol, unit, obj = rng.choice([18, 20, 22, 24]), rng.choice([2, 3, 4]), "°C", "실내 온도"
        desc = f"어느 전시실은 작품 보호를 위해 실내 온도를 {std} °C에 맞추되, 설정 온도와의 차이가 {tol} °C 이하가 되도록 관리한다."
    else:
        std, tol, unit, obj = rng.choice([500, 350, 1000]), rng.choice([5, 10, 15]), "mL", "음료 한 병의 양"
        desc = f"음료 한 병에 담기는 양은 {std} mL로 표시되어 있고, 실제 양과 표시된 양의 차가 {tol} mL 이하이면 정상 제품이다."
    var = rng.choice(["x", "a", "w"]) if kind != "temp" else "t"
    text = desc + rng.choice([
        f" 실제 값을 {var} {unit}라 할 때, 조건을 절댓값을 사용한 부등식으로 나타내고 {var}의 값의 범위를 {_end(rng)}",
        f" 정상 제품의 {var}({unit})의 범위를 절댓값을 포함한 부등식을 풀어 {_end(rng)}",
    ])
    text = text.replace(f"{var} {unit}라", josa(f"{var} {unit}", "이라/라"))
    ivs = [_Iv(Fraction(std - tol), True, Fraction(std + tol), True)]
    ans = _u(f"|{var} - {std}| <= {tol}") + ", " + _iv_str(ivs, var)
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["절댓값", "일차부등식"], also=list(_GS["02-08"]),
                   check=lambda: _agree(lambda t: abs(t - std) <= tol, ivs))


@family("10기수1-02-08", "params-from-solution")
def _a8_params(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p_ = rng.randint(-4, 6)
    b_ = rng.randint(1, 6)
    rel = rng.choice(["<", "<="])
    lo, hi = p_ - b_, p_ + b_
    kind = rng.choice(["both", "a-only"])
    sol = _iv_str([_Iv(Fraction(lo), rel == "<=", Fraction(hi), rel == "<=")])
    if kind == "both":
        shown = f"|x - a| {rel} b"
        text = rng.choice([
            f"부등식 {_w(shown, st)}의 해가 {_w(sol.replace('−', '-').replace('≤', '<='), st)}일 때, 상수 a, b의 값을 각각 {_end(rng)} (단, b > 0)",
            f"x에 대한 부등식 {_w(shown, st)}의 해가 {_w(sol.replace('−', '-').replace('≤', '<='), st)}이다. a + b의 값을 {_end(rng)} (단, b는 양수)",
        ])
        ans = f"a = {p_}, b = {b_}" if "각각" in text else str(p_ + b_)
    else:
        shown = f"|x - a| {rel} {b_}"
        text = f"부등식 {_w(shown, st)}의 해가 {_w(sol.replace('−', '-').replace('≤', '<='), st)}일 때, 상수 a의 값을 {_end(rng)}"
        ans = str(p_)
    return Problem(text=text, answer=_u(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["절댓값", "일차부등식"], also=list(_GS["02-08"]),
                   check=lambda: _agree(lambda t: _OPS[rel](abs(t - p_), Fraction(b_)), [_Iv(Fraction(lo), rel == "<=", Fraction(hi), rel == "<=")]))


@family("10기수1-02-08", "which-inequality-mcq")
def _a8_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p_ = rng.randint(-4, 5)
    b_ = rng.randint(2, 6)
    rel = rng.choice(["<", "<="])
    lo, hi = p_ - b_, p_ + b_
    target = _iv_str([_Iv(Fraction(lo), rel == "<=", Fraction(hi), rel == "<=")])

    def ab(pp: int, bb: int, rr: str) -> str:
        return _w(f"|{_poly([1, -pp])}| {rr} {bb}", st)
    other = "<=" if rel == "<" else "<"
    corr = ab(p_, b_, rel)
    dis = [ab(-p_, b_, rel) if p_ else ab(p_ + 1, b_, rel), ab(b_, p_, rel) if p_ > 0 and p_ != b_ else ab(p_, b_ + 1, rel),
           ab(p_, b_, ">" if rel == "<" else ">="), ab(p_, b_, other), ab(p_, 2 * b_, rel), ab(lo, hi, rel) if lo != p_ else ab(p_ - 1, b_, rel)]
    ch = choices(rng, corr, dis)
    stem = rng.choice([f"해가 {_w(target.replace('−', '-').replace('≤', '<='), st)}인 부등식은?",
                       f"다음 중 부등식의 해를 수직선 위에 나타냈을 때 {_w(target.replace('−', '-').replace('≤', '<='), st)}가 되는 것은?"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["절댓값", "일차부등식"], also=list(_GS["02-08"]), choice=ch,
                   check=lambda: _agree(lambda t: _OPS[rel](abs(t - p_), Fraction(b_)), [_Iv(Fraction(lo), rel == "<=", Fraction(hi), rel == "<=")]))


@family("10기수1-02-08", "abs-table-data")
def _a8_table(rng: random.Random) -> Problem:
    k_ = rng.choice([1, 2])
    m_ = rng.randint(-5, 3)
    start = rng.randint(-3, 0)
    xs = list(range(start, start + 7))
    vals = [abs(k_ * t + m_) for t in xs]
    c_ = rng.choice(sorted(set(vals))[1:-1] or [1])
    rel = rng.choice(["<", "<=", ">", ">="])
    good = [t for t, v in zip(xs, vals, strict=True) if _OPS[rel](v, c_)]
    e = _poly([k_, m_])
    rows = ["| x | " + " | ".join(_u(str(t)) for t in xs) + " |", f"| {_u('|' + e + '|')} | " + " | ".join(str(v) for v in vals) + " |"]
    ivs = _abs_solution(k_, m_, rel, c_)
    st = pick_style(rng, (0.3, 0.5, 0.2))
    text = (rng.choice(["다음은 x의 값에 따른 절댓값의 값을 조사한 표이다.", "x에 여러 정수를 대입하여 다음 표를 만들었다."]) + "\n" + "\n".join(rows)
            + f"\n(1) 표의 x의 값 중에서 부등식 {_jm(f'|{e}| {rel} {c_}', st, '을/를')} 만족시키는 것을 모두 쓰시오.\n(2) x가 실수일 때, 이 부등식의 해를 {_end(rng)}")
    ans = f"(1) {', '.join(_u(str(t)) for t in good) if good else '없다'} (2) {_iv_str(ivs)}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["절댓값", "일차부등식"],
                   check=lambda: _agree(lambda t: _OPS[rel](abs(k_ * t + m_), Fraction(c_)), ivs)
                   and all(any(iv.has(Fraction(t)) for iv in ivs) for t in good))


@family("10기수1-02-08", "abs-vs-linear-cases")
def _a8_cases(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(200):
        p_ = rng.randint(-4, 5)
        q_ = rng.choice([2, 3])
        r_ = rng.randint(-6, 6)
        # |x - p| rel q x + r ; g(x) = q x + r - |x - p| increasing → one boundary x0
        xl = Fraction(p_ - r_, 1 + q_)
        x0 = xl if xl <= p_ else Fraction(-(r_ + p_), q_ - 1)
        if x0.denominator == 1:
            break
    rel = rng.choice(["<", "<=", ">", ">="])
    # |x-p| < qx + r  ⇔  g > 0  ⇔ x > x0
    fin = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}[rel]
    ivs = [_ray(fin, x0)]
    shown = f"|{_poly([1, -p_])}| {rel} {_poly([q_, r_])}"
    hint = rng.choice(["", f" (힌트: {_w(f'x >= {p_}', st)}일 때와 {_w(f'x < {p_}', st)}일 때로 나누어 생각한다.)"])
    text = rng.choice([
        f"부등식 {_jm(shown, st, '을/를')} {_end(rng, '풀')}{hint}",
        f"x의 값의 범위를 나누어 부등식 {_jm(shown, st, '을/를')} {_end(rng, '풀')}",
    ])
    d = 4 if not hint else 3
    return Problem(text=text, answer=_iv_str(ivs), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["절댓값", "일차부등식"], also=list(_GS["02-08"]),
                   check=lambda: _agree(lambda t: _OPS[rel](abs(t - p_), q_ * t + r_), ivs))


# ================================================================================================
# 10기수1-02-09 이차부등식과 이차함수
# ================================================================================================
def _quad_sol(a_: int, r1: int | Fraction, r2: int | Fraction, rel: str) -> list[_Iv]:
    """Solution of a(x - r1)(x - r2) rel 0 (r1 <= r2, real roots)."""
    lo, hi = Fraction(min(r1, r2)), Fraction(max(r1, r2))
    inside = (rel in ("<", "<=")) == (a_ > 0)  # solution between the roots?
    strict = rel in ("<", ">")
    if lo == hi:
        if inside:
            return [] if strict else [_Iv(lo, True, lo, True)]
        return [_Iv(None, False, lo, False), _Iv(lo, False, None, False)] if strict else [_Iv(None, False, None, False)]
    if inside:
        return [_Iv(lo, not strict, hi, not strict)]
    return [_Iv(None, False, lo, not strict), _Iv(hi, not strict, None, False)]


def _factor_mini(a_: int, r1: int, r2: int) -> str:
    def f(r: int) -> str:
        return "x" if r == 0 else f"(x {'-' if r > 0 else '+'} {abs(r)})"
    lead = "" if a_ == 1 else ("-" if a_ == -1 else str(a_))
    if r1 == r2:
        return f"{lead}{f(r1)}^2" if r1 else f"{lead}x^2"
    return f"{lead}{f(r1)}{f(r2)}" if r1 else f"{lead}x{f(r2)}"


@family("10기수1-02-09", "factored-form-solve")
def _q9_factored(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample(range(-6, 8), 2))
    a_ = rng.choice([1, 1, 1, 2, -1])
    rel = rng.choice(["<", ">", "<=", ">="])
    order = [r1, r2] if rng.random() < 0.5 else [r2, r1]
    shown = f"{_factor_mini(a_, order[0], order[1])} {rel} 0"
    ivs = _quad_sol(a_, r1, r2, rel)
    text = rng.choice([
        f"이차부등식 {_jm(shown, st, '을/를')} {_end(rng, '풀')}",
        f"다음 이차부등식의 해를 {_end(rng)}\n{_w(shown, st)}",
        f"부등식 {_jm(shown, st, '을/를')} 만족시키는 x의 값의 범위를 {_end(rng)}",
    ])
    d = 2 if a_ > 0 else 3
    return Problem(text=text, answer=_iv_str(ivs), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이차부등식", "인수분해"], also=list(_GS["02-09"]),
                   check=lambda: _agree(lambda t: _OPS[rel](a_ * (t - r1) * (t - r2), Fraction(0)), ivs))


@family("10기수1-02-09", "expanded-form-solve")
def _q9_expanded(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample(range(-5, 7), 2))
    a_ = rng.choice([1, 1, 1, -1, 2])
    rel = rng.choice(["<", ">", "<=", ">="])
    cs = [a_, -a_ * (r1 + r2), a_ * r1 * r2]
    kind = rng.choice(["std", "std", "move"])
    if kind == "std":
        shown = f"{_poly(cs)} {rel} 0"
        d = 2 if a_ == 1 else 3
    else:
        # move the constant or the x-term to the right side
        k_ = rng.randint(1, 6)
        shown = f"{_poly([cs[0], cs[1], cs[2] + k_])} {rel} {k_}" if rng.random() < 0.5 else f"{_poly([cs[0], 0, cs[2]])} {rel} {_poly([-cs[1], 0])}"
        d = 3
    ivs = _quad_sol(a_, r1, r2, rel)
    text = rng.choice([
        f"이차부등식 {_jm(shown, st, '을/를')} {_end(rng, '풀')}",
        f"다음 이차부등식을 {_end(rng, '풀')}\n{_w(shown, st)}",
        f"좌변을 인수분해하여 부등식 {_jm(shown, st, '을/를')} {_end(rng, '풀')}" if kind == "std" else f"부등식 {_jm(shown, st, '을/를')} 만족시키는 x의 값의 범위를 {_end(rng)}",
    ])
    if shown.endswith(" 0") and "인수분해하여" not in text and rng.random() < 0.3:
        text += " (힌트: 좌변을 인수분해한다.)"
    return Problem(text=text, answer=_iv_str(ivs), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이차부등식", "인수분해"], also=list(_GS["02-09"]),
                   check=lambda: _agree(lambda t: _OPS[rel](a_ * t * t - a_ * (r1 + r2) * t + a_ * r1 * r2, Fraction(0)), ivs))


@family("10기수1-02-09", "graph-guided-fill")
def _q9_guided(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample(range(-4, 6), 2))
    a_ = rng.choice([1, 1, -1])
    rel = rng.choice(["<", ">", "<=", ">="])
    cs = [a_, -a_ * (r1 + r2), a_ * r1 * r2]
    f_txt = _poly(cs)
    ivs = _quad_sol(a_, r1, r2, rel)
    where = {"<": "아래쪽에 있는", ">": "위쪽에 있는", "<=": "아래쪽에 있거나 x축과 만나는", ">=": "위쪽에 있거나 x축과 만나는"}[rel]
    conv = "아래로" if a_ > 0 else "위로"
    lines = [
        rng.choice(["다음은 이차함수의 그래프를 이용하여 이차부등식을 푸는 과정이다. (가)~(라)에 알맞은 것을 쓰시오.",
                    "다음 순서에 따라 이차부등식을 풀려고 한다. 빈칸 (가), (나), (다), (라)를 채우세요."]),
        f"① 이차함수 {_w('y = ' + f_txt, st)}의 그래프는 (가) 볼록하다.",
        f"② 그래프가 x축과 만나는 점의 x좌표는 이차방정식 {_w(f_txt + ' = 0', st)}의 두 근 (나), (다)이다.",
        f"③ 부등식 {_w(f'{f_txt} {rel} 0', st)}의 해는 그래프가 x축보다 {where} 부분의 x의 값의 범위이므로 (라)이다.",
    ]
    ans = f"(가) {conv}, (나) {_u(str(r1))}, (다) {_u(str(r2))}, (라) {_iv_str(ivs)}"
    return Problem(text="\n".join(lines), answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["이차부등식", "이차함수", "그래프"], also=["10기수1-02-04"],
                   check=lambda: _agree(lambda t: _OPS[rel](a_ * (t - r1) * (t - r2), Fraction(0)), ivs)
                   and sp.Poly(a_ * (_X - r1) * (_X - r2), _X).all_coeffs() == cs)


@family("10기수1-02-09", "value-table-data")
def _q9_table(rng: random.Random) -> Problem:
    r1 = rng.randint(-3, 1)
    r2 = r1 + rng.randint(2, 4)
    a_ = rng.choice([1, -1])
    xs = list(range(r1 - 2, r2 + 3))
    ys = [a_ * (t - r1) * (t - r2) for t in xs]
    rel = rng.choice(["<", ">", "<=", ">="])
    ivs = _quad_sol(a_, r1, r2, rel)
    rows = ["| x | " + " | ".join(_u(str(t)) for t in xs) + " |", "| f(x) | " + " | ".join(_u(str(v)) for v in ys) + " |"]
    st = pick_style(rng, (0.3, 0.5, 0.2))
    head = rng.choice([
        "이차함수 y = f(x)에 대하여 x의 값에 따른 함숫값을 조사하였더니 다음 표와 같았다.",
        "다음은 이차함수 f(x)의 함숫값을 나타낸 표이다.",
    ])
    text = (head + "\n" + "\n".join(rows) + "\n"
            + rng.choice([f"이 표를 이용하여 이차부등식 {_w(f'f(x) {rel} 0', st)}의 해를 {_end(rng)}",
                          f"이차함수 y = f(x)의 그래프를 생각하여 부등식 {_w(f'f(x) {rel} 0', st)}의 해를 {_end(rng)}"]))
    return Problem(text=text, answer=_iv_str(ivs), format="data", difficulty=2, achievement_level="C",
                   concepts=["이차부등식", "이차함수", "함숫값"],
                   check=lambda: _agree(lambda t: _OPS[rel](a_ * (t - r1) * (t - r2), Fraction(0)), ivs))


@family("10기수1-02-09", "graph-given-intercepts")
def _q9_graph(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample(range(-5, 7), 2))
    a_ = rng.choice([1, -1])
    conv = "아래로" if a_ > 0 else "위로"
    rel = rng.choice(["<", ">", "<=", ">="])
    ivs = _quad_sol(a_, r1, r2, rel)
    fn = rng.choice(["f", "g"])
    desc = rng.choice([
        f"이차함수 y = {fn}(x)의 그래프는 {conv} 볼록하고, x축과 두 점 ({_u(str(r1))}, 0), ({_u(str(r2))}, 0)에서 만난다.",
        f"{conv} 볼록한 포물선 y = {fn}(x)가 x축과 x = {_u(str(r1))}, x = {_u(str(r2))}인 점에서 만난다.",
    ])
    text = desc + " " + rng.choice([
        f"부등식 {_w(f'{fn}(x) {rel} 0', st)}의 해를 {_end(rng)}",
        f"이 그래프를 이용하여 이차부등식 {_w(f'{fn}(x) {rel} 0', st)}의 해를 {_end(rng)}",
    ])
    return Problem(text=text, answer=_iv_str(ivs), format="computation", difficulty=2, achievement_level="D",
                   concepts=["이차부등식", "이차함수", "포물선"], also=list(_GS["02-09"]),
                   check=lambda: _agree(lambda t: _OPS[rel](a_ * (t - r1) * (t - r2), Fraction(0)), ivs))


@family("10기수1-02-09", "special-solution-mcq")
def _q9_special(rng: random.Random) -> Problem:
    st = pick_style(rng)
    want = rng.choice(["all", "none", "single"])

    def make(kind: str) -> tuple[str, list[_Iv], Callable[[Fraction], bool]]:
        if kind in ("sq-all", "sq-none", "sq-single", "sq-punct"):
            r = rng.randint(-4, 4)
            rel = {"sq-all": ">=", "sq-none": "<", "sq-single": "<=", "sq-punct": ">"}[kind]
            cs = [1, -2 * r, r * r]
            ivs = _quad_sol(1, r, r, rel)
            return f"{_poly(cs)} {rel} 0", ivs, (lambda t: _OPS[rel](t * t - 2 * r * t + r * r, Fraction(0)))
        if kind in ("pos-all", "pos-none"):
            p, q = rng.randint(-3, 3), rng.randint(1, 4)
            cs = [1, -2 * p, p * p + q]
            rel = rng.choice([">", ">="]) if kind == "pos-all" else rng.choice(["<", "<="])
            ivs = [_Iv(None, False, None, False)] if kind == "pos-all" else []
            return f"{_poly(cs)} {rel} 0", ivs, (lambda t: _OPS[rel](t * t - 2 * p * t + p * p + q, Fraction(0)))
        r1, r2 = sorted(rng.sample(range(-5, 6), 2))
        rel = rng.choice(["<", ">", "<=", ">="])
        cs = [1, -(r1 + r2), r1 * r2]
        return f"{_poly(cs)} {rel} 0", _quad_sol(1, r1, r2, rel), (lambda t: _OPS[rel](t * t - (r1 + r2) * t + r1 * r2, Fraction(0)))

    def kind_of(ivs: list[_Iv]) -> str:
        if not ivs:
            return "none"
        if len(ivs) == 1 and ivs[0].lo is None and ivs[0].hi is None:
            return "all"
        if len(ivs) == 1 and ivs[0].lo is not None and ivs[0].lo == ivs[0].hi:
            return "single"
        return "other"
    pools = {"all": ["sq-all", "pos-all"], "none": ["sq-none", "pos-none"], "single": ["sq-single"]}
    corr, civs, cpred = make(rng.choice(pools[want]))
    dis, seen = [], {corr}
    for kd in rng.sample(["sq-all", "pos-all", "sq-none", "pos-none", "sq-single", "sq-punct", "two", "two", "two"], 9):
        t, ivs, _ = make(kd)
        if kind_of(ivs) != want and t not in seen:
            dis.append(_w(t, st))
            seen.add(t)
    ch = choices(rng, _w(corr, st), dis)
    stem = {"all": "다음 이차부등식 중 해가 모든 실수인 것은?",
            "none": rng.choice(["다음 이차부등식 중 해가 없는 것은?", "다음 중 해를 갖지 않는 이차부등식은?"]),
            "single": "다음 이차부등식 중 해가 오직 한 개인 것은?"}[want]
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["이차부등식", "완전제곱식"], also=list(_GS["02-09"]), choice=ch,
                   check=lambda: kind_of(civs) == want and _agree(cpred, civs))


@family("10기수1-02-09", "coefficients-from-solution")
def _q9_coefs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = sorted(rng.sample(range(-5, 7), 2))
    inside = rng.random() < 0.6
    rel = rng.choice(["<", "<="]) if inside else rng.choice([">", ">="])
    a_, b_ = -(r1 + r2), r1 * r2
    ivs = _quad_sol(1, r1, r2, rel)
    sol = _iv_str(ivs).replace("−", "-").replace("≤", "<=").replace("≥", ">=")
    sol_txt = " 또는 ".join(_w(part, st) for part in sol.split(" 또는 "))
    ask = rng.choice(["each", "sum", "prod"])
    q = {"each": f"상수 a, b의 값을 각각 {_end(rng)}", "sum": f"a + b의 값을 {_end(rng)} (단, a, b는 상수)",
         "prod": f"ab의 값을 {_end(rng)} (단, a, b는 상수)"}[ask]
    text = rng.choice([
        f"이차부등식 {_w(f'x^2 + ax + b {rel} 0', st)}의 해가 {sol_txt}일 때, {q}",
        f"x에 대한 이차부등식 {_w(f'x^2 + ax + b {rel} 0', st)}의 해가 {sol_txt}이다. {q}",
    ])
    ans = {"each": f"a = {a_}, b = {b_}", "sum": str(a_ + b_), "prod": str(a_ * b_)}[ask]
    return Problem(text=text, answer=_u(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차부등식", "이차방정식"], also=list(_GS["02-09"]),
                   check=lambda: _agree(lambda t: _OPS[rel](t * t + a_ * t + b_, Fraction(0)), ivs))


@family("10기수1-02-09", "count-integer-solutions")
def _q9_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1 = rng.randint(-5, 5)
    r2 = r1 + rng.randint(2, 7)
    a_ = rng.choice([1, 1, -1])
    rel = rng.choice(["<", "<="]) if a_ > 0 else rng.choice([">", ">="])
    cs = [a_, -a_ * (r1 + r2), a_ * r1 * r2]
    ivs = _quad_sol(a_, r1, r2, rel)
    vals = [t for t in range(-30, 31) if ivs and ivs[0].has(Fraction(t))]
    ask = rng.choice(["개수", "합", "최대"])
    shown = f"{_poly(cs)} {rel} 0"
    if ask == "개수":
        text, ans = f"이차부등식 {_jm(shown, st, '을/를')} 만족시키는 정수 x의 개수를 {_end(rng)}", str(len(vals))
    elif ask == "합":
        text, ans = f"부등식 {_jm(shown, st, '을/를')} 만족시키는 모든 정수 x의 값의 합을 {_end(rng)}", str(sum(vals))
    else:
        text, ans = f"부등식 {_jm(shown, st, '을/를')} 만족시키는 정수 x 중에서 가장 큰 값과 가장 작은 값을 각각 {_end(rng)}", f"가장 큰 값 {max(vals)}, 가장 작은 값 {min(vals)}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차부등식"], also=list(_GS["02-09"]),
                   check=lambda: vals == [t for t in range(-30, 31) if _OPS[rel](a_ * (t - r1) * (t - r2), 0)])


@family("10기수1-02-09", "real-life-quadratic-word")
def _q9_word(rng: random.Random) -> Problem:
    kind = rng.choice(["ball", "rect", "sales"])
    if kind == "ball":
        t1 = rng.randint(1, 2)
        t2 = t1 + rng.randint(1, 3)
        # h = -5 t^2 + v t with h >= H ⇔ -5(t - t1)(t - t2) >= 0 → v = 5(t1 + t2), H = 5 t1 t2
        v, H = 5 * (t1 + t2), 5 * t1 * t2
        text = rng.choice([
            f"지면에서 똑바로 위로 던진 공의 t초 후의 높이를 h m라 하면 h = −5t² + {v}t이다. 공의 높이가 {H} m 이상인 시간은 몇 초부터 몇 초까지인지 {_end(rng)}",
            f"물 로켓을 쏘아 올린 지 t초 후의 높이가 (−5t² + {v}t) m일 때, 높이가 {H} m 이상이 되는 t의 값의 범위를 {_end(rng)}",
        ])
        ivs = [_Iv(Fraction(t1), True, Fraction(t2), True)]
        ans = _iv_str(ivs, "t")
        if "몇 초부터" in text:
            ans = f"{t1}초부터 {t2}초까지 ({ans})"

        def pred(t: Fraction) -> bool:
            return -5 * t * t + v * t >= H
        dom = (0, Fraction(v, 5))
    elif kind == "rect":
        half = rng.choice([10, 12, 14, 16])
        x1 = rng.randint(2, half // 2 - 1)
        x2 = half - x1
        area = x1 * x2
        text = rng.choice([
            f"둘레의 길이가 {2 * half} m인 직사각형 모양의 화단을 만들려고 한다. 가로의 길이를 x m라 할 때, 화단의 넓이가 {area} m² 이상이 되도록 하는 x의 값의 범위를 {_end(rng)}",
            f"길이가 {2 * half} m인 끈으로 직사각형을 만들 때, 넓이가 {area} m² 이상이 되는 가로의 길이 x m의 범위를 이차부등식을 세워 {_end(rng)}",
        ])
        ivs = [_Iv(Fraction(x1), True, Fraction(x2), True)]
        ans = _iv_str(ivs)

        def pred(t: Fraction) -> bool:
            return t * (half - t) >= area
        dom = (0, half)
    else:
        p1 = rng.randint(2, 4)
        p2 = p1 + rng.randint(2, 4)
        # profit (thousand won) = -(x - p1)(x - p2) * k with k
        k_ = rng.choice([10, 20, 50])
        cs = [-k_, k_ * (p1 + p2), -k_ * p1 * p2]
        text = (f"어느 가게에서 한 개의 가격을 x천 원으로 정할 때 하루 이익이 ({_u(_poly(cs))})천 원이라고 한다. "
                f"이익이 생기도록(이익이 0보다 크도록) 하는 가격 x의 범위를 {_end(rng)}")
        ivs = [_Iv(Fraction(p1), False, Fraction(p2), False)]
        ans = _iv_str(ivs)

        def pred(t: Fraction) -> bool:
            return cs[0] * t * t + cs[1] * t + cs[2] > 0
        dom = (0, 20)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["이차부등식", "이차함수"], also=list(_GS["02-09"]),
                   check=lambda: all(pred(t) == any(iv.has(t) for iv in ivs) for t in _test_points(ivs) if dom[0] < t < dom[1]))


# ================================================================================================
# 10기수1-03-01 합의 법칙과 곱의 법칙 (두 사건, 합의 법칙은 동시에 일어나지 않는 경우만)
# ================================================================================================
_EITHER = [  # (intro, kind A, kind B, counter, verb)
    ("도서관에서 책 한 권을 빌리려고 한다. 빌릴 수 있는 책은 소설책이 {a}권, 만화책이 {b}권이다.", "권", "빌리는"),
    ("방과 후 체험 활동 하나를 신청하려고 한다. 운동 프로그램이 {a}개, 예술 프로그램이 {b}개 있다.", "개", "신청하는"),
    ("집에서 시청까지 한 번에 가는 버스 노선이 {a}개, 지하철 노선이 {b}개 있다. 이 중 하나를 이용하여", "개", "가는"),
    ("매점에서 간식 하나를 사려고 한다. 빵 종류가 {a}가지, 과자 종류가 {b}가지 있다.", "가지", "사는"),
    ("수학 탐구 보고서 주제 하나를 고르려고 한다. 통계 주제가 {a}개, 도형 주제가 {b}개 제시되었다.", "개", "고르는"),
    ("영화관에서 영화 한 편을 보려고 한다. 상영 중인 영화는 애니메이션이 {a}편, 다큐멘터리가 {b}편이다.", "편", "보는"),
]
_PAIR = [  # (intro with {a} {b}, what)
    ("티셔츠 {a}종류와 바지 {b}종류가 있다. 티셔츠와 바지를 각각 하나씩 골라 입는", "방법"),
    ("김밥 {a}종류와 음료 {b}종류 중에서 김밥과 음료를 하나씩 주문하는", "방법"),
    ("{a}개의 동아리와 {b}개의 봉사 활동 중에서 동아리 하나와 봉사 활동 하나를 선택하는", "방법"),
    ("자음 카드 {a}장과 모음 카드 {b}장에서 한 장씩 골라 글자를 만드는", "방법"),
    ("필통에 연필 {a}자루와 볼펜 {b}자루가 있다. 연필과 볼펜을 한 자루씩 꺼내는", "방법"),
    ("A 마을에서 B 마을로 가는 길이 {a}가지, B 마을에서 C 마을로 가는 길이 {b}가지 있다. A 마을에서 B 마을을 거쳐 C 마을로 가는", "방법"),
]


@family("10기수1-03-01", "either-or-sum-rule")
def _c1_either(rng: random.Random) -> Problem:
    intro, _ctr, verb = rng.choice(_EITHER)
    a_, b_ = rng.randint(2, 9), rng.randint(2, 8)
    body = intro.format(a=a_, b=b_)
    if body.endswith("이용하여"):
        text = body + rng.choice([f" 가는 방법의 수를 {_end(rng)}", " 가는 방법은 모두 몇 가지인가?"])
    else:
        text = body + " " + rng.choice([f"이 중에서 하나를 {verb} 방법의 수를 {_end(rng)}", f"하나를 {verb} 방법은 모두 몇 가지인가?",
                                        f"하나를 {verb} 경우의 수를 {_end(rng)}"])
    return Problem(text=text, answer=str(a_ + b_), format="word", difficulty=1, achievement_level="E",
                   concepts=["합의 법칙", "경우의 수"], also=list(_GS["03-01"]),
                   check=lambda: len(set(range(a_)) | {a_ + i for i in range(b_)}) == a_ + b_)


@family("10기수1-03-01", "pair-product-rule")
def _c1_pair(rng: random.Random) -> Problem:
    intro, what = rng.choice(_PAIR)
    a_, b_ = rng.randint(2, 7), rng.randint(2, 6)
    body = intro.format(a=a_, b=b_)
    text = body + " " + rng.choice([f"{what}의 수를 {_end(rng)}", f"{what}은 모두 몇 가지인가?", f"경우의 수를 {_end(rng)}"])
    return Problem(text=text, answer=str(a_ * b_), format="word", difficulty=1, achievement_level="E",
                   concepts=["곱의 법칙", "경우의 수"], also=list(_GS["03-01"]),
                   check=lambda: len(list(itertools.product(range(a_), range(b_)))) == a_ * b_)


@family("10기수1-03-01", "cards-or-die-sum-rule")
def _c1_cards(rng: random.Random) -> Problem:
    kind = rng.choice(["cards", "cards", "die"])
    if kind == "cards":
        n = rng.choice([10, 12, 15, 20, 24, 30])
        for _ in range(50):
            p, q = rng.sample([3, 4, 5, 6, 7, 8, 9, 11], 2)
            if p * q // pymath.gcd(p, q) > n:
                break
        cnt = n // p + n // q
        text = rng.choice([
            f"1부터 {n}까지의 자연수가 하나씩 적힌 {n}장의 카드 중에서 한 장을 뽑을 때, {p}의 배수 또는 {q}의 배수가 적힌 카드가 나오는 경우의 수를 {_end(rng)}",
            f"주머니 속에 1, 2, 3, …, {n}의 번호가 붙은 공이 {n}개 들어 있다. 공 한 개를 꺼낼 때, 번호가 {p}의 배수이거나 {q}의 배수인 경우는 모두 몇 가지인가?",
        ])

        def chk() -> bool:
            return cnt == len([t for t in range(1, n + 1) if t % p == 0 or t % q == 0])
        d = 2
    else:
        lo = rng.randint(1, 3)
        hi = rng.randint(lo + 2, 6)
        cnt = lo + (7 - hi)
        text = rng.choice([
            f"주사위 한 개를 던질 때, {lo} 이하의 눈 또는 {hi} 이상의 눈이 나오는 경우의 수를 {_end(rng)}",
            f"한 개의 주사위를 한 번 던져서 나온 눈의 수가 {lo} 이하이거나 {hi} 이상인 경우는 몇 가지인가?",
        ])

        def chk() -> bool:
            return cnt == len([t for t in range(1, 7) if t <= lo or t >= hi])
        d = 1
    return Problem(text=text, answer=str(cnt), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["합의 법칙", "경우의 수", "사건"], also=list(_GS["03-01"]), check=chk)


@family("10기수1-03-01", "coin-die-product")
def _c1_coin_die(rng: random.Random) -> Problem:
    kind = rng.choice(["coin-die", "two-dice", "die-spinner"])
    props = {"홀수": {1, 3, 5}, "짝수": {2, 4, 6}, "소수": {2, 3, 5}, "3의 배수": {3, 6}, "4 이상의 수": {4, 5, 6}, "6의 약수": {1, 2, 3, 6}}
    if kind == "coin-die":
        pr = rng.choice(list(props))
        cnt = 1 * len(props[pr])
        face = rng.choice(["앞면", "뒷면"])
        text = rng.choice([
            f"동전 한 개와 주사위 한 개를 동시에 던질 때, 동전은 {face}이 나오고 주사위는 {pr}의 눈이 나오는 경우의 수를 {_end(rng)}",
            f"동전 한 개와 주사위 한 개를 던져서 나올 수 있는 모든 경우의 수와, 그중 동전은 {face}, 주사위는 {pr}의 눈이 나오는 경우의 수를 차례로 {_end(rng)}",
        ])
        ans = f"12, {cnt}" if "모든 경우의 수와" in text else str(cnt)

        def chk() -> bool:
            hits = [(c, d) for c, d in itertools.product([face, "x"], range(1, 7)) if c == face and d in props[pr]]
            return str(len(hits)) == ans.split(", ")[-1]
    elif kind == "two-dice":
        p1, p2 = rng.sample(list(props), 2)
        cnt = len(props[p1]) * len(props[p2])
        text = rng.choice([
            f"크기가 다른 두 개의 주사위 A, B를 동시에 던질 때, A는 {p1}의 눈, B는 {p2}의 눈이 나오는 경우의 수를 {_end(rng)}",
            f"서로 다른 주사위 두 개를 던질 때, 첫 번째 주사위에서 {p1}, 두 번째 주사위에서 {p2}의 눈이 나오는 경우는 모두 몇 가지인가?",
        ])
        ans = str(cnt)

        def chk() -> bool:
            return cnt == len([(u, v) for u, v in itertools.product(range(1, 7), repeat=2) if u in props[p1] and v in props[p2]])
    else:
        n = rng.choice([4, 5, 8])
        pr = rng.choice(["홀수", "짝수", "소수"])
        sp_set = {"홀수": {t for t in range(1, n + 1) if t % 2}, "짝수": {t for t in range(1, n + 1) if t % 2 == 0},
                  "소수": {t for t in range(1, n + 1) if sp.isprime(t)}}[pr]
        dp = rng.choice(list(props))
        cnt = len(sp_set) * len(props[dp])
        text = (f"1부터 {n}까지의 수가 적힌 {n}등분 회전판 한 개와 주사위 한 개를 돌리고 던질 때, 회전판은 {pr}, 주사위는 {dp}의 눈이 나오는 경우의 수를 {_end(rng)}")
        ans = str(cnt)

        def chk() -> bool:
            return cnt == len([(u, v) for u in range(1, n + 1) for v in range(1, 7) if u in sp_set and v in props[dp]])
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["곱의 법칙", "경우의 수"], also=list(_GS["03-01"]), check=chk)


_SITUATIONS = [  # (text, rule)
    ("상의 4벌과 하의 3벌 중에서 상의와 하의를 하나씩 골라 입는 경우", "곱"),
    ("국어 참고서 3종류와 영어 참고서 5종류 중에서 한 권만 사는 경우", "합"),
    ("동전 한 개와 주사위 한 개를 동시에 던지는 경우", "곱"),
    ("집에서 학교까지 버스 노선 2개, 지하철 노선 3개 중 하나를 타고 가는 경우", "합"),
    ("자음 5개와 모음 4개에서 하나씩 골라 한 글자를 만드는 경우", "곱"),
    ("주사위 한 개를 던져 1 이하 또는 5 이상의 눈이 나오는 경우", "합"),
    ("빵 4종류와 우유 2종류 중에서 빵과 우유를 하나씩 고르는 경우", "곱"),
    ("남학생 6명과 여학생 5명 중에서 대표 1명을 뽑는 경우", "합"),
    ("A 도시에서 B 도시를 거쳐 C 도시로 가는 경우", "곱"),
    ("오전 체험 3가지와 오후 체험 4가지 중 하나만 신청하는 경우", "합"),
    ("비밀번호의 첫째 자리에 알파벳 하나, 둘째 자리에 숫자 하나를 정하는 경우", "곱"),
    ("소설책 7권과 시집 2권 중에서 한 권을 선물하는 경우", "합"),
]


@family("10기수1-03-01", "which-rule-mcq")
def _c1_rule_mcq(rng: random.Random) -> Problem:
    want = rng.choice(["합", "곱"])
    good = [s for s, r in _SITUATIONS if r == want]
    bad = [s for s, r in _SITUATIONS if r != want]
    corr = rng.choice(good)
    ch = choices(rng, corr, rng.sample(bad, 4))
    stem = rng.choice([
        f"다음 중 {'합' if want == '합' else '곱'}의 법칙을 이용하여 경우의 수를 구하는 것이 가장 알맞은 상황은?",
        f"다음 상황 중 경우의 수를 구할 때 {'두 경우의 수를 더해야' if want == '합' else '두 경우의 수를 곱해야'} 하는 것은?",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["합의 법칙", "곱의 법칙"], choice=ch,
                   check=lambda: dict(_SITUATIONS)[corr] == want and all(dict(_SITUATIONS)[o] != want for o in ch.options if o != corr))


@family("10기수1-03-01", "menu-board-data")
def _c1_menu(rng: random.Random) -> Problem:
    rice = rng.sample(["비빔밥", "김치볶음밥", "제육덮밥", "카레라이스", "오므라이스", "돈가스 덮밥"], rng.randint(2, 4))
    noodle = rng.sample(["라면", "우동", "잔치국수", "쫄면", "짜장면"], rng.randint(2, 3))
    drink = rng.sample(["식혜", "우유", "오렌지 주스", "보리차", "탄산수"], rng.randint(2, 4))
    rows = ["| 종류 | 메뉴 |", f"| 밥 | {', '.join(rice)} |", f"| 면 | {', '.join(noodle)} |", f"| 음료 | {', '.join(drink)} |"]
    q = rng.choice(["sum", "prod", "both"])
    head = rng.choice(["다음은 어느 분식집의 메뉴판이다.", "학교 축제 먹거리 부스의 메뉴가 다음과 같다."])
    if q == "sum":
        ask = f"밥 또는 면 중에서 한 가지만 주문하는 방법의 수를 {_end(rng)}"
        ans = str(len(rice) + len(noodle))
    elif q == "prod":
        ask = f"면 한 가지와 음료 한 가지를 주문하는 방법의 수를 {_end(rng)}"
        ans = str(len(noodle) * len(drink))
    else:
        ask = f"(1) 밥 또는 면 중에서 한 가지만 주문하는 방법의 수\n(2) 밥 한 가지와 음료 한 가지를 주문하는 방법의 수\n를 각각 {_end(rng)}"
        ans = f"(1) {len(rice) + len(noodle)} (2) {len(rice) * len(drink)}"
    text = head + "\n" + "\n".join(rows) + "\n" + ask
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["합의 법칙", "곱의 법칙"] if q == "both" else (["합의 법칙"] if q == "sum" else ["곱의 법칙"]),
                   check=lambda: (ans == str(len(set(rice) | set(noodle)))) if q == "sum"
                   else (ans == str(len(list(itertools.product(noodle, drink))))) if q == "prod" else True)


@family("10기수1-03-01", "guided-product-fill")
def _c1_guided(rng: random.Random) -> Problem:
    kind = rng.choice(["clothes", "digits", "route"])
    if kind == "clothes":
        a_ = rng.randint(2, 5)
        b_ = rng.randint(2, 4)
        cols = rng.sample(["빨간색", "파란색", "노란색", "흰색", "검은색", "초록색"], a_)
        hats, hctr = rng.choice([("모자", "개"), ("운동화", "켤레"), ("가방", "개"), ("바지", "벌")])
        text = (f"티셔츠 {a_}벌({', '.join(cols)})과 {hats} {b_}{hctr} 중에서 하나씩 골라 착용하려고 한다. 다음 □ 안에 알맞은 수를 써넣으시오.\n"
                f"티셔츠를 고르는 방법은 □가지이고, 그 각각에 대하여 {josa(hats, '을/를')} 고르는 방법은 □가지씩이다.\n"
                "따라서 곱의 법칙에 의하여 구하는 방법의 수는 □ × □ = □이다.")
        ans = f"{a_}, {b_}, {a_}, {b_}, {a_ * b_}"
        n = a_ * b_
    elif kind == "digits":
        odd = [1, 3, 5, 7, 9]
        ev = [0, 2, 4, 6, 8]
        tens = rng.choice(["홀수", "짝수"])
        ones = rng.choice(["홀수", "짝수"])
        a_ = 5 if tens == "홀수" else 4  # tens digit cannot be 0
        b_ = 5
        text = (f"십의 자리 숫자는 {tens}, 일의 자리 숫자는 {ones}인 두 자리 자연수의 개수를 구하려고 한다. □ 안에 알맞은 수를 써넣으시오.\n"
                f"십의 자리에 올 수 있는 숫자는 □개, 일의 자리에 올 수 있는 숫자는 □개이므로 구하는 개수는 □이다.")
        n = len([t for t in range(10, 100) if (t // 10 in (odd if tens == "홀수" else ev)) and (t % 10 in (odd if ones == "홀수" else ev))])
        ans = f"{a_}, {b_}, {a_ * b_}"
    else:
        a_ = rng.randint(2, 4)
        b_ = rng.randint(2, 4)
        A_, B_, C_ = rng.choice([("집", "공원", "도서관"), ("학교", "문구점", "집"), ("P", "Q", "R")])
        text = (f"{A_}에서 {josa(B_, '으로/로')} 가는 길은 {a_}가지, {B_}에서 {josa(C_, '으로/로')} 가는 길은 {b_}가지이다. {A_}에서 {josa(B_, '을/를')} 거쳐 {josa(C_, '으로/로')} 가는 방법의 수를 다음과 같이 구하였다. □ 안에 알맞은 것을 써넣으시오.\n"
                f"{A_} → {B_}로 가는 각각의 방법에 대하여 {B_} → {C_}로 가는 방법이 □가지씩 있으므로 (□의 법칙) 구하는 방법의 수는 □ × □ = □이다.").replace(f"{B_}로 가는 각각", f"{josa(B_, '으로/로')} 가는 각각").replace(f"{C_}로 가는 방법이", f"{josa(C_, '으로/로')} 가는 방법이")
        ans = f"{b_}, 곱, {a_}, {b_}, {a_ * b_}"
        n = a_ * b_
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["곱의 법칙", "경우의 수"],
                   check=lambda: n == a_ * b_)


@family("10기수1-03-01", "explain-rule-choice")
def _c1_explain(rng: random.Random) -> Problem:
    a_, b_ = rng.randint(3, 7), rng.randint(2, 5)
    kind = rng.choice(["contrast", "add-mistake", "mul-mistake"])
    who = name(rng)
    x1, x2, c1, c2 = rng.choice([("운동화", "구두", "종류", "종류"), ("만화책", "잡지", "권", "권"), ("수학 문제집", "과학 문제집", "종류", "종류"),
                                 ("빵", "우유", "종류", "종류"), ("티셔츠", "바지", "벌", "벌"), ("김밥", "라면", "가지", "가지"),
                                 ("장미", "튤립", "송이", "송이"), ("볼펜", "형광펜", "자루", "자루")])
    if kind == "contrast":
        shop = rng.choice(["어느 가게", "학교 앞 상점", "온라인 쇼핑몰", "동네 가게"])
        text = (f"{shop}에 {x1} {a_}{c1}와 {x2} {b_}{c2}가 있다. 다음 두 질문의 답을 구하고, 한 질문에는 합의 법칙, 다른 질문에는 곱의 법칙을 사용하는 이유를 설명하시오.\n"
                f"(가) {josa(x1, '과/와')} {x2} 중에서 하나만 고르는 방법의 수\n(나) {x1} 하나와 {x2} 하나를 함께 고르는 방법의 수")
        text = text.replace(f"{a_}{c1}와 ", josa(f"{a_}{c1}", "과/와") + " ").replace(f"{b_}{c2}가 있다", josa(f"{b_}{c2}", "이/가") + " 있다")
        ans = f"(가) {a_ + b_} (합의 법칙: 두 경우가 동시에 일어나지 않음) (나) {a_ * b_} (곱의 법칙: 두 선택이 잇달아 함께 일어남)"
        ok = True
    elif kind == "add-mistake":
        text = (f"{who}: “{x1} {a_}{c1}와 {x2} {b_}{c2}가 있으니까 {josa(x1, '과/와')} {josa(x2, '을/를')} 하나씩 고르는 방법은 {a_} + {b_} = {a_ + b_}(가지)야.”\n"
                f"{josa(who, '이/가')} 말한 방법이 옳은지 판단하고, 옳지 않다면 그 이유를 설명하고 바른 답을 {_end(rng)}")
        text = text.replace(f"{a_}{c1}와 ", josa(f"{a_}{c1}", "과/와") + " ").replace(f"{b_}{c2}가 있으니까", josa(f"{b_}{c2}", "이/가") + " 있으니까")
        ans = f"옳지 않다. {x1} 하나를 고를 때마다 {josa(x2, '을/를')} 고르는 방법이 {b_}가지씩 있으므로 곱의 법칙을 써야 한다. 바른 답: {a_ * b_}가지"
        ok = a_ * b_ != a_ + b_
    else:
        text = (f"{who}: “{x1} {a_}{c1}와 {x2} {b_}{c2} 중에서 한 가지만 고르는 방법은 {a_} × {b_} = {a_ * b_}(가지)야.”\n"
                f"{josa(who, '이/가')} 말한 방법이 옳은지 판단하고, 옳지 않다면 그 이유를 설명하고 바른 답을 {_end(rng)}")
        text = text.replace(f"{a_}{c1}와 ", josa(f"{a_}{c1}", "과/와") + " ")
        ans = f"옳지 않다. {x1}을 고르는 경우와 {x2}을 고르는 경우는 동시에 일어나지 않으므로 합의 법칙을 써야 한다. 바른 답: {a_ + b_}가지"
        ans = ans.replace(f"{x1}을 고르는", josa(x1, "을/를") + " 고르는").replace(f"{x2}을 고르는", josa(x2, "을/를") + " 고르는")
        ok = a_ * b_ != a_ + b_
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["합의 법칙", "곱의 법칙"], check=lambda: ok)


# ================================================================================================
# 10기수1-03-02 순열
# ================================================================================================
def _npr(n: int | str, r: int | str, st: str, kind: str = "P") -> str:
    if st == "latex":
        return f"${{}}_{{{n}}}\\mathrm{{{kind}}}_{{{r}}}$"
    if st == "unicode":
        low = str.maketrans("0123456789nr-", "₀₁₂₃₄₅₆₇₈₉ₙᵣ₋")
        return f"{str(n).translate(low)}{kind}{str(r).translate(low)}"
    return f"{n}{kind}{r}"


def _fact(n: int, st: str) -> str:
    return f"${n}!$" if st == "latex" else f"{n}!"


@family("10기수1-03-02", "npr-factorial-value")
def _p2_value(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["npr", "npr", "fact", "mix"])
    if kind == "npr":
        n = rng.randint(3, 9)
        r = rng.randint(1, min(4, n))
        ans = pymath.perm(n, r)
        text = rng.choice([f"{_npr(n, r, st)}의 값을 {_end(rng)}", f"다음 값을 {_end(rng)}\n{_npr(n, r, st)}",
                           f"순열의 수 {_npr(n, r, st)}를 계산하시오."])
        text = text.replace(f"{_npr(n, r, st)}를", _npr(n, r, st) + josa(str(r), "을/를")[len(str(r)):])
        d = 1
    elif kind == "fact":
        n = rng.randint(3, 7)
        ans = pymath.factorial(n)
        text = rng.choice([f"{_fact(n, st)}의 값을 {_end(rng)}", f"계승 {_fact(n, st)}의 값은 얼마인가?"])
        d = 1
    else:
        n1, r1 = rng.randint(4, 7), rng.randint(2, 3)
        m = rng.randint(3, 5)
        sign = rng.choice(["+", "-"])
        a1, a2 = pymath.perm(n1, r1), pymath.factorial(m)
        ans = a1 + a2 if sign == "+" else a1 - a2
        sgn_txt = {"+": "+", "-": "−" if st != "plain" else "-"}[sign]
        if st == "latex":
            body = f"${{}}_{{{n1}}}\\mathrm{{P}}_{{{r1}}} {sign} {m}!$"
        else:
            body = f"{_npr(n1, r1, st)} {sgn_txt} {m}!"
        text = f"{body}의 값을 {_end(rng)}"
        d = 2
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["순열", "계승"], also=list(_GS["03-02"]),
                   check=lambda: ans == (len(list(itertools.permutations(range(n), r))) if kind == "npr"
                                         else len(list(itertools.permutations(range(n)))) if kind == "fact"
                                         else (sp.ff(n1, r1) + sp.factorial(m) if sign == "+" else sp.ff(n1, r1) - sp.factorial(m))))


@family("10기수1-03-02", "line-up-word")
def _p2_lineup(rng: random.Random) -> Problem:
    n = rng.randint(4, 8)
    r = rng.randint(2, min(4, n))
    full = rng.random() < 0.3
    if full:
        r = n = rng.randint(3, 6)
    ctx = rng.choice([
        (f"학생 {n}명 중에서 {r}명을 뽑아 일렬로 세우는", "방법"),
        (f"{n}명의 육상부 선수 중에서 이어달리기에 나갈 {r}명을 뽑아 달리는 순서를 정하는", "방법"),
        (f"서로 다른 {n}권의 책 중에서 {r}권을 골라 책꽂이에 한 줄로 꽂는", "방법"),
        (f"{n}개의 팀이 발표할 때, 발표 순서를 정하는" if full else f"{n}개의 팀 중에서 {r}개 팀을 뽑아 발표 순서를 정하는", "방법"),
        (f"서로 다른 {n}개의 인형 중에서 {r}개를 골라 진열대의 {r}칸에 하나씩 놓는", "방법"),
    ])
    if full and "발표" not in ctx[0]:
        ctx = (ctx[0].replace(f"{n}명 중에서 {r}명을 뽑아 ", f"{n}명을 모두 ").replace(f"{r}명을 뽑아 달리는", f"{r}명 모두의 달리는")
               .replace(f"{n}권의 책 중에서 {r}권을 골라", f"{n}권의 책을 모두").replace(f"{n}개의 인형 중에서 {r}개를 골라", f"{n}개의 인형을 모두"), ctx[1])
    ans = pymath.perm(n, r)
    text = ctx[0] + " " + rng.choice([f"{ctx[1]}의 수를 {_end(rng)}", f"{ctx[1]}은 모두 몇 가지인가?", "경우의 수를 순열을 이용하여 구하시오."])
    return Problem(text=text, answer=str(ans), format="word", difficulty=2, achievement_level="D",
                   concepts=["순열"] + (["계승"] if full else []), also=list(_GS["03-02"]),
                   check=lambda: ans == len(list(itertools.permutations(range(n), r))))


@family("10기수1-03-02", "officers-distinct-roles")
def _p2_officers(rng: random.Random) -> Problem:
    n = rng.randint(5, 10)
    roles = rng.choice([["회장", "부회장"], ["반장", "부반장"], ["회장", "부회장", "총무"], ["주장", "부주장"], ["대표", "부대표", "서기"]])
    r = len(roles)
    group = rng.choice(["동아리 회원", "학급 후보", "축구부 선수", "학생회 후보"])
    text = rng.choice([
        f"{group} {n}명 중에서 {', '.join(roles)}을 각각 1명씩 뽑는 방법의 수를 {_end(rng)}",
        f"{n}명의 {group} 중에서 {'과 '.join(roles) if r == 2 else ', '.join(roles)}을 한 명씩 뽑으려고 한다. 뽑는 방법은 모두 몇 가지인가? (단, 한 사람이 두 역할을 맡을 수 없다.)",
    ])
    text = re.sub(r"(\S+)을 (각각|한 명씩)", lambda m: josa(m.group(1), "을/를") + " " + m.group(2), text)
    text = re.sub(r"(\S+)과 (\S+)를", lambda m: josa(m.group(1), "과/와") + " " + m.group(2), text)
    ans = pymath.perm(n, r)
    return Problem(text=text, answer=str(ans), format="word", difficulty=2, achievement_level="D",
                   concepts=["순열"], also=list(_GS["03-02"]),
                   check=lambda: ans == len([t for t in itertools.permutations(range(n), r)]))


@family("10기수1-03-02", "digit-cards-numbers")
def _p2_digits(rng: random.Random) -> Problem:
    zero = rng.random() < 0.35
    k = rng.randint(4, 6)
    digits = list(range(0, k)) if zero else list(range(1, k + 1))
    r = rng.choice([2, 3])
    cond = rng.choice(["none", "none", "odd", "even"]) if not zero else "none"
    nums = [t for t in itertools.permutations(digits, r) if t[0] != 0]
    if cond == "odd":
        nums = [t for t in nums if t[-1] % 2 == 1]
    elif cond == "even":
        nums = [t for t in nums if t[-1] % 2 == 0]
    ans = len(nums)
    cards = ", ".join(map(str, digits))
    kind_txt = {2: "두 자리", 3: "세 자리"}[r]
    noun = {"none": "자연수", "odd": "홀수", "even": "짝수"}[cond]
    text = rng.choice([
        f"{k}장의 숫자 카드 {cards} 중에서 {r}장을 뽑아 만들 수 있는 {kind_txt}의 {noun}의 개수를 {_end(rng)}",
        f"숫자 카드 {cards}가 한 장씩 있다. 이 중 서로 다른 {r}장을 일렬로 늘어놓아 {kind_txt} {josa(noun, '을/를')} 만들 때, 만들 수 있는 수는 모두 몇 개인가?",
    ])
    text = text.replace(f"{cards}가 한 장씩", josa(cards, "이/가") + " 한 장씩")
    d = 3 if zero or cond != "none" else 2
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["순열", "곱의 법칙"] if d == 3 else ["순열"], also=list(_GS["03-02"]),
                   check=lambda: ans == (len([t for t in range(10 ** (r - 1), 10 ** r) if len(set(str(t))) == r and set(map(int, str(t))) <= set(digits)
                                              and (cond == "none" or (t % 2 == 1) == (cond == "odd"))])))


@family("10기수1-03-02", "list-all-fill")
def _p2_list(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([3, 3, 4])
    letters = rng.choice([["A", "B", "C", "D"], ["가", "나", "다", "라"], ["a", "b", "c", "d"]])[:n]
    r = 2
    arr = ["".join(t) for t in itertools.permutations(letters, r)]
    shown_n = len(arr) // 2
    listed = ", ".join(arr[:shown_n]) + ", □, …"
    text = rng.choice([
        f"{n}개의 문자 {', '.join(letters)} 중에서 서로 다른 2개를 택하여 일렬로 나열하려고 한다.\n"
        f"(1) 나열하는 경우를 빠짐없이 모두 {_end(rng, '쓰')}\n(2) (1)에서 구한 경우의 수가 {_npr(n, r, st)}의 값과 같음을 확인하고, □ 안에 알맞은 수를 써넣으시오: {_npr(n, r, st)} = {n} × □ = □",
        f"문자 {', '.join(letters)}에서 2개를 골라 일렬로 나열한 것을 사전식으로 쓰면 {listed}이다. 빠진 것까지 포함하여 나열한 경우의 수를 구하고, 이를 순열의 기호를 사용하여 나타내시오.",
    ])
    if "(1)" in text:
        ans = f"(1) {', '.join(arr)} (2) {n - 1}, {len(arr)}"
    else:
        ans = f"{len(arr)}가지, {_npr(n, r, 'unicode')}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["순열", "경우의 수"], check=lambda: len(arr) == pymath.perm(n, r) == n * (n - 1))


@family("10기수1-03-02", "notation-statement-mcq")
def _p2_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    want_wrong = rng.random() < 0.6
    trues, falses = [], []
    for n in range(3, 9):
        for r in range(1, min(n, 4) + 1):
            v = pymath.perm(n, r)
            trues.append(f"{_npr(n, r, st)} = {v}")
            wrong = rng.choice([v * n if r > 1 else v + 1, pymath.comb(n, r) if pymath.comb(n, r) != v else v + n, n * r if n * r != v else v - 1])
            if wrong != v:
                falses.append(f"{_npr(n, r, st)} = {wrong}")
    for n in range(3, 7):
        trues.append(f"{n}! = {pymath.factorial(n)}")
        if n > 3:
            falses.append(f"{n}! = {n * (n - 1)}")
    trues.append("0! = 1")
    falses.append("0! = 0")
    if st == "latex":
        def lx(sv: str) -> str:
            sv = sv.replace("$", "").replace(" = ", "=")
            return f"${sv}$"
        trues, falses = [lx(t) for t in trues], [lx(t) for t in falses]
    if want_wrong:
        corr = rng.choice(falses)
        dis = rng.sample(trues, 6)
        stem = "다음 중 옳지 않은 것은?"
    else:
        corr = rng.choice(trues)
        dis = rng.sample(falses, 6)
        stem = "다음 중 옳은 것은?"

    def val(sv: str) -> bool:
        t = sv.replace("$", "").replace("{}", "").replace("\\mathrm", "")
        m = re.search(r"(\d+)!\s*=\s*(\d+)", t)
        if m and "P" not in t:
            return pymath.factorial(int(m.group(1))) == int(m.group(2))
        nums = re.findall(r"\d+", t.translate(str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")))
        return pymath.perm(int(nums[0]), int(nums[1])) == int(nums[2])
    ch = choices(rng, corr, dis)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["순열", "계승"], also=list(_GS["03-02"]), choice=ch,
                   check=lambda: all(val(o) != want_wrong for o in ch.options if o == corr)
                   and all(val(o) == want_wrong for o in ch.options if o != corr))


@family("10기수1-03-02", "together-or-ends")
def _p2_together(rng: random.Random) -> Problem:
    n = rng.randint(4, 6)
    people = names(rng, n)
    a_, b_ = people[0], people[1]
    kind = rng.choice(["together", "ends", "first"])
    if kind == "together":
        ans = 2 * pymath.factorial(n - 1)
        text = rng.choice([
            f"{', '.join(people)} {n}명이 일렬로 설 때, {josa(a_, '과/와')} {josa(b_, '이/가')} 이웃하여 서는 방법의 수를 {_end(rng)}",
            f"{n}명의 학생 {', '.join(people)}이 한 줄로 사진을 찍으려고 한다. {josa(a_, '과/와')} {josa(b_, '이/가')} 서로 붙어 서는 경우의 수를 {_end(rng)} (힌트: 두 사람을 한 묶음으로 생각한다.)",
        ])

        def chk() -> bool:
            return ans == sum(1 for t in itertools.permutations(range(n)) if abs(t.index(0) - t.index(1)) == 1)
        d = 3
    elif kind == "ends":
        ans = 2 * pymath.factorial(n - 2)
        text = f"{', '.join(people)} {n}명이 일렬로 설 때, {josa(a_, '과/와')} {josa(b_, '이/가')} 양 끝에 서는 방법의 수를 {_end(rng)}"

        def chk() -> bool:
            return ans == sum(1 for t in itertools.permutations(range(n)) if {t[0], t[-1]} == {0, 1})
        d = 3
    else:
        ans = pymath.factorial(n - 1)
        text = rng.choice([
            f"{', '.join(people)} {n}명이 이어달리기 순서를 정하려고 한다. {josa(a_, '이/가')} 첫 번째 주자로 달리는 경우의 수를 {_end(rng)}",
            f"{n}명 {', '.join(people)}의 발표 순서를 정할 때, {josa(a_, '이/가')} 맨 마지막에 발표하는 방법은 몇 가지인가?",
        ])

        def chk() -> bool:
            return ans == sum(1 for t in itertools.permutations(range(n)) if t[0] == 0)
        d = 2
    text = text.replace(f"{', '.join(people)}이 한 줄로", f"{josa(', '.join(people), '이/가')} 한 줄로")
    return Problem(text=text, answer=str(ans), format="word", difficulty=d, achievement_level="B" if d == 3 else "C",
                   concepts=["순열", "계승"], also=list(_GS["03-02"]), check=chk)


@family("10기수1-03-02", "npr-equation")
def _p2_equation(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice([2, 2, 3])
    n = rng.randint(r + 1, 10 if r == 2 else 8)
    v = pymath.perm(n, r)
    text = rng.choice([
        f"{_npr('n', r, st)} = {v}을 만족시키는 자연수 n의 값을 {_end(rng)}",
        f"등식 {_npr('n', r, st)} = {v}이 성립할 때, n의 값을 {_end(rng)}",
        f"{_npr('n', r, st)} = {v}일 때, 자연수 n의 값은? (힌트: {_npr('n', r, st)} = n(n − 1){'(n − 2)' if r == 3 else ''})",
    ])
    text = text.replace(f"= {v}을", f"= {josa(str(v), '을/를')}").replace(f"= {v}이 성립", f"= {josa(str(v), '이/가')} 성립")
    return Problem(text=text, answer=str(n), format="computation", difficulty=3, achievement_level="C",
                   concepts=["순열"], also=list(_GS["03-02"]),
                   check=lambda: [m for m in range(r, 30) if pymath.perm(m, r) == v] == [n])


@family("10기수1-03-02", "explain-npr-formula")
def _p2_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(5, 8)
    r = rng.randint(2, 3)
    items = rng.choice([("학생", "명", "자리"), ("깃발", "개", "깃대"), ("사진", "장", "액자")])
    text = rng.choice([
        f"서로 다른 {n}{items[1]}의 {items[0]} 중에서 {r}{items[1]}을 택하여 {r}개의 {items[2]}에 하나씩 배치하는 경우를 생각하자. 첫 번째, 두 번째, … {items[2]}에 올 수 있는 경우의 수를 차례로 따져서 이 경우의 수가 {_npr(n, r, st)}임을 설명하고, 그 값을 구하시오.",
        f"{_npr(n, r, st)} = {' × '.join(str(n - i) for i in range(r))}인 이유를 '자리 채우기'와 곱의 법칙을 이용하여 설명하시오.",
    ])
    text = text.replace(f"{r}{items[1]}을 택하여", josa(f"{r}{items[1]}", "을/를") + " 택하여")
    ans = f"{' × '.join(str(n - i) for i in range(r))} = {pymath.perm(n, r)}"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["순열", "곱의 법칙"], check=lambda: sp.prod([n - i for i in range(r)]) == pymath.perm(n, r))


# ================================================================================================
# 10기수1-03-03 조합
# ================================================================================================
@family("10기수1-03-03", "ncr-value")
def _c3_value(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["ncr", "ncr", "mix"])
    if kind == "ncr":
        n = rng.randint(4, 10)
        r = rng.randint(1, min(4, n - 1))
        ans = pymath.comb(n, r)
        text = rng.choice([f"{_npr(n, r, st, 'C')}의 값을 {_end(rng)}", f"다음 값을 계산하시오.\n{_npr(n, r, st, 'C')}",
                           f"조합의 수 {_npr(n, r, st, 'C')}의 값은?"])
        d = 1
    else:
        n1, r1 = rng.randint(4, 8), rng.randint(2, 3)
        n2, r2 = rng.randint(4, 7), 2
        op_ = rng.choice(["+", "×"])
        ans = pymath.comb(n1, r1) + pymath.perm(n2, r2) if op_ == "+" else pymath.comb(n1, r1) * pymath.comb(n2, r2)
        second = _npr(n2, r2, st, "P" if op_ == "+" else "C")
        opr = "+" if op_ == "+" else ("\\times" if st == "latex" else "×")
        body = f"{_npr(n1, r1, st, 'C')[:-1]} {opr} {second[1:]}" if st == "latex" else f"{_npr(n1, r1, st, 'C')} {opr} {second}"
        text = f"{body}의 값을 {_end(rng)}"
        d = 2
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["조합"] + (["순열"] if kind == "mix" and "P" in text else []), also=list(_GS["03-03"]),
                   check=lambda: ans == (len(list(itertools.combinations(range(n), r))) if kind == "ncr"
                                         else (sp.binomial(n1, r1) + sp.ff(n2, r2) if op_ == "+" else sp.binomial(n1, r1) * sp.binomial(n2, r2))))


@family("10기수1-03-03", "choose-group-word")
def _c3_choose(rng: random.Random) -> Problem:
    n = rng.randint(5, 12)
    r = rng.randint(2, min(4, n - 2))
    ctx = rng.choice([
        f"학급 학생 {n}명 중에서 청소 당번 {r}명을 뽑는",
        f"{n}종류의 과일 중에서 서로 다른 {r}종류를 골라 과일 바구니를 만드는",
        f"서로 다른 {n}권의 책 중에서 {r}권을 골라 여행 가방에 넣는",
        f"{n}곳의 관광지 중에서 이번 여행에 방문할 {r}곳을 고르는",
        f"동아리 회원 {n}명 중에서 대회에 나갈 대표 {r}명을 뽑는",
        f"{n}개의 수행 평가 주제 중에서 {r}개를 고르는",
    ])
    text = ctx + " " + rng.choice([f"방법의 수를 {_end(rng)}", "방법은 모두 몇 가지인가?", f"경우의 수를 조합을 이용하여 {_end(rng)}"])
    ans = pymath.comb(n, r)
    return Problem(text=text, answer=str(ans), format="word", difficulty=2, achievement_level="D",
                   concepts=["조합"], also=list(_GS["03-03"]),
                   check=lambda: ans == len(list(itertools.combinations(range(n), r))))


@family("10기수1-03-03", "handshake-league")
def _c3_handshake(rng: random.Random) -> Problem:
    n = rng.randint(4, 12)
    kind = rng.choice(["hand", "league", "photo", "call"])
    text = {
        "hand": rng.choice([f"모임에 참석한 {n}명이 서로 한 번씩 빠짐없이 악수를 할 때, 악수는 모두 몇 번 하게 되는가?",
                            f"{n}명의 학생이 서로 한 번씩 악수를 하였다. 악수를 한 총횟수를 {_end(rng)}"]),
        "league": rng.choice([f"{n}개의 팀이 리그전으로 경기를 하려고 한다. 각 팀이 다른 모든 팀과 한 번씩 경기를 할 때, 전체 경기 수를 {_end(rng)}",
                              f"반 대항 피구 대회에 {n}개 반이 참가하여 모든 반이 서로 한 번씩 경기한다면 모두 몇 경기를 치르게 되는가?"]),
        "photo": f"{n}명의 친구 중에서 두 명씩 짝을 지어 기념사진을 한 장씩 찍으려고 한다. 가능한 모든 짝과 사진을 찍는다면 사진은 모두 몇 장인가?",
        "call": f"{n}명의 모둠원이 모두 서로 한 번씩 영상 통화를 하였다. 통화는 모두 몇 번 이루어졌는지 {_end(rng)} (단, 한 번의 통화는 두 사람이 한다.)",
    }[kind]
    ans = pymath.comb(n, 2)
    unit = {"hand": "번", "league": "경기", "photo": "장", "call": "번"}[kind]
    return Problem(text=text, answer=f"{ans}{unit}", format="word", difficulty=2, achievement_level="D",
                   concepts=["조합"], also=list(_GS["03-03"]),
                   check=lambda: ans == sum(1 for i in range(n) for j in range(i + 1, n)))


@family("10기수1-03-03", "two-groups-product")
def _c3_groups(rng: random.Random) -> Problem:
    g1, g2 = rng.choice([("남학생", "여학생"), ("1학년", "2학년"), ("수학 문제", "과학 문제"), ("소설책", "시집"), ("빨간 구슬", "파란 구슬")])
    a_, b_ = rng.randint(3, 7), rng.randint(3, 6)
    k1, k2 = rng.randint(1, min(3, a_ - 1)), rng.randint(1, min(2, b_ - 1))
    if k1 == 1 and k2 == 1:
        k1 = 2
    ctr = {"남학생": "명", "1학년": "명", "수학 문제": "개", "소설책": "권", "빨간 구슬": "개"}[g1]
    whole = {"남학생": "학생", "1학년": "학생", "수학 문제": "문제", "소설책": "책", "빨간 구슬": "구슬"}[g1]
    text = rng.choice([
        f"{g1} {a_}{ctr}, {g2} {b_}{ctr} 중에서 {g1} {k1}{ctr}, {g2} {k2}{ctr}을 뽑는 방법의 수를 {_end(rng)}",
        f"{g1} {a_}{ctr}과 {g2} {b_}{ctr}이 있다. 이 중에서 {g1}에서 {k1}{ctr}, {g2}에서 {k2}{ctr}을 택하는 경우의 수를 {_end(rng)}",
    ])
    text = re.sub(r"(\d+)(명|개|권)(을|과|이) ", lambda m: josa(m.group(1) + m.group(2), {"을": "을/를", "과": "과/와", "이": "이/가"}[m.group(3)]) + " ", text)
    ans = pymath.comb(a_, k1) * pymath.comb(b_, k2)
    whole = whole
    return Problem(text=text, answer=str(ans), format="word", difficulty=3, achievement_level="C",
                   concepts=["조합", "곱의 법칙"], also=list(_GS["03-03"]),
                   check=lambda: ans == len(list(itertools.combinations(range(a_), k1))) * len(list(itertools.combinations(range(b_), k2))))


@family("10기수1-03-03", "symmetry-fill")
def _c3_symmetry(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["direct", "find-n", "find-r"])
    if kind == "direct":
        n = rng.randint(8, 20)
        r = rng.randint(n - 3, n - 1)
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으시오.\n{_npr(n, r, st, 'C')} = {_npr(n, '□', st, 'C')} = □",
                           f"{_npr(n, r, st, 'C')}의 값을 쉽게 구하려고 한다. {_npr(n, r, st, 'C')} = {_npr(n, '□', st, 'C')}임을 이용하여 □ 안에 알맞은 수와 그 값을 {_end(rng)}"])
        ans = f"{n - r}, {pymath.comb(n, r)}"
        ok = pymath.comb(n, r) == pymath.comb(n, n - r)
        d = 2
    elif kind == "find-n":
        r1 = rng.randint(2, 4)
        r2 = r1 + rng.randint(1, 4)
        n = r1 + r2
        text = f"{_npr('n', r1, st, 'C')} = {_npr('n', r2, st, 'C')}일 때, 자연수 n의 값을 {_end(rng)} (힌트: {_npr('n', 'r', st, 'C')} = {_npr('n', 'n-r', st, 'C')})"
        ans = str(n)
        ok = [m for m in range(r2, 40) if pymath.comb(m, r1) == pymath.comb(m, r2)] == [n]
        d = 3
    else:
        n = rng.randint(7, 12)
        r = rng.randint(1, (n - 1) // 2)
        text = f"{_npr(n, 'r', st, 'C')} = {_npr(n, r, st, 'C')}를 만족시키는 r의 값을 모두 {_end(rng)} (단, r ≠ {r})".replace("r ≠", "r ≠")
        text = text.replace(f"{_npr(n, r, st, 'C')}를", _npr(n, r, st, "C") + josa(str(r), "을/를")[len(str(r)):])
        ans = str(n - r)
        ok = [t for t in range(0, n + 1) if pymath.comb(n, t) == pymath.comb(n, r) and t != r] == [n - r]
        d = 3
    return Problem(text=text, answer=ans, format="fill" if kind == "direct" else "computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["조합"], also=list(_GS["03-03"]) if kind != "direct" else [], check=lambda: ok)


@family("10기수1-03-03", "points-segments-triangles")
def _c3_points(rng: random.Random) -> Problem:
    n = rng.randint(4, 10)
    what = rng.choice(["선분", "삼각형", "사각형", "대각선"])
    if what == "사각형" and n < 5:
        what = "삼각형"
    where = rng.choice([f"원 위에 서로 다른 {n}개의 점이 있다.", f"어느 세 점도 한 직선 위에 있지 않은 {n}개의 점이 평면 위에 있다."])
    if what == "선분":
        ans = pymath.comb(n, 2)
        text = where + f" 이 중 두 점을 이어 만들 수 있는 선분의 개수를 {_end(rng)}"
    elif what == "삼각형":
        ans = pymath.comb(n, 3)
        text = where + " 이 중 세 점을 꼭짓점으로 하는 삼각형은 모두 몇 개인가?"
    elif what == "사각형":
        ans = pymath.comb(n, 4)
        text = f"원 위에 서로 다른 {n}개의 점이 있다. 이 중 네 점을 꼭짓점으로 하는 사각형의 개수를 {_end(rng)}"
    else:
        n = max(n, 5)
        ans = pymath.comb(n, 2) - n
        poly_name = {5: "오", 6: "육", 7: "칠", 8: "팔", 9: "구", 10: "십"}[n] + "각형"
        text = f"{poly_name}의 대각선의 개수를 조합을 이용하여 {_end(rng)} (힌트: 두 꼭짓점을 잇는 선분 중 변이 아닌 것)"
    d = 3 if what == "대각선" else 2
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["조합"], also=list(_GS["03-03"]),
                   check=lambda: ans == (sum(1 for i, j in itertools.combinations(range(n), 2) if (j - i) % n not in (1, n - 1))
                                         if what == "대각선" else len(list(itertools.combinations(range(n), {"선분": 2, "삼각형": 3, "사각형": 4}[what])))))


_ORDER_SIT = [  # (situation, ordered?)
    ("10명 중에서 회장 1명, 부회장 1명을 뽑는 경우", True),
    ("10명 중에서 대표 2명을 뽑는 경우", False),
    ("5개의 과일 중에서 2개를 골라 친구에게 주는 경우", False),
    ("5명이 일렬로 서서 사진을 찍는 경우", True),
    ("숫자 카드 4장 중 2장으로 두 자리 자연수를 만드는 경우", True),
    ("원 위의 6개의 점 중에서 두 점을 이어 선분을 만드는 경우", False),
    ("8개 팀이 서로 한 번씩 경기하는 리그전의 경기 수", False),
    ("6명 중에서 달리기 1등, 2등, 3등을 정하는 경우", True),
    ("7가지 토핑 중에서 3가지를 골라 피자를 만드는 경우", False),
    ("4권의 책 중 3권을 골라 책꽂이에 한 줄로 꽂는 경우", True),
    ("9명 중에서 청소 당번 3명을 뽑는 경우", False),
    ("5개의 정류장 중에서 출발지와 도착지를 정해 승차권을 만드는 경우", True),
]


@family("10기수1-03-03", "perm-or-comb-mcq")
def _c3_mcq(rng: random.Random) -> Problem:
    want_comb = rng.random() < 0.6
    good = [s for s, o in _ORDER_SIT if o != want_comb]
    bad = [s for s, o in _ORDER_SIT if o == want_comb]
    corr = rng.choice(good)
    ch = choices(rng, corr, rng.sample(bad, 4))
    stem = rng.choice([
        f"다음 중 {'조합' if want_comb else '순열'}을 이용하여 경우의 수를 구하는 상황으로 가장 알맞은 것은?",
        f"다음 상황 중 뽑는 순서를 {'생각하지 않아도 되는' if want_comb else '생각해야 하는'} 것은?",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["조합", "순열"], choice=ch,
                   check=lambda: dict(_ORDER_SIT)[corr] != want_comb and all(dict(_ORDER_SIT)[o] == want_comb for o in ch.options if o != corr))


@family("10기수1-03-03", "list-and-relate-fill")
def _c3_list(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([4, 4, 5])
    letters = rng.choice([list("ABCDE"), ["가", "나", "다", "라", "마"], list("abcde")])[:n]
    r = 2 if n == 5 else rng.choice([2, 3])
    combos = [", ".join(c) for c in itertools.combinations(letters, r)]
    combo_txt = "; ".join("{" + c + "}" for c in combos)
    text = (f"{n}개의 문자 {', '.join(letters)} 중에서 서로 다른 {r}개를 택하는 경우를 생각하자.\n"
            f"(1) 순서를 생각하지 않고 택하는 경우를 모두 {_end(rng, '쓰')}\n"
            f"(2) □ 안에 알맞은 수를 써넣으시오.\n"
            f"    (1)에서 택한 각각의 {r}개를 일렬로 나열하는 방법은 {r}! = □가지씩이므로 {_npr(n, r, st)} = {_npr(n, r, st, 'C')} × □이다.\n"
            f"    따라서 {_npr(n, r, st, 'C')} = □ ÷ □ = □")
    ans = f"(1) {combo_txt} (2) {pymath.factorial(r)}, {pymath.factorial(r)}, {pymath.perm(n, r)}, {pymath.factorial(r)}, {pymath.comb(n, r)}"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["조합", "순열", "계승"],
                   check=lambda: len(combos) == pymath.comb(n, r) == pymath.perm(n, r) // pymath.factorial(r))


@family("10기수1-03-03", "include-exclude-specific")
def _c3_specific(rng: random.Random) -> Problem:
    n = rng.randint(6, 10)
    r = rng.randint(2, 4)
    who = names(rng, 2)
    kind = rng.choice(["include1", "exclude1", "include2"])
    if kind == "include1":
        ans = pymath.comb(n - 1, r - 1)
        cond = f"{josa(who[0], '이/가')} 반드시 포함되도록"
    elif kind == "exclude1":
        ans = pymath.comb(n - 1, r)
        cond = f"{josa(who[0], '이/가')} 포함되지 않도록"
    else:
        r = max(r, 3)
        ans = pymath.comb(n - 2, r - 2)
        cond = f"{josa(who[0], '과/와')} {josa(who[1], '이/가')} 모두 포함되도록"
    text = rng.choice([
        f"{josa(who[0], '을/를')} 포함한 {n}명의 학생 중에서 봉사 활동에 참여할 {r}명을 뽑으려고 한다. {cond} 뽑는 방법의 수를 {_end(rng)}",
        f"{', '.join(who)}을 포함한 {n}명의 후보 중에서 {r}명의 대표를 뽑을 때, {cond} 뽑는 경우의 수를 {_end(rng)}",
    ])
    text = text.replace(f"{', '.join(who)}을 포함한", josa(", ".join(who), "을/를") + " 포함한")
    if kind == "include2" and f"{josa(who[0], '을/를')} 포함한" in text:
        text = text.replace(f"{josa(who[0], '을/를')} 포함한", f"{josa(', '.join(who), '을/를')} 포함한")
    d = 3
    return Problem(text=text, answer=str(ans), format="word", difficulty=d, achievement_level="C",
                   concepts=["조합"], also=list(_GS["03-03"]),
                   check=lambda: ans == sum(1 for c in itertools.combinations(range(n), r)
                                            if (kind == "include1" and 0 in c) or (kind == "exclude1" and 0 not in c)
                                            or (kind == "include2" and 0 in c and 1 in c)))


@family("10기수1-03-03", "menu-options-data")
def _c3_data(rng: random.Random) -> Problem:
    kind = rng.choice(["pizza", "elective", "snack"])
    if kind == "pizza":
        items = rng.sample(["페퍼로니", "버섯", "올리브", "양파", "파프리카", "옥수수", "베이컨", "파인애플", "감자"], rng.randint(5, 8))
        k = rng.choice([2, 3])
        head = "다음은 어느 피자 가게에서 고를 수 있는 토핑의 목록이다."
        rows = ["| 번호 | " + " | ".join(str(i + 1) for i in range(len(items))) + " |", "| 토핑 | " + " | ".join(items) + " |"]
        q = f"서로 다른 토핑 {k}가지를 골라 피자를 주문하는 방법의 수를 {_end(rng)}"
    elif kind == "elective":
        items = rng.sample(["물리학", "화학", "생명과학", "지구과학", "경제", "정치", "윤리와 사상", "세계지리", "음악 감상과 비평", "미술 창작"], rng.randint(5, 8))
        k = rng.choice([2, 3])
        head = "다음은 어느 고등학교의 2학년 선택 과목 목록이다."
        rows = ["| 선택 과목 |", *[f"| {it} |" for it in items]]
        q = f"이 중에서 서로 다른 {k}과목을 선택하는 방법은 모두 몇 가지인가?"
    else:
        items = rng.sample(["쿠키", "젤리", "초콜릿", "감자칩", "팝콘", "약과", "마카롱", "떡"], rng.randint(5, 7))
        k = rng.choice([2, 3, 4])
        head = "학급 파티를 위해 준비할 수 있는 간식의 종류가 다음 표와 같다."
        rows = ["| 간식 | " + " | ".join(items) + " |"]
        q = f"이 중에서 서로 다른 {k}종류를 골라 준비하는 방법의 수를 {_end(rng)}"
    ans = pymath.comb(len(items), k)
    text = head + "\n" + "\n".join(rows) + "\n" + q
    return Problem(text=text, answer=str(ans), format="data", difficulty=2, achievement_level="D",
                   concepts=["조합"], also=list(_GS["03-03"]),
                   check=lambda: ans == len(list(itertools.combinations(items, k))))


# ================================================================================================
# 10기수1-04-01 행렬의 뜻과 표현
# ================================================================================================
def _num(v: int | Fraction | str, st: str) -> str:
    s = _fs(v) if not isinstance(v, str) else v
    return s.replace("-", "−") if st == "unicode" else s


def _mat(rows: list[list], st: str, wrap: bool = True) -> str:
    """A matrix: LaTeX pmatrix, unicode ``[1 2; 3 4]`` or plain ``((1, 2), (3, 4))``."""
    if st == "latex":
        body = " \\\\ ".join(" & ".join(_fs(v) if not isinstance(v, str) else v for v in r) for r in rows)
        core = f"\\begin{{pmatrix}} {body} \\end{{pmatrix}}"
        return f"${core}$" if wrap else core
    if st == "unicode":
        return "[" + "; ".join(" ".join(_num(v, st) for v in r) for r in rows) + "]"
    return "(" + ", ".join("(" + ", ".join(_num(v, st) for v in r) + ")" for r in rows) + ")"


def _mat_ans(rows: list[list]) -> str:
    return _mat(rows, "unicode")


def _rand_mat(rng: random.Random, m: int, n: int, lo: int = -5, hi: int = 9) -> list[list[int]]:
    return [[rng.randint(lo, hi) for _ in range(n)] for _ in range(m)]


@family("10기수1-04-01", "size-and-entry")
def _m1_size(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([(2, 2), (2, 3), (3, 2), (1, 3), (3, 1), (3, 3), (2, 1), (1, 2)])
    A = _rand_mat(rng, m, n)
    i, j = rng.randint(1, m), rng.randint(1, n)
    nm = rng.choice(["A", "B", "P"])
    kind = rng.choice(["size", "entry", "both"])
    if kind == "size":
        text = rng.choice([f"행렬 {nm} = {_mat(A, st)}는 몇 × 몇 행렬인지 {_end(rng, '쓰')}",
                           f"행렬 {nm} = {_mat(A, st)}의 행의 개수와 열의 개수를 각각 {_end(rng)}"])
        ans = f"{m} × {n} 행렬" if "몇 × 몇" in text else f"행 {m}개, 열 {n}개"
    elif kind == "entry":
        text = rng.choice([f"행렬 {nm} = {_mat(A, st)}의 ({i}, {j}) 성분을 {_end(rng)}",
                           f"행렬 {nm} = {_mat(A, st)}에서 제{i}행과 제{j}열이 만나는 위치에 있는 성분을 {_end(rng)}"])
        ans = _u(str(A[i - 1][j - 1]))
    else:
        i2, j2 = rng.randint(1, m), rng.randint(1, n)
        text = f"행렬 {nm} = {_mat(A, st)}에 대하여 {nm}의 ({i}, {j}) 성분을 a, ({i2}, {j2}) 성분을 b라 할 때, a + b의 값을 {_end(rng)}"
        ans = str(A[i - 1][j - 1] + A[i2 - 1][j2 - 1])
    text = text.replace(f"{_mat(A, st)}는 몇", f"{_mat(A, st)}{'은' if st != 'latex' else '는'} 몇") if st != "latex" else text
    M = sp.Matrix(A)
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["행렬", "행", "열", "성분"], also=list(_GS["04-01"]),
                   check=lambda: M.shape == (m, n) and (kind != "entry" or _u(str(M[i - 1, j - 1])) == ans))


@family("10기수1-04-01", "build-from-entry-rule")
def _m1_rule(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([(2, 2), (2, 3), (3, 2), (3, 3)])
    kind = rng.choice(["lin", "lin", "cond", "prod"])
    if kind == "lin":
        p, q, r = rng.choice([1, 2, 3]), rng.choice([1, -1, 2, -2]), rng.randint(-3, 3)
        rule_mini = f"{_poly([p, 0], 'i')} {'+' if q > 0 else '-'} {_poly([abs(q), 0], 'j')}" + (f" {'+' if r > 0 else '-'} {abs(r)}" if r else "")

        def f(i: int, j: int) -> int:
            return p * i + q * j + r
        rule = _w(f"a_ij = {rule_mini}", st).replace("a_ij", "a_{ij}" if st == "latex" else "aᵢⱼ" if st == "unicode" else "a_ij")
    elif kind == "prod":
        c_ = rng.choice([0, 1, -1, 2])

        def f(i: int, j: int) -> int:
            return i * j + c_
        rule = _w(f"a_ij = ij{' + ' + str(c_) if c_ > 0 else (' - ' + str(-c_) if c_ < 0 else '')}", st).replace("a_ij", "a_{ij}" if st == "latex" else "aᵢⱼ" if st == "unicode" else "a_ij")
    else:
        u, v = rng.sample(range(0, 6), 2)

        def f(i: int, j: int) -> int:
            return u if i == j else v
        rule = (f"i = j이면 {u}, i ≠ j이면 {v}" if st != "latex" else f"$i=j$이면 {u}, $i\\ne j$이면 {v}")
    A = [[f(i, j) for j in range(1, n + 1)] for i in range(1, m + 1)]
    text = rng.choice([
        f"{m} × {n} 행렬 A의 (i, j) 성분 aᵢⱼ가 {rule}일 때, 행렬 A를 {_end(rng)}".replace("aᵢⱼ가", "aᵢⱼ가" if st != "plain" else "a_ij가"),
        f"행렬 A의 (i, j) 성분을 aᵢⱼ라 하자. {rule}인 {m} × {n} 행렬 A를 구하세요.".replace("aᵢⱼ", "aᵢⱼ" if st != "plain" else "a_ij"),
    ])
    d = 2
    return Problem(text=text, answer=_mat_ans(A), format="computation", difficulty=d, achievement_level="D",
                   concepts=["행렬", "성분"], also=list(_GS["04-01"]),
                   check=lambda: sp.Matrix(m, n, lambda i, j: f(i + 1, j + 1)) == sp.Matrix(A))


@family("10기수1-04-01", "table-to-matrix-data")
def _m1_table(rng: random.Random) -> Problem:
    kind = rng.choice(["sales", "votes", "recycle"])
    if kind == "sales":
        rows_l = rng.sample(["1호점", "2호점", "3호점"], rng.choice([2, 3]))
        cols_l = rng.sample(["김밥", "라면", "떡볶이", "순대"], rng.choice([2, 3]))
        unit, head = "개", "다음 표는 분식 가게의 지점별 하루 판매량(단위: 개)을 나타낸 것이다."
        vals = [[rng.randint(10, 90) for _ in cols_l] for _ in rows_l]
    elif kind == "votes":
        rows_l = rng.sample(["1반", "2반", "3반"], rng.choice([2, 3]))
        cols_l = rng.sample(["놀이공원", "박물관", "수목원", "과학관"], rng.choice([2, 3]))
        unit, head = "명", "다음 표는 반별로 희망하는 체험 학습 장소를 조사한 결과(단위: 명)이다."
        vals = [[rng.randint(2, 15) for _ in cols_l] for _ in rows_l]
    else:
        rows_l = rng.sample(["월요일", "화요일", "수요일"], rng.choice([2, 3]))
        cols_l = rng.sample(["종이", "플라스틱", "캔", "유리병"], rng.choice([2, 3]))
        unit, head = "kg", "다음 표는 학교에서 요일별로 모은 재활용품의 양(단위: kg)을 나타낸 것이다."
        vals = [[rng.randint(1, 30) for _ in cols_l] for _ in rows_l]
    rows_l.sort()
    table = "| 구분 | " + " | ".join(cols_l) + " |\n" + "\n".join(f"| {r} | " + " | ".join(str(v) for v in row) + " |" for r, row in zip(rows_l, vals, strict=True))
    i, j = rng.randrange(len(rows_l)), rng.randrange(len(cols_l))
    q = rng.choice(["matrix", "entry", "meaning"])
    if q == "matrix":
        ask = f"표의 수를 그대로 배열하여 행렬 A로 나타내고, A가 몇 × 몇 행렬인지 {_end(rng, '쓰')}"
        ans = f"A = {_mat_ans(vals)}, {len(rows_l)} × {len(cols_l)} 행렬"
    elif q == "entry":
        ask = f"표를 행렬 A로 나타낼 때(행은 {rows_l[0][-1] if kind != 'sales' else '지점'}별, 열은 종류별), A의 ({i + 1}, {j + 1}) 성분을 {_end(rng)}"
        ask = ask.replace(f"행은 {rows_l[0][-1]}별", "행은 " + {"votes": "반", "recycle": "요일"}.get(kind, "지점") + "별")
        ans = str(vals[i][j])
    else:
        ask = (f"표를 행렬 A로 나타낼 때(행은 표의 행 순서, 열은 표의 열 순서), A의 ({i + 1}, {j + 1}) 성분이 나타내는 것을 말로 설명하고 그 값을 {_end(rng, '쓰')}")
        ans = f"{rows_l[i]}의 {cols_l[j]} {'판매량' if kind == 'sales' else ('희망 학생 수' if kind == 'votes' else '양')}, {vals[i][j]}{' ' if unit == 'kg' else ''}{unit}"
    return Problem(text=head + "\n" + table + "\n" + ask, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["행렬", "성분", "행", "열"], also=list(_GS["04-01"]),
                   check=lambda: sp.Matrix(vals).shape == (len(rows_l), len(cols_l)))


@family("10기수1-04-01", "route-network-matrix")
def _m1_network(rng: random.Random) -> Problem:
    k = rng.choice([3, 3, 4])
    places = rng.choice([["A", "B", "C", "D"], ["집", "학교", "공원", "도서관"], ["P", "Q", "R", "S"]])[:k]
    M = [[0] * k for _ in range(k)]
    pairs = list(itertools.combinations(range(k), 2))
    for (i, j) in pairs:
        c_ = rng.choice([0, 1, 1, 2])
        M[i][j] = M[j][i] = c_
    desc = ", ".join(f"{places[i]}와 {places[j]} 사이에 {M[i][j]}개" for i, j in pairs if M[i][j])
    desc = re.sub(r"(\S+)와 ", lambda m_: josa(m_.group(1), "과/와") + " ", desc)
    none_pairs = [f"{josa(places[i], '과/와')} {places[j]}" for i, j in pairs if not M[i][j]]
    text = (f"{k}개의 장소 {', '.join(places)}를 잇는 길이 있다. 두 장소를 직접 잇는 길은 {desc}이고"
            + (f", {' 그리고 '.join(none_pairs)} 사이에는 직접 잇는 길이 없다." if none_pairs else " 그 밖의 길은 없다.")
            + f"\n행렬의 (i, j) 성분을 i번째 장소에서 j번째 장소로 직접 가는 길의 수로 정할 때(같은 장소끼리는 0), 이 상황을 {k} × {k} 행렬로 {_end(rng, '쓰')}"
              .replace(f"{_end(rng, '쓰')}", "나타내시오."))
    text = text.replace(f"{', '.join(places)}를", josa(", ".join(places), "을/를"))
    return Problem(text=text, answer=_mat_ans(M), format="word", difficulty=3, achievement_level="C",
                   concepts=["행렬", "성분"], also=list(_GS["04-01"]),
                   check=lambda: sp.Matrix(M) == sp.Matrix(M).T and all(M[i][i] == 0 for i in range(k)))


@family("10기수1-04-01", "equal-matrices")
def _m1_equal(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xv, yv = rng.randint(-4, 6), rng.randint(-4, 6)
    p, q = rng.choice([1, 2, 3]), rng.choice([1, 2, -1])
    c1, c2 = rng.randint(-5, 5), rng.randint(-5, 5)
    e1 = _poly([p, c1])  # p x + c1
    e2 = _poly([q, c2], "y")
    a11, a22 = p * xv + c1, q * yv + c2
    o1, o2 = rng.randint(-5, 9), rng.randint(-5, 9)
    L = [[e1, str(o1)], [str(o2), e2]]
    R = [[a11, o1], [o2, a22]]
    if st == "latex":
        Ls = "$\\begin{pmatrix} " + f"{_w(e1, 'latex')[1:-1]} & {o1} \\\\ {o2} & {_w(e2, 'latex')[1:-1]}" + " \\end{pmatrix}$"
    else:
        Ls = _mat([[_w(e1, st), o1], [o2, _w(e2, st)]], st)
    Rs = _mat(R, st)
    ask = rng.choice(["each", "sum", "prod"])
    q_txt = {"each": f"x, y의 값을 각각 {_end(rng)}", "sum": f"x + y의 값을 {_end(rng)}", "prod": f"xy의 값을 {_end(rng)}"}[ask]
    text = rng.choice([f"두 행렬 {Ls}, {Rs}가 서로 같을 때, {q_txt}",
                       f"등식 {Ls} = {Rs}가 성립하도록 하는 실수 x, y에 대하여 {q_txt}"])
    ans = {"each": f"x = {xv}, y = {yv}", "sum": str(xv + yv), "prod": str(xv * yv)}[ask]
    L = L
    return Problem(text=text, answer=_u(ans), format="computation", difficulty=2, achievement_level="D",
                   concepts=["행렬", "성분"], also=list(_GS["04-01"]),
                   check=lambda: sp.solve([p * sp.Symbol("x") + c1 - a11, q * sp.Symbol("y") + c2 - a22], [sp.Symbol("x"), sp.Symbol("y")]) == {sp.Symbol("x"): xv, sp.Symbol("y"): yv})


@family("10기수1-04-01", "statements-mcq")
def _m1_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([(2, 3), (3, 2), (2, 2), (3, 3)])
    A = _rand_mat(rng, m, n, -4, 9)
    trues = [f"{m} × {n} 행렬이다.", f"행의 개수는 {m}이다.", f"열의 개수는 {n}이다.", f"성분의 개수는 {m * n}이다."]
    falses = [f"{n} × {m} 행렬이다." if m != n else f"{m + 1} × {n} 행렬이다.", f"행의 개수는 {n}이다." if m != n else f"행의 개수는 {m + 1}이다.",
              f"성분의 개수는 {m + n}이다."]
    for _ in range(4):
        i, j = rng.randint(1, m), rng.randint(1, n)
        v = A[i - 1][j - 1]
        trues.append(f"({i}, {j}) 성분은 {_num(v, 'unicode')}이다.")
        wrongs = [A[j - 1][i - 1] if j <= m and i <= n and A[j - 1][i - 1] != v else v + rng.choice([1, -1, 2])]
        falses.append(f"({i}, {j}) 성분은 {_num(wrongs[0], 'unicode')}이다.")
    r = rng.randint(1, m)
    trues.append(f"제{r}행의 성분의 합은 {_num(sum(A[r - 1]), 'unicode')}이다.")
    falses.append(f"제{r}행의 성분의 합은 {_num(sum(A[r - 1]) + rng.choice([1, -1, 3]), 'unicode')}이다.")
    trues = list(dict.fromkeys(trues))
    falses = [f for f in dict.fromkeys(falses) if f not in trues]
    want_true = rng.random() < 0.5
    if want_true:
        corr, pool = rng.choice(trues), falses
    else:
        corr, pool = rng.choice(falses), trues
    ch = choices(rng, corr, pool)
    stem = f"행렬 A = {_mat(A, st)}에 대한 설명으로 {'옳은' if want_true else '옳지 않은'} 것은?"

    def truth(sv: str) -> bool:
        mm = re.match(r"\((\d), (\d)\) 성분은 (−?\d+)이다", sv)
        if mm:
            return A[int(mm.group(1)) - 1][int(mm.group(2)) - 1] == int(mm.group(3).replace("−", "-"))
        mm = re.match(r"(\d) × (\d) 행렬", sv)
        if mm:
            return (int(mm.group(1)), int(mm.group(2))) == (m, n)
        mm = re.match(r"제(\d)행의 성분의 합은 (−?\d+)", sv)
        if mm:
            return sum(A[int(mm.group(1)) - 1]) == int(mm.group(2).replace("−", "-"))
        mm = re.match(r"(행|열|성분)의 개수는 (\d+)", sv)
        return int(mm.group(2)) == {"행": m, "열": n, "성분": m * n}[mm.group(1)]
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["행렬", "행", "열", "성분"], also=list(_GS["04-01"]), choice=ch,
                   check=lambda: truth(corr) == want_true and all(truth(o) != want_true for o in ch.options if o != corr))


@family("10기수1-04-01", "climate-data-task")
def _m1_climate(rng: random.Random) -> Problem:
    cities = rng.sample(["서울", "부산", "대구", "광주", "강릉", "제주"], 2)
    kind = rng.choice(["temp", "rain", "heat"])
    if kind == "temp":
        cols = rng.sample(["1월", "4월", "7월", "10월"], 3)
        cols.sort(key=lambda c: int(c[:-1]))
        base = {"1월": (-3, 6), "4월": (11, 16), "7월": (24, 28), "10월": (14, 19)}
        vals = [[rng.randint(*base[c]) for c in cols] for _ in cities]
        head, unit, what = "다음 표는 두 도시의 월평균 기온(단위: °C)을 단순화하여 나타낸 것이다.", "°C", "월평균 기온"
    elif kind == "rain":
        cols = rng.sample(["6월", "7월", "8월", "9월"], 3)
        cols.sort(key=lambda c: int(c[:-1]))
        vals = [[rng.randint(80, 400) for _ in cols] for _ in cities]
        head, unit, what = "다음 표는 두 도시의 여름철 월 강수량(단위: mm)을 단순화하여 나타낸 것이다.", "mm", "강수량"
    else:
        cols = ["2000년대", "2010년대", "2020년대"]
        vals = [sorted(rng.sample(range(5, 30), 3)) for _ in cities]
        head, unit, what = "다음 표는 두 도시의 연평균 폭염 일수(단위: 일)를 시대별로 단순화하여 나타낸 것이다.", "일", "폭염 일수"
    table = "| 도시 | " + " | ".join(cols) + " |\n" + "\n".join(f"| {c} | " + " | ".join(_u(str(v)) for v in row) + " |" for c, row in zip(cities, vals, strict=True))
    i, j = rng.randrange(2), rng.randrange(3)
    text = (head + "\n" + table + "\n"
            f"(1) 표를 2 × 3 행렬 A로 나타내시오. (행: 도시, 열: 시기)\n"
            f"(2) A의 ({i + 1}, {j + 1}) 성분이 무엇을 뜻하는지 설명하시오.\n"
            f"(3) A의 제{i + 1}행의 성분의 합을 구하시오.")
    ans = f"(1) A = {_mat_ans(vals)} (2) {cities[i]}의 {cols[j]} {what} {_u(str(vals[i][j]))}{unit} (3) {_u(str(sum(vals[i])))}"
    return Problem(text=text, answer=ans, format="task", difficulty=2, achievement_level="C",
                   concepts=["행렬", "성분", "행", "열"],
                   check=lambda: sp.Matrix(vals).shape == (2, 3) and sum(sp.Matrix(vals).row(i)) == sum(vals[i]))


@family("10기수1-04-01", "league-result-matrix")
def _m1_league(rng: random.Random) -> Problem:
    teams = rng.choice([["A", "B", "C"], ["1반", "2반", "3반"], ["청팀", "백팀", "홍팀"]])
    k = 3
    W = [[0] * k for _ in range(k)]
    lines = []
    for i, j in itertools.combinations(range(k), 2):
        if rng.random() < 0.5:
            W[i][j] = 1
            lines.append(f"{josa(teams[i], '이/가')} {josa(teams[j], '을/를')} 이겼")
        else:
            W[j][i] = 1
            lines.append(f"{josa(teams[j], '이/가')} {josa(teams[i], '을/를')} 이겼")
    rng.shuffle(lines)
    ask = rng.choice(["matrix", "rowsum"])
    text = (f"세 팀 {', '.join(teams)}가 서로 한 번씩 경기를 한 결과, " + "고, ".join(lines) + "다. (비긴 경기는 없다.)\n"
            f"i번째 팀이 j번째 팀을 이겼으면 (i, j) 성분을 1, 그렇지 않으면 0으로 하는 3 × 3 행렬 M을 만들려고 한다(팀의 순서는 {', '.join(teams)}).\n")
    text = text.replace(f"{', '.join(teams)}가 서로", josa(", ".join(teams), "이/가") + " 서로")
    if ask == "matrix":
        text += f"행렬 M을 {_end(rng)}"
        ans = _mat_ans(W)
    else:
        text += f"행렬 M을 구하고, 각 행의 성분의 합이 무엇을 뜻하는지 {_end(rng, '쓰')}"
        ans = f"M = {_mat_ans(W)}, 각 행의 합은 그 팀이 이긴 경기 수"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["행렬", "성분"], also=list(_GS["04-01"]),
                   check=lambda: all(W[i][j] + W[j][i] == 1 for i, j in itertools.combinations(range(k), 2)))


# ================================================================================================
# 10기수1-04-02 행렬의 연산 (덧셈, 뺄셈, 실수배, 곱셈; 곱셈은 행과 열이 2 이하)
# ================================================================================================
def _mm(A: list[list[int]], B: list[list[int]]) -> list[list[int]]:
    return [[sum(A[i][t] * B[t][j] for t in range(len(B))) for j in range(len(B[0]))] for i in range(len(A))]


def _lin_mat(p: int, A: list[list[int]], q: int, B: list[list[int]]) -> list[list[int]]:
    return [[p * a_ + q * b_ for a_, b_ in zip(ra, rb, strict=True)] for ra, rb in zip(A, B, strict=True)]


def _coef_txt(k_: int, nm: str, first: bool) -> str:
    body = (str(abs(k_)) if abs(k_) != 1 else "") + nm
    if first:
        return ("-" if k_ < 0 else "") + body
    return f" {'-' if k_ < 0 else '+'} {body}"


@family("10기수1-04-02", "add-subtract")
def _o2_addsub(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([(2, 2), (2, 2), (2, 3), (3, 2), (1, 3)])
    A, B = _rand_mat(rng, m, n, -6, 9), _rand_mat(rng, m, n, -6, 9)
    op_ = rng.choice(["+", "-"])
    C = _lin_mat(1, A, 1 if op_ == "+" else -1, B)
    kind = rng.choice(["named", "inline"])
    opu = "−" if (op_ == "-" and st == "unicode") else op_
    if kind == "named":
        text = rng.choice([f"두 행렬 A = {_mat(A, st)}, B = {_mat(B, st)}에 대하여 {_w(f'A {op_} B', st)}를 {_end(rng)}",
                           f"A = {_mat(A, st)}, B = {_mat(B, st)}일 때, 행렬 {_w(f'A {op_} B', st)}를 계산하시오."])
    else:
        if st == "latex":
            text = f"다음을 계산하시오.\n${_mat(A, st, False)} {op_} {_mat(B, st, False)}$"
        else:
            text = f"다음을 계산하시오.\n{_mat(A, st)} {opu} {_mat(B, st)}"
    return Problem(text=text, answer=_mat_ans(C), format="computation", difficulty=1, achievement_level="E",
                   concepts=["행렬의 덧셈", "행렬의 뺄셈", "행렬"], also=list(_GS["04-02"]),
                   check=lambda: (sp.Matrix(A) + (sp.Matrix(B) if op_ == "+" else -sp.Matrix(B))) == sp.Matrix(C))


@family("10기수1-04-02", "scalar-combination")
def _o2_scalar(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([(2, 2), (2, 2), (2, 3)])
    A, B = _rand_mat(rng, m, n, -4, 6), _rand_mat(rng, m, n, -4, 6)
    p = rng.choice([2, 3, -1, -2, 1])
    q = rng.choice([2, 3, -1, -2, -3, 1])
    C = _lin_mat(p, A, q, B)
    expr = _coef_txt(p, "A", True) + _coef_txt(q, "B", False)
    expr_r = _w(expr, st)
    text = rng.choice([
        f"두 행렬 A = {_mat(A, st)}, B = {_mat(B, st)}에 대하여 행렬 {expr_r}를 {_end(rng)}",
        f"A = {_mat(A, st)}, B = {_mat(B, st)}일 때, {expr_r}의 모든 성분의 합을 {_end(rng)}",
    ])
    ans = _mat_ans(C) if "성분의 합" not in text else str(sum(map(sum, C)))
    text = text.replace(f"{expr_r}를", _jm(expr, st, "을/를"))
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["행렬의 실수배", "행렬의 덧셈"], also=list(_GS["04-02"]),
                   check=lambda: (p * sp.Matrix(A) + q * sp.Matrix(B)) == sp.Matrix(C))


@family("10기수1-04-02", "solve-for-matrix-x")
def _o2_solve(rng: random.Random) -> Problem:
    st = pick_style(rng)
    X = _rand_mat(rng, 2, 2, -4, 6)
    A = _rand_mat(rng, 2, 2, -5, 6)
    kind = rng.choice(["X+A=B", "2X-A=B", "A-X=B", "3X+A=B"])
    k_, s_ = {"X+A=B": (1, 1), "2X-A=B": (2, -1), "A-X=B": (-1, 1), "3X+A=B": (3, 1)}[kind]
    B = _lin_mat(k_, X, s_, A)
    eq = {"X+A=B": "X + A = B", "2X-A=B": "2X - A = B", "A-X=B": "A - X = B", "3X+A=B": "3X + A = B"}[kind]
    text = rng.choice([
        f"두 행렬 A = {_mat(A, st)}, B = {_mat(B, st)}에 대하여 {_w(eq, st)}를 만족시키는 행렬 X를 {_end(rng)}",
        f"A = {_mat(A, st)}, B = {_mat(B, st)}일 때, 등식 {_w(eq, st)}가 성립하도록 하는 행렬 X를 {_end(rng)}",
    ])
    text = text.replace(f"{_w(eq, st)}를", _jm(eq, st, "을/를")).replace(f"{_w(eq, st)}가", _jm(eq, st, "이/가"))
    d = 2 if kind == "X+A=B" else 3
    return Problem(text=text, answer=_mat_ans(X), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["행렬의 덧셈", "행렬의 실수배"], also=list(_GS["04-02"]),
                   check=lambda: (k_ * sp.Matrix(X) + s_ * sp.Matrix(A)) == sp.Matrix(B))


@family("10기수1-04-02", "matrix-product")
def _o2_product(rng: random.Random) -> Problem:
    st = pick_style(rng)
    shape = rng.choice([((2, 2), (2, 2)), ((2, 2), (2, 2)), ((1, 2), (2, 2)), ((2, 2), (2, 1)), ((1, 2), (2, 1)), ((2, 1), (1, 2))])
    A = _rand_mat(rng, *shape[0], -3, 5)
    B = _rand_mat(rng, *shape[1], -3, 5)
    C = _mm(A, B)
    if st == "latex":
        expr = f"${_mat(A, st, False)}{_mat(B, st, False)}$"
    else:
        expr = f"{_mat(A, st)}{_mat(B, st)}" if st == "unicode" else f"{_mat(A, st)} × {_mat(B, st)}"
    text = rng.choice([f"다음 행렬의 곱셈을 하시오.\n{expr}", f"두 행렬 A = {_mat(A, st)}, B = {_mat(B, st)}에 대하여 AB를 {_end(rng)}",
                       f"A = {_mat(A, st)}, B = {_mat(B, st)}일 때, 행렬 AB를 계산하시오."])
    d = 2 if shape != ((2, 2), (2, 2)) else 3
    return Problem(text=text, answer=_mat_ans(C) if len(C) > 1 or len(C[0]) > 1 else f"({C[0][0]})".replace("-", "−"),
                   format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["행렬의 곱셈"], also=list(_GS["04-02"]), check=lambda: sp.Matrix(A) * sp.Matrix(B) == sp.Matrix(C))


@family("10기수1-04-02", "product-defined-mcq")
def _o2_defined(rng: random.Random) -> Problem:
    st = pick_style(rng)
    shapes = {"A": (2, 2), "B": (2, 1), "C": (1, 2)}
    mats = {k: _rand_mat(rng, *v, 0, 5) for k, v in shapes.items()}
    prods = ["AB", "BA", "AC", "CA", "BC", "CB", "AA", "BB", "CC"]

    def ok(p: str) -> bool:
        return shapes[p[0]][1] == shapes[p[1]][0]
    want = rng.choice(["defined", "undefined"])
    good = [p for p in prods if ok(p) == (want == "defined")]
    bad = [p for p in prods if ok(p) != (want == "defined")]
    corr = rng.choice(good)

    def pname(p: str) -> str:
        return "A²" if p == "AA" and st != "plain" else ("B²" if p == "BB" and st != "plain" else ("C²" if p == "CC" and st != "plain" else p))
    ch = choices(rng, pname(corr), [pname(p) for p in rng.sample(bad, 4)])
    stem = (f"세 행렬 A = {_mat(mats['A'], st)}, B = {_mat(mats['B'], st)}, C = {_mat(mats['C'], st)}에 대하여 다음 중 "
            + ("곱셈을 할 수 있는 것은?" if want == "defined" else "곱셈을 할 수 없는 것은?"))
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["행렬의 곱셈", "행", "열"], also=list(_GS["04-02"]), choice=ch,
                   check=lambda: sum(1 for o in ch.options if ok({pname(p): p for p in prods}[o])) == (1 if want == "defined" else 4))


@family("10기수1-04-02", "entry-of-product-fill")
def _o2_entry(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, B = _rand_mat(rng, 2, 2, -3, 6), _rand_mat(rng, 2, 2, -3, 6)
    i, j = rng.randint(1, 2), rng.randint(1, 2)
    C = _mm(A, B)
    a1, a2 = A[i - 1]
    b1, b2 = B[0][j - 1], B[1][j - 1]

    def pr(v: int) -> str:
        return f"({_num(v, 'unicode')})" if v < 0 else str(v)
    kind = rng.choice(["fill", "fill", "direct"])
    if kind == "fill":
        text = (f"두 행렬 A = {_mat(A, st)}, B = {_mat(B, st)}에 대하여 행렬 AB의 ({i}, {j}) 성분을 구하는 과정이다. □ 안에 알맞은 수를 써넣으시오.\n"
                f"AB의 ({i}, {j}) 성분은 A의 제{i}행과 B의 제{j}열의 성분을 차례로 곱하여 더한 것이므로\n"
                f"□ × □ + □ × □ = □")
        ans = f"{pr(a1)}, {pr(b1)}, {pr(a2)}, {pr(b2)}, {_num(C[i - 1][j - 1], 'unicode')}"
    else:
        text = rng.choice([f"A = {_mat(A, st)}, B = {_mat(B, st)}일 때, 행렬 AB의 ({i}, {j}) 성분을 {_end(rng)}",
                           f"두 행렬 A = {_mat(A, st)}, B = {_mat(B, st)}의 곱 AB에서 제{i}행 제{j}열의 성분을 {_end(rng)}"])
        ans = _num(C[i - 1][j - 1], "unicode")
    return Problem(text=text, answer=ans, format="fill" if kind == "fill" else "computation", difficulty=2, achievement_level="D",
                   concepts=["행렬의 곱셈", "성분"], also=[] if kind == "fill" else list(_GS["04-02"]),
                   check=lambda: (sp.Matrix(A) * sp.Matrix(B))[i - 1, j - 1] == a1 * b1 + a2 * b2 == C[i - 1][j - 1])


@family("10기수1-04-02", "price-quantity-word")
def _o2_price(rng: random.Random) -> Problem:
    kind = rng.choice(["two-shops", "two-people"])
    (it1, p1), (it2, p2) = rng.sample([("사과", 1000), ("배", 2000), ("귤", 500), ("복숭아", 1500), ("키위", 800), ("자두", 700)], 2)
    if kind == "two-shops":
        q1, q2 = rng.randint(1, 6), rng.randint(1, 6)
        shops = rng.choice([("가 가게", "나 가게"), ("A 마트", "B 마트")])
        pa = [[p1, p2], [p1 + rng.choice([-200, -100, 100, 200]), p2 + rng.choice([-300, -100, 100, 300])]]
        Q = [[q1], [q2]]
        T = _mm(pa, Q)
        text = (f"다음은 두 가게의 과일 한 개의 가격(단위: 원)을 행렬로 나타낸 것이다. 행은 {shops[0]}, {shops[1]}의 순서이고, 열은 {it1}, {it2}의 순서이다.\n"
                f"P = {_mat(pa, 'unicode' if rng.random() < 0.5 else 'latex')}\n"
                f"{it1} {q1}개와 {it2} {q2}개를 사려고 한다. 사려는 개수를 나타내는 행렬이 Q = {_mat(Q, 'unicode')}일 때, 행렬 PQ를 구하고, 어느 가게에서 사는 것이 더 저렴한지 {_end(rng)}")
        cheap = shops[0] if T[0][0] < T[1][0] else (shops[1] if T[1][0] < T[0][0] else "두 가게 같음")
        ans = f"PQ = {_mat_ans(T)}, {cheap}"
        ok = sp.Matrix(pa) * sp.Matrix(Q) == sp.Matrix(T)
    else:
        who = names(rng, 2)
        Q = [[rng.randint(1, 5), rng.randint(1, 5)], [rng.randint(1, 5), rng.randint(1, 5)]]
        P = [[p1], [p2]]
        T = _mm(Q, P)
        text = (f"{josa(who[0], '은/는')} {it1} {Q[0][0]}개와 {it2} {Q[0][1]}개를, {josa(who[1], '은/는')} {it1} {Q[1][0]}개와 {it2} {Q[1][1]}개를 샀다. "
                f"{it1} 한 개는 {p1:,}원, {it2} 한 개는 {p2:,}원이다.\n"
                f"구입한 개수를 나타내는 행렬을 A, 가격을 나타내는 행렬을 B라 하면 A = {_mat(Q, 'unicode')}, B = {_mat(P, 'unicode')}이다. AB를 구하고 AB의 각 성분이 뜻하는 것을 {_end(rng, '쓰')}")
        ans = f"AB = {_mat_ans(T)}, 각 성분은 {who[0]}, {who[1]}가 낸 금액(원)"
        ans = ans.replace(f"{who[1]}가 낸", josa(who[1], "이/가") + " 낸")
        ok = sp.Matrix(Q) * sp.Matrix(P) == sp.Matrix(T)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["행렬의 곱셈", "행렬"], also=list(_GS["04-02"]), check=lambda: ok)


@family("10기수1-04-02", "ab-ba-compare-explain")
def _o2_abba(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(50):
        A, B = _rand_mat(rng, 2, 2, -2, 4), _rand_mat(rng, 2, 2, -2, 4)
        AB, BA = _mm(A, B), _mm(B, A)
        if AB != BA:
            break
    who = name(rng)
    text = rng.choice([
        f"두 행렬 A = {_mat(A, st)}, B = {_mat(B, st)}에 대하여 AB와 BA를 각각 계산하고, 행렬의 곱셈에서 AB = BA가 항상 성립하는지 설명하시오.",
        f"{who}: “수의 곱셈처럼 행렬의 곱셈에서도 곱하는 순서를 바꾸어도 결과가 같아.”\n"
        f"A = {_mat(A, st)}, B = {_mat(B, st)}를 이용하여 {who}의 말이 옳은지 판단하고 그 이유를 설명하시오.",
    ])
    ans = f"AB = {_mat_ans(AB)}, BA = {_mat_ans(BA)}, AB ≠ BA이므로 항상 성립하지는 않는다."
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["행렬의 곱셈"], check=lambda: sp.Matrix(A) * sp.Matrix(B) != sp.Matrix(B) * sp.Matrix(A))


@family("10기수1-04-02", "square-and-combination")
def _o2_square(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = _rand_mat(rng, 2, 2, -3, 4)
    kind = rng.choice(["sq", "sq-k", "sq-entrysum"])
    A2 = _mm(A, A)
    a_sq = "A^2"
    if kind == "sq":
        text = f"행렬 A = {_mat(A, st)}에 대하여 {_jm(a_sq, st, '을/를')} {_end(rng)}"
        ans = _mat_ans(A2)
        res = A2
    elif kind == "sq-k":
        k_ = rng.choice([1, 2, 3, -1])
        res = _lin_mat(1, A2, -k_, A)
        e = f"A^2 - {k_ if k_ != 1 else ''}A" if k_ > 0 else f"A^2 + {'' if k_ == -1 else -k_}A"
        text = f"행렬 A = {_mat(A, st)}일 때, {_jm(e, st, '을/를')} {_end(rng)}"
        ans = _mat_ans(res)
    else:
        res = A2
        text = f"A = {_mat(A, st)}일 때, 행렬 {_w(a_sq, st)}의 모든 성분의 합을 {_end(rng)}"
        ans = str(sum(map(sum, A2)))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["행렬의 곱셈", "행렬의 뺄셈"] if kind == "sq-k" else ["행렬의 곱셈"], also=list(_GS["04-02"]),
                   check=lambda: (sp.Matrix(A) ** 2 == sp.Matrix(A2)) and sp.Matrix(res).shape == (2, 2))
