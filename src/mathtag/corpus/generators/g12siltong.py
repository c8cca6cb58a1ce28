"""Generators for 실용 통계 (고등학교 융합 선택): 12실통01-01 … in code order.

The course is applied and project-like, so most families are small data sets written as text
tables (invented, KOSIS-style numbers), survey/sampling situations and decisions, with answers
computed in code (``fractions.Fraction`` / ``statistics``) and re-derived in ``check``.

Private helpers (module-local, prefixed ``_``):

* ``_tbl(head, rows, rng)`` a small text table (``|``-separated or space-aligned).
* ``_r1(x, places)`` a number rounded half-up to ``places`` decimals, as text without trailing zeros.
* ``_end(rng, kind)`` a varied question ending.
* ``_bogi(rng, stmts)`` a <보기> block (ㄱ, ㄴ, ㄷ) and the ①~⑤ choice of its true subset.
* ``_pick_mcq(rng, good, bad, ...)`` a ①~⑤ block with one option from ``good`` and four from ``bad``.
"""

from __future__ import annotations

import itertools
import random
import re
import statistics as _st
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction as Fr

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import num, pick_style

_S11, _S12, _S13 = "12실통01-01", "12실통01-02", "12실통01-03"
_S21, _S22, _S23, _S24 = "12실통02-01", "12실통02-02", "12실통02-03", "12실통02-04"


# -- helpers ---------------------------------------------------------------------------------------
def _tbl(head: list[str], rows: list[list[str]], rng: random.Random | None = None) -> str:
    sep = " | " if rng is None or rng.random() < 0.7 else "   "
    return "\n".join([sep.join(head)] + [sep.join(r) for r in rows])


def _r1(x, places: int = 1) -> str:
    """``x`` (Fraction/int/float) rounded half-up to ``places`` decimals, trailing zeros dropped."""
    d = Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, Fr) else Decimal(str(x))
    q = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = format(q, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def _end(rng: random.Random, kind: str = "구") -> str:
    if kind == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써 보시오.", "말하시오."])
    if kind == "고":
        return rng.choice(["고르시오.", "고르세요.", "골라 보시오."])
    if kind == "설":
        return rng.choice(["설명하시오.", "설명해 보시오.", "까닭을 설명하시오.", "이유를 쓰시오."])
    return rng.choice(["구하시오.", "구하세요.", "구해 보시오.", "구하여라."])


_BOGI_SETS = ("ㄱ", "ㄴ", "ㄷ", "ㄱ, ㄴ", "ㄱ, ㄷ", "ㄴ, ㄷ", "ㄱ, ㄴ, ㄷ")


def _bogi(rng: random.Random, good: list[str], bad: list[str]):
    """(<보기> block, Choice): three statements drawn from ``good`` (true) and ``bad`` (false)."""
    k = rng.choice([1, 2, 2, 3])
    stmts = [(s, True) for s in rng.sample(good, k)] + [(s, False) for s in rng.sample(bad, 3 - k)]
    rng.shuffle(stmts)
    labs = ("ㄱ", "ㄴ", "ㄷ")
    correct = ", ".join(lab for lab, (_, ok) in zip(labs, stmts, strict=True) if ok)
    ch = choices(rng, correct, [f for f in _BOGI_SETS if f != correct], sort_key=_BOGI_SETS.index)
    block = "\n".join(["<보기>"] + [f"{lab}. {t}" for lab, (t, _) in zip(labs, stmts, strict=True)])
    return block, ch, correct


def _bogi_q(rng: random.Random, ok: str = "옳은") -> str:
    return rng.choice([f"{ok} 것만을 <보기>에서 있는 대로 고른 것은?", f"<보기>에서 {ok} 것만을 있는 대로 고른 것은?",
                       f"다음 <보기> 중 {ok} 것을 모두 고른 것은?"])


def _pick_mcq(rng: random.Random, good: list[str], bad: list[str]):
    """A ①~⑤ block: one option from ``good`` (the answer) and four from ``bad``."""
    correct = rng.choice(good)
    ch = choices(rng, correct, rng.sample(bad, 4))
    return ch, correct


def _fmtn(x: Fr, places: int = 1) -> str:
    """Like ``_r1`` but with thousands separators for whole numbers."""
    t = _r1(x, places)
    return num(int(t)) if "." not in t else t


def _pct(part, whole) -> Fr:
    return Fr(part) * 100 / Fr(whole)


# =================================================================================================
# 12실통01-01 통계와 통계적 방법의 유용성과 필요성
# =================================================================================================
_INDICATORS = [
    ("○○시의 출생아 수", "명", (1800, 4200)),
    ("△△군의 65세 이상 인구", "명", (5200, 9800)),
    ("□□도의 전기차 등록 대수", "대", (3000, 12000)),
    ("○○시의 1인 가구 수", "가구", (41000, 78000)),
    ("△△시의 연간 공공 자전거 대여 건수", "천 건", (420, 980)),
    ("○○항의 컨테이너 처리량", "만 TEU", (180, 320)),
    ("□□군의 귀농 가구 수", "가구", (120, 460)),
]


@family(_S11, "public-table-change-rate")
def _kosis_change(rng: random.Random) -> Problem:
    label, unit, (lo, hi) = rng.choice(_INDICATORS)
    y0 = rng.randint(2015, 2019)
    years = [y0 + i for i in range(rng.choice([3, 4, 5]))]
    vals = [rng.randint(lo, hi) for _ in years]
    i, j = sorted(rng.sample(range(len(years)), 2))
    while vals[i] == vals[j]:
        vals[j] += rng.randint(1, 30)
    a, b = vals[i], vals[j]
    rate = (Fr(b) - a) * 100 / a
    word = "증가" if rate > 0 else "감소"
    ans = f"약 {_r1(abs(rate))}% {word}"
    src = rng.choice(["국가통계포털(KOSIS)", "통계청", "지역 통계 연보", "시청 누리집의 통계 자료"])
    tb = _tbl(["연도"] + [f"{y}년" for y in years], [[f"{label.split('의 ', 1)[1]}({unit})"] + [num(v) for v in vals]], rng)
    intro = rng.choice([
        f"다음은 {src}에서 찾은 {josa(label, '을/를')} 연도별로 정리한 표이다. (가상의 자료)",
        f"{src}에 공개된 {josa(label, '이/가')} 다음과 같다고 한다. (수치는 가상이다.)",
        f"어느 학생이 {src}에서 {josa(label, '을/를')} 조사하여 표로 나타내었다. (가상의 자료)",
    ])
    q = rng.choice([
        f"{years[i]}년에 대한 {years[j]}년의 증감률을 반올림하여 소수 첫째 자리까지 {_end(rng)}",
        f"{years[i]}년과 비교하여 {years[j]}년에는 몇 % 증가 또는 감소하였는지 반올림하여 소수 첫째 자리까지 {_end(rng)}",
        f"{years[i]}년부터 {years[j]}년까지의 변화를 백분율로 나타내면 몇 % 증가 또는 감소인가? (반올림하여 소수 첫째 자리까지)",
    ])

    def chk() -> bool:
        r = (b - a) / a * 100
        return ans == f"약 {abs(round(r + (1e-9 if r > 0 else -1e-9), 1)):g}% {'증가' if r > 0 else '감소'}"

    d = rng.choice([2, 3])
    return Problem(text=f"{intro}\n{tb}\n{q}", answer=ans, format="data", difficulty=d,
                   achievement_level="D" if d == 2 else "C", concepts=["표", "백분율"], check=chk)


@family(_S11, "rating-panel-estimate")
def _rating(rng: random.Random) -> Problem:
    n = rng.choice([2000, 2500, 3000, 4000, 5000])
    k = rng.randint(n // 40, n // 5)
    total = rng.choice([2200, 2300, 2250, 2180])  # 만 가구
    kind = rng.choice([("텔레비전 프로그램", "시청률", "시청"), ("라디오 프로그램", "청취율", "청취"),
                       ("온라인 생중계", "접속률", "접속")])
    prog, rname, verb = kind
    rate = _pct(k, n)
    est = rate * total / 100
    ans = f"{rname} {_r1(rate)}%, 약 {_r1(est, 0)}만 가구"
    text = rng.choice([
        f"어느 조사 회사는 전국 {num(total)}만 가구 중 {num(n)}가구를 표본 가구로 정하여 {prog}의 {rname}을 조사한다. "
        f"어느 날 한 {josa(prog, '을/를')} {verb}한 표본 가구가 {num(k)}가구였을 때, 이 {prog}의 {rname}과 이를 전국에 적용하여 "
        f"{verb}한 가구 수를 추측하여 {rng.choice(['구하시오.', '구하세요.', '각각 구해 보시오.'])} ({rname}은 반올림하여 소수 첫째 자리까지, 가구 수는 만 가구 단위로 반올림)",
        f"{rname} 조사에서는 모든 가구를 조사하지 않고 일부 가구만 조사한다. 표본 가구 {num(n)}가구 중 {num(k)}가구가 "
        f"어떤 {josa(prog, '을/를')} {verb}하였다면 {rname}은 몇 %인가? 또 전체 가구가 {num(total)}만 가구라면 {verb}한 가구는 약 몇 만 가구로 "
        "볼 수 있는가? (백분율은 소수 첫째 자리까지, 가구 수는 정수 만 가구까지 반올림)",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["표본", "비율", "백분율"],
                   check=lambda: abs(float(rate) - k / n * 100) < 1e-9 and round(k / n * total) == round(est))


_REGIONS = ["가", "나", "다", "라"]


@family(_S11, "rate-per-100k-compare")
def _rate_per(rng: random.Random) -> Problem:
    m = rng.choice([3, 4])
    regs = [f"{r} 지역" for r in _REGIONS[:m]]
    what = rng.choice([("교통사고 사망자 수", "명"), ("화재 발생 건수", "건"), ("독감 환자 수", "명"),
                       ("자전거 사고 건수", "건")])
    while True:
        pops = [rng.randint(8, 120) * 10000 for _ in range(m)]
        cnts = [rng.randint(20, 600) for _ in range(m)]
        rates = [Fr(c) * 100000 / p for c, p in zip(cnts, pops, strict=True)]
        big_cnt = max(range(m), key=lambda t: cnts[t])
        big_rate = max(range(m), key=lambda t: rates[t])
        if len(set(rates)) == m and len(set(cnts)) == m and big_cnt != big_rate:
            break
    tb = _tbl(["지역", "인구(명)", f"{what[0]}({what[1]})"],
              [[r, num(p), num(c)] for r, p, c in zip(regs, pops, cnts, strict=True)], rng)
    ask = rng.choice([
        f"인구 10만 명당 {what[0]}를 각각 구하여 비교할 때, 그 값이 가장 큰 지역을 {_end(rng, '쓰')}",
        f"{what[0]}만 보면 {regs[big_cnt]}이 가장 많다. 인구 10만 명당으로 환산하여 비교하면 어느 지역이 가장 높은지 {_end(rng, '쓰')}",
        f"인구 규모가 다른 지역을 공정하게 비교하기 위해 인구 10만 명당 {what[0]}를 구하려고 한다. 이 값이 가장 큰 지역과 그 값을 "
        f"반올림하여 소수 첫째 자리까지 {_end(rng)}",
    ])
    ans = f"{regs[big_rate]} (10만 명당 약 {_r1(rates[big_rate])}{what[1]})"
    return Problem(text=f"다음은 네 지역의 인구와 지난해 {what[0]}를 나타낸 가상의 통계이다.\n{tb}\n{ask}".replace("네 지역", f"{m}개 지역"),
                   answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["비율", "표"],
                   check=lambda: max(zip(cnts, pops, regs, strict=True), key=lambda t: t[0] / t[1])[2] == regs[big_rate])


@family(_S11, "facility-shortage-decision")
def _facility(rng: random.Random) -> Problem:
    m = rng.choice([3, 4])
    kind = rng.choice([("영유아 수", "어린이집 정원", "어린이집", "명"), ("65세 이상 인구", "경로당 수용 인원", "경로당", "명"),
                       ("초등학생 수", "지역아동센터 정원", "지역아동센터", "명"), ("등록 반려견 수", "반려견 놀이터 면적", "반려견 놀이터", "m²")])
    regs = [f"{r}구" for r in rng.sample(["동", "서", "남", "북", "중", "새솔", "한빛"], m)]
    while True:
        pop = [rng.randint(20, 90) * 100 for _ in range(m)]
        cap = [rng.randint(5, 40) * 100 for _ in range(m)]
        per = [Fr(p, c) for p, c in zip(pop, cap, strict=True)]
        if len(set(per)) == m and max(range(m), key=lambda t: pop[t]) != max(range(m), key=lambda t: per[t]):
            break
    best = max(range(m), key=lambda t: per[t])
    tb = _tbl(["구", kind[0], f"{kind[1]}({kind[3]})"], [[r, num(p), num(c)] for r, p, c in zip(regs, pop, cap, strict=True)], rng)
    text = rng.choice([
        f"어느 시에서 {josa(kind[2], '을/를')} 한 곳 더 지으려고 한다. 다음 가상의 통계를 보고 {kind[1]} 1{kind[3]}당 {kind[0]}가 가장 많은 구에 "
        f"짓기로 하였다면 어느 구에 지어야 하는지 {_end(rng, '쓰')}\n{tb}",
        f"다음은 어느 시 여러 구의 {kind[0]}와 {kind[1]}을 조사한 가상의 자료이다.\n{tb}\n"
        f"{kind[0]}가 가장 많은 구가 아니라 {kind[1]} 1{kind[3]}당 {kind[0]}가 가장 많은 구에 {josa(kind[2], '을/를')} 새로 짓는 것이 "
        f"합리적이라고 할 때, 어느 구를 선택해야 하는지와 그 구의 값(반올림하여 소수 첫째 자리까지)을 {_end(rng)}",
    ])
    ans = f"{regs[best]} (약 {_r1(per[best])})"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["비율", "표"],
                   check=lambda: max(range(m), key=lambda t: pop[t] / cap[t]) == best)


@family(_S11, "price-index-change")
def _price_index(rng: random.Random) -> Problem:
    base = rng.choice([2015, 2020])
    ys = [base + 1 + i for i in range(4)]
    idx = [Fr(rng.randint(1000, 1200), 10)]
    for _ in range(3):
        idx.append(idx[-1] + Fr(rng.randint(-10, 60), 10))
    i, j = sorted(rng.sample(range(4), 2))
    while idx[i] == idx[j]:
        idx[j] += Fr(3, 10)
    rows = [["지수"] + [_r1(v) for v in idx]]
    tb = _tbl(["연도"] + [f"{y}" for y in ys], rows, rng)
    kind = rng.choice(["소비자물가지수", "외식비 물가지수", "교통비 물가지수", "생활물가지수"])
    mode = rng.choice(["rate", "price"])
    if mode == "rate":
        v = (idx[j] - idx[i]) * 100 / idx[i]
        ans = f"약 {_r1(abs(v), 2)}% {'상승' if v > 0 else '하락'}"
        q = f"{ys[i]}년에 비해 {ys[j]}년의 물가는 몇 % 상승 또는 하락하였는지 반올림하여 소수 둘째 자리까지 {_end(rng)}"
        def chk():
            return (abs(abs(float(v)) - abs(float(idx[j]) / float(idx[i]) - 1) * 100) < 1e-6)
    else:
        p = rng.choice([3000, 5000, 8000, 12000, 20000])
        v = Fr(p) * idx[j] / 100
        ans = f"약 {num(int(_r1(v, 0)))}원"
        q = (f"{base}년에 {num(p)}원이던 물건의 가격이 이 지수와 같은 비율로 변했다고 가정할 때, {ys[j]}년의 가격은 약 몇 원인지 "
             f"원 단위로 반올림하여 {_end(rng)}")
        def chk():
            return (abs(float(v) - p * float(idx[j]) / 100) < 1e-6)
    text = f"다음은 {base}년을 기준(100)으로 한 어느 나라의 {kind}를 나타낸 가상의 자료이다.\n{tb}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["백분율", "표"], check=chk)


_FORECAST_GOOD = [
    "과거에 오늘과 비슷한 기상 조건이었던 날들 중 약 {p}%에서 비가 내렸다는 뜻이다.",
    "오늘과 같은 조건의 날이 100번 있다면 그중 약 {p}번 정도 비가 온다고 볼 수 있다는 뜻이다.",
]
_FORECAST_BAD = [
    "예보 지역의 {p}%에 해당하는 면적에만 비가 내린다는 뜻이다.",
    "하루 24시간 중 {p}%의 시간 동안 비가 내린다는 뜻이다.",
    "강수량이 {p} mm가 될 것이라는 뜻이다.",
    "예보관의 {p}%가 비가 온다고 판단했다는 뜻이다.",
    "비가 오지 않을 확률이 {p}%라는 뜻이다.",
    "{p}%이므로 반드시 비가 온다는 뜻이다.",
]


@family(_S11, "forecast-probability-meaning")
def _forecast(rng: random.Random) -> Problem:
    p = rng.choice([60, 70, 80, 90, 30, 40])
    bad = [b for b in _FORECAST_BAD if not (p < 50 and "반드시" in b)]
    ch, _ = _pick_mcq(rng, [g.format(p=p) for g in _FORECAST_GOOD], [b.format(p=p) for b in bad])
    who = name(rng)
    stem = rng.choice([
        f"일기 예보에서 내일 ○○ 지역의 강수 확률이 {p}%라고 하였다. 이 말의 뜻으로 가장 알맞은 것은?",
        f"{josa(who, '은/는')} 아침 뉴스에서 '오늘 오후 강수 확률 {p}%'라는 예보를 들었다. 이 예보를 통계적으로 바르게 해석한 것은?",
        f"기상청은 오랜 기간 쌓인 관측 자료를 바탕으로 강수 확률을 발표한다. '강수 확률 {p}%'의 의미로 옳은 것은?",
    ])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["확률", "통계적 확률"], choice=ch)


_USE_GOOD = [
    "정부는 인구주택총조사 결과를 학교, 병원 등의 시설을 계획하는 데 활용한다.",
    "보험 회사는 연령대별 사고 발생 자료를 분석하여 보험료를 정한다.",
    "기업은 소비자 구매 자료를 분석하여 신제품의 생산량을 정하는 데 참고한다.",
    "선거 전 여론조사는 일부 유권자의 응답으로 전체 유권자의 생각을 추측하는 데 쓰인다.",
    "질병관리청은 감염병 환자 수의 변화를 분석하여 유행 여부를 판단한다.",
    "도로공사는 시간대별 교통량 자료를 바탕으로 혼잡 시간대를 예측하여 안내한다.",
    "스포츠 구단은 선수들의 경기 기록을 분석하여 작전을 세우는 데 활용한다.",
    "기상청은 오랜 기간의 관측 자료를 분석하여 강수 확률을 예보한다.",
]
_USE_BAD = [
    "통계 자료를 분석하면 미래에 일어날 일을 언제나 정확하게 알 수 있다.",
    "표본조사의 결과는 어떤 경우에도 모집단 전체의 결과와 정확히 일치한다.",
    "자료의 수가 많기만 하면 수집 방법과 관계없이 항상 믿을 수 있는 결론을 얻는다.",
    "통계는 숫자를 다루므로 통계 결과는 해석하는 사람에 따라 달라질 수 없다.",
    "변이성이 있는 현상은 예측할 수 없으므로 통계로 다룰 수 없다.",
    "평균만 알면 자료의 특성을 모두 알 수 있으므로 다른 통계값은 필요 없다.",
]


@family(_S11, "uses-of-statistics-bogi")
def _uses_bogi(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        block, ch, _ = _bogi(rng, _USE_GOOD, _USE_BAD)
        stem = rng.choice(["통계의 활용과 필요성에 대한 설명으로", "실생활에서 통계가 쓰이는 예와 통계에 대한 설명으로"])
        text = f"{stem} {_bogi_q(rng)}\n{block}\n{ch.block}"
    else:
        ch, _ = _pick_mcq(rng, _USE_BAD, _USE_GOOD)
        stem = rng.choice(["통계와 통계적 방법에 대한 설명으로 옳지 않은 것은?",
                           "다음 중 통계에 대한 생각으로 바르지 않은 것은?",
                           "실생활의 통계 활용에 대한 설명 중 잘못된 것은?"])
        text = f"{stem}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["변이성", "표본조사"] if "표본" in text else ["변이성"], choice=ch)


@family(_S11, "school-survey-percent-fill")
def _survey_fill(rng: random.Random) -> Problem:
    topic = rng.choice([
        ("학교 축제 때 가장 하고 싶은 행사", ["버스킹", "방탈출", "먹거리 장터", "영화 상영"]),
        ("급식에 추가되었으면 하는 메뉴", ["마라탕", "떡볶이", "샐러드", "돈가스"]),
        ("체육 대회 학급 대항 종목", ["피구", "줄다리기", "계주", "발야구"]),
        ("도서관에 들였으면 하는 책의 분야", ["소설", "과학", "만화", "진로"]),
    ])
    opts = topic[1]
    n = rng.choice([200, 250, 400, 500, 320, 160])
    while True:
        cuts = sorted(rng.sample(range(1, n), len(opts) - 1))
        cnt = [b - a for a, b in zip([0] + cuts, cuts + [n], strict=True)]
        if len(set(cnt)) == len(cnt) and min(cnt) >= n // 12 and all(_pct(c, n).denominator in (1, 2, 4, 5, 10, 20, 25, 50, 100) for c in cnt):
            break
    top = max(range(len(opts)), key=lambda t: cnt[t])
    hide = rng.sample(range(len(opts)), 2)
    cells = []
    for t, (o, c) in enumerate(zip(opts, cnt, strict=True)):
        cells.append([o, num(c), "□" if t in hide else _r1(_pct(c, n), 2)])
    tb = _tbl(["항목", "응답자 수(명)", "비율(%)"], cells + [["합계", num(n), "100"]], rng)
    ans = ", ".join(f"{opts[t]} {_r1(_pct(cnt[t], n), 2)}" for t in sorted(hide)) + f" / 결정: {opts[top]}"
    text = (f"학생회가 {josa(chr(39) + topic[0] + chr(39), '을/를')} 정하기 위해 학생 {num(n)}명에게 설문조사를 한 결과가 다음과 같다.\n{tb}\n"
            f"□ 안에 알맞은 비율을 써넣고, 조사 결과에 따라 정해야 할 항목을 {_end(rng, '쓰')}")
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["비율", "백분율", "표"], check=lambda: sum(cnt) == n and cnt[top] == max(cnt))


# =================================================================================================
# 12실통01-02 통계적 문제해결 과정
# =================================================================================================
_STEPS = ("문제 설정", "자료 수집", "자료 분석", "결과 해석")
_PROJECTS = [
    ("통학 시간", [
        "'우리 학교 학생들의 통학 시간은 대체로 얼마나 될까?'라는 질문을 정한다.",
        "각 반에서 몇 명씩 뽑아 집에서 학교까지 걸리는 시간을 설문으로 조사한다.",
        "조사한 통학 시간의 평균과 범위를 구하고 히스토그램으로 나타낸다.",
        "대부분 학생의 통학 시간이 30분 이내라는 것을 확인하고, 등교 시각을 늦추자는 건의가 필요한지 판단한다.",
    ]),
    ("급식 잔반", [
        "'요일에 따라 급식 잔반의 양이 다를까?'라는 질문을 세운다.",
        "4주 동안 매일 급식실에서 잔반의 무게를 재어 기록한다.",
        "요일별 잔반 무게의 평균을 구하고 상자그림을 그려 비교한다.",
        "금요일 잔반이 가장 많다는 결과를 바탕으로 금요일 식단 구성을 바꾸자고 제안한다.",
    ]),
    ("수면 시간", [
        "'우리 학교 학생들의 평일 수면 시간은 권장 수면 시간에 미치는가?'라는 탐구 질문을 만든다.",
        "학년별로 일정 인원을 뽑아 일주일 동안 잠든 시각과 일어난 시각을 기록하게 한다.",
        "학년별 평균 수면 시간과 표준편차를 구하고 그래프로 나타낸다.",
        "학년이 올라갈수록 수면 시간이 줄어든다는 결론을 내리고, 그 결론의 한계도 함께 정리한다.",
    ]),
    ("자전거 거치대", [
        "'학교 자전거 거치대가 부족한가?'를 알아보기 위한 통계적 질문을 정한다.",
        "2주 동안 아침마다 거치대에 세워진 자전거의 수를 세어 기록한다.",
        "날짜별 자전거 수의 최댓값과 평균을 구하고 꺾은선그래프로 나타낸다.",
        "맑은 날에는 거치대가 거의 가득 찬다는 결과를 근거로 거치대를 늘려 달라고 건의한다.",
    ]),
    ("미세먼지", [
        "'우리 동네의 미세먼지 농도는 계절에 따라 어떻게 달라질까?'라는 질문을 정한다.",
        "국가통계포털과 대기 환경 누리집에서 최근 3년간의 월별 미세먼지 농도 자료를 내려받는다.",
        "계절별 평균 농도를 구하고 월별 농도를 꺾은선그래프로 나타낸다.",
        "봄철 농도가 가장 높다는 결론을 내리고, 봄철 야외 활동 계획을 세울 때 참고하자고 제안한다.",
    ]),
    ("매점 간식", [
        "'우리 학교 학생들이 매점에서 가장 많이 사는 간식은 무엇일까?'라는 질문을 세운다.",
        "일주일 동안 매점의 간식별 판매 기록을 받아 정리한다.",
        "간식별 판매량의 비율을 구하고 막대그래프로 나타낸다.",
        "판매 비율이 높은 간식의 재고를 늘리자는 의견을 매점에 전달한다.",
    ]),
]
_LABS4 = ("(가)", "(나)", "(다)", "(라)")


@family(_S12, "order-the-process")
def _order_process(rng: random.Random) -> Problem:
    topic, acts = rng.choice(_PROJECTS)
    perm = list(range(4))
    while perm == sorted(perm):
        rng.shuffle(perm)
    shown = [acts[t] for t in perm]
    order = [_LABS4[perm.index(k)] for k in range(4)]
    ans = " → ".join(order)
    lines = "\n".join(f"{lab} {a}" for lab, a in zip(_LABS4, shown, strict=True))
    stem = rng.choice([
        f"다음은 어느 모둠이 '{topic}'에 대한 통계 탐구를 하면서 한 활동을 순서 없이 나열한 것이다.",
        f"학생들이 '{topic}'을 주제로 통계적 문제해결을 하였다. 각 단계에서 한 일이 다음과 같다.".replace(f"'{topic}'을", josa(f"'{topic}'", "을/를")),
        f"다음은 '{topic}'에 관한 통계적 탐구 활동이다.",
    ])
    q = rng.choice([
        "통계적 문제해결 과정의 순서에 맞게 기호를 나열하시오.",
        f"활동이 이루어진 순서대로 {_end(rng, '쓰')}",
        "문제 설정부터 결과 해석까지의 순서로 바르게 나열한 것을 쓰시오.",
    ])
    return Problem(text=f"{stem}\n{lines}\n{q}", answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=[], check=lambda: [shown.index(a) for a in acts] == [_LABS4.index(o) for o in order])


@family(_S12, "which-step-mcq")
def _which_step(rng: random.Random) -> Problem:
    topic, acts = rng.choice(_PROJECTS)
    k = rng.randrange(4)
    wrong = [s for s in _STEPS if s != _STEPS[k]] + ["결과 보고" if k != 3 else "자료 정리"]
    ch = choices(rng, _STEPS[k], wrong, n=rng.choice([4, 5]) if k != 3 else 4, sort_key=lambda s: (s not in _STEPS, _STEPS.index(s) if s in _STEPS else 9))
    stem = rng.choice([
        f"'{topic}' 탐구에서 다음 활동은 통계적 문제해결 과정 중 어느 단계에 해당하는가?",
        f"어느 학생이 '{topic}'에 관한 통계 탐구를 하며 다음과 같이 하였다. 이 활동이 속하는 단계로 알맞은 것은?",
    ])
    return Problem(text=f"{stem}\n\"{acts[k]}\"\n{ch.block}", answer=ch.label, format="mcq", difficulty=1,
                   achievement_level="E", concepts=[], choice=ch)


_STATQ_GOOD = [
    "우리 반 학생들은 하루에 스마트폰을 몇 시간 정도 사용할까?",
    "우리 학교 학생들은 한 달에 책을 몇 권 정도 읽을까?",
    "우리 동네 편의점들의 삼각김밥 가격은 어느 정도일까?",
    "2학년 학생들의 50 m 달리기 기록은 대체로 어느 정도일까?",
    "우리 지역의 7월 하루 최고 기온은 대체로 몇 ℃일까?",
    "우리 학교 학생들이 가장 좋아하는 급식 메뉴는 무엇일까?",
    "우리 반 학생들의 한 달 용돈은 얼마 정도일까?",
    "1학년과 2학년 중 어느 학년 학생들의 수면 시간이 더 길까?",
    "우리 학교 학생들의 등교 시각은 몇 시쯤에 몰려 있을까?",
]
_STATQ_BAD = [
    "민준이의 키는 몇 cm일까?",
    "우리 학교 교장 선생님의 성함은 무엇일까?",
    "오늘 우리 반에서 결석한 학생은 누구일까?",
    "올해 2월은 며칠까지 있을까?",
    "서연이가 어제 읽은 책의 제목은 무엇일까?",
    "우리 반 담임 선생님이 가장 좋아하는 색은 무엇일까?",
    "우리 학교는 몇 년에 개교했을까?",
    "지호가 오늘 아침에 먹은 음식은 무엇일까?",
    "우리 교실 칠판의 가로 길이는 몇 cm일까?",
]


@family(_S12, "statistical-question-mcq")
def _statq(rng: random.Random) -> Problem:
    if rng.random() < 0.6:
        ch, _ = _pick_mcq(rng, _STATQ_GOOD, _STATQ_BAD)
        stem = rng.choice(["다음 중 통계적으로 해결할 수 있는 질문은?",
                           "자료의 변이성을 예상할 수 있어 통계적 탐구 질문으로 알맞은 것은?",
                           "다음 질문 중 여러 자료를 모아 분석해야 답할 수 있는 통계적 질문은?"])
    else:
        ch, _ = _pick_mcq(rng, _STATQ_BAD, _STATQ_GOOD)
        stem = rng.choice(["다음 중 통계적 질문이라고 보기 어려운 것은?",
                           "다음 중 답이 하나로 정해져 통계적 방법이 필요하지 않은 질문은?"])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=["변이성"], choice=ch)


