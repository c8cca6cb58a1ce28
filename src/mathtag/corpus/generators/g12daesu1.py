"""Generators for 대수 (고등학교 일반 선택), domain 01 지수함수와 로그함수: 12대수01-01 … 12대수01-08.

Private helpers (module-local, prefixed ``_``):

* ``_r(tex, st)`` renders a small LaTeX subset (``\\frac``, ``\\sqrt[n]{…}``, ``^{…}``, ``\\log_{a}``,
  ``\\times``, ``\\le`` …) in style ``st``: LaTeX wrapped in ``$…$``, Unicode (``∛2``, ``log₂ 8``,
  ``2⁻³``, ``2^(1/3)``) or plain ASCII (``log_2 8``, ``2^(1/3)``; roots stay ``∛2``).
* ``_jr(tex, st, pair)`` the same followed by the particle that fits how the formula is read
  (``2^{x}`` → 제곱을, ``\\log_{2} 8`` → 팔을, ``\\sqrt[3]{x}`` → 엑스를).
* ``bogi(rng, stmts)`` a <보기> block (ㄱ, ㄴ, ㄷ) and the ①~⑤ choice of the true subset.
* ``exam_points(rng)`` an optional 수능-style score marker ``[3점]`` / ``[4점]``.
* ``_q(v)`` a sympy Rational as plain text (``-3/2``), ``_qt(v)`` as LaTeX-lite (``-\\frac{3}{2}``).
"""

from __future__ import annotations

import itertools
import math as _m
import random
import re

import sympy as sp
from sympy.parsing.sympy_parser import (
    convert_xor,
    implicit_multiplication_application,
    parse_expr,
    standard_transformations,
)

from mathtag.corpus.generators.base import Problem, family, secondary_level
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import bogi, bogi_question, choices, exam_points, with_choices
from mathtag.corpus.notation import pick_style

x, a, b = sp.symbols("x a b", positive=True)
_T = sp.Symbol("t", real=True)
R = sp.Rational

