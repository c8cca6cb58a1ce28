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


def _sys(e1: str, e2: str, st: str) -> str:
    """A system of two equations."""
    if st == "latex":
        return f"$\\begin{{cases}} {_r(e1, st)[1:-1]} \\\\ {_r(e2, st)[1:-1]} \\end{{cases}}$"
    if st == "unicode":
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
    text = rng.choice([f"{_ask_solve(rng)}\n{_sys(e1, e2, st)}",
                       f"다음 연립방정식의 해가 x = a, y = b일 때, a + b의 값을 {_end(rng)}\n{_sys(e1, e2, st)}"])
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
    text = rng.choice([f"다음 연립방정식을 대입법을 이용하여 푸시오.\n{_sys(e1, e2, st)}", f"{_ask_solve(rng)}\n{_sys(e2, e1, st)}"])
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
    text = f"{_ask_solve(rng)}\n{_sys(e1, e2, st)}"
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
                       f"다음 연립방정식의 해가 ({sx}, {sy})일 때, 상수 a, b에 대하여 a + b의 값을 {_end(rng)}\n{_sys(e1, e2, st)}"])
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
    l1, r1 = e1.split("=")
    wrong = set()
    while len(wrong) < 4:
        cand = (sx + rng.randint(-2, 2), sy + rng.randint(-2, 2))
        if cand != (sx, sy):
            wrong.add(cand)
    ch = choices(rng, f"({sx}, {sy})", [f"({a}, {b})" for a, b in wrong])
    stem = rng.choice([f"다음 중 연립방정식 {_sys(e1, e2, st)}의 해는?", f"순서쌍 (x, y) 중 다음 연립방정식의 해인 것은?\n{_sys(e1, e2, st)}"])
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
        def F(n: int) -> int:  # noqa: F811
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
