"""Generators for 공통수학1 (고등학교): 10공수1-02-09 … 10공수1-02-11 (부등식),
10공수1-03-02, 10공수1-03-03 (순열과 조합) and 10공수1-04-01, 10공수1-04-02 (행렬).

Private helpers (module-local, prefixed ``_``):

* ``_r(s, st)`` renders a small ASCII notation (``x^2``, ``<=``, ``>=``, ``|x - 1|``, ``*``) in style ``st``.
* ``_lin(m, b)`` / ``_quad(a, b, c)`` write integer polynomials in ``x`` as ASCII mini notation.
* Solution sets of inequalities are lists of intervals ``(lo, lo_in, hi, hi_in)`` (``None`` = ∞);
  ``_set_str`` writes them the way answers are printed, ``_agrees`` compares a set with the
  inequality itself on a fine grid of rationals (the independent check).
* ``_mat(rows, st)`` renders a matrix (LaTeX ``pmatrix`` / ``[1 2; 3 4]`` / ``((1, 2), (3, 4))``).
"""

from __future__ import annotations

import itertools
import math as pymath
import random
import re
from collections.abc import Callable
from fractions import Fraction as Fr

import sympy as sp

from mathtag.corpus.generators.base import Problem, family, secondary_level
from mathtag.corpus.korean import josa, name, names
from mathtag.corpus.mcq import choices, with_choices
from mathtag.corpus.notation import pick_style

X = sp.Symbol("x")
_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}
_UNI = {"<": "<", ">": ">", "<=": "≤", ">=": "≥"}


# -- notation ------------------------------------------------------------------------------------
def _r(s: str, st: str) -> str:
    """Render ASCII mini notation in style ``st`` (LaTeX comes back wrapped in ``$…$``)."""
    if st == "latex":
        t = re.sub(r"\^(\d+|\w)", r"^{\1}", s)
        t = re.sub(r"(-?\d+)/(\d+)", r"\\frac{\1}{\2}", t)
        t = t.replace("<=", "\\le ").replace(">=", "\\ge ").replace("!=", "\\ne ").replace("*", "\\times ")
        t = re.sub(r"(\\(?:le|ge|ne|times)) +", r"\1 ", t)
        t = re.sub(r"\|([^|]+)\|", r"\\left|\1\\right|", t)
        return f"${t}$"
    if st == "unicode":
        t = re.sub(r"\^(\d+)", lambda m: m.group(1).translate(_SUP), s)
        return t.replace("<=", "≤").replace(">=", "≥").replace("!=", "≠").replace("*", "×").replace("-", "−")
    return s.replace("*", "×")


def _fs(v: Fr | int) -> str:
    v = Fr(v)
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


def _term(cf: int | Fr, mono: str, first: bool) -> str:
    cf = Fr(cf)
    m = abs(cf)
    body = ("" if (m == 1 and mono) else _fs(m)) + mono
    if first:
        return ("-" if cf < 0 else "") + body
    return (" - " if cf < 0 else " + ") + body


def _poly(cs: list[int | Fr], var: str = "x") -> str:
    """Coefficients from the highest degree down, e.g. ``[1, -3, 2]`` → ``x^2 - 3x + 2``."""
    deg = len(cs) - 1
    out = ""
    for i, cf in enumerate(cs):
        if cf == 0:
            continue
        d = deg - i
        mono = "" if d == 0 else (var if d == 1 else f"{var}^{d}")
        out += _term(cf, mono, out == "")
    return out or "0"


def _lin(m: int | Fr, b: int | Fr, var: str = "x") -> str:
    return _poly([m, b], var)


def _quad(a: int, b: int, c: int) -> str:
    return _poly([a, b, c])


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "풀":
        return rng.choice(["푸시오.", "푸세요.", "풀어라.", "풀어 보시오."])
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보시오."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오.", "구하면?"])


def _sys(lines: list[str], st: str, block: bool = False) -> str:
    """A system of inequalities as printed: braced in LaTeX, one per line when on its own lines."""
    if st == "latex" and len(lines) > 1:
        body = r" \\ ".join(ln.strip("$") for ln in lines)
        return f"$\\begin{{cases}} {body} \\end{{cases}}$"
    if st == "unicode" and block:
        return "\n".join(lines)
    return "{ " + ", ".join(lines) + " }" if st == "plain" else "{" + ",  ".join(lines) + "}"


def _sysj(lines: list[str], st: str, pair: str) -> str:
    """An inline system followed by the particle that fits how its last line is read."""
    last = lines[-1]
    return _sys(lines, st) + josa(last, pair)[len(last):]


# -- solution sets -------------------------------------------------------------------------------
Iv = tuple  # (lo, lo_in, hi, hi_in)


def _half(rel: str, p: Fr) -> Iv:
    if rel in (">", ">="):
        return (Fr(p), rel == ">=", None, False)
    return (None, False, Fr(p), rel == "<=")


def _cap(a: Iv, b: Iv) -> Iv | None:
    lo, lo_in = a[0], a[1]
    if b[0] is not None and (lo is None or b[0] > lo or (b[0] == lo and not b[1])):
        lo, lo_in = b[0], b[1]
    hi, hi_in = a[2], a[3]
    if b[2] is not None and (hi is None or b[2] < hi or (b[2] == hi and not b[3])):
        hi, hi_in = b[2], b[3]
    if lo is not None and hi is not None and (lo > hi or (lo == hi and not (lo_in and hi_in))):
        return None
    return (lo, lo_in, hi, hi_in)


def _cap_sets(s1: list[Iv], s2: list[Iv]) -> list[Iv]:
    out = []
    for a in s1:
        for b in s2:
            c = _cap(a, b)
            if c is not None:
                out.append(c)
    return sorted(out, key=lambda t: (t[0] is not None, t[0] or 0))


def _in(sol: list[Iv], v: Fr) -> bool:
    for lo, lo_in, hi, hi_in in sol:
        ok_lo = lo is None or v > lo or (v == lo and lo_in)
        ok_hi = hi is None or v < hi or (v == hi and hi_in)
        if ok_lo and ok_hi:
            return True
    return False


def _iv_str(iv: Iv, var: str = "x") -> str:
    lo, lo_in, hi, hi_in = iv
    if lo is None and hi is None:
        return "모든 실수"
    if lo is not None and hi is not None and lo == hi:
        return f"{var} = {_fs(lo)}"
    if lo is None:
        return f"{var} {'≤' if hi_in else '<'} {_fs(hi)}"
    if hi is None:
        return f"{var} {'≥' if lo_in else '>'} {_fs(lo)}"
    return f"{_fs(lo)} {'≤' if lo_in else '<'} {var} {'≤' if hi_in else '<'} {_fs(hi)}"


def _set_str(sol: list[Iv], var: str = "x") -> str:
    if not sol:
        return "해는 없다"
    return " 또는 ".join(_iv_str(iv, var) for iv in sol)


def _grid(sol: list[Iv], extra: tuple = ()) -> list[Fr]:
    pts = {Fr(i, 4) for i in range(-160, 161)}
    for iv in sol:
        for e in (iv[0], iv[2]):
            if e is not None:
                pts.update({e, e - Fr(1, 1000), e + Fr(1, 1000)})
    for e in extra:
        pts.update({Fr(e), Fr(e) - Fr(1, 1000), Fr(e) + Fr(1, 1000)})
    return sorted(pts)


def _agrees(sol: list[Iv], pred: Callable[[Fr], bool], extra: tuple = ()) -> bool:
    return all(_in(sol, v) == pred(v) for v in _grid(sol, extra))


def _cmp(lhs: Fr, rel: str, rhs: Fr) -> bool:
    return {"<": lhs < rhs, ">": lhs > rhs, "<=": lhs <= rhs, ">=": lhs >= rhs}[rel]


def _ints(sol: list[Iv], lo: int = -200, hi: int = 200) -> list[int]:
    return [n for n in range(lo, hi + 1) if _in(sol, Fr(n))]


def _make_half(rng: random.Random, want: str, p: Fr) -> tuple[int, int, str, int, int]:
    """Integer m, b, rel, n, d with ``m x + b rel n x + d``  ⇔  ``x want p`` (p·(m−n) an integer)."""
    for _ in range(200):
        s = rng.choice([1, 2, 3, 4, 5, -1, -2, -3, 2, 3])
        if (p * s).denominator != 1:
            continue
        n = rng.randint(-3, 4)
        m = n + s
        b = rng.randint(-9, 9)
        d = int(s * p) + b
        rel = want if s > 0 else _FLIP[want]
        return m, b, rel, n, d
    s = Fr(p).denominator
    return s, 0, want, 0, int(s * p)


def _lin_side(rng: random.Random, m: int, b: int, brackets: bool = True) -> str:
    """``m x + b``, sometimes written with brackets such as ``3(x - 2) + 5``."""
    if brackets and abs(m) >= 2 and rng.random() < 0.35:
        e = rng.choice([v for v in range(-4, 5) if v != 0])
        f = b - m * e
        core = f"{m}(x {'+' if e > 0 else '-'} {abs(e)})"
        return core + ("" if f == 0 else f" {'+' if f > 0 else '-'} {abs(f)}")
    if m == 0:
        return str(b)
    return _lin(m, b)


def _ineq_text(rng: random.Random, m: int, b: int, rel: str, n: int, d: int) -> str:
    right = _lin(n, d) if n != 0 else str(d)
    return f"{_lin_side(rng, m, b)} {rel} {right}"


# ================================================================================================
# 10공수1-02-09 연립일차부등식
# ================================================================================================
_BASIC_09 = ["10기수1-02-07"]


def _rand_pair(rng: random.Random, kind: str | None = None) -> tuple[str, str, str, Fr, Fr]:
    """Two half-line conditions (want1, want2, kind, p, q) with p ≤ q for the usual shapes."""
    kind = kind or rng.choices(["band", "band", "band", "band", "ray", "point", "none"], k=1)[0]
    p = Fr(rng.randint(-6, 4))
    q = p + rng.randint(2, 8)
    if kind == "band":
        return rng.choice([">", ">="]), rng.choice(["<", "<="]), kind, p, q
    if kind == "ray":
        w = rng.choice([">", ">=", "<", "<="])
        w2 = rng.choice([">", ">="]) if w in (">", ">=") else rng.choice(["<", "<="])
        return w, w2, kind, p, q
    if kind == "point":
        return ">=", "<=", kind, p, p
    return rng.choice(["<", "<="]), rng.choice([">", ">="]), kind, p, q  # x < p and x > q: empty


@family("10공수1-02-09", "solve-two-linear")
def _i9_two(rng: random.Random) -> Problem:
    st = pick_style(rng)
    w1, w2, kind, p, q = _rand_pair(rng)
    h1 = _make_half(rng, w1, p)
    h2 = _make_half(rng, w2, q)
    pair = [h1, h2]
    rng.shuffle(pair)
    lines = [_r(_ineq_text(rng, *h), st) for h in pair]
    sol = _cap_sets([_half(w1, p)], [_half(w2, q)])
    text = rng.choice([
        f"다음 연립부등식을 {_end(rng, '풀')}\n{_sys(lines, st, True)}",
        f"연립부등식\n{_sys(lines, st, True)}\n의 해를 {_end(rng)}",
        f"두 부등식 {lines[0]}, {josa(lines[1], '을/를')} 동시에 만족시키는 x의 값의 범위를 {_end(rng)}",
        f"x에 대한 연립부등식 {_sys(lines, st)}의 해를 수직선을 이용하여 {_end(rng)}",
    ])
    ans = _set_str(sol)

    def chk() -> bool:
        def pred(v: Fr) -> bool:
            return all(_cmp(m * v + b, rel, n * v + d) for m, b, rel, n, d in pair)
        return _agrees(sol, pred)
    diff = 2 if kind in ("band", "ray") else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["연립부등식", "연립일차부등식", "일차부등식"], also=list(_BASIC_09), check=chk)


@family("10공수1-02-09", "chain-inequality")
def _i9_chain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randint(-2, 4) or 3
    b0 = rng.randint(-8, 8)
    p = Fr(rng.randint(-5, 3))
    q = p + rng.randint(1, 7)
    r1, r2 = rng.choice(["<", "<="]), rng.choice(["<", "<="])
    bounded = rng.random() < 0.8
    # A r1 B  ⇔ (n1 − m) x r1 (b0 − d1): choose s1 = n1 − m < 0 for x > p
    s1 = rng.choice([-1, -2, -3]) if bounded else rng.choice([1, 2])
    n1 = m + s1
    d1 = b0 - s1 * int(p)
    t = rng.choice([1, 2, 3])
    n2 = m - t
    d2 = t * int(q) + b0
    A, B, C = _lin(n1, d1) if n1 else str(d1), _lin(m, b0) if m else str(b0), _lin(n2, d2) if n2 else str(d2)
    w1 = _FLIP[r1] if s1 < 0 else r1
    sol = _cap_sets([_half(w1, p)], [_half(r2, q)])
    chain = _r(f"{A} {r1} {B} {r2} {C}", st)
    text = rng.choice([
        f"부등식 {josa(chain, '을/를')} {_end(rng, '풀')}",
        f"x에 대한 부등식 {chain}의 해를 {_end(rng)}",
        f"다음 부등식을 만족시키는 x의 값의 범위를 {_end(rng)}\n{chain}",
    ])
    ans = _set_str(sol)

    def chk() -> bool:
        def pred(v: Fr) -> bool:
            return _cmp(n1 * v + d1, r1, m * v + b0) and _cmp(m * v + b0, r2, n2 * v + d2)
        return _agrees(sol, pred)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["연립부등식", "연립일차부등식"], also=list(_BASIC_09), check=chk)


def _dec(v: Fr) -> str:
    s = f"{float(v):.2f}".rstrip("0").rstrip(".")
    return s


