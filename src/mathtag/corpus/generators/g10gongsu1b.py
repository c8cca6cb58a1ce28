"""Generators for 공통수학1 (고등학교), domain 03 경우의 수: 10공수1-03-01 (the rest of 03 and 04 행렬 are in ``g10gongsu1c.py``).

Uses the private helpers ``_end`` and ``_w`` of ``g10gongsu1a.py``.
"""

from __future__ import annotations

import itertools
import math as pymath
import random

import sympy as sp

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.generators.g10gongsu1a import _end, _w
from mathtag.corpus.korean import josa
from mathtag.corpus.notation import pick_style


def _P(n: int, r: int) -> int:
    return pymath.perm(n, r)


def _C(n: int, r: int) -> int:
    return pymath.comb(n, r)


def _npr(n: int, r: int, st: str, kind: str = "P") -> str:
    if st == "latex":
        return f"${{}}_{{{n}}}\\mathrm{{{kind}}}_{{{r}}}$"
    if st == "unicode":
        sub = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
        return f"{str(n).translate(sub)}{kind}{str(r).translate(sub)}"
    return f"{n}{kind}{r}"


# ================================================================================================
# 10공수1-03-01 합의 법칙과 곱의 법칙
# ================================================================================================
@family("10공수1-03-01", "two-dice-sum-rule")
def _k1_dice(rng: random.Random) -> Problem:
    cond = rng.choice(["sum-mult", "sum-either"])
    if cond == "sum-mult":
        m = rng.choice([3, 4, 5, 6])
        cnt = sum(1 for a in range(1, 7) for b in range(1, 7) if (a + b) % m == 0)
        text = rng.choice([f"서로 다른 두 개의 주사위를 동시에 던질 때, 나오는 눈의 수의 합이 {m}의 배수인 경우의 수를 {_end(rng)}",
                           f"크기가 다른 두 주사위를 한 번 던져서 나온 두 눈의 수의 합이 {m}의 배수가 되는 경우는 모두 몇 가지인가?"])
        chk = lambda: cnt == len([1 for a, b in itertools.product(range(1, 7), repeat=2) if (a + b) % m == 0])  # noqa: E731
    else:
        s1, s2 = rng.sample(range(3, 12), 2)
        cnt = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b in (s1, s2))
        text = f"서로 다른 두 개의 주사위를 던질 때, 나오는 눈의 수의 합이 {s1} 또는 {josa(str(s2), '이/가')} 되는 경우의 수를 {_end(rng)}"
        chk = lambda: cnt == (6 - abs(s1 - 7)) + (6 - abs(s2 - 7))  # noqa: E731
    return Problem(text=text, answer=str(cnt), format="word", difficulty=2, achievement_level="D",
                   concepts=["합의 법칙", "경우의 수"], check=chk)


@family("10공수1-03-01", "roads-between-towns")
def _k1_roads(rng: random.Random) -> Problem:
    ab, bc, ac = rng.randint(2, 5), rng.randint(2, 4), rng.randint(1, 3)
    A_, B_, C_ = rng.choice([("A", "B", "C"), ("집", "도서관", "학교"), ("P", "Q", "R")])
    direct = rng.random() < 0.6
    total = ab * bc + (ac if direct else 0)
    extra = f" 또 {A_}에서 {josa(C_, '으로/로')} 바로 가는 길이 {ac}가지 있다." if direct else ""
    text = (f"{A_}에서 {josa(B_, '으로/로')} 가는 길이 {ab}가지, {B_}에서 {josa(C_, '으로/로')} 가는 길이 {bc}가지 있다."
            + extra + f" {A_}에서 {C_}까지 가는 방법의 수를 {_end(rng)} (단, 같은 지점은 두 번 이상 지나지 않는다.)")
    return Problem(text=text, answer=str(total), format="word", difficulty=2 if not direct else 3, achievement_level="C" if direct else "D",
                   concepts=["곱의 법칙", "합의 법칙"] if direct else ["곱의 법칙"],
                   check=lambda: total == len(list(itertools.product(range(ab), range(bc)))) + (ac if direct else 0))


@family("10공수1-03-01", "count-divisors")
def _k1_divisors(rng: random.Random) -> Problem:
    p_ = rng.sample([2, 3, 5, 7], 2)
    e1, e2 = rng.randint(1, 4), rng.randint(1, 3)
    n = p_[0] ** e1 * p_[1] ** e2
    cnt = (e1 + 1) * (e2 + 1)
    text = rng.choice([f"{n}의 양의 약수의 개수를 곱의 법칙을 이용하여 {_end(rng)}", f"자연수 {n}의 약수는 모두 몇 개인가?"])
    return Problem(text=text, answer=str(cnt), format="computation", difficulty=2, achievement_level="D",
                   concepts=["곱의 법칙"], check=lambda: cnt == len(sp.divisors(n)))


@family("10공수1-03-01", "menu-combination")
def _k1_menu(rng: random.Random) -> Problem:
    a, b, c = rng.randint(2, 6), rng.randint(2, 5), rng.randint(2, 4)
    kind = rng.randrange(2)
    if kind == 0:
        text = f"어느 분식집에 식사 메뉴가 {a}가지, 음료가 {b}가지, 후식이 {c}가지 있다. 식사, 음료, 후식을 각각 하나씩 고르는 방법의 수를 {_end(rng)}"
        ans = a * b * c
        con = ["곱의 법칙"]
    else:
        text = f"식사 메뉴 {a}가지와 후식 {c}가지 중에서 한 가지만 주문하는 방법의 수와, 식사와 후식을 하나씩 주문하는 방법의 수를 차례로 {_end(rng)}"
        ans = f"{a + c}, {a * c}"
        con = ["합의 법칙", "곱의 법칙"]
    return Problem(text=text, answer=str(ans), format="word", difficulty=1, achievement_level="E",
                   concepts=con, check=lambda: True)


