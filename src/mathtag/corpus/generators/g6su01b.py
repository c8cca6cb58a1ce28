"""Generators for 6수01-13 … 6수01-15 (초등 5–6학년 소수의 곱셈과 나눗셈).

소수의 곱셈, (자연수)÷(자연수)의 몫을 소수로 나타내기, 소수의 나눗셈((소수)÷(자연수), (자연수)÷(소수),
(소수)÷(소수)), 어림셈으로 결과 확인하기.

Reuses the private helpers of ``g6su01`` (``_d`` exact decimal text, ``_p`` particle only,
``_N`` child's name with particle, ``_pick``). Private helpers of this module:
- ``_rd``: a random positive decimal with a given number of places (as ``Fraction``).
- ``_ex``: a two-operand expression in a notation style (``$2.4 \\times 1.5$`` / ``2.4 × 1.5``).
- ``_places``: number of decimal places of a terminating rational.
"""

from __future__ import annotations

import random
from fractions import Fraction

import sympy

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.generators.g6su01 import _N, _d, _p, _pick
from mathtag.corpus.korean import josa, names
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import ELEMENTARY_WEIGHTS, pick_style

F = Fraction


def _rd(rng: random.Random, lo: float, hi: float, places: int, *, nonint: bool = True) -> Fraction:
    """A random decimal in [lo, hi] with exactly ``places`` places (last digit nonzero when ``nonint``)."""
    q = 10**places
    while True:
        v = rng.randint(int(lo * q), int(hi * q))
        if v <= 0:
            continue
        if places and nonint and v % 10 == 0:
            continue
        return F(v, q)


def _places(x: Fraction) -> int:
    for k in range(10):
        if (x * 10**k).denominator == 1:
            return k
    raise ValueError(f"{x} does not terminate")


def _ex(a: Fraction | int, o: str, b: Fraction | int, st: str) -> str:
    sa, sb = _d(a), _d(b)
    if st == "latex":
        cmd = "\\times" if o == "×" else "\\div"
        return f"${sa} {cmd} {sb}$"
    return f"{sa} {o} {sb}"


def _ask(rng: random.Random) -> str:
    return _pick(rng, "구하시오.", "구하세요.", "얼마입니까?", "구해 보세요.")


def _calc_stem(rng: random.Random) -> str:
    return _pick(rng, "계산하시오.", "계산해 보세요.", "다음을 계산하세요.", "곱을 구하시오.", "계산 결과를 쓰시오.")


def _div_stem(rng: random.Random) -> str:
    return _pick(rng, "계산하시오.", "나눗셈을 하세요.", "몫을 구하시오.", "다음 나눗셈의 몫을 구해 보세요.", "계산해 보세요.")


# =============================================================================================
# 6수01-13 소수의 곱셈
# =============================================================================================

@family("6수01-13", "decimal-times-whole")
def _c13_dw(rng: random.Random) -> Problem:
    k = rng.choice([1, 1, 2, 2, 3])
    a = _rd(rng, 0.1, 9.99 if k < 3 else 5, k)
    b = rng.randint(2, 35)
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    swap = rng.random() < 0.4
    e = _ex(b, "×", a, st) if swap else _ex(a, "×", b, st)
    prod = a * b
    text = _pick(rng, f"{_calc_stem(rng)}\n{e}", f"{e} = □\n□ 안에 알맞은 수를 써넣으세요.", f"{e}의 값을 구하시오.",
                 f"{e}{_p(_d(b) if not swap else _d(a), '을/를')} 계산하면 얼마입니까?")
    fmt = "fill" if "□" in text else "computation"
    return Problem(text=text, answer=_d(prod), format=fmt, difficulty=1 if k == 1 and b < 10 else 2,
                   achievement_level="C" if k == 1 else "B", concepts=["소수의 곱셈"],
                   check=lambda: sympy.Rational(_d(a)) * b == sympy.Rational(_d(prod)))


@family("6수01-13", "decimal-times-decimal")
def _c13_dd(rng: random.Random) -> Problem:
    ka, kb = rng.choice([(1, 1), (1, 1), (2, 1), (1, 2), (2, 2)])
    a = _rd(rng, 0.1, 12 if ka == 1 else 5, ka)
    b = _rd(rng, 0.1, 6 if kb == 1 else 2, kb)
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    prod = a * b
    e = _ex(a, "×", b, st)
    text = _pick(rng, f"{_calc_stem(rng)}\n{e}", f"{e}", f"두 수의 곱을 구하세요.\n{_d(a)}    {_d(b)}",
                 f"{e} = (  )\n(  ) 안에 알맞은 수를 쓰시오.")
    if text == e:
        text = f"{e}\n{_calc_stem(rng)}"
    fmt = "fill" if "(  )" in text else "computation"
    return Problem(text=text, answer=_d(prod), format=fmt, difficulty=2 if ka + kb == 2 else 3,
                   achievement_level="B", concepts=["소수의 곱셈"],
                   check=lambda: sympy.Rational(_d(a)) * sympy.Rational(_d(b)) == sympy.Rational(_d(prod)))


@family("6수01-13", "use-whole-number-product")
def _c13_whole(rng: random.Random) -> Problem:
    m = rng.randint(12, 99)
    n = rng.randint(3, 99)
    while m % 10 == 0 or n % 10 == 0:
        m, n = rng.randint(12, 99), rng.randint(3, 99)
    P = m * n
    shifts = rng.sample([(1, 0), (0, 1), (1, 1), (2, 0), (0, 2), (2, 1), (1, 2)], 2)
    lines, ans = [], []
    for sa, sb in shifts:
        a, b = F(m, 10**sa), F(n, 10**sb)
        lines.append(f"{_d(a)} × {_d(b)} = □")
        ans.append(_d(a * b))
    mode = rng.random()
    if mode < 0.7:
        text = _pick(rng, f"{m} × {n} = {P}{_p(str(P), '을/를')} 이용하여 □ 안에 알맞은 수를 써넣으세요.\n" + "\n".join(lines),
                     f"[보기] {m} × {n} = {P}\n[보기]를 이용하여 계산하시오.\n" + "\n".join(x.replace(" = □", "") for x in lines),
                     f"자연수의 곱셈 {m} × {n} = {P}에서 곱하는 두 수의 소수점 위치를 생각하여 다음을 계산하세요.\n"
                     + "\n".join(lines))
        answer = ", ".join(ans)
        chk = all(F(x) == F(m, 10**sa) * F(n, 10**sb) for x, (sa, sb) in zip(ans, shifts, strict=True))
        diff, lvl = 2, "C"
    else:
        sa, sb = shifts[0]
        a = F(m, 10**sa)
        target = a * F(n, 10**sb)
        text = _pick(rng, f"{m} × {n} = {P}일 때, □ 안에 알맞은 소수를 구하시오.\n{_d(a)} × □ = {_d(target)}",
                     f"□ 안에 알맞은 수를 써넣으세요. ({m} × {n} = {P})\n{_d(a)} × □ = {_d(target)}")
        answer = _d(F(n, 10**sb))
        chk = a * F(answer) == target
        diff, lvl = 3, "B"
    return Problem(text=text, answer=answer, format="fill", difficulty=diff, achievement_level=lvl, concepts=["소수의 곱셈"],
                   check=lambda: bool(chk))