@family("10공수1-02-09", "decimal-fraction-coefficients")
def _i9_decfrac(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # decimal inequality: (m x + b)/10 rel (n x + d)/10 ⇔ x w1 p
    w1, w2, _kind, p, q = _rand_pair(rng, rng.choice(["band", "band", "ray"]))
    m, b, rel1, n, d = _make_half(rng, w1, p)

    def dlin(cm: int, cb: int) -> str:
        parts = []
        if cm:
            parts.append(("-" if cm < 0 else "") + _dec(Fr(abs(cm), 10)) + "x")
        if cb or not parts:
            parts.append(_dec(Fr(cb, 10)) if not parts else (" - " if cb < 0 else " + ") + _dec(Fr(abs(cb), 10)))
        return "".join(parts)
    dec_line = f"{dlin(m, b)} {rel1} {dlin(n, d)}"
    # fraction inequality: (x + e1)/k1 rel (x + e2)/k2 ⇔ (k2 − k1) x rel k1 e2 − k2 e1
    for _ in range(400):
        k1, k2 = rng.sample([2, 3, 4, 5, 6], 2)
        e1 = rng.randint(-6, 6)
        num = q * (k2 - k1) + k2 * e1
        if num.denominator == 1 and int(num) % k1 == 0 and abs(int(num) // k1) <= 12:
            e2 = int(num) // k1
            break
    else:
        k1, k2, e1, e2 = 2, 3, 0, 0
        q = Fr(0)
    rel2 = w2 if k2 - k1 > 0 else _FLIP[w2]

    def fx(e: int, k: int) -> str:
        inner = "x" if e == 0 else f"x {'+' if e > 0 else '-'} {abs(e)}"
        if st == "latex":
            return f"\\frac{{{inner}}}{{{k}}}"
        return f"({inner})/{k}" if e else f"x/{k}"
    frac_core = f"{fx(e1, k1)} {rel2} {fx(e2, k2)}"
    if st == "latex":
        frac_line = "$" + frac_core.replace("<=", "\\le").replace(">=", "\\ge") + "$"
    else:
        frac_line = _r(frac_core, st)
    lines = [_r(dec_line, st), frac_line]
    sol = _cap_sets([_half(w1, p)], [_half(w2, q)])
    text = rng.choice([
        f"다음 연립부등식을 {_end(rng, '풀')}\n{_sys(lines, st, True)}",
        f"연립부등식 {_sys(lines, st)}의 해를 {_end(rng)}",
        f"계수가 소수와 분수인 두 부등식 {lines[0]}, {lines[1]}의 공통인 해를 {_end(rng)}",
    ])

    def chk() -> bool:
        def pred(v: Fr) -> bool:
            return _cmp(Fr(m, 10) * v + Fr(b, 10), rel1, Fr(n, 10) * v + Fr(d, 10)) and _cmp((v + e1) / k1, rel2, (v + e2) / k2)
        return _agrees(sol, pred)
    return Problem(text=text, answer=_set_str(sol), format="computation", difficulty=3, achievement_level="C",
                   concepts=["연립부등식", "연립일차부등식"], check=chk)


@family("10공수1-02-09", "integer-solutions")
def _i9_integers(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(100):
        s1, s2 = rng.choice([2, 3, -2, 3, 4]), rng.choice([2, 3, 5, -3])
        p = Fr(rng.randint(-12, 6), abs(s1))
        q = p + Fr(rng.randint(3, 16), abs(s2))
        if (p * s1).denominator == 1 and (q * s2).denominator == 1:
            break
    w1, w2 = rng.choice([">", ">="]), rng.choice(["<", "<="])
    h1, h2 = _make_half(rng, w1, p), _make_half(rng, w2, q)
    sol = _cap_sets([_half(w1, p)], [_half(w2, q)])
    ints = _ints(sol)
    lines = [_r(_ineq_text(rng, *h1), st), _r(_ineq_text(rng, *h2), st)]
    ask = rng.choice(["count", "sum", "maxmin"])
    if ask == "count" or not ints:
        q_txt = rng.choice(["다음 연립부등식을 만족시키는 정수 x의 개수를 " + _end(rng), "다음 연립부등식의 해 중 정수는 모두 몇 개인가?"])
        ans = str(len(ints))
    elif ask == "sum":
        q_txt = "다음 연립부등식을 만족시키는 모든 정수 x의 값의 합을 " + _end(rng)
        ans = str(sum(ints))
    else:
        q_txt = "다음 연립부등식을 만족시키는 정수 x 중 가장 큰 값을 M, 가장 작은 값을 m이라 할 때, M − m의 값을 " + _end(rng)
        ans = str(max(ints) - min(ints))
    text = f"{q_txt}\n{_sys(lines, st, True)}"

    def chk() -> bool:
        cands = [n for n in range(-200, 201) if all(_cmp(Fr(h[0] * n + h[1]), h[2], Fr(h[3] * n + h[4])) for h in (h1, h2))]
        if ask == "count" or not ints:
            return str(len(cands)) == ans
        if ask == "sum":
            return str(sum(cands)) == ans
        return str(max(cands) - min(cands)) == ans
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["연립부등식", "연립일차부등식", "정수"], also=list(_BASIC_09), check=chk)


@family("10공수1-02-09", "constants-from-solution")
def _i9_params(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randint(-4, 3)
    q = p + rng.randint(2, 7)
    m1 = rng.choice([2, 3, 4, 5])
    c1 = rng.randint(-6, 10)
    a_ = m1 * p - c1          # m1 x − a ≥ c1  ⇔ x ≥ (c1 + a)/m1 = p
    e = rng.randint(-5, 6)
    k2 = rng.choice([2, 3])
    b_ = q - e                # k2 x − b < (k2−1) x + e ... ⇔ x < e + b = q
    r1 = rng.choice([">", ">="])
    r2 = rng.choice(["<", "<="])
    l1 = _r(f"{m1}x - a {r1} {c1}", st)
    l2 = _r(f"{k2}x - b {r2} {_lin(k2 - 1, e)}", st)
    sol_txt = _r(f"{p} {'<' if r1 == '>' else '<='} x {r2} {q}", st)
    ask = rng.choice(["sum", "each", "prod"])
    tail = {"sum": ("a + b의 값을 " + _end(rng), str(a_ + b_)),
            "each": ("상수 a, b의 값을 각각 " + _end(rng), f"a = {a_}, b = {b_}"),
            "prod": ("ab의 값을 " + _end(rng), str(a_ * b_))}[ask]
    text = rng.choice([
        f"연립부등식 {_sys([l1, l2], st)}의 해가 {sol_txt}일 때, {tail[0]}",
        f"x에 대한 연립부등식\n{_sys([l1, l2], st, True)}\n의 해가 {josa(sol_txt, '이/가')} 되도록 하는 상수 a, b에 대하여 {tail[0]}",
    ])
    text = text.replace("상수 a, b에 대하여 상수 a, b의 값을 각각", "상수 a, b의 값을 각각")

    def chk() -> bool:
        return Fr(c1 + a_, m1) == p and k2 * q - b_ == (k2 - 1) * q + e
    return Problem(text=text, answer=tail[1], format="computation", difficulty=3, achievement_level="B",
                   concepts=["연립부등식", "연립일차부등식"], check=chk)


@family("10공수1-02-09", "parameter-integer-count")
def _i9_param_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.choice([2, 3])
    p = rng.randint(-3, 4)
    b = rng.randint(-5, 5)
    d = m * p + b
    low_rel = rng.choice([">", ">="])
    up_rel = rng.choice(["<", "<="])
    k = rng.randint(2, 4)
    first = p + (1 if low_rel == ">" else 0)   # smallest integer solution
    last = first + k - 1
    # x up_rel a has exactly the integers first..last  ⇔ range of a
    if up_rel == "<=":
        lo, lo_in, hi, hi_in = Fr(last), True, Fr(last + 1), False
    else:
        lo, lo_in, hi, hi_in = Fr(last), False, Fr(last + 1), True
    rng_sol = [(lo, lo_in, hi, hi_in)]
    l1 = _r(f"{_lin(m, b)} {low_rel} {d}", st)
    l2 = _r(f"x {up_rel} a", st)
    text = rng.choice([
        f"다음 연립부등식을 만족시키는 정수 x가 {k}개일 때, 실수 a의 값의 범위를 {_end(rng)}\n{_sys([l1, l2], st, True)}",
        f"x에 대한 연립부등식\n{_sys([l1, l2], st, True)}\n의 정수인 해가 정확히 {k}개가 되도록 하는 상수 a의 값의 범위를 {_end(rng)}",
    ])

    def chk() -> bool:
        def count(av: Fr) -> int:
            return sum(1 for n in range(p - 8, last + 10) if _cmp(Fr(m * n + b), low_rel, Fr(d)) and _cmp(Fr(n), up_rel, av))
        return all((count(v) == k) == _in(rng_sol, v) for v in _grid(rng_sol) if p - 4 < v < last + 6)
    return Problem(text=text, answer=_set_str(rng_sol, "a"), format="computation", difficulty=4, achievement_level="A",
                   concepts=["연립부등식", "연립일차부등식", "정수"], check=chk)


@family("10공수1-02-09", "budget-two-items-word")
def _i9_budget(rng: random.Random) -> Problem:
    items = rng.choice([("볼펜", "형광펜", "자루"), ("우유", "주스", "개"), ("공책", "스케치북", "권"),
                        ("장미", "튤립", "송이"), ("김밥", "샌드위치", "개")])
    cheap, dear, unit = items
    pc = rng.choice([500, 600, 700, 800, 1000])
    pd = pc + rng.choice([200, 300, 400, 500, 700])
    total = rng.randint(10, 20)
    # cost = pc·(total − t) + pd·t, between lo and hi
    tmin, tmax = sorted(rng.sample(range(2, total - 1), 2))
    lo = pc * total + (pd - pc) * tmin - rng.choice([0, 100, 200])
    hi = pc * total + (pd - pc) * tmax + rng.choice([0, 100, 200])
    lo = (lo // 100) * 100
    hi = (hi // 100) * 100
    sols = [t for t in range(0, total + 1) if lo <= pc * (total - t) + pd * t <= hi]
    who = name(rng)
    ask = rng.choice(["max", "count", "min"])
    q = {"max": f"{dear}을(를) 최대 몇 {unit} 살 수 있는지 {_end(rng)}",
         "min": f"{dear}은(는) 적어도 몇 {unit} 사야 하는지 {_end(rng)}",
         "count": f"{dear}의 개수로 가능한 경우는 모두 몇 가지인지 {_end(rng)}"}[ask]
    q = q.replace(f"{dear}을(를)", josa(dear, "을/를")).replace(f"{dear}은(는)", josa(dear, "은/는"))
    text = rng.choice([
        f"{josa(who, '이/가')} 한 {unit}에 {pc:,}원인 {josa(cheap, '과/와')} 한 {unit}에 {pd:,}원인 {josa(dear, '을/를')} 합하여 {total}{unit} 사려고 한다. "
        f"전체 금액을 {lo:,}원 이상 {hi:,}원 이하로 하려고 할 때, {q}",
        f"동아리 행사에 쓸 {josa(cheap, '과/와')} {josa(dear, '을/를')} 모두 {total}{unit} 준비한다. {cheap}은 {pc:,}원, {dear}은 {pd:,}원이고, 예산은 {lo:,}원 이상 {hi:,}원 이하로 쓰기로 했다. {q}",
    ]).replace(f"{cheap}은 ", josa(cheap, "은/는") + " ").replace(f"{dear}은 {pd:,}", f"{josa(dear, '은/는')} {pd:,}")
    ans = {"max": f"{max(sols)}{unit}", "min": f"{min(sols)}{unit}", "count": str(len(sols))}[ask]

    def chk() -> bool:
        lo_b = pymath.ceil(Fr(lo - pc * total, pd - pc))
        hi_b = pymath.floor(Fr(hi - pc * total, pd - pc))
        rngs = list(range(max(0, lo_b), min(total, hi_b) + 1))
        return rngs == sols and len(sols) > 0
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["연립부등식", "연립일차부등식"], also=list(_BASIC_09), check=chk)


@family("10공수1-02-09", "share-candies-word")
def _i9_share(rng: random.Random) -> Problem:
    for _ in range(100):
        a_, b_ = sorted(rng.sample(range(3, 9), 2))
        r_ = rng.randint(2, 12)
        # candies = a_·k + r_; giving b_ each: the last person gets at least 1 and fewer than b_
        ks = [k for k in range(1, 60) if b_ * (k - 1) + 1 <= a_ * k + r_ < b_ * k]
        if 1 <= len(ks) <= 4 and min(ks) >= 2:
            break
    else:
        a_, b_, r_, ks = 4, 6, 5, [3, 4, 5]
    thing, unit = rng.choice([("사탕", "개"), ("초콜릿", "개"), ("연필", "자루"), ("공책", "권"), ("쿠키", "개")])
    who = rng.choice(["학생", "동아리 부원", "어린이", "봉사 활동 참가자"])
    zero = josa(f"0{unit}", "은/는")
    ask = rng.choice(["people", "things"])
    q = f"{who}은 몇 명인지 가능한 수를 모두 {_end(rng)}" if ask == "people" else f"{thing}의 개수로 가능한 값을 모두 {_end(rng)}"
    q = q.replace(f"{who}은", josa(who, "은/는"))
    text = rng.choice([
        f"{who}들에게 {josa(thing, '을/를')} 나누어 주는데, 한 명에게 {a_}{unit}씩 주면 {r_}{unit}가 남고, {b_}{unit}씩 주면 마지막 한 명은 1{unit} 이상 {b_}{unit} 미만을 받게 된다. {q}",
        f"{thing} 몇 {josa(unit, '을/를')} {who}들에게 똑같이 {a_}{unit}씩 나누어 주었더니 {r_}{unit}가 남았다. 그런데 {b_}{unit}씩 나누어 주면 마지막 한 명이 {b_}{unit}보다 적게 받는다({zero} 아니다). {q}",
    ]).replace("개가 남", "개가 남").replace("자루가 남", "자루가 남").replace("권가 남", "권이 남").replace(f"{r_}권가", f"{r_}권이")
    ans = ", ".join(str(k) for k in ks) if ask == "people" else ", ".join(str(a_ * k + r_) for k in ks)

    def chk() -> bool:
        got = []
        for k in range(1, 80):
            total = a_ * k + r_
            last = total - b_ * (k - 1)
            if 1 <= last < b_:
                got.append(k)
        return got == ks
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["연립부등식", "연립일차부등식"], check=chk)


@family("10공수1-02-09", "which-solution-mcq")
def _i9_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randint(-5, 2)
    q = p + rng.randint(2, 6)
    w1, w2 = rng.choice([">", ">="]), rng.choice(["<", "<="])
    h1 = _make_half(rng, w1, Fr(p))
    h2 = _make_half(rng, w2, Fr(q))
    # make at least one inequality need a sign flip
    if h1[0] - h1[3] > 0 and h2[0] - h2[3] > 0:
        h1 = _flip_form(h1, w1, p)
    sol = _cap_sets([_half(w1, p)], [_half(w2, q)])
    right = _set_str(sol)
    sym1 = "≤" if w1 == ">=" else "<"
    sym2 = "≤" if w2 == "<=" else "<"
    other1 = "<" if sym1 == "≤" else "≤"
    other2 = "<" if sym2 == "≤" else "≤"
    wrong = [f"{p} {other1} x {sym2} {q}", f"{p} {sym1} x {other2} {q}", f"x {_UNI[_FLIP[w1]]} {p} 또는 x {_UNI[_FLIP[w2]]} {q}",
             f"{-q} {sym1} x {sym2} {-p}", f"x {_UNI[w2]} {q}", f"x {_UNI[w1]} {p}", "해는 없다"]
    ch = choices(rng, right, wrong)
    lines = [_r(_ineq_text(rng, *h1), st), _r(_ineq_text(rng, *h2), st)]
    stem = rng.choice([f"연립부등식 {_sys(lines, st)}의 해는?", f"다음 연립부등식의 해로 옳은 것은?\n{_sys(lines, st, True)}"])

    def chk() -> bool:
        def pred(v: Fr) -> bool:
            return all(_cmp(Fr(m_) * v + b_, rel, Fr(n_) * v + d_) for m_, b_, rel, n_, d_ in (h1, h2))
        return _agrees(sol, pred)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["연립부등식", "연립일차부등식"], also=list(_BASIC_09), choice=ch, check=chk)


def _flip_form(h: tuple, want: str, p: int) -> tuple:
    """Rewrite a half-line condition so that the x-coefficient difference is negative."""
    s = -abs(h[0] - h[3]) or -1
    n = h[3]
    m = n + s
    b = h[1]
    d = s * p + b
    return (m, b, _FLIP[want], n, d)


@family("10공수1-02-09", "fill-solution-steps")
def _i9_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randint(-4, 3)
    q = p + rng.randint(1, 6)
    w1, w2 = rng.choice([">", ">="]), rng.choice(["<", "<="])
    h1, h2 = _make_half(rng, w1, Fr(p)), _make_half(rng, w2, Fr(q))
    l1, l2 = _r(_ineq_text(rng, *h1), st), _r(_ineq_text(rng, *h2), st)
    blank = rng.choice(["□", "(   )"])
    sol = _cap_sets([_half(w1, p)], [_half(w2, q)])
    text = ((f"다음은 연립부등식 {_sysj([l1, l2], st, '을/를')} 푸는 과정이다. " if rng.random() < 0.5 else f"다음은 연립부등식 {_sys([l1, l2], st)}의 해를 구하는 과정이다. ")
            + f"{blank} 안에 알맞은 것을 차례로 {_end(rng, '쓰')}\n"
            f"첫 번째 부등식을 풀면 x {_UNI[w1]} {blank}, 두 번째 부등식을 풀면 x {_UNI[w2]} {blank}\n"
            f"두 해의 공통부분을 수직선 위에 나타내면 구하는 해는 {blank}이다.")
    ans = f"{p}, {q}, {_set_str(sol)}"

    def chk() -> bool:
        def pred(v: Fr) -> bool:
            return all(_cmp(Fr(m_) * v + b_, rel, Fr(n_) * v + d_) for m_, b_, rel, n_, d_ in (h1, h2))
        return _agrees(sol, pred)
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["연립부등식", "연립일차부등식"], also=list(_BASIC_09), check=chk)


@family("10공수1-02-09", "chain-mistake-explain")
def _i9_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # A < B < C solved wrongly as A < C
    m = rng.randint(1, 3)
    b0 = rng.randint(-4, 4)
    p = rng.randint(-3, 2)
    q = p + rng.randint(2, 5)
    n1 = m - rng.choice([1, 2])
    d1 = b0 - (n1 - m) * p
    n2 = m - rng.choice([1, 2, 3])
    d2 = (m - n2) * q + b0
    if n1 == n2:
        n2 -= 1
        d2 = (m - n2) * q + b0
    A, B, C = _lin(n1, d1) if n1 else str(d1), _lin(m, b0), _lin(n2, d2) if n2 else str(d2)
    who = name(rng)
    chain = _r(f"{A} < {B} < {C}", st)
    wrong_ineq = _r(f"{A} < {C}", st)
    sol = _cap_sets([_half(">", Fr(p))], [_half("<", Fr(q))])
    text = (f"{josa(who, '은/는')} 부등식 {rng.choice([josa(chain, '을/를') + ' 풀 때', chain + '의 해를 구하려고'])} {josa(wrong_ineq, '을/를')} 풀었다. "
            f"이 풀이가 옳지 않은 이유를 {rng.choice(['설명하고', '말하고'])}, 바른 해를 {_end(rng)}")

    def chk() -> bool:
        def pred(v: Fr) -> bool:
            return n1 * v + d1 < m * v + b0 < n2 * v + d2
        return _agrees(sol, pred)
    return Problem(text=text, answer=f"A < B < C는 A < B와 B < C를 동시에 만족해야 하므로 연립부등식으로 풀어야 한다. 해: {_set_str(sol)}",
                   format="proof", difficulty=3, achievement_level="A",
                   concepts=["연립부등식", "연립일차부등식"], check=chk)


# ================================================================================================
# 10공수1-02-10 절댓값을 포함한 일차부등식
# ================================================================================================
_BASIC_10 = ["10기수1-02-08"]
Abs = tuple  # (k, a, b): k·|a x + b|


def _pw_value(terms: list[Abs], m: Fr | int, e: Fr | int, v: Fr) -> Fr:
    return sum((k * abs(a * v + b) for k, a, b in terms), Fr(0)) + m * v + e


def _merge(ivs: list[Iv]) -> list[Iv]:
    ivs = sorted(ivs, key=lambda t: (t[0] is not None, t[0] if t[0] is not None else 0, not t[1]))
    out: list[list] = []
    for lo, lo_in, hi, hi_in in ivs:
        if out:
            plo, plo_in, phi, phi_in = out[-1]
            touch = phi is None or lo is None or phi > lo or (phi == lo and (phi_in or lo_in))
            if touch:
                if phi is None or (hi is not None and (hi < phi or (hi == phi and phi_in))):
                    continue
                out[-1] = [plo, plo_in, hi, hi_in if (hi is None or phi is None or hi != phi) else (hi_in or phi_in)]
                continue
        out.append([lo, lo_in, hi, hi_in])
    return [tuple(t) for t in out]


def _solve_pw(terms: list[Abs], m: int, e: int, rel: str) -> list[Iv]:
    """Solve Σ k|a x + b| + m x + e  rel  0 region by region (breakpoints −b/a)."""
    pts = sorted({Fr(-b, a) for _, a, b in terms})
    bounds = [None, *pts, None]
    parts: list[Iv] = []
    for left, right in itertools.pairwise(bounds):
        mid = (left + right) / 2 if left is not None and right is not None else (
            (right - 1) if left is None and right is not None else ((left + 1) if left is not None else Fr(0)))
        alpha, beta = Fr(m), Fr(e)
        for k, a, b in terms:
            sgn = 1 if a * mid + b >= 0 else -1
            alpha += k * a * sgn
            beta += k * b * sgn
        region = (left, False, right, False)
        if alpha == 0:
            if _cmp(beta, rel, Fr(0)):
                parts.append(region)
            continue
        root = -beta / alpha
        want = rel if alpha > 0 else _FLIP[rel]
        c = _cap(_half(want, root), region)
        if c is not None:
            parts.append(c)
    for p_ in pts:
        if _cmp(_pw_value(terms, m, e, p_), rel, Fr(0)):
            parts.append((p_, True, p_, True))
    return _merge(parts)


def _abs_txt(a: int, b: int) -> str:
    return f"|{_lin(a, b)}|"


def _set_str2(sol: list[Iv], var: str = "x") -> str:
    if len(sol) == 2 and sol[0][0] is None and sol[1][2] is None and sol[0][2] == sol[1][0] and not sol[0][3] and not sol[1][1]:
        return f"{var} ≠ {_fs(sol[0][2])}인 모든 실수"
    return _set_str(sol, var)


@family("10공수1-02-10", "single-abs-constant")
def _a10_basic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 1, 2, 3, 2, -2, 4])
    b = rng.randint(-9, 9)
    special = rng.random() < 0.15
    c = 0 if special else rng.randint(1, 12)
    rel = rng.choice(["<", "<=", ">", ">="])
    # |a x + b| rel c  ⇔  |a x + b| − c rel 0
    sol = _solve_pw([(1, a, b)], 0, -c, rel)
    core = _r(f"{_abs_txt(a, b)} {rel} {c}", st)
    text = rng.choice([
        f"부등식 {josa(core, '을/를')} {_end(rng, '풀')}",
        f"다음 부등식의 해를 {_end(rng)}\n{core}",
        f"x에 대한 부등식 {core}의 해를 {_end(rng)}",
        f"절댓값 기호를 포함한 부등식 {josa(core, '을/를')} 만족시키는 x의 값의 범위를 {_end(rng)}",
    ])

    def chk() -> bool:
        return _agrees(sol, lambda v: _cmp(abs(a * v + b), rel, Fr(c)), (Fr(-b, a),))
    diff = 3 if special else 2
    return Problem(text=text, answer=_set_str2(sol), format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["절댓값", "일차부등식"], also=list(_BASIC_10), check=chk)


@family("10공수1-02-10", "abs-against-linear")
def _a10_linear_rhs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(50):
        a = rng.choice([1, 1, 2, 3])
        b = rng.randint(-6, 6)
        m = rng.choice([1, 2, -1, 3, 1])
        n = rng.randint(-5, 6)
        rel = rng.choice(["<", "<=", ">", ">="])
        # |a x + b| rel m x + n  ⇔ |a x + b| − m x − n rel 0
        sol = _solve_pw([(1, a, b)], -m, -n, rel)
        if sol and not (len(sol) == 1 and sol[0][0] is None and sol[0][2] is None):
            break
    rhs = _lin(m, n)
    core = _r(f"{_abs_txt(a, b)} {rel} {rhs}", st)
    text = rng.choice([
        f"부등식 {josa(core, '을/를')} {_end(rng, '풀')}",
        f"x에 대한 부등식 {core}의 해를 {_end(rng)}",
        f"다음 부등식을 {_end(rng, '풀')} (단, 범위를 나누어 풀이하시오.)\n{core}",
    ])

    def chk() -> bool:
        return _agrees(sol, lambda v: _cmp(abs(a * v + b), rel, m * v + n), (Fr(-b, a),))
    return Problem(text=text, answer=_set_str2(sol), format="computation", difficulty=3, achievement_level="C",
                   concepts=["절댓값", "일차부등식"], check=chk)


@family("10공수1-02-10", "two-abs-sum")
def _a10_two(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = sorted(rng.sample(range(-6, 8), 2))
    kind = rng.choice(["sum", "sum", "diff"])
    if kind == "sum":
        c = rng.randint(q - p - 1, q - p + 8)
        rel = rng.choice(["<", "<=", ">", ">="])
        terms, m, e = [(1, 1, -p), (1, 1, -q)], 0, -c
        lhs = f"|{_lin(1, -p)}| + |{_lin(1, -q)}|"
    else:
        c = rng.randint(-(q - p) + 1, q - p - 1)
        rel = rng.choice(["<", ">", "<=", ">="])
        terms, m, e = [(1, 1, -p), (-1, 1, -q)], 0, -c
        lhs = f"|{_lin(1, -p)}| - |{_lin(1, -q)}|"
    sol = _solve_pw(terms, m, e, rel)
    core = _r(f"{lhs} {rel} {c}", st)
    text = rng.choice([
        f"부등식 {josa(core, '을/를')} {_end(rng, '풀')}",
        f"다음 부등식의 해를 {_end(rng)}\n{core}",
        f"x의 값의 범위를 x < {p}, {p} ≤ x < {q}, x ≥ {josa(str(q), '으로/로')} 나누어 부등식 {josa(core, '을/를')} {_end(rng, '풀')}",
    ])

    def chk() -> bool:
        return _agrees(sol, lambda v: _cmp(_pw_value(terms, m, e, v), rel, Fr(0)), (p, q))
    return Problem(text=text, answer=_set_str2(sol), format="computation", difficulty=4, achievement_level="B",
                   concepts=["절댓값", "일차부등식"], check=chk)


@family("10공수1-02-10", "abs-integer-count")
def _a10_integers(rng: random.Random) -> Problem:
    st = pick_style(rng)
    two = rng.random() < 0.3
    if two:
        p, q = sorted(rng.sample(range(-4, 6), 2))
        c = q - p + rng.randint(1, 6)
        rel = rng.choice(["<", "<="])
        terms, e = [(1, 1, -p), (1, 1, -q)], -c
        core = _r(f"|{_lin(1, -p)}| + |{_lin(1, -q)}| {rel} {c}", st)
    else:
        a = rng.choice([2, 3, 2, 4])
        b = rng.randint(-7, 7)
        c = rng.randint(3, 13)
        rel = rng.choice(["<", "<="])
        terms, e = [(1, a, b)], -c
        core = _r(f"{_abs_txt(a, b)} {rel} {c}", st)
    sol = _solve_pw(terms, 0, e, rel)
    ints = _ints(sol)
    ask = rng.choice(["count", "sum", "count"])
    if ask == "count":
        text = rng.choice([f"부등식 {josa(core, '을/를')} 만족시키는 정수 x의 개수를 {_end(rng)}",
                           f"부등식 {core}의 해 중에서 정수인 것은 모두 몇 개인가?"])
        ans = str(len(ints))
    else:
        text = f"부등식 {josa(core, '을/를')} 만족시키는 모든 정수 x의 값의 합을 {_end(rng)}"
        ans = str(sum(ints))

    def chk() -> bool:
        good = [n for n in range(-60, 61) if _cmp(_pw_value(terms, 0, e, Fr(n)), rel, Fr(0))]
        return ans == (str(len(good)) if ask == "count" else str(sum(good)))
    diff = 3 if two else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["절댓값", "일차부등식", "정수"], also=[] if two else list(_BASIC_10), check=chk)


@family("10공수1-02-10", "constants-from-solution")
def _a10_params(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["center", "coef"])
    if kind == "center":
        p = rng.randint(-8, 4)
        q = p + 2 * rng.randint(1, 6)
        a_, b_ = (p + q) // 2, (q - p) // 2
        rel = rng.choice(["<", "<="])
        core = _r(f"|x - a| {rel} b", st)
        sol_t = _r(f"{p} {rel} x {rel} {q}", st)
        terms = [(1, 1, -a_)]
        e = -b_
        con = "상수 a, b"
    else:
        a_ = rng.choice([2, 3, 4])
        p = rng.randint(-5, 3)
        q = p + rng.choice([2, 4, 6])
        c = a_ * (p + q) // 2 if (a_ * (p + q)) % 2 == 0 else None
        if c is None:
            q += 1
            c = a_ * (p + q) // 2 if (a_ * (p + q)) % 2 == 0 else a_ * (p + q + 1) // 2
            if (a_ * (p + q)) % 2:
                q += 1
                c = a_ * (p + q) // 2
        b_ = a_ * (q - p) // 2
        rel = rng.choice(["<", "<="])
        sign = "-" if c >= 0 else "+"
        core = _r(f"|ax {sign} {abs(c)}| {rel} b", st)
        sol_t = _r(f"{p} {rel} x {rel} {q}", st)
        terms = [(1, a_, -c)]
        e = -b_
        con = "양수 a, b"
    ask = rng.choice(["sum", "each", "prod"])
    tail = {"sum": ("a + b의 값을 " + _end(rng), str(a_ + b_)), "each": ("a, b의 값을 각각 " + _end(rng), f"a = {a_}, b = {b_}"),
            "prod": ("ab의 값을 " + _end(rng), str(a_ * b_))}[ask]
    text = rng.choice([
        f"부등식 {core}의 해가 {sol_t}일 때, {con}에 대하여 {tail[0]}",
        f"x에 대한 부등식 {core}의 해가 {josa(sol_t, '과/와')} 같을 때, {con}에 대하여 {tail[0]}",
    ])

    def chk() -> bool:
        target = [(Fr(p), rel == "<=", Fr(q), rel == "<=")]
        return _agrees(target, lambda v: _cmp(_pw_value(terms, 0, e, v), rel, Fr(0)))
    return Problem(text=text, answer=tail[1], format="computation", difficulty=3, achievement_level="B",
                   concepts=["절댓값", "일차부등식"], check=chk)