_VAR_CTX = [
    ("같은 연필의 길이를 {k}명의 학생이 자로 각각 재었더니", "mm", (150, 175), "측정"),
    ("같은 조건에서 키운 강낭콩 {k}포기의 줄기 길이를 재었더니", "cm", (18, 40), "자연"),
    ("한 학생이 집에서 학교까지 {k}일 동안 걸린 시간을 기록하였더니", "분", (14, 31), "자연"),
    ("같은 회사에서 만든 과자 {k}봉지의 무게를 재었더니", "g", (58, 66), "자연"),
    ("우리 반 학생 {k}명의 하루 물 섭취량을 조사하였더니", "컵", (2, 11), "자연"),
]


@family(_S12, "variability-range-mean")
def _variability(rng: random.Random) -> Problem:
    ctx, unit, (lo, hi), _kind = rng.choice(_VAR_CTX)
    k = rng.choice([5, 6, 7, 8])
    while True:
        xs = [rng.randint(lo, hi) for _ in range(k)]
        if sum(xs) % k == 0 and max(xs) > min(xs):
            break
    rg, mean = max(xs) - min(xs), Fr(sum(xs), k)
    data = ", ".join(str(x) for x in xs)
    sp = " " if unit not in ("분", "컵") else ""
    intro = ctx.format(k=k) + f" 다음과 같았다. (단위: {unit})\n{data}"
    mode = rng.choice(["both", "range"])
    if mode == "both":
        q = f"이 자료의 평균과 범위를 각각 {_end(rng)}"
        ans = f"평균 {mean}{sp}{unit}, 범위 {rg}{sp}{unit}"
    else:
        q = rng.choice([f"값들이 서로 다르게 나타나는 정도를 알아보기 위해 범위(최댓값 − 최솟값)를 {_end(rng)}",
                        f"자료의 변이성을 나타내는 값으로 범위를 {_end(rng)}"])
        ans = f"{rg}{sp}{unit}"
    return Problem(text=f"{intro}\n{q}", answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["변이성", "평균"] if mode == "both" else ["변이성"],
                   check=lambda: _st.mean(xs) == mean and sorted(xs)[-1] - sorted(xs)[0] == rg)


@family(_S12, "compare-variability-two-groups")
def _cmp_var(rng: random.Random) -> Problem:
    ctx = rng.choice([("A 반", "B 반", "하루 독서 시간(분)"), ("1모둠", "2모둠", "턱걸이 횟수(회)"),
                      ("오전 반", "오후 반", "수행평가 점수(점)"), ("A 공장", "B 공장", "제품 한 개의 무게(g)")])
    k = rng.choice([5, 6])
    while True:
        m = rng.randint(12, 60)
        a = [m + rng.randint(-3, 3) for _ in range(k - 1)]
        a.append(m * k - sum(a))
        b = [m + rng.randint(-12, 12) for _ in range(k - 1)]
        b.append(m * k - sum(b))
        if rng.random() < 0.5:
            a, b = b, a
        ra, rb = max(a) - min(a), max(b) - min(b)
        if min(a + b) > 0 and ra != rb and abs(ra - rb) >= 4:
            break
    more = ctx[0] if ra > rb else ctx[1]
    tb = _tbl(["집단", ctx[2]], [[ctx[0], ", ".join(map(str, a))], [ctx[1], ", ".join(map(str, b))]], rng)
    q = rng.choice([
        f"두 집단의 평균을 각각 구하고, 범위를 이용하여 변이성이 더 큰 집단을 {_end(rng, '쓰')}",
        "두 집단의 평균이 같은지 확인하고, 자료가 더 넓게 흩어져 있는 집단은 어느 쪽인지 범위를 구하여 판단하시오.",
    ])
    ans = f"평균은 모두 {m}, 범위는 {ctx[0]} {ra}, {ctx[1]} {rb}이므로 {more}의 변이성이 더 크다."
    return Problem(text=f"다음은 두 집단의 {josa(ctx[2].split('(')[0], '을/를')} 조사한 결과이다.\n{tb}\n{q}", answer=ans, format="data",
                   difficulty=3, achievement_level="C", concepts=["변이성", "평균"],
                   check=lambda: _st.mean(a) == _st.mean(b) == m and (max(a) - min(a) > max(b) - min(b)) == (more == ctx[0]))


@family(_S12, "fill-step-names")
def _fill_steps(rng: random.Random) -> Problem:
    topic, acts = rng.choice(_PROJECTS)
    hide = sorted(rng.sample(range(4), rng.choice([2, 3])))
    marks = ["㉠", "㉡", "㉢"]
    lines, ans = [], []
    for t in range(4):
        if t in hide:
            mk = marks[hide.index(t)]
            lines.append(f"[ {mk} ] {acts[t]}")
            ans.append(f"{mk} {_STEPS[t]}")
        else:
            lines.append(f"[{_STEPS[t]}] {acts[t]}")
    stem = rng.choice([f"다음은 '{topic}'을 주제로 한 통계적 문제해결 과정이다.".replace(f"'{topic}'을", josa(f"'{topic}'", "을/를")),
                       f"어느 동아리가 '{topic}'에 대하여 탐구한 과정을 단계별로 정리한 것이다."])
    q = rng.choice(["빈칸에 알맞은 단계의 이름을 쓰시오.", ", ".join(marks[:len(hide)]) + "에 들어갈 단계를 각각 써넣으시오.",
                    "각 빈칸에 들어갈 말을 쓰세요."])
    return Problem(text=f"{stem}\n" + "\n".join(lines) + f"\n{q}", answer=", ".join(ans), format="fill", difficulty=1,
                   achievement_level="E", concepts=[], check=lambda: len(ans) == len(hide))


_PROC_GOOD = [
    "결과를 해석한 뒤 새로운 질문이 생기면 다시 문제 설정 단계로 돌아갈 수 있다.",
    "자료를 수집하는 방법은 설정한 질문에 맞게 정해야 한다.",
    "같은 대상을 조사해도 값이 서로 다르게 나타나는 변이성이 있기 때문에 통계적 방법이 필요하다.",
    "자료 분석 단계에서는 표, 그래프, 대푯값 등을 이용하여 자료의 특징을 파악한다.",
    "결과 해석 단계에서는 분석 결과를 처음의 질문과 관련지어 결론을 내린다.",
    "통계적 질문은 답을 얻기 위해 변이성이 있는 자료가 필요한 질문이다.",
]
_PROC_BAD = [
    "통계적 문제해결 과정은 한 번 진행하면 앞 단계로 되돌아갈 수 없다.",
    "답이 하나로 정해지는 질문일수록 통계적으로 해결하기에 알맞다.",
    "자료 분석 결과가 예상과 다르면 자료를 고쳐서 예상에 맞추어야 한다.",
    "결과 해석 단계에서는 자료에 나타나지 않은 내용도 확실한 결론으로 제시한다.",
    "자료 수집 방법은 질문과 관계없이 가장 쉬운 방법을 고르면 된다.",
    "변이성이 큰 자료는 믿을 수 없으므로 분석에서 빼야 한다.",
]


@family(_S12, "process-statements-bogi")
def _proc_bogi(rng: random.Random) -> Problem:
    block, ch, _ = _bogi(rng, _PROC_GOOD, _PROC_BAD)
    stem = rng.choice(["통계적 문제해결 과정에 대한 설명으로", "통계적 탐구의 각 단계와 변이성에 대한 설명으로"])
    return Problem(text=f"{stem} {_bogi_q(rng)}\n{block}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2,
                   achievement_level="D", concepts=["변이성"], choice=ch)


_REWRITE = [
    ("지우의 오늘 수면 시간은 몇 시간인가?", "우리 반 학생들의 평일 수면 시간은 대체로 몇 시간인가?", "우리 반 학생 전체의 평일 수면 시간"),
    ("우리 집 강아지의 몸무게는 몇 kg인가?", "우리 동네 반려견들의 몸무게는 어떻게 분포되어 있는가?", "동네 반려견 여러 마리의 몸무게"),
    ("이 운동화의 가격은 얼마인가?", "온라인 쇼핑몰에서 판매되는 러닝화의 가격은 대체로 얼마인가?", "여러 쇼핑몰의 러닝화 가격"),
    ("어제 우리 동네의 최고 기온은 몇 ℃였는가?", "최근 10년 동안 우리 동네 8월의 최고 기온은 어떻게 변해 왔는가?", "10년간의 8월 일별 최고 기온"),
    ("오늘 급식의 잔반은 몇 kg인가?", "요일에 따라 급식 잔반의 양은 어떻게 다른가?", "여러 주 동안의 요일별 잔반 무게"),
]


@family(_S12, "make-it-statistical-task")
def _rewrite(rng: random.Random) -> Problem:
    bad, good, data = rng.choice(_REWRITE)
    who = name(rng)
    text = rng.choice([
        f"{josa(who, '이/가')} 다음과 같은 탐구 질문을 정하였다.\n\"{bad}\"\n이 질문이 통계적 질문이 아닌 이유를 쓰고, 변이성이 있는 자료를 모아 답할 수 있는 "
        "통계적 질문으로 고쳐 쓰시오. 또 고친 질문에 답하려면 어떤 자료를 수집해야 하는지 쓰시오.",
        f"\"{bad}\"는 답이 하나로 정해지는 질문이다. 이 질문을 바탕으로 통계적 문제해결 과정의 첫 단계에 알맞은 질문을 만들고, "
        "그 질문을 해결하기 위한 자료 수집 계획을 간단히 세워 보시오.",
    ])
    ans = f"(예시) 답이 하나의 값으로 정해져 변이성이 없다. → \"{good}\" / 수집할 자료: {data}"
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="B", concepts=["변이성"])


# =================================================================================================
# 12실통01-03 모집단과 표본, 표본추출 방법
# =================================================================================================
_ALSO13 = ["12확통03-05"]
_CENSUS = [
    "우리나라 모든 가구와 인구의 현황을 파악하는 인구주택총조사",
    "비행기에 탑승하는 승객의 보안 검색",
    "수학여행 출발 전 참가 학생의 건강 상태 확인",
    "졸업 앨범을 만들기 위한 3학년 학생의 사진 촬영",
    "여객기 엔진 부품의 안전 점검",
    "우리 반 학생들의 체육복 치수 조사",
]
_SAMPLE = [
    "공장에서 생산한 전구의 수명 검사",
    "강물의 수질 검사",
    "선거 당일 출구 조사",
    "전국 고등학생의 하루 평균 수면 시간 조사",
    "통조림 속 세균 검사",
    "텔레비전 프로그램의 시청률 조사",
    "새로 출시한 과자의 맛 평가",
    "자동차 충돌 안전성 검사",
]


@family(_S13, "census-or-sample-mcq")
def _census(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        ch, _ = _pick_mcq(rng, _CENSUS, _SAMPLE)
        stem = rng.choice(["다음 중 전수조사를 하는 것이 알맞은 것은?", "다음 조사 중 표본조사보다 전수조사가 적절한 것은?",
                           "다음 중 조사 대상 전체를 빠짐없이 조사해야 하는 것은?"])
    else:
        ch, _ = _pick_mcq(rng, _SAMPLE, _CENSUS)
        stem = rng.choice(["다음 중 표본조사를 하는 것이 알맞은 것은?", "다음 조사 중 전수조사보다 표본조사가 적절한 것은?",
                           "다음 중 일부만 뽑아 조사하는 것이 합리적인 것은?"])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=["전수조사", "표본조사"], choice=ch, also=_ALSO13)


_POPSAMP = [
    ("어느 고등학교 전체 학생 {N}명의 하루 독서 시간을 알아보기 위해 {n}명을 뽑아 조사하였다.",
     "이 고등학교 전체 학생 {N}명", "뽑힌 학생 {n}명", (600, 1200)),
    ("어느 공장에서 오늘 생산한 과자 {N}봉지 중 {n}봉지를 꺼내 무게를 측정하였다.",
     "오늘 생산한 과자 {N}봉지", "꺼낸 과자 {n}봉지", (5000, 20000)),
    ("○○시의 유권자 {N}명 중 {n}명에게 전화를 걸어 지지하는 후보를 물었다.",
     "○○시의 유권자 {N}명", "전화 조사에 응한 유권자 {n}명", (200000, 800000)),
    ("어느 양식장에서 기르는 광어 {N}마리 중 {n}마리를 잡아 몸길이를 재었다.",
     "양식장의 광어 {N}마리", "잡은 광어 {n}마리", (3000, 9000)),
    ("어느 도서관이 올해 회원 {N}명 중 {n}명을 골라 이용 만족도를 조사하였다.",
     "도서관 회원 {N}명", "고른 회원 {n}명", (2000, 6000)),
]


@family(_S13, "identify-population-sample")
def _popsamp(rng: random.Random) -> Problem:
    ctx, pop, smp, (lo, hi) = rng.choice(_POPSAMP)
    big = rng.randint(lo // 100, hi // 100) * 100
    n = rng.choice([30, 40, 50, 80, 100, 120, 150, 200, 400, 1000])
    if n >= big:
        n = big // 10
    text = ctx.format(N=num(big), n=num(n))
    mode = rng.choice(["all", "fill"])
    pop_s, smp_s = pop.format(N=num(big)), smp.format(n=num(n))
    if mode == "all":
        q = rng.choice([f"이 조사에서 모집단, 표본, 표본의 크기를 각각 {_end(rng, '쓰')}",
                        "이 조사의 모집단과 표본은 무엇이며, 표본의 크기는 얼마인지 쓰시오."])
        ans = f"모집단: {pop_s}, 표본: {smp_s}, 표본의 크기: {n}"
        fmt = "word"
    else:
        q = "다음 빈칸에 알맞은 것을 써넣으시오.\n이 조사의 모집단은 (   ㉠   )이고, 표본의 크기는 (   ㉡   )이다. 또 이 조사는 (   ㉢   )조사이다."
        ans = f"㉠ {pop_s}, ㉡ {n}, ㉢ 표본"
        fmt = "fill"
    return Problem(text=f"{text}\n{q}", answer=ans, format=fmt, difficulty=1, achievement_level="E",
                   concepts=["모집단", "표본", "표본조사"], also=_ALSO13, check=lambda: n < big)


@family(_S13, "systematic-sampling-numbers")
def _systematic(rng: random.Random) -> Problem:
    while True:
        big = rng.choice([120, 200, 240, 300, 360, 400, 500, 600, 800, 1000, 1200])
        n = rng.choice([8, 10, 12, 15, 20, 24, 25, 30, 40, 50])
        if big % n == 0 and 5 <= big // n <= 40:
            break
    k = big // n
    r = rng.randint(1, k)
    sel = list(range(r, big + 1, k))
    ctx = rng.choice([("학생", "번호"), ("제품", "일련번호"), ("회원", "회원 번호"), ("가구", "관리 번호")])
    intro = rng.choice([
        f"1번부터 {big}번까지 {ctx[1]}가 붙은 {ctx[0]} {big}{'명' if ctx[0] in ('학생', '회원') else '개'} 중에서 계통추출로 {josa(str(n) + ('명' if ctx[0] in ('학생', '회원') else '개'), '을/를')} 뽑으려고 한다.",
        f"{ctx[1]}가 1부터 {big}까지인 {ctx[0]} 전체에서 일정한 간격으로 {n}{'명' if ctx[0] in ('학생', '회원') else '개'}의 표본을 계통추출하려고 한다.",
    ]).replace("가구 ", "가구 ").replace(f"{big}개", f"{big}가구" if ctx[0] == "가구" else f"{big}개").replace(f"{n}개", f"{n}가구" if ctx[0] == "가구" else f"{n}개")
    mode = rng.choice(["first4", "mth", "back"])
    if mode == "first4":
        q = f"1부터 {k}까지의 수 중에서 임의로 {r}을 뽑았을 때, 뽑히는 {ctx[1]} 중 작은 것부터 4개를 {_end(rng, '쓰')}".replace(f"{r}을", josa(str(r), "을/를"))
        ans = ", ".join(map(str, sel[:4]))
        d = 2
    elif mode == "mth":
        m = rng.randint(5, n)
        q = f"처음으로 뽑힌 {ctx[1]}가 {r}일 때, 작은 쪽부터 {m}번째로 뽑히는 {ctx[1]}를 {_end(rng)}"
        ans = str(sel[m - 1])
        d = 3
    else:
        m = rng.randint(3, min(n, 9))
        q = f"뽑힌 {ctx[1]} 중 작은 쪽부터 {m}번째 수가 {sel[m - 1]}일 때, 가장 먼저 뽑힌 {ctx[1]}와 가장 마지막에 뽑힌 {ctx[1]}를 {_end(rng)}"
        ans = f"{sel[0]}, {sel[-1]}"
        d = 3
    return Problem(text=f"{intro} {q}", answer=ans, format="computation", difficulty=d,
                   achievement_level="D" if d == 2 else "C", concepts=["계통추출", "표본"], also=_ALSO13,
                   check=lambda: len(sel) == n and all(b - a == k for a, b in itertools.pairwise(sel)))


_STRATA = [
    ("학년", ["1학년", "2학년", "3학년"], "학생", "명"),
    ("연령대", ["20대", "30대", "40대", "50대 이상"], "주민", "명"),
    ("지역", ["동부", "서부", "남부", "북부"], "가구", "가구"),
    ("학과", ["인문계열", "자연계열", "예체능계열"], "대학생", "명"),
    ("근무 형태", ["사무직", "생산직", "영업직"], "직원", "명"),
]


@family(_S13, "stratified-proportional-allocation")
def _stratified(rng: random.Random) -> Problem:
    var, groups, who, unit = rng.choice(_STRATA)
    alloc = [rng.randint(3, 30) for _ in groups]
    f = rng.choice([10, 12, 15, 20, 25, 40, 50])
    sizes = [a * f for a in alloc]
    n = sum(alloc)
    tb = _tbl([var] + groups + ["합계"], [[f"{who} 수({unit})"] + [num(s) for s in sizes] + [num(sum(sizes))]], rng)
    intro = rng.choice([
        f"어느 기관에서 {who} 전체를 대상으로 의견을 조사하려고 한다. {var}에 따라 의견이 다를 것으로 예상되어 층화임의추출로 {josa(f'{n}{unit}', '을/를')} 뽑기로 하였다.",
        f"다음은 어느 집단의 {var}별 {who} 수이다. 각 {var}의 {who} 수에 비례하도록 층화임의추출하여 모두 {n}{unit}의 표본을 뽑으려고 한다.",
    ])
    mode = rng.choice(["all", "one"])
    if mode == "all":
        q = f"각 {var}에서 뽑아야 할 {who} 수를 {_end(rng)}"
        ans = ", ".join(f"{g} {a}{unit}" for g, a in zip(groups, alloc, strict=True))
    else:
        t = rng.randrange(len(groups))
        q = f"{groups[t]}에서 뽑아야 할 {josa(who, '은/는')} 몇 {unit}인지 {_end(rng)}"
        ans = f"{alloc[t]}{unit}"
    return Problem(text=f"{intro}\n{tb}\n{q}", answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["층화임의추출", "표본"], also=_ALSO13,
                   check=lambda: all(Fr(s * n, sum(sizes)) == a for s, a in zip(sizes, alloc, strict=True)))


_METHOD_DESC = {
    "단순임의추출": [
        "전체 {N}명의 이름을 적은 쪽지를 상자에 넣고 잘 섞은 뒤 {n}장을 꺼내 해당 학생을 조사하였다.",
        "컴퓨터의 난수 생성 기능으로 1부터 {N}까지의 수 중 서로 다른 {n}개를 뽑아 그 번호의 회원을 조사하였다.",
        "난수표를 이용하여 명부의 {N}명 중 {n}명을 골라 전화 조사를 하였다.",
    ],
    "층화임의추출": [
        "전체 {N}명을 남학생과 여학생으로 나눈 뒤, 각 집단의 인원에 비례하도록 임의로 모두 {n}명을 뽑았다.",
        "주민 {N}명을 연령대별로 나누고, 각 연령대에서 인원수에 비례하게 임의로 뽑아 모두 {n}명을 조사하였다.",
        "학생 {N}명을 학년별로 나눈 뒤, 각 학년에서 학생 수에 비례하도록 임의추출하여 {n}명을 뽑았다.",
    ],
    "계통추출": [
        "번호가 1부터 {N}까지인 명부에서 처음 {k}명 중 한 명을 임의로 고른 뒤 그 번호부터 {k}번째마다 한 명씩 모두 {n}명을 뽑았다.",
        "하루에 생산되는 제품 {N}개 중 처음 {k}개에서 하나를 임의로 골라 검사하고, 그 뒤로는 {k}개마다 하나씩 검사하였다.",
        "입장한 관객 {N}명 중 처음 {k}명 안에서 임의로 정한 순번의 관객부터 매 {k}번째 관객에게 설문지를 주었다.",
    ],
    "전수조사": [
        "전교생 {N}명 모두에게 설문지를 나누어 주고 응답을 받았다.",
        "등록된 회원 {N}명 전원에게 만족도를 물었다.",
    ],
}


@family(_S13, "name-the-sampling-method")
def _method(rng: random.Random) -> Problem:
    n = rng.choice([20, 25, 40, 50])
    k = rng.choice([8, 10, 12, 20])
    big = n * k
    correct = rng.choice(["단순임의추출", "층화임의추출", "계통추출", "전수조사"] if rng.random() < 0.3 else
                         ["단순임의추출", "층화임의추출", "계통추출"])
    desc = rng.choice(_METHOD_DESC[correct]).format(N=num(big), n=n, k=k)
    opts = ["단순임의추출", "층화임의추출", "계통추출", "전수조사"]
    ch = choices(rng, correct, [o for o in opts if o != correct], n=4, sort_key=opts.index)
    stem = rng.choice(["다음과 같은 조사 방법을 무엇이라고 하는가?", "다음 조사에서 사용한 방법으로 알맞은 것은?",
                       "다음에서 대상을 선정한 방법의 이름으로 옳은 것은?"])
    return Problem(text=f"{stem}\n{desc}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=[correct] if correct != "전수조사" else ["전수조사", "표본조사"], choice=ch, also=_ALSO13)


def _rand_digits(rng: random.Random, m: int) -> str:
    ds = "".join(str(rng.randrange(10)) for _ in range(m))
    return " ".join(ds[i:i + 5] for i in range(0, m, 5))


@family(_S13, "random-number-table")
def _rnt(rng: random.Random) -> Problem:
    big = rng.choice([30, 40, 45, 50, 60, 75, 80, 90])
    k = rng.choice([4, 5, 6])
    while True:
        digits = _rand_digits(rng, 40)
        flat = digits.replace(" ", "")
        sel: list[int] = []
        for i in range(0, len(flat), 2):
            v = int(flat[i:i + 2])
            if 1 <= v <= big and v not in sel:
                sel.append(v)
            if len(sel) == k:
                break
        if len(sel) == k:
            break
    who = rng.choice(["학생", "동아리 회원", "선수", "참가자"])
    text = rng.choice([
        f"번호가 01부터 {big}까지인 {who} {big}명 중에서 {k}명을 단순임의추출하려고 한다. 다음 난수표의 첫 숫자부터 두 자리씩 차례로 읽어, "
        f"01~{big}에 속하지 않는 수와 이미 나온 수는 건너뛸 때 뽑히는 번호를 순서대로 {_end(rng, '쓰')}\n{digits}",
        f"다음은 난수표의 일부이다.\n{digits}\n이 난수표의 처음부터 두 자리씩 끊어 읽어 {who} {big}명(번호 01~{big}) 중 {k}명을 뽑으려고 한다. "
        f"범위를 벗어나는 수와 중복된 수는 버린다고 할 때, 뽑히는 {k}명의 번호를 {_end(rng, '쓰')}",
    ])

    def chk() -> bool:
        pairs = [int(flat[i:i + 2]) for i in range(0, len(flat), 2)]
        out = list(dict.fromkeys(p for p in pairs if 0 < p <= big))[:k]
        return out == sel

    return Problem(text=text, answer=", ".join(f"{v:02d}" for v in sel), format="computation", difficulty=2,
                   achievement_level="D", concepts=["단순임의추출", "임의추출"], also=_ALSO13, check=chk)


_SAMP_GOOD = [
    "표본은 모집단의 특성을 잘 대표하도록 뽑아야 한다.",
    "조사 대상 전체를 빠짐없이 조사하는 것을 전수조사라고 한다.",
    "제품을 망가뜨려야 하는 검사에는 표본조사가 알맞다.",
    "층화임의추출은 모집단을 서로 겹치지 않는 몇 개의 층으로 나눈 뒤 각 층에서 임의추출하는 방법이다.",
    "계통추출은 첫 번째 대상을 임의로 정한 뒤 일정한 간격으로 대상을 뽑는 방법이다.",
    "표본조사는 전수조사보다 시간과 비용을 줄일 수 있다.",
]
_SAMP_BAD = [
    "표본의 크기가 충분히 크면 어떤 방법으로 뽑아도 모집단을 잘 대표한다.",
    "표본조사의 결과는 항상 전수조사의 결과와 같다.",
    "단순임의추출에서는 조사하기 쉬운 대상부터 차례로 뽑는다.",
    "계통추출은 모집단을 여러 층으로 나눈 뒤 각 층에서 대상을 뽑는 방법이다.",
    "전수조사는 비용과 관계없이 항상 표본조사보다 알맞은 방법이다.",
    "인터넷 게시판에 스스로 응답한 사람들은 모집단을 잘 대표하는 표본이다.",
]


@family(_S13, "sampling-statements-bogi")
def _samp_bogi(rng: random.Random) -> Problem:
    block, ch, _ = _bogi(rng, _SAMP_GOOD, _SAMP_BAD)
    stem = rng.choice(["모집단과 표본, 표본추출 방법에 대한 설명으로", "전수조사와 표본조사, 표본추출에 대한 설명으로"])
    return Problem(text=f"{stem} {_bogi_q(rng)}\n{block}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2,
                   achievement_level="D", concepts=["전수조사", "표본조사", "표본"], choice=ch, also=_ALSO13)


_PITFALLS = [
    ("어느 방송국이 누리집 게시판에 '청소년의 하루 게임 시간'을 묻는 글을 올리고, 스스로 응답한 {n}명의 결과로 전국 청소년의 게임 시간을 추정하였다.",
     "스스로 응답한 사람은 주제에 관심이 많은 사람에 치우칠 수 있어 표본이 모집단을 대표하지 못한다. 명부에서 임의추출한 청소년을 조사해야 한다."),
    ("어느 시가 주민의 여가 생활을 알아보려고 평일 오전 10시에 집 전화로 {n}가구를 조사하였다.",
     "평일 오전에 집에 없는 직장인 가구가 빠지게 되어 표본이 편향된다. 조사 시간대와 방법을 다양하게 하고 임의추출해야 한다."),
    ("'시민들의 주당 운동 시간'을 알아보기 위해 토요일 오후 체육관 입구에서 만난 {n}명을 조사하였다.",
     "체육관을 찾은 사람은 운동을 많이 하는 사람에 치우쳐 있어 모집단을 대표하지 못한다. 시민 전체 명부 등에서 임의추출해야 한다."),
    ("한 아파트 단지는 모든 동이 한 층에 {k}세대씩이고 세대 번호가 층 순서대로 매겨져 있다. 관리사무소가 1번 세대부터 {k}번째마다 한 세대씩 골라 층간 소음 피해를 조사하였다.",
     "뽑히는 세대가 모두 각 층의 같은 위치(예: 모두 끝 세대)가 되어 주기와 간격이 겹친다. 계통추출의 간격이 자료의 주기와 같아 표본이 편향되므로 시작점·간격을 바꾸거나 단순임의추출을 써야 한다."),
    ("학생들의 독서량을 알아보기 위해 점심시간에 학교 도서관에 있던 학생 {n}명을 조사하였다.",
     "도서관에 있는 학생은 책을 많이 읽는 학생에 치우쳐 있어 모집단을 대표하지 못한다. 전교생 명단에서 임의추출해야 한다."),
]


@family(_S13, "biased-sample-explain")
def _pitfall(rng: random.Random) -> Problem:
    ctx, why = rng.choice(_PITFALLS)
    text = ctx.format(n=rng.choice([40, 50, 60, 80]) if "학생" in ctx else rng.choice([150, 200, 300, 500, 1200]), k=rng.choice([4, 5, 6]))
    q = rng.choice(["이 표본추출 방법의 문제점을 설명하고, 개선 방안을 제시하시오.",
                    "이 조사 결과를 그대로 믿기 어려운 까닭을 설명하고, 표본을 어떻게 뽑아야 하는지 쓰시오.",
                    "이 조사에서 뽑힌 표본이 모집단을 잘 대표한다고 할 수 있는지 판단하고 그 이유를 서술하시오."])
    return Problem(text=f"{text}\n{q}", answer=why, format="proof", difficulty=3, achievement_level="B",
                   concepts=["표본", "모집단", "임의추출"] + (["계통추출"] if "번째마다" in text else []), also=_ALSO13)


# =================================================================================================
# 12실통02-01 자료의 종류와 척도
# =================================================================================================
_VARS = [
    ("혈액형", "명목척도"), ("성별", "명목척도"), ("좋아하는 과목", "명목척도"), ("거주 지역", "명목척도"),
    ("축구 선수의 등번호", "명목척도"), ("우편번호", "명목척도"), ("주로 이용하는 교통수단", "명목척도"),
    ("급식 만족도(매우 불만족~매우 만족)", "순서척도"), ("달리기 대회의 등수", "순서척도"),
    ("학점(A, B, C, D, F)", "순서척도"), ("옷 치수(S, M, L, XL)", "순서척도"),
    ("미세먼지 예보 등급(좋음, 보통, 나쁨, 매우 나쁨)", "순서척도"), ("호텔의 별 등급", "순서척도"),
    ("섭씨온도", "구간척도"), ("태어난 연도(서기)", "구간척도"), ("화씨온도", "구간척도"),
    ("키", "비율척도"), ("몸무게", "비율척도"), ("한 달 용돈", "비율척도"), ("통학 시간", "비율척도"),
    ("형제자매 수", "비율척도"), ("하루 스마트폰 사용 시간", "비율척도"), ("한 달 독서량(권)", "비율척도"),
]
_SCALES = ("명목척도", "순서척도", "구간척도", "비율척도")


def _kind(scale: str) -> str:
    return "범주형 자료" if scale in ("명목척도", "순서척도") else "수치형 자료"


@family(_S21, "count-categorical-numerical")
def _count_kind(rng: random.Random) -> Problem:
    while True:
        vs = rng.sample(_VARS, rng.choice([5, 6, 7]))
        cat = [v for v, s in vs if _kind(s) == "범주형 자료"]
        if 0 < len(cat) < len(vs):
            break
    target = rng.choice(["범주형 자료", "수치형 자료"])
    hit = [v for v, s in vs if _kind(s) == target]
    topic = rng.choice(["학생 건강 실태 조사", "동아리 회원 설문", "지역 주민 생활 조사", "고객 만족도 조사"])
    items = ", ".join(v for v, _ in vs)
    text = rng.choice([
        f"다음은 '{topic}'에서 수집한 변수들이다.\n{items}\n이 중에서 {josa(target, '은/는')} 모두 몇 개인지 {_end(rng)}",
        f"어느 설문지로 다음 항목들을 조사하였다.\n{items}\n{target}에 해당하는 것을 모두 {_end(rng, '쓰')}",
    ])
    ans = f"{len(hit)}개" if "몇 개" in text else ", ".join(hit)
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["범주형 자료", "수치형 자료"],
                   check=lambda: len(hit) == sum(1 for _, s in vs if s in (_SCALES[2:] if target == "수치형 자료" else _SCALES[:2])))


@family(_S21, "which-scale-mcq")
def _which_scale(rng: random.Random) -> Problem:
    v, s = rng.choice(_VARS)
    if rng.random() < 0.5:
        ch = choices(rng, s, [x for x in _SCALES if x != s], n=4, sort_key=_SCALES.index)
        stem = rng.choice([f"'{v}'를 측정하는 척도로 알맞은 것은?", f"다음 중 '{v}' 자료의 척도는?",
                           f"어느 조사에서 '{v}'를 기록하였다. 이 자료는 어떤 척도로 측정된 것인가?"])
        stem = stem.replace(f"'{v}'를", josa(f"'{v}'", "을/를"))
        ans_text = s
    else:
        others = [x for x, t in _VARS if t != s]
        ch = choices(rng, v, rng.sample(others, 4))
        stem = rng.choice([f"다음 중 {s}로 측정되는 자료는?", f"다음 변수 중 {s}에 해당하는 것은?"])
        ans_text = v
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=[s, _kind(s)], choice=ch, check=lambda: dict(_VARS).get(ans_text, ans_text) == s)


