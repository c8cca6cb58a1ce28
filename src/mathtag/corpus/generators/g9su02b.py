"""Generators for 9수02 (변화와 관계, 중학교), part B: 9수02-11 … 9수02-22.

Uses the private notation helpers of ``g9su02a`` (``_r``, ``_e``, ``_P``, ``_j`` …).
"""

from __future__ import annotations

import random

import sympy as sp

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.generators.g9su02a import (
    _P,
    _end,
    _eq,
    _frac_str,
    _j,
    _lin,
    _mcq_text,
    _mini,
    _nz,
    _par,
    _plain,
    _pt,
    _r,
    _sgn,
    _won,
    a,
    b,
    x,
    y,
)
from mathtag.corpus.korean import josa, name, names
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import pick_style

_ = (_par, _won, names, _sgn, _mini, _frac_str, _eq, name, _plain, _pt, y)


def _ineq(lhs: str, op: str, rhs: str, st: str) -> str:
    return _r(f"{lhs} {op} {rhs}", st)


def _flip(op: str) -> str:
    return {"<": ">", ">": "<", "<=": ">=", ">=": "<="}[op]


def _holds(lhs: sp.Expr, op: str, rhs: sp.Expr) -> bool:
    return bool({"<": lhs < rhs, ">": lhs > rhs, "<=": lhs <= rhs, ">=": lhs >= rhs}[op])


# ================================================================================================
# 9수02-11 부등식과 그 해, 부등식의 성질
# ================================================================================================
_PHRASES = [  # (phrase, op)
    ("보다 크다", ">"), ("보다 작다", "<"), ("이상이다", ">="), ("이하이다", "<="), ("초과이다", ">"), ("미만이다", "<"),
    ("보다 작지 않다", ">="), ("보다 크지 않다", "<="),
]


@family("9수02-11", "express-as-inequality")
def _f11_express(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k, m, n = rng.randint(2, 6), rng.randint(1, 9), rng.randint(5, 30)
    phrase, op = rng.choice(_PHRASES)
    form = rng.randrange(3)
    if form == 0:
        lhs_txt, lhs = f"x의 {k}배에서 {josa(str(m), '을/를')} 뺀 수는", f"{k}x - {m}"
    elif form == 1:
        lhs_txt, lhs = f"x에 {josa(str(m), '을/를')} 더한 수의 {k}배는", f"{k}(x + {m})"
    else:
        lhs_txt, lhs = f"x를 {k}로 나눈 수에 {josa(str(m), '을/를')} 더한 값은".replace(f"{k}로", josa(str(k), "으로/로")), f"[x|{k}] + {m}"
    sentence = f"{lhs_txt} {n}{phrase}." if phrase.startswith("보다") else f"{lhs_txt} {n} {phrase}."
    text = rng.choice([f"다음 문장을 부등식으로 나타내시오.\n'{sentence}'", f"'{sentence}'를 x에 대한 부등식으로 나타내어라.",
                       f"다음을 부등식으로 나타낼 때, □ 안에 알맞은 부등호를 써넣으시오.\n{sentence}\n→ {_r(lhs, st)} □ {n}"])
    ans = _r(f"{lhs} {op} {n}", "unicode")
    fmt = "fill" if "□" in text else "computation"
    if fmt == "fill":
        ans = {"<": "<", ">": ">", "<=": "≤", ">=": "≥"}[op]
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D",
                   concepts=["부등식"], check=lambda: (op in (">=", "<=")) == any(w in phrase for w in ("이상", "이하", "않다")))