@family("10공수1-02-10", "tolerance-word")
def _a10_tolerance(rng: random.Random) -> Problem:
    thing, attr, unit, bases, tols = rng.choice([
        ("과자 한 봉지", "무게", "g", [100, 120, 150, 200], [2, 3, 4, 5]),
        ("음료 한 병", "용량", "mL", [350, 500, 250], [5, 6, 8, 10]),
        ("나사", "길이", "mm", [30, 40, 50, 60], [1, 2]),
        ("태블릿 화면", "대각선 길이", "cm", [25, 28, 30], [1, 2]),
        ("택배 상자", "무게", "kg", [5, 10, 20], [1, 2]),
    ])
    base, tol = rng.choice(bases), rng.choice(tols)
    attr_n, attr_o, attr_s = josa(attr, "은/는"), josa(attr, "을/를"), josa(attr, "이/가")
    gram = unit in ("g", "kg")  # 그램 ends in a consonant; josa() cannot see it after the letter x
    xu_ira, xu_ga = f"x {unit}{'이라' if gram else '라'}", f"x {unit}{'이' if gram else '가'}"
    base_w = josa(f"{base} {unit}", "과/와")
    mode = rng.choice(["range", "write", "count"])
    if mode == "range":
        text = rng.choice([
            f"어느 공장에서 만드는 {thing}의 {attr_n} 기준값 {base_w}의 차이가 {tol} {unit} 이하일 때 합격품으로 판정한다. "
            f"{attr_o} {xu_ira} 할 때, 합격품이 되는 x의 값의 범위를 절댓값을 이용한 부등식을 세워 {_end(rng)}",
            f"{thing}의 {attr} {xu_ga} |x − {base}| ≤ {josa(str(tol), '을/를')} 만족시켜야 품질 검사를 통과한다. 통과하는 {attr}의 범위를 {_end(rng)}",
            f"{thing}의 {attr}는 {base_w} {tol} {unit}보다 많이 차이 나면 안 된다고 한다. 가능한 {attr} x {unit}의 범위를 {_end(rng)}",
        ]).replace(f"{attr}는 {base_w}", f"{attr_n} {base_w}")
        ans = f"{base - tol} ≤ x ≤ {base + tol}"
        chk = lambda: all((abs(v - base) <= tol) == (base - tol <= v <= base + tol) for v in range(base - 3 * tol, base + 3 * tol + 1))  # noqa: E731
        diff = 2
    elif mode == "write":
        lo, hi = base - tol, base + tol
        if rng.random() < 0.5:
            text = (f"{thing}의 {attr} x {unit}의 허용 범위가 {lo} ≤ x ≤ {hi}이다. 이 범위를 |x − a| ≤ b 꼴의 부등식으로 나타낼 때, "
                    f"상수 a, b의 값을 각각 {_end(rng)}")
            ans = f"a = {base}, b = {tol}"
        else:
            text = f"{attr_s} {lo} {unit} 이상 {hi} {unit} 이하인 {thing}만 출고된다. {attr} x {unit}에 대한 이 조건을 절댓값 기호를 사용한 하나의 부등식으로 나타내어 {_end(rng, '쓰')}"
            ans = f"|x − {base}| ≤ {tol}"
        chk = lambda: (lo + hi) / 2 == base and (hi - lo) / 2 == tol  # noqa: E731
        diff = 3
    else:
        tol2 = tol * 2
        cnt = 2 * tol2 - 1
        text = (f"{thing}의 {attr_o} 1 {unit} 단위의 자연수로만 측정한다고 하자. 기준값 {base_w}의 차이가 {tol2} {unit} 미만인 {attr}의 값은 "
                f"모두 몇 가지인지 {_end(rng)}")
        ans = str(cnt)
        chk = lambda: cnt == sum(1 for v in range(1, base * 3) if abs(v - base) < tol2)  # noqa: E731
        diff = 3
    return Problem(text=text, answer=ans, format="word", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["절댓값", "일차부등식"], also=list(_BASIC_10), check=chk)


@family("10공수1-02-10", "distance-meaning-fill")
def _a10_meaning(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randint(-6, 8)
    r = rng.randint(1, 6)
    rel = rng.choice(["<", "<=", ">", ">="])
    blank = rng.choice(["□", "(   )"])
    core = _r(f"|x - {a}| {rel} {r}" if a >= 0 else f"|x + {-a}| {rel} {r}", st)
    word = {"<": "보다 작다", "<=": " 이하이다", ">": "보다 크다", ">=": " 이상이다"}[rel]
    sol = _solve_pw([(1, 1, -a)], 0, -r, rel)
    text = (f"다음은 부등식 {core}의 뜻을 수직선을 이용하여 설명한 것이다. {blank} 안에 알맞은 것을 차례로 {_end(rng, '쓰')}\n"
            f"수직선 위에서 x에 대응하는 점과 수 {blank}에 대응하는 점 사이의 거리가 {blank}{word}. "
            f"따라서 구하는 해는 {blank}이다.")
    ans = f"{a}, {r}, {_set_str2(sol)}"

    def chk() -> bool:
        return _agrees(sol, lambda v: _cmp(abs(v - a), rel, Fr(r)), (a,))
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["절댓값", "일차부등식", "수직선"], also=list(_BASIC_10), check=chk)


@family("10공수1-02-10", "compare-two-abs")
def _a10_compare(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.sample(range(-7, 9), 2)
    rel = rng.choice(["<", "<=", ">", ">="])
    terms = [(1, 1, -p), (-1, 1, -q)]
    sol = _solve_pw(terms, 0, 0, rel)
    core = _r(f"|{_lin(1, -p)}| {rel} |{_lin(1, -q)}|", st)
    text = rng.choice([
        f"부등식 {josa(core, '을/를')} {_end(rng, '풀')}",
        f"다음 부등식을 만족시키는 x의 값의 범위를 {_end(rng)}\n{core}",
        f"수직선 위에서 x를 나타내는 점이 {p}를 나타내는 점과 {q}를 나타내는 점 중 어느 쪽에 더 가까운지를 생각하여, 부등식 {core}의 해를 {_end(rng)}",
    ])
    text = text.replace(f"{p}를 나타내는", josa(str(p), "을/를") + " 나타내는").replace(f"{q}를 나타내는", josa(str(q), "을/를") + " 나타내는")

    def chk() -> bool:
        return _agrees(sol, lambda v: _cmp(abs(v - p), rel, abs(v - q)), (p, q, Fr(p + q, 2)))
    return Problem(text=text, answer=_set_str2(sol), format="computation", difficulty=3, achievement_level="C",
                   concepts=["절댓값", "일차부등식"], check=chk)


@family("10공수1-02-10", "which-solution-mcq")
def _a10_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 2, 3])
    b = rng.randint(-8, 8)
    for _ in range(40):
        c = rng.randint(1, 12)
        if (c - b) % a == 0 and (-c - b) % a == 0:
            break
    else:
        a = 1
    rel = rng.choice(["<", "<=", ">", ">="])
    sol = _solve_pw([(1, a, b)], 0, -c, rel)
    lo, hi = Fr(-c - b, a), Fr(c - b, a)
    inner = rel in ("<", "<=")
    s_in = "≤" if rel in ("<=", ">=") else "<"
    s_out = "≥" if rel == ">=" else ">"
    s_out_l = "≤" if rel == ">=" else "<"
    right = _set_str2(sol)
    wrong = [
        f"{_fs(lo)} {s_in} x {s_in} {_fs(hi)}" if not inner else f"x {s_out_l} {_fs(lo)} 또는 x {s_out} {_fs(hi)}",
        f"x {s_in} {_fs(hi)}", f"{_fs(-hi)} {s_in} x {s_in} {_fs(-lo)}", f"x {s_out_l} {_fs(-hi)} 또는 x {s_out} {_fs(-lo)}",
        f"{_fs(Fr(-c + b, a))} {s_in} x {s_in} {_fs(Fr(c + b, a))}", f"x {s_out} {_fs(hi)}", f"x {s_out_l} {_fs(lo)}",
        f"{_fs(Fr(-c - b))} {s_in} x {s_in} {_fs(Fr(c - b))}",
    ]
    if not inner:
        wrong = [w.replace(f" {s_in} x {s_in} ", " ≤ x ≤ ") if " x " in w and "또는" not in w else w for w in wrong]
    ch = choices(rng, right, [w for w in wrong if w != right])
    core = _r(f"{_abs_txt(a, b)} {rel} {c}", st)
    stem = rng.choice([f"부등식 {core}의 해는?", f"다음 중 부등식 {core}의 해로 옳은 것은?"])

    def chk() -> bool:
        return _agrees(sol, lambda v: _cmp(abs(a * v + b), rel, Fr(c)), (Fr(-b, a),))
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["절댓값", "일차부등식"], also=list(_BASIC_10), choice=ch, check=chk)


@family("10공수1-02-10", "parameter-integer-count")
def _a10_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cen = rng.randint(-5, 6)
    k = rng.randint(1, 4)
    rel = rng.choice(["<", "<="])
    cnt = 2 * k + 1
    # |x − cen| rel a (a > 0) has exactly cnt integer solutions
    sol_a = [(Fr(k), False, Fr(k + 1), True)] if rel == "<" else [(Fr(k), True, Fr(k + 1), False)]
    core = _r(f"|{_lin(1, -cen)}| {rel} a", st)
    text = rng.choice([
        f"x에 대한 부등식 {josa(core, '을/를')} 만족시키는 정수 x의 개수가 {cnt}일 때, 양수 a의 값의 범위를 {_end(rng)}",
        f"부등식 {core}의 해 중 정수가 정확히 {cnt}개가 되도록 하는 양수 a의 값의 범위를 {_end(rng)}",
    ])

    def chk() -> bool:
        def count(av: Fr) -> int:
            return sum(1 for n in range(cen - 8, cen + 9) if _cmp(Fr(abs(n - cen)), rel, av))
        return all((count(v) == cnt) == _in(sol_a, v) for v in (Fr(i, 4) for i in range(1, 28)))
    return Problem(text=text, answer=_set_str(sol_a, "a"), format="computation", difficulty=4, achievement_level="A",
                   concepts=["절댓값", "일차부등식", "정수"], check=chk)


@family("10공수1-02-10", "case-split-fill")
def _a10_cases(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([-4, -3, -2, -1, 1, 2, 3, 4, 5])
    m = rng.choice([2, 3])
    c = rng.randint(-2, 10)
    # |x − a| + m x > c  (or <)
    rel = rng.choice(["<", ">"])
    terms = [(1, 1, -a)]
    sol = _solve_pw(terms, m, -c, rel)
    blank = rng.choice(["□", "(   )"])
    core = _r(f"|{_lin(1, -a)}| + {m}x {rel} {c}", st)
    # case x ≥ a: (m+1) x − a rel c → x rel (c + a)/(m+1); case x < a: (m−1) x + a rel c → x rel (c − a)/(m−1)
    r1 = Fr(c + a, m + 1)
    r2 = Fr(c - a, m - 1)
    text = (f"다음은 부등식 {core}의 해를 구하는 과정이다. {blank} 안에 알맞은 것을 차례로 {_end(rng, '쓰')}\n"
            f"(i) x ≥ {a}일 때, 주어진 부등식은 {m + 1}x {'−' if a > 0 else '+'} {blank} {_UNI[rel]} {c}이므로 x {_UNI[rel]} {blank}\n"
            f"(ii) x < {a}일 때, 주어진 부등식은 {_lin(m - 1, 0)} {'+' if a > 0 else '−'} {blank} {_UNI[rel]} {c}이므로 x {_UNI[rel]} {blank}\n"
            f"(i), (ii)에서 각 범위에 속하는 것만 모으면 구하는 해는 {blank}이다.")
    ans = f"{abs(a)}, {_fs(r1)}, {abs(a)}, {_fs(r2)}, {_set_str2(sol)}"

    def chk() -> bool:
        return _agrees(sol, lambda v: _cmp(abs(v - a) + m * v, rel, Fr(c)), (a, r1, r2))
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["절댓값", "일차부등식"], check=chk)


# ================================================================================================
# 10공수1-02-11 이차부등식과 연립이차부등식
# ================================================================================================
_BASIC_11 = ["10기수1-02-09"]


def _roots_factor(rng: random.Random, frac: bool = False) -> tuple[int, int, int, Fr, Fr]:
    """Coefficients A, B, C of s(u1 x − v1)(u2 x − v2) and its roots r1 ≤ r2."""
    u1 = rng.choice([1, 1, 2, 3]) if frac else 1
    u2 = 1
    while True:
        v1, v2 = rng.randint(-7, 7), rng.randint(-7, 7)
        if Fr(v1, u1) != Fr(v2, u2):
            break
    s = rng.choice([1, 1, 1, -1]) if frac else rng.choice([1, 1, 1, -1, 2])
    A, B, C = s * u1 * u2, -s * (u1 * v2 + u2 * v1), s * v1 * v2
    g = pymath.gcd(pymath.gcd(A, B), C)
    if g > 1 and s != 2:
        A, B, C = A // g, B // g, C // g
    r1, r2 = sorted([Fr(v1, u1), Fr(v2, u2)])
    return A, B, C, r1, r2


def _qsol(A: int, r1: Fr | None, r2: Fr | None, rel: str) -> list[Iv]:
    """Solution of A(x − r1)(x − r2) rel 0; r1 = r2 = None when there is no real root."""
    want = rel if A > 0 else _FLIP[rel]  # now leading coefficient positive
    strict = want in ("<", ">")
    if r1 is None:
        return [(None, False, None, False)] if want in (">", ">=") else []
    if want in ("<", "<="):
        if r1 == r2:
            return [] if strict else [(r1, True, r1, True)]
        return [(r1, not strict, r2, not strict)]
    if r1 == r2:
        return [(None, False, r1, False), (r1, False, None, False)] if strict else [(None, False, None, False)]
    return [(None, False, r1, not strict), (r2, not strict, None, False)]


def _qpred(A: int, B: int, C: int, rel: str) -> Callable[[Fr], bool]:
    return lambda v: _cmp(A * v * v + B * v + C, rel, Fr(0))


def _qtxt(A: int, B: int, C: int, rel: str, st: str, rhs: str = "0") -> str:
    return _r(f"{_quad(A, B, C)} {rel} {rhs}", st)


@family("10공수1-02-11", "solve-factorable-quadratic")
def _q11_solve(rng: random.Random) -> Problem:
    st = pick_style(rng)
    frac = rng.random() < 0.35
    A, B, C, r1, r2 = _roots_factor(rng, frac)
    rel = rng.choice(["<", "<=", ">", ">="])
    sol = _qsol(A, r1, r2, rel)
    moved = rng.random() < 0.3 and A > 0
    if moved:
        # write as A x² + B x rel −C  or  A x² rel −B x − C
        core = _r(f"{_poly([A, B, 0])} {rel} {-C}", st) if rng.random() < 0.5 else _r(f"{_poly([A, 0, 0])} {rel} {_lin(-B, -C)}", st)
    else:
        core = _qtxt(A, B, C, rel, st)
    text = rng.choice([
        f"이차부등식 {josa(core, '을/를')} {_end(rng, '풀')}",
        f"다음 이차부등식의 해를 {_end(rng)}\n{core}",
        f"x에 대한 부등식 {core}의 해를 {_end(rng)}",
        f"부등식 {josa(core, '을/를')} 만족시키는 x의 값의 범위를 {_end(rng)}",
    ])

    def chk() -> bool:
        return _agrees(sol, _qpred(A, B, C, rel))
    diff = 3 if (frac or A < 0) else 2
    return Problem(text=text, answer=_set_str2(sol), format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["이차부등식", "인수분해"], also=list(_BASIC_11), check=chk)


@family("10공수1-02-11", "square-or-no-real-root")
def _q11_special(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["square", "none"])
    s = rng.choice([1, 1, -1])
    if kind == "square":
        r = rng.randint(-6, 6)
        k = rng.choice([1, 1, 4, 9]) if s > 0 else 1
        u = {1: 1, 4: 2, 9: 3}[k]
        # s(u x − u r)^2 … use s·(u x − w)² with root w/u
        w = rng.choice([v for v in range(-7, 8) if v != 0])
        A, B, C = s * u * u, -2 * s * u * w, s * w * w
        r1 = r2 = Fr(w, u)
        _ = r
    else:
        h = rng.randint(-4, 4)
        q = rng.randint(1, 6)
        A, B, C = s, -2 * s * h, s * (h * h + q)
        r1 = r2 = None
    rel = rng.choice(["<", "<=", ">", ">="])
    sol = _qsol(A, r1, r2, rel)
    core = _qtxt(A, B, C, rel, st)
    text = rng.choice([
        f"이차부등식 {josa(core, '을/를')} {_end(rng, '풀')}",
        f"다음 부등식의 해를 {_end(rng)}\n{core}",
        f"이차함수의 그래프를 이용하여 부등식 {core}의 해를 {_end(rng)}",
    ])

    def chk() -> bool:
        return _agrees(sol, _qpred(A, B, C, rel))
    return Problem(text=text, answer=_set_str2(sol), format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차부등식", "이차함수의 그래프", "판별식"], also=list(_BASIC_11), check=chk)


@family("10공수1-02-11", "table-of-values")
def _q11_table(rng: random.Random) -> Problem:
    r1 = rng.randint(-4, 2)
    r2 = r1 + rng.randint(2, 5)
    s = rng.choice([1, -1])
    A, B, C = s, -s * (r1 + r2), s * r1 * r2
    xs = list(range(r1 - 1, r2 + 2))
    ys = [A * v * v + B * v + C for v in xs]
    rel = rng.choice(["<", "<=", ">", ">="])
    sol = _qsol(A, Fr(r1), Fr(r2), rel)
    fx = rng.choice(["f(x)", "y"])
    head = "| x | " + " | ".join(str(v) for v in xs) + " |"
    row = f"| {fx} | " + " | ".join(str(v) for v in ys) + " |"
    opening = "아래로 볼록한" if A > 0 else "위로 볼록한"
    rel_u = _UNI[rel]
    text = rng.choice([
        f"이차함수 y = f(x)의 그래프는 {opening} 포물선이고, x의 값에 따른 함숫값이 다음 표와 같다.\n{head}\n{row}\n이차부등식 f(x) {rel_u} 0의 해를 {_end(rng)}",
        f"다음은 {opening} 이차함수 y = f(x)에 대하여 몇 개의 x의 값과 함숫값을 정리한 표이다.\n{head}\n{row}\n부등식 f(x) {rel_u} 0을 만족시키는 x의 값의 범위를 {_end(rng)}",
    ]).replace(f"| {fx} |", "| f(x) |")

    def chk() -> bool:
        return _agrees(sol, _qpred(A, B, C, rel)) and all(A * v * v + B * v + C == w for v, w in zip(xs, ys, strict=True))
    return Problem(text=text, answer=_set_str2(sol), format="data", difficulty=2, achievement_level="D",
                   concepts=["이차부등식", "이차함수의 그래프"], also=list(_BASIC_11), check=chk)


@family("10공수1-02-11", "coefficients-from-solution")
def _q11_coefs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1 = rng.randint(-6, 3)
    r2 = r1 + rng.randint(1, 6)
    kind = rng.choice(["monic-in", "monic-out", "swap"])
    if kind == "monic-in":
        a_, b_ = -(r1 + r2), r1 * r2
        rel = rng.choice(["<", "<="])
        core = _r(f"x^2 + ax + b {rel} 0", st)
        sol_t = _r(f"{r1} {rel} x {rel} {r2}", st)
        ask = rng.choice(["sum", "each", "diff"])
        tail = {"sum": ("a + b의 값을 " + _end(rng), str(a_ + b_)), "each": ("상수 a, b의 값을 각각 " + _end(rng), f"a = {a_}, b = {b_}"),
                "diff": ("a − b의 값을 " + _end(rng), str(a_ - b_))}[ask]
        text = f"이차부등식 {core}의 해가 {sol_t}일 때, {tail[0]}"
        chk = lambda: _agrees([(Fr(r1), rel == "<=", Fr(r2), rel == "<=")], _qpred(1, a_, b_, rel))  # noqa: E731
        ans, diff = tail[1], 3
    elif kind == "monic-out":
        a_, b_ = r1 + r2, -r1 * r2
        rel = rng.choice([">", ">="])
        core = _r("-x^2 + ax + b < 0" if rel == ">" else "-x^2 + ax + b <= 0", st)
        sol_t = f"x {'<' if rel == '>' else '≤'} {r1} 또는 x {'>' if rel == '>' else '≥'} {r2}"
        text = f"이차부등식 {core}의 해가 {sol_t}일 때, 상수 a, b에 대하여 a + b의 값을 {_end(rng)}"
        ans, diff = str(a_ + b_), 3
        rel2 = "<" if rel == ">" else "<="
        chk = lambda: _agrees(_qsol(-1, Fr(r1), Fr(r2), rel2), _qpred(-1, a_, b_, rel2))  # noqa: E731
    else:
        # ax² + bx + c > 0 has solution r1 < x < r2 (a < 0); solve c x² + b x + a < 0
        if r1 <= 0 <= r2:
            r1, r2 = 1, 1 + rng.randint(1, 4)
        if rng.random() < 0.5:
            r1, r2 = -r2, -r1
        core = _r("ax^2 + bx + c > 0", st)
        sol_t = _r(f"{r1} < x < {r2}", st)
        q2 = _r("cx^2 + bx + a < 0", st)
        # a = −1 (w.l.o.g. k > 0 scale): b = r1 + r2, c = −r1 r2 → c x² + b x + a = −r1 r2 x² + (r1 + r2) x − 1
        Aq, Bq, Cq = -r1 * r2, r1 + r2, -1
        sol = _qsol(Aq, *sorted([Fr(1, r1), Fr(1, r2)]), "<")
        text = (f"이차부등식 {core}의 해가 {josa(sol_t, '일/일')[:-1]}일 때, 이차부등식 {josa(q2, '을/를')} {_end(rng, '풀')}").replace("일일", "일")
        ans, diff = _set_str2(sol), 5
        chk = lambda: _agrees(sol, _qpred(Aq, Bq, Cq, "<"))  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["이차부등식", "이차함수의 그래프"], check=chk)


