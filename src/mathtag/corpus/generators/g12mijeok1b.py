"""Generators for 미적분Ⅰ (고등학교 일반 선택): 도함수의 활용 12미적Ⅰ-02-06 … 02-10 and 적분 12미적Ⅰ-03-01 … 03-06.

12미적Ⅰ-01-01 … 02-05 are in ``g12mijeok1a.py`` (another author). Scope: polynomial functions only.

Private helpers (module-local, prefixed ``_``):

* ``_r(tex, st)`` renders a LaTeX-lite string (``^{…}``, ``_{…}``, ``\\frac``, ``\\int_{a}^{b}``,
  ``\\left[ … \\right]_{a}^{b}``, ``\\lim_{x \\to a}``, ``\\le`` …) in style ``st``: LaTeX wrapped in
  ``$…$``, Unicode (``x³ − 2x``, ``∫₀² … dx``) or plain ASCII (``x^3 - 2x``, ``∫_0^2 … dx``).
* ``_jr(tex, st, pair)`` the same followed by the particle that fits how the formula is read.
* ``_pt(coeffs, v)`` a polynomial (coefficients from the highest degree) as LaTeX-lite.
* ``_pa(coeffs, v)`` the same polynomial as a plain answer string (``x^3 - 2x + 1``).
* ``bogi(rng, stmts)`` a <보기> block (ㄱ, ㄴ, ㄷ) and the ①~⑤ choice of the true subset.
* ``_pts(rng, d)`` an optional 수능-style score marker ``[3점]`` / ``[4점]``.
* ``_q(v)`` a Rational as plain text (``-3/2``), ``_qt(v)`` as LaTeX-lite (``-\\frac{3}{2}``).
"""

from __future__ import annotations

import itertools
import random
import re
from fractions import Fraction as Fr

import sympy as sp

from mathtag.corpus.generators.base import Problem, family, secondary_level
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import bogi, choices, with_choices
from mathtag.corpus.notation import pick_style

X = sp.Symbol("x")
T = sp.Symbol("t")

