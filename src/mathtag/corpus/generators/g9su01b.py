"""Generators for 9수01 (수와 연산, 중학교), part B: more 9수01-05 families and 9수01-06 … 9수01-10.

Uses the private notation helpers of ``g9su01`` (``_r`` renders the mini notation: ``[p|q]``
fraction, ``√5`` / ``√(…)`` roots, ``0.1{23}`` repeating decimals, ``*`` ×, ``:`` ÷; ``_jm`` adds
the particle as the expression is read aloud; ``_q`` / ``_qp`` / ``_qa`` write rationals).
"""

from __future__ import annotations

import math as _math
import random
import re
from fractions import Fraction

import sympy as sp

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.generators.g9su01 import _end, _jm, _nz, _q, _qa, _qp, _r, _rq, _sym
from mathtag.corpus.korean import josa, name, names
from mathtag.corpus.mcq import choices, with_choices
from mathtag.corpus.notation import pick_style


def _pn(v: Fraction | int) -> str:
    """A rational as a factor: negatives in parentheses ``(-3)``, positives bare ``3``."""
    v = Fraction(v)
    return f"({_q(v)})" if v < 0 else _q(v)


# ================================================================================================
# 9수01-05 정수와 유리수의 사칙계산 (additional families)
# ================================================================================================
@family("9수01-05", "number-line-moves")
def _f0105_numline(rng: random.Random) -> Problem:
    st = pick_style(rng)
    start = _nz(rng, -8, 8, exclude=())
    moves = [(_nz(rng, 1, 9), rng.choice(["오른쪽", "왼쪽"])) for _ in range(rng.randint(2, 3))]
    end = start + sum(d if w == "오른쪽" else -d for d, w in moves)
    who = name(rng)
    desc = ", ".join(f"{w}으로 {d}만큼" for d, w in moves)
    form = rng.randrange(3)
    if form == 0:
        text = (f"수직선 위에서 {_r(_q(Fraction(start)), st)}에 대응하는 점에서 출발하여 {desc} 차례로 이동한 점에 "
                f"대응하는 수를 {_end(rng)}")
        fmt = "computation"
    elif form == 1:
        text = (f"{josa(who, '은/는')} 수직선 위의 {_r(_q(Fraction(start)), st)}의 위치에 말을 놓고 주사위 놀이를 하였다. "
                f"말을 {desc} 옮겼을 때, 말이 멈춘 곳의 수는 얼마입니까?")
        fmt = "word"
    else:
        terms = _qp(Fraction(start)) + "".join(f" + {_qp(Fraction(d if w == '오른쪽' else -d))}" for d, w in moves)
        text = (f"수직선 위의 점이 {_r(_q(Fraction(start)), st)}에서 {desc} 움직인 결과를 덧셈식으로 나타내면 다음과 같다. "
                f"□ 안에 알맞은 수를 써넣으시오.\n{_r(terms, st)} = □")
        fmt = "fill"
    return Problem(text=text, answer=str(end), format=fmt, difficulty=1, achievement_level="E",
                   concepts=["정수의 덧셈", "수직선"],
                   check=lambda: sp.Integer(start) + sum(sp.Integer(d) * (1 if w == "오른쪽" else -1) for d, w in moves) == end)


_CTX0105 = ("temp", "bank", "elev", "score", "stock")


@family("9수01-05", "real-life-signed-change")
def _f0105_context(rng: random.Random) -> Problem:
    kind = rng.choice(_CTX0105)
    who = name(rng)
    if kind == "temp":
        t0 = rng.randint(-12, 6)
        rate = rng.choice([Fraction(3, 2), Fraction(2), Fraction(5, 2), Fraction(3)])
        h = rng.randint(2, 6)
        up = rng.random() < 0.5
        res = t0 + (rate if up else -rate) * h
        rs = f"{float(rate):g}"
        text = rng.choice([
            f"어느 지역의 오전 기온은 {t0}℃였다. 이후 {h}시간 동안 1시간마다 기온이 {rs}℃씩 {'올랐다' if up else '내려갔다'}. {h}시간 후의 기온은 몇 ℃인지 {_end(rng)}",
            f"기온이 {t0}℃인 상태에서 매시간 {rs}℃씩 {'상승' if up else '하강'}한다면 {h}시간 뒤의 기온은 몇 ℃입니까?",
        ])
        ans = f"{float(res):g}℃"
        chk = lambda: abs(t0 + (1 if up else -1) * float(rate) * h - float(res)) < 1e-9  # noqa: E731
    elif kind == "bank":
        bal = rng.randrange(5, 40) * 1000
        ins = [rng.randrange(1, 20) * 1000 for _ in range(3)]
        outs = [rng.random() < 0.5 for _ in range(3)]
        res = bal + sum(-v if o else v for v, o in zip(ins, outs, strict=True))
        acts = ", ".join(f"{v:,}원을 {'찾았' if o else '넣었'}다" for v, o in zip(ins, outs, strict=True))
        text = (f"{who}의 통장에는 {bal:,}원이 있었다. 입금한 금액을 양수, 출금한 금액을 음수로 나타낼 때, "
                f"차례로 {acts}. 통장에 남은 금액을 정수의 덧셈식으로 나타내어 {_end(rng)}")
        ans = f"{res:,}원"
        chk = lambda: sum([bal] + [(-1 if o else 1) * v for v, o in zip(ins, outs, strict=True)]) == res  # noqa: E731
    elif kind == "elev":
        depth = rng.randint(10, 60)
        up = rng.randint(3, 9)
        k = rng.randint(2, 6)
        res = -depth + up * k
        text = rng.choice([
            f"해수면을 0 m로 하여 해수면보다 높은 곳을 양수, 낮은 곳을 음수로 나타내자. 해저 {depth} m 지점에 있던 잠수정이 1분에 {up} m씩 {k}분 동안 떠올랐다. 잠수정의 위치를 정수로 나타내시오.",
            f"해수면 아래 {depth} m에 있던 잠수부가 1분에 {up} m씩 {k}분 동안 위로 올라왔다. 해수면을 기준(0 m)으로 할 때 잠수부의 위치를 부호를 붙여 나타내면 몇 m입니까?",
        ])
        ans = f"{res} m" if res <= 0 else f"+{res} m"
        chk = lambda: (-depth) + up * k == res  # noqa: E731
    elif kind == "score":
        p, m = rng.randint(2, 5), rng.randint(1, 3)
        right, wrong = rng.randint(2, 9), rng.randint(2, 9)
        res = p * right + (-m) * wrong
        text = (f"어떤 게임에서 문제를 맞히면 {p}점을 얻고, 틀리면 {m}점을 잃는다. {josa(who, '은/는')} 0점에서 시작하여 "
                f"{right}문제를 맞히고 {wrong}문제를 틀렸다. {who}의 점수를 {_end(rng)}")
        ans = f"{res}점"
        chk = lambda: (+p) * right + (-m) * wrong == res  # noqa: E731
    else:
        changes = [_nz(rng, -9, 9) * 100 for _ in range(4)]
        price = rng.randint(20, 60) * 1000
        res = price + sum(changes)
        row = " | ".join(f"{c:+,}".replace("+", "+") for c in changes)
        text = (f"다음은 어느 과일 1상자의 가격이 전날에 비해 변한 양을 나타낸 표이다. 월요일 가격이 {price:,}원일 때, "
                f"금요일의 가격은 얼마입니까?\n| 요일 | 화 | 수 | 목 | 금 |\n| 변화량(원) | {row} |")
        ans = f"{res:,}원"
        chk = lambda: price + sum(changes) == res  # noqa: E731
        return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                       concepts=["정수의 덧셈", "양수", "음수"], check=chk)
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["정수의 덧셈", "정수의 곱셈", "양수", "음수"], check=chk)


