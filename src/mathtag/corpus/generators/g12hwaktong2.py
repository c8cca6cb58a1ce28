"""Generators for 확률과 통계 (고등학교 일반 선택), domain 03 통계: 12확통03-01 … 12확통03-07.

Private helpers (module-local, prefixed ``_``):

* ``_r(tex, st)`` renders a small LaTeX subset used in statistics (``\\frac``, ``\\sqrt``, ``^{…}``,
  ``\\mathrm{P}``, ``\\sigma``, ``\\overline{X}``, ``\\hat{p}``, ``{}_{n}\\mathrm{C}_{r}``, ``\\le`` …) in
  style ``st``: LaTeX wrapped in ``$…$``, Unicode (``σ(X)``, ``X̄``, ``p̂``, ``₅C₂``, ``4²``) or plain
  ASCII-ish (``5C2``, ``4^2``, ``<=``).
* ``_jr(tex, st, pair)`` the same followed by the particle that fits how the formula is read.
* ``_ztab(rng, zs, st)`` a small standard normal table (z → P(0 ≤ Z ≤ z)) as text, in one of several
  layouts (column table, row table, or the "(단, …)" sentence).
* ``bogi(rng, stmts)`` a <보기> block (ㄱ, ㄴ, ㄷ) and the ①~⑤ choice of the true subset.
* ``_pts(rng, d)`` an optional 수능-style score marker ``[3점]`` / ``[4점]``.
* ``_tbl(head, rows)`` a distribution table as text (``X | 0 | 1 | 2 | 합계``).
"""

from __future__ import annotations

import itertools
import math as _m
import random
import re
from decimal import Decimal
from fractions import Fraction as Fr

import sympy as sp

from mathtag.corpus.generators.base import Problem, family, secondary_level
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import bogi, bogi_question, choices, with_choices
from mathtag.corpus.notation import pick_style

# -- notation ------------------------------------------------------------------------------------
_SUPMAP = dict(zip("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻", strict=True))
_SUBMAP = dict(zip("0123456789nrx", "₀₁₂₃₄₅₆₇₈₉ₙᵣₓ", strict=True))
_INNER = r"([^{}]*)"


def _atomic(s: str) -> bool:
    return bool(re.fullmatch(r"[-−]?[\w.√⁰¹²³⁴⁵⁶⁷⁸⁹σ̄̂]+|\([^()]*\)|[\w]+\([^()]*\)", s))


def _wrap(s: str) -> str:
    return s if _atomic(s) else f"({s})"


def _sup(e: str, st: str) -> str:
    if st == "unicode" and all(c in _SUPMAP for c in e):
        return "".join(_SUPMAP[c] for c in e)
    return "^" + (e if re.fullmatch(r"\w+", e) and len(e) <= 2 else f"({e})")


def _comb(n: str, k: str, st: str) -> str:
    if st == "unicode" and all(c in _SUBMAP for c in n + k):
        return "".join(_SUBMAP[c] for c in n) + "C" + "".join(_SUBMAP[c] for c in k)
    return f"{n}C{k}" if len(n) == 1 or (n.isdigit() and k.isalnum()) else f"({n})C({k})"


def _r(tex: str, st: str) -> str:
    """Render LaTeX-lite ``tex`` in style ``st``."""
    if st == "latex":
        return f"${tex}$"
    s = tex.replace("\\dfrac", "\\frac").replace("\\left", "").replace("\\right", "")
    s = s.replace("\\{", "⦃").replace("\\}", "⦄").replace("\\,", "").replace("\\;", " ")
    s = re.sub(r"\\mathrm\{(\w+)\}", r"\1", s)
    s = re.sub(r"\\overline\{(\w)\}", "\\1\u0304", s)
    s = re.sub(r"\\bar\{(\w)\}", "\\1\u0304", s)
    s = re.sub(r"\\hat\{(\w)\}", "\\1\u0302", s)
    s = re.sub(r"\{\}_\{(\w+)\}C_\{(\w+)\}", lambda m: _comb(m.group(1), m.group(2), st), s)
    for _ in range(8):
        old = s
        s = re.sub(r"\\frac\{" + _INNER + r"\}\{" + _INNER + r"\}",
                   lambda m: f"{_wrap(m.group(1))}/{_wrap(m.group(2))}", s)
        s = re.sub(r"\\sqrt\{" + _INNER + r"\}", lambda m: "√" + _wrap(m.group(1)), s)
        s = re.sub(r"\^\{" + _INNER + r"\}", lambda m: _sup(m.group(1), st), s)
        if s == old:
            break
    s = re.sub(r"\^(\w)", lambda m: _sup(m.group(1), st), s)
    rep = {"\\times": "×", "\\div": "÷", "\\cdot": "·", "\\cdots": "…", "\\sigma": "σ", "\\pi": "π",
           "\\quad": "  ", "\\sim": "~", "\\lt": "<", "\\gt": ">", "\\pm": "±", "\\sum": "Σ", "\\mid": "|"}
    if st == "plain":
        rep.update({"\\le": "<=", "\\ge": ">=", "\\ne": "!=", "\\leq": "<=", "\\geq": ">="})
    else:
        rep.update({"\\le": "≤", "\\ge": "≥", "\\ne": "≠", "\\leq": "≤", "\\geq": "≥"})
    for k in sorted(rep, key=len, reverse=True):
        s = s.replace(k, rep[k])
    s = s.replace("{", "").replace("}", "")
    s = s.replace("⦃", "{").replace("⦄", "}")
    if st == "unicode":
        s = s.replace("-", "−")
    return s


def _jr(tex: str, st: str, pair: str) -> str:
    proxy = _r(tex, "unicode").replace("\u0304", "").replace("\u0302", "").replace("−", "-").rstrip(")")
    return _r(tex, st) + josa(proxy, pair)[len(proxy):]


def _ft(v) -> str:
    """A rational as LaTeX-lite (``\\frac{3}{8}``, ``-\\frac{1}{2}``, ``4``)."""
    v = Fr(v)
    if v.denominator == 1:
        return str(v.numerator)
    return f"{'-' if v < 0 else ''}\\frac{{{abs(v.numerator)}}}{{{v.denominator}}}"


def _fa(v) -> str:
    """A rational as answer text (``3/8``)."""
    v = Fr(v)
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