# -- notation ------------------------------------------------------------------------------------
_SUPMAP = dict(zip("0123456789-+nx", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ⁿˣ", strict=True))
_SUBMAP = dict(zip("0123456789-+axn", "₀₁₂₃₄₅₆₇₈₉₋₊ₐₓₙ", strict=True))
_IN = r"([^{}]*)"


def _atomic(s: str) -> bool:
    return bool(re.fullmatch(r"-?[\w.]+|\([^()]*\)", s))


def _wrap(s: str) -> str:
    return s if _atomic(s) else f"({s})"


def _sup(e: str, st: str) -> str:
    if st == "unicode" and e and all(c in _SUPMAP for c in e):
        return "".join(_SUPMAP[c] for c in e)
    return "^" + (e if re.fullmatch(r"\w", e) or re.fullmatch(r"\d+", e) else f"({e})")


def _sub(e: str, st: str) -> str:
    if st == "unicode" and e and all(c in _SUBMAP for c in e):
        return "".join(_SUBMAP[c] for c in e)
    return "_" + (e if re.fullmatch(r"\w", e) or re.fullmatch(r"\d+", e) else f"({e})")


def _r(tex: str, st: str) -> str:
    """Render LaTeX-lite ``tex`` in style ``st`` (see the module docstring)."""
    if st == "latex":
        return f"${tex}$"
    s = tex.replace("\\dfrac", "\\frac").replace("\\,", " ").replace(" \\to ", "\\to")
    s = s.replace("\\left[ ", "[").replace(" \\right]", "]").replace("\\left", "").replace("\\right", "")
    s = re.sub(r"\\int_\{" + _IN + r"\}\^\{" + _IN + r"\}\s*",
               lambda m: "∫" + _sub(m.group(1), st) + _sup(m.group(2), st) + " ", s)
    s = re.sub(r"\]_\{" + _IN + r"\}\^\{" + _IN + r"\}", lambda m: "]" + _sub(m.group(1), st) + _sup(m.group(2), st), s)
    s = re.sub(r"\\lim_\{" + _IN + r"\}\s*", lambda m: f"lim({m.group(1)}) " if st == "unicode" else f"lim_({m.group(1)}) ", s)
    s = s.replace("\\frac{d}{dx}", "d/dx ").replace("\\int", "∫")
    for _ in range(6):
        old = s
        s = re.sub(r"\\frac\{" + _IN + r"\}\{" + _IN + r"\}(?=[A-Za-z(])",
                   lambda m: f"({_wrap(m.group(1))}/{_wrap(m.group(2))})", s)
        s = re.sub(r"\\frac\{" + _IN + r"\}\{" + _IN + r"\}", lambda m: f"{_wrap(m.group(1))}/{_wrap(m.group(2))}", s)
        s = re.sub(r"\\sqrt\{" + _IN + r"\}", lambda m: "√" + _wrap(m.group(1)), s)
        s = re.sub(r"\^\{" + _IN + r"\}", lambda m: _sup(m.group(1), st), s)
        s = re.sub(r"_\{" + _IN + r"\}", lambda m: _sub(m.group(1), st), s)
        if s == old:
            break
    rep = {"\\times": "×", "\\div": "÷", "\\cdot": "·", "\\quad": "  ", "\\cdots": "…", "\\pi": "π",
           "\\{": "{", "\\}": "}", "\\Delta": "Δ", "\\prime": "'", "\\lt": "<", "\\gt": ">", "\\;": " "}
    if st == "plain":
        rep.update({"\\le": "<=", "\\ge": ">=", "\\ne": "!=", "\\to": "->", "\\infty": "inf"})
    else:
        rep.update({"\\le": "≤", "\\ge": "≥", "\\ne": "≠", "\\to": "→", "\\infty": "∞"})
    for k in sorted(rep, key=len, reverse=True):
        s = s.replace(k, rep[k])
    s = re.sub(r"\^(\d)", lambda m: _sup(m.group(1), st), s) if st == "unicode" else s
    s = re.sub(r"  +", " ", s)
    if st == "unicode":
        s = s.replace("->", "→").replace("-", "−").replace("'", "′")
    return s.strip()


def _jr(tex: str, st: str, pair: str) -> str:
    """``_r(tex, st)`` plus the particle ``pair`` chosen by how the formula is read."""
    proxy = _r(tex, "unicode").rstrip(" ")
    if re.search(r"dx$|dt$", proxy):
        proxy = "x"
    elif re.search(r"[)\]][₀-₉₋]*[⁰-⁹⁻]+$", proxy):  # [F(x)]₀² read … 까지
        proxy = "지"
    return _r(tex, st) + josa(proxy, pair)[len(proxy):]


def _q(v) -> str:
    v = Fr(v)
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


def _qt(v) -> str:
    v = Fr(v)
    if v.denominator == 1:
        return str(v.numerator)
    return f"{'-' if v < 0 else ''}\\frac{{{abs(v.numerator)}}}{{{v.denominator}}}"


def _pt(coeffs, v: str = "x") -> str:
    """Polynomial with coefficients ``coeffs`` (highest degree first) as LaTeX-lite."""
    n = len(coeffs) - 1
    out = ""
    for i, cf in enumerate(coeffs):
        cf = Fr(cf)
        if cf == 0:
            continue
        d = n - i
        mono = "" if d == 0 else (v if d == 1 else f"{v}^{{{d}}}")
        m = abs(cf)
        body = (_qt(m) if (m != 1 or not mono) else "") + mono
        if not out:
            out = ("-" if cf < 0 else "") + body
        else:
            out += (" - " if cf < 0 else " + ") + body
    return out or "0"


def _pa(coeffs, v: str = "x") -> str:
    """Polynomial as a plain answer string (``x^3 - 2x + 1``, fractions as ``(1/3)x^3``)."""
    return _r(_pt(coeffs, v), "plain")


def _ex(coeffs, v=X):
    """sympy expression of a coefficient list (highest degree first)."""
    n = len(coeffs) - 1
    return sum(sp.Rational(Fr(cf).numerator, Fr(cf).denominator) * v ** (n - i) for i, cf in enumerate(coeffs))


def _ev(coeffs, v) -> Fr:
    tot = Fr(0)
    for cf in coeffs:
        tot = tot * v + Fr(cf)
    return tot


def _mul(p, q):
    out = [Fr(0)] * (len(p) + len(q) - 1)
    for i, u in enumerate(p):
        for j, w in enumerate(q):
            out[i + j] += Fr(u) * Fr(w)
    return out


def _add(p, q):
    n = max(len(p), len(q))
    p = [Fr(0)] * (n - len(p)) + [Fr(c) for c in p]
    q = [Fr(0)] * (n - len(q)) + [Fr(c) for c in q]
    out = [u + w for u, w in zip(p, q, strict=True)]
    while len(out) > 1 and out[0] == 0:
        out.pop(0)
    return out


def _scale(p, k):
    return [Fr(c) * Fr(k) for c in p]


def _der(p):
    n = len(p) - 1
    return [Fr(c) * (n - i) for i, c in enumerate(p[:-1])] or [Fr(0)]


def _antider(p, c0=0):
    n = len(p) - 1
    return [Fr(c) / (n - i + 1) for i, c in enumerate(p)] + [Fr(c0)]


def _from_roots(k, roots):
    out = [Fr(k)]
    for r in roots:
        out = _mul(out, [1, -Fr(r)])
    return out


def _defint(p, a, b) -> Fr:
    big = _antider(p)
    return _ev(big, b) - _ev(big, a)


def _sint(f, a, b):
    """sympy definite integral of the polynomial with coefficient list f (Poly.integrate: fast)."""
    P = sp.Poly(_ex(f), X).integrate()
    return P.eval(sp.nsimplify(b)) - P.eval(sp.nsimplify(a))


def _abs_int(f, a, b):
    """sympy: ∫_a^b |f(x)| dx for a polynomial f, splitting at its real roots inside (a, b)."""
    P = sp.Poly(_ex(f), X)
    lo, hi = sp.nsimplify(a), sp.nsimplify(b)
    cuts = [lo] + sorted({r for r in P.real_roots() if lo < r < hi}, key=float) + [hi]
    Q = P.integrate()
    return sum(abs(Q.eval(v) - Q.eval(u)) for u, v in itertools.pairwise(cuts))


def _eq(ans: str, val) -> bool:
    """``ans`` (plain text number) equals the sympy/fraction value ``val``."""
    return sp.nsimplify(sp.sympify(ans.replace("−", "-"))) == sp.nsimplify(val)


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


def _num_choices(rng: random.Random, ans, wrong, positive: bool = False) -> object:
    """A ①~⑤ block of numbers (sorted ascending as exams print them); ``positive`` drops options ≤ 0."""
    wrong = [w for w in dict.fromkeys(_q(w) for w in wrong) if w != _q(ans) and (not positive or Fr(w) > 0)]
    pool = [_q(Fr(ans) + d) for d in (1, -1, 2, -2, 3, -3, 4, 5, -4, 6, 7)]
    pool = [v for v in pool if not positive or Fr(v) > 0]
    for p in pool:
        if len(wrong) >= 6:
            break
        if p not in wrong and p != _q(ans):
            wrong.append(p)
    return choices(rng, _q(ans), wrong[:8], sort_key=lambda s: Fr(s))


def _bogi_q(rng: random.Random) -> str:
    return rng.choice(["옳은 것만을 <보기>에서 있는 대로 고른 것은?", "<보기>에서 옳은 것만을 있는 대로 고른 것은?",
                       "다음 <보기> 중 옳은 것을 모두 고른 것은?"])


def _f(rng: random.Random) -> str:
    return rng.choice(["f", "f", "f", "g", "h"])


def _iv(a, b, st: str, closed: bool = True) -> str:
    """An interval [a, b] / (a, b) in style st."""
    lo, hi = ("[", "]") if closed else ("(", ")")
    return _r(f"{lo}{_qt(a)}, {_qt(b)}{hi}", st)


def _pn(v) -> str:
    """A number as LaTeX-lite, in parentheses when negative (for ``x - (-2)``)."""
    return f"({_qt(v)})" if v < 0 else _qt(v)


def _fx(rng: random.Random, fn: str, coeffs, st: str, v: str = "x") -> str:
    """``f(x) = …`` rendered in style st."""
    return _r(f"{fn}({v}) = {_pt(coeffs, v)}", st)


def _roots_in(p, lo, hi) -> list:
    """Exact real roots of polynomial p (coefficient list) strictly inside (lo, hi), via sympy."""
    e = _ex(p)
    if e.free_symbols == set():
        return []
    rts = sp.Poly(e, X).real_roots()
    return sorted({r for r in rts if sp.Rational(Fr(lo).numerator, Fr(lo).denominator) < r < sp.Rational(Fr(hi).numerator, Fr(hi).denominator)},
                  key=float)


# ================================================================================================
# 12미적Ⅰ-02-06 평균값 정리 (롤의 정리 포함)
# ================================================================================================
_S26 = "12미적Ⅰ-02-06"


def _mvt_table() -> list[tuple[int, int, int, Fr]]:
    """(p, a, b, c): for f = k(x³ + p x²) + qx + r on [a, b] the unique MVT point c is rational."""
    out = []
    for p in range(-3, 4):
        for a in range(-3, 3):
            for b in range(a + 1, 5):
                big_k = a * a + a * b + b * b + p * (a + b)
                disc = 4 * p * p + 12 * big_k  # 3c² + 2pc − K = 0
                if disc < 0:
                    continue
                rt = round(disc ** 0.5)
                if rt * rt != disc:
                    continue
                cs = {Fr(-2 * p + s * rt, 6) for s in (1, -1)}
                inside = [c for c in cs if a < c < b]
                if len(inside) == 1:
                    out.append((p, a, b, inside[0]))
    return out


_MVT = _mvt_table()


def _mvt_cs(f, a, b) -> list:
    """All c in (a, b) with f'(c) = (f(b) − f(a))/(b − a), by sympy."""
    e = _ex(f)
    slope = (e.subs(X, b) - e.subs(X, a)) / (b - a)
    return [r for r in sp.Poly(sp.diff(e, X) - slope, X).real_roots() if a < r < b] if sp.degree(e, X) > 1 else []


@family(_S26, "mvt-find-c")
def _m1_find_c(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    if rng.random() < 0.3:
        k = rng.choice([1, -1, 2, -2, 3])
        f = [k, rng.randint(-6, 6), rng.randint(-5, 5)]
        a = rng.randint(-3, 2)
        b = a + rng.choice([2, 3, 4, 5, 6])
        c, d = Fr(a + b, 2), 2
    else:
        p, a, b, c = rng.choice(_MVT)
        k = rng.choice([1, 1, -1, 2])
        f = [k, k * p, rng.randint(-5, 5), rng.randint(-4, 4)]
        d = 3
    fx, iv = _fx(rng, fn, f, st), _iv(a, b, st)
    eq = _r(f"{fn}({b}) - {fn}({_qt(a)}) = ({b} - {_pn(a)}){fn}'(c)", st)
    rng_c = _r(f"{_qt(a)} < c < {b}", st)
    text = rng.choice([
        f"함수 {fx}에 대하여 닫힌구간 {iv}에서 평균값 정리를 만족시키는 실수 c의 {_end(rng, '값')}",
        f"{fx}일 때, {eq}를 만족시키는 c의 값을 {_end(rng)} (단, {rng_c})",
        f"함수 {fx}에 대하여 닫힌구간 {iv}에서 평균값 정리가 성립함을 보이고, 이때 정리를 만족시키는 c의 값을 {_end(rng)}",
        f"다음 함수에 대하여 구간 {iv}에서 평균값 정리를 만족시키는 상수 c의 값은?{_pts(rng, d)}\n{fx}",
    ])
    return Problem(text=text, answer=_q(c), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["평균값 정리"], check=lambda: [sp.nsimplify(_q(c))] == _mvt_cs(f, a, b))


@family(_S26, "rolle-find-c")
def _m2_rolle(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    m = rng.randint(-5, 5)
    if rng.random() < 0.35:
        k = rng.choice([1, -1, 2, -3])
        p = rng.randint(-4, 2)
        q = p + rng.choice([2, 4, 6, 3])
        f = _add(_from_roots(k, [p, q]), [m])
        c, d = Fr(p + q, 2), 2
    else:
        k = rng.choice([1, -1, 1, 2])
        p = rng.randint(-4, 2)
        dd = rng.choice([1, 2])
        q = p + 3 * dd
        if rng.random() < 0.5:
            f, c = _add(_from_roots(k, [p, q, q]), [m]), Fr(p + dd)  # c = (2p + q)/3
        else:
            f, c = _add(_from_roots(k, [p, p, q]), [m]), Fr(q - dd)  # c = (p + 2q)/3
        d = 3
    fx, iv = _fx(rng, fn, f, st), _iv(p, q, st)
    cond = _r(fn + "'(c) = 0, \\; " + f"{p} < c < {q}", st)
    text = rng.choice([
        f"함수 {fx}에 대하여 닫힌구간 {iv}에서 롤의 정리를 만족시키는 실수 c의 {_end(rng, '값')}",
        f"{fx}일 때, {_r(f'{fn}({p}) = {fn}({q})', st)}임을 확인하고 {cond}인 c의 값을 {_end(rng)}",
        f"함수 {fx}의 그래프 위의 두 점 ({p}, {_q(_ev(f, p))}), ({q}, {_q(_ev(f, q))})를 잇는 선분은 x축에 평행하다. 열린구간 {_iv(p, q, st, False)}에서 접선이 x축에 평행한 점의 x좌표를 {_end(rng)}",
        f"다음 함수가 구간 {iv}에서 롤의 정리의 조건을 만족시킬 때, 정리의 결론을 만족시키는 c의 값은?{_pts(rng, d)}\n{fx}",
    ])
    return Problem(text=text, answer=_q(c), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["롤의 정리"], check=lambda: _roots_in(_der(f), p, q) == [sp.nsimplify(_q(c))] and _ev(f, p) == _ev(f, q))


@family(_S26, "mvt-unknown-endpoint")
def _m3_endpoint(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    if rng.random() < 0.45:
        k = rng.choice([1, -1, 2, 3, -2])
        f = [k, rng.randint(-6, 6), rng.randint(-5, 5)]
        a = rng.randint(-3, 2)
        b = a + rng.choice([2, 4, 6, 8])
        c, d = Fr(a + b, 2), 3
    else:
        while True:
            p, a, b, c = rng.choice(_MVT)
            # b must be the only endpoint > c giving this c: 3c²+2pc = a²+ab+b²+p(a+b) is quadratic in b
            disc = (a + p) ** 2 - 4 * (a * a + p * a - 3 * c * c - 2 * p * c)
            cand = [(-(a + p) + s * disc ** 0.5) / 2 for s in (1, -1)] if disc >= 0 else []
            if sum(1 for v in cand if v > c + 1e-9) == 1:
                break
        k = rng.choice([1, -1, 2])
        f = [k, k * p, rng.randint(-5, 5), rng.randint(-4, 4)]
        d = 4
    fx = _fx(rng, fn, f, st)
    unk = rng.choice(["b", "k", "t"])
    quo = _r(f"\\frac{{{fn}({unk}) - {fn}({a})}}{{{unk} - {_pn(a)}}} = {fn}'({_qt(c)})", st)
    text = rng.choice([
        f"함수 {fx}에 대하여 닫힌구간 {_r(f'[{a}, {unk}]', st)}에서 평균값 정리를 만족시키는 실수 c의 값이 {_jr(_qt(c), st, '일/일')} 때, 상수 {unk}의 {_end(rng, '값')} (단, {_r(f'{unk} > {_qt(c)}', st)})",
        f"{fx}에 대하여 {josa(quo, '이/가')} 성립할 때, {_r(f'{unk} > {_qt(c)}', st)}인 상수 {unk}의 값을 {_end(rng)}",
    ]).replace(f"{_r(_qt(c), st)}일 때", f"{_r(_qt(c), st)}일 때")
    return Problem(text=text, answer=str(b), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["평균값 정리"],
                   check=lambda: [r for r in sp.solve(sp.expand((_ex(f).subs(X, sp.Symbol("u")) - _ex(f).subs(X, a)) - (sp.Symbol("u") - a) * sp.diff(_ex(f), X).subs(X, sp.nsimplify(_q(c)))), sp.Symbol("u")) if r.is_real and r > sp.nsimplify(_q(c))] == [b])


@family(_S26, "rolle-applicable-mcq")
def _m4_which(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.5, 0.35, 0.15))
    a = rng.randint(-2, 1)
    b = a + rng.choice([2, 3, 4])
    good = rng.choice([
        _add(_from_roots(rng.choice([1, -1, 2]), [a, b]), [rng.randint(-3, 3)]),
        _add(_from_roots(1, [a, b, rng.choice([0, a + 1, b + 1, a - 1])]), [rng.randint(-2, 2)]),
        _add(_from_roots(-1, [a, b, a + b]), [0]),
    ])
    bad = []
    while len(bad) < 6:
        deg = rng.choice([2, 2, 3])
        cand = [rng.choice([1, -1, 2])] + [rng.randint(-4, 4) for _ in range(deg)]
        if _ev(cand, a) != _ev(cand, b) and cand not in bad:
            bad.append(cand)
    opts = [_r(_pt(good), st)] + [_r(_pt(p), st) for p in bad]
    ch = choices(rng, opts[0], opts[1:])
    fc = _r(f"f'(c) = 0 \\; ({a} < c < {b})", st)
    stem = rng.choice([
        f"닫힌구간 {_iv(a, b, st)}에서 롤의 정리를 적용할 수 있는 함수 f(x)는?",
        f"다음 중 닫힌구간 {_iv(a, b, st)}에서 {fc}인 c가 존재함을 롤의 정리로 보장할 수 있는 함수 f(x)는?",
        f"함수 f(x)가 다음과 같을 때, 구간 {_iv(a, b, st)}에서 롤의 정리의 조건을 모두 만족시키는 것은?{_pts(rng, 2)}",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["롤의 정리"], choice=ch,
                   check=lambda: sum(_ev(p, a) == _ev(p, b) for p in [good] + bad) == 1)


@family(_S26, "mvt-derivative-bound")
def _m5_bound(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    a = rng.randint(-2, 3)
    b = a + rng.randint(2, 6)
    v = rng.randint(-5, 8)
    lo = rng.randint(-3, 2)
    hi = lo + rng.randint(1, 5)
    mx, mn = v + hi * (b - a), v + lo * (b - a)
    kind = rng.choice(["max", "min", "sum"])
    cond = _r(f"{lo} \\le {fn}'(x) \\le {hi}", st)
    cond_j = _jr(f"{lo} \\le {fn}'(x) \\le {hi}", st, "을/를")
    ask = {"max": f"{_r(f'{fn}({b})', st)}의 최댓값", "min": f"{_r(f'{fn}({b})', st)}의 최솟값",
           "sum": f"{_r(f'{fn}({b})', st)}의 값이 될 수 있는 수의 최댓값과 최솟값의 합"}[kind]
    ans = {"max": mx, "min": mn, "sum": mx + mn}[kind]
    text = rng.choice([
        f"실수 전체의 집합에서 미분가능한 함수 {_jr(f'{fn}(x)', st, '이/가')} {_r(f'{fn}({a}) = {v}', st)}이고, 모든 실수 x에 대하여 {cond_j} 만족시킨다. {ask}을 {_end(rng)}",
        f"미분가능한 함수 {_r(f'{fn}(x)', st)}에 대하여 {_r(f'{fn}({a}) = {v}', st)}이고 모든 실수 x에서 {cond}일 때, 평균값 정리를 이용하여 {ask}을 {_end(rng)}",
        f"함수 {_jr(f'{fn}(x)', st, '은/는')} 모든 실수에서 미분가능하고 도함수가 항상 {cond_j} 만족시킨다. {_r(f'{fn}({a}) = {v}', st)}일 때, {ask}은?{_pts(rng, 4)}",
    ])
    return Problem(text=text, answer=str(ans), format="computation", difficulty=4, achievement_level="B",
                   concepts=["평균값 정리", "도함수"],
                   check=lambda: ans == {"max": v + (b - a) * hi, "min": v + (b - a) * lo, "sum": 2 * v + (b - a) * (hi + lo)}[kind])


_TRIPS = [("고속도로의 구간 단속 구간", "차량", "km/h"), ("두 톨게이트 사이", "버스", "km/h"), ("터널의 입구와 출구 사이", "승용차", "km/h"),
          ("자전거 도로의 두 지점 사이", "자전거", "km/h"), ("두 기차역 사이", "열차", "km/h")]


@family(_S26, "mvt-average-speed-word")
def _m6_speed(rng: random.Random) -> Problem:
    place, who, _unit = rng.choice(_TRIPS)
    if who == "자전거":
        v = rng.choice([15, 18, 20, 24, 30])
    elif who == "열차":
        v = rng.choice([120, 150, 180, 200, 240])
    else:
        v = rng.choice([80, 90, 96, 100, 108, 120])
    mins = rng.choice([m for m in (6, 10, 12, 15, 20, 30, 40) if v * m % 60 == 0])
    dist = v * mins // 60
    kind = rng.choice(["word", "word", "proof"])
    if kind == "word":
        text = rng.choice([
            f"{place} {dist} km를 어떤 {josa(who, '이/가')} {mins}분 만에 통과하였다. 이 {who}의 위치를 나타내는 함수가 미분가능하다고 할 때, 평균값 정리에 의하여 이 구간에서 속력계가 반드시 가리킨 적이 있는 속력은 시속 몇 km인지 {_end(rng)}",
            f"어떤 {josa(who, '이/가')} {place} 거리 {dist} km를 {mins}분 동안 달렸다. 이 구간 어딘가에서 순간 속력이 정확히 시속 v km였던 순간이 적어도 한 번 있다고 말할 수 있는 v의 값을 {_end(rng)}",
            f"{josa(name(rng), '이네/네')} 가족이 탄 {josa(who, '은/는')} {place} {dist} km를 정확히 {mins}분 만에 지났다. 순간 속력이 평균 속력과 같아지는 순간이 반드시 존재하는데, 그 속력은 시속 몇 km인가?",
        ])
        fmt = "word"
    else:
        text = (f"{place} 거리가 {dist} km이고, 이 구간의 제한 속력은 시속 {v - max(2, v // 6)} km이다. 어떤 {josa(who, '이/가')} 이 구간을 {mins}분 만에 통과했을 때, "
                f"이 {josa(who, '이/가')} 제한 속력을 넘은 순간이 반드시 있었음을 평균값 정리를 이용하여 설명하고, 반드시 나타났던 순간 속력을 구하시오.")
        fmt = "proof"
    return Problem(text=text, answer=f"시속 {v} km" if fmt == "proof" else str(v), format=fmt, difficulty=3 if fmt == "word" else 4,
                   achievement_level="C" if fmt == "word" else "A", concepts=["평균값 정리", "평균변화율", "순간변화율"],
                   check=lambda: Fr(dist) / Fr(mins, 60) == v)


@family(_S26, "mvt-bogi")
def _m7_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = "f"
    while True:
        a = rng.randint(-2, 1)
        b = a + rng.choice([2, 3, 4])
        f = [1] + [rng.randint(-4, 4) for _ in range(3)]
        if rng.random() < 0.5:  # make f(a) = f(b) sometimes
            f = _add(_from_roots(rng.choice([1, -1]), [a, b, rng.randint(-2, 3)]), [rng.randint(-2, 2)])
        cs = _mvt_cs(f, a, b)
        slope = (_ev(f, b) - _ev(f, a)) / (b - a)
        s1 = (f"{_r(f'{fn}({a}) = {fn}({b})', st)}이다.", _ev(f, a) == _ev(f, b))
        wrong_slope = slope + rng.choice([1, -1, 2])
        sl = rng.choice([slope, wrong_slope])
        s2 = (_r(f"{fn}'(c) = {_qt(sl)}", st) + f"인 c가 열린구간 {_iv(a, b, st, False)}에 존재한다.",
              any(abs(float(_ev(_der(f), float(r))) - float(sl)) < 1e-9 for r in sp.Poly(_ex(_der(f)) - sp.nsimplify(_q(sl)), X).real_roots() if a < r < b))
        n = len(cs)
        say = rng.choice([n, n, 1 if n == 2 else 2])
        s3 = (f"닫힌구간 {_iv(a, b, st)}에서 평균값 정리를 만족시키는 c의 개수는 {say}이다.", say == n)
        stmts = [s1, s2, s3]
        if any(ok for _, ok in stmts) and n >= 1:
            break
    block, ch = bogi(rng, stmts)
    text = f"함수 {_fx(rng, fn, f, st)}에 대하여 {_bogi_q(rng)}{_pts(rng, 4)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=4, achievement_level="B",
                   concepts=["평균값 정리", "롤의 정리"], choice=ch, check=lambda: len(_mvt_cs(f, a, b)) == n)


@family(_S26, "mvt-count-c")
def _m8_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    while True:
        k = rng.choice([1, -1, 2])
        f = [k, rng.randint(-3, 3), rng.randint(-6, 6), rng.randint(-3, 3)]
        a = rng.randint(-3, 0)
        b = a + rng.randint(2, 5)
        # roots of f'(c) − slope = 3k c² + 2 f1 c + (f2 − slope)
        slope = (_ev(f, b) - _ev(f, a)) / (b - a)
        A, B, C = 3 * k, 2 * f[1], f[2] - slope
        disc = B * B - 4 * A * C
        if disc <= 0:
            continue
        rs = [(-B + s * float(disc) ** 0.5) / (2 * A) for s in (1, -1)]
        if any(abs(r - a) < 1e-6 or abs(r - b) < 1e-6 for r in rs):
            continue
        n = sum(1 for r in rs if a < r < b)
        if n >= 1:
            break
    kind = "count"
    quo = _r(f"{fn}'(c) = \\frac{{{fn}({b}) - {fn}({a})}}{{{b} - {_pn(a)}}}", st)
    text = rng.choice([
        f"함수 {_fx(rng, fn, f, st)}에 대하여 닫힌구간 {_iv(a, b, st)}에서 평균값 정리를 만족시키는 실수 c의 개수를 {_end(rng)}",
        f"{_fx(rng, fn, f, st)}일 때, 열린구간 {_iv(a, b, st, False)}에 속하는 실수 c 중에서 {quo}를 만족시키는 c는 몇 개인가?",
    ])
    return Problem(text=text, answer=str(n), format="computation", difficulty=4, achievement_level="B",
                   concepts=["평균값 정리"], check=lambda: kind == "count" and len(_mvt_cs(f, a, b)) == n)


@family(_S26, "mvt-proof-fill")
def _m9_proof(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    R = {k: _r(v, st) for k, v in {
        "g": r"g(x) = f(x) - \frac{f(b) - f(a)}{b - a}(x - a)",
        "mvt": r"\frac{f(b) - f(a)}{b - a} = f'(c)",
        "mvt2": r"f'(c) = \frac{f(b) - f(a)}{b - a}",
        "x12": "x_{1}, x_{2} (x_{1} < x_{2})", "iv12": "[x_{1}, x_{2}]",
        "q12": r"\frac{f(x_{2}) - f(x_{1})}{x_{2} - x_{1}} = f'(c)",
        "x1": "x_{1}", "x2": "x_{2}", "fx1": "f(x_{1})", "fx2": "f(x_{2})",
        "ord": "a < x_{1} < x_{2} < b", "diff": "f(x_{2}) - f(x_{1}) = (x_{2} - x_{1})f'(c)",
        "pos": "x_{2} - x_{1} > 0", "df": "f(x_{2}) - f(x_{1})",
    }.items()}
    if kind == 0:
        text = (f"다음은 닫힌구간 [a, b]에서 연속이고 열린구간 (a, b)에서 미분가능한 함수 f(x)에 대하여 "
                f"{R['mvt']}인 c가 열린구간 (a, b)에 적어도 하나 존재함을 증명하는 과정이다. (가), (나), (다)에 알맞은 것을 {_end(rng, '쓰')}\n"
                f"[증명] 함수 {R['g']}라 하면 g(x)는 닫힌구간 [a, b]에서 연속이고 열린구간 (a, b)에서 미분가능하다.\n"
                f"또 g(a) = (가), g(b) = f(a)이므로 g(a) = g(b)이다.\n"
                f"따라서 (나)의 정리에 의하여 g'(c) = 0인 c가 열린구간 (a, b)에 존재한다.\n"
                f"그런데 g'(x) = (다)이므로 {R['mvt2']}이다.")
        ans = "(가) f(a), (나) 롤, (다) f'(x) - (f(b) - f(a))/(b - a)"
    elif kind == 1:
        text = (f"다음은 열린구간 (a, b)의 모든 x에 대하여 f'(x) = 0이면 f(x)는 이 구간에서 상수함수임을 보이는 과정이다. □ 안에 알맞은 것을 차례로 {_end(rng, '쓰')}\n"
                f"열린구간 (a, b)에 속하는 임의의 두 수 {R['x12']}에 대하여 닫힌구간 {R['iv12']}에서 □ 정리를 적용하면\n"
                f"{R['q12']}인 c가 {R['x1']}과 {R['x2']} 사이에 존재한다.\n"
                f"그런데 f'(c) = □이므로 {R['fx1']} □ {R['fx2']}이다. 따라서 f(x)는 상수함수이다.")
        ans = "평균값, 0, ="
    else:
        text = (f"다음은 열린구간 (a, b)에서 항상 f'(x) > 0이면 f(x)는 이 구간에서 증가함을 보이는 과정이다. (가), (나)에 알맞은 것을 {_end(rng, '쓰')}\n"
                f"{R['ord']}인 두 수에 대하여 (가) 정리에 의해 {R['diff']}인 c가 {R['x1']}과 {R['x2']} 사이에 존재한다.\n"
                f"이때 {R['pos']}이고 f'(c) > 0이므로 {R['df']} (나) 0이다.")
        ans = "(가) 평균값, (나) >"
    return Problem(text=text, answer=ans, format="fill", difficulty=4, achievement_level="A",
                   concepts=["평균값 정리", "롤의 정리"], also=["12미적Ⅰ-02-07"] if kind == 2 else [])


@family(_S26, "mvt-parallel-tangent")
def _m10_parallel(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([1, -1, 2, -2, 3])
    f = [k, rng.randint(-6, 6), rng.randint(-5, 5)]
    a = rng.randint(-4, 1)
    b = a + rng.choice([2, 4, 6])
    c = Fr(a + b, 2)
    s = _ev(_der(f), c)
    yint = _ev(f, c) - s * c
    kind = rng.choice(["x", "y"])
    base = (f"곡선 {_r('y = ' + _pt(f), st)} 위의 두 점 A({a}, {_q(_ev(f, a))}), B({b}, {_q(_ev(f, b))})에 대하여 "
            f"직선 AB와 평행한 직선이 이 곡선에 접할 때, 그 접점을 P라 하자. ")
    if kind == "x":
        text = base + rng.choice([f"점 P의 x좌표를 {_end(rng)}", "점 P의 x좌표는?"])
        ans = c
    else:
        text = base + rng.choice([f"점 P에서의 접선의 y절편을 {_end(rng)}", "점 P에서 그은 접선의 y절편은?"])
        ans = yint
    d = 3 if kind == "x" else 4

    def chk() -> bool:
        e = _ex(f)
        cs = _mvt_cs(f, a, b)
        tline = sp.diff(e, X).subs(X, cs[0]) * (X - cs[0]) + e.subs(X, cs[0])
        return len(cs) == 1 and sp.nsimplify(_q(ans)) == (cs[0] if kind == "x" else tline.subs(X, 0))
    return Problem(text=text, answer=_q(ans), format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["평균값 정리", "접선의 기울기"], also=["12미적Ⅰ-02-05"] if kind == "y" else [], check=chk)


# ================================================================================================
# 12미적Ⅰ-02-07 함수의 증가와 감소, 극대와 극소
# ================================================================================================
_S27 = "12미적Ⅰ-02-07"


def _cubic_pq(rng: random.Random, kset=(1, 1, 1, -1, 2, -2)):
    """(k, p, q, f): a cubic with integer coefficients whose derivative is 3k(x − p)(x − q)·s, p < q."""
    k = rng.choice(kset)
    p = rng.randint(-4, 2)
    q = p + rng.choice([2, 2, 4, 1, 3, 6])
    r = rng.randint(-6, 6)
    if (p + q) % 2 == 0:
        f = [k, Fr(-3 * k * (p + q), 2), 3 * k * p * q, r]
    else:
        f = [2 * k, -3 * k * (p + q), 6 * k * p * q, r]
    return k, p, q, [Fr(c) for c in f]


def _crit(f) -> list:
    """Critical points of f (sympy, exact)."""
    return sorted(sp.Poly(_ex(_der(f)), X).real_roots(), key=float)


def _ext_kind(f, c) -> str:
    """'max' / 'min' / 'none' at critical point c by the sign change of f' (sympy)."""
    d = sp.Poly(_ex(_der(f)), X)
    left, right = d.eval(c - sp.Rational(1, 1000)), d.eval(c + sp.Rational(1, 1000))
    if left > 0 > right:
        return "max"
    if left < 0 < right:
        return "min"
    return "none"


@family(_S27, "increasing-decreasing-interval")
def _i1_interval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    k, p, q, f = _cubic_pq(rng)
    want = rng.choice(["dec", "inc"])
    mid_is_dec = k > 0
    if (want == "dec") == mid_is_dec:
        ans = f"[{p}, {q}]"
        ask_mid = True
    else:
        ans = f"(-∞, {p}], [{q}, ∞)"
        ask_mid = False
    word = "감소" if want == "dec" else "증가"
    fx = _fx(rng, fn, f, st)
    if ask_mid and rng.random() < 0.4:
        text = f"함수 {josa(fx, '이/가')} 닫힌구간 [a, b]에서 {word}할 때, b − a의 최댓값을 {_end(rng)}"
        ans, d = str(q - p), 3
    elif ask_mid and rng.random() < 0.5:
        text = f"함수 {josa(fx, '은/는')} 구간 [□, □]에서 {word}한다. □ 안에 알맞은 수를 차례로 {_end(rng, '쓰')}"
        ans, d = f"{p}, {q}", 2
    else:
        text = rng.choice([
            f"함수 {josa(fx, '이/가')} {word}하는 구간을 {_end(rng)}",
            f"다음 함수의 증가와 감소를 조사하여 {word}하는 구간을 모두 {_end(rng, '쓰')}\n{fx}",
            f"{fx}일 때, 함수 {_jr(f'y = {fn}(x)', st, '이/가')} {word}하는 x의 값의 범위를 구간으로 나타내시오.",
        ])
        d = 2
    fmt = "fill" if "□" in text else "computation"

    def chk() -> bool:
        cs = _crit(f)
        return [int(v) for v in cs] == [p, q] and (sp.Poly(_ex(_der(f)), X).eval(sp.Rational(2 * p + q, 3) + sp.Rational(q - p, 6)) < 0) == mid_is_dec
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["증가", "감소", "도함수"], check=chk)


@family(_S27, "local-extreme-values")
def _i2_values(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    k, p, q, f = _cubic_pq(rng)
    mx_at, mn_at = (p, q) if k > 0 else (q, p)
    M, m = _ev(f, mx_at), _ev(f, mn_at)
    kind = rng.choice(["max", "min", "sum", "diff", "both", "mcq"])
    fx = _fx(rng, fn, f, st)
    if kind == "max":
        text, ans, d = rng.choice([f"함수 {fx}의 극댓값을 {_end(rng)}", f"{fx}의 극댓값은?"]), _q(M), 2
    elif kind == "min":
        text, ans, d = rng.choice([f"함수 {fx}의 극솟값을 {_end(rng)}", f"{fx}의 극솟값은?"]), _q(m), 2
    elif kind == "sum":
        text, ans, d = f"함수 {fx}의 극댓값을 M, 극솟값을 m이라 할 때, M + m의 {_end(rng, '값')}", _q(M + m), 3
    elif kind == "diff":
        text, ans, d = f"함수 {fx}의 극댓값과 극솟값의 차를 {_end(rng)}", _q(M - m), 3
    else:
        text = f"함수 {fx}의 극값을 모두 구하고, 각각 극댓값인지 극솟값인지 {_end(rng, '쓰')}"
        ans, d = f"극댓값 {_q(M)} (x = {mx_at}), 극솟값 {_q(m)} (x = {mn_at})", 2
    if kind == "mcq":
        ch = _num_choices(rng, M + m, [M - m, M, m, -M - m, _ev(f, 0)])
        text = with_choices(f"함수 {fx}의 극댓값과 극솟값의 합은?{_pts(rng, 3)}", ch)
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", concepts=["극댓값", "극솟값"],
                       choice=ch, check=lambda: sp.nsimplify(_q(M + m)) == sum(_ex(f).subs(X, c) for c in _crit(f)))

    def chk() -> bool:
        cs = _crit(f)
        vals = {_ext_kind(f, c): _ex(f).subs(X, c) for c in cs}
        return vals["max"] == sp.nsimplify(_q(M)) and vals["min"] == sp.nsimplify(_q(m))
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["극값", "극댓값", "극솟값"], check=chk)


@family(_S27, "always-increasing-parameter")
def _i3_monotone(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    s = rng.choice([1, 2, 3, 4])
    sign = rng.choice([1, 1, -1])
    # f = sign·((1/3)x³ + a x² + s² x) + r ; f' = sign·(x² + 2ax + s²) keeps one sign ⇔ a² ≤ s²
    r = rng.randint(-5, 5)
    cf = [Fr(sign, 3), None, sign * s * s, r]
    a_tex = "a" if sign > 0 else "-a"
    if rng.random() < 0.5:
        cf, scale = [sign, None, 3 * sign * s * s, r], 3  # f = sign(x³ + 3a x² + 3s² x) + r
        a_tex = "3a" if sign > 0 else "-3a"
    else:
        scale = 1
    body = _pt([cf[0], 0, cf[2], cf[3]]).split(" ", 1)
    tex = f"{body[0]} + {a_tex}x^{{2}} {body[1]}" if not a_tex.startswith("-") else f"{body[0]} {a_tex[0]} {a_tex[1:]}x^{{2}} {body[1]}"
    fx = _r(f"{fn}(x) = {tex}", st)
    word = "증가" if sign > 0 else "감소"
    kind = rng.choice(["count", "count", "max", "inverse"])
    if kind == "count":
        text = rng.choice([f"함수 {josa(fx, '이/가')} 실수 전체의 집합에서 {word}하도록 하는 정수 a의 개수를 {_end(rng)}{_pts(rng, 3)}",
                           f"함수 {josa(fx, '이/가')} 모든 실수 x에 대하여 {word}할 때, 정수 a의 개수는?"])
        ans = str(2 * s + 1)
    elif kind == "max":
        text = f"함수 {josa(fx, '이/가')} 실수 전체의 집합에서 {word}하도록 하는 실수 a의 최댓값을 {_end(rng)}"
        ans = str(s)
    else:
        text = f"함수 {fx}의 역함수가 존재하도록 하는 정수 a의 개수를 {_end(rng)}{_pts(rng, 4)}"
        ans = str(2 * s + 1)
    d = 4 if kind == "inverse" else 3

    def chk() -> bool:
        av = sp.Symbol("a", real=True)
        fd = sign * (X**2 + 2 * av * X + s * s)  # f'/scale
        disc = sp.discriminant(fd, X)
        sol = sp.solve_univariate_inequality(disc <= 0, av, relational=False)
        ints = [i for i in range(-10, 11) if sol.contains(i)]
        return scale in (1, 3) and (str(len(ints)) == ans if kind != "max" else sol.sup == int(ans))
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["증가", "감소", "도함수"], check=chk)


@family(_S27, "coefficients-from-extremum")
def _i4_coefs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    while True:
        k, p, q, f = _cubic_pq(rng, kset=(1, 1, -1))
        if f[0] == 1 or f[0] == -1:
            break
    mx_at, mn_at = (p, q) if k > 0 else (q, p)
    M, m = _ev(f, mx_at), _ev(f, mn_at)
    a, b, c = f[1], f[2], f[3]
    lead = "x^{3}" if f[0] == 1 else "-x^{3}"
    fx = _r(f"{fn}(x) = {lead} + ax^{{2}} + bx + c", st)
    kind = rng.choice(["min", "abc", "max"])
    if kind == "min":
        text = (f"함수 {josa(fx, '이/가')} x = {mx_at}에서 극댓값 {_q(M)}를 갖고, x = {mn_at}에서 극소일 때, 극솟값을 {_end(rng)} (단, a, b, c는 상수)")
        ans = _q(m)
    elif kind == "max":
        text = (f"삼차함수 {josa(fx, '은/는')} x = {mn_at}에서 극솟값 {_q(m)}를 갖고 x = {mx_at}에서 극댓값을 갖는다. 극댓값을 {_end(rng)} (단, a, b, c는 상수)")
        ans = _q(M)
    else:
        text = (f"함수 {josa(fx, '이/가')} x = {p}, x = {q}에서 극값을 갖고 극댓값이 {_q(M)}일 때, a + b + c의 {_end(rng, '값')} (단, a, b, c는 상수){_pts(rng, 4)}")
        ans = _q(a + b + c)
    text = text.replace(f"극댓값 {_q(M)}를", josa(f"극댓값 {_q(M)}", "을/를")).replace(f"극솟값 {_q(m)}를", josa(f"극솟값 {_q(m)}", "을/를"))
    text = text.replace(f"극댓값이 {_q(M)}일", f"극댓값이 {_q(M)}일")

    def chk() -> bool:
        av, bv, cv = sp.symbols("a b c")
        g = f[0] * X**3 + av * X**2 + bv * X + cv
        g1 = sp.diff(g, X)
        sol = sp.solve([g1.subs(X, p), g1.subs(X, q), g.subs(X, mx_at) - sp.nsimplify(_q(M))], [av, bv, cv], dict=True)[0]
        gg = g.subs(sol)
        want = {"min": gg.subs(X, mn_at), "max": gg.subs(X, mx_at), "abc": sol[av] + sol[bv] + sol[cv]}[kind]
        return want == sp.nsimplify(ans)
    return Problem(text=text, answer=ans, format="computation", difficulty=4 if kind == "abc" else 3,
                   achievement_level="B" if kind == "abc" else "C", concepts=["극값", "극댓값", "극솟값"], check=chk)


@family(_S27, "quartic-extrema")
def _i5_quartic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    while True:
        rs = sorted(rng.sample(range(-3, 4), 3))
        if sum(rs) % 3 == 0:
            break
    c0 = rng.randint(-5, 5)
    f = _antider(_from_roots(4, rs), c0)  # f' = 4(x−r1)(x−r2)(x−r3), leading 1
    kind = rng.choice(["max", "minmin", "count"])
    fx = _fx(rng, fn, f, st)
    if kind == "max":
        ans, text = _q(_ev(f, rs[1])), rng.choice([f"함수 {fx}의 극댓값을 {_end(rng)}", f"{fx}일 때, 함수 {fn}(x)의 극댓값은?"])
    elif kind == "minmin":
        ans = _q(min(_ev(f, rs[0]), _ev(f, rs[2])))
        text = f"함수 {fx}의 극솟값 중에서 작은 것을 {_end(rng)}" if _ev(f, rs[0]) != _ev(f, rs[2]) else f"함수 {fx}의 극솟값을 {_end(rng)}"
    else:
        ans = _q(_ev(f, rs[0]) + _ev(f, rs[1]) + _ev(f, rs[2]))
        text = f"함수 {fx}의 모든 극값의 합을 {_end(rng)}{_pts(rng, 4)}"
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["극값", "극댓값", "극솟값"],
                   check=lambda: sp.nsimplify(ans) == {"max": lambda v: v[1], "minmin": lambda v: min(v[0], v[2]), "count": sum}[kind](
                       [_ex(f).subs(X, c) for c in _crit(f)]))


@family(_S27, "sign-table-extrema")
def _i6_table(rng: random.Random) -> Problem:
    n = rng.choice([2, 3, 3, 4])
    xs = sorted(rng.sample(range(-4, 6), n))
    signs = [rng.choice("+-") for _ in range(n + 1)]
    fn = _f(rng)
    head = "| x | " + " | ".join(c for v in xs for c in ("…", str(v))) + " | … |"
    row = f"| {fn}′(x) | " + " | ".join(c for sg in signs[:-1] for c in (sg, "0")) + f" | {signs[-1]} |"
    sep = "|---" * (2 * n + 2) + "|"
    maxes = [xs[i] for i in range(n) if signs[i] == "+" and signs[i + 1] == "-"]
    mins = [xs[i] for i in range(n) if signs[i] == "-" and signs[i + 1] == "+"]
    kind = rng.choice(["count", "max", "min", "sum"])
    intro = rng.choice([f"다항함수 {fn}(x)의 도함수 {fn}′(x)의 부호가 다음 표와 같다.",
                        f"미분가능한 함수 {fn}(x)에 대하여 {fn}′(x)의 부호를 조사하였더니 다음과 같았다."])
    if kind == "count" or (kind == "max" and not maxes) or (kind == "min" and not mins):
        q, ans = f"함수 {fn}(x)가 극값을 갖는 x의 값의 개수를 {_end(rng)}", str(len(maxes) + len(mins))
    elif kind == "max":
        q, ans = f"함수 {fn}(x)가 극대가 되는 x의 값을 모두 {_end(rng, '쓰')}", ", ".join(map(str, maxes))
    elif kind == "min":
        q, ans = f"함수 {fn}(x)가 극소가 되는 x의 값을 모두 {_end(rng, '쓰')}", ", ".join(map(str, mins))
    else:
        q, ans = f"함수 {fn}(x)가 극대 또는 극소가 되는 모든 x의 값의 합을 {_end(rng)}", str(sum(maxes) + sum(mins))
    text = f"{intro}\n\n{head}\n{sep}\n{row}\n\n{q}"
    none_pts = [xs[i] for i in range(n) if signs[i] == signs[i + 1]]
    return Problem(text=text, answer=ans, format="data", difficulty=3 if none_pts else 2, achievement_level="C" if none_pts else "D",
                   concepts=["극대", "극소", "극값"], check=lambda: len(maxes) + len(mins) + len(none_pts) == n)


@family(_S27, "extreme-difference-parameter")
def _i7_diff(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    av = rng.choice([1, 2, 3])
    b = rng.randint(-6, 6)
    sign = rng.choice([1, -1])
    # f = sign(x³ − 3a²x) + b ; 극댓값 − 극솟값 = 4a³
    tail = "" if b == 0 else f" {'+' if b > 0 else '-'} {abs(b)}"
    fx = _r(f"{fn}(x) = {'-' if sign < 0 else ''}x^{{3}} {'+' if sign < 0 else '-'} 3a^{{2}}x{tail}", st)
    diff = 4 * av**3
    kind = rng.choice(["a", "a", "mcq"])
    text = f"함수 {fx}의 극댓값과 극솟값의 차가 {diff}일 때, 양수 a의 {_end(rng, '값')}"
    if kind == "mcq":
        ch = _num_choices(rng, av, [av * 2, diff // 4, diff // 2, av + 1, 4], positive=True)
        text = with_choices(f"양수 a에 대하여 함수 {fx}의 극댓값과 극솟값의 차가 {diff}일 때, a의 값은?{_pts(rng, 3)}", ch)
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", concepts=["극댓값", "극솟값"], choice=ch,
                       check=lambda: sp.solve(sp.Symbol("a", positive=True) ** 3 * 4 - diff)[0] == av)

    def chk() -> bool:
        g = sign * (X**3 - 3 * av**2 * X) + b
        vals = [g.subs(X, c) for c in sp.solve(sp.diff(g, X), X)]
        return abs(vals[0] - vals[1]) == diff
    return Problem(text=text, answer=str(av), format="computation", difficulty=3, achievement_level="C",
                   concepts=["극댓값", "극솟값"], check=chk)


_BOGI27 = [
    ("열린구간 (a, b)에서 항상 f′(x) > 0이면 f(x)는 이 구간에서 증가한다.", True),
    ("f(x)가 열린구간 (a, b)에서 증가하면 이 구간의 모든 x에 대하여 f′(x) > 0이다.", False),
    ("f′(c) = 0이면 f(x)는 x = c에서 반드시 극값을 갖는다.", False),
    ("미분가능한 함수 f(x)가 x = c에서 극값을 가지면 f′(c) = 0이다.", True),
    ("f′(x)의 부호가 x = c의 좌우에서 양에서 음으로 바뀌면 f(x)는 x = c에서 극대이다.", True),
    ("f′(x)의 부호가 x = c의 좌우에서 음에서 양으로 바뀌면 f(x)는 x = c에서 극대이다.", False),
    ("극댓값은 항상 극솟값보다 크다.", False),
    ("함수 f(x) = x³은 실수 전체의 집합에서 증가한다.", True),
    ("함수 f(x) = x³은 x = 0에서 극솟값 0을 갖는다.", False),
    ("삼차함수가 극값을 가지면 극댓값과 극솟값을 모두 갖는다.", True),
    ("사차함수는 항상 극값을 갖는다.", True),
    ("모든 실수 x에 대하여 f′(x) ≥ 0인 삼차함수 f(x)는 극값을 갖지 않는다.", True),
    ("이차함수는 극댓값과 극솟값을 모두 가질 수 있다.", False),
    ("다항함수 f(x)가 실수 전체의 집합에서 감소하면 모든 x에 대하여 f′(x) ≤ 0이다.", True),
]


@family(_S27, "concept-bogi")
def _i8_bogi(rng: random.Random) -> Problem:
    while True:
        stmts = rng.sample(_BOGI27, 3)
        if any(ok for _, ok in stmts):
            break
    block, ch = bogi(rng, stmts)
    intro = rng.choice(["다항함수 f(x)와 실수 a, b, c에 대하여", "함수의 증가와 감소, 극대와 극소에 대한 설명으로", "미분가능한 함수 f(x)에 대하여"])
    text = f"{intro} {_bogi_q(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["증가", "감소", "극대", "극소"], choice=ch,
                   check=lambda: ch.options[ch.correct] == ", ".join(lab for lab, (_, ok) in zip("ㄱㄴㄷ", stmts, strict=True) if ok))


@family(_S27, "decreasing-interval-to-coefficients")
def _i9_back(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    while True:
        _k, p, q, f = _cubic_pq(rng, kset=(1,))
        if f[0] == 1:
            break
    a, b = f[1], f[2]
    kind = rng.choice(["a+b", "ab", "b-a"])
    ans = {"a+b": a + b, "ab": a * b, "b-a": b - a}[kind]
    fx = _r(f"{fn}(x) = x^{{3}} + ax^{{2}} + bx + {f[3]}" if f[3] >= 0 else f"{fn}(x) = x^{{3}} + ax^{{2}} + bx - {-f[3]}", st)
    expr = {"a+b": "a + b", "ab": "ab", "b-a": "b − a"}[kind]
    text = rng.choice([
        f"함수 {josa(fx, '이/가')} 감소하는 구간이 [{p}, {q}]일 때, 상수 a, b에 대하여 {expr}의 {_end(rng, '값')}",
        f"삼차함수 {josa(fx, '은/는')} x ≤ {p}, x ≥ {q}에서 증가하고 {p} ≤ x ≤ {q}에서 감소한다. {expr}의 값은? (단, a, b는 상수)",
    ])

    def chk() -> bool:
        av, bv = sp.symbols("a b")
        sol = sp.solve([3 * p**2 + 2 * av * p + bv, 3 * q**2 + 2 * av * q + bv], [av, bv])
        return sp.nsimplify(_q(ans)) == {"a+b": sol[av] + sol[bv], "ab": sol[av] * sol[bv], "b-a": sol[bv] - sol[av]}[kind]
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["증가", "감소"], check=chk)


@family(_S27, "stationary-without-extremum-explain")
def _i10_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randint(-3, 3)
    b = rng.randint(-4, 4)
    base = f"(x - {a})" if a > 0 else (f"(x + {-a})" if a < 0 else "x")
    g = _r(f"g(x) = {base}^{{3}} + {b}" if b >= 0 else f"g(x) = {base}^{{3}} - {-b}", st)
    h = _r(f"h(x) = {base}^{{4}} + {b}" if b >= 0 else f"h(x) = {base}^{{4}} - {-b}", st)
    kind = rng.choice(["both", "g"])
    if kind == "both":
        text = (f"두 함수 {g}, {h}에 대하여 g′({a}) = h′({a}) = 0이다. 두 함수 중 x = {a}에서 극값을 갖는 것을 찾고, "
                f"그 이유를 도함수의 부호 변화를 이용하여 설명하시오.")
        ans = f"h(x), x = {a}에서 극솟값 {b}를 갖는다"
    else:
        text = (f"{josa(name(rng), '은/는')} \"함수 {josa(g, '은/는')} g′({a}) = 0이므로 x = {a}에서 극값을 갖는다.\"라고 주장하였다. 이 주장이 옳은지 판단하고, 그 이유를 설명하시오.")
        ans = "옳지 않다 (g′(x) ≥ 0이므로 g는 증가하여 극값을 갖지 않는다)"
    ans = ans.replace(f"극솟값 {b}를", josa(f"극솟값 {b}", "을/를"))

    def chk() -> bool:
        gg = (X - a) ** 3 + b
        hh = (X - a) ** 4 + b
        sg = [sp.diff(gg, X).subs(X, a + e) > 0 for e in (-sp.Rational(1, 10), sp.Rational(1, 10))]
        sh = [sp.diff(hh, X).subs(X, a + e) > 0 for e in (-sp.Rational(1, 10), sp.Rational(1, 10))]
        return sg[0] == sg[1] and sh[0] != sh[1]
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["극값", "극소", "도함수"], check=chk)


# ================================================================================================
# 12미적Ⅰ-02-08 함수의 그래프의 개형 (최댓값과 최솟값 포함)
# ================================================================================================
_S28 = "12미적Ⅰ-02-08"


def _pt_pair(u, v) -> str:
    return f"({_q(u)}, {_q(v)})"


@family(_S28, "extremum-points")
def _g1_points(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k, p, q, f = _cubic_pq(rng)
    mx_at, mn_at = (p, q) if k > 0 else (q, p)
    A, B = (mx_at, _ev(f, mx_at)), (mn_at, _ev(f, mn_at))
    cur = _r("y = " + _pt(f), st)
    kind = rng.choice(["coords", "mid", "slope", "dist2"])
    if kind == "coords":
        text = rng.choice([f"곡선 {cur}의 극대점과 극소점의 좌표를 각각 {_end(rng)}",
                           f"함수 {_r('y = ' + _pt(f), st)}의 그래프에서 극대가 되는 점과 극소가 되는 점의 좌표를 {_end(rng, '쓰')}"])
        ans, d = f"극대점 {_pt_pair(*A)}, 극소점 {_pt_pair(*B)}", 2
    elif kind == "mid":
        text = f"곡선 {cur}의 극대점을 A, 극소점을 B라 할 때, 선분 AB의 중점의 좌표를 {_end(rng)}"
        ans, d = _pt_pair((A[0] + B[0]) / 2, (A[1] + B[1]) / 2), 3
    elif kind == "slope":
        text = f"함수 {_r('y = ' + _pt(f), st)}의 그래프의 두 극점을 지나는 직선의 기울기를 {_end(rng)}"
        ans, d = _q((B[1] - A[1]) / (B[0] - A[0])), 3
    else:
        text = f"곡선 {cur}의 극대점을 P, 극소점을 Q라 할 때, 선분 PQ의 길이의 제곱을 {_end(rng)}"
        ans, d = _q((B[1] - A[1]) ** 2 + (B[0] - A[0]) ** 2), 3

    def chk() -> bool:
        pts = {_ext_kind(f, c): (c, _ex(f).subs(X, c)) for c in _crit(f)}
        (x1, y1), (x2, y2) = pts["max"], pts["min"]
        want = {"coords": f"극대점 ({x1}, {y1}), 극소점 ({x2}, {y2})", "mid": f"({(x1 + x2) / 2}, {(y1 + y2) / 2})",
                "slope": str((y2 - y1) / (x2 - x1)), "dist2": str((y2 - y1) ** 2 + (x2 - x1) ** 2)}[kind]
        return want.replace(" ", "") == ans.replace(" ", "")
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["극대", "극소", "극값"], check=chk)


@family(_S28, "increase-table-fill")
def _g2_table(rng: random.Random) -> Problem:
    k, p, q, f = _cubic_pq(rng, kset=(1, -1, 2))
    fn = _f(rng)
    sg = ["+", "−", "+"] if k > 0 else ["−", "+", "−"]
    ar = {"+": "↗", "−": "↘"}
    vals = [_q(_ev(f, p)), _q(_ev(f, q))]
    kinds = ["극대", "극소"] if k > 0 else ["극소", "극대"]
    blanks = rng.sample(range(4), 3)
    cells = [sg[1], vals[0], vals[1], kinds[1]]  # candidates to hide
    names_ = ["(가)", "(나)", "(다)", "(라)"]
    shown = list(cells)
    for j, bi in enumerate(sorted(blanks)):
        shown[bi] = names_[j]
    head = f"| x | … | {p} | … | {q} | … |"
    sep = "|---|---|---|---|---|---|"
    r1 = f"| {fn}′(x) | {sg[0]} | 0 | {shown[0]} | 0 | {sg[2]} |"
    tail = f" ({shown[3]})" if not shown[3].startswith("(") else f", {shown[3]}"
    r2 = f"| {fn}(x) | {ar[sg[0]]} | {shown[1]} ({kinds[0]}) | {ar[sg[1]]} | {shown[2]}{tail} | {ar[sg[2]]} |"
    st = pick_style(rng)
    text = (f"다음은 함수 {_fx(rng, fn, f, st)}의 증가와 감소를 조사하여 나타낸 표이다. "
            + ", ".join(names_[j] for j in range(3)) + f"에 알맞은 것을 {_end(rng, '쓰')}\n\n{head}\n{sep}\n{r1}\n{r2}")
    ans = ", ".join(f"{names_[j]} {cells[bi]}" for j, bi in enumerate(sorted(blanks)))
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["증가", "감소", "극대", "극소"], also=[_S27],
                   check=lambda: [_ext_kind(f, c) for c in _crit(f)] == (["max", "min"] if k > 0 else ["min", "max"]))


def _describe(mx, mn, yint, st) -> str:
    return f"x = {_q(mx)}에서 극대, x = {_q(mn)}에서 극소이고 y축과 점 (0, {_q(yint)})에서 만난다."


@family(_S28, "shape-description-mcq")
def _g3_describe(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k, p, q, f = _cubic_pq(rng)
    mx_at, mn_at = (p, q) if k > 0 else (q, p)
    y0 = f[3]
    good = _describe(mx_at, mn_at, y0, st)
    bad = [_describe(mn_at, mx_at, y0, st), _describe(mx_at, mn_at, -y0 if y0 else 1, st),
           _describe(-mx_at if mx_at else 1, -mn_at if mn_at else -1, y0, st), _describe(mn_at, mx_at, -y0 if y0 else 2, st),
           _describe(mx_at, mn_at, y0 + rng.choice([1, 2, -1]), st), _describe(mx_at + 1, mn_at + 1, y0, st)]
    ch = choices(rng, good, [b for b in bad if b != good])
    stem = rng.choice([f"함수 {_r('y = ' + _pt(f), st)}의 그래프의 개형에 대한 설명으로 옳은 것은?",
                       f"곡선 {_r('y = ' + _pt(f), st)}에 대한 설명으로 옳은 것은?{_pts(rng, 3)}"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["극대", "극소"], choice=ch,
                   check=lambda: _ext_kind(f, sp.Integer(mx_at)) == "max" and _ext_kind(f, sp.Integer(mn_at)) == "min" and _ev(f, 0) == y0)


@family(_S28, "derivative-graph-bogi")
def _g4_fprime(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        rs = sorted(rng.sample(range(-4, 5), 3))
        s = rng.choice([1, -1])  # sign of f' for x > r3
        fpr = _from_roots(s, rs)
        cands = []
        for i, r in enumerate(rs):
            kind = _ext_kind(_antider(fpr), sp.Integer(r))
            say = rng.choice(["극대", "극소"])
            cands.append((f"함수 f(x)는 x = {r}에서 {say}이다.", (say == "극대") == (kind == "max")))
            if i < 2:
                mid_dec = float(_ev(fpr, Fr(rs[i] + rs[i + 1], 2))) < 0
                w = rng.choice(["증가", "감소"])
                cands.append((f"함수 f(x)는 구간 {_iv(rs[i], rs[i + 1], st)}에서 {w}한다.", (w == "감소") == mid_dec))
        cands.append(("함수 f(x)의 극값은 2개이다.", False))
        cands.append(("함수 f(x)는 극댓값과 극솟값을 모두 갖는다.", True))
        stmts = rng.sample(cands, 3)
        if any(ok for _, ok in stmts):
            break
    left = "양수" if s * (-1) ** 3 > 0 else "음수"
    intro = rng.choice([
        f"사차함수 f(x)의 도함수 y = f′(x)의 그래프가 x축과 세 점 ({rs[0]}, 0), ({rs[1]}, 0), ({rs[2]}, 0)에서 만나고, x < {rs[0]}에서 f′(x)의 값은 {left}이다.",
        f"다항함수 f(x)의 도함수 f′(x)가 {_r('f' + chr(39) + '(x) = ' + ('-' if s < 0 else '') + ''.join(f'(x {chr(45) if r > 0 else chr(43)} {abs(r)})' if r else 'x' for r in rs), st)}이다.",
    ])
    block, ch = bogi(rng, stmts)
    text = f"{intro} {_bogi_q(rng)}{_pts(rng, 4)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=4, achievement_level="B",
                   concepts=["극대", "극소", "증가", "감소", "도함수"], also=[_S27], choice=ch,
                   check=lambda: sorted(sp.Poly(_ex(fpr), X).real_roots()) == rs)


@family(_S28, "quartic-extremum-triangle")
def _g5_triangle(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 2, 1, 2, 3])
    b = rng.randint(-3, 8)
    sgn = rng.choice([1, -1])
    f = [sgn, 0, -2 * a * a * sgn, 0, b]
    area = a**5
    kind = rng.choice(["area", "area", "find-a"])
    cur = _r("y = " + _pt(f), st)
    if kind == "area":
        text = rng.choice([f"곡선 {cur}의 세 극점을 꼭짓점으로 하는 삼각형의 넓이를 {_end(rng)}",
                           f"함수 {cur}의 그래프에서 극대 또는 극소가 되는 세 점을 연결하여 만든 삼각형의 넓이는?{_pts(rng, 4)}"])
        ans = str(area)
    else:
        ff = _r(f"y = {'-' if sgn < 0 else ''}x^{{4}} {'-' if sgn > 0 else '+'} 2a^{{2}}x^{{2}} {'+' if b >= 0 else '-'} {abs(b)}", st)
        text = f"양수 a에 대하여 곡선 {ff}의 세 극점을 꼭짓점으로 하는 삼각형의 넓이가 {area}일 때, a의 {_end(rng, '값')}"
        ans = str(a)

    def chk() -> bool:
        cs = _crit(f)
        P = [sp.Point(c, _ex(f).subs(X, c)) for c in cs]
        ar = abs(sp.Polygon(*P).area)
        return ar == area and (kind == "area" or int(ans) == a)
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["극대", "극소", "극값"], check=chk)


@family(_S28, "cubic-from-graph-features")
def _g6_features(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    while True:
        p = rng.randint(-3, 2)
        q = p + rng.choice([1, 2, 3])
        lead = rng.choice([1, -1, 2, Fr(1, 2)])
        g = _antider(_from_roots(3 * lead, [p, q]), 0)  # f(0) = 0, f' = 3·lead(x−p)(x−q)
        if all(Fr(c).denominator == 1 for c in g):
            break
    mx_at, mn_at = (p, q) if lead > 0 else (q, p)
    M, m = _ev(g, mx_at), _ev(g, mn_at)
    ask = rng.choice([2, 3, -1, 1, 4])
    feat = rng.choice([
        f"원점을 지나고, x = {mx_at}에서 극댓값 {_q(M)}, x = {mn_at}에서 극솟값 {_q(m)}",
        f"원점을 지나며, 두 점 ({mx_at}, {_q(M)}), ({mn_at}, {_q(m)})에서 각각 극대, 극소",
    ])
    text = rng.choice([
        f"삼차함수 {_r(f'y = {fn}(x)', st)}의 그래프가 {feat}일 때, {_r(f'{fn}({ask})', st)}의 {_end(rng, '값')}",
        f"삼차함수 {fn}(x)의 그래프의 개형을 조사하였더니 {josa(feat, '이었다/였다')}. {fn}({ask})의 값은?",
    ]).replace("극솟값", "극솟값", 1)

    def chk() -> bool:
        cs = sp.symbols("c0:4")
        h = cs[0] * X**3 + cs[1] * X**2 + cs[2] * X + cs[3]
        x0, y0 = (mx_at, M) if M != 0 else (mn_at, m)
        eqs = [h.subs(X, 0), sp.diff(h, X).subs(X, p), sp.diff(h, X).subs(X, q), h.subs(X, x0) - sp.nsimplify(_q(y0))]
        sol = sp.solve(eqs, cs, dict=True)[0]
        return h.subs(sol).subs(X, ask) == sp.nsimplify(_q(_ev(g, ask)))
    return Problem(text=text, answer=_q(_ev(g, ask)), format="word", difficulty=4, achievement_level="B",
                   concepts=["극댓값", "극솟값"], check=chk)


@family(_S28, "sketch-graph-task")
def _g7_sketch(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randint(-3, 2)
    b = a + 3 * rng.choice([1, -1, 2])
    k = rng.choice([1, -1])
    f = _from_roots(k, [a, a, b])  # touches x-axis at a, crosses at b
    e2 = Fr(a + 2 * b, 3)
    ext = sorted([(a, _ev(f, a)), (e2, _ev(f, e2))], key=lambda t: t[0])
    kinds = {c: _ext_kind(f, sp.nsimplify(_q(c))) for c, _ in ext}
    desc = "; ".join(f"{'극대' if kinds[c] == 'max' else '극소'} ({_q(c)}, {_q(v)})" for c, v in ext)
    ans = f"{desc}; x축과 만나는 점의 x좌표 {min(a, b)}, {max(a, b)}; y절편 {_q(f[3])}"
    text = rng.choice([
        f"함수 {_r('y = ' + _pt(f), st)}의 증가와 감소를 표로 나타내고, 극값과 x절편, y절편을 이용하여 그래프의 개형을 그리시오.",
        f"[활동] 함수 {_r('y = ' + _pt(f), st)}의 그래프를 그리려고 한다.\n(1) 도함수를 구하여 증감표를 완성하시오.\n(2) 그래프가 x축, y축과 만나는 점을 구하시오.\n(3) 그래프의 개형을 그리고, 극대점과 극소점을 표시하시오.",
    ])
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="B",
                   concepts=["극대", "극소", "증가", "감소"], also=[_S27],
                   check=lambda: sorted(kinds.values()) == ["max", "min"] and _ev(f, a) == 0 and _ev(f, b) == 0)


@family(_S28, "max-min-closed-interval")
def _g8_maxmin(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    _k, p, q, f = _cubic_pq(rng, kset=(1, -1, 2))
    lo = rng.randint(p - 2, p)
    hi = rng.randint(q, q + 2)
    if rng.random() < 0.3:
        hi = rng.randint(p + 1, q) if q > p + 1 else q
    pts = [lo, hi] + [c for c in (p, q) if lo < c < hi]
    vals = [_ev(f, v) for v in pts]
    M, m = max(vals), min(vals)
    kind = rng.choice(["sum", "max", "min", "both"])
    iv = _iv(lo, hi, st)
    fx = _fx(rng, fn, f, st)
    ineq = _r(f"{_qt(lo)} \\le x \\le {_qt(hi)}", st)
    if kind == "both":
        text, ans = f"닫힌구간 {iv}에서 함수 {fx}의 최댓값과 최솟값을 각각 {_end(rng)}", f"최댓값 {_q(M)}, 최솟값 {_q(m)}"
    elif kind == "sum":
        text, ans = f"닫힌구간 {iv}에서 함수 {fx}의 최댓값을 M, 최솟값을 m이라 할 때, M + m의 {_end(rng, '값')}", _q(M + m)
    elif kind == "max":
        text, ans = f"{ineq}에서 함수 {fx}의 최댓값을 {_end(rng)}", _q(M)
    else:
        text, ans = f"{ineq}에서 함수 {fx}의 최솟값은?", _q(m)

    def chk() -> bool:
        e = _ex(f)
        cand = [lo, hi] + [c for c in sp.solve(sp.diff(e, X), X) if lo <= c <= hi]
        vs = [e.subs(X, c) for c in cand]
        want = {"sum": str(max(vs) + min(vs)), "max": str(max(vs)), "min": str(min(vs)), "both": f"최댓값 {max(vs)}, 최솟값 {min(vs)}"}[kind]
        return want == ans
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["최댓값", "최솟값", "극값"], check=chk)


@family(_S28, "box-optimization")
def _g9_box(rng: random.Random) -> Problem:
    m = rng.choice([1, 2, 3, 4, 5])
    side = 6 * m
    ctx = rng.choice(["정사각형 모양의 종이", "정사각형 모양의 알루미늄판", "정사각형 모양의 두꺼운 도화지", "정사각형 모양의 골판지"])
    unit = rng.choice(["cm", "cm", "dm"])
    kind = rng.choice(["x", "V"])
    q = "잘라 내는 정사각형의 한 변의 길이" if kind == "x" else "상자의 부피의 최댓값"
    text = rng.choice([
        f"한 변의 길이가 {side} {unit}인 {ctx}의 네 귀퉁이에서 크기가 같은 정사각형을 잘라 내고, 나머지 부분을 접어 뚜껑이 없는 직육면체 모양의 상자를 만들려고 한다. 상자의 부피가 최대가 되도록 할 때, {josa(q, '을/를')} {_end(rng)}",
        f"{ctx}(한 변의 길이 {side} {unit})의 네 모퉁이에서 한 변의 길이가 x {unit}인 정사각형을 잘라 내어 뚜껑 없는 상자를 만든다. 부피가 최대일 때 {q}는 얼마인가?",
    ])
    ans = f"{m} {unit}" if kind == "x" else f"{16 * m**3} {unit}³"

    def chk() -> bool:
        v = X * (side - 2 * X) ** 2
        best = max((c for c in sp.solve(sp.diff(v, X), X) if 0 < c < sp.Rational(side, 2)), key=lambda c: v.subs(X, c))
        return (best == m) if kind == "x" else (v.subs(X, best) == 16 * m**3)
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["최댓값", "극대", "도함수"], check=chk)


@family(_S28, "tangent-to-x-axis")
def _g10_touch(rng: random.Random) -> Problem:
    st = pick_style(rng)
    _k, p, q, f = _cubic_pq(rng, kset=(1, 2, -1))
    base = f[:3]
    # y = base(x) + c touches the x-axis ⇔ an extreme value is 0 ⇔ c = −base(p) or −base(q)
    c1, c2 = -_ev(base + [0], p), -_ev(base + [0], q)
    kind = rng.choice(["sum", "pos"])
    tex = _pt(base + [0]) + " + k"
    if kind == "sum":
        text = f"곡선 {_jr('y = ' + tex, st, '이/가')} x축에 접하도록 하는 모든 실수 k의 값의 합을 {_end(rng)}"
        ans = _q(c1 + c2)
    else:
        cands = [c for c in (c1, c2) if c > 0]
        if len(cands) != 1:
            kind = "sum"
            text = f"함수 {_r('y = ' + tex, st)}의 그래프가 x축에 접하도록 하는 상수 k의 값을 모두 더하면?"
            ans = _q(c1 + c2)
        else:
            text = f"함수 {_r('y = ' + tex, st)}의 그래프가 x축과 접할 때, 양수 k의 {_end(rng, '값')}"
            ans = _q(cands[0])

    def chk() -> bool:
        kk = sp.Symbol("k")
        e = _ex(base + [0]) + kk
        sols = sp.solve(sp.discriminant(e, X), kk)
        return sp.nsimplify(ans) == (sum(sols) if kind == "sum" else next(s for s in sols if s > 0))
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["극값", "극댓값", "극솟값"], also=["12미적Ⅰ-02-09"], check=chk)


# ================================================================================================
# 12미적Ⅰ-02-09 방정식과 부등식에의 활용
# ================================================================================================
_S29 = "12미적Ⅰ-02-09"


def _nroots(coeffs) -> int:
    """Number of distinct real roots: cubic by its discriminant (exact fractions), else sympy."""
    cf = [Fr(c) for c in coeffs]
    if len(cf) == 4 and cf[0] != 0:
        a, b, c, d = cf
        disc = 18 * a * b * c * d - 4 * b**3 * d + b * b * c * c - 4 * a * c**3 - 27 * a * a * d * d
        if disc > 0:
            return 3
        if disc < 0:
            return 1
        return 1 if b * b == 3 * a * c else 2  # disc = 0: a triple root or a double + a simple root
    return len(set(sp.Poly(_ex(coeffs), X).real_roots()))


def _sign_changes(coeffs) -> int:
    sg = [c > 0 for c in coeffs if c != 0]
    return sum(1 for u, w in itertools.pairwise(sg) if u != w)


def _cubic_ext(rng: random.Random, kset=(1, 1, 2, -1)):
    """(f without constant term's effect, M, m, p, q, k) for a cubic f with f' = c(x−p)(x−q)."""
    k, p, q, f = _cubic_pq(rng, kset)
    f = f[:3] + [Fr(0)]
    mx_at, mn_at = (p, q) if k > 0 else (q, p)
    return f, _ev(f, mx_at), _ev(f, mn_at), p, q, k


@family(_S29, "root-count-given-k")
def _e1_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f, M, m, _p, _q0, _k = _cubic_ext(rng)
    kv = rng.choice([M + rng.randint(1, 4), M, (M + m) // 2 if (M + m) // 2 not in (M, m) else m, m, m - rng.randint(1, 4)])
    n = 1 if kv > M or kv < m else (2 if kv in (M, m) else 3)
    lhs = _pt(f)
    form = rng.choice(["eq", "move", "curve"])
    if form == "eq":
        text = f"방정식 {_r(f'{lhs} = {_qt(kv)}', st)}의 서로 다른 실근의 개수를 {_end(rng)}"
    elif form == "move":
        g = _add(f, [-kv])
        text = rng.choice([f"x에 대한 방정식 {_r(_pt(g) + ' = 0', st)}의 서로 다른 실근의 개수를 {_end(rng)}",
                           f"방정식 {_jr(_pt(g) + ' = 0', st, '은/는')} 서로 다른 실근을 몇 개 갖는가?"])
    else:
        text = f"곡선 {_jr('y = ' + lhs, st, '과/와')} 직선 {_r('y = ' + _qt(kv), st)}의 교점의 개수를 {_end(rng)}"
    return Problem(text=text, answer=str(n), format="computation", difficulty=3, achievement_level="C",
                   concepts=["극댓값", "극솟값", "실근"], check=lambda: _nroots(_add(f, [-kv])) == n)


@family(_S29, "three-roots-integer-k")
def _e2_three(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f, M, m, _p, _q0, _k = _cubic_ext(rng)
    if M.denominator != 1 or m.denominator != 1:
        f = _scale(f, 2)
        M, m = 2 * M, 2 * m
    kind = rng.choice(["three", "two", "one-count"])
    lhs = _pt(f)
    kk = rng.choice(["k", "a", "t"])
    if kind == "three":
        ans = int(M - m - 1)
        text = rng.choice([f"방정식 {_jr(f'{lhs} = {kk}', st, '이/가')} 서로 다른 세 실근을 갖도록 하는 정수 {kk}의 개수를 {_end(rng)}{_pts(rng, 3)}",
                           f"곡선 {_jr('y = ' + lhs, st, '과/와')} 직선 {_jr(f'y = {kk}', st, '이/가')} 서로 다른 세 점에서 만나도록 하는 정수 {kk}의 개수는?"])
    elif kind == "two":
        ans = _q(M + m)
        text = f"방정식 {_jr(f'{lhs} - {kk} = 0', st, '이/가')} 서로 다른 두 실근을 갖도록 하는 모든 실수 {kk}의 값의 합을 {_end(rng)}"
    else:
        lo, hi = int(m) - 5, int(M) + 5
        ans = (int(m) - lo) + (hi - int(M))  # k < m or k > M, lo ≤ k ≤ hi
        text = f"{lo} ≤ {kk} ≤ {hi}인 정수 {kk} 중에서 방정식 {_r(f'{lhs} = {kk}', st)}의 실근이 오직 하나뿐이 되도록 하는 {kk}의 개수를 {_end(rng)}"
    ans = str(ans)

    def chk() -> bool:
        if kind == "three":
            return sum(_nroots(_add(f, [-v])) == 3 for v in range(int(m) - 2, int(M) + 3)) == int(ans)
        if kind == "two":
            return sum(v for v in range(int(m) - 2, int(M) + 3) if _nroots(_add(f, [-v])) == 2) == Fr(ans)
        return sum(_nroots(_add(f, [-v])) == 1 for v in range(int(m) - 5, int(M) + 6)) == int(ans)
    return Problem(text=text, answer=ans, format="computation", difficulty=4 if kind != "two" else 3,
                   achievement_level="B" if kind != "two" else "C", concepts=["실근", "극댓값", "극솟값"], check=chk)


@family(_S29, "two-curves-intersection")
def _e3_curves(rng: random.Random) -> Problem:
    st = pick_style(rng)
    h, M, m, _p, _q0, _k = _cubic_ext(rng, kset=(1, 2))
    if M.denominator != 1 or m.denominator != 1:
        h = _scale(h, 2)
        M, m = 2 * M, 2 * m
    # split h = f − g with g a quadratic/linear part
    g = [rng.randint(-3, 3), rng.randint(-5, 5), 0]
    f = _add(h, g)
    kk = rng.choice(["k", "a"])
    fy = _pt(f)
    gy = _pt(g) + f" + {kk}" if _pt(g) != "0" else kk
    kind = rng.choice(["three", "one-max"])
    if kind == "three":
        text = f"두 곡선 {_r('y = ' + fy, st)}, {_jr('y = ' + gy, st, '이/가')} 서로 다른 세 점에서 만나도록 하는 정수 {kk}의 개수를 {_end(rng)}{_pts(rng, 4)}"
        ans = str(int(M - m - 1))
    else:
        text = f"두 함수 {_r('y = ' + fy, st)}, {_r('y = ' + gy, st)}의 그래프가 서로 다른 두 점에서 만나도록 하는 실수 {kk}의 값 중 가장 큰 값을 {_end(rng)}"
        ans = _q(max(M, m))
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["실근", "극댓값", "극솟값"],
                   check=lambda: (sum(_nroots(_add(h, [-v])) == 3 for v in range(int(m) - 1, int(M) + 2)) == int(ans)) if kind == "three"
                   else max(v for v in range(int(m) - 2, int(M) + 3) if _nroots(_add(h, [-v])) == 2) == int(ans))


@family(_S29, "inequality-x-nonnegative")
def _e4_ineq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 2, 3])
    c = rng.choice([1, 1, 2])
    # f(x) = c(x³ − 3a²x) + k ≥ 0 for x ≥ 0 ⇔ k ≥ 2c·a³
    f = [c, 0, -3 * c * a * a, 0]
    kmin = 2 * c * a**3
    kk = rng.choice(["k", "a", "m"]) if a else "k"
    kk = "k" if kk == "a" else kk
    dom = rng.choice(["x ≥ 0인 모든 실수 x", "x > 0인 모든 실수 x", "0 이상인 모든 실수 x"])
    ineq = _r(_pt(f) + f" + {kk} \\ge 0", st)
    text = rng.choice([f"{dom}에 대하여 부등식 {josa(ineq, '이/가')} 성립하도록 하는 실수 {kk}의 최솟값을 {_end(rng)}",
                       f"{dom}에 대하여 {ineq}일 때, 실수 {kk}의 값의 범위를 구하시오.",
                       f"부등식 {ineq}가 {dom}에 대하여 항상 성립할 때, 정수 {kk}의 최솟값은?{_pts(rng, 3)}"])
    ans = f"{kk} ≥ {kmin}" if "범위" in text else str(kmin)
    text = text.replace(f"{ineq}가 {dom}", f"{josa(ineq, '이/가')} {dom}")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["최솟값", "도함수"],
                   check=lambda: -min(_ex(f).subs(X, v) for v in [0] + [r for r in sp.solve(sp.diff(_ex(f), X), X) if r >= 0]) == kmin)


@family(_S29, "quartic-always-nonnegative")
def _e5_quartic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        rs = sorted(rng.sample(range(-2, 3), 3))
        if sum(rs) % 3 == 0:
            break
    c0 = rng.randint(-6, 6)
    f = _antider(_from_roots(4, rs), c0)
    if rng.random() < 0.4:
        f = _antider(_from_roots(12, [0, 0, rng.choice([1, 2, -1])]), c0)  # 3x⁴ − 4rx³ type: one minimum
    crit = [c for c in range(-3, 4) if _ev(_der(f), c) == 0]
    mn = min(_ev(f, c) for c in crit)
    kk = rng.choice(["k", "a"])
    ineq = _r(_pt(f) + f" + {kk} \\ge 0", st)
    text = rng.choice([f"모든 실수 x에 대하여 부등식 {josa(ineq, '이/가')} 성립하도록 하는 실수 {kk}의 최솟값을 {_end(rng)}",
                       f"부등식 {josa(ineq, '이/가')} 모든 실수 x에 대하여 성립할 때, {kk}의 최솟값은?{_pts(rng, 4)}",
                       f"함수 {_r('f(x) = ' + _pt(f) + f' + {kk}', st)}에 대하여 모든 실수 x에서 f(x) ≥ 0이 되도록 하는 {kk}의 최솟값을 {_end(rng)}"])
    return Problem(text=text, answer=_q(-mn), format="computation", difficulty=4, achievement_level="B",
                   concepts=["최솟값", "극솟값", "도함수"],
                   check=lambda: sp.nsimplify(_q(-mn)) == -min(_ex(f).subs(X, c) for c in sp.Poly(sp.diff(_ex(f), X), X).real_roots()))


@family(_S29, "inequality-proof")
def _e6_proof(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 2, 3])
    kind = rng.randrange(3)
    if kind == 0:  # x³ + 2a³ ≥ 3a²x (x ≥ 0), equality at x = a
        lhs, rhs, dom = _pt([1, 0, 0, 2 * a**3]), _pt([3 * a * a, 0]), "x ≥ 0"
        g = [1, 0, -3 * a * a, 2 * a**3]
    elif kind == 1:  # x⁴ + 3a⁴ ≥ 4a³x (all real x), equality at x = a
        lhs, rhs, dom = _pt([1, 0, 0, 0, 3 * a**4]), _pt([4 * a**3, 0]), "모든 실수 x"
        g = [1, 0, 0, -4 * a**3, 3 * a**4]
    else:  # 2x³ + a³ ≥ 3ax² (x ≥ 0) equality at x = a : g = 2x³ − 3ax² + a³ = (x − a)²(2x + a)
        lhs, rhs, dom = _pt([2, 0, 0, a**3]), _pt([3 * a, 0, 0]), "x ≥ 0"
        g = [2, -3 * a, 0, a**3]
    ineq = _r(f"{lhs} \\ge {rhs}", st)
    text = rng.choice([
        f"{'x ≥ 0일 때' if dom == 'x ≥ 0' else '모든 실수 x에 대하여'}, 부등식 {josa(ineq, '이/가')} 성립함을 증명하시오.",
        f"{dom}에 대하여 부등식 {josa(ineq, '이/가')} 항상 성립함을 미분을 이용하여 보이고, 등호가 성립할 때의 x의 값을 구하시오.",
        f"f(x) = ({lhs}) − ({rhs})로 놓고 f(x)의 최솟값을 조사하여, {dom}에 대하여 {josa(ineq, '이/가')} 성립함을 설명하시오.",
    ])
    if "f(x) = (" in text:
        text = text.replace(f"f(x) = ({lhs}) − ({rhs})", _r(f"f(x) = ({lhs}) - ({rhs})", st))
    ans = f"등호는 x = {a}일 때 성립"

    def chk() -> bool:
        e = _ex(g)
        lo = 0 if dom == "x ≥ 0" else -10
        pts_ = [c for c in sp.Poly(sp.diff(e, X), X).real_roots() if c >= lo] + ([0] if lo == 0 else [])
        return min(e.subs(X, c) for c in pts_) == 0 and e.subs(X, a) == 0
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A",
                   concepts=["최솟값", "도함수", "증가", "감소"], check=chk)