@family("6수01-13", "multiply-by-powers-of-ten")
def _c13_pow(rng: random.Random) -> Problem:
    a = _rd(rng, 0.1, 99, rng.choice([1, 2, 3]))
    mode = rng.choice(["up", "down", "mixed"])
    fs = {"up": [10, 100, 1000], "down": [F(1, 10), F(1, 100), F(1, 1000)]}
    facs = rng.sample([10, 100, 1000, F(1, 10), F(1, 100), F(1, 1000)], 3) if mode == "mixed" else fs[mode]
    if rng.random() < 0.5 and a.denominator == 1:
        a = a + F(1, 10)
    lines = [f"{_d(a)} × {_d(f)} = □" for f in facs]
    text = _pick(rng, "곱의 소수점 위치를 생각하여 □ 안에 알맞은 수를 써넣으세요.\n" + "\n".join(lines),
                 "□ 안에 알맞은 수를 차례로 쓰시오.\n" + "\n".join(lines),
                 "계산해 보고, 곱하는 수에 따라 소수점이 어떻게 옮겨지는지 살펴보세요.\n" + "\n".join(lines))
    ans = [a * f for f in facs]
    return Problem(text=text, answer=", ".join(_d(x) for x in ans), format="fill", difficulty=2,
                   achievement_level="C" if mode != "mixed" else "B", concepts=["소수의 곱셈"],
                   check=lambda: all(sympy.Rational(_d(a)) * sympy.Rational(f.numerator, f.denominator) == sympy.Rational(_d(x))
                                     for f, x in zip(facs, ans, strict=True)))


_PER = (
    ("철근", "m", "kg", "1 m의 무게가 {u} kg인 {o}이 있습니다. 이 {o} {q} m의 무게는 몇 kg입니까?"),
    ("밀가루", "봉지", "kg", "밀가루가 한 봉지에 {u} kg씩 들어 있습니다. {q}봉지에 들어 있는 밀가루는 모두 몇 kg입니까?"),
    ("주스", "병", "L", "주스가 한 병에 {u} L씩 들어 있습니다. {q}병에 들어 있는 주스는 모두 몇 L인가요?"),
    ("자동차", "L", "km", "어떤 자동차는 휘발유 1 L로 {u} km를 갈 수 있습니다. 휘발유 {q} L로는 몇 km를 갈 수 있습니까?"),
    ("페인트", "m²", "L", "벽 1 m²를 칠하는 데 페인트가 {u} L 듭니다. 벽 {q} m²를 칠하려면 페인트가 몇 L 필요합니까?"),
    ("걷기", "시간", "km", "{who}는 한 시간에 {u} km를 걷습니다. 같은 빠르기로 {q}시간 동안 걸으면 몇 km를 걸을 수 있습니까?"),
    ("리본", "개", "m", "선물 상자 한 개를 포장하는 데 리본이 {u} m 필요합니다. 상자 {q}개를 포장하려면 리본이 몇 m 필요할까요?"),
)


@family("6수01-13", "rate-times-amount-word")
def _c13_rate(rng: random.Random) -> Problem:
    obj, qunit, aunit, tpl = rng.choice(_PER)
    u = _rd(rng, 0.2, 9.9, rng.choice([1, 1, 2]))
    if qunit in ("m", "L", "m²", "시간"):
        q = _rd(rng, 0.5, 9.5, 1) if rng.random() < 0.7 else F(rng.randint(2, 12))
    else:
        q = F(rng.randint(3, 25))
    who = rng.choice(names(rng, 1))
    text = tpl.format(u=_d(u), q=_d(q), o=obj, who=_N(who, "")).replace(f"{obj}이 있습니다", f"{obj}{_p(obj, '이/가')} 있습니다")
    ans = u * q
    both = q.denominator != 1
    return Problem(text=text, answer=f"{_d(ans)} {aunit}", format="word", difficulty=3 if both else 2,
                   achievement_level="B", concepts=["소수의 곱셈"], check=lambda: F(_d(ans)) == u * q)


@family("6수01-13", "times-as-much")
def _c13_times(rng: random.Random) -> Problem:
    a, b = names(rng, 2)
    kind = rng.choice(["body", "body", "rope", "money"])
    if kind == "body":
        what, unit, lo, hi = rng.choice([("키", "cm", 125, 160), ("몸무게", "kg", 30, 50)])
        base = F(rng.randint(lo, hi))
        role, k = rng.choice([("아버지", _rd(rng, 1.1, 1.3, rng.choice([1, 2]))), ("동생", _rd(rng, 0.7, 0.9, rng.choice([1, 2]))),
                              ("어머니", _rd(rng, 1.02, 1.25, 2))])
        text = _pick(rng, f"{_N(a, '의')} {what}는 {_d(base)} {unit}입니다. {role}의 {what}는 {_N(a, '의')} {what}의 {_d(k)}배입니다. {role}의 {what}는 몇 {unit}입니까?",
                     f"{role}의 {what}는 {_N(a, '의')} {what}의 {_d(k)}배라고 합니다. {_N(a, '의')} {what}가 {_d(base)} {unit}일 때 {role}의 {what}를 구하시오.",
                     f"{_N(a, '의')} {what}: {_d(base)} {unit}\n{role}의 {what}: {_N(a, '의')} {what}의 {_d(k)}배\n{role}의 {what}는 몇 {unit}인가요?")
    elif kind == "rope":
        unit = "m"
        base = _rd(rng, 2, 20, 1)
        k = _rd(rng, 0.2, 2.5, rng.choice([1, 2]))
        if k == 1:
            k = F(13, 10)
        text = _pick(rng, f"{_N(a, '이/가')} 가진 끈의 길이는 {_d(base)} m이고, {_N(b, '이/가')} 가진 끈은 {_N(a, '의')} 끈의 {_d(k)}배입니다. {_N(b, '이/가')} 가진 끈은 몇 m입니까?",
                     f"{_d(base)} m의 {_d(k)}배는 몇 m인지 구하시오.",
                     f"빨간 테이프는 {_d(base)} m이고, 파란 테이프는 빨간 테이프 길이의 {_d(k)}배입니다. 파란 테이프는 몇 m인가요?")
    else:
        unit = "원"
        base = F(rng.randint(20, 300) * 100)
        k = _rd(rng, 0.2, 2.5, 1)
        if k == 1:
            k = F(15, 10)
        text = _pick(rng, f"{_N(a, '이/가')} 저금한 돈은 {int(base):,}원이고, {_N(b, '이/가')} 저금한 돈은 {_N(a, '의')} {_d(k)}배입니다. {_N(b, '이/가')} 저금한 돈은 얼마입니까?",
                     f"공책 한 권의 값은 {int(base):,}원이고, 필통 한 개의 값은 공책 한 권 값의 {_d(k)}배입니다. 필통 한 개의 값은 얼마입니까?")
    val = base * k
    answer = f"{num_txt(val)}원" if unit == "원" else f"{_d(val)} {unit}"
    return Problem(text=text, answer=answer, format="word", difficulty=3 if kind != "money" else 2,
                   achievement_level="B", concepts=["소수의 곱셈"], check=lambda: F(str(float(val))) == base * k)


