"""Generators for 경제 수학 (고등학교 진로 선택): 12경수01-01 … (수와 경제, 함수와 경제, …).

Private helpers (module-local, prefixed ``_``):

* ``_rd(v, d)`` rounds a Fraction/number half-up to ``d`` decimals and returns the text
  (``_rd(Fraction(1, 3), 1) == "0.3"``); ``_near(text, v, d)`` checks a rounded answer against a
  float re-derivation.
* ``_pc(s, st)`` a percent (``$3.2\\%$`` / ``3.2%``); ``_pw(b, n, st)`` a power such as 1.03¹⁰;
  ``_fr(a, b, st)`` a fraction; ``_won(n)`` an amount in 원 with thousands separators.
* ``_q(rng)`` a question ending (구하시오. / 구하세요. / 구하여라.).
* ``secondary_level(d)`` a default achievement level for difficulty ``d``.
"""

from __future__ import annotations

import math as _math
import random
import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from mathtag.corpus.generators.base import Problem, family, secondary_level
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import pick_style

_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


# -- helpers -------------------------------------------------------------------------------------
def _rd(v: Fraction | int | float, d: int) -> str:
    """Round half-up to ``d`` decimals, as Korean textbooks do (소수 둘째 자리에서 반올림 → d=1)."""
    dec = Decimal(v.numerator) / Decimal(v.denominator) if isinstance(v, Fraction) else Decimal(str(v))
    q = Decimal(1).scaleb(-d) if d > 0 else Decimal(1)
    out = dec.quantize(q, rounding=ROUND_HALF_UP)
    s = f"{out:,f}" if d == 0 else f"{out:f}"
    return s


def _near(text: str, v: float, d: int) -> bool:
    t = float(text.replace(",", "").replace("%p", "").replace("%", "").replace("원", ""))
    return abs(t - v) <= 0.5 * 10 ** (-d) + 1e-9


def _pc(s: str | int | float, st: str) -> str:
    return f"${s}\\%$" if st == "latex" else f"{s}%"


def _pw(b: str, n: int | str, st: str) -> str:
    if st == "latex":
        return f"${b}^{{{n}}}$"
    if st == "unicode":
        return f"{b}{str(n).translate(_SUP)}"
    return f"{b}^{n}"


def _fr(a: str, b: str, st: str) -> str:
    if st == "latex":
        return f"$\\frac{{{a}}}{{{b}}}$"
    return f"({a})/({b})" if (" " in a or " " in b) else f"{a}/{b}"


def _won(n: int | Fraction) -> str:
    if isinstance(n, Fraction):
        assert n.denominator == 1
        n = n.numerator
    return f"{n:,}원"


def _q(rng: random.Random) -> str:
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보자."])


def _coef(v: Fraction) -> str:
    """A coefficient as textbooks print it: 3, 0.05 (terminating) or 5/9 — never '1'."""
    v = Fraction(v)
    d = v.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    s = _dec(v).replace(",", "") if d == 1 else f"({v.numerator}/{v.denominator})"
    return "" if s == "1" else s


def _frac_str(v: Fraction) -> str:
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


def _dec(v: Fraction) -> str:
    """Exact decimal text of a Fraction with a terminating expansion (e.g. 103/100 → '1.03')."""
    dec = Decimal(v.numerator) / Decimal(v.denominator)
    return f"{dec.normalize():,f}"


# =================================================================================================
# 12경수01-01  경제지표 (물가지수, 물가상승률, 실업률·고용률, 경제성장률, 퍼센트포인트, 엥겔계수)
# =================================================================================================
_BASKETS = [
    ("쌀(kg)", 2800, 3400), ("라면(봉지)", 700, 950), ("우유(L)", 2300, 3000), ("달걀(10개)", 2500, 3600),
    ("휘발유(L)", 1450, 1800), ("버스 요금(회)", 1200, 1500), ("커피(잔)", 3500, 4800),
    ("배추(포기)", 3000, 5000), ("빵(개)", 1500, 2200), ("두부(모)", 1300, 1900),
]


@family("12경수01-01", "price-index-from-basket")
def _ind_basket(rng: random.Random) -> Problem:
    items = rng.sample(_BASKETS, 3)
    y0 = rng.choice([2015, 2018, 2020])
    y1 = y0 + rng.randint(2, 5)
    rows = []
    base = cur = 0
    for nm, lo, hi in items:
        qn = rng.choice([2, 3, 4, 5, 10])
        p0 = rng.randrange(lo, hi, 100)
        p1 = p0 + rng.randrange(-2, 12) * 50
        rows.append((nm, qn, p0, p1))
        base += qn * p0
        cur += qn * p1
    idx = Fraction(cur * 100, base)
    ans = _rd(idx, 1)
    who = rng.choice(["어느 가구", "어느 지역의 대표 가구", "경제 동아리에서 조사한 가구"])
    table = "\n".join([f"| 품목 | 구입량 | {y0}년 가격(원) | {y1}년 가격(원) |", "|---|---|---|---|"]
                      + [f"| {nm} | {qn} | {p0:,} | {p1:,} |" for nm, qn, p0, p1 in rows])
    text = rng.choice([
        f"다음은 {who}가 매달 구입하는 품목의 구입량과 가격을 나타낸 표이다.\n{table}\n"
        f"{y0}년을 기준 연도(100)로 할 때, 이 품목들로 계산한 {y1}년의 물가지수를 소수 둘째 자리에서 반올림하여 {_q(rng)}",
        f"{table}\n위 표의 품목을 같은 양씩 구입한다고 할 때, {y0}년의 구입 비용을 100으로 하는 {y1}년의 물가지수를 "
        f"반올림하여 소수 첫째 자리까지 {_q(rng)}",
        f"세 품목만으로 물가지수를 만들어 보려고 한다. 기준 연도는 {y0}년이고, 각 품목의 구입량은 두 해 모두 같다.\n{table}\n"
        f"{y1}년의 물가지수는 얼마인지 소수 둘째 자리에서 반올림하여 쓰시오.",
    ])
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["경제지표"],
                   check=lambda: _near(ans, sum(r[1] * r[3] for r in rows) / sum(r[1] * r[2] for r in rows) * 100, 1))


def _cpi_series(rng: random.Random, n: int) -> list[Fraction]:
    v = Fraction(rng.randrange(950, 1010), 10)
    out = [v]
    for _ in range(n - 1):
        v = v + Fraction(rng.randrange(-5, 60), 10)
        out.append(v)
    return out


@family("12경수01-01", "inflation-rate-from-cpi")
def _ind_inflation(rng: random.Random) -> Problem:
    y0 = rng.randint(2016, 2019)
    vals = _cpi_series(rng, 5)
    years = list(range(y0, y0 + 5))
    label = rng.choice(["소비자물가지수", "생활물가지수", "생산자물가지수"])
    table = "| 연도 | " + " | ".join(map(str, years)) + " |\n|---|" + "---|" * 5 + "\n| " + label + " | " + \
        " | ".join(_dec(v) for v in vals) + " |"
    mode = rng.random()
    if mode < 0.6:
        i = rng.randint(1, 4)
        rate = (vals[i] - vals[i - 1]) / vals[i - 1] * 100
        ans = _rd(rate, 1) + "%"
        text = rng.choice([
            f"다음은 어느 나라의 연도별 {label}를 나타낸 것이다.\n{table}\n{years[i]}년의 전년 대비 물가상승률을 "
            f"소수 둘째 자리에서 반올림하여 {_q(rng)}",
            f"{table}\n위 자료에서 {years[i - 1]}년에 대한 {years[i]}년의 물가상승률(%)을 반올림하여 소수 첫째 자리까지 나타내시오.",
            f"{label}가 아래 표와 같을 때, {years[i]}년에 물가는 전년보다 몇 % 올랐는가? (소수 둘째 자리에서 반올림)\n{table}",
        ])
        v0, v1 = float(vals[i - 1]), float(vals[i])
        return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                       concepts=["경제지표"],
                       check=lambda: _near(ans, (v1 / v0 - 1) * 100, 1))
    rates = [(vals[i] - vals[i - 1]) / vals[i - 1] for i in range(1, 5)]
    if len(set(rates)) < 4:
        return _ind_inflation(rng)
    best = max(range(4), key=lambda i: rates[i]) + 1
    st = rng.random() < 0.5
    ask = "가장 높은" if st else "가장 낮은"
    pick = best if st else min(range(4), key=lambda i: rates[i]) + 1
    ans = f"{years[pick]}년"
    text = rng.choice([
        f"다음 표를 보고 전년 대비 물가상승률이 {ask} 해를 쓰시오.\n{table}",
        f"{table}\n{years[1]}년부터 {years[4]}년까지 중에서 물가가 전년에 비해 {ask} 비율로 오른 해는 언제인가?",
    ])
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["경제지표"],
                   check=lambda: ans == f"{years[(max if st else min)(range(1, 5), key=lambda i: float(vals[i]) / float(vals[i - 1]))]}년")


@family("12경수01-01", "percent-vs-percentage-point")
def _ind_pp(rng: random.Random) -> Problem:
    st = pick_style(rng)
    what = rng.choice([("기준금리", "연 "), ("실업률", ""), ("청년 실업률", ""), ("예금 금리", "연 "),
                       ("물가상승률", ""), ("대출 금리", "연 ")])
    while True:
        a10 = rng.choice([10, 20, 25, 30, 40, 50])  # a = a10/10 %
        up = rng.choice([True, True, False])
        pct = rng.choice([10, 20, 25, 40, 50, 60, 75, 100]) if up else rng.choice([10, 20, 25, 40, 50])
        b = Fraction(a10, 10) * (100 + (pct if up else -pct)) / 100
        if b.denominator in (1, 2, 4, 5, 10, 20) and b > 0 and (b * 100).denominator == 1:
            break
    a = Fraction(a10, 10)
    pp = abs(b - a)
    ask_pp = rng.random() < 0.5
    word = "상승" if up else "하락"
    a_s, b_s = _dec(a), _dec(b)
    if rng.random() < 0.55:
        correct = f"{_dec(pp)}%p {word}, {pct}% {word}"
        dis = [f"{pct}%p {word}, {_dec(pp)}% {word}", f"{_dec(pp)}% {word}, {pct}%p {word}",
               f"{_dec(pp)}%p {word}, {_dec(pp)}% {word}", f"{pct}%p {word}, {pct}% {word}",
               f"{_dec(pp)}%p {word}, {_rd(pp / b * 100, 1)}% {word}"]
        ch = choices(rng, correct, dis)
        text = rng.choice([
            f"{josa(what[0], '이/가')} {what[1]}{_pc(a_s, st)}에서 {what[1]}{_pc(b_s, st)}로 바뀌었다. 이 변화를 바르게 설명한 것은?\n{ch.block}",
            f"어느 해 {josa(what[0], '이/가')} {what[1]}{_pc(a_s, st)}였고 다음 해에는 {what[1]}{_pc(b_s, st)}였다. "
            f"다음 중 이 변화를 퍼센트포인트와 퍼센트로 옳게 나타낸 것은?\n{ch.block}",
        ])
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                       concepts=["퍼센트포인트", "경제지표"], choice=ch,
                       check=lambda: abs(abs(float(b) - float(a)) - float(pp)) < 1e-9 and abs(abs(float(b) / float(a) - 1) * 100 - pct) < 1e-9)
    if ask_pp:
        ans = f"{_dec(pp)}%p"
        text = rng.choice([
            f"{josa(what[0], '이/가')} {what[1]}{_pc(a_s, st)}에서 {what[1]}{_pc(b_s, st)}로 {word}하였다. 몇 퍼센트포인트(%p) {word}하였는지 {_q(rng)}",
            f"신문 기사: \"올해 {josa(what[0], '은/는')} 지난해 {_pc(a_s, st)}에서 {_pc(b_s, st)}로 (    )%p {word}했다.\" ( ) 안에 알맞은 수를 쓰시오.",
        ])
        fmt = "fill" if "(    )" in text else "word"
        return Problem(text=text, answer=ans, format=fmt, difficulty=1, achievement_level="E",
                       concepts=["퍼센트포인트"], check=lambda: abs(float(pp) - abs(float(b) - float(a))) < 1e-9)
    ans = f"{pct}%"
    text = rng.choice([
        f"{josa(what[0], '이/가')} {what[1]}{_pc(a_s, st)}에서 {what[1]}{_pc(b_s, st)}로 바뀌었다. 이것은 처음 값에 비하여 몇 % {word}한 것인지 {_q(rng)}",
        f"\"{what[0]} {_dec(pp)}%p {word}\"라는 기사가 있다. 처음 {josa(what[0], '이/가')} {_pc(a_s, st)}였다면 {josa(what[0], '은/는')} 처음에 비해 몇 % {word}한 것인가?",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["퍼센트포인트", "경제지표"],
                   check=lambda: abs(abs(float(b) - float(a)) / float(a) * 100 - pct) < 1e-9)


@family("12경수01-01", "labor-market-rates")
def _ind_labor(rng: random.Random) -> Problem:
    pop = rng.randrange(3000, 4600, 10)  # 만 명, 15세 이상 인구
    part = Fraction(rng.randrange(600, 660), 1000)
    act = int(pop * part)
    unemp = rng.randrange(int(act * 0.025), int(act * 0.05) + 1)
    emp = act - unemp
    kind = rng.randrange(3)
    names_ = ["실업률", "고용률", "경제활동참가율"]
    vals = [Fraction(unemp * 100, act), Fraction(emp * 100, pop), Fraction(act * 100, pop)]
    ans = _rd(vals[kind], 1) + "%"
    place = rng.choice(["어느 나라", "A국", "어느 도시", "가상의 나라 B"])
    gv = [("15세 이상 인구", pop), ("경제활동인구", act), ("취업자", emp)]
    if rng.random() < 0.5:
        gv[2] = ("실업자", unemp)
    givens = [f"{g} {v:,}만 명" for g, v in gv]
    hint = ""
    if rng.random() < 0.5:
        hint = rng.choice([
            "\n(단, 실업률은 경제활동인구에서 실업자가 차지하는 비율, 고용률은 15세 이상 인구에서 취업자가 차지하는 비율, "
            "경제활동참가율은 15세 이상 인구에서 경제활동인구가 차지하는 비율이다.)",
            "\n(참고: 경제활동인구 = 취업자 + 실업자)",
        ])
    if rng.random() < 0.5:
        table = "| 구분 | 인원(만 명) |\n|---|---|\n" + "\n".join(f"| {g} | {v:,} |" for g, v in gv)
        text = f"다음은 {place}의 고용 관련 통계이다.\n{table}\n{names_[kind]}을 소수 둘째 자리에서 반올림하여 {_q(rng)}{hint}"
        fmt = "data"
    else:
        text = rng.choice([
            f"{place}의 {', '.join(givens)}일 때, {names_[kind]}을 반올림하여 소수 첫째 자리까지 {_q(rng)}{hint}",
            f"{', '.join(givens)}인 {place}의 {josa(names_[kind], '은/는')} 몇 %인가? (소수 둘째 자리에서 반올림){hint}",
        ])
        fmt = "word"
    d = 3 if ("실업자" in givens[2]) != (kind == 0) else 2

    def chk() -> bool:
        e, u = act - unemp, unemp
        v = [u / (e + u) * 100, e / pop * 100, (e + u) / pop * 100][kind]
        return _near(ans, v, 1)
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["경제지표"], check=chk)


@family("12경수01-01", "real-wage-deflate")
def _ind_real(rng: random.Random) -> Problem:
    y0 = rng.choice([2020, 2021])
    y1 = y0 + rng.randint(2, 3)
    i1 = Fraction(rng.randrange(1040, 1160, 2), 10)
    w0 = rng.randrange(250, 420, 5) * 10000
    w1 = int(w0 * Fraction(rng.randrange(100, 120), 100) // 10000) * 10000
    who = rng.choice([name(rng) + "의 아버지", name(rng) + "의 어머니", "어느 회사원", "어느 근로자"])
    real1 = Fraction(w1) * 100 / i1
    mode = rng.randrange(2)
    if mode == 0:
        ans = _rd(real1 / 10000, 1) + "만 원"
        text = rng.choice([
            f"{who}의 월 명목임금은 {y0}년에 {w0 // 10000}만 원, {y1}년에 {w1 // 10000}만 원이었다. "
            f"{y0}년을 기준(100)으로 한 {y1}년의 소비자물가지수가 {_dec(i1)}일 때, {y1}년 월급의 실질임금({y0}년 가격 기준)을 "
            f"만 원 단위로 소수 둘째 자리에서 반올림하여 {_q(rng)}",
            f"실질임금은 명목임금을 물가지수로 나눈 뒤 100을 곱하여 구한다. 물가지수가 {_dec(i1)}인 해에 월급 {w1 // 10000}만 원을 받았다면 "
            f"실질임금은 약 몇 만 원인가? (소수 둘째 자리에서 반올림)",
        ])
        return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                       concepts=["경제지표"], check=lambda: _near(ans.replace("만 원", ""), w1 / float(i1) * 100 / 10000, 1))
    nominal = Fraction(w1 - w0, w0) * 100
    real_rate = (real1 - w0) / w0 * 100
    ans = f"명목임금 상승률 {_rd(nominal, 1)}%, 실질임금 상승률 {_rd(real_rate, 1)}%, " + \
        ("실질임금은 늘었다" if real1 > w0 else ("실질임금은 줄었다" if real1 < w0 else "실질임금은 같다"))
    text = rng.choice([
        f"다음 자료를 보고 {y0}년에 대한 {y1}년의 명목임금 상승률과 실질임금 상승률을 각각 소수 둘째 자리에서 반올림하여 구하고, "
        f"생활 수준이 나아졌다고 할 수 있는지 설명하시오.\n| 연도 | 월 명목임금 | 소비자물가지수 |\n|---|---|---|\n"
        f"| {y0} | {w0 // 10000}만 원 | 100 |\n| {y1} | {w1 // 10000}만 원 | {_dec(i1)} |",
        f"{who}의 월급은 {y0}년 {w0 // 10000}만 원에서 {y1}년 {w1 // 10000}만 원으로 올랐다. 같은 기간 물가지수는 100에서 {josa(_dec(i1), '으로/로')} "
        f"올랐다. 명목임금과 실질임금은 각각 몇 % 변했는지 구하고(소수 둘째 자리에서 반올림), 실질적인 구매력이 어떻게 변했는지 쓰시오.",
    ])
    return Problem(text=text, answer=ans, format="data" if "|" in text else "proof", difficulty=4,
                   achievement_level="B", concepts=["경제지표"],
                   check=lambda: _near(_rd(real_rate, 1), (w1 / float(i1) * 100 / w0 - 1) * 100, 1))


@family("12경수01-01", "gdp-growth-rate")
def _ind_growth(rng: random.Random) -> Problem:
    g0 = rng.randrange(1700, 2300)  # 조 원
    g1 = g0 + rng.randrange(-30, 90)
    place = rng.choice(["우리나라", "어느 나라", "A국"])
    mode = rng.randrange(3)
    if mode == 0:
        rate = Fraction(g1 - g0, g0) * 100
        ans = _rd(rate, 1) + "%"
        text = rng.choice([
            f"{place}의 실질 국내총생산(GDP)이 작년 {g0:,}조 원에서 올해 {g1:,}조 원이 되었다. 올해의 경제성장률을 "
            f"소수 둘째 자리에서 반올림하여 {_q(rng)}",
            f"| 연도 | 작년 | 올해 |\n|---|---|---|\n| 실질 GDP(조 원) | {g0:,} | {g1:,} |\n"
            f"위 표에서 올해의 경제성장률은 몇 %인가? (소수 둘째 자리에서 반올림)",
        ])
        return Problem(text=text, answer=ans, format="data" if "|" in text else "word", difficulty=2,
                       achievement_level="D", concepts=["경제지표"],
                       check=lambda: _near(ans, (g1 / g0 - 1) * 100, 1))
    r = Fraction(rng.randrange(-10, 45, 1), 10)
    nxt = Fraction(g0) * (1 + r / 100)
    ans = _rd(nxt, 1) + "조 원"
    st = pick_style(rng)
    text = rng.choice([
        f"{place}의 올해 실질 GDP는 {g0:,}조 원이다. 내년 경제성장률이 {_pc(_dec(r), st)}로 예상될 때, 내년 실질 GDP는 약 몇 조 원인지 "
        f"소수 둘째 자리에서 반올림하여 {_q(rng)}",
        f"올해 실질 GDP가 {g0:,}조 원인 나라에서 경제성장률이 {_pc(_dec(r), st)}이면 내년의 실질 GDP는 (    )조 원이다. "
        f"( ) 안에 알맞은 수를 소수 첫째 자리까지 쓰시오.",
    ])
    return Problem(text=text, answer=ans, format="fill" if "(    )" in text else "word", difficulty=2,
                   achievement_level="D", concepts=["경제지표"],
                   check=lambda: _near(ans.replace("조 원", ""), g0 * (1 + float(r) / 100), 1))


@family("12경수01-01", "engel-coefficient")
def _ind_engel(rng: random.Random) -> Problem:
    food = rng.randrange(40, 120, 2)
    others = [("주거비", 30, 90), ("교통비", 15, 50), ("교육비", 10, 80), ("의류비", 5, 30), ("문화·여가비", 5, 40)]
    rows = [(nm, rng.randrange(lo, hi)) for nm, lo, hi in rng.sample(others, 3)]
    total = food + sum(v for _, v in rows)
    who = rng.choice(["A 가구", "어느 가구", f"{name(rng)}네 가구"])
    e = Fraction(food * 100, total)
    table = "| 항목 | 식료품비 | " + " | ".join(nm for nm, _ in rows) + " |\n|---|---|" + "---|" * len(rows) + \
        f"\n| 월 지출(만 원) | {food} | " + " | ".join(str(v) for _, v in rows) + " |"
    if rng.random() < 0.6:
        ans = _rd(e, 1) + "%"
        text = rng.choice([
            f"다음은 {who}의 한 달 소비 지출을 나타낸 것이다. (소비 지출은 표의 항목뿐이다.)\n{table}\n"
            f"이 가구의 엥겔계수를 소수 둘째 자리에서 반올림하여 {_q(rng)} (단, 엥겔계수는 총 소비 지출 중 식료품비가 차지하는 비율(%)이다.)",
            f"{table}\n위 표는 {who}의 월 소비 지출 전체이다. 총 소비 지출에서 식료품비가 차지하는 비율인 엥겔계수는 몇 %인가? "
            f"(소수 둘째 자리에서 반올림)",
        ])
        return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                       concepts=["경제지표"], check=lambda: _near(ans, food / (food + sum(v for _, v in rows)) * 100, 1))
    target = rng.choice([20, 25])
    # how much food spending at the same other spending gives target %: f/(f+o) = t/100
    o = total - food
    need = Fraction(target * o, 100 - target)
    ans = _rd(need, 1) + "만 원"
    text = (f"{table}\n{who}가 다른 지출은 그대로 두고 식료품비만 바꾸어 엥겔계수를 {target}%로 만들려면 월 식료품비를 "
            f"약 몇 만 원으로 해야 하는지 소수 둘째 자리에서 반올림하여 {_q(rng)}")
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B",
                   concepts=["경제지표"], check=lambda: _near(ans.replace("만 원", ""), target * o / (100 - target), 1))


@family("12경수01-01", "cumulative-price-change")
def _ind_cum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1 = Fraction(rng.randrange(10, 60), 10)
    r2 = Fraction(rng.randrange(-10, 60), 10)
    if r2 == 0:
        r2 = Fraction(15, 10)
    tot = ((1 + r1 / 100) * (1 + r2 / 100) - 1) * 100
    y = rng.randint(2019, 2022)
    mode = rng.randrange(3)
    if mode == 0:
        ans = _rd(tot, 2) + "%"
        naive = _dec(r1 + r2) + "%"
        correct = ans
        dis = [naive, _rd(r1 * r2 / 100, 2) + "%", _rd((r1 + r2) / 2, 2) + "%", _rd(tot + 1, 2) + "%", _rd(tot - Fraction(1, 2), 2) + "%"]
        ch = choices(rng, correct, dis, sort_key=lambda s: float(s.rstrip("%")))
        text = (f"어느 나라의 물가상승률이 {y}년에 {_pc(_dec(r1), st)}, {y + 1}년에 {_pc(_dec(r2), st)}였다. "
                f"{y - 1}년 말에 비하여 {y + 1}년 말의 물가는 몇 % 올랐는가? (소수 셋째 자리에서 반올림)\n{ch.block}")
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                       concepts=["경제지표"], choice=ch,
                       check=lambda: _near(ans, ((1 + float(r1) / 100) * (1 + float(r2) / 100) - 1) * 100, 2))
    p0 = rng.randrange(20, 200) * 100
    p2 = Fraction(p0) * (1 + r1 / 100) * (1 + r2 / 100)
    ans = _rd(p2, 0) + "원"
    thing = rng.choice(["짜장면 한 그릇", "영화 관람료", "치킨 한 마리", "학용품 세트", "운동화 한 켤레"])
    text = rng.choice([
        f"{y - 1}년 말에 {p0:,}원이던 {josa(thing, '이/가')} 물가상승률만큼 가격이 올랐다고 하자. 물가상승률이 {y}년 "
        f"{_pc(_dec(r1), st)}, {y + 1}년 {_pc(_dec(r2), st)}일 때, {y + 1}년 말의 가격은 얼마인지 "
        f"소수 첫째 자리에서 반올림하여 {_q(rng)}",
        f"물가가 첫해에 {_pc(_dec(r1), st)}, 둘째 해에 {_pc(_dec(r2), st)} 변했다. 처음에 {p0:,}원이던 {josa(thing, '은/는')} 2년 뒤 "
        f"얼마가 되는지 원 단위까지 반올림하여 {_q(rng)} (단, 가격은 물가와 같은 비율로 변한다.)",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["경제지표"],
                   check=lambda: abs(float(ans[:-1].replace(",", "")) - p0 * (1 + float(r1) / 100) * (1 + float(r2) / 100)) <= 0.5 + 1e-9)


@family("12경수01-01", "index-rebase-and-read")
def _ind_rebase(rng: random.Random) -> Problem:
    vals = _cpi_series(rng, 4)
    y0 = rng.randint(2017, 2020)
    years = list(range(y0, y0 + 4))
    b = rng.randrange(1, 4)
    # rebase: year years[b] = 100
    reb = [v * 100 / vals[b] for v in vals]
    table = "| 연도 | " + " | ".join(map(str, years)) + " |\n|---|" + "---|" * 4 + "\n| 물가지수 | " + \
        " | ".join(_dec(v) for v in vals) + " |"
    if rng.random() < 0.5:
        i = rng.choice([j for j in range(4) if j != b])
        ans = _rd(reb[i], 1)
        text = rng.choice([
            f"다음 물가지수는 어떤 해를 100으로 하여 만든 것이다.\n{table}\n기준 연도를 {years[b]}년(=100)으로 바꾸면 {years[i]}년의 "
            f"물가지수는 얼마인지 소수 둘째 자리에서 반올림하여 {_q(rng)}",
            f"{table}\n위 물가지수를 {years[b]}년 = 100이 되도록 다시 계산할 때, {years[i]}년의 값을 소수 첫째 자리까지 쓰시오. (반올림)",
        ])
        return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B",
                       concepts=["경제지표"], check=lambda: _near(ans, float(vals[i]) / float(vals[b]) * 100, 1))
    i, j = sorted(rng.sample(range(4), 2))
    price = rng.randrange(30, 400) * 100
    ans = _rd(Fraction(price) * vals[j] / vals[i], 0) + "원"
    thing = rng.choice(["장바구니", "교복 한 벌", "점심 식사", "책 한 권"])
    text = (f"{table}\n{years[i]}년에 {price:,}원이던 {josa(thing, '이/가')} 물가지수와 같은 비율로 가격이 변했다면 {years[j]}년의 가격은 "
            f"약 얼마인지 원 단위로 반올림하여 {_q(rng)}")
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["경제지표"],
                   check=lambda: abs(float(ans[:-1].replace(",", "")) - price * float(vals[j]) / float(vals[i])) <= 0.5 + 1e-9)


# =================================================================================================
# 12경수01-02  환율 (환전, 현찰 살 때/팔 때, 환율 변동의 영향, 재정환율, 해외 직구)
# =================================================================================================
# (통화, 기준 단위 수, 단위 이름, 매매기준율 범위(원, 소수 첫째 자리 ×10))
_CUR = [
    ("달러", 1, "미국 달러", (12500, 14500)), ("엔", 100, "일본 엔", (8500, 9900)),
    ("유로", 1, "유로", (13800, 15200)), ("위안", 1, "중국 위안", (1780, 1960)),
    ("파운드", 1, "영국 파운드", (16200, 17800)),
]
_TRIP = {"달러": ["미국", "괌", "하와이"], "엔": ["일본", "오사카", "도쿄"], "유로": ["프랑스", "독일", "이탈리아"],
         "위안": ["중국", "상하이", "베이징"], "파운드": ["영국", "런던"]}


def _rate_text(cur: tuple, r: Fraction) -> str:
    unit = f"{cur[1]}{cur[0]}" if cur[1] != 1 else f"1{cur[0]}"
    return f"{unit}에 {_dec(r)}원"


@family("12경수01-02", "convert-foreign-to-won")
def _fx_to_won(rng: random.Random) -> Problem:
    cur = rng.choice(_CUR)
    r = Fraction(rng.randrange(*cur[3]), 10)
    amt = rng.randrange(5, 300) * 100 if cur[0] == "엔" else rng.randrange(20, 900) * rng.choice([1, 5])
    won = Fraction(amt, cur[1]) * r
    ans = _rd(won, 0) + "원"
    per = "100엔당" if cur[1] == 100 else f"1{cur[0]}당"
    thing = rng.choice(["기념품", "운동화", "가방", "책", "헤드폰", "호텔 숙박비"])
    where = rng.choice(_TRIP[cur[0]])
    text = rng.choice([
        f"{where}에서 {josa(thing, '을/를')} {amt:,}{cur[0]}에 샀다. 환율이 {_rate_text(cur, r)}일 때, 원화로 얼마인지 "
        f"원 단위 미만은 반올림하여 {_q(rng)}",
        f"원/{cur[0]} 환율이 {per} {_dec(r)}원이다. {amt:,}{josa(cur[0], '은/는')} 우리 돈으로 약 몇 원인가? (소수 첫째 자리에서 반올림)",
        f"{josa(name(rng), '은/는')} {where} 여행 중 {josa(f'{amt:,}{cur[0]}', '을/를')} 썼다. 그날의 환율이 {_rate_text(cur, r)}이었다면, 쓴 돈은 원화로 "
        f"(      )원이다. ( ) 안에 알맞은 수를 쓰시오. (단, 소수 첫째 자리에서 반올림한다.)",
    ])
    fmt = "fill" if "(      )" in text else "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=1, achievement_level="E", concepts=["환율"],
                   check=lambda: abs(float(ans[:-1].replace(",", "")) - amt / cur[1] * float(r)) <= 0.5 + 1e-9)


@family("12경수01-02", "convert-won-to-foreign")
def _fx_from_won(rng: random.Random) -> Problem:
    cur = rng.choice(_CUR)
    r = Fraction(rng.randrange(*cur[3]), 10)
    f_amt = rng.randrange(10, 200) * (100 if cur[0] == "엔" else 10)
    won = Fraction(f_amt, cur[1]) * r
    if won.denominator != 1:
        r = Fraction(round(r))
        won = Fraction(f_amt, cur[1]) * r
    ans = f"{f_amt:,}{cur[0]}"
    who = name(rng)
    text = rng.choice([
        f"{josa(who, '은/는')} 은행에서 {_won(won)}을 {josa(cur[2], '으로/로')} 바꾸었다. 적용된 환율이 {_rate_text(cur, r)}이었다면 "
        f"받은 돈은 몇 {cur[0]}인지 {_q(rng)} (단, 수수료는 생각하지 않는다.)",
        f"환율이 {_rate_text(cur, r)}일 때, {_won(won)}으로 바꿀 수 있는 {josa(cur[2], '은/는')} 몇 {cur[0]}인가? (수수료는 없다.)",
        f"{_won(won)}을 모두 {josa(cur[0], '으로/로')} 환전하려고 한다. 원/{cur[0]} 환율이 {_rate_text(cur, r)}이면 얼마를 받는지 {_q(rng)}",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D", concepts=["환율"],
                   check=lambda: won / r * cur[1] == f_amt and ans == f"{f_amt:,}{cur[0]}")


@family("12경수01-02", "cash-buy-sell-round-trip")
def _fx_cash(rng: random.Random) -> Problem:
    cur = rng.choice([c for c in _CUR if c[0] in ("달러", "엔", "유로")])
    base = Fraction(rng.randrange(*cur[3]), 10)
    spread = Fraction(rng.choice([175, 190, 200]), 10000) if cur[0] != "유로" else Fraction(199, 10000)
    buy = Fraction(round(base * (1 + spread) * 10), 10)
    sell = Fraction(round(base * (1 - spread) * 10), 10)
    unit = f"{cur[1]}{cur[0]}" if cur[1] != 1 else f"1{cur[0]}"
    table = (f"| 통화 | 매매기준율 | 현찰 살 때 | 현찰 팔 때 |\n|---|---|---|---|\n"
             f"| {cur[2]}({unit}) | {_dec(base)} | {_dec(buy)} | {_dec(sell)} |")
    spend_amt = rng.randrange(5, 20) * (10000 if cur[0] == "엔" else 100)
    left = rng.randrange(1, 6) * (1000 if cur[0] == "엔" else 10)
    who = name(rng)
    where = rng.choice(_TRIP[cur[0]])
    mode = rng.randrange(3)
    cost = Fraction(spend_amt, cur[1]) * buy
    back = Fraction(left, cur[1]) * sell
    if mode == 0:
        ans = _rd(cost, 0) + "원"
        text = (f"다음은 어느 날 은행에 고시된 환율이다.\n{table}\n{josa(who, '이/가')} {where} 여행을 위해 "
                f"{spend_amt:,}{josa(cur[0], '을/를')} 현찰로 사려면 원화 얼마가 필요한지 {_q(rng)} (단, 원 단위 미만은 반올림한다.)")
        d = 2
        chk = lambda: abs(float(ans[:-1].replace(",", "")) - spend_amt / cur[1] * float(buy)) <= 0.5  # noqa: E731
    elif mode == 1:
        ans = _rd(back, 0) + "원"
        text = (f"{table}\n{josa(who, '은/는')} 여행에서 돌아와 남은 {left:,}{josa(cur[0], '을/를')} 위 표의 환율로 은행에 팔았다. "
                f"받은 원화는 얼마인가? (원 단위 미만은 반올림)")
        d = 2
        chk = lambda: abs(float(ans[:-1].replace(",", "")) - left / cur[1] * float(sell)) <= 0.5  # noqa: E731
    else:
        loss = Fraction(left, cur[1]) * (buy - sell)
        ans = _rd(loss, 0) + "원"
        text = rng.choice([
            f"{table}\n{josa(who, '은/는')} 위 환율로 {spend_amt:,}{josa(cur[0], '을/를')} 현찰로 샀지만 그중 {left:,}{josa(cur[0], '을/를')} "
            f"쓰지 못해 같은 날 다시 원화로 바꾸었다. 쓰지 않은 {left:,}{cur[0]} 때문에 생긴 손해는 원화로 얼마인지 "
            f"원 단위 미만은 반올림하여 {_q(rng)}",
            f"현찰을 살 때와 팔 때의 환율이 다르기 때문에 환전을 되풀이하면 손해가 생긴다. 아래 표의 환율로 {left:,}{josa(cur[0], '을/를')} "
            f"샀다가 곧바로 다시 판다면 얼마를 손해 보는지 {_q(rng)} (원 단위 미만은 반올림)\n{table}",
        ])
        d = 3
        chk = lambda: abs(float(ans[:-1].replace(",", "")) - left / cur[1] * (float(buy) - float(sell))) <= 0.5  # noqa: E731
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=secondary_level(d), concepts=["환율"],
                   check=chk)