@family("9수01-05", "distributive-law-fill")
def _f0105_distrib(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.randrange(3)
    if form == 0:  # a × (100 ± d)
        a_ = _nz(rng, -30, 30, exclude=(0, 1, -1, 10, -10, 20, -20))
        d = rng.randint(1, 4)
        n = rng.choice([100 - d, 100 + d])
        res = a_ * n
        sgn = "-" if n < 100 else "+"
        mini = f"{_pn(a_)} * {n}"
        text = (f"분배법칙을 이용하여 {_jm(mini, '을/를', st)} 계산하려고 한다. □ 안에 알맞은 수를 차례로 써넣으시오.\n"
                f"{_r(mini, st)} = {_r(f'{_pn(a_)} * (100 {sgn} □)', st)} = {_r(f'{_pn(a_)} * 100 {sgn} {_pn(a_)} * □', st)} = □")
        ans = f"{d}, {d}, {res}"
        chk = lambda: a_ * 100 + (a_ * d if n > 100 else -a_ * d) == res  # noqa: E731
        fmt, lv, df = "fill", "D", 2
    elif form == 1:  # c×a + c×b
        c = _nz(rng, -9, 9, exclude=(0, 1, -1))
        den = rng.choice([3, 4, 5, 7])
        p_ = rng.randint(1, den * 3)
        q_ = den * rng.randint(2, 6) - p_
        fa, fb = Fraction(p_, den), Fraction(q_, den)
        res = c * (fa + fb)
        mini = f"{_pn(c)} * {_q(fa)} + {_pn(c)} * {_q(fb)}"
        text = rng.choice([f"분배법칙을 이용하여 다음을 계산하시오.\n{_r(mini, st)}",
                           f"계산 법칙을 이용하여 {_r(mini, st)}의 값을 {_end(rng)}"])
        ans, fmt, lv, df = _qa(res), "computation", "C", 3
        chk = lambda: sp.nsimplify(_sym(mini)) == sp.Rational(res.numerator, res.denominator)  # noqa: E731
    else:  # (a/b - c/d) × m
        d1, d2 = rng.sample([2, 3, 4, 6], 2)
        m = _math.lcm(d1, d2) * _nz(rng, -3, 3)
        n1 = rng.choice([k for k in range(1, d1 * 2) if k % d1])
        n2 = rng.choice([k for k in range(1, d2 * 2) if k % d2])
        f1, f2 = Fraction(n1, d1), Fraction(n2, d2)
        res = (f1 - f2) * m
        mini = f"({_q(f1)} - {_q(f2)}) * {_pn(m)}"
        text = rng.choice([f"다음을 분배법칙을 이용하여 계산하시오.\n{_r(mini, st)}",
                           f"{_jm(mini, '을/를', st)} 계산한 값을 {_end(rng)}"])
        ans, fmt, lv, df = _qa(res), "computation", "C", 3
        chk = lambda: f1 * m - f2 * m == res  # noqa: E731
    return Problem(text=text, answer=ans, format=fmt, difficulty=df, achievement_level=lv,
                   concepts=["분배법칙", "유리수의 곱셈"], check=chk)


@family("9수01-05", "pick-cards-extreme-product")
def _f0105_cards(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(50):
        nums = sorted({_rq(rng, dens=(2, 3, 4), hi=6, frac_p=0.4) for _ in range(rng.choice([4, 5]))})
        if len(nums) >= 4 and any(v < 0 for v in nums) and any(v > 0 for v in nums):
            break
    k = rng.choice([2, 3])
    from itertools import combinations
    prods = [_math.prod(c) for c in combinations(nums, k)]
    want = rng.choice(["큰", "작은"])
    res = max(prods) if want == "큰" else min(prods)
    cards = ", ".join(_r(_q(v), st) for v in rng.sample(nums, len(nums)))
    text = rng.choice([
        f"다음 {len(nums)}개의 수 중에서 서로 다른 {k}개를 골라 곱한 값 중 가장 {want} 값을 {_end(rng)}\n{cards}",
        f"수 카드 {len(nums)}장에 다음 수가 하나씩 적혀 있다. 이 중 {k}장을 뽑아 적힌 수를 모두 곱할 때, 가장 {want} 값은 얼마입니까?\n{cards}",
    ])
    return Problem(text=text, answer=_qa(res), format="word", difficulty=3 if k == 2 else 4,
                   achievement_level="C" if k == 2 else "B", concepts=["유리수의 곱셈", "대소 관계"],
                   check=lambda: res == (max if want == "큰" else min)(sp.prod(list(c)) for c in combinations(nums, k)))


# ================================================================================================
# 9수01-06 유리수와 순환소수
# ================================================================================================
def _decimal_parts(num: int, den: int) -> tuple[str, str, str]:
    """(integer part, non-repeating digits, repeating digits) of num/den > 0 ('' when finite)."""
    ip, rem = divmod(num, den)
    digits: list[str] = []
    seen: dict[int, int] = {}
    while rem and rem not in seen:
        seen[rem] = len(digits)
        rem *= 10
        digits.append(str(rem // den))
        rem %= den
    if not rem:
        return str(ip), "".join(digits), ""
    k = seen[rem]
    return str(ip), "".join(digits[:k]), "".join(digits[k:])


def _rep_mini(ip: str, nr: str, rp: str) -> str:
    return f"{ip}.{nr}{{{rp}}}" if rp else (f"{ip}.{nr}" if nr else ip)


def _rep_value(ip: str, nr: str, rp: str) -> Fraction:
    """Exact value of ip.nr(rp)(rp)… by the geometric series (independent of long division)."""
    v = Fraction(int(ip)) + (Fraction(int(nr), 10 ** len(nr)) if nr else 0)
    if rp:
        first = Fraction(int(rp), 10 ** (len(nr) + len(rp)))
        v += first / (1 - Fraction(1, 10 ** len(rp)))
    return v


def _is_finite(fr: Fraction) -> bool:
    d = fr.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def _fr_mini(fr: Fraction) -> str:
    return str(fr.numerator) if fr.denominator == 1 else f"[{fr.numerator}|{fr.denominator}]"


def _rand_repeating(rng: random.Random, max_rp: int = 2) -> tuple[str, str, str]:
    ip = str(rng.choice([0, 0, 0, 1, 2, 3, 5]))
    nr = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([0, 0, 1, 1, 2])))
    while True:
        rp = "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(1, max_rp)))
        if rp not in ("0", "9", "00", "99") and not (len(rp) == 2 and rp[0] == rp[1]) and (not nr or nr[-1] != rp[-1]):
            return ip, nr, rp


@family("9수01-06", "fraction-to-repeating")
def _f0106_to_rep(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "unicode"])
    while True:
        den = rng.choice([3, 6, 7, 9, 11, 12, 15, 18, 22, 27, 33, 37, 45, 55, 74, 90, 99])
        num = rng.randint(1, den * 2)
        fr = Fraction(num, den)
        if not _is_finite(fr) and len(_decimal_parts(fr.numerator, fr.denominator)[2]) <= 6:
            break
    ip, nr, rp = _decimal_parts(fr.numerator, fr.denominator)
    fm = _fr_mini(fr)
    form = rng.randrange(3)
    if form == 0:
        text = f"분수 {_jm(fm, '을/를', st)} 소수로 나타낼 때, 순환마디를 {_end(rng, '구')}"
        ans = rp
    elif form == 1:
        text = rng.choice([f"분수 {_jm(fm, '을/를', st)} 순환소수로 나타내고, 점을 찍어 간단히 {_end(rng, '나타내')}",
                           f"{_jm(fm, '을/를', st)} 순환마디에 점을 찍어 나타낸 순환소수를 {_end(rng, '쓰')}"])
        ans = _r(_rep_mini(ip, nr, rp), "unicode")
    else:
        text = (f"다음 분수를 소수로 나타내었을 때 순환마디와 그 표현을 차례로 써넣으시오.\n"
                f"{_r(fm, st)} = {ip}.{nr}{rp * 3}… → 순환마디: (    ), 간단히: (    )")
        ans = f"{rp}, {_r(_rep_mini(ip, nr, rp), 'unicode')}"
    return Problem(text=text, answer=ans, format="fill" if form == 2 else "computation", difficulty=2,
                   achievement_level="E" if form == 0 else "D", concepts=["순환소수", "순환마디", "무한소수"],
                   check=lambda: _rep_value(ip, nr, rp) == fr)


@family("9수01-06", "nth-digit-after-point")
def _f0106_nth(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        den = rng.choice([7, 11, 13, 27, 37, 33, 41, 12, 22, 74])
        num = rng.randint(1, den - 1)
        fr = Fraction(num, den)
        ip, nr, rp = _decimal_parts(fr.numerator, fr.denominator)
        if rp and len(rp) >= 2:
            break
    n = rng.randint(15, 120)
    k = n - len(nr)
    digit = int(nr[n - 1]) if k <= 0 else int(rp[(k - 1) % len(rp)])
    if rng.random() < 0.5:
        shown = _r(_rep_mini(ip, nr, rp), st)
        text = rng.choice([f"순환소수 {shown}의 소수점 아래 {n}번째 자리의 숫자를 {_end(rng, '구')}",
                           f"{shown}에서 소수점 아래 {n}번째 자리에 오는 숫자는 무엇입니까?"])
    else:
        text = rng.choice([f"분수 {_jm(_fr_mini(fr), '을/를', st)} 소수로 나타낼 때, 소수점 아래 {n}번째 자리의 숫자를 {_end(rng, '구')}",
                           f"{_r(_fr_mini(fr), st)}를 소수로 고쳤을 때 소수점 아래 {n}번째 자리의 숫자는?".replace(f"{_r(_fr_mini(fr), st)}를", _jm(_fr_mini(fr), "을/를", st))])
    return Problem(text=text, answer=str(digit), format="computation", difficulty=3, achievement_level="C",
                   concepts=["순환소수", "순환마디"],
                   check=lambda: (fr.numerator * 10**n // fr.denominator) % 10 == digit)


@family("9수01-06", "finite-decimal-mcq")
def _f0106_finite_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    want_finite = rng.random() < 0.5
    # unreduced fractions on purpose: students must reduce before judging the denominator
    def raw(finite: bool) -> tuple[int, int]:
        while True:
            den = rng.choice([6, 12, 14, 15, 18, 21, 24, 28, 30, 35, 36, 40, 42, 45, 48, 56, 60, 75, 84, 90, 120])
            num = rng.randint(1, den - 1)
            if _is_finite(Fraction(num, den)) == finite:
                return num, den

    right = raw(want_finite)
    wrong: list[tuple[int, int]] = []
    while len(wrong) < 4:
        w = raw(not want_finite)
        if w not in wrong and Fraction(*w) != Fraction(*right):
            wrong.append(w)

    def show(nd: tuple[int, int]) -> str:
        n_, d_ = nd
        if rng.random() < 0.4:
            fac = sp.factorint(d_)
            den_s = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(fac.items()))
            return _r(f"[{n_}|{den_s}]", st)
        return _r(f"[{n_}|{d_}]", st)

    stem = ("다음 분수 중 유한소수로 나타낼 수 있는 것은?" if want_finite
            else rng.choice(["다음 분수 중 유한소수로 나타낼 수 없는 것은?", "다음 분수 중 소수로 나타내면 순환소수가 되는 것은?"]))
    ch = choices(rng, show(right), [show(w) for w in wrong])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["유한소수", "순환소수", "소인수분해"], choice=ch,
                   check=lambda: _is_finite(Fraction(*right)) == want_finite
                   and all(_is_finite(Fraction(*w)) != want_finite for w in wrong)
                   and (sp.Rational(*right).q in (1,) or set(sp.factorint(sp.Rational(*right).q)) <= {2, 5}) == want_finite)


@family("9수01-06", "multiplier-makes-finite")
def _f0106_multiplier(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        bad = rng.choice([3, 7, 9, 11, 21, 3 * 11, 13])
        den = bad * rng.choice([2, 4, 5, 8, 10, 20, 25, 40])
        num = rng.randint(1, den - 1)
        need = Fraction(num, den).denominator
        for p in (2, 5):
            while need % p == 0:
                need //= p
        if need > 1 and den <= 400:
            break
    fac = sp.factorint(den)
    den_fac = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(fac.items()))
    dshow = _r(f"[{num}|{den_fac}]", st) if rng.random() < 0.5 else _r(f"[{num}|{den}]", st)
    form = rng.randrange(3)
    if form == 0:
        text = rng.choice([f"분수 {dshow}에 어떤 자연수 a를 곱하면 유한소수로 나타낼 수 있다. 이때 가장 작은 자연수 a의 값을 {_end(rng)}",
                           f"{dshow} × a를 유한소수로 나타낼 수 있도록 하는 a의 값 중 가장 작은 자연수는 무엇입니까?"])
        ans = need
        chk = lambda: min(k for k in range(1, 1000) if _is_finite(Fraction(num * k, den))) == need  # noqa: E731
        lv, df = "C", 3
    elif form == 1:
        hi = rng.choice([50, 60, 80, 99, 100])
        need_x = den
        for p in (2, 5):
            while need_x % p == 0:
                need_x //= p
        cnt = hi // need_x
        text = (f"분수 {_r(f'[x|{den}]', st)}를 소수로 나타내면 유한소수가 된다. x가 1 이상 {hi} 이하의 자연수일 때, "
                f"이를 만족하는 x는 모두 몇 개인지 {_end(rng)}").replace(f"{_r(f'[x|{den}]', st)}를", _jm(f"[x|{den}]", "을/를", st))
        ans = cnt
        chk = lambda: sum(1 for k in range(1, hi + 1) if _is_finite(Fraction(k, den))) == cnt  # noqa: E731
        lv, df = "B", 4
    else:
        lo = rng.randint(2, 6)
        ans_k = next(k for k in range(lo, 10000) if _is_finite(Fraction(num * k, den)) and k % need == 0)
        text = (f"{dshow}에 {lo} 이상의 자연수 a를 곱하여 유한소수가 되게 하려고 한다. 가능한 a의 값 중 가장 작은 수를 {_end(rng)}")
        ans = ans_k
        chk = lambda: min(k for k in range(lo, 10000) if _is_finite(Fraction(num * k, den))) == ans_k  # noqa: E731
        lv, df = "B", 4
    return Problem(text=text, answer=str(ans), format="word" if form == 1 else "computation", difficulty=df,
                   achievement_level=lv, concepts=["유한소수", "소인수분해", "분모"], check=chk)


@family("9수01-06", "repeating-to-fraction")
def _f0106_to_frac(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "unicode", "unicode", "plain"])
    ip, nr, rp = _rand_repeating(rng)
    val = _rep_value(ip, nr, rp)
    mini = _rep_mini(ip, nr, rp)
    text = rng.choice([f"순환소수 {_jm(mini, '을/를', st)} 기약분수로 {_end(rng, '나타내')}",
                       f"다음 순환소수를 분수로 나타내시오.\n{_r(mini, st)}",
                       f"{_jm(mini, '을/를', st)} 기약분수로 고치면 어떤 수가 됩니까?"])

    def by_formula() -> bool:  # textbook formula: (all digits − non-repeating part) / (9…90…)
        whole = int(ip + nr + rp)
        head = int(ip + nr) if (ip + nr) else 0
        return Fraction(whole - head, int("9" * len(rp) + "0" * len(nr))) == val

    return Problem(text=text, answer=_qa(val), format="computation", difficulty=2 if not nr else 3,
                   achievement_level="D" if not nr else "C", concepts=["순환소수", "유리수", "기약분수"], check=by_formula)


@family("9수01-06", "repeating-to-fraction-process-fill")
def _f0106_process(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "unicode"])
    ip, nr, rp = _rand_repeating(rng)
    if not nr:
        nr = str(rng.randint(1, 8))
        if nr[-1] == rp[-1]:
            nr = str((int(nr) % 8) + 1)
    val = _rep_value(ip, nr, rp)
    big, small = 10 ** (len(nr) + len(rp)), 10 ** len(nr)
    mini = _rep_mini(ip, nr, rp)
    shown_big = f"{int(ip + nr + rp)}.{rp * 2}…"
    shown_small = f"{int(ip + nr)}.{rp * 2}…"
    text = (f"다음은 순환소수 {_jm(mini, '을/를', st)} 분수로 나타내는 과정이다. ㉠~㉣에 알맞은 수를 써넣으시오.\n"
            f"x = {_jm(mini, '으로/로', st)} 놓으면 x = {ip}.{nr}{rp * 3}…\n"
            f"양변에 ㉠을 곱하면 ㉠x = {shown_big}\n"
            f"양변에 ㉡을 곱하면 ㉡x = {shown_small}\n"
            f"두 식을 변끼리 빼면 ㉢x = {int(ip + nr + rp) - int(ip + nr)}\n"
            f"따라서 x = ㉣")
    ans = f"㉠ {big} ㉡ {small} ㉢ {big - small} ㉣ {_qa(val)}"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["순환소수", "유리수"],
                   check=lambda: Fraction(int(ip + nr + rp) - int(ip + nr), big - small) == val)


