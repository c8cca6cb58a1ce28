"""Grades 1–2, 도형과 측정 (2수03-01 … 2수03-13): solid and plane shapes, 쌓기나무, comparing
quantities, reading clocks, time units, cm and m, estimating and adding/subtracting lengths.

Shares private helpers with ``g2su01``; private helpers of its own carry a ``_`` prefix.
"""

from __future__ import annotations

import random

from mathtag.corpus.generators.base import Problem, elementary_level, family
from mathtag.corpus.generators.g2su01 import _kid, _kids, _p, _table
from mathtag.corpus.korean import NAMES, josa
from mathtag.corpus.mcq import choices

_ORD = ("", "첫째", "둘째", "셋째", "넷째", "다섯째", "여섯째", "일곱째", "여덟째", "아홉째", "열째")


def _kname(rng: random.Random) -> str:
    return _kid(rng.choice(NAMES))


# -- 2수03-01 상자·둥근기둥·공 모양 ------------------------------------------------------------------
_SOLIDS = {
    "상자 모양": ("과자 상자", "주사위", "선물 상자", "냉장고", "휴지 상자", "벽돌", "동화책", "지우개", "서랍장", "우체통"),
    "둥근기둥 모양": ("음료수 캔", "풀", "두루마리 휴지", "북", "통조림 캔", "양초", "분유통", "물감 통", "드럼"),
    "공 모양": ("축구공", "농구공", "구슬", "수박", "지구본", "야구공", "볼링공", "비치볼", "방울", "테니스공"),
}
_SOLID_NAMES = tuple(_SOLIDS)
_SOLID_FEATURE = {
    "상자 모양": ("평평한 부분과 뾰족한 부분이 있습니다", "어느 쪽으로도 잘 굴러가지 않습니다", "여러 방향으로 잘 쌓을 수 있습니다"),
    "둥근기둥 모양": ("평평한 부분과 둥근 부분이 있습니다", "눕히면 잘 굴러가고, 세우면 쌓을 수 있습니다", "한쪽 방향으로만 잘 굴러갑니다"),
    "공 모양": ("모든 부분이 둥급니다", "어느 방향으로도 잘 굴러갑니다", "평평한 부분이 없어서 쌓을 수 없습니다"),
}


def _solid_of(obj: str) -> str:
    return next(k for k, v in _SOLIDS.items() if obj in v)


@family("2수03-01", "object-to-solid-mcq")
def _f0301_classify(rng: random.Random) -> Problem:
    target = rng.choice(_SOLID_NAMES)
    correct = rng.choice(_SOLIDS[target])
    wrong = [o for k, v in _SOLIDS.items() if k != target for o in v]
    stem = rng.choice([f"{josa(target, '인/인')}"[:0] + f"다음 중 {target}인 물건은 어느 것인가요?",
                       f"{target}의 물건을 찾아보세요.", f"생활 주변의 물건 중 {target}인 것을 고르시오."])
    ch = choices(rng, correct, rng.sample(wrong, 6))
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1, achievement_level="C",
                   concepts=["입체도형의 모양"], choice=ch, check=lambda: _solid_of(ch.options[ch.correct]) == target)


@family("2수03-01", "count-solids-in-list")
def _f0301_count(rng: random.Random) -> Problem:
    objs = rng.sample([o for v in _SOLIDS.values() for o in v], rng.randint(6, 9))
    target = rng.choice(_SOLID_NAMES)
    cnt = sum(1 for o in objs if _solid_of(o) == target)
    w = _kname(rng)
    text = rng.choice([
        f"{josa(w, '이/가')} 집에서 찾은 물건입니다. {josa(target, '은/는')} 모두 몇 개인가요?\n" + ", ".join(objs),
        f"다음 물건 중에서 {target}의 물건은 몇 개입니까?\n" + " / ".join(objs),
    ]).replace(f"{w}이가", f"{w}가")
    return Problem(text=text, answer=f"{cnt}개", format="word", difficulty=2, achievement_level="C",
                   concepts=["입체도형의 모양"], check=lambda: cnt == len([o for o in objs if o in _SOLIDS[target]]))


@family("2수03-01", "feature-to-solid")
def _f0301_feature(rng: random.Random) -> Problem:
    target = rng.choice(_SOLID_NAMES)
    feats = rng.sample(_SOLID_FEATURE[target], 2)
    kind = rng.randrange(3)
    if kind == 0:
        text = (f"다음 설명에 알맞은 모양을 쓰세요.\n- {feats[0]}.\n- {feats[1]}.")
        ans, fmt = target, "word"
    elif kind == 1:
        obj = rng.choice(_SOLIDS[target])
        text = (f"상자 안에 {josa(obj, '을/를')} 넣고 구멍에 손을 넣어 만져 보았습니다. 만져 본 모양에 대한 설명으로 알맞은 것을 고르세요.")
        wrong = [f for k, v in _SOLID_FEATURE.items() if k != target for f in v]
        ch = choices(rng, feats[0], rng.sample(wrong, 4))
        return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                       concepts=["입체도형의 모양"], choice=ch, check=lambda: ch.options[ch.correct] in _SOLID_FEATURE[target])
    else:
        w = _kname(rng)
        text = (f"{josa(w, '은/는')} 어떤 물건을 보고 '{feats[0]}. 그리고 {feats[1][:-3]}니다.'라고 말했습니다. "
                f"{josa(w, '이/가')} 본 물건을 다음에서 고르세요: " + ", ".join(rng.sample([rng.choice(v) for v in _SOLIDS.values()], 3)))
        text = text.replace(f"{w}이가", f"{w}가")
        objs = [o for o in text.split(": ")[1].split(", ")]
        ans = next(o for o in objs if _solid_of(o) == target)
        fmt = "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="B",
                   concepts=["입체도형의 모양"], check=lambda: all(f in _SOLID_FEATURE[target] for f in feats))


@family("2수03-01", "odd-solid-out")
def _f0301_odd(rng: random.Random) -> Problem:
    same, other = rng.sample(_SOLID_NAMES, 2)
    group = rng.sample(_SOLIDS[same], 4)
    odd = rng.choice(_SOLIDS[other])
    stem = rng.choice(["모양이 나머지와 다른 하나를 고르세요.", "다음 물건 중 모양이 다른 하나는 어느 것입니까?",
                       "같은 모양끼리 모았는데 잘못 들어간 물건이 하나 있습니다. 어느 것인가요?"])
    ch = choices(rng, odd, group)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["입체도형의 모양"], choice=ch, check=lambda: _solid_of(ch.options[ch.correct]) != same)


@family("2수03-01", "model-built-from-solids")
def _f0301_build(rng: random.Random) -> Problem:
    thing = rng.choice(["로봇", "기차", "성", "자동차", "강아지", "눈사람"])
    counts = dict(zip(_SOLID_NAMES, rng.sample(range(1, 9), 3), strict=True))
    kind = rng.randrange(3)
    tbl = _table(rng, ["모양", *counts.keys()], [["개수(개)", *counts.values()]])
    if kind == 0:
        want = rng.choice(["가장 많이", "가장 적게"])
        pick = max(counts, key=counts.get) if want == "가장 많이" else min(counts, key=counts.get)
        text = f"{thing} 모양을 만드는 데 사용한 모양의 수를 나타낸 표입니다. {want} 사용한 모양은 무엇인가요?\n{tbl}"
        ans, d = pick, 2
    elif kind == 1:
        text = f"{thing} 모양을 만드는 데 사용한 모양의 수입니다. 사용한 모양은 모두 몇 개인가요?\n{tbl}"
        ans, d = f"{sum(counts.values())}개", 2
    else:
        a, b = rng.sample(_SOLID_NAMES, 2)
        diff = abs(counts[a] - counts[b])
        more = a if counts[a] > counts[b] else b
        text = f"{thing} 모양을 만드는 데 {josa(a, '과/와')} {b} 중 어느 것을 몇 개 더 많이 사용했나요?\n{tbl}"
        ans, d = f"{more}, {diff}개", 3
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["입체도형의 모양"], check=lambda: len(set(counts.values())) == 3)


@family("2수03-01", "explain-stack-or-roll")
def _f0301_explain(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        obj = rng.choice(_SOLIDS["공 모양"])
        text = f"{josa(obj, '을/를')} 여러 개 위로 쌓기 어려운 까닭을 모양의 특징을 이용하여 쓰세요."
        ans = "공 모양은 평평한 부분이 없고 모든 부분이 둥글어서 쌓을 수 없습니다."
    elif kind == 1:
        obj = rng.choice(_SOLIDS["둥근기둥 모양"])
        text = f"{josa(obj, '은/는')} 세우면 쌓을 수 있지만 눕히면 잘 굴러갑니다. 그 까닭을 설명하세요."
        ans = "둥근기둥 모양은 평평한 부분이 있어 세우면 쌓을 수 있고, 둥근 부분이 있어 눕히면 굴러갑니다."
    else:
        text = "놀이터 미끄럼틀 아래로 잘 굴러 내려가게 하려면 상자 모양, 둥근기둥 모양, 공 모양 중 어떤 모양의 물건을 굴려야 하는지 쓰고 까닭을 설명하세요."
        ans = "공 모양 (또는 눕힌 둥근기둥 모양): 둥근 부분이 있어 잘 굴러갑니다. 상자 모양은 평평하고 뾰족해서 굴러가지 않습니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                   concepts=["입체도형의 모양"])


@family("2수03-01", "same-shape-group")
def _f0301_group(rng: random.Random) -> Problem:
    target = rng.choice(_SOLID_NAMES)
    ref = rng.choice(_SOLIDS[target])
    others = [o for o in _SOLIDS[target] if o != ref]
    k = rng.randint(2, 3)
    good = rng.sample(others, k)
    bad = rng.sample([o for n, v in _SOLIDS.items() if n != target for o in v], 6 - k)
    opts = good + bad
    rng.shuffle(opts)
    text = rng.choice([f"{ref}와 같은 모양의 물건을 모두 찾아 쓰세요.\n", f"{ref}와 모양이 같은 것을 모두 고르시오.\n"]).replace(
        f"{ref}와", josa(ref, "과/와")) + ", ".join(opts)
    ans = ", ".join(o for o in opts if o in good)
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="B",
                   concepts=["입체도형의 모양"], check=lambda: all(_solid_of(o) == target for o in good))


@family("2수03-01", "make-a-model-task")
def _f0301_task(rng: random.Random) -> Problem:
    thing = rng.choice(["로봇", "기차", "집", "자동차", "비행기", "탑"])
    a, b, c = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 3)
    text = (f"상자 모양 {a}개, 둥근기둥 모양 {b}개, 공 모양 {c}개를 모두 사용하여 {thing} 모양을 만들려고 합니다. "
            "어떻게 만들지 계획을 쓰고, 사용한 모양은 모두 몇 개인지 구하세요.")
    return Problem(text=text, answer=f"{a + b + c}개 (계획 예: 몸통은 상자 모양, 바퀴나 팔은 둥근기둥 모양…)", format="task",
                   difficulty=2, achievement_level="B", concepts=["입체도형의 모양"], check=lambda: a + b + c > 0)


# -- 2수03-02 쌓기나무 ---------------------------------------------------------------------------
_CUBE_COL = ("빨간", "파란", "노란", "초록색", "보라색", "하얀")


def _cn(adj: str) -> str:
    """colour noun: 빨간 → 빨간색, 초록색 → 초록색."""
    return adj if adj.endswith("색") else adj + "색"


@family("2수03-02", "count-by-floors")
def _f0302_floors(rng: random.Random) -> Problem:
    floors = sorted((rng.randint(1, 6) for _ in range(rng.randint(2, 3))), reverse=True)
    floors = [max(f, floors[i + 1] if i + 1 < len(floors) else 1) for i, f in enumerate(floors)]
    desc = ", ".join(f"{i + 1}층에 {f}개" for i, f in enumerate(floors))
    text = rng.choice([f"쌓기나무로 모양을 만들었습니다. {desc}를 쌓았습니다. 사용한 쌓기나무는 모두 몇 개인가요?",
                       f"{desc}가 놓이도록 쌓기나무를 쌓았습니다. 쌓기나무는 모두 몇 개 사용했는지 구하시오."])
    d = 2 if len(floors) == 2 else 3
    return Problem(text=text, answer=f"{sum(floors)}개", format="word", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["쌓기나무", "층"], check=lambda: sum(floors) >= len(floors))


@family("2수03-02", "left-right-in-row")
def _f0302_row(rng: random.Random) -> Problem:
    cols = rng.sample(_CUBE_COL, rng.randint(3, 5))
    row = rng.choice([" - ", ", "]).join(_cn(c) for c in cols)
    i = rng.randint(0, len(cols) - 1)
    side = rng.choice(["오른쪽", "왼쪽"])
    if side == "오른쪽" and i == len(cols) - 1:
        i -= 1
    if side == "왼쪽" and i == 0:
        i += 1
    j = i + 1 if side == "오른쪽" else i - 1
    text = rng.choice([
        f"쌓기나무를 왼쪽부터 차례로 {row} 순서로 한 줄로 놓았습니다. {cols[i]} 쌓기나무의 바로 {side}에 있는 쌓기나무는 무슨 색인가요?",
        f"책상 위에 쌓기나무를 한 줄로 놓았습니다. 왼쪽에서부터 {row} 쌓기나무입니다. {cols[i]} 쌓기나무 바로 {side}에 놓인 쌓기나무의 색을 쓰시오.",
    ])
    return Problem(text=text, answer=_cn(cols[j]), format="word", difficulty=2, achievement_level="C",
                   concepts=["쌓기나무", "오른쪽", "왼쪽"], check=lambda: abs(i - j) == 1)


@family("2수03-02", "above-below-stack")
def _f0302_stack(rng: random.Random) -> Problem:
    cols = rng.sample(_CUBE_COL, rng.randint(3, 4))
    i = rng.randint(0, len(cols) - 2)
    kind = rng.randrange(3)
    desc = ", ".join(_cn(c) for c in cols)
    if kind == 0:
        text = f"쌓기나무를 아래에서부터 {desc} 순서로 위로 쌓았습니다. {cols[i]} 쌓기나무 바로 위에 있는 쌓기나무는 무슨 색인가요?"
        ans = _cn(cols[i + 1])
    elif kind == 1:
        text = f"쌓기나무를 아래에서부터 {desc} 순서로 쌓았습니다. {cols[i + 1]} 쌓기나무 바로 아래에 있는 쌓기나무는 무슨 색일까요?"
        ans = _cn(cols[i])
    else:
        k = rng.randint(1, len(cols))
        text = f"쌓기나무를 아래에서부터 {desc} 순서로 한 개씩 쌓았습니다. {k}층에 있는 쌓기나무는 무슨 색인가요?"
        ans = _cn(cols[k - 1])
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["쌓기나무", "위", "아래", "층"], check=lambda: ans in [_cn(c) for c in cols])


@family("2수03-02", "follow-building-steps")
def _f0302_steps(rng: random.Random) -> Problem:
    n = rng.randint(2, 4)
    up = rng.randint(1, n)
    extra = rng.randint(0, 2)
    pos = rng.choice(["가장 왼쪽", "가장 오른쪽", "가운데"]) if n == 3 else rng.choice(["가장 왼쪽", "가장 오른쪽"])
    steps = [f"① 쌓기나무 {n}개를 옆으로 나란히 한 줄로 놓습니다.",
             f"② {pos} 쌓기나무 위에 쌓기나무 1개를 놓습니다."]
    if extra:
        steps.append(f"③ 앞의 쌓기나무 중 {pos} 쌓기나무의 앞에 쌓기나무 {extra}개를 한 줄로 놓습니다.")
    total = n + 1 + extra
    text = ("설명대로 쌓기나무를 쌓으려고 합니다. 필요한 쌓기나무는 모두 몇 개인가요?\n" + "\n".join(steps)).replace("앞의 쌓기나무 중 ", "1층의 ")
    del up
    return Problem(text=text, answer=f"{total}개", format="task", difficulty=3, achievement_level="B",
                   concepts=["쌓기나무", "위", "앞"], check=lambda: total == n + 1 + extra)


