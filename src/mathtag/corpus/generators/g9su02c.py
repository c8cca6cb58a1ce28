"""Generators for 9수02 (변화와 관계, 중학교), part C: 9수02-13 … 9수02-22.

Uses the private notation helpers of ``g9su02a`` (``_r`` renders the mini notation, ``_e`` a sympy
expression, ``_P`` parses back, ``_j`` attaches particles to rendered math).  Module-local helpers:
``_lx`` writes ``a·x + b·y`` in mini notation and ``_sys`` renders a system of two equations
(cases environment in LaTeX, a braced pair or a comma list otherwise).
"""

from __future__ import annotations

import random
from fractions import Fraction

import sympy as sp

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.generators.g9su02a import _P, _e, _end, _j, _lin, _mcq_text, _nz, _plain, _r, x, y
from mathtag.corpus.korean import josa, name, names
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import pick_style

_ = (_e, _plain, names)


def _co(c: int | Fraction, first: bool) -> str:
    """Coefficient with its sign for a term: ``3``, ``- 2``, ``+ ``, ``-`` …"""
    c = Fraction(c)
    mag = abs(c)
    body = "" if mag == 1 else (str(mag.numerator) if mag.denominator == 1 else f"[{mag.numerator}|{mag.denominator}]")
    if first:
        return ("-" if c < 0 else "") + body
    return (" - " if c < 0 else " + ") + body


def _lx(p: int | Fraction, q: int | Fraction, v1: str = "x", v2: str = "y") -> str:
    """``p·x + q·y`` in mini notation (zero terms dropped)."""
    out = ""
    if p:
        out = _co(p, True) + v1
    if q:
        out += (_co(q, not out) + v2)
    return out or "0"


def _sys(e1: str, e2: str, st: str, block: bool = False) -> str:
    """A system of two equations (``block``: printed on its own lines, so braces may be used)."""
    if st == "latex":
        return f"$\\begin{{cases}} {_r(e1, st)[1:-1]} \\\\ {_r(e2, st)[1:-1]} \\end{{cases}}$"
    if st == "unicode" and block:
        return f"{{ {_r(e1, st)}\n{{ {_r(e2, st)}"
    return f"{_r(e1, st)}, {_r(e2, st)}"


def _sol(e1: str, e2: str) -> dict:
    l1, r1 = e1.split("=")
    l2, r2 = e2.split("=")
    return sp.solve([_P(l1) - _P(r1), _P(l2) - _P(r2)], [x, y], dict=True)[0]


def _pair(px: int | Fraction, py: int | Fraction) -> str:
    return f"x = {_q(px)}, y = {_q(py)}"


def _q(v: int | Fraction | sp.Rational) -> str:
    v = sp.Rational(v)
    return str(v.p) if v.q == 1 else f"{v.p}/{v.q}"


def _ask_solve(rng: random.Random) -> str:
    return rng.choice(["다음 연립방정식을 푸시오.", "다음 연립방정식의 해를 구하시오.", "연립방정식을 풀어라.",
                       "다음 연립일차방정식을 풀어 x, y의 값을 구하세요."])


# ================================================================================================
# 9수02-13 연립일차방정식
# ================================================================================================
def _rand_system(rng: random.Random, sx: int, sy: int) -> tuple[str, str]:
    while True:
        a1, b1, a2, b2 = (_nz(rng, -5, 5) for _ in range(4))
        if a1 * b2 - a2 * b1 != 0:
            return f"{_lx(a1, b1)} = {a1 * sx + b1 * sy}", f"{_lx(a2, b2)} = {a2 * sx + b2 * sy}"


@family("9수02-13", "solve-elimination")
def _f13_elim(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sx, sy = _nz(rng, -6, 6, exclude=()), _nz(rng, -6, 6, exclude=())
    e1, e2 = _rand_system(rng, sx, sy)
    text = rng.choice([f"{_ask_solve(rng)}\n{_sys(e1, e2, st, block=True)}",
                       f"다음 연립방정식의 해가 x = a, y = b일 때, a + b의 값을 {_end(rng)}\n{_sys(e1, e2, st, block=True)}"])
    ans = str(sx + sy) if "a + b" in text else _pair(sx, sy)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["연립방정식", "해"], check=lambda: _sol(e1, e2) == {x: sx, y: sy})


@family("9수02-13", "solve-substitution")
def _f13_subst(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sx, sy = rng.randint(-5, 6), rng.randint(-5, 6)
    m, c = _nz(rng, -4, 4), 0
    c = sy - m * sx
    e1 = f"y = {_lin(m, c)}" if rng.random() < 0.6 else f"x = {_lin(1, sx - sy, 'y')}"
    a2, b2 = _nz(rng, -4, 5), _nz(rng, -4, 5)
    e2 = f"{_lx(a2, b2)} = {a2 * sx + b2 * sy}"
    try:
        ok = _sol(e1, e2) == {x: sx, y: sy}
    except IndexError:
        ok = False
    if not ok:
        return _f13_subst(rng)
    text = rng.choice([f"다음 연립방정식을 대입법을 이용하여 푸시오.\n{_sys(e1, e2, st, block=True)}", f"{_ask_solve(rng)}\n{_sys(e2, e1, st, block=True)}"])
    return Problem(text=text, answer=_pair(sx, sy), format="computation", difficulty=2, achievement_level="D",
                   concepts=["연립방정식", "대입"], check=lambda: _sol(e1, e2) == {x: sx, y: sy})


@family("9수02-13", "solve-fraction-decimal-coefficients")
def _f13_frac(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sx, sy = rng.randint(-4, 8), rng.randint(-4, 8)
    if rng.random() < 0.5:
        d1, d2 = rng.sample([2, 3, 4, 6], 2)
        p, q = _nz(rng, -3, 3), _nz(rng, -3, 3)
        rhs = Fraction(p * sx, d1) + Fraction(q * sy, d2)
        e1 = f"{_co(Fraction(p, d1), True)}x{_co(Fraction(q, d2), False)}y = {_q(rhs) if rhs.denominator == 1 else '[' + str(rhs.numerator) + '|' + str(rhs.denominator) + ']'}"
        e1 = e1.replace("= [-", "= -[")
    else:
        p, q = rng.choice([Fraction(k, 10) for k in (1, 2, 3, 5, 12, 15)]), rng.choice([Fraction(k, 10) for k in (1, 2, 4, 5, 7)])
        rhs = p * sx + q * sy
        e1 = f"{float(p):g}x + {float(q):g}y = {float(rhs):g}"
    a2, b2 = _nz(rng, -3, 4), _nz(rng, -3, 4)
    e2 = f"{_lx(a2, b2)} = {a2 * sx + b2 * sy}"
    try:
        ok = _sol(e1, e2) == {x: sx, y: sy}
    except (IndexError, Exception):
        ok = False
    if not ok:
        return _f13_frac(rng)
    text = f"{_ask_solve(rng)}\n{_sys(e1, e2, st, block=True)}"
    return Problem(text=text, answer=_pair(sx, sy), format="computation", difficulty=3, achievement_level="C",
                   concepts=["연립방정식", "계수"], check=lambda: _sol(e1, e2) == {x: sx, y: sy})


@family("9수02-13", "find-coefficients-from-solution")
def _f13_coef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sx, sy = _nz(rng, -5, 5), _nz(rng, -5, 5)
    A, B = _nz(rng, -4, 5), _nz(rng, -4, 5)
    p1, q1 = _nz(rng, -3, 3), _nz(rng, -3, 3)
    e1 = f"ax{_co(q1, False)}y = {A * sx + q1 * sy}"
    e2 = f"{_lx(p1, 0)} + by = {p1 * sx + B * sy}".replace("+ by = ", "+ by = ")
    text = rng.choice([f"연립방정식 {_sys(e1, e2, st)}의 해가 {_r(f'x = {sx}, y = {sy}', st)}일 때, 상수 a, b의 값을 각각 {_end(rng)}",
                       f"다음 연립방정식의 해가 ({sx}, {sy})일 때, 상수 a, b에 대하여 a + b의 값을 {_end(rng)}\n{_sys(e1, e2, st, block=True)}"])
    ans = str(A + B) if "a + b의 값" in text else f"a = {A}, b = {B}"
    a_, b_ = sp.symbols("a b")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["연립방정식", "해", "대입"],
                   check=lambda: sp.solve([A * sx + q1 * sy - (a_ * sx + q1 * sy), p1 * sx + B * sy - (p1 * sx + b_ * sy)], [a_, b_]) == {a_: A, b_: B})


@family("9수02-13", "word-count-and-total")
def _f13_count(rng: random.Random) -> Problem:
    kind = rng.randrange(4)
    n1, n2 = rng.randint(3, 20), rng.randint(3, 20)
    if kind == 0:
        p1, p2 = rng.sample([500, 700, 800, 1000, 1200, 1500, 2000], 2)
        it1, it2 = rng.sample(["공책", "볼펜", "지우개", "형광펜", "음료수", "빵"], 2)
        total, cnt = p1 * n1 + p2 * n2, n1 + n2
        text = (f"한 개에 {p1:,}원인 {josa(it1, '과/와')} 한 개에 {p2:,}원인 {josa(it2, '을/를')} 합하여 {cnt}개 사고 {total:,}원을 냈다. "
                f"{it1}, {josa(it2, '은/는')} 각각 몇 개 샀는지 {_end(rng)}")
        ans = f"{it1} {n1}개, {it2} {n2}개"
    elif kind == 1:
        n1, n2 = rng.randint(3, 15), rng.randint(3, 15)
        total_heads, legs = n1 + n2, 2 * n1 + 4 * n2
        a1, a2 = rng.choice([("닭", "돼지"), ("오리", "양"), ("닭", "토끼"), ("타조", "염소")])
        text = (f"어느 농장에 {josa(a1, '과/와')} {josa(a2, '이/가')} 모두 {total_heads}마리 있고, 다리 수의 합은 {legs}개이다. "
                f"{josa(a1, '과/와')} {a2}는 각각 몇 마리인지 {_end(rng)}")
        text = text.replace(f"{a2}는", josa(a2, "은/는"))
        ans = f"{a1} {n1}마리, {a2} {n2}마리"
        p1, p2, total, cnt = 2, 4, legs, total_heads
    elif kind == 2:
        p1, p2 = rng.choice([(5000, 3000), (8000, 5000), (12000, 7000), (6000, 4000)])
        total, cnt = p1 * n1 + p2 * n2, n1 + n2
        text = (f"어느 박물관의 입장료는 어른이 {p1:,}원, 청소년이 {p2:,}원이다. 어른과 청소년을 합하여 {cnt}명이 입장하고 입장료로 "
                f"{total:,}원을 냈을 때, 입장한 어른과 청소년은 각각 몇 명인지 {_end(rng)}")
        ans = f"어른 {n1}명, 청소년 {n2}명"
    else:
        p1, p2 = rng.choice([(3, 2), (2, 1), (3, 1)])
        total, cnt = p1 * n1 + p2 * n2, n1 + n2
        who = name(rng)
        text = (f"농구 경기에서 {josa(who, '은/는')} {p1}점 슛과 {p2}점 슛을 합하여 {cnt}골을 넣어 {total}점을 얻었다. "
                f"{p1}점 슛과 {p2}점 슛을 각각 몇 골 넣었는지 연립방정식을 세워 {_end(rng)}")
        ans = f"{p1}점 슛 {n1}골, {p2}점 슛 {n2}골"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["연립방정식", "미지수"],
                   check=lambda: sp.solve([x + y - cnt, p1 * x + p2 * y - total], [x, y]) == {x: n1, y: n2})


@family("9수02-13", "word-speed-distance")
def _f13_speed(rng: random.Random) -> Problem:
    v1, v2 = rng.choice([(2, 4), (3, 6), (4, 8), (3, 5), (4, 6), (2, 5)])
    t1, t2 = Fraction(rng.randint(1, 6), 2), Fraction(rng.randint(1, 6), 2)
    d1, d2 = v1 * t1, v2 * t2
    if d1.denominator != 1 or d2.denominator != 1:
        return _f13_speed(rng)
    D, T = d1 + d2, t1 + t2
    who = name(rng)
    text = (f"{josa(who, '이/가')} 집에서 {D} km 떨어진 공원까지 가는데, 처음에는 시속 {v1} km로 걷다가 도중에 시속 {v2} km로 뛰어서 "
            f"모두 {float(T):g}시간 만에 도착하였다. 걸어간 거리와 뛰어간 거리를 각각 {_end(rng)}")
    return Problem(text=text, answer=f"걸어간 거리 {d1} km, 뛰어간 거리 {d2} km", format="word", difficulty=4, achievement_level="B",
                   concepts=["연립방정식", "속력"],
                   check=lambda: sp.solve([x + y - D, x / v1 + y / v2 - sp.Rational(T.numerator, T.denominator)], [x, y]) == {x: int(d1), y: int(d2)})


@family("9수02-13", "two-digit-number")
def _f13_digits(rng: random.Random) -> Problem:
    t, u = rng.sample(range(1, 10), 2)
    s_ = t + u
    diff = (10 * u + t) - (10 * t + u)
    more = "크다" if diff > 0 else "작다"
    text = (f"두 자리 자연수가 있다. 각 자리의 숫자의 합은 {s_}이고, 십의 자리의 숫자와 일의 자리의 숫자를 바꾼 수는 처음 수보다 "
            f"{abs(diff)}만큼 {more}. 처음 수를 {_end(rng)}")
    return Problem(text=text, answer=str(10 * t + u), format="word", difficulty=3, achievement_level="C",
                   concepts=["연립방정식", "미지수"],
                   check=lambda: sp.solve([x + y - s_, (10 * y + x) - (10 * x + y) - diff], [x, y]) == {x: t, y: u})


@family("9수02-13", "solution-pair-mcq")
def _f13_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sx, sy = _nz(rng, -5, 5, exclude=()), _nz(rng, -5, 5, exclude=())
    e1, e2 = _rand_system(rng, sx, sy)
    wrong = set()
    while len(wrong) < 4:
        cand = (sx + rng.randint(-2, 2), sy + rng.randint(-2, 2))
        if cand != (sx, sy):
            wrong.add(cand)
    ch = choices(rng, f"({sx}, {sy})", [f"({a}, {b})" for a, b in wrong])
    stem = rng.choice([f"다음 중 연립방정식 {_sys(e1, e2, st)}의 해는?", f"순서쌍 (x, y) 중 다음 연립방정식의 해인 것은?\n{_sys(e1, e2, st, block=True)}"])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="E",
                   concepts=["연립방정식", "해", "순서쌍"], choice=ch, check=lambda: _sol(e1, e2) == {x: sx, y: sy})


@family("9수02-13", "abc-form-equation")
def _f13_abc(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sx, sy = rng.randint(-4, 6), rng.randint(-4, 6)
    a1, b1, a2, b2 = (_nz(rng, -3, 4) for _ in range(4))
    if a1 * b2 - a2 * b1 == 0:
        return _f13_abc(rng)
    k = a1 * sx + b1 * sy
    c2 = k - (a2 * sx + b2 * sy)
    left = _lx(a1, b1)
    mid = _lx(a2, b2) + (f" + {c2}" if c2 > 0 else (f" - {-c2}" if c2 < 0 else ""))
    mini = f"{left} = {mid} = {k}"
    text = rng.choice([f"방정식 {_r(mini, st)}를 푸시오.".replace(f"{_r(mini, st)}를", _j(_r(mini, st), "을/를")),
                       f"다음 방정식의 해를 {_end(rng)}\n{_r(mini, st)}"])
    return Problem(text=text, answer=_pair(sx, sy), format="computation", difficulty=3, achievement_level="C",
                   concepts=["연립방정식"], check=lambda: _sol(f"{left} = {k}", f"{mid} = {k}") == {x: sx, y: sy})


# ================================================================================================
# 9수02-14 함수의 개념, 함숫값
# ================================================================================================
_FUNC_YES = [
    "한 개에 {p}원인 지우개 x개의 값 y원", "자연수 x의 약수의 개수 y", "한 변의 길이가 x cm인 정사각형의 둘레의 길이 y cm",
    "시속 {v} km로 x시간 동안 달린 거리 y km", "자연수 x를 {m}로 나눈 나머지 y", "정수 x의 절댓값 y",
    "넓이가 {a} cm²인 직사각형의 가로의 길이 x cm와 세로의 길이 y cm", "{t} L의 물을 x명이 똑같이 나누어 마실 때 한 사람이 마시는 양 y L",
    "자연수 x보다 작은 자연수의 개수 y",
]
_FUNC_NO = [
    "자연수 x의 약수 y", "자연수 x보다 작은 자연수 y", "절댓값이 x인 정수 y", "자연수 x보다 큰 짝수 y",
    "둘레의 길이가 x cm인 직사각형의 넓이 y cm²", "나이가 x살인 학생의 키 y cm", "자연수 x의 배수 y", "x와 서로소인 자연수 y",
]


def _fmt_rel(t: str, rng: random.Random) -> str:
    return t.format(p=rng.choice([300, 500, 800]), v=rng.choice([40, 60, 80]), m=rng.choice(["3", "4", "5"]),
                    a=rng.choice([12, 24, 36]), t=rng.choice([2, 3, 6])).replace("3로", "3으로").replace("4로", "4로")


@family("9수02-14", "is-function-mcq")
def _f14_mcq(rng: random.Random) -> Problem:
    ask_yes = rng.random() < 0.5
    if ask_yes:
        right, wrong = rng.choice(_FUNC_YES), rng.sample(_FUNC_NO, 4)
        stem = rng.choice(["다음 중 y가 x의 함수인 것은?", "다음 두 양 x, y 사이의 관계 중 y가 x의 함수인 것은?"])
    else:
        right, wrong = rng.choice(_FUNC_NO), rng.sample(_FUNC_YES, 4)
        stem = rng.choice(["다음 중 y가 x의 함수가 아닌 것은?", "다음 중 x의 값 하나에 y의 값이 오직 하나씩 대응하지 않는 것은?"])
    r_txt, w_txt = _fmt_rel(right, rng), [_fmt_rel(w, rng) for w in wrong]
    ch = choices(rng, r_txt, w_txt)
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["함수", "변수"], choice=ch,
                   check=lambda: (right in _FUNC_YES) == ask_yes and all((w in _FUNC_YES) != ask_yes for w in wrong))