def num_txt(x: Fraction) -> str:
    return f"{int(x):,}" if x.denominator == 1 else _d(x)


@family("6수01-13", "estimate-product-mcq")
def _c13_est(rng: random.Random) -> Problem:
    mode = rng.choice(["largest", "bigger-than", "decimal-point"])
    if mode == "largest":
        base = _rd(rng, 1.1, 9.9, 1)
        facs = rng.sample([F(9, 10), F(11, 10), F(12, 10), F(8, 10), F(15, 10), F(1), F(99, 100), F(101, 100), F(5, 10), F(2)], 5)
        big = rng.random() < 0.5
        best = max(facs) if big else min(facs)
        opts = [f"{_d(base)} × {_d(f)}" for f in facs]
        corr = opts[facs.index(best)]
        ch = choices(rng, corr, [o for o in opts if o != corr])
        text = f"계산하지 않고 어림하여 곱이 가장 {'큰' if big else '작은'} 것을 고르시오.\n{ch.block}"
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="A", concepts=["소수의 곱셈", "어림"],
                       choice=ch, check=lambda: (max if big else min)(base * f for f in facs) == base * best)
    if mode == "bigger-than":
        n = rng.randint(12, 80)
        fs = [_rd(rng, 0.1, 0.99, 2), _rd(rng, 0.1, 0.9, 1), _rd(rng, 1.01, 2.5, 2), F(1), _rd(rng, 0.2, 0.98, 2)]
        fs = list(dict.fromkeys(fs))
        while len(fs) < 5:
            fs.append(_rd(rng, 0.1, 0.9, 1))
            fs = list(dict.fromkeys(fs))
        opts = [f"{n} × {_d(f)}" for f in fs]
        corr = opts[next(i for i, f in enumerate(fs) if f > 1)]
        ch = choices(rng, corr, [o for o in opts if o != corr])
        text = _pick(rng, f"계산 결과가 {n}보다 큰 것은 어느 것입니까?", f"곱이 {n}보다 커지는 곱셈식을 찾으시오.")
        return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                       concepts=["소수의 곱셈", "어림"], choice=ch, check=lambda: sum(1 for f in fs if n * f > n) == 1)
    a = _rd(rng, 1.1, 9.9, 1)
    b = _rd(rng, 1.1, 9.9, rng.choice([1, 2]))
    raw = int(a * b * 10**(_places(a) + _places(b)))
    right = a * b
    cands = [right * 10, right / 10, right * 100, right / 100]
    opts = [_d(right)] + [_d(c) for c in cands]
    ch = choices(rng, _d(right), opts[1:])
    text = (f"{_d(a)} × {_d(b)}{_p(_d(b), '을/를')} 자연수처럼 계산하면 {raw}입니다. 어림하여 소수점을 알맞게 찍은 것을 고르시오.\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B", concepts=["소수의 곱셈", "어림"],
                   choice=ch, check=lambda: F(_d(right)) == a * b)


@family("6수01-13", "explain-wrong-product")
def _c13_err(rng: random.Random) -> Problem:
    who = rng.choice(names(rng, 1))
    a = _rd(rng, 1.1, 9.9, 1)
    b = _rd(rng, 0.1, 0.9, 1) if rng.random() < 0.5 else _rd(rng, 1.1, 4.9, 1)
    right = a * b
    wrong = rng.choice([right * 10, right / 10])
    text = _pick(rng, f"{_N(who, '은/는')} {_d(a)} × {_d(b)}{_p(_d(b), '을/를')} 계산하여 {_d(wrong)}{_p(_d(wrong), '이라/라')}고 답했습니다. 어림을 이용하여 잘못된 까닭을 설명하고, 바르게 계산하시오.",
                 f"다음 계산이 맞는지 어림하여 판단하고, 틀렸다면 바르게 고치시오.\n{_d(a)} × {_d(b)} = {_d(wrong)}")
    ea = int(a + F(1, 2))
    eb = int(b + F(1, 2))
    hint = f"{_d(a)}{_p(_d(a), '은/는')} 약 {ea}이고 " if ea else ""
    ans = f"{_d(right)} ({hint}곱하는 수가 {'1보다 작으므로 곱은 ' + _d(a) + '보다 작아야' if b < 1 else '약 ' + str(eb) + '이므로 곱은 약 ' + str(ea * eb) + '이어야'} 합니다.)"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["소수의 곱셈", "어림"],
                   check=lambda: wrong != right and F(_d(right)) == a * b)