_TRUE0106 = [
    "모든 순환소수는 유리수이다.",
    "유한소수는 모두 유리수이다.",
    "정수가 아닌 유리수는 유한소수 또는 순환소수로 나타낼 수 있다.",
    "순환소수는 (정수)/(0이 아닌 정수)의 꼴로 나타낼 수 있다.",
    "기약분수의 분모의 소인수가 2나 5뿐이면 유한소수로 나타낼 수 있다.",
    "순환소수는 무한소수이다.",
]
_FALSE0106 = [
    "모든 무한소수는 순환소수이다.",
    "순환소수 중에는 유리수가 아닌 것도 있다.",
    "분모에 3이 있는 분수는 항상 순환소수로 나타내어진다.",
    "무한소수는 모두 유리수이다.",
    "유리수는 모두 유한소수로 나타낼 수 있다.",
    "분모가 홀수인 분수는 유한소수로 나타낼 수 없다.",
    "순환소수는 분수로 나타낼 수 없다.",
]


@family("9수01-06", "rational-and-repeating-statements-mcq")
def _f0106_statements(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.5
    if ask_true:
        right, wrong = rng.choice(_TRUE0106), rng.sample(_FALSE0106, 4)
        stem = rng.choice(["다음 중 옳은 것은?", "다음 설명 중 옳은 것을 고르시오."])
    else:
        right, wrong = rng.choice(_FALSE0106), rng.sample(_TRUE0106, 4)
        stem = rng.choice(["다음 중 옳지 않은 것은?", "다음 설명 중 틀린 것은?"])
    ch = choices(rng, right, wrong)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["유리수", "순환소수", "유한소수", "무한소수"], choice=ch,
                   check=lambda: (right in _TRUE0106) == ask_true and all((w in _TRUE0106) != ask_true for w in wrong))


@family("9수01-06", "dot-notation-mcq")
def _f0106_notation(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "unicode"])
    pool: list[tuple[str, str, str]] = []
    while len(pool) < 5:
        t = _rand_repeating(rng, max_rp=3)
        if t not in pool and len(set(t[2])) == len(t[2]):
            pool.append(t)

    def spelled(t: tuple[str, str, str]) -> str:
        ip, nr, rp = t
        return f"{ip}.{nr}{rp * max(2, 6 // len(rp))}…"

    def wrong_notation(t: tuple[str, str, str]) -> str | None:
        ip, nr, rp = t
        cands = [_rep_mini(ip, "", nr + rp) if nr else "",                  # dots over the non-repeating part too
                 _rep_mini(ip, nr, rp[0]) if len(rp) > 1 else "",           # only the first digit dotted
                 _rep_mini(ip, nr + rp[:-1], rp[-1]) if len(rp) > 1 else ""]  # only the last digit dotted
        good = [c for c in cands if c and _rep_value(*_parse_mini(c)) != _rep_value(ip, nr, rp)]
        return rng.choice(good) if good else None

    k = rng.randrange(5)
    ask_right = rng.random() < 0.5
    opts, right = [], ""
    for i, t in enumerate(pool):
        good = (i == k) == ask_right
        shown = _rep_mini(*t) if good else wrong_notation(t)
        if shown is None:
            return _f0106_notation(rng)
        o = f"{spelled(t)} = {_r(shown, st)}"
        opts.append(o)
        if i == k:
            right = o
    stem = ("다음 중 순환소수의 표현이 옳은 것은?" if ask_right
            else rng.choice(["다음 중 순환소수를 점을 찍어 나타낸 것으로 옳지 않은 것은?", "다음 중 순환소수의 표현이 잘못된 것은?"]))
    ch = choices(rng, right, [o for o in opts if o != right])

    def verify() -> bool:
        ok = []
        for t, o in zip(pool, opts, strict=True):
            ok.append(o.endswith(_r(_rep_mini(*t), st)))
        return ok.count(True) == (1 if ask_right else 4) and ok[k] == ask_right

    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["순환소수", "순환마디", "순환소수 표현"], choice=ch, check=verify)


def _parse_mini(m: str) -> tuple[str, str, str]:
    ip, rest = m.split(".")
    nr, rp = rest.split("{")
    return ip, nr, rp.rstrip("}")


# ================================================================================================
# 9수01-07 제곱근의 뜻과 성질, 제곱근의 대소 관계
# ================================================================================================
def _sy(mini: str) -> sp.Expr:
    """Parse the mini notation (nested roots allowed) into an exact sympy expression."""
    t = mini.replace("⟨", "(").replace("⟩", ")").replace("−", "-")
    while "[" in t:
        t = re.sub(r"\[([^\[\]|]+)\|([^\[\]|]+)\]", r"((\1)/(\2))", t)
    t = re.sub(r"(\d)√", r"\1*√", t)
    t = re.sub(r"(\d|\))\(", r"\1*(", t)
    t = re.sub(r"√(\d+(?:\.\d+)?)", r"sqrt(\1)", t).replace("√(", "sqrt(")
    t = t.replace(":", "/").replace("^", "**")
    return sp.sympify(t, rational=True)


def _latex_roots(t: str) -> str:
    """Turn every ``√(…)`` (balanced, possibly nested) into ``\\sqrt{…}``."""
    while "√(" in t:
        i = t.index("√(")
        depth, j = 0, i + 1
        while True:
            depth += {"(": 1, ")": -1}.get(t[j], 0)
            if depth == 0:
                break
            j += 1
        t = t[:i] + "\\sqrt{" + t[i + 2:j] + "}" + t[j + 1:]
    return t


def _rr(mini: str, st: str) -> str:
    """``_r`` that also handles nested roots such as ``√((-3)^2)``."""
    return _r(_latex_roots(mini) if st == "latex" else mini, st)


def _jr(mini: str, pair: str, st: str) -> str:
    return _rr(mini, st) + _jm(mini, pair, "plain")[len(_r(mini, "plain")):]


def _sqrt_mini(n: Fraction | int) -> str:
    """√n in mini notation; a fraction radicand as √([p|q])."""
    n = Fraction(n)
    if n.denominator == 1:
        return f"√{n.numerator}"
    return f"√([{n.numerator}|{n.denominator}])"


def _dec(v: Fraction) -> str:
    return f"{float(v):g}"


@family("9수01-07", "square-roots-of")
def _f0107_roots(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["sq", "frac", "dec", "non", "non"])
    if kind == "sq":
        r = rng.randint(2, 15)
        n, shown, ans = Fraction(r * r), str(r * r), f"±{r}"
    elif kind == "frac":
        p, q = rng.choice([(1, 4), (4, 9), (9, 16), (16, 25), (1, 9), (25, 36), (49, 64), (9, 100)])
        n, shown = Fraction(p, q), f"[{p}|{q}]"
        rp, rq = int(p ** 0.5), int(q ** 0.5)
        ans = f"±{rp}/{rq}"
    elif kind == "dec":
        r = Fraction(rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12]), 10)
        n = r * r
        shown, ans = _dec(n), f"±{_dec(r)}"
    else:
        m = rng.choice([2, 3, 5, 6, 7, 10, 11, 13, 14, 15, 17, 19, 21])
        n, shown, ans = Fraction(m), str(m), f"±√{m}"
    form = rng.randrange(3)
    if form == 0:
        text = rng.choice([f"{_jm(shown, '의', st)} 제곱근을 {_end(rng)}", f"다음 수의 제곱근을 {_end(rng)}\n{_r(shown, st)}"])
    elif form == 1:
        text = f"제곱하여 {_jm(shown, '이/가', st)} 되는 수를 모두 {_end(rng)}"
    else:
        text = f"x² = {_r(shown, st)}를 만족하는 x의 값을 모두 {_end(rng)}".replace(f"{_r(shown, st)}를", _jm(shown, "을/를", st))
        if st == "latex":
            text = text.replace("x²", "$x^{2}$")
    root = sp.sqrt(sp.Rational(n.numerator, n.denominator))
    return Problem(text=text, answer=ans, format="computation", difficulty=1 if kind in ("sq", "non") else 2,
                   achievement_level="E" if kind == "sq" else "D", concepts=["제곱근", "근호"],
                   check=lambda: set(sp.solve(sp.Symbol("x") ** 2 - sp.Rational(n.numerator, n.denominator))) == {root, -root})


_T0107 = [
    ("{a2}의 제곱근은 ±{a}이다.", True), ("제곱근 {a2_n} {a}이다.", True), ("0의 제곱근은 0 하나뿐이다.", True),
    ("음수의 제곱근은 없다.", True), ("양수의 제곱근은 2개이고, 그 절댓값은 같다.", True),
    ("√{a2}의 제곱근은 ±√{a}이다.", True), ("{a2}의 음의 제곱근은 −{a}이다.", True),
    ("{a2}의 제곱근은 {a}이다.", False), ("제곱근 {a2_n} ±{a}이다.", False), ("−{a2}의 제곱근은 −{a}이다.", False),
    ("√{a2}의 제곱근은 ±{a}이다.", False), ("모든 수의 제곱근은 2개이다.", False), ("√((−{a})²) = −{a}이다.", False),
    ("제곱근 {b_n} ±√{b}이다.", False), ("{b}의 제곱근은 √{b}뿐이다.", False),
]


@family("9수01-07", "square-root-statements-mcq")
def _f0107_statements(rng: random.Random) -> Problem:
    a_ = rng.choice([2, 3, 5, 6, 7, 9])
    b_ = rng.choice([3, 5, 7, 11, 13])
    fill = {"a": a_, "a2": a_ * a_, "b": b_, "a2_n": josa(str(a_ * a_), "은/는"), "b_n": josa(str(b_), "은/는")}
    ask_true = rng.random() < 0.5
    tr = [t.format(**fill) for t, v in _T0107 if v]
    fa = [t.format(**fill) for t, v in _T0107 if not v]
    if ask_true:
        right, wrong = rng.choice(tr), rng.sample(fa, 4)
        stem = rng.choice(["다음 중 옳은 것은?", "제곱근에 대한 설명으로 옳은 것은?"])
    else:
        right, wrong = rng.choice(fa), rng.sample(tr, 4)
        stem = rng.choice(["다음 중 옳지 않은 것은?", "제곱근에 대한 다음 설명 중 틀린 것은?"])
    ch = choices(rng, right, wrong)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["제곱근", "근호", "양의 제곱근", "음의 제곱근"], choice=ch,
                   check=lambda: (right in tr) == ask_true and all((w in tr) != ask_true for w in wrong))


