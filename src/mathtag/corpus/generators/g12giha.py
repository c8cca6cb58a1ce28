"""Generators for 기하 (고등학교 진로 선택): 이차곡선 12기하01-01 … 01-04, 공간도형과 공간좌표
12기하02-01 … 02-05 and 벡터 12기하03-01 … 03-05 (all 14 standards).

Scope (성취기준 적용 시 고려 사항): conics with axes on or parallel to the coordinate axes only, no
eccentricity, line–conic relations only for tangency, no tangents of translated conics; tangents
through the discriminant.

Private helpers (module-local, prefixed ``_``):

* ``_t(tex, st)`` renders LaTeX-lite (``^{2}``, ``\\frac{a}{b}``, ``\\sqrt{5}``, ``\\pm``, ``\\le``)
  in style ``st``: LaTeX in ``$…$``, Unicode (``x²/9 + y²/4 = 1``) or plain ASCII (``x^2/9``).
* ``_lin(terms)`` a linear/monomial sum as LaTeX-lite from ``(coef, var)`` pairs.
* ``_sq(v, h)`` ``(x-h)^{2}``; ``_num(v)`` a number (int, Rational, surd) as LaTeX-lite.
* ``_ua(v)`` a value as Unicode answer text (``√5``, ``-3/2``).
* ``bogi(rng, stmts)`` a <보기> block (ㄱ, ㄴ, ㄷ) and the ①~⑤ choice of the true subset.
* ``_pts(rng, d)`` an optional 수능-style marker ``[3점]`` / ``[4점]``.
* ``_mc_num`` numeric ①~⑤ options in ascending order; ``_pians`` answers containing π.
* conics: ``_ell_tex``/``_hyp_tex``/``_parab_tex`` and ``_ell_ok``/``_hyp_ok``/``_parab_ok`` (independent
  focal-property checks on exact rational points); ``_tangent_ok`` (discriminant of the substitution).
* space: ``_solid`` (vertex coordinates, edges, faces of cubes/prisms/pyramids), ``_line_rel`` and
  ``_line_rel2`` (two independent classifications of two lines), ``_pl_dist`` (point–line distance),
  ``_proj_area``/``_poly_area`` (orthogonal projection areas), ``_sph_gen``/``_sph_center_r``.
* vectors: ``_vst`` (notation mostly LaTeX or ``a→``), ``_vv``/``_vcomb``/``_comp``, ``_sym_line``
  (symmetric form of a line), ``_plane_eq``/``_norm_plane``.
"""

from __future__ import annotations

import random
import re

import sympy as sp

from mathtag.corpus.generators.base import Problem, family, secondary_level
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import bogi, bogi_question, choices
from mathtag.corpus.notation import pick_style

X, Y, Z = sp.symbols("x y z", real=True)
R = sp.Rational

P1, P2, P3, P4 = "12기하01-01", "12기하01-02", "12기하01-03", "12기하01-04"
S1, S2, S3, S4, S5 = "12기하02-01", "12기하02-02", "12기하02-03", "12기하02-04", "12기하02-05"
V1, V2, V3, V4, V5 = "12기하03-01", "12기하03-02", "12기하03-03", "12기하03-04", "12기하03-05"

# -- notation ------------------------------------------------------------------------------------
_SUPMAP = dict(zip("0123456789-+n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ⁿ", strict=True))


def _wrap(s: str) -> str:
    if re.fullmatch(r"-?[\w.√]+|-?√\([^()]*\)|\([^()]*\)[²³]?|\([^()]*\)\^\d|[a-z][²³]|[a-z]\^\d", s):
        return s
    return f"({s})"


def _wrapd(s: str) -> str:
    """A denominator: negative numbers are bracketed too, (y + 3)/(−2)."""
    return f"({s})" if s.startswith("-") else _wrap(s)


def _t(tex: str, st: str) -> str:
    """Render LaTeX-lite ``tex`` in style ``st``."""
    if st == "latex":
        return f"${tex}$"
    s = tex.replace("\\left", "").replace("\\right", "").replace("\\dfrac", "\\frac")
    for _ in range(6):
        old = s
        s = re.sub(r"\^\{([^{}]*)\}",
                   lambda m: "".join(_SUPMAP[c] for c in m.group(1))
                   if st == "unicode" and all(c in _SUPMAP for c in m.group(1)) else "^" + m.group(1), s)
        s = re.sub(r"\\sqrt\{([^{}]*)\}",
                   lambda m: ("√" + _wrap(m.group(1))) if st == "unicode" else f"sqrt({m.group(1)})", s)
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}(?=\s?[a-zA-Z(\\√])",
                   lambda m: f"({_wrap(m.group(1))}/{_wrap(m.group(2))})", s)
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", lambda m: f"{_wrap(m.group(1))}/{_wrapd(m.group(2))}", s)
        s = re.sub(r"\\overline\{([^{}]*)\}", r"\1", s)
        s = re.sub(r"\\(?:vec|overrightarrow)\{([^{}]*)\}",
                   lambda m: (m.group(1) + "→") if st == "unicode" else f"vec({m.group(1)})", s)
        if s == old:
            break
    uni = st == "unicode"
    rep = {"\\pm": "±" if uni else "+-", "\\le": "≤" if uni else "<=", "\\ge": "≥" if uni else ">=",
           "\\ne": "≠" if uni else "!=", "\\cdot": "·" if uni else "*", "\\times": "×", "\\perp": "⊥",
           "\\parallel": "∥" if uni else "//", "\\circ": "°", "\\pi": "π", "\\theta": "θ", "\\,": "",
           "\\quad": "  ", "\\angle": "∠", "\\cos": "cos", "\\sin": "sin", "\\triangle": "△"}
    for k in sorted(rep, key=len, reverse=True):
        s = s.replace(k, rep[k])
    s = s.replace("{", "").replace("}", "")
    if uni:
        s = s.replace("-", "−")
    return s


def _num(v) -> str:
    """A number (int, Rational or simple surd) as LaTeX-lite."""
    v = sp.nsimplify(v)
    if v.is_Integer:
        return str(int(v))
    if v.is_Rational:
        return f"{'-' if v < 0 else ''}\\frac{{{abs(v.p)}}}{{{v.q}}}"
    coeff, rest = v.as_coeff_Mul()
    if isinstance(rest, sp.Pow) and rest.exp == R(1, 2):
        rad = f"\\sqrt{{{rest.base}}}"
        c = sp.Rational(coeff)
        sign = "-" if c < 0 else ""
        c = abs(c)
        if c == 1:
            return sign + rad
        if c.q == 1:
            return f"{sign}{c.p}{rad}"
        top = rad if c.p == 1 else f"{c.p}{rad}"
        return f"{sign}\\frac{{{top}}}{{{c.q}}}"
    return sp.latex(v)


def _ua(v) -> str:
    """A value as Unicode answer text."""
    return _t(_num(v), "unicode")


def _lin(terms, const_last: bool = True) -> str:
    """Sum of ``(coef, var)`` pairs as LaTeX-lite; ``var == ''`` is the constant."""
    out = ""
    for c, v in terms:
        c = sp.nsimplify(c)
        if c == 0:
            continue
        ac = abs(c)
        body = v if v and ac == 1 else _num(ac) + v
        if not out:
            out = ("-" if c < 0 else "") + body
        else:
            out += (" - " if c < 0 else " + ") + body
    return out or "0"


def _sq(v: str, h) -> str:
    """``(v - h)^{2}`` (or ``v^{2}``)."""
    h = sp.nsimplify(h)
    if h == 0:
        return f"{v}^{{2}}"
    return f"({v} {'-' if h > 0 else '+'} {_num(abs(h))})^{{2}}"


def _sh(v: str, h) -> str:
    """``(v - h)`` (or ``v``)."""
    h = sp.nsimplify(h)
    if h == 0:
        return v
    return f"({v} {'-' if h > 0 else '+'} {_num(abs(h))})"


def _pt(*cs) -> str:
    return "(" + ", ".join(_num(c) for c in cs) + ")"


def _upt(*cs) -> str:
    return "(" + ", ".join(_ua(c) for c in cs) + ")"


def _pts(rng: random.Random, d: int) -> str:
    if rng.random() < 0.45:
        return ""
    return " [4점]" if d >= 4 else " [3점]"


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보시오."])
    if what == "값":
        return rng.choice(["값을 구하시오.", "값을 구하세요.", "값은?", "값을 구하여라."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오."])


def _mc_num(rng: random.Random, val, wrong):
    """Choice of numeric values (rendered with ``_ua``) in ascending order."""
    vals = {}
    for w in [val, *wrong]:
        w = sp.nsimplify(w)
        vals.setdefault(_ua(w), float(w))
    cor = _ua(val)
    return choices(rng, cor, [k for k in vals if k != cor], sort_key=lambda k: vals[k])


def _nz(rng: random.Random, lo: int, hi: int) -> int:
    return rng.choice([v for v in range(lo, hi + 1) if v != 0])


def _dist(p, q) -> sp.Expr:
    return sp.sqrt(sum((sp.nsimplify(a) - sp.nsimplify(b)) ** 2 for a, b in zip(p, q, strict=True)))


def _eq_same(lhs_minus_rhs: sp.Expr, other: sp.Expr) -> bool:
    """Two equations (as expressions = 0) describe the same curve (proportional polynomials)."""
    a, b = sp.expand(lhs_minus_rhs), sp.expand(other)
    if a == 0 or b == 0:
        return a == b
    ratio = sp.cancel(a / b)
    return ratio.is_number and ratio != 0


# ================================================================================================
# 12기하01-01 포물선
# ================================================================================================
def _parab_tex(c, axis: str, h=0, k=0) -> str:
    """``(y-k)^2 = c(x-h)`` (axis 'x': opens along x) or ``(x-h)^2 = c(y-k)``."""
    if axis == "x":
        return f"{_sq('y', k)} = {_num(c)}{_sh('x', h)}" if c not in (1, -1) else \
            f"{_sq('y', k)} = {'-' if c < 0 else ''}{_sh('x', h)}"
    return f"{_sq('x', h)} = {_num(c)}{_sh('y', k)}" if c not in (1, -1) else \
        f"{_sq('x', h)} = {'-' if c < 0 else ''}{_sh('y', k)}"


def _parab_expr(c, axis: str, h=0, k=0) -> sp.Expr:
    if axis == "x":
        return (Y - k) ** 2 - c * (X - h)
    return (X - h) ** 2 - c * (Y - k)


def _parab_fd(c, axis: str, h=0, k=0):
    """(focus, directrix value, directrix var) of the parabola."""
    p = sp.Rational(c, 4)
    if axis == "x":
        return (h + p, k), h - p, "x"
    return (h, k + p), k - p, "y"


def _parab_ok(c, axis, h, k, focus, dval) -> bool:
    """Independent check: points of the curve are equidistant from focus and directrix."""
    for t in (1, 2, -3):
        if axis == "x":
            pt = (h + sp.Rational(t * t, 1) / c, k + t)
            dd = abs(pt[0] - dval)
        else:
            pt = (h + t, k + sp.Rational(t * t, 1) / c)
            dd = abs(pt[1] - dval)
        if sp.simplify(_dist(pt, focus) - dd) != 0:
            return False
    return True


_OV = "\\overline"
_C4 = (1, 2, 4, 6, 8, 12, 16, 20, 24, 2, 4, 8, 12)


@family(P1, "focus-directrix-from-equation")
def _p_fd(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.choice(_C4) * rng.choice([1, -1])
    axis = rng.choice("xy")
    eq = _t(_parab_tex(c, axis), st)
    focus, dval, dv = _parab_fd(c, axis)
    ask = rng.randrange(3)
    if ask == 0:
        text = rng.choice([
            f"포물선 {eq}의 초점의 좌표와 준선의 방정식을 {_end(rng)}",
            f"다음 포물선의 초점의 좌표와 준선의 방정식을 각각 {_end(rng)}\n{eq}",
            f"다음 방정식이 나타내는 포물선의 초점과 준선을 {_end(rng)}\n{eq}",
        ])
        ans = f"초점 {_upt(*focus)}, 준선 {dv} = {_ua(dval)}"
        d, fmt = 2, "computation"
        return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="D",
                       concepts=["포물선", "초점", "준선"],
                       check=lambda: _parab_ok(c, axis, 0, 0, focus, dval))
    if ask == 1:
        p = sp.Rational(c, 4)
        wrong = [(c, 0), (-p, 0), (0, p), (sp.Rational(c, 2), 0), (p, p), (-c, 0), (0, -p), (0, c)]
        if axis == "y":
            wrong = [(b, a) for a, b in wrong]
        cor = _upt(*focus)
        ch = choices(rng, cor, [_upt(*w) for w in wrong if _upt(*w) != cor])
        text = f"포물선 {eq}의 초점의 좌표는?{_pts(rng, 2)}\n{ch.block}"
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                       concepts=["포물선", "초점"], choice=ch,
                       check=lambda: _parab_ok(c, axis, 0, 0, focus, dval))
    # 초점과 준선 사이의 거리 / 꼭짓점과 초점 사이의 거리
    p = abs(sp.Rational(c, 4))
    which = rng.choice(["초점과 준선 사이의 거리", "꼭짓점과 초점 사이의 거리"])
    val = 2 * p if which.startswith("초점과 준선") else p
    text = rng.choice([
        f"포물선 {eq}에서 {which}를 {_end(rng)}",
        f"좌표평면 위의 포물선 {eq}에 대하여 {which}는?",
    ])
    return Problem(text=text, answer=_ua(val), format="computation", difficulty=2, achievement_level="D",
                   concepts=["포물선", "꼭짓점", "초점", "준선"],
                   check=lambda: _parab_ok(c, axis, 0, 0, focus, dval)
                   and sp.nsimplify(val) == (abs(dval - focus[0 if axis == "x" else 1]) if "준선" in which else abs(dval)))


@family(P1, "equation-from-focus-or-directrix")
def _p_from_fd(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = _nz(rng, -6, 6)
    axis = rng.choice("xy")
    c = 4 * p
    focus = (p, 0) if axis == "x" else (0, p)
    dv = "x" if axis == "x" else "y"
    fstr = _t(_pt(*focus), st)
    dstr = _t(f"{dv} = {-p}", st)
    mode = rng.randrange(3)
    if mode == 0:
        cond = f"초점이 점 {fstr}이고 준선이 직선 {dstr}인"
    elif mode == 1:
        cond = f"꼭짓점이 원점이고 초점이 {fstr}인"
    else:
        cond = f"꼭짓점이 원점이고 준선의 방정식이 {dstr}인"
    text = rng.choice([
        f"{cond} 포물선의 방정식을 {_end(rng)}",
        f"좌표평면에서 {cond} 포물선의 방정식을 {_end(rng, '쓰')}",
        f"{cond} 포물선이 있다. 이 포물선의 방정식을 {_end(rng)}",
    ])
    ans = _t(_parab_tex(c, axis), "unicode")

    def chk() -> bool:
        pt = sp.symbols("u v")
        d1 = (pt[0] - focus[0]) ** 2 + (pt[1] - focus[1]) ** 2
        d2 = (pt[0] + p) ** 2 if axis == "x" else (pt[1] + p) ** 2
        return _eq_same((d1 - d2).subs({pt[0]: X, pt[1]: Y}), _parab_expr(c, axis))

    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["포물선", "초점", "준선", "꼭짓점"], check=chk)


@family(P1, "translated-parabola-general-form")
def _p_shift(rng: random.Random) -> Problem:
    st = pick_style(rng)
    axis = rng.choice("xy")
    c = rng.choice([4, 8, 12, -4, -8, 16, -12, 2, -2])
    h, k = _nz(rng, -4, 4), _nz(rng, -4, 4)
    e = sp.expand(_parab_expr(c, axis, h, k))
    if axis == "x":
        terms = [(1, "y^{2}"), (e.coeff(Y, 1), "y"), (e.coeff(X, 1), "x"), (e.subs({X: 0, Y: 0}), "")]
    else:
        terms = [(1, "x^{2}"), (e.coeff(X, 1), "x"), (e.coeff(Y, 1), "y"), (e.subs({X: 0, Y: 0}), "")]
    eq = _t(_lin(terms) + " = 0", st)
    focus, dval, dv = _parab_fd(c, axis, h, k)
    ask = rng.randrange(3)
    d = 3
    chk = lambda: _parab_ok(c, axis, h, k, focus, dval) and sp.expand(  # noqa: E731
        sum(cc * sp.sympify(v.replace("^{2}", "**2") or 1, locals={"x": X, "y": Y}) for cc, v in terms) - e) == 0
    if ask == 0:
        text = rng.choice([
            f"포물선 {eq}의 꼭짓점의 좌표와 초점의 좌표를 {_end(rng)}",
            f"좌표평면에서 {josa(eq, '이/가')} 나타내는 도형은 포물선이다. 이 포물선의 꼭짓점과 초점의 좌표를 각각 {_end(rng)}",
        ])
        ans = f"꼭짓점 {_upt(h, k)}, 초점 {_upt(*focus)}"
        return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="C",
                       concepts=["포물선", "꼭짓점", "초점"], check=chk)
    if ask == 1:
        text = rng.choice([
            f"포물선 {eq}의 준선의 방정식을 {_end(rng)}",
            f"다음 포물선의 준선의 방정식을 {_end(rng)}\n{eq}",
        ])
        return Problem(text=text, answer=f"{dv} = {_ua(dval)}", format="computation", difficulty=d,
                       achievement_level="C", concepts=["포물선", "준선"], check=chk)
    a_, b_ = focus
    val = a_ + b_
    p = sp.Rational(c, 4)
    wrong = [a_ + b_ + p, a_ + b_ - p, h + k, a_ + b_ + 2 * p, -a_ - b_, a_ - b_, h + k - p, h + k + 2 * p]
    ch = _mc_num(rng, val, wrong)
    text = (f"포물선 {eq}의 초점의 좌표를 (a, b)라 할 때, a + b의 값은?{_pts(rng, 3)}\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["포물선", "초점"], choice=ch, check=chk)


@family(P1, "point-on-parabola-focal-distance")
def _p_pf(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randint(1, 6)
    axis = rng.choice("xy")
    t = rng.randint(1, 5 if p <= 2 else 3)
    a = p * t * t  # x-coordinate (axis x): y^2 = 4p a = (2pt)^2
    yv = 2 * p * t
    eq = _t(_parab_tex(4 * p, axis), st)
    fpt = "F" if rng.random() < 0.7 else rng.choice(["F", "S"])
    along = "x" if axis == "x" else "y"
    mode = rng.randrange(3)
    P = (a, yv) if axis == "x" else (yv, a)
    focus = (p, 0) if axis == "x" else (0, p)
    if mode == 0:
        text = rng.choice([
            f"포물선 {eq} 위의 점 P의 {along}좌표가 {a}일 때, 점 P와 포물선의 초점 {fpt} 사이의 거리를 {_end(rng)}",
            f"포물선 {eq}의 초점을 {fpt}라 하자. 이 포물선 위의 점 P의 {along}좌표가 {a}일 때, 선분 P{fpt}의 길이는?{_pts(rng, 2)}",
        ])
        ans = a + p
        d = 2
        chk = lambda: _dist(P, focus) == ans  # noqa: E731
    elif mode == 1:
        pf = a + p
        text = rng.choice([
            f"포물선 {eq}의 초점을 {fpt}라 할 때, 포물선 위의 점 P에 대하여 선분 P{fpt}의 길이가 {pf}이다. 점 P의 {along}좌표를 {_end(rng)}",
            f"초점이 {fpt}인 포물선 {eq} 위의 점 P가 {josa(_t(_OV + f'{{P{fpt}}} = {pf}', st), '을/를')} 만족시킬 때, 점 P의 {along}좌표는?{_pts(rng, 3)}",
        ])
        ans = a
        d = 3
        chk = lambda: _dist(P, focus) == pf  # noqa: E731
    else:
        pf = a + p
        other = "y" if along == "x" else "x"
        text = (f"포물선 {eq}의 초점 {fpt}에서의 거리가 {pf}인 포물선 위의 점 P가 제1사분면 위에 있다. "
                f"점 P의 {other}좌표를 {_end(rng)}{_pts(rng, 3)}")
        ans = yv
        d = 3
        chk = lambda: _dist(P, focus) == pf and sp.expand(_parab_expr(4 * p, axis).subs({X: P[0], Y: P[1]})) == 0  # noqa: E731
    return Problem(text=text, answer=str(ans), format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["포물선", "초점", "준선"], check=chk)


@family(P1, "locus-equidistant-point-line")
def _p_locus(rng: random.Random) -> Problem:
    st = pick_style(rng)
    axis = rng.choice("xy")
    h, k = rng.randint(-3, 3), rng.randint(-3, 3)
    p = _nz(rng, -3, 3)
    if axis == "x":
        focus, line = (h + p, k), f"x = {h - p}"
    else:
        focus, line = (h, k + p), f"y = {k - p}"
    fs, ls = _t(_pt(*focus), st), _t(line, st)
    who = name(rng)
    text = rng.choice([
        f"좌표평면 위의 점 P에서 점 A{fs}까지의 거리와 직선 {ls}까지의 거리가 서로 같을 때, 점 P가 나타내는 도형의 방정식을 {_end(rng)}",
        f"{josa(who, '은/는')} 점 {josa('A' + fs, '과/와')} 직선 {ls}에서 같은 거리에 있는 점들을 공학 도구로 찍어 보았더니 하나의 곡선이 나타났다. 이 곡선의 방정식을 {_end(rng)}",
        f"점 {josa('A' + fs, '과/와')} 직선 {ls}에 이르는 거리가 같은 점 P(x, y)의 자취의 방정식을 {_end(rng)} 또 이 자취의 꼭짓점의 좌표를 {_end(rng)}",
    ])
    c = 4 * p
    ans = _t(_parab_tex(c, axis, h, k), "unicode")
    if "꼭짓점의 좌표" in text:
        ans += f", 꼭짓점 {_upt(h, k)}"

    def chk() -> bool:
        d1 = (X - focus[0]) ** 2 + (Y - focus[1]) ** 2
        d2 = (X - (h - p)) ** 2 if axis == "x" else (Y - (k - p)) ** 2
        return _eq_same(d1 - d2, _parab_expr(c, axis, h, k))

    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["포물선", "초점", "준선", "꼭짓점"], check=chk)


_DISH = [(p, d) for p in range(10, 61, 5) for d in range(4, 31) if sp.sqrt(p * d).is_Integer]


@family(P1, "parabolic-reflector-context")
def _p_dish(rng: random.Random) -> Problem:
    p, d = rng.choice(_DISH)
    r = 2 * int(sp.sqrt(p * d))  # half-width: r^2 = 4 p d
    w = 2 * r
    obj, where = rng.choice([
        ("위성 안테나", "수신기"), ("태양열 조리기", "냄비 받침"), ("자동차 전조등의 반사경", "전구"),
        ("파라볼라 마이크의 반사판", "마이크"), ("손전등 반사경", "전구"),
    ])
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([
            f"단면이 포물선 모양인 {obj}의 지름이 {w} cm, 깊이가 {d} cm이다. 포물선의 초점에 {josa(where, '을/를')} 두려고 할 때, "
            f"{where}는 반사면의 꼭짓점에서 몇 cm 떨어진 곳에 두어야 하는지 {_end(rng)}",
            f"축에 평행하게 들어온 빛은 포물선 모양의 반사면에서 반사되어 초점에 모인다. 입구의 지름이 {w} cm이고 "
            f"깊이가 {d} cm인 {obj}에서 꼭짓점과 초점 사이의 거리는 몇 cm인가?",
        ])
        ans, chk = str(p), (lambda: sp.Rational(r * r, 4 * d) == p)
        diff = 3
    else:
        text = (f"{obj}의 단면을 꼭짓점이 원점, 축이 x축인 좌표평면 위에 놓았더니 포물선 y² = {4 * p}x의 일부가 되었다. "
                f"입구의 지름이 {w} cm일 때 {obj}의 깊이는 몇 cm인지 {_end(rng)} (단, 좌표의 단위는 cm이다.)")
        ans, chk = str(d), (lambda: sp.Rational(r * r, 4 * p) == d)
        diff = 3
    return Problem(text=text, answer=ans, format="word", difficulty=diff, achievement_level="B",
                   concepts=["포물선", "초점", "꼭짓점", "축"], check=chk)


@family(P1, "bogi-parabola-properties")
def _p_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randint(1, 5)
    sgn = rng.choice([1, -1])
    axis = rng.choice("xy")
    c = 4 * p * sgn
    eq = _t(_parab_tex(c, axis), st)
    focus, dval, dv = _parab_fd(c, axis)
    good = [rng.random() < 0.55 for _ in range(3)]
    if not any(good):
        good[rng.randrange(3)] = True
    f_show = focus if good[0] else rng.choice([(c, 0), (0, sgn * p), (-sgn * p, 0)] if axis == "x" else [(0, c), (sgn * p, 0), (0, -sgn * p)])
    d_show = dval if good[1] else -dval
    t = rng.randint(1, 3)
    a = p * t * t
    pf_true = a + p
    pf_show = pf_true if good[2] else rng.choice([w for w in (a, a + 2 * p, 2 * a) if w != pf_true])
    along = "x" if axis == "x" else "y"
    s3 = (f"포물선 위의 점 중 {along}좌표의 절댓값이 {a}인 점과 초점 사이의 거리는 {pf_show}이다.")
    stmts = [(f"초점의 좌표는 {_t(_pt(*f_show), st)}이다.", good[0]),
             (f"준선의 방정식은 {_t(f'{dv} = {_num(d_show)}', st)}이다.", good[1]),
             (s3, good[2])]
    block, ch = bogi(rng, stmts)
    text = f"포물선 {eq}에 대하여 {bogi_question(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"

    def chk() -> bool:
        ok0 = (tuple(sp.nsimplify(v) for v in f_show) == tuple(sp.nsimplify(v) for v in focus)) == good[0]
        ok1 = (d_show == dval) == good[1]
        ok2 = (pf_show == pf_true) == good[2]
        return ok0 and ok1 and ok2 and _parab_ok(c, axis, 0, 0, focus, dval)

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["포물선", "초점", "준선"], choice=ch, check=chk)


@family(P1, "derive-equation-fill-blanks")
def _p_derive(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    p = rng.randint(1, 7)
    axis = rng.choice("xy")
    if axis == "x":
        lhs = f"\\sqrt{{(x - {p})^{{2}} + y^{{2}}}} = |x + {p}|"
        step = f"(x - {p})^{{2}} + y^{{2}} = (x + {p})^{{2}}"
        res = "y^{2} = (가)x"
        f_, d_ = f"F({p}, 0)", f"x = -{p}"
    else:
        lhs = f"\\sqrt{{x^{{2}} + (y - {p})^{{2}}}} = |y + {p}|"
        step = f"x^{{2}} + (y - {p})^{{2}} = (y + {p})^{{2}}"
        res = "x^{2} = (가)y"
        f_, d_ = f"F(0, {p})", f"y = -{p}"
    text = (f"다음은 초점이 {_t(f_, st)}이고 준선이 {_t(d_, st)}인 포물선의 방정식을 구하는 과정이다. "
            f"(가), (나)에 알맞은 것을 {_end(rng, '쓰')}\n"
            f"포물선 위의 점 P(x, y)에서 준선에 내린 수선의 발을 H라 하면 정의에 의하여 (나)이므로\n"
            f"{_t(lhs, st)}\n양변을 제곱하면 {_t(step, st)}\n정리하면 {_t(res, st)}")
    ans = f"(가) {4 * p}, (나) PF = PH"

    def chk() -> bool:
        if axis == "x":
            e = sp.expand((X - p) ** 2 + Y ** 2 - (X + p) ** 2)
            return e.coeff(X, 1) == -4 * p and e.coeff(Y, 2) == 1
        e = sp.expand(X ** 2 + (Y - p) ** 2 - (Y + p) ** 2)
        return e.coeff(Y, 1) == -4 * p

    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["포물선", "초점", "준선"], check=chk)


@family(P1, "parabola-through-point")
def _p_through(rng: random.Random) -> Problem:
    st = pick_style(rng)
    axis = rng.choice("xy")
    p = _nz(rng, -5, 5)
    t = rng.randint(1, 4)
    u, v = p * t * t, 2 * p * t  # y^2 = 4p x through (u, v)
    pt = (u, v) if axis == "x" else (v, u)
    c = 4 * p
    lhs = "y^{2} = ax" if axis == "x" else "x^{2} = ay"
    mode = rng.randrange(2)
    focus, _, _ = _parab_fd(c, axis)
    if mode == 0:
        text = rng.choice([
            f"포물선 {_t(lhs, st)}가 점 {josa(_t(_pt(*pt), st), '을/를')} 지날 때, 이 포물선의 초점의 좌표를 {_end(rng)} (단, a는 상수이다.)",
            f"꼭짓점이 원점이고 점 {josa(_t(_pt(*pt), st), '을/를')} 지나는 포물선의 축이 {'x' if axis == 'x' else 'y'}축일 때, 이 포물선의 초점의 좌표를 {_end(rng)}",
        ])
        ans = _upt(*focus)
        chk = lambda: sp.expand(_parab_expr(c, axis).subs({X: pt[0], Y: pt[1]})) == 0 and (focus[0] + focus[1]) == p  # noqa: E731
        d = 3
        fmt = "computation"
    else:
        text = (f"축이 {'x' if axis == 'x' else 'y'}축이고 꼭짓점이 원점인 포물선이 점 {josa(_t(_pt(*pt), st), '을/를')} 지난다. "
                f"이 포물선의 준선과 초점 사이의 거리를 {_end(rng)}{_pts(rng, 3)}")
        ans = str(2 * abs(p))
        chk = lambda: sp.Rational(pt[1 if axis == 'x' else 0] ** 2, pt[0 if axis == 'x' else 1]) / 2 in (2 * abs(p), -2 * abs(p))  # noqa: E731
        d = 3
        fmt = "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="C",
                   concepts=["포물선", "초점", "준선", "꼭짓점"], check=chk)


# ================================================================================================
# 12기하01-02 타원
# ================================================================================================
def _fr(top: str, den) -> str:
    return top if den == 1 else f"\\frac{{{top}}}{{{_num(den)}}}"


def _ell_tex(A, B, h=0, k=0) -> str:
    return f"{_fr(_sq('x', h), A)} + {_fr(_sq('y', k), B)} = 1"


def _ell_foci(A, B, h=0, k=0):
    c = sp.sqrt(abs(sp.nsimplify(A) - sp.nsimplify(B)))
    if A > B:
        return (h + c, k), (h - c, k)
    return (h, k + c), (h, k - c)


def _conic_pts(A, B, h, k, sign: int = 1):
    """Exact points of x²/A ± y²/B = 1 (translated by (h, k)) from a rational parametrization."""
    out = []
    for s in (R(1, 2), R(1, 3), R(2, 5)):
        if sign == 1:
            cx, cy = (1 - s * s) / (1 + s * s), 2 * s / (1 + s * s)
        else:  # hyperbola x²/A − y²/B = 1: (1+s²)/(1−s²), 2s/(1−s²)
            cx, cy = (1 + s * s) / (1 - s * s), 2 * s / (1 - s * s)
        out.append((h + sp.sqrt(A) * cx, k + sp.sqrt(B) * cy))
    return out


def _ell_ok(A, B, h, k, f1, f2) -> bool:
    """Independent check: PF + PF' is the same (= major axis length) at several points."""
    big = float(max(A, B))
    return all(abs(_fdist(p, f1) + _fdist(p, f2) - 2 * big ** 0.5) < 1e-9 for p in _conic_pts(A, B, h, k))


def _fdist(p, q) -> float:
    return sum((float(a) - float(b)) ** 2 for a, b in zip(p, q, strict=True)) ** 0.5


# (a, b, c) with a² = b² + c² (integers) plus some with surd c
_ABC = [(5, 4, 3), (5, 3, 4), (13, 12, 5), (13, 5, 12), (10, 8, 6), (10, 6, 8), (17, 15, 8),
        (4, 2, None), (3, 2, None), (3, 1, None), (4, 3, None), (6, 4, None), (2, 1, None), (5, 2, None)]


def _abc(rng: random.Random, surd: bool = True):
    pool = _ABC if surd else [t for t in _ABC if t[2] is not None]
    a, b, c = rng.choice(pool)
    c = sp.sqrt(a * a - b * b)
    return a, b, c