@family("6수01-13", "price-table")
def _c13_table(rng: random.Random) -> Problem:
    items = rng.sample([("돼지고기", "kg", 12000, 18000), ("쌀", "kg", 3000, 4500), ("사과", "kg", 4000, 8000),
                        ("고구마", "kg", 3000, 6000), ("소고기", "kg", 40000, 60000), ("포도", "kg", 6000, 9000),
                        ("참기름", "L", 20000, 30000), ("우유", "L", 2000, 3000)], 2)
    rows = []
    for o, u, lo, hi in items:
        p = rng.randint(lo // 100, hi // 100) * 100
        q = _rd(rng, 0.2, 3.5, 1)
        while (p * q).denominator != 1:
            q = _rd(rng, 0.2, 3.5, 1)
        rows.append((o, u, p, q))
    ask = rng.choice(["total", "diff"])
    head = "| 물건 | " + " | ".join(f"{o}" for o, *_ in rows) + " |\n| 1 kg(1 L)당 가격(원) | " + " | ".join(f"{p:,}" for _, _, p, _ in rows) + " |"
    head = head.replace("1 kg(1 L)당", "단위 양당") if rows[0][1] != rows[1][1] else head.replace("1 kg(1 L)당", f"1 {rows[0][1]}당")
    buys = ", ".join(f"{o} {_d(q)} {u}" for o, u, _, q in rows)
    cost = [p * q for _, _, p, q in rows]
    if ask == "total":
        q = f"{buys}{_p(rows[-1][1], '을/를')} 사려면 모두 얼마를 내야 합니까?"
        ans = sum(cost)
    else:
        q = f"{buys}{_p(rows[-1][1], '을/를')} 샀습니다. 어느 것의 값이 얼마나 더 비쌉니까?"
        ans = abs(cost[0] - cost[1])
        if ans == 0:
            q = f"{buys}{_p(rows[-1][1], '을/를')} 사려면 모두 얼마를 내야 합니까?"
            ask = "total"
            ans = sum(cost)
    text = f"{_pick(rng, '가게의 가격표입니다.', '마트에서 파는 물건의 가격입니다.', '시장의 가격표를 보고 물음에 답하시오.')}\n{head}\n{q}"
    if ask == "total":
        answer = f"{int(ans):,}원"
    else:
        which = rows[0][0] if cost[0] > cost[1] else rows[1][0]
        answer = f"{which}, {int(ans):,}원"
    return Problem(text=text, answer=answer, format="data", difficulty=3, achievement_level="B", concepts=["소수의 곱셈"],
                   check=lambda: all((p * q).denominator == 1 for _, _, p, q in rows))


# =============================================================================================
# 6수01-14 (자연수)÷(자연수)의 몫을 소수로 나타내기
# =============================================================================================

def _term_div(rng: random.Random, *, small: bool | None = None) -> tuple[int, int]:
    """A pair a ÷ b of natural numbers whose quotient is a terminating, non-integer decimal."""
    while True:
        b = rng.choice([2, 4, 5, 8, 4, 5, 8, 16, 20, 25, 12, 15, 6, 24, 40])
        a = rng.randint(1, b - 1) if small else rng.randint(b + 1, 12 * b if b < 10 else 4 * b)
        if small is None and rng.random() < 0.3:
            a = rng.randint(1, b - 1)
        q = F(a, b)
        if q.denominator != 1 and _places_ok(q):
            return a, b


def _places_ok(q: Fraction) -> bool:
    d = q.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    return d == 1 and _places(q) <= 3


@family("6수01-14", "quotient-as-decimal")
def _c14_basic(rng: random.Random) -> Problem:
    a, b = _term_div(rng)
    q = F(a, b)
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    e = _ex(a, "÷", b, st)
    text = _pick(rng, f"나눗셈의 몫을 소수로 나타내시오.\n{e}", f"{e}의 몫을 소수로 나타내세요.", f"{_div_stem(rng)} (몫은 소수로 쓰세요.)\n{e}",
                 f"{e} = □\n□ 안에 알맞은 소수를 써넣으세요.", f"몫을 나누어떨어질 때까지 계산하여 소수로 쓰시오.\n{e}")
    fmt = "fill" if "□" in text else "computation"
    return Problem(text=text, answer=_d(q), format=fmt, difficulty=1 if _places(q) == 1 else 2,
                   achievement_level="C" if _places(q) == 1 else "B", concepts=["나눗셈", "소수"],
                   check=lambda: sympy.Rational(_d(q)) * b == a)


@family("6수01-14", "via-fraction")
def _c14_frac(rng: random.Random) -> Problem:
    a, b = _term_div(rng)
    q = F(a, b)
    D = 10 ** _places(q)
    k = D // b if D % b == 0 else None
    st = pick_style(rng, (0.4, 0.2, 0.4))
    if k:
        if st == "latex":
            line = f"${a} \\div {b} = \\frac{{{a}}}{{{b}}} = \\frac{{□}}{{{D}}}$ = □"
        else:
            line = f"{a} ÷ {b} = {a}/{b} = □/{D} = □"
        ans = f"{a * k}, {_d(q)}"
        text = _pick(rng, f"나눗셈의 몫을 분수로 나타낸 다음 소수로 고치려고 합니다. □ 안에 알맞은 수를 써넣으세요.\n{line}",
                     f"{line}\n□ 안에 알맞은 수를 차례로 쓰시오.")
    else:
        line = f"{a} ÷ {b} = {a * D} ÷ {b} ÷ {D} = □ ÷ {D} = □"
        ans = f"{a * D // b}, {_d(q)}"
        text = _pick(rng, f"자연수의 나눗셈을 이용하여 몫을 소수로 구하는 과정입니다. □ 안에 알맞은 수를 써넣으세요.\n{line}",
                     f"{a * D} ÷ {b} = {a * D // b}{_p(str(a * D // b), '을/를')} 이용하여 {a} ÷ {b}의 몫을 소수로 구하려고 합니다. □ 안에 알맞은 수를 쓰시오.\n{line}")
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="C", concepts=["나눗셈", "소수", "분수"],
                   check=lambda: F(_d(q)) * b == a)


@family("6수01-14", "use-bigger-division")
def _c14_scale(rng: random.Random) -> Problem:
    a, b = _term_div(rng)
    while (a * 100) % b:
        a, b = _term_div(rng)
    big = a * 100
    Q = big // b
    mode = rng.choice(["down", "two"])
    if mode == "down":
        text = _pick(rng, f"{big} ÷ {b} = {Q}입니다. {a} ÷ {b}의 몫을 소수로 나타내시오.",
                     f"{big} ÷ {b} = {Q}{_p(str(Q), '을/를')} 이용하여 □ 안에 알맞은 수를 써넣으세요.\n{a} ÷ {b} = □")
        ans = _d(F(a, b))
    else:
        text = (f"{big} ÷ {b} = {Q}{_p(str(Q), '을/를')} 이용하여 □ 안에 알맞은 수를 차례로 써넣으세요.\n"
                f"{a * 10} ÷ {b} = □\n{a} ÷ {b} = □")
        ans = f"{_d(F(a * 10, b))}, {_d(F(a, b))}"
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "computation", difficulty=2,
                   achievement_level="C" if mode == "down" else "B",
                   concepts=["나눗셈", "소수"], check=lambda: F(a, b) * 100 == Q)


_SHARE = (
    ("리본", "m", "명에게 똑같이 나누어 주면", "한 명이 가지는 리본은 몇 m입니까?"),
    ("물", "L", "개의 병에 똑같이 나누어 담으면", "한 병에 담기는 물은 몇 L입니까?"),
    ("찰흙", "kg", "모둠이 똑같이 나누어 쓰면", "한 모둠이 쓰는 찰흙은 몇 kg인가요?"),
    ("우유", "L", "명이 똑같이 나누어 마시면", "한 사람이 마시는 우유는 몇 L일까요?"),
    ("색 테이프", "m", "도막으로 똑같이 자르면", "한 도막의 길이는 몇 m입니까?"),
    ("쌀", "kg", "개의 봉지에 똑같이 나누어 담으면", "한 봉지에 담는 쌀은 몇 kg인지 구하시오."),
)


@family("6수01-14", "share-equally-word")
def _c14_share(rng: random.Random) -> Problem:
    obj, unit, mid, q = rng.choice(_SHARE)
    a, b = _term_div(rng)
    while b > 25:
        a, b = _term_div(rng)
    res = F(a, b)
    lead = _pick(rng, f"{obj} {a} {unit}{_p(unit, '을/를')} {b}{mid} {q}",
                 f"{obj} {a} {unit}{_p(unit, '이/가')} 있습니다. 이것을 {b}{mid} {q}",
                 f"{_N(rng.choice(names(rng, 1)), '이/가')} {obj} {a} {unit}{_p(unit, '을/를')} 준비했습니다. {b}{mid} {q}")
    return Problem(text=lead, answer=f"{_d(res)} {unit}", format="word", difficulty=2 if res < 10 else 3,
                   achievement_level="B", concepts=["나눗셈", "소수"], check=lambda: F(_d(res)) * b == a)