@family("2수03-02", "staircase-cubes")
def _f0302_stairs(rng: random.Random) -> Problem:
    n = rng.randint(2, 4)
    need = sum(range(1, n + 1))
    have = rng.randint(1, need - 1)
    kind = rng.randrange(2)
    if kind == 0:
        text = (f"쌓기나무로 {n}층짜리 계단 모양을 만들었습니다. 1층에 {n}개, 2층에 {n - 1}개"
                + (f", 3층에 {n - 2}개" if n >= 3 else "") + (f", 4층에 {n - 3}개" if n >= 4 else "")
                + "를 놓았다면 쌓기나무는 모두 몇 개인가요?")
        ans = f"{need}개"
    else:
        text = (f"{josa(_kname(rng), '은/는')} 쌓기나무 {have}개를 가지고 있습니다. 가장 높은 곳이 {n}층인 계단 모양 "
                f"(1층 {n}개, 위로 갈수록 1개씩 적게)을 만들려면 쌓기나무가 몇 개 더 필요한가요?")
        ans = f"{need - have}개"
    d = 3 if kind == 0 else 4
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["쌓기나무", "층"], check=lambda: need == n * (n + 1) // 2)


@family("2수03-02", "describe-shape-mcq")
def _f0302_mcq(rng: random.Random) -> Problem:
    n1 = rng.randint(2, 4)
    n2 = rng.randint(1, n1 - 1)
    side = rng.choice(["왼쪽", "오른쪽"])
    shape = f"1층에 쌓기나무 {n1}개가 옆으로 나란히 있고, 2층에는 {side} 끝에서부터 {n2}개가 있습니다."
    correct = f"쌓기나무가 모두 {n1 + n2}개입니다."
    wrong = [f"쌓기나무가 모두 {n1 + n2 + 1}개입니다.", f"쌓기나무가 모두 {n1 + n2 - 1}개입니다.",
             f"2층에 쌓기나무가 {n1}개 있습니다.", f"1층에 쌓기나무가 {n2}개 있습니다.",
             "3층까지 쌓여 있습니다.", f"{'오른쪽' if side == '왼쪽' else '왼쪽'} 끝 쌓기나무는 2층입니다." if n2 == 1 else "1층의 쌓기나무가 2층보다 적습니다."]
    ch = choices(rng, correct, wrong)
    return Problem(text=f"쌓기나무로 만든 모양을 설명한 것입니다. 바르게 말한 것을 고르세요.\n{shape}\n{ch.block}",
                   answer=ch.label, format="mcq", difficulty=3, achievement_level="B", concepts=["쌓기나무", "층"],
                   choice=ch, check=lambda: ch.options[ch.correct] == correct)


@family("2수03-02", "front-back-position")
def _f0302_front(rng: random.Random) -> Problem:
    c = rng.sample(_CUBE_COL, 4)
    text = (f"{c[0]} 쌓기나무를 놓고, {c[0]} 쌓기나무의 앞에 {c[1]} 쌓기나무, 뒤에 {c[2]} 쌓기나무, 위에 {c[3]} 쌓기나무를 놓았습니다. ")
    q = rng.randrange(3)
    if q == 0:
        text += f"{c[1]} 쌓기나무에서 볼 때 {c[0]} 쌓기나무는 어느 쪽에 있나요? (앞, 뒤 중에서 고르세요.)"
        ans = "뒤"
    elif q == 1:
        text += "2층에 있는 쌓기나무는 무슨 색인가요?"
        ans = _cn(c[3])
    else:
        text += "사용한 쌓기나무는 모두 몇 개이고, 그중 1층에 있는 것은 몇 개인가요?"
        ans = "4개, 3개"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["쌓기나무", "앞", "뒤", "위"], check=lambda: len(set(c)) == 4)


@family("2수03-02", "compare-two-builds")
def _f0302_compare(rng: random.Random) -> Problem:
    w1, w2 = _kids(rng, 2)
    a = [rng.randint(2, 5), rng.randint(1, 3)]
    b = [rng.randint(2, 5), rng.randint(1, 3)]
    while sum(a) == sum(b):
        b[0] = rng.randint(2, 5)
    tbl = _table(rng, ["이름", "1층(개)", "2층(개)"], [[w1, *a], [w2, *b]])
    more = w1 if sum(a) > sum(b) else w2
    text = rng.choice([f"두 친구가 쌓기나무로 만든 모양의 층별 쌓기나무 수입니다. 누가 쌓기나무를 몇 개 더 많이 사용했나요?\n{tbl}",
                       f"쌓기나무로 만든 모양을 층별로 세어 나타낸 표입니다. 더 많이 사용한 사람은 누구이고, 몇 개 더 사용했는지 쓰시오.\n{tbl}"])
    return Problem(text=text, answer=f"{more}, {abs(sum(a) - sum(b))}개", format="data", difficulty=3, achievement_level="B",
                   concepts=["쌓기나무", "층"], check=lambda: sum(a) != sum(b))


# -- 2수03-03 삼각형·사각형·원 모양 찾기 -------------------------------------------------------------
_PLANES = {
    "삼각형": ("삼각김밥", "트라이앵글", "옷걸이", "양보 표지판", "삼각자", "세모 모양 샌드위치", "삼각형 깃발"),
    "사각형": ("공책", "액자", "창문", "스케치북", "달력", "칠판", "손수건", "편지 봉투", "색종이", "휴대전화 화면"),
    "원": ("동전", "접시", "단추", "자전거 바퀴", "둥근 시계", "훌라후프", "피자", "병뚜껑", "호떡", "CD"),
}
_PLANE_ALIAS = {"삼각형": ("삼각형 모양", "△ 모양", "세모 모양"), "사각형": ("사각형 모양", "□ 모양", "네모 모양"),
                "원": ("원 모양", "○ 모양", "동그라미 모양")}


def _plane_of(obj: str) -> str:
    return next(k for k, v in _PLANES.items() if obj in v)


def _alias_set(rng: random.Random) -> dict[str, str]:
    i = rng.randrange(3)
    return {k: v[i] for k, v in _PLANE_ALIAS.items()}


@family("2수03-03", "object-to-plane-mcq")
def _f0303_classify(rng: random.Random) -> Problem:
    al = _alias_set(rng)
    target = rng.choice(list(_PLANES))
    correct = rng.choice(_PLANES[target])
    wrong = [o for k, v in _PLANES.items() if k != target for o in v]
    stem = rng.choice([f"{al[target]}의 물건을 찾아보세요.", f"다음 중 {al[target]}인 물건은 어느 것인가요?",
                       f"물건의 평평한 면이나 겉모양을 보았을 때 {al[target]}인 것을 고르시오."])
    ch = choices(rng, correct, rng.sample(wrong, 6))
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1, achievement_level="C",
                   concepts=["삼각형", "사각형", "원"], choice=ch, check=lambda: _plane_of(ch.options[ch.correct]) == target)


@family("2수03-03", "count-planes-in-list")
def _f0303_count(rng: random.Random) -> Problem:
    al = _alias_set(rng)
    objs = rng.sample([o for v in _PLANES.values() for o in v], rng.randint(6, 9))
    target = rng.choice(list(_PLANES))
    cnt = sum(1 for o in objs if _plane_of(o) == target)
    text = rng.choice([f"교실과 집에서 찾은 물건입니다. {josa(al[target], '은/는')} 몇 개인가요?\n" + ", ".join(objs),
                       f"다음 물건 중 {al[target]}의 물건을 모두 세어 보시오.\n" + " / ".join(objs)])
    return Problem(text=text, answer=f"{cnt}개", format="word", difficulty=2, achievement_level="C",
                   concepts=["삼각형", "사각형", "원"], check=lambda: cnt == len([o for o in objs if o in _PLANES[target]]))


_STAMPS = (("풀", "밑면", "원"), ("음료수 캔", "바닥", "원"), ("휴지 상자", "옆면", "사각형"), ("주사위", "한 면", "사각형"),
           ("두루마리 휴지", "옆으로 세운 바닥", "원"), ("지우개", "바닥", "사각형"), ("삼각기둥 모양 초콜릿 상자", "끝부분", "삼각형"),
           ("종이컵", "바닥", "원"), ("동화책", "표지", "사각형"))


@family("2수03-03", "stamp-or-trace-object")
def _f0303_stamp(rng: random.Random) -> Problem:
    al = _alias_set(rng)
    obj, part, shape = rng.choice(_STAMPS)
    kind = rng.randrange(2)
    if kind == 0:
        text = rng.choice([f"{obj}의 {part}에 물감을 묻혀 종이에 찍으면 어떤 모양이 나오나요?",
                           f"{obj}의 {josa(part, '을/를')} 종이에 대고 본을 떠서 그렸습니다. 어떤 모양이 그려질까요?"])
        return Problem(text=text, answer=al[shape], format="word", difficulty=2, achievement_level="C",
                       concepts=["삼각형", "사각형", "원"], check=lambda: shape in _PLANES)
    wrong = [al[k] for k in _PLANES if k != shape] + ["별 모양", "하트 모양"]
    ch = choices(rng, al[shape], wrong)
    return Problem(text=f"{obj}의 {part}에 물감을 묻혀 찍었을 때 나오는 모양을 고르세요.\n{ch.block}", answer=ch.label,
                   format="mcq", difficulty=2, achievement_level="C", concepts=["삼각형", "사각형", "원"], choice=ch,
                   check=lambda: ch.options[ch.correct] == al[shape])


@family("2수03-03", "picture-made-of-planes")
def _f0303_picture(rng: random.Random) -> Problem:
    al = _alias_set(rng)
    thing = rng.choice(["집", "물고기", "로켓", "나무", "자동차", "고양이 얼굴", "배"])
    counts = dict(zip(_PLANES, rng.sample(range(1, 10), 3), strict=True))
    tbl = _table(rng, ["모양", *[al[k] for k in counts]], [["개수(개)", *counts.values()]])
    kind = rng.randrange(3)
    if kind == 0:
        pick = max(counts, key=counts.get)
        text = f"{thing} 그림을 꾸미는 데 사용한 모양의 수입니다. 가장 많이 사용한 모양은 무엇인가요?\n{tbl}"
        ans, d = al[pick], 2
    elif kind == 1:
        text = f"여러 가지 모양 조각으로 {thing}을 꾸몄습니다. 사용한 조각은 모두 몇 개입니까?\n{tbl}".replace(
            f"{thing}을", josa(thing, "을/를"))
        ans, d = f"{sum(counts.values())}개", 2
    else:
        a, b = rng.sample(list(_PLANES), 2)
        text = (f"{thing} 모양을 꾸미는 데 사용한 모양의 수입니다. {josa(al[a], '은/는')} {al[b]}보다 몇 개 더 많이(또는 적게) "
                f"사용했나요?\n{tbl}")
        ans = f"{abs(counts[a] - counts[b])}개 더 {'많이' if counts[a] > counts[b] else '적게'}"
        d = 3
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["삼각형", "사각형", "원"], check=lambda: len(set(counts.values())) == 3)


@family("2수03-03", "odd-plane-out")
def _f0303_odd(rng: random.Random) -> Problem:
    same, other = rng.sample(list(_PLANES), 2)
    group = rng.sample(_PLANES[same], 4)
    odd = rng.choice(_PLANES[other])
    stem = rng.choice(["겉모양이 나머지와 다른 물건을 고르세요.", "다음 중 모양이 다른 하나는 어느 것입니까?"])
    ch = choices(rng, odd, group)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["삼각형", "사각형", "원"], choice=ch, check=lambda: _plane_of(ch.options[ch.correct]) == other)


@family("2수03-03", "corner-clue-to-shape")
def _f0303_clue(rng: random.Random) -> Problem:
    al = _alias_set(rng)
    shape = rng.choice(list(_PLANES))
    clue = {"삼각형": rng.choice(["뾰족한 곳이 3군데 있습니다", "곧은 선이 3개 있습니다"]),
            "사각형": rng.choice(["뾰족한 곳이 4군데 있습니다", "곧은 선이 4개 있습니다"]),
            "원": rng.choice(["뾰족한 곳이 없습니다", "곧은 선이 없고 둥급니다"])}[shape]
    w = _kname(rng)
    objs = [rng.choice(v) for v in _PLANES.values()]
    rng.shuffle(objs)
    text = rng.choice([
        f"{josa(w, '은/는')} 물건을 하나 골라 '이 물건의 모양은 {clue}.'라고 설명했습니다. {josa(w, '이/가')} 고른 물건은 무엇인가요? "
        f"({', '.join(objs)})",
        f"설명에 알맞은 모양을 쓰세요.\n'{clue}.'",
    ]).replace(f"{w}이가", f"{w}가")
    ans = next(o for o in objs if _plane_of(o) == shape) if "고른 물건" in text else al[shape]
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="B",
                   concepts=["삼각형", "사각형", "원"], check=lambda: shape in _PLANES)


@family("2수03-03", "fold-and-cut-paper")
def _f0303_fold(rng: random.Random) -> Problem:
    al = _alias_set(rng)
    paper = rng.choice(["네모난 색종이", "정사각형 모양의 종이", "네모난 손수건 모양 종이", "네모난 도화지"])
    w = _kname(rng)
    kind = rng.randrange(4)
    if kind == 0:
        how = "뾰족한 곳과 마주 보는 뾰족한 곳이 만나도록 반으로 접은 뒤, 접힌 선을 따라"
        ans = f"{al['삼각형']} 2개"
    elif kind == 1:
        how = "마주 보는 변끼리 만나도록 반으로 접은 뒤, 접힌 선을 따라"
        ans = f"{al['사각형']} 2개"
    elif kind == 2:
        how = "가로로 한 번, 세로로 한 번 반으로 접었다 펼친 뒤, 접힌 선을 따라 모두"
        ans = f"{al['사각형']} 4개"
    else:
        how = "뾰족한 곳끼리 만나도록 두 번 접었다 펼친 뒤(접힌 선이 가운데에서 만나도록), 접힌 선을 따라 모두"
        ans = f"{al['삼각형']} 4개"
    text = rng.choice([f"{josa(paper, '을/를')} {how} 잘랐습니다. 어떤 모양이 몇 개 생기나요?",
                       f"{josa(w, '은/는')} {josa(paper, '을/를')} {how} 가위로 잘랐습니다. 잘린 조각은 어떤 모양이고, 모두 몇 개인가요?",
                       f"종이 접기 놀이를 했습니다. {josa(paper, '을/를')} {how} 자르면 어떤 모양 조각이 몇 개 나오는지 쓰시오."])
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="B",
                   concepts=["삼각형", "사각형"], check=lambda: ans.endswith("개"))


@family("2수03-03", "tangram-pieces")
def _f0303_tangram(rng: random.Random) -> Problem:
    al = _alias_set(rng)
    w = _kname(rng)
    kind = rng.randrange(4)
    if kind == 0:
        text = rng.choice([f"칠교판은 일곱 조각으로 되어 있습니다. 칠교 조각 중 {josa(al['삼각형'], '은/는')} 몇 개인가요?",
                           f"{josa(w, '은/는')} 칠교 조각을 모양별로 나누었습니다. {al['삼각형']} 조각은 몇 개입니까?"])
        ans, d, fmt = "5개", 2, "word"
    elif kind == 1:
        text = rng.choice([f"칠교판의 일곱 조각 중에서 {josa(al['삼각형'], '이/가')} 아닌 조각은 몇 개인가요? 그 조각들은 어떤 모양인가요?",
                           "칠교 조각 중 뾰족한 곳이 4군데인 조각은 몇 개인지 쓰시오."])
        ans, d, fmt = (f"2개, {al['사각형']}" if "어떤 모양" in text else "2개"), 3, "word"
    elif kind == 2:
        k = rng.choice([2, 3])
        text = f"칠교 조각 중 {al['삼각형']} 조각 {k}개를 겹치지 않게 이어 붙여 만들 수 있는 모양을 2가지 쓰세요."
        ans, d, fmt = f"예: {al['삼각형']}, {al['사각형']}", 3, "task"
    else:
        thing = rng.choice(["배", "집", "고양이", "새", "물고기", "로켓"])
        text = f"칠교 조각 7개를 모두 사용하여 {josa(thing, '을/를')} 만들었습니다. 사용한 {josa(al['삼각형'], '과/와')} {al['사각형']} 조각은 각각 몇 개인가요?"
        ans, d, fmt = f"{al['삼각형']} 5개, {al['사각형']} 2개", 3, "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=elementary_level(d),
                   concepts=["삼각형", "사각형", "칠교판"], check=lambda: 5 + 2 == 7)