def _ell_render(A, B, st: str, rng: random.Random) -> str:
    """Standard form, or the cleared form ``B x² + A y² = AB`` (divided by the gcd)."""
    if rng.random() < 0.6 or A * B > 2500:
        return _t(_ell_tex(A, B), st)
    g = sp.gcd(A, B)
    return _t(_lin([(B // g, "x^{2}"), (A // g, "y^{2}")]) + f" = {A * B // g}", st)


@family(P2, "ellipse-foci-axes-from-equation")
def _e_foci(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c = _abc(rng)
    A, B = (a * a, b * b) if rng.random() < 0.5 else (b * b, a * a)
    eq = _ell_render(A, B, st, rng)
    f1, f2 = _ell_foci(A, B)
    ask = rng.randrange(3)
    chk0 = lambda: _ell_ok(A, B, 0, 0, f1, f2)  # noqa: E731
    if ask == 0:
        text = rng.choice([
            f"타원 {eq}의 두 초점의 좌표를 {_end(rng)}",
            f"다음 타원의 초점의 좌표를 {_end(rng)}\n{eq}",
            f"좌표평면 위에 타원 {josa(eq, '이/가')} 있다. 이 타원의 두 초점의 좌표를 모두 {_end(rng, '쓰')}",
        ])
        ans = f"{_upt(*f1)}, {_upt(*f2)}"
        return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                       concepts=["타원", "초점"], check=chk0)
    if ask == 1:
        text = rng.choice([
            f"타원 {eq}의 장축의 길이와 단축의 길이를 각각 {_end(rng)}",
            f"타원 {eq}에서 장축과 단축의 길이를 차례대로 {_end(rng)}",
        ])
        ans = f"장축 {2 * a}, 단축 {2 * b}"
        return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                       concepts=["타원", "장축", "단축"],
                       check=lambda: chk0() and 2 * sp.sqrt(max(A, B)) == 2 * a and 2 * sp.sqrt(min(A, B)) == 2 * b)
    val = 2 * c
    wrong = [2 * a, 2 * b, c, 2 * sp.sqrt(a * a + b * b), sp.sqrt(a * a + b * b), a + b, 2 * (a - b), a]
    ch = _mc_num(rng, val, wrong)
    text = f"타원 {eq}의 두 초점 사이의 거리는?{_pts(rng, 2)}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["타원", "초점"], choice=ch, check=lambda: chk0() and _dist(f1, f2) == val)


@family(P2, "ellipse-equation-from-foci-and-sum")
def _e_from_sum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c = _abc(rng, surd=False)
    ax = rng.choice("xy")
    f1 = (c, 0) if ax == "x" else (0, c)
    f2 = (-c, 0) if ax == "x" else (0, -c)
    A, B = (a * a, b * b) if ax == "x" else (b * b, a * a)
    fs = f"{_t('F' + _pt(*f1), st)}, {_t(chr(70) + chr(39) + _pt(*f2), st)}"
    mode = rng.randrange(3)
    cond_s = _t(_OV + "{PF} + " + _OV + "{PF'} = " + str(2 * a), st)
    if mode == 0:
        text = rng.choice([
            f"두 점 {fs}으로부터의 거리의 합이 {2 * a}인 점이 나타내는 도형의 방정식을 {_end(rng)}",
            f"두 초점 {fs}에 대하여 {josa(cond_s, '을/를')} 만족시키는 점 P의 자취의 방정식을 {_end(rng)}",
        ])
    elif mode == 1:
        text = (f"두 초점이 {fs}이고 장축의 길이가 {2 * a}인 타원의 방정식을 {_end(rng)}")
    else:
        text = (f"두 초점이 {fs}이고 단축의 길이가 {2 * b}인 타원의 방정식을 {_end(rng)}")
    ans = _t(_ell_tex(A, B), "unicode")
    return Problem(text=text, answer=ans, format="computation", difficulty=2 if mode else 3,
                   achievement_level="D" if mode else "C", concepts=["타원", "초점", "장축", "단축"],
                   check=lambda: _ell_ok(A, B, 0, 0, f1, f2))


@family(P2, "ellipse-through-point")
def _e_through(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # choose a, b and a rational point (a·3/5, b·4/5)-type
    m = rng.choice([1, 2])
    a = 5 * m * rng.choice([1, 1, 2]) if rng.random() < 0.5 else 5
    b = rng.choice([v for v in (5, 10, 15, 20) if v != a])
    tri = rng.choice([(3, 4), (4, 3)])
    x0, y0 = a * tri[0] // 5, b * tri[1] // 5
    x0, y0 = x0 * rng.choice([1, -1]), y0 * rng.choice([1, -1])
    A, B = a * a, b * b
    mode = rng.randrange(2)
    pt = _t(_pt(x0, y0), st)
    ek = _t("\\frac{x^{2}}{" + str(A) + "} + \\frac{y^{2}}{k} = 1", st)
    if mode == 0:
        text = rng.choice([
            f"타원 {ek}이 점 {josa(pt, '을/를')} 지날 때, 양수 k의 {_end(rng, '값')}",
            f"x축 위의 두 꼭짓점이 (±{a}, 0)인 타원 {ek}이 점 {josa(pt, '을/를')} 지난다. k의 {_end(rng, '값')}",
        ])
        ans = str(B)
        chk = lambda: sp.Rational(y0 * y0) / (1 - sp.Rational(x0 * x0, A)) == B  # noqa: E731
        d = 2
    else:
        text = (f"중심이 원점이고 두 초점이 좌표축 위에 있는 타원 {ek}이 "
                f"점 {josa(pt, '을/를')} 지날 때, 이 타원의 두 초점 사이의 거리를 {_end(rng)}{_pts(rng, 3)}")
        ans = _ua(2 * sp.sqrt(abs(A - B)))
        chk = lambda: _ell_ok(A, B, 0, 0, *_ell_foci(A, B)) and sp.expand(X ** 2 / A + Y ** 2 / B - 1).subs({X: x0, Y: y0}) == 0  # noqa: E731
        d = 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["타원", "초점", "꼭짓점"], check=chk)


@family(P2, "focal-triangle-perimeter")
def _e_perim(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c = _abc(rng, surd=False)
    A, B = (a * a, b * b) if rng.random() < 0.6 else (b * b, a * a)
    eq = _ell_render(A, B, st, rng)
    mode = rng.randrange(3)
    if mode == 0:
        val = 2 * a + 2 * c
        text = rng.choice([
            f"타원 {eq}의 두 초점을 F, F'이라 하자. 이 타원 위의 점 P에 대하여 삼각형 PFF'의 둘레의 길이는? (단, 점 P는 직선 FF' 위에 있지 않다.){_pts(rng, 3)}",
            f"두 초점이 F, F'인 타원 {eq} 위의 점 P가 직선 FF' 위에 있지 않을 때, 삼각형 PF'F의 둘레의 길이는?{_pts(rng, 3)}",
        ])
        wrong = [2 * a + c, 2 * a, a + 2 * c, 2 * b + 2 * c, 4 * a, 2 * a + 2 * b, a + c]
    elif mode == 1:
        p1 = rng.randint(max(1, a - c) + 0, min(a + c, 2 * a - 1))
        if 2 * a - p1 == p1:
            p1 = p1 - 1 if p1 - 1 >= a - c else p1 + 1
        val = 2 * a - p1
        text = (f"타원 {eq}의 두 초점을 F, F'이라 할 때, 타원 위의 점 P에 대하여 {_t(_OV + '{PF} = ' + str(p1), st)}이다. "
                f"선분 PF'의 길이는?{_pts(rng, 2)}")
        wrong = [a - p1 + 2 * a, 2 * c - p1, a + c - p1, 2 * b - p1, a, 2 * a, p1]
        wrong = [w for w in wrong if w > 0]
    else:
        val = 4 * a
        text = (f"타원 {eq}의 두 초점을 F, F'이라 하자. 점 F를 지나는 직선이 이 타원과 만나는 두 점을 A, B라 할 때, "
                f"삼각형 ABF'의 둘레의 길이는?{_pts(rng, 3)}")
        wrong = [2 * a, 2 * a + 2 * c, 4 * b, 4 * c, 2 * a + 2 * b, 4 * a + 2 * c]
    ch = choices(rng, str(val), [str(w) for w in wrong], sort_key=int)
    text += "\n" + ch.block
    d = 3 if mode != 1 else 2

    def chk() -> bool:
        f1, f2 = _ell_foci(A, B)
        if not _ell_ok(A, B, 0, 0, f1, f2):
            return False
        if mode == 0:
            return val == 2 * sp.sqrt(max(A, B)) + _dist(f1, f2)
        if mode == 1:
            return val + (2 * a - val) == 2 * sp.sqrt(max(A, B))
        return val == 2 * (2 * sp.sqrt(max(A, B)))

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["타원", "초점", "장축"], choice=ch, check=chk)


@family(P2, "translated-ellipse-center-foci")
def _e_shift(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, _c = _abc(rng, surd=False) if rng.random() < 0.7 else _abc(rng)
    A, B = (a * a, b * b) if rng.random() < 0.5 else (b * b, a * a)
    h, k = _nz(rng, -4, 4), rng.randint(-4, 4)
    e = sp.expand((B * (X - h) ** 2 + A * (Y - k) ** 2 - A * B) / sp.gcd(A, B))
    terms = [(e.coeff(X, 2), "x^{2}"), (e.coeff(Y, 2), "y^{2}"), (e.coeff(X, 1).subs(Y, 0), "x"),
             (e.coeff(Y, 1).subs(X, 0), "y"), (e.subs({X: 0, Y: 0}), "")]
    general = rng.random() < 0.6
    eq = _t(_lin(terms) + " = 0", st) if general else _t(_ell_tex(A, B, h, k), st)
    f1, f2 = _ell_foci(A, B, h, k)
    ask = rng.randrange(2)
    if ask == 0:
        text = rng.choice([
            f"타원 {eq}의 중심과 두 초점의 좌표를 {_end(rng)}",
            f"다음 방정식이 나타내는 타원의 중심의 좌표와 초점의 좌표를 {_end(rng)}\n{eq}",
        ])
        ans = f"중심 {_upt(h, k)}, 초점 {_upt(*f1)}, {_upt(*f2)}"
    else:
        text = rng.choice([
            f"타원 {eq}의 장축의 길이를 p, 단축의 길이를 q라 할 때, p + q의 {_end(rng, '값')}",
            f"방정식 {josa(eq, '이/가')} 나타내는 타원의 장축과 단축의 길이의 합을 {_end(rng)}",
        ])
        ans = str(2 * a + 2 * b)
    d = 3 if general else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["타원", "중심", "초점", "장축", "단축"],
                   check=lambda: _ell_ok(A, B, h, k, f1, f2) and sp.expand(
                       sum(cc * sp.sympify(v.replace("^{2}", "**2") or "1", locals={"x": X, "y": Y}) for cc, v in terms) - e) == 0)


_ORBIT = [("어느 인공위성", "지구의 중심"), ("기상 위성", "지구의 중심"), ("탐사선", "화성의 중심"),
          ("탐사선", "달의 중심"), ("어느 소행성 탐사 위성", "소행성의 중심")]


@family(P2, "ellipse-context-orbit-string")
def _e_context(rng: random.Random) -> Problem:
    mode = rng.randrange(3)
    if mode == 0:
        a, b, c = _abc(rng, surd=False)
        s = rng.choice([100, 500, 1000])
        body, center = rng.choice(_ORBIT)
        near, far = (a - c) * s, (a + c) * s
        unit = "km"
        text = rng.choice([
            f"{josa(body, '은/는')} {josa(center, '을/를')} 한 초점으로 하는 타원 궤도를 돈다. {center}에 가장 가까울 때의 거리가 {near} {unit}, "
            f"가장 멀 때의 거리가 {far} {unit}일 때, 이 타원 궤도의 단축의 길이는 몇 {unit}인지 {_end(rng)}",
            f"{center}에서 {body}까지의 최단 거리는 {near} {unit}, 최장 거리는 {far} {unit}이다. {body}의 궤도가 {josa(center, '을/를')} "
            f"한 초점으로 하는 타원일 때, 궤도의 장축의 길이와 단축의 길이를 각각 {_end(rng)} (단위: {unit})",
        ])
        ans = f"{2 * b * s}" if "단축의 길이는 몇" in text else f"장축 {2 * a * s}, 단축 {2 * b * s}"
        chk = lambda: ((near + far) // 2) ** 2 - ((far - near) // 2) ** 2 == (b * s) ** 2  # noqa: E731
        return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                       concepts=["타원", "초점", "장축", "단축"], check=chk)
    if mode == 1:
        a, b, c = rng.choice([t for t in _ABC if t[2] is not None and t[0] <= 13])
        who = name(rng)
        s = rng.choice([1, 2])
        text = rng.choice([
            f"{josa(who, '은/는')} 화단을 타원 모양으로 만들기 위해 두 말뚝을 {2 * c} m 떨어지게 박고, 길이가 {2 * a} m인 끈의 양 끝을 "
            f"두 말뚝에 묶은 다음 끈을 팽팽하게 당기며 한 바퀴 돌았다. 이렇게 만든 화단의 폭(단축의 길이)은 몇 m인지 {_end(rng)}".replace("@", ""),
            f"길이가 {2 * a * s} cm인 실의 양 끝을 {2 * c * s} cm 떨어진 두 압정에 고정하고, 연필로 실을 팽팽하게 당기면서 곡선을 그렸다. "
            f"두 압정의 중점을 원점, 두 압정을 지나는 직선을 x축으로 할 때, 이 곡선의 방정식을 {_end(rng)}",
        ])
        if "폭" in text:
            s = 1
            ans = str(2 * b)
        else:
            ans = _t(_ell_tex((a * s) ** 2, (b * s) ** 2), "unicode")
        A, B = (a * s) ** 2, (b * s) ** 2
        return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                       concepts=["타원", "초점", "단축"],
                       check=lambda: _ell_ok(A, B, 0, 0, (c * s, 0), (-c * s, 0)))
    # 타원형 트랙/터널: 폭과 높이 → 방정식, 높이 at x
    a = rng.choice([5, 10, 15, 20, 25])
    b = rng.choice([5, 10, 15])
    tri = rng.choice([(3, 4), (4, 3)])
    xv = sp.Rational(a * tri[0], 5)
    hv = b * sp.sqrt(1 - xv ** 2 / a ** 2)
    obj = rng.choice(["터널의 입구", "다리 아래 통로", "정원의 아치문"])
    text = (f"{josa(obj, '은/는')} 밑면의 폭이 {2 * a} m, 가장 높은 곳의 높이가 {b} m인 반타원 모양이다. 밑면의 중앙에서 옆으로 "
            f"{_ua(xv)} m 떨어진 지점에서 {obj}의 높이는 몇 m인지 {_end(rng)}")
    return Problem(text=text, answer=_ua(hv), format="word", difficulty=4, achievement_level="B",
                   concepts=["타원", "장축", "단축"],
                   check=lambda: sp.simplify(xv ** 2 / a ** 2 + hv ** 2 / b ** 2 - 1) == 0)


@family(P2, "bogi-ellipse-properties")
def _e_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c = _abc(rng, surd=False)
    A, B = (a * a, b * b) if rng.random() < 0.5 else (b * b, a * a)
    eq = _ell_render(A, B, st, rng)
    f1, f2 = _ell_foci(A, B)
    good = [rng.random() < 0.55 for _ in range(3)]
    if not any(good):
        good[rng.randrange(3)] = True
    fshow = f1 if good[0] else ((f1[1], f1[0]) if rng.random() < 0.5 else tuple(2 * v for v in f1))
    s1 = f"한 초점의 좌표는 {_t(_pt(*fshow), st)}이다."
    L = 2 * a if good[1] else rng.choice([a, 2 * b])
    s2 = f"장축의 길이는 {L}이다."
    minvar = rng.random() < 0.5
    if minvar:  # 타원 위의 점과 중심 사이의 거리의 최솟값 = 단축의 절반
        sm = b if good[2] else a
        s3 = f"타원 위의 점과 중심 사이의 거리의 최솟값은 {sm}이다."
    else:  # PF + PF' = 2a
        sm = 2 * a if good[2] else rng.choice([2 * b, a + c, 2 * c])
        s3 = f"타원 위의 점 P와 두 초점 F, F'에 대하여 PF + PF' = {sm}이다."
    stmts = [(s1, good[0]), (s2, good[1]), (s3, good[2])]
    block, ch = bogi(rng, stmts)
    text = f"타원 {eq}에 대하여 {bogi_question(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"

    def chk() -> bool:
        r0 = (fshow in (f1, f2)) == good[0]
        r1 = (2 * sp.sqrt(max(A, B)) == L) == good[1]
        if minvar:
            dmin = min(_fdist(p, (0, 0)) for p in [*_conic_pts(A, B, 0, 0), (0, sp.sqrt(B)), (sp.sqrt(A), 0)])
            r2 = (abs(dmin - sm) < 1e-9) == good[2]
        else:
            r2 = (sm == 2 * sp.sqrt(max(A, B))) == good[2]
        return r0 and r1 and r2 and _ell_ok(A, B, 0, 0, f1, f2)

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["타원", "초점", "장축", "중심"], choice=ch, check=chk)


@family(P2, "derive-ellipse-fill")
def _e_derive(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    a, b, c = rng.choice([t for t in _ABC if t[2] is not None and t[0] <= 10])
    rad = "\\sqrt{(x - C)^{2} + y^{2}} + \\sqrt{(x + C)^{2} + y^{2}} = S".replace("C", str(c)).replace("S", str(2 * a))
    rel = _t("(가)x^{2} + (나)y^{2} = (다)", st)
    text = (f"다음은 두 초점 F({c}, 0), F'(−{c}, 0)으로부터의 거리의 합이 {2 * a}인 타원의 방정식을 구하는 과정이다. "
            f"(가), (나), (다)에 알맞은 수를 {_end(rng, '쓰')}\n"
            f"타원 위의 점을 P(x, y)라 하면 PF + PF' = {2 * a}이므로\n"
            f"{_t(rad, st)}\n"
            f"한 근호를 이항하여 두 번 제곱하고 정리하면 {rel}\n"
            "따라서 (가), (나), (다)를 이용하여 타원의 방정식을 표준형으로 나타낼 수 있다.")
    ans = f"(가) {b * b}, (나) {a * a}, (다) {a * a * b * b}"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["타원", "초점"],
                   check=lambda: _eq_same(b * b * X ** 2 + a * a * Y ** 2 - a * a * b * b, X ** 2 / (a * a) + Y ** 2 / (b * b) - 1)
                   and _ell_ok(a * a, b * b, 0, 0, (c, 0), (-c, 0)))


# ================================================================================================
# 12기하01-03 쌍곡선
# ================================================================================================
def _hyp_tex(A, B, sign: int = 1, h=0, k=0) -> str:
    return f"{_fr(_sq('x', h), A)} - {_fr(_sq('y', k), B)} = {sign}"


def _hyp_render(A, B, sign: int, st: str, rng: random.Random) -> str:
    if rng.random() < 0.6 or A * B > 2500:
        return _t(_hyp_tex(A, B, sign), st)
    g = sp.gcd(A, B)
    return _t(_lin([(B // g, "x^{2}"), (-A // g, "y^{2}")]) + f" = {sign * A * B // g}", st)


def _hyp_data(A, B, sign: int, h=0, k=0):
    """(foci, vertices, slope of asymptotes)."""
    c = sp.sqrt(A + B)
    slope = sp.sqrt(sp.nsimplify(B)) / sp.sqrt(sp.nsimplify(A))
    if sign == 1:
        return ((h + c, k), (h - c, k)), ((h + sp.sqrt(A), k), (h - sp.sqrt(A), k)), slope
    return ((h, k + c), (h, k - c)), ((h, k + sp.sqrt(B)), (h, k - sp.sqrt(B))), slope


def _hyp_ok(A, B, sign, h, k, f1, f2) -> bool:
    """Independent check: |PF − PF'| is 2·(half transverse axis) at several points."""
    if sign == 1:
        pts, two_a = _conic_pts(A, B, h, k, -1), 2 * float(A) ** 0.5
    else:
        pts = _conic_pts(B, A, k, h, -1)
        pts = [(q[1], q[0]) for q in pts]
        two_a = 2 * float(B) ** 0.5
    for p in pts:
        val = sp.nsimplify(((p[0] - h) ** 2) / A - ((p[1] - k) ** 2) / B)
        if abs(float(val) - sign) > 1e-9:
            return False
        if abs(abs(_fdist(p, f1) - _fdist(p, f2)) - two_a) > 1e-9:
            return False
    return True


_HAB = [(3, 4), (4, 3), (5, 12), (12, 5), (6, 8), (8, 6), (8, 15), (1, 1), (2, 1), (1, 2), (2, 3), (3, 1),
        (2, 2), (3, 3), (1, 3), (2, 4), (4, 2)]


def _hab(rng: random.Random, nice: bool = False):
    pool = _HAB[:7] if nice else _HAB
    a, b = rng.choice(pool)
    return a, b, sp.sqrt(a * a + b * b)


def _asym(slope, h=0, k=0) -> str:
    m = _num(slope)
    m = "" if m == "1" else m
    if h == 0 and k == 0:
        return f"y = \\pm {m}x"
    return f"y {'-' if k > 0 else '+'} {abs(k)} = \\pm {m}{_sh('x', h)}" if k else f"y = \\pm {m}{_sh('x', h)}"


@family(P3, "hyperbola-features-from-equation")
def _h_feat(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c = _hab(rng)
    sign = rng.choice([1, -1])
    A, B = a * a, b * b
    eq = _hyp_render(A, B, sign, st, rng)
    (f1, f2), (v1, v2), slope = _hyp_data(A, B, sign)
    chk0 = lambda: _hyp_ok(A, B, sign, 0, 0, f1, f2)  # noqa: E731
    ask = rng.randrange(4)
    if ask == 0:
        text = rng.choice([f"쌍곡선 {eq}의 두 초점의 좌표를 {_end(rng)}",
                           f"다음 쌍곡선의 초점의 좌표를 모두 {_end(rng)}\n{eq}"])
        return Problem(text=text, answer=f"{_upt(*f1)}, {_upt(*f2)}", format="computation", difficulty=2,
                       achievement_level="D", concepts=["쌍곡선", "초점"], check=chk0)
    if ask == 1:
        text = rng.choice([f"쌍곡선 {eq}의 꼭짓점의 좌표와 주축의 길이를 {_end(rng)}",
                           f"쌍곡선 {eq}에 대하여 두 꼭짓점의 좌표와 주축의 길이를 각각 {_end(rng)}"])
        ans = f"꼭짓점 {_upt(*v1)}, {_upt(*v2)}, 주축의 길이 {_ua(_dist(v1, v2))}"
        return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                       concepts=["쌍곡선", "꼭짓점", "주축"],
                       check=lambda: chk0() and _dist(v1, v2) == 2 * (a if sign == 1 else b))
    if ask == 2:
        text = rng.choice([f"쌍곡선 {eq}의 점근선의 방정식을 {_end(rng)}",
                           f"다음 쌍곡선의 두 점근선의 방정식을 {_end(rng, '쓰')}\n{eq}"])
        ans = _t(_asym(slope), "unicode")
        return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                       concepts=["쌍곡선", "점근선"],
                       check=lambda: chk0() and sp.simplify(slope ** 2 - sp.Rational(B, A)) == 0)
    val = 2 * c
    wrong = [2 * a, 2 * b, c, 2 * sp.sqrt(abs(A - B)) if A != B else 2 * a + 2, a + b, 2 * (a + b), 4 * c]
    ch = _mc_num(rng, val, wrong)
    text = f"쌍곡선 {eq}의 두 초점 사이의 거리는?{_pts(rng, 2)}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["쌍곡선", "초점"], choice=ch, check=lambda: chk0() and _dist(f1, f2) == val)


@family(P3, "hyperbola-equation-from-foci")
def _h_from_foci(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, _c = _hab(rng, nice=True)
    sign = rng.choice([1, -1])
    A, B = (a * a, b * b) if sign == 1 else (b * b, a * a)
    (f1, f2), _, _ = _hyp_data(A, B, sign)
    fs = f"{_t('F' + _pt(*f1), st)}, {_t(chr(70) + chr(39) + _pt(*f2), st)}"
    mode = rng.randrange(3)
    if mode == 0:
        cond = _t(f"|{_OV}{{PF}} - {_OV}{{PF'}}| = {2 * a}", st)
        text = rng.choice([
            f"두 점 {fs}에 대하여 {josa(cond, '을/를')} 만족시키는 점 P가 나타내는 도형의 방정식을 {_end(rng)}",
            f"두 점 {fs}으로부터의 거리의 차가 {2 * a}인 점들이 나타내는 도형의 방정식을 {_end(rng)}",
        ])
    elif mode == 1:
        text = f"두 초점이 {fs}이고 주축의 길이가 {2 * a}인 쌍곡선의 방정식을 {_end(rng)}"
    else:
        v = (a, 0) if sign == 1 else (0, a)
        text = f"두 초점이 {fs}이고 한 꼭짓점이 {_t(_pt(*v), st)}인 쌍곡선의 방정식을 {_end(rng)}"
    ans = _t(_hyp_tex(A, B, sign), "unicode")
    return Problem(text=text, answer=ans, format="computation", difficulty=2 if mode else 3,
                   achievement_level="D" if mode else "C", concepts=["쌍곡선", "초점", "주축", "꼭짓점"],
                   check=lambda: _hyp_ok(A, B, sign, 0, 0, f1, f2))


@family(P3, "hyperbola-from-asymptotes")
def _h_from_asym(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, _c = _hab(rng)
    sign = rng.choice([1, -1])
    A, B = a * a, b * b
    (f1, f2), (v1, _), slope = _hyp_data(A, B, sign)
    asy = _t(_asym(slope), st)
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([
            f"점근선의 방정식이 {asy}이고 두 초점이 {_t(_pt(*f1), st)}, {_t(_pt(*f2), st)}인 쌍곡선의 방정식을 {_end(rng)}",
            f"두 초점의 좌표가 {_t(_pt(*f1), st)}, {_t(_pt(*f2), st)}이고 두 점근선이 {asy}인 쌍곡선의 방정식을 {_end(rng)}{_pts(rng, 3)}",
        ])
    else:
        text = (f"중심이 원점이고 한 꼭짓점이 {_t(_pt(*v1), st)}이며 점근선의 방정식이 {asy}인 쌍곡선의 방정식을 {_end(rng)}")
    ans = _t(_hyp_tex(A, B, sign), "unicode")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["쌍곡선", "점근선", "초점", "꼭짓점"],
                   check=lambda: _hyp_ok(A, B, sign, 0, 0, f1, f2) and sp.simplify(slope ** 2 * A - B) == 0)


@family(P3, "focal-distance-difference")
def _h_diff(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c = _hab(rng, nice=True)
    sign = rng.choice([1, -1])
    A, B = (a * a, b * b) if sign == 1 else (b * b, a * a)
    eq = _hyp_render(A, B, sign, st, rng)
    (f1, f2), _, _ = _hyp_data(A, B, sign)
    mode = rng.randrange(2)
    if mode == 0:
        p1 = rng.randint(c - a + 1, c + a + 6)
        val = p1 + 2 * a
        text = rng.choice([
            f"쌍곡선 {eq}의 두 초점을 F, F'이라 하자. 이 쌍곡선 위의 점 P에 대하여 선분 PF의 길이가 {p1}이고 "
            f"{_t(_OV + '{PF} < ' + _OV + '{PF' + chr(39) + '}', st)}일 때, 선분 PF'의 길이는?{_pts(rng, 3)}",
            f"두 초점이 F, F'인 쌍곡선 {eq} 위의 점 P가 PF = {p1}, PF' > PF를 만족시킨다. 선분 PF'의 길이는?{_pts(rng, 3)}",
        ])
        wrong = [p1 + a, p1 + c, p1 + 2 * c, abs(p1 - 2 * a) or p1 + 4 * a, p1 + 2 * b, p1 + 4 * a]
        d = 3
    else:
        p1 = 2 * c  # triangle PFF' isosceles with PF = FF'
        val = p1 + (p1 + 2 * a) + 2 * c
        text = (f"쌍곡선 {eq}의 두 초점을 F, F'이라 하자. 이 쌍곡선 위의 점 P가 {_t(_OV + '{PF} = ' + _OV + '{FF' + chr(39) + '}', st)}, "
                f"{_t(_OV + '{PF} < ' + _OV + '{PF' + chr(39) + '}', st)}를 만족시킬 때, 삼각형 PFF'의 둘레의 길이는?{_pts(rng, 4)}")
        wrong = [val - 2 * a, val + 2 * a, 6 * c, val - 4 * a, 4 * c + 2 * a, val + 2 * c]
        d = 4
    ch = _mc_num(rng, val, wrong)
    text += "\n" + ch.block

    def chk() -> bool:
        if not _hyp_ok(A, B, sign, 0, 0, f1, f2):
            return False
        ta = 2 * (sp.sqrt(A) if sign == 1 else sp.sqrt(B))
        if mode == 0:
            return val - p1 == ta
        return val == 2 * _dist(f1, f2) + _dist(f1, f2) + ta

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["쌍곡선", "초점", "주축"], choice=ch, check=chk)


@family(P3, "translated-hyperbola")
def _h_shift(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, _c = _hab(rng, nice=rng.random() < 0.6)
    sign = rng.choice([1, -1])
    A, B = a * a, b * b
    h, k = _nz(rng, -3, 3), rng.randint(-3, 3)
    e = sp.expand((B * (X - h) ** 2 - A * (Y - k) ** 2 - sign * A * B) / sp.gcd(A, B))
    terms = [(e.coeff(X, 2), "x^{2}"), (e.coeff(Y, 2), "y^{2}"), (e.coeff(X, 1).subs(Y, 0), "x"),
             (e.coeff(Y, 1).subs(X, 0), "y"), (e.subs({X: 0, Y: 0}), "")]
    general = rng.random() < 0.6
    eq = _t(_lin(terms) + " = 0", st) if general else _t(_hyp_tex(A, B, sign, h, k), st)
    (f1, f2), _, slope = _hyp_data(A, B, sign, h, k)
    ask = rng.randrange(2)
    if ask == 0:
        text = rng.choice([f"쌍곡선 {eq}의 중심과 두 초점의 좌표를 {_end(rng)}",
                           f"다음 방정식이 나타내는 쌍곡선의 중심과 초점의 좌표를 {_end(rng)}\n{eq}"])
        ans = f"중심 {_upt(h, k)}, 초점 {_upt(*f1)}, {_upt(*f2)}"
        concepts = ["쌍곡선", "중심", "초점"]
    else:
        text = rng.choice([f"쌍곡선 {eq}의 두 점근선의 방정식을 {_end(rng)}",
                           f"다음 쌍곡선의 점근선의 방정식을 {_end(rng)}\n{eq}"])
        ans = _t(_asym(slope, h, k), "unicode")
        concepts = ["쌍곡선", "중심", "점근선"]
    d = 3 if general else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=concepts,
                   check=lambda: _hyp_ok(A, B, sign, h, k, f1, f2) and sp.expand(
                       sum(cc * sp.sympify(v.replace("^{2}", "**2") or "1", locals={"x": X, "y": Y}) for cc, v in terms) - e) == 0)


@family(P3, "time-difference-location-context")
def _h_context(rng: random.Random) -> Problem:
    a, b, c = _hab(rng, nice=True)
    s = rng.choice([100, 200, 500])
    speed = 340
    # time difference t: distance diff = 2a*s metres; choose s so that 2as/340 is a clean decimal
    dd = 2 * a * s
    t = sp.Rational(dd, speed)
    mode = rng.randrange(2)
    places = rng.choice([("두 관측소 A, B", "천둥소리"), ("두 마이크 A, B", "폭죽 소리"), ("두 기지국 A, B", "신호음")])
    if mode == 0:
        text = (f"{places[0]}가 {2 * c * s} m 떨어져 있다. 어느 지점에서 난 {josa(places[1], '이/가')} A에 B보다 {dd} m만큼 먼 거리를 "
                f"이동해 도착했다고 한다. 선분 AB의 중점을 원점, 직선 AB를 x축으로 하고 A를 x축의 음의 부분, B를 양의 부분에 놓을 때, "
                f"소리가 난 지점이 있을 수 있는 곡선의 방정식을 {_end(rng)} (단, 좌표의 단위는 m이고, 소리가 난 지점은 B에 더 가깝다.)")
        ans = _t(_hyp_tex((a * s) ** 2, (b * s) ** 2), "unicode") + " (x > 0)"
        d = 4
    else:
        tt = rng.choice([R(1, 2), R(1), R(3, 2), R(2)])
        dd = int(speed * tt)
        a2 = dd // 2
        cc = a2 + rng.choice([30, 80, 130, 330])
        text = (f"{places[0]}는 {2 * cc} m 떨어져 있다. 어느 지점에서 난 {josa(places[1], '을/를')} A에서 B보다 "
                f"{float(tt):g}초 먼저 들었다. 소리의 속력이 초속 {speed} m일 때, 선분 AB의 중점을 원점으로 하고 A({-2 * cc // 2}, 0), "
                f"B({cc}, 0)이 되도록 좌표를 잡으면 소리가 난 지점은 어떤 쌍곡선 위에 있다. 이 쌍곡선의 방정식을 {_end(rng)} "
                f"(단, 좌표의 단위는 m이다.)")
        ans = _t(_hyp_tex(a2 * a2, cc * cc - a2 * a2), "unicode") + " (x < 0)"
        d = 4
        A, B = a2 * a2, cc * cc - a2 * a2
        return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level="B",
                       concepts=["쌍곡선", "초점", "주축"],
                       check=lambda: _hyp_ok(A, B, 1, 0, 0, (cc, 0), (-cc, 0)) and tt * speed == 2 * a2)
    A, B = (a * s) ** 2, (b * s) ** 2
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level="B",
                   concepts=["쌍곡선", "초점", "주축"],
                   check=lambda: _hyp_ok(A, B, 1, 0, 0, (c * s, 0), (-c * s, 0)) and t * speed == dd)


@family(P3, "bogi-hyperbola-properties")
def _h_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c = _hab(rng, nice=True)
    sign = rng.choice([1, -1])
    A, B = a * a, b * b
    eq = _hyp_render(A, B, sign, st, rng)
    (f1, f2), (v1, v2), slope = _hyp_data(A, B, sign)
    good = [rng.random() < 0.55 for _ in range(3)]
    if not any(good):
        good[rng.randrange(3)] = True
    fshow = f1 if good[0] else (f1[1], f1[0])
    s1 = f"초점 중 하나의 좌표는 {_t(_pt(*fshow), st)}이다."
    sl_show = slope if good[1] else 1 / slope
    if sl_show == slope:
        good[1] = True
    s2 = f"두 점근선의 방정식은 {_t(_asym(sl_show), st)}이다."
    ta = _dist(v1, v2)
    ta_show = ta if good[2] else 2 * c
    s3 = f"주축의 길이는 {_ua(ta_show)}이다."
    if not any(good):
        good[0], fshow = True, f1
        s1 = f"초점 중 하나의 좌표는 {_t(_pt(*fshow), st)}이다."
    block, ch = bogi(rng, [(s1, good[0]), (s2, good[1]), (s3, good[2])])
    text = f"쌍곡선 {eq}에 대하여 {bogi_question(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"

    def chk() -> bool:
        return ((fshow in (f1, f2)) == good[0] and (sp.simplify(sl_show ** 2 - sp.Rational(B, A)) == 0) == good[1]
                and (ta_show == ta) == good[2] and _hyp_ok(A, B, sign, 0, 0, f1, f2))

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["쌍곡선", "초점", "점근선", "주축"], choice=ch, check=chk)


@family(P3, "derive-hyperbola-fill")
def _h_derive(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    a, b, c = rng.choice([(3, 4, 5), (4, 3, 5), (6, 8, 10), (8, 6, 10), (5, 12, 13)])
    cond = _t(f"|{_OV}{{PF}} - {_OV}{{PF'}}| = {2 * a}", st)
    rad = _t(f"|\\sqrt{{(x - {c})^{{2}} + y^{{2}}}} - \\sqrt{{(x + {c})^{{2}} + y^{{2}}}}| = {2 * a}", st)
    rel = _t("(가)x^{2} - (나)y^{2} = (다)", st)
    text = (f"다음은 두 초점 F({c}, 0), F'(−{c}, 0)에 대하여 {josa(cond, '을/를')} 만족시키는 점 P(x, y)의 자취의 방정식을 구하는 과정이다. "
            f"(가), (나), (다)에 알맞은 수를 {_end(rng, '쓰')}\n"
            f"두 점 사이의 거리 공식에 의하여\n{rad}\n"
            f"근호를 없애기 위해 두 번 제곱하여 정리하면 {rel}\n"
            "이 식의 양변을 (다)로 나누면 쌍곡선의 방정식을 얻는다.")
    ans = f"(가) {b * b}, (나) {a * a}, (다) {a * a * b * b}"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["쌍곡선", "초점"],
                   check=lambda: _hyp_ok(a * a, b * b, 1, 0, 0, (c, 0), (-c, 0)) and c * c - a * a == b * b)


@family(P3, "which-equation-is-hyperbola")
def _h_which(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c = _hab(rng, nice=True)
    sign = rng.choice([1, -1])
    A, B = a * a, b * b
    (f1, f2), _, _ = _hyp_data(A, B, sign)
    cor = _t(_hyp_tex(A, B, sign), st)
    wrong = [_t(_hyp_tex(A, B, -sign), st), _t(_hyp_tex(B, A, sign), st), _t(_ell_tex(A, B) if A != B else _ell_tex(A, B + 1), st),
             _t(_hyp_tex(a, b, sign), st), _t(_hyp_tex(B, A, -sign), st)]
    ch = choices(rng, cor, [w for w in wrong if w != cor])
    axis = "x" if sign == 1 else "y"
    text = rng.choice([
        f"두 초점이 {_t(_pt(*f1), st)}, {_t(_pt(*f2), st)}이고 주축의 길이가 {2 * (a if sign == 1 else b)}인 쌍곡선의 방정식은?{_pts(rng, 2)}",
        f"두 초점이 {axis}축 위에 있고 초점 사이의 거리가 {2 * c}, 꼭짓점 사이의 거리가 {2 * (a if sign == 1 else b)}인 쌍곡선의 방정식으로 알맞은 것은?",
    ])
    text += "\n" + ch.block
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["쌍곡선", "초점", "주축"], choice=ch,
                   check=lambda: _hyp_ok(A, B, sign, 0, 0, f1, f2))


# ================================================================================================
# 12기하01-04 이차곡선의 접선 (판별식; 평행이동한 곡선의 접선은 다루지 않음)
# ================================================================================================
def _line_tex(m, k) -> str:
    return "y = " + _lin([(m, "x"), (k, "")])


def _tangent_ok(curve: sp.Expr, m, k) -> bool:
    """Independent check: substituting y = mx + k leaves a quadratic with zero discriminant."""
    q = sp.Poly(sp.expand(curve.subs(Y, m * X + k)), X)
    if q.degree() == 2:
        a2, a1, a0 = q.all_coeffs()
        return sp.simplify(a1 ** 2 - 4 * a2 * a0) == 0
    return False


def _ell_expr(A, B, sign: int = 1):
    return X ** 2 / sp.nsimplify(A) + sign * Y ** 2 / sp.nsimplify(B) - 1


# integer points on ellipses x²/A + y²/B = 1 and hyperbolas x²/A − y²/B = 1 (x, y ≠ 0)
_ELL_PTS = [(A, B, x1, y1) for A in range(2, 41) for B in range(2, 41) if A != B
            for x1 in range(1, 7) if x1 * x1 < A
            for y1 in [sp.sqrt(sp.Rational(B * (A - x1 * x1), A))] if y1.is_Integer and y1 > 0]
_HYP_PTS = [(A, B, x1, y1) for A in range(1, 26) for B in range(1, 26)
            for x1 in range(2, 9) if x1 * x1 > A
            for y1 in [sp.sqrt(sp.Rational(B * (x1 * x1 - A), A))] if y1.is_Integer and y1 > 0 and y1 < 13]
_SLOPES = [R(1), R(2), R(1, 2), R(3), R(-1), R(-2), R(-1, 2), R(1, 3), R(3, 2)]
_ELL_SL = [(A, B, m) for A in range(2, 30) for B in range(1, 30) if A != B for m in _SLOPES
           if sp.sqrt(A * m * m + B).is_Rational]
_HYP_SL = [(A, B, m) for A in range(1, 30) for B in range(1, 30) for m in _SLOPES
           if A * m * m - B > 0 and sp.sqrt(A * m * m - B).is_Rational]


def _at_point(rng: random.Random, kind: str):
    """(curve expr, curve tex, point, slope, intercept) for the tangent at a point."""
    sx, sy = rng.choice([1, -1]), rng.choice([1, -1])
    if kind == "p":
        p = _nz(rng, -4, 4)
        t = _nz(rng, -3, 3)
        x1, y1 = p * t * t, 2 * p * t
        if rng.random() < 0.5:  # y² = 4px: y1 y = 2p(x + x1)
            return (Y ** 2 - 4 * p * X, _parab_tex(4 * p, "x"), (x1, y1), sp.Rational(2 * p, y1), sp.Rational(2 * p * x1, y1))
        # x² = 4py at (y1, x1): tangent x1' x = 2p(y + y1')
        return (X ** 2 - 4 * p * Y, _parab_tex(4 * p, "y"), (y1, x1), sp.Rational(y1, 2 * p), -sp.Rational(x1, 1))
    if kind == "e":
        A, B, x1, y1 = rng.choice(_ELL_PTS)
        x1, y1 = sx * x1, sy * y1
        m, k = -sp.Rational(B * x1, A * y1), sp.Rational(B, y1)
        return (_ell_expr(A, B), _ell_tex(A, B), (x1, y1), m, k)
    A, B, x1, y1 = rng.choice(_HYP_PTS)
    x1, y1 = sx * x1, sy * y1
    m, k = sp.Rational(B * x1, A * y1), -sp.Rational(B, y1)
    return (_ell_expr(A, B, -1), _hyp_tex(A, B), (x1, y1), m, k)


_KIND = {"p": "포물선", "e": "타원", "h": "쌍곡선"}


def _mk_at_point(kind: str):
    def make(rng: random.Random) -> Problem:
        st = pick_style(rng)
        curve, tex, pt, m, k = _at_point(rng, kind)
        nm = _KIND[kind]
        eq, ps = _t(tex, st), _t(_pt(*pt), st)
        mode = rng.randrange(3)
        if mode == 0:
            text = rng.choice([
                f"{nm} {eq} 위의 점 {ps}에서의 접선의 방정식을 {_end(rng)}",
                f"다음 {nm} 위의 점 {ps}에서 그은 접선의 방정식을 {_end(rng)}\n{eq}",
                f"점 {josa(ps, '은/는')} {nm} {eq} 위의 점이다. 이 점에서 {nm}에 접하는 직선의 방정식을 {_end(rng)}",
            ])
            ans, d, fmt = _t(_line_tex(m, k), "unicode"), 2, "computation"
        elif mode == 1:
            text = (f"{nm} {eq} 위의 점 {ps}에서의 접선의 기울기를 a, y절편을 b라 할 때, a + b의 {_end(rng, '값')}"
                    f"{_pts(rng, 3)}")
            ans, d, fmt = _ua(m + k), 3, "computation"
        else:
            xi = -k / m
            text = (f"{nm} {eq} 위의 점 {ps}에서의 접선이 x축, y축과 만나는 점을 각각 A, B라 할 때, "
                    f"삼각형 OAB의 넓이를 {_end(rng)} (단, O는 원점이다.){_pts(rng, 3)}")
            ans, d, fmt = _ua(abs(xi * k) / 2), 3, "word"
        on_curve = sp.simplify(curve.subs({X: pt[0], Y: pt[1]})) == 0
        return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                       concepts=[nm, "접선"],
                       check=lambda: on_curve and _tangent_ok(curve, m, k) and m * pt[0] + k == pt[1])
    return make


family(P4, "tangent-at-point-parabola")(_mk_at_point("p"))
family(P4, "tangent-at-point-ellipse")(_mk_at_point("e"))
family(P4, "tangent-at-point-hyperbola")(_mk_at_point("h"))


@family(P4, "tangent-with-given-slope")
def _tg_slope(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice("peh")
    if kind == "p":
        p = _nz(rng, -5, 5)
        m = rng.choice(_SLOPES)
        curve, tex = Y ** 2 - 4 * p * X, _parab_tex(4 * p, "x")
        ks = [sp.Rational(p) / m]
    elif kind == "e":
        A, B, m = rng.choice(_ELL_SL)
        curve, tex = _ell_expr(A, B), _ell_tex(A, B)
        r = sp.sqrt(A * m * m + B)
        ks = [r, -r]
    else:
        A, B, m = rng.choice(_HYP_SL)
        curve, tex = _ell_expr(A, B, -1), _hyp_tex(A, B)
        r = sp.sqrt(A * m * m - B)
        ks = [r, -r]
    nm = _KIND[kind]
    eq = _t(tex, st)
    mode = rng.randrange(3)
    par = _t(_line_tex(m, 5 if m != 5 else 1), st)
    if mode == 0:
        text = rng.choice([
            f"{nm} {eq}에 접하고 기울기가 {_ua(m) if st != 'latex' else _t(_num(m), st)}인 직선의 방정식을 {_end(rng)}",
            f"직선 {par}에 평행하고 {nm} {eq}에 접하는 직선의 방정식을 모두 {_end(rng)}",
        ])
        ans = ", ".join(_t(_line_tex(m, k), "unicode") for k in ks)
        d, fmt = 3, "computation"
    elif mode == 1 and len(ks) == 2:
        text = (f"기울기가 {_ua(m)}이고 {nm} {eq}에 접하는 두 직선 사이의 y절편의 차를 {_end(rng)}{_pts(rng, 3)}")
        ans, d, fmt = _ua(abs(ks[0] - ks[1])), 3, "computation"
    else:
        lk = _t("y = " + _lin([(m, "x")]) + " + k", st)
        text = f"직선 {lk}가 {nm} {eq}에 접할 때, 실수 k의 값을 모두 {_end(rng)}"
        ans = ", ".join(_ua(k) for k in ks)
        d, fmt = 3, "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="C", concepts=[nm, "접선"],
                   check=lambda: all(_tangent_ok(curve, m, k) for k in ks))


@family(P4, "tangents-from-external-point-parabola")
def _tg_external(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randint(1, 4)
    # point (x0, y0) with x0 < 0 so two tangents; slopes satisfy x0 m² − y0 m + p = 0
    x0 = rng.choice([-p, -1, -2, -3, -4])
    y0 = rng.randint(-4, 4)
    eq = _t(_parab_tex(4 * p, "x"), st)
    P0 = _t(_pt(x0, y0), st)
    mode = rng.randrange(3)
    msum, mprod = sp.Rational(y0, x0), sp.Rational(p, x0)
    if mode == 0:
        text = (f"점 A{P0}에서 포물선 {eq}에 그은 두 접선의 기울기의 곱을 {_end(rng)}{_pts(rng, 3)}")
        ans, val = _ua(mprod), mprod
    elif mode == 1:
        text = (f"점 A{P0}에서 포물선 {eq}에 그은 두 접선의 기울기를 각각 m₁, m₂라 할 때, m₁ + m₂의 {_end(rng, '값')}{_pts(rng, 3)}")
        ans, val = _ua(msum), msum
    else:
        x0 = -p
        P0 = _t(_pt(x0, y0), st)
        mprod = sp.Rational(p, x0)
        text = (f"포물선 {eq}의 준선 위의 점 P{P0}에서 이 포물선에 그은 두 접선이 서로 수직임을 보이고, "
                f"두 접선의 기울기의 곱을 {_end(rng)}")
        ans, val = _ua(mprod), mprod
    m = sp.Symbol("m")

    def chk() -> bool:
        # tangency of y - y0 = m(x - x0) with y² = 4px via the discriminant in y
        line_x = (Y - y0) / m + x0
        q = sp.Poly(sp.expand((Y ** 2 - 4 * p * line_x) * m), Y)
        a2, a1, a0 = q.all_coeffs()
        c2, c1, c0 = sp.Poly(sp.expand(a1 ** 2 - 4 * a2 * a0), m).all_coeffs()
        if c1 ** 2 - 4 * c2 * c0 <= 0:
            return False
        return (c0 / c2 if mode != 1 else -c1 / c2) == val

    return Problem(text=text, answer=ans, format="proof" if mode == 2 else "computation",
                   difficulty=4, achievement_level="B" if mode != 2 else "A",
                   concepts=["포물선", "접선", "준선"], check=chk)


@family(P4, "discriminant-process-fill")
def _tg_fill(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.6, 0.3, 0.1))
    A, B, m = rng.choice([t for t in _ELL_SL if t[2] in (1, -1, 2)])
    r2 = A * m * m + B
    eq = _t(_ell_tex(A, B), st)
    ln = _t("y = " + _lin([(m, "x")]) + " + k", st)
    # substitute: x²/A + (mx + k)²/B = 1 → (B + A m²) x² + 2Amk x + A(k² − B) = 0
    a2, a1 = B + A * m * m, 2 * A * m
    quad = _t(_lin([(a2, "x^{2}"), (a1, "kx")]) + f" + {A}(k^{{2}} - {B}) = 0", st)
    text = (f"다음은 직선 {ln}가 타원 {eq}에 접할 때 실수 k의 값을 구하는 과정이다. (가), (나), (다)에 알맞은 것을 {_end(rng, '쓰')}\n"
            f"직선의 방정식을 타원의 방정식에 대입하여 정리하면\n{quad}\n"
            f"직선이 타원에 접하려면 이 이차방정식이 (가)을 가져야 하므로 판별식을 D라 하면 D (나) 0\n"
            "이를 정리하면 k² = (다)이므로 k의 값을 구할 수 있다.")
    ans = f"(가) 중근, (나) =, (다) {r2}"
    curve = _ell_expr(A, B)
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["타원", "접선"],
                   check=lambda: _tangent_ok(curve, m, sp.sqrt(r2)) and sp.expand(
                       (X ** 2 * B + A * (m * X + sp.Symbol("k")) ** 2 - A * B) - (a2 * X ** 2 + a1 * sp.Symbol("k") * X + A * (sp.Symbol("k") ** 2 - B))) == 0)