@family("12경수01-02", "rate-change-effect-mcq")
def _fx_effect(rng: random.Random) -> Problem:
    r0 = rng.randrange(1150, 1400, 10)
    up = rng.random() < 0.5
    r1 = r0 + rng.randrange(50, 160, 10) * (1 if up else -1)
    true_up = ["원화의 가치가 떨어졌다.", "달러로 가격이 정해진 수입품의 원화 가격이 오른다.",
               "미국으로 여행 가는 사람의 부담이 커진다.", "같은 원화 가격의 수출품은 달러로 환산한 가격이 낮아진다.",
               "달러로 빚을 진 기업이 갚아야 할 원화 금액이 늘어난다."]
    true_dn = ["원화의 가치가 올랐다.", "달러로 가격이 정해진 수입품의 원화 가격이 내린다.",
               "미국으로 여행 가는 사람의 부담이 줄어든다.", "같은 원화 가격의 수출품은 달러로 환산한 가격이 높아진다.",
               "달러로 빚을 진 기업이 갚아야 할 원화 금액이 줄어든다."]
    good, bad = (true_up, true_dn) if up else (true_dn, true_up)
    ask_true = rng.random() < 0.5
    if ask_true:
        correct = rng.choice(good)
        dis = bad[:]
        q = "옳은 것은?"
    else:
        correct = rng.choice(bad)
        dis = good[:]
        q = "옳지 않은 것은?"
    ch = choices(rng, correct, dis)
    text = rng.choice([
        f"원/달러 환율이 1달러에 {r0:,}원에서 {r1:,}원으로 변하였다. 이에 대한 설명으로 {q} (단, 다른 조건은 변하지 않는다.)\n{ch.block}",
        f"[신문 기사] 원/달러 환율 {r0:,}원 → {r1:,}원\n이와 같은 환율 변동이 미치는 영향으로 {q} (단, 다른 조건은 일정하다.)\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="C", concepts=["환율"],
                   choice=ch, check=lambda: (correct in (true_up if r1 > r0 else true_dn)) == ask_true)


@family("12경수01-02", "import-price-change")
def _fx_import(rng: random.Random) -> Problem:
    r0 = rng.randrange(1150, 1400, 5)
    r1 = r0 + rng.randrange(-150, 160, 10)
    if r1 == r0:
        r1 = r0 + 50
    usd = rng.choice([rng.randrange(30, 300), rng.randrange(5, 40) * 100])
    thing = rng.choice(["수입 원두 1포대", "노트북 1대", "스마트폰 1대", "수입 과자 1상자", "원유 1배럴"])
    p0, p1 = usd * r0, usd * r1
    mode = rng.randrange(2)
    if mode == 0:
        diff = p1 - p0
        ans = f"{abs(diff):,}원 {'오른다' if diff > 0 else '내린다'}"
        text = rng.choice([
            f"달러 가격이 {usd:,}달러로 변하지 않는 {josa(thing, '이/가')} 있다. 원/달러 환율이 {r0:,}원에서 {r1:,}원으로 바뀌면 "
            f"원화 가격은 얼마나 오르거나 내리는지 {_q(rng)}",
            f"{thing}의 수입 가격은 {usd:,}달러이다. 환율이 1달러에 {r0:,}원일 때와 {r1:,}원일 때를 비교하여 원화로 환산한 "
            f"가격의 변화를 쓰시오.",
        ])
        return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D", concepts=["환율"],
                       check=lambda: usd * (r1 - r0) == (1 if "오른" in ans else -1) * int(ans.split("원")[0].replace(",", "")))
    rate = Fraction(r1 - r0, r0) * 100
    ans = _rd(rate, 1) + "%"
    st = pick_style(rng)
    text = (f"원/달러 환율이 {r0:,}원에서 {r1:,}원으로 변하였다. {usd:,}달러인 {thing}의 원화 가격은 몇 % 변하는지 "
            f"소수 둘째 자리에서 반올림하여 {_q(rng)} (단, 오르면 양수, 내리면 음수로 나타낸다.)")
    if st == "latex":
        text = text.replace("몇 %", "몇 $\\%$")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["환율"],
                   check=lambda: _near(ans, (p1 / p0 - 1) * 100, 1))


@family("12경수01-02", "cross-rate")
def _fx_cross(rng: random.Random) -> Problem:
    usd = Fraction(rng.randrange(12500, 14500), 10)
    jpy = Fraction(rng.randrange(8500, 9900), 10)  # per 100엔
    eur = Fraction(rng.randrange(13800, 15200), 10)
    kind = rng.randrange(3)
    if kind == 0:
        v = usd / jpy * 100
        ans = _rd(v, 1) + "엔"
        text = rng.choice([
            f"원/달러 환율이 1달러당 {_dec(usd)}원, 원/엔 환율이 100엔당 {_dec(jpy)}원일 때, 1달러는 몇 엔인지 소수 둘째 자리에서 반올림하여 {_q(rng)}",
            f"| 통화 | 환율(원) |\n|---|---|\n| 미국 1달러 | {_dec(usd)} |\n| 일본 100엔 | {_dec(jpy)} |\n위 환율을 이용하면 1달러는 약 몇 엔인가? (소수 둘째 자리에서 반올림)",
        ])
        chk = lambda: _near(ans.rstrip("엔"), float(usd) / float(jpy) * 100, 1)  # noqa: E731
    elif kind == 1:
        v = eur / usd
        ans = _rd(v, 3) + "달러"
        text = (f"1유로 = {_dec(eur)}원, 1달러 = {_dec(usd)}원일 때, 1유로는 몇 달러인지 소수 넷째 자리에서 반올림하여 {_q(rng)}")
        chk = lambda: _near(ans.rstrip("달러"), float(eur) / float(usd), 3)  # noqa: E731
    else:
        yen = rng.randrange(3, 50) * 1000
        d_price = rng.randrange(20, 300)
        won_j = Fraction(yen, 100) * jpy
        won_u = d_price * usd
        cheap = "일본" if won_j < won_u else "미국"
        ans = f"{cheap}, {_rd(abs(won_j - won_u), 0)}원"
        thing = rng.choice(["한정판 피규어", "게임기", "카메라 렌즈", "운동화"])
        text = (f"같은 {josa(thing, '이/가')} 일본 온라인 상점에서는 {yen:,}엔, 미국 온라인 상점에서는 {d_price}달러이다. "
                f"환율이 100엔당 {_dec(jpy)}원, 1달러당 {_dec(usd)}원일 때, 원화로 따져 어느 나라에서 사는 것이 얼마나 더 싼지 "
                f"{_q(rng)} (단, 배송비는 같고 원 단위 미만은 반올림한다.)")
        chk = lambda: (cheap == "일본") == (yen * float(jpy) / 100 < d_price * float(usd))  # noqa: E731
    return Problem(text=text, answer=ans, format="data" if "|" in text else "word", difficulty=3 if kind < 2 else 4,
                   achievement_level="C" if kind < 2 else "B", concepts=["환율"], check=chk)


@family("12경수01-02", "direct-purchase-compare")
def _fx_direct(rng: random.Random) -> Problem:
    r = rng.randrange(1250, 1450, 5)
    price = rng.randrange(60, 400)
    ship = rng.choice([0, 10, 15, 20, 25])
    fee_pct = rng.choice([0, 1, 1, 2])
    dom = round((price + ship) * r * (100 + fee_pct) // 100, -2) + rng.randrange(-40, 41) * 1000
    thing = rng.choice(["무선 이어폰", "전동 칫솔", "캠핑 의자", "스마트워치", "영양제 세트"])
    total = Fraction((price + ship) * r) * (100 + fee_pct) / 100
    cheaper = "해외 직구" if total < dom else ("국내 구입" if total > dom else "같다")
    if cheaper == "같다":
        dom += 1000
        cheaper = "해외 직구"
    ans = f"{josa(cheaper, '이/가')} {_rd(abs(total - dom), 0)}원 더 싸다"
    who = name(rng)
    fee_txt = f" 카드 결제 시 결제 금액의 {fee_pct}%가 해외 결제 수수료로 더 붙는다." if fee_pct else ""
    ship_txt = f"배송비 {ship}달러" if ship else "무료 배송"
    text = rng.choice([
        f"{josa(who, '은/는')} {josa(thing, '을/를')} 해외 쇼핑몰에서 {price}달러({ship_txt})에 사거나 국내 매장에서 {dom:,}원에 살 수 있다. "
        f"환율은 1달러에 {r:,}원이고,{fee_txt or ' 다른 비용은 없다.'} 어느 쪽이 얼마나 더 싼지 {_q(rng)} (원 단위 미만은 반올림)",
        f"| 구입 방법 | 가격 |\n|---|---|\n| 해외 직구 | {price}달러 + {ship_txt} |\n| 국내 매장 | {dom:,}원 |\n"
        f"환율이 1달러당 {r:,}원일 때, 두 방법 중 어느 쪽이 얼마나 더 싼지 {_q(rng)}{(' (단,' + fee_txt + ')') if fee_txt else ''} (원 단위 미만은 반올림)",
    ])
    return Problem(text=text, answer=ans, format="data" if "|" in text else "word", difficulty=3 if fee_pct else 2,
                   achievement_level="C" if fee_pct else "D", concepts=["환율"],
                   check=lambda: (cheaper == "해외 직구") == ((price + ship) * r * (1 + fee_pct / 100) < dom))


@family("12경수01-02", "preferential-rate")
def _fx_pref(rng: random.Random) -> Problem:
    base = Fraction(rng.randrange(12500, 14500, 5), 10)
    sp_pct = Fraction(175, 100)
    pref = rng.choice([30, 50, 70, 80, 90])
    usd = rng.randrange(3, 30) * 100
    spread = base * sp_pct / 100
    eff = base + spread * (100 - pref) / 100
    no_pref = base + spread
    save = (no_pref - eff) * usd
    mode = rng.randrange(2)
    st = pick_style(rng)
    if mode == 0:
        ans = _rd(eff, 2) + "원"
        text = (f"달러의 매매기준율이 {_dec(base)}원이고, 현찰을 살 때에는 매매기준율에 {_pc('1.75', st)}의 환전 수수료가 더해진다. "
                f"은행 앱에서 환전 수수료의 {_pc(pref, st)}를 할인해 주는 환율 우대를 받으면 1달러를 살 때 적용되는 환율은 얼마인지 "
                f"소수 셋째 자리에서 반올림하여 {_q(rng)}")
        return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["환율"],
                       check=lambda: _near(ans[:-1], float(base) * (1 + 0.0175 * (1 - pref / 100)), 2))
    ans = _rd(save, 0) + "원"
    text = rng.choice([
        f"{josa(name(rng), '은/는')} {usd:,}달러를 현찰로 사려고 한다. 매매기준율은 1달러에 {_dec(base)}원, 현찰 살 때의 수수료율은 "
        f"{_pc('1.75', st)}이다. 수수료를 {_pc(pref, st)} 우대받으면 우대받지 않을 때보다 몇 원을 아낄 수 있는지 {_q(rng)} (원 단위 미만은 반올림)",
        f"환율 우대 {_pc(pref, st)} 쿠폰이 있다. 매매기준율이 {_dec(base)}원이고 현찰 살 때 수수료율이 {_pc('1.75', st)}일 때, "
        f"{usd:,}달러를 환전하면서 이 쿠폰으로 절약하는 금액은 약 얼마인가? (원 단위 미만은 반올림)",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B", concepts=["환율"],
                   check=lambda: abs(float(ans[:-1].replace(",", "")) - usd * float(base) * 0.0175 * pref / 100) <= 0.5 + 1e-6)


@family("12경수01-02", "currency-value-change")
def _fx_value(rng: random.Random) -> Problem:
    r0 = rng.choice(range(1000, 1500, 50))
    factor = rng.choice([Fraction(5, 4), Fraction(6, 5), Fraction(9, 10), Fraction(4, 5), Fraction(11, 10), Fraction(21, 20)])
    r1 = r0 * factor
    if r1.denominator != 1:
        return _fx_value(rng)
    usd_change = (factor - 1) * 100
    won_change = (1 / factor - 1) * 100
    if rng.random() < 0.5:
        ans = _rd(won_change, 1) + "%"
        text = rng.choice([
            f"원/달러 환율이 1달러당 {r0:,}원에서 {int(r1):,}원으로 바뀌었다. 달러로 나타낸 원화의 가치(1원이 몇 달러인지)는 "
            f"몇 % 변하였는지 소수 둘째 자리에서 반올림하여 {_q(rng)} (단, 오르면 양수, 내리면 음수로 쓴다.)",
            f"환율이 {r0:,}원/달러에서 {int(r1):,}원/달러가 되었을 때, 달러 대비 원화 가치의 변화율(%)을 반올림하여 소수 첫째 자리까지 쓰시오.",
        ])
        return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B", concepts=["환율"],
                       check=lambda: _near(ans, (r0 / float(r1) - 1) * 100, 1))
    correct = f"달러 가치 {_dec(abs(usd_change))}% {'상승' if factor > 1 else '하락'}, 원화 가치 약 {_rd(abs(won_change), 1)}% {'하락' if factor > 1 else '상승'}"
    wrong = [f"달러 가치 {_dec(abs(usd_change))}% {'상승' if factor > 1 else '하락'}, 원화 가치 {_dec(abs(usd_change))}% {'하락' if factor > 1 else '상승'}",
             f"달러 가치 {_dec(abs(usd_change))}% {'하락' if factor > 1 else '상승'}, 원화 가치 약 {_rd(abs(won_change), 1)}% {'상승' if factor > 1 else '하락'}",
             f"달러 가치 약 {_rd(abs(won_change), 1)}% {'상승' if factor > 1 else '하락'}, 원화 가치 {_dec(abs(usd_change))}% {'하락' if factor > 1 else '상승'}",
             f"달러 가치 {_dec(abs(usd_change))}% {'상승' if factor > 1 else '하락'}, 원화 가치 변화 없음",
             f"달러 가치 변화 없음, 원화 가치 {_dec(abs(usd_change))}% {'하락' if factor > 1 else '상승'}"]
    ch = choices(rng, correct, wrong)
    text = (f"원/달러 환율이 {r0:,}원에서 {int(r1):,}원으로 변했을 때, 달러와 원화의 가치 변화를 옳게 짝 지은 것은? "
            f"(소수 둘째 자리에서 반올림)\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=4, achievement_level="B", concepts=["환율"],
                   choice=ch, check=lambda: abs(float(r1) / r0 - float(factor)) < 1e-12)


# =================================================================================================
# 12경수01-03  세금 (부가가치세, 누진세, 누진공제, 실효세율, 이자소득세, 비례세와 누진세)
# =================================================================================================
_KR_BRACKETS = [(14_000_000, 6), (50_000_000, 15), (88_000_000, 24), (150_000_000, 35), (300_000_000, 38)]
_FAKE_BRACKETS = [
    [(10_000_000, 10), (40_000_000, 20), (None, 30)],
    [(20_000_000, 5), (60_000_000, 15), (None, 25)],
    [(12_000_000, 8), (46_000_000, 16), (88_000_000, 24), (None, 32)],
]


def _man(v: int) -> str:
    """An amount in 원 written with 억/만 as Korean tables do: 150,000,000 → '1억 5,000만 원'."""
    eok, man = divmod(v // 10000, 10000)
    if eok and man:
        return f"{eok}억 {man:,}만 원"
    if eok:
        return f"{eok}억 원"
    return f"{man:,}만 원"


def _unman(text: str) -> int:
    """Inverse of :func:`_man` (ignores a leading 약)."""
    t = text.replace("약", "").replace("원", "").replace(",", "").strip()
    eok, _, rest = t.rpartition("억")
    man = rest.replace("만", "").strip()
    return (int(eok or 0) * 10000 + int(man or 0)) * 10000


def _brk_table(br: list, deduction: bool = False) -> str:
    head = "| 과세표준 | 세율 |" + (" 누진공제액 |" if deduction else "") + "\n|---|---|" + ("---|" if deduction else "")
    rows, lo = [], 0
    for up, rate in br:
        lab = (f"{_man(lo)} 초과 " if lo else "") + (f"{_man(up)} 이하" if up else "")
        if up is None:
            lab = f"{_man(lo)} 초과"
        row = f"| {lab} | {rate}% |"
        if deduction:
            row += f" {_man(_deduct(br, rate))} |" if _deduct(br, rate) else " - |"
        rows.append(row)
        lo = up or lo
    return head + "\n" + "\n".join(rows)


def _deduct(br: list, rate: int) -> int:
    """누진공제액 of the bracket with ``rate``: the tax at rate on the whole base minus the real tax."""
    lo, ded, prev_rate = 0, 0, 0
    for up, r in br:
        ded += lo * (r - prev_rate) // 100
        if r == rate:
            return ded
        lo, prev_rate = up, r
    raise ValueError(rate)


def _tax(br: list, base: int) -> int:
    t, lo = Fraction(0), 0
    for up, r in br:
        top = base if up is None else min(base, up)
        if top > lo:
            t += Fraction((top - lo) * r, 100)
        if up is None or base <= up:
            break
        lo = up
    assert t.denominator == 1
    return int(t)


@family("12경수01-03", "vat-add-to-supply-price")
def _tax_vat_add(rng: random.Random) -> Problem:
    supply = rng.randrange(3, 900) * 1000 + rng.choice([0, 0, 500])
    vat = supply // 10
    total = supply + vat
    thing = rng.choice(["노트북", "책상", "자전거", "냉장고", "태블릿", "공기청정기", "교복 세트"])
    mode = rng.randrange(3)
    if mode == 0:
        ans = _won(total)
        text = rng.choice([
            f"공급가액이 {_won(supply)}인 {josa(thing, '을/를')} 살 때, 부가가치세 10%를 포함하여 내야 하는 금액을 {_q(rng)}",
            f"{thing}의 세금을 뺀 가격(공급가액)은 {_won(supply)}이다. 부가가치세율이 10%일 때 소비자가 내는 가격은 얼마인가?",
        ])
        fmt = "word"
    elif mode == 1:
        ans = _won(vat)
        text = (f"어느 가게에서 공급가액 {_won(supply)}인 {josa(thing, '을/를')} 팔았다. 이때 소비자에게 받는 부가가치세는 "
                f"얼마인지 {_q(rng)} (부가가치세율은 10%이다.)")
        fmt = "word"
    else:
        ans = f"{vat:,}, {total:,}"
        text = (f"다음은 {thing} 판매 영수증의 일부이다. (가), (나)에 알맞은 수를 차례대로 쓰시오.\n"
                f"공급가액: {supply:,}원\n부가세(10%): (가)원\n합계: (나)원")
        fmt = "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=1, achievement_level="E", concepts=["세금"],
                   check=lambda: supply % 10 == 0 and total * 10 == supply * 11 and vat * 10 == supply)


@family("12경수01-03", "vat-extract-from-total")
def _tax_vat_extract(rng: random.Random) -> Problem:
    items = rng.sample([("아메리카노", 4400), ("케이크", 6600), ("샌드위치", 7700), ("라떼", 5500), ("쿠키", 2200),
                        ("티셔츠", 19800), ("볼펜 세트", 3300), ("이어폰", 49500), ("스터디 플래너", 8800)], rng.randint(2, 3))
    qty = [rng.randint(1, 3) for _ in items]
    total = sum(p * q for (_, p), q in zip(items, qty, strict=True))
    supply = Fraction(total * 10, 11)
    vat = total - supply
    assert supply.denominator == 1
    mode = rng.randrange(2)
    lines = "\n".join(f"{nm} {q}개 {p * q:,}원" for (nm, p), q in zip(items, qty, strict=True))
    receipt = f"[영수증]\n{lines}\n합계(부가세 포함) {total:,}원"
    if mode == 0:
        ans = _won(vat)
        text = rng.choice([
            f"{receipt}\n위 영수증의 금액에 포함된 부가가치세(10%)는 얼마인지 {_q(rng)}",
            f"부가가치세 10%가 포함된 가격으로 물건을 샀다.\n{receipt}\n이 중 부가가치세는 얼마인가?",
        ])
    else:
        ans = _won(supply)
        text = (f"{receipt}\n위 금액에서 부가가치세(10%)를 뺀 공급가액을 {_q(rng)}")
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D", concepts=["세금"],
                   check=lambda: int(ans[:-1].replace(",", "")) * 11 == (total * 10 if mode == 1 else total))


@family("12경수01-03", "vat-payable-business")
def _tax_vat_pay(rng: random.Random) -> Problem:
    sales = rng.randrange(200, 3000) * 100_000  # 공급가액 매출
    buy = int(sales * Fraction(rng.randrange(30, 75), 100) // 100_000) * 100_000
    pay = (sales - buy) // 10
    shop = rng.choice(["빵집", "꽃집", "문구점", "카페", "가구 공방", "옷가게"])
    q = rng.choice(["1분기", "상반기", "하반기", "이번 과세 기간"])
    mode = rng.random()
    if mode < 0.5:
        ans = _won(pay)
        text = rng.choice([
            f"어느 {shop}의 {q} 매출액(공급가액)은 {sales // 10000:,}만 원이고, 재료와 물품을 사들인 금액(공급가액)은 {buy // 10000:,}만 원이다. "
            f"부가가치세율이 10%일 때 이 {josa(shop, '이/가')} 납부할 부가가치세를 {_q(rng)} (단, 납부세액 = 매출세액 − 매입세액)",
            f"| 구분 | 공급가액 |\n|---|---|\n| 매출 | {sales // 10000:,}만 원 |\n| 매입 | {buy // 10000:,}만 원 |\n"
            f"위 표는 어느 {shop}의 {q} 거래 내역이다. 이 가게가 내야 할 부가가치세는 얼마인가? (세율 10%)",
        ])
        fmt = "data" if "|" in text else "word"
        d = 3
    else:
        total_sales = sales * 11 // 10
        ans = _won(pay)
        text = (f"{josa(shop, '을/를')} 운영하는 {josa(name(rng), '은/는')} {q}에 부가가치세를 포함하여 {total_sales // 10000:,}만 원어치를 팔았고, "
                f"공급가액 {buy // 10000:,}만 원어치의 재료를 부가가치세 10%를 더 내고 샀다. 납부해야 할 부가가치세를 {_q(rng)}")
        fmt, d = "word", 4
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d), concepts=["세금"],
                   check=lambda: int(ans[:-1].replace(",", "")) == round(sales * 0.1) - round(buy * 0.1))


@family("12경수01-03", "progressive-income-tax")
def _tax_prog(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        br = _KR_BRACKETS
        base = rng.randrange(1800, 14000) * 10000
        who = rng.choice(["우리나라의 어느 근로자", f"{name(rng)}의 이모", "어느 자영업자"])
    else:
        br = rng.choice(_FAKE_BRACKETS)
        base = rng.randrange(1500, 12000) * 10000
        who = rng.choice(["가상의 나라 A국의 어느 시민", "어느 나라의 한 직장인"])
    t = _tax(br, base)
    ans = _won(t)
    table = _brk_table(br)
    text = rng.choice([
        f"다음은 종합소득세의 세율표이다.\n{table}\n{who}의 과세표준이 {_man(base)}일 때, 산출세액을 {_q(rng)} "
        f"(단, 각 구간을 넘는 금액에만 그 구간의 세율을 적용한다.)",
        f"{table}\n위와 같은 누진세율이 적용될 때, 과세표준 {_man(base)}에 대한 소득세는 얼마인가?",
        f"과세표준이 {_man(base)}인 {josa(who, '이/가')} 내야 할 소득세를 아래 세율표를 이용하여 {_q(rng)}\n{table}",
    ])
    d = 3 if base < (br[1][0] or 10**12) else 4
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=secondary_level(d), concepts=["세금"],
                   check=lambda: _tax_by_deduction(br, base) == t)


def _tax_by_deduction(br: list, base: int) -> int:
    lo = 0
    for up, r in br:
        if up is None or base <= up:
            return base * r // 100 - _deduct(br, r)
        lo = up
    raise ValueError(lo)


@family("12경수01-03", "progressive-deduction-fill")
def _tax_ded(rng: random.Random) -> Problem:
    br = rng.choice([_KR_BRACKETS, *_FAKE_BRACKETS])
    k = rng.randrange(1, len(br))
    rate = br[k][1]
    ded = _deduct(br, rate)
    lo = br[k - 1][0]
    mode = rng.randrange(2)
    if mode == 0:
        ans = f"{ded // 10000:,}만 원"
        text = (f"{_brk_table(br)}\n과세표준이 {lo // 10000:,}만 원을 넘는 {rate}% 구간에서는 '과세표준 × {rate}% − (누진공제액)'으로 "
                f"세액을 간단히 구할 수 있다. 이 구간의 누진공제액은 몇 만 원인지 {_q(rng)}")
        return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B", concepts=["세금"],
                       check=lambda: _tax(br, lo + 10000) == (lo + 10000) * rate // 100 - ded)
    up = br[k][0] or lo * 2
    base = rng.randrange(lo // 10000 + 1, up // 10000) * 10000
    t = base * rate // 100 - ded
    ans = _won(t)
    text = (f"다음 표를 이용하여 과세표준이 {_man(base)}인 사람의 소득세를 {_q(rng)}\n{_brk_table(br, deduction=True)}\n"
            f"(단, 세액 = 과세표준 × 세율 − 누진공제액)")
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["세금"],
                   check=lambda: _tax(br, base) == t)


@family("12경수01-03", "effective-vs-marginal-rate")
def _tax_eff(rng: random.Random) -> Problem:
    br = rng.choice([_KR_BRACKETS, *_FAKE_BRACKETS])
    base = rng.randrange(3000, 13000) * 10000
    t = _tax(br, base)
    eff = Fraction(t * 100, base)
    marg = next(r for up, r in br if up is None or base <= up)
    if rng.random() < 0.5:
        ans = _rd(eff, 1) + "%"
        text = (f"{_brk_table(br)}\n과세표준이 {_man(base)}인 사람의 실효세율(과세표준에 대한 실제 세액의 비율)을 "
                f"소수 둘째 자리에서 반올림하여 {_q(rng)}")
        return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B", concepts=["세금"],
                       check=lambda: _near(ans, _tax_by_deduction(br, base) / base * 100, 1))
    correct = f"한계세율 {marg}%, 실효세율 약 {_rd(eff, 1)}%"
    dis = [f"한계세율 {_rd(eff, 1)}%, 실효세율 약 {marg}%", f"한계세율 {marg}%, 실효세율 {marg}%",
           f"한계세율 {br[0][1]}%, 실효세율 약 {_rd(eff, 1)}%", f"한계세율 {marg}%, 실효세율 약 {_rd(Fraction(marg + br[0][1], 2), 1)}%",
           f"한계세율 {br[0][1]}%, 실효세율 {marg}%"]
    ch = choices(rng, correct, dis)
    text = (f"{_brk_table(br)}\n과세표준이 {_man(base)}일 때, 마지막 1원에 적용되는 세율(한계세율)과 실효세율을 옳게 "
            f"짝 지은 것은? (실효세율은 소수 둘째 자리에서 반올림)\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=4, achievement_level="B", concepts=["세금"],
                   choice=ch, check=lambda: _tax(br, base + 100) - t == marg)


@family("12경수01-03", "interest-income-tax")
def _tax_interest(rng: random.Random) -> Problem:
    p = rng.randrange(1, 50) * 1_000_000
    r = Fraction(rng.choice([25, 30, 32, 35, 38, 40, 42, 45, 50]), 10)
    st = pick_style(rng)
    interest = p * r / 100
    tax = interest * Fraction(154, 1000)
    mode = rng.randrange(2)
    if mode == 0:
        net = p + interest - tax
        ans = _rd(net, 0) + "원"
        text = rng.choice([
            f"{josa(name(rng), '은/는')} {p // 10000:,}만 원을 연이율 {_pc(_dec(r), st)}인 1년 만기 정기예금에 넣었다. 만기에 받는 이자에서 "
            f"이자소득세 {_pc('15.4', st)}를 뗀다면, 만기에 실제로 받는 금액은 얼마인지 {_q(rng)} (원 단위 미만은 반올림)",
            f"1년 만기, 연이율 {_pc(_dec(r), st)}인 예금에 {p // 10000:,}만 원을 맡겼다. 이자에 대한 세금이 {_pc('15.4', st)}일 때 "
            f"세금을 떼고 받는 원금과 이자의 합은 얼마인가? (원 단위 미만은 반올림)",
        ])
        return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["세금", "이자율"],
                       also=["12경수01-04"],
                       check=lambda: abs(float(ans[:-1].replace(",", "")) - (p + p * float(r) / 100 * 0.846)) <= 0.5 + 1e-6)
    ans = _rd(tax, 0) + "원"
    text = (f"예금 이자 {_rd(interest, 0)}원을 받을 때 원천징수되는 세금은 얼마인지 {_q(rng)} "
            f"(단, 이자소득세 14%와 지방소득세 1.4%를 합한 {_pc('15.4', st)}를 적용하고, 원 단위 미만은 버린다.)")
    ans = f"{int(tax):,}원"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["세금"], check=lambda: int(ans[:-1].replace(",", "")) == int(float(interest) * 0.154 + 1e-9))


@family("12경수01-03", "flat-vs-progressive")
def _tax_flat(rng: random.Random) -> Problem:
    br = rng.choice(_FAKE_BRACKETS)
    flat = rng.choice([12, 15, 18, 20])
    # income where flat tax == progressive tax (search on 10,000-won grid); build around it
    incomes = [rng.randrange(1500, 12000) * 10000 for _ in range(3)]
    inc = incomes[0]
    t_prog, t_flat = _tax(br, inc), inc * flat // 100
    if t_prog == t_flat:
        inc += 10000
        t_prog, t_flat = _tax(br, inc), inc * flat // 100
    more = "누진세" if t_prog > t_flat else "비례세"
    ans = f"{more} 방식이 {abs(t_prog - t_flat):,}원 더 많다"
    text = rng.choice([
        f"A국은 모든 소득에 {flat}%의 세율을 적용하는 비례세를, B국은 다음과 같은 누진세를 적용한다.\n{_brk_table(br)}\n"
        f"과세표준이 {_man(inc)}인 사람에게 두 방식 중 어느 쪽의 세금이 얼마나 더 많은지 {_q(rng)}",
        f"{_brk_table(br)}\n위 누진세율과 {flat}%의 단일 세율(비례세)을 비교하려고 한다. 과세표준 {_man(inc)}에 대하여 "
        f"세금이 더 많은 방식과 그 차이를 쓰시오.",
    ])
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B", concepts=["세금"],
                   check=lambda: (_tax_by_deduction(br, inc) > inc * flat / 100) == (more == "누진세"))


@family("12경수01-03", "tax-exempt-receipt")
def _tax_exempt(rng: random.Random) -> Problem:
    exempt = rng.sample([("쌀 4kg", 16000), ("배추 2포기", 7000), ("두부 1모", 2000), ("달걀 한 판", 8000), ("사과 1봉", 12000),
                         ("생닭 1마리", 9000)], 2)
    taxed = rng.sample([("세제", 13200), ("과자", 3300), ("라면 1묶음", 5500), ("음료수", 2200), ("휴지", 16500),
                        ("통조림 햄", 6600)], 2)
    total_ex = sum(v for _, v in exempt)
    total_tx = sum(v for _, v in taxed)
    vat = total_tx // 11
    lines = "\n".join(f"{nm} (면세) {v:,}원" for nm, v in exempt) + "\n" + "\n".join(f"{nm} (과세) {v:,}원" for nm, v in taxed)
    text = rng.choice([
        f"마트에서 다음과 같이 장을 보았다. 가공하지 않은 농산물 등은 부가가치세가 면제되고, 과세 품목의 가격에는 부가가치세 10%가 "
        f"포함되어 있다.\n{lines}\n총 결제 금액과 그중 부가가치세를 각각 {_q(rng)}",
        f"[영수증]\n{lines}\n과세 품목의 가격은 부가가치세(10%)를 포함한 금액이다. 이 영수증의 합계 금액과 부가세액을 구하시오.",
    ])
    ans = f"합계 {total_ex + total_tx:,}원, 부가가치세 {vat:,}원"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["세금"],
                   check=lambda: vat * 11 == total_tx)


# =================================================================================================
# 12경수01-04  단리·복리, 이자와 원리합계, 현재가치(할인율)
# =================================================================================================
_RATES = [Fraction(n, 1000) for n in (20, 25, 30, 35, 40, 45, 50, 60)]


def _approx_pow(r: Fraction, n: int, digits: int = 4) -> Fraction:
    """(1 + r)^n rounded half-up to ``digits`` decimals, as the 단서 of a problem gives it."""
    return Fraction(Decimal(_rd((1 + r) ** n, digits)))


def _given(r: Fraction, n: int, st: str, digits: int = 4) -> str:
    val = _rd(_approx_pow(r, n, digits), digits)
    if st == "latex":
        return f"${_dec(1 + r)}^{{{n}}}={val}$"
    return f"{_pw(_dec(1 + r), n, st)} = {val}"


def _rp(r: Fraction, st: str) -> str:
    return _pc(_dec(r * 100), st)