@family(_S21, "match-scales-fill")
def _match_scales(rng: random.Random) -> Problem:
    picks = []
    for sc in rng.sample(_SCALES, rng.choice([3, 4])):
        picks.append((rng.choice([v for v, s in _VARS if s == sc]), sc))
    rng.shuffle(picks)
    labs = ["㉠", "㉡", "㉢", "㉣"]
    lines = "\n".join(f"{lab} {v} → (        )" for lab, (v, _) in zip(labs, picks, strict=False))
    mode = rng.choice(["scale", "both"])
    if mode == "scale":
        q = rng.choice(["각 자료를 측정하는 척도를 괄호 안에 써넣으시오.", "괄호 안에 명목척도, 순서척도, 구간척도, 비율척도 중 알맞은 것을 써넣으세요."])
        ans = ", ".join(f"{lab} {s}" for lab, (_, s) in zip(labs, picks, strict=False))
    else:
        q = "괄호 안에 각 자료가 범주형 자료인지 수치형 자료인지와 그 척도를 함께 써넣으시오."
        ans = ", ".join(f"{lab} {_kind(s)}·{s}" for lab, (_, s) in zip(labs, picks, strict=False))
    return Problem(text=f"{q}\n{lines}", answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=sorted({s for _, s in picks}) + (["범주형 자료", "수치형 자료"] if mode == "both" else []))


_SCALE_GOOD = [
    "명목척도로 측정된 자료는 분류만 할 수 있고 크기 비교는 의미가 없다.",
    "순서척도로 측정된 자료는 순서는 비교할 수 있지만 값 사이의 간격은 같다고 볼 수 없다.",
    "섭씨온도는 0 ℃가 '온도가 없음'을 뜻하지 않으므로 구간척도이다.",
    "비율척도로 측정된 자료는 '몇 배'라는 비교가 의미가 있다.",
    "몸무게 60 kg은 30 kg의 2배라고 말할 수 있다.",
    "축구 선수의 등번호는 숫자로 표시되지만 명목척도이다.",
    "구간척도에서는 두 값의 차이를 비교하는 것이 의미가 있다.",
]
_SCALE_BAD = [
    "기온이 20 ℃인 날은 10 ℃인 날보다 2배 덥다.",
    "등수 1등과 2등의 실력 차이는 2등과 3등의 실력 차이와 항상 같다.",
    "등번호의 평균을 구하면 선수들의 특징을 알 수 있다.",
    "숫자로 기록된 자료는 모두 수치형 자료이다.",
    "만족도를 1~5의 숫자로 기록하면 비율척도가 된다.",
    "혈액형은 순서척도로 측정된 자료이다.",
    "2000년은 1000년보다 2배 늦은 해이다.",
]


@family(_S21, "scale-properties-bogi")
def _scale_bogi(rng: random.Random) -> Problem:
    block, ch, _ = _bogi(rng, _SCALE_GOOD, _SCALE_BAD)
    stem = rng.choice(["자료의 척도에 대한 설명으로", "명목척도, 순서척도, 구간척도, 비율척도에 대한 설명으로"])
    return Problem(text=f"{stem} {_bogi_q(rng)}\n{block}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3,
                   achievement_level="C", concepts=list(_SCALES), choice=ch)


@family(_S21, "questionnaire-items-classify")
def _questionnaire(rng: random.Random) -> Problem:
    picks = []
    for sc in _SCALES:
        picks.append(rng.choice([v for v, s in _VARS if s == sc]))
    picks = [(v, dict(_VARS)[v]) for v in picks]
    extra = rng.choice([(v, s) for v, s in _VARS if (v, s) not in picks])
    picks.append(extra)
    rng.shuffle(picks)
    qs = "\n".join(f"문항 {i}. {v}" for i, (v, _) in enumerate(picks, 1))
    title = rng.choice(["청소년 생활 습관 설문지", "○○고 학생 건강 설문", "지역 축제 방문객 설문지", "도서관 이용자 설문"])
    ask = rng.choice([
        "각 문항으로 얻는 자료가 범주형 자료인지 수치형 자료인지 구분하고, 어떤 척도인지 쓰시오.",
        "각 문항의 응답 자료를 자료의 종류와 척도에 따라 분류하여 표로 정리하시오.",
    ])
    ans = "; ".join(f"문항 {i}: {_kind(s)}, {s}" for i, (_, s) in enumerate(picks, 1))
    return Problem(text=f"다음은 '{title}'의 문항이다.\n{qs}\n{ask}", answer=ans, format="data", difficulty=3,
                   achievement_level="C", concepts=["범주형 자료", "수치형 자료"] + list(_SCALES))


_TBL_COLS = [
    ("혈액형", "명목척도", ["A형", "B형", "O형", "AB형"]),
    ("동아리", "명목척도", ["방송부", "과학부", "미술부", "밴드부"]),
    ("만족도", "순서척도", ["매우 만족", "만족", "보통", "불만족"]),
    ("옷 치수", "순서척도", ["S", "M", "L", "XL"]),
]
_TBL_NUM = [("키(cm)", (150, 185)), ("몸무게(kg)", (42, 80)), ("통학 시간(분)", (5, 50)), ("용돈(천 원)", (20, 90)),
            ("독서량(권)", (0, 9))]


@family(_S21, "table-which-mean-makes-sense")
def _table_mean(rng: random.Random) -> Problem:
    cat = rng.sample(_TBL_COLS, 2)
    nm = rng.sample(_TBL_NUM, 2)
    k = 5
    students = rng.sample(["가", "나", "다", "라", "마", "바", "사"], k)
    cols = [(c[0], [rng.choice(c[2]) for _ in range(k)]) for c in cat]
    while True:
        numcols = [(n_[0], [rng.randint(*n_[1]) for _ in range(k)]) for n_ in nm]
        if sum(numcols[0][1]) % k == 0:
            break
    allc = cols + numcols
    rng.shuffle(allc)
    head = ["학생"] + [c for c, _ in allc]
    rows = [[f"{s}"] + [str(c[1][i]) for c in allc] for i, s in enumerate(students)]
    tb = _tbl(head, rows, rng)
    tgt, vals = numcols[0]
    mean = Fr(sum(vals), k)
    ask = (f"(1) 표의 변수 중 범주형 자료를 모두 쓰시오.\n(2) 평균을 구하는 것이 의미 있는 변수를 모두 쓰고, "
           f"{tgt.split('(')[0]}의 평균을 구하시오.")
    ans = f"(1) {', '.join(c[0] for c in cat)} (2) {', '.join(n_[0] for n_ in nm)}; 평균 {mean}"
    return Problem(text=f"다음은 학생 {k}명에 대한 조사 결과이다.\n{tb}\n{ask}", answer=ans, format="data", difficulty=3,
                   achievement_level="C", concepts=["범주형 자료", "수치형 자료", "평균"],
                   check=lambda: _st.mean(vals) == mean)


_RATIO_CTX = [("몸무게", "kg", (20, 45)), ("줄넘기 기록", "회", (30, 90)), ("하루 공부 시간", "시간", (2, 5)),
              ("달린 거리", "km", (3, 12))]
_INTERVAL_CTX = [("기온", "℃", (8, 18)), ("화씨온도로 잰 기온", "℉", (40, 55))]


@family(_S21, "twice-as-much-explain")
def _twice(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        who1, who2 = rng.sample(rng.choice([["A 도시", "B 도시", "C 도시"], ["서울", "춘천", "대구", "강릉"]]), 2)
        v, u, (lo, hi) = rng.choice(_INTERVAL_CTX)
        a = rng.randint(lo, hi)
        claim = (f"오늘 {who1}의 {josa(v, '은/는')} {2 * a} {u}, {who2}의 {josa(v, '은/는')} {a} {u}이므로 "
                 f"{josa(who1, '이/가')} {who2}보다 2배 덥다.")
        ans = (f"옳지 않다. {josa(v, '은/는')} 0이 '온도 없음'을 뜻하지 않는 구간척도이므로 차이({a} {u})는 비교할 수 있지만 "
               "'몇 배'라는 비율 비교는 의미가 없다.")
        concepts = ["구간척도", "비율척도"]
    else:
        v, u, (lo, hi) = rng.choice(_RATIO_CTX)
        a = rng.randint(lo, hi)
        who1, who2 = rng.sample(["민준", "서연", "지호", "하은"], 2)
        claim = f"{who1}의 {v}은 {2 * a} {u}, {who2}의 {v}은 {a} {u}이므로 {who1}의 {v}은 {who2}의 2배이다.".replace(f"{v}은", josa(v, "은/는"))
        ans = f"옳다. {v}은 0이 '전혀 없음'을 뜻하는 비율척도이므로 '몇 배'라는 비교가 의미가 있다.".replace(f"{v}은", josa(v, "은/는"))
        concepts = ["비율척도"]
    q = rng.choice(["다음 주장이 옳은지 판단하고, 자료의 척도를 이용하여 그 이유를 설명하시오.",
                    "다음 말이 통계적으로 타당한지 척도의 성질을 근거로 설명하시오."])
    return Problem(text=f"{q}\n\"{claim}\"", answer=ans, format="proof", difficulty=3, achievement_level="B", concepts=concepts)


_CODES = [
    ("좋아하는 운동", ["축구", "농구", "배드민턴", "수영"]),
    ("주로 이용하는 교통수단", ["도보", "버스", "지하철", "자전거"]),
    ("희망 진로 분야", ["공학", "의료", "교육", "예술"]),
    ("즐겨 듣는 음악 장르", ["발라드", "힙합", "록", "클래식"]),
]


@family(_S21, "coded-nominal-mode")
def _coded(rng: random.Random) -> Problem:
    var, cats = rng.choice(_CODES)
    n = rng.choice([10, 12, 15])
    while True:
        data = [rng.randint(1, 4) for _ in range(n)]
        cnt = [data.count(c) for c in range(1, 5)]
        if sorted(cnt)[-1] != sorted(cnt)[-2]:
            break
    mode = cnt.index(max(cnt)) + 1
    mean = Fr(sum(data), n)
    code = ", ".join(f"{i}: {c}" for i, c in enumerate(cats, 1))
    who = name(rng)
    text = (f"학생 {n}명에게 '{var}'를 묻고 응답을 숫자로 바꾸어 기록하였다. ({code})\n{', '.join(map(str, data))}\n"
            f"{josa(who, '은/는')} 이 자료의 평균이 {_r1(mean, 2)}이므로 학생들이 대체로 {cats[round(mean) - 1]}에 가까운 것을 좋아한다고 말하였다. "
            f"{who}의 해석이 잘못된 이유를 쓰고, 이 자료를 대표하는 값으로 알맞은 것을 {_end(rng, '쓰')}").replace(f"'{var}'를", josa(f"'{var}'", "을/를"))
    ans = f"숫자는 범주를 구분하는 이름일 뿐인 명목척도이므로 평균은 의미가 없다. 최빈값인 {mode}({cats[mode - 1]})가 알맞다."
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["명목척도", "범주형 자료", "최빈값"], also=["9수04-01"],
                   check=lambda: _st.mode(data) == mode and _st.mean([Fr(x) for x in data]) == mean)


# =================================================================================================
# 12실통02-02 자료의 수집 방법
# =================================================================================================
_METHODS = {
    "설문지법": ["전교생 {N}명의 급식 만족도를 짧은 기간에 알아보려 한다.",
             "우리 시 고등학생 {N}명의 진로 희망 분야를 조사하려 한다.",
             "축제 방문객 {N}명의 만족도를 온라인으로 한꺼번에 모으려 한다."],
    "면접법": ["전통 시장 상인 {m}명이 느끼는 어려움을 깊이 있게 알아보려 한다.",
            "글을 아직 잘 읽지 못하는 어린이 {m}명의 놀이 경험을 조사하려 한다.",
            "은퇴한 직업인 {m}명에게 직업을 선택한 과정을 자세히 듣고자 한다."],
    "관찰법": ["횡단보도에서 보행자들이 실제로 신호를 지키는지 알아보려 한다.",
            "유치원생들이 자유 놀이 시간에 어떤 놀이를 하는지 알아보려 한다.",
            "점심시간에 학생들이 운동장의 어느 공간을 주로 이용하는지 알아보려 한다."],
    "실험법": ["새로 개발한 비료가 상추의 성장에 효과가 있는지 알아보려 한다.",
            "공부할 때 배경 음악을 듣는 것이 단어 암기 점수에 영향을 주는지 알아보려 한다.",
            "운동화 밑창의 재질에 따라 미끄러지는 정도가 다른지 알아보려 한다."],
    "문헌연구법": ["지난 30년 동안 우리나라 출생아 수의 변화를 알아보려 한다.",
              "여러 나라의 1인당 국내총생산을 비교하려 한다.",
              "최근 10년간 우리 지역 여름철 평균 기온의 변화를 알아보려 한다."],
}
_MNAMES = tuple(_METHODS)


@family(_S22, "choose-collection-method")
def _choose_method(rng: random.Random) -> Problem:
    correct = rng.choice(_MNAMES)
    sit = rng.choice(_METHODS[correct]).format(N=num(rng.choice([600, 800, 1200, 2000, 3000])), m=rng.choice([3, 4, 5, 6]))
    shown = [f"{m}" for m in _MNAMES]
    ch = choices(rng, correct, [m for m in shown if m != correct], sort_key=shown.index)
    stem = rng.choice([f"다음 상황에서 자료를 수집하는 방법으로 가장 알맞은 것은?\n{sit}",
                       f"어느 모둠이 다음과 같은 탐구를 계획하였다. 가장 적절한 자료 수집 방법은?\n\"{sit}\"",
                       f"{sit} 이때 사용하기에 가장 알맞은 자료 수집 방법을 고른 것은?"])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=[c for c in ("설문지법", "문헌연구법") if c == correct], choice=ch)


_BADQ = [
    ("유도 질문", "대부분의 전문가가 건강에 좋다고 말하는 아침 식사를 당신은 매일 합니까?",
     "당신은 일주일에 며칠 아침 식사를 합니까?"),
    ("유도 질문", "환경을 생각한다면 일회용 컵 사용을 줄여야 한다는 데 동의하지 않습니까?",
     "일회용 컵 사용을 줄이는 것에 대해 어떻게 생각합니까? (매우 반대 ~ 매우 찬성)"),
    ("유도 질문", "많은 학생이 불편을 호소하는 현재의 두발 규정을 바꾸는 데 찬성합니까?",
     "현재의 두발 규정을 바꾸는 것에 찬성합니까, 반대합니까?"),
    ("한 문항에 두 가지를 묻는 질문", "학교 급식의 맛과 양에 만족합니까?",
     "학교 급식의 맛에 만족합니까? / 학교 급식의 양에 만족합니까? (두 문항으로 나눈다)"),
    ("한 문항에 두 가지를 묻는 질문", "매점의 가격과 운영 시간에 만족합니까?",
     "매점의 가격에 만족합니까? / 매점의 운영 시간에 만족합니까? (두 문항으로 나눈다)"),
    ("뜻이 모호한 질문", "당신은 운동을 자주 합니까?", "일주일 동안 30분 이상 운동한 날은 며칠입니까?"),
    ("뜻이 모호한 질문", "스마트폰을 많이 사용하는 편입니까?", "하루 평균 스마트폰 사용 시간은 몇 시간입니까?"),
    ("응답자가 정직하게 답하기 어려운 질문", "이름을 쓰고, 지난 시험에서 다른 사람의 답을 본 적이 있는지 답하시오.",
     "(이름을 쓰지 않는 익명 설문으로) 시험 중 다른 사람의 답을 본 경험이 있습니까?"),
    ("어려운 용어를 사용한 질문", "귀하의 가정은 엥겔계수가 높은 편입니까?",
     "한 달 생활비 중 식료품비가 차지하는 비율은 어느 정도입니까?"),
]
_GOODQ = [
    "일주일 동안 아침 식사를 한 날은 며칠입니까?",
    "하루 평균 수면 시간은 몇 시간입니까?",
    "학교 도서관을 한 달에 몇 번 이용합니까?",
    "등교할 때 주로 이용하는 교통수단은 무엇입니까? (① 도보 ② 버스 ③ 지하철 ④ 자전거 ⑤ 기타)",
    "지난 한 달 동안 읽은 책은 몇 권입니까?",
]


@family(_S22, "spot-the-good-question-mcq")
def _good_q(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        correct = rng.choice(_GOODQ)
        bad = [q for _, q, _ in rng.sample(_BADQ, 4)]
        ch = choices(rng, correct, bad)
        stem = rng.choice(["다음 설문 문항 중 가장 적절하게 만든 것은?", "설문지의 문항으로 가장 바람직한 것은?",
                           "응답자가 편견 없이 정확하게 답할 수 있도록 만든 문항은?"])
    else:
        kind = rng.choice(sorted({k for k, _, _ in _BADQ}))
        correct = rng.choice([q for k, q, _ in _BADQ if k == kind])
        pool = rng.sample(_GOODQ, 4 - rng.randint(0, 2))
        pool += [q for k, q, _ in _BADQ if k != kind][: 4 - len(pool)]
        ch = choices(rng, correct, pool)
        stem = rng.choice([f"다음 설문 문항 중 {kind}에 해당하는 것은?", f"다음 중 {kind}이라는 문제점이 있는 설문 문항은?"])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["설문지법"], choice=ch)


@family(_S22, "fix-biased-question")
def _fix_q(rng: random.Random) -> Problem:
    kind, q, fix = rng.choice(_BADQ)
    who = name(rng)
    text = rng.choice([
        f"{josa(who, '이/가')} 만든 설문지에 다음 문항이 있다.\n\"{q}\"\n이 문항의 문제점을 쓰고, 바르게 고쳐 쓰시오.",
        f"다음 설문 문항이 바람직하지 않은 이유를 설명하고, 응답자가 정확하게 답할 수 있도록 수정하시오.\n\"{q}\"",
        f"\"{q}\"\n위 문항으로 자료를 수집하면 어떤 문제가 생길 수 있는지 쓰고, 개선한 문항을 제시하시오.",
    ])
    return Problem(text=text, answer=f"{kind}이다. (예시) {fix}", format="proof", difficulty=3, achievement_level="B",
                   concepts=["설문지법"])


@family(_S22, "overlapping-answer-options")
def _overlap(rng: random.Random) -> Problem:
    var = rng.choice([("하루 공부 시간", "시간", 1), ("한 달 용돈", "만 원", 2), ("하루 스마트폰 사용 시간", "시간", 1),
                      ("일주일 운동 시간", "시간", 2)])
    label, unit, step = var
    b = [step * (i + 1) for i in range(3)]
    opts = [f"{b[0]}{unit} 이하", f"{b[0]}{unit} 이상 {b[1]}{unit} 이하", f"{b[1]}{unit} 이상 {b[2]}{unit} 이하", f"{b[2]}{unit} 이상"]
    t = rng.randrange(3)
    val = b[t]
    picks = [i + 1 for i, _ in enumerate(opts) if (i == 0 and val <= b[0]) or (i == 3 and val >= b[2]) or
             (0 < i < 3 and b[i - 1] <= val <= b[i])]
    circ = "①②③④"
    block = "  ".join(f"{circ[i]} {o}" for i, o in enumerate(opts))
    text = rng.choice([
        f"어느 설문지에 다음 문항이 있다.\n'{label}은 얼마입니까?'\n{block}\n{label}이 정확히 {val}{unit}인 응답자가 고를 수 있는 선택지를 모두 쓰고, "
        "이 문항의 선택지를 어떻게 고쳐야 하는지 쓰시오.",
        f"다음 설문 문항의 선택지를 살펴보자.\n{label}: {block}\n(1) {val}{unit}인 학생은 어느 선택지에 답해야 하는지 혼란스럽다. 고를 수 있는 선택지를 모두 쓰시오.\n"
        "(2) 응답이 한 곳에만 속하도록 선택지를 고쳐 쓰시오.",
    ]).replace(f"{label}은", josa(label, "은/는")).replace(f"{label}이 정확히", josa(label, "이/가") + " 정확히")
    fixed = f"{b[0]}{unit} 미만 / {b[0]}{unit} 이상 {b[1]}{unit} 미만 / {b[1]}{unit} 이상 {b[2]}{unit} 미만 / {b[2]}{unit} 이상"
    ans = f"{', '.join(circ[p - 1] for p in picks)}; 고친 예: {fixed}"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C", concepts=["설문지법"],
                   check=lambda: len(picks) == 2 and picks == [t + 1, t + 2])


_METHOD_GOOD = [
    "설문지법은 많은 사람에게서 짧은 시간에 자료를 모을 수 있다.",
    "면접법은 응답자의 생각을 깊이 있게 알아볼 수 있지만 시간과 비용이 많이 든다.",
    "관찰법은 말이나 글로 응답하기 어려운 대상의 행동을 조사할 때 알맞다.",
    "실험법은 조건을 통제하여 어떤 요인의 효과를 알아볼 때 사용한다.",
    "문헌연구법은 이미 만들어진 통계 자료나 문헌을 이용하는 방법이다.",
    "국가통계포털에서 내려받은 자료는 2차 자료에 해당한다.",
]
_METHOD_BAD = [
    "설문지법에서는 질문에 응답자의 답을 유도하는 표현을 넣는 것이 좋다.",
    "문헌연구법으로 얻은 자료는 출처를 밝힐 필요가 없다.",
    "실험법에서는 비교하는 두 집단의 조건을 서로 다르게 할수록 좋다.",
    "면접법은 많은 사람의 의견을 빠르게 모으는 데 가장 알맞다.",
    "관찰법은 조사 대상의 생각이나 의견을 직접 알아내는 데 가장 알맞다.",
    "2차 자료는 조사 목적과 관계없이 언제나 그대로 사용할 수 있다.",
]


@family(_S22, "methods-statements-bogi")
def _methods_bogi(rng: random.Random) -> Problem:
    block, ch, _ = _bogi(rng, _METHOD_GOOD, _METHOD_BAD)
    stem = rng.choice(["자료 수집 방법에 대한 설명으로", "설문지법, 면접법, 관찰법, 실험법, 문헌연구법에 대한 설명으로"])
    return Problem(text=f"{stem} {_bogi_q(rng)}\n{block}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2,
                   achievement_level="D", concepts=["설문지법", "문헌연구법"], choice=ch)