@family("10공수1-02-11", "always-true-range")
def _q11_always(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # x² − 2k x + (c k + d) > 0 for all x  ⇔ k² − c k − d < 0, with roots k1 < k2 chosen
    k1 = rng.randint(-5, 2)
    k2 = k1 + rng.randint(1, 6)
    c, d = k1 + k2, -k1 * k2
    kind = rng.choice(["all", "all", "none"])
    strict = rng.random() < 0.6
    if kind == "all":
        rel = ">" if strict else ">="
        stem = rng.choice(["모든 실수 x에 대하여 이차부등식 {q}가 성립하도록 하는 실수 k의 값의 범위를 ",
                           "x에 대한 이차부등식 {q}의 해가 모든 실수가 되도록 하는 상수 k의 값의 범위를 "])
    else:
        rel = "<=" if strict else "<"
        stem = rng.choice(["x에 대한 이차부등식 {q}의 해가 존재하지 않도록 하는 실수 k의 값의 범위를 ",
                           "이차부등식 {q}를 만족시키는 실수 x가 존재하지 않을 때, 실수 k의 값의 범위를 "])
    # "all with >" or "none with <=": D < 0 ; "all with >=" or "none with <": D ≤ 0
    need_strict = (kind == "all" and rel == ">") or (kind == "none" and rel == "<=")
    ksol = [(Fr(k1), not need_strict, Fr(k2), not need_strict)]
    tail = (_term(c, "k", False) if c else "") + (_term(d, "", False) if d else "")
    q = _r(f"x^2 - 2kx{tail} {rel} 0", st)
    text = stem.format(q=q) + _end(rng)
    text = text.replace(f"{q}가", josa(q, "이/가")).replace(f"{q}를", josa(q, "을/를"))

    def chk() -> bool:
        kk = sp.Symbol("kk")
        disc = sp.Poly((2 * kk) ** 2 - 4 * (c * kk + d), kk)
        rts = sorted(sp.Rational(r_) for r_ in sp.roots(disc, kk))
        return rts == [k1, k2]
    return Problem(text=text, answer=_set_str(ksol, "k"), format="computation", difficulty=4, achievement_level="B",
                   concepts=["이차부등식", "판별식", "이차함수의 그래프"], check=chk)


@family("10공수1-02-11", "system-of-quadratics")
def _q11_system(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(40):
        A1, B1, C1, a1, a2 = _roots_factor(rng)
        A1, B1, C1 = (A1, B1, C1) if A1 > 0 else (-A1, -B1, -C1)
        lin = rng.random() < 0.35
        rel1 = rng.choice(["<", "<="])
        s1 = _qsol(A1, a1, a2, rel1)
        if lin:
            m = rng.choice([1, 2, 3, -1, -2])
            p = rng.randint(-6, 6)
            b = rng.randint(-5, 5)
            rel2 = rng.choice(["<", "<=", ">", ">="])
            # m x + b rel2 m p + b … i.e. m x rel2 (m p) written as m x + b rel2 m p + b
            want = rel2 if m > 0 else _FLIP[rel2]
            s2 = [_half(want, Fr(p))]
            l2 = _r(f"{_lin(m, b)} {rel2} {m * p + b}", st)
            pred2 = lambda v, m=m, b=b, rel2=rel2, p=p: _cmp(m * v + b, rel2, Fr(m * p + b))  # noqa: E731
        else:
            A2, B2, C2, c1, c2 = _roots_factor(rng)
            A2, B2, C2 = (A2, B2, C2) if A2 > 0 else (-A2, -B2, -C2)
            rel2 = rng.choice([">", ">="])
            s2 = _qsol(A2, c1, c2, rel2)
            l2 = _qtxt(A2, B2, C2, rel2, st)
            pred2 = _qpred(A2, B2, C2, rel2)
        sol = _merge(_cap_sets(s1, s2))
        if sol:
            break
    l1 = _qtxt(A1, B1, C1, rel1, st)
    lines = [l1, l2] if rng.random() < 0.6 else [l2, l1]
    text = rng.choice([
        f"연립부등식\n{_sys(lines, st, True)}\n을 {_end(rng, '풀')}",
        f"다음 연립부등식의 해를 {_end(rng)}\n{_sys(lines, st, True)}",
        f"연립이차부등식 {_sys(lines, st)}의 해를 {_end(rng)}",
    ])
    p1 = _qpred(A1, B1, C1, rel1)

    def chk() -> bool:
        return _agrees(sol, lambda v: p1(v) and pred2(v))
    diff = 3 if lin else 4
    return Problem(text=text, answer=_set_str2(sol), format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["연립이차부등식", "이차부등식", "연립부등식"], also=list(_BASIC_11) if lin else [], check=chk)


@family("10공수1-02-11", "system-integer-solutions")
def _q11_sys_int(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1 = rng.randint(-5, 1)
    r2 = r1 + rng.randint(4, 8)
    A1, B1, C1 = 1, -(r1 + r2), r1 * r2
    c1 = rng.randint(r1 - 2, r2)
    c2 = c1 + rng.randint(1, 4)
    A2, B2, C2 = 1, -(c1 + c2), c1 * c2
    rel1, rel2 = rng.choice(["<", "<="]), rng.choice([">", ">="])
    sol = _cap_sets(_qsol(1, Fr(r1), Fr(r2), rel1), _qsol(1, Fr(c1), Fr(c2), rel2))
    ints = _ints(sol)
    lines = [_qtxt(A1, B1, C1, rel1, st), _qtxt(A2, B2, C2, rel2, st)]
    ask = rng.choice(["count", "sum", "count"])
    if ask == "count":
        text = rng.choice([f"다음 연립부등식을 만족시키는 정수 x의 개수를 {_end(rng)}\n{_sys(lines, st, True)}",
                           f"연립부등식 {_sys(lines, st)}의 해 중 정수는 모두 몇 개인가?"])
        ans = str(len(ints))
    else:
        text = f"다음 연립부등식을 만족시키는 모든 정수 x의 값의 합을 {_end(rng)}\n{_sys(lines, st, True)}"
        ans = str(sum(ints))

    def chk() -> bool:
        good = [n for n in range(-40, 41) if _cmp(Fr(A1 * n * n + B1 * n + C1), rel1, Fr(0)) and _cmp(Fr(A2 * n * n + B2 * n + C2), rel2, Fr(0))]
        return ans == (str(len(good)) if ask == "count" else str(sum(good)))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["연립이차부등식", "이차부등식", "정수"], check=chk)


@family("10공수1-02-11", "projectile-or-area-word")
def _q11_word(rng: random.Random) -> Problem:
    kind = rng.choice(["ball", "garden", "price"])
    if kind == "ball":
        t1 = rng.randint(1, 3)
        t2 = t1 + rng.randint(1, 3)
        h0 = rng.choice([0, 0, 5, 10, 15])
        v = 5 * (t1 + t2)
        H = 5 * t1 * t2 + h0
        obj = rng.choice(["공", "물 로켓", "작은 공", "모형 로켓"])
        form = f"−5t² + {v}t" + (f" + {h0}" if h0 else "")
        start = f"지면으로부터 {h0} m 높이에서" if h0 else "지면에서"
        ira = josa(str(h0), "이라/라")[len(str(h0)):] if h0 else "라"  # josa() would read "25t" as 25 톤
        text = rng.choice([
            f"{start} {josa(obj, '을/를')} 똑바로 위로 쏘아 올렸을 때, t초 후의 높이 h m는 h = {form}{ira} 한다. 높이가 {H} m 이상인 시간은 몇 초 동안인지 {_end(rng)}",
            f"t초 후의 높이가 ({form}) m인 {josa(obj, '이/가')} 있다. 이 {obj}의 높이가 {H} m 이상이 되는 t의 값의 범위를 {_end(rng)}",
            f"{start} 위로 던진 {obj}의 t초 후의 높이를 h m라 하면 h = {form}이다. {josa(obj, '이/가')} {H} m 이상의 높이에 머무는 시간은 몇 초 동안인지 {_end(rng)}",
        ])
        ans = f"{t2 - t1}초" if "몇 초 동안" in text else f"{t1} ≤ t ≤ {t2}"
        chk = lambda: sorted(sp.roots(sp.Poly(-5 * X**2 + v * X + h0 - H, X)).keys()) == [t1, t2]  # noqa: E731
        diff = 3
    elif kind == "garden":
        # rectangle with perimeter 2L: x(L − x) ≥ S  ⇔ roots
        x1 = rng.randint(2, 8)
        x2 = x1 + rng.randint(2, 10)
        L = x1 + x2
        S = x1 * x2
        text = rng.choice([
            f"둘레의 길이가 {2 * L} m인 직사각형 모양의 텃밭을 만들려고 한다. 텃밭의 넓이가 {S} m² 이상이 되도록 할 때, 가로의 길이 x m의 범위를 {_end(rng)}",
            f"길이가 {2 * L} m인 끈으로 직사각형 모양의 울타리를 만들려고 한다. 울타리 안쪽 넓이가 {S} m² 이상이려면 한 변의 길이 x m는 어떤 범위에 있어야 하는지 {_end(rng)}",
        ])
        ans = f"{x1} ≤ x ≤ {x2}"
        chk = lambda: all((v * (L - v) >= S) == (x1 <= v <= x2) for v in (Fr(i, 2) for i in range(1, 2 * L)))  # noqa: E731
        diff = 3
    else:
        # price p0 + 100·n, sales q0 − k·n; revenue ≥ R
        p0 = rng.choice([1000, 1500, 2000])
        q0 = rng.choice([200, 300, 400])
        kk = rng.choice([5, 10])
        n1 = rng.randint(1, 5)
        n2 = n1 + rng.randint(2, 6)
        # (p0 + 100 n)(q0 − kk n) ≥ R ⇔ −100 kk n² + (100 q0 − p0 kk) n + p0 q0 − R ≥ 0 ; choose R so roots n1, n2
        # need −100kk(n − n1)(n − n2) = −100kk n² + 100kk(n1+n2) n − 100kk n1 n2 → matches iff 100 q0 − p0 kk = 100 kk (n1 + n2)
        q0 = kk * (n1 + n2) + p0 * kk // 100
        R = p0 * q0 + 100 * kk * n1 * n2
        item = rng.choice(["음료", "빵", "문구 세트", "아이스크림"])
        text = (f"어느 가게에서 한 개에 {p0:,}원인 {josa(item, '을/를')} 하루에 {q0}개씩 팔고 있다. 가격을 100원씩 올릴 때마다 하루 판매량이 {kk}개씩 줄어든다고 한다. "
                f"하루 판매액이 {R:,}원 이상이 되도록 하려면 가격을 얼마 이상 얼마 이하로 정해야 하는지 {_end(rng)}")
        ans = f"{p0 + 100 * n1:,}원 이상 {p0 + 100 * n2:,}원 이하"
        chk = lambda: [n for n in range(0, 40) if (p0 + 100 * n) * (q0 - kk * n) >= R] == list(range(n1, n2 + 1))  # noqa: E731
        diff = 4
    return Problem(text=text, answer=ans, format="word", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["이차부등식"], check=chk)


@family("10공수1-02-11", "parabola-above-line")
def _q11_above(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randint(-5, 2)
    q = p + rng.randint(1, 6)
    m = rng.randint(-3, 3)
    n = rng.randint(-5, 5)
    s = rng.choice([1, 1, -1])
    # f(x) = s(x − p)(x − q) + m x + n,  g(x) = m x + n
    A, B, C = s, -s * (p + q) + m, s * p * q + n
    f_t = _r("y = " + _quad(A, B, C), st)
    g_t = _r("y = " + (_lin(m, n) if m else str(n)), st)
    where = rng.choice(["above", "below"])
    rel = ">" if where == "above" else "<"
    sol = _qsol(s, Fr(p), Fr(q), rel)  # f − g = s(x − p)(x − q)
    pos = "위쪽" if where == "above" else "아래쪽"
    text = rng.choice([
        f"이차함수 {f_t}의 그래프가 직선 {g_t}보다 {pos}에 있는 x의 값의 범위를 {_end(rng)}",
        f"좌표평면에서 포물선 {f_t}가 직선 {g_t}보다 {pos}에 놓이는 부분의 x의 값의 범위를 {_end(rng)}",
    ]).replace(f"포물선 {f_t}가", f"포물선 {josa(f_t, '이/가')}")

    def chk() -> bool:
        return _agrees(sol, lambda v: _cmp(A * v * v + B * v + C, rel, m * v + n))
    return Problem(text=text, answer=_set_str2(sol), format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차부등식", "이차함수의 그래프"], also=["10공수1-02-05"], check=chk)


@family("10공수1-02-11", "which-solution-mcq")
def _q11_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, B, C, r1, r2 = _roots_factor(rng, rng.random() < 0.3)
    rel = rng.choice(["<", "<=", ">", ">="])
    sol = _qsol(A, r1, r2, rel)
    right = _set_str2(sol)
    flip = _set_str2(_qsol(-A, r1, r2, rel))
    neg = _set_str2(_qsol(A, -r2, -r1, rel))
    other = _set_str2(_qsol(A, r1, r2, {"<": "<=", "<=": "<", ">": ">=", ">=": ">"}[rel]))
    wrong = [flip, neg, other, _set_str2(_qsol(-A, -r2, -r1, rel)), f"x {_UNI[rel]} {_fs(r2)}", "모든 실수"]
    ch = choices(rng, right, [w for w in wrong if w != right])
    core = _qtxt(A, B, C, rel, st)
    stem = rng.choice([f"이차부등식 {core}의 해는?", f"다음 중 부등식 {core}의 해로 옳은 것은?"])

    def chk() -> bool:
        return _agrees(sol, _qpred(A, B, C, rel))
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["이차부등식"], also=list(_BASIC_11), choice=ch, check=chk)


@family("10공수1-02-11", "explain-with-graph")
def _q11_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randint(-5, 3)
    q = p + rng.randint(1, 6)
    A, B, C = 1, -(p + q), p * q
    f = _quad(A, B, C)
    task = rng.choice(["three", "why"])
    if task == "three":
        text = (f"이차함수 {_r('y = ' + f, st)}의 그래프를 그려 x축과 만나는 점의 x좌표를 구하고, 이를 이용하여 세 부등식 "
                f"{_r(f + ' > 0', st)}, {_r(f + ' < 0', st)}, {_r(f + ' <= 0', st)}의 해를 각각 {_end(rng)}")
        ans = f"x축과 만나는 점의 x좌표: {p}, {q}; x < {p} 또는 x > {q}; {p} < x < {q}; {p} ≤ x ≤ {q}"
        fmt = "task"
    else:
        text = (f"부등식 {_r(f + ' < 0', st)}의 해가 {p} < x < {q}인 이유를 이차함수 {_r('y = ' + f, st)}의 그래프와 x축의 위치 관계를 이용하여 "
                f"{rng.choice(['설명하시오.', '설명해 보세요.', '서술하시오.'])}")
        ans = f"그래프가 x축과 x = {p}, x = {q}에서 만나고 아래로 볼록하므로, 그래프가 x축보다 아래쪽에 있는 부분은 {p} < x < {q}이다."
        fmt = "proof"

    def chk() -> bool:
        return sorted(sp.roots(sp.Poly(X**2 + B * X + C, X)).keys()) == [p, q]
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="C" if fmt == "task" else "B",
                   concepts=["이차부등식", "이차함수의 그래프"], also=["10공수1-02-04"], check=chk)


# ================================================================================================
# 10공수1-03-02 순열
# ================================================================================================
_BASIC_32 = ["10기수1-03-02"]
_SUB = str.maketrans("0123456789nr-+", "₀₁₂₃₄₅₆₇₈₉ₙᵣ₋₊")
_UNSUB = str.maketrans("₀₁₂₃₄₅₆₇₈₉ₙᵣ₋₊", "0123456789nr-+")


def _josa(word: str, pair: str) -> str:
    """``josa`` for words that may end in subscript digits (korean.josa raises KeyError on '₂')."""
    proxy = word.translate(_UNSUB)
    return word + josa(proxy, pair)[len(proxy):]


def _nk(n: int | str, r: int | str, st: str, kind: str = "P") -> str:
    """ₙPᵣ / ₙCᵣ in style ``st`` (LaTeX wrapped in ``$…$``)."""
    if st == "latex":
        return f"${{}}_{{{n}}}\\mathrm{{{kind}}}_{{{r}}}$"
    if st == "unicode":
        return f"{str(n).translate(_SUB)}{kind}{str(r).translate(_SUB)}"
    n_, r_ = (f"({v})" if len(str(v)) > 1 and not str(v).isdigit() else str(v) for v in (n, r))
    return f"{n_}{kind}{r_}"


def _nk_raw(n: int | str, r: int | str, st: str, kind: str = "P") -> str:
    """Same as :func:`_nk` but without the ``$`` (to sit inside a larger LaTeX formula)."""
    return _nk(n, r, st, kind).strip("$")


def _wrap(s: str, st: str) -> str:
    return f"${s}$" if st == "latex" else s


def _fact(n: int | str, st: str) -> str:
    return f"{n}!"


def _brute_perm(items: list, r: int, ok: Callable[[tuple], bool]) -> int:
    return sum(1 for t in itertools.permutations(items, r) if ok(t))


@family("10공수1-03-02", "evaluate-permutation-expression")
def _p32_eval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["sum", "ratio", "fact", "zero"])
    if kind == "sum":
        n1, n2 = rng.randint(4, 8), rng.randint(3, 7)
        r1, r2 = rng.randint(1, min(3, n1)), rng.randint(1, min(3, n2))
        op = rng.choice(["+", "-"])
        expr = _wrap(f"{_nk_raw(n1, r1, st)} {op} {_nk_raw(n2, r2, st)}", st)
        val = pymath.perm(n1, r1) + (1 if op == "+" else -1) * pymath.perm(n2, r2)
        chk = lambda: val == pymath.factorial(n1) // pymath.factorial(n1 - r1) + (1 if op == "+" else -1) * pymath.factorial(n2) // pymath.factorial(n2 - r2)  # noqa: E731
    elif kind == "ratio":
        n = rng.randint(5, 9)
        r = rng.randint(2, 4)
        expr = f"$\\frac{{{_nk_raw(n, r, st)}}}{{{r}!}}$" if st == "latex" else f"{_nk(n, r, st)} ÷ {r}!"
        val = pymath.perm(n, r) // pymath.factorial(r)
        chk = lambda: val * pymath.factorial(r) * pymath.factorial(n - r) == pymath.factorial(n)  # noqa: E731
    elif kind == "fact":
        n = rng.randint(5, 8)
        m = rng.randint(2, 4)
        expr = f"$\\frac{{{n}!}}{{{n - m}!}} + {m}!$" if st == "latex" else f"{n}!/{n - m}! + {m}!"
        val = pymath.perm(n, m) + pymath.factorial(m)
        chk = lambda: val == pymath.prod(range(n - m + 1, n + 1)) + pymath.factorial(m)  # noqa: E731
    else:
        n = rng.randint(3, 7)
        expr = _wrap(f"{_nk_raw(n, 0, st)} + 0! + {_nk_raw(n, n, st)}", st)
        val = 1 + 1 + pymath.factorial(n)
        chk = lambda: val == 2 + len(list(itertools.permutations(range(n))))  # noqa: E731
    text = rng.choice([f"{_josa(expr, '의/의')[:-1]}의 값을 {_end(rng)}", f"다음을 계산하시오.\n{expr}", f"{expr}의 값은?"])
    text = text.replace("의의 값", "의 값")
    diff = 1 if kind in ("sum", "ratio") else 2
    return Problem(text=text, answer=str(val), format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["순열", "계승", "ₙPᵣ", "n!"], also=list(_BASIC_32), check=chk)


@family("10공수1-03-02", "solve-permutation-equation")
def _p32_equation(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["p2", "ratio", "find-r", "mixed"])
    if kind == "p2":
        n = rng.randint(5, 15)
        eq = _wrap(f"{_nk_raw('n', 2, st)} = {n * (n - 1)}", st)
        ans, var = n, "자연수 n"
        chk = lambda: [v for v in range(2, 40) if v * (v - 1) == n * (n - 1)] == [n]  # noqa: E731
    elif kind == "ratio":
        m = rng.randint(3, 9)
        n = m + 2
        eq = _wrap(f"{_nk_raw('n', 3, st)} = {m}{'' if st != 'latex' else ' '}{_nk_raw('n', 2, st)}" if st == "latex" else f"{_nk('n', 3, st)} = {m} × {_nk('n', 2, st)}", st)
        ans, var = n, "자연수 n"
        chk = lambda: [v for v in range(3, 40) if pymath.perm(v, 3) == m * pymath.perm(v, 2)] == [n]  # noqa: E731
    elif kind == "find-r":
        r = rng.randint(2, 4)
        n = rng.randint(r + 2, 10)
        eq = _wrap(f"{_nk_raw(n, 'r', st)} = {pymath.perm(n, r)}", st)
        ans, var = r, "자연수 r"
        chk = lambda: [v for v in range(0, n + 1) if pymath.perm(n, v) == pymath.perm(n, r)] == [r]  # noqa: E731
    else:
        n = rng.randint(4, 10)
        # nP2 + 4·nP1 = value
        k = rng.choice([2, 3, 4])
        val = n * (n - 1) + k * n
        eq = _wrap(f"{_nk_raw('n', 2, st)} + {k}{_nk_raw('n', 1, st)} = {val}", st) if st == "latex" else f"{_nk('n', 2, st)} + {k} × {_nk('n', 1, st)} = {val}"
        ans, var = n, "자연수 n"
        chk = lambda: [v for v in range(2, 40) if v * (v - 1) + k * v == val] == [n]  # noqa: E731
    text = rng.choice([f"등식 {_josa(eq, '을/를')} 만족시키는 {var}의 값을 {_end(rng)}", f"{eq}일 때, {var}의 값을 {_end(rng)}",
                       f"다음 등식이 성립하도록 하는 {var}의 값을 {_end(rng)}\n{eq}"])
    return Problem(text=text, answer=str(ans), format="computation", difficulty=2 if kind == "p2" else 3,
                   achievement_level="D" if kind == "p2" else "C", concepts=["순열", "ₙPᵣ"], check=chk)


@family("10공수1-03-02", "elect-officers")
def _p32_officers(rng: random.Random) -> Problem:
    n = rng.randint(5, 12)
    group, roles = rng.choice([
        ("학생", ["회장", "부회장"]), ("동아리 회원", ["회장", "부회장", "총무"]), ("학급 임원 후보", ["반장", "부반장"]),
        ("축구부원", ["주장", "부주장", "기록 담당"]), ("대회 참가자", ["1등", "2등", "3등"]), ("출품작", ["금상", "은상"]),
        ("봉사 동아리 회원", ["대표", "부대표"]),
    ])
    r = len(roles)
    role_txt = ", ".join(roles)
    unit = "개" if group == "출품작" else "명"
    text = rng.choice([
        f"{n}{unit}의 {group} 중에서 {role_txt}을 각각 하나씩 정하는 방법의 수를 {_end(rng)}",
        f"{group} {n}{unit} 가운데 {role_txt}을 하나씩 정하려고 한다. 정하는 방법은 모두 몇 가지인가? (단, 중복하여 정할 수 없다.)",
        f"{n}{unit}의 {group} 중에서 {role_txt}을 정할 때, 가능한 경우의 수를 {_end(rng)}",
    ])
    text = text.replace(f"{role_txt}을", _josa(role_txt, "을/를"))
    val = pymath.perm(n, r)
    return Problem(text=text, answer=str(val), format="word", difficulty=1, achievement_level="E",
                   concepts=["순열", "ₙPᵣ"], also=list(_BASIC_32),
                   check=lambda: val == (_brute_perm(list(range(n)), r, lambda t: True) if n <= 8 else pymath.factorial(n) // pymath.factorial(n - r)))


@family("10공수1-03-02", "adjacent-block")
def _p32_adjacent(rng: random.Random) -> Problem:
    n = rng.randint(4, 7)
    k = rng.randint(2, min(3, n - 1))
    who = rng.choice(["family", "friends", "letters", "books"])
    if who == "family":
        text_head = f"부모님과 자녀 {n - 2}명으로 이루어진 {n}명의 가족이 일렬로 서서 사진을 찍을 때, 부모님이 서로 이웃하여 서는 경우의 수를 {_end(rng)}"
        k = 2
    elif who == "friends":
        nm = names(rng, k)
        text_head = f"{', '.join(nm)}를 포함한 {n}명의 학생이 한 줄로 설 때, {', '.join(nm)}가 모두 이웃하여 서는 방법의 수를 {_end(rng)}"
        text_head = text_head.replace(f"{nm[-1]}를", _josa(nm[-1], "을/를")).replace(f"{nm[-1]}가 모두", _josa(nm[-1], "이/가") + (" 서로" if k == 2 else " 모두"))
    elif who == "letters":
        word = rng.choice(["ORANGE", "MONDAY", "FRIEND", "PLANET", "SCHOOL"])[:n] if n <= 6 else "EXAMPLE"
        word = "".join(dict.fromkeys(word))
        n = len(word)
        k = 2
        pair = word[0] + ", " + word[1]
        text_head = f"{n}개의 문자 {_josa(', '.join(word), '을/를')} 일렬로 나열할 때, {_josa(pair, '이/가')} 서로 이웃하도록 나열하는 방법의 수를 {_end(rng)}"
    else:
        text_head = (f"서로 다른 수학책 {k}권과 서로 다른 소설책 {n - k}권을 책꽂이에 한 줄로 꽂을 때, 수학책끼리 모두 이웃하도록 꽂는 방법의 수를 {_end(rng)}")
    val = pymath.factorial(n - k + 1) * pymath.factorial(k)

    def chk() -> bool:
        items = list(range(n))
        return val == _brute_perm(items, n, lambda t: max(t.index(i) for i in range(k)) - min(t.index(i) for i in range(k)) == k - 1)
    return Problem(text=text_head, answer=str(val), format="word", difficulty=3, achievement_level="C",
                   concepts=["순열", "계승"], also=list(_BASIC_32), check=chk)


@family("10공수1-03-02", "not-adjacent-gaps")
def _p32_gaps(rng: random.Random) -> Problem:
    m = rng.randint(2, 4)
    w = rng.randint(2, min(3, m + 1))
    kind = rng.choice(["students", "performances", "cars"])
    if kind == "students":
        text = rng.choice([
            f"남학생 {m}명과 여학생 {w}명이 일렬로 설 때, 여학생끼리는 서로 이웃하지 않도록 서는 방법의 수를 {_end(rng)}",
            f"여학생 {w}명과 남학생 {m}명이 한 줄로 서는데 어느 두 여학생도 바로 옆에 서지 않게 하려고 한다. 가능한 방법은 모두 몇 가지인가?",
        ])
    elif kind == "performances":
        text = (f"학교 축제에서 노래 공연 {m}팀과 춤 공연 {w}팀의 순서를 정하려고 한다. 춤 공연끼리는 연달아 하지 않도록 순서를 정하는 방법의 수를 {_end(rng)}")
    else:
        text = (f"일렬로 된 주차 칸에 서로 다른 승용차 {m}대와 서로 다른 트럭 {w}대를 빈칸 없이 한 대씩 주차할 때, 트럭끼리는 이웃하지 않게 주차하는 방법의 수를 {_end(rng)}")
    val = pymath.factorial(m) * pymath.perm(m + 1, w)

    def chk() -> bool:
        def ok(t: tuple) -> bool:
            return all(not (t[i] >= m and t[i + 1] >= m) for i in range(len(t) - 1))
        return val == _brute_perm(list(range(m + w)), m + w, ok)
    return Problem(text=text, answer=str(val), format="word", difficulty=4, achievement_level="B",
                   concepts=["순열", "ₙPᵣ", "계승"], check=chk)


@family("10공수1-03-02", "digit-numbers")
def _p32_digits(rng: random.Random) -> Problem:
    zero = rng.random() < 0.6
    hi = rng.randint(4, 7)
    digits = list(range(0 if zero else 1, hi + 1))
    r = rng.choice([3, 3, 4]) if len(digits) >= 4 else 3
    cond = rng.choice(["any", "even", "odd", "mult5", "greater"])
    cards = ", ".join(str(d) for d in digits)
    bound = None
    if cond == "greater":
        bound = int("".join(str(d) for d in sorted(digits)[-2:][::-1])) * 10 ** (r - 2) if True else 0
        bound = rng.choice(digits[1:]) * 10 ** (r - 1)
    q = {"any": f"서로 다른 {r}자리 자연수의 개수", "even": f"{r}자리 짝수의 개수", "odd": f"{r}자리 홀수의 개수",
         "mult5": f"5의 배수인 {r}자리 자연수의 개수", "greater": f"{bound}보다 큰 {r}자리 자연수의 개수"}[cond]
    if cond == "mult5" and 5 not in digits and 0 not in digits:
        cond, q = "any", f"서로 다른 {r}자리 자연수의 개수"
    text = rng.choice([
        f"{_josa(f'{len(digits)}개의 숫자 {cards}', '이/가')} 하나씩 적힌 카드 {len(digits)}장 중에서 서로 다른 {r}장을 뽑아 일렬로 나열하여 만들 수 있는 {q}를 {_end(rng)}",
        f"{len(digits)}개의 숫자 {cards} 중에서 서로 다른 {r}개를 사용하여 만들 수 있는 {q}를 {_end(rng)}",
        f"숫자 {cards}를 한 번씩만 사용하여 {r}자리 자연수를 만들 때, {q}는?",
    ])
    text = text.replace(f"숫자 {cards}를", f"숫자 {_josa(cards, '을/를')}")

    def ok(t: tuple) -> bool:
        if t[0] == 0:
            return False
        v = int("".join(map(str, t)))
        return {"any": True, "even": v % 2 == 0, "odd": v % 2 == 1, "mult5": v % 5 == 0, "greater": bound is not None and v > bound}[cond]
    val = _brute_perm(digits, r, ok)

    def chk() -> bool:
        # independent count by cases on the first and last digit
        nz = [d for d in digits if d != 0]
        if cond == "any":
            return val == len(nz) * pymath.perm(len(digits) - 1, r - 1)
        if cond in ("even", "odd", "mult5"):
            good_last = [d for d in digits if (d % 2 == 0 if cond == "even" else d % 2 == 1 if cond == "odd" else d % 5 == 0)]
            tot = 0
            for last in good_last:
                firsts = [d for d in nz if d != last]
                tot += len(firsts) * pymath.perm(len(digits) - 2, r - 2)
            return val == tot
        lead = bound // 10 ** (r - 1)
        return val == sum(1 for d in nz if d > lead) * pymath.perm(len(digits) - 1, r - 1) + (
            sum(1 for t in itertools.permutations([d for d in digits if d != lead], r - 1) if int("".join(map(str, (lead, *t)))) > bound))
    diff = 2 if cond == "any" else 3
    return Problem(text=text, answer=str(val), format="word", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["순열", "ₙPᵣ"], also=list(_BASIC_32) if cond == "any" else [], check=chk)


@family("10공수1-03-02", "dictionary-order")
def _p32_dict(rng: random.Random) -> Problem:
    word = rng.choice(["MATH", "LOVE", "BRAIN", "SMART", "DREAM", "HOUSE", "PIANO", "CLOUD", "TEAM", "STAR"])
    letters = sorted(word)
    perms = ["".join(t) for t in itertools.permutations(letters)]
    kind = rng.choice(["rank", "kth"])
    if kind == "rank":
        target = word if rng.random() < 0.5 else "".join(rng.sample(letters, len(letters)))
        rank = perms.index(target) + 1
        text = rng.choice([
            f"{len(letters)}개의 문자 {', '.join(letters)}를 모두 한 번씩 사용하여 만든 문자열을 사전식으로 배열할 때, {_josa(target, '은/는')} 몇 번째에 오는지 {_end(rng)}",
            f"{word}에 있는 문자를 모두 한 번씩 써서 만들 수 있는 문자열을 알파벳 순서로 나열하였다. {_josa(target, '은/는')} 몇 번째 문자열인가?",
        ])
        ans = f"{rank}번째"
        chk = lambda: rank == 1 + sum(1 for p in perms if p < target)  # noqa: E731
    else:
        k = rng.randint(5, len(perms) - 2)
        text = rng.choice([
            f"{word}의 모든 문자를 한 번씩 사용하여 만든 문자열을 사전식으로 배열할 때, {k}번째에 오는 문자열을 {_end(rng)}",
            f"{len(letters)}개의 문자 {', '.join(letters)}를 일렬로 나열한 것을 사전에 나오는 순서대로 늘어놓을 때, {k}번째 문자열을 {_end(rng, '쓰')}",
        ])
        ans = perms[k - 1]
        chk = lambda: sum(1 for p in perms if p < ans) == k - 1  # noqa: E731
    text = text.replace(f"{', '.join(letters)}를", _josa(", ".join(letters), "을/를"))
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B", concepts=["순열", "계승"], check=chk)


@family("10공수1-03-02", "ends-condition")
def _p32_ends(rng: random.Random) -> Problem:
    a = rng.randint(2, 4)   # special
    b = rng.randint(2, 4)   # others
    kind = rng.choice(["both", "atleast", "one-fixed"])
    grp = rng.choice([("여학생", "남학생"), ("선생님", "학생"), ("모음", "자음")])
    if grp[0] == "모음":
        word = rng.choice(["AUDIENCE"[:0] or "EAGLRT", "OIKMNT", "AEUBCD"])  # 3 vowels, 3 consonants
        a, b = 3, 3
        text_obj = f"6개의 문자 {', '.join(word)}"
        who_a = "모음"
    else:
        text_obj = f"{grp[0]} {a}명과 {grp[1]} {b}명"
        who_a = grp[0]
    n = a + b
    if kind == "both":
        q = f"양 끝에 모두 {_josa(who_a, '이/가')} 오도록"
        val = pymath.perm(a, 2) * pymath.factorial(n - 2)
        ok = lambda t: t[0] < a and t[-1] < a  # noqa: E731
    elif kind == "atleast":
        q = f"적어도 한쪽 끝에 {_josa(who_a, '이/가')} 오도록"
        val = pymath.factorial(n) - pymath.perm(b, 2) * pymath.factorial(n - 2)
        ok = lambda t: t[0] < a or t[-1] < a  # noqa: E731
    else:
        q = f"맨 앞에는 {_josa(who_a, '이/가')}, 맨 뒤에는 {_josa(grp[1], '이/가')} 오도록"
        val = a * b * pymath.factorial(n - 2)
        ok = lambda t: t[0] < a and t[-1] >= a  # noqa: E731
    verb = "나열하는" if who_a == "모음" else "한 줄로 서는"
    text = rng.choice([f"{text_obj}{'를' if who_a == '모음' else '이'} 일렬로 {'나열할' if who_a == '모음' else '설'} 때, {q} {verb} 방법의 수를 {_end(rng)}",
                       f"{text_obj}{'를' if who_a == '모음' else '이'} {q} 일렬로 {'나열하는' if who_a == '모음' else '서는'} 경우는 모두 몇 가지인가?"])
    if who_a == "모음":
        text = text.replace(f"{text_obj}를", _josa(text_obj, "을/를"))
    diff = 3 if kind != "atleast" else 4
    return Problem(text=text, answer=str(val), format="word", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["순열", "계승"], check=lambda: val == _brute_perm(list(range(n)), n, ok))


@family("10공수1-03-02", "formula-derivation-fill")
def _p32_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["npr", "recursive"])
    blank = rng.choice(["□", "(   )", "(가)"])
    if kind == "npr":
        n, r = rng.randint(6, 9), rng.randint(3, 4)
        if blank == "(가)":
            b1, b2, b3 = "(가)", "(나)", "(다)"
        else:
            b1 = b2 = b3 = blank
        text = (f"다음은 서로 다른 {n}개에서 {r}개를 택하여 일렬로 나열하는 경우의 수를 구하는 과정이다. {b1}, {b2}, {b3}에 알맞은 수를 차례로 {_end(rng, '쓰')}\n"
                f"첫째 자리에 올 수 있는 것은 {n}가지, 둘째 자리에 올 수 있는 것은 {b1}가지, {'' if r == 3 else '…, '}{r}째 자리에 올 수 있는 것은 {b2}가지이다.\n"
                f"곱의 법칙에 의하여 구하는 경우의 수는 {_nk(n, r, st)} = {n}!/{b3}! = {pymath.perm(n, r)}이다.").replace(f"{r}째 자리", f"{['', '첫', '둘', '셋', '넷'][r]}째 자리")
        ans = f"{n - 1}, {n - r + 1}, {n - r}"
        chk = lambda: pymath.perm(n, r) == pymath.factorial(n) // pymath.factorial(n - r) and pymath.prod(range(n - r + 1, n + 1)) == pymath.perm(n, r)  # noqa: E731
        fmt, diff = "fill", 2
    else:
        n, r = rng.randint(5, 9), rng.randint(2, 4)
        text = (f"1 ≤ r ≤ n일 때, 등식 {_nk('n', 'r', st)} = n × {_nk('n-1', 'r-1', st)}가 성립함을 계승을 이용하여 증명하고, "
                f"이를 이용하여 {_nk(n, r, st)} = {n} × {_nk(n - 1, r - 1, st)}임을 확인하시오.")
        text = text.replace(f"{_nk('n-1', 'r-1', st)}가", _josa(_nk("n-1", "r-1", st), "이/가"))
        ans = f"n × (n−1)!/((n−1)−(r−1))! = n!/(n−r)! = ₙPᵣ, {pymath.perm(n, r)} = {n} × {pymath.perm(n - 1, r - 1)}"
        chk = lambda: pymath.perm(n, r) == n * pymath.perm(n - 1, r - 1)  # noqa: E731
        fmt, diff = "proof", 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=diff, achievement_level="D" if fmt == "fill" else "A",
                   concepts=["순열", "계승", "ₙPᵣ", "n!"], check=chk)


@family("10공수1-03-02", "arrangement-mcq")
def _p32_mcq(rng: random.Random) -> Problem:
    n = rng.randint(5, 8)
    r = rng.randint(2, 4)
    ctx = rng.choice([
        (f"서로 다른 {n}개의 깃발 중에서 {r}개를 골라 일렬로 게양하는 방법의 수는?", "flags"),
        (f"{n}명의 달리기 선수 중 1위부터 {r}위까지 순위를 정하는 경우의 수는? (단, 동점자는 없다.)", "race"),
        (f"{n}개의 역이 있는 노선에서 출발역과 도착역을 정하여 승차권을 만들 때, 필요한 승차권의 종류의 수는?", "ticket"),
        (f"서로 다른 색의 구슬 {n}개 중 {r}개를 꺼내어 일렬로 늘어놓는 방법의 수는?", "beads"),
    ])
    stem, key = ctx
    if key == "ticket":
        r = 2
    val = pymath.perm(n, r)
    wrong = [pymath.comb(n, r), n ** r, pymath.factorial(n), pymath.perm(n, r - 1), pymath.perm(n - 1, r), val * 2, pymath.perm(n, r + 1)]
    ch = choices(rng, str(val), [str(w) for w in wrong if w != val], sort_key=int)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["순열", "ₙPᵣ"], also=list(_BASIC_32), choice=ch,
                   check=lambda: val == _brute_perm(list(range(n)), r, lambda t: True))


