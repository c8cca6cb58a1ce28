"""Generators for 9수04 (중학교 자료와 가능성): 9수04-01 … 9수04-09.

대푯값(중앙값·최빈값), 줄기와 잎 그림·도수분포표·히스토그램·도수분포다각형, 상대도수, 통계적 탐구,
경우의 수, 확률, 분산과 표준편차, 상자그림, 산점도와 상관관계. Data are given as small text tables
and every statistic is computed exactly (``Fraction``; roots with sympy).

Private helpers (local to this module):
- ``_n``: exact number formatting for ints and terminating decimals.
- ``_tab``: a small text table, one row per variable or one row per record.
- ``_fr``: a fraction in the chosen notation (LaTeX / n/d); ``_fa``: its plain answer text.
- ``_median``, ``_modes``, ``_quartiles`` (중앙값을 기준으로 나눈 아래·위 절반의 중앙값; 자료의 개수가
  홀수이면 중앙값은 양쪽 절반에 넣지 않는다 — the rule Korean textbooks state).
- ``_stem_leaf``: a stem-and-leaf display as text.
"""

from __future__ import annotations

import random
from collections import Counter
from fractions import Fraction

import sympy as sp

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.korean import josa, name, names
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import num, pick_style

# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------


def _n(x: Fraction | int) -> str:
    x = Fraction(x)
    if x.denominator == 1:
        return num(int(x))
    k, y = 0, x
    while y.denominator != 1:
        y *= 10
        k += 1
        if k > 9:
            raise ValueError(f"{x} is not a terminating decimal")
    sign = "-" if y < 0 else ""
    whole, part = divmod(abs(int(y)), 10**k)
    return f"{sign}{num(whole)}.{str(part).rjust(k, '0').rstrip('0')}"


def _term(x: Fraction) -> bool:
    d = Fraction(x).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def _pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def _tab(rng: random.Random, cols: list[tuple[str, list[object]]], layout: str | None = None) -> str:
    layout = layout or rng.choice(["rows", "records"])
    if layout == "rows":
        return "\n".join("| " + " | ".join([lab, *map(str, vals)]) + " |" for lab, vals in cols)
    head = "| " + " | ".join(lab for lab, _ in cols) + " |"
    body = ["| " + " | ".join(str(c[1][i]) for c in cols) + " |" for i in range(len(cols[0][1]))]
    return "\n".join([head, *body])


def _fr(x: Fraction, st: str) -> str:
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    if st == "latex":
        return f"$\\frac{{{x.numerator}}}{{{x.denominator}}}$"
    return f"{x.numerator}/{x.denominator}"


def _fa(x: Fraction) -> str:
    x = Fraction(x)
    return str(x.numerator) if x.denominator == 1 else f"{x.numerator}/{x.denominator}"