# -- notation ------------------------------------------------------------------------------------
_SUPMAP = dict(zip("0123456789-+nx", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ⁿˣ", strict=True))
_SUBMAP = dict(zip("0123456789axn", "₀₁₂₃₄₅₆₇₈₉ₐₓₙ", strict=True))
_INNER = r"([^{}]*)"


def _atomic(s: str) -> bool:
    return bool(re.fullmatch(r"[-−]?[\w.√∛∜⁰¹²³⁴⁵⁶⁷⁸⁹ⁿˣ]+|\([^()]*\)", s))


def _wrap(s: str) -> str:
    return s if _atomic(s) else f"({s})"


def _r(tex: str, st: str) -> str:
    """Render LaTeX-lite ``tex`` in style ``st`` (see module docstring)."""
    if st == "latex":
        return f"${tex}$"
    s = tex.replace("\\dfrac", "\\frac").replace("\\left", "").replace("\\right", "")
    s = s.replace("\\alpha", "α").replace("\\beta", "β")
    s = re.sub(r"(\\log(?:_\{(?:[^{}]|\{[^{}]*\})*\}|_\w)?\s*)(\\frac\{[^{}]*\}\{[^{}]*\})", r"\1(\2)", s)
    s = s.replace("\\{", "⦃").replace("\\}", "⦄").replace("\\,", "")
    for _ in range(12):
        old = s
        s = re.sub(r"\\frac\{" + _INNER + r"\}\{" + _INNER + r"\}",
                   lambda m: f"{_wrap(m.group(1))}/{_wrap(m.group(2))}" if not _atomic(m.group(1)) or not _atomic(m.group(2))
                   else f"{m.group(1)}/{m.group(2)}", s)
        s = re.sub(r"\\sqrt\[([^\]]+)\]\{" + _INNER + r"\}", lambda m: _root(m.group(1), m.group(2)), s)
        s = re.sub(r"\\sqrt\{" + _INNER + r"\}", lambda m: "√" + _wrap(m.group(1)), s)
        s = re.sub(r"\^\{" + _INNER + r"\}", lambda m: _sup(m.group(1), st), s)
        s = re.sub(r"\\log_\{" + _INNER + r"\}", lambda m: _sub(m.group(1), st), s)
        if s == old:
            break
    s = re.sub(r"\^(\w)", lambda m: _sup(m.group(1), st), s)
    s = re.sub(r"\\log_(\w)", lambda m: _sub(m.group(1), st), s)
    rep = {"\\iff": "⟺" if st == "unicode" else "<=>", "\\times": "×", "\\div": "÷", "\\cdot": "·", "\\pi": "π", "\\quad": "  ", "\\log": "log",
           "\\cdots": "…", "\\alpha": "α", "\\circ": "∘", "\\beta": "β", "\\lt": "<", "\\gt": ">"}
    if st == "plain":
        rep.update({"\\le": "<=", "\\ge": ">=", "\\ne": "!=", "\\leq": "<=", "\\geq": ">="})
    else:
        rep.update({"\\le": "≤", "\\ge": "≥", "\\ne": "≠", "\\leq": "≤", "\\geq": "≥"})
    for k in sorted(rep, key=len, reverse=True):
        s = s.replace(k, rep[k])
    s = s.replace("{", "").replace("}", "") if "\\" not in s else s
    s = s.replace("⦃", "{").replace("⦄", "}")
    if st == "unicode":
        s = s.replace("-", "−")
    return s


def _root(n: str, body: str) -> str:
    if not re.fullmatch(r"\w+", n) or not all(c in _SUPMAP for c in n):
        sym = f"{n}√"
    else:
        sym = {"3": "∛", "4": "∜"}.get(n) or ("".join(_SUPMAP[c] for c in n) + "√")
    needs = (body.startswith(("-", "−")) or any(c in "⁰¹²³⁴⁵⁶⁷⁸⁹ⁿˣ^" for c in body)
             or any(c in "√∛∜" for c in body[1:]))
    return sym + (f"({body})" if needs and not re.fullmatch(r"\([^()]*\)", body) else _wrap(body))


def _sup(e: str, st: str) -> str:
    e2 = e.replace("−", "-")
    if re.fullmatch(r"\([^()]*\)", e2):
        return "^" + e2
    if st == "unicode" and all(c in _SUPMAP for c in e2):
        return "".join(_SUPMAP[c] for c in e2)
    return "^" + (e2 if re.fullmatch(r"\w+", e2) and len(e2) <= 2 else f"({e2})")


def _sub(base: str, st: str) -> str:
    if st == "unicode" and all(c in _SUBMAP for c in base):
        return "log" + "".join(_SUBMAP[c] for c in base)
    return "log_" + (base if re.fullmatch(r"\w+|\([^()]*\)", base) else f"({base})")


def _reading_tail(tex: str) -> str:
    """A Korean/latin proxy for how ``tex`` is read at its end (for the particle)."""
    s = tex.strip().rstrip("$ ").replace("\\right", "")
    s = re.sub(r"\\(?:quad|,)$", "", s).rstrip()
    if not s:
        return "가"
    if s.endswith("}"):
        depth, i = 0, len(s) - 1
        while i >= 0:
            depth += {"}": 1, "{": -1}.get(s[i], 0)
            if depth == 0:
                break
            i -= 1
        inner, before = s[i + 1:-1], s[:i]
        if before.endswith("^") or before.endswith("^ "):
            return "곱"
        if before.endswith("}"):  # \frac{num}{den}: read 'den 분의 num'
            j, depth = len(before) - 1, 0
            while j >= 0:
                depth += {"}": 1, "{": -1}.get(before[j], 0)
                if depth == 0:
                    break
                j -= 1
            if before[:j].endswith("\\frac") or before[:j].endswith("\\dfrac"):
                return _reading_tail(before[j + 1:-1])
        return _reading_tail(inner)
    if s.endswith(")") or s.endswith("|"):
        return _reading_tail(s[:-1].rsplit("(", 1)[-1] if s.endswith(")") else s[:-1].rsplit("|", 1)[-1])
    if re.search(r"\^\w$", s):
        return "곱"
    ch = s[-1]
    if ch in "xyabkctpqsfgh":
        return "이"  # 엑스, 와이, 에이 … : no final consonant
    return ch


def _jr(tex: str, st: str, pair: str) -> str:
    proxy = _reading_tail(tex)
    return _r(tex, st) + josa(proxy, pair)[len(proxy):]


def _q(v) -> str:
    v = sp.Rational(v)
    return str(v.p) if v.q == 1 else f"{v.p}/{v.q}"


def _qt(v) -> str:
    v = sp.Rational(v)
    if v.q == 1:
        return str(v.p)
    return f"{'-' if v < 0 else ''}\\frac{{{abs(v.p)}}}{{{v.q}}}"


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보시오."])
    if what == "값":
        return rng.choice(["값을 구하시오.", "값을 구하세요.", "값은?", "값을 구하여라.", "값을 계산하시오."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오.", "구하면?"])


def _realroots(n: int, val: int) -> list:
    """Real solutions of t^n = val (independent check via sympy)."""
    t = sp.Symbol("t")
    return sorted(set(sp.real_roots(sp.Poly(t**n - val, t))))


_ACUBE = r"a\sqrt[3]{b}"
_NTH = {2: "제곱근", 3: "세제곱근", 4: "네제곱근", 5: "다섯제곱근", 6: "여섯제곱근", 7: "일곱제곱근", 8: "여덟제곱근"}


def _nth(n: int, rng: random.Random) -> str:
    return _NTH[n] if rng.random() < 0.6 or n == 2 else f"{n}제곱근"


# ================================================================================================
# 12대수01-01 거듭제곱과 거듭제곱근
# ================================================================================================
_S01 = "12대수01-01"


@family(_S01, "real-nth-roots-list")
def _r1_real_roots(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([2, 3, 4, 5, 6])
    base = rng.choice([2, 3, 4, 5]) if n <= 4 else 2
    sign = rng.choice([1, -1, 1])
    val = sign * base**n
    if rng.random() < 0.15:
        val = rng.choice([0, -base**2]) if n % 2 == 0 else val
    roots = _realroots(n, val)
    ans = ", ".join(str(v) for v in sorted(roots, reverse=True)) if roots else "없다"
    nm = _nth(n, rng)
    vt = _r(str(val), st) if val >= 0 else _r(f"{val}", st)
    text = rng.choice([
        f"{vt}의 {nm} 중에서 실수인 것을 모두 {_end(rng)}",
        f"x에 대한 방정식 {_r(f'x^{{{n}}} = {val}', st)}의 실근을 모두 {_end(rng)} (단, 실근이 없으면 '없다'라고 쓰시오.)",
        f"실수 범위에서 {vt}의 {nm}을 모두 찾아 {_end(rng, '쓰')}",
        f"다음 □ 안에 알맞은 수를 모두 써넣으시오.\n{vt}의 {nm} 중 실수인 것: □",
    ])
    fmt = "fill" if "□" in text else "computation"
    d = 2 if val > 0 else 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["거듭제곱근", f"{n}제곱근" if n > 2 else "제곱근"],
                   check=lambda: sorted(sp.solveset(sp.Symbol("t")**n - val, sp.Symbol("t"), domain=sp.S.Reals), reverse=True)
                   == ([sp.Integer(s.strip()) for s in ans.split(",")] if roots else []))


@family(_S01, "radical-value-sum")
def _r1_value_sum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([2, 3, 3])
    terms, tex, total = [], [], 0
    for i in range(k):
        n = rng.choice([3, 4, 5, 3, 2, 6])
        base = rng.choice([2, 3]) if n >= 5 else rng.choice([2, 3, 4, 5])
        kind = rng.random()
        if n % 2 == 1 and kind < 0.5:
            inner, val = str(-(base**n)), -base
        elif n % 2 == 0 and kind < 0.25:
            inner, val = f"(-{base})^{{{n}}}", base
        else:
            inner, val = str(base**n), base
        sgn = 1 if i == 0 else rng.choice([1, -1])
        total += sgn * val
        t = f"\\sqrt[{n}]{{{inner}}}" if n > 2 else f"\\sqrt{{{inner}}}"
        tex.append(("" if i == 0 else (" + " if sgn > 0 else " - ")) + t)
        terms.append((sgn, n, inner))
    expr = "".join(tex)
    text = rng.choice([
        f"{_r(expr, st)}의 {_end(rng, '값')}",
        f"다음 식의 값을 계산하시오.\n{_r(expr, st)}",
        f"{_jr(expr, st, '을/를')} 간단히 하면?",
    ])

    def chk() -> bool:
        tot = 0
        for sgn, n, inner in terms:
            v = sp.sympify(inner.replace("^{", "**(").replace("}", ")"))
            tot += sgn * sp.real_root(v, n)
        return sp.simplify(tot - total) == 0
    d = 3 if any("(-" in t[2] for t in terms) else 2
    return Problem(text=text, answer=str(total), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["거듭제곱근"], check=chk)


@family(_S01, "radical-laws-to-integer")
def _r1_laws(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    r = rng.choice([2, 3, 4, 5])
    if kind == 0:  # ⁿ√p × ⁿ√q
        n = rng.choice([3, 4])
        tot = r**n
        opts = [(p, tot // p) for p in range(2, tot) if tot % p == 0 and sp.integer_nthroot(p, n)[1] is False
                and sp.integer_nthroot(tot // p, n)[1] is False]
        p, q = rng.choice(opts)
        tex = f"\\sqrt[{n}]{{{p}}} \\times \\sqrt[{n}]{{{q}}}"
        ref = sp.real_root(p, n) * sp.real_root(q, n)
        val = r
    elif kind == 1:  # ⁿ√(q r^n) ÷ ⁿ√q
        n = rng.choice([3, 4])
        q = rng.choice([2, 3, 5, 6])
        p = q * r**n
        tex = rng.choice([f"\\frac{{\\sqrt[{n}]{{{p}}}}}{{\\sqrt[{n}]{{{q}}}}}", f"\\sqrt[{n}]{{{p}}} \\div \\sqrt[{n}]{{{q}}}"])
        ref = sp.real_root(p, n) / sp.real_root(q, n)
        val = r
    elif kind == 2:  # (ⁿ√a)^m with n | m
        n = rng.choice([3, 4, 5])
        base = rng.choice([2, 3, 5, 6, 7])
        m = n * rng.choice([1, 2])
        tex = f"\\left(\\sqrt[{n}]{{{base}}}\\right)^{{{m}}}"
        ref = sp.real_root(base, n) ** m
        val = base ** (m // n)
    else:  # ᵐ√(ⁿ√a)
        m, n = rng.choice([(2, 3), (3, 2), (2, 2), (3, 3)])
        r = 2 if m * n >= 9 else r
        tex = (f"\\sqrt{{\\sqrt[{n}]{{{r ** (m * n)}}}}}" if m == 2 else f"\\sqrt[{m}]{{\\sqrt{{{r ** (m * n)}}}}}"
               if n == 2 else f"\\sqrt[{m}]{{\\sqrt[{n}]{{{r ** (m * n)}}}}}")
        ref = sp.real_root(sp.real_root(r ** (m * n), n), m)
        val = r
    text = rng.choice([
        f"거듭제곱근의 성질을 이용하여 {_jr(tex, st, '을/를')} 간단히 하시오.",
        f"{_r(tex, st)}의 {_end(rng, '값')}",
        f"다음을 계산하시오.\n{_r(tex, st)}",
    ])
    return Problem(text=text, answer=str(val), format="computation", difficulty=2, achievement_level="D",
                   concepts=["거듭제곱근", "거듭제곱근의 성질"], check=lambda: sp.simplify(ref - val) == 0)


@family(_S01, "like-radicals-combine")
def _r1_like(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([3, 3, 4])
    m = rng.choice([2, 3, 5]) if n == 3 else rng.choice([2, 3])
    k = rng.choice([2, 3])
    coefs = rng.sample([1, 2, 3] if n == 4 else [1, 2, 3, 4], k)
    signs = [1] + [rng.choice([1, -1]) for _ in range(k - 1)]
    if sum(c * s for c, s in zip(coefs, signs, strict=True)) == 0:
        signs = [1] * k
    parts, total = [], 0
    for i, (c, s) in enumerate(zip(coefs, signs, strict=True)):
        t = f"\\sqrt[{n}]{{{m * c**n}}}"
        parts.append(t if i == 0 else (" + " if s > 0 else " - ") + t)
        total += s * c
    expr = "".join(parts)
    unit = f"\\sqrt[{n}]{{{m}}}"
    kform = "k" + unit
    form = rng.randrange(3)
    if form == 0:
        text = f"{_jr(expr, st, '을/를')} 간단히 하시오."
        root = _r(unit, "unicode")
        ans = root if total == 1 else ("-" + root if total == -1 else f"{total}{root}")
    elif form == 1:
        text = f"다음 식을 간단히 하면 {_r(kform, st)}일 때, 정수 k의 값을 {_end(rng)}\n{_r(expr, st)}"
        ans = str(total)
    else:
        text = f"등식 {_jr(expr + ' = ' + kform, st, '을/를')} 만족시키는 정수 k의 값은?"
        ans = str(total)
    val = sum(s * sp.real_root(m * c**n, n) for c, s in zip(coefs, signs, strict=True))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["거듭제곱근", "거듭제곱근의 성질"],
                   check=lambda: sp.simplify(val - total * sp.real_root(m, n)) == 0)


def _count_real(n: int, val: int) -> int:
    if n % 2 == 1:
        return 1
    return 2 if val > 0 else (1 if val == 0 else 0)


@family(_S01, "count-real-roots-sum")
def _r1_count_sum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = sorted(rng.sample(range(2, 10), 2))
    if q - p < 2:
        q = p + rng.choice([2, 3, 4])
    top = rng.choice([8, 9, 10, 11, 12])
    kind = rng.randrange(3)
    if kind == 0:
        poly = f"n^{{2}} - {p + q}n + {p * q}"
        val_of = lambda n: n * n - (p + q) * n + p * q  # noqa: E731
    elif kind == 1:
        c = rng.randint(4, top - 1)
        poly = f"n - {c}"
        val_of = lambda n: n - c  # noqa: E731
    else:
        c = rng.randint(3, top - 2)
        poly = f"{c} - n"
        val_of = lambda n: c - n  # noqa: E731
    fn = rng.choice(["f", "g"])
    total = sum(_count_real(n, val_of(n)) for n in range(2, top + 1))
    sumtex = f"{fn}(2) + {fn}(3) + {fn}(4) + \\cdots + {fn}({top})"
    eqtex = f"x^{{n}} = {poly}"
    d = 4 if kind == 0 else 3
    text = rng.choice([
        f"2 이상의 자연수 n에 대하여 {_r(poly, st)}의 n제곱근 중에서 실수인 것의 개수를 {fn}(n)이라 할 때, "
        f"{_r(sumtex, st)}의 값을 구하시오.{exam_points(rng, d)}",
        f"자연수 n (n ≥ 2)에 대하여 x에 대한 방정식 {_r(eqtex, st)}의 서로 다른 실근의 개수를 {fn}(n)이라 하자. "
        f"{fn}(2)부터 {fn}({top})까지의 합을 {_end(rng)}{exam_points(rng, d)}",
        f"2 이상 {top} 이하의 자연수 n에 대하여 {_r(poly, st)}의 실수인 n제곱근의 개수를 {fn}(n)이라 하자. "
        f"{fn}(n) = 0인 n과 {fn}(n) = 2인 n을 모두 고려하여 {_r(sumtex, st)}의 값을 {_end(rng)}",
    ])

    def chk() -> bool:
        t = sp.Symbol("t")
        tot = 0
        for n in range(2, top + 1):
            v = val_of(n)
            tot += 1 if v == 0 else sp.Poly(t**n - v, t).count_roots()
        return tot == total
    return Problem(text=text, answer=str(total), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["거듭제곱근", "실수인 거듭제곱근의 개수"], check=chk)


@family(_S01, "largest-radical-mcq")
def _r1_compare(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pool = [(2, v) for v in (2, 3, 5, 6, 7)] + [(3, v) for v in (2, 3, 4, 5, 6, 7, 9, 10, 11)] + \
           [(4, v) for v in (2, 3, 5, 6, 7, 10, 11, 12, 15)] + [(6, v) for v in (5, 7, 10, 20, 30, 40)]
    while True:
        cand = rng.sample(pool, 5)
        vals = [v ** (1 / n) for n, v in cand]
        srt = sorted(vals)
        if min(b2 - a2 for a2, b2 in itertools.pairwise(srt)) > 0.01:
            break
    big = rng.random() < 0.6
    target = cand[vals.index(max(vals) if big else min(vals))]

    def tx(nv):
        n, v = nv
        return f"\\sqrt{{{v}}}" if n == 2 else f"\\sqrt[{n}]{{{v}}}"
    opts = [_r(tx(c), st) for c in cand]
    ch = choices(rng, _r(tx(target), st), [o for o in opts if o != _r(tx(target), st)])
    word = "가장 큰" if big else "가장 작은"
    stem = rng.choice([f"다음 중 {word} 수는?", f"다음 다섯 개의 수 중에서 {word} 것은?",
                       f"다음 수의 대소를 비교할 때, {word} 수를 고르면?"]) + exam_points(rng, 3)

    def chk() -> bool:
        L = 1
        for n, _ in cand:
            L = L * n // _m.gcd(L, n)
        powered = [sp.Integer(v) ** (L // n) for n, v in cand]
        best = max(powered) if big else min(powered)
        return cand[powered.index(best)] == target
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["거듭제곱근", "거듭제곱근의 성질", "대소 비교"], choice=ch, check=chk)


@family(_S01, "radical-property-fill")
def _r1_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kinds = rng.sample(range(5), 2)
    lines, answers, checks = [], [], []
    for lab, kd in zip(("㉠", "㉡"), kinds, strict=True):
        if kd == 0:
            m, n, v = rng.choice([2, 3]), rng.choice([2, 3, 4]), rng.choice([2, 3, 5, 7])
            lhs = (f"\\sqrt{{\\sqrt[{n}]{{{v}}}}}" if m == 2 else f"\\sqrt[{m}]{{\\sqrt[{n}]{{{v}}}}}") if n > 2 else f"\\sqrt[{m}]{{\\sqrt{{{v}}}}}"
            if m == 2 and n == 2:
                lhs = f"\\sqrt{{\\sqrt{{{v}}}}}"
            lines.append(f"{lhs} = \\sqrt[({lab})]{{{v}}}")
            ans = m * n
            checks.append(sp.simplify(sp.real_root(sp.real_root(v, n), m) - sp.real_root(v, ans)) == 0)
        elif kd == 1:
            n, p = rng.choice([2, 3]), rng.choice([2, 3])
            m, v = rng.choice([1, 2, 3]), rng.choice([2, 3, 5])
            if _m.gcd(m, n) != 1:
                m = 1
            rt = f"\\sqrt[{n}]" if n > 2 else "\\sqrt"
            lines.append(f"\\sqrt[{n * p}]{{{v}^{{{m * p}}}}} = {rt}{{{v}^{{({lab})}}}}" if m > 1 else
                         f"\\sqrt[{n * p}]{{{v}^{{{m * p}}}}} = \\sqrt[({lab})]{{{v}}}")
            ans = m if m > 1 else n
            checks.append(sp.simplify(sp.real_root(v ** (m * p), n * p) - (sp.real_root(v**ans, n) if m > 1 else sp.real_root(v, ans))) == 0)
        elif kd == 2:
            n, p, q = rng.choice([3, 4, 5]), rng.choice([2, 3, 5]), rng.choice([3, 7, 11])
            lines.append(f"\\sqrt[{n}]{{{p}}} \\times \\sqrt[{n}]{{{q}}} = \\sqrt[{n}]{{({lab})}}")
            ans = p * q
            checks.append(sp.simplify(sp.real_root(p, n) * sp.real_root(q, n) - sp.real_root(ans, n)) == 0)
        elif kd == 3:
            n, q, c = rng.choice([3, 4]), rng.choice([2, 3, 5]), rng.choice([3, 7, 5, 6])
            lines.append(f"\\frac{{\\sqrt[{n}]{{{q * c}}}}}{{\\sqrt[{n}]{{{q}}}}} = \\sqrt[{n}]{{({lab})}}")
            ans = c
            checks.append(sp.simplify(sp.real_root(q * c, n) / sp.real_root(q, n) - sp.real_root(c, n)) == 0)
        else:
            n, m, v = rng.choice([3, 4, 5]), rng.choice([2, 3]), rng.choice([2, 3])
            lines.append(f"\\left(\\sqrt[{n}]{{{v}}}\\right)^{{{m}}} = \\sqrt[{n}]{{({lab})}}")
            ans = v**m
            checks.append(sp.simplify(sp.real_root(v, n) ** m - sp.real_root(ans, n)) == 0)
        answers.append(f"{lab} {ans}")
    body = "\n".join(f"({i}) {_r(t, st)}" for i, t in enumerate(lines, 1))
    text = rng.choice([
        f"다음 등식이 성립하도록 ㉠, ㉡에 알맞은 자연수를 {_end(rng, '쓰')}\n{body}",
        f"거듭제곱근의 성질을 이용하여 빈칸 ㉠, ㉡에 들어갈 수를 각각 {_end(rng)}\n{body}",
        f"다음 (  ) 안에 알맞은 수를 써넣으시오.\n{body}",
    ])
    return Problem(text=text, answer=", ".join(answers), format="fill", difficulty=2, achievement_level="D",
                   concepts=["거듭제곱근의 성질"], check=lambda: all(checks))


@family(_S01, "equal-growth-factor-word")
def _r1_word(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        r, n = rng.choice([(2, 3), (3, 3), (2, 4), (3, 4), (2, 5), (4, 3)])
        total = r**n
        ctx = rng.choice([("어느 지역의 태양광 발전량", "해마다", "년", "해"), ("어느 동영상의 조회 수", "하루마다", "일", "날"),
                          ("실험실에서 배양하는 미생물의 수", "한 시간마다", "시간", "시간")])
        text = rng.choice([
            f"{josa(ctx[0], '이/가')} {ctx[1]} 일정한 비율로 늘어나 {n}{ctx[2]} 동안 처음의 {total}배가 되었다. 한 {ctx[3]} 동안 몇 배씩 늘어났는지 {_end(rng)}",
            f"{josa(ctx[0], '이/가')} {ctx[1]} 같은 배수로 증가하여 {n}{ctx[2]} 후에 처음의 {total}배가 되었다고 한다. {ctx[1]} 몇 배가 되었는가?",
        ])
        ans, ref = str(r), sp.real_root(total, n)
        d = 2
    elif kind == 1:
        edge_k, m = rng.choice([(2, 2), (3, 2), (2, 3), (3, 3), (2, 5), (4, 2), (5, 2)])
        vol = edge_k**3 * m
        unit = rng.choice(["cm", "m"])
        text = rng.choice([
            f"부피가 {vol} {unit}³인 정육면체 모양의 상자가 있다. 이 상자의 한 모서리의 길이를 {_r(_ACUBE, st)} {unit}의 꼴로 나타내시오. (단, a, b는 자연수이고, b는 가능한 한 작은 수이다.)",
            f"한 모서리의 길이가 x {unit}인 정육면체의 부피가 {vol} {unit}³일 때, x의 값을 거듭제곱근을 사용하여 간단히 나타내시오.",
        ])
        root = "∛" + str(m)
        ans = root if edge_k == 1 else f"{edge_k}{root}"
        ref = sp.real_root(vol, 3) - edge_k * sp.real_root(m, 3)
        ref, r = ref + 0, 0
        d = 3
    else:
        ratio = rng.choice([8, 27, 64, 125])
        scale = round(ratio ** (1 / 3))
        obj = rng.choice(["정육면체 모양의 얼음", "구 모양의 풍선", "정육면체 모양의 주사위 모형"])
        text = rng.choice([
            f"{josa(obj, '을/를')} 모양은 그대로 두고 부피만 처음의 {ratio}배로 만들려면 길이(모서리 또는 반지름)를 처음의 몇 배로 해야 하는지 {_end(rng)}",
            f"서로 닮은 두 {obj}의 부피의 비가 1 : {ratio}일 때, 길이의 비를 1 : k라 하자. k의 값을 {_end(rng)}",
        ])
        ans, ref = str(scale), sp.real_root(ratio, 3)
        r = scale
        d = 2
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["거듭제곱근", "세제곱근" if kind else "거듭제곱근"],
                   check=(lambda: sp.simplify(ref) == 0) if kind == 1 else (lambda: sp.simplify(ref - r) == 0))


@family(_S01, "natural-index-count")
def _r1_index_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        p = rng.choice([2, 3])
        e = rng.choice([12, 18, 20, 24, 30, 36])
        rad = f"\\sqrt[n]{{{p}^{{{e}}}}}"
        text = rng.choice([
            f"{_r(rad, st)}의 값이 자연수가 되도록 하는 2 이상의 자연수 n의 개수를 구하시오.",
            f"2 이상의 자연수 n에 대하여 {_r(f'{p}^{{{e}}}', st)}의 양의 n제곱근이 자연수가 되도록 하는 n의 개수는?",
        ])
        ans = sum(1 for n in range(2, e + 1) if e % n == 0)
        check = lambda: ans == sum(1 for n in range(2, e + 1) if sp.integer_nthroot(p**e, n)[1])  # noqa: E731
        d = 3
    elif kind == 1:
        lo, hi = 2, rng.choice([10, 11, 12, 15, 20])
        v = -rng.choice([3, 5, 7, 10])
        text = (f"{lo} 이상 {hi} 이하의 자연수 n 중에서 {_r(str(v), st)}의 n제곱근 중 실수인 것이 존재하도록 하는 "
                f"n의 개수를 {_end(rng)}")
        ans = sum(1 for n in range(lo, hi + 1) if n % 2 == 1)
        check = lambda: ans == sum(1 for n in range(lo, hi + 1) if _realroots(n, v))  # noqa: E731
        d = 3
    else:
        hi = rng.choice([8, 10, 12])
        c = rng.choice([4, 5, 6])
        text = (f"2 이상 {hi} 이하의 자연수 n에 대하여 {_r(f'n - {c}', st)}의 n제곱근 중 음의 실수가 존재하도록 하는 "
                f"모든 n의 값의 합을 {_end(rng)}")
        ans = sum(n for n in range(2, hi + 1) if (n % 2 == 1 and n - c < 0) or (n % 2 == 0 and n - c > 0))
        check = lambda: ans == sum(n for n in range(2, hi + 1) if any(r0 < 0 for r0 in _realroots(n, n - c)))  # noqa: E731
        d = 4
    text += exam_points(rng, d)
    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["거듭제곱근", "n제곱근"], check=check)


# -- checking helper: LaTeX-lite back to sympy ---------------------------------------------------
def _sym(tex: str, locs: dict | None = None) -> sp.Expr:
    """Parse LaTeX-lite (``\\frac``, ``\\sqrt[n]``, ``^{…}``, ``\\times``, ``\\div``) into sympy."""
    s = tex.replace("\\dfrac", "\\frac").replace("\\left", "").replace("\\right", "").replace("\\,", "")
    for _ in range(12):
        old = s
        s = re.sub(r"\\frac\{" + _INNER + r"\}\{" + _INNER + r"\}", r"((\1)/(\2))", s)
        s = re.sub(r"\\sqrt\[(\w+)\]\{" + _INNER + r"\}", r"real_root((\2), \1)", s)
        s = re.sub(r"\\sqrt\{" + _INNER + r"\}", r"sqrt(\1)", s)
        s = re.sub(r"\^\{" + _INNER + r"\}", r"**(\1)", s)
        if s == old:
            break
    s = s.replace("\\times", "*").replace("\\div", "/").replace("\\cdot", "*").replace("^", "**")
    s = re.sub(r"(?<=[\w)])(?=(?:sqrt|real_root)\()", "*", s)
    loc = {"a": a, "b": b, "x": x, "real_root": sp.real_root, "sqrt": sp.sqrt}
    loc.update(locs or {})
    return parse_expr(s, local_dict=loc,
                      transformations=(*standard_transformations, implicit_multiplication_application, convert_xor))


def _same(ans: str, val) -> bool:
    """Does the plain-text answer ``ans`` equal ``val`` (exactly, or to 1e-9 for decimals)?"""
    t = ans.replace("−", "-").replace("√", "sqrt").replace("∛", "cbrt").replace("×", "*")
    t = re.sub(r"(sqrt|cbrt)(\d+)", r"\1(\2)", t)
    got = parse_expr(t, local_dict={"sqrt": sp.sqrt, "cbrt": sp.cbrt},
                     transformations=(*standard_transformations, implicit_multiplication_application))
    return abs(complex(sp.N(got - val, 30))) < 1e-9


def _surd(val) -> str:
    """Plain text of c·√m / c·∛m values (``10√2``, ``5√2/2``)."""
    t = sp.sstr(sp.nsimplify(val))
    t = re.sub(r"sqrt\((\d+)\)", r"√\1", t)
    t = re.sub(r"(\d+)\*\*\(1/3\)", r"∛\1", t)
    return t.replace("*", "")


def _tpow(base, e) -> str:
    """LaTeX-lite for base^e; fractions and negatives in parentheses as printed."""
    bt = _qt(base)
    if sp.Rational(base) < 0 or sp.Rational(base).q != 1:
        bt = f"\\left({bt}\\right)"
    return f"{bt}^{{{_qt(e) if not isinstance(e, str) else e}}}"


# ================================================================================================
# 12대수01-02 지수의 확장 (0, 음의 정수, 유리수, 실수 지수)
# ================================================================================================
_S02 = "12대수01-02"


@family(_S02, "zero-negative-integer-exponent")
def _e2_negint(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pieces = []
    for _ in range(rng.choice([2, 3])):
        kind = rng.randrange(4)
        if kind == 0:
            pieces.append(_tpow(rng.choice([2, 3, 4, 5, 10]), -rng.randint(1, 3)))
        elif kind == 1:
            p, q = rng.choice([(1, 2), (1, 3), (2, 3), (3, 2), (1, 4), (2, 5)])
            pieces.append(_tpow(R(p, q), -rng.randint(1, 2)))
        elif kind == 2:
            pieces.append(_tpow(rng.choice([7, 13, -5, R(3, 7)]), 0))
        else:
            pieces.append(_tpow(-rng.choice([2, 3]), -rng.choice([1, 2, 3])))
    ops = [rng.choice([" + ", " \\times ", " - ", " \\div "]) for _ in pieces[1:]]
    tex = pieces[0] + "".join(o + p for o, p in zip(ops, pieces[1:], strict=True))
    val = _sym(tex)
    text = rng.choice([
        f"{_r(tex, st)}의 {_end(rng, '값')}",
        f"다음을 계산하시오.\n{_r(tex, st)}",
        f"지수가 0 또는 음의 정수일 때의 정의를 이용하여 {_jr(tex, st, '을/를')} 계산하면?",
    ])
    ans = _q(val)
    from fractions import Fraction as Fr

    def ev(piece: str) -> Fr:
        m = re.fullmatch(r"(?:\\left\()?(-?)(?:\\frac\{(\d+)\}\{(\d+)\}|(\d+))(?:\\right\))?\^\{(-?\d+)\}", piece)
        num = Fr(int(m.group(2)), int(m.group(3))) if m.group(2) else Fr(int(m.group(4)))
        num = -num if m.group(1) else num
        return num ** int(m.group(5))

    def chk() -> bool:  # left to right with × ÷ first, independent of sympy
        vals = [ev(p) for p in pieces]
        terms, cur = [], vals[0]
        for o, v in zip(ops, vals[1:], strict=True):
            if "times" in o:
                cur *= v
            elif "div" in o:
                cur /= v
            else:
                terms.append(cur)
                cur = v if "+" in o else -v
        terms.append(cur)
        return sum(terms) == Fr(int(val.p), int(val.q))
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["지수", "0 또는 음의 정수인 지수"], check=chk)


def _nice_rat_power(rng: random.Random) -> tuple:
    """(base, exponent) with base^exponent rational: base = r^q (or 1/r^q)."""
    r = rng.choice([2, 3, 2, 5])
    q = rng.choice([2, 3] if r != 2 else [2, 3, 4, 5])
    p = rng.choice([v for v in range(-3, 4) if v and _m.gcd(v, q) == 1])
    base = sp.Integer(r) ** q
    if rng.random() < 0.3:
        base = 1 / base
    return base, R(p, q)


@family(_S02, "rational-exponent-value")
def _e2_rat(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([1, 2, 2])
    parts, exact = [], []
    for _ in range(k):
        base, e = _nice_rat_power(rng)
        et = _qt(e)
        if e.q in (2, 4, 5) and rng.random() < 0.35:
            et = str(float(e)).rstrip("0")
        parts.append(_tpow(base, et))
        exact.append(base**e)
    op = rng.choice([" + ", " \\times ", " - "])
    tex = op.join(parts)
    val = exact[0] if k == 1 else {" + ": exact[0] + exact[-1], " - ": exact[0] - exact[-1]}.get(op, exact[0] * exact[-1])
    text = rng.choice([
        f"{_r(tex, st)}의 {_end(rng, '값')}",
        f"다음 값을 구하시오.\n{_r(tex, st)}",
        f"{_jr(tex, st, '을/를')} 간단히 하면?",
    ])
    d = 2 if k == 1 else 3
    return Problem(text=text, answer=_q(val), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["지수", "유리수인 지수", "거듭제곱근"],
                   check=lambda: abs(float(sp.Rational(val)) - float(sp.N(_sym(tex.replace("0.", "0.")), 20))) < 1e-9)


def _apow(m: int, v: str = "a") -> str:
    return v if m == 1 else f"{v}^{{{m}}}"


@family(_S02, "radical-exponent-convert-fill")
def _e2_convert(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kinds = rng.sample(range(5), 2)
    rows, answers, eqs = [], [], []
    for lab, kd in zip(("㉠", "㉡"), kinds, strict=True):
        n = rng.choice([3, 4, 5, 7])
        m = rng.choice([v for v in range(1, n + 3) if _m.gcd(v, n) == 1 and v != n])
        if kd == 0:
            rows.append(f"\\sqrt[{n}]{{{_apow(m)}}} = a^{{({lab})}}")
            ans = R(m, n)
            eq = (lambda n=n, m=m, v=ans: sp.real_root(a**m, n) - a**v)  # noqa: E731
        elif kd == 1:
            rows.append(f"\\frac{{1}}{{\\sqrt[{n}]{{{_apow(m)}}}}} = a^{{({lab})}}")
            ans = R(-m, n)
            eq = (lambda n=n, m=m, v=ans: 1 / sp.real_root(a**m, n) - a**v)  # noqa: E731
        elif kd == 2:
            rows.append(f"a^{{{_qt(R(m, n))}}} = \\sqrt[({lab})]{{{_apow(m)}}}")
            ans, eq = n, (lambda n=n, m=m: a ** R(m, n) - sp.real_root(a**m, n))
        elif kd == 3:
            k = rng.randint(2, 6)
            rows.append(f"a^{{-{k}}} = \\frac{{1}}{{a^{{({lab})}}}}")
            ans, eq = k, (lambda k=k: a ** (-k) - 1 / a**k)
        else:
            dec, nn, mm = rng.choice([("0.4", 5, 2), ("0.6", 5, 3), ("0.75", 4, 3), ("0.25", 4, 1), ("1.5", 2, 3), ("0.2", 5, 1)])
            root = "\\sqrt" if nn == 2 else f"\\sqrt[{nn}]"
            rows.append(f"a^{{{dec}}} = {root}{{a^{{({lab})}}}}")
            ans, eq = mm, (lambda dec=dec, nn=nn, mm=mm: a ** sp.nsimplify(dec) - sp.real_root(a**mm, nn))
        answers.append(f"{lab} {_q(ans)}")
        eqs.append(eq)
    body = "\n".join(_r(rw, st) for rw in rows)
    text = rng.choice([
        f"a > 0일 때, 다음 등식이 성립하도록 ㉠, ㉡에 알맞은 수를 {_end(rng, '쓰')}\n{body}",
        f"양수 a에 대하여 거듭제곱근과 유리수 지수 사이의 관계를 이용하여 ㉠, ㉡에 들어갈 수를 각각 {_end(rng)}\n{body}",
        f"다음 (  ) 안에 알맞은 수를 써넣으시오. (단, a > 0)\n{body}",
    ])
    return Problem(text=text, answer=", ".join(answers), format="fill", difficulty=2, achievement_level="D",
                   concepts=["유리수인 지수", "거듭제곱근"],
                   check=lambda: all(sp.simplify(e()) == 0 for e in eqs))


@family(_S02, "why-base-positive")
def _e2_why(rng: random.Random) -> Problem:
    st = pick_style(rng)
    bb = rng.choice([2, 3])
    neg = -(bb**3)
    k = rng.choice([2, 4])
    who = rng.choice(["민준", "서연", "지호", "하은", "도윤", "수아"])
    chain = (f"({neg})^{{\\frac{{1}}{{3}}}} = ({neg})^{{\\frac{{{k}}}{{{3 * k}}}}} = "
             f"\\left\\{{({neg})^{{{k}}}\\right\\}}^{{\\frac{{1}}{{{3 * k}}}}} = {(neg) ** k}^{{\\frac{{1}}{{{3 * k}}}}} = {bb}")
    e1 = f"({neg})^{{\\frac{{1}}{{3}}}}"
    e2 = f"({neg})^{{\\frac{{{k}}}{{{3 * k}}}}}"
    kind = rng.randrange(3)
    if kind == 0:
        text = (f"{josa(who, '은/는')} 다음과 같이 계산하였다.\n{_r(chain, st)}\n"
                f"그런데 {_r(str(neg), st)}의 세제곱근 중 실수인 것은 {-bb}이므로 위 결과는 이상하다. "
                f"{who}의 계산에서 무엇이 문제인지 찾고, 유리수 지수를 정의할 때 밑에 어떤 조건이 필요한지 {rng.choice(['설명하시오.', '설명해 보시오.', '서술하시오.'])}")
    elif kind == 1:
        text = (f"지수가 유리수일 때 밑 a를 양수로 제한하지 않으면 어떤 문제가 생기는지 "
                f"{_jr(e1, st, '과/와')} {_jr(e2, st, '을/를')} 예로 들어 설명하시오.")
    else:
        text = (f"다음 계산 과정에서 처음 등호가 성립하지 않는 이유를 설명하고, 이를 통해 유리수 지수의 밑에 필요한 조건을 쓰시오.\n{_r(chain, st)}")
    ans = (f"분수 지수 1/3을 {k}/{3 * k}로 바꾸면 밑이 음수일 때 값이 달라진다({josa(str(-bb), '과/와')} {bb}). "
           f"a^(m/n)의 값이 표현 방법에 관계없이 하나로 정해지려면 밑이 양수(a > 0)여야 한다.")
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A",
                   concepts=["유리수인 지수", "밑", "거듭제곱근"],
                   check=lambda: sp.real_root(neg, 3) == -bb and sp.real_root(neg**k, 3 * k) == bb)


@family(_S02, "real-exponent-approx-table")
def _e2_real(rng: random.Random) -> Problem:
    st = pick_style(rng)
    base = rng.choice([2, 3, 5])
    irr, approx = rng.choice([("\\sqrt{2}", ["1.4", "1.41", "1.414", "1.4142"]), ("\\sqrt{3}", ["1.7", "1.73", "1.732", "1.7321"]),
                              ("\\pi", ["3.1", "3.14", "3.141", "3.1415"])])
    if irr == "\\pi" and base == 5:
        base = 2
    vals = [base ** float(v) for v in approx]
    rows = "\n".join(f"| {v} | {w:.4f} |" for v, w in zip(approx, vals, strict=True))
    xt = _r(f"{base}^{{x}}", st)
    target = _r(f"{base}^{{{irr}}}", st)
    exact = sp.Integer(base) ** _sym(irr.replace("\\pi", "pi"), {"pi": sp.pi})
    true_v = float(sp.N(exact, 15))
    kind = rng.randrange(2)
    if kind == 0:
        text = (f"다음 표는 {_r(irr, st)}에 한없이 가까워지는 유리수 x에 대하여 {xt}의 값을 계산기로 구하여 나타낸 것이다.\n"
                f"| x | {xt} |\n{rows}\n이 표를 이용하여 {target}의 값을 어림하여 소수점 아래 둘째 자리까지 {_end(rng, '쓰')}")
        ans = f"{true_v:.2f}"
        ok = lambda: abs(float(ans) - true_v) <= 0.005 and abs(float(ans) - vals[-1]) < 0.006  # noqa: E731
    else:
        lo_e = rng.choice([1, 2, 3]) if irr != "\\pi" else 3
        hi_e = lo_e + 1
        text = (f"다음 표를 보고 {target}의 값이 어떤 두 정수 사이에 있는지, 그리고 {_r(irr, st)}에 가까워지는 x에 대하여 "
                f"{xt}의 값이 어떻게 변하는지 {rng.choice(['설명하시오.', '말해 보시오.'])}\n| x | {xt} |\n{rows}")
        lo_i = _m.floor(true_v)
        ans = f"{lo_i} < {_r(f'{base}^{{{irr}}}', 'plain')} < {lo_i + 1}; x가 커지며 {_r(irr, 'plain')}에 가까워질수록 {base}^x의 값도 커지며 일정한 값에 가까워진다."
        ok = lambda: lo_i < true_v < lo_i + 1 and all(v2 > v1 for v1, v2 in itertools.pairwise(vals))  # noqa: E731
        del lo_e, hi_e
    return Problem(text=text, answer=ans, format="data", difficulty=2 if kind == 0 else 3,
                   achievement_level="D" if kind == 0 else "C",
                   concepts=["실수인 지수", "지수"], check=ok)


def _ext_statement(rng: random.Random, st: str) -> tuple[str, bool]:
    kind = rng.randrange(5)
    want = rng.random() < 0.55
    if kind == 0:
        bse, n = rng.choice([2, 3, 5]), rng.randint(2, 3)
        true_v = R(1, bse**n)
        shown = true_v if want else rng.choice([-(bse**n), -true_v, sp.Integer(bse * n) * -1])
        tex = f"{bse}^{{-{n}}} = {_qt(shown)}"
        val = sp.Integer(bse) ** (-n)
    elif kind == 1:
        p, q = rng.choice([(1, 2), (2, 3), (1, 3), (3, 4)])
        n = rng.randint(1, 2)
        true_v = R(q, p) ** n
        shown = true_v if want else -R(p, q) ** n
        tex = f"{_tpow(R(p, q), -n)} = {_qt(shown)}"
        val = R(p, q) ** (-n)
    elif kind == 2:
        base, e = _nice_rat_power(rng)
        val = base**e
        if val.q == 1 and val.p == 1:
            return (_r("7^{0} = 1", st), True)
        shown = val if want else rng.choice([1 / val, -val, base * e if (base * e) != val else 1 / val])
        tex = f"{_tpow(base, e)} = {_qt(shown)}"
    elif kind == 3:
        n, m, v = rng.choice([3, 5]), rng.choice([2, 4]), rng.choice([2, 3, 5])
        e = R(m, n) if want else R(n, m)
        tex = f"\\sqrt[{n}]{{{v}^{{{m}}}}} = {v}^{{{_qt(e)}}}"
        val, shown = sp.real_root(v**m, n), sp.Integer(v) ** e
    else:
        v = rng.choice([3, 5, 7])
        shown = 1 if want else 0
        tex = f"\\left(\\frac{{1}}{{{v}}}\\right)^{{0}} = {shown}"
        val = sp.Integer(1)
    return _r(tex, st), bool(sp.simplify(val - shown) == 0)


@family(_S02, "exponent-extension-bogi")
def _e2_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        stmts = [_ext_statement(rng, st) for _ in range(3)]
        if any(ok for _, ok in stmts) and len({t for t, _ in stmts}) == 3:
            break
    block, ch = bogi(rng, stmts)
    text = f"{bogi_question(rng)}{exam_points(rng, 3)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["지수", "유리수인 지수", "0 또는 음의 정수인 지수"], choice=ch,
                   check=lambda: ", ".join(lab for lab, (_, ok) in zip("ㄱㄴㄷ", stmts, strict=True) if ok) == ch.options[ch.correct])


@family(_S02, "growth-at-fractional-negative-time")
def _e2_growth(rng: random.Random) -> Problem:
    s = rng.choice([2, 3])
    T = rng.choice([3, 4]) if s == 2 else rng.choice([2, 3, 4])
    k = s**T
    N = rng.choice([100, 200, 300, 500]) * s**3
    org, unit = rng.choice([("세균", "마리"), ("효모균", "개"), ("녹조류 세포", "개"), ("미생물", "마리")])
    kind = rng.randrange(3)
    if kind == 0:
        t = rng.choice([v for v in range(1, T)])
        text = rng.choice([
            f"어떤 {josa(org, '은/는')} {T}시간마다 그 수가 {k}배가 된다. 처음 {org}의 수가 {N}{unit}일 때, {t}시간 후의 {org}의 수를 {_end(rng)}",
            f"{T}시간이 지날 때마다 수가 {k}배로 늘어나는 {josa(org, '이/가')} 있다. 지금 {N}{josa(unit, '이라면/라면')} {t}시간 뒤에는 몇 {josa(unit, '이/가')} 되는가?",
        ])
        val = N * sp.Integer(k) ** R(t, T)
        ans = str(val)
        d = 2
    elif kind == 1:
        t = rng.choice([1, 2, 3])
        text = rng.choice([
            f"어떤 {josa(org, '은/는')} {T}시간마다 그 수가 {k}배가 된다. 현재 {org}의 수가 {N}{unit}일 때, {t}시간 전의 {org}의 수를 {_end(rng)}",
            f"{T}시간마다 {k}배씩 늘어나는 {org}의 수를 세었더니 지금 {N}{josa(unit, '이었다/였다')}. {t}시간 전에는 몇 {josa(unit, '이었는지/였는지')} {_end(rng)}",
        ])
        val = N * sp.Integer(k) ** R(-t, T)
        ans = str(val)
        d = 3
    else:
        hl = rng.choice([2, 4, 6, 8])
        m0 = rng.choice([40, 80, 160, 320])
        del unit
        t = rng.choice([hl // 2, hl * 3 // 2, 2 * hl, hl // 2 * 5]) if hl > 2 else rng.choice([1, 3, 4, 5])
        sub = rng.choice(["어떤 방사성 물질", "몸속에 들어간 약 성분", "어떤 동위 원소"])
        text = (f"{josa(sub, '은/는')} {hl}시간마다 그 양이 절반으로 줄어든다. 처음 양이 {m0} mg일 때, {t}시간 후에 남아 있는 양은 몇 mg인지 "
                f"{_end(rng)} (단, 근호를 사용하여 나타낼 수 있다.)")
        val = m0 * R(1, 2) ** R(t, hl)
        ans = _surd(val)
        d = 3
    ans_disp = ans
    return Problem(text=text, answer=ans_disp, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["유리수인 지수", "0 또는 음의 정수인 지수" if kind == 1 else "유리수인 지수"],
                   check=lambda: _same(ans_disp, val))


@family(_S02, "rational-power-value-mcq")
def _e2_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, q = rng.choice([(2, 3), (3, 2), (2, 2), (3, 3), (2, 4), (5, 2), (4, 2)])
    p = rng.choice([v for v in (-3, -2, -1, 2, 3) if _m.gcd(abs(v), q) == 1])
    base = sp.Integer(r) ** q
    if rng.random() < 0.4:
        base = 1 / base
    e = R(p, q)
    val = base**e
    wrong = [1 / val, -val, -1 / val, base ** R(q, p) if abs(p) > 1 else val * r, base * e, sp.Integer(r) ** abs(p) * (1 if val > 1 else R(1, r ** (2 * abs(p)))), val * r, val / r]
    dl = [_r(_qt(w), st) for w in wrong if w.is_rational]
    ch = choices(rng, _r(_qt(val), st), dl)
    pw = _r(_tpow(base, e), st)
    stem = rng.choice([f"{pw}의 값은?", f"{pw}의 값으로 옳은 것은?", f"다음 중 {pw}의 값과 같은 것은?",
                       f"{pw}의 값을 구하면?"]) + exam_points(rng, 2)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["유리수인 지수"], choice=ch, check=lambda: _sym(_tpow(base, e)) == _sym(_qt(val)))


@family(_S02, "express-as-rational-power")
def _e2_aspow(rng: random.Random) -> Problem:
    st = pick_style(rng)
    bse = rng.choice([2, 3, 5])
    kind = rng.randrange(3)
    if kind == 0:
        p, n, q = rng.randint(1, 2), rng.choice([2, 3]), 1
        m = rng.choice([2, 3, 4])
        inner = f"{bse ** p}\\sqrt{{{bse}}}" if n == 2 else f"{bse ** p}\\sqrt[3]{{{bse}}}"
        tex = f"\\sqrt[{m}]{{{inner}}}" if m > 2 else f"\\sqrt{{{inner}}}"
        k = (p + R(q, n)) / m
    elif kind == 1:
        n, m = rng.choice([3, 4, 5]), rng.choice([1, 2, 3])
        if _m.gcd(n, m) != 1:
            m = 1
        tex = f"\\frac{{1}}{{\\sqrt[{n}]{{{bse ** m}}}}}"
        k = R(-m, n)
    else:
        n = rng.choice([2, 3])
        p = rng.choice([1, 2])
        tex = f"\\frac{{{bse}}}{{\\sqrt[{n}]{{{bse ** p}}}}}" if n > 2 else f"\\frac{{{bse ** 2}}}{{\\sqrt{{{bse ** p}}}}}"
        k = (1 - R(p, n)) if n > 2 else (2 - R(p, 2))
    if k == 0:
        k = R(1, 2)
        tex = f"\\sqrt{{{bse}}}"
    kk = rng.choice(["k", "x", "a"])
    text = rng.choice([
        f"{_r(tex + ' = ' + f'{bse}^{{{kk}}}', st)}일 때, 유리수 {kk}의 값을 {_end(rng)}",
        f"{_jr(tex, st, '을/를')} {_r(f'{bse}^{{{kk}}}', st)} 꼴로 나타낼 때, {kk}의 값은?",
        f"다음 수를 밑이 {bse}인 거듭제곱으로 나타내시오.\n{_r(tex, st)}",
    ])
    ans = _q(k) if "거듭제곱으로" not in text else _r(f"{bse}^{{{_qt(k)}}}", "plain")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["유리수인 지수", "거듭제곱근"], also=["12대수01-03"],
                   check=lambda: sp.simplify(_sym(tex) - sp.Integer(bse) ** k) == 0)


# ================================================================================================
# 12대수01-03 지수법칙
# ================================================================================================
_S03 = "12대수01-03"


def _mono(ea, eb, var=("a", "b")) -> str:
    """LaTeX-lite a^{ea} b^{eb} (exponent 0 dropped, 1 implicit)."""
    out = []
    for v, e in zip(var, (ea, eb), strict=True):
        e = sp.Rational(e)
        if e == 0:
            continue
        out.append(v if e == 1 else f"{v}^{{{_qt(e)}}}")
    return " ".join(out) if out else "1"


def _mono_plain(ea, eb) -> str:
    parts = []
    for v, e in (("a", sp.Rational(ea)), ("b", sp.Rational(eb))):
        if e == 0:
            continue
        parts.append(v if e == 1 else (f"{v}^{e}" if e.q == 1 and e > 0 else f"{v}^({_q(e)})"))
    return "".join(parts) if parts else "1"


@family(_S03, "simplify-monomial-exponents")
def _l3_mono(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fr = [R(1, 2), R(1, 3), R(2, 3), R(3, 2), R(1, 4), R(3, 4), -R(1, 2), -R(1, 3), R(2), R(-1), R(3)]
    kind = rng.randrange(3)
    if kind == 0:
        p1, q1 = rng.choice(fr), rng.choice(fr)
        n = rng.choice([2, 3, 4, 6])
        p2, q2 = rng.choice(fr), rng.choice(fr)
        op = rng.choice(["\\times", "\\div"])
        dv = _mono(p2, q2)
        dv = f"\\left({dv}\\right)" if op == "\\div" and " " in dv else dv
        tex = f"\\left({_mono(p1, q1)}\\right)^{{{n}}} {op} {dv}"
        sgn = 1 if op == "\\times" else -1
        ea, eb = p1 * n + sgn * p2, q1 * n + sgn * q2
    elif kind == 1:
        n1, n2, n3 = rng.choice([(3, 2, 6), (4, 2, 4), (3, 6, 2), (5, 5, 10), (3, 4, 12)])
        m1 = rng.choice([1, 2])
        tex = (f"\\sqrt[{n1}]{{{_apow(m1)}}} \\times " + ("\\sqrt" if n2 == 2 else f"\\sqrt[{n2}]") + "{a} \\div "
               + ("\\sqrt" if n3 == 2 else f"\\sqrt[{n3}]") + "{a}")
        ea, eb = R(m1, n1) + R(1, n2) - R(1, n3), 0
    else:
        p1 = rng.choice([R(1, 2), R(1, 3), R(2, 3), R(1, 4)])
        q1 = rng.choice([R(1, 2), R(1, 3), -R(1, 2), R(3, 4)])
        m = rng.choice([2, 3, 4, 6, 12])
        k = rng.choice([1, 2])
        tail = "a b^{-1}" if k == 1 else f"\\left(a b^{{-1}}\\right)^{{{k}}}"
        tex = f"\\left({_mono(p1, q1)}\\right)^{{{m}}} \\times {tail}"
        ea, eb = p1 * m + k, q1 * m - k
    ans = _mono_plain(ea, eb)
    text = rng.choice([
        f"a > 0, b > 0일 때, {_jr(tex, st, '을/를')} 간단히 하시오." if kind != 1 else f"a > 0일 때, {_jr(tex, st, '을/를')} 간단히 하시오.",
        f"다음 식을 간단히 나타내시오. (단, a > 0, b > 0)\n{_r(tex, st)}",
        f"양수 a, b에 대하여 {_jr(tex, st, '을/를')} {_r('a^{p} b^{q}', st)} 꼴로 나타낼 때, p, q의 값을 각각 {_end(rng)}"
        if kind != 1 else f"양수 a에 대하여 {_r(tex + ' = a^{k}', st)}일 때, 유리수 k의 값을 {_end(rng)}",
    ])
    if "p, q의 값" in text:
        ans = f"p = {_q(ea)}, q = {_q(eb)}"
    elif "유리수 k" in text:
        ans = _q(ea)
    d = 3 if kind != 1 else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["지수법칙"], check=lambda: sp.simplify(_sym(tex) - a**ea * b**eb) == 0)


@family(_S03, "real-exponent-law-value")
def _l3_real(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(5)
    c = rng.choice([2, 3, 5])
    r = rng.choice([2, 3])
    if kind == 0:
        k = rng.randint(1, 3)
        tex = f"{c}^{{\\sqrt{{{r}}} + {k}}} \\div {c}^{{\\sqrt{{{r}}}}}"
        val = c**k
    elif kind == 1:
        tex = f"\\left({c}^{{\\sqrt{{{r}}}}}\\right)^{{\\sqrt{{{r}}}}}"
        val = c**r
    elif kind == 2:
        tex = f"\\left({c}^{{\\sqrt{{2}}}}\\right)^{{\\sqrt{{8}}}}"
        val = c**4
    elif kind == 3:
        p, q = rng.choice([(1, 2), (1, 3), (2, 3), (1, 4)])
        n1 = rng.choice([2, 3])
        tex = f"{c}^{{{_qt(R(p, q))}}} \\times {c ** n1}^{{{_qt(R(q - p, q * n1))}}}" if (q - p) else f"{c}^{{1}}"
        val = c
    else:
        tex = f"{c}^{{1 + \\sqrt{{{r}}}}} \\times {c}^{{1 - \\sqrt{{{r}}}}}"
        val = c**2
    text = rng.choice([
        f"{_r(tex, st)}의 {_end(rng, '값')}",
        f"지수법칙을 이용하여 {_jr(tex, st, '을/를')} 계산하시오.",
        f"다음 식의 값은?{exam_points(rng, 2)}\n{_r(tex, st)}",
    ])
    return Problem(text=text, answer=str(val), format="computation", difficulty=2, achievement_level="D",
                   concepts=["지수법칙", "실수인 지수" if kind != 3 else "유리수인 지수"],
                   check=lambda: sp.simplify(_sym(tex) - val) == 0)


@family(_S03, "x-half-plus-inverse")
def _l3_xhalf(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([3, 4, 5, 6, 7])
    kind = rng.randrange(3)
    given = f"x^{{\\frac{{1}}{{2}}}} + x^{{-\\frac{{1}}{{2}}}} = {k}"
    s1 = k * k - 2  # x + 1/x
    if kind == 0:
        target, val = "x + x^{-1}", s1
    elif kind == 1:
        target, val = "x^{2} + x^{-2}", s1 * s1 - 2
    else:
        target, val = "x^{\\frac{3}{2}} + x^{-\\frac{3}{2}}", k**3 - 3 * k
    text = rng.choice([
        f"양수 x에 대하여 {_r(given, st)}일 때, {_r(target, st)}의 {_end(rng, '값')}",
        f"x > 0이고 {_r(given, st)}일 때, {_r(target, st)}의 값을 구하시오.{exam_points(rng, 3)}",
        f"양의 실수 x가 {_jr(given, st, '을/를')} 만족시킬 때, {_r(target, st)}의 값은?",
    ])

    def chk() -> bool:
        t = (k + sp.sqrt(k * k - 4)) / 2  # t = sqrt(x)
        xv = t**2
        return sp.simplify(_sym(target, {"x": xv}) - val) == 0
    d = 3 if kind == 0 else 4
    return Problem(text=text, answer=str(val), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["지수법칙", "곱셈 공식"], check=chk)


@family(_S03, "a-2x-given-ratio")
def _l3_a2x(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([2, 3, 4, 5, 6])
    kind = rng.randrange(3)
    if kind == 0:
        target = "\\frac{a^{3x} + a^{-3x}}{a^{x} + a^{-x}}"
        val = k - 1 + R(1, k)
    elif kind == 1:
        target = "\\frac{a^{x} - a^{-x}}{a^{x} + a^{-x}}"
        val = R(k - 1, k + 1)
    else:
        target = "\\frac{a^{3x} - a^{-3x}}{a^{x} - a^{-x}}"
        val = k + 1 + R(1, k)
    text = rng.choice([
        f"{_r(f'a^{{2x}} = {k}', st)}일 때, {_r(target, st)}의 {_end(rng, '값')} (단, a > 0)",
        f"양수 a와 실수 x에 대하여 {_r(f'a^{{2x}} = {k}', st)}일 때, 다음 식의 값을 구하시오.\n{_r(target, st)}",
        f"a > 0이고 {_r(f'a^{{2x}} = {k}', st)}일 때, {_r(target, st)}의 값은?{exam_points(rng, 3)}",
    ])

    def chk() -> bool:
        xv = sp.log(k) / 2  # a = e
        e = _sym(target, {"a": sp.E, "x": xv})
        return sp.simplify(e - val) == 0
    return Problem(text=text, answer=_q(val), format="computation", difficulty=4, achievement_level="B",
                   concepts=["지수법칙"], check=chk)


@family(_S03, "missing-exponent-fill")
def _l3_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.choice([2, 3, 5])
    rows, ans, cks = [], [], []
    for lab in ("㉠", "㉡"):
        kind = rng.randrange(3)
        e1 = rng.choice([R(1, 3), R(2, 5), R(3, 4), R(1, 2), R(-2, 3)])
        tgt = rng.choice([1, 2, 3])
        if kind == 0:
            rows.append(f"{c}^{{{_qt(e1)}}} \\times {c}^{{({lab})}} = {c ** tgt}")
            v = tgt - e1
        elif kind == 1:
            m = rng.choice([2, 3, 4])
            rows.append(f"\\left({c}^{{({lab})}}\\right)^{{{m}}} = {_pw(c, e1 * m)}")
            v = e1
        else:
            rows.append(f"{c}^{{{_qt(e1)}}} \\div {c}^{{({lab})}} = {_pw(c, e1 - tgt)}")
            v = sp.Integer(tgt)
        cks.append((rows[-1], v, lab))
        ans.append(f"{lab} {_q(v)}")
    body = "\n".join(_r(rw, st) for rw in rows)
    text = rng.choice([
        f"다음 등식이 성립하도록 ㉠, ㉡에 알맞은 유리수를 {_end(rng, '쓰')}\n{body}",
        f"지수법칙을 이용하여 (  ) 안에 알맞은 수를 써넣으시오.\n{body}",
        f"빈칸 ㉠, ㉡에 들어갈 수를 각각 {_end(rng)}\n{body}",
    ])

    def chk() -> bool:
        for row, v, lab in cks:
            lhs, rhs = row.replace(f"({lab})", f"({_qt(v)})").split(" = ")
            if sp.simplify(_sym(lhs) - _sym(rhs)) != 0:
                return False
        return True
    return Problem(text=text, answer=", ".join(ans), format="fill", difficulty=2, achievement_level="D",
                   concepts=["지수법칙"], check=chk)


def _pw(c, e) -> str:
    """LaTeX-lite c^e, written as plain c when e = 1."""
    return str(c) if sp.Rational(e) == 1 else f"{c}^{{{_qt(e)}}}"


@family(_S03, "which-law-correct-mcq")
def _l3_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    want_true = rng.random() < 0.5
    c = rng.choice([2, 3, 5])
    while True:
        p, q = rng.sample([R(1, 2), R(1, 3), R(2, 3), R(3, 2), R(1, 4), R(3, 4), R(2), R(3)], 2)
        if p + q != p * q and p - q != p / q:
            break
    cands = {
        "add": (f"{_pw(c, p)} \\times {_pw(c, q)} = {_pw(c, p + q)}", f"{_pw(c, p)} \\times {_pw(c, q)} = {_pw(c, p * q)}"),
        "mul": (f"\\left({_pw(c, p)}\\right)^{{{_qt(q)}}} = {_pw(c, p * q)}", f"\\left({_pw(c, p)}\\right)^{{{_qt(q)}}} = {_pw(c, p + q)}"),
        "div": (f"{_pw(c, p)} \\div {_pw(c, q)} = {_pw(c, p - q)}", f"{_pw(c, p)} \\div {_pw(c, q)} = {_pw(c, p / q)}"),
        "prod": (f"\\left({c} \\times 7\\right)^{{{_qt(p)}}} = {_pw(c, p)} \\times 7^{{{_qt(p)}}}", f"\\left({c} \\times 7\\right)^{{{_qt(p)}}} = {c} \\times 7^{{{_qt(p)}}}"),
        "neg": (f"{c}^{{-{_qt(p)}}} = \\frac{{1}}{{{_pw(c, p)}}}", f"{c}^{{-{_qt(p)}}} = -{_pw(c, p)}"),
        "sum": (f"{_pw(c, p)} \\times {_pw(c, p)} = {_pw(c, 2 * p)}", f"{_pw(c, p)} + {_pw(c, p)} = {_pw(c, 2 * p)}"),
    }
    keys = rng.sample(list(cands), 5)
    pick = keys[0]
    opts_tex = [cands[k][0] if ((k == pick) == want_true) else cands[k][1] for k in keys]

    def is_true(t: str) -> bool:
        lhs, rhs = t.split(" = ")
        return abs(complex(sp.N(_sym(lhs) - _sym(rhs), 20))) < 1e-12
    truths = [is_true(t) for t in opts_tex]
    opts = [_r(t, st) for t in opts_tex]
    correct = opts[truths.index(want_true)]
    ch = choices(rng, correct, [o for o in opts if o != correct])
    stem = (rng.choice(["다음 중 옳은 것은?", "다음 등식 중 항상 성립하는 것은?", "지수법칙을 바르게 적용한 것은?"]) if want_true
            else rng.choice(["다음 중 옳지 않은 것은?", "다음 등식 중 성립하지 않는 것은?"])) + exam_points(rng, 2)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["지수법칙"], choice=ch,
                   check=lambda: truths.count(want_true) == 1 and is_true(opts_tex[opts.index(ch.options[ch.correct])]) == want_true)


@family(_S03, "equal-powers-reciprocal-sum")
def _l3_recip(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.choice([(2, 5), (2, 3), (3, 4), (2, 7), (3, 5), (4, 5), (2, 9)])
    u, v = rng.choice([(1, 1), (1, 1), (2, 1), (1, 2)])
    T = p**u * q**v
    k = rng.choice([1, 2, 3]) if T < 40 else rng.choice([1, 2])
    N = T**k
    if N > 10**6:
        k, N = 1, T
    xs, ys = rng.choice([("x", "y"), ("a", "b"), ("m", "n")])

    def term(c, s):
        return f"\\frac{{{c}}}{{{s}}}"
    tgt = f"{term(u, xs)} + {term(v, ys)}"
    val = R(1, k)
    text = rng.choice([
        f"두 실수 {xs}, {josa(ys, '이/가')} {_jr(f'{p}^{{{xs}}} = {q}^{{{ys}}} = {N}', st, '을/를')} 만족시킬 때, {_r(tgt, st)}의 값은?{exam_points(rng, 3)}",
        f"{_r(f'{p}^{{{xs}}} = {N}', st)}, {_r(f'{q}^{{{ys}}} = {N}', st)}일 때, {_r(tgt, st)}의 {_end(rng, '값')}",
        f"실수 {xs}, {ys}에 대하여 {_jr(f'{p}^{{{xs}}} = {q}^{{{ys}}} = {N}', st, '이/가')} 성립한다. {_r(tgt, st)}의 값을 구하시오.",
    ])

    def chk() -> bool:
        xv, yv = sp.log(N) / sp.log(p), sp.log(N) / sp.log(q)
        return sp.simplify(sp.expand_log(u / xv + v / yv, force=True) - val) == 0
    return Problem(text=text, answer=_q(val), format="computation", difficulty=4, achievement_level="B",
                   concepts=["지수법칙"], also=[], check=chk)


@family(_S03, "ratio-independent-of-t-word")
def _l3_ratio(rng: random.Random) -> Problem:
    st = pick_style(rng)
    base = rng.choice([2, 3])
    per = rng.choice([2, 3, 4, 5])
    h = per * rng.choice([1, 2, 3]) if rng.random() < 0.6 else rng.choice([per // 2 * 1 or 1, per * 2])
    if (h * 2) % per:
        h = per * 2
    kind = rng.randrange(3)
    q0 = rng.choice([50, 100, 120, 200])
    if kind == 0:
        f = f"{q0} \\times {base}^{{\\frac{{t}}{{{per}}}}}"
        text = rng.choice([
            f"어느 인터넷 게시물의 공유 횟수를 조사하였더니, 게시 후 t시간이 지났을 때의 공유 횟수가 {_jr(f, st, '으로/로')} 나타났다. "
            f"어느 시각에서든 {h}시간이 더 지나면 공유 횟수는 몇 배가 되는지 {_end(rng)}",
            f"실험실에서 배양 중인 세포의 수가 t일 후 {_r(f, st)}개라고 한다. t일 후와 (t + {h})일 후의 세포 수의 비가 1 : k일 때, k의 값을 {_end(rng)}",
        ])
        val = sp.Integer(base) ** R(h, per)
    elif kind == 1:
        f = f"{q0} \\times {base}^{{-\\frac{{t}}{{{per}}}}}"
        text = rng.choice([
            f"어떤 약을 먹고 t시간이 지났을 때 혈액 속 약 성분의 양이 {_r(f, st)} mg이라 한다. 어느 시각의 양은 그로부터 {h}시간 후의 양의 몇 배인지 {_end(rng)}",
            f"빛이 물속으로 t m 들어갔을 때의 밝기가 {_jr(f, st, '으로/로')} 나타난다고 한다. 깊이 d m에서의 밝기는 깊이 (d + {h}) m에서의 밝기의 몇 배인지 {_end(rng)}",
        ])
        val = sp.Integer(base) ** R(h, per)
    else:
        f = f"{q0} \\times {base}^{{\\frac{{t}}{{{per}}}}}"
        t1 = rng.choice([1, 2, 3]) * per
        text = (f"어떤 생물의 개체 수가 t년 후 {_jr(f, st, '이/가')} 된다고 한다. {t1 + h}년 후의 개체 수를 {t1}년 후의 개체 수로 나눈 값을 {_end(rng)}")
        val = sp.Integer(base) ** R(h, per)
    ans = _surd(val)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["지수법칙", "유리수인 지수"], check=lambda: _same(ans, val))


@family(_S03, "nested-root-to-power")
def _l3_nested(rng: random.Random) -> Problem:
    st = pick_style(rng)
    v = rng.choice(["a", "2", "3", "x"])
    depth = rng.choice([2, 3])
    idx = [rng.choice([2, 3, 4]) for _ in range(depth)]

    def rt(n, body):
        return f"\\sqrt{{{body}}}" if n == 2 else f"\\sqrt[{n}]{{{body}}}"
    inner = rt(idx[-1], v)
    for n in reversed(idx[:-1]):
        inner = rt(n, f"{v}{inner}")
    # exponent: v * rt(...) recursion: e_k = (1 + e_{k+1}) / n_k, innermost e = 1/n
    e = R(1, idx[-1])
    for n in reversed(idx[:-1]):
        e = (1 + e) / n
    expo = e
    if v.isdigit():
        text = rng.choice([f"{_r(inner + ' = ' + v + '^{k}', st)}일 때, 유리수 k의 값을 {_end(rng)}",
                           f"{_jr(inner, st, '을/를')} {v}의 거듭제곱 꼴로 나타내면 {_r(f'{v}^{{k}}', st)}이다. k의 값은?"])
        ans = _q(expo)
        ref = sp.Integer(int(v)) ** expo
        sym = _sym(inner)
    else:
        text = rng.choice([f"{v} > 0에서 {_jr(inner, st, '을/를')} {_r(f'{v}^{{k}}', st)} 꼴로 나타낼 때, k의 값을 {_end(rng)}",
                           f"다음 식을 간단히 하시오. (단, {v} > 0)\n{_r(inner, st)}"])
        ans = _q(expo) if "k의 값" in text else (f"{v}^({_q(expo)})" if expo.q != 1 else f"{v}^{expo}")
        ref = (a if v == "a" else x) ** expo
        sym = _sym(inner)
    d = 3 if depth == 2 else 4
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["지수법칙", "거듭제곱근"], also=["12대수01-02"], check=lambda: sp.simplify(sym - ref) == 0)


# ================================================================================================
# 12대수01-04 로그의 뜻과 성질
# ================================================================================================
_S04 = "12대수01-04"


def _ptex(coeffs, var: str = "x") -> str:
    """LaTeX-lite polynomial from descending integer coefficients, zero terms dropped."""
    deg = len(coeffs) - 1
    out = ""
    for i, c in enumerate(coeffs):
        c = int(c)
        e = deg - i
        if c == 0:
            continue
        mono = "" if e == 0 else (var if e == 1 else f"{var}^{{{e}}}")
        body = (str(abs(c)) if (abs(c) != 1 or e == 0) else "") + mono
        out += (("-" if c < 0 else "") + body) if not out else ((" - " if c < 0 else " + ") + body)
    return out or "0"


def _lg(base, arg: str) -> str:
    """LaTeX-lite \\log_{base} arg; base may be int, Rational or a tex string."""
    bt = base if isinstance(base, str) else _qt(base)
    return f"\\log_{{{bt}}} {arg}"


def _num(v: float, ref, tol: float = 1e-9) -> bool:
    return abs(float(v) - float(sp.N(ref, 20))) < tol


def _L(base, arg) -> float:
    return _m.log(float(arg)) / _m.log(float(base))


@family(_S04, "exp-log-convert-fill")
def _g4_convert(rng: random.Random) -> Problem:
    st = pick_style(rng)
    rows, answers, cks = [], [], []
    for lab in ("㉠", "㉡"):
        bse, e = rng.choice([(2, rng.choice([-3, -2, -1, 3, 4, 5, 6])), (3, rng.choice([-2, -1, 2, 3, 4])),
                             (5, rng.choice([-2, -1, 2, 3])), (10, rng.choice([-3, -2, 2, 3])),
                             (R(1, 2), rng.choice([-3, -2, 2, 3])), (R(1, 3), rng.choice([-2, 2, 3])),
                             (rng.choice([4, 9, 25]), rng.choice([R(1, 2), R(3, 2), R(-1, 2)])),
                             (rng.choice([8, 27]), rng.choice([R(1, 3), R(2, 3), R(-1, 3)]))])
        N = sp.Rational(bse) ** e
        bt = _tpow(bse, "E").replace("^{E}", "")
        Nt = _qt(N) if N.is_rational else sp.latex(N)
        kind = rng.randrange(3)
        if kind == 0:
            rows.append(f"{bt}^{{{_qt(e)}}} = {Nt} \\iff {_lg(bse, Nt)} = ({lab})")
            ans = _q(e)
        elif kind == 1:
            rows.append(f"{_lg(bse, Nt)} = {_qt(e)} \\iff {bt}^{{({lab})}} = {Nt}")
            ans = _q(e)
        else:
            rows.append(f"{_lg(bse, Nt)} = {_qt(e)} \\iff {bt}^{{{_qt(e)}}} = ({lab})")
            ans = _q(N)
        cks.append((bse, e, N))
        answers.append(f"{lab} {ans}")
    body = "\n".join(_r(rw, st) for rw in rows)
    text = rng.choice([
        f"다음 ㉠, ㉡에 알맞은 수를 {_end(rng, '쓰')}\n{body}",
        f"로그의 정의를 이용하여 빈칸에 들어갈 수를 각각 {_end(rng)}\n{body}",
        f"지수와 로그 사이의 관계를 이용하여 (  ) 안에 알맞은 수를 써넣으시오.\n{body}",
    ])
    return Problem(text=text, answer=", ".join(answers), format="fill", difficulty=1, achievement_level="E",
                   concepts=["로그", "밑", "진수"], check=lambda: all(_num(_L(b0, n0), e0) for b0, e0, n0 in cks))


def _log_term(rng: random.Random) -> tuple[str, object]:
    b0 = rng.choice([2, 3, 5])
    kind = rng.randrange(5)
    k = rng.choice([-3, -2, -1, 2, 3, 4])
    if kind == 0:
        arg = sp.Rational(b0) ** k
        return _lg(b0, _qt(arg)), k
    if kind == 1:
        arg = sp.Integer(b0) ** abs(k)
        return _lg(R(1, b0), _qt(arg)), -abs(k)
    if kind == 2:
        kk = abs(k)
        return _lg(f"\\sqrt{{{b0}}}", str(b0**kk)), 2 * kk
    if kind == 3:
        n = rng.choice([2, 3, 4])
        rt = "\\sqrt" if n == 2 else f"\\sqrt[{n}]"
        return _lg(b0, f"{rt}{{{b0}}}"), R(1, n)
    kk = abs(k)
    return _lg(b0 ** 2, str(b0**kk)), R(kk, 2)


@family(_S04, "log-basic-value")
def _g4_value(rng: random.Random) -> Problem:
    st = pick_style(rng)
    terms = [_log_term(rng) for _ in range(rng.choice([1, 2, 3]))]
    tex, total, parts = "", sp.Integer(0), []
    for i, (t, v) in enumerate(terms):
        sg = 1 if i == 0 else rng.choice([1, -1])
        tex += t if i == 0 else (" + " if sg > 0 else " - ") + t
        total += sg * v
        parts.append((sg, t))
    text = rng.choice([
        f"{_r(tex, st)}의 {_end(rng, '값')}",
        f"다음 값을 구하시오.\n{_r(tex, st)}",
        f"로그의 정의를 이용하여 {_jr(tex, st, '을/를')} 계산하시오.",
    ])

    def chk() -> bool:
        tot = 0.0
        for sg, t in parts:
            m = re.fullmatch(r"\\log_\{(.+?)\} (.+)", t)
            tot += sg * _m.log(float(_sym(m.group(2)))) / _m.log(float(_sym(m.group(1))))
        return abs(tot - float(total)) < 1e-9
    d = len(terms) + (1 if len(terms) == 1 else 0)
    return Problem(text=text, answer=_q(total), format="computation", difficulty=min(d, 3), achievement_level=secondary_level(min(d, 3)),
                   concepts=["로그", "밑", "진수"], check=chk)


@family(_S04, "log-defined-integer-count")
def _g4_defined(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        r1 = rng.randint(-3, 2)
        r2 = r1 + rng.randint(5, 9)
        p = rng.randint(r1 - 1, r1 + 2)
        arg = sp.expand(-(x - r1) * (x - r2))
        poly = sp.Poly(arg, x).all_coeffs()
        argt = _ptex(poly)
        expr = _lg(f"x {'-' if p >= 0 else '+'} {abs(p)}" if p else "x", f"\\left({argt}\\right)")
        sol = [v for v in range(r1 - 5, r2 + 5) if r1 < v < r2 and v - p > 0 and v - p != 1]
        cond = lambda v: (-(v * v) + poly[1] * v + poly[2]) > 0 and (v - p) > 0 and (v - p) != 1  # noqa: E731
        what = "x"
        d = 4
    elif kind == 1:
        lo = rng.randint(1, 4)
        hi = lo + rng.randint(5, 9)
        expr = _lg(f"a - {lo}", f"\\left({hi} - a\\right)")
        sol = [v for v in range(lo - 5, hi + 5) if v - lo > 0 and v - lo != 1 and hi - v > 0]
        cond = lambda v: v - lo > 0 and v - lo != 1 and hi - v > 0  # noqa: E731
        what = "a"
        d = 3
    else:
        r1 = rng.randint(1, 4)
        r2 = r1 + rng.randint(4, 7)
        c = rng.randint(r1 - 1, r2 - 2)
        expr = _lg(f"\\left(x - {r1}\\right)", f"\\left({r2} - x\\right)") if rng.random() < 0.5 else \
            _lg(f"x - {r1}", f"\\left({r2} - x\\right)")
        sol = [v for v in range(r1 - 5, r2 + 5) if v - r1 > 0 and v - r1 != 1 and r2 - v > 0]
        cond = lambda v: v - r1 > 0 and v - r1 != 1 and r2 - v > 0  # noqa: E731
        what = "x"
        d = 3
        del c
    n = len(sol)
    text = rng.choice([
        f"{_jr(expr, st, '이/가')} 정의되기 위한 정수 {what}의 개수를 구하시오.{exam_points(rng, d)}",
        f"{_r(expr, st)}의 값이 존재하도록 하는 모든 정수 {what}의 개수는?{exam_points(rng, d)}",
        f"로그 {_r(expr, st)}에서 밑과 진수의 조건을 모두 만족시키는 정수 {what}의 개수를 {_end(rng)}",
    ])
    return Problem(text=text, answer=str(n), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["로그", "밑", "진수"], also=["10공수1-02-11"] if kind == 0 else [],
                   check=lambda: n == sum(1 for v in range(-20, 40) if cond(v)))


@family(_S04, "log-properties-combine")
def _g4_combine(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b0 = rng.choice([2, 3, 5, 6])
    others = [v for v in (3, 5, 7, 2, 11) if _m.gcd(v, b0) == 1]
    u, v = rng.sample(others, 2)
    T = rng.randint(1, 4)
    kind = rng.randrange(3)
    if kind == 0:
        i, j = rng.randint(0, 3), rng.randint(0, 3)
        while i + j < T:
            j += 1
        A, B, Cc = u * b0**i, v * b0**j, u * v * b0 ** (i + j - T)
        tex = f"{_lg(b0, A)} + {_lg(b0, B)} - {_lg(b0, Cc)}"
        val = _L(b0, A) + _L(b0, B) - _L(b0, Cc)
    elif kind == 1:
        i = rng.randint(0, 2)
        A = u * b0**i
        Cc = A * A // b0**T if (A * A) % b0**T == 0 else None
        if Cc is None:
            A = u * b0**T
            Cc = u * u * b0**T
        tex = f"2{_lg(b0, A)} - {_lg(b0, Cc)}"
        val = 2 * _L(b0, A) - _L(b0, Cc)
    else:
        A = u * u * b0 ** (2 * T)
        tex = f"\\frac{{1}}{{2}}{_lg(b0, A)} - {_lg(b0, u)}"
        val = 0.5 * _L(b0, A) - _L(b0, u)
    text = rng.choice([
        f"{_r(tex, st)}의 {_end(rng, '값')}",
        f"로그의 성질을 이용하여 다음 식을 간단히 하시오.\n{_r(tex, st)}",
        f"{_r(tex, st)}의 값은?{exam_points(rng, 2)}",
    ])
    return Problem(text=text, answer=str(T), format="computation", difficulty=2, achievement_level="D",
                   concepts=["로그의 성질"], check=lambda: abs(val - T) < 1e-9)


@family(_S04, "change-of-base-chain")
def _g4_chain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    if kind == 0:
        p, q, r_ = rng.sample([2, 3, 5, 7], 3)
        k = rng.randint(2, 4)
        s_ = p**k
        tex = f"{_lg(p, q)} \\times {_lg(q, r_)} \\times {_lg(r_, s_)}"
        val = sp.Integer(k)
        num = _L(p, q) * _L(q, r_) * _L(r_, s_)
    elif kind == 1:
        p, q = rng.sample([2, 3, 5], 2)
        a1, b1, c1, d1 = rng.choice([1, 2, 3]), rng.choice([1, 2, 3]), rng.choice([1, 2, 3]), rng.choice([1, 2, 4])
        tex = f"{_lg(p ** a1, q ** b1)} \\times {_lg(q ** c1, p ** d1)}"
        val = R(b1 * d1, a1 * c1)
        num = _L(p**a1, q**b1) * _L(q**c1, p**d1)
    elif kind == 2:
        p, q = rng.choice([(2, 3), (2, 5), (3, 5), (2, 7), (3, 4)])
        k = rng.choice([1, 2])
        N = (p * q) ** k
        tex = f"\\frac{{1}}{{{_lg(p, N)}}} + \\frac{{1}}{{{_lg(q, N)}}}"
        val = R(1, k)
        num = 1 / _L(p, N) + 1 / _L(q, N)
    else:
        p = rng.choice([2, 3, 5])
        q = rng.choice([v for v in (3, 5, 7, 10) if v != p])
        tex = f"\\left({_lg(p, q)} + {_lg(p ** 2, q)}\\right)\\left({_lg(q, p)} + {_lg(q ** 2, p)}\\right)"
        val = R(9, 4)
        num = (_L(p, q) + _L(p**2, q)) * (_L(q, p) + _L(q**2, p))
    text = rng.choice([
        f"{_r(tex, st)}의 {_end(rng, '값')}",
        f"로그의 밑의 변환을 이용하여 다음 값을 구하시오.\n{_r(tex, st)}",
        f"다음 식의 값은?{exam_points(rng, 3)}\n{_r(tex, st)}",
    ])
    d = 3 if kind != 3 else 4
    return Problem(text=text, answer=_q(val), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["로그의 성질", "로그의 밑의 변환"], check=lambda: abs(num - float(val)) < 1e-9)


@family(_S04, "log-in-terms-of-letters")
def _g4_letters(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, B = sp.symbols("a b")
    kind = rng.randrange(2)
    if kind == 0:
        c = rng.choice([5, 7])
        i, j = rng.randint(-2, 3), rng.randint(-1, 2)
        k = rng.choice([0, 1, -1])
        half = rng.random() < 0.3
        num = sp.Integer(2) ** max(i, 0) * sp.Integer(3) ** max(j, 0) * sp.Integer(c) ** max(k, 0)
        den = sp.Integer(2) ** max(-i, 0) * sp.Integer(3) ** max(-j, 0) * sp.Integer(c) ** max(-k, 0)
        if num == den:
            i, num = i + 1, num * 2
        arg = _qt(num / den)
        argt = f"\\sqrt{{{arg}}}" if half and (num / den).q == 1 else arg
        if not argt.startswith("\\sqrt"):
            half = False
        expr = (i * A + j * B + k) / (2 if half else 1)
        tex = _lg(c, argt)
        given = f"{_r(_lg(c, 2) + ' = a', st)}, {_r(_lg(c, 3) + ' = b', st)}"
        subs = {A: _L(c, 2), B: _L(c, 3)}
        ref = _L(c, float(num / den)) / (2 if half else 1)
    else:
        p, q = rng.choice([(2, 3), (3, 2), (2, 5)])
        m, n = rng.choice([(1, 1), (2, 1), (1, 2)])
        u, v = rng.choice([(1, 2), (2, 1), (3, 1), (1, 3), (2, 2), (0, 2)])
        if (u, v) == (m, n):
            u, v = (m + 1, n)
        bse, arg = p**m * q**n, p**u * q**v
        expr = (u + v * A) / (m + n * A)
        tex = _lg(bse, arg)
        given = _r(_lg(p, q) + " = a", st)
        subs = {A: _L(p, q)}
        ref = _L(bse, arg)
    ans = sp.sstr(sp.simplify(expr)).replace("*", "")
    text = rng.choice([
        f"{given}일 때, {_jr(tex, st, '을/를')} a{', b' if kind == 0 else ''}로 나타내시오.",
        f"{given}라 할 때, {_r(tex, st)}의 값을 a{', b' if kind == 0 else ''}에 대한 식으로 나타내면?",
        f"{given}일 때, 다음을 a{', b' if kind == 0 else ''}를 사용하여 나타내시오.\n{_r(tex, st)}",
    ])
    d = 3 if kind == 0 else 4
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["로그의 성질", "로그의 밑의 변환" if kind else "로그의 성질"],
                   check=lambda: abs(float(parse_expr(ans, local_dict={"a": A, "b": B}, transformations=(*standard_transformations, implicit_multiplication_application)).subs(subs)) - ref) < 1e-9)


def _log_stmt(rng: random.Random, st: str) -> tuple[str, bool]:
    b0 = rng.choice([2, 3, 5])
    M, N = rng.sample([v for v in (3, 5, 6, 7, 10, 12) if v != b0], 2)
    kind = rng.randrange(8)
    if kind == 0:
        t, ok = f"{_lg(b0, f'({M} + {N})')} = {_lg(b0, M)} + {_lg(b0, N)}", abs(_L(b0, M + N) - _L(b0, M) - _L(b0, N)) < 1e-12
    elif kind == 1:
        t, ok = f"{_lg(b0, f'{M} ^{{3}}'.replace(' ', ''))} = 3{_lg(b0, M)}", True
    elif kind == 2:
        t, ok = f"{_lg(b0 ** 2, M)} = 2{_lg(b0, M)}", abs(_L(b0**2, M) - 2 * _L(b0, M)) < 1e-12
    elif kind == 3:
        t, ok = f"\\frac{{{_lg(b0, M)}}}{{{_lg(b0, N)}}} = {_lg(N, M)}", abs(_L(b0, M) / _L(b0, N) - _L(N, M)) < 1e-12
    elif kind == 4:
        t, ok = f"{_lg(b0, M)} - {_lg(b0, N)} = \\frac{{{_lg(b0, M)}}}{{{_lg(b0, N)}}}", abs(_L(b0, M) - _L(b0, N) - _L(b0, M) / _L(b0, N)) < 1e-12
    elif kind == 5:
        t, ok = f"{_lg(M, N)} \\times {_lg(N, M)} = 1", abs(_L(M, N) * _L(N, M) - 1) < 1e-12
    elif kind == 6:
        t, ok = f"{_lg(b0, M)} \\times {_lg(b0, N)} = {_lg(b0, M * N)}", abs(_L(b0, M) * _L(b0, N) - _L(b0, M * N)) < 1e-12
    else:
        t, ok = f"{_lg(b0, _qt(R(M, N)))} = {_lg(b0, M)} - {_lg(b0, N)}", abs(_L(b0, R(M, N)) - _L(b0, M) + _L(b0, N)) < 1e-12
    return _r(t, st), bool(ok)


@family(_S04, "log-property-bogi")
def _g4_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        stmts = [_log_stmt(rng, st) for _ in range(3)]
        if any(ok for _, ok in stmts) and len({t for t, _ in stmts}) == 3:
            break
    block, ch = bogi(rng, stmts)
    text = f"{bogi_question(rng)}{exam_points(rng, 3)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["로그의 성질", "로그의 밑의 변환"], choice=ch,
                   check=lambda: ", ".join(lab for lab, (_, ok) in zip("ㄱㄴㄷ", stmts, strict=True) if ok) == ch.options[ch.correct])


@family(_S04, "power-with-log-exponent")
def _g4_powlog(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    p = rng.choice([2, 3, 5])
    if kind == 0:
        N = rng.choice([v for v in (3, 5, 6, 7, 10) if v != p])
        k = rng.choice([1, 2])
        tex = f"{p}^{{{'' if k == 1 else k}{_lg(p, N)}}}".replace("{1\\log", "{\\log")
        val = sp.Integer(N) ** k
    elif kind == 1:
        t = rng.choice([v for v in (3, 5, 7) if v != p])
        m, n = rng.choice([(2, 1), (1, 2), (3, 1), (2, 3)])
        N = t**n
        tex = f"{p ** m}^{{{_lg(p ** n, N)}}}"
        val = sp.Integer(t) ** m
    elif kind == 2:
        q = rng.choice([v for v in (3, 5, 7) if v != p])
        r_ = rng.choice([2, 3, 10])
        tex = f"{p}^{{{_lg(r_, q)}}} - {q}^{{{_lg(r_, p)}}}"
        val = sp.Integer(0)
    else:
        N = rng.choice([v for v in (3, 5, 7) if v != p])
        tex = f"{p}^{{{_lg(p, N)} + 1}}"
        val = sp.Integer(N * p)
    text = rng.choice([
        f"{_r(tex, st)}의 {_end(rng, '값')}",
        f"다음 값을 구하시오.\n{_r(tex, st)}",
        f"로그의 정의와 성질을 이용하여 {_jr(tex, st, '을/를')} 간단히 하시오.",
    ])
    m_ = re.findall(r"\\log_\{(\d+)\} (\d+)", tex)

    def chk() -> bool:
        s2 = tex
        for bb, nn in m_:
            s2 = s2.replace(f"\\log_{{{bb}}} {nn}", f"(log({nn})/log({bb}))")
        e = parse_expr(s2.replace("^{", "**(").replace("}", ")"), local_dict={"log": sp.log},
                       transformations=(*standard_transformations, implicit_multiplication_application))
        return abs(complex(sp.N(e - val, 30))) < 1e-9
    d = 2 if kind in (0, 3) else 3
    return Problem(text=text, answer=str(val), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["로그", "로그의 성질"], check=chk)


_PROOFS = [
    ("log_a MN = log_a M + log_a N", "곱", "log_a M = m, log_a N = n이라 하면 M = a^m, N = a^n이므로 MN = a^(m+n)이다. 로그의 정의에 의해 log_a MN = m + n = log_a M + log_a N"),
    ("log_a (M/N) = log_a M − log_a N", "몫", "log_a M = m, log_a N = n이라 하면 M = a^m, N = a^n이므로 M/N = a^(m−n), 따라서 log_a (M/N) = m − n"),
    ("log_a M^k = k log_a M (k는 실수)", "거듭제곱", "log_a M = m이라 하면 M = a^m이므로 M^k = a^(mk), 따라서 log_a M^k = mk = k log_a M"),
    ("log_a b = log_c b / log_c a (c > 0, c ≠ 1)", "밑의 변환", "log_a b = x라 하면 a^x = b, 양변에 밑이 c인 로그를 취하면 x log_c a = log_c b이고 log_c a ≠ 0이므로 x = log_c b / log_c a"),
    ("a^(log_a N) = N", "로그의 정의", "log_a N = t라 하면 로그의 정의에 의해 a^t = N이므로 a^(log_a N) = N"),
    ("log_(a^m) b^n = (n/m) log_a b (m ≠ 0)", "밑의 변환", "밑의 변환 공식에 의해 log_(a^m) b^n = log_a b^n / log_a a^m = n log_a b / m"),
]


@family(_S04, "prove-log-property")
def _g4_proof(rng: random.Random) -> Problem:
    stmt, tag, ans = rng.choice(_PROOFS)
    cond = ("a > 0, a ≠ 1, M > 0, N > 0" if "M" in stmt else ("a > 0, a ≠ 1, N > 0" if "N" in stmt else
            "a > 0, a ≠ 1, b > 0"))
    tool = "지수법칙" if tag in ("곱", "몫", "거듭제곱") else "로그의 정의"
    text = rng.choice([
        f"{cond}일 때, 다음이 성립함을 {tool}을 이용하여 증명하시오.\n{stmt}",
        f"다음 등식이 성립하는 이유를 {tool}과 연결하여 설명하시오. (단, {cond})\n{stmt}",
        f"{josa(name(rng), '은/는')} 등식 {stmt}에 대하여 이 등식이 성립하는 이유를 친구에게 설명하려고 한다. {tool}을 이용한 설명을 완성하시오. (단, {cond})",
    ]).replace("을 이용하여", "를 이용하여" if tool.endswith("의") else "을 이용하여")
    text = text.replace("정의을", "정의를").replace("정의과", "정의와")
    mm, nn, kk = rng.uniform(1.5, 9), rng.uniform(1.5, 9), rng.uniform(-2, 3)
    aa = rng.choice([2.0, 3.0, 0.5])
    checks = {"곱": abs(_m.log(mm * nn, aa) - _m.log(mm, aa) - _m.log(nn, aa)) < 1e-9,
              "몫": abs(_m.log(mm / nn, aa) - _m.log(mm, aa) + _m.log(nn, aa)) < 1e-9,
              "거듭제곱": abs(_m.log(mm**kk, aa) - kk * _m.log(mm, aa)) < 1e-9,
              "밑의 변환": abs(_m.log(nn, mm) - _m.log(nn, aa) / _m.log(mm, aa)) < 1e-9,
              "로그의 정의": abs(aa ** _m.log(nn, aa) - nn) < 1e-9}
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["로그의 성질", "지수법칙"] if tool == "지수법칙" else ["로그의 정의", "로그의 밑의 변환"],
                   check=lambda: checks[tag])


@family(_S04, "quadratic-roots-are-logs")
def _g4_quad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        p_, q_ = rng.randint(2, 8), rng.choice([v for v in range(-4, 8) if v])
        if p_ * p_ - 4 * q_ > 0:
            break
    b0 = rng.choice([2, 3])
    kind = rng.randrange(3)
    eq = f"x^{{2}} - {p_}x {'+' if q_ > 0 else '-'} {abs(q_)} = 0"
    al_, be_ = "\\alpha", "\\beta"
    roots = f"{_lg(b0, al_)}, {_lg(b0, be_)}"
    if kind == 0:
        tgt, val = "\\alpha\\beta", sp.Integer(b0) ** p_
    elif kind == 1:
        tgt, val = f"{_lg(al_, be_)} + {_lg(be_, al_)}", R(p_ * p_ - 2 * q_, q_)
    else:
        tgt, val = _lg(b0, "\\alpha^{2}\\beta^{2}"), sp.Integer(2 * p_)
    text = rng.choice([
        f"이차방정식 {_r(eq, st)}의 두 근이 {_r(roots, st)}일 때, {_r(tgt, st)}의 값을 구하시오.{exam_points(rng, 4)}",
        f"x에 대한 이차방정식 {_r(eq, st)}의 두 근을 {_r(roots, st)}라 할 때, {_r(tgt, st)}의 값은?",
        f"두 양수 α, β에 대하여 {_r(roots, st)}가 이차방정식 {_r(eq, st)}의 두 근이다. 근과 계수의 관계를 이용하여 {_r(tgt, st)}의 값을 {_end(rng)}",
    ])

    def chk2() -> bool:
        disc = _m.sqrt(p_ * p_ - 4 * q_)
        r1, r2 = (p_ + disc) / 2, (p_ - disc) / 2
        al, be = float(b0) ** r1, float(b0) ** r2
        got = {0: al * be, 1: _m.log(be) / _m.log(al) + _m.log(al) / _m.log(be), 2: _m.log(al**2 * be**2, b0)}[kind]
        return abs(got - float(val)) < 1e-6 * max(1.0, abs(float(val)))
    return Problem(text=text, answer=_q(val), format="computation", difficulty=4, achievement_level="B",
                   concepts=["로그의 성질", "로그의 밑의 변환"], also=["10공수1-02-03"], check=chk2)


# ================================================================================================
# 12대수01-05 상용로그
# ================================================================================================
_S05 = "12대수01-05"
_LOGW = "\\log "
_LG2, _LG3 = "\\log 2 = 0.3010", "\\log 3 = 0.4771"
_LX, _LE = "\\log x", "\\le"


def _f4(v: float) -> str:
    return f"{v:.4f}"


@family(_S05, "common-log-exact-value")
def _c5_exact(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    if kind == 0:
        k = rng.choice([-4, -3, -2, -1, 2, 3, 4, 5])
        N = sp.Integer(10) ** k
        arg = _qt(N) if k > 0 else rng.choice([_qt(N), f"{float(N):.{-k}f}"])
        terms, val = [(1, arg)], sp.Integer(k)
    elif kind == 1:
        n, m = rng.choice([(3, 1), (3, 2), (4, 1), (4, 3), (5, 2), (2, 3)])
        rt = "\\sqrt" if n == 2 else f"\\sqrt[{n}]"
        terms, val = [(1, f"{rt}{{{10 ** m}}}")], R(m, n)
    elif kind == 2:
        p, q, T = rng.choice([(25, 4, 2), (5, 20, 2), (2, 50, 2), (8, 125, 3), (4, 250, 3), (40, 25, 3), (16, 625, 4)])
        terms, val = [(1, str(p)), (1, str(q))], sp.Integer(T)
    else:
        p, q, T = rng.choice([(2, 25, 2), (5, 4, 2), (2, 250, 3), (5, 40, 3), (4, 625, 4)])
        terms, val = [(2, str(p)), (1, str(q))], sp.Integer(T)
    tex = " + ".join(("2" if c == 2 else "") + _LOGW + t for c, t in terms)
    text = rng.choice([
        f"{_r(tex, st)}의 {_end(rng, '값')}",
        f"다음 상용로그의 값을 구하시오.\n{_r(tex, st)}",
        f"{_jr(tex, st, '을/를')} 계산하면?",
    ])
    return Problem(text=text, answer=_q(val), format="computation", difficulty=1 if kind == 0 else 2,
                   achievement_level="E" if kind == 0 else "D", concepts=["상용로그"],
                   check=lambda: abs(sum(c * _m.log10(float(_sym(t))) for c, t in terms) - float(val)) < 1e-9)


def _table(rng: random.Random, lead: int) -> tuple[list[float], str]:
    """A small common-log table (five numbers between lead and lead + 1), values to 4 places."""
    xs = sorted({round(lead + i / 10 + rng.choice([0, 0.01, 0.02, 0.03, 0.04]), 2) for i in range(0, 10, 2)})
    rows = " | ".join(f"{v:.2f}" for v in xs)
    vals = " | ".join(_f4(_m.log10(v)) for v in xs)
    return xs, f"| 수 | {rows} |\n| 상용로그의 값 | {vals} |"


def _dec(v: float) -> str:
    return f"{v:.10f}".rstrip("0").rstrip(".")


@family(_S05, "log-table-lookup")
def _c5_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs, tab = _table(rng, rng.randint(1, 8))
    v = rng.choice(xs)
    k = rng.choice([-3, -2, -1, 1, 2, 3])
    N = v * 10**k
    Ns = _dec(N) if k < 0 else str(round(N))
    ans = _f4(float(_f4(_m.log10(v))) + k)
    lt = _r(_LOGW + Ns, st)
    text = rng.choice([
        f"다음 상용로그표의 일부를 이용하여 {lt}의 값을 {_end(rng)}\n{tab}",
        f"아래 표를 이용하여 {lt}의 값을 소수점 아래 넷째 자리까지 {_end(rng, '쓰')}\n{tab}",
        f"다음은 상용로그표의 일부이다. 이를 이용하여 {lt}의 값을 {_end(rng)}\n{tab}",
    ])
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["상용로그", "상용로그표"], check=lambda: abs(float(ans) - _m.log10(N)) < 6e-5)


@family(_S05, "inverse-log-lookup")
def _c5_inverse(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs, tab = _table(rng, rng.randint(1, 8))
    v = rng.choice(xs)
    k = rng.choice([-2, -1, 1, 2, 3])
    lv = float(_f4(_m.log10(v))) + k
    Ns = _dec(v * 10**k)
    var = rng.choice(["x", "N", "A"])
    lt = _LOGW + f"{var} = {_f4(lv)}"
    text = rng.choice([
        f"다음 상용로그표를 이용하여 {_jr(lt, st, '을/를')} 만족시키는 양수 {var}의 값을 {_end(rng)}\n{tab}",
        f"{_r(lt, st)}일 때, 아래 표를 이용하여 {var}의 값을 {_end(rng)}\n{tab}",
        f"어떤 양수 {var}의 상용로그의 값이 {_f4(lv)}이다. 다음 상용로그표의 일부를 이용하여 {var}의 값을 {_end(rng)}\n{tab}",
    ])
    return Problem(text=text, answer=Ns, format="data", difficulty=3, achievement_level="C",
                   concepts=["상용로그", "상용로그표"], check=lambda: abs(_m.log10(float(Ns)) - lv) < 6e-5)


@family(_S05, "number-of-digits")
def _c5_digits(rng: random.Random) -> Problem:
    st = pick_style(rng)
    l2, l3 = 0.3010, 0.4771
    while True:
        b0 = rng.choice([2, 3, 6, 12, 18])
        n = rng.randint(15, 60)
        approx = n * {2: l2, 3: l3, 6: l2 + l3, 12: 2 * l2 + l3, 18: l2 + 2 * l3}[b0]
        if min(approx % 1, 1 - approx % 1) > 0.02 and _m.floor(approx) == _m.floor(n * _m.log10(b0)):
            break
    given = f"{_LG2}, {_LG3}" if b0 != 2 else _LG2
    pw = f"{b0}^{{{n}}}"
    digits = _m.floor(approx) + 1
    text = rng.choice([
        f"{_jr(pw, st, '은/는')} 몇 자리의 자연수인지 {_end(rng)} (단, {_jr(given, st, '으로/로')} 계산한다.)",
        f"{_r(given, st)}일 때, {_r(pw, st)}의 자릿수를 {_end(rng)}",
        f"{_jr(pw, st, '이/가')} n자리의 자연수일 때, n의 값을 구하시오. (단, {_jr(given, st, '으로/로')} 계산한다.){exam_points(rng, 3)}",
    ])
    return Problem(text=text, answer=str(digits), format="computation", difficulty=3, achievement_level="C",
                   concepts=["상용로그"], check=lambda: len(str(b0**n)) == digits)


@family(_S05, "first-nonzero-decimal-place")
def _c5_decimal(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        b0 = rng.choice([2, 3, 6])
        n = rng.randint(10, 40)
        lb = {2: 0.3010, 3: 0.4771, 6: 0.7781}[b0]
        approx = -n * lb
        if min(approx % 1, 1 - approx % 1) > 0.02 and _m.floor(approx) == _m.floor(-n * _m.log10(b0)):
            break
    place = -_m.floor(approx)
    given = f"{_LG2}, {_LG3}" if b0 == 6 else _LOGW + f"{b0} = {lb:.4f}"
    base = f"\\left(\\frac{{1}}{{{b0}}}\\right)^{{{n}}}" if rng.random() < 0.6 else f"{b0}^{{-{n}}}"
    text = rng.choice([
        f"{_jr(base, st, '을/를')} 소수로 나타낼 때, 소수점 아래 몇째 자리에서 처음으로 0이 아닌 숫자가 나타나는지 {_end(rng)} (단, {_jr(given, st, '으로/로')} 계산한다.)",
        f"{_r(given, st)}일 때, {_jr(base, st, '은/는')} 소수점 아래 n째 자리에서 처음으로 0이 아닌 숫자가 나타난다. n의 값을 구하시오.{exam_points(rng, 3)}",
        f"상용로그를 이용하여 {_jr(base, st, '이/가')} 소수점 아래 몇째 자리에서 처음으로 0이 아닌 숫자가 나오는지 알아보려고 한다. "
        f"{_jr(given, st, '으로/로')} 계산할 때, 그 자리를 {_end(rng)}",
    ])

    def chk() -> bool:
        from fractions import Fraction
        v, k = Fraction(1, b0**n), 0
        while v < 1:
            v, k = v * 10, k + 1
        return k == place
    return Problem(text=text, answer=str(place), format="computation", difficulty=3, achievement_level="C",
                   concepts=["상용로그"], check=chk)


@family(_S05, "magnitude-scale-real-life")
def _c5_scale(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    d = 3
    if kind == 0:
        m1 = rng.choice([4.0, 5.0, 5.5, 6.0])
        dm = rng.choice([1, 2, 3, 1, 2])
        m2 = m1 + float(dm)
        text = (f"지진의 규모 M과 지진이 일어날 때 방출되는 에너지 E (단위: erg) 사이에는 log E = 11.8 + 1.5M인 관계가 있다고 한다. "
                f"규모 {m2:.4g}인 지진의 에너지는 규모 {m1:g}인 지진의 에너지의 몇 배인지 {_end(rng)}")
        val = sp.Integer(10) ** (R(3, 2) * dm)
        ans = _surd(val)
        d = 3
        ok = lambda: _same(ans, val)  # noqa: E731
    elif kind == 1:
        k = rng.choice([10, 100, 1000, 2, 4])
        L0 = rng.choice([50, 60, 70])
        text = (f"소리의 세기가 I (W/m²)일 때 소리의 크기 L (dB)은 L = 10 log(I/I₀)로 정해진다. (단, I₀은 상수이다.) "
                f"소리의 크기가 {L0} dB인 소리의 세기를 {k}배로 하면 소리의 크기는 몇 dB가 되는지 {_end(rng)}"
                + (" (단, log 2 = 0.3010으로 계산한다.)" if k in (2, 4) else ""))
        add = {10: 10.0, 100: 20.0, 1000: 30.0, 2: 3.01, 4: 6.02}[k]
        ans = f"{L0 + add:g}"
        ok = lambda: abs(float(ans) - L0 - 10 * _m.log10(k)) < 0.01  # noqa: E731
    else:
        p1 = rng.choice([3, 4, 5, 6])
        dp = rng.choice([1, 2, 3])
        s1, s2 = rng.choice([("어느 과일 주스", "어느 빗물"), ("식초", "수돗물"), ("레몬즙", "우유"), ("탄산음료", "지하수")])
        text = (f"수용액의 pH는 수소 이온 농도 [H⁺] (mol/L)에 대하여 pH = −log[H⁺]로 정의된다. "
                f"{s1}의 pH가 {p1}이고 {s2}의 pH가 {p1 + dp}일 때, {s1}의 수소 이온 농도는 {s2}의 수소 이온 농도의 몇 배인지 {_end(rng)}")
        ans = str(10**dp)
        ok = lambda: abs(10 ** (-p1) / 10 ** (-(p1 + dp)) - float(ans)) < 1e-6  # noqa: E731
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["상용로그"], check=ok)


@family(_S05, "growth-years-with-log")
def _c5_years(rng: random.Random) -> Problem:
    while True:
        r_, lr = rng.choice([(10, "0.0414"), (20, "0.0792"), (5, "0.0212"), (8, "0.0334")])
        k, lk = rng.choice([(2, "0.3010"), (3, "0.4771"), (4, "0.6020"), (5, "0.6990"), (10, "1")])
        ratio = float(lk) / float(lr)
        n = _m.ceil(ratio)
        if n == _m.ceil(_m.log10(k) / _m.log10(1 + r_ / 100)) and abs(ratio - round(ratio)) > 0.05:
            break
    g = 1 + r_ / 100
    thing, per, unit = rng.choice([
        ("어느 도시의 자전거 이용자 수", "매년", "년"),
        ("어느 회사의 매출액", "매년", "년"),
        ("어느 보호 구역의 사슴 수", "매년", "년"),
        ("어느 가게의 온라인 주문 건수", "매달", "개월"),
    ])
    given = f"log {g:g} = {lr}" + ("" if k == 10 else f", log {k} = {lk}")
    text = rng.choice([
        f"{josa(thing, '이/가')} {per} {r_}%씩 증가한다고 할 때, 처음으로 현재의 {k}배 이상이 되는 것은 몇 {unit} 후인지 {_end(rng)} (단, {josa(given, '으로/로')} 계산한다.)",
        f"{per} {r_}%씩 늘어나는 {josa(thing, '이/가')} 현재의 {k}배 이상이 되려면 최소 몇 {josa(unit, '이/가')} 지나야 하는지 {_end(rng)} (단, {given})",
        f"현재 {thing}의 {per} 증가율은 {r_}%이다. 이 증가율이 유지될 때, n{unit} 후에 처음으로 현재의 {k}배 이상이 된다고 한다. n의 값을 구하시오. (단, {given})",
    ])
    return Problem(text=text, answer=str(n), format="word", difficulty=4, achievement_level="B",
                   concepts=["상용로그"], also=["12대수01-08"], check=lambda: g**n >= k > g ** (n - 1))


@family(_S05, "common-log-value-mcq")
def _c5_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        i, j, k = rng.randint(-2, 3), rng.randint(-1, 2), rng.randint(-2, 1)
        N = sp.Integer(2) ** i * sp.Integer(3) ** j * sp.Integer(10) ** k
        if (i or j) and N != 1 and N.q in (1, 2, 3, 4, 5, 9, 10, 20, 25, 30, 50, 100) and N < 5000:
            break
    val = i * 3010 + j * 4771 + k * 10000
    Nt = _dec(float(N)) if N.q in (2, 4, 5, 10, 20, 25, 50, 100) else _qt(N)
    wrong = {val + 10000, val - 10000, i * 3010 - j * 4771 + k * 10000, -val, val + 3010, val - 4771, i * 4771 + j * 3010 + k * 10000}
    wrong.discard(val)

    def fmt(v: int) -> str:
        return f"{v / 10000:.4f}"
    ch = choices(rng, fmt(val), [fmt(w) for w in sorted(wrong)], sort_key=lambda s_: float(s_))
    lt = _r(_LOGW + Nt, st)
    given = _r(_LG2 + ", " + _LG3, st)
    stem = rng.choice([f"{given}일 때, {lt}의 값은?", f"{given}로 계산할 때, {lt}의 값으로 옳은 것은?"]) + exam_points(rng, 2)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["상용로그", "로그의 성질"], choice=ch,
                   check=lambda: abs(_m.log10(float(N)) - float(ch.options[ch.correct])) < 3e-4)


@family(_S05, "integer-part-count")
def _c5_intpart(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        n = rng.randint(1, 4)
        text = rng.choice([f"{_r(_LX, st)}의 정수 부분이 {n}인 자연수 x의 개수를 {_end(rng)}",
                           f"상용로그의 정수 부분이 {n}인 자연수는 모두 몇 개인지 {_end(rng)}"])
        val = 9 * 10**n
        check = lambda: val == sum(1 for v in range(1, 10 ** (n + 1) + 1) if _m.floor(_m.log10(v) + 1e-12) == n)  # noqa: E731
        d = 3
    elif kind == 1:
        a_, b_ = sorted(rng.sample([1, 2, 3, 4], 2))
        ineq = f"{a_} {_LE} {_LX} < {b_}"
        text = f"{_jr(ineq, st, '을/를')} 만족시키는 자연수 x의 개수를 {_end(rng)}"
        val = 10**b_ - 10**a_
        check = lambda: val == sum(1 for v in range(1, 10**b_ + 5) if a_ <= _m.log10(v) + 1e-12 and _m.log10(v) < b_ - 1e-12)  # noqa: E731
        d = 2
    else:
        v = rng.randint(2, 9) + rng.randint(10, 99) / 100
        k = rng.randint(2, 5)
        lv = _f4(_m.log10(v))
        N = round(v * 10**k)
        text = f"{_r(_LOGW + f'{v:g} = {lv}', st)}일 때, {_r(_LOGW + str(N), st)}의 정수 부분과 소수 부분을 각각 {_end(rng)}"
        val = f"정수 부분: {k}, 소수 부분: {lv}"
        check = lambda: _m.floor(_m.log10(N)) == k and abs((_m.log10(N) % 1) - float(lv)) < 6e-5  # noqa: E731
        d = 2
    return Problem(text=text, answer=str(val), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["상용로그"], check=check)


# ================================================================================================
# 12대수01-06 지수함수와 로그함수의 뜻
# ================================================================================================
_S06 = "12대수01-06"
_BASES = [(R(2), True), (R(1, 3), True), (R(1), False), (R(-2), False), (R(0), False), (R(5, 2), True), (R(3, 4), True),
          (R(-1, 2), False)]


def _fn_statement(kind: int, rng: random.Random, st: str) -> tuple[str, bool, tuple]:
    """(text, truth, data) for one statement about the definition; ``data`` lets the check re-derive it."""
    bse, _ = rng.choice(_BASES)
    if kind == 0:
        return _jr(f"y = {_tpow(bse, 'x')}", st, "은/는") + " 지수함수이다.", bool(bse > 0 and bse != 1), ("exp", bse)
    if kind == 1:
        if rng.random() < 0.35:
            c = rng.choice([2, 3, 5])
            return _jr(f"y = {_lg('x', str(c))}", st, "은/는") + " 로그함수이다.", False, ("logvar", c)
        bse = rng.choice([R(2), R(1, 3), R(5, 2), R(3, 4), R(10)])
        return _jr(f"y = {_lg(bse, 'x')}", st, "은/는") + " 로그함수이다.", True, ("log", bse)
    if kind == 2:
        e = rng.choice([2, 3])
        return _r(f"y = x^{{{e}}}", st) + "은 지수함수이다.", False, ("pow", e)
    k = rng.choice([2, 3, 5, R(1, 2)])
    if rng.random() < 0.5:
        return f"함수 {_r('y = ' + _lg(k, 'x'), st)}의 정의역은 실수 전체의 집합이다.", False, ("dom", k)
    return f"함수 {_r('y = ' + _tpow(k, 'x'), st)}의 치역은 양의 실수 전체의 집합이다.", True, ("rng", k)


def _fn_truth(data: tuple) -> bool:
    tag, v = data
    if tag in ("exp", "log"):
        # y = v^x (or log_v x) is an exponential (logarithmic) function exactly when 0 < v ≠ 1
        return bool(sp.Interval.open(0, 1).contains(v) or sp.Interval.open(1, sp.oo).contains(v))
    if tag in ("pow", "logvar"):  # the variable must be the exponent (or the antilogarithm), not the base
        return False  # the variable sits in the base, not in the exponent
    if tag == "dom":  # all reals would need log_v(-1) to be a real number
        return bool((sp.log(sp.Integer(-1)) / sp.log(sp.Rational(v))).is_real)
    # range = all positive reals: v^t = c has a real solution t for each sample c > 0, and v^t > 0
    return all((sp.log(c) / sp.log(sp.Rational(v))).is_real for c in (R(1, 7), 2, 1000)) and sp.Rational(v) > 0


@family(_S06, "function-definition-bogi")
def _f6_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        kinds = rng.sample([0, 0, 1, 1, 2, 3], 3)
        stmts3 = [_fn_statement(k, rng, st) for k in kinds]
        if any(s_[1] for s_ in stmts3) and len({s_[0] for s_ in stmts3}) == 3:
            break
    stmts = [(t, ok) for t, ok, _ in stmts3]
    block, ch = bogi(rng, stmts)
    text = f"{bogi_question(rng)}{exam_points(rng, 2)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["지수함수", "로그함수", "밑"], choice=ch,
                   check=lambda: ", ".join(lab for lab, s_ in zip("ㄱㄴㄷ", stmts3, strict=True) if _fn_truth(s_[2])) == ch.options[ch.correct])


@family(_S06, "function-value-from-condition")
def _f6_value(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = sp.Symbol("A", positive=True)
    kind = rng.randrange(2)
    fn = rng.choice(["f", "g"])
    if kind == 0:
        base = rng.choice([2, 3, 4, 9, R(1, 2), R(1, 3), R(1, 4)])
        p = rng.choice([2, 3, -1, -2]) if base not in (4, 9, R(1, 4)) else rng.choice([2, -1])
        qs = [v for v in (-2, -1, 0, 1, 3) if v != p] + ([R(1, 2), R(3, 2)] if base in (4, 9, R(1, 4)) else [])
        q = rng.choice(qs)
        yp = sp.Rational(base) ** p
        val = sp.Rational(base) ** q
        fq = _r(f"{fn}({_qt(q)})", st)
        text = rng.choice([
            f"지수함수 {_r(f'{fn}(x) = a^{{x}}', st)}에 대하여 {_r(f'{fn}({p}) = {_qt(yp)}', st)}일 때, {fq}의 {_end(rng, '값')} (단, a > 0, a ≠ 1)",
            f"함수 {_r(f'{fn}(x) = a^{{x}}', st)} (a > 0, a ≠ 1)의 그래프가 점 {_jr(f'({p}, {_qt(yp)})', st, '을/를')} 지날 때, {fq}의 값은?",
        ])

        def chk() -> bool:
            sols = [s_ for s_ in sp.solve(A**p - yp, A) if s_.is_positive]
            return len(sols) == 1 and sp.simplify(sols[0] ** q - val) == 0
    else:
        base = rng.choice([2, 3, 4, 5, 9])
        e1 = rng.choice([2, 3])
        e2 = rng.choice([v for v in (-1, R(1, 2), 1, 3, 4) if v != e1])
        p = base**e1
        qt = f"\\sqrt{{{base}}}" if e2 == R(1, 2) else _qt(sp.Integer(base) ** e2)
        val = sp.Rational(e2)
        fl = _r(f"{fn}(x) = " + _lg(_AL, _XX), st)
        fq = _r(f"{fn}({qt})", st)
        text = rng.choice([
            f"로그함수 {fl}에 대하여 {_r(f'{fn}({p}) = {e1}', st)}일 때, {fq}의 {_end(rng, '값')}",
            f"함수 {fl}의 그래프가 점 {_jr(f'({p}, {e1})', st, '을/를')} 지날 때, {fq}의 값을 {_end(rng)}",
        ])

        def chk() -> bool:
            sols = [s_ for s_ in sp.solve(A**e1 - p, A) if s_.is_positive]
            return len(sols) == 1 and abs(float(sp.log(_sym(qt)) / sp.log(sols[0])) - float(val)) < 1e-9
    return Problem(text=text, answer=_q(val), format="computation", difficulty=2, achievement_level="D",
                   concepts=["지수함수" if kind == 0 else "로그함수"], check=chk)


_AL, _XX = "a", "x"


@family(_S06, "base-condition-integer-count")
def _f6_basecount(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    if kind == 0:
        c = rng.randint(1, 5)
        M = c + rng.randint(5, 10)
        fx = f"y = \\left(a - {c}\\right)^{{x}}"
        text = f"함수 {_jr(fx, st, '이/가')} 지수함수가 되도록 하는 {M} 이하의 자연수 a의 개수를 {_end(rng)}"
        sol = [v for v in range(1, M + 1) if v - c > 0 and v - c != 1]
        cond = lambda v: (v - c) > 0 and (v - c) != 1 and v <= M  # noqa: E731
        rng_ = range(1, M + 1)
        d, also = 2, []
    elif kind == 1:
        r1, r2 = sorted(rng.sample(range(1, 9), 2))
        if r2 - r1 < 3:
            r2 = r1 + 3
        base_expr = _ptex([-1, r1 + r2, -r1 * r2], "a")
        fx = "y = " + _lg("\\left(" + base_expr + "\\right)", "x")
        text = f"함수 {_jr(fx, st, '이/가')} 로그함수가 되도록 하는 정수 a의 개수를 {_end(rng)}{exam_points(rng, 3)}"
        sol = [v for v in range(r1, r2 + 1) if -(v - r1) * (v - r2) > 0 and -(v - r1) * (v - r2) != 1]
        cond = lambda v: (-v * v + (r1 + r2) * v - r1 * r2) > 0 and (-v * v + (r1 + r2) * v - r1 * r2) != 1  # noqa: E731
        rng_ = range(-20, 30)
        d, also = 3, []
    else:
        k = rng.choice([1, 2, 3, 4])
        arg = f"x^{{2}} - 2ax + {4 * k}a"
        fx = "y = " + _LOGW + "\\left(" + arg + "\\right)"
        text = f"함수 {_r(fx, st)}의 정의역이 실수 전체의 집합이 되도록 하는 정수 a의 개수를 {_end(rng)}{exam_points(rng, 4)}"
        sol = [v for v in range(0, 4 * k + 1) if v * v - 4 * k * v < 0]
        cond = lambda v: v * v - 4 * k * v < 0  # noqa: E731
        rng_ = range(-20, 40)
        d, also = 4, ["10공수1-02-11"]
    n = len(sol)
    return Problem(text=text, answer=str(n), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["지수함수" if kind == 0 else "로그함수", "밑", "진수"], also=also,
                   check=lambda: n == sum(1 for v in rng_ if cond(v)))


def _sgn(v: int) -> str:
    return f"+ {v}" if v >= 0 else f"- {-v}"


def _lin(c: int, var: str = "x") -> str:
    """``x - 3`` / ``x + 2`` / ``x``."""
    return var if c == 0 else f"{var} {_sgn(c)}"


@family(_S06, "inverse-of-exp-log")
def _f6_inverse(rng: random.Random) -> Problem:
    st = pick_style(rng)
    bse = rng.choice([R(2), R(3), R(5), R(1, 2)])
    m, n = rng.randint(-3, 3), rng.randint(-4, 4)
    kind = rng.randrange(2)
    if kind == 0:
        fx = f"y = {_tpow(bse, _lin(-m))}" + ("" if n == 0 else f" {_sgn(n)}")
        inv = f"y = {_lg(bse, '(' + _lin(-n) + ')' if n else 'x')}" + ("" if m == 0 else f" {_sgn(m)}")
        f_num = lambda t: float(bse) ** (t - m) + n  # noqa: E731
        g_num = lambda t: _m.log(t - n) / _m.log(float(bse)) + m  # noqa: E731
        test = [n + 0.5, n + 2.0, n + 7.0]
    else:
        fx = f"y = {_lg(bse, '(' + _lin(-m) + ')' if m else 'x')}" + ("" if n == 0 else f" {_sgn(n)}")
        inv = f"y = {_tpow(bse, _lin(-n))}" + ("" if m == 0 else f" {_sgn(m)}")
        f_num = lambda t: _m.log(t - m) / _m.log(float(bse)) + n  # noqa: E731
        g_num = lambda t: float(bse) ** (t - n) + m  # noqa: E731
        test = [-1.0, 0.5, 2.0]
    text = rng.choice([
        f"함수 {_r(fx, st)}의 역함수를 {_end(rng)}",
        f"다음 함수의 역함수를 y = (x에 대한 식) 꼴로 나타내시오.\n{_r(fx, st)}",
        f"{_r(fx, st)}의 역함수가 존재함을 설명하고, 그 역함수를 {_end(rng)}",
    ])
    ans = _r(inv, "plain")
    d = 3 if (m or n) else 2
    return Problem(text=text, answer=ans, format="computation" if "설명" not in text else "proof", difficulty=d,
                   achievement_level=secondary_level(d), concepts=["지수함수", "로그함수", "역함수"],
                   check=lambda: all(abs(f_num(g_num(t)) - t) < 1e-9 for t in test))


@family(_S06, "domain-of-log-function")
def _f6_domain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    b0 = rng.choice([2, 3, R(1, 2), 5])
    if kind == 0:
        lo, hi = sorted(rng.sample(range(-5, 8), 2))
        if hi - lo < 2:
            hi = lo + rng.randint(3, 7)
        fx = f"y = {_lg(b0, '(' + _lin(-lo) + ')')} + {_lg(b0, '(' + str(hi) + ' - x)')}"
        ans = str(hi - lo - 1)
        text = f"함수 {_r(fx, st)}의 정의역에 속하는 정수의 개수를 {_end(rng)}"
        check = lambda: int(ans) == sum(1 for v in range(-30, 30) if v - lo > 0 and hi - v > 0)  # noqa: E731
    elif kind == 1:
        r1, r2 = sorted(rng.sample(range(-4, 7), 2))
        q = _ptex([1, -(r1 + r2), r1 * r2])
        fx = f"y = {_lg(b0, '(' + q + ')')}"
        ans = f"x < {r1} 또는 x > {r2}"
        text = rng.choice([f"함수 {_r(fx, st)}의 정의역을 {_end(rng)}", f"로그함수 {_jr(fx, st, '이/가')} 정의되는 x의 값의 범위를 {_end(rng)}"])
        check = lambda: all(((v - r1) * (v - r2) > 0) == (v < r1 or v > r2) for v in [r1 - 0.5, r1 + 0.5, r2 - 0.5, r2 + 0.5, (r1 + r2) / 2])  # noqa: E731
    else:
        c = rng.randint(1, 6)
        fx = f"y = {_lg(b0, '(' + str(c) + ' - x)')}"
        text = rng.choice([f"함수 {_r(fx, st)}의 정의역과 치역을 각각 {_end(rng)}",
                           f"다음 함수의 정의역과 치역을 구하시오.\n{_r(fx, st)}"])
        ans = f"정의역: {{x | x < {c}}}, 치역: 실수 전체의 집합"
        check = lambda: (c - (c - 0.001)) > 0 and (c - (c + 0.001)) < 0  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=3 if kind < 2 else 2,
                   achievement_level="C" if kind < 2 else "D", concepts=["로그함수", "정의역", "치역", "진수"],
                   also=["10공수1-02-11"] if kind == 1 else [], check=check)


@family(_S06, "domain-range-fill")
def _f6_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b0 = rng.choice([2, 3, R(1, 2), R(1, 3), 5, 10])
    k = rng.choice([0, 0, 1, 2, 3, -1, -2])
    kind = rng.randrange(2)
    if kind == 0:
        fx = f"y = {_tpow(b0, 'x')}" + ("" if k == 0 else f" {_sgn(k)}")
        ans = f"㉠ 실수 전체의 집합, ㉡ {{y | y > {k}}}"
        text = (f"함수 {_r(fx, st)}에 대하여 다음 빈칸에 알맞은 것을 {_end(rng, '쓰')}\n"
                f"정의역은 (  ㉠  )이고, 치역은 (  ㉡  )이다.")
        ok = lambda: all(sp.Rational(b0) ** t + k > k for t in (-9, -1, 0, 3, 9))  # noqa: E731
    else:
        fx = f"y = {_lg(b0, 'x')}" + ("" if k == 0 else f" {_sgn(k)}")
        ans = "㉠ {x | x > 0}, ㉡ 실수 전체의 집합"
        text = rng.choice([f"함수 {_r(fx, st)}의 정의역은 (  ㉠  ), 치역은 (  ㉡  )이다. ㉠, ㉡에 알맞은 것을 {_end(rng, '쓰')}",
                           f"다음은 함수 {_r(fx, st)}에 대한 설명이다. 빈칸을 채우시오.\n• 정의역: (  ㉠  )\n• 치역: (  ㉡  )"])
        ok = lambda: (sp.log(sp.Integer(-1)) / sp.log(sp.Rational(b0))).is_real is False  # noqa: E731
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["지수함수" if kind == 0 else "로그함수", "정의역", "치역"], check=ok)


@family(_S06, "model-as-function-word")
def _f6_model(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        N0 = rng.choice([100, 200, 500, 1000])
        g, per = rng.choice([(2, "1시간"), (3, "1시간"), (2, "30분")])
        who = rng.choice(["세균", "효모", "미생물"])
        text = (f"어떤 {josa(who, '은/는')} {per}마다 그 수가 {g}배가 된다. 처음 {who}의 수가 {N0}일 때, "
                f"x시간 후의 {who}의 수 y를 x에 대한 식으로 나타내시오.")
        k = 1 if per == "1시간" else 2
        ans = f"y = {N0} × {g}^{'x' if k == 1 else '(2x)'}"
        f_num = lambda t: N0 * g ** (k * t)  # noqa: E731
        ref = lambda t: N0 * (g ** k) ** t  # noqa: E731
        concept = "지수함수"
    elif kind == 1:
        r_ = rng.choice([10, 20, 50])
        N0 = rng.choice([1000, 2000, 5000])
        text = (f"어느 물질의 양이 매년 {r_}%씩 줄어든다. 현재 양이 {N0} g일 때, x년 후의 양 y g을 x에 대한 식으로 나타내시오.")
        ans = f"y = {N0} × {1 - r_ / 100:g}^x"
        f_num = lambda t: N0 * (1 - r_ / 100) ** t  # noqa: E731
        ref = lambda t: N0 * _m.exp(t * _m.log(1 - r_ / 100))  # noqa: E731
        concept = "지수함수"
    else:
        g = rng.choice([2, 3])
        N0 = rng.choice([10, 50, 100])
        text = (f"어떤 바이러스 입자의 수는 1시간마다 {g}배가 되고 처음 수는 {N0}이다. 입자의 수가 y가 될 때까지 걸리는 시간을 x시간이라 할 때, "
                f"x를 y에 대한 식으로 나타내시오.")
        ans = f"x = log_{g} (y/{N0})"
        f_num = lambda t: _m.log(t / N0, g)  # noqa: E731
        ref = lambda t: _m.log(t) / _m.log(g) - _m.log(N0) / _m.log(g)  # noqa: E731
        concept = "로그함수"
    pts = [0.5, 1.0, 2.0, 3.0] if kind < 2 else [N0 * 2.0, N0 * 9.0, N0 * 100.0]
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D", concepts=[concept],
                   check=lambda: all(abs(f_num(t) - ref(t)) < 1e-6 * max(1, abs(ref(t))) for t in pts))


@family(_S06, "functional-equation-values")
def _f6_prop(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    u, v = rng.sample([2, 3, 5, 7], 2)
    if kind == 0:
        c1, c2 = rng.choice([(1, 1), (2, -1), (1, -1), (2, 1), (1, 2), (3, 0), (-1, 0)])
        tgt = _ptex([c1, 0], "p") if c2 == 0 else f"{_ptex([c1, 0], 'p')} {'+' if c2 > 0 else '-'} {'' if abs(c2) == 1 else abs(c2)}q"
        val = sp.Integer(u) ** c1 * sp.Integer(v) ** c2
        text = rng.choice([
            f"함수 {_r('f(x) = a^{x}', st)} (a > 0, a ≠ 1)에 대하여 {_r(f'f(p) = {u}', st)}, {_r(f'f(q) = {v}', st)}일 때, {_r(f'f({tgt})', st)}의 {_end(rng, '값')}",
            f"지수함수 {_r('y = a^{x}', st)}의 그래프가 두 점 {_r(f'(p, {u})', st)}, {_jr(f'(q, {v})', st, '을/를')} 지날 때, x = {_r(tgt, st)}에서의 함숫값을 {_end(rng)}",
        ])
        pv, qv = _m.log(u, 2), _m.log(v, 2)  # with a = 2
        ref = 2 ** (c1 * pv + c2 * qv)
    else:
        M, N = rng.sample([2, 3, 4, 5, 6], 2)
        kk = rng.choice([2, 3])
        sel = rng.randrange(3)
        tgt_arg, val = [(f"{M}{N}", sp.Integer(0)), (f"{M}^{{{kk}}}", sp.Integer(0)), (_qt(R(M, N)), sp.Integer(0))][sel]
        fm, fn_ = rng.randint(1, 5), rng.randint(-3, 4)
        val = [fm + fn_, kk * fm, fm - fn_][sel]
        tgt_disp = [f"{M * N}", f"{M ** kk}", _qt(R(M, N))][sel]
        text = rng.choice([
            f"로그함수 {_r('g(x) = ' + _lg(_AL, _XX), st)}에 대하여 {_r(f'g({M}) = {fm}', st)}, {_r(f'g({N}) = {fn_}', st)}일 때, {_r(f'g({tgt_disp})', st)}의 {_end(rng, '값')}",
            f"함수 {_r('g(x) = ' + _lg(_AL, _XX), st)}에서 {_r(f'g({M}) = {fm}', st)}, {_r(f'g({N}) = {fn_}', st)}이다. {_r(f'g({tgt_disp})', st)}의 값을 {_end(rng)}",
        ])
        del tgt_arg
        # independent: choose a so that log_a M = fm, then log_a N must equal fn_ — treat as abstract values via additivity
        logs = {M: fm, N: fn_}
        ref = [logs[M] + logs[N], kk * logs[M], logs[M] - logs[N]][sel]
        val = sp.Integer(val)
    return Problem(text=text, answer=_q(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["지수함수" if kind == 0 else "로그함수", "지수법칙" if kind == 0 else "로그의 성질"],
                   also=["12대수01-03"] if kind == 0 else ["12대수01-04"],
                   check=lambda: abs(float(val) - float(ref)) < 1e-9)


@family(_S06, "composite-exp-log-value")
def _f6_comp(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.choice([2, 3])
    m = rng.choice([1, 2])
    f = f"f(x) = {p}^{{x}}"
    g = "g(x) = " + _lg(p**m, "x") if m > 1 else "g(x) = " + _lg(p, "x")
    kind = rng.randrange(3)
    if kind == 0:
        t = rng.choice([5, 7, 9, 16]) if m == 2 else rng.choice([5, 7, 10])
        ask = f"(f \\circ g)({t})"
        val = sp.Integer(t) ** R(1, m) if m == 2 else sp.Integer(t)
        ref = p ** (_m.log(t) / _m.log(p**m))
    elif kind == 1:
        t = rng.choice([2, 3, 4])
        ask = f"(g \\circ f)({t})"
        val = R(t, m)
        ref = _m.log(p**t) / _m.log(p**m)
    else:
        t = rng.choice([8, 27, 81, 4, 9])
        if round(_m.log(t, p)) != _m.log(t, p) or abs(p ** round(_m.log(t, p)) - t) > 0:
            t = p**3
        ask = f"f^{{-1}}({t})"
        val = sp.Integer(round(_m.log(t, p)))
        ref = _m.log(t) / _m.log(p)
    if not val.is_rational:
        t = p ** (2 * m)
        ask = f"(f \\circ g)({t})"
        val = sp.Integer(p**2)
        ref = p ** (_m.log(t) / _m.log(p**m))
    text = rng.choice([
        f"두 함수 {_r(f, st)}, {_r(g, st)}에 대하여 {_r(ask, st)}의 {_end(rng, '값')}",
        f"{_r(f, st)}, {_r(g, st)}일 때, {_r(ask, st)}의 값은?",
        f"지수함수 {_jr(f, st, '과/와')} 로그함수 {_jr(g, st, '이/가')} 있다. 로그의 정의를 이용하여 {_r(ask, st)}의 값을 {_end(rng)}",
    ])
    return Problem(text=text, answer=_q(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["지수함수", "로그함수", "합성함수" if kind < 2 else "역함수"],
                   check=lambda: abs(float(val) - ref) < 1e-9)


# ================================================================================================
# 12대수01-07 지수함수와 로그함수의 그래프
# ================================================================================================
_S07 = "12대수01-07"
_CDOT = " \\cdot "


@family(_S07, "translate-graph-through-point")
def _g7_translate(rng: random.Random) -> Problem:
    st = pick_style(rng)
    bse = rng.choice([R(2), R(3), R(1, 2), R(1, 3)])
    m, n = rng.randint(-3, 3), rng.randint(-4, 4)
    kind = rng.randrange(2)
    if kind == 0:
        px = rng.randint(m - 1, m + 2)
        py = bse ** (px - m) + n
        src = f"y = {_tpow(bse, 'x')}"
        cond = f"점근선의 방정식이 {_r(f'y = {n}', st)}이고 점 {_jr(f'({px}, {_qt(py)})', st, '을/를')} 지난다"
        ans_v = m + n
        ref = lambda mm, nn: sp.Rational(bse) ** (px - mm) + nn  # noqa: E731
    else:
        b2 = rng.choice([2, 3])
        px = m + b2 ** rng.randint(0, 2)
        py = sp.Integer(round(_m.log(px - m, b2))) + n
        src = f"y = {_lg(b2, 'x')}"
        cond = f"점근선의 방정식이 {_r(f'x = {m}', st)}이고 점 {_jr(f'({px}, {py})', st, '을/를')} 지난다"
        ans_v = m + n
        ref = lambda mm, nn: sp.log(px - mm, b2) + nn  # noqa: E731
    text = rng.choice([
        f"함수 {_r(src, st)}의 그래프를 x축의 방향으로 m만큼, y축의 방향으로 n만큼 평행이동한 그래프의 {cond}. m + n의 값을 {_end(rng)}{exam_points(rng, 3)}",
        f"곡선 {_jr(src, st, '을/를')} x축의 방향으로 m만큼, y축의 방향으로 n만큼 평행이동하였더니 {cond}고 한다. 상수 m, n에 대하여 m + n의 값은?",
        f"다음 조건을 만족시키도록 함수 {_r(src, st)}의 그래프를 x축의 방향으로 m만큼, y축의 방향으로 n만큼 평행이동하였다. m + n의 값을 {_end(rng)}\n(조건) 평행이동한 그래프의 {cond}.",
    ]).replace("지난다고 한다", "지났다").replace("지난다고", "지났다고")
    mm, nn = sp.symbols("mm nn")

    def chk() -> bool:
        nn_v = n if kind == 0 else None
        if kind == 0:  # asymptote fixes n; the point then fixes m uniquely (exponential is one-to-one)
            sols = [s_ for s_ in range(-10, 11) if sp.simplify(ref(s_, nn_v) - py) == 0]
            return sols == [m] and m + n == ans_v
        sols = [s_ for s_ in range(-10, 11) if abs(float(sp.log(px - m, b2)) + s_ - float(py)) < 1e-9]
        return sols == [n] and m + n == ans_v
    del mm, nn
    return Problem(text=text, answer=str(ans_v), format="computation", difficulty=3, achievement_level="C",
                   concepts=["지수함수의 그래프" if kind == 0 else "로그함수의 그래프", "평행이동", "점근선"], check=chk)


@family(_S07, "asymptote-and-intercept-fill")
def _g7_asym(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    p, q = rng.randint(-3, 3), rng.randint(-4, 4)
    if kind == 0:
        bse = rng.choice([R(2), R(3), R(1, 2), R(1, 3), R(4)])
        c = rng.choice([1, 2, 3])
        if bse.q == 1 and c > 1 and (bse.p % c == 0 or c % bse.p == 0):
            c = 5 - c if (bse.p % (5 - c) and (5 - c) % bse.p) else 1
        fx = f"y = {'' if c == 1 else str(c) + _CDOT}{_tpow(bse, _lin(-p))}" + ("" if q == 0 else f" {_sgn(q)}")
        asym = f"y = {q}"
        yint = c * sp.Rational(bse) ** (-p) + q
        ans = f"㉠ {asym}, ㉡ {_q(yint)}"
        text = rng.choice([
            f"함수 {_r(fx, st)}의 그래프의 점근선의 방정식은 (  ㉠  )이고, 그래프가 y축과 만나는 점의 y좌표는 (  ㉡  )이다. ㉠, ㉡에 알맞은 것을 {_end(rng, '쓰')}",
            f"다음은 함수 {_r(fx, st)}의 그래프에 대한 설명이다. 빈칸에 알맞은 것을 써넣으시오.\n• 점근선의 방정식: (  ㉠  )\n• y절편: (  ㉡  )",
        ])
        far = -80 if bse > 1 else 80  # far out on the side where the curve approaches its asymptote
        chk = lambda: abs(c * float(bse) ** (far - p)) < 1e-9 and (c * sp.Rational(bse) ** (-p) + q) == yint  # noqa: E731
    else:
        b2 = rng.choice([2, 3])
        xi = p + b2 ** (-q) if q <= 0 else None
        fx = f"y = {_lg(b2, '(' + _lin(-p) + ')' if p else 'x')}" + ("" if q == 0 else f" {_sgn(q)}")
        xint = p + sp.Integer(b2) ** (-q)
        ans = f"㉠ x = {p}, ㉡ {_q(xint)}"
        text = rng.choice([
            f"함수 {_r(fx, st)}의 그래프의 점근선의 방정식은 (  ㉠  )이고, 그래프가 x축과 만나는 점의 x좌표는 (  ㉡  )이다. ㉠, ㉡에 알맞은 것을 {_end(rng, '쓰')}",
            f"다음은 함수 {_r(fx, st)}의 그래프에 대한 설명이다. 빈칸에 알맞은 것을 써넣으시오.\n• 점근선의 방정식: (  ㉠  )\n• x절편: (  ㉡  )",
        ])
        del xi
        chk = lambda: sp.simplify(sp.log(xint - p, b2) + q) == 0 and sp.limit(sp.log(_T - p, b2), _T, p, "+") == -sp.oo  # noqa: E731
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["점근선", "지수함수의 그래프" if kind == 0 else "로그함수의 그래프"], check=chk)


@family(_S07, "max-min-on-interval")
def _g7_maxmin(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    if kind == 0:
        bse = rng.choice([R(2), R(3), R(1, 2), R(1, 3)])
        p, q = rng.randint(-2, 2), rng.randint(-3, 5)
        lo = rng.randint(-2, 1)
        hi = lo + rng.randint(2, 3)
        fx = f"y = {_tpow(bse, _lin(-p))}" + ("" if q == 0 else f" {_sgn(q)}")
        f = lambda t: sp.Rational(bse) ** (t - p) + q  # noqa: E731
    else:
        b2 = rng.choice([R(2), R(3), R(1, 2), R(1, 3)])
        p, q = rng.randint(-2, 2), rng.randint(-3, 3)
        base_int = int(1 / b2) if b2 < 1 else int(b2)
        e1 = rng.randint(0, 1)
        e2 = e1 + rng.randint(1, 2)
        lo, hi = p + base_int**e1, p + base_int**e2
        fx = f"y = {_lg(b2, '(' + _lin(-p) + ')' if p else 'x')}" + ("" if q == 0 else f" {_sgn(q)}")
        f = lambda t: sp.log(t - p) / sp.log(b2) + q  # noqa: E731
    vals = [sp.nsimplify(sp.simplify(f(lo))), sp.nsimplify(sp.simplify(f(hi)))]
    M, mn = max(vals), min(vals)
    ask = rng.randrange(3)
    if ask == 0:
        tail, val = "최댓값을 M, 최솟값을 m이라 할 때, M + m의 값을", M + mn
    elif ask == 1:
        tail, val = "최댓값을", M
    else:
        tail, val = "최솟값을", mn
    text = rng.choice([
        f"{_r(f'{lo} {_LE} x {_LE} {hi}', st)}에서 함수 {_r(fx, st)}의 {tail} {_end(rng)}{exam_points(rng, 3)}",
        f"정의역이 {{x | {_r(f'{lo} {_LE} x {_LE} {hi}', st)}}}인 함수 {_r(fx, st)}의 {tail} {_end(rng)}",
        f"함수 {_jr(fx, st, '은/는')} {_r(f'{lo} {_LE} x {_LE} {hi}', st)}에서 x = {lo}, x = {hi} 중 한 곳에서 최댓값을, 다른 한 곳에서 최솟값을 갖는다. 이 범위에서 함수의 {tail} {_end(rng)}",
    ])

    def chk() -> bool:  # sample the interval: the extreme values are attained at the ends
        grid = [lo + (hi - lo) * i / 40 for i in range(41)]
        ys = [float(f(sp.Rational(g).limit_denominator(1000))) for g in grid[::8]] + [float(f(lo)), float(f(hi))]
        want = {0: max(ys) + min(ys), 1: max(ys), 2: min(ys)}[ask]
        return abs(want - float(val)) < 1e-9
    return Problem(text=text, answer=_q(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["지수함수의 그래프" if kind == 0 else "로그함수의 그래프", "최댓값", "최솟값"], check=chk)


@family(_S07, "compare-three-values-mcq")
def _g7_compare(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    while True:
        if kind == 0:
            b = rng.choice([2, 3])
            es = rng.sample([R(1, 2), R(1, 3), R(2, 3), R(3, 4), R(1, 4), R(3, 2), R(2, 5), R(4, 5)], 3)
            ks = [rng.choice([1, 2, 3]) for _ in range(3)]
            items = [(f"{b ** k}^{{{_qt(e)}}}", float(b ** k) ** float(e)) for k, e in zip(ks, es, strict=True)]
        else:
            b = rng.choice([2, 3])
            args = rng.sample([3, 5, 6, 7, 10, 12, 20], 3)
            ks = [rng.choice([1, 2, 3]) for _ in range(3)]
            items = [(_lg(b ** k, v), _m.log(v) / _m.log(b**k)) for k, v in zip(ks, args, strict=True)]
        vals = [v for _, v in items]
        if min(abs(p_ - q_) for p_, q_ in itertools.combinations(vals, 2)) > 0.02:
            break
    labs = ["A", "B", "C"]
    order = sorted(range(3), key=lambda i: vals[i])
    correct = " < ".join(labs[i] for i in order)
    perms = [" < ".join(p_) for p_ in itertools.permutations(labs)]
    ch = choices(rng, correct, [p_ for p_ in perms if p_ != correct], sort_key=perms.index)
    given = ", ".join(_r(f"{lab} = {t}", st) for lab, (t, _) in zip(labs, items, strict=True))
    stem = rng.choice([f"세 수 {given}의 대소 관계로 옳은 것은?", f"{given}일 때, 세 수 A, B, C의 대소 관계는?"]) + exam_points(rng, 3)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["지수함수의 그래프" if kind == 0 else "로그함수의 그래프", "대소 비교"], choice=ch,
                   check=lambda: ch.options[ch.correct] == " < ".join(labs[i] for i in sorted(range(3), key=lambda i: float(sp.N(_sym(items[i][0]) if kind == 0 else sp.log(args[i]) / sp.log(b ** ks[i]))))))


def _graph_stmt(rng: random.Random, bse, st: str, kind: int) -> tuple[str, bool]:
    inc = bse > 1
    if kind == 0:
        return "그래프는 점 (0, 1)을 지난다.", bool(bse**0 == 1)
    if kind == 1:
        claim_inc = rng.random() < 0.5
        word = "증가하면 y의 값도 증가한다" if claim_inc else "증가하면 y의 값은 감소한다"
        real = bool(sp.Rational(bse) ** 2 > sp.Rational(bse) ** 1)
        return f"x의 값이 {word}.", claim_inc == real
    if kind == 2:
        return f"그래프는 함수 {_r('y = ' + _tpow(1 / bse, 'x'), st)}의 그래프와 y축에 대하여 대칭이다.", True
    if kind == 3:
        return "그래프의 점근선은 x축이다.", True
    if kind == 4:
        return f"그래프는 함수 {_r('y = ' + _lg(bse, 'x'), st)}의 그래프와 직선 y = x에 대하여 대칭이다.", True
    if kind == 5:
        return "치역은 실수 전체의 집합이다.", False
    t1 = rng.choice([2, 3])
    cmp = rng.random() < 0.5
    sign = "<" if cmp else ">"
    lhs, rhs = _tpow(bse, str(t1)), _tpow(bse, str(t1 + 1))
    real = (sp.Rational(bse) ** t1 < sp.Rational(bse) ** (t1 + 1)) if cmp else (sp.Rational(bse) ** t1 > sp.Rational(bse) ** (t1 + 1))
    del inc
    return f"{_r(lhs + ' ' + sign + ' ' + rhs, st)}이다.", bool(real)


@family(_S07, "exp-graph-property-bogi")
def _g7_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    bse = rng.choice([R(2), R(3), R(5), R(1, 2), R(1, 3), R(3, 2), R(2, 3)])
    while True:
        kinds = rng.sample(range(7), 3)
        stmts = [_graph_stmt(rng, bse, st, k) for k in kinds]
        if any(ok for _, ok in stmts):
            break
    block, ch = bogi(rng, stmts)
    fx = _r("y = " + _tpow(bse, "x"), st)
    text = f"함수 {fx}에 대하여 {bogi_question(rng)}{exam_points(rng, 3)}\n{block}\n{ch.block}"

    def chk() -> bool:
        got = []
        for k, (t, _) in zip(kinds, stmts, strict=True):
            if k in (0, 2, 3, 4):
                got.append(True)
            elif k == 5:
                got.append(False)
            elif k == 1:
                got.append(("증가한다" in t) == (float(bse) > 1))
            else:
                nums = re.findall(r"\^\{?\(?(\d)", t)
                t1 = int(nums[0]) if nums else 2
                got.append((("<" in t) or ("\\lt" in t)) == (float(bse) ** t1 < float(bse) ** (t1 + 1)))
        return ", ".join(lab for lab, ok in zip("ㄱㄴㄷ", got, strict=True) if ok) == ch.options[ch.correct]
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["지수함수의 그래프", "점근선", "대칭이동"], choice=ch, check=chk)


@family(_S07, "inverse-value-by-symmetry")
def _g7_invval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b0 = rng.choice([2, 3])
    p, q = rng.randint(-2, 2), rng.randint(-3, 3)
    kind = rng.randrange(2)
    if kind == 0:
        fx = f"f(x) = {b0}^{{{_lin(-p)}}}" + ("" if q == 0 else f" {_sgn(q)}")
        t = rng.randint(0, 3)
        y0 = b0**t + q
        ask = f"f^{{-1}}({y0})"
        val = t + p
        f_num = lambda v: b0 ** (v - p) + q  # noqa: E731
        target = y0
    else:
        fx = f"f(x) = {_lg(b0, '(' + _lin(-p) + ')' if p else 'x')}" + ("" if q == 0 else f" {_sgn(q)}")
        t = rng.randint(-1, 3)
        ask = f"f^{{-1}}({t + q})"
        val = b0**t + p
        f_num = lambda v: _m.log(v - p, b0) + q  # noqa: E731
        target = t + q
    g = rng.choice(["g", "h"])
    text = rng.choice([
        f"함수 {_r(fx, st)}의 역함수를 {_r(f'{g}(x)', st)}라 할 때, {_r(ask.replace('f^{-1}', g), st)}의 {_end(rng, '값')}",
        f"함수 {_r(fx, st)}에 대하여 {_r(ask, st)}의 값을 {_end(rng)}",
        f"함수 {_r(fx, st)}의 그래프와 그 역함수의 그래프는 직선 y = x에 대하여 대칭이다. 역함수의 그래프가 점 {_jr(f'({target}, k)', st, '을/를')} 지날 때, k의 값을 {_end(rng)}",
    ])
    return Problem(text=text, answer=str(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["역함수", "지수함수의 그래프", "로그함수의 그래프"], check=lambda: abs(f_num(val) - target) < 1e-9)


@family(_S07, "reflect-then-translate")
def _g7_reflect(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b0 = rng.choice([2, 3])
    kind = rng.randrange(3)
    m, n = rng.randint(-3, 3), rng.randint(-3, 3)
    axis = ["x축", "y축", "원점"][kind]
    # y = log_b x  →  reflect → translate (m, n)
    if kind == 0:
        g = lambda t: -_m.log(t - m, b0) + n  # noqa: E731
        res = f"y = -{_lg(b0, '(' + _lin(-m) + ')' if m else 'x')}" + ("" if n == 0 else f" {_sgn(n)}")
        pts = [m + 0.5, m + 2.0, m + 9.0]
    elif kind == 1:
        g = lambda t: _m.log(-(t - m), b0) + n  # noqa: E731
        res = f"y = {_lg(b0, '(' + ('-x' if m == 0 else f'-x {_sgn(m)}') + ')')}" + ("" if n == 0 else f" {_sgn(n)}")
        pts = [m - 0.5, m - 2.0, m - 9.0]
    else:
        g = lambda t: -_m.log(-(t - m), b0) + n  # noqa: E731
        res = f"y = -{_lg(b0, '(' + ('-x' if m == 0 else f'-x {_sgn(m)}') + ')')}" + ("" if n == 0 else f" {_sgn(n)}")
        pts = [m - 0.5, m - 2.0, m - 9.0]
    ask = rng.randrange(2)
    if ask == 0:
        text = (f"함수 {_r('y = ' + _lg(b0, 'x'), st)}의 그래프를 {axis}에 대하여 대칭이동한 후, x축의 방향으로 {m}만큼, "
                f"y축의 방향으로 {n}만큼 평행이동한 그래프의 식을 {_end(rng)}")
        ans = _r(res, "plain")
        fmt = "computation"

        def chk() -> bool:
            s2 = res.split("= ", 1)[1].replace("\\log_{", "LOG(").replace("} ", ",")
            for t in pts:
                v = s2.replace("x", f"({t})")
                v = re.sub(r"LOG\((\d+),\((.*)\)\)?", lambda mm_: f"_m.log({mm_.group(2)}, {mm_.group(1)})", v) if "LOG" in v else v
                try:
                    got = eval(v.replace("LOG(", "_m.log("), {"_m": _m})  # our own formula text
                except Exception:
                    return False
                if abs(got - g(t)) > 1e-9:
                    return False
            return True
    else:
        px = pts[1]
        py = g(px)
        pxs = _q(sp.nsimplify(px))
        text = (f"함수 {_r('y = ' + _lg(b0, 'x'), st)}의 그래프를 {axis}에 대하여 대칭이동한 후, x축의 방향으로 {m}만큼, "
                f"y축의 방향으로 k만큼 평행이동한 그래프가 점 {_jr(f'({pxs}, {_q(sp.nsimplify(round(py, 9)))})', st, '을/를')} 지날 때, k의 값을 {_end(rng)}")
        ans = str(n)
        fmt = "computation"
        chk = lambda: abs(g(px) - py) < 1e-9 and abs((py - (g(px) - n)) - n) < 1e-9  # noqa: E731
    return Problem(text=text, answer=ans, format=fmt, difficulty=3 if ask == 0 else 4, achievement_level="C" if ask == 0 else "B",
                   concepts=["로그함수의 그래프", "대칭이동", "평행이동"], check=chk)


@family(_S07, "segment-between-two-curves")
def _g7_segment(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b0 = rng.choice([2, 3])
    kind = rng.randrange(2)
    k = rng.randint(1, 3) if b0 == 3 else rng.randint(1, 4)
    if kind == 0:
        c1, c2 = _lg(b0, "x"), _lg(b0 * b0, "x")
        line = f"y = {k}"
        xa, xb = b0**k, b0 ** (2 * k)
        val = xb - xa
        what = "선분 AB의 길이"
        ref = lambda: abs(_m.log(xa, b0) - k) < 1e-9 and abs(_m.log(xb, b0 * b0) - k) < 1e-9  # noqa: E731
    else:
        c1, c2 = f"{b0}^{{x}}", f"{b0 * b0}^{{x}}"
        yv = b0 ** (2 * k)
        line = f"y = {yv}"
        xa, xb = 2 * k, k
        val = xa - xb
        what = "선분 AB의 길이"
        ref = lambda: b0**xa == yv and (b0 * b0) ** xb == yv  # noqa: E731
    text = rng.choice([
        f"직선 {_r(line, st)}가 두 곡선 {_r('y = ' + c1, st)}, {_r('y = ' + c2, st)}와 만나는 점을 각각 A, B라 할 때, {what}를 {_end(rng)}{exam_points(rng, 3)}",
        f"두 곡선 {_r('y = ' + c1, st)}, {_r('y = ' + c2, st)}이 직선 {_r(line, st)}와 만나는 점을 각각 A, B라 하자. {what}는?",
        f"좌표평면에서 직선 {_r(line, st)} 위의 두 점 A, B가 각각 곡선 {_r('y = ' + c1, st)}, {_r('y = ' + c2, st)} 위에 있을 때, {what}를 {_end(rng)}",
    ])
    text = text.replace(f"{_r(line, st)}가", _jr(line, st, "이/가")).replace(f"{_r(line, st)}와", _jr(line, st, "과/와"))
    text = text.replace(f"{_r('y = ' + c2, st)}이 직선", _jr('y = ' + c2, st, '이/가') + " 직선")
    return Problem(text=text, answer=str(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["로그함수의 그래프" if kind == 0 else "지수함수의 그래프"], check=ref)


@family(_S07, "read-table-of-values")
def _g7_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    bse = rng.choice([2, 3, R(1, 2)])
    q = rng.randint(-3, 4)
    xs = [-1, 0, 1, 2]
    ys = [sp.Rational(bse) ** t + q for t in xs]
    hide = rng.choice([0, 3])
    cells = " | ".join("?" if i == hide else _q(v) for i, v in enumerate(ys))
    tab = f"| x | {' | '.join(map(str, xs))} |\n| f(x) | {cells} |"
    text = rng.choice([
        f"함수 {_r('f(x) = a^{x} + b', st)} (a > 0, a ≠ 1)에 대하여 x와 f(x)의 값을 조사한 표가 다음과 같다. 상수 a, b의 값과 그래프의 점근선의 방정식을 {_end(rng)}\n{tab}",
        f"다음 표는 지수함수의 그래프를 평행이동한 함수 {_r('f(x) = a^{x} + b', st)}의 값을 나타낸 것이다. a, b의 값을 각각 구하고, 그래프의 점근선의 방정식을 쓰시오.\n{tab}",
        f"표의 값을 이용하여 함수 {_r('f(x) = a^{x} + b', st)} (a > 0, a ≠ 1)의 a, b의 값을 정하고, 이 함수의 그래프가 한없이 가까워지는 직선의 방정식을 {_end(rng)}\n{tab}",
    ])
    ans = f"a = {_q(bse)}, b = {q}, 점근선: y = {q}"
    A, B = sp.symbols("A B")
    known = [(t, v) for i, (t, v) in enumerate(zip(xs, ys, strict=True)) if i != hide]

    def chk() -> bool:
        sol = sp.solve([A ** known[0][0] + B - known[0][1], A ** known[1][0] + B - known[1][1]], [A, B], dict=True)
        return any(sv[A] == sp.Rational(bse) and sv[B] == q for sv in sol)
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["지수함수의 그래프", "점근선", "평행이동"], check=chk)


# ================================================================================================
# 12대수01-08 지수함수와 로그함수의 활용 (방정식, 부등식, 실생활)
# ================================================================================================
_S08 = "12대수01-08"


def _solve_real(expr) -> list:
    return sorted(sp.solveset(expr, _T, domain=sp.S.Reals))


@family(_S08, "exp-equation-same-base")
def _a8_same(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b0 = rng.choice([2, 3])
    while True:
        m1, m2 = rng.sample([1, 2, 3, -1, -2], 2)
        p, q = rng.randint(-3, 3), rng.randint(-3, 3)
        # (b^m1)^(x + p) = (b^m2)^(x + q)  →  m1(x + p) = m2(x + q)
        if m1 != m2:
            sol = R(m2 * q - m1 * p, m1 - m2)
            if sol.q <= 3:
                break

    def side(m, c):
        base = sp.Rational(b0) ** m
        return _tpow(base, _lin(c) if c else "x")
    eq = f"{side(m1, p)} = {side(m2, q)}"
    text = rng.choice([
        f"방정식 {_r(eq, st)}의 해를 {_end(rng)}",
        f"다음 방정식을 푸시오.\n{_r(eq, st)}",
        f"x에 대한 방정식 {_jr(eq, st, '을/를')} 만족시키는 실수 x의 값은?",
    ])
    lhs = (sp.Rational(b0) ** m1) ** (_T + p)
    rhs = (sp.Rational(b0) ** m2) ** (_T + q)
    return Problem(text=text, answer=_q(sol), format="computation", difficulty=2, achievement_level="D",
                   concepts=["지수방정식", "지수함수"],
                   check=lambda: abs(float(lhs.subs(_T, sol)) - float(rhs.subs(_T, sol))) < 1e-9 * max(1.0, float(rhs.subs(_T, sol))))


@family(_S08, "exp-equation-substitution")
def _a8_subst(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b0 = rng.choice([2, 3])
    r1, r2 = rng.sample([0, 1, 2, 3] if b0 == 2 else [0, 1, 2], 2)
    S, P = b0**r1 + b0**r2, b0 ** (r1 + r2)
    if S % b0 == 0 and rng.random() < 0.5:
        c = S // b0
        mid = f"{'' if c == 1 else c} \\cdot {b0}^{{x + 1}}".replace(" \\cdot ", "") if c == 1 else f"{c} \\cdot {b0}^{{x + 1}}"
        eq = f"{b0}^{{2x}} - {mid} + {P} = 0"
    else:
        eq = f"{b0 * b0}^{{x}} - {S} \\cdot {b0}^{{x}} + {P} = 0"
    expr = b0 ** (2 * _T) - S * b0**_T + P
    ask = rng.randrange(3)
    if ask == 0:
        tail, val = "모든 실근의 합을", sp.Integer(r1 + r2)
    elif ask == 1:
        tail, val = "두 근 α, β에 대하여 αβ의 값을", sp.Integer(r1 * r2)
    else:
        tail, val = "두 실근 중 큰 값을", sp.Integer(max(r1, r2))
    text = rng.choice([
        f"방정식 {_r(eq, st)}의 {tail} {_end(rng)}{exam_points(rng, 3)}",
        f"x에 대한 방정식 {_r(eq, st)}에서 {_r(f'{b0}^{{x}} = X', st)}로 놓고 풀 때, {tail} {_end(rng)}",
        f"다음 방정식의 {tail} {_end(rng)}\n{_r(eq, st)}",
    ])

    def chk() -> bool:
        roots = _solve_real(expr)
        if sorted(roots) != sorted([r1, r2]):
            return False
        return val == {0: sum(roots), 1: roots[0] * roots[1], 2: max(roots)}[ask]
    return Problem(text=text, answer=_q(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["지수방정식"], check=chk)


@family(_S08, "log-equation-domain")
def _a8_logeq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b0 = rng.choice([2, 3])
    while True:
        p, q = rng.sample(range(-4, 5), 2)
        k = rng.randint(1, 3)
        # (x − p)(x − q) = b^k  →  x² − (p+q)x + pq − b^k = 0
        disc = (p + q) ** 2 - 4 * (p * q - b0**k)
        rt = sp.integer_nthroot(disc, 2)
        if rt[1]:
            xs = [R(p + q + rt[0], 2), R(p + q - rt[0], 2)]
            good = [v for v in xs if v > p and v > q]
            if len(good) == 1 and all(v.q == 1 for v in xs):
                break
    eq = f"{_lg(b0, '(' + _lin(-p) + ')')} + {_lg(b0, '(' + _lin(-q) + ')')} = {k}"
    text = rng.choice([
        f"방정식 {_r(eq, st)}의 해를 {_end(rng)}",
        f"다음 방정식을 푸시오.\n{_r(eq, st)}",
        f"로그방정식 {_jr(eq, st, '을/를')} 만족시키는 실수 x의 값을 {_end(rng)}",
    ])
    ans = _q(good[0])
    expr = sp.log(_T - p, b0) + sp.log(_T - q, b0) - k

    def chk() -> bool:
        cands = sp.solve(sp.expand((_T - p) * (_T - q) - b0**k), _T)
        ok = [c for c in cands if c - p > 0 and c - q > 0 and abs(float(expr.subs(_T, c))) < 1e-9]
        return ok == [good[0]]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["로그방정식", "진수"], check=chk)


@family(_S08, "log-equation-substitution")
def _a8_logsub(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b0 = rng.choice([2, 3])
    r1, r2 = rng.sample([-2, -1, 1, 2, 3], 2)
    S, P = r1 + r2, r1 * r2
    L = _lg(b0, "x")
    eq = f"\\left({L}\\right)^{{2}} {'-' if S >= 0 else '+'} {abs(S) if abs(S) != 1 else ''}{L} {_sgn(P)} = 0".replace("+ 0 = 0", "= 0")
    if S == 0:
        eq = f"\\left({L}\\right)^{{2}} {_sgn(P)} = 0"
    ask = rng.randrange(2)
    if ask == 0:
        tail, val = "두 근을 α, β라 할 때, αβ의 값을", sp.Rational(b0) ** S
    else:
        tail, val = "두 근 중 큰 근을", sp.Rational(b0) ** max(r1, r2)
    text = rng.choice([
        f"방정식 {_r(eq, st)}의 {tail} {_end(rng)}{exam_points(rng, 3)}",
        f"x에 대한 방정식 {_r(eq, st)}에서 {_r(L + ' = t', st)}로 놓아 풀었을 때, {tail} {_end(rng)}",
        f"다음 로그방정식의 {tail} {_end(rng)}\n{_r(eq, st)}",
    ])

    def chk() -> bool:
        tt = sp.Symbol("tt")
        ts = sorted(sp.solve(tt**2 - S * tt + P, tt))
        xs = [sp.Rational(b0) ** v for v in ts]
        return val == (xs[0] * xs[1] if ask == 0 else max(xs))
    return Problem(text=text, answer=_q(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["로그방정식"], check=chk)


@family(_S08, "exp-inequality-integers")
def _a8_expineq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    small = rng.random() < 0.5
    b0 = rng.choice([2, 3])
    base = R(1, b0) if small else R(b0)
    lo_e, hi_e = sorted(rng.sample(range(-3, 6), 2))
    if hi_e - lo_e < 2:
        hi_e = lo_e + 3
    # lo ≤ base^x ≤ hi with lo = base^{a}, hi = base^{c}  → x between a and c
    A_, C_ = rng.randint(-3, 1), rng.randint(2, 5)
    v1, v2 = sp.Rational(base) ** A_, sp.Rational(base) ** C_
    lo_v, hi_v = min(v1, v2), max(v1, v2)
    shift = rng.randint(-2, 2)
    ex = _lin(-shift)
    ineq = f"{_qt(lo_v)} {_LE} {_tpow(base, ex)} {_LE} {_qt(hi_v)}"
    sols = [v for v in range(-20, 21) if lo_v <= sp.Rational(base) ** (v - shift) <= hi_v]
    n = len(sols)
    kind = rng.randrange(2)
    if kind == 0:
        text = rng.choice([
            f"부등식 {_r(ineq, st)}을 만족시키는 정수 x의 개수를 {_end(rng)}{exam_points(rng, 3)}",
            f"x에 대한 부등식 {_r(ineq, st)}의 해 중 정수인 것의 개수는?",
        ]).replace(f"{_r(ineq, st)}을", _jr(ineq, st, "을/를"))
        return Problem(text=text, answer=str(n), format="computation", difficulty=3, achievement_level="C",
                       concepts=["지수부등식", "지수함수"], check=lambda: n == sum(1 for v in range(-20, 21) if lo_v <= sp.Rational(base) ** (v - shift) <= hi_v))
    s1 = min(A_, C_) + shift
    s2 = max(A_, C_) + shift
    right = f"{s1} ≤ x ≤ {s2}"
    wrong = [f"{-s2} ≤ x ≤ {-s1}", f"x ≤ {s1} 또는 x ≥ {s2}", f"{s1 - shift} ≤ x ≤ {s2 - shift}" if shift else f"{s1 - 1} ≤ x ≤ {s2 + 1}",
             f"{s1 + 1} ≤ x ≤ {s2 - 1}", f"{s1} < x < {s2}", f"{s1 - 2 * shift} ≤ x ≤ {s2 - 2 * shift}" if shift else f"{s1} ≤ x ≤ {s2 + 1}"]
    ch = choices(rng, right, wrong)
    stem = f"부등식 {_r(ineq, st)}의 해는?{exam_points(rng, 3)}"

    def chk2() -> bool:
        inside = [v for v in range(-20, 21) if lo_v <= sp.Rational(base) ** (v - shift) <= hi_v]
        return inside == list(range(s1, s2 + 1))
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["지수부등식", "지수함수"], choice=ch, check=chk2)


@family(_S08, "log-inequality-domain")
def _a8_logineq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    b0 = rng.choice([2, 3])
    if kind == 0:
        p, k = rng.randint(-3, 4), rng.randint(1, 3)
        ineq = f"{_lg(b0, '(' + _lin(-p) + ')')} < {k}"
        cond = lambda v: v - p > 0 and _m.log(v - p, b0) < k - 1e-12  # noqa: E731
        lo, hi = p, p + b0**k
        d = 2
    elif kind == 1:
        p, k = rng.randint(-2, 4), rng.randint(1, 3)
        ineq = f"{_lg(R(1, b0), '(' + _lin(-p) + ')')} > -{k}"
        cond = lambda v: v - p > 0 and _m.log(v - p) / _m.log(1 / b0) > -k + 1e-12  # noqa: E731
        lo, hi = p, p + b0**k
        d = 3
    else:
        while True:
            p = rng.randint(0, 3)
            k = rng.randint(2, 4)
            # log(x - p) + log(x + p) ≤ k  →  x² ≤ b^k + p², x > p
            top = sp.integer_nthroot(b0**k + p * p, 2)[0]
            if top > p:
                break
        ineq = f"{_lg(b0, '(' + _lin(-p) + ')')} + {_lg(b0, '(' + _lin(p) + ')')} {_LE} {k}" if p else f"2{_lg(b0, 'x')} {_LE} {k}"
        cond = lambda v: v - p > 0 and v + p > 0 and _m.log((v - p) * (v + p), b0) <= k + 1e-12  # noqa: E731
        lo, hi = p, top + 1
        d = 4
    n = sum(1 for v in range(lo - 5, hi + 5) if cond(v))
    text = rng.choice([
        f"부등식 {_jr(ineq, st, '을/를')} 만족시키는 정수 x의 개수를 {_end(rng)}{exam_points(rng, d)}",
        f"로그부등식 {_r(ineq, st)}의 해 중에서 정수인 것은 모두 몇 개인지 {_end(rng)}",
        f"진수의 조건에 주의하여 부등식 {_jr(ineq, st, '을/를')} 풀 때, 해에 속하는 정수의 개수를 {_end(rng)}",
    ])

    def chk() -> bool:
        if kind == 0:
            sol = sp.Interval.open(p, sp.oo) & sp.Interval.open(-sp.oo, p + b0**k)  # domain ∩ (x − p < b^k)
        elif kind == 1:
            sol = sp.Interval.open(p, p + b0**k)
        else:
            sol = sp.Interval(p, sp.sqrt(b0**k + p * p)) - sp.FiniteSet(p)
        return n == sum(1 for v in range(-30, 60) if sol.contains(v) is sp.true)
    return Problem(text=text, answer=str(n), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["로그부등식", "진수"], check=chk)


@family(_S08, "model-exact-time-word")
def _a8_model(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    if kind == 0:
        h = rng.choice([2, 3, 4, 6, 8])
        A0 = rng.choice([160, 320, 640, 800])
        k = rng.randint(2, 4)
        ans_t = k * h
        f = f"{A0} \\times \\left(\\frac{{1}}{{2}}\\right)^{{\\frac{{t}}{{{h}}}}}"
        text = rng.choice([
            f"어떤 약을 먹은 지 t시간 후 혈액 속에 남아 있는 약 성분의 양이 {_r(f, st)} mg이라 한다. "
            f"약 성분의 양이 {_q(R(A0, 2**k))} mg이 되는 것은 약을 먹은 지 몇 시간 후인지 {_end(rng)}",
            f"환자에게 주사한 약물이 몸 안에 t시간 후 {_r(f, st)} mg만큼 남아 있다고 한다. 남은 약물이 {_q(R(A0, 2**k))} mg일 때의 t의 값을 {_end(rng)}",
        ])
        model = lambda t: A0 * R(1, 2) ** (R(t, h))  # noqa: E731
        target = R(A0, 2**k)
    elif kind == 1:
        T0, Ta = rng.choice([(100, 20), (90, 10), (80, 20)])
        h = rng.choice([5, 10, 15])
        k = rng.randint(1, 3)
        f = f"{Ta} + {T0 - Ta} \\times 2^{{-\\frac{{t}}{{{h}}}}}"
        target = Ta + R(T0 - Ta, 2**k)
        ans_t = k * h
        text = rng.choice([
            f"뜨거운 물을 실온에 두었을 때, t분 후 물의 온도는 {_r(f, st)} (°C)라 한다. "
            f"물의 온도가 {_q(target)} °C가 되는 것은 몇 분 후인지 {_end(rng)}",
            f"갓 끓인 국을 식탁에 놓아두면 t분 후의 온도가 {_r(f, st)} (°C)가 된다고 한다. 국의 온도가 {_q(target)} °C까지 내려가는 데 걸리는 시간은 몇 분인지 {_end(rng)}",
        ])
        model = lambda t: Ta + (T0 - Ta) * sp.Integer(2) ** (-R(t, h))  # noqa: E731
    elif kind == 2:
        g, h = rng.choice([(3, 5), (2, 4), (3, 2), (2, 3)])
        N0 = rng.choice([50, 100, 200])
        k = rng.randint(2, 4)
        f = f"{N0} \\times {g}^{{\\frac{{t}}{{{h}}}}}"
        target = N0 * g**k
        ans_t = k * h
        text = rng.choice([
            f"어떤 세균을 배양한 지 t시간 후의 세균 수가 {_jr(f, st, '이라/라')} 한다. 세균 수가 처음으로 {josa(str(target), '이/가')} 되는 것은 배양을 시작한 지 몇 시간 후인지 {_end(rng)}",
            f"실험실에서 키우는 효모의 수는 t시간 후 {_jr(f, st, '이/가')} 된다. 효모의 수가 {josa(str(target), '이/가')} 되는 때는 몇 시간 후인지 {_end(rng)}",
        ])
        model = lambda t: N0 * sp.Integer(g) ** R(t, h)  # noqa: E731
    else:
        r_ = rng.choice([(R(11, 10), "10"), (R(6, 5), "20")])
        P0 = rng.choice([100, 200, 500])
        k = rng.choice([2, 3])
        target = P0 * r_[0] ** k
        ans_t = k
        f = f"{P0} \\times {_dec(float(r_[0]))}^{{n}}"
        text = rng.choice([
            f"원금 {P0}만 원을 연이율 {r_[1]} %의 복리로 예금할 때, n년 후의 원리합계는 {_r(f, st)} (만 원)이다. "
            f"원리합계가 {_dec(float(target))}만 원이 되는 것은 몇 년 후인지 {_end(rng)}",
            f"{josa(name(rng), '이/가')} 저금한 {P0}만 원은 해마다 {r_[1]} %씩 복리로 불어나 n년 후 {_r(f, st)}만 원이 된다. 금액이 {_dec(float(target))}만 원이 되는 n의 값을 {_end(rng)}",
        ])
        model = lambda t: P0 * r_[0] ** t  # noqa: E731
    return Problem(text=text, answer=str(ans_t), format="word", difficulty=3, achievement_level="C",
                   concepts=["지수방정식", "지수함수"],
                   check=lambda: sp.simplify(model(ans_t) - target) == 0 and all(model(v) != target for v in range(0, ans_t)))


@family(_S08, "quadratic-exponent-roots-mcq")
def _a8_quadexp(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b0 = rng.choice([2, 3, 5])
    r1, r2 = rng.sample(range(-4, 6), 2)
    S, P = r1 + r2, r1 * r2
    # b^(x²) = b^(Sx) · b^(−P)  written as  b^(x²) ÷ b^(Sx) = (1/b)^(P)  or similar
    form = rng.randrange(2)
    if form == 0:
        rhs = f"{_tpow(R(1, b0), str(P))}" if P else "1"
        eq = f"{b0}^{{x^{{2}}}} = {rhs} \\times {b0}^{{{_ptex([S, 0]) if S else '0'}}}" if S else f"{b0}^{{x^{{2}}}} = {rhs}"
    else:
        eq = f"\\frac{{{b0}^{{x^{{2}}}}}}{{{b0}^{{{_ptex([S, 0])}}}}} = {_qt(sp.Rational(b0) ** (-P))}" if S else f"{b0}^{{x^{{2}}}} = {_qt(sp.Rational(b0) ** (-P))}"
    ask = rng.randrange(2)
    val = S if ask == 0 else P
    word = "모든 실근의 합" if ask == 0 else "두 실근의 곱"
    wrong = {-val, val + 1, val - 1, val + 2, val - 2, P if ask == 0 else S, -(P if ask == 0 else S)}
    wrong.discard(val)
    ch = choices(rng, str(val), [str(w) for w in sorted(wrong)], sort_key=lambda s_: int(s_))
    stem = f"방정식 {_r(eq, st)}의 {word}은?{exam_points(rng, 3)}"

    def chk() -> bool:
        roots = _solve_real(_T**2 - S * _T + P)
        lhs = _sym(eq.split(" = ")[0].replace("x^{2}", "(t)^{2}").replace("x", "t"), {"t": _T})
        rhs_e = _sym(eq.split(" = ")[1].replace("x", "t"), {"t": _T})
        ok_roots = all(abs(float(lhs.subs(_T, r0)) - float(rhs_e.subs(_T, r0))) < 1e-6 * float(abs(rhs_e.subs(_T, r0)) + 1) for r0 in roots)
        return ok_roots and len(roots) == 2 and (sum(roots) if ask == 0 else roots[0] * roots[1]) == int(ch.options[ch.correct])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["지수방정식"], choice=ch, check=chk)


@family(_S08, "fit-model-from-table")
def _a8_table(rng: random.Random) -> Problem:
    h = rng.choice([2, 3, 5, 10])
    A0 = rng.choice([320, 640, 960, 1280])
    kind = rng.randrange(2)
    if kind == 0:
        ts = [0, h, 2 * h, 3 * h]
        ys = [A0 // 2**i for i in range(4)]
        k = rng.randint(4, 6)
        target = R(A0, 2**k)
        what = rng.choice([("어느 방사성 물질의 남은 양 (g)", "경과 시간 (년)", "년"), ("어느 연못의 오염 물질 농도 (ppm)", "정화 시간 (일)", "일")])
        tab = f"| {what[1]} | {' | '.join(map(str, ts))} |\n| {what[0]} | {' | '.join(map(str, ys))} |"
        text = (f"다음 표는 시간에 따라 양이 일정한 비율로 줄어드는 상황을 조사한 것이다. 이 양이 y = a × (1/2)^(t/p) 꼴로 줄어든다고 할 때, "
                f"상수 a, p의 값을 구하고, 양이 {josa(_q(target), '이/가')} 되는 것은 몇 {what[2]} 후인지 {_end(rng)}\n{tab}")
        ans = f"a = {A0}, p = {h}, {k * h}{what[2]} 후"
        model = lambda t: A0 * R(1, 2) ** R(t, h)  # noqa: E731
        T_ans = k * h
    else:
        N0 = rng.choice([100, 200, 300])
        ts = [0, h, 2 * h, 3 * h]
        ys = [N0 * 3**i for i in range(4)]
        k = rng.randint(4, 5)
        target = N0 * 3**k
        tab = f"| 시간 (시간) | {' | '.join(map(str, ts))} |\n| 개체 수 | {' | '.join(map(str, ys))} |"
        text = (f"어떤 미생물의 개체 수를 관찰한 결과가 다음 표와 같다. 개체 수가 y = a × 3^(t/p) 꼴로 늘어난다고 할 때, a, p의 값을 구하고, "
                f"개체 수가 {josa(str(target), '이/가')} 되는 것은 몇 시간 후인지 {_end(rng)}\n{tab}")
        ans = f"a = {N0}, p = {h}, {k * h}시간 후"
        model = lambda t: N0 * sp.Integer(3) ** R(t, h)  # noqa: E731
        T_ans = k * h
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["지수함수", "지수방정식"],
                   check=lambda: all(model(t) == y_ for t, y_ in zip(ts, ys, strict=True)) and model(T_ans) == target)


@family(_S08, "log-model-word")
def _a8_logmodel(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        a0, c = rng.choice([(80, 20), (90, 15), (100, 20)])
        k = rng.randint(2, 3)
        target = a0 - c * k
        t_ans = 2**k - 1
        text = rng.choice([
            f"어느 학생이 단어를 외운 뒤 t일이 지났을 때 기억하고 있는 단어의 비율을 R(t) %라 하면 R(t) = {a0} − {c} log₂ (t + 1)이 성립한다고 한다. "
            f"기억하고 있는 단어의 비율이 {target} %가 되는 것은 단어를 외운 지 며칠 후인지 {_end(rng)}",
            f"어떤 실험에서 학습 후 t일이 지났을 때의 기억률이 R(t) = {a0} − {c} log₂ (t + 1) (%)로 나타났다. 기억률이 {target} %로 떨어지는 t의 값을 {_end(rng)}",
        ])
        ok = lambda: abs(a0 - c * _m.log2(t_ans + 1) - target) < 1e-9  # noqa: E731
        ans = str(t_ans)
    elif kind == 1:
        L1 = rng.choice([40, 50, 60])
        dL = rng.choice([10, 20, 30])
        text = (f"소리의 세기가 I일 때 소리의 크기 L (dB)은 L = 10 log(I/I₀) (I₀은 상수)이다. 소리의 크기가 {L1} dB에서 {L1 + dL} dB로 커졌다면 소리의 세기는 몇 배가 되었는지 {_end(rng)}")
        ans = str(10 ** (dL // 10))
        ok = lambda: abs(10 * _m.log10(float(ans)) - dL) < 1e-9  # noqa: E731
    else:
        M = rng.choice([2, 3, 4])
        text = rng.choice([
            f"어느 전기 회로에서 부품의 수명 지표 y와 사용 온도 상승값 x (°C) 사이에 y = 12 − 3 log₂ (x + 1)인 관계가 있다고 한다. "
            f"수명 지표가 {josa(str(12 - 3 * M), '이/가')} 되는 온도 상승값 x를 {_end(rng)}",
            f"어떤 배터리의 성능 점수 y는 충전 속도 단계 x에 대하여 y = 12 − 3 log₂ (x + 1)로 주어진다. 성능 점수가 {josa(str(12 - 3 * M), '이/가')} 되는 x의 값을 {_end(rng)}",
        ])
        ans = str(2**M - 1)
        ok = lambda: abs(12 - 3 * _m.log2(int(ans) + 1) - (12 - 3 * M)) < 1e-9  # noqa: E731
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["로그방정식", "로그함수"], also=["12대수01-05"] if kind == 1 else [], check=ok)


# ================================================================================================
# extra families (formats other than bare computation)
# ================================================================================================
@family(_S01, "nth-root-vs-radical-explain")
def _r1_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([3, 4, 5, 6])
    base = rng.choice([2, 3]) if n > 3 else rng.choice([2, 3, 4])
    sign = -1 if (n % 2 == 1 and rng.random() < 0.5) else 1
    val = sign * base**n
    nm = _NTH.get(n, f"{n}제곱근")
    rad = _r(f"\\sqrt[{n}]{{{val}}}", st)
    who = name(rng)
    roots = _realroots(n, val)
    n_real = len(roots)
    kind = rng.randrange(2)
    if kind == 0:
        text = (f"{josa(who, '은/는')} '{_r(str(val), st)}의 {nm}은 {rad}이다.'라고 말하였다. 이 말이 옳은지 판단하고, "
                f"{_r(str(val), st)}의 {nm}과 {rad}의 차이를 {rng.choice(['설명하시오.', '설명해 보시오.', '서술하시오.'])}")
        ans = (f"옳지 않다. {val}의 {nm}은 xⁿ = {val} (n = {n})을 만족시키는 복소수 x 모두로 {n}개이고, 그중 실수는 "
               f"{', '.join(str(r0) for r0 in roots)}의 {n_real}개이다. "
               f"ⁿ√a 기호는 실수인 {nm} 중 하나({'양의 실수' if n % 2 == 0 else '유일한 실수'})만을 나타낸다.")
    else:
        text = (f"x에 대한 방정식 {_r(f'x^{{{n}}} = {val}', st)}의 근을 이용하여 '{_r(str(val), st)}의 {nm}' 중 실수인 것의 개수를 구하고, "
                f"그 이유를 함수 {_r(f'y = x^{{{n}}}', st)}의 그래프와 직선 {_r(f'y = {val}', st)}의 교점을 이용하여 설명하시오.")
        ans = f"{n_real}개; y = x^{n}의 그래프와 직선 y = {val}의 교점이 {n_real}개이기 때문이다."
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["거듭제곱근", f"{n}제곱근"],
                   check=lambda: n_real == _count_real(n, val) and all(r0**n == val for r0 in roots))


@family(_S03, "find-wrong-step")
def _l3_wrongstep(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.choice([2, 3, 5])
    p = rng.choice([R(1, 2), R(2, 3), R(3, 4), R(1, 3)])
    m = rng.choice([2, 3, 4, 6])
    q = rng.choice([R(1, 2), R(1, 3), R(3, 2)])
    # (c^p)^m × c^q ÷ c^(p m)… computed in three steps; one step gets a typical slip
    s1 = p * m
    s2 = s1 + q
    s3 = s2 - 1
    bad = rng.randrange(3)
    shown = [s1, s2, s3]
    if bad == 0:
        shown[0] = p + m
    elif bad == 1:
        shown[1] = s1 * q if s1 * q != s2 else s1 - q
    else:
        shown[2] = s2 / c if s2 / c != s2 - 1 else s2 + 1
    shown[1] = shown[0] + q if bad == 0 else shown[1]
    shown[2] = shown[1] - 1 if bad in (0, 1) else shown[2]
    start = f"\\left({c}^{{{_qt(p)}}}\\right)^{{{m}}} \\times {c}^{{{_qt(q)}}} \\div {c}"
    t_a = start + " = " + _pw(c, shown[0]) + _TIMES + _pw(c, q) + _DIV + str(c)
    t_b = "= " + _pw(c, shown[1]) + _DIV + str(c)
    t_c = "= " + _pw(c, shown[2])
    who = name(rng)
    text = (f"다음은 {josa(who, '이/가')} 지수법칙을 이용하여 식을 간단히 한 과정이다. 처음으로 잘못된 곳을 찾아 기호를 쓰고, 바르게 계산한 결과를 {_end(rng, '쓰')}\n"
            f"(가) {_r(t_a, st)}\n(나) {_r(t_b, st)}\n(다) {_r(t_c, st)}")
    ans = f"({'가나다'[bad]}), {_r(_pw(c, s3), 'plain')}"

    def chk() -> bool:
        val = _sym(start)
        return (sp.simplify(val - sp.Integer(c) ** s3) == 0 and shown[bad] != [s1, s2, s3][bad]
                and all(shown[i] == [s1, s2, s3][i] for i in range(bad)))
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["지수법칙"], check=chk)


_TIMES, _DIV = " \\times ", " \\div "


@family(_S04, "log-table-combine-data")
def _g4_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b0 = rng.choice([2, 3])
    prim = [v for v in (2, 3, 5, 7) if v != b0]
    vals = {v: float(f"{_m.log(v, b0):.3f}") for v in prim}
    tab = f"| x | {' | '.join(map(str, prim))} |\n| {_r(_lg(b0, 'x'), st)}의 값 | {' | '.join(f'{vals[v]:.3f}' for v in prim)} |"
    u, v = rng.sample(prim, 2)
    k = rng.choice([1, 2])
    kind = rng.randrange(3)
    if kind == 0:
        N, approx = u * v * b0**k, vals[u] + vals[v] + k
        tgt = _lg(b0, str(N))
    elif kind == 1:
        N, approx = R(u, v), vals[u] - vals[v]
        tgt = _lg(b0, _qt(N))
    else:
        N, approx = u**k * b0, k * vals[u] + 1
        tgt = _lg(b0, str(N))
    ans = f"{approx:.3f}"
    text = rng.choice([
        f"다음 표를 이용하여 {_r(tgt, st)}의 값을 {_end(rng)}\n{tab}",
        f"아래 표는 몇 가지 수에 대하여 밑이 {b0}인 로그의 값을 소수점 아래 셋째 자리까지 나타낸 것이다. 로그의 성질을 이용하여 {_r(tgt, st)}의 값을 {_end(rng)}\n{tab}",
    ])
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["로그의 성질"], check=lambda: abs(float(ans) - _m.log(float(N), b0)) < 0.004)


@family(_S08, "reject-extraneous-root-explain")
def _a8_extraneous(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b0 = rng.choice([2, 3])
    while True:
        p, q = rng.sample(range(-4, 5), 2)
        k = rng.randint(1, 3)
        disc = (p + q) ** 2 - 4 * (p * q - b0**k)
        rt = sp.integer_nthroot(disc, 2)
        if rt[1]:
            xs = sorted([R(p + q + rt[0], 2), R(p + q - rt[0], 2)])
            good = [v for v in xs if v > p and v > q]
            if len(good) == 1 and all(v.q == 1 for v in xs):
                break
    badv = next(v for v in xs if v not in good)
    eq = f"{_lg(b0, '(' + _lin(-p) + ')')} + {_lg(b0, '(' + _lin(-q) + ')')} = {k}"
    who = name(rng)
    text = (f"{josa(who, '은/는')} 방정식 {_jr(eq, st, '을/를')} 풀어 x = {_q(xs[0])} 또는 x = {_q(xs[1])}이라고 답하였다. "
            f"이 답에서 잘못된 점을 찾아 {rng.choice(['설명하고', '그 이유를 말하고'])}, 방정식의 해를 바르게 {_end(rng, '쓰')}")
    text = text.replace(f"x = {_q(xs[1])}이라고", f"x = {josa(_q(xs[1]), '이라고/라고')}")
    ans = f"x = {_q(badv)}이면 진수가 0 이하가 되어 로그가 정의되지 않으므로 해가 될 수 없다. 해: x = {_q(good[0])}"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["로그방정식", "진수"],
                   check=lambda: (badv - p <= 0 or badv - q <= 0) and (good[0] - p) * (good[0] - q) == b0**k)


@family(_S05, "shift-decimal-point-fill")
def _c5_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    v = rng.randint(1, 9) + rng.randint(1, 99) / 100
    lv = _f4(_m.log10(v))
    ks = rng.sample([-3, -2, -1, 1, 2, 3, 4], 2)
    rows, answers, nums = [], [], []
    for lab, k in zip(("㉠", "㉡"), ks, strict=True):
        N = v * 10**k
        Ns = _dec(N) if k < 0 else str(round(N))
        rows.append(_r(_LOGW + f"{Ns} = ({lab})", st))
        answers.append(f"{lab} {_f4(float(lv) + k)}")
        nums.append((N, float(lv) + k))
    text = rng.choice([
        f"{_r(_LOGW + f'{v:g} = {lv}', st)}일 때, 다음 빈칸에 알맞은 수를 {_end(rng, '쓰')}\n" + "\n".join(rows),
        f"다음은 {_r(_LOGW + f'{v:g} = {lv}', st)}임을 이용하여 여러 수의 상용로그의 값을 구한 것이다. ㉠, ㉡에 알맞은 수를 {_end(rng)}\n" + "\n".join(rows),
    ])
    return Problem(text=text, answer=", ".join(answers), format="fill", difficulty=1, achievement_level="E",
                   concepts=["상용로그"], check=lambda: all(abs(_m.log10(N) - w) < 6e-5 for N, w in nums))


@family(_S07, "graph-in-context-word")
def _g7_context(rng: random.Random) -> Problem:
    kind = rng.randrange(2)
    if kind == 0:
        r_ = rng.choice([10, 20, 25, 50])
        k = round(1 - r_ / 100, 2)
        y0 = rng.choice([100, 200, 80])
        thing = rng.choice(["필터를 통과한 빛의 세기", "세척할 때마다 남는 세균의 양", "매년 남는 약품의 효능"])
        text = (f"{josa(thing, '이/가')} y = {y0} × {k:g}ˣ (x ≥ 0)으로 나타난다고 한다. 이 함수의 그래프가 증가하는지 감소하는지 말하고, "
                f"x의 값이 한없이 커질 때 y의 값이 어떻게 되는지 그래프의 점근선을 이용하여 {rng.choice(['설명하시오.', '설명해 보시오.'])}")
        ans = f"밑 {josa(f'{k:g}', '이/가')} 0과 1 사이이므로 감소한다. 점근선이 y = 0(x축)이므로 y의 값은 0에 한없이 가까워지지만 0이 되지는 않는다."
        ok = lambda: 0 < k < 1 and y0 * k**200 > 0 and y0 * k**200 < 1e-3 * y0  # noqa: E731
    else:
        c = rng.choice([2, 3, 10])
        thing = rng.choice([("어느 앱의 사용자 수 x명", "서버 부하 지수 y"), ("공부한 시간 x시간", "학습 피로도 y"), ("관객 수 x명", "소음 지수 y")])
        text = (f"{josa(thing[0], '과/와')} {thing[1]} 사이에 y = log{'₂' if c == 2 else ('₃' if c == 3 else '')} x (x ≥ 1)인 관계가 있다고 하자. "
                f"x의 값이 {c}배가 될 때마다 y의 값은 어떻게 변하는지 로그함수의 그래프의 성질과 연결하여 {rng.choice(['설명하시오.', '설명해 보시오.'])}")
        ans = f"x가 {c}배가 될 때마다 y는 1씩 증가한다. 로그함수는 증가함수이지만 x가 커질수록 증가하는 정도가 점점 작아진다."
        ok = lambda: all(abs(_m.log(c * t, c) - _m.log(t, c) - 1) < 1e-9 for t in (1.0, 7.0, 120.0))  # noqa: E731
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["지수함수의 그래프" if kind == 0 else "로그함수의 그래프", "점근선" if kind == 0 else "로그함수"], check=ok)