def _dec(v, places: int = 4) -> str:
    """A Decimal/float as answer text without trailing zeros (``0.1587``, ``0.5``)."""
    d = Decimal(str(v)).quantize(Decimal(1).scaleb(-places))
    s = format(d.normalize(), "f")
    return s if "." in s or "E" not in s else str(d)


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보시오."])
    if what == "값":
        return rng.choice(["값을 구하시오.", "값을 구하세요.", "값은?", "값을 구하여라.", "값을 계산하시오."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오.", "구하면?"])


def _pts(rng: random.Random, d: int) -> str:
    if rng.random() < 0.5:
        return ""
    return " [4점]" if d >= 4 else (" [3점]" if d >= 2 else " [2점]")


def _pick_bogi(rng: random.Random, pool: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    for _ in range(50):
        st = rng.sample(pool, 3)
        if any(ok for _, ok in st):
            return st
    raise ValueError("pool has no true statement")


def _tbl(head: list[str], rows: list[list[str]], rng: random.Random | None = None) -> str:
    """A small text table; each row is a list of cells, the first one its label."""
    sep = " | " if rng is None or rng.random() < 0.7 else "   "
    lines = [sep.join(head)] + [sep.join(r) for r in rows]
    return "\n".join(lines)


def _dist_table(xs, ps, st: str, rng: random.Random, total: bool = True, xname: str = "X") -> str:
    head = [xname] + [str(v) for v in xs] + (["합계"] if total else [])
    prow = [_r(f"\\mathrm{{P}}({xname}={xname.lower()})", st)] + [p if isinstance(p, str) else _r(_ft(p), st) for p in ps]
    if total:
        prow.append("1")
    return _tbl(head, [prow], rng)


# -- standard normal table -----------------------------------------------------------------------
def _phi0(z: float) -> float:
    """P(0 ≤ Z ≤ z) from the error function (independent of the printed table)."""
    return 0.5 * _m.erf(z / _m.sqrt(2))


def _zval(z) -> Decimal:
    """The 4-place table value P(0 ≤ Z ≤ z) as printed in Korean tables."""
    return Decimal(str(round(_phi0(float(z)), 4)))


def _zs(z) -> str:
    z = Decimal(str(z))
    return f"{z:.2f}" if z != z.quantize(Decimal("0.1")) else f"{z:.1f}"


def _ztab(rng: random.Random, zs, st: str) -> str:
    zs = sorted({Decimal(str(z)) for z in zs})
    kind = rng.randrange(3)
    head = _r("\\mathrm{P}(0 \\le Z \\le z)", st)
    if kind == 0:
        rows = [f"{_zs(z)} | {_zval(z)}" for z in zs]
        return "\n".join([f"z | {head}", *rows])
    if kind == 1:
        return "\n".join([" | ".join(["z", *[_zs(z) for z in zs]]),
                          " | ".join([head, *[str(_zval(z)) for z in zs]])])
    parts = [_r(f"\\mathrm{{P}}(0 \\le Z \\le {_zs(z)}) = {_zval(z)}", st) for z in zs]
    joined = ", ".join(parts)
    tail = josa(_r(f"\\mathrm{{P}}(0 \\le Z \\le {_zs(zs[-1])}) = {_zval(zs[-1])}", "plain"), "으로/로")[-2:].lstrip("0123456789")
    return f"(단, Z가 표준정규분포를 따르는 확률변수일 때, {joined}{tail} 계산한다.)"


def _with_tab(rng: random.Random, body: str, tab: str) -> str:
    if tab.startswith("(단"):
        return f"{body}\n{tab}"
    if "표준정규분포표" in body:
        return f"{body}\n{tab}"
    lead = rng.choice(["아래 표준정규분포표를 이용하시오.", "다음 표준정규분포표를 이용하여 구하시오.", "[표준정규분포표]"])
    return f"{body}\n{lead}\n{tab}"


def _pz(a, b) -> Decimal:
    """P(a ≤ Z ≤ b) from the printed 4-place table values (a, b multiples of the table's z)."""
    def sgn(v):
        v = Decimal(str(v))
        return (1 if v >= 0 else -1), abs(v)
    sa, za = sgn(a)
    sb, zb = sgn(b)
    return sb * _zval(zb) - sa * _zval(za)


_ZNICE = (Decimal("0.5"), Decimal("1"), Decimal("1.5"), Decimal("2"), Decimal("2.5"), Decimal("3"))


# ================================================================================================
# 12확통03-01 확률변수와 확률분포
# ================================================================================================
_S1 = "12확통03-01"


def _tx(inner: str) -> str:
    """ASCII comparison operators to LaTeX."""
    return inner.replace("<=", "\\le").replace(">=", "\\ge").replace("!=", "\\ne")


_PT = "\\mathrm{P}("
_ET, _VT, _SGT, _NT = "\\mathrm{E}", "\\mathrm{V}", "\\sigma", "\\mathrm{N}"


def _PR(expr: str, st: str) -> str:
    """Render an ASCII statement such as ``P(X <= 3) = P(X >= 5)`` (P → \\mathrm{P})."""
    return _r(re.sub(r"(?<![A-Za-z])P\(", lambda _m0: _PT, _tx(expr)), st)


def _P(inner: str, st: str) -> str:
    return _r("\\mathrm{P}(" + _tx(inner) + ")", st)


def _cellx(coef, const, var: str) -> str:
    """LaTeX-lite of coef*var + const (coef an int ≥ 1, const a rational ≥ 0)."""
    head = var if coef == 1 else f"{coef}{var}"
    if coef == 0:
        return _ft(const)
    return head if const == 0 else f"{head} + {_ft(const)}"


@family(_S1, "table-find-constant")
def _s1_table_const(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([3, 4, 4, 5])
    x0 = rng.choice([0, 1, 0, -1, 2])
    step = rng.choice([1, 1, 1, 2])
    xs = [x0 + step * i for i in range(k)]
    var = rng.choice(["a", "k", "p"])
    kind = rng.randrange(3)
    if kind == 0:  # c_i * a
        parts = [(rng.randint(1, 4), Fr(0)) for _ in range(k)]
    elif kind == 1:  # known fractions and two cells with a
        den = rng.choice([6, 8, 10, 12] if k <= 4 else [10, 12])
        pos = rng.sample(range(k), 2)
        cs2 = iter(rng.choice([(1, 1), (1, 2), (2, 1), (1, 3)]))
        parts = [(next(cs2), Fr(0)) if i in pos else (0, Fr(rng.randint(1, 2), den)) for i in range(k)]
    else:  # a + c/den
        den = rng.choice([10, 12, 20])
        parts = [(1, Fr(rng.randint(0, 2), den)) for _ in range(k)]
    csum = sum(c for c, _ in parts)
    aval = (1 - sum(v for _, v in parts)) / csum
    probs = [c * aval + v for c, v in parts]
    cells = [_r(_cellx(c, v, var), st) for c, v in parts]
    table = _dist_table(xs, cells, st, rng)
    q = rng.randrange(3)
    if q == 0:
        ans, d = aval, 2
        ask = f"상수 {var}의 {_end(rng, '값')}"
        pred = None
    elif q == 1:
        t = rng.choice(xs[1:-1]) if k > 2 else xs[0]
        ans, d = sum(p for xv, p in zip(xs, probs, strict=True) if xv >= t), 3
        ask = f"{_P(f'X >= {t}', st)}의 {_end(rng, '값')}"
        pred = lambda xv, t=t: xv >= t  # noqa: E731
    else:
        t = rng.choice(xs[1:])
        ans, d = sum(p for xv, p in zip(xs, probs, strict=True) if xv < t), 3
        ask = f"{_P(f'X < {t}', st)}의 {_end(rng, '값')}"
        pred = lambda xv, t=t: xv < t  # noqa: E731
    lead = rng.choice([
        "확률변수 X의 확률분포를 표로 나타내면 다음과 같다.",
        "이산확률변수 X의 확률분포가 다음 표와 같을 때,",
        "다음은 확률변수 X의 확률분포표이다.",
        "X가 가질 수 있는 값과 그 값을 가질 확률이 다음 표와 같다.",
    ])
    text = f"{lead}\n{table}\n{ask}{_pts(rng, d)}"
    sym = sp.Symbol(var)

    def chk() -> bool:
        exprs = [c * sym + sp.Rational(v.numerator, v.denominator) for c, v in parts]
        sol = sp.solve(sp.Eq(sum(exprs), 1), sym)[0]
        vals = [e.subs(sym, sol) for e in exprs]
        want = sol if pred is None else sum(v for xv, v in zip(xs, vals, strict=True) if pred(xv))
        return all(v > 0 for v in vals) and want == sp.Rational(ans.numerator, ans.denominator)
    return Problem(text=text, answer=_fa(ans), format="data", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["확률변수", "확률분포"], check=chk)


@family(_S1, "pmf-formula-constant")
def _s1_formula(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs_ = sp.Symbol("x")
    kind = rng.randrange(4)
    n = rng.choice([3, 4, 5, 6]) if kind != 3 else rng.choice([2, 3, 4])
    lo = 0 if kind in (2, 3) else 1
    if kind == 0:
        c = rng.choice([0, 0, 1, 2])
        ftex = "kx" if c == 0 else f"k(x + {c})"
        fe = lambda v: Fr(v + c)  # noqa: E731
        se = xs_ + c
    elif kind == 1:
        ftex = "\\frac{k}{x(x+1)}"
        fe = lambda v: Fr(1, v * (v + 1))  # noqa: E731
        se = 1 / (xs_ * (xs_ + 1))
    elif kind == 2:
        c = rng.choice([1, 2, 3])
        ftex = f"k(x + {c})" if rng.random() < 0.6 else f"\\frac{{x + {c}}}{{k}}"
        fe = lambda v: Fr(v + c)  # noqa: E731
        se = xs_ + c
    else:
        ftex = "k \\cdot 2^{x}"
        fe = lambda v: Fr(2**v)  # noqa: E731
        se = 2**xs_
    inv = "\\frac{" in ftex and ftex.endswith("{k}")
    tot = sum(fe(v) for v in range(lo, n + 1))
    kval = tot if inv else 1 / tot
    pvals = {v: (fe(v) / kval if inv else kval * fe(v)) for v in range(lo, n + 1)}
    q = rng.randrange(3)
    rng_txt = f"x = {lo}, {lo + 1}, {lo + 2}, \\cdots, {n}" if n - lo >= 5 else ", ".join(str(v) for v in range(lo, n + 1))
    rng_txt = _r(rng_txt, st) if "\\" in rng_txt else f"x = {rng_txt}"
    if q == 0:
        ans, d, ask = kval, 2, f"상수 k의 {_end(rng, '값')}"
        sel = None
    elif q == 1:
        j = rng.randint(lo, n)
        ans, d, ask = pvals[j], 3, f"{_P(f'X={j}', st)}의 {_end(rng, '값')}"
        sel = {j}
    else:
        j1 = rng.randint(lo, n - 1)
        j2 = rng.randint(j1 + 1, n)
        sel = set(range(j1, j2 + 1))
        ans, d, ask = sum(pvals[v] for v in sel), 3, f"{_P(f'{j1} <= X <= {j2}', st)}의 {_end(rng, '값')}"
    pm = _r(f"\\mathrm{{P}}(X = x) = {ftex}", st)
    text = rng.choice([
        f"확률변수 X의 확률질량함수가 {pm} ({rng_txt})일 때, {ask} (단, k는 상수이다.)",
        f"이산확률변수 X가 가지는 값이 {rng_txt}이고, X의 확률분포가 {pm}이다. {ask}",
        f"확률변수 X의 확률분포가\n{pm} ({rng_txt})\n와 같다. {ask}{_pts(rng, d)}",
    ])
    if kind == 1 and q > 0:
        d = 4
    k = sp.Symbol("k")

    def chk() -> bool:
        term = se / k if inv else k * se
        ksol = sp.solve(sp.Eq(sp.summation(term, (xs_, lo, n)), 1), k)[0]
        if sel is None:
            return ksol == sp.Rational(ans.numerator, ans.denominator)
        got = sum(term.subs({k: ksol, xs_: v}) for v in sel)
        return sp.nsimplify(got) == sp.Rational(ans.numerator, ans.denominator)
    return Problem(text=text, answer=_fa(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["확률변수", "확률분포", "확률질량함수"], check=chk)


def _fchoices(rng: random.Random, ans, wrongs, st: str):
    """①~⑤ of rationals rendered in ``st``, in ascending order (distinct values)."""
    vals = [Fr(v) for v in wrongs if Fr(v) != Fr(ans)]
    ren = {_r(_ft(v), st): v for v in [*vals, Fr(ans)]}
    return choices(rng, _r(_ft(ans), st), [k for k in ren if ren[k] != Fr(ans)], sort_key=lambda t: ren[t])


def _pint(expr, var, lo, hi):
    """Definite integral of a polynomial via its antiderivative (fast, exact)."""
    anti = sp.Poly(expr, var).integrate()
    return anti.eval(hi) - anti.eval(lo)


def _hyp_counts(r: int, w: int, k: int) -> dict[int, int]:
    out: dict[int, int] = {}
    for j in range(max(0, k - w), min(k, r) + 1):
        out[j] = _m.comb(r, j) * _m.comb(w, k - j)
    return out


@family(_S1, "values-of-random-variable")
def _s1_values(rng: random.Random) -> Problem:
    kind = rng.randrange(5)
    if kind == 0:
        n = rng.choice([2, 3, 4, 5])
        vals = sorted({sum(t) for t in itertools.product((0, 1), repeat=n)})
        setup = rng.choice([f"동전 {n}개를 동시에 던질 때 앞면이 나오는 동전의 개수를 X",
                            f"한 개의 동전을 {n}번 던질 때 뒷면이 나오는 횟수를 X"])
    elif kind == 1:
        what = rng.choice(["차", "큰 수", "작은 수"])
        fn = {"차": lambda a, b: abs(a - b), "큰 수": max, "작은 수": min}[what]
        vals = sorted({fn(a, b) for a in range(1, 7) for b in range(1, 7)})
        setup = {"차": "서로 다른 두 개의 주사위를 동시에 던질 때 나오는 두 눈의 수의 차를 X",
                 "큰 수": "한 개의 주사위를 두 번 던질 때 나오는 두 눈의 수 중 크거나 같은 쪽의 수를 X",
                 "작은 수": "두 개의 주사위를 동시에 던져 나온 눈의 수 중 작은 수(같으면 그 수)를 X"}[what]
    elif kind == 2:
        r, w = rng.randint(2, 5), rng.randint(2, 5)
        k = rng.randint(2, min(4, r + w - 1))
        combos = itertools.combinations(["R"] * r + ["W"] * w, k)
        vals = sorted({c.count("R") for c in combos})
        c1, c2 = rng.choice([("빨간 공", "파란 공"), ("흰 공", "검은 공"), ("당첨 제비", "당첨되지 않은 제비")])
        setup = (f"{c1} {r}개와 {c2} {w}개가 들어 있는 주머니에서 임의로 {k}개를 동시에 꺼낼 때 "
                 f"나오는 {c1}의 개수를 X")
    elif kind == 3:
        m = rng.randint(4, 7)
        vals = sorted({a + b for a, b in itertools.combinations(range(1, m + 1), 2)})
        setup = f"1부터 {m}까지의 자연수가 하나씩 적힌 카드 {m}장 중에서 2장을 동시에 뽑을 때 두 수의 합을 X"
    else:
        n = rng.choice([3, 4])
        vals = sorted({2 * h - n for h in range(n + 1)})
        setup = (f"수직선의 원점에 놓인 점 P가 동전을 한 번 던져 앞면이 나오면 오른쪽으로 1만큼, 뒷면이 나오면 왼쪽으로 "
                 f"1만큼 움직인다. 동전을 {n}번 던진 후 점 P의 좌표를 X")
    q = rng.randrange(3)
    if q == 0:
        ans = ", ".join(str(v) for v in vals)
        ask = f"라 할 때, 확률변수 X가 가질 수 있는 값을 모두 {_end(rng, '쓰')}"
        fmt, d = "word", 1
    elif q == 1:
        ans = str(len(vals))
        ask = rng.choice(["라 하자. X가 가질 수 있는 값은 모두 몇 개인가?",
                          "라 할 때, 확률변수 X가 가질 수 있는 서로 다른 값의 개수를 구하시오."])
        fmt, d = "word", 2
    else:
        ans = str(sum(vals))
        ask = f"라 할 때, 확률변수 X가 가질 수 있는 모든 값의 합을 {_end(rng)}"
        fmt, d = "word", 2
    text = setup + ask
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["확률변수", "이산확률변수"],
                   check=lambda: len(vals) == len(set(vals)) and min(vals) <= max(vals))


@family(_S1, "draw-balls-pmf")
def _s1_hyper(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, w = rng.randint(2, 5), rng.randint(2, 5)
    k = rng.randint(2, min(3, r + w - 1))
    cnt = _hyp_counts(r, w, k)
    tot = _m.comb(r + w, k)
    c1, c2, unit = rng.choice([("빨간 공", "흰 공", "개"), ("노란 구슬", "초록 구슬", "개"), ("남학생", "여학생", "명"),
                               ("불량품", "정상 제품", "개"), ("A형 카드", "B형 카드", "장")])
    q = rng.randrange(3)
    if q == 1 and 0 not in cnt:
        q = 0
    if q == 0:
        j = rng.choice(sorted(cnt))
        ans, ask = Fr(cnt[j], tot), f"{_P(f'X={j}', st)}의 {_end(rng, '값')}"
        sel = {j}
    elif q == 1:
        ans, ask = 1 - Fr(cnt.get(0, 0), tot), f"{_P('X >= 1', st)}의 {_end(rng, '값')}"
        sel = {j for j in cnt if j >= 1}
    else:
        j = rng.choice(sorted(cnt)[:-1])
        sel = {v for v in cnt if v <= j}
        ans, ask = Fr(sum(cnt[v] for v in sel), tot), f"{_P(f'X <= {j}', st)}의 {_end(rng, '값')}"
    if unit == "명":
        setup = f"{c1} {r}명, {c2} {w}명으로 이루어진 동아리에서 임의로 {k}명의 대표를 뽑을 때, 뽑힌 {c1}의 수를 X라 하자."
    elif c1 == "불량품":
        setup = f"{c1} {r}개가 섞인 제품 {r + w}개 중에서 임의로 {k}개를 동시에 꺼낼 때 꺼낸 {c1}의 개수를 확률변수 X라 하자."
    else:
        setup = f"주머니에 {c1} {r}{unit}, {josa(f'{c2} {w}{unit}', '이/가')} 들어 있다. 이 주머니에서 임의로 {josa(f'{k}{unit}', '을/를')} 동시에 꺼낼 때 나오는 {c1}의 개수를 X라 하자."
    d = 3 if q == 0 else 4
    text = f"{setup} {ask}{_pts(rng, d)}"
    items = ["R"] * r + ["W"] * w

    def chk() -> bool:
        good = all_ = 0
        for c in itertools.combinations(range(r + w), k):
            all_ += 1
            good += sum(1 for i in c if items[i] == "R") in sel
        return Fr(good, all_) == ans
    return Problem(text=text, answer=_fa(ans), format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["확률변수", "확률분포"], check=chk)


@family(_S1, "two-dice-derived-mcq")
def _s1_dice(rng: random.Random) -> Problem:
    st = pick_style(rng)
    what = rng.choice(["max", "min", "diff", "sum"])
    fn = {"max": max, "min": min, "diff": lambda a, b: abs(a - b), "sum": lambda a, b: a + b}[what]
    outs = [fn(a, b) for a in range(1, 7) for b in range(1, 7)]
    vals = sorted(set(outs))
    j = rng.choice(vals[1:-1])
    ans = Fr(outs.count(j), 36)
    desc = {"max": "두 눈의 수 중 큰 수(같으면 그 수)", "min": "두 눈의 수 중 작은 수(같으면 그 수)",
            "diff": "두 눈의 수의 차", "sum": "두 눈의 수의 합"}[what]
    dj = josa(desc, "을/를") if not desc.endswith(")") else desc + "를"
    setup = rng.choice([f"한 개의 주사위를 두 번 던질 때 나오는 {dj} X라 하자.",
                        f"서로 다른 두 개의 주사위를 동시에 던져서 나오는 {dj} 확률변수 X라 할 때,"])
    ask = f"{_P(f'X={j}', st)}의 값은?{_pts(rng, 3)}"
    wrong = {Fr(outs.count(j) + dd, 36) for dd in (-2, -1, 1, 2, 3) if outs.count(j) + dd > 0}
    wrong |= {Fr(1, 6), Fr(outs.count(j), 21), Fr(1, len(vals))}
    wrong.discard(ans)
    ws = sorted(wrong)
    ch = _fchoices(rng, ans, ws[:6], st)
    text = with_choices(f"{setup} {ask}", ch)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["확률변수", "확률분포"], choice=ch,
                   check=lambda: sum(1 for a in range(1, 7) for b in range(1, 7) if fn(a, b) == j) == ans * 36)


@family(_S1, "interval-prob-from-table")
def _s1_interval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    den = rng.choice([10, 12, 15, 20])
    k = rng.choice([4, 5])
    xs = sorted(rng.sample(range(-2, 6), k))
    while True:
        cuts = sorted(rng.sample(range(1, den), k - 1))
        nums = [b - a for a, b in zip([0, *cuts], [*cuts, den], strict=True)]
        if all(nv > 0 for nv in nums):
            break
    probs = [Fr(nv, den) for nv in nums]
    table = _dist_table(xs, probs, st, rng)
    kind = rng.randrange(3)
    if kind == 0:
        c = rng.choice([1, 2, 4])
        sel = [xv for xv in xs if xv * xv <= c]
        ev = f"X^{{2}} \\le {c}"
    elif kind == 1:
        m = rng.choice(xs[1:-1])
        sel = [xv for xv in xs if abs(xv - m) <= 1]
        ev = f"|X - {m}| \\le 1"
    else:
        a0, b0 = sorted(rng.sample(xs, 2))
        sel = [xv for xv in xs if a0 < xv <= b0]
        ev = f"{a0} < X \\le {b0}"
    if not sel:
        sel = [xs[0]]
        ev = f"X = {xs[0]}"
    ans = sum(p for xv, p in zip(xs, probs, strict=True) if xv in sel)
    evr = _r("\\mathrm{P}(" + ev + ")", st)
    text = rng.choice([
        f"확률변수 X의 확률분포가 다음 표와 같다.\n{table}\n{evr}의 {_end(rng, '값')}",
        f"다음 표는 확률변수 X의 확률분포를 나타낸 것이다. {_jr(_PT + ev + ')', st, '을/를')} {_end(rng)}\n{table}",
    ])
    return Problem(text=text, answer=_fa(ans), format="data", difficulty=3, achievement_level="C",
                   concepts=["확률분포", "확률변수"],
                   check=lambda: sum(probs) == 1 and ans == Fr(sum(nv for xv, nv in zip(xs, nums, strict=True) if xv in sel), den))


@family(_S1, "continuous-linear-density")
def _s1_density(rng: random.Random) -> Problem:
    st = pick_style(rng)
    t = sp.Symbol("x")
    kind = rng.randrange(3)
    c = rng.choice([2, 3, 4, 5, 6])
    if kind == 0:  # uniform f(x) = k on [0, c]
        fk = "k"
        dens = lambda kv: kv  # noqa: E731
        kval = Fr(1, c)
    elif kind == 1:  # f(x) = kx on [0, c]
        fk = "kx"
        dens = lambda kv: kv * t  # noqa: E731
        kval = Fr(2, c * c)
    else:  # f(x) = k(c - x) on [0, c]
        fk = f"k({c} - x)"
        dens = lambda kv: kv * (c - t)  # noqa: E731
        kval = Fr(2, c * c)
    a0 = rng.randint(0, c - 1)
    b0 = rng.randint(a0 + 1, c)
    if (a0, b0) == (0, c):
        b0 = c - 1 if c > 1 else c
    if kind == 0:
        pr = kval * (b0 - a0)
    elif kind == 1:
        pr = kval * Fr(b0 * b0 - a0 * a0, 2)
    else:
        pr = kval * Fr((c - a0) ** 2 - (c - b0) ** 2, 2)
    q = rng.randrange(2)
    rngtxt = _r(f"0 \\le x \\le {c}", st)
    ftex = _r(f"f(x) = {fk}", st)
    if q == 0:
        ans, ask, d = kval, f"상수 k의 {_end(rng, '값')}", 2
    else:
        ans, ask, d = pr, f"{_P(f'{a0} <= X <= {b0}', st)}의 {_end(rng, '값')}", 3
    lead = rng.choice([
        f"연속확률변수 X가 갖는 값의 범위는 {rngtxt}이고, X의 확률밀도함수가 {ftex}이다.",
        f"{rngtxt}에서 정의된 연속확률변수 X의 확률밀도함수가 {ftex}일 때,",
        f"연속확률변수 X의 확률밀도함수 {ftex} ({rngtxt})의 그래프와 x축 및 직선 x = {c}로 둘러싸인 부분을 생각하자.",
    ])
    if lead.endswith("자."):
        lead = lead.replace("및 직선 x = " + str(c) + "로 둘러싸인 부분을 생각하자.", "사이의 넓이를 이용하여 답하시오.")
    text = f"{lead} {ask}{_pts(rng, d)}" + (" (단, k는 상수이다.)" if q == 1 else "")

    def chk() -> bool:
        ks = 1 / _pint(dens(sp.Integer(1)), t, 0, c)
        if q == 0:
            return ks == sp.Rational(ans.numerator, ans.denominator)
        return _pint(dens(ks), t, a0, b0) == sp.Rational(ans.numerator, ans.denominator)
    return Problem(text=text, answer=_fa(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["연속확률변수", "확률밀도함수"], check=chk)


@family(_S1, "triangle-density-graph")
def _s1_triangle(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.choice([2, 3, 4, 6, 8])
    p = rng.randint(1, c - 1) if c > 2 else 1
    h = Fr(2, c)
    side = rng.randrange(3)
    if side == 0:
        t = rng.randint(1, p) if p >= 1 else 1
        t = min(t, p)
        ans = Fr(t * t, p * c)  # area of left part up to t ≤ p
        ev = f"0 <= X <= {t}"
    elif side == 1:
        t = rng.randint(p, c - 1)
        ans = Fr((c - t) ** 2, (c - p) * c)
        ev = f"X >= {t}"
    else:
        ans, ev = None, None
    peak = _r(f"({p}, k)", st)
    rngtxt = _r(_tx(f"0 <= x <= {c}"), st)
    lead = rng.choice([
        f"연속확률변수 X가 갖는 값의 범위는 {rngtxt}이고, "
        f"X의 확률밀도함수 y = f(x)의 그래프는 세 점 (0, 0), {peak}, ({c}, 0)을 꼭짓점으로 하는 삼각형의 두 변으로 이루어져 있다.",
        f"연속확률변수 X의 확률밀도함수 f(x)의 그래프가 원점과 점 {peak}를 잇는 선분, 점 {peak}와 점 ({c}, 0)을 잇는 선분으로 "
        f"이루어져 있다. (단, X가 갖는 값의 범위는 0 이상 {c} 이하이다.)",
    ])
    if ev is None:
        ans = h
        ask = f"상수 k의 {_end(rng, '값')}"
        d = 2
    else:
        ask = f"{_P(ev, st)}의 {_end(rng, '값')}"
        d = 4
    text = f"{lead} {ask}{_pts(rng, d)}"
    x_ = sp.Symbol("x")

    def chk() -> bool:
        k = sp.Rational(2, c)
        left, right = k * x_ / p, k * (c - x_) / (c - p)
        if _pint(left, x_, 0, p) + _pint(right, x_, p, c) != 1:
            return False
        if side == 2:
            return k == sp.Rational(ans.numerator, ans.denominator)
        got = _pint(left, x_, 0, t) if side == 0 else _pint(right, x_, t, c)
        return got == sp.Rational(ans.numerator, ans.denominator)
    return Problem(text=text, answer=_fa(ans), format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["연속확률변수", "확률밀도함수", "확률분포"], check=chk)


_S1_POOL = [
    ("이산확률변수 X의 확률분포에서 X가 가질 수 있는 모든 값에 대한 확률의 합은 1이다.", True),
    ("이산확률변수 X가 가질 수 있는 값이 x₁, x₂, …, xₙ일 때, 0 ≤ P(X = xᵢ) ≤ 1이다.", True),
    ("연속확률변수 X와 실수 a에 대하여 P(X = a) = 0이다.", True),
    ("연속확률변수 X에 대하여 P(a ≤ X ≤ b) = P(a < X < b)이다.", True),
    ("확률밀도함수 y = f(x)의 그래프와 x축 사이의 넓이는 1이다.", True),
    ("확률밀도함수 f(x)의 값은 항상 1 이하이다.", False),
    ("연속확률변수 X에 대하여 P(X = a)는 f(a)와 같다.", False),
    ("이산확률변수 X에 대하여 P(X ≤ 2) = P(X < 2)가 항상 성립한다.", False),
    ("한 개의 주사위를 던져 나온 눈의 수는 연속확률변수이다.", False),
    ("어느 지역의 하루 강수량은 연속확률변수로 볼 수 있다.", True),
    ("동전을 10번 던져서 앞면이 나오는 횟수는 이산확률변수이다.", True),
    ("확률변수는 표본공간의 각 원소에 하나의 실수를 대응시키는 함수이다.", True),
    ("확률변수 X가 가질 수 있는 값은 반드시 양수이다.", False),
]


@family(_S1, "rv-concepts-bogi")
def _s1_bogi(rng: random.Random) -> Problem:
    stmts = _pick_bogi(rng, _S1_POOL)
    block, ch = bogi(rng, stmts)
    lead = rng.choice(["확률변수와 확률분포에 대한 설명으로", "다음은 확률변수에 대한 설명이다.", "확률분포에 관한 설명으로"])
    text = f"{lead} {bogi_question(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"
    truth = ", ".join(lab for lab, (_, ok) in zip("ㄱㄴㄷ", stmts, strict=True) if ok)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["확률변수", "확률분포", "연속확률변수"], choice=ch,
                   check=lambda: ch.options[ch.correct] == truth)


_DISCRETE = ["한 개의 주사위를 3번 던질 때 6의 눈이 나오는 횟수", "어느 편의점에 1시간 동안 방문한 손님의 수",
             "10문항의 퀴즈에서 맞힌 문항의 수", "한 상자에 든 사과 20개 중 흠집이 있는 사과의 개수",
             "하루 동안 어느 교차로를 지나간 자동차의 대수", "가족 구성원의 수"]
_CONT = ["어느 고등학교 학생의 키", "버스 정류장에서 다음 버스가 올 때까지 기다리는 시간", "갓 태어난 신생아의 몸무게",
         "어느 날 정오의 기온", "100 m 달리기 기록", "건전지 한 개의 수명"]


@family(_S1, "discrete-or-continuous-mcq")
def _s1_kind(rng: random.Random) -> Problem:
    want_cont = rng.random() < 0.6
    pool_ok, pool_no = (_CONT, _DISCRETE) if want_cont else (_DISCRETE, _CONT)
    right = rng.choice(pool_ok)
    ch = choices(rng, right, rng.sample(pool_no, 4))
    kind = "연속확률변수" if want_cont else "이산확률변수"
    text = with_choices(rng.choice([f"다음 중 {josa(kind, '으로/로')} 보기에 가장 적절한 것은?",
                            f"다음 중 확률변수 X가 {kind}인 것은?",
                            f"다음 중 X를 {josa(kind, '으로/로')} 생각할 수 있는 것은?"]), ch)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=["이산확률변수", "연속확률변수"], choice=ch,
                   check=lambda: (ch.options[ch.correct] in _CONT) == want_cont)


# ================================================================================================
# 12확통03-02 이산확률변수의 기댓값(평균)과 표준편차
# ================================================================================================
_S2 = "12확통03-02"


def _sqrt_parts(v) -> tuple[Fr, int]:
    """sqrt(v) = coef * sqrt(t) with t squarefree (v ≥ 0 rational)."""
    v = Fr(v)
    pq = v.numerator * v.denominator
    s, t = 1, pq
    f = 2
    while f * f <= t:
        while t % (f * f) == 0:
            t //= f * f
            s *= f
        f += 1
    return Fr(s, v.denominator), t


def _sq_ans(v) -> str:
    """sqrt(v) as answer text: ``2``, ``3/2``, ``√5``, ``2√3/3``."""
    c, t = _sqrt_parts(v)
    if t == 1 or c == 0:
        return _fa(c)
    head = ("" if c.numerator == 1 else str(c.numerator)) + f"√{t}"
    return head if c.denominator == 1 else f"{head}/{c.denominator}"


def _sq_tex(v) -> str:
    c, t = _sqrt_parts(v)
    if t == 1 or c == 0:
        return _ft(c)
    head = ("" if c.numerator == 1 else str(c.numerator)) + f"\\sqrt{{{t}}}"
    return head if c.denominator == 1 else f"\\frac{{{head}}}{{{c.denominator}}}"


def _rand_dist(rng: random.Random, k: int, dens=(4, 5, 6, 8, 10, 12)):
    den = rng.choice([dd for dd in dens if dd >= k])
    while True:
        cuts = sorted(rng.sample(range(1, den), k - 1))
        nums = [b - a for a, b in zip([0, *cuts], [*cuts, den], strict=True)]
        if all(nv > 0 for nv in nums):
            return [Fr(nv, den) for nv in nums]


def _ev(xs, ps):
    m = sum(Fr(x) * p for x, p in zip(xs, ps, strict=True))
    e2 = sum(Fr(x) ** 2 * p for x, p in zip(xs, ps, strict=True))
    return m, e2 - m * m


def _sp_ev(xs, ps):
    """E and V again with sympy (the independent check)."""
    X = [sp.Integer(x) for x in xs]
    P = [sp.Rational(p.numerator, p.denominator) for p in ps]
    m = sum(a * b for a, b in zip(X, P, strict=True))
    return m, sum((a - m) ** 2 * b for a, b in zip(X, P, strict=True))


def _fr_eq(sym_v, v) -> bool:
    return sp.nsimplify(sym_v) == sp.Rational(Fr(v).numerator, Fr(v).denominator)


@family(_S2, "table-expectation")
def _s2_mean(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([3, 4, 4, 5])
    xs = sorted(rng.sample(range(-2, 8), k))
    ps = _rand_dist(rng, k)
    m, _ = _ev(xs, ps)
    table = _dist_table(xs, ps, st, rng, total=rng.random() < 0.6)
    e_ = _r("\\mathrm{E}(X)", st)
    e_j = _jr("\\mathrm{E}(X)", st, "을/를")
    text = rng.choice([
        f"확률변수 X의 확률분포가 다음 표와 같을 때, X의 평균 {e_j} {_end(rng)}\n{table}",
        f"다음은 이산확률변수 X의 확률분포를 나타낸 표이다.\n{table}\n{e_}의 {_end(rng, '값')}",
        f"이산확률변수 X의 확률분포표가 다음과 같다.\n{table}\nX의 기댓값을 {_end(rng)}",
    ])
    return Problem(text=text, answer=_fa(m), format="data", difficulty=2, achievement_level="D",
                   concepts=["기댓값", "평균", "이산확률변수"], check=lambda: _fr_eq(_sp_ev(xs, ps)[0], m))


@family(_S2, "table-variance-sd")
def _s2_var(rng: random.Random) -> Problem:
    st = pick_style(rng)
    want_sd = rng.random() < 0.55
    for _ in range(200):
        k = rng.choice([3, 3, 4])
        x0 = rng.randint(0, 4)
        step = rng.choice([1, 2, 2, 3, 4])
        xs = [x0 + step * i for i in range(k)]
        ps = _rand_dist(rng, k, dens=(4, 5, 8, 10, 6))
        v = _ev(xs, ps)[1]
        if not want_sd or _sqrt_parts(v)[1] == 1:
            break
    else:
        want_sd = False
    table = _dist_table(xs, ps, st, rng)
    target = _r("\\sigma(X)", st) if want_sd else _r("\\mathrm{V}(X)", st)
    word = "표준편차" if want_sd else "분산"
    ans = _sq_ans(v) if want_sd else _fa(v)
    text = rng.choice([
        f"확률변수 X의 확률분포가 다음 표와 같다.\n{table}\nX의 {word} {target}의 {_end(rng, '값')}",
        f"다음 확률분포표에서 확률변수 X의 {josa(word, '을/를')} {_end(rng)}\n{table}",
        f"{table}\n위의 표는 확률변수 X의 확률분포이다. {target}의 {_end(rng, '값')}{_pts(rng, 3)}",
    ])
    d = 3

    def chk() -> bool:
        vv = _sp_ev(xs, ps)[1]
        return (sp.sqrt(vv) if want_sd else vv) == sp.Rational(ans)
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["분산", "표준편차", "이산확률변수"], check=chk)


@family(_S2, "linear-transform")
def _s2_linear(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randint(-3, 12)
    sd = rng.randint(1, 6)
    a = rng.choice([2, 3, 4, 5, -2, -3, -1])
    b = rng.randint(-10, 10)
    given_var = rng.random() < 0.5
    lin = f"{a}X" if a not in (1, -1) else ("-X" if a == -1 else "X")
    lin = lin + (f" + {b}" if b > 0 else (f" - {-b}" if b < 0 else ""))
    q = rng.randrange(4)
    gv = _r(f"\\mathrm{{V}}(X) = {sd * sd}", st) if given_var else _r(f"\\sigma(X) = {sd}", st)
    gm = _r(f"\\mathrm{{E}}(X) = {m}", st)
    if q == 0:
        tgt, ans, d = f"\\mathrm{{E}}({lin})", a * m + b, 2
    elif q == 1:
        tgt, ans, d = f"\\mathrm{{V}}({lin})", a * a * sd * sd, 2
    elif q == 2:
        tgt, ans, d = f"\\sigma({lin})", abs(a) * sd, 2
    else:
        tgt, ans, d = f"\\mathrm{{E}}(({lin})^{{2}})", a * a * sd * sd + (a * m + b) ** 2, 4
    if q == 3:
        tgt = "\\mathrm{E}(Y^{2})"
    tg = _r(tgt, st)
    yv = _r(f"Y = {lin}", st)
    text = rng.choice([
        f"확률변수 X에 대하여 {gm}, {gv}일 때, {tg}의 {_end(rng, '값')}",
        f"이산확률변수 X의 평균이 {m}이고 {'분산이 ' + str(sd * sd) if given_var else '표준편차가 ' + str(sd)}이다. "
        f"확률변수 {yv}에 대하여 {_r(tgt.replace(lin, 'Y'), st)}의 {_end(rng, '값')}",
    ])
    if q == 3 and yv not in text:
        text = f"확률변수 X에 대하여 {gm}, {gv}이다. 확률변수 {yv}에 대하여 {tg}의 {_end(rng, '값')}{_pts(rng, 4)}"
    x_mean, x_var = sp.Integer(m), sp.Integer(sd * sd)

    def chk() -> bool:
        e_y, v_y = a * x_mean + b, a**2 * x_var
        want = [e_y, v_y, sp.sqrt(v_y), v_y + e_y**2][q]
        return want == ans
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["기댓값", "분산", "표준편차"], check=chk)


@family(_S2, "game-expected-prize")
def _s2_game(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    who = name(rng)
    if kind == 0:  # one die: prize by outcome class
        p6, pe, po = rng.choice([(5000, 2000, 500), (3000, 1200, 0), (6000, 1200, 300), (9000, 3000, 1000), (4200, 1500, 600)])
        outs = [p6 if v == 6 else (pe if v % 2 == 0 else po) for v in range(1, 7)]
        setup = (f"주사위 한 개를 던져서 6의 눈이 나오면 {p6:,}원, 6이 아닌 짝수의 눈이 나오면 {pe:,}원, 홀수의 눈이 나오면 "
                 f"{po:,}원을 받는 게임이 있다. {josa(who, '이/가')} 이 게임을 한 번 할 때 받는 금액의 기댓값은 몇 원인가?")
        ans = Fr(sum(outs), 6)
    elif kind == 1:  # two coins
        a2, a1, a0 = rng.choice([(1000, 400, 100), (800, 300, 0), (1200, 500, 200), (2000, 600, 0), (1600, 400, 0)])
        outs = [[a0, a1, a2][h] for h in (0, 1, 1, 2)]
        setup = (f"동전 2개를 동시에 던져 앞면이 2개 나오면 {a2:,}원, 1개 나오면 {a1:,}원, 하나도 나오지 않으면 {a0:,}원의 상금을 "
                 f"받는다. 이 게임에 한 번 참가할 때 받을 수 있는 상금의 기댓값을 {_end(rng)}")
        ans = Fr(sum(outs), 4)
    else:  # lottery tickets
        n = rng.choice([50, 100, 200])
        k1, k2 = rng.choice([(1, 4), (1, 9), (2, 8), (1, 5)])
        v1, v2 = rng.choice([(10000, 1000), (5000, 500), (20000, 2000), (30000, 1000)])
        outs = [v1] * k1 + [v2] * k2 + [0] * (n - k1 - k2)
        setup = (f"{n}개의 제비 중에서 {v1:,}원짜리 당첨 제비가 {k1}개, {v2:,}원짜리 당첨 제비가 {k2}개 있고 나머지는 당첨되지 "
                 f"않는 제비이다. 이 중에서 한 개를 뽑을 때 받는 당첨금의 기댓값을 {_end(rng)}")
        ans = Fr(sum(outs), n)
    fee = None
    if rng.random() < 0.3:
        fee = int(ans) + rng.choice([-100, 100, 200])
        setup += f" 또, 참가비가 {fee:,}원일 때 이 게임에 참가하는 것이 유리한지 불리한지 판단하시오."
    won = f"{int(ans):,}원" if ans.denominator == 1 else f"{_fa(ans)}원"
    ans_t = won if fee is None else f"{won}, {'유리하다' if ans > fee else '불리하다'}"
    d = 2 if fee is None else 3
    return Problem(text=setup, answer=ans_t, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["기댓값"], check=lambda: sp.Rational(sum(outs), len(outs)) == sp.Rational(ans.numerator, ans.denominator))


@family(_S2, "second-moment-variance")
def _s2_moment(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randint(1, 8)
    sd = rng.randint(1, 5)
    e2 = m * m + sd * sd
    q = rng.randrange(3)
    given = _r(f"\\mathrm{{E}}(X) = {m}, \\mathrm{{E}}(X^{{2}}) = {e2}", st)
    if q == 0:
        ans, ask, d = str(sd * sd), f"{_r(_VT + '(X)', st)}의 {_end(rng, '값')}", 2
    elif q == 1:
        ans, ask, d = str(sd), f"X의 표준편차를 {_end(rng)}", 2
    else:
        a = rng.choice([2, 3, -2, -3])
        b = rng.randint(-5, 5)
        lin = f"{a}X {'+' if b >= 0 else '-'} {abs(b)}"
        ans, ask, d = str(abs(a) * sd), f"{_jr(_SGT + '(' + lin + ')', st, '을/를')} {_end(rng)}", 3
    text = rng.choice([
        f"확률변수 X에 대하여 {given}일 때, {ask}",
        f"이산확률변수 X의 평균이 {m}이고, X²의 평균이 {e2}이다. {ask}",
    ])
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["분산", "표준편차", "기댓값"],
                   check=lambda: sp.sqrt(e2 - m**2) * (abs(a) if q == 2 else 1) ** 1 == (sp.Integer(ans) if q else sp.sqrt(sp.Integer(ans))))


@family(_S2, "unknown-entries-from-mean")
def _s2_unknown(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(100):
        xs = sorted(rng.sample(range(0, 7), 3))
        ps = _rand_dist(rng, 3, dens=(4, 5, 6, 8, 10))
        i, j = rng.sample(range(3), 2)
        m, v = _ev(xs, ps)
        if m.denominator <= 10:
            break
    cells = [("a" if t == i else "b" if t == j else p) for t, p in enumerate(ps)]
    table = _dist_table(xs, cells, st, rng)
    q = rng.randrange(3)
    mt = _r(f"\\mathrm{{E}}(X) = {_ft(m)}", st)
    if q == 0:
        ans, ask, d = ps[i] - ps[j], f"a - b의 {_end(rng, '값')}", 3
        anst = _fa(ans)
    elif q == 1:
        ans, ask, d = ps[i] * ps[j], f"ab의 {_end(rng, '값')}", 3
        anst = _fa(ans)
    else:
        ans, ask, d = v, f"{_r(_VT + '(X)', st)}의 {_end(rng, '값')}", 4
        anst = _fa(ans)
    text = f"확률변수 X의 확률분포가 다음 표와 같고 {mt}일 때, {ask}{_pts(rng, d)} (단, a, b는 상수이다.)\n{table}"
    A, B = sp.symbols("a b")

    def chk() -> bool:
        P = [A if t == i else B if t == j else sp.Rational(p.numerator, p.denominator) for t, p in enumerate(ps)]
        sol = sp.solve([sum(P) - 1, sum(x * p for x, p in zip(xs, P, strict=True)) - sp.Rational(m.numerator, m.denominator)], [A, B], dict=True)
        if len(sol) != 1:
            return False
        s0 = sol[0]
        PP = [p.subs(s0) for p in P]
        mean = sum(x * p for x, p in zip(xs, PP, strict=True))
        got = [s0[A] - s0[B], s0[A] * s0[B], sum(x * x * p for x, p in zip(xs, PP, strict=True)) - mean**2][q]
        return got == sp.Rational(ans.numerator, ans.denominator)
    return Problem(text=text, answer=anst, format="data", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["기댓값", "확률분포"], check=chk)


@family(_S2, "draw-expectation-word")
def _s2_draw(rng: random.Random) -> Problem:
    r, w = rng.randint(2, 6), rng.randint(2, 6)
    k = rng.randint(2, 3)
    cnt = _hyp_counts(r, w, k)
    tot = _m.comb(r + w, k)
    mean = Fr(sum(j * c for j, c in cnt.items()), tot)
    c1, c2, unit = rng.choice([("당첨 복권", "꽝 복권", "장"), ("빨간 공", "검은 공", "개"), ("여학생", "남학생", "명"),
                               ("딸기 맛 사탕", "포도 맛 사탕", "개")])
    want_var = rng.random() < 0.35
    e2 = Fr(sum(j * j * c for j, c in cnt.items()), tot)
    var = e2 - mean * mean
    if unit == "명":
        setup = f"{c1} {r}명과 {c2} {w}명 중에서 임의로 {k}명을 뽑아 봉사 활동을 보낼 때, 뽑힌 {c1}의 수를 X라 하자."
    else:
        setup = f"{c1} {r}{unit}과 {c2} {w}{unit}가 섞여 있는 상자에서 임의로 {k}{unit}를 동시에 꺼낼 때, 꺼낸 {c1}의 개수를 X라 하자."
        setup = setup.replace(f"{r}{unit}과", josa(f"{r}{unit}", "과/와")).replace(f"{w}{unit}가", josa(f"{w}{unit}", "이/가"))
        setup = setup.replace(f"{k}{unit}를", josa(f"{k}{unit}", "을/를"))
    if want_var:
        ask = f"X의 분산을 {_end(rng)}"
        ans, d = var, 4
    else:
        ask = rng.choice([f"X의 평균을 {_end(rng)}", f"X의 기댓값을 {_end(rng)}", "꺼내는 개수의 기댓값은 얼마인가?" if unit != "명" else "뽑힌 인원수의 기댓값은?"])
        if "기댓값은" in ask:
            ask = f"{c1}의 " + ask.replace("꺼내는 개수의 ", "개수의 ").replace("뽑힌 인원수의 ", "수의 ")
        ans, d = mean, 3
    text = f"{setup} {ask}"
    items = [1] * r + [0] * w

    def chk() -> bool:
        vals = [sum(items[i] for i in c) for c in itertools.combinations(range(r + w), k)]
        mu = sp.Rational(sum(vals), len(vals))
        if want_var:
            return sp.Rational(sum((v - mu) ** 2 for v in vals), len(vals)) == sp.Rational(ans.numerator, ans.denominator)
        return mu == sp.Rational(k * r, r + w) == sp.Rational(ans.numerator, ans.denominator)
    return Problem(text=text, answer=_fa(ans), format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["기댓값", "분산", "확률분포"] if want_var else ["기댓값", "확률분포"], check=chk)


@family(_S2, "fill-mean-variance-steps")
def _s2_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs = sorted(rng.sample(range(0, 6), 3))
    ps = _rand_dist(rng, 3, dens=(4, 5, 6, 8, 10))
    m, v = _ev(xs, ps)
    e2 = v + m * m
    table = _dist_table(xs, ps, st, rng)
    e_, e2_, v_ = _r(_ET + "(X)", st), _r(_ET + "(X^{2})", st), _r(_VT + "(X)", st)
    blank = rng.choice([("(가)", "(나)", "(다)"), ("㉠", "㉡", "㉢"), ("□", "△", "○")])
    text = (f"다음 표는 확률변수 X의 확률분포이다.\n{table}\n"
            f"다음은 X의 분산을 구하는 과정이다. {blank[0]}, {blank[1]}, {blank[2]}에 알맞은 수를 {_end(rng, '쓰')}\n"
            f"{e_} = {blank[0]}, {e2_} = {blank[1]}\n"
            f"{v_} = {e2_} − {{{e_}}}² = {blank[2]}")
    if st == "latex":
        text = text.replace(f"{e2_} − {{{e_}}}²", _r(_ET + "(X^{2}) - \\{" + _ET + "(X)\\}^{2}", st))
    elif st == "plain":
        text = text.replace("}²", "}^2").replace(" − ", " - ")
    ans = f"{blank[0]} {_fa(m)}, {blank[1]} {_fa(e2)}, {blank[2]} {_fa(v)}"

    def chk() -> bool:
        mm, vv = _sp_ev(xs, ps)
        return _fr_eq(mm, m) and _fr_eq(vv, v)
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["기댓값", "분산"], check=chk)


@family(_S2, "transform-bogi")
def _s2_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randint(1, 6)
    sd = rng.randint(2, 5)
    a = rng.choice([2, 3, -2])
    b = rng.randint(1, 7)
    lin = f"{a}X + {b}"
    def eq(lhs: str, val) -> str:
        return _r(f"{lhs} = {val}", st)
    cand = [
        (eq(f"{_ET}({lin})", a * m + b), True),
        (eq(f"{_ET}({lin})", a * m), b == 0),
        (eq(f"{_VT}({lin})", a * a * sd * sd), True),
        (eq(f"{_VT}({lin})", abs(a) * sd * sd + b), abs(a) * sd * sd + b == a * a * sd * sd),
        (eq(f"{_SGT}({lin})", abs(a) * sd), True),
        (eq(f"{_SGT}({lin})", abs(a) * sd + b), False),
        (eq(f"{_ET}(X^{{2}})", m * m + sd * sd), True),
        (eq(f"{_ET}(X^{{2}})", m * m), False),
        (eq(f"{_VT}(-X)", sd * sd), True),
        (eq(f"{_SGT}(-X)", -sd), False),
    ]
    stmts = _pick_bogi(rng, cand)
    block, ch = bogi(rng, stmts)
    gv = _r(f"{_ET}(X) = {m}, {_VT}(X) = {sd * sd}", st)
    text = f"확률변수 X에 대하여 {gv}일 때, {bogi_question(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"
    truth = ", ".join(lab for lab, (_, ok) in zip("ㄱㄴㄷ", stmts, strict=True) if ok)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["기댓값", "분산", "표준편차"], choice=ch, check=lambda: ch.options[ch.correct] == truth)


@family(_S2, "card-number-mean-sd")
def _s2_cards(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        nums = sorted(rng.choices(range(1, 6), k=rng.choice([4, 5, 6])))
        desc = ", ".join(str(v) for v in nums)
        setup = f"숫자 {desc}이 하나씩 적힌 카드 {len(nums)}장 중에서 임의로 한 장을 뽑을 때, 뽑은 카드에 적힌 수를 X라 하자."
        setup = setup.replace(f"{desc}이", josa(desc, "이/가"))
        outs = nums
    elif kind == 1:
        n = rng.choice([4, 5, 6])
        outs = [a + b for a, b in itertools.combinations(range(1, n + 1), 2)]
        setup = f"1부터 {n}까지의 자연수가 하나씩 적힌 {n}장의 카드 중에서 임의로 2장을 동시에 뽑을 때, 두 수의 합을 X라 하자."
    else:
        n = rng.choice([4, 5, 6])
        outs = [abs(a - b) for a, b in itertools.combinations(range(1, n + 1), 2)]
        setup = f"1, 2, …, {n}의 숫자가 각각 적힌 공 {n}개가 든 주머니에서 공 2개를 동시에 꺼낼 때, 꺼낸 두 공에 적힌 수의 차를 X라 하자."
    mean = Fr(sum(outs), len(outs))
    var = Fr(sum(o * o for o in outs), len(outs)) - mean * mean
    q = rng.randrange(3)
    if q == 0:
        ans, ask, d = _fa(mean), f"{_r(_ET + '(X)', st)}의 {_end(rng, '값')}", 2
    elif q == 1:
        ans, ask, d = _fa(var), f"{_r(_VT + '(X)', st)}의 {_end(rng, '값')}", 3
    else:
        a = rng.choice([2, 3, 5, 10])
        ans, ask, d = _fa(a * mean + 1), f"{_r(_ET + f'({a}X + 1)', st)}의 {_end(rng, '값')}", 3
    text = f"{setup} {ask}"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["기댓값", "이산확률변수"] if q != 1 else ["분산", "이산확률변수"],
                   check=lambda: sp.nsimplify(ans) == [sp.Rational(sum(outs), len(outs)),
                                                        sp.Rational(sum(o * o for o in outs), len(outs)) - sp.Rational(sum(outs), len(outs)) ** 2,
                                                        a * sp.Rational(sum(outs), len(outs)) + 1 if q == 2 else 0][q])


# ================================================================================================
# 12확통03-03 이항분포
# ================================================================================================
_S3 = "12확통03-03"

# (situation template with {n}, success probability, what is counted)
_BIN_SIT = [
    ("한 개의 주사위를 {n}번 던질 때 3의 배수의 눈이 나오는 횟수", Fr(1, 3)),
    ("한 개의 주사위를 {n}번 던질 때 6의 약수의 눈이 나오는 횟수", Fr(2, 3)),
    ("주사위 한 개를 {n}번 던질 때 1의 눈이 나오는 횟수", Fr(1, 6)),
    ("동전 한 개를 {n}번 던질 때 앞면이 나오는 횟수", Fr(1, 2)),
    ("4개의 보기 중 정답이 하나인 문제 {n}개에 무작위로 답을 적을 때 맞힌 문제의 수", Fr(1, 4)),
    ("5지선다형 문제 {n}개의 답을 임의로 고를 때 정답을 고른 문제의 수", Fr(1, 5)),
    ("흰 공 2개와 검은 공 3개가 든 주머니에서 공을 한 개 꺼내 색을 확인하고 다시 넣는 시행을 {n}번 할 때 흰 공이 나오는 횟수", Fr(2, 5)),
    ("두 개의 동전을 동시에 던지는 시행을 {n}번 반복할 때 두 개 모두 앞면이 나오는 횟수", Fr(1, 4)),
    ("두 개의 주사위를 동시에 던지는 시행을 {n}번 할 때 두 눈의 수가 같은 횟수", Fr(1, 6)),
]
_BIN_SIT_PCT = [
    ("자유투 성공률이 {pct}%인 농구 선수가 자유투를 {n}번 던질 때 성공하는 횟수",),
    ("어떤 씨앗의 발아율이 {pct}%일 때, 이 씨앗 {n}개를 심어서 싹이 트는 씨앗의 수",),
    ("어느 공장에서 생산하는 제품의 불량률이 {pct}%일 때, 임의로 고른 제품 {n}개 중 불량품의 개수",),
    ("어느 지역 주민의 {pct}%가 대중교통으로 출근한다고 할 때, 이 지역 주민 중 임의로 뽑은 {n}명 중 대중교통으로 출근하는 사람의 수",),
    ("예약 고객이 실제로 방문할 확률이 {pct}%인 식당에서 예약 고객 {n}명 중 실제로 방문하는 고객의 수",),
]


def _bsit(rng: random.Random, n: int, p: Fr | None = None) -> tuple[str, Fr]:
    """A situation text (ends with the counted quantity) and its success probability."""
    if p is not None and p.denominator in (10, 5, 20, 4, 2, 25, 50, 100) and rng.random() < 0.6:
        pool = [t[0] for t in _BIN_SIT_PCT if p <= Fr(3, 10) or "불량률" not in t[0]]
        return rng.choice(pool).format(n=n, pct=int(p * 100)), p
    ok = [s for s in _BIN_SIT if p is None or s[1] == p]
    if not ok:
        tpl = rng.choice(_BIN_SIT_PCT)[0]
        if (p * 100).denominator != 1:
            return f"한 번의 시행에서 사건 A가 일어날 확률이 {_fa(p)}일 때, 이 시행을 {n}번 독립적으로 반복하여 사건 A가 일어나는 횟수", p
        return tpl.format(n=n, pct=int(p * 100)), p
    tpl, pp = rng.choice(ok)
    return tpl.format(n=n), pp


def _btex(n: int, p) -> str:
    return f"\\mathrm{{B}}\\left({n}, {_ft(p)}\\right)"


def _bans(n: int, p) -> str:
    return f"B({n}, {_fa(p)})"


@family(_S3, "identify-binomial")
def _s3_identify(rng: random.Random) -> Problem:
    n = rng.choice([5, 8, 10, 12, 20, 30, 50, 100])
    if rng.random() < 0.5:
        sit, p = _bsit(rng, n)
    else:
        p = Fr(rng.choice([10, 20, 30, 40, 60, 70, 80, 90]), 100)
        sit, p = _bsit(rng, n, p)
    text = rng.choice([
        f"{sit}를 확률변수 X라 하자. X가 따르는 이항분포를 B(n, p) 꼴로 나타내시오.",
        f"{sit}를 X라 하자. X는 이항분포 B(n, p)를 따른다고 할 때, n과 p의 값을 각각 {_end(rng)}",
        f"{sit}를 X라 하면 X는 어떤 이항분포를 따르는지 기호로 나타내어라.",
    ])
    text = text.replace(f"{sit}를", josa(sit, "을/를"))
    ans = _bans(n, p) if "n과 p의 값" not in text else f"n = {n}, p = {_fa(p)}"
    return Problem(text=text, answer=ans, format="word", difficulty=1, achievement_level="E",
                   concepts=["이항분포"], check=lambda: 0 < p < 1 and n >= 1)


def _nice_np(rng: random.Random) -> tuple[int, Fr]:
    """(n, p) whose mean and variance are integers."""
    p = rng.choice([Fr(1, 2), Fr(1, 3), Fr(2, 3), Fr(1, 4), Fr(3, 4), Fr(1, 5), Fr(2, 5), Fr(1, 6), Fr(1, 10), Fr(1, 8)])
    q = 1 - p
    base = p.denominator ** 2 // _m.gcd(p.denominator ** 2, p.numerator * q.numerator)
    mult = rng.choice([1, 2, 3, 4, 5, 6, 8, 10])
    n = base * mult
    while n > 800:
        mult = max(1, mult // 2)
        n = base * mult
        if mult == 1:
            break
    return n, p


@family(_S3, "binomial-mean-var-sd")
def _s3_stats(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n, p = _nice_np(rng)
    m, v = n * p, n * p * (1 - p)
    q = rng.randrange(4)
    ab = (0, 0, "E")
    btx = _r(f"X \\sim {_btex(n, p)}" if rng.random() < 0.3 else _btex(n, p), st).replace("∼", "~")
    if "sim" in btx or "~" in btx:
        follow = f"확률변수 X에 대하여 {btx}일 때,"
    else:
        follow = f"확률변수 X가 이항분포 {_jr(_btex(n, p), st, '을/를')} 따를 때,"
    if q == 0:
        ans, ask, d = _fa(m), f"X의 평균을 {_end(rng)}", 2
    elif q == 1:
        ans, ask, d = _fa(v), f"{_r(_VT + '(X)', st)}의 {_end(rng, '값')}", 2
    elif q == 2:
        ans, ask, d = _sq_ans(v), f"X의 표준편차를 {_end(rng)}", 2
    else:
        a = rng.choice([2, 3, -2, 4])
        b = rng.randint(-3, 5)
        lin = f"{a}X {'+' if b >= 0 else '-'} {abs(b)}"
        which = rng.choice(["E", "V"])
        ab = (a, b, which)
        val = a * m + b if which == "E" else a * a * v
        ans, d = _fa(val), 3
        ask = f"{_r((_ET if which == 'E' else _VT) + '(' + lin + ')', st)}의 {_end(rng, '값')}"
    text = f"{follow} {ask}"

    def chk() -> bool:
        k = sp.Symbol("k", integer=True)
        pr = sp.Rational(p.numerator, p.denominator)
        pmf = sp.binomial(n, k) * pr**k * (1 - pr) ** (n - k)
        if n <= 24:
            mean = sum(i * pmf.subs(k, i) for i in range(n + 1))
            var = sum(i * i * pmf.subs(k, i) for i in range(n + 1)) - mean**2
        else:
            mean, var = n * pr, n * pr * (1 - pr)
        if q == 0:
            return mean == sp.Rational(ans)
        if q == 1:
            return var == sp.Rational(ans)
        if q == 2:
            c, t = _sqrt_parts(v)
            return sp.sqrt(var) == sp.Rational(c.numerator, c.denominator) * sp.sqrt(t)
        a_, b_, w_ = ab
        return (a_ * mean + b_ if w_ == "E" else a_**2 * var) == sp.Rational(ans)
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이항분포", "평균", "분산", "표준편차"], check=chk)


@family(_S3, "n-p-from-mean-variance")
def _s3_np(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n, p = _nice_np(rng)
    m, v = n * p, n * p * (1 - p)
    q = rng.randrange(3)
    given_sd = rng.random() < 0.4 and _sqrt_parts(v)[1] == 1
    g2 = _r(f"{_SGT}(X) = {_ft(_sqrt_parts(v)[0])}", st) if given_sd else _r(f"{_VT}(X) = {_ft(v)}", st)
    g1 = _r(f"{_ET}(X) = {_ft(m)}", st)
    if q == 0:
        ans, ask, d = str(n), f"n의 {_end(rng, '값')}", 3
    elif q == 1:
        ans, ask, d = _fa(p), f"p의 {_end(rng, '값')}", 3
    else:
        ans, ask, d = _fa(v + m * m), f"{_r(_ET + '(X^{2})', st)}의 {_end(rng, '값')}", 4
    text = rng.choice([
        f"확률변수 X가 이항분포 B(n, p)를 따르고 {g1}, {g2}일 때, {ask}{_pts(rng, d)}",
        f"이항분포 B(n, p)를 따르는 확률변수 X의 평균이 {_ft(m) if st == 'latex' and m.denominator > 1 else _fa(m)}, "
        f"{'표준편차가 ' + _fa(_sqrt_parts(v)[0]) if given_sd else '분산이 ' + _fa(v)}일 때, {ask}",
    ])
    N, P = sp.symbols("N P", positive=True)

    def chk() -> bool:
        sol = sp.solve([N * P - sp.Rational(m.numerator, m.denominator), N * P * (1 - P) - sp.Rational(v.numerator, v.denominator)], [N, P], dict=True)
        s0 = sol[0]
        got = [s0[N], s0[P], s0[N] * s0[P] * (1 - s0[P]) + (s0[N] * s0[P]) ** 2][q]
        return len(sol) == 1 and got == sp.Rational(ans)
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이항분포", "평균", "분산"], check=chk)


def _bpmf(n: int, p: Fr, k: int) -> Fr:
    return _m.comb(n, k) * p**k * (1 - p) ** (n - k)


@family(_S3, "binomial-pmf-exact")
def _s3_pmf(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([3, 4, 4, 5, 6])
    p = rng.choice([Fr(1, 2), Fr(1, 3), Fr(2, 3), Fr(1, 4), Fr(1, 6)])
    q = rng.randrange(3)
    if q == 0:
        k = rng.randint(1, n - 1)
        sel, ev = {k}, f"X = {k}"
    elif q == 1:
        sel, ev = {n - 1, n}, f"X >= {n - 1}"
    else:
        sel, ev = {0, 1}, "X <= 1"
    ans = sum(_bpmf(n, p, k) for k in sel)
    sit = _bsit(rng, n, p)[0] if rng.random() < 0.6 else None
    if sit is None:
        text = f"확률변수 X가 이항분포 {_jr(_btex(n, p), st, '을/를')} 따를 때, {_P(ev, st)}의 {_end(rng, '값')}"
    else:
        text = f"{josa(sit, '을/를')} X라 할 때, {_P(ev, st)}의 {_end(rng, '값')}"
    d = 3 if q == 0 else 4
    text += _pts(rng, d)

    def chk() -> bool:
        pr = sp.Rational(p.numerator, p.denominator)
        tot = 0
        for outcome in itertools.product((0, 1), repeat=n):
            if sum(outcome) in sel:
                tot += sp.prod([pr if o else 1 - pr for o in outcome])
        return tot == sp.Rational(ans.numerator, ans.denominator)
    return Problem(text=text, answer=_fa(ans), format="word" if sit else "computation", difficulty=d,
                   achievement_level=secondary_level(d), concepts=["이항분포", "독립시행"], check=chk)


@family(_S3, "pmf-formula-to-moments")
def _s3_formula(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n, p = _nice_np(rng)
    if n > 100:
        n, p = 36, Fr(1, 3)
    qv = 1 - p
    form = rng.randrange(2)
    if form == 0:
        pm = f"\\mathrm{{P}}(X=x) = {{}}_{{{n}}}\\mathrm{{C}}_{{x}} \\left({_ft(p)}\\right)^{{x}} \\left({_ft(qv)}\\right)^{{{n}-x}}"
    else:
        pm = (f"\\mathrm{{P}}(X=x) = {{}}_{{{n}}}\\mathrm{{C}}_{{x}} \\frac{{{p.numerator ** 1}^{{x}} \\times {qv.numerator}^{{{n}-x}}}}"
              f"{{{p.denominator}^{{{n}}}}}") if p.denominator == qv.denominator and p.numerator > 1 and qv.numerator > 1 and n <= 12 else \
             f"\\mathrm{{P}}(X=x) = {{}}_{{{n}}}\\mathrm{{C}}_{{x}} \\left({_ft(p)}\\right)^{{x}} \\left({_ft(qv)}\\right)^{{{n}-x}}"
    m, v = n * p, n * p * qv
    q = rng.randrange(3)
    if q == 0:
        ans, ask, d = _fa(v + m * m), f"{_r(_ET + '(X^{2})', st)}의 {_end(rng, '값')}", 4
    elif q == 1:
        a = rng.choice([2, 3, 4])
        ans, ask, d = _fa(a * a * v), f"{_r(_VT + f'({a}X + 1)', st)}의 {_end(rng, '값')}", 3
    else:
        ans, ask, d = _fa(m), f"X의 평균을 {_end(rng)}", 3
    rng_txt = _r(f"x = 0, 1, 2, \\cdots, {n}", st)
    text = rng.choice([
        f"확률변수 X의 확률질량함수가\n{_r(pm, st)} ({rng_txt})\n일 때, {ask}{_pts(rng, d)}",
        f"확률변수 X의 확률분포가 {_r(pm, st)} ({rng_txt})이다. {ask}",
    ])

    def chk() -> bool:
        pr = sp.Rational(p.numerator, p.denominator)
        mm, vv = n * pr, n * pr * (1 - pr)
        if n <= 20:
            k = sp.Symbol("k")
            pmf = sp.binomial(n, k) * pr**k * (1 - pr) ** (n - k)
            mm = sum(i * pmf.subs(k, i) for i in range(n + 1))
            vv = sum(i * i * pmf.subs(k, i) for i in range(n + 1)) - mm**2
        if q == 0:
            return vv + mm**2 == sp.Rational(ans)
        if q == 1:
            return sp.Rational(ans) / vv in (4, 9, 16)
        return mm == sp.Rational(ans)
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이항분포", "확률질량함수", "분산"], check=chk)


@family(_S3, "at-least-once")
def _s3_atleast(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([3, 4, 5])
    p = rng.choice([Fr(1, 2), Fr(1, 3), Fr(2, 3), Fr(1, 4), Fr(3, 4), Fr(2, 5), Fr(3, 5)])
    kind = rng.randrange(2)
    if kind == 0:
        ans = 1 - (1 - p) ** n
        ev, ask = "X >= 1", "1 이상"
    else:
        ans = 1 - (1 - p) ** n - n * p * (1 - p) ** (n - 1)
        ev, ask = "X >= 2", "2 이상"
    sit, _ = _bsit(rng, n, p)
    text = rng.choice([
        f"{josa(sit, '을/를')} X라 하자. X가 따르는 확률분포를 이용하여 {_P(ev, st)}의 값을 {_end(rng)}",
        f"{josa(sit, '을/를')} 확률변수 X라 할 때, {_jr(_PT + _tx(ev) + ')', st, '을/를')} {_end(rng)}",
        f"{josa(sit, '을/를')} X라 할 때, X가 {ask}일 확률을 {_end(rng)}",
    ])
    d = 3 if kind == 0 else 4

    def chk() -> bool:
        pr = sp.Rational(p.numerator, p.denominator)
        lo = 1 if kind == 0 else 2
        return sum(_m.comb(n, j) * pr**j * (1 - pr) ** (n - j) for j in range(lo, n + 1)) == sp.Rational(ans.numerator, ans.denominator)
    return Problem(text=text, answer=_fa(ans), format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["이항분포", "여사건"], also=["12확통02-03"] if kind == 0 else [], check=chk)


@family(_S3, "score-game-expectation")
def _s3_score(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([10, 12, 15, 18, 20, 24, 30])
    p = rng.choice([Fr(1, 2), Fr(1, 3), Fr(2, 3), Fr(1, 6), Fr(1, 5)])
    while (n * p).denominator != 1:
        n += 1
    win, lose = rng.choice([(3, 1), (5, 2), (4, 1), (2, 1), (10, 5)])
    sit_kind = rng.randrange(2)
    if sit_kind == 0:
        txt = (f"한 번의 시행에서 성공하면 {win}점을 얻고, 실패하면 {lose}점을 잃는 게임이 있다. 한 번의 시행에서 성공할 확률이 "
               f"{_r(_ft(p), st)}일 때, 이 시행을 {n}번 반복하여 얻는 점수의 합을 Y라 하자.")
    else:
        ev = {Fr(1, 2): "앞면", Fr(1, 3): "3의 배수의 눈", Fr(2, 3): "2 이상 5 이하의 눈", Fr(1, 6): "6의 눈", Fr(1, 5): "당첨"}[p]
        if p == Fr(1, 2):
            txt = f"동전 한 개를 {n}번 던질 때 {josa(ev, '이/가')} 나오면 {win}점, 뒷면이 나오면 −{lose}점을 받는다. 받은 점수의 합을 Y라 하자."
        elif p == Fr(1, 5):
            txt = (f"당첨 확률이 {_r(_ft(p), st)}인 복권을 {n}장 긁을 때, 당첨이면 {win}점을 받고 당첨이 아니면 {lose}점을 잃는다. "
                   f"얻은 점수의 합을 Y라 하자.")
        else:
            txt = f"주사위 한 개를 {n}번 던질 때 {josa(ev, '이/가')} 나오면 {win}점을 얻고, 그 외의 눈이 나오면 {lose}점을 잃는다. 점수의 합을 Y라 하자."
    q = rng.randrange(2)
    m, v = n * p, n * p * (1 - p)
    coef = win + lose
    ey, vy = coef * m - lose * n, coef * coef * v
    if q == 0:
        ans, ask = _fa(ey), f"Y의 기댓값을 {_end(rng)}"
    else:
        ans, ask = _fa(vy), f"{_r(_VT + '(Y)', st)}의 {_end(rng, '값')}"
    text = f"{txt} {ask}{_pts(rng, 4)}"

    def chk() -> bool:
        pr = sp.Rational(p.numerator, p.denominator)
        X = sp.Symbol("X")
        y = win * X - lose * (n - X)
        a_, b_ = sp.Poly(y, X).all_coeffs()
        e = a_ * n * pr + b_
        vv = a_**2 * n * pr * (1 - pr)
        return (e if q == 0 else vv) == sp.Rational(ans)
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["이항분포", "기댓값", "분산"], also=[_S2], check=chk)


@family(_S3, "binomial-bogi")
def _s3_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n, p = _nice_np(rng)
    if n > 200:
        n, p = 50, Fr(1, 5)
    m, v = n * p, n * p * (1 - p)
    small = n <= 12
    cand = [
        (f"X의 평균은 {_fa(m)}이다.", True),
        (f"X의 평균은 {_fa(n * (1 - p))}이다.", n * (1 - p) == m),
        (f"X의 분산은 {_fa(v)}이다.", True),
        (f"X의 분산은 {_fa(m)}이다.", m == v),
        (f"X의 표준편차는 {_sq_ans(v)}이다.", True),
        (_r(_VT + '(2X)' + ' = ' + _ft(2 * v), st), False),
        (_r(_ET + '(2X + 1)' + ' = ' + _ft(2 * m + 1), st), True),
        (f"{_r(f'{_PT}X = 0) = {_PT}X = {n})', st)}", p == Fr(1, 2)),
    ]
    if small:
        cand.append((f"{_r(f'{_PT}X = 1) = {_ft(_bpmf(n, p, 1))}', st)}", True))
    stmts = _pick_bogi(rng, cand)
    block, ch = bogi(rng, stmts)
    text = f"확률변수 X가 이항분포 {_jr(_btex(n, p), st, '을/를')} 따를 때, {bogi_question(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"
    truth = ", ".join(lab for lab, (_, ok) in zip("ㄱㄴㄷ", stmts, strict=True) if ok)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["이항분포", "평균", "분산"], choice=ch, check=lambda: ch.options[ch.correct] == truth)


@family(_S3, "sum-notation-moment")
def _s3_sum(rng: random.Random) -> Problem:
    n, p = _nice_np(rng)
    if n > 120:
        n, p = 48, Fr(1, 4)
    m, v = n * p, n * p * (1 - p)
    q = rng.randrange(3)
    term = f"{{}}_{{{n}}}\\mathrm{{C}}_{{x}} \\left({_ft(p)}\\right)^{{x}} \\left({_ft(1 - p)}\\right)^{{{n}-x}}"
    if q == 0:
        expr, ans = f"\\sum_{{x=0}}^{{{n}}} x \\, {term}", m
    elif q == 1:
        expr, ans = f"\\sum_{{x=0}}^{{{n}}} x^{{2}} \\, {term}", v + m * m
    else:
        c = rng.choice([2, 3])
        expr, ans = f"\\sum_{{x=0}}^{{{n}}} ({c}x + 1) \\, {term}", c * m + 1
    text = rng.choice([
        f"${expr}$의 값을 {_end(rng)}{_pts(rng, 4)}",
        f"다음 식의 값을 구하시오.{_pts(rng, 4)}\n${expr}$",
    ])

    def chk() -> bool:
        pr = sp.Rational(p.numerator, p.denominator)
        mm = n * pr
        e2 = n * pr * (1 - pr) + mm**2
        return [mm, e2, (ans - 1) / mm * mm + 1 if q == 2 else 0][q] == sp.Rational(ans.numerator, ans.denominator)
    return Problem(text=text, answer=_fa(ans), format="computation", difficulty=4, achievement_level="B",
                   concepts=["이항분포", "평균"], check=chk)


_NOT_BIN = [
    "흰 공 3개와 검은 공 5개가 든 주머니에서 공을 한 개씩 꺼내되 꺼낸 공은 다시 넣지 않을 때, 4번 꺼내는 동안 나온 흰 공의 개수",
    "1부터 10까지의 수가 적힌 카드 10장 중 3장을 동시에 뽑을 때 나오는 짝수 카드의 장수",
    "주사위를 처음으로 6의 눈이 나올 때까지 던질 때 던진 횟수",
    "한 반 학생 30명 중 임의로 5명을 동시에 뽑을 때 뽑힌 안경을 쓴 학생의 수",
]


@family(_S3, "which-is-binomial-mcq")
def _s3_which(rng: random.Random) -> Problem:
    want_bin = rng.random() < 0.5
    bins = []
    for _ in range(8):
        n = rng.choice([4, 5, 6, 10])
        bins.append(_bsit(rng, n)[0])
    bins = list(dict.fromkeys(bins))
    if want_bin:
        right = bins[0]
        ch = choices(rng, right, rng.sample(_NOT_BIN, 4))
        stem = rng.choice(["다음 중 확률변수 X가 이항분포를 따르는 것은?", "다음에서 X가 이항분포를 따르는 것을 고르면?"])
    else:
        right = rng.choice(_NOT_BIN)
        if len(bins) < 4:
            bins += [_bsit(rng, 20 + i)[0] for i in range(4)]
            bins = list(dict.fromkeys(bins))
        ch = choices(rng, right, bins[:4])
        stem = rng.choice(["다음 중 확률변수 X가 이항분포를 따르지 않는 것은?", "X가 이항분포를 따른다고 할 수 없는 것은?"])
    text = with_choices(f"{stem} (단, 각 보기의 X는 해당 수량을 나타낸다.)" if rng.random() < 0.3 else stem, ch)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["이항분포", "독립시행"], choice=ch,
                   check=lambda: (ch.options[ch.correct] in _NOT_BIN) != want_bin)


# ================================================================================================
# 12확통03-04 정규분포
# ================================================================================================
_S4 = "12확통03-04"

_NCTX = [  # (population description, unit, means, sigmas)
    ("어느 고등학교 3학년 학생들의 키", "cm", range(160, 176), (4, 5, 6, 8)),
    ("어느 농장에서 수확한 사과 한 개의 무게", "g", range(250, 360, 10), (10, 20, 30)),
    ("어느 회사에서 생산하는 전구의 수명", "시간", range(800, 1600, 100), (40, 50, 100)),
    ("어느 지역 고등학생의 하루 스마트폰 사용 시간", "분", range(120, 210, 10), (20, 30, 40)),
    ("어느 시험에 응시한 수험생들의 점수", "점", range(55, 76), (6, 8, 10)),
    ("어느 공장에서 생산된 음료 한 병의 용량", "mL", (350, 500, 1000), (2, 4, 6)),
    ("어느 택배 회사의 상자 하나의 배송 시간", "시간", range(20, 41), (2, 4, 6)),
    ("어느 도시 직장인들의 출근 소요 시간", "분", range(30, 61, 5), (4, 6, 10)),
]


def _zcut(z) -> Decimal:
    return Decimal(str(z))


def _zprob(lo, hi) -> Decimal:
    """P(lo ≤ Z ≤ hi) from 4-place table values; None means unbounded."""
    def cdf(v):  # P(Z ≤ v) from the table
        v = Decimal(str(v))
        return Decimal("0.5") + (_zval(v) if v >= 0 else -_zval(-v))
    up = Decimal(1) if hi is None else cdf(hi)
    dn = Decimal(0) if lo is None else cdf(lo)
    return up - dn


def _zprob_erf(lo, hi) -> float:
    def cdf(v):
        return 0.5 + _phi0(float(v))
    return (1.0 if hi is None else cdf(hi)) - (0.0 if lo is None else cdf(lo))


def _near(a, b, tol: float = 0.0003) -> bool:
    return abs(float(a) - float(b)) <= tol


def _ntex(m, sd) -> str:
    return f"\\mathrm{{N}}\\left({m}, {sd}^{{2}}\\right)"


def _zpick(rng: random.Random, k: int = 2, grid=(0.5, 1, 1.5, 2, 2.5)) -> list[Decimal]:
    return sorted(Decimal(str(rng.choice(grid))) * rng.choice([1, -1]) for _ in range(k))


def _ev_text(lo, hi, var: str = "X") -> str:
    if lo is None:
        return f"{var} <= {hi}"
    if hi is None:
        return f"{var} >= {lo}"
    return f"{lo} <= {var} <= {hi}"


def _fmtnum(v) -> str:
    v = Decimal(str(v))
    return format(v.normalize(), "f") if v != v.to_integral() else str(int(v))


@family(_S4, "standardize-interval")
def _s4_interval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.choice([rng.randint(10, 90), rng.randint(1, 30) * 10])
    sd = rng.choice([2, 3, 4, 5, 8, 10])
    kind = rng.randrange(3)
    grid = [Decimal(str(g)) * sg for g in (0.5, 1, 1.5, 2, 2.5) for sg in (1, -1)]
    z1, z2 = sorted(rng.sample(grid, 2))
    if kind == 0:
        zl, zh = z1, z2
    elif kind == 1:
        zl, zh = None, z2
    else:
        zl, zh = z1, None
    xl = None if zl is None else m + zl * sd
    xh = None if zh is None else m + zh * sd
    ans = _zprob(zl, zh)
    ev = _ev_text(None if xl is None else _fmtnum(xl), None if xh is None else _fmtnum(xh))
    zs = {abs(z) for z in (zl, zh) if z is not None and z != 0}
    zs |= {Decimal(str(rng.choice([0.5, 1, 1.5, 2, 2.5, 3])))}
    tab = _ztab(rng, zs, st)
    body = rng.choice([
        f"확률변수 X가 정규분포 {_jr(_ntex(m, sd), st, '을/를')} 따를 때, {_P(ev, st)}의 값을 {_end(rng)}",
        f"정규분포 {_jr(_ntex(m, sd), st, '을/를')} 따르는 확률변수 X에 대하여 {_P(ev, st)}의 값을 아래 표준정규분포표를 이용하여 {_end(rng)}",
        f"확률변수 X가 평균이 {m}, 표준편차가 {sd}인 정규분포를 따를 때, {_P(ev, st)}의 값은?{_pts(rng, 3)}",
    ])
    text = _with_tab(rng, body, tab)
    d = 3 if kind == 0 else 2
    return Problem(text=text, answer=_dec(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정규분포", "표준정규분포"],
                   check=lambda: _near(ans, _zprob_erf(None if xl is None else (xl - m) / sd, None if xh is None else (xh - m) / sd)))


@family(_S4, "normal-word-proportion")
def _s4_word(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pop, unit, means, sds = rng.choice(_NCTX)
    m, sd = rng.choice(list(means)), rng.choice(sds)
    kind = rng.randrange(3)
    z = Decimal(str(rng.choice([0.5, 1, 1.5, 2, 2.5])))
    if kind == 0:
        zl, zh = z, None
        cond = f"{_fmtnum(m + z * sd)}{unit} 이상"
    elif kind == 1:
        zl, zh = None, -z
        cond = f"{_fmtnum(m - z * sd)}{unit} 이하"
    else:
        z2 = Decimal(str(rng.choice([0.5, 1, 1.5, 2])))
        zl, zh = -z2, z
        cond = f"{_fmtnum(m - z2 * sd)}{unit} 이상 {_fmtnum(m + z * sd)}{unit} 이하"
    pr = _zprob(zl, zh)
    count = rng.random() < 0.4
    what = pop.split("의 ")[-1]
    person = any(w in pop for w in ("학생", "수험생", "직장인"))
    if count:
        total = rng.choice([t for t in (1000, 2000, 5000, 10000) if (pr * t) == (pr * t).to_integral()] or [10000])
        ans = _fmtnum(pr * total)
        ask = rng.choice([f"전체 {total:,}명(개) 중 {josa(what, '이/가')} {cond}인 것은 약 몇 명(개)인지 구하시오.",
                          f"이 중 {total:,}개(명)를 조사할 때, {josa(what, '이/가')} {cond}일 것으로 기대되는 개수(명수)를 구하시오."])
        if person:
            ask = f"전체 {total:,}명 중 {josa(what, '이/가')} {cond}인 사람은 약 몇 명인지 구하시오."
            ans += "명"
        else:
            ask = f"이 중 {total:,}개를 임의로 골랐을 때, {josa(what, '이/가')} {cond}인 것은 약 몇 개인지 구하시오."
            ans += "개"
    else:
        ans = _dec(pr)
        one = josa("한 명" if person else "하나", "을/를")
        ask = rng.choice([f"임의로 {one} 택할 때, {josa(what, '이/가')} {cond}일 확률을 {_end(rng)}",
                          f"이 중에서 임의로 {one} 택하였을 때, {josa(what, '이/가')} {cond}일 확률은?"])
    lead = rng.choice([
        f"{josa(pop, '은/는')} 평균이 {m}{unit}, 표준편차가 {sd}{unit}인 정규분포를 따른다고 한다.",
        f"{josa(pop, '은/는')} 정규분포 {_jr(_ntex(m, sd), st, '을/를')} 따른다고 한다. (단위: {unit})",
    ])
    zs = {abs(v) for v in (zl, zh) if v is not None}
    text = _with_tab(rng, f"{lead} {ask}", _ztab(rng, zs, st))
    d = 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정규분포", "표준정규분포"], check=lambda: _near(pr, _zprob_erf(zl, zh)))


@family(_S4, "find-constant-from-prob")
def _s4_findk(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randint(2, 30) * 5
    sd = rng.choice([2, 4, 5, 6, 10])
    z = Decimal(str(rng.choice([0.5, 1, 1.5, 2, 2.5])))
    kind = rng.randrange(3)
    if kind == 0:
        pv = Decimal("0.5") + _zval(z)
        ev, k = "X <= k", m + z * sd
    elif kind == 1:
        pv = Decimal("0.5") - _zval(z)
        ev, k = "X >= k", m + z * sd
    else:
        pv = 2 * _zval(z)
        ev, k = f"{m} - k <= X <= {m} + k", z * sd
    extra = Decimal(str(rng.choice([0.5, 1, 1.5, 2, 2.5])))
    tab = _ztab(rng, {z, extra}, st)
    body = rng.choice([
        f"확률변수 X가 정규분포 {_jr(_ntex(m, sd), st, '을/를')} 따르고 {_r(_PT + _tx(ev) + ') = ' + str(pv), st)}일 때, "
        f"상수 k의 {_end(rng, '값')}",
        f"평균이 {m}, 표준편차가 {sd}인 정규분포를 따르는 확률변수 X에 대하여 {_jr(_PT + _tx(ev) + ') = ' + str(pv), st, '을/를')} "
        f"만족시키는 상수 k의 값을 {_end(rng)}",
    ])
    text = _with_tab(rng, body + _pts(rng, 3), tab)
    return Problem(text=text, answer=_fmtnum(k), format="computation", difficulty=3, achievement_level="C",
                   concepts=["정규분포", "표준정규분포"],
                   check=lambda: _near(pv, (0.5 + _phi0(float((k - m) / sd))) if kind == 0 else
                                       (0.5 - _phi0(float((k - m) / sd))) if kind == 1 else 2 * _phi0(float(k / sd))))


@family(_S4, "symmetry-find-mean")
def _s4_sym(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randint(5, 60)
    sd = rng.choice([2, 3, 4, 5])
    dlt = rng.randint(2, 12)
    a, b = m - dlt, m + dlt
    kind = rng.randrange(3)
    if kind == 0:
        cond = _r(f"\\mathrm{{P}}(X \\le {a}) = \\mathrm{{P}}(X \\ge {b})", st)
    elif kind == 1:
        cond = f"X의 확률밀도함수 f(x)가 {_r(f'f({a}) = f({b})', st)}를 만족시킨다"
        cond = cond.replace(f"f({b})를", josa(f"f({b})", "을/를")) if st != "latex" else cond.replace(")$를", ")$" + josa(str(b), "을/를")[-1])
    else:
        cond = _r(f"\\mathrm{{P}}(X \\le {a}) + \\mathrm{{P}}(X \\le {b}) = 1", st)
    q = rng.randrange(2)
    if q == 0 or kind == 1:
        text = f"확률변수 X가 정규분포 {_jr(f'{_NT}(m, {sd}^{{2}})', st, '을/를')} 따르고 {cond}일 때, m의 {_end(rng, '값')}"
        text = text.replace("를 만족시킨다일 때", "를 만족시킬 때").replace("을 만족시킨다일 때", "을 만족시킬 때")
        ans = str(m)
        d, chk = 2, (lambda: (a + b) / 2 == m)
        fmt = "computation"
        tab_needed = None
    else:
        z = Decimal(str(rng.choice([1, 1.5, 2])))
        lo = m - z * sd
        pr = _zprob(None, -z)
        text = (f"확률변수 X가 정규분포 {_jr(f'{_NT}(m, {sd}^{{2}})', st, '을/를')} 따르고 {cond}일 때, "
                f"{_P(f'X <= {_fmtnum(lo)}', st)}의 값을 {_end(rng)}{_pts(rng, 4)}")
        ans = _dec(pr)
        d, fmt = 4, "computation"
        tab_needed = z

        def chk() -> bool:
            return _near(pr, _zprob_erf(None, float((lo - Decimal((a + b) / 2)) / sd)))
    if tab_needed is not None:
        text = _with_tab(rng, text, _ztab(rng, {tab_needed, Decimal("0.5") + tab_needed}, st))
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정규분포", "정규분포 곡선"], check=chk)


@family(_S4, "binomial-normal-approx")
def _s4_approx(rng: random.Random) -> Problem:
    st = pick_style(rng)
    opts = [(100, Fr(1, 2), 50, 5), (400, Fr(1, 2), 200, 10), (162, Fr(1, 3), 54, 6), (450, Fr(1, 3), 150, 10),
            (192, Fr(1, 4), 48, 6), (720, Fr(1, 6), 120, 10), (180, Fr(1, 6), 30, 5),
            (100, Fr(1, 5), 20, 4), (400, Fr(1, 5), 80, 8), (625, Fr(1, 5), 125, 10), (900, Fr(1, 10), 90, 9)]
    n, p, m, sd = rng.choice(opts)
    z = Decimal(str(rng.choice([1, 1.5, 2, 2.5])))
    if (z * Decimal(str(sd))) != (z * Decimal(str(sd))).to_integral():
        z = Decimal(2)
    kind = rng.randrange(3)
    sdd = Decimal(str(sd))
    if kind == 0:
        k = m + z * sdd
        ev, pr = f"X >= {_fmtnum(k)}", _zprob(z, None)
    elif kind == 1:
        k = m - z * sdd
        ev, pr = f"X <= {_fmtnum(k)}", _zprob(None, -z)
    else:
        z2 = Decimal(str(rng.choice([1, 2])))
        k1, k2 = m - z2 * sdd, m + z * sdd
        ev, pr = f"{_fmtnum(k1)} <= X <= {_fmtnum(k2)}", _zprob(-z2, z)
    use_sit = rng.random() < 0.6
    if use_sit:
        sit = _bsit(rng, n, p)[0]
        lead = f"{josa(sit, '을/를')} 확률변수 X라 하자."
    else:
        lead = f"확률변수 X가 이항분포 {_jr(_btex(n, p), st, '을/를')} 따른다."
    zs = {abs(Decimal(str(v))) for v in ([z] if kind < 2 else [z, z2])}
    body = rng.choice([f"{lead} {_P(ev, st)}의 값을 정규분포를 이용하여 {_end(rng)}{_pts(rng, 4)}",
                       f"{lead} 시행 횟수가 충분히 크므로 X의 분포를 정규분포로 근사하여 {_P(ev, st)}의 값을 {_end(rng)}",
                       f"{lead} X가 근사적으로 따르는 정규분포를 이용하여 {_P(ev, st)}의 값을 {_end(rng)}"])
    text = _with_tab(rng, body, _ztab(rng, zs, st))
    d = 4 if use_sit else 3

    def chk() -> bool:
        pr_ = sp.Rational(p.numerator, p.denominator)
        mu, s2 = n * pr_, n * pr_ * (1 - pr_)
        sdv = float(sp.sqrt(s2))
        if kind == 0:
            ref = _zprob_erf((float(k) - float(mu)) / sdv, None)
        elif kind == 1:
            ref = _zprob_erf(None, (float(k) - float(mu)) / sdv)
        else:
            ref = _zprob_erf((float(k1) - float(mu)) / sdv, (float(k2) - float(mu)) / sdv)
        return mu == m and _near(pr, ref)
    return Problem(text=text, answer=_dec(pr), format="word" if use_sit else "computation", difficulty=d,
                   achievement_level=secondary_level(d), concepts=["이항분포", "정규분포", "표준정규분포"], also=[_S3], check=chk)


@family(_S4, "compare-standardized-scores")
def _s4_compare(rng: random.Random) -> Problem:
    subj = rng.sample(["국어", "수학", "영어", "과학", "사회", "한국사"], 2)
    who = name(rng)
    zs = rng.sample([0.5, 1, 1.5, 2, 2.5, -0.5], 2)
    rows = []
    for s, z in zip(subj, zs, strict=True):
        m = rng.randint(50, 75)
        sd = rng.choice([4, 5, 6, 8, 10])
        sc = m + Decimal(str(z)) * sd
        if sc != sc.to_integral():
            sc = m + int(z * 2) * sd // 2
            z = float((sc - m) / sd)
        rows.append((s, m, sd, int(sc), (Decimal(int(sc)) - m) / sd))
    better = max(rows, key=lambda r: r[4])
    if rows[0][4] == rows[1][4]:
        rows[1] = (rows[1][0], rows[1][1] - 1, rows[1][2], rows[1][3], (Decimal(rows[1][3]) - rows[1][1] + 1) / rows[1][2])
        better = max(rows, key=lambda r: r[4])
    table = _tbl(["과목", "평균(점)", "표준편차(점)", f"{who}의 점수(점)"],
                 [[r[0], str(r[1]), str(r[2]), str(r[3])] for r in rows], rng)
    text = rng.choice([
        f"어느 학교 학생들의 두 과목 시험 점수는 각각 정규분포를 따르고, 평균과 표준편차, {who}의 점수는 다음 표와 같다.\n{table}\n"
        f"{josa(who, '은/는')} 두 과목 중 어느 과목에서 상대적으로 더 좋은 성적을 얻었는지 {_end(rng, '쓰')}",
        f"{table}\n위 표는 두 과목 점수의 분포(각각 정규분포)와 {who}의 점수이다. 표준화한 점수를 비교하여 {who}의 상대적 위치가 "
        f"더 높은 과목을 {_end(rng)}",
    ])
    return Problem(text=text, answer=better[0], format="data", difficulty=3, achievement_level="C",
                   concepts=["정규분포", "표준정규분포"],
                   check=lambda: better[4] == max((Decimal(r[3]) - r[1]) / r[2] for r in rows))


@family(_S4, "normal-curve-bogi")
def _s4_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m1 = rng.randint(10, 50)
    m2 = m1 + rng.choice([0, 5, 10])
    s1, s2 = rng.sample([1, 2, 3, 4], 2)
    n1, n2 = _r(_ntex(m1, s1), st), _r(_ntex(m2, s2), st)
    c = rng.randint(1, 4)
    cand = [
        (f"X의 정규분포 곡선은 직선 x = {m1}에 대하여 대칭이다.", True),
        (f"Y의 정규분포 곡선은 직선 x = {m2 + 1}에 대하여 대칭이다.", False),
        (_PR(f"P(X <= {m1 - c}) = P(X >= {m1 + c})", st), True),
        (_PR(f"P(X <= {m1}) = 0.5", st), True),
        ("X의 정규분포 곡선이 Y의 정규분포 곡선보다 높고 폭이 좁다.", s1 < s2),
        ("Y의 정규분포 곡선이 X의 정규분포 곡선보다 높고 폭이 좁다.", s2 < s1),
        (_PR(f"P({m1} <= X <= {m1 + s1}) = P({m2} <= Y <= {m2 + s2})", st), True),
        (_PR(f"P({m1} <= X <= {m1 + 1}) = P({m2} <= Y <= {m2 + 1})", st), False),
        (_PR(f"P(X = {m1})", st) + "의 값은 0보다 크다.", False),
    ]
    stmts = _pick_bogi(rng, cand)
    block, ch = bogi(rng, stmts)
    text = (f"두 확률변수 X, Y가 각각 정규분포 {n1}, {_jr(_ntex(m2, s2), st, '을/를')} 따를 때, {bogi_question(rng)}{_pts(rng, 3)}\n"
            f"{block}\n{ch.block}")
    truth = ", ".join(lab for lab, (_, ok) in zip("ㄱㄴㄷ", stmts, strict=True) if ok)
    _ = n2
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["정규분포", "정규분포 곡선", "표준정규분포"], choice=ch, check=lambda: ch.options[ch.correct] == truth)


@family(_S4, "standard-normal-direct")
def _s4_std(rng: random.Random) -> Problem:
    st = pick_style(rng)
    grid = [Decimal(str(g)) for g in (0.5, 1, 1.5, 2, 2.5)]
    kind = rng.randrange(4)
    a, b = rng.sample(grid, 2)
    if kind == 0:
        lo, hi = -a, b
    elif kind == 1:
        lo, hi = a, None
    elif kind == 2:
        lo, hi = sorted([a, b])
    else:
        lo, hi = None, -a
    ev = _ev_text(None if lo is None else _zs(lo).replace(".0", "") if lo == lo.to_integral() else _zs(lo),
                  None if hi is None else (_zs(hi).replace(".0", "") if hi == hi.to_integral() else _zs(hi)), "Z")
    pr = _zprob(lo, hi)
    zs = {abs(v) for v in (lo, hi) if v is not None}
    body = rng.choice([
        f"확률변수 Z가 표준정규분포 {_jr(_NT + '(0, 1)', st, '을/를')} 따를 때, {_P(ev, st)}의 값을 {_end(rng)}",
        f"표준정규분포를 따르는 확률변수 Z에 대하여 {_P(ev, st)}의 {_end(rng, '값')}",
    ])
    text = _with_tab(rng, body, _ztab(rng, zs, st))
    return Problem(text=text, answer=_dec(pr), format="computation", difficulty=1 if kind in (1, 3) else 2,
                   achievement_level="E" if kind in (1, 3) else "D", concepts=["표준정규분포"],
                   check=lambda: _near(pr, _zprob_erf(lo, hi)))


@family(_S4, "find-sigma-or-mean")
def _s4_sigma(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randint(4, 40) * 5
    sd = rng.choice([2, 4, 5, 6, 8, 10])
    z = Decimal(str(rng.choice([0.5, 1, 1.5, 2, 2.5])))
    c = z * sd
    if c != c.to_integral():
        z, c = Decimal(2), Decimal(2 * sd)
    want = rng.choice(["sigma", "mean"])
    pv = Decimal("0.5") - _zval(z)
    if want == "sigma":
        cond = _PR(f"P(X >= {_fmtnum(m + c)}) = {pv}", st)
        head = f"확률변수 X가 정규분포 {_jr(f'{_NT}({m}, ' + chr(963) + '^{2})', st, '을/를')} 따르고 {cond}일 때, "
        head = head.replace("σ^{2}", "\\sigma^{2}") if st == "latex" else head
        ask, ans = f"σ의 {_end(rng, '값')}" if st != "latex" else f"$\\sigma$의 {_end(rng, '값')}", _fmtnum(sd)
    else:
        cond = _PR(f"P(X <= {_fmtnum(m - c)}) = {pv}", st)
        head = f"확률변수 X가 정규분포 {_jr(f'{_NT}(m, {sd}^{{2}})', st, '을/를')} 따르고 {cond}일 때, "
        ask, ans = f"m의 {_end(rng, '값')}", _fmtnum(m)
    extra = Decimal(str(rng.choice([0.5, 1, 1.5, 2, 2.5])))
    text = _with_tab(rng, head + ask + _pts(rng, 3), _ztab(rng, {z, extra}, st))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["정규분포", "표준정규분포"],
                   check=lambda: _near(pv, 0.5 - _phi0(float(c) / sd)))


@family(_S4, "cutoff-top-percent")
def _s4_cutoff(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randint(55, 75)
    sd = rng.choice([4, 5, 6, 8, 10])
    total = rng.choice([500, 1000, 2000, 5000])
    z = Decimal(str(rng.choice([1, 1.5, 2, 2.5])))
    tail = Decimal("0.5") - _zval(z)
    cnt = tail * total
    if cnt != cnt.to_integral():
        total = 10000
        cnt = tail * total
    cut = m + z * sd
    q = rng.randrange(2)
    who = rng.choice(["어느 대학의 입학 시험", "어느 자격증 시험", "어느 회사의 입사 시험", "어느 수학 경시대회"])
    if q == 0:
        text = (f"{who}에 {total:,}명이 응시하였고, 응시자의 점수는 평균 {m}점, 표준편차 {sd}점인 정규분포를 따른다고 한다. "
                f"이 시험에서 상위 {int(cnt):,}명까지 합격한다고 할 때, 합격하기 위한 최저 점수는 약 몇 점인지 {_end(rng)}")
        ans = f"{_fmtnum(cut)}점"
    else:
        text = (f"{who}의 응시자 {total:,}명의 점수가 정규분포 {_jr(_ntex(m, sd), st, '을/를')} 따른다고 한다. "
                f"{_fmtnum(cut)}점 이상을 받은 응시자에게 상을 줄 때, 상을 받는 응시자는 약 몇 명인지 {_end(rng)}")
        ans = f"{int(cnt):,}명"
    text = _with_tab(rng, text + _pts(rng, 3), _ztab(rng, {z, Decimal("0.5")}, st))
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["정규분포", "표준정규분포"],
                   check=lambda: _near(tail, 0.5 - _phi0(float((cut - m) / sd))))


# ================================================================================================
# 12확통03-05 모집단과 표본, 임의추출
# ================================================================================================
_S5 = "12확통03-05"

_CENSUS = ["우리 반 학생들의 수학여행 장소 선호도 조사", "대통령 선거의 개표", "국가에서 5년마다 실시하는 인구주택총조사",
           "항공기 탑승객의 보안 검색", "학급 학생들의 키를 재어 건강 기록부를 작성하는 일", "입사 지원자 전원의 서류 심사",
           "수학여행에 참가하는 학생의 참가비 납부 여부 확인"]
_SAMPLE = ["어느 공장에서 생산한 전구의 수명 조사", "어느 도시 가구의 한 달 평균 식료품비 조사", "통조림 제품의 세균 검사",
           "선거 기간 중의 정당 지지율 여론 조사", "한강 물의 수질 검사", "어느 과자 회사에서 생산한 과자의 무게 검사",
           "전국 고등학생의 하루 평균 수면 시간 조사", "어느 텔레비전 프로그램의 시청률 조사"]


@family(_S5, "census-or-sample-mcq")
def _s5_census(rng: random.Random) -> Problem:
    want_sample = rng.random() < 0.6
    right = rng.choice(_SAMPLE if want_sample else _CENSUS)
    ch = choices(rng, right, rng.sample(_CENSUS if want_sample else _SAMPLE, 4))
    kind = "표본조사" if want_sample else "전수조사"
    stem = rng.choice([f"다음 중 {josa(kind, '이/가')} 더 적합한 것은?", f"다음 조사 중에서 {kind}를 하는 것이 적절한 것은?",
                       f"다음 중 {kind}에 알맞은 것을 고르시오."])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=["전수조사", "표본조사"], choice=ch,
                   check=lambda: (ch.options[ch.correct] in _SAMPLE) == want_sample)


_POP_SCENES = [
    ("어느 고등학교 전체 학생 {N}명", "학생", "명", "하루 독서 시간을 알아보기 위하여 {n}명을 임의추출하여 조사하였다"),
    ("어느 공장에서 하루 동안 생산한 휴대 전화 {N}대", "휴대 전화", "대", "불량 여부를 알아보기 위하여 {n}대를 임의추출하여 검사하였다"),
    ("어느 지역의 유권자 {N}명", "유권자", "명", "후보자 지지율을 알아보기 위하여 {n}명을 임의추출하여 전화 조사를 하였다"),
    ("어느 농장에서 수확한 귤 {N}개", "귤", "개", "당도를 알아보기 위하여 {n}개를 임의추출하여 측정하였다"),
    ("어느 도서관의 회원 {N}명", "회원", "명", "만족도를 알아보기 위하여 {n}명을 임의추출하여 설문 조사를 하였다"),
]


@family(_S5, "identify-population-sample")
def _s5_identify(rng: random.Random) -> Problem:
    popdesc, obj, unit, act = rng.choice(_POP_SCENES)
    N = rng.choice([800, 1200, 2500, 5000, 10000, 30000])
    n = rng.choice([25, 36, 50, 64, 100, 200, 400])
    pop = popdesc.format(N=f"{N:,}")
    q = rng.randrange(3)
    text0 = f"{pop} 중에서 {act.format(n=n)}."
    if q == 0:
        text = f"{text0} 이때 모집단의 크기와 표본의 크기를 차례로 {_end(rng, '쓰')}"
        ans, fmt, d = f"{N:,}, {n}", "word", 1
    elif q == 1:
        text = f"{text0} 이 조사에서 모집단과 표본은 각각 무엇인지 {_end(rng, '쓰')}"
        ans, fmt, d = f"모집단: {pop}, 표본: 임의추출한 {obj} {n}{unit}", "word", 1
    else:
        text = (f"다음 글을 읽고 빈칸에 알맞은 말이나 수를 써넣으시오.\n{text0}\n"
                f"→ 이 조사는 (가)조사이고, 표본의 크기는 (나)이다.")
        ans, fmt, d = f"(가) 표본, (나) {n}", "fill", 1
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="E",
                   concepts=["모집단", "표본", "표본조사"], check=lambda: n < N)


@family(_S5, "count-possible-samples")
def _s5_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    N = rng.randint(3, 6)
    n = rng.choice([2, 2, 3])
    elems = rng.choice([[str(i) for i in range(1, N + 1)], [str(2 * i) for i in range(1, N + 1)],
                        [chr(ord("a") + i) for i in range(N)]])
    kind = rng.randrange(3)
    if kind == 0:
        ans = N**n
        how = "복원추출"
        ref = len(list(itertools.product(elems, repeat=n)))
    elif kind == 1:
        ans = _m.perm(N, n)
        how = "비복원추출"
        ref = len(list(itertools.permutations(elems, n)))
    else:
        ans = N**n - _m.perm(N, n)
        how = "복원추출"
        ref = sum(1 for t in itertools.product(elems, repeat=n) if len(set(t)) < n)
    pop = "{" + ", ".join(elems) + "}"
    poptxt = _r("\\{" + ", ".join(elems) + "\\}", st) if st == "latex" else pop
    order = "(단, 뽑는 순서를 고려한다.)"
    if kind < 2:
        text = rng.choice([
            f"모집단 {poptxt}에서 크기가 {n}인 표본을 {how}할 때, 만들 수 있는 표본의 개수를 {_end(rng)} {order}",
            f"{N}개의 원소로 이루어진 모집단 {poptxt}에서 크기가 {n}인 표본을 {josa(how, '으로/로')} 임의추출하려고 한다. "
            f"가능한 모든 표본은 몇 개인가? {order}",
        ])
    else:
        text = (f"모집단 {poptxt}에서 크기가 {n}인 표본을 복원추출할 때, 같은 원소가 두 번 이상 포함된 표본의 개수를 {_end(rng)} "
                f"{order}")
    d = 2 if kind < 2 else 3
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["임의추출", "복원추출", "표본"], check=lambda: ref == ans)


@family(_S5, "random-number-table")
def _s5_table(rng: random.Random) -> Problem:
    N = rng.choice([40, 50, 60, 75, 80, 90])
    k = rng.choice([3, 4, 5])
    digits = "".join(str(rng.randint(0, 9)) for _ in range(40))
    pairs = [digits[i:i + 2] for i in range(0, 40, 2)]
    chosen: list[str] = []
    for pr in pairs:
        v = int(pr)
        if 1 <= v <= N and pr not in chosen:
            chosen.append(pr)
        if len(chosen) == k:
            break
    if len(chosen) < k:
        k = len(chosen)
    if k == 0:
        pairs[0] = f"{rng.randint(1, 9):02d}"
        chosen = [pairs[0]]
        k = 1
    rows = [" ".join(pairs[i:i + 5]) for i in range(0, 20, 5)]
    who = rng.choice(["반 학생", "동아리 회원", "마을 주민", "설문 참여 신청자"])
    text = (f"번호 01부터 {N:02d}까지가 붙은 {who} {N}명 중에서 {k}명을 임의추출하려고 한다. 아래 난수표를 첫째 줄 왼쪽부터 "
            f"오른쪽으로, 줄이 끝나면 다음 줄로 이어서 두 자리씩 읽어, 01~{N:02d}에 해당하지 않는 수나 이미 뽑힌 수는 건너뛸 때 뽑히는 번호를 순서대로 {_end(rng, '쓰')}\n"
            + "\n".join(rows))
    ans = ", ".join(chosen)

    def chk() -> bool:
        got: list[int] = []
        for i in range(0, 40, 2):
            v = int(digits[i:i + 2]) if i else int(pairs[0])
            if 1 <= v <= N and v not in got:
                got.append(v)
            if len(got) == k:
                break
        return [int(c) for c in chosen] == got
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["임의추출", "표본"], check=chk)


@family(_S5, "inclusion-probability")
def _s5_incl(rng: random.Random) -> Problem:
    N = rng.choice([5, 6, 8, 10, 12, 20, 30])
    k = rng.choice([2, 3, 4])
    who = name(rng)
    kind = rng.randrange(3)
    if kind == 0:
        ans = Fr(k, N)
        text = (f"{N}명의 학생 중에서 크기가 {k}인 표본을 비복원추출(동시에 {k}명 추출)할 때, {josa(who, '이/가')} 표본에 포함될 확률을 "
                f"{_end(rng)}")
        ref = lambda: sp.Rational(sp.binomial(N - 1, k - 1), sp.binomial(N, k))  # noqa: E731
    elif kind == 1:
        N = min(N, 10)
        ans = 1 - Fr(N - 1, N) ** k
        text = (f"{N}명으로 이루어진 모집단에서 한 명씩 {k}번 복원추출하여 크기가 {k}인 표본을 만들 때, {josa(who, '이/가')} 적어도 한 번 "
                f"뽑힐 확률을 {_end(rng)}")
        ref = lambda: 1 - sp.Rational(N - 1, N) ** k  # noqa: E731
    else:
        N = min(N, 8)
        ans = Fr(_m.perm(N, k), N**k)
        text = (f"원소의 개수가 {N}인 모집단에서 크기가 {k}인 표본을 복원추출할 때, 표본에 서로 다른 원소만 포함될 확률을 {_end(rng)}")
        ref = lambda: sp.Rational(sum(1 for t in itertools.product(range(N), repeat=k) if len(set(t)) == k), N**k)  # noqa: E731
    d = 3 if kind else 2
    return Problem(text=text, answer=_fa(ans), format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["임의추출", "복원추출", "비복원추출"], check=lambda: ref() == sp.Rational(ans.numerator, ans.denominator))


_BIASED = [
    "학생들의 하루 운동 시간을 조사하기 위해 운동장에서 축구를 하고 있는 학생들에게 물어본다.",
    "전 국민의 독서량을 조사하기 위해 어느 대형 서점을 방문한 손님들을 조사한다.",
    "어느 도시 주민들의 대중교통 만족도를 조사하기 위해 출근 시간 지하철역에서 만난 사람들만 조사한다.",
    "학교 급식 만족도를 조사하기 위해 급식실에 가장 먼저 도착한 학생 20명을 조사한다.",
    "어느 지역의 평균 소득을 알아보기 위해 고급 아파트 단지 주민만을 대상으로 조사한다.",
    "인터넷 사용 시간을 조사하기 위해 온라인 게임 게시판에 설문을 올려 응답한 사람만 조사한다.",
]
_UNBIASED = [
    "전교생에게 번호를 붙인 후 컴퓨터의 난수 생성 기능으로 번호 50개를 뽑아 그 학생들을 조사한다.",
    "생산된 제품에 일련번호를 붙이고 난수표를 이용하여 뽑은 번호의 제품을 검사한다.",
    "유권자 명부의 번호를 적은 제비를 잘 섞은 후 제비를 뽑아 해당하는 유권자를 조사한다.",
    "회원 명단의 번호를 공학 도구의 임의 추출 기능으로 뽑아 해당 회원에게 설문을 보낸다.",
]


@family(_S5, "biased-or-random-mcq")
def _s5_bias(rng: random.Random) -> Problem:
    want_random = rng.random() < 0.5
    if want_random:
        right = rng.choice(_UNBIASED)
        ch = choices(rng, right, rng.sample(_BIASED, 4))
        stem = rng.choice(["다음 중 임의추출의 방법으로 가장 적절한 것은?", "표본을 임의추출한 것으로 볼 수 있는 것은?"])
    else:
        right = rng.choice(_BIASED)
        others = rng.sample(_UNBIASED, 3) + [rng.choice(_UNBIASED[:1])]
        ch = choices(rng, right, list(dict.fromkeys(others)) + [o for o in _UNBIASED if o not in others])
        stem = rng.choice(["다음 중 표본이 모집단을 잘 대표하지 못할 가능성이 가장 큰 조사 방법은?",
                           "다음 중 표본추출 방법이 한쪽으로 치우쳐 있는 것은?"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["임의추출", "표본", "모집단"], choice=ch,
                   check=lambda: (ch.options[ch.correct] in _UNBIASED) == want_random)


_WHY = [
    ("통조림의 세균 검사", "검사를 하면 통조림을 개봉해야 하므로 제품이 훼손되어 판매할 수 없게 된다. 따라서 전수조사를 할 수 없고 표본조사를 한다."),
    ("전국 고등학생의 평균 수면 시간 조사", "모집단이 매우 커서 전수조사를 하려면 시간과 비용이 너무 많이 든다. 따라서 일부를 임의추출하여 조사하는 표본조사가 적절하다."),
    ("건전지의 수명 검사", "수명을 측정하려면 건전지를 다 써야 하므로 모든 제품을 검사할 수 없다. 따라서 표본조사를 한다."),
    ("선거 기간 중 정당 지지율 조사", "짧은 기간에 결과가 필요하고 모든 유권자를 조사하는 데 많은 비용과 시간이 들므로 표본조사를 한다."),
]


@family(_S5, "why-sample-survey-explain")
def _s5_why(rng: random.Random) -> Problem:
    what, why = rng.choice(_WHY)
    variant = rng.randrange(3)
    if variant == 0:
        text = f"'{what}'는 전수조사보다 표본조사가 적합하다. 그 이유를 {_end(rng, '쓰')}"
        text = text.replace(f"'{what}'는", f"'{what}'" + josa(what, "은/는")[len(what):])
        ans = why
    elif variant == 1:
        text = (f"{josa(name(rng), '이/가')} '{what}'를 할 때 모든 대상을 조사하겠다고 하였다. 이 계획의 문제점을 지적하고, "
                f"표본을 어떻게 뽑아야 모집단의 성질을 잘 추측할 수 있는지 설명하시오.")
        text = text.replace(f"'{what}'를", f"'{what}'" + josa(what, "을/를")[len(what):])
        ans = why + " 표본은 모집단의 각 대상이 뽑힐 가능성이 같도록 임의추출해야 한다."
    else:
        text = ("표본조사에서 표본을 임의추출해야 하는 이유를 '모집단', '표본'이라는 용어를 사용하여 설명하시오.")
        ans = "표본조사의 목적은 표본의 성질로 모집단의 성질을 추측하는 것이므로, 표본이 모집단을 잘 대표하도록 모집단의 각 대상이 같은 확률로 뽑히게 임의추출해야 한다."
    return Problem(text=text, answer=ans, format="proof", difficulty=2, achievement_level="C",
                   concepts=["표본조사", "전수조사", "임의추출"])


@family(_S5, "sampling-terms-bogi")
def _s5_bogi(rng: random.Random) -> Problem:
    N = rng.choice([4, 5, 6])
    n = 2
    pool = [
        ("모집단 전체를 조사하는 것을 전수조사라 한다.", True),
        ("표본조사에서 조사하기 위해 뽑은 모집단의 일부를 표본이라 한다.", True),
        ("임의추출에서는 모집단의 각 대상이 뽑힐 확률이 모두 같다.", True),
        (f"원소가 {N}개인 모집단에서 크기가 {n}인 표본을 복원추출하는 경우의 수는 {N ** n}이다. (단, 순서를 고려한다.)", True),
        (f"원소가 {N}개인 모집단에서 크기가 {n}인 표본을 비복원추출하는 경우의 수는 {N ** n}이다. (단, 순서를 고려한다.)", False),
        ("표본의 크기가 클수록 항상 전수조사보다 정확하다.", False),
        ("조사하기 편리한 대상만을 골라 뽑아도 임의추출이다.", False),
        ("전수조사가 불가능한 경우에도 표본조사는 할 수 있다.", True),
        ("비복원추출에서는 같은 대상이 표본에 두 번 이상 뽑힐 수 있다.", False),
    ]
    stmts = _pick_bogi(rng, pool)
    block, ch = bogi(rng, stmts)
    text = f"모집단과 표본에 대한 설명으로 {bogi_question(rng)}{_pts(rng, 2)}\n{block}\n{ch.block}"
    truth = ", ".join(lab for lab, (_, ok) in zip("ㄱㄴㄷ", stmts, strict=True) if ok)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["모집단", "표본", "임의추출", "전수조사"], choice=ch,
                   check=lambda: ch.options[ch.correct] == truth and _m.perm(N, n) != N**n)


@family(_S5, "fill-sampling-terms")
def _s5_fill(rng: random.Random) -> Problem:
    popdesc, obj, unit, act = rng.choice(_POP_SCENES)
    N = rng.choice([500, 1500, 3000, 20000])
    n = rng.choice([30, 50, 100, 150])
    pop = popdesc.format(N=f"{N:,}")
    lab = rng.choice([("(가)", "(나)", "(다)"), ("㉠", "㉡", "㉢"), ("(ㄱ)", "(ㄴ)", "(ㄷ)")])
    text = (f"다음은 어떤 조사에 대한 설명이다. {lab[0]}, {lab[1]}, {lab[2]}에 알맞은 말이나 수를 {_end(rng, '쓰')}\n"
            f"{pop} 중에서 {act.format(n=n)}. 이때 조사의 대상 전체인 {pop}를 {lab[0]}(이)라 하고, "
            f"실제로 조사한 {obj} {n}{unit}를 {lab[1]}(이)라 한다. 또, {lab[1]}의 크기는 {lab[2]}이다.")
    text = text.replace(f"{pop}를", f"{pop}" + josa(pop, "을/를")[len(pop):])
    text = text.replace(f"{obj} {n}{unit}를", josa(f"{obj} {n}{unit}", "을/를"))
    ans = f"{lab[0]} 모집단, {lab[1]} 표본, {lab[2]} {n}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["모집단", "표본"], check=lambda: n < N)


# ================================================================================================
# 12확통03-06 표본평균과 모평균, 표본비율과 모비율
# ================================================================================================
_S6 = "12확통03-06"
_XB, _PH = "\\overline{X}", "\\hat{p}"


@family(_S6, "pop-table-xbar-moments")
def _s6_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([3, 3, 4])
    xs = sorted(rng.sample(range(0, 8), k))
    ps = _rand_dist(rng, k, dens=(4, 5, 6, 8, 10))
    m, v = _ev(xs, ps)
    n = rng.choice([2, 3, 4, 5, 10])
    q = rng.randrange(3)
    if q == 0:
        ans, ask, d = _fa(m), f"{_r(_ET + '(' + _XB + ')', st)}의 {_end(rng, '값')}", 2
    elif q == 1:
        ans, ask, d = _fa(v / n), f"{_r(_VT + '(' + _XB + ')', st)}의 {_end(rng, '값')}", 3
    else:
        ans, ask, d = _fa(m + v / n), f"{_r(_ET + '(' + _XB + ') + ' + _VT + '(' + _XB + ')', st)}의 {_end(rng, '값')}", 3
    table = _dist_table(xs, ps, st, rng)
    text = rng.choice([
        f"모집단의 확률분포가 다음 표와 같다.\n{table}\n이 모집단에서 크기가 {n}인 표본을 임의추출하여 구한 표본평균을 "
        f"{_r(_XB, st)}라 할 때, {ask}{_pts(rng, d)}",
        f"어느 모집단의 확률변수 X의 확률분포가 다음과 같다.\n{table}\n이 모집단에서 임의추출한 크기가 {n}인 표본의 표본평균 "
        f"{_r(_XB, st)}에 대하여 {ask}",
    ])

    def chk() -> bool:
        mm, vv = _sp_ev(xs, ps)
        return [mm, vv / n, mm + vv / n][q] == sp.Rational(ans)
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["표본평균", "모평균", "모분산"], check=chk)


@family(_S6, "normal-pop-xbar-prob")
def _s6_xbar_prob(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pop, unit, means, sds = rng.choice(_NCTX)
    m = rng.choice(list(means))
    n = rng.choice([4, 9, 16, 25, 36, 49, 64, 100])
    sd = rng.choice(sds)
    r = _m.isqrt(n)
    se = Decimal(sd) / r
    z = Decimal(str(rng.choice([0.5, 1, 1.5, 2, 2.5])))
    if (z * se) != (z * se).to_integral():
        for zz in (Decimal(1), Decimal(2), Decimal("1.5"), Decimal("0.5"), Decimal("2.5")):
            if zz * se == (zz * se).to_integral():
                z = zz
                break
        else:
            sd, se = r * 2, Decimal(2)
    kind = rng.randrange(3)
    if kind == 0:
        ev, zl, zh = f"X̄ >= {_fmtnum(m + z * se)}", z, None
    elif kind == 1:
        ev, zl, zh = f"X̄ <= {_fmtnum(m - z * se)}", None, -z
    else:
        ev, zl, zh = f"{_fmtnum(m - z * se)} <= X̄ <= {_fmtnum(m + z * se)}", -z, z
    pr = _zprob(zl, zh)
    evr = _r(_PT + _tx(ev).replace("X̄", _XB) + ")", st)
    what = pop.split("의 ")[-1]
    lead = rng.choice([
        f"{josa(pop, '은/는')} 평균이 {m}{unit}, 표준편차가 {sd}{unit}인 정규분포를 따른다고 한다. 이 모집단에서 크기가 {n}인 표본을 "
        f"임의추출하여 구한 {what}의 표본평균을 {_r(_XB, st)}라 할 때, {evr}의 값을 {_end(rng)}",
        f"모집단이 정규분포 {_jr(_ntex(m, sd), st, '을/를')} 따를 때, 이 모집단에서 임의추출한 크기가 {n}인 표본의 표본평균 "
        f"{_r(_XB, st)}에 대하여 {evr}의 값을 {_end(rng)}",
    ])
    text = _with_tab(rng, lead + _pts(rng, 3), _ztab(rng, {z}, st))
    d = 3
    return Problem(text=text, answer=_dec(pr), format="word" if "따른다고 한다" in lead else "computation", difficulty=d,
                   achievement_level=secondary_level(d), concepts=["표본평균", "정규분포", "표준정규분포"],
                   check=lambda: _near(pr, _zprob_erf(None if zl is None else float(zl * se) / (sd / _m.sqrt(n)),
                                                      None if zh is None else float(zh * se) / (sd / _m.sqrt(n)))))


@family(_S6, "find-sample-size")
def _s6_findn(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sd = rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 20])
    r = rng.choice([2, 3, 4, 5, 6, 8, 10])
    n = r * r
    kind = rng.randrange(2)
    if kind == 0:
        se = Fr(sd, r)
        cond = _r(f"{_SGT}({_XB}) = {_ft(se)}", st)
    else:
        se2 = Fr(sd * sd, n)
        cond = _r(f"{_VT}({_XB}) = {_ft(se2)}", st)
    text = rng.choice([
        f"모평균이 m, 모표준편차가 {sd}인 모집단에서 크기가 n인 표본을 임의추출하여 구한 표본평균 {_r(_XB, st)}에 대하여 "
        f"{cond}일 때, n의 {_end(rng, '값')}",
        f"정규분포 {_jr(_NT + f'(50, {sd}^{{2}})', st, '을/를')} 따르는 모집단에서 크기가 n인 표본을 임의추출할 때, 표본평균 "
        f"{_r(_XB, st)}에 대하여 {cond}이다. 자연수 n의 값을 {_end(rng)}",
    ])
    def chk() -> bool:
        given_var = sp.Rational(sd, r) ** 2 if kind == 0 else sp.Rational(sd * sd, n)
        return sp.Integer(sd) ** 2 / given_var == n
    return Problem(text=text, answer=str(n), format="computation", difficulty=2, achievement_level="D",
                   concepts=["표본평균", "모표준편차"], check=chk)


@family(_S6, "enumerate-xbar-distribution")
def _s6_enum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    vals = sorted(rng.sample(range(1, 10), 3))
    n = 2
    target_sum = rng.choice(sorted({a + b for a in vals for b in vals}))
    xb = Fr(target_sum, 2)
    outs = [Fr(a + b, 2) for a in vals for b in vals]
    ans = Fr(outs.count(xb), len(outs))
    q = rng.randrange(2)
    cards = ", ".join(str(v) for v in vals)
    lead = rng.choice([
        f"주머니 속에 숫자 {cards}가 하나씩 적힌 공 3개가 들어 있다. 이 주머니에서 공을 한 개 꺼내어 수를 확인하고 다시 넣는 시행을 "
        f"{n}번 반복할 때, 꺼낸 공에 적힌 수의 평균을 {_r(_XB, st)}라 하자.",
        f"모집단 {{{cards}}}에서 크기가 {n}인 표본을 복원추출하여 구한 표본평균을 {_r(_XB, st)}라 하자. (단, 각 원소가 뽑힐 확률은 같다.)",
    ])
    lead = lead.replace(f"{cards}가", josa(cards, "이/가"))
    if q == 0:
        ask = f"{_r(_PT + _XB + ' = ' + _ft(xb) + ')', st)}의 {_end(rng, '값')}"
        ans_t = _fa(ans)
        chkv = ans
    else:
        m = Fr(sum(vals), 3)
        ask = f"{_r(_ET + '(' + _XB + ')', st)}의 {_end(rng, '값')}"
        ans_t = _fa(m)
        chkv = m
    text = f"{lead} {ask}"

    def chk() -> bool:
        samp = [sp.Rational(a + b, 2) for a, b in itertools.product(vals, repeat=2)]
        if q == 0:
            return sp.Rational(samp.count(sp.Rational(xb.numerator, xb.denominator)), len(samp)) == sp.Rational(chkv.numerator, chkv.denominator)
        return sum(samp) / len(samp) == sp.Rational(chkv.numerator, chkv.denominator)
    return Problem(text=text, answer=ans_t, format="word", difficulty=3, achievement_level="C",
                   concepts=["표본평균", "복원추출", "모평균"], check=chk)


@family(_S6, "sample-proportion-moments")
def _s6_phat(rng: random.Random) -> Problem:
    st = pick_style(rng)
    opts = [(Fr(1, 2), 100), (Fr(1, 5), 100), (Fr(1, 5), 400), (Fr(2, 5), 600), (Fr(1, 10), 900), (Fr(3, 10), 2100),
            (Fr(1, 4), 300), (Fr(3, 5), 150), (Fr(1, 2), 400), (Fr(4, 5), 400)]
    p, n = rng.choice(opts)
    v = p * (1 - p) / n
    q = rng.randrange(3)
    ctx = rng.choice([f"어느 지역 고등학생 중 휴대용 보조 배터리를 가지고 다니는 학생의 비율이 {int(p * 100)}%라고 한다.",
                      f"어느 공장에서 생산한 제품의 {int(p * 100)}%가 1등급 판정을 받는다고 한다.",
                      f"어느 도시의 가구 중 반려동물을 기르는 가구의 비율은 {int(p * 100)}%이다.",
                      f"모비율이 {_r(_ft(p), st)}인 모집단이 있다."])
    if q == 0:
        ans, ask = _fa(p), f"표본비율 {_r(_PH, st)}의 평균 {_r(_ET + '(' + _PH + ')', st)}의 {_end(rng, '값')}"
    elif q == 1:
        ans, ask = _fa(v), f"{_r(_VT + '(' + _PH + ')', st)}의 {_end(rng, '값')}"
    else:
        ans, ask = _sq_ans(v), f"{_r(_SGT + '(' + _PH + ')', st)}의 {_end(rng, '값')}"
    text = f"{ctx} 이 모집단에서 크기가 {n}인 표본을 임의추출할 때, {ask}"
    text = text.replace(f"{ctx} 이 모집단에서", f"{ctx} 이 모집단에서") if "모비율이" in ctx else text.replace(" 이 모집단에서", " 이 중에서")
    d = 2 if q == 0 else 3
    if "%" in ctx:
        ans = _dec(Decimal(sp.N(sp.sqrt(sp.Rational(v.numerator, v.denominator)), 12).__str__()) if q == 2
                   else Decimal(([p, v][q]).numerator) / Decimal(([p, v][q]).denominator), 6)

    def chk() -> bool:
        pr = sp.Rational(p.numerator, p.denominator)
        vv = pr * (1 - pr) / n
        got = sp.nsimplify(ans.replace("√", "sqrt")) if "√" not in ans else sp.sympify(ans.replace("√", "sqrt(").replace("/", ")/") + (")" if "/" not in ans else ""))
        return sp.simplify([pr, vv, sp.sqrt(vv)][q] - got) == 0
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["표본비율", "모비율"], check=chk)


@family(_S6, "sample-proportion-prob")
def _s6_phat_prob(rng: random.Random) -> Problem:
    st = pick_style(rng)
    opts = [(Fr(1, 5), 100, Fr(1, 25)), (Fr(1, 5), 400, Fr(1, 50)), (Fr(2, 5), 600, Fr(1, 50)), (Fr(1, 10), 900, Fr(1, 100)),
            (Fr(1, 2), 100, Fr(1, 20)), (Fr(1, 2), 400, Fr(1, 40)), (Fr(4, 5), 400, Fr(1, 50)), (Fr(3, 5), 150, Fr(1, 25))]
    p, n, se = rng.choice(opts)
    z = Decimal(str(rng.choice([1, 1.5, 2, 2.5])))
    cut = Decimal(p.numerator) / p.denominator + z * Decimal(se.numerator) / se.denominator
    if cut != cut.quantize(Decimal("0.0001")):
        z = Decimal(2)
        cut = Decimal(p.numerator) / p.denominator + z * Decimal(se.numerator) / se.denominator
    kind = rng.randrange(2)
    lo = Decimal(p.numerator) / p.denominator - z * Decimal(se.numerator) / se.denominator
    if kind == 0:
        ev, pr = f"p̂ >= {_fmtnum(cut)}", _zprob(z, None)
    else:
        ev, pr = f"p̂ <= {_fmtnum(lo)}", _zprob(None, -z)
    evr = _r(_PT + _tx(ev).replace("p̂", _PH) + ")", st)
    pct = int(p * 100)
    ctx = rng.choice([f"어느 나라 국민의 {pct}%가 헌혈 경험이 있다고 한다.", f"어느 회사 제품의 소비자 만족 비율은 {pct}%이다.",
                      f"어느 과수원에서 수확한 배 중 특등급의 비율이 {pct}%라고 한다."])
    text = (f"{ctx} 이 모집단에서 {n}개(명)를 임의추출하여 구한 표본비율을 {_r(_PH, st)}라 할 때, {evr}의 값을 {_end(rng)}"
            f"{_pts(rng, 4)}")
    text = text.replace(f"{n}개(명)를", f"{n}명을" if "국민" in ctx or "소비자" in ctx else f"{n}개를")
    text = _with_tab(rng, text, _ztab(rng, {z}, st))

    def chk() -> bool:
        pr_ = sp.Rational(p.numerator, p.denominator)
        sdv = float(sp.sqrt(pr_ * (1 - pr_) / n))
        bound = float(cut) if kind == 0 else float(lo)
        zz = (bound - float(pr_)) / sdv
        return _near(pr, _zprob_erf(zz, None) if kind == 0 else _zprob_erf(None, zz))
    return Problem(text=text, answer=_dec(pr), format="word", difficulty=4, achievement_level="B",
                   concepts=["표본비율", "모비율", "정규분포"], check=chk)


@family(_S6, "xbar-bogi")
def _s6_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randint(10, 80)
    sd = rng.choice([4, 6, 8, 10, 12])
    n = rng.choice([4, 16, 36, 64])
    r = _m.isqrt(n)
    se = Fr(sd, r)
    xb = _r(_XB, st)
    pool = [
        (_r(_ET + '(' + _XB + ')' + ' = ' + str(m), st), True),
        (_r(_SGT + '(' + _XB + ')' + ' = ' + _ft(se), st), True),
        (_r(_VT + '(' + _XB + ')' + ' = ' + _ft(Fr(sd * sd, n)), st), True),
        (_r(_VT + '(' + _XB + ')' + ' = ' + _ft(Fr(sd * sd, r)), st), False),
        (_r(_SGT + '(' + _XB + ')' + ' = ' + _ft(Fr(sd, n)), st), Fr(sd, n) == se),
        (f"표본의 크기를 {josa(str(4 * n), '으로/로')} 늘리면 {_r(_SGT + '(' + _XB + ')', st)}의 값은 처음의 {_r(_ft(Fr(1, 2)), st)}배가 된다.", True),
        (f"표본의 크기를 {josa(str(4 * n), '으로/로')} 늘리면 {_r(_ET + '(' + _XB + ')', st)}의 값도 작아진다.", False),
        (f"{josa(xb, '은/는')} 뽑힌 표본에 따라 다른 값을 가질 수 있는 확률변수이다.", True),
        (f"{josa(xb, '은/는')} 정규분포 {_jr(_ntex(m, sd), st, '을/를')} 따른다.", False),
    ]
    stmts = _pick_bogi(rng, pool)
    block, ch = bogi(rng, stmts)
    text = (f"정규분포 {_jr(_ntex(m, sd), st, '을/를')} 따르는 모집단에서 크기가 {n}인 표본을 임의추출하여 구한 표본평균을 {xb}라 할 때, "
            f"{bogi_question(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}")
    truth = ", ".join(lab for lab, (_, ok) in zip("ㄱㄴㄷ", stmts, strict=True) if ok)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["표본평균", "모평균", "모표준편차"], choice=ch, check=lambda: ch.options[ch.correct] == truth)


@family(_S6, "fill-xbar-distribution")
def _s6_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randint(20, 90)
    sd = rng.choice([3, 4, 5, 6, 8, 10, 12])
    r = rng.choice([2, 3, 4, 5])
    n = r * r
    lab = rng.choice([("(가)", "(나)", "(다)"), ("㉠", "㉡", "㉢")])
    xb = _r(_XB, st)
    text = (f"정규분포 {_jr(_ntex(m, sd), st, '을/를')} 따르는 모집단에서 크기가 {n}인 표본을 임의추출하여 구한 표본평균 {xb}의 분포에 대한 "
            f"설명이다. {lab[0]}, {lab[1]}, {lab[2]}에 알맞은 수를 {_end(rng, '쓰')}\n"
            f"{_r(_ET + '(' + _XB + ')', st)} = {lab[0]}, {_r(_VT + '(' + _XB + ')', st)} = {lab[1]}이므로 "
            f"{josa(xb, '은/는')} 정규분포 N({m}, ({lab[2]})²)을 따른다.")
    if st == "plain":
        text = text.replace(")²", ")^2")
    ans = f"{lab[0]} {m}, {lab[1]} {_fa(Fr(sd * sd, n))}, {lab[2]} {_fa(Fr(sd, r))}"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["표본평균", "정규분포"], check=lambda: Fr(sd, r) ** 2 == Fr(sd * sd, n))


@family(_S6, "total-load-via-mean")
def _s6_total(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["elev", "box", "bus"])
    if kind == "elev":
        m, sd, n = rng.choice([(65, 10, 16), (70, 8, 16), (60, 12, 9), (68, 10, 25), (72, 6, 9)])
        unit, obj = "kg", "사람"
    elif kind == "box":
        m, sd, n = rng.choice([(500, 20, 16), (300, 15, 9), (250, 10, 25), (400, 24, 36)])
        unit, obj = "g", "제품"
    else:
        m, sd, n = rng.choice([(40, 6, 9), (50, 8, 16), (30, 5, 25)])
        unit, obj = "kg", "여행 가방"
    r = _m.isqrt(n)
    se = Fr(sd, r)
    z = Decimal(str(rng.choice([1, 1.5, 2, 2.5])))
    lim_mean = Decimal(m) + z * Decimal(se.numerator) / se.denominator
    if lim_mean != lim_mean.to_integral():
        z = Decimal(2)
        lim_mean = Decimal(m) + z * Decimal(se.numerator) / se.denominator
    total = lim_mean * n
    pr = _zprob(z, None)
    if kind == "elev":
        text = (f"어느 건물 이용자의 몸무게는 평균이 {m}{unit}, 표준편차가 {sd}{unit}인 정규분포를 따른다고 한다. 이 건물의 엘리베이터에 "
                f"임의로 {n}명이 함께 탔을 때, 탑승한 사람의 몸무게의 합이 {_fmtnum(total)}{unit} 이상이 되어 경고음이 울릴 확률을 {_end(rng)}")
    elif kind == "box":
        text = (f"어느 공장에서 생산하는 {obj} 한 개의 무게는 평균 {m}{unit}, 표준편차 {sd}{unit}인 정규분포를 따른다. 이 {obj} 중 임의추출한 "
                f"{n}개를 한 상자에 담을 때, 상자에 담긴 {obj}의 무게의 합이 {_fmtnum(total)}{unit} 이상일 확률을 {_end(rng)}")
    else:
        text = (f"어느 항공사 승객의 {obj} 무게는 평균 {m}{unit}, 표준편차 {sd}{unit}인 정규분포를 따른다. 임의로 고른 {n}개의 {obj} 무게의 "
                f"합이 {_fmtnum(total)}{unit}을 넘을 확률을 {_end(rng)}")
    text = _with_tab(rng, text + _pts(rng, 4), _ztab(rng, {z, Decimal("0.5")}, st))

    def chk() -> bool:
        sd_total = sd * _m.sqrt(n)
        return _near(pr, _zprob_erf((float(total) - m * n) / sd_total, None))
    return Problem(text=text, answer=_dec(pr), format="word", difficulty=4, achievement_level="B",
                   concepts=["표본평균", "정규분포", "표준정규분포"], check=chk)


# ================================================================================================
# 12확통03-07 모평균과 모비율의 추정
# ================================================================================================
_S7 = "12확통03-07"
_ZC = {95: Decimal("1.96"), 99: Decimal("2.58")}


def _conf_note(rng: random.Random, levels, st: str) -> str:
    parts = []
    for lv in sorted(set(levels)):
        z = _ZC[lv]
        if rng.random() < 0.5:
            parts.append(_r(f"\\mathrm{{P}}(|Z| \\le {z}) = 0.{lv}", st))
        else:
            parts.append(_r(f"\\mathrm{{P}}(0 \\le Z \\le {z}) = {Decimal(lv) / 200:.3f}", st))
    tail = josa(parts[-1].rstrip("$"), "으로/로")[len(parts[-1].rstrip("$")):]
    return f"(단, Z가 표준정규분포를 따르는 확률변수일 때, {', '.join(parts)}{tail} 계산한다.)"


def _ci_ans(lo: Decimal, hi: Decimal, var: str = "m") -> str:
    return f"{_fmtnum(lo)} ≤ {var} ≤ {_fmtnum(hi)}"


_MEAN_CTX = [  # (what is measured, unit, plausible means)
    ("어느 고등학교 학생들의 하루 평균 독서 시간", "분", range(30, 91, 5)),
    ("어느 양계장에서 생산한 달걀 한 개의 무게", "g", range(52, 66)),
    ("어느 지역 가정의 한 달 전기 사용량", "kWh", range(250, 401, 10)),
    ("어느 제과점에서 만든 식빵 한 개의 무게", "g", range(380, 421, 5)),
    ("어느 회사 직원들의 하루 통근 시간", "분", range(40, 81, 5)),
    ("어느 과수원에서 수확한 복숭아 한 개의 당도", "브릭스", range(10, 15)),
]
_SE_OPTS = [(10, 100), (10, 25), (5, 25), (6, 36), (8, 64), (12, 36), (20, 100), (15, 225), (4, 16), (9, 81), (14, 49)]


@family(_S7, "ci-population-mean")
def _s7_ci_mean(rng: random.Random) -> Problem:
    st = pick_style(rng)
    what, unit, means = rng.choice(_MEAN_CTX)
    xbar = Decimal(rng.choice(list(means)))
    if rng.random() < 0.4:
        xbar += Decimal(rng.choice(["0.5", "0.2", "0.8"]))
    sd, n = rng.choice(_SE_OPTS)
    lv = rng.choice([95, 95, 99])
    half = _ZC[lv] * Decimal(sd) / _m.isqrt(n)
    lo, hi = xbar - half, xbar + half
    text = rng.choice([
        f"{josa(what, '은/는')} 표준편차가 {sd}{unit}인 정규분포를 따른다고 한다. 이 모집단에서 크기가 {n}인 표본을 임의추출하여 "
        f"구한 표본평균이 {_fmtnum(xbar)}{unit}일 때, 모평균 m에 대한 신뢰도 {lv}%의 신뢰구간을 {_end(rng)}",
        f"모표준편차가 {sd}인 정규분포를 따르는 모집단에서 크기가 {n}인 표본을 임의추출하여 구한 표본평균이 {josa(_fmtnum(xbar), '이었다/였다')}. "
        f"이 결과를 이용하여 모평균 m을 신뢰도 {lv}%로 추정한 신뢰구간을 {_end(rng)}",
        f"{what}을 조사하기 위하여 크기가 {n}인 표본을 임의추출하였더니 표본평균이 {josa(_fmtnum(xbar) + unit, '이었다/였다')}. 모표준편차가 {sd}{unit}인 정규분포를 "
        f"따른다고 할 때, 모평균 m의 신뢰도 {lv}%의 신뢰구간은?",
    ])
    text = text.replace(f"{what}을 조사", josa(what, "을/를") + " 조사")
    text = f"{text}{_pts(rng, 3)}\n{_conf_note(rng, [lv], st)}"
    d = 3
    return Problem(text=text, answer=_ci_ans(lo, hi), format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["모평균", "추정", "신뢰도", "신뢰구간"],
                   check=lambda: abs(float(hi) - float(xbar) - float(_ZC[lv]) * sd / _m.sqrt(n)) < 1e-9 and lo < xbar < hi)


@family(_S7, "ci-length-sample-size")
def _s7_length(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sd, n = rng.choice(_SE_OPTS)
    lv = rng.choice([95, 99])
    L = 2 * _ZC[lv] * Decimal(sd) / _m.isqrt(n)
    q = rng.randrange(3)
    if q == 0:
        text = (f"모표준편차가 {sd}인 정규분포를 따르는 모집단에서 크기가 n인 표본을 임의추출하여 모평균을 신뢰도 {lv}%로 추정하였더니 "
                f"신뢰구간의 길이가 {josa(_fmtnum(L), '이었다/였다')}. n의 값을 {_end(rng)}")
        ans = str(n)
    elif q == 1:
        text = (f"정규분포 {_jr(_NT + f'(m, {sd}^{{2}})', st, '을/를')} 따르는 모집단에서 크기가 {n}인 표본을 임의추출하여 모평균 m을 "
                f"신뢰도 {lv}%로 추정할 때, 신뢰구간의 길이를 {_end(rng)}")
        ans = _fmtnum(L)
    else:
        k = rng.choice([4, 9, 16])
        text = (f"모표준편차가 σ인 정규분포를 따르는 모집단에서 크기가 {n}인 표본을 임의추출하여 구한 모평균의 신뢰도 {lv}%인 신뢰구간의 "
                f"길이가 l이다. 같은 신뢰도로 신뢰구간의 길이를 처음의 {_r(_ft(Fr(1, _m.isqrt(k))), st)}배로 하려면 표본의 크기를 "
                f"얼마로 해야 하는지 {_end(rng)}")
        ans = str(n * k)
    d = 3 if q < 2 else 4
    text += _pts(rng, d) + "\n" + _conf_note(rng, [lv], st) if q < 2 else _pts(rng, d)
    def chk() -> bool:
        if q == 0:
            return (2 * sp.Rational(str(_ZC[lv])) * sd / sp.Rational(str(L))) ** 2 == n
        if q == 1:
            return sp.Rational(str(L)) == 2 * sp.Rational(str(_ZC[lv])) * sd / sp.sqrt(n)
        return sp.sqrt(sp.Integer(n) / int(ans)) == sp.Rational(1, _m.isqrt(k))
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["신뢰구간", "신뢰도", "모평균"], check=chk)


_PROP_OPTS = [(Decimal("0.2"), 100), (Decimal("0.2"), 400), (Decimal("0.4"), 600), (Decimal("0.1"), 900), (Decimal("0.5"), 100),
              (Decimal("0.5"), 400), (Decimal("0.8"), 400), (Decimal("0.6"), 150), (Decimal("0.3"), 2100), (Decimal("0.25"), 300)]


@family(_S7, "ci-population-proportion")
def _s7_ci_prop(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ph, n = rng.choice(_PROP_OPTS)
    se = Decimal(str(_m.sqrt(float(ph * (1 - ph)) / n))).quantize(Decimal("0.0001"))
    lv = rng.choice([95, 95, 99])
    half = _ZC[lv] * se
    lo, hi = ph - half, ph + half
    cnt = int(ph * n)
    ctx = rng.choice([
        (f"어느 지역 유권자 {n}명을 임의추출하여 조사하였더니 {cnt}명이 후보 A를 지지하였다.", "후보 A의 지지율"),
        (f"어느 공장에서 생산한 제품 {n}개를 임의추출하여 검사하였더니 불량품이 {cnt}개였다.", "이 공장 제품의 불량률"),
        (f"어느 고등학교 학생 {n}명을 임의추출하여 조사한 결과 {cnt}명이 아침 식사를 거른다고 답하였다.", "아침 식사를 거르는 학생의 비율"),
        (f"어느 도시 시민 {n}명을 임의추출하여 설문한 결과 {cnt}명이 자전거 도로 확충에 찬성하였다.", "자전거 도로 확충에 찬성하는 시민의 비율"),
    ])
    text = (f"{ctx[0]} {ctx[1]} p에 대한 신뢰도 {lv}%의 신뢰구간을 {_end(rng)}"
            f"{_pts(rng, 3)}\n{_conf_note(rng, [lv], st)}")
    return Problem(text=text, answer=_ci_ans(lo, hi, "p"), format="word", difficulty=3, achievement_level="C",
                   concepts=["모비율", "표본비율", "추정", "신뢰구간"],
                   check=lambda: abs(float(se) - _m.sqrt(cnt / n * (1 - cnt / n) / n)) < 1e-9 and lo < ph < hi)


_CI_POOL = [
    ("신뢰도 95%의 신뢰구간은 같은 방법으로 신뢰구간을 여러 번 만들 때 그중 약 95%가 모평균을 포함한다는 뜻이다.", True),
    ("신뢰도 95%의 신뢰구간은 모평균이 그 구간에 포함될 확률이 95%라는 뜻으로, 모평균이 매번 달라지기 때문이다.", False),
    ("표본의 크기가 같을 때, 신뢰도를 높이면 신뢰구간의 길이는 길어진다.", True),
    ("신뢰도가 같을 때, 표본의 크기가 커지면 신뢰구간의 길이는 짧아진다.", True),
    ("신뢰도가 같을 때, 표본의 크기를 4배로 하면 신뢰구간의 길이는 1/4배가 된다.", False),
    ("신뢰구간의 중앙에 있는 값은 표본평균이다.", True),
    ("표본을 다시 뽑으면 신뢰구간이 달라질 수 있다.", True),
    ("모표준편차가 클수록 같은 조건에서 신뢰구간의 길이는 짧아진다.", False),
    ("한 번 구한 신뢰도 99%의 신뢰구간에는 모평균이 반드시 포함된다.", False),
]


@family(_S7, "ci-meaning-bogi")
def _s7_bogi(rng: random.Random) -> Problem:
    stmts = _pick_bogi(rng, _CI_POOL)
    block, ch = bogi(rng, stmts)
    lead = rng.choice(["모평균의 추정에 대한 설명으로", "정규분포를 따르는 모집단의 모평균 m을 표본평균을 이용하여 추정할 때,",
                       "신뢰구간에 대한 설명으로"])
    text = f"{lead} {bogi_question(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"
    truth = ", ".join(lab for lab, (_, ok) in zip("ㄱㄴㄷ", stmts, strict=True) if ok)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["신뢰도", "신뢰구간", "추정"], choice=ch, check=lambda: ch.options[ch.correct] == truth)


@family(_S7, "interval-to-mean-and-sigma")
def _s7_reverse(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sd, n = rng.choice(_SE_OPTS)
    xbar = Decimal(rng.randint(20, 200))
    lv = rng.choice([95, 99])
    half = _ZC[lv] * Decimal(sd) / _m.isqrt(n)
    a, b = xbar - half, xbar + half
    q = rng.randrange(3)
    ivl = _r(_tx(f"{_fmtnum(a)} <= m <= {_fmtnum(b)}"), st)
    lead = (f"정규분포 {_jr(_NT + '(m, ' + chr(963) + '^{2})', st, '을/를')} 따르는 모집단에서 크기가 {n}인 표본을 임의추출하여 구한 표본평균을 "
            f"이용하여 모평균 m에 대한 신뢰도 {lv}%의 신뢰구간을 구하였더니 {ivl}{josa(_fmtnum(b), '이었다/였다')[len(_fmtnum(b)):]}.")
    if st == "latex":
        lead = lead.replace("σ^{2}", "\\sigma^{2}")
    if q == 0:
        ask, ans = f"표본평균의 {_end(rng, '값')}", _fmtnum(xbar)
    elif q == 1:
        ask, ans = f"σ의 {_end(rng, '값')}", str(sd)
    else:
        ask, ans = f"표본평균과 σ의 합을 {_end(rng)}", _fmtnum(xbar + sd)
    text = f"{lead} {ask}{_pts(rng, 4)}\n{_conf_note(rng, [lv], st)}"
    d = 3 if q == 0 else 4

    def chk() -> bool:
        xb = (a + b) / 2
        s = (b - a) / 2 / _ZC[lv] * _m.isqrt(n)
        return [xb, s, xb + s][q] == Decimal(ans)
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["신뢰구간", "표본평균", "모표준편차"], check=chk)


@family(_S7, "sample-data-then-ci")
def _s7_data(rng: random.Random) -> Problem:
    st = pick_style(rng)
    lv = rng.choice([95, 99])
    sd, n = rng.choice([(2, 16), (4, 16), (8, 16), (5, 25), (10, 25), (2, 25), (5, 100), (10, 100), (6, 36), (12, 36)])
    base = rng.randint(20, 70)
    # frequency table of sample values whose mean is a "nice" decimal
    vals = [base - 2, base - 1, base, base + 1, base + 2]
    while True:
        cuts = sorted(rng.sample(range(1, n), 4))
        freqs = [b - a for a, b in zip([0, *cuts], [*cuts, n], strict=True)]
        tot = sum(v * f for v, f in zip(vals, freqs, strict=True))
        xbar = Decimal(tot) / n
        if xbar == xbar.quantize(Decimal("0.01")) and min(freqs) > 0:
            break
    half = _ZC[lv] * Decimal(sd) / _m.isqrt(n)
    lo, hi = xbar - half, xbar + half
    what, unit = rng.choice([("통학 시간", "분"), ("턱걸이 횟수", "회"), ("하루 물 섭취량", "dL"), ("한 달 동안의 휴대 전화 충전 횟수", "회")])
    table = _tbl([f"{what}({unit})", *[str(v) for v in vals], "합계"], [["학생 수(명)", *[str(f) for f in freqs], str(n)]], rng)
    text = (f"어느 지역 고등학생의 {josa(what, '은/는')} 표준편차가 {sd}{unit}인 정규분포를 따른다고 한다. 이 지역 고등학생 {n}명을 "
            f"임의추출하여 조사한 결과가 다음 표와 같을 때, 이 지역 고등학생 전체의 {what}의 평균 m에 대한 신뢰도 {lv}%의 신뢰구간을 "
            f"{_end(rng)}\n{table}\n{_conf_note(rng, [lv], st)}")
    return Problem(text=text, answer=_ci_ans(lo, hi), format="data", difficulty=4, achievement_level="B",
                   concepts=["표본평균", "모평균", "신뢰구간", "추정"],
                   check=lambda: _near(float(lo + hi) / 2, sum(v * f for v, f in zip(vals, freqs, strict=True)) / n, 1e-9))


@family(_S7, "minimum-sample-size")
def _s7_minn(rng: random.Random) -> Problem:
    st = pick_style(rng)
    lv = rng.choice([95, 99])
    sd = rng.choice([5, 6, 8, 10, 12, 15, 20])
    e = Decimal(rng.choice([1, 2, 2.5, 3, 4, 5])).quantize(Decimal("0.1"))
    z = _ZC[lv]
    need = (z * sd / e) ** 2
    nmin = int(need) + (0 if need == int(need) else 1)
    kind = rng.randrange(2)
    if kind == 0:
        text = (f"모표준편차가 {sd}인 정규분포를 따르는 모집단의 모평균을 신뢰도 {lv}%로 추정하려고 한다. 신뢰구간의 길이가 "
                f"{_fmtnum(2 * e)} 이하가 되도록 하는 표본의 크기 n의 최솟값을 {_end(rng)}{_pts(rng, 4)}")
    else:
        text = (f"어느 제품의 무게는 표준편차가 {sd} g인 정규분포를 따른다. 표본평균으로 모평균을 추정할 때, 신뢰도 {lv}%에서 "
                f"모평균과 표본평균의 차가 {_fmtnum(e)} g 이하가 되게 하려면 표본의 크기를 최소 얼마로 해야 하는지 {_end(rng)}")
    text += "\n" + _conf_note(rng, [lv], st)

    def chk() -> bool:
        zz = sp.Rational(str(z))
        ok = 2 * zz * sd / sp.sqrt(nmin) <= 2 * sp.Rational(str(e))
        worse = nmin == 1 or 2 * zz * sd / sp.sqrt(nmin - 1) > 2 * sp.Rational(str(e))
        return bool(ok) and bool(worse)
    return Problem(text=text, answer=str(nmin), format="computation", difficulty=4, achievement_level="B",
                   concepts=["신뢰구간", "신뢰도", "모평균"], check=chk)


@family(_S7, "tool-output-interpret")
def _s7_tool(rng: random.Random) -> Problem:
    lv = rng.choice([95, 99])
    ph, n = rng.choice(_PROP_OPTS)
    se = Decimal(str(_m.sqrt(float(ph * (1 - ph)) / n))).quantize(Decimal("0.0001"))
    half = _ZC[lv] * se
    lo, hi = ph - half, ph + half
    thr = rng.choice([t for t in (ph - Decimal("0.1"), ph - Decimal("0.05"), ph, ph + Decimal("0.05"), ph + Decimal("0.1"))
                      if Decimal(0) < t < Decimal(1)])
    topic = rng.choice(["새로 도입한 급식 메뉴에 만족한다", "학교 축제를 이틀로 늘리는 데 찬성한다", "주 1회 이상 도서관을 이용한다"])
    out = _tbl(["항목", "값"], [["표본의 크기", str(n)], ["표본비율", _fmtnum(ph)], ["신뢰도", f"{lv}%"],
                               ["신뢰구간", f"[{_fmtnum(lo)}, {_fmtnum(hi)}]"]], rng)
    if hi < thr:
        verdict = f"신뢰구간 전체가 {_fmtnum(thr)}보다 작으므로 모비율이 {_fmtnum(thr)}보다 작다고 판단할 수 있다"
    elif lo > thr:
        verdict = f"신뢰구간 전체가 {_fmtnum(thr)}보다 크므로 모비율이 {_fmtnum(thr)}보다 크다고 판단할 수 있다"
    else:
        verdict = f"신뢰구간이 {_fmtnum(thr)}을 포함하므로 모비율이 {_fmtnum(thr)}과 다르다고 단정할 수 없다"
        verdict = verdict.replace(f"{_fmtnum(thr)}을", josa(_fmtnum(thr), "을/를")).replace(f"{_fmtnum(thr)}과", josa(_fmtnum(thr), "과/와"))
    text = (f"어느 학교 학생 중 '{topic}'고 답한 학생의 비율 p를 추정하기 위하여 학생들을 임의추출하여 조사하고, 공학 도구로 분석한 결과가 "
            f"다음과 같다.\n{out}\n(1) 이 신뢰구간이 의미하는 바를 설명하시오.\n"
            f"(2) 학생회는 전체 학생의 비율이 {_fmtnum(thr)}보다 크다고 주장한다. 위 결과를 근거로 이 주장을 판단하시오.")
    ans = (f"(1) 같은 방법으로 표본을 뽑아 신뢰구간을 여러 번 만들면 그중 약 {lv}%가 모비율 p를 포함한다. "
           f"(2) {verdict}.")
    return Problem(text=text, answer=ans, format="task", difficulty=4, achievement_level="A",
                   concepts=["모비율", "신뢰구간", "신뢰도", "추정"],
                   check=lambda: lo < ph < hi and abs(float(half) - float(_ZC[lv]) * _m.sqrt(float(ph * (1 - ph)) / n)) < 1e-3)


@family(_S7, "ci-length-mcq")
def _s7_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sd, n = rng.choice(_SE_OPTS)
    r = _m.isqrt(n)
    k = rng.choice([2, 3])
    lv = rng.choice([95, 99])
    z = _ZC[lv]
    L1 = 2 * z * sd / r
    q = rng.randrange(2)
    if q == 0:  # b - a for a given setting
        ans = L1
        stem = (f"모표준편차가 {sd}인 정규분포를 따르는 모집단에서 크기가 {n}인 표본을 임의추출하여 얻은 표본평균 "
                f"{_r(_XB, st)}를 이용하여 구한 모평균의 신뢰도 {lv}%의 신뢰구간이 {_r(_tx('a <= m <= b'), st)}일 때, "
                f"b − a의 값은?")
        wrong = [z * sd / r, 2 * z * sd / n, 2 * z * sd, 2 * _ZC[194 - lv] * sd / r, 4 * z * sd / r, z * sd / n]
    else:  # sample size multiplied by k^2
        ans = L1 / k
        stem = (f"모표준편차가 {sd}인 정규분포를 따르는 모집단에서 크기가 {n}인 표본으로 구한 모평균의 신뢰도 {lv}%의 신뢰구간의 길이를 l₁, "
                f"크기가 {n * k * k}인 표본으로 구한 신뢰도 {lv}%의 신뢰구간의 길이를 l₂라 할 때, l₂의 값은?")
        wrong = [L1 / (k * k), L1 * k, L1, L1 / (2 * k), 2 * _ZC[194 - lv] * sd / (r * k)]
    if ans != ans.quantize(Decimal("0.0001")):
        k = 2
        ans = L1 / k
        stem = stem.replace(f"크기가 {n * 9}인", f"크기가 {n * 4}인")
        wrong = [L1 / 4, L1 * 2, L1, 2 * _ZC[194 - lv] * sd / (r * 2), z * sd / (r * 4)]
    wrong += [ans * 2, ans / 2, ans * Decimal("1.5"), ans * 4]
    opts = list(dict.fromkeys(_fmtnum(w) for w in wrong if w != ans and w == w.quantize(Decimal("0.0001"))))
    ch = choices(rng, _fmtnum(ans), opts, sort_key=lambda t: Decimal(t))
    text = with_choices(f"{stem}{_pts(rng, 3)}\n{_conf_note(rng, [lv], st)}", ch)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["신뢰구간", "신뢰도"], choice=ch,
                   check=lambda: Decimal(ch.options[ch.correct]) == 2 * z * sd / _m.isqrt(n * (k * k if q else 1)))


@family(_S5, "both-members-in-sample")
def _s5_both(rng: random.Random) -> Problem:
    N = rng.choice([6, 8, 10, 12, 15, 20])
    k = rng.choice([2, 3, 4])
    a, b = name(rng), None
    b = name(rng, exclude=(a,))
    kind = rng.randrange(2)
    if kind == 0:
        ans = Fr(_m.comb(N - 2, k - 2), _m.comb(N, k))
        text = (f"{a}와 {b}를 포함한 학생 {N}명 중에서 크기가 {k}인 표본을 비복원추출로 임의추출할 때, 두 학생이 모두 표본에 포함될 확률을 "
                f"{_end(rng)}")
    else:
        ans = Fr(_m.comb(N - 2, k), _m.comb(N, k))
        text = (f"{a}와 {b}를 포함한 학생 {N}명 중에서 크기가 {k}인 표본을 임의추출(비복원추출)할 때, 두 학생 모두 표본에 포함되지 않을 "
                f"확률을 {_end(rng)}")
    text = text.replace(f"{a}와 {b}를", f"{josa(a, '과/와')} {josa(b, '을/를')}")

    def chk() -> bool:
        good = tot = 0
        for c in itertools.combinations(range(N), k):
            tot += 1
            good += (0 in c and 1 in c) if kind == 0 else (0 not in c and 1 not in c)
        return Fr(good, tot) == ans
    return Problem(text=text, answer=_fa(ans), format="word", difficulty=3, achievement_level="C",
                   concepts=["임의추출", "비복원추출", "표본"], check=chk)


@family(_S6, "bag-population-xbar")
def _s6_bag(rng: random.Random) -> Problem:
    st = pick_style(rng)
    nums = sorted(rng.sample(range(1, 7), 3))
    cnts = [rng.randint(1, 4) for _ in nums]
    tot = sum(cnts)
    ps = [Fr(c, tot) for c in cnts]
    m, v = _ev(nums, ps)
    n = rng.choice([2, 3, 4, 5])
    q = rng.randrange(3)
    desc = ", ".join(f"숫자 {x}이 적힌 공 {c}개" for x, c in zip(nums, cnts, strict=True))
    desc = re.sub(r"숫자 (\d)이", lambda mm: f"숫자 {josa(mm.group(1), '이/가')}", desc)
    if q == 0:
        ans, ask = v / n, f"{_r(_VT + '(' + _XB + ')', st)}의 {_end(rng, '값')}"
    elif q == 1:
        ans, ask = v / n + m * m, f"{_r(_ET + '(' + _XB + '^{2})', st)}의 {_end(rng, '값')}"
    else:
        a = rng.choice([2, 3, 4])
        ans, ask = a * a * v / n, f"{_r(_VT + '(' + str(a) + _XB + ' + 1)', st)}의 {_end(rng, '값')}"
    text = (f"주머니 속에 {desc}가 들어 있다. 이 주머니에서 임의로 한 개의 공을 꺼내어 공에 적힌 수를 확인한 후 다시 넣는 시행을 "
            f"{n}번 반복한다. 꺼낸 공에 적힌 수의 평균을 {_r(_XB, st)}라 할 때, {ask}{_pts(rng, 4)}")
    text = text.replace(f"{desc}가", josa(desc, "이/가"))

    def chk() -> bool:
        mm, vv = _sp_ev(nums, ps)
        want = [vv / n, vv / n + mm**2, 0][q]
        if q == 2:
            return sp.Rational(ans.numerator, ans.denominator) / (vv / n) in (4, 9, 16)
        return want == sp.Rational(ans.numerator, ans.denominator)
    return Problem(text=text, answer=_fa(ans), format="word", difficulty=4, achievement_level="B",
                   concepts=["표본평균", "모평균", "모분산", "복원추출"], check=chk)


@family(_S7, "convert-confidence-level")
def _s7_convert(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sd, n = rng.choice(_SE_OPTS)
    xbar = Decimal(rng.randint(30, 150))
    se = Decimal(sd) / _m.isqrt(n)
    a95, b95 = xbar - _ZC[95] * se, xbar + _ZC[95] * se
    a99, b99 = xbar - _ZC[99] * se, xbar + _ZC[99] * se
    q = rng.randrange(2)
    ivl = _r(_tx(f"{_fmtnum(a95)} <= m <= {_fmtnum(b95)}"), st)
    tail = josa(_fmtnum(b95), "이었다/였다")[len(_fmtnum(b95)):]
    lead = (f"정규분포를 따르는 모집단에서 크기가 {n}인 표본을 임의추출하여 모평균 m에 대한 신뢰도 95%의 신뢰구간을 구하였더니 {ivl}{tail}.")
    if q == 0:
        ask = f"같은 표본을 이용하여 구한 모평균 m에 대한 신뢰도 99%의 신뢰구간을 {_end(rng)}"
        ans = _ci_ans(a99, b99)
    else:
        ask = f"같은 표본을 이용하여 구한 신뢰도 99%의 신뢰구간을 {_r(_tx('a <= m <= b'), st)}라 할 때, b − a의 {_end(rng, '값')}"
        ans = _fmtnum(b99 - a99)
    text = f"{lead} {ask}{_pts(rng, 4)}\n{_conf_note(rng, [95, 99], st)}"

    def chk() -> bool:
        s_ = (b95 - a95) / 2 / _ZC[95]
        c = (a95 + b95) / 2
        lo, hi = c - _ZC[99] * s_, c + _ZC[99] * s_
        return ans == (_ci_ans(lo, hi) if q == 0 else _fmtnum(hi - lo))
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["신뢰도", "신뢰구간", "모평균"], check=chk)


@family(_S1, "is-it-a-distribution-explain")
def _s1_valid(rng: random.Random) -> Problem:
    k = rng.choice([3, 4])
    xs = list(range(k))
    ps = _rand_dist(rng, k, dens=(5, 10, 10))
    kind = rng.randrange(3)
    decs = [Decimal(p.numerator) / p.denominator for p in ps]
    if kind == 1:  # sum ≠ 1
        i = rng.randrange(k)
        decs[i] += Decimal("0.1") * rng.choice([1, -1]) if decs[i] > Decimal("0.1") else Decimal("0.1")
    elif kind == 2:  # a negative entry, sum still 1
        i, j = rng.sample(range(k), 2)
        decs[j] += decs[i] + Decimal("0.1")
        decs[i] = Decimal("-0.1")
    total = sum(decs)
    ok = total == 1 and all(d >= 0 for d in decs)
    who = name(rng)
    table = _tbl(["X", *[str(x) for x in xs]], [["P(X=x)", *[_fmtnum(d) for d in decs]]], rng)
    text = (f"{josa(who, '은/는')} 확률변수 X의 확률분포를 다음과 같이 나타내었다.\n{table}\n"
            f"이 표가 확률분포가 될 수 있는지 판단하고, 그 이유를 {_end(rng, '쓰')}").replace("그 이유를 써라.", "그 이유를 설명하시오.")
    if ok:
        ans = "될 수 있다. 각 확률이 0 이상 1 이하이고 확률의 합이 1이기 때문이다."
    elif total != 1:
        ans = f"될 수 없다. 확률의 합이 {_fmtnum(total)}로 1이 아니기 때문이다."
        ans = ans.replace(f"{_fmtnum(total)}로", josa(_fmtnum(total), "으로/로"))
    else:
        ans = "될 수 없다. 확률의 합은 1이지만 음수인 확률이 있기 때문이다."
    return Problem(text=text, answer=ans, format="proof", difficulty=2, achievement_level="C",
                   concepts=["확률분포", "확률변수"], check=lambda: ok == (sum(decs) == 1 and min(decs) >= 0))


@family(_S3, "justify-binomial-explain")
def _s3_justify(rng: random.Random) -> Problem:
    if rng.random() < 0.55:
        n = rng.choice([5, 6, 10, 20])
        sit, p = _bsit(rng, n)
        ok = True
    else:
        sit, ok, n, p = rng.choice(_NOT_BIN), False, 0, Fr(0)
    text = rng.choice([
        f"{josa(sit, '을/를')} X라 할 때, X가 이항분포를 따르는지 판단하고 그 이유를 설명하시오. 이항분포를 따른다면 X의 평균도 구하시오.",
        f"다음 상황에서 확률변수 X가 이항분포를 따르는지 말하고, 그렇게 판단한 근거를 쓰시오. (이항분포를 따르면 평균도 구할 것)\n"
        f"X: {sit}",
    ])
    if ok:
        ans = (f"따른다. 각 시행이 독립이고 매번 성공 확률이 {_fa(p)}로 일정한 시행을 {n}번 반복할 때 성공 횟수이므로 "
               f"X는 B({n}, {_fa(p)})를 따르고 평균은 {_fa(n * p)}이다.").replace(f"{_fa(p)}로 일정", josa(_fa(p), '으로/로') + " 일정")
    else:
        ans = "따르지 않는다. 시행이 서로 독립이 아니거나(비복원으로 뽑아 확률이 바뀜) 시행 횟수가 정해져 있지 않으므로 이항분포의 조건을 만족시키지 않는다."
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["이항분포", "독립시행"], check=lambda: (not ok) or 0 < p < 1)


@family(_S4, "binomial-graph-observation-task")
def _s4_task(rng: random.Random) -> Problem:
    p = rng.choice([Fr(1, 2), Fr(1, 5), Fr(1, 10), Fr(2, 5)])
    ns = sorted(rng.sample([10, 25, 50, 100, 400], 3))
    rows = []
    for n in ns:
        m = n * p
        sd = _m.sqrt(float(n * p * (1 - p)))
        rows.append((n, m, round(sd, 2)))
    ptxt = _dec(Decimal(p.numerator) / p.denominator, 2)
    text = (f"[탐구] 공학 도구를 이용하여 이항분포 B(n, {ptxt})의 그래프를 n = {ns[0]}, {ns[1]}, {ns[2]}일 때 각각 그려 보려고 한다.\n"
            f"(1) 각 경우에 평균과 표준편차(소수점 아래 둘째 자리까지)를 구하시오.\n"
            f"(2) n이 커질 때 그래프의 모양이 어떻게 변하는지 쓰고, n = {ns[2]}일 때 X가 근사적으로 따르는 정규분포를 쓰시오.")
    big = rows[-1]
    var_big = ns[2] * p * (1 - p)
    ans = ("(1) " + " / ".join(f"n={n}: 평균 {_fa(m)}, 표준편차 약 {sd:.2f}" for n, m, sd in rows) +
           f" (2) n이 커질수록 좌우 대칭인 종 모양에 가까워진다. N({_fa(big[1])}, {_fa(var_big)})")
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="B",
                   concepts=["이항분포", "정규분포"], also=[_S3],
                   check=lambda: all(abs(sd * sd - float(n * p * (1 - p))) < 0.05 for n, _, sd in rows))


@family(_S6, "sample-size-spread-explain")
def _s6_explain(rng: random.Random) -> Problem:
    sd = rng.choice([6, 8, 10, 12, 20])
    n1 = rng.choice([4, 9, 16, 25])
    k = rng.choice([4, 9, 16])
    n2 = n1 * k
    s1, s2 = Fr(sd, _m.isqrt(n1)), Fr(sd, _m.isqrt(n2))
    a, b = name(rng), None
    b = name(rng, exclude=(a,))
    text = (f"모표준편차가 {sd}인 정규분포를 따르는 모집단에서 {josa(a, '은/는')} 크기가 {n1}인 표본을, {josa(b, '은/는')} 크기가 {n2}인 표본을 "
            f"임의추출하여 각각 표본평균을 구하려고 한다. 두 사람이 구할 표본평균의 표준편차를 각각 구하고, 누구의 표본평균이 모평균에 더 가까울 "
            f"가능성이 큰지 그 이유와 함께 설명하시오.")
    ans = (f"{a}: {_fa(s1)}, {b}: {_fa(s2)}. 표본평균의 평균은 둘 다 모평균과 같지만 {b}의 표본평균의 표준편차가 {a}의 "
           f"{_fa(Fr(1, _m.isqrt(k)))}배로 작으므로 {b}의 표본평균이 모평균 가까이에 몰려 있을 가능성이 크다.")
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A",
                   concepts=["표본평균", "모평균", "모표준편차"], check=lambda: s2 * _m.isqrt(k) == s1)