@family("6수01-14", "round-nonterminating-quotient")
def _c14_round(rng: random.Random) -> Problem:
    while True:
        b = rng.choice([3, 6, 7, 9, 11, 12, 13, 14, 15])
        a = rng.randint(1, 6 * b)
        q = F(a, b)
        if q.denominator != 1 and not _places_ok(q):
            break
    places = rng.choice([1, 1, 2])
    where = {1: "소수 첫째 자리", 2: "소수 둘째 자리"}[places]
    r = F(int(q * 10**places + F(1, 2)), 10**places)
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    e = _ex(a, "÷", b, st)
    ctx = rng.random() < 0.4
    if ctx:
        obj, unit = rng.choice([("주스", "L"), ("철사", "m"), ("소금", "kg")])
        text = (f"{obj} {a} {unit}{_p(unit, '을/를')} {b}명이 똑같이 나누어 가지려고 합니다. 한 명이 가지는 {obj}의 양은 몇 {unit}인지 "
                f"반올림하여 {where}까지 나타내시오.")
        ans = f"약 {_d(r, places)} {unit}"
        fmt = "word"
    else:
        text = _pick(rng, f"몫을 반올림하여 {where}까지 나타내시오.\n{e}", f"{e}의 몫을 반올림하여 {where}까지 나타내세요.",
                     f"{e}의 몫은 나누어떨어지지 않습니다. 몫을 반올림하여 {where}까지 구하시오.")
        ans = _d(r, places)
        fmt = "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B", concepts=["나눗셈", "소수", "반올림"],
                   check=lambda: abs(F(_d(r, places)) - F(a, b)) <= F(1, 2 * 10**places))


@family("6수01-14", "compare-quotients")
def _c14_cmp(rng: random.Random) -> Problem:
    (a, b), (c, d) = _term_div(rng), _term_div(rng)
    while F(a, b) == F(c, d):
        c, d = _term_div(rng)
    mode = rng.choice(["sign", "sign", "mcq"])
    if mode == "sign":
        s = ">" if F(a, b) > F(c, d) else "<"
        text = _pick(rng, f"몫의 크기를 비교하여 ○ 안에 >, <를 알맞게 써넣으세요.\n{a} ÷ {b} ○ {c} ÷ {d}",
                     f"두 나눗셈의 몫을 소수로 나타내어 크기를 비교하시오.\n{a} ÷ {b}  (  )  {c} ÷ {d}")
        return Problem(text=text, answer=s, format="fill", difficulty=2, achievement_level="B", concepts=["나눗셈", "소수"],
                       check=lambda: (a * d > c * b) == (s == ">"))
    pairs = [(a, b), (c, d)]
    while len(pairs) < 5:
        p = _term_div(rng)
        if all(F(*p) != F(*x) for x in pairs):
            pairs.append(p)
    big = rng.random() < 0.5
    vals = [F(x, y) for x, y in pairs]
    best = pairs[vals.index(max(vals) if big else min(vals))]
    ch = choices(rng, f"{best[0]} ÷ {best[1]}", [f"{x} ÷ {y}" for x, y in pairs if (x, y) != best])
    text = f"몫이 가장 {'큰' if big else '작은'} 나눗셈은 어느 것입니까?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B", concepts=["나눗셈", "소수"],
                   choice=ch, check=lambda: len(set(vals)) == 5)


@family("6수01-14", "explain-remainder-to-decimal")
def _c14_explain(rng: random.Random) -> Problem:
    a, b = _term_div(rng, small=False)
    while b > 25:
        a, b = _term_div(rng, small=False)
    qq, rr = divmod(a, b)
    who = rng.choice(names(rng, 1))
    text = _pick(rng, f"{_N(who, '은/는')} {a} ÷ {b}의 몫을 '{qq} … {rr}'{_p(str(rr), '이라/라')}고 썼습니다. 나머지가 없도록 몫을 소수로 나타내는 방법을 설명하고, 몫을 구하시오.",
                 f"{a} ÷ {b}{_p(str(b), '을/를')} 계산하면 나머지가 {rr}입니다. 나머지를 더 나누어 몫을 소수로 나타내려면 어떻게 해야 하는지 설명하고, 몫을 소수로 쓰시오.",
                 f"{a} ÷ {b}의 몫을 소수로 나타내는 과정을 세로셈을 이용하여 설명하시오.")
    ans = f"{_d(F(a, b))} (나머지 {rr}에 0을 내려 {rr * 10}{_p(str(rr * 10), '을/를')} {b}{_p(str(b), '으로/로')} 나누는 방법으로, 나누어떨어질 때까지 소수점 아래로 계속 나눕니다.)"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["나눗셈", "소수"],
                   check=lambda: qq * b + rr == a and rr > 0)


@family("6수01-14", "records-per-unit-table")
def _c14_table(rng: random.Random) -> Problem:
    k = rng.choice([3, 4])
    who = names(rng, k)
    ctx = rng.choice([("달린 거리(km)", "걸린 날수(일)", "하루에 달린 거리", "km"), ("마신 물(L)", "날수(일)", "하루에 마신 물의 양", "L"),
                      ("읽은 쪽수(쪽)", "걸린 시간(분)", "1분에 읽은 쪽수", "쪽"), ("사용한 끈(m)", "만든 매듭 수(개)", "매듭 1개에 쓴 끈", "m")])
    rows = []
    while len(rows) < k:
        a, b = _term_div(rng, small=False)
        if b > 20 or a < 5:
            continue
        if all(F(a, b) != F(x, y) for x, y in rows):
            rows.append((a, b))
    vals = [F(a, b) for a, b in rows]
    big = rng.random() < 0.6
    text = (f"친구들의 기록을 조사한 표입니다.\n| 이름 | {' | '.join(who)} |\n| {ctx[0]} | {' | '.join(str(a) for a, _ in rows)} |\n"
            f"| {ctx[1]} | {' | '.join(str(b) for _, b in rows)} |\n"
            + _pick(rng, f"{josa(ctx[2], '이/가')} 가장 {'많은' if big else '적은'} 사람은 누구이고, 그 양은 몇 {ctx[3]}인지 소수로 나타내시오.",
                    f"{josa(ctx[2], '을/를')} 각각 소수로 나타낼 때, 가장 {'큰' if big else '작은'} 사람의 이름과 그 값을 쓰시오."))
    i = vals.index(max(vals) if big else min(vals))
    return Problem(text=text, answer=f"{who[i]}, {_d(vals[i])} {ctx[3]}", format="data", difficulty=3, achievement_level="B",
                   concepts=["나눗셈", "소수"], check=lambda: len(set(vals)) == k)