@family("9수02-11", "solutions-from-set")
def _f11_set(rng: random.Random) -> Problem:
    st = pick_style(rng)
    vals = list(range(rng.choice([-2, -1, 0]), 0))
    vals = list(range(vals[0] if vals else 0, (vals[0] if vals else 0) + 5))
    p = _nz(rng, -4, 4)
    q = rng.randint(-6, 6)
    op = rng.choice(["<", ">", "<=", ">="])
    pivot = rng.choice(vals[1:-1])
    rhs = p * pivot + q
    lhs = _lin(p, q)
    sols = [v for v in vals if _holds(sp.Integer(p * v + q), op, sp.Integer(rhs))]
    ineq = _ineq(lhs, op, str(rhs), st)
    text = rng.choice([
        f"x의 값이 {', '.join(map(str, vals))}일 때, 부등식 {ineq}의 해를 모두 {_end(rng)}",
        f"x가 {vals[0]} 이상 {vals[-1]} 이하의 정수일 때, 부등식 {_j(ineq, '을/를')} 참이 되게 하는 x의 값을 모두 {_end(rng, '쓰')}",
        f"다음 표를 이용하여 x의 값이 {', '.join(map(str, vals))}일 때 부등식 {ineq}의 해를 구하시오.\n| x | " + " | ".join(map(str, vals)) + f" |\n| {_r(lhs, 'unicode')}의 값 | " + " | ".join(" " for _ in vals) + " |",
    ])
    fmt = "data" if "|" in text else "computation"
    return Problem(text=text, answer=", ".join(map(str, sols)) if sols else "없다", format=fmt, difficulty=2, achievement_level="E",
                   concepts=["부등식", "해", "대입"],
                   check=lambda: sols == [v for v in vals if _holds(_P(lhs).subs(x, v), op, sp.Integer(rhs))])


@family("9수02-11", "inequality-properties-mcq")
def _f11_props(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c, d = rng.randint(2, 7), rng.randint(1, 9)
    base_op = rng.choice(["<", ">"])
    # pairs (left(a), right(b), correct op given a base_op b)
    cands = [(f"a + {c}", f"b + {c}", 1), (f"a - {c}", f"b - {c}", 1), (f"{c}a", f"{c}b", 1), (f"[a|{c}]", f"[b|{c}]", 1),
             (f"-{c}a", f"-{c}b", -1), (f"-[a|{c}]", f"-[b|{c}]", -1), (f"{c} - a", f"{c} - b", -1),
             (f"{c}a - {d}", f"{c}b - {d}", 1), (f"-{c}a + {d}", f"-{c}b + {d}", -1), (f"{d} - {c}a", f"{d} - {c}b", -1)]
    ask_wrong = rng.random() < 0.6

    def show(L: str, R: str, op: str) -> str:
        return _ineq(L, op, R, st)

    picks = rng.sample(cands, 5)
    good_opts = [show(L, R, base_op if s == 1 else _flip(base_op)) for L, R, s in picks]
    bad_opts = [show(L, R, _flip(base_op) if s == 1 else base_op) for L, R, s in picks]
    if ask_wrong:
        correct = bad_opts[0]
        wrong = good_opts[1:]
        stem = f"{_r(f'a {base_op} b', st)}일 때, 다음 중 옳지 않은 것은?"
    else:
        correct = good_opts[0]
        wrong = bad_opts[1:]
        stem = f"{_r(f'a {base_op} b', st)}일 때, 다음 중 옳은 것은?"
    ch = choices(rng, correct, wrong)

    def truth(L: str, R: str, op: str) -> bool:
        av, bv = (1, 4) if base_op == "<" else (4, 1)
        return _holds(_P(L).subs(a, av), op, _P(R).subs(b, bv))

    L0, R0, s0 = picks[0]
    op0 = (_flip(base_op) if s0 == 1 else base_op) if ask_wrong else (base_op if s0 == 1 else _flip(base_op))
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["부등식의 성질", "부등식"], choice=ch, check=lambda: truth(L0, R0, op0) != ask_wrong)


