"""Generators for 미적분Ⅱ (고등학교 진로 선택), 적분법 12미적Ⅱ-03-* (written backwards from 03-07).

12미적Ⅱ-01-01 … 02-* are in ``g12mijeok2a.py`` (another author). Scope: integrals of xⁿ (n real),
exponential, logarithmic and trigonometric functions; 미적분Ⅰ (polynomials only) is kept apart —
an item that only needs polynomials is not written here. Volumes use cross-sections only
(회전체 is not in the 2022 standard); curve lengths and plane motion belong to 03-07.

Private helpers (module-local, prefixed ``_``):

* ``_t(tex, st)`` renders a LaTeX-lite string in style ``st``: LaTeX in ``$…$``, Unicode
  (``∫₀^π sin x dx``, ``e²ˣ``, ``√3``) or plain ASCII-ish (``∫_0^π sin x dx``, ``e^(2x)``, ``sqrt(3)``).
* ``_jt(tex, st, pair)`` the same followed by the particle that fits how the formula is read.
* ``_tex(expr)`` a sympy value as LaTeX-lite (``e^{2} - 1``, ``\\frac{\\pi}{2}``, ``3\\ln 2``);
  ``_ans(expr)`` the same value as an answer string (``e^2 - 1``, ``π/2``, ``3ln2``).
* ``_num(f, a, b)`` a numerical integral (mpmath) used by ``check`` as an independent derivation;
  ``_absint`` the same for |f| over given breakpoints; ``_rsum`` a Riemann-sum limit (Richardson).
* ``_parse(ans)`` reads a plain answer such as ``(x - 1)e^x + C`` back into sympy, so the checks of
  indefinite integrals differentiate the very string the item prints.
* ``_exact(v)`` keeps sympy values as they are (``nsimplify`` on exact values is slow).
* ``bogi`` a <보기> block (ㄱ, ㄴ, ㄷ) with the ①~⑤ choice of the true subset; ``_pts`` a 수능-style
  score marker; ``_opts`` a ①~⑤ block of exact values, sorted by size as exams print them, the
  correct option's position drawn at random.
"""

from __future__ import annotations

import itertools
import random
import re

import mpmath
import sympy as sp

from mathtag.corpus.generators.base import Problem, family, secondary_level
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import bogi, choices, with_choices
from mathtag.corpus.notation import pick_style

X = sp.Symbol("x")
T = sp.Symbol("t")
R = sp.Rational
PI = sp.pi
E = sp.E

S301, S302, S303, S304, S305, S306, S307 = (f"12미적Ⅱ-03-0{i}" for i in range(1, 8))

