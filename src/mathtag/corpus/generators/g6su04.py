"""Generators for 6수04 (초등 5–6학년 자료와 가능성): 6수04-01 … 6수04-06.

평균, 띠그래프·원그래프, 탐구 문제와 알맞은 그래프, 가능성(말·수), 자료에 근거한 가능성 예상과 판단.
Data are given as small text tables (``| 항목 | … |``); every statistic is computed exactly with
``Fraction``.

Private helpers (local to this module):
- ``_n``: exact number formatting for ints and terminating decimals (``Fraction`` in, text out).
- ``_tab``: a small text table, printed either with one row per variable (가로) or one row per
  record (세로), chosen at random.
- ``_pick``: ``rng.choice`` over positional arguments.
- ``_likely``: the everyday expression (불가능하다 … 확실하다) for a probability.
"""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.korean import josa, name, names
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import frac, num, pick_style

# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------


def _n(x: Fraction | int) -> str:
    """An exact number as Korean materials print it: 12,000 / 3.14 / 0.5."""
    x = Fraction(x)
    if x.denominator == 1:
        return num(int(x))
    k, y = 0, x
    while y.denominator != 1:
        y *= 10
        k += 1
        if k > 9:
            raise ValueError(f"{x} is not a terminating decimal")
    whole, part = divmod(int(y), 10**k)
    return f"{num(whole)}.{str(part).rjust(k, '0').rstrip('0')}"


def _terminating(x: Fraction) -> bool:
    d = x.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def _pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def _tab(rng: random.Random, cols: list[tuple[str, list[object]]], layout: str | None = None) -> str:
    """``cols`` = [(label, values), …]; every column has the same length."""
    layout = layout or rng.choice(["rows", "rows", "records"])
    if layout == "rows":
        return "\n".join("| " + " | ".join([lab, *map(str, vals)]) + " |" for lab, vals in cols)
    head = "| " + " | ".join(lab for lab, _ in cols) + " |"
    body = ["| " + " | ".join(str(c[1][i]) for c in cols) + " |" for i in range(len(cols[0][1]))]
    return "\n".join([head, *body])


def _mean_values(rng: random.Random, k: int, lo: int, hi: int, decimal_ok: bool = False) -> list[int]:
    """``k`` integers in [lo, hi] whose mean is a whole number (or, with ``decimal_ok``, one decimal place)."""
    while True:
        vals = [rng.randint(lo, hi) for _ in range(k)]
        s = sum(vals)
        if s % k == 0 or (decimal_ok and (s * 10) % k == 0):
            return vals


def _end(rng: random.Random, what: str, unit_q: str) -> str:
    """A question ending such as '평균은 몇 점입니까?' / '평균을 구하시오.'"""
    return _pick(rng, f"{josa(what, '은/는')} {unit_q}입니까?", f"{josa(what, '을/를')} 구하시오.",
                 f"{josa(what, '은/는')} {unit_q}인가요?", f"{josa(what, '을/를')} 구해 보세요.")


# =============================================================================================
# 6수04-01 평균
# =============================================================================================

_REC = [  # (activity, unit, counter question, lo, hi)
    ("줄넘기 기록", "회", "몇 회", 40, 130),
    ("윗몸 말아 올리기 기록", "회", "몇 회", 15, 60),
    ("수학 단원평가 점수", "점", "몇 점", 60, 100),
    ("일주일 동안 읽은 책의 쪽수", "쪽", "몇 쪽", 50, 250),
    ("하루 운동 시간", "분", "몇 분", 20, 90),
    ("제기차기 기록", "개", "몇 개", 5, 40),
    ("훌라후프 돌리기 기록", "회", "몇 회", 20, 150),
    ("키", "cm", "몇 cm", 135, 165),
    ("몸무게", "kg", "몇 kg", 30, 55),
]


@family("6수04-01", "mean-of-listed-records")
def _m_list(rng: random.Random) -> Problem:
    act, unit, q, lo, hi = rng.choice(_REC)
    k = rng.randint(4, 6)
    dec = rng.random() < 0.35
    vals = _mean_values(rng, k, lo, hi, decimal_ok=dec)
    mean = Fraction(sum(vals), k)
    who = name(rng)
    listed = ", ".join(f"{v}{' ' if unit in ('cm', 'kg') else ''}{unit}" for v in vals)
    text = _pick(
        rng,
        f"{who}네 모둠 학생 {k}명의 {act}입니다. {listed}\n모둠 학생들의 {act} 평균은 {q}입니까?",
        f"다음은 {josa(who, '이/가')} {k}번 잰 {act}입니다.\n{listed}\n{who}의 {act} 평균을 구하시오.",
        f"{josa(act, '이/가')} 각각 {listed}일 때, 평균은 {q}인지 구하세요.",
        f"어느 반 학생 {k}명의 {josa(act, '을/를')} 조사하였더니 다음과 같았습니다.\n{listed}\n{_end(rng, '평균', q)}",
    )
    return Problem(text=text, answer=f"{_n(mean)}{' ' if unit in ('cm', 'kg') else ''}{unit}", format="word",
                   difficulty=2 if not dec else 3, achievement_level="C" if not dec else "B",
                   concepts=["평균"], check=lambda: mean * k == sum(vals))


@family("6수04-01", "mean-from-table")
def _m_table(rng: random.Random) -> Problem:
    ctx = rng.choice([
        ("요일", ["월", "화", "수", "목", "금"], "도서관 방문자 수(명)", "명", "하루 평균 방문자 수", "몇 명", 30, 120),
        ("요일", ["월", "화", "수", "목", "금", "토"], "줄넘기 횟수(회)", "회", "하루에 한 줄넘기 횟수의 평균", "몇 회", 50, 200),
        ("월", ["3월", "4월", "5월", "6월"], "모은 재활용 캔 수(개)", "개", "한 달 평균 모은 캔 수", "몇 개", 40, 160),
        ("반", ["1반", "2반", "3반", "4반", "5반"], "학생 수(명)", "명", "한 반의 평균 학생 수", "몇 명", 21, 29),
        ("날짜", ["1일", "2일", "3일", "4일", "5일", "6일"], "최고 기온(°C)", "°C", "최고 기온의 평균", "몇 °C", 18, 33),
        ("회", ["1회", "2회", "3회", "4회"], "받아쓰기 점수(점)", "점", "받아쓰기 점수의 평균", "몇 점", 60, 100),
    ])
    lab, keys, vlab, unit, what, q, lo, hi = ctx
    vals = _mean_values(rng, len(keys), lo, hi, decimal_ok=rng.random() < 0.3)
    mean = Fraction(sum(vals), len(keys))
    tab = _tab(rng, [(lab, keys), (vlab, vals)])
    who = name(rng)
    intro = _pick(rng, f"{who}네 학교에서 조사한 자료입니다.", "표를 보고 물음에 답하시오.", f"{josa(who, '이/가')} 정리한 표입니다.",
                  "다음은 조사한 결과를 나타낸 표입니다.")
    text = f"{intro}\n{tab}\n{_end(rng, what, q)}"
    return Problem(text=text, answer=f"{_n(mean)}{unit}", format="data", difficulty=2, achievement_level="B",
                   concepts=["평균"], check=lambda: sum(v - mean for v in vals) == 0)


@family("6수04-01", "missing-value-from-mean")
def _m_missing(rng: random.Random) -> Problem:
    act, unit, q, lo, hi = rng.choice(_REC)
    k = rng.randint(4, 6)
    while True:
        vals = _mean_values(rng, k, lo, hi)
        mean = sum(vals) // k
        if lo <= vals[-1] <= hi:
            break
    miss = rng.randrange(k)
    ppl = names(rng, k)
    sp = "" if unit not in ("cm", "kg") else " "
    shown = [("□" if i == miss else f"{vals[i]}") for i in range(k)]
    form = rng.choice(["data", "fill", "word"])
    if form == "word":
        known = ", ".join(f"{ppl[i]} {vals[i]}{sp}{unit}" for i in range(k) if i != miss)
        text = (f"{k}명의 {act} 평균이 {mean}{sp}{unit}입니다. {known}일 때, {ppl[miss]}의 {act}"
                f"{_pick(rng, '은 ' + q + '입니까?', '을 구하시오.', '는 얼마인가요?')}")
        text = text.replace(f"{act}은 ", josa(act, "은/는") + " ").replace(f"{act}을 ", josa(act, "을/를") + " ").replace(
            f"{act}는 ", josa(act, "은/는") + " ")
    else:
        tab = _tab(rng, [("이름", ppl), (f"{act}({unit})", shown)])
        text = (f"학생 {k}명의 {act}를 나타낸 표입니다. 평균이 {mean}{sp}{unit}일 때, □ 안에 알맞은 수를 써넣으세요.\n{tab}").replace(
            f"{act}를", josa(act, "을/를"))
    return Problem(text=text, answer=f"{vals[miss]}" if form != "word" else f"{vals[miss]}{sp}{unit}", format=form,
                   difficulty=3, achievement_level="B", concepts=["평균"],
                   check=lambda: mean * k - sum(v for i, v in enumerate(vals) if i != miss) == vals[miss])


@family("6수04-01", "next-score-for-target-mean")
def _m_target(rng: random.Random) -> Problem:
    k = rng.randint(3, 5)
    while True:
        vals = [rng.randrange(60, 100, rng.choice([1, 5])) for _ in range(k)]
        target = rng.randrange(75, 96, 5)
        need = target * (k + 1) - sum(vals)
        if max(vals) < 100 and 0 < need <= 100 and need > max(vals) - 30:
            break
    who = name(rng)
    subj = rng.choice(["수학", "국어", "영어", "과학", "사회"])
    listed = ", ".join(f"{v}점" for v in vals)
    text = _pick(
        rng,
        f"{josa(who, '은/는')} {subj} 단원평가를 {k}번 보았는데 점수가 {listed}이었습니다. 다음 단원평가까지 {k + 1}번의 평균 점수가 {target}점 이상이 되려면 다음 단원평가에서 적어도 몇 점을 받아야 합니까?",
        f"{who}의 {subj} 시험 점수는 {listed}입니다. 한 번 더 시험을 보아 전체 평균을 {target}점 이상으로 올리려고 합니다. 다음 시험에서 최소 몇 점을 받아야 하는지 구하시오.",
        f"{k}회까지의 {subj} 쪽지 시험 점수가 {listed}입니다. {k + 1}회까지의 평균을 {target}점 이상으로 만들려면 {k + 1}회에서 몇 점 이상 받아야 할까요?",
    )
    return Problem(text=text, answer=f"{need}점", format="word", difficulty=4, achievement_level="A",
                   concepts=["평균"], check=lambda: Fraction(sum(vals) + need, k + 1) == target
                   and Fraction(sum(vals) + need - 1, k + 1) < target)