@family("6수01-14", "quotient-digit-mcq")
def _c14_mcq(rng: random.Random) -> Problem:
    mode = rng.choice(["less-than-one", "place"])
    if mode == "less-than-one":
        good = _term_div(rng, small=True)
        bad = []
        while len(bad) < 4:
            p = _term_div(rng, small=False)
            if p not in bad:
                bad.append(p)
        ch = choices(rng, f"{good[0]} ÷ {good[1]}", [f"{x} ÷ {y}" for x, y in bad])
        text = _pick(rng, "몫이 1보다 작은 나눗셈을 고르시오.", "몫을 소수로 나타낼 때 일의 자리 숫자가 0인 것은 어느 것입니까?")
        return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                       concepts=["나눗셈", "소수"], choice=ch, check=lambda: F(*good) < 1 and all(F(*p) > 1 for p in bad))
    a, b = _term_div(rng)
    q = F(a, b)
    right = _d(q)
    wrong = [_d(q * 10), _d(q / 10), _d(q * 100), _d(q / 100), _d(F(a // b) + F(a % b, 10))]
    ch = choices(rng, right, wrong)
    text = _pick(rng, f"{a} ÷ {b}의 몫을 소수로 바르게 나타낸 것은 어느 것입니까?", f"{a} ÷ {b}의 몫을 고르시오.")
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["나눗셈", "소수"], choice=ch, check=lambda: F(right) * b == a)


# =============================================================================================
# 6수01-15 소수의 나눗셈
# =============================================================================================

def _dd_pair(rng: random.Random, kind: str) -> tuple[Fraction, Fraction, Fraction]:
    """(dividend, divisor, quotient) for kind 'dw' (소수÷자연수), 'wd' (자연수÷소수) or 'dd' (소수÷소수)."""
    while True:
        if kind == "dw":
            b = F(rng.randint(2, 15))
            q = _rd(rng, 0.1, 9.9, rng.choice([1, 1, 2]))
            a = q * b
            if a.denominator == 1:
                continue
        elif kind == "wd":
            b = _rd(rng, 0.2, 4.5, rng.choice([1, 1, 2]))
            q = F(rng.randint(2, 60))
            a = q * b
            if a.denominator != 1 or a > 200:
                continue
        else:
            b = _rd(rng, 0.2, 9.5, rng.choice([1, 1, 2]))
            q = _rd(rng, 1, 30, rng.choice([0, 0, 1])) if rng.random() < 0.8 else _rd(rng, 0.2, 0.9, 1)
            a = q * b
            if a.denominator == 1:
                continue
        if _places(a) <= 3:
            return a, b, q


@family("6수01-15", "decimal-divided-by-whole")
def _c15_dw(rng: random.Random) -> Problem:
    a, b, q = _dd_pair(rng, "dw")
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    e = _ex(a, "÷", b, st)
    text = _pick(rng, f"{_div_stem(rng)}\n{e}", f"{e} = □\n□ 안에 알맞은 수를 써넣으세요.", f"{e}의 몫을 구하시오.",
                 f"{_d(a)}{_p(_d(a), '을/를')} {_d(b)}{_p(_d(b), '으로/로')} 나눈 몫은 얼마입니까?")
    fmt = "fill" if "□" in text else "computation"
    return Problem(text=text, answer=_d(q), format=fmt, difficulty=1 if q > 1 and _places(q) == 1 else 2,
                   achievement_level="C" if _places(q) == 1 else "B", concepts=["소수의 나눗셈"],
                   check=lambda: sympy.Rational(_d(a)) / int(b) == sympy.Rational(_d(q)))


@family("6수01-15", "whole-divided-by-decimal")
def _c15_wd(rng: random.Random) -> Problem:
    a, b, q = _dd_pair(rng, "wd")
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    e = _ex(a, "÷", b, st)
    text = _pick(rng, f"{_div_stem(rng)}\n{e}", f"{e} = (  )\n(  ) 안에 알맞은 수를 쓰시오.", f"{e}의 몫을 구하세요.",
                 f"{_d(a)}에는 {_d(b)}{_p(_d(b), '이/가')} 몇 번 들어갑니까?")
    fmt = "fill" if "(  )" in text else "computation"
    return Problem(text=text, answer=_d(q), format=fmt, difficulty=2, achievement_level="B", concepts=["소수의 나눗셈"],
                   check=lambda: sympy.Rational(_d(a)) / sympy.Rational(_d(b)) == int(q))


@family("6수01-15", "decimal-divided-by-decimal")
def _c15_dd(rng: random.Random) -> Problem:
    a, b, q = _dd_pair(rng, "dd")
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    e = _ex(a, "÷", b, st)
    text = _pick(rng, f"{_div_stem(rng)}\n{e}", f"{e}", f"큰 수를 작은 수로 나눈 몫을 구하시오.\n{_d(a)}    {_d(b)}" if a > b else f"{e}의 값을 구하시오.",
                 f"{e} = □\n□ 안에 알맞은 수를 써넣으세요.")
    if text == e:
        text = f"{e}\n{_div_stem(rng)}"
    fmt = "fill" if "□" in text else "computation"
    return Problem(text=text, answer=_d(q), format=fmt, difficulty=3 if _places(b) == 2 else 2, achievement_level="B",
                   concepts=["소수의 나눗셈"], check=lambda: sympy.Rational(_d(a)) / sympy.Rational(_d(b)) == sympy.Rational(_d(q)))


@family("6수01-15", "same-quotient-by-scaling")
def _c15_scale(rng: random.Random) -> Problem:
    mode = rng.choice(["shift", "shift", "natural"])
    if mode == "shift":
        a, b, q = _dd_pair(rng, rng.choice(["dd", "wd"]))
        k = 10 ** max(_places(a), _places(b))
        A, B = a * k, b * k
        text = _pick(rng, f"나누어지는 수와 나누는 수에 같은 수를 곱해도 몫은 같습니다. □ 안에 알맞은 수를 써넣으세요.\n"
                     f"{_d(a)} ÷ {_d(b)} = {int(A)} ÷ □ = □",
                     f"□ 안에 알맞은 수를 차례로 쓰시오.\n{_d(a)} ÷ {_d(b)} = □ ÷ {int(B)} = □",
                     f"{_d(a)} ÷ {_d(b)}{_p(_d(b), '을/를')} 자연수의 나눗셈으로 바꾸어 계산하려고 합니다. □ 안에 알맞은 수를 써넣으세요.\n"
                     f"{_d(a)} ÷ {_d(b)} = {int(A)} ÷ □ = □")
        first = int(B) if f"{int(A)} ÷ □" in text else int(A)
        ans = f"{first}, {_d(q)}"
        chk = q == A / B
        lvl = "C"
    else:
        n = rng.randint(2, 9)
        Q = rng.randint(101, 999)
        N = n * Q
        shifts = rng.sample([1, 2, 3], 2)
        lines = [f"{_d(F(N, 10**s))} ÷ {n} = □" for s in shifts]
        text = f"{N} ÷ {n} = {Q}{_p(str(Q), '을/를')} 이용하여 □ 안에 알맞은 수를 써넣으세요.\n" + "\n".join(lines)
        ans = ", ".join(_d(F(Q, 10**s)) for s in shifts)
        chk = all(F(N, 10**s) / n == F(Q, 10**s) for s in shifts)
        lvl = "C"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level=lvl, concepts=["소수의 나눗셈"],
                   check=lambda: bool(chk))


_RATE = (
    ("{b} m의 무게가 {a} kg인 철근이 있습니다. 이 철근 1 m의 무게는 몇 kg입니까?", "kg", "dd", (0.5, 9)),
    ("자동차가 휘발유 {b} L로 {a} km를 달렸습니다. 휘발유 1 L로 달린 거리는 몇 km입니까?", "km", "dd", (6, 20)),
    ("페인트 {a} L로 벽 {b} m²를 칠했습니다. 벽 1 m²를 칠하는 데 사용한 페인트는 몇 L인가요?", "L", "dd", (0.1, 0.9)),
    ("주스 {a} L를 {b}명이 똑같이 나누어 마셨습니다. 한 사람이 마신 주스는 몇 L입니까?", "L", "dw", (0.1, 2)),
    ("밀가루 {a} kg을 {b}개의 통에 똑같이 나누어 담았습니다. 한 통에 담은 밀가루는 몇 kg인가요?", "kg", "dw", (0.2, 9)),
    ("{who} {b}시간 동안 {a} km를 걸었습니다. 일정한 빠르기로 걸었다면 한 시간에 걸은 거리는 몇 km입니까?", "km", "dd", (2, 6)),
    ("길이가 {a} m인 끈을 {b} m씩 자르면 몇 도막이 됩니까?", "도막", "wd", (2, 40)),
    ("물 {a} L를 한 병에 {b} L씩 나누어 담으려고 합니다. 병은 몇 개 필요합니까?", "개", "wd", (2, 40)),
    ("넓이가 {a} m²인 직사각형 모양 꽃밭의 가로가 {b} m입니다. 세로는 몇 m입니까?", "m", "dd", (1, 20)),
    ("{a} kg의 고구마를 한 상자에 {b} kg씩 담으면 몇 상자가 됩니까?", "상자", "wd", (2, 30)),
)


@family("6수01-15", "rate-per-unit-word")
def _c15_rate(rng: random.Random) -> Problem:
    tpl, unit, kind, (lo, hi) = rng.choice(_RATE)
    while True:
        if kind == "dd":
            b = _rd(rng, 0.5, 9.5 if "시간" not in tpl else 4.5, rng.choice([1, 1, 2]) if "시간" not in tpl else 1)
            q = _rd(rng, lo, hi, rng.choice([0, 1, 1]) if hi > 1 else 2)
            a = q * b
            if a.denominator != 1 and _places(a) <= 3:
                break
        else:
            a, b, q = _dd_pair(rng, kind)
            if lo <= q <= hi:
                break
    who = _N(rng.choice(names(rng, 1)), "은/는")
    text = tpl.format(a=_d(a), b=_d(b), who=who)
    ans = f"{_d(q)}{'' if unit in ('도막', '개', '상자') else ' '}{unit}"
    return Problem(text=text, answer=ans, format="word", difficulty=3 if kind == "dd" else 2, achievement_level="B",
                   concepts=["소수의 나눗셈"], check=lambda: q * b == a)


_LEFT = (("간장", "L", "한 병에", "병"), ("설탕", "kg", "한 봉지에", "봉지"), ("물", "L", "한 통에", "통"), ("식용유", "L", "한 병에", "병"),
         ("쌀", "kg", "한 자루에", "자루"))


@family("6수01-15", "quotient-and-leftover")
def _c15_left(rng: random.Random) -> Problem:
    while True:
        b = rng.choice([2, 3, 4, 5, 6])
        a = _rd(rng, 8, 60, 1)
        n, left = int(a // b), a - (a // b) * b
        if left > 0 and n >= 2:
            break
    mode = rng.choice(["both", "both", "up", "ribbon"])
    if mode == "ribbon":
        obj = rng.choice(["끈", "리본", "철사", "색 테이프"])
        text = _pick(rng, f"{obj} {_d(a)} m를 한 사람에게 {b} m씩 나누어 주면 몇 명에게 줄 수 있고, 남는 {josa(obj, '은/는')} 몇 m입니까?",
                     f"선물 상자 하나를 묶는 데 {josa(obj, '이/가')} {b} m 필요합니다. {obj} {_d(a)} m로 상자를 몇 개까지 묶을 수 있고, 남는 {josa(obj, '은/는')} 몇 m인지 구하시오.")
        ans = f"{n}{'명' if '명에게' in text else '개'}, {_d(left)} m"
    else:
        obj, unit, per, box = rng.choice(_LEFT)
        if mode == "both":
            text = _pick(rng, f"{obj} {_d(a)} {unit}{_p(unit, '을/를')} {per} {b} {unit}씩 담으려고 합니다. 몇 {box}에 담을 수 있고, 남는 {obj}의 양은 몇 {unit}인지 구하시오.",
                         f"{obj} {_d(a)} {unit}{_p(unit, '이/가')} 있습니다. {per} {b} {unit}씩 나누어 담으면 {box} 수와 남는 양은 각각 얼마입니까? (몫은 자연수까지 구하시오.)")
            ans = f"{n}{box}, {_d(left)} {unit}"
        else:
            text = _pick(rng, f"{obj} {_d(a)} {unit}{_p(unit, '을/를')} {per} {b} {unit}씩 남김없이 모두 담으려면 {josa(box, '은/는')} 적어도 몇 {box} 필요합니까?",
                         f"{obj} {_d(a)} {unit}{_p(unit, '을/를')} 모두 나누어 담으려고 합니다. {per} {b} {unit}까지 담을 수 있다면 {josa(box, '은/는')} 최소 몇 {box} 있어야 합니까?")
            ans = f"{n + 1}{box}"
    return Problem(text=text, answer=ans, format="word", difficulty=4 if mode == "up" else 3, achievement_level="A" if mode == "up" else "B",
                   concepts=["소수의 나눗셈"], check=lambda: n * b + left == a and 0 < left < b)


@family("6수01-15", "round-decimal-quotient")
def _c15_round(rng: random.Random) -> Problem:
    while True:
        b = rng.choice([F(3), F(6), F(7), F(9), F(11), _rd(rng, 0.3, 2.9, 1), _rd(rng, 0.3, 2.9, 1)])
        a = _rd(rng, 1, 40, rng.choice([1, 2]))
        q = a / b
        if not _places_ok(q) and q > F(1, 10):
            break
    places = rng.choice([0, 1, 1, 2])
    where = {0: "일의 자리", 1: "소수 첫째 자리", 2: "소수 둘째 자리"}[places]
    r = F(int(q * 10**places + F(1, 2)), 10**places)
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    e = _ex(a, "÷", b, st)
    text = _pick(rng, f"몫을 반올림하여 {where}까지 나타내시오.\n{e}", f"{e}의 몫을 반올림하여 {where}까지 나타낸 수를 구하세요.",
                 f"{e}\n몫을 반올림하여 {where}까지 나타내면 얼마입니까?")
    return Problem(text=text, answer=_d(r, places), format="computation", difficulty=3, achievement_level="B",
                   concepts=["소수의 나눗셈", "반올림"], check=lambda: abs(r - a / b) <= F(1, 2 * 10**places))


@family("6수01-15", "estimate-quotient-mcq")
def _c15_est(rng: random.Random) -> Problem:
    mode = rng.choice(["point", "largest", "less-than-one"])
    if mode == "point":
        a, b, q = _dd_pair(rng, "dw")
        raw = int(q * 10 ** _places(q))
        opts = [_d(q), _d(q * 10), _d(q / 10), _d(q * 100), _d(q / 100)]
        ch = choices(rng, _d(q), opts[1:])
        text = (f"{_d(a)} ÷ {int(b)}의 몫을 소수점을 생각하지 않고 계산하면 {raw}입니다. 어림하여 몫의 소수점 위치를 바르게 정한 것은 어느 것입니까?\n{ch.block}")
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B", concepts=["소수의 나눗셈", "어림"],
                       choice=ch, check=lambda: q * b == a)
    base = _rd(rng, 2, 30, 1)
    divs = rng.sample([F(5, 10), F(8, 10), F(12, 10), F(25, 10), F(1), F(2), F(95, 100), F(4, 10), F(15, 10)], 5)
    if mode == "largest":
        big = rng.random() < 0.5
        vals = [base / d for d in divs]
        best = divs[vals.index(max(vals) if big else min(vals))]
        text = f"계산하지 않고 몫이 가장 {'큰' if big else '작은'} 것을 찾으시오."
        corr = f"{_d(base)} ÷ {_d(best)}"
        ch = choices(rng, corr, [f"{_d(base)} ÷ {_d(d)}" for d in divs if d != best])
        return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="A",
                       concepts=["소수의 나눗셈", "어림"], choice=ch, check=lambda: len(set(vals)) == 5)
    smalls = [d for d in divs if d < 1]
    if not smalls:
        divs[0] = F(5, 10)
        smalls = [divs[0]]
    good = smalls[0]
    others = [d for d in divs if d >= 1]
    while len(others) < 4:
        c = rng.choice([F(11, 10), F(13, 10), F(3), F(35, 10), F(18, 10), F(105, 100)])
        if c not in others:
            others.append(c)
    text = _pick(rng, f"몫이 {_d(base)}보다 큰 것은 어느 것입니까?", f"계산 결과가 {_d(base)}보다 커지는 나눗셈을 고르시오.")
    ch = choices(rng, f"{_d(base)} ÷ {_d(good)}", [f"{_d(base)} ÷ {_d(d)}" for d in others])
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["소수의 나눗셈", "어림"], choice=ch, check=lambda: base / good > base and all(base / d <= base for d in others))