@family(_S29, "root-sign-condition")
def _e7_signs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        k = 1
        p = rng.randint(-3, -1)
        q = rng.randint(1, 3)
        f = [2, -3 * (p + q), 6 * p * q, 0] if (p + q) % 2 else [1, Fr(-3 * (p + q), 2), 3 * p * q, 0]
        M, m, f0 = _ev(f, p), _ev(f, q), Fr(0)
        if M.denominator == 1 and m.denominator == 1 and M - f0 > 1 and f0 - m > 1:
            break
    kind = rng.choice(["2pos", "2neg"])
    kk = rng.choice(["k", "a"])
    if kind == "2pos":
        desc, n = "서로 다른 두 개의 양의 실근과 한 개의 음의 실근", int(f0 - m - 1)
    else:
        desc, n = "한 개의 양의 실근과 서로 다른 두 개의 음의 실근", int(M - f0 - 1)
    eq = _r(f"{_pt(f)} = {kk}", st)
    text = rng.choice([f"방정식 {josa(eq, '이/가')} {josa(desc, '을/를')} 갖도록 하는 정수 {kk}의 개수를 {_end(rng)}{_pts(rng, 4)}",
                       f"x에 대한 삼차방정식 {josa(eq, '이/가')} {desc}을 가질 때, 정수 {kk}의 개수는?"])

    def chk() -> bool:
        cnt = 0
        for v in range(int(m) - 1, int(M) + 2):
            g = _add(f, [-v])
            if v != 0 and _nroots(g) == 3:  # all roots real: Descartes' rule counts them exactly
                pos = _sign_changes(g)
                neg = _sign_changes([c * (-1) ** (3 - i) for i, c in enumerate(g)])
                cnt += (pos, neg) == ((2, 1) if kind == "2pos" else (1, 2))
        return cnt == n and k == 1
    return Problem(text=text, answer=str(n), format="computation", difficulty=5, achievement_level="A",
                   concepts=["실근", "극댓값", "극솟값"], check=chk)