@family(P4, "tangent-condition-unknown-coefficient")
def _tg_unknown(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice("peh")
    if kind == "p":
        p = rng.randint(1, 5)
        m = rng.choice([1, 2, R(1, 2), -1])
        k = sp.Rational(p) / m
        curve, tex = Y ** 2 - 4 * p * X, _parab_tex(4 * p, "x").replace(str(4 * p), "4a", 1)
        val = p
        line = _line_tex(m, k)
        what = "양수 a"
    elif kind == "e":
        A, B, m = rng.choice(_ELL_SL)
        k = sp.sqrt(A * m * m + B)
        curve = _ell_expr(A, B)
        tex = f"\\frac{{x^{{2}}}}{{{A}}} + \\frac{{y^{{2}}}}{{a}} = 1"
        val, line, what = B, _line_tex(m, k), "양수 a"
    else:
        A, B, m = rng.choice(_HYP_SL)
        k = sp.sqrt(A * m * m - B)
        curve = _ell_expr(A, B, -1)
        tex = f"\\frac{{x^{{2}}}}{{a}} - \\frac{{y^{{2}}}}{{{B}}} = 1"
        val, line, what = A, _line_tex(m, k), "양수 a"
    nm = _KIND[kind]
    text = rng.choice([
        f"직선 {josa(_t(line, st), '이/가')} {nm} {_t(tex, st)}에 접할 때, {what}의 {_end(rng, '값')}{_pts(rng, 3)}",
        f"{nm} {josa(_t(tex, st), '과/와')} 직선 {josa(_t(line, st), '이/가')} 한 점에서 만날 때, {what}의 {_end(rng, '값')}",
    ])
    if kind == "h" and "한 점에서 만날" in text:
        text = text.replace("한 점에서 만날", "접할")
    return Problem(text=text, answer=_ua(val), format="computation", difficulty=4, achievement_level="B",
                   concepts=[nm, "접선"], check=lambda: _tangent_ok(curve, m, k))


@family(P4, "bogi-tangent-lines")
def _tg_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, B, x1, y1 = rng.choice(_ELL_PTS)
    curve = _ell_expr(A, B)
    m, k = -sp.Rational(B * x1, A * y1), sp.Rational(B, y1)
    good = [rng.random() < 0.55 for _ in range(3)]
    if not any(good):
        good[rng.randrange(3)] = True
    k_show = k if good[0] else k + 1
    s1 = f"타원 위의 점 {_t(_pt(x1, y1), st)}에서의 접선의 방정식은 {_t(_line_tex(m, k_show), st)}이다."
    A2, B2, m2 = rng.choice(_ELL_SL)
    if A2 != A or B2 != B:
        # use the same ellipse: pick a slope that works for it, else speak of slopes generally
        opts = [t for t in _ELL_SL if t[0] == A and t[1] == B]
        if opts:
            _, _, m2 = rng.choice(opts)
    r = sp.sqrt(A * m2 * m2 + B)
    n_show = 2 if good[1] else 1
    s2 = f"기울기가 {_ua(m2)}인 접선은 {n_show}개이다."
    v3 = sp.sqrt(A) if good[2] else rng.choice([A, sp.sqrt(B)])
    if not good[2] and v3 == sp.sqrt(A):
        v3 = A
    s3 = f"직선 {josa(_t('x = ' + _num(v3), st), '은/는')} 타원에 접한다."
    block, ch = bogi(rng, [(s1, good[0]), (s2, good[1]), (s3, good[2])])
    text = f"타원 {_t(_ell_tex(A, B), st)}에 대하여 {bogi_question(rng)}{_pts(rng, 4)}\n{block}\n{ch.block}"

    def chk() -> bool:
        ok1 = _tangent_ok(curve, m, k_show) == good[0]
        ok2 = (_tangent_ok(curve, m2, r) and _tangent_ok(curve, m2, -r)) and ((n_show == 2) == good[1])
        # x = v3 meets the ellipse where y² = B(1 − v3²/A): tangent iff exactly one y (y = 0)
        ysq = B * (1 - sp.nsimplify(v3) ** 2 / A)  # y² on the line: one point iff y² = 0
        ok3 = (sp.simplify(ysq) == 0) == good[2]
        return ok1 and ok2 and ok3

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=4, achievement_level="B",
                   concepts=["타원", "접선"], choice=ch, check=chk)


@family(P4, "min-distance-via-parallel-tangent")
def _tg_mindist(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, B, m = rng.choice([t for t in _ELL_SL if t[2] in (1, -1, 2, -2, R(1, 2))])
    r = sp.sqrt(A * m * m + B)
    n = (r + rng.randint(1, 6)) * rng.choice([1, -1])
    curve = _ell_expr(A, B)
    dmin = sp.radsimp((abs(n) - r) / sp.sqrt(1 + m * m))
    line = _t(_line_tex(m, n), st)
    which = rng.randrange(2)
    if which == 0:
        text = rng.choice([
            f"타원 {_t(_ell_tex(A, B), st)} 위의 점 P와 직선 {line} 사이의 거리의 최솟값을 {_end(rng)}{_pts(rng, 4)}",
            f"점 P가 타원 {_t(_ell_tex(A, B), st)} 위를 움직일 때, 점 P에서 직선 {line}까지의 거리의 최솟값은?{_pts(rng, 4)}",
        ])
        val = dmin
    else:
        text = (f"점 P가 타원 {_t(_ell_tex(A, B), st)} 위를 움직일 때, 점 P에서 직선 {line}까지의 거리의 최댓값을 {_end(rng)}"
                f"{_pts(rng, 4)}")
        val = sp.radsimp((abs(n) + r) / sp.sqrt(1 + m * m))
    kk = r if n > 0 else -r

    def chk() -> bool:
        # numeric scan of the ellipse against the tangent-line answer
        import math
        best = []
        for i in range(720):
            t = 2 * math.pi * i / 720
            px, py = math.sqrt(A) * math.cos(t), math.sqrt(B) * math.sin(t)
            best.append(abs(float(m) * px - py + float(n)) / math.sqrt(1 + float(m) ** 2))
        target = min(best) if which == 0 else max(best)
        return _tangent_ok(curve, m, kk) and abs(target - float(val)) < 1e-3

    return Problem(text=text, answer=_ua(val), format="computation", difficulty=5, achievement_level="A",
                   concepts=["타원", "접선"], check=chk)


# ================================================================================================
# 12기하02-01 직선과 평면의 위치 관계
# ================================================================================================
def _v_sub(p, q):
    return tuple(a - b for a, b in zip(p, q, strict=True))


def _v_dot(p, q):
    return sum(a * b for a, b in zip(p, q, strict=True))


def _v_cross(p, q):
    return (p[1] * q[2] - p[2] * q[1], p[2] * q[0] - p[0] * q[2], p[0] * q[1] - p[1] * q[0])


_EPS = 1e-9


def _solid(kind: str):
    """(display name, vertices {label: (x, y, z)}, edges [(P, Q)], faces [labels])."""
    import math
    if kind in ("정육면체", "직육면체"):
        a, b, c = (1, 1, 1) if kind == "정육면체" else (3, 2, 1.5)
        V = {"A": (0, 0, 0), "B": (a, 0, 0), "C": (a, b, 0), "D": (0, b, 0),
             "E": (0, 0, c), "F": (a, 0, c), "G": (a, b, c), "H": (0, b, c)}
        bot, top = "ABCD", "EFGH"
        name_ = f"{kind} ABCD-EFGH"
    elif kind.endswith("기둥"):
        n = {"삼각기둥": 3, "사각기둥": 4, "오각기둥": 5, "육각기둥": 6}[kind]
        labs = "ABCDEFGHIJKL"
        bot, top = labs[:n], labs[n:2 * n]
        V = {}
        for i in range(n):
            ang = 2 * math.pi * i / n + (0.3 if n == 3 else 0)
            V[bot[i]] = (math.cos(ang), math.sin(ang), 0.0)
            V[top[i]] = (math.cos(ang), math.sin(ang), 1.7)
        name_ = f"{'정' if n > 3 else ''}{kind} {bot}-{top}"
    else:  # 사각뿔 O-ABCD, 삼각뿔(사면체) ABCD
        if kind == "사각뿔":
            V = {"A": (1, 1, 0), "B": (-1, 1, 0), "C": (-1, -1, 0), "D": (1, -1, 0), "O": (0, 0, 1.5)}
            E = [("A", "B"), ("B", "C"), ("C", "D"), ("D", "A"), ("O", "A"), ("O", "B"), ("O", "C"), ("O", "D")]
            F = ["ABCD", "OAB", "OBC", "OCD", "ODA"]
            return "정사각뿔 O-ABCD", V, E, F
        V = {"A": (0, 0, 1.6), "B": (1, 0, 0), "C": (-0.5, 0.87, 0), "D": (-0.5, -0.87, 0)}
        E = [("A", "B"), ("A", "C"), ("A", "D"), ("B", "C"), ("C", "D"), ("D", "B")]
        F = ["ABC", "ACD", "ADB", "BCD"]
        return "사면체 ABCD", V, E, F
    n = len(bot)
    E = [(bot[i], bot[(i + 1) % n]) for i in range(n)] + [(top[i], top[(i + 1) % n]) for i in range(n)] + \
        [(bot[i], top[i]) for i in range(n)]
    F = [bot, top] + [bot[i] + bot[(i + 1) % n] + top[(i + 1) % n] + top[i] for i in range(n)]
    return name_, V, E, F


def _line_rel(V, e1, e2) -> str:
    """'평행' / '만남' / '꼬인' for the lines through two edges (matrix-rank style test)."""
    p1, q1 = V[e1[0]], V[e1[1]]
    p2, q2 = V[e2[0]], V[e2[1]]
    d1, d2 = _v_sub(q1, p1), _v_sub(q2, p2)
    cr = _v_cross(d1, d2)
    if max(abs(c) for c in cr) < _EPS:
        return "평행"
    return "만남" if abs(_v_dot(_v_sub(p2, p1), cr)) < _EPS else "꼬인"


def _line_rel2(V, e1, e2) -> str:
    """Independent re-derivation: distance between lines and angle via sympy-free formulas."""
    import math
    p1, q1 = V[e1[0]], V[e1[1]]
    p2, q2 = V[e2[0]], V[e2[1]]
    d1, d2 = _v_sub(q1, p1), _v_sub(q2, p2)
    n1, n2 = math.sqrt(_v_dot(d1, d1)), math.sqrt(_v_dot(d2, d2))
    cosang = abs(_v_dot(d1, d2)) / (n1 * n2)
    if abs(cosang - 1) < 1e-9:
        return "평행"
    # coplanar iff the 4 points span a plane: volume of tetrahedron is zero
    vol = abs(_v_dot(_v_sub(p2, p1), _v_cross(_v_sub(q1, p1), _v_sub(q2, p1))))
    return "만남" if vol < 1e-9 else "꼬인"


_SOLIDS = ("정육면체", "직육면체", "삼각기둥", "사각기둥", "오각기둥", "육각기둥", "사각뿔", "사면체")
_RELNAME = {"평행": "평행한", "만남": "한 점에서 만나는", "꼬인": "꼬인 위치에 있는"}


@family(S1, "count-edges-by-relation")
def _s_count(rng: random.Random) -> Problem:
    kind = rng.choice(_SOLIDS)
    name_, V, E, _ = _solid(kind)
    e = rng.choice(E)
    rels = [r for r in ("평행", "만남", "꼬인") if any(_line_rel(V, e, f) == r for f in E if f != e)] or ["만남"]
    rel = rng.choice(rels + ["꼬인"] * (1 if "꼬인" in rels else 0))
    cnt = sum(1 for f in E if f != e and _line_rel(V, e, f) == rel)
    ed = e[0] + e[1]
    text = rng.choice([
        f"{name_}에서 모서리 {josa(ed, '과/와')} {_RELNAME[rel]} 모서리의 개수를 {_end(rng)}",
        f"다음 그림과 같은 {name_}의 모서리 중에서 직선 {josa(ed, '과/와')} {_RELNAME[rel]} 모서리는 모두 몇 개인가?",
        f"{josa(name_, '이/가')} 있다. 모서리 {ed}를 연장한 직선과 {_RELNAME[rel]} 모서리를 연장한 직선은 모두 몇 개인지 {_end(rng)}",
    ])
    text = text.replace("다음 그림과 같은 ", "")
    d = 2 if kind in ("정육면체", "직육면체", "삼각기둥") else 3
    return Problem(text=text, answer=str(cnt), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["교선"],
                   check=lambda: cnt == sum(1 for f in E if f != e and _line_rel2(V, e, f) == rel))


@family(S1, "pick-skew-or-parallel-edge")
def _s_pick(rng: random.Random) -> Problem:
    kind = rng.choice(("정육면체", "직육면체", "삼각기둥", "육각기둥", "사각뿔", "사각기둥"))
    name_, V, E, _ = _solid(kind)
    for _ in range(30):
        e = rng.choice(E)
        rel = rng.choice(["꼬인", "평행", "꼬인"])
        good = [f for f in E if f != e and _line_rel(V, e, f) == rel]
        bad = [f for f in E if f != e and _line_rel(V, e, f) != rel]
        if good and len(bad) >= 4:
            break
    else:
        raise ValueError("no configuration")
    cor = rng.choice(good)
    wrong = rng.sample(bad, 4)
    lab = lambda f: f"모서리 {f[0]}{f[1]}"  # noqa: E731
    ch = choices(rng, lab(cor), [lab(f) for f in wrong])
    text = (f"{name_}에서 모서리 {e[0]}{josa(e[1], '과/와')} {_RELNAME[rel]} 것은?{_pts(rng, 2)}\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", concepts=[],
                   choice=ch, check=lambda: _line_rel2(V, e, cor) == rel and all(_line_rel2(V, e, f) != rel for f in wrong))


def _plane_of(V, face):
    p0, p1, p2 = V[face[0]], V[face[1]], V[face[2]]
    n = _v_cross(_v_sub(p1, p0), _v_sub(p2, p0))
    return n, _v_dot(n, p0)


def _edge_face_rel(V, e, face) -> str:
    n, dd = _plane_of(V, face)
    d = _v_sub(V[e[1]], V[e[0]])
    on0 = abs(_v_dot(n, V[e[0]]) - dd) < _EPS
    if abs(_v_dot(n, d)) < _EPS:
        return "포함" if on0 else "평행"
    if max(abs(c) for c in _v_cross(n, d)) < _EPS:
        return "수직"
    return "만남"


@family(S1, "edge-and-face-relation")
def _s_edge_face(rng: random.Random) -> Problem:
    kind = rng.choice(("정육면체", "직육면체", "삼각기둥", "사각기둥", "육각기둥", "오각기둥"))
    name_, V, E, F = _solid(kind)
    mode = rng.randrange(3)
    if mode < 2:
        e = rng.choice(E)
        rel = rng.choice(["평행", "수직"])
        cnt = sum(1 for f in F if _edge_face_rel(V, e, f) == rel)
        word = "평행한" if rel == "평행" else "수직인"
        text = rng.choice([
            f"{name_}에서 모서리 {josa(e[0] + e[1], '과/와')} {word} 면의 개수를 {_end(rng)}",
            f"{name_}의 면 중에서 직선 {josa(e[0] + e[1], '과/와')} {word} 면은 몇 개인가?",
        ])
        chk = lambda: cnt == sum(  # noqa: E731
            1 for f in F if (abs(_v_dot(_plane_of(V, f)[0], _v_sub(V[e[1]], V[e[0]]))) < _EPS) == (rel == "평행")
            and (rel != "평행" or abs(_v_dot(_plane_of(V, f)[0], V[e[0]]) - _plane_of(V, f)[1]) > _EPS)
            and (rel != "수직" or max(abs(c) for c in _v_cross(_plane_of(V, f)[0], _v_sub(V[e[1]], V[e[0]]))) < _EPS))
        return Problem(text=text, answer=str(cnt), format="computation", difficulty=2, achievement_level="D",
                       concepts=[], check=chk)
    f0 = rng.choice(F)
    rel = rng.choice(["평행", "수직"])

    def frel(f1, f2):
        n1, n2 = _plane_of(V, f1)[0], _plane_of(V, f2)[0]
        if max(abs(c) for c in _v_cross(n1, n2)) < _EPS:
            return "평행"
        return "수직" if abs(_v_dot(n1, n2)) < _EPS else "기타"

    cnt = sum(1 for f in F if f != f0 and frel(f0, f) == rel)
    word = "평행한" if rel == "평행" else "수직인"
    fn = f0
    text = rng.choice([
        f"{name_}에서 면 {josa(fn, '과/와')} {word} 면의 개수를 {_end(rng)}",
        f"{name_}의 면 중에서 평면 {josa(fn, '과/와')} {word} 것은 모두 몇 개인지 {_end(rng)}",
    ])
    import math

    def chk2() -> bool:
        n0 = _plane_of(V, f0)[0]
        c = 0
        for f in F:
            if f == f0:
                continue
            n1 = _plane_of(V, f)[0]
            cosv = abs(_v_dot(n0, n1)) / math.sqrt(_v_dot(n0, n0) * _v_dot(n1, n1))
            c += (abs(cosv - 1) < 1e-9) if rel == "평행" else (cosv < 1e-9)
        return c == cnt

    return Problem(text=text, answer=str(cnt), format="computation", difficulty=2, achievement_level="D",
                   concepts=[], check=chk2)


def _cube_lines():
    V = {"A": (0, 0, 0), "B": (1, 0, 0), "C": (1, 1, 0), "D": (0, 1, 0),
         "E": (0, 0, 1), "F": (1, 0, 1), "G": (1, 1, 1), "H": (0, 1, 1)}
    labs = sorted(V)
    segs = [(a, b) for i, a in enumerate(labs) for b in labs[i + 1:]]
    return V, segs


_CUBE_V, _CUBE_SEGS = _cube_lines()


def _seg_angle(V, s1, s2):
    """Angle in degrees (exact for the nice cases) between two lines."""
    d1, d2 = _v_sub(V[s1[1]], V[s1[0]]), _v_sub(V[s2[1]], V[s2[0]])
    c = sp.Abs(sp.Integer(_v_dot(d1, d2))) / sp.sqrt(_v_dot(d1, d1) * _v_dot(d2, d2))
    return {1: 0, sp.sqrt(3) / 2: 30, sp.sqrt(2) / 2: 45, R(1, 2): 60, 0: 90}.get(sp.nsimplify(c))


_CUBE_ANG = [(s1, s2, _seg_angle(_CUBE_V, s1, s2)) for i, s1 in enumerate(_CUBE_SEGS) for s2 in _CUBE_SEGS[i + 1:]
             if not set(s1) & set(s2) and _line_rel(_CUBE_V, s1, s2) == "꼬인"]
_CUBE_ANG = [t for t in _CUBE_ANG if t[2] in (45, 60, 90)]


@family(S1, "angle-between-skew-lines-cube")
def _s_angle(rng: random.Random) -> Problem:
    s1, s2, ang = rng.choice(_CUBE_ANG)
    st = pick_style(rng)
    l1, l2 = s1[0] + s1[1], s2[0] + s2[1]
    deg = "$^{\\circ}$" if st == "latex" else "°"
    if rng.random() < 0.5:
        text = rng.choice([
            f"정육면체 ABCD-EFGH에서 두 직선 {l1}, {l2}가 이루는 각의 크기를 {_end(rng)}",
            f"한 모서리의 길이가 {rng.randint(2, 9)}인 정육면체 ABCD-EFGH에서 꼬인 위치에 있는 두 직선 {josa(l1, '과/와')} {l2}가 이루는 각의 크기는 몇 도인가?",
        ])
        return Problem(text=text, answer=f"{ang}°", format="computation", difficulty=3, achievement_level="C",
                       concepts=[], check=lambda: _seg_angle(_CUBE_V, s1, s2) == ang)
    val = ang
    opts = [f"{v}{deg}" for v in (0, 30, 45, 60, 90)]
    ch = choices(rng, f"{val}{deg}", [o for o in opts if o != f"{val}{deg}"], sort_key=opts.index)
    text = f"정육면체 ABCD-EFGH에서 두 직선 {josa(l1, '과/와')} {l2}가 이루는 각의 크기는?{_pts(rng, 3)}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", concepts=[],
                   choice=ch, check=lambda: _seg_angle(_CUBE_V, s2, s1) == val)


