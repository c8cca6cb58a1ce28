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

import random
from fractions import Fraction

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.korean import josa, name, names
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import num

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
        total *= 100
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