@family("10공수1-03-02", "tree-diagram-task")
def _p32_tree(rng: random.Random) -> Problem:
    items = rng.choice([["A", "B", "C", "D"], ["사과", "배", "귤", "감"], ["빨강", "파랑", "노랑", "초록"], ["1", "2", "3", "4"]])
    k = rng.choice([3, 4])
    items = items[:k]
    r = 2 if k == 3 else rng.choice([2, 3])
    lst = ["".join(t) if len(items[0]) == 1 else "-".join(t) for t in itertools.permutations(items, r)]
    first = items[0]
    cnt_first = sum(1 for t in itertools.permutations(items, r) if t[0] == first)
    label = {"A": "개의 문자", "1": "개의 숫자", "사과": "가지 과일", "빨강": "가지 색"}[items[0]]
    text = (f"{len(items)}{label} {', '.join(items)} 중에서 서로 다른 {r}개를 택하여 일렬로 나열하려고 한다.\n"
            f"(1) 첫째 자리에 {_josa(first, '이/가')} 오는 경우를 수형도로 나타내고 그 개수를 {_end(rng)}\n"
            f"(2) 나열하는 모든 경우의 수를 곱의 법칙과 {_nk(len(items), r, 'unicode')}를 이용하여 {_end(rng)}")
    text = text.replace(f"{_nk(len(items), r, 'unicode')}를", _josa(_nk(len(items), r, "unicode"), "을/를"))
    val = pymath.perm(len(items), r)
    return Problem(text=text, answer=f"(1) {cnt_first} (2) {val}", format="task", difficulty=1, achievement_level="E",
                   concepts=["순열", "ₙPᵣ"], also=list(_BASIC_32), check=lambda: len(lst) == val and cnt_first * len(items) == val)


# ================================================================================================
# 10공수1-03-03 조합
# ================================================================================================
_BASIC_33 = ["10기수1-03-03"]


def _brute_comb(items: list, r: int, ok: Callable[[tuple], bool]) -> int:
    return sum(1 for t in itertools.combinations(items, r) if ok(t))


@family("10공수1-03-03", "evaluate-combination")
def _c33_eval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["single", "symmetry", "sum", "mixed"])
    if kind == "single":
        n = rng.randint(5, 10)
        r = rng.randint(2, 4)
        expr = _nk(n, r, st, "C")
        val = pymath.comb(n, r)
    elif kind == "symmetry":
        n = rng.randint(9, 20)
        r = n - rng.randint(1, 3)
        expr = _nk(n, r, st, "C")
        val = pymath.comb(n, r)
    elif kind == "sum":
        n = rng.randint(5, 9)
        r1, r2 = rng.sample(range(0, n + 1), 2)
        expr = _wrap(f"{_nk_raw(n, r1, st, 'C')} + {_nk_raw(n, r2, st, 'C')}", st)
        val = pymath.comb(n, r1) + pymath.comb(n, r2)
    else:
        n = rng.randint(5, 8)
        r = rng.randint(2, 3)
        expr = _wrap(f"{_nk_raw(n, r, st, 'C')} \\times {r}!" if st == "latex" else f"{_nk(n, r, st, 'C')} × {r}!", st) if st != "latex" else f"${_nk_raw(n, r, st, 'C')} \\times {r}!$"
        val = pymath.comb(n, r) * pymath.factorial(r)
    text = rng.choice([f"{expr}의 값을 {_end(rng)}", f"다음 값을 {_end(rng)}\n{expr}", f"{expr}의 값은?"])
    diff = 1 if kind == "single" else 2
    return Problem(text=text, answer=str(val), format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["조합", "ₙCᵣ"], also=list(_BASIC_33),
                   check=lambda: val == sp.binomial(n, r) * (pymath.factorial(r) if kind == "mixed" else 1) if kind != "sum" else val == sp.binomial(n, r1) + sp.binomial(n, r2))


@family("10공수1-03-03", "solve-combination-equation")
def _c33_equation(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["c2", "sym", "c3"])
    if kind == "c2":
        n = rng.randint(5, 16)
        eq = _wrap(f"{_nk_raw('n', 2, st, 'C')} = {pymath.comb(n, 2)}", st)
        ans, var = n, "자연수 n"
        chk = lambda: [v for v in range(2, 50) if pymath.comb(v, 2) == pymath.comb(n, 2)] == [n]  # noqa: E731
    elif kind == "sym":
        r = rng.randint(1, 5)
        k = rng.randint(1, 4)
        n = 2 * r + k
        eq = _wrap(f"{_nk_raw('n', r, st, 'C')} = {_nk_raw('n', r + k, st, 'C')}", st)
        ans, var = n, "자연수 n"
        chk = lambda: [v for v in range(r + k, 40) if pymath.comb(v, r) == pymath.comb(v, r + k)] == [n]  # noqa: E731
    else:
        n = rng.randint(4, 12)
        m = rng.choice([2, 3])
        # nC3 = m · nC2 → (n − 2)/3 = m → n = 3m + 2
        n = 3 * m + 2
        eq = (f"${_nk_raw('n', 3, st, 'C')} = {m}\\times{_nk_raw('n', 2, st, 'C')}$" if st == "latex"
              else f"{_nk('n', 3, st, 'C')} = {m} × {_nk('n', 2, st, 'C')}")
        ans, var = n, "자연수 n"
        chk = lambda: [v for v in range(3, 40) if pymath.comb(v, 3) == m * pymath.comb(v, 2)] == [n]  # noqa: E731
    text = rng.choice([f"등식 {_josa(eq, '을/를')} 만족시키는 {var}의 값을 {_end(rng)}", f"{eq}일 때, {var}의 값을 {_end(rng)}",
                       f"다음 등식이 성립하도록 하는 {var}의 값을 {_end(rng)}\n{eq}"])
    diff = 2 if kind == "c2" else 3
    return Problem(text=text, answer=str(ans), format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["조합", "ₙCᵣ"], check=chk)


@family("10공수1-03-03", "committee-with-conditions")
def _c33_committee(rng: random.Random) -> Problem:
    b = rng.randint(3, 6)
    g = rng.randint(3, 6)
    r = rng.randint(3, 4)
    kind = rng.choice(["include", "exclude", "atleast", "exact"])
    pa, pb = names(rng, 2)
    grp = rng.choice(["학생", "선수", "봉사 활동 지원자"])
    if kind == "include":
        text = f"남학생 {b}명과 여학생 {g}명 중에서 {r}명의 대표를 뽑을 때, 특정한 학생 {josa(pa, '과/와')} {pb}를 모두 포함하여 뽑는 방법의 수를 {_end(rng)}"
        text = text.replace(f"{pb}를", josa(pb, "을/를"))
        val = pymath.comb(b + g - 2, r - 2)
        ok = lambda t: 0 in t and 1 in t  # noqa: E731
    elif kind == "exclude":
        text = f"{b + g}명의 {grp} 중에서 {r}명을 뽑을 때, {josa(pa, '은/는')} 뽑히고 {josa(pb, '은/는')} 뽑히지 않는 경우의 수를 {_end(rng)}"
        val = pymath.comb(b + g - 2, r - 1)
        ok = lambda t: 0 in t and 1 not in t  # noqa: E731
    elif kind == "atleast":
        text = rng.choice([
            f"남학생 {b}명과 여학생 {g}명 중에서 {r}명을 뽑을 때, 여학생이 적어도 한 명 포함되도록 뽑는 방법의 수를 {_end(rng)}",
            f"남자 {b}명, 여자 {g}명으로 이루어진 모임에서 {r}명의 위원을 뽑으려고 한다. 여자가 한 명 이상 포함되는 경우는 모두 몇 가지인가?",
        ])
        val = pymath.comb(b + g, r) - pymath.comb(b, r)
        ok = lambda t: any(i >= b for i in t)  # noqa: E731
    else:
        k = rng.randint(1, min(g, r - 1))
        text = f"남학생 {b}명과 여학생 {g}명 중에서 {r}명을 뽑을 때, 여학생이 정확히 {k}명 포함되도록 뽑는 방법의 수를 {_end(rng)}"
        val = pymath.comb(g, k) * pymath.comb(b, r - k)
        ok = lambda t, k=k: sum(1 for i in t if i >= b) == k  # noqa: E731
    if kind == "include":
        ok = lambda t: 0 in t and 1 in t  # noqa: E731
    diff = 3 if kind in ("atleast", "exact") else 2
    return Problem(text=text, answer=str(val), format="word", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["조합", "ₙCᵣ"], also=list(_BASIC_33) if diff == 2 else [],
                   check=lambda: val == _brute_comb(list(range(b + g)), r, ok))