@family(_S22, "response-rate")
def _response_rate(rng: random.Random) -> Problem:
    n = rng.choice([200, 250, 300, 400, 500, 600, 800])
    back = rng.randint(n * 55 // 100, n * 95 // 100)
    bad = rng.randint(3, max(4, back // 12))
    valid = back - bad
    r1, r2 = _pct(back, n), _pct(valid, n)
    who = rng.choice(["학생회", "보건 동아리", "지역 도서관", "구청"])
    text = rng.choice([
        f"{josa(who, '이/가')} 설문지 {num(n)}부를 나누어 주고 {num(back)}부를 돌려받았다. 돌려받은 설문지 중 {bad}부는 응답이 비어 있거나 "
        f"불성실하여 분석에서 제외하였다. 회수율과 유효 응답률(나누어 준 설문지에 대한 분석에 사용한 설문지의 비율)을 각각 백분율로 "
        "반올림하여 소수 첫째 자리까지 구하시오.",
        f"설문지 {num(n)}부 중 회수된 것이 {num(back)}부이고, 그중 분석에 쓸 수 없는 것이 {bad}부였다.\n"
        "(1) 회수율(%)을 구하시오.\n(2) 나누어 준 설문지 중 실제 분석에 사용한 설문지의 비율(%)을 구하시오.\n(백분율은 반올림하여 소수 첫째 자리까지)",
    ])
    ans = f"회수율 {_r1(r1)}%, 유효 응답률 {_r1(r2)}%"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["설문지법", "백분율"], check=lambda: abs(float(r2) - (back - bad) / n * 100) < 1e-9)


_SOURCES = [
    ("우리 반 학생들에게 직접 나누어 준 설문지의 응답", "1차"),
    ("과학 시간에 직접 측정한 진자의 주기", "1차"),
    ("학교 앞 횡단보도에서 직접 센 보행자 수", "1차"),
    ("동네 상인을 직접 인터뷰하여 기록한 내용", "1차"),
    ("모둠이 직접 키운 강낭콩의 키 기록", "1차"),
    ("국가통계포털에서 내려받은 시도별 인구 자료", "2차"),
    ("기상청 누리집에 공개된 지난해 일별 기온 자료", "2차"),
    ("신문 기사에 실린 여론조사 결과", "2차"),
    ("학술지 논문에 실린 청소년 수면 시간 조사 결과", "2차"),
    ("한국은행이 발표한 경제 성장률 자료", "2차"),
]


@family(_S22, "primary-secondary-data")
def _prim_sec(rng: random.Random) -> Problem:
    while True:
        pick = rng.sample(_SOURCES, rng.choice([5, 6]))
        sec = [s for s, k in pick if k == "2차"]
        if 0 < len(sec) < len(pick):
            break
    labs = "ㄱㄴㄷㄹㅁㅂ"
    lines = "\n".join(f"{labs[i]}. {s}" for i, (s, _) in enumerate(pick))
    secl = [labs[i] for i, (_, k) in enumerate(pick) if k == "2차"]
    mode = rng.choice(["list", "count"])
    if mode == "list":
        q = rng.choice(["다른 사람이나 기관이 이미 수집해 놓은 2차 자료를 모두 고르시오.",
                        "문헌연구법으로 얻은 자료를 모두 골라 기호를 쓰시오."])
        ans = ", ".join(secl)
    else:
        q = "조사자가 목적에 맞게 직접 수집한 1차 자료는 모두 몇 개인지 구하시오."
        ans = f"{len(pick) - len(secl)}개"
    return Problem(text=f"다음은 탐구 보고서에 사용된 자료이다.\n{lines}\n{q}", answer=ans, format="word", difficulty=2,
                   achievement_level="D", concepts=["문헌연구법"], check=lambda: len(secl) == len(sec))


@family(_S22, "clean-the-raw-data")
def _clean(rng: random.Random) -> Problem:
    var = rng.choice([("키(cm)", (150, 185), ["1650", "-", "17.2"]), ("하루 수면 시간(시간)", (5, 9), ["25", "-", "0.7"]),
                      ("통학 시간(분)", (5, 50), ["300분 이상?", "-", "-10"]), ("한 달 독서량(권)", (0, 8), ["-3", "-", "많이 읽음"])])
    label, (lo, hi), junk = var
    k = rng.choice([6, 7, 8])
    while True:
        good = [rng.randint(lo, hi) for _ in range(k)]
        if sum(good) % k == 0:
            break
    nbad = rng.choice([2, 3])
    bads = rng.sample(junk, nbad)
    bads = ["(빈칸)" if b == "-" else b for b in bads]
    ids = list(range(1, k + nbad + 1))
    vals: list[str] = [str(g) for g in good] + bads
    order = list(range(len(vals)))
    rng.shuffle(order)
    rows = [[f"{ids[i]}", vals[j]] for i, j in enumerate(order)]
    bad_ids = [ids[i] for i, j in enumerate(order) if j >= k]
    mean = Fr(sum(good), k)
    tb = _tbl(["응답 번호", label], rows, rng)
    text = (f"다음은 온라인 설문으로 모은 {label.split('(')[0]} 응답을 그대로 옮긴 것이다.\n{tb}\n"
            f"분석에 사용할 수 없는 응답의 번호를 모두 찾고, 그 응답을 제외한 나머지 자료의 평균을 {_end(rng)}")
    ans = f"제외할 응답: {', '.join(map(str, sorted(bad_ids)))}번, 평균 {mean}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["평균"],
                   check=lambda: _st.mean([Fr(v) for v in good]) == mean and len(bad_ids) == nbad)


# =================================================================================================
# 12실통02-03 그래프의 종류와 선택, 그리기
# =================================================================================================
_GRAPH_SIT = {
    "막대그래프": ["우리 반 학생들이 좋아하는 운동 종목별 학생 수를 비교하려고 한다.",
              "동아리별 가입한 학생 수를 한눈에 비교하려고 한다.",
              "지역별 올해 공공 도서관 수를 비교하려고 한다."],
    "원그래프": ["학생들의 한 달 용돈 사용처(식비, 교통비, 문화생활비, 저축)가 전체에서 차지하는 비율을 나타내려고 한다.",
             "우리 지역 쓰레기 배출량 중 종류별 비율을 한눈에 보이려고 한다."],
    "꺾은선그래프": ["최근 12개월 동안 우리 지역의 월평균 기온 변화를 나타내려고 한다.",
               "지난 10년 동안 우리나라 출생아 수가 어떻게 변해 왔는지 나타내려고 한다.",
               "하루 동안 1시간 간격으로 측정한 미세먼지 농도의 변화를 나타내려고 한다."],
    "히스토그램": ["우리 학교 1학년 학생 200명의 100 m 달리기 기록이 어떻게 분포하는지 나타내려고 한다.",
              "고객 500명의 하루 매장 이용 시간의 분포를 계급별로 나타내려고 한다."],
    "산점도": ["학생들의 하루 운동 시간과 수면 시간 사이에 어떤 관계가 있는지 알아보려고 한다.",
            "여러 도시의 여름 평균 기온과 전력 사용량 사이의 관계를 살펴보려고 한다."],
    "상자그림": ["세 학급의 수학 점수 분포를 중앙값과 사분위수를 이용하여 한꺼번에 비교하려고 한다.",
             "두 공장에서 생산한 제품 무게의 중앙값과 퍼진 정도를 비교하려고 한다."],
}
_GNAMES = tuple(_GRAPH_SIT)


@family(_S23, "choose-appropriate-graph")
def _choose_graph(rng: random.Random) -> Problem:
    correct = rng.choice(_GNAMES)
    sit = rng.choice(_GRAPH_SIT[correct])
    ch = choices(rng, correct, [g for g in _GNAMES if g != correct])
    stem = rng.choice([f"{sit} 가장 알맞은 그래프는?", f"다음 목적에 가장 적절한 그래프를 고르시오.\n\"{sit}\"",
                       f"{sit} 자료의 특성을 가장 잘 드러내는 그래프는 무엇인가?"])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=[correct, "그래프"], choice=ch)


@family(_S23, "frequency-table-histogram")
def _freq_hist(rng: random.Random) -> Problem:
    ctx = rng.choice([("학생들의 하루 스마트폰 사용 시간", "분", 30, 60), ("회원들의 주간 운동 시간", "분", 30, 90),
                      ("학생들의 키", "cm", 5, 145), ("사과 한 개의 무게", "g", 20, 220), ("가구별 한 달 전기 사용량", "kWh", 50, 150)])
    label, unit, w, start = ctx
    ncls = rng.choice([4, 5])
    n = rng.choice([16, 18, 20, 24])
    while True:
        data = sorted(rng.randrange(start, start + ncls * w) for _ in range(n))
        cnt = [sum(1 for x in data if start + i * w <= x < start + (i + 1) * w) for i in range(ncls)]
        if min(cnt) >= 1 and sorted(cnt)[-1] != sorted(cnt)[-2]:
            break
    shuffled = data[:]
    rng.shuffle(shuffled)
    top = cnt.index(max(cnt))
    cls = [f"{start + i * w} 이상 ~ {start + (i + 1) * w} 미만" for i in range(ncls)]
    thr_i = rng.randint(1, ncls - 1)
    thr = start + thr_i * w
    over = sum(cnt[thr_i:])
    text = (f"다음은 {josa(label, '을/를')} 조사한 자료이다. (단위: {unit})\n{', '.join(map(str, shuffled))}\n"
            f"계급의 크기를 {w} {unit}, 첫 계급을 {start} 이상 {start + w} 미만으로 하는 도수분포표를 만들고 히스토그램을 그리려고 한다.\n"
            f"(1) 각 계급의 도수를 차례로 쓰시오.\n(2) 히스토그램에서 가장 높은 막대에 해당하는 계급을 쓰시오.\n"
            f"(3) {thr} {unit} 이상인 자료는 전체의 몇 %인지 {_end(rng)}")
    ans = f"(1) {', '.join(map(str, cnt))} (2) {cls[top]} (3) {_r1(_pct(over, n))}%"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["도수분포표", "히스토그램", "계급", "도수"], also=["9수04-02"],
                   check=lambda: sum(cnt) == n and sum(1 for x in data if x >= thr) == over)


@family(_S23, "truncated-axis-misleading")
def _truncated(rng: random.Random) -> Problem:
    what = rng.choice([("두 후보의 지지율", "%", "A 후보", "B 후보"), ("두 회사의 올해 매출액", "억 원", "가 회사", "나 회사"),
                       ("두 학교의 평균 점수", "점", "○○고", "△△고"), ("두 제품의 판매량", "만 개", "제품 P", "제품 Q")])
    label, unit, p, q = what
    while True:
        base = rng.choice([40, 50, 60, 80, 100, 200])
        x = base + rng.randint(2, 10)
        y = x + rng.randint(1, 6)
        if Fr(y - base, x - base).denominator in (1, 2, 4, 5) and y - base > x - base:
            break
    seen, real = Fr(y - base, x - base), Fr(y, x)
    text = rng.choice([
        f"어느 광고에서 {label}를 막대그래프로 나타내었다. {p}는 {x}{unit}, {q}는 {y}{unit}인데, 세로축의 눈금이 {base}{unit}부터 시작하도록 그렸다.\n"
        f"(1) 그래프에서 {q}의 막대 길이는 {p}의 막대 길이의 몇 배로 보이는지 구하시오.\n(2) 실제로 {q}의 값은 {p}의 값의 몇 배인지 반올림하여 소수 둘째 자리까지 구하시오.\n"
        "(3) 이 그래프의 문제점을 쓰시오.",
        f"{label}가 {p} {x}{unit}, {q} {y}{unit}이다. 세로축을 {base}{unit}에서 시작하는 막대그래프로 그리면 {q}의 막대는 {p}의 막대보다 몇 배 길게 보이는가? "
        f"또 실제 값의 비(반올림하여 소수 둘째 자리까지)와 비교하여 그래프가 주는 인상이 어떻게 왜곡되는지 설명하시오.",
    ]).replace(f"{label}를", josa(label, "을/를")).replace(f"{label}가", josa(label, "이/가")).replace(f"{p}는", josa(p, "은/는")).replace(f"{q}는", josa(q, "은/는"))
    ans = (f"보이는 비 {_r1(seen, 2)}배, 실제 비 약 {_r1(real, 2)}배. 세로축이 0이 아닌 {base}부터 시작하여 차이가 실제보다 크게 보인다.")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["막대그래프", "그래프"],
                   check=lambda: abs(float(seen) - (y - base) / (x - base)) < 1e-12)


@family(_S23, "pie-chart-angles")
def _pie(rng: random.Random) -> Problem:
    topic = rng.choice([("용돈 사용처", ["식비", "교통비", "문화생활", "저축", "기타"]),
                        ("가정에서 배출한 쓰레기 종류", ["음식물", "종이", "플라스틱", "유리", "기타"]),
                        ("학생들이 희망하는 수학여행지", ["제주", "부산", "경주", "강릉", "전주"])])
    k = rng.choice([4, 5])
    cats = topic[1][:k]
    n = rng.choice([40, 60, 72, 90, 120, 180, 360])
    while True:
        cuts = sorted(rng.sample(range(1, n), k - 1))
        cnt = [b - a for a, b in zip([0] + cuts, cuts + [n], strict=True)]
        angles = [Fr(c * 360, n) for c in cnt]
        if all(a.denominator == 1 and a >= 18 for a in angles):
            break
    t = rng.randrange(k)
    tb = _tbl(["항목"] + cats + ["합계"], [["응답 수"] + [str(c) for c in cnt] + [str(n)]], rng)
    mode = rng.choice(["one", "all"])
    if mode == "one":
        q = f"이 자료를 원그래프로 나타낼 때, '{cats[t]}' 부분의 중심각의 크기를 {_end(rng)}"
        ans = f"{angles[t]}°"
    else:
        q = f"원그래프로 나타내기 위해 각 항목이 차지하는 중심각의 크기를 차례로 {_end(rng)}"
        ans = ", ".join(f"{c} {a}°" for c, a in zip(cats, angles, strict=True))
    return Problem(text=f"다음은 {topic[0]}에 대한 조사 결과이다.\n{tb}\n{q}", answer=ans, format="computation",
                   difficulty=2, achievement_level="D", concepts=["원그래프", "비율"],
                   check=lambda: sum(angles) == 360)


@family(_S23, "time-series-reading")
def _timeseries(rng: random.Random) -> Problem:
    ctx = rng.choice([("○○시 월별 관광객 수", "천 명", (30, 120)), ("우리 가족 월별 전기 사용량", "kWh", (250, 480)),
                      ("어느 카페의 월별 아이스 음료 판매량", "잔", (400, 1500)), ("△△ 지역 월평균 미세먼지 농도", "㎍/m³", (15, 60))])
    label, unit, (lo, hi) = ctx
    months = list(range(1, 13)) if rng.random() < 0.5 else list(range(1, 7))
    while True:
        vals = [rng.randint(lo, hi) for _ in months]
        diffs = [b - a for a, b in itertools.pairwise(vals)]
        if sorted(diffs)[-1] != sorted(diffs)[-2] and sorted(diffs)[0] != sorted(diffs)[1]:
            break
    up = diffs.index(max(diffs))
    dn = diffs.index(min(diffs))
    tb = _tbl(["월"] + [f"{m}월" for m in months], [[f"값({unit})"] + [str(v) for v in vals]], rng)
    q = rng.choice([
        f"이 자료를 꺾은선그래프로 나타낼 때, 선분이 가장 가파르게 올라가는 구간과 가장 가파르게 내려가는 구간을 각각 쓰고 그때의 변화량을 {_end(rng)}",
        f"전월 대비 증가량이 가장 큰 달과 감소량이 가장 큰 달을 찾고, 각각의 변화량을 {_end(rng)}",
    ])
    ans = f"증가: {months[up]}월→{months[up + 1]}월 ({max(diffs):+d}{unit}), 감소: {months[dn]}월→{months[dn + 1]}월 ({min(diffs):+d}{unit})"
    return Problem(text=f"다음은 {label}를 나타낸 표이다. (가상의 자료)\n{tb}\n{q}".replace(f"{label}를", josa(label, "을/를")),
                   answer=ans, format="data", difficulty=2, achievement_level="D", concepts=["꺾은선그래프", "표"],
                   check=lambda: vals[up + 1] - vals[up] == max(b - a for a, b in itertools.pairwise(vals)))


def _five(xs: list[int]) -> tuple:
    """min, Q1, median, Q3, max for an even-sized list (halves' medians)."""
    s = sorted(xs)
    h = len(s) // 2
    return s[0], Fr(_st.median(s[:h])), Fr(_st.median(s)), Fr(_st.median(s[h:])), s[-1]