@family("6수04-01", "compare-group-means")
def _m_compare(rng: random.Random) -> Problem:
    ctx = rng.choice([("모둠", "모은 빈 병 수", "개"), ("동아리", "봉사 시간", "시간"),
                      ("모둠", "읽은 책 수", "권"), ("반", "팔굽혀펴기 기록", "회")])
    grp, what, unit = ctx
    gn = rng.sample(["가", "나", "다", "라"], 3) if grp != "반" else rng.sample(["1반", "2반", "3반", "4반"], 3)
    while True:
        sizes = [rng.randint(4, 9) for _ in range(3)]
        means = [rng.randint(6, 30) for _ in range(3)]
        if len(set(means)) == 3 and len(set(sizes)) >= 2:
            totals = [m * s for m, s in zip(means, sizes, strict=True)]
            if len(set(totals)) == 3 and max(totals) != totals[means.index(max(means))]:
                break
    lbl = [f"{g} {grp}" if grp != "반" else g for g in gn]
    tab = _tab(rng, [(grp, lbl), ("사람 수(명)", sizes), (f"{what}의 합({unit})", totals)], layout="records")
    best = lbl[means.index(max(means))]
    text = (f"{grp}별 사람 수와 {what}의 합을 조사한 표입니다. 한 사람당 평균 {josa(what, '이/가')} 가장 많은 {josa(grp, '은/는')} 어느 {grp}인지 "
            f"{_pick(rng, '구하시오.', '쓰세요.', '찾아 쓰고, 그 평균도 구하시오.')}\n{tab}")
    return Problem(text=text, answer=f"{best} (평균 {max(means)}{unit})", format="data", difficulty=4,
                   achievement_level="A", concepts=["평균"],
                   check=lambda: max(range(3), key=lambda i: Fraction(totals[i], sizes[i])) == means.index(max(means)))


@family("6수04-01", "new-member-changes-mean")
def _m_newmember(rng: random.Random) -> Problem:
    while True:
        k = rng.randint(4, 9)
        m = rng.randint(30, 60)
        v = rng.randint(20, 90)
        new = Fraction(m * k + v, k + 1)
        if new.denominator == 1 and v != m:
            break
    ctx = rng.choice([("모둠 학생", "몸무게", "kg"), ("선수", "몸무게", "kg"), ("회원", "나이", "살"), ("학생", "점수", "점")])
    who, what, unit = ctx
    sp = " " if unit == "kg" else ""
    text = _pick(
        rng,
        f"{who} {k}명의 {what} 평균은 {m}{sp}{unit}입니다. 여기에 {josa(what, '이/가')} {v}{sp}{unit}인 {who} 한 명이 새로 들어왔습니다. {who} {k + 1}명의 {what} 평균은 몇 {unit}입니까?",
        f"{k}명의 {what} 평균이 {m}{sp}{unit}인 모임에 {what} {v}{sp}{unit}인 사람이 더 들어오면 평균은 몇 {unit}가 되는지 구하시오.",
        f"평균 {josa(what, '이/가')} {m}{sp}{unit}인 {who} {k}명과 {v}{sp}{unit}인 {who} 1명을 합한 {k + 1}명의 평균 {josa(what, '을/를')} 구하세요.",
    )
    return Problem(text=text, answer=f"{new}{sp}{unit}", format="word", difficulty=4, achievement_level="A",
                   concepts=["평균"], check=lambda: new * (k + 1) - v == m * k)


@family("6수04-01", "total-from-mean")
def _m_total(rng: random.Random) -> Problem:
    who = name(rng)
    m = rng.randint(12, 45)
    d = rng.choice([5, 6, 7, 10, 14, 30])
    ctx = rng.choice([("하루에 평균 {m}쪽씩 책을 읽었습니다", "읽은 책은 모두 몇 쪽", "쪽"),
                      ("하루 평균 {m}분씩 피아노를 연습했습니다", "연습한 시간은 모두 몇 분", "분"),
                      ("하루 평균 {m}개씩 종이학을 접었습니다", "접은 종이학은 모두 몇 개", "개"),
                      ("하루에 평균 {m}번씩 줄넘기를 했습니다", "한 줄넘기는 모두 몇 번", "번")])
    act, ask, unit = ctx
    total = m * d
    form = rng.choice(["word", "fill"])
    if form == "word":
        text = f"{josa(who, '은/는')} {d}일 동안 {act.format(m=m)}. {josa(who, '이/가')} {d}일 동안 {ask}{_pick(rng, '입니까?', '인지 구하시오.', '일까요?')}"
    else:
        text = f"{d}일 동안 {act.format(m=m)}. □ 안에 알맞은 수를 써넣으세요.\n(전체 양) = (평균) × (날수) = {m} × {d} = □ ({unit})"
    return Problem(text=text, answer=f"{total}{unit}" if form == "word" else str(total), format=form, difficulty=2,
                   achievement_level="C", concepts=["평균"], check=lambda: Fraction(total, d) == m)