# statements about lines and planes in space: (text, true?)
_SPACE_FACTS = [
    ("한 직선에 평행한 서로 다른 두 직선은 서로 평행하다.", True),
    ("한 직선에 수직인 서로 다른 두 직선은 서로 평행하다.", False),
    ("한 평면에 수직인 서로 다른 두 직선은 서로 평행하다.", True),
    ("한 평면에 평행한 서로 다른 두 직선은 서로 평행하다.", False),
    ("한 직선에 수직인 서로 다른 두 평면은 서로 평행하다.", True),
    ("한 직선에 평행한 서로 다른 두 평면은 서로 평행하다.", False),
    ("한 평면에 평행한 서로 다른 두 평면은 서로 평행하다.", True),
    ("한 평면에 수직인 서로 다른 두 평면은 서로 평행하다.", False),
    ("서로 만나지 않는 두 직선은 항상 평행하다.", False),
    ("꼬인 위치에 있는 두 직선은 한 평면 위에 있지 않다.", True),
    ("한 직선 위에 있지 않은 서로 다른 세 점은 하나의 평면을 결정한다.", True),
    ("서로 다른 두 평면이 만나면 그 교선은 직선이다.", True),
    ("평행한 두 평면이 다른 한 평면과 만나서 생기는 두 교선은 서로 평행하다.", True),
    ("평면 α 위에 있지 않은 직선 l이 α 위의 한 직선과 평행하면 l은 α와 평행하다.", True),
    ("직선 l이 평면 α 위의 한 직선과 수직이면 l은 α에 수직이다.", False),
    ("직선 l이 평면 α 위의 평행하지 않은 두 직선과 각각 수직이면 l은 α에 수직이다.", True),
    ("평면 α에 평행한 직선 l은 α 위의 모든 직선과 평행하다.", False),
    ("한 점에서 만나는 두 직선은 하나의 평면을 결정한다.", True),
    ("서로 다른 세 평면은 항상 한 직선을 공유한다.", False),
]


@family(S1, "bogi-line-plane-statements")
def _s_bogi(rng: random.Random) -> Problem:
    for _ in range(20):
        picks = rng.sample(_SPACE_FACTS, 3)
        if any(t for _, t in picks):
            break
    subj = rng.choice(["공간에서", "공간에서 서로 다른 직선과 평면에 대하여", "공간의 직선과 평면에 대하여"])
    block, ch = bogi(rng, picks)
    text = f"{subj} {bogi_question(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", concepts=["교선"],
                   choice=ch, check=lambda: ch.options[ch.correct] == ", ".join(
                       lab for lab, (_, t) in zip("ㄱㄴㄷ", picks, strict=True) if t))


@family(S1, "planes-determined-by-points")
def _s_planes(rng: random.Random) -> Problem:
    mode = rng.randrange(3)
    if mode == 0:
        n = rng.randint(4, 9)
        val = sp.binomial(n, 3)
        text = rng.choice([
            f"공간에 있는 서로 다른 {n}개의 점 중 어느 네 점도 한 평면 위에 있지 않을 때, 이 중 세 점으로 결정되는 서로 다른 평면의 개수를 {_end(rng)}",
            f"어느 네 점도 같은 평면 위에 있지 않은 {n}개의 점이 공간에 있다. 이 점들 중 세 점을 골라 만들 수 있는 평면은 모두 몇 개인가?",
        ])
        chk = lambda: val == n * (n - 1) * (n - 2) // 6  # noqa: E731
        return Problem(text=text, answer=str(val), format="word", difficulty=2, achievement_level="D", concepts=[],
                       check=chk)
    kind = rng.choice(("정육면체", "삼각기둥", "사각뿔", "사면체"))
    name_, V, _, _ = _solid(kind)
    labs = sorted(V)
    planes = set()
    import itertools
    import math
    for a, b, c in itertools.combinations(labs, 3):
        n = _v_cross(_v_sub(V[b], V[a]), _v_sub(V[c], V[a]))
        ln = math.sqrt(_v_dot(n, n))
        if ln < _EPS:
            continue
        members = frozenset(p for p in labs if abs(_v_dot(n, _v_sub(V[p], V[a]))) / ln < 1e-9)
        planes.add(members)
    val = len(planes)
    if mode == 1:
        text = (f"{name_}의 꼭짓점 {len(labs)}개 중에서 세 개 이상의 점을 지나는 서로 다른 평면은 모두 몇 개인지 {_end(rng)}")
    else:
        text = (f"{name_}의 꼭짓점 중 세 점으로 결정되는 서로 다른 평면의 개수를 {_end(rng)}{_pts(rng, 4)}")
    d = 4 if kind == "정육면체" else 3

    def chk() -> bool:
        # count via combos minus duplicates: each plane with k points is counted C(k,3) times
        total = sum(sp.binomial(len(p), 3) for p in planes)
        return total == sp.binomial(len(labs), 3) and val == len(planes)

    return Problem(text=text, answer=str(val), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=[], check=chk)


_PROOFS = [
    ("평행한 두 평면 α, β가 평면 γ와 만나서 생기는 교선을 각각 l, m이라 할 때, l ∥ m임을 증명하는 과정",
     "두 직선 l, m은 모두 평면 (가) 위에 있다. 또 l은 평면 α 위에, m은 평면 β 위에 있고 α ∥ β이므로 두 직선 l, m은 "
     "서로 (나). 한 평면 위에 있으면서 만나지 않는 두 직선은 (다)하므로 l ∥ m이다.",
     "(가) γ (나) 만나지 않는다 (다) 평행"),
    ("평면 α 밖의 직선 l이 α 위의 직선 m과 평행하면 l ∥ α임을 증명하는 과정",
     "두 직선 l, m은 평행하므로 l, m을 포함하는 평면 β가 존재하고, 두 평면 α, β의 교선은 (가)이다. "
     "만약 직선 l이 평면 α와 한 점 P에서 만난다면 점 P는 두 평면 α, β의 (나) 위에 있으므로 직선 (다) 위에 있다. "
     "이것은 l ∥ m에 모순이므로 l ∥ α이다.",
     "(가) m (나) 교선 (다) m"),
    ("서로 다른 두 직선 l, m이 평면 α에 수직이면 l ∥ m임을 설명하는 과정",
     "두 직선 l, m이 평면 α와 만나는 점을 각각 A, B라 하자. 직선 l은 평면 α 위의 직선 AB와 (가)이고, 직선 m도 "
     "직선 AB와 (가)이다. 또한 직선 l, m과 직선 AB는 한 (나) 위에 있으므로, 한 평면 위에서 같은 직선에 수직인 두 직선 l, m은 (다)하다.",
     "(가) 수직 (나) 평면 (다) 평행"),
    ("직선 l과 평면 α가 한 점 O에서 만나고, l이 α 위의 점 O를 지나는 두 직선 m, n에 각각 수직이면 l은 α 위의 점 O를 지나는 "
     "모든 직선에 수직임을 보이는 과정의 일부",
     "직선 l 위에 점 O에 대하여 대칭인 두 점 P, P'을 잡으면 m, n은 각각 선분 PP'의 (가)이다. 따라서 m 위의 점 A, n 위의 점 B에 대하여 "
     "PA = P'A, PB = P'B이고, 삼각형 PAB와 P'AB는 (나) 합동이다. 이를 이용하면 α 위의 점 O를 지나는 임의의 직선 위의 점 C에 대하여 "
     "PC = (다)임을 보일 수 있다.",
     "(가) 수직이등분선 (나) SSS (다) P'C"),
]


@family(S1, "proof-fill-space-relations")
def _s_proof(rng: random.Random) -> Problem:
    title, body, ans = rng.choice(_PROOFS)
    names = rng.choice([("α", "β", "γ"), ("P", "Q", "R"), ("α", "β", "γ")])
    if names != ("α", "β", "γ"):
        for g, r in zip(("α", "β", "γ"), names, strict=True):
            title, body, ans = title.replace(g, r), body.replace(g, r), ans.replace(g, r)
        for wrong, right in (("R와", "R과"), ("R는", "R은"), ("R를", "R을"), ("R가", "R이")):
            title, body = title.replace(wrong, right), body.replace(wrong, right)
    lead = rng.choice(["다음은", "아래는"])
    tail = rng.choice(["(가), (나), (다)에 알맞은 것을 쓰시오.", "(가)~(다)에 들어갈 알맞은 말을 차례대로 쓰시오.",
                       "빈칸 (가), (나), (다)를 채우시오."])
    text = f"{lead} {title}이다. {tail}\n{body}"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C", concepts=["교선"],
                   check=lambda: all(k in ans for k in ("(가)", "(나)", "(다)")) and "(가)" in body)


def _dihedral_pairs():
    import itertools
    rects = ["ABCD", "EFGH", "ABFE", "BCGF", "CDHG", "DAEH", "ABGH", "CDEF", "BCHE", "ADGF", "ACGE", "BDHF"]
    pairs = []
    for r1, r2 in itertools.combinations(rects, 2):
        common = sorted(set(r1) & set(r2))
        if len(common) == 2:
            n1, n2 = _plane_of(_CUBE_V, r1)[0], _plane_of(_CUBE_V, r2)[0]
            c = sp.Abs(sp.Integer(_v_dot(n1, n2))) / sp.sqrt(_v_dot(n1, n1) * _v_dot(n2, n2))
            ang = {sp.sqrt(2) / 2: 45, R(1, 2): 60, 0: 90}.get(sp.nsimplify(c))
            if ang:
                pairs.append((r1, r2, "".join(common), ang))
    return pairs


_DIH = _dihedral_pairs()


@family(S1, "dihedral-angle-in-cube")
def _s_dihedral(rng: random.Random) -> Problem:
    # planes through 4 vertices of the cube (faces and diagonal rectangles) sharing an edge
    pairs = _DIH
    r1, r2, edge, ang = rng.choice(pairs)
    text = rng.choice([
        f"정육면체 ABCD-EFGH에서 평면 {josa(r1, '과/와')} 평면 {r2}가 이루는 이면각의 크기를 {_end(rng)} (단, 이면각의 크기는 90° 이하로 생각한다.)",
        f"정육면체 ABCD-EFGH에서 두 평면 {r1}, {r2}의 교선은 직선 {edge}이다. 두 평면이 이루는 각의 크기는 몇 도인가? (단, 0° < θ ≤ 90°)",
    ])
    return Problem(text=text, answer=f"{ang}°", format="computation", difficulty=3, achievement_level="C",
                   concepts=["이면각", "교선"],
                   check=lambda: set(edge) <= set(r1) & set(r2) and _dih_num(r1, r2) == ang)


def _dih_num(r1: str, r2: str) -> int:
    import math
    n1, n2 = _plane_of(_CUBE_V, r1)[0], _plane_of(_CUBE_V, r2)[0]
    c = abs(_v_dot(n1, n2)) / math.sqrt(_v_dot(n1, n1) * _v_dot(n2, n2))
    return round(math.degrees(math.acos(min(1.0, c))))


# ================================================================================================
# 12기하02-02 삼수선 정리
# ================================================================================================
def _pl_dist(P, A, B) -> sp.Expr:
    """Exact distance from point P to line AB (cross-product formula)."""
    ap = tuple(sp.nsimplify(a) for a in _v_sub(P, A))
    ab = tuple(sp.nsimplify(a) for a in _v_sub(B, A))
    cr = _v_cross(ap, ab)
    return sp.sqrt(sp.nsimplify(_v_dot(cr, cr)) / _v_dot(ab, ab))


def _pyth_pairs(limit: int = 40):
    return [(a, b) for a in range(1, limit) for b in range(1, limit) if sp.sqrt(a * a + b * b).is_Integer]


_PYTH = _pyth_pairs(25)
_PERP_L = "PH \\perp l"


@family(S2, "three-perpendiculars-basic-distance")
def _tp_basic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    h, d = rng.choice(_PYTH) if rng.random() < 0.6 else (rng.randint(1, 9), rng.randint(1, 9))
    ph = sp.sqrt(h * h + d * d)
    P, O_, A, B = (0, 0, h), (0, 0, 0), (d, -5, 0), (d, 7, 0)  # line l: x = d in the plane z = 0
    ov = _OV
    if mode == 0:
        text = rng.choice([
            f"평면 α 위에 있지 않은 점 P에서 평면 α에 내린 수선의 발을 O, 점 O에서 평면 α 위의 직선 l에 내린 수선의 발을 H라 하자. "
            f"{_t(ov + '{PO} = ' + str(h), st)}, {_t(ov + '{OH} = ' + str(d), st)}일 때, 선분 PH의 길이를 {_end(rng)}",
            f"점 P와 평면 α 사이의 거리가 {h}이고, 점 P에서 평면 α에 내린 수선의 발 O와 평면 α 위의 직선 l 사이의 거리가 {d}이다. "
            f"점 P와 직선 l 사이의 거리를 {_end(rng)}",
        ])
        ans = _ua(ph)
        chk = lambda: _pl_dist(P, A, B) == ph  # noqa: E731
    elif mode == 1:
        text = (f"평면 α 밖의 점 P에서 평면 α에 내린 수선의 발을 O라 하고, 평면 α 위의 직선 l 위의 점 H에 대하여 "
                f"{_t(_PERP_L, st)}이다. {_t(ov + '{PO} = ' + str(h), st)}, {_t(ov + '{PH} = ' + _num(ph), st)}일 때, "
                f"선분 OH의 길이를 {_end(rng)}")
        ans = str(d)
        chk = lambda: _pl_dist(O_, A, B) == d and _pl_dist(P, A, B) == ph  # noqa: E731
    else:
        text = (f"평면 α 위의 직선 l과 α 밖의 점 P가 있다. 점 P에서 l에 내린 수선의 발을 H, 점 P에서 α에 내린 수선의 발을 O라 하면 "
                f"{_t(ov + '{PH} = ' + _num(ph), st)}, {_t(ov + '{OH} = ' + str(d), st)}이다. 점 P와 평면 α 사이의 거리를 {_end(rng)}")
        ans = str(h)
        chk = lambda: _pl_dist(P, A, B) == ph and P[2] == h  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["삼수선 정리"], check=chk)


@family(S2, "perpendicular-over-rectangle")
def _tp_rect(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    a, b = rng.choice([(3, 4), (4, 3), (6, 8), (8, 6), (5, 12)]) if mode == 2 else (rng.randint(2, 8), rng.randint(2, 8))
    h = rng.randint(1, 8)
    B, C, D = (a, 0, 0), (a, b, 0), (0, b, 0)
    P = (0, 0, h)
    base = (f"직사각형 ABCD에서 {_t(_OV + '{AB} = ' + str(a), st)}, {_t(_OV + '{AD} = ' + str(b), st)}이고, "
            f"선분 PA는 평면 ABCD에 수직이며 {_t(_OV + '{PA} = ' + str(h), st)}이다.")
    if mode == 0:
        ask, val, tgt = "점 P와 직선 CD 사이의 거리", sp.sqrt(h * h + b * b), (C, D)
        d = 3
    elif mode == 1:
        ask, val, tgt = "점 P와 직선 BC 사이의 거리", sp.sqrt(h * h + a * a), (B, C)
        d = 3
    else:
        oh = sp.Rational(a * b) / sp.sqrt(a * a + b * b)
        ask, val, tgt = "점 P와 직선 BD 사이의 거리", sp.sqrt(h * h + oh ** 2), (B, D)
        d = 4
    text = rng.choice([f"{base} {josa(ask, '을/를')} {_end(rng)}{_pts(rng, d)}",
                       f"그림과 같이 {base} {ask}는?{_pts(rng, d)}".replace("그림과 같이 ", "")])
    val = sp.radsimp(val)
    return Problem(text=text, answer=_ua(val), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["삼수선 정리"], check=lambda: sp.simplify(_pl_dist(P, *tgt) - val) == 0)


@family(S2, "right-triangle-foot-to-hypotenuse")
def _tp_tri(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = rng.choice([(3, 4), (4, 3), (6, 8), (5, 12), (8, 6), (12, 5), (8, 15), (9, 12)])
    c = int(sp.sqrt(a * a + b * b))
    ch_ = sp.Rational(a * b, c)
    h = rng.choice([2, 3, 4, 5, 6, R(12, 5), R(16, 5)])
    h = h if (h ** 2 + ch_ ** 2).is_Rational else 2
    A, B = (a, 0, 0), (0, b, 0)
    P = (0, 0, h)
    val = sp.sqrt(h ** 2 + ch_ ** 2)
    mode = rng.randrange(2)
    tri = f"∠C = 90°인 직각삼각형 ABC에서 {_t(_OV + '{CA} = ' + str(a), st)}, {_t(_OV + '{CB} = ' + str(b), st)}이다."
    if mode == 0:
        text = (f"{tri} 점 C를 지나고 평면 ABC에 수직인 직선 위에 {_t(_OV + '{PC} = ' + _num(h), st)}인 점 P를 잡을 때, "
                f"점 P에서 직선 AB까지의 거리를 {_end(rng)}{_pts(rng, 3)}")
        ans = _ua(val)
        chk = lambda: sp.simplify(_pl_dist(P, A, B) - val) == 0  # noqa: E731
        fmt = "computation"
    else:
        area = sp.Rational(c, 2) * val
        text = (f"{tri} 선분 PC가 평면 ABC에 수직이고 {_t(_OV + '{PC} = ' + _num(h), st)}일 때, 삼각형 PAB의 넓이를 {_end(rng)}")
        ans = _ua(sp.radsimp(area))
        chk = lambda: sp.simplify(sp.Rational(1, 2) * c * _pl_dist(P, A, B) - area) == 0  # noqa: E731
        fmt = "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=4, achievement_level="B",
                   concepts=["삼수선 정리"], check=chk)


@family(S2, "cube-vertex-to-diagonal")
def _tp_cube(rng: random.Random) -> Problem:
    k = rng.randint(1, 6) * rng.choice([1, 2])
    V = {lab: tuple(k * c for c in p) for lab, p in _CUBE_V.items()}
    cases = [("E", ("B", "D")), ("G", ("B", "D")), ("A", ("F", "H")), ("C", ("F", "H")), ("E", ("B", "C")),
             ("H", ("A", "C")), ("F", ("A", "C")), ("D", ("E", "G")), ("A", ("G", "H"))]
    pt, (u, w) = rng.choice(cases)
    val = sp.radsimp(_pl_dist(V[pt], V[u], V[w]))
    text = rng.choice([
        f"한 모서리의 길이가 {k}인 정육면체 ABCD-EFGH에서 꼭짓점 {pt}와 직선 {u}{w} 사이의 거리를 {_end(rng)}",
        f"모서리의 길이가 {k}인 정육면체 ABCD-EFGH가 있다. 점 {pt}에서 직선 {u}{w}에 내린 수선의 발을 I라 할 때, 선분 {pt}I의 길이는?{_pts(rng, 3)}",
    ])
    import math

    def chk() -> bool:
        # numeric minimisation of the distance along the line
        p, a, b = (tuple(map(float, V[x])) for x in (pt, u, w))
        best = min(math.dist(p, tuple(a[i] + t / 400 * (b[i] - a[i]) for i in range(3))) for t in range(-400, 801))
        return abs(best - float(val)) < 1e-3

    return Problem(text=text, answer=_ua(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["삼수선 정리"], check=chk)


@family(S2, "proof-fill-three-perpendiculars")
def _tp_proof(rng: random.Random) -> Problem:
    which = rng.randrange(2)
    if which == 0:
        text = ("다음은 평면 α 위에 있지 않은 점 P, 평면 α 위의 점 O, 평면 α 위의 직선 l, 직선 l 위의 점 H에 대하여 "
                "PO ⊥ α, OH ⊥ l이면 PH ⊥ l임을 증명하는 과정이다. (가), (나), (다)에 알맞은 것을 " + _end(rng, "쓰") + "\n"
                "PO ⊥ α이고 직선 l은 평면 α 위에 있으므로 PO ⊥ (가)\n"
                "또 OH ⊥ l이므로 직선 l은 평면 (나)에 수직이다.\n"
                "직선 PH는 평면 (나) 위에 있으므로 l ⊥ (다)이다.")
        ans = "(가) l (나) PHO (다) PH"
    else:
        text = ("다음은 평면 α 위에 있지 않은 점 P에서 α에 내린 수선의 발을 O라 하고, α 위의 직선 l 위의 점 H에 대하여 "
                "PH ⊥ l이면 OH ⊥ l임을 증명하는 과정이다. 빈칸에 알맞은 것을 " + _end(rng, "쓰") + "\n"
                "PO ⊥ α이므로 PO ⊥ l이고, 가정에서 PH ⊥ l이다.\n"
                "즉 직선 l은 평면 PHO 위의 만나는 두 직선 PO, (가)에 각각 수직이므로 l ⊥ 평면 (나)이다.\n"
                "직선 OH는 평면 PHO 위에 있으므로 (다) ⊥ l이다.")
        ans = "(가) PH (나) PHO (다) OH"
    if rng.random() < 0.4:
        text = text.replace("α", "β")
    # rename the three points (simultaneous translation of the capital letters P, O, H)
    new = rng.choice([("P", "O", "H"), ("A", "O", "H"), ("P", "H", "Q"), ("A", "B", "C"), ("P", "O", "M")])
    tr = str.maketrans(dict(zip(("P", "O", "H"), new, strict=True)))
    text, ans = text.translate(tr), ans.translate(tr)
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["삼수선 정리"], check=lambda: all(k in text and k in ans for k in ("(가)", "(나)", "(다)")))


@family(S2, "dihedral-angle-via-three-perpendiculars")
def _tp_dihedral(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # PA ⊥ plane ABC, AH ⊥ BC → angle PHA is the dihedral angle between planes PBC and ABC
    mode = rng.randrange(2)
    if mode == 0:  # right triangle with right angle at B: AH = AB
        ab = rng.randint(2, 8)
        h = rng.choice([ab, ab * sp.sqrt(3), ab / sp.sqrt(3), ab * 2, R(ab, 2)])
        h = sp.radsimp(sp.sympify(h))
        A, B, C = (0, 0, 0), (ab, 0, 0), (ab, rng.randint(2, 9), 0)
        P = (0, 0, h)
        cond = (f"∠ABC = 90°인 삼각형 ABC의 꼭짓점 A를 지나고 평면 ABC에 수직인 직선 위에 점 P가 있다. "
                f"{_t(_OV + '{AB} = ' + str(ab), st)}, {_t(_OV + '{PA} = ' + _num(h), st)}일 때,")
        ah = ab
    else:  # equilateral triangle side s: AH = s√3/2
        s_ = rng.choice([2, 4, 6, 2 * sp.sqrt(3), 4 * sp.sqrt(3)])
        ah = sp.radsimp(sp.sympify(s_) * sp.sqrt(3) / 2)
        h = sp.radsimp(sp.sympify(rng.choice([ah, ah * sp.sqrt(3), ah / sp.sqrt(3)])))
        A, B, C = (0, 0, 0), (ah, -s_ / 2, 0), (ah, s_ / 2, 0)
        P = (0, 0, h)
        cond = (f"한 변의 길이가 {_t(_num(s_), st)}인 정삼각형 ABC에 대하여 선분 PA가 평면 ABC에 수직이고 "
                f"{_t(_OV + '{PA} = ' + _num(h), st)}이다. 이때")
    tanv = sp.radsimp(sp.sympify(h) / ah)
    ang = {1: 45, sp.sqrt(3): 60, sp.sqrt(3) / 3: 30}.get(tanv)
    ask = rng.randrange(2)
    if ang is not None and ask == 0:
        text = f"{cond} 평면 PBC와 평면 ABC가 이루는 이면각의 크기를 {_end(rng)}{_pts(rng, 4)}"
        ans = f"{ang}°"
    else:
        cosv = sp.radsimp(ah / sp.sqrt(ah ** 2 + h ** 2))
        text = f"{cond} 평면 PBC와 평면 ABC가 이루는 각의 크기를 θ라 하면 cos θ의 {_end(rng, '값')}{_pts(rng, 4)}"
        ans = _ua(cosv)

    def chk() -> bool:
        n1 = _v_cross(_v_sub(B, A), _v_sub(C, A))
        n2 = _v_cross(_v_sub(B, P), _v_sub(C, P))
        c = sp.Abs(sp.nsimplify(_v_dot(n1, n2))) / sp.sqrt(sp.nsimplify(_v_dot(n1, n1) * _v_dot(n2, n2)))
        return sp.simplify(c - ah / sp.sqrt(ah ** 2 + h ** 2)) == 0

    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["삼수선 정리", "이면각"], check=chk)


@family(S2, "pole-and-road-context")
def _tp_context(rng: random.Random) -> Problem:
    h, d = rng.choice(_PYTH)
    h, d = (h, d) if h <= 20 else (d, h)
    val = int(sp.sqrt(h * h + d * d))
    ctx = rng.choice([
        ("평평한 광장에 높이가 {h} m인 깃대가 수직으로 서 있고, 깃대의 밑동에서 광장 위의 곧은 울타리까지의 최단 거리는 {d} m이다. "
         "깃대의 꼭대기에서 울타리까지의 최단 거리는 몇 m인지 {end}"),
        ("수평인 운동장 위의 한 지점에 드론이 {h} m 높이에서 정지해 있다. 드론의 바로 아래 지점에서 운동장의 직선 트랙까지의 거리가 {d} m일 때, "
         "드론에서 직선 트랙까지의 거리는 몇 m인가?"),
        ("지면에 수직으로 세운 높이 {h} m의 가로등 꼭대기에서 지면 위의 직선 도로에 수선을 그으려고 한다. 가로등 밑동에서 도로까지의 거리가 "
         "{d} m일 때, 이 수선의 길이를 {end} 또 그 수선의 발은 가로등 밑동에서 도로에 내린 수선의 발과 같은 점인지 말하시오."),
    ])
    text = ctx.format(h=h, d=d, end=_end(rng))
    ans = f"{val} m" + (", 같은 점이다" if "같은 점인지" in text else "")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["삼수선 정리"],
                   check=lambda: _pl_dist((0, 0, h), (d, 0, 0), (d, 1, 0)) == val)


@family(S2, "bogi-three-perpendiculars-tetra")
def _tp_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # tetrahedron: PA ⊥ plane ABC, angle ABC = 90°; statements about perpendicularity
    ab, bc, h = rng.randint(2, 6), rng.randint(2, 6), rng.randint(2, 6)
    A, B, C, P = (0, 0, 0), (ab, 0, 0), (ab, bc, 0), (0, 0, h)
    pb = sp.sqrt(ab * ab + h * h)
    def perp(u, v):
        return _v_dot(u, v) == 0

    def normal(p, q, r):
        return _v_cross(_v_sub(q, p), _v_sub(r, p))

    area_t, area_f = sp.radsimp(sp.Rational(bc, 2) * pb), sp.Rational(bc * h, 2)
    dist_f = sp.sqrt(h * h + bc * bc)
    # (statement, claimed truth, independent verifier)
    facts = [
        ("PB ⊥ BC이다.", True, lambda: perp(_v_sub(B, P), _v_sub(C, B))),
        ("PC ⊥ AB이다.", False, lambda: perp(_v_sub(C, P), _v_sub(B, A))),
        (f"삼각형 PBC의 넓이는 {_ua(area_t)}이다.", True,
         lambda: sp.simplify(sp.sqrt(_v_dot(normal(P, B, C), normal(P, B, C))) / 2 - area_t) == 0),
        (f"삼각형 PBC의 넓이는 {_ua(area_f)}이다.", area_f == area_t,
         lambda: sp.simplify(sp.sqrt(_v_dot(normal(P, B, C), normal(P, B, C))) / 2 - area_f) == 0),
        ("평면 PAB와 평면 PBC는 서로 수직이다.", True, lambda: perp(normal(P, A, B), normal(P, B, C))),
        ("평면 PBC와 평면 ABC는 서로 수직이다.", False, lambda: perp(normal(P, B, C), normal(A, B, C))),
        (f"점 P와 직선 BC 사이의 거리는 {_ua(pb)}이다.", True, lambda: _pl_dist(P, B, C) == pb),
        (f"점 P와 직선 BC 사이의 거리는 {_ua(dist_f)}이다.", dist_f == pb, lambda: _pl_dist(P, B, C) == dist_f),
    ]
    for _ in range(20):
        trip = rng.sample(facts, 3)
        picks = [(t, ok) for t, ok, _ in trip]
        if any(t for _, t in picks) and len({p[0][:8] for p in picks}) == 3:
            break
    head = (f"사면체 PABC에서 선분 PA는 평면 ABC에 수직이고 ∠ABC = 90°, {_t(_OV + '{AB} = ' + str(ab), st)}, "
            f"{_t(_OV + '{BC} = ' + str(bc), st)}, {_t(_OV + '{PA} = ' + str(h), st)}이다.")
    block, ch = bogi(rng, picks)
    text = f"{head} {bogi_question(rng)}{_pts(rng, 4)}\n{block}\n{ch.block}"

    def chk() -> bool:
        return all(bool(ver()) == ok for _, ok, ver in trip)

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=4, achievement_level="B",
                   concepts=["삼수선 정리"], choice=ch, check=chk)


# ================================================================================================
# 12기하02-03 정사영
# ================================================================================================
_COS = {30: sp.sqrt(3) / 2, 45: sp.sqrt(2) / 2, 60: R(1, 2), 0: 1, 90: 0}


def _pians(v) -> str:
    """A value that may contain π as answer text (``2√3π``)."""
    if v.has(sp.pi):
        c = sp.radsimp(v / sp.pi)
        return ("" if c == 1 else _ua(c)) + "π"
    return _ua(v)


def _deg(st: str) -> str:
    return "^{\\circ}" if st == "latex" else "°"


def _tilted_area_proj(S, ang) -> float:
    """Independent numeric check: a triangle of area S in a plane tilted by ``ang`` degrees,
    projected onto z = 0 (drop z), has this area."""
    import math
    t = math.radians(ang)
    # right triangle with legs 2S/b and b in the tilted plane spanned by (1,0,0) and (0,cos t, sin t)
    b = 2.0
    h = 2 * float(S) / b
    p0, p1, p2 = (0, 0, 0), (b, 0, 0), (0, h * math.cos(t), h * math.sin(t))
    u, v = _v_sub(p1, p0)[:2], _v_sub(p2, p0)[:2]
    return abs(u[0] * v[1] - u[1] * v[0]) / 2


@family(S3, "segment-projection-length")
def _pr_seg(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ang = rng.choice([30, 45, 60])
    L = rng.randint(2, 12) * (2 if ang == 60 else 1)
    val = sp.radsimp(L * _COS[ang])
    mode = rng.randrange(3)
    deg = _deg(st)
    if mode == 0:
        text = rng.choice([
            f"길이가 {L}인 선분 AB와 평면 α가 이루는 각의 크기가 {_t(f'{ang}{deg}', st)}일 때, 선분 AB의 평면 α 위로의 정사영의 길이를 {_end(rng)}",
            f"평면 α와 {_t(f'{ang}{deg}', st)}의 각을 이루는 선분의 길이가 {L}이다. 이 선분의 평면 α 위로의 정사영의 길이는?",
        ])
        ans = _ua(val)
    elif mode == 1:
        text = (f"선분 AB의 평면 α 위로의 정사영을 선분 A'B'이라 하자. 직선 AB와 평면 α가 이루는 각의 크기가 {_t(f'{ang}{deg}', st)}이고 "
                f"{_t(_OV + chr(123) + 'A' + chr(39) + 'B' + chr(39) + '} = ' + _num(val), st)}일 때, 선분 AB의 길이를 {_end(rng)}")
        ans = str(L)
    else:
        text = (f"길이가 {L}인 선분 AB의 평면 α 위로의 정사영의 길이가 {_t(_num(val), st)}일 때, 직선 AB와 평면 α가 이루는 각의 크기 θ를 "
                f"{_end(rng)} (단, 0° ≤ θ ≤ 90°)")
        ans = f"{ang}°"
    import math
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["정사영"],
                   check=lambda: abs(math.hypot(L * math.cos(math.radians(ang)), 0) - float(val)) < 1e-9)