@family(_S29, "curve-above-curve")
def _e8_above(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 2, 3])
    # h(x) = x³ − 3a x² (x ≥ 0) has minimum −4a³ at x = 2a ;  f − g = h + k ≥ 0 ⇔ k ≥ 4a³
    h = [1, -3 * a, 0, 0]
    g = [rng.randint(-2, 2), rng.randint(-4, 4), rng.randint(-3, 3)]
    f = _add(h, g)
    kmin = 4 * a**3
    kk = rng.choice(["k", "a"])
    fy, gy = _pt(f) + f" + {kk}", _pt(g)
    text = rng.choice([
        f"x ≥ 0인 모든 실수 x에 대하여 곡선 {_jr('y = ' + fy, st, '이/가')} 곡선 {_r('y = ' + gy, st)}보다 아래쪽에 있지 않도록 하는 실수 {kk}의 최솟값을 {_end(rng)}",
        f"두 함수 {_r('f(x) = ' + fy, st)}, {_r('g(x) = ' + gy, st)}에 대하여 x ≥ 0일 때 항상 f(x) ≥ g(x)가 성립하도록 하는 {kk}의 최솟값은?{_pts(rng, 4)}",
    ])
    return Problem(text=text, answer=str(kmin), format="computation", difficulty=4, achievement_level="B",
                   concepts=["최솟값", "도함수"],
                   check=lambda: -min(_ex(h).subs(X, c) for c in [0] + [r for r in sp.solve(sp.diff(_ex(h), X), X) if r >= 0]) == kmin)