@family("9수02-11", "range-of-expression")
def _f11_range(rng: random.Random) -> Problem:
    st = pick_style(rng)
    lo, hi = sorted(rng.sample(range(-4, 6), 2))
    op1, op2 = rng.choice([("<=", "<"), ("<", "<="), ("<=", "<="), ("<", "<")])
    p = _nz(rng, -4, 4)
    q = rng.randint(-6, 6)
    e = _lin(p, q)
    L, H = p * lo + q, p * hi + q
    if p > 0:
        res = f"{L} {op1} {_r(e, 'plain')} {op2} {H}"
        rl, rh, r1, r2 = L, H, op1, op2
    else:
        res = f"{H} {op2} {_r(e, 'plain')} {op1} {L}"
        rl, rh, r1, r2 = H, L, op2, op1
    text = rng.choice([
        f"{_r(f'{lo} {op1} x {op2} {hi}', st)}일 때, {_j(_r(e, st), '의')[:-1] if False else _r(e, st)}의 값의 범위를 {_end(rng)}",
        f"{_r(f'{lo} {op1} x {op2} {hi}', st)}이고 {_r(f'A = {e}', st)}일 때, A의 값의 범위는 {_r(f'□ {r1} A {r2} □', st).replace('□', '□')}이다. □ 안에 알맞은 수를 차례로 쓰시오.",
    ])
    if "□" in text and st == "latex":
        text = text.replace("\\square", "□")
    ans = _r(res, "unicode") if "□" not in text else f"{rl}, {rh}"
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "computation", difficulty=3, achievement_level="B",
                   concepts=["부등식의 성질"], check=lambda: min(L, H) == min(rl, rh) and (p > 0) == (rl == L))


@family("9수02-11", "compare-fill-sign")
def _f11_compare(rng: random.Random) -> Problem:
    st = pick_style(rng)
    base_op = rng.choice(["<", ">"])
    c = _nz(rng, -6, 6, (0, 1, -1))
    d = rng.randint(-9, 9)
    div = rng.random() < 0.3
    L = f"[a|{c}]" if div and c > 0 else (f"-[a|{-c}]" if div else f"{c}a")
    R = L.replace("a", "b")
    if d:
        L, R = f"{L} {_sgn(d)}", f"{R} {_sgn(d)}"
    op = base_op if c > 0 else _flip(base_op)
    sym = {"<": "<", ">": ">"}[op]
    text = rng.choice([
        f"{_r(f'a {base_op} b', st)}일 때, □ 안에 알맞은 부등호를 써넣으시오.\n{_r(L, st)} □ {_r(R, st)}",
        f"두 수 a, b에 대하여 {_r(f'a {base_op} b', st)}이다. 이때 {_j(_r(L, st), '과/와')} {_r(R, st)}의 대소를 부등호를 사용하여 나타내시오.",
    ])
    ans = sym if "□" in text else f"{_r(L, 'unicode')} {sym} {_r(R, 'unicode')}"
    av, bv = (1, 3) if base_op == "<" else (3, 1)
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["부등식의 성질"], check=lambda: _holds(_P(L).subs(a, av), op, _P(R).subs(b, bv)))


@family("9수02-11", "which-is-inequality-mcq")
def _f11_which(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k, m = rng.randint(2, 7), rng.randint(1, 9)
    ineqs = [f"{k}x - {m} > 0", f"x <= {m}", f"{k} >= {m + k}", f"x + {m} < {k}x", f"{m} - x >= {k}"]
    nons = [f"{k}x - {m} = 0", f"{k}x + {m}", f"x + {m} = {k}x", f"{k}(x - 1) = {k}x - {k}", f"[x|{k}] - {m}"]
    ask = rng.random() < 0.6
    if ask:
        c, wrong = rng.choice(ineqs), rng.sample(nons, 4)
        stem = rng.choice(["다음 중 부등식인 것은?", "다음 중 부등식을 고르시오."])
    else:
        c, wrong = rng.choice(nons), rng.sample(ineqs, 4)
        stem = rng.choice(["다음 중 부등식이 아닌 것은?", "다음 중 부등식이 아닌 것을 고르면?"])
    ch = choices(rng, _r(c, st), [_r(w, st) for w in wrong])

    def is_ineq(t: str) -> bool:
        return any(o in t for o in ("<", ">"))

    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=["부등식"], choice=ch, check=lambda: is_ineq(c) == ask and all(is_ineq(w) != ask for w in wrong))