# -- 2수03-04 삼각형·사각형·원을 알고 그리기 ----------------------------------------------------------
_FIG_DESC = {
    "삼각형": ("곧은 선 3개로 둘러싸인 도형",),
    "사각형": ("곧은 선 4개로 둘러싸인 도형",),
    "원": ("어느 쪽에서 보아도 똑같이 동그란 모양의 도형",),
    "아님": ("곧은 선 3개로 되어 있지만 한 곳이 열려 있는 도형", "굽은 선과 곧은 선으로 둘러싸인 도형",
             "곧은 선 4개로 되어 있지만 선끼리 만나지 않는 곳이 있는 도형", "한쪽이 찌그러져 길쭉하게 둥근 도형",
             "곧은 선 5개로 둘러싸인 도형"),
}


@family("2수03-04", "which-is-figure-mcq")
def _f0304_which(rng: random.Random) -> Problem:
    target = rng.choice(["삼각형", "사각형", "원"])
    correct = _FIG_DESC[target][0]
    wrong = [d for k, v in _FIG_DESC.items() if k != target for d in v]
    stem = rng.choice([f"{josa(target, '이라/라')}고 할 수 있는 것은 어느 것인가요?",
                       f"다음 중 {josa(target, '을/를')} 바르게 설명한 것을 고르세요."])
    ch = choices(rng, correct, rng.sample(wrong, 5))
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["삼각형", "사각형", "원"], choice=ch, check=lambda: ch.options[ch.correct] == correct)


@family("2수03-04", "classify-described-figures")
def _f0304_classify(rng: random.Random) -> Problem:
    pool = [(k, d) for k, v in _FIG_DESC.items() for d in v]
    picks = rng.sample(pool, 6)
    labels = "가나다라마바"
    target = rng.choice(["삼각형", "사각형", "원"])
    if not any(k == target for k, _ in picks):
        picks[0] = (target, _FIG_DESC[target][0])
        rng.shuffle(picks)
    lines = "\n".join(f"{labels[i]}. {d}" for i, (_, d) in enumerate(picks))
    ans = ", ".join(labels[i] for i, (k, _) in enumerate(picks) if k == target)
    text = rng.choice([f"다음 중 {josa(target, '을/를')} 모두 찾아 기호를 쓰세요.\n{lines}",
                       f"설명을 읽고 {josa(target, '인/인')[:-1]}인 것을 모두 고르시오.\n{lines}"])
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["삼각형", "사각형", "원"], check=lambda: all(picks[labels.index(x)][0] == target for x in ans.split(", ")))


@family("2수03-04", "dot-paper-drawing")
def _f0304_dots(rng: random.Random) -> Problem:
    kind = rng.randrange(4)
    w = _kname(rng)
    paper = rng.choice(["점 종이", "모눈종이의 점", "점판"])
    if kind == 0:
        n = rng.choice([3, 4])
        shape = "삼각형" if n == 3 else "사각형"
        text = rng.choice([f"{paper}에서 한 줄에 있지 않은 점 {n}개를 골라 곧은 선으로 차례로 이어 둘러쌌습니다. 어떤 도형이 그려지나요?",
                           f"{josa(w, '은/는')} {paper}의 점 {n}개를 곧은 선으로 이어 도형을 그렸습니다. 세 점 이상이 한 줄에 있지 않을 때 그린 도형의 이름을 쓰시오."])
        ans, fmt = shape, "word"
    elif kind == 1:
        shape = rng.choice(["삼각형", "사각형"])
        text = rng.choice([f"{paper}에 {josa(shape, '을/를')} 그리려고 합니다. 점을 적어도 몇 개 이어야 하나요?",
                           f"{josa(w, '이/가')} {paper}에 {josa(shape, '을/를')} 그리려면 꼭짓점이 될 점을 몇 개 골라야 할까요?"])
        ans, fmt = f"{3 if shape == '삼각형' else 4}개", "word"
    elif kind == 2:
        shape = rng.choice(["삼각형", "사각형"])
        text = rng.choice([f"{paper}에 모양과 크기가 서로 다른 {josa(shape, '을/를')} 2개 그려 보세요. 그리는 방법도 설명하세요.",
                           f"{paper}에 {josa(shape, '을/를')} 하나 그리고, 그 {shape}보다 더 큰 {josa(shape, '을/를')} 하나 더 그려 보시오."])
        ans, fmt = f"예: 점 {3 if shape == '삼각형' else 4}개를 골라 곧은 선으로 차례로 이어 둘러쌉니다.", "task"
    else:
        text = rng.choice([f"{paper}의 점을 곧은 선으로만 이어서는 원을 그릴 수 없습니다. 그 까닭을 쓰세요.",
                           f"{josa(w, '은/는')} {paper}의 점을 곧은 선으로 이어 원을 그리려고 했지만 그리지 못했습니다. 까닭을 설명하시오."])
        ans, fmt = "원은 곧은 선이 없고 굽은 선으로 둘러싸여 있어서 곧은 선으로 점을 이어서는 그릴 수 없습니다.", "proof"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2 if kind < 2 else 3,
                   achievement_level="C" if kind < 2 else "A", concepts=["삼각형", "사각형", "원"], check=lambda: True)


@family("2수03-04", "circle-facts-mcq")
def _f0304_circle(rng: random.Random) -> Problem:
    good = ["뾰족한 부분이 없습니다.", "곧은 선이 없습니다.", "어느 쪽에서 보아도 똑같이 동그랗습니다.", "굽은 선으로 이어져 있습니다."]
    bad = ["곧은 선 3개로 둘러싸여 있습니다.", "뾰족한 부분이 4군데 있습니다.", "크기가 다르면 원이라고 할 수 없습니다.",
           "길쭉하게 찌그러진 모양도 원입니다.", "곧은 선이 1개 있습니다.", "뾰족한 부분이 1군데 있습니다."]
    if rng.random() < 0.5:
        correct = rng.choice(good)
        wrong = rng.sample(bad, 4)
        stem = "원에 대한 설명으로 옳은 것은 어느 것인가요?"
    else:
        correct = rng.choice(bad)
        wrong = rng.sample(good, 4)
        stem = "원에 대한 설명으로 옳지 않은 것을 고르세요."
    ch = choices(rng, correct, wrong)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["원"], choice=ch, check=lambda: ch.options[ch.correct] == correct)


@family("2수03-04", "not-a-figure-explain")
def _f0304_explain(rng: random.Random) -> Problem:
    shape, desc, why, fix = rng.choice([
        ("삼각형", "곧은 선 3개로 그렸는데 두 선이 만나지 않아 한 곳이 열려 있는 도형",
         "곧은 선 3개 중 두 선이 만나지 않아 둘러싸여 있지 않습니다", "떨어진 곳을 이어 곧은 선 3개로 둘러싸이게 합니다"),
        ("삼각형", "곧은 선 2개와 굽은 선 1개로 둘러싸인 도형", "선 하나가 굽은 선입니다", "굽은 선을 곧은 선으로 바꿉니다"),
        ("사각형", "곧은 선 4개로 그렸는데 한 곳이 떨어져 있는 도형", "곧은 선 4개 중 한 곳이 떨어져 있어 둘러싸여 있지 않습니다",
         "떨어진 곳을 이어 줍니다"),
        ("사각형", "곧은 선 3개와 둥글게 굽은 선 1개로 둘러싸인 도형", "한 선이 둥글게 굽어 있습니다", "굽은 선을 곧은 선으로 바꿉니다"),
        ("원", "달걀처럼 한쪽이 길쭉하게 찌그러진 동그란 도형", "어느 쪽에서 보아도 똑같이 동그란 모양이 아닙니다",
         "컵이나 동전을 대고 본떠서 그립니다"),
    ])
    w = _kname(rng)
    text = (f"{josa(w, '은/는')} 다음과 같은 도형을 그리고 {josa(shape, '이/가')}라고 했습니다. {w}의 말이 옳지 않은 까닭을 쓰고, "
            f"어떻게 고치면 {josa(shape, '이/가')} 되는지 설명하세요.\n도형: {desc}").replace("이가라고", "이라고").replace("가라고", "라고")
    return Problem(text=text, answer=f"{why}. {fix}.", format="proof", difficulty=4, achievement_level="A",
                   concepts=["삼각형", "사각형", "원"])


@family("2수03-04", "trace-tool-choice")
def _f0304_tool(rng: random.Random) -> Problem:
    target = rng.choice(["원", "사각형", "삼각형"])
    tools = {"원": ["종이컵 바닥", "동전", "병뚜껑", "둥근 접시"], "사각형": ["지우개 바닥", "공책", "휴지 상자의 한 면", "색종이"],
             "삼각형": ["삼각자", "삼각김밥 포장의 한 면", "트라이앵글 모양 자석"]}
    correct = rng.choice(tools[target])
    wrong = [t for k, v in tools.items() if k != target for t in v]
    stem = rng.choice([f"물건을 종이에 대고 본을 떠서 {josa(target, '을/를')} 그리려고 합니다. 알맞은 물건은 어느 것인가요?",
                       f"{josa(target, '을/를')} 본떠 그리기에 알맞은 것을 고르세요."])
    ch = choices(rng, correct, rng.sample(wrong, 4))
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1, achievement_level="C",
                   concepts=["삼각형", "사각형", "원"], choice=ch, check=lambda: ch.options[ch.correct] in tools[target])


@family("2수03-04", "geoboard-rubber-band")
def _f0304_geoboard(rng: random.Random) -> Problem:
    kind = rng.randrange(2)
    w = _kname(rng)
    if kind == 0:
        n = rng.choice([3, 4])
        text = (f"{josa(w, '은/는')} 도형판에서 한 줄에 있지 않은 못 {n}개에 고무줄을 걸어 도형을 만들었습니다. "
                "만든 도형의 이름을 쓰세요.")
        ans = "삼각형" if n == 3 else "사각형"
    else:
        text = (f"{josa(w, '은/는')} 도형판에서 고무줄로 삼각형을 만들었습니다. 고무줄을 건 못 하나를 더 늘려 한 줄에 있지 않게 걸면 "
                "어떤 도형이 되나요?")
        ans = "사각형"
    return Problem(text=text, answer=ans, format="word", difficulty=2 if kind == 0 else 3,
                   achievement_level="C" if kind == 0 else "B", concepts=["삼각형", "사각형"], check=lambda: True)


@family("2수03-04", "count-figures-in-design")
def _f0304_design(rng: random.Random) -> Problem:
    t, s, c = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 6)
    parts = [("지붕", "삼각형", t), ("창문", "사각형", s), ("해와 구름", "원", c)]
    desc = ", ".join(f"{p}에 {shape} {n}개" for p, shape, n in parts)
    target = rng.choice(["삼각형", "사각형", "원"])
    cnt = {"삼각형": t, "사각형": s, "원": c}[target]
    kind = rng.randrange(2)
    if kind == 0:
        text = f"도형으로 마을 그림을 그렸습니다. {desc}를 그렸습니다. 그림에 그린 {josa(target, '은/는')} 몇 개인가요?"
        ans = f"{cnt}개"
    else:
        text = f"도형으로 마을 그림을 그렸습니다. {desc}를 그렸습니다. 곧은 선으로만 둘러싸인 도형은 모두 몇 개인가요?"
        ans = f"{t + s}개"
    return Problem(text=text, answer=ans, format="word", difficulty=2 if kind == 0 else 3,
                   achievement_level="C" if kind == 0 else "B", concepts=["삼각형", "사각형", "원"], check=lambda: True)


# -- 2수03-05 삼각형과 사각형의 공통점: 변, 꼭짓점 ------------------------------------------------------
_SIDES = {"삼각형": 3, "사각형": 4}


@family("2수03-05", "sides-vertices-fill")
def _f0305_fill(rng: random.Random) -> Problem:
    shape = rng.choice(list(_SIDES))
    n = _SIDES[shape]
    kind = rng.randrange(4)
    if kind == 0:
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{josa(shape, '은/는')} 변이 □개, 꼭짓점이 □개입니다.",
                           f"{shape}의 변과 꼭짓점은 각각 몇 개인지 □ 안에 써넣으시오.\n변: □개, 꼭짓점: □개"])
        ans = f"{n}, {n}"
    elif kind == 1:
        text = rng.choice([f"{shape}에서 곧은 선을 무엇이라고 하고, 몇 개 있나요?", f"{shape}의 곧은 선 하나하나를 부르는 이름과 그 수를 쓰세요."])
        ans = f"변, {n}개"
    elif kind == 2:
        text = rng.choice([f"{shape}에서 두 곧은 선이 만나는 점을 무엇이라고 하나요? 또 그 점은 모두 몇 개입니까?",
                           f"{shape}의 뾰족한 곳에 있는 점의 이름을 쓰고, 모두 몇 개인지 세어 보세요."])
        ans = f"꼭짓점, {n}개"
    else:
        thing = rng.choice(["삼각김밥 포장지", "창문", "액자", "양보 표지판", "공책 표지", "삼각자"])
        shape = "삼각형" if thing in ("삼각김밥 포장지", "양보 표지판", "삼각자") else "사각형"
        n = _SIDES[shape]
        text = f"{thing}의 겉모양은 {shape} 모양입니다. {thing}의 겉모양에서 변과 꼭짓점은 각각 몇 개인가요?"
        ans = f"변 {n}개, 꼭짓점 {n}개"
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "word", difficulty=1, achievement_level="C",
                   concepts=["변", "꼭짓점", shape], check=lambda: n in (3, 4))


@family("2수03-05", "total-vertices-of-many")
def _f0305_total(rng: random.Random) -> Problem:
    a, b = rng.randint(1, 6), rng.randint(1, 6)
    what = rng.choice(["꼭짓점", "변"])
    text = rng.choice([f"삼각형 {a}개와 사각형 {b}개가 있습니다. {what}은 모두 몇 개인가요?".replace(f"{what}은", josa(what, "은/는")),
                       f"종이에 삼각형을 {a}개, 사각형을 {b}개 그렸습니다. 그린 도형의 {josa(what, '을/를')} 모두 세면 몇 개입니까?"])
    tot = 3 * a + 4 * b
    return Problem(text=text, answer=f"{tot}개", format="word", difficulty=3, achievement_level="B",
                   concepts=["변", "꼭짓점", "삼각형", "사각형"], check=lambda: tot == sum([3] * a) + sum([4] * b))


@family("2수03-05", "common-feature-mcq")
def _f0305_mcq(rng: random.Random) -> Problem:
    shape = rng.choice(list(_SIDES))
    n = _SIDES[shape]
    m = 7 - n
    good = [f"변이 {n}개입니다.", f"꼭짓점이 {n}개입니다.", "곧은 선으로 둘러싸여 있습니다.", "굽은 선이 없습니다."]
    bad = [f"변이 {m}개입니다.", f"꼭짓점이 {m}개입니다.", "모두 크기가 같습니다.", "모두 색깔이 같습니다.",
           "굽은 선이 있습니다.", f"꼭짓점이 {n + 2}개입니다."]
    if rng.random() < 0.5:
        stem = f"여러 가지 모양과 크기의 {shape}에서 찾을 수 있는 공통점은 어느 것인가요?"
        correct, wrong = rng.choice(good), rng.sample(bad, 4)
    else:
        stem = f"모든 {shape}의 공통점이 아닌 것을 고르세요."
        correct, wrong = rng.choice(bad), rng.sample(good, 4)
    ch = choices(rng, correct, wrong)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["변", "꼭짓점", shape], choice=ch, check=lambda: ch.options[ch.correct] == correct)