@family("6수01-15", "wrongly-multiplied")
def _c15_wrong(rng: random.Random) -> Problem:
    x = _rd(rng, 1, 30, 1)
    b = _rd(rng, 0.2, 4.5, 1)
    while (x / b).denominator not in (1, 2, 5, 10, 4, 20, 25, 50, 100) or not _places_ok(x / b) or _places(x / b) > 2:
        x = _rd(rng, 1, 30, 1)
        b = _rd(rng, 0.2, 4.5, 1)
    wrong = x * b
    right = x / b
    mode = rng.choice(["wrong", "unknown"])
    if mode == "wrong":
        text = _pick(rng, f"어떤 수를 {_d(b)}{_p(_d(b), '으로/로')} 나누어야 할 것을 잘못하여 곱했더니 {_d(wrong)}{_p(_d(wrong), '이/가')} 되었습니다. 바르게 계산한 값을 구하시오.",
                     f"{_N(rng.choice(names(rng, 1)), '은/는')} 어떤 수를 {_d(b)}{_p(_d(b), '으로/로')} 나누어야 하는데 실수로 곱하여 {_d(wrong)}{_p(_d(wrong), '을/를')} 얻었습니다. 바르게 계산하면 얼마입니까?")
        ans = _d(right)
        return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A", concepts=["소수의 나눗셈", "소수의 곱셈"],
                       also=["6수01-13"], check=lambda: F(ans) * b * b == wrong)
    text = _pick(rng, f"□ 안에 알맞은 수를 구하시오.\n□ × {_d(b)} = {_d(wrong)}", f"{_d(b)} × □ = {_d(wrong)}\n□ 안에 알맞은 수를 써넣으세요.")
    return Problem(text=text, answer=_d(x), format="fill", difficulty=3, achievement_level="B", concepts=["소수의 나눗셈"],
                   check=lambda: F(_d(x)) * b == wrong)