@family("9수01-07", "square-root-properties-compute")
def _f0107_props(rng: random.Random) -> Problem:
    st = pick_style(rng)
    terms = []
    for _ in range(rng.randint(2, 4)):
        k = rng.randrange(5)
        m = rng.choice([2, 3, 5, 6, 7, 10, 11])
        s_ = rng.randint(2, 9)
        terms.append(rng.choice([f"(√{m})^2", f"(-√{m})^2", f"√({s_}^2)", f"√((-{s_})^2)", f"-√({s_}^2)", f"√{s_ * s_}",
                                 f"-(-√{m})^2"]) if k else f"√((-{s_})^2)")
    ops = [rng.choice(["+", "-", "*", ":"]) for _ in terms[1:]]
    mini = terms[0] + "".join(f" {o} {t}" for o, t in zip(ops, terms[1:], strict=True))
    val = _sy(mini)
    val = sp.nsimplify(val)
    if not val.is_rational or abs(val) > 200:
        return _f0107_props(rng)
    text = rng.choice([f"다음을 계산하시오.\n{_rr(mini, st)}", f"{_rr(mini, st)}의 값을 {_end(rng)}",
                       f"{_jr(mini, '을/를', st)} 간단히 하면?"])
    res = Fraction(int(val.p), int(val.q))

    def by_hand() -> bool:  # (√m)² = m, √(s²) = |s| applied term by term
        vals = []
        for t in terms:
            sign = -1 if t.startswith("-") else 1
            nums = [int(z) for z in __import__("re").findall(r"\d+", t)]
            if "^2" in t and "√(" in t:
                vals.append(Fraction(sign * abs(nums[0])))
            elif t.endswith("^2"):
                vals.append(Fraction(sign * nums[0]))
            else:
                vals.append(Fraction(sign * _math.isqrt(nums[0])))
        acc = vals[0]
        out = []
        for o, v in zip(ops, vals[1:], strict=True):
            if o in "*:":
                acc = acc * v if o == "*" else acc / v
            else:
                out.append(acc)
                acc = v if o == "+" else -v
        return sum(out) + acc == res

    return Problem(text=text, answer=_qa(res), format="computation", difficulty=2 if len(terms) <= 3 else 3,
                   achievement_level="C" if len(terms) <= 3 else "B", concepts=["제곱근의 성질", "근호"], check=by_hand)


@family("9수01-07", "root-of-square-with-condition")
def _f0107_abs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = sorted(rng.sample(range(-6, 7), 2))
    if q - p < 2:
        q = p + rng.randint(2, 5)
    a_ = sp.Symbol("a")
    form = rng.randrange(3)
    if form == 0:  # √((a-p)²) + √((a-q)²) with p<a<q  → q - p
        e1 = f"√((a {'-' if p >= 0 else '+'} {abs(p)})^2)" if p else "√(a^2)"
        e2 = f"√((a {'-' if q >= 0 else '+'} {abs(q)})^2)" if q else "√(a^2)"
        mini = f"{e1} + {e2}"
        expr = sp.Abs(a_ - p) + sp.Abs(a_ - q)
        cond = f"{p} < a < {q}"
        ans_expr = sp.Integer(q - p)
    elif form == 1:  # √((a-p)²) - √((q-a)²) with p<a<q → (a-p) - (q-a) = 2a - p - q
        e1 = f"√((a {'-' if p >= 0 else '+'} {abs(p)})^2)" if p else "√(a^2)"
        e2 = f"√(({q} - a)^2)"
        mini = f"{e1} - {e2}"
        expr = sp.Abs(a_ - p) - sp.Abs(q - a_)
        cond = f"{p} < a < {q}"
        ans_expr = sp.expand((a_ - p) - (q - a_))
    else:  # a<0 : √(a²) + √((-k a)²)... → -a + k(-a)?  use √(4a²) - √((-a)²)
        k = rng.randint(2, 5)
        sgn = rng.choice(["<", ">"])
        mini = f"√({k * k}a^2) - √((-a)^2)"
        expr = sp.sqrt(k * k * a_**2) - sp.sqrt((-a_) ** 2)
        cond = f"a {sgn} 0"
        ans_expr = (k - 1) * a_ if sgn == ">" else -(k - 1) * a_
    text = rng.choice([f"{_r(cond, st)}일 때, {_jr(mini, '을/를', st)} {rng.choice(['간단히 하시오.', '간단히 하면?', '간단히 하여라.'])}",
                       f"{_r(cond, st)}일 때, 다음 식을 간단히 하시오.\n{_rr(mini, st)}"])
    ans = str(ans_expr).replace("*", "")
    if form == 2:
        test_val = sp.Integer(3) if sgn == ">" else sp.Integer(-3)
    else:
        test_val = sp.Rational(p + q, 2) if (p + q) % 2 == 0 or True else 0
        test_val = sp.Rational(p, 1) + sp.Rational(1, 3)
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="A" if form == 1 else "B",
                   concepts=["제곱근의 성질", "근호", "절댓값"],
                   check=lambda: sp.simplify(expr.subs(a_, test_val) - ans_expr.subs(a_, test_val)) == 0)


def _cmp(u: sp.Expr, v: sp.Expr) -> str:
    return "<" if u < v else (">" if u > v else "=")