@family("12경수01-04", "simple-interest-amount")
def _int_simple(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randrange(10, 500) * 10000
    r = rng.choice(_RATES)
    n = rng.randint(2, 6)
    total = p * (1 + r * n)
    interest = p * r * n
    who = name(rng)
    mode = rng.randrange(3)
    if mode == 0:
        ans = _won(total)
        text = rng.choice([
            f"{josa(who, '이/가')} {p // 10000:,}만 원을 연이율 {_rp(r, st)}의 단리로 {n}년 동안 예금하였다. {n}년 후의 원리합계를 {_q(rng)}",
            f"원금 {_won(p)}을 연이율 {_rp(r, st)}, 단리로 {n}년간 맡기면 원리합계는 얼마인가?",
        ])
    elif mode == 1:
        ans = _won(interest)
        text = f"연이율 {_rp(r, st)}의 단리로 {_won(p)}을 {n}년 동안 빌렸을 때, 갚아야 할 이자는 모두 얼마인지 {_q(rng)}"
    else:
        ans = ", ".join(_won(p * (1 + r * k)) for k in (1, 2, 3))
        text = (f"{_won(p)}을 연이율 {_rp(r, st)}의 단리로 예금할 때, 1년 후, 2년 후, 3년 후의 원리합계를 차례대로 쓰시오. "
                f"또 원리합계는 해마다 얼마씩 늘어나는지 말해 보시오.")
        ans += f" (해마다 {_won(p * r)}씩 증가)"
    return Problem(text=text, answer=ans, format="word" if mode < 2 else "fill", difficulty=1, achievement_level="E",
                   concepts=["단리", "이자율", "원리합계"],
                   check=lambda: all(v.denominator == 1 for v in (total, interest)) and abs(float(total) - p * (1 + float(r) * n)) < 1e-6)


@family("12경수01-04", "compound-amount-given-power")
def _int_comp(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randrange(1, 100) * 100000
    r = rng.choice(_RATES)
    n = rng.choice([3, 4, 5, 6, 8, 10, 12, 15, 20])
    ap = _approx_pow(r, n)
    total = p * ap
    ans = _rd(total, 0) + "원"
    who = name(rng)
    text = rng.choice([
        f"{josa(who, '은/는')} {p // 10000:,}만 원을 연이율 {_rp(r, st)}, 1년마다 복리로 {n}년 동안 예금하려고 한다. {n}년 후의 원리합계를 {_q(rng)} "
        f"(단, {josa(_given(r, n, st), '으로/로')} 계산한다.)",
        f"연이율 {_rp(r, st)}인 복리 상품에 {_won(p)}을 넣어 두었다. {n}년 뒤 찾을 수 있는 금액은 얼마인가? (단, {_given(r, n, st)})",
        f"할아버지께서 손주 이름으로 {_won(p)}을 연이율 {_rp(r, st)}의 연복리 예금에 넣어 두셨다. {n}년 후 이 예금의 원리합계를 {_q(rng)} "
        f"(단, {_given(r, n, st)})",
    ])
    d = 2
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level="D",
                   concepts=["복리", "이자율", "원리합계"], also=["12대수03-03"] if rng.random() < 0.2 else [],
                   check=lambda: abs(float(ans[:-1].replace(",", "")) - p * round((1 + float(r)) ** n, 4)) <= 0.5 + 1e-6)


@family("12경수01-04", "simple-vs-compound-difference")
def _int_diff(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randrange(1, 50) * 1000000
    r = rng.choice(_RATES)
    n = rng.choice([5, 8, 10, 15, 20])
    ap = _approx_pow(r, n)
    simple = p * (1 + r * n)
    comp = p * ap
    diff = comp - simple
    if rng.random() < 0.5:
        ans = _rd(diff, 0) + "원"
        text = rng.choice([
            f"{_won(p)}을 연이율 {_rp(r, st)}로 {n}년 동안 예금할 때, 1년마다 복리로 계산한 원리합계는 단리로 계산한 원리합계보다 "
            f"얼마나 더 많은지 {_q(rng)} (단, {_given(r, n, st)})",
            f"A 상품: 연이율 {_rp(r, st)}, 단리\nB 상품: 연이율 {_rp(r, st)}, 연복리\n{_won(p)}을 {n}년 동안 맡길 때 두 상품의 원리합계의 차를 "
            f"{_q(rng)} (단, {_given(r, n, st)})",
        ])
        fmt = "data" if "A 상품" in text else "word"
        return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="C",
                       concepts=["단리", "복리", "원리합계"],
                       check=lambda: abs(float(ans[:-1].replace(",", "")) - p * (round((1 + float(r)) ** n, 4) - 1 - float(r) * n)) <= 0.5 + 1e-6)
    correct = f"단리 {_rd(simple, 0)}원, 복리 {_rd(comp, 0)}원"
    dis = [f"단리 {_rd(comp, 0)}원, 복리 {_rd(simple, 0)}원", f"단리 {_rd(p * r * n, 0)}원, 복리 {_rd(comp, 0)}원",
           f"단리 {_rd(simple, 0)}원, 복리 {_rd(p * (ap - 1), 0)}원", f"단리 {_rd(simple, 0)}원, 복리 {_rd(simple, 0)}원",
           f"단리 {_rd(p * r * n, 0)}원, 복리 {_rd(p * (ap - 1), 0)}원"]
    ch = choices(rng, correct, dis)
    text = (f"{_won(p)}을 연이율 {_rp(r, st)}로 {n}년 동안 예금할 때, 단리와 연복리로 계산한 원리합계를 옳게 짝 지은 것은? "
            f"(단, {_given(r, n, st)})\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["단리", "복리", "원리합계"], choice=ch, check=lambda: comp > simple)


@family("12경수01-04", "present-value-discount")
def _int_pv(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice(_RATES)
    n = rng.randint(2, 10)
    ap = _approx_pow(r, n)
    fv = rng.randrange(5, 300) * 1000000
    pv = fv / ap
    ans = "약 " + _man(int(_rd(pv / 10000, 0).replace(",", "")) * 10000)
    ctx = rng.choice([
        f"{n}년 후에 받기로 한 상금 {_man(fv)}",
        f"{n}년 뒤 만기가 되는 채권의 액면 금액 {_man(fv)}",
        f"{n}년 후 대학 등록금으로 필요한 {_man(fv)}",
        f"{n}년 후에 돌려받기로 한 돈 {_man(fv)}",
    ])
    text = rng.choice([
        f"{ctx}의 현재가치를 연이율(할인율) {_rp(r, st)}의 복리로 계산하여 만 원 단위까지 구하시오. (단, {josa(_given(r, n, st), '으로/로')} 계산하고, "
        f"만 원 미만은 반올림한다.)",
        f"할인율이 연 {_rp(r, st)}일 때, {ctx}은 지금 돈으로 약 얼마의 가치가 있는가? (단, {_given(r, n, st)}, 만 원 미만에서 반올림)",
        f"지금 얼마를 연이율 {_rp(r, st)}, 연복리로 예금하면 {n}년 후에 {josa(_man(fv), '이/가')} 되는지 만 원 미만은 반올림하여 {_q(rng)} "
        f"(단, {_given(r, n, st)})",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["현재가치", "할인율", "복리"],
                   check=lambda: abs(_unman(ans) - fv / round((1 + float(r)) ** n, 4)) <= 5000 + 1e-6)


@family("12경수01-04", "compare-now-vs-later")
def _int_compare(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice(_RATES)
    n = rng.randint(2, 6)
    ap = _approx_pow(r, n)
    now = rng.randrange(50, 500) * 100000
    later = int(now * ap * Fraction(rng.choice([93, 95, 97, 103, 105, 108]), 100) // 100000) * 100000
    pv_later = later / ap
    better = "지금" if now > pv_later else "나중"
    ans = f"{'지금 받는' if better == '지금' else f'{n}년 후에 받는'} 것이 유리하다 ({n}년 후 {later // 10000:,}만 원의 현재가치 약 {_rd(pv_later / 10000, 0)}만 원)"
    who = name(rng)
    text = rng.choice([
        f"{josa(who, '은/는')} 경품으로 '지금 {now // 10000:,}만 원 받기'와 '{n}년 후 {later // 10000:,}만 원 받기' 중 하나를 고를 수 있다. "
        f"연이율 {_rp(r, st)}의 복리를 할인율로 하여 현재가치를 비교할 때, 어느 쪽이 유리한지 판단하시오. (단, {_given(r, n, st)})",
        f"| 방법 | 받는 시점 | 금액 |\n|---|---|---|\n| A | 지금 | {now // 10000:,}만 원 |\n| B | {n}년 후 | {later // 10000:,}만 원 |\n"
        f"할인율이 연 {_rp(r, st)}(연복리)일 때, 두 방법 중 현재가치가 더 큰 것을 고르고 그 까닭을 설명하시오. (단, {_given(r, n, st)})",
    ])
    if "| 방법" in text:
        ans = ("A" if better == "지금" else "B") + ", " + ans
    return Problem(text=text, answer=ans, format="data" if "|" in text else "proof", difficulty=4, achievement_level="B",
                   concepts=["현재가치", "할인율"],
                   check=lambda: (now * round((1 + float(r)) ** n, 4) > later) == (better == "지금"))


@family("12경수01-04", "monthly-compounding")
def _int_month(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r_year = rng.choice([Fraction(24, 1000), Fraction(36, 1000), Fraction(48, 1000), Fraction(6, 100)])
    rm = r_year / 12
    years = rng.choice([1, 2, 3, 5])
    m = 12 * years
    ap = _approx_pow(rm, m)
    p = rng.randrange(1, 50) * 1000000
    total = p * ap
    ans = _rd(total, 0) + "원"
    text = rng.choice([
        f"연이율 {_rp(r_year, st)}이고 1개월마다 복리로 계산하는 예금에 {_won(p)}을 넣었다. {years}년 후의 원리합계를 {_q(rng)} "
        f"(단, 월이율은 연이율의 {_fr('1', '12', st)}이고, {_given(rm, m, st)})",
        f"{_won(p)}을 연이율 {_rp(r_year, st)}, 월복리로 {years}년 동안 예금할 때 원리합계는 얼마인가? (단, {_given(rm, m, st)})",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["복리", "이자율", "원리합계"],
                   check=lambda: abs(float(ans[:-1].replace(",", "")) - p * round((1 + float(r_year) / 12) ** m, 4)) <= 0.5 + 1e-6)


@family("12경수01-04", "find-rate-or-period-simple")
def _int_find(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randrange(10, 300) * 100000
    r = rng.choice(_RATES)
    n = rng.randint(2, 8)
    total = p * (1 + r * n)
    if rng.random() < 0.5:
        ans = f"연 {_dec(r * 100)}%"
        text = rng.choice([
            f"{_won(p)}을 단리로 {n}년 동안 예금하였더니 원리합계가 {_won(total)}이 되었다. 연이율을 {_q(rng)}",
            f"단리로 {n}년 동안 {_won(p)}을 빌렸는데 갚을 금액이 원금과 이자를 합하여 {_won(total)}이다. 연이율은 몇 %인가?",
        ])
        return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                       concepts=["단리", "이자율"], check=lambda: (total / p - 1) / n == r)
    ans = f"{n}년"
    text = (f"연이율 {_rp(r, st)}의 단리로 {_won(p)}을 예금하였다. 원리합계가 처음으로 {_won(total)} 이상이 되는 것은 몇 년 후인지 {_q(rng)}")
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["단리", "원리합계"], check=lambda: p * (1 + r * (n - 1)) < total <= p * (1 + r * n))


@family("12경수01-04", "sequence-of-balances-fill")
def _int_seq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.randrange(1, 20) * 1000000
    r = rng.choice([Fraction(n, 100) for n in (2, 4, 5, 10)])
    ans_s = [p * (1 + r * k) for k in (1, 2, 3)]
    ans_c = [p * (1 + r) ** k for k in (1, 2, 3)]
    if any(v.denominator != 1 for v in ans_c):
        return _int_seq(rng)
    body = (f"{_won(p)}을 연이율 {_rp(r, st)}로 예금할 때, n년 후의 원리합계를 단리로 계산한 것을 aₙ, 연복리로 계산한 것을 bₙ이라 하자.\n"
            f"| n | 1 | 2 | 3 |\n|---|---|---|---|\n| aₙ(원) | (가) | (나) | (다) |\n| bₙ(원) | (라) | (마) | (바) |\n"
            "(가)~(바)에 알맞은 수를 쓰고, 수열 {aₙ}, {bₙ}이 각각 어떤 수열인지 말하시오.")
    if st == "latex":
        body = body.replace("aₙ", "$a_n$").replace("bₙ", "$b_n$").replace("{$a_n$}", "$\\{a_n\\}$").replace("{$b_n$}", "$\\{b_n\\}$")
    ans = (", ".join(f"{int(v):,}" for v in ans_s + ans_c)
           + f"; {{aₙ}}은 공차가 {int(p * r):,}인 등차수열, {{bₙ}}은 공비가 {_dec(1 + r)}인 등비수열")
    return Problem(text=body, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["단리", "복리", "원리합계"], also=["12대수03-02", "12대수03-03"],
                   check=lambda: ans_c[2] * ans_c[0] == ans_c[1] ** 2 and ans_s[2] + ans_s[0] == 2 * ans_s[1])


@family("12경수01-04", "doubling-time-log")
def _int_double(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice([Fraction(n, 100) for n in (2, 3, 4, 5, 6, 8)])
    k = rng.choice([2, 2, 3])
    lg = {2: Fraction(3010, 10000), 3: Fraction(4771, 10000)}[k]
    lr = Fraction(Decimal(_rd(Fraction(int(_math.log10(float(1 + r)) * 10**8), 10**8), 4)))
    n = -(-lg // lr)  # ceil
    ans = f"{n}년 후"
    lgs = f"log {_dec(1 + r)} = {_rd(lr, 4)}, log {k} = {_rd(lg, 4)}"
    if st == "latex":
        lgs = f"$\\log {_dec(1 + r)} = {_rd(lr, 4)}$, $\\log {k} = {_rd(lg, 4)}$"
    word = {2: "2배", 3: "3배"}[k]
    text = rng.choice([
        f"연이율 {_rp(r, st)}, 1년마다 복리로 예금한 돈이 처음으로 원금의 {word} 이상이 되는 것은 몇 년 후인지 {_q(rng)} (단, {lgs})",
        f"원금을 연복리 {_rp(r, st)}로 예금할 때, 원리합계가 원금의 {word} 이상이 되려면 최소 몇 년이 지나야 하는가? (단, {lgs})",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["복리", "원리합계"], also=["12대수01-05"],
                   check=lambda: (n - 1) * lr < lg <= n * lr)


# =================================================================================================
# 12경수01-05  연금 (연금의 현재가치, 기초·기말, 영구연금, 원리금균등상환, 적립 연금)
# =================================================================================================
def _pv_end(a: int, r: Fraction, ap: Fraction) -> Fraction:
    """PV of n end-of-period payments a, with (1+r)^n given as ``ap``: a(ap − 1)/(r·ap)."""
    return a * (ap - 1) / (r * ap)


def _pv_sum(a: int, r: Fraction, n: int, begin: bool = False) -> float:
    """Term-by-term float re-derivation of an annuity's present value (for ``check``)."""
    return sum(a / (1 + float(r)) ** (k - (1 if begin else 0)) for k in range(1, n + 1))


@family("12경수01-05", "annuity-pv-end-of-year")
def _ann_end(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice(_RATES)
    n = rng.choice([5, 8, 10, 12, 15, 20])
    ap = _approx_pow(r, n)
    a = rng.randrange(10, 600) * 100000
    pv = _pv_end(a, r, ap)
    ans = "약 " + _man(int(_rd(pv / 10000, 0).replace(",", "")) * 10000)
    ctx = rng.choice([
        f"퇴직한 할머니께서 앞으로 {n}년 동안 매년 말에 {_man(a)}씩 받는 연금",
        f"복권 당첨자가 올해부터 {n}년 동안 매년 말에 {_man(a)}씩 나누어 받는 당첨금",
        f"어느 회사가 앞으로 {n}년 동안 매년 말에 {_man(a)}씩 받게 될 임대료",
    ])
    text = rng.choice([
        f"{ctx}의 현재가치를 연이율 {_rp(r, st)}, 1년마다 복리로 계산하여 만 원 미만은 반올림하여 {_q(rng)} (단, {_given(r, n, st)})",
        f"할인율이 연 {_rp(r, st)}일 때, {josa(ctx, '은/는')} 지금 한꺼번에 받는 금액으로 얼마와 같은가? 만 원 미만은 반올림하시오. "
        f"(단, {_given(r, n, st)})",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["연금", "현재가치", "할인율"], also=["12대수03-03"] if rng.random() < 0.3 else [],
                   check=lambda: abs(_unman(ans) - _pv_sum(a, r, n)) <= 5000 + a / float(r * ap * ap) * 6e-5)


@family("12경수01-05", "annuity-pv-beginning-of-year")
def _ann_begin(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice(_RATES)
    n = rng.choice([5, 6, 10, 12, 20])
    ap1 = _approx_pow(r, n - 1)
    a = rng.randrange(12, 500) * 100000
    # PV = a(1 + 1/(1+r) + ... + 1/(1+r)^(n-1)) = a((1+r)^n - 1)/(r (1+r)^(n-1)); give (1+r)^(n-1) and derive (1+r)^n
    apn = ap1 * (1 + r)
    pv = a * (apn - 1) / (r * ap1)
    ans = "약 " + _man(int(_rd(pv / 10000, 0).replace(",", "")) * 10000)
    text = rng.choice([
        f"올해부터 {n}년 동안 매년 초에 {_man(a)}씩 받는 연금이 있다. 연이율 {_rp(r, st)}, 1년마다 복리로 계산할 때 이 연금의 현재가치를 "
        f"만 원 미만은 반올림하여 {_q(rng)} (단, {_given(r, n - 1, st)})",
        f"{josa(name(rng), '은/는')} 지금 바로 첫 번째 금액을 받고 그 뒤로 1년마다 {_man(a)}씩, 모두 {n}번을 받기로 하였다. 할인율이 연 {_rp(r, st)}일 때 "
        f"받게 될 금액 전체의 현재가치는 약 얼마인가? (단, {_given(r, n - 1, st)}, 만 원 미만은 반올림)",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["연금", "현재가치"], also=["12대수03-03"],
                   check=lambda: abs(_unman(ans) - _pv_sum(a, r, n, begin=True)) <= 5000 + a / float(r * ap1 * ap1) * 1.1e-4)


@family("12경수01-05", "perpetuity")
def _ann_perp(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice([Fraction(n, 100) for n in (2, 4, 5, 8, 10)] + [Fraction(25, 1000)])
    a = rng.randrange(1, 80) * 1000000
    begin = rng.random() < 0.35
    pv = a / r + (a if begin else 0)
    assert pv.denominator == 1
    ans = _man(int(pv))
    when = "매년 초" if begin else "매년 말"
    who = rng.choice(["어느 장학 재단", "어느 마을 도서관 후원회", "어느 동문회", "어느 기업의 사회 공헌 재단"])
    text = rng.choice([
        f"{josa(who, '이/가')} {when}에 {_man(a)}씩 장학금을 영원히 지급하려고 한다. 연이율 {_rp(r, st)}, 1년마다 복리로 운용할 때, "
        f"지금 마련해야 하는 기금은 얼마인지 {_q(rng)}",
        f"{when}에 {_man(a)}씩 끝없이 받는 연금의 현재가치를 할인율 연 {_rp(r, st)}로 계산하면 얼마인가?",
    ])
    d = 4 if begin else 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["연금", "현재가치"], also=["12미적Ⅱ-01-05"],
                   check=lambda: abs(_unman(ans) - (_pv_sum(a, r, 3000, begin=begin))) < 1)


@family("12경수01-05", "loan-equal-installment")
def _ann_loan(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice(_RATES)
    n = rng.choice([3, 5, 10, 15, 20])
    ap = _approx_pow(r, n)
    loan = rng.randrange(5, 500) * 1000000
    pay = loan * r * ap / (ap - 1)
    ans = _rd(pay, 0) + "원"
    who = rng.choice([f"{name(rng)}의 삼촌", "신혼부부", "어느 자영업자", f"{name(rng)}의 누나"])
    what = rng.choice(["전세 자금", "가게 인테리어 비용", "자동차 구입 비용", "학자금"])
    text = rng.choice([
        f"{josa(who, '이/가')} {what}으로 {_man(loan)}을 빌렸다. 빌린 지 1년 후부터 매년 말에 같은 금액씩 {n}번에 걸쳐 갚으려고 한다. "
        f"연이율 {_rp(r, st)}, 1년마다 복리일 때 매년 갚아야 할 금액을 원 단위 미만은 반올림하여 {_q(rng)} (단, {_given(r, n, st)})",
        f"{_man(loan)}을 연이율 {_rp(r, st)}(연복리)로 빌려 1년 후부터 {n}년 동안 매년 말에 일정한 금액 x원씩 갚는다. "
        f"갚는 금액의 현재가치의 합이 빌린 금액과 같음을 이용하여 x를 {_q(rng)} (단, {_given(r, n, st)}, 원 단위 미만은 반올림)",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["연금", "현재가치", "이자율"], also=["12대수03-03"],
                   check=lambda: abs(float(ans[:-1].replace(",", "")) - loan * float(r) / (1 - (1 + float(r)) ** -n))
                   <= loan * float(r / (ap - 1) ** 2) * 6e-5 + 1)


@family("12경수01-05", "lump-sum-vs-annuity")
def _ann_lump(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice(_RATES)
    n = rng.choice([10, 15, 20])
    ap = _approx_pow(r, n)
    a = rng.randrange(5, 50) * 1000000
    pv = _pv_end(a, r, ap)
    lump = int(pv * Fraction(rng.choice([90, 93, 96, 104, 107, 110]), 100) // 10000000) * 10000000
    better = "일시금" if lump > pv else "연금"
    ans = f"{better}으로 받는 것이 유리하다 (연금의 현재가치 약 {_man(int(_rd(pv / 10000, 0).replace(',', '')) * 10000)})"
    prize = rng.choice(["복권 당첨금", "퀴즈 대회 상금", "보험금"])
    text = rng.choice([
        f"{prize}을 '지금 한꺼번에 {_man(lump)}' 받거나 '1년 후부터 {n}년 동안 매년 말에 {_man(a)}씩' 받을 수 있다. "
        f"할인율이 연 {_rp(r, st)}(연복리)일 때, 어느 방법이 유리한지 현재가치를 비교하여 판단하시오. (단, {_given(r, n, st)})",
        f"| 방법 | 받는 방식 |\n|---|---|\n| 일시금 | 지금 {_man(lump)} |\n| 연금 | 1년 후부터 {n}년간 매년 말 {_man(a)} |\n"
        f"연이율 {_rp(r, st)}, 1년마다 복리로 계산할 때 어느 방법을 선택하는 것이 합리적인지 설명하시오. (단, {_given(r, n, st)})",
    ])
    return Problem(text=text, answer=ans, format="data" if "|" in text else "proof", difficulty=4, achievement_level="B",
                   concepts=["연금", "현재가치", "할인율"],
                   check=lambda: (lump > _pv_sum(a, r, n)) == (better == "일시금"))


@family("12경수01-05", "annuity-terms-geometric-fill")
def _ann_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice([Fraction(n, 100) for n in (2, 3, 4, 5, 6)])
    n = rng.choice([5, 10, 20])
    a = rng.randrange(1, 100) * 100000
    R = _dec(1 + r)
    if st == "latex":
        terms = (f"$\\frac{{{a}}}{{{R}}}, \\frac{{{a}}}{{{R}^{{2}}}}, \\frac{{{a}}}{{{R}^{{3}}}}, \\cdots, \\frac{{{a}}}{{{R}^{{{n}}}}}$")
        blank = "$\\frac{a}{(\\quad)}$"
    else:
        terms = f"{a}/{R}, {a}/{R}², {a}/{R}³, …, {a}/{R}{str(n).translate(_SUP)}" if st == "unicode" else \
            f"{a}/{R}, {a}/{R}^2, {a}/{R}^3, ..., {a}/{R}^{n}"
        blank = "(    )"
    text = (f"1년 후부터 매년 말에 {a:,}원씩 {n}년 동안 받는 연금의 현재가치를 할인율 연 {_rp(r, st)}로 구하려고 한다.\n"
            f"각 해에 받는 금액의 현재가치를 차례대로 나열하면 {terms}이다.\n"
            f"(1) 이 수열은 첫째항이 (가), 공비가 (나)인 등비수열이다.\n"
            f"(2) 연금의 현재가치는 이 등비수열의 첫째항부터 제(다)항까지의 합이다.\n(가), (나), (다)에 알맞은 것을 쓰시오.")
    del blank
    ans = f"(가) {a}/{R}, (나) 1/{R}, (다) {n}"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["연금", "현재가치"], also=["12대수03-03"],
                   check=lambda: abs(float(a) / float(1 + r) * (1 - float(1 / (1 + r)) ** n) / (1 - float(1 / (1 + r)))
                                     - _pv_sum(a, r, n)) < 1e-6)


@family("12경수01-05", "savings-future-value")
def _ann_fv(rng: random.Random) -> Problem:
    st = pick_style(rng)
    monthly = rng.random() < 0.5
    if monthly:
        r = rng.choice([Fraction(2, 1000), Fraction(25, 10000), Fraction(3, 1000), Fraction(4, 1000)])
        n = rng.choice([12, 24, 36])
        a = rng.randrange(5, 60) * 10000
        unit, per = "월", "매월 초"
    else:
        r = rng.choice(_RATES)
        n = rng.choice([5, 10, 15])
        a = rng.randrange(50, 600) * 10000
        unit, per = "연", "매년 초"
    ap = _approx_pow(r, n)
    fv = a * (1 + r) * (ap - 1) / r  # 기초 적립
    ans = _rd(fv, 0) + "원"
    who = name(rng)
    text = rng.choice([
        f"{josa(who, '은/는')} {per}에 {a // 10000:,}만 원씩 {unit}이율 {_rp(r, st)}, {'1개월' if monthly else '1년'}마다 복리인 적금에 {n}번 넣었다. "
        f"마지막으로 넣은 때로부터 {'1개월' if monthly else '1년'} 후(처음 넣은 때로부터 {n}{'개월' if monthly else '년'} 후)의 원리합계를 원 단위 미만은 반올림하여 {_q(rng)} (단, {_given(r, n, st)})",
        f"{per}에 {_man(a)}씩 {n}{'개월' if monthly else '년'} 동안 적립하는 연금 저축이 있다. {unit}이율 {_rp(r, st)}의 복리로 계산할 때 "
        f"처음 적립한 때로부터 {n}{'개월' if monthly else '년'} 후의 적립금 총액은 얼마인가? (단, {_given(r, n, st)}, 원 단위 미만은 반올림)",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["연금", "원리합계", "복리"], also=["12대수03-03", "12경수01-04"],
                   check=lambda: abs(float(ans[:-1].replace(",", "")) - sum(a * (1 + float(r)) ** k for k in range(1, n + 1)))
                   <= a * (1 + float(r)) / float(r) * 6e-5 + 1)


@family("12경수01-05", "pension-needed-at-retirement")
def _ann_retire(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r = rng.choice(_RATES)
    n = rng.choice([10, 15, 20, 25])
    m = rng.choice([5, 10, 15])
    ap = _approx_pow(r, n)
    apm = _approx_pow(r, m)
    a = rng.randrange(6, 40) * 1000000
    pv_ret = _pv_end(a, r, ap)
    pv_now = pv_ret / apm
    mode = rng.randrange(2)
    who = rng.choice([f"{name(rng)}의 아버지", "어느 직장인", f"{name(rng)}의 이모"])
    if mode == 0:
        ans = "약 " + _man(int(_rd(pv_ret / 10000, 0).replace(",", "")) * 10000)
        text = (f"{josa(who, '은/는')} 은퇴한 뒤 1년 후부터 {n}년 동안 매년 말에 {_man(a)}씩 생활비로 쓰려고 한다. 은퇴하는 시점에 모아 두어야 할 "
                f"금액을 연이율 {_rp(r, st)}(연복리)로 계산하여 만 원 미만은 반올림하여 {_q(rng)} (단, {_given(r, n, st)})")
        return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                       concepts=["연금", "현재가치"],
                       check=lambda: abs(_unman(ans) - _pv_sum(a, r, n)) <= 5000 + a * n * 1e-4)
    ans = "약 " + _man(int(_rd(pv_now / 10000, 0).replace(",", "")) * 10000)
    text = (f"지금부터 {m}년 후에 은퇴하는 {josa(who, '은/는')} 은퇴 1년 후부터 {n}년 동안 매년 말에 {_man(a)}씩 연금을 받는다. "
            f"이 연금의 현재(지금) 가치를 연이율 {_rp(r, st)}, 1년마다 복리로 계산하여 만 원 미만은 반올림하여 {_q(rng)} "
            f"(단, {_given(r, n, st)}, {_given(r, m, st)})")
    return Problem(text=text, answer=ans, format="word", difficulty=5, achievement_level="A",
                   concepts=["연금", "현재가치", "할인율"],
                   check=lambda: abs(_unman(ans) - _pv_sum(a, r, n) / (1 + float(r)) ** m) <= 5000 + a * n * 2e-4)


# =================================================================================================
# 12경수02-01  경제 현상을 함수로 (비용함수, 수입·이윤, 요금제, 생산함수, 평균비용, 감가상각, 소비함수)
# =================================================================================================
def _lin(fn: str, var: str, slope: int | Fraction, const: int | Fraction, st: str, *, comma: bool = False) -> str:
    """``C(x) = 300x + 50000`` in style ``st`` (const may be 0 or negative)."""
    sl = _frac_str(Fraction(slope)) if isinstance(slope, Fraction) else (f"{slope:,}" if comma and st != "latex" else str(slope))
    if st == "latex" and isinstance(slope, Fraction) and slope.denominator != 1:
        sl = f"\\frac{{{slope.numerator}}}{{{slope.denominator}}}"
    sl = "" if sl == "1" else ("-" if sl == "-1" else sl)
    cst = Fraction(const)
    cs = f"{abs(cst.numerator) // cst.denominator:,}" if comma and st != "latex" and cst.denominator == 1 else _frac_str(abs(cst))
    body = f"{sl}{var}" + ("" if cst == 0 else (f" + {cs}" if cst > 0 else f" - {cs}"))
    lhs = f"{fn}({var})" if fn else ""
    if st == "latex":
        return f"${lhs}={body.replace(' ', '')}$" if lhs else f"${body.replace(' ', '')}$"
    if st == "unicode":
        body = body.replace(" - ", " − ").replace("-", "−")
    return f"{lhs} = {body}" if lhs else body


@family("12경수02-01", "fixed-variable-cost-function")
def _fn_cost(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fixed = rng.randrange(20, 300) * 10000
    var = rng.randrange(5, 80) * 100
    shop = rng.choice([("수제 쿠키 가게", "상자", "임대료와 기계 대여료"), ("티셔츠 인쇄 공방", "장", "월세와 인건비"),
                       ("꽃다발 가게", "다발", "가게 임대료"), ("떡 공방", "상자", "월 임대료와 관리비")])
    x0 = rng.randrange(50, 800, 10)
    c0 = fixed + var * x0
    mode = rng.randrange(3)
    if mode == 0:
        ans = _lin("C", "x", var, fixed, "plain")
        text = rng.choice([
            f"어느 {josa(shop[0], '은/는')} 한 달에 {shop[2]}로 {fixed:,}원이 들고, 제품 1{shop[1]}를 만들 때마다 재료비 {var:,}원이 든다. "
            f"한 달에 x{shop[1]}를 만들 때의 총비용을 C(x)원이라 할 때, 비용함수 C(x)를 {_q(rng)}",
            f"{shop[0]}의 한 달 고정비용은 {fixed:,}원, 1{shop[1]}당 변동비용은 {var:,}원이다. 생산량 x에 대한 총비용 함수 C(x)를 식으로 나타내시오.",
        ])
        return Problem(text=text, answer=ans, format="word", difficulty=1, achievement_level="E", concepts=["비용함수"],
                       check=lambda: fixed + var * x0 == c0)
    if mode == 1:
        ans = _won(c0)
        text = (f"어느 {shop[0]}의 한 달 비용함수가 {_lin('C', 'x', var, fixed, st, comma=True)}(원)이다. (x는 한 달 생산량({shop[1]})) "
                f"이번 달에 {x0}{shop[1]}를 만들었다면 총비용은 얼마인지 {_q(rng)}")
        return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                       concepts=["비용함수"], check=lambda: c0 == fixed + var * x0)
    x1 = x0 + rng.randrange(20, 200, 10)
    c1 = fixed + var * x1
    ans = f"고정비용 {fixed:,}원, 1{shop[1]}당 변동비용 {var:,}원"
    text = (f"| 생산량({shop[1]}) | {x0} | {x1} |\n|---|---|---|\n| 총비용(원) | {c0:,} | {c1:,} |\n"
            f"위 표는 어느 {shop[0]}의 한 달 생산량과 총비용을 나타낸 것이다. 총비용이 생산량의 일차함수일 때, 고정비용과 "
            f"1{shop[1]}당 변동비용을 각각 {_q(rng)}")
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["비용함수"],
                   check=lambda: (c1 - c0) // (x1 - x0) == var and c0 - var * x0 == fixed)


@family("12경수02-01", "revenue-profit-break-even")
def _fn_profit(rng: random.Random) -> Problem:
    st = pick_style(rng)
    var = rng.randrange(10, 60) * 100
    price = var + rng.randrange(5, 60) * 100
    be = rng.randrange(50, 600, 10)
    fixed = (price - var) * be
    item = rng.choice(["떡볶이", "머그컵", "에코백", "조각 케이크", "핸드메이드 비누"])
    mode = rng.randrange(3)
    if mode == 0:
        ans = f"{be}개"
        text = rng.choice([
            f"{josa(item, '을/를')} 1개에 {price:,}원씩 파는 가게가 있다. 한 달 고정비용은 {fixed:,}원이고 1개를 만드는 데 {var:,}원이 든다. "
            f"이윤이 0이 되는 판매량(손익분기점)을 {_q(rng)}",
            f"비용함수가 {_lin('C', 'x', var, fixed, st, comma=True)}, 수입함수가 {_lin('R', 'x', price, 0, st)}일 때 "
            f"(x는 판매량(개)), 손익분기점의 판매량은 몇 개인가?",
        ])
        return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D", concepts=["비용함수"],
                       check=lambda: price * be == fixed + var * be)
    if mode == 1:
        ans = f"P(x) = {price - var}x - {fixed}"
        text = (f"{josa(item, '을/를')} 1개에 {price:,}원씩 팔 때, 고정비용은 {fixed:,}원, 1개당 변동비용은 {var:,}원이다. x개를 팔 때의 "
                f"수입 R(x), 비용 C(x)를 이용하여 이윤함수 P(x)를 {_q(rng)}")
        return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D", concepts=["비용함수"],
                       check=lambda: (price - var) * be - fixed == 0)
    x = be + rng.randrange(-40, 200, 10)
    prof = (price - var) * x - fixed
    correct = f"{prof:,}원"
    dis = [f"{price * x - fixed:,}원", f"{price * x:,}원", f"{(price - var) * x:,}원", f"{prof + fixed // 2:,}원",
           f"{-prof:,}원" if prof else "1,000원", f"{price * x - var * x - var:,}원"]
    ch = choices(rng, correct, dis)
    text = (f"{item}의 판매 가격은 {price:,}원, 한 달 고정비용은 {fixed:,}원, 1개당 변동비용은 {var:,}원이다. 한 달에 {x}개를 팔았을 때의 "
            f"이윤은? (손실이면 음수로 나타낸다.)\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", concepts=["비용함수"],
                   choice=ch, check=lambda: price * x - (fixed + var * x) == prof)


@family("12경수02-01", "plan-fee-piecewise")
def _fn_plan(rng: random.Random) -> Problem:
    base_a = rng.randrange(15, 35) * 1000
    incl_a = rng.choice([5, 10, 15])
    over_a = rng.choice([1000, 1500, 2000, 2500])
    base_b = base_a + rng.randrange(5, 20) * 1000
    # plan B unlimited; equal when base_a + over_a*(x-incl_a) = base_b
    num = base_b - base_a
    if num % over_a:
        base_b = base_a + over_a * rng.randrange(3, 12)
        num = base_b - base_a
    x_eq = incl_a + num // over_a
    unit = rng.choice(["GB", "시간"])
    what = "데이터" if unit == "GB" else "통화"
    mode = rng.randrange(2)
    if mode == 0:
        ans = f"{x_eq}{unit}"
        text = (f"휴대 전화 요금제 A는 기본요금 {base_a:,}원에 {what} {incl_a}{unit}까지 포함되고 초과하면 1{unit}마다 {over_a:,}원을 더 내며, "
                f"요금제 B는 {what} 무제한에 월 {base_b:,}원이다. 한 달 {what} 사용량이 몇 {unit}을 넘으면 요금제 B가 더 유리한지 {_q(rng)}")
        return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=[],
                       check=lambda: base_a + over_a * (x_eq - incl_a) == base_b)
    ans = f"f(x) = {base_a} (0 ≤ x ≤ {incl_a}), f(x) = {over_a}x - {over_a * incl_a - base_a} (x > {incl_a})" \
        if over_a * incl_a >= base_a else \
        f"f(x) = {base_a} (0 ≤ x ≤ {incl_a}), f(x) = {over_a}x + {base_a - over_a * incl_a} (x > {incl_a})"
    text = (f"요금제 A는 한 달에 기본요금 {base_a:,}원을 내면 {what}를 {incl_a}{unit}까지 쓸 수 있고, 그 이상은 1{unit}마다 {over_a:,}원이 추가된다. "
            f"한 달 {what} 사용량을 x{unit}, 요금을 f(x)원이라 할 때, 함수 f(x)를 x의 범위에 따라 나누어 식으로 나타내시오.")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=[],
                   check=lambda: base_a + over_a * (x_eq - incl_a) == base_b)


@family("12경수02-01", "production-function-fix-capital")
def _fn_prod(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = rng.choice([2, 4, 5, 10, 20])
    K = rng.choice([4, 9, 16, 25, 36, 49, 64, 100])
    L = rng.choice([1, 4, 9, 16, 25, 36, 49, 64, 81, 100])
    sk = int(K ** 0.5)
    sl = int(L ** 0.5)
    Q = A * sk * sl
    if st == "latex":
        f = f"$Q={A}\\sqrt{{LK}}$"
        g = f"$Q={A * sk}\\sqrt{{L}}$"
    elif st == "unicode":
        f, g = f"Q = {A}√(LK)", f"Q = {A * sk}√L"
    else:
        f, g = f"Q = {A}*sqrt(L*K)", f"Q = {A * sk}*sqrt(L)"
    factory = rng.choice(["어느 가구 공장", "어느 빵 공장", "어느 반도체 부품 공장", "어느 농장"])
    mode = rng.randrange(3)
    if mode == 0:
        ans = str(Q)
        text = (f"{factory}의 생산함수는 {f}이다. (L: 노동 투입량, K: 자본 투입량, Q: 생산량) L = {L}, K = {K}일 때 생산량 Q를 {_q(rng)}")
        return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E", concepts=["생산함수"],
                       check=lambda: Q * Q == A * A * L * K)
    if mode == 1:
        ans = g.strip("$").replace("*sqrt(L)", "√L").replace("\\sqrt{L}", "√L")
        text = (f"{factory}의 생산함수가 {f}(L: 노동량, K: 자본량)이다. 단기에는 자본량이 K = {K}으로 고정되어 있다고 할 때, "
                f"생산량 Q를 노동량 L만의 함수로 나타내시오.").replace(f"K = {K}으로", josa(f"K = {K}", "으로/로"))
        return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D", concepts=["생산함수"],
                       check=lambda: A * sk == A * int(K ** 0.5) and sk * sk == K)
    L2 = L * 4
    ans = "2배"
    text = (f"{factory}의 생산함수는 {f}이고 자본량은 K = {K}로 일정하다. 노동 투입량을 {L}에서 {L2}로 4배 늘리면 생산량은 몇 배가 되는지 "
            f"{_q(rng)}").replace(f"K = {K}로", josa(f"K = {K}", "으로/로")).replace(f"{L}에서 {L2}로", f"{L}에서 {josa(str(L2), '으로/로')}")
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D", concepts=["생산함수"],
                   check=lambda: (A * sk * int(L2 ** 0.5)) == 2 * Q)


@family("12경수02-01", "average-cost")
def _fn_avg(rng: random.Random) -> Problem:
    st = pick_style(rng)
    var = rng.randrange(5, 50) * 100
    fixed = rng.randrange(10, 200) * 10000
    xs = sorted(rng.sample([50, 100, 200, 250, 400, 500, 800, 1000], 3))
    acs = [Fraction(fixed + var * x, x) for x in xs]
    mode = rng.randrange(2)
    if mode == 0:
        x = xs[1]
        ans = _rd(acs[1], 0) + "원"
        text = rng.choice([
            f"비용함수가 {_lin('C', 'x', var, fixed, st, comma=True)}(원)인 제품을 {x}개 생산할 때, 1개당 평균비용을 {_q(rng)} (원 단위 미만은 반올림)",
            f"생산량이 x개일 때의 총비용이 {_lin('C', 'x', var, fixed, st, comma=True)}(원)이다. 생산량이 {x}개이면 평균비용 {_fr('C(x)', 'x', st)}는 얼마인가? (원 단위 미만은 반올림)",
        ])
        return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D", concepts=["비용함수"],
                       check=lambda: abs(float(ans[:-1].replace(",", "")) - (fixed / x + var)) <= 0.5)
    rows = " | ".join(str(x) for x in xs)
    ans = ", ".join(_rd(a, 0) for a in acs) + f"; 생산량이 늘수록 평균비용은 줄어들어 {var:,}원에 가까워진다"
    text = (f"비용함수가 {_lin('C', 'x', var, fixed, st, comma=True)}(원)일 때, 다음 표를 완성하고 생산량이 늘어남에 따라 평균비용이 어떻게 변하는지 쓰시오. "
            f"(원 단위 미만은 반올림)\n| 생산량 x | {rows} |\n|---|---|---|---|\n| 평균비용(원) | (가) | (나) | (다) |")
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C", concepts=["비용함수"],
                   check=lambda: acs[0] > acs[1] > acs[2] > var)


@family("12경수02-01", "straight-line-depreciation")
def _fn_dep(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([4, 5, 8, 10])
    salvage = rng.randrange(0, 30) * 100000
    per = rng.randrange(5, 60) * 100000
    cost = salvage + per * n
    t = rng.randint(1, n - 1)
    asset = rng.choice(["배달용 오토바이", "커피 머신", "업무용 컴퓨터", "제빵 오븐", "화물차"])
    mode = rng.randrange(2)
    if mode == 0:
        ans = _lin("V", "t", -per, cost, "plain") + f" (0 ≤ t ≤ {n})"
        text = (f"어느 가게가 {josa(asset, '을/를')} {cost:,}원에 샀다. {n}년 후의 잔존 가치가 {salvage:,}원이고 해마다 같은 금액씩 가치가 줄어든다고 할 때, "
                f"t년 후의 가치 V(t)원을 t에 대한 함수로 나타내시오.")
        return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D", concepts=[],
                       check=lambda: cost - per * n == salvage)
    val = cost - per * t
    ans = _won(val)
    text = rng.choice([
        f"{asset}의 t년 후 가치가 {_lin('V', 't', -per, cost, st, comma=True)}(원) (0 ≤ t ≤ {n})일 때, 구입한 지 {t}년 후의 가치는 얼마인지 {_q(rng)}",
        f"구입한 지 t년이 지난 {asset}의 가치는 {_lin('V', 't', -per, cost, st, comma=True)}(원) (0 ≤ t ≤ {n})이다. {t}년이 지난 뒤의 가치는 얼마인가?",
    ])
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E", concepts=[],
                   check=lambda: val == cost - per * t)


@family("12경수02-01", "consumption-function")
def _fn_cons(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randrange(1, 7) * 10  # 만 원
    b = Fraction(rng.choice([60, 70, 75, 80, 85, 90]), 100)
    y = rng.randrange(200, 800, 10)
    c = a + b * y
    mode = rng.randrange(3)
    bs = _dec(b)
    func = f"$C={a}+{bs}Y$" if st == "latex" else f"C = {a} + {bs}Y"
    if mode == 0:
        ans = _rd(c, 1).rstrip("0").rstrip(".") + "만 원"
        text = (f"어느 가구의 소비함수가 {func}(Y: 월 가처분소득, C: 월 소비 지출, 단위: 만 원)이다. 월 가처분소득이 {y}만 원일 때 "
                f"소비 지출은 얼마인지 {_q(rng)}")
        return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E", concepts=[],
                       check=lambda: abs(float(ans[:-3]) - (a + float(b) * y)) < 1e-9)
    if mode == 1:
        y2 = y + rng.randrange(10, 100, 10)
        c2 = a + b * y2
        ans = f"C = {a} + {bs}Y"
        text = (f"| 월 가처분소득 Y(만 원) | {y} | {y2} |\n|---|---|---|\n| 월 소비 지출 C(만 원) | {_dec(c)} | {_dec(c2)} |\n"
                f"소비 지출 C가 가처분소득 Y의 일차함수일 때, 이 함수의 식을 구하고 소득이 10만 원 늘면 소비는 얼마 늘어나는지 쓰시오.")
        ans += f", {_dec(b * 10)}만 원"
        return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=[],
                       check=lambda: (c2 - c) / (y2 - y) == b and c - b * y == a)
    save_y = Fraction(a, 1 - b)
    ans = _rd(save_y, 1).rstrip("0").rstrip(".") + "만 원"
    text = (f"소비함수가 {func}(단위: 만 원)인 가구에서 저축은 S = Y − C이다. 저축이 0이 되는 가처분소득 Y를 {_q(rng)} "
            f"(소수 둘째 자리에서 반올림)")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=[],
                   check=lambda: _near(ans.replace("만 원", ""), a / (1 - float(b)), 1))


@family("12경수02-01", "electricity-tiered-bill")
def _fn_elec(rng: random.Random) -> Problem:
    tiers = [(200, rng.choice([110, 120])), (400, rng.choice([200, 215])), (None, rng.choice([300, 310]))]
    base = [910, 1600, 7300]
    use = rng.randrange(120, 650, 5)
    cost, lo = 0, 0
    for up, pr in tiers:
        top = use if up is None else min(use, up)
        if top > lo:
            cost += (top - lo) * pr
        if up is None or use <= up:
            break
        lo = up
    k = 0 if use <= 200 else (1 if use <= 400 else 2)
    total = base[k] + cost
    table = (f"| 사용량 구간 | 기본요금 | 1kWh당 전력량 요금 |\n|---|---|---|\n| 200kWh 이하 | {base[0]:,}원 | {tiers[0][1]}원 |\n"
             f"| 201~400kWh | {base[1]:,}원 | {tiers[1][1]}원 |\n| 400kWh 초과 | {base[2]:,}원 | {tiers[2][1]}원 |")
    ans = _won(total)
    text = rng.choice([
        f"다음은 어느 지역의 가정용 전기 요금표이다. 기본요금은 전체 사용량이 속한 구간의 것을 내고, 전력량 요금은 구간별로 나누어 계산한다.\n{table}\n"
        f"한 달 전력 사용량이 {use}kWh인 가정의 전기 요금(세금 제외)을 {_q(rng)}",
        f"{table}\n위 누진 요금표에 따라 이번 달 {use}kWh를 쓴 {name(rng)}네 집의 전기 요금은 얼마인가? (기본요금은 사용량이 속한 구간의 것을 적용하고, 세금은 생각하지 않는다.)",
    ])
    return Problem(text=text, answer=ans, format="data", difficulty=3 if use > 200 else 2,
                   achievement_level="C" if use > 200 else "D", concepts=[],
                   check=lambda: total == base[k] + sum(max(0, min(use, u or 10**9) - l_) * p for (u, p), l_ in zip(tiers, [0, 200, 400], strict=True)))


# =================================================================================================
# 12경수02-02  수요함수와 공급함수, 수요곡선·공급곡선
# =================================================================================================
_GOODS = [("붕어빵", "개", 100), ("생수", "병", 100), ("공연 티켓", "장", 1000), ("사과", "kg", 500),
          ("볼펜", "자루", 100), ("운동화", "켤레", 10000), ("우유", "팩", 100), ("노트", "권", 100)]


@family("12경수02-02", "demand-from-two-points")
def _dem_two(rng: random.Random) -> Problem:
    good, unit, step = rng.choice(_GOODS)
    b = rng.choice([1, 2, 3, 4, 5])  # quantity drop per `step` 원
    p1 = rng.randrange(5, 30) * step
    p2 = p1 + rng.randrange(2, 10) * step
    q1 = rng.randrange(60, 400, 5)
    q2 = q1 - b * (p2 - p1) // step
    if q2 <= 0:
        return _dem_two(rng)
    slope = Fraction(q2 - q1, p2 - p1)
    a = q1 - slope * p1
    ans = f"Q = {_dec(a) if a.denominator == 1 else _frac_str(a)} - {_coef(-slope)}P"
    table = f"| 가격 P(원) | {p1:,} | {p2:,} |\n|---|---|---|\n| 수요량 Q({unit}) | {q1} | {q2} |"
    text = rng.choice([
        f"어느 지역의 {good} 가격과 하루 수요량을 조사하였더니 다음과 같았다.\n{table}\n수요량 Q가 가격 P의 일차함수일 때, 수요함수를 {_q(rng)}",
        f"{table}\n위 자료로 {good}의 수요함수 Q = a − bP를 구하시오. (단, a, b는 상수)",
        f"{good}의 가격이 {p1:,}원일 때 수요량은 {q1}{unit}, {p2:,}원일 때 수요량은 {q2}{unit}이었다. 수요함수가 일차함수라고 할 때 그 식을 쓰시오.",
    ])
    return Problem(text=text, answer=ans, format="data" if "|" in text else "word", difficulty=3, achievement_level="C",
                   concepts=["수요함수"], check=lambda: a + slope * p2 == q2 and slope < 0)


@family("12경수02-02", "supply-from-two-points")
def _sup_two(rng: random.Random) -> Problem:
    good, unit, step = rng.choice(_GOODS)
    d = rng.choice([1, 2, 3, 4])
    p1 = rng.randrange(5, 30) * step
    p2 = p1 + rng.randrange(2, 10) * step
    q1 = rng.randrange(20, 300, 5)
    q2 = q1 + d * (p2 - p1) // step
    slope = Fraction(q2 - q1, p2 - p1)
    c = q1 - slope * p1
    sign = " + " if c >= 0 else " - "
    ans = f"Q = {_coef(slope)}P{sign}{_frac_str(abs(c))}" if c != 0 else f"Q = {_coef(slope)}P"
    pmin = -c / slope
    mode = rng.randrange(2)
    table = f"| 가격 P(원) | {p1:,} | {p2:,} |\n|---|---|---|\n| 공급량 Q({unit}) | {q1} | {q2} |"
    if mode == 0 or pmin <= 0:
        text = rng.choice([
            f"{good} 생산자들이 가격에 따라 시장에 내놓는 양을 조사한 결과이다.\n{table}\n공급량 Q가 가격 P의 일차함수일 때, 공급함수를 {_q(rng)}",
            f"{good}의 가격이 {p1:,}원이면 공급량은 {q1}{unit}, {p2:,}원이면 {q2}{unit}이다. 일차함수인 공급함수를 {_q(rng)}",
        ])
        return Problem(text=text, answer=ans, format="data" if "|" in text else "word", difficulty=3, achievement_level="C",
                       concepts=["공급함수"], check=lambda: c + slope * p2 == q2 and slope > 0)
    ans = ans + f", {_frac_str(pmin)}원"
    text = (f"{table}\n위 표와 같이 {good}의 공급량 Q가 가격 P의 일차함수일 때, 공급함수를 구하고 생산자가 {good}를 공급하기 시작하는 "
            f"가격(공급량이 0이 되는 가격)을 {_q(rng)}").replace(f"{good}를", josa(good, "을/를"))
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B", concepts=["공급함수"],
                   check=lambda: c + slope * pmin == 0)


@family("12경수02-02", "evaluate-and-invert-demand")
def _dem_eval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b = rng.choice([2, 4, 5, 10, 20])
    p0 = rng.randrange(10, 100) * 10  # price at which Q=0
    a = b * p0
    good, unit, _ = rng.choice(_GOODS)
    dem = f"Q = {a} - {b}P" if st != "latex" else f"$Q={a}-{b}P$"
    if st == "unicode":
        dem = dem.replace("-", "−")
    mode = rng.randrange(3)
    if mode == 0:
        p = rng.randrange(1, p0 // 10) * 10
        q = a - b * p
        ans = f"{q}{unit}"
        text = (f"{good}의 수요함수가 {dem}(P: 가격(원), Q: 수요량({unit}))이다. 가격이 {p:,}원일 때 수요량을 {_q(rng)}")
        return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                       concepts=["수요함수"], check=lambda: q == a - b * p)
    if mode == 1:
        q = rng.randrange(1, p0 // 10) * 10 * b
        p = Fraction(a - q, b)
        ans = f"{_frac_str(p)}원"
        text = (f"수요함수가 {dem}인 상품을 {q}{unit} 팔려면 가격을 얼마로 정해야 하는지 {_q(rng)} (P: 가격(원), Q: 수요량)")
        return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                       concepts=["수요함수"], check=lambda: a - b * p == q)
    ans = f"P = {p0} - Q/{b}" if b != 1 else f"P = {p0} - Q"
    text = (f"수요함수 {josa(dem, '을/를')} 가격 P가 수요량 Q의 함수가 되도록 P = (Q에 대한 식)의 꼴로 나타내시오. 또 수요곡선이 P축과 만나는 점의 "
            f"P좌표가 뜻하는 것을 쓰시오.")
    ans += f"; 가격이 {p0}원 이상이면 수요량이 0이 된다(아무도 사지 않는 가격)"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["수요함수"], check=lambda: a - b * p0 == 0)


@family("12경수02-02", "shift-vs-movement-mcq")
def _dem_shift(rng: random.Random) -> Problem:
    good = rng.choice(["커피", "라면", "자전거", "아이스크림", "우산", "치킨"])
    movement = [f"{good}의 가격이 올라 사람들이 {josa(good, '을/를')} 덜 산다.",
                f"{good}의 가격이 내려 {good} 수요량이 늘어난다."]
    shift_d = [f"소득이 늘어 같은 가격에서도 {josa(good, '을/를')} 더 많이 사려고 한다.",
               f"{good}에 대한 선호가 커져 모든 가격에서 수요량이 늘었다.",
               f"인구가 줄어 모든 가격에서 {good} 수요량이 줄었다."]
    shift_s = [f"{good} 생산 기술이 발달하여 모든 가격에서 공급량이 늘었다.",
               f"원자재 가격이 올라 모든 가격에서 {good} 공급량이 줄었다."]
    kind = rng.randrange(3)
    if kind == 0:
        correct = rng.choice(movement)
        dis = shift_d + shift_s
        q = f"다음 중 {good}의 수요곡선 자체는 이동하지 않고 수요곡선 위의 점만 이동하는 경우는?"
    elif kind == 1:
        correct = rng.choice(shift_d)
        dis = movement + shift_s
        q = f"다음 중 {good}의 수요곡선을 이동시키는 요인으로 알맞은 것은? (단, 다른 조건은 일정하다.)"
    else:
        correct = rng.choice(shift_s)
        dis = movement + shift_d
        q = f"다음 중 {good}의 공급곡선을 이동시키는 경우는? (단, 다른 조건은 일정하다.)"
    ch = choices(rng, correct, dis)
    return Problem(text=f"{q}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["수요함수", "공급함수"], choice=ch,
                   check=lambda: correct in (movement, shift_d, shift_s)[kind])


@family("12경수02-02", "market-demand-sum")
def _dem_market(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n_cons = rng.choice([2, 3])
    bs = [rng.choice([1, 2, 3, 4]) for _ in range(n_cons)]
    p0s = [rng.randrange(20, 60) * 10 for _ in range(n_cons)]
    names_ = sorted(rng.sample(["A", "B", "C", "D"], n_cons))
    p = rng.randrange(1, min(p0s) // 10) * 10
    qs = [b * (p0 - p) for b, p0 in zip(bs, p0s, strict=True)]
    total = sum(qs)
    funcs = []
    for nm, b, p0 in zip(names_, bs, p0s, strict=True):
        if st == "latex":
            funcs.append(f"$Q_{{{nm}}}={b * p0}-{'' if b == 1 else b}P$")
        else:
            funcs.append(f"Q_{nm} = {b * p0} − {'' if b == 1 else b}P" if st == "unicode" else f"Q_{nm} = {b * p0} - {'' if b == 1 else b}P")
    ans = f"{total}"
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"어느 시장에 소비자 {', '.join(names_)}만 있고, 각 소비자의 수요함수가 다음과 같다. (P: 가격, Q: 수요량)\n" + "\n".join(funcs) +
                f"\n가격이 {p}원일 때 시장 전체의 수요량을 {_q(rng)}")
        return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D", concepts=["수요함수"],
                       check=lambda: total == sum(b * p0 for b, p0 in zip(bs, p0s, strict=True)) - sum(bs) * p)
    a_sum = sum(b * p0 for b, p0 in zip(bs, p0s, strict=True))
    ans = f"Q = {a_sum} - {sum(bs)}P (0 ≤ P ≤ {min(p0s)})"
    text = ("다음은 어느 시장의 소비자들의 수요함수이다.\n" + "\n".join(funcs) +
            f"\n가격 P가 {min(p0s)}원 이하일 때, 시장 수요함수를 구하시오.")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["수요함수"],
                   check=lambda: a_sum - sum(bs) * p == total)


@family("12경수02-02", "slope-meaning-fill")
def _dem_slope(rng: random.Random) -> Problem:
    st = pick_style(rng)
    supply = rng.random() < 0.5
    k = rng.choice([2, 3, 4, 5, 10])
    c = rng.randrange(10, 200) * 10
    dp = rng.choice([10, 50, 100, 200, 500])
    dq = k * dp
    if supply:
        f = f"$Q={k}P-{c}$" if st == "latex" else f"Q = {k}P − {c}" if st == "unicode" else f"Q = {k}P - {c}"
        text = rng.choice([
            f"공급함수가 {f}일 때, 가격이 {dp}원 오르면 공급량은 (    ) 늘어난다. ( ) 안에 알맞은 수를 쓰시오.",
            f"어느 상품의 공급함수가 {f}이다. 가격이 {dp}원 내리면 공급량은 얼마나 변하는지 쓰시오.",
        ])
        ans = f"{dq}" if "(    )" in text else f"{dq}만큼 줄어든다"
        concepts = ["공급함수"]
    else:
        f = f"$Q={c * k}-{k}P$" if st == "latex" else f"Q = {c * k} − {k}P" if st == "unicode" else f"Q = {c * k} - {k}P"
        text = rng.choice([
            f"수요함수가 {f}일 때, 가격이 {dp}원 오르면 수요량은 (    ) 줄어든다. ( ) 안에 알맞은 수를 쓰시오.",
            f"어느 상품의 수요함수가 {f}이다. 가격이 {dp}원 내리면 수요량은 얼마나 변하는지 쓰시오.",
        ])
        ans = f"{dq}" if "(    )" in text else f"{dq}만큼 늘어난다"
        concepts = ["수요함수"]
    return Problem(text=text, answer=ans, format="fill" if "(    )" in text else "word", difficulty=1, achievement_level="E",
                   concepts=concepts, check=lambda: k * dp == dq)


@family("12경수02-02", "curve-through-axis-points")
def _dem_axes(rng: random.Random) -> Problem:
    good, unit, step = rng.choice(_GOODS)
    while True:
        qmax = rng.randrange(2, 20) * 100
        pmax = rng.randrange(10, 60) * step
        slope = Fraction(pmax, qmax)
        if "(" not in _coef(slope):
            break
    ans = f"P = {pmax} - {_coef(slope)}Q"
    qx = rng.randrange(1, qmax // 100) * 100
    px = pmax - slope * qx
    text = rng.choice([
        f"가로축이 수량 Q({unit}), 세로축이 가격 P(원)인 좌표평면에서 {good}의 수요곡선은 두 점 (0, {pmax}), ({qmax}, 0)을 지나는 직선이다. "
        f"이 수요곡선을 P = (Q에 대한 식)으로 나타내고, 수요량이 {qx}{unit}일 때의 가격을 {_q(rng)}",
        f"{good}의 수요곡선이 세로축(가격)과 {pmax:,}원에서, 가로축(수량)과 {qmax}{unit}에서 만나는 직선이다. 수요곡선의 식을 구하고, "
        f"{josa(f'{qx}{unit}', '을/를')} 모두 팔 수 있는 최고 가격을 {_q(rng)}",
    ])
    ans += f", {_frac_str(px)}원"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D", concepts=["수요함수"],
                   check=lambda: pmax - slope * qmax == 0 and px == pmax * (1 - Fraction(qx, qmax)))


@family("12경수02-02", "expenditure-at-price")
def _dem_exp(rng: random.Random) -> Problem:
    b = rng.choice([1, 2, 4, 5])
    p0 = rng.randrange(20, 100) * 20
    a = b * p0
    good = rng.choice(_GOODS)[0]
    ps = sorted(rng.sample(range(2, p0 // 10 - 1), 3))
    ps = [x * 10 for x in ps]
    rev = [p * (a - b * p) for p in ps]
    best = ps[rev.index(max(rev))]
    if rev.count(max(rev)) > 1:
        return _dem_exp(rng)
    rows = " | ".join(f"{p:,}" for p in ps)
    text = (f"{good}의 수요함수가 Q = {a} − {'' if b == 1 else b}P(P: 가격(원), Q: 수요량)이다. 판매자가 가격을 다음 세 가지 중 하나로 정하려고 할 때, "
            f"판매 수입(가격 × 수요량)이 가장 큰 가격을 고르고 그때의 판매 수입을 {_q(rng)}\n| 가격 후보(원) | {rows} |\n|---|---|---|---|")
    ans = f"{best:,}원, {max(rev):,}원"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["수요함수"],
                   check=lambda: max(ps, key=lambda p: p * (a - b * p)) == best)


# =================================================================================================
# 12경수02-03  효용과 효용함수 (총효용, 한계효용, 한계효용 체감, 무차별곡선)
# =================================================================================================
_FOODS = [("피자", "조각"), ("떡볶이", "접시"), ("콜라", "잔"), ("아이스크림", "개"), ("만두", "접시"), ("초밥", "접시"),
          ("도넛", "개"), ("영화 관람", "편")]


def _mu_seq(rng: random.Random, n: int, allow_neg: bool = False) -> list[int]:
    first = rng.randrange(12, 40)
    mus = [first]
    for _ in range(n - 1):
        mus.append(mus[-1] - rng.randrange(2, 9))
    if not allow_neg:
        mus = [max(m, 0) for m in mus]
    return mus


@family("12경수02-03", "total-to-marginal-utility")
def _ut_tm(rng: random.Random) -> Problem:
    food, unit = rng.choice(_FOODS)
    n = rng.choice([4, 5])
    mus = _mu_seq(rng, n)
    tus = [sum(mus[:k + 1]) for k in range(n)]
    who = name(rng)
    head = " | ".join(str(k + 1) for k in range(n))
    table = (f"| 소비량({unit}) | 0 | {head} |\n|---|" + "---|" * (n + 1) + "\n| 총효용 | 0 | " + " | ".join(map(str, tus)) + " |")
    mode = rng.randrange(2)
    if mode == 0:
        ans = ", ".join(map(str, mus))
        text = rng.choice([
            f"다음은 {josa(who, '이/가')} {josa(food, '을/를')} 먹을 때 느끼는 총효용을 소비량에 따라 나타낸 것이다.\n{table}\n"
            f"1{unit}째부터 {n}{unit}째까지 각각의 한계효용을 차례대로 쓰시오.",
            f"{table}\n위 표에서 {food} 소비량이 1{unit}씩 늘어날 때마다 추가로 얻는 효용(한계효용)을 차례대로 {_q(rng)}",
        ])
        return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D", concepts=["효용함수"],
                       check=lambda: [b - a for a, b in zip([0, *tus[:-1]], tus, strict=True)] == mus)
    k = rng.randrange(2, n)
    ans = f"{mus[k]}"
    text = (f"{table}\n{josa(who, '이/가')} {food}를 {k}{unit} 먹은 뒤 1{unit}를 더 먹을 때 늘어나는 효용은 (    )이다. ( ) 안에 알맞은 수를 쓰시오.").replace(
        f"{food}를", josa(food, "을/를"))
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E", concepts=["효용함수"],
                   check=lambda: tus[k] - tus[k - 1] == mus[k])


@family("12경수02-03", "marginal-to-total-utility")
def _ut_mt(rng: random.Random) -> Problem:
    food, unit = rng.choice(_FOODS)
    n = 5
    mus = _mu_seq(rng, n, allow_neg=True)
    tus = [sum(mus[:k + 1]) for k in range(n)]
    head = " | ".join(f"{k + 1}{unit}째" for k in range(n))
    table = "| 소비 | " + head + " |\n|---|" + "---|" * n + "\n| 한계효용 | " + " | ".join(map(str, mus)) + " |"
    mode = rng.randrange(2)
    if mode == 0:
        k = rng.randrange(3, n + 1)
        ans = str(tus[k - 1])
        text = f"{table}\n위 표는 {food}의 한계효용을 나타낸 것이다. {food}를 {k}{unit} 소비할 때의 총효용을 {_q(rng)}".replace(f"{food}를", josa(food, "을/를"))
        return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D", concepts=["효용함수"],
                       check=lambda: sum(mus[:k]) == int(ans))
    best = max(range(n), key=lambda i: tus[i]) + 1
    if tus.count(max(tus)) > 1:
        ans = " 또는 ".join(f"{i + 1}{unit}" for i in range(n) if tus[i] == max(tus))
    else:
        ans = f"{best}{unit}"
    text = (f"{table}\n위 표는 {food} 소비에 따른 한계효용이다. 총효용이 가장 클 때의 소비량을 구하고, 그 까닭을 한계효용을 이용하여 설명하시오.")
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["효용함수"],
                   check=lambda: all(tus[best - 1] >= t for t in tus))


@family("12경수02-03", "evaluate-utility-function")
def _ut_eval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    if kind == 0:
        a = rng.choice([2, 3, 4, 5, 6, 10])
        x1, x2 = sorted(rng.sample([1, 4, 9, 16, 25, 36, 49, 64, 81, 100], 2))
        u1, u2 = a * int(x1 ** 0.5), a * int(x2 ** 0.5)
        f = f"$U(x)={a}\\sqrt{{x}}$" if st == "latex" else (f"U(x) = {a}√x" if st == "unicode" else f"U(x) = {a}*sqrt(x)")
        chk = lambda: u1 * u1 == a * a * x1 and u2 * u2 == a * a * x2  # noqa: E731
    else:
        a = rng.randrange(10, 40, 2)
        x1, x2 = sorted(rng.sample(range(1, a // 2 + 1), 2))
        u1, u2 = a * x1 - x1 * x1, a * x2 - x2 * x2
        f = f"$U(x)={a}x-x^{{2}}$" if st == "latex" else (f"U(x) = {a}x − x²" if st == "unicode" else f"U(x) = {a}x - x^2")
        chk = lambda: u2 - u1 == a * (x2 - x1) - (x2 * x2 - x1 * x1)  # noqa: E731
    food, unit = rng.choice(_FOODS)
    ans = f"{u2 - u1}"
    text = rng.choice([
        f"{josa(name(rng), '이/가')} {food} x{josa(unit, '을/를')} 소비할 때의 효용함수가 {f}이다. 소비량을 {x1}{unit}에서 {x2}{unit}로 늘리면 효용은 얼마나 증가하는지 {_q(rng)}",
        f"효용함수 {f}에서 x = {x1}일 때와 x = {x2}일 때의 효용의 차를 {_q(rng)}",
    ]).replace(f"{x2}{unit}로", josa(f"{x2}{unit}", "으로/로"))
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D", concepts=["효용함수"],
                   check=chk)


@family("12경수02-03", "indifference-curve-xy")
def _ut_indiff(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([12, 18, 24, 30, 36, 48, 60, 72])
    g1, g2 = rng.sample([("빵", "개"), ("우유", "팩"), ("영화", "편"), ("책", "권"), ("커피", "잔"), ("공연", "회")], 2)
    divs = [d for d in range(1, k + 1) if k % d == 0]
    mode = rng.randrange(2)
    f = "$U(x,y)=xy$" if st == "latex" else "U(x, y) = xy"
    if mode == 0:
        ans = f"y = {k}/x (x > 0)"
        x0 = rng.choice(divs[1:-1])
        text = (f"{g1[0]} {josa('x' + g1[1], '과/와')} {g2[0]} {josa('y' + g2[1], '을/를')} 소비할 때의 효용함수가 {f}이다. 효용이 {k}인 소비 조합 (x, y)를 모두 이은 곡선(무차별곡선)을 "
                f"y를 x에 대한 함수로 나타내고, x = {x0}일 때 y의 값을 {_q(rng)}")
        ans += f", y = {k // x0}"
        return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D", concepts=["효용함수"],
                       check=lambda: x0 * (k // x0) == k)
    x0 = rng.choice(divs[1:-1])
    y0 = k // x0
    correct = f"({k // rng.choice([d for d in divs if d != x0] or [1])}, 0)"
    same = [(d, k // d) for d in divs if d != x0]
    pick = rng.choice(same)
    correct = f"({pick[0]}, {pick[1]})"
    dis = [f"({x0 + 1}, {y0 - 1})", f"({x0 + 2}, {y0})", f"({x0}, {y0 + 2})", f"({pick[0] + 1}, {pick[1]})",
           f"({y0 + x0 - 1}, 1)", f"({x0 * 2}, {y0 * 2})"]
    dis = [d for d in dis if _prod_pair(d) != k]
    ch = choices(rng, correct, dis)
    text = (f"효용함수가 {f}인 소비자에게 {josa(f'({x0}, {y0})', '과/와')} 같은 효용을 주는 소비 조합 (x, y)는?\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", concepts=["효용함수"],
                   choice=ch, check=lambda: pick[0] * pick[1] == x0 * y0)


@family("12경수02-03", "diminishing-marginal-utility-mcq")
def _ut_dim(rng: random.Random) -> Problem:
    food, unit = rng.choice(_FOODS)
    mus = _mu_seq(rng, 5, allow_neg=True)
    while mus[-1] >= 0:
        mus[-1] -= 3
    tus = [sum(mus[:k + 1]) for k in range(5)]
    table = "| 소비량 | 1 | 2 | 3 | 4 | 5 |\n|---|---|---|---|---|---|\n| 총효용 | " + " | ".join(map(str, tus)) + " |"
    peak = max(range(5), key=lambda i: tus[i]) + 1
    true_s = ["소비량이 늘어날수록 한계효용은 줄어든다.",
              f"다섯 번째 {food}의 한계효용은 음수이다.",
              f"두 번째 {food}의 한계효용은 {mus[1]}이다."]
    false_s = ["소비량이 늘어날수록 한계효용은 커진다.",
               "총효용은 소비량이 늘어날수록 계속 커진다.",
               f"첫 번째 {food}의 한계효용은 {mus[0] + 2}이다.",
               f"총효용이 가장 큰 소비량은 {peak % 5 + 1}{unit}이다." if tus[peak % 5] != tus[peak - 1] else "한계효용은 항상 양수이다.",
               "한계효용은 항상 양수이다."]
    ask_true = rng.random() < 0.5
    if ask_true:
        correct = rng.choice(true_s)
        ch = choices(rng, correct, false_s)
        q = "옳은 것은?"
    else:
        correct = rng.choice(false_s[:3])
        ch = choices(rng, correct, true_s + [f"총효용이 가장 큰 소비량은 {peak}{unit}이다."])
        q = "옳지 않은 것은?"
    text = f"다음은 {food} 소비량에 따른 총효용을 나타낸 표이다. 이에 대한 설명으로 {q}\n{table}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", concepts=["효용함수"],
                   choice=ch, check=lambda: all(mus[i] > mus[i + 1] for i in range(4)) and mus[4] < 0)


@family("12경수02-03", "quadratic-utility-peak")
def _ut_peak(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randrange(3, 15)
    c = rng.choice([1, 2, 3])
    a = 2 * c * m
    umax = a * m - c * m * m
    cs = "" if c == 1 else str(c)
    f = f"$U(x)={a}x-{cs}x^{{2}}$" if st == "latex" else (f"U(x) = {a}x − {cs}x²" if st == "unicode" else f"U(x) = {a}x - {cs}x^2")
    food, unit = rng.choice(_FOODS)
    ans = f"{m}{unit}, {umax}"
    text = rng.choice([
        f"어떤 사람이 {food} x{josa(unit, '을/를')} 소비할 때의 효용함수가 {f}이다. 효용이 가장 클 때의 소비량과 그때의 효용을 {_q(rng)} "
        f"(단, 0 ≤ x ≤ {2 * m})",
        f"효용함수 {f}(0 ≤ x ≤ {2 * m})의 그래프를 그려 보고, 효용이 최대가 되는 x의 값과 최대 효용을 구하시오. (x는 {food} 소비량({unit}))",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["효용함수"],
                   also=["10공수1-02-07"],
                   check=lambda: max(range(0, 2 * m + 1), key=lambda x: a * x - c * x * x) == m)


@family("12경수02-03", "budget-best-bundle")
def _ut_budget(rng: random.Random) -> Problem:
    px, py = rng.choice([(1000, 2000), (2000, 1000), (1000, 1000), (2000, 3000), (3000, 2000), (1000, 3000)])
    budget = rng.randrange(6, 16) * 1000
    g1, g2 = rng.sample([("김밥", "줄"), ("음료수", "병"), ("과자", "봉지"), ("빵", "개"), ("우유", "팩")], 2)
    bundles = [(x, (budget - px * x) // py) for x in range(0, budget // px + 1)]
    bundles = [(x, y) for x, y in bundles if px * x + py * y == budget and x > 0 and y > 0]
    if len(bundles) < 2:
        return _ut_budget(rng)
    best = max(bundles, key=lambda b: b[0] * b[1])
    if [b[0] * b[1] for b in bundles].count(best[0] * best[1]) > 1:
        return _ut_budget(rng)
    ans = f"{g1[0]} {best[0]}{g1[1]}, {g2[0]} {best[1]}{g2[1]}"
    gwa = "과" if _final_has(g1[0]) else "와"
    eul = "을" if _final_has(g2[0]) else "를"
    text = (f"{josa(name(rng), '은/는')} {budget:,}원으로 {g1[0]}(1{g1[1]}에 {px:,}원){gwa} {g2[0]}(1{g2[1]}에 {py:,}원){eul} 사려고 한다. "
            f"{g1[0]} x{g1[1]}, {g2[0]} {josa('y' + g2[1], '을/를')} 살 때의 효용이 U = xy라면, 돈을 남기지 않고 모두 쓸 때 효용이 가장 큰 구매 조합을 {_q(rng)} "
            f"(단, x, y는 자연수)")
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B", concepts=["효용함수"],
                   check=lambda: all(best[0] * best[1] >= x * y for y in range(1, budget // py + 1)
                                     for x in range(1, budget // px + 1) if px * x + py * y == budget))


def _prod_pair(pair: str) -> int:
    x_s, y_s = pair.strip("()").split(", ")
    return int(x_s) * int(y_s)


def _final_has(word: str) -> bool:
    return josa(word, "은/는").endswith("은")


@family("12경수02-03", "marginal-utility-per-won")
def _ut_perwon(rng: random.Random) -> Problem:
    (g1, u1), (g2, u2) = rng.sample([("빵", "개"), ("우유", "팩"), ("과자", "봉지"), ("주스", "병"), ("김밥", "줄")], 2)
    p1, p2 = rng.sample([500, 1000, 1500, 2000, 2500], 2)
    k1, k2 = rng.randint(1, 3), rng.randint(1, 3)  # already bought
    mu1 = rng.randrange(4, 40) * (p1 // 500)
    mu2 = rng.randrange(4, 40) * (p2 // 500)
    r1, r2 = Fraction(mu1, p1), Fraction(mu2, p2)
    if r1 == r2:
        mu1 += p1 // 500
        r1 = Fraction(mu1, p1)
    pick = g1 if r1 > r2 else g2
    ans = f"{pick} (1,000원당 한계효용: {g1} {_rd(r1 * 1000, 1)}, {g2} {_rd(r2 * 1000, 1)})"
    text = rng.choice([
        f"{josa(name(rng), '은/는')} 지금까지 {g1} {k1}{u1}, {g2} {k2}{josa(u2, '을/를')} 샀다. {g1} 1{u1}의 가격은 {p1:,}원이고 다음 1{u1}의 한계효용은 {mu1}, "
        f"{g2} 1{u2}의 가격은 {p2:,}원이고 다음 1{u2}의 한계효용은 {mu2}이다. 남은 돈으로 하나를 더 산다면 무엇을 사는 것이 합리적인지 "
        f"1,000원당 한계효용을 비교하여 {rng.choice(['쓰시오.', '판단하시오.', '답하시오.'])}",
        f"| 상품 | 가격 | 다음 1단위의 한계효용 |\n|---|---|---|\n| {g1} | {p1:,}원 | {mu1} |\n| {g2} | {p2:,}원 | {mu2} |\n"
        f"하나를 더 산다면 어느 상품을 사는 것이 효용을 더 크게 늘리는지 가격 1,000원당 한계효용을 구하여 판단하시오.",
    ])
    return Problem(text=text, answer=ans, format="data" if "|" in text else "word", difficulty=3, achievement_level="C",
                   concepts=["효용함수"], check=lambda: (mu1 * p2 > mu2 * p1) == (pick == g1))


# =================================================================================================
# 12경수02-04  균형가격과 균형거래량 (초과수요·초과공급, 가격 규제, 잉여)
# =================================================================================================
def _market(rng: random.Random) -> tuple[int, int, int, int, int, int]:
    """Linear Qd = a − bP, Qs = c + dP with an integer equilibrium (P*, Q*) built backwards."""
    while True:
        b, d = rng.choice([1, 2, 3, 4, 5]), rng.choice([1, 2, 3, 4])
        pe = rng.randrange(10, 120) * 10
        qe = rng.randrange(40, 900, 10)
        a, c = qe + b * pe, qe - d * pe
        if a > 0:
            return a, b, c, d, pe, qe


def _fmt_lin(lhs: str, const: int, coef: int, var: str, st: str, first_var: bool = False) -> str:
    """'Q_d = 500 - 2P' / 'Q_s = 3P - 100' in style ``st`` (const may be negative or 0)."""
    cs = "" if coef in (1, -1) else str(abs(coef))
    if first_var or const <= 0:
        body = f"{cs}{var}" + ("" if const == 0 else (f" - {abs(const)}" if const < 0 else f" + {const}"))
        if coef < 0:
            body = "-" + body
    else:
        body = f"{const} {'-' if coef < 0 else '+'} {cs}{var}"
    if st == "latex":
        lhs_t = lhs.replace("_d", "_{d}").replace("_s", "_{s}")
        return f"${lhs_t}={body.replace(' ', '')}$"
    if st == "unicode":
        return f"{lhs.replace('_d', 'ᵈ').replace('_s', 'ˢ')} = {body.replace('-', '−')}"
    return f"{lhs} = {body}"


@family("12경수02-04", "equilibrium-linear")
def _eq_lin(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c, d, pe, qe = _market(rng)
    good, unit, _ = rng.choice(_GOODS)
    dem = _fmt_lin("Q_d", a, -b, "P", st)
    sup = _fmt_lin("Q_s", c, d, "P", st, first_var=True)
    ans = f"균형가격 {pe:,}원, 균형거래량 {qe}{unit}"
    text = rng.choice([
        f"어느 시장에서 {good}의 수요함수와 공급함수가 각각 {dem}, {sup}이다. (P: 가격(원), Q: 수량({unit})) 균형가격과 균형거래량을 {_q(rng)}",
        f"{good} 시장의 수요함수는 {dem}, 공급함수는 {sup}이다. 수요량과 공급량이 같아지는 가격과 그때의 거래량을 {_q(rng)} (P는 원, Q는 {unit} 단위)",
        f"수요함수 {dem}와 공급함수 {sup}로 나타나는 시장에서 균형점의 좌표 (Q, P)를 구하시오. (P: 가격(원), Q: 수량)",
    ])
    if "(Q, P)" in text:
        ans = f"({qe}, {pe})"
        text = text.replace(f"{dem}와", josa(dem, "과/와")).replace(f"{sup}로", josa(sup, "으로/로"))
    return Problem(text=text, answer=ans, format="computation" if "(Q, P)" in text else "word", difficulty=2,
                   achievement_level="D", concepts=["균형가격", "균형수급량(균형거래량)", "수요함수", "공급함수"],
                   also=["10공수1-02-08"] if rng.random() < 0.15 else [],
                   check=lambda: a - b * pe == c + d * pe == qe)


@family("12경수02-04", "equilibrium-inverse-form")
def _eq_inv(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        m, n = rng.choice([1, 2, 4, 5, 10]), rng.choice([1, 2, 3, 5])
        qe = rng.randrange(10, 200, 5)
        pe = rng.randrange(50, 800, 10)
        pmax, pmin = pe + m * qe, pe - n * qe
        if pmin >= 0:
            break
    dem = _fmt_lin("P", pmax, -m, "Q", st)
    sup = _fmt_lin("P", pmin, n, "Q", st, first_var=pmin == 0) if pmin else _fmt_lin("P", 0, n, "Q", st, first_var=True)
    good, unit, _ = rng.choice(_GOODS)
    ans = f"균형거래량 {qe}{unit}, 균형가격 {pe:,}원"
    text = rng.choice([
        f"가로축을 수량 Q({unit}), 세로축을 가격 P(원)로 나타낼 때 {good}의 수요곡선은 {dem}, 공급곡선은 {sup}이다. 균형거래량과 균형가격을 {_q(rng)}",
        f"{good} 시장에서 소비자가 Q{unit}를 사려고 할 때 지불할 의사가 있는 가격은 {dem}, 생산자가 Q{unit}를 팔 때 받으려는 최소 가격은 {sup}이다. "
        f"시장의 균형거래량과 균형가격을 {_q(rng)}",
    ]).replace(f"Q{unit}를", josa(f"Q{unit}", "을/를"))
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["균형가격", "균형수급량(균형거래량)", "수요함수", "공급함수"],
                   check=lambda: pmax - m * qe == pmin + n * qe == pe)


@family("12경수02-04", "excess-demand-supply")
def _eq_excess(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b, c, d, pe, _qe = _market(rng)
    good, unit, _ = rng.choice(_GOODS)
    p = pe + rng.choice([-1, 1]) * rng.randrange(1, max(2, min(pe // 10, 30))) * 10
    qd, qs = a - b * p, c + d * p
    if qd < 0 or qs < 0:
        return _eq_excess(rng)
    kind = "초과공급" if qs > qd else "초과수요"
    ans = f"{kind}, {abs(qs - qd)}{unit}"
    dem = _fmt_lin("Q_d", a, -b, "P", st)
    sup = _fmt_lin("Q_s", c, d, "P", st, first_var=True)
    text = rng.choice([
        f"{good}의 수요함수가 {dem}, 공급함수가 {sup}이다. 가격이 {p:,}원일 때 시장에서는 초과수요와 초과공급 중 어느 것이 얼마만큼 생기는지 {_q(rng)}",
        f"수요함수 {dem}, 공급함수 {sup}인 {good} 시장에서 판매자들이 가격을 {p:,}원으로 정하였다. 이때 생기는 초과수요 또는 초과공급의 양을 쓰고, "
        f"가격이 앞으로 어떻게 변할지 설명하시오.",
    ])
    if "설명하시오" in text:
        ans += ", " + ("가격이 내려간다" if kind == "초과공급" else "가격이 올라간다") + f"(균형가격 {pe:,}원으로 접근)"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["균형가격", "수요함수", "공급함수"], check=lambda: (qs > qd) == (p > pe))


@family("12경수02-04", "equilibrium-from-table")
def _eq_table(rng: random.Random) -> Problem:
    a, b, c, d, pe, qe = _market(rng)
    good, unit, _ = rng.choice(_GOODS)
    step = rng.choice([10, 20, 50])
    k = rng.randint(1, 3)
    prices = [pe + (i - k) * step for i in range(5)]
    if prices[0] <= 0 or a - b * prices[-1] < 0 or c + d * prices[0] < 0:
        return _eq_table(rng)
    rows = [(p, a - b * p, c + d * p) for p in prices]
    table = "| 가격(원) | " + " | ".join(f"{p:,}" for p in prices) + " |\n|---|" + "---|" * 5 + "\n| 수요량 | " + \
        " | ".join(str(r[1]) for r in rows) + " |\n| 공급량 | " + " | ".join(str(r[2]) for r in rows) + " |"
    if rng.random() < 0.5:
        ans = f"균형가격 {pe:,}원, 균형거래량 {qe}{unit}"
        text = f"다음은 {good} 시장의 가격별 수요량과 공급량({unit})이다.\n{table}\n이 시장의 균형가격과 균형거래량을 {_q(rng)}"
        return Problem(text=text, answer=ans, format="data", difficulty=1, achievement_level="E",
                       concepts=["균형가격", "균형수급량(균형거래량)"], check=lambda: any(r[1] == r[2] == qe and r[0] == pe for r in rows))
    i = rng.choice([j for j in range(5) if j != k])
    p, qd, qs = rows[i]
    kind_t, other_t = ("초과공급이", "초과수요가") if qs > qd else ("초과수요가", "초과공급이")
    correct = f"가격이 {p:,}원이면 {kind_t} {abs(qs - qd)}{unit} 생긴다."
    wrong = [f"가격이 {p:,}원이면 {other_t} {abs(qs - qd)}{unit} 생긴다.",
             f"균형가격은 {prices[(k + 1) % 5]:,}원이다.", f"균형거래량은 {qe + step}{unit}이다.",
             f"가격이 {pe:,}원일 때 초과수요가 생긴다.", f"가격이 {p:,}원이면 {kind_t} {abs(qs - qd) + step}{unit} 생긴다."]
    ch = choices(rng, correct, wrong)
    text = f"{good} 시장의 가격별 수요량과 공급량이 다음과 같을 때, 옳은 것은?\n{table}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["균형가격", "균형수급량(균형거래량)"], choice=ch, check=lambda: (qs > qd) == (p > pe))


@family("12경수02-04", "price-ceiling-floor")
def _eq_ctrl(rng: random.Random) -> Problem:
    a, b, c, d, pe, _qe = _market(rng)
    ceiling = rng.random() < 0.5
    delta = rng.randrange(1, max(2, min(pe // 10, 20))) * 10
    p = pe - delta if ceiling else pe + delta
    qd, qs = a - b * p, c + d * p
    if qd < 0 or qs < 0:
        return _eq_ctrl(rng)
    what = rng.choice(["임대 주택", "생필품", "쌀"]) if ceiling else rng.choice(["노동(최저임금)", "농산물", "우유"])
    st = pick_style(rng)
    dem = _fmt_lin("Q_d", a, -b, "P", st)
    sup = _fmt_lin("Q_s", c, d, "P", st, first_var=True)
    if ceiling:
        ans = f"초과수요 {qd - qs}, 실제 거래량 {qs}"
        text = (f"{what} 시장의 수요함수가 {dem}, 공급함수가 {sup}이다. 정부가 가격을 {p:,}원 이하로 받도록 최고가격제를 실시할 때, 생기는 초과수요와 "
                f"실제 거래량을 {_q(rng)}")
    else:
        ans = f"초과공급 {qs - qd}, 실제 거래량 {qd}"
        text = (f"{what} 시장의 수요함수가 {dem}, 공급함수가 {sup}이다. 정부가 가격을 {p:,}원 이상으로 정하는 최저가격제를 실시할 때, 생기는 초과공급과 "
                f"실제 거래량을 {_q(rng)}")
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["균형가격", "수요함수", "공급함수"],
                   check=lambda: (qd > qs) == ceiling and a - b * pe == c + d * pe)


@family("12경수02-04", "consumer-producer-surplus")
def _eq_surplus(rng: random.Random) -> Problem:
    while True:
        m, n = rng.choice([1, 2, 4, 5]), rng.choice([1, 2, 3, 5])
        qe = rng.randrange(10, 200, 10)
        pe = rng.randrange(100, 900, 10)
        pmax, pmin = pe + m * qe, pe - n * qe
        if pmin >= 0:
            break
    st = pick_style(rng)
    dem = _fmt_lin("P", pmax, -m, "Q", st)
    sup = _fmt_lin("P", pmin, n, "Q", st, first_var=pmin == 0)
    cs = Fraction(qe * (pmax - pe), 2)
    ps = Fraction(qe * (pe - pmin), 2)
    which = rng.randrange(3)
    label = ["소비자 잉여", "생산자 잉여", "총잉여(소비자 잉여와 생산자 잉여의 합)"][which]
    val = [cs, ps, cs + ps][which]
    ans = f"{_frac_str(val)}"
    text = (f"어느 상품의 수요곡선이 {dem}, 공급곡선이 {sup}이다. (Q: 수량, P: 가격(원)) 균형점에서 거래가 이루어질 때, {josa(label, '을/를')} {_q(rng)} "
            f"(단, 소비자 잉여는 수요곡선 아래, 균형가격 위의 삼각형 넓이이고, 생산자 잉여는 균형가격 아래, 공급곡선 위의 삼각형 넓이이다.)")
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["균형가격", "균형수급량(균형거래량)"],
                   check=lambda: val == [Fraction(qe * m * qe, 2), Fraction(qe * n * qe, 2), Fraction(qe * qe * (m + n), 2)][which])


@family("12경수02-04", "shift-effect-on-equilibrium")
def _eq_shift(rng: random.Random) -> Problem:
    good = rng.choice(["커피", "마스크", "전기차", "딸기", "우산", "생수"])
    cases = [
        (f"{good}에 대한 선호가 높아졌다.", "균형가격 상승, 균형거래량 증가"),
        (f"{good}의 대체재 가격이 크게 내렸다.", "균형가격 하락, 균형거래량 감소"),
        (f"{good} 생산 기술이 발달하여 생산비가 줄었다.", "균형가격 하락, 균형거래량 증가"),
        (f"{good} 원재료 가격이 크게 올랐다.", "균형가격 상승, 균형거래량 감소"),
    ]
    cause, eff = rng.choice(cases)
    opts = ["균형가격 상승, 균형거래량 증가", "균형가격 하락, 균형거래량 감소", "균형가격 하락, 균형거래량 증가",
            "균형가격 상승, 균형거래량 감소", "균형가격과 균형거래량 모두 변화 없음"]
    ch = choices(rng, eff, opts)
    text = rng.choice([
        f"다른 조건이 일정할 때, '{cause}'라는 변화가 {good} 시장에 미치는 영향으로 옳은 것은?\n{ch.block}",
        f"{cause} 이때 {good} 시장의 균형가격과 균형거래량의 변화로 알맞은 것은? (단, 수요곡선은 우하향, 공급곡선은 우상향하는 직선이고, "
        f"다른 조건은 일정하다.)\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["균형가격", "균형수급량(균형거래량)"], choice=ch,
                   check=lambda: dict(cases)[cause] == eff)


@family("12경수02-04", "equilibrium-explain-adjust")
def _eq_explain(rng: random.Random) -> Problem:
    a, b, c, d, pe, qe = _market(rng)
    good, unit, _ = rng.choice(_GOODS)
    st = pick_style(rng)
    dem = _fmt_lin("Q_d", a, -b, "P", st)
    sup = _fmt_lin("Q_s", c, d, "P", st, first_var=True)
    p_hi = pe + rng.randrange(1, 10) * 10
    if a - b * p_hi <= 0:
        return _eq_explain(rng)
    text = rng.choice([
        f"{good} 시장의 수요함수는 {dem}, 공급함수는 {sup}이다. 처음 가격이 {p_hi:,}원일 때 시장에서 어떤 일이 일어나는지, 그리고 가격이 어떤 과정을 거쳐 "
        f"어느 값에 도달하게 되는지 수요량과 공급량을 계산하여 설명하시오.",
        f"수요함수 {dem}, 공급함수 {sup}인 {good} 시장에서 가격이 {p_hi:,}원으로 정해져 있다. 이 가격이 유지되기 어려운 까닭을 설명하고, "
        f"시장이 도달하는 균형가격과 균형거래량을 구하시오.",
    ])
    ans = (f"{p_hi:,}원에서 수요량 {a - b * p_hi}, 공급량 {josa(str(c + d * p_hi), '으로/로')} 초과공급 {c + d * p_hi - (a - b * p_hi)}이 생겨 판매자들이 가격을 낮추고, "
           f"가격은 수요량과 공급량이 같아지는 균형가격 {pe:,}원(균형거래량 {qe}{unit})에 도달한다.")
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A",
                   concepts=["균형가격", "균형수급량(균형거래량)", "수요함수", "공급함수"],
                   check=lambda: c + d * p_hi > a - b * p_hi and a - b * pe == c + d * pe)


# =================================================================================================
# 12경수02-05  세금·소득 변화와 균형가격 (종량세, 조세 부담, 보조금, 소득 변화, 평행이동)
# =================================================================================================
def _tax_market(rng: random.Random) -> tuple[int, int, int, int, int, int, int]:
    """Inverse curves P = A − mQ (demand), P = B + nQ (supply) and a per-unit tax t with integer
    equilibria before and after: returns (A, m, B, n, t, Q0, Q1)."""
    while True:
        m, n = rng.choice([1, 2, 3, 4, 5]), rng.choice([1, 2, 3, 4, 5])
        q1 = rng.randrange(2, 40) * 5
        k = rng.choice([2, 4, 5, 6, 8, 10, 12, 15, 20])
        t = (m + n) * k
        q0 = q1 + k
        p0 = rng.randrange(10, 200) * 10
        A, B = p0 + m * q0, p0 - n * q0
        if B >= 0:
            return A, m, B, n, t, q0, q1


@family("12경수02-05", "unit-tax-on-sellers")
def _tx_sell(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, m, B, n, t, q0, q1 = _tax_market(rng)
    p0, pc = A - m * q0, A - m * q1
    good = rng.choice(["휘발유", "담배", "설탕 음료", "일회용 컵", "주류"])
    dem = _fmt_lin("P", A, -m, "Q", st)
    sup = _fmt_lin("P", B, n, "Q", st, first_var=B == 0)
    mode = rng.randrange(2)
    if mode == 0:
        ans = f"균형가격 {p0}원 → {pc}원, 균형거래량 {q0} → {q1}"
        text = rng.choice([
            f"{good} 시장의 수요곡선은 {dem}, 공급곡선은 {sup}이다. (Q: 수량, P: 가격(원)) 정부가 판매자에게 1단위당 {t}원의 세금을 부과하면 "
            f"공급곡선이 위쪽으로 {t}만큼 평행이동한다. 세금 부과 전과 후의 균형가격과 균형거래량을 각각 {_q(rng)}",
            f"수요곡선 {dem}, 공급곡선 {sup}인 {good} 시장에서 생산자에게 개당 {t}원의 세금이 매겨졌다. 새로운 균형가격과 균형거래량을 구하고 "
            f"세금 부과 전과 비교하시오. (Q: 수량, P: 가격(원))",
        ])
        return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                       concepts=["균형가격", "균형수급량(균형거래량)", "세금"],
                       check=lambda: A - m * q1 == B + t + n * q1 and A - m * q0 == B + n * q0)
    ps = pc - t
    ans = f"소비자가 내는 가격 {pc}원, 판매자가 받는 가격 {ps}원"
    text = (f"{good} 시장의 수요곡선이 {dem}, 공급곡선이 {sup}이다. (Q: 수량, P: 가격(원)) 판매자에게 1단위당 {t}원의 세금을 부과할 때, "
            f"소비자가 실제로 내는 가격과 판매자가 세금을 내고 실제로 받는 가격을 각각 {_q(rng)}")
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["균형가격", "세금"], check=lambda: ps == B + n * q1 and pc == A - m * q1)


@family("12경수02-05", "unit-tax-on-buyers")
def _tx_buy(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, m, B, n, t, _q0, q1 = _tax_market(rng)
    ps = B + n * q1  # market price received by sellers
    good = rng.choice(["영화 관람권", "수입 과일", "택배 서비스", "전기 자전거"])
    dem = _fmt_lin("P", A, -m, "Q", st)
    sup = _fmt_lin("P", B, n, "Q", st, first_var=B == 0)
    ans = f"시장 가격 {ps}원, 거래량 {q1}, 소비자의 실제 부담 {ps + t}원"
    text = rng.choice([
        f"{good}의 수요곡선은 {dem}, 공급곡선은 {sup}이다. (Q: 수량, P: 가격(원)) 소비자가 1단위를 살 때마다 {t}원의 세금을 따로 내야 한다면 "
        f"수요곡선은 아래쪽으로 {t}만큼 평행이동한다. 새로운 시장 가격과 거래량, 소비자가 세금을 포함하여 실제로 부담하는 가격을 {_q(rng)}",
        f"수요곡선 {dem}, 공급곡선 {sup}인 시장에서 구매자에게 1단위당 {t}원의 세금을 부과하였다. 새 균형에서의 시장 가격, 거래량, 그리고 "
        f"구매자가 세금까지 포함하여 내는 금액을 구하시오. (Q: 수량, P: 가격(원))",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["균형가격", "균형수급량(균형거래량)", "세금"],
                   check=lambda: A - t - m * q1 == ps and ps == B + n * q1)


@family("12경수02-05", "tax-incidence-revenue")
def _tx_inc(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, m, B, n, t, q0, q1 = _tax_market(rng)
    p0, pc = A - m * q0, A - m * q1
    cons, prod = pc - p0, t - (pc - p0)
    rev = t * q1
    dem = _fmt_lin("P", A, -m, "Q", st)
    sup = _fmt_lin("P", B, n, "Q", st, first_var=B == 0)
    mode = rng.randrange(2)
    if mode == 0:
        ans = f"소비자 {cons}원, 생산자 {prod}원"
        text = (f"수요곡선이 {dem}, 공급곡선이 {sup}인 시장에서 판매자에게 1단위당 {t}원의 세금을 부과하였다. (Q: 수량, P: 가격(원)) "
                f"1단위당 세금 중 소비자와 생산자가 각각 부담하는 금액을 {_q(rng)}")
        return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                       concepts=["균형가격", "세금"], check=lambda: Fraction(cons, t) == Fraction(m, m + n))
    ans = f"{rev:,}원"
    text = (f"| 구분 | 식 |\n|---|---|\n| 수요곡선 | {dem} |\n| 공급곡선 | {sup} |\n"
            f"위 시장에서 판매자에게 1단위당 {t}원의 세금을 부과할 때 정부가 거두는 세금의 총액을 {_q(rng)} (Q: 수량, P: 가격(원))")
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B",
                   concepts=["균형수급량(균형거래량)", "세금"], check=lambda: rev == t * (A - B - t) // (m + n))


@family("12경수02-05", "income-shift-demand")
def _tx_income(rng: random.Random) -> Problem:
    while True:
        b, d = rng.choice([1, 2, 3, 4, 5]), rng.choice([1, 2, 3, 4])
        k = rng.choice([1, 2, 5, 10])
        i0 = rng.randrange(10, 60) * 10
        di = (b + d) * rng.randrange(1, 10)
        a0 = rng.randrange(100, 2000, 10)
        c = rng.randrange(-500, 200, 10)
        # Qd = a0 + kI - bP, Qs = c + dP
        p0n = a0 + k * i0 - c
        if p0n % (b + d) == 0 and p0n > 0:
            break
    p0 = p0n // (b + d)
    p1 = p0 + k * di // (b + d)
    q0, q1 = c + d * p0, c + d * p1
    if q0 <= 0:
        return _tx_income(rng)
    st = pick_style(rng)
    if st == "latex":
        dem = f"$Q_{{d}}={a0}+{'' if k == 1 else k}I-{'' if b == 1 else b}P$"
    elif st == "unicode":
        dem = f"Qᵈ = {a0} + {'' if k == 1 else k}I − {'' if b == 1 else b}P"
    else:
        dem = f"Q_d = {a0} + {'' if k == 1 else k}I - {'' if b == 1 else b}P"
    sup = _fmt_lin("Q_s", c, d, "P", st, first_var=True)
    ans = f"균형가격 {p0} → {p1}, 균형거래량 {q0} → {q1}"
    good = rng.choice(["외식", "여행 상품", "소고기", "스마트폰", "헬스장 이용권"])
    text = rng.choice([
        f"{good} 시장의 수요함수가 {dem}, 공급함수가 {sup}이다. (P: 가격, Q: 수량, I: 소득) 소비자의 소득 I가 {i0}에서 {i0 + di}로 늘어날 때 "
        f"균형가격과 균형거래량은 각각 어떻게 변하는지 {_q(rng)}",
        f"소득을 I라 할 때 {good}의 수요함수는 {dem}이고 공급함수는 {sup}이다. 소득이 {di}만큼 증가하여 I = {i0 + di}가 되면 균형가격과 균형거래량은 "
        f"I = {i0}일 때와 비교하여 어떻게 달라지는지 구하시오.",
    ]).replace(f"{i0 + di}로", josa(str(i0 + di), "으로/로")).replace(f"I = {i0 + di}가", josa(f"I = {i0 + di}", "이/가"))
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["균형가격", "균형수급량(균형거래량)", "수요함수"],
                   check=lambda: a0 + k * (i0 + di) - b * p1 == c + d * p1 and a0 + k * i0 - b * p0 == c + d * p0)


@family("12경수02-05", "income-normal-inferior-mcq")
def _tx_inferior(rng: random.Random) -> Problem:
    normal = rng.random() < 0.5
    up = rng.random() < 0.5
    good = rng.choice(["해외여행", "한우", "외식"]) if normal else rng.choice(["중고 의류", "값싼 즉석식품", "시외버스 이용"])
    kind = "정상재" if normal else "열등재"
    shift_right = normal == up
    eff = "균형가격 상승, 균형거래량 증가" if shift_right else "균형가격 하락, 균형거래량 감소"
    opts = ["균형가격 상승, 균형거래량 증가", "균형가격 하락, 균형거래량 감소", "균형가격 하락, 균형거래량 증가",
            "균형가격 상승, 균형거래량 감소", "균형가격과 균형거래량 모두 변화 없음"]
    ch = choices(rng, eff, opts)
    text = (f"{josa(good, '은/는')} 소득이 늘면 수요가 {'늘어나는' if normal else '줄어드는'} {kind}라고 하자. 경기가 {'좋아져' if up else '나빠져'} "
            f"소비자들의 소득이 {'증가' if up else '감소'}할 때, {good} 시장의 변화로 옳은 것은? (단, 공급은 변하지 않는다.)\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["균형가격", "균형수급량(균형거래량)"], choice=ch,
                   check=lambda: ("상승" in eff) == (normal == up))


@family("12경수02-05", "unit-subsidy")
def _tx_subsidy(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, m, B, n, s_, q1, q0 = _tax_market(rng)  # reuse: subsidy moves supply down; q0 < q1
    B2 = B + s_
    A2 = A + m * 0
    # before subsidy: supply P = B2 + nQ gives q = q0 (smaller); after: P = B + nQ gives q1
    p0, p1 = A2 - m * q0, A2 - m * q1
    good = rng.choice(["전기차", "태양광 패널", "친환경 농산물", "공공 자전거 이용권"])
    dem = _fmt_lin("P", A2, -m, "Q", st)
    sup = _fmt_lin("P", B2, n, "Q", st)
    ans = f"균형가격 {p0} → {p1}, 균형거래량 {q0} → {q1}"
    text = rng.choice([
        f"{good} 시장의 수요곡선은 {dem}, 공급곡선은 {sup}이다. (Q: 수량, P: 가격(만 원)) 정부가 생산자에게 1단위당 {s_}만 원의 보조금을 주면 "
        f"공급곡선이 아래쪽으로 {s_}만큼 평행이동한다. 보조금 지급 전과 후의 균형가격과 균형거래량을 {_q(rng)}",
        f"수요곡선 {dem}, 공급곡선 {sup}인 {good} 시장에서 생산자에게 개당 {s_}만 원을 지원하기로 하였다. 균형가격과 균형거래량은 어떻게 변하는지 "
        f"구하시오. (Q: 수량, P: 가격(만 원))",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["균형가격", "균형수급량(균형거래량)"],
                   check=lambda: A2 - m * q1 == B2 - s_ + n * q1 and A2 - m * q0 == B2 + n * q0)


@family("12경수02-05", "shifted-curve-fill")
def _tx_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    B, n = rng.randrange(0, 500, 10), rng.choice([1, 2, 3, 4, 5])
    t = rng.randrange(10, 300, 10)
    c = rng.randrange(100, 2000, 50)
    d = rng.choice([1, 2, 4, 5])
    kind = rng.randrange(2)
    if kind == 0:
        sup = _fmt_lin("P", B, n, "Q", st, first_var=B == 0)
        new = _fmt_lin("P", B + t, n, "Q", "plain")
        ans = new.split("= ")[1]
        text = (f"공급곡선이 {sup}인 시장에서 판매자에게 1단위당 {t}원의 세금을 부과하면, 새로운 공급곡선은 P = (    )이다. ( ) 안에 알맞은 식을 쓰시오. "
                f"(Q: 수량, P: 가격(원))")
        chk = lambda: B + t + n * 7 == int(new.split("=")[1].split("+")[0]) + n * 7  # noqa: E731
        concepts = ["세금", "공급함수"]
    else:
        dem = _fmt_lin("Q_d", c, -d, "P", st)
        inc = rng.randrange(10, 200, 10)
        new = _fmt_lin("Q_d", c + inc, -d, "P", "plain")
        ans = new.split("= ")[1]
        text = (f"소득이 늘어 모든 가격에서 수요량이 {inc}씩 늘었다. 원래 수요함수가 {dem}일 때, 새로운 수요함수는 Q_d = (    )이다. "
                f"( ) 안에 알맞은 식을 쓰시오.")
        chk = lambda: int(new.split("= ")[1].split(" ")[0]) == c + inc  # noqa: E731
        concepts = ["수요함수"]
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D", concepts=concepts, check=chk)


@family("12경수02-05", "tax-effect-explain")
def _tx_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A, m, B, n, t, q0, q1 = _tax_market(rng)
    p0, pc = A - m * q0, A - m * q1
    good = rng.choice(["담배", "설탕이 든 음료", "일회용 비닐봉투"])
    dem = _fmt_lin("P", A, -m, "Q", st)
    sup = _fmt_lin("P", B, n, "Q", st, first_var=B == 0)
    text = (f"정부가 국민 건강과 환경을 위해 {good}에 1단위당 {t}원의 세금을 판매자에게 부과하려고 한다. 수요곡선이 {dem}, 공급곡선이 {sup}일 때 "
            f"(Q: 수량, P: 가격(원)), 세금 부과로 가격이 {t}원만큼 오르지 않는 까닭을 그래프의 평행이동과 균형점의 변화를 이용하여 설명하시오.")
    ans = (f"공급곡선이 위로 {t}만큼 평행이동하여 균형점이 ({q0}, {p0})에서 ({q1}, {pc})로 바뀐다. 소비자가 내는 가격은 {pc - p0}원만 오르고 "
           f"나머지 {t - (pc - p0)}원은 판매자가 받는 가격이 내려가는 것으로 부담하므로 가격 상승폭은 세금보다 작다.")
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A",
                   concepts=["균형가격", "세금"], check=lambda: 0 < pc - p0 < t)


# =================================================================================================
# 12경수02-06  부등식의 영역과 경제 문제 (예산 영역, 선형 계획: 최대 이윤·최소 비용)
# =================================================================================================
def _vertices(cons: list[tuple[int, int, int]], ge: bool = False) -> list[tuple[Fraction, Fraction]]:
    """Vertices of {x, y ≥ 0, a x + b y ≤ c (or ≥ c when ``ge``)} for the given constraints."""
    lines = [*cons, (1, 0, 0), (0, 1, 0)]
    pts = []
    for i in range(len(lines)):
        for j in range(i + 1, len(lines)):
            a1, b1, c1 = lines[i]
            a2, b2, c2 = lines[j]
            det = a1 * b2 - a2 * b1
            if det == 0:
                continue
            x = Fraction(c1 * b2 - c2 * b1, det)
            y = Fraction(a1 * c2 - a2 * c1, det)
            if x < 0 or y < 0:
                continue
            ok = all((a * x + b * y >= c) if ge else (a * x + b * y <= c) for a, b, c in cons)
            if ok and (x, y) not in pts:
                pts.append((x, y))
    return pts


def _xy(a: int, b: int) -> str:
    """``ax + by`` with unit coefficients dropped: _xy(1, 5) == 'x + 5y'."""
    return f"{'' if a == 1 else a}x + {'' if b == 1 else b}y"


def _lp_max(rng: random.Random) -> tuple:
    """Two ≤-constraints with an integer, unique interior-corner optimum (both constraints binding)."""
    while True:
        x0, y0 = rng.randrange(2, 30), rng.randrange(2, 30)
        a1, b1 = rng.randint(1, 5), rng.randint(1, 5)
        a2, b2 = rng.randint(1, 5), rng.randint(1, 5)
        if a1 * b2 == a2 * b1 or (a1 > a2) == (b1 > b2):
            continue
        c1, c2 = a1 * x0 + b1 * y0, a2 * x0 + b2 * y0
        cons = [(a1, b1, c1), (a2, b2, c2)]
        vs = _vertices(cons)
        if any(v[0].denominator != 1 or v[1].denominator != 1 for v in vs):
            continue
        # objective between the two constraint slopes so (x0, y0) is the unique optimum
        for _ in range(20):
            p, q = rng.randrange(1, 10), rng.randrange(1, 10)
            vals = [p * v[0] + q * v[1] for v in vs]
            best = max(vals)
            if vals.count(best) == 1 and vs[vals.index(best)] == (x0, y0):
                return cons, vs, (p, q), (x0, y0), int(best)


@family("12경수02-06", "lp-max-profit")
def _lp_profit(rng: random.Random) -> Problem:
    cons, _vs, (p, q), (x0, y0), best = _lp_max(rng)
    (a1, b1, c1), (a2, b2, c2) = cons
    unit_p = rng.choice([1, 2, 5, 10])
    shop = rng.choice([("가구 공방", "의자", "책상", "작업 시간", "시간", "목재", "장"),
                       ("빵집", "식빵", "케이크", "오븐 사용 시간", "시간", "밀가루", "kg"),
                       ("공장", "제품 A", "제품 B", "기계 가동 시간", "시간", "원료", "kg"),
                       ("수제 비누 가게", "비누", "향초", "작업 시간", "시간", "재료", "kg")])
    name_, g1, g2, r1, u1, r2, u2 = shop
    table = (f"| 구분 | {g1} 1개 | {g2} 1개 | 하루 최대 |\n|---|---|---|---|\n| {r1}({u1}) | {a1} | {b1} | {c1} |\n"
             f"| {r2}({u2}) | {a2} | {b2} | {c2} |\n| 이윤(만 원) | {p * unit_p} | {q * unit_p} | |")
    ans = f"{g1} {x0}개, {g2} {y0}개, 최대 이윤 {best * unit_p:,}만 원"
    text = rng.choice([
        f"어느 {josa(name_, '은/는')} {g1}와 {g2}를 만든다. 하나를 만드는 데 필요한 자원과 이윤이 다음과 같을 때, 하루 이윤이 최대가 되도록 하려면 "
        f"{g1}와 {g2}를 각각 몇 개씩 만들어야 하는지 구하고, 그때의 이윤을 {_q(rng)}\n{table}",
        f"{table}\n위 표는 어느 {name_}에서 {g1}와 {g2} 1개를 만드는 데 드는 {r1}, {r2}과 이윤을 나타낸 것이다. {g1}를 x개, {g2}를 y개 만든다고 할 때, "
        f"x, y가 만족시키는 부등식의 영역을 이용하여 최대 이윤을 {_q(rng)}",
    ])
    text = (text.replace(f"{g1}와", josa(g1, "과/와")).replace(f"{g2}를", josa(g2, "을/를")).replace(f"{g1}를", josa(g1, "을/를"))
            .replace(f"{r2}과", josa(r2, "과/와")))
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B",
                   concepts=["부등식의 영역"], also=["10공수2-02-08"][:0],
                   check=lambda: max(p * x + q * y for x in range(0, c1 + 1) for y in range(0, c1 + 1)
                                     if a1 * x + b1 * y <= c1 and a2 * x + b2 * y <= c2) == best)


@family("12경수02-06", "lp-min-cost-mix")
def _lp_mincost(rng: random.Random) -> Problem:
    while True:
        x0, y0 = rng.randrange(1, 12), rng.randrange(1, 12)
        a1, b1 = rng.randint(1, 6), rng.randint(1, 6)
        a2, b2 = rng.randint(1, 6), rng.randint(1, 6)
        if a1 * b2 == a2 * b1 or (a1 > a2) == (b1 > b2):
            continue
        c1, c2 = a1 * x0 + b1 * y0, a2 * x0 + b2 * y0
        cons = [(a1, b1, c1), (a2, b2, c2)]
        vs = _vertices(cons, ge=True)
        if any(v[0].denominator != 1 or v[1].denominator != 1 for v in vs) or (x0, y0) not in vs:
            continue
        found = None
        for _ in range(20):
            p, q = rng.randrange(1, 10), rng.randrange(1, 10)
            vals = [p * v[0] + q * v[1] for v in vs]
            if vals.count(min(vals)) == 1 and vs[vals.index(min(vals))] == (x0, y0):
                found = (p, q, int(min(vals)))
                break
        if found:
            break
    p, q, best = found
    unit = rng.choice([100, 500, 1000])
    f1, f2 = rng.choice([("사료 A", "사료 B"), ("식품 A", "식품 B"), ("비료 A", "비료 B")])
    n1, n2 = rng.choice([("단백질", "탄수화물"), ("비타민", "무기질"), ("질소", "인")])
    table = (f"| 성분 | {f1} 1봉지 | {f2} 1봉지 | 최소 필요량 |\n|---|---|---|---|\n| {n1}(g) | {a1} | {b1} | {c1} |\n"
             f"| {n2}(g) | {a2} | {b2} | {c2} |\n| 가격(원) | {p * unit:,} | {q * unit:,} | |")
    ans = f"{f1} {x0}봉지, {f2} {y0}봉지, 최소 비용 {best * unit:,}원"
    text = (f"두 가지 {f1[:-2]}을 섞어 {n1}과 {n2}을 필요한 양 이상 얻으려고 한다.\n{table}\n비용을 최소로 하려면 {f1}과 {f2}를 각각 몇 봉지씩 사야 하는지 "
            f"구하고, 그때의 비용을 {_q(rng)}").replace(f"{f1[:-2]}을", josa(f1[:-2], "을/를")).replace(
        f"{n1}과 {n2}을", f"{josa(n1, '과/와')} {josa(n2, '을/를')}").replace(f"{f1}과 {f2}를", f"{josa(f1, '과/와')} {josa(f2, '을/를')}")
    if rng.random() < 0.5:
        text = (f"{josa(f1, '과/와')} {josa(f2, '을/를')} 섞어 {josa(n1, '은/는')} {c1}g 이상, {josa(n2, '은/는')} {c2}g 이상 얻으면서 비용은 가장 적게 하려고 한다. "
                f"1봉지에 들어 있는 성분과 가격은 다음과 같다.\n{table}\n{f1} x봉지, {f2} y봉지를 산다고 할 때 x, y가 만족시키는 연립부등식을 세우고, "
                f"비용이 최소가 되는 x, y의 값과 최소 비용을 {_q(rng)}")
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B",
                   concepts=["부등식의 영역"],
                   check=lambda: min(p * x + q * y for x in range(0, c1 + c2 + 1) for y in range(0, c1 + c2 + 1)
                                     if a1 * x + b1 * y >= c1 and a2 * x + b2 * y >= c2) == best)


@family("12경수02-06", "budget-region-membership")
def _lp_budget(rng: random.Random) -> Problem:
    st = pick_style(rng)
    px, py = rng.choice([(1000, 2000), (2000, 3000), (1500, 2500), (3000, 1000), (500, 1500)])
    m = rng.randrange(10, 40) * 1000
    g1, g2 = rng.sample([("공책", "권"), ("볼펜", "자루"), ("빵", "개"), ("우유", "팩"), ("스티커", "장")], 2)
    ineq = f"{px}x + {py}y {'<=' if st == 'plain' else '≤'} {m}, x {'>=' if st == 'plain' else '≥'} 0, y {'>=' if st == 'plain' else '≥'} 0"
    if st == "latex":
        ineq = f"${px}x+{py}y\\le {m}$, $x\\ge 0$, $y\\ge 0$"
    inside = [(x, y) for x in range(0, m // px + 1) for y in range(0, m // py + 1) if px * x + py * y <= m]
    outside = [(x, y) for x in range(0, m // px + 3) for y in range(0, m // py + 3) if px * x + py * y > m]
    correct_pt = rng.choice([pt for pt in inside if pt[0] and pt[1]] or inside)
    wrong_pts = rng.sample([pt for pt in outside if pt[0] and pt[1] and px * pt[0] + py * pt[1] <= m * 1.4], 4)
    ch = choices(rng, f"({correct_pt[0]}, {correct_pt[1]})", [f"({a}, {b})" for a, b in wrong_pts])
    text = rng.choice([
        f"{josa(name(rng), '은/는')} {m:,}원으로 {g1[0]}(1{g1[1]} {px:,}원)와 {g2[0]}(1{g2[1]} {py:,}원)를 사려고 한다. {g1[0]} x{g1[1]}, {g2[0]} y{g2[1]}를 "
        f"살 수 있는 조건은 {ineq}이다. 다음 중 살 수 있는 조합 (x, y)는?\n{ch.block}",
        f"예산 제약을 나타내는 부등식의 영역이 {ineq}일 때, 이 영역에 속하는 점은?\n{ch.block}",
    ])
    text = text.replace(f"{g1[0]}(1", f"{g1[0]}(1").replace(f"원)와 {g2[0]}", f"원){'과' if _final_has(g1[0]) else '와'} {g2[0]}").replace(
        f"{py:,}원)를", f"{py:,}원){'을' if _final_has(g2[0]) else '를'}").replace(f"y{g2[1]}를", josa(f"y{g2[1]}", "을/를"))
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["부등식의 영역"], choice=ch,
                   check=lambda: px * correct_pt[0] + py * correct_pt[1] <= m and all(px * a + py * b > m for a, b in wrong_pts))


@family("12경수02-06", "budget-set-area-and-count")
def _lp_area(rng: random.Random) -> Problem:
    px, py = rng.choice([(1, 2), (2, 3), (1, 1), (3, 2), (2, 5), (1, 3)])
    k = rng.randrange(2, 8)
    m = px * py * k
    unit = rng.choice([1000, 500])
    g1, g2 = rng.sample(["김밥", "라면", "음료", "과자", "빵"], 2)
    mode = rng.randrange(2)
    if mode == 0:
        xi, yi = m // px, m // py
        area = Fraction(xi * yi, 2)
        ans = _frac_str(area)
        text = (f"{g1} 1개의 가격이 {px * unit:,}원, {g2} 1개의 가격이 {py * unit:,}원이고 예산이 {m * unit:,}원이다. {g1} x개와 {g2} y개를 사는 조건을 "
                f"부등식으로 나타내고, 이 부등식과 x ≥ 0, y ≥ 0을 모두 만족시키는 영역의 넓이를 {_q(rng)} (x, y는 실수로 생각한다.)")
        ans = f"{px * unit}x + {py * unit}y ≤ {m * unit}, 넓이 {ans}"
        return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["부등식의 영역"],
                       check=lambda: area * 2 * px * py == m * m)
    cnt = sum(1 for x in range(0, m // px + 1) for y in range(0, m // py + 1) if px * x + py * y <= m and x >= 1 and y >= 1)
    ans = f"{cnt}가지"
    text = (f"{g1}(1개 {px * unit:,}원)와 {g2}(1개 {py * unit:,}원)를 각각 1개 이상 사되, 전체 금액이 {m * unit:,}원 이하가 되도록 사는 방법은 모두 몇 가지인지 "
            f"{_q(rng)}").replace(f"{g1}(1개", f"{g1}(1개").replace(f"원)와 {g2}", f"원){'과' if _final_has(g1) else '와'} {g2}").replace(
        f"{py * unit:,}원)를", f"{py * unit:,}원){'을' if _final_has(g2) else '를'}")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["부등식의 영역"],
                   check=lambda: cnt == sum(max(0, (m - px * x) // py) for x in range(1, m // px + 1)))


@family("12경수02-06", "write-constraints-fill")
def _lp_write(rng: random.Random) -> Problem:
    a1, b1, a2, b2 = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5)
    c1, c2 = rng.randrange(20, 120), rng.randrange(20, 120)
    g1, g2, r1, r2 = rng.choice([("티셔츠", "모자", "재봉 시간", "포장 시간"), ("머핀", "쿠키 상자", "반죽 시간", "굽는 시간"),
                                 ("화분", "꽃다발", "준비 시간", "포장 시간"), ("도마", "수저 받침", "재단 시간", "칠하는 시간")])
    ans = f"{_xy(a1, b1)} ≤ {c1}, {_xy(a2, b2)} ≤ {c2}, x ≥ 0, y ≥ 0"
    text = (f"{g1} 1개를 만드는 데 {r1} {a1}시간, {r2} {a2}시간이 들고, {g2} 1개를 만드는 데 {r1} {b1}시간, {r2} {b2}시간이 든다. "
            f"일주일에 쓸 수 있는 {josa(r1, '은/는')} 최대 {c1}시간, {josa(r2, '은/는')} 최대 {c2}시간이다. {g1} x개, {g2} y개를 만든다고 할 때 "
            f"x, y가 만족시켜야 하는 조건을 부등식으로 나타내면\n(    )x + (    )y ≤ {c1}, (    )x + (    )y ≤ {c2}, x ≥ 0, y ≥ 0\n이다. "
            f"( ) 안에 알맞은 수를 차례대로 쓰시오.")
    if rng.random() < 0.5:
        text = (f"| 구분 | {g1} 1개 | {g2} 1개 | 일주일 최대 |\n|---|---|---|---|\n| {r1}(시간) | {a1} | {b1} | {c1} |\n| {r2}(시간) | {a2} | {b2} | {c2} |\n"
                f"위 표를 보고 {g1} x개, {g2} y개를 만들 때의 조건을 연립부등식\n(    )x + (    )y ≤ {c1}, (    )x + (    )y ≤ {c2}, x ≥ 0, y ≥ 0\n"
                f"으로 나타내려고 한다. ( ) 안에 알맞은 수를 차례대로 쓰시오.")
    return Problem(text=text, answer=f"{a1}, {b1}, {a2}, {b2} ({ans})", format="fill", difficulty=2, achievement_level="D",
                   concepts=["부등식의 영역"], check=lambda: c1 > 0 and c2 > 0)


@family("12경수02-06", "lp-vertex-evaluate")
def _lp_vertex(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cons, vs, (p, q), (x0, y0), best = _lp_max(rng)
    (a1, b1, c1), (a2, b2, c2) = cons
    le = "≤" if st != "plain" else "<="
    ge = "≥" if st != "plain" else ">="
    sys_ = f"{_xy(a1, b1)} {le} {c1}, {_xy(a2, b2)} {le} {c2}, x {ge} 0, y {ge} 0"
    obj = f"{p}x + {q}y"
    if st == "latex":
        sys_ = f"${_xy(a1, b1).replace(' ', '')}\\le {c1}$, ${_xy(a2, b2).replace(' ', '')}\\le {c2}$, $x\\ge 0$, $y\\ge 0$"
        obj = f"${p}x+{q}y$"
    vs_sorted = sorted(vs)
    ans = f"꼭짓점 {', '.join(f'({v[0]}, {v[1]})' for v in vs_sorted)}; 최댓값 {best} (x = {x0}, y = {y0})"
    text = rng.choice([
        f"어느 회사의 두 제품 생산량 x, y가 연립부등식 {sys_}을 만족시킨다. 이윤이 {obj}(만 원)일 때, 영역의 꼭짓점을 모두 구하고 이윤의 최댓값을 {_q(rng)}",
        f"연립부등식 {sys_}의 영역을 좌표평면에 나타내고, 이 영역에서 {obj}의 최댓값과 그때의 x, y의 값을 구하시오. (x, y는 두 상품의 판매량)",
    ])
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["부등식의 영역"], also=[],
                   check=lambda: max(p * v[0] + q * v[1] for v in _vertices(cons)) == best == p * x0 + q * y0)


@family("12경수02-06", "lp-explain-corner")
def _lp_explain(rng: random.Random) -> Problem:
    cons, vs, (p, q), (x0, y0), best = _lp_max(rng)
    (a1, b1, c1), (a2, b2, c2) = cons
    g1, g2 = rng.choice([("운동화", "슬리퍼"), ("노트북 가방", "필통"), ("김치", "깍두기")])
    text = (f"{g1} x개, {g2} y개를 만들 때의 조건이 {_xy(a1, b1)} ≤ {c1}, {_xy(a2, b2)} ≤ {c2}, x ≥ 0, y ≥ 0이고, 이윤은 {_xy(p, q)}(만 원)이다. "
            f"이윤을 k라 하고 직선 {_xy(p, q)} = k를 평행이동하는 방법으로 이윤이 최대가 되는 점을 찾는 과정을 설명하고 최대 이윤을 구하시오.")
    ans = (f"직선 {_xy(p, q)} = k는 k가 커질수록 위쪽으로 평행이동한다. 영역과 만나는 범위에서 k가 가장 클 때는 두 직선 {_xy(a1, b1)} = {c1}, "
           f"{_xy(a2, b2)} = {c2}의 교점 ({x0}, {y0})을 지날 때이므로 최대 이윤은 {best}만 원이다.")
    if rng.random() < 0.5:
        text = (f"{g1} x개와 {g2} y개를 만드는 데 {_xy(a1, b1)} ≤ {c1}, {_xy(a2, b2)} ≤ {c2}, x ≥ 0, y ≥ 0의 제약이 있다. 이윤 {_xy(p, q)}(만 원)을 "
                f"최대로 하는 생산량을 찾을 때 영역의 꼭짓점만 조사해도 되는 까닭을 설명하고, 최대 이윤과 그때의 생산량을 구하시오.")
    return Problem(text=text, answer=ans, format="proof", difficulty=5, achievement_level="A",
                   concepts=["부등식의 영역"],
                   check=lambda: a1 * x0 + b1 * y0 == c1 and a2 * x0 + b2 * y0 == c2 and best == max(p * v[0] + q * v[1] for v in vs))


@family("12경수02-06", "lp-advertising-mix")
def _lp_ads(rng: random.Random) -> Problem:
    cons, _vs, (p, q), (x0, y0), best = _lp_max(rng)
    (a1, b1, c1), (a2, b2, c2) = cons
    budget_unit = rng.choice([10, 50, 100])
    text = (f"어느 기업이 온라인 광고 x회와 TV 광고 y회를 하려고 한다. 온라인 광고 1회에 {a1 * budget_unit}만 원, TV 광고 1회에 {b1 * budget_unit}만 원이 들고 "
            f"광고비 예산은 {c1 * budget_unit:,}만 원이다. 또 광고 제작 인력은 온라인 광고 1회에 {a2}명, TV 광고 1회에 {b2}명이 필요하며 모두 {c2}명까지 "
            f"쓸 수 있다. 광고 1회당 예상 시청자가 온라인 {p}만 명, TV {q}만 명일 때, 예상 시청자 수가 최대가 되는 광고 횟수와 그때의 시청자 수를 {_q(rng)}")
    ans = f"온라인 {x0}회, TV {y0}회, {best}만 명"
    if rng.random() < 0.5:
        text = (f"광고비 예산 {c1 * budget_unit:,}만 원과 제작 인력 {c2}명으로 온라인 광고와 TV 광고를 하려고 한다.\n"
                f"| 구분 | 비용(만 원) | 필요 인력(명) | 1회당 예상 시청자(만 명) |\n|---|---|---|---|\n"
                f"| 온라인 광고 | {a1 * budget_unit} | {a2} | {p} |\n| TV 광고 | {b1 * budget_unit} | {b2} | {q} |\n"
                f"온라인 광고를 x회, TV 광고를 y회 한다고 할 때, 부등식의 영역을 이용하여 예상 시청자 수가 최대가 되는 x, y와 그때의 시청자 수를 {_q(rng)}")
    return Problem(text=text, answer=ans, format="word", difficulty=5, achievement_level="A",
                   concepts=["부등식의 영역"],
                   check=lambda: max(p * x + q * y for x in range(0, c1 + 1) for y in range(0, c1 + 1)
                                     if a1 * x + b1 * y <= c1 and a2 * x + b2 * y <= c2) == best)


# =================================================================================================
# 12경수03-01  경제 현상을 행렬로 나타내고 연산하기 (판매량·가격·원가·환전 행렬)
# =================================================================================================
_BRACKETS = {1: ("[", "]"), 2: ("⎡⎣", "⎤⎦"), 3: ("⎡⎢⎣", "⎤⎥⎦")}


def _mat(M: list[list], st: str) -> str:
    """A matrix: LaTeX pmatrix, a multi-line Unicode bracket, or plain ``[[a, b], [c, d]]``."""
    cells = [[_cell(v) for v in row] for row in M]
    if st == "latex":
        rows = r" \\ ".join(" & ".join(r) for r in cells)
        return f"$\\begin{{pmatrix}} {rows} \\end{{pmatrix}}$"
    if st == "unicode" and len(cells) in (2, 3):
        w = max(len(c) for r in cells for c in r)
        left, right = _BRACKETS[len(cells)]
        lines = [left[i] + " ".join(c.rjust(w) for c in r) + right[i] for i, r in enumerate(cells)]
        return "\n" + "\n".join(lines) + "\n"
    return "[" + ", ".join("[" + ", ".join(r) + "]" for r in cells) + "]"


def _cell(v: int | Fraction) -> str:
    """A matrix entry: integer, terminating decimal (9.61) or fraction (1/3); no thousands commas."""
    if isinstance(v, str):
        return v
    v = Fraction(v)
    if v.denominator == 1:
        return str(v.numerator)
    c = _coef(v)
    return c if not c.startswith("(") else _frac_str(v)


def _mat_ans(M: list[list], frac: bool = False) -> str:
    fmt = (lambda v: _frac_str(Fraction(v))) if frac else _cell
    return "[" + ", ".join("[" + ", ".join(fmt(v) for v in r) + "]" for r in M) + "]"


def _mul(A: list[list], B: list[list]) -> list[list]:
    return [[sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))] for i in range(len(A))]


_STORES = [("강남점", "역삼점"), ("1호점", "2호점"), ("A 매장", "B 매장"), ("본점", "분점")]
_ITEMS3 = [("아메리카노", "라떼", "케이크"), ("김밥", "라면", "떡볶이"), ("공책", "볼펜", "필통"),
           ("티셔츠", "바지", "모자"), ("사과", "배", "귤")]


@family("12경수03-01", "sales-matrix-add-sub")
def _mx_add(rng: random.Random) -> Problem:
    st = pick_style(rng)
    stores = rng.choice(_STORES)
    items = rng.choice(_ITEMS3)
    A = [[rng.randrange(10, 90) for _ in range(3)] for _ in range(2)]
    B = [[rng.randrange(10, 90) for _ in range(3)] for _ in range(2)]
    op_ = rng.choice(["+", "-"])
    res = [[A[i][j] + (B[i][j] if op_ == "+" else -B[i][j]) for j in range(3)] for i in range(2)]
    m1, m2 = rng.choice([("3월", "4월"), ("1주 차", "2주 차"), ("상반기", "하반기")])
    head = (f"행렬의 1행, 2행은 각각 {stores[0]}, {stores[1]}을, 1열, 2열, 3열은 각각 {items[0]}, {items[1]}, {items[2]}의 판매량(개)을 나타낸다.")
    if op_ == "+":
        q = f"두 기간의 판매량의 합을 나타내는 행렬 A + B를 {_q(rng)}"
    else:
        q = f"{m1}에 비하여 {m2}에 판매량이 얼마나 줄었는지(늘었으면 음수) 나타내는 행렬 A − B를 {_q(rng)}"
    text = (f"어느 가게의 {m1} 판매량을 행렬 A, {m2} 판매량을 행렬 B로 나타내었다. {head}\nA = {_mat(A, st)}, B = {_mat(B, st)}\n{q}")
    if rng.random() < 0.4:
        text = (f"{stores[0]}과 {stores[1]}에서 {m1}와 {m2}에 판매한 {items[0]}, {items[1]}, {items[2]}의 개수를 각각 행렬 A, B로 나타내었다. "
                f"(행: {stores[0]}, {stores[1]} / 열: {items[0]}, {items[1]}, {items[2]})\nA = {_mat(A, st)}, B = {_mat(B, st)}\n{q}").replace(
            f"{stores[0]}과", josa(stores[0], "과/와")).replace(f"{m1}와", josa(m1, "과/와"))
    return Problem(text=text, answer=_mat_ans(res), format="computation", difficulty=1, achievement_level="E",
                   concepts=["행렬", "성분"], also=["10공수1-04-02"],
                   check=lambda: all(res[i][j] - A[i][j] in (B[i][j], -B[i][j]) for i in range(2) for j in range(3)))


@family("12경수03-01", "price-matrix-scalar")
def _mx_scalar(rng: random.Random) -> Problem:
    st = pick_style(rng)
    items = rng.choice(_ITEMS3)
    stores = rng.choice(_STORES)
    P = [[rng.randrange(10, 60) * 100 for _ in range(3)] for _ in range(2)]
    k, why = rng.choice([(Fraction(11, 10), "부가가치세 10%를 더한"), (Fraction(9, 10), "10% 할인한"),
                         (Fraction(12, 10), "20% 인상한"), (Fraction(4, 5), "20% 할인한")])
    res = [[k * v for v in row] for row in P]
    text = rng.choice([
        f"두 매장 {stores[0]}, {stores[1]}의 {items[0]}, {items[1]}, {items[2]} 가격(원)을 행렬 P = {_mat(P, st)}로 나타내었다. "
        f"모든 가격을 {why} 가격을 나타내는 행렬을 P의 실수배로 나타내고 그 행렬을 {_q(rng)}",
        f"행렬 P = {_mat(P, st)}는 두 가게(행)에서 파는 세 상품(열)의 가격(원)이다. 모든 가격을 {why} 가격으로 바꾼 가격표를 행렬로 나타내시오.",
    ])
    ans = f"{_dec(k)}P = {_mat_ans(res)}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["행렬", "성분"], also=["10공수1-04-02"],
                   check=lambda: all(res[i][j] * 10 == P[i][j] * k * 10 for i in range(2) for j in range(3)))


@family("12경수03-01", "quantity-times-price-revenue")
def _mx_rev(rng: random.Random) -> Problem:
    st = pick_style(rng)
    items = rng.choice(_ITEMS3)
    stores = rng.choice(_STORES)
    Q = [[rng.randrange(5, 60) for _ in range(3)] for _ in range(2)]
    P = [[rng.randrange(5, 50) * 100] for _ in range(3)]
    R = _mul(Q, P)
    mode = rng.randrange(2)
    if mode == 0:
        text = (f"다음 행렬 Q는 두 매장 {stores[0]}, {stores[1]}(행)의 하루 {items[0]}, {items[1]}, {items[2]}(열) 판매량(개)이고, P는 세 상품의 "
                f"1개당 가격(원)이다.\nQ = {_mat(Q, st)}, P = {_mat(P, st)}\n행렬의 곱 QP를 구하고, 그 성분이 뜻하는 것을 쓰시오.")
        ans = f"QP = {_mat_ans(R)}; 각 성분은 {stores[0]}, {stores[1]}의 하루 판매액(원)"
        fmt, d = "computation", 3
    else:
        table = (f"| 판매량(개) | {items[0]} | {items[1]} | {items[2]} |\n|---|---|---|---|\n"
                 f"| {stores[0]} | {Q[0][0]} | {Q[0][1]} | {Q[0][2]} |\n| {stores[1]} | {Q[1][0]} | {Q[1][1]} | {Q[1][2]} |\n\n"
                 f"| 상품 | {items[0]} | {items[1]} | {items[2]} |\n|---|---|---|---|\n| 가격(원) | {P[0][0]:,} | {P[1][0]:,} | {P[2][0]:,} |")
        text = (f"{table}\n위 자료를 2×3 행렬과 3×1 행렬로 나타내고, 행렬의 곱셈을 이용하여 두 매장의 판매액을 각각 {_q(rng)}")
        ans = f"{stores[0]} {R[0][0]:,}원, {stores[1]} {R[1][0]:,}원"
        fmt, d = "data", 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="C", concepts=["행렬", "성분"],
                   check=lambda: R[0][0] == sum(Q[0][k] * P[k][0] for k in range(3)) and R[1][0] == sum(Q[1][k] * P[k][0] for k in range(3)))


@family("12경수03-01", "material-cost-matrix")
def _mx_cost(rng: random.Random) -> Problem:
    st = pick_style(rng)
    prods = rng.choice([("식빵", "케이크"), ("의자", "책상"), ("비누", "향초"), ("티셔츠", "후드티")])
    mats = rng.choice([("밀가루(kg)", "버터(kg)", "설탕(kg)"), ("목재(장)", "나사(개)", "페인트(L)"), ("원료 A(kg)", "원료 B(kg)", "포장재(개)")])
    U = [[rng.randint(1, 6) for _ in range(3)] for _ in range(2)]
    C = [[rng.randrange(5, 80) * 100] for _ in range(3)]
    N = [[rng.randrange(10, 100, 10), rng.randrange(10, 100, 10)]]
    mode = rng.randrange(2)
    UC = _mul(U, C)
    if mode == 0:
        text = (f"{prods[0]}, {prods[1]} 1개를 만드는 데 필요한 재료 {', '.join(mats)}의 양을 행렬 U = {_mat(U, st)}로, 재료 1단위의 가격(원)을 "
                f"행렬 C = {_mat(C, st)}로 나타내었다. 행렬 UC를 구하고, 그 의미를 설명하시오.")
        ans = f"UC = {_mat_ans(UC)}; {prods[0]}, {prods[1]} 1개당 재료비(원)"
        return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                       concepts=["행렬", "성분"], check=lambda: [[sum(U[i][k] * C[k][0] for k in range(3))] for i in range(2)] == UC)
    NU = _mul(N, U)
    NUC = _mul(NU, C)
    text = (f"{prods[0]} {N[0][0]}개, {prods[1]} {N[0][1]}개를 주문받았다. 1개당 필요한 재료의 양은 U = {_mat(U, st)}(열: {', '.join(mats)}), "
            f"재료 1단위의 가격(원)은 C = {_mat(C, st)}이다. 주문량을 1×2 행렬 N = {_mat(N, st)}로 나타낼 때, NU와 NUC를 구하고 각각의 의미를 쓰시오.")
    ans = f"NU = {_mat_ans(NU)} (필요한 재료의 총량), NUC = {_mat_ans(NUC)} (총 재료비 {NUC[0][0]:,}원)"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B", concepts=["행렬", "성분"],
                   check=lambda: NUC[0][0] == sum(N[0][i] * UC[i][0] for i in range(2)))


@family("12경수03-01", "currency-holdings-matrix")
def _mx_fx(rng: random.Random) -> Problem:
    st = pick_style(rng)
    who = rng.sample(["민준", "서연", "지호", "하은", "도윤", "수아"], 2)
    H = [[rng.randrange(1, 20) * 10, rng.randrange(1, 30) * 1000, rng.randrange(1, 10) * 10] for _ in range(2)]
    rates = [[rng.randrange(1250, 1450, 5)], [Fraction(rng.randrange(850, 990), 100)], [rng.randrange(1380, 1550, 5)]]
    W = _mul(H, rates)
    if any(Fraction(w[0]).denominator != 1 for w in W):
        return _mx_fx(rng)
    text = (f"여행을 다녀온 {josa(who[0], '과/와')} {josa(who[1], '이/가')} 가지고 있는 달러, 엔, 유로를 행렬 H = {_mat(H, st)}로 나타내었다. "
            f"(1행: {who[0]}, 2행: {who[1]}, 열: 달러, 엔, 유로) 1달러, 1엔, 1유로의 매매기준율(원)을 3×1 행렬 E = {_mat(rates, st)}로 나타낼 때, "
            f"HE를 구하고 각 성분의 의미를 쓰시오.")
    ans = f"HE = {_mat_ans(W)}; {who[0]}, {josa(who[1], '이/가')} 가진 외화를 원화로 바꾼 금액(원)"
    if rng.random() < 0.5:
        text = (f"| 보유 외화 | 달러 | 엔 | 유로 |\n|---|---|---|---|\n| {who[0]} | {H[0][0]} | {H[0][1]} | {H[0][2]} |\n| {who[1]} | {H[1][0]} | {H[1][1]} | {H[1][2]} |\n"
                f"1달러 = {rates[0][0]:,}원, 1엔 = {_cell(rates[1][0])}원, 1유로 = {rates[2][0]:,}원일 때, 보유 외화를 2×3 행렬 H로, 환율을 3×1 행렬 E로 나타내어 "
                f"두 사람이 가진 외화를 각각 원화로 바꾼 금액을 행렬의 곱 HE로 {_q(rng)}")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["행렬", "성분", "환율"],
                   check=lambda: all(W[i][0] == sum(H[i][k] * rates[k][0] for k in range(3)) for i in range(2)))


@family("12경수03-01", "entry-meaning-mcq")
def _mx_meaning(rng: random.Random) -> Problem:
    stores = rng.choice(_STORES)
    items = rng.choice(_ITEMS3)
    i, j = rng.randint(1, 2), rng.randint(1, 3)
    correct = f"{stores[i - 1]}의 {items[j - 1]} 판매량"
    dis = [f"{stores[2 - i]}의 {items[j - 1]} 판매량", f"{stores[i - 1]}의 {items[j % 3]} 판매량",
           f"{stores[i - 1]}의 {items[(j + 1) % 3]} 판매량", f"두 매장의 {items[j - 1]} 판매량의 합",
           f"{stores[i - 1]}의 전체 판매량"]
    ch = choices(rng, correct, dis)
    sub = f"a_{{{i}{j}}}" if rng.random() < 0.5 else f"({i}, {j}) 성분"
    sub_t = f"${sub}$" if sub.startswith("a_") else sub
    text = (f"두 매장 {stores[0]}, {stores[1]}의 {items[0]}, {items[1]}, {items[2]} 판매량을 행은 매장, 열은 상품 순서로 2×3 행렬 A로 나타내었다. "
            f"행렬 A의 {josa(sub_t, '이/가')} 나타내는 것은?\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E", concepts=["행렬", "성분"],
                   also=["10공수1-04-01"], choice=ch, check=lambda: correct.startswith(stores[i - 1]))


@family("12경수03-01", "product-size-and-entry")
def _mx_size(rng: random.Random) -> Problem:
    m, n, p = rng.choice([(2, 3, 1), (3, 2, 2), (2, 3, 2), (1, 3, 2), (3, 3, 1), (2, 2, 3)])
    ctx = rng.choice(["판매량 행렬", "생산량 행렬", "주문량 행렬"])
    ctx2 = rng.choice(["가격 행렬", "원가 행렬", "단가 행렬"])
    correct = f"{m}×{p} 행렬"
    dis = [f"{n}×{n} 행렬", f"{p}×{m} 행렬", f"{m}×{n} 행렬", f"{n}×{p} 행렬", "곱을 정의할 수 없다", f"{m * n}×{p} 행렬"]
    ch = choices(rng, correct, dis)
    text = (f"{m}×{n} 행렬 A는 {ctx}이고, {n}×{p} 행렬 B는 {ctx2}이다. 두 행렬의 곱 AB는 어떤 꼴의 행렬인가?\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E", concepts=["행렬", "m×n 행렬"],
                   also=["10공수1-04-02"], choice=ch, check=lambda: len(_mul([[1] * n] * m, [[1] * p] * n)) == m)


@family("12경수03-01", "two-period-revenue-change")
def _mx_change(rng: random.Random) -> Problem:
    st = pick_style(rng)
    items = rng.choice(_ITEMS3)
    Q1 = [[rng.randrange(20, 200, 5) for _ in range(3)]]
    Q2 = [[q + rng.randrange(-15, 40, 5) for q in Q1[0]]]
    P = [[rng.randrange(10, 60) * 100] for _ in range(3)]
    D = [[Q2[0][j] - Q1[0][j] for j in range(3)]]
    dr = _mul(D, P)[0][0]
    text = (f"어느 가게의 {items[0]}, {items[1]}, {items[2]} 월 판매량이 지난달 {_mat(Q1, st)}, 이번 달 {_mat(Q2, st)}(1×3 행렬)이고, 가격(원)은 "
            f"두 달 모두 P = {_mat(P, st)}이다. 행렬의 연산을 이용하여 이번 달 판매액이 지난달보다 얼마나 늘었는지(줄었으면 음수) {_q(rng)}")
    ans = f"{dr:,}원"
    if rng.random() < 0.5:
        text = (f"| 상품 | {items[0]} | {items[1]} | {items[2]} |\n|---|---|---|---|\n| 지난달 판매량 | {Q1[0][0]} | {Q1[0][1]} | {Q1[0][2]} |\n"
                f"| 이번 달 판매량 | {Q2[0][0]} | {Q2[0][1]} | {Q2[0][2]} |\n| 가격(원) | {P[0][0]:,} | {P[1][0]:,} | {P[2][0]:,} |\n"
                f"판매량의 변화를 1×3 행렬로, 가격을 3×1 행렬로 나타내어 두 행렬의 곱으로 판매액의 변화량을 {_q(rng)} (줄었으면 음수)")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C", concepts=["행렬", "성분"],
                   check=lambda: dr == _mul(Q2, P)[0][0] - _mul(Q1, P)[0][0])


# =================================================================================================
# 12경수03-02  역행렬과 행렬식 (2×2)
# =================================================================================================
def _rand2(rng: random.Random, det_choices: tuple[int, ...] = (1, -1, 2, -2, 3, 5, -3, 4, 6)) -> list[list[int]]:
    while True:
        M = [[rng.randint(-6, 9) for _ in range(2)] for _ in range(2)]
        det = M[0][0] * M[1][1] - M[0][1] * M[1][0]
        if det in det_choices and all(M[i][j] != 0 for i in range(2) for j in range(2) if (i, j) != (0, 1) or rng.random() < 0.7):
            return M


def _inv2(M: list[list]) -> list[list[Fraction]]:
    a, b = M[0]
    c, d = M[1]
    det = Fraction(a * d - b * c)
    return [[d / det, -b / det], [-c / det, a / det]]


def _sp_inv_ok(M: list[list], inv: list[list]) -> bool:
    import sympy as sp
    return sp.Matrix(M).inv() == sp.Matrix([[sp.Rational(v.numerator, v.denominator) for v in r] for r in inv])


@family("12경수03-02", "determinant-2x2")
def _iv_det(rng: random.Random) -> Problem:
    st = pick_style(rng)
    M = [[rng.randint(-9, 12) for _ in range(2)] for _ in range(2)]
    det = M[0][0] * M[1][1] - M[0][1] * M[1][0]
    inv_exists = det != 0
    text = rng.choice([
        f"행렬 A = {_mat(M, st)}의 행렬식 det A의 값을 {_q(rng)}",
        f"행렬 {_mat(M, st)}의 행렬식을 구하고, 이 행렬의 역행렬이 존재하는지 판단하시오.",
    ])
    ans = str(det) if "판단" not in text else f"{det}, " + ("역행렬이 존재한다" if inv_exists else "역행렬이 존재하지 않는다")
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["행렬식", "역행렬"],
                   check=lambda: __import__("sympy").Matrix(M).det() == det)


@family("12경수03-02", "inverse-2x2")
def _iv_inv(rng: random.Random) -> Problem:
    st = pick_style(rng)
    M = _rand2(rng)
    inv = _inv2(M)
    text = rng.choice([
        f"행렬 A = {_mat(M, st)}의 역행렬 A⁻¹을 {_q(rng)}" if st != "latex" else f"행렬 $A={_mat(M, st)[1:-1]}$의 역행렬 $A^{{-1}}$을 {_q(rng)}",
        f"다음 행렬의 역행렬을 구하시오.\n{_mat(M, st)}",
    ])
    det = M[0][0] * M[1][1] - M[0][1] * M[1][0]
    d = 1 if abs(det) == 1 else 2
    return Problem(text=text, answer=_mat_ans(inv, frac=True), format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["역행렬", "행렬식"], check=lambda: _sp_inv_ok(M, inv))


@family("12경수03-02", "no-inverse-parameter")
def _iv_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        a, b, c = rng.randint(1, 9), rng.randint(-6, 9), rng.randint(-6, 9)
        if b * c % a == 0 and b and c:
            break
    k = b * c // a  # det = a k − b c = 0
    pos = rng.randrange(2)
    if pos == 0:
        M_txt = _mat([[a, b], [c, "k"]], st) if st != "latex" else f"$\\begin{{pmatrix}} {a} & {b} \\\\ {c} & k \\end{{pmatrix}}$"
    else:
        M_txt = _mat([["k", b], [c, a]], st) if st != "latex" else f"$\\begin{{pmatrix}} k & {b} \\\\ {c} & {a} \\end{{pmatrix}}$"
    text = rng.choice([
        f"행렬 {M_txt}의 역행렬이 존재하지 않도록 하는 실수 k의 값을 {_q(rng)}",
        f"행렬 {M_txt}의 행렬식이 0이 되는 k의 값을 구하시오.",
    ])
    return Problem(text=text, answer=str(k), format="computation", difficulty=2, achievement_level="D",
                   concepts=["역행렬", "행렬식"], check=lambda: a * k - b * c == 0)


@family("12경수03-02", "check-inverse-mcq")
def _iv_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    M = _rand2(rng, (1, -1, 2, -2))
    inv = _inv2(M)
    a, b = M[0]
    c, d = M[1]
    det = Fraction(a * d - b * c)
    wrong = [
        [[d / det, b / det], [c / det, a / det]],      # sign slip
        [[a / det, -b / det], [-c / det, d / det]],    # forgot to swap
        [[Fraction(d), Fraction(-b)], [Fraction(-c), Fraction(a)]] if det != 1 else [[-d / det, b / det], [c / det, -a / det]],
        [[-d / det, b / det], [c / det, -a / det]],
        [[d / det, -c / det], [-b / det, a / det]],
        [[Fraction(a), Fraction(b)], [Fraction(c), Fraction(d)]],
        [[-v for v in r] for r in inv],
        [[Fraction(d) * det, Fraction(-b) * det], [Fraction(-c) * det, Fraction(a) * det]],
    ]
    opts = [_mat_ans(w, frac=True) for w in wrong]
    if len(set(opts) - {_mat_ans(inv, frac=True)}) < 4 or 0 in (a, b, c, d):
        return _iv_mcq(rng)
    ch = choices(rng, _mat_ans(inv, frac=True), opts)
    text = f"행렬 {_mat(M, st)}의 역행렬은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["역행렬"], choice=ch, check=lambda: _sp_inv_ok(M, inv))


@family("12경수03-02", "inverse-formula-fill")
def _iv_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    M = _rand2(rng, (2, 3, -2, 4, 5, 6, -3))
    a, b = M[0]
    c, d = M[1]
    det = a * d - b * c
    text = (f"행렬 A = {_mat(M, st)}에 대하여 ad − bc = (가)이므로 A의 역행렬이 존재하고,\n"
            f"A⁻¹ = 1/(가) × [[(나), (다)], [(라), {a}]]\n이다. (가)~(라)에 알맞은 수를 차례대로 쓰시오.")
    if st == "latex":
        text = text.replace("A⁻¹ = 1/(가) ×", "$A^{-1}=\\frac{1}{(가)}$ ×")
    ans = f"{det}, {d}, {-b}, {-c}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["역행렬", "행렬식"], check=lambda: _sp_inv_ok(M, _inv2(M)) and a * d - b * c == det)


@family("12경수03-02", "solve-matrix-equation")
def _iv_eq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = _rand2(rng, (1, -1, 2, -2))
    X = [[rng.randint(-4, 6) for _ in range(2)] for _ in range(2)]
    right = rng.random() < 0.5
    B = _mul(A, X) if not right else _mul(X, A)
    eq = "AX = B" if not right else "XA = B"
    text = (f"두 행렬 A = {_mat(A, st)}, B = {_mat(B, st)}에 대하여 {josa(eq, '을/를')} 만족시키는 행렬 X를 역행렬을 이용하여 {_q(rng)}")
    if rng.random() < 0.4:
        text = (f"행렬 A = {_mat(A, st)}의 역행렬 A⁻¹을 구하고, 이를 이용하여 {josa(eq, '을/를')} 만족시키는 행렬 X를 구하시오. (단, B = {_mat(B, st)})")
    return Problem(text=text, answer=_mat_ans(X), format="computation", difficulty=3, achievement_level="C",
                   concepts=["역행렬"],
                   check=lambda: (__import__("sympy").Matrix(A).inv() * __import__("sympy").Matrix(B) if not right
                                  else __import__("sympy").Matrix(B) * __import__("sympy").Matrix(A).inv()) == __import__("sympy").Matrix(X))


@family("12경수03-02", "inverse-of-scalar-and-inverse")
def _iv_prop(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = _rand2(rng, (1, -1, 2, -2, 3))
    k = rng.choice([2, 3, -2, Fraction(1, 2)])
    invA = _inv2(A)
    mode = rng.randrange(2)
    if mode == 0:
        res = [[v / k for v in r] for r in invA]
        text = f"행렬 A = {_mat(A, st)}에 대하여 행렬 {_cell(k)}A의 역행렬을 {_q(rng)}"
        return Problem(text=text, answer=_mat_ans(res, frac=True), format="computation", difficulty=3, achievement_level="C",
                       concepts=["역행렬"], check=lambda: _sp_inv_ok([[k * v for v in r] for r in A], res))
    text = f"행렬 A = {_mat(A, st)}의 역행렬을 A⁻¹라 할 때, (A⁻¹)⁻¹과 A⁻¹의 행렬식의 값을 각각 {_q(rng)}"
    detinv = Fraction(1, A[0][0] * A[1][1] - A[0][1] * A[1][0])
    ans = f"(A⁻¹)⁻¹ = {_mat_ans(A)}, det(A⁻¹) = {_frac_str(detinv)}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["역행렬", "행렬식"],
                   check=lambda: __import__("sympy").Matrix(A).inv().det() == __import__("sympy").Rational(detinv.numerator, detinv.denominator))


@family("12경수03-02", "inverse-meaning-price-change")
def _iv_meaning(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = rng.choice([[[2, 1], [1, 1]], [[3, 2], [1, 1]], [[1, 1], [1, 2]], [[3, 1], [2, 1]], [[2, 3], [1, 2]],
                    [[4, 3], [1, 1]], [[5, 2], [2, 1]], [[1, 2], [1, 3]], [[3, 5], [1, 2]]])
    inv = _inv2(A)
    x = [[rng.randrange(5, 40) * 100], [rng.randrange(5, 40) * 100]]
    y = _mul(A, x)
    g1, g2 = rng.choice([("빵", "우유"), ("김밥", "라면"), ("공책", "볼펜"), ("사과", "배")])
    text = (f"세트 메뉴 1은 {g1} {A[0][0]}개와 {g2} {A[0][1]}개, 세트 메뉴 2는 {g1} {A[1][0]}개와 {g2} {A[1][1]}개로 구성된다. 구성 행렬 "
            f"A = {_mat(A, st)}, {g1}과 {g2}의 1개당 가격을 나타내는 2×1 행렬을 X라 하면 두 세트의 가격은 AX = {_mat(y, st)}(원)이다. "
            f"A의 역행렬을 구하고, 이를 이용하여 X를 {_q(rng)}").replace(f"{g1}과", josa(g1, "과/와"))
    ans = f"A⁻¹ = {_mat_ans(inv, frac=True)}, X = {_mat_ans(x)} ({g1} {x[0][0]:,}원, {g2} {x[1][0]:,}원)"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["역행렬"],
                   also=["12경수03-03"], check=lambda: _mul([[int(v) for v in r] for r in inv], y) == x)


# =================================================================================================
# 12경수03-03  행렬·역행렬로 경제 문제 해결 (세트 가격, 생산 계획, 시장 점유율, 산업연관, 투자 배분)
# =================================================================================================
_POS_UNIMOD = [[[2, 1], [1, 1]], [[3, 2], [1, 1]], [[1, 1], [1, 2]], [[3, 1], [2, 1]], [[2, 3], [1, 2]], [[4, 3], [1, 1]],
               [[5, 2], [2, 1]], [[1, 2], [1, 3]], [[3, 5], [1, 2]], [[2, 5], [1, 3]], [[3, 4], [2, 3]], [[4, 1], [3, 1]]]


def _inv_check(A: list[list], x: list[list], y: list[list]) -> bool:
    import sympy as sp
    return sp.Matrix(A).inv() * sp.Matrix(y) == sp.Matrix(x)


@family("12경수03-03", "set-prices-unit-price")
def _ap_sets(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = rng.choice(_POS_UNIMOD + [[[2, 1], [1, 3]], [[3, 1], [1, 2]], [[1, 3], [2, 1]]])
    x = [[rng.randrange(5, 60) * 100], [rng.randrange(5, 60) * 100]]
    y = _mul(A, x)
    g1, g2 = rng.choice([("햄버거", "감자튀김"), ("아메리카노", "머핀"), ("김밥", "어묵"), ("장미", "안개꽃")])
    who = name(rng)
    text = rng.choice([
        f"{josa(who, '은/는')} 가게에서 {g1} {A[0][0]}개와 {g2} {A[0][1]}개를 {y[0][0]:,}원에, {josa(name(rng, (who,)), '은/는')} {g1} {A[1][0]}개와 {g2} {A[1][1]}개를 "
        f"{y[1][0]:,}원에 샀다. {g1} 1개와 {g2} 1개의 가격을 각각 x원, y원이라 할 때, 행렬과 역행렬을 이용하여 x, y를 {_q(rng)}",
        f"| 구매 | {g1}(개) | {g2}(개) | 금액(원) |\n|---|---|---|---|\n| 첫째 날 | {A[0][0]} | {A[0][1]} | {y[0][0]:,} |\n| 둘째 날 | {A[1][0]} | {A[1][1]} | {y[1][0]:,} |\n"
        f"위 구매 기록을 행렬 방정식 {_mat(A, st)}{_mat([['x'], ['y']], st)} = {_mat(y, st)}로 나타내고, 역행렬을 이용하여 {g1}, {g2} 1개의 가격을 {_q(rng)}",
    ])
    ans = f"x = {x[0][0]}, y = {x[1][0]} ({g1} {x[0][0]:,}원, {g2} {x[1][0]:,}원)"
    return Problem(text=text, answer=ans, format="data" if "|" in text else "word", difficulty=3, achievement_level="C",
                   concepts=["역행렬"], also=["12경수03-02"], check=lambda: _inv_check(A, x, y))


@family("12경수03-03", "production-from-resources")
def _ap_prod(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = rng.choice(_POS_UNIMOD)
    x = [[rng.randrange(10, 120, 5)], [rng.randrange(10, 120, 5)]]
    y = _mul(A, x)
    p1, p2 = rng.choice([("제품 A", "제품 B"), ("책상", "의자"), ("운동화", "구두")])
    (r1, u1), (r2, u2) = rng.choice([(("노동", "시간"), ("기계 가동", "시간")), (("가죽", "장"), ("접착제", "통")),
                                     (("원료 X", "kg"), ("원료 Y", "kg"))])
    text = (f"어느 공장에서 {p1} 1개를 만드는 데 {r1} {A[0][0]}{u1}, {r2} {josa(f'{A[1][0]}{u2}', '이/가')} 들고, {p2} 1개를 만드는 데 "
            f"{r1} {A[0][1]}{u1}, {r2} {josa(f'{A[1][1]}{u2}', '이/가')} 든다. 이번 주에 {r1} {y[0][0]}{u1}, {r2} {josa(f'{y[1][0]}{u2}', '을/를')} "
            f"모두 사용하였다면 {p1}, {p2}를 각각 몇 개 만들었는지 행렬 {_mat(A, st)}의 역행렬을 이용하여 {_q(rng)}")
    text = text.replace(f"{p2}를", josa(p2, "을/를"))
    ans = f"{p1} {x[0][0]}개, {p2} {x[1][0]}개"
    if rng.random() < 0.5:
        text = (f"| 자원 | {p1} 1개 | {p2} 1개 | 이번 주 사용량 |\n|---|---|---|---|\n| {r1}({u1}) | {A[0][0]} | {A[0][1]} | {y[0][0]} |\n"
                f"| {r2}({u2}) | {A[1][0]} | {A[1][1]} | {y[1][0]} |\n자원을 남김없이 모두 사용하였을 때 {p1}과 {p2}의 생산량을 각각 x, y라 하자. "
                f"이를 행렬 방정식으로 나타내고 역행렬을 이용하여 x, y를 {_q(rng)}").replace(f"{p1}과", josa(p1, "과/와"))
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["역행렬"],
                   check=lambda: _inv_check(A, x, y))


@family("12경수03-03", "market-share-transition")
def _ap_share(rng: random.Random) -> Problem:
    st = pick_style(rng)
    stay_a = Fraction(rng.choice([6, 7, 8, 9]), 10)
    stay_b = Fraction(rng.choice([6, 7, 8, 9]), 10)
    T = [[stay_a, 1 - stay_b], [1 - stay_a, stay_b]]
    a0 = Fraction(rng.choice([30, 40, 50, 60, 70]), 100)
    s0 = [[a0], [1 - a0]]
    co = rng.choice([("통신사 A", "통신사 B"), ("A 마트", "B 마트"), ("배달 앱 A", "배달 앱 B")])
    mode = rng.randrange(2)
    pct = lambda v: f"{_dec(v * 100)}%"  # noqa: E731
    if mode == 0:
        s2 = _mul(T, _mul(T, s0))
        text = (f"{co[0]}의 고객은 1년 후 {pct(stay_a)}가 그대로 남고 나머지는 {co[1]}로 옮기며, {co[1]}의 고객은 {pct(stay_b)}가 남고 나머지는 {co[0]}로 옮긴다. "
                f"올해 두 회사의 점유율이 각각 {pct(a0)}, {pct(1 - a0)}일 때, 점유율의 변화를 행렬 T = {_mat(T, st)}로 나타내어 2년 후 두 회사의 점유율을 {_q(rng)}")
        ans = f"{co[0]} {pct(s2[0][0])}, {co[1]} {pct(s2[1][0])}"
        return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B", concepts=["행렬"],
                       check=lambda: s2[0][0] + s2[1][0] == 1 and s2 == _mul(_mul(T, T), s0))
    s1 = _mul(T, s0)
    text = (f"두 회사 {co[0]}, {co[1]}의 점유율은 해마다 행렬 T = {_mat(T, st)}에 의해 (다음 해 점유율) = T × (올해 점유율)로 바뀐다. "
            f"올해 점유율이 {co[0]} {pct(s1[0][0])}, {co[1]} {pct(s1[1][0])}일 때, T의 역행렬을 이용하여 작년의 점유율을 {_q(rng)}")
    ans = f"{co[0]} {pct(a0)}, {co[1]} {pct(1 - a0)}"
    return Problem(text=text, answer=ans, format="word", difficulty=5, achievement_level="A", concepts=["역행렬", "행렬"],
                   check=lambda: _inv_check(T, s0, s1))


@family("12경수03-03", "leontief-input-output")
def _ap_leontief(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        a11, a12, a21, a22 = (Fraction(rng.randrange(1, 5), 10) for _ in range(4))
        M = [[1 - a11, -a12], [-a21, 1 - a22]]
        det = M[0][0] * M[1][1] - M[0][1] * M[1][0]
        x = [[rng.randrange(10, 100) * 10], [rng.randrange(10, 100) * 10]]
        d = _mul(M, x)
        if det > 0 and all(v[0] > 0 and v[0].denominator == 1 for v in d):
            break
    A = [[a11, a12], [a21, a22]]
    ind = rng.choice([("농업", "공업"), ("제조업", "서비스업"), ("에너지 산업", "운송 산업")])
    text = (f"두 산업 {ind[0]}, {josa(ind[1], '으로/로')} 이루어진 경제에서 각 산업이 1원어치를 생산하는 데 필요한 두 산업의 투입액을 투입 계수 행렬 A = {_mat(A, st)}로 "
            f"나타내었다. (1열: {ind[0]} 1원 생산에 드는 투입, 2열: {ind[1]} 1원 생산에 드는 투입) 최종 수요가 D = {_mat(d, st)}(억 원)일 때, 총생산액 X는 "
            f"X = AX + D를 만족시킨다. (E − A)의 역행렬을 이용하여 X를 {_q(rng)} (E는 단위행렬)")
    ans = f"X = {_mat_ans(x)} ({ind[0]} {x[0][0]}억 원, {ind[1]} {x[1][0]}억 원)"
    if rng.random() < 0.5:
        text = (f"{ind[0]}과 {ind[1]}의 투입 계수 행렬이 A = {_mat(A, st)}이고 최종 수요가 D = {_mat(d, st)}(억 원)이다. 총생산액 X에 대하여 "
                f"(E − A)X = D가 성립할 때, 행렬 E − A와 그 역행렬을 구하고 두 산업의 총생산액을 각각 {_q(rng)}").replace(f"{ind[0]}과", josa(ind[0], "과/와"))
    return Problem(text=text, answer=ans, format="word", difficulty=5, achievement_level="A", concepts=["역행렬", "행렬"],
                   check=lambda: _inv_check(M, x, d))


@family("12경수03-03", "two-market-equilibrium")
def _ap_two(rng: random.Random) -> Problem:
    A = rng.choice([[[3, -1], [-1, 2]], [[2, -1], [-1, 3]], [[4, -1], [-2, 3]], [[3, 1], [1, 2]], [[5, -2], [-1, 1]]])
    p = [[rng.randrange(10, 80) * 10], [rng.randrange(10, 80) * 10]]
    c = _mul(A, p)
    g1, g2 = rng.choice([("커피", "차"), ("버터", "마가린"), ("버스", "지하철")])
    text = (f"서로 관련된 두 상품 {g1}, {g2}의 가격을 각각 x원, y원이라 하자. 두 시장의 균형 조건을 정리하였더니 {A[0][0]}x {'+' if A[0][1] > 0 else '−'} "
            f"{abs(A[0][1]) if abs(A[0][1]) != 1 else ''}y = {c[0][0]}, {A[1][0] if A[1][0] not in (1, -1) else ('-' if A[1][0] < 0 else '')}x + "
            f"{A[1][1] if A[1][1] != 1 else ''}y = {c[1][0]}이 되었다. 이 연립방정식을 행렬 방정식으로 나타내고 역행렬을 이용하여 두 상품의 균형가격을 {_q(rng)}")
    text = text.replace("+ -", "− ").replace(", -x", ", −x")
    ans = f"{g1} {p[0][0]}원, {g2} {p[1][0]}원"
    if rng.random() < 0.5:
        text = (f"두 상품 {g1}, {g2}의 균형가격 x, y(원)는 행렬 방정식 {_mat_ans(A)}[[x], [y]] = [[{c[0][0]}], [{c[1][0]}]]을 만족시킨다. 계수 행렬의 행렬식과 역행렬을 구하여 x, y의 값을 {_q(rng)}")
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["역행렬", "균형가격"], also=["12경수02-04"], check=lambda: _inv_check(A, p, c))


@family("12경수03-03", "supplier-cost-compare")
def _ap_supplier(rng: random.Random) -> Problem:
    st = pick_style(rng)
    items = rng.choice(_ITEMS3)
    Q = [[rng.randrange(10, 80) for _ in range(3)]]
    P = [[rng.randrange(5, 40) * 100 for _ in range(2)] for _ in range(3)]  # rows: items, cols: suppliers
    C = _mul(Q, P)
    if C[0][0] == C[0][1]:
        P[0][0] += 100
        C = _mul(Q, P)
    best = "가 업체" if C[0][0] < C[0][1] else "나 업체"
    text = (f"어느 학교 매점에서 {items[0]}, {items[1]}, {items[2]}를 각각 {Q[0][0]}개, {Q[0][1]}개, {Q[0][2]}개 주문하려고 한다. 두 납품 업체의 "
            f"1개당 가격(원)은 행렬 P = {_mat(P, st)}(행: 상품, 1열: 가 업체, 2열: 나 업체)와 같다. 주문량을 1×3 행렬 Q로 나타내어 QP를 구하고, "
            f"어느 업체에 주문하는 것이 얼마나 더 싼지 {_q(rng)}").replace(f"{items[2]}를", josa(items[2], "을/를"))
    ans = f"QP = {_mat_ans(C)}, {best}가 {abs(C[0][0] - C[0][1]):,}원 더 싸다"
    if rng.random() < 0.5:
        text = ("| 상품 | 주문량(개) | 가 업체 단가(원) | 나 업체 단가(원) |\n|---|---|---|---|\n"
                + "\n".join(f"| {items[k]} | {Q[0][k]} | {P[k][0]:,} | {P[k][1]:,} |" for k in range(3))
                + f"\n주문량을 1×3 행렬, 단가를 3×2 행렬로 나타내어 두 업체에 주문할 때의 총액을 행렬의 곱으로 구하고, 어느 업체가 얼마나 더 싼지 {_q(rng)}")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["행렬"],
                   also=["12경수03-01"], check=lambda: C[0][0] == sum(Q[0][k] * P[k][0] for k in range(3)))


@family("12경수03-03", "investment-allocation")
def _ap_invest(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2 = rng.sample([2, 3, 4, 5, 6, 8], 2)
    x, y = rng.randrange(1, 50) * 100, rng.randrange(1, 50) * 100
    total = x + y
    income = Fraction(r1 * x + r2 * y, 100)
    A = [[1, 1], [Fraction(r1, 100), Fraction(r2, 100)]]
    who = name(rng)
    text = (f"{josa(who, '은/는')} {total:,}만 원을 연이율 {_pc(r1, st)}인 예금과 연 수익률 {_pc(r2, st)}인 채권에 나누어 투자하여 1년 동안 "
            f"{_dec(income)}만 원의 수익을 얻었다. 예금에 x만 원, 채권에 y만 원을 투자했다고 할 때, 이를 행렬 방정식 AX = B로 나타내고 역행렬을 이용하여 "
            f"x, y를 {_q(rng)}")
    ans = f"A = {_mat_ans(A)}, B = [[{total}], [{_dec(income)}]], x = {x}, y = {y}"
    if rng.random() < 0.5:
        text = (f"두 금융 상품 A(연 수익률 {_pc(r1, st)}), B(연 수익률 {_pc(r2, st)})에 모두 {total:,}만 원을 나누어 넣었더니 1년 뒤 수익이 {_dec(income)}만 원이었다. "
                f"A에 넣은 금액 x만 원, B에 넣은 금액 y만 원을 역행렬을 이용하여 {_q(rng)}")
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B", concepts=["역행렬", "이자율"],
                   check=lambda: _inv_check(A, [[x], [y]], [[total], [income]]))


@family("12경수03-03", "wage-hours-recover")
def _ap_wage(rng: random.Random) -> Problem:
    st = pick_style(rng)
    H = rng.choice(_POS_UNIMOD)
    w = [[rng.randrange(98, 200) * 100], [rng.randrange(98, 200) * 100]]
    pay = _mul(H, w)
    jobs = rng.choice([("편의점", "카페"), ("식당 서빙", "학원 보조"), ("택배 분류", "매장 정리")])
    who = rng.sample(["지민", "태윤", "가온", "나래", "보람", "세아"], 2)
    text = (f"{josa(who[0], '은/는')} {jobs[0]}에서 {H[0][0]}시간, {jobs[1]}에서 {H[0][1]}시간 일하고 {pay[0][0]:,}원을, {josa(who[1], '은/는')} {jobs[0]}에서 "
            f"{H[1][0]}시간, {jobs[1]}에서 {H[1][1]}시간 일하고 {pay[1][0]:,}원을 받았다. 두 일자리의 시급을 행렬 {_mat(H, st)}의 역행렬을 이용하여 {_q(rng)}")
    ans = f"{jobs[0]} {w[0][0]:,}원, {jobs[1]} {w[1][0]:,}원"
    if rng.random() < 0.5:
        text = (f"| 이름 | {jobs[0]}(시간) | {jobs[1]}(시간) | 받은 돈(원) |\n|---|---|---|---|\n| {who[0]} | {H[0][0]} | {H[0][1]} | {pay[0][0]:,} |\n"
                f"| {who[1]} | {H[1][0]} | {H[1][1]} | {pay[1][0]:,} |\n두 일자리의 시급을 각각 x원, y원이라 할 때, 행렬 방정식을 세우고 역행렬을 이용하여 x, y를 {_q(rng)}")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["역행렬"],
                   check=lambda: _inv_check(H, w, pay))


# =================================================================================================
# 12경수04-01  미분의 뜻과 경제 함수의 미분 (평균변화율, 미분계수, 도함수, 한계비용·한계수입·한계이윤)
# =================================================================================================
def _poly(coeffs: dict[int, int | Fraction], var: str, st: str) -> str:
    """Polynomial from {power: coefficient}, descending, in style ``st`` (no $…$ wrapping)."""
    out = ""
    for pw in sorted(coeffs, reverse=True):
        cf = Fraction(coeffs[pw])
        if cf == 0:
            continue
        sign = "-" if cf < 0 else "+"
        a = abs(cf)
        if a.denominator != 1:
            num = f"\\frac{{{a.numerator}}}{{{a.denominator}}}" if st == "latex" else f"({a.numerator}/{a.denominator})"
        else:
            num = "" if (a == 1 and pw > 0) else str(a.numerator)
        if pw == 0:
            mono = ""
        elif pw == 1:
            mono = var
        elif st == "latex":
            mono = f"{var}^{{{pw}}}"
        elif st == "unicode":
            mono = var + str(pw).translate(_SUP)
        else:
            mono = f"{var}^{pw}"
        term = num + mono
        if not out:
            out = ("-" if sign == "-" else "") + term
        else:
            out += f" {sign} {term}"
    if st == "unicode":
        out = out.replace("-", "−")
    return out or "0"


def _fx(name_: str, var: str, coeffs: dict, st: str) -> str:
    body = _poly(coeffs, var, st)
    if st == "latex":
        return f"${name_}({var})={body.replace(' ', '')}$"
    return f"{name_}({var}) = {body}"


def _jd(fn: str, x: int, pair: str) -> str:
    """``C'(3)`` followed by the particle that fits how it is read."""
    return josa(f"{fn}'({x})", pair)


def _deriv(coeffs: dict) -> dict:
    return {p - 1: c * p for p, c in coeffs.items() if p > 0}


def _ev(coeffs: dict, x: int | Fraction) -> Fraction:
    return sum(Fraction(c) * Fraction(x) ** p for p, c in coeffs.items())


def _sp_diff_at(coeffs: dict, x0: int) -> Fraction:
    import sympy as sp
    t = sp.Symbol("t")
    e = sum(sp.Rational(Fraction(c).numerator, Fraction(c).denominator) * t ** p for p, c in coeffs.items())
    v = sp.diff(e, t).subs(t, x0)
    return Fraction(int(v.p), int(v.q))


def _cost_cubic(rng: random.Random) -> dict:
    """A realistic cubic cost C(x) = a x³ − b x² + c x + F with C'(x) > 0 (b² < 3ac)."""
    while True:
        a = rng.choice([Fraction(1), Fraction(1, 3), Fraction(2), Fraction(1, 2)])
        b = rng.randrange(1, 12)
        c = rng.randrange(20, 200)
        if b * b < 3 * a * c:
            F = rng.randrange(10, 500) * 10
            return {3: a, 2: -b, 1: c, 0: F}


@family("12경수04-01", "average-rate-of-change-cost")
def _df_avg(rng: random.Random) -> Problem:
    st = pick_style(rng)
    C = _cost_cubic(rng) if rng.random() < 0.5 else {2: rng.randrange(1, 6), 1: rng.randrange(10, 100), 0: rng.randrange(100, 2000, 10)}
    a = rng.randrange(1, 15)
    b = a + rng.randrange(1, 6)
    avg = (_ev(C, b) - _ev(C, a)) / (b - a)
    text = rng.choice([
        f"어느 제품을 x개 생산할 때의 총비용이 {_fx('C', 'x', C, st)}(만 원)이다. 생산량이 {a}개에서 {b}개로 늘어날 때 총비용의 평균변화율을 {_q(rng)}",
        f"비용함수 {_fx('C', 'x', C, st)}에서 x의 값이 {a}에서 {b}까지 변할 때의 평균변화율을 구하고, 그 의미를 쓰시오. (단위: 만 원, 개)",
    ])
    ans = _frac_str(avg)
    if "의미" in text:
        ans += f" (생산량을 {a}개에서 {b}개로 늘릴 때 1개당 평균적으로 늘어나는 비용, 만 원)"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["평균변화율", "비용함수"], also=["12미적Ⅰ-02-01"],
                   check=lambda: avg * (b - a) == _ev(C, b) - _ev(C, a))


@family("12경수04-01", "marginal-cost-derivative")
def _df_mc(rng: random.Random) -> Problem:
    st = pick_style(rng)
    C = _cost_cubic(rng)
    x0 = rng.randrange(2, 20)
    dC = _deriv(C)
    mc = _ev(dC, x0)
    mode = rng.randrange(2)
    if mode == 0:
        text = rng.choice([
            f"어느 공장의 비용함수가 {_fx('C', 'x', C, st)}(만 원)이다. (x: 생산량(개)) 생산량이 {x0}개일 때의 한계비용 {_jd('C', x0, '을/를')} {_q(rng)}",
            f"{_fx('C', 'x', C, st)}일 때, 도함수 C'(x)를 구하고 x = {x0}에서의 한계비용을 구하시오.",
        ])
        ans = _frac_str(mc) if "도함수" not in text else f"C'(x) = {_poly(dC, 'x', 'plain')}, C'({x0}) = {_frac_str(mc)}"
        return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                       concepts=["도함수", "미분", "비용함수"], also=["12미적Ⅰ-02-04"],
                       check=lambda: _sp_diff_at(C, x0) == mc)
    real = _ev(C, x0 + 1) - _ev(C, x0)
    text = (f"비용함수가 {_fx('C', 'x', C, st)}(만 원)일 때, (1) x = {x0}에서의 한계비용 {_jd('C', x0, '과/와')} (2) {x0 + 1}번째 제품을 만드는 데 실제로 더 드는 비용 "
            f"{josa(f'C({x0 + 1}) − C({x0})', '을/를')} 각각 구하여 비교하시오.")
    ans = f"(1) {_frac_str(mc)} (2) {_frac_str(real)}; 두 값이 비슷하여 한계비용은 1개를 더 생산할 때 늘어나는 비용의 근삿값이다"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["미분계수", "비용함수"], check=lambda: _sp_diff_at(C, x0) == mc)


@family("12경수04-01", "marginal-revenue")
def _df_mr(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p0 = rng.randrange(50, 500, 10)
    q = rng.choice([1, 2, 5, Fraction(1, 2)])
    R = {1: p0, 2: -q}
    x0 = rng.randrange(1, int(p0 / (2 * q)))
    mr = _ev(_deriv(R), x0)
    good = rng.choice(["텀블러", "이어폰", "방석", "보조 배터리"])
    text = rng.choice([
        f"{good}의 가격을 조정하며 x개를 팔 때의 판매 수입이 {_fx('R', 'x', R, st)}(천 원)이다. 판매량이 {x0}개일 때의 한계수입을 {_q(rng)}",
        f"수요함수가 P = {p0} − {_cell(q) if q != 1 else ''}x(P: 가격(천 원), x: 판매량)일 때, 수입함수 R(x) = xP를 구하고 x = {x0}에서의 한계수입 {_jd('R', x0, '을/를')} 구하시오.",
    ])
    ans = _frac_str(mr) if "수입함수 R(x) = xP" not in text else f"R(x) = {_poly(R, 'x', 'plain')}, R'({x0}) = {_frac_str(mr)}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["미분계수", "도함수"], also=["12미적Ⅰ-02-04"], check=lambda: _sp_diff_at(R, x0) == mr)


@family("12경수04-01", "marginal-profit")
def _df_mp(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p0 = rng.randrange(100, 400, 10)
    R = {1: p0, 2: -1}
    C = {2: rng.randrange(1, 4), 1: rng.randrange(10, 60), 0: rng.randrange(100, 2000, 50)}
    P = {k: R.get(k, 0) - C.get(k, 0) for k in (0, 1, 2)}
    x0 = rng.randrange(5, 40)
    mp = _ev(_deriv(P), x0)
    text = (f"어느 회사의 수입함수가 {_fx('R', 'x', R, st)}, 비용함수가 {_fx('C', 'x', C, st)}이다. (단위: 만 원, x: 생산·판매량) 이윤함수 P(x) = R(x) − C(x)의 "
            f"도함수를 구하고, x = {x0}일 때의 한계이윤을 구하여 이때 생산량을 늘리는 것이 유리한지 판단하시오.")
    ans = f"P'(x) = {_poly(_deriv(P), 'x', 'plain')}, P'({x0}) = {_frac_str(mp)}, " + ("늘리는 것이 유리하다" if mp > 0 else ("늘리면 이윤이 줄어든다" if mp < 0 else "현재가 최적이다"))
    if rng.random() < 0.5:
        text = (f"x개를 생산·판매할 때의 수입이 {_fx('R', 'x', R, st)}, 비용이 {_fx('C', 'x', C, st)}(만 원)이다. 현재 {x0}개를 생산하고 있을 때, "
                f"한계이윤 P'({x0})의 값을 구하고 1개를 더 생산하는 것이 이익인지 판단하시오.")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["도함수", "미분", "비용함수"], check=lambda: _sp_diff_at(P, x0) == mp)


@family("12경수04-01", "derivative-by-definition")
def _df_def(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randrange(1, 6)
    b = rng.randrange(5, 50)
    c = rng.randrange(100, 1000, 10)
    C = {2: a, 1: b, 0: c}
    x0 = rng.randrange(1, 20)
    val = 2 * a * x0 + b
    lim = f"lim_(h→0) (C({x0} + h) − C({x0}))/h" if st != "latex" else f"$\\lim_{{h \\to 0}}\\frac{{C({x0}+h)-C({x0})}}{{h}}$"
    text = rng.choice([
        f"비용함수 {_fx('C', 'x', C, st)}에 대하여 {lim}의 값을 {_q(rng)}",
        f"{_fx('C', 'x', C, st)}일 때, 미분계수의 정의를 이용하여 {_jd('C', x0, '을/를')} 구하시오. ({_jd('C', x0, '은/는')} 곡선 y = C(x) 위의 점 ({x0}, C({x0}))에서의 접선의 기울기이다.)",
    ])
    return Problem(text=text, answer=str(val), format="computation", difficulty=2, achievement_level="D",
                   concepts=["미분계수", "극한(값)"], also=["12미적Ⅰ-02-01"], check=lambda: _sp_diff_at(C, x0) == val)


@family("12경수04-01", "marginal-product-labor")
def _df_mpl(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randrange(2, 15)
    b = rng.choice([Fraction(1, 3), Fraction(1, 2), Fraction(1), Fraction(1, 10)])
    Q = {2: a, 3: -b}
    L0 = rng.randrange(1, max(2, int(2 * a / (3 * b))))
    mpl = _ev(_deriv(Q), L0)
    text = rng.choice([
        f"어느 농장에서 노동자 L명을 고용할 때의 수확량이 {_fx('Q', 'L', Q, st)}(상자)이다. 노동자가 {L0}명일 때의 한계생산량 {_jd('Q', L0, '을/를')} {_q(rng)}",
        f"생산함수 {_fx('Q', 'L', Q, st)}(L: 노동 투입량)의 도함수를 구하고, L = {L0}에서의 한계생산량을 구하시오.",
    ])
    ans = _frac_str(mpl) if "도함수" not in text else f"Q'(L) = {_poly(_deriv(Q), 'L', 'plain')}, Q'({L0}) = {_frac_str(mpl)}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["도함수", "생산함수", "미분"], check=lambda: _sp_diff_at(Q, L0) == mpl)


@family("12경수04-01", "marginal-utility-derivative")
def _df_mu(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randrange(10, 60, 2)
    b = rng.choice([1, 2, 3])
    U = {1: a, 2: -b}
    xs = sorted(rng.sample(range(1, a // (2 * b) + 1), 2)) if a // (2 * b) >= 2 else [1, 2]
    mus = [_ev(_deriv(U), x) for x in xs]
    food, unit = rng.choice(_FOODS)
    text = (f"{food} x{josa(unit, '을/를')} 소비할 때의 효용함수가 {_fx('U', 'x', U, st)}이다. x = {xs[0]}, x = {xs[1]}일 때의 한계효용 U'(x)를 각각 구하고, "
            f"소비량이 늘어날 때 한계효용이 어떻게 변하는지 쓰시오.")
    ans = f"U'({xs[0]}) = {mus[0]}, U'({xs[1]}) = {mus[1]}; 소비량이 늘수록 한계효용은 줄어든다"
    if rng.random() < 0.5:
        text = (f"효용함수 {_fx('U', 'x', U, st)}({food} 소비량 x{unit})의 도함수를 이용하여 {xs[0]}{unit}째와 {xs[1]}{unit}째 부근에서의 한계효용을 각각 구하고, "
                f"두 값을 비교하여 알 수 있는 사실을 쓰시오.")
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["도함수", "효용함수", "미분"], check=lambda: _sp_diff_at(U, xs[0]) == mus[0] and mus[0] > mus[1])


@family("12경수04-01", "derivative-mcq")
def _df_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    C = _cost_cubic(rng)
    dC = _deriv(C)
    wrong = [
        {2: C[3], 1: C[2], 0: C[1]},                      # forgot to multiply by the power
        {2: 3 * C[3], 1: 2 * C[2], 0: C[1] + C[0]},       # kept the constant
        {2: 3 * C[3], 1: C[2], 0: C[1]},                  # partial
        {3: 3 * C[3], 2: 2 * C[2], 1: C[1]},              # kept the powers
        {2: 3 * C[3], 1: -2 * C[2], 0: C[1]},             # sign slip
    ]
    correct = _poly(dC, "x", "plain" if st == "latex" else st)
    opts = [_poly(w, "x", "plain" if st == "latex" else st) for w in wrong]
    ch = choices(rng, f"C'(x) = {correct}", [f"C'(x) = {o}" for o in opts])
    text = f"비용함수 {_fx('C', 'x', C, st)}의 도함수로 옳은 것은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=["도함수", "비용함수"], also=["12미적Ⅰ-02-04"], choice=ch,
                   check=lambda: _sp_diff_at(C, 7) == _ev(dC, 7))


# =================================================================================================
# 12경수04-02  미분으로 그래프의 개형 탐구 (증가·감소, 극대·극소, 한계비용 최소, 증감표)
# =================================================================================================
def _cubic_with_crit(rng: random.Random, sign: int, lo: int = 1, hi: int = 30) -> tuple[dict, int, int]:
    """f with f'(x) = 3·sign·(x − p)(x − q), 0 < p < q, p + q even: f = sign(x³ − 3(p+q)/2 x² + 3pq x) + c."""
    while True:
        p, q = sorted(rng.sample(range(lo, hi), 2))
        if (p + q) % 2 == 0:
            break
    f = {3: sign, 2: -sign * 3 * (p + q) // 2, 1: sign * 3 * p * q, 0: 0}
    low = min(_ev(f, p), _ev(f, q))
    f[0] = int(max(0, -low)) + rng.randrange(10, 500, 10)  # keep both extreme values positive
    return f, p, q


def _diff_sp(f: dict) -> list:
    import sympy as sp
    t = sp.Symbol("t")
    e = sum(sp.Integer(c) * t ** k for k, c in f.items())
    return sorted(sp.solve(sp.diff(e, t), t))


@family("12경수04-02", "increase-decrease-intervals")
def _gr_incdec(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sign = rng.choice([1, -1])
    f, p, q = _cubic_with_crit(rng, sign, 1, 25)
    ctx = rng.choice([("어느 회사의 이윤", "P", "x", "생산량"), ("어느 상품의 판매 수익", "S", "t", "광고 기간(주)"),
                      ("어느 공장의 생산량", "Q", "L", "노동 투입량")])
    fn, var = ctx[1], ctx[2]
    if sign == -1:
        ans = f"감소: 0 < {var} < {p}, 증가: {p} < {var} < {q}, 감소: {var} > {q}"
    else:
        ans = f"증가: 0 < {var} < {p}, 감소: {p} < {var} < {q}, 증가: {var} > {q}"
    text = rng.choice([
        f"{ctx[0]}이 {josa(_fx(fn, var, f, st), '으로/로')} 주어진다. ({var}: {ctx[3]}, {var} > 0) 함수 {fn}({var})가 증가하는 구간과 감소하는 구간을 각각 {_q(rng)}",
        f"함수 {_fx(fn, var, f, st)}({var} > 0)의 도함수를 이용하여 증가·감소를 조사하시오. ({fn}({var})는 {ctx[0]}, {var}는 {ctx[3]})",
    ])
    text = text.replace(f"{ctx[0]}이 ", josa(ctx[0], "이/가") + " ")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["증가", "감소", "도함수"], also=["12미적Ⅰ-02-07"], check=lambda: _diff_sp(f) == [p, q])


@family("12경수04-02", "local-extrema-values")
def _gr_extrema(rng: random.Random) -> Problem:
    st = pick_style(rng)
    sign = rng.choice([1, -1])
    f, p, q = _cubic_with_crit(rng, sign, 1, 20)
    fp, fq = _ev(f, p), _ev(f, q)
    if sign == 1:
        mx, mn = (p, fp), (q, fq)
    else:
        mx, mn = (q, fq), (p, fp)
    ans = f"x = {mx[0]}에서 극댓값 {mx[1]}, x = {mn[0]}에서 극솟값 {mn[1]}"
    what = rng.choice(["어느 기업의 월 이윤(만 원)", "어느 제품의 총비용을 조정한 지표", "어느 가게의 하루 순이익(천 원)"])
    text = rng.choice([
        f"{josa(what, '이/가')} 함수 {josa(_fx('f', 'x', f, st), '으로/로')} 나타내어질 때, f(x)의 극댓값과 극솟값을 각각 {_q(rng)} (x > 0)",
        f"함수 {_fx('f', 'x', f, st)}의 극대·극소를 조사하여 극댓값과 극솟값, 그때의 x의 값을 쓰시오. (x > 0)",
    ])
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["극대", "극소", "극댓값", "극솟값"], also=["12미적Ⅰ-02-07"],
                   check=lambda: _diff_sp(f) == [p, q] and _ev(f, mx[0]) > _ev(f, mn[0]))


@family("12경수04-02", "marginal-cost-minimum")
def _gr_mcmin(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 2, 3])
    m = rng.randrange(2, 20)
    # C(x) = a x³ − 3a m x² + c x + F ; C'(x) = 3a x² − 6a m x + c has its minimum at x = m
    c = 3 * a * m * m + rng.randrange(5, 100)
    F = rng.randrange(100, 3000, 10)
    C = {3: a, 2: -3 * a * m, 1: c, 0: F}
    mcmin = _ev(_deriv(C), m)
    text = rng.choice([
        f"어느 공장의 비용함수가 {_fx('C', 'x', C, st)}(만 원)이다. (x: 생산량) 한계비용 C'(x)가 최소가 되는 생산량과 그때의 한계비용을 {_q(rng)}",
        f"비용함수 {_fx('C', 'x', C, st)}에서 생산량이 늘어날 때 한계비용은 처음에 줄다가 다시 늘어난다. 한계비용이 가장 작을 때의 생산량과 한계비용을 구하시오.",
    ])
    ans = f"생산량 {m}, 한계비용 {mcmin}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["도함수", "극소", "비용함수"],
                   check=lambda: all(_ev(_deriv(C), m) <= _ev(_deriv(C), x) for x in range(0, 3 * m + 3)) and mcmin > 0)


@family("12경수04-02", "total-product-peak")
def _gr_tp(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        q, r = rng.randrange(5, 30), rng.randrange(1, 20)
        if r < q and (q - r) % 2 == 0:
            break
    # Q'(L) = −3(L − q)(L + r): increasing on (0, q), maximum at L = q
    f = {3: -1, 2: 3 * (q - r) // 2, 1: 3 * q * r}
    qmax = _ev(f, q)
    text = rng.choice([
        f"어느 공장에서 노동자 L명을 투입할 때의 생산량이 {_fx('Q', 'L', f, st)}이라 하자. (0 ≤ L ≤ {q + 5}) 생산량이 증가하는 L의 범위와 "
        f"생산량이 최대가 되는 노동자 수를 {_q(rng)}",
        f"생산함수 {_fx('Q', 'L', f, st)}(0 ≤ L ≤ {q + 5}, L: 노동 투입량)의 그래프의 개형을 도함수를 이용하여 조사하고, 생산량의 최댓값을 구하시오.",
    ])
    ans = f"0 < L < {q}에서 증가, L = {q}일 때 최대(Q = {qmax})"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["증가", "극대", "생산함수"], also=["12미적Ⅰ-02-07"],
                   check=lambda: _diff_sp(f) == [-r, q] and max(range(0, q + 6), key=lambda L: _ev(f, L)) == q)


@family("12경수04-02", "sign-table-fill")
def _gr_table(rng: random.Random) -> Problem:
    sign = rng.choice([1, -1])
    f, p, q = _cubic_with_crit(rng, sign, 1, 15)
    st = pick_style(rng)
    fp, fq = _ev(f, p), _ev(f, q)
    arrows = ("↗", "↘", "↗") if sign == 1 else ("↘", "↗", "↘")
    text = (f"함수 {_fx('R', 'x', f, st)}의 증감표를 완성하려고 한다. (가)~(라)에 알맞은 것을 차례대로 쓰시오.\n"
            f"| x | … | {p} | … | {q} | … |\n|---|---|---|---|---|---|\n| R'(x) | {'+' if sign == 1 else '−'} | (가) | {'−' if sign == 1 else '+'} | 0 | {'+' if sign == 1 else '−'} |\n"
            f"| R(x) | {arrows[0]} | (나) | {arrows[1]} | (다) | {arrows[2]} |\n(단, (나), (다)에는 함숫값과 함께 극대인지 극소인지를 쓰고, (라)에는 R(x)가 감소하는 구간을 쓴다.)")
    lab_p, lab_q = ("극대", "극소") if sign == 1 else ("극소", "극대")
    dec = f"{p} < x < {q}" if sign == 1 else f"x < {p}, x > {q}"
    ans = f"(가) 0, (나) {fp}({lab_p}), (다) {fq}({lab_q}), (라) {dec}"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["증가", "감소", "극대", "극소"], also=["12미적Ⅰ-02-07"], check=lambda: _diff_sp(f) == [p, q])


@family("12경수04-02", "always-increasing-cost-param")
def _gr_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b = rng.choice([3, 6, 9, 12, 15])
    # C(x) = x³ − b x² + k x + F; C'(x) = 3x² − 2b x + k ≥ 0 for all x ⇔ 4b² − 12k ≤ 0 ⇔ k ≥ b²/3
    kmin = Fraction(b * b, 3)
    F = rng.randrange(100, 1000, 10)
    if st == "latex":
        Ct = f"$C(x)=x^{{3}}-{b}x^{{2}}+kx+{F}$"
    elif st == "unicode":
        Ct = f"C(x) = x³ − {b}x² + kx + {F}"
    else:
        Ct = f"C(x) = x^3 - {b}x^2 + kx + {F}"
    text = rng.choice([
        f"비용함수 {josa(Ct, '은/는')} 생산량 x가 늘어날 때 항상 증가해야 한다. 모든 실수 x에 대하여 C'(x) ≥ 0이 되도록 하는 실수 k의 최솟값을 {_q(rng)}",
        f"{josa(Ct, '이/가')} 실수 전체에서 증가하는 함수가 되도록 하는 k의 값의 범위를 구하시오.",
    ])
    ans = f"{_frac_str(kmin)}" if "최솟값" in text else f"k ≥ {_frac_str(kmin)}"
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["증가", "도함수", "비용함수"], also=["12미적Ⅰ-02-07"],
                   check=lambda: 4 * b * b - 12 * kmin == 0)


@family("12경수04-02", "graph-shape-mcq")
def _gr_mcq(rng: random.Random) -> Problem:
    sign = rng.choice([1, -1])
    f, p, q = _cubic_with_crit(rng, sign, 1, 12)
    st = pick_style(rng)
    fp, fq = _ev(f, p), _ev(f, q)
    if sign == 1:
        correct = f"x = {p}에서 극댓값 {fp}, x = {q}에서 극솟값 {fq}를 갖는다."
        wrong = [f"x = {p}에서 극솟값 {fp}, x = {q}에서 극댓값 {fq}를 갖는다.", f"구간 ({p}, {q})에서 증가한다.",
                 f"x > {q}에서 감소한다.", "극값을 갖지 않는다.", f"x = {p + q}에서 극댓값을 갖는다."]
    else:
        correct = f"x = {p}에서 극솟값 {fp}, x = {q}에서 극댓값 {fq}를 갖는다."
        wrong = [f"x = {p}에서 극댓값 {fp}, x = {q}에서 극솟값 {fq}를 갖는다.", f"구간 ({p}, {q})에서 감소한다.",
                 f"x > {q}에서 증가한다.", "극값을 갖지 않는다.", f"x = {p + q}에서 극솟값을 갖는다."]
    fix = lambda t: t.replace(f"{fq}를", josa(str(fq), "을/를"))  # noqa: E731
    correct = fix(correct)
    wrong = [fix(w) for w in wrong]
    ch = choices(rng, correct, wrong)
    text = f"이윤함수 {_fx('P', 'x', f, st)}의 그래프에 대한 설명으로 옳은 것은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["극대", "극소", "증가", "감소"], also=["12미적Ⅰ-02-08"], choice=ch,
                   check=lambda: _diff_sp(f) == [p, q])


@family("12경수04-02", "revenue-shape-explain")
def _gr_rev(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.randrange(40, 400, 10)
    b = rng.choice([1, 2, 5])
    R = {1: a, 2: -b}
    xm = Fraction(a, 2 * b)
    rmax = _ev(R, xm)
    text = rng.choice([
        f"수요함수가 P = {a} − {'' if b == 1 else b}x(P: 가격, x: 판매량)인 상품의 판매 수입 R(x) = xP의 그래프의 개형을 도함수를 이용하여 조사하고, "
        f"판매량이 늘어날 때 수입이 어떻게 변하는지 설명하시오.",
        f"판매 수입이 {_fx('R', 'x', R, st)}(0 ≤ x ≤ {_frac_str(Fraction(a, b))})일 때, R'(x)의 부호를 조사하여 수입이 증가하는 구간과 감소하는 구간을 "
        f"구하고 수입이 최대가 되는 판매량을 {_q(rng)}",
    ])
    ans = (f"R'(x) = {a} − {2 * b}x이므로 0 < x < {_frac_str(xm)}에서 증가, x > {_frac_str(xm)}에서 감소하고 x = {_frac_str(xm)}일 때 최대 수입 "
           f"{_frac_str(rmax)}")
    return Problem(text=text, answer=ans, format="proof" if "설명" in text else "computation", difficulty=3,
                   achievement_level="B" if "설명" in text else "C",
                   concepts=["증가", "감소", "극대", "도함수"], check=lambda: _ev(_deriv(R), xm) == 0)


# =================================================================================================
# 12경수04-03  탄력성 (수요·공급의 가격탄력성, 소득탄력성, 탄력성과 판매 수입)
# =================================================================================================
def _elas_formula(st: str) -> str:
    if st == "latex":
        return "$E=-\\frac{dQ}{dP}\\times\\frac{P}{Q}$"
    return "E = −(dQ/dP) × (P/Q)" if st == "unicode" else "E = -(dQ/dP) * (P/Q)"


def _kind(e: Fraction) -> str:
    return "탄력적" if e > 1 else ("비탄력적" if e < 1 else "단위탄력적")


@family("12경수04-03", "point-elasticity-linear-demand")
def _el_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b = rng.choice([1, 2, 4, 5, 10])
    e_t = rng.choice([Fraction(1, 4), Fraction(1, 3), Fraction(1, 2), Fraction(2, 3), Fraction(1), Fraction(3, 2), Fraction(2), Fraction(3)])
    pmax = (e_t.numerator + e_t.denominator) * 10 * rng.randrange(2, 30)
    a = b * pmax
    p0 = pmax * e_t.numerator // (e_t.numerator + e_t.denominator)
    q0 = a - b * p0
    e = Fraction(b * p0, q0)
    dem = _fmt_lin("Q", a, -b, "P", st)
    good = rng.choice(["영화 관람권", "버스 요금", "커피", "전기 요금", "운동화"])
    text = rng.choice([
        f"{good}의 수요함수가 {dem}(P: 가격(원), Q: 수요량)일 때, 가격이 {p0:,}원인 점에서 수요의 가격탄력성을 구하고, 탄력적인지 비탄력적인지 쓰시오. "
        f"(단, 수요의 가격탄력성은 −(dQ/dP)·(P/Q)이다.)",
        f"수요함수 {dem}에서 P = {p0}일 때의 수요의 가격탄력성 {_elas_formula(st)}의 값을 {_q(rng)}",
    ])
    ans = _frac_str(e) + (f", {_kind(e)}" if "탄력적인지" in text else "")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["탄력성", "미분", "수요함수"], check=lambda: e * (a - b * p0) == b * p0)


@family("12경수04-03", "elasticity-from-percent-change")
def _el_pct(rng: random.Random) -> Problem:
    st = pick_style(rng)
    dp = rng.choice([2, 4, 5, 8, 10, 20])
    e = rng.choice([Fraction(1, 2), Fraction(1, 4), Fraction(3, 2), Fraction(2), Fraction(1), Fraction(3, 4), Fraction(5, 2)])
    dq = e * dp
    up = rng.random() < 0.5
    good = rng.choice(["라면", "택시 이용", "해외여행 상품", "소금", "명품 가방", "휘발유", "스마트폰"])
    text = rng.choice([
        f"{good}의 가격이 {_pc(dp, st)} {'오르자' if up else '내리자'} 수요량이 {_pc(_dec(dq), st)} {'줄었다' if up else '늘었다'}. 수요의 가격탄력성을 구하고, "
        f"이 상품의 수요가 가격에 대하여 탄력적인지 비탄력적인지 쓰시오.",
        f"가격이 {_pc(dp, st)} 변할 때 수요량이 반대 방향으로 {_pc(_dec(dq), st)} 변하는 상품의 수요의 가격탄력성은 얼마인가?",
    ])
    ans = _frac_str(e) if "얼마인가" in text else f"{_frac_str(e)}, {_kind(e)}"
    if "얼마인가" not in text:
        ans = f"{_dec(e) if e.denominator in (1, 2, 4) else _frac_str(e)}, {_kind(e)}"
    else:
        ans = _dec(e) if e.denominator in (1, 2, 4) else _frac_str(e)
    return Problem(text=text, answer=ans, format="word", difficulty=1, achievement_level="E",
                   concepts=["탄력성"], check=lambda: dq / dp == e)


@family("12경수04-03", "elasticity-and-revenue-mcq")
def _el_rev(rng: random.Random) -> Problem:
    elastic = rng.random() < 0.5
    e = rng.choice([Fraction(3, 2), Fraction(2), Fraction(5, 2)]) if elastic else rng.choice([Fraction(1, 2), Fraction(1, 4), Fraction(3, 5)])
    cut = rng.random() < 0.5
    good = rng.choice(["놀이공원 입장권", "쌀", "항공권", "수돗물", "외식 메뉴", "의약품"])
    rises = (elastic and cut) or (not elastic and not cut)
    correct = f"가격을 {'내리면' if cut else '올리면'} 판매 수입이 늘어난다." if rises else f"가격을 {'내리면' if cut else '올리면'} 판매 수입이 줄어든다."
    wrong_pool = [f"가격을 {'내리면' if cut else '올리면'} 판매 수입이 줄어든다." if rises else f"가격을 {'내리면' if cut else '올리면'} 판매 수입이 늘어난다.",
                  f"가격을 {'내려도' if cut else '올려도'} 판매 수입은 변하지 않는다.",
                  f"가격을 {'내리면' if cut else '올리면'} 수요량이 {'줄어든다' if cut else '늘어난다'}.",
                  "수요의 가격탄력성은 가격에 관계없이 항상 1이다.",
                  f"이 상품의 수요는 가격에 대하여 {'비탄력적' if elastic else '탄력적'}이다."]
    ch = choices(rng, correct, wrong_pool)
    text = (f"현재 가격에서 {good}의 수요의 가격탄력성이 {_frac_str(e) if e.denominator > 2 else _dec(e)}이다. 판매자가 가격을 조금 "
            f"{'내리려고' if cut else '올리려고'} 할 때, 이에 대한 설명으로 옳은 것은? (단, 다른 조건은 일정하다.)\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", concepts=["탄력성"],
                   choice=ch, check=lambda: rises == ((e > 1) == cut))


@family("12경수04-03", "unit-elastic-price")
def _el_unit(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b = rng.choice([1, 2, 4, 5, 10])
    pmax = rng.randrange(10, 200) * 20
    a = b * pmax
    pu = pmax // 2
    dem = _fmt_lin("Q", a, -b, "P", st)
    text = rng.choice([
        f"수요함수가 {dem}(P: 가격(원))일 때, 수요의 가격탄력성이 1이 되는 가격을 구하고, 이 가격에서 판매 수입 PQ가 최대임을 확인하시오.",
        f"수요함수 {dem}에서 수요의 가격탄력성이 1보다 큰 가격의 범위를 {_q(rng)} (0 < P < {pmax})",
    ])
    if "범위" in text:
        ans = f"{pu} < P < {pmax}"
        fmt = "computation"
    else:
        ans = f"P = {pu}원, 판매 수입 PQ = {a}P − {b}P²의 도함수 {a} − {2 * b}P = 0에서 P = {pu}이므로 최대(최대 수입 {pu * (a - b * pu):,}원)"
        fmt = "proof"
    return Problem(text=text, answer=ans, format=fmt, difficulty=4, achievement_level="B",
                   concepts=["탄력성", "미분", "수요함수"], check=lambda: b * pu == a - b * pu)


@family("12경수04-03", "arc-elasticity-table")
def _el_table(rng: random.Random) -> Problem:
    p0 = rng.randrange(10, 100) * 100
    pct = rng.choice([10, 20, 25, 50])
    p1 = p0 * (100 + pct) // 100
    q0 = rng.randrange(20, 200) * 10
    e = rng.choice([Fraction(1, 2), Fraction(2), Fraction(1), Fraction(3, 2), Fraction(4, 5), Fraction(6, 5)])
    dq = e * pct * q0 / 100
    if dq.denominator != 1 or p0 * (100 + pct) % 100:
        return _el_table(rng)
    q1 = q0 - int(dq)
    good = rng.choice(["치킨", "노트북", "헬스장 월 이용권", "우유"])
    text = (f"다음은 {good}의 가격 변화에 따른 수요량의 변화를 조사한 것이다.\n| 구분 | 가격(원) | 수요량 |\n|---|---|---|\n| 변화 전 | {p0:,} | {q0:,} |\n"
            f"| 변화 후 | {p1:,} | {q1:,} |\n변화 전을 기준으로 가격 변화율과 수요량 변화율을 구하여 수요의 가격탄력성을 계산하고, 탄력성의 종류를 쓰시오.")
    ans = f"가격 변화율 {pct}%, 수요량 변화율 −{_dec(dq * 100 / q0)}%, 탄력성 {_dec(e)}, {_kind(e)}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D", concepts=["탄력성"],
                   check=lambda: Fraction(q0 - q1, q0) / Fraction(p1 - p0, p0) == e)


@family("12경수04-03", "income-elasticity")
def _el_income(rng: random.Random) -> Problem:
    st = pick_style(rng)
    di = rng.choice([5, 10, 20])
    e = rng.choice([Fraction(-1, 2), Fraction(1, 2), Fraction(3, 2), Fraction(2), Fraction(-1), Fraction(1, 4)])
    dq = e * di
    if e < 0:
        good = rng.choice(["중고 의류", "값싼 즉석식품", "시외버스 이용", "저가 라면"])
    elif e > 1:
        good = rng.choice(["해외여행", "고급 외식", "명품 가방", "골프 용품"])
    else:
        good = rng.choice(["쌀", "우유", "대중교통 이용", "생수"])
    kind = "열등재" if e < 0 else ("사치재(정상재)" if e > 1 else "필수재(정상재)")
    text = rng.choice([
        f"소득이 {_pc(di, st)} 늘었을 때 {good}의 수요량이 {_pc(_dec(abs(dq)), st)} {'늘었다' if dq > 0 else '줄었다'}. 수요의 소득탄력성을 구하고, "
        f"이 상품이 정상재인지 열등재인지 쓰시오. (소득탄력성 = 수요량 변화율 ÷ 소득 변화율)",
        f"어느 가구의 소득이 {_pc(di, st)} 증가하자 {good} 소비가 {_pc(_dec(abs(dq)), st)} {'증가' if dq > 0 else '감소'}하였다. 수요의 소득탄력성과 "
        f"이 상품의 종류(필수재·사치재·열등재)를 쓰시오.",
    ])
    ans = f"{_dec(e)}, {kind if '필수재·사치재' in text else ('열등재' if e < 0 else '정상재')}"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D", concepts=["탄력성"],
                   check=lambda: dq / di == e)


@family("12경수04-03", "supply-elasticity")
def _el_supply(rng: random.Random) -> Problem:
    st = pick_style(rng)
    d = rng.choice([1, 2, 3, 4, 5])
    e = rng.choice([Fraction(1, 2), Fraction(2, 3), Fraction(4, 5), Fraction(5, 4), Fraction(3, 2), Fraction(2), Fraction(1)])
    p0 = rng.randrange(5, 60) * 60
    q0 = Fraction(d * p0) / e
    c = q0 - d * p0
    if q0.denominator != 1 or q0 <= 0:
        return _el_supply(rng)
    c, q0 = int(c), int(q0)
    sup = _fmt_lin("Q", c, d, "P", st, first_var=True)
    text = (f"어느 상품의 공급함수가 {sup}(P: 가격(원), Q: 공급량)이다. 가격이 {p0:,}원일 때 공급의 가격탄력성 (dQ/dP)·(P/Q)의 값을 구하고, "
            f"공급이 탄력적인지 비탄력적인지 쓰시오.")
    ans = f"{_frac_str(e)}, {_kind(e)}"
    if rng.random() < 0.5:
        text = (f"{sup}인 공급곡선 위의 점 P = {p0:,}에서 공급의 가격탄력성을 구하시오. 이 가격에서 가격이 1% 오르면 공급량은 약 몇 % 늘어나는지도 쓰시오.")
        ans = f"{_frac_str(e)}, 약 {_rd(e, 2)}% 증가"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["탄력성", "미분", "공급함수"], check=lambda: e * q0 == d * p0)


@family("12경수04-03", "elasticity-quadratic-demand")
def _el_quad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([1, 2, 3])
    p0 = rng.randrange(2, 20)
    a = k * p0 * p0 + rng.randrange(5, 300)
    q0 = a - k * p0 * p0
    e = Fraction(2 * k * p0 * p0, q0)
    D = {0: a, 2: -k}
    text = rng.choice([
        f"어느 상품의 수요함수가 {_fx('Q', 'P', D, st)}(P: 가격(천 원))이다. P = {p0}에서 수요의 가격탄력성 −(dQ/dP)·(P/Q)의 값을 {_q(rng)}",
        f"수요함수 {_fx('Q', 'P', D, st)}에 대하여 가격이 {p0}천 원일 때 수요의 가격탄력성을 구하고, 이 가격에서 가격을 조금 올리면 판매 수입이 어떻게 되는지 쓰시오.",
    ])
    ans = _frac_str(e)
    if "판매 수입" in text:
        ans += ", " + ("줄어든다" if e > 1 else ("늘어난다" if e < 1 else "변하지 않는다"))
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["탄력성", "도함수", "미분"], check=lambda: e == Fraction(2 * k * p0, 1) * p0 / (a - k * p0 * p0))


# =================================================================================================
# 12경수04-04  미분을 활용한 최적화 (이윤 최대, 수입 최대, 효용 최대, 최적생산량, 세수 최대)
# =================================================================================================
@family("12경수04-04", "profit-max-quadratic")
def _op_quad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 2, 3])
    c2 = rng.choice([1, 2])
    xs = rng.randrange(5, 60)
    b = rng.randrange(10, 100)
    p = b + 2 * (a + c2) * xs  # R = p x − a x², C = c2 x² + b x + F ; P' = p − b − 2(a + c2) x
    F = rng.randrange(100, 2000, 10)
    R = {1: p, 2: -a}
    C = {2: c2, 1: b, 0: F}
    pmax = p * xs - a * xs * xs - (c2 * xs * xs + b * xs + F)
    text = rng.choice([
        f"어느 회사의 수입함수가 {_fx('R', 'x', R, st)}, 비용함수가 {_fx('C', 'x', C, st)}이다. (x: 생산·판매량, 단위: 만 원) 이윤이 최대가 되는 생산량과 "
        f"최대 이윤을 {_q(rng)}",
        f"x개를 팔 때 수입이 {_fx('R', 'x', R, st)}(만 원), x개를 만들 때 비용이 {_fx('C', 'x', C, st)}(만 원)이다. 한계수입과 한계비용이 같아지는 생산량을 "
        f"구하고, 그때의 이윤을 구하시오.",
    ])
    ans = f"생산량 {xs}, 최대 이윤 {pmax:,}만 원"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["최적화", "도함수", "극댓값", "비용함수"],
                   check=lambda: max(range(0, 3 * xs + 5), key=lambda x: p * x - a * x * x - c2 * x * x - b * x - F) == xs)


@family("12경수04-04", "profit-max-cubic-cost")
def _op_cubic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # P(x) = px − C(x), C = x³ − 3(m)x²/… build P'(x) = −3(x − r)(x − s), 0 < r < s, maximum at s
    while True:
        r, s_ = sorted(rng.sample(range(1, 30), 2))
        if (r + s_) % 2 == 0:
            break
    b2 = 3 * (r + s_) // 2
    price = rng.randrange(100, 600, 10)
    c1 = price + 3 * r * s_  # C'(x) = 3x² − 2 b2 x + c1 ; P' = price − C' = −3x² + 2b2 x + price − c1 = −3(x−r)(x−s)
    gross = price * s_ - (s_ ** 3 - b2 * s_ * s_ + c1 * s_)
    if gross <= 20:
        return _op_cubic(rng)
    F = rng.randrange(10, gross, 10) if gross > 20 else 10
    C = {3: 1, 2: -b2, 1: c1, 0: F}
    prof = lambda x: price * x - _ev(C, x)  # noqa: E731
    best = prof(s_)
    text = rng.choice([
        f"어느 제품의 가격이 {price}만 원으로 정해져 있고, x개를 생산하는 비용이 {_fx('C', 'x', C, st)}(만 원)이다. 이윤이 최대가 되는 생산량(최적생산량)과 "
        f"그때의 이윤을 {_q(rng)}",
        f"완전경쟁 시장에서 1개에 {price}만 원에 팔리는 제품의 비용함수가 {_fx('C', 'x', C, st)}이다. 이윤함수의 도함수를 이용하여 이윤을 최대로 하는 "
        f"생산량을 구하고 최대 이윤을 구하시오.",
    ])
    ans = f"최적생산량 {s_}, 최대 이윤 {best}만 원"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["최적생산량", "최적화", "극대", "비용함수"], also=["12미적Ⅰ-02-07"],
                   check=lambda: max(range(0, 2 * s_ + 5), key=prof) == s_)


@family("12경수04-04", "revenue-max-price")
def _op_rev(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b = rng.choice([1, 2, 4, 5, 10])
    pstar = rng.randrange(10, 300) * 10
    a = 2 * b * pstar
    dem = _fmt_lin("Q", a, -b, "P", st)
    rmax = pstar * (a - b * pstar)
    good = rng.choice(["공연 티켓", "수제 케이크", "온라인 강의", "캠핑장 이용권"])
    text = rng.choice([
        f"{good}의 수요함수가 {dem}(P: 가격(원), Q: 판매량)이다. 판매 수입이 최대가 되도록 하는 가격과 최대 판매 수입을 {_q(rng)}",
        f"수요함수 {dem}인 {good}의 판매 수입 R(P) = PQ를 P에 대한 함수로 나타내고, 미분을 이용하여 R(P)가 최대가 되는 가격을 구하시오.",
    ])
    ans = f"가격 {pstar:,}원, 최대 판매 수입 {rmax:,}원" if "최대 판매 수입을" in text else f"R(P) = {a}P - {b}P^2, P = {pstar}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["최적화", "도함수", "수요함수"],
                   check=lambda: max(range(0, 2 * pstar + 1, 10), key=lambda P: P * (a - b * P)) == pstar)


@family("12경수04-04", "mr-equals-mc")
def _op_mrmc(rng: random.Random) -> Problem:
    st = pick_style(rng)
    xs = rng.randrange(5, 80)
    m1 = rng.choice([1, 2, 4])
    m2 = rng.choice([1, 2, 3])
    c0 = rng.randrange(10, 200)
    r0 = c0 + (m1 + m2) * xs
    MR = {1: -m1, 0: r0}
    MC = {1: m2, 0: c0}
    text = rng.choice([
        f"어느 기업의 한계수입이 {_fx('MR', 'x', MR, st)}, 한계비용이 {_fx('MC', 'x', MC, st)}이다. (x: 생산량) 이윤이 최대가 되는 생산량을 {_q(rng)}",
        f"한계수입 {_fx('MR', 'x', MR, st)}와 한계비용 {_fx('MC', 'x', MC, st)}가 주어질 때, 생산량을 1단위 늘릴 때의 이윤 변화가 0이 되는 생산량을 구하고, "
        f"그보다 적게 생산하면 어떻게 하는 것이 유리한지 쓰시오.",
    ])
    text = text.replace(f"{_fx('MR', 'x', MR, st)}와", josa(_fx('MR', 'x', MR, st), "과/와")).replace(
        f"{_fx('MC', 'x', MC, st)}가", josa(_fx('MC', 'x', MC, st), "이/가"))
    ans = f"{xs}" if "쓰시오" not in text else f"{xs}, 한계수입이 한계비용보다 크므로 생산량을 늘리는 것이 유리하다"
    return Problem(text=text, answer=ans, format="computation" if "쓰시오" not in text else "word", difficulty=2,
                   achievement_level="D", concepts=["최적화", "최적생산량"],
                   check=lambda: _ev(MR, xs) == _ev(MC, xs))


@family("12경수04-04", "utility-max-budget")
def _op_util(rng: random.Random) -> Problem:
    px, py = rng.choice([(1, 2), (2, 1), (2, 3), (3, 2), (1, 4), (4, 1), (1, 1)])
    k = rng.randrange(2, 20)
    M = 2 * px * py * k  # optimum x = M/(2px) = py k, y = px k
    unit = rng.choice([1000, 500])
    xs, ys = py * k, px * k
    g1, g2 = rng.sample([("음료", "잔"), ("간식", "개"), ("책", "권"), ("영화", "편"), ("공연", "회")], 2)
    text = (f"{josa(name(rng), '은/는')} {M * unit:,}원으로 {g1[0]}(1{g1[1]}에 {px * unit:,}원)와 {g2[0]}(1{g2[1]}에 {py * unit:,}원)를 사려고 한다. "
            f"{g1[0]} x{g1[1]}, {g2[0]} y{g2[1]}를 살 때의 효용이 U = xy이고 돈을 모두 쓴다고 할 때, y를 x에 대한 식으로 나타내어 U를 x에 대한 함수로 바꾼 뒤 "
            f"미분을 이용하여 효용이 최대가 되는 x, y를 {_q(rng)}")
    gwa = "과" if _final_has(g1[0]) else "와"
    eul = "을" if _final_has(g2[0]) else "를"
    text = text.replace(f"원)와 {g2[0]}", f"원){gwa} {g2[0]}").replace("원)를 사려고", f"원){eul} 사려고").replace(
        f"y{g2[1]}를", josa(f"y{g2[1]}", "을/를"))
    ans = f"x = {xs}, y = {ys} (최대 효용 {xs * ys})"
    if rng.random() < 0.4:
        text = (f"예산 {M * unit:,}원으로 가격이 {px * unit:,}원인 {g1[0]}와 {py * unit:,}원인 {g2[0]}를 산다. 효용함수가 U = xy(x: {g1[0]}의 양, y: {g2[0]}의 양)이고 "
                f"예산을 모두 쓸 때, 효용을 x에 대한 함수로 나타내어 미분을 이용하여 최적의 소비 조합과 최대 효용을 {_q(rng)}").replace(
            f"{g1[0]}와", josa(g1[0], "과/와")).replace(f"{g2[0]}를", josa(g2[0], "을/를"))
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["최적화", "효용함수", "도함수"],
                   check=lambda: max(range(0, M // px + 1), key=lambda x: x * Fraction(M - px * x, py)) == xs)


@family("12경수04-04", "optimal-labor-input")
def _op_labor(rng: random.Random) -> Problem:
    st = pick_style(rng)
    # Q(L) = −L³ + a L² + b L ; profit = p Q(L) − w L; p Q'(L) = w at L* (choose p = 1 thousands-units)
    while True:
        Ls = rng.randrange(4, 25)
        r = rng.randrange(1, Ls)
        if (Ls - r) % 2 == 0:
            break
    # p Q'(L) − w = −3p(L − Ls)(L + r)  → with p = 1: Q'(L) = −3L² + 3(Ls − r)L + 3 Ls r + w  … choose w
    w = rng.randrange(10, 200)
    a = 3 * (Ls - r) // 2
    b = 3 * Ls * r + w
    Q = {3: -1, 2: a, 1: b}
    prof = lambda L: _ev(Q, L) - w * L  # noqa: E731
    text = rng.choice([
        f"어느 공장에서 노동자 L명을 고용할 때의 하루 생산량이 {_fx('Q', 'L', Q, st)}(개)이고, 제품 1개의 가격은 1만 원, 노동자 1명의 하루 임금은 {w}만 원이다. "
        f"하루 이윤이 최대가 되는 노동자 수를 {_q(rng)}",
        f"생산함수 {_fx('Q', 'L', Q, st)}(L: 노동자 수)인 공장에서 제품을 개당 1만 원에 팔고 임금은 1인당 {w}만 원이다. 한계생산량과 임금을 비교하여 최적의 고용량을 구하시오.",
    ])
    ans = f"{Ls}명"
    return Problem(text=text, answer=ans, format="word", difficulty=5, achievement_level="A",
                   concepts=["한계생산량", "최적화", "생산함수"],
                   check=lambda: max(range(0, 3 * Ls + 5), key=prof) == Ls)


@family("12경수04-04", "tax-revenue-max")
def _op_tax(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m, n = rng.choice([1, 2]), rng.choice([1, 2, 3])
    gap = 2 * (m + n) * rng.randrange(5, 60)  # A − B
    B = rng.randrange(0, 300, 10)
    A = B + gap
    dem = _fmt_lin("P", A, -m, "Q", st)
    sup = _fmt_lin("P", B, n, "Q", st, first_var=B == 0)
    # with tax t: Q = (gap − t)/(m + n); revenue T(t) = t (gap − t)/(m + n) max at t = gap/2
    ts = gap // 2
    rev = Fraction(ts * (gap - ts), m + n)
    text = (f"수요곡선이 {dem}, 공급곡선이 {sup}인 시장에서 정부가 판매자에게 1단위당 t원의 세금을 부과하려고 한다. (Q: 수량, P: 가격(원)) "
            f"세금을 부과한 뒤의 거래량을 t에 대한 식으로 나타내고, 정부의 세금 수입이 최대가 되는 t의 값과 최대 세금 수입을 {_q(rng)}")
    ans = f"Q = ({gap} − t)/{m + n}, t = {ts}, 최대 세금 수입 {_frac_str(rev)}원"
    if m + n == 1:
        ans = f"Q = {gap} − t, t = {ts}, 최대 세금 수입 {_frac_str(rev)}원"
    if rng.random() < 0.5:
        text = (f"어느 상품 시장의 수요곡선은 {dem}, 공급곡선은 {sup}이다. (Q: 수량, P: 가격(원)) 세율 t(1단위당 t원)를 높이면 거래량이 줄어 세금 수입이 "
                f"오히려 줄어들 수도 있다. 세금 수입을 t에 대한 함수로 나타내고, 미분을 이용하여 세금 수입이 최대가 되는 t와 그때의 세금 수입을 {_q(rng)}")
    return Problem(text=text, answer=ans, format="word", difficulty=5, achievement_level="A",
                   concepts=["최적화", "균형수급량(균형거래량)", "세금"], also=["12경수02-05"],
                   check=lambda: max(range(0, gap + 1), key=lambda t: t * (gap - t)) == ts)


@family("12경수04-04", "monopoly-optimal-price")
def _op_price(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b = rng.choice([1, 2, 4, 5, 10])
    c = rng.randrange(5, 200) * 10
    ps = c + rng.randrange(5, 200) * 10
    pmax = 2 * ps - c  # P* = (pmax + c)/2
    a = b * pmax
    dem = _fmt_lin("Q", a, -b, "P", st)
    best = (ps - c) * (a - b * ps)
    good = rng.choice(["수제 잼", "캐릭터 굿즈", "모바일 게임 아이템", "지역 특산 과자"])
    text = rng.choice([
        f"{good}를 만드는 데 1개당 {c:,}원의 비용이 들고(고정비용은 없다.), 수요함수는 {dem}(P: 가격(원), Q: 판매량)이다. 이윤 (P − {c})Q가 최대가 되는 "
        f"가격과 최대 이윤을 {_q(rng)}",
        f"1개당 생산비가 {c:,}원인 {good}의 수요함수가 {dem}이다. 이윤을 가격 P에 대한 함수로 나타내고 미분을 이용하여 이윤이 최대가 되는 가격을 구하시오.",
    ]).replace(f"{good}를", josa(good, "을/를"))
    ans = f"가격 {ps:,}원, 최대 이윤 {best:,}원" if "최대 이윤을" in text else f"P = {ps:,}원"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["최적화", "도함수", "수요함수"],
                   check=lambda: max(range(c, pmax + 1, 10), key=lambda P: (P - c) * (a - b * P)) == ps)


# =================================================================================================
# Notation pass: the money-and-percent families of 12경수01-01…01-03 and the inequality families of
# 12경수02-06 write little mathematics of their own, so about 45% of their items get their percents
# (``10%`` → ``$10\%$``) and linear inequalities (``3x + 2y ≤ 40`` → ``$3x+2y\le 40$``) typeset in
# LaTeX, as the other standards' items are. The choice block of an mcq item is left untouched.
# =================================================================================================
_PCT_RE = re.compile(r"(?<![\d.,$\\])(\d+(?:\.\d+)?)%(?!p)")
_INEQ_RE = re.compile(r"(?<![\w$)])((?:\d*x|x)(?: \+ \d*y)?|(?:\d*y)) (≤|≥|<=|>=) (\d+)")
_TEX_REL = {"≤": "\\le", "<=": "\\le", "≥": "\\ge", ">=": "\\ge"}


_FORMULA_RE = re.compile(r"(?<![\w$])([A-Za-z](?:_[a-zA-Z]+)?(?:\([A-Za-z]\))?) = ([0-9A-Za-z.^²³√−+\-*×/(), ]+?)(?=[가-힣(\n]|,\s|\s\(|$)")


def _tex_rhs(rhs: str) -> str:
    t = re.sub(r"(?<=\d),(?=\d{3})", "", rhs.strip()).replace("−", "-").replace(" ", "").replace("×", "\\times ").replace("*", "\\times ")
    t = t.replace("²", "^{2}").replace("³", "^{3}")
    t = re.sub(r"\^(\d+)", r"^{\1}", t)
    t = re.sub(r"sqrt\(([^()]+)\)", r"\\sqrt{\1}", t)
    t = re.sub(r"√\(([^()]+)\)", r"\\sqrt{\1}", t)
    t = re.sub(r"√(\w)", r"\\sqrt{\1}", t)
    t = re.sub(r"\((\d+)/(\d+)\)", r"\\frac{\1}{\2}", t)
    return t.replace("\\times \\sqrt", "\\sqrt")


def _tex_formula(m: re.Match) -> str:
    lhs, rhs = m.group(1), m.group(2)
    if rhs.count("(") != rhs.count(")") or not re.search(r"[A-Za-z]", rhs) or re.search(r"(sqrt|√|[A-Za-z]\()$", rhs.rstrip()):
        return m.group(0)
    tail = rhs[len(rhs.rstrip()):]
    return f"${lhs.replace('_d', '_{d}').replace('_s', '_{s}')}={_tex_rhs(rhs)}${tail}"


def _texify(text: str) -> str:
    text = _PCT_RE.sub(lambda m: f"${m.group(1)}\\%$", text)
    text = _FORMULA_RE.sub(_tex_formula, text)
    return _INEQ_RE.sub(lambda m: f"${m.group(1).replace(' ', '')}{_TEX_REL[m.group(2)]} {m.group(3)}$", text)


def _with_tex(make):
    def wrapped(rng: random.Random) -> Problem:
        p = make(rng)
        if "$" in p.text or rng.random() >= 0.45:
            return p
        block = p.choice.block if p.choice is not None else ""
        stem = p.text.replace(block, "\0") if block else p.text
        new = _texify(stem)
        p.text = new.replace("\0", block) if block else new
        return p
    return wrapped


_TEX_PASS = ("12경수01-01", "12경수01-02", "12경수01-03", "12경수02-01", "12경수02-02", "12경수02-03", "12경수02-06")


def _install_tex() -> None:
    from mathtag.corpus.generators.base import FAMILIES, Family
    for key, fam in list(FAMILIES.items()):
        if fam.standard in _TEX_PASS and __name__ == fam.make.__module__:
            FAMILIES[key] = Family(standard=fam.standard, name=fam.name, make=_with_tex(fam.make))


_install_tex()