@family("6수01-15", "explain-division-method")
def _c15_explain(rng: random.Random) -> Problem:
    a, b, q = _dd_pair(rng, rng.choice(["dd", "wd"]))
    while _places(b) != 1:
        a, b, q = _dd_pair(rng, rng.choice(["dd", "wd"]))
    who = names(rng, 2)
    k = 10 ** max(_places(a), 1)
    mode = rng.choice(["why", "error"])
    if mode == "why":
        text = _pick(rng, f"{_d(a)} ÷ {_d(b)}의 몫이 {int(a * 10) if (a * 10).denominator == 1 else _d(a * 10)} ÷ {int(b * 10)}의 몫과 같은 까닭을 설명하고, 몫을 구하시오.",
                     f"{_d(a)} ÷ {_d(b)}{_p(_d(b), '을/를')} 분모가 같은 분수의 나눗셈으로 바꾸어 계산하는 방법을 설명하고, 몫을 구하시오.")
        ans = f"{_d(q)} (나누어지는 수와 나누는 수에 똑같이 10을 곱하면 몫은 변하지 않습니다.)"
    else:
        wrongq = q / 10 if rng.random() < 0.5 else q * 10
        text = (f"{_N(who[0], '은/는')} {_d(a)} ÷ {_d(b)}{_p(_d(b), '을/를')} 세로셈으로 계산하여 몫을 {_d(wrongq)}{_p(_d(wrongq), '이라/라')}고 했습니다. "
                f"잘못된 부분을 찾아 설명하고 바르게 계산하시오.")
        ans = f"{_d(q)} (나누는 수의 소수점을 옮긴 만큼 나누어지는 수의 소수점도 똑같이 옮겨 몫의 소수점을 찍어야 합니다.)"
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A", concepts=["소수의 나눗셈"],
                   check=lambda: a / b == q and k > 0)