@family("9수01-07", "compare-square-roots-fill")
def _f0107_compare(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pairs = []
    for _ in range(rng.choice([1, 3])):
        kind = rng.randrange(5)
        if kind == 0:
            m, n = rng.sample(range(2, 30), 2)
            pairs.append((f"√{m}", f"√{n}"))
        elif kind == 1:
            n = rng.randint(2, 9)
            m = n * n + rng.choice([-2, -1, 1, 2, 3])
            pairs.append((f"√{m}", str(n)) if rng.random() < 0.5 else (str(n), f"√{m}"))
        elif kind == 2:
            m, n = rng.sample(range(2, 30), 2)
            pairs.append((f"-√{m}", f"-√{n}"))
        elif kind == 3:
            n = rng.randint(2, 7)
            m = n * n + rng.choice([-3, -1, 1, 2])
            pairs.append((f"-{n}", f"-√{m}"))
        else:
            p, q = rng.choice([(1, 2), (1, 3), (2, 3), (1, 4), (3, 4)])
            pairs.append((f"√([{p}|{q}])", f"[{p}|{q}]") if rng.random() < 0.5 else (f"[{p}|{q}]", f"√([{p}|{q}])"))
    rels = [_cmp(_sy(u), _sy(v)) for u, v in pairs]
    if len(pairs) == 1:
        u, v = pairs[0]
        text = rng.choice([f"다음 두 수의 대소를 비교하여 (  ) 안에 부등호 >, < 중 알맞은 것을 써넣으시오.\n{_r(u, st)} (  ) {_r(v, st)}",
                           f"{_r(u, st)}와 {_r(v, st)}의 대소를 비교하시오.".replace(f"{_r(u, st)}와", _jm(u, "과/와", st))])
    else:
        lines = "\n".join(f"({i + 1}) {_r(u, st)} □ {_r(v, st)}" for i, (u, v) in enumerate(pairs))
        text = f"다음 □ 안에 부등호 >, < 중 알맞은 것을 써넣으시오.\n{lines}"
    ans = ", ".join(rels) if len(pairs) > 1 else f"{_r(pairs[0][0], 'plain')} {rels[0]} {_r(pairs[0][1], 'plain')}"

    def by_squares() -> bool:  # compare squares with signs, not decimals
        out = []
        for u, v in pairs:
            U, V = _sy(u), _sy(v)
            su, sv = (1 if U > 0 else -1), (1 if V > 0 else -1)
            if su != sv:
                out.append("<" if su < sv else ">")
            else:
                r = "<" if U**2 < V**2 else ">"
                out.append(r if su > 0 else {"<": ">", ">": "<"}[r])
        return out == rels

    return Problem(text=text, answer=ans, format="fill" if "(  )" in text or "□" in text else "computation",
                   difficulty=2, achievement_level="D" if len(pairs) == 1 else "C",
                   concepts=["제곱근의 대소 관계", "근호"], check=by_squares)


@family("9수01-07", "order-roots-mcq")
def _f0107_order(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(50):
        pool = list(dict.fromkeys(rng.choice([f"√{rng.randint(2, 30)}", f"-√{rng.choice([2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 15, 17, 18, 19])}", str(rng.randint(-5, 5)),
                                 f"√([{rng.choice([1, 2, 3])}|{rng.choice([4, 5, 9])}])", f"[{rng.choice([1, 3, 5, 7, 9])}|2]"]) for _ in range(8)))
        pool = pool[:5]
        vals = [sp.nsimplify(_sy(t)) for t in pool]
        if len(pool) == 5 and len(set(vals)) == 5:
            break
    order = sorted(range(5), key=lambda i: float(vals[i]))
    which = rng.choice(["max", "min", "second_small", "second_big"])
    idx = {"max": order[-1], "min": order[0], "second_small": order[1], "second_big": order[-2]}[which]
    stem = {"max": "다음 중 가장 큰 수는?", "min": "다음 수 중에서 가장 작은 것은?",
            "second_small": "다음 수를 작은 것부터 차례로 나열할 때, 두 번째에 오는 수는?",
            "second_big": "다음 수를 큰 것부터 차례로 나열할 때, 두 번째에 오는 수는?"}[which]
    ch = choices(rng, _r(pool[idx], st), [_r(t, st) for i, t in enumerate(pool) if i != idx])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["제곱근의 대소 관계", "근호"], choice=ch,
                   check=lambda: sorted(vals, key=lambda v: float(sp.N(v, 30)))[{"max": 4, "min": 0, "second_small": 1, "second_big": 3}[which]] == vals[idx])


@family("9수01-07", "naturals-under-root-inequality")
def _f0107_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.randrange(3)
    if form == 0:
        n = rng.randint(2, 7)
        xs = [k for k in range(1, 200) if k < n * n]
        text = rng.choice([f"부등식 {_r(f'√x < {n}', st)}를 만족하는 자연수 x의 개수를 {_end(rng)}",
                           f"{_r(f'√x < {n}', st)}인 자연수 x는 모두 몇 개입니까?"]).replace(f"{_r(f'√x < {n}', st)}를", _jm(f"√x < {n}", "을/를", st))
        chk = lambda: sum(1 for k in range(1, 200) if sp.sqrt(k) < n) == len(xs)  # noqa: E731
    elif form == 1:
        lo, hi = sorted(rng.sample(range(1, 8), 2))
        xs = [k for k in range(1, 200) if lo * lo <= k < hi * hi]
        text = f"{_r(f'{lo} <= √x < {hi}', st)}를 만족하는 자연수 x의 개수를 {_end(rng)}".replace(f"{_r(f'{lo} <= √x < {hi}', st)}를", _jm(f"{lo} <= √x < {hi}", "을/를", st))
        chk = lambda: sum(1 for k in range(1, 200) if lo <= sp.sqrt(k) < hi) == len(xs)  # noqa: E731
    else:
        lo, hi = sorted(rng.sample(range(2, 60), 2))
        xs = [k for k in range(1, 10) if lo < k * k < hi]
        if not xs:
            return _f0107_count(rng)
        text = rng.choice([f"{_r(f'√{lo} < x < √{hi}', st)}를 만족하는 자연수 x의 값을 모두 {_end(rng)}".replace(f"{_r(f'√{lo} < x < √{hi}', st)}를", _jm(f"√{lo} < x < √{hi}", "을/를", st)),
                           f"두 수 {_r(f'√{lo}', st)}와 {_r(f'√{hi}', st)} 사이에 있는 자연수를 모두 {_end(rng, '쓰')}".replace(f"{_r(f'√{lo}', st)}와", _jm(f"√{lo}", "과/와", st))])
        chk = lambda: [k for k in range(1, 10) if sp.sqrt(lo) < k < sp.sqrt(hi)] == xs  # noqa: E731
        return Problem(text=text, answer=", ".join(map(str, xs)), format="computation", difficulty=3, achievement_level="C",
                       concepts=["제곱근의 대소 관계"], check=chk)
    return Problem(text=text, answer=f"{len(xs)}개" if "몇 개" in text else str(len(xs)), format="computation", difficulty=3,
                   achievement_level="C" if form == 0 else "B", concepts=["제곱근의 대소 관계", "근호"], check=chk)


@family("9수01-07", "make-root-natural")
def _f0107_natural(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.randrange(3)
    if form in (0, 1):
        base = rng.choice([2, 3, 5, 6, 7, 10, 15])
        n = base * rng.choice([1, 4, 9, 16]) * rng.choice([1, 1, 4, 9])
        fac = sp.factorint(n)
        need = _math.prod(p for p, e in fac.items() if e % 2)
        if need == 1:
            return _f0107_natural(rng)
        if form == 0:
            text = rng.choice([f"{_r(f'√({n}x)', st)}가 자연수가 되도록 하는 가장 작은 자연수 x의 값을 {_end(rng)}",
                               f"자연수 x에 대하여 {_r(f'√({n}x)', st)}의 값이 자연수일 때, x의 값 중 가장 작은 수는?"])
            chk = lambda: min(k for k in range(1, 500) if sp.sqrt(n * k).is_integer) == need  # noqa: E731
        else:
            text = f"{_r(f'√([{n}|x])', st)}가 자연수가 되도록 하는 가장 작은 자연수 x의 값을 {_end(rng)}"
            need = next(k for k in sorted(sp.divisors(n)) if sp.sqrt(sp.Rational(n, k)).is_integer)
            chk = lambda: min(k for k in range(1, n + 1) if n % k == 0 and sp.sqrt(sp.Rational(n, k)).is_integer) == need  # noqa: E731
        ans = need
    else:
        m = rng.randint(20, 60)
        ks = [k for k in range(1, m) if sp.sqrt(m - k).is_integer]
        ans = max(ks)
        text = f"{_r(f'√({m} - x)', st)}가 자연수가 되도록 하는 자연수 x의 값 중 가장 큰 수를 {_end(rng)}"
        chk = lambda: m - ans == 1  # noqa: E731
    return Problem(text=text, answer=str(ans), format="computation", difficulty=4, achievement_level="B",
                   concepts=["제곱근", "근호", "소인수분해"], check=chk)


@family("9수01-07", "square-area-side")
def _f0107_area(rng: random.Random) -> Problem:
    who = name(rng)
    thing = rng.choice(["정사각형 모양의 꽃밭", "정사각형 모양의 타일", "정사각형 모양의 텃밭", "정사각형 모양의 액자", "정사각형 모양의 돗자리"])
    unit = "m" if any(w in thing for w in ("꽃밭", "텃밭", "돗자리")) else "cm"
    st = pick_style(rng)
    form = rng.randrange(3)
    if form == 0:
        s_ = rng.randint(3, 15)
        area = s_ * s_
        text = f"{josa(who, '이/가')} 만든 {thing}의 넓이는 {area} {unit}²이다. 이 {thing.split(' ')[-1]}의 한 변의 길이는 몇 {unit}인지 {_end(rng)}".replace("의의", "의")
        text = text.replace(f"{thing}의 넓이", f"{thing}의 넓이")
        ans, chk = f"{s_} {unit}", (lambda: sp.sqrt(area) == s_)
    elif form == 1:
        area = rng.choice([k for k in range(5, 60) if not sp.sqrt(k).is_integer])
        text = (f"넓이가 {area} {unit}²인 {josa(thing, '이/가')} 있다. 한 변의 길이를 근호를 사용하여 나타내시오.")
        ans, chk = f"√{area} {unit}", (lambda: sp.sqrt(area) ** 2 == area)
    else:
        a1, a2 = rng.sample([k for k in range(5, 60) if not sp.sqrt(k).is_integer], 2)
        big = "A" if a1 > a2 else "B"
        text = (f"넓이가 각각 {a1} {unit}², {a2} {unit}²인 두 정사각형 A, B가 있다. 두 정사각형의 한 변의 길이를 각각 근호를 사용하여 "
                f"나타내고, 어느 쪽의 한 변이 더 긴지 {_end(rng, '쓰')}")
        ans, chk = f"A: √{a1} {unit}, B: √{a2} {unit}, {big}", (lambda: (sp.sqrt(a1) > sp.sqrt(a2)) == (big == "A"))
    _ = st
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D" if form < 2 else "C",
                   concepts=["제곱근", "근호"], check=chk)


# ================================================================================================
# 9수01-08 무리수의 개념과 유용성
# ================================================================================================
def _num_pool(rng: random.Random) -> list[tuple[str, sp.Expr]]:
    """Candidate numbers (mini notation, exact value) of every kind a 3학년 list mixes."""
    sq = rng.randint(2, 12)
    ns = rng.choice([2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 15, 17, 18, 20])
    p, q = rng.choice([(1, 4), (4, 9), (9, 25), (16, 49), (1, 9)])
    pn, qn = rng.choice([(1, 2), (2, 3), (3, 5), (5, 8)])
    dsq = rng.choice([4, 9, 16, 25, 36, 49, 64, 81])
    ip, nr, rp = _rand_repeating(rng)
    return [
        (f"√{sq * sq}", sp.Integer(sq)), (f"-√{sq * sq}", sp.Integer(-sq)), (f"√{ns}", sp.sqrt(ns)), (f"-√{ns}", -sp.sqrt(ns)),
        (f"√([{p}|{q}])", sp.sqrt(sp.Rational(p, q))), (f"√([{pn}|{qn}])", sp.sqrt(sp.Rational(pn, qn))),
        (f"√({_dec(Fraction(dsq, 100))})", sp.sqrt(sp.Rational(dsq, 100))), (f"√({_dec(Fraction(ns, 10))})", sp.sqrt(sp.Rational(ns, 10))),
        ("pi", sp.pi), (f"{rng.randint(2, 5)} + √{ns}", None), (_rep_mini(ip, nr, rp), None),
        (f"[{pn}|{qn}]", sp.Rational(pn, qn)), (str(-rng.randint(1, 9)), None), ("0", sp.Integer(0)),
        (f"√{ns} - {ns}", None), ("pi - 3", sp.pi - 3),
    ]


def _is_irr(mini: str) -> bool:
    v = sp.simplify(_sy(mini)) if "{" not in mini else sp.Integer(0)
    return bool(v.is_irrational)


@family("9수01-08", "which-is-irrational-mcq")
def _f0108_mcq(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "unicode"])
    pool = [m for m, _ in _num_pool(rng)]
    irr = [m for m in pool if _is_irr(m)]
    rat = [m for m in pool if not _is_irr(m)]
    want_irr = rng.random() < 0.55
    right = rng.choice(irr if want_irr else rat)
    wrong = rng.sample(rat if want_irr else irr, 4)
    stem = (rng.choice(["다음 중 무리수인 것은?", "다음 수 중 유리수가 아닌 것은?", "다음 중 순환소수가 아닌 무한소수로 나타내어지는 수는?"]) if want_irr
            else rng.choice(["다음 중 유리수인 것은?", "다음 수 중 무리수가 아닌 것은?"]))
    ch = choices(rng, _rr(right, st), [_rr(w, st) for w in wrong])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="E",
                   concepts=["무리수", "유리수"], choice=ch,
                   check=lambda: _is_irr(right) == want_irr and all(_is_irr(w) != want_irr for w in wrong))


@family("9수01-08", "count-irrationals-in-list")
def _f0108_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pool = rng.sample([m for m, _ in _num_pool(rng)], rng.randint(6, 8))
    n_irr = sum(_is_irr(m) for m in pool)
    kind = rng.choice(["무리수", "유리수"])
    cnt = n_irr if kind == "무리수" else len(pool) - n_irr
    listed = ", ".join(_rr(m, st) for m in pool)
    text = rng.choice([f"다음 수 중에서 {josa(kind, '은/는')} 모두 몇 개인지 {_end(rng)}\n{listed}",
                       f"보기에서 {josa(kind, '을/를')} 모두 찾아 그 개수를 {_end(rng, '쓰')}\n[보기] {listed}"])

    def by_float() -> bool:  # irrational ⇔ not a ratio with small denominator (independent test)
        c = 0
        for m in pool:
            if "{" in m:
                continue
            v = sp.N(_sy(m), 50)
            c += sp.nsimplify(v, tolerance=1e-30, rational=True).q > 10**6
        return (c if kind == "무리수" else len(pool) - c) == cnt

    return Problem(text=text, answer=f"{cnt}개", format="computation", difficulty=2, achievement_level="D",
                   concepts=["무리수", "유리수", "실수"], check=by_float)


@family("9수01-08", "classify-into-table")
def _f0108_table(rng: random.Random) -> Problem:
    st = rng.choice(["unicode", "plain", "latex"])
    pool = rng.sample([m for m, _ in _num_pool(rng)], 6)
    rows = []
    for m in pool:
        v = sp.simplify(_sy(m)) if "{" not in m else sp.Rational(1, 3)
        rows.append("무리수" if v.is_irrational else ("정수" if v.is_integer else "정수가 아닌 유리수"))
    cells = " | ".join(_rr(m, st) for m in pool)
    text = (f"다음 표의 각 수가 정수, 정수가 아닌 유리수, 무리수 중 어디에 속하는지 {_end(rng, '쓰')}\n"
            f"| 수 | {cells} |\n| 분류 | " + " | ".join(" " for _ in pool) + " |")
    ans = ", ".join(f"{_rr(m, 'unicode')}: {r}" for m, r in zip(pool, rows, strict=True))
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["정수", "유리수", "무리수", "실수"],
                   check=lambda: all((r == "무리수") == _is_irr(m) for m, r in zip(pool, rows, strict=True)))


_T0108 = ["무리수는 순환소수가 아닌 무한소수로 나타내어진다.", "유리수이면서 무리수인 수는 없다.", "실수는 유리수와 무리수로 이루어져 있다.",
          "유한소수는 모두 유리수이다.", "순환소수는 모두 유리수이다.", "원주율 π는 무리수이다.", "모든 실수는 유리수이거나 무리수이다."]
_F0108 = ["근호를 사용하여 나타낸 수는 모두 무리수이다.", "무한소수는 모두 무리수이다.", "무리수는 (정수)/(0이 아닌 정수)의 꼴로 나타낼 수 있다.",
          "순환소수 중에는 무리수도 있다.", "√4는 무리수이다.", "0은 유리수가 아니다.", "무리수는 분수로 나타낼 수 있다."]


@family("9수01-08", "real-number-statements-mcq")
def _f0108_statements(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.5
    if ask_true:
        right, wrong = rng.choice(_T0108), rng.sample(_F0108, 4)
        stem = rng.choice(["다음 중 옳은 것은?", "수에 대한 설명으로 옳은 것은?"])
    else:
        right, wrong = rng.choice(_F0108), rng.sample(_T0108, 4)
        stem = rng.choice(["다음 중 옳지 않은 것은?", "다음 설명 중 옳지 않은 것을 고르시오."])
    ch = choices(rng, right, wrong)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["무리수", "유리수", "실수", "무한소수"], choice=ch,
                   check=lambda: (right in _T0108) == ask_true and all((w in _T0108) != ask_true for w in wrong))