def _median(v: list[int | Fraction]) -> Fraction:
    s = sorted(v)
    n = len(s)
    return Fraction(s[n // 2]) if n % 2 else Fraction(s[n // 2 - 1] + s[n // 2], 2)


def _modes(v: list) -> list:
    c = Counter(v)
    m = max(c.values())
    return sorted(x for x, k in c.items() if k == m)


def _quartiles(v: list[int]) -> tuple[Fraction, Fraction, Fraction]:
    s = sorted(v)
    n = len(s)
    lo, hi = s[: n // 2], s[(n + 1) // 2:]
    return _median(lo), _median(s), _median(hi)


def _stem_leaf(vals: list[int], unit_note: str) -> str:
    stems: dict[int, list[int]] = {}
    for v in sorted(vals):
        stems.setdefault(v // 10, []).append(v % 10)
    lo, hi = min(stems), max(stems)
    rows = [f"| {s} | {' '.join(map(str, stems.get(s, [])))} |" for s in range(lo, hi + 1)]
    return f"({unit_note})\n| 줄기 | 잎 |\n" + "\n".join(rows)


# =============================================================================================
# 9수04-01 대푯값: 중앙값, 최빈값
# =============================================================================================

_DATA_CTX = [  # (what, unit, lo, hi)
    ("하루 동안 받은 문자 메시지 수", "개", 3, 40), ("일주일 동안의 운동 시간", "시간", 1, 15),
    ("윗몸 일으키기 기록", "회", 10, 60), ("한 달 동안 읽은 책의 수", "권", 0, 12),
    ("턱걸이 기록", "회", 0, 15), ("수면 시간", "시간", 5, 10), ("통학 시간", "분", 5, 50),
    ("수학 수행평가 점수", "점", 4, 20), ("줄넘기 2단 뛰기 기록", "회", 5, 60),
]


@family("9수04-01", "median-of-list")
def _c_median(rng: random.Random) -> Problem:
    what, unit, lo, hi = rng.choice(_DATA_CTX)
    n = rng.randint(5, 10)
    vals = [rng.randint(lo, hi) for _ in range(n)]
    med = _median(vals)
    who = rng.choice(["어느 반 학생", "우리 모둠 학생", "동아리 회원", "학생"])
    text = _pick(
        rng,
        f"다음은 {who} {n}명의 {what}를 조사하여 나타낸 것이다. 이 자료의 중앙값을 구하시오.\n(단위: {unit})\n{', '.join(map(str, vals))}",
        f"{who} {n}명의 {what}가 다음과 같을 때, 중앙값은?\n{', '.join(f'{v}{unit}' for v in vals)}",
        f"자료 {', '.join(map(str, vals))}의 중앙값을 구하여라.",
    )
    text = text.replace(f"{what}를", josa(what, "을/를")).replace(f"{what}가", josa(what, "이/가"))
    ans = _n(med) if _term(med) else _fa(med)
    lvl, d = ("E", 1) if n % 2 else ("D", 2)
    return Problem(text=text, answer=ans, format="computation" if "자료 " in text[:4] else "word", difficulty=d,
                   achievement_level=lvl, concepts=["중앙값"], check=lambda: sorted(vals)[(n - 1) // 2] + sorted(vals)[n // 2] == 2 * med)


@family("9수04-01", "mode-of-list")
def _c_mode(rng: random.Random) -> Problem:
    what, unit, lo, hi = rng.choice(_DATA_CTX)
    n = rng.randint(7, 12)
    two = rng.random() < 0.3
    while True:
        vals = [rng.randint(lo, min(hi, lo + 12)) for _ in range(n)]
        ms = _modes(vals)
        if (len(ms) == 2) == two and len(ms) <= 2 and Counter(vals)[ms[0]] >= 2:
            break
    text = _pick(
        rng,
        f"다음 자료는 학생 {n}명의 {josa(what, '을/를')} 조사한 것이다. 최빈값을 구하시오.\n(단위: {unit}) {', '.join(map(str, vals))}",
        f"아래 자료의 최빈값을 모두 구하여라.\n{', '.join(map(str, vals))}",
    )
    return Problem(text=text, answer=", ".join(map(str, ms)), format="word", difficulty=2 if not two else 3,
                   achievement_level="E" if not two else "D", concepts=["최빈값"],
                   check=lambda: all(vals.count(m) == max(vals.count(x) for x in vals) for m in ms))


@family("9수04-01", "frequency-table-median-mode")
def _c_freq(rng: random.Random) -> Problem:
    ctx = rng.choice([("신발 크기", "mm", list(range(225, 276, 5))), ("가족 수", "명", [2, 3, 4, 5, 6]),
                      ("일주일 동안 도서관 방문 횟수", "회", [0, 1, 2, 3, 4, 5]), ("티셔츠 치수", "호", [85, 90, 95, 100, 105])])
    what, unit, xs = ctx
    xs = sorted(rng.sample(xs, min(5, len(xs))))
    while True:
        fs = [rng.randint(1, 9) for _ in xs]
        data = [x for x, f in zip(xs, fs, strict=True) for _ in range(f)]
        if len(_modes(data)) == 1:
            break
    med, mo = _median(data), _modes(data)[0]
    tab = _tab(rng, [(f"{what}({unit})", xs), ("학생 수(명)", fs)])
    ask = rng.choice(["both", "median", "mode"])
    q = {"both": "중앙값과 최빈값을 차례로 구하시오.", "median": "중앙값을 구하시오.", "mode": "최빈값을 구하시오."}[ask]
    text = f"다음은 어느 반 학생 {len(data)}명의 {josa(what, '을/를')} 조사하여 나타낸 표이다. 이 자료의 {q}\n{tab}"
    mt = _n(med) if _term(med) else _fa(med)
    u = f" {unit}" if unit == "mm" else unit
    ans = {"both": f"{mt}{u}, {mo}{u}", "median": f"{mt}{u}", "mode": f"{mo}{u}"}[ask]
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C", concepts=["중앙값", "최빈값"],
                   check=lambda: sum(fs) == len(data) and Counter(data)[mo] == max(fs))


_CHOOSE = [("이번 달 매장에서 가장 많이 팔린 운동화 크기를 알아 다음 달 주문량을 정하려고 한다.", "최빈값"),
           ("반 학생들이 가장 좋아하는 색깔을 정해 반티 색을 정하려고 한다.", "최빈값"),
           ("어느 회사 직원 10명의 월급 중 대표의 월급이 다른 직원보다 매우 많을 때, 직원 월급의 대푯값을 정하려고 한다.", "중앙값"),
           ("마을 주택 가격 중 아주 비싼 집이 몇 채 섞여 있을 때, 이 마을 집값의 대푯값을 정하려고 한다.", "중앙값"),
           ("극단적인 값이 없는 학생들의 수학 점수 자료에서 모든 점수를 반영한 대푯값을 정하려고 한다.", "평균"),
           ("급식 설문에서 학생들이 가장 많이 고른 메뉴를 다음 달 급식에 넣으려고 한다.", "최빈값")]


@family("9수04-01", "choose-representative")
def _c_choose(rng: random.Random) -> Problem:
    sit, best = rng.choice(_CHOOSE)
    if rng.random() < 0.6:
        ch = choices(rng, best, [x for x in ["평균", "중앙값", "최빈값"] if x != best] + ["최댓값", "최솟값"])
        text = f"{sit} 이때 대푯값으로 가장 적절한 것은?\n{ch.block}"
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                       concepts=["대푯값", "중앙값", "최빈값", "평균"], choice=ch, check=lambda: dict(_CHOOSE)[sit] == ch.options[ch.correct])
    why = {"최빈값": "가장 많이 나타나는 값을 알아야 하기 때문이다(수량이 아닌 자료에도 쓸 수 있다).",
           "중앙값": "극단적인 값이 있으면 평균은 그 값의 영향을 크게 받지만 중앙값은 영향을 거의 받지 않기 때문이다.",
           "평균": "극단적인 값이 없으므로 모든 자료의 값을 반영하는 평균이 자료 전체를 잘 대표하기 때문이다."}[best]
    return Problem(text=f"{sit} 평균, 중앙값, 최빈값 중 어느 것을 대푯값으로 정하는 것이 적절한지 쓰고 그 이유를 설명하시오.",
                   answer=f"{best}, {why}", format="proof", difficulty=4, achievement_level="A",
                   concepts=["대푯값", "중앙값", "최빈값", "평균"], check=lambda: dict(_CHOOSE)[sit] == best)


@family("9수04-01", "unknown-from-median")
def _c_unknown(rng: random.Random) -> Problem:
    n = rng.choice([4, 6, 8])
    while True:
        vals = sorted(rng.sample(range(10, 60), n))
        i = n // 2  # x is the upper middle one
        x = vals[i]
        med = Fraction(vals[i - 1] + x, 2)
        if med.denominator == 1:
            break
    shown = [str(v) if j != i else "x" for j, v in enumerate(vals)]
    text = _pick(
        rng,
        f"다음 자료는 작은 값부터 크기순으로 나열한 것이다. 이 자료의 중앙값이 {med}일 때, x의 값을 구하시오.\n{', '.join(shown)}",
        f"크기순으로 나열된 자료 {', '.join(shown)}의 중앙값이 {med}이다. 이때 x의 값은?",
    )
    return Problem(text=text, answer=str(x), format="word", difficulty=3, achievement_level="C",
                   concepts=["중앙값"], check=lambda: sp.solve(sp.Eq((vals[i - 1] + sp.Symbol("x")) / 2, med))[0] == x)


@family("9수04-01", "mean-vs-median-outlier")
def _c_outlier(rng: random.Random) -> Problem:
    while True:
        n = rng.choice([5, 6, 7])
        base = [rng.randint(15, 35) for _ in range(n - 1)]
        big = rng.randint(120, 250)
        vals = [*base, big]
        mean = Fraction(sum(vals), n)
        if mean.denominator == 1 or (_term(mean) and (mean * 10).denominator == 1):
            break
    rng.shuffle(vals)
    med = _median(vals)
    ppl = names(rng, n)
    what = rng.choice(["한 달 용돈(천 원)", "하루 스마트폰 사용 시간(분)", "일주일 동안 걸은 거리(km)"])
    tab = _tab(rng, [("이름", ppl), (what, vals)])
    text = (f"다음은 학생 {n}명의 {what.split('(')[0]}을 조사한 표이다.\n{tab}\n"
            f"평균과 중앙값을 각각 구하고, 이 자료의 대푯값으로 어느 것이 더 적절한지 말하시오.").replace(f"{what.split('(')[0]}을", josa(what.split('(')[0], "을/를"))
    return Problem(text=text, answer=f"평균 {_n(mean)}, 중앙값 {_n(med)}; 매우 큰 값 {big}이 있으므로 중앙값이 더 적절하다.",
                   format="data", difficulty=4, achievement_level="B", concepts=["평균", "중앙값", "대푯값"],
                   check=lambda: mean * n == sum(vals) and med < mean)


@family("9수04-01", "median-after-adding")
def _c_add(rng: random.Random) -> Problem:
    n = rng.choice([5, 7, 9])
    vals = sorted(rng.sample(range(20, 90), n))
    new = rng.randint(20, 90)
    while new in vals:
        new = rng.randint(20, 90)
    m1, m2 = _median(vals), _median([*vals, new])
    st = pick_style(rng)
    lst = ", ".join(map(str, rng.sample(vals, n)))
    text = (f"자료 {lst}에 변량 {josa(str(new), '을/를')} 추가하였다. 추가하기 전과 후의 중앙값을 차례로 구하시오.")
    ans = f"{_n(m1)}, {_n(m2) if _term(m2) else _fr(m2, st)}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["중앙값", "변량"],
                   check=lambda: m2 == _median(sorted([*vals, new])))


@family("9수04-01", "median-mode-mcq-statements")
def _c_stmts(rng: random.Random) -> Problem:
    n = rng.choice([6, 8, 10])
    while True:
        vals = [rng.randint(1, 10) for _ in range(n)]
        ms = _modes(vals)
        mean = Fraction(sum(vals), n)
        if len(ms) == 1 and _term(mean) and _median(vals) != ms[0] and mean != _median(vals):
            break
    med, mo = _median(vals), ms[0]
    true = [f"중앙값은 {_n(med)}이다.", f"최빈값은 {mo}이다.", f"평균은 {_n(mean)}이다.", f"변량의 개수는 {n}이다."]
    false = [f"중앙값은 {_n(mo)}이다.", f"최빈값은 {_n(med) if med != mo else mo + 1}이다.", f"평균은 {_n(med)}이다.",
             f"중앙값은 {sorted(vals)[n // 2 - 1] if sorted(vals)[n // 2 - 1] != med else sorted(vals)[n // 2 - 1] - 1}이다."]
    false = [f for f in false if f not in true]
    ask_wrong = rng.random() < 0.5 and len(false) >= 1
    if ask_wrong:
        ch = choices(rng, rng.choice(false), true)
    else:
        pool = [f for f in false]
        pool += [f"평균은 {_n(mean + 1)}이다.", f"변량의 개수는 {n + 1}이다.", f"최빈값은 {mo + 2}이다."]
        ch = choices(rng, rng.choice(true), pool)
    text = f"다음 자료에 대한 설명으로 {'옳지 않은' if ask_wrong else '옳은'} 것은?\n{', '.join(map(str, vals))}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="D",
                   concepts=["중앙값", "최빈값", "평균"], choice=ch, check=lambda: (ch.options[ch.correct] in true) != ask_wrong)


# =============================================================================================
# 9수04-02 줄기와 잎 그림, 도수분포표, 히스토그램, 도수분포다각형
# =============================================================================================

_SL_CTX = [("학생들의 국어 점수", "점", 50, 99), ("회원들의 나이", "세", 20, 69), ("학생들의 몸무게", "kg", 38, 72),
           ("학생들의 1분 동안 윗몸 일으키기 기록", "회", 12, 58), ("하루 동안 도서관 방문자 수", "명", 21, 68)]


@family("9수04-02", "stem-leaf-count")
def _f_sl_count(rng: random.Random) -> Problem:
    what, unit, lo, hi = rng.choice(_SL_CTX)
    n = rng.randint(12, 20)
    vals = [rng.randint(lo, hi) for _ in range(n)]
    thr = rng.randrange((lo // 10 + 1) * 10, hi, 5)
    s0 = min(vals) // 10
    note = f"{josa(f'{s0}|{min(vals) % 10}', '은/는')} {min(vals)}{unit}"
    disp = _stem_leaf(vals, note)
    ask = rng.choice(["ge", "lt", "range"])
    if ask == "range":
        q, ans = "가장 큰 변량과 가장 작은 변량의 차를 구하시오.", f"{max(vals) - min(vals)}{unit}"
    elif ask == "ge":
        c = sum(1 for v in vals if v >= thr)
        q, ans = f"{what.split('의 ')[-1].split(' ')[-1]}이 {thr}{unit} 이상인 사람은 몇 명인가?", f"{c}명"
    else:
        c = sum(1 for v in vals if v < thr)
        q, ans = f"{thr}{unit} 미만인 사람은 전체의 몇 %인가?", None
        pct = Fraction(c * 100, n)
        ans = f"{_n(pct)}%" if _term(pct) else f"{_fa(pct)}%"
    text = f"다음은 {josa(what, '을/를')} 조사하여 나타낸 줄기와 잎 그림이다.\n{disp}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=2 if ask != "lt" else 3,
                   achievement_level="E" if ask != "lt" else "D", concepts=["줄기와 잎 그림"],
                   check=lambda: len(vals) == n and sorted(vals)[0] == min(vals))


@family("9수04-02", "stem-leaf-rank")
def _f_sl_rank(rng: random.Random) -> Problem:
    what, unit, lo, hi = rng.choice(_SL_CTX)
    n = rng.randint(12, 18)
    while True:
        vals = [rng.randint(lo, hi) for _ in range(n)]
        if len(set(vals)) == n:
            break
    k = rng.randint(2, 5)
    top = rng.random() < 0.6
    s = sorted(vals, reverse=top)
    s0 = min(vals) // 10
    disp = _stem_leaf(vals, f"{josa(f'{s0}|{min(vals) % 10}', '은/는')} {min(vals)}{unit}")
    text = (f"다음 줄기와 잎 그림은 {josa(what, '을/를')} 나타낸 것이다.\n{disp}\n"
            f"{'큰' if top else '작은'} 쪽에서 {k}번째인 변량을 구하시오.")
    return Problem(text=text, answer=f"{s[k - 1]}{unit}", format="data", difficulty=2, achievement_level="E",
                   concepts=["줄기와 잎 그림", "변량"], check=lambda: sum(1 for v in vals if (v > s[k - 1]) == top and v != s[k - 1]) == k - 1)


def _classes(rng: random.Random):
    start = rng.choice([0, 10, 20, 40, 50, 140])
    width = rng.choice([5, 10]) if start != 140 else 5
    k = rng.randint(4, 6)
    return start, width, k


@family("9수04-02", "tally-into-frequency-table")
def _f_tally(rng: random.Random) -> Problem:
    ctx = rng.choice([("키", "cm", 140, 5), ("통학 시간", "분", 0, 10), ("몸무게", "kg", 40, 5), ("수학 점수", "점", 50, 10)])
    what, unit, start, width = ctx
    k = 5
    n = rng.randint(16, 24)
    vals = [rng.randrange(start, start + k * width) for _ in range(n)]
    c = rng.randrange(k)
    a, b = start + c * width, start + (c + 1) * width
    f = sum(1 for v in vals if a <= v < b)
    lst = ", ".join(map(str, vals))
    text = _pick(
        rng,
        f"다음은 학생 {n}명의 {what}({unit})를 조사한 자료이다.\n{lst}\n계급의 크기가 {width}{unit}인 도수분포표로 나타낼 때, {a}{unit} 이상 {b}{unit} 미만인 계급의 도수를 구하시오.",
        f"학생 {n}명의 {what}({unit}) 자료 {lst}를 {start}{unit}부터 시작하여 계급의 크기가 {width}인 도수분포표로 정리하려고 한다. {a} 이상 {b} 미만인 계급의 도수는?",
    ).replace(f"{what}({unit})를", f"{what}({unit})" + josa(what, "을/를")[len(what):]).replace(f"{lst}를", f"{lst}" + josa(lst, "을/를")[len(lst):])
    return Problem(text=text, answer=f"{f}명", format="data", difficulty=2, achievement_level="D", concepts=["도수분포표", "계급", "도수"],
                   check=lambda: len([v for v in vals if (v - start) // width == c]) == f)


@family("9수04-02", "frequency-table-missing")
def _f_missing(rng: random.Random) -> Problem:
    what, unit, start, width = rng.choice([("독서 시간", "분", 0, 10), ("턱걸이 기록", "회", 0, 3), ("점수", "점", 50, 10),
                                           ("키", "cm", 145, 5), ("몸무게", "kg", 35, 5)])
    k = rng.randint(4, 6) if width != 10 or start == 0 else 5
    fs = [rng.randint(1, 12) for _ in range(k)]
    total = sum(fs)
    m = rng.randrange(k)
    rows = [f"{start + i * width} 이상 ~ {start + (i + 1) * width} 미만" for i in range(k)]
    shown = [str(f) if i != m else "A" for i, f in enumerate(fs)]
    tab = f"| {what}({unit}) | 도수(명) |\n" + "\n".join(f"| {r} | {s} |" for r, s in zip(rows, shown, strict=True)) + f"\n| 합계 | {total} |"
    j = rng.randint(1, k - 1)
    cut = start + j * width
    above = sum(fs[j:])
    hard = rng.random() < 0.5
    if hard:
        pct = Fraction(above * 100, total)
        q = f"A의 값을 구하고, {what}이 {cut}{' ' if unit in ('cm', 'kg') else ''}{unit} 이상인 학생은 전체의 몇 %인지 구하시오.".replace(f"{what}이", josa(what, "이/가"))
        ans = f"A = {fs[m]}, {_n(pct) if _term(pct) else _fa(pct)}%"
    else:
        q = "A의 값을 구하시오."
        ans = str(fs[m])
    text = f"다음은 학생 {total}명의 {josa(what, '을/를')} 조사하여 나타낸 도수분포표이다.\n{tab}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=4 if hard else 2, achievement_level="C" if hard else "E",
                   concepts=["도수분포표", "도수"], check=lambda: total - sum(f for i, f in enumerate(fs) if i != m) == fs[m])


@family("9수04-02", "histogram-area")
def _f_hist_area(rng: random.Random) -> Problem:
    start, width, k = _classes(rng)
    fs = [rng.randint(1, 12) for _ in range(k)]
    total = sum(fs)
    desc = ", ".join(f"{start + i * width}~{start + (i + 1) * width}: {f}" for i, f in enumerate(fs))
    poly = rng.random() < 0.5
    g = "도수분포다각형과 가로축으로 둘러싸인 부분" if poly else "히스토그램의 각 직사각형의 넓이의 합"
    text = (f"계급의 크기가 {width}인 히스토그램에서 각 계급의 도수가 다음과 같다.\n({desc})\n"
            f"이 자료로 그린 {g}의 넓이를 구하시오." if poly else
            f"계급의 크기가 {width}인 히스토그램에서 각 계급의 도수가 다음과 같다.\n({desc})\n{josa(g, '을/를')} 구하시오.")
    return Problem(text=text, answer=str(width * total), format="word", difficulty=3, achievement_level="C" if poly else "D",
                   concepts=["히스토그램", "도수분포다각형", "계급의 크기", "도수"],
                   check=lambda: sum(width * f for f in fs) == width * total)


@family("9수04-02", "class-of-kth")
def _f_kth(rng: random.Random) -> Problem:
    start, width, k = _classes(rng)
    fs = [rng.randint(1, 9) for _ in range(k)]
    total = sum(fs)
    r = rng.randint(1, total)
    top = rng.random() < 0.5
    order = list(range(k - 1, -1, -1)) if top else list(range(k))
    acc = 0
    for ci in order:
        acc += fs[ci]
        if acc >= r:
            break
    cls = f"{start + ci * width} 이상 {start + (ci + 1) * width} 미만"
    tab = _tab(rng, [("계급", [f"{start + i * width}~{start + (i + 1) * width}" for i in range(k)]), ("도수", fs)])
    what = rng.choice(["기록이 좋은(높은)", "점수가 높은", "값이 큰"]) if top else rng.choice(["값이 작은", "기록이 낮은"])
    text = (f"다음은 어떤 자료를 정리한 도수분포표이다. (계급은 '이상~미만')\n{tab}\n{what} 쪽에서 {r}번째인 변량이 속하는 계급을 구하시오.")
    return Problem(text=text, answer=cls, format="data", difficulty=3, achievement_level="C", concepts=["도수분포표", "계급"],
                   check=lambda: sum(fs[i] for i in order[: order.index(ci)]) < r <= sum(fs[i] for i in order[: order.index(ci) + 1]))


@family("9수04-02", "table-facts-mcq")
def _f_mcq(rng: random.Random) -> Problem:
    start, width, k = _classes(rng)
    while True:
        fs = [rng.randint(1, 12) for _ in range(k)]
        if fs.count(max(fs)) == 1:
            break
    total = sum(fs)
    mx = fs.index(max(fs))
    tab = _tab(rng, [("계급", [f"{start + i * width} 이상 ~ {start + (i + 1) * width} 미만" for i in range(k)]), ("도수", fs)], layout="records")
    true = [f"계급의 크기는 {width}이다.", f"계급의 개수는 {k}이다.", f"도수의 총합은 {total}이다.",
            f"도수가 가장 큰 계급은 {start + mx * width} 이상 {start + (mx + 1) * width} 미만이다."]
    false = [f"계급의 크기는 {width * 2}이다.", f"계급의 개수는 {k + 1}이다.", f"도수의 총합은 {total + rng.choice([-2, -1, 1, 2])}이다.",
             f"도수가 가장 큰 계급은 {start + ((mx + 1) % k) * width} 이상 {start + ((mx + 1) % k + 1) * width} 미만이다.",
             f"계급의 크기는 {k}이다.", f"계급의 개수는 {k - 1}이다.", f"도수의 총합은 {total * 2}이다."]
    false = [f for f in false if f not in true]
    ask_true = rng.random() < 0.5
    ch = choices(rng, rng.choice(true), false) if ask_true else choices(rng, rng.choice(false), true)
    text = f"다음 도수분포표에 대한 설명으로 {'옳은' if ask_true else '옳지 않은'} 것은?\n{tab}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="E",
                   concepts=["도수분포표", "계급", "계급의 크기", "도수"], choice=ch,
                   check=lambda: (ch.options[ch.correct] in true) == ask_true)


@family("9수04-02", "histogram-description-percent")
def _f_hist_pct(rng: random.Random) -> Problem:
    width, k = rng.choice([10, 20, 30]), rng.choice([5, 6])
    while True:
        fs = [rng.randint(1, 12) for _ in range(k)]
        total = sum(fs)
        j = rng.randint(1, k - 1)
        pct = Fraction(sum(fs[:j]) * 100, total)
        if _term(pct):
            break
    what = rng.choice(["하루 인터넷 사용 시간(분)", "통학 시간(분)", "하루 운동 시간(분)"])
    bars = "\n".join(f"· {i * width}~{(i + 1) * width}: 막대 높이 {f}" for i, f in enumerate(fs))
    cut = j * width
    text = (f"어느 반 학생들의 {what}을 조사하여 그린 히스토그램의 막대 높이를 차례로 적은 것이다.\n{bars}\n"
            f"{cut}분 미만인 학생은 전체의 몇 %인지 구하시오.").replace(f"{what}을", what + josa(what, "을/를")[len(what):])
    return Problem(text=text, answer=f"{_n(pct)}%", format="data", difficulty=3, achievement_level="C",
                   concepts=["히스토그램", "도수"], check=lambda: pct * total == 100 * sum(fs[:j]))


# =============================================================================================
# 9수04-03 상대도수
# =============================================================================================

_RF_CTX = [("수학 점수", "점", 50, 10), ("하루 독서 시간", "분", 0, 20), ("키", "cm", 145, 5), ("줄넘기 기록", "회", 40, 20),
           ("통학 시간", "분", 0, 10), ("몸무게", "kg", 40, 5)]


def _rf_freqs(rng: random.Random, k: int, total: int) -> list[int]:
    while True:
        cuts = sorted(rng.sample(range(1, total), k - 1))
        fs = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
        if min(fs) >= 1:
            return fs


def _cls(start: int, width: int, i: int) -> str:
    return f"{start + i * width} 이상 ~ {start + (i + 1) * width} 미만"


@family("9수04-03", "relative-frequency-of-class")
def _r_one(rng: random.Random) -> Problem:
    what, unit, start, width = rng.choice(_RF_CTX)
    k = 5
    total = rng.choice([20, 25, 40, 50])
    fs = _rf_freqs(rng, k, total)
    i = rng.randrange(k)
    r = Fraction(fs[i], total)
    tab = f"| {what}({unit}) | 도수(명) |\n" + "\n".join(f"| {_cls(start, width, t)} | {f} |" for t, f in enumerate(fs)) + f"\n| 합계 | {total} |"
    text = _pick(rng, f"다음은 학생 {total}명의 {josa(what, '을/를')} 조사하여 나타낸 도수분포표이다. {_cls(start, width, i).replace(' ~', '')}인 계급의 상대도수를 구하시오.\n{tab}",
                 f"아래 도수분포표에서 도수가 {fs[i]}명인 계급의 상대도수는?\n{tab}" if fs.count(fs[i]) == 1 else
                 f"아래 도수분포표에서 {_cls(start, width, i).replace(' ~', '')}인 계급의 상대도수는?\n{tab}")
    return Problem(text=text, answer=_n(r), format="data", difficulty=1, achievement_level="E", concepts=["상대도수", "도수"],
                   check=lambda: r * total == fs[i])


@family("9수04-03", "frequency-from-relative")
def _r_freq(rng: random.Random) -> Problem:
    total = rng.choice([40, 50, 80, 120, 200, 250, 300, 400])
    while True:
        r = Fraction(rng.randint(1, 19), 20) if rng.random() < .6 else Fraction(rng.randint(1, 9), 10)
        if (r * total).denominator == 1:
            break
    f = r * total
    who = rng.choice(["어느 중학교 1학년 학생", "어느 마을 주민", "동아리 회원", "박람회 관람객"])
    what = rng.choice(["키가 160 cm 이상 165 cm 미만인 계급", "나이가 30세 이상 40세 미만인 계급", "점수가 70점 이상 80점 미만인 계급"])
    text = _pick(rng, f"{who} {total}명을 조사한 도수분포표에서 {what}의 상대도수가 {_n(r)}일 때, 이 계급의 도수를 구하시오.",
                 f"전체 도수가 {total}인 자료에서 어떤 계급의 상대도수가 {_n(r)}이다. 이 계급의 도수는?")
    return Problem(text=text, answer=f"{f}" if "전체 도수" in text else f"{f}명", format="word", difficulty=2, achievement_level="E",
                   concepts=["상대도수", "도수"], check=lambda: Fraction(f, total) == r)


@family("9수04-03", "total-from-frequency-and-relative")
def _r_total(rng: random.Random) -> Problem:
    total = rng.choice([20, 25, 40, 50, 80, 100, 125, 200])
    while True:
        f = rng.randint(2, total // 2)
        r = Fraction(f, total)
        if _term(r) and len(_n(r)) <= 5:
            break
    j = rng.choice([t for t in range(2, total // 2) if _term(Fraction(t, total)) and t != f] or [f + 1])
    text = (f"어떤 도수분포표에서 도수가 {f}인 계급의 상대도수가 {_n(r)}이다. 이 도수분포표의 도수의 총합을 구하고, "
            f"상대도수가 {_n(Fraction(j, total))}인 계급의 도수를 구하시오.")
    return Problem(text=text, answer=f"{total}, {j}", format="word", difficulty=3, achievement_level="D",
                   concepts=["상대도수", "도수"], check=lambda: Fraction(f) / r == total)


@family("9수04-03", "missing-relative-frequency")
def _r_missing(rng: random.Random) -> Problem:
    what, unit, start, width = rng.choice(_RF_CTX)
    total = rng.choice([20, 40, 50])
    fs = _rf_freqs(rng, 5, total)
    rs = [Fraction(f, total) for f in fs]
    m = rng.randrange(5)
    shown = ["A" if t == m else _n(x) for t, x in enumerate(rs)]
    tab = f"| {what}({unit}) | 상대도수 |\n" + "\n".join(f"| {_cls(start, width, t)} | {s} |" for t, s in enumerate(shown)) + "\n| 합계 | B |"
    with_count = rng.random() < 0.5
    q = "A, B의 값을 각각 구하시오." + (f" 또, 전체 학생이 {total}명일 때 A에 해당하는 계급의 학생 수를 구하시오." if with_count else "")
    text = f"다음은 {josa(what, '을/를')} 조사하여 나타낸 상대도수의 분포표이다.\n{tab}\n{q}"
    ans = f"A = {_n(rs[m])}, B = 1" + (f", {fs[m]}명" if with_count else "")
    return Problem(text=text, answer=ans, format="data", difficulty=2 if not with_count else 3, achievement_level="D",
                   concepts=["상대도수"], check=lambda: 1 - sum(x for t, x in enumerate(rs) if t != m) == rs[m])


@family("9수04-03", "compare-two-groups")
def _r_compare(rng: random.Random) -> Problem:
    what, unit, start, width = rng.choice(_RF_CTX)
    g1, g2 = rng.sample(rng.choice([["A 중학교", "B 중학교"], ["1반", "2반"], ["남학생", "여학생"], ["1학년", "2학년"]]), 2)
    while True:
        n1, n2 = rng.choice([20, 25, 40, 50]), rng.choice([100, 200, 250, 80])
        f1, f2 = _rf_freqs(rng, 5, n1), _rf_freqs(rng, 5, n2)
        i = rng.randrange(5)
        r1, r2 = Fraction(f1[i], n1), Fraction(f2[i], n2)
        if r1 != r2 and (f1[i] > f2[i]) != (r1 > r2):
            break
    tab = (f"| {what}({unit}) | {g1}(명) | {g2}(명) |\n" + "\n".join(f"| {_cls(start, width, t)} | {a} | {b} |" for t, (a, b) in enumerate(zip(f1, f2, strict=True)))
           + f"\n| 합계 | {n1} | {n2} |")
    better = g1 if r1 > r2 else g2
    text = (f"다음은 {g1}과 {g2}의 {josa(what, '을/를')} 조사하여 나타낸 도수분포표이다.\n{tab}\n"
            f"{_cls(start, width, i).replace(' ~', '')}인 계급에 속하는 학생의 비율은 어느 쪽이 더 높은지 상대도수를 구하여 비교하시오.").replace(f"{g1}과", josa(g1, "과/와"))
    return Problem(text=text, answer=f"{better} ({g1} {_n(r1)}, {g2} {_n(r2)})", format="data", difficulty=4, achievement_level="B",
                   concepts=["상대도수", "도수"], check=lambda: (f1[i] * n2 > f2[i] * n1) == (better == g1))


@family("9수04-03", "cumulative-percent")
def _r_cum(rng: random.Random) -> Problem:
    what, unit, start, width = rng.choice(_RF_CTX)
    total = rng.choice([20, 25, 40, 50])
    fs = _rf_freqs(rng, 5, total)
    rs = [Fraction(f, total) for f in fs]
    j = rng.randint(1, 4)
    above = rng.random() < 0.5
    part = sum(rs[j:]) if above else sum(rs[:j])
    cut = start + j * width
    tab = _tab(rng, [(f"{what}({unit})", [f"{start + t * width}~{start + (t + 1) * width}" for t in range(5)]), ("상대도수", [_n(x) for x in rs])])
    sp_ = " " if unit in ("cm", "kg") else ""
    text = (f"다음은 어느 반 학생들의 {what}에 대한 상대도수의 분포표이다. (계급은 '이상~미만')\n{tab}\n"
            f"{josa(what, '이/가')} {cut}{sp_}{unit} {'이상' if above else '미만'}인 학생은 전체의 몇 %인가?")
    return Problem(text=text, answer=f"{_n(part * 100)}%", format="data", difficulty=3, achievement_level="C",
                   concepts=["상대도수"], check=lambda: Fraction(sum(fs[j:]) if above else sum(fs[:j]), total) == part)


_RF_TRUE = ["상대도수는 0 이상 1 이하의 수이다.", "상대도수의 총합은 항상 1이다.", "각 계급의 상대도수는 그 계급의 도수에 정비례한다.",
            "도수의 총합이 다른 두 집단의 분포를 비교할 때 편리하다.", "(어떤 계급의 도수) = (도수의 총합) × (그 계급의 상대도수)"]
_RF_FALSE = ["상대도수의 총합은 도수의 총합과 같다.", "상대도수는 1보다 클 수 있다.", "도수가 큰 계급일수록 상대도수는 작다.",
             "도수의 총합이 다른 두 집단은 상대도수로 비교할 수 없다.", "(어떤 계급의 상대도수) = (도수의 총합) ÷ (그 계급의 도수)",
             "상대도수의 분포를 나타낸 그래프에서 두 집단의 그래프와 가로축으로 둘러싸인 부분의 넓이는 도수의 총합에 따라 다르다."]


@family("9수04-03", "relative-frequency-properties")
def _r_props(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.5
    ch = choices(rng, rng.choice(_RF_TRUE), rng.sample(_RF_FALSE, 4)) if ask_true else choices(rng, rng.choice(_RF_FALSE), rng.sample(_RF_TRUE, 4))
    text = f"상대도수에 대한 설명으로 {'옳은' if ask_true else '옳지 않은'} 것은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", concepts=["상대도수"],
                   choice=ch, check=lambda: (ch.options[ch.correct] in _RF_TRUE) == ask_true)


@family("9수04-03", "relative-polygon-interpret")
def _r_poly(rng: random.Random) -> Problem:
    g1, g2 = rng.sample(["1학년", "2학년", "3학년"], 2)
    while True:
        n1, n2 = rng.choice([50, 100, 200]), rng.choice([40, 80, 250])
        r1 = [Fraction(f, n1) for f in _rf_freqs(rng, 5, n1)]
        r2 = [Fraction(f, n2) for f in _rf_freqs(rng, 5, n2)]
        hi1, hi2 = sum(r1[3:]), sum(r2[3:])
        if hi1 != hi2 and all(_term(x) for x in r1 + r2):
            break
    pts = (f"{g1}: " + ", ".join(_n(x) for x in r1) + f"\n{g2}: " + ", ".join(_n(x) for x in r2))
    i = rng.randrange(5)
    text = (f"{g1} {n1}명과 {g2} {n2}명의 하루 평균 운동 시간을 조사하여 상대도수의 분포를 나타낸 그래프에서 각 점의 세로축 값을 "
            f"계급 순서(0~20, 20~40, 40~60, 60~80, 80~100분)대로 읽은 것이다.\n{pts}\n"
            f"(1) 운동 시간이 60분 이상인 학생의 비율이 더 높은 학년을 구하시오.\n(2) {g2}에서 {i * 20}분 이상 {(i + 1) * 20}분 미만인 학생 수를 구하시오.")
    better = g1 if hi1 > hi2 else g2
    return Problem(text=text, answer=f"(1) {better} (2) {r2[i] * n2}명", format="data", difficulty=4, achievement_level="B",
                   concepts=["상대도수"], check=lambda: sum(r1) == 1 and sum(r2) == 1)


# =============================================================================================
# 9수04-04 통계적 탐구 (공학 도구 활용)
# =============================================================================================


def _sheet(names_: list[str], vals: list[int], head: str) -> str:
    rows = [f"| 1 | 이름 | {head} |"] + [f"| {i + 2} | {n} | {v} |" for i, (n, v) in enumerate(zip(names_, vals, strict=True))]
    return "|   | A | B |\n" + "\n".join(rows)


@family("9수04-04", "spreadsheet-function-result")
def _s_sheet(rng: random.Random) -> Problem:
    n = rng.randint(5, 8)
    ppl = names(rng, n)
    head = rng.choice(["주간 독서 시간(분)", "50 m 달리기 기록(초)", "하루 걸음 수(백 보)", "줄넘기 기록(회)"])
    while True:
        vals = [rng.randint(6, 60) for _ in range(n)]
        mean = Fraction(sum(vals), n)
        if _term(mean) and len(_modes(vals)) == 1 and Counter(vals)[_modes(vals)[0]] >= 2:
            break
    last = n + 1
    fn = rng.choice(["AVERAGE", "MEDIAN", "MODE", "MAX-MIN", "COUNTIF"])
    thr = rng.randint(15, 45)
    if fn == "MAX-MIN":
        formula, res = f"=MAX(B2:B{last})-MIN(B2:B{last})", max(vals) - min(vals)
    elif fn == "COUNTIF":
        formula, res = f'=COUNTIF(B2:B{last},">={thr}")', sum(1 for v in vals if v >= thr)
    else:
        formula = f"={fn}(B2:B{last})"
        res = {"AVERAGE": mean, "MEDIAN": _median(vals), "MODE": Fraction(_modes(vals)[0])}[fn]
    hint = {"AVERAGE": "(AVERAGE는 평균, ", "MEDIAN": "(MEDIAN은 중앙값, ", "MODE": "(MODE는 최빈값, ",
            "MAX-MIN": "(MAX는 최댓값, MIN은 최솟값, ", "COUNTIF": "(COUNTIF는 조건에 맞는 셀의 개수, "}[fn] + josa(f"B2:B{last}", "은/는") + f" B2부터 B{last}까지의 셀)"
    text = (f"스프레드시트에 모둠원의 {josa(head.split('(')[0], '을/를')} 입력하였다.\n{_sheet(ppl, vals, head)}\n"
            f"셀 B{last + 1}에 {josa(formula, '을/를')} 입력했을 때 나타나는 값을 구하시오. {hint}")
    text = text.replace(f"{formula}을", f"{formula}를").replace(f"{formula}를", f"'{formula}'를")
    return Problem(text=text, answer=_n(Fraction(res)), format="data", difficulty=2, achievement_level="E",
                   concepts=["공학 도구", "평균", "중앙값", "최빈값"], check=lambda: Fraction(res) >= 0)


_STAT_Q = [("우리 학교 학생들은 하루에 잠을 몇 시간 정도 자는가?", True), ("우리 반 학생들의 통학 시간은 대체로 어떻게 분포하는가?", True),
           ("남학생과 여학생 중 어느 쪽이 일주일 운동 시간이 더 긴 편인가?", True), ("학년이 올라갈수록 스마트폰 사용 시간이 늘어나는가?", True),
           ("내 키는 몇 cm인가?", False), ("우리 학교 교장 선생님의 나이는 몇 살인가?", False), ("오늘 우리 반 결석생은 몇 명인가?", False),
           ("우리 학교 운동장의 넓이는 얼마인가?", False), ("올해 우리 학교 개교기념일은 무슨 요일인가?", False)]


@family("9수04-04", "statistical-question")
def _s_question(rng: random.Random) -> Problem:
    ask_stat = rng.random() < 0.6
    good = [q for q, t in _STAT_Q if t == ask_stat]
    bad = [q for q, t in _STAT_Q if t != ask_stat]
    ch = choices(rng, rng.choice(good), rng.sample(bad, min(4, len(bad))), n=min(5, len(bad) + 1))
    text = (f"다음 중 {'통계적 탐구 문제로 적절한' if ask_stat else '통계적 탐구 문제로 적절하지 않은'} 것은?"
            f"{' (여러 자료를 모아 그 분포를 살펴보아야 답할 수 있는 문제를 찾는다.)' if rng.random() < 0.4 else ''}\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", concepts=["통계적 탐구"],
                   choice=ch, check=lambda: dict(_STAT_Q)[ch.options[ch.correct]] == ask_stat)


_SAMPLING = [("우리 학교 학생들의 하루 평균 독서 시간", "각 학년 각 반에서 무작위로 몇 명씩 뽑아 조사한다.",
              ["도서부 학생들만 조사한다.", "도서관에 온 학생들에게만 물어본다.", "내 친한 친구 5명에게만 물어본다.", "3학년 1반 학생만 조사한다."]),
             ("우리 지역 주민들이 원하는 공원 시설", "여러 동네와 연령대의 주민을 고르게 뽑아 설문 조사한다.",
              ["평일 낮에 공원에 온 사람들에게만 물어본다.", "초등학생들에게만 물어본다.", "한 아파트 단지 주민에게만 물어본다.", "운동 동호회 회원들에게만 물어본다."]),
             ("우리 학교 학생들의 급식 만족도", "전교생 명단에서 학년별로 고르게 무작위 추출하여 조사한다.",
              ["급식을 남기지 않은 학생들에게만 물어본다.", "급식 도우미 학생들만 조사한다.", "1학년 학생들만 조사한다.", "급식실에 가장 먼저 온 학생 10명만 조사한다."])]


@family("9수04-04", "sampling-plan")
def _s_sampling(rng: random.Random) -> Problem:
    topic, good, bads = rng.choice(_SAMPLING)
    ch = choices(rng, good, bads)
    text = _pick(rng, f"'{topic}'을 알아보기 위한 자료 수집 방법으로 가장 적절한 것은?\n{ch.block}",
                 f"'{topic}'에 대한 통계적 탐구를 하려고 한다. 전체를 잘 대표하는 자료를 얻을 수 있는 방법은?\n{ch.block}")
    text = text.replace(f"'{topic}'을", f"'{topic}'" + josa(topic, "을/를")[len(topic):])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", concepts=["통계적 탐구", "자료 수집"],
                   choice=ch, check=lambda: ch.options[ch.correct] == good)


_PURPOSE = [("학생 수가 다른 두 학년의 키 분포를 비교하려고 한다.", "상대도수의 분포를 나타낸 그래프"),
            ("20명의 기록을 각 값이 드러나도록 나타내면서 분포도 보고 싶다.", "줄기와 잎 그림"),
            ("500명의 통학 시간이 어느 구간에 많이 몰려 있는지 한눈에 보고 싶다.", "히스토그램"),
            ("최근 10년 동안 우리 시의 연평균 기온이 어떻게 변해 왔는지 보고 싶다.", "꺾은선그래프"),
            ("전교생이 응답한 좋아하는 급식 메뉴의 비율을 한눈에 보고 싶다.", "원그래프")]


@family("9수04-04", "representation-for-purpose")
def _s_repr(rng: random.Random) -> Problem:
    sit, best = rng.choice(_PURPOSE)
    ch = choices(rng, best, [b for _, b in _PURPOSE if b != best])
    text = f"공학 도구로 자료를 정리하려고 한다. {sit} 가장 적절한 표현 방법은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", concepts=["통계적 탐구"],
                   choice=ch, check=lambda: dict(_PURPOSE)[sit] == ch.options[ch.correct])


@family("9수04-04", "misleading-axis")
def _s_axis(rng: random.Random) -> Problem:
    while True:
        base = rng.choice([50, 80, 100, 150, 200])
        a, b = base + rng.randint(2, 15), base + rng.randint(16, 40)
        ratio_seen = Fraction(b - base, a - base)
        ratio_true = Fraction(b, a)
        if ratio_seen.denominator == 1 and 2 <= ratio_seen <= 6:
            break
    x, y = rng.sample(["A 제품", "B 제품", "가 회사", "나 회사", "작년", "올해"], 2) if rng.random() < 0.5 else ("작년", "올해")
    text = (f"어느 보고서에 {x}의 판매량 {a}만 개와 {y}의 판매량 {b}만 개를 막대그래프로 나타내었는데, 세로축 눈금이 {base}만 개부터 시작하였다. "
            f"그래프에서 {y}의 막대 길이는 {x}의 막대 길이의 몇 배로 보이는지 구하고, 실제 판매량은 몇 배인지 기약분수로 나타내어 그래프의 문제점을 설명하시오.").replace(f"{x}의", x + "의").replace(f"{y}의", y + "의")
    return Problem(text=text, answer=f"{ratio_seen}배로 보이지만 실제로는 {_fa(ratio_true)}배이다. 눈금을 0이 아닌 {base}부터 시작하여 차이가 실제보다 크게 보인다.",
                   format="proof", difficulty=4, achievement_level="B", concepts=["통계적 탐구"],
                   check=lambda: Fraction(b - base) / (a - base) == ratio_seen and Fraction(b, a) == ratio_true)


@family("9수04-04", "check-conclusion-with-data")
def _s_conclude(rng: random.Random) -> Problem:
    g1, g2 = rng.sample(rng.choice([["남학생", "여학생"], ["1반", "2반"], ["운동부", "비운동부"], ["1학년", "3학년"]]), 2)
    n = 6
    while True:
        a = [rng.randint(4, 12) for _ in range(n)]
        b = [rng.randint(2, 14) for _ in range(n)]
        ma, mb = Fraction(sum(a), n), Fraction(sum(b), n)
        if _term(ma) and _term(mb) and ma != mb and _median(a) != _median(b):
            break
    claim_g = rng.choice([g1, g2])
    tab = "| 구분 | " + " | ".join(f"학생{i + 1}" for i in range(n)) + " |\n" + f"| {g1} | " + " | ".join(map(str, a)) + " |\n" + f"| {g2} | " + " | ".join(map(str, b)) + " |"
    true_claim = (claim_g == g1) == (ma > mb)
    text = (f"'{g1}과 {g2} 중 어느 쪽이 일주일 동안 운동 시간이 더 길까?'라는 탐구 문제를 세우고 각각 {n}명씩 조사하였다. (단위: 시간)\n{tab}\n"
            f"평균을 구하여 '{claim_g}의 운동 시간이 더 긴 편이다.'라는 결론이 자료로 뒷받침되는지 판단하시오.").replace(f"'{g1}과", "'" + josa(g1, "과/와"))
    return Problem(text=text, answer=f"{g1} 평균 {_n(ma)}시간, {g2} 평균 {_n(mb)}시간이므로 {'뒷받침된다' if true_claim else '뒷받침되지 않는다'}.",
                   format="data", difficulty=3, achievement_level="C", concepts=["통계적 탐구", "평균"],
                   check=lambda: (sum(a) > sum(b)) == (ma > mb))


_PROCESS = ["통계적 탐구 문제 설정하기", "자료 수집 계획 세우기", "자료 수집하기", "공학 도구로 자료 정리 및 분석하기", "결과 해석하고 결론 내리기"]


@family("9수04-04", "inquiry-process-order")
def _s_order(rng: random.Random) -> Problem:
    marks = ["㉠", "㉡", "㉢", "㉣", "㉤"]
    sh = _PROCESS[:]
    while sh == _PROCESS:
        rng.shuffle(sh)
    topic = rng.choice(["우리 학교 학생들의 수면 시간", "학년별 스마트폰 사용 시간", "우리 지역 미세먼지 농도의 변화", "급식 잔반량과 메뉴의 관계"])
    lst = "\n".join(f"{m} {s}" for m, s in zip(marks, sh, strict=True))
    ans = " → ".join(marks[sh.index(s)] for s in _PROCESS)
    text = f"'{topic}'에 대한 통계 프로젝트를 진행하려고 한다. 다음 활동을 통계적 탐구 과정의 순서대로 나열하시오.\n{lst}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E", concepts=["통계적 탐구"],
                   check=lambda: [sh[marks.index(m)] for m in ans.split(" → ")] == _PROCESS)


_BIASED = [("\"건강에 해로운 탄산음료를 얼마나 자주 마십니까?\"", "'건강에 해로운'이라는 표현이 응답을 한쪽으로 유도한다."),
           ("\"대부분의 학생이 찬성하는 교복 자율화에 찬성합니까?\"", "'대부분의 학생이 찬성하는'이라는 표현이 찬성 응답을 유도한다."),
           ("\"당신은 공부를 얼마나 많이 합니까? ① 많이 ② 아주 많이\"", "선택지가 한쪽으로 치우쳐 있어 다양한 응답을 할 수 없다."),
           ("\"게임을 하루에 몇 시간 하는 나쁜 습관이 있습니까?\"", "'나쁜 습관'이라는 표현이 솔직한 응답을 방해한다.")]


@family("9수04-04", "critique-survey-question")
def _s_critique(rng: random.Random) -> Problem:
    q, why = rng.choice(_BIASED)
    who = name(rng)
    text = (f"{josa(who, '은/는')} 통계적 탐구를 위해 설문지에 다음 질문을 넣었다.\n{q}\n이 질문의 문제점을 설명하고, 공정한 자료를 얻을 수 있도록 질문을 고쳐 쓰시오.")
    return Problem(text=text, answer=f"{why} 가치 판단이 들어간 표현을 빼고 중립적으로 묻거나 고른 선택지를 제시한다.",
                   format="proof", difficulty=3, achievement_level="B", concepts=["통계적 탐구", "자료 수집"],
                   check=lambda: q in dict(_BIASED))


# =============================================================================================
# 9수04-05 경우의 수 (합의 법칙, 곱의 법칙 정도)
# =============================================================================================

_DIE_EVENTS = {"짝수": lambda x: x % 2 == 0, "홀수": lambda x: x % 2 == 1, "소수": lambda x: x in (2, 3, 5),
               "6의 약수": lambda x: 6 % x == 0, "4의 약수": lambda x: 4 % x == 0, "3의 배수": lambda x: x % 3 == 0,
               "4 이상의 수": lambda x: x >= 4, "2 이하의 수": lambda x: x <= 2, "5 미만의 수": lambda x: x < 5}


@family("9수04-05", "die-single-event")
def _k_die(rng: random.Random) -> Problem:
    e = rng.choice(list(_DIE_EVENTS))
    cnt = sum(1 for x in range(1, 7) if _DIE_EVENTS[e](x))
    text = _pick(rng, f"한 개의 주사위를 던질 때, {josa(e, '이/가')} 나오는 경우의 수를 구하시오.",
                 f"주사위 한 개를 한 번 던져서 나오는 눈의 수가 {e}인 경우는 모두 몇 가지인가?")
    return Problem(text=text, answer=str(cnt), format="word", difficulty=1, achievement_level="E", concepts=["경우의 수", "사건"],
                   check=lambda: len([x for x in range(1, 7) if _DIE_EVENTS[e](x)]) == cnt)


@family("9수04-05", "two-dice-sum")
def _k_sum(rng: random.Random) -> Problem:
    pairs = [(a, b) for a in range(1, 7) for b in range(1, 7)]
    kind = rng.choice(["one", "or", "diff"])
    if kind == "one":
        s = rng.randint(3, 11)
        cnt = sum(1 for a, b in pairs if a + b == s)
        q = f"나오는 두 눈의 수의 합이 {s}인 경우의 수"
        lvl, d = "D", 2
    elif kind == "or":
        s, t = rng.sample(range(2, 13), 2)
        cnt = sum(1 for a, b in pairs if a + b in (s, t))
        q = f"나오는 두 눈의 수의 합이 {s} 또는 {t}인 경우의 수"
        lvl, d = "C", 3
    else:
        s = rng.randint(0, 4)
        cnt = sum(1 for a, b in pairs if abs(a - b) == s)
        q = f"나오는 두 눈의 수의 차가 {s}인 경우의 수"
        lvl, d = "C", 3
    dice = rng.choice(["서로 다른 두 개의 주사위를 동시에 던질 때", "주사위 한 개를 두 번 던질 때", "A, B 두 개의 주사위를 던질 때"])
    text = f"{dice}, {josa(q, '을/를')} 구하시오."
    return Problem(text=text, answer=str(cnt), format="word", difficulty=d, achievement_level=lvl, concepts=["경우의 수"],
                   check=lambda: cnt == len([p for p in pairs if (sum(p) == s if kind == "one" else sum(p) in (s, t) if kind == "or" else abs(p[0] - p[1]) == s)]))


@family("9수04-05", "menu-product")
def _k_menu(rng: random.Random) -> Problem:
    sets = rng.choice([[("김밥", "종류"), ("음료", "종류")], [("티셔츠", "벌"), ("바지", "벌"), ("모자", "개")],
                       [("빵", "종류"), ("잼", "종류")], [("자음 카드", "장"), ("모음 카드", "장")], [("상의", "벌"), ("하의", "벌")]])
    ns = [rng.randint(2, 6) for _ in sets]
    total = 1
    for x in ns:
        total *= x
    desc = ", ".join(f"{a} {n}{c}" for (a, c), n in zip(sets, ns, strict=True))
    pick = "와 ".join(a for a, _ in sets) if len(sets) == 2 else ", ".join(a for a, _ in sets)
    text = _pick(rng, f"{josa(desc, '이/가')} 있다. 각각 하나씩 골라 짝 짓는 경우의 수를 구하시오.",
                 f"{desc} 중에서 각각 한 가지씩 선택하는 방법은 모두 몇 가지인가?")
    return Problem(text=text, answer=str(total), format="word", difficulty=2, achievement_level="D", concepts=["경우의 수"],
                   check=lambda: len(list(__import__("itertools").product(*[range(x) for x in ns]))) == total and bool(pick))


@family("9수04-05", "routes-between-places")
def _k_routes(rng: random.Random) -> Problem:
    a, b, c = rng.sample(["집", "도서관", "학교", "공원", "서점", "체육관"], 3)
    m, n = rng.randint(2, 4), rng.randint(2, 4)
    d = rng.randint(0, 3)
    total = m * n + d
    text = (f"{a}에서 {b}까지 가는 길은 {m}가지, {b}에서 {c}까지 가는 길은 {n}가지"
            + (f"이고, {b}를 거치지 않고 {a}에서 {c}까지 바로 가는 길은 {d}가지이다." if d else "이다.")
            + f" {a}에서 {c}까지 가는 방법은 모두 몇 가지인가? (단, 같은 지점은 두 번 이상 지나지 않는다.)")
    text = text.replace(f"{b}를", josa(b, "을/를"))
    return Problem(text=text, answer=str(total), format="word", difficulty=2 if d == 0 else 3,
                   achievement_level="D" if d == 0 else "C", concepts=["경우의 수"], check=lambda: total - d == m * n)


@family("9수04-05", "transport-sum")
def _k_transport(rng: random.Random) -> Problem:
    kinds = rng.sample([("기차", "편"), ("고속버스", "편"), ("시외버스", "편")], 2)
    ns = [rng.randint(2, 8) for _ in kinds]
    a, b = rng.sample(["서울", "부산", "대전", "광주", "인천", "강릉"], 2)
    desc = ", ".join(f"{k} {n}{u}" for (k, u), n in zip(kinds, ns, strict=True))
    text = f"{a}에서 {b}까지 가는 교통편으로 {josa(desc, '이/가')} 있다. {a}에서 {b}까지 {kinds[0][0]}나 {kinds[1][0]} 중 하나를 이용하여 가는 경우의 수를 구하시오."
    text = text.replace(f"{kinds[0][0]}나", josa(kinds[0][0], "이나/나"))
    return Problem(text=text, answer=str(sum(ns)), format="word", difficulty=1, achievement_level="E", concepts=["경우의 수"],
                   check=lambda: sum(ns) == ns[0] + ns[1])


@family("9수04-05", "cards-multiple-or")
def _k_cards(rng: random.Random) -> Problem:
    while True:
        N = rng.choice([10, 12, 15, 20, 25, 30])
        p, q = rng.sample([2, 3, 4, 5, 6, 7, 9], 2)
        both = [x for x in range(1, N + 1) if x % p == 0 and x % q == 0]
        if not both:
            break
    cnt = sum(1 for x in range(1, N + 1) if x % p == 0 or x % q == 0)
    form = rng.choice(["word", "fill"])
    if form == "word":
        text = f"1부터 {N}까지의 자연수가 각각 하나씩 적힌 {N}장의 카드 중에서 한 장을 뽑을 때, {p}의 배수 또는 {q}의 배수가 나오는 경우의 수를 구하시오."
        ans = str(cnt)
    else:
        a1, a2 = N // p, N // q
        text = (f"1부터 {N}까지의 수가 적힌 카드 중 한 장을 뽑을 때, {p}의 배수 또는 {q}의 배수가 나오는 경우의 수를 구하는 과정이다. □ 안에 알맞은 수를 써넣으시오.\n"
                f"{p}의 배수가 나오는 경우: □가지, {q}의 배수가 나오는 경우: □가지\n두 사건은 동시에 일어나지 않으므로 구하는 경우의 수는 □이다.")
        ans = f"{a1}, {a2}, {a1 + a2}"
    return Problem(text=text, answer=ans, format=form, difficulty=3, achievement_level="C", concepts=["경우의 수", "사건"],
                   check=lambda: cnt == N // p + N // q)


@family("9수04-05", "coin-and-die")
def _k_coin_die(rng: random.Random) -> Problem:
    kind = rng.choice(["all", "event", "coins"])
    if kind == "all":
        c = rng.randint(1, 3)
        dd = rng.randint(1, 2)
        total = 2**c * 6**dd
        text = f"동전 {c}개와 주사위 {dd}개를 동시에 던질 때 일어나는 모든 경우의 수를 구하시오."
        ans, lvl, d = str(total), "D", 2
    elif kind == "event":
        e = rng.choice(list(_DIE_EVENTS))
        side = rng.choice(["앞면", "뒷면"])
        cnt = sum(1 for x in range(1, 7) if _DIE_EVENTS[e](x))
        text = f"동전 한 개와 주사위 한 개를 동시에 던질 때, 동전은 {josa(side, '이/가')} 나오고 주사위는 {josa(e, '이/가')} 나오는 경우의 수를 구하시오."
        ans, lvl, d = str(cnt), "C", 3
    else:
        c = rng.choice([2, 3])
        k = rng.randint(1, c)
        from math import comb
        ans = str(comb(c, k))
        text = f"서로 다른 동전 {c}개를 동시에 던질 때, 앞면이 {k}개 나오는 경우의 수를 구하시오."
        lvl, d = "C", 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lvl, concepts=["경우의 수"],
                   check=lambda: int(ans) > 0)


@family("9수04-05", "pay-with-coins")
def _k_pay(rng: random.Random) -> Problem:
    big, small = rng.choice([(500, 100), (100, 50), (1000, 500), (100, 10)])
    nb, ns = rng.randint(1, 4), rng.randint(big // small, big // small + 4)
    while True:
        amount = rng.choice(range(small * 2, big * nb + small * ns + 1, small))
        ways = [(i, j) for i in range(nb + 1) for j in range(ns + 1) if i * big + j * small == amount]
        if len(ways) >= 2:
            break
    text = _pick(rng, f"{big}원짜리 동전 {nb}개와 {small}원짜리 동전 {ns}개가 있다. 이 동전을 사용하여 {num(amount)}원을 지불하는 방법의 수를 구하시오. (단, 거스름돈은 받지 않는다.)",
                 f"{big}원짜리 {nb}개, {small}원짜리 {ns}개로 {num(amount)}원짜리 물건값을 거스름돈 없이 낼 수 있는 방법은 모두 몇 가지인가?")
    text = text.replace(f"{big}원짜리 {nb}개", f"{big}원짜리 동전 {nb}개") if "동전" not in text else text
    return Problem(text=text, answer=str(len(ways)), format="word", difficulty=3, achievement_level="C", concepts=["경우의 수"],
                   check=lambda: all(i * big + j * small == amount for i, j in ways))


@family("9수04-05", "two-digit-numbers")
def _k_digits(rng: random.Random) -> Problem:
    has_zero = rng.random() < 0.4
    n = rng.randint(3, 5)
    cards = list(range(0 if has_zero else 1, n + (0 if has_zero else 1)))
    nums_ = [10 * a + b for a in cards for b in cards if a != b and a != 0]
    cond = rng.choice(["all", "even", "ge"])
    if cond == "all":
        cnt, q = len(nums_), "만들 수 있는 두 자리 자연수의 개수"
    elif cond == "even":
        cnt, q = sum(1 for x in nums_ if x % 2 == 0), "만들 수 있는 두 자리 자연수 중 짝수의 개수"
    else:
        t = rng.choice(sorted(nums_)[1:-1])
        cnt, q = sum(1 for x in nums_ if x >= t), f"만들 수 있는 두 자리 자연수 중 {t} 이상인 수의 개수"
    cs = ", ".join(map(str, cards))
    text = f"{josa(cs, '이/가')} 각각 하나씩 적힌 {len(cards)}장의 카드 중에서 2장을 뽑아 두 자리 자연수를 만들 때, {josa(q, '을/를')} 구하시오."
    return Problem(text=text, answer=str(cnt), format="word", difficulty=3 if cond == "all" else 4,
                   achievement_level="C" if cond == "all" else "B", concepts=["경우의 수"],
                   check=lambda: cnt <= len(cards) * (len(cards) - 1))


# =============================================================================================
# 9수04-06 확률
# =============================================================================================


def _pans(p: Fraction) -> str:
    return _fa(p)


@family("9수04-06", "die-probability")
def _p_die(rng: random.Random) -> Problem:
    e = rng.choice(list(_DIE_EVENTS))
    p = Fraction(sum(1 for x in range(1, 7) if _DIE_EVENTS[e](x)), 6)
    st = pick_style(rng)
    form = rng.choice(["word", "mcq"])
    text = f"한 개의 주사위를 던질 때, {josa(e, '이/가')} 나올 확률을 구하시오."
    if form == "mcq":
        ds = [_fr(Fraction(k, 6), st) for k in range(0, 7) if Fraction(k, 6) != p] + [_fr(Fraction(1, 3), st), _fr(Fraction(2, 3), st)]
        ch = choices(rng, _fr(p, st), [d for d in dict.fromkeys(ds) if d != _fr(p, st)])
        text = f"한 개의 주사위를 던질 때, {josa(e, '이/가')} 나올 확률은?\n{ch.block}"
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="E", concepts=["확률", "사건"],
                       choice=ch, check=lambda: ch.options[ch.correct] == _fr(p, st))
    return Problem(text=text, answer=_pans(p), format="word", difficulty=1, achievement_level="E", concepts=["확률", "사건"],
                   check=lambda: p * 6 == sum(1 for x in range(1, 7) if _DIE_EVENTS[e](x)))


@family("9수04-06", "bag-probability")
def _p_bag(rng: random.Random) -> Problem:
    cols = rng.sample(["빨간", "파란", "노란", "흰", "검은"], 3)
    ns = [rng.randint(1, 8) for _ in cols]
    total = sum(ns)
    kind = rng.choice(["one", "or", "not"])
    obj = rng.choice(["공", "구슬", "바둑돌"]) if "흰" in cols or "검은" in cols else rng.choice(["공", "구슬"])
    desc = ", ".join(f"{c} {obj} {n}개" for c, n in zip(cols, ns, strict=True))
    if kind == "one":
        p, q = Fraction(ns[0], total), f"{cols[0]} {josa(obj, '이/가')} 나올 확률"
    elif kind == "or":
        p, q = Fraction(ns[0] + ns[1], total), f"{cols[0]} {obj} 또는 {cols[1]} {josa(obj, '이/가')} 나올 확률"
    else:
        p, q = Fraction(total - ns[2], total), f"{cols[2]} {josa(obj, '이/가')} 나오지 않을 확률"
    text = _pick(rng, f"주머니 속에 {josa(desc, '이/가')} 들어 있다. 이 주머니에서 {obj} 한 개를 꺼낼 때, {josa(q, '을/를')} 구하시오.",
                 f"상자 안에 {josa(desc, '이/가')} 있다. 한 개를 임의로 꺼낼 때 {josa(q, '은/는')}?")
    return Problem(text=text, answer=_pans(p), format="word", difficulty=2 if kind == "one" else 3,
                   achievement_level="E" if kind == "one" else "D", concepts=["확률"],
                   check=lambda: p == Fraction(ns[0], total) or p == Fraction(ns[0] + ns[1], total) or p == 1 - Fraction(ns[2], total))


@family("9수04-06", "at-least-one-complement")
def _p_atleast(rng: random.Random) -> Problem:
    kind = rng.choice(["coins", "quiz", "shoot"])
    if kind == "coins":
        c = rng.choice([2, 3, 4])
        p = 1 - Fraction(1, 2**c)
        text = f"동전 {c}개를 동시에 던질 때, 적어도 한 개는 앞면이 나올 확률을 구하시오."
    elif kind == "quiz":
        c = rng.choice([2, 3])
        p = 1 - Fraction(1, 2**c)
        text = f"○, × 로 답하는 문제 {c}개에 임의로 답할 때, 적어도 한 문제는 맞힐 확률을 구하시오."
    else:
        a, b = Fraction(rng.randint(2, 8), 10), Fraction(rng.randint(2, 8), 10)
        p = 1 - (1 - a) * (1 - b)
        x, y = names(rng, 2)
        text = (f"{x}와 {y}가 과녁을 맞힐 확률이 각각 {_n(a)}, {_n(b)}이다. 두 사람이 한 번씩 활을 쏠 때, 적어도 한 사람은 과녁을 맞힐 확률을 구하시오.").replace(f"{x}와", josa(x, "과/와")).replace(f"{y}가", josa(y, "이/가"))
    ans = _n(p) if kind == "shoot" else _pans(p)
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B", concepts=["확률"],
                   check=lambda: 0 < p < 1)


@family("9수04-06", "two-dice-probability")
def _p_dice(rng: random.Random) -> Problem:
    pairs = [(a, b) for a in range(1, 7) for b in range(1, 7)]
    kind = rng.choice(["sum", "same", "prod_even", "sum_or"])
    if kind == "sum":
        s = rng.randint(2, 12)
        fav, q = [p for p in pairs if sum(p) == s], f"두 눈의 수의 합이 {s}일 확률"
    elif kind == "same":
        fav, q = [p for p in pairs if p[0] == p[1]], "두 눈의 수가 같을 확률"
    elif kind == "prod_even":
        fav, q = [p for p in pairs if p[0] * p[1] % 2 == 0], "두 눈의 수의 곱이 짝수일 확률"
    else:
        s, t = rng.sample(range(3, 12), 2)
        fav, q = [p for p in pairs if sum(p) in (s, t)], f"두 눈의 수의 합이 {s} 또는 {t}일 확률"
    pr = Fraction(len(fav), 36)
    text = f"서로 다른 두 개의 주사위를 동시에 던질 때, {josa(q, '을/를')} 구하시오."
    return Problem(text=text, answer=_pans(pr), format="word", difficulty=3 if kind != "prod_even" else 4,
                   achievement_level="C" if kind != "prod_even" else "B", concepts=["확률"],
                   check=lambda: pr * 36 == len(fav))


@family("9수04-06", "independent-and")
def _p_and(rng: random.Random) -> Problem:
    kind = rng.choice(["bags", "coin_die", "weather"])
    if kind == "bags":
        r1, w1, r2, w2 = (rng.randint(1, 6) for _ in range(4))
        p = Fraction(r1, r1 + w1) * Fraction(r2, r2 + w2)
        text = (f"A 주머니에는 흰 공 {r1}개, 검은 공 {w1}개가 들어 있고, B 주머니에는 흰 공 {r2}개, 검은 공 {w2}개가 들어 있다. "
                f"A, B 주머니에서 각각 공을 한 개씩 꺼낼 때, 두 공이 모두 흰 공일 확률을 구하시오.")
        ans = _pans(p)
    elif kind == "coin_die":
        e = rng.choice(list(_DIE_EVENTS))
        p = Fraction(1, 2) * Fraction(sum(1 for x in range(1, 7) if _DIE_EVENTS[e](x)), 6)
        text = f"동전 한 개와 주사위 한 개를 동시에 던질 때, 동전은 앞면이 나오고 주사위는 {josa(e, '이/가')} 나올 확률을 구하시오."
        ans = _pans(p)
    else:
        a, b = Fraction(rng.randint(1, 9), 10), Fraction(rng.randint(1, 9), 10)
        p = a * (1 - b)
        d1, d2 = rng.choice([("토요일", "일요일"), ("월요일", "화요일")])
        text = f"어느 지역에 {d1}에 비가 올 확률은 {_n(a)}, {d2}에 비가 올 확률은 {_n(b)}이다. {d1}에는 비가 오고 {d2}에는 비가 오지 않을 확률을 구하시오. (단, 두 날의 날씨는 서로 영향을 주지 않는다.)"
        ans = _n(p)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C", concepts=["확률"],
                   check=lambda: 0 <= p <= 1)


@family("9수04-06", "relative-frequency-estimate")
def _p_rel(rng: random.Random) -> Problem:
    obj = rng.choice(["병뚜껑", "압정", "윷가락", "종이컵"])
    outcome, will = {"병뚜껑": ("윗면이 위로 향한", "윗면이 위로 향할"), "압정": ("바늘이 위로 향한", "바늘이 위로 향할"),
                     "윷가락": ("평평한 면이 나온", "평평한 면이 나올"), "종이컵": ("옆으로 누운", "옆으로 누울")}[obj]
    ns = [50, 100, 200, 500, 1000]
    true_p = Fraction(rng.choice([3, 4, 6, 7]), 10)
    hits = [round(n * true_p) + rng.randint(-n // 20 - 1, n // 20 + 1) for n in ns[:-1]] + [int(ns[-1] * true_p)]
    tab = "\n".join(["| 던진 횟수 | " + " | ".join(map(str, ns)) + " |", f"| {outcome} 횟수 | " + " | ".join(map(str, hits)) + " |"])
    m = rng.choice([200, 300, 500, 2000])
    text = (f"{josa(obj, '을/를')} 던지는 실험을 여러 번 반복한 결과이다.\n{tab}\n"
            f"(1) {obj}을 한 번 던질 때 {will} 확률을 실험 결과로 추정하시오.\n(2) 같은 {josa(obj, '을/를')} {m}번 던진다면 {outcome} 횟수는 약 몇 번으로 예상되는가?").replace(f"{obj}을 한", josa(obj, "을/를") + " 한")
    est = Fraction(hits[-1], ns[-1])
    return Problem(text=text, answer=f"(1) {_n(est)} (2) 약 {_n(est * m)}번", format="data", difficulty=3, achievement_level="C",
                   concepts=["확률", "상대도수"], check=lambda: est == true_p)


_PROB_TRUE = ["어떤 사건이 일어날 확률을 p라고 하면 0 ≤ p ≤ 1이다.", "반드시 일어나는 사건의 확률은 1이다.",
              "절대로 일어나지 않는 사건의 확률은 0이다.", "사건 A가 일어날 확률이 p이면 사건 A가 일어나지 않을 확률은 1 − p이다.",
              "실험 횟수를 늘릴수록 상대도수는 일정한 값에 가까워지며, 그 값을 확률로 볼 수 있다."]
_PROB_FALSE = ["확률은 1보다 클 수 있다.", "동전을 두 번 던져 두 번 모두 앞면이 나왔으므로 세 번째에는 뒷면이 나올 확률이 더 크다.",
               "사건 A가 일어날 확률과 일어나지 않을 확률의 합은 0이다.", "주사위를 6번 던지면 1의 눈이 반드시 한 번 나온다.",
               "일어날 수 있는 경우가 두 가지이면 각 경우의 확률은 항상 1/2이다.", "절대로 일어나지 않는 사건의 확률은 1이다."]


@family("9수04-06", "probability-properties")
def _p_props(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.5
    ch = choices(rng, rng.choice(_PROB_TRUE), rng.sample(_PROB_FALSE, 4)) if ask_true else choices(rng, rng.choice(_PROB_FALSE), rng.sample(_PROB_TRUE, 4))
    text = f"확률에 대한 설명으로 {'옳은' if ask_true else '옳지 않은'} 것은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D", concepts=["확률"],
                   choice=ch, check=lambda: (ch.options[ch.correct] in _PROB_TRUE) == ask_true)


@family("9수04-06", "unknown-count-from-probability")
def _p_unknown(rng: random.Random) -> Problem:
    w = rng.randint(2, 12)
    while True:
        x = rng.randint(1, 12)
        p = Fraction(x, x + w)
        if p.denominator != x + w or rng.random() < 0.3:
            break
    st = pick_style(rng)
    c1, c2 = rng.sample(["빨간", "파란", "노란", "초록"], 2)
    text = _pick(rng, f"주머니 속에 {c1} 공 x개와 {c2} 공 {w}개가 들어 있다. 이 주머니에서 공 한 개를 꺼낼 때 {c1} 공이 나올 확률이 {_fr(p, st)}이다. x의 값을 구하시오.",
                 f"{c1} 구슬 몇 개와 {c2} 구슬 {w}개가 든 상자에서 구슬 한 개를 꺼낼 때, {c1} 구슬일 확률이 {_fr(p, st)}라고 한다. {c1} 구슬은 몇 개인가?")
    xs = sp.Symbol("x", positive=True)
    return Problem(text=text, answer=str(x) if "x의 값" in text else f"{x}개", format="word", difficulty=3, achievement_level="C",
                   concepts=["확률"], check=lambda: sp.solve(sp.Eq(xs / (xs + w), sp.Rational(p.numerator, p.denominator)), xs) == [x])


# =============================================================================================
# 9수04-07 분산과 표준편차
# =============================================================================================


def _sqrt_txt(v: Fraction, st: str = "unicode") -> str:
    """√v as textbooks write it: 3, 2√3, √2.8 (LaTeX: $2\\sqrt{3}$)."""
    v = Fraction(v)
    rn, rd = sp.sqrt(v.numerator), sp.sqrt(v.denominator)
    if rn.is_Integer and rd.is_Integer:
        return _n(Fraction(int(rn), int(rd)))
    if v.denominator == 1:
        e = sp.sqrt(int(v))
        if e.is_Integer:
            return str(e)
        coef, rad = e.as_coeff_Mul()
        inner = str(rad.args[0])
        c = "" if coef == 1 else str(coef)
        return f"${c}\\sqrt{{{inner}}}$" if st == "latex" else f"{c}√{inner}"
    return f"$\\sqrt{{{_n(v)}}}$" if st == "latex" else f"√{_n(v)}"


def _var(vals: list[int]) -> tuple[Fraction, Fraction]:
    m = Fraction(sum(vals), len(vals))
    return m, sum((v - m) ** 2 for v in vals) / len(vals)


def _nice_data(rng: random.Random, n: int, lo: int, hi: int, int_var: bool = True) -> list[int]:
    while True:
        vals = [rng.randint(lo, hi) for _ in range(n)]
        m, v = _var(vals)
        if m.denominator == 1 and (v.denominator == 1 if int_var else _term(v)) and v > 0:
            return vals


@family("9수04-07", "deviation-of-value")
def _v_dev(rng: random.Random) -> Problem:
    n = rng.randint(4, 7)
    vals = _nice_data(rng, n, 50, 100, int_var=False)
    m = Fraction(sum(vals), n)
    ppl = names(rng, n)
    k = rng.randrange(n)
    tab = _tab(rng, [("이름", ppl), ("점수(점)", vals)])
    text = _pick(rng, f"다음은 학생 {n}명의 수학 점수이다. {ppl[k]}의 점수의 편차를 구하시오.\n{tab}",
                 f"표는 {n}명의 수행평가 점수를 나타낸 것이다. 평균을 구하고, {ppl[k]}의 편차를 구하시오.\n{tab}")
    d = vals[k] - m
    ans = f"{_n(d)}점" if "평균을 구하고" not in text else f"평균 {_n(m)}점, 편차 {_n(d)}점"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="E", concepts=["편차", "평균"],
                   check=lambda: sum(v - m for v in vals) == 0)


@family("9수04-07", "missing-deviation")
def _v_missdev(rng: random.Random) -> Problem:
    n = rng.randint(4, 6)
    vals = _nice_data(rng, n, 10, 40, int_var=False)
    m = Fraction(sum(vals), n)
    devs = [v - m for v in vals]
    k = rng.randrange(n)
    ppl = names(rng, n)
    shown = ["x" if i == k else _n(d) for i, d in enumerate(devs)]
    tab = _tab(rng, [("학생", ppl), ("편차(회)", shown)])
    ask_val = rng.random() < 0.5
    text = f"다음은 학생 {n}명의 턱걸이 기록의 편차를 나타낸 표이다.{' 기록의 평균이 ' + _n(m) + '회일 때,' if ask_val else ''}\n{tab}\n"
    text += f"{ppl[k]}의 턱걸이 기록을 구하시오." if ask_val else "x의 값을 구하시오."
    ans = f"{vals[k]}회" if ask_val else _n(devs[k])
    return Problem(text=text, answer=ans, format="data", difficulty=2 if not ask_val else 3, achievement_level="D",
                   concepts=["편차"], check=lambda: -sum(d for i, d in enumerate(devs) if i != k) == devs[k])


@family("9수04-07", "variance-and-sd-of-list")
def _v_list(rng: random.Random) -> Problem:
    n = rng.randint(4, 6)
    vals = _nice_data(rng, n, 1, 20)
    m, v = _var(vals)
    st = pick_style(rng, (0.4, 0.4, 0.2))
    what = rng.choice(["변량", "자료"])
    text = _pick(rng, f"다음 {what}의 분산과 표준편차를 차례로 구하시오.\n{', '.join(map(str, vals))}",
                 f"{n}개의 변량 {', '.join(map(str, vals))}의 표준편차를 구하시오.")
    sd = _sqrt_txt(v, st if st == "latex" else "unicode")
    ans = f"분산 {_n(v)}, 표준편차 {_sqrt_txt(v)}" if "분산과" in text else _sqrt_txt(v)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="D",
                   concepts=["분산", "표준편차"], check=lambda: sp.Rational(v.numerator, v.denominator) == sp.Rational(sum((x - m) ** 2 for x in vals), n) and bool(sd))


@family("9수04-07", "variance-from-deviation-table")
def _v_devtab(rng: random.Random) -> Problem:
    n = rng.choice([4, 5, 6, 8])
    vals = _nice_data(rng, n, 20, 40, int_var=rng.random() < 0.6)
    m, v = _var(vals)
    ppl = [chr(ord("A") + i) for i in range(n)]
    devs = [_n(x - m) for x in vals]
    tab = _tab(rng, [("학생", ppl), ("편차(kg)" if rng.random() < .5 else "편차(분)", devs)])
    text = f"다음은 학생 {n}명의 자료에 대한 편차를 나타낸 표이다. 이 자료의 분산과 표준편차를 구하시오.\n{tab}"
    return Problem(text=text, answer=f"분산 {_n(v)}, 표준편차 {_sqrt_txt(v)}", format="data", difficulty=3, achievement_level="D",
                   concepts=["편차", "분산", "표준편차"], check=lambda: sum(Fraction(d) for d in [x - m for x in vals]) == 0)


@family("9수04-07", "compare-spread-two-groups")
def _v_compare(rng: random.Random) -> Problem:
    n = 5
    a = _nice_data(rng, n, 60, 100)
    _ma, va = _var(a)
    while True:
        b = [rng.randint(60, 100) for _ in range(n - 1)]
        b.append(sum(a) - sum(b))
        _mb, vb = _var(b)
        if 60 <= b[-1] <= 100 and vb.denominator == 1 and va != vb:
            break
    g1, g2 = rng.sample(rng.choice([["A 모둠", "B 모둠"], ["1반 대표", "2반 대표"], names(rng, 2), ["A 선수", "B 선수"]]), 2)
    tab = f"| 구분 | 1회 | 2회 | 3회 | 4회 | 5회 |\n| {g1} | " + " | ".join(map(str, a)) + f" |\n| {g2} | " + " | ".join(map(str, b)) + " |"
    more = g1 if va < vb else g2
    text = (f"다음은 {g1}과 {g2}의 다섯 번의 기록이다. 두 자료의 평균은 같다.\n{tab}\n"
            f"각각의 분산을 구하고, 기록이 더 고른 쪽은 어느 쪽인지 말하시오.").replace(f"{g1}과", josa(g1, "과/와"))
    return Problem(text=text, answer=f"{g1} {_n(va)}, {g2} {_n(vb)}; {more}", format="data", difficulty=4, achievement_level="B",
                   concepts=["분산", "산포도"], check=lambda: (va < vb) == (more == g1))


@family("9수04-07", "variance-from-frequency-table")
def _v_freq(rng: random.Random) -> Problem:
    while True:
        xs = sorted(rng.sample(range(1, 11), 4))
        fs = [rng.randint(1, 6) for _ in xs]
        data = [x for x, f in zip(xs, fs, strict=True) for _ in range(f)]
        m, v = _var(data)
        if m.denominator == 1 and _term(v) and len(_n(v)) <= 4:
            break
    tab = _tab(rng, [("점수(점)", xs), ("학생 수(명)", fs)])
    text = f"다음은 학생 {len(data)}명의 퀴즈 점수를 나타낸 표이다. 점수의 평균과 분산을 구하시오.\n{tab}"
    return Problem(text=text, answer=f"평균 {_n(m)}점, 분산 {_n(v)}", format="data", difficulty=4, achievement_level="C",
                   concepts=["평균", "분산"], check=lambda: v == sum(f * (x - m) ** 2 for x, f in zip(xs, fs, strict=True)) / sum(fs))


_VAR_TRUE = ["편차의 총합은 항상 0이다.", "분산은 편차의 제곱의 평균이다.", "표준편차는 분산의 음이 아닌 제곱근이다.",
             "표준편차가 작을수록 변량들이 평균 가까이에 모여 있다.", "모든 변량이 같으면 분산은 0이다.",
             "모든 변량에 같은 수를 더하면 표준편차는 변하지 않는다."]
_VAR_FALSE = ["편차의 총합은 변량의 개수와 같다.", "분산이 클수록 자료가 평균 가까이에 모여 있다.", "표준편차는 음수가 될 수 있다.",
              "평균이 큰 자료일수록 표준편차도 크다.", "모든 변량에 같은 수를 더하면 분산도 그 수만큼 커진다.", "편차는 항상 0 이상이다."]


@family("9수04-07", "dispersion-properties")
def _v_props(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.5
    ch = choices(rng, rng.choice(_VAR_TRUE), rng.sample(_VAR_FALSE, 4)) if ask_true else choices(rng, rng.choice(_VAR_FALSE), rng.sample(_VAR_TRUE, 4))
    text = f"산포도에 대한 설명으로 {'옳은' if ask_true else '옳지 않은'} 것은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="C", concepts=["산포도", "편차", "분산", "표준편차"],
                   choice=ch, check=lambda: (ch.options[ch.correct] in _VAR_TRUE) == ask_true)


@family("9수04-07", "unknown-pair-from-mean-variance")
def _v_xy(rng: random.Random) -> Problem:
    while True:
        known = [rng.randint(2, 15) for _ in range(rng.choice([2, 3]))]
        x, y = rng.randint(2, 15), rng.randint(2, 15)
        vals = [*known, x, y]
        m, v = _var(vals)
        if m.denominator == 1 and v.denominator == 1 and x != y:
            break
    X, Y = sp.symbols("x y")
    n = len(vals)
    target = rng.choice(["sq", "xy"])
    s = x + y
    ans = x * x + y * y if target == "sq" else x * y
    kt = ", ".join(map(str, known))
    st = pick_style(rng)
    q = "x² + y²" if st != "latex" else "$x^2+y^2$"
    q = q if target == "sq" else ("xy" if st != "latex" else "$xy$")
    text = f"{n}개의 변량 {kt}, x, y의 평균이 {m}이고 분산이 {v}일 때, {q}의 값을 구하시오."
    chk = sp.solve([sp.Eq(sum(known) + X + Y, m * n), sp.Eq(sum((k - m) ** 2 for k in known) + (X - m) ** 2 + (Y - m) ** 2, v * n)], [X, Y], dict=True)
    return Problem(text=text, answer=str(ans), format="word", difficulty=5, achievement_level="A", concepts=["평균", "분산"],
                   check=lambda: all((sol[X] ** 2 + sol[Y] ** 2 if target == "sq" else sol[X] * sol[Y]) == ans for sol in chk) and s == x + y)


# =============================================================================================
# 9수04-08 상자그림
# =============================================================================================


def _five(vals: list[int]) -> list[Fraction]:
    q1, q2, q3 = _quartiles(vals)
    return [Fraction(min(vals)), q1, q2, q3, Fraction(max(vals))]


def _box_txt(rng: random.Random, label: str, f: list[Fraction], style: str | None = None) -> str:
    a, b, c, d, e = (_n(x) for x in f)
    style = style or rng.choice(["list", "ascii", "table"])
    if style == "list":
        return f"{label}: 최솟값 {a}, 제1사분위수 {b}, 중앙값 {c}, 제3사분위수 {d}, 최댓값 {e}"
    if style == "ascii":
        return f"{label}  {a} ├──[ {b} │ {c} │ {d} ]──┤ {e}"
    return f"| {label} | 최솟값 {a} | Q1 {b} | 중앙값 {c} | Q3 {d} | 최댓값 {e} |"


def _rand_five(rng: random.Random) -> list[Fraction]:
    while True:
        f = sorted(rng.sample(range(20, 100), 5))
        if f[2] - f[1] >= 2 and f[3] - f[2] >= 2:
            return [Fraction(x) for x in f]


@family("9수04-08", "five-number-summary")
def _b_five(rng: random.Random) -> Problem:
    n = rng.choice([8, 10, 12])
    vals = sorted(rng.sample(range(10, 60), n))
    f = _five(vals)
    shuffled = rng.sample(vals, n)
    what = rng.choice(["일주일 동안 운동한 시간(시간)", "턱걸이 기록(회)", "수학 점수(점)", "하루 독서 시간(분)"])
    text = _pick(rng, f"다음은 학생 {n}명의 {what}이다. 이 자료의 최솟값, 제1사분위수, 중앙값, 제3사분위수, 최댓값을 차례로 구하시오.\n{', '.join(map(str, shuffled))}",
                 f"자료 {josa(', '.join(map(str, shuffled)), '을/를')} 상자그림으로 나타내려고 한다. 상자그림을 그리는 데 필요한 다섯 개의 값을 구하시오.")
    return Problem(text=text, answer=", ".join(_n(x) for x in f), format="word", difficulty=3, achievement_level="D",
                   concepts=["사분위수", "상자그림", "중앙값"], check=lambda: f[2] == _median(vals) and f[1] == _median(vals[: n // 2]))


@family("9수04-08", "iqr-and-range")
def _b_iqr(rng: random.Random) -> Problem:
    f = _rand_five(rng)
    box = _box_txt(rng, rng.choice(["A반", "1학년", "자료"]), f)
    ask = rng.choice(["iqr", "range", "both"])
    q = {"iqr": "(제3사분위수) − (제1사분위수)의 값", "range": "(최댓값) − (최솟값)의 값", "both": "상자의 길이가 나타내는 (제3사분위수) − (제1사분위수)의 값과 전체 범위((최댓값) − (최솟값))"}[ask]
    ans = {"iqr": _n(f[3] - f[1]), "range": _n(f[4] - f[0]), "both": f"{_n(f[3] - f[1])}, {_n(f[4] - f[0])}"}[ask]
    text = f"다음은 어떤 자료를 나타낸 상자그림의 값이다.\n{box}\n{josa(q, '을/를')} 구하시오."
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="E", concepts=["상자그림", "사분위수"],
                   check=lambda: f[3] > f[1])


@family("9수04-08", "compare-two-boxplots")
def _b_compare(rng: random.Random) -> Problem:
    while True:
        fa, fb = _rand_five(rng), _rand_five(rng)
        if fa[2] != fb[2] and fa[3] - fa[1] != fb[3] - fb[1] and fa[4] - fa[0] != fb[4] - fb[0]:
            break
    A, B = rng.sample([["1반", "2반"], ["남학생", "여학생"], ["A 제품", "B 제품"]], 1)[0]
    bs = rng.choice(["list", "ascii", "table"])
    t = int(fa[2])
    stm = [(f"{A}의 중앙값이 {B}의 중앙값보다 크다.", fa[2] > fb[2]),
           (f"{B}의 중앙값이 {A}의 중앙값보다 크다.", fb[2] > fa[2]),
           (f"{A}의 상자의 길이가 {B}보다 길다.", fa[3] - fa[1] > fb[3] - fb[1]),
           (f"{B}의 상자의 길이가 {A}보다 길다.", fb[3] - fb[1] > fa[3] - fa[1]),
           (f"{A}의 자료의 범위가 {B}보다 크다.", fa[4] - fa[0] > fb[4] - fb[0]),
           (f"{B}의 자료의 범위가 {A}보다 크다.", fb[4] - fb[0] > fa[4] - fa[0]),
           (f"{A}에서 {t} 이상인 자료는 전체의 절반 이상이다.", True),
           (f"{B}의 최댓값은 {A}의 최댓값보다 크다.", fb[4] > fa[4]),
           (f"{A}의 최솟값은 {B}의 최솟값보다 크다.", fa[0] > fb[0])]
    ask_true = rng.random() < 0.5
    right = [s for s, v in stm if v == ask_true]
    wrong = [s for s, v in stm if v != ask_true]
    if len(wrong) < 3:
        ask_true = not ask_true
        right, wrong = wrong, right
    ch = choices(rng, rng.choice(right), wrong, n=min(5, len(wrong) + 1))
    text = (f"다음은 {A}과 {B}의 자료를 상자그림으로 나타낸 값이다.\n{_box_txt(rng, A, fa, bs)}\n{_box_txt(rng, B, fb, bs)}\n"
            f"두 상자그림을 비교한 설명으로 {'옳은' if ask_true else '옳지 않은'} 것은?\n{ch.block}").replace(f"{A}과", josa(A, "과/와"))
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", concepts=["상자그림", "중앙값", "사분위수"],
                   choice=ch, check=lambda: dict(stm)[ch.options[ch.correct]] == ask_true)


@family("9수04-08", "count-in-quarters")
def _b_count(rng: random.Random) -> Problem:
    n = rng.choice([40, 80, 100, 120, 200])
    f = _rand_five(rng)
    box = _box_txt(rng, "기록", f)
    ask = rng.choice(["between", "above", "below_med"])
    q, ans = {"between": (f"{_n(f[1])} 이상 {_n(f[3])} 이하인 학생은 약 몇 명인가?", n // 2),
              "above": (f"{_n(f[3])} 이상인 학생은 약 몇 명인가?", n // 4),
              "below_med": (f"{_n(f[2])} 이하인 학생은 약 몇 명인가?", n // 2)}[ask]
    text = f"학생 {n}명의 기록을 상자그림으로 나타내었다.\n{box}\n{q}"
    return Problem(text=text, answer=f"약 {ans}명", format="word", difficulty=3, achievement_level="D", concepts=["상자그림", "사분위수"],
                   check=lambda: ans in (n // 2, n // 4))


@family("9수04-08", "boxplot-from-stem-leaf")
def _b_stem(rng: random.Random) -> Problem:
    n = rng.choice([12, 16, 20])
    vals = sorted(rng.sample(range(10, 60), n))
    f = _five(vals)
    disp = _stem_leaf(vals, f"{josa(f'{vals[0] // 10}|{vals[0] % 10}', '은/는')} {vals[0]}분")
    text = (f"다음은 어느 반 학생 {n}명의 통학 시간을 조사하여 나타낸 줄기와 잎 그림이다.\n{disp}\n"
            f"이 자료를 공학 도구로 상자그림으로 나타내었을 때, 상자의 양 끝에 해당하는 값과 상자 안의 선이 나타내는 값을 구하시오.")
    return Problem(text=text, answer=f"제1사분위수 {_n(f[1])}분, 제3사분위수 {_n(f[3])}분, 중앙값 {_n(f[2])}분", format="data",
                   difficulty=4, achievement_level="C", concepts=["상자그림", "사분위수", "줄기와 잎 그림"],
                   check=lambda: f[1] <= f[2] <= f[3])


_CANNOT = [("평균", False), ("중앙값", True), ("최댓값", True), ("제1사분위수", True), ("최솟값", True), ("제3사분위수", True),
           ("자료의 범위", True), ("최빈값", False), ("분산", False)]


@family("9수04-08", "what-box-shows")
def _b_what(rng: random.Random) -> Problem:
    ask_cannot = rng.random() < 0.6
    right = [s for s, v in _CANNOT if v != ask_cannot]
    wrong = [s for s, v in _CANNOT if v == ask_cannot]
    ch = choices(rng, rng.choice(right), wrong, n=min(5, len(wrong) + 1))
    text = f"어떤 자료의 상자그림만 보고 {'알 수 없는' if ask_cannot else '알 수 있는'} 것은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="E", concepts=["상자그림"],
                   choice=ch, check=lambda: dict(_CANNOT)[ch.options[ch.correct]] != ask_cannot)


@family("9수04-08", "unknown-from-quartile")
def _b_unknown(rng: random.Random) -> Problem:
    n = 8
    while True:
        vals = sorted(rng.sample(range(10, 70), n))
        q1 = Fraction(vals[1] + vals[2], 2)
        if q1.denominator == 1:
            break
    shown = [str(v) for v in vals]
    shown[2] = "x"
    text = f"다음은 크기순으로 나열한 8개의 변량이다. 이 자료의 제1사분위수가 {q1}일 때, x의 값을 구하시오.\n{', '.join(shown)}"
    return Problem(text=text, answer=str(vals[2]), format="word", difficulty=3, achievement_level="C", concepts=["사분위수"],
                   check=lambda: _quartiles(vals)[0] == q1)


@family("9수04-08", "decide-with-boxplots")
def _b_decide(rng: random.Random) -> Problem:
    while True:
        fa, fb = _rand_five(rng), _rand_five(rng)
        if fa[2] != fb[2] and (fa[3] - fa[1]) != (fb[3] - fb[1]) and (fa[2] > fb[2]) != ((fa[3] - fa[1]) < (fb[3] - fb[1])):
            break
    A, B = rng.choice([("A 선수", "B 선수"), ("가 품종", "나 품종"), ("1반", "2반")])
    what = {"A 선수": "최근 경기 기록(점)", "가 품종": "사과 한 개의 무게(g)", "1반": "수학 점수(점)"}[A]
    bs = rng.choice(["list", "ascii", "table"])
    text = (f"{A}과 {B}의 {what}를 공학 도구로 상자그림으로 나타낸 결과이다.\n{_box_txt(rng, A, fa, bs)}\n{_box_txt(rng, B, fb, bs)}\n"
            f"(1) 전반적으로 값이 더 큰 쪽은 어느 쪽인지 쓰시오.\n(2) 가운데 50%의 자료가 더 고르게 모여 있는 쪽은 어느 쪽인지 쓰고 그 근거를 설명하시오.").replace(f"{A}과", josa(A, "과/와")).replace(f"{what}를", what + josa(what, "을/를")[len(what):])
    big = A if fa[2] > fb[2] else B
    tight = A if fa[3] - fa[1] < fb[3] - fb[1] else B
    return Problem(text=text, answer=f"(1) {big} (중앙값이 더 크다) (2) {tight} (상자의 길이가 더 짧다)", format="proof", difficulty=4,
                   achievement_level="B", concepts=["상자그림", "중앙값", "사분위수"],
                   check=lambda: (fa[2] > fb[2]) == (big == A))


# =============================================================================================
# 9수04-09 산점도와 상관관계
# =============================================================================================

_PAIR_CTX = [("키(cm)", "몸무게(kg)", 145, 180, 38, 75, "pos"), ("공부 시간(시간)", "수학 점수(점)", 1, 10, 40, 100, "pos"),
             ("하루 스마트폰 사용 시간(시간)", "수면 시간(시간)", 1, 8, 5, 10, "neg"),
             ("자동차의 사용 연수(년)", "중고차 가격(백만 원)", 1, 12, 3, 30, "neg"),
             ("신발 크기(mm)", "수학 점수(점)", 230, 280, 50, 100, "none"), ("1차 점수(점)", "2차 점수(점)", 50, 100, 50, 100, "pos"),
             ("산의 높이(100 m)", "기온(°C)", 1, 15, 5, 25, "neg"), ("출석 번호", "키(cm)", 1, 30, 145, 180, "none")]


def _corr(xs: list[int], ys: list[int]) -> float:
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / (sxx * syy) ** 0.5 if sxx and syy else 0.0


def _pairs(rng: random.Random, kind: str, n: int, xlo: int, xhi: int, ylo: int, yhi: int) -> tuple[list[int], list[int]]:
    while True:
        xs = [rng.randint(xlo, xhi) for _ in range(n)]
        if kind == "none":
            ys = [rng.randint(ylo, yhi) for _ in range(n)]
        else:
            ys = []
            for x in xs:
                t = (x - xlo) / max(1, xhi - xlo)
                t = t if kind == "pos" else 1 - t
                ys.append(max(ylo, min(yhi, round(ylo + t * (yhi - ylo) + rng.uniform(-0.12, 0.12) * (yhi - ylo)))))
        r = _corr(xs, ys)
        if (kind == "pos" and r > 0.75) or (kind == "neg" and r < -0.75) or (kind == "none" and abs(r) < 0.2):
            return xs, ys


_KOR_CORR = {"pos": "양의 상관관계", "neg": "음의 상관관계", "none": "상관관계가 없다"}


@family("9수04-09", "classify-from-table")
def _sc_table(rng: random.Random) -> Problem:
    xl, yl, xlo, xhi, ylo, yhi, kind = rng.choice(_PAIR_CTX)
    if rng.random() < 0.3:
        kind = rng.choice(["pos", "neg", "none"])
        xl, yl = rng.choice([("변량 x", "변량 y"), ("x", "y")])
        xlo, xhi, ylo, yhi = 1, 20, 1, 20
    n = rng.randint(8, 10)
    xs, ys = _pairs(rng, kind, n, xlo, xhi, ylo, yhi)
    tab = _tab(rng, [(xl, xs), (yl, ys)], layout="rows")
    text = (f"다음은 학생 {n}명의 두 변량을 조사한 표이다. 이 자료를 산점도로 나타낼 때, 두 변량 사이에는 어떤 상관관계가 있는지 말하시오.\n{tab}")
    if "변량" in xl or xl == "x":
        text = text.replace(f"학생 {n}명의 두 변량을 조사한", f"두 변량 x, y에 대한 {n}개의 자료를 나타낸")
    return Problem(text=text, answer=_KOR_CORR[kind], format="data", difficulty=3, achievement_level="D",
                   concepts=["산점도", "상관관계"], check=lambda: (_corr(xs, ys) > 0.5) == (kind == "pos"))


_LIFE = [("여름철 기온과 아이스크림 판매량", "pos"), ("운동 시간과 소모한 열량", "pos"), ("키와 발의 길이", "pos"),
         ("도시의 인구와 쓰레기 배출량", "pos"), ("겨울철 기온과 난방비", "neg"), ("산의 높이와 그곳의 기온", "neg"),
         ("자동차의 속력과 목적지까지 걸리는 시간", "neg"), ("물건의 가격과 그 물건의 판매량", "neg"),
         ("몸무게와 수학 점수", "none"), ("머리카락의 길이와 키", "none"), ("이름의 글자 수와 시력", "none"), ("신발 크기와 국어 점수", "none")]


@family("9수04-09", "life-pairs-mcq")
def _sc_life(rng: random.Random) -> Problem:
    kind = rng.choice(["pos", "neg", "none"])
    right = [s for s, k in _LIFE if k == kind]
    wrong = [s for s, k in _LIFE if k != kind]
    ch = choices(rng, rng.choice(right), rng.sample(wrong, 4))
    text = _pick(rng, f"다음 중 두 변량 사이에 {_KOR_CORR[kind].replace('상관관계가 없다', '상관관계가 없는 경우')}가 나타나는 것은?",
                 f"두 변량 사이의 상관관계가 '{_KOR_CORR[kind]}'에 해당하는 것을 고르시오.") + f"\n{ch.block}"
    text = text.replace("상관관계가 없는 경우가", "상관관계가 거의 없는 것으로")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="E", concepts=["상관관계"],
                   choice=ch, check=lambda: dict(_LIFE)[ch.options[ch.correct]] == kind)


@family("9수04-09", "count-above-diagonal")
def _sc_diag(rng: random.Random) -> Problem:
    n = rng.randint(8, 12)
    xs, ys = _pairs(rng, "pos", n, 50, 100, 50, 100)
    while sum(1 for x, y in zip(xs, ys, strict=True) if x == y) > 2:
        xs, ys = _pairs(rng, "pos", n, 50, 100, 50, 100)
    a, b = rng.choice([("1차 시험", "2차 시험"), ("중간고사", "기말고사"), ("1학기", "2학기")])
    tab = _tab(rng, [("학생", [chr(65 + i) for i in range(n)]), (f"{a} 점수(점)", xs), (f"{b} 점수(점)", ys)])
    kind = rng.choice(["up", "down", "same"])
    q = {"up": f"{a}보다 {b} 점수가 높은 학생", "down": f"{a}보다 {b} 점수가 낮은 학생", "same": f"{a}와 {b} 점수가 같은 학생"}[kind]
    cnt = sum(1 for x, y in zip(xs, ys, strict=True) if (y > x if kind == "up" else y < x if kind == "down" else x == y))
    text = (f"다음은 학생 {n}명의 {a}와 {b} 점수를 나타낸 표이다. 가로축을 {a} 점수, 세로축을 {b} 점수로 하는 산점도를 그릴 때, "
            f"{q}은 몇 명인지 구하시오.\n{tab}").replace(f"{a}와", josa(a, "과/와"))
    return Problem(text=text, answer=f"{cnt}명", format="data", difficulty=3, achievement_level="D", concepts=["산점도"],
                   check=lambda: cnt <= n)


@family("9수04-09", "count-both-above")
def _sc_both(rng: random.Random) -> Problem:
    n = rng.randint(8, 12)
    xl, yl, xlo, xhi, ylo, yhi, kind = rng.choice(_PAIR_CTX[:2] + _PAIR_CTX[5:6])
    xs, ys = _pairs(rng, kind, n, xlo, xhi, ylo, yhi)
    tx = sorted(xs)[n // 2]
    ty = sorted(ys)[n // 2]
    cnt = sum(1 for x, y in zip(xs, ys, strict=True) if x >= tx and y >= ty)
    pct = Fraction(cnt * 100, n)
    tab = _tab(rng, [(xl, xs), (yl, ys)], layout="rows")
    ask_pct = rng.random() < 0.4 and _term(pct)
    ux, uy = xl.split("(")[1].rstrip(")"), yl.split("(")[1].rstrip(")")
    ux, uy = (" " + ux if ux in ("cm", "kg") else ux), (" " + uy if uy in ("cm", "kg") else uy)
    q = f"{xl.split('(')[0]}가 {tx}{ux} 이상이고 {yl.split('(')[0]}가 {ty}{uy} 이상인 학생" + ("은 전체의 몇 %인가?" if ask_pct else "은 몇 명인가?")
    q = q.replace(f"{xl.split('(')[0]}가", josa(xl.split('(')[0], "이/가")).replace(f"{yl.split('(')[0]}가", josa(yl.split('(')[0], "이/가"))
    text = f"다음은 학생 {n}명의 자료를 산점도로 나타내기 위해 정리한 표이다.\n{tab}\n{q}"
    return Problem(text=text, answer=f"{_n(pct)}%" if ask_pct else f"{cnt}명", format="data", difficulty=3, achievement_level="C",
                   concepts=["산점도"], check=lambda: pct * n == cnt * 100)


@family("9수04-09", "fill-trend-words")
def _sc_fill(rng: random.Random) -> Problem:
    s, kind = rng.choice([x for x in _LIFE if x[1] != "none"])
    a, b = s.split("과 ") if "과 " in s else s.split("와 ")
    text = (f"'{s}' 사이의 산점도를 그리면 점들이 대체로 {'오른쪽 위로 향하는' if kind == 'pos' else '오른쪽 아래로 향하는'} 직선 주위에 분포한다. (  ) 안에 알맞은 말을 써넣으시오.\n"
            f"{josa(a, '이/가')} 증가할수록 {josa(b, '은/는')} 대체로 (  )하는 경향이 있으므로 두 변량 사이에는 (  ) 상관관계가 있다.")
    ans = "증가, 양의" if kind == "pos" else "감소, 음의"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E", concepts=["산점도", "상관관계"],
                   check=lambda: dict(_LIFE)[s] == kind)


@family("9수04-09", "biggest-gap-student")
def _sc_gap(rng: random.Random) -> Problem:
    n = rng.randint(6, 9)
    while True:
        xs, ys = _pairs(rng, "pos", n, 50, 100, 50, 100)
        gaps = [abs(x - y) for x, y in zip(xs, ys, strict=True)]
        if gaps.count(max(gaps)) == 1:
            break
    ppl = names(rng, n)
    tab = _tab(rng, [("이름", ppl), ("국어(점)", xs), ("영어(점)", ys)])
    k = gaps.index(max(gaps))
    text = (f"다음 표를 가로축은 국어 점수, 세로축은 영어 점수로 하는 산점도로 나타내었다. 대각선(국어 점수와 영어 점수가 같은 점들을 이은 직선)에서 "
            f"가장 멀리 떨어진 점에 해당하는 학생은 누구이고, 두 과목 점수의 차는 몇 점인가?\n{tab}")
    return Problem(text=text, answer=f"{ppl[k]}, {gaps[k]}점", format="data", difficulty=3, achievement_level="C", concepts=["산점도"],
                   check=lambda: max(range(n), key=lambda i: abs(xs[i] - ys[i])) == k)


@family("9수04-09", "explain-correlation-task")
def _sc_task(rng: random.Random) -> Problem:
    xl, yl, xlo, xhi, ylo, yhi, kind = rng.choice(_PAIR_CTX)
    n = 8
    xs, ys = _pairs(rng, kind, n, xlo, xhi, ylo, yhi)
    pts = ", ".join(f"({x}, {y})" for x, y in zip(xs, ys, strict=True))
    why = {"pos": f"{xl.split('(')[0]}의 값이 커질수록 {yl.split('(')[0]}의 값도 대체로 커지는 경향이 있다.",
           "neg": f"{xl.split('(')[0]}의 값이 커질수록 {yl.split('(')[0]}의 값은 대체로 작아지는 경향이 있다.",
           "none": "한 변량의 값이 커질 때 다른 변량의 값이 커지거나 작아지는 경향이 뚜렷하지 않다."}[kind]
    text = (f"[활동] 다음은 ({xl}, {yl})를 순서쌍으로 나타낸 자료이다.\n{pts}\n좌표평면에 산점도를 그리고, 두 변량 사이의 상관관계를 말한 뒤 그렇게 판단한 이유를 설명하시오.")
    return Problem(text=text, answer=f"{_KOR_CORR[kind]}. {why}", format="task", difficulty=3, achievement_level="B",
                   concepts=["산점도", "상관관계"], check=lambda: len(xs) == n)


@family("9수04-09", "scatter-statements-mcq")
def _sc_stmts(rng: random.Random) -> Problem:
    n = rng.randint(8, 10)
    xs, ys = _pairs(rng, "pos", n, 1, 10, 40, 100)
    ppl = [chr(65 + i) for i in range(n)]
    tab = _tab(rng, [("학생", ppl), ("공부 시간(시간)", xs), ("점수(점)", ys)], layout="rows")
    top = ppl[ys.index(max(ys))]
    stm = [("공부 시간과 점수 사이에는 양의 상관관계가 있다.", True), ("공부 시간과 점수 사이에는 음의 상관관계가 있다.", False),
           ("공부 시간과 점수 사이에는 상관관계가 없다.", False), (f"점수가 가장 높은 학생은 {top}이다.", True),
           (f"점수가 가장 높은 학생은 {ppl[ys.index(min(ys))]}이다.", False),
           (f"공부 시간이 {max(xs)}시간인 학생이 있다.", True), (f"공부 시간이 {max(xs) + 2}시간인 학생이 있다.", False),
           ("공부 시간이 늘어날수록 점수는 대체로 낮아진다.", False)]
    ask_true = rng.random() < 0.5
    right = [s for s, v in stm if v == ask_true]
    wrong = [s for s, v in stm if v != ask_true]
    ch = choices(rng, rng.choice(right), wrong, n=min(5, len(wrong) + 1))
    text = f"다음은 학생 {n}명의 공부 시간과 점수를 조사한 표이다. 이 자료의 산점도에 대한 설명으로 {'옳은' if ask_true else '옳지 않은'} 것은?\n{tab}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C", concepts=["산점도", "상관관계"],
                   choice=ch, check=lambda: dict(stm)[ch.options[ch.correct]] == ask_true)