@family(_S29, "root-count-bogi")
def _e9_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f, M, m, _p, _q0, _k = _cubic_ext(rng)
    while True:
        stmts = []
        for v in rng.sample(list(dict.fromkeys([M, m, M + 1, m - 1, (M + m) // 2, Fr(0)])), 3):
            n = _nroots(_add(f, [-v]))
            say = rng.choice([n, n, 1, 2, 3])
            eq = _r(f"{_pt(f)} = {_qt(v)}", st)
            stmts.append((f"방정식 {eq}의 서로 다른 실근의 개수는 {say}이다.", say == n))
        if any(ok for _, ok in stmts) and len({s for s, _ in stmts}) == 3:
            break
    block, ch = bogi(rng, stmts)
    text = f"{_bogi_q(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["실근", "극값"], choice=ch, check=lambda: _nroots(_add(f, [-M])) == 2)


@family(_S29, "root-count-function-sum")
def _e10_gsum(rng: random.Random) -> Problem:
    M = rng.randint(1, 8)
    m = M - rng.randint(3, 9)
    lead = rng.choice(["양수", "음수"])
    fn = _f(rng)
    ts = sorted(rng.sample(range(m - 3, M + 4), 4) + rng.sample([M, m], 1))
    ts = sorted(set(ts))

    def g(t: int) -> int:
        return 1 if t > M or t < m else (2 if t in (M, m) else 3)
    tot = sum(g(t) for t in ts)
    table = "| 극댓값 | 극솟값 | 최고차항의 계수 |\n|---|---|---|\n" + f"| {M} | {m} | {lead} |"
    expr = " + ".join(f"g({t})" for t in ts)
    text = rng.choice([
        f"삼차함수 {fn}(x)의 극값과 최고차항의 계수의 부호가 다음 표와 같다.\n\n{table}\n\n실수 t에 대하여 방정식 {fn}(x) = t의 서로 다른 실근의 개수를 g(t)라 할 때, {expr}의 값을 {_end(rng)}",
        f"다음 표는 극값을 갖는 삼차함수 {fn}(x)에 대한 정보이다.\n\n{table}\n\n곡선 y = {fn}(x)와 직선 y = t의 교점의 개수를 g(t)라 하자. {expr}의 값은?",
    ])

    def chk() -> bool:  # realise one such cubic and count roots with sympy
        c = sp.Rational(M - m, 4)
        e = c * (X**3 - 3 * X) + sp.Rational(M + m, 2)  # extreme values M (x = −1), m (x = 1)
        if lead == "음수":
            e = e.subs(X, -X)
        return sum(len(set(sp.Poly(e - t, X).real_roots())) for t in ts) == tot
    return Problem(text=text, answer=str(tot), format="data", difficulty=4, achievement_level="B",
                   concepts=["실근", "극댓값", "극솟값"], check=chk)


# ================================================================================================
# 12미적Ⅰ-02-10 속도와 가속도 (직선 운동)
# ================================================================================================
_S210 = "12미적Ⅰ-02-10"


def _motion_intro(rng: random.Random, pos: str, st: str, who: str = "P", obj: bool = True) -> str:
    return rng.choice([
        f"수직선 위를 움직이는 점 {who}의 시각 t (t ≥ 0)에서의 위치 x가 {_r(pos, st)}이다.",
        f"수직선 위를 움직이는 점 {who}의 시각 t에서의 위치가 {_r(pos, st)}일 때,",
        f"원점을 출발하여 수직선 위를 움직이는 점 {who}의 시각 t (t ≥ 0)에서의 위치 x(t)가 {_r(pos, st)}이다.",
        f"직선 도로 위를 달리는 물체의 t초 후의 위치가 {_jr(pos, st, '으로/로')} 주어진다.",
    ][: 4 if obj else 3])


def _tpoly(rng: random.Random):
    """Position x(t) = t³ + … with v(t) = 3(t − p)(t − q), 0 < p < q, x(0) = 0 (integer coefficients)."""
    while True:
        p = rng.randint(1, 3)
        q = p + rng.randint(1, 4)
        if (p + q) % 2 == 0:
            return p, q, [1, Fr(-3 * (p + q), 2), 3 * p * q, 0], 1
        if rng.random() < 0.5:
            return p, q, [2, -3 * (p + q), 6 * p * q, 0], 2


@family(_S210, "velocity-acceleration-at-time")
def _v1_at(rng: random.Random) -> Problem:
    st = pick_style(rng)
    deg = rng.choice([2, 3, 3, 4])
    x = [rng.choice([1, 1, 2, -1])] + [rng.randint(-6, 6) for _ in range(deg - 1)] + [0]
    if deg == 4:
        x[0] = rng.choice([1, Fr(1, 4)]) if False else 1
    t0 = rng.randint(1, 4)
    v, a = _der(x), _der(_der(x))
    kind = rng.choice(["v", "a", "both", "va-sum"])
    intro = _motion_intro(rng, "x = " + _pt(x, "t"), st)
    tail = {"v": (f"시각 t = {t0}에서 점 P의 속도를 {_end(rng)}", _q(_ev(v, t0))),
            "a": (f"시각 t = {t0}에서 점 P의 가속도를 {_end(rng)}", _q(_ev(a, t0))),
            "both": (f"t = {t0}일 때 점 P의 속도와 가속도를 각각 {_end(rng)}", f"속도 {_q(_ev(v, t0))}, 가속도 {_q(_ev(a, t0))}"),
            "va-sum": (f"t = {t0}에서 점 P의 속도를 v, 가속도를 a라 할 때, v + a의 {_end(rng, '값')}", _q(_ev(v, t0) + _ev(a, t0)))}[kind]
    if "물체" in intro:
        tail = (tail[0].replace("점 P", "물체"), tail[1])
    text = f"{intro} {tail[0]}"
    d = 2 if kind != "va-sum" else 3

    def chk() -> bool:
        e = _ex(x, T)
        vv, aa = sp.diff(e, T).subs(T, t0), sp.diff(e, T, 2).subs(T, t0)
        return {"v": str(vv), "a": str(aa), "both": f"속도 {vv}, 가속도 {aa}", "va-sum": str(vv + aa)}[kind] == tail[1]
    return Problem(text=text, answer=tail[1], format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["속도", "가속도", "도함수"], check=chk)


@family(_S210, "direction-change")
def _v2_turn(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q, x, _s = _tpoly(rng)
    kind = rng.choice(["times", "pos-first", "sum-pos", "count"])
    intro = _motion_intro(rng, "x = " + _pt(x, "t"), st)
    if kind == "times":
        tail, ans = f"점 P가 운동 방향을 바꾸는 시각을 모두 {_end(rng)}", f"t = {p}, t = {q}"
    elif kind == "pos-first":
        tail, ans = f"점 P가 출발한 후 처음으로 운동 방향을 바꾸는 순간의 위치를 {_end(rng)}", _q(_ev(x, p))
    elif kind == "sum-pos":
        tail, ans = f"점 P가 운동 방향을 바꾸는 두 순간의 위치를 각각 a, b라 할 때, a + b의 {_end(rng, '값')}", _q(_ev(x, p) + _ev(x, q))
    else:
        tail, ans = "t > 0에서 점 P가 운동 방향을 바꾸는 횟수는?", "2"
    text = f"{intro} {tail}".replace("점 P", "물체") if "물체" in intro else f"{intro} {tail}"
    d = 2 if kind in ("times", "count") else 3

    def chk() -> bool:
        e = _ex(x, T)
        ts = [r for r in sp.solve(sp.diff(e, T), T) if r > 0 and sp.diff(e, T).subs(T, r - sp.Rational(1, 100)) * sp.diff(e, T).subs(T, r + sp.Rational(1, 100)) < 0]
        return {"times": ", ".join(f"t = {r}" for r in sorted(ts)), "pos-first": str(e.subs(T, min(ts))),
                "sum-pos": str(sum(e.subs(T, r) for r in ts)), "count": str(len(ts))}[kind] == ans
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["속도", "운동 방향"], check=chk)


@family(_S210, "acceleration-when-turning")
def _v3_acc_turn(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q, x, _s = _tpoly(rng)
    a = _der(_der(x))
    which = rng.choice(["first", "second", "sum"])
    ans = {"first": _ev(a, p), "second": _ev(a, q), "sum": _ev(a, p) + _ev(a, q)}[which]
    what = {"first": "처음으로 정지하는 순간의 가속도를", "second": "두 번째로 속도가 0이 되는 순간의 가속도를",
            "sum": "속도가 0이 되는 두 순간의 가속도의 합을"}[which]
    text = f"{_motion_intro(rng, 'x = ' + _pt(x, 't'), st, obj=False)} 점 P가 출발한 후 {what} {_end(rng)}"
    def chk() -> bool:
        e2 = sp.diff(_ex(x, T), T, 2)
        ts = sorted(sp.solve(sp.diff(_ex(x, T), T), T))
        want = {"first": e2.subs(T, ts[0]), "second": e2.subs(T, ts[1]), "sum": e2.subs(T, ts[0]) + e2.subs(T, ts[1])}[which]
        return want == sp.nsimplify(_q(ans))
    if rng.random() < 0.3:
        ch = _num_choices(rng, ans, [-ans, _ev(_der(x), p), ans + 6, ans - 6, 0])
        stem = f"{_motion_intro(rng, 'x = ' + _pt(x, 't'), st, obj=False)} 점 P가 출발한 후 {josa(what[:-1], '은/는')}?{_pts(rng, 3)}"
        return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                       concepts=["가속도", "속도"], choice=ch, check=chk)
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["가속도", "속도"], check=chk)


@family(_S210, "vertical-throw")
def _v4_throw(rng: random.Random) -> Problem:
    st = pick_style(rng)
    g = rng.choice([5, 5, 4.9])
    m = rng.randint(1, 5)
    h0 = rng.choice([0, 0, 15, 20, 25, 35])
    obj = rng.choice(["공", "물로켓", "작은 돌", "테니스공", "폭죽"])
    if g == 5:
        h = [-5, 10 * m, h0]
        top_t, top_h = Fr(m), Fr(h0 + 5 * m * m)
        kind = rng.choice(["top-h", "top-t", "v-at", "v-ground" if h0 == 0 else "top-h"])
    else:
        h = [Fr(-49, 10), Fr(98 * m, 10), h0]
        top_t, top_h = Fr(m), Fr(h0) + Fr(49 * m * m, 10)
        kind = rng.choice(["top-h", "top-t"])
    hx = _pt(h, "t")
    start = f"지면으로부터 높이 {h0} m인 곳에서" if h0 else "지면에서"
    intro = rng.choice([
        f"{start} 지면과 수직인 방향으로 쏘아 올린 {obj}의 t초 후의 높이를 h m라 하면 {_r('h = ' + hx, st)}이다.",
        f"{obj}을 {start} 똑바로 위로 던졌더니 t초 후의 높이 h(t) m가 {_r('h(t) = ' + hx, st)}였다." if obj[-1] in "공돌" else
        f"{josa(obj, '을/를')} {start} 똑바로 위로 쏘아 올렸더니 t초 후의 높이 h(t) m가 {_r('h(t) = ' + hx, st)}였다.",
    ])
    intro = intro.replace(f"{obj}을 {start}", f"{josa(obj, '을/를')} {start}")
    if kind == "top-h":
        tail, ans = f"이 {obj}의 최고 높이는 몇 m인지 {_end(rng)}", f"{_q(top_h)} m"
    elif kind == "top-t":
        tail, ans = f"이 {josa(obj, '이/가')} 최고 높이에 도달하는 것은 쏘아 올린 지 몇 초 후인지 {_end(rng)}", f"{_q(top_t)}초"
    elif kind == "v-at":
        t1 = rng.choice([t for t in (1, 2, m + 1, 2 * m) if _ev(h, t) > 0] or [1])
        tail, ans = f"쏘아 올린 지 {t1}초 후 {obj}의 속도를 {_end(rng)} (단, 위쪽 방향을 양의 방향으로 한다.)", f"{_q(_ev(_der(h), t1))} m/s"
    else:
        tail, ans = f"이 {josa(obj, '이/가')} 다시 지면에 떨어지는 순간의 속도를 {_end(rng)} (단, 위쪽 방향을 양의 방향으로 한다.)", f"{-10 * m} m/s"
    if "4.9" in hx or "49" in hx:
        ans = ans.replace(".0", "")

    def chk() -> bool:
        e = _ex(h, T)
        tt = sp.solve(sp.diff(e, T), T)[0]
        if kind == "top-h":
            return sp.nsimplify(ans.split()[0]) == e.subs(T, tt)
        if kind == "top-t":
            return sp.nsimplify(ans[:-1]) == tt
        if kind == "v-at":
            return True
        land = max(sp.solve(e, T))
        return sp.diff(e, T).subs(T, land) == int(ans.split()[0])
    return Problem(text=f"{intro} {tail}", answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["속도", "순간변화율"], check=chk)


@family(_S210, "braking-distance")
def _v5_brake(rng: random.Random) -> Problem:
    k = rng.choice([1, 2, 4, 5])
    tstop = rng.choice([2, 3, 4, 5, 6])
    v0 = 2 * k * tstop  # x(t) = v0 t − k t², v = v0 − 2kt = 0 at t = tstop
    dist = v0 * tstop - k * tstop**2
    st = pick_style(rng)
    veh = rng.choice(["자동차", "버스", "자전거", "기차", "트럭"])
    x = [-k, v0, 0]
    kind = rng.choice(["dist", "time", "speed-half"])
    intro = rng.choice([
        f"직선 도로를 달리던 {josa(veh, '이/가')} 브레이크를 밟은 지 t초 후까지 움직인 거리를 x m라 하면 {_r('x = ' + _pt(x, 't'), st)}이다.",
        f"{veh}의 운전자가 정지 신호를 보고 브레이크를 밟았다. 브레이크를 밟은 후 t초 동안 {josa(veh, '이/가')} 달린 거리가 {_r('x(t) = ' + _pt(x, 't'), st)} (m)일 때,",
    ])
    if kind == "dist":
        tail, ans = f"브레이크를 밟은 후 {josa(veh, '이/가')} 정지할 때까지 움직인 거리를 {_end(rng)}", f"{dist} m"
    elif kind == "time":
        tail, ans = f"{josa(veh, '이/가')} 정지하는 것은 브레이크를 밟은 지 몇 초 후인지 {_end(rng)}", f"{tstop}초"
    else:
        tail, ans = f"브레이크를 밟은 지 {Fr(tstop, 2) if tstop % 2 == 0 else _q(Fr(tstop, 2))}초 후의 속도를 {_end(rng)}", f"{v0 // 2} m/s"
    return Problem(text=f"{intro} {tail}", answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["속도", "가속도"],
                   check=lambda: (sp.solve(sp.diff(_ex(x, T), T), T)[0] == tstop) and _ex(x, T).subs(T, tstop) == dist)


@family(_S210, "two-points-meet")
def _v6_meet(rng: random.Random) -> Problem:
    st = pick_style(rng)
    t1 = rng.randint(1, 4)
    c = rng.choice([1, 2])
    xq = [rng.randint(1, 3), rng.randint(-4, 4), 0]
    gap = [c, 0] if rng.random() < 0.5 else [1, 0, 0]  # x_P − x_Q = c·t(t − t1) or t²(t − t1)
    xp = _add(xq, _mul(gap, [1, -t1]))
    kind = rng.choice(["vP", "vQ", "speed-diff"])
    vp, vq = _ev(_der(xp), t1), _ev(_der(xq), t1)
    intro = (f"원점을 동시에 출발하여 수직선 위를 움직이는 두 점 P, Q의 시각 t (t ≥ 0)에서의 위치가 각각 "
             f"{_r('x_{P} = ' + _pt(xp, 't'), st)}, {_r('x_{Q} = ' + _pt(xq, 't'), st)}이다.")
    if kind == "vP":
        tail, ans = f"출발한 후 두 점 P, Q가 다시 만나는 순간 점 P의 속도를 {_end(rng)}", _q(vp)
    elif kind == "vQ":
        tail, ans = f"두 점 P, Q가 출발 후 처음으로 만나는 시각에서 점 Q의 속도를 {_end(rng)}", _q(vq)
    else:
        tail, ans = f"출발 후 두 점이 다시 만날 때, 두 점의 속도의 차 (P의 속도) − (Q의 속도)를 {_end(rng)}", _q(vp - vq)

    def chk() -> bool:
        dd = sp.expand(_ex(xp, T) - _ex(xq, T))
        ts = sorted(r for r in sp.solve(dd, T) if r > 0)
        tm = ts[0]
        vP, vQ = sp.diff(_ex(xp, T), T).subs(T, tm), sp.diff(_ex(xq, T), T).subs(T, tm)
        return sp.nsimplify(ans) == {"vP": vP, "vQ": vQ, "speed-diff": vP - vQ}[kind]
    return Problem(text=f"{intro} {tail}", answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["속도", "위치"], check=chk)


@family(_S210, "motion-bogi")
def _v7_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q, x, _s = _tpoly(rng)
    v, a = _der(x), _der(_der(x))
    ta = Fr(p + q, 2)  # acceleration 0
    pool = [
        (f"t = {p}에서 점 P는 운동 방향을 바꾼다.", True),
        (f"t = {q + 1}에서 점 P의 속도는 {_q(_ev(v, q + 1))}이다.", True),
        (f"t = {q + 1}에서 점 P의 속도는 {_q(-_ev(v, q + 1))}이다.", False),
        (f"점 P의 가속도가 0이 되는 시각은 t = {_q(ta)}이다.", True),
        (f"점 P의 가속도가 0이 되는 시각은 t = {_q(ta + 1)}이다.", False),
        (f"{p} < t < {q}에서 점 P는 음의 방향으로 움직인다.", True),
        (f"{p} < t < {q}에서 점 P는 양의 방향으로 움직인다.", False),
        (f"t = {p}일 때 점 P의 가속도는 {_q(_ev(a, p))}이다.", True),
        (f"t = {q}일 때 점 P의 가속도는 {_q(-_ev(a, q) if _ev(a, q) else 1)}이다.", False),
        ("출발한 후 점 P는 운동 방향을 한 번만 바꾼다.", False),
    ]
    while True:
        stmts = rng.sample(pool, 3)
        texts = [s for s, _ in stmts]
        if any(ok for _, ok in stmts) and len(set(texts)) == 3 and not any(texts[i][:12] == texts[j][:12] for i in range(3) for j in range(i)):
            break
    block, ch = bogi(rng, stmts)
    text = f"{_motion_intro(rng, 'x = ' + _pt(x, 't'), st, obj=False)} {_bogi_q(rng)}{_pts(rng, 4)}\n{block}\n{ch.block}"

    def chk() -> bool:
        e = _ex(x, T)
        return sp.solve(sp.diff(e, T, 2), T) == [sp.nsimplify(_q(ta))] and sorted(sp.solve(sp.diff(e, T), T)) == [p, q]
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=4, achievement_level="B",
                   concepts=["속도", "가속도", "운동 방향"], choice=ch, check=chk)


@family(_S210, "velocity-when-acceleration-zero")
def _v8_acc0(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q, x, _s = _tpoly(rng)
    ta = Fr(p + q, 2)
    vmin = _ev(_der(x), ta)
    kind = rng.choice(["v", "speed", "pos"])
    intro = _motion_intro(rng, "x = " + _pt(x, "t"), st, obj=False)
    if kind == "v":
        tail, ans = f"점 P의 가속도가 0일 때, 점 P의 속도를 {_end(rng)}", _q(vmin)
    elif kind == "speed":
        tail, ans = f"점 P의 가속도가 0인 순간의 속력을 {_end(rng)}", _q(abs(vmin))
    else:
        tail, ans = f"가속도가 0이 되는 순간 점 P의 위치를 {_end(rng)}", _q(_ev(x, ta))

    def chk() -> bool:
        e = _ex(x, T)
        tt = sp.solve(sp.diff(e, T, 2), T)[0]
        return sp.nsimplify(ans) == {"v": sp.diff(e, T).subs(T, tt), "speed": abs(sp.diff(e, T).subs(T, tt)), "pos": e.subs(T, tt)}[kind]
    return Problem(text=f"{intro} {tail}", answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["가속도", "속도", "속력"], check=chk)


@family(_S210, "position-table-instant")
def _v9_table(rng: random.Random) -> Problem:
    # x(t) = a t² + b t: the data fix a, b; then ask the velocity at a time
    a = rng.choice([1, 2, 3, -1])
    b = rng.randint(1, 8) if a < 0 else rng.randint(-3, 6)
    while a < 0 and b <= 4:
        b = rng.randint(5, 12)
    ts = [0, 1, 2, 3, 4]
    xs = [a * t * t + b * t for t in ts]
    t0 = rng.choice([1, 2, 3])
    unit = rng.choice([("초", "m", "m/s"), ("분", "km", "km/분")])
    table = "| 시각 t (" + unit[0] + ") | " + " | ".join(map(str, ts)) + " |\n|" + "---|" * 6 + "\n| 위치 x (" + unit[1] + ") | " + " | ".join(map(str, xs)) + " |"
    kind = rng.choice(["v", "avg-vs-inst"])
    if kind == "v":
        q = f"t = {t0}에서 물체의 속도를 {_end(rng)}"
        ans = f"{2 * a * t0 + b} {unit[2]}"
    else:
        q = "t = 1부터 t = 3까지의 평균 속도와 t = 2에서의 순간 속도를 각각 구하고, 두 값을 비교하시오."
        ans = f"평균 속도 {Fr(xs[3] - xs[1], 2)} {unit[2]}, 순간 속도 {4 * a + b} {unit[2]} (같다)"
    text = (f"수직선 위를 움직이는 물체의 위치 x가 시각 t에 대한 이차 이하의 다항식으로 나타내어진다고 한다. 위치를 측정한 결과는 다음과 같다.\n\n{table}\n\n{q}")
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B",
                   concepts=["속도", "평균변화율", "순간변화율"],
                   check=lambda: sp.interpolate(list(zip(ts, xs, strict=True)), T).diff(T).subs(T, t0 if kind == "v" else 2) == (2 * a * t0 + b if kind == "v" else 4 * a + b))


# ================================================================================================
# 12미적Ⅰ-03-01 부정적분의 뜻
# ================================================================================================
_S31 = "12미적Ⅰ-03-01"
_INT = r"\int "
_DX = r" \, dx"


def _rand_poly(rng: random.Random, deg: int, lead=(1, 2, 3, -1, -2), lo: int = -5, hi: int = 5):
    return [rng.choice(lead)] + [rng.randint(lo, hi) for _ in range(deg)]


@family(_S31, "integral-given-find-integrand")
def _n1_f(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    big = _rand_poly(rng, rng.choice([2, 3, 3, 4]))
    big[-1] = 0
    f = _der(big)
    a = rng.randint(-2, 3)
    cc = rng.choice(["C", "C", "C"])
    eq = _r(f"{_INT}{fn}(x){_DX} = {_pt(big)} + {cc}", st)
    text = rng.choice([
        f"함수 {fn}(x)에 대하여 {eq}일 때, {_r(f'{fn}({a})', st)}의 {_end(rng, '값')} (단, C는 적분상수)",
        f"{eq} (C는 적분상수)를 만족시키는 함수 {fn}(x)를 구하고, {fn}({a})의 값을 {_end(rng)}",
        f"다항함수 {fn}(x)의 부정적분 중 하나가 {_r(_pt(big), st)}일 때, {fn}({a})의 값은?",
    ])
    ans = _q(_ev(f, a))
    if "함수 " + fn + "(x)를 구하고" in text:
        ans = f"{fn}(x) = {_pa(f)}, {fn}({a}) = {ans}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["부정적분", "적분상수"],
                   check=lambda: sp.diff(_ex(big), X).subs(X, a) == sp.nsimplify(_q(_ev(f, a))))


@family(_S31, "which-is-antiderivative")
def _n2_which(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.5, 0.35, 0.15))
    f = _rand_poly(rng, rng.choice([1, 2, 2]))
    F = _antider(f, rng.randint(-3, 3))
    wrong1 = _mul(f, [1, 0])  # raised the exponents but did not divide
    wrong2 = _der(f)  # differentiated instead
    wrong3 = _antider(_scale(f, -1), F[-1])  # sign slip
    wrong4 = [c * (2 if i == 0 else 1) for i, c in enumerate(F)]  # divided the leading term wrongly
    wrong5 = _add(F, [0, 0] + [1] + [0] * (len(F) - 3)) if len(F) > 3 else _add(F, [1, 0])
    cands = [_r(_pt(F), st)] + [_r(_pt(w), st) for w in (wrong1, wrong2, wrong3, wrong4, wrong5)]
    if len(set(cands)) < 6:
        cands = list(dict.fromkeys(cands))
        extra = _add(F, [0] * (len(F) - 2) + [3, 0])
        cands.append(_r(_pt(extra), st))
    ch = choices(rng, cands[0], cands[1:])
    fx = _r(f"f(x) = {_pt(f)}", st)
    stem = rng.choice([f"다음 중 함수 {fx}의 부정적분인 것은?", f"F′(x) = f(x)를 만족시키는 함수 F(x)를 고르면? (단, {fx})",
                       f"함수 {fx}의 부정적분 중 하나를 고른 것은?{_pts(rng, 2)}"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["부정적분"], choice=ch,
                   check=lambda: sp.expand(sp.diff(_ex(F), X) - _ex(f)) == 0 and sum(
                       sp.expand(sp.diff(_ex(w), X) - _ex(f)) == 0 for w in (wrong1, wrong2, wrong3, wrong4)) == 0)


@family(_S31, "derivative-of-integral-vs-integral-of-derivative")
def _n3_dd(rng: random.Random) -> Problem:
    st = pick_style(rng)
    g = _rand_poly(rng, rng.choice([2, 3]))
    kind = rng.choice(["int-of-der", "der-of-int", "both"])
    a = rng.randint(-2, 3)
    if kind == "int-of-der":
        c0 = rng.randint(-5, 5)
        expr = _r(f"f(x) = {_INT}" + r"\left\{ \frac{d}{dx}(" + _pt(g) + r") \right\}" + _DX, st)
        text = f"함수 {expr}에 대하여 f(0) = {c0}일 때, f({a})의 {_end(rng, '값')}"
        ans = _ev(g, a) - _ev(g, 0) + c0
    elif kind == "der-of-int":
        expr = _r("g(x) = " + r"\frac{d}{dx} \left\{ " + _INT + "(" + _pt(g) + ")" + _DX + r" \right\}", st)
        text = f"함수 {expr}에 대하여 g({a})의 {_end(rng, '값')}"
        ans = _ev(g, a)
    else:
        c0 = rng.randint(-5, 5)
        e1 = _r(r"f(x) = \frac{d}{dx} \left\{ " + _INT + "(" + _pt(g) + ")" + _DX + r" \right\}", st)
        e2 = _r(f"g(x) = {_INT}" + r"\left\{ \frac{d}{dx}(" + _pt(g) + r") \right\}" + _DX, st)
        text = f"두 함수 {e1}, {e2}에 대하여 g(0) = {c0}일 때, f({a}) − g({a})의 {_end(rng, '값')}{_pts(rng, 3)}"
        ans = _ev(g, 0) - c0
    d = 3 if kind != "der-of-int" else 2

    def chk() -> bool:
        e = _ex(g)
        if kind == "int-of-der":
            F = sp.integrate(sp.diff(e, X), X)
            return F.subs(X, a) - F.subs(X, 0) + c0 == sp.nsimplify(_q(ans))
        if kind == "der-of-int":
            return sp.diff(sp.integrate(e, X), X).subs(X, a) == sp.nsimplify(_q(ans))
        G = sp.integrate(sp.diff(e, X), X)
        G = G - G.subs(X, 0) + c0
        return e.subs(X, a) - G.subs(X, a) == sp.nsimplify(_q(ans))
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["부정적분", "적분상수", "도함수"], check=chk)


@family(_S31, "integral-equals-x-times-f")
def _n4_xf(rng: random.Random) -> Problem:
    st = pick_style(rng)
    q = [rng.choice([1, 2, 3, -1]) * 2, rng.randint(-4, 4)]  # f'(x) = q(x) (linear)
    P = _scale(_antider(_mul([1, 0], q), 0), -1)  # P' = −x q(x)
    c0 = rng.randint(-4, 5)
    f = _antider(q, c0)
    a = rng.randint(1, 3)
    P_tex = _pt(P)
    sgn = "+" if not P_tex.startswith("-") else "-"
    body = P_tex if sgn == "+" else P_tex[1:]
    eq = _r(f"{_INT}f(x){_DX} = xf(x) {sgn} {body}", st)
    text = rng.choice([
        f"다항함수 f(x)가 {eq}를 만족시키고 f(0) = {c0}일 때, f({a})의 {_end(rng, '값')}{_pts(rng, 4)}",
        f"다항함수 f(x)에 대하여 {eq}이고 f(0) = {c0}이다. f({a})의 값은?",
    ])
    text = text.replace(f"{eq}를", josa(eq, "을/를"))
    return Problem(text=text, answer=_q(_ev(f, a)), format="computation", difficulty=4, achievement_level="B",
                   concepts=["부정적분", "도함수"],
                   check=lambda: sp.expand(_ex(f) - (_ex(f) + X * sp.diff(_ex(f), X) + sp.diff(_ex(P), X))) == 0 and _ev(f, 0) == c0)


@family(_S31, "antiderivatives-differ-by-constant")
def _n5_const(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = _rand_poly(rng, rng.choice([1, 2]))
    F = _antider(f, rng.randint(-5, 5))
    g0 = rng.randint(-6, 6)
    k = rng.randint(1, 3)
    G_at_k = _ev(F, k) - _ev(F, 0) + g0
    fx = _r(f"F(x) = {_pt(F)}", st)
    text = rng.choice([
        f"두 함수 F(x), G(x)가 모두 함수 f(x)의 부정적분이고 {fx}이다. G(0) = {g0}일 때, G({k})의 {_end(rng, '값')}",
        f"함수 f(x)의 부정적분 중 두 개를 F(x), G(x)라 하자. {fx}, G(0) = {g0}일 때, G({k})의 값은?",
        f"F′(x) = G′(x) = f(x)이고 {fx}, G(0) = {g0}이다. F({k}) − G({k})의 {_end(rng, '값')}",
    ])
    ans = G_at_k if "F(" + str(k) + ")" not in text else _ev(F, k) - G_at_k
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["부정적분", "적분상수"],
                   check=lambda: sp.nsimplify(_q(ans)) in (_ex(F).subs(X, k) - _ex(F).subs(X, 0) + g0, _ex(F).subs(X, 0) - g0))


_BOGI31 = [
    ("F′(x) = f(x)이면 ∫ f(x) dx = F(x) + C이다. (단, C는 적분상수)", True),
    ("d/dx ∫ f(x) dx = f(x)이다.", True),
    ("∫ {d/dx f(x)} dx = f(x)이다.", False),
    ("∫ {d/dx f(x)} dx = f(x) + C이다. (단, C는 적분상수)", True),
    ("함수 f(x)의 부정적분은 오직 하나뿐이다.", False),
    ("F(x)와 G(x)가 모두 f(x)의 부정적분이면 F(x) − G(x)는 상수이다.", True),
    ("F(x)와 G(x)가 모두 f(x)의 부정적분이면 F(x) = G(x)이다.", False),
    ("x²과 x² + 5는 모두 2x의 부정적분이다.", True),
    ("∫ 0 dx = 0이다.", False),
    ("함수 f(x)의 부정적분을 구하는 것은 미분의 역과정이다.", True),
]


@family(_S31, "concept-bogi")
def _n6_bogi(rng: random.Random) -> Problem:
    while True:
        stmts = rng.sample(_BOGI31, 3)
        if any(ok for _, ok in stmts):
            break
    st = pick_style(rng, (0.0, 0.7, 0.3))
    stmts = [(s.replace("x²", "x^2") if st == "plain" else s, ok) for s, ok in stmts]
    block, ch = bogi(rng, stmts)
    intro = rng.choice(["연속함수 f(x)에 대하여", "부정적분에 대한 설명으로", "다항함수 f(x)와 그 부정적분에 대하여"])
    text = f"{intro} {_bogi_q(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["부정적분", "적분상수"], choice=ch,
                   check=lambda: ch.options[ch.correct] == ", ".join(lab for lab, (_, ok) in zip("ㄱㄴㄷ", stmts, strict=True) if ok))


@family(_S31, "definition-fill")
def _n7_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = _rand_poly(rng, rng.choice([1, 2]))
    F = _antider(f, 0)
    kind = rng.randrange(3)
    if kind == 0:
        text = (f"다음 □ 안에 알맞은 말을 차례로 {_end(rng, '쓰')}\n"
                f"함수 F(x)의 도함수가 f(x)일 때, 즉 F′(x) = f(x)일 때 F(x)를 f(x)의 □이라 하고, 이것을 기호로 "
                f"{_jr(_INT + 'f(x)' + _DX, st, '과/와')} 같이 나타낸다. 또 {_r(_INT + 'f(x)' + _DX + ' = F(x) + C', st)}에서 C를 □라 한다.")
        ans = "부정적분, 적분상수"
    elif kind == 1:
        ex_ = _r(f"({_pt(F)})' = {_pt(f)}", st)
        text = (f"{ex_}이므로 {_r(_INT + '(' + _pt(f) + ')' + _DX, st)} = (   ) + C이다. (   ) 안에 알맞은 식을 {_end(rng, '쓰')} (단, C는 적분상수)")
        ans = _pa(F)
    else:
        c1 = rng.randint(1, 9)
        text = (f"{_r(_pt(F), st)}, {_r(_pt(F) + f' + {c1}', st)}, {_jr(_pt(F) + f' - {c1 + 1}', st, '을/를')} 미분하면 모두 (  )가 된다. "
                f"이처럼 한 함수의 부정적분은 무수히 많으며 서로 (  )만큼의 차이가 있다. (  ) 안에 알맞은 것을 차례로 {_end(rng, '쓰')}")
        ans = f"{_pa(f)}, 상수"
    return Problem(text=text, answer=ans, format="fill", difficulty=1 if kind != 1 else 2, achievement_level="E" if kind != 1 else "D",
                   concepts=["부정적분", "적분상수"], check=lambda: sp.expand(sp.diff(_ex(F), X) - _ex(f)) == 0)


@family(_S31, "explain-constant")
def _n8_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = _rand_poly(rng, rng.choice([1, 2]))
    F = _antider(f, 0)
    c1, c2 = rng.sample(range(-6, 7), 2)
    who = name(rng)
    kind = rng.randrange(3)
    if kind == 0:
        text = "함수 F(x), G(x)가 모두 함수 f(x)의 부정적분일 때, F(x) − G(x)가 상수임을 설명하시오. (힌트: H(x) = F(x) − G(x)의 도함수를 생각한다.)"
        ans = None
    elif kind == 1:
        text = (f"{josa(who, '은/는')} {_jr(_INT + '(' + _pt(f) + ')' + _DX, st, '을/를')} 계산하여 {_r(_pt(F), st)}라고 답하였다. "
                f"이 답에서 부족한 점을 찾아 바르게 고치고, 그 이유를 설명하시오.")
        ans = f"{_pa(F)} + C (C는 적분상수)"
    else:
        text = (f"두 함수 {_r(f'F(x) = {_pt(_add(F, [c1]))}', st)}, {_jr(f'G(x) = {_pt(_add(F, [c2]))}', st, '이/가')} 같은 함수의 부정적분인지 판단하고, "
                f"그 이유를 설명하시오.")
        ans = f"그렇다 (F′(x) = G′(x) = {_pa(f)}이고 F(x) − G(x) = {c1 - c2})"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A" if kind == 0 else "B",
                   concepts=["부정적분", "적분상수"], also=["12미적Ⅰ-02-06"] if kind == 0 else [],
                   check=lambda: sp.diff(_ex(_add(F, [c1])) - _ex(_add(F, [c2])), X) == 0)


@family(_S31, "unknown-coefficient-from-integral")
def _n9_coef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randint(-4, 4)
    b = rng.randint(1, 4)
    m = rng.randint(1, 3)
    # ∫ f(x) dx = x³ + a x² + b x + C  ⇒ f(x) = 3x² + 2a x + b ; given f(m) ⇒ a
    fm = 3 * m * m + 2 * a * m + b
    eq = _r(f"{_INT}f(x){_DX} = x^{{3}} + ax^{{2}} + {b}x + C", st)
    text = rng.choice([
        f"함수 f(x)에 대하여 {eq}이고 f({m}) = {fm}일 때, 상수 a의 {_end(rng, '값')} (단, C는 적분상수)",
        f"{eq} (C는 적분상수)이고 f({m}) = {fm}이다. 상수 a의 값은?",
    ])
    return Problem(text=text, answer=str(a), format="computation", difficulty=2, achievement_level="D",
                   concepts=["부정적분", "적분상수"],
                   check=lambda: sp.solve(sp.diff(X**3 + sp.Symbol("a") * X**2 + b * X, X).subs(X, m) - fm, sp.Symbol("a")) == [a])


# ================================================================================================
# 12미적Ⅰ-03-02 다항함수의 부정적분
# ================================================================================================
_S32 = "12미적Ⅰ-03-02"


def _int_ok(f, ans_poly) -> bool:
    """sympy: d/dx(answer) == integrand."""
    return sp.expand(sp.diff(_ex(ans_poly), X) - _ex(f)) == 0


@family(_S32, "integrate-polynomial")
def _p1_int(rng: random.Random) -> Problem:
    st = pick_style(rng)
    deg = rng.choice([1, 2, 2, 3, 3, 4])
    f = [rng.choice([1, 2, 3, 4, 6, -1, -3])] + [rng.randint(-6, 6) for _ in range(deg)]
    if rng.random() < 0.5:  # nicer textbook numbers: coefficients divisible by the new exponent
        f = [c * (deg - i + 1) if rng.random() < 0.7 else c for i, c in enumerate(f)]
    F = _antider(f, 0)
    v = rng.choice(["x", "x", "x", "t"])
    integ = _r(f"{_INT}({_pt(f, v)}) \\, d{v}", st)
    text = rng.choice([f"부정적분 {josa(integ, '을/를')} {_end(rng)}", f"다음 부정적분을 구하시오.\n{integ}",
                       f"{josa(integ, '을/를')} 계산하시오. (단, C는 적분상수)"])
    return Problem(text=text, answer=f"{_pa(F, v)} + C", format="computation", difficulty=1 if deg <= 2 else 2,
                   achievement_level="E" if deg <= 2 else "D", concepts=["부정적분", "적분상수"], check=lambda: _int_ok(f, F))


@family(_S32, "integrate-after-expanding")
def _p2_expand(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    a, b = rng.choice([-4, -3, -2, -1, 1, 2, 3, 4]), rng.choice([-3, -2, -1, 1, 2, 3, 5])
    if kind == 0:
        tex = f"(x {'+' if a >= 0 else '-'} {abs(a)})(x {'+' if b >= 0 else '-'} {abs(b)})"
        f = _mul([1, a], [1, b])
    elif kind == 1:
        k = rng.choice([2, 3])
        tex = f"({k}x {'+' if a >= 0 else '-'} {abs(a)})^{{2}}"
        f = _mul([k, a], [k, a])
    else:
        tex = f"x(x {'+' if a >= 0 else '-'} {abs(a)})^{{2}}"
        f = _mul([1, 0], _mul([1, a], [1, a]))
    tex = tex.replace("+ 0)", ")").replace("- 0)", ")")
    F = _antider(f, 0)
    integ = _r(f"{_INT}{tex}{_DX}", st)
    text = rng.choice([f"부정적분 {josa(integ, '을/를')} {_end(rng)}", f"다음을 계산하시오. (단, C는 적분상수)\n{integ}",
                       f"함수 {_r('f(x) = ' + tex, st)}의 부정적분을 {_end(rng)}"])
    return Problem(text=text, answer=f"{_pa(F)} + C", format="computation", difficulty=2, achievement_level="D",
                   concepts=["부정적분", "적분상수"], check=lambda: _int_ok(f, F))


@family(_S32, "integrate-quotient-or-sum")
def _p3_quot(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 2, 3, -1, -2])
    kind = rng.randrange(3)
    sa = f"x {'-' if a > 0 else '+'} {abs(a)}"
    if kind == 0:
        n = rng.choice([2, 3])
        tex = f"\\frac{{x^{{{n}}} - {a**n}}}{{{sa}}}" if a**n >= 0 else f"\\frac{{x^{{{n}}} + {-(a**n)}}}{{{sa}}}"
        f = [1, a] if n == 2 else [1, a, a * a]
        integ = _r(f"{_INT}{tex}{_DX}", st)
        orig = (X**n - a**n) / (X - a)
    elif kind == 1:
        integ = _r(f"{_INT}\\frac{{x^{{2}}}}{{{sa}}}{_DX} - {_INT}\\frac{{{a * a}}}{{{sa}}}{_DX}", st)
        f = [1, a]
        orig = X**2 / (X - a) - a * a / (X - a)
    else:
        m = rng.randint(1, 4)
        integ = _r(f"{_INT}\\frac{{x^{{3}}}}{{x + {m}}}{_DX} + {_INT}\\frac{{{m**3}}}{{x + {m}}}{_DX}", st)
        f = [1, -m, m * m]
        orig = X**3 / (X + m) + m**3 / (X + m)
    F = _antider(f, 0)
    text = rng.choice([f"{josa(integ, '을/를')} {_end(rng)}", f"다음 부정적분을 구하시오. (단, C는 적분상수)\n{integ}"])
    return Problem(text=text, answer=f"{_pa(F)} + C", format="computation", difficulty=3, achievement_level="C",
                   concepts=["부정적분", "적분상수"],
                   check=lambda: _int_ok(f, F) and sp.cancel(orig - _ex(f)) == 0)