@family("6수04-01", "mean-meaning-mcq")
def _m_mcq(rng: random.Random) -> Problem:
    act, unit, _q, lo, hi = rng.choice(_REC[:7])
    k = rng.choice([4, 5])
    while True:
        vals = _mean_values(rng, k, lo, hi)
        mean = sum(vals) // k
        srt = sorted(vals)
        mid = srt[k // 2] if k % 2 else None
        ds = {str(sum(vals)), str(sum(vals) // (k - 1)) if sum(vals) % (k - 1) == 0 else str(mean + rng.choice([2, 3])),
              str(max(vals)), str(min(vals)), str(mid if mid is not None else mean - 1), str(mean + 1), str(mean - 2)}
        ds.discard(str(mean))
        if len(ds) >= 4:
            break
    ch = choices(rng, str(mean), sorted(ds, key=int), sort_key=int)
    who = name(rng)
    lst = ", ".join(map(str, vals))
    text = (f"{who}네 모둠 {k}명의 {act}({unit})입니다.\n{lst}\n"
            f"이 모둠 {act}의 평균으로 알맞은 것을 {_pick(rng, '고르시오.', '찾아 기호를 쓰세요.')} (단위: {unit})\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["평균"], choice=ch, check=lambda: int(ch.options[ch.correct]) * k == sum(vals))


@family("6수04-01", "leveling-blocks")
def _m_level(rng: random.Random) -> Problem:
    k = rng.randint(3, 5)
    while True:
        vals = _mean_values(rng, k, 2, 12)
        mean = sum(vals) // k
        if len(set(vals)) > 1:
            break
    moved = sum(v - mean for v in vals if v > mean)
    obj, cnt = rng.choice([("연결 모형", "개"), ("쌓기나무", "개"), ("바둑돌", "개"), ("동전", "개")])
    lst = ", ".join(f"{v}{cnt}" for v in vals)
    text = _pick(
        rng,
        f"{obj} 탑 {k}개의 높이를 고르게 하려고 합니다. 각 탑의 {obj} 수는 {lst}입니다. 높은 탑에서 낮은 탑으로 {josa(obj, '을/를')} 옮겨 모든 탑의 {obj} 수를 같게 하면 한 탑에 몇 {cnt}씩 되고, 옮겨야 하는 {josa(obj, '은/는')} 적어도 몇 {cnt}입니까?",
        f"{k}칸에 {josa(obj, '이/가')} 각각 {lst}씩 있습니다. 칸마다 개수가 같아지도록 옮기려고 합니다. 한 칸에 놓이는 {obj}의 수와, 옮겨야 하는 {obj}의 최소 개수를 차례로 구하시오.",
    )
    return Problem(text=text, answer=f"{mean}{cnt}, {moved}{cnt}", format="task", difficulty=3, achievement_level="B",
                   concepts=["평균"], check=lambda: sum(mean - v for v in vals if v < mean) == moved)


# =============================================================================================
# 6수04-02 띠그래프와 원그래프
# =============================================================================================

_SURVEYS = [  # (topic, items, counted thing, unit)
    ("좋아하는 운동", ["축구", "야구", "피구", "배드민턴", "농구", "수영"], "학생 수", "명"),
    ("좋아하는 과일", ["사과", "딸기", "포도", "귤", "수박", "복숭아"], "학생 수", "명"),
    ("가고 싶은 체험 학습 장소", ["박물관", "과학관", "놀이공원", "미술관", "동물원"], "학생 수", "명"),
    ("배출한 재활용품의 종류", ["종이류", "플라스틱류", "캔류", "유리병류", "비닐류"], "무게", "kg"),
    ("한 달 용돈의 쓰임새", ["저금", "간식", "학용품", "선물", "교통비"], "금액", "원"),
    ("마을의 토지 이용", ["논", "밭", "숲", "주거지", "공원"], "넓이", "km²"),
    ("혈액형", ["A형", "B형", "O형", "AB형"], "학생 수", "명"),
    ("등교 방법", ["걷기", "자전거", "버스", "자동차", "지하철"], "학생 수", "명"),
]


def _percents(rng: random.Random, k: int, step: int = 5) -> list[int]:
    while True:
        cuts = sorted(rng.sample(range(step, 100, step), k - 1))
        ps = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
        if min(ps) >= step and len(set(ps)) >= k - 1:
            return ps


def _survey(rng: random.Random, k: int | None = None):
    topic, items, what, unit = rng.choice(_SURVEYS)
    k = min(k or rng.randint(4, 5), len(items))
    labels = rng.sample(items, k)
    if rng.random() < 0.25:
        labels[-1] = "기타"
    return topic, labels, what, unit


def _amount(n: int, unit: str) -> str:
    return f"{num(n)}{' ' if unit in ('kg', 'km²') else ''}{unit}"


@family("6수04-02", "percent-of-each-item")
def _b_percent(rng: random.Random) -> Problem:
    topic, labels, what, unit = _survey(rng)
    ps = _percents(rng, len(labels))
    base = {"명": [20, 40, 60, 80, 200, 300], "kg": [20, 40, 60, 80, 200], "원": [20000, 40000, 60000],
            "km²": [20, 40, 60, 80]}[unit]
    total = rng.choice(base)
    counts = [total * p // 100 for p in ps]
    k = rng.randrange(len(labels))
    form = rng.choice(["data", "fill"])
    tab = _tab(rng, [("항목" if rng.random() < .5 else topic.split()[-1], [*labels, "합계"]),
                     (f"{what}({unit})", [*map(num, counts), num(total)])])
    if form == "fill":
        pct_row = ["□" if i == k else str(p) for i, p in enumerate(ps)] + ["100"]
        tab += "\n| 백분율(%) | " + " | ".join(pct_row) + " |" if tab.count("\n") == 1 else ""
        if "□" not in tab:
            tab += f"\n({labels[k]}의 백분율: □ %)"
        text = f"{topic}을 조사하여 나타낸 표입니다. 띠그래프로 나타내기 위해 백분율을 구하려고 합니다. □ 안에 알맞은 수를 써넣으세요.\n{tab}"
        text = text.replace(f"{topic}을", josa(topic, "을/를"))
        ans = str(ps[k])
    else:
        text = (f"{josa(topic, '을/를')} 조사한 표입니다.\n{tab}\n"
                f"원그래프로 나타낼 때 {josa(labels[k], '은/는')} 전체의 몇 %를 차지하는지 {_pick(rng, '구하시오.', '구하세요.', '쓰세요.')}")
        ans = f"{ps[k]}%"
    return Problem(text=text, answer=ans, format=form, difficulty=2, achievement_level="C",
                   concepts=["띠그래프", "원그래프", "백분율"],
                   check=lambda: Fraction(counts[k], total) * 100 == ps[k] and sum(ps) == 100)


@family("6수04-02", "band-length-of-item")
def _b_length(rng: random.Random) -> Problem:
    topic, labels, _what, _unit = _survey(rng)
    ps = _percents(rng, len(labels))
    length = rng.choice([10, 15, 20, 25, 30, 40])
    k = rng.randrange(len(labels))
    seg = Fraction(length * ps[k], 100)
    pairs = ", ".join(f"{lab} {p}%" for lab, p in zip(labels, ps, strict=True))
    text = _pick(
        rng,
        f"{josa(topic, '을/를')} 조사하여 백분율로 나타내었더니 {pairs}였습니다. 전체 길이가 {length} cm인 띠그래프로 나타낼 때 {josa(labels[k], '이/가')} 차지하는 부분의 길이는 몇 cm입니까?",
        f"다음은 {topic}의 비율입니다.\n{pairs}\n이것을 길이가 {length} cm인 띠그래프로 그리면 {josa(labels[k], '은/는')} 몇 cm로 나타내야 하는지 구하시오.",
        f"길이 {length} cm인 띠 종이에 {topic} 조사 결과를 띠그래프로 나타내려고 합니다. ({pairs}) {labels[k]} 부분의 길이를 구하세요.",
    )
    return Problem(text=text, answer=f"{_n(seg)} cm", format="word", difficulty=3, achievement_level="B",
                   concepts=["띠그래프", "백분율"], check=lambda: seg / length == Fraction(ps[k], 100))


@family("6수04-02", "count-from-circle-graph")
def _b_count(rng: random.Random) -> Problem:
    topic, labels, _what, unit = _survey(rng)
    if unit != "명":
        topic, items, _what, unit = _SURVEYS[rng.choice([0, 1, 2, 6, 7])]
        labels = rng.sample(items, 4)
    ps = _percents(rng, len(labels))
    total = rng.choice([40, 60, 80, 120, 200, 240, 300, 400, 500])
    k = rng.randrange(len(labels))
    cnt = total * ps[k] // 100
    desc = " | ".join(f"{lab} {p}%" for lab, p in zip(labels, ps, strict=True))
    school = rng.choice(["우리 학교 6학년", "어느 마을 초등학생", f"{name(rng)}네 학교 5학년", "어느 학교 전교 어린이회 학생"])
    text = _pick(
        rng,
        f"{school} {total}명의 {josa(topic, '을/를')} 조사하여 원그래프로 나타내었습니다. 원그래프에 적힌 비율은 다음과 같습니다.\n{desc}\n{labels[k]}에 해당하는 학생은 몇 명입니까?",
        f"원그래프는 {school} {total}명의 {topic}을 나타낸 것입니다.\n[원그래프 비율] {desc}\n{labels[k]}에 해당하는 학생 수를 구하시오.".replace(f"{topic}을", josa(topic, "을/를")),
        f"{school} {total}명에게 {topic}을 물었더니 결과가 원그래프와 같았습니다. ({desc}) 이 중 {labels[k]}라고 답한 학생은 몇 명인지 구하세요.".replace(f"{topic}을", josa(topic, "을/를")).replace(f"{labels[k]}라고", josa(labels[k], "이라/라") + "고"),
    )
    return Problem(text=text, answer=f"{cnt}명", format="word", difficulty=2, achievement_level="B",
                   concepts=["원그래프", "백분율"], check=lambda: Fraction(cnt, total) == Fraction(ps[k], 100))


@family("6수04-02", "missing-percent")
def _b_missing(rng: random.Random) -> Problem:
    topic, labels, _what, _unit = _survey(rng, 5 if rng.random() < .5 else 4)
    hard = rng.random() < 0.5
    while True:
        ps = _percents(rng, len(labels))
        i, j = rng.sample(range(len(labels)), 2)
        if not hard or ps[i] in (2 * ps[j], 3 * ps[j]):
            break
    if hard:
        times = ps[i] // ps[j]
        known = ", ".join(f"{lab} {p}%" for t, (lab, p) in enumerate(zip(labels, ps, strict=True)) if t not in (i, j))
        text = (f"{josa(topic, '을/를')} 조사하여 띠그래프로 나타내었습니다. {known}이고, {josa(labels[i], '은/는')} {labels[j]}의 {times}배입니다. "
                f"{josa(labels[i], '은/는')} 전체의 몇 %입니까?")
        ans, lvl, d = ps[i], "A", 4
    else:
        shown = ["□" if t == i else str(p) for t, p in enumerate(ps)]
        tab = _tab(rng, [("항목", labels), ("백분율(%)", shown)])
        text = f"{topic}을 나타낸 원그래프의 비율을 표로 옮긴 것입니다. □ 안에 알맞은 수를 써넣으세요.\n{tab}".replace(f"{topic}을", josa(topic, "을/를"))
        ans, lvl, d = ps[i], "C", 2
    return Problem(text=text, answer=f"{ans}%" if hard else str(ans), format="word" if hard else "fill",
                   difficulty=d, achievement_level=lvl, concepts=["띠그래프", "원그래프", "백분율"],
                   check=lambda: 100 - sum(p for t, p in enumerate(ps) if t != i) == ans)


@family("6수04-02", "total-from-part")
def _b_total(rng: random.Random) -> Problem:
    topic, labels, what, unit = _survey(rng)
    ps = _percents(rng, len(labels))
    k = rng.randrange(len(labels))
    while True:
        total = rng.choice([40, 60, 80, 100, 120, 160, 200, 240, 250, 300, 400, 500])
        if total * ps[k] % 100 == 0:
            break
    if unit == "원":
        total *= 200
    cnt = total * ps[k] // 100
    other = rng.choice([t for t in range(len(labels)) if t != k])
    ask_other = rng.random() < 0.5
    desc = ", ".join(f"{lab} {p}%" for lab, p in zip(labels, ps, strict=True))
    q = (f"{labels[other]}에 해당하는 {what}는 얼마입니까?" if ask_other else f"조사한 전체 {what}는 얼마입니까?").replace(
        f"{what}는", josa(what, "은/는"))
    text = f"{josa(topic, '을/를')} 조사하여 띠그래프로 나타낸 결과는 {desc}입니다. {josa(labels[k], '이/가')} {_amount(cnt, unit)}일 때, {q}"
    ans = total * ps[other] // 100 if ask_other else total
    return Problem(text=text, answer=_amount(ans, unit), format="word", difficulty=4 if ask_other else 3,
                   achievement_level="A" if ask_other else "B", concepts=["띠그래프", "백분율"],
                   check=lambda: Fraction(cnt * 100, ps[k]) == total)


@family("6수04-02", "how-many-times")
def _b_times(rng: random.Random) -> Problem:
    topic, labels, _what, _unit = _survey(rng)
    while True:
        ps = _percents(rng, len(labels))
        i, j = rng.sample(range(len(labels)), 2)
        if ps[i] % ps[j] == 0 and ps[i] > ps[j]:
            break
    t = ps[i] // ps[j]
    desc = "\n".join(f"· {lab}: {p}%" for lab, p in zip(labels, ps, strict=True))
    form = rng.choice(["word", "mcq"])
    q = f"{josa(labels[i], '은/는')} {labels[j]}의 몇 배입니까?"
    text = f"{josa(topic, '을/를')} 조사하여 원그래프로 나타낸 결과입니다.\n{desc}\n{q}"
    if form == "mcq":
        ds = [f"{x}배" for x in range(1, 8) if x != t] + [f"{ps[i] - ps[j]}배"]
        ch = choices(rng, f"{t}배", ds, sort_key=lambda s: int(s[:-1]))
        return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2,
                       achievement_level="C", concepts=["원그래프"], choice=ch, check=lambda: ps[j] * t == ps[i])
    return Problem(text=text, answer=f"{t}배", format="word", difficulty=2, achievement_level="C",
                   concepts=["원그래프"], check=lambda: ps[j] * t == ps[i])


@family("6수04-02", "part-of-a-part")
def _b_nested(rng: random.Random) -> Problem:
    total = rng.choice([200, 400, 500, 800, 1000, 1200])
    p = rng.choice([20, 25, 30, 40, 50, 60])
    q = rng.choice([10, 20, 25, 40, 50, 60, 75])
    a = total * p // 100
    if (a * q) % 100:
        q = 50 if a % 2 == 0 else 20
    b = Fraction(a * q, 100)
    pct = Fraction(p * q, 100)
    sch = rng.choice(["어느 학교 학생", "어느 마을 주민", "행사에 온 관람객"])
    big, small = rng.choice([("운동", "축구"), ("음식", "떡볶이"), ("취미", "독서"), ("책", "만화책"), ("동물", "강아지")])
    ask_pct = rng.random() < 0.5 and _terminating(pct)
    text = (f"{sch} {total}명이 가장 좋아하는 것을 조사하여 띠그래프로 나타내었더니 {josa(big, '이/가')} {p}%였습니다. "
            f"{josa(big, '을/를')} 고른 사람들 중에서 {josa(small, '을/를')} 고른 사람이 {q}%입니다. ")
    if ask_pct:
        text += f"{josa(small, '을/를')} 고른 사람은 전체의 몇 %입니까?"
        ans = f"{_n(pct)}%"
    else:
        text += f"{josa(small, '을/를')} 고른 사람은 몇 명인지 구하시오."
        ans = f"{_n(b)}명"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A",
                   concepts=["띠그래프", "백분율"], check=lambda: b == total * pct / 100)


@family("6수04-02", "compare-two-years")
def _b_years(rng: random.Random) -> Problem:
    topic, items = _SURVEYS[rng.choice([3, 7])][:2]
    labels = rng.sample(items, 4)
    while True:
        p1, p2 = _percents(rng, 4), _percents(rng, 4)
        n1, n2 = rng.choice([200, 300, 400, 500]), rng.choice([200, 300, 400, 500, 600])
        k = rng.randrange(4)
        c1, c2 = n1 * p1[k] // 100, n2 * p2[k] // 100
        if n1 != n2 and c1 != c2 and (p1[k] - p2[k]) * (c1 - c2) < 0:  # percent and count move opposite ways
            break
    y = rng.randint(2019, 2023)
    u = "kg" if topic.startswith("배출") else "명"
    tab = _tab(rng, [("연도", [f"{y}년", f"{y + 1}년"]), *[(lab, [f"{a}%", f"{b}%"]) for lab, a, b in zip(labels, p1, p2, strict=True)],
                     (f"전체({u})", [n1, n2])], layout="records")
    text = (f"{josa(topic, '을/를')} 두 해 동안 조사하여 띠그래프로 나타낸 결과를 표로 정리하였습니다.\n{tab}\n"
            f"{labels[k]}의 {'양은' if u == 'kg' else '학생 수는'} {y}년과 {y + 1}년 중 언제 더 많은지 쓰고, 몇 {u} 더 많은지 구하시오.")
    more = f"{y}년" if c1 > c2 else f"{y + 1}년"
    return Problem(text=text, answer=f"{more}, {abs(c1 - c2)}{' ' if u == 'kg' else ''}{u}", format="data", difficulty=5,
                   achievement_level="A", concepts=["띠그래프", "백분율"],
                   check=lambda: (Fraction(n1 * p1[k], 100) > Fraction(n2 * p2[k], 100)) == (more == f"{y}년"))


_GRAPH_TRUE = ["전체에 대한 각 부분의 비율을 한눈에 알아보기 쉽다.", "각 항목의 백분율을 모두 더하면 100%이다.",
               "띠그래프는 띠의 길이를 백분율에 맞게 나누어 그린다.", "원그래프는 원을 백분율에 맞게 나누어 그린다.",
               "비율이 큰 항목일수록 그래프에서 차지하는 부분이 넓다.", "두 해의 항목별 비율을 비교할 때 띠그래프를 나란히 놓으면 편리하다."]
_GRAPH_FALSE = ["시간에 따라 변하는 양을 나타내기에 가장 알맞다.", "각 항목의 실제 수량이 몇인지 그래프만 보고 항상 알 수 있다.",
                "각 항목의 백분율을 모두 더하면 항목의 수와 같다.", "비율이 작은 항목일수록 그래프에서 차지하는 부분이 넓다.",
                "전체 수가 다른 두 자료라도 비율이 같으면 항목의 수량도 같다.", "원그래프는 원의 둘레를 항목의 수로 똑같이 나누어 그린다."]


@family("6수04-02", "graph-facts-mcq")
def _b_facts(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.5
    if ask_true:
        ch = choices(rng, rng.choice(_GRAPH_TRUE), rng.sample(_GRAPH_FALSE, 4))
    else:
        ch = choices(rng, rng.choice(_GRAPH_FALSE), rng.sample(_GRAPH_TRUE, 4))
    g = rng.choice(["띠그래프와 원그래프", "비율그래프(띠그래프, 원그래프)"])
    q = _pick(rng, f"{g}에 대한 설명으로 {'옳은' if ask_true else '옳지 않은'} 것은 어느 것입니까?",
              f"{g}에 대해 {'바르게' if ask_true else '잘못'} 말한 것을 고르시오.")
    return Problem(text=f"{q}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["띠그래프", "원그래프"], choice=ch,
                   check=lambda: (ch.options[ch.correct] in _GRAPH_TRUE) == ask_true)


# =============================================================================================
# 6수04-03 탐구 문제, 자료 수집·정리, 알맞은 그래프
# =============================================================================================

_SITUATIONS = [  # (situation, best graph, wrong graphs)
    ("한 달 동안 교실 화분의 키가 자라는 모습", "꺾은선그래프", ["띠그래프", "원그래프", "그림그래프"]),
    ("하루 동안 두 시간마다 잰 운동장의 기온 변화", "꺾은선그래프", ["원그래프", "띠그래프", "그림그래프"]),
    ("최근 6년 동안 우리 마을 인구의 변화", "꺾은선그래프", ["원그래프", "띠그래프", "그림그래프"]),
    ("우리 반 학생들이 좋아하는 과일별 학생 수의 많고 적음", "막대그래프", ["꺾은선그래프", "띠그래프", "원그래프"]),
    ("반별로 모은 헌 종이의 무게 비교", "막대그래프", ["꺾은선그래프", "원그래프", "띠그래프"]),
    ("우리 학교 학생들의 등교 방법별 비율", "원그래프", ["꺾은선그래프", "막대그래프", "그림그래프"]),
    ("한 달 용돈 중 쓰임새별로 차지하는 비율", "띠그래프", ["꺾은선그래프", "막대그래프", "그림그래프"]),
    ("우리 가족의 한 달 생활비에서 항목별로 차지하는 비율", "원그래프", ["꺾은선그래프", "막대그래프", "그림그래프"]),
    ("작년과 올해 학교 급식에서 남긴 음식 종류별 비율 비교", "띠그래프", ["꺾은선그래프", "그림그래프", "막대그래프"]),
    ("요일별로 도서관을 찾은 학생 수 비교", "막대그래프", ["원그래프", "띠그래프", "꺾은선그래프"]),
]


@family("6수04-03", "choose-suitable-graph")
def _i_graph(rng: random.Random) -> Problem:
    sit, best, wrong = rng.choice(_SITUATIONS)
    who = name(rng)
    if rng.random() < 0.5:
        ch = choices(rng, best, [*wrong, "표"][:4] if len(wrong) >= 3 else wrong)
        text = (f"{josa(who, '은/는')} '{sit}'{_pick(rng, '을/를', '에 대해')} 조사하였습니다. 조사한 자료를 나타내기에 가장 알맞은 그래프는 어느 것입니까?\n{ch.block}")
        text = text.replace(f"'{sit}'을/를", f"'{sit}'" + josa(sit, "을/를")[len(sit):])
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                       concepts=["막대그래프", "꺾은선그래프", "띠그래프", "원그래프"], choice=ch,
                       check=lambda: ch.options[ch.correct] == best)
    text = (f"탐구 주제: {sit}\n이 자료를 어떤 그래프로 나타내면 좋을지 쓰고, 그렇게 생각한 까닭을 쓰시오.")
    why = {"꺾은선그래프": "시간에 따른 변화를 나타내기 좋기 때문입니다.", "막대그래프": "항목별 수량의 많고 적음을 비교하기 좋기 때문입니다.",
           "원그래프": "전체에 대한 각 부분의 비율을 나타내기 좋기 때문입니다.", "띠그래프": "전체에 대한 각 부분의 비율을 나타내고 비교하기 좋기 때문입니다."}
    ok = best if best in ("꺾은선그래프", "막대그래프") else "띠그래프 또는 원그래프"
    return Problem(text=text, answer=f"{ok}, {why[best]}", format="proof", difficulty=3, achievement_level="A",
                   concepts=["막대그래프", "꺾은선그래프", "띠그래프", "원그래프"], check=lambda: best not in wrong)


_STEPS = ["탐구 문제 정하기", "자료 수집 계획 세우기", "자료 수집하기", "자료를 표로 정리하기", "알맞은 그래프로 나타내기", "그래프를 해석하여 결론 내리기"]


@family("6수04-03", "order-inquiry-steps")
def _i_steps(rng: random.Random) -> Problem:
    k = rng.choice([4, 5, 6])
    idx = sorted(rng.sample(range(6), k)) if k < 6 else list(range(6))
    steps = [_STEPS[i] for i in idx]
    marks = ["㉠", "㉡", "㉢", "㉣", "㉤", "㉥"][:k]
    shuffled = steps[:]
    while shuffled == steps:
        rng.shuffle(shuffled)
    listing = "\n".join(f"{m} {s}" for m, s in zip(marks, shuffled, strict=True))
    order = " → ".join(marks[shuffled.index(s)] for s in steps)
    topic = rng.choice(["우리 반 친구들이 좋아하는 간식", "학교 앞 도로를 지나는 자동차 수", "우리 학년의 하루 평균 독서 시간",
                        "급식에서 가장 많이 남기는 음식", "우리 마을의 쓰레기 배출량"])
    text = (f"'{topic}'에 대해 알아보려고 합니다. 다음 활동을 순서대로 기호를 쓰시오.\n{listing}\n( ) → ( ) → …")
    return Problem(text=text, answer=order, format="fill", difficulty=2, achievement_level="C",
                   concepts=["자료 수집", "그래프"], check=lambda: [shuffled[marks.index(m)] for m in order.split(" → ")] == steps)


_METHODS = [("우리 반 친구들이 가장 좋아하는 운동", "설문 조사"), ("우리 학년 학생들의 장래 희망", "설문 조사"),
            ("물의 온도에 따라 설탕이 녹는 시간", "실험"), ("강낭콩 싹이 자라는 길이의 변화", "관찰"),
            ("학교 앞 횡단보도를 지나는 사람 수", "관찰"), ("최근 10년 동안 우리 지역의 연평균 기온", "공공 자료 활용"),
            ("우리나라 시도별 인구", "공공 자료 활용"), ("공을 떨어뜨리는 높이에 따라 튀어 오르는 높이", "실험")]


@family("6수04-03", "collection-method")
def _i_method(rng: random.Random) -> Problem:
    q, m = rng.choice(_METHODS)
    opts = ["설문 조사", "실험", "관찰", "공공 자료 활용"]
    ch = choices(rng, m, [o for o in opts if o != m] + ["어림하기"], n=4)
    text = _pick(rng, f"'{q}'에 대한 자료를 모으려고 합니다. 자료를 수집하는 방법으로 가장 알맞은 것을 고르시오.\n{ch.block}",
                 f"탐구 문제가 '{q}는 어떠할까?'일 때, 어떤 방법으로 자료를 모으면 좋을지 고르세요.\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["자료 수집"], choice=ch, check=lambda: dict(_METHODS)[q] == ch.options[ch.correct])


_TALLY_TOPICS = [("가장 좋아하는 간식", ["떡볶이", "피자", "과자", "과일", "빵"]),
                 ("현장 체험 학습으로 가고 싶은 곳", ["과학관", "박물관", "놀이공원", "동물원"]),
                 ("가장 좋아하는 계절", ["봄", "여름", "가을", "겨울"]),
                 ("가장 즐겨 보는 책의 종류", ["동화책", "만화책", "과학책", "위인전"])]


@family("6수04-03", "tally-survey-then-percent")
def _i_tally(rng: random.Random) -> Problem:
    topic, items = rng.choice(_TALLY_TOPICS)
    total = rng.choice([20, 25])
    while True:
        counts = [rng.randint(1, 9) for _ in items]
        if sum(counts) == total and counts.count(max(counts)) == 1:
            break
    resp = [it for it, c in zip(items, counts, strict=True) for _ in range(c)]
    rng.shuffle(resp)
    lines = "\n".join(", ".join(resp[i:i + 10]) for i in range(0, total, 10))
    top = items[counts.index(max(counts))]
    pct = Fraction(max(counts) * 100, total)
    who = name(rng)
    text = (f"{josa(who, '은/는')} 반 친구 {total}명에게 '{topic}'을 물어 다음과 같이 답을 모았습니다.\n{lines}\n"
            f"자료를 표로 정리하여 가장 많은 친구가 고른 것을 찾고, 그것은 전체의 몇 %인지 구하시오.").replace(f"'{topic}'을", f"'{topic}'" + josa(topic, "을/를")[len(topic):])
    return Problem(text=text, answer=f"{top}, {_n(pct)}%", format="data", difficulty=3, achievement_level="B",
                   concepts=["자료 정리", "백분율"], check=lambda: resp.count(top) * 100 == pct * total)


@family("6수04-03", "line-graph-biggest-change")
def _i_line(rng: random.Random) -> Problem:
    what, unit, lo, hi, keys = rng.choice([
        ("강낭콩의 키", "cm", 2, 40, ["1주", "2주", "3주", "4주", "5주"]),
        ("교실의 기온", "°C", 12, 28, ["오전 9시", "오전 11시", "오후 1시", "오후 3시", "오후 5시"]),
        ("우리 마을의 초등학생 수", "명", 300, 600, ["2020년", "2021년", "2022년", "2023년", "2024년"]),
        ("한 달 동안 읽은 책 수", "권", 2, 20, ["3월", "4월", "5월", "6월", "7월"]),
    ])
    while True:
        vals = sorted(rng.sample(range(lo, hi + 1), 5)) if rng.random() < .6 else [rng.randint(lo, hi) for _ in range(5)]
        diffs = [abs(b - a) for a, b in itertools.pairwise(vals)]
        if diffs.count(max(diffs)) == 1 and min(diffs) > 0:
            break
    i = diffs.index(max(diffs))
    tab = _tab(rng, [("때", keys), (f"{what}({unit})", vals)])
    text = (f"{josa(what, '을/를')} 조사하여 꺾은선그래프로 나타내려고 정리한 표입니다.\n{tab}\n"
            f"{josa(what, '이/가')} 가장 많이 변한 때는 언제와 언제 사이이고, 그때 몇 {unit} 변했습니까?")
    return Problem(text=text, answer=f"{keys[i]}과 {keys[i + 1]} 사이, {diffs[i]}{unit}".replace(f"{keys[i]}과", josa(keys[i], "과/와")),
                   format="data", difficulty=3, achievement_level="B", concepts=["꺾은선그래프"],
                   check=lambda: max(abs(vals[t + 1] - vals[t]) for t in range(4)) == diffs[i])


@family("6수04-03", "bar-graph-scale")
def _i_scale(rng: random.Random) -> Problem:
    per = rng.choice([2, 5, 10, 20, 50])
    items = rng.sample(["가 마을", "나 마을", "다 마을", "라 마을", "마 마을"], 4)
    vals = [per * rng.randint(2, 15) for _ in items]
    k = rng.randrange(4)
    what = rng.choice(["심은 나무 수(그루)", "모은 폐건전지 수(개)", "자전거 수(대)"])
    tab = _tab(rng, [("마을", items), (what, vals)])
    text = (f"조사한 자료를 막대그래프로 나타내려고 합니다. 세로 눈금 한 칸을 {per}(으)로 하면 {items[k]}의 막대는 몇 칸으로 그려야 합니까?\n{tab}")
    text = text.replace(f"{per}(으)로", josa(str(per), "으로/로"))
    return Problem(text=text, answer=f"{vals[k] // per}칸", format="data", difficulty=2, achievement_level="C",
                   concepts=["막대그래프"], check=lambda: (vals[k] // per) * per == vals[k])


@family("6수04-03", "interpret-find-wrong-claim")
def _i_claim(rng: random.Random) -> Problem:
    grades = ["3학년", "4학년", "5학년", "6학년"]
    while True:
        vals = [rng.randint(10, 60) for _ in grades]
        if len(set(vals)) == 4:
            break
    tot = sum(vals)
    hi_g, lo_g = grades[vals.index(max(vals))], grades[vals.index(min(vals))]
    a, b = rng.sample(range(4), 2)
    true = [f"가장 많이 참여한 학년은 {hi_g}이다.", f"가장 적게 참여한 학년은 {lo_g}이다.",
            f"참여한 학생은 모두 {tot}명이다.",
            f"{grades[a]}은 {grades[b]}보다 {abs(vals[a] - vals[b])}명 {'많다' if vals[a] > vals[b] else '적다'}."]
    false = rng.choice([f"가장 많이 참여한 학년은 {lo_g}이다.", f"참여한 학생은 모두 {tot + 10}명이다.",
                        f"{grades[a]}은 {grades[b]}보다 {abs(vals[a] - vals[b])}명 {'적다' if vals[a] > vals[b] else '많다'}."])
    ch = choices(rng, false, true)
    tab = _tab(rng, [("학년", grades), ("참여 학생 수(명)", vals)])
    act = rng.choice(["환경 캠페인", "아침 달리기", "학교 도서 축제", "재활용 모으기 행사"])
    text = f"'학년별로 {act} 참여에 차이가 있을까?'를 알아보기 위해 조사한 표입니다. 표를 해석한 내용으로 옳지 않은 것은 어느 것입니까?\n{tab}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["자료 해석"], choice=ch, check=lambda: ch.options[ch.correct] not in true)


@family("6수04-03", "two-line-compare-decision")
def _i_two(rng: random.Random) -> Problem:
    months = ["3월", "4월", "5월", "6월", "7월"]
    while True:
        a = [rng.randint(20, 80) for _ in months]
        b = [rng.randint(20, 80) for _ in months]
        inc_a, inc_b = a[-1] - a[0], b[-1] - b[0]
        if inc_a != inc_b and sum(a) != sum(b):
            break
    s1, s2 = rng.sample(["가 가게", "나 가게", "햇살 문구점", "별빛 문구점"], 2)
    tab = _tab(rng, [("월", months), (f"{s1}(개)", a), (f"{s2}(개)", b)])
    more = s1 if sum(a) > sum(b) else s2
    text = (f"두 가게의 월별 공책 판매량을 비교하기 위해 정리한 표입니다.\n{tab}\n"
            f"(1) 3월부터 7월까지 판매량이 더 많은 가게는 어디입니까?\n(2) 3월에 비해 7월 판매량이 더 많이 늘어난(또는 덜 줄어든) 가게는 어디입니까?\n"
            f"(3) 두 가게의 판매량 변화를 한 그래프에 나타낸다면 어떤 그래프가 알맞은지 쓰시오.")
    grow = s1 if inc_a > inc_b else s2
    return Problem(text=text, answer=f"(1) {more} (2) {grow} (3) 꺾은선그래프", format="task", difficulty=4,
                   achievement_level="A", concepts=["꺾은선그래프", "자료 해석"],
                   check=lambda: (sum(a) > sum(b)) == (more == s1))


# =============================================================================================
# 6수04-04 가능성을 말로 표현하고 비교하기
# =============================================================================================

_EXPR = ["불가능하다", "~아닐 것 같다", "반반이다", "~일 것 같다", "확실하다"]


def _likely(p: Fraction) -> str:
    if p == 0:
        return "불가능하다"
    if p == 1:
        return "확실하다"
    if p == Fraction(1, 2):
        return "반반이다"
    return "~아닐 것 같다" if p < Fraction(1, 2) else "~일 것 같다"


def _clear_p(p: Fraction) -> bool:
    return p in (0, 1, Fraction(1, 2)) or p <= Fraction(1, 4) or p >= Fraction(3, 4)


_COLORS = ["빨간색", "파란색", "노란색", "초록색", "흰색", "검은색"]


@family("6수04-04", "bag-marble-expression")
def _w_bag(rng: random.Random) -> Problem:
    while True:
        c1, c2 = rng.sample(_COLORS, 2)
        a, b = rng.randint(0, 10), rng.randint(0, 10)
        if a + b >= 2:
            p = Fraction(a, a + b)
            if _clear_p(p):
                break
    obj = rng.choice(["구슬", "공", "바둑돌", "사탕"])
    desc = f"{c1} {obj} {a}개" + (f"와 {c2} {obj} {b}개" if b else "")
    if b == 0:
        desc = f"{c1} {obj}만 {a}개"
    if a == 0:
        desc = f"{c2} {obj}만 {b}개"
    text = _pick(
        rng,
        f"주머니 속에 {josa(desc, '이/가')} 들어 있습니다. 주머니에서 {obj} 한 개를 꺼낼 때 {c1} {josa(obj, '이/가')} 나올 가능성을 '불가능하다, ~아닐 것 같다, 반반이다, ~일 것 같다, 확실하다' 중에서 골라 쓰시오.",
        f"상자에 {josa(desc, '이/가')} 있습니다. 눈을 감고 한 개를 집을 때, 집은 {josa(obj, '이/가')} {c1}일 가능성을 말로 표현해 보세요.",
        f"{c1} {josa(obj, '을/를')} 꺼내면 이기는 놀이를 합니다. 통 안에 {josa(desc, '이/가')} 있을 때, 이길 가능성은 어느 정도인지 알맞은 말에 ○표 하세요.\n(불가능하다, ~아닐 것 같다, 반반이다, ~일 것 같다, 확실하다)",
    )
    return Problem(text=text, answer=_likely(p), format="word", difficulty=2, achievement_level="C" if p in (0, 1) else "B",
                   concepts=["가능성"], check=lambda: _likely(Fraction(a, a + b)) == _likely(p))


@family("6수04-04", "spinner-expression")
def _w_spin(rng: random.Random) -> Problem:
    n = rng.choice([2, 4, 6, 8])
    while True:
        k = rng.randint(0, n)
        p = Fraction(k, n)
        if _clear_p(p):
            break
    c1, c2 = rng.sample(_COLORS[:4], 2)
    text = _pick(
        rng,
        f"똑같은 크기로 {n}칸으로 나누어진 회전판이 있습니다. 그중 {k}칸은 {c1}, 나머지 {n - k}칸은 {c2}입니다. 회전판을 돌렸을 때 화살이 {c1}에 멈출 가능성을 말로 나타내시오.",
        f"회전판을 {n}등분하여 {c1} {k}칸, {c2} {n - k}칸으로 색칠하였습니다. 돌린 회전판의 화살이 {c1} 칸을 가리킬 가능성은 어느 정도입니까?",
    )
    if k == n:
        text = f"{n}칸으로 똑같이 나눈 회전판의 모든 칸을 {c1}으로 칠했습니다. 회전판을 돌리면 화살이 {c1}에 멈출 가능성은 어떻다고 할 수 있습니까?".replace(f"{c1}으로", josa(c1, "으로/로"))
    if k == 0:
        text = f"{n}칸으로 똑같이 나눈 회전판의 모든 칸을 {c2}으로 칠했습니다. 회전판을 돌리면 화살이 {c1}에 멈출 가능성은 어떻다고 할 수 있습니까?".replace(f"{c2}으로", josa(c2, "으로/로"))
    return Problem(text=text, answer=_likely(p), format="word", difficulty=2, achievement_level="B",
                   concepts=["가능성"], check=lambda: _likely(p) in _EXPR)


def _card_events(n: int) -> list[tuple[str, Fraction]]:
    nums = range(1, n + 1)
    ev = [("짝수", [x for x in nums if x % 2 == 0]), ("홀수", [x for x in nums if x % 2 == 1]),
          (f"{n + 1} 이상인 수", [x for x in nums if x > n]), (f"{n} 이하인 수", list(nums)),
          ("1", [1]), (f"{n}보다 작은 수", [x for x in nums if x < n]), ("3의 배수", [x for x in nums if x % 3 == 0]),
          ("10의 배수", [x for x in nums if x % 10 == 0]), ("0", [])]
    return [(e, Fraction(len(s), n)) for e, s in ev]


@family("6수04-04", "card-event-expression")
def _w_card(rng: random.Random) -> Problem:
    n = rng.choice([4, 6, 8, 10, 12])
    evs = [e for e in _card_events(n) if _clear_p(e[1])]
    e, p = rng.choice(evs)
    text = _pick(
        rng,
        f"1부터 {n}까지의 수가 한 장에 하나씩 적힌 수 카드 {n}장 중에서 한 장을 뽑을 때, {josa(e, '이/가')} 나올 가능성을 말로 쓰시오.",
        f"수 카드 1, 2, …, {n}을 뒤집어 섞은 다음 한 장을 고릅니다. 고른 카드의 수가 {e}일 가능성은 '확실하다, ~일 것 같다, 반반이다, ~아닐 것 같다, 불가능하다' 중 무엇입니까?",
    )
    return Problem(text=text, answer=_likely(p), format="word", difficulty=3, achievement_level="B",
                   concepts=["가능성"], check=lambda: dict(_card_events(n))[e] == p)


@family("6수04-04", "order-by-likelihood")
def _w_order(rng: random.Random) -> Problem:
    pool = [("주사위를 던져 나온 눈의 수가 7일 가능성", Fraction(0)), ("동전을 던져 그림 면이 나올 가능성", Fraction(1, 2)),
            ("주사위를 던져 나온 눈의 수가 6 이하일 가능성", Fraction(1)),
            ("1부터 10까지 수 카드 중 한 장을 뽑을 때 1이 나올 가능성", Fraction(1, 10)),
            ("흰 공 9개와 검은 공 1개가 든 주머니에서 흰 공을 꺼낼 가능성", Fraction(9, 10)),
            ("빨간 구슬만 5개 든 주머니에서 파란 구슬을 꺼낼 가능성", Fraction(0)),
            ("1월 다음에 2월이 올 가능성", Fraction(1)),
            ("주사위를 던져 짝수가 나올 가능성", Fraction(1, 2))]
    while True:
        picked = rng.sample(pool, 4)
        if len({p for _, p in picked}) == 4:
            break
    marks = ["㉠", "㉡", "㉢", "㉣"]
    lst = "\n".join(f"{m} {e}" for m, (e, _) in zip(marks, picked, strict=True))
    order = sorted(range(4), key=lambda i: -picked[i][1])
    big_first = rng.random() < 0.6
    if not big_first:
        order = order[::-1]
    ans = ", ".join(marks[i] for i in order)
    text = f"일이 일어날 가능성이 {'큰' if big_first else '작은'} 것부터 차례로 기호를 쓰시오.\n{lst}"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B",
                   concepts=["가능성"], check=lambda: len(set(ans.split(", "))) == 4)


_EVERYDAY = [("내일 아침 해가 서쪽에서 뜰 것입니다.", "불가능하다"), ("주사위를 한 번 던지면 0이 나올 것입니다.", "불가능하다"),
             ("3월 다음 달은 4월일 것입니다.", "확실하다"), ("지금이 오후 2시이면 1시간 후에는 오후 3시가 될 것입니다.", "확실하다"),
             ("동전을 한 번 던지면 숫자 면이 나올 것입니다.", "반반이다"), ("한여름 낮에 우리 동네에 눈이 내릴 것입니다.", "~아닐 것 같다"),
             ("흰 공 19개와 빨간 공 1개 중에서 하나를 꺼내면 흰 공일 것입니다.", "~일 것 같다"),
             ("복권을 한 장 사면 1등에 당첨될 것입니다.", "~아닐 것 같다"), ("장마철에 일주일 동안 비가 한 번은 올 것입니다.", "~일 것 같다"),
             ("태어난 아기가 남자아이일 것입니다.", "반반이다")]


@family("6수04-04", "everyday-event-mcq")
def _w_every(rng: random.Random) -> Problem:
    target = rng.choice(_EXPR)
    right = [e for e, x in _EVERYDAY if x == target]
    wrong = [e for e, x in _EVERYDAY if x != target]
    ch = choices(rng, rng.choice(right), rng.sample(wrong, 4))
    t = target.replace("~", "")
    q = _pick(rng, f"일이 일어날 가능성이 '{target}'인 것을 고르시오.", f"가능성을 '{t}'로 표현할 수 있는 것은 어느 것입니까?".replace(f"'{t}'로", f"'{t}'" + josa(t, "으로/로")[len(t):]))
    return Problem(text=f"{q}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["가능성"], choice=ch, check=lambda: dict(_EVERYDAY)[ch.options[ch.correct]] == target)


@family("6수04-04", "which-spinner-most-likely")
def _w_which(rng: random.Random) -> Problem:
    c = rng.choice(_COLORS[:4])
    n = 8
    while True:
        ks = rng.sample([0, 1, 2, 4, 6, 7, 8], 4)
        if max(ks) > 0:
            break
    labels = ["가", "나", "다", "라"]
    desc = "\n".join(f"회전판 {lab}: 8칸 중 {k}칸이 {c}" for lab, k in zip(labels, ks, strict=True))
    best = labels[ks.index(max(ks))]
    worst = labels[ks.index(min(ks))]
    ask_most = rng.random() < 0.6
    text = (f"똑같이 8칸으로 나눈 회전판 4개가 있습니다.\n{desc}\n화살이 {c}에 멈출 가능성이 가장 {'큰' if ask_most else '작은'} 회전판을 찾아 쓰고, "
            f"그 가능성을 말로 표현하시오.")
    lab = best if ask_most else worst
    p = Fraction(max(ks) if ask_most else min(ks), n)
    return Problem(text=text, answer=f"{lab}, {_likely(p)}", format="data", difficulty=3, achievement_level="B",
                   concepts=["가능성"], check=lambda: ks[labels.index(lab)] == (max(ks) if ask_most else min(ks)))


@family("6수04-04", "compare-two-claims")
def _w_claims(rng: random.Random) -> Problem:
    p1, p2 = names(rng, 2)
    n = rng.choice([6, 8, 10])
    evs = [e for e in _card_events(n) if e[1] not in (0, 1)]
    while True:
        (e1, q1), (e2, q2) = rng.sample(evs, 2)
        if q1 != q2:
            break
    more = p1 if q1 > q2 else p2
    text = (f"1부터 {n}까지 수 카드 중 한 장을 뽑는 놀이를 합니다. {josa(p1, '은/는')} '{e1}'이 나오면, {josa(p2, '은/는')} '{e2}'이 나오면 이깁니다. "
            f"누가 이길 가능성이 더 큰지 쓰고, 그 까닭을 설명하시오.")
    text = text.replace(f"'{e1}'이", f"'{e1}'" + josa(e1, "이/가")[len(e1):]).replace(f"'{e2}'이", f"'{e2}'" + josa(e2, "이/가")[len(e2):])
    cnt1, cnt2 = int(q1 * n), int(q2 * n)
    return Problem(text=text, answer=f"{more}. {e1}인 카드는 {cnt1}장, {e2}인 카드는 {cnt2}장이므로 {more}의 경우가 더 많기 때문입니다.",
                   format="proof", difficulty=3, achievement_level="A", concepts=["가능성"],
                   check=lambda: (cnt1 > cnt2) == (more == p1))


@family("6수04-04", "make-it-even")
def _w_even(rng: random.Random) -> Problem:
    c1, c2 = rng.sample(_COLORS, 2)
    a = rng.randint(4, 12)
    b = rng.randint(1, a - 1)
    obj = rng.choice(["구슬", "공", "바둑돌"])
    text = _pick(
        rng,
        f"주머니에 {c1} {obj} {a}개와 {c2} {obj} {b}개가 들어 있습니다. {c2} {josa(obj, '을/를')} 몇 개 더 넣으면 한 개를 꺼낼 때 {c1} {josa(obj, '이/가')} 나올 가능성이 '반반이다'가 됩니까?",
        f"{c1} {obj} {a}개, {c2} {obj} {b}개가 든 상자에 {c2} {josa(obj, '을/를')} 더 넣어 두 색 중 어느 것이 나올 가능성이 반반이 되게 하려고 합니다. 몇 개를 더 넣어야 하는지 구하시오.",
    )
    return Problem(text=text, answer=f"{a - b}개", format="word", difficulty=3, achievement_level="B",
                   concepts=["가능성"], check=lambda: _likely(Fraction(a, a + b + (a - b))) == "반반이다")


# =============================================================================================
# 6수04-05 가능성을 수로 나타내기 (0, 1/2, 1)
# =============================================================================================


def _pnum(p: Fraction, st: str) -> str:
    if p.denominator == 1:
        return str(p.numerator)
    return frac(p.numerator, p.denominator, st)


def _pans(p: Fraction) -> str:
    return str(p.numerator) if p.denominator == 1 else f"{p.numerator}/{p.denominator}"


_DICE_EV = [("짝수", Fraction(1, 2)), ("홀수", Fraction(1, 2)), ("7 이상인 수", Fraction(0)), ("6 이하인 수", Fraction(1)),
            ("3 이하인 수", Fraction(1, 2)), ("4 이상인 수", Fraction(1, 2)), ("0", Fraction(0)), ("1 이상인 수", Fraction(1)),
            ("10", Fraction(0)), ("2의 배수", Fraction(1, 2))]


def _half_st(rng: random.Random) -> str:
    return pick_style(rng, (0.3, 0.1, 0.6))


@family("6수04-05", "dice-event-number")
def _n_dice(rng: random.Random) -> Problem:
    e, p = rng.choice(_DICE_EV)
    st = _half_st(rng)
    text = _pick(
        rng,
        f"주사위를 한 번 굴릴 때 나온 눈의 수가 {josa(e, '이/가')} 될 가능성을 수로 나타내시오.",
        f"주사위 한 개를 던져서 {josa(e, '이/가')} 나올 가능성을 0, {_pnum(Fraction(1, 2), st)}, 1 중에서 골라 쓰세요.",
        f"1부터 6까지의 눈이 있는 주사위를 굴렸습니다. 윗면에 {josa(e, '이/가')} 나올 가능성은 수로 얼마입니까?",
    )
    return Problem(text=text, answer=_pans(p), format="word", difficulty=2, achievement_level="C" if p in (0, 1) else "B",
                   concepts=["가능성"], check=lambda: Fraction(sum(1 for x in range(1, 7) if _dice_ok(e, x)), 6) == p)


def _dice_ok(e: str, x: int) -> bool:
    return {"짝수": x % 2 == 0, "홀수": x % 2 == 1, "7 이상인 수": x >= 7, "6 이하인 수": x <= 6, "3 이하인 수": x <= 3,
            "4 이상인 수": x >= 4, "0": x == 0, "1 이상인 수": x >= 1, "10": x == 10, "2의 배수": x % 2 == 0}[e]


@family("6수04-05", "bag-number")
def _n_bag(rng: random.Random) -> Problem:
    c1, c2 = rng.sample(_COLORS, 2)
    kind = rng.choice(["all", "none", "half"])
    k = rng.randint(2, 8)
    obj = rng.choice(["구슬", "공", "사탕", "바둑돌"])
    if kind == "all":
        desc, p = f"{c1} {obj}만 {k}개", Fraction(1)
    elif kind == "none":
        desc, p = f"{c2} {obj}만 {k}개", Fraction(0)
    else:
        desc, p = f"{c1} {obj} {k}개와 {c2} {obj} {k}개", Fraction(1, 2)
    text = _pick(
        rng,
        f"주머니 속에 {josa(desc, '이/가')} 들어 있습니다. 한 개를 꺼낼 때 {c1} {josa(obj, '이/가')} 나올 가능성을 수로 나타내시오.",
        f"상자에 {josa(desc, '이/가')} 있습니다. 한 개를 꺼냈을 때 {c1} {obj}일 가능성을 0, 1/2, 1 중에서 고르세요.",
    )
    return Problem(text=text, answer=_pans(p), format="word", difficulty=1 if p != Fraction(1, 2) else 2,
                   achievement_level="C", concepts=["가능성"], check=lambda: p in (0, 1, Fraction(1, 2)))


@family("6수04-05", "coin-number-fill")
def _n_coin(rng: random.Random) -> Problem:
    coin = rng.choice(["100원짜리 동전", "500원짜리 동전", "동전"])
    evs = [("숫자 면이 나올 가능성", Fraction(1, 2)), ("그림 면이 나올 가능성", Fraction(1, 2)),
           ("숫자 면 또는 그림 면이 나올 가능성", Fraction(1)), ("숫자 면과 그림 면이 동시에 위를 향할 가능성", Fraction(0))]
    picked = rng.sample(evs, 3)
    lines = "\n".join(f"({i + 1}) {e} → □" for i, (e, _) in enumerate(picked))
    text = f"{josa(coin, '을/를')} 한 번 던질 때, 일이 일어날 가능성을 수로 나타내어 □ 안에 써넣으세요.\n{lines}"
    ans = " ".join(f"({i + 1}) {_pans(p)}" for i, (_, p) in enumerate(picked))
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="C", concepts=["가능성"],
                   check=lambda: all(p in (0, 1, Fraction(1, 2)) for _, p in picked))


@family("6수04-05", "word-to-number")
def _n_word(rng: random.Random) -> Problem:
    m = {"불가능하다": Fraction(0), "반반이다": Fraction(1, 2), "확실하다": Fraction(1)}
    w = rng.choice(list(m))
    st = _half_st(rng)
    if rng.random() < 0.5:
        text = f"일이 일어날 가능성이 '{w}'일 때, 이 가능성을 수로 나타내면 얼마입니까?"
        return Problem(text=text, answer=_pans(m[w]), format="word", difficulty=1, achievement_level="C",
                       concepts=["가능성"], check=lambda: _likely(m[w]) == w)
    v = rng.choice(list(m.values()))
    ch = choices(rng, _likely(v), [x for x in _EXPR if x != _likely(v)], sort_key=_EXPR.index)
    text = f"어떤 일이 일어날 가능성을 수로 나타내었더니 {_pnum(v, st)}였습니다. 이 가능성을 말로 바르게 나타낸 것을 고르시오.\n{ch.block}"
    if v.denominator == 1:
        text = text.replace(f"{_pnum(v, st)}였습니다", f"{v}이었습니다")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="C", concepts=["가능성"],
                   choice=ch, check=lambda: ch.options[ch.correct] == _likely(v))


@family("6수04-05", "which-event-is-half")
def _n_which(rng: random.Random) -> Problem:
    st = _half_st(rng)
    target = rng.choice([Fraction(0), Fraction(1, 2), Fraction(1)])
    pool = [(f"주사위를 던져 {josa(e, '이/가')} 나올 가능성", p) for e, p in _DICE_EV] + [
        ("흰 공만 3개 든 주머니에서 흰 공을 꺼낼 가능성", Fraction(1)), ("동전을 던져 그림 면이 나올 가능성", Fraction(1, 2)),
        ("1, 2, 3, 4 카드 중 한 장을 뽑을 때 5가 나올 가능성", Fraction(0)),
        ("1, 2, 3, 4 카드 중 한 장을 뽑을 때 짝수가 나올 가능성", Fraction(1, 2))]
    right = [e for e, p in pool if p == target]
    wrong = [e for e, p in pool if p != target]
    ch = choices(rng, rng.choice(right), rng.sample(wrong, 4))
    t = _pnum(target, st)
    text = f"일이 일어날 가능성을 수로 나타낼 때 {'그 수가 ' + t + '인' if target.denominator != 1 else str(target) + '인'} 것은 어느 것입니까?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B", concepts=["가능성"],
                   choice=ch, check=lambda: dict(pool)[ch.options[ch.correct]] == target)


@family("6수04-05", "spinner-number-with-reason")
def _n_spin(rng: random.Random) -> Problem:
    n = rng.choice([2, 4, 6, 8])
    c1, c2 = rng.sample(_COLORS[:4], 2)
    k = rng.choice([0, n // 2, n])
    p = Fraction(k, n)
    desc = (f"{n}칸 모두 {c1}" if k == n else f"{n}칸 모두 {c2}" if k == 0 else f"{c1} {k}칸, {c2} {n - k}칸")
    text = (f"똑같이 {n}칸으로 나눈 회전판을 {desc}으로 색칠하였습니다. 회전판을 돌릴 때 화살이 {c1}에 멈출 가능성을 수로 나타내고, 그 까닭을 쓰시오.")
    text = text.replace(f"{desc}으로", josa(desc, "으로/로"))
    why = {0: f"{c1} 칸이 없으므로", 1: "모든 칸이 " + c1 + "이므로", Fraction(1, 2): f"{c1} 칸과 {c2} 칸의 수가 같으므로"}[p]
    return Problem(text=text, answer=f"{_pans(p)}, {why}", format="proof", difficulty=3, achievement_level="A",
                   concepts=["가능성"], check=lambda: p in (0, 1, Fraction(1, 2)))


@family("6수04-05", "not-happening-number")
def _n_not(rng: random.Random) -> Problem:
    e, p = rng.choice([(e, p) for e, p in _DICE_EV])
    st = _half_st(rng)
    q = 1 - p
    text = _pick(
        rng,
        f"주사위를 한 번 던질 때 {josa(e, '이/가')} 나올 가능성은 {_pnum(p, st)}입니다. {josa(e, '이/가')} 나오지 않을 가능성을 수로 나타내시오.",
        f"주사위 한 개를 던집니다. 눈의 수가 {josa(e, '이/가')} 아닐 가능성은 수로 얼마입니까?",
    )
    return Problem(text=text, answer=_pans(q), format="word", difficulty=3, achievement_level="B", concepts=["가능성"],
                   check=lambda: Fraction(sum(1 for x in range(1, 7) if not _dice_ok(e, x)), 6) == q)


@family("6수04-05", "cards-number-table")
def _n_cards(rng: random.Random) -> Problem:
    n = rng.choice([2, 4, 6, 8, 10])
    nums = list(range(1, n + 1))
    evs = [("짝수", Fraction(1, 2)), ("홀수", Fraction(1, 2)), (f"{n} 이하의 수", Fraction(1)), (f"{n}보다 큰 수", Fraction(0)),
           ("자연수", Fraction(1)), ("0", Fraction(0))]
    picked = rng.sample(evs, 3)
    cards = " ".join(f"[{x}]" for x in nums)
    tab = "| 일 | 가능성을 수로 나타내기 |\n" + "\n".join(f"| {e}가 적힌 카드를 뽑을 가능성 | □ |".replace(f"{e}가", josa(e, "이/가")) for e, _ in picked)
    text = f"수 카드 {cards} 중에서 한 장을 뽑으려고 합니다. 표의 □ 안에 알맞은 수를 써넣으세요.\n{tab}"
    ans = ", ".join(_pans(p) for _, p in picked)
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="B", concepts=["가능성"],
                   check=lambda: all(Fraction(sum(1 for x in nums if {"짝수": x % 2 == 0, "홀수": x % 2 == 1, "자연수": True, "0": x == 0}.get(e, x <= n if "이하" in e else x > n)), n) == p for e, p in picked))


@family("6수04-05", "arrow-on-number-line")
def _n_line(rng: random.Random) -> Problem:
    pool = [(f"주사위를 던져 {josa(e, '이/가')} 나올 가능성", p) for e, p in _DICE_EV]
    while True:
        picked = rng.sample(pool, 3)
        if len({p for _, p in picked}) == 3:
            break
    marks = ["㉠", "㉡", "㉢"]
    lst = "\n".join(f"{m} {e}" for m, (e, _) in zip(marks, picked, strict=True))
    st = _half_st(rng)
    text = (f"수직선 위의 0, {_pnum(Fraction(1, 2), st)}, 1에 각 일이 일어날 가능성을 화살표로 나타내려고 합니다. "
            f"0, {_pnum(Fraction(1, 2), st)}, 1을 가리키는 것을 차례로 기호로 쓰시오.\n{lst}")
    order = sorted(range(3), key=lambda i: picked[i][1])
    return Problem(text=text, answer=", ".join(marks[i] for i in order), format="task", difficulty=2, achievement_level="B",
                   concepts=["가능성"], check=lambda: [picked[i][1] for i in order] == [0, Fraction(1, 2), 1])


# =============================================================================================
# 6수04-06 자료로 가능성을 예상하고 판단하기
# =============================================================================================


def _split(rng: random.Random, total: int, weights: list[int]) -> list[int]:
    """Experimental counts near ``total × weight/sum`` (noisy but keeping the order of the weights)."""
    s = sum(weights)
    while True:
        out = [max(1, round(total * w / s + rng.randint(-3, 3))) for w in weights[:-1]]
        last = total - sum(out)
        out.append(last)
        if last > 0 and all((out[i] > out[j]) == (weights[i] > weights[j]) for i in range(len(out)) for j in range(len(out))
                            if weights[i] != weights[j]):
            return out


@family("6수04-06", "spinner-results-guess-region")
def _d_spin(rng: random.Random) -> Problem:
    cols = rng.sample(_COLORS[:5], 3)
    w = rng.sample([1, 2, 5], 3)
    total = rng.choice([60, 80, 100, 120])
    res = _split(rng, total, w)
    big = cols[w.index(max(w))]
    small = cols[w.index(min(w))]
    tab = _tab(rng, [("색깔", cols), ("멈춘 횟수(번)", res)])
    ask_big = rng.random() < 0.6
    text = (f"색깔이 3가지인 회전판을 {total}번 돌려 화살이 멈춘 색깔을 기록하였습니다.\n{tab}\n"
            f"회전판에서 가장 {'넓은' if ask_big else '좁은'} 부분은 어떤 색깔일 것이라고 예상할 수 있습니까?")
    ans = big if ask_big else small
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["가능성"], check=lambda: res[cols.index(ans)] == (max(res) if ask_big else min(res)))


@family("6수04-06", "guess-which-bag")
def _d_bag(rng: random.Random) -> Problem:
    c1, c2 = rng.sample(_COLORS[:4], 2)
    bags = [(5, 5), (9, 1), (1, 9), (10, 0)]
    k = rng.randrange(3)
    a, b = bags[k]
    trials = rng.choice([20, 30, 40, 50])
    while True:
        res = _split(rng, trials, [a, b]) if a != b else [trials // 2 + rng.randint(-2, 2)]
        if a == b:
            res.append(trials - res[0])
        dist = [abs(Fraction(x, 10) - Fraction(res[0], trials)) for x, _ in bags]
        if res[1] > 0 and all(dist[k] < d for i, d in enumerate(dist) if i != k):
            break
    labs = ["가", "나", "다", "라"]
    desc = "\n".join(f"주머니 {lab}: {c1} 구슬 {x}개, {c2} 구슬 {y}개" for lab, (x, y) in zip(labs, bags, strict=True))
    who = name(rng)
    text = (f"다음 주머니 중 하나에서 구슬 한 개를 꺼내 색을 확인하고 다시 넣기를 {trials}번 하였습니다.\n{desc}\n"
            f"결과: {c1} {res[0]}번, {c2} {res[1]}번\n{josa(who, '이/가')} 사용한 주머니는 어느 것일 가능성이 가장 큽니까?")
    return Problem(text=text, answer=labs[k], format="data", difficulty=3, achievement_level="B", concepts=["가능성"],
                   check=lambda: min(range(4), key=lambda i: abs(Fraction(bags[i][0], 10) - Fraction(res[0], trials))) == k)


@family("6수04-06", "coin-toss-trend")
def _d_coin(rng: random.Random) -> Problem:
    ns = [10, 50, 100, 500, 1000]
    heads = [n // 2 + rng.randint(-max(1, n // 8), max(1, n // 8)) for n in ns[:3]] + [n // 2 + rng.randint(-n // 40, n // 40) for n in ns[3:]]
    tab = _tab(rng, [("던진 횟수(번)", ns), ("그림 면이 나온 횟수(번)", heads)])
    ch = choices(rng, "반반이다", ["확실하다", "불가능하다", "~일 것 같다", "~아닐 것 같다"], sort_key=_EXPR.index)
    text = (f"동전을 던진 횟수를 늘려 가며 그림 면이 나온 횟수를 기록하였습니다.\n{tab}\n"
            f"던진 횟수가 많아질수록 그림 면이 나온 횟수는 던진 횟수의 얼마에 가까워집니까? 또, 동전을 한 번 던질 때 그림 면이 나올 가능성을 말로 나타낸 것을 고르시오.\n{ch.block}")
    return Problem(text=text, answer=f"{_pnum(Fraction(1, 2), 'plain')} (절반), {ch.label}", format="data", difficulty=3,
                   achievement_level="B", concepts=["가능성"], check=lambda: abs(Fraction(heads[-1], ns[-1]) - Fraction(1, 2)) < Fraction(1, 20))


@family("6수04-06", "choose-shooter")
def _d_shoot(rng: random.Random) -> Problem:
    ppl = names(rng, 3)
    while True:
        tries = [rng.choice([10, 20, 25, 40, 50]) for _ in ppl]
        made = [rng.randint(t // 4, t - 1) for t in tries]
        rates = [Fraction(m, t) for m, t in zip(made, tries, strict=True)]
        if len(set(rates)) == 3 and made.index(max(made)) != rates.index(max(rates)):
            break
    sport = rng.choice([("자유투", "던진", "넣은"), ("승부차기", "찬", "넣은"), ("과녁 맞히기", "쏜", "맞힌")])
    tab = _tab(rng, [("이름", ppl), (f"{sport[1]} 횟수(번)", tries), (f"{sport[2]} 횟수(번)", made)], layout="records")
    best = ppl[rates.index(max(rates))]
    text = (f"반 대표로 {sport[0]} 선수를 한 명 뽑으려고 연습 기록을 정리했습니다.\n{tab}\n"
            f"성공할 가능성이 가장 큰 사람을 대표로 뽑으려면 누구를 뽑아야 하는지 쓰고, 그 까닭을 설명하시오.")
    return Problem(text=text, answer=f"{best}, {sport[1]} 횟수에 대한 {sport[2]} 횟수의 비율이 {_n(max(rates) * 100) if _terminating(max(rates) * 100) else max(rates)}%로 가장 크기 때문입니다.",
                   format="proof", difficulty=4, achievement_level="A", concepts=["가능성", "비율"],
                   check=lambda: max(ppl, key=lambda p: Fraction(made[ppl.index(p)], tries[ppl.index(p)])) == best)


@family("6수04-06", "rain-history-decision")
def _d_rain(rng: random.Random) -> Problem:
    years = 10
    r = rng.choice([0, 1, 2, 5, 8, 9, 10])
    p = Fraction(r, years)
    day = rng.choice(["5월 5일", "10월 3일", "7월 15일", "6월 25일", "11월 11일"])
    ev = rng.choice(["소풍", "운동회", "야외 음악회", "마을 축제"])
    marks = " ".join("○" if i < r else "×" for i in range(years))
    text = (f"우리 마을에서 지난 {years}년 동안 {day}에 비가 왔는지 조사한 결과입니다. (○: 비 옴, ×: 비 안 옴)\n{marks}\n"
            f"올해 {day}에 {josa(ev, '을/를')} 하려고 합니다. 이날 비가 올 가능성을 말로 표현하고, 우산을 준비해야 할지 판단하시오.")
    dec = "우산을 준비하는 것이 좋습니다." if r >= 5 else "우산을 꼭 준비하지 않아도 될 것 같습니다."
    lik = _likely(p) if p not in (0, 1) else ("~아닐 것 같다" if p == 0 else "~일 것 같다")
    return Problem(text=text, answer=f"{lik}, {dec}", format="data", difficulty=3, achievement_level="A",
                   concepts=["가능성"], check=lambda: marks.count("○") == r)


@family("6수04-06", "fair-spinner-game")
def _d_fair(rng: random.Random) -> Problem:
    p1, p2 = names(rng, 2)
    total = rng.choice([40, 60, 100])
    c1, c2 = rng.sample(_COLORS[:4], 2)
    specs = [("가", 1, 1), ("나", 3, 1), ("다", 1, 3)]
    rng.shuffle(specs)
    res = {lab: _split(rng, total, [x, y]) for lab, x, y in specs}
    tab = "| 회전판 | " + f"{c1}(번) | {c2}(번) |\n" + "\n".join(f"| {lab} | {res[lab][0]} | {res[lab][1]} |" for lab, _, _ in specs)
    fair = next(lab for lab, x, y in specs if x == y)
    text = (f"{josa(p1, '은/는')} 화살이 {c1}에 멈추면, {josa(p2, '은/는')} {c2}에 멈추면 이기는 놀이를 하려고 합니다. 회전판 3개를 각각 {total}번씩 돌려 본 결과입니다.\n{tab}\n"
            f"두 사람에게 공평한 놀이가 되려면 어느 회전판을 사용해야 할지 고르고 그 까닭을 쓰시오.")
    return Problem(text=text, answer=f"{fair}, {c1}과 {c2}에 멈춘 횟수가 비슷하여 두 사람이 이길 가능성이 반반이기 때문입니다.".replace(f"{c1}과", josa(c1, "과/와")),
                   format="proof", difficulty=4, achievement_level="A", concepts=["가능성"],
                   check=lambda: abs(res[fair][0] - res[fair][1]) == min(abs(v[0] - v[1]) for v in res.values()))


@family("6수04-06", "bus-on-time-choice")
def _d_bus(rng: random.Random) -> Problem:
    while True:
        d1, d2 = rng.choice([10, 20, 25]), rng.choice([10, 20, 25])
        o1, o2 = rng.randint(d1 // 3, d1), rng.randint(d2 // 3, d2)
        if Fraction(o1, d1) != Fraction(o2, d2) and d1 != d2 and (o1 > o2) != (Fraction(o1, d1) > Fraction(o2, d2)):
            break
    b1, b2 = rng.sample(["12번", "25번", "7번", "마을버스 3번", "31번"], 2)
    tab = _tab(rng, [("버스", [b1, b2]), ("조사한 날수(일)", [d1, d2]), ("제시간에 온 날수(일)", [o1, o2])], layout="records")
    best = b1 if Fraction(o1, d1) > Fraction(o2, d2) else b2
    ch = choices(rng, best, [b2 if best == b1 else b1, "어느 버스를 타도 가능성이 같다.", "조사한 날수가 더 많은 버스", "제시간에 온 날수가 더 많은 버스"], n=4)
    text = (f"학원에 늦지 않으려고 두 버스가 제시간에 온 날을 조사했습니다.\n{tab}\n제시간에 올 가능성이 더 큰 버스를 타려면 어느 버스를 타는 것이 좋습니까?\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=4, achievement_level="A", concepts=["가능성", "비율"],
                   choice=ch, check=lambda: ch.options[ch.correct] == best)


@family("6수04-06", "predict-count-half")
def _d_predict(rng: random.Random) -> Problem:
    k = rng.randint(2, 6)
    n = rng.choice([20, 40, 60, 100, 200])
    c1, c2 = rng.sample(_COLORS, 2)
    obj = rng.choice(["공", "구슬", "카드"])
    text = _pick(
        rng,
        f"주머니에 {c1} {obj} {k}개, {c2} {obj} {k}개가 있습니다. 한 개를 꺼내 색을 확인하고 다시 넣는 일을 {n}번 한다면 {c1} {josa(obj, '은/는')} 대략 몇 번 나올 것이라고 예상할 수 있습니까?",
        f"{c1} {obj}과 {c2} {obj}이 {k}개씩 든 상자에서 한 개를 뽑고 되돌려 넣기를 {n}번 하려고 합니다. {c2} {josa(obj, '이/가')} 나오는 횟수를 예상해 보세요.".replace(f"{c1} {obj}과", f"{c1} " + josa(obj, "과/와")).replace(f"{c2} {obj}이 {k}", f"{c2} " + josa(obj, "이/가") + f" {k}"),
    )
    return Problem(text=text, answer=f"약 {n // 2}번", format="word", difficulty=2, achievement_level="B",
                   concepts=["가능성"], check=lambda: Fraction(k, 2 * k) * n == n // 2)