# -- notation ------------------------------------------------------------------------------------
_SUPMAP = dict(zip("0123456789-+nxt", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ⁿˣᵗ", strict=True))
_SUBMAP = dict(zip("0123456789-+", "₀₁₂₃₄₅₆₇₈₉₋₊", strict=True))


def _atomic(s: str) -> bool:
    if re.search(r"\d[a-zA-Z(√π]", s):
        return False
    return bool(re.fullmatch(r"-?[\w.√π⁰¹²³⁴⁵⁶⁷⁸⁹ˣᵗ]+|\([^()]*\)", s))


def _wrap(s: str) -> str:
    return s if _atomic(s) else f"({s})"


def _wrapd(s: str) -> str:
    """Denominator of a fraction: bracketed also when it is itself a quotient or a product."""
    return f"({s})" if re.search(r"[ +/]|(?<!^)-", s) else s


def _wrapn(s: str) -> str:
    """Numerator/denominator of a fraction: bracketed only when it is a sum or has spaces."""
    return f"({s})" if re.search(r"[ +]|(?<!^)-", s) else s


def _sup(e: str, st: str) -> str:
    if st == "unicode" and e and all(c in _SUPMAP for c in e):
        return "".join(_SUPMAP[c] for c in e)
    return "^" + (e if re.fullmatch(r"\w|\d+|\\pi", e) else f"({e})")


def _sub(e: str, st: str) -> str:
    if st == "unicode" and e and all(c in _SUBMAP for c in e):
        return "".join(_SUBMAP[c] for c in e)
    return "_" + (e if re.fullmatch(r"\w|\d+|\\pi", e) else f"({e})")


def _t(tex: str, st: str) -> str:
    """Render LaTeX-lite ``tex`` in style ``st``."""
    if st == "latex":
        return f"${tex}$"
    s = tex.replace("\\dfrac", "\\frac").replace("\\left|", "|").replace("\\right|", "|")
    s = s.replace("\\left", "").replace("\\right", "").replace("\\,", " ").replace("\\displaystyle", "")
    s = s.replace("\\pi", "π")
    s = re.sub(r"(?<=[A-Za-z)])\\(sin|cos|tan|ln|sec)", r" \\\1", s)
    s = re.sub(r"\\(sin|cos|tan)\s*\\frac\{([^{}]*)\}\{([^{}]*)\}", r"\1(\2/\3)", s)
    s = re.sub(r"\\lim_\{n \\to \\infty\}\s*", "lim_(n→∞) " if st == "unicode" else "lim(n->inf) ", s)
    s = re.sub(r"\\lim_\{([^{}]*)\}\s*", lambda m: ("lim_(" if st == "unicode" else "lim(") + m.group(1) + ") ", s)
    s = re.sub(r"\\sum_\{k=1\}\^\{n\}\s*", "∑_(k=1)^n " if st == "unicode" else "sum(k=1..n) ", s)
    for _ in range(8):
        old = s
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}(?=\s?[a-zA-Z(\\√∑π∫])",
                   lambda m: f"({_wrapn(m.group(1))}/{_wrapd(m.group(2))})", s)
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", lambda m: f"{_wrapn(m.group(1))}/{_wrapd(m.group(2))}", s)
        s = re.sub(r"\\sqrt\{([^{}]*)\}",
                   lambda m: ("√" + _wrap(m.group(1))) if st == "unicode" else f"sqrt({m.group(1)})", s)
        s = re.sub(r"\\int_\{([^{}]*)\}\^\{([^{}]*)\}\s*", lambda m: "∫" + _sub(m.group(1), st) + _sup(m.group(2), st) + " ", s)
        s = re.sub(r"\]_\{([^{}]*)\}\^\{([^{}]*)\}", lambda m: "]" + _sub(m.group(1), st) + _sup(m.group(2), st), s)
        s = re.sub(r"\^\{([^{}]*)\}", lambda m: _sup(m.group(1), st), s)
        s = re.sub(r"_\{([^{}]*)\}", lambda m: _sub(m.group(1), st), s)
        if s == old:
            break
    rep = {"\\infty": "∞", "\\times": "×", "\\cdot": "·" if st == "unicode" else "*", "\\quad": "  ",
           "\\{": "⦃", "\\}": "⦄", "\\lt": "<", "\\gt": ">", "\\le": "≤" if st == "unicode" else "<=",
           "\\ge": "≥" if st == "unicode" else ">=", "\\ne": "≠" if st == "unicode" else "!=",
           "\\cdots": "…", "\\ln": "ln", "\\sin": "sin", "\\cos": "cos", "\\tan": "tan", "\\pi": "π",
           "\\sec": "sec", "\\csc": "csc", "\\cot": "cot", "\\int": "∫", "\\to": "→" if st == "unicode" else "->",
           "\\theta": "θ", "\\alpha": "α", "\\;": " ", "\\ ": " "}
    for k in sorted(rep, key=len, reverse=True):
        s = s.replace(k, rep[k])
    s = s.replace("{", "").replace("}", "").replace("⦃", "{").replace("⦄", "}")
    s = re.sub(r"  +", " ", s)
    s = re.sub(r"(?<![\^_₀-₉₋])π (?=[a-z])", "π", s)
    if st == "unicode":
        s = s.replace("'", "′").replace("-", "−")
    return s.strip()


def _particle(tex: str, pair: str) -> str:
    """The particle that fits how the LaTeX-lite formula ``tex`` is read at its end."""
    tex = tex.replace("\\right", "").replace("\\left", "").rstrip()
    if re.search(r"d[xty]$", tex):
        proxy = "스"  # …디엑스 / 디티 → read as no final consonant
        proxy = "티" if tex.endswith("t") else proxy
    else:
        core = re.sub(r"[\s)$|\]]+$", "", tex)
        fr = re.search(r"\\frac\{([^{}]*)\}\{[^{}]*\}$", core)
        if fr:  # a fraction is read denominator first: the numerator is said last
            return _particle(fr.group(1), pair)
        tail = re.sub(r"[\s)$}|\]\\]+$", "", tex)
        if re.search(r"\^\{?[\w\\]+\}?$", tex):
            proxy = "곱"  # …제곱
        elif tail.endswith("\\pi") or tail.endswith("π"):
            proxy = "이"
        elif tail.endswith("\\infty"):
            proxy = "대"
        elif tail and tail[-1] in "lmnrLMNR":
            proxy = "엔"
        elif tail and tail[-1].isalpha() and tail[-1].isascii():
            proxy = "이"
        else:
            proxy = tail[-1] if tail else "가"
    return josa(proxy, pair)[len(proxy):]


def _jt(tex: str, st: str, pair: str) -> str:
    return _t(tex, st) + _particle(tex, pair)


def _clean_latex(s: str) -> str:
    s = re.sub(r"\\ln\{\\left\(([^()]*?) \\right\)\}", lambda m: f"\\ln {m.group(1)}" if re.fullmatch(r"\w+", m.group(1))
               else f"\\ln({m.group(1)})", s)
    s = re.sub(r"\\(sin|cos|tan)\{\\left\(([^()]*?) \\right\)\}", r"\\\1 \2", s)
    s = s.replace("\\left(", "(").replace("\\right)", ")")
    s = re.sub(r"(\d*)e\^\{-1\}", lambda m: f"\\frac{{{m.group(1) or 1}}}{{e}}", s)
    s = re.sub(r"(\d) \\", r"\1\\", s)
    s = re.sub(r"(\d) e\b", r"\1e", s)
    s = re.sub(r"(\d) (\w)", r"\1\2", s)
    return s


def _order(expr) -> list:
    """Terms of an expanded expression: transcendental/irrational terms first, the rational last."""
    expr = sp.expand(expr)
    terms = list(expr.args) if expr.is_Add else [expr]
    terms = sorted(terms, key=lambda tm: (tm.is_Rational, -abs(float(tm)) if tm.is_number else 0))
    if terms[0].could_extract_minus_sign():
        pos = [tm for tm in terms if not tm.could_extract_minus_sign()]
        if pos:
            terms.remove(pos[0])
            terms.insert(0, pos[0])
    return terms


def _tex(expr) -> str:
    """An exact value as LaTeX-lite, e.g. ``e^{2} - 1``, ``\\frac{\\pi}{2} - 1``, ``3\\ln 2 + 1``.

    A sum with a common fractional or irrational factor is printed factored: ``\\frac{e^{2} - 1}{2}``,
    ``\\frac{\\sqrt{3}}{8}(e - 1)``.
    """
    expr = _exact(expr) if isinstance(expr, float) else sp.sympify(expr)
    expr = sp.expand(expr)
    if expr.is_Add and expr.is_number:
        fe = sp.factor_terms(expr)
        if fe.is_Mul:
            adds = [a for a in fe.args if a.is_Add]
            if len(adds) == 1:
                coef = sp.Mul(*[a for a in fe.args if not a.is_Add])
                inner = adds[0]
                if float(inner) < 0:
                    inner, coef = -inner, -coef
                sign = "-" if float(coef) < 0 else ""
                coef = abs(coef)
                if coef.is_Rational and coef.q > 1 and all(sp.denom(tm) == 1 for tm in sp.Add.make_args(inner)):
                    top = _tex(inner) if coef.p == 1 else f"{coef.p}({_tex(inner)})"
                    return f"{sign}\\frac{{{top}}}{{{coef.q}}}"
                if not coef.is_Rational and not coef.has(E) and "exp" not in str(coef):
                    return f"{sign}{_tex(coef)}({_tex(inner)})"
    out = ""
    for tm in _order(expr):
        neg = tm.could_extract_minus_sign()
        body = _clean_latex(sp.latex(-tm if neg else tm, ln_notation=True))
        if not out:
            out = ("-" if neg else "") + body
        else:
            out += (" - " if neg else " + ") + body
    return out or "0"


def _ans(expr) -> str:
    """An exact value as an answer string (unicode-ish plain): ``e^2 - 1``, ``π/2``, ``2√3/3``, ``3ln2``."""
    s = _t(_tex(expr), "unicode").replace("−", "-")
    s = re.sub(r"ln (\w)", r"ln\1", s)
    return s


def _num(f, a, b) -> float:
    """∫_a^b f numerically (mpmath), f a Python callable on mpf."""
    return float(mpmath.quad(f, [float(a), float(b)]))


def _close(val, target, tol: float = 1e-8) -> bool:
    return abs(float(val) - float(target)) < tol * max(1.0, abs(float(target)))


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보시오."])
    if what == "값":
        return rng.choice(["값을 구하시오.", "값을 구하세요.", "값은?", "값을 구하여라.", "값을 계산하시오."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오.", "구하면?"])


def _pts(rng: random.Random, d: int) -> str:
    if rng.random() < 0.4:
        return ""
    return " [4점]" if d >= 4 else " [3점]"


def _opts(rng: random.Random, correct, wrongs: list, st: str, positive: bool = True):
    """A ①~⑤ choice of exact values (sympy), distinct by value, sorted ascending (``positive``: all > 0).

    The given ``wrongs`` (students' typical mistakes) come first; the correct value's position among
    the five sorted options is drawn at random from those the candidates allow.
    """
    c = _exact(correct)
    cf = float(c)
    extra = [c + 1, c - 1, 2 * c, c / 2, c + 2, c - 2, 3 * c, c * R(2, 3), c * R(3, 2), c + R(1, 2), c - R(1, 2),
             c / 3, c + 3, c - 3, c + 4]
    pool: list = []
    for w in [*wrongs, *extra]:
        w = _exact(w)
        if not w.is_real:
            continue
        wf = float(w)
        if (positive and wf <= 1e-9) or abs(wf - cf) < 1e-9 or any(abs(wf - float(p)) < 1e-9 for p in pool):
            continue
        pool.append(w)
    below = [w for w in pool if float(w) < cf]
    above = [w for w in pool if float(w) > cf]
    feasible = [k for k in range(5) if len(below) >= k and len(above) >= 4 - k]
    k = rng.choice(feasible)
    picks = [c, *below[:k], *above[:4 - k]]
    picks.sort(key=float)
    rend = [_t(_tex(v), st) for v in picks]
    return choices(rng, rend[picks.index(c)], [r for r, v in zip(rend, picks, strict=True) if v is not c],
                   sort_key=rend.index)


def _bogi_q(rng: random.Random) -> str:
    return rng.choice(["옳은 것만을 <보기>에서 있는 대로 고른 것은?", "<보기>에서 옳은 것만을 있는 대로 고른 것은?",
                       "다음 <보기> 중 옳은 것을 모두 고른 것은?"])


def _exact(v) -> sp.Basic:
    """An exact sympy value: sympy input is kept as it is; Python numbers are made exact."""
    return v if isinstance(v, sp.Basic) else sp.nsimplify(v)



def _pi_coef(c, k) -> str:
    """LaTeX-lite of the coefficient c·π/k (``\\pi``, ``2\\pi``, ``\\frac{\\pi}{3}``, ``\\frac{2\\pi}{3}``)."""
    v = R(c, k)
    top = ("" if v.p == 1 else str(v.p)) + "\\pi"
    return top if v.q == 1 else f"\\frac{{{top}}}{{{v.q}}}"


def _pi_arg(k, var: str = "t") -> str:
    """LaTeX-lite of the argument π·var/k."""
    return f"\\pi {var}" if k == 1 else f"\\frac{{\\pi {var}}}{{{k}}}"


def _rt(v) -> str:
    """A rational number as LaTeX-lite (fractions with \\frac)."""
    v = R(v)
    if v.q == 1:
        return str(v.p)
    return f"{'-' if v < 0 else ''}\\frac{{{abs(v.p)}}}{{{v.q}}}"


_MOVER = ("점 P", "점 P", "물체", "입자", "로봇 청소기", "점 Q")


def _line_intro(rng: random.Random, who: str, vtex: str, st: str) -> str:
    return rng.choice([
        f"수직선 위를 움직이는 {who}의 시각 t (t ≥ 0)에서의 속도 {_t('v(t)', st)}가 {_t(vtex, st)}이다.",
        f"시각 t (t ≥ 0)에서 수직선 위를 움직이는 {who}의 속도는 {_t(vtex, st)}이다.",
        f"수직선 위를 움직이는 {josa(who, '이/가')} 있다. 시각 t에서 {who}의 속도 {josa(_t('v(t)', st), '은/는')} {_t(vtex, st)}이다.",
        f"{who}의 시각 t에서의 속도가 {_t(vtex, st)}인 수직선 위의 운동을 생각하자.",
    ])


# ================================================================================================
# 12미적Ⅱ-03-07 속도와 거리 (수직선·좌표평면 위의 운동, 곡선의 길이)
# ================================================================================================


@family(S307, "line-position-trig-velocity")
def _p307_pos(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([1, 2, 3, 4, 6])
    c = rng.choice([1, 2, 3, 4, 6])
    kind = rng.choice(["cos", "sin"])
    x0 = rng.choice([0, 0, 0, 1, 2, -2, 3, 5])
    tt = rng.randint(1, 2 * k) if k > 1 else rng.choice([R(1, 2), R(1, 3), R(1, 6), 1, R(3, 2)])
    vtex = f"{_pi_coef(c, k)}\\{kind} {_pi_arg(k)}"
    arg = PI * R(tt) / k
    pos = x0 + (c * sp.sin(arg) if kind == "cos" else c * (1 - sp.cos(arg)))
    who = rng.choice(_MOVER)
    start = (f"{who}는 원점에서 출발하였다." if x0 == 0 else f"시각 {_t('t = 0', st)}일 때 {who}의 위치는 {x0}이다.")
    start = start.replace(f"{who}는", josa(who, "은/는"))
    q = rng.choice([f"시각 {_t('t = ' + _rt(tt), st)}에서 {who}의 위치를 {_end(rng)}",
                    f"{_t('t = ' + _rt(tt), st)}일 때 {who}의 위치는?",
                    f"시각 {_t('t = ' + _rt(tt), st)}에서의 {who}의 위치를 {_end(rng)}"])
    text = f"{_line_intro(rng, who, f'v(t) = {vtex}', st)} {start} {q}"

    def chk() -> bool:
        def f(s):
            return (c * mpmath.pi / k * (mpmath.cos(mpmath.pi * s / k) if kind == "cos" else mpmath.sin(mpmath.pi * s / k)))
        return _close(pos, x0 + _num(f, 0, tt))

    d = 2 if x0 == 0 else 3
    return Problem(text=text, answer=_ans(pos), format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정적분"], check=chk)


def _trig_piece_sums(c, k, kind, tt):
    """(distance, displacement) for v = (cπ/k)·trig(πt/k) on [0, tt]; antiderivative c·F(πt/k)."""
    def big(s):
        a = PI * R(s) / k
        return c * sp.sin(a) if kind == "cos" else -c * sp.cos(a)

    first = R(k, 2) if kind == "cos" else R(k)
    cuts = [R(0)]
    z = first
    while z < tt:
        cuts.append(z)
        z += k
    cuts.append(R(tt))
    dist = sum(abs(big(b) - big(a)) for a, b in itertools.pairwise(cuts))
    return _exact(dist), _exact(big(tt) - big(0))


@family(S307, "line-distance-trig-mcq")
def _p307_dist(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    k = rng.choice([1, 2, 3, 4, 6])
    c = rng.choice([1, 2, 3, 4])
    kind = rng.choice(["cos", "sin"])
    lo = R(k, 2) if kind == "cos" else R(k)
    cands = [R(m, 2) * k for m in range(2, 7)] + [R(k) * m / 3 for m in range(2, 9)]
    tt = rng.choice([v for v in cands if v > lo and v.q <= 6 and v != lo])
    dist, disp = _trig_piece_sums(c, k, kind, tt)
    vtex = f"v(t) = {_pi_coef(c, k)}\\{kind} {_pi_arg(k)}"
    who = rng.choice(_MOVER)
    q = rng.choice([f"시각 {_t('t = 0', st)}에서 {_t('t = ' + _rt(tt), st)}까지 {josa(who, '이/가')} 움직인 거리는?",
                    f"{_t('t = 0', st)}부터 {_t('t = ' + _rt(tt), st)}까지 {who}의 이동 거리는?",
                    f"시각 {_t('t = 0', st)}에서 시각 {_t('t = ' + _rt(tt), st)}까지 {who}가 실제로 움직인 거리는?".replace(f"{who}가", josa(who, "이/가"))])
    d = 4 if (tt > 2 * k or dist != abs(disp)) else 3
    wrong = [abs(disp), disp, dist + c, dist / 2, 2 * dist, dist - c, dist + 2 * c]
    ch = _opts(rng, dist, [w for w in wrong if w > 0], st)
    text = with_choices(f"{_line_intro(rng, who, vtex, st)} {q}{_pts(rng, d)}", ch)

    def chk() -> bool:
        def f(s):
            return (abs(c * mpmath.pi / k * (mpmath.cos(mpmath.pi * s / k) if kind == "cos" else mpmath.sin(mpmath.pi * s / k))))
        pts = sorted({0.0, float(tt), *[j * k / 2 for j in range(1, 40) if j * k / 2 < float(tt)]})
        return _close(dist, sum(_num(f, a, b) for a, b in itertools.pairwise(pts)))

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정적분"], choice=ch, check=chk)


@family(S307, "line-exp-velocity-turn")
def _p307_exp(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(2, 6)
    sign = rng.choice([1, -1])
    vtex = f"v(t) = e^{{t}} - {k}" if sign == 1 else f"v(t) = {k} - e^{{t}}"
    who = rng.choice(_MOVER)
    mode = rng.choice(["dist2", "distm", "pos"])
    intro = _line_intro(rng, who, vtex, st)
    if mode == "dist2":
        ans = sp.Integer((k - 1) ** 2)
        up = f"2\\ln {k}"
        text = (f"{intro} 시각 {_t('t = 0', st)}에서 {_t('t = ' + up, st)}까지 {josa(who, '이/가')} 움직인 거리를 {_end(rng)}"
                f"{_pts(rng, 4)}")
        hi = 2 * sp.log(k)
        d = 4
    elif mode == "distm":
        m = rng.randint(k + 1, k * k + 2)
        hi = sp.log(m)
        ans = sp.expand(2 * k * sp.log(k) - k * sp.log(m) + m - 2 * k + 1)
        text = f"{intro} 시각 {_t('t = 0', st)}부터 {_t('t = ' + _lnm(m), st)}까지 {who}의 이동 거리를 {_end(rng)}"
        d = 4
    else:
        ans = sign * (k - 1 - k * sp.log(k))
        hi = sp.log(k)
        text = (f"{intro} {josa(who, '은/는')} 원점에서 출발한다. {josa(who, '이/가')} 운동 방향을 바꾸는 순간의 "
                f"{who}의 위치를 {_end(rng)}")
        d = 3

    def chk() -> bool:
        def f(s):
            return (sign * (mpmath.exp(s) - k))
        if mode == "pos":
            return abs(f(float(hi))) < 1e-9 and _close(ans, _num(f, 0, hi))
        return _close(ans, _num(lambda s: abs(f(s)), 0, float(sp.log(k))) + _num(lambda s: abs(f(s)), float(sp.log(k)), hi))

    return Problem(text=text, answer=_ans(ans), format="word" if mode != "dist2" else "computation", difficulty=d,
                   achievement_level=secondary_level(d), concepts=["정적분", "eˣ", "ln x"], check=chk)


def _lnm(m: int) -> str:
    return f"\\ln {m}"


# (x(t), y(t)) tex, speed-derivative lambdas (mpmath), distance(T) exact, list of T choices (tex, value)
def _plane_curves(c: int):
    mp = mpmath
    return [
        ("x = e^{t}\\cos t", "y = e^{t}\\sin t",
         (lambda s: mp.exp(s) * (mp.cos(s) - mp.sin(s)), lambda s: mp.exp(s) * (mp.sin(s) + mp.cos(s))),
         lambda tt: sp.sqrt(2) * (sp.exp(tt) - 1),
         [("\\ln 2", sp.log(2)), ("\\ln 3", sp.log(3)), ("1", sp.Integer(1)), ("\\frac{\\pi}{2}", PI / 2)]),
        (f"x = {c if c > 1 else ''}(t - \\sin t)", f"y = {c if c > 1 else ''}(1 - \\cos t)",
         (lambda s: c * (1 - mp.cos(s)), lambda s: c * mp.sin(s)),
         lambda tt: 4 * c * (1 - sp.cos(tt / 2)),
         [("\\pi", PI), ("2\\pi", 2 * PI), ("\\frac{2\\pi}{3}", 2 * PI / 3)]),
        (f"x = {3 * c}t^{{2}}", f"y = {2 * c}t^{{3}}",
         (lambda s: 6 * c * s, lambda s: 6 * c * s * s),
         lambda tt: 2 * c * ((1 + tt ** 2) ** R(3, 2) - 1),
         [("\\sqrt{3}", sp.sqrt(3)), ("2\\sqrt{2}", 2 * sp.sqrt(2)), ("1", sp.Integer(1))]),
        ("x = e^{t} + e^{-t}", "y = 2t",
         (lambda s: mp.exp(s) - mp.exp(-s), lambda s: 2),
         lambda tt: sp.exp(tt) - sp.exp(-tt),
         [("\\ln 2", sp.log(2)), ("\\ln 3", sp.log(3)), ("\\ln 4", sp.log(4))]),
    ]


@family(S307, "plane-motion-distance")
def _p307_plane(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.choice([1, 2, 3])
    xt, yt, (dx, dy), dist, tlist = rng.choice(_plane_curves(c))
    ttex, tv = rng.choice(tlist)
    ans = _exact(sp.simplify(dist(tv)))
    who = rng.choice(["점 P", "점 P", "입자", "드론"])
    pos = f"{xt.split(' = ')[1]}, {yt.split(' = ')[1]}"
    intro = rng.choice([
        f"좌표평면 위를 움직이는 {who}의 시각 t (t ≥ 0)에서의 위치 (x, y)가 {_t(xt, st)}, {_t(yt, st)}이다.",
        f"좌표평면 위의 {who}의 시각 t에서의 위치가 {_t(f'({pos})', st)}일 때,",
        f"시각 t에서 {who}의 위치 (x, y)가 다음과 같다.\n{_t(xt, st)},  {_t(yt, st)}\n",
    ])
    q = rng.choice([f"시각 {_t('t = 0', st)}에서 {_t('t = ' + ttex, st)}까지 {josa(who, '이/가')} 움직인 거리를 {_end(rng)}",
                    f"{_t('t = 0', st)}부터 {_t('t = ' + ttex, st)}까지 {who}의 이동 거리는?",
                    f"시각 {_t('t = 0', st)}에서 시각 {_t('t = ' + ttex, st)}까지 {josa(who, '이/가')} 그리는 곡선의 길이를 {_end(rng)}"])
    d = 4 if ans.is_Rational is False else 3

    def chk() -> bool:
        return _close(ans, _num(lambda s: mpmath.sqrt(dx(s) ** 2 + dy(s) ** 2), 0, tv))

    return Problem(text=f"{intro} {q}".replace("\n ", "\n"), answer=_ans(ans), format="word", difficulty=d,
                   achievement_level=secondary_level(d), concepts=["정적분"], check=chk)


def _graph_curves(rng: random.Random):
    """(f tex, f' mpmath lambda, a tex, a, b tex, b, exact length)."""
    mp = mpmath
    opts = []
    a = rng.choice([2, 3, 4])
    opts.append(("\\frac{e^{x} + e^{-x}}{2}", lambda s: (mp.exp(s) - mp.exp(-s)) / 2, "0", 0, f"\\ln {a}", sp.log(a),
                 (a - R(1, a)) / 2))
    m = rng.choice([2, 3])
    opts.append(("\\frac{2}{3}x\\sqrt{x}", lambda s: mp.sqrt(s), "0", 0, str(m * m - 1), m * m - 1,
                 R(2, 3) * (m ** 3 - 1)))
    b, btex = rng.choice([(E, "e"), (E ** 2, "e^{2}"), (sp.Integer(2), "2")])
    opts.append(("\\frac{x^{2}}{4} - \\frac{1}{2}\\ln x", lambda s: s / 2 - 1 / (2 * s), "1", 1, btex, b,
                 sp.expand((b ** 2 - 1) / 4 + sp.log(b) / 2)))
    b2 = rng.choice([2, 3])
    opts.append(("\\frac{x^{3}}{6} + \\frac{1}{2x}", lambda s: s * s / 2 - 1 / (2 * s * s), "1", 1, str(b2), b2,
                 R(b2 ** 3, 6) - R(1, 2 * b2) + R(1, 3)))
    return rng.choice(opts)


@family(S307, "graph-curve-length")
def _p307_len(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ftex, dfn, atex, a, btex, b, ans = _graph_curves(rng)
    fn = rng.choice(["y", "y", "f(x)"])
    curve = _t(f"{fn} = {ftex}", st)
    rng_tex = _t(f"{atex} \\le x \\le {btex}", st)
    stem = rng.choice([
        f"곡선 {curve}의 {rng_tex}인 부분의 길이를 {_end(rng)}",
        f"{rng_tex}에서 곡선 {curve}의 길이는?",
        f"x = {atex}에서 x = {btex}까지 곡선 {curve}의 길이를 {_end(rng)}" if st == "plain" else
        f"{_t('x = ' + atex, st)}에서 {_t('x = ' + btex, st)}까지 곡선 {curve}의 길이를 {_end(rng)}",
    ])
    d = 4
    mode = rng.random()
    if mode < 0.35:
        wrong = [ans + 1, ans - R(1, 2), 2 * ans, ans / 2, ans + R(1, 2), ans + 2]
        ch = _opts(rng, ans, [w for w in wrong if w > 0], st)
        stem = rng.choice([f"곡선 {curve}의 {rng_tex}인 부분의 길이는?", f"{rng_tex}에서 곡선 {curve}의 길이는?"])
        text = with_choices(stem + _pts(rng, d), ch)
        ans_s, fmt = ch.label, "mcq"
    else:
        text, ans_s, fmt, ch = stem, _ans(ans), "computation", None

    def chk() -> bool:
        return _close(ans, _num(lambda s: mpmath.sqrt(1 + dfn(s) ** 2), a, b))

    return Problem(text=text, answer=ans_s, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정적분", "ln x", "eˣ"], choice=ch, check=chk)


@family(S307, "rate-accumulation-context")
def _p307_rate(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["tank", "car", "charge", "traffic", "drug"])
    mp = mpmath
    if kind == "tank":
        a, tau = rng.choice([(20, 10), (30, 5), (12, 5), (50, 20), (8, 10)])
        n = rng.choice([1, 2])
        ttot = n * tau
        rtex = f"{a}e^{{-\\frac{{t}}{{{tau}}}}}"
        ans = sp.expand(a * tau * (1 - sp.exp(-n)))
        def f(s):
            return (a * mp.exp(-s / tau))
        ctx = rng.choice(["빗물 저장 탱크", "물탱크", "수조", "저수조"])
        text = (f"어느 {ctx}에 물을 채우기 시작한 지 t분 후 물이 들어오는 속도가 매분 {_t(rtex, st)} L이다. "
                f"물을 채우기 시작한 후 처음 {ttot}분 동안 {ctx}에 들어온 물의 양은 몇 L인지 {_end(rng)}")
    elif kind == "car":
        a, tau = rng.choice([(20, 5), (30, 10), (25, 5), (40, 10)])
        n = rng.choice([1, 2])
        ttot = n * tau
        rtex = f"{a}\\left(1 - e^{{-\\frac{{t}}{{{tau}}}}}\\right)"
        ans = sp.expand(a * ttot - a * tau * (1 - sp.exp(-n)))
        def f(s):
            return (a * (1 - mp.exp(-s / tau)))
        veh = rng.choice(["자동차", "전동 킥보드", "열차", "자율 주행 버스"])
        text = (f"정지해 있던 {josa(veh, '이/가')} 출발한 지 t초 후의 속도가 {_t(rtex, st)} (m/s)이다. "
                f"출발 후 {ttot}초 동안 {josa(veh, '이/가')} 달린 거리는 몇 m인지 {_end(rng)}")
    elif kind == "charge":
        a = rng.choice([6, 10, 12, 20])
        tt = rng.choice([1, 3, 7])
        rtex = f"\\frac{{{a}}}{{t + 1}}"
        ans = sp.expand(a * sp.log(tt + 1))
        def f(s):
            return (a / (s + 1))
        text = (f"어떤 배터리를 충전하기 시작한 지 t시간 후의 충전 속도가 시간당 {_t(rtex, st)} kWh이다. "
                f"충전을 시작한 후 {tt}시간 동안 충전된 전력량은 몇 kWh인지 {_end(rng)}")
    elif kind == "traffic":
        a, b = rng.choice([(300, 200), (500, 300), (400, 100), (600, 400)])
        rtex = f"{a} + {b}\\sin \\frac{{\\pi t}}{{12}}"
        ans = sp.expand(12 * a + 24 * b / PI)
        def f(s):
            return (a + b * mp.sin(mp.pi * s / 12))
        tt = 12
        place = rng.choice(["어느 터널", "어느 다리", "어느 고속도로 요금소", "어느 교차로"])
        text = (f"{place}를 0시부터 t시간 후에 통과하는 차량의 수가 시간당 {_t(rtex, st)}대라고 한다. "
                f"0시부터 12시까지 이곳을 통과하는 차량은 모두 몇 대인지 {_end(rng)} (단, π는 그대로 둔다.)")
        text = text.replace(f"{place}를", josa(place, "을/를"))
    else:
        a, k = rng.choice([(40, 2), (60, 3), (30, 2), (90, 3)])
        tt = rng.choice([1, 2])
        rtex = f"{a}e^{{-{k}t}}" if k > 1 else f"{a}e^{{-t}}"
        ans = sp.expand(R(a, k) * (1 - sp.exp(-k * tt)))
        def f(s):
            return (a * mp.exp(-k * s))
        text = (f"어떤 약을 정맥 주사로 투여하기 시작한 지 t시간 후 약이 몸에 흡수되는 속도가 시간당 {_t(rtex, st)} mg이다. "
                f"투여 후 처음 {tt}시간 동안 흡수된 약의 양은 몇 mg인지 {_end(rng)}")
    lo, hi = 0, (ttot if kind in ("tank", "car") else tt)

    def chk() -> bool:
        return _close(ans, _num(f, lo, hi))

    return Problem(text=text, answer=_ans(ans), format="word", difficulty=3, achievement_level="B",
                   concepts=["정적분", "e"], check=chk)


@family(S307, "bogi-trig-motion")
def _p307_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    k = rng.choice([1, 2, 3, 4])
    c = rng.choice([1, 2, 3])
    kind = rng.choice(["cos", "sin"])
    vtex = f"v(t) = {_pi_coef(c, k)}\\{kind} {_pi_arg(k)}"
    who = "점 P"
    turn_true = R(k, 2) if kind == "cos" else R(k)
    turn = rng.choice([turn_true, R(k, 2) if kind == "sin" else R(k)])
    s1 = (f"{josa(who, '은/는')} 시각 {_t('t = ' + _rt(turn), st)}에서 운동 방향을 바꾼다.", turn == turn_true)
    t2 = rng.randint(1, 2 * k - 1) if k > 1 else R(rng.choice([1, 3]), 2)
    arg = PI * R(t2) / k
    pos = _exact(c * sp.sin(arg) if kind == "cos" else c * (1 - sp.cos(arg)))
    claim = rng.choice([pos, pos, -pos if pos != 0 else pos + 1, pos + c])
    s2 = (f"시각 {_t('t = ' + _rt(t2), st)}에서 {who}의 위치는 {_t(_tex(claim), st)}이다.", claim == pos)
    per = 2 * k
    dist = 4 * c
    dclaim = rng.choice([dist, dist, 2 * c, 0])
    s3 = (f"시각 {_t('t = 0', st)}에서 {_t('t = ' + str(per), st)}까지 {josa(who, '이/가')} 움직인 거리는 {dclaim}이다.",
          dclaim == dist)
    stmts = [s1, s2, s3]
    if not any(ok for _, ok in stmts):
        stmts[2] = (f"시각 {_t('t = 0', st)}에서 {_t('t = ' + str(per), st)}까지 {josa(who, '이/가')} 움직인 거리는 {dist}이다.", True)
    block, ch = bogi(rng, stmts)
    truths = [ok for _, ok in stmts]
    text = (f"원점을 출발하여 수직선 위를 움직이는 {who}의 시각 t (t ≥ 0)에서의 속도 {_t('v(t)', st)}가 "
            f"{_t(vtex, st)}이다. {_bogi_q(rng)}{_pts(rng, 4)}\n{block}\n{ch.block}")

    def chk() -> bool:
        mp = mpmath

        def v(s):
            return c * mp.pi / k * (mp.cos(mp.pi * s / k) if kind == "cos" else mp.sin(mp.pi * s / k))
        e = 1e-4
        t1 = float(turn)
        r1 = abs(v(t1)) < 1e-9 and v(t1 - e) * v(t1 + e) < 0
        r2 = _close(claim, _num(v, 0, t2)) if abs(float(claim)) > 1e-12 else abs(_num(v, 0, t2)) < 1e-9
        half = [j * k / 2 for j in range(0, 4 * 2 + 1) if j * k / 2 <= per]
        dd = sum(_num(lambda s: abs(v(s)), p, q) for p, q in itertools.pairwise(half))
        r3 = _close(dd, float(stmts[2][0].split("거리는 ")[1].rstrip("이다.")))
        return [r1, r2, r3] == truths

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=4, achievement_level="B",
                   concepts=["정적분"], choice=ch, check=chk)


@family(S307, "fill-involute-distance")
def _p307_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.choice([1, 1, 2, 3])
    ttex, tv = rng.choice([("\\pi", PI), ("2\\pi", 2 * PI), ("\\frac{\\pi}{2}", PI / 2), ("2", sp.Integer(2)),
                           ("4", sp.Integer(4))])
    cc = "" if c == 1 else str(c)
    xt = f"x = {cc}(\\cos t + t\\sin t)" if c > 1 else "x = \\cos t + t\\sin t"
    yt = f"y = {cc}(\\sin t - t\\cos t)" if c > 1 else "y = \\sin t - t\\cos t"
    ans = _exact(c * tv ** 2 / 2)
    ga, na = f"{cc}t\\cos t", f"{cc}t"
    steps = rng.choice(["(가), (나), (다)", "(가)~(다)"])
    dxt = _t("\\frac{dx}{dt}", st) if st == "latex" else "dx/dt"
    dyt = _t("\\frac{dy}{dt}", st) if st == "latex" else "dy/dt"
    text = (f"좌표평면 위를 움직이는 점 P의 시각 t (t ≥ 0)에서의 위치 (x, y)가 {_t(xt, st)}, {_t(yt, st)}이다. "
            f"다음은 시각 {_t('t = 0', st)}에서 {_t('t = ' + ttex, st)}까지 점 P가 움직인 거리를 구하는 과정이다. "
            f"{steps}에 알맞은 것을 {_end(rng, '쓰')}\n\n"
            f"{dxt} = (가),  {dyt} = {_t(_stin(cc), st)}\n"
            f"이므로 시각 t에서 점 P의 속력은 {_t(_speedtex(), st)} = (나)\n"
            f"따라서 구하는 거리는 {_t(_intex(ttex), st)} = (다)")
    answer = f"(가) {_ans_tex(ga)}, (나) {_ans_tex(na)}, (다) {_ans(ans)}"

    def chk() -> bool:
        mp = mpmath
        def dx(s):
            return (c * s * mp.cos(s))
        def dy(s):
            return (c * s * mp.sin(s))
        def xf(s):
            return (c * (mp.cos(s) + s * mp.sin(s)))
        ok1 = abs(mp.diff(xf, 0.7) - dx(0.7)) < 1e-8
        return ok1 and _close(ans, _num(lambda s: mp.sqrt(dx(s) ** 2 + dy(s) ** 2), 0, tv))

    return Problem(text=text, answer=answer, format="fill", difficulty=3, achievement_level="C",
                   concepts=["정적분"], check=chk)


def _stin(cc: str) -> str:
    return f"{cc}t\\sin t"


def _speedtex() -> str:
    return "\\sqrt{\\left(\\frac{dx}{dt}\\right)^{2} + \\left(\\frac{dy}{dt}\\right)^{2}}"


def _intex(ttex: str) -> str:
    return f"\\int_{{0}}^{{{ttex}}} (나)\\,dt"


def _ans_tex(tex: str) -> str:
    return _t(tex, "unicode").replace("−", "-")


@family(S307, "two-points-meet-exp")
def _p307_meet(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(3, 7)
    p_name, q_name = rng.choice([("P", "Q"), ("A", "B"), ("P", "Q")])
    vp, vq = "2e^{2t}", f"{k}e^{{t}}"
    tm = sp.log(k - 1)
    mode = rng.choice(["time", "pos", "gap"])
    intro = rng.choice([
        f"원점을 동시에 출발하여 수직선 위를 움직이는 두 점 {p_name}, {q_name}의 시각 t (t ≥ 0)에서의 속도가 각각 "
        f"{_t(f'v_{{{p_name}}}(t) = {vp}', st)}, {_t(f'v_{{{q_name}}}(t) = {vq}', st)}이다.",
        f"시각 {_t('t = 0', st)}일 때 원점에 있던 두 점 {p_name}, {q_name}가 수직선 위를 움직인다. 시각 t에서 두 점의 속도는 "
        f"각각 {_t(vp, st)}, {_t(vq, st)}이다.".replace(f"{q_name}가", josa(q_name, "이/가")),
    ])
    if mode == "time":
        ans_s = _ans(tm)
        q = f"출발한 후 두 점 {p_name}, {josa(q_name, '이/가')} 다시 만나는 시각을 {_end(rng)}"
        d = 3
    elif mode == "pos":
        ans_s = str(k * k - 2 * k)
        q = f"출발한 후 두 점이 다시 만날 때, 점 {p_name}의 위치를 {_end(rng)}{_pts(rng, 4)}"
        d = 4
    else:  # the largest gap before meeting: e^{2t} - 1 - k(e^t - 1) is least at e^t = k/2
        d = 4
        u = R(k, 2)
        gap = _exact(-(u ** 2 - 1 - k * (u - 1)))
        ans_s = _ans(gap)
        q = (f"출발한 후 두 점이 다시 만날 때까지 두 점 사이의 거리의 최댓값을 {_end(rng)}")

    def chk() -> bool:
        mp = mpmath
        t0 = float(tm)
        xp = _num(lambda s: 2 * mp.exp(2 * s), 0, t0)
        xq = _num(lambda s: k * mp.exp(s), 0, t0)
        if abs(xp - xq) > 1e-8:
            return False
        if mode == "time":
            return _close(sp.log(k - 1), t0)
        if mode == "pos":
            return _close(int(ans_s), xp)
        grid = [t0 * j / 400 for j in range(401)]
        best = max(abs((mp.exp(2 * s) - 1) - k * (mp.exp(s) - 1)) for s in grid)
        return abs(float(best) - float(gap)) < 1e-3

    return Problem(text=f"{intro} {q}", answer=ans_s, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정적분", "eˣ", "ln x"], check=chk)


# ================================================================================================
# 12미적Ⅱ-03-06 입체도형의 부피 (단면의 넓이를 이용)
# ================================================================================================

# (label, coefficient of s² in the area, wording of the shape; s is the segment length)
_SHAPES = (
    ("square", R(1), "정사각형", "이 선분을 한 변으로 하는 정사각형"),
    ("equi", sp.sqrt(3) / 4, "정삼각형", "이 선분을 한 변으로 하는 정삼각형"),
    ("semi", PI / 8, "반원", "이 선분을 지름으로 하는 반원"),
    ("isos", R(1, 2), "직각이등변삼각형", "이 선분을 빗변이 아닌 한 변으로 하는 직각이등변삼각형"),
    ("rect2", R(2), "직사각형", "이 선분을 가로로 하고 세로의 길이가 가로의 길이의 2배인 직사각형"),
)


def _sides(rng: random.Random):
    """(segment length tex g(x), a tex, a, b tex, b, ∫_a^b g² exact, g² mpmath, also)."""
    mp = mpmath
    b1 = rng.choice([1, 2])
    opts = [
        ("\\sqrt{e^{x}}", "0", 0, "\\ln 3" if b1 == 2 else "1", sp.log(3) if b1 == 2 else 1,
         (2 if b1 == 2 else E - 1), mp.exp, []),
        ("\\sqrt{\\sin x}", "0", 0, "\\pi", PI, sp.Integer(2), mp.sin, []),
        ("\\sqrt{\\cos x}", "0", 0, "\\frac{\\pi}{2}", PI / 2, sp.Integer(1), mp.cos, []),
        ("\\frac{1}{\\sqrt{x}}", "1", 1, "e^{2}" if b1 == 2 else "e", E ** b1, sp.Integer(b1), lambda s: 1 / s, []),
        ("e^{x}", "0", 0, "\\ln 2" if b1 == 2 else "1", sp.log(2) if b1 == 2 else 1,
         R(3, 2) if b1 == 2 else (E ** 2 - 1) / 2, lambda s: mp.exp(2 * s), []),
        ("\\frac{1}{\\cos x}", "0", 0, "\\frac{\\pi}{4}", PI / 4, sp.Integer(1), lambda s: 1 / mp.cos(s) ** 2, []),
        ("\\sqrt{x e^{x}}", "0", 0, "1", 1, sp.Integer(1), lambda s: s * mp.exp(s), [S303]),
        ("\\sqrt{\\ln x}", "1", 1, "e", E, sp.Integer(1), mp.log, [S303]),
        ("\\sqrt{x\\sin x}", "0", 0, "\\pi", PI, PI, lambda s: s * mp.sin(s), [S303]),
        ("\\sqrt{\\sin 2x}", "0", 0, "\\frac{\\pi}{2}", PI / 2, sp.Integer(1), lambda s: mp.sin(2 * s), []),
        ("\\sqrt{\\frac{x}{x^{2} + 1}}", "0", 0, "\\sqrt{e - 1}", sp.sqrt(E - 1), R(1, 2),
         lambda s: s / (s * s + 1), [S302]),
    ]
    return rng.choice(opts)


def _solid_region_text(rng: random.Random, gtex: str, atex: str, btex: str, st: str, shape: str, desc: str) -> str:
    curve = _t(f"y = {gtex}", st)
    lines = f"{_t('x = ' + atex, st)}, {_t('x = ' + btex, st)}" if atex != "0" else f"y축, {_t('x = ' + btex, st)}"
    ph = desc.replace("이 선분을", "선분 PH를")
    return rng.choice([
        f"곡선 {curve}와 x축 및 두 직선 {_t('x = ' + atex, st)}, {_t('x = ' + btex, st)}로 둘러싸인 부분을 밑면으로 하는 "
        f"입체도형이 있다. 이 입체도형을 x축에 수직인 평면으로 자른 단면이 모두 {josa(shape, '이라/라')}고 할 때,",
        f"곡선 {curve}와 x축, {lines}로 둘러싸인 부분을 밑면으로 하고, x축에 수직인 평면으로 자른 "
        f"단면이 모두 {shape}인 입체도형이 있다.",
        f"닫힌구간 {_t(f'[{atex}, {btex}]', st)}의 임의의 x에 대하여 점 (x, 0)을 지나고 x축에 수직인 직선이 곡선 "
        f"{curve}와 만나는 점을 P, x축과 만나는 점을 H라 하자. {josa(ph, '을/를')} x축에 수직인 평면 위에 "
        f"그려 만든 입체도형이 있다.",
    ]).replace(f"{curve}와", josa(curve, "과/와"))


@family(S306, "cross-section-on-curve")
def _p306_shape(rng: random.Random) -> Problem:
    st = pick_style(rng)
    gtex, atex, a, btex, b, integ, g2, also = _sides(rng)
    _key, coef, shape, desc = rng.choice(_SHAPES[:4])
    intro = _solid_region_text(rng, gtex, atex, btex, st, shape, desc)
    ans = _exact(coef * integ)
    q = rng.choice([f"이 입체도형의 부피를 {_end(rng)}", "이 입체도형의 부피는?", f"입체도형의 부피를 {_end(rng)}"])
    d = 4 if also else 3
    if rng.random() < 0.35:
        wrong = [integ, coef * integ * 2, coef * integ / 2, integ * 2, coef * (integ + 1)]
        ch = _opts(rng, ans, wrong, st)
        text = with_choices(f"{intro} 이 입체도형의 부피는?{_pts(rng, d)}", ch)
        ans_s, fmt = ch.label, "mcq"
    else:
        text, ans_s, fmt, ch = f"{intro} {q}", _ans(ans), "computation", None

    def chk() -> bool:
        return _close(ans, float(coef) * _num(g2, a, b))

    return Problem(text=text, answer=ans_s, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정적분"], also=also, choice=ch, check=chk)


_AREA_FNS = (
    # S(x) tex, a tex, a, b tex, b, exact volume, mpmath S, also
    ("e^{x} + 1", "0", 0, "1", 1, E, lambda s: mpmath.exp(s) + 1, []),
    ("2\\sin x", "0", 0, "\\pi", PI, sp.Integer(4), lambda s: 2 * mpmath.sin(s), []),
    ("\\frac{3}{x}", "1", 1, "e", E, sp.Integer(3), lambda s: 3 / s, []),
    ("\\sqrt{x}", "0", 0, "4", 4, R(16, 3), mpmath.sqrt, []),
    ("x e^{x}", "0", 0, "2", 2, E ** 2 + 1, lambda s: s * mpmath.exp(s), [S303]),
    ("\\frac{2x}{x^{2} + 1}", "0", 0, "\\sqrt{e - 1}", sp.sqrt(E - 1), sp.Integer(1),
     lambda s: 2 * s / (s * s + 1), [S302]),
    ("\\cos^{2} x", "0", 0, "\\pi", PI, PI / 2, lambda s: mpmath.cos(s) ** 2, []),
    ("4e^{-x}", "0", 0, "\\ln 2", sp.log(2), sp.Integer(2), lambda s: 4 * mpmath.exp(-s), []),
    ("\\frac{1}{x^{2}}", "1", 1, "3", 3, R(2, 3), lambda s: 1 / s ** 2, []),
)


@family(S306, "given-section-area")
def _p306_given(rng: random.Random) -> Problem:
    st = pick_style(rng)
    stex, atex, a, btex, b, vol, sf, also = rng.choice(_AREA_FNS)
    text = rng.choice([
        f"어떤 입체도형을 x축 위의 점 (x, 0) ({_t(_le(atex, btex), st)})을 지나고 "
        f"x축에 수직인 평면으로 자른 단면의 넓이가 {_t(stex, st)}이다. 이 입체도형의 부피를 {_end(rng)}",
        f"두 평면 {_t('x = ' + atex, st)}, {_t('x = ' + btex, st)} 사이에 놓인 입체도형이 있다. x축에 수직인 평면으로 "
        f"자른 단면의 넓이가 {_t('S(x) = ' + stex, st)}일 때, 이 입체도형의 부피는?",
        f"x축에 수직인 평면으로 자른 단면의 넓이가 {_t('S(x) = ' + stex, st)}인 입체도형에서 "
        f"{_t(_le(atex, btex), st)}인 부분의 부피를 {_end(rng)}",
    ])
    d = 3 if not also else 4

    def chk() -> bool:
        return _close(vol, _num(sf, a, b))

    return Problem(text=text, answer=_ans(vol), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정적분"], also=also, check=chk)


def _le(atex: str, btex: str, v: str = "x") -> str:
    return f"{atex} \\le {v} \\le {btex}"


@family(S306, "water-depth-volume")
def _p306_water(rng: random.Random) -> Problem:
    st = pick_style(rng)
    vessel = rng.choice(["그릇", "용기", "물통", "화병", "실험용 수조"])
    kind = rng.choice(["exp", "inv", "sqrt", "ln"])
    unit = rng.choice(["cm", "cm", "dm"])
    if kind == "exp":
        c = rng.choice([2, 3, 4, 5])
        stex, sf = f"{c}e^{{x}}", (lambda s: c * mpmath.exp(s))
        h = rng.choice([1, 2])
        vol = sp.expand(c * (E ** h - 1))
    elif kind == "inv":
        c = rng.choice([6, 10, 12, 20])
        stex, sf = f"\\frac{{{c}}}{{x + 1}}", (lambda s: c / (s + 1))
        h = rng.choice([1, 2, 3, 5])
        vol = c * sp.log(h + 1)
    elif kind == "sqrt":
        c = rng.choice([3, 6, 9])
        stex, sf = f"{c}\\sqrt{{x}}", (lambda s: c * mpmath.sqrt(s))
        h = rng.choice([1, 4, 9])
        vol = R(2 * c, 3) * sp.sqrt(h) ** 3
    else:
        c = rng.choice([1, 2, 3])
        stex, sf = f"{c if c > 1 else ''}\\ln (x + 1)", (lambda s: c * mpmath.log(s + 1))
        h = rng.choice([1, 2])
        vol = sp.expand(c * ((h + 1) * sp.log(h + 1) - h))
    vol = _exact(vol)
    also = [S303] if kind == "ln" else []
    text = rng.choice([
        f"어떤 {vessel}에 물을 부었더니 바닥에서부터 수면까지의 높이가 x {unit}일 때 "
        f"수면의 넓이가 {_t(stex, st)} {unit}²이었다. 물의 높이가 {h} {unit}일 때 {vessel}에 담긴 물의 부피를 {_end(rng)}",
        f"{vessel}의 바닥으로부터 높이가 x {unit}인 곳에서 수평으로 자른 단면의 넓이가 {_t(stex, st)} {unit}²이다. "
        f"이 {vessel}에 물을 높이 {h} {unit}까지 채웠을 때, 물의 부피는 몇 {unit}³인지 {_end(rng)}",
        f"바닥에서 높이가 x인 곳의 수평 단면의 넓이가 {_t(f'S(x) = {stex}', st)}인 {josa(vessel, '이/가')} 있다. "
        f"바닥부터 높이 {h}까지 물을 채웠을 때 담긴 물의 부피를 {_end(rng)} (단, 길이의 단위는 {unit}이다.)",
    ])
    d = 4 if also else 3

    def chk() -> bool:
        return _close(vol, _num(sf, 0, h))

    return Problem(text=text, answer=_ans(vol), format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정적분"], also=also, check=chk)


_BETWEEN = (
    # f tex, g tex, a tex, a, b tex, b, exact ∫(f-g)², mpmath f-g
    ("e^{x}", "1", "0", 0, "1", 1, E ** 2 / 2 - 2 * E + R(5, 2), lambda s: mpmath.exp(s) - 1),
    ("\\sin x", "\\cos x", "\\frac{\\pi}{4}", PI / 4, "\\frac{5\\pi}{4}", 5 * PI / 4, PI,
     lambda s: mpmath.sin(s) - mpmath.cos(s)),
    ("\\sqrt{x}", "\\frac{x}{2}", "0", 0, "4", 4, R(8, 15), lambda s: mpmath.sqrt(s) - s / 2),
    ("\\frac{1}{x}", "\\frac{1}{x^{2}}", "1", 1, "2", 2, R(1, 24),
     lambda s: 1 / s - 1 / s ** 2),
    ("1", "\\sin x", "0", 0, "\\frac{\\pi}{2}", PI / 2, 3 * PI / 4 - 2, lambda s: 1 - mpmath.sin(s)),
)


@family(S306, "base-between-two-curves")
def _p306_between(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ftex, gtex, atex, a, btex, b, integ, diff_f = rng.choice(_BETWEEN)
    key, coef, shape, _desc = rng.choice(_SHAPES[:3])
    integ = _exact(integ)
    ans = _exact(coef * integ)
    two = f"{_t('y = ' + ftex, st)}, {_t('y = ' + gtex, st)}"
    text = rng.choice([
        f"두 곡선 {two}와 두 직선 {_t('x = ' + atex, st)}, {_t('x = ' + btex, st)}로 둘러싸인 부분을 밑면으로 하는 입체도형이 있다. "
        f"x축에 수직인 평면으로 자른 단면이 모두 {shape}일 때, 이 입체도형의 부피를 {_end(rng)}",
        f"{_t(_le(atex, btex), st)}에서 x축 위의 점 (x, 0)을 지나고 x축에 수직인 직선이 두 곡선 {two}와 만나는 두 점을 "
        f"각각 P, Q라 하자. 선분 PQ를 {'한 변으로 하는' if key != 'semi' else '지름으로 하는'} {josa(shape, '을/를')} "
        f"x축에 수직인 평면 위에 그려 만든 입체도형의 부피를 {_end(rng)}",
    ]).replace(f"{two}와", two + josa(_t('y = ' + gtex, st), "과/와")[len(_t('y = ' + gtex, st)):])

    def chk() -> bool:
        return _close(ans, float(coef) * _num(lambda s: diff_f(s) ** 2, a, b))

    return Problem(text=text, answer=_ans(ans), format="computation", difficulty=4, achievement_level="B",
                   concepts=["정적분"], check=chk)


@family(S306, "find-bound-from-volume")
def _p306_bound(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["exp", "inv", "sin"])
    shape_key, coef, shape, _ = rng.choice([_SHAPES[0], _SHAPES[0], _SHAPES[4]])
    if kind == "exp":
        gtex, lo_tex, lo = "\\sqrt{e^{x}}", "0", 0
        m = rng.randint(2, 8)
        vol = coef * (m - 1)
        kval = sp.log(m)
        def integ_of(kk):
            return (mpmath.exp(kk) - 1)
    elif kind == "inv":
        gtex, lo_tex, lo = "\\frac{1}{\\sqrt{x}}", "1", 1
        m = rng.randint(1, 3)
        vol = coef * m
        kval = E ** m
        def integ_of(kk):
            return (mpmath.log(kk))
    else:
        gtex, lo_tex, lo = "\\sqrt{\\sin x}", "0", 0
        cval, kval = rng.choice([(R(1, 2), PI / 3), (1, PI / 2), (R(3, 2), 2 * PI / 3), (2, PI)])
        vol = coef * cval
        def integ_of(kk):
            return (1 - mpmath.cos(kk))
    rng_note = "(단, 0 < k ≤ π)" if kind == "sin" else f"(단, k > {lo})"
    text = (f"곡선 {_t('y = ' + gtex, st)}와 x축 및 두 직선 {_t('x = ' + lo_tex, st)}, {_t('x = k', st)}로 둘러싸인 부분을 "
            f"밑면으로 하고 x축에 수직인 평면으로 자른 단면이 모두 {shape}인 입체도형의 부피가 {_t(_tex(vol), st)}일 때, "
            f"상수 k의 {_end(rng, '값')} {rng_note}")
    text = text.replace(f"{_t('y = ' + gtex, st)}와", josa(_t('y = ' + gtex, st), "과/와"))
    if shape_key == "rect2":
        text = text.replace(f"모두 {shape}인", "모두 가로의 길이가 밑면 위의 선분의 길이이고 세로의 길이가 가로의 길이의 2배인 직사각형인")
    d = 4

    def chk() -> bool:
        return _close(vol, float(coef) * integ_of(float(kval)))

    return Problem(text=text, answer=_ans(kval), format="computation", difficulty=d, achievement_level="B",
                   concepts=["정적분", "ln x"], check=chk)


@family(S306, "fill-pyramid-cone-formula")
def _p306_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["pyr", "cone"])
    if kind == "pyr":
        solid, _base = "밑넓이가 S, 높이가 h인 각뿔", "S"
        sec = "\\frac{S}{h^{2}}x^{2}"
        vol_tex = "\\frac{1}{3}Sh"
        ga = "\\frac{x^{2}}{h^{2}}S"
    else:
        solid, _base = "밑면의 반지름의 길이가 r, 높이가 h인 원뿔", "\\pi r^{2}"
        sec = "\\frac{\\pi r^{2}}{h^{2}}x^{2}"
        vol_tex = "\\frac{1}{3}\\pi r^{2}h"
        ga = "\\frac{\\pi r^{2}x^{2}}{h^{2}}"
    text = (f"다음은 {solid}의 부피 V를 정적분을 이용하여 구하는 과정이다. (가), (나), (다)에 알맞은 식을 {_end(rng, '쓰')}\n\n"
            f"꼭짓점을 지나고 밑면에 수직인 직선을 x축으로, 꼭짓점을 원점으로 잡자. 꼭짓점으로부터 거리가 x인 곳에서 "
            f"x축에 수직인 평면으로 자른 단면은 밑면과 닮음이고 닮음비는 {_t('x : h', st)}이므로, 단면의 넓이 S(x)는\n"
            f"S(x) = (가)\n"
            f"따라서 {_t(_vint(), st)} = {_t(_vint2(kind), st)}(나) = (다)")
    ans = f"(가) {_ans_tex(ga)}, (나) h³/3, (다) {_ans_tex(vol_tex)}"

    def chk() -> bool:
        hh, bb = 1.7, 2.3  # numeric spot check of V = (1/3)·base·h
        area = bb if kind == "pyr" else mpmath.pi * bb ** 2
        v = _num(lambda s: area * s * s / hh ** 2, 0, hh)
        return _close(v, area * hh / 3) and sec != ""

    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["정적분"], check=chk)


def _vint() -> str:
    return "V = \\int_{0}^{h} S(x)\\,dx"


def _vint2(kind: str) -> str:
    return "\\frac{S}{h^{2}} \\times " if kind == "pyr" else "\\frac{\\pi r^{2}}{h^{2}} \\times "


@family(S306, "cylinder-wedge")
def _p306_wedge(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice([2, 3, 4, 5, 6, 10])
    ang, tanv = rng.choice([(45, sp.Integer(1)), (60, sp.sqrt(3)), (30, 1 / sp.sqrt(3))])
    obj = rng.choice(["원기둥 모양의 통나무", "원기둥 모양의 치즈", "원기둥 모양의 나무 기둥", "원기둥 모양의 케이크"])
    unit = rng.choice(["cm", "cm", "m"]) if "통나무" in obj or "기둥" in obj else "cm"
    vol = _exact(R(2, 3) * r ** 3 * tanv)
    deg = _t(f"{ang}^{{\\circ}}", st) if st == "latex" else f"{ang}°"
    text = rng.choice([
        f"밑면의 반지름의 길이가 {r} {unit}인 {josa(obj, '을/를')} 밑면의 지름을 지나고 밑면과 {deg}의 각을 이루는 평면으로 "
        f"잘랐다. 이때 생기는 두 입체도형 중 작은 쪽의 부피를 {_end(rng)} (단, 원기둥의 높이는 충분히 높다.)",
        f"반지름의 길이가 {r} {unit}인 {obj}에서, 밑면의 한 지름을 포함하고 밑면과 이루는 각의 크기가 {deg}인 평면으로 "
        f"쐐기 모양의 조각을 잘라 내었다. 잘라 낸 조각의 부피는 몇 {unit}³인지 {_end(rng)} (단, 통나무의 높이는 충분히 길다.)",
    ]).replace("통나무의 높이", f"{obj.split()[-1]}의 높이")
    d = 5

    def chk() -> bool:
        tv = float(tanv)
        return _close(vol, _num(lambda s: 0.5 * (r * r - s * s) * tv, -r, r))

    return Problem(text=text, answer=_ans(vol), format="word", difficulty=d, achievement_level="A",
                   concepts=["정적분"], check=chk)


@family(S306, "disk-base-sections")
def _p306_disk(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice([1, 2, 3, 4])
    _key, coef, shape, desc = rng.choice(_SHAPES[:4])
    vol = _exact(coef * 4 * R(4, 3) * r ** 3)
    circ = _t(f"x^{{2}} + y^{{2}} \\le {r * r}", st)
    text = rng.choice([
        f"좌표평면에서 부등식 {josa(circ, '이/가')} 나타내는 영역을 밑면으로 하는 입체도형이 있다. 이 입체도형을 x축에 수직인 평면으로 "
        f"자른 단면이 모두 {shape}일 때, 입체도형의 부피를 {_end(rng)}",
        f"반지름의 길이가 {r}인 원을 밑면으로 하고, 밑면의 한 지름에 수직인 평면으로 자른 단면이 항상 "
        f"{desc.replace('이 선분을', '밑면의 현을')}인 입체도형의 부피를 {_end(rng)}",
    ])
    d = 4
    if rng.random() < 0.4:
        wrong = [coef * 2 * R(4, 3) * r ** 3, coef * R(4, 3) * r ** 3, coef * 4 * R(2, 3) * r ** 3,
                 4 * R(4, 3) * r ** 3, coef * 8 * R(4, 3) * r ** 3]
        ch = _opts(rng, vol, wrong, st)
        text = with_choices(text.rsplit(" ", 1)[0].replace("부피를", "부피는?") + _pts(rng, d), ch)
        ans, fmt = ch.label, "mcq"
    else:
        ans, fmt, ch = _ans(vol), "computation", None

    def chk() -> bool:
        return _close(vol, float(coef) * _num(lambda s: 4 * (r * r - s * s), -r, r))

    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="B",
                   concepts=["정적분"], choice=ch, check=chk)


@family(S306, "choose-volume-integral")
def _p306_choose(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.25, 0.15))
    gtex, atex, a, btex, _b, _integ, g2, also = _sides(rng)
    key, coef, shape, desc = rng.choice(_SHAPES[:4])
    inner = re.sub(r"^\\sqrt\{(.*)\}$", r"\1", gtex) if gtex.startswith("\\sqrt") else f"\\left({gtex}\\right)^{{2}}"
    ctex = {"square": "", "equi": "\\frac{\\sqrt{3}}{4}", "semi": "\\frac{\\pi}{8}", "isos": "\\frac{1}{2}"}[key]
    wrong_c = [c for c in ("", "\\frac{\\sqrt{3}}{4}", "\\frac{\\pi}{8}", "\\frac{\\pi}{2}", "\\frac{1}{2}", "\\frac{\\sqrt{3}}{2}")
               if c != ctex]

    def integral(c: str, body: str) -> str:
        sep = " " if c else ""
        return f"\\int_{{{atex}}}^{{{btex}}} {c}{sep}{body}\\,dx" if not c else f"{c}\\int_{{{atex}}}^{{{btex}}} {body}\\,dx"

    correct = _t(integral(ctex, inner), st)
    wrong = [_t(integral(c, inner), st) for c in rng.sample(wrong_c, 3)]
    wrong.append(_t(integral(ctex, gtex), st))
    wrong.append(_t(integral(rng.choice(wrong_c), gtex), st))
    ch = choices(rng, correct, wrong)
    text = with_choices(_solid_region_text(rng, gtex, atex, btex, st, shape, desc)
                + rng.choice([" 이 입체도형의 부피를 나타내는 식으로 옳은 것은?", " 이 입체도형의 부피 V를 정적분으로 바르게 나타낸 것은?"])
                + _pts(rng, 3), ch)

    def chk() -> bool:
        mp = mpmath
        seg = g2(mp.mpf(float(a) + 0.3))
        cval = {"square": 1, "equi": mp.sqrt(3) / 4, "semi": mp.pi / 8, "isos": 0.5}[key]
        return abs(cval * seg - float(coef) * seg) < 1e-12 and correct in ch.options

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["정적분"], also=also, choice=ch, check=chk)


# ================================================================================================
# 12미적Ⅱ-03-05 곡선으로 둘러싸인 도형의 넓이
# ================================================================================================


def _absint(f, pts) -> float:
    """∫|f| over consecutive breakpoints ``pts`` (numeric)."""
    return sum(_num(lambda s: abs(f(s)), p, q) for p, q in itertools.pairwise([float(v) for v in pts]))


def _curve_x_axis(rng: random.Random):
    mp = mpmath
    opts = [
        ("\\sin x", "0", 0, "\\frac{3\\pi}{2}", 3 * PI / 2, sp.Integer(3), mp.sin, [0, PI, 3 * PI / 2], sp.Integer(1), []),
        ("\\cos x", "0", 0, "\\pi", PI, sp.Integer(2), mp.cos, [0, PI / 2, PI], sp.Integer(0), []),
        ("e^{x} - 2", "0", 0, "\\ln 4", sp.log(4), sp.Integer(1), lambda s: mp.exp(s) - 2, [0, sp.log(2), sp.log(4)],
         3 - 4 * sp.log(2), []),
        ("\\ln x", "\\frac{1}{e}", 1 / E, "e", E, 2 - 2 / E, mp.log, [1 / E, 1, E], 2 / E, [S303]),
        ("\\frac{1}{x} - 1", "\\frac{1}{2}", R(1, 2), "2", 2, R(1, 2), lambda s: 1 / s - 1, [R(1, 2), 1, 2],
         2 * sp.log(2) - R(3, 2), []),
        ("2\\sin 2x", "0", 0, "\\pi", PI, sp.Integer(4), lambda s: 2 * mp.sin(2 * s), [0, PI / 2, PI], sp.Integer(0), []),
        ("e^{-x}", "0", 0, "\\ln 3", sp.log(3), R(2, 3), lambda s: mp.exp(-s), [0, sp.log(3)], R(2, 3), []),
        ("\\frac{2}{x}", "1", 1, "e^{2}", E ** 2, sp.Integer(4), lambda s: 2 / s, [1, E ** 2], sp.Integer(4), []),
    ]
    return rng.choice(opts)


@family(S305, "curve-and-x-axis")
def _p305_xaxis(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ftex, atex, _a, btex, _b, area, f, pts, signed, also = _curve_x_axis(rng)
    fn = rng.choice(["y", "y", "y = f(x)"])
    curve = _t(f"{fn} = {ftex}" if fn == "y" else f"y = {ftex}", st)
    text = rng.choice([
        f"곡선 {curve}와 x축 및 두 직선 {_t('x = ' + atex, st)}, {_t('x = ' + btex, st)}로 둘러싸인 부분의 넓이를 {_end(rng)}",
        f"{_t(_le(atex, btex), st)}에서 곡선 {curve}와 x축 사이의 넓이를 {_end(rng)}",
        f"닫힌구간 {_t(f'[{atex}, {btex}]', st)}에서 곡선 {curve}와 x축으로 둘러싸인 도형의 넓이는?",
    ]).replace(f"{curve}와", josa(curve, "과/와"))
    d = 3 if len(pts) == 2 else 4
    fmt = "computation"
    ch = None
    ans_s = _ans(area)
    if len(pts) > 2 and rng.random() < 0.45:
        wrong = [abs(signed), area + 1, area * 2, area / 2, area - R(1, 2), area + R(1, 2)]
        ch = _opts(rng, area, wrong, st)
        text = with_choices(re.sub(r"넓이를 [^ ]+( 보시오)?\.?$|넓이를 구하면\?$", "넓이는?", text) + _pts(rng, d), ch)
        ans_s, fmt = ch.label, "mcq"

    def chk() -> bool:
        return _close(area, _absint(f, pts))

    return Problem(text=text, answer=ans_s, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정적분"], also=also, choice=ch, check=chk)


_PAIRS = (
    # f tex, g tex, a tex, a, b tex, b, area, f-g (mpmath), breakpoints, also
    ("\\sin x", "\\cos x", "0", 0, "\\pi", PI, 2 * sp.sqrt(2), lambda s: mpmath.sin(s) - mpmath.cos(s), [0, PI / 4, PI], []),
    ("e^{x}", "e^{-x}", "0", 0, "1", 1, E + 1 / E - 2, lambda s: mpmath.exp(s) - mpmath.exp(-s), [0, 1], []),
    ("e^{x}", "e^{-x}", "-1", -1, "1", 1, 2 * (E + 1 / E - 2), lambda s: mpmath.exp(s) - mpmath.exp(-s), [-1, 0, 1], []),
    ("\\ln x", "\\frac{x - 1}{e - 1}", "1", 1, "e", E, (3 - E) / 2,
     lambda s: mpmath.log(s) - (s - 1) / (mpmath.e - 1), [1, E], [S303]),
    ("\\frac{1}{x}", "\\frac{1}{x^{2}}", "1", 1, "e", E, 1 / E, lambda s: 1 / s - 1 / s ** 2, [1, E], []),
    ("e^{2x}", "e^{x}", "0", 0, "\\ln 2", sp.log(2), R(1, 2), lambda s: mpmath.exp(2 * s) - mpmath.exp(s), [0, sp.log(2)], []),
    ("\\sin 2x", "\\sin x", "0", 0, "\\frac{\\pi}{3}", PI / 3, R(1, 4), lambda s: mpmath.sin(2 * s) - mpmath.sin(s),
     [0, PI / 3], []),
)


@family(S305, "between-two-curves-bounded")
def _p305_pair(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ftex, gtex, atex, _a, btex, _b, area, fg, pts, also = rng.choice(_PAIRS)
    area = _exact(area)
    c1, c2 = _t("y = " + ftex, st), _t("y = " + gtex, st)
    if rng.random() < 0.5:
        c1, c2 = c2, c1
    text = rng.choice([
        f"두 곡선 {c1}, {c2}와 두 직선 {_t('x = ' + atex, st)}, {_t('x = ' + btex, st)}로 둘러싸인 부분의 넓이를 {_end(rng)}",
        f"{_t(_le(atex, btex), st)}에서 두 곡선 {c1}, {c2} 사이의 넓이를 {_end(rng)}",
        f"닫힌구간 {_t(f'[{atex}, {btex}]', st)}에서 두 함수 {c1}, {c2}의 그래프와 두 직선 {_t('x = ' + atex, st)}, "
        f"{_t('x = ' + btex, st)}로 둘러싸인 도형의 넓이는?",
    ]).replace(f"{c2}와", josa(c2, "과/와"))
    d = 4 if len(pts) > 2 or also else 3

    def chk() -> bool:
        return _close(area, _absint(fg, pts))

    return Problem(text=text, answer=_ans(area), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정적분"], also=also, check=chk)


_ENCLOSED = (
    # curve tex, line tex, area, difference (mpmath), [x1, x2]
    ("y = \\sin x", "y = \\frac{2}{\\pi}x", 1 - PI / 4, lambda s: mpmath.sin(s) - 2 * s / mpmath.pi, [0, PI / 2]),
    ("y = 2\\sin x", "y = 1", 2 * sp.sqrt(3) - 2 * PI / 3, lambda s: 2 * mpmath.sin(s) - 1, [PI / 6, 5 * PI / 6]),
    ("y = 2\\cos x", "y = 1", 2 * sp.sqrt(3) - 2 * PI / 3, lambda s: 2 * mpmath.cos(s) - 1, [-PI / 3, PI / 3]),
    ("y = \\frac{1}{x}", "y = -x + \\frac{5}{2}", R(15, 8) - 2 * sp.log(2), lambda s: -s + 2.5 - 1 / s, [R(1, 2), 2]),
    ("y = \\frac{2}{x}", "y = -x + 3", R(3, 2) - 2 * sp.log(2), lambda s: -s + 3 - 2 / s, [1, 2]),
    ("y = e^{x}", "y = (e - 1)x + 1", (3 - E) / 2, lambda s: (mpmath.e - 1) * s + 1 - mpmath.exp(s), [0, 1]),
    ("y = \\sqrt{x}", "y = \\frac{x}{2}", R(4, 3), lambda s: mpmath.sqrt(s) - s / 2, [0, 4]),
)


@family(S305, "enclosed-curve-and-line")
def _p305_enclosed(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ctex, ltex, area, diff_f, (x1, x2) = rng.choice(_ENCLOSED)
    area = _exact(area)
    dom = ""
    if "sin" in ctex:
        dom = " (단, " + _t(_le("0", "\\pi"), st) + ")"
    elif "cos" in ctex:
        dom = " (단, " + _t(_le("-\\frac{\\pi}{2}", "\\frac{\\pi}{2}"), st) + ")"
    elif "frac{1}{x}" in ctex or "frac{2}{x}" in ctex:
        dom = f" (단, {_t('x > 0', st)})"
    c, ln = _t(ctex, st), _t(ltex, st)
    text = rng.choice([
        f"곡선 {c}와 직선 {ln}로 둘러싸인 부분의 넓이를 {_end(rng)}{dom}",
        f"곡선 {c}와 직선 {ln}로 둘러싸인 도형의 넓이는?{dom}",
        f"직선 {ln}와 곡선 {c}로 둘러싸인 영역의 넓이를 {_end(rng)}{dom}",
    ])
    text = text.replace(f"{c}와", josa(c, "과/와")).replace(f"{ln}와", josa(ln, "과/와")).replace(f"{ln}로", josa(ln, "으로/로"))
    d = 4

    def chk() -> bool:
        ok_ends = abs(diff_f(float(x1))) < 1e-9 and abs(diff_f(float(x2))) < 1e-9
        return ok_ends and _close(area, abs(_num(diff_f, x1, x2)))

    return Problem(text=text, answer=_ans(area), format="computation", difficulty=d, achievement_level="B",
                   concepts=["정적분"], check=chk)


@family(S305, "tangent-line-region")
def _p305_tangent(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["exp0", "expO", "lnE", "exp0b"])
    mp = mpmath
    if kind == "exp0":
        b = rng.choice([1, 2])
        desc = (f"곡선 {_t('y = e^{x}', st)} 위의 점 (0, 1)에서의 접선과 이 곡선 및 직선 {_t(f'x = {b}', st)}로 둘러싸인 "
                f"부분의 넓이를")
        area = sp.expand(E ** b - 1 - R(b * b, 2) - b)
        val = _num(lambda s: mp.exp(s) - (s + 1), 0, b)
    elif kind == "exp0b":
        desc = (f"곡선 {_t('y = e^{-x}', st)} 위의 점 (0, 1)에서의 접선과 이 곡선 및 직선 {_t('x = 1', st)}로 둘러싸인 "
                f"부분의 넓이를")
        area = sp.expand(1 - 1 / E - 1 + R(1, 2))
        val = _num(lambda s: mp.exp(-s) - (1 - s), 0, 1)
    elif kind == "expO":
        desc = f"원점에서 곡선 {_t('y = e^{x}', st)}에 그은 접선과 이 곡선 및 y축으로 둘러싸인 부분의 넓이를"
        area = E / 2 - 1
        val = _num(lambda s: mp.exp(s) - mp.e * s, 0, 1)
    else:
        desc = f"원점에서 곡선 {_t(_LNX, st)}에 그은 접선과 이 곡선 및 x축으로 둘러싸인 부분의 넓이를"
        area = E / 2 - 1
        val = _num(lambda s: s / mp.e, 0, mp.e) - _num(mp.log, 1, mp.e)
    area = _exact(area)
    text = f"{desc} {_end(rng)}".replace("접선과 이 곡선", rng.choice(["접선과 이 곡선", "접선과 곡선"]))
    d = 4
    if rng.random() < 0.4:
        wrong = [area + R(1, 2), area + 1, 2 * area, area * 3, E - 1, E / 2]
        ch = _opts(rng, area, wrong, st)
        text = with_choices(f"{desc.removesuffix('넓이를')}넓이는?{_pts(rng, d)}", ch)
        ans, fmt = ch.label, "mcq"
    else:
        ans, fmt, ch = _ans(area), "computation", None
    also = [S303] if kind == "lnE" else []

    def chk() -> bool:
        return _close(area, val)

    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="B",
                   concepts=["정적분"], also=also, choice=ch, check=chk)


_LNX = "y = \\ln x"


@family(S305, "find-bound-from-area")
def _p305_k(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["inv", "exp", "bisect", "coef"])
    mp = mpmath
    if kind == "inv":
        c = rng.choice([1, 2, 3])
        m = rng.choice([1, 2, 3, 4])
        m = m if m % c == 0 or c == 1 else c * m
        ctex = "\\frac{1}{x}" if c == 1 else f"\\frac{{{c}}}{{x}}"
        ans = sp.exp(R(m, c))
        text = (f"곡선 {_t('y = ' + ctex, st)}와 x축 및 두 직선 {_t('x = 1', st)}, {_t('x = k', st)}로 둘러싸인 부분의 넓이가 "
                f"{m}일 때, 상수 k의 {_end(rng, '값')} (단, k > 1)")
        def val_ok():
            return (_close(m, _num(lambda s: c / s, 1, ans)))
    elif kind == "exp":
        m = rng.choice([1, 2, 3, 4, 7])
        ans = sp.log(m + 1)
        text = (f"곡선 {_t('y = e^{x}', st)}와 x축, y축 및 직선 {_t('x = k', st)}로 둘러싸인 부분의 넓이가 {m}일 때, "
                f"양수 k의 {_end(rng, '값')}")
        def val_ok():
            return (_close(m, _num(mp.exp, 0, ans)))
    elif kind == "bisect":
        m = rng.choice([1, 2, 3])
        ans = sp.exp(m)
        up = f"e^{{{2 * m}}}"
        text = (f"곡선 {_t(_INV, st)}와 x축 및 두 직선 {_t('x = 1', st)}, {_t('x = ' + up, st)}로 "
                f"둘러싸인 부분의 넓이를 직선 {_t('x = a', st)}가 이등분할 때, 상수 a의 {_end(rng, '값')}")
        def val_ok():
            return (_close(_num(lambda s: 1 / s, 1, ans), _num(lambda s: 1 / s, ans, float(E ** (2 * m)))))
    else:
        m = rng.choice([2, 3, 4, 6])
        b = rng.choice([2, 3])
        area = rng.choice([m * (b - 1)])
        ans = sp.Integer(m)
        text = (f"곡선 {_t('y = a e^{x}', st)}와 x축, y축 및 직선 {_t(_lnb(b), st)}로 "
                f"둘러싸인 부분의 넓이가 {area}일 때, 양수 a의 {_end(rng, '값')}")
        def val_ok():
            return (_close(area, _num(lambda s: m * mp.exp(s), 0, float(sp.log(b)))))
    text = re.sub(r"(\$?y = [^와]*?\$?)와", lambda mm: josa(mm.group(1), "과/와"), text, count=1)
    d = 3 if kind in ("inv", "exp") else 4
    return Problem(text=text, answer=_ans(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정적분", "ln x", "e"], check=val_ok)


_INV = "y = \\frac{1}{x}"


def _lnb(b: int) -> str:
    return f"x = \\ln {b}"


@family(S305, "inverse-function-area")
def _p305_inverse(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["expx", "xsin", "exp"])
    mp = mpmath
    if kind == "expx":
        c = rng.choice([1, 2, 3, 4])
        ftex = f"e^{{x}} + {c if c > 1 else ''}x"
        lo_t, hi_t = "1", f"e + {c}"
        ans = 1 + R(c, 2)
        b_val = float(E + c)

        def f(s):
            return mp.exp(s) + c * s
        x_hi = 1.0
    elif kind == "xsin":
        c = 1
        ftex, lo_t, hi_t = "x + \\sin x", "0", "\\pi"
        ans = PI ** 2 / 2 - 2
        b_val = float(PI)

        def f(s):
            return s + mp.sin(s)
        x_hi = float(PI)
    else:
        c = rng.choice([2, 3])
        ftex, lo_t, hi_t = f"e^{{{c}x}}" if c > 1 else "e^{x}", "1", f"e^{{{c}}}"
        ans = sp.expand(E ** c * 1 - (E ** c - 1) / c)
        b_val = float(E ** c)

        def f(s):
            return mp.exp(c * s)
        x_hi = 1.0
    ftxt = _t(f"f(x) = {ftex}", st)
    ig = _t(f"\\int_{{{lo_t}}}^{{{hi_t}}} g(x)\\,dx", st)
    text = rng.choice([
        f"함수 {ftxt}의 역함수를 g(x)라 할 때, {ig}의 {_end(rng, '값')}",
        f"함수 {ftxt}의 역함수 g(x)에 대하여 {ig}의 {_end(rng, '값')}{_pts(rng, 4)}",
        f"실수 전체의 집합에서 정의된 함수 {ftxt}의 역함수를 g(x)라 하자. 곡선 {_t('y = g(x)', st)}와 x축 및 직선 "
        f"{josa(_t('x = ' + hi_t, st), '으로/로')} 둘러싸인 부분의 넓이를 이용하여 {ig}의 {_end(rng, '값')}",
    ])
    if kind == "xsin":
        text = text.replace("실수 전체의 집합에서 정의된 함수", "함수")

    def chk() -> bool:
        lo_val = float(f(0))
        if abs(float(f(x_hi)) - b_val) > 1e-9:
            return False
        # ∫ g = b·x_hi − lo·0 − ∫_0^{x_hi} f  (area of the rectangle minus the area under f)
        return _close(ans, b_val * x_hi - lo_val * 0 - _num(f, 0, x_hi))

    return Problem(text=text, answer=_ans(ans), format="computation", difficulty=5, achievement_level="A",
                   concepts=["정적분"], also=[S302] if kind == "exp" else [], check=chk)


@family(S305, "region-along-y-axis")
def _p305_yaxis(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["ln", "lnc", "exp", "sqrt"])
    mp = mpmath
    if kind == "ln":
        k = rng.choice([1, 2, 3])
        curve, region = "y = \\ln x", f"y축 및 두 직선 {_t('y = 0', st)}, {_t(f'y = {k}', st)}"
        ans = sp.expand(E ** k - 1)
        def val():
            return (_num(mp.exp, 0, k))
        also = []
    elif kind == "lnc":
        c = rng.choice([2, 3])
        curve, region = f"y = \\ln (x - {c})", f"y축, x축 및 직선 {_t('y = 1', st)}"
        ans = sp.expand(c + E - 1)
        def val():
            return (_num(lambda s: mp.exp(s) + c, 0, 1))
        also = []
    elif kind == "exp":
        curve, region = "y = e^{x}", f"y축 및 직선 {_t('y = e', st)}"
        ans = sp.Integer(1)
        def val():
            return (_num(mp.log, 1, mp.e))
        also = [S303]
    else:
        k = rng.choice([2, 3])
        curve, region = "y = \\sqrt{x}", f"y축 및 직선 {_t(f'y = {k}', st)}"
        ans = R(k ** 3, 3)
        def val():
            return (_num(lambda s: s * s, 0, k))
        also = []
    ctex = _t(curve, st)
    hint = rng.choice(["", " (단, y에 대하여 적분하여 구한다.)", ""])
    text = rng.choice([
        f"곡선 {ctex}와 {region}로 둘러싸인 부분의 넓이를 {_end(rng)}{hint}",
        f"곡선 {ctex}와 {region}로 둘러싸인 도형의 넓이는?{hint}",
    ]).replace(f"{ctex}와", josa(ctex, "과/와"))
    d = 3 if kind != "exp" else 4

    def chk() -> bool:
        return _close(ans, val())

    return Problem(text=text, answer=_ans(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정적분", "ln x"], also=also, check=chk)


_AREA_FACTS = (
    # (statement tex-lite template with {v}, true value, wrong value, mpmath check)
    ("곡선 {c}와 x축으로 둘러싸인 부분의 넓이는 {v}이다.", "y = \\sin x \\; (0 \\le x \\le \\pi)", sp.Integer(2), sp.Integer(1),
     lambda: _num(mpmath.sin, 0, mpmath.pi)),
    ("곡선 {c}와 x축 및 직선 x = e로 둘러싸인 부분의 넓이는 {v}이다.", "y = \\ln x", sp.Integer(1), E - 1,
     lambda: _num(mpmath.log, 1, mpmath.e)),
    ("곡선 {c}와 x축 및 두 직선 x = 1, x = e로 둘러싸인 부분의 넓이는 {v}이다.", "y = \\frac{1}{x}", sp.Integer(1), E - 1,
     lambda: _num(lambda s: 1 / s, 1, mpmath.e)),
    ("곡선 {c}와 x축, y축 및 직선 x = 1로 둘러싸인 부분의 넓이는 {v}이다.", "y = e^{x}", E - 1, E,
     lambda: _num(mpmath.exp, 0, 1)),
    ("곡선 {c}와 x축으로 둘러싸인 부분의 넓이는 {v}이다.", "y = \\sin 2x \\; \\left(0 \\le x \\le \\frac{\\pi}{2}\\right)",
     sp.Integer(1), sp.Integer(2), lambda: _num(lambda s: mpmath.sin(2 * s), 0, mpmath.pi / 2)),
    ("곡선 {c}와 x축 및 두 직선 x = 0, x = ln 2로 둘러싸인 부분의 넓이는 {v}이다.", "y = e^{2x}", R(3, 2), sp.Integer(3),
     lambda: _num(lambda s: mpmath.exp(2 * s), 0, mpmath.log(2))),
    ("두 곡선 y = sin x, y = cos x와 두 직선 x = 0, x = π/4로 둘러싸인 부분의 넓이는 {v}이다.", "", sp.sqrt(2) - 1,
     sp.sqrt(2), lambda: _num(lambda s: mpmath.cos(s) - mpmath.sin(s), 0, mpmath.pi / 4)),
)


@family(S305, "bogi-area-facts")
def _p305_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.55, 0.3, 0.15))
    picks = rng.sample(_AREA_FACTS, 3)
    truths = [rng.random() < 0.55 for _ in picks]
    if not any(truths):
        truths[rng.randrange(3)] = True
    stmts = []
    for (tmpl, ctex, good, bad, _), ok in zip(picks, truths, strict=True):
        v = good if ok else bad
        c = _t(ctex, st) if ctex else ""
        txt = tmpl.replace("{c}와", josa(c, "과/와") if c else "").replace("{v}", _t(_tex(v), st))
        txt = txt.replace("x = e", _t("x = e", st) if st == "latex" else "x = e")
        stmts.append((txt, ok))
    block, ch = bogi(rng, stmts)
    text = f"{_bogi_q(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"
    vals = [good if ok else bad for (_, _, good, bad, _), ok in zip(picks, truths, strict=True)]

    def chk() -> bool:
        return [(_close(v, fn())) for v, (_, _, _, _, fn) in zip(vals, picks, strict=True)] == truths

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["정적분", "ln x"], choice=ch, check=chk)


@family(S305, "area-design-context")
def _p305_context(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["arch", "logo", "leaf", "pond"])
    mp = mpmath
    if kind == "arch":
        a = rng.choice([2, 3, 4, 5])
        obj = rng.choice(["터널 입구", "아치형 문", "다리 아래의 통로"])
        text = (f"좌표평면에서 어떤 {obj}의 모양은 곡선 {_t(_asin(a), st)} "
                f"({_t(_LE0PI, st)})와 x축으로 둘러싸인 부분과 같다. 좌표의 단위가 m일 때, "
                f"이 {obj}의 넓이는 몇 m²인지 {_end(rng)}")
        ans = sp.Integer(2 * a)
        val = (0, PI, lambda s: a * mp.sin(s))
    elif kind == "logo":
        obj = rng.choice(["로고", "배지", "스티커"])
        text = (f"두 곡선 {_t('y = e^{x}', st)}, {_t('y = e^{-x}', st)}와 두 직선 {_t('x = -1', st)}, {_t('x = 1', st)}로 둘러싸인 "
                f"두 부분을 색칠하여 {josa(obj, '을/를')} 만들었다. 색칠한 부분의 넓이를 {_end(rng)} (단, 좌표의 단위는 cm이다.)")
        ans = sp.expand(2 * (E + 1 / E - 2))
        val = (-1, 1, lambda s: abs(mp.exp(s) - mp.exp(-s)))
    elif kind == "leaf":
        obj = rng.choice(["나뭇잎 모양 장식", "렌즈 모양 창문", "잎사귀 무늬"])
        text = (f"두 곡선 {_t(_SINX, st)}, {_t(_COSX, st)} "
                f"({_t(_LEAF, st)})로 둘러싸인 부분이 {obj}의 모양일 때, 이 {obj}의 넓이를 {_end(rng)}")
        ans = 2 * sp.sqrt(2)
        val = (PI / 4, 5 * PI / 4, lambda s: mp.sin(s) - mp.cos(s))
    else:
        c = rng.choice([2, 3, 4])
        obj = rng.choice(["연못", "화단", "잔디밭"])
        text = (f"공원 설계도에서 {obj}의 경계는 곡선 {_t(_cfrac(c), st)}와 직선 "
                f"{_t(f'y = {c + 1} - x', st)}로 둘러싸인 부분이다. 좌표의 단위가 10 m일 때, 실제 {obj}의 넓이는 "
                f"몇 m²인지 {_end(rng)}")
        # intersections x = 1, x = c
        ans = sp.expand(100 * (R((c + 1) * (c - 1), 1) - R(c * c - 1, 2) - c * sp.log(c)))
        val = (1, c, lambda s: 100 * ((c + 1 - s) - c / s))
    text = text.replace("곡선 $y", "곡선 $y")
    text = re.sub(r"(\$?y = e\^\{-x\}\$?|\$?y = -?e\^\(?-x\)?\$?|e⁻ˣ)와", lambda m: josa(m.group(1), "과/와"), text)

    def chk() -> bool:
        lo, hi, fn = val
        return _close(ans, _num(fn, lo, hi) if kind != "logo" else _absint(fn, [-1, 0, 1]))

    return Problem(text=text, answer=_ans(ans), format="word", difficulty=3 if kind == "arch" else 4,
                   achievement_level="C" if kind == "arch" else "B", concepts=["정적분"], check=chk)


_SINX, _COSX = "y = \\sin x", "y = \\cos x"
_LEAF = "\\frac{\\pi}{4} \\le x \\le \\frac{5\\pi}{4}"
_LE0PI = "0 \\le x \\le \\pi"


def _asin(a: int) -> str:
    return f"y = {a}\\sin x"


def _cfrac(c: int) -> str:
    return f"y = \\frac{{{c}}}{{x}}"


# ================================================================================================
# 12미적Ⅱ-03-04 정적분과 급수의 합 사이의 관계 (구분구적법)
# ================================================================================================
LIMSUM = "\\lim_{n \\to \\infty} \\sum_{k=1}^{n} "
_LIMN = "\\lim_{n \\to \\infty}"


def _rsum(term, n: int = 2000) -> float:
    """lim Σ_{k=1}^{n} term(k, n), estimated by Richardson extrapolation (2·S_{2n} − S_n)."""
    def s(m: int) -> float:
        return sum(term(k, m) for k in range(1, m + 1))
    return 2 * s(2 * n) - s(n)


# integrand on [0, 1]: (tex of f(x) with {u} for the argument, python f, exact ∫_0^1, also)
_F01 = (
    ("e^{{{u}}}", math_exp := __import__("math").exp, E - 1, []),
    ("\\sin {u}\\pi", None, None, []),
    ("\\sqrt{{{u}}}", __import__("math").sqrt, R(2, 3), []),
    ("\\frac{{1}}{{1 + {u}}}", lambda v: 1 / (1 + v), sp.log(2), []),
    ("e^{{2 \\cdot {u}}}", lambda v: math_exp(2 * v), (E ** 2 - 1) / 2, []),
    ("{u} e^{{{u}}}", lambda v: v * math_exp(v), sp.Integer(1), [S303]),
    ("\\cos \\frac{{\\pi}}{{2}}{u}", lambda v: __import__("math").cos(__import__("math").pi * v / 2), 2 / PI, []),
    ("\\frac{{1}}{{(1 + {u})^{{2}}}}", lambda v: 1 / (1 + v) ** 2, R(1, 2), []),
)



@family(S304, "riemann-limit-basic")
def _p304_basic(rng: random.Random) -> Problem:
    import math as m
    st = pick_style(rng)
    i = rng.randrange(len(_F01))
    ftex, fn, val, also = _F01[i]
    if i == 1:  # sin(πk/n)
        body = "\\sin \\frac{k\\pi}{n}"
        fn, val = (lambda v: m.sin(m.pi * v)), 2 / PI
    else:
        body = ftex.format(u="\\frac{k}{n}")
    if "cdot" in body:
        body = "e^{\\frac{2k}{n}}"
    if "\\cos" in body:
        body = "\\cos \\frac{k\\pi}{2n}"
    c = rng.choice([1, 1, 2, 3])
    coef = "\\frac{1}{n}" if c == 1 else f"\\frac{{{c}}}{{n}}"
    ans = _exact(c * val)
    dot = " \\cdot " if body.startswith("\\frac") else ""
    lim = LIMSUM + coef + dot + body if rng.random() < 0.6 else "\\lim_{n \\to \\infty} " + coef + "\\sum_{k=1}^{n} " + body
    text = rng.choice([
        f"{_t(lim, st)}의 {_end(rng, '값')}",
        f"다음 극한값을 정적분을 이용하여 {_end(rng)}\n{_t(lim, st)}",
        f"{_t(lim, st)}의 값은?{_pts(rng, 3)}",
    ])
    d = 3 if not also else 4
    fmt, ch, ans_s = "computation", None, _ans(ans)
    if text.endswith("값은?") or "[3점]" in text:
        wrong = [ans * 2, ans / 2, ans + 1, ans - R(1, 2) if ans > 1 else ans + R(1, 2), c * val + c]
        ch = _opts(rng, ans, wrong, st)
        text, fmt, ans_s = with_choices(text, ch), "mcq", ch.label

    def chk() -> bool:
        return abs(_rsum(lambda k, n: c / n * fn(k / n)) - float(ans)) < 1e-5

    return Problem(text=text, answer=ans_s, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정적분", "급수"], also=also, choice=ch, check=chk)


# f on [a, a+p]: (tex with {u}, python f, antiderivative sympy lambda)
_FAB = (
    ("\\frac{{1}}{{{u}}}", lambda v: 1 / v, sp.log),
    ("e^{{{u}}}", __import__("math").exp, sp.exp),
    ("\\sqrt{{{u}}}", __import__("math").sqrt, lambda v: R(2, 3) * v ** R(3, 2)),
    ("\\frac{{1}}{{{u}^{{2}}}}", lambda v: 1 / v ** 2, lambda v: -1 / v),
)


@family(S304, "riemann-shifted-interval")
def _p304_shift(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ftex, fn, big = rng.choice(_FAB)
    a = rng.choice([1, 1, 2, 3])
    p = rng.choice([1, 2, 3])
    if ftex.startswith("\\sqrt"):
        a, p = rng.choice([(1, 3), (4, 5), (1, 8), (4, 12)])
    step = "\\frac{k}{n}" if p == 1 else f"\\frac{{{p}k}}{{n}}"
    u = f"{a} + {step}"
    body = ftex.format(u=f"\\left({u}\\right)" if "^{2}" in ftex.format(u="Z") else u)
    coef = "\\frac{1}{n}" if p == 1 else f"\\frac{{{p}}}{{n}}"
    dot = " \\cdot " if body.startswith("\\frac") else ""
    lim = LIMSUM + coef + dot + body
    ans = _exact(sp.expand(big(sp.Integer(a + p)) - big(sp.Integer(a))))
    mode = rng.choice(["value", "value", "integral"])
    if mode == "value":
        text = rng.choice([f"{_t(lim, st)}의 {_end(rng, '값')}",
                           f"정적분과 급수의 합 사이의 관계를 이용하여 {_t(lim, st)}의 {_end(rng, '값')}"])
        ans_s, fmt, ch = _ans(ans), "computation", None
    else:
        fx = ftex.format(u="x")
        correct = _t(f"\\int_{{{a}}}^{{{a + p}}} {fx}\\,dx", st)
        wrong = [_t(f"\\int_{{0}}^{{{p}}} {fx}\\,dx", st), _t(f"\\int_{{{a}}}^{{{a + p + 1}}} {fx}\\,dx", st),
                 _t(f"\\int_{{0}}^{{{a + p}}} {fx}\\,dx", st),
                 _t(f"{'' if p == 1 else p}\\int_{{{a}}}^{{{a + p}}} {fx}\\,dx" if p > 1 else f"\\int_{{{a - 1}}}^{{{a}}} {fx}\\,dx", st),
                 _t(f"\\frac{{1}}{{{p + 1}}}\\int_{{{a}}}^{{{a + p}}} {fx}\\,dx", st)]
        ch = choices(rng, correct, wrong)
        text = with_choices(f"{_jt(lim, st, '과/와')} 같은 것은?{_pts(rng, 3)}", ch)
        ans_s, fmt = ch.label, "mcq"
    d = 3 if mode == "integral" else 4

    def chk() -> bool:
        return abs(_rsum(lambda k, n: p / n * fn(a + p * k / n)) - float(ans)) < 1e-6 * max(1.0, abs(float(ans)))

    return Problem(text=text, answer=ans_s, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정적분", "급수"], choice=ch, check=chk)


_HARM = (
    # (sum body tex, python term(k, n), exact value, also)
    ("\\frac{1}{n + k}", lambda k, n: 1 / (n + k), sp.log(2), []),
    ("\\frac{1}{2n + k}", lambda k, n: 1 / (2 * n + k), sp.log(R(3, 2)), []),
    ("\\frac{1}{n + 2k}", lambda k, n: 1 / (n + 2 * k), sp.log(3) / 2, []),
    ("\\frac{n}{(n + k)^{2}}", lambda k, n: n / (n + k) ** 2, R(1, 2), []),
    ("\\frac{k}{n^{2} + k^{2}}", lambda k, n: k / (n * n + k * k), sp.log(2) / 2, [S302]),
    ("\\frac{2}{n + k}", lambda k, n: 2 / (n + k), 2 * sp.log(2), []),
    ("\\frac{k}{n^{2}}e^{\\frac{k}{n}}", lambda k, n: k / n ** 2 * __import__("math").exp(k / n), sp.Integer(1), [S303]),
    ("\\frac{\\pi}{n}\\sin \\frac{k\\pi}{n}", lambda k, n: __import__("math").pi / n * __import__("math").sin(__import__("math").pi * k / n),
     sp.Integer(2), []),
    ("\\frac{1}{\\sqrt{n^{2} + nk}}", lambda k, n: 1 / (n * n + n * k) ** 0.5, 2 * sp.sqrt(2) - 2, []),
)


@family(S304, "rewrite-sum-as-integral")
def _p304_rewrite(rng: random.Random) -> Problem:
    st = pick_style(rng)
    body, term, val, also = rng.choice(_HARM)
    lim = LIMSUM + body
    text = rng.choice([
        f"{_t(lim, st)}의 {_end(rng, '값')}",
        f"다음 극한값을 {_end(rng)}\n{_t(lim, st)}",
        f"급수의 합을 정적분으로 나타내어 {_t(lim, st)}의 {_end(rng, '값')}",
    ])
    d = 4
    if rng.random() < 0.4:
        wrong = [val * 2, val / 2, val + 1, sp.log(3), sp.log(2) + R(1, 2), sp.Integer(1), R(1, 2)]
        ch = _opts(rng, val, wrong, st)
        text = with_choices(f"{_t(lim, st)}의 값은?{_pts(rng, d)}", ch)
        ans_s, fmt = ch.label, "mcq"
    else:
        ans_s, fmt, ch = _ans(val), "computation", None

    def chk() -> bool:
        return abs(_rsum(term) - float(val)) < 1e-5

    return Problem(text=text, answer=ans_s, format=fmt, difficulty=d, achievement_level="B",
                   concepts=["정적분", "급수", "ln x"], also=also, choice=ch, check=chk)


@family(S304, "quadrature-exp-fill")
def _p304_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b = rng.choice([1, 2, 3])
    btex = str(b)
    ans = sp.expand(E ** b - 1)
    step = "\\frac{k}{n}" if b == 1 else f"\\frac{{{b}k}}{{n}}"
    w = "\\frac{1}{n}" if b == 1 else f"\\frac{{{b}}}{{n}}"
    r = "e^{\\frac{1}{n}}" if b == 1 else f"e^{{\\frac{{{b}}}{{n}}}}"
    ey = _t("y = e^{x}", st)
    sn_def = _t("S_{n} = \\sum_{k=1}^{n} " + w + " \\cdot e^{" + step + "}", st)
    eb = "e" if b == 1 else "e^{" + btex + "}"
    sn_geo = _t("S_{n} = " + w + " \\cdot \\frac{" + r + "(" + eb + " - 1)}{" + r + " - 1}", st)
    lim_h = _t("\\lim_{h \\to 0} \\frac{e^{h} - 1}{h} = 1", st)
    lim_a = _t("\\lim_{n \\to \\infty} \\frac{" + r + " - 1}{" + w + "}", st)
    lim_b = _t("\\lim_{n \\to \\infty} " + r, st)
    lim_s = _t("S = \\lim_{n \\to \\infty} S_{n}", st)
    text = (f"다음은 곡선 {ey}와 x축 및 두 직선 {_t('x = 0', st)}, {_t(f'x = {btex}', st)}로 둘러싸인 부분의 넓이 S를 "
            f"구분구적법으로 구하는 과정이다. (가), (나), (다)에 알맞은 것을 {_end(rng, '쓰')}\n\n"
            f"구간 {_t(f'[0, {btex}]', st)}을 n등분하여 만든 직사각형 n개의 넓이의 합을 {_t('S_{n}', st)}이라 하면\n"
            f"{sn_def}\n"
            f"이고, 이는 첫째항과 공비가 모두 {_t(r, st)}인 등비수열의 합이므로\n"
            f"{sn_geo}\n"
            f"이때 {lim_h}이므로 {lim_a} = (가)이고, {lim_b} = (나)\n"
            f"따라서 {lim_s} = (다)")
    text = text.replace(f"{_t('y = e^{x}', st)}와", josa(_t('y = e^{x}', st), "과/와"))
    answer = f"(가) 1, (나) 1, (다) {_ans(ans)}"

    def chk() -> bool:
        return abs(_rsum(lambda k, n: b / n * __import__("math").exp(b * k / n)) - float(ans)) < 1e-5

    return Problem(text=text, answer=answer, format="fill", difficulty=4, achievement_level="B",
                   concepts=["정적분", "급수", "e"], also=[S301], check=chk)


@family(S304, "table-of-sums-data")
def _p304_table(rng: random.Random) -> Problem:
    import math as m
    st = pick_style(rng)
    opts = [
        ("\\frac{1}{n}\\sum_{k=1}^{n} \\frac{1}{1 + \\frac{k}{n}}", lambda v: 1 / (1 + v), "\\frac{1}{1 + x}", sp.log(2)),
        ("\\frac{1}{n}\\sum_{k=1}^{n} e^{\\frac{k}{n}}", m.exp, "e^{x}", E - 1),
        ("\\frac{1}{n}\\sum_{k=1}^{n} \\sin \\frac{k\\pi}{n}", lambda v: m.sin(m.pi * v), "\\sin \\pi x", 2 / PI),
        ("\\frac{1}{n}\\sum_{k=1}^{n} \\sqrt{\\frac{k}{n}}", m.sqrt, "\\sqrt{x}", R(2, 3)),
    ]
    stex, fn, ftex, val = rng.choice(opts)
    ns = rng.choice([(10, 100, 1000), (10, 50, 500), (20, 200, 2000)])
    vals = [sum(fn(k / n) for k in range(1, n + 1)) / n for n in ns]
    rows = "\n".join(f"| {n} | {v:.5f} |" for n, v in zip(ns, vals, strict=True))
    tool = rng.choice(["공학 도구", "컴퓨터 프로그램", "스프레드시트"])
    text = (f"{name(rng)}는 {tool}를 이용하여 {_t('S_{n} = ' + stex, st)}의 값을 계산하여 다음 표를 얻었다.\n\n"
            f"| n | S_n |\n|---|---|\n{rows}\n\n"
            + rng.choice([f"n의 값이 한없이 커질 때 {_t('S_{n}', st)}이 가까워지는 값을 정적분 {_t(_int01(ftex), st)}"
                          f"를 계산하여 정확한 값으로 {_end(rng)}",
                          f"{_t(_LIMN + ' S_{n}', st)}을 정적분으로 나타내고, 그 값을 {_end(rng)}",
                          f"표의 값들이 가까워지는 값을 정적분을 이용하여 정확히 {_end(rng)}"]))
    text = text.replace(f"{tool}를", josa(tool, "을/를"))
    first = text.split("는 ", 1)[0]
    text = josa(first, "은/는") + " " + text.split("는 ", 1)[1]

    def chk() -> bool:
        return abs(vals[-1] - float(val)) < 0.01 and abs(_rsum(lambda k, n: fn(k / n) / n) - float(val)) < 1e-5

    return Problem(text=text, answer=_ans(val), format="data", difficulty=3, achievement_level="C",
                   concepts=["정적분", "급수"], check=chk)


def _int01(ftex: str) -> str:
    return f"\\int_{{0}}^{{1}} {ftex}\\,dx"


@family(S304, "abstract-f-sum")
def _p304_abstract(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "f", "g"])
    kind = rng.choice(["zero", "shift", "xf"])
    a_val = rng.choice([2, 3, 4, 6, 8, 12])
    if kind == "zero":
        p = rng.choice([2, 3, 4])
        given = f"\\int_{{0}}^{{{p}}} {fn}(x)\\,dx = {a_val}"
        c = rng.choice([1, 2])
        cf = "\\frac{1}{n}" if c == 1 else f"\\frac{{{c}}}{{n}}"
        lim = LIMSUM + f"{cf}{fn}\\left(\\frac{{{p}k}}{{n}}\\right)"
        ans = R(c * a_val, p)

        def term(k, n):
            return c / n * (a_val / p)
    elif kind == "shift":
        s0 = rng.choice([1, 2])
        p = rng.choice([1, 2, 3])
        given = f"\\int_{{{s0}}}^{{{s0 + p}}} {fn}(x)\\,dx = {a_val}"
        c = rng.choice([1, 3, p])
        cf = "\\frac{1}{n}" if c == 1 else f"\\frac{{{c}}}{{n}}"
        step = "\\frac{k}{n}" if p == 1 else f"\\frac{{{p}k}}{{n}}"
        lim = LIMSUM + f"{cf}{fn}\\left({s0} + {step}\\right)"
        ans = R(c * a_val, p)

        def term(k, n):
            return c / n * (a_val / p)
    else:
        given = f"\\int_{{0}}^{{1}} x{fn}(x)\\,dx = {a_val}"
        lim = LIMSUM + f"\\frac{{k}}{{n^{{2}}}}{fn}\\left(\\frac{{k}}{{n}}\\right)"
        ans = sp.Integer(a_val)

        def term(k, n):
            return k / n ** 2 * (2 * a_val)
    text = rng.choice([
        f"연속함수 {fn}(x)에 대하여 {_t(given, st)}일 때, {_t(lim, st)}의 {_end(rng, '값')}",
        f"실수 전체의 집합에서 연속인 함수 {fn}(x)가 {josa(_t(given, st), '을/를')} 만족시킬 때, {_t(lim, st)}의 {_end(rng, '값')}",
    ]).replace(f"{fn}(x)가", josa(f"{fn}(x)", "이/가"))
    d = 3 if kind == "zero" else 4
    fmt = "fill" if rng.random() < 0.25 else "computation"
    if fmt == "fill":
        text = f"연속함수 {fn}(x)에 대하여 {_t(given, st)}이면 {_t(lim, st)} = □이다. □ 안에 알맞은 수를 {_end(rng, '쓰')}"

    def chk() -> bool:
        return abs(_rsum(term, 400) - float(ans)) < 1e-6

    return Problem(text=text, answer=_ans(ans), format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정적분", "급수"], check=chk)


@family(S304, "product-limit-log")
def _p304_product(rng: random.Random) -> Problem:
    import math as m
    st = pick_style(rng)
    kind = rng.choice(["lnprod", "root", "lnsum", "lnsum2"])
    if kind == "lnprod":
        expr = "\\lim_{n \\to \\infty} \\frac{1}{n}\\ln \\frac{(n + 1)(n + 2)(n + 3) \\cdots (2n)}{n^{n}}"
        ans = 2 * sp.log(2) - 1

        def val() -> float:
            n = 4000
            return sum(m.log((n + k) / n) for k in range(1, n + 1)) / n
    elif kind == "root":
        expr = "\\lim_{n \\to \\infty} \\frac{\\sqrt[n]{(n + 1)(n + 2) \\cdots (2n)}}{n}"
        ans = 4 / E

        def val() -> float:
            n = 4000
            return m.exp(sum(m.log((n + k) / n) for k in range(1, n + 1)) / n)
    elif kind == "lnsum":
        expr = LIMSUM + "\\frac{1}{n}\\ln \\left(1 + \\frac{k}{n}\\right)"
        ans = 2 * sp.log(2) - 1

        def val() -> float:
            return _rsum(lambda k, n: m.log(1 + k / n) / n, 1000)
    else:
        expr = LIMSUM + "\\frac{2}{n}\\ln \\left(1 + \\frac{2k}{n}\\right)"
        ans = 3 * sp.log(3) - 2

        def val() -> float:
            return _rsum(lambda k, n: 2 / n * m.log(1 + 2 * k / n), 1000)
    ex = _t(expr, st)
    if kind == "lnprod" and st != "latex":
        ex = ("lim_(n→∞) (1/n) ln{(n + 1)(n + 2)(n + 3) ⋯ (2n) / nⁿ}" if st == "unicode"
              else "lim(n->inf) (1/n) ln[(n + 1)(n + 2)(n + 3) ... (2n) / n^n]")
    if kind == "root" and st != "latex":
        ex = "lim_(n→∞) ((n + 1)(n + 2) ⋯ (2n))^(1/n) / n" if st == "unicode" else "lim(n->inf) ((n + 1)(n + 2) ... (2n))^(1/n) / n"
    text = rng.choice([f"{ex}의 {_end(rng, '값')}", f"정적분을 이용하여 다음 극한값을 {_end(rng)}\n{ex}"])
    d = 5 if kind in ("lnprod", "root") else 4

    def chk() -> bool:
        return abs(val() - float(ans)) < (2e-3 if kind in ("lnprod", "root") else 1e-5)

    return Problem(text=text, answer=_ans(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정적분", "급수", "자연로그", "부분적분법"], also=[S303], check=chk)


_RS_FACTS = (
    # (statement tex when true, statement tex when false, python Riemann term, value of the true claim)
    (LIMSUM + "\\frac{1}{n}e^{\\frac{k}{n}} = e - 1", LIMSUM + "\\frac{1}{n}e^{\\frac{k}{n}} = e",
     lambda k, n: __import__("math").exp(k / n) / n, E - 1),
    (LIMSUM + "\\frac{1}{n + k} = \\ln 2", LIMSUM + "\\frac{1}{n + k} = \\ln 3", lambda k, n: 1 / (n + k), sp.log(2)),
    (LIMSUM + "\\frac{\\pi}{n}\\sin \\frac{k\\pi}{n} = 2", LIMSUM + "\\frac{\\pi}{n}\\sin \\frac{k\\pi}{n} = 0",
     lambda k, n: __import__("math").pi / n * __import__("math").sin(__import__("math").pi * k / n), sp.Integer(2)),
    (LIMSUM + "\\frac{2}{n}\\cdot\\frac{1}{1 + \\frac{2k}{n}} = \\ln 3", LIMSUM + "\\frac{2}{n}\\cdot\\frac{1}{1 + \\frac{2k}{n}} = 2\\ln 3",
     lambda k, n: 2 / n / (1 + 2 * k / n), sp.log(3)),
    (LIMSUM + "\\frac{1}{n}\\sqrt{\\frac{k}{n}} = \\frac{2}{3}", LIMSUM + "\\frac{1}{n}\\sqrt{\\frac{k}{n}} = \\frac{1}{2}",
     lambda k, n: (k / n) ** 0.5 / n, R(2, 3)),
    (LIMSUM + "\\frac{3}{n}\\cos \\frac{k\\pi}{2n} = \\frac{6}{\\pi}", LIMSUM + "\\frac{3}{n}\\cos \\frac{k\\pi}{2n} = 3",
     lambda k, n: 3 / n * __import__("math").cos(__import__("math").pi * k / (2 * n)), 6 / PI),
)


@family(S304, "bogi-sum-limits")
def _p304_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.65, 0.25, 0.1))
    picks = rng.sample(_RS_FACTS, 3)
    truths = [rng.random() < 0.55 for _ in picks]
    if not any(truths):
        truths[rng.randrange(3)] = True
    stmts = [(_t(good if ok else bad, st), ok) for (good, bad, _, _), ok in zip(picks, truths, strict=True)]
    block, ch = bogi(rng, stmts)
    text = f"{_bogi_q(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"

    def chk() -> bool:
        return all(abs(_rsum(term, 800) - float(v)) < 1e-5 for _, _, term, v in picks)

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["정적분", "급수"], choice=ch, check=chk)


# ================================================================================================
# 12미적Ⅱ-03-03 부분적분법
# ================================================================================================


def _parse(ans: str):
    """Parse a plain answer string such as ``(x - 1)e^x + C`` or ``2ln2 - 1`` back into sympy (for checks)."""
    from sympy.parsing.sympy_parser import (
        convert_xor,
        implicit_multiplication_application,
        parse_expr,
        standard_transformations,
    )
    s = ans.replace("+ C", "").replace("π", "pi").replace("−", "-").replace("√", "sqrt")
    s = re.sub(r"ln ?(\d+|x)", r"log(\1)", s).replace("ln", "log")
    s = s.replace("e^(", "exp(")
    s = re.sub(r"e\^(x|\d+)", r"exp(\1)", s)
    s = s.replace("²", "^2").replace("³", "^3")
    return parse_expr(s, local_dict={"x": X, "e": E, "pi": PI}, transformations=(*standard_transformations,
                      implicit_multiplication_application, convert_xor))


def _same_fn(expr, f, pts=(0.3, 0.8, 1.7)) -> bool:
    """sympy ``expr`` (in x) equals the python callable f at a few points."""
    return all(abs(float(expr.subs(X, v)) - f(v)) < 1e-8 * max(1.0, abs(f(v))) for v in pts)


def _frac_s(p: int, q: int) -> str:
    v = R(p, q)
    return str(v.p) if v.q == 1 else f"{v.p}/{v.q}"


def _parts_indef(rng: random.Random):
    """(integrand tex, plain antiderivative with + C, python integrand, also)."""
    import math as m
    kind = rng.choice(["xexp", "xexpneg", "xsin", "xcos", "ln", "xln", "x2ln", "lnx2"])
    a = rng.choice([1, 2, 3])
    if kind == "xexp":
        ex = "e^{x}" if a == 1 else f"e^{{{a}x}}"
        ex_p = "e^x" if a == 1 else f"e^({a}x)"
        ans = f"(x - 1){ex_p} + C" if a == 1 else f"(x/{a} - {_frac_s(1, a * a)}){ex_p} + C"
        return f"x{ex}", ans, (lambda v: v * m.exp(a * v))
    if kind == "xexpneg":
        return "xe^{-x}", "-(x + 1)e^(-x) + C", (lambda v: v * m.exp(-v))
    if kind == "xsin":
        arg, argp = ("x", "x") if a == 1 else (f"{a}x", f"{a}x")
        ans = "-x cos x + sin x + C" if a == 1 else f"-(x/{a})cos {argp} + ({_frac_s(1, a * a)})sin {argp} + C"
        return f"x\\sin {arg}", ans, (lambda v: v * m.sin(a * v))
    if kind == "xcos":
        arg = "x" if a == 1 else f"{a}x"
        ans = "x sin x + cos x + C" if a == 1 else f"(x/{a})sin {arg} + ({_frac_s(1, a * a)})cos {arg} + C"
        return f"x\\cos {arg}", ans, (lambda v: v * m.cos(a * v))
    if kind == "ln":
        return "\\ln x", "x ln x - x + C", m.log
    if kind == "xln":
        return "x\\ln x", "(x^2/2)ln x - x^2/4 + C", (lambda v: v * m.log(v))
    if kind == "x2ln":
        return "x^{2}\\ln x", "(x^3/3)ln x - x^3/9 + C", (lambda v: v * v * m.log(v))
    return "\\frac{\\ln x}{x^{2}}", "-(ln x)/x - 1/x + C", (lambda v: m.log(v) / v ** 2)



@family(S303, "parts-indefinite")
def _p303_indef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ftex, ans, fn = _parts_indef(rng)
    integ = f"\\int {ftex}\\,dx"
    text = rng.choice([
        f"부정적분 {_jt(integ, st, '을/를')} {_end(rng)}",
        f"다음 부정적분을 {_end(rng)}\n{_t(integ, st)}",
        f"부분적분법을 이용하여 {_jt(integ, st, '을/를')} {_end(rng)} (단, C는 적분상수이다.)",
        f"{_t(integ, st)}의 결과를 {_end(rng, '쓰')} (단, C는 적분상수)",
    ])
    d = 3 if "ln x}{x" not in ftex else 4

    def chk() -> bool:
        big = _parse(ans)
        der = sp.diff(big, X)
        return _same_fn(der, fn)

    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["부분적분법", "부정적분", "적분상수"], check=chk)


_PARTS_DEF = (
    # (integrand tex, a tex, a, b tex, b, exact value, python integrand)
    ("x\\sin x", "0", 0, "\\pi", PI, PI, lambda v: v * __import__("math").sin(v)),
    ("xe^{x}", "0", 0, "1", 1, sp.Integer(1), lambda v: v * __import__("math").exp(v)),
    ("\\ln x", "1", 1, "e", E, sp.Integer(1), lambda v: __import__("math").log(v)),
    ("x\\ln x", "1", 1, "e", E, (E ** 2 + 1) / 4, lambda v: v * __import__("math").log(v)),
    ("x\\cos x", "0", 0, "\\frac{\\pi}{2}", PI / 2, PI / 2 - 1, lambda v: v * __import__("math").cos(v)),
    ("xe^{x}", "0", 0, "\\ln 2", sp.log(2), 2 * sp.log(2) - 1, lambda v: v * __import__("math").exp(v)),
    ("xe^{-x}", "0", 0, "1", 1, 1 - 2 / E, lambda v: v * __import__("math").exp(-v)),
    ("\\frac{\\ln x}{x^{2}}", "1", 1, "e", E, 1 - 2 / E, lambda v: __import__("math").log(v) / v ** 2),
    ("\\ln x", "1", 1, "e^{2}", E ** 2, E ** 2 + 1, lambda v: __import__("math").log(v)),
    ("x\\sin 2x", "0", 0, "\\frac{\\pi}{2}", PI / 2, PI / 4, lambda v: v * __import__("math").sin(2 * v)),
    ("(x + 1)e^{x}", "0", 0, "1", 1, E, lambda v: (v + 1) * __import__("math").exp(v)),
    ("2x\\ln x", "1", 1, "2", 2, 4 * sp.log(2) - R(3, 2), lambda v: 2 * v * __import__("math").log(v)),
)


@family(S303, "parts-definite")
def _p303_def(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ftex, atex, a, btex, b, val, fn = rng.choice(_PARTS_DEF)
    val = _exact(val)
    integ = f"\\int_{{{atex}}}^{{{btex}}} {ftex}\\,dx"
    d = 3
    if rng.random() < 0.45:
        wrong = [val + 1, val - 1, 2 * val, val / 2, -val, val + R(1, 2)]
        ch = _opts(rng, val, wrong, st, positive=False)
        text = with_choices(f"{_t(integ, st)}의 값은?{_pts(rng, d)}", ch)
        ans_s, fmt = ch.label, "mcq"
    else:
        text = rng.choice([f"정적분 {_t(integ, st)}의 {_end(rng, '값')}", f"{_t(integ, st)}의 {_end(rng, '값')}",
                           f"다음 정적분의 값을 {_end(rng)}\n{_t(integ, st)}"])
        ans_s, fmt, ch = _ans(val), "computation", None

    def chk() -> bool:
        return _close(val, _num(fn, a, b))

    return Problem(text=text, answer=ans_s, format=fmt, difficulty=d, achievement_level="C",
                   concepts=["부분적분법", "정적분"], choice=ch, check=chk)


_PARTS_TWICE = (
    ("x^{2}e^{x}", "0", 0, "1", 1, E - 2, lambda v: v * v * __import__("math").exp(v)),
    ("x^{2}\\sin x", "0", 0, "\\pi", PI, PI ** 2 - 4, lambda v: v * v * __import__("math").sin(v)),
    ("(\\ln x)^{2}", "1", 1, "e", E, E - 2, lambda v: __import__("math").log(v) ** 2),
    ("x^{2}\\cos x", "0", 0, "\\frac{\\pi}{2}", PI / 2, PI ** 2 / 4 - 2, lambda v: v * v * __import__("math").cos(v)),
    ("e^{x}\\sin x", "0", 0, "\\pi", PI, (E ** PI + 1) / 2, lambda v: __import__("math").exp(v) * __import__("math").sin(v)),
    ("e^{x}\\cos x", "0", 0, "\\frac{\\pi}{2}", PI / 2, (E ** (PI / 2) - 1) / 2,
     lambda v: __import__("math").exp(v) * __import__("math").cos(v)),
    ("x^{2}e^{-x}", "0", 0, "1", 1, 2 - 5 / E, lambda v: v * v * __import__("math").exp(-v)),
)


@family(S303, "parts-twice-or-cyclic")
def _p303_twice(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ftex, atex, a, btex, b, val, fn = rng.choice(_PARTS_TWICE)
    val = _exact(val)
    integ = f"\\int_{{{atex}}}^{{{btex}}} {ftex}\\,dx"
    hint = rng.choice(["", " (부분적분법을 두 번 이용한다.)", ""])
    text = rng.choice([f"{_t(integ, st)}의 {_end(rng, '값')}{hint}",
                       f"부분적분법을 이용하여 정적분 {_t(integ, st)}의 {_end(rng, '값')}",
                       f"다음 정적분의 값을 {_end(rng)}{hint}\n{_t(integ, st)}"])
    d = 4

    def chk() -> bool:
        return _close(val, _num(fn, a, b))

    return Problem(text=text, answer=_ans(val), format="computation", difficulty=d, achievement_level="B",
                   concepts=["부분적분법", "정적분"], check=chk)


@family(S303, "parts-fill-steps")
def _p303_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["xexp", "xcos", "xln"])
    if kind == "xexp":
        a = rng.choice([1, 2, 3])
        ex = "e^{x}" if a == 1 else f"e^{{{a}x}}"
        v = ex if a == 1 else f"\\frac{{1}}{{{a}}}{ex}"
        integ, u, vp = f"\\int x{ex}\\,dx", "x", ex
        ga, na = "1", _t(v, "plain")
        last = ("(x - 1)e^x + C" if a == 1 else f"(x/{a} - {_frac_s(1, a * a)})e^({a}x) + C")
        rest = f"\\int {v}\\,dx"

        def fn(s):
            return s * mpmath.exp(a * s)
    elif kind == "xcos":
        integ, u, vp = "\\int x\\cos x\\,dx", "x", "\\cos x"
        ga, na, last = "1", "sin x", "x sin x + cos x + C"
        rest = "\\int \\sin x\\,dx"

        def fn(s):
            return s * mpmath.cos(s)
    else:
        integ, u, vp = "\\int x\\ln x\\,dx", "\\ln x", "x"
        ga, na, last = "1/x", "x^2/2", "(x^2/2)ln x - x^2/4 + C"
        rest = "\\int \\frac{x}{2}\\,dx"

        def fn(s):
            return s * mpmath.log(s)
    text = (f"다음은 부분적분법을 이용하여 {_jt(integ, st, '을/를')} 구하는 과정이다. (가), (나), (다)에 알맞은 것을 "
            f"{_end(rng, '쓰')} (단, C는 적분상수이다.)\n\n"
            f"{_t('f(x) = ' + u, st)}, {_t(_gp(vp), st)}로 놓으면 {_t(_fp(), st)} = (가), {_t('g(x)', st)} = (나)이므로\n"
            f"{_t(integ, st)} = {_t('f(x)g(x)', st)} − {_t(rest, st)} = (다)")
    if st != "unicode":
        text = text.replace(" − ", " - ")
    answer = f"(가) {ga}, (나) {na}, (다) {last}"

    def chk() -> bool:
        big = _parse(last)
        return _same_fn(sp.diff(big, X), lambda s: float(fn(s)))

    return Problem(text=text, answer=answer, format="fill", difficulty=3, achievement_level="C",
                   concepts=["부분적분법", "부정적분", "적분상수"], check=chk)


def _gp(vp: str) -> str:
    return f"g'(x) = {vp}"


def _fp() -> str:
    return "f'(x)"


@family(S303, "recover-function-from-derivative")
def _p303_recover(rng: random.Random) -> Problem:
    import math as m
    st = pick_style(rng)
    kind = rng.choice(["xexp", "ln", "xsin", "xcos"])
    c0 = rng.choice([0, 1, 2, 3, -1])
    fn = rng.choice(["f", "f", "g"])
    if kind == "xexp":
        der, x0, x1, x1tex = "xe^{x}", 0, 1, "1"
        def big(v):
            return ((v - 1) * m.exp(v))
        val = sp.Integer(c0 + 1)
    elif kind == "ln":
        der, x0, x1, x1tex = "\\ln x", 1, E, "e"
        def big(v):
            return (v * m.log(v) - v)
        val = sp.Integer(c0 + 1)
    elif kind == "xsin":
        der, x0, x1, x1tex = "x\\sin x", 0, PI, "\\pi"
        def big(v):
            return (-v * m.cos(v) + m.sin(v))
        val = c0 + PI
    else:
        der, x0, x1, x1tex = "x\\cos x", 0, PI / 2, "\\frac{\\pi}{2}"
        def big(v):
            return (v * m.sin(v) + m.cos(v))
        val = c0 + PI / 2 - 1
    x0tex = "0" if x0 == 0 else "1"
    cond = _t(f"{fn}({x0tex}) = {c0}", st)
    fprime = _t(f"{fn}'(x) = {der}", st)
    text = rng.choice([
        f"함수 {fn}(x)가 {fprime}를 만족시키고 {cond}일 때, {_t(f'{fn}({x1tex})', st)}의 {_end(rng, '값')}",
        f"미분가능한 함수 {fn}(x)에 대하여 {fprime}이고 {cond}이다. {_t(f'{fn}({x1tex})', st)}의 {_end(rng, '값')}",
        f"곡선 {_t(f'y = {fn}(x)', st)} 위의 점 (x, {fn}(x))에서의 접선의 기울기가 {_t(der, st)}이고, 이 곡선이 점 "
        f"({x0tex}, {c0})를 지날 때, {_t(f'{fn}({x1tex})', st)}의 {_end(rng, '값')}",
    ])
    text = text.replace(f"{fn}(x)가", josa(f"{fn}(x)", "이/가")).replace(f"{fprime}를", josa(fprime, "을/를"))
    text = text.replace(f"({x0tex}, {c0})를", josa(f"({x0tex}, {c0})", "을/를"))
    d = 3

    def chk() -> bool:
        return _close(val, c0 + big(float(x1)) - big(float(x0)))

    return Problem(text=text, answer=_ans(val), format="word" if "곡선" in text else "computation", difficulty=d,
                   achievement_level="C", concepts=["부분적분법", "부정적분", "적분상수"], check=chk)


@family(S303, "table-values-fg-prime")
def _p303_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f0, f1, g0, g1 = (rng.randint(-3, 5) for _ in range(4))
    a_int = rng.randint(-4, 6)
    fa, ga = rng.choice([("f", "g"), ("f", "g"), ("p", "q")])
    ask_prime_on = rng.choice(["g", "f"])
    bracket = f1 * g1 - f0 * g0
    ans = sp.Integer(bracket - a_int)
    if ask_prime_on == "g":
        known = f"\\int_{{0}}^{{1}} {fa}'(x){ga}(x)\\,dx = {a_int}"
        want = f"\\int_{{0}}^{{1}} {fa}(x){ga}'(x)\\,dx"
    else:
        known = f"\\int_{{0}}^{{1}} {fa}(x){ga}'(x)\\,dx = {a_int}"
        want = f"\\int_{{0}}^{{1}} {fa}'(x){ga}(x)\\,dx"
    table = (f"| x | 0 | 1 |\n|---|---|---|\n| {fa}(x) | {f0} | {f1} |\n| {ga}(x) | {g0} | {g1} |")
    text = (f"미분가능한 두 함수 {fa}(x), {ga}(x)의 x = 0, x = 1에서의 함숫값이 다음 표와 같다. "
            f"(단, {fa}′(x), {ga}′(x)는 연속이다.)\n\n{table}\n\n"
            f"{_t(known, st)}일 때, {_t(want, st)}의 {_end(rng, '값')}")
    if st != "unicode":
        text = text.replace("′", "'")
    d = 4

    def chk() -> bool:
        # a concrete pair with these values: f = f0 + (f1 - f0)x, g = g0 + (g1 - g0)x + c·x(1 - x) tuned to a_int
        df, dg = f1 - f0, g1 - g0
        # ∫ f'g = df·(g0 + dg/2 + c/6) = a_int needs df != 0; otherwise fall back to the identity itself
        if df == 0:
            return int(ans) == bracket - a_int
        cc = 6 * (R(a_int, df) - g0 - R(dg, 2))

        def fv(s):
            return f0 + df * s

        def gv(s):
            return g0 + dg * s + float(cc) * s * (1 - s)

        def gpv(s):
            return dg + float(cc) * (1 - 2 * s)
        fpg = _num(lambda s: df * gv(s), 0, 1)
        fgp = _num(lambda s: fv(s) * gpv(s), 0, 1)
        target = fgp if ask_prime_on == "g" else fpg
        given = fpg if ask_prime_on == "g" else fgp
        if abs(given - a_int) > 1e-9:  # the concrete pair is built for ∫ f'g; swap roles when needed
            return abs((fpg + fgp) - bracket) < 1e-9 and int(ans) == bracket - a_int
        return abs(target - float(ans)) < 1e-9

    return Problem(text=text, answer=str(ans), format="data", difficulty=d, achievement_level="B",
                   concepts=["부분적분법", "정적분"], check=chk)


@family(S303, "abstract-xf-prime")
def _p303_abstract(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "f", "g"])
    kind = rng.choice(["xfp", "xfpp"])
    b = rng.choice([1, 2, 3])
    if kind == "xfp":
        fb = rng.randint(-3, 6)
        ib = rng.randint(-5, 8)
        given = [f"{fn}({b}) = {fb}", f"\\int_{{0}}^{{{b}}} {fn}(x)\\,dx = {ib}"]
        want = f"\\int_{{0}}^{{{b}}} x{fn}'(x)\\,dx"
        ans = sp.Integer(b * fb - ib)
    else:
        fpb = rng.randint(-3, 6)
        fb, f0 = rng.randint(-4, 6), rng.randint(-4, 6)
        given = [f"{fn}'({b}) = {fpb}", f"{fn}({b}) = {fb}", f"{fn}(0) = {f0}"]
        want = f"\\int_{{0}}^{{{b}}} x{fn}''(x)\\,dx"
        ans = sp.Integer(b * fpb - (fb - f0))
    gtxt = ", ".join(_t(g, st) for g in given)
    text = rng.choice([
        f"{'이계도함수가' if kind == 'xfpp' else '도함수가'} 연속인 함수 {fn}(x)에 대하여 {gtxt}일 때, {_t(want, st)}의 {_end(rng, '값')}",
        f"함수 {fn}(x)가 {gtxt}를 만족시킨다. {_t(want, st)}의 {_end(rng, '값')} "
        f"(단, {fn}(x)의 {'이계도함수' if kind == 'xfpp' else '도함수'}는 연속이다.)",
    ])
    text = text.replace(f"{fn}(x)가", josa(f"{fn}(x)", "이/가"))
    text = re.sub(r"(\S+)를 만족시킨다", lambda mm: josa(mm.group(1), "을/를") + " 만족시킨다", text)
    d = 4 if kind == "xfp" else 5
    # concrete check: a polynomial with the given data, integrated numerically
    if kind == "xfp":
        # f(x) = p + q x with f(b) = fb and ∫_0^b f = ib
        q = R(2 * (b * fb - ib), b * b)
        p = fb - q * b

        def chk() -> bool:
            return _close(ans, _num(lambda s: s * float(q), 0, b)) and _close(ib, _num(lambda s: float(p + q * s), 0, b))
    else:
        # f(x) = f0 + c1 x + c2 x² + c3 x³ matching f(b), f'(b)
        c3 = R(1)
        c2 = (R(fpb) - 3 * c3 * b * b - R(fb - f0 - c3 * b ** 3) / b) / b
        c1 = R(fb - f0 - c3 * b ** 3 - c2 * b * b, b)

        def chk() -> bool:
            ok = _close(fpb, float(c1 + 2 * c2 * b + 3 * c3 * b * b)) and _close(fb, float(f0 + c1 * b + c2 * b * b + c3 * b ** 3))
            return ok and _close(ans, _num(lambda s: s * float(2 * c2 + 6 * c3 * s), 0, b))

    return Problem(text=text, answer=str(ans), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["부분적분법", "정적분"], check=chk)


@family(S303, "parts-rate-context")
def _p303_context(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, tau = rng.choice([(10, 1), (20, 2), (6, 1), (30, 5), (12, 2), (40, 10)])
    nmul = rng.choice([1, 2])
    big_t = nmul * tau
    ctx = rng.choice([
        ("어떤 약을 먹은 지 t시간 후 약 성분이 혈액으로 흡수되는 속도가 시간당 {r} mg이다. 약을 먹은 후 {T}시간 동안 흡수된 약 성분의 양은 몇 mg인지", "시간"),
        ("어느 전시회의 문을 연 지 t분 후 입장하는 관람객의 수가 분당 {r}명이다. 문을 연 후 {T}분 동안 입장한 관람객은 모두 몇 명인지", "분"),
        ("어느 공장에서 기계를 가동한 지 t시간 후의 생산 속도가 시간당 {r}개이다. 가동 후 {T}시간 동안 생산된 제품은 모두 몇 개인지", "시간"),
    ])
    rtex = f"{a}te^{{-t}}" if tau == 1 else f"{a}te^{{-\\frac{{t}}{{{tau}}}}}"
    ans = sp.expand(a * tau ** 2 * (1 - sp.exp(-nmul) * (1 + nmul)))
    text = ctx[0].format(r=_t(rtex, st), T=big_t) + " " + _end(rng) + rng.choice(["", " (단, e는 그대로 둔다.)"])

    def chk() -> bool:
        return _close(ans, _num(lambda s: a * s * mpmath.exp(-s / tau), 0, big_t))

    return Problem(text=text, answer=_ans(ans), format="word", difficulty=4, achievement_level="B",
                   concepts=["부분적분법", "정적분", "e"], also=[S307], check=chk)


# ================================================================================================
# 12미적Ⅱ-03-02 치환적분법
# ================================================================================================


def _subst_indef(rng: random.Random):
    """(integrand tex, plain antiderivative + C, python integrand, domain points)."""
    import math as m
    kind = rng.choice(["xexp2", "sinpow", "lnpow", "lin_exp", "lin_cos", "xsqrt", "expfrac", "xpow"])
    pts = (0.3, 0.8, 1.3)
    if kind == "xexp2":
        c = rng.choice([1, 2])
        tex = "2xe^{x^{2}}" if c == 2 else "xe^{x^{2}}"
        ans = "e^(x^2) + C" if c == 2 else "(1/2)e^(x^2) + C"
        return tex, ans, (lambda v: c * v * m.exp(v * v)), pts
    if kind == "sinpow":
        n = rng.choice([2, 3, 4])
        return (f"\\sin^{{{n}}} x\\cos x", f"(1/{n + 1})(sin x)^{n + 1} + C", (lambda v: m.sin(v) ** n * m.cos(v)), pts)
    if kind == "lnpow":
        n = rng.choice([1, 2, 3])
        tex = "\\frac{\\ln x}{x}" if n == 1 else f"\\frac{{(\\ln x)^{{{n}}}}}{{x}}"
        return tex, f"(1/{n + 1})(ln x)^{n + 1} + C", (lambda v: m.log(v) ** n / v), (1.3, 2.0, 3.1)
    if kind == "lin_exp":
        a, b = rng.choice([2, 3, 4]), rng.choice([1, -1, 2, 3])
        sgn = "+" if b > 0 else "-"
        return (f"e^{{{a}x {sgn} {abs(b)}}}", f"(1/{a})e^({a}x {sgn} {abs(b)}) + C", (lambda v: m.exp(a * v + b)), pts)
    if kind == "lin_cos":
        a = rng.choice([2, 3, 4])
        return f"\\cos ({a}x + 1)", f"(1/{a})sin({a}x + 1) + C", (lambda v: m.cos(a * v + 1)), pts
    if kind == "xsqrt":
        c = rng.choice([1, 2, 3])
        return (f"x\\sqrt{{x^{{2}} + {c}}}", f"(1/3)(x^2 + {c})^(3/2) + C", (lambda v: v * m.sqrt(v * v + c)), pts)
    if kind == "expfrac":
        c = rng.choice([1, 2, 3])
        return (f"\\frac{{e^{{x}}}}{{e^{{x}} + {c}}}", f"ln(e^x + {c}) + C", (lambda v: m.exp(v) / (m.exp(v) + c)), pts)
    n = rng.choice([3, 4, 5])
    return (f"x(x^{{2}} + 1)^{{{n}}}", f"(1/{2 * (n + 1)})(x^2 + 1)^{n + 1} + C", (lambda v: v * (v * v + 1) ** n), pts)


@family(S302, "substitution-indefinite")
def _p302_indef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ftex, ans, fn, pts = _subst_indef(rng)
    integ = f"\\int {ftex}\\,dx"
    text = rng.choice([
        f"부정적분 {_jt(integ, st, '을/를')} {_end(rng)}",
        f"치환적분법을 이용하여 {_jt(integ, st, '을/를')} {_end(rng)} (단, C는 적분상수이다.)",
        f"다음 부정적분을 {_end(rng)} (단, C는 적분상수)\n{_t(integ, st)}",
    ])
    d = 3

    def chk() -> bool:
        return _same_fn(sp.diff(_parse(ans), X), fn, pts)

    shown = re.sub(r"\((sin|cos) x\)\^(\d)", r"\1^\2 x", ans)
    return Problem(text=text, answer=shown, format="computation", difficulty=d, achievement_level="C",
                   concepts=["치환적분법", "부정적분", "적분상수"], check=chk)


_LOGDERIV = (
    ("\\frac{2x}{x^{2} + 1}", "0", 0, "1", 1, sp.log(2), lambda v: 2 * v / (v * v + 1)),
    ("\\frac{2x}{x^{2} + 1}", "0", 0, "\\sqrt{e - 1}", sp.sqrt(E - 1), sp.Integer(1), lambda v: 2 * v / (v * v + 1)),
    ("\\tan x", "0", 0, "\\frac{\\pi}{4}", PI / 4, sp.log(2) / 2, lambda v: __import__("math").tan(v)),
    ("\\tan x", "0", 0, "\\frac{\\pi}{3}", PI / 3, sp.log(2), lambda v: __import__("math").tan(v)),
    ("\\frac{1}{x\\ln x}", "e", E, "e^{2}", E ** 2, sp.log(2), lambda v: 1 / (v * __import__("math").log(v))),
    ("\\frac{e^{x}}{e^{x} + 1}", "0", 0, "\\ln 3", sp.log(3), sp.log(2), lambda v: __import__("math").exp(v) / (__import__("math").exp(v) + 1)),
    ("\\frac{\\cos x}{\\sin x + 1}", "0", 0, "\\frac{\\pi}{2}", PI / 2, sp.log(2),
     lambda v: __import__("math").cos(v) / (__import__("math").sin(v) + 1)),
    ("\\frac{3x^{2}}{x^{3} + 1}", "0", 0, "2", 2, 2 * sp.log(3), lambda v: 3 * v * v / (v ** 3 + 1)),
    ("\\frac{2x + 1}{x^{2} + x + 1}", "0", 0, "1", 1, sp.log(3), lambda v: (2 * v + 1) / (v * v + v + 1)),
)


@family(S302, "log-derivative-form")
def _p302_logd(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ftex, atex, a, btex, b, val, fn = rng.choice(_LOGDERIV)
    integ = f"\\int_{{{atex}}}^{{{btex}}} {ftex}\\,dx"
    d = 3
    if rng.random() < 0.45:
        wrong = [val * 2, val / 2, val + 1, sp.log(3) if val != sp.log(3) else sp.log(4), sp.Integer(1) if val != 1 else sp.Integer(2)]
        ch = _opts(rng, val, wrong, st)
        text = with_choices(f"{_t(integ, st)}의 값은?{_pts(rng, d)}", ch)
        ans_s, fmt = ch.label, "mcq"
    else:
        text = rng.choice([f"정적분 {_t(integ, st)}의 {_end(rng, '값')}", f"{_t(integ, st)}의 {_end(rng, '값')}"])
        ans_s, fmt, ch = _ans(val), "computation", None

    def chk() -> bool:
        return _close(val, _num(fn, a, b))

    return Problem(text=text, answer=ans_s, format=fmt, difficulty=d, achievement_level="C",
                   concepts=["치환적분법", "정적분", "ln x"], choice=ch, check=chk)


_SUBDEF = (
    ("xe^{x^{2}}", "0", 0, "1", 1, (E - 1) / 2, lambda v: v * __import__("math").exp(v * v)),
    ("\\sin^{2} x\\cos x", "0", 0, "\\frac{\\pi}{2}", PI / 2, R(1, 3), lambda v: __import__("math").sin(v) ** 2 * __import__("math").cos(v)),
    ("\\frac{(\\ln x)^{2}}{x}", "1", 1, "e", E, R(1, 3), lambda v: __import__("math").log(v) ** 2 / v),
    ("x\\sqrt{x^{2} + 1}", "0", 0, "\\sqrt{3}", sp.sqrt(3), R(7, 3), lambda v: v * (v * v + 1) ** 0.5),
    ("e^{\\sin x}\\cos x", "0", 0, "\\frac{\\pi}{2}", PI / 2, E - 1, lambda v: __import__("math").exp(__import__("math").sin(v)) * __import__("math").cos(v)),
    ("\\frac{x}{(x^{2} + 1)^{2}}", "0", 0, "1", 1, R(1, 4), lambda v: v / (v * v + 1) ** 2),
    ("\\frac{\\sin x}{\\cos^{2} x}", "0", 0, "\\frac{\\pi}{3}", PI / 3, sp.Integer(1), lambda v: __import__("math").sin(v) / __import__("math").cos(v) ** 2),
    ("\\frac{1}{\\sqrt{2x + 1}}", "0", 0, "4", 4, sp.Integer(2), lambda v: 1 / (2 * v + 1) ** 0.5),
    ("\\frac{e^{\\sqrt{x}}}{\\sqrt{x}}", "1", 1, "4", 4, 2 * E ** 2 - 2 * E, lambda v: __import__("math").exp(v ** 0.5) / v ** 0.5),
    ("\\sin x\\cos^{3} x", "0", 0, "\\frac{\\pi}{2}", PI / 2, R(1, 4), lambda v: __import__("math").sin(v) * __import__("math").cos(v) ** 3),
)


@family(S302, "substitution-definite")
def _p302_def(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ftex, atex, a, btex, b, val, fn = rng.choice(_SUBDEF)
    val = _exact(val)
    integ = f"\\int_{{{atex}}}^{{{btex}}} {ftex}\\,dx"
    d = 3 if val.is_Rational else 4
    if rng.random() < 0.4:
        wrong = [val * 2, val / 2, val + 1, val + R(1, 2), val * 3]
        ch = _opts(rng, val, wrong, st)
        text = with_choices(f"{_t(integ, st)}의 값은?{_pts(rng, d)}", ch)
        ans_s, fmt = ch.label, "mcq"
    else:
        text = rng.choice([f"{_t(integ, st)}의 {_end(rng, '값')}", f"치환적분법을 이용하여 {_t(integ, st)}의 {_end(rng, '값')}",
                           f"다음 정적분의 값을 {_end(rng)}\n{_t(integ, st)}"])
        ans_s, fmt, ch = _ans(val), "computation", None

    def chk() -> bool:
        return _close(val, _num(fn, a, b))

    return Problem(text=text, answer=ans_s, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["치환적분법", "정적분"], choice=ch, check=chk)


@family(S302, "trig-substitution")
def _p302_trig(rng: random.Random) -> Problem:
    import math as m
    st = pick_style(rng)
    kind = rng.choice(["circ", "circ_a", "arcsin", "tan"])
    if kind == "circ":
        integ, val, fn, sub = "\\int_{0}^{1} \\sqrt{1 - x^{2}}\\,dx", PI / 4, (lambda v: m.sqrt(max(0.0, 1 - v * v))), (0, 1)
        hint = "x = \\sin \\theta"
    elif kind == "circ_a":
        a = rng.choice([2, 3, 4])
        integ = f"\\int_{{0}}^{{{a}}} \\sqrt{{{a * a} - x^{{2}}}}\\,dx"
        val, fn, sub = PI * a * a / 4, (lambda v: m.sqrt(max(0.0, a * a - v * v))), (0, a)
        hint = f"x = {a}\\sin \\theta"
    elif kind == "arcsin":
        up, up_t, val = rng.choice([(0.5, "\\frac{1}{2}", PI / 6), (m.sqrt(3) / 2, "\\frac{\\sqrt{3}}{2}", PI / 3),
                                    (m.sqrt(2) / 2, "\\frac{\\sqrt{2}}{2}", PI / 4)])
        integ = f"\\int_{{0}}^{{{up_t}}} \\frac{{1}}{{\\sqrt{{1 - x^{{2}}}}}}\\,dx"
        fn, sub = (lambda v: 1 / m.sqrt(1 - v * v)), (0, up)
        hint = "x = \\sin \\theta"
    else:
        up, up_t, val = rng.choice([(1, "1", PI / 4), (m.sqrt(3), "\\sqrt{3}", PI / 3), (1 / m.sqrt(3), "\\frac{1}{\\sqrt{3}}", PI / 6)])
        integ = f"\\int_{{0}}^{{{up_t}}} \\frac{{1}}{{1 + x^{{2}}}}\\,dx"
        fn, sub = (lambda v: 1 / (1 + v * v)), (0, up)
        hint = "x = \\tan \\theta"
    rng_t = "-\\frac{\\pi}{2} < \\theta < \\frac{\\pi}{2}" if "tan" in hint else "-\\frac{\\pi}{2} \\le \\theta \\le \\frac{\\pi}{2}"
    text = rng.choice([
        f"{_jt(hint, st, '으로/로')} 치환하여 {_t(integ, st)}의 {_end(rng, '값')} (단, {_t(rng_t, st)})",
        f"{_t(integ, st)}의 {_end(rng, '값')}",
        f"적당한 치환을 이용하여 정적분 {_t(integ, st)}의 {_end(rng, '값')}",
    ])
    if kind in ("circ", "circ_a") and rng.random() < 0.3:
        text += " 또 이 값이 나타내는 도형의 넓이가 무엇인지 설명하시오."
    d = 4

    def chk() -> bool:
        return _close(val, _num(fn, *sub))

    return Problem(text=text, answer=_ans(val), format="computation", difficulty=d, achievement_level="B",
                   concepts=["치환적분법", "정적분"], check=chk)


@family(S302, "substitution-fill-steps")
def _p302_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["xexp", "lnx", "sincos"])
    if kind == "xexp":
        b = rng.choice([1, 2, 3])
        integ = f"\\int_{{0}}^{{{b}}} xe^{{x^{{2}}}}\\,dx"
        sub, dt = "t = x^{2}", "2x"
        newint = "\\frac{1}{2}\\int_{0}^{(나)} e^{t}\\,dt"
        val = (E ** (b * b) - 1) / 2
        ans = f"(가) 2x, (나) {b * b}, (다) {_ans(val)}"

        def fn(s):
            return s * mpmath.exp(s * s)
        ab = (0, b)
    elif kind == "lnx":
        n = rng.choice([1, 2, 3])
        integ = f"\\int_{{1}}^{{e}} \\frac{{(\\ln x)^{{{n}}}}}{{x}}\\,dx" if n > 1 else "\\int_{1}^{e} \\frac{\\ln x}{x}\\,dx"
        sub, dt = "t = \\ln x", "\\frac{1}{x}"
        newint = f"\\int_{{0}}^{{(나)}} t^{{{n}}}\\,dt" if n > 1 else "\\int_{0}^{(나)} t\\,dt"
        val = R(1, n + 1)
        ans = f"(가) 1/x, (나) 1, (다) {_ans(val)}"

        def fn(s):
            return mpmath.log(s) ** n / s
        ab = (1, float(E))
    else:
        n = rng.choice([2, 3, 4])
        integ = f"\\int_{{0}}^{{\\frac{{\\pi}}{{2}}}} \\sin^{{{n}}} x\\cos x\\,dx"
        sub, dt = "t = \\sin x", "\\cos x"
        newint = f"\\int_{{0}}^{{(나)}} t^{{{n}}}\\,dt"
        val = R(1, n + 1)
        ans = f"(가) cos x, (나) 1, (다) {_ans(val)}"

        def fn(s):
            return mpmath.sin(s) ** n * mpmath.cos(s)
        ab = (0, float(PI / 2))
    dtdx = _t("\\frac{dt}{dx}", st) if st == "latex" else "dt/dx"
    text = (f"다음은 치환적분법을 이용하여 {_t(integ, st)}의 값을 구하는 과정이다. (가), (나), (다)에 알맞은 것을 {_end(rng, '쓰')}\n\n"
            f"{_jt(sub, st, '으로/로')} 놓으면 {dtdx} = (가)이고, x의 값이 적분 구간의 양 끝 값일 때 t의 값은 각각 0, (나)이다.\n"
            f"따라서 (주어진 식) = {_t(newint, st)} = (다)")
    if kind != "xexp":
        text = text.replace("각각 0, (나)", "각각 0, (나)")

    def chk() -> bool:
        return _close(val, _num(fn, *ab)) and dt != ""

    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["치환적분법", "정적분"], check=chk)


@family(S302, "abstract-f-substitution")
def _p302_abstract(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "f", "g"])
    kind = rng.choice(["scale", "ln", "sin", "exp", "shift"])
    a_val = rng.choice([2, 3, 4, 5, 6, 8])
    if kind == "scale":
        k = rng.choice([2, 3])
        b = rng.choice([1, 2])
        given = f"\\int_{{0}}^{{{k * b}}} {fn}(x)\\,dx = {a_val}"
        want = f"\\int_{{0}}^{{{b}}} {fn}({k}x)\\,dx"
        ans = R(a_val, k)
        lo, hi, trans = 0, b, (lambda s, f: f(k * s))
        flo, fhi = 0, k * b
    elif kind == "ln":
        given = f"\\int_{{0}}^{{1}} {fn}(x)\\,dx = {a_val}"
        want = f"\\int_{{1}}^{{e}} \\frac{{{fn}(\\ln x)}}{{x}}\\,dx"
        ans = sp.Integer(a_val)
        lo, hi, trans = 1, float(E), (lambda s, f: f(mpmath.log(s)) / s)
        flo, fhi = 0, 1
    elif kind == "sin":
        given = f"\\int_{{0}}^{{1}} {fn}(x)\\,dx = {a_val}"
        want = f"\\int_{{0}}^{{\\frac{{\\pi}}{{2}}}} {fn}(\\sin x)\\cos x\\,dx"
        ans = sp.Integer(a_val)
        lo, hi, trans = 0, float(PI / 2), (lambda s, f: f(mpmath.sin(s)) * mpmath.cos(s))
        flo, fhi = 0, 1
    elif kind == "exp":
        given = f"\\int_{{1}}^{{e}} {fn}(x)\\,dx = {a_val}"
        want = f"\\int_{{0}}^{{1}} e^{{x}}{fn}(e^{{x}})\\,dx"
        ans = sp.Integer(a_val)
        lo, hi, trans = 0, 1, (lambda s, f: mpmath.exp(s) * f(mpmath.exp(s)))
        flo, fhi = 1, float(E)
    else:
        c = rng.choice([1, 2, 3])
        given = f"\\int_{{{c}}}^{{{c + 2}}} {fn}(x)\\,dx = {a_val}"
        want = f"\\int_{{0}}^{{2}} {fn}(x + {c})\\,dx"
        ans = sp.Integer(a_val)
        lo, hi, trans = 0, 2, (lambda s, f: f(s + c))
        flo, fhi = c, c + 2
    text = rng.choice([
        f"연속함수 {fn}(x)에 대하여 {_t(given, st)}일 때, {_t(want, st)}의 {_end(rng, '값')}",
        f"실수 전체의 집합에서 연속인 함수 {fn}(x)가 {josa(_t(given, st), '을/를')} 만족시킬 때, {_t(want, st)}의 {_end(rng, '값')}",
        f"연속함수 {fn}(x)에 대하여 {_t(given, st)}이면 {_t(want, st)} = □이다. □ 안에 알맞은 수를 {_end(rng, '쓰')}",
    ]).replace(f"{fn}(x)가", josa(f"{fn}(x)", "이/가"))
    if kind == "ln" or kind == "sin":
        text = text.replace("실수 전체의 집합에서 연속인", "연속인")
    fmt = "fill" if "□" in text else "computation"
    d = 3 if kind in ("scale", "shift") else 4

    def chk() -> bool:
        # a concrete continuous f whose integral over [flo, fhi] is a_val: a constant function
        cval = a_val / (float(fhi) - float(flo))
        return _close(ans, _num(lambda s: trans(s, lambda _u: cval), lo, hi))

    return Problem(text=text, answer=_ans(ans), format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["치환적분법", "정적분"], check=chk)


@family(S302, "table-composite-derivative")
def _p302_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs = [0, 1, 2, 3, 4, 6]
    vals = {x: rng.randint(-4, 9) for x in xs}
    kind = rng.choice(["scale", "sq", "shift"])
    fn = rng.choice(["f", "g"])
    if kind == "scale":
        k, b = rng.choice([(2, 1), (2, 2), (3, 1), (2, 3)])
        want = f"\\int_{{0}}^{{{b}}} {fn}'({k}x)\\,dx"
        ans = R(vals[k * b] - vals[0], k)
    elif kind == "sq":
        b = rng.choice([1, 2])
        want = f"\\int_{{0}}^{{{b}}} x{fn}'(x^{{2}})\\,dx"
        ans = R(vals[b * b] - vals[0], 2)
    else:
        c = rng.choice([1, 2])
        b = rng.choice([1, 2])
        want = f"\\int_{{0}}^{{{b}}} {fn}'(x + {c})\\,dx"
        ans = sp.Integer(vals[b + c] - vals[c])
    table = "| x | " + " | ".join(str(x) for x in xs) + " |\n|---|" + "---|" * len(xs) + "\n| " + f"{fn}(x) | " + \
        " | ".join(str(vals[x]) for x in xs) + " |"
    text = (f"도함수가 연속인 함수 {fn}(x)의 몇 개의 함숫값이 다음 표와 같다.\n\n{table}\n\n"
            f"{_t(want, st)}의 {_end(rng, '값')}")
    d = 4 if kind == "sq" else 3

    def chk() -> bool:
        # interpolate the table by a polynomial and integrate the transformed derivative numerically
        poly = sp.interpolate([(x, vals[x]) for x in xs], X)
        dp = sp.lambdify(X, sp.diff(poly, X), "mpmath")
        if kind == "scale":
            num = _num(lambda s: dp(k * s), 0, b)
        elif kind == "sq":
            num = _num(lambda s: s * dp(s * s), 0, b)
        else:
            num = _num(lambda s: dp(s + c), 0, b)
        return _close(ans, num, 1e-6)

    return Problem(text=text, answer=_ans(ans), format="data", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["치환적분법", "정적분"], check=chk)


@family(S302, "bogi-substitution-identities")
def _p302_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.65, 0.25, 0.1))
    fn = rng.choice(["f", "g"])
    pool = [
        (f"\\int_{{0}}^{{1}} {fn}(1 - x)\\,dx = \\int_{{0}}^{{1}} {fn}(x)\\,dx", f"\\int_{{0}}^{{1}} {fn}(1 - x)\\,dx = -\\int_{{0}}^{{1}} {fn}(x)\\,dx",
         lambda f: (_num(lambda s: f(1 - s), 0, 1), _num(f, 0, 1)), lambda a, b: (a, b), lambda a, b: (a, -b)),
        (f"\\int_{{0}}^{{2}} {fn}(2x)\\,dx = \\frac{{1}}{{2}}\\int_{{0}}^{{4}} {fn}(x)\\,dx", f"\\int_{{0}}^{{2}} {fn}(2x)\\,dx = 2\\int_{{0}}^{{4}} {fn}(x)\\,dx",
         lambda f: (_num(lambda s: f(2 * s), 0, 2), _num(f, 0, 4)), lambda a, b: (a, b / 2), lambda a, b: (a, 2 * b)),
        (f"\\int_{{-1}}^{{1}} x{fn}(x^{{2}})\\,dx = 0", f"\\int_{{-1}}^{{1}} x{fn}(x^{{2}})\\,dx = 2\\int_{{0}}^{{1}} x{fn}(x^{{2}})\\,dx",
         lambda f: (_num(lambda s: s * f(s * s), -1, 1), _num(lambda s: s * f(s * s), 0, 1)), lambda a, b: (a, 0), lambda a, b: (a, 2 * b)),
        (f"\\int_{{0}}^{{1}} x{fn}(x^{{2}})\\,dx = \\frac{{1}}{{2}}\\int_{{0}}^{{1}} {fn}(x)\\,dx",
         f"\\int_{{0}}^{{1}} x{fn}(x^{{2}})\\,dx = \\int_{{0}}^{{1}} {fn}(x)\\,dx",
         lambda f: (_num(lambda s: s * f(s * s), 0, 1), _num(f, 0, 1)), lambda a, b: (a, b / 2), lambda a, b: (a, b)),
        (f"\\int_{{1}}^{{e}} \\frac{{{fn}(\\ln x)}}{{x}}\\,dx = \\int_{{0}}^{{1}} {fn}(x)\\,dx",
         f"\\int_{{1}}^{{e}} \\frac{{{fn}(\\ln x)}}{{x}}\\,dx = \\int_{{1}}^{{e}} {fn}(x)\\,dx",
         lambda f: (_num(lambda s: f(mpmath.log(s)) / s, 1, mpmath.e), _num(f, 0, 1), _num(f, 1, mpmath.e)),
         lambda a, b, c=0: (a, b), lambda a, b, c=0: (a, c)),
    ]
    picks = rng.sample(pool, 3)
    truths = [rng.random() < 0.55 for _ in picks]
    if not any(truths):
        truths[rng.randrange(3)] = True
    stmts = [(_t(good if ok else bad, st), ok) for (good, bad, *_), ok in zip(picks, truths, strict=True)]
    block, ch = bogi(rng, stmts)
    text = (f"실수 전체의 집합에서 연속인 함수 {fn}(x)에 대하여 {_bogi_q(rng)}{_pts(rng, 4)}\n{block}\n{ch.block}")

    def chk() -> bool:
        def f(s):
            return mpmath.exp(s) + s  # a generic continuous test function (neither even nor odd)
        res = []
        for (_, _, ev, good, bad), ok in zip(picks, truths, strict=True):
            nums = ev(f)
            lhs, rhs = (good if ok else bad)(*nums)
            res.append(abs(lhs - rhs) < 1e-8)
        return res == truths

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=4, achievement_level="B",
                   concepts=["치환적분법", "정적분"], choice=ch, check=chk)


# ================================================================================================
# 12미적Ⅱ-03-01 여러 가지 함수(xⁿ (n 실수), 지수함수, 삼각함수)의 부정적분과 정적분
# ================================================================================================


def _indef_item(rng: random.Random, group: str):
    """(integrand tex, plain antiderivative + C, python integrand, sample points)."""
    import math as m
    pos = (0.4, 0.9, 1.6)
    if group == "power":
        opts = [
            ("\\sqrt{x}", "(2/3)x^(3/2) + C", m.sqrt),
            ("\\frac{1}{\\sqrt{x}}", "2x^(1/2) + C", lambda v: v ** -0.5),
            ("x\\sqrt{x}", "(2/5)x^(5/2) + C", lambda v: v ** 1.5),
            ("\\frac{1}{x^{3}}", "-1/(2x^2) + C", lambda v: v ** -3),
            ("\\sqrt[3]{x}", "(3/4)x^(4/3) + C", lambda v: v ** (1 / 3)),
            ("\\frac{1}{x}", "ln x + C", lambda v: 1 / v),
            ("\\frac{3}{x}", "3ln x + C", lambda v: 3 / v),
            ("\\frac{1}{x^{2}}", "-1/x + C", lambda v: v ** -2),
            ("x^{-\\frac{1}{3}}", "(3/2)x^(2/3) + C", lambda v: v ** (-1 / 3)),
        ]
    elif group == "exp":
        opts = [
            ("e^{x}", "e^x + C", m.exp),
            ("2^{x}", "2^x/ln2 + C", lambda v: 2 ** v),
            ("3^{x}", "3^x/ln3 + C", lambda v: 3 ** v),
            ("e^{x + 2}", "e^(x + 2) + C", lambda v: m.exp(v + 2)),
            ("5e^{x} - 2^{x}", "5e^x - 2^x/ln2 + C", lambda v: 5 * m.exp(v) - 2 ** v),
            ("\\left(\\frac{1}{2}\\right)^{x}", "-(1/2)^x/ln2 + C", lambda v: 0.5 ** v),
            ("2^{x}\\ln 2", "2^x + C", lambda v: 2 ** v * m.log(2)),
        ]
    else:
        opts = [
            ("\\sin x", "-cos x + C", m.sin),
            ("3\\cos x", "3sin x + C", lambda v: 3 * m.cos(v)),
            ("\\sec^{2} x", "tan x + C", lambda v: 1 / m.cos(v) ** 2),
            ("\\csc^{2} x", "-cot x + C", lambda v: 1 / m.sin(v) ** 2),
            ("\\sec x\\tan x", "sec x + C", lambda v: m.tan(v) / m.cos(v)),
            ("\\csc x\\cot x", "-csc x + C", lambda v: 1 / (m.sin(v) * m.tan(v))),
            ("\\sin x + 2\\cos x", "-cos x + 2sin x + C", lambda v: m.sin(v) + 2 * m.cos(v)),
            ("\\tan^{2} x", "tan x - x + C", lambda v: m.tan(v) ** 2),
        ]
        pos = (0.4, 0.9, 1.2)
    tex, ans, fn = rng.choice(opts)
    return tex, ans, fn, pos


@family(S301, "indefinite-power-exp-trig")
def _p301_indef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    group = rng.choice(["power", "exp", "trig"])
    ftex, ans, fn, pts = _indef_item(rng, group)
    integ = f"\\int {ftex}\\,dx"
    dom = "x > 0" if group == "power" else ("0 < x < π/2" if any(w in ftex for w in ("tan", "sec", "csc", "cot")) else "")
    cond = f" (단, {dom})" if dom else ""
    note = f"(단, {dom}이고 C는 적분상수이다.)" if dom else "(단, C는 적분상수이다.)"
    text = rng.choice([
        f"부정적분 {_jt(integ, st, '을/를')} {_end(rng)}{cond}",
        f"다음 부정적분을 {_end(rng)} {note}\n{_t(integ, st)}",
        f"함수 {_t('f(x) = ' + ftex, st)}의 부정적분을 {_end(rng)}{cond}",
    ])
    d = 2

    def chk() -> bool:
        return _same_fn(sp.diff(_parse(ans), X), fn, pts)

    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="D",
                   concepts=["부정적분", "적분상수"], check=chk)


_DEF301 = (
    ("\\sqrt{x}", "1", 1, "4", 4, R(14, 3), lambda v: v ** 0.5),
    ("\\frac{1}{x}", "1", 1, "e", E, sp.Integer(1), lambda v: 1 / v),
    ("\\frac{2}{x}", "1", 1, "e^{3}", E ** 3, sp.Integer(6), lambda v: 2 / v),
    ("e^{x}", "0", 0, "\\ln 3", sp.log(3), sp.Integer(2), __import__("math").exp),
    ("\\sin x", "0", 0, "\\pi", PI, sp.Integer(2), __import__("math").sin),
    ("\\cos x", "0", 0, "\\frac{\\pi}{6}", PI / 6, R(1, 2), __import__("math").cos),
    ("\\sec^{2} x", "0", 0, "\\frac{\\pi}{4}", PI / 4, sp.Integer(1), lambda v: 1 / __import__("math").cos(v) ** 2),
    ("2^{x}", "0", 0, "3", 3, 7 / sp.log(2), lambda v: 2 ** v),
    ("x^{-\\frac{1}{3}}", "1", 1, "8", 8, R(9, 2), lambda v: v ** (-1 / 3)),
    ("\\csc^{2} x", "\\frac{\\pi}{6}", PI / 6, "\\frac{\\pi}{2}", PI / 2, sp.sqrt(3), lambda v: 1 / __import__("math").sin(v) ** 2),
    ("\\frac{1}{x^{2}}", "1", 1, "3", 3, R(2, 3), lambda v: v ** -2),
    ("e^{x} + \\frac{1}{x}", "1", 1, "2", 2, E ** 2 - E + sp.log(2), lambda v: __import__("math").exp(v) + 1 / v),
    ("\\sin x + \\cos x", "0", 0, "\\frac{\\pi}{2}", PI / 2, sp.Integer(2), lambda v: __import__("math").sin(v) + __import__("math").cos(v)),
    ("3^{x}\\ln 3", "0", 0, "2", 2, sp.Integer(8), lambda v: 3 ** v * __import__("math").log(3)),
)


@family(S301, "definite-power-exp-trig")
def _p301_def(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ftex, atex, a, btex, b, val, fn = rng.choice(_DEF301)
    val = _exact(val)
    integ = f"\\int_{{{atex}}}^{{{btex}}} ({ftex})\\,dx" if "+" in ftex else f"\\int_{{{atex}}}^{{{btex}}} {ftex}\\,dx"
    d = 2
    if rng.random() < 0.45:
        wrong = [val + 1, val - 1, 2 * val, val / 2, val + 2]
        ch = _opts(rng, val, wrong, st)
        text = with_choices(f"{_t(integ, st)}의 값은?{_pts(rng, d)}", ch)
        ans_s, fmt = ch.label, "mcq"
    else:
        text = rng.choice([f"{_t(integ, st)}의 {_end(rng, '값')}", f"정적분 {_t(integ, st)}의 {_end(rng, '값')}",
                           f"다음 정적분의 값을 {_end(rng)}\n{_t(integ, st)}"])
        ans_s, fmt, ch = _ans(val), "computation", None

    def chk() -> bool:
        return _close(val, _num(fn, a, b))

    return Problem(text=text, answer=ans_s, format=fmt, difficulty=d, achievement_level="D",
                   concepts=["정적분"], choice=ch, check=chk)


@family(S301, "recover-function-value")
def _p301_recover(rng: random.Random) -> Problem:
    import math as m
    st = pick_style(rng)
    c0 = rng.choice([0, 1, 2, -1, 3, 5])
    fn = rng.choice(["f", "f", "g"])
    kind = rng.choice(["inv", "exp", "sqrt", "sec", "pow2", "cos"])
    table = {
        "inv": ("\\frac{1}{x}", "1", 1, "e^{2}", E ** 2, 2, lambda v: 1 / v, "(단, x > 0)"),
        "exp": ("e^{x}", "0", 0, "\\ln 5", sp.log(5), 4, m.exp, ""),
        "sqrt": ("\\sqrt{x}", "0", 0, "4", 4, R(16, 3), m.sqrt, "(단, x ≥ 0)"),
        "sec": ("\\sec^{2} x", "0", 0, "\\frac{\\pi}{4}", PI / 4, 1, lambda v: 1 / m.cos(v) ** 2, "(단, -π/2 < x < π/2)"),
        "pow2": ("2^{x}\\ln 2", "0", 0, "3", 3, 7, lambda v: 2 ** v * m.log(2), ""),
        "cos": ("\\cos x", "0", 0, "\\frac{\\pi}{2}", PI / 2, 1, m.cos, ""),
    }
    der, x0t, x0, x1t, x1, delta, f1, cond = table[kind]
    ans = _exact(c0 + sp.sympify(delta))
    fprime = _t(f"{fn}'(x) = {der}", st)
    text = rng.choice([
        f"함수 {fn}(x)에 대하여 {fprime}이고 {_t(f'{fn}({x0t}) = {c0}', st)}일 때, {_t(f'{fn}({x1t})', st)}의 {_end(rng, '값')} {cond}",
        f"미분가능한 함수 {fn}(x)의 도함수가 {_t(f'{fn}' + chr(39) + f'(x) = {der}', st)}이다. 곡선 {_t(f'y = {fn}(x)', st)}가 점 "
        f"{josa(_t(f'({x0t}, {c0})', st), '을/를')} 지날 때, {_t(f'{fn}({x1t})', st)}의 {_end(rng, '값')} {cond}",
    ]).strip()
    text = text.replace(f"{_t(f'y = {fn}(x)', st)}가", josa(_t(f'y = {fn}(x)', st), "이/가"))
    d = 2

    def chk() -> bool:
        return _close(ans, c0 + _num(f1, x0, x1))

    return Problem(text=text, answer=_ans(ans), format="computation", difficulty=d, achievement_level="D",
                   concepts=["부정적분", "적분상수"], check=chk)


_SIMPLIFY = (
    # (integrand tex, plain antiderivative, python integrand, points)
    ("\\frac{x^{2} + 1}{x}", "x^2/2 + ln x + C", lambda v: (v * v + 1) / v, (0.5, 1.2, 2.0)),
    ("\\frac{(\\sqrt{x} + 1)^{2}}{x}", "x + 4x^(1/2) + ln x + C", lambda v: (v ** 0.5 + 1) ** 2 / v, (0.5, 1.2, 2.0)),
    ("\\frac{x - 1}{\\sqrt{x}}", "(2/3)x^(3/2) - 2x^(1/2) + C", lambda v: (v - 1) / v ** 0.5, (0.5, 1.2, 2.0)),
    ("\\frac{e^{2x} - 1}{e^{x} + 1}", "e^x - x + C", lambda v: (__import__("math").exp(2 * v) - 1) / (__import__("math").exp(v) + 1), (0.3, 1.0, 1.7)),
    ("\\frac{e^{2x} - 1}{e^{x} - 1}", "e^x + x + C", lambda v: (__import__("math").exp(2 * v) - 1) / (__import__("math").exp(v) - 1), (0.3, 1.0, 1.7)),
    ("\\frac{1 - \\cos^{2} x}{\\sin x}", "-cos x + C", lambda v: (1 - __import__("math").cos(v) ** 2) / __import__("math").sin(v), (0.3, 1.0, 1.3)),
    ("\\frac{\\cos^{2} x}{1 - \\sin x}", "x - cos x + C", lambda v: __import__("math").cos(v) ** 2 / (1 - __import__("math").sin(v)), (0.3, 1.0, 1.3)),
    ("(\\tan x + 1)^{2}", "tan x - 2ln(cos x) + C", lambda v: (__import__("math").tan(v) + 1) ** 2, (0.3, 0.8, 1.2)),
    ("\\frac{1}{1 + \\cos x} + \\frac{1}{1 - \\cos x}", "-2cot x + C", lambda v: 2 / __import__("math").sin(v) ** 2, (0.3, 1.0, 1.3)),
    ("\\frac{4^{x} - 1}{2^{x} - 1}", "2^x/ln2 + x + C", lambda v: (4 ** v - 1) / (2 ** v - 1), (0.3, 1.0, 1.7)),
)


@family(S301, "simplify-then-integrate")
def _p301_simplify(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ftex, ans, fn, pts = rng.choice(_SIMPLIFY)
    also = [S302] if "ln(cos x)" in ans else []  # ∫tan x dx = -ln|cos x| needs 치환적분법
    integ = f"\\int {ftex}\\,dx"
    if any(w in ftex for w in ("sin", "cos", "tan")):
        dom = "0 < x < π/2"
    elif "e^{x} + 1" in ftex:
        dom = ""
    else:
        dom = "x > 0"
    note = f" (단, {dom}이고 C는 적분상수이다.)" if dom else " (단, C는 적분상수이다.)"
    short = f" (단, {dom})" if dom else ""
    text = rng.choice([
        f"{_jt(integ, st, '을/를')} {_end(rng)}{note}",
        f"피적분함수를 간단히 하여 부정적분 {_jt(integ, st, '을/를')} {_end(rng)}{short}",
        f"다음 부정적분을 {_end(rng)}{short}\n{_t(integ, st)}",
    ])
    d = 3

    def chk() -> bool:
        return _same_fn(sp.diff(_parse(ans), X), fn, pts)

    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="C",
                   concepts=["부정적분", "적분상수"], also=also, check=chk)


_ABS301 = (
    ("|\\sin x|", "0", 0, "2\\pi", 2 * PI, sp.Integer(4), lambda v: abs(__import__("math").sin(v)), [0, PI, 2 * PI]),
    ("|\\cos x|", "0", 0, "\\pi", PI, sp.Integer(2), lambda v: abs(__import__("math").cos(v)), [0, PI / 2, PI]),
    ("e^{|x|}", "-1", -1, "1", 1, 2 * E - 2, lambda v: __import__("math").exp(abs(v)), [-1, 0, 1]),
    ("|2^{x} - 1|", "-1", -1, "2", 2, 5 / (2 * sp.log(2)) - 1, lambda v: abs(2 ** v - 1), [-1, 0, 2]),
    ("|e^{x} - 1|", "-\\ln 2", -sp.log(2), "\\ln 2", sp.log(2), R(1, 2), lambda v: abs(__import__("math").exp(v) - 1),
     [-sp.log(2), 0, sp.log(2)]),
    ("\\left|\\frac{1}{x} - 1\\right|", "\\frac{1}{e}", 1 / E, "e", E, E + 1 / E - 2,
     lambda v: abs(1 / v - 1), [1 / E, 1, E]),
    ("|\\sin x - \\cos x|", "0", 0, "\\frac{\\pi}{2}", PI / 2, 2 * sp.sqrt(2) - 2,
     lambda v: abs(__import__("math").sin(v) - __import__("math").cos(v)), [0, PI / 4, PI / 2]),
)


@family(S301, "definite-with-absolute-value")
def _p301_abs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ftex, atex, _a, btex, _b, val, fn, pts = rng.choice(_ABS301)
    val = _exact(val)
    integ = f"\\int_{{{atex}}}^{{{btex}}} {ftex}\\,dx"
    d = 4
    if rng.random() < 0.4:
        wrong = [val / 2, 2 * val, val + 1, 0 if positive_ok(val) else val + 2, val - R(1, 2)]
        ch = _opts(rng, val, wrong, st)
        text = with_choices(f"{_t(integ, st)}의 값은?{_pts(rng, d)}", ch)
        ans_s, fmt = ch.label, "mcq"
    else:
        text = rng.choice([f"{_t(integ, st)}의 {_end(rng, '값')}", f"정적분 {_t(integ, st)}의 {_end(rng, '값')}"])
        ans_s, fmt, ch = _ans(val), "computation", None

    def chk() -> bool:
        return _close(val, _absint(fn, pts))

    return Problem(text=text, answer=ans_s, format=fmt, difficulty=d, achievement_level="B",
                   concepts=["정적분"], choice=ch, check=chk)


def positive_ok(v) -> bool:
    return float(v) > 0


_FACTS301 = (
    ("\\int \\frac{1}{x}\\,dx = \\ln |x| + C", "\\int \\frac{1}{x}\\,dx = -\\frac{1}{x^{2}} + C"),
    ("\\int 2^{x}\\,dx = \\frac{2^{x}}{\\ln 2} + C", "\\int 2^{x}\\,dx = x \\cdot 2^{x - 1} + C"),
    ("\\int \\sec^{2} x\\,dx = \\tan x + C", "\\int \\sec^{2} x\\,dx = \\sec x + C"),
    ("\\int \\sin x\\,dx = -\\cos x + C", "\\int \\sin x\\,dx = \\cos x + C"),
    ("\\int \\sqrt{x}\\,dx = \\frac{2}{3}x\\sqrt{x} + C", "\\int \\sqrt{x}\\,dx = \\frac{1}{2\\sqrt{x}} + C"),
    ("\\int e^{x}\\,dx = e^{x} + C", "\\int e^{x}\\,dx = \\frac{e^{x + 1}}{x + 1} + C"),
    ("\\int \\csc x\\cot x\\,dx = -\\csc x + C", "\\int \\csc x\\cot x\\,dx = \\csc x + C"),
    ("\\int_{0}^{\\pi} \\cos x\\,dx = 0", "\\int_{0}^{\\pi} \\cos x\\,dx = 2"),
    ("\\int_{1}^{e} \\frac{1}{x}\\,dx = 1", "\\int_{1}^{e} \\frac{1}{x}\\,dx = e - 1"),
)

# checks for _FACTS301, in the same order: (integrand, antiderivative in the true statement) or (integrand, a, b, value)
_FACTS301_CHECK = (
    (lambda v: 1 / v, lambda v: mpmath.log(abs(v))),
    (lambda v: 2 ** v, lambda v: 2 ** v / mpmath.log(2)),
    (lambda v: 1 / mpmath.cos(v) ** 2, mpmath.tan),
    (mpmath.sin, lambda v: -mpmath.cos(v)),
    (mpmath.sqrt, lambda v: mpmath.mpf(2) / 3 * v * mpmath.sqrt(v)),
    (mpmath.exp, mpmath.exp),
    (lambda v: mpmath.cot(v) / mpmath.sin(v), lambda v: -1 / mpmath.sin(v)),
    (mpmath.cos, 0, mpmath.pi, 0),
    (lambda v: 1 / v, 1, mpmath.e, 1),
)


@family(S301, "bogi-antiderivative-facts")
def _p301_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.65, 0.25, 0.1))
    idx = rng.sample(range(len(_FACTS301)), 3)
    truths = [rng.random() < 0.55 for _ in idx]
    if not any(truths):
        truths[rng.randrange(3)] = True
    stmts = [(_t(_FACTS301[i][0] if ok else _FACTS301[i][1], st), ok) for i, ok in zip(idx, truths, strict=True)]
    block, ch = bogi(rng, stmts)
    text = f"{_bogi_q(rng)} (단, C는 적분상수이다.){_pts(rng, 3)}\n{block}\n{ch.block}"

    def chk() -> bool:
        for i in idx:
            c = _FACTS301_CHECK[i]
            if len(c) == 2:
                f, big = c
                if abs(mpmath.diff(big, 0.7) - f(0.7)) > 1e-8:
                    return False
            else:
                f, lo, hi, v = c
                if abs(_num(f, lo, hi) - v) > 1e-8:
                    return False
        return True

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["부정적분", "정적분", "적분상수"], choice=ch, check=chk)


@family(S301, "growth-rate-context")
def _p301_context(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["bacteria", "temp", "sales"])
    if kind == "bacteria":
        a = rng.choice([100, 200, 300])
        tt = rng.choice([2, 3, 4])
        rtex = f"{a} \\cdot 2^{{t}}\\ln 2"
        val = sp.Integer(a * (2 ** tt - 1))
        text = (f"어느 실험실에서 배양하는 세균 수의 t시간 후의 변화율이 시간당 {_t(rtex, st)}마리이다. "
                f"배양을 시작한 후 {tt}시간 동안 늘어난 세균은 몇 마리인지 {_end(rng)}")

        def f(s):
            return a * 2 ** s * mpmath.log(2)
        lo, hi = 0, tt
    elif kind == "temp":
        c = rng.choice([2, 3, 4, 5])
        rtex = f"{c}\\cos \\frac{{\\pi t}}{{12}}"
        tt = rng.choice([6, 12, 2])
        val = _exact(c * 12 / PI * sp.sin(PI * tt / 12))
        text = (f"어느 날 오전 6시부터 t시간 후 기온의 변화율이 시간당 {_t(rtex, st)} ℃라고 한다. "
                f"오전 6시부터 {tt}시간 동안 기온은 몇 ℃ 변하였는지 {_end(rng)}")

        def f(s):
            return c * mpmath.cos(mpmath.pi * s / 12)
        lo, hi = 0, tt
    else:
        a = rng.choice([10, 20, 50])
        tt = rng.choice([3, 8])
        rtex = f"\\frac{{{a}}}{{\\sqrt{{t + 1}}}}"
        val = sp.Integer(2 * a * (int((tt + 1) ** 0.5) - 1))
        text = (f"새로 출시된 어떤 앱의 누적 다운로드 수(만 회)의 출시 t주 후의 증가 속도가 주당 {_t(rtex, st)}만 회이다. "
                f"출시 후 {tt}주 동안의 다운로드 수는 몇 만 회인지 {_end(rng)}")

        def f(s):
            return a / mpmath.sqrt(s + 1)
        lo, hi = 0, tt

    def chk() -> bool:
        return _close(val, _num(f, lo, hi))

    return Problem(text=text, answer=_ans(val), format="word", difficulty=3, achievement_level="C",
                   concepts=["정적분"], also=[S307], check=chk)


@family(S301, "fill-antiderivative-table")
def _p301_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    groups = rng.sample(["power", "exp", "trig"], 3)
    items = []
    seen = set()
    for g in groups:
        for _ in range(5):
            it = _indef_item(rng, g)
            if it[0] not in seen:
                seen.add(it[0])
                items.append(it)
                break
    labels = ("(가)", "(나)", "(다)")
    rows = "\n".join(f"| {_t(tex, st)} | {lab} |" for (tex, *_), lab in zip(items, labels, strict=True))
    text = (f"다음 표는 여러 가지 함수 f(x)와 그 부정적분 {_t(_INTF, st)}를 정리한 것이다. "
            f"(가), (나), (다)에 알맞은 식을 {_end(rng, '쓰')} (단, x > 0, 0 < x < π/2이고 C는 적분상수이다.)\n\n"
            f"| f(x) | {_t(_INTF, st)} |\n|---|---|\n{rows}")
    answer = ", ".join(f"{lab} {ans}" for (_, ans, _, _), lab in zip(items, labels, strict=True))

    def chk() -> bool:
        return all(_same_fn(sp.diff(_parse(ans), X), fn, pts) for _, ans, fn, pts in items)

    return Problem(text=text, answer=answer, format="fill", difficulty=2, achievement_level="D",
                   concepts=["부정적분", "적분상수"], check=chk)


_INTF = "\\int f(x)\\,dx"