def _fx_def(rng: random.Random) -> tuple[str, sp.Expr]:
    kind = rng.randrange(3)
    if kind == 0:
        a_ = _nz(rng, -6, 6)
        return f"{_co(a_, True)}x", a_ * x
    if kind == 1:
        a_ = rng.choice([-24, -18, -12, -6, 6, 8, 12, 18, 24, 36])
        return f"[{a_}|x]".replace("[-", "-["), sp.Rational(a_) / x
    a_, b_ = _nz(rng, -5, 5), _nz(rng, -9, 9)
    return _lin(a_, b_), a_ * x + b_


@family("9수02-14", "function-value")
def _f14_value(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mini, expr = _fx_def(rng)
    fn = rng.choice(["f", "g"])
    pts = [v for v in (-6, -4, -3, -2, -1, 1, 2, 3, 4, 6) if (expr.subs(x, v)).is_integer]
    p1, p2 = rng.sample(pts, 2)
    form = rng.randrange(3)
    if form == 0:
        val = expr.subs(x, p1)
        text = rng.choice([f"함수 {_r(f'{fn}(x) = {mini}', st)}에 대하여 {_r(f'{fn}({p1})', st)}의 값을 {_end(rng)}",
                           f"함수 {_r(f'y = {mini}', st)}에서 x = {p1}일 때의 함숫값을 {_end(rng)}"])
    elif form == 1:
        val = expr.subs(x, p1) + expr.subs(x, p2)
        text = f"함수 {_r(f'{fn}(x) = {mini}', st)}에 대하여 {_r(f'{fn}({p1}) + {fn}({p2})', st)}의 값을 {_end(rng)}"
    else:
        val = expr.subs(x, p1) - 2 * expr.subs(x, p2)
        text = f"{_r(f'{fn}(x) = {mini}', st)}일 때, {_r(f'{fn}({p1}) - 2{fn}({p2})', st)}의 값은?"
    return Problem(text=text, answer=str(val), format="computation", difficulty=1 if form == 0 else 2,
                   achievement_level="E" if form == 0 else "D", concepts=["함수", "함숫값"],
                   check=lambda: _P(mini).subs(x, p1) == expr.subs(x, p1))


@family("9수02-14", "coefficient-from-value")
def _f14_coef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fn = rng.choice(["f", "g", "h"])
    a_ = _nz(rng, -6, 6)
    inv = rng.random() < 0.4
    p1 = _nz(rng, -4, 4)
    p2 = _nz(rng, -6, 6, exclude=(0, p1))
    if inv:
        A = a_ * p1
        v1, v2 = Fraction(A, p1), Fraction(A, p2)
        defn = f"{fn}(x) = [a|x]"
    else:
        v1, v2 = a_ * p1, a_ * p2
        defn = f"{fn}(x) = ax"
    text = rng.choice([f"함수 {_r(defn, st)}에 대하여 {_r(f'{fn}({p1}) = {_q(v1)}', st)}일 때, {_r(f'{fn}({p2})', st)}의 값을 {_end(rng)} (단, a는 상수)",
                       f"함수 {_r(defn, st)}에서 {_r(f'{fn}({p1}) = {_q(v1)}', st)}이다. 상수 a의 값과 {_r(f'{fn}({p2})', st)}의 값을 차례로 {_end(rng)}"])
    a_val = A if inv else a_
    ans = f"{_q(v2)}" if "(단, a는 상수)" in text else f"a = {a_val}, {fn}({p2}) = {_q(v2)}"
    asym = sp.Symbol("a")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["함수", "함숫값"],
                   check=lambda: sp.solve((asym / p1 if inv else asym * p1) - sp.Rational(v1.numerator, v1.denominator), asym) == [a_val])


@family("9수02-14", "table-of-values")
def _f14_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mini, expr = _fx_def(rng)
    xs = [v for v in (-3, -2, -1, 1, 2, 3, 4, 6) if expr.subs(x, v).is_integer]
    xs = sorted(rng.sample(xs, min(5, len(xs))))
    ys = [expr.subs(x, v) for v in xs]
    blank = sorted(rng.sample(range(len(xs)), 2))
    row = " | ".join("□" if i in blank else str(v) for i, v in enumerate(ys))
    text = (f"함수 {_r(f'y = {mini}', st)}에 대하여 다음 표를 완성하시오.\n| x | {' | '.join(map(str, xs))} |\n| y | {row} |")
    ans = ", ".join(str(ys[i]) for i in blank)
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="E", concepts=["함수", "함숫값"],
                   check=lambda: all(_P(mini).subs(x, xs[i]) == ys[i] for i in blank))