@family("2수03-05", "quad-vs-triangle-difference")
def _f0305_diff(rng: random.Random) -> Problem:
    a, b = rng.randint(1, 5), rng.randint(1, 5)
    kind = rng.randrange(2)
    if kind == 0:
        what = rng.choice(["변", "꼭짓점"])
        text = f"사각형의 {josa(what, '은/는')} 삼각형의 {what}보다 몇 개 더 많은가요?"
        ans = "1개"
    else:
        text = (f"사각형 {a}개의 꼭짓점 수와 삼각형 {b}개의 꼭짓점 수의 차는 몇 개인가요?")
        ans = f"{abs(4 * a - 3 * b)}개"
    return Problem(text=text, answer=ans, format="word", difficulty=2 if kind == 0 else 4,
                   achievement_level="C" if kind == 0 else "A", concepts=["변", "꼭짓점"], check=lambda: True)


@family("2수03-05", "name-from-description")
def _f0305_name(rng: random.Random) -> Problem:
    shape = rng.choice(list(_SIDES))
    n = _SIDES[shape]
    w = _kname(rng)
    text = rng.choice([f"설명하는 도형의 이름을 쓰세요.\n- 곧은 선으로 둘러싸여 있습니다.\n- 꼭짓점이 {n}개입니다.",
                       f"변이 {n}개이고 꼭짓점이 {n}개인 도형은 무엇인가요?",
                       f"나는 어떤 도형일까요? 나는 변과 꼭짓점의 수를 더하면 {2 * n}개입니다.",
                       f"{josa(w, '이/가')} 설명하는 도형의 이름을 쓰시오.\n'곧은 선 {n}개로 둘러싸여 있고, 굽은 선은 없어.'",
                       f"수수깡 {n}개를 변으로 하여 끝끼리 이어 붙여 둘러쌌습니다. 만들어진 도형의 이름은 무엇입니까?"])
    d = 3 if "더하면" in text else 1 if "변이" in text else 2
    return Problem(text=text, answer=shape, format="word", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["변", "꼭짓점", shape], check=lambda: 2 * _SIDES[shape] == 2 * n)


@family("2수03-05", "shape-table")
def _f0305_table(rng: random.Random) -> Problem:
    holes = rng.sample([(0, 0), (0, 1), (1, 0), (1, 1)], 2)
    vals = [[3, 3], [4, 4]]
    rows = [[name, *[("□" if (i, j) in holes else str(vals[i][j])) for j in range(2)]] for i, name in enumerate(["삼각형", "사각형"])]
    text = "표의 빈칸에 알맞은 수를 차례로 써넣으세요.\n" + _table(rng, ["도형", "변의 수(개)", "꼭짓점의 수(개)"], rows)
    ans = ", ".join(str(vals[i][j]) for i, j in sorted(holes))
    return Problem(text=text, answer=ans, format="data", difficulty=1, achievement_level="C",
                   concepts=["변", "꼭짓점"], check=lambda: True)


@family("2수03-05", "sticks-for-shapes")
def _f0305_sticks(rng: random.Random) -> Problem:
    a, b = rng.randint(1, 5), rng.randint(1, 5)
    thing = rng.choice(["면봉", "빨대", "나무 막대", "수수깡"])
    kind = rng.randrange(2)
    if kind == 0:
        text = (f"길이가 같은 {thing}{_p(thing, '을/를')} 변으로 하여 서로 떨어진 삼각형 {a}개와 사각형 {b}개를 만들려고 합니다. "
                f"{josa(thing, '은/는')} 모두 몇 개 필요한가요?")
        ans = f"{3 * a + 4 * b}개"
    else:
        have = 3 * a + 4 * b + rng.randint(1, 9)
        text = (f"{thing} {have}개가 있습니다. 이 {josa(thing, '을/를')} 변으로 하여 서로 떨어진 사각형 {b}개와 삼각형 {a}개를 만들면 "
                f"{josa(thing, '은/는')} 몇 개 남나요?")
        ans = f"{have - 3 * a - 4 * b}개"
    return Problem(text=text, answer=ans, format="word", difficulty=3 if kind == 0 else 5,
                   achievement_level="B" if kind == 0 else "A", concepts=["변", "삼각형", "사각형"], check=lambda: True)


@family("2수03-05", "why-is-quadrilateral")
def _f0305_why(rng: random.Random) -> Problem:
    shape = rng.choice(list(_SIDES))
    n = _SIDES[shape]
    w = _kname(rng)
    look = rng.choice(["한쪽으로 길쭉하게 기울어진", "아주 작은", "거꾸로 뒤집힌", "옆으로 돌아간", "뾰족하고 긴"])
    text = (f"{josa(w, '은/는')} {look} 도형을 보고 모양이 이상해서 {josa(shape, '이/가')} 아니라고 말했습니다. 이 도형은 곧은 선 {n}개로 "
            f"둘러싸여 있고 꼭짓점이 {n}개입니다. {w}의 말이 맞는지 판단하고, 그 까닭을 쓰세요.")
    return Problem(text=text, answer=f"틀렸습니다. 변이 {n}개, 꼭짓점이 {n}개인 도형은 모양이나 크기, 놓인 방향과 상관없이 모두 {shape}입니다.",
                   format="proof", difficulty=4, achievement_level="A", concepts=["변", "꼭짓점", shape])


# -- 2수03-06 길이·들이·무게·넓이 비교 ---------------------------------------------------------------
_LONG = ("연필", "크레파스", "지우개", "색연필", "붓", "젓가락", "숟가락", "자", "볼펜", "빨대")
_HEAVY = (("코끼리", "토끼"), ("수박", "사과"), ("책가방", "필통"), ("냉장고", "의자"), ("볼링공", "탁구공"),
          ("국어사전", "공책"), ("자동차", "자전거"), ("멜론", "귤"))
_WIDE = (("운동장", "교실"), ("스케치북", "색종이"), ("칠판", "공책"), ("식탁", "방석"), ("이불", "손수건"))
_FULL = (("양동이", "컵"), ("냄비", "국그릇"), ("욕조", "세숫대야"), ("주전자", "종이컵"), ("물병", "요구르트 병"))


@family("2수03-06", "transitive-length")
def _f0306_chain(rng: random.Random) -> Problem:
    a, b, c = rng.sample(_LONG, 3)
    want = rng.choice(["가장 긴", "가장 짧은"])
    order = [a, b, c]  # a > b > c
    facts = [f"{josa(a, '은/는')} {b}보다 깁니다", f"{josa(c, '은/는')} {b}보다 짧습니다"]
    rng.shuffle(facts)
    text = f"{facts[0]}. {facts[1]}. {want} 것은 무엇인가요?"
    ans = order[0] if want == "가장 긴" else order[2]
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["길다", "짧다"],
                   check=lambda: ans in (a, c))


@family("2수03-06", "capacity-by-cups")
def _f0306_cups(rng: random.Random) -> Problem:
    c1, c2 = rng.sample(["주전자", "물병", "냄비", "꽃병", "어항", "보온병"], 2)
    n1, n2 = rng.sample(range(3, 13), 2)
    cup, cu = rng.choice([("컵", "컵"), ("종이컵", "컵"), ("국자", "국자"), ("우유갑", "번")])
    kind = rng.randrange(2)
    more = c1 if n1 > n2 else c2
    if kind == 0:
        text = (f"{josa(c1, '과/와')} {c2}에 물을 가득 채운 뒤 크기가 같은 {josa(cup, '으로/로')} 덜어 냈더니 {josa(c1, '은/는')} "
                f"{n1}번, {josa(c2, '은/는')} {n2}번 덜어 낼 수 있었습니다. 물을 더 많이 담을 수 있는 것은 어느 것인가요?")
        ans, d = more, 2
    else:
        text = (f"{c1}에는 {cup}{_p(cup, '으로/로')} {n1}번, {c2}에는 {n2}번 부어야 물이 가득 찹니다. 어느 것에 물이 몇 {cup} 더 많이 "
                "들어가나요?").replace(f"{cup}{_p(cup, '으로/로')}", josa(cup, "으로/로")).replace(f"몇 {cup} 더", f"몇 {cu} 더")
        ans, d = f"{more}, {abs(n1 - n2)}{cu}", 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=elementary_level(d), concepts=["많다", "적다"],
                   check=lambda: (n1 > n2) == (more == c1))


@family("2수03-06", "seesaw-weight")
def _f0306_seesaw(rng: random.Random) -> Problem:
    w1, w2, w3 = _kids(rng, 3)
    kind = rng.randrange(2)
    if kind == 0:
        down = rng.choice([w1, w2])
        text = f"{josa(w1, '과/와')} {josa(w2, '이/가')} 시소를 탔더니 {w1 if down == w1 else w2} 쪽이 아래로 내려갔습니다. 누가 더 무거운가요?"
        text = text.replace("이와 ", "와 ") if False else text
        ans, d = down, 1
    else:
        text = (f"{josa(w1, '과/와')} {josa(w2, '이/가')} 시소를 타면 {w1} 쪽이 내려가고, {josa(w2, '과/와')} {josa(w3, '이/가')} 타면 "
                f"{w3} 쪽이 올라갑니다. 세 사람 중 가장 가벼운 사람은 누구인가요?")
        ans, d = w3, 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["무겁다", "가볍다"], check=lambda: True)


@family("2수03-06", "overlap-area")
def _f0306_area(rng: random.Random) -> Problem:
    big, small = rng.choice(_WIDE[1:])
    kind = rng.randrange(2)
    if kind == 0:
        text = f"{josa(small, '을/를')} {big} 위에 겹쳐 놓았더니 {josa(small, '이/가')} {big}에 완전히 덮였습니다. 더 넓은 것은 무엇인가요?"
        ans, d = big, 1
    else:
        w1, w2 = _kids(rng, 2)
        a, b = rng.sample(range(6, 20), 2)
        text = (f"{josa(w1, '과/와')} {josa(w2, '이/가')} 크기가 같은 색종이를 겹치지 않게 이어 붙여 땅 모양을 꾸몄습니다. {josa(w1, '은/는')} "
                f"{a}장, {josa(w2, '은/는')} {b}장을 붙였습니다. 누가 꾸민 땅이 더 넓은가요?")
        ans, d = (w1 if a > b else w2), 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=elementary_level(d), concepts=["넓다", "좁다"],
                   check=lambda: True)


@family("2수03-06", "compare-word-mcq")
def _f0306_word(rng: random.Random) -> Problem:
    kind = rng.randrange(4)
    if kind == 0:
        x, y = rng.choice(_HEAVY)
        stem, correct, wrong = f"{josa(x, '은/는')} {y}보다 (     ).", "무겁습니다", ["가볍습니다", "깁니다", "넓습니다", "많습니다", "짧습니다"]
    elif kind == 1:
        x, y = rng.choice(_WIDE)
        stem, correct, wrong = f"{josa(y, '은/는')} {x}보다 (     ).", "좁습니다", ["넓습니다", "무겁습니다", "적습니다", "깁니다", "가볍습니다"]
    elif kind == 2:
        x, y = rng.choice(_FULL)
        stem, correct, wrong = f"{x}에 담을 수 있는 물의 양은 {y}보다 (     ).", "많습니다", ["적습니다", "무겁습니다", "넓습니다", "깁니다", "짧습니다"]
    else:
        x, y = rng.choice([("기차", "버스"), ("줄넘기 줄", "연필"), ("기린의 목", "토끼의 목"), ("허리띠", "머리끈")])
        stem, correct, wrong = f"{josa(y, '은/는')} {x}보다 (     ).", "짧습니다", ["깁니다", "좁습니다", "가볍습니다", "많습니다", "적습니다"]
    ch = choices(rng, correct, wrong)
    return Problem(text=f"(     ) 안에 알맞은 말을 고르세요.\n{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1,
                   achievement_level="C", concepts=["길다", "짧다", "무겁다", "가볍다", "넓다", "좁다", "많다", "적다"],
                   choice=ch, check=lambda: ch.options[ch.correct] == correct)


@family("2수03-06", "same-glass-water-level")
def _f0306_level(rng: random.Random) -> Problem:
    labels = rng.sample("가나다라", 3)
    hs = rng.sample(range(3, 15), 3)
    want = rng.choice(["가장 많이", "가장 적게"])
    idx = hs.index(max(hs)) if want == "가장 많이" else hs.index(min(hs))
    tbl = _table(rng, ["컵", *labels], [["물의 높이(칸)", *hs]])
    text = rng.choice([f"모양과 크기가 같은 컵 3개에 물을 부었습니다. 물이 {want} 담긴 컵은 어느 것인가요?\n{tbl}",
                       f"똑같은 컵에 주스를 따랐더니 주스의 높이가 다음과 같았습니다. 주스가 {want} 담긴 컵을 쓰시오.\n{tbl}"])
    return Problem(text=text, answer=labels[idx], format="data", difficulty=2, achievement_level="B", concepts=["많다", "적다"],
                   check=lambda: hs[idx] in (max(hs), min(hs)))


@family("2수03-06", "balance-with-marbles")
def _f0306_balance(rng: random.Random) -> Problem:
    x, y = rng.sample(["사과", "배", "감", "귤", "필통", "풀", "가위", "지우개"], 2)
    a, b = rng.sample(range(4, 20), 2)
    unit = rng.choice(["구슬", "바둑돌", "클립"])
    text = rng.choice([
        f"양팔 저울의 한쪽에 {josa(x, '을/를')} 올렸더니 {unit} {a}개와 무게가 같았고, {josa(y, '은/는')} {unit} {b}개와 무게가 같았습니다. "
        f"{josa(x, '과/와')} {y} 중 더 무거운 것은 무엇인가요?",
        f"{josa(x, '은/는')} {unit} {a}개, {josa(y, '은/는')} {unit} {b}개와 무게가 같습니다. 어느 것이 {unit} 몇 개만큼 더 무겁나요?",
    ])
    heavy = x if a > b else y
    ans = heavy if "몇 개만큼" not in text else f"{heavy}, {abs(a - b)}개"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["무겁다", "가볍다"],
                   check=lambda: (a > b) == (heavy == x))


@family("2수03-06", "compare-method-explain")
def _f0306_explain(rng: random.Random) -> Problem:
    kind = rng.choice(["길이", "들이", "무게", "넓이"])
    pairs = {"길이": [("책상", "사물함"), ("교실 문", "창문"), ("칠판", "게시판"), ("줄넘기 줄", "훌라후프 둘레")],
             "들이": [("물병", "꽃병"), ("냄비", "주전자"), ("우유갑", "요구르트 병"), ("컵", "국그릇")],
             "무게": [("국어책", "수학책"), ("사과", "배"), ("필통", "가위"), ("축구공", "농구공")],
             "넓이": [("손수건", "스카프"), ("공책", "스케치북의 한 면"), ("방석", "의자 바닥"), ("달력 한 장", "신문지 한 면")]}
    x, y = rng.choice(pairs[kind])
    how = {"길이": "한쪽 끝을 맞추고 나란히 대어 보거나, 끈이나 뼘 같은 것으로 재어 비교합니다",
           "들이": "한쪽에 물을 가득 채워 다른 쪽에 옮겨 붓거나, 같은 컵으로 몇 번 들어가는지 세어 비교합니다",
           "무게": "양손에 들어 보거나 양팔 저울에 올려 내려가는 쪽을 찾습니다",
           "넓이": "한 모서리를 맞추어 겹쳐 보고 남는 쪽을 찾습니다"}[kind]
    w = _kname(rng)
    text = rng.choice([f"{josa(x, '과/와')} {y}의 {josa(kind, '을/를')} 비교하는 방법을 설명하세요.",
                       f"{josa(w, '은/는')} {josa(x, '과/와')} {y} 중 어느 것이 더 {dict(길이='긴지', 들이='많이 담기는지', 무게='무거운지', 넓이='넓은지')[kind]} 알아보려고 합니다. 어떻게 비교하면 좋을지 쓰시오.",
                       f"눈으로만 보아서는 {josa(x, '과/와')} {y}의 {josa(kind, '을/를')} 알기 어렵습니다. 비교하는 방법을 두 가지 이상 설명하세요."])
    if kind == "길이" and rng.random() < 0.5:
        text = f"직접 옮길 수 없는 {josa(x, '과/와')} {y}의 길이를 비교하려고 합니다. 어떻게 비교하면 좋을지 설명하세요."
    return Problem(text=text, answer=f"예: {how}.", format="proof", difficulty=4, achievement_level="A",
                   concepts={"길이": ["길다", "짧다"], "들이": ["많다", "적다"], "무게": ["무겁다", "가볍다"], "넓이": ["넓다", "좁다"]}[kind])