@family(S3, "area-projection-formula")
def _pr_area(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ang = rng.choice([30, 45, 60])
    deg = _deg(st)
    shape = rng.choice(["tri", "sq", "circ", "any"])
    if shape == "tri":
        a = rng.choice([2, 4, 6, 8])
        S = sp.sqrt(3) / 4 * a * a
        desc = f"한 변의 길이가 {a}인 정삼각형"
    elif shape == "sq":
        a = rng.randint(2, 9)
        S = sp.Integer(a * a)
        desc = f"한 변의 길이가 {a}인 정사각형"
    elif shape == "circ":
        r = rng.randint(1, 6)
        S = sp.pi * r * r
        desc = f"반지름의 길이가 {r}인 원"
    else:
        S = sp.Integer(rng.randint(2, 20) * 2)
        desc = f"넓이가 {S}인 도형"
    val = sp.radsimp(S * _COS[ang])
    text = rng.choice([
        f"평면 β 위의 {desc}의 평면 α 위로의 정사영의 넓이를 {_end(rng)} (단, 두 평면 α, β가 이루는 각의 크기는 {_t(f'{ang}{deg}', st)}이다.)",
        f"두 평면 α, β가 이루는 각의 크기가 {_t(f'{ang}{deg}', st)}이다. 평면 β 위에 있는 {desc}의 평면 α 위로의 정사영의 넓이는?{_pts(rng, 2)}",
    ])
    ans = _pians(val)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["정사영"],
                   check=lambda: abs(_tilted_area_proj(float(S), ang) - float(val)) < 1e-9)


@family(S3, "angle-from-areas")
def _pr_angle(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ang = rng.choice([30, 45, 60])
    k = rng.randint(1, 6)
    S = {30: 2 * k, 45: 2 * k, 60: 2 * k}[ang]
    Sp = sp.radsimp(S * _COS[ang])
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([
            f"평면 β 위의 넓이가 {S}인 도형의 평면 α 위로의 정사영의 넓이가 {_t(_num(Sp), st)}일 때, 두 평면 α, β가 이루는 각의 크기를 {_end(rng)}",
            f"넓이가 {S}인 삼각형의 평면 α 위로의 정사영의 넓이가 {_t(_num(Sp), st)}이다. 삼각형을 포함하는 평면과 평면 α가 이루는 각의 크기 θ를 {_end(rng)} (단, 0° < θ < 90°)",
        ])
        ans = f"{ang}°"
        fmt = "computation"
    else:
        opts = ["15°", "30°", "45°", "60°", "75°"]
        ch = choices(rng, f"{ang}°", [o for o in opts if o != f"{ang}°"], sort_key=opts.index)
        text = (f"어떤 평면도형의 넓이는 {S}이고, 이 도형의 평면 α 위로의 정사영의 넓이는 {_t(_num(Sp), st)}이다. 이 도형을 포함하는 평면과 "
                f"평면 α가 이루는 각의 크기는? (단, 두 평면은 수직이 아니다.){_pts(rng, 2)}\n{ch.block}")
        ans = ch.label
        fmt = "mcq"
    import math
    p = Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D", concepts=["정사영"],
                check=lambda: round(math.degrees(math.acos(float(Sp) / S))) == ang)
    if fmt == "mcq":
        p.choice = ch
    return p


@family(S3, "shadow-of-tilted-board-context")
def _pr_shadow(rng: random.Random) -> Problem:
    ang = rng.choice([30, 45, 60])
    w, h = rng.randint(4, 12) * 10, rng.randint(4, 12) * 10
    obj = rng.choice(["직사각형 모양의 태양광 패널", "직사각형 모양의 간판", "직사각형 모양의 차양막", "직사각형 모양의 화이트보드"])
    S = w * h
    val = sp.radsimp(S * _COS[ang])
    text = rng.choice([
        f"가로 {w} cm, 세로 {h} cm인 {josa(obj, '이/가')} 수평인 지면과 {ang}°의 각을 이루도록 기울어져 있다. 태양 광선이 지면에 수직으로 비출 때, "
        f"지면에 생기는 그림자의 넓이는 몇 cm²인지 {_end(rng)}",
        f"한낮에 햇빛이 지면에 수직으로 비치고 있다. 지면과 {ang}°를 이루며 기울어진 {obj}의 크기가 가로 {w} cm, 세로 {h} cm일 때, "
        f"지면에 생기는 그림자의 넓이를 {_end(rng)}",
    ])
    return Problem(text=text, answer=f"{_ua(val)} cm²", format="word", difficulty=3, achievement_level="C",
                   concepts=["정사영"], check=lambda: abs(_tilted_area_proj(S, ang) - float(val)) < 1e-6)


def _proj_area(V, labs, drop: int) -> sp.Expr:
    """Area of the polygon (given by labels, in order) projected by dropping one coordinate."""
    pts = [tuple(c for i, c in enumerate(V[lab]) if i != drop) for lab in labs]
    s = 0
    for i in range(len(pts)):
        x1, y1 = pts[i]
        x2, y2 = pts[(i + 1) % len(pts)]
        s += x1 * y2 - x2 * y1
    return sp.Abs(sp.nsimplify(s)) / 2


def _poly_area(V, labs) -> sp.Expr:
    p0 = V[labs[0]]
    tot = (0, 0, 0)
    for i in range(1, len(labs) - 1):
        cr = _v_cross(_v_sub(V[labs[i]], p0), _v_sub(V[labs[i + 1]], p0))
        tot = tuple(a + b for a, b in zip(tot, cr, strict=True))
    return sp.sqrt(sp.nsimplify(_v_dot(tot, tot))) / 2


_CUBE_FACES = {"ABCD": 2, "ABFE": 1, "ADHE": 0}  # plane and the coordinate dropped by projecting onto it
_CUBE_TRIS = ["AFH", "BDG", "ACF", "ACH", "BEG", "AFC", "ACGE", "BDHF", "ABGH", "BCHE", "EBD", "ACG", "AFG"]


@family(S3, "cube-projection-area")
def _pr_cube(rng: random.Random) -> Problem:
    k = rng.randint(1, 6)
    V = {lab: tuple(k * c for c in p) for lab, p in _CUBE_V.items()}
    shape = rng.choice(_CUBE_TRIS)
    face, drop = rng.choice(list(_CUBE_FACES.items()))
    val = _proj_area(V, shape, drop)
    if val == 0:
        shape, face, drop = "AFH", "ABCD", 2
        val = _proj_area(V, shape, drop)
    kind = "삼각형" if len(shape) == 3 else "사각형"
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([
            f"한 모서리의 길이가 {k}인 정육면체 ABCD-EFGH에서 {kind} {shape}의 평면 {face} 위로의 정사영의 넓이를 {_end(rng)}",
            f"모서리의 길이가 {k}인 정육면체 ABCD-EFGH가 있다. {kind} {shape}를 평면 {face} 위에 정사영한 도형의 넓이는?{_pts(rng, 3)}",
        ])
        ans = _ua(val)
        d = 3
    else:
        orig = _poly_area(V, shape)
        cosv = sp.radsimp(val / orig)
        text = (f"정육면체 ABCD-EFGH에서 {kind} {shape}를 포함하는 평면과 평면 {face}가 이루는 각의 크기를 θ라 할 때, "
                f"정사영의 넓이를 이용하여 cos θ의 값을 {_end(rng)} (단, 0° ≤ θ ≤ 90°){_pts(rng, 4)}")
        ans = _ua(cosv)
        d = 4

    def chk() -> bool:
        # orthogonal projection as a linear map (zero the dropped coordinate) and a 3D area
        W = {lab: tuple(0 if i == drop else c for i, c in enumerate(V[lab])) for lab in shape}
        pa = _poly_area(W, shape)
        if mode == 0:
            return sp.simplify(pa - val) == 0
        n = _v_cross(_v_sub(V[shape[1]], V[shape[0]]), _v_sub(V[shape[2]], V[shape[0]]))
        c = sp.Abs(n[drop]) / sp.sqrt(_v_dot(n, n))
        return sp.simplify(c - pa / _poly_area(V, shape)) == 0 and sp.simplify(c - cosv) == 0

    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정사영"], check=chk)


@family(S3, "regular-tetrahedron-edge-projection")
def _pr_tetra(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([3, 6, 9, 2 * 3, sp.sqrt(3), 2 * sp.sqrt(3), 12])
    a = sp.sympify(a)
    proj = sp.radsimp(a / sp.sqrt(3))  # distance vertex → centroid of base
    cosv = sp.sqrt(3) / 3
    mode = rng.randrange(3)
    if mode == 0:
        text = (f"한 모서리의 길이가 {_t(_num(a), st)}인 정사면체 ABCD에서 모서리 AB의 평면 BCD 위로의 정사영의 길이를 {_end(rng)}")
        ans = _ua(proj)
    elif mode == 1:
        text = (f"정사면체 ABCD에서 모서리 AB와 평면 BCD가 이루는 각의 크기를 θ라 할 때, cos θ의 {_end(rng, '값')}{_pts(rng, 3)}")
        ans = _ua(cosv)
    else:
        area = sp.radsimp(sp.sqrt(3) / 4 * a * a / 3)
        text = (f"한 모서리의 길이가 {_t(_num(a), st)}인 정사면체 ABCD에서 삼각형 ABC의 평면 BCD 위로의 정사영의 넓이를 {_end(rng)}{_pts(rng, 4)}")
        ans = _ua(area)
    # coordinates: base BCD in z = 0, centroid at origin
    R_ = a / sp.sqrt(3)
    B = (R_, 0, 0)
    C = (-R_ / 2, a / 2, 0)
    D = (-R_ / 2, -a / 2, 0)
    A = (0, 0, sp.sqrt(a * a - R_ * R_))

    def chk() -> bool:
        if sp.simplify(_dist(A, B) - a) != 0 or sp.simplify(_dist(C, D) - a) != 0:
            return False
        ab_proj = _dist((0, 0, 0), B)
        if mode == 0:
            return sp.simplify(ab_proj - proj) == 0
        if mode == 1:
            return sp.simplify(ab_proj / a - cosv) == 0
        W = {"A": (0, 0, 0), "B": B, "C": C}
        return sp.simplify(_poly_area(W, "ABC") - sp.nsimplify(area)) == 0

    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["정사영"], check=chk)


@family(S3, "bogi-projection-statements")
def _pr_bogi(rng: random.Random) -> Problem:
    facts = [
        ("선분의 정사영의 길이는 원래 선분의 길이보다 길 수 없다.", True),
        ("평면 α에 수직인 선분의 평면 α 위로의 정사영은 한 점이다.", True),
        ("평면 α에 평행한 선분의 평면 α 위로의 정사영의 길이는 원래 선분의 길이와 같다.", True),
        ("두 평면이 이루는 각의 크기가 60°이면 한 평면 위의 도형의 다른 평면 위로의 정사영의 넓이는 원래 넓이의 절반이다.", True),
        ("두 평면이 이루는 각의 크기가 30°이면 한 평면 위의 도형의 다른 평면 위로의 정사영의 넓이는 원래 넓이의 절반이다.", False),
        ("원의 정사영은 항상 원이다.", False),
        ("서로 평행한 두 선분의 같은 평면 위로의 정사영은 평행하거나 한 직선 위에 있거나 점이다.", True),
        ("직선의 평면 위로의 정사영은 항상 직선이다.", False),
        ("정사영의 넓이가 원래 넓이와 같으면 두 평면은 평행하거나 일치한다.", True),
        ("삼각형의 정사영의 넓이가 0이면 삼각형을 포함하는 평면은 정사영을 하는 평면에 수직이다.", True),
        ("넓이가 S인 도형을 두 평면이 이루는 각이 45°가 되도록 정사영하면 넓이는 S/2가 된다.", False),
    ]
    for _ in range(20):
        picks = rng.sample(facts, 3)
        if any(t for _, t in picks):
            break
    block, ch = bogi(rng, picks)
    text = f"정사영에 대한 설명으로 {bogi_question(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", concepts=["정사영"],
                   choice=ch, check=lambda: ch.options[ch.correct] == ", ".join(
                       lab for lab, (_, t) in zip("ㄱㄴㄷ", picks, strict=True) if t))


@family(S3, "circle-projects-to-ellipse")
def _pr_circle(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ang = rng.choice([30, 45, 60])
    r = rng.randint(2, 8)
    minor = sp.radsimp(2 * r * _COS[ang])
    area = sp.radsimp(sp.pi * r * r * _COS[ang])
    deg = _deg(st)
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"반지름의 길이가 {r}인 원이 평면 α와 {_t(f'{ang}{deg}', st)}의 각을 이루는 평면 위에 있다. 이 원의 평면 α 위로의 정사영은 "
                f"타원이 된다. 이 타원의 장축과 단축의 길이를 각각 {_end(rng)}")
        ans = f"장축 {2 * r}, 단축 {_ua(minor)}"
        chk = lambda: sp.simplify(minor - 2 * r * sp.cos(sp.pi * ang / 180)) == 0  # noqa: E731
    else:
        text = (f"원기둥 모양의 통나무를 밑면과 {_t(f'{90 - ang}{deg}', st)}의 각을 이루는 평면으로 자른 단면을 생각하자. 밑면의 반지름의 길이가 {r}일 때, "
                f"단면의 밑면 위로의 정사영은 밑면 전체와 같다. 이를 이용하여 단면의 넓이를 {_end(rng)}")
        sec = sp.radsimp(sp.pi * r * r / _COS[90 - ang])
        ans = _pians(sec)
        chk = lambda: sp.simplify(sec * sp.cos(sp.pi * (90 - ang) / 180) - sp.pi * r * r) == 0  # noqa: E731
        del area
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["정사영", "장축", "단축"], check=chk)


# ================================================================================================
# 12기하02-04 좌표공간에서 두 점 사이의 거리와 내분점
# ================================================================================================
_NAMES3 = ("A", "B", "C", "P", "Q")


def _rp(rng: random.Random, lo: int = -6, hi: int = 6):
    return tuple(rng.randint(lo, hi) for _ in range(3))


def _div_pt(A, B, m, n):
    return tuple(sp.Rational(n * a + m * b, m + n) for a, b in zip(A, B, strict=True))


def _p3(v: tuple, st: str, lab: str = "") -> str:
    return _t(lab + _pt(*v), st)


@family(S4, "distance-two-points-space")
def _c_dist(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = _rp(rng)
    # build B so that the distance is sometimes an integer
    if rng.random() < 0.5:
        d3 = rng.choice([(1, 2, 2), (2, 3, 6), (1, 4, 8), (2, 6, 9), (4, 4, 7), (2, 10, 11), (6, 6, 7), (3, 4, 12)])
        d3 = [c * rng.choice([1, -1]) for c in rng.sample(d3, 3)]
        B = tuple(a + c for a, c in zip(A, d3, strict=True))
    else:
        B = _rp(rng)
        if B == A:
            B = (A[0] + 1, A[1], A[2] + 2)
    val = sp.sqrt(sum((a - b) ** 2 for a, b in zip(A, B, strict=True)))
    text = rng.choice([
        f"좌표공간에서 두 점 {_p3(A, st, 'A')}, {_p3(B, st, 'B')} 사이의 거리를 {_end(rng)}",
        f"두 점 {_p3(A, st, 'A')}, {_p3(B, st, 'B')}에 대하여 선분 AB의 길이는?",
        f"좌표공간 위의 두 점 {_p3(A, st, 'P')}, {_p3(B, st, 'Q')}에 대하여 {_t(_OV + '{PQ}', st)}의 {_end(rng, '값')}",
    ])
    return Problem(text=text, answer=_ua(val), format="computation", difficulty=1, achievement_level="E",
                   concepts=["좌표공간", "공간좌표"], check=lambda: sp.Point3D(*A).distance(sp.Point3D(*B)) == val)


@family(S4, "internal-division-point")
def _c_div(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([(1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 3), (3, 2), (1, 4), (3, 4)])
    # choose B - A divisible by m + n so the answer is integral (mostly)
    A = _rp(rng)
    step = tuple((m + n) * rng.randint(-2, 2) for _ in range(3))
    if step == (0, 0, 0):
        step = (m + n, 0, -(m + n))
    B = tuple(a + s for a, s in zip(A, step, strict=True))
    P = _div_pt(A, B, m, n)
    mode = rng.randrange(3)
    if mode == 0 and (m, n) != (1, 1):
        text = rng.choice([
            f"두 점 {_p3(A, st, 'A')}, {_p3(B, st, 'B')}에 대하여 선분 AB를 {josa(f'{m} : {n}', '으로/로')} 내분하는 점의 좌표를 {_end(rng)}",
            f"좌표공간의 두 점 {_p3(A, st, 'A')}, {josa(_p3(B, st, 'B'), '을/를')} 잇는 선분 AB를 {josa(f'{m} : {n}', '으로/로')} 내분하는 점 P의 좌표를 {_end(rng)}",
        ])
        ans = _upt(*P)
        fmt = "computation"
        d = 2
    elif mode == 1:
        M = _div_pt(A, B, 1, 1)
        text = (f"두 점 {_p3(A, st, 'A')}, {josa(_p3(B, st, 'B'), '을/를')} 이은 선분 AB의 중점의 좌표를 (a, b, c)라 할 때, a + b + c의 {_end(rng, '값')}")
        ans = _ua(sum(M))
        P = M
        fmt = "computation"
        d = 1
    else:
        a_, b_, c_ = P
        text = (f"두 점 A{_t(_pt(A[0], 'a', A[2]), st)}, B{_t(_pt(B[0], B[1], 'b'), st)}에 대하여 선분 AB를 {josa(f'{m} : {n}', '으로/로')} 내분하는 점의 좌표가 "
                f"{_t(_pt(a_, b_, c_), st)}일 때, a + b의 {_end(rng, '값')}{_pts(rng, 3)}")
        ans = _ua(A[1] + B[2])
        fmt = "computation"
        d = 3
    chk = lambda: tuple(sp.Point3D(*A) + (sp.Point3D(*B) - sp.Point3D(*A)) * sp.Rational(m, m + n)) == tuple(P) if mode != 1 else (  # noqa: E731
        sp.Point3D(*A).midpoint(sp.Point3D(*B)) == sp.Point3D(*P))
    return Problem(text=text.replace("(1, 1)", "(1, 1)"), answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["좌표공간", "공간좌표"], check=chk)


@family(S4, "unknown-coordinate-from-distance")
def _c_unknown(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = _rp(rng, -4, 4)
    trip = rng.choice([(1, 2, 2), (2, 3, 6), (2, 6, 9), (4, 4, 7), (3, 4, 12), (1, 4, 8)])
    dx, dy, dz = trip
    k = rng.randrange(3)
    signs = [rng.choice([1, -1]) for _ in range(3)]
    B = [A[i] + signs[i] * trip[i] for i in range(3)]
    dist = int(sp.sqrt(dx * dx + dy * dy + dz * dz))
    sols = sorted({A[k] + trip[k], A[k] - trip[k]})
    Bshow = list(B)
    Bshow[k] = "a"
    text = rng.choice([
        f"두 점 {_p3(A, st, 'A')}, B{_t(_pt(*Bshow), st)} 사이의 거리가 {dist}일 때, 모든 실수 a의 값의 합을 {_end(rng)}",
        f"좌표공간의 두 점 {_p3(A, st, 'A')}, B{_t(_pt(*Bshow), st)}에 대하여 {josa(_t(_OV + '{AB} = ' + str(dist), st), '을/를')} 만족시키는 a의 값을 모두 {_end(rng)}",
    ])
    ans = str(sum(sols)) if "합" in text else ", ".join(str(s) for s in sols)
    a = sp.Symbol("a")

    def chk() -> bool:
        Bs = [a if i == k else B[i] for i in range(3)]
        roots = sp.solve(sum((A[i] - Bs[i]) ** 2 for i in range(3)) - dist ** 2, a)
        return sorted(roots) == sols

    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["좌표공간"], check=chk)


@family(S4, "equidistant-point-on-axis")
def _c_equi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ax = rng.randrange(3)
    axn = "xyz"[ax]
    for _ in range(50):
        A, B = _rp(rng, -5, 5), _rp(rng, -5, 5)
        den = 2 * (B[ax] - A[ax])
        if den != 0:
            break
    num_ = sum(b * b for b in B) - sum(a_ * a_ for a_ in A)
    t = sp.Rational(num_, den)
    P = tuple(t if i == ax else 0 for i in range(3))
    text = rng.choice([
        f"두 점 {_p3(A, st, 'A')}, {_p3(B, st, 'B')}에서 같은 거리에 있는 {axn}축 위의 점 P의 좌표를 {_end(rng)}",
        f"{axn}축 위의 점 P가 {_t(_OV + '{PA} = ' + _OV + '{PB}', st)}를 만족시킨다. 두 점이 {_p3(A, st, 'A')}, {_p3(B, st, 'B')}일 때 점 P의 좌표를 {_end(rng)}",
    ])
    return Problem(text=text, answer=_upt(*P), format="word", difficulty=3, achievement_level="C",
                   concepts=["좌표공간", "공간좌표"],
                   check=lambda: sp.Point3D(*P).distance(sp.Point3D(*A)) == sp.Point3D(*P).distance(sp.Point3D(*B)))


@family(S4, "centroid-triangle-space")
def _c_centroid(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, B = _rp(rng), _rp(rng)
    G = tuple(rng.randint(-3, 3) for _ in range(3))
    C = tuple(3 * g - a - b for g, a, b in zip(G, A, B, strict=True))
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([
            f"세 점 {_p3(A, st, 'A')}, {_p3(B, st, 'B')}, {josa(_p3(C, st, 'C'), '을/를')} 꼭짓점으로 하는 삼각형 ABC의 무게중심의 좌표를 {_end(rng)}",
            f"좌표공간에서 삼각형 ABC의 세 꼭짓점이 {_p3(A, st, 'A')}, {_p3(B, st, 'B')}, {_p3(C, st, 'C')}일 때, 무게중심 G의 좌표는?",
        ])
        ans = _upt(*G)
    else:
        text = (f"삼각형 ABC에서 {_p3(A, st, 'A')}, {_p3(B, st, 'B')}이고 무게중심이 {_p3(G, st, 'G')}일 때, 꼭짓점 C의 좌표를 {_end(rng)}")
        ans = _upt(*C)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["좌표공간", "공간좌표"],
                   check=lambda: sp.Point3D(*[sp.Rational(a + b + c, 3) for a, b, c in zip(A, B, C, strict=True)]) == sp.Point3D(*G))


@family(S4, "symmetric-and-projection-points")
def _c_sym(rng: random.Random) -> Problem:
    st = pick_style(rng)
    P = tuple(_nz(rng, -6, 6) for _ in range(3))
    planes = {"xy평면": (1, 1, -1), "yz평면": (-1, 1, 1), "zx평면": (1, -1, 1), "x축": (1, -1, -1), "y축": (-1, 1, -1),
              "z축": (-1, -1, 1), "원점": (-1, -1, -1)}
    mode = rng.randrange(3)
    if mode == 0:
        wh = rng.choice(list(planes))
        Q = tuple(p * s for p, s in zip(P, planes[wh], strict=True))
        text = rng.choice([
            f"점 {josa(_p3(P, st, 'P'), '을/를')} {wh}에 대하여 대칭이동한 점의 좌표를 {_end(rng)}",
            f"점 {josa(_p3(P, st, 'A'), '과/와')} {wh}에 대하여 대칭인 점 B의 좌표를 {_end(rng)}",
        ])
        ans = _upt(*Q)
        chk = lambda: sp.Point3D(*P).midpoint(sp.Point3D(*Q)) == sp.Point3D(*[(p + q) / 2 for p, q in zip(P, Q, strict=True)])  # noqa: E731
        d = 1
    elif mode == 1:
        ax = rng.randrange(3)
        val = sp.sqrt(sum(P[i] ** 2 for i in range(3) if i != ax))
        text = rng.choice([
            f"점 {josa(_p3(P, st, 'P'), '과/와')} {'xyz'[ax]}축 사이의 거리를 {_end(rng)}",
            f"좌표공간의 점 {_p3(P, st, 'A')}에서 {'xyz'[ax]}축에 내린 수선의 발을 H라 할 때, 선분 AH의 길이는?",
        ])
        ans = _ua(val)
        foot = tuple(P[i] if i == ax else 0 for i in range(3))
        chk = lambda: sp.Point3D(*P).distance(sp.Point3D(*foot)) == val  # noqa: E731
        d = 2
    else:
        wh1, wh2 = rng.sample(["xy평면", "yz평면", "zx평면"], 2)
        Q1 = tuple(p * (s if s == 1 else 0) for p, s in zip(P, planes[wh1], strict=True))
        Q2 = tuple(p * (s if s == 1 else 0) for p, s in zip(P, planes[wh2], strict=True))
        val = sp.sqrt(sum((a - b) ** 2 for a, b in zip(Q1, Q2, strict=True)))
        text = (f"점 {_p3(P, st, 'P')}에서 {wh1}, {wh2}에 내린 수선의 발을 각각 Q, R라 할 때, 선분 QR의 길이를 {_end(rng)}{_pts(rng, 3)}")
        ans = _ua(val)
        chk = lambda: sp.Point3D(*Q1).distance(sp.Point3D(*Q2)) == val  # noqa: E731
        d = 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["좌표공간", "공간좌표"], check=chk)


@family(S4, "min-sum-distances-reflection")
def _c_min(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ax = rng.randrange(3)  # the coordinate plane: coordinate ax = 0
    pn = {0: "yz평면", 1: "zx평면", 2: "xy평면"}[ax]
    for _ in range(60):
        A = list(_rp(rng, -5, 5))
        B = list(_rp(rng, -5, 5))
        A[ax], B[ax] = rng.randint(1, 5), rng.randint(1, 5)
        Bp = list(B)
        Bp[ax] = -B[ax]
        d2 = sum((a - b) ** 2 for a, b in zip(A, Bp, strict=True))
        if sp.sqrt(d2).is_Integer or rng.random() < 0.1:
            break
    val = sp.sqrt(d2)
    A, B = tuple(A), tuple(B)
    text = rng.choice([
        f"두 점 {_p3(A, st, 'A')}, {josa(_p3(B, st, 'B'), '과/와')} {pn} 위를 움직이는 점 P에 대하여 {_t(_OV + '{AP} + ' + _OV + '{PB}', st)}의 최솟값을 {_end(rng)}{_pts(rng, 4)}",
        f"{pn} 위의 점 P와 두 점 {_p3(A, st, 'A')}, {_p3(B, st, 'B')}에 대하여 AP + PB의 최솟값은?{_pts(rng, 4)}",
    ])

    def chk() -> bool:
        # numerical search over a grid on the plane
        import math
        best = float("inf")
        fa, fb = [float(c) for c in A], [float(c) for c in B]
        for i in range(-40, 41):
            for j in range(-40, 41):
                p = [0.0, 0.0, 0.0]
                idx = [c for c in range(3) if c != ax]
                p[idx[0]], p[idx[1]] = i / 4, j / 4
                best = min(best, math.dist(p, fa) + math.dist(p, fb))
        return best >= float(val) - 1e-9 and best - float(val) < 0.1

    return Problem(text=text, answer=_ua(val), format="computation", difficulty=4, achievement_level="B",
                   concepts=["좌표공간"], check=chk)


@family(S4, "segment-crossing-coordinate-plane")
def _c_cross(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ax = rng.randrange(3)
    pn = {0: "yz평면", 1: "zx평면", 2: "xy평면"}[ax]
    m, n = rng.choice([(1, 2), (2, 1), (1, 3), (3, 1), (2, 3), (3, 2), (1, 1)])
    A = list(_rp(rng, -5, 5))
    B = list(_rp(rng, -5, 5))
    A[ax], B[ax] = m * rng.choice([1, 2]), -n
    if A[ax] == 2 * m:
        B[ax] = -2 * n
    for i in range(3):
        if i != ax:
            B[i] = A[i] + (m + n) * rng.randint(-2, 2)
    A, B = tuple(A), tuple(B)
    P = _div_pt(A, B, m, n)
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"두 점 {_p3(A, st, 'A')}, {josa(_p3(B, st, 'B'), '을/를')} 잇는 선분 AB가 {pn}과 만나는 점을 P라 할 때, 점 P는 선분 AB를 "
                f"어떤 비로 내분하는지 구하고, 점 P의 좌표를 {_end(rng)}")
        ans = f"{m} : {n}, {_upt(*P)}"
    else:
        text = (f"두 점 {_p3(A, st, 'A')}, {_p3(B, st, 'B')}에 대하여 선분 AB가 {josa(pn, '과/와')} 만나는 점의 좌표를 {_end(rng)}{_pts(rng, 3)}")
        ans = _upt(*P)
    return Problem(text=text, answer=ans, format="word" if mode == 0 else "computation", difficulty=3, achievement_level="C",
                   concepts=["좌표공간", "공간좌표"],
                   check=lambda: P[ax] == 0 and sp.Point3D(*A).distance(sp.Point3D(*P)) * n == sp.Point3D(*B).distance(sp.Point3D(*P)) * m)


@family(S4, "room-coordinates-context")
def _c_room(rng: random.Random) -> Problem:
    L, W, H = rng.randint(4, 12), rng.randint(3, 10), rng.choice([3, 4, 5])
    obj1, obj2 = rng.sample(["천장 조명", "화재 감지기", "벽시계", "에어컨", "스피커", "CCTV 카메라", "무선 공유기"], 2)
    p1 = (rng.randint(0, L), rng.randint(0, W), H)
    p2 = (rng.randint(0, L), rng.randint(0, W), rng.randint(1, H))
    val = sp.sqrt(sum((a - b) ** 2 for a, b in zip(p1, p2, strict=True)))
    mode = rng.randrange(2)
    head = (f"가로 {L} m, 세로 {W} m, 높이 {H} m인 직육면체 모양의 방이 있다. 방의 한 모퉁이 바닥을 원점 O, 바닥의 두 모서리를 x축, y축, "
            f"수직인 모서리를 z축으로 하는 좌표공간을 잡으면 {josa(obj1, '은/는')} 점 {_upt(*p1)}, {josa(obj2, '은/는')} 점 {_upt(*p2)}에 있다.")
    if mode == 0:
        text = f"{head} 두 물건 사이의 거리는 몇 m인지 {_end(rng)}"
        ans = f"{_ua(val)} m"
        chk = lambda: sp.Point3D(*p1).distance(sp.Point3D(*p2)) == val  # noqa: E731
    else:
        m, n = rng.choice([(1, 1), (1, 2), (2, 1)])
        Pm = _div_pt(p1, p2, m, n)
        text = (f"{head} 두 물건을 잇는 전선을 곧게 설치하고, 전선을 {obj1} 쪽에서부터 {josa(f'{m} : {n}', '으로/로')} 내분하는 지점에 고정 장치를 달려고 한다. "
                f"고정 장치의 위치를 좌표로 나타내시오.")
        ans = _upt(*Pm)
        chk = lambda: sp.Point3D(*Pm) == sp.Point3D(*p1) + (sp.Point3D(*p2) - sp.Point3D(*p1)) * sp.Rational(m, m + n)  # noqa: E731
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["좌표공간", "공간좌표"], check=chk)


# ================================================================================================
# 12기하02-05 구의 방정식
# ================================================================================================
def _sph_std(c, r2) -> str:
    return f"{_sq('x', c[0])} + {_sq('y', c[1])} + {_sq('z', c[2])} = {_num(r2)}"


def _sph_gen(c, r2) -> tuple[str, sp.Expr]:
    e = sp.expand((X - c[0]) ** 2 + (Y - c[1]) ** 2 + (Z - c[2]) ** 2 - r2)
    terms = [(1, "x^{2}"), (1, "y^{2}"), (1, "z^{2}"), (e.coeff(X, 1), "x"), (e.coeff(Y, 1), "y"),
             (e.coeff(Z, 1), "z"), (e.subs({X: 0, Y: 0, Z: 0}), "")]
    return _lin(terms) + " = 0", e


def _sph_center_r(e: sp.Expr):
    """Independent: centre and r² of x²+y²+z²+ax+by+cz+d from the gradient/constant."""
    a, b, c = e.coeff(X, 1), e.coeff(Y, 1), e.coeff(Z, 1)
    d = e.subs({X: 0, Y: 0, Z: 0})
    cen = (-a / 2, -b / 2, -c / 2)
    return cen, sum(v ** 2 for v in cen) - d


@family(S5, "center-radius-from-equation")
def _sp_cr(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = _rp(rng, -5, 5)
    r = rng.randint(1, 7)
    r2 = r * r if rng.random() < 0.7 else rng.choice([2, 3, 5, 6, 7, 8, 10, 12])
    general = rng.random() < 0.55
    tex, e = _sph_gen(c, r2)
    eq = _t(tex if general else _sph_std(c, r2), st)
    text = rng.choice([
        f"구 {eq}의 중심의 좌표와 반지름의 길이를 {_end(rng)}",
        f"다음 방정식이 나타내는 구의 중심과 반지름의 길이를 각각 {_end(rng)}\n{eq}",
    ])
    d = 2 if general else 1
    return Problem(text=text, answer=f"중심 {_upt(*c)}, 반지름 {_ua(sp.sqrt(r2))}", format="computation",
                   difficulty=d, achievement_level=secondary_level(d), concepts=["좌표공간"],
                   check=lambda: _sph_center_r(e) == (tuple(sp.Integer(v) for v in c), r2))


@family(S5, "sphere-equation-from-conditions")
def _sp_eq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = _rp(rng, -4, 4)
    mode = rng.randrange(3)
    if mode == 0:
        r = rng.randint(1, 6)
        r2 = r * r
        text = f"중심이 {_p3(c, st, 'C')}이고 반지름의 길이가 {r}인 구의 방정식을 {_end(rng)}"
    elif mode == 1:
        P = tuple(v + rng.randint(-3, 3) for v in c)
        if c == P:
            P = (c[0] + 1, c[1], c[2] + 2)
        r2 = sum((a - b) ** 2 for a, b in zip(P, c, strict=True))
        text = rng.choice([f"중심이 {_p3(c, st, 'C')}이고 점 {josa(_p3(P, st, 'P'), '을/를')} 지나는 구의 방정식을 {_end(rng)}",
                           f"점 {josa(_p3(c, st, 'C'), '을/를')} 중심으로 하고 점 {josa(_p3(P, st, 'A'), '을/를')} 지나는 구의 방정식을 {_end(rng)}"])
    else:
        h = tuple(rng.randint(-3, 3) for _ in range(3))
        A = tuple(a + b for a, b in zip(c, h, strict=True))
        B = tuple(a - b for a, b in zip(c, h, strict=True))
        if A == B:
            A, B = (c[0] + 1, c[1], c[2]), (c[0] - 1, c[1], c[2])
        r2 = sum((a - b) ** 2 for a, b in zip(A, c, strict=True))
        text = f"두 점 {_p3(A, st, 'A')}, {_p3(B, st, 'B')}을 지름의 양 끝점으로 하는 구의 방정식을 {_end(rng)}".replace(
            f"{_p3(B, st, 'B')}을", josa(_p3(B, st, 'B'), "을/를"))
    ans = _t(_sph_std(c, r2), "unicode")
    _, e = _sph_gen(c, r2)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["좌표공간"], check=lambda: _sph_center_r(e) == (tuple(sp.Integer(v) for v in c), r2))


@family(S5, "sphere-tangent-to-coordinate-planes")
def _sp_tangent(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.randrange(3)
    if mode == 0:
        c = tuple(_nz(rng, -5, 5) for _ in range(3))
        ax = rng.randrange(3)
        pn = {0: "yz평면", 1: "zx평면", 2: "xy평면"}[ax]
        r2 = c[ax] ** 2
        text = rng.choice([f"중심이 {_p3(c, st, 'C')}이고 {pn}에 접하는 구의 방정식을 {_end(rng)}",
                           f"점 {josa(_p3(c, st, 'C'), '을/를')} 중심으로 하고 {josa(pn, '과/와')} 접하는 구의 반지름의 길이와 방정식을 {_end(rng)}"])
        ans = _t(_sph_std(c, r2), "unicode")
        chk = lambda: abs(c[ax]) == sp.sqrt(r2)  # noqa: E731
        d = 2
    elif mode == 1:
        r = rng.randint(1, 6)
        sg = [rng.choice([1, -1]) for _ in range(3)]
        c = tuple(s * r for s in sg)
        text = (f"반지름의 길이가 {r}이고 세 좌표평면에 동시에 접하는 구 중 중심이 제{_octant(sg)}팔분공간에 있는 구의 방정식을 {_end(rng)}")
        ans = _t(_sph_std(c, r * r), "unicode")
        chk = lambda: all(abs(v) == r for v in c)  # noqa: E731
        d = 3
    else:
        # sphere through P tangent to the three planes, centre (r, r, r): (a-r)²+(b-r)²+(c-r)² = r²
        r1, r2_ = rng.sample(range(1, 8), 2)
        # choose P = (r1 + ...) so that both r1 and r2_ are roots: build P from r values via symmetric sums
        # P with coordinates p: 2r² - 2(p1+p2+p3)r + |p|² = 0 has roots r1, r2_ → sum = p1+p2+p3, prod = |p|²/2
        s_, q_ = r1 + r2_, r1 * r2_
        P = None
        for p1 in range(1, s_):
            for p2 in range(1, s_ - p1):
                p3 = s_ - p1 - p2
                if p3 > 0 and p1 * p1 + p2 * p2 + p3 * p3 == 2 * q_:
                    P = (p1, p2, p3)
                    break
            if P:
                break
        if P is None:  # fall back to a point that works: 2r² − 8r + 6 = 0
            P, r1, r2_ = (2, 1, 1), 1, 3
        text = (f"점 {josa(_p3(P, st, 'P'), '을/를')} 지나고 세 좌표평면에 동시에 접하는 구는 두 개 있다. 두 구의 반지름의 길이의 합을 {_end(rng)}{_pts(rng, 4)}")
        ans = str(r1 + r2_)
        rr = sp.Symbol("r")
        chk = lambda: sorted(sp.solve(sum((p - rr) ** 2 for p in P) - rr ** 2, rr)) == sorted([r1, r2_])  # noqa: E731
        d = 4
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["좌표공간"], check=chk)


def _octant(sg) -> str:
    table = {(1, 1, 1): "1", (-1, 1, 1): "2", (-1, -1, 1): "3", (1, -1, 1): "4",
             (1, 1, -1): "5", (-1, 1, -1): "6", (-1, -1, -1): "7", (1, -1, -1): "8"}
    return table[tuple(sg)]


@family(S5, "condition-to-be-sphere")
def _sp_cond(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = _rp(rng, -4, 4)
    s2 = sum(v * v for v in c)
    # x²+y²+z² -2c1 x -2c2 y -2c3 z + k = 0 is a sphere iff s2 - k > 0 → k < s2
    terms = [(1, "x^{2}"), (1, "y^{2}"), (1, "z^{2}"), (-2 * c[0], "x"), (-2 * c[1], "y"), (-2 * c[2], "z")]
    eq = _t(_lin(terms) + " + k = 0", st)
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([f"방정식 {josa(eq, '이/가')} 구를 나타내도록 하는 실수 k의 값의 범위를 {_end(rng)}",
                           f"다음 방정식이 구를 나타낼 때, 실수 k의 값의 범위를 {_end(rng)}\n{eq}"])
        ans = f"k < {s2}"
        d = 2
        chk = lambda: sp.solve_univariate_inequality(s2 - sp.Symbol("k") > 0, sp.Symbol("k"), relational=False) == sp.Interval.open(-sp.oo, s2)  # noqa: E731
    else:
        r = rng.randint(1, 4)
        k = s2 - r * r
        text = (f"방정식 {josa(eq, '이/가')} 반지름의 길이가 {r}인 구를 나타낼 때, 상수 k의 {_end(rng, '값')}")
        ans = str(k)
        d = 2
        chk = lambda: _sph_center_r(sp.expand(sum(cc * sp.sympify(v.replace('^{2}', '**2'), locals={"x": X, "y": Y, "z": Z}) for cc, v in terms) + k))[1] == r * r  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["좌표공간"], check=chk)


@family(S5, "sphere-meets-coordinate-plane")
def _sp_section(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ax = rng.randrange(3)
    pn = {0: "yz평면", 1: "zx평면", 2: "xy평면"}[ax]
    c = list(_rp(rng, -4, 4))
    h = rng.randint(1, 5)
    c[ax] = h * rng.choice([1, -1])
    rho = rng.randint(1, 6)  # radius of the circle of intersection
    r2 = h * h + rho * rho
    c = tuple(c)
    general = rng.random() < 0.5
    tex, e = _sph_gen(c, r2)
    eq = _t(tex if general else _sph_std(c, r2), st)
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([f"구 {josa(eq, '과/와')} {pn}이 만나서 생기는 원의 넓이를 {_end(rng)}{_pts(rng, 3)}",
                           f"구 {eq}를 {pn}으로 자른 단면인 원의 반지름의 길이를 {_end(rng)}"])
        text = text.replace(f"{pn}이 ", josa(pn, "이/가") + " ").replace(f"{pn}으로", josa(pn, "으로/로"))
        ans = f"{rho * rho}π" if "넓이" in text else str(rho)
    else:
        text = (f"구 {josa(eq, '과/와')} {josa(pn, '이/가')} 만나서 생기는 도형의 방정식을 {_end(rng)} (단, {'xyz'[ax]} = 0)")
        other = [i for i in range(3) if i != ax]
        v1, v2 = "xyz"[other[0]], "xyz"[other[1]]
        ans = _t(f"{_sq(v1, c[other[0]])} + {_sq(v2, c[other[1]])} = {rho * rho}", "unicode")
    text = text.replace(f"구 {eq}를", f"구 {josa(eq, '을/를')}")
    sym = (X, Y, Z)[ax]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["좌표공간"],
                   check=lambda: _sph_center_r(sp.expand(e.subs(sym, 0) + sym ** 2))[1] == rho * rho)


@family(S5, "sphere-through-origin-and-axis-points")
def _sp_four(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c = (_nz(rng, -6, 6) for _ in range(3))
    cen = (R(a, 2), R(b, 2), R(c, 2))
    r2 = sum(v * v for v in cen)
    mode = rng.randrange(2)
    pts3 = f"A({a}, 0, 0), B(0, {b}, 0), C(0, 0, {c})"
    pts = "O(0, 0, 0), " + pts3
    if mode == 0:
        text = rng.choice([f"네 점 {josa(_t(pts, st), '을/를')} 지나는 구의 중심의 좌표와 반지름의 길이를 {_end(rng)}",
                           f"원점과 세 점 {josa(_t(pts3, st), '을/를')} 모두 지나는 구의 방정식을 {_end(rng)}"])
        ans = (f"중심 {_upt(*cen)}, 반지름 {_ua(sp.sqrt(r2))}" if "중심의" in text else
               _t(_lin([(1, "x^{2}"), (1, "y^{2}"), (1, "z^{2}"), (-a, "x"), (-b, "y"), (-c, "z")]) + " = 0", "unicode"))
    else:
        text = (f"네 점 {josa(_t(pts, st), '을/를')} 지나는 구의 겉넓이를 {_end(rng)}{_pts(rng, 3)}")
        ans = _pians(4 * sp.pi * r2)
    e = X ** 2 + Y ** 2 + Z ** 2 - a * X - b * Y - c * Z
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["좌표공간"],
                   check=lambda: all(e.subs({X: p[0], Y: p[1], Z: p[2]}) == 0 for p in [(0, 0, 0), (a, 0, 0), (0, b, 0), (0, 0, c)])
                   and _sph_center_r(e) == (cen, r2))


@family(S5, "point-to-sphere-min-max")
def _sp_minmax(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = _rp(rng, -3, 3)
    trip = rng.choice([(1, 2, 2), (2, 3, 6), (2, 6, 9), (4, 4, 7), (3, 4, 12), (1, 4, 8), (2, 2, 1)])
    D = int(sp.sqrt(sum(t * t for t in trip)))
    P = tuple(v + s * t for v, s, t in zip(c, [rng.choice([1, -1]) for _ in range(3)], rng.sample(trip, 3), strict=True))
    r = rng.randint(1, D - 1)
    tex, e = _sph_gen(c, r * r)
    eq = _t(tex if rng.random() < 0.5 else _sph_std(c, r * r), st)
    mode = rng.randrange(3)
    if mode == 0:
        text = f"점 {_p3(P, st, 'P')}와 구 {eq} 위의 점 Q에 대하여 선분 PQ의 길이의 최솟값을 {_end(rng)}{_pts(rng, 3)}"
        text = text.replace(f"{_p3(P, st, 'P')}와", josa(_p3(P, st, "P"), "과/와"))
        ans = str(D - r)
    elif mode == 1:
        text = f"구 {eq} 위의 점 Q와 점 {_p3(P, st, 'P')} 사이의 거리의 최댓값을 {_end(rng)}{_pts(rng, 3)}"
        ans = str(D + r)
    else:
        text = (f"구 {eq} 위의 점 Q와 점 {_p3(P, st, 'P')} 사이의 거리의 최댓값을 M, 최솟값을 m이라 할 때, M × m의 {_end(rng, '값')}{_pts(rng, 4)}")
        ans = str((D + r) * (D - r))
    cen, rr2 = _sph_center_r(e)
    return Problem(text=text, answer=ans, format="computation", difficulty=3 if mode < 2 else 4,
                   achievement_level="C" if mode < 2 else "B", concepts=["좌표공간"],
                   check=lambda: sp.Point3D(*P).distance(sp.Point3D(*cen)) == D and rr2 == r * r)


@family(S5, "sphere-context-and-bogi")
def _sp_ctx(rng: random.Random) -> Problem:
    st = pick_style(rng)
    if rng.random() < 0.5:
        # context: a spherical balloon / dome in a room coordinate system
        r = rng.randint(2, 6)
        c = (rng.randint(r, 10), rng.randint(r, 10), r)
        obj = rng.choice(["공 모양의 조형물", "구 모양의 풍선", "구 모양의 가로등 갓", "구 모양의 물탱크"])
        text = (f"바닥을 xy평면으로 하는 좌표공간에서 반지름의 길이가 {r} m인 {josa(obj, '이/가')} 바닥에 접해 있고, 바닥과 닿는 점의 좌표가 "
                f"({c[0]}, {c[1]}, 0)이다. 이 {obj}의 겉면을 나타내는 구의 방정식을 {_end(rng)} (단, {obj}는 바닥 위쪽에 있고, 좌표의 단위는 m이다.)")
        text = text.replace(f"{obj}는", josa(obj, "은/는"))
        ans = _t(_sph_std(c, r * r), "unicode")
        return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                       concepts=["좌표공간"], check=lambda: c[2] == r and _sph_center_r(_sph_gen(c, r * r)[1]) == (c, r * r))
    c = _rp(rng, -4, 4)
    r = rng.randint(2, 5)
    tex, e = _sph_gen(c, r * r)
    eq = _t(tex, st)
    ax = rng.randrange(3)
    pn = {0: "yz평면", 1: "zx평면", 2: "xy평면"}[ax]
    facts = [
        (f"중심의 좌표는 {_t(_pt(*c), st)}이다.", True),
        (f"중심의 좌표는 {_t(_pt(*[-v for v in c]), st)}이다.", all(v == 0 for v in c)),
        (f"반지름의 길이는 {r}이다.", True),
        (f"반지름의 길이는 {r * r}이다.", r * r == r),
        (f"{josa(pn, '과/와')} 만난다.", abs(c[ax]) <= r),
        (f"{josa(pn, '과/와')} 만나지 않는다.", abs(c[ax]) > r),
        ("원점은 구의 내부에 있다.", sum(v * v for v in c) < r * r),
    ]
    for _ in range(30):
        picks = rng.sample(facts, 3)
        if any(t for _, t in picks) and len({p[0][:4] for p in picks}) == 3:
            break
    block, ch = bogi(rng, picks)
    text = f"구 {eq}에 대하여 {bogi_question(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"

    def chk() -> bool:
        cen, rr2 = _sph_center_r(e)
        return cen == tuple(sp.Integer(v) for v in c) and rr2 == r * r

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["좌표공간"], choice=ch, check=chk)