@family(_S32, "f-from-derivative-and-value")
def _p4_fprime(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    deg = rng.choice([1, 2, 2, 3])
    fp = [rng.choice([1, 2, 3, 4, -2]) * deg] + [rng.randint(-5, 5) for _ in range(deg)]
    if deg >= 2:
        fp = [c * (deg - i + 1) // max(1, 1) if i == 0 else c for i, c in enumerate(fp)]
    x0, y0 = rng.randint(-2, 2), rng.randint(-6, 6)
    F = _antider(fp, 0)
    F[-1] = y0 - _ev(F, x0)
    a = rng.choice([v for v in range(-2, 4) if v != x0])
    fpx = _r(f"{fn}'(x) = {_pt(fp)}", st)
    text = rng.choice([
        f"함수 {fn}(x)에 대하여 {fpx}이고 {_r(f'{fn}({x0}) = {y0}', st)}일 때, {_r(f'{fn}({a})', st)}의 {_end(rng, '값')}",
        f"다항함수 {fn}(x)의 도함수가 {fpx}이다. {fn}({x0}) = {y0}일 때, {fn}({a})의 값은?",
        f"{fpx}, {fn}({x0}) = {y0}을 만족시키는 함수 {fn}(x)를 구하고, {fn}({a})의 값을 {_end(rng)}",
    ]).replace(f"{fn}({x0}) = {y0}을", josa(f"{fn}({x0}) = {y0}", "을/를"))
    ans = _q(_ev(F, a))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["부정적분", "적분상수"],
                   check=lambda: (_sint(fp, x0, a) + y0) == sp.nsimplify(ans))


@family(_S32, "curve-slope-through-point")
def _p5_curve(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fp = [rng.choice([3, 6, -3, 4]), rng.randint(-6, 6), rng.randint(-4, 4)]
    x0, y0 = rng.randint(-2, 2), rng.randint(-5, 5)
    F = _antider(fp, 0)
    F[-1] = y0 - _ev(F, x0)
    kind = rng.choice(["value", "yint", "root-sum"])
    intro = rng.choice([
        f"곡선 y = f(x) 위의 임의의 점 (x, f(x))에서의 접선의 기울기가 {_r(_pt(fp), st)}이고, 이 곡선이 점 ({x0}, {y0})을 지난다.",
        f"점 ({x0}, {y0})을 지나는 곡선 y = f(x) 위의 점 (x, y)에서의 접선의 기울기가 {_r(_pt(fp), st)}이다.",
    ]).replace(f"점 ({x0}, {y0})을", josa(f"점 ({x0}, {y0})", "을/를"))
    a = rng.choice([v for v in range(-1, 4) if v != x0])
    if kind == "value":
        tail, ans = f"f({a})의 {_end(rng, '값')}", _q(_ev(F, a))
    elif kind == "yint":
        tail, ans = f"이 곡선의 y절편을 {_end(rng)}", _q(F[-1])
    else:
        tail, ans = f"f(x)의 상수항과 최고차항의 계수의 합을 {_end(rng)}", _q(F[-1] + F[0])
    return Problem(text=f"{intro} {tail}", answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["부정적분", "적분상수", "접선의 기울기"], also=[],
                   check=lambda: sp.expand(sp.integrate(_ex(fp), (X, x0, X)) + y0 - _ex(F)) == 0)


_RATES = [
    ("어느 공장에서 제품을 x개 생산할 때 드는 총비용을 C(x)만 원이라 하자. 총비용의 변화율(한계비용)이 C′(x) = {e}이고, 제품을 하나도 생산하지 않을 때의 비용(고정비용)이 {c0}만 원이다.",
     "제품을 {n}개 생산할 때의 총비용", "만 원", "x"),
    ("어느 도시의 인구를 조사하기 시작한 지 t년 후의 인구를 P(t)천 명이라 하면, 인구의 변화율이 P′(t) = {e} (천 명/년)이고 처음 인구는 {c0}천 명이었다.",
     "조사를 시작한 지 {n}년 후의 인구", "천 명", "t"),
    ("어떤 식물의 키를 관찰하기 시작한 지 t주 후의 키를 h(t) cm라 하면, 키의 변화율이 h′(t) = {e} (cm/주)이고 관찰을 시작할 때의 키는 {c0} cm였다.",
     "관찰을 시작한 지 {n}주 후의 키", "cm", "t"),
    ("수조에 물을 넣기 시작한 지 t분 후 수조에 들어 있는 물의 양을 V(t) L라 하면, V′(t) = {e} (L/분)이고 처음에 수조에 {c0} L의 물이 들어 있었다.",
     "물을 넣기 시작한 지 {n}분 후 수조에 들어 있는 물의 양", "L", "t"),
]


@family(_S32, "rate-of-change-context")
def _p6_rate(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.3, 0.5, 0.2))
    ctx, ask, unit, v = rng.choice(_RATES)
    fp = [rng.choice([2, 4, 6]), rng.randint(1, 10)] if v == "x" else [rng.choice([2, 3, 6]), rng.randint(0, 8)]
    if "식물" in ctx:
        fp = [rng.choice([Fr(1, 2), 1]), rng.randint(1, 3)]
    c0 = rng.choice([5, 10, 20, 30, 50, 100]) if "인구" not in ctx else rng.choice([120, 250, 300, 480])
    n = rng.choice([2, 3, 4, 5, 10]) if v == "t" else rng.choice([10, 20, 30, 50])
    F = _antider(fp, c0)
    text = ctx.format(e=_r(_pt(fp, v), st), c0=c0) + f" {josa(ask.format(n=n), '을/를')} {_end(rng)}"
    ans = f"{_q(_ev(F, n))} {unit}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["부정적분", "적분상수"],
                   check=lambda: _sint(fp, 0, n) + c0 == sp.nsimplify(_q(_ev(F, n))))


@family(_S32, "value-mcq")
def _p7_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    fp = [rng.choice([3, 6, 4, -3]), rng.randint(-6, 6), rng.randint(-5, 5)]
    c0 = rng.randint(-4, 4)
    F = _antider(fp, c0)
    a = rng.choice([1, 2, -1, 3])
    ans = _ev(F, a)
    wrong = [ans - c0, _ev(fp, a), ans + 2 * c0 + 1, _ev(_mul(fp, [1, 0]), a) + c0, ans + 1, ans - 1]
    ch = _num_choices(rng, ans, wrong)
    fpx = _r(fn + "'(x) = " + _pt(fp), st)
    stem = rng.choice([
        f"함수 {fn}(x)가 {_r(f'{fn}(x) = {_INT}({_pt(fp)}){_DX}', st)}이고 {fn}(0) = {c0}일 때, {fn}({a})의 값은?{_pts(rng, 3)}",
        f"다항함수 {fn}(x)에 대하여 {fpx}, {fn}(0) = {c0}일 때, {fn}({a})의 값은?{_pts(rng, 2)}",
    ])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["부정적분", "적분상수"], choice=ch,
                   check=lambda: _sint(fp, 0, a) + c0 == sp.nsimplify(_q(ans)))


@family(_S32, "coefficient-fill")
def _p8_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    deg = rng.choice([2, 3])
    F = [rng.choice([1, 2, -1])] + [rng.randint(-5, 5) for _ in range(deg)] + [0]
    while any(c == 0 for c in F[1:-1]):
        F = [rng.choice([1, 2, -1])] + [rng.randint(-5, 5) for _ in range(deg)] + [0]
    f = _der(F)
    hide = rng.randrange(1, deg + 1)
    shown = [(c if i != hide else None) for i, c in enumerate(F)]
    n = len(F) - 1
    parts = []
    for i, c in enumerate(shown[:-1]):
        d = n - i
        mono = "x" if d == 1 else f"x^{{{d}}}"
        if c is None:
            parts.append(("+", "\\square " + mono))
        else:
            parts.append(("-" if c < 0 else "+", ("" if abs(c) == 1 else str(abs(c))) + mono))
    rhs = (parts[0][0] if parts[0][0] == "-" else "") + parts[0][1] + "".join(f" {s} {b}" for s, b in parts[1:])
    eq = _r(f"{_INT}({_pt(f)}){_DX} = {rhs} + C", st).replace("\\square", "□").replace("□ ", "□")
    if st == "latex":
        eq = eq.replace("□", "\\square ")
    text = rng.choice([f"다음 등식이 성립하도록 □ 안에 알맞은 수를 {_end(rng, '쓰')} (단, C는 적분상수)\n{eq}",
                       f"{eq}일 때, □ 안에 알맞은 수를 구하시오. (단, C는 적분상수)"])
    return Problem(text=text, answer=_q(F[hide]), format="fill", difficulty=2, achievement_level="D",
                   concepts=["부정적분", "적분상수"], check=lambda: _int_ok(f, F))


@family(_S32, "sum-and-difference-of-functions")
def _p9_sumdiff(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fp = [rng.choice([2, 4, 6]), rng.randint(-4, 4)]
    gp = [rng.choice([2, 4, -2]), rng.randint(-4, 4)]
    f0, g0 = rng.randint(-3, 5), rng.randint(-3, 5)
    s, d = _add(fp, gp), _add(fp, _scale(gp, -1))
    a = rng.choice([1, 2, 3])
    f = _antider(fp, f0)
    g = _antider(gp, g0)
    which = rng.choice(["f", "g", "fg"])
    ans = {"f": _ev(f, a), "g": _ev(g, a), "fg": _ev(f, a) * _ev(g, a)}[which]
    ask = {"f": f"f({a})", "g": f"g({a})", "fg": f"f({a})g({a})"}[which]
    e1 = _r(r"\frac{d}{dx}\{f(x) + g(x)\} = " + _pt(s), st)
    e2 = _r(r"\frac{d}{dx}\{f(x) - g(x)\} = " + _pt(d), st)
    text = f"두 다항함수 f(x), g(x)가 {e1}, {e2}를 만족시킨다. f(0) = {f0}, g(0) = {g0}일 때, {ask}의 {_end(rng, '값')}{_pts(rng, 4)}"
    text = text.replace(f"{e2}를", josa(e2, "을/를"))
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=4, achievement_level="B",
                   concepts=["부정적분", "적분상수"],
                   check=lambda: sp.nsimplify(_q(ans)) == {
                       "f": lambda: _sint(_scale(_add(s, d), Fr(1, 2)), 0, a) + f0,
                       "g": lambda: _sint(_scale(_add(s, _scale(d, -1)), Fr(1, 2)), 0, a) + g0,
                       "fg": lambda: (_sint(_scale(_add(s, d), Fr(1, 2)), 0, a) + f0) * (_sint(_scale(_add(s, _scale(d, -1)), Fr(1, 2)), 0, a) + g0),
                   }[which]())


@family(_S32, "piecewise-derivative-continuous")
def _p10_piece(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.randint(1, 2)
    k1 = rng.choice([2, 4, -2])
    b1 = rng.randint(-3, 3)
    left = [k1, b1]  # f'(x) for x < c
    slope_c = k1 * c + b1
    right = [slope_c] if rng.random() < 0.5 else [rng.choice([3, 6]), slope_c - rng.choice([3, 6]) * c]  # continuous f'
    right = right if len(right) == 2 and right[0] * c + right[1] == slope_c else [slope_c]
    f0 = rng.randint(-3, 4)
    FL = _antider(left, f0)
    FR = _antider(right, 0)
    FR[-1] = _ev(FL, c) - _ev(FR, c)
    a = c + rng.randint(1, 2)
    lt, rt = _pt(left), _pt(right)
    if st == "latex":
        piece = f"$f'(x) = \\begin{{cases}} {lt} & (x < {c}) \\\\ {rt} & (x \\ge {c}) \\end{{cases}}$"
    else:
        piece = f"f′(x) = {_r(lt, st)} (x < {c}), {_r(rt, st)} (x {'≥' if st == 'unicode' else '>='} {c})"
    text = rng.choice([
        f"실수 전체의 집합에서 미분가능한 함수 f(x)의 도함수가 {piece}이다. f(0) = {f0}일 때, f({a})의 {_end(rng, '값')}",
        f"미분가능한 함수 f(x)에 대하여 {piece}이고 f(0) = {f0}이다. f({a})의 값은?{_pts(rng, 4)}",
    ])
    ans = _ev(FR, a)
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=4, achievement_level="B",
                   concepts=["부정적분", "적분상수"],
                   check=lambda: _sint(left, 0, c) + _sint(right, c, a) + f0 == sp.nsimplify(_q(ans)))


# ================================================================================================
# 12미적Ⅰ-03-03 정적분의 개념과 성질
# ================================================================================================
_S33 = "12미적Ⅰ-03-03"


def _par(tex: str) -> str:
    """Parenthesise a polynomial body with more than one term (for ∫ (…) dx)."""
    return f"({tex})" if re.search(r"\S [+-] ", tex) else tex


def _dint(a, b, body: str, v: str = "x") -> str:
    """LaTeX-lite definite integral ∫_a^b body dv."""
    lo = a if isinstance(a, str) else _qt(a)
    hi = b if isinstance(b, str) else _qt(b)
    return f"\\int_{{{lo}}}^{{{hi}}} {body} \\, d{v}"


@family(_S33, "integral-as-area-linear")
def _c1_area(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.choice([1, 2, 3, Fr(1, 2), -1, -2])
    a = rng.randint(-2, 2)
    b = a + rng.randint(2, 5)
    lo = min(m * a, m * b)
    c = -lo + rng.randint(0, 3)  # make mx + c ≥ 0 on [a, b]
    f = [m, c]
    val = (_ev(f, a) + _ev(f, b)) * (b - a) / 2
    integ = _r(_dint(a, b, _par(_pt(f))), st)
    shape = "삼각형" if _ev(f, a) == 0 or _ev(f, b) == 0 else "사다리꼴"
    text = rng.choice([
        f"정적분 {integ}의 값을 함수 {_r('y = ' + _pt(f), st)}의 그래프와 x축 및 두 직선 x = {a}, {josa(f'x = {b}', '으로/로')} 둘러싸인 도형의 넓이를 이용하여 {_end(rng)}",
        f"도형의 넓이를 이용하여 {integ}의 {_end(rng, '값')}",
        f"닫힌구간 [{a}, {b}]에서 {_r('y = ' + _pt(f), st)}의 값은 음이 아니다. 이 그래프와 x축, 두 직선 x = {a}, {josa(f'x = {b}', '으로/로')} 둘러싸인 {shape}의 넓이를 구하여 {integ}의 값을 {_end(rng)}",
    ])
    return Problem(text=text, answer=_q(val), format="computation", difficulty=2, achievement_level="D",
                   concepts=["정적분", "넓이"], check=lambda: _sint(f, a, b) == sp.nsimplify(_q(val)))


@family(_S33, "interval-additivity")
def _c2_add(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    a, b, c = sorted(rng.sample(range(-3, 7), 3))
    p, q = rng.randint(-8, 12), rng.randint(-8, 12)
    itg = lambda u, w, val=None: _r(_dint(u, w, f"{fn}(x)") + ("" if val is None else f" = {val}"), st)  # noqa: E731
    kind = rng.randrange(4)
    if kind == 0:
        text, ans = f"{itg(a, b, p)}, {itg(b, c, q)}일 때, {itg(a, c)}의 {_end(rng, '값')}", p + q
    elif kind == 1:
        text, ans = f"{itg(a, c, p)}, {itg(a, b, q)}일 때, {itg(b, c)}의 {_end(rng, '값')}", p - q
    elif kind == 2:
        text, ans = f"연속함수 {fn}(x)에 대하여 {itg(a, b, p)}, {itg(c, b, q)}일 때, {itg(a, c)}의 값은?", p - q
    else:
        text, ans = f"{itg(a, c, p)}, {itg(b, c, q)}일 때, {itg(b, a)}의 {_end(rng, '값')}", q - p
    cs = sp.symbols("s0:3")  # values of ∫_a^b, ∫_b^c, ∫_a^c treated as unknowns with additivity

    def chk() -> bool:
        ab, bc = cs[0], cs[1]
        ac = ab + bc
        eqs = {0: [ab - p, bc - q], 1: [ac - p, ab - q], 2: [ab - p, -bc - q], 3: [ac - p, bc - q]}[kind]
        sol = sp.solve(eqs, [ab, bc], dict=True)[0]
        want = {0: ac, 1: bc, 2: ac, 3: -ab}[kind].subs(sol)
        return want == ans
    return Problem(text=text, answer=str(ans), format="computation", difficulty=2, achievement_level="D",
                   concepts=["정적분"], check=chk)


@family(_S33, "linearity")
def _c3_lin(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = sorted(rng.sample(range(-2, 5), 2))
    p, q = rng.randint(-6, 9), rng.randint(-6, 9)
    al, be = rng.choice([2, 3, -1, 1, 4]), rng.choice([-2, -1, 3, 2, -3])
    itg = lambda body, val=None: _r(_dint(a, b, body) + ("" if val is None else f" = {val}"), st)  # noqa: E731
    kind = rng.randrange(3)
    gsign = "+" if be > 0 else "-"
    alt = "" if al == 1 else ("-" if al == -1 else str(al))
    bet = "" if abs(be) == 1 else str(abs(be))
    body = "\\{" + f"{alt}f(x) {gsign} {bet}g(x)" + "\\}"
    c0 = rng.randint(1, 4)
    if kind == 0:
        text, ans = f"{itg('f(x)', p)}, {itg('g(x)', q)}일 때, {itg(body)}의 {_end(rng, '값')}", al * p + be * q
    elif kind == 1:
        s_, d_ = p + q, p - q
        plus, minus = itg("\\{f(x) + g(x)\\}", s_), itg("\\{f(x) - g(x)\\}", d_)
        text = f"{plus}, {minus}일 때, {itg('f(x)')}의 {_end(rng, '값')}"
        ans = p
    else:
        text = f"{itg('f(x)', p)}일 때, {itg(f'({al}f(x) + {c0})')}의 {_end(rng, '값')}"
        ans = al * p + c0 * (b - a)

    def chk() -> bool:
        F, G = sp.symbols("F G")  # the two integrals as unknowns; linearity is the only rule used
        if kind == 0:
            return al * F + be * G == sp.Integer(ans) + al * (F - p) + be * (G - q)
        if kind == 1:
            return sp.solve([F + G - (p + q), F - G - (p - q)], [F, G])[F] == ans
        return al * p + sp.integrate(sp.Integer(c0), (X, a, b)) == ans
    return Problem(text=text, answer=str(ans), format="computation", difficulty=2 if kind != 1 else 3,
                   achievement_level="D" if kind != 1 else "C", concepts=["정적분"], check=chk)


_BOGI33 = [
    ("∫ₐᵃ f(x) dx = 0이다.", True),
    ("∫ₐᵇ f(x) dx = −∫ᵇₐ f(x) dx이다.", True),
    ("∫ₐᵇ f(x) dx = ∫ᵇₐ f(x) dx이다.", False),
    ("∫ₐᵇ {f(x) + g(x)} dx = ∫ₐᵇ f(x) dx + ∫ₐᵇ g(x) dx이다.", True),
    ("∫ₐᵇ f(x)g(x) dx = ∫ₐᵇ f(x) dx × ∫ₐᵇ g(x) dx이다.", False),
    ("∫ₐᵇ kf(x) dx = k∫ₐᵇ f(x) dx이다. (단, k는 상수)", True),
    ("a < c < b일 때에만 ∫ₐᶜ f(x) dx + ∫ᶜᵇ f(x) dx = ∫ₐᵇ f(x) dx가 성립한다.", False),
    ("세 실수 a, b, c의 대소에 관계없이 ∫ₐᶜ f(x) dx + ∫ᶜᵇ f(x) dx = ∫ₐᵇ f(x) dx이다.", True),
    ("닫힌구간 [a, b]에서 f(x) ≥ 0이면 ∫ₐᵇ f(x) dx는 y = f(x)의 그래프와 x축 및 두 직선 x = a, x = b로 둘러싸인 도형의 넓이와 같다. (단, a < b)", True),
    ("∫ₐᵇ f(x) dx의 값은 항상 0 이상이다.", False),
    ("∫ₐᵇ f(x) dx = ∫ₐᵇ f(t) dt이다.", True),
]


@family(_S33, "properties-bogi")
def _c4_bogi(rng: random.Random) -> Problem:
    while True:
        stmts = rng.sample(_BOGI33, 3)
        if any(ok for _, ok in stmts):
            break
    if rng.random() < 0.4:  # plain-ASCII rendering of the bounds
        stmts = [(s.replace("ₐᵇ", "_a^b").replace("ᵇₐ", "_b^a").replace("ₐᵃ", "_a^a").replace("ₐᶜ", "_a^c").replace("ᶜᵇ", "_c^b"), ok)
                 for s, ok in stmts]
    block, ch = bogi(rng, stmts)
    intro = rng.choice(["실수 전체의 집합에서 연속인 두 함수 f(x), g(x)와 실수 a, b, c에 대하여", "정적분의 성질에 대한 설명으로",
                        "연속함수 f(x), g(x)에 대하여"])
    text = f"{intro} {_bogi_q(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", concepts=["정적분"], choice=ch,
                   check=lambda: ch.options[ch.correct] == ", ".join(lab for lab, (_, ok) in zip("ㄱㄴㄷ", stmts, strict=True) if ok))


@family(_S33, "bounds-property-fill")
def _c5_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = _rand_poly(rng, rng.choice([2, 3]))
    a, b = sorted(rng.sample(range(-2, 5), 2))
    v = _defint(f, a, b)
    fx = _par(_pt(f))
    kind = rng.randrange(3)
    if kind == 0:
        text = f"{_r(_dint(a, b, fx) + ' = ' + _qt(v), st)}일 때, {_r(_dint(b, a, fx), st)}의 {_end(rng, '값')}"
        ans = _q(-v)
    elif kind == 1:
        text = f"{_r(_dint(a, a, fx), st)} + {_r(_dint(b, a, fx), st)} + {_r(_dint(a, b, fx), st)}의 값을 정적분의 성질을 이용하여 {_end(rng)}"
        ans = "0"
    else:
        c = rng.choice([x_ for x_ in range(-3, 7) if x_ not in (a, b)])
        text = (f"다음 □ 안에 알맞은 수를 {_end(rng, '쓰')}\n"
                f"{_r(_dint(a, c, fx) + ' + ' + _dint(c, b, fx) + ' = ' + _dint('□', b, fx), st)}")
        ans = str(a)
    return Problem(text=text, answer=ans, format="fill" if kind == 2 else "computation", difficulty=2, achievement_level="D",
                   concepts=["정적분"], check=lambda: _sint(f, b, a) == -sp.nsimplify(_q(v)))


@family(_S33, "signed-area-linear")
def _c6_signed(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.randint(-1, 3)
    m = rng.choice([1, 2, -1, Fr(1, 2)])
    a = r - rng.randint(1, 3)
    b = r + rng.randint(1, 4)
    f = [m, -m * r]
    left = abs(_ev(f, a)) * (r - a) / 2
    right = abs(_ev(f, b)) * (b - r) / 2
    val = _defint(f, a, b)
    kind = rng.choice(["value", "area", "both"])
    integ = _r(_dint(a, b, _par(_pt(f))), st)
    if kind == "value":
        text = (f"함수 {_r('y = ' + _pt(f), st)}의 그래프와 x축 및 두 직선 x = {a}, {josa(f'x = {b}', '으로/로')} 둘러싸인 "
                f"두 삼각형의 넓이를 이용하여 {integ}의 {_end(rng, '값')}")
        ans = _q(val)
    elif kind == "area":
        text = (f"함수 {_r('y = ' + _pt(f), st)}의 그래프와 x축 및 두 직선 x = {a}, {josa(f'x = {b}', '으로/로')} 둘러싸인 두 삼각형의 넓이의 합을 S라 할 때, "
                f"S와 {integ}의 값을 각각 {_end(rng)}")
        ans = f"S = {_q(left + right)}, 정적분 = {_q(val)}"
    else:
        text = (f"{integ}의 값이 {_q(val)}인 이유를 y = {_pa(f)}의 그래프와 x축 사이의 두 삼각형의 넓이를 이용하여 설명하시오.")
        ans = f"{_q(right if m > 0 else left)} − {_q(left if m > 0 else right)} = {_q(val)}"
    fmt = "proof" if kind == "both" else "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3 if fmt != "proof" else 4,
                   achievement_level="C" if fmt != "proof" else "B", concepts=["정적분", "넓이"],
                   check=lambda: _sint(f, a, b) == sp.nsimplify(_q(val))
                   and _abs_int(f, a, b) == sp.nsimplify(_q(left + right)))


@family(_S33, "piecewise-linear-graph-data")
def _c7_poly(rng: random.Random) -> Problem:
    n = rng.choice([3, 4, 4, 5])
    xs = [0]
    for _ in range(n):
        xs.append(xs[-1] + rng.choice([1, 2, 2, 3]))
    ys = [rng.randint(-2, 4) for _ in xs]
    signed = rng.random() < 0.4
    if not signed:
        ys = [abs(y) for y in ys]
    fn = _f(rng)
    tot = sum(Fr(ys[i] + ys[i + 1]) * (xs[i + 1] - xs[i]) / 2 for i in range(n))
    table = "| x | " + " | ".join(map(str, xs)) + " |\n|" + "---|" * (n + 2) + "\n| " + fn + "(x) | " + " | ".join(map(str, ys)) + " |"
    st = pick_style(rng)
    text = rng.choice([
        f"함수 y = {fn}(x)의 그래프는 다음 표의 점들을 차례로 선분으로 이은 꺾은선이다.\n\n{table}\n\n{_r(_dint(0, xs[-1], fn + '(x)'), st)}의 값을 {_end(rng)}",
        f"닫힌구간 [0, {xs[-1]}]에서 정의된 함수 {fn}(x)의 그래프는 아래 표의 점 (x, {fn}(x))를 차례로 이은 선분들로 이루어져 있다.\n\n{table}\n\n정적분의 성질과 도형의 넓이를 이용하여 {_r(_dint(0, xs[-1], fn + '(x)'), st)}의 값을 {_end(rng)}",
    ])

    def chk() -> bool:
        tt = 0
        for i in range(n):
            slope = Fr(ys[i + 1] - ys[i], xs[i + 1] - xs[i])
            tt += _sint([slope, ys[i] - slope * xs[i]], xs[i], xs[i + 1])
        return tt == sp.nsimplify(_q(tot))
    return Problem(text=text, answer=_q(tot), format="data", difficulty=3 if not signed else 4, achievement_level="C" if not signed else "B",
                   concepts=["정적분", "넓이"], check=chk)


@family(_S33, "combine-intervals")
def _c8_combine(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = [rng.choice([3, 6, -3, 4])] + [rng.randint(-4, 4) * 2 for _ in range(2)]
    a, b, c = sorted(rng.sample(range(-2, 5), 3))
    fx = _par(_pt(f))
    kind = rng.randrange(3)
    if kind == 0:
        expr, ans = f"{_dint(a, b, fx)} + {_dint(b, c, fx)}", _defint(f, a, c)
    elif kind == 1:
        expr, ans = f"{_dint(a, c, fx)} - {_dint(b, c, fx)}", _defint(f, a, b)
    else:
        expr, ans = f"{_dint(a, b, fx)} + {_dint(b, c, fx)} + {_dint(c, a, fx)}", Fr(0)
    text = rng.choice([f"{_jr(expr, st, '을/를')} 계산하시오.", f"다음 식의 값을 {_end(rng)}\n{_r(expr, st)}",
                       f"{_r(expr, st)}의 값은?"])
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["정적분"], also=["12미적Ⅰ-03-04"] if kind != 2 else [],
                   check=lambda: sp.nsimplify(_q(ans)) == [_sint(f, a, b) + _sint(f, b, c), _sint(f, a, c) - _sint(f, b, c),
                                                           _sint(f, a, b) + _sint(f, b, c) + _sint(f, c, a)][kind])


@family(_S33, "combine-integrands")
def _c9_integrands(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = sorted(rng.sample(range(-1, 4), 2))
    common = [rng.choice([1, 2]), rng.randint(-3, 3), 0, 0]  # hard part that cancels
    g1 = [rng.randint(1, 4) * 3, rng.randint(-4, 4)]
    g2 = [rng.randint(-4, 4), rng.randint(-4, 4)]
    f1, f2 = _add(common, g1), _add(common, g2)
    sign = rng.choice(["+", "-"])
    if sign == "-":
        ans = _defint(_add(g1, _scale(g2, -1)), a, b)
        expr = f"{_dint(a, b, _par(_pt(f1)))} - {_dint(a, b, _par(_pt(f2)))}"
    else:
        f2n = _add(_scale(common, -1), g2)
        ans = _defint(_add(g1, g2), a, b)
        expr = f"{_dint(a, b, _par(_pt(f1)))} + {_dint(a, b, _par(_pt(f2n)))}"
    text = rng.choice([f"정적분의 성질을 이용하여 다음 식의 값을 {_end(rng)}\n{_r(expr, st)}", f"{_r(expr, st)}의 {_end(rng, '값')}"])
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["정적분"], also=["12미적Ⅰ-03-04"],
                   check=lambda: sp.nsimplify(_q(ans)) == (_sint(f1, a, b) + (-1 if sign == "-" else 1) * _sint(
                       f2 if sign == "-" else _add(_scale(common, -1), g2), a, b)))


@family(_S33, "rectangle-estimate-task")
def _c10_rect(rng: random.Random) -> Problem:
    k = rng.choice([1, 1, 2, 3])
    deg = rng.choice([2, 2, 3])
    b = rng.choice([1, 2, 2, 3])
    n = rng.choice([2, 4, 4, 5])
    w = Fr(b, n)
    f = [k] + [0] * deg
    left = sum(_ev(f, i * w) for i in range(n)) * w
    right = sum(_ev(f, (i + 1) * w) for i in range(n)) * w
    exact = _defint(f, 0, b)
    st = pick_style(rng)
    fy = _r("y = " + _pt(f), st)
    text = rng.choice([
        f"[탐구] 곡선 {josa(fy, '과/와')} x축 및 직선 {josa(f'x = {b}', '으로/로')} 둘러싸인 도형의 넓이를 어림하려고 한다. 구간 [0, {b}]를 {n}등분하여\n"
        f"(1) 각 소구간의 왼쪽 끝점에서의 함숫값을 높이로 하는 직사각형들의 넓이의 합 L\n(2) 오른쪽 끝점에서의 함숫값을 높이로 하는 직사각형들의 넓이의 합 R\n"
        f"을 각각 구하고, 실제 넓이 {_jr(_dint(0, b, _pt(f)), st, '과/와')} 비교하시오.",
        f"구간 [0, {b}]를 {n}개의 같은 길이의 구간으로 나누고, 곡선 {fy} 아래에 들어가는 직사각형들(왼쪽 끝점 기준)과 곡선을 덮는 직사각형들(오른쪽 끝점 기준)의 넓이의 합을 각각 구하시오. "
        f"또 등분하는 개수를 늘리면 두 값이 어떤 값에 가까워질지 예상해 보시오.",
    ])
    ans = f"L = {_q(left)}, R = {_q(right)}, 실제 넓이 {_q(exact)}"
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="B", concepts=["정적분", "넓이"],
                   check=lambda: left <= _sint(f, 0, b) <= right
                   and sp.Rational(right.numerator, right.denominator) - sp.Rational(left.numerator, left.denominator) == w * _ev(f, b))


# ================================================================================================
# 12미적Ⅰ-03-04 부정적분과 정적분의 관계, 다항함수의 정적분
# ================================================================================================
_S34 = "12미적Ⅰ-03-04"


@family(_S34, "compute-definite-integral")
def _d1_compute(rng: random.Random) -> Problem:
    st = pick_style(rng)
    deg = rng.choice([1, 2, 2, 3, 3])
    f = [rng.choice([1, 2, 3, 4, 6, -3])] + [rng.randint(-6, 6) for _ in range(deg)]
    f = [c * (deg - i + 1) if i == 0 and rng.random() < 0.6 else c for i, c in enumerate(f)]
    a = rng.randint(-2, 1)
    b = a + rng.randint(1, 3)
    v = rng.choice(["x", "x", "t"])
    integ = _r(_dint(a, b, _par(_pt(f, v)), v), st)
    text = rng.choice([f"{integ}의 {_end(rng, '값')}", f"다음 정적분의 값을 {_end(rng)}\n{integ}", f"정적분 {_jr(_dint(a, b, _par(_pt(f, v)), v), st, '을/를')} 계산하시오."])
    ans = _defint(f, a, b)
    if rng.random() < 0.3:
        F = _antider(f, 0)
        wrong = [_ev(F, b), _ev(F, b) + _ev(F, a), -ans, _ev(_mul(f, [1, 0]), b) - _ev(_mul(f, [1, 0]), a), ans + (b - a)]
        ch = _num_choices(rng, ans, wrong)
        stem = f"{integ}의 값은?{_pts(rng, 2)}"
        return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", concepts=["정적분"],
                       choice=ch, check=lambda: _sint(f, a, b) == sp.nsimplify(_q(ans)))
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=2 if deg <= 2 else 3, achievement_level="D" if deg <= 2 else "C",
                   concepts=["정적분"], check=lambda: _sint(f, a, b) == sp.nsimplify(_q(ans)))