@family(_S23, "box-plot-five-numbers")
def _boxplot(rng: random.Random) -> Problem:
    ctx = rng.choice([("학생 {n}명의 턱걸이 기록", "회", (0, 20)), ("어느 반 학생 {n}명의 수학 수행평가 점수", "점", (40, 100)),
                      ("택배 {n}개의 배송 시간", "시간", (10, 60)), ("학생 {n}명의 하루 독서 시간", "분", (0, 90))])
    label, unit, (lo, hi) = ctx
    n = rng.choice([8, 10, 12, 14])
    xs = [rng.randint(lo, hi) for _ in range(n)]
    mn, q1, md, q3, mx = _five(xs)
    mode = rng.choice(["five", "iqr"])
    intro = f"다음은 {label.format(n=n)}이다. (단위: {unit})\n{', '.join(map(str, xs))}\n"
    note = "(단, 제1사분위수와 제3사분위수는 자료를 크기순으로 나열하였을 때 아래쪽 절반과 위쪽 절반의 중앙값으로 한다.)"
    if mode == "five":
        q = f"상자그림을 그리기 위해 필요한 다섯 개의 값(최솟값, 제1사분위수, 중앙값, 제3사분위수, 최댓값)을 {_end(rng)} {note}"
        ans = f"{mn}, {_r1(q1)}, {_r1(md)}, {_r1(q3)}, {mx}"
    else:
        q = f"이 자료를 상자그림으로 나타낼 때, 상자의 길이에 해당하는 사분위수 범위(IQR)와 전체 범위를 각각 {_end(rng)} {note}"
        ans = f"사분위수 범위 {_r1(q3 - q1)}, 범위 {mx - mn}"
    return Problem(text=intro + q, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["상자그림", "사분위수", "중앙값"], also=["9수04-08"],
                   check=lambda: md == Fr(sorted(xs)[n // 2 - 1] + sorted(xs)[n // 2], 2))


@family(_S23, "scatter-correlation")
def _scatter(rng: random.Random) -> Problem:
    kind = rng.choice(["pos", "neg", "none"])
    ctx = {
        "pos": [("하루 공부 시간(시간)", "수학 점수(점)"), ("키(cm)", "신발 크기(mm)"), ("기온(℃)", "아이스크림 판매량(개)")],
        "neg": [("하루 게임 시간(시간)", "수면 시간(시간)"), ("자동차 주행 거리(만 km)", "중고차 가격(백만 원)"), ("고도(km)", "기온(℃)")],
        "none": [("키(cm)", "수학 점수(점)"), ("출석 번호", "100 m 달리기 기록(초)"), ("생일(일)", "몸무게(kg)")],
    }[kind]
    xl, yl = rng.choice(ctx)
    n = rng.choice([7, 8])
    while True:
        xs = rng.sample(range(1, 21), n)
        if kind == "none":
            ys = [rng.randint(10, 40) for _ in xs]
        else:
            sgn = 1 if kind == "pos" else -1
            ys = [25 + sgn * x + rng.randint(-3, 3) for x in xs]
        r = _st.correlation(xs, ys)
        if (kind == "pos" and r > 0.8) or (kind == "neg" and r < -0.8) or (kind == "none" and abs(r) < 0.2):
            break
    # scale to realistic-looking values
    ax, bx = {"하루 공부 시간(시간)": (0.25, 0), "키(cm)": (2, 140), "기온(℃)": (1, 15), "하루 게임 시간(시간)": (0.25, 0),
              "자동차 주행 거리(만 km)": (1, 0), "고도(km)": (0.25, 0), "출석 번호": (1, 0), "생일(일)": (1, 5)}[xl]
    ay, by = {"수학 점수(점)": (2, 0), "신발 크기(mm)": (2, 190), "아이스크림 판매량(개)": (4, 0), "수면 시간(시간)": (0.25, 3),
              "중고차 가격(백만 원)": (1, 0), "기온(℃)": (1, 0), "100 m 달리기 기록(초)": (0.1, 13), "몸무게(kg)": (1, 30)}[yl]
    xs_s = [_r1(Fr(str(ax)) * x + bx, 2) for x in xs]
    ys_s = [_r1(Fr(str(ay)) * y + by, 2) for y in ys]
    tb = _tbl([xl] + xs_s, [[yl] + ys_s], rng)
    word = {"pos": "양의 상관관계", "neg": "음의 상관관계", "none": "상관관계가 거의 없다"}[kind]
    opts = ["양의 상관관계", "음의 상관관계", "상관관계가 거의 없다"]
    text = (f"다음은 {n}개의 자료에 대하여 두 변량을 조사한 결과이다.\n{tb}\n"
            f"이 자료를 산점도로 나타낼 때 두 변량 사이의 관계를 '양의 상관관계', '음의 상관관계', '상관관계가 거의 없다' 중에서 고르고, "
            f"산점도의 점들이 어떤 모양으로 나타나는지 {rng.choice(['설명하시오.', '쓰시오.', '설명해 보시오.'])}")
    ans = f"{word}. " + {"pos": "점들이 오른쪽 위로 향하는 직선 주위에 모인다.", "neg": "점들이 오른쪽 아래로 향하는 직선 주위에 모인다.",
                        "none": "점들이 특별한 경향 없이 흩어져 있다."}[kind]
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["산점도", "상관관계"], also=["9수04-09"],
                   check=lambda: word in opts and _st.correlation([float(v) for v in xs_s], [float(v) for v in ys_s]) * (
                       {"pos": 1, "neg": -1, "none": 0}[kind]) >= 0 and (kind != "none" or abs(r) < 0.2))


@family(_S23, "relative-frequency-compare")
def _relfreq(rng: random.Random) -> Problem:
    g1, g2 = rng.choice([("1반", "2반"), ("남학생", "여학생"), ("A 동아리", "B 동아리"), ("도시 지역", "농촌 지역")])
    var = rng.choice([("통학 시간(분)", 10, 0), ("하루 독서 시간(분)", 20, 0), ("줄넘기 기록(회)", 20, 40)])
    label, w, st0 = var
    cls = [f"{st0 + i * w} 이상 {st0 + (i + 1) * w} 미만" for i in range(4)]
    while True:
        n1, n2 = rng.choice([20, 25, 40, 50]), rng.choice([20, 25, 40, 50])
        if n1 == n2:
            continue
        c1 = [rng.randint(1, n1 // 2) for _ in range(3)]
        c2 = [rng.randint(1, n2 // 2) for _ in range(3)]
        if sum(c1) >= n1 or sum(c2) >= n2:
            continue
        c1.append(n1 - sum(c1))
        c2.append(n2 - sum(c2))
        t = rng.randrange(4)
        r1, r2 = Fr(c1[t], n1), Fr(c2[t], n2)
        if r1 != r2 and (c1[t] > c2[t]) != (r1 > r2):
            break
    tb = _tbl([label, g1, g2], [[c, str(a), str(b)] for c, a, b in zip(cls, c1, c2, strict=True)] + [["합계", str(n1), str(n2)]], rng)
    more = g1 if r1 > r2 else g2
    q = (f"'{cls[t]}' 계급의 상대도수를 두 집단에서 각각 구하고, 이 계급에 속하는 학생의 비율이 더 높은 집단을 {_end(rng, '쓰')}")
    ans = f"{g1} {_r1(r1, 2)}, {g2} {_r1(r2, 2)} → {more}"
    hint = rng.choice(["", "", "\n(단, 두 집단의 전체 도수가 다르다는 점에 주의한다.)"])
    return Problem(text=f"다음은 두 집단의 {label.split('(')[0]}에 대한 도수분포표이다.\n{tb}\n{q}{hint}",
                   answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["상대도수", "도수분포표"],
                   also=["9수04-03"], check=lambda: (c1[t] * n2 > c2[t] * n1) == (more == g1))


# =================================================================================================
# 12실통02-04 대푯값과 산포도
# =================================================================================================
def _sqrt_txt(v: int, style: str) -> str:
    r = int(v ** 0.5)
    if r * r == v:
        return str(r)
    for k in range(r, 1, -1):
        if v % (k * k) == 0:
            out, rest = k, v // (k * k)
            break
    else:
        out, rest = 1, v
    if style == "latex":
        return f"${'' if out == 1 else out}\\sqrt{{{rest}}}$"
    pre = "" if out == 1 else str(out)
    return f"{pre}√{rest}" if style == "unicode" else f"{pre}sqrt({rest})"


@family(_S24, "mean-median-mode")
def _mmm(rng: random.Random) -> Problem:
    ctx = rng.choice([("학생 {n}명의 일주일 독서 시간", "시간", (1, 12)), ("어느 가게의 {n}일 동안 케이크 판매량", "개", (5, 30)),
                      ("동아리 회원 {n}명의 턱걸이 기록", "회", (0, 15)), ("{n}개 도시의 7월 강수 일수", "일", (5, 20))])
    label, unit, (lo, hi) = ctx
    n = rng.choice([7, 8, 9, 10])
    while True:
        xs = [rng.randint(lo, hi) for _ in range(n)]
        cnt = {v: xs.count(v) for v in xs}
        top = max(cnt.values())
        modes = [v for v, c in cnt.items() if c == top]
        if top >= 2 and len(modes) == 1 and (sum(xs) * 10) % n == 0:
            break
    mean, med, mode = Fr(sum(xs), n), Fr(_st.median(xs) * 2) / 2 if n % 2 else Fr(sorted(xs)[n // 2 - 1] + sorted(xs)[n // 2], 2), modes[0]
    text = f"다음은 {josa(label.format(n=n), '을/를')} 조사한 자료이다. (단위: {unit})\n{', '.join(map(str, xs))}\n" + rng.choice([
        f"이 자료의 평균, 중앙값, 최빈값을 각각 {_end(rng)}",
        f"평균, 중앙값, 최빈값을 차례로 {_end(rng)}",
    ])
    ans = f"평균 {_r1(mean, 2)}{unit}, 중앙값 {_r1(med)}{unit}, 최빈값 {mode}{unit}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["평균", "중앙값", "최빈값", "대푯값"], also=["9수04-01"],
                   check=lambda: _st.mean([Fr(x) for x in xs]) == mean and Fr(_st.median(xs)) == med and _st.mode(xs) == mode)


@family(_S24, "outlier-choose-representative")
def _outlier(rng: random.Random) -> Problem:
    ctx = rng.choice([("어느 회사 직원 {n}명의 월급", "만 원", (250, 420), (1500, 3000)),
                      ("중고 거래 앱에 올라온 자전거 {n}대의 가격", "만 원", (10, 40), (250, 400)),
                      ("학생 {n}명의 한 달 용돈", "만 원", (3, 12), (60, 100)),
                      ("어느 동영상 채널 영상 {n}개의 조회 수", "회", (800, 3000), (50000, 90000))])
    label, unit, (lo, hi), (olo, ohi) = ctx
    n = rng.choice([6, 7, 8, 9])
    while True:
        xs = [rng.randint(lo, hi) for _ in range(n - 1)] + [rng.randint(olo, ohi)]
        if sum(xs) % n == 0:
            break
    rng.shuffle(xs)
    mean = Fr(sum(xs), n)
    s = sorted(xs)
    med = Fr(s[n // 2]) if n % 2 else Fr(s[n // 2 - 1] + s[n // 2], 2)
    who = name(rng)
    text = f"다음은 {label.format(n=n)}이다. (단위: {unit})\n{', '.join(map(str, xs))}\n" + rng.choice([
        "(1) 평균과 중앙값을 각각 구하시오.\n(2) 이 자료의 대푯값으로 평균과 중앙값 중 어느 것이 더 알맞은지 까닭과 함께 쓰시오.",
        f"{josa(who, '은/는')} 이 자료의 대푯값으로 평균을 사용하려고 한다. 평균과 중앙값을 구하여 비교하고, {who}의 선택이 알맞은지 판단하시오.",
    ])
    ans = f"평균 {_fmtn(mean, 2)}{unit}, 중앙값 {_fmtn(med, 1)}{unit}. 극단적으로 큰 값 {num(max(xs))}의 영향으로 평균이 커졌으므로 중앙값이 더 알맞다."
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["평균", "중앙값", "대푯값"], also=["9수04-01"],
                   check=lambda: Fr(_st.median(xs)) == med and mean > med)


@family(_S24, "variance-standard-deviation")
def _var_sd(rng: random.Random) -> Problem:
    st_ = pick_style(rng)
    n = rng.choice([5, 6, 8])
    while True:
        dev = [rng.randint(-6, 6) for _ in range(n - 1)]
        last = -sum(dev)
        if abs(last) <= 7:
            dev.append(last)
            ss = sum(d * d for d in dev)
            if ss % n == 0 and ss > 0:
                break
    m = rng.randint(10, 80)
    xs = [m + d for d in dev]
    var = ss // n
    sd = _sqrt_txt(var, st_)
    ctx = rng.choice(["학생 {n}명의 수학 수행평가 점수(점)", "{n}일 동안의 최고 기온(℃)", "선수 {n}명의 자유투 성공 횟수(회)",
                      "제품 {n}개의 무게(g)"]).format(n=n)
    text = (f"다음은 {ctx}이다.\n{', '.join(map(str, xs))}\n" + rng.choice([
        f"이 자료의 평균, 분산, 표준편차를 각각 {_end(rng)} (단, 분산은 편차의 제곱의 평균이다.)",
        f"이 자료의 분산과 표준편차를 {_end(rng)} (분산은 (편차)²의 평균으로 계산한다.)",
    ]))
    ans = f"평균 {m}, 분산 {var}, 표준편차 {sd}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["평균", "편차", "분산", "표준편차"], also=["9수04-07"],
                   check=lambda: _st.pvariance(xs) == var and _st.mean(xs) == m)


@family(_S24, "compare-consistency-sd")
def _consistency(rng: random.Random) -> Problem:
    a_name, b_name = rng.sample(["민준", "서연", "지호", "하은", "도윤", "수아"], 2)
    act = rng.choice([("사격 점수", "점"), ("윗몸 일으키기 기록", "회"), ("멀리뛰기 기록", "cm"), ("볼링 점수", "점")])
    n = 5

    def make(spread: int) -> list[int]:
        while True:
            dev = [rng.randint(-spread, spread) for _ in range(n - 1)]
            dev.append(-sum(dev))
            if abs(dev[-1]) <= spread + 1 and sum(d * d for d in dev) % n == 0 and any(dev):
                return dev
    base = {"사격 점수": 90, "윗몸 일으키기 기록": 40, "멀리뛰기 기록": 380, "볼링 점수": 150}[act[0]]
    mul = 1 if act[0] != "멀리뛰기 기록" else 5
    da, db = make(2), make(6)
    if rng.random() < 0.5:
        da, db = db, da
    xa = [base + mul * d for d in da]
    xb = [base + mul * d for d in db]
    va, vb = _st.pvariance(xa), _st.pvariance(xb)
    if va == vb:
        xb = [base + mul * d * 2 for d in db]
        vb = _st.pvariance(xb)
    steady = a_name if va < vb else b_name
    tb = _tbl(["이름"] + [f"{i}회" for i in range(1, n + 1)], [[a_name] + list(map(str, xa)), [b_name] + list(map(str, xb))], rng)
    text = (f"다음은 두 선수의 {act[0]}({act[1]})이다.\n{tb}\n두 선수의 평균과 분산을 각각 구하고, 기록이 더 고른 선수를 {_end(rng, '쓰')}")
    ans = f"평균은 모두 {base}, 분산은 {a_name} {va}, {b_name} {vb}이므로 {steady}의 기록이 더 고르다."
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["평균", "분산", "표준편차", "산포도"], also=["9수04-07"],
                   check=lambda: _st.mean(xa) == _st.mean(xb) == base and (va < vb) == (steady == a_name))


@family(_S24, "iqr-outlier-fence")
def _iqr(rng: random.Random) -> Problem:
    n = rng.choice([8, 10, 12])
    ctx = rng.choice([("택배 배송 시간", "시간"), ("학생들의 일주일 운동 시간", "시간"), ("카페 대기 시간", "분"), ("휴대 전화 배터리 사용 시간", "시간")])
    while True:
        xs = sorted(rng.randint(10, 40) for _ in range(n - 1))
        _, q1, _, q3, _ = _five(xs + [xs[-1]])
        iqr = q3 - q1
        if iqr == 0:
            continue
        out = int(q3 + Fr(3, 2) * iqr) + rng.randint(3, 20)
        data = sorted(xs + [out])
        _, q1, md, q3, _ = _five(data)
        iqr = q3 - q1
        hi_f, lo_f = q3 + Fr(3, 2) * iqr, q1 - Fr(3, 2) * iqr
        outs = [x for x in data if x > hi_f or x < lo_f]
        if iqr > 0 and outs == [out]:
            break
    shown = data[:]
    rng.shuffle(shown)
    text = (f"다음은 {ctx[0]}을 조사한 자료이다. (단위: {ctx[1]})\n{', '.join(map(str, shown))}\n"
            "(1) 제1사분위수, 제3사분위수, 사분위수 범위를 구하시오. (단, 사분위수는 크기순으로 나열한 자료의 아래쪽 절반과 위쪽 절반의 중앙값으로 한다.)\n"
            "(2) (제3사분위수) + 1.5 × (사분위수 범위)보다 크거나 (제1사분위수) − 1.5 × (사분위수 범위)보다 작은 값을 이상값이라 할 때, 이상값을 모두 찾으시오.")
    text = text.replace(f"{ctx[0]}을", josa(ctx[0], "을/를"))
    ans = f"(1) Q1 {_r1(q1)}, Q3 {_r1(q3)}, 사분위수 범위 {_r1(iqr)} (2) {out}"
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B",
                   concepts=["사분위수", "산포도", "상자그림"], also=["9수04-08"],
                   check=lambda: out > q3 + Fr(3, 2) * iqr and md == Fr(data[n // 2 - 1] + data[n // 2], 2))


@family(_S24, "grouped-mean")
def _grouped(rng: random.Random) -> Problem:
    ctx = rng.choice([("통학 시간(분)", 10, 0), ("하루 운동 시간(분)", 20, 0), ("수행평가 점수(점)", 10, 50), ("일주일 용돈(천 원)", 4, 0)])
    label, w, st0 = ctx
    k = rng.choice([4, 5])
    while True:
        f = [rng.randint(1, 12) for _ in range(k)]
        n = sum(f)
        if n in (20, 25, 30, 40, 50):
            break
    mids = [Fr(2 * st0 + (2 * i + 1) * w, 2) for i in range(k)]
    mean = sum(m * c for m, c in zip(mids, f, strict=True)) / n
    rows = [[f"{st0 + i * w} 이상 {st0 + (i + 1) * w} 미만", str(c)] for i, c in enumerate(f)]
    tb = _tbl([label, "도수(명)"], rows + [["합계", str(n)]], rng)
    text = (f"다음은 학생 {n}명의 {label.split('(')[0]}을 조사하여 만든 도수분포표이다.\n{tb}\n" + rng.choice([
        f"계급값을 이용하여 평균을 {_end(rng)} (반올림하여 소수 첫째 자리까지)",
        "원래 자료를 알 수 없을 때, 각 계급에 속한 자료가 모두 계급값을 갖는다고 보고 평균을 구하시오. (반올림하여 소수 첫째 자리까지)",
    ])).replace(f"{label.split('(')[0]}을", josa(label.split("(")[0], "을/를"))
    return Problem(text=text, answer=f"{_r1(mean)}", format="data", difficulty=3, achievement_level="C",
                   concepts=["도수분포표", "계급", "평균"],
                   check=lambda: abs(float(mean) - sum((st0 + (i + 0.5) * w) * c for i, c in enumerate(f)) / n) < 1e-9)


_SUM_GOOD = [
    "평균은 극단적인 값의 영향을 크게 받는다.",
    "중앙값은 극단적인 값이 있어도 크게 변하지 않는다.",
    "최빈값은 범주형 자료의 대푯값으로도 사용할 수 있다.",
    "모든 자료의 값이 같으면 표준편차는 0이다.",
    "모든 자료에 같은 수를 더하면 평균은 변하지만 표준편차는 변하지 않는다.",
    "표준편차가 클수록 자료가 평균으로부터 멀리 흩어져 있다.",
    "사분위수 범위는 자료의 가운데 50%가 퍼져 있는 정도를 나타낸다.",
]
_SUM_BAD = [
    "평균이 같은 두 자료는 흩어진 정도도 같다.",
    "모든 자료에 같은 수를 더하면 표준편차도 그 수만큼 커진다.",
    "편차의 합은 자료에 따라 양수가 될 수도 있다.",
    "분산은 단위가 원래 자료와 같으므로 표준편차 대신 사용한다.",
    "자료에 극단적인 값이 있으면 중앙값보다 평균이 대푯값으로 알맞다.",
    "범위가 큰 자료는 항상 표준편차도 크다.",
    "모든 자료를 2배 하면 분산도 2배가 된다.",
]


@family(_S24, "summary-properties-bogi")
def _sum_bogi(rng: random.Random) -> Problem:
    block, ch, _ = _bogi(rng, _SUM_GOOD, _SUM_BAD)
    stem = rng.choice(["대푯값과 산포도에 대한 설명으로", "평균, 중앙값, 표준편차 등의 성질에 대한 설명으로"])
    return Problem(text=f"{stem} {_bogi_q(rng)}\n{block}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3,
                   achievement_level="C", concepts=["대푯값", "산포도", "평균", "표준편차"], choice=ch)


@family(_S24, "linear-transform-mean-sd")
def _transform(rng: random.Random) -> Problem:
    m = rng.randint(40, 75)
    s = rng.randint(3, 12)
    mode = rng.choice(["add", "mul", "both"])
    a = rng.choice([2, 3, 5, 10])
    b = rng.choice([2, 3])
    if mode == "add":
        story = f"시험 문제 하나에 오류가 있어 모든 학생의 점수에 {a}점씩 더해 주었다."
        nm, ns = m + a, s
    elif mode == "mul":
        story = f"50점 만점 시험이었으므로 100점 만점으로 바꾸기 위해 모든 학생의 점수를 {b}배 하였다.".replace("50점 만점", f"{100 // b}점 만점" if 100 % b == 0 else "50점 만점")
        if 100 % b:
            b = 2
            story = "50점 만점 시험이었으므로 100점 만점으로 바꾸기 위해 모든 학생의 점수를 2배 하였다."
        m = min(m, 100 // b - 5)
        nm, ns = b * m, b * s
    else:
        story = f"모든 학생의 점수를 {b}배 한 다음 {a}점씩 더하여 새로운 점수를 만들었다."
        nm, ns = b * m + a, b * s
    text = (f"어느 반 학생들의 시험 점수의 평균이 {m}점, 표준편차가 {s}점이다. {story} "
            + rng.choice([f"바뀐 점수의 평균과 표준편차를 {_end(rng)}", "새 점수의 평균과 표준편차는 각각 얼마인지 구하시오."]))
    xs = [m - s, m + s]

    def chk() -> bool:
        k = b if mode != "add" else 1
        c = a if mode != "mul" else 0
        ys = [k * x + c for x in xs]
        return _st.mean(ys) == nm and _st.pstdev(ys) == ns

    return Problem(text=text, answer=f"평균 {nm}점, 표준편차 {ns}점", format="word", difficulty=3 if mode != "both" else 4,
                   achievement_level="C" if mode != "both" else "B", concepts=["평균", "표준편차"], check=chk)


# =================================================================================================
# 12실통03-01 정규분포와 t분포 (공학 도구로 탐구)
# =================================================================================================
_S31 = "12실통03-01"
_ZT = {Fr(1, 2): "0.1915", Fr(1): "0.3413", Fr(3, 2): "0.4332", Fr(2): "0.4772", Fr(5, 2): "0.4938", Fr(3): "0.4987"}
_SUP2 = {"latex": "^{2}", "unicode": "²", "plain": "^2"}


def _phi0(z: float) -> float:
    import math as _m
    return 0.5 * _m.erf(abs(z) / 2 ** 0.5)


def _zs(z: Fr) -> str:
    return _r1(z, 2)


def _ztable(rng: random.Random, zs: list[Fr], st: str) -> str:
    zs = sorted(set(zs))
    head = {"latex": "$\\mathrm{P}(0 \\le Z \\le z)$", "unicode": "P(0 ≤ Z ≤ z)", "plain": "P(0 <= Z <= z)"}[st]
    if rng.random() < 0.5:
        return "\n".join([f"z | {head}"] + [f"{_zs(z)} | {_ZT[z]}" for z in zs])
    return "\n".join([" | ".join(["z"] + [_zs(z) for z in zs]), " | ".join([head] + [_ZT[z] for z in zs])])


def _nd(m, s, st: str) -> str:
    if st == "latex":
        return f"$\\mathrm{{N}}({m},\\ {s}^{{2}})$"
    return f"N({m}, {s}{_SUP2[st]})"


def _nd_j(m, s) -> str:
    """The particle 을/를 after N(m, σ²) as it is read (…제곱을)."""
    w = f"N({m}, {s}²)"
    return josa(w, "을/를")[len(w):]


def _tcdf(t: float, df: int) -> float:
    import mpmath
    x = df / (df + t * t)
    tail = 0.5 * float(mpmath.betainc(df / 2, 0.5, 0, x, regularized=True))
    return 1 - tail if t >= 0 else tail


# upper-tail critical values t with P(T >= t) = alpha (computed once with scipy.stats.t.ppf, rounded to 3 places;
# each use is re-checked against ``_tcdf``)
_TCRIT = {
    "0.025": {2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 8: 2.306, 10: 2.228, 15: 2.131, 20: 2.086, 30: 2.042, 60: 2.0},
    "0.005": {2: 9.925, 3: 5.841, 4: 4.604, 5: 4.032, 8: 3.355, 10: 3.169, 15: 2.947, 20: 2.845, 30: 2.75, 60: 2.66},
    "0.05": {2: 2.92, 3: 2.353, 4: 2.132, 5: 2.015, 8: 1.86, 10: 1.812, 15: 1.753, 20: 1.725, 30: 1.697, 60: 1.671},
}


_NCTX = [("어느 고등학교 학생들의 키", "cm", (160, 172), (4, 6, 8), "명"),
         ("어느 과수원에서 수확한 사과의 무게", "g", (280, 320), (10, 15, 20), "개"),
         ("어느 회사 직원들의 출근 시간", "분", (40, 60), (5, 6, 8, 10), "명"),
         ("어느 공장에서 만든 과자 한 봉지의 무게", "g", (100, 150), (2, 3, 4), "봉지"),
         ("어느 시험 응시자들의 점수", "점", (60, 70), (8, 10, 12), "명")]


def _u(v, unit: str) -> str:
    """A value with its unit: no space before Korean units (62점, 40분), a space before symbols (5 cm)."""
    t = _r1(v) if isinstance(v, Fr) else str(v)
    return f"{t}{unit}" if "가" <= unit[0] <= "힣" else f"{t} {unit}"


@family(_S31, "normal-interval-probability")
def _normal_prob(rng: random.Random) -> Problem:
    st_ = pick_style(rng)
    label, unit, (lo, hi), sds, _ctr = rng.choice(_NCTX)
    m, s = rng.randint(lo, hi), rng.choice(sds)
    zs = [Fr(k, 2) for k in range(-4, 5)]
    while True:
        za, zb = sorted(rng.sample(zs, 2))
        if za != zb and (za != 0 or zb != 0):
            break
    a, b = m + za * s, m + zb * s

    def part(z: Fr) -> Decimal:
        return Decimal(_ZT[abs(z)]) if z != 0 else Decimal(0)
    p = (part(zb) if zb > 0 else -part(zb)) - (part(za) if za > 0 else -part(za))
    need = [abs(z) for z in (za, zb) if z != 0]
    extra = [z for z in _ZT if z not in need]
    tab = _ztable(rng, need + rng.sample(extra, 2), st_)
    le = {"latex": "\\le", "unicode": "≤", "plain": "<="}[st_]
    ab = f"{_u(a, unit)} 이상 {_u(b, unit)} 이하"
    probx = (f"$\\mathrm{{P}}({_r1(a)} {le} X {le} {_r1(b)})$" if st_ == "latex" else f"P({_r1(a)} {le} X {le} {_r1(b)})")
    text = rng.choice([
        f"{label}는 평균이 {_u(m, unit)}, 표준편차가 {_u(s, unit)}인 정규분포를 따른다고 한다. 임의로 하나를 택했을 때 그 값이 {ab}일 확률을 아래 표준정규분포표를 이용하여 {_end(rng)}\n{tab}",
        f"{label}를 확률변수 X라 하면 X는 정규분포 {_nd(m, s, st_)}{_nd_j(m, s)} 따른다. 공학 도구 대신 다음 표준정규분포표를 이용하여 {probx}의 값을 {_end(rng)}\n{tab}",
    ]).replace(f"{label}는", josa(label, "은/는")).replace(f"{label}를 확률변수", josa(label, "을/를") + " 확률변수")
    return Problem(text=text, answer=str(p), format="computation", difficulty=3, achievement_level="C",
                   concepts=["정규분포", "표준정규분포"], also=["12확통03-04"],
                   check=lambda: abs(float(p) - (_phi0(float(zb)) * (1 if zb >= 0 else -1) - _phi0(float(za)) * (1 if za >= 0 else -1))) < 3e-4)


_NORM_GOOD = [
    "정규분포 곡선은 평균을 지나고 세로축에 평행한 직선에 대하여 대칭이다.",
    "표준편차가 커지면 정규분포 곡선의 가운데 부분이 낮아지고 양쪽으로 넓게 퍼진다.",
    "정규분포 곡선과 가로축 사이의 넓이는 평균과 표준편차에 관계없이 1이다.",
    "평균만 달라지고 표준편차가 같으면 곡선의 모양은 같고 위치만 평행이동한다.",
    "t분포 곡선은 0을 중심으로 좌우 대칭이다.",
    "t분포는 자유도가 커질수록 표준정규분포에 가까워진다.",
    "t분포는 표준정규분포보다 양쪽 꼬리 부분이 더 두껍다.",
]
_NORM_BAD = [
    "표준편차가 커지면 정규분포 곡선의 가운데 부분이 더 높고 뾰족해진다.",
    "정규분포 곡선과 가로축 사이의 넓이는 표준편차가 클수록 커진다.",
    "t분포는 자유도가 커질수록 표준정규분포와 차이가 커진다.",
    "t분포 곡선의 가운데 부분은 표준정규분포 곡선보다 높다.",
    "t분포의 모양은 자유도와 관계없이 항상 같다.",
    "정규분포를 따르는 확률변수는 평균보다 큰 값을 가질 확률이 평균보다 작은 값을 가질 확률보다 크다.",
]


@family(_S31, "normal-t-properties-bogi")
def _nt_bogi(rng: random.Random) -> Problem:
    block, ch, _ = _bogi(rng, _NORM_GOOD, _NORM_BAD)
    stem = rng.choice(["공학 도구로 정규분포 곡선과 t분포 곡선을 그려 관찰하였다. 이에 대한 설명으로",
                       "정규분포와 t분포의 성질에 대한 설명으로", "정규분포 곡선과 t분포 곡선의 특징에 대한 설명으로"])
    return Problem(text=f"{stem} {_bogi_q(rng)}\n{block}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2,
                   achievement_level="D", concepts=["정규분포", "t분포"], choice=ch)


@family(_S31, "compare-normal-curves")
def _cmp_curves(rng: random.Random) -> Problem:
    st_ = pick_style(rng)
    label = rng.choice(["세 학교 학생들의 키", "세 공장에서 만든 제품의 무게", "세 지역의 하루 최고 기온", "세 반의 시험 점수"])
    while True:
        ms = [rng.randint(40, 60) for _ in range(3)]
        ss = [rng.randint(2, 9) for _ in range(3)]
        if len(set(ss)) == 3 and len(set(ms)) >= 2:
            break
    names_ = ["A", "B", "C"]
    desc = ", ".join(f"{n_}: {_nd(m, s, st_)}" for n_, m, s in zip(names_, ms, ss, strict=True))
    tall = names_[ss.index(min(ss))]
    wide = names_[ss.index(max(ss))]
    right = [names_[i] for i in range(3) if ms[i] == max(ms)]
    q = rng.choice([
        ("(1) 곡선의 가장 높은 점이 가장 높은 것\n(2) 곡선이 가장 넓게 퍼진 것\n(3) 곡선의 대칭축이 가장 오른쪽에 있는 것",
         f"(1) {tall} (2) {wide} (3) {', '.join(right)}"),
        ("(1) 자료가 평균 가까이에 가장 많이 모여 있는 것\n(2) 자료의 흩어진 정도가 가장 큰 것", f"(1) {tall} (2) {wide}"),
    ])
    text = (f"{label}가 각각 다음 정규분포를 따른다고 한다.\n{desc}\n공학 도구로 세 분포의 곡선을 한 좌표평면에 그렸을 때, 다음에 해당하는 것을 각각 {_end(rng, '쓰')}\n{q[0]}")
    text = text.replace(f"{label}가", josa(label, "이/가"))
    return Problem(text=text, answer=q[1], format="word", difficulty=2, achievement_level="D", concepts=["정규분포"],
                   also=["12확통03-04"], check=lambda: ss[names_.index(tall)] < ss[names_.index(wide)])


@family(_S31, "t-critical-values-table")
def _t_table(rng: random.Random) -> Problem:
    conf = rng.choice([(0.95, "0.025", 1.96), (0.99, "0.005", 2.576), (0.90, "0.05", 1.645)])
    dfs = sorted(rng.sample([2, 3, 4, 5, 8, 10, 15, 20, 30, 60], 4))
    vals = [_TCRIT[conf[1]][d] for d in dfs]
    tb = _tbl(["자유도"] + [str(d) for d in dfs] + ["표준정규분포"], [[f"P(T ≥ t) = {conf[1]}인 t"] + [f"{v:.3f}" for v in vals] + [f"{conf[2]}"]], rng)
    i = rng.randrange(4)
    ask = rng.choice([
        (f"(1) 자유도가 커질수록 t의 값은 어떻게 변하는지 쓰시오.\n(2) 자유도가 {dfs[i]}일 때의 t의 값과 표준정규분포의 값의 차를 구하시오.",
         f"(1) 작아지며 표준정규분포의 값 {conf[2]}에 가까워진다. (2) {_r1(Fr(str(vals[i])) - Fr(str(conf[2])), 3)}"),
        (f"자유도가 {dfs[i]}인 t분포에서 P(-t ≤ T ≤ t) = {josa(str(conf[0]), '을/를')} 만족시키는 양수 t의 값을 표에서 찾아 쓰고, 같은 확률에 대한 표준정규분포의 값보다 큰 까닭을 설명하시오.",
         f"{vals[i]:.3f}; t분포는 표준정규분포보다 꼬리가 두꺼워 같은 확률을 얻으려면 더 멀리까지 가야 하기 때문이다."),
    ])
    text = f"다음은 공학 도구를 이용하여 여러 자유도의 t분포에 대해 구한 값을 정리한 것이다. (T는 t분포를 따르는 확률변수)\n{tb}\n{ask[0]}"
    return Problem(text=text, answer=ask[1], format="data", difficulty=3, achievement_level="C", concepts=["t분포", "정규분포"],
                   check=lambda: all(a >= b for a, b in itertools.pairwise(vals)) and vals[-1] > conf[2]
                   and abs(1 - _tcdf(vals[i], dfs[i]) - float(conf[1])) < 2e-4)


@family(_S31, "t-symmetry-from-tool")
def _t_sym(rng: random.Random) -> Problem:
    df = rng.choice([4, 5, 7, 9, 12, 15, 19, 24])
    c = rng.choice([0.8, 1.0, 1.2, 1.5, 1.8, 2.0, 2.2, 2.5])
    q = round(_tcdf(c, df), 4)
    mode = rng.choice(["two", "left", "right"])
    qd = Decimal(str(q))
    if mode == "two":
        ask, ans = f"P(-{c} ≤ T ≤ {c})", 2 * qd - 1
    elif mode == "left":
        ask, ans = f"P(T ≤ -{c})", 1 - qd
    else:
        ask, ans = f"P(T ≥ {c})", 1 - qd
    text = rng.choice([
        f"자유도가 {df}인 t분포를 따르는 확률변수 T에 대하여 공학 도구로 P(T ≤ {c})의 값을 구하였더니 {q:.4f}였다. t분포의 성질을 이용하여 {ask}의 값을 {_end(rng)}",
        f"공학 도구에서 자유도 {df}인 t분포의 누적확률을 계산하면 P(T ≤ {c}) = {q:.4f}이다. 이를 이용하여 {ask}의 값을 {_end(rng)}",
    ])
    return Problem(text=text, answer=str(ans), format="computation", difficulty=2, achievement_level="D", concepts=["t분포"],
                   check=lambda: abs(float(ans) - {"two": _tcdf(c, df) - _tcdf(-c, df), "left": _tcdf(-c, df),
                                                   "right": 1 - _tcdf(c, df)}[mode]) < 2.5e-4)


@family(_S31, "empirical-rule-count")
def _empirical(rng: random.Random) -> Problem:
    label, unit, (lo, hi), sds, ctr = rng.choice(_NCTX)
    m, s = rng.randint(lo, hi), rng.choice(sds)
    k = rng.choice([1, 2])
    big = rng.choice([500, 1000, 2000, 5000])
    p = Decimal(_ZT[Fr(k)]) * 2
    cnt = p * big
    st_ = pick_style(rng)
    tab = _ztable(rng, [Fr(1), Fr(2), Fr(3)], st_)
    text = (f"{label}는 평균 {_u(m, unit)}, 표준편차 {_u(s, unit)}인 정규분포를 따른다. 전체 {num(big)}{ctr} 중에서 값이 {_u(m - k * s, unit)} 이상 "
            f"{_u(m + k * s, unit)} 이하인 것은 약 몇 {ctr}인지 다음 표를 이용하여 {_end(rng)}\n{tab}").replace(f"{label}는", josa(label, "은/는"))
    return Problem(text=text, answer=f"약 {_r1(cnt, 0)}{ctr}", format="word", difficulty=3, achievement_level="C",
                   concepts=["정규분포", "표준정규분포"], also=["12확통03-04"],
                   check=lambda: abs(float(cnt) - big * 2 * _phi0(k)) < big * 3e-4)


@family(_S31, "normal-cutoff-top-percent")
def _cutoff(rng: random.Random) -> Problem:
    label, unit, (lo, hi), sds, _ctr = rng.choice(_NCTX)
    m, s = rng.randint(lo, hi), rng.choice(sds)
    z = rng.choice([Fr(1, 2), Fr(1), Fr(3, 2), Fr(2)])
    top = Decimal("0.5") - Decimal(_ZT[z])
    cut = m + z * s
    st_ = pick_style(rng)
    tab = _ztable(rng, [Fr(1, 2), Fr(1), Fr(3, 2), Fr(2)], st_)
    pct = _r1(Fr(str(top)) * 100, 2)
    text = rng.choice([
        f"{label}는 평균이 {_u(m, unit)}, 표준편차가 {_u(s, unit)}인 정규분포를 따른다. 상위 {pct}%에 속하려면 최소 몇 {unit} 이상이어야 하는지 다음 표를 이용하여 {_end(rng)}\n{tab}",
        f"{label}가 정규분포 {_nd(m, s, st_)}{_nd_j(m, s)} 따를 때, 값이 큰 쪽에서부터 {pct}% 안에 드는 기준값을 {_end(rng)}\n{tab}",
    ]).replace(f"{label}는", josa(label, "은/는")).replace(f"{label}가", josa(label, "이/가"))
    return Problem(text=text, answer=_u(cut, unit), format="word", difficulty=3, achievement_level="C",
                   concepts=["정규분포", "표준정규분포"], also=["12확통03-04"],
                   check=lambda: abs(0.5 - _phi0(float((cut - m) / s)) - float(top)) < 1e-4)


@family(_S31, "standardized-score-compare")
def _zcompare(rng: random.Random) -> Problem:
    who = name(rng)
    subj = rng.sample(["국어", "수학", "영어", "과학", "사회"], 2)
    while True:
        m1, m2 = rng.randint(55, 75), rng.randint(55, 75)
        s1, s2 = rng.choice([4, 5, 8, 10, 12]), rng.choice([4, 5, 8, 10, 12])
        z1, z2 = Fr(rng.randint(-2, 5), 2), Fr(rng.randint(-2, 5), 2)
        x1, x2 = m1 + z1 * s1, m2 + z2 * s2
        if z1 != z2 and x1.denominator == 1 and x2.denominator == 1 and x1 <= 100 and x2 <= 100 and (x1 > x2) != (z1 > z2):
            break
    better = subj[0] if z1 > z2 else subj[1]
    tb = _tbl(["과목", "평균(점)", "표준편차(점)", f"{who}의 점수(점)"],
              [[subj[0], str(m1), str(s1), str(x1)], [subj[1], str(m2), str(s2), str(x2)]], rng)
    text = (f"다음은 어느 학년 학생들의 두 과목 시험 결과와 {who}의 점수이다. 두 과목의 점수는 모두 정규분포를 따른다고 한다.\n{tb}\n"
            + rng.choice([f"각 과목 점수를 표준화한 값 z = (점수 − 평균)/(표준편차)를 구하고, {josa(who, '이/가')} 학년 전체에서 상대적으로 더 잘 본 과목을 {_end(rng, '쓰')}",
                          f"{who}의 점수는 {josa(subj[0] if x1 > x2 else subj[1], '이/가')} 더 높다. 그러나 상대적인 위치는 다를 수 있다. 두 과목의 표준화 점수를 구하여 상대적으로 더 잘 본 과목을 판단하시오."]))
    ans = f"{subj[0]} z = {_r1(z1, 2)}, {subj[1]} z = {_r1(z2, 2)} → {better}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["정규분포", "표준정규분포", "표준편차"], also=["12확통03-04"],
                   check=lambda: ((x1 - m1) / s1 > (x2 - m2) / s2) == (better == subj[0]))


# =================================================================================================
# 12실통03-02 모평균의 추정
# =================================================================================================
_S32 = "12실통03-02"
_ZC = {"95": Fr(196, 100), "99": Fr(258, 100), "90": Fr(1645, 1000)}
_MCTX = [("어느 지역 고등학생의 하루 수면 시간", "시간", (6, 8), (1,)), ("어느 공장에서 생산하는 음료 한 병의 용량", "mL", (495, 505), (4, 5, 6)),
         ("어느 도시 가구의 한 달 통신비", "천 원", (120, 180), (20, 25, 30)), ("어느 농장 달걀 한 개의 무게", "g", (55, 65), (3, 4)),
         ("어느 회사 택배의 배송 시간", "시간", (20, 30), (4, 5, 6)), ("전국 고등학생의 주간 운동 시간", "분", (150, 250), (30, 40, 60))]


def _mu(st: str) -> str:
    return {"latex": "$m$", "unicode": "m", "plain": "m"}[st]


@family(_S32, "z-interval-known-sigma")
def _zint(rng: random.Random) -> Problem:
    label, unit, (lo, hi), sds = rng.choice(_MCTX)
    conf = rng.choice(["95", "99"])
    n = rng.choice([16, 25, 36, 49, 64, 100, 144, 400])
    s = rng.choice(sds)
    xb = Fr(rng.randint(lo * 10, hi * 10), 10)
    e = _ZC[conf] * s / Fr(int(n ** 0.5))
    a, b = xb - e, xb + e
    zt = f"P(|Z| ≤ {_r1(_ZC[conf], 2)}) = 0.{conf}"
    text = rng.choice([
        f"{label}는 표준편차가 {_u(s, unit)}인 정규분포를 따른다고 한다. 임의추출한 {n}개의 표본의 평균이 {_u(xb, unit)}일 때, 모평균 m에 대한 신뢰도 {conf}%의 신뢰구간을 {_end(rng)} (단, {zt}로 계산하고, 반올림하여 소수 둘째 자리까지 나타낸다.)",
        f"모표준편차가 {josa(_u(s, unit), '으로/로')} 알려진 {josa(label, '을/를')} 조사하기 위해 크기가 {n}인 표본을 임의추출하였더니 표본평균이 {josa(_u(xb, unit), '이었다/였다')}. 모평균의 신뢰도 {conf}% 신뢰구간을 {_end(rng)} ({zt}, 소수 둘째 자리까지)",
    ]).replace(f"{label}는", josa(label, "은/는"))
    ans = f"{_r1(a, 2)} ≤ m ≤ {_r1(b, 2)}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["모평균", "표본평균", "신뢰구간"], also=["12확통03-07"],
                   check=lambda: abs(float(b - a) - 2 * float(_ZC[conf]) * s / n ** 0.5) < 1e-9)


@family(_S32, "t-interval-summary")
def _tint(rng: random.Random) -> Problem:
    label, unit, (lo, hi), sds = rng.choice(_MCTX)
    n = rng.choice([4, 9, 11, 16, 21, 31])
    df = n - 1
    alpha = rng.choice(["0.025", "0.005"])
    conf = "95" if alpha == "0.025" else "99"
    tc = _TCRIT[alpha][df]
    s = rng.choice(sds) + rng.choice([0, Fr(1, 2)])
    xb = Fr(rng.randint(lo * 10, hi * 10), 10)
    e = tc * float(s) / n ** 0.5
    a, b = float(xb) - e, float(xb) + e
    root = "" if int(n ** 0.5) ** 2 == n else " 제곱근의 값은 계산기를 이용한다."
    text = (f"{josa(label, '을/를')} 알아보기 위해 크기가 {n}인 표본을 임의추출하였더니 표본평균이 {_u(xb, unit)}, 표본표준편차가 {josa(_u(s, unit), '이었다/였다')}. "
            f"모집단이 정규분포를 따른다고 가정하고, 공학 도구로 구한 자유도 {df}인 t분포의 값 P(T ≥ {tc}) = {alpha}를 이용하여 모평균에 대한 신뢰도 {conf}%의 신뢰구간을 "
            f"{_end(rng)} (반올림하여 소수 둘째 자리까지 나타낸다.{root})")
    ans = f"{_r1(a, 2)} ≤ m ≤ {_r1(b, 2)}"
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["모평균", "표본평균", "신뢰구간", "t분포"],
                   check=lambda: abs(1 - _tcdf(tc, df) - float(alpha)) < 2e-4 and abs((a + b) / 2 - float(xb)) < 1e-9)


@family(_S32, "t-interval-raw-data")
def _tint_raw(rng: random.Random) -> Problem:
    ctx = rng.choice([("새로 개발한 배터리의 사용 시간", "시간", 20), ("어느 품종 토마토 한 개의 무게", "g", 150),
                      ("신입 사원의 업무 교육 시험 점수", "점", 70), ("한 정류장의 버스 대기 시간", "분", 12)])
    label, unit, c = ctx
    n = rng.choice([5, 9, 16])
    while True:
        xs = [c + rng.randint(-6, 6) for _ in range(n)]
        xb = Fr(sum(xs), n)
        if xb.denominator in (1, 2, 4, 5) and len(set(xs)) > 1:
            break
    var = sum((x - xb) ** 2 for x in xs) / (n - 1)
    s = float(var) ** 0.5
    df = n - 1
    tc = _TCRIT["0.025"].get(df, 2.306)
    e = tc * s / n ** 0.5
    text = (f"{josa(label, '을/를')} 조사하기 위해 {n}개를 임의추출하여 다음 자료를 얻었다. (단위: {unit})\n{', '.join(map(str, xs))}\n"
            f"모집단이 정규분포를 따른다고 할 때, 표본평균과 표본표준편차를 구하고 모평균의 신뢰도 95% 신뢰구간을 구하시오. "
            f"(단, 자유도 {df}인 t분포에서 P(T ≥ {tc}) = 0.025이고, 표본표준편차는 반올림하여 소수 셋째 자리까지, 신뢰구간은 소수 둘째 자리까지 나타낸다.)")
    ans = f"표본평균 {_r1(xb, 2)}, 표본표준편차 약 {_r1(s, 3)}, {_r1(float(xb) - e, 2)} ≤ m ≤ {_r1(float(xb) + e, 2)}"
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B",
                   concepts=["모평균", "표본평균", "표본표준편차", "신뢰구간", "t분포"],
                   check=lambda: abs(_st.stdev(xs) - s) < 1e-9 and _st.mean([Fr(x) for x in xs]) == xb
                   and abs(1 - _tcdf(tc, df) - 0.025) < 2e-4)


_CI_GOOD = [
    "같은 방법으로 표본을 여러 번 뽑아 신뢰도 95%의 신뢰구간을 각각 만들면, 그중 약 95%는 모평균을 포함한다.",
    "다른 조건이 같을 때 표본의 크기가 커지면 신뢰구간의 길이는 짧아진다.",
    "다른 조건이 같을 때 신뢰도를 95%에서 99%로 높이면 신뢰구간의 길이는 길어진다.",
    "신뢰구간은 표본에 따라 달라진다.",
    "신뢰구간의 중앙은 표본평균이다.",
]
_CI_BAD = [
    "신뢰도 95%의 신뢰구간은 모집단 자료의 95%가 그 구간 안에 있다는 뜻이다.",
    "표본의 크기가 커지면 신뢰구간의 길이도 길어진다.",
    "신뢰도를 높이면 신뢰구간의 길이는 짧아진다.",
    "한 번 구한 신뢰구간은 어떤 표본을 뽑아도 항상 같다.",
    "신뢰구간의 중앙은 모평균이다.",
]


@family(_S32, "interpret-confidence-interval")
def _ci_bogi(rng: random.Random) -> Problem:
    block, ch, _ = _bogi(rng, _CI_GOOD, _CI_BAD)
    label, _, (lo, hi), _s = rng.choice(_MCTX)
    a = rng.randint(lo * 10, hi * 10 - 5)
    b = a + rng.randint(2, 8)
    intro = rng.choice([f"{label}의 모평균에 대한 신뢰도 95%의 신뢰구간을 공학 도구로 구하였더니 {_r1(Fr(a, 10))} ≤ m ≤ {josa(_r1(Fr(b, 10)), '이었다/였다')}.",
                        "모평균의 신뢰구간에 대한 설명으로"])
    stem = f"{intro} 이에 대한 설명으로" if "≤ m ≤" in intro else intro
    return Problem(text=f"{stem} {_bogi_q(rng)}\n{block}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3,
                   achievement_level="C", concepts=["신뢰구간", "모평균", "표본평균"], choice=ch, also=["12확통03-07"])


@family(_S32, "sample-size-for-margin")
def _sample_size(rng: random.Random) -> Problem:
    label, unit, _r, sds = rng.choice(_MCTX)
    conf = rng.choice(["95", "99"])
    s = rng.choice(sds)
    z = _ZC[conf]
    E = rng.choice([Fr(s, 2), Fr(s, 4), Fr(s, 5), Fr(s, 10), Fr(s, 3)])
    need = (z * s / E) ** 2
    n = int(need) + (0 if need.denominator == 1 else 1)
    text = rng.choice([
        f"{josa(label, '은/는')} 표준편차가 {_u(s, unit)}인 정규분포를 따른다. 모평균을 신뢰도 {conf}%로 추정할 때, 신뢰구간의 길이의 절반(오차의 한계)이 {_u(E, unit)} 이하가 되도록 하려면 표본의 크기는 최소 얼마이어야 하는지 {_end(rng)} (단, P(|Z| ≤ {_r1(z, 2)}) = 0.{conf})",
        f"모표준편차가 {_u(s, unit)}인 {josa(label, '을/를')} 조사하려고 한다. 신뢰도 {conf}%로 모평균을 추정하여 오차를 {_u(E, unit)} 이내로 하려면 최소 몇 개의 표본이 필요한지 {_end(rng)} (단, P(|Z| ≤ {_r1(z, 2)}) = 0.{conf})",
    ])
    return Problem(text=text, answer=str(n), format="word", difficulty=4, achievement_level="B",
                   concepts=["모평균", "신뢰구간", "표본"], also=["12확통03-07"],
                   check=lambda: float(z) * s / n ** 0.5 <= float(E) + 1e-12 and float(z) * s / (n - 1) ** 0.5 > float(E))


@family(_S32, "interval-width-change")
def _width_change(rng: random.Random) -> Problem:
    label, _, _r, sds = rng.choice(_MCTX)
    n = rng.choice([25, 36, 49, 64, 100])
    k = rng.choice([4, 9, 16])
    s = rng.choice(sds)
    L = 2 * _ZC["95"] * s / int(n ** 0.5)
    mode = rng.choice(["n", "conf"])
    if mode == "n":
        L2 = L / int(k ** 0.5)
        text = (f"{label}의 모평균을 추정하기 위해 크기가 {n}인 표본으로 신뢰도 95%의 신뢰구간을 구하였더니 그 길이가 {_r1(L, 3)}였다. "
                f"같은 신뢰도로 표본의 크기를 {josa(str(n * k), '으로/로')} 늘리면 신뢰구간의 길이는 얼마가 되는지 {_end(rng)} (단, 모표준편차는 같다.)")
        ans = _r1(L2, 3)
    else:
        L2 = L * _ZC["99"] / _ZC["95"]
        text = (f"크기가 {n}인 표본을 이용하여 구한 모평균의 신뢰도 95%의 신뢰구간의 길이가 {_r1(L, 3)}이다. 같은 표본으로 신뢰도를 99%로 높이면 "
                f"신뢰구간의 길이는 얼마가 되는지 반올림하여 소수 셋째 자리까지 {_end(rng)} (단, P(|Z| ≤ 1.96) = 0.95, P(|Z| ≤ 2.58) = 0.99)")
        ans = _r1(L2, 3)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["신뢰구간", "모평균"], also=["12확통03-07"],
                   check=lambda: abs(float(L2) - float(L) * ((1 / k ** 0.5) if mode == "n" else 2.58 / 1.96)) < 1e-9)


@family(_S32, "tool-output-reverse")
def _tool_out(rng: random.Random) -> Problem:
    label, _, (lo, hi), sds = rng.choice(_MCTX)
    n = rng.choice([25, 36, 64, 100, 144])
    s = rng.choice(sds)
    xb = Fr(rng.randint(lo * 10, hi * 10), 10)
    e = _ZC["95"] * s / int(n ** 0.5)
    a, b = xb - e, xb + e
    out = (f"[공학 도구 출력]\n표본의 크기: {n}\n신뢰도: 95%\n신뢰구간: ({_r1(a, 3)}, {_r1(b, 3)})")
    text = (f"다음은 {josa(label, '을/를')} 조사한 표본으로 모평균을 추정한 공학 도구의 출력 결과이다. (모집단은 정규분포를 따른다.)\n{out}\n"
            "(1) 표본평균을 구하시오.\n(2) 모표준편차를 σ라 할 때, P(|Z| ≤ 1.96) = 0.95를 이용하여 σ의 값을 구하시오.")
    ans = f"(1) {_r1(xb, 3)} (2) {s}"
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B",
                   concepts=["표본평균", "신뢰구간", "모평균"], also=["12확통03-07"],
                   check=lambda: (a + b) / 2 == xb and (b - a) / 2 * int(n ** 0.5) / _ZC["95"] == s)


@family(_S32, "decision-from-interval")
def _ci_decision(rng: random.Random) -> Problem:
    ctx = rng.choice([("과자 한 봉지의 무게", "g", 100), ("생수 한 병의 용량", "mL", 500), ("건전지의 평균 사용 시간", "시간", 30),
                      ("참치 통조림의 무게", "g", 150)])
    label, unit, lab = ctx
    kind = rng.choice(["below", "contains", "above"])
    w = Fr(rng.randint(8, 30), 10)
    if kind == "below":
        b = lab - Fr(rng.randint(1, 10), 10)
        a = b - w
    elif kind == "above":
        a = lab + Fr(rng.randint(1, 10), 10)
        b = a + w
    else:
        a = lab - Fr(rng.randint(2, 8), 10)
        b = a + w + Fr(1)
    firm = rng.choice(["○○ 회사", "△△ 회사", "□□ 기업"])
    text = (f"{firm}은 제품에 {label}를 {_u(lab, unit)}으로 표시하고 있다. 소비자 단체가 제품을 임의추출하여 모평균에 대한 신뢰도 95%의 신뢰구간을 구하였더니 "
            f"{_r1(a)} ≤ m ≤ {josa(_r1(b), '이었다/였다')}. 이 결과를 바탕으로 표시된 값이 적절한지 판단하고 그 까닭을 {_end(rng, '쓰')}")
    text = text.replace(f"{firm}은", josa(firm, "은/는")).replace(f"{label}를", josa(label, "을/를")).replace(f"{_u(lab, unit)}으로", josa(_u(lab, unit), "으로/로"))
    ans = {"below": f"신뢰구간 전체가 {lab}보다 작으므로 실제 평균이 표시값보다 작다고 판단할 근거가 있다(표시가 부적절하다).",
           "above": f"신뢰구간 전체가 {lab}보다 크므로 평균이 표시값보다 작다고 볼 근거는 없다(표시는 소비자에게 불리하지 않다).",
           "contains": f"신뢰구간이 {lab}을 포함하므로 평균이 표시값과 다르다고 판단할 근거가 부족하다."}[kind]
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["신뢰구간", "모평균"],
                   check=lambda: (b < lab) == (kind == "below") and (a > lab) == (kind == "above"))


# =================================================================================================
# 12실통03-03 모비율의 추정
# =================================================================================================
_S33 = "12실통03-03"
_ALSO33 = ["12확통03-07"]


def _nice_pn() -> list[tuple[Fr, int, Fr]]:
    """(p̂, n, √(p̂(1−p̂)/n)) with a rational square root."""
    out = []
    for k in range(1, 20):
        p = Fr(k, 20)
        for n in (64, 100, 144, 196, 225, 256, 400, 576, 625, 900, 1024, 1600, 2500):
            v = p * (1 - p) / n
            a, b = v.numerator, v.denominator
            ra, rb = round(a ** 0.5), round(b ** 0.5)
            if ra * ra == a and rb * rb == b and (p * n).denominator == 1:
                out.append((p, n, Fr(ra, rb)))
    return out


_PN = _nice_pn()
_PCTX = [
    ("어느 지역 유권자", "새 도서관 건립에 찬성", "명"), ("어느 고등학교 학생", "아침 식사를 거른다고 응답", "명"),
    ("어느 도시 성인", "대중교통으로 출퇴근한다고 응답", "명"), ("어느 공장에서 생산한 제품", "불량품", "개"),
    ("전국 청소년", "하루 3시간 이상 스마트폰을 사용한다고 응답", "명"), ("어느 지역 가구", "반려동물을 기른다고 응답", "가구"),
]


_NOUN = {"명": "사람", "개": "제품", "가구": "가구"}


def _cnt(k: int, ctr: str, pair: str) -> str:
    return josa(f"{num(k)}{ctr}", pair)


def _pick_pn(rng: random.Random, lo: Fr = Fr(0), hi: Fr = Fr(1)) -> tuple[Fr, int, float]:
    """(p̂, n, √(p̂(1−p̂)/n)): half the time a pair with a rational root, otherwise any p̂ = x/n."""
    nice = [t for t in _PN if lo <= t[0] <= hi]
    if nice and rng.random() < 0.4:
        p, n, r = rng.choice(nice)
        return p, n, float(r)
    while True:
        n = rng.choice([100, 200, 300, 400, 500, 600, 800, 1000, 1200, 1500])
        x = rng.randint(1, n - 1)
        p = Fr(x, n)
        if lo <= p <= hi and p.denominator in (2, 4, 5, 10, 20, 25, 50, 100):
            return p, n, (float(p) * (1 - float(p)) / n) ** 0.5


@family(_S33, "proportion-interval")
def _prop_int(rng: random.Random) -> Problem:
    p, n, sd = _pick_pn(rng)
    conf = rng.choice(["95", "99"])
    z = _ZC[conf]
    a, b = float(p) - float(z) * sd, float(p) + float(z) * sd
    who, what, ctr = rng.choice(_PCTX)
    x = int(p * n)
    verb = "불량품이었다" if what == "불량품" else f"{what}하였다"
    ratio = "불량률" if what == "불량품" else f"{what}한 비율"
    text = rng.choice([
        f"{who} 중에서 {_cnt(n, ctr, '을/를')} 임의추출하여 조사하였더니 {_cnt(x, ctr, '이/가')} {verb}. 전체에서 {ratio} p에 대한 신뢰도 {conf}%의 신뢰구간을 {_end(rng)} "
        f"(단, Z가 표준정규분포를 따를 때 P(|Z| ≤ {_r1(z, 2)}) = 0.{conf}로 계산하고, 반올림하여 소수 넷째 자리까지 나타낸다.)",
        f"{who} 전체에서 임의추출한 크기가 {num(n)}인 표본에서 {josa(ratio, '이/가')} {josa(_r1(p, 4), '이었다/였다')}. 모비율 p의 신뢰도 {conf}% 신뢰구간을 {_end(rng)} "
        f"(P(|Z| ≤ {_r1(z, 2)}) = 0.{conf}, 소수 넷째 자리까지)",
    ])
    ans = f"{_r1(a, 4)} ≤ p ≤ {_r1(b, 4)}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["모비율", "표본비율", "신뢰구간"], also=_ALSO33,
                   check=lambda: abs((b - a) - 2 * float(z) * (x / n * (1 - x / n) / n) ** 0.5) < 1e-12)


@family(_S33, "survey-table-proportion")
def _survey_prop(rng: random.Random) -> Problem:
    p, n, sd = _pick_pn(rng, Fr(1, 4), Fr(4, 5))
    topic = rng.choice([("희망하는 수학여행 방식", ["국내 여행", "해외 여행", "체험 학습"]),
                        ("선호하는 급식 방식", ["현재 방식 유지", "선택 식단", "자율 배식"]),
                        ("동아리 시간 운영", ["매주 1회", "격주 2시간", "학기말 집중"])])
    k = int(p * n)
    rest = n - k
    r1 = rng.randint(1, rest - 1) if rest > 1 else 0
    cnts = [k, r1, rest - r1]
    order = [0, 1, 2]
    rng.shuffle(order)
    rows = [[topic[1][i], str(cnts[i])] for i in order]
    tb = _tbl(["응답", "학생 수(명)"], rows + [["합계", str(n)]], rng)
    z = _ZC["95"]
    a, b = float(p) - float(z) * sd, float(p) + float(z) * sd
    text = (f"전교생 중 {n}명을 임의추출하여 '{topic[0]}'을 조사한 결과가 다음과 같다.\n{tb}\n"
            f"전교생 중 '{topic[1][0]}'을 선택할 학생의 비율 p에 대한 신뢰도 95%의 신뢰구간을 {_end(rng)} (단, P(|Z| ≤ 1.96) = 0.95이고, 소수 넷째 자리까지 나타낸다.)")
    text = text.replace(f"'{topic[0]}'을", josa(f"'{topic[0]}'", "을/를")).replace(f"'{topic[1][0]}'을", josa(f"'{topic[1][0]}'", "을/를"))
    return Problem(text=text, answer=f"표본비율 {_r1(p, 2)}, {_r1(a, 4)} ≤ p ≤ {_r1(b, 4)}", format="data", difficulty=3,
                   achievement_level="C", concepts=["모비율", "표본비율", "신뢰구간"], also=_ALSO33,
                   check=lambda: sum(cnts) == n and Fr(cnts[0], n) == p)


@family(_S33, "proportion-sample-size")
def _prop_size(rng: random.Random) -> Problem:
    conf = rng.choice(["95", "99"])
    z = _ZC[conf]
    E = rng.choice([Fr(1, 100), Fr(2, 100), Fr(3, 100), Fr(4, 100), Fr(5, 100)])
    mode = rng.choice(["worst", "prior"])
    if mode == "worst":
        p = Fr(1, 2)
        cond = "모비율에 대한 사전 정보가 전혀 없어 p̂ = 0.5로 놓고"
    else:
        p = rng.choice([Fr(1, 5), Fr(3, 10), Fr(2, 5), Fr(1, 10)])
        cond = f"예비 조사에서 표본비율이 {josa(_r1(p, 2), '으로/로')} 나타나 이 값을 이용하여"
    need = z * z * p * (1 - p) / (E * E)
    n = int(need) + (0 if need.denominator == 1 else 1)
    topic = rng.choice(["어느 정책에 대한 찬성 비율", "청소년의 SNS 이용 비율", "제품의 불량률", "어느 프로그램의 시청률"])
    text = (f"{josa(topic, '을/를')} 신뢰도 {conf}%로 추정하려고 한다. {cond} 오차의 한계(신뢰구간 길이의 절반)가 {_r1(E * 100)}%p 이하가 되게 하려면 "
            f"표본의 크기는 최소 얼마이어야 하는지 {_end(rng)} (단, P(|Z| ≤ {_r1(z, 2)}) = 0.{conf})")
    return Problem(text=text, answer=num(n), format="word", difficulty=4, achievement_level="B",
                   concepts=["모비율", "표본비율", "신뢰구간"], also=_ALSO33,
                   check=lambda: float(z) * (float(p * (1 - p)) / n) ** 0.5 <= float(E) + 1e-12
                   and float(z) * (float(p * (1 - p)) / (n - 1)) ** 0.5 > float(E))


@family(_S33, "poll-margin-of-error")
def _poll(rng: random.Random) -> Problem:
    n = rng.choice([1000, 1004, 1010, 1200, 1500, 2000])
    moe = round(1.96 * (0.25 / n) ** 0.5 * 100, 1)
    a = Fr(rng.randint(300, 480), 10)
    gap = Fr(rng.randint(5, 80), 10)
    b = a + gap
    c1, c2 = rng.sample(["A 후보", "B 후보", "C 후보"], 2)
    close = gap <= 2 * Fr(str(moe))
    text = (f"어느 여론조사 기관이 유권자 {num(n)}명을 임의추출하여 조사한 결과 {c1}의 지지율은 {_r1(b)}%, {c2}의 지지율은 {_r1(a)}%였다. "
            f"이 조사의 표본오차는 95% 신뢰수준에서 ±{moe}%p이다.\n(1) {c1}의 지지율에 대한 신뢰도 95%의 신뢰구간을 백분율로 나타내시오.\n"
            f"(2) 두 후보의 지지율 차이가 표본오차의 2배인 {_r1(2 * Fr(str(moe)))}%p 이하이면 '오차 범위 내'라고 한다. 이 조사 결과는 오차 범위 내인지 판단하시오.")
    ans = f"(1) {_r1(b - Fr(str(moe)))}% ~ {_r1(b + Fr(str(moe)))}% (2) " + ("오차 범위 내이다." if close else "오차 범위를 벗어난다.")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["모비율", "표본비율", "신뢰구간"],
                   check=lambda: abs(moe - 196 * (0.25 / n) ** 0.5) < 0.05 and close == (b - a <= 2 * Fr(str(moe))))