# ================================================================================================
# 12기하03-01 벡터의 연산 (덧셈, 뺄셈, 실수배)
# ================================================================================================
def _vst(rng: random.Random) -> str:
    """Vector problems: mostly LaTeX or a→ notation, rarely plain vec(a)."""
    return pick_style(rng, (0.5, 0.42, 0.08))


def _vv(n: str) -> str:
    return f"\\vec{{{n}}}" if len(n) == 1 else f"\\overrightarrow{{{n}}}"


def _vcomb(coefs, names) -> str:
    return _lin([(c, _vv(n)) for c, n in zip(coefs, names, strict=True)])


_VA, _VB = sp.symbols("va vb")


@family(V1, "simplify-linear-combination")
def _v_simplify(rng: random.Random) -> Problem:
    st = _vst(rng)
    n1, n2 = rng.choice([("a", "b"), ("a", "b"), ("p", "q"), ("u", "v")])
    k1, k2 = _nz(rng, -4, 4), _nz(rng, -4, 4)
    a1, b1, a2, b2 = _nz(rng, -3, 3), _nz(rng, -3, 3), _nz(rng, -3, 3), _nz(rng, -3, 3)
    res = (k1 * a1 + k2 * a2, k1 * b1 + k2 * b2)
    if res == (0, 0):
        k2 += 1
        res = (k1 * a1 + k2 * a2, k1 * b1 + k2 * b2)
    e1, e2 = _vcomb([a1, b1], [n1, n2]), _vcomb([a2, b2], [n1, n2])
    sgn2 = "+" if k2 > 0 else "-"
    expr = f"{'' if k1 == 1 else ('-' if k1 == -1 else str(k1))}({e1}) {sgn2} {'' if abs(k2) == 1 else abs(k2)}({e2})"
    text = rng.choice([
        f"{_t(expr, st)}를 간단히 하시오.",
        f"두 벡터 {_t(_vv(n1), st)}, {_t(_vv(n2), st)}에 대하여 {josa(_t(expr, st), '을/를')} {_t(_vv(n1), st)}, {_t(_vv(n2), st)}로 나타내시오.",
        f"다음을 계산하시오.\n{_t(expr, st)}",
    ])
    text = text.replace(f"{_t(expr, st)}를 간단히", f"{josa(_t(expr, st), '을/를')} 간단히")
    ans = _t(_vcomb(list(res), [n1, n2]), "unicode")
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["벡터", "실수배"],
                   check=lambda: sp.expand(k1 * (a1 * _VA + b1 * _VB) + k2 * (a2 * _VA + b2 * _VB)) == res[0] * _VA + res[1] * _VB)


@family(V1, "solve-vector-equation")
def _v_solve(rng: random.Random) -> Problem:
    st = _vst(rng)
    # p(x - u) = q x + w with u, w combinations of a, b  →  (p - q) x = p u + w
    p = rng.choice([2, 3, 4, -2, 5])
    q = rng.choice([v for v in (1, -1, 2, 3) if v != p])
    sol = (_nz(rng, -3, 3), _nz(rng, -3, 3))  # x = s1 a + s2 b
    u = (_nz(rng, -2, 2), rng.randint(-2, 2))
    w = tuple((p - q) * s - p * uu for s, uu in zip(sol, u, strict=True))
    X_ = "\\vec{x}"
    lhs = f"{p}({_lin([(1, X_), (-u[0], _vv('a')), (-u[1], _vv('b'))])})"
    rhs = ("" if q == 1 else ("-" if q == -1 else str(q))) + X_ + (" + " + _vcomb(list(w), ["a", "b"]) if any(w) else "")
    rhs = rhs.replace("+ -", "- ")
    eq = _t(f"{lhs} = {rhs}", st)
    text = rng.choice([
        f"등식 {josa(eq, '을/를')} 만족시키는 벡터 {josa(_t(X_, st), '을/를')} {_t(_vv('a'), st)}, {_t(_vv('b'), st)}로 나타내시오.",
        f"두 벡터 {_t(_vv('a'), st)}, {_t(_vv('b'), st)}에 대하여 {josa(eq, '이/가')} 성립할 때, 벡터 {josa(_t(X_, st), '을/를')} {_end(rng)}",
    ])
    ans = _t(_vcomb(list(sol), ["a", "b"]), "unicode")
    xa, xb = sp.symbols("xa xb")

    def chk() -> bool:
        s_ = sp.solve([p * (xa - u[0]) - (q * xa + w[0]), p * (xb - u[1]) - (q * xb + w[1])], [xa, xb])
        return (s_[xa], s_[xb]) == sol

    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["벡터", "실수배"], check=chk)


_POLY_LABELS = "ABCDEF"


def _poly_pts(n: int):
    import math
    return {_POLY_LABELS[i]: (math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)) for i in range(n)}


def _vec_of(P, s: str):
    a, b = P[s[0]], P[s[1]]
    return (b[0] - a[0], b[1] - a[1])


@family(V1, "vector-sum-in-polygon")
def _v_chain(rng: random.Random) -> Problem:
    st = _vst(rng)
    n = rng.choice([4, 5, 6])
    P = _poly_pts(n)
    labs = _POLY_LABELS[:n]
    # expression: XY + YZ (+ ZW) or XY - XZ
    mode = rng.randrange(3)
    x, y, z, w = rng.sample(labs, 4)
    if mode == 0:
        expr, res = f"{_vv(x + y)} + {_vv(y + z)} + {_vv(z + w)}", x + w
    elif mode == 1:
        expr, res = f"{_vv(x + y)} - {_vv(x + z)}", z + y
    else:
        expr, res = f"{_vv(x + y)} + {_vv(z + x)} - {_vv(z + w)}", w + y
    # distractors: other vectors between vertices
    pool = [a + b for a in labs for b in labs if a != b and a + b != res and b + a != res]
    wrong = rng.sample(pool, 3) + [res[::-1]]
    lab = lambda v: _t(_vv(v), st)  # noqa: E731
    ch = choices(rng, lab(res), [lab(v) for v in wrong])
    shape = {4: "사각형 ABCD", 5: "오각형 ABCDE", 6: "육각형 ABCDEF"}[n]
    text = rng.choice([
        f"{shape}에서 {_t(expr, st)}와 같은 벡터는?{_pts(rng, 2)}\n{ch.block}",
        f"{shape}의 꼭짓점을 시점과 종점으로 하는 벡터에 대하여 {josa(_t(expr, st), '과/와')} 같은 것은?\n{ch.block}",
    ])
    text = text.replace(f"{_t(expr, st)}와 같은", f"{josa(_t(expr, st), '과/와')} 같은")

    def chk() -> bool:
        import re as _re
        tot = [0.0, 0.0]
        for sgn, nm in _re.findall(r"(^|[+-])\s*\\overrightarrow\{(\w\w)\}", expr.replace(" ", "")):
            v = _vec_of(P, nm)
            f_ = -1 if sgn == "-" else 1
            tot = [tot[0] + f_ * v[0], tot[1] + f_ * v[1]]
        r = _vec_of(P, res)
        return abs(tot[0] - r[0]) < 1e-9 and abs(tot[1] - r[1]) < 1e-9

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["벡터", "시점", "종점"], choice=ch, check=chk)


_HEX_TARGETS = ["AC", "AD", "AE", "BD", "BF", "CE", "CF", "DF", "BE", "EC", "DB", "FD", "EA", "DA", "CA"]


@family(V1, "regular-hexagon-express")
def _v_hex(rng: random.Random) -> Problem:
    st = _vst(rng)
    P = _poly_pts(6)
    # basis: AB = a, AF = b  (regular hexagon ABCDEF)
    ab, af = _vec_of(P, "AB"), _vec_of(P, "AF")
    tgt = rng.choice(_HEX_TARGETS)
    v = _vec_of(P, tgt)
    det = ab[0] * af[1] - ab[1] * af[0]
    c1 = round((v[0] * af[1] - v[1] * af[0]) / det, 9)
    c2 = round((ab[0] * v[1] - ab[1] * v[0]) / det, 9)
    c1, c2 = sp.nsimplify(c1), sp.nsimplify(c2)
    basis = rng.choice([("AB", "AF"), ("AB", "AF")])
    text = rng.choice([
        f"정육각형 ABCDEF에서 {_t(_vv('AB') + ' = ' + _vv('a'), st)}, {_t(_vv('AF') + ' = ' + _vv('b'), st)}라 할 때, 벡터 {josa(_t(_vv(tgt), st), '을/를')} "
        f"{_t(_vv('a'), st)}, {_t(_vv('b'), st)}로 나타내시오.",
        f"정육각형 ABCDEF에서 두 벡터 {_t(_vv('AB'), st)}, {josa(_t(_vv('AF'), st), '을/를')} 각각 {_t(_vv('a'), st)}, {_t(_vv('b'), st)}라 하자. "
        f"{josa(_t(_vv(tgt), st), '을/를')} {_t(_vv('a'), st)}, {_t(_vv('b'), st)}에 대한 식으로 나타내면?",
    ])
    del basis
    ans = _t(_vcomb([c1, c2], ["a", "b"]), "unicode")

    def chk() -> bool:
        return abs(c1 * ab[0] + c2 * af[0] - v[0]) < 1e-9 and abs(c1 * ab[1] + c2 * af[1] - v[1]) < 1e-9

    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["벡터", "실수배"], check=chk)


@family(V1, "parallel-condition-find-k")
def _v_parallel(rng: random.Random) -> Problem:
    st = _vst(rng)
    # (k a + m b) ∥ (p a + q b)  ⇔ k q = m p
    p, q = _nz(rng, -4, 4), _nz(rng, -4, 4)
    t = rng.choice([R(1, 2), 2, 3, -1, -2, R(-1, 2), R(3, 2)])
    m = t * q
    if sp.Rational(m).q != 1:
        t = 2
        m = t * q
    k = t * p
    v1 = f"k{_vv('a')} {'+' if m > 0 else '-'} {_num(abs(m)) if abs(m) != 1 else ''}{_vv('b')}"
    v2 = _vcomb([p, q], ["a", "b"])
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"서로 평행하지 않은 두 벡터 {_t(_vv('a'), st)}, {_t(_vv('b'), st)}에 대하여 두 벡터 {_t(v1, st)}, {josa(_t(v2, st), '이/가')} "
                f"서로 평행할 때, 실수 k의 {_end(rng, '값')}{_pts(rng, 3)}")
        ans = _ua(k)
        chk = lambda: sp.solve(sp.Symbol("k") * q - m * p, sp.Symbol("k")) == [k]  # noqa: E731
    else:
        # equality: (2s - 1) a + (t + 3) b = c1 a + c2 b  →  s, t
        s_, t_ = rng.randint(-3, 4), rng.randint(-4, 3)
        c1, c2 = 2 * s_ - 1, t_ + 3
        lhs = f"(2s - 1){_vv('a')} + (t + 3){_vv('b')}"
        text = (f"영벡터가 아니고 서로 평행하지 않은 두 벡터 {_t(_vv('a'), st)}, {_t(_vv('b'), st)}에 대하여 "
                f"{_t(lhs + ' = ' + _vcomb([c1, c2], ['a', 'b']), st)}일 때, 실수 s, t의 값을 {_end(rng)}")
        if c1 == 0 and c2 == 0:
            text = text.replace(" = 0", " = \\vec{0}" if st == "latex" else " = 0→")
        ans = f"s = {s_}, t = {t_}"
        chk = lambda: sp.solve([2 * sp.Symbol("s") - 1 - c1, sp.Symbol("t") + 3 - c2], sp.symbols("s t")) == {sp.Symbol("s"): s_, sp.Symbol("t"): t_}  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["벡터", "실수배", "영벡터"], check=chk)


@family(V1, "magnitude-in-rectangle")
def _v_mag(rng: random.Random) -> Problem:
    st = _vst(rng)
    a, b = rng.choice([(3, 4), (6, 8), (5, 12), (1, 2), (2, 3), (4, 4), (2, 5), (8, 15)])
    A, B, C, D = (0, 0), (a, 0), (a, b), (0, b)
    Pt = {"A": A, "B": B, "C": C, "D": D}
    exprs = [
        ([(1, "AB"), (1, "AD")], "AC"),
        ([(1, "AB"), (-1, "AD")], "DB"),
        ([(1, "AB"), (1, "BC"), (1, "CD")], "AD"),
        ([(1, "AC"), (-1, "BC")], "AB"),
        ([(1, "BA"), (1, "BC")], "BD"),
        ([(1, "AB"), (1, "CD")], None),
        ([(2, "AB"), (1, "BC")], None),
    ]
    terms, _ = rng.choice(exprs)
    vx = sum(c * _vec_of(Pt, nm)[0] for c, nm in terms)
    vy = sum(c * _vec_of(Pt, nm)[1] for c, nm in terms)
    val = sp.sqrt(vx * vx + vy * vy)
    expr = _lin([(c, _vv(nm)) for c, nm in terms])
    shape = "정사각형" if a == b else "직사각형"
    text = rng.choice([
        f"{_t(_OV + '{AB} = ' + str(a), st)}, {_t(_OV + '{AD} = ' + str(b), st)}인 {shape} ABCD에서 {_t('|' + expr + '|', st)}의 {_end(rng, '값')}",
        f"가로의 길이가 {a}, 세로의 길이가 {b}인 {shape} ABCD (AB = {a}, AD = {b})에서 벡터 {_t(expr, st)}의 크기를 {_end(rng)}",
    ])
    return Problem(text=text, answer=_ua(val), format="computation", difficulty=2, achievement_level="D",
                   concepts=["벡터", "벡터의 크기"],
                   check=lambda: abs(float(val) - ((vx ** 2 + vy ** 2) ** 0.5)) < 1e-12 and val >= 0)


@family(V1, "parallelogram-midpoint-express")
def _v_para(rng: random.Random) -> Problem:
    st = _vst(rng)
    # parallelogram ABCD with AB = a, AD = b; points on sides
    m, n = rng.choice([(1, 1), (1, 2), (2, 1), (1, 3), (3, 1)])
    mode = rng.randrange(3)
    if mode == 0:  # point P on BC with BP : PC = m : n → AP = a + m/(m+n) b
        coef = (1, R(m, m + n))
        desc = f"변 BC를 {josa(f'{m} : {n}', '으로/로')} 내분하는 점을 P"
    elif mode == 1:  # point P on CD with DP : PC = m : n → AP = m/(m+n) a + b
        coef = (R(m, m + n), 1)
        desc = f"변 DC를 {josa(f'{m} : {n}', '으로/로')} 내분하는 점을 P"
    else:  # midpoint of diagonal intersection with ... centre O: AO = (a + b)/2
        coef = (R(1, 2), R(1, 2))
        desc = "두 대각선의 교점을 P"
    if (m, n) == (1, 1) and mode < 2:
        desc = desc.replace(f"{josa('1 : 1', '으로/로')} 내분하는 점", "중점")
    text = rng.choice([
        f"평행사변형 ABCD에서 {_t(_vv('AB') + ' = ' + _vv('a'), st)}, {_t(_vv('AD') + ' = ' + _vv('b'), st)}라 하고 {desc}라 할 때, "
        f"{josa(_t(_vv('AP'), st), '을/를')} {_t(_vv('a'), st)}, {_t(_vv('b'), st)}로 나타내시오.",
        f"평행사변형 ABCD에서 {desc}라 하자. {_t(_vv('AP') + ' = ' + 's' + _vv('AB') + ' + t' + _vv('AD'), st)}일 때, 실수 s, t의 값을 {_end(rng)}",
    ])
    ans = (_t(_vcomb(list(coef), ["a", "b"]), "unicode") if "나타내시오" in text else f"s = {_ua(coef[0])}, t = {_ua(coef[1])}")
    fmt = "computation" if "나타내시오" in text else "fill"

    def chk() -> bool:
        A, B, D = (0, 0), (5.0, 1.0), (1.5, 3.0)
        C = (B[0] + D[0] - A[0], B[1] + D[1] - A[1])
        if mode == 0:
            Pp = ((n * B[0] + m * C[0]) / (m + n), (n * B[1] + m * C[1]) / (m + n))
        elif mode == 1:
            Pp = ((n * D[0] + m * C[0]) / (m + n), (n * D[1] + m * C[1]) / (m + n))
        else:
            Pp = ((A[0] + C[0]) / 2, (A[1] + C[1]) / 2)
        pred = (float(coef[0]) * B[0] + float(coef[1]) * D[0], float(coef[0]) * B[1] + float(coef[1]) * D[1])
        return abs(pred[0] - Pp[0]) < 1e-9 and abs(pred[1] - Pp[1]) < 1e-9

    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D",
                   concepts=["벡터", "실수배"], check=chk)


@family(V1, "velocity-force-context")
def _v_ctx(rng: random.Random) -> Problem:
    a, b = rng.choice([(3, 4), (6, 8), (5, 12), (8, 15), (9, 12), (12, 16)])
    mode = rng.randrange(3)
    if mode == 0:
        text = (f"강물이 동쪽으로 초속 {a} m로 흐르고 있다. 배가 강물에 대하여 북쪽으로 초속 {b} m의 속도로 나아갈 때, "
                f"강가에서 본 배의 실제 속력은 초속 몇 m인지 두 속도 벡터의 합을 이용하여 {_end(rng)}")
        ans = f"초속 {int(sp.sqrt(a * a + b * b))} m"
    elif mode == 1:
        text = (f"한 물체에 크기가 각각 {a} N, {b} N인 두 힘이 서로 수직인 방향으로 작용하고 있다. 두 힘의 합력의 크기를 {_end(rng)}")
        ans = f"{int(sp.sqrt(a * a + b * b))} N"
    else:
        text = (f"드론이 서쪽으로 {a} km 이동한 후 남쪽으로 {b} km 이동하였다. 출발점에서 도착점까지의 변위를 나타내는 벡터의 크기를 "
                f"{_end(rng)}")
        ans = f"{int(sp.sqrt(a * a + b * b))} km"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["벡터", "벡터의 크기"],
                   check=lambda: sp.Matrix([a, 0]) + sp.Matrix([0, b]) == sp.Matrix([a, b])
                   and sp.Matrix([a, b]).norm() == int(ans.split()[-2] if mode == 0 else ans.split()[0]))


@family(V1, "bogi-vector-basics")
def _v_bogi(rng: random.Random) -> Problem:
    facts = [
        ("크기가 같은 두 벡터는 항상 서로 같다.", False),
        ("방향과 크기가 각각 같은 두 벡터는 서로 같다.", True),
        ("영벡터의 크기는 0이다.", True),
        ("벡터 a→가 영벡터가 아닐 때, a→와 방향이 같은 단위벡터는 a→/|a→|이다.", True),
        ("두 벡터 a→, b→에 대하여 |a→ + b→| = |a→| + |b→|가 항상 성립한다.", False),
        ("두 벡터 a→, b→에 대하여 |a→ + b→| ≤ |a→| + |b→|가 항상 성립한다.", True),
        ("AB→ + BA→는 영벡터이다.", True),
        ("AB→ − AC→ = BC→이다.", False),
        ("AB→ − AC→ = CB→이다.", True),
        ("실수 k에 대하여 |ka→| = k|a→|가 항상 성립한다.", False),
        ("벡터 −2a→는 a→와 방향이 반대이고 크기가 2배이다.", True),
        ("단위벡터는 하나뿐이다.", False),
    ]
    for _ in range(20):
        picks = rng.sample(facts, 3)
        if any(t for _, t in picks):
            break
    block, ch = bogi(rng, picks)
    text = f"벡터에 대하여 {bogi_question(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["벡터", "영벡터", "단위벡터", "벡터의 크기"], choice=ch,
                   check=lambda: ch.options[ch.correct] == ", ".join(lab for lab, (_, t) in zip("ㄱㄴㄷ", picks, strict=True) if t))


# ================================================================================================
# 12기하03-02 위치벡터, 벡터의 성분
# ================================================================================================
def _comp(v) -> str:
    return "(" + ", ".join(_num(c) for c in v) + ")"


def _ucomp(v) -> str:
    return "(" + ", ".join(_ua(c) for c in v) + ")"


def _rv(rng: random.Random, dim: int, lo: int = -5, hi: int = 5):
    while True:
        v = tuple(rng.randint(lo, hi) for _ in range(dim))
        if any(v):
            return v