@family("9수02-11", "compare-with-equality-proof")
def _f11_proof(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.randint(2, 6)
    p, q = rng.sample(range(-5, 6), 2)
    lo, hi = min(p, q), max(p, q)
    text = rng.choice([
        f"등식의 성질과 부등식의 성질을 비교하여 같은 점과 다른 점을 설명하시오. 또, {_r(f'{lo} < {hi}', st)}의 양변에 {-c}를 곱하여 그 이유를 보이시오.",
        f"{_r('a < b', st)}일 때 {_j(_r(f'-{c}a', st), '과/와')} {_r(f'-{c}b', st)}의 대소 관계를 구하고, 부등식의 양변에 음수를 곱하면 부등호의 방향이 어떻게 되는지 수직선을 이용하여 설명하시오.",
        f"부등식 {_r('a < b', st)}의 양변에 같은 수 c를 곱할 때, c의 부호에 따라 부등호의 방향이 어떻게 되는지 예를 들어 설명하시오. (단, c ≠ 0)",
    ])
    ans = f"{-c * lo} > {-c * hi}" if "양변에" in text and f"{lo} <" in text else (f"-{c}a > -{c}b" if "대소 관계" in text else None)
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                   concepts=["부등식의 성질", "등식의 성질"], check=lambda: -c * lo > -c * hi)