@family(_S33, "tool-output-proportion")
def _prop_out(rng: random.Random) -> Problem:
    p, n, sd = rng.choice(_PN)
    z = _ZC["95"]
    a, b = p - z * sd, p + z * sd
    who, what, ctr = rng.choice(_PCTX)
    text = (f"{who} {_cnt(n, ctr, '을/를')} 임의추출하여 {what}한 비율을 조사하고 공학 도구로 모비율의 신뢰도 95% 신뢰구간을 구하였더니 "
            f"({_r1(a, 4)}, {_r1(b, 4)})였다.\n(1) 표본비율을 구하시오.\n(2) 표본 중 {what}한 {_NOUN[ctr]}의 수를 구하시오.")
    text = text.replace("불량품한 비율", "불량품의 비율").replace("불량품한", "불량품인")
    return Problem(text=text, answer=f"(1) {_r1(p, 4)} (2) {int(p * n)}{ctr}", format="data", difficulty=3, achievement_level="C",
                   concepts=["표본비율", "모비율", "신뢰구간"], also=_ALSO33,
                   check=lambda: (a + b) / 2 == p and (p * n).denominator == 1)


@family(_S33, "estimate-count-in-population")
def _prop_count(rng: random.Random) -> Problem:
    p, n, sd = _pick_pn(rng)
    z = _ZC["95"]
    a, b = float(p) - float(z) * sd, float(p) + float(z) * sd
    big = rng.choice([20000, 50000, 120000, 300000])
    who, what, ctr = rng.choice(_PCTX)
    text = (f"{who} {num(big)}{ctr} 중 {_cnt(n, ctr, '을/를')} 임의추출하였더니 {_cnt(int(p * n), ctr, '이/가')} {what}하였다. 모비율의 신뢰도 95% 신뢰구간을 이용하여 "
            f"전체 {num(big)}{ctr} 중 {what}한 {_NOUN[ctr]}의 수가 약 몇 {ctr}에서 몇 {ctr} 사이일지 {_end(rng)} (단, P(|Z| ≤ 1.96) = 0.95)")
    text = text.replace("불량품하였다", "불량품이었다").replace("불량품한", "불량품인")
    lo_c, hi_c = a * big, b * big
    ans = f"약 {num(int(_r1(lo_c, 0)))}{ctr} ~ {num(int(_r1(hi_c, 0)))}{ctr}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["모비율", "표본비율", "신뢰구간"], also=_ALSO33,
                   check=lambda: lo_c < p * big < hi_c)


_PCI_GOOD = [
    "표본비율은 표본을 뽑을 때마다 달라질 수 있다.",
    "표본의 크기가 클수록 모비율에 대한 신뢰구간의 길이는 짧아진다.",
    "신뢰도 95%의 신뢰구간의 중앙은 표본비율이다.",
    "신뢰도를 높이면 같은 표본에서 구한 신뢰구간의 길이는 길어진다.",
    "표본비율이 0.5에 가까울수록 같은 크기의 표본에서 신뢰구간의 길이가 길어진다.",
]
_PCI_BAD = [
    "표본비율은 항상 모비율과 같다.",
    "표본의 크기를 4배로 하면 신뢰구간의 길이도 4배가 된다.",
    "신뢰도 95%의 신뢰구간 안에 모비율이 들어 있을 확률은 항상 1이다.",
    "표본의 크기가 작을수록 추정이 더 정확해진다.",
    "신뢰구간의 중앙은 모비율이다.",
]