@family(V2, "components-and-magnitude-AB")
def _pc_ab(rng: random.Random) -> Problem:
    st = _vst(rng)
    dim = rng.choice([2, 2, 3])
    A = _rv(rng, dim)
    B = tuple(a + d for a, d in zip(A, _rv(rng, dim, -6, 6), strict=True))
    v = tuple(b - a for a, b in zip(A, B, strict=True))
    mag = sp.sqrt(sum(c * c for c in v))
    sp_ = "좌표평면" if dim == 2 else "좌표공간"
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([
            f"{sp_} 위의 두 점 {_t('A' + _comp(A), st)}, {_t('B' + _comp(B), st)}에 대하여 벡터 {_t(_vv('AB'), st)}의 성분과 크기를 {_end(rng)}",
            f"두 점 {_t('A' + _comp(A), st)}, {_t('B' + _comp(B), st)}에 대하여 {_t(_vv('AB'), st)}를 성분으로 나타내고, {_t('|' + _vv('AB') + '|', st)}의 값을 {_end(rng)}",
        ])
        ans = f"{_ucomp(v)}, {_ua(mag)}"
    else:
        text = (f"{sp_}에서 {_t(_vv('AB') + ' = ' + _comp(v), st)}이고 점 A의 좌표가 {_t(_comp(A), st)}일 때, 점 B의 좌표를 {_end(rng)}")
        ans = _ucomp(B)
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["벡터의 성분", "벡터의 크기"],
                   check=lambda: sp.Matrix(B) - sp.Matrix(A) == sp.Matrix(v) and sp.Matrix(v).norm() == mag)


@family(V2, "component-operations")
def _pc_ops(rng: random.Random) -> Problem:
    st = _vst(rng)
    dim = rng.choice([2, 3])
    a, b = _rv(rng, dim, -4, 4), _rv(rng, dim, -4, 4)
    p, q = _nz(rng, -3, 3), _nz(rng, -3, 3)
    r = tuple(p * x + q * y for x, y in zip(a, b, strict=True))
    mag = sp.sqrt(sum(c * c for c in r))
    expr = _vcomb([p, q], ["a", "b"])
    mode = rng.randrange(3)
    head = f"두 벡터 {_t(_vv('a') + ' = ' + _comp(a), st)}, {_t(_vv('b') + ' = ' + _comp(b), st)}에 대하여"
    if mode == 0:
        text = f"{head} 벡터 {_t(expr, st)}를 성분으로 나타내시오."
        text = text.replace(f"{_t(expr, st)}를", josa(_t(expr, st), "을/를"))
        ans = _ucomp(r)
    elif mode == 1:
        text = f"{head} {_t('|' + expr + '|', st)}의 {_end(rng, '값')}{_pts(rng, 2)}"
        ans = _ua(mag)
    else:
        text = f"{head} 벡터 {_t(expr, st)}의 모든 성분의 합을 {_end(rng)}"
        ans = str(sum(r))
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["벡터의 성분", "벡터의 크기"],
                   check=lambda: p * sp.Matrix(a) + q * sp.Matrix(b) == sp.Matrix(r) and sp.Matrix(r).norm() == mag)


@family(V2, "position-vector-division-point")
def _pc_div(rng: random.Random) -> Problem:
    st = _vst(rng)
    m, n = rng.choice([(1, 2), (2, 1), (1, 3), (3, 1), (2, 3), (3, 2), (1, 1), (3, 4)])
    mode = rng.randrange(3)
    if mode == 0:
        text = rng.choice([
            f"두 점 A, B의 위치벡터를 각각 {_t(_vv('a'), st)}, {_t(_vv('b'), st)}라 할 때, 선분 AB를 {josa(f'{m} : {n}', '으로/로')} 내분하는 점 P의 위치벡터를 "
            f"{_t(_vv('a'), st)}, {_t(_vv('b'), st)}로 나타내시오.",
            f"점 O에 대한 두 점 A, B의 위치벡터가 각각 {_t(_vv('a'), st)}, {_t(_vv('b'), st)}이다. 선분 AB를 {josa(f'{m} : {n}', '으로/로')} 내분하는 점을 P라 할 때, "
            f"{_t(_vv('OP') + ' = s' + _vv('a') + ' + t' + _vv('b'), st)}를 만족시키는 실수 s, t의 값을 {_end(rng)}",
        ])
        s_, t_ = R(n, m + n), R(m, m + n)
        ans = (_t(_vcomb([s_, t_], ["a", "b"]), "unicode") if "나타내시오" in text else f"s = {_ua(s_)}, t = {_ua(t_)}")
        chk = lambda: s_ + t_ == 1 and t_ / s_ == R(m, n)  # noqa: E731
        d = 2
    elif mode == 1:
        text = (f"세 점 A, B, C의 위치벡터가 각각 {_t(_vv('a'), st)}, {_t(_vv('b'), st)}, {_t(_vv('c'), st)}일 때, 삼각형 ABC의 무게중심 G의 "
                f"위치벡터를 {_t(_vv('a'), st)}, {_t(_vv('b'), st)}, {_t(_vv('c'), st)}로 나타내시오.")
        ans = "(a→ + b→ + c→)/3"
        pa, pb, pc = sp.Matrix([1, 5]), sp.Matrix([7, -1]), sp.Matrix([-2, 2])
        chk = lambda: (pa + pb + pc) / 3 == pa + R(2, 3) * ((pb + pc) / 2 - pa)  # noqa: E731
        d = 1
        return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                       concepts=["위치벡터"], check=chk)
    else:
        dim = rng.choice([2, 3])
        A, B = _rv(rng, dim), _rv(rng, dim)
        P = _div_pt(A, B, m, n)
        text = (f"{'좌표평면' if dim == 2 else '좌표공간'}에서 두 점 {_t('A' + _comp(A), st)}, {_t('B' + _comp(B), st)}에 대하여 선분 AB를 "
                f"{josa(f'{m} : {n}', '으로/로')} 내분하는 점 P의 위치벡터 {_t(_vv('OP'), st)}를 성분으로 나타내시오. (단, O는 원점이다.)")
        ans = _ucomp(P)
        chk = lambda: sp.Matrix(P) == (n * sp.Matrix(A) + m * sp.Matrix(B)) / (m + n)  # noqa: E731
        d = 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["위치벡터"], check=chk)


@family(V2, "unit-vector-same-direction")
def _pc_unit(rng: random.Random) -> Problem:
    st = _vst(rng)
    v = rng.choice([(3, 4), (5, 12), (6, 8), (1, 2, 2), (2, 3, 6), (4, 4, 7), (1, 1), (1, 2), (2, -1, 2), (8, 15)])
    v = tuple(c * rng.choice([1, -1]) for c in v)
    mag = sp.sqrt(sum(c * c for c in v))
    u = tuple(sp.radsimp(c / mag) for c in v)
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([
            f"벡터 {_t(_vv('a') + ' = ' + _comp(v), st)}와 방향이 같은 단위벡터를 성분으로 나타내시오.",
            f"벡터 {_t(_vv('a') + ' = ' + _comp(v), st)}와 방향이 같고 크기가 1인 벡터를 {_end(rng)}",
        ])
        ans = _ucomp(u)
    else:
        k = rng.randint(2, 5)
        text = f"벡터 {_t(_vv('a') + ' = ' + _comp(v), st)}와 방향이 반대이고 크기가 {k}인 벡터를 성분으로 나타내시오."
        u = tuple(sp.radsimp(-k * c) for c in u)
        ans = _ucomp(u)
    text = text.replace(f"{_t(_vv('a') + ' = ' + _comp(v), st)}와", josa(_t(_vv('a') + ' = ' + _comp(v), st), "과/와"))
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["단위벡터", "벡터의 성분"],
                   check=lambda: sp.simplify(sp.Matrix(u).norm() - (1 if mode == 0 else k)) == 0
                   and all(sp.simplify(uc * mag - (1 if mode == 0 else -k) * vc) == 0 for uc, vc in zip(u, v, strict=True)))


@family(V2, "equal-vectors-unknowns")
def _pc_equal(rng: random.Random) -> Problem:
    st = _vst(rng)
    x0, y0 = rng.randint(-5, 5), rng.randint(-5, 5)
    a1, b1 = _nz(rng, -3, 3), rng.randint(-4, 4)
    a2, b2 = _nz(rng, -3, 3), rng.randint(-4, 4)
    # (a1 x + b1, y - b2) = (c1, c2)
    c1, c2 = a1 * x0 + b1, y0 + a2 * x0 - b2
    lhs = f"({_lin([(a1, 'x'), (b1, '')])}, {_lin([(1, 'y'), (a2, 'x'), (-b2, '')])})"
    text = rng.choice([
        f"두 벡터 {_t(_vv('a') + ' = ' + lhs, st)}, {josa(_t(_vv('b') + ' = ' + _comp((c1, c2)), st), '이/가')} 서로 같을 때, x + y의 {_end(rng, '값')}",
        f"등식 {josa(_t(lhs + ' = ' + _comp((c1, c2)), st), '이/가')} 벡터로서 성립할 때, 실수 x, y의 값을 {_end(rng)}",
    ])
    ans = _ua(x0 + y0) if "x + y" in text else f"x = {_ua(x0)}, y = {_ua(y0)}"
    xs, ys = sp.symbols("xs ys")
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["벡터의 성분"],
                   check=lambda: sp.solve([a1 * xs + b1 - c1, ys + a2 * xs - b2 - c2], [xs, ys]) == {xs: x0, ys: y0})


@family(V2, "linear-combination-coefficients")
def _pc_lincomb(rng: random.Random) -> Problem:
    st = _vst(rng)
    while True:
        a, b = _rv(rng, 2, -3, 3), _rv(rng, 2, -3, 3)
        if a[0] * b[1] - a[1] * b[0] != 0:
            break
    m, n = _nz(rng, -3, 3), _nz(rng, -3, 3)
    c = (m * a[0] + n * b[0], m * a[1] + n * b[1])
    text = rng.choice([
        f"세 벡터 {_t(_vv('a') + ' = ' + _comp(a), st)}, {_t(_vv('b') + ' = ' + _comp(b), st)}, {_t(_vv('c') + ' = ' + _comp(c), st)}에 대하여 "
        f"{_t(_vv('c') + ' = m' + _vv('a') + ' + n' + _vv('b'), st)}를 만족시키는 실수 m, n의 값을 {_end(rng)}",
        f"벡터 {_t(_vv('c') + ' = ' + _comp(c), st)}를 두 벡터 {_t(_vv('a') + ' = ' + _comp(a), st)}, {_t(_vv('b') + ' = ' + _comp(b), st)}의 "
        f"실수배의 합으로 나타내시오.",
    ])
    text = text.replace(f"{_t(_vv('c') + ' = ' + _comp(c), st)}를", josa(_t(_vv('c') + ' = ' + _comp(c), st), "을/를"))
    ans = f"m = {_ua(m)}, n = {_ua(n)}" if "m, n" in text else _t(_vcomb([m, n], ["a", "b"]), "unicode")
    M_, N_ = sp.symbols("M_ N_")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["벡터의 성분", "실수배"],
                   check=lambda: sp.solve(list(M_ * sp.Matrix(a) + N_ * sp.Matrix(b) - sp.Matrix(c)), [M_, N_]) == {M_: m, N_: n})


@family(V2, "collinear-points-position-vectors")
def _pc_collinear(rng: random.Random) -> Problem:
    st = _vst(rng)
    mode = rng.randrange(2)
    if mode == 0:
        # OA = a + b, OB = 2a - b, OC = k a + t b on line AB: OC = OA + s (OB - OA)
        s_ = rng.choice([2, 3, -1, -2, R(1, 2)])
        p1, q1 = rng.randint(-2, 2), rng.randint(-2, 2)
        p2, q2 = p1 + rng.choice([1, 2, -1]), q1 + rng.choice([-2, -1, 1, 3])
        k_ = p1 + s_ * (p2 - p1)
        t_ = q1 + s_ * (q2 - q1)
        if sp.Rational(t_).q != 1 or sp.Rational(k_).q != 1:
            s_ = 2
            k_, t_ = p1 + 2 * (p2 - p1), q1 + 2 * (q2 - q1)
        text = (f"서로 평행하지 않은 두 벡터 {_t(_vv('a'), st)}, {_t(_vv('b'), st)}에 대하여 세 점 A, B, C의 위치벡터가 "
                f"{_t(_vv('OA') + ' = ' + _vcomb([p1, q1], ['a', 'b']), st)}, {_t(_vv('OB') + ' = ' + _vcomb([p2, q2], ['a', 'b']), st)}, "
                f"{_t(_vv('OC') + ' = k' + _vv('a') + ' + ' + _vcomb([t_], ['b']), st)}이다. 세 점 A, B, C가 한 직선 위에 있을 때, 실수 k의 {_end(rng, '값')}{_pts(rng, 3)}")
        text = text.replace("+ -", "- ")
        ans = _ua(k_)
        kk, ss = sp.symbols("kk ss")
        chk = lambda: sp.solve([p1 + ss * (p2 - p1) - kk, q1 + ss * (q2 - q1) - t_], [kk, ss])[kk] == k_  # noqa: E731
    else:
        A = _rv(rng, 2)
        d = _rv(rng, 2, -3, 3)
        s_ = rng.choice([2, 3, -1, -2])
        B = (A[0] + d[0], A[1] + d[1])
        C = (A[0] + s_ * d[0], A[1] + s_ * d[1])
        text = (f"좌표평면 위의 세 점 {_t('A' + _comp(A), st)}, {_t('B' + _comp(B), st)}, {_t('C' + _comp((C[0], 'k')), st)}가 한 직선 위에 있을 때, "
                f"{_t(_vv('AC') + ' = t' + _vv('AB'), st)}를 만족시키는 실수 t와 k의 값을 {_end(rng)}")
        ans = f"t = {_ua(s_)}, k = {_ua(C[1])}"
        chk = lambda: (C[0] - A[0]) * (B[1] - A[1]) == (C[1] - A[1]) * (B[0] - A[0]) and d[0] != 0  # noqa: E731
        if d[0] == 0:
            d = (1, d[1])
            B = (A[0] + 1, A[1] + d[1])
            C = (A[0] + s_, A[1] + s_ * d[1])
            text = (f"좌표평면 위의 세 점 {_t('A' + _comp(A), st)}, {_t('B' + _comp(B), st)}, {_t('C' + _comp((C[0], 'k')), st)}가 한 직선 위에 있을 때, "
                    f"{_t(_vv('AC') + ' = t' + _vv('AB'), st)}를 만족시키는 실수 t와 k의 값을 {_end(rng)}")
            ans = f"t = {_ua(s_)}, k = {_ua(C[1])}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["위치벡터", "실수배"], check=chk)


@family(V2, "parallel-components-find-k")
def _pc_par(rng: random.Random) -> Problem:
    st = _vst(rng)
    # (k, c) ∥ (d, k + e): k(k + e) = c d → choose roots r1, r2: k² + e k - c d = 0
    r1, r2 = rng.sample([v for v in range(-5, 6) if v != 0], 2)
    e = -(r1 + r2)
    cd = -r1 * r2  # k² + e k − c d = 0 has roots r1, r2 when c d = −r1 r2
    divs = [c for c in range(1, 13) if cd % c == 0] if cd else [1]
    c = rng.choice(divs) * (1 if cd >= 0 else -1) if cd else 1
    d = cd // c if cd else 0
    if cd == 0 or d == 0:
        r1, r2, e, c, d = 2, -3, 1, 2, 3
    u = f"(k, {c})"
    w = f"({d}, {_lin([(1, 'k'), (e, '')])})"
    text = rng.choice([
        f"두 벡터 {_t(_vv('a') + ' = ' + u, st)}, {josa(_t(_vv('b') + ' = ' + w, st), '이/가')} 서로 평행할 때, 모든 실수 k의 값의 곱을 {_end(rng)}{_pts(rng, 3)}",
        f"두 벡터 {_t(_vv('a') + ' = ' + u, st)}, {josa(_t(_vv('b') + ' = ' + w, st), '이/가')} 서로 평행하도록 하는 실수 k의 값을 모두 {_end(rng)}",
    ])
    roots = sorted({r1, r2})
    ans = str(r1 * r2) if "곱" in text else ", ".join(str(r) for r in roots)
    kk = sp.Symbol("kk")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["벡터의 성분", "실수배"],
                   check=lambda: sorted(sp.solve(kk * (kk + e) - c * d, kk)) == roots)


# ================================================================================================
# 12기하03-03 내적
# ================================================================================================
_DOT = "\\cdot"


def _dot_tex(x: str, y: str) -> str:
    return f"{_vv(x)} {_DOT} {_vv(y)}"


@family(V3, "dot-product-components")
def _ip_comp(rng: random.Random) -> Problem:
    st = _vst(rng)
    dim = rng.choice([2, 3, 3])
    a, b = _rv(rng, dim, -5, 5), _rv(rng, dim, -5, 5)
    val = sum(x * y for x, y in zip(a, b, strict=True))
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([
            f"두 벡터 {_t(_vv('a') + ' = ' + _comp(a), st)}, {_t(_vv('b') + ' = ' + _comp(b), st)}의 내적을 {_end(rng)}",
            f"두 벡터 {_t(_vv('a') + ' = ' + _comp(a), st)}, {_t(_vv('b') + ' = ' + _comp(b), st)}에 대하여 {_t(_dot_tex('a', 'b'), st)}의 {_end(rng, '값')}",
        ])
        ans = _ua(val)
    else:
        c = _rv(rng, dim, -3, 3)
        k = _nz(rng, -2, 3)
        s_ = tuple(x + k * z for x, z in zip(b, c, strict=True))
        val = sum(x * y for x, y in zip(a, s_, strict=True))
        expr = f"{_vv('a')} {_DOT} ({_vv('b')} {'+' if k > 0 else '-'} {'' if abs(k) == 1 else abs(k)}{_vv('c')})"
        text = (f"세 벡터 {_t(_vv('a') + ' = ' + _comp(a), st)}, {_t(_vv('b') + ' = ' + _comp(b), st)}, {_t(_vv('c') + ' = ' + _comp(c), st)}에 대하여 "
                f"{_t(expr, st)}의 {_end(rng, '값')}")
        ans = _ua(val)
        b = s_
    return Problem(text=text, answer=ans, format="computation", difficulty=1 if mode == 0 else 2,
                   achievement_level="E" if mode == 0 else "D", concepts=["내적", "벡터의 성분"],
                   check=lambda: sp.Matrix(a).dot(sp.Matrix(b)) == val)


@family(V3, "dot-from-magnitude-angle")
def _ip_angle(rng: random.Random) -> Problem:
    st = _vst(rng)
    ang = rng.choice([30, 45, 60, 90, 120, 135, 150])
    cosv = {30: sp.sqrt(3) / 2, 45: sp.sqrt(2) / 2, 60: R(1, 2), 90: 0, 120: R(-1, 2), 135: -sp.sqrt(2) / 2,
            150: -sp.sqrt(3) / 2}[ang]
    p, q = rng.randint(1, 6), rng.randint(1, 6)
    val = sp.radsimp(sp.sympify(p * q * cosv))
    deg = _deg(st)
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([
            f"{_t('|' + _vv('a') + '| = ' + str(p), st)}, {_t('|' + _vv('b') + '| = ' + str(q), st)}이고 두 벡터 {_t(_vv('a'), st)}, {_t(_vv('b'), st)}가 이루는 각의 크기가 "
            f"{_t(str(ang) + deg, st)}일 때, {_t(_dot_tex('a', 'b'), st)}의 {_end(rng, '값')}",
            f"크기가 각각 {p}, {q}인 두 벡터 {_t(_vv('a'), st)}, {_t(_vv('b'), st)}가 이루는 각의 크기가 {_t(str(ang) + deg, st)}이다. 두 벡터의 내적을 {_end(rng)}",
        ])
        ans = _ua(val)
    else:
        text = (f"{_t('|' + _vv('a') + '| = ' + str(p), st)}, {_t('|' + _vv('b') + '| = ' + str(q), st)}, {_t(_dot_tex('a', 'b') + ' = ' + _num(val), st)}일 때, "
                f"두 벡터 {_t(_vv('a'), st)}, {_t(_vv('b'), st)}가 이루는 각의 크기 θ를 {_end(rng)} (단, 0° ≤ θ ≤ 180°)")
        ans = f"{ang}°"
    import math
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["내적", "벡터의 크기"],
                   check=lambda: abs(p * q * math.cos(math.radians(ang)) - float(val)) < 1e-9)


_NICE_PAIRS = []
for _a in [(1, 0), (0, 1), (1, 1), (1, -1), (2, 0), (3, 3), (1, 2), (3, 1), (2, -1), (-1, 3)]:
    for _b in [(1, 0), (0, 2), (-1, 1), (2, 2), (1, 3), (3, -1), (-2, 0), (1, -2), (2, 1), (-3, 1)]:
        _c = (_a[0] * _b[0] + _a[1] * _b[1]) / (((_a[0] ** 2 + _a[1] ** 2) * (_b[0] ** 2 + _b[1] ** 2)) ** 0.5)
        for _deg_, _cv in ((0, 1), (45, 2 ** -0.5), (60, 0.5), (90, 0), (120, -0.5), (135, -(2 ** -0.5)), (180, -1),
                           (30, 3 ** 0.5 / 2), (150, -(3 ** 0.5) / 2)):
            if abs(_c - _cv) < 1e-12 and _deg_ not in (0, 180):
                _NICE_PAIRS.append((_a, _b, _deg_))
_NICE_PAIRS += [((1, 1, 0), (0, 1, 1), 60), ((1, 0, 1), (1, 1, 0), 60), ((1, 2, 2), (2, -2, 1), 90),
                ((1, 1, 0), (0, 0, 3), 90), ((1, 0, -1), (0, 1, 1), 120), ((2, 1, -2), (0, 3, 0), None)]
_NICE_PAIRS = [t for t in _NICE_PAIRS if t[2] is not None]


@family(V3, "angle-between-vectors-components")
def _ip_theta(rng: random.Random) -> Problem:
    st = _vst(rng)
    a, b, ang = rng.choice(_NICE_PAIRS)
    if rng.random() < 0.5:
        a, b = b, a
    s1, s2 = rng.randint(1, 3), rng.randint(1, 2)
    a, b = tuple(s1 * c for c in a), tuple(s2 * c for c in b)
    text = rng.choice([
        f"두 벡터 {_t(_vv('a') + ' = ' + _comp(a), st)}, {_t(_vv('b') + ' = ' + _comp(b), st)}가 이루는 각의 크기를 {_end(rng)}",
        f"두 벡터 {_t(_vv('a') + ' = ' + _comp(a), st)}, {_t(_vv('b') + ' = ' + _comp(b), st)}가 이루는 각의 크기를 θ라 할 때, θ의 값은? (단, 0° ≤ θ ≤ 180°){_pts(rng, 3)}",
    ])
    text = text.replace(f"{_t(_vv('b') + ' = ' + _comp(b), st)}가", josa(_t(_vv('b') + ' = ' + _comp(b), st), "이/가"))
    import math
    return Problem(text=text, answer=f"{ang}°", format="computation", difficulty=3, achievement_level="C",
                   concepts=["내적", "벡터의 성분"],
                   check=lambda: round(math.degrees(math.acos(float(sp.Matrix(a).dot(sp.Matrix(b)) / (sp.Matrix(a).norm() * sp.Matrix(b).norm()))))) == ang)


@family(V3, "perpendicular-find-k")
def _ip_perp(rng: random.Random) -> Problem:
    st = _vst(rng)
    dim = rng.choice([2, 3])
    a = _rv(rng, dim, -4, 4)
    idx = next(i for i, c in enumerate(a) if c != 0)
    k0 = _nz(rng, -5, 5)
    b = list(_rv(rng, dim, -4, 4))
    b[idx] = 0
    rest = sum(a[i] * b[i] for i in range(dim) if i != idx)
    # a[idx] * (k0 + off) + rest = 0 → off chosen so that k0 is the answer
    if (-rest) % a[idx] != 0:
        b = [0] * dim
        rest = 0
    off = -rest // a[idx] - k0
    bshow = [str(c) for c in b]
    bshow[idx] = _lin([(1, "k"), (off, "")])
    mode = rng.randrange(2)
    bs = "(" + ", ".join(bshow) + ")"
    perp_s = _vv("a") + " \\perp " + _vv("b")
    if mode == 0:
        text = rng.choice([
            f"두 벡터 {_t(_vv('a') + ' = ' + _comp(a), st)}, {josa(_t(_vv('b') + ' = ' + bs, st), '이/가')} 서로 수직일 때, 실수 k의 {_end(rng, '값')}",
            f"두 벡터 {_t(_vv('a') + ' = ' + _comp(a), st)}, {_t(_vv('b') + ' = ' + bs, st)}에 대하여 {_t(perp_s, st)}일 때, k의 {_end(rng, '값')}",
        ])
    else:
        text = (f"두 벡터 {_t(_vv('a') + ' = ' + _comp(a), st)}, {_t(_vv('b') + ' = ' + bs, st)}의 내적이 0이 되도록 하는 실수 k의 {_end(rng, '값')}{_pts(rng, 2)}")
    kk = sp.Symbol("kk")
    bsym = [kk + off if i == idx else b[i] for i in range(dim)]
    return Problem(text=text, answer=_ua(k0), format="computation", difficulty=2, achievement_level="D",
                   concepts=["내적"], check=lambda: sp.solve(sum(x * y for x, y in zip(a, bsym, strict=True)), kk) == [k0])


@family(V3, "magnitude-of-sum-via-dot")
def _ip_sum(rng: random.Random) -> Problem:
    st = _vst(rng)
    p, q = rng.randint(1, 6), rng.randint(1, 6)
    d = rng.randint(-p * q, p * q)
    s, t = rng.choice([(1, 1), (1, -1), (2, 1), (1, 2), (2, -1), (1, -3)])
    sq = s * s * p * p + 2 * s * t * d + t * t * q * q
    if sq <= 0:
        s, t = 1, 1
        sq = p * p + 2 * d + q * q
    val = sp.sqrt(sq)
    expr = _vcomb([s, t], ["a", "b"])
    mode = rng.randrange(3)
    if mode == 0:
        text = (f"두 벡터 {_t(_vv('a'), st)}, {_t(_vv('b'), st)}에 대하여 {_t('|' + _vv('a') + '| = ' + str(p), st)}, {_t('|' + _vv('b') + '| = ' + str(q), st)}, "
                f"{_t(_dot_tex('a', 'b') + ' = ' + str(d), st)}일 때, {_t('|' + expr + '|', st)}의 {_end(rng, '값')}{_pts(rng, 3)}")
        ans = _ua(val)
    elif mode == 1:
        text = (f"{_t('|' + _vv('a') + '| = ' + str(p), st)}, {_t('|' + _vv('b') + '| = ' + str(q), st)}, {_t('|' + expr + '| = ' + _num(val), st)}일 때, "
                f"{_t(_dot_tex('a', 'b'), st)}의 {_end(rng, '값')}{_pts(rng, 3)}")
        ans = str(d)
    else:
        # |a + b| and |a - b| given → a·b
        u2, w2 = p * p + 2 * d + q * q, p * p - 2 * d + q * q
        text = (f"두 벡터 {_t(_vv('a'), st)}, {_t(_vv('b'), st)}에 대하여 {_t('|' + _vv('a') + ' + ' + _vv('b') + '| = ' + _num(sp.sqrt(u2)), st)}, "
                f"{_t('|' + _vv('a') + ' - ' + _vv('b') + '| = ' + _num(sp.sqrt(w2)), st)}일 때, {_t(_dot_tex('a', 'b'), st)}의 {_end(rng, '값')}{_pts(rng, 3)}")
        ans = str(d)
        if u2 <= 0 or w2 <= 0:
            text = text.replace(_num(sp.sqrt(u2)), "?")
    A_, B_, D_ = sp.symbols("A_ B_ D_")

    def chk() -> bool:
        expr2 = sp.expand((s * A_ + t * B_) ** 2).subs({A_ ** 2: p * p, B_ ** 2: q * q, A_ * B_: d})
        return expr2 == sq and sp.solve(p * p + 2 * D_ + q * q - (p * p + 2 * d + q * q), D_) == [d]

    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["내적", "벡터의 크기"], check=chk)


def _fig_pts(kind: str, s: int):
    import math
    if kind == "정사각형":
        return {"A": (0, 0), "B": (s, 0), "C": (s, s), "D": (0, s)}, "정사각형 ABCD"
    if kind == "정삼각형":
        return {"A": (0, 0), "B": (s, 0), "C": (s / 2, s * math.sqrt(3) / 2)}, "정삼각형 ABC"
    if kind == "직사각형":
        return {"A": (0, 0), "B": (s, 0), "C": (s, 2 * s), "D": (0, 2 * s)}, None
    pts = {_POLY_LABELS[i]: (s * math.cos(math.pi * i / 3), s * math.sin(math.pi * i / 3)) for i in range(6)}
    return pts, "정육각형 ABCDEF"


@family(V3, "dot-product-in-figure")
def _ip_fig(rng: random.Random) -> Problem:
    st = _vst(rng)
    kind = rng.choice(["정사각형", "정삼각형", "정육각형", "직사각형"])
    s = rng.randint(1, 6)
    P, name_ = _fig_pts(kind, s)
    name_ = f"AB = {s}, AD = {2 * s}인 직사각형 ABCD" if name_ is None else f"한 변의 길이가 {s}인 {name_}"
    labs = list(P)
    for _ in range(40):
        x, y = rng.sample(labs, 2)
        z, w = rng.sample(labs, 2)
        if kind != "정삼각형" and rng.random() < 0.6:
            z = x
            w = rng.choice([v for v in labs if v not in (x, y)])
        u, v = _vec_of(P, x + y), _vec_of(P, z + w)
        val = u[0] * v[0] + u[1] * v[1]
        sval = sp.nsimplify(round(val, 9))
        if sval.q <= 4:
            break
    text = rng.choice([
        f"{name_}에서 {_t(_vv(x + y) + ' ' + _DOT + ' ' + _vv(z + w), st)}의 {_end(rng, '값')}",
        f"{name_}에서 두 벡터 {_t(_vv(x + y), st)}, {_t(_vv(z + w), st)}의 내적을 {_end(rng)}{_pts(rng, 3)}",
    ])
    return Problem(text=text, answer=_ua(sval), format="computation", difficulty=3, achievement_level="C",
                   concepts=["내적"], check=lambda: abs(float(sval) - val) < 1e-9)


@family(V3, "work-done-context")
def _ip_work(rng: random.Random) -> Problem:
    F = rng.choice([10, 20, 30, 40, 50, 60])
    dist = rng.randint(2, 15)
    ang = rng.choice([30, 45, 60])
    val = sp.radsimp(F * dist * _COS[ang])
    obj = rng.choice(["썰매", "수레", "여행 가방", "상자"])
    who = name(rng)
    text = rng.choice([
        f"{josa(who, '이/가')} 수평면과 {ang}°의 각을 이루는 방향으로 {F} N의 힘을 주어 {josa(obj, '을/를')} 수평 방향으로 {dist} m 끌었다. "
        f"힘이 한 일은 힘 벡터와 변위 벡터의 내적과 같을 때, 이 힘이 한 일은 몇 J인지 {_end(rng)}",
        f"크기가 {F} N인 힘이 물체를 수평면 위에서 {dist} m 이동시켰다. 힘의 방향과 이동 방향이 이루는 각의 크기가 {ang}°일 때, 힘이 한 일(힘과 변위의 내적)을 {_end(rng)} (단위: J)",
    ])
    import math
    return Problem(text=text, answer=f"{_ua(val)} J", format="word", difficulty=3, achievement_level="C",
                   concepts=["내적"],
                   check=lambda: abs(F * dist * math.cos(math.radians(ang)) - float(val)) < 1e-9)


@family(V3, "bogi-dot-product")
def _ip_bogi(rng: random.Random) -> Problem:
    st = _vst(rng)
    a = _rv(rng, 2, -3, 3)
    b = _rv(rng, 2, -3, 3)
    ab = a[0] * b[0] + a[1] * b[1]
    na2, nb2 = a[0] ** 2 + a[1] ** 2, b[0] ** 2 + b[1] ** 2
    c = (-a[1], a[0])
    facts = [
        (f"{_t(_dot_tex('a', 'b') + ' = ' + str(ab), st)}이다.", True, lambda: sp.Matrix(a).dot(sp.Matrix(b)) == ab),
        (f"{_t(_dot_tex('a', 'b') + ' = ' + str(ab + 1), st)}이다.", False, lambda: sp.Matrix(a).dot(sp.Matrix(b)) == ab + 1),
        (f"{_t('|' + _vv('a') + '|^{2} = ' + str(na2), st)}이다.", True, lambda: sp.Matrix(a).norm() ** 2 == na2),
        (f"벡터 {josa(_t(_comp(c), st), '은/는')} {josa(_t(_vv('a'), st), '과/와')} 수직이다.", True, lambda: sp.Matrix(a).dot(sp.Matrix(c)) == 0),
        (f"두 벡터 {_t(_vv('a'), st)}, {_t(_vv('b'), st)}가 이루는 각은 둔각이다.", ab < 0,
         lambda: sp.Matrix(a).dot(sp.Matrix(b)) < 0),
        (f"{_t('(' + _vv('a') + ' + ' + _vv('b') + ') ' + _DOT + ' (' + _vv('a') + ' - ' + _vv('b') + ') = ' + str(na2 - nb2), st)}이다.", True,
         lambda: (sp.Matrix(a) + sp.Matrix(b)).dot(sp.Matrix(a) - sp.Matrix(b)) == na2 - nb2),
        (f"{_t('|' + _vv('a') + ' + ' + _vv('b') + '|^{2} = ' + str(na2 + nb2), st)}이다.", ab == 0,
         lambda: (sp.Matrix(a) + sp.Matrix(b)).norm() ** 2 == na2 + nb2),
    ]
    for _ in range(30):
        trip = rng.sample(facts, 3)
        picks = [(t_, ok) for t_, ok, _ in trip]
        if any(ok for _, ok in picks) and trip[0][0][:12] != trip[1][0][:12]:
            break
    block, ch = bogi(rng, picks)
    text = (f"두 벡터 {_t(_vv('a') + ' = ' + _comp(a), st)}, {_t(_vv('b') + ' = ' + _comp(b), st)}에 대하여 {bogi_question(rng)}{_pts(rng, 3)}\n"
            f"{block}\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["내적", "벡터의 성분"], choice=ch,
                   check=lambda: all(bool(ver()) == ok for _, ok, ver in trip))