# -- 2수03-07 시각 읽기 ---------------------------------------------------------------------------
def _hands(h: int, m: int) -> str:
    """짧은바늘/긴바늘 description for h:m (m a multiple of 1)."""
    nxt = h % 12 + 1
    if m == 0:
        short = f"{h}을 가리키고" if h in (1, 3, 6, 7, 8, 10, 11) else f"{josa(str(h), '을/를')} 가리키고"
        short = f"{josa(str(h), '을/를')} 가리키고"
    else:
        short = f"{josa(str(h), '과/와')} {nxt} 사이를 가리키고"
    if m % 5 == 0:
        num = m // 5 if m else 12
        long_ = f"긴바늘이 {josa(str(num), '을/를')} 가리킵니다"
    else:
        base = m // 5
        bn = base if base else 12
        long_ = f"긴바늘이 {bn}에서 작은 눈금으로 {m % 5}칸 더 간 곳을 가리킵니다"
    return f"짧은바늘이 {short}, {long_}"


def _hm(h: int, m: int) -> str:
    return f"{h}시" if m == 0 else f"{h}시 {m}분"


@family("2수03-07", "hands-to-time")
def _f0307_hands(rng: random.Random) -> Problem:
    h = rng.randint(1, 12)
    lvl = rng.randrange(3)
    m = 0 if lvl == 0 else rng.choice([30, 5 * rng.randint(1, 11)]) if lvl == 1 else rng.randint(1, 59)
    text = rng.choice([f"시계의 {_hands(h, m)}. 몇 시 몇 분인가요?".replace("몇 시 몇 분", "몇 시" if m == 0 else "몇 시 몇 분"),
                       f"시각을 읽어 보세요.\n{_hands(h, m)}."])
    d = 1 if m in (0, 30) else 2 if m % 5 == 0 else 3
    return Problem(text=text, answer=_hm(h, m), format="word", difficulty=d, achievement_level=elementary_level(d), concepts=["시", "분", "시각"],
                   check=lambda: 0 <= m < 60 and 1 <= h <= 12)


@family("2수03-07", "time-to-long-hand")
def _f0307_long(rng: random.Random) -> Problem:
    h = rng.randint(1, 12)
    m = 5 * rng.randint(1, 11)
    kind = rng.randrange(2)
    if kind == 0:
        text = rng.choice([f"{h}시 {m}분을 시계에 나타내려고 합니다. 긴바늘은 숫자 몇을 가리켜야 하나요?",
                           f"□ 안에 알맞은 수를 써넣으세요.\n{h}시 {m}분일 때 긴바늘은 숫자 □를 가리킵니다."])
        ans = str(m // 5)
        text = text.replace("숫자 □를", f"숫자 □{_p(ans, '을/를')}") if False else text
    else:
        text = f"{h}시 {m}분일 때 짧은바늘은 어느 숫자와 어느 숫자 사이를 가리키나요?"
        ans = f"{h}와 {h % 12 + 1} 사이".replace(f"{h}와", josa(str(h), "과/와"))
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "word", difficulty=2, achievement_level="A",
                   concepts=["시", "분", "시각"], check=lambda: m // 5 * 5 == m)


@family("2수03-07", "minutes-before")
def _f0307_before(rng: random.Random) -> Problem:
    h = rng.randint(1, 12)
    k = rng.choice([5, 10, 15])
    prev = 12 if h == 1 else h - 1
    m = 60 - k
    kind = rng.randrange(3)
    if kind == 0:
        text = rng.choice([f"{h}시 {k}분 전은 몇 시 몇 분인가요?", f"□ 안에 알맞은 수를 써넣으세요.\n{h}시 {k}분 전 = □시 □분"])
        ans = f"{prev}시 {m}분" if "□" not in text else f"{prev}, {m}"
    elif kind == 1:
        text = rng.choice([f"{prev}시 {m}분은 몇 시 몇 분 전인가요?", f"□ 안에 알맞은 수를 써넣으세요.\n{prev}시 {m}분 = □시 □분 전"])
        ans = f"{h}시 {k}분 전" if "□" not in text else f"{h}, {k}"
    else:
        w = _kname(rng)
        text = (f"{josa(w, '은/는')} 학원 버스를 타려고 시계를 보았더니 짧은바늘은 {josa(str(prev), '과/와')} {h} 사이, 긴바늘은 "
                f"{josa(str(m // 5), '을/를')} 가리켰습니다. 이 시각을 '몇 시 몇 분 전'으로 나타내세요.")
        ans = f"{h}시 {k}분 전"
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "word", difficulty=3, achievement_level="B",
                   concepts=["시", "분", "시각"], check=lambda: (m + k) == 60)


@family("2수03-07", "digital-to-reading")
def _f0307_digital(rng: random.Random) -> Problem:
    h = rng.randint(1, 12)
    m = rng.randint(0, 59)
    text = rng.choice([f"디지털시계에 {h}:{m:02d}이 나타나 있습니다. 이 시각을 읽어 보세요.".replace(f"{m:02d}이", f"{m:02d}{_p(str(m), '이/가')}"),
                       "휴대전화 화면에 " + josa(f"'{h}:{m:02d}'", "이라/라") + "고 나와 있습니다. 몇 시 몇 분인가요?"])
    d = 1 if m % 5 == 0 else 2
    return Problem(text=text, answer=_hm(h, m), format="word", difficulty=d, achievement_level="C", concepts=["시", "분", "시각"],
                   check=lambda: f"{h}:{m:02d}" in text)


@family("2수03-07", "wrong-reading-mcq")
def _f0307_mcq(rng: random.Random) -> Problem:
    h = rng.randint(1, 11)
    m = 5 * rng.randint(1, 11)
    correct = _hm(h, m)
    wrong = [_hm(h + 1, m), _hm(m // 5, h * 5) if m // 5 != h else _hm(h, (m + 5) % 60 or 5), _hm(h, m // 5),
             _hm(h, (m + 10) % 60 or 10), _hm(h - 1 if h > 1 else 12, m)]
    ch = choices(rng, correct, wrong)
    return Problem(text=f"시계의 {_hands(h, m)}. 시각을 바르게 읽은 것을 고르세요.\n{ch.block}", answer=ch.label, format="mcq",
                   difficulty=2, achievement_level="B", concepts=["시", "분", "시각"], choice=ch,
                   check=lambda: ch.options[ch.correct] == correct)


@family("2수03-07", "schedule-table")
def _f0307_schedule(rng: random.Random) -> Problem:
    acts = rng.sample(["책 읽기", "그림 그리기", "블록 놀이", "간식 먹기", "피아노 연습", "일기 쓰기", "줄넘기", "화분에 물 주기"], 4)
    times = sorted(rng.sample([(h, 5 * k) for h in range(7, 10) for k in range(12)], 4))
    rows = [[a, f"짧은바늘: {h}" + (f"과 {h + 1} 사이" if h in (7, 8) else f"와 {h + 1} 사이") * bool(m) + f", 긴바늘: {m // 5 or 12}"]
            for a, (h, m) in zip(acts, times, strict=True)]
    i = rng.randrange(4)
    text = (f"{josa(_kname(rng), '이/가')} 한 일을 시계 바늘의 위치로 나타낸 표입니다. '{acts[i]}'를 한 시각은 몇 시 몇 분인가요?\n"
            + _table(rng, ["한 일", "시계"], rows))
    text = text.replace(f"'{acts[i]}'를", f"'{acts[i]}'{_p(acts[i], '을/를')}")
    return Problem(text=text, answer=_hm(*times[i]), format="data", difficulty=3, achievement_level="B",
                   concepts=["시", "분", "시각"], check=lambda: True)


@family("2수03-07", "who-was-earlier")
def _f0307_earlier(rng: random.Random) -> Problem:
    ws = _kids(rng, 3)
    ts = rng.sample([(h, m) for h in range(7, 9) for m in range(0, 60, 5)], 3)
    desc = []
    for w, (h, m) in zip(ws, ts, strict=True):
        desc.append(rng.choice([f"{josa(w, '은/는')} {_hm(h, m)}", f"{josa(w, '은/는')} 짧은바늘이 {h}{'과' if h in (7, 8) else '와'} {h + 1} 사이, 긴바늘이 {m // 5 or 12}을 가리킬 때"
                                if m else f"{josa(w, '은/는')} {h}시 정각"]))
    desc = [d.replace("긴바늘이 12을", "긴바늘이 12를").replace("이 2을", "이 2를").replace("4을", "4를").replace("5을", "5를").replace("9을", "9를") for d in desc]
    want = rng.choice(["가장 먼저", "가장 늦게"])
    idx = ts.index(min(ts)) if want == "가장 먼저" else ts.index(max(ts))
    text = f"세 친구가 학교에 도착한 시각입니다. {want} 도착한 사람은 누구인가요?\n" + "\n".join(desc)
    return Problem(text=text, answer=ws[idx], format="word", difficulty=3, achievement_level="A", concepts=["시각"],
                   check=lambda: ts[idx] in (min(ts), max(ts)))


@family("2수03-07", "set-the-clock-task")
def _f0307_task(rng: random.Random) -> Problem:
    h = rng.randint(1, 12)
    m = rng.choice([30, 5 * rng.randint(1, 11), rng.randint(1, 59)])
    event = rng.choice(["점심시간이 시작되는", "만화 영화가 시작하는", "친구와 만나기로 한", "수영 수업이 끝나는"])
    text = (f"{event} 시각은 {_hm(h, m)}입니다. 모형 시계의 짧은바늘과 긴바늘을 어디에 놓아야 하는지 각각 설명하세요.")
    return Problem(text=text, answer=_hands(h, m) + ".", format="task", difficulty=3, achievement_level="A",
                   concepts=["시", "분", "시각"])


# -- 2수03-08 1시간 = 60분, 걸린 시간 ------------------------------------------------------------------
def _hmdur(total: int) -> str:
    h, m = divmod(total, 60)
    if h and m:
        return f"{h}시간 {m}분"
    return f"{h}시간" if h else f"{m}분"


def _clock(t: int) -> str:
    """minutes after midnight → 'h시 m분' on a 12-hour face (no 오전/오후)."""
    h, m = divmod(t, 60)
    h = h % 12 or 12
    return f"{h}시" if m == 0 else f"{h}시 {m}분"


@family("2수03-08", "hours-minutes-to-minutes")
def _f0308_to_min(rng: random.Random) -> Problem:
    h = rng.randint(1, 3)
    m = rng.randint(1, 59) if rng.random() < 0.4 else 5 * rng.randint(1, 11)
    text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{h}시간 {m}분 = □분", f"{h}시간 {m}분은 몇 분인가요?",
                       f"{josa(_kname(rng), '은/는')} 공원에서 {h}시간 {m}분 동안 자전거를 탔습니다. 자전거를 탄 시간은 몇 분입니까?"])
    ans = 60 * h + m
    return Problem(text=text, answer=str(ans) if "□" in text else f"{ans}분", format="fill" if "□" in text else "word",
                   difficulty=2 if h == 1 else 3, achievement_level="B", concepts=["시간", "분"], check=lambda: ans - 60 * h == m)


@family("2수03-08", "minutes-to-hours-minutes")
def _f0308_to_hm(rng: random.Random) -> Problem:
    t = rng.randint(61, 200)
    if t % 60 == 0:
        t += 5
    h, m = divmod(t, 60)
    text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{t}분 = □시간 □분", f"{t}분은 몇 시간 몇 분인가요?",
                       f"영화의 상영 시간은 {t}분입니다. 상영 시간은 몇 시간 몇 분인지 쓰시오."])
    return Problem(text=text, answer=f"{h}, {m}" if "□" in text else f"{h}시간 {m}분", format="fill" if "□" in text else "word",
                   difficulty=3, achievement_level="B", concepts=["시간", "분"], check=lambda: 60 * h + m == t)


@family("2수03-08", "elapsed-time")
def _f0308_elapsed(rng: random.Random) -> Problem:
    start = rng.randint(8 * 12, 15 * 12) * 5
    dur = rng.choice([rng.randint(3, 11) * 5, rng.randint(13, 35) * 5, 60 * rng.randint(1, 3)])
    end = start + dur
    if end // 60 >= 18:
        start -= 180
        end -= 180
    act = rng.choice(["체험 학습", "축구 경기", "독서 시간", "미술 수업", "공연", "수영 강습"])
    unit = rng.choice(["분", "시간 분"])
    q = "몇 분인가요?" if dur < 60 or (unit == "분" and dur < 120) else "몇 시간 몇 분인가요?"
    text = rng.choice([f"{act}{_p(act, '이/가')} {_clock(start)}에 시작하여 {_clock(end)}에 끝났습니다. {act}에 걸린 시간은 {q}",
                       f"{josa(_kname(rng), '은/는')} {_clock(start)}부터 {_clock(end)}까지 {josa(act, '을/를')} 했습니다. 걸린 시간은 {q}"])
    ans = f"{dur}분" if q == "몇 분인가요?" else _hmdur(dur)
    d = 3 if dur < 60 else 4
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=elementary_level(d), concepts=["시간", "분", "시각"],
                   check=lambda: end - start == dur)


@family("2수03-08", "end-time-after-duration")
def _f0308_end(rng: random.Random) -> Problem:
    start = rng.randint(9 * 12, 14 * 12) * 5
    dur = rng.choice([rng.randint(2, 11) * 5, 60 + rng.randint(1, 11) * 5, 90, 120])
    end = start + dur
    act = rng.choice(["영화", "연극", "피아노 연주회", "요리 교실", "야구 경기"])
    text = rng.choice([f"{josa(act, '이/가')} {_clock(start)}에 시작하여 {_hmdur(dur)} 동안 했습니다. 끝난 시각은 몇 시 몇 분인가요?",
                       f"{_clock(start)}부터 {_hmdur(dur)} 후의 시각을 구하세요."])
    return Problem(text=text, answer=_clock(end), format="word", difficulty=4, achievement_level="A", concepts=["시간", "시각"],
                   check=lambda: end - dur == start)


@family("2수03-08", "long-hand-turns")
def _f0308_turns(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        k = rng.randint(1, 4)
        text = f"시계의 긴바늘이 {k}바퀴 도는 데 걸리는 시간은 몇 시간인가요? 또 몇 분인가요?"
        ans = f"{k}시간, {60 * k}분"
    elif kind == 1:
        a = rng.randint(1, 9)
        k = rng.randint(1, 3)
        text = f"짧은바늘이 {josa(str(a), '에서')[:-2] if False else a}에서 {a + k}까지 가는 동안 긴바늘은 몇 바퀴 도나요?"
        ans = f"{k}바퀴"
    else:
        text = "시계에서 긴바늘이 작은 눈금 한 칸을 움직이는 데 걸리는 시간과, 한 바퀴를 도는 데 걸리는 시간을 각각 쓰세요."
        ans = "1분, 60분(1시간)"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C", concepts=["시간", "분"],
                   check=lambda: True)