@family("9수02-14", "function-defined-in-words")
def _f14_words(rng: random.Random) -> Problem:
    kind = rng.choice(["약수의 개수", "나머지", "소인수의 개수", "일의 자리"])
    m = rng.choice([3, 4, 5, 7])
    fn = rng.choice(["f", "g"])
    def F(n: int) -> int:
        if kind == "약수의 개수":
            return len(sp.divisors(n))
        if kind == "나머지":
            return n % m
        if kind == "소인수의 개수":
            return len(sp.primefactors(n))
        return n % 10
    desc = {"약수의 개수": "자연수 x의 약수의 개수", "나머지": f"자연수 x를 {josa(str(m), '으로/로')} 나눈 나머지",
            "소인수의 개수": "자연수 x의 서로 다른 소인수의 개수", "일의 자리": "자연수 x를 제곱한 수의 일의 자리의 숫자"}[kind]
    if kind == "일의 자리":
        def F(n: int) -> int:
            return (n * n) % 10
    a1, a2 = rng.sample(range(6, 60), 2)
    val = F(a1) + F(a2)
    text = rng.choice([f"함수 {fn}(x)를 '{desc}'로 정의할 때, {fn}({a1}) + {fn}({a2})의 값을 {_end(rng)}",
                       f"{desc}를 y라 하면 y는 x의 함수이다. 이 함수를 y = {fn}(x)라 할 때, {fn}({a1}) + {fn}({a2})의 값은?"])
    brute = {"약수의 개수": lambda n: sum(1 for d in range(1, n + 1) if n % d == 0), "나머지": lambda n: n - m * (n // m),
             "소인수의 개수": lambda n: sum(1 for p in range(2, n + 1) if n % p == 0 and sp.isprime(p)),
             "일의 자리": lambda n: int(str(n * n)[-1])}[kind]
    return Problem(text=text, answer=str(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["함수", "함숫값"], check=lambda: brute(a1) + brute(a2) == val)


@family("9수02-14", "inverse-lookup")
def _f14_inverse(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = _nz(rng, -5, 5), rng.randint(-9, 9)
    k = rng.randint(-6, 6)
    v = a_ * k + b_
    fn = rng.choice(["f", "g"])
    mini = _lin(a_, b_)
    text = rng.choice([f"함수 {_r(f'{fn}(x) = {mini}', st)}에 대하여 {_r(f'{fn}(m) = {v}', st)}일 때, m의 값을 {_end(rng)}",
                       f"함수 {_r(f'y = {mini}', st)}에서 함숫값이 {v}가 되는 x의 값을 {_end(rng)}".replace(f"{v}가", josa(str(v), "이/가"))])
    m_ = sp.Symbol("m")
    return Problem(text=text, answer=str(k), format="computation", difficulty=2, achievement_level="D",
                   concepts=["함수", "함숫값"], check=lambda: sp.solve(_P(mini).subs(x, m_) - v, m_) == [k])


@family("9수02-14", "context-function-value")
def _f14_context(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        L = rng.choice([20, 30, 40])
        r_ = rng.choice([2, 3, 4])
        t = rng.randint(1, L // r_ - 1)
        text = (f"길이가 {L} cm인 양초에 불을 붙이면 1분에 {r_} cm씩 짧아진다. 불을 붙인 지 x분 후 남은 양초의 길이를 y cm라 할 때, "
                f"y를 x에 대한 식으로 나타내고, x = {t}일 때의 함숫값을 {_end(rng)}")
        ans = f"y = {L} - {r_}x, {L - r_ * t}"
        chk = lambda: sp.Integer(L) - r_ * t == L - r_ * t and L - r_ * t > 0  # noqa: E731
    elif kind == 1:
        total = rng.choice([120, 180, 240, 360])
        n = rng.choice([d for d in sp.divisors(total) if 2 <= d <= 20])
        text = (f"{total} km의 거리를 시속 x km로 달릴 때 걸리는 시간을 y시간이라 하자. y를 x에 대한 식으로 나타내고, "
                f"시속 {total // n} km로 달릴 때 걸리는 시간을 {_end(rng)}")
        ans = f"y = {total}/x, {n}시간"
        chk = lambda: sp.Rational(total, total // n) == n  # noqa: E731
    else:
        base, per = rng.choice([(3000, 200), (4800, 150), (1000, 100)])
        k = rng.randint(2, 12)
        text = (f"어느 택배 회사는 기본요금 {base:,}원에 무게 1 kg마다 {per}원씩 더 받는다. 무게가 x kg인 물건의 택배 요금을 y원이라 할 때, "
                f"y는 x의 함수인지 말하고, {k} kg인 물건의 요금을 {_end(rng)}")
        ans = f"함수이다, {base + per * k:,}원"
        chk = lambda: base + per * k == sp.Integer(base) + per * k  # noqa: E731
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C", concepts=["함수", "함숫값", "변수"],
                   check=chk)


@family("9수02-14", "table-judge-function")
def _f14_judge(rng: random.Random) -> Problem:
    xs = list(range(1, 6))
    is_fn = rng.random() < 0.5
    rel = rng.choice(["약수", "배수" if False else "약수의 개수"]) if is_fn else "약수"
    if is_fn:
        rel = rng.choice(["약수의 개수", "x보다 작은 소수의 개수"])
        ys = [[len(sp.divisors(v))] if rel == "약수의 개수" else [sum(1 for p in range(2, v) if sp.isprime(p))] for v in xs]
    else:
        ys = [list(sp.divisors(v)) for v in xs]
    cells = " | ".join(", ".join(map(str, yy)) for yy in ys)
    desc = "자연수 x의 약수 y" if not is_fn else ("자연수 x의 약수의 개수 y" if rel == "약수의 개수" else "자연수 x보다 작은 소수의 개수 y")
    text = (f"다음은 {desc}에 대하여 x의 값에 따라 정해지는 y의 값을 나타낸 표이다. y가 x의 함수인지 판단하고, 그 이유를 설명하시오.\n"
            f"| x | {' | '.join(map(str, xs))} |\n| y | {cells} |")
    ans = "함수이다 (x의 값 하나에 y의 값이 오직 하나씩 대응)" if is_fn else "함수가 아니다 (x = 2일 때 y의 값이 1, 2로 두 개)"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["함수", "변수"],
                   check=lambda: all(len(yy) == 1 for yy in ys) == is_fn)


# ================================================================================================
# 9수02-15 일차함수와 그 그래프
# ================================================================================================
def _line(a_: int | Fraction, b_: int | Fraction) -> str:
    return f"y = {_lin(a_, b_)}"


@family("9수02-15", "which-is-linear-mcq")
def _f15_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_, c_ = _nz(rng, -5, 5), _nz(rng, -6, 6), _nz(rng, 2, 5)
    yes = [f"y = {_lin(a_, b_)}", f"y = [x|{c_}] - {abs(b_)}", f"x + y = {abs(b_)}", f"y = x(x + {c_}) - x^2",
           f"y = {c_}(x - 1) + x", f"y = -[{c_}|{c_ + 1}]x"]
    no = [f"y = [{c_}|x]", f"y = x^2 + {abs(b_)}", f"y = {b_}", f"y = {c_}(x + 1) - {c_}x", f"y = x(x - {c_})",
          f"xy = {abs(b_) + 1}", f"y = [1|x] + {c_}"]
    ask_yes = rng.random() < 0.6
    if ask_yes:
        right, wrong = rng.choice(yes), rng.sample(no, 4)
        stem = rng.choice(["다음 중 y가 x에 대한 일차함수인 것은?", "다음 중 일차함수인 것은?"])
    else:
        right, wrong = rng.choice(no), rng.sample(yes, 4)
        stem = rng.choice(["다음 중 y가 x에 대한 일차함수가 아닌 것은?", "다음 중 일차함수가 아닌 것을 고르면?"])

    def is_linear(eq: str) -> bool:
        lhs, rhs = eq.split("=")
        sol = sp.solve(_P(lhs) - _P(rhs), y)
        if len(sol) != 1:
            return False
        e = sp.expand(sol[0])
        return e.is_polynomial(x) and sp.degree(e, x) == 1

    ch = choices(rng, _r(right, st), [_r(w, st) for w in wrong])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["일차함수", "함수"], choice=ch,
                   check=lambda: is_linear(right) == ask_yes and all(is_linear(w) != ask_yes for w in wrong))


@family("9수02-15", "translate-graph")
def _f15_translate(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = _nz(rng, -5, 5), _nz(rng, -7, 7)
    dirn = "양의 방향" if b_ > 0 else "음의 방향"
    form = rng.randrange(3)
    if form == 0:
        text = rng.choice([f"일차함수 {_r(f'y = {_lin(a_, 0)}', st)}의 그래프를 y축의 방향으로 {b_}만큼 평행이동한 그래프가 나타내는 일차함수의 식을 {_end(rng)}",
                           f"{_r(f'y = {_lin(a_, 0)}', st)}의 그래프를 y축 방향으로 {abs(b_)}만큼 {'위로' if b_ > 0 else '아래로'} 평행이동하면 어떤 일차함수의 그래프가 되는지 식으로 {_end(rng, '나타내')}"])
        ans, lv, df = _r(_line(a_, b_), "plain"), "D", 2
        chk = lambda: sp.expand(_P(_lin(a_, 0)) + b_ - _P(_lin(a_, b_))) == 0  # noqa: E731
    else:
        p_ = _nz(rng, -4, 4)
        q_ = a_ * p_ + b_
        text = (f"일차함수 {_r(f'y = {_lin(a_, 0)}', st)}의 그래프를 y축의 방향으로 k만큼 평행이동한 그래프가 점 {_j(_r(f'({p_}, {q_})', st), '을/를')} 지날 때, "
                f"상수 k의 값을 {_end(rng)}")
        ans, lv, df = str(b_), "C", 3
        k = sp.Symbol("k")
        chk = lambda: sp.solve(a_ * p_ + k - q_, k) == [b_]  # noqa: E731
    _ = dirn
    return Problem(text=text, answer=ans, format="computation", difficulty=df, achievement_level=lv,
                   concepts=["일차함수", "평행이동", "그래프"], check=chk)


@family("9수02-15", "intercepts")
def _f15_intercepts(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([Fraction(k) for k in (-4, -3, -2, -1, 1, 2, 3, 4)] + [Fraction(1, 2), Fraction(-1, 2), Fraction(2, 3), Fraction(-3, 4)])
    xi = _nz(rng, -6, 6)
    b_ = -a_ * xi
    if b_.denominator != 1:
        return _f15_intercepts(rng)
    form = rng.randrange(3)
    eq = _line(a_, b_)
    if form == 0:
        text = rng.choice([f"일차함수 {_r(eq, st)}의 그래프의 x절편과 y절편을 각각 {_end(rng)}",
                           f"{_r(eq, st)}의 그래프가 x축, y축과 만나는 점의 좌표를 각각 {_end(rng)}"])
        ans = f"x절편 {xi}, y절편 {b_}" if "x절편과" in text else f"({xi}, 0), (0, {b_})"
        chk = lambda: sp.solve(_P(_lin(a_, b_)), x) == [xi] and _P(_lin(a_, b_)).subs(x, 0) == b_  # noqa: E731
        fmt, lv, df = "computation", "D", 2
    elif form == 1:
        area = Fraction(abs(xi * b_), 2)
        text = f"일차함수 {_r(eq, st)}의 그래프와 x축, y축으로 둘러싸인 도형의 넓이를 {_end(rng)}"
        ans = _q(area)
        chk = lambda: sp.Rational(abs(sp.solve(_P(_lin(a_, b_)), x)[0] * _P(_lin(a_, b_)).subs(x, 0)), 2) == sp.Rational(area.numerator, area.denominator)  # noqa: E731
        fmt, lv, df = "computation", "B", 4
        if b_ == 0:
            return _f15_intercepts(rng)
    else:
        text = (f"다음은 x절편과 y절편을 이용하여 일차함수 {_r(eq, st)}의 그래프를 그리는 과정이다. (  ) 안에 알맞은 수를 써넣으시오.\n"
                f"y = 0일 때 x = (    )이므로 x절편은 (    )이고, x = 0일 때 y = (    )이므로 y절편은 (    )이다. "
                f"따라서 두 점 ((    ), 0), (0, (    ))을 지나는 직선을 긋는다.")
        ans = f"{xi}, {xi}, {b_}, {b_}, {xi}, {b_}"
        chk = lambda: _P(_lin(a_, b_)).subs(x, xi) == 0  # noqa: E731
        fmt, lv, df = "fill", "E", 2
    return Problem(text=text, answer=ans, format=fmt, difficulty=df, achievement_level=lv,
                   concepts=["일차함수", "x절편", "y절편", "그래프"], check=chk)


@family("9수02-15", "slope-from-two-points")
def _f15_slope(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x1, x2 = rng.sample(range(-5, 6), 2)
    a_ = rng.choice([Fraction(k) for k in (-3, -2, -1, 1, 2, 3)] + [Fraction(1, 2), Fraction(-2, 3), Fraction(3, 2)])
    b_ = rng.randint(-5, 5)
    y1, y2 = a_ * x1 + b_, a_ * x2 + b_
    if y1.denominator != 1 or y2.denominator != 1:
        return _f15_slope(rng)
    text = rng.choice([f"두 점 {_r(f'({x1}, {y1})', st)}, {_j(_r(f'({x2}, {y2})', st), '을/를')} 지나는 일차함수의 그래프의 기울기를 {_end(rng)}",
                       f"일차함수 y = f(x)의 그래프가 두 점 ({x1}, {y1}), {josa(f'({x2}, {y2})', '을/를')} 지날 때, 이 그래프의 기울기는?"])
    return Problem(text=text, answer=_q(a_), format="computation", difficulty=2, achievement_level="D",
                   concepts=["일차함수", "기울기"],
                   check=lambda: sp.Rational(int(y2 - y1), x2 - x1) == sp.Rational(a_.numerator, a_.denominator))


@family("9수02-15", "increase-ratio")
def _f15_increase(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([Fraction(k) for k in (-4, -3, -2, 2, 3, 5)] + [Fraction(1, 2), Fraction(-3, 2), Fraction(2, 3), Fraction(-1, 3)])
    b_ = rng.randint(-6, 6)
    dx = rng.choice([k for k in range(2, 9) if (a_ * k).denominator == 1])
    dy = a_ * dx
    form = rng.randrange(2)
    eq = _line(a_, b_)
    if form == 0:
        text = rng.choice([f"일차함수 {_r(eq, st)}에서 x의 값이 {dx}만큼 증가할 때, y의 값의 증가량을 {_end(rng)}",
                           f"{_r(eq, st)}의 그래프에서 x의 값이 {dx} 증가하면 y의 값은 얼마나 변하는지 {_end(rng)}"])
        ans = _q(dy)
        chk = lambda: _P(_lin(a_, b_)).subs(x, 1 + dx) - _P(_lin(a_, b_)).subs(x, 1) == sp.Rational(dy.numerator, dy.denominator)  # noqa: E731
    else:
        text = (f"일차함수 {_r(f'y = ax {_sgn_txt(b_)}', st)}에서 x의 값이 {dx}만큼 증가할 때 y의 값은 {_q(dy)}만큼 증가한다. "
                f"상수 a의 값을 {_end(rng)}").replace("y = ax  ", "y = ax ")
        ans = _q(a_)
        chk = lambda: sp.Rational(dy.numerator, dy.denominator) / dx == sp.Rational(a_.numerator, a_.denominator)  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["일차함수", "기울기"], check=chk)


def _sgn_txt(b_: int) -> str:
    return f"+ {b_}" if b_ > 0 else (f"- {-b_}" if b_ < 0 else "")


@family("9수02-15", "draw-from-table-task")
def _f15_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = _nz(rng, -3, 3), rng.randint(-4, 4)
    xs = [-2, -1, 0, 1, 2]
    ys = [a_ * v + b_ for v in xs]
    text = (f"일차함수 {_r(_line(a_, b_), st)}에 대하여 다음 표를 완성하고, 표의 순서쌍을 좌표평면 위에 나타낸 뒤 "
            f"그 점들을 지나는 직선을 그려 보시오. 또 이 그래프는 {_r(_line(a_, 0), st)}의 그래프를 어떻게 평행이동한 것인지 쓰시오.\n"
            f"| x | {' | '.join(map(str, xs))} |\n| y | {' | '.join('□' for _ in xs)} |")
    ans = f"y: {', '.join(map(str, ys))} / y축의 방향으로 {b_}만큼 평행이동"
    return Problem(text=text, answer=ans, format="task", difficulty=2, achievement_level="E",
                   concepts=["일차함수", "그래프", "평행이동", "순서쌍"],
                   check=lambda: all(_P(_lin(a_, b_)).subs(x, v) == w for v, w in zip(xs, ys, strict=True)))


@family("9수02-15", "context-is-linear")
def _f15_context(rng: random.Random) -> Problem:
    kind = rng.randrange(4)
    if kind == 0:
        L, r_ = rng.choice([(30, 2), (25, 1), (40, 3)])
        text = f"길이가 {L} cm인 용수철에 무게가 1 g인 추를 하나 달 때마다 {r_} cm씩 늘어난다. 무게가 x g인 추를 달았을 때 용수철의 길이를 y cm라 할 때, y를 x에 대한 식으로 나타내고 y가 x에 대한 일차함수인지 말하시오."
        a_, b_ = r_, L
    elif kind == 1:
        T, r_ = rng.choice([(20, 3), (15, 2), (25, 4)])
        text = f"기온이 {T}℃인 지면에서 높이가 1 km 높아질 때마다 기온이 {r_ * 2}℃씩 내려간다. 지면에서 x km 높이의 기온을 y℃라 할 때, y를 x에 대한 식으로 나타내고 y가 x에 대한 일차함수인지 말하시오."
        a_, b_ = -r_ * 2, T
    elif kind == 2:
        base, per = rng.choice([(10000, 500), (15000, 1000), (20000, 2000)])
        text = f"저금통에 {base:,}원이 들어 있고, 매주 {per:,}원씩 저금한다. x주 후 저금통에 들어 있는 금액을 y원이라 할 때, y를 x에 대한 식으로 나타내고 y가 x에 대한 일차함수인지 말하시오."
        a_, b_ = per, base
    else:
        s_ = rng.choice([4, 6, 8])
        text = f"한 변의 길이가 x cm인 정사각형의 넓이를 y cm²라 할 때, y를 x에 대한 식으로 나타내고 y가 x에 대한 일차함수인지 말하시오. (참고: 한 변이 {s_} cm이면 넓이는 {s_ * s_} cm²)"
        return Problem(text=text, answer="y = x², 일차함수가 아니다", format="word", difficulty=2, achievement_level="C",
                       concepts=["일차함수", "함수"], check=lambda: sp.degree(x**2, x) == 2)
    return Problem(text=text, answer=f"{_r(_line(a_, b_), 'plain')}, 일차함수이다", format="word", difficulty=2, achievement_level="C",
                   concepts=["일차함수", "함수"], check=lambda: sp.degree(_P(_lin(a_, b_)), x) == 1)


@family("9수02-15", "point-on-graph")
def _f15_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = _nz(rng, -4, 4), rng.randint(-6, 6)
    p_ = _nz(rng, -5, 5)
    q_ = a_ * p_ + b_
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([f"일차함수 {_r(_line(a_, b_), st)}의 그래프가 점 {_j(_r(f'(k, {q_})', st), '을/를')} 지날 때, k의 값을 {_end(rng)}",
                           f"점 ({p_}, m)이 일차함수 {_r(_line(a_, b_), st)}의 그래프 위에 있을 때, m의 값을 {_end(rng)}"])
        ans = str(p_) if "(k," in text else str(q_)
        chk = lambda: _P(_lin(a_, b_)).subs(x, p_) == q_  # noqa: E731
    else:
        pts = [(p_, q_)]
        while len(pts) < 5:
            c = (rng.randint(-5, 5), rng.randint(-10, 10))
            if c not in pts and a_ * c[0] + b_ != c[1]:
                pts.append(c)
        ch = choices(rng, f"({p_}, {q_})", [f"({u}, {v})" for u, v in pts[1:]])
        text = _mcq_text(f"다음 중 일차함수 {_r(_line(a_, b_), st)}의 그래프 위의 점인 것은?", ch)
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="E",
                       concepts=["일차함수", "그래프", "좌표"], choice=ch,
                       check=lambda: sum(1 for u, v in pts if a_ * u + b_ == v) == 1)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["일차함수", "그래프", "좌표"], check=chk)


# ================================================================================================
# 9수02-16 일차함수의 그래프의 성질과 활용
# ================================================================================================
def _fr(v: Fraction | int) -> sp.Rational:
    v = Fraction(v)
    return sp.Rational(v.numerator, v.denominator)


def _line_through(p1: tuple, p2: tuple) -> sp.Expr:
    a_ = sp.Symbol("a_")
    b_ = sp.Symbol("b_")
    s = sp.solve([a_ * p1[0] + b_ - p1[1], a_ * p2[0] + b_ - p2[1]], [a_, b_])
    return s[a_] * x + s[b_]


@family("9수02-16", "equation-slope-and-point")
def _f16_slope_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([Fraction(k) for k in (-4, -3, -2, -1, 1, 2, 3, 4)] + [Fraction(1, 2), Fraction(-2, 3)])
    p_ = rng.choice([k for k in range(-4, 5) if (a_ * k).denominator == 1])
    b_ = rng.randint(-6, 6)
    q_ = a_ * p_ + b_
    pt = _r(f"({p_}, {_q(q_)})", st)
    form = rng.randrange(3)
    if form == 0:
        text = f"기울기가 {_q(a_)}이고 점 {_j(pt, '을/를')} 지나는 직선을 그래프로 하는 일차함수의 식을 {_end(rng)}"
    elif form == 1:
        text = (f"일차함수 {_r(_line(a_, rng.choice([k for k in range(-5, 6) if k != b_])), st)}의 그래프와 평행하고 점 {_j(pt, '을/를')} "
                f"지나는 직선의 방정식을 {_end(rng)}")
    else:
        dx = a_.denominator * rng.choice([1, 2])
        text = f"x의 값이 {dx}만큼 증가할 때 y의 값이 {_q(a_ * dx)}만큼 증가하고, 점 {_j(pt, '을/를')} 지나는 일차함수의 그래프의 식을 {_end(rng)}"
    return Problem(text=text, answer=_r(_line(a_, b_), "plain"), format="computation", difficulty=3, achievement_level="C",
                   concepts=["일차함수", "기울기", "직선의 방정식"],
                   check=lambda: sp.expand(_fr(a_) * (x - p_) + _fr(q_) - _P(_lin(a_, b_))) == 0)


@family("9수02-16", "equation-two-points-or-intercepts")
def _f16_two_points(rng: random.Random) -> Problem:
    st = pick_style(rng)
    if rng.random() < 0.5:
        x1, x2 = rng.sample(range(-5, 6), 2)
        a_ = rng.choice([-3, -2, -1, 1, 2, 3])
        b_ = rng.randint(-6, 6)
        p1, p2 = (x1, a_ * x1 + b_), (x2, a_ * x2 + b_)
        text = rng.choice([f"두 점 {_r(f'({p1[0]}, {p1[1]})', st)}, {_j(_r(f'({p2[0]}, {p2[1]})', st), '을/를')} 지나는 일차함수의 그래프의 식을 {_end(rng)}",
                           f"일차함수 y = ax + b의 그래프가 두 점 ({p1[0]}, {p1[1]}), {josa(f'({p2[0]}, {p2[1]})', '을/를')} 지날 때, 상수 a, b에 대하여 a + b의 값을 {_end(rng)}"])
        exp = a_ * x + b_
        ans = str(a_ + b_) if "a + b" in text else "y = " + _plain(exp)
    else:
        xi, yi = _nz(rng, -6, 6), _nz(rng, -6, 6)
        p1, p2 = (xi, 0), (0, yi)
        exp = sp.Rational(-yi, xi) * x + yi
        text = f"x절편이 {xi}, y절편이 {yi}인 일차함수의 그래프의 식을 {_end(rng)}"
        ans = "y = " + _plain(exp)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["일차함수", "기울기", "x절편", "y절편"],
                   check=lambda: sp.expand(_line_through(p1, p2) - exp) == 0)


@family("9수02-16", "parallel-coincident")
def _f16_parallel(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = _nz(rng, -5, 5)
    b_ = rng.randint(-6, 6)
    form = rng.randrange(2)
    if form == 0:
        c = rng.randint(1, 4)
        # y = (k + c)x + 1 parallel to y = a x + b → k = a - c
        k_val = a_ - c
        text = (f"두 일차함수 {_r(f'y = (k + {c})x - 1', st)}, {_r(_line(a_, b_ if b_ != -1 else 2), st)}의 그래프가 서로 평행할 때, 상수 k의 값을 {_end(rng)}")
        ans = str(k_val)
        k = sp.Symbol("k")
        chk = lambda: sp.solve(k + c - a_, k) == [k_val]  # noqa: E731
        fmt = "computation"
    else:
        m_, n_ = _nz(rng, -4, 4), rng.randint(-5, 5)
        text = (f"두 일차함수 {_r('y = ax + 3', st)}, {_r(f'y = {_lin(m_, 0)} - b', st)}의 그래프가 일치할 때, 상수 a, b의 값을 각각 {_end(rng)}")
        ans = f"a = {m_}, b = -3"
        chk = lambda: sp.solve([sp.Symbol("a") - m_, 3 + sp.Symbol("b")], [sp.Symbol("a"), sp.Symbol("b")]) == {sp.Symbol("a"): m_, sp.Symbol("b"): -3}  # noqa: E731
        fmt = "computation"
        _ = n_
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="C",
                   concepts=["일차함수", "기울기", "그래프"], check=chk)


def _quadrants(a_: Fraction, b_: Fraction) -> set[int]:
    qs = set()
    for xv in (Fraction(-1000), Fraction(-1, 1000), Fraction(1, 1000), Fraction(1000)):
        yv = a_ * xv + b_
        if yv == 0:
            continue
        qs.add({(True, True): 1, (False, True): 2, (False, False): 3, (True, False): 4}[(xv > 0, yv > 0)])
    if b_ != 0:
        # near the y-axis on the other side of the x-intercept
        xi = -b_ / a_
        for xv in (xi - Fraction(1, 1000), xi + Fraction(1, 1000)):
            yv = a_ * xv + b_
            if xv != 0 and yv != 0:
                qs.add({(True, True): 1, (False, True): 2, (False, False): 3, (True, False): 4}[(xv > 0, yv > 0)])
    return qs


@family("9수02-16", "signs-and-quadrants")
def _f16_quadrants(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sa, sb = rng.choice([1, -1]), rng.choice([1, -1])
    qs = _quadrants(Fraction(sa * 2), Fraction(sb * 3))
    miss = ({1, 2, 3, 4} - qs).pop()
    ko = {1: "제1사분면", 2: "제2사분면", 3: "제3사분면", 4: "제4사분면"}
    form = rng.randrange(3)
    if form == 0:
        cond = _r(f"a {'>' if sa > 0 else '<'} 0, b {'>' if sb > 0 else '<'} 0", st)
        text = f"{cond}일 때, 일차함수 {_r('y = ax + b', st)}의 그래프가 지나지 않는 사분면을 {_end(rng)}"
        ans, lv = ko[miss], "C"
    elif form == 1:
        a_, b_ = _nz(rng, -4, 4), _nz(rng, -6, 6)
        qs2 = _quadrants(Fraction(a_), Fraction(b_))
        miss = ({1, 2, 3, 4} - qs2).pop()
        text = rng.choice([f"일차함수 {_r(_line(a_, b_), st)}의 그래프가 지나지 않는 사분면은?",
                           f"일차함수 {_r(_line(a_, b_), st)}의 그래프를 그렸을 때, 그래프가 지나지 않는 사분면을 {_end(rng, '쓰')}"])
        ans, lv = ko[miss], "D"
        sa, sb = (1 if a_ > 0 else -1), (1 if b_ > 0 else -1)
    else:
        passes = ", ".join(ko[q] for q in sorted(qs))
        text = f"일차함수 {_r('y = ax + b', st)}의 그래프가 {passes}을 지날 때, 상수 a, b의 부호를 각각 {_end(rng)}".replace("분면을 지날", "분면을 지날")
        ans, lv = f"a {'>' if sa > 0 else '<'} 0, b {'>' if sb > 0 else '<'} 0", "B"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level=lv,
                   concepts=["일차함수", "기울기", "y절편", "사분면"],
                   check=lambda: ({1, 2, 3, 4} - _quadrants(Fraction(sa), Fraction(sb))) == {miss})


@family("9수02-16", "graph-properties-mcq")
def _f16_props(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = _nz(rng, -4, 4), _nz(rng, -6, 6)
    xi = Fraction(-b_, a_)
    qs = _quadrants(Fraction(a_), Fraction(b_))
    miss = ({1, 2, 3, 4} - qs).pop()
    other = _nz(rng, -4, 4, exclude=(0, a_))
    true = [f"기울기는 {a_}이다.", f"y절편은 {b_}이다.", f"x절편은 {_q(xi)}이다.",
            f"x의 값이 증가하면 y의 값은 {'증가' if a_ > 0 else '감소'}한다.", f"제{miss}사분면을 지나지 않는다.",
            f"{_r(_line(a_, 0), st)}의 그래프를 y축의 방향으로 {b_}만큼 평행이동한 것이다.",
            f"오른쪽 {'위' if a_ > 0 else '아래'}로 향하는 직선이다."]
    false = [f"기울기는 {b_}이다." if b_ != a_ else f"기울기는 {-a_}이다.", f"y절편은 {_q(xi)}이다." if xi != b_ else f"y절편은 {-b_}이다.",
             f"x의 값이 증가하면 y의 값은 {'감소' if a_ > 0 else '증가'}한다.", f"제{miss}사분면을 지난다.",
             f"{_r(_line(other, b_), st)}의 그래프와 평행하다.", f"점 (1, {a_ + b_ + 1})을 지난다.".replace(f"{a_ + b_ + 1})을", josa(f"{a_ + b_ + 1})", "을/를")),
             f"오른쪽 {'아래' if a_ > 0 else '위'}로 향하는 직선이다."]
    ask_false = rng.random() < 0.6
    if ask_false:
        right, wrong = rng.choice(false), rng.sample(true, 4)
        stem = f"일차함수 {_r(_line(a_, b_), st)}의 그래프에 대한 설명으로 옳지 않은 것은?"
    else:
        right, wrong = rng.choice(true), rng.sample(false, 4)
        stem = f"일차함수 {_r(_line(a_, b_), st)}의 그래프에 대한 설명으로 옳은 것은?"
    ch = choices(rng, right, wrong)
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["일차함수", "기울기", "x절편", "y절편", "평행이동"], choice=ch,
                   check=lambda: (right in true) != ask_false and len(set(true) & set(false)) == 0)


@family("9수02-16", "applied-linear-model")
def _f16_applied(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        L0, r_ = rng.choice([(24, 2), (30, 3), (20, 1), (36, 4)])
        t1, t2 = rng.sample(range(1, L0 // r_), 2)
        t1, t2 = sorted((t1, t2))
        target = rng.randint(1, L0 // r_ - 1)
        text = (f"불을 붙인 양초의 길이가 일정하게 줄어든다. 불을 붙인 지 {t1}분 후의 길이는 {L0 - r_ * t1} cm, {t2}분 후의 길이는 "
                f"{L0 - r_ * t2} cm였다. 불을 붙인 지 x분 후의 양초의 길이를 y cm라 할 때, y를 x에 대한 식으로 나타내고 {target}분 후의 양초의 길이를 {_end(rng)}")
        ans = f"y = {L0} - {r_}x" if r_ != 1 else f"y = {L0} - x"
        ans += f", {L0 - r_ * target} cm"
        exp, p1, p2 = L0 - r_ * x, (t1, L0 - r_ * t1), (t2, L0 - r_ * t2)
    elif kind == 1:
        T0, d = rng.choice([(15, 6), (20, 6), (24, 5)])
        h = rng.choice([1, 2, 3])
        text = (f"지면의 기온은 {T0}℃이고, 지면에서 1 km 높아질 때마다 기온이 {d}℃씩 일정하게 내려간다. 지면으로부터 높이가 x km인 곳의 기온을 y℃라 할 때, "
                f"y를 x에 대한 식으로 나타내고, 기온이 {T0 - d * h}℃인 곳의 높이를 {_end(rng)}")
        ans = f"y = {T0} - {d}x, {h} km"
        exp, p1, p2 = T0 - d * x, (0, T0), (1, T0 - d)
    else:
        base, per = rng.choice([(200, 15), (300, 20), (150, 25)])
        m_ = rng.randint(4, 12)
        text = (f"물이 {base} L 들어 있는 물탱크에 1분마다 {per} L씩 물을 더 넣는다. x분 후 물탱크의 물의 양을 y L라 할 때, "
                f"y를 x에 대한 식으로 나타내고, 물의 양이 {base + per * m_} L가 되는 것은 몇 분 후인지 {_end(rng)}")
        ans = f"y = {per}x + {base}, {m_}분 후"
        exp, p1, p2 = per * x + base, (0, base), (1, base + per)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["일차함수", "기울기", "y절편"], check=lambda: sp.expand(_line_through(p1, p2) - exp) == 0)


@family("9수02-16", "collinear-points")
def _f16_collinear(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = _nz(rng, -3, 3), rng.randint(-5, 5)
    x1, x2, x3 = rng.sample(range(-4, 6), 3)
    k_val = a_ * x3 + b_
    pts = f"{_r(f'({x1}, {a_ * x1 + b_})', st)}, {_r(f'({x2}, {a_ * x2 + b_})', st)}, {_r(f'({x3}, k)', st)}"
    text = rng.choice([f"세 점 {pts}가 한 직선 위에 있을 때, k의 값을 {_end(rng)}",
                       f"세 점 {pts}를 모두 지나는 직선이 있다. 이때 k의 값은?"])
    k = sp.Symbol("k")
    return Problem(text=text, answer=str(k_val), format="computation", difficulty=3, achievement_level="B",
                   concepts=["일차함수", "기울기"],
                   check=lambda: sp.solve(sp.Rational(a_ * x2 - a_ * x1, x2 - x1) - (k - (a_ * x1 + b_)) / (x3 - x1), k) == [k_val])


@family("9수02-16", "slope-sign-from-description")
def _f16_sign(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = _nz(rng, -5, 5), _nz(rng, -6, 6)
    desc_dir = "오른쪽 위로 향하는" if a_ > 0 else "오른쪽 아래로 향하는"
    cands = [(_nz(rng, -5, 5), _nz(rng, -6, 6)) for _ in range(12)]
    form = rng.randrange(2)
    if form == 0:
        ups = [c for c in cands if (c[0] > 0) == (a_ > 0)]
        downs = [c for c in cands if (c[0] > 0) != (a_ > 0)]
        if len(downs) < 4:
            return _f16_sign(rng)
        stem = f"다음 일차함수 중 그 그래프가 {desc_dir} 직선인 것은?"
        rs = _r(_line(a_, b_), st)
        wr = list(dict.fromkeys(_r(_line(c[0], c[1]), st) for c in downs))
        if len(wr) < 4:
            return _f16_sign(rng)
        ch = choices(rng, rs, wr)
        _ = ups
        return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="E",
                       concepts=["일차함수", "기울기"], choice=ch, check=lambda: all((c[0] > 0) != (a_ > 0) for c in downs))
    text = (f"일차함수 {_r(_line(a_, b_), st)}의 그래프에서 x의 값이 증가할 때 y의 값은 증가하는지 감소하는지 말하고, "
            f"그래프가 {desc_dir.replace('향하는', '향하는지')} 기울기의 부호를 이용하여 설명하시오.".replace("향하는지", "향하는 직선인 이유를"))
    return Problem(text=text, answer=("증가한다 (기울기 > 0)" if a_ > 0 else "감소한다 (기울기 < 0)"), format="proof", difficulty=2,
                   achievement_level="D", concepts=["일차함수", "기울기"], check=lambda: (a_ > 0) == ("위" in desc_dir))


# ================================================================================================
# 9수02-17 일차함수와 미지수가 2개인 일차방정식
# ================================================================================================
def _eq0(p: int, q: int, c: int) -> str:
    """``p x + q y + c = 0`` in mini notation."""
    s = _lx(p, q)
    if c:
        s += f" + {c}" if c > 0 else f" - {-c}"
    return f"{s} = 0"


def _y_of(p: int, q: int, c: int) -> sp.Expr:
    return sp.solve(p * x + q * y + c, y)[0]


@family("9수02-17", "equation-to-function-form")
def _f17_convert(rng: random.Random) -> Problem:
    st = pick_style(rng)
    q = _nz(rng, -4, 4)
    m_ = _nz(rng, -3, 3)
    n_ = _nz(rng, -4, 4)
    p, c = -m_ * q, -n_ * q
    eq = _eq0(p, q, c) if rng.random() < 0.6 else f"{_lx(p, q)} = {-c}"
    form = rng.randrange(3)
    if form == 0:
        text = rng.choice([f"일차방정식 {_r(eq, st)}를 y = ax + b 꼴로 나타내시오.".replace(f"{_r(eq, st)}를", _j(_r(eq, st), "을/를")),
                           f"일차방정식 {_r(eq, st)}의 그래프와 같은 일차함수의 식을 {_end(rng)}"])
        ans, lv = f"y = {_lin(m_, n_)}", "E"
    elif form == 1:
        text = f"일차방정식 {_r(eq, st)}의 그래프의 기울기와 y절편을 각각 {_end(rng)}"
        ans, lv = f"기울기 {m_}, y절편 {n_}", "D"
    else:
        text = f"일차방정식 {_r(eq, st)}의 그래프의 x절편, y절편, 기울기를 차례로 구하고, 이를 이용하여 그래프를 그리시오."
        ans, lv = f"x절편 {_q(Fraction(-n_, m_))}, y절편 {n_}, 기울기 {m_}", "C"
    lhs, rhs = eq.split("=")
    return Problem(text=text, answer=ans, format="task" if form == 2 else "computation", difficulty=2, achievement_level=lv,
                   concepts=["일차방정식", "일차함수", "기울기", "y절편"],
                   check=lambda: sp.expand(sp.solve(_P(lhs) - _P(rhs), y)[0] - (m_ * x + n_)) == 0)


@family("9수02-17", "point-on-equation-graph")
def _f17_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = _nz(rng, -5, 5), _nz(rng, -5, 5)
    px, py = _nz(rng, -4, 4), _nz(rng, -4, 4)
    c = -(p * px + q * py)
    if rng.random() < 0.5:
        eq = f"ax{_co(q, False)}y{' + ' + str(c) if c > 0 else (' - ' + str(-c) if c < 0 else '')} = 0"
        text = f"일차방정식 {_r(eq, st)}의 그래프가 점 {_j(_r(f'({px}, {py})', st), '을/를')} 지날 때, 상수 a의 값을 {_end(rng)}"
        ans = str(p)
        asym = sp.Symbol("a")
        chk = lambda: sp.solve(asym * px + q * py + c, asym) == [p]  # noqa: E731
    else:
        eq = _eq0(p, q, c)
        text = f"일차방정식 {_r(eq, st)}의 그래프가 점 {_j(_r(f'({px}, k)', st), '을/를')} 지날 때, k의 값을 {_end(rng)}"
        ans = str(py)
        k = sp.Symbol("k")
        chk = lambda: sp.solve(p * px + q * k + c, k) == [py]  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["일차방정식", "그래프", "해"], check=chk)


@family("9수02-17", "axis-parallel-lines")
def _f17_axis(rng: random.Random) -> Problem:
    st = pick_style(rng)
    px, py = _nz(rng, -6, 6), _nz(rng, -6, 6)
    form = rng.randrange(3)
    if form == 0:
        axis = rng.choice(["x축", "y축"])
        text = rng.choice([f"점 {_j(_r(f'({px}, {py})', st), '을/를')} 지나고 {axis}에 평행한 직선의 방정식을 {_end(rng)}",
                           f"점 ({px}, {py})를 지나고 {'y축' if axis == 'x축' else 'x축'}에 수직인 직선의 방정식을 {_end(rng)}".replace(f"({px}, {py})를", josa(f"({px}, {py})", "을/를"))])
        ans = f"y = {py}" if axis == "x축" else f"x = {px}"
        chk = lambda: True  # noqa: E731
        lv, fmt = "D", "computation"
    elif form == 1:
        a_, b_ = _nz(rng, -5, 5), _nz(rng, -5, 5)
        text = f"네 직선 {_r(f'x = {a_}', st)}, {_r('x = 0', st)}, {_r(f'y = {b_}', st)}, {_r('y = 0', st)}으로 둘러싸인 도형의 넓이를 {_end(rng)}"
        ans = str(abs(a_ * b_))
        chk = lambda: sp.Abs(sp.Integer(a_)) * sp.Abs(sp.Integer(b_)) == abs(a_ * b_)  # noqa: E731
        lv, fmt = "C", "computation"
    else:
        k = rng.randint(2, 6)
        x1, x2 = rng.sample(range(-5, 6), 2)
        text = (f"두 점 {_r(f'({x1}, {k})', st)}, {_j(_r(f'({x2}, {k})', st), '을/를')} 지나는 직선의 방정식을 구하고, 이 직선이 "
                f"y를 x에 대한 일차함수로 나타낸 것인지 말하시오.")
        ans = f"y = {k}, 일차함수가 아니다"
        chk = lambda: x1 != x2  # noqa: E731
        lv, fmt = "B", "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level=lv,
                   concepts=["일차방정식", "직선의 방정식", "좌표축"], check=chk)


@family("9수02-17", "natural-solutions-as-points")
def _f17_natural(rng: random.Random) -> Problem:
    p, q = rng.randint(1, 4), rng.randint(1, 4)
    n = rng.randint(8, 20)
    sols = [(a_, b_) for a_ in range(1, n) for b_ in range(1, n) if p * a_ + q * b_ == n]
    if not sols:
        return _f17_natural(rng)
    st = pick_style(rng)
    eq = f"{_lx(p, q)} = {n}"
    form = rng.randrange(2)
    if form == 0:
        text = (f"x, y가 자연수일 때, 일차방정식 {_r(eq, st)}의 해를 순서쌍 (x, y)로 모두 나타내고, 이 순서쌍을 좌표로 하는 점을 좌표평면 위에 나타내시오.")
        ans = ", ".join(f"({u}, {v})" for u, v in sols)
        fmt = "task"
    else:
        text = f"x, y가 자연수일 때, 일차방정식 {_r(eq, st)}의 그래프 위의 점 중 x좌표와 y좌표가 모두 자연수인 점의 개수를 {_end(rng)}"
        ans = f"{len(sols)}개"
        fmt = "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="C",
                   concepts=["일차방정식", "해", "순서쌍", "좌표평면"],
                   check=lambda: all((n - p * u) % q == 0 and (n - p * u) // q == v for u, v in sols))


@family("9수02-17", "equation-graph-properties-mcq")
def _f17_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    q = _nz(rng, -3, 3)
    m_ = _nz(rng, -3, 3)
    n_ = _nz(rng, -4, 4)
    p, c = -m_ * q, -n_ * q
    eq = _eq0(p, q, c)
    xi = Fraction(-n_, m_)
    true = [f"기울기는 {m_}이다.", f"y절편은 {n_}이다.", f"x절편은 {_q(xi)}이다.", f"일차함수 {_r(_line(m_, n_), st)}의 그래프와 같다.",
            f"x의 값이 1만큼 증가하면 y의 값은 {abs(m_)}만큼 {'증가' if m_ > 0 else '감소'}한다."]
    false = [f"기울기는 {-m_}이다.", f"y절편은 {-n_}이다.", f"x절편은 {_q(-xi)}이다." if xi != 0 else "x절편은 1이다.",
             f"일차함수 {_r(_line(-m_, n_), st)}의 그래프와 같다.", f"점 {_j(_r(f'(0, {n_ + 1})', st), '을/를')} 지난다.",
             f"x의 값이 1만큼 증가하면 y의 값은 {abs(m_)}만큼 {'감소' if m_ > 0 else '증가'}한다."]
    ask_false = rng.random() < 0.5
    if ask_false:
        right, wrong = rng.choice(false), rng.sample(true, 4)
        stem = f"일차방정식 {_r(eq, st)}의 그래프에 대한 설명으로 옳지 않은 것은?"
    else:
        right, wrong = rng.choice(true), rng.sample(false, 4)
        stem = f"일차방정식 {_r(eq, st)}의 그래프에 대한 설명으로 옳은 것은?"
    ch = choices(rng, right, wrong)
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["일차방정식", "일차함수", "기울기"], choice=ch,
                   check=lambda: sp.expand(_y_of(p, q, c) - (m_ * x + n_)) == 0 and (right in true) != ask_false)


@family("9수02-17", "coefficients-from-intercepts")
def _f17_coef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xi, yi = _nz(rng, -6, 6), _nz(rng, -6, 6)
    c = rng.choice([k for k in (6, 12, -6, -12, 4, -4) if k % xi == 0 and k % yi == 0] or [xi * yi])
    # ax + by + c = 0 with x-intercept xi → a = -c/xi ; y-intercept yi → b = -c/yi
    a_, b_ = Fraction(-c, xi), Fraction(-c, yi)
    if a_.denominator != 1 or b_.denominator != 1:
        return _f17_coef(rng)
    cst = f" + {c}" if c > 0 else f" - {-c}"
    text = rng.choice([f"일차방정식 {_r(f'ax + by{cst} = 0', st)}의 그래프의 x절편이 {xi}, y절편이 {yi}일 때, 상수 a, b의 값을 각각 {_end(rng)}",
                       f"일차방정식 {_r(f'ax + by{cst} = 0', st)}의 그래프가 두 점 ({xi}, 0), (0, {yi})를 지날 때, a + b의 값을 {_end(rng)} (단, a, b는 상수)".replace(f"(0, {yi})를", josa(f"(0, {yi})", "을/를"))])
    ans = f"a = {a_}, b = {b_}" if "각각" in text else str(a_ + b_)
    A, B = sp.symbols("A B")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="B",
                   concepts=["일차방정식", "x절편", "y절편"],
                   check=lambda: sp.solve([A * xi + c, B * yi + c], [A, B]) == {A: int(a_), B: int(b_)})


@family("9수02-17", "signs-from-equation-coefficients")
def _f17_signs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sa, sb, sc = (rng.choice([1, -1]) for _ in range(3))
    # y = -(a/b)x - c/b
    m_sign, n_sign = -sa * sb, -sc * sb
    qs = _quadrants(Fraction(m_sign), Fraction(n_sign))
    miss = ({1, 2, 3, 4} - qs).pop()
    cond = _r(f"a {'>' if sa > 0 else '<'} 0, b {'>' if sb > 0 else '<'} 0, c {'>' if sc > 0 else '<'} 0", st)
    text = rng.choice([f"{cond}일 때, 일차방정식 {_r('ax + by + c = 0', st)}의 그래프가 지나지 않는 사분면을 {_end(rng)}",
                       f"세 상수 a, b, c에 대하여 {cond}이다. 일차방정식 {_r('ax + by + c = 0', st)}의 그래프의 기울기와 y절편의 부호를 조사하여 그래프가 지나지 않는 사분면을 {_end(rng)}"])
    return Problem(text=text, answer=f"제{miss}사분면", format="computation", difficulty=4, achievement_level="A",
                   concepts=["일차방정식", "일차함수", "기울기", "y절편"],
                   check=lambda: miss not in _quadrants(Fraction(-sa * 2, sb * 3), Fraction(-sc * 5, sb * 3)))


@family("9수02-17", "explain-solutions-line")
def _f17_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.randint(1, 3), _nz(rng, -3, 3)
    c = rng.randint(-6, 6)
    eq = f"{_lx(p, q)} = {c}"
    xs = [-2, -1, 0, 1, 2]
    ys = [Fraction(c - p * v, q) for v in xs]
    who = name(rng)
    text = (f"{josa(who, '은/는')} x, y의 값의 범위가 수 전체일 때 일차방정식 {_r(eq, st)}의 해를 좌표평면 위에 나타내면 직선이 된다고 말했다. "
            f"x = {', '.join(map(str, xs))}일 때의 y의 값을 구하여 표로 나타내고, 이 방정식의 그래프가 어떤 일차함수의 그래프와 같은지 설명하시오.")
    return Problem(text=text, answer=f"y: {', '.join(_q(v) for v in ys)} / y = {_lin(Fraction(-p, q), Fraction(c, q))}", format="proof",
                   difficulty=3, achievement_level="A", concepts=["일차방정식", "일차함수", "해", "그래프"],
                   check=lambda: all(p * v + q * _fr(w) == c for v, w in zip(xs, ys, strict=True)))


# ================================================================================================
# 9수02-18 두 일차함수의 그래프와 연립일차방정식
# ================================================================================================
@family("9수02-18", "intersection-point")
def _f18_intersection(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sx, sy = rng.randint(-5, 5), rng.randint(-5, 5)
    e1, e2 = _rand_system(rng, sx, sy)
    if rng.random() < 0.5:
        text = rng.choice([f"두 일차방정식 {_r(e1, st)}, {_r(e2, st)}의 그래프의 교점의 좌표를 {_end(rng)}",
                           f"좌표평면 위에서 두 직선 {_r(e1, st)}, {_j(_r(e2, st), '이/가')} 만나는 점의 좌표를 {_end(rng)}"])
    else:
        m1, m2 = rng.sample([-3, -2, -1, 1, 2, 3], 2)
        e1, e2 = f"y = {_lin(m1, sy - m1 * sx)}", f"y = {_lin(m2, sy - m2 * sx)}"
        text = f"두 일차함수 {_r(e1, st)}, {_r(e2, st)}의 그래프의 교점의 좌표를 {_end(rng)}"
    return Problem(text=text, answer=f"({sx}, {sy})", format="computation", difficulty=2, achievement_level="C",
                   concepts=["연립방정식", "그래프", "교점"], check=lambda: _sol(e1, e2) == {x: sx, y: sy})


@family("9수02-18", "coefficients-from-intersection")
def _f18_coef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sx, sy = _nz(rng, -4, 4), _nz(rng, -4, 4)
    A, B = _nz(rng, -4, 4), _nz(rng, -5, 5)
    q1, p2 = _nz(rng, -3, 3), _nz(rng, -3, 3)
    e1 = f"ax{_co(q1, False)}y = {A * sx + q1 * sy}"
    e2 = f"{_lx(p2, 0)} + by = {p2 * sx + B * sy}"
    text = (f"두 일차방정식 {_r(e1, st)}, {_r(e2, st)}의 그래프의 교점의 좌표가 {_r(f'({sx}, {sy})', st)}일 때, "
            f"상수 a, b에 대하여 {rng.choice(['a + b', 'a - b', 'ab'])}의 값을 {_end(rng)}")
    op = "a + b" if "a + b의" in text else ("a - b" if "a - b의" in text else "ab")
    val = {"a + b": A + B, "a - b": A - B, "ab": A * B}[op]
    aa, bb = sp.symbols("aa bb")
    return Problem(text=text, answer=str(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["연립방정식", "교점", "해"],
                   check=lambda: sp.solve([aa * sx + q1 * sy - (A * sx + q1 * sy), p2 * sx + bb * sy - (p2 * sx + B * sy)], [aa, bb]) == {aa: A, bb: B})


@family("9수02-18", "no-or-infinite-solutions")
def _f18_special(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q, c = _nz(rng, 1, 4), _nz(rng, -4, 4), rng.randint(1, 9)
    k = rng.choice([2, 3, -2])
    kind = rng.choice(["없", "무수히"])
    if kind == "없":
        e1 = f"{_lx(p, q)} = {c}"
        e2 = f"{_co(k * p, True)}x + ay = {k * c + 1}"
        text = rng.choice([f"연립방정식 {_sys(e1, e2, st)}의 해가 없을 때, 상수 a의 값을 {_end(rng)}",
                           f"두 일차방정식 {_r(e1, st)}, {_r(e2, st)}의 그래프가 서로 평행할 때, 상수 a의 값을 {_end(rng)}"])
        ans = str(k * q)
        chk = lambda: sp.solve([p * x + q * y - c, k * p * x + k * q * y - (k * c + 1)], [x, y]) == []  # noqa: E731
    else:
        e1 = f"{_lx(p, q)} = {c}"
        e2 = f"{_co(k * p, True)}x + ay = b"
        text = rng.choice([f"연립방정식 {_sys(e1, e2, st)}의 해가 무수히 많을 때, 상수 a, b의 값을 각각 {_end(rng)}",
                           f"두 일차방정식 {_r(e1, st)}, {_r(e2, st)}의 그래프가 일치할 때, 상수 a, b의 값을 각각 {_end(rng)}"])
        ans = f"a = {k * q}, b = {k * c}"
        chk = lambda: len(sp.solve([p * x + q * y - c, k * p * x + k * q * y - k * c], [x, y], dict=True)[0]) == 1  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="A",
                   concepts=["연립방정식", "그래프", "기울기"], check=chk)


@family("9수02-18", "number-of-solutions-mcq")
def _f18_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    systems = []
    for kind in ("one", "none", "inf"):
        for _ in range(3):
            p, q, c = _nz(rng, 1, 4), _nz(rng, -4, 4), rng.randint(1, 8)
            k = rng.choice([2, 3])
            if kind == "one":
                e2 = f"{_lx(p + 1, q)} = {c}"
            elif kind == "none":
                e2 = f"{_lx(k * p, k * q)} = {k * c + 1}"
            else:
                e2 = f"{_lx(k * p, k * q)} = {k * c}"
            systems.append((kind, f"{_lx(p, q)} = {c}", e2))
    want = rng.choice(["none", "inf"])
    right = next(s for s in systems if s[0] == want)
    wrong = [s for s in systems if s[0] != want]
    rng.shuffle(wrong)
    stem = {"none": "다음 연립방정식 중 해가 없는 것은?", "inf": "다음 연립방정식 중 해가 무수히 많은 것은?"}[want]
    fmt_s = lambda s: _r(s[1], st) + ", " + _r(s[2], st)  # noqa: E731
    opts_w = list(dict.fromkeys(fmt_s(s) for s in wrong))
    ch = choices(rng, fmt_s(right), opts_w)
    shown = [s for s in systems if fmt_s(s) in ch.options]

    def nsol(s: tuple) -> str:
        sol = sp.solve([_P(s[1].split("=")[0]) - _P(s[1].split("=")[1]), _P(s[2].split("=")[0]) - _P(s[2].split("=")[1])], [x, y], dict=True)
        return "none" if not sol else ("one" if len(sol[0]) == 2 else "inf")

    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["연립방정식", "그래프", "교점"], choice=ch,
                   check=lambda: nsol(right) == want and len({fmt_s(s) for s in shown if nsol(s) == want}) == 1)


@family("9수02-18", "triangle-area-two-lines")
def _f18_area(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        sx, sy = rng.randint(-3, 4), rng.randint(1, 6) * rng.choice([1, -1])
        m1, m2 = rng.sample([-3, -2, -1, 1, 2, 3], 2)
        b1, b2 = sy - m1 * sx, sy - m2 * sx
        x1, x2 = Fraction(-b1, m1), Fraction(-b2, m2)
        if x1 != x2:
            break
    area = abs(x1 - x2) * abs(sy) / 2
    e1, e2 = f"y = {_lin(m1, b1)}", f"y = {_lin(m2, b2)}"
    text = rng.choice([f"두 일차함수 {_r(e1, st)}, {_r(e2, st)}의 그래프와 x축으로 둘러싸인 삼각형의 넓이를 {_end(rng)}",
                       f"두 직선 {_r(e1, st)}, {_r(e2, st)}의 교점과 각 직선의 x절편을 꼭짓점으로 하는 삼각형의 넓이는?"])
    return Problem(text=text, answer=_q(area), format="computation", difficulty=4, achievement_level="B",
                   concepts=["연립방정식", "교점", "x절편"],
                   check=lambda: abs(sp.Polygon(sp.Point(_fr(x1), 0), sp.Point(_fr(x2), 0), sp.Point(sx, sy)).area) == _fr(area))


@family("9수02-18", "three-lines-concurrent")
def _f18_three(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sx, sy = rng.randint(-4, 4), rng.randint(-4, 4)
    e1, e2 = _rand_system(rng, sx, sy)
    p3 = _nz(rng, -4, 4)
    k_val = sy - p3 * sx
    e3 = f"y = {_lin(p3, 0)} + k" if p3 else "y = k"
    text = rng.choice([f"세 직선 {_r(e1, st)}, {_r(e2, st)}, {_r(e3, st)}가 한 점에서 만날 때, 상수 k의 값을 {_end(rng)}",
                       f"세 일차방정식 {_r(e1, st)}, {_r(e2, st)}, {_r(e3, st)}의 그래프가 한 점을 지날 때, 상수 k의 값은?"])
    k = sp.Symbol("k")
    return Problem(text=text, answer=str(k_val), format="computation", difficulty=4, achievement_level="B",
                   concepts=["연립방정식", "교점"],
                   check=lambda: sp.solve(p3 * _sol(e1, e2)[x] + k - _sol(e1, e2)[y], k) == [k_val])


@family("9수02-18", "graph-intersection-to-solution-fill")
def _f18_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sx, sy = rng.randint(-4, 5), rng.randint(-4, 5)
    e1, e2 = _rand_system(rng, sx, sy)
    text = (f"두 일차방정식 {_r(e1, st)}, {_r(e2, st)}의 그래프를 좌표평면 위에 그렸더니 두 직선이 점 {_r(f'({sx}, {sy})', st)}에서 만났다. "
            f"다음 (  ) 안에 알맞은 것을 써넣으시오.\n연립방정식 {_sys(e1, e2, st)}의 해는 x = (    ), y = (    )이다.")
    return Problem(text=text, answer=f"{sx}, {sy}", format="fill", difficulty=1, achievement_level="E",
                   concepts=["연립방정식", "해", "교점"], check=lambda: _sol(e1, e2) == {x: sx, y: sy})


@family("9수02-18", "two-plans-word")
def _f18_plans(rng: random.Random) -> Problem:
    b1, r1 = rng.choice([(10000, 1500), (12000, 1000), (15000, 800)])
    b2, r2 = rng.choice([(4000, 2500), (3000, 2200), (6000, 2000)])
    if r2 <= r1 or b1 <= b2 or (b1 - b2) % (r2 - r1):
        return _f18_plans(rng)
    t = (b1 - b2) // (r2 - r1)
    cost = b1 + r1 * t
    A, B = rng.sample(["A", "B", "가", "나"], 2) if rng.random() < 0.3 else ("A", "B")
    unit = rng.choice([("시간", "대여"), ("개월", "이용")])
    text = (f"자전거 {unit[1]} 요금이 {A} 업체는 기본요금 {b1:,}원에 1{unit[0]}마다 {r1:,}원, {B} 업체는 기본요금 {b2:,}원에 1{unit[0]}마다 {r2:,}원이다. "
            f"x{unit[0]} {unit[1]}할 때의 요금을 y원이라 하고 두 업체의 요금을 나타내는 일차함수의 그래프를 그렸을 때, 두 그래프의 교점의 좌표를 구하고 그 의미를 설명하시오.")
    return Problem(text=text, answer=f"({t}, {cost:,}) : {t}{unit[0]} {unit[1]}하면 두 업체의 요금이 {cost:,}원으로 같다", format="word",
                   difficulty=4, achievement_level="A", concepts=["연립방정식", "일차함수", "교점"],
                   check=lambda: sp.solve([y - (b1 + r1 * x), y - (b2 + r2 * x)], [x, y]) == {x: t, y: cost})


# ================================================================================================
# 9수02-19 다항식의 곱셈과 인수분해
# ================================================================================================
def _bin(p: int, q: int, v: str = "x") -> str:
    """``(p v + q)`` in mini notation."""
    return f"({_lin(p, q, v)})"


def _prod_pattern(rng: random.Random) -> tuple[str, sp.Expr, str]:
    kind = rng.choice(["sq+", "sq-", "conj", "xab", "axb"])
    a_, b_ = rng.randint(1, 7), rng.randint(1, 9)
    if kind == "sq+":
        return f"{_bin(a_, b_)}^2", (a_ * x + b_) ** 2, "B" if a_ > 1 else "D"
    if kind == "sq-":
        if rng.random() < 0.4:
            return f"(x - {b_}y)^2".replace("(x - 1y)", "(x - y)"), (x - b_ * y) ** 2, "C"
        return f"{_bin(a_, -b_)}^2", (a_ * x - b_) ** 2, "C"
    if kind == "conj":
        return f"{_bin(a_, b_)}{_bin(a_, -b_)}", (a_ * x + b_) * (a_ * x - b_), "D"
    if kind == "xab":
        p, q = _nz(rng, -9, 9), _nz(rng, -9, 9)
        return f"{_bin(1, p)}{_bin(1, q)}", (x + p) * (x + q), "D"
    p, q, r_, s_ = rng.randint(1, 5), _nz(rng, -7, 7), rng.randint(1, 5), _nz(rng, -7, 7)
    return f"{_bin(p, q)}{_bin(r_, s_)}", (p * x + q) * (r_ * x + s_), "C"


@family("9수02-19", "expand-product")
def _f19_expand(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mini, expr, lv = _prod_pattern(rng)
    text = rng.choice([f"다음 식을 전개하시오.\n{_r(mini, st)}", f"{_j(_r(mini, st), '을/를')} 전개하면?",
                       f"곱셈 공식을 이용하여 {_j(_r(mini, st), '을/를')} 전개하시오.", f"{_j(_r(mini, st), '을/를')} 전개한 식을 {_end(rng, '쓰')}"])
    return Problem(text=text, answer=_plain(sp.expand(expr)), format="computation", difficulty=2, achievement_level=lv,
                   concepts=["전개", "다항식"], check=lambda: sp.expand(_P(mini) - expr) == 0)


@family("9수02-19", "factorize")
def _f19_factor(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["xab", "sq", "diff", "axb", "common"])
    if kind == "xab":
        p, q = rng.sample([k for k in range(-8, 9) if k], 2)
        fac, lv = f"(x {'+' if p > 0 else '-'} {abs(p)})(x {'+' if q > 0 else '-'} {abs(q)})", "D"
        expr = (x + p) * (x + q)
    elif kind == "sq":
        a_, b_ = rng.randint(1, 4), _nz(rng, -7, 7)
        fac, lv = f"{_bin(a_, b_)}^2", "C"
        expr = (a_ * x + b_) ** 2
    elif kind == "diff":
        a_, b_ = rng.randint(1, 6), rng.randint(1, 9)
        fac, lv = f"{_bin(a_, b_)}{_bin(a_, -b_)}", "D"
        expr = (a_ * x + b_) * (a_ * x - b_)
    elif kind == "axb":
        p, r_ = rng.sample([1, 2, 3], 2)
        q, s_ = _nz(rng, -5, 5), _nz(rng, -5, 5)
        if sp.gcd(p, q) != 1 or sp.gcd(r_, s_) != 1:
            return _f19_factor(rng)
        fac, lv = f"{_bin(p, q)}{_bin(r_, s_)}", "B"
        expr = (p * x + q) * (r_ * x + s_)
    else:
        m_ = rng.choice([2, 3, 5])
        p, q = rng.sample([k for k in range(-6, 7) if k], 2)
        fac, lv = f"{m_}(x {'+' if p > 0 else '-'} {abs(p)})(x {'+' if q > 0 else '-'} {abs(q)})", "B"
        expr = m_ * (x + p) * (x + q)
    poly = _plain(sp.expand(expr))
    text = rng.choice([f"다음 식을 인수분해하시오.\n{_e(sp.expand(expr), st)}", f"{_j(_e(sp.expand(expr), st), '을/를')} 인수분해하면?",
                       f"다항식 {_j(_e(sp.expand(expr), st), '을/를')} 인수분해하여 {_end(rng, '나타내')}"])
    _ = poly
    return Problem(text=text, answer=_r(fac, "plain"), format="computation", difficulty=3 if lv == "B" else 2, achievement_level=lv,
                   concepts=["인수분해", "인수"], check=lambda: sp.expand(_P(fac) - expr) == 0 and sp.factor(sp.expand(expr)) == sp.factor(_P(fac)))


@family("9수02-19", "coefficients-from-identity")
def _f19_coef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, q = _nz(rng, -6, 6), _nz(rng, -6, 6)
    if rng.random() < 0.5:
        lhs = f"(x + a)(x {'+' if q > 0 else '-'} {abs(q)})"
        exp = sp.expand((x + a_) * (x + q))
        b_, c_ = exp.coeff(x, 1), exp.coeff(x, 0)
        text = f"{_r(f'{lhs} = x^2 + bx {_sgn_txt(int(c_))}', st)}일 때, 상수 a, b의 값을 각각 {_end(rng)}".replace("  ", " ")
        ans = f"a = {a_}, b = {b_}"
        A, B = sp.symbols("A B")
        chk = lambda: sp.solve([sp.expand((x + A) * (x + q) - (x**2 + B * x + c_)).coeff(x, k) for k in (0, 1)], [A, B]) == {A: a_, B: b_}  # noqa: E731
    else:
        p = rng.randint(2, 4)
        exp = sp.expand((p * x + a_) * (x + q))
        text = (f"다항식 {_j(_e(exp, st), '이/가')} {_r(f'({p}x + a)(x + b)', st)}로 인수분해될 때, 상수 a, b에 대하여 a + b의 값을 {_end(rng)}")
        text = text.replace(f"{_r(f'({p}x + a)(x + b)', st)}로", _j(_r(f'({p}x + a)(x + b)', st), "으로/로"))
        ans = str(a_ + q)
        chk = lambda: sp.expand((p * x + a_) * (x + q) - exp) == 0  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["전개", "인수분해", "계수"], check=chk)


@family("9수02-19", "perfect-square-blank")
def _f19_perfect(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.randint(1, 4), rng.randint(1, 7)
    form = rng.randrange(2)
    if form == 0:
        poly = f"{a_ * a_ if a_ > 1 else ''}x^2 {'+' if rng.random() < 0.5 else '-'} {2 * a_ * b_}x + □"
        text = rng.choice([f"다음 식이 완전제곱식이 되도록 □ 안에 알맞은 수를 써넣으시오.\n{_r(poly, st)}",
                           f"{_j(_r(poly, st), '이/가')} 완전제곱식이 될 때, □ 안에 알맞은 양수를 {_end(rng)}"])
        ans = str(b_ * b_)
        chk = lambda: sp.discriminant(a_ * a_ * x**2 + 2 * a_ * b_ * x + b_ * b_, x) == 0  # noqa: E731
    else:
        poly = f"{a_ * a_ if a_ > 1 else ''}x^2 + kx + {b_ * b_}"
        text = f"{_j(_r(poly, st), '이/가')} 완전제곱식이 되도록 하는 상수 k의 값을 모두 {_end(rng)}"
        ans = f"{2 * a_ * b_}, {-2 * a_ * b_}"
        k = sp.Symbol("k")
        chk = lambda: set(sp.solve(sp.discriminant(a_ * a_ * x**2 + k * x + b_ * b_, x), k)) == {2 * a_ * b_, -2 * a_ * b_}  # noqa: E731
    return Problem(text=text, answer=ans, format="fill" if "□ 안에" in text or form == 0 else "computation", difficulty=3,
                   achievement_level="C", concepts=["완전제곱식", "인수분해"], check=chk)


@family("9수02-19", "numeric-with-formulas")
def _f19_numeric(rng: random.Random) -> Problem:
    kind = rng.randrange(4)
    n = rng.choice([100, 1000, 50, 200])
    d = rng.randint(1, 4)
    if kind == 0:
        mini, val, how = f"{n + d}^2", (n + d) ** 2, "(a + b)²"
    elif kind == 1:
        mini, val, how = f"{n - d}^2", (n - d) ** 2, "(a − b)²"
    elif kind == 2:
        mini, val, how = f"{n + d} * {n - d}", (n + d) * (n - d), "(a + b)(a − b)"
    else:
        m_ = rng.choice([52, 75, 101, 998])
        k_ = m_ - rng.choice([2, 4, 6])
        mini, val, how = f"{m_}^2 - {k_}^2", m_**2 - k_**2, "a² − b² = (a + b)(a − b)"
    st = pick_style(rng)
    text = rng.choice([f"곱셈 공식 또는 인수분해 공식을 이용하여 다음을 계산하시오.\n{_r(mini, st)}",
                       f"적당한 공식을 이용하여 {_r(mini, st)}의 값을 {_end(rng)}".replace("의의", "의"),
                       f"{_j(_r(mini, st), '을/를')} 공식 {how}{'을' if how.endswith('²') else '를'} 이용하여 계산하시오."])
    return Problem(text=text, answer=f"{val}", format="computation", difficulty=2, achievement_level="C",
                   concepts=["전개", "인수분해"], check=lambda: sp.sympify(mini.replace("^", "**").replace("*", "*")) == val)


@family("9수02-19", "rectangle-area-factor")
def _f19_area(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.sample(range(1, 9), 2)
    a_ = rng.choice([1, 1, 2])
    area = sp.expand((a_ * x + p) * (x + q))
    side = f"{_lin(a_, p)}"
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([f"넓이가 {_e(area, st)}인 직사각형의 가로의 길이가 {_r(side, st)}일 때, 세로의 길이를 {_end(rng)}".replace("인인", "인"),
                           f"직사각형 모양 꽃밭의 넓이가 {_e(area, st)}이고 가로의 길이가 {_r(side, st)}이다. 세로의 길이는?"])
        text = text.replace(f"{_e(area, st)}인", f"{_e(area, st)}인")
        ans = f"x + {q}"
        chk = lambda: sp.cancel(area / _P(side)) == x + q  # noqa: E731
        fmt = "word"
    else:
        n_sq, n_x, n_1 = a_, a_ * q + p, p * q
        text = (f"[대수 막대 활동] 넓이가 x²인 정사각형 모양 카드 {n_sq}장, 넓이가 x인 직사각형 모양 카드 {n_x}장, 넓이가 1인 정사각형 모양 카드 {n_1}장을 "
                f"겹치지 않게 모두 사용하여 하나의 직사각형을 만들려고 한다. 만든 직사각형의 넓이를 나타내는 다항식을 인수분해하여 가로와 세로의 길이를 {_end(rng)}")
        ans = f"{_r(f'({side})(x + {q})', 'plain')}"
        chk = lambda: sp.expand((a_ * x + p) * (x + q)) == n_sq * x**2 + n_x * x + n_1  # noqa: E731
        fmt = "task"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B",
                   concepts=["인수분해", "인수", "다항식"], check=chk)


@family("9수02-19", "symmetric-values")
def _f19_symmetric(rng: random.Random) -> Problem:
    st = pick_style(rng)
    s_ = rng.randint(3, 10)
    p_ = rng.randint(1, s_ * s_ // 4)
    ask = rng.choice(["a^2 + b^2", "(a - b)^2", "a^2 + b^2 + 3ab"])
    val = {"a^2 + b^2": s_**2 - 2 * p_, "(a - b)^2": s_**2 - 4 * p_, "a^2 + b^2 + 3ab": s_**2 + p_}[ask]
    text = rng.choice([f"{_r(f'a + b = {s_}', st)}, {_r(f'ab = {p_}', st)}일 때, {_r(ask, st)}의 값을 {_end(rng)}",
                       f"두 수 a, b에 대하여 a + b = {s_}, ab = {p_}이다. 곱셈 공식을 이용하여 {_r(ask, st)}의 값을 {_end(rng)}"])
    a_, b_ = sp.symbols("a b")

    def by_roots() -> bool:  # a, b are the roots of t² - s t + p = 0 (possibly complex): evaluate directly
        t = sp.Symbol("t")
        r1, r2 = sp.Poly(t**2 - s_ * t + p_, t).all_roots()
        e = sp.sympify(ask.replace("^", "**").replace("3ab", "3*a*b"), locals={"a": a_, "b": b_}).subs({a_: r1, b_: r2})
        return sp.simplify(sp.expand(e)) == val

    return Problem(text=text, answer=str(val), format="computation", difficulty=3, achievement_level="B",
                   concepts=["전개", "다항식"], check=by_roots)


@family("9수02-19", "wrong-formula-mcq")
def _f19_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.randint(2, 5), rng.randint(1, 6)
    p, q = rng.sample([k for k in range(-6, 7) if k], 2)
    right_pool = [f"(x + {b_})^2 = {_plain(sp.expand((x + b_) ** 2))}", f"(x - {b_})^2 = {_plain(sp.expand((x - b_) ** 2))}",
                  f"({a_}x + {b_})({a_}x - {b_}) = {_plain(sp.expand((a_ * x + b_) * (a_ * x - b_)))}",
                  f"{_bin(1, p)}{_bin(1, q)} = {_plain(sp.expand((x + p) * (x + q)))}",
                  f"(-x + {b_})^2 = {_plain(sp.expand((-x + b_) ** 2))}"]
    wrong_pool = [f"(x + {b_})^2 = x^2 + {b_ * b_}", f"(x - {b_})^2 = x^2 - {b_ * b_}", f"(x - {b_})^2 = x^2 - {2 * b_}x - {b_ * b_}",
                  f"({a_}x + {b_})({a_}x - {b_}) = {a_}x^2 - {b_ * b_}", f"{_bin(1, p)}{_bin(1, q)} = x^2 + {p * q}x + {p + q}".replace("+ -", "- "),
                  f"(x + {b_})^2 = x^2 + {b_}x + {b_ * b_}"]
    ask_wrong = rng.random() < 0.6
    if ask_wrong:
        right, wrong = rng.choice(wrong_pool), rng.sample(right_pool, 4)
        stem = rng.choice(["다음 중 식을 전개한 것으로 옳지 않은 것은?", "다음 중 곱셈 공식을 잘못 적용한 것은?"])
    else:
        right, wrong = rng.choice(right_pool), rng.sample(wrong_pool, 4)
        stem = rng.choice(["다음 중 옳은 것은?", "다음 중 식을 바르게 전개한 것은?"])
    ch = choices(rng, _r(right, st), [_r(w, st) for w in wrong])

    def holds(eq: str) -> bool:
        lhs, rhs = eq.split(" = ")
        return sp.expand(_P(lhs) - _P(rhs)) == 0

    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["전개", "다항식"], choice=ch,
                   check=lambda: holds(right) != ask_wrong and all(holds(w) == ask_wrong for w in wrong))


# ================================================================================================
# 9수02-20 이차방정식
# ================================================================================================
def _roots_txt(rs: list) -> str:
    rs = sorted(set(rs), key=lambda v: float(v))
    if len(rs) == 1:
        return f"x = {_plain(rs[0])} (중근)"
    return " 또는 ".join(f"x = {_plain(r_)}" for r_ in rs)


def _solve_eq(eq: str) -> list:
    lhs, rhs = eq.split("=")
    return sp.solve(_P(lhs) - _P(rhs), x)


@family("9수02-20", "solve-by-factoring")
def _f20_factor(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([1, 1, 1, 2, 3])
    r1, r2 = rng.sample(range(-8, 9), 2)
    if a_ > 1:
        r1 = Fraction(rng.choice([k for k in range(-5, 6) if k % a_]), a_)
    poly = sp.expand(a_ * (x - _fr(r1)) * (x - r2))
    if any(c.q != 1 for c in sp.Poly(poly, x).all_coeffs()):
        return _f20_factor(rng)
    form = rng.randrange(3)
    if form == 0:
        eq = f"{_e(poly, st)[:-1]} = 0$" if st == "latex" else f"{_e(poly, st)} = 0"
    elif form == 1:
        # move the constant to the right-hand side
        c0 = poly.coeff(x, 0)
        left = poly - c0
        eq = (f"{_e(left, st)[:-1]} = {-c0}$" if st == "latex" else f"{_e(left, st)} = {-c0}")
    else:
        eq = _r(f"{_bin(1, -r2)}{_bin(a_, -int(r1 * a_))} = 0", st)
    text = rng.choice([f"다음 이차방정식을 푸시오.\n{eq}", f"이차방정식 {_j(eq, '을/를')} 인수분해를 이용하여 푸시오.", f"이차방정식 {eq}의 해를 {_end(rng)}"])
    lv = "E" if (a_ == 1 and form != 1) else ("D" if a_ == 1 else "C")
    return Problem(text=text, answer=_roots_txt([_fr(r1), sp.Integer(r2)]), format="computation", difficulty=2, achievement_level=lv,
                   concepts=["이차방정식", "인수분해", "근"], check=lambda: set(sp.solve(poly, x)) == {_fr(r1), sp.Integer(r2)})


@family("9수02-20", "solve-square-root")
def _f20_sqrt(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([1, 1, 2, 3])
    p = rng.randint(-6, 6)
    q = rng.choice([2, 3, 5, 6, 7, 4, 9, 16, 25, 12, 18])
    mini = f"{a_ if a_ > 1 else ''}(x {'-' if p >= 0 else '+'} {abs(p)})^2 = {a_ * q}" if p else f"{a_ if a_ > 1 else ''}x^2 = {a_ * q}"
    text = rng.choice([f"제곱근을 이용하여 다음 이차방정식을 푸시오.\n{_r(mini, st)}", f"이차방정식 {_r(mini, st)}의 해를 {_end(rng)}",
                       f"{_j(_r(mini, st), '을/를')} 만족하는 x의 값을 모두 {_end(rng)}"])
    roots = [p + sp.sqrt(q), p - sp.sqrt(q)]
    ans = f"x = {p} ± {_plain(sp.sqrt(q))}" if not sp.sqrt(q).is_integer else _roots_txt(roots)
    if p == 0 and not sp.sqrt(q).is_integer:
        ans = f"x = ±{_plain(sp.sqrt(q))}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["이차방정식", "제곱근", "근"], check=lambda: set(_solve_eq(mini)) == set(roots))


@family("9수02-20", "complete-square-fill")
def _f20_complete(rng: random.Random) -> Problem:
    st = pick_style(rng)
    h = rng.randint(1, 6) * rng.choice([1, -1])
    c = rng.randint(-9, 9)
    k = h * h - c  # (x + h)^2 = k
    if k <= 0 or sp.sqrt(k).is_integer:
        return _f20_complete(rng)
    poly = f"x^2 {'+' if h > 0 else '-'} {2 * abs(h)}x {_sgn_txt(c)}".rstrip()
    text = (f"다음은 이차방정식 {_r(poly + ' = 0', st)}을 완전제곱식을 이용하여 푸는 과정이다. ㉠~㉣에 알맞은 수를 써넣으시오.\n"
            f"{_r(f'x^2 {chr(43) if h > 0 else chr(45)} {2 * abs(h)}x = {-c}', st)}\n"
            f"양변에 ㉠을 더하면 (x {'+' if h > 0 else '-'} ㉡)² = ㉢\n"
            f"따라서 x = ㉣")
    ans = f"㉠ {h * h} ㉡ {abs(h)} ㉢ {k} ㉣ {-h} ± {_plain(sp.sqrt(k))}"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["이차방정식", "완전제곱식", "제곱근"],
                   check=lambda: set(sp.solve(x**2 + 2 * h * x + c, x)) == {-h + sp.sqrt(k), -h - sp.sqrt(k)})


def _formula_txt(a_: int, b_: int, D: int) -> str:
    """(−b ± √D)/(2a) reduced the way textbooks print it: ``(-2 ± √13)/3``, ``1 ± 2√3``."""
    m = 1
    s_ = D
    for f in range(2, int(D**0.5) + 1):
        while s_ % (f * f) == 0:
            s_ //= f * f
            m *= f
    g = sp.gcd(sp.gcd(b_, m), 2 * a_)
    p, q, r_ = -b_ // g, m // g, 2 * a_ // g
    rad = f"{'' if q == 1 else q}√{s_}"
    core = f"{p} ± {rad}" if p else f"±{rad}"
    return core if r_ == 1 else f"({core})/{r_}"


def _pm_value(txt: str, sg: str) -> sp.Expr:
    """Value of a printed root such as ``(-2 ± 3√13)/3`` with ± read as ``sg``."""
    import re as _re
    t = txt.replace("±", sg if txt.split("±")[0].strip() else ("" if sg == "+" else "-"))
    t = _re.sub(r"(\d*)√(\d+)", lambda m: f"{m.group(1) or 1}*sqrt({m.group(2)})", t)
    return sp.radsimp(sp.sympify(t))


@family("9수02-20", "quadratic-formula")
def _f20_formula(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(100):
        a_, b_, c_ = rng.randint(1, 4), _nz(rng, -7, 7), _nz(rng, -6, 6)
        D = b_ * b_ - 4 * a_ * c_
        if D > 0 and not sp.sqrt(D).is_integer and sp.gcd(sp.gcd(a_, b_), c_) == 1:
            break
    poly = a_ * x**2 + b_ * x + c_
    eq = f"{_e(poly, st)[:-1]} = 0$" if st == "latex" else f"{_e(poly, st)} = 0"
    roots = sp.solve(poly, x)
    # textbook form: (-b ± √D) / 2a, reduced
    g = sp.sqrt(D)
    ans = f"x = {_formula_txt(a_, b_, D)}"
    text = rng.choice([f"근의 공식을 이용하여 다음 이차방정식을 푸시오.\n{eq}", f"이차방정식 {_j(eq, '을/를')} 푸시오.",
                       f"이차방정식 {eq}의 해가 x = [a ± √b|{2 * a_}] 꼴일 때, 유리수 a, b의 값을 구하시오. (단, b는 자연수)".replace("[a ± √b|", "(a ± √b)/").replace(f"/{2 * a_}]", f"/{2 * a_}")])
    if "유리수 a, b" in text:
        ans = f"a = {-b_}, b = {D}"
    _ = g
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차방정식", "근의 공식"],
                   check=lambda: set(roots) == {(-b_ + sp.sqrt(D)) / (2 * a_), (-b_ - sp.sqrt(D)) / (2 * a_)}
                   and {_pm_value(_formula_txt(a_, b_, D), sg) for sg in "+-"} == set(roots))


@family("9수02-20", "root-given-find-coefficient")
def _f20_root_given(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = rng.sample([k for k in range(-7, 8) if k], 2)
    b_, c_ = -(r1 + r2), r1 * r2
    form = rng.randrange(2)
    if form == 0:
        eq = f"x^2 + ax {_sgn_txt(c_)} = 0"
        text = f"이차방정식 {_r(eq, st)}의 한 근이 {r1}일 때, 상수 a의 값과 다른 한 근을 {_end(rng)}"
        ans = f"a = {b_}, 다른 한 근: x = {r2}"
        A = sp.Symbol("A")
        chk = lambda: sp.solve(r1**2 + A * r1 + c_, A) == [b_] and set(sp.solve(x**2 + b_ * x + c_, x)) == {r1, r2}  # noqa: E731
    else:
        eq = f"x^2 {_sgn_txt(b_).replace('+ ', '+ ').replace(' 1x', ' x')}x + k = 0".replace("+ 1x", "+ x").replace("- 1x", "- x")
        if b_ == 0:
            return _f20_root_given(rng)
        text = f"x = {josa(str(r1), '이/가')} 이차방정식 {_r(eq, st)}의 해일 때, 상수 k의 값과 다른 한 근을 {_end(rng)}"
        ans = f"k = {c_}, 다른 한 근: x = {r2}"
        K = sp.Symbol("K")
        chk = lambda: sp.solve(r1**2 + b_ * r1 + K, K) == [c_]  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차방정식", "근", "대입"], check=chk)


@family("9수02-20", "double-root")
def _f20_double(rng: random.Random) -> Problem:
    st = pick_style(rng)
    h = _nz(rng, -7, 7)
    form = rng.randrange(2)
    if form == 0:
        eq = f"x^2 {'+' if h < 0 else '-'} {2 * abs(h)}x + k = 0"
        text = rng.choice([f"이차방정식 {_r(eq, st)}이 중근을 가질 때, 상수 k의 값과 그 중근을 {_end(rng)}",
                           f"x에 대한 이차방정식 {_r(eq, st)}의 해가 중근일 때, k의 값과 중근을 차례로 {_end(rng)}"])
        ans = f"k = {h * h}, x = {h}"
        K = sp.Symbol("K")
        chk = lambda: sp.solve(sp.discriminant(x**2 - 2 * h * x + K, x), K) == [h * h] and sp.solve(x**2 - 2 * h * x + h * h, x) == [h]  # noqa: E731
    else:
        c2 = h * h
        eq = f"x^2 + kx + {c2} = 0"
        text = f"이차방정식 {_r(eq, st)}이 중근을 갖도록 하는 상수 k의 값을 모두 {_end(rng)}"
        ans = f"k = {2 * abs(h)} 또는 k = {-2 * abs(h)}"
        K = sp.Symbol("K")
        chk = lambda: set(sp.solve(sp.discriminant(x**2 + K * x + c2, x), K)) == {2 * abs(h), -2 * abs(h)}  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="B",
                   concepts=["이차방정식", "중근", "완전제곱식"], check=chk)


@family("9수02-20", "quadratic-word-problems")
def _f20_word(rng: random.Random) -> Problem:
    kind = rng.randrange(4)
    if kind == 0:
        n = rng.randint(3, 15)
        prod = n * (n + 1)
        text = rng.choice([f"연속하는 두 자연수의 곱이 {prod}일 때, 두 자연수를 {_end(rng)}",
                           f"차가 1인 두 자연수가 있다. 두 수의 곱이 {prod}일 때, 두 수 중 작은 수를 {_end(rng)}"])
        ans = f"{n}, {n + 1}" if "두 자연수를" in text else str(n)
        chk = lambda: [r_ for r_ in sp.solve(x * (x + 1) - prod, x) if r_ > 0] == [n]  # noqa: E731
    elif kind == 1:
        v = rng.choice([20, 25, 30, 35, 40])
        t = rng.choice([k for k in range(1, v // 5) if k != v / 10])
        h = v * t - 5 * t * t
        text = (f"지면에서 초속 {v} m로 똑바로 위로 던져 올린 공의 t초 후의 높이는 ({v}t − 5t²) m라 한다. 공의 높이가 처음으로 {h} m가 되는 것은 "
                f"공을 던진 지 몇 초 후인지 {_end(rng)}")
        r_all = sorted(sp.solve(v * x - 5 * x**2 - h, x))
        ans = f"{r_all[0]}초 후"
        chk = lambda: r_all[0] == min(t, sp.Rational(v, 5) - t)  # noqa: E731
    elif kind == 2:
        w0, l0 = rng.choice([(10, 15), (12, 20), (20, 30), (8, 12)])
        road = rng.choice([1, 2, 3])
        area = (w0 - road) * (l0 - road)
        text = (f"가로의 길이가 {l0} m, 세로의 길이가 {w0} m인 직사각형 모양의 땅에 폭이 일정한 길을 가로, 세로로 하나씩 내었더니 "
                f"길을 제외한 땅의 넓이가 {area} m²가 되었다. 길의 폭을 {_end(rng)}")
        ans = f"{road} m"
        chk = lambda: [r_ for r_ in sp.solve((l0 - x) * (w0 - x) - area, x) if 0 < r_ < w0] == [road]  # noqa: E731
    else:
        n = rng.randint(5, 12)
        total = n * (n - 3) // 2
        text = f"n각형의 대각선의 개수는 [n(n − 3)]/2 이다. 대각선의 개수가 {total}인 다각형은 몇 각형인지 {_end(rng)}".replace("[n(n − 3)]/2 이다", "n(n − 3)/2이다")
        ans = f"{n}각형"
        chk = lambda: [r_ for r_ in sp.solve(x * (x - 3) / 2 - total, x) if r_ > 0] == [n]  # noqa: E731
    return Problem(text=text, answer=ans, format="word", difficulty=3 if kind != 1 else 4, achievement_level="B" if kind else "C",
                   concepts=["이차방정식", "근"], check=chk)


@family("9수02-20", "which-is-quadratic-equation-mcq")
def _f20_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.randint(2, 5), rng.randint(1, 6)
    yes = [f"x^2 = {b_}x", f"x(x - {b_}) = 0", f"{a_}x^2 - 1 = x^2 + {b_}", f"(x + 1)^2 = {b_}x", f"x^2 - {b_} = 0",
           f"{a_}x^2 = (x - 1)^2"]
    no = [f"x^2 + {b_}x = x^2 - 1", f"{a_}x - {b_} = 0", f"x(x + {b_}) = x^2", f"(x - 1)^2 = x^2 + {b_}", f"x^2 + {b_}x + 1"]
    ask_yes = rng.random() < 0.5
    if ask_yes:
        right, wrong = rng.choice(yes), rng.sample(no, 4)
        stem = "다음 중 x에 대한 이차방정식인 것은?"
    else:
        right, wrong = rng.choice(no), rng.sample(yes, 4)
        stem = "다음 중 x에 대한 이차방정식이 아닌 것은?"

    def is_quad_eq(s: str) -> bool:
        if "=" not in s:
            return False
        lhs, rhs = s.split("=")
        e = sp.expand(_P(lhs) - _P(rhs))
        return e.is_polynomial(x) and sp.degree(e, x) == 2

    ch = choices(rng, _r(right, st), [_r(w, st) for w in wrong])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["이차방정식"], choice=ch,
                   check=lambda: is_quad_eq(right) == ask_yes and all(is_quad_eq(w) != ask_yes for w in wrong))


# ================================================================================================
# 9수02-21 이차함수의 뜻
# ================================================================================================
def _is_quad_fn(eq: str) -> bool:
    lhs, rhs = eq.split("=")
    sol = sp.solve(_P(lhs) - _P(rhs), y)
    if len(sol) != 1:
        return False
    e = sp.expand(sol[0])
    return bool(e.is_polynomial(x)) and sp.degree(e, x) == 2


@family("9수02-21", "which-is-quadratic-function-mcq")
def _f21_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.randint(2, 5), rng.randint(1, 6)
    yes = [f"y = {a_}x^2", f"y = -x^2 + {b_}x", f"y = x(x + {b_})", f"y = (x - 1)^2 - {b_}", f"y = [x^2|{a_}] - 1",
           f"y = {a_}x^2 - (x + 1)^2", f"y = (x + {b_})(x - {b_})"]
    no = [f"y = {a_}x + {b_}", f"y = [{a_}|x^2]", f"y = x^2 - x(x + {b_})", "y = (x + 1)^2 - x^2", f"y = x^3 - {b_}x",
          "y = [1|x] + x", f"y = {a_}(x - 1) + x"]
    ask_yes = rng.random() < 0.55
    if ask_yes:
        right, wrong = rng.choice(yes), rng.sample(no, 4)
        stem = rng.choice(["다음 중 y가 x에 대한 이차함수인 것은?", "다음 중 이차함수인 것은?"])
    else:
        right, wrong = rng.choice(no), rng.sample(yes, 4)
        stem = rng.choice(["다음 중 y가 x에 대한 이차함수가 아닌 것은?", "다음 중 이차함수가 아닌 것을 고르면?"])
    ch = choices(rng, _r(right, st), [_r(w, st) for w in wrong])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["이차함수", "함수"], choice=ch,
                   check=lambda: _is_quad_fn(right) == ask_yes and all(_is_quad_fn(w) != ask_yes for w in wrong))


@family("9수02-21", "quadratic-function-value")
def _f21_value(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_, c_ = _nz(rng, -3, 3), rng.randint(-5, 5), rng.randint(-6, 6)
    poly = a_ * x**2 + b_ * x + c_
    fn = rng.choice(["f", "g"])
    p1, p2 = rng.sample(range(-4, 5), 2)
    form = rng.randrange(2)
    defn = f"{fn}(x) = {_mini_poly(poly)}"
    if form == 0:
        val = poly.subs(x, p1)
        text = rng.choice([f"이차함수 {_r(defn, st)}에 대하여 {_r(f'{fn}({p1})', st)}의 값을 {_end(rng)}",
                           f"이차함수 {_r(f'y = {_mini_poly(poly)}', st)}에서 x = {p1}일 때의 함숫값을 {_end(rng)}"])
    else:
        val = poly.subs(x, p1) + poly.subs(x, p2)
        text = f"이차함수 {_r(defn, st)}에 대하여 {_r(f'{fn}({p1}) + {fn}({p2})', st)}의 값은?"
    return Problem(text=text, answer=str(val), format="computation", difficulty=1 if form == 0 else 2, achievement_level="E" if form == 0 else "D",
                   concepts=["이차함수", "함숫값"], check=lambda: _P(_mini_poly(poly)).subs(x, p1) == poly.subs(x, p1))


def _mini_poly(e: sp.Expr) -> str:
    """A polynomial in x in descending order, mini notation."""
    p = sp.Poly(sp.expand(e), x)
    out = ""
    for (deg,), c in sorted(p.terms(), reverse=True):
        c = sp.Rational(c)
        body = "" if (abs(c) == 1 and deg) else (str(abs(c.p)) if c.q == 1 else f"[{abs(c.p)}|{c.q}]")
        var = "x^2" if deg == 2 else ("x" if deg == 1 else "")
        if not out:
            out = ("-" if c < 0 else "") + body + var
        else:
            out += (" - " if c < 0 else " + ") + body + var
    return out or "0"


@family("9수02-21", "situation-to-quadratic")
def _f21_context(rng: random.Random) -> Problem:
    kind = rng.randrange(5)
    k = rng.randint(1, 5)
    if kind == 0:
        text = f"한 변의 길이가 x cm인 정사각형의 각 변의 길이를 {k} cm씩 늘인 정사각형의 넓이를 y cm²라 할 때, y를 x에 대한 식으로 나타내고 이차함수인지 말하시오."
        exp, quad = (x + k) ** 2, True
    elif kind == 1:
        text = "반지름의 길이가 x cm인 원의 넓이를 y cm²라 할 때, y를 x에 대한 식으로 나타내고 이차함수인지 말하시오."
        exp, quad = sp.pi * x**2, True
    elif kind == 2:
        text = "한 변의 길이가 x cm인 정삼각형의 둘레의 길이를 y cm라 할 때, y를 x에 대한 식으로 나타내고 이차함수인지 말하시오."
        exp, quad = 3 * x, False
    elif kind == 3:
        n = rng.choice([10, 12, 20])
        text = f"둘레의 길이가 {2 * n} cm인 직사각형의 가로의 길이를 x cm, 넓이를 y cm²라 할 때, y를 x에 대한 식으로 나타내고 이차함수인지 말하시오."
        exp, quad = x * (n - x), True
    else:
        text = f"밑변의 길이가 x cm이고 높이가 밑변의 길이보다 {k} cm 긴 삼각형의 넓이를 y cm²라 할 때, y를 x에 대한 식으로 나타내고 이차함수인지 말하시오."
        exp, quad = x * (x + k) / 2, True
    ans = f"y = {_r(_mini_poly(exp), 'plain') if kind != 1 else 'πx^2'}, {'이차함수이다' if quad else '이차함수가 아니다'}"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C", concepts=["이차함수", "함수"],
                   check=lambda: (sp.degree(sp.expand(exp), x) == 2) == quad)


@family("9수02-21", "condition-to-be-quadratic")
def _f21_condition(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.randint(1, 5)
    form = rng.randrange(2)
    a_ = sp.Symbol("a")
    if form == 0:
        mini = f"y = (a - {c})x^2 + {rng.randint(1, 6)}x - 1".replace("+ 1x", "+ x")
        text = f"{_j(_r(mini, st), '이/가')} x에 대한 이차함수가 되도록 하는 상수 a의 조건을 {_end(rng)}"
        ans, bad = f"a ≠ {c}", c
    else:
        m = rng.randint(2, 4)
        mini = f"y = ax^2 + {m}x - {m}x(x + 1)"
        text = f"{_j(_r(mini, st), '이/가')} x에 대한 이차함수일 때, 상수 a의 값이 될 수 없는 수를 {_end(rng)}"
        ans, bad = str(m), m
    _lhs, rhs = mini.split("=")
    expr = _P(rhs)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C", concepts=["이차함수"],
                   check=lambda: sp.solve(sp.expand(expr).coeff(x, 2), a_) == [bad])


@family("9수02-21", "coefficient-from-function-value")
def _f21_coef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = _nz(rng, -4, 4)
    c_ = rng.randint(-6, 6)
    p = _nz(rng, -3, 3)
    b_ = rng.randint(-5, 5)
    fn = rng.choice(["f", "g"])
    v = A * p * p + b_ * p + c_
    tail = (_co(b_, False) + "x" if b_ else "") + (f" + {c_}" if c_ > 0 else (f" - {-c_}" if c_ < 0 else ""))
    defn = f"{fn}(x) = ax^2{tail}"
    q = _nz(rng, -3, 3, exclude=(0, p))
    text = f"이차함수 {_r(defn, st)}에 대하여 {_r(f'{fn}({p}) = {v}', st)}일 때, 상수 a의 값과 {_r(f'{fn}({q})', st)}의 값을 차례로 {_end(rng)}"
    a_ = sp.Symbol("a")
    return Problem(text=text, answer=f"a = {A}, {fn}({q}) = {A * q * q + b_ * q + c_}", format="computation", difficulty=3, achievement_level="C",
                   concepts=["이차함수", "함숫값"],
                   check=lambda: sp.solve(a_ * p * p + b_ * p + c_ - v, a_) == [A])


@family("9수02-21", "table-of-values")
def _f21_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([1, -1, 2, -2, Fraction(1, 2)])
    q = rng.randint(-3, 3)
    xs = [-2, -1, 0, 1, 2]
    ys = [a_ * v * v + q for v in xs]
    mini = f"y = {_co(a_, True)}x^2" + (f" {_sgn_txt(q)}" if q else "")
    blanks = sorted(rng.sample(range(5), 3))
    row = " | ".join("□" if i in blanks else _q(v) for i, v in enumerate(ys))
    text = (f"이차함수 {_r(mini, st)}에 대하여 다음 표의 빈칸을 채우고, x의 값이 −2에서 2까지 변할 때 y의 값이 어떻게 변하는지 쓰시오.\n"
            f"| x | {' | '.join(map(str, xs))} |\n| y | {row} |")
    return Problem(text=text, answer=", ".join(_q(ys[i]) for i in blanks), format="data", difficulty=2, achievement_level="E",
                   concepts=["이차함수", "함숫값"], check=lambda: all(_P(mini.split("=")[1]).subs(x, xs[i]) == _fr(ys[i]) for i in blanks))


@family("9수02-21", "explain-is-quadratic")
def _f21_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(1, 5)
    cands = [(f"y = (x + {k})^2 - x^2", False), (f"y = (x + {k})^2 - x", True), (f"y = x(x - {k}) - x^2", False),
             (f"y = {k}x^2 - (x - 1)^2", k != 1), (f"y = (x - {k})(x + {k}) + {k * k}", True)]
    mini, quad = rng.choice(cands)
    who = name(rng)
    claim = "이차함수" if not quad else "이차함수가 아니"
    text = (f"{josa(who, '은/는')} 식 {_r(mini, st)}에 x² 항이 보이므로(또는 보이지 않으므로) 이 함수는 {claim}라고 말했다. "
            f"식을 정리하여 {who}의 말이 옳은지 판단하고 그 이유를 설명하시오.").replace("이다라고", "이다라고")
    text = text.replace("보이므로(또는 보이지 않으므로)", "들어 있으므로" if not quad else "괄호 안에 제곱이 있을 뿐이므로")
    ans = f"{'이차함수이다' if quad else '이차함수가 아니다'} ({who}의 말은 옳지 않다), 정리하면 y = {_r(_mini_poly(_P(mini.split('=')[1])), 'plain')}"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["이차함수", "함수"],
                   check=lambda: _is_quad_fn(mini) == quad)


@family("9수02-21", "count-quadratic-situations")
def _f21_count(rng: random.Random) -> Problem:
    pool = [("한 변의 길이가 x인 정육면체의 겉넓이 y", True), ("한 변의 길이가 x인 정육면체의 부피 y", False),
            ("시속 x km로 3시간 동안 달린 거리 y km", False), ("반지름의 길이가 x인 구의 겉넓이 y", True),
            ("가로가 x, 세로가 (x + 3)인 직사각형의 넓이 y", True), ("밑변이 x, 높이가 4인 삼각형의 넓이 y", False),
            ("x각형의 대각선의 개수 y", True), ("한 개에 x원인 물건 x개의 값 y원", True), ("x의 역수 y", False)]
    pick = rng.sample(pool, rng.randint(4, 6))
    cnt = sum(q for _, q in pick)
    lines = "\n".join(f"({'가나다라마바'[i]}) {t}" for i, (t, _) in enumerate(pick))
    text = f"다음 중 y가 x에 대한 이차함수인 것은 모두 몇 개인지 {_end(rng)}\n{lines}"
    return Problem(text=text, answer=f"{cnt}개", format="computation", difficulty=3, achievement_level="B", concepts=["이차함수"],
                   check=lambda: cnt == sum(1 for t, q in pick if q))


# ================================================================================================
# 9수02-22 이차함수의 그래프와 성질
# ================================================================================================
def _vform(a_: int | Fraction, p: int, q: int) -> str:
    """``y = a(x - p)^2 + q`` in mini notation."""
    sq = "x^2" if p == 0 else f"(x {'-' if p > 0 else '+'} {abs(p)})^2"
    out = f"y = {_co(a_, True)}{sq}"
    if q:
        out += f" + {q}" if q > 0 else f" - {-q}"
    return out


def _vertex_of(expr: sp.Expr) -> tuple[sp.Expr, sp.Expr]:
    xv = sp.solve(sp.diff(expr, x), x)[0]
    return xv, sp.simplify(expr.subs(x, xv))


@family("9수02-22", "vertex-and-axis")
def _f22_vertex(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([Fraction(k) for k in (-3, -2, -1, 1, 2, 3)] + [Fraction(1, 2), Fraction(-1, 3)])
    p, q = rng.randint(-5, 5), rng.randint(-6, 6)
    eq = _vform(a_, p, q)
    text = rng.choice([f"이차함수 {_r(eq, st)}의 그래프의 꼭짓점의 좌표와 축의 방정식을 {_end(rng)}",
                       f"{_r(eq, st)}의 그래프에서 꼭짓점의 좌표와 축의 방정식을 차례로 {_end(rng, '쓰')}"])
    lv = "D" if (p == 0 or q == 0) else "B"
    expr = _P(eq.split("=")[1])
    return Problem(text=text, answer=f"꼭짓점 ({p}, {q}), 축 x = {p}", format="computation", difficulty=2, achievement_level=lv,
                   concepts=["이차함수", "꼭짓점", "축", "포물선"], check=lambda: _vertex_of(expr) == (p, q))


@family("9수02-22", "convert-to-vertex-form")
def _f22_convert(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([1, -1, 2, -2, 3])
    p, q = _nz(rng, -4, 4), rng.randint(-7, 7)
    expr = sp.expand(a_ * (x - p) ** 2 + q)
    poly = f"y = {_mini_poly(expr)}"
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([f"이차함수 {_r(poly, st)}를 y = a(x − p)² + q 꼴로 나타내시오.".replace(f"{_r(poly, st)}를", _j(_r(poly, st), "을/를")),
                           f"이차함수 {_r(poly, st)}의 그래프의 꼭짓점의 좌표를 {_end(rng)}"])
        ans = _r(_vform(a_, p, q), "plain") if "꼴로" in text else f"({p}, {q})"
    else:
        text = f"이차함수 {_r(poly, st)}의 그래프의 꼭짓점의 좌표, 축의 방정식, y축과 만나는 점의 좌표를 각각 구하고 그래프를 그리시오."
        ans = f"꼭짓점 ({p}, {q}), 축 x = {p}, y축과의 교점 (0, {expr.subs(x, 0)})"
    return Problem(text=text, answer=ans, format="computation" if form == 0 else "task", difficulty=4, achievement_level="A",
                   concepts=["이차함수", "꼭짓점", "축", "완전제곱식"], check=lambda: _vertex_of(expr) == (p, q))


@family("9수02-22", "translate-parabola")
def _f22_translate(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([Fraction(k) for k in (-3, -2, -1, 1, 2, 3)] + [Fraction(1, 2)])
    p, q = rng.randint(-5, 5), rng.randint(-5, 5)
    if p == 0 and q == 0:
        p = 2
    base = f"y = {_co(a_, True)}x^2"
    form = rng.randrange(3)
    moves = []
    if p:
        moves.append(f"x축의 방향으로 {p}만큼")
    if q:
        moves.append(f"y축의 방향으로 {q}만큼")
    mv = ", ".join(moves)
    if form == 0:
        text = f"이차함수 {_r(base, st)}의 그래프를 {mv} 평행이동한 그래프가 나타내는 이차함수의 식을 {_end(rng)}"
        ans = _r(_vform(a_, p, q), "plain")
        chk = lambda: sp.expand(_P(_vform(a_, p, q).split("=")[1]) - _fr(a_) * (x - p) ** 2 - q) == 0  # noqa: E731
        lv = "C" if (p == 0 or q == 0) else "B"
    elif form == 1:
        m = rng.randint(-3, 3)
        n = a_ * (m - p) ** 2 + q
        text = (f"이차함수 {_r(base, st)}의 그래프를 x축의 방향으로 {p}만큼, y축의 방향으로 k만큼 평행이동한 그래프가 점 "
                f"{_j(_r(f'({m}, {_q(n - q + q)})', st), '을/를')} 지날 때, 상수 k의 값을 {_end(rng)}")
        ans = str(q)
        k = sp.Symbol("k")
        chk = lambda: sp.solve(_fr(a_) * (m - p) ** 2 + k - _fr(n), k) == [q]  # noqa: E731
        lv = "B"
    else:
        text = f"이차함수 {_r(_vform(a_, p, q), st)}의 그래프는 {_r(base, st)}의 그래프를 x축, y축의 방향으로 각각 얼마만큼 평행이동한 것인지 {_end(rng)}"
        ans = f"x축의 방향으로 {p}만큼, y축의 방향으로 {q}만큼"
        chk = lambda: _vertex_of(_P(_vform(a_, p, q).split("=")[1])) == (p, q)  # noqa: E731
        lv = "C"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level=lv,
                   concepts=["이차함수", "평행이동", "포물선"], check=chk)


@family("9수02-22", "max-min-value")
def _f22_maxmin(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([1, -1, 2, -2, 3, -3])
    p, q = _nz(rng, -4, 4), rng.randint(-8, 8)
    expr = sp.expand(a_ * (x - p) ** 2 + q)
    kind = "최솟값" if a_ > 0 else "최댓값"
    eq = f"y = {_mini_poly(expr)}" if rng.random() < 0.5 else _vform(a_, p, q)
    text = rng.choice([f"이차함수 {_r(eq, st)}의 {josa(kind, '과/와')} 그때의 x의 값을 {_end(rng)}",
                       f"이차함수 {_r(eq, st)}는 x = a에서 {kind} b를 가진다. a + b의 값을 {_end(rng)}".replace(f"{_r(eq, st)}는", _j(_r(eq, st), "은/는"))])
    ans = f"x = {p}일 때 {kind} {q}" if "그때의" in text else str(p + q)
    return Problem(text=text, answer=ans, format="computation", difficulty=3 if "(x" in eq else 4, achievement_level="B" if "(x" in eq else "A",
                   concepts=["이차함수", "최댓값", "최솟값", "꼭짓점"],
                   check=lambda: _vertex_of(expr) == (p, q) and ((sp.diff(expr, x, 2) > 0) == (kind == "최솟값")))


@family("9수02-22", "graph-properties-mcq")
def _f22_props(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([-3, -2, -1, 1, 2, 3])
    p, q = _nz(rng, -4, 4), _nz(rng, -5, 5)
    eq = _vform(a_, p, q)
    yint = a_ * p * p + q
    up = a_ > 0
    true = [f"꼭짓점의 좌표는 ({p}, {q})이다.", f"축의 방정식은 x = {p}이다.", f"{'아래로' if up else '위로'} 볼록한 포물선이다.",
            f"y축과 만나는 점의 좌표는 (0, {yint})이다.",
            f"x > {p}일 때, x의 값이 증가하면 y의 값은 {'증가' if up else '감소'}한다.",
            f"{_r(f'y = {_co(a_, True)}x^2', st)}의 그래프를 평행이동한 것이다."]
    false = [f"꼭짓점의 좌표는 ({-p}, {q})이다.", f"축의 방정식은 x = {-p}이다.", f"{'위로' if up else '아래로'} 볼록한 포물선이다.",
             f"y축과 만나는 점의 좌표는 (0, {q})이다.", f"x > {p}일 때, x의 값이 증가하면 y의 값은 {'감소' if up else '증가'}한다.",
             f"{_r(f'y = {_co(-a_, True)}x^2', st)}의 그래프를 평행이동한 것이다."]
    ask_false = rng.random() < 0.6
    if ask_false:
        right, wrong = rng.choice(false), rng.sample(true, 4)
        stem = f"이차함수 {_r(eq, st)}의 그래프에 대한 설명으로 옳지 않은 것은?"
    else:
        right, wrong = rng.choice(true), rng.sample(false, 4)
        stem = f"이차함수 {_r(eq, st)}의 그래프에 대한 설명으로 옳은 것은?"
    ch = choices(rng, right, wrong)
    expr = _P(eq.split("=")[1])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["이차함수", "꼭짓점", "축", "포물선"], choice=ch,
                   check=lambda: _vertex_of(expr) == (p, q) and expr.subs(x, 0) == yint and (right in true) != ask_false)


@family("9수02-22", "width-and-direction-mcq")
def _f22_width(rng: random.Random) -> Problem:
    st = pick_style(rng)
    coefs = rng.sample([Fraction(k) for k in (-4, -3, -2, -1, 1, 2, 3, 5)] + [Fraction(1, 2), Fraction(-1, 3), Fraction(2, 3), Fraction(-5, 2)], 5)
    if len({abs(c) for c in coefs}) < 5:
        return _f22_width(rng)
    which = rng.choice(["narrow", "wide", "down_narrow"])
    if which == "narrow":
        target = max(coefs, key=abs)
        stem = "다음 이차함수 중 그 그래프의 폭이 가장 좁은 것은?"
    elif which == "wide":
        target = min(coefs, key=abs)
        stem = "다음 이차함수의 그래프 중 폭이 가장 넓은 것은?"
    else:
        downs = [c for c in coefs if c < 0]
        if not downs:
            return _f22_width(rng)
        target = max(downs, key=abs)
        stem = "다음 이차함수 중 그래프가 위로 볼록하면서 폭이 가장 좁은 것은?"
    show = lambda c: _r(f"y = {_co(c, True)}x^2", st)  # noqa: E731
    ch = choices(rng, show(target), [show(c) for c in coefs if c != target])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["이차함수", "포물선"], choice=ch,
                   check=lambda: target == (min(coefs, key=abs) if which == "wide"
                                            else max([c for c in coefs if c < 0 or which == "narrow"], key=abs)))


@family("9수02-22", "equation-from-vertex-and-point")
def _f22_from_vertex(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([-3, -2, -1, 1, 2, 3])
    p, q = rng.randint(-4, 4), rng.randint(-6, 6)
    m = _nz(rng, -3, 3) + p
    n = a_ * (m - p) ** 2 + q
    text = rng.choice([f"꼭짓점의 좌표가 {_r(f'({p}, {q})', st)}이고 점 {_j(_r(f'({m}, {n})', st), '을/를')} 지나는 포물선을 그래프로 하는 이차함수의 식을 {_end(rng)}",
                       f"이차함수의 그래프의 꼭짓점이 ({p}, {q})이고, 이 그래프가 점 ({m}, {n})을 지난다. 이 이차함수의 식을 y = a(x − p)² + q 꼴로 나타내시오.".replace(f"({m}, {n})을", josa(f"({m}, {n})", "을/를"))])
    A = sp.Symbol("A")
    return Problem(text=text, answer=_r(_vform(a_, p, q), "plain"), format="computation", difficulty=3, achievement_level="B",
                   concepts=["이차함수", "꼭짓점", "포물선"], check=lambda: sp.solve(A * (m - p) ** 2 + q - n, A) == [a_])


@family("9수02-22", "y-ax2-point-and-symmetry")
def _f22_ax2(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([Fraction(k) for k in (-3, -2, -1, 1, 2, 3)] + [Fraction(1, 2), Fraction(-1, 2), Fraction(1, 3)])
    m = rng.choice([k for k in (1, 2, 3, 4, 6) if (a_ * k * k).denominator == 1])
    n = a_ * m * m
    form = rng.randrange(3)
    if form == 0:
        text = f"이차함수 {_r('y = ax^2', st)}의 그래프가 점 {_j(_r(f'({m}, {_q(n)})', st), '을/를')} 지날 때, 상수 a의 값을 {_end(rng)}"
        ans = _q(a_)
        A = sp.Symbol("A")
        chk = lambda: sp.solve(A * m * m - _fr(n), A) == [_fr(a_)]  # noqa: E731
        lv = "D"
    elif form == 1:
        text = (f"이차함수 {_r(f'y = {_co(a_, True)}x^2', st)}의 그래프 위의 점 ({m}, {_q(n)})과 y축에 대하여 대칭인 점의 좌표를 구하고, "
                f"그 점도 그래프 위에 있는지 확인하시오.").replace(f"({m}, {_q(n)})과", josa(f"({m}, {_q(n)})", "과/와"))
        ans = f"({-m}, {_q(n)}), 그래프 위에 있다"
        chk = lambda: _fr(a_) * (-m) ** 2 == _fr(n)  # noqa: E731
        lv = "E"
    else:
        xs = [-2, -1, 0, 1, 2]
        ys = [a_ * v * v for v in xs]
        text = (f"다음은 이차함수 {_r(f'y = {_co(a_, True)}x^2', st)}에 대한 표이다. 표를 완성하고, 순서쌍 (x, y)를 좌표평면 위에 나타낸 뒤 "
                f"매끄러운 곡선으로 연결하여 그래프를 그리시오.\n| x | {' | '.join(map(str, xs))} |\n| y | {' | '.join('□' for _ in xs)} |")
        ans = ", ".join(_q(v) for v in ys)
        chk = lambda: all(_fr(a_) * v * v == _fr(w) for v, w in zip(xs, ys, strict=True))  # noqa: E731
        lv = "E"
        return Problem(text=text, answer=ans, format="task", difficulty=1, achievement_level=lv,
                       concepts=["이차함수", "포물선", "순서쌍"], check=chk)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level=lv,
                   concepts=["이차함수", "포물선"], check=chk)


@family("9수02-22", "increase-decrease-range")
def _f22_range(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_ = rng.choice([-3, -2, -1, 1, 2, 3])
    p, q = rng.randint(-4, 4), rng.randint(-5, 5)
    want = rng.choice(["증가", "감소"])
    eq = _vform(a_, p, q) if rng.random() < 0.6 else f"y = {_mini_poly(a_ * (x - p) ** 2 + q)}"
    # a>0: decreasing for x<p ; a<0: increasing for x<p
    left_behaviour = "감소" if a_ > 0 else "증가"
    rel = "<" if want == left_behaviour else ">"
    text = f"이차함수 {_r(eq, st)}의 그래프에서 x의 값이 증가할 때 y의 값도 {want}하는 x의 값의 범위를 {_end(rng)}".replace("y의 값도 감소", "y의 값은 감소")
    expr = _P(eq.split("=")[1])
    return Problem(text=text, answer=f"x {rel} {p}", format="computation", difficulty=3, achievement_level="B" if "(x" in eq or p == 0 else "A",
                   concepts=["이차함수", "축", "포물선"],
                   check=lambda: ((expr.subs(x, p + 2) - expr.subs(x, p + 1)) > 0) == ((want == "증가") == (rel == ">")))