# ================================================================================================
# 12기하03-04 벡터를 이용한 직선의 방정식
# ================================================================================================
_VARS3 = ("x", "y", "z")


def _sym_line(P, u) -> str:
    """Symmetric form (x - x1)/u1 = (y - y1)/u2 (= ...), with u_i = 1 shown without a fraction and
    a zero component written as a separate equation."""
    parts, extra = [], []
    for v, p, c in zip(_VARS3, P, u, strict=False):
        top = _lin([(1, v), (-p, "")])
        if c == 0:
            extra.append(f"{v} = {_num(p)}")
        elif c == 1:
            parts.append(top)
        else:
            parts.append(f"\\frac{{{top}}}{{{_num(c)}}}")
    if len(parts) == 1:  # only one free coordinate: the line is given by the other equations
        return ", ".join(extra)
    s = " = ".join(parts)
    return s + (", " + ", ".join(extra) if extra else "")


def _on_line(Q, P, u) -> bool:
    d = sp.Matrix([q - p for q, p in zip(Q, P, strict=True)])
    uu = sp.Matrix(list(u))
    return d.rank() == 0 or sp.Matrix.hstack(d, uu).rank() == 1


@family(V4, "line-through-point-direction")
def _ln_dir(rng: random.Random) -> Problem:
    st = _vst(rng)
    dim = rng.choice([2, 3, 3])
    P = _rp(rng, -5, 5)[:dim]
    u = tuple(_nz(rng, -4, 4) for _ in range(dim))
    if dim == 3 and rng.random() < 0.2:
        u = (u[0], u[1], 0)
    sp_ = "좌표평면" if dim == 2 else "좌표공간"
    text = rng.choice([
        f"{sp_}에서 점 {_t('A' + _comp(P), st)}를 지나고 방향벡터가 {_t(_vv('u') + ' = ' + _comp(u), st)}인 직선의 방정식을 {_end(rng)}",
        f"점 {_t(_comp(P), st)}를 지나고 벡터 {_t(_comp(u), st)}에 평행한 직선의 방정식을 {_end(rng)}",
    ])
    text = text.replace(f"{_t('A' + _comp(P), st)}를", josa(_t('A' + _comp(P), st), "을/를")).replace(
        f"{_t(_comp(P), st)}를", josa(_t(_comp(P), st), "을/를"))
    ans = _t(_sym_line(P, u), "unicode")
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["방향벡터", "벡터"],
                   check=lambda: _on_line(tuple(p + 2 * c for p, c in zip(P, u, strict=True)), P, u))


@family(V4, "line-through-two-points")
def _ln_two(rng: random.Random) -> Problem:
    st = _vst(rng)
    dim = rng.choice([2, 3, 3])
    A = _rp(rng, -5, 5)[:dim]
    u = tuple(_nz(rng, -3, 3) for _ in range(dim))
    k = rng.choice([1, 1, 2])
    B = tuple(a + k * c for a, c in zip(A, u, strict=True))
    g = abs(sp.gcd_list([sp.Integer(c) for c in u])) or 1
    u = tuple(c // g for c in u)
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"두 점 {_t('A' + _comp(A), st)}, {_t('B' + _comp(B), st)}를 지나는 직선의 방정식을 {_end(rng)}")
        text = text.replace(f"{_t('B' + _comp(B), st)}를", josa(_t('B' + _comp(B), st), "을/를"))
        ans = _t(_sym_line(A, u), "unicode")
        d = 2
        chk = lambda: _on_line(B, A, u)  # noqa: E731
    else:
        t0 = rng.choice([2, 3, -1, -2])
        Q = tuple(a + t0 * c for a, c in zip(A, u, strict=True))
        Qs = list(Q)
        Qs[0], Qs[1] = "a", "b"
        text = (f"두 점 {_t('A' + _comp(A), st)}, {_t('B' + _comp(B), st)}를 지나는 직선 위에 점 {_t('P' + _comp(Qs), st)}가 있을 때, "
                f"a + b의 {_end(rng, '값')}{_pts(rng, 3)}")
        text = text.replace(f"{_t('B' + _comp(B), st)}를", josa(_t('B' + _comp(B), st), "을/를")).replace(
            f"{_t('P' + _comp(Qs), st)}가", josa(_t('P' + _comp(Qs), st), "이/가"))
        if dim == 2:
            text = text.replace("a + b", "a + b")
        ans = _ua(Q[0] + Q[1])
        d = 3
        chk = lambda: _on_line(Q, A, u) and _on_line(B, A, u)  # noqa: E731
        if dim == 2:
            # in the plane both coordinates unknown is underdetermined: fix one
            Qs = [Q[0], "b"]
            text = (f"두 점 {_t('A' + _comp(A), st)}, {_t('B' + _comp(B), st)}를 지나는 직선 위에 점 {_t('P' + _comp(Qs), st)}가 있을 때, "
                    f"b의 {_end(rng, '값')}")
            text = text.replace(f"{_t('B' + _comp(B), st)}를", josa(_t('B' + _comp(B), st), "을/를")).replace(
                f"{_t('P' + _comp(Qs), st)}가", josa(_t('P' + _comp(Qs), st), "이/가"))
            ans = _ua(Q[1])
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["방향벡터"], check=chk)


@family(V4, "line-with-normal-vector-plane")
def _ln_normal(rng: random.Random) -> Problem:
    st = _vst(rng)
    P = _rp(rng, -5, 5)[:2]
    n = (_nz(rng, -4, 4), _nz(rng, -4, 4))
    c = -(n[0] * P[0] + n[1] * P[1])
    mode = rng.randrange(2)
    eq = _lin([(n[0], "x"), (n[1], "y"), (c, "")]) + " = 0"
    if mode == 0:
        text = rng.choice([
            f"점 {_t('A' + _comp(P), st)}를 지나고 벡터 {_t(_vv('n') + ' = ' + _comp(n), st)}에 수직인 직선의 방정식을 {_end(rng)}",
            f"좌표평면에서 점 {_t(_comp(P), st)}를 지나고 법선벡터가 {_t(_comp(n), st)}인 직선의 방정식을 {_end(rng)}",
        ])
        ans = _t(eq, "unicode")
    else:
        text = (f"직선 {_t(eq, st)}의 법선벡터 중 x성분이 {n[0]}인 것과 방향벡터 중 x성분이 {-n[1]}인 것을 각각 {_end(rng)}")
        ans = f"법선벡터 {_ucomp(n)}, 방향벡터 {_ucomp((-n[1], n[0]))}"
    text = re.sub(r"(\([^()]*\)\$?)를", lambda m: josa(m.group(1), "을/를"), text)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["법선벡터", "방향벡터"],
                   check=lambda: n[0] * P[0] + n[1] * P[1] + c == 0 and n[0] * (-n[1]) + n[1] * n[0] == 0)


@family(V4, "angle-between-two-lines")
def _ln_angle(rng: random.Random) -> Problem:
    st = _vst(rng)
    a, b, ang = rng.choice(_NICE_PAIRS)
    ang = 180 - ang if ang > 90 else ang
    P1, P2 = _rp(rng, -3, 3)[: len(a)], _rp(rng, -3, 3)[: len(b)]
    l1, l2 = _sym_line(P1, a), _sym_line(P2, b)
    text = rng.choice([
        f"두 직선 {_t(l1, st)}, {_t(l2, st)}가 이루는 각의 크기를 θ라 할 때, θ의 값을 {_end(rng)} (단, 0° ≤ θ ≤ 90°)",
        f"두 직선\n{_t(l1, st)}\n{_t(l2, st)}\n가 이루는 예각 또는 직각의 크기를 {_end(rng)}",
    ])
    text = text.replace(f"{_t(l2, st)}가", josa(_t(l2, st), "이/가"))
    import math
    return Problem(text=text, answer=f"{ang}°", format="computation", difficulty=3, achievement_level="C",
                   concepts=["방향벡터", "내적"],
                   check=lambda: round(math.degrees(math.acos(abs(float(sp.Matrix(a).dot(sp.Matrix(b)) / (sp.Matrix(a).norm() * sp.Matrix(b).norm())))))) == ang)


@family(V4, "parallel-or-perpendicular-lines-k")
def _ln_perp(rng: random.Random) -> Problem:
    st = _vst(rng)
    u = (_nz(rng, -3, 3), _nz(rng, -3, 3), _nz(rng, -3, 3))
    mode = rng.randrange(2)
    P1, P2 = _rp(rng, -3, 3), _rp(rng, -3, 3)
    if mode == 0:  # perpendicular: u = v × w for a random w, so u · v = 0
        for _ in range(40):
            v = (_nz(rng, -4, 4), _nz(rng, -3, 3), _nz(rng, -3, 3))
            w_ = _rv(rng, 3, -2, 2)
            uu = tuple(int(c) for c in sp.Matrix(v).cross(sp.Matrix(w_)))
            g = abs(sp.gcd_list([sp.Integer(c) for c in uu]))
            if g and all(uu):
                u = tuple(c // g for c in uu)
                if max(abs(c) for c in u) <= 6:
                    break
        else:
            u, v = (1, 1, 1), (2, -1, -1)
        k = v[0]
        word = "서로 수직"
    else:  # parallel: v = t u with one component k
        t = rng.choice([2, -1, 3, -2])
        v = tuple(t * c for c in u)
        k = v[0]
        word = "서로 평행"
    l1 = _sym_line(P1, u)
    l2 = _sym_line(P2, v).replace(f"{{{_num(v[0])}}}", "{k}", 1) if v[0] not in (0, 1) else None
    if l2 is None:
        top = _lin([(1, "x"), (-P2[0], "")])
        rest = _sym_line(P2, v).split(" = ", 1)[1]
        l2 = f"\\frac{{{top}}}{{k}} = {rest}"
    text = rng.choice([
        f"두 직선 {_t(l1, st)}, {josa(_t(l2, st), '이/가')} {word}일 때, 상수 k의 {_end(rng, '값')}{_pts(rng, 3)}",
        f"직선 {josa(_t(l1, st), '과/와')} 직선 {josa(_t(l2, st), '이/가')} {word}이 되도록 하는 실수 k의 {_end(rng, '값')}",
    ])
    kk = sp.Symbol("kk")
    vs = sp.Matrix([kk, v[1], v[2]])

    def chk() -> bool:
        if mode == 0:
            return sp.solve(sp.Matrix(u).dot(vs), kk) == [k]
        return sp.Matrix(u).cross(sp.Matrix(v)) == sp.zeros(3, 1)

    return Problem(text=text, answer=_ua(k), format="computation", difficulty=3, achievement_level="C",
                   concepts=["방향벡터", "내적"], check=chk)


@family(V4, "line-meets-coordinate-plane")
def _ln_cross(rng: random.Random) -> Problem:
    st = _vst(rng)
    u = (_nz(rng, -3, 3), _nz(rng, -3, 3), _nz(rng, -3, 3))
    ax = rng.randrange(3)
    t0 = rng.choice([1, 2, -1, -2, 3])
    Q = list(_rp(rng, -4, 4))
    Q[ax] = 0  # the crossing point
    P = tuple(q - t0 * c for q, c in zip(Q, u, strict=True))
    pn = {0: "yz평면", 1: "zx평면", 2: "xy평면"}[ax]
    line = _sym_line(P, u)
    text = rng.choice([
        f"직선 {josa(_t(line, st), '이/가')} {josa(pn, '과/와')} 만나는 점의 좌표를 {_end(rng)}",
        f"좌표공간에서 직선 {_t(line, st)} 위의 점 중 {pn} 위에 있는 점을 P라 할 때, 점 P의 좌표를 {_end(rng)}{_pts(rng, 3)}",
    ])
    Q = tuple(Q)
    return Problem(text=text, answer=_upt(*Q), format="computation", difficulty=3, achievement_level="C",
                   concepts=["방향벡터"], check=lambda: Q[ax] == 0 and _on_line(Q, P, u))


@family(V4, "foot-of-perpendicular-to-line")
def _ln_foot(rng: random.Random) -> Problem:
    st = _vst(rng)
    dim = rng.choice([2, 3])
    P = _rp(rng, -3, 3)[:dim]
    u = tuple(_nz(rng, -2, 2) for _ in range(dim))
    t0 = rng.randint(-2, 2)
    H = tuple(p + t0 * c for p, c in zip(P, u, strict=True))
    # A = H + w with w ⊥ u
    if dim == 2:
        w = (-u[1] * rng.choice([1, 2, -1]), 0)
        w = (w[0], u[0] * (w[0] // -u[1]))
    else:
        w = sp.Matrix(u).cross(sp.Matrix(_rv(rng, 3, -2, 2)))
        w = tuple(int(c) for c in w)
        if not any(w):
            w = tuple(int(c) for c in sp.Matrix(u).cross(sp.Matrix([1, 0, 0])))
            if not any(w):
                w = tuple(int(c) for c in sp.Matrix(u).cross(sp.Matrix([0, 1, 0])))
    A = tuple(h + c for h, c in zip(H, w, strict=True))
    dist = sp.sqrt(sum(c * c for c in w))
    line = _sym_line(P, u)
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"점 {_t('A' + _comp(A), st)}에서 직선 {_t(line, st)}에 내린 수선의 발 H의 좌표를 {_end(rng)}{_pts(rng, 4)}")
        ans = _ucomp(H)
    else:
        text = (f"점 {josa(_t('A' + _comp(A), st), '과/와')} 직선 {_t(line, st)} 사이의 거리를 {_end(rng)}{_pts(rng, 4)}")
        ans = _ua(dist)
    tt = sp.Symbol("tt")

    def chk() -> bool:
        Ht = sp.Matrix(P) + tt * sp.Matrix(u)
        sol = sp.solve((sp.Matrix(A) - Ht).dot(sp.Matrix(u)), tt)
        Hs = Ht.subs(tt, sol[0])
        return tuple(Hs) == tuple(sp.Integer(h) for h in H) and (sp.Matrix(A) - Hs).norm() == dist

    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["방향벡터", "내적"], check=chk)


@family(V4, "vector-equation-parametric-mcq")
def _ln_param(rng: random.Random) -> Problem:
    st = _vst(rng)
    P = _rp(rng, -4, 4)
    u = (_nz(rng, -3, 3), _nz(rng, -3, 3), _nz(rng, -3, 3))
    sym = _sym_line(P, u)
    mode = rng.randrange(2)
    if mode == 0:
        cor = _t(_comp(u), st)
        wrong = [_comp(tuple(-c for c in P)), _comp(P), _comp((u[1], u[0], u[2])), _comp((u[0], -u[1], u[2])),
                 _comp((u[0], u[1], -u[2])), _comp(tuple(c + 1 for c in u))]
        ch = choices(rng, cor, [_t(w, st) for w in wrong if _t(w, st) != cor and w != _comp(tuple(2 * c for c in u))])
        text = f"직선 {_t(sym, st)}의 방향벡터로 알맞은 것은?{_pts(rng, 2)}\n{ch.block}"
        chk = lambda: _on_line(tuple(p + c for p, c in zip(P, u, strict=True)), P, u)  # noqa: E731
    else:
        t0 = rng.choice([1, 2, -1, -2, 3])
        Q = tuple(p + t0 * c for p, c in zip(P, u, strict=True))
        cor = _t(_comp(Q), st)
        wrong = [tuple(q + 1 if i == j else q for i, q in enumerate(Q)) for j in range(3)] + \
                [tuple(q - 1 if i == j else q for i, q in enumerate(Q)) for j in range(3)] + \
                [tuple(p - c for p, c in zip(u, P, strict=True)), tuple(-q for q in Q)]
        wrong = [w for w in wrong if not _on_line(w, P, u)]
        ch = choices(rng, cor, [_t(_comp(w), st) for w in wrong])
        vec_eq = (f"{_vv('p')} = {_comp(P)} + t{_comp(u)}")
        text = rng.choice([
            f"직선 {_t(sym, st)} 위에 있는 점은?{_pts(rng, 2)}\n{ch.block}",
            f"벡터방정식 {_t(vec_eq, st)} (t는 실수)로 나타내어지는 직선 위의 점은?{_pts(rng, 2)}\n{ch.block}",
        ])
        chk = lambda: _on_line(Q, P, u) and all(not _on_line(w, P, u) for w in wrong)  # noqa: E731
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["방향벡터"], choice=ch, check=chk)


# ================================================================================================
# 12기하03-05 벡터를 이용한 평면의 방정식과 구의 방정식
# ================================================================================================
def _plane_eq(n, d) -> str:
    first = next((c for c in n if c != 0), 1)
    if first < 0:  # the same plane, written with a positive leading coefficient
        n, d = tuple(-c for c in n), -d
    return _lin([(n[0], "x"), (n[1], "y"), (n[2], "z"), (d, "")]) + " = 0"


def _norm_plane(n, d):
    """Divide by the gcd and make the first nonzero coefficient positive."""
    g = abs(sp.gcd_list([sp.Integer(c) for c in (*n, d)])) or 1
    n, d = tuple(c // g for c in n), d // g
    first = next(c for c in n if c != 0)
    if first < 0:
        n, d = tuple(-c for c in n), -d
    return n, d


def _rn(rng: random.Random):
    while True:
        n = tuple(rng.randint(-3, 3) for _ in range(3))
        if sum(1 for c in n if c) >= 2:
            return n


@family(V5, "plane-from-point-and-normal")
def _pl_normal(rng: random.Random) -> Problem:
    st = _vst(rng)
    P = _rp(rng, -4, 4)
    n = _rn(rng)
    d = -sum(a * b for a, b in zip(n, P, strict=True))
    n2, d2 = _norm_plane(n, d)
    text = rng.choice([
        f"점 {_t('A' + _comp(P), st)}를 지나고 벡터 {_t(_vv('n') + ' = ' + _comp(n), st)}에 수직인 평면의 방정식을 {_end(rng)}",
        f"좌표공간에서 점 {_t(_comp(P), st)}를 지나고 법선벡터가 {_t(_comp(n), st)}인 평면의 방정식을 {_end(rng)}",
    ])
    text = re.sub(r"(\([^()]*\)\$?)를", lambda m: josa(m.group(1), "을/를"), text)
    return Problem(text=text, answer=_t(_plane_eq(n2, d2), "unicode"), format="computation", difficulty=2,
                   achievement_level="D", concepts=["법선벡터"],
                   check=lambda: sp.Matrix(n2).dot(sp.Matrix(P)) + d2 == 0 and sp.Matrix(n2).cross(sp.Matrix(n)) == sp.zeros(3, 1))


@family(V5, "plane-through-three-points")
def _pl_three(rng: random.Random) -> Problem:
    st = _vst(rng)
    mode = rng.randrange(2)
    if mode == 0:  # intercept points
        a, b, c = (_nz(rng, -6, 6) for _ in range(3))
        A, B, C = (a, 0, 0), (0, b, 0), (0, 0, c)
    else:
        while True:
            A, B, C = _rp(rng, -3, 3), _rp(rng, -3, 3), _rp(rng, -3, 3)
            nn = sp.Matrix(_v_sub(B, A)).cross(sp.Matrix(_v_sub(C, A)))
            if any(nn) and sum(1 for x in nn if x) >= 2:
                break
    nn = sp.Matrix(_v_sub(B, A)).cross(sp.Matrix(_v_sub(C, A)))
    n = tuple(int(x) for x in nn)
    d = -sum(x * y for x, y in zip(n, A, strict=True))
    n2, d2 = _norm_plane(n, d)
    pts = f"{_t('A' + _comp(A), st)}, {_t('B' + _comp(B), st)}, {_t('C' + _comp(C), st)}"
    text = rng.choice([
        f"세 점 {josa(pts, '을/를')} 지나는 평면의 방정식을 {_end(rng)}{_pts(rng, 3)}",
        f"좌표공간의 세 점 {josa(pts, '을/를')} 모두 지나는 평면을 α라 할 때, 평면 α의 방정식을 {_end(rng)}",
    ])
    return Problem(text=text, answer=_t(_plane_eq(n2, d2), "unicode"), format="computation", difficulty=3,
                   achievement_level="C", concepts=["법선벡터"],
                   check=lambda: all(sp.Matrix(n2).dot(sp.Matrix(Q)) + d2 == 0 for Q in (A, B, C)))


@family(V5, "angle-between-planes")
def _pl_angle(rng: random.Random) -> Problem:
    st = _vst(rng)
    cands = [((1, 1, 0), (0, 1, 1), 60), ((1, 0, 1), (1, 1, 0), 60), ((1, 0, 0), (1, 1, 0), 45), ((0, 1, 1), (0, 0, 1), 45),
             ((1, 2, 2), (2, -2, 1), 90), ((1, -1, 0), (0, 1, -1), 60), ((2, 1, -2), (1, 2, 2), 90), ((1, 1, 0), (1, 0, 0), 45),
             ((1, 0, -1), (0, 1, 1), 60), ((1, 1, 1), (1, -1, 0), 90), ((0, 1, -1), (0, 1, 0), 45)]
    n1, n2, ang = rng.choice(cands)
    s1, s2 = rng.choice([1, 2, -1]), rng.choice([1, 3, -1])
    n1, n2 = tuple(s1 * c for c in n1), tuple(s2 * c for c in n2)
    d1, d2 = rng.randint(-5, 5), rng.randint(-5, 5)
    e1, e2 = _plane_eq(n1, d1), _plane_eq(n2, d2)
    mode = rng.randrange(2)
    if mode == 0:
        text = f"두 평면 {_t(e1, st)}, {josa(_t(e2, st), '이/가')} 이루는 각의 크기 θ를 {_end(rng)} (단, 0° ≤ θ ≤ 90°)"
        ans = f"{ang}°"
    else:
        cosv = _COS[ang]
        text = f"두 평면 {_t(e1, st)}, {josa(_t(e2, st), '이/가')} 이루는 각의 크기를 θ라 할 때, cos θ의 {_end(rng, '값')}{_pts(rng, 3)}"
        ans = _ua(cosv)
    import math
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["법선벡터", "내적"],
                   check=lambda: round(math.degrees(math.acos(abs(float(sp.Matrix(n1).dot(sp.Matrix(n2)) / (sp.Matrix(n1).norm() * sp.Matrix(n2).norm())))))) == ang)


@family(V5, "distance-point-to-plane")
def _pl_pdist(rng: random.Random) -> Problem:
    st = _vst(rng)
    n = rng.choice([(1, 2, 2), (2, -1, 2), (2, 3, 6), (1, -2, 2), (4, 4, 7), (2, -6, 3), (1, 1, 1), (1, 0, 1), (3, 0, 4)])
    n = tuple(c * rng.choice([1, -1]) for c in n)
    P = _rp(rng, -4, 4)
    d = rng.randint(-9, 9)
    dist = sp.radsimp(sp.Abs(sum(a * b for a, b in zip(n, P, strict=True)) + d) / sp.sqrt(sum(c * c for c in n)))
    eq = _plane_eq(n, d)
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([f"점 {_t('P' + _comp(P), st)}와 평면 {_t(eq, st)} 사이의 거리를 {_end(rng)}",
                           f"평면 {_t(eq, st)}와 점 {_t('A' + _comp(P), st)} 사이의 거리는?{_pts(rng, 2)}"])
        text = text.replace(f"{_t('P' + _comp(P), st)}와", josa(_t('P' + _comp(P), st), "과/와")).replace(
            f"{_t(eq, st)}와", josa(_t(eq, st), "과/와"))
        ans = _ua(dist)
    else:
        r = dist
        c0 = P
        text = (f"중심이 {_t('C' + _comp(c0), st)}이고 평면 {josa(_t(eq, st), '에')[:-1] if False else _t(eq, st)}에 접하는 구의 반지름의 길이를 {_end(rng)}{_pts(rng, 3)}")
        ans = _ua(r)
    tt = sp.Symbol("tt")

    def chk() -> bool:
        # foot of the perpendicular P + t n on the plane, then |PH|
        sol = sp.solve(sum(c * (p + tt * c) for c, p in zip(n, P, strict=True)) + d, tt)[0]
        H = [p + sol * c for c, p in zip(n, P, strict=True)]
        return sp.simplify(sp.sqrt(sum((h - p) ** 2 for h, p in zip(H, P, strict=True))) - dist) == 0

    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["법선벡터"], check=chk)


@family(V5, "perpendicular-bisector-plane")
def _pl_bisect(rng: random.Random) -> Problem:
    st = _vst(rng)
    A = _rp(rng, -4, 4)
    B = tuple(a + 2 * rng.randint(-2, 2) for a in A)
    if A == B:
        B = (A[0] + 2, A[1] - 2, A[2] + 4)
    M = tuple((a + b) // 2 for a, b in zip(A, B, strict=True))
    n = _v_sub(B, A)
    d = -sum(x * y for x, y in zip(n, M, strict=True))
    n2, d2 = _norm_plane(n, d)
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([
            f"두 점 {_t('A' + _comp(A), st)}, {_t('B' + _comp(B), st)}에서 같은 거리에 있는 점들이 나타내는 평면의 방정식을 {_end(rng)}",
            f"선분 AB의 중점을 지나고 직선 AB에 수직인 평면의 방정식을 {_end(rng)} (단, {_t('A' + _comp(A), st)}, {_t('B' + _comp(B), st)})",
        ])
    else:
        u = n
        P = M
        text = (f"점 {josa(_t(_comp(P), st), '을/를')} 지나고 직선 {_t(_sym_line(A, u), st)}에 수직인 평면의 방정식을 {_end(rng)}")
    return Problem(text=text, answer=_t(_plane_eq(n2, d2), "unicode"), format="computation", difficulty=3,
                   achievement_level="C", concepts=["법선벡터", "방향벡터"],
                   check=lambda: sp.Matrix(n2).dot(sp.Matrix(M)) + d2 == 0 and sp.Matrix(n2).cross(sp.Matrix(n)) == sp.zeros(3, 1))


@family(V5, "line-plane-intersection")
def _pl_meet(rng: random.Random) -> Problem:
    st = _vst(rng)
    n = _rn(rng)
    u = (_nz(rng, -3, 3), _nz(rng, -3, 3), _nz(rng, -3, 3))
    if sum(a * b for a, b in zip(n, u, strict=True)) == 0:
        u = (u[0] + 1 if n[0] else u[0], u[1] + (1 if n[1] else 0), u[2])
        if sum(a * b for a, b in zip(n, u, strict=True)) == 0:
            n, u = (1, 1, 1), (1, 2, 3)
    Q = _rp(rng, -3, 3)  # the intersection point
    t0 = rng.choice([1, 2, -1, -2])
    P = tuple(q - t0 * c for q, c in zip(Q, u, strict=True))
    d = -sum(a * b for a, b in zip(n, Q, strict=True))
    text = rng.choice([
        f"직선 {josa(_t(_sym_line(P, u), st), '과/와')} 평면 {josa(_t(_plane_eq(n, d), st), '이/가')} 만나는 점의 좌표를 {_end(rng)}",
        f"좌표공간에서 직선 {_t(_sym_line(P, u), st)}가 평면 {_t(_plane_eq(n, d), st)}와 만나는 점을 P(a, b, c)라 할 때, a + b + c의 {_end(rng, '값')}{_pts(rng, 3)}",
    ])
    text = text.replace(f"{_t(_sym_line(P, u), st)}가", josa(_t(_sym_line(P, u), st), "이/가")).replace(
        f"{_t(_plane_eq(n, d), st)}와", josa(_t(_plane_eq(n, d), st), "과/와"))
    ans = _ua(sum(Q)) if "a + b + c" in text else _upt(*Q)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["방향벡터", "법선벡터"],
                   check=lambda: _on_line(Q, P, u) and sp.Matrix(n).dot(sp.Matrix(Q)) + d == 0)


@family(V5, "sphere-vector-equation")
def _pl_sphere(rng: random.Random) -> Problem:
    st = _vst(rng)
    mode = rng.randrange(3)
    if mode == 0:  # (p - a)·(p - b) = 0 → sphere with diameter AB
        C0 = _rp(rng, -3, 3)
        h = _rv(rng, 3, -3, 3)
        A = tuple(c + x for c, x in zip(C0, h, strict=True))
        B = tuple(c - x for c, x in zip(C0, h, strict=True))
        r2 = sum(x * x for x in h)
        eq = f"({_vv('p')} - {_vv('a')}) {_DOT} ({_vv('p')} - {_vv('b')}) = 0"
        text = (f"두 점 A, B의 위치벡터가 각각 {_t(_vv('a') + ' = ' + _comp(A), st)}, {_t(_vv('b') + ' = ' + _comp(B), st)}일 때, "
                f"벡터방정식 {_t(eq, st)}를 만족시키는 점 P의 위치벡터 {_t(_vv('p'), st)}가 나타내는 도형의 중심의 좌표와 반지름의 길이를 {_end(rng)}")
        text = text.replace(f"{_t(eq, st)}를", josa(_t(eq, st), "을/를"))
        ans = f"중심 {_upt(*C0)}, 반지름 {_ua(sp.sqrt(r2))}"
        _, e = _sph_gen(C0, r2)
        chk = lambda: sp.expand((X - A[0]) * (X - B[0]) + (Y - A[1]) * (Y - B[1]) + (Z - A[2]) * (Z - B[2])) == e  # noqa: E731
        d_ = 3
    elif mode == 1:  # |p - c| = r
        C0 = _rp(rng, -4, 4)
        r = rng.randint(1, 6)
        eq = f"|{_vv('p')} - {_vv('c')}| = {r}"
        text = (f"점 C의 위치벡터가 {_t(_vv('c') + ' = ' + _comp(C0), st)}일 때, 벡터방정식 {_t(eq, st)}를 만족시키는 점 P(x, y, z)가 "
                f"나타내는 도형의 방정식을 x, y, z에 대한 식으로 나타내시오.")
        text = text.replace(f"{_t(eq, st)}를", josa(_t(eq, st), "을/를"))
        ans = _t(_sph_std(C0, r * r), "unicode")
        chk = lambda: _sph_center_r(_sph_gen(C0, r * r)[1]) == (tuple(sp.Integer(v) for v in C0), r * r)  # noqa: E731
        d_ = 2
    else:  # sphere with centre C tangent to a plane
        n = rng.choice([(1, 2, 2), (2, -1, 2), (2, 3, 6), (1, -2, 2), (2, -6, 3)])
        C0 = _rp(rng, -3, 3)
        r = rng.randint(1, 4)
        dd = -sum(a * b for a, b in zip(n, C0, strict=True)) + rng.choice([1, -1]) * r * int(sp.sqrt(sum(c * c for c in n)))
        text = (f"중심이 {_t('C' + _comp(C0), st)}이고 평면 {_t(_plane_eq(n, dd), st)}에 접하는 구의 방정식을 {_end(rng)}{_pts(rng, 4)}")
        ans = _t(_sph_std(C0, r * r), "unicode")
        chk = lambda: sp.Abs(sum(a * b for a, b in zip(n, C0, strict=True)) + dd) / sp.sqrt(sum(c * c for c in n)) == r  # noqa: E731
        d_ = 4
    return Problem(text=text, answer=ans, format="computation", difficulty=d_, achievement_level=secondary_level(d_),
                   concepts=["위치벡터", "내적"], check=chk)


@family(V5, "bogi-plane-line-relations")
def _pl_bogi(rng: random.Random) -> Problem:
    st = _vst(rng)
    n = _rn(rng)
    P = _rp(rng, -3, 3)
    d = -sum(a * b for a, b in zip(n, P, strict=True))
    par = tuple(int(c) for c in sp.Matrix(n).cross(sp.Matrix(_rv(rng, 3, -2, 2))))
    if not any(par):
        par = tuple(int(c) for c in sp.Matrix(n).cross(sp.Matrix([1, 0, 0]))) if any(sp.Matrix(n).cross(sp.Matrix([1, 0, 0]))) else (0, 1, 0)
    k = rng.choice([2, -1, 3])
    facts = [
        (f"벡터 {_t(_comp(n), st)}는 이 평면의 법선벡터이다.", True, lambda: True),
        (f"점 {_t(_comp(P), st)}는 이 평면 위에 있다.", True, lambda: sp.Matrix(n).dot(sp.Matrix(P)) + d == 0),
        (f"점 {_t(_comp(tuple(p + 1 for p in P)), st)}는 이 평면 위에 있다.", sum(n) == 0,
         lambda: sp.Matrix(n).dot(sp.Matrix([p + 1 for p in P])) + d == 0),
        (f"평면 {josa(_t(_plane_eq(tuple(k * c for c in n), 7), st), '은/는')} 이 평면과 평행하다.", k * d != 7,
         lambda: sp.Matrix(n).cross(sp.Matrix([k * c for c in n])) == sp.zeros(3, 1) and k * d != 7),
        (f"방향벡터가 {_t(_comp(par), st)}인 직선은 이 평면과 수직이다.", False,
         lambda: sp.Matrix(n).cross(sp.Matrix(par)) == sp.zeros(3, 1)),
        (f"방향벡터가 {_t(_comp(n), st)}인 직선은 이 평면과 수직이다.", True, lambda: True),
    ]
    for _ in range(30):
        trip = rng.sample(facts, 3)
        picks = [(t_, ok) for t_, ok, _ in trip]
        if any(ok for _, ok in picks):
            break
    picks = [(re.sub(r"(\([^()]*\)\$?)는", lambda m: josa(m.group(1), "은/는"), t_), ok) for t_, ok in picks]
    block, ch = bogi(rng, picks)
    text = f"평면 {_t(_plane_eq(n, d), st)}에 대하여 {bogi_question(rng)}{_pts(rng, 3)}\n{block}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["법선벡터", "방향벡터"], choice=ch,
                   check=lambda: all(bool(ver()) == ok for _, ok, ver in trip))