@family("2수03-08", "compare-durations")
def _f0308_compare(rng: random.Random) -> Problem:
    w1, w2 = _kids(rng, 2)
    a = rng.randint(61, 150)
    b = rng.randint(61, 150)
    while a == b:
        b = rng.randint(61, 150)
    act = rng.choice(["책을 읽었습니다", "공부를 했습니다", "게임을 했습니다", "운동을 했습니다", "그림을 그렸습니다"])
    text = rng.choice([f"{josa(w1, '은/는')} {a}분 동안, {josa(w2, '은/는')} {_hmdur(b)} 동안 {act}. 누가 몇 분 더 오래 했나요?",
                       f"시간이 더 긴 것에 ○표 하고, 몇 분 더 긴지 쓰세요.\n({a}분 , {_hmdur(b)})"])
    if "○표" in text:
        ans = f"{a}분" if a > b else _hmdur(b)
        ans = f"{ans}, {abs(a - b)}분"
    else:
        ans = f"{w1 if a > b else w2}, {abs(a - b)}분"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["시간", "분"],
                   check=lambda: a != b)


@family("2수03-08", "activity-durations-table")
def _f0308_table(rng: random.Random) -> Problem:
    acts = rng.sample(["독서", "줄넘기", "숙제", "피아노", "태권도", "그림 그리기"], 3)
    mins = [rng.randint(2, 10) * 5 for _ in acts]
    tot = sum(mins)
    text = ("오늘 한 일과 걸린 시간을 나타낸 표입니다. 세 가지 일을 하는 데 걸린 시간은 모두 몇 시간 몇 분인가요?\n"
            + _table(rng, ["한 일", *acts], [["걸린 시간(분)", *mins]]))
    if tot < 60:
        text = text.replace("몇 시간 몇 분인가요", "몇 분인가요")
    return Problem(text=text, answer=_hmdur(tot), format="data", difficulty=4, achievement_level="A", concepts=["시간", "분"],
                   check=lambda: tot == sum(mins))


@family("2수03-08", "equal-duration-mcq")
def _f0308_mcq(rng: random.Random) -> Problem:
    h, m = rng.randint(1, 2), 5 * rng.randint(1, 11)
    t = 60 * h + m
    correct = f"{t}분"
    wrong = [f"{100 * h + m}분", f"{h * 10 + m}분", f"{t + 10}분", f"{t - 10}분", f"{60 + h + m}분"]
    stem = rng.choice([f"{h}시간 {m}분과 같은 것은 어느 것인가요?", f"{h}시간 {m}분을 분으로 바르게 나타낸 것을 고르세요."])
    ch = choices(rng, correct, wrong)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["시간", "분"], choice=ch, check=lambda: ch.options[ch.correct] == f"{60 * h + m}분")


# -- 2수03-09 1일, 1주일, 1개월, 1년 ------------------------------------------------------------------
_MDAYS = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
_WEEK = ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일")


@family("2수03-09", "days-and-hours")
def _f0309_day_hours(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        d, h = rng.randint(1, 2), rng.randint(1, 12)
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{d}일 {h}시간 = □시간", f"{d}일 {h}시간은 몇 시간인가요?"])
        ans = 24 * d + h
    elif kind == 1:
        t = rng.randint(25, 60)
        text = f"□ 안에 알맞은 수를 써넣으세요.\n{t}시간 = □일 □시간"
        ans = f"{t // 24}, {t % 24}"
        return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B", concepts=["시간"],
                       check=lambda: 24 * (t // 24) + t % 24 == t)
    else:
        s = rng.randint(7, 11)
        text = (f"{josa(_kname(rng), '은/는')} 하루에 {s}시간 동안 잠을 잡니다. 하루 중 깨어 있는 시간은 몇 시간인가요?")
        ans = 24 - s
        return Problem(text=text, answer=f"{ans}시간", format="word", difficulty=3, achievement_level="B", concepts=["시간"],
                       check=lambda: ans + s == 24)
    return Problem(text=text, answer=str(ans) if "□" in text else f"{ans}시간", format="fill" if "□" in text else "word",
                   difficulty=2, achievement_level="C", concepts=["시간"], check=lambda: ans == 24 * d + h)


@family("2수03-09", "weeks-and-days")
def _f0309_weeks(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        w, dd = rng.randint(1, 4), rng.randint(0, 6)
        text = f"□ 안에 알맞은 수를 써넣으세요.\n{w}주일" + (f" {dd}일" if dd else "") + " = □일"
        ans, fmt = str(7 * w + dd), "fill"
    elif kind == 1:
        t = rng.randint(8, 30)
        text = f"{t}일은 몇 주일 며칠인가요?" if t % 7 else f"{t}일은 몇 주일인가요?"
        ans, fmt = (f"{t // 7}주일 {t % 7}일" if t % 7 else f"{t // 7}주일"), "word"
    else:
        w = rng.randint(2, 4)
        act = rng.choice(["수영 강습", "방과 후 수업", "줄넘기 연습", "캠프"])
        text = f"{josa(act, '을/를')} {w}주일 동안 하루도 빠짐없이 했습니다. 모두 며칠 동안 했나요?"
        ans, fmt = f"{7 * w}일", "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="B", concepts=["주일", "일"],
                   check=lambda: True)


@family("2수03-09", "years-and-months")
def _f0309_years(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        y, m = rng.randint(1, 3), rng.randint(1, 11)
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{y}년 {m}개월 = □개월", f"{y}년 {m}개월은 몇 개월인가요?"])
        ans = 12 * y + m
        out = str(ans) if "□" in text else f"{ans}개월"
    elif kind == 1:
        t = rng.randint(13, 40)
        if t % 12 == 0:
            t += 1
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{t}개월 = □년 □개월", f"동생은 태어난 지 {t}개월이 되었습니다. 몇 년 몇 개월인가요?"])
        out = f"{t // 12}, {t % 12}" if "□" in text else f"{t // 12}년 {t % 12}개월"
    else:
        a = rng.randint(8, 11)
        text = f"{josa(_kname(rng), '은/는')} 올해 {a}월부터 피아노를 배우기 시작하여 1년 동안 배웠습니다. 피아노를 배운 기간은 몇 개월인가요?"
        out = "12개월"
    return Problem(text=text, answer=out, format="fill" if "□" in text else "word", difficulty=2 if kind == 2 else 3,
                   achievement_level="B", concepts=["년", "개월"], check=lambda: True)


@family("2수03-09", "days-in-month")
def _f0309_month_days(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        n = rng.choice([30, 31])
        good = [m for m, d in _MDAYS.items() if d == n]
        bad = [m for m, d in _MDAYS.items() if d != n]
        correct = f"{rng.choice(good)}월"
        ch = choices(rng, correct, [f"{m}월" for m in rng.sample(bad, 4)])
        return Problem(text=f"날수가 {n}일인 달은 어느 것인가요?\n{ch.block}", answer=ch.label, format="mcq", difficulty=2,
                       achievement_level="B", concepts=["개월", "일"], choice=ch,
                       check=lambda: _MDAYS[int(ch.options[ch.correct][:-1])] == n)
    if kind == 1:
        a, b = sorted(rng.sample([m for m in _MDAYS if m != 2], 2))
        text = f"{a}월과 {b}월의 날수를 더하면 모두 며칠인가요?".replace(f"{a}월과", f"{a}월{'과' if _p(str(a), '과/와') == '과' else '와'}")
        tot = _MDAYS[a] + _MDAYS[b]
        return Problem(text=text, answer=f"{tot}일", format="word", difficulty=3, achievement_level="B", concepts=["개월", "일"],
                       check=lambda: tot in (60, 61, 62))
    m = rng.choice(list(_MDAYS))
    d = rng.randint(1, 15)
    text = (f"{m}월 {d}일부터 {m}월의 마지막 날까지는 며칠인가요? (첫날과 마지막 날을 모두 셉니다."
            + (" 2월은 28일까지 있다고 합니다.)" if m == 2 else ")"))
    ans = _MDAYS[m] - d + 1
    return Problem(text=text, answer=f"{ans}일", format="word", difficulty=4, achievement_level="A", concepts=["개월", "일"],
                   check=lambda: ans == len(range(d, _MDAYS[m] + 1)))


@family("2수03-09", "calendar-weekday")
def _f0309_weekday(rng: random.Random) -> Problem:
    m = rng.randint(1, 12)
    d = rng.randint(1, 10)
    wd = rng.randrange(7)
    k = rng.choice([7, 14, 21]) + rng.choice([0, 0, 1, 2, 3])
    d2 = d + k
    if d2 > _MDAYS[m]:
        d2 = d + 14
        k = 14
    w2 = _WEEK[(wd + k) % 7]
    text = rng.choice([f"어느 해 {m}월 {d}일은 {_WEEK[wd]}입니다. 같은 해 {m}월 {d2}일은 무슨 요일인가요?",
                       f"달력에서 {m}월 {d}일이 {_WEEK[wd]}이면 {m}월 {d2}일은 무슨 요일입니까?"])
    dd = 3 if k % 7 == 0 else 4
    return Problem(text=text, answer=w2, format="word", difficulty=dd, achievement_level=elementary_level(dd), concepts=["주일", "요일"],
                   check=lambda: (d2 - d) % 7 == (_WEEK.index(w2) - wd) % 7)


@family("2수03-09", "am-pm-elapsed")
def _f0309_ampm(rng: random.Random) -> Problem:
    a = rng.randint(7, 11)
    b = rng.randint(1, 6)
    hours = 12 - a + b
    act = rng.choice(["현장 체험 학습을 했습니다", "가족과 놀이공원에 있었습니다", "도서관이 문을 열었습니다", "운동회를 했습니다"])
    text = rng.choice([f"오전 {a}시부터 오후 {b}시까지 {act}. 모두 몇 시간인가요?",
                       f"오전 {a}시에서 오후 {b}시까지는 몇 시간입니까?"])
    return Problem(text=text, answer=f"{hours}시간", format="word", difficulty=3, achievement_level="B",
                   concepts=["오전", "오후", "시간"], check=lambda: (12 + b) - a == hours)


@family("2수03-09", "vacation-length")
def _f0309_vacation(rng: random.Random) -> Problem:
    m = rng.choice([7, 12, 1])
    d1 = rng.randint(_MDAYS[m] - 10, _MDAYS[m] - 2)
    m2 = m % 12 + 1
    d2 = rng.randint(3, 20)
    days = _MDAYS[m] - d1 + 1 + d2
    name_ = "여름 방학" if m == 7 else "겨울 방학"
    text = f"{name_}은 {m}월 {d1}일부터 {m2}월 {d2}일까지입니다. {name_}은 모두 며칠인가요? (첫날과 마지막 날을 모두 셉니다.)"
    return Problem(text=text, answer=f"{days}일", format="word", difficulty=5, achievement_level="A", concepts=["일", "개월"],
                   check=lambda: days == len(range(d1, _MDAYS[m] + 1)) + d2)


@family("2수03-09", "unit-relations-mcq")
def _f0309_mcq(rng: random.Random) -> Problem:
    good = ["1일 = 24시간", "1주일 = 7일", "1년 = 12개월", "1시간 = 60분", "2주일 = 14일", "2일 = 48시간", "1년 6개월 = 18개월"]
    bad = ["1일 = 12시간", "1주일 = 5일", "1년 = 10개월", "1시간 = 100분", "1일 = 60시간", "2주일 = 12일", "1년 = 365개월",
           "2년 = 20개월"]
    if rng.random() < 0.5:
        correct, wrong = rng.choice(bad), rng.sample(good, 4)
        stem = "시간의 관계를 잘못 나타낸 것은 어느 것인가요?"
    else:
        correct, wrong = rng.choice(good), rng.sample(bad, 4)
        stem = "바르게 나타낸 것을 고르세요."
    ch = choices(rng, correct, wrong)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["시간", "주일", "개월", "년"], choice=ch, check=lambda: ch.options[ch.correct] == correct)


# -- 2수03-10 1cm, 1m로 길이 재기 -----------------------------------------------------------------
_SMALL = ("연필", "지우개", "크레파스", "풀", "색연필", "머리핀", "클립 줄", "못", "빨대", "숟가락", "붓", "볼펜")
_BIG = (("칠판의 긴 쪽", 3, 5), ("교실 문의 높이", 2, 2), ("운동장 달리기 선", 20, 50), ("교실의 긴 쪽", 8, 10),
        ("버스의 길이", 10, 12), ("복도의 길이", 20, 40), ("줄넘기 줄", 2, 3), ("수영장의 긴 쪽", 25, 50))


@family("2수03-10", "ruler-from-zero")
def _f0310_zero(rng: random.Random) -> Problem:
    obj = rng.choice(_SMALL)
    n = rng.randint(3, 15)
    text = rng.choice([f"{obj}의 한쪽 끝을 자의 눈금 0에 맞추었더니 다른 쪽 끝이 눈금 {n}에 닿았습니다. {obj}의 길이는 몇 cm인가요?",
                       f"자로 {obj}의 길이를 재었습니다. 한쪽 끝은 0, 다른 쪽 끝은 {n}에 있습니다. 길이를 쓰시오."])
    return Problem(text=text, answer=f"{n}cm", format="word", difficulty=1, achievement_level="C", concepts=["cm"],
                   check=lambda: n - 0 == n)


@family("2수03-10", "ruler-not-from-zero")
def _f0310_shift(rng: random.Random) -> Problem:
    obj = rng.choice(_SMALL)
    a = rng.randint(1, 8)
    n = rng.randint(3, 12)
    kind = rng.randrange(2)
    if kind == 0:
        text = rng.choice([f"{obj}의 한쪽 끝을 자의 눈금 {a}에 맞추었더니 다른 쪽 끝이 눈금 {a + n}에 있었습니다. {obj}의 길이는 몇 cm인가요?",
                           f"자의 눈금 {a}부터 {a + n}까지의 길이는 몇 cm입니까?"])
        ans, fmt = f"{n}cm", "word"
    else:
        text = (f"{josa(obj, '을/를')} 자의 눈금 {a}에 맞추어 재었더니 다른 쪽 끝이 {a + n}에 있었습니다. {josa(_kname(rng), '은/는')} 길이가 "
                f"{a + n}cm라고 했습니다. 잘못된 점을 쓰고 바르게 고치세요.")
        ans, fmt = f"{a}부터 재었으므로 {a + n} - {a} = {n}, 길이는 {n}cm입니다.", "proof"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2 if kind == 0 else 3, achievement_level="B" if kind == 0 else "A",
                   concepts=["cm"], check=lambda: (a + n) - a == n)


@family("2수03-10", "about-cm")
def _f0310_about(rng: random.Random) -> Problem:
    obj = rng.choice(_SMALL)
    n = rng.randint(4, 14)
    near = rng.choice([n, n + 1])
    text = rng.choice([f"{obj}의 한쪽 끝을 자의 눈금 0에 맞추었더니 다른 쪽 끝이 눈금 {josa(str(n), '과/와')} {n + 1} 사이에 있고, {near}에 더 가깝습니다. "
                       f"{obj}의 길이는 약 몇 cm인가요?",
                       f"□ 안에 알맞은 수를 써넣으세요.\n{obj}의 끝이 자의 눈금 {near}에 가까이 있으므로 {obj}의 길이는 약 □cm입니다. (한쪽 끝은 0에 맞춤)"])
    return Problem(text=text, answer=f"약 {near}cm" if "□" not in text else str(near), format="fill" if "□" in text else "word",
                   difficulty=2, achievement_level="B", concepts=["cm", "약"], check=lambda: near in (n, n + 1))


@family("2수03-10", "count-of-1cm")
def _f0310_count(rng: random.Random) -> Problem:
    n = rng.randint(2, 15)
    kind = rng.randrange(3)
    if kind == 0:
        text = f"□ 안에 알맞은 수를 써넣으세요.\n{n}cm는 1cm가 □번입니다."
        ans = str(n)
    elif kind == 1:
        text = f"길이가 1cm인 연결 모형 {n}개를 겹치지 않게 한 줄로 이었습니다. 이은 길이는 몇 cm인가요?"
        ans = f"{n}cm"
    else:
        text = f"1cm가 {n}번인 길이를 쓰고 읽어 보세요."
        ans = f"{n}cm, {_sino_cm(n)} 센티미터"
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "word", difficulty=1, achievement_level="C",
                   concepts=["cm"], check=lambda: True)


def _sino_cm(n: int) -> str:
    d = "영일이삼사오육칠팔구"
    t, o = divmod(n, 10)
    return ("" if t == 0 else ("십" if t == 1 else d[t] + "십")) + (d[o] if o else "")


@family("2수03-10", "unit-choice-mcq")
def _f0310_unit(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        obj = rng.choice(_BIG)[0]
        correct = "m"
        stem = f"{josa(obj, '을/를')} 잴 때 알맞은 단위를 고르세요."
    else:
        obj = rng.choice(_SMALL)
        correct = "cm"
        stem = f"{obj}의 길이를 잴 때 알맞은 단위를 고르세요."
    ch = choices(rng, correct, ["m" if correct == "cm" else "cm", "kg", "L", "분"], n=4)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1, achievement_level="C",
                   concepts=["cm", "m"], choice=ch, check=lambda: ch.options[ch.correct] == correct)


@family("2수03-10", "why-standard-unit")
def _f0310_why(rng: random.Random) -> Problem:
    w1, w2 = _kids(rng, 2)
    thing = rng.choice(["책상의 긴 쪽", "사물함의 높이", "칠판의 긴 쪽", "창문의 긴 쪽"])
    unit = rng.choice(["뼘", "연필", "발걸음", "클립"])
    a, b = rng.sample(range(4, 12), 2)
    text = (f"{josa(w1, '과/와')} {josa(w2, '이/가')} 각자 {josa(unit, '으로/로')} {josa(thing, '을/를')} 재었더니 {josa(w1, '은/는')} {a}번, "
            f"{josa(w2, '은/는')} {b}번이었습니다. 같은 길이를 재었는데 결과가 다른 까닭을 쓰고, 누구나 같은 결과를 얻으려면 어떻게 해야 하는지 설명하세요.")
    text = text.replace("뼘로", "뼘으로").replace("연필으로", "연필로")
    return Problem(text=text, answer=f"사람마다 {unit}의 길이가 다르기 때문입니다. 1cm, 1m와 같은 정해진 단위(자)로 재어야 합니다.",
                   format="proof", difficulty=3, achievement_level="A", concepts=["cm", "m"])


@family("2수03-10", "meter-stick-repeats")
def _f0310_meter(rng: random.Random) -> Problem:
    obj, lo, hi = rng.choice([b for b in _BIG if b[1] <= 9])
    k = rng.randint(lo, min(9, hi))
    text = rng.choice([f"1m 자로 {josa(obj, '을/를')} 재었더니 자로 꼭 {k}번 잰 길이와 같았습니다. {josa(obj, '은/는')} 몇 m인가요?",
                       f"□ 안에 알맞은 수를 써넣으세요.\n{josa(obj, '은/는')} 1m의 {k}배이므로 □m입니다."])
    return Problem(text=text, answer=str(k) if "□" in text else f"{k}m", format="fill" if "□" in text else "word",
                   difficulty=2, achievement_level="C", concepts=["m"], check=lambda: k >= 1)


@family("2수03-10", "compare-measured")
def _f0310_compare(rng: random.Random) -> Problem:
    objs = rng.sample(_SMALL, 3)
    lens = rng.sample(range(4, 16), 3)
    want = rng.choice(["가장 긴", "가장 짧은"])
    idx = lens.index(max(lens)) if want == "가장 긴" else lens.index(min(lens))
    tbl = _table(rng, ["물건", *objs], [["자로 잰 길이(cm)", *lens]])
    kind = rng.randrange(2)
    if kind == 0:
        text = f"자로 물건의 길이를 재어 나타낸 표입니다. {want} 물건은 무엇인가요?\n{tbl}"
        ans = objs[idx]
    else:
        text = f"자로 물건의 길이를 재어 나타낸 표입니다. 가장 긴 것은 가장 짧은 것보다 몇 cm 더 긴가요?\n{tbl}"
        ans = f"{max(lens) - min(lens)}cm"
    return Problem(text=text, answer=ans, format="data", difficulty=2 if kind == 0 else 3, achievement_level="B",
                   concepts=["cm"], check=lambda: True)


# -- 2수03-11 1m = 100cm ------------------------------------------------------------------------
def _mcm(cm: int) -> str:
    m, c = divmod(cm, 100)
    if m and c:
        return f"{m}m {c}cm"
    return f"{m}m" if m else f"{c}cm"


@family("2수03-11", "m-cm-to-cm")
def _f0311_to_cm(rng: random.Random) -> Problem:
    m = rng.randint(1, 9)
    c = rng.choice([rng.randint(1, 99), rng.randint(1, 9), 10 * rng.randint(1, 9)])
    text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{m}m {c}cm = □cm", f"{m}m {c}cm는 몇 cm인가요?",
                       f"{josa(_kname(rng), '이/가')} 가진 줄의 길이는 {m}m {c}cm입니다. 이 줄의 길이는 몇 cm입니까?".replace("이가 가진", "가 가진")])
    ans = 100 * m + c
    d = 3 if c < 10 else 2
    return Problem(text=text, answer=str(ans) if "□" in text else f"{ans}cm", format="fill" if "□" in text else "word",
                   difficulty=d, achievement_level=elementary_level(d), concepts=["m", "cm"], check=lambda: ans - 100 * m == c)