@family(_S33, "proportion-ci-bogi")
def _pci_bogi(rng: random.Random) -> Problem:
    block, ch, _ = _bogi(rng, _PCI_GOOD, _PCI_BAD)
    stem = rng.choice(["모비율의 추정에 대한 설명으로", "표본비율과 모비율의 신뢰구간에 대한 설명으로"])
    return Problem(text=f"{stem} {_bogi_q(rng)}\n{block}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2,
                   achievement_level="D", concepts=["모비율", "표본비율", "신뢰구간"], choice=ch, also=_ALSO33)


@family(_S33, "majority-decision")
def _majority(rng: random.Random) -> Problem:
    p, n, sd = _pick_pn(rng, Fr(9, 20), Fr(13, 20))
    z = _ZC["95"]
    a, b = float(p) - float(z) * sd, float(p) + float(z) * sd
    issue = rng.choice(["교복 자율화", "학교 축제 일정 변경", "급식 선택제 도입", "등교 시각 조정"])
    text = (f"학생회는 '{issue}'에 대한 찬성 의견이 과반수이면 학교에 건의하기로 하였다. 학생 {num(n)}명을 임의추출하여 조사하였더니 "
            f"{num(int(p * n))}명이 찬성하였다. 찬성 비율에 대한 신뢰도 95%의 신뢰구간을 구하고(P(|Z| ≤ 1.96) = 0.95), 이를 근거로 "
            "전체 학생의 과반수가 찬성한다고 판단할 수 있는지 설명하시오.")
    if a > 0.5:
        verdict = "신뢰구간 전체가 0.5보다 크므로 과반수가 찬성한다고 판단할 수 있다."
    elif b < 0.5:
        verdict = "신뢰구간 전체가 0.5보다 작으므로 과반수가 찬성한다고 보기 어렵다."
    else:
        verdict = "신뢰구간이 0.5를 포함하므로 과반수 찬성 여부를 확실히 판단할 수 없다. 표본을 늘려 다시 조사하는 것이 좋다."
    return Problem(text=text, answer=f"{_r1(a, 4)} ≤ p ≤ {_r1(b, 4)}. {verdict}", format="proof", difficulty=4,
                   achievement_level="A", concepts=["모비율", "표본비율", "신뢰구간"],
                   check=lambda: (a > 0.5) == ("판단할 수 있다" in verdict) and abs((a + b) / 2 - float(p)) < 1e-12)


# =================================================================================================
# 12실통03-04 가설검정
# =================================================================================================
_S34 = "12실통03-04"
_OPS = {"ne": ("≠", "\\ne", "!="), "gt": (">", ">", ">"), "lt": ("<", "<", "<")}


def _hyp(sym: str, val: str, op: str, st: str, which: int) -> str:
    o = _OPS[op]
    if st == "latex":
        return f"$H_{which} : {sym} {o[1]} {val}$"
    sub = "₀₁"[which] if st == "unicode" else str(which)
    return f"H{sub}: {sym} {o[0] if st == 'unicode' else o[2]} {val}"


_HSIT = [
    ("과자 한 봉지의 평균 무게가 표시된 {v} g과 다른지", "m", "ne", "{v}"),
    ("새 학습법을 적용한 학생들의 평균 점수가 기존 평균 {v}점보다 높아졌는지", "m", "gt", "{v}"),
    ("새 배터리의 평균 사용 시간이 광고한 {v}시간보다 짧은지", "m", "lt", "{v}"),
    ("어느 동전의 앞면이 나올 확률이 0.5와 다른지", "p", "ne", "0.5"),
    ("새 캠페인 후 분리배출 참여율이 기존의 {r}보다 높아졌는지", "p", "gt", "{r}"),
    ("어느 공장 제품의 불량률이 목표치 {q}보다 낮아졌는지", "p", "lt", "{q}"),
    ("정류장의 평균 배차 간격이 안내된 {v}분과 다른지", "m", "ne", "{v}"),
]


@family(_S34, "set-up-hypotheses")
def _set_hyp(rng: random.Random) -> Problem:
    st_ = pick_style(rng)
    sit, sym, op, valt = rng.choice(_HSIT)
    v = rng.choice([10, 12, 20, 30, 50, 100, 150])
    r = rng.choice(["0.4", "0.6", "0.7"])
    q = rng.choice(["0.05", "0.03", "0.1"])
    val = valt.format(v=v, r=r, q=q)
    s = sit.format(v=v, r=r, q=q)
    h0 = _hyp(sym, val, "ne", st_, 0).replace("≠", "=").replace("\\ne", "=").replace("!=", "=")
    h1 = _hyp(sym, val, op, st_, 1)
    what = "모평균" if sym == "m" else "모비율"
    text = rng.choice([
        f"{s} 알아보기 위해 가설검정을 하려고 한다. {what}을 {josa(sym, '이라/라')} 할 때, 귀무가설과 대립가설을 각각 {_end(rng, '쓰')}",
        f"다음 상황에서 귀무가설 H₀과 대립가설 H₁을 세우시오. ({what}을 {josa(sym, '이라/라')} 한다.)\n\"{s} 검정하려고 한다.\"",
    ]).replace(f"{what}을", josa(what, "을/를"))
    return Problem(text=text, answer=f"귀무가설 {h0}, 대립가설 {h1}", format="word", difficulty=2, achievement_level="D",
                   concepts=["가설검정", "귀무가설", "대립가설"], check=lambda: (op == "ne") == ("다른지" in s))


def _zcrit(alt: str, alpha: str) -> Fr:
    if alt == "ne":
        return {"0.05": Fr(196, 100), "0.01": Fr(258, 100)}[alpha]
    return {"0.05": Fr(1645, 1000), "0.01": Fr(233, 100)}[alpha]


def _reject(z: Fr, alt: str, c: Fr) -> bool:
    return abs(z) >= c if alt == "ne" else (z >= c if alt == "gt" else z <= -c)


@family(_S34, "z-test-mean")
def _ztest_mean(rng: random.Random) -> Problem:
    ctx = rng.choice([("과자 한 봉지의 무게", "g", 200, (4, 5, 6, 8)), ("음료 한 병의 용량", "mL", 500, (5, 6, 10)),
                      ("전구의 수명", "시간", 1000, (40, 50, 60)), ("학생들의 수학 점수", "점", 70, (8, 10, 12))])
    label, unit, mu0, sds = ctx
    s = rng.choice(sds)
    n = rng.choice([16, 25, 64, 100])
    alt = rng.choice(["ne", "gt", "lt"])
    alpha = rng.choice(["0.05", "0.01"])
    z = Fr(rng.choice([-30, -25, -22, -20, -18, -15, -12, -10, 10, 12, 15, 18, 20, 22, 25, 30]), 10)
    if alt == "gt":
        z = abs(z)
    elif alt == "lt":
        z = -abs(z)
    xb = mu0 + z * s / int(n ** 0.5)
    c = _zcrit(alt, alpha)
    rej = _reject(z, alt, c)
    claim = {"ne": f"평균이 {_u(mu0, unit)}과 다르다", "gt": f"평균이 {_u(mu0, unit)}보다 크다", "lt": f"평균이 {_u(mu0, unit)}보다 작다"}[alt]
    claim = claim.replace(f"{_u(mu0, unit)}과", josa(_u(mu0, unit), "과/와"))
    crit = {"ne": f"P(|Z| ≥ {_r1(c, 3)}) = {alpha}", "gt": f"P(Z ≥ {_r1(c, 3)}) = {alpha}", "lt": f"P(Z ≥ {_r1(c, 3)}) = {alpha}"}[alt]
    text = (f"{josa(label, '은/는')} 표준편차가 {_u(s, unit)}인 정규분포를 따른다고 한다. 크기가 {n}인 표본을 임의추출하였더니 표본평균이 {josa(_u(_r1(xb, 3), unit), '이었다/였다')}. "
            f"'{claim}'라고 할 수 있는지 유의수준 {alpha}로 검정하려고 한다.\n(1) 귀무가설과 대립가설을 쓰시오.\n(2) 검정통계량 Z의 값을 구하시오.\n"
            f"(3) 검정 결과를 쓰시오. (단, {crit})")
    op = {"ne": "≠", "gt": ">", "lt": "<"}[alt]
    concl = "귀무가설을 기각한다. " + f"'{claim}'고 할 수 있다." if rej else "귀무가설을 기각하지 않는다. " + f"'{claim}'고 할 수 없다."
    ans = f"(1) H₀: m = {mu0}, H₁: m {op} {mu0} (2) Z = {_r1(z, 2)} (3) {concl}"
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["가설검정", "귀무가설", "대립가설", "유의수준", "기각역"],
                   check=lambda: (xb - mu0) / (Fr(s) / int(n ** 0.5)) == z)


@family(_S34, "p-value-decision")
def _pval(rng: random.Random) -> Problem:
    alpha = rng.choice(["0.05", "0.01", "0.1"])
    pv = Fr(rng.choice([1, 3, 4, 7, 12, 18, 23, 38, 46, 62, 81, 95, 140, 230, 410]), 1000)
    rej = pv <= Fr(alpha)
    ctx = rng.choice(["새 약의 효과", "광고한 평균 용량", "두 교수법의 효과 차이", "동전의 공정성", "캠페인 후 참여율 변화"])
    stem = (f"'{ctx}'에 대한 가설검정을 공학 도구로 실시하였더니 p값이 {_r1(pv, 3)}으로 나타났다. 유의수준 {alpha}에서의 검정 결과로 옳은 것은?")
    stem = stem.replace(f"{_r1(pv, 3)}으로", josa(_r1(pv, 3), "으로/로"))
    good = "p값이 유의수준보다 작거나 같으므로 귀무가설을 기각한다." if rej else "p값이 유의수준보다 크므로 귀무가설을 기각하지 않는다."
    bad = ["p값이 유의수준보다 작거나 같으므로 귀무가설을 기각한다." if not rej else "p값이 유의수준보다 크므로 귀무가설을 기각하지 않는다.",
           "p값이 유의수준보다 크므로 대립가설을 채택한다.", "p값이 유의수준보다 작으므로 귀무가설이 참임이 증명되었다.",
           "p값과 관계없이 표본의 크기가 크면 귀무가설을 기각한다.", f"p값이 {_r1(pv, 3)}이므로 귀무가설이 참일 확률이 {_r1(pv, 3)}이다."]
    ch = choices(rng, good, bad)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["p값", "유의수준", "귀무가설", "가설검정"], choice=ch,
                   check=lambda: (float(pv) <= float(alpha)) == rej)


@family(_S34, "z-test-proportion")
def _ztest_prop(rng: random.Random) -> Problem:
    p0 = rng.choice([Fr(1, 2), Fr(1, 5), Fr(2, 5), Fr(3, 5), Fr(1, 10)])
    n = rng.choice([100, 400, 900, 1600, 2500])
    sd = (p0 * (1 - p0) / n)
    root = Fr(round(sd.numerator ** 0.5), round(sd.denominator ** 0.5))
    if root * root != sd:
        p0, n = Fr(1, 2), 400
        sd = p0 * (1 - p0) / n
        root = Fr(1, 40)
    alt = rng.choice(["ne", "gt", "lt"])
    alpha = "0.05"
    while True:
        x = rng.randint(int(n * p0) - int(4 * n * root), int(n * p0) + int(4 * n * root))
        z = (Fr(x, n) - p0) / root
        if 0 < x < n and z != 0 and (alt == "ne" or (z > 0) == (alt == "gt")):
            break
    c = _zcrit(alt, alpha)
    rej = _reject(z, alt, c)
    ctx = rng.choice([("어느 온라인 게임에서 희귀 아이템이 나오는 비율", "아이템 뽑기 결과", "번"), ("어느 지역의 재활용 참여율", "이 지역 가구 중", "가구"),
                      ("어느 제품의 재구매율", "구매 고객 중", "명"), ("어느 학교 학생의 안경 착용률", "이 학교 학생 중", "명")])
    op = {"ne": "≠", "gt": ">", "lt": "<"}[alt]
    crit = "P(|Z| ≥ 1.96) = 0.05" if alt == "ne" else "P(Z ≥ 1.645) = 0.05"
    text = (f"{josa(ctx[0], '은/는')} 지금까지 {_r1(p0, 2)}로 알려져 있다. 이 비율이 {'달라졌는지' if alt == 'ne' else ('높아졌는지' if alt == 'gt' else '낮아졌는지')} 알아보기 위해 "
            f"{ctx[1]} {_cnt(n, ctx[2], '을/를')} 임의추출하여 조사하였더니 {_cnt(x, ctx[2], '이/가')} 해당하였다. 유의수준 0.05로 검정하시오. (단, {crit}이고, 검정통계량은 Z = (p̂ − p₀)/√(p₀(1 − p₀)/n)이다.)")
    text = text.replace(f"{_r1(p0, 2)}로", josa(_r1(p0, 2), "으로/로"))
    ans = (f"H₀: p = {_r1(p0, 2)}, H₁: p {op} {_r1(p0, 2)}, Z = {_r1(z, 2)}, " + ("귀무가설을 기각한다." if rej else "귀무가설을 기각하지 않는다."))
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["가설검정", "귀무가설", "대립가설", "유의수준", "모비율", "표본비율"],
                   check=lambda: abs(float(z) - (x / n - float(p0)) / (float(p0) * (1 - float(p0)) / n) ** 0.5) < 1e-9)


@family(_S34, "t-test-tool-output")
def _ttest_out(rng: random.Random) -> Problem:
    ctx = rng.choice([("새 비료를 준 토마토의 평균 무게", "기존 평균 150 g", "m > 150"),
                      ("온라인 강의 수강생의 평균 점수", "전체 평균 70점", "m ≠ 70"),
                      ("새 포장 방식의 평균 배송 시간", "기존 평균 24시간", "m < 24"),
                      ("신제품 배터리의 평균 사용 시간", "광고한 20시간", "m ≠ 20")])
    label, base, h1 = ctx
    n = rng.choice([10, 12, 15, 20, 25])
    tval = Fr(rng.choice([-35, -28, -21, -17, -12, -6, 6, 12, 17, 21, 28, 35]), 10)
    if ">" in h1:
        tval = abs(tval)
    elif "<" in h1:
        tval = -abs(tval)
    one = "≠" not in h1
    tail = 1 - _tcdf(float(tval), n - 1) if ">" in h1 else (_tcdf(float(tval), n - 1) if "<" in h1 else 2 * (1 - _tcdf(abs(float(tval)), n - 1)))
    pv = round(tail, 4)
    alpha = rng.choice(["0.05", "0.01"])
    rej = pv <= float(alpha)
    h0 = h1.replace(">", "=").replace("<", "=").replace("≠", "=")
    out = f"[공학 도구 출력] 표본 크기 {n}, 자유도 {n - 1}, 검정통계량 t = {_r1(tval, 2)}, p값 = {pv:.4f}"
    text = (f"{josa(label, '이/가')} {base}과 차이가 있는지 알아보기 위해 가설 H₀: {h0}, H₁: {josa(h1, '을/를')} 세우고 t검정을 하였다.\n{out}\n"
            f"유의수준 {alpha}에서 검정 결과를 쓰고, 그 의미를 상황에 맞게 해석하시오.").replace(f"{base}과", josa(base, "과/와"))
    ans = (f"p값 {pv:.4f} " + ("≤" if rej else ">") + f" {alpha}이므로 " + ("귀무가설을 기각한다. 대립가설 " + josa(h1, "을/를") + " 지지하는 근거가 있다."
                                                                     if rej else "귀무가설을 기각하지 않는다. 차이가 있다고 할 근거가 부족하다."))
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["가설검정", "p값", "유의수준", "t분포"] + ([] if one else ["대립가설"]),
                   check=lambda: (pv <= float(alpha)) == rej)


@family(_S34, "rejection-region-mcq")
def _rej_region(rng: random.Random) -> Problem:
    alt = rng.choice(["ne", "gt", "lt"])
    alpha = rng.choice(["0.05", "0.01"])
    c = _zcrit(alt, alpha)
    cs = _r1(c, 3)
    good = {"ne": f"|Z| ≥ {cs}", "gt": f"Z ≥ {cs}", "lt": f"Z ≤ -{cs}"}[alt]
    others = [f"|Z| ≥ {_r1(_zcrit('ne', alpha), 3)}", f"Z ≥ {_r1(_zcrit('gt', alpha), 3)}", f"Z ≤ -{_r1(_zcrit('gt', alpha), 3)}",
              f"|Z| ≤ {_r1(_zcrit('ne', alpha), 3)}", f"Z ≤ {_r1(_zcrit('gt', alpha), 3)}", f"|Z| ≥ {_r1(_zcrit('gt', alpha), 3)}"]
    ch = choices(rng, good, [o for o in others if o != good])
    h = {"ne": "m ≠ m₀", "gt": "m > m₀", "lt": "m < m₀"}[alt]
    tbl = "P(Z ≥ 1.645) = 0.05, P(Z ≥ 1.96) = 0.025, P(Z ≥ 2.33) = 0.01, P(Z ≥ 2.58) = 0.005"
    text = (f"모표준편차를 아는 정규모집단의 모평균 m에 대하여 유의수준 {alpha}로 검정하려고 한다. (귀무가설 H₀: m = m₀, 대립가설 H₁: {h}) "
            f"검정통계량을 Z라 할 때, 기각역으로 옳은 것은? (단, {tbl})\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["기각역", "유의수준", "대립가설", "가설검정"], choice=ch)


_HT_GOOD = [
    "귀무가설을 기각하지 못했다고 해서 귀무가설이 참임이 증명된 것은 아니다.",
    "유의수준은 귀무가설이 참인데도 이를 기각할 확률의 최대 허용 한계이다.",
    "p값이 유의수준보다 작거나 같으면 귀무가설을 기각한다.",
    "검정통계량의 값이 기각역에 속하면 귀무가설을 기각한다.",
    "같은 자료라도 유의수준을 다르게 정하면 검정 결과가 달라질 수 있다.",
    "대립가설은 자료를 통해 주장하고자 하는 내용을 담은 가설이다.",
]
_HT_BAD = [
    "p값은 귀무가설이 참일 확률이다.",
    "귀무가설을 기각하지 못하면 귀무가설이 참임이 증명된다.",
    "유의수준을 작게 할수록 귀무가설을 기각하기 쉬워진다.",
    "검정 결과를 본 뒤에 원하는 결론이 나오도록 유의수준을 정하는 것이 좋다.",
    "p값이 클수록 귀무가설에 반하는 증거가 강하다.",
    "대립가설은 항상 등호(=)를 포함하여 세운다.",
]


@family(_S34, "hypothesis-testing-bogi")
def _ht_bogi(rng: random.Random) -> Problem:
    block, ch, _ = _bogi(rng, _HT_GOOD, _HT_BAD)
    stem = rng.choice(["가설검정에 대한 설명으로", "귀무가설, 대립가설, 유의수준, p값에 대한 설명으로"])
    return Problem(text=f"{stem} {_bogi_q(rng)}\n{block}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3,
                   achievement_level="C", concepts=["가설검정", "귀무가설", "대립가설", "유의수준", "p값"], choice=ch)


@family(_S34, "t-test-raw-data")
def _ttest_raw(rng: random.Random) -> Problem:
    ctx = rng.choice([("과자 한 봉지의 무게", "g", 100, "봉지"), ("건전지 한 개의 사용 시간", "시간", 24, "개"),
                      ("생수 한 병의 용량", "mL", 500, "병"), ("참치 통조림 한 캔의 무게", "g", 150, "캔")])
    label, unit, mu0, ctr = ctx
    n = rng.choice([4, 9, 16])
    while True:
        xs = [mu0 + rng.randint(-4, 3) for _ in range(n)]
        xb = Fr(sum(xs), n)
        if len(set(xs)) > 1 and xb != mu0 and xb.denominator in (1, 2, 4):
            break
    s = _st.stdev(xs)
    t = (float(xb) - mu0) / (s / n ** 0.5)
    tc = _TCRIT["0.025"][n - 1]
    rej = abs(t) >= tc
    text = (f"{josa(label, '이/가')} 평균 {josa(_u(mu0, unit), '이라/라')}는 표시가 맞는지 알아보기 위해 {_cnt(n, ctr, '을/를')} 임의추출하여 다음 자료를 얻었다. (단위: {unit})\n"
            f"{', '.join(map(str, xs))}\n모집단이 정규분포를 따른다고 할 때, 유의수준 0.05로 양측 t검정을 하시오. "
            f"(단, 검정통계량 t = (x̄ − {mu0})/(s/√{n}), 자유도 {n - 1}인 t분포에서 P(T ≥ {tc}) = 0.025이고, t는 반올림하여 소수 둘째 자리까지 구한다.)")
    ans = (f"x̄ = {_r1(xb, 2)}, s ≈ {_r1(s, 3)}, t ≈ {_r1(t, 2)}; " + (f"|t| ≥ {tc}이므로 귀무가설 {josa(f'm = {mu0}', '을/를')} 기각한다." if rej
                                                                     else f"|t| < {tc}이므로 귀무가설 {josa(f'm = {mu0}', '을/를')} 기각하지 않는다."))
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="A",
                   concepts=["가설검정", "귀무가설", "t분포", "유의수준", "기각역"],
                   check=lambda: abs(1 - _tcdf(tc, n - 1) - 0.025) < 2e-4 and (abs(t) >= tc) == rej)


# =================================================================================================
# 12실통04-01 통계적 탐구와 합리적 의사 결정
# =================================================================================================
_S41 = "12실통04-01"


@family(_S41, "compare-two-options-decision")
def _two_options(rng: random.Random) -> Problem:
    ctx = rng.choice([("두 택배 회사의 배송 시간", "시간", ("가 택배", "나 택배"), 30, "배송이 빠르고 일정한"),
                      ("두 버스 노선의 통학 시간", "분", ("101번", "202번"), 35, "통학 시간이 짧고 예측 가능한"),
                      ("두 공장 제품의 무게 오차", "g", ("A 공장", "B 공장"), 10, "오차가 작고 고른"),
                      ("두 학원 수강생의 성적 향상 점수", "점", ("□□ 학원", "△△ 학원"), 12, "향상 점수가 크고 고른")])
    label, unit, (g1, g2), c, good = ctx
    n = 5
    while True:
        m1, m2 = c + rng.randint(-3, 3), c + rng.randint(-3, 3)
        d1 = [rng.randint(-2, 2) for _ in range(n - 1)]
        d1.append(-sum(d1))
        d2 = [rng.randint(-7, 7) for _ in range(n - 1)]
        d2.append(-sum(d2))
        if rng.random() < 0.5:
            d1, d2 = d2, d1
        xa, xb_ = [m1 + d for d in d1], [m2 + d for d in d2]
        va, vb = _st.pvariance(xa), _st.pvariance(xb_)
        if min(xa + xb_) > 0 and va != vb and abs(d1[-1]) <= 8 and abs(d2[-1]) <= 8:
            break
    higher_better = "향상" in label
    tb = _tbl(["구분"] + [f"{i}회" for i in range(1, n + 1)], [[g1] + list(map(str, xa)), [g2] + list(map(str, xb_))], rng)
    text = (f"다음은 {josa(label, '을/를')} 5번씩 조사한 결과이다. (단위: {unit})\n{tb}\n"
            f"두 집단의 평균과 분산을 각각 구하고, {good} 쪽을 고르려 할 때 어느 것을 선택하는 것이 합리적인지 근거와 함께 쓰시오.")
    mean_better = g1 if (m1 > m2) == higher_better else g2
    steady = g1 if va < vb else g2
    if m1 == m2:
        verdict = f"평균이 같으므로 분산이 작은 {steady}을 선택한다."
    elif mean_better == steady:
        verdict = f"평균과 흩어진 정도 모두 {josa(steady, '이/가')} 유리하므로 {josa(steady, '을/를')} 선택한다."
    else:
        verdict = f"평균은 {josa(mean_better, '이/가')}, 고른 정도는 {josa(steady, '이/가')} 유리하므로 어떤 기준을 중시하는지에 따라 선택이 달라진다."
    verdict = verdict.replace(f"{steady}을 선택", josa(steady, "을/를") + " 선택")
    ans = f"{g1}: 평균 {m1}, 분산 {va} / {g2}: 평균 {m2}, 분산 {vb}. {verdict}"
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B",
                   concepts=["평균", "분산", "산포도"], also=["9수04-07"],
                   check=lambda: _st.mean(xa) == m1 and _st.mean(xb_) == m2)


@family(_S41, "trend-line-prediction")
def _trend(rng: random.Random) -> Problem:
    ctx = rng.choice([("하루 최고 기온 x(℃)", "음료 판매량 y(병)", (22, 34)), ("광고비 x(만 원)", "방문자 수 y(명)", (10, 40)),
                      ("공부 시간 x(시간)", "모의고사 점수 y(점)", (1, 8)), ("연도 순번 x", "전기차 충전소 수 y(곳)", (1, 8))])
    xl, yl, (lo, hi) = ctx
    a = Fr(rng.randint(12, 60), 10)
    b = rng.randint(5, 40)
    xs = sorted(rng.sample(range(lo, hi + 1), 5))
    ys = [int(a * x + b + rng.randint(-3, 3)) for x in xs]
    x0 = hi + rng.randint(1, 3)
    pred = a * x0 + b
    k = rng.randrange(5)
    resid = ys[k] - (a * xs[k] + b)
    tb = _tbl([xl.split(" ")[0] if False else xl] + list(map(str, xs)), [[yl] + list(map(str, ys))], rng)
    text = (f"다음은 두 변량을 조사한 자료이다. 공학 도구로 산점도를 그리고 추세선을 구하였더니 y = {_r1(a, 1)}x + {josa(str(b), '이었다/였다')}.\n{tb}\n"
            f"(1) x = {x0}일 때 y의 값을 추세선으로 예측하시오.\n(2) x = {xs[k]}인 자료에서 실제 값과 추세선의 예측값의 차(실제값 − 예측값)를 구하시오.\n"
            "(3) 이 예측을 의사 결정에 사용할 때 주의할 점을 한 가지 쓰시오.")
    ans = (f"(1) {_r1(pred, 1)} (2) {_r1(resid, 1)} (3) 예: 자료 범위 밖의 값을 예측하면 오차가 클 수 있고, 상관관계가 인과관계를 뜻하지는 않는다.")
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["산점도", "상관관계"], also=["9수04-09"],
                   check=lambda: pred == a * x0 + b and resid + a * xs[k] + b == ys[k])


_RPAIRS = [("키와 몸무게", "0.82"), ("하루 공부 시간과 게임 시간", "-0.64"), ("신발 크기와 수학 점수", "0.03"),
           ("기온과 난방비", "-0.88"), ("광고 횟수와 매출액", "0.71"), ("출석 번호와 100 m 기록", "-0.05"),
           ("운동 시간과 안정 시 심박수", "-0.47"), ("독서량과 어휘력 점수", "0.58")]


@family(_S41, "correlation-tool-output-mcq")
def _corr_mcq(rng: random.Random) -> Problem:
    pairs = rng.sample(_RPAIRS, 4)
    mode = rng.choice(["strongest", "weakest", "negative"])
    vals = [Fr(v) for _, v in pairs]
    if mode == "strongest":
        idx = max(range(4), key=lambda i: abs(vals[i]))
        q = "두 변량 사이의 상관관계가 가장 강한 것은?"
    elif mode == "weakest":
        idx = min(range(4), key=lambda i: abs(vals[i]))
        q = "두 변량 사이에 상관관계가 거의 없다고 볼 수 있는 것은?"
    else:
        negs = [i for i in range(4) if vals[i] < 0]
        if not negs:
            pairs[0] = ("기온과 난방비", "-0.88")
            vals[0] = Fr("-0.88")
            negs = [0]
        idx = min(negs, key=lambda i: vals[i])
        q = "한 변량이 커질 때 다른 변량은 작아지는 경향이 가장 뚜렷한 것은?"
    tb = "\n".join(f"· {p}: {v}" for p, v in pairs)
    correct = pairs[idx][0]
    ch = choices(rng, correct, [p for p, _ in pairs if p != correct] + ["알 수 없다"])
    text = f"어느 모둠이 학생 자료를 모아 공학 도구로 여러 변량 쌍의 상관계수를 구하였다.\n{tb}\n{q}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["상관관계", "산점도"], choice=ch, also=["9수04-09"],
                   check=lambda: abs(vals[idx]) == (max(abs(v) for v in vals) if mode == "strongest" else
                                                    min(abs(v) for v in vals) if mode == "weakest" else abs(min(vals))))