@family("10공수1-03-03", "points-lines-triangles")
def _c33_points(rng: random.Random) -> Problem:
    kind = rng.choice(["circle", "polygon-diag", "collinear", "two-lines"])
    if kind == "circle":
        n = rng.randint(5, 12)
        what = rng.choice(["선분", "삼각형", "사각형"])
        r = {"선분": 2, "삼각형": 3, "사각형": 4}[what]
        text = rng.choice([f"원 위에 서로 다른 {n}개의 점이 있다. 이 중 {r}개의 점을 꼭짓점(또는 끝점)으로 하는 {what}의 개수를 {_end(rng)}",
                           f"한 원 위에 있는 {n}개의 점 중에서 몇 개를 이어 만들 수 있는 {what}은 모두 몇 개인가?"])
        text = text.replace("꼭짓점(또는 끝점)으로", "끝점으로" if r == 2 else "꼭짓점으로").replace(f"{what}은", josa(what, "은/는"))
        val = pymath.comb(n, r)
        chk = lambda: val == _brute_comb(list(range(n)), r, lambda t: True)  # noqa: E731
        diff = 2
    elif kind == "polygon-diag":
        n = rng.randint(5, 15)
        text = rng.choice([f"정{n}각형의 대각선의 개수를 조합을 이용하여 {_end(rng)}", f"{n}각형에서 그을 수 있는 대각선은 모두 몇 개인가?"])
        val = pymath.comb(n, 2) - n
        chk = lambda: val == n * (n - 3) // 2  # noqa: E731
        diff = 2
    elif kind == "collinear":
        n = rng.randint(7, 10)
        k = rng.randint(3, 5)
        what = rng.choice(["직선", "삼각형"])
        text = (f"평면 위에 {n}개의 점이 있고, 이 중 {k}개만 한 직선 위에 있으며 그 외에는 어느 세 점도 한 직선 위에 있지 않다. "
                f"이 점들 중 {'두' if what == '직선' else '세'} 점을 이어 만들 수 있는 서로 다른 {what}의 개수를 {_end(rng)}")
        val = pymath.comb(n, 2) - pymath.comb(k, 2) + 1 if what == "직선" else pymath.comb(n, 3) - pymath.comb(k, 3)
        if what == "직선":
            chk = lambda: val == pymath.comb(n - k, 2) + (n - k) * k + 1  # noqa: E731
        else:
            chk = lambda: val == sum(1 for t in itertools.combinations(range(n), 3) if not all(i < k for i in t))  # noqa: E731
        diff = 4
    else:
        m = rng.randint(3, 6)
        n = rng.randint(3, 6)
        text = (f"평행한 두 직선 l, m이 있다. 직선 l 위에 {m}개의 점, 직선 m 위에 {n}개의 점이 있을 때, "
                f"이 {m + n}개의 점 중 세 점을 꼭짓점으로 하는 삼각형의 개수를 {_end(rng)}")
        val = pymath.comb(m + n, 3) - pymath.comb(m, 3) - pymath.comb(n, 3)
        chk = lambda: val == m * pymath.comb(n, 2) + n * pymath.comb(m, 2)  # noqa: E731
        diff = 3
    return Problem(text=text, answer=str(val), format="word", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["조합", "ₙCᵣ"], also=list(_BASIC_33) if diff == 2 else [], check=chk)


@family("10공수1-03-03", "league-handshake")
def _c33_league(rng: random.Random) -> Problem:
    kind = rng.choice(["league", "handshake", "group-league", "reverse"])
    if kind == "league":
        n = rng.randint(5, 16)
        sport = rng.choice(["축구", "농구", "배구", "탁구", "바둑"])
        text = rng.choice([f"{n}개 팀이 참가한 {sport} 대회에서 모든 팀이 서로 한 번씩 경기를 하는 리그전을 치를 때, 전체 경기 수를 {_end(rng)}",
                           f"{sport} 동아리 {n}명이 서로 한 번씩 모두 대결하려고 한다. 모두 몇 번의 경기를 해야 하는가?"])
        val = pymath.comb(n, 2)
        chk = lambda: val == n * (n - 1) // 2  # noqa: E731
        diff = 1
    elif kind == "handshake":
        n = rng.randint(5, 15)
        text = f"모임에 참석한 {n}명이 서로 빠짐없이 한 번씩 악수를 하였다. 악수는 모두 몇 번 하였는지 {_end(rng)}"
        val = pymath.comb(n, 2)
        chk = lambda: val == sum(range(n))  # noqa: E731
        diff = 1
    elif kind == "group-league":
        g = rng.choice([2, 3, 4])
        t = rng.choice([4, 5, 6])
        final = rng.choice([2, 4])
        text = (f"{g * t}개 팀이 {t}팀씩 {g}개 조로 나뉘어 조별 리그전을 한 뒤, 각 조 1위 팀끼리 다시 리그전을 하여 우승 팀을 정한다. "
                f"전체 경기 수를 {_end(rng)}")
        val = g * pymath.comb(t, 2) + pymath.comb(g, 2)
        chk = lambda: val == g * t * (t - 1) // 2 + g * (g - 1) // 2  # noqa: E731
        _ = final
        diff = 3
    else:
        n = rng.randint(6, 16)
        text = f"어느 대회에 참가한 팀들이 서로 한 번씩 경기를 하는 리그전을 치렀더니 전체 경기 수가 {pymath.comb(n, 2)}이었다. 참가한 팀의 수를 {_end(rng)}"
        val = n
        chk = lambda: [v for v in range(2, 60) if pymath.comb(v, 2) == pymath.comb(n, 2)] == [n]  # noqa: E731
        diff = 2
    return Problem(text=text, answer=str(val), format="word", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["조합", "ₙCᵣ"], also=list(_BASIC_33) if diff <= 2 else [], check=chk)


@family("10공수1-03-03", "choose-then-arrange")
def _c33_choose_arrange(rng: random.Random) -> Problem:
    b = rng.randint(3, 5)
    g = rng.randint(3, 5)
    kb = rng.randint(1, 2)
    kg = rng.randint(1, 2)
    kind = rng.choice(["line", "roles", "digits"])
    if kind == "line":
        text = rng.choice([f"남학생 {b}명 중 {kb}명, 여학생 {g}명 중 {kg}명을 뽑아 일렬로 세우는 방법의 수를 {_end(rng)}",
                           f"남자 {b}명과 여자 {g}명 중에서 남자 {kb}명, 여자 {kg}명을 선발한 다음 이들의 발표 순서를 정하는 방법은 모두 몇 가지인가?"])
        val = pymath.comb(b, kb) * pymath.comb(g, kg) * pymath.factorial(kb + kg)
        chk = lambda: val == sum(1 for t in itertools.permutations(range(b + g), kb + kg) if sum(1 for i in t if i < b) == kb)  # noqa: E731
    elif kind == "roles":
        n = b + g
        r = rng.randint(3, 4)
        text = f"{n}명 중에서 {r}명의 위원을 뽑고, 뽑힌 위원 중에서 위원장 1명을 정하는 방법의 수를 {_end(rng)}"
        val = pymath.comb(n, r) * r
        chk = lambda: val == n * pymath.comb(n - 1, r - 1)  # noqa: E731
    else:
        odd, even = [1, 3, 5, 7, 9], [2, 4, 6, 8]
        text = f"1부터 9까지의 자연수 중에서 홀수 2개와 짝수 2개를 택하여 만들 수 있는 네 자리 자연수의 개수를 {_end(rng)} (단, 각 자리의 숫자는 모두 다르다.)"
        val = pymath.comb(5, 2) * pymath.comb(4, 2) * 24
        chk = lambda: val == sum(1 for t in itertools.permutations(range(1, 10), 4) if sum(1 for d in t if d in odd) == 2 and sum(1 for d in t if d in even) == 2)  # noqa: E731
    return Problem(text=text, answer=str(val), format="word", difficulty=3, achievement_level="B",
                   concepts=["조합", "순열", "ₙCᵣ"], also=["10공수1-03-02"], check=chk)


def _paths(m: int, n: int, via: tuple[int, int] | None = None) -> int:
    """Lattice paths (0,0)→(m,n) by right/up steps, counted by dynamic programming (optionally through ``via``)."""
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        for j in range(n + 1):
            if i == 0 and j == 0:
                dp[i][j] = 1
                continue
            if via and ((i < via[0] and j > via[1]) or (i > via[0] and j < via[1])):
                continue
            dp[i][j] = (dp[i - 1][j] if i else 0) + (dp[i][j - 1] if j else 0)
    return dp[m][n]


@family("10공수1-03-03", "grid-shortest-paths")
def _c33_grid(rng: random.Random) -> Problem:
    m = rng.randint(2, 6)
    n = rng.randint(2, 5)
    via = rng.random() < 0.5
    place = rng.choice([("A", "B"), ("P", "Q"), ("O", "X"), ("S", "T")])
    if via:
        pm, pn = rng.randint(1, m - 1), rng.randint(1, n - 1)
        text = (f"가로 방향으로 {m}칸, 세로 방향으로 {n}칸인 바둑판 모양의 도로망이 있다. 왼쪽 아래 꼭짓점 {place[0]}에서 오른쪽 위 꼭짓점 {place[1]}까지 "
                f"최단 거리로 갈 때, {place[0]}에서 오른쪽으로 {pm}칸, 위쪽으로 {pn}칸 떨어진 교차로 C를 반드시 지나는 경우의 수를 {_end(rng)}")
        val = pymath.comb(pm + pn, pm) * pymath.comb(m - pm + n - pn, m - pm)
        chk = lambda: val == _paths(m, n, (pm, pn))  # noqa: E731
        diff = 3
    else:
        text = rng.choice([
            f"가로 방향으로 {m}칸, 세로 방향으로 {n}칸인 바둑판 모양의 도로망에서 왼쪽 아래 꼭짓점 {place[0]}에서 오른쪽 위 꼭짓점 {place[1]}까지 최단 거리로 가는 방법의 수를 {_end(rng)}",
            f"오른쪽으로 한 칸 가는 것을 →, 위쪽으로 한 칸 가는 것을 ↑로 나타낼 때, → {m}개와 ↑ {n}개를 일렬로 나열하는 방법의 수를 조합을 이용하여 {_end(rng)}",
        ])
        val = pymath.comb(m + n, m)
        chk = lambda: val == _paths(m, n)  # noqa: E731
        diff = 2
    text = text.replace(f"{place[0]}에서 오른쪽으로", f"{place[0]}에서 오른쪽으로")
    return Problem(text=text, answer=str(val), format="word", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["조합", "ₙCᵣ"], check=chk)


def _holds(s: str) -> bool:
    """Evaluate an identity written with ₙPᵣ / ₙCᵣ / ! in any style (used by checks)."""
    t = s.translate(_UNSUB).replace("$", "").replace("{}", "").replace("\\mathrm", "")
    t = re.sub(r"_\{(\d+)\}\{?([PC])\}?_\{(\d+)\}", r"\1\2\3", t)
    t = t.replace("×", "*").replace("÷", "/").replace("!", "F")
    t = re.sub(r"(\d+)P(\d+)", r"perm(\1,\2)", t)
    t = re.sub(r"(\d+)C(\d+)", r"comb(\1,\2)", t)
    t = re.sub(r"(\d+)F", r"factorial(\1)", t)
    lhs, rhs = t.split("=")
    env = {"perm": pymath.perm, "comb": pymath.comb, "factorial": pymath.factorial, "__builtins__": {}}
    return abs(eval(lhs, env) - eval(rhs, env)) < 1e-9


@family("10공수1-03-03", "identity-mcq")
def _c33_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(6, 10)
    r = rng.choice([v for v in range(2, n - 2) if 2 * v != n])
    true_pool = [
        f"{_nk(n, r, st, 'C')} = {_nk(n, n - r, st, 'C')}",
        f"{_nk(n, r, st, 'C')} = {_nk(n - 1, r - 1, st, 'C')} + {_nk(n - 1, r, st, 'C')}",
        f"{_nk(n, r, st)} = {r}! × {_nk(n, r, st, 'C')}",
        f"{_nk(n, 0, st, 'C')} = {_nk(n, n, st, 'C')}",
    ]
    false_pool = [
        f"{_nk(n, r, st, 'C')} = {_nk(n, r + 1, st, 'C')}",
        f"{_nk(n, r, st, 'C')} = {_nk(n - 1, r - 1, st, 'C')} + {_nk(n - 1, r + 1, st, 'C')}",
        f"{_nk(n, r, st)} = {_nk(n, r, st, 'C')} ÷ {r}!",
        f"{_nk(n, 1, st, 'C')} = {_nk(n, 1, st)} + 1",
        f"{_nk(n, r, st, 'C')} = {_nk(n - 1, r, st, 'C')} + {_nk(n - 1, r, st, 'C')}",
        f"{_nk(n, r, st, 'C')} = {_nk(n, r, st)} × {r}!",
        f"{_nk(n, 2, st, 'C')} = {n} × {n - 1}",
    ]
    false_pool = [f for f in false_pool if not _holds(f)]
    ask_true = rng.random() < 0.5
    if ask_true:
        right, wrong, stem = rng.choice(true_pool), false_pool, "다음 중 옳은 것은?"
    else:
        right, wrong, stem = rng.choice(false_pool), true_pool, "다음 중 옳지 않은 것은?"
    ch = choices(rng, right, wrong)

    def chk() -> bool:
        return all(_holds(o) == (ask_true == (i == ch.correct)) for i, o in enumerate(ch.options))
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["조합", "ₙCᵣ", "ₙPᵣ"], choice=ch, check=chk)


@family("10공수1-03-03", "explain-combination-formula")
def _c33_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(4, 7)
    r = rng.randint(2, 3)
    letters = "abcdefg"[:n]
    kind = rng.choice(["relation", "symmetry"])
    if kind == "relation":
        text = (f"{n}개의 문자 {', '.join(letters)} 중에서 {r}개를 택하는 조합 하나마다 {r}!가지의 순열이 대응함을 예를 들어 설명하고, "
                f"이를 이용하여 {_nk(n, r, st, 'C')}의 값을 {_nk(n, r, st)}로부터 {_end(rng)}")
        ans = f"예: {{{', '.join(letters[:r])}}} 하나가 {r}! = {pymath.factorial(r)}가지 나열에 대응하므로 {_nk(n, r, 'unicode', 'C')} = {_nk(n, r, 'unicode')} ÷ {r}! = {pymath.perm(n, r)} ÷ {pymath.factorial(r)} = {pymath.comb(n, r)}"
        chk = lambda: pymath.perm(n, r) == pymath.comb(n, r) * pymath.factorial(r)  # noqa: E731
    else:
        text = (f"{n}명 중에서 {r}명을 뽑는 경우의 수와 {n - r}명을 뽑는 경우의 수가 같은 이유를 '뽑히지 않는 사람'을 생각하여 설명하고, "
                f"그 값을 {_end(rng)}")
        ans = f"{r}명을 뽑는 것은 뽑히지 않을 {n - r}명을 정하는 것과 일대일로 대응하므로 {_nk(n, r, 'unicode', 'C')} = {_nk(n, n - r, 'unicode', 'C')} = {pymath.comb(n, r)}"
        chk = lambda: pymath.comb(n, r) == pymath.comb(n, n - r) == _brute_comb(list(range(n)), n - r, lambda t: True)  # noqa: E731
    return Problem(text=text.replace(f"{_nk(n, r, st)}로부터", _josa(_nk(n, r, st), "으로/로") + "부터"), answer=ans, format="proof", difficulty=3, achievement_level="A",
                   concepts=["조합", "순열", "ₙCᵣ", "ₙPᵣ"], check=chk)


@family("10공수1-03-03", "menu-table-choose")
def _c33_table(rng: random.Random) -> Problem:
    cats = rng.choice([
        ("분식 가게 메뉴", [("떡볶이류", 4), ("김밥류", 5), ("음료", 3)], "가지"),
        ("방과 후 강좌", [("예술", 5), ("체육", 4), ("과학", 3)], "개"),
        ("도서관 추천 도서", [("소설", 6), ("과학", 4), ("역사", 3)], "권"),
        ("캠프 체험 활동", [("실내", 4), ("야외", 6), ("요리", 2)], "개"),
    ])
    title, rows, unit = cats
    rows = [(nm, c + rng.randint(0, 2)) for nm, c in rows]
    pick = [rng.randint(1, min(2, c)) for _, c in rows]
    table = "| 분류 | " + " | ".join(nm for nm, _ in rows) + " |\n| 개수 | " + " | ".join(str(c) for _, c in rows) + " |"
    req = ", ".join(f"{nm} {p}{unit}" for (nm, _), p in zip(rows, pick, strict=True))
    text = (f"다음 표는 어느 {title}를 분류별로 정리한 것이다.\n{table}\n"
            f"{req}를 고르는 방법의 수를 {_end(rng)} (단, 고르는 순서는 생각하지 않는다.)")
    text = text.replace(f"{title}를", josa(title, "을/를")).replace(f"{req}를", josa(req, "을/를"))
    val = pymath.prod(pymath.comb(c, p) for (_, c), p in zip(rows, pick, strict=True))

    def chk() -> bool:
        return val == pymath.prod(_brute_comb(list(range(c)), p, lambda t: True) for (_, c), p in zip(rows, pick, strict=True))
    return Problem(text=text, answer=str(val), format="data", difficulty=2, achievement_level="D",
                   concepts=["조합", "곱의 법칙", "ₙCᵣ"], also=list(_BASIC_33), check=chk)


@family("10공수1-03-03", "rectangles-in-grid")
def _c33_rect(rng: random.Random) -> Problem:
    m = rng.randint(3, 7)
    n = rng.randint(3, 7)
    kind = rng.choice(["lines", "board"])
    if kind == "lines":
        text = rng.choice([f"가로로 평행한 직선 {m}개와 세로로 평행한 직선 {n}개가 서로 만나고 있다. 이 직선들로 만들어지는 평행사변형의 개수를 {_end(rng)}",
                           f"서로 평행한 직선 {m}개와, 이들과 만나는 또 다른 평행한 직선 {n}개로 만들 수 있는 평행사변형은 모두 몇 개인가?"])
        val = pymath.comb(m, 2) * pymath.comb(n, 2)
        chk = lambda: val == m * (m - 1) * n * (n - 1) // 4  # noqa: E731
    else:
        text = f"가로 {m - 1}칸, 세로 {n - 1}칸으로 이루어진 격자 모양의 종이에서 격자의 선을 따라 만들 수 있는 직사각형(정사각형 포함)의 개수를 {_end(rng)}"
        val = pymath.comb(m, 2) * pymath.comb(n, 2)
        chk = lambda: val == sum((m - w) * (n - h) for w in range(1, m) for h in range(1, n))  # noqa: E731
    return Problem(text=text, answer=str(val), format="word", difficulty=3, achievement_level="B",
                   concepts=["조합", "ₙCᵣ", "곱의 법칙"], check=chk)


# ================================================================================================
# 10공수1-04-01 행렬의 뜻
# ================================================================================================
_BASIC_41 = ["10기수1-04-01"]


def _num(v: int | Fr, st: str) -> str:
    v = Fr(v)
    if v.denominator != 1:
        return f"\\frac{{{v.numerator}}}{{{v.denominator}}}" if st == "latex" else f"{v.numerator}/{v.denominator}"
    s = str(v.numerator)
    return s.replace("-", "−") if st == "unicode" else s


def _mat(rows: list[list], st: str, label: str | None = None) -> str:
    """A matrix as printed: LaTeX ``pmatrix`` / ``[1 2; 3 4]`` / ``((1, 2), (3, 4))``."""
    cells = [[c if isinstance(c, str) else _num(c, st) for c in row] for row in rows]
    if st == "latex":
        body = r" \\ ".join(" & ".join(r) for r in cells)
        core = f"\\begin{{pmatrix}} {body} \\end{{pmatrix}}"
        return f"${label} = {core}$" if label else f"${core}$"
    if st == "unicode":
        core = "[" + "; ".join(" ".join(r) for r in cells) + "]"
    else:
        core = "(" + ", ".join("(" + ", ".join(r) + ")" for r in cells) + ")"
    return f"{label} = {core}" if label else core


def _mat_ans(rows: list[list]) -> str:
    """Answer form of a matrix, row by row: ((1, 2), (3, 4))."""
    return "(" + ", ".join("(" + ", ".join(_fs(c) for c in row) + ")" for row in rows) + ")"


def _mj(label: str, pair: str) -> str:
    return josa(label, pair)


_RULES: tuple[tuple[str, Callable[[int, int], int], str], ...] = (
    ("a_{ij} = i + j", lambda i, j: i + j, "aᵢⱼ = i + j"),
    ("a_{ij} = 2i - j", lambda i, j: 2 * i - j, "aᵢⱼ = 2i − j"),
    ("a_{ij} = i - 2j", lambda i, j: i - 2 * j, "aᵢⱼ = i − 2j"),
    ("a_{ij} = ij", lambda i, j: i * j, "aᵢⱼ = ij"),
    ("a_{ij} = i^2 - j", lambda i, j: i * i - j, "aᵢⱼ = i² − j"),
    ("a_{ij} = 3i - 2j + 1", lambda i, j: 3 * i - 2 * j + 1, "aᵢⱼ = 3i − 2j + 1"),
    ("a_{ij} = (-1)^{i+j}", lambda i, j: (-1) ** (i + j), "aᵢⱼ = (−1)ⁱ⁺ʲ"),
    ("a_{ij} = |i - j|", lambda i, j: abs(i - j), "aᵢⱼ = |i − j|"),
)


def _rule_txt(rule: tuple, st: str) -> str:
    tex, _, uni = rule
    if st == "latex":
        return "$" + tex.replace("|i - j|", "\\left|i-j\\right|") + "$"
    if st == "unicode":
        return uni
    return tex.replace("_{ij}", "_ij").replace("^{i+j}", "^(i+j)").replace("^2", "^2")


@family("10공수1-04-01", "entry-rule-matrix")
def _m41_rule(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([(2, 2), (2, 3), (3, 2), (3, 3), (2, 4), (1, 3), (3, 1)])
    piecewise = rng.random() < 0.25
    if piecewise:
        c1, c2 = rng.choice([(1, 0), (2, -1), (0, 1)]), rng.choice([(1, 1), (0, 2), (-1, 0)])

        def f(i: int, j: int) -> int:
            return c1[0] * i + c1[1] * j if i >= j else c2[0] * i + c2[1] * j
        rtxt = (f"aᵢⱼ = {_lin(c1[0], 0, 'i') if c1[0] else ''}{_term(c1[1], 'j', not c1[0]) if c1[1] else ''} (i ≥ j), "
                f"aᵢⱼ = {_lin(c2[0], 0, 'i') if c2[0] else ''}{_term(c2[1], 'j', not c2[0]) if c2[1] else ''} (i < j)")
        if st == "plain":
            rtxt = rtxt.replace("aᵢⱼ", "a_ij").replace("≥", ">=")
    else:
        rule = rng.choice(_RULES)
        f = rule[1]
        rtxt = _rule_txt(rule, st)
    M = [[f(i, j) for j in range(1, n + 1)] for i in range(1, m + 1)]
    ask = rng.choice(["matrix", "sum", "matrix"])
    cond = f"(단, i = {', '.join(str(i) for i in range(1, m + 1))}; j = {', '.join(str(j) for j in range(1, n + 1))})"
    sz = f"{m}×{n}" if st != "latex" else f"${m}\\times {n}$"
    if ask == "matrix":
        text = rng.choice([f"{sz} 행렬 A의 (i, j) 성분 aᵢⱼ에 대하여 {rtxt}일 때, 행렬 A를 {_end(rng)} {cond}",
                           f"행렬 A = (aᵢⱼ)가 {sz} 행렬이고 {rtxt}일 때, 행렬 A를 성분으로 나타내시오. {cond}"])
        ans = _mat_ans(M)
    else:
        text = f"{sz} 행렬 A의 (i, j) 성분 aᵢⱼ에 대하여 {rtxt}일 때, 행렬 A의 모든 성분의 합을 {_end(rng)}"
        ans = str(sum(map(sum, M)))
    if st == "plain":
        text = text.replace("aᵢⱼ", "a_ij")

    def chk() -> bool:
        mm = sp.Matrix(m, n, lambda i, j: f(i + 1, j + 1))
        return ans == (_mat_ans(mm.tolist()) if ask == "matrix" else str(sum(mm)))
    diff = 3 if piecewise else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["행렬", "성분", "m×n 행렬"], also=list(_BASIC_41), check=chk)