@family("2수03-11", "cm-to-m-cm")
def _f0311_to_m(rng: random.Random) -> Problem:
    t = rng.randint(101, 999)
    if t % 100 == 0:
        t += 7
    text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{t}cm = □m □cm", f"{t}cm는 몇 m 몇 cm인가요?",
                       f"통나무의 길이를 재었더니 {t}cm였습니다. 몇 m 몇 cm인지 쓰시오."])
    m, c = divmod(t, 100)
    d = 3 if c < 10 else 2
    return Problem(text=text, answer=f"{m}, {c}" if "□" in text else f"{m}m {c}cm", format="fill" if "□" in text else "word",
                   difficulty=d, achievement_level=elementary_level(d), concepts=["m", "cm"], check=lambda: 100 * m + c == t)


@family("2수03-11", "compare-mixed-lengths")
def _f0311_compare(rng: random.Random) -> Problem:
    a = rng.randint(101, 899)
    b = a + rng.choice([-40, -9, -5, 5, 9, 40, 90, -90, 0])
    left = _mcm(a)
    right = f"{b}cm"
    if rng.random() < 0.5:
        left, right = right, left
        sign = ">" if b > a else "<" if b < a else "="
    else:
        sign = ">" if a > b else "<" if a < b else "="
    text = rng.choice([f"길이를 비교하여 ○ 안에 >, =, <를 알맞게 써넣으세요.\n{left} ○ {right}",
                       f"두 길이 중 어느 쪽이 더 긴지 ○ 안에 >, =, < 중 알맞은 것을 쓰시오.\n{left} ○ {right}"])
    return Problem(text=text, answer=sign, format="fill", difficulty=3, achievement_level="B", concepts=["m", "cm"],
                   check=lambda: sign in "><=")


@family("2수03-11", "equal-length-mcq")
def _f0311_mcq(rng: random.Random) -> Problem:
    m = rng.randint(1, 8)
    c = rng.choice([rng.randint(1, 9), rng.randint(11, 99)])
    correct = f"{m}m {c}cm = {100 * m + c}cm"
    wrong = [f"{m}m {c}cm = {m}{c}cm" if c < 10 else f"{m}m {c}cm = {m}0{c}cm", f"{m}m = {10 * m}cm",
             f"{m + 1}m = {10 * (m + 1)}cm", f"{100 * m + c + 100}cm = {m}m {c}cm", f"{m}m {c}cm = {m * 10 + c}cm",
             f"{10 * m + c}cm = {m}m {c}cm"]
    wrong = [w for w in wrong if w != correct]
    ch = choices(rng, correct, wrong)
    return Problem(text=f"길이를 바르게 나타낸 것은 어느 것인가요?\n{ch.block}", answer=ch.label, format="mcq", difficulty=3,
                   achievement_level="B", concepts=["m", "cm"], choice=ch, check=lambda: ch.options[ch.correct] == correct)


@family("2수03-11", "height-story")
def _f0311_height(rng: random.Random) -> Problem:
    w = _kname(rng)
    who, lo, hi, kw = rng.choice([(w, 115, 140, "키"), ("아버지", 165, 185, "키"), ("동생", 101, 125, "키"),
                                  ("기린 인형", 101, 190, "높이"), ("책장", 120, 210, "높이"), ("냉장고", 150, 199, "높이")])
    h = rng.randint(lo, hi)
    kind = rng.randrange(2)
    if kind == 0:
        text = f"{who}의 {kw}는 {h}cm입니다. {who}의 {kw}는 몇 m 몇 cm인가요?"
        ans = _mcm(h)
    else:
        text = f"{who}의 {kw}는 {_mcm(h)}입니다. {who}의 {kw}는 몇 cm인가요?"
        ans = f"{h}cm"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="B", concepts=["m", "cm"],
                   check=lambda: True)


@family("2수03-11", "order-lengths")
def _f0311_order(rng: random.Random) -> Problem:
    vals = rng.sample(range(105, 480), 3)
    shown = [_mcm(vals[0]), f"{vals[1]}cm", _mcm(vals[2])]
    names_ = rng.sample(["빨간 끈", "파란 끈", "노란 끈", "초록 끈", "하얀 끈"], 3)
    want = rng.choice(["가장 긴", "가장 짧은"])
    idx = vals.index(max(vals)) if want == "가장 긴" else vals.index(min(vals))
    text = (f"끈의 길이입니다. {want} 끈은 무엇인가요?\n" + "\n".join(f"{n}: {s}" for n, s in zip(names_, shown, strict=True)))
    return Problem(text=text, answer=names_[idx], format="word", difficulty=3, achievement_level="A", concepts=["m", "cm"],
                   check=lambda: True)


@family("2수03-11", "convert-table")
def _f0311_table(rng: random.Random) -> Problem:
    objs = rng.sample(["칠판", "현수막", "커튼", "복도 게시판", "화단", "줄넘기 줄"], 3)
    vals = [rng.randint(101, 600) for _ in objs]
    rows = [[o, f"{v}cm", "□"] if i % 2 == 0 else [o, "□", _mcm(v)] for i, (o, v) in enumerate(zip(objs, vals, strict=True))]
    text = "표의 빈칸에 알맞은 길이를 차례로 써넣으세요.\n" + _table(rng, ["물건", "몇 cm", "몇 m 몇 cm"], rows)
    ans = ", ".join(_mcm(v) if i % 2 == 0 else f"{v}cm" for i, v in enumerate(vals))
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=["m", "cm"],
                   check=lambda: True)


@family("2수03-11", "joined-rulers")
def _f0311_join(rng: random.Random) -> Problem:
    k = rng.randint(1, 3)
    c = rng.choice([15, 20, 30, 50, 25])
    j = rng.randint(1, 2)
    tot = 100 * k + c * j
    if c * j >= 100:
        j = 1
        tot = 100 * k + c
    text = rng.choice([f"1m 자 {k}개와 {c}cm 자 {j}개를 겹치지 않게 한 줄로 이어 놓았습니다. 전체 길이는 몇 m 몇 cm인가요?",
                       f"1m짜리 막대 {k}개와 {c}cm짜리 막대 {j}개를 겹치지 않게 이었습니다. 이은 막대의 길이는 몇 cm입니까?"])
    ans = _mcm(tot) if "몇 m 몇 cm" in text else f"{tot}cm"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="A", concepts=["m", "cm"],
                   check=lambda: tot == 100 * k + c * j)


# -- 2수03-12 길이 어림하기 -------------------------------------------------------------------------
_REAL = (("연필", 17, "cm"), ("새 분필", 8, "cm"), ("공책의 긴 쪽", 26, "cm"), ("교실 문의 높이", 2, "m"), ("숟가락", 20, "cm"),
         ("2학년 학생의 키", 125, "cm"), ("칠판의 긴 쪽", 4, "m"), ("버스의 길이", 11, "m"), ("엄지손가락의 너비", 2, "cm"),
         ("실내화의 길이", 21, "cm"), ("교실 천장의 높이", 3, "m"), ("식탁의 긴 쪽", 150, "cm"), ("지우개의 긴 쪽", 5, "cm"))


@family("2수03-12", "plausible-unit")
def _f0312_unit(rng: random.Random) -> Problem:
    obj, v, u = rng.choice(_REAL)
    kind = rng.randrange(2)
    if kind == 0:
        text = rng.choice([f"(   ) 안에 cm와 m 중 알맞은 단위를 써넣으세요.\n{josa(obj, '은/는')} 약 {v}(   )입니다.",
                           f"{josa(obj, '을/를')} 어림한 길이로 알맞은 말을 완성하시오: 약 {v}(   )"])
        return Problem(text=text, answer=u, format="fill", difficulty=1, achievement_level="C", concepts=["cm", "m", "약"],
                       check=lambda: u in ("cm", "m"))
    correct = f"약 {v}{u}"
    other = "m" if u == "cm" else "cm"
    wrong = [f"약 {v}{other}", f"약 {v * 10}{u}", f"약 {v * 100}{u}" if u == "cm" else f"약 {v * 10}{other}",
             f"약 {max(1, v // 10)}{other}" if u == "cm" else f"약 {v}0{u}", f"약 {v + 50}{u}" if u == "cm" else f"약 {v * 1000}{other}"]
    ch = choices(rng, correct, wrong)
    return Problem(text=f"{obj}로 가장 알맞은 어림을 고르세요.\n{ch.block}".replace(f"{obj}로", f"{obj}의 길이로" if "의" not in obj else josa(obj, "으로/로")),
                   answer=ch.label, format="mcq", difficulty=2, achievement_level="B", concepts=["cm", "m", "약"], choice=ch,
                   check=lambda: ch.options[ch.correct] == correct)


@family("2수03-12", "body-ruler-estimate")
def _f0312_body(rng: random.Random) -> Problem:
    part, unit_len, u = rng.choice([("한 뼘", rng.choice([10, 12, 15]), "cm"), ("엄지손가락 너비", 1, "cm"),
                                    ("양팔을 벌린 길이", 1, "m"), ("두 걸음", 1, "m")])
    k = rng.randint(2, 9)
    thing = rng.choice(["책상의 긴 쪽", "사물함의 긴 쪽", "창문의 긴 쪽", "필통의 긴 쪽", "교실 칠판의 긴 쪽", "복도의 한 부분"])
    if u == "m":
        thing = rng.choice(["교실 칠판의 긴 쪽", "교실의 긴 쪽", "복도의 한 부분", "화단의 긴 쪽"])
    if part == "엄지손가락 너비":
        thing = rng.choice(["지우개의 긴 쪽", "딱풀의 길이", "클립 3개를 이은 길이", "단추를 늘어놓은 길이"])
    w = _kname(rng)
    text = (f"{w}의 {josa(part, '은/는')} 약 {unit_len}{u}입니다. {josa(w, '이/가')} {part}{'로' if part.endswith('이') else '으로' if part[-1] in '뼘' else '로'} "
            f"{josa(thing, '을/를')} 재었더니 약 {k}번이었습니다. {josa(thing, '은/는')} 약 몇 {u}인가요?")
    text = text.replace(f"{part}으로", josa(part, "으로/로")).replace(f"{part}로 ", josa(part, "으로/로") + " ")
    ans = f"약 {unit_len * k}{u}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["약", u],
                   check=lambda: sum([unit_len] * k) == unit_len * k)