@family("9수01-08", "grid-tilted-square-side")
def _f0108_grid(rng: random.Random) -> Problem:
    a_, b_ = rng.sample(range(1, 5), 2) if rng.random() < 0.8 else (rng.randint(1, 4),) * 2
    area = a_ * a_ + b_ * b_
    side = sp.sqrt(area)
    unit = rng.choice(["1", "1 cm"])
    text = (f"한 칸의 가로와 세로의 길이가 {unit}인 모눈종이 위에, 꼭짓점이 모두 모눈의 교점이고 각 변이 가로로 {a_}칸, 세로로 {b_}칸 "
            f"가는 대각선 방향으로 놓인 정사각형을 그렸다. 이 정사각형의 넓이와 한 변의 길이를 구하고, 한 변의 길이가 유리수인지 무리수인지 {_end(rng, '쓰')}")
    kind = "무리수" if side.is_irrational else "유리수"
    u = " cm" if "cm" in unit else ""
    u2 = " cm²" if u else ""
    return Problem(text=text, answer=f"넓이 {area}{u2}, 한 변 {_r(_sqrt_mini(area), 'unicode') if kind == '무리수' else side}{u}, {kind}",
                   format="word", difficulty=3, achievement_level="C", concepts=["무리수", "제곱근"],
                   check=lambda: (a_ + b_) ** 2 - 4 * sp.Rational(a_ * b_, 2) == area and sp.sqrt(area).is_irrational == (kind == "무리수"))


@family("9수01-08", "diagonal-of-square")
def _f0108_diag(rng: random.Random) -> Problem:
    s_ = rng.randint(1, 9)
    obj = rng.choice(["정사각형 모양의 종이", "정사각형 모양의 타일", "정사각형 모양의 손수건", "정사각형"])
    unit = rng.choice(["cm", "m"])
    d2 = 2 * s_ * s_
    ans = _r(_sqrt_mini(d2), "unicode")
    form = rng.randrange(2)
    if form == 0:
        text = (f"한 변의 길이가 {s_} {unit}인 {obj}의 대각선을 한 변으로 하는 정사각형을 만들었더니 그 넓이가 처음 정사각형 넓이의 2배가 되었다. "
                f"대각선의 길이를 근호를 사용하여 나타내고, 그 수가 유리수인지 무리수인지 {_end(rng, '쓰')}")
    else:
        text = (f"{josa(obj, '을/를')} 대각선을 따라 접었다가 펼쳤다. 한 변의 길이가 {s_} {unit}일 때, 대각선을 한 변으로 하는 정사각형의 넓이가 "
                f"{d2} {unit}²임을 이용하여 대각선의 길이를 구하고, 이 길이가 분수로 나타낼 수 있는 수인지 설명하시오.")
    return Problem(text=text, answer=f"{ans} {unit}, 무리수", format="word" if form == 0 else "proof",
                   difficulty=3, achievement_level="C" if form == 0 else "B", concepts=["무리수", "제곱근", "근호"],
                   check=lambda: sp.sqrt(d2).is_irrational and sp.sqrt(d2) == s_ * sp.sqrt(2))


@family("9수01-08", "decimal-kind-fill")
def _f0108_decimal(rng: random.Random) -> Problem:
    cands = [("√2", "1.41421356…"), ("√3", "1.7320508…"), ("√5", "2.2360679…"), ("π", "3.14159265…"), ("√7", "2.6457513…"),
             ("√10", "3.1622776…")]
    m, dec = rng.choice(cands)
    ip, nr, rp = _rand_repeating(rng)
    rep_dec = f"{ip}.{nr}{rp * 3}…"
    fin = f"{rng.randint(0, 9)}.{rng.randint(1, 99):02d}".rstrip("0")
    items = [(f"{m} = {dec}", "순환소수가 아닌 무한소수", "무리수"), (rep_dec, "순환소수", "유리수"), (fin, "유한소수", "유리수")]
    rng.shuffle(items)
    lines = "\n".join(f"({i + 1}) {t} → (          ), (      )" for i, (t, _, _) in enumerate(items))
    text = f"다음 수는 어떤 소수로 나타내어지는지 쓰고, 유리수인지 무리수인지 구분하여 (  ) 안에 써넣으시오.\n{lines}"
    ans = " / ".join(f"({i + 1}) {k}, {r}" for i, (_, k, r) in enumerate(items))
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["무리수", "유리수", "유한소수", "순환소수", "무한소수"],
                   check=lambda: all((r == "무리수") == (k.startswith("순환소수가 아닌")) for _, k, r in items))


@family("9수01-08", "count-irrational-square-roots")
def _f0108_count_roots(rng: random.Random) -> Problem:
    st = pick_style(rng)
    lo, hi = 1, rng.choice([20, 25, 30, 40, 50])
    squares = [k for k in range(lo, hi + 1) if _math.isqrt(k) ** 2 == k]
    ask = rng.choice(["무리수", "유리수"])
    cnt = (hi - lo + 1 - len(squares)) if ask == "무리수" else len(squares)
    text = rng.choice([f"1부터 {hi}까지의 자연수 x에 대하여 {_jm('√x', '이/가', st)} {ask}가 되는 x는 모두 몇 개인지 {_end(rng)}",
                       f"자연수 x가 1 ≤ x ≤ {hi}일 때, {_r('√x', st)}의 값이 {josa(ask, '이/가')} 되도록 하는 x의 개수는?"])
    text = text.replace(f"{ask}가 되는", josa(ask, "이/가") + " 되는")
    return Problem(text=text, answer=f"{cnt}개", format="word", difficulty=3, achievement_level="C",
                   concepts=["무리수", "제곱근"],
                   check=lambda: sum(1 for k in range(1, hi + 1) if sp.sqrt(k).is_irrational == (ask == "무리수")) == cnt)


# ================================================================================================
# 9수01-09 실수의 대소 관계
# ================================================================================================
def _real_cands(rng: random.Random, k: int) -> list[str]:
    """k distinct numbers such as 3 - √2, √5 + 1, 2, -√3 in mini notation."""
    out: list[str] = []
    while len(out) < k:
        n = rng.choice([2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 15, 17, 19])
        c = rng.randint(-3, 4)
        t = rng.choice([f"{c} + √{n}" if c else f"√{n}", f"{c} - √{n}" if c else f"-√{n}", f"√{n} - {abs(c) or 1}",
                        str(rng.randint(-3, 5))])
        if t not in out and all(sp.simplify(_sy(t) - _sy(o)) != 0 for o in out):
            out.append(t)
    return out


@family("9수01-09", "number-line-square-diagonal")
def _f0109_numline(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_, b_ = rng.choice([(1, 1), (1, 1), (1, 2), (2, 1), (1, 3), (2, 2)])
    n = a_ * a_ + b_ * b_
    k = rng.randint(-3, 3)
    lp, rp_ = rng.sample(["P", "Q"], 2)
    if (a_, b_) == (1, 1):
        fig = f"수직선 위에 한 변의 길이가 1인 정사각형을 한 꼭짓점이 {_r(str(k), st)}에 대응하는 점에 오도록 그렸다"
    else:
        fig = (f"모눈종이 위의 수직선에 넓이가 {n}인 정사각형을 한 꼭짓점이 {_r(str(k), st)}에 대응하는 점에 오도록 비스듬히 그렸다")
    left, right = f"{k} - √{n}" if k else f"-√{n}", f"{k} + √{n}" if k else f"√{n}"
    text = (f"{fig}. 그 꼭짓점을 중심으로 하고 정사각형의 한 변을 반지름으로 하는 원을 그려 수직선과 만나는 두 점을 왼쪽부터 {lp}, {rp_}라 할 때, "
            f"두 점 {lp}, {rp_}에 대응하는 수를 각각 {_end(rng)}")
    ans = f"{lp}: {_r(left, 'unicode')}, {rp_}: {_r(right, 'unicode')}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["실수", "수직선", "무리수"],
                   check=lambda: sp.simplify(_sy(right) - _sy(left) - 2 * sp.sqrt(a_ * a_ + b_ * b_)) == 0 and _sy(left) < k < _sy(right))