def _rand_mat(rng: random.Random, m: int, n: int, lo: int = -5, hi: int = 9) -> list[list[int]]:
    return [[rng.randint(lo, hi) for _ in range(n)] for _ in range(m)]


@family("10공수1-04-01", "read-size-and-entries")
def _m41_read(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([(2, 3), (3, 2), (3, 3), (2, 4), (4, 2), (1, 4), (3, 4)])
    M = _rand_mat(rng, m, n)
    i, j = rng.randint(1, m), rng.randint(1, n)
    i2, j2 = rng.randint(1, m), rng.randint(1, n)
    kind = rng.choice(["size", "entries", "row-col"])
    A = _mat(M, st, "A")
    if kind == "size":
        text = rng.choice([f"행렬 {A}는 몇 행 몇 열의 행렬인지 쓰고, 성분의 개수를 {_end(rng)}",
                           f"다음 행렬은 어떤 꼴의 행렬인지 m×n 꼴로 쓰고, 모든 성분의 개수를 {_end(rng)}\n{A}"])
        ans = f"{m}×{n} 행렬, {m * n}개"
        chk = lambda: sp.Matrix(M).shape == (m, n)  # noqa: E731
        diff = 1
    elif kind == "entries":
        text = rng.choice([f"행렬 {A}에서 ({i}, {j}) 성분과 ({i2}, {j2}) 성분의 합을 {_end(rng)}",
                           f"행렬 {A}의 (i, j) 성분을 aᵢⱼ라 할 때, a{str(i).translate(_SUB)}{str(j).translate(_SUB)} + a{str(i2).translate(_SUB)}{str(j2).translate(_SUB)}의 값을 {_end(rng)}"])
        ans = str(M[i - 1][j - 1] + M[i2 - 1][j2 - 1])
        chk = lambda: sp.Matrix(M)[i - 1, j - 1] + sp.Matrix(M)[i2 - 1, j2 - 1] == int(ans)  # noqa: E731
        diff = 1
    else:
        r_ = rng.randint(1, m)
        c_ = rng.randint(1, n)
        text = f"행렬 {A}에서 제{r_}행의 모든 성분의 합을 p, 제{c_}열의 모든 성분의 합을 q라 할 때, p − q의 값을 {_end(rng)}"
        ans = str(sum(M[r_ - 1]) - sum(row[c_ - 1] for row in M))
        chk = lambda: sum(sp.Matrix(M).row(r_ - 1)) - sum(sp.Matrix(M).col(c_ - 1)) == int(ans)  # noqa: E731
        diff = 2
    text = text.replace(f"행렬 {A}는", f"행렬 {_josa(A, '은/는')}")
    return Problem(text=text, answer=ans, format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["행렬", "행", "열", "성분", "m×n 행렬"], also=list(_BASIC_41), check=chk)


@family("10공수1-04-01", "table-to-matrix")
def _m41_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ctx = rng.choice([
        ("두 매장", ["A 매장", "B 매장"], ["우유", "빵", "과자"], "하루 판매량(개)", 5, 60),
        ("세 도시", ["서울", "부산", "광주"], ["7월", "8월"], "월 강수량(mm)", 100, 400),
        ("두 반", ["1반", "2반"], ["미세먼지", "황사", "폭염"], "재난 대비 교육 참여 인원(명)", 5, 30),
        ("세 지역", ["가 지역", "나 지역", "다 지역"], ["2010년", "2020년"], "연평균 기온(°C)", 10, 16),
        ("두 가게", ["가 가게", "나 가게"], ["김밥", "라면", "떡볶이", "순대"], "판매 가격(백 원)", 20, 60),
    ])
    title, rows_l, cols_l, what, lo, hi = ctx
    M = [[rng.randint(lo, hi) for _ in cols_l] for _ in rows_l]
    table = "| 구분 | " + " | ".join(cols_l) + " |\n" + "\n".join(f"| {r} | " + " | ".join(str(v) for v in row) + " |" for r, row in zip(rows_l, M, strict=True))
    i, j = rng.randint(1, len(rows_l)), rng.randint(1, len(cols_l))
    kind = rng.choice(["write", "entry-meaning"])
    if kind == "write":
        text = (f"다음 표는 {title}의 {what}을 조사한 것이다.\n{table}\n"
                f"표의 각 행은 {title}, 각 열은 항목을 나타내도록 행렬 A로 나타내고, A의 ({i}, {j}) 성분이 뜻하는 것을 {_end(rng, '쓰')}")
        ans = f"A = {_mat_ans(M)}; ({i}, {j}) 성분 {M[i - 1][j - 1]}은 {rows_l[i - 1]}의 {cols_l[j - 1]} {what.split('(')[0]}"
        diff = 2
    else:
        T = [list(col) for col in zip(*M, strict=True)]
        text = (f"다음 표는 {title}의 {what}을 조사한 것이다.\n{table}\n"
                f"이 표를 행은 항목({', '.join(cols_l)}), 열은 {title}을 나타내는 행렬 B로 나타낼 때, B의 크기와 B를 {_end(rng, '쓰')}")
        ans = f"{len(cols_l)}×{len(rows_l)} 행렬, B = {_mat_ans(T)}"
        diff = 3
    text = text.replace(f"{what}을", josa(what.split("(")[0], "을/를") + f"({what.split('(')[1]}" if "(" in what else josa(what, "을/를")) if False else text
    text = text.replace(f"{title}을 나타내는", josa(title, "을/를") + " 나타내는")

    def chk() -> bool:
        mm = sp.Matrix(M)
        return (mm.shape == (len(rows_l), len(cols_l))) and (kind == "write" or sp.Matrix(mm.T).tolist() == [list(r) for r in zip(*M, strict=True)])
    _ = st
    return Problem(text=text, answer=ans, format="data", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["행렬", "행", "열", "성분"], also=list(_BASIC_41), check=chk)


@family("10공수1-04-01", "road-network-matrix")
def _m41_roads(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([3, 3, 4])
    towns = rng.choice([["A", "B", "C", "D"], ["가", "나", "다", "라"], ["P", "Q", "R", "S"]])[:k]
    roads = {}
    while sum(roads.values()) < 2:
        for i, j in itertools.combinations(range(k), 2):
            roads[(i, j)] = rng.choice([0, 1, 1, 2])
    M = [[0 if i == j else roads[(min(i, j), max(i, j))] for j in range(k)] for i in range(k)]
    desc = ", ".join(f"{towns[i]}와 {towns[j]} 사이에 {c}개" for (i, j), c in roads.items() if c) or "없음"
    desc = ", ".join(f"{josa(towns[i], '과/와')} {towns[j]} 사이에 {c}개" for (i, j), c in roads.items() if c)
    kind = rng.choice(["write", "read"])
    if kind == "write":
        text = (f"{k}개의 마을 {', '.join(towns)} 사이에 직접 연결된 도로가 {desc} 있다. "
                f"i번째 마을에서 j번째 마을로 직접 가는 도로의 수를 (i, j) 성분으로 하는 행렬을 {_end(rng)} (단, 같은 마을끼리는 0으로 한다.)")
        ans = _mat_ans(M)
        diff = 2
    else:
        text = (f"{k}개의 도시 {', '.join(towns)} 사이의 직접 연결된 도로의 수를 나타낸 행렬이 {_mat(M, st)}이다. "
                f"(i, j) 성분은 i번째 도시와 j번째 도시를 직접 잇는 도로의 수이다. 도로는 모두 몇 개이며, 도로가 가장 많이 연결된 도시는 어디인지 {_end(rng)}")
        deg = [sum(r) for r in M]
        best = [towns[i] for i in range(k) if deg[i] == max(deg)]
        ans = f"{sum(map(sum, M)) // 2}개, {', '.join(best)}"
        diff = 3
    return Problem(text=text, answer=ans, format="word", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["행렬", "성분"], also=list(_BASIC_41),
                   check=lambda: sp.Matrix(M).is_symmetric() and sum(map(sum, M)) == 2 * sum(roads.values()))


@family("10공수1-04-01", "equal-matrices")
def _m41_equal(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xv, yv = rng.randint(-5, 6), rng.randint(-5, 6)
    p = rng.choice([1, 2, 3])
    q = rng.choice([v for v in (1, -1, 2, 3) if v != -p])
    c1, c2 = rng.randint(-4, 6), rng.randint(-4, 6)
    e1 = xv + yv
    e2 = p * xv - q * yv
    left = [["x + y", c1], [c2, f"{_lin(p, 0)} {'-' if q > 0 else '+'} {'' if abs(q) == 1 else abs(q)}y"]]
    right = [[e1, c1], [c2, e2]]
    swap = rng.random() < 0.4
    if swap:
        left = [["x + y", f"{c1} + a"], [c2, left[1][1]]]
        av = rng.randint(-3, 5)
        right = [[e1, c1 + av], [c2, e2]]
    if st == "unicode":
        left = [[c.replace("-", "−") if isinstance(c, str) else c for c in r] for r in left]
    text = rng.choice([
        f"두 행렬 {_mat(left, st)}, {josa(_mat(right, st), '이/가')} 서로 같을 때, 실수 x, y의 값을 {_end(rng)}",
        f"등식 {_mat(left, st)[:-1] if st == 'latex' else _mat(left, st)} = {_mat(right, st)[1:] if st == 'latex' else _mat(right, st)}이 성립하도록 하는 실수 x, y의 값을 {_end(rng)}",
    ])
    ans = f"x = {xv}, y = {yv}" + (f", a = {av}" if swap else "")
    if swap:
        text = text.replace("실수 x, y의", "실수 x, y, a의")

    def chk() -> bool:
        X_, Y_ = sp.symbols("X_ Y_")
        sol = sp.solve([X_ + Y_ - e1, p * X_ - q * Y_ - e2], [X_, Y_], dict=True)
        return len(sol) == 1 and sol[0][X_] == xv and sol[0][Y_] == yv
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["행렬", "성분"], also=list(_BASIC_41), check=chk)


@family("10공수1-04-01", "matrix-statement-mcq")
def _m41_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([(2, 3), (3, 2), (2, 2), (3, 3)])
    M = _rand_mat(rng, m, n, -4, 9)
    i, j = rng.randint(1, m), rng.randint(1, n)
    true_s = [f"A는 {m}×{n} 행렬이다.", f"A의 ({i}, {j}) 성분은 {M[i - 1][j - 1]}이다.", f"A의 성분의 개수는 {m * n}이다.",
              f"A의 제{m}행의 성분의 합은 {sum(M[m - 1])}이다."]
    wrongs = [f"A는 {n}×{m} 행렬이다." if m != n else f"A는 {m}×{n + 1} 행렬이다.",
              f"A의 ({i}, {j}) 성분은 {M[i - 1][j - 1] + 1}이다.",
              f"A의 성분의 개수는 {m + n}이다.", f"A의 제1열의 성분의 합은 {sum(r[0] for r in M) + 2}이다.",
              f"A의 제{m}행의 성분의 합은 {sum(M[m - 1]) - 1}이다.", f"A는 {m + 1}×{n} 행렬이다.",
              f"A의 성분의 개수는 {m * n + 1}이다."]
    if j <= m and i <= n and M[j - 1][i - 1] != M[i - 1][j - 1]:
        wrongs.append(f"A의 ({j}, {i}) 성분은 {M[i - 1][j - 1]}이다.")
    wrongs = [w for w in dict.fromkeys(wrongs) if w not in true_s]
    ask_true = rng.random() < 0.5
    if ask_true:
        right, wrong, stem = rng.choice(true_s), wrongs, f"행렬 {_mat(M, st, 'A')}에 대한 설명으로 옳은 것은?"
    else:
        right, wrong, stem = rng.choice(wrongs), true_s, f"행렬 {_mat(M, st, 'A')}에 대한 설명으로 옳지 않은 것은?"
    ch = choices(rng, right, wrong)

    def chk() -> bool:
        mm = sp.Matrix(M)

        def truth(t: str) -> bool:
            g = re.match(r"A는 (\d+)×(\d+) 행렬이다\.", t)
            if g:
                return mm.shape == (int(g.group(1)), int(g.group(2)))
            g = re.match(r"A의 \((\d+), (\d+)\) 성분은 (-?\d+)이다\.", t)
            if g:
                return mm[int(g.group(1)) - 1, int(g.group(2)) - 1] == int(g.group(3))
            g = re.match(r"A의 성분의 개수는 (\d+)이다\.", t)
            if g:
                return len(mm) == int(g.group(1))
            g = re.match(r"A의 제(\d+)(행|열)의 성분의 합은 (-?\d+)이다\.", t)
            if g:
                k_ = int(g.group(1)) - 1
                return sum(mm.row(k_) if g.group(2) == "행" else mm.col(k_)) == int(g.group(3))
            return False
        return all(truth(o) == (ask_true == (k == ch.correct)) for k, o in enumerate(ch.options))
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["행렬", "행", "열", "성분", "m×n 행렬"], also=list(_BASIC_41), choice=ch, check=chk)


@family("10공수1-04-01", "interpret-entry-context")
def _m41_interpret(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ctx = rng.choice([
        (["1학년", "2학년"], ["재활용", "에너지 절약", "나무 심기"], "환경 캠페인 참여 학생 수", "명"),
        (["오전", "오후"], ["버스", "지하철"], "이용객 수(천 명)", "천 명"),
        (["A 공장", "B 공장", "C 공장"], ["1분기", "2분기"], "탄소 배출량(톤)", "톤"),
        (["가 마트", "나 마트"], ["사과", "배", "감"], "1개당 가격(백 원)", "백 원"),
    ])
    rl, cl, what, _unit = ctx
    M = [[rng.randint(2, 40) for _ in cl] for _ in rl]
    i, j = rng.randint(1, len(rl)), rng.randint(1, len(cl))
    mat = _mat(M, st, "P")
    kind = rng.choice(["which", "sum-row", "diff"])
    head = (f"행렬 {mat}의 제i행은 {', '.join(rl)}을 차례로, 제j열은 {', '.join(cl)}을 차례로 나타내고, "
            f"(i, j) 성분은 그에 해당하는 {what}이다.").replace(f"{', '.join(rl)}을", josa(", ".join(rl), "을/를")).replace(f"{', '.join(cl)}을", josa(", ".join(cl), "을/를"))
    if kind == "which":
        text = f"{head} {rl[i - 1]}의 {cl[j - 1]} 항목에 해당하는 값은 몇 행 몇 열의 성분이며, 그 값은 얼마인지 {_end(rng)}"
        ans = f"제{i}행 제{j}열, {M[i - 1][j - 1]}"
        diff = 1
    elif kind == "sum-row":
        text = f"{head} 제{i}행의 모든 성분의 합은 무엇을 뜻하는지 쓰고, 그 값을 {_end(rng)}"
        ans = f"{rl[i - 1]}의 {what.split('(')[0]} 합계, {sum(M[i - 1])}"
        diff = 2
    else:
        i2 = 1 if i != 1 else 2
        i2 = min(i2, len(rl))
        text = f"{head} ({i}, {j}) 성분과 ({i2}, {j}) 성분의 차가 뜻하는 것을 쓰고, 그 값을 {_end(rng)}"
        ans = f"{cl[j - 1]}에서 {josa(rl[i - 1], '과/와')} {rl[i2 - 1]}의 {what.split('(')[0]} 차, {abs(M[i - 1][j - 1] - M[i2 - 1][j - 1])}"
        diff = 2
    return Problem(text=text, answer=ans, format="word", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["행렬", "행", "열", "성분"], also=list(_BASIC_41), check=lambda: sp.Matrix(M).shape == (len(rl), len(cl)))


@family("10공수1-04-01", "tournament-win-matrix")
def _m41_tournament(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([3, 4])
    teams = rng.choice([["A", "B", "C", "D"], ["1반", "2반", "3반", "4반"], ["청팀", "백팀", "홍팀", "황팀"]])[:k]
    W = [[0] * k for _ in range(k)]
    for i, j in itertools.combinations(range(k), 2):
        if rng.random() < 0.5:
            W[i][j] = 1
        else:
            W[j][i] = 1
    wins = [sum(r) for r in W]
    kind = rng.choice(["read", "write"])
    if kind == "read":
        text = (f"{k}개 팀 {', '.join(teams)}가 서로 한 번씩 경기를 하였다(무승부는 없다). i번째 팀이 j번째 팀을 이겼으면 1, 그렇지 않으면 0을 "
                f"(i, j) 성분으로 하는 행렬이 {_mat(W, st)}일 때, 가장 많이 이긴 팀과 그 팀의 승수를 {_end(rng)}")
        best = max(range(k), key=lambda t: wins[t])
        if wins.count(max(wins)) > 1:
            ans = ", ".join(teams[t] for t in range(k) if wins[t] == max(wins)) + f", {max(wins)}승"
        else:
            ans = f"{teams[best]}, {wins[best]}승"
        diff = 2
    else:
        res = "; ".join(f"{josa(teams[i], '이/가')} {josa(teams[j], '을/를')} 이김" if W[i][j] else f"{josa(teams[j], '이/가')} {josa(teams[i], '을/를')} 이김"
                        for i, j in itertools.combinations(range(k), 2))
        text = (f"{k}개 팀 {', '.join(teams)}의 리그전 결과가 다음과 같다.\n{res}\n"
                f"i번째 팀이 j번째 팀을 이겼으면 (i, j) 성분을 1, 그렇지 않으면 0으로 하는 행렬을 {_end(rng)}")
        ans = _mat_ans(W)
        diff = 2
    text = text.replace(f"{', '.join(teams)}가", josa(", ".join(teams), "이/가"))
    return Problem(text=text, answer=ans, format="word" if kind == "read" else "task", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["행렬", "성분"],
                   check=lambda: all(W[i][j] + W[j][i] == 1 for i, j in itertools.combinations(range(k), 2)) and sum(wins) == k * (k - 1) // 2)


@family("10공수1-04-01", "square-zero-identity")
def _m41_kinds(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pool = []
    for _ in range(5):
        t = rng.choice(["sq", "zero", "id", "rect", "rowvec", "colvec"])
        if t == "sq":
            M = _rand_mat(rng, 2, 2, -3, 5)
        elif t == "zero":
            zc = rng.choice([1, 2, 3])
            M = [[0] * zc for _ in range(rng.choice([1, 2]))]
        elif t == "id":
            n = rng.choice([2, 3])
            M = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
        elif t == "rect":
            M = _rand_mat(rng, 2, 3, -3, 5)
        elif t == "rowvec":
            M = _rand_mat(rng, 1, rng.choice([2, 3]), -3, 5)
        else:
            M = _rand_mat(rng, rng.choice([2, 3]), 1, -3, 5)
        pool.append(M)
    ask = rng.choice(["square", "zero", "id"])
    word = {"square": "정사각행렬", "zero": "영행렬", "id": "단위행렬"}[ask]

    def is_kind(M: list[list[int]]) -> bool:
        mm = sp.Matrix(M)
        if ask == "square":
            return mm.is_square
        if ask == "zero":
            return mm.is_zero_matrix
        return mm.is_square and mm == sp.eye(mm.rows)
    cnt = sum(1 for M in pool if is_kind(M))
    listed = ",  ".join(_mat(M, st) for M in pool)
    text = rng.choice([f"다음 행렬 중 {josa(word, '은/는')} 모두 몇 개인지 {_end(rng)}\n{listed}",
                       f"다섯 개의 행렬 {listed} 중에서 {josa(word, '인/인')[:-1]}인 것의 개수를 {_end(rng)}"])

    def chk() -> bool:
        c2 = 0
        for M in pool:
            r_, c_ = len(M), len(M[0])
            if ask == "square":
                c2 += r_ == c_
            elif ask == "zero":
                c2 += all(v == 0 for row in M for v in row)
            else:
                c2 += r_ == c_ and all(M[i][j] == (1 if i == j else 0) for i in range(r_) for j in range(c_))
        return c2 == cnt
    return Problem(text=text, answer=str(cnt), format="computation", difficulty=1, achievement_level="E",
                   concepts=["행렬", word, "m×n 행렬"], also=list(_BASIC_41), check=chk)


@family("10공수1-04-01", "count-entries-condition")
def _m41_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([(3, 3), (3, 4), (4, 3), (4, 4), (2, 5)])
    rule = rng.choice(_RULES[:6])
    f = rule[1]
    cond = rng.choice(["even", "positive", "gt"])
    t = rng.randint(2, 6)
    vals = [f(i, j) for i in range(1, m + 1) for j in range(1, n + 1)]
    desc = {"even": "짝수인 성분", "positive": "양수인 성분", "gt": f"{t}보다 큰 성분"}[cond]
    cnt = sum(1 for v in vals if (v % 2 == 0 if cond == "even" else v > 0 if cond == "positive" else v > t))
    rtxt = _rule_txt(rule, st)
    text = rng.choice([f"{m}×{n} 행렬 A의 (i, j) 성분 aᵢⱼ에 대하여 {rtxt}일 때, A의 성분 중 {desc}의 개수를 {_end(rng)}",
                       f"(i, j) 성분이 {rtxt}인 {m}×{n} 행렬에서 {desc}은 모두 몇 개인가?"])
    if st == "plain":
        text = text.replace("aᵢⱼ", "a_ij")
    text = text.replace(f"{desc}은", josa(desc, "은/는"))

    def chk() -> bool:
        mm = sp.Matrix(m, n, lambda i, j: f(i + 1, j + 1))
        return cnt == sum(1 for v in mm if (v % 2 == 0 if cond == "even" else v > 0 if cond == "positive" else v > t))
    return Problem(text=text, answer=str(cnt), format="computation", difficulty=3, achievement_level="C",
                   concepts=["행렬", "성분", "m×n 행렬"], check=chk)


# ================================================================================================
# 10공수1-04-02 행렬의 연산
# ================================================================================================
_BASIC_42 = ["10기수1-04-02"]


def _mm(P: list[list[int]], Q: list[list[int]]) -> list[list[int]]:
    return [[sum(P[i][k] * Q[k][j] for k in range(len(Q))) for j in range(len(Q[0]))] for i in range(len(P))]


def _lincomb(p: int, P: list[list[int]], q: int, Q: list[list[int]]) -> list[list[int]]:
    return [[p * a + q * b for a, b in zip(r1, r2, strict=True)] for r1, r2 in zip(P, Q, strict=True)]


def _coef_name(c: int, lab: str) -> str:
    if c == 1:
        return lab
    if c == -1:
        return f"-{lab}"
    return f"{c}{lab}"


def _combo_txt(p: int, q: int, a: str = "A", b: str = "B") -> str:
    return _coef_name(p, a) + (f" + {_coef_name(q, b)}" if q > 0 else f" - {_coef_name(-q, b)}")


@family("10공수1-04-02", "linear-combination")
def _m42_comb(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([(2, 2), (2, 2), (2, 3), (1, 3), (3, 2)])
    A, B = _rand_mat(rng, m, n, -5, 6), _rand_mat(rng, m, n, -5, 6)
    p = rng.choice([1, 2, 3, -1, -2])
    q = rng.choice([1, 2, -1, -3, 3, -2])
    R = _lincomb(p, A, q, B)
    expr = _r(_combo_txt(p, q), st)
    ask = rng.choice(["matrix", "matrix", "sum"])
    given = f"두 행렬 {_mat(A, st, 'A')}, {_mat(B, st, 'B')}에 대하여"
    if ask == "matrix":
        text = rng.choice([f"{given} {josa(expr, '을/를')} {_end(rng)}", f"{given} 행렬 {josa(expr, '을/를')} 계산하시오."])
        ans = _mat_ans(R)
    else:
        text = f"{given} 행렬 {expr}의 모든 성분의 합을 {_end(rng)}"
        ans = str(sum(map(sum, R)))

    def chk() -> bool:
        M_ = p * sp.Matrix(A) + q * sp.Matrix(B)
        return ans == (_mat_ans(M_.tolist()) if ask == "matrix" else str(sum(M_)))
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["행렬", "성분"], also=list(_BASIC_42), check=chk)


@family("10공수1-04-02", "solve-matrix-equation")
def _m42_solve(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["single", "system"])
    if kind == "single":
        Xm = _rand_mat(rng, 2, 2, -4, 6)
        A = _rand_mat(rng, 2, 2, -4, 6)
        a, b, c = rng.choice([(2, 1, 1), (3, 1, 2), (3, 2, 1), (2, -1, 3), (2, 2, 1), (3, 3, 2)])  # a X − b A = c X + B
        # B = (a − c) X − b A
        B = _lincomb(a - c, Xm, -b, A)
        bterm = f"{'-' if b > 0 else '+'} {'' if abs(b) == 1 else abs(b)}A"
        eq = _r(f"{a}(X - A) = {'' if c == 1 else c}X + B" if b == a else f"{a}X {bterm} = {'' if c == 1 else c}X + B", st)
        text = rng.choice([f"두 행렬 {_mat(A, st, 'A')}, {josa(_mat(B, st, 'B'), '에/에')[:-1]}에 대하여 등식 {josa(eq, '을/를')} 만족시키는 행렬 X를 {_end(rng)}",
                           f"{_mat(A, st, 'A')}, {_mat(B, st, 'B')}일 때, {josa(eq, '이/가')} 성립하도록 하는 행렬 X를 {_end(rng)}"])
        ans = _mat_ans(Xm)

        def chk() -> bool:
            XX = sp.Matrix(2, 2, sp.symbols("p0:4"))
            sol = sp.solve(list(a * XX - b * sp.Matrix(A) - c * XX - sp.Matrix(B)), list(XX.free_symbols), dict=True)
            return len(sol) == 1 and _mat_ans(XX.subs(sol[0]).tolist()) == ans
        diff = 2
    else:
        Xm, Ym = _rand_mat(rng, 2, 2, -4, 6), _rand_mat(rng, 2, 2, -4, 6)
        k = rng.choice([1, 2])
        P, Q = _lincomb(1, Xm, 1, Ym), _lincomb(1, Xm, -k, Ym)
        e1, e2 = _r("X + Y = A", st), _r(f"X - {'' if k == 1 else k}Y = B", st)
        text = (f"두 행렬 {_mat(P, st, 'A')}, {_mat(Q, st, 'B')}에 대하여 {e1}, {josa(e2, '을/를')} 만족시키는 두 행렬 X, Y를 {_end(rng)}")
        ans = f"X = {_mat_ans(Xm)}, Y = {_mat_ans(Ym)}"

        def chk() -> bool:
            Y_ = (sp.Matrix(P) - sp.Matrix(Q)) / (1 + k)
            X_ = sp.Matrix(P) - Y_
            return ans == f"X = {_mat_ans(X_.tolist())}, Y = {_mat_ans(Y_.tolist())}"
        diff = 3
    return Problem(text=text, answer=ans, format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["행렬", "성분"], check=chk)


_SHAPES = ((1, 2, 2), (2, 1, 2), (1, 2, 1), (2, 2, 1), (1, 2, 2), (2, 2, 2), (2, 2, 2))


@family("10공수1-04-02", "product-compute")
def _m42_product(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, k, n = rng.choice(_SHAPES)
    A, B = _rand_mat(rng, m, k, -4, 5), _rand_mat(rng, k, n, -4, 5)
    P = _mm(A, B)
    ask = rng.choice(["matrix", "matrix", "entry"])
    if ask == "matrix":
        text = rng.choice([f"두 행렬 {_mat(A, st, 'A')}, {_mat(B, st, 'B')}에 대하여 행렬 AB를 {_end(rng)}",
                           f"다음을 계산하시오.\n{_mat(A, st)}{'' if st == 'latex' else ' '}{_mat(B, st)}",
                           f"행렬의 곱 {_josa((_mat(A, st) + _mat(B, st)).replace('$$', ''), '을/를')} {_end(rng)}"])
        ans = _mat_ans(P)
    else:
        i, j = rng.randint(1, m), rng.randint(1, n)
        text = f"두 행렬 {_mat(A, st, 'A')}, {_mat(B, st, 'B')}에 대하여 행렬 AB의 ({i}, {j}) 성분을 {_end(rng)}"
        ans = str(P[i - 1][j - 1])
    text = text.replace("$$", "")
    text = re.sub(r"\)}를 ", ")}을 ", text) if False else text

    def chk() -> bool:
        M_ = sp.Matrix(A) * sp.Matrix(B)
        return ans == (_mat_ans(M_.tolist()) if ask == "matrix" else str(M_[i - 1, j - 1]))
    diff = 2 if (m, k, n) != (2, 2, 2) else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["행렬", "성분", "행렬의 곱셈"], also=list(_BASIC_42), check=chk)


@family("10공수1-04-02", "product-defined-mcq")
def _m42_defined(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sizes = {"A": (2, 1), "B": (1, 2), "C": (2, 2)}
    mats = {k_: _rand_mat(rng, *v, -3, 4) for k_, v in sizes.items()}
    prods = ["AB", "BA", "CA", "AC", "BC", "CB", "A²", "C²", "AB + C", "BA + C"]

    def defined(pr: str) -> tuple[bool, tuple[int, int] | None]:
        def sz(term: str) -> tuple[int, int] | None:
            if term.endswith("²"):
                r_, c_ = sizes[term[0]]
                return (r_, c_) if r_ == c_ else None
            r_, c_ = sizes[term[0]]
            for ch_ in term[1:]:
                r2, c2 = sizes[ch_]
                if c_ != r2:
                    return None
                c_ = c2
            return (r_, c_)
        parts = [sz(t) for t in pr.split(" + ")]
        if any(p_ is None for p_ in parts) or len(set(parts)) > 1:
            return False, None
        return True, parts[0]
    ok = [p_ for p_ in prods if defined(p_)[0]]
    bad = [p_ for p_ in prods if not defined(p_)[0]]
    ask_bad = rng.random() < 0.5
    if ask_bad:
        right, wrong, q = rng.choice(bad), ok, "다음 중 계산할 수 없는 것은?"
    else:
        right, wrong, q = rng.choice(ok), bad, "다음 중 계산할 수 있는 것은?"
    ch = choices(rng, right, wrong)
    given = f"세 행렬 {_mat(mats['A'], st, 'A')}, {_mat(mats['B'], st, 'B')}, {_mat(mats['C'], st, 'C')}에 대하여 {q}"

    def chk() -> bool:
        def can(pr: str) -> bool:
            try:
                env = {k_: sp.Matrix(v) for k_, v in mats.items()}
                expr = pr.replace("²", "**2").replace("AB", "A*B").replace("BA", "B*A").replace("CA", "C*A").replace("AC", "A*C").replace("BC", "B*C").replace("CB", "C*B")
                eval(expr, {"__builtins__": {}}, env)
                return True
            except Exception:
                return False
        return all(can(o) == (not ask_bad if k_ == ch.correct else ask_bad) for k_, o in enumerate(ch.options))
    return Problem(text=with_choices(given, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["행렬", "행렬의 곱셈", "m×n 행렬"], also=list(_BASIC_42), choice=ch, check=chk)


@family("10공수1-04-02", "price-quantity-product")
def _m42_real(rng: random.Random) -> Problem:
    ctx = rng.choice([
        (["민준", "서연"], ["공책", "볼펜"], "권·자루", ["가 문구점", "나 문구점"], (3, 8), (5, 15)),
        (["1모둠", "2모둠"], ["김밥", "음료"], "개", ["가 가게", "나 가게"], (2, 9), (10, 30)),
        (["A 학교", "B 학교"], ["사과", "배"], "상자", ["가 농장", "나 농장"], (2, 7), (20, 40)),
    ])
    who, items, _u, stores, qr, pr = ctx
    Q = [[rng.randint(*qr) for _ in items] for _ in who]
    single = rng.random() < 0.4
    if single:
        Pm = [[rng.randint(*pr) * 100] for _ in items]
        Pt = "| 품목 | 가격(원) |\n" + "\n".join(f"| {it} | {Pm[k_][0]} |" for k_, it in enumerate(items))
    else:
        Pm = [[rng.randint(*pr) * 100 for _ in stores] for _ in items]
        Pt = "| 품목 | " + " | ".join(stores) + " |\n" + "\n".join(f"| {it} | " + " | ".join(str(v) for v in Pm[k_]) + " |" for k_, it in enumerate(items))
    Qt = "| 구분 | " + " | ".join(items) + " |\n" + "\n".join(f"| {w} | " + " | ".join(str(v) for v in Q[k_]) + " |" for k_, w in enumerate(who))
    R = _mm(Q, Pm)
    if single:
        text = (f"[표 1]은 {josa(', '.join(who), '이/가')} 사려는 물건의 개수이고, [표 2]는 물건 한 개의 가격이다.\n[표 1]\n{Qt}\n[표 2]\n{Pt}\n"
                f"[표 1], [표 2]를 각각 행렬 Q, P로 나타낼 때, 행렬 QP를 구하고 각 성분이 뜻하는 것을 {_end(rng, '쓰')}")
        ans = f"QP = {_mat_ans(R)}; 각 성분은 차례로 {josa(', '.join(who), '이/가')} 지불할 금액"
    else:
        i, j = rng.randint(1, 2), rng.randint(1, 2)
        text = (f"[표 1]은 {', '.join(who)}이 사려는 물건의 개수이고, [표 2]는 두 가게의 물건 한 개의 가격(원)이다.\n[표 1]\n{Qt}\n[표 2]\n{Pt}\n"
                f"[표 1], [표 2]를 각각 행렬 Q, P로 나타낼 때, 행렬 QP의 ({i}, {j}) 성분을 구하고 그 뜻을 {_end(rng, '쓰')}")
        ans = f"{R[i - 1][j - 1]}, {who[i - 1]}이 {stores[j - 1]}에서 물건을 살 때 지불할 금액"
        text = text.replace(f"{', '.join(who)}이", josa(", ".join(who), "이/가"))
        ans = ans.replace(f"{who[i - 1]}이", josa(who[i - 1], "이/가"))

    def chk() -> bool:
        return (sp.Matrix(Q) * sp.Matrix(Pm)).tolist() == R
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["행렬", "행렬의 곱셈", "성분"], also=list(_BASIC_42), check=chk)


@family("10공수1-04-02", "matrix-power")
def _m42_power(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["square", "cube", "shear-n", "diag-n"])
    if kind in ("square", "cube"):
        A = _rand_mat(rng, 2, 2, -3, 3)
        e = 2 if kind == "square" else 3
        R = A
        for _ in range(e - 1):
            R = _mm(R, A)
        text = rng.choice([f"행렬 {_mat(A, st, 'A')}에 대하여 {_r(f'A^{e}', st)}을 {_end(rng)}",
                           f"{_mat(A, st, 'A')}일 때, 행렬 {_r(f'A^{e}', st)}의 모든 성분의 합을 {_end(rng)}"])
        ans = _mat_ans(R) if "모든 성분의 합" not in text else str(sum(map(sum, R)))
        chk = lambda: ans == (_mat_ans((sp.Matrix(A) ** e).tolist()) if "모든 성분의 합" not in text else str(sum(sp.Matrix(A) ** e)))  # noqa: E731
        diff = 2 if e == 2 else 3
    elif kind == "shear-n":
        a = rng.choice([1, 2, -1, 3])
        n = rng.choice([5, 10, 20, 50])
        low = rng.random() < 0.5
        A = [[1, 0], [a, 1]] if low else [[1, a], [0, 1]]
        R = [[1, 0], [a * n, 1]] if low else [[1, a * n], [0, 1]]
        text = (f"행렬 {_mat(A, st, 'A')}에 대하여 {_r('A^2', st)}, {josa(_r('A^3', st), '을/를')} 차례로 계산하여 규칙을 찾고, "
                f"이를 이용하여 {_r(f'A^{{{n}}}' if st == 'latex' else f'A^{n}', st).replace('^{{', '^{').replace('}}', '}')}의 모든 성분의 합을 {_end(rng)}")
        ans = str(sum(map(sum, R)))
        chk = lambda: ans == str(sum(sp.Matrix(A) ** n))  # noqa: E731
        diff = 4
    else:
        p, q = rng.choice([(1, -1), (2, 1), (-1, 2), (1, 2), (-1, 1)])
        n = rng.choice([4, 5, 6, 10])
        A = [[p, 0], [0, q]]
        text = f"행렬 {_mat(A, st, 'A')}에 대하여 {_r(f'A^{n}', st).replace('^10', '^{10}') if st == 'latex' else _r(f'A^{n}', st)}을 {_end(rng)}"
        R = [[p ** n, 0], [0, q ** n]]
        ans = _mat_ans(R)
        chk = lambda: ans == _mat_ans((sp.Matrix(A) ** n).tolist())  # noqa: E731
        diff = 3
    return Problem(text=text, answer=ans, format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["행렬", "행렬의 곱셈"], check=chk)


@family("10공수1-04-02", "unknowns-from-product")
def _m42_unknowns(rng: random.Random) -> Problem:
    st = pick_style(rng)
    av, bv = rng.randint(-4, 5), rng.randint(-4, 5)
    A = [[av, rng.randint(-3, 3)], [rng.randint(-3, 4), bv]]
    B = _rand_mat(rng, 2, 1, -3, 4)
    while B[0][0] == 0 or B[1][0] == 0:
        B = _rand_mat(rng, 2, 1, -3, 4)
    R = _mm(A, B)
    Ashow = [["a", A[0][1]], [A[1][0], "b"]]
    ask = rng.choice(["each", "sum", "prod"])
    tail = {"each": ("상수 a, b의 값을 각각 " + _end(rng), f"a = {av}, b = {bv}"), "sum": ("a + b의 값을 " + _end(rng), str(av + bv)),
            "prod": ("ab의 값을 " + _end(rng), str(av * bv))}[ask]
    if st == "latex":
        eq = f"${_mat(Ashow, st)[1:-1]}{_mat(B, st)[1:-1]} = {_mat(R, st)[1:-1]}$"
    else:
        eq = f"{_mat(Ashow, st)}{_mat(B, st)} = {_mat(R, st)}"
    text = rng.choice([f"등식 {eq}가 성립할 때, {tail[0]}", f"다음 등식을 만족시키는 {tail[0]}\n{eq}".replace("만족시키는 a + b", "만족시키는 상수 a, b에 대하여 a + b").replace("만족시키는 ab", "만족시키는 상수 a, b에 대하여 ab")])
    text = text.replace(f"{eq}가", _josa(eq, "이/가") if st != "latex" else eq + josa(str(R[1][0]), "이/가")[len(str(R[1][0])):])

    def chk() -> bool:
        a_, b_ = sp.symbols("a_ b_")
        sol = sp.solve(list(sp.Matrix([[a_, A[0][1]], [A[1][0], b_]]) * sp.Matrix(B) - sp.Matrix(R)), [a_, b_], dict=True)
        return len(sol) == 1 and sol[0][a_] == av and sol[0][b_] == bv
    return Problem(text=text, answer=tail[1], format="computation", difficulty=3, achievement_level="C",
                   concepts=["행렬", "행렬의 곱셈", "성분"], check=chk)


@family("10공수1-04-02", "commutativity-check")
def _m42_commute(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        A, B = _rand_mat(rng, 2, 2, -3, 4), _rand_mat(rng, 2, 2, -3, 4)
        if _mm(A, B) != _mm(B, A):
            break
    kind = rng.choice(["ab-ba", "square-expand"])
    if kind == "ab-ba":
        D = _lincomb(1, _mm(A, B), -1, _mm(B, A))
        text = (f"두 행렬 {_mat(A, st, 'A')}, {_mat(B, st, 'B')}에 대하여 AB와 BA를 각각 구하고, {_r('AB - BA', st)}를 {rng.choice(['구하시오.', '구하여라.', '구하세요.'])} "
                f"또한 이 결과로부터 행렬의 곱셈에 대하여 알 수 있는 사실을 {rng.choice(['설명하시오.', '쓰시오.', '말해 보시오.'])}")
        ans = f"AB = {_mat_ans(_mm(A, B))}, BA = {_mat_ans(_mm(B, A))}, AB − BA = {_mat_ans(D)}; 일반적으로 AB ≠ BA이다."
        chk = lambda: (sp.Matrix(A) * sp.Matrix(B) - sp.Matrix(B) * sp.Matrix(A)).tolist() == D  # noqa: E731
    else:
        S = _lincomb(1, A, 1, B)
        lhs = _mm(S, S)
        rhs = _lincomb(1, _lincomb(1, _mm(A, A), 2, _mm(A, B)), 1, _mm(B, B))
        text = (f"두 행렬 {_mat(A, st, 'A')}, {_mat(B, st, 'B')}에 대하여 {_r('(A + B)^2', st)}과 {_r('A^2 + 2AB + B^2', st)}을 각각 계산하여 비교하고, "
                f"두 결과가 같지 않은 이유를 {rng.choice(['설명하시오.', '서술하시오.'])}")
        ans = f"(A + B)² = {_mat_ans(lhs)}, A² + 2AB + B² = {_mat_ans(rhs)}; (A + B)² = A² + AB + BA + B²이고 AB ≠ BA이기 때문이다."
        chk = lambda: ((sp.Matrix(A) + sp.Matrix(B)) ** 2).tolist() == lhs and lhs != rhs  # noqa: E731
    text = text.replace("AB - BA$를", "AB - BA$를")
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A" if kind == "square-expand" else "B",
                   concepts=["행렬", "행렬의 곱셈"], check=chk)


@family("10공수1-04-02", "product-entry-sum-mcq")
def _m42_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, B = _rand_mat(rng, 2, 2, -3, 4), _rand_mat(rng, 2, 2, -3, 4)
    AB, BA = _mm(A, B), _mm(B, A)
    val = sum(map(sum, AB))
    had = sum(A[i][j] * B[i][j] for i in range(2) for j in range(2))
    wrong = [sum(map(sum, BA)), had, val + 2, val - 2, sum(map(sum, A)) * sum(map(sum, B)), val + 1, val - 1]
    ch = choices(rng, str(val), [str(w) for w in wrong if w != val], sort_key=int)
    stem = rng.choice([f"두 행렬 {_mat(A, st, 'A')}, {_mat(B, st, 'B')}에 대하여 행렬 AB의 모든 성분의 합은?",
                       f"{_mat(A, st, 'A')}, {_mat(B, st, 'B')}일 때, 행렬 AB의 성분의 총합은?"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["행렬", "행렬의 곱셈", "성분"], also=list(_BASIC_42), choice=ch,
                   check=lambda: sum(sp.Matrix(A) * sp.Matrix(B)) == val)


@family("10공수1-04-02", "identity-matrix-expression")
def _m42_identity(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = _rand_mat(rng, 2, 2, -3, 4)
    tr = A[0][0] + A[1][1]
    det = A[0][0] * A[1][1] - A[0][1] * A[1][0]
    kind = rng.choice(["compute", "find-pq"])
    if kind == "compute":
        p, q = rng.randint(-3, 4), rng.choice([v for v in range(-4, 5) if v])
        R = _lincomb(1, _lincomb(1, _mm(A, A), -p, A), q, [[1, 0], [0, 1]])
        expr = "A^2" + (f" - {p}A" if p > 0 else f" + {-p}A" if p < 0 else "") + (f" + {q}E" if q > 0 else f" - {-q}E" if q < 0 else "")
        expr = expr.replace(" 1A", " A").replace(" 1E", " E")
        text = f"행렬 {_mat(A, st, 'A')}와 단위행렬 E에 대하여 행렬 {_r(expr, st)}를 {_end(rng)}"
        ans = _mat_ans(R)
        chk = lambda: (sp.Matrix(A) ** 2 - p * sp.Matrix(A) + q * sp.eye(2)).tolist() == R  # noqa: E731
        diff = 3
    else:
        while A[0][1] == 0 and A[1][0] == 0:
            A = _rand_mat(rng, 2, 2, -3, 4)
            tr = A[0][0] + A[1][1]
            det = A[0][0] * A[1][1] - A[0][1] * A[1][0]
        text = (f"행렬 {_mat(A, st, 'A')}에 대하여 {_r('A^2 = pA + qE', st)}가 성립할 때, 실수 p, q의 값을 {_end(rng)} (단, E는 단위행렬이다.)")
        ans = f"p = {tr}, q = {-det}"

        def chk() -> bool:
            p_, q_ = sp.symbols("p_ q_")
            sol = sp.solve(list(sp.Matrix(A) ** 2 - p_ * sp.Matrix(A) - q_ * sp.eye(2)), [p_, q_], dict=True)
            return len(sol) == 1 and sol[0][p_] == tr and sol[0][q_] == -det
        diff = 4
    text = text.replace(f"{_mat(A, st, 'A')}와", _josa(_mat(A, st, "A"), "과/와") if st != "latex" else _mat(A, st, "A") + "와")
    return Problem(text=text, answer=ans, format="computation", difficulty=diff, achievement_level=secondary_level(diff),
                   concepts=["행렬", "행렬의 곱셈", "단위행렬"], check=chk)


@family("10공수1-04-02", "scalar-coefficients")
def _m42_scalars(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        A, B = _rand_mat(rng, 2, 2, -3, 4), _rand_mat(rng, 2, 2, -3, 4)
        if sp.Matrix([[A[0][0], B[0][0]], [A[0][1], B[0][1]]]).det() != 0:
            break
    xv, yv = rng.choice([v for v in range(-4, 5) if v]), rng.choice([v for v in range(-4, 5) if v])
    C = _lincomb(xv, A, yv, B)
    text = rng.choice([f"세 행렬 {_mat(A, st, 'A')}, {_mat(B, st, 'B')}, {_mat(C, st, 'C')}에 대하여 {_r('xA + yB = C', st)}를 만족시키는 실수 x, y의 값을 {_end(rng)}",
                       f"{_mat(A, st, 'A')}, {_mat(B, st, 'B')}일 때, {_r('xA + yB', st)}가 행렬 {josa(_mat(C, st), '과/와')} 같아지도록 하는 실수 x, y에 대하여 x + y의 값을 {_end(rng)}"])
    ans = f"x = {xv}, y = {yv}" if "x + y의 값" not in text else str(xv + yv)

    def chk() -> bool:
        x_, y_ = sp.symbols("x_ y_")
        sol = sp.solve(list(x_ * sp.Matrix(A) + y_ * sp.Matrix(B) - sp.Matrix(C)), [x_, y_], dict=True)
        return len(sol) == 1 and sol[0][x_] == xv and sol[0][y_] == yv
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["행렬", "성분"], check=chk)