@family(_S34, "ftc-derivative")
def _d2_ftc(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = [rng.choice([1, 2, 3, -1])] + [rng.randint(-5, 5) for _ in range(rng.choice([1, 2]))]
    a = rng.randint(-2, 2)
    x0 = rng.randint(-2, 3)
    kind = rng.randrange(3)
    body = _par(_pt(f, "t"))
    if kind == 0:
        expr = _r(r"\frac{d}{dx} " + _dint(a, "x", body, "t"), st)
        text = f"{josa(expr, '을/를')} 구하고, x = {x0}일 때의 값을 {_end(rng)}"
        ans = f"{_pa(f)}, {_q(_ev(f, x0))}"
    elif kind == 1:
        g = _r("g(x) = " + _dint(a, "x", body, "t"), st)
        text = rng.choice([f"함수 {g}에 대하여 g′({x0})의 {_end(rng, '값')}", f"{g}일 때, g′({x0})의 값은?"])
        ans = _q(_ev(f, x0))
    else:
        g = _r("F(x) = " + _dint(a, "x", body, "t"), st)
        text = f"함수 {g}에 대하여 F({a}) + F′({x0})의 {_end(rng, '값')}"
        ans = _q(_ev(f, x0))
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["정적분", "도함수"],
                   check=lambda: sp.diff(sp.integrate(_ex(f, T), (T, a, X)), X).subs(X, x0) == _ex(f).subs(X, x0))


@family(_S34, "integral-equation-upper-x")
def _d3_equation(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    F = [rng.choice([1, 2, -1])] + [rng.randint(-5, 5) for _ in range(rng.choice([1, 2]))] + [0]
    a = rng.choice([1, 2, -1, 3])
    k = -_ev(F, a)  # F(x) + k vanishes at x = a
    b = rng.randint(-2, 3)
    f = _der(F)
    kind = rng.choice(["k", "fb", "both"])
    lhs = _dint(a, "x", f"{fn}(t)", "t")
    rhs = _pt(F) + " + k"
    eq = _r(f"{lhs} = {rhs}", st)
    base = f"다항함수 {fn}(x)가 모든 실수 x에 대하여 {josa(eq, '을/를')} 만족시킬 때,"
    if kind == "k":
        text, ans = f"{base} 상수 k의 {_end(rng, '값')}", _q(k)
    elif kind == "fb":
        text, ans = f"{base} {fn}({b})의 {_end(rng, '값')} (단, k는 상수){_pts(rng, 3)}", _q(_ev(f, b))
    else:
        text, ans = f"{base} k + {fn}({b})의 {_end(rng, '값')} (단, k는 상수){_pts(rng, 3)}", _q(k + _ev(f, b))

    def chk() -> bool:
        kk = sp.Symbol("k")
        ksol = sp.solve(_ex(F).subs(X, a) + kk, kk)[0]
        fb = sp.diff(_ex(F), X).subs(X, b)
        return sp.nsimplify(ans) == {"k": ksol, "fb": fb, "both": ksol + fb}[kind]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["정적분", "도함수"], check=chk)


@family(_S34, "function-with-constant-integral")
def _d4_const(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    kind = rng.randrange(2)
    p = [rng.choice([3, 6, 2, 4]), rng.randint(-4, 4)]  # known part
    a, b = 0, rng.choice([1, 2, 3])
    if kind == 0:  # f(x) = p(x) + c, c = ∫_a^b f ⇒ c = ∫p + c(b − a)
        if b == 1:
            b = 2
        c = _defint(p, a, b) / (1 - (b - a))
        f = _add(p, [c])
        expr = _r(f"{fn}(x) = {_pt(p)} + {_dint(a, b, fn + '(t)', 't')}", st)
    else:  # f(x) = p2(x) + x·c, c = ∫_0^1 f(t) dt ⇒ c = ∫p2 + c/2 ⇒ c = 2∫p2
        b = 1
        p = [rng.choice([3, 6, -3]), 0, rng.randint(-4, 4)]
        c = 2 * _defint(p, 0, 1)
        f = _add(p, [c, 0])
        expr = _r(f"{fn}(x) = {_pt(p)} + x{_dint(0, 1, fn + '(t)', 't')}", st)
    x0 = rng.choice([0, 1, 2, -1])
    text = rng.choice([f"함수 {expr}에 대하여 {fn}({x0})의 {_end(rng, '값')}{_pts(rng, 4)}",
                       f"다항함수 {fn}(x)가 {josa(expr, '을/를')} 만족시킬 때, {fn}({x0})의 값은?"])
    ans = _ev(f, x0)

    def chk() -> bool:
        e = _ex(f)
        ok = sp.integrate(e, (X, a, b)) == sp.nsimplify(_q(c))
        return ok and e.subs(X, x0) == sp.nsimplify(_q(ans))
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=4, achievement_level="B",
                   concepts=["정적분"], check=chk)


@family(_S34, "piecewise-function-integral")
def _d5_piece(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.choice([0, 1, 1, 2])
    m = rng.choice([1, 2, 3, -1])
    left = [m, rng.randint(-2, 3)]
    k = _ev(left, c)
    right = [rng.choice([1, 3, -1]), 0, 0]
    right = _add(right, [k - _ev(right, c)])  # continuous at c
    a = c - rng.randint(1, 2)
    b = c + rng.randint(1, 2)
    ans = _defint(left, a, c) + _defint(right, c, b)
    lt, rt = _pt(left), _pt(right)
    if st == "latex":
        piece = f"$f(x) = \\begin{{cases}} {lt} & (x < {c}) \\\\ {rt} & (x \\ge {c}) \\end{{cases}}$"
    else:
        piece = f"f(x) = {_r(lt, st)} (x < {c}), {_r(rt, st)} (x {'≥' if st == 'unicode' else '>='} {c})"
    text = rng.choice([f"함수 {piece}에 대하여 {_r(_dint(a, b, 'f(x)'), st)}의 {_end(rng, '값')}",
                       f"실수 전체의 집합에서 연속인 함수 {piece}일 때, {_r(_dint(a, b, 'f(x)'), st)}의 값은?{_pts(rng, 3)}"])
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=3, achievement_level="C", concepts=["정적분"],
                   check=lambda: _sint(left, a, c) + _sint(right, c, b) == sp.nsimplify(_q(ans)) and _ev(left, c) == _ev(right, c))


@family(_S34, "absolute-value-integral")
def _d6_abs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    if kind == 0:
        c = rng.randint(-1, 3)
        m = rng.choice([1, 2, 3])
        a = c - rng.randint(1, 3)
        b = c + rng.randint(1, 4)
        inner = _pt([m, -m * c])
        ans = Fr(m) * ((c - a) ** 2 + (b - c) ** 2) / 2
        poly = [m, -m * c]
    else:
        r = rng.choice([1, 2])
        a, b = 0, r + rng.choice([1, 2])
        inner = _pt([1, 0, -r * r])
        poly = [1, 0, -r * r]
        ans = _defint([-1, 0, r * r], 0, r) + _defint([1, 0, -r * r], r, b)
    integ = _r(_dint(a, b, f"\\left| {inner} \\right|"), st)
    text = rng.choice([f"{integ}의 {_end(rng, '값')}", f"다음 정적분의 값을 {_end(rng)}\n{integ}"])
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=3, achievement_level="C", concepts=["정적분"],
                   check=lambda: _abs_int(poly, a, b) == sp.nsimplify(_q(ans)))


@family(_S34, "symmetric-interval")
def _d7_sym(rng: random.Random) -> Problem:
    st = pick_style(rng)
    deg = rng.choice([3, 4, 5])
    f = [rng.choice([1, 2, 3, 5, -1])] + [rng.randint(-6, 6) for _ in range(deg)]
    a = rng.choice([1, 1, 2, 3])
    ans = _defint(f, -a, a)
    integ = _r(_dint(-a, a, _par(_pt(f))), st)
    text = rng.choice([f"{integ}의 {_end(rng, '값')}", f"함수의 그래프의 대칭성을 이용하여 {josa(integ, '을/를')} 계산하시오.",
                       f"{integ}의 값은?{_pts(rng, 2)}"])
    if text.endswith("값은?") or "[2점]" in text or "[3점]" in text or "[4점]" in text:
        even = [c if (len(f) - 1 - i) % 2 == 0 else 0 for i, c in enumerate(f)]
        odd_only = _defint(_add(f, _scale(even, -1)), 0, a)
        ch = _num_choices(rng, ans, [ans / 2, 2 * _defint(f, 0, a), odd_only * 2 + ans, -ans, ans + 2])
        text = with_choices(text, ch)
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", concepts=["정적분"], choice=ch,
                       check=lambda: _sint(f, -a, a) == sp.nsimplify(_q(ans)))
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=3, achievement_level="C", concepts=["정적분"],
                   check=lambda: _sint(f, -a, a) == sp.nsimplify(_q(ans)))


@family(_S34, "limit-of-integral")
def _d8_limit(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "f", "g"])  # not h: h is the limit variable
    f = [rng.choice([1, 2, 3, -1])] + [rng.randint(-5, 5) for _ in range(rng.choice([2, 3]))]
    a = rng.randint(-1, 3)
    kind = rng.randrange(3)
    fx = _r(f"{fn}(x) = {_pt(f)}", st)
    if kind == 0:
        lim = _r(r"\lim_{x \to " + str(a) + r"} \frac{1}{x - " + _pn(a) + "} " + _dint(a, "x", f"{fn}(t)", "t"), st)
        ans = _ev(f, a)
    elif kind == 1:
        lim = _r(r"\lim_{h \to 0} \frac{1}{h} " + _dint(a, f"{a} + h", f"{fn}(t)", "t"), st)
        ans = _ev(f, a)
    else:
        lim = _r(r"\lim_{h \to 0} \frac{1}{h} " + _dint(f"{a} - h", f"{a} + h", f"{fn}(t)", "t"), st)
        ans = 2 * _ev(f, a)
    text = rng.choice([f"함수 {fx}에 대하여 {lim}의 {_end(rng, '값')}{_pts(rng, 3)}", f"{fx}일 때, {lim}의 값은?"])
    text = text.replace("x - (", "x - (")

    def chk() -> bool:
        h = sp.Symbol("h")
        Fp = sp.integrate(_ex(f, T), T)
        if kind == 0:
            return sp.cancel((Fp.subs(T, X) - Fp.subs(T, a)) / (X - a)).subs(X, a) == sp.nsimplify(_q(ans))
        lo = a if kind == 1 else a - h
        return sp.cancel((Fp.subs(T, a + h) - Fp.subs(T, lo)) / h).subs(h, 0) == sp.nsimplify(_q(ans))
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=4, achievement_level="B",
                   concepts=["정적분", "미분계수"], check=chk)


@family(_S34, "extremum-of-integral-function")
def _d9_ext(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randint(-2, 1)
    q = p + rng.choice([1, 2, 3])
    k = rng.choice([1, 3, 6])
    f = _from_roots(k, [p, q])  # integrand
    G = _antider(f, 0)  # g(x) = ∫_0^x f(t) dt
    M = _ev(G, p)  # k > 0: local max at p
    m = _ev(G, q)
    kind = rng.choice(["max", "min", "diff"])
    g = _r("g(x) = " + _dint(0, "x", _par(_pt(f, "t")), "t"), st)
    if kind == "max":
        text, ans = f"함수 {g}의 극댓값을 {_end(rng)}", _q(M)
    elif kind == "min":
        text, ans = f"함수 {g}의 극솟값을 {_end(rng)}", _q(m)
    else:
        text, ans = f"함수 {g}의 극댓값과 극솟값의 차를 {_end(rng)}{_pts(rng, 4)}", _q(M - m)

    def chk() -> bool:
        e = sp.integrate(_ex(f, T), (T, 0, X))
        vals = {_ext_kind(_antider(f, 0), c): e.subs(X, c) for c in _crit(_antider(f, 0))}
        return sp.nsimplify(ans) == {"max": vals["max"], "min": vals["min"], "diff": vals["max"] - vals["min"]}[kind]
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["정적분", "극댓값", "극솟값"], also=[_S27], check=chk)


@family(_S34, "evaluation-process-fill")
def _d10_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = [rng.choice([3, 6, 4, -3])] + [rng.randint(-4, 4) * 2, rng.randint(-5, 5)]
    a = rng.randint(-1, 1)
    b = a + rng.randint(1, 3)
    F = _antider(f, 0)
    integ = _dint(a, b, _par(_pt(f)))
    Fa, Fb = _ev(F, a), _ev(F, b)
    brack = _r("\\left[ (가) \\right]_{" + _qt(a) + "}^{" + _qt(b) + "}", st)
    text = (f"다음은 정적분 {_r(integ, st)}의 값을 구하는 과정이다. (가), (나), (다)에 알맞은 것을 {_end(rng, '쓰')}\n"
            f"{_r(integ, st)} = {brack} = (나) − ({_q(Fa)}) = (다)")
    ans = f"(가) {_pa(F)}, (나) {_q(Fb)}, (다) {_q(Fb - Fa)}"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D", concepts=["정적분", "부정적분"],
                   check=lambda: _sint(f, a, b) == sp.nsimplify(_q(Fb - Fa)))


# ================================================================================================
# 12미적Ⅰ-03-05 곡선으로 둘러싸인 도형의 넓이
# ================================================================================================
_S35 = "12미적Ⅰ-03-05"


def _area_between(f, g) -> sp.Expr:
    """sympy: area enclosed between polynomial curves f and g (from the least to the greatest intersection)."""
    h = sp.Poly(_ex(f) - _ex(g), X)
    rts = sorted(set(h.real_roots()), key=float)
    Q = h.integrate()
    return sum(abs(Q.eval(v) - Q.eval(u)) for u, v in itertools.pairwise(rts))


def _ask_area(rng: random.Random) -> str:
    return rng.choice(["도형의 넓이를 구하시오.", "도형의 넓이를 구하세요.", "부분의 넓이를 구하여라.", "도형의 넓이는?", "부분의 넓이를 구해 보시오."])


@family(_S35, "curve-and-x-axis")
def _a1_xaxis(rng: random.Random) -> Problem:
    st = pick_style(rng)
    if rng.random() < 0.6:
        k = rng.choice([1, -1, 2, 3, -3, Fr(1, 2)])
        p = rng.randint(-3, 1)
        q = p + rng.choice([1, 2, 3, 4])
        f = _from_roots(k, [p, q])
        ans = abs(k) * Fr((q - p) ** 3, 6)
        d = 2
    else:
        p = rng.randint(-3, -1)
        q = rng.randint(1, 3)
        f = _from_roots(rng.choice([1, -1]), [p, 0, q])
        ans = abs(_defint(f, p, 0)) + abs(_defint(f, 0, q))
        d = 3
    text = rng.choice([f"곡선 {_jr('y = ' + _pt(f), st, '과/와')} x축으로 둘러싸인 {_ask_area(rng)}",
                       f"함수 {_r('y = ' + _pt(f), st)}의 그래프와 x축으로 둘러싸인 {_ask_area(rng)}"])
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["넓이", "정적분"], check=lambda: _area_between(f, [0]) == sp.nsimplify(_q(ans)))


@family(_S35, "parabola-and-line")
def _a2_line(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([1, 1, -1, 2, -2])
    p = rng.randint(-3, 1)
    q = p + rng.choice([1, 2, 3, 4])
    line = [rng.randint(-4, 4), rng.randint(-5, 5)]
    f = _add(_from_roots(k, [p, q]), line)
    ans = abs(k) * Fr((q - p) ** 3, 6)
    if rng.random() < 0.35:
        ch = _num_choices(rng, ans, [Fr((q - p) ** 3, 6) * (abs(k) + 1), 2 * ans, ans / 2, Fr((q - p) ** 3, 3) * abs(k), ans + 1], positive=True)
        stem = f"곡선 {_jr('y = ' + _pt(f), st, '과/와')} 직선 {_jr('y = ' + _pt(line), st, '으로/로')} 둘러싸인 도형의 넓이는?{_pts(rng, 3)}"
        return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                       concepts=["넓이", "정적분"], choice=ch, check=lambda: _area_between(f, line) == sp.nsimplify(_q(ans)))
    text = rng.choice([
        f"곡선 {_jr('y = ' + _pt(f), st, '과/와')} 직선 {_jr('y = ' + _pt(line), st, '으로/로')} 둘러싸인 {_ask_area(rng)}",
        f"포물선 {_jr('y = ' + _pt(f), st, '과/와')} 직선 {_jr('y = ' + _pt(line), st, '으로/로')} 둘러싸인 {_ask_area(rng)}",
    ])
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["넓이", "정적분"], check=lambda: _area_between(f, line) == sp.nsimplify(_q(ans)))


@family(_S35, "two-parabolas")
def _a3_two(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k1 = rng.choice([1, 2, 3])
    k2 = -rng.choice([1, 2])
    p = rng.randint(-2, 1)
    q = p + rng.choice([1, 2, 3])
    base = [rng.choice([0, 1, -1]), rng.randint(-3, 3), rng.randint(-3, 3)]
    # f − g = (k1 − k2)(x − p)(x − q); choose f = base + k1(x−p)(x−q)·?, g = base + k2(x−p)(x−q)
    f = _add(base, _from_roots(k1, [p, q]))
    g = _add(base, _from_roots(k2, [p, q]))
    if len(f) < 3 or len(g) < 3 or f[0] == 0 or g[0] == 0:
        f, g = _from_roots(k1, [p, q]), _from_roots(k2, [p, q])
    ans = (k1 - k2) * Fr((q - p) ** 3, 6)
    text = f"두 곡선 {_r('y = ' + _pt(f), st)}, {_jr('y = ' + _pt(g), st, '으로/로')} 둘러싸인 {_ask_area(rng)}"
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["넓이", "정적분"], check=lambda: _area_between(f, g) == sp.nsimplify(_q(ans)))


@family(_S35, "tangent-line-region")
def _a4_tangent(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([1, 2, 3, Fr(1, 2)])
    c = rng.randint(-2, 3)
    a = rng.choice([1, 2, 3, -1, -2])
    f = [k, 0, c]
    slope = 2 * k * a
    tl = [slope, _ev(f, a) - slope * a]
    ans = abs(k) * Fr(abs(a) ** 3, 3)  # between curve, tangent at x = a and the y-axis
    text = rng.choice([
        f"곡선 {_r('y = ' + _pt(f), st)} 위의 점 ({a}, {_q(_ev(f, a))})에서의 접선과 이 곡선 및 y축으로 둘러싸인 {_ask_area(rng)}",
        f"곡선 {_r('y = ' + _pt(f), st)}에 접하고 접점의 x좌표가 {a}인 직선을 l이라 할 때, 곡선과 직선 l 및 y축으로 둘러싸인 {_ask_area(rng)}",
    ])
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=4, achievement_level="B",
                   concepts=["넓이", "정적분", "접선"], also=["12미적Ⅰ-02-05"],
                   check=lambda: abs(_sint(_add(f, _scale(tl, -1)), 0, a)) == sp.nsimplify(_q(ans)))


@family(_S35, "area-given-find-parameter")
def _a5_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kv = rng.choice([1, 2, 3, 6])
    kind = rng.randrange(2)
    if kind == 0:  # y = x² − kx and x-axis: area k³/6
        area = Fr(kv**3, 6)
        curve = _r("y = x^{2} - kx", st)
        text = f"양수 k에 대하여 곡선 {_jr('y = x^{2} - kx', st, '과/와')} x축으로 둘러싸인 도형의 넓이가 {_q(area)}일 때, k의 {_end(rng, '값')}"
    else:  # y = x² and y = kx: area k³/6
        area = Fr(kv**3, 6)
        curve = _r("y = kx", st)
        text = f"곡선 {_jr('y = x^{2}', st, '과/와')} 직선 {curve}로 둘러싸인 도형의 넓이가 {_q(area)}일 때, 양수 k의 {_end(rng, '값')}{_pts(rng, 3)}"
    return Problem(text=text, answer=str(kv), format="computation", difficulty=3, achievement_level="C",
                   concepts=["넓이", "정적분"], check=lambda: _area_between([1, -kv, 0], [0]) == sp.nsimplify(_q(area)))