@family("9수01-09", "compare-two-reals-fill")
def _f0109_compare(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pairs = []
    for _ in range(rng.choice([1, 2, 3])):
        kind = rng.randrange(4)
        n, m = rng.sample([2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 15], 2)
        c = rng.randint(1, 5)
        if kind == 0:
            pairs.append((f"{c} + √{n}", f"{c} + √{m}"))
        elif kind == 1:
            pairs.append((f"√{n} + {c}", str(c + _math.isqrt(n) + rng.choice([0, 1]))))
        elif kind == 2:
            pairs.append((f"{c} - √{n}", f"{c} - √{m}"))
        else:
            d = rng.randint(1, 4)
            pairs.append((f"√{n} - {d}", f"√{m} - {d}"))
    rels = ["<" if _sy(u) < _sy(v) else ">" for u, v in pairs]
    if len(pairs) == 1:
        u, v = pairs[0]
        text = rng.choice([f"다음 두 실수의 대소를 비교하여 (  ) 안에 >, < 중 알맞은 것을 써넣으시오.\n{_r(u, st)} (  ) {_r(v, st)}",
                           f"두 수 {_r(u, st)}, {_r(v, st)}의 크기를 비교하여 부등호로 나타내시오."])
        ans = f"{_r(u, 'plain')} {rels[0]} {_r(v, 'plain')}"
    else:
        text = "다음 □ 안에 >, < 중 알맞은 것을 써넣으시오.\n" + "\n".join(f"({i + 1}) {_r(u, st)} □ {_r(v, st)}" for i, (u, v) in enumerate(pairs))
        ans = ", ".join(rels)

    def by_difference() -> bool:  # sign of (u - v) decided from squares of the root parts
        return all(((sp.sign(sp.N(_sy(u) - _sy(v), 40)) < 0) == (r == "<")) for (u, v), r in zip(pairs, rels, strict=True))

    return Problem(text=text, answer=ans, format="fill" if ("□" in text or "(  )" in text) else "computation",
                   difficulty=2 if len(pairs) == 1 else 3, achievement_level="D" if len(pairs) == 1 else "C",
                   concepts=["실수의 대소 관계"], check=by_difference)


@family("9수01-09", "order-reals-mcq")
def _f0109_order(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pool = _real_cands(rng, 5)
    vals = [_sy(t) for t in pool]
    which = rng.choice(["max", "min", "second_big"])
    srt = sorted(range(5), key=lambda i: float(vals[i]))
    idx = {"max": srt[-1], "min": srt[0], "second_big": srt[-2]}[which]
    stem = {"max": rng.choice(["다음 중 가장 큰 수는?", "다음 실수 중에서 가장 큰 것은?"]),
            "min": rng.choice(["다음 중 가장 작은 수는?", "다음 수를 수직선 위에 나타낼 때, 가장 왼쪽에 있는 수는?"]),
            "second_big": "다음 수를 큰 것부터 차례로 나열할 때, 두 번째에 오는 수는?"}[which]
    ch = choices(rng, _r(pool[idx], st), [_r(t, st) for i, t in enumerate(pool) if i != idx])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["실수의 대소 관계", "수직선"], choice=ch,
                   check=lambda: sum(bool(sp.N(_sy(t) - _sy(pool[idx]), 30) > 0) for t in pool)
                   == {"max": 0, "min": 4, "second_big": 1}[which])


@family("9수01-09", "between-two-reals-mcq")
def _f0109_between(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(100):
        lo_n, hi_n = sorted(rng.sample([2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 17, 18, 19], 2))
        if hi_n - lo_n < 4:
            continue
        lo, hi = sp.sqrt(lo_n), sp.sqrt(hi_n)
        cands = [f"√{k}" for k in range(lo_n - 3, hi_n + 4) if k > 1 and k not in (lo_n, hi_n) and _math.isqrt(k) ** 2 != k]
        cands += [f"√{lo_n} + {d}" for d in (1, 2)] + [f"√{hi_n} - {d}" for d in (1, 2)] + [str(k) for k in range(0, 6)]
        cands += [f"[√{lo_n} + √{hi_n}|2]"]
        inside = [c for c in cands if lo < _sy(c) < hi]
        outside = [c for c in cands if not lo < _sy(c) < hi and _sy(c) not in (lo, hi)]
        if len(inside) >= 4 and len(outside) >= 4:
            break
    ask_in = rng.random() < 0.5
    if ask_in:
        right, wrong = rng.choice(inside), rng.sample(outside, 4)
        stem = f"다음 중 두 수 {_r(f'√{lo_n}', st)}와 {_r(f'√{hi_n}', st)} 사이에 있는 수는?".replace(f"{_r(f'√{lo_n}', st)}와", _jm(f"√{lo_n}", "과/와", st))
    else:
        right, wrong = rng.choice(outside), rng.sample(inside, 4)
        stem = f"다음 중 두 수 {_r(f'√{lo_n}', st)}와 {_r(f'√{hi_n}', st)} 사이에 있는 수가 아닌 것은?".replace(f"{_r(f'√{lo_n}', st)}와", _jm(f"√{lo_n}", "과/와", st))
    ch = choices(rng, _r(right, st), [_r(w, st) for w in wrong])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["실수의 대소 관계", "무리수"], choice=ch,
                   check=lambda: (lo < _sy(right) < hi) == ask_in and all((lo < _sy(w) < hi) != ask_in for w in wrong))


@family("9수01-09", "integer-part-decimal-part")
def _f0109_parts(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([k for k in range(2, 90) if _math.isqrt(k) ** 2 != k])
    c = rng.choice([0, 0, 1, 2, 3, 5])
    sign = rng.choice([1, -1]) if c else 1
    mini = f"{c} + √{n}" if (c and sign == 1) else (f"{c} - √{n}" if c else f"√{n}")
    if sign == -1 and c <= _math.isqrt(n):
        c = _math.isqrt(n) + rng.randint(1, 3)
        mini = f"{c} - √{n}"
    val = _sy(mini)
    ip = int(sp.floor(val))
    dec = sp.simplify(val - ip)
    form = rng.randrange(3)
    if form == 0:
        text = f"{_jm(mini, '의', st)} 정수 부분을 {_end(rng)}"
        ans, chk = str(ip), (lambda: ip <= sp.N(val, 30) < ip + 1)
    elif form == 1:
        text = rng.choice([f"{_jm(mini, '의', st)} 소수 부분을 근호를 사용하여 나타내시오.",
                           f"{_jm(mini, '의', st)} 정수 부분을 a, 소수 부분을 b라 할 때, b를 근호를 사용하여 나타내시오."])
        ans, chk = _r(sp.sstr(dec).replace("sqrt(", "√").replace(")", "").replace("*", ""), "unicode"), (lambda: 0 <= sp.N(dec, 30) < 1)
    else:
        text = f"{_jm(mini, '의', st)} 정수 부분을 a, 소수 부분을 b라 할 때, {_r('a - b', st)}의 값을 {_end(rng)}"
        res = sp.simplify(ip - dec)
        ans, chk = sp.sstr(res).replace("sqrt(", "√").replace(")", "").replace("*", ""), (lambda: sp.simplify(ip - (val - ip) - res) == 0 and 0 <= sp.N(val - ip) < 1)
    return Problem(text=text, answer=ans, format="computation", difficulty=2 if form == 0 else 4,
                   achievement_level="C" if form == 0 else "A", concepts=["실수의 대소 관계", "무리수"], check=chk)


@family("9수01-09", "integers-between-reals")
def _f0109_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.sample([k for k in range(2, 60) if _math.isqrt(k) ** 2 != k], 2)
    lo = rng.choice([f"-√{m}", f"{rng.randint(1, 3)} - √{m}"])
    hi = rng.choice([f"√{n}", f"√{n} + {rng.randint(1, 2)}"])
    L, H = _sy(lo), _sy(hi)
    if L >= H:
        return _f0109_count(rng)
    ints = [k for k in range(-20, 30) if L < k < H]
    text = rng.choice([f"수직선 위에서 {_jm(lo, '과/와', st)} {_jm(hi, '에', st)} 대응하는 두 점 사이에 있는 정수의 개수를 {_end(rng)}",
                       f"두 실수 {_r(lo, st)}, {_r(hi, st)} 사이에 있는 정수는 모두 몇 개입니까?"])
    return Problem(text=text, answer=f"{len(ints)}개", format="computation", difficulty=3, achievement_level="C",
                   concepts=["실수의 대소 관계", "수직선", "정수"],
                   check=lambda: len(ints) == (sp.ceiling(H) - 1) - (sp.floor(L) + 1) + 1)


_T0109 = ["서로 다른 두 실수 사이에는 무수히 많은 실수가 있다.", "수직선 위의 모든 점은 각각 하나의 실수에 대응한다.",
          "서로 다른 두 유리수 사이에는 무수히 많은 무리수가 있다.", "유리수에 대응하는 점만으로는 수직선을 완전히 메울 수 없다.",
          "모든 실수는 각각 수직선 위의 한 점에 대응한다."]
_F0109 = ["√2와 √3 사이에는 무리수가 없다.", "수직선은 유리수에 대응하는 점들로 완전히 메울 수 있다.", "1과 2 사이에는 유리수가 없다.",
          "무리수는 수직선 위에 나타낼 수 없다.", "서로 다른 두 무리수 사이에는 유리수가 없다.", "0과 1 사이에 있는 실수는 유한개이다."]


@family("9수01-09", "number-line-statements-mcq")
def _f0109_statements(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.5
    if ask_true:
        right, wrong = rng.choice(_T0109), rng.sample(_F0109, 4)
        stem = rng.choice(["다음 중 옳은 것은?", "실수와 수직선에 대한 설명으로 옳은 것은?"])
    else:
        right, wrong = rng.choice(_F0109), rng.sample(_T0109, 4)
        stem = rng.choice(["다음 중 옳지 않은 것은?", "실수와 수직선에 대한 설명으로 옳지 않은 것은?"])
    ch = choices(rng, right, wrong)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["실수", "수직선", "무리수"], choice=ch,
                   check=lambda: (right in _T0109) == ask_true and all((w in _T0109) != ask_true for w in wrong))


@family("9수01-09", "explain-comparison")
def _f0109_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    who1, who2 = names(rng, 2)
    n = rng.choice([k for k in range(3, 40) if _math.isqrt(k) ** 2 != k])
    c = rng.randint(1, 3)
    k = _math.isqrt(n) + c + rng.choice([0, 1])
    u, v = f"√{n} + {c}", str(k)
    rel = "<" if _sy(u) < _sy(v) else ">"
    wrong = ">" if rel == "<" else "<"
    text = (f"{josa(who1, '은/는')} {_r(u, st)}와 {_r(v, st)}의 크기를 비교하여 {_r(f'{u} {wrong} {v}', st)}{josa(v, '이라/라')[len(v):]}고 답하였고, "
            f"{josa(who2, '은/는')} {_r(f'{u} {rel} {v}', st)}{josa(v, '이라/라')[len(v):]}고 답하였다. 누구의 답이 옳은지 두 수의 차를 이용하거나 제곱근의 대소 관계를 이용하여 설명하시오.")
    text = text.replace(f"{_r(u, st)}와", _jm(u, "과/와", st))
    return Problem(text=text, answer=f"{who2}, {_r(u, 'unicode')} {rel} {v}", format="proof", difficulty=3, achievement_level="A",
                   concepts=["실수의 대소 관계", "제곱근의 대소 관계"],
                   check=lambda: (sp.sqrt(n) + c - k < 0) == (rel == "<"))


# ================================================================================================
# 9수01-10 근호를 포함한 식의 사칙계산
# ================================================================================================
_SQF = (2, 3, 5, 6, 7, 10, 11)


def _rad(expr: sp.Expr) -> str:
    """An expression c0 + c1·√m1 + … (rational c) in mini notation: ``3√2 - [√6|3] + 4``."""
    expr = sp.expand(sp.radsimp(sp.expand(expr)))
    if expr == 0:
        return "0"
    parts: list[tuple[int, str]] = []
    for base, coef in sorted(expr.as_coefficients_dict().items(), key=lambda kv: (kv[0] == 1, sp.default_sort_key(kv[0]))):
        c = sp.Rational(coef)
        if base == 1:
            body = str(abs(c.p)) if c.q == 1 else f"[{abs(c.p)}|{c.q}]"
        else:
            m = int(base ** 2)
            k = "" if abs(c.p) == 1 else str(abs(c.p))
            body = f"{k}√{m}" if c.q == 1 else f"[{k}√{m}|{c.q}]"
        parts.append((1 if c > 0 else -1, body))
    if not parts:
        return "0"
    out = ("-" if parts[0][0] < 0 else "") + parts[0][1]
    for sg, body in parts[1:]:
        out += f" {'+' if sg > 0 else '-'} {body}"
    return out


def _ra(expr: sp.Expr) -> str:
    """Answer text (unicode) of a radical expression."""
    return _r(_rad(expr), "unicode")


def _krt(k: int, m: int) -> str:
    return f"{'' if k == 1 else k}√{m}"


@family("9수01-10", "multiply-divide-roots")
def _f0110_muldiv(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.randrange(3)
    if form == 0:
        a_, b_ = rng.sample([2, 3, 5, 6, 7, 10, 12, 14, 15, 21], 2)
        c, d = rng.randint(1, 5), rng.randint(1, 4)
        mini = f"{_krt(c, a_)} * {_krt(d, b_)}"
    elif form == 1:
        b_ = rng.choice([2, 3, 5, 7])
        a_ = b_ * rng.choice([2, 3, 5, 6, 7])
        c = rng.randint(2, 4)
        d = rng.choice([1, 2]) if c % 2 == 0 else 1
        mini = f"{_krt(c * rng.choice([1, 2]), a_)} : {_krt(d, b_)}"
    else:
        a_, b_, e_ = rng.choice([(2, 6, 3), (3, 6, 2), (5, 10, 2), (2, 15, 5), (6, 10, 15), (3, 14, 7)])
        mini = f"√{a_} * √{b_} : √{e_}" if rng.random() < 0.5 else f"√{a_} : √{e_} * √{b_}"
    val = sp.expand(sp.radsimp(_sy(mini)))
    text = rng.choice([f"다음을 계산하시오.\n{_r(mini, st)}", f"{_r(mini, st)}를 간단히 하시오.".replace(f"{_r(mini, st)}를", _jm(mini, "을/를", st)),
                       f"{_r(mini, st)}의 값을 a√b 꼴로 나타내시오. (단, b는 가장 작은 자연수)"])
    return Problem(text=text, answer=_ra(val), format="computation", difficulty=2, achievement_level="E" if form == 0 else "D",
                   concepts=["제곱근의 곱셈", "제곱근의 나눗셈", "근호"],
                   check=lambda: sp.N(val - _sy(mini), 30) == 0 or abs(sp.N(val - _sy(mini), 30)) < 1e-25)


@family("9수01-10", "simplify-radical-form")
def _f0110_simplify(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k, m = rng.randint(2, 7), rng.choice(_SQF)
    n = k * k * m
    form = rng.randrange(3)
    if form == 0:
        text = rng.choice([f"{_jm(f'√{n}', '을/를', st)} a√b 꼴로 나타낼 때, 자연수 a, b에 대하여 a + b의 값을 {_end(rng)} (단, b는 가장 작은 자연수)",
                           f"{_r(f'√{n} = a√{m}', st)}일 때, 자연수 a의 값을 {_end(rng)}"])
        ans = str(k + m) if "a + b" in text else str(k)
        chk = lambda: sp.sqrt(n) == k * sp.sqrt(m)  # noqa: E731
        fmt = "computation"
    elif form == 1:
        text = f"다음 □ 안에 알맞은 수를 써넣으시오.\n{_r(f'√{n} = √({k}^2 * {m}) = □√{m}', st)}"
        ans, fmt = str(k), "fill"
        chk = lambda: sp.sqrt(n) / sp.sqrt(m) == k  # noqa: E731
    else:  # a√b → √c
        text = rng.choice([f"{_jm(_krt(k, m), '을/를', st)} √a 꼴로 나타낼 때, a의 값을 {_end(rng)}",
                           f"근호 밖의 수를 근호 안으로 넣어 {_jm(_krt(k, m), '을/를', st)} √a의 꼴로 나타내시오."])
        ans, fmt = str(n) if "a의 값" in text else f"√{n}", "computation"
        chk = lambda: (k * sp.sqrt(m)) ** 2 == n  # noqa: E731
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D",
                   concepts=["근호", "제곱근의 곱셈"], check=chk)


@family("9수01-10", "rationalize-denominator")
def _f0110_rationalize(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b_ = rng.choice([2, 3, 5, 6, 7, 10])
    form = rng.randrange(3)
    if form == 0:
        a_ = rng.randint(1, 12)
        mini = f"[{a_}|√{b_}]"
    elif form == 1:
        a_ = rng.choice([2, 3, 5, 7])
        mini = f"[√{a_}|√{b_}]" if a_ != b_ else f"[√{a_}|√{b_ * 4}]"
    else:
        a_, k = rng.randint(1, 9), rng.randint(2, 4)
        mini = f"[{a_}|{k}√{b_}]"
    val = sp.expand(sp.radsimp(_sy(mini)))
    shown = _r(mini, st) if (st == "latex" or form != 2) else f"{a_}/({k}√{b_})"
    text = rng.choice([f"다음 수의 분모를 유리화하시오.\n{shown}", f"{shown}의 분모를 유리화하면?",
                       f"{shown}{_jm(mini, '을/를', 'plain')[len(_r(mini, 'plain')):]} 분모를 유리화하여 나타내시오."])

    def no_root_below() -> bool:
        _num, den = sp.fraction(sp.together(val))
        return den.is_rational and sp.simplify(val - _sy(mini)) == 0

    return Problem(text=text, answer=_ra(val), format="computation", difficulty=2 if form < 2 else 3,
                   achievement_level="D" if form < 2 else "C", concepts=["분모의 유리화", "근호"], check=no_root_below)


@family("9수01-10", "add-subtract-roots")
def _f0110_addsub(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.choice([2, 3, 5, 6])
    ks = rng.sample(range(1, 6), rng.randint(2, 3))
    terms = []
    for k in ks:
        shape = rng.random()
        if shape < 0.4:
            terms.append(f"√{k * k * m}")  # must be simplified first
        elif shape < 0.8:
            terms.append(_krt(k, m))
        else:
            terms.append(f"[{k * m}|√{m}]")  # must be rationalised first
    if all(t.startswith(("√", "[")) is False for t in terms):
        terms[0] = f"√{ks[0] ** 2 * m}"
    ops = [rng.choice("+-") for _ in terms[1:]]
    mini = terms[0] + "".join(f" {o} {t}" for o, t in zip(ops, terms[1:], strict=True))
    if rng.random() < 0.3:
        c = rng.randint(1, 5)
        m2 = rng.choice([x for x in (2, 3, 5) if x != m])
        mini += f" + {_krt(c, m2)}"
    val = sp.expand(sp.radsimp(_sy(mini)))
    text = rng.choice([f"다음을 계산하시오.\n{_r(mini, st)}", f"{_r(mini, st)}를 간단히 하면?".replace(f"{_r(mini, st)}를", _jm(mini, "을/를", st)),
                       f"{_r(mini, st)}의 값을 {_end(rng)}"])
    return Problem(text=text, answer=_ra(val), format="computation", difficulty=3, achievement_level="C",
                   concepts=["제곱근의 덧셈", "제곱근의 뺄셈", "근호"],
                   check=lambda: abs(sp.N(val - _sy(mini), 40)) < 1e-30)


@family("9수01-10", "distributive-mixed")
def _f0110_mixed(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = rng.sample([2, 3, 5, 6], 2)
    c = rng.randint(1, 4)
    shapes = [
        f"√{p}(√{p * q} + {c}√{q})",
        f"(√{p * q} - √{p}) : √{p}",
        f"√{p}(√{p} - {c}) + {c}√{p}",
        f"{_krt(c, q)} * √{p} - [√{p * q * 4}|2]",
        f"(√{p * 3} + √{p * 12}) : √{p * 3}",
        f"√{p * q * 2} : √{2} + √{p}(√{q} - 1)",
    ]
    mini = rng.choice(shapes)
    val = sp.expand(sp.radsimp(_sy(mini)))
    text = rng.choice([f"다음을 계산하시오.\n{_r(mini, st)}", f"{_jm(mini, '을/를', st)} 계산하면?",
                       f"분배법칙을 이용하여 {_jm(mini, '을/를', st)} 간단히 하시오."])
    return Problem(text=text, answer=_ra(val), format="computation", difficulty=3, achievement_level="B",
                   concepts=["분배법칙", "근호", "제곱근의 곱셈"],
                   check=lambda: abs(sp.N(val - _sy(mini), 40)) < 1e-30)


@family("9수01-10", "wrong-calculation-mcq")
def _f0110_mcq(rng: random.Random) -> Problem:
    st = rng.choice(["latex", "unicode"])
    a_, b_ = rng.sample([2, 3, 5, 7], 2)
    k = rng.randint(2, 5)
    true_pool = [f"√{a_} * √{b_} = √{a_ * b_}", f"√{a_ * b_} : √{b_} = √{a_}", f"{k}√{a_} - √{a_} = {k - 1}√{a_}".replace(" 1√", " √"),
                 f"√{k * k * a_} = {k}√{a_}", f"[1|√{a_}] = [√{a_}|{a_}]", f"(√{a_})^2 + (√{b_})^2 = {a_ + b_}",
                 f"√{a_}(√{a_} + 1) = {a_} + √{a_}"]
    false_pool = [f"√{a_} + √{b_} = √{a_ + b_}", f"√{a_ + b_} - √{b_} = √{a_}", f"{k}√{a_} - √{a_} = {k}",
                  f"√{k * k * a_} = {k * k}√{a_}", f"[1|√{a_}] = √{a_}", f"√{a_} * √{a_} = {a_ * a_}",
                  f"{k}√{a_} * √{b_} = √{k * a_ * b_}", f"√{a_} + √{a_} = √{2 * a_}"]
    ask_wrong = rng.random() < 0.6
    if ask_wrong:
        right, wrong = rng.choice(false_pool), rng.sample(true_pool, 4)
        stem = rng.choice(["다음 중 계산 결과가 옳지 않은 것은?", "다음 중 잘못 계산한 것은?"])
    else:
        right, wrong = rng.choice(true_pool), rng.sample(false_pool, 4)
        stem = rng.choice(["다음 중 옳은 것은?", "다음 중 바르게 계산한 것은?"])
    ch = choices(rng, _r(right, st), [_r(w, st) for w in wrong])

    def holds(eq: str) -> bool:
        lhs, rhs = eq.split(" = ")
        return abs(sp.N(_sy(lhs) - _sy(rhs), 30)) < 1e-20

    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["제곱근의 덧셈", "제곱근의 곱셈", "분모의 유리화"], choice=ch,
                   check=lambda: holds(right) != ask_wrong and all(holds(w) == ask_wrong for w in wrong))


@family("9수01-10", "approximate-with-given-root")
def _f0110_approx(rng: random.Random) -> Problem:
    base, approx = rng.choice([(2, "1.414"), (3, "1.732"), (5, "2.236"), (6, "2.449"), (7, "2.646")])
    form = rng.randrange(4)
    st = pick_style(rng)
    if form == 0:
        n, mult = base * 100, Fraction(10)
        mini = f"√{n}"
    elif form == 1:
        n, mult = Fraction(base, 100), Fraction(1, 10)
        mini = f"√({_dec(n)})"
    elif form == 2:
        k = rng.choice([2, 3, 4, 5])
        n, mult = base * k * k, Fraction(k)
        mini = f"√{n}"
    else:
        n, mult = base * 10000, Fraction(100)
        mini = f"√{n}"
    val = mult * Fraction(approx)
    text = rng.choice([f"{_r(f'√{base}', st)} = {approx}일 때, {_jm(mini, '의', st)} 값을 {_end(rng)}",
                       f"제곱근표에서 {_r(f'√{base}', st)}의 값이 {approx}임을 이용하여 {_jm(mini, '의', st)} 값을 구하시오."])
    return Problem(text=text, answer=f"{float(val):g}", format="computation", difficulty=3, achievement_level="C",
                   concepts=["제곱근의 곱셈", "근호"],
                   check=lambda: sp.simplify(_sy(mini) - mult * sp.sqrt(base)) == 0)


@family("9수01-10", "rectangle-with-root-sides")
def _f0110_geometry(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.choice([2, 3, 5])
    w1, h1 = rng.sample(range(1, 6), 2)
    wm = _krt(w1, m) if rng.random() < 0.5 else f"√{w1 * w1 * m}"
    hm = _krt(h1, m) if rng.random() < 0.6 else f"[{h1 * m}|√{m}]"
    W, H = _sy(wm), _sy(hm)
    unit = rng.choice(["cm", "m"])
    thing = rng.choice(["직사각형", "직사각형 모양의 게시판", "직사각형 모양의 화단", "직사각형 모양의 창문"])
    ask = rng.choice(["둘레의 길이", "넓이"])
    res = sp.expand(2 * (W + H)) if ask == "둘레의 길이" else sp.expand(W * H)
    uu = unit if ask == "둘레의 길이" else unit + "²"
    shown_h = _r(hm, st) if (st == "latex" or "[" not in hm) else f"{h1 * m}/√{m}"
    text = rng.choice([f"가로의 길이가 {_r(wm, st)} {unit}, 세로의 길이가 {shown_h} {unit}인 {thing}의 {josa(ask, '을/를')} {_end(rng)}",
                       f"{josa(thing, '이/가')} 있다. 가로는 {_r(wm, st)} {unit}, 세로는 {shown_h} {unit}일 때, {josa(ask, '은/는')} 몇 {uu}입니까?"])
    return Problem(text=text, answer=f"{_ra(res)} {uu}", format="word", difficulty=3, achievement_level="C",
                   concepts=["제곱근의 덧셈", "제곱근의 곱셈", "근호"],
                   check=lambda: abs(sp.N(res - (2 * (w1 + h1) * sp.sqrt(m) if ask == "둘레의 길이" else w1 * h1 * m), 30)) < 1e-20)


@family("9수01-10", "make-expression-rational")
def _f0110_rational(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.choice([2, 3, 5])
    p, q = rng.randint(1, 5), rng.randint(1, 6)
    r_ = rng.randint(1, 6)
    a_ = sp.Symbol("a")
    # p√m(√m - a) + q a√m - r√m : coefficient of √m is (-p a + q a - r)... keep p != q
    if p == q:
        q += 1
    mini = f"{_krt(p, m)}(√{m} - a) + {'' if q == 1 else q}a√{m} - {_krt(r_, m)}"
    expr = p * sp.sqrt(m) * (sp.sqrt(m) - a_) + q * a_ * sp.sqrt(m) - r_ * sp.sqrt(m)
    sol = sp.solve(sp.expand(expr).coeff(sp.sqrt(m)), a_)[0]
    text = f"{_jm(mini, '이/가', st)} 유리수가 되도록 하는 유리수 a의 값을 {_end(rng)}"
    return Problem(text=text, answer=_qa(Fraction(int(sol.p), int(sol.q))), format="computation", difficulty=5,
                   achievement_level="A", concepts=["근호", "분배법칙", "유리수", "무리수"],
                   check=lambda: sp.nsimplify(expr.subs(a_, sol)).is_rational)