@family("9수02-11", "real-life-inequality")
def _f11_life(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.randrange(3)
    if form == 0:
        limit = rng.choice([500, 600, 800, 1000])
        man = rng.choice([60, 65, 70, 75])
        box = rng.choice([15, 20, 25, 30])
        text = (f"최대 {limit} kg까지 실을 수 있는 엘리베이터에 몸무게가 {man} kg인 사람이 한 개에 {box} kg인 상자 x개를 싣고 타려고 한다. "
                f"이 상황을 x에 대한 부등식으로 나타내시오.")
        ans = _r(f"{man} + {box}x <= {limit}", "unicode")
        chk_val = (man + box * ((limit - man) // box)) <= limit
    elif form == 1:
        price, fee = rng.choice([(1500, 3000), (1200, 2500), (2000, 4000), (800, 2000)])
        budget = rng.choice([15000, 20000, 25000, 30000])
        text = (f"한 권에 {_won(price)}원인 공책 x권을 사서 배송비 {_won(fee)}원을 더하여 주문하려고 한다. 전체 금액이 {_won(budget)}원 이하가 되도록 하는 상황을 "
                f"부등식으로 나타내시오.")
        ans = _r(f"{price}x + {fee} <= {budget}", "unicode")
        chk_val = price > 0
    else:
        t = rng.choice([30, 40, 50, 60])
        v = rng.choice([3, 4, 5])
        d_walk = rng.choice([2, 3])
        text = (f"집에서 {d_walk} km 떨어진 역까지 가는데 처음에는 시속 {v} km로 x km를 걷고, 나머지는 시속 {v + 3 if v < 5 else 8} km로 뛰어서 "
                f"{t}분 이내에 도착하려고 한다. 이 상황을 x에 대한 부등식으로 나타내시오.")
        v2 = v + 3 if v < 5 else 8
        ans = f"x/{v} + ({d_walk} − x)/{v2} ≤ {sp.Rational(t, 60)}"
        chk_val = True
    _ = st
    return Problem(text=text, answer=ans, format="word", difficulty=2 if form < 2 else 3, achievement_level="C",
                   concepts=["부등식"], check=lambda: chk_val)


# ================================================================================================
# 9수02-12 일차부등식의 풀이와 활용
# ================================================================================================
_UNI_OP = {"<": "<", ">": ">", "<=": "≤", ">=": "≥"}


def _solve_lin_ineq(lhs: str, op: str, rhs: str) -> tuple[str, sp.Rational]:
    """Solve a linear inequality in x: returns (op, k) meaning ``x op k``."""
    d = sp.expand(_P(lhs) - _P(rhs))
    p, q = d.coeff(x, 1), d.coeff(x, 0)
    k = sp.Rational(-q, p)
    return (op if p > 0 else _flip(op)), k


def _check_ineq(lhs: str, op: str, rhs: str, op2: str, k: sp.Rational) -> bool:
    """Brute-force check on sample points that ``lhs op rhs`` ⇔ ``x op2 k``."""
    for t in [k - 3, k - sp.Rational(1, 2), k, k + sp.Rational(1, 3), k + 5]:
        if _holds(_P(lhs).subs(x, t), op, _P(rhs).subs(x, t)) != _holds(t, op2, k):
            return False
    return True


_INEQ_Q = ("다음 일차부등식을 푸시오.", "다음 부등식을 풀어라.", "다음 일차부등식의 해를 구하시오.")


@family("9수02-12", "solve-basic")
def _f12_basic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(-6, 8)
    p = _nz(rng, -6, 7)
    r = _nz(rng, -5, 5, (0, p))
    q = rng.randint(-10, 10)
    s = p * k + q - r * k
    op = rng.choice(["<", ">", "<=", ">="])
    lhs, rhs = _lin(p, q), _lin(r, s)
    op2, kk = _solve_lin_ineq(lhs, op, rhs)
    ineq = _ineq(lhs, op, rhs, st)
    text = rng.choice([f"{rng.choice(_INEQ_Q)}\n{ineq}", f"일차부등식 {_j(ineq, '을/를')} 풀면?", f"부등식 {ineq}의 해를 {_end(rng)}"])
    ans = f"x {_UNI_OP[op2]} {kk}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["일차부등식", "해", "이항"], check=lambda: _check_ineq(lhs, op, rhs, op2, kk))


@family("9수02-12", "solve-complex-coefficients")
def _f12_complex(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.randrange(3)
    op = rng.choice(["<", ">", "<=", ">="])
    k = rng.randint(-5, 8)
    if form == 0:
        c1, m1 = rng.randint(2, 4), _nz(rng, -4, 4)
        c2 = _nz(rng, -3, 3, (0, c1))
        lhs = f"{c1}(x {_sgn(m1)})"
        rhs_const = c1 * (k + m1) - c2 * k
        rhs = _lin(c2, rhs_const)
    elif form == 1:
        p10, r10 = rng.choice([(3, 1), (5, 2), (4, 7), (2, 5), (6, 1), (12, 5)])
        q10 = rng.choice([-5, -2, 1, 4, 8])
        s10 = p10 * k + q10 - r10 * k
        def dec(v: int) -> str:
            return f"{abs(v) / 10:g}"
        lhs = f"{dec(p10)}x {'+' if q10 > 0 else '-'} {dec(q10)}"
        rhs = f"{dec(r10)}x {'+' if s10 >= 0 else '-'} {dec(s10)}"
    else:
        m, n = rng.sample([2, 3, 4, 6], 2)
        a1 = rng.randint(1, 3)
        b1 = (-a1 * k) % m + m * rng.choice([-1, 0])
        lhs = f"[{_lin(a1, b1)}|{m}]"
        val = sp.Rational(a1 * k + b1, m)
        c2 = rng.choice([1, 2])
        rhs_expr = sp.Rational(c2, n) * x
        const = val - rhs_expr.subs(x, k)
        rhs = f"[{'x' if c2 == 1 else f'{c2}x'}|{n}] {'+' if const >= 0 else '-'} {_frac_str(abs(const)) if sp.Rational(const).q == 1 else '[' + str(abs(sp.Rational(const)).p) + '|' + str(sp.Rational(const).q) + ']'}"
        if sp.Rational(a1, m) == sp.Rational(c2, n):
            lhs = f"[{_lin(a1 + m, b1)}|{m}]"
            const = sp.Rational((a1 + m) * k + b1, m) - rhs_expr.subs(x, k)
            rhs = f"[{'x' if c2 == 1 else f'{c2}x'}|{n}] {'+' if const >= 0 else '-'} {_frac_str(abs(const)) if sp.Rational(const).q == 1 else '[' + str(abs(sp.Rational(const)).p) + '|' + str(sp.Rational(const).q) + ']'}"
    op2, kk = _solve_lin_ineq(lhs if form != 1 else lhs.replace("x", "*x"), op, rhs if form != 1 else rhs.replace("x", "*x"))
    ineq = _ineq(lhs, op, rhs, st)
    text = rng.choice([f"{rng.choice(_INEQ_Q)}\n{ineq}", f"일차부등식 {_j(ineq, '을/를')} 푸시오.",
                       f"부등식 {_j(ineq, '을/를')} 풀어 해를 수직선 위에 나타내시오."])
    ans = f"x {_UNI_OP[op2]} {_frac_str(kk)}"
    L, R = (lhs, rhs) if form != 1 else (lhs.replace("x", "*x"), rhs.replace("x", "*x"))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["일차부등식", "해"], check=lambda: _check_ineq(L, op, R, op2, kk))


@family("9수02-12", "number-line-mcq")
def _f12_numline(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(-5, 6)
    p = _nz(rng, -5, 5)
    q = rng.randint(-8, 8)
    op = rng.choice(["<", ">", "<=", ">="])
    rhs = p * k + q
    lhs = _lin(p, q)
    op2, kk = _solve_lin_ineq(lhs, op, str(rhs))

    def desc(o: str, v: int) -> str:
        dot = "속이 채워진 점(●)" if o in ("<=", ">=") else "속이 빈 점(○)"
        dirn = "오른쪽" if o in (">", ">=") else "왼쪽"
        return f"{v}에 {dot}을 찍고 {dirn}으로 화살표"

    correct = desc(op2, int(kk))
    wrong = [desc(o, v) for o in ("<", ">", "<=", ">=") for v in (int(kk), -int(kk), int(kk) + 1) if (o, v) != (op2, int(kk))]
    wrong = list(dict.fromkeys(w for w in wrong if w != correct))
    rng.shuffle(wrong)
    stem = rng.choice([f"일차부등식 {ineq}의 해를 수직선 위에 바르게 나타낸 것은?" for ineq in [_ineq(lhs, op, str(rhs), st)]])
    ch = choices(rng, correct, wrong[:4])
    return Problem(text=_mcq_text(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["일차부등식", "해", "수직선"], choice=ch, check=lambda: _check_ineq(lhs, op, str(rhs), op2, kk))


@family("9수02-12", "extreme-integer-solution")
def _f12_extreme(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = _nz(rng, -6, 6, (0, 1, -1))
    r = _nz(rng, -4, 4, (0, p))
    q, s = rng.randint(-9, 9), rng.randint(-9, 9)
    op = rng.choice(["<", ">", "<=", ">="])
    lhs, rhs = _lin(p, q), _lin(r, s)
    op2, kk = _solve_lin_ineq(lhs, op, rhs)
    if op2 in ("<", "<="):
        want = "가장 큰 정수"
        val = sp.floor(kk) if op2 == "<=" or kk.q != 1 else kk - 1
    else:
        want = "가장 작은 정수"
        val = sp.ceiling(kk) if op2 == ">=" or kk.q != 1 else kk + 1
    ineq = _ineq(lhs, op, rhs, st)
    text = rng.choice([f"일차부등식 {ineq}를 만족하는 x의 값 중 {josa(want, '을/를')} 구하시오.".replace(f"{ineq}를", _j(ineq, "을/를")),
                       f"부등식 {ineq}의 해 중에서 {josa(want, '은/는')} □이다. □ 안에 알맞은 수를 쓰시오."])
    return Problem(text=text, answer=str(val), format="fill", difficulty=3, achievement_level="C",
                   concepts=["일차부등식", "해"],
                   check=lambda: _holds(sp.Integer(val), op2, kk) and not _holds(sp.Integer(val + (1 if op2 in ("<", "<=") else -1)), op2, kk))


@family("9수02-12", "budget-word")
def _f12_budget(rng: random.Random) -> Problem:
    (o1, p1, u1) = rng.choice([("장미", 2500, "송이"), ("볼펜", 1200, "자루"), ("음료수", 1500, "병"), ("공책", 1800, "권"),
                                ("빵", 2200, "개")])
    extra_name, extra = rng.choice([("포장비", 3000), ("배송비", 2500), ("바구니 값", 4000), ("입장료", 5000)])
    budget = rng.choice([20000, 25000, 30000, 40000])
    mx = (budget - extra) // p1
    who = name(rng)
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([
            f"{josa(who, '은/는')} 한 {u1}에 {_won(p1)}원인 {o1} 몇 {josa(u1, '을/를')} 사고 {extra_name} {_won(extra)}원을 더 내려고 한다. 전체 금액이 {_won(budget)}원 이하가 되게 하려면 {o1}는 최대 몇 {u1}까지 살 수 있는지 {_end(rng)}".replace(f"{o1}는", josa(o1, "은/는")),
            f"{_won(budget)}원으로 {extra_name} {_won(extra)}원을 내고 한 {u1}에 {_won(p1)}원인 {josa(o1, '을/를')} 최대한 많이 사려고 한다. {josa(o1, '을/를')} 최대 몇 {u1} 살 수 있습니까?",
        ])
        ans = f"{mx}{u1}"
        def chk():
            return (p1 * mx + extra <= budget < p1 * (mx + 1) + extra)
    else:
        have = rng.choice([5000, 8000, 10000, 12000])
        save = rng.choice([1500, 2000, 2500, 3000])
        goal = rng.choice([30000, 40000, 50000, 60000])
        weeks = -(-(goal - have) // save)
        text = (f"{josa(who, '은/는')} 현재 {_won(have)}원을 저금했고, 다음 주부터 매주 {_won(save)}원씩 저금하려고 한다. "
                f"저금한 금액이 {_won(goal)}원 이상이 되는 것은 최소 몇 주 후인지 부등식을 세워 {_end(rng)}")
        ans = f"{weeks}주 후"
        def chk():
            return (have + save * weeks >= goal > have + save * (weeks - 1))
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["일차부등식"], check=chk)


@family("9수02-12", "compare-plans-word")
def _f12_plans(rng: random.Random) -> Problem:
    form = rng.randrange(2)
    if form == 0:
        fee = rng.choice([10000, 15000, 20000])
        normal = rng.choice([3000, 4000, 5000])
        member = normal - rng.choice([1000, 1500, 2000])
        n = fee // (normal - member) + 1
        place = rng.choice(["수영장", "볼링장", "영화관", "박물관"])
        text = (f"어느 {place}의 1회 이용료는 {_won(normal)}원이다. 연회비 {_won(fee)}원을 내고 회원이 되면 1회 이용료가 {_won(member)}원이 된다. "
                f"1년 동안 이 {josa(place, '을/를')} 최소 몇 번 이상 이용해야 회원으로 가입하는 것이 유리한지 {_end(rng)}")
        def chk():
            return (fee + member * n < normal * n and not (fee + member * (n - 1) < normal * (n - 1)))
        ans = f"{n}번"
    else:
        single = rng.choice([4000, 5000, 6000])
        group_n = rng.choice([20, 25, 30])
        rate = rng.choice([10, 20, 30])
        group_each = single * (100 - rate) // 100
        n = -(-(group_n * group_each) // single)
        if n * single == group_n * group_each:
            n += 1
        text = (f"어느 미술관의 입장료는 1인당 {_won(single)}원이고, {group_n}명 이상의 단체는 입장료의 {rate}%를 할인해 준다. "
                f"{group_n}명 미만인 단체가 입장할 때, 몇 명 이상이면 {group_n}명의 단체 입장권을 사는 것이 유리한지 {_end(rng)}")
        def chk():
            return (single * n > group_n * group_each >= single * (n - 1))
        ans = f"{n}명"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["일차부등식"], check=chk)


@family("9수02-12", "round-trip-time")
def _f12_trip(rng: random.Random) -> Problem:
    who = name(rng)
    v1, v2 = rng.choice([(2, 3), (3, 4), (3, 6), (4, 6), (2, 4)])
    T = rng.choice([1, 2, 3])
    # x/v1 + x/v2 <= T  -> x <= T*v1*v2/(v1+v2)
    lim = sp.Rational(T * v1 * v2, v1 + v2)
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([
            f"{josa(who, '이/가')} 산책을 하는데 갈 때는 시속 {v1} km로, 올 때는 같은 길을 시속 {v2} km로 걸어서 {T}시간 이내에 돌아오려고 한다. 최대 몇 km 떨어진 곳까지 갔다 올 수 있는지 {_end(rng)}",
            f"등산로를 올라갈 때는 시속 {v1} km, 내려올 때는 같은 길을 시속 {v2} km로 걸어 전체 {T}시간 이내로 등산을 마치려고 한다. 최대 몇 km까지 올라갔다 내려올 수 있는가?",
        ])
        ans = f"{_frac_str(lim)} km"
        def chk():
            return (sp.solve(x / v1 + x / v2 - T, x) == [lim])
    else:
        wait = rng.choice([20, 30, 40])
        total = rng.choice([90, 120, 150])
        v = rng.choice([3, 4, 5, 6])
        lim = sp.Rational((total - wait) * v, 2 * 60)
        text = (f"기차 출발 시각까지 {total}분의 여유가 있다. 역에서 기다려야 하는 시간 {wait}분을 빼고 남은 시간 동안 시속 {v} km로 걸어서 "
                f"상점에 다녀오려고 한다. 역에서 최대 몇 km 떨어진 상점까지 다녀올 수 있는지 {_end(rng)}")
        ans = f"{_frac_str(lim)} km"
        def chk():
            return (sp.solve(2 * x / v * 60 + wait - total, x) == [lim])
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["일차부등식"], check=chk)


@family("9수02-12", "parameter-from-solution")
def _f12_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    av = _nz(rng, -5, 5, (0,))
    k = _nz(rng, -5, 5)
    q = rng.randint(-8, 8)
    op = rng.choice(["<", ">"])
    rhs = av * k + q
    op2 = op if av > 0 else _flip(op)
    ineq = _ineq(f"ax {_sgn(q)}" if q else "ax", op, str(rhs), st)
    sol = _r(f"x {op2} {k}", st)
    text = rng.choice([f"x에 대한 일차부등식 {ineq}의 해가 {sol}일 때, 상수 a의 값을 {_end(rng)}",
                       f"부등식 {ineq}의 해가 {_j(sol, '이/가')} 되도록 하는 상수 a의 값은?"])
    return Problem(text=text, answer=str(av), format="computation", difficulty=4, achievement_level="A",
                   concepts=["일차부등식", "부등식의 성질"],
                   check=lambda: _check_ineq(f"{av}x {_sgn(q)}", op, str(rhs), op2, sp.Integer(k)))


@family("9수02-12", "count-natural-solutions")
def _f12_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(3, 9)
    p = rng.randint(2, 6)
    r = rng.choice([v for v in range(-3, p) if v != 0])
    q = rng.randint(-6, 6)
    op = rng.choice(["<", "<="])
    s = p * k + q - r * k
    lhs, rhs = _lin(p, q), _lin(r, s)
    op2, kk = _solve_lin_ineq(lhs, op, rhs)
    nat = [n for n in range(1, 30) if _holds(sp.Integer(n), op2, kk)]
    ineq = _ineq(lhs, op, rhs, st)
    text = rng.choice([f"일차부등식 {_j(ineq, '을/를')} 만족하는 자연수 x는 모두 몇 개인지 {_end(rng)}",
                       f"부등식 {ineq}의 해 중에서 자연수인 것의 개수를 {_end(rng)}",
                       f"부등식 {_j(ineq, '을/를')} 참이 되게 하는 자연수 x의 값을 모두 더하면 얼마인가?"])
    ans = str(sum(nat)) if "더하면" in text else f"{len(nat)}개"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["일차부등식", "해"], check=lambda: op2 in ("<", "<=") and all(_check_ineq(lhs, op, rhs, op2, kk) for _ in [0]))