@family(_S41, "plan-choice-by-usage-data")
def _plan_choice(rng: random.Random) -> Problem:
    months = 6
    use = [rng.randint(5, 30) for _ in range(months)]
    base_a = rng.choice([20000, 25000, 33000])
    base_b, incl, per_b = rng.choice([(10000, 5, 1000), (12000, 8, 1500), (15000, 10, 1200)])
    cost_a = [base_a for _ in use]
    cost_b = [base_b + max(0, u - incl) * per_b for u in use]
    ma, mb = Fr(sum(cost_a), months), Fr(sum(cost_b), months)
    if ma == mb:
        use[0] += 1
        cost_b = [base_b + max(0, u - incl) * per_b for u in use]
        mb = Fr(sum(cost_b), months)
    better = "A 요금제" if ma < mb else "B 요금제"
    text = (f"{josa(name(rng), '은/는')} 지난 {months}개월 동안 매달 사용한 데이터양(GB)을 다음과 같이 기록하였다.\n{', '.join(map(str, use))}\n"
            f"A 요금제는 데이터양과 관계없이 월 {num(base_a)}원이고, B 요금제는 기본료 {num(base_b)}원에 {incl} GB를 넘는 사용량 1 GB마다 {num(per_b)}원이 추가된다. "
            f"앞으로도 사용 패턴이 비슷하다고 할 때, 두 요금제의 월평균 요금을 각각 구하여 더 합리적인 요금제를 고르시오.")
    ans = f"A 요금제 {_fmtn(ma, 0)}원, B 요금제 약 {_fmtn(mb, 0)}원 → {better}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["평균"],
                   check=lambda: (sum(base_b + max(0, u - incl) * per_b for u in use) / months < base_a) == (better == "B 요금제"))


_THEMES = [
    ("학교 주변 통학로의 교통 안전", "등하교 시간대 통학로의 차량 통행량과 보행자 수"),
    ("우리 지역 여름철 폭염", "최근 20년간 우리 지역의 폭염 일수"),
    ("청소년의 수면과 학업 스트레스", "학생들의 평일 수면 시간과 스트레스 점수"),
    ("급식 잔반 줄이기", "메뉴별·요일별 잔반 무게"),
    ("교내 에너지 절약", "층별·시간대별 전력 사용량"),
    ("동네 상권의 변화", "최근 5년간 업종별 점포 수"),
]


@family(_S41, "statistical-inquiry-plan-task")
def _inquiry_task(rng: random.Random) -> Problem:
    theme, data = rng.choice(_THEMES)
    text = rng.choice([
        f"[통계 프로젝트] '{theme}'을 주제로 통계적 탐구를 하려고 한다. 다음 순서에 따라 탐구 계획서를 작성하시오.\n"
        f"1. 변이성이 있는 자료로 답할 수 있는 탐구 질문 만들기\n2. 모집단과 표본, 표본추출 방법 정하기\n3. 수집할 자료({data} 등)와 수집 방법 정하기\n"
        "4. 사용할 그래프와 통계값(대푯값, 산포도, 신뢰구간 등) 정하기\n5. 예상되는 결론과 그에 따른 의사 결정 제안하기",
        f"모둠별로 '{theme}'에 관한 통계적 탐구를 수행하시오. 자료는 {data}를 중심으로 수집하고, 공학 도구로 분석하여 그래프와 통계값을 포함한 결과 보고서를 작성한다. "
        "보고서에는 탐구 질문, 자료 수집 방법, 분석 결과, 결론과 제안, 연구 윤리를 지킨 방법이 들어가야 한다.",
    ]).replace(f"'{theme}'을", josa(f"'{theme}'", "을/를"))
    return Problem(text=text, answer=None, format="task", difficulty=4, achievement_level="A", concepts=["표본", "모집단"])


@family(_S41, "linear-growth-forecast")
def _forecast_growth(rng: random.Random) -> Problem:
    ctx = rng.choice([("○○시의 전기차 충전소 수", "곳"), ("△△군의 1인 가구 수", "가구"), ("우리 학교 도서관의 전자책 대출 건수", "건"),
                      ("□□시 공공 자전거 회원 수", "명")])
    label, unit = ctx
    y0 = rng.randint(2018, 2020)
    start = rng.randint(100, 900)
    step = rng.randint(20, 120)
    vals = [start + step * i + rng.randint(-8, 8) for i in range(5)]
    incs = [b - a for a, b in itertools.pairwise(vals)]
    avg = Fr(sum(incs), 4)
    pred = vals[-1] + avg * 2
    tb = _tbl(["연도"] + [str(y0 + i) for i in range(5)], [[f"{label.split('의 ')[-1]}({unit})"] + [num(v) for v in vals]], rng)
    text = (f"다음은 {josa(label, '을/를')} 나타낸 가상의 통계이다.\n{tb}\n(1) 연간 증가량의 평균을 구하시오.\n"
            f"(2) 이 평균만큼 매년 늘어난다고 가정하여 {y0 + 6}년의 값을 예측하시오.\n(3) 이 예측을 바탕으로 관련 기관이 세울 수 있는 계획을 한 가지 제안하시오.")
    ans = f"(1) {_r1(avg, 2)}{unit} (2) 약 {_fmtn(pred, 1)}{unit} (3) 예: 예측된 수요에 맞추어 시설·예산을 미리 확충한다."
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["평균", "표"],
                   check=lambda: avg == Fr(vals[-1] - vals[0], 4))


@family(_S41, "ab-test-proportions")
def _ab(rng: random.Random) -> Problem:
    ctx = rng.choice([("홍보 포스터", "행사 신청"), ("급식 안내 문자", "설문 응답"), ("온라인 광고 문구", "클릭"), ("분리배출 안내문", "올바른 분리배출")])
    thing, act = ctx
    na, nb = rng.sample([200, 250, 400, 500], 2)
    while True:
        xa, xb = rng.randint(na // 20, na // 3), rng.randint(nb // 20, nb // 3)
        pa, pb = Fr(xa, na), Fr(xb, nb)
        if pa != pb and (xa > xb) != (pa > pb):
            break
    win = "A안" if pa > pb else "B안"
    text = (f"학생회가 {thing} 두 가지(A안, B안)의 효과를 비교하려고 한다. A안을 본 {na}명 중 {xa}명, B안을 본 {nb}명 중 {xb}명이 {act}을 하였다.\n"
            f"(1) 각 안의 {act} 비율을 백분율로 구하시오.\n(2) {act} 인원만 비교하면 안 되는 이유를 쓰고, 비율을 근거로 어느 안을 선택할지 쓰시오.").replace(f"{act}을 하였다", josa(act, "을/를") + " 하였다")
    ans = f"(1) A안 {_r1(pa * 100, 1)}%, B안 {_r1(pb * 100, 1)}% (2) 두 안을 본 인원이 다르므로 비율로 비교해야 한다. → {win}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["비율", "백분율", "표본비율"],
                   check=lambda: (xa * nb > xb * na) == (win == "A안"))


@family(_S41, "prepare-quantity-from-survey")
def _prepare(rng: random.Random) -> Problem:
    p, n, sd = _pick_pn(rng, Fr(1, 5), Fr(4, 5))
    big = rng.choice([600, 800, 900, 1000, 1200])
    what = rng.choice([("체험 학습 신청서", "장"), ("축제 기념 티셔츠", "장"), ("간식 꾸러미", "개"), ("독서 캠프 교재", "권")])
    hi = float(p) + 1.96 * sd
    need = int(hi * big) + (0 if (hi * big).is_integer() else 1)
    text = (f"전교생 {num(big)}명 중 {n}명을 임의추출하여 {what[0]}이 필요한지 물었더니 {int(p * n)}명이 필요하다고 답하였다. "
            f"부족하지 않도록 모비율에 대한 신뢰도 95% 신뢰구간의 위쪽 끝값을 이용하여 준비할 {what[0]}의 수를 정하려고 한다. 최소 몇 {what[1]}를 준비해야 하는지 구하시오. "
            "(단, P(|Z| ≤ 1.96) = 0.95)").replace(f"{what[0]}이 필요", josa(what[0], "이/가") + " 필요").replace(f"{what[1]}를", josa(what[1], "을/를"))
    return Problem(text=text, answer=f"{num(need)}{what[1]} (신뢰구간 위쪽 끝 약 {_r1(hi, 4)})", format="word", difficulty=4, achievement_level="A",
                   concepts=["모비율", "표본비율", "신뢰구간"], also=["12실통03-03"],
                   check=lambda: need >= hi * big > need - 1)


# =================================================================================================
# 12실통04-02 통계적 탐구 과정과 결과의 비판적 성찰
# =================================================================================================
_S42 = "12실통04-02"
_CAUSE = [
    ("아이스크림 판매량", "물놀이 사고 건수", "기온(여름철)"),
    ("학생의 신발 크기", "어휘력 점수", "나이(학년)"),
    ("도시의 소방관 수", "화재 피해액", "도시의 규모"),
    ("가정의 책 보유량", "자녀의 성적", "가정의 교육 환경"),
    ("커피 소비량", "야근 시간", "업무량"),
    ("교회(종교 시설) 수", "범죄 건수", "도시의 인구"),
]


@family(_S42, "correlation-not-causation")
def _cause(rng: random.Random) -> Problem:
    a, b, lurk = rng.choice(_CAUSE)
    r = Fr(rng.randint(65, 92), 100)
    n = rng.choice([20, 30, 50, 100])
    claim = rng.choice([f"{josa(a, '을/를')} 줄이면 {josa(b, '이/가')} 줄어들 것이다.", f"{josa(a, '이/가')} {josa(b, '을/를')} 늘리는 원인이다."])
    text = rng.choice([
        f"어느 보고서는 {n}개 지역의 자료를 분석하여 {josa(a, '과/와')} {b} 사이의 상관계수가 {josa(_r1(r, 2), '이라는/라는')} 결과를 얻고, \"{claim}\"라고 결론지었다. "
        "이 결론의 문제점을 비판하고, 더 타당한 해석을 제시하시오.",
        f"\"{josa(a, '과/와')} {b}의 상관계수는 {josa(_r1(r, 2), '으로/로')} 강한 양의 상관관계가 있다. 따라서 {claim}\"\n위 주장을 통계적으로 성찰하여 잘못된 점을 설명하시오.",
    ]).replace("이라는 결과", "이라는 결과").replace("라는 결과", "라는 결과")
    ans = f"상관관계가 인과관계를 뜻하지는 않는다. 두 변량은 모두 {josa(lurk, '과/와')} 관련된 제3의 요인 때문에 함께 변할 수 있으므로, 인과를 주장하려면 다른 요인을 통제한 실험 등이 필요하다."
    return Problem(text=text.replace("이라는라는", "이라는"), answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["상관관계"], also=["9수04-09"])


_FLAWS = {
    "표본이 모집단을 대표하지 못한다": [
        "우리 시 청소년의 독서량을 알아보려고 시립 도서관 열람실에 있던 학생 {n}명만 조사하였다.",
        "전 국민의 운동 습관을 알아보려고 마라톤 대회 참가자 {n}명에게 설문하였다.",
    ],
    "표본의 크기가 너무 작다": [
        "전교생 900명의 의견을 알아보려고 친한 친구 {k}명에게 물어보고 '전교생의 대부분이 찬성한다'고 결론지었다.",
        "신제품 만족도를 고객 {k}명에게만 물어 '만족도 100%'라고 광고하였다.",
    ],
    "그래프의 세로축을 잘라 차이를 과장하였다": [
        "두 회사의 점유율 41%와 43%를 세로축이 40%부터 시작하는 막대그래프로 그려 '압도적 차이'라고 표현하였다.",
    ],
    "상관관계를 인과관계로 해석하였다": [
        "아침밥을 먹는 학생의 성적이 더 높다는 조사 결과만으로 '아침밥이 성적을 올린다'고 결론지었다.",
    ],
    "질문이 응답을 유도한다": [
        "'환경을 위해 일회용품 규제에 찬성하십니까?'라는 문항으로 조사하여 찬성률 92%를 발표하였다.",
    ],
}


@family(_S42, "identify-report-flaw-mcq")
def _flaw(rng: random.Random) -> Problem:
    correct = rng.choice(sorted(_FLAWS))
    desc = rng.choice(_FLAWS[correct]).format(n=rng.choice([30, 50, 80, 120]), k=rng.choice([3, 4, 5]))
    opts = sorted(_FLAWS)
    ch = choices(rng, correct, [o for o in opts if o != correct])
    stem = rng.choice([f"다음 통계 탐구 보고서의 내용에서 가장 큰 문제점은?\n\"{desc}\"",
                       f"친구가 발표한 탐구 결과를 비판적으로 검토하려고 한다.\n\"{desc}\"\n이 탐구의 가장 큰 문제점으로 알맞은 것은?"])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["표본", "그래프"] if "그래프" in correct else ["표본"], choice=ch)


@family(_S42, "small-base-percent-critique")
def _small_base(rng: random.Random) -> Problem:
    what = rng.choice([("전동 킥보드 사고", "건"), ("독감 환자", "명"), ("학교 폭력 신고", "건"), ("미세먼지 경보 발령", "회")])
    a0 = rng.randint(2, 6)
    a1 = a0 * rng.choice([2, 3])
    b0 = rng.randint(150, 400)
    b1 = b0 + rng.randint(max(10, a1 - a0 + 5), 60)
    ra, rb = _pct(a1 - a0, a0), _pct(b1 - b0, b0)
    text = (f"어느 기사에서 '가 지역의 {josa(what[0], '이/가')} 작년 {a0}{what[1]}에서 올해 {a1}{what[1]}으로 {_r1(ra)}% 늘어, {b0}{what[1]}에서 {b1}{what[1]}으로 "
            f"{_r1(rb, 1)}% 늘어난 나 지역보다 훨씬 심각하다'고 보도하였다.\n(1) 두 지역의 증가량을 각각 구하시오.\n(2) 이 기사의 해석이 가진 문제점을 증가율과 증가량을 비교하여 설명하시오.")
    text = text.replace(f"{a1}{what[1]}으로", josa(f"{a1}{what[1]}", "으로/로")).replace(f"{b1}{what[1]}으로", josa(f"{b1}{what[1]}", "으로/로"))
    ans = (f"(1) 가 지역 {a1 - a0}{what[1]}, 나 지역 {b1 - b0}{what[1]} (2) 가 지역은 기준값이 매우 작아 조금만 늘어도 증가율이 크게 나타난다. "
           "실제 증가량은 나 지역이 더 크므로 증가율만으로 심각성을 판단하면 안 되고, 인구 규모 등도 함께 고려해야 한다.")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["백분율", "비율"],
                   check=lambda: ra > rb and b1 - b0 > a1 - a0)


_ETH_GOOD = [
    "설문 전에 조사 목적과 결과의 사용 방법을 응답자에게 알리고 동의를 받는다.",
    "응답자의 이름이나 연락처 등 개인 정보는 드러나지 않도록 처리한다.",
    "예상과 다른 결과가 나와도 자료를 고치지 않고 그대로 보고한다.",
    "다른 사람이 만든 통계 자료를 사용할 때는 출처를 밝힌다.",
    "조사의 한계와 결과를 일반화할 수 있는 범위를 함께 밝힌다.",
]
_ETH_BAD = [
    "원하는 결론이 나오도록 결과에 불리한 응답을 삭제하고 분석한다.",
    "응답률을 높이기 위해 응답하지 않은 사람의 답을 조사자가 대신 채운다.",
    "인터넷에서 찾은 그래프는 출처를 밝히지 않고 보고서에 사용해도 된다.",
    "응답자의 동의 없이 응답 내용을 이름과 함께 공개한다.",
    "결론에 맞는 자료만 골라 보고서에 싣는다.",
]


@family(_S42, "research-ethics-bogi")
def _ethics(rng: random.Random) -> Problem:
    block, ch, _ = _bogi(rng, _ETH_GOOD, _ETH_BAD)
    stem = rng.choice(["통계적 탐구에서 지켜야 할 연구 윤리에 대한 설명으로", "설문조사를 포함한 통계 탐구를 할 때의 태도로"])
    return Problem(text=f"{stem} {_bogi_q(rng, '바른' if '태도' in stem else '옳은')}\n{block}\n{ch.block}", answer=ch.label, format="mcq",
                   difficulty=1, achievement_level="E", concepts=["설문지법"], choice=ch)


_STAGE_FLAWS = [
    ("전교생의 급식 만족도를 알아보려고 했지만 급식 시간에 식당에 늦게 온 학생들만 조사하였다.", "자료 수집"),
    ("'우리 학교 학생들은 행복한가?'라는 질문을 세웠지만 '행복'의 뜻을 정하지 않아 무엇을 측정할지 알 수 없었다.", "문제 설정"),
    ("통학 시간 자료에 300분이라는 극단값이 있었는데, 이를 확인하지 않고 평균만 구해 대푯값으로 사용하였다.", "자료 분석"),
    ("한 반 30명을 조사한 결과를 바탕으로 '전국 고등학생의 70%가 이렇게 생각한다'고 결론지었다.", "결과 해석"),
    ("범주형 자료인 좋아하는 과목을 숫자로 바꾼 뒤 평균을 구해 비교하였다.", "자료 분석"),
    ("두 변량 사이에 상관관계가 나타나자 한 변량이 다른 변량의 원인이라고 결론지었다.", "결과 해석"),
]


@family(_S42, "which-stage-went-wrong")
def _stage(rng: random.Random) -> Problem:
    picks = rng.sample(_STAGE_FLAWS, rng.choice([2, 3]))
    labs = ["㉠", "㉡", "㉢"]
    lines = "\n".join(f"{lab} {d}" for lab, (d, _) in zip(labs, picks, strict=False))
    text = (f"다음은 친구들의 통계 탐구 보고서를 검토하며 찾은 문제점이다. 각 문제점이 통계적 탐구 과정(문제 설정, 자료 수집, 자료 분석, 결과 해석) 중 어느 단계에서 "
            f"생긴 것인지 (   ) 안에 써넣으시오.\n{lines}")
    ans = ", ".join(f"{lab} {st}" for lab, (_, st) in zip(labs, picks, strict=False))
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D", concepts=[])


@family(_S42, "simpson-reversal")
def _simpson(rng: random.Random) -> Problem:
    ctx = rng.choice([("두 병원", "A 병원", "B 병원", "중증 환자", "경증 환자", "회복"), ("두 학원", "가 학원", "나 학원", "기초반", "심화반", "목표 달성"),
                      ("두 택배사", "가 택배사", "나 택배사", "원거리 배송", "근거리 배송", "제시간 도착")])
    title, g1, g2, s1, s2, ok = ctx
    while True:
        n11, n12 = rng.choice([100, 200, 400]), rng.choice([50, 100])      # g1: many hard, few easy
        n21, n22 = rng.choice([50, 100]), rng.choice([200, 400])           # g2: few hard, many easy
        r11, r21 = Fr(rng.randint(30, 60), 100), Fr(rng.randint(20, 55), 100)
        r12, r22 = Fr(rng.randint(80, 98), 100), Fr(rng.randint(70, 95), 100)
        k11, k12, k21, k22 = r11 * n11, r12 * n12, r21 * n21, r22 * n22
        if all(k.denominator == 1 for k in (k11, k12, k21, k22)) and r11 > r21 and r12 > r22:
            t1, t2 = Fr(k11 + k12, n11 + n12), Fr(k21 + k22, n21 + n22)
            if t1 < t2:
                break
    tb = _tbl(["구분", f"{g1} ({ok}/전체)", f"{g2} ({ok}/전체)"],
              [[s1, f"{k11}/{n11}", f"{k21}/{n21}"], [s2, f"{k12}/{n12}", f"{k22}/{n22}"],
               ["전체", f"{k11 + k12}/{n11 + n12}", f"{k21 + k22}/{n21 + n22}"]], rng)
    text = (f"다음은 {title}의 {ok} 현황이다.\n{tb}\n(1) 전체 {ok} 비율을 각각 백분율로 구하시오. (반올림하여 소수 첫째 자리까지)\n"
            f"(2) 전체 비율만 보고 '{josa(g2, '이/가')} 더 우수하다'고 한 보고서의 결론을 {s1}과 {s2}의 비율을 근거로 비판하시오.").replace(f"{s1}과", josa(s1, "과/와"))
    ans = (f"(1) {g1} {_r1(t1 * 100)}%, {g2} {_r1(t2 * 100)}% (2) {s1}에서 {_r1(r11 * 100)}% > {_r1(r21 * 100)}%, {s2}에서 {_r1(r12 * 100)}% > {_r1(r22 * 100)}%로 두 집단 모두 "
           f"{josa(g1, '이/가')} 높다. {josa(g1, '은/는')} 비율이 낮게 나오는 {s1}의 비중이 커서 전체 비율이 낮게 나타난 것이므로 집단별로 나누어 비교해야 한다.")
    return Problem(text=text, answer=ans, format="data", difficulty=5, achievement_level="A", concepts=["비율", "백분율"],
                   check=lambda: r11 > r21 and r12 > r22 and t1 < t2)


@family(_S42, "mean-misleads-report")
def _mean_mislead(rng: random.Random) -> Problem:
    ctx = rng.choice([("우리 동아리 졸업생 {n}명의 첫 월급", "만 원", (220, 320), (1500, 3000)),
                      ("어느 마을 가구 {n}곳의 보유 토지 면적", "a", (5, 30), (300, 600)),
                      ("학생 {n}명의 한 달 게임 아이템 구매액", "천 원", (0, 30), (400, 900))])
    label, unit, (lo, hi), (olo, ohi) = ctx
    n = rng.choice([7, 9])
    while True:
        xs = sorted([rng.randint(lo, hi) for _ in range(n - 1)] + [rng.randint(olo, ohi)])
        if sum(xs) % n == 0:
            break
    mean = Fr(sum(xs), n)
    med = xs[n // 2]
    below = sum(1 for x in xs if x < mean)
    shown = xs[:]
    rng.shuffle(shown)
    text = (f"다음은 {label.format(n=n)}이다. (단위: {unit})\n{', '.join(map(str, shown))}\n어느 홍보물에는 '평균 {mean}{unit}'이라고만 적혀 있었다.\n"
            f"(1) 중앙값을 구하고, 평균보다 작은 값을 가진 자료는 몇 개인지 구하시오.\n(2) 홍보물의 표현이 오해를 줄 수 있는 이유를 쓰고 바르게 고쳐 쓰시오.")
    text = text.replace(f"'평균 {mean}{unit}'이라고", josa(f"'평균 {mean}{unit}'", "이라/라") + "고")
    ans = (f"(1) 중앙값 {med}{unit}, {below}개 (2) 극단적으로 큰 값 하나 때문에 평균이 커져 대부분의 자료가 평균보다 작다. "
           f"중앙값 {med}{unit}을 함께 제시하거나 대푯값으로 중앙값을 사용해야 한다.").replace(f"{med}{unit}을", josa(f"{med}{unit}", "을/를"))
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=["평균", "중앙값", "대푯값"],
                   also=["9수04-01"], check=lambda: _st.median(xs) == med and below >= n // 2 + 1)


@family(_S42, "small-sample-margin")
def _small_margin(rng: random.Random) -> Problem:
    p = rng.choice([Fr(3, 5), Fr(7, 10), Fr(4, 5), Fr(1, 2)])
    n1 = rng.choice([10, 20, 25])
    n2 = rng.choice([400, 900, 1600])
    e1 = 1.96 * (float(p) * (1 - float(p)) / n1) ** 0.5
    e2 = 1.96 * (float(p) * (1 - float(p)) / n2) ** 0.5
    topic = rng.choice(["새 급식 메뉴에 대한 만족", "교복 변경 찬성", "체육 대회 일정 변경 찬성", "도서관 운영 시간 연장 찬성"])
    text = (f"두 모둠이 '{topic}' 비율을 조사하였다. 1모둠은 {n1}명을, 2모둠은 {n2}명을 임의추출하였고 두 모둠 모두 표본비율이 {josa(_r1(p, 2), '이었다/였다')}.\n"
            f"(1) 각 모둠의 결과로 구한 모비율의 신뢰도 95% 신뢰구간의 오차의 한계 1.96√(p̂(1 − p̂)/n)을 반올림하여 소수 셋째 자리까지 구하시오.\n"
            "(2) 두 모둠의 결론을 똑같이 믿을 수 있는지 성찰하여 쓰시오.")
    ans = (f"(1) 1모둠 약 {_r1(e1, 3)}, 2모둠 약 {_r1(e2, 3)} (2) 표본비율은 같아도 1모둠은 표본이 작아 오차의 한계가 훨씬 크므로 결론을 신뢰하기 어렵다. "
           "결론의 신뢰성은 표본의 크기와 추출 방법을 함께 고려하여 판단해야 한다.")
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B", concepts=["표본비율", "모비율", "신뢰구간", "표본"],
                   also=["12실통03-03"], check=lambda: e1 > e2 and abs(e1 / e2 - (n2 / n1) ** 0.5) < 1e-9)


# =================================================================================================
# notation variety for the inference standards: re-render the formulas of the finished text
# =================================================================================================
_TEX_FORMULAS = [
    ("Z = (p̂ − p₀)/√(p₀(1 − p₀)/n)", "$Z = \\dfrac{\\hat{p} - p_{0}}{\\sqrt{\\dfrac{p_{0}(1 - p_{0})}{n}}}$"),
    ("1.96√(p̂(1 − p̂)/n)", "$1.96\\sqrt{\\dfrac{\\hat{p}(1 - \\hat{p})}{n}}$"),
    ("p̂ = 0.5", "$\\hat{p} = 0.5$"),
]
_RE_PROB = re.compile(r"P\(((?:[^()]|\([^()]*\))*)\)( = [\d.]+)?")
_RE_HYP = re.compile(r"H([₀₁]): ([mp]) ([=≠<>]) ([\d.]+)")
_RE_CI = re.compile(r"(?<![\d.])([\d.]+) ≤ ([mp]) ≤ ([\d.]+)")
_RE_T = re.compile(r"t = \(x̄ − (\d+)\)/\(s/√(\d+)\)")


_HOPS = {"=": "=", "≠": "\\ne", "<": "<", ">": ">"}


def _hyp_tex(m: re.Match) -> str:
    idx = "01"["₀₁".index(m.group(1))]
    op = _HOPS[m.group(3)]
    return f"$H_{{{idx}}} : {m.group(2)} {op} {m.group(4)}$"


def _to_latex(text: str) -> str:
    for plain, tex in _TEX_FORMULAS:
        text = text.replace(plain, tex)

    def prob(m: re.Match) -> str:
        inner = m.group(1).replace("|Z|", "\\left|Z\\right|").replace(" ≤ ", " \\le ").replace(" ≥ ", " \\ge ").replace("−", "-")
        return f"$\\mathrm{{P}}({inner}){m.group(2) or ''}$"
    text = _RE_PROB.sub(prob, text)
    text = _RE_HYP.sub(_hyp_tex, text)
    text = _RE_CI.sub(lambda m: f"${m.group(1)} \\le {m.group(2)} \\le {m.group(3)}$", text)
    return _RE_T.sub(lambda m: f"$t = \\dfrac{{\\bar{{x}} - {m.group(1)}}}{{s/\\sqrt{{{m.group(2)}}}}}$", text)


def _to_plain(text: str) -> str:
    for a, b in (("≤", "<="), ("≥", ">="), ("≠", "!="), ("₀", "0"), ("₁", "1"), ("√(", "sqrt("), ("−", "-"), ("²", "^2")):
        text = text.replace(a, b)
    return text


def _restyle(fam_make):
    def make(rng: random.Random) -> Problem:
        p = fam_make(rng)
        st = pick_style(rng, (0.55, 0.3, 0.15))
        if st == "unicode" or "$" in p.text:
            return p
        conv = _to_latex if st == "latex" else _to_plain
        if p.choice is not None:
            i = p.text.index(p.choice.block)
            p.text = conv(p.text[:i]) + p.text[i:]
        else:
            p.text = conv(p.text)
        return p
    return make


def _install_restyle() -> None:
    from mathtag.corpus.generators.base import FAMILIES, Family
    for key, fam in list(FAMILIES.items()):
        wanted = fam.standard in ("12실통03-01", "12실통03-02", "12실통03-03", "12실통03-04") or key in (
            "12실통04-01/prepare-quantity-from-survey", "12실통04-02/small-sample-margin")
        if wanted and not getattr(fam.make, "_restyled", False):
            mk = _restyle(fam.make)
            mk._restyled = True  # type: ignore[attr-defined]
            FAMILIES[key] = Family(standard=fam.standard, name=fam.name, make=mk)


_install_restyle()