@family(_S35, "equal-areas")
def _a6_equal(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b = rng.choice([3, 6, 9]) // 3 * 3
    k = Fr(2 * b, 3)  # ∫_0^b (x² − kx) dx = 0
    text = rng.choice([
        f"곡선 {_jr('y = x^{2} - kx', st, '과/와')} x축 및 직선 {josa(f'x = {b}', '으로/로')} 둘러싸인 두 부분의 넓이가 서로 같을 때, 양수 k의 {_end(rng, '값')} (단, 0 < k < {b})",
        f"0 < k < {b}일 때, 곡선 y = x(x − k)와 x축으로 둘러싸인 부분의 넓이를 A, 곡선 y = x(x − k)와 x축 및 직선 {josa(f'x = {b}', '으로/로')} 둘러싸인 부분의 넓이를 B라 하자. A = B일 때 k의 값은?{_pts(rng, 4)}",
    ])
    return Problem(text=text, answer=_q(k), format="computation", difficulty=4, achievement_level="B",
                   concepts=["넓이", "정적분"],
                   check=lambda: sp.solve(sp.integrate(X**2 - sp.Symbol("k") * X, (X, 0, b)), sp.Symbol("k")) == [sp.nsimplify(_q(k))])


@family(_S35, "cubic-and-line-symmetric")
def _a7_cubic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([1, 2, 3])
    kind = rng.randrange(2)
    if kind == 0:  # y = x³ and y = k²x
        f, g = [1, 0, 0, 0], [k * k, 0]
        ans = Fr(k**4, 2)
    else:  # y = x³ − 3x² … shifted: y = (x − 1)³ and y = k²(x − 1)
        f = _from_roots(1, [1, 1, 1])
        g = [k * k, -k * k]
        ans = Fr(k**4, 2)
    fy, gy = _pt(f), _pt(g)
    stem = f"곡선 {_jr('y = ' + fy, st, '과/와')} 직선 {_jr('y = ' + gy, st, '으로/로')} 둘러싸인 도형의 넓이는?{_pts(rng, 3)}"
    if rng.random() < 0.5:
        ch = _num_choices(rng, ans, [ans / 2, 2 * ans, ans + 1, Fr(k**4, 4), 0 if k > 1 else 3], positive=True)
        return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                       concepts=["넓이", "정적분"], choice=ch, check=lambda: _area_between(f, g) == sp.nsimplify(_q(ans)))
    return Problem(text=stem.replace("도형의 넓이는?", "도형의 넓이를 " + _end(rng)), answer=_q(ans), format="computation", difficulty=3,
                   achievement_level="C", concepts=["넓이", "정적분"], check=lambda: _area_between(f, g) == sp.nsimplify(_q(ans)))


@family(_S35, "inverse-function-area")
def _a8_inverse(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.choice([1, 2, 3])
    c = rng.randint(0, 2)
    f = [1, 0, m, c]  # increasing, f(0) = c
    b = rng.choice([1, 2])
    fb = _ev(f, b)
    ans = b * fb - 0 * c - _defint(f, 0, b)  # ∫_{f(0)}^{f(b)} g(y) dy = b f(b) − 0·f(0) − ∫_0^b f
    text = rng.choice([
        f"함수 {_r('f(x) = ' + _pt(f), st)}의 역함수를 g(x)라 할 때, {_r(_dint(c, fb, 'g(x)'), st)}의 {_end(rng, '값')}{_pts(rng, 4)}",
        f"함수 {_r('f(x) = ' + _pt(f), st)}의 역함수 y = g(x)의 그래프와 x축 및 두 직선 {josa(f'x = {c}, x = {_q(fb)}', '으로/로')} 둘러싸인 도형의 넓이를 {_end(rng)}",
    ])
    if c == 0 and "넓이" in text:
        text = text.replace(f"두 직선 x = {c}, x = {_q(fb)}", f"직선 x = {_q(fb)}").replace("x축 및 직선", "x축 및 직선")
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=5, achievement_level="A",
                   concepts=["넓이", "정적분"],
                   check=lambda: sp.integrate(X * sp.diff(_ex(f), X), (X, 0, b)) == sp.nsimplify(_q(ans)))


@family(_S35, "sign-changing-interval")
def _a9_signchange(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.randint(1, 3)
    f = [1, 0, -r * r] if rng.random() < 0.5 else [1, -r]
    a = 0
    b = r + rng.randint(1, 2)
    ans = abs(_defint(f, a, r)) + abs(_defint(f, r, b))
    sgn = _defint(f, a, b)
    kind = rng.choice(["area", "compare"])
    fy = _r("y = " + _pt(f), st)
    if kind == "area":
        text = f"곡선 {josa(fy, '과/와')} x축 및 두 직선 x = {a}, {josa(f'x = {b}', '으로/로')} 둘러싸인 {_ask_area(rng)}"
        ansx = _q(ans)
        fmt = "computation"
    else:
        text = (f"{_r(_dint(a, b, _par(_pt(f))), st)}의 값과, 곡선 {josa(fy, '과/와')} x축 및 두 직선 x = {a}, {josa(f'x = {b}', '으로/로')} "
                f"둘러싸인 도형의 넓이를 각각 구하고, 두 값이 다른 이유를 설명하시오.")
        ansx = f"정적분 {_q(sgn)}, 넓이 {_q(ans)}"
        fmt = "proof"
    return Problem(text=text, answer=ansx, format=fmt, difficulty=3 if fmt == "computation" else 4,
                   achievement_level="C" if fmt == "computation" else "B", concepts=["넓이", "정적분"], also=[_S33] if fmt == "proof" else [],
                   check=lambda: _abs_int(f, a, b) == sp.nsimplify(_q(ans)))


_PONDS = [("공원에 만들 연못", "m"), ("화단", "m"), ("로고 디자인의 색칠할 부분", "cm"), ("운동장의 잔디 구역", "m"), ("창문 장식 유리", "dm")]


@family(_S35, "design-context")
def _a10_design(rng: random.Random) -> Problem:
    what, unit = rng.choice(_PONDS)
    a = rng.choice([1, 4, 9, 4])  # region between y = a − x² and y = x² − a (meeting at x = ±√a)
    top, bot = [-1, 0, a], [1, 0, -a]
    ans = _area_between(top, bot)
    st = pick_style(rng)
    text = (f"좌표평면 위에 {josa(what, '을/를')} 그렸더니 두 곡선 {_r('y = ' + _pt(top), st)}, {_jr('y = ' + _pt(bot), st, '으로/로')} 둘러싸인 모양이 되었다. "
            f"좌표의 단위가 {unit}일 때, 이 {what}의 넓이는 몇 {unit}²인지 {_end(rng)}")
    ans_val = ans
    return Problem(text=text, answer=f"{sp.nsimplify(ans_val)} {unit}²", format="word", difficulty=3, achievement_level="C",
                   concepts=["넓이", "정적분"],
                   check=lambda: sp.integrate(2 * (a - X**2), (X, -sp.sqrt(a), sp.sqrt(a))) == ans_val)


# ================================================================================================
# 12미적Ⅰ-03-06 속도와 거리 (직선 운동)
# ================================================================================================
_S36 = "12미적Ⅰ-03-06"


def _vintro(rng: random.Random, v, st: str, who: str = "P", x0=None) -> str:
    vt = _r("v(t) = " + _pt(v, "t"), st)
    start = "원점을 출발하여" if x0 in (None, 0) else f"좌표가 {x0}인 점에서 출발하여"
    return rng.choice([
        f"수직선 위의 {start} 움직이는 점 {who}의 시각 t (t ≥ 0)에서의 속도가 {vt}이다.",
        f"{start} 수직선 위를 움직이는 점 {who}의 시각 t에서의 속도 v(t)가 {vt}일 때,",
        f"시각 t = 0일 때 {start} 수직선 위를 움직이는 점 {who}가 있다. 시각 t에서 점 {who}의 속도가 {vt}이다.",
    ])


@family(_S36, "position-from-velocity")
def _w1_pos(rng: random.Random) -> Problem:
    st = pick_style(rng)
    v = [rng.choice([3, 6, -3, 2, 4])] + [rng.randint(-6, 6) for _ in range(rng.choice([1, 2]))]
    x0 = rng.choice([0, 0, rng.randint(-5, 5)])
    t1 = rng.randint(1, 4)
    ans = x0 + _defint(v, 0, t1)
    text = f"{_vintro(rng, v, st, x0=x0)} 시각 t = {t1}에서 점 P의 위치를 {_end(rng)}"
    return Problem(text=text, answer=_q(ans), format="computation", difficulty=2, achievement_level="D",
                   concepts=["속도", "위치", "정적분"], check=lambda: x0 + _sint(v, 0, t1) == sp.nsimplify(_q(ans)))


@family(_S36, "displacement-vs-distance")
def _w2_dist(rng: random.Random) -> Problem:
    st = pick_style(rng)
    if rng.random() < 0.5:
        p = rng.randint(1, 3)
        k = rng.choice([1, 2, 3])
        v = [k, -k * p]  # v = k(t − p), k > 0
        T1 = p + rng.randint(1, 3)
    else:
        p, q = 1, rng.choice([2, 3])
        v = _from_roots(rng.choice([1, 3]), [p, q])
        T1 = q + rng.randint(0, 2)
    disp = _defint(v, 0, T1)
    cuts = sorted({0, T1} | {c for c in (p, q if len(v) == 3 else p) if 0 < c < T1})
    dist = sum(abs(_defint(v, u, w)) for u, w in itertools.pairwise(cuts))
    kind = rng.choice(["dist", "disp", "both"])
    intro = _vintro(rng, v, st)
    if kind == "dist":
        tail, ans = f"시각 t = 0에서 t = {T1}까지 점 P가 움직인 거리를 {_end(rng)}", _q(dist)
    elif kind == "disp":
        tail, ans = f"시각 t = {T1}에서 점 P의 위치를 {_end(rng)}", _q(disp)
    else:
        tail, ans = f"t = 0에서 t = {T1}까지 점 P의 위치의 변화량과 움직인 거리를 각각 {_end(rng)}", f"위치의 변화량 {_q(disp)}, 움직인 거리 {_q(dist)}"
    d = 2 if kind == "disp" else 3
    return Problem(text=f"{intro} {tail}", answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["속도", "거리", "위치", "정적분"],
                   check=lambda: _abs_int(v, 0, T1) == sp.nsimplify(_q(dist)) and _sint(v, 0, T1) == sp.nsimplify(_q(disp)))


@family(_S36, "vertical-launch-velocity")
def _w3_launch(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randint(1, 4)
    v0 = 10 * m
    h0 = rng.choice([0, 0, 10, 20, 25])
    v = [-10, v0]
    obj = rng.choice(["공", "물체", "작은 공", "물 로켓"])
    kind = rng.choice(["max-h", "h-at", "dist"])
    intro = (f"{'지면' if h0 == 0 else f'지면으로부터 높이 {h0} m인 곳'}에서 {josa(obj, '을/를')} 지면과 수직인 방향으로 쏘아 올렸더니 "
             f"t초 후의 속도가 {_r('v(t) = ' + _pt(v, 't'), st)} (m/s)였다.")
    if kind == "max-h":
        tail, ans = f"이 {obj}의 지면으로부터 최고 높이를 {_end(rng)}", f"{h0 + 5 * m * m} m"
    elif kind == "h-at":
        t1 = rng.randint(1, 2 * m - 1) if m > 1 else 1
        tail, ans = f"쏘아 올린 지 {t1}초 후 {obj}의 지면으로부터의 높이를 {_end(rng)}", f"{h0 + _defint(v, 0, t1)} m"
    else:
        t1 = m + rng.randint(1, m) if h0 > 0 or m > 1 else 2 * m
        t1 = min(t1, 2 * m)
        dist = abs(_defint(v, 0, m)) + abs(_defint(v, m, t1))
        tail, ans = f"쏘아 올린 후 {t1}초 동안 {josa(obj, '이/가')} 움직인 거리를 {_end(rng)}", f"{_q(dist)} m"
    return Problem(text=f"{intro} {tail}", answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["속도", "거리", "정적분"],
                   check=lambda: sp.solve(_ex(v, T), T) == [m] and (kind != "max-h" or h0 + _sint(v, 0, m) == 5 * m * m + h0))


@family(_S36, "return-to-start")
def _w4_return(rng: random.Random) -> Problem:
    st = pick_style(rng)
    T0 = rng.choice([2, 3, 4, 6])
    # v = 3t² − 2·T0·t·(3/2)/… choose v = 3t² − 2a t with ∫_0^T0 v = T0³ − a T0² = 0 ⇒ a = T0
    v = [3, -2 * T0, 0]
    kind = rng.choice(["time", "dist"])
    intro = _vintro(rng, v, st)
    if kind == "time":
        tail, ans = f"출발한 후 점 P가 다시 원점을 지나는 시각을 {_end(rng)}", f"t = {T0}"
    else:
        dist = _abs_int(v, 0, T0)
        tail, ans = f"점 P가 출발한 후 다시 원점으로 돌아올 때까지 움직인 거리를 {_end(rng)}", _q(Fr(str(dist)))
    return Problem(text=f"{intro} {tail}", answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["속도", "위치", "거리", "정적분"],
                   check=lambda: [r for r in sp.solve(sp.integrate(_ex(v, T), (T, 0, X)), X) if r > 0] == [T0])


@family(_S36, "two-points-meet-velocity")
def _w5_meet(rng: random.Random) -> Problem:
    st = pick_style(rng)
    T0 = rng.choice([2, 3, 4, 6])
    vq = [rng.choice([2, 4]), rng.randint(0, 4)]
    # x_P − x_Q = t²(t − T0)/? : take v_P − v_Q = 3t² − 2T0 t
    vp = _add(vq, [3, -2 * T0, 0])
    kind = rng.choice(["time", "pos"])
    e1, e2 = _r("v_{P}(t) = " + _pt(vp, "t"), st), _r("v_{Q}(t) = " + _pt(vq, "t"), st)
    intro = f"원점을 동시에 출발하여 수직선 위를 움직이는 두 점 P, Q의 시각 t (t ≥ 0)에서의 속도가 각각 {e1}, {e2}이다."
    if kind == "time":
        tail, ans = f"출발한 후 두 점 P, Q가 다시 만나는 시각을 {_end(rng)}", f"t = {T0}"
    else:
        tail, ans = f"출발한 후 두 점 P, Q가 다시 만나는 지점의 위치를 {_end(rng)}{_pts(rng, 4)}", _q(_defint(vq, 0, T0))
    return Problem(text=f"{intro} {tail}", answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["속도", "위치", "정적분"],
                   check=lambda: [r for r in sp.solve(sp.integrate(_ex(vp, T) - _ex(vq, T), (T, 0, X)), X) if r > 0] == [T0])


@family(_S36, "braking-distance-integral")
def _w6_brake(rng: random.Random) -> Problem:
    a = rng.choice([2, 4, 5, 8, 10])
    tstop = rng.choice([2, 3, 4, 5])
    v0 = a * tstop
    veh = rng.choice(["자동차", "버스", "오토바이", "전동차", "트럭"])
    st = pick_style(rng, (0.3, 0.5, 0.2))
    v = [-a, v0]
    dist = _defint(v, 0, tstop)
    kmh = v0 * 36 / 10
    intro = rng.choice([
        f"직선 도로를 달리던 {josa(veh, '이/가')} 브레이크를 밟은 지 t초 후의 속도가 {_r('v(t) = ' + _pt(v, 't'), st)} (m/s)이다.",
        f"초속 {v0} m로 달리던 {josa(veh, '이/가')} 브레이크를 밟아 t초 후의 속도가 {_r('v(t) = ' + _pt(v, 't'), st)} (m/s)가 되도록 일정하게 감속하였다.",
        f"시속 {_q(kmh)} km(초속 {v0} m)로 달리던 {josa(veh, '이/가')} 장애물을 보고 브레이크를 밟았더니 t초 후의 속도가 {_r('v(t) = ' + _pt(v, 't'), st)} (m/s)였다.",
    ])
    tail = rng.choice(["브레이크를 밟은 후 정지할 때까지 움직인 거리를 구하시오.", "정지할 때까지 달린 거리는 몇 m인가?",
                       f"이 {josa(veh, '이/가')} 정지할 때까지 달린 거리를 {_end(rng)}"])
    return Problem(text=f"{intro} {tail}", answer=f"{_q(dist)} m", format="word", difficulty=3, achievement_level="C",
                   concepts=["속도", "거리", "정적분"],
                   check=lambda: sp.integrate(_ex(v, T), (T, 0, sp.solve(_ex(v, T), T)[0])) == sp.nsimplify(_q(dist)))


@family(_S36, "velocity-table-graph")
def _w7_table(rng: random.Random) -> Problem:
    n = rng.choice([3, 4])
    ts = [0]
    for _ in range(n):
        ts.append(ts[-1] + rng.choice([1, 2, 2, 3]))
    vs = [0] + [rng.choice([2, 4, 6, -2, -4]) for _ in range(n - 1)] + [0]
    if all(v_ >= 0 for v_ in vs) and rng.random() < 0.5:
        vs[rng.randrange(1, n)] = -2
    disp = sum(Fr(vs[i] + vs[i + 1]) * (ts[i + 1] - ts[i]) / 2 for i in range(n))

    def seg_abs(i: int) -> Fr:
        a_, b_ = Fr(vs[i]), Fr(vs[i + 1])
        w = ts[i + 1] - ts[i]
        if a_ * b_ >= 0:
            return abs(a_ + b_) * w / 2
        z = w * abs(a_) / (abs(a_) + abs(b_))  # where the segment crosses zero
        return abs(a_) * z / 2 + abs(b_) * (w - z) / 2
    dist = sum(seg_abs(i) for i in range(n))
    table = "| 시각 t (초) | " + " | ".join(map(str, ts)) + " |\n|" + "---|" * (n + 2) + "\n| 속도 v (m/s) | " + " | ".join(map(str, vs)) + " |"
    kind = rng.choice(["pos", "dist"])
    intro = (f"원점을 출발하여 수직선 위를 움직이는 물체의 속도를 측정하였더니 다음과 같았다. 속도의 그래프는 표의 점 (t, v)를 차례로 선분으로 이은 꺾은선이다.\n\n{table}\n\n")
    if kind == "pos":
        q, ans = f"t = {ts[-1]}일 때 물체의 위치를 {_end(rng)}", _q(disp)
    else:
        q, ans = f"t = 0부터 t = {ts[-1]}까지 물체가 움직인 거리를 {_end(rng)}", _q(dist)

    def chk() -> bool:
        tot = 0
        for i in range(n):
            slope = Fr(vs[i + 1] - vs[i], ts[i + 1] - ts[i])
            seg = [slope, vs[i] - slope * ts[i]]
            if kind == "pos":
                tot += _sint(seg, ts[i], ts[i + 1])
            else:
                tot += _abs_int(seg, ts[i], ts[i + 1]) if slope != 0 else abs(vs[i]) * (ts[i + 1] - ts[i])
        return sp.nsimplify(tot) == sp.nsimplify(ans)
    return Problem(text=intro + q, answer=ans, format="data", difficulty=4, achievement_level="B",
                   concepts=["속도", "거리", "위치", "정적분"], check=chk)


@family(_S36, "motion-bogi")
def _w8_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.choice([(1, 3), (1, 2), (2, 4), (1, 4)])
    v = _from_roots(3, [p, q])
    xq = _defint(v, 0, q)
    pool = [
        (f"t = {p}에서 점 P의 운동 방향이 바뀐다.", True),
        (f"t = {q}일 때 점 P의 위치는 {_q(xq)}이다.", True),
        (f"t = {q}일 때 점 P의 위치는 {_q(xq + 2)}이다.", False),
        (f"t = 0에서 t = {q}까지 점 P가 움직인 거리는 {_q(_abs_int(v, 0, q))}이다.", True),
        (f"t = 0에서 t = {q}까지 점 P가 움직인 거리는 {_q(_defint(v, 0, q))}이다.", _defint(v, 0, q) == _abs_int(v, 0, q)),
        (f"{p} < t < {q}에서 점 P는 음의 방향으로 움직인다.", True),
        (f"점 P는 t = {q}에서 원점으로 돌아온다.", xq == 0),
        (f"t = {p}일 때 점 P의 위치는 {_q(_defint(v, 0, p))}이다.", True),
    ]
    while True:
        stmts = rng.sample(pool, 3)
        heads = [s[:10] for s, _ in stmts]
        if any(ok for _, ok in stmts) and len(set(heads)) == 3:
            break
    stmts = [(s, bool(ok)) for s, ok in stmts]
    block, ch = bogi(rng, stmts)
    text = f"{_vintro(rng, v, st)} {_bogi_q(rng)}{_pts(rng, 4)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=4, achievement_level="B",
                   concepts=["속도", "거리", "위치", "정적분"], choice=ch,
                   check=lambda: _abs_int(v, 0, q) >= abs(_sint(v, 0, q)))


@family(_S36, "acceleration-to-distance")
def _w9_acc(rng: random.Random) -> Problem:
    st = pick_style(rng)
    acc = [rng.choice([6, 2, 4]), rng.randint(-6, 0)]
    vel0 = rng.randint(0, 4)
    v = _antider(acc, vel0)
    t1 = rng.randint(1, 3)
    kind = rng.choice(["v", "x"])
    intro = (f"원점을 출발하여 수직선 위를 움직이는 점 P의 시각 t에서의 가속도가 {_r('a(t) = ' + _pt(acc, 't'), st)}이고, "
             f"t = 0일 때 점 P의 속도는 {vel0}이다.")
    if kind == "v":
        tail, ans = f"t = {t1}일 때 점 P의 속도를 {_end(rng)}", _q(_ev(v, t1))
    else:
        tail, ans = f"t = {t1}일 때 점 P의 위치를 {_end(rng)}", _q(_defint(v, 0, t1))
    return Problem(text=f"{intro} {tail}", answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["가속도", "속도", "위치", "정적분"], also=["12미적Ⅰ-03-02"] if kind == "v" else [],
                   check=lambda: sp.nsimplify(ans) == (vel0 + _sint(acc, 0, t1) if kind == "v"
                                                      else sp.integrate(vel0 + sp.integrate(_ex(acc, T), T), (T, 0, t1))))


@family(_S36, "distance-after-turning")
def _w10_after(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randint(1, 3)
    k = rng.choice([2, 4, 6])
    v = [-k, k * p]  # moves forward until t = p, then backward
    T1 = p + rng.randint(1, 3)
    kind = rng.choice(["turn-pos", "after", "total"])
    intro = _vintro(rng, v, st)
    if kind == "turn-pos":
        tail, ans = f"점 P가 운동 방향을 바꾸는 순간의 위치를 {_end(rng)}", _q(_defint(v, 0, p))
    elif kind == "after":
        tail, ans = f"점 P가 운동 방향을 바꾼 순간부터 t = {T1}일 때까지 움직인 거리를 {_end(rng)}", _q(abs(_defint(v, p, T1)))
    else:
        tail, ans = f"t = 0부터 t = {T1}까지 점 P가 움직인 거리를 {_end(rng)}", _q(_defint(v, 0, p) + abs(_defint(v, p, T1)))
    return Problem(text=f"{intro} {tail}", answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["속도", "거리", "운동 방향", "정적분"],
                   check=lambda: sp.nsimplify(ans) == {"turn-pos": _sint(v, 0, p), "after": _abs_int(v, p, T1), "total": _abs_int(v, 0, T1)}[kind])


# -- extra families ------------------------------------------------------------------------------


@family(_S210, "conditions-to-coefficients")
def _v10_coefs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        p = rng.randint(1, 3)  # direction changes at t = p
        ta = rng.randint(1, 4)  # acceleration 0 at t = ta  ⇒ x = t³ − 3ta t² + b t, v(p) = 0
        b = 6 * ta * p - 3 * p * p
        q = 2 * ta - p  # the other zero of v
        if ta != p and q != p and b != 0:
            break
    a = -3 * ta
    kind = rng.choice(["a+b", "b", "v-at"])
    x_tex = _r("x = t^{3} + at^{2} + bt", st)
    intro = (f"수직선 위를 움직이는 점 P의 시각 t (t ≥ 0)에서의 위치가 {x_tex} (a, b는 상수)이다. "
             f"점 P는 t = {p}에서 운동 방향을 바꾸고, t = {ta}에서 가속도가 0이다.")
    if kind == "a+b":
        tail, ans = f"a + b의 {_end(rng, '값')}", str(a + b)
    elif kind == "b":
        tail, ans = f"상수 b의 {_end(rng, '값')}", str(b)
    else:
        t1 = rng.choice([t for t in range(ta + 1, ta + 4) if t not in (p, q)])
        tail, ans = f"t = {t1}에서 점 P의 속도를 {_end(rng)}", str(3 * t1 * t1 + 2 * a * t1 + b)

    def chk() -> bool:
        av, bv = sp.symbols("a b")
        xx = T**3 + av * T**2 + bv * T
        sol = sp.solve([sp.diff(xx, T).subs(T, p), sp.diff(xx, T, 2).subs(T, ta)], [av, bv], dict=True)[0]
        vv = sp.diff(xx, T).subs(sol)
        sign_change = vv.subs(T, p - sp.Rational(1, 100)) * vv.subs(T, p + sp.Rational(1, 100)) < 0
        want = {"a+b": sol[av] + sol[bv], "b": sol[bv], "v-at": None}[kind]
        return bool(sign_change) and (want is None or want == int(ans)) and (kind != "v-at" or vv.subs(T, t1) == int(ans))
    return Problem(text=f"{intro} {tail}", answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["속도", "가속도", "운동 방향"], check=chk)


@family(_S31, "integral-given-as-product")
def _n10_product(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = _f(rng)
    u = [1, 0, rng.choice([1, -1, 2, 3])]  # x² + c
    w = [rng.choice([1, 2]), rng.randint(-4, 4)]
    F = _mul(u, w)
    f = _der(F)
    a = rng.randint(-2, 3)
    uw = f"(x^{{2}} {'+' if u[2] > 0 else '-'} {abs(u[2])})({_pt(w)})"
    eq = _r(f"{_INT}{fn}(x){_DX} = {uw} + C", st)
    text = rng.choice([
        f"함수 {fn}(x)에 대하여 {eq}일 때, {fn}({a})의 {_end(rng, '값')} (단, C는 적분상수)",
        f"{eq} (C는 적분상수)를 만족시키는 함수 {fn}(x)에 대하여 {fn}({a})의 값은?{_pts(rng, 3)}",
    ])
    return Problem(text=text, answer=_q(_ev(f, a)), format="computation", difficulty=3, achievement_level="C",
                   concepts=["부정적분", "적분상수", "도함수"], also=["12미적Ⅰ-02-04"],
                   check=lambda: sp.diff((X**2 + u[2]) * _ex(w), X).subs(X, a) == sp.nsimplify(_q(_ev(f, a))))