@family("10공수1-03-01", "natural-solutions-count")
def _k1_solutions(rng: random.Random) -> Problem:
    n = rng.randint(8, 16)
    a, b = rng.choice([(1, 2), (1, 3), (2, 3), (1, 2)])
    cnt = sum(1 for xx in range(1, n) for yy in range(1, n) if a * xx + b * yy <= n) if rng.random() < 0.4 else None
    if cnt is None:
        cnt = sum(1 for xx in range(1, n) for yy in range(1, n) if a * xx + b * yy == n)
        rel = "="
    else:
        rel = "<="
    st = pick_style(rng)
    eq = _w(f"{'' if a == 1 else a}x + {'' if b == 1 else b}y {rel} {n}", st)
    text = rng.choice([f"방정식 {eq}를 만족시키는 자연수 x, y의 순서쌍 (x, y)의 개수를 {_end(rng)}".replace("방정식", "방정식" if rel == "=" else "부등식"),
                       f"{eq}를 만족시키는 자연수 x, y의 순서쌍은 모두 몇 개인가?"])
    text = text.replace(f"{eq}를", eq + josa(str(n), "을/를")[len(str(n)):])
    return Problem(text=text, answer=str(cnt), format="computation", difficulty=3, achievement_level="C",
                   concepts=["합의 법칙", "경우의 수"], check=lambda: cnt >= 0)


@family("10공수1-03-01", "expansion-term-count")
def _k1_terms(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.randint(2, 4), rng.randint(2, 4)
    l1 = "abcd"[:m]
    l2 = "pqrs"[:n]
    f1 = "(" + " + ".join(l1) + ")"
    f2 = "(" + " + ".join(l2) + ")"
    three = rng.random() < 0.4
    if three:
        f3 = "(x + y)"
        cnt = m * n * 2
        expr = f1 + f2 + f3
    else:
        cnt = m * n
        expr = f1 + f2
    text = rng.choice([f"{_w(expr, st)}를 전개할 때, 항의 개수를 {_end(rng)}", f"다항식 {_w(expr, st)}의 전개식에서 서로 다른 항은 모두 몇 개인가?"])
    return Problem(text=text, answer=str(cnt), format="computation", difficulty=2, achievement_level="D",
                   concepts=["곱의 법칙"],
                   check=lambda: len(sp.Add.make_args(sp.expand(sp.sympify(expr.replace(")(", ")*("))))) == cnt)


@family("10공수1-03-01", "coins-payment")
def _k1_coins(rng: random.Random) -> Problem:
    a, b, c = rng.randint(1, 4), rng.randint(1, 3), rng.randint(1, 3)
    cnt = (a + 1) * (b + 1) * (c + 1) - 1
    amounts = {100 * i + 500 * j + 1000 * k for i in range(a + 1) for j in range(b + 1) for k in range(c + 1)} - {0}
    kind = rng.randrange(2)
    if kind == 0:
        text = f"100원짜리 동전 {a}개, 500원짜리 동전 {b}개, 1000원짜리 지폐 {c}장의 일부 또는 전부를 사용하여 지불하는 방법의 수를 {_end(rng)} (단, 0원을 지불하는 경우는 제외한다.)"
        ans = cnt
    else:
        a = max(a, 5)
        amounts = {100 * i + 500 * j + 1000 * k for i in range(a + 1) for j in range(b + 1) for k in range(c + 1)} - {0}
        text = f"100원짜리 동전 {a}개, 500원짜리 동전 {b}개, 1000원짜리 지폐 {c}장의 일부 또는 전부를 사용하여 지불할 수 있는 금액의 수를 {_end(rng)} (단, 0원은 제외한다.)"
        ans = len(amounts)
    return Problem(text=text, answer=str(ans), format="word", difficulty=4, achievement_level="B",
                   concepts=["곱의 법칙", "경우의 수"], check=lambda: ans == (cnt if kind == 0 else len(amounts)))


@family("10공수1-03-01", "coloring-regions")
def _k1_color(rng: random.Random) -> Problem:
    n = rng.randint(3, 6)
    cnt = n * (n - 1) ** 3
    # 4 regions in a row A-B-C-D, adjacent differ: n(n-1)^3
    text = rng.choice([
        f"일렬로 붙어 있는 네 영역 A, B, C, D를 서로 다른 {n}가지 색으로 칠하려고 한다. 같은 색을 여러 번 쓸 수 있지만 이웃한 영역은 서로 다른 색으로 칠하는 방법의 수를 {_end(rng)}",
        f"한 줄로 놓인 네 칸에 {n}가지 색 중에서 색을 골라 칠할 때, 바로 옆 칸끼리는 다른 색이 되도록 칠하는 방법은 몇 가지인가? (같은 색을 반복해서 쓸 수 있다.)",
    ])
    return Problem(text=text, answer=str(cnt), format="word", difficulty=4, achievement_level="A",
                   concepts=["곱의 법칙"], check=lambda: cnt == sum(1 for t in itertools.product(range(n), repeat=4) if all(t[i] != t[i + 1] for i in range(3))))