@family("2수03-12", "closest-estimate")
def _f0312_closest(rng: random.Random) -> Problem:
    ws = _kids(rng, 3)
    real = rng.randint(15, 90)
    offs = rng.sample([-9, -7, -5, -4, -3, -2, 2, 3, 4, 6, 8, 10], 3)
    ests = [real + o for o in offs]
    best = min(range(3), key=lambda i: abs(offs[i]))
    obj = rng.choice(["의자의 높이", "책가방의 긴 쪽", "우산의 길이", "스케치북의 긴 쪽", "리코더의 길이"])
    tbl = _table(rng, ["이름", *ws], [["어림한 길이", *[f"약 {e}cm" for e in ests]]])
    text = (f"{obj}를 어림한 것입니다. 자로 재어 보니 {real}cm였습니다. 가장 가깝게 어림한 사람은 누구인가요?\n{tbl}").replace(
        f"{obj}를", josa(obj, "을/를"))
    return Problem(text=text, answer=ws[best], format="data", difficulty=3, achievement_level="B", concepts=["약", "cm"],
                   check=lambda: abs(ests[best] - real) == min(abs(e - real) for e in ests))


@family("2수03-12", "realistic-value-mcq")
def _f0312_value(rng: random.Random) -> Problem:
    obj, v, u = rng.choice(_REAL)
    stem = rng.choice([f"다음 중 {josa(obj, '을/를')} 바르게 어림한 사람은 누구인가요?", f"{obj}에 대해 알맞게 말한 친구를 고르세요."])
    ws = _kids(rng, 4)
    good = f"{ws[0]}: 약 {v}{u}쯤 될 것 같아."
    other = "m" if u == "cm" else "cm"
    bads = [f"{ws[1]}: 약 {v}{other}쯤 될 것 같아.", f"{ws[2]}: 약 {v * 10}{u}쯤 될 것 같아.",
            f"{ws[3]}: 약 {v * 100 if u == 'cm' else v * 10}{u}쯤 될 것 같아."]
    ch = choices(rng, good, bads, n=4)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["약", "cm", "m"], choice=ch, check=lambda: ch.options[ch.correct] == good)


@family("2수03-12", "estimate-vs-measure")
def _f0312_diff(rng: random.Random) -> Problem:
    w = _kname(rng)
    est = rng.randint(10, 60)
    real = est + rng.choice([-6, -4, -3, -2, 2, 3, 5, 7])
    obj = rng.choice(["필통의 긴 쪽", "꽃병의 높이", "신발의 길이", "색연필 상자의 긴 쪽", "도화지의 짧은 쪽"])
    text = rng.choice([f"{josa(w, '은/는')} {josa(obj, '을/를')} 약 {est}cm로 어림했는데, 자로 재어 보니 {real}cm였습니다. 어림한 길이와 잰 길이의 차는 몇 cm인가요?",
                       f"{obj}: 어림한 길이 약 {est}cm, 자로 잰 길이 {real}cm\n어림한 길이와 자로 잰 길이의 차를 구하세요."])
    return Problem(text=text, answer=f"{abs(real - est)}cm", format="word", difficulty=3, achievement_level="B",
                   concepts=["약", "cm"], check=lambda: abs(real - est) <= 7)


@family("2수03-12", "draw-estimated-line")
def _f0312_draw(rng: random.Random) -> Problem:
    n = rng.randint(3, 15)
    kind = rng.randrange(2)
    if kind == 0:
        text = f"자를 사용하지 않고 약 {n}cm가 되도록 어림하여 선을 그어 보세요. 그다음 자로 재어 어림한 길이와 비교해 보세요."
        ans = f"예: 1cm(엄지손가락 너비 등)를 떠올려 {n}번쯤 이어진다고 생각하며 긋고, 자로 재어 {n}cm와 비교합니다."
    else:
        text = "눈을 감고 양팔을 벌려 약 1m라고 생각하는 만큼 벌린 다음, 친구가 줄자로 재어 주었습니다. 1m에 가깝게 어림하는 방법을 설명하세요."
        ans = "예: 1m 자를 여러 번 보고 그 길이를 기억한 뒤, 몸의 어느 부분(양팔을 벌린 길이 등)과 비교하여 어림합니다."
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="A", concepts=["약", "cm", "m"])


@family("2수03-12", "which-is-about-1m")
def _f0312_onem(rng: random.Random) -> Problem:
    near = ["어른 걸음으로 두 걸음 정도의 길이", "2학년 친구의 양팔을 벌린 길이", "교실 책상 두 개를 붙인 긴 쪽의 길이", "우산의 길이보다 조금 긴 길이"]
    far = ["지우개의 길이", "연필 한 자루의 길이", "운동장 한 바퀴의 길이", "엄지손가락의 너비", "공책의 짧은 쪽 길이", "학교 건물의 높이"]
    correct = rng.choice(near[:2])
    ch = choices(rng, correct, rng.sample(far, 4))
    return Problem(text=f"길이가 약 1m에 가장 가까운 것을 고르세요.\n{ch.block}", answer=ch.label, format="mcq", difficulty=2,
                   achievement_level="B", concepts=["m", "약"], choice=ch, check=lambda: ch.options[ch.correct] in near)


@family("2수03-12", "longer-or-shorter-than-estimate")
def _f0312_compare(rng: random.Random) -> Problem:
    w1, w2 = _kids(rng, 2)
    obj = rng.choice(["줄넘기 줄", "교실 문의 폭", "화단의 긴 쪽", "현관의 폭"])
    e1, e2 = rng.sample(range(80, 300, 10), 2)
    real = rng.randint(min(e1, e2) + 1, max(e1, e2) - 1)
    while abs(real - e1) == abs(real - e2):
        real += 1
    closer = w1 if abs(real - e1) < abs(real - e2) else w2
    text = (f"{josa(obj, '을/를')} {josa(w1, '은/는')} 약 {_mcm_e(e1)}, {josa(w2, '은/는')} 약 {_mcm_e(e2)}로 어림했습니다. 실제 길이가 {real}cm일 때, "
            "누가 더 가깝게 어림했나요?")
    return Problem(text=text, answer=closer, format="word", difficulty=4, achievement_level="A", concepts=["약", "m", "cm"],
                   check=lambda: True)


def _mcm_e(cm: int) -> str:
    m, c = divmod(cm, 100)
    return f"{m}m {c}cm" if m and c else f"{m}m" if m else f"{c}cm"


# -- 2수03-13 길이의 덧셈과 뺄셈 ----------------------------------------------------------------------
def _mcm_pair(rng: random.Random, sub: bool) -> tuple[int, int, int, int]:
    """(m1, c1, m2, c2) with no regrouping."""
    m1, m2 = rng.randint(1, 8), rng.randint(1, 8)
    c1, c2 = rng.randint(10, 89), rng.randint(10, 89)
    if sub:
        m1, m2 = max(m1, m2) + rng.randint(0, 1), min(m1, m2)
        c1, c2 = max(c1, c2), min(c1, c2)
    else:
        while c1 + c2 >= 100:
            c2 = rng.randint(1, 99 - c1)
        while m1 + m2 > 9:
            m2 -= 1
    return m1, c1, m2, c2


@family("2수03-13", "mcm-add-compute")
def _f0313_add(rng: random.Random) -> Problem:
    m1, c1, m2, c2 = _mcm_pair(rng, False)
    if rng.random() < 0.3:
        a, b = rng.randint(11, 60), rng.randint(11, 38)
        text = rng.choice([f"계산하세요.\n{a}cm + {b}cm", f"{a}cm + {b}cm = □cm\n□ 안에 알맞은 수를 써넣으세요."])
        ans = str(a + b) + ("" if "□" in text else "cm")
        return Problem(text=text, answer=ans, format="fill" if "□" in text else "computation", difficulty=1, achievement_level="C",
                       concepts=["cm", "길이의 합"], check=lambda: a + b < 100)
    text = rng.choice([f"계산하세요.\n{m1}m {c1}cm + {m2}m {c2}cm", f"{m1}m {c1}cm + {m2}m {c2}cm = □m □cm\n" + "□ 안에 알맞은 수를 써넣으세요."])
    ans = f"{m1 + m2}, {c1 + c2}" if "□" in text else f"{m1 + m2}m {c1 + c2}cm"
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "computation", difficulty=2, achievement_level="C",
                   concepts=["m", "cm", "길이의 합"], check=lambda: (100 * m1 + c1 + 100 * m2 + c2) == 100 * (m1 + m2) + c1 + c2)


@family("2수03-13", "mcm-sub-compute")
def _f0313_sub(rng: random.Random) -> Problem:
    m1, c1, m2, c2 = _mcm_pair(rng, True)
    text = rng.choice([f"계산하세요.\n{m1}m {c1}cm - {m2}m {c2}cm", f"{m1}m {c1}cm - {m2}m {c2}cm = □m □cm\n" + "□ 안에 알맞은 수를 써넣으세요.",
                       f"두 길이의 차를 구하시오.\n{m1}m {c1}cm, {m2}m {c2}cm"])
    ans = f"{m1 - m2}, {c1 - c2}" if "□" in text else _mcm_e(100 * (m1 - m2) + c1 - c2)
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "computation", difficulty=2, achievement_level="C",
                   concepts=["m", "cm", "길이의 차"], check=lambda: (100 * m1 + c1) - (100 * m2 + c2) == 100 * (m1 - m2) + (c1 - c2))


@family("2수03-13", "join-tapes-word")
def _f0313_join(rng: random.Random) -> Problem:
    m1, c1, m2, c2 = _mcm_pair(rng, False)
    thing = rng.choice(["빨간 테이프", "리본", "털실", "노끈", "색 테이프"])
    other = rng.choice(["파란 테이프", "초록 리본", "노란 털실", "하얀 끈"])
    text = rng.choice([f"{josa(thing, '은/는')} {m1}m {c1}cm, {josa(other, '은/는')} {m2}m {c2}cm입니다. 두 길이를 겹치지 않게 이으면 모두 몇 m 몇 cm인가요?",
                       f"{josa(_kname(rng), '은/는')} 길이가 {m1}m {c1}cm인 {josa(thing, '과/와')} {m2}m {c2}cm인 {josa(other, '을/를')} 겹치지 않게 이어 붙였습니다. 이어 붙인 전체 길이를 구하시오."])
    return Problem(text=text, answer=f"{m1 + m2}m {c1 + c2}cm", format="word", difficulty=3, achievement_level="B",
                   concepts=["m", "cm", "길이의 합"], check=lambda: c1 + c2 < 100)


@family("2수03-13", "cut-remaining-word")
def _f0313_cut(rng: random.Random) -> Problem:
    m1, c1, m2, c2 = _mcm_pair(rng, True)
    thing = rng.choice(["철사", "끈", "리본", "색 테이프", "털실"])
    text = rng.choice([f"{m1}m {c1}cm인 {thing} 중에서 {m2}m {c2}cm를 잘라 사용했습니다. 남은 {josa(thing, '은/는')} 몇 m 몇 cm인가요?",
                       f"{josa(thing, '이/가')} {m1}m {c1}cm 있었습니다. 상자를 묶는 데 {m2}m {c2}cm를 썼다면 남은 길이는 얼마입니까?"])
    return Problem(text=text, answer=_mcm_e(100 * (m1 - m2) + c1 - c2), format="word", difficulty=3, achievement_level="B",
                   concepts=["m", "cm", "길이의 차"], check=lambda: c1 >= c2 and m1 >= m2)


@family("2수03-13", "height-difference")
def _f0313_height(rng: random.Random) -> Problem:
    w1, w2 = _kids(rng, 2)
    a = rng.randint(118, 145)
    b = rng.randint(118, 145)
    while a == b:
        b = rng.randint(118, 145)
    kind = rng.randrange(2)
    if kind == 0:
        text = f"{w1}의 키는 {_mcm_e(a)}이고, {w2}의 키는 {_mcm_e(b)}입니다. 누가 몇 cm 더 큰가요?"
        ans = f"{w1 if a > b else w2}, {abs(a - b)}cm"
    else:
        box = rng.randint(20, 45)
        text = f"키가 {_mcm_e(a)}인 {josa(w1, '이/가')} 높이가 {box}cm인 상자 위에 올라섰습니다. 바닥에서 {w1}의 머리 끝까지의 높이는 몇 m 몇 cm인가요?"
        text = text.replace("이이 ", "이가 ")
        ans = _mcm_e(a + box)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["m", "cm"],
                   check=lambda: True)


@family("2수03-13", "route-lengths-table")
def _f0313_routes(rng: random.Random) -> Problem:
    legs = {"집 → 문구점": rng.randint(110, 480), "문구점 → 학교": rng.randint(110, 480), "집 → 놀이터": rng.randint(110, 480),
            "놀이터 → 학교": rng.randint(110, 480)}
    for k in legs:
        if legs[k] % 100 + 0 >= 50:
            legs[k] -= 50
    rows = [[k, _mcm_e(v)] for k, v in legs.items()]
    a = legs["집 → 문구점"] + legs["문구점 → 학교"]
    b = legs["집 → 놀이터"] + legs["놀이터 → 학교"]
    while a == b:
        legs["집 → 놀이터"] += 1
        b += 1
        rows[2][1] = _mcm_e(legs["집 → 놀이터"])
    text = ("길의 길이를 나타낸 표입니다. 집에서 학교까지 문구점을 거쳐 가는 길과 놀이터를 거쳐 가는 길 중 어느 길이 몇 m 몇 cm 더 짧은가요?\n"
            + _table(rng, ["길", "길이"], rows))
    ans = f"{'문구점' if a < b else '놀이터'}을 거쳐 가는 길, {_mcm_e(abs(a - b))}".replace("놀이터을", "놀이터를")
    return Problem(text=text, answer=ans, format="data", difficulty=5, achievement_level="A", concepts=["m", "cm", "길이의 합", "길이의 차"],
                   check=lambda: a != b)


@family("2수03-13", "longest-sum-mcq")
def _f0313_mcq(rng: random.Random) -> Problem:
    exprs: dict[int, str] = {}
    while len(exprs) < 5:
        m1, c1, m2, c2 = _mcm_pair(rng, rng.random() < 0.4)
        sub = c1 >= c2 and m1 >= m2 and rng.random() < 0.4
        v = (100 * m1 + c1) - (100 * m2 + c2) if sub else (100 * m1 + c1) + (100 * m2 + c2)
        if sub and v <= 0:
            continue
        exprs.setdefault(v, f"{m1}m {c1}cm {'-' if sub else '+'} {m2}m {c2}cm")
    want = rng.choice(["가장 긴", "가장 짧은"])
    target = max(exprs) if want == "가장 긴" else min(exprs)
    ch = choices(rng, exprs[target], [e for v, e in exprs.items() if v != target])
    return Problem(text=f"계산한 길이가 {want} 것은 어느 것인가요?\n{ch.block}", answer=ch.label, format="mcq", difficulty=4,
                   achievement_level="A", concepts=["m", "cm", "길이의 합", "길이의 차"], choice=ch,
                   check=lambda: ch.options[ch.correct] == exprs[target])


@family("2수03-13", "find-length-error")
def _f0313_error(rng: random.Random) -> Problem:
    m1, c1, m2, c2 = _mcm_pair(rng, False)
    while c1 + c2 + m2 >= 100:
        c2 = rng.randint(1, max(1, 99 - c1 - m2 - 1))
    wrong = f"{m1}m {c1 + c2 + m2}cm"
    w = _kname(rng)
    text = (f"{josa(w, '은/는')} {m1}m {c1}cm + {m2}m {c2}cm를 계산하여 {wrong}라고 답했습니다. 잘못된 까닭을 쓰고 바르게 계산하세요.")
    return Problem(text=text, answer=f"{m2}m를 {m2}cm처럼 cm에 더했습니다. m는 m끼리, cm는 cm끼리 더해야 하므로 {m1 + m2}m {c1 + c2}cm입니다.",
                   format="proof", difficulty=4, achievement_level="A", concepts=["m", "cm", "길이의 합"],
                   check=lambda: c1 + c2 < 100)
