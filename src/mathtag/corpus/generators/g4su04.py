"""Grades 3–4, 자료와 가능성 (4수04-01 … 4수04-03): picture graphs, bar graphs, line graphs and
small data inquiries. Graphs are written out as text (icon rows, ■ bars with a stated scale,
tables of plotted points), the way text-only test items describe them.
"""

from __future__ import annotations

import random

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.generators.g4su01 import _pu
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import choices

# topics: (title, item header, items, unit counter, noun for the counted thing)
_TOPICS = [
    ("마을별 사과 생산량", "마을", ["가", "나", "다", "라"], "상자", "사과 생산량"),
    ("학교별 학생 수", "학교", ["햇살", "푸른", "사랑", "꿈나무"], "명", "학생 수"),
    ("농장별 기르는 닭의 수", "농장", ["가", "나", "다", "라"], "마리", "닭의 수"),
    ("동네별 나무 수", "동네", ["동쪽", "서쪽", "남쪽", "북쪽"], "그루", "나무 수"),
    ("가게별 팔린 빵의 수", "가게", ["가", "나", "다", "라"], "개", "팔린 빵의 수"),
    ("반별 모은 재활용 캔의 수", "반", ["1반", "2반", "3반", "4반"], "개", "모은 캔의 수"),
    ("과수원별 배 수확량", "과수원", ["가", "나", "다", "라"], "상자", "배 수확량"),
]

_SURVEY = [
    ("좋아하는 운동", ["축구", "피구", "줄넘기", "수영", "야구"], "명"),
    ("좋아하는 과일", ["사과", "포도", "딸기", "귤", "수박"], "명"),
    ("가고 싶은 체험 학습 장소", ["과학관", "동물원", "박물관", "놀이공원", "수목원"], "명"),
    ("좋아하는 계절", ["봄", "여름", "가을", "겨울"], "명"),
    ("반려동물로 기르고 싶은 동물", ["강아지", "고양이", "햄스터", "거북", "앵무새"], "명"),
    ("배우고 싶은 악기", ["피아노", "바이올린", "기타", "드럼", "리코더"], "명"),
    ("좋아하는 급식 메뉴", ["카레", "불고기", "떡볶이", "비빔밥", "돈가스"], "명"),
]


def _ne(who: str) -> str:
    """민준이네 / 현우네: the family/class of a child, as Korean writes it."""
    return who + ("이네" if josa(who, "이/가").endswith("이") else "네")


def _of(item: str, head: str) -> str:
    """'가 마을' but '1반' (no doubled head word)."""
    return item if item.endswith(head) else f"{item} {head}"


def _icons(v: int, big: int, small: int, bi: str, si: str) -> str:
    return bi * (v // big) + si * (v % big // small)


def _bars(items: list[str], vals: list[int], scale: int) -> str:
    w = max(len(i) for i in items)
    return "\n".join(f"{it.ljust(w, '　')} | {'■' * (v // scale)}" for it, v in zip(items, vals, strict=True))


def _tbl(head: str, items: list[str], row: str, vals: list[object]) -> str:
    return f"| {head} | {' | '.join(items)} |\n| {row} | {' | '.join(str(v) for v in vals)} |"


# -- 4수04-01 그림그래프, 막대그래프 ---------------------------------------------------------
def _pic_data(rng: random.Random) -> tuple[tuple, int, int, str, str, list[int]]:
    topic = rng.choice(_TOPICS)
    big, small = rng.choice([(10, 1), (100, 10), (10, 1), (1000, 100)])
    bi, si = rng.choice([("●", "○"), ("◎", "○"), ("■", "□"), ("★", "☆")])
    n = len(topic[2])
    vals: list[int] = []
    while len(vals) < n:
        v = rng.randint(1, 5) * big + rng.randint(0, 9) * small
        if v not in vals and v >= big:
            vals.append(v)
    return topic, big, small, bi, si, vals


def _pic_block(topic: tuple, big: int, small: int, bi: str, si: str, vals: list[int]) -> str:
    title, head, items, cnt, _ = topic
    rows = "\n".join(f"{it} | {_icons(v, big, small, bi, si)}" for it, v in zip(items, vals, strict=True))
    return f"[{title}]\n{head} | {topic[4]}\n{rows}\n({bi} {big}{cnt}, {si} {small}{cnt})"


@family("4수04-01", "read-picture-graph")
def _read_pic(rng: random.Random) -> Problem:
    topic, big, small, bi, si, vals = _pic_data(rng)
    _title, head, items, cnt, what = topic
    block = _pic_block(topic, big, small, bi, si, vals)
    q = rng.choice(["one", "max", "total", "diff"])
    i = rng.randrange(len(items))
    if q == "one":
        text = rng.choice([f"그림그래프를 보고 {_of(items[i], head)}의 {josa(what, '은/는')} 몇 {cnt}인지 구하시오.\n{block}",
                           f"{block}\n위 그림그래프에서 {_of(items[i], head)}의 {josa(what, '을/를')} 쓰세요."])
        ans, diff, lvl = f"{vals[i]}{cnt}", 1, "C"
    elif q == "max":
        j = vals.index(max(vals))
        text = f"{block}\n{josa(what, '이/가')} 가장 많은 {josa(head, '은/는')} 어디입니까?"
        ans, diff, lvl = items[j], 1, "C"
    elif q == "total":
        text = f"조사한 {what}의 합계는 몇 {cnt}입니까?\n{block}"
        ans, diff, lvl = f"{sum(vals)}{cnt}", 3, "B"
    else:
        j, k = vals.index(max(vals)), vals.index(min(vals))
        text = f"{block}\n{josa(what, '이/가')} 가장 많은 {josa(head, '과/와')} 가장 적은 {head}의 차는 몇 {cnt}인가요?"
        ans, diff, lvl = f"{vals[j] - vals[k]}{cnt}", 3, "B"
    return Problem(text=text, answer=ans, format="data", difficulty=diff, achievement_level=lvl,
                   concepts=["그림그래프", "자료"],
                   check=lambda: all(len(_icons(v, big, small, bi, si)) == v // big + v % big // small for v in vals))


@family("4수04-01", "draw-picture-graph")
def _draw_pic(rng: random.Random) -> Problem:
    topic, big, small, bi, si, vals = _pic_data(rng)
    _title, head, items, cnt, what = topic
    i = rng.randrange(len(items))
    tbl = _tbl(head, items, f"{what}({cnt})", vals)
    q = rng.choice(["count", "draw"])
    if q == "count":
        text = (f"표를 보고 그림그래프로 나타내려고 합니다. {bi}는 {big}{cnt}, {si}는 {small}{cnt}를 나타낼 때, "
                f"{_of(items[i], head)}에는 {bi}와 {si}를 각각 몇 개 그려야 합니까?\n{tbl}")
        ans = f"{bi} {vals[i] // big}개, {si} {vals[i] % big // small}개"
        diff, lvl, fmt = 2, "C", "data"
    else:
        text = (f"다음 표를 {bi}({big}{cnt})와 {si}({small}{cnt})를 사용하여 그림그래프로 나타내어 보시오.\n{tbl}")
        ans = "; ".join(f"{it}: {_icons(v, big, small, bi, si)}" for it, v in zip(items, vals, strict=True))
        diff, lvl, fmt = 2, "B", "task"
    return Problem(text=text, answer=ans, format=fmt, difficulty=diff, achievement_level=lvl,
                   concepts=["그림그래프", "표"],
                   check=lambda: (vals[i] // big) * big + (vals[i] % big // small) * small == vals[i])


def _bar_data(rng: random.Random) -> tuple[str, list[str], str, int, list[int]]:
    topic, items, cnt = rng.choice(_SURVEY)
    items = items[: rng.choice([4, len(items)])]
    scale = rng.choice([1, 2, 2, 5])
    vals: list[int] = []
    while len(vals) < len(items):
        v = scale * rng.randint(1, 9 if scale > 1 else 12)
        if v not in vals:
            vals.append(v)
    return topic, items, cnt, scale, vals


@family("4수04-01", "read-bar-graph")
def _read_bar(rng: random.Random) -> Problem:
    topic, items, cnt, scale, vals = _bar_data(rng)
    bars = _bars(items, vals, scale)
    intro = rng.choice([f"{_ne(name(rng))} 반 학생들을 대상으로 {josa(topic, '을/를')} 조사하여 나타낸 막대그래프입니다.",
                        f"[{topic}별 학생 수] 막대그래프입니다."])
    q = rng.choice(["one", "diff", "order", "times"])
    i, j = rng.sample(range(len(items)), 2)
    head = f"{intro} (가로 눈금 한 칸은 {scale}{cnt}{_pu(cnt, '을/를')} 나타냅니다.)\n{bars}\n"
    if q == "one":
        text = head + f"{josa(items[i], '을/를')} 고른 학생은 몇 {cnt}입니까?"
        ans, d = f"{vals[i]}{cnt}", 2
    elif q == "diff":
        a, b = (i, j) if vals[i] > vals[j] else (j, i)
        text = head + f"{josa(items[a], '을/를')} 고른 학생은 {josa(items[b], '을/를')} 고른 학생보다 몇 {cnt} 더 많습니까?"
        ans, d = f"{vals[a] - vals[b]}{cnt}", 3
    elif q == "order":
        order = sorted(range(len(items)), key=lambda k: -vals[k])
        text = head + "학생 수가 많은 항목부터 차례로 쓰시오."
        ans, d = ", ".join(items[k] for k in order), 2
    else:
        mn = min(vals)
        cands = [k for k, v in enumerate(vals) if v == 2 * mn]
        if not cands:
            vals[j] = 2 * vals[i] if 2 * vals[i] not in vals else vals[j]
            cands = [k for k, v in enumerate(vals) if v == 2 * min(vals)]
        if cands:
            k0 = vals.index(min(vals))
            bars = _bars(items, vals, scale)
            head = f"{intro} (가로 눈금 한 칸은 {scale}{cnt}{_pu(cnt, '을/를')} 나타냅니다.)\n{bars}\n"
            text = head + f"{josa(items[k0], '을/를')} 고른 학생 수의 2배만큼 학생들이 고른 것은 무엇입니까?"
            ans, d = items[cands[0]], 3
        else:
            text = head + "조사한 학생은 모두 몇 명입니까?"
            ans, d = f"{sum(vals)}{cnt}", 3
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level="C" if d == 2 else "B",
                   concepts=["막대그래프", "자료"], check=lambda: all(v % scale == 0 for v in vals))


@family("4수04-01", "bar-scale-cells")
def _scale_cells(rng: random.Random) -> Problem:
    kind = rng.choice(["cells", "value", "min-scale"])
    scale = rng.choice([2, 5, 10, 20, 50])
    unit = rng.choice(["명", "권", "개", "kg", "그루"])
    if kind == "cells":
        v = scale * rng.randint(3, 15)
        text = rng.choice([
            f"막대그래프에서 세로 눈금 한 칸이 {scale}{unit}{_pu(unit, '을/를')} 나타낼 때, {v}{unit}{_pu(unit, '은/는')} 몇 칸으로 그려야 합니까?",
            f"눈금 한 칸의 크기를 {scale}{unit}{_pu(unit, '으로/로')} 정하여 막대그래프를 그리려고 합니다. {v}{unit}{_pu(unit, '을/를')} 나타내는 막대는 눈금 몇 칸만큼 그려야 하는지 구하세요.",
        ])
        ans = f"{v // scale}칸"
        chk = v // scale * scale == v
    elif kind == "value":
        c = rng.randint(3, 15)
        base = rng.randint(2, 5)
        text = (f"막대그래프에서 세로 눈금 {base}칸이 {base * scale}{unit}{_pu(unit, '을/를')} 나타냅니다. 막대의 길이가 {c}칸인 항목은 몇 {unit}입니까?")
        ans = f"{c * scale}{unit}"
        chk = c * scale == c * (base * scale // base)
    else:
        mx = rng.randint(30, 200)
        cells = rng.choice([10, 15, 20])
        need = -(-mx // cells)
        options = [1, 2, 5, 10, 20, 50]
        best = min(o for o in options if o >= need)
        text = (f"가장 큰 자료의 값이 {mx}{unit}인 자료를 세로 눈금이 {cells}칸인 막대그래프로 모두 나타내려고 합니다. 눈금 한 칸의 크기를 "
                f"{', '.join(f'{o}{unit}' for o in options)} 중에서 정할 때, 그래프에 모두 나타낼 수 있는 가장 작은 크기는 얼마입니까?")
        ans = f"{best}{unit}"
        chk = best * cells >= mx and all(o * cells < mx for o in options if o < best)
    return Problem(text=text, answer=ans, format="fill" if kind != "min-scale" else "word",
                   difficulty=2 if kind != "min-scale" else 4, achievement_level="C" if kind != "min-scale" else "A",
                   concepts=["막대그래프"], check=lambda: chk)


@family("4수04-01", "table-to-bar-missing")
def _table_missing(rng: random.Random) -> Problem:
    topic, items, cnt, scale, vals = _bar_data(rng)
    total = sum(vals)
    i = rng.randrange(len(items))
    shown = [str(v) if k != i else "□" for k, v in enumerate(vals)]
    tbl = f"| {topic} | {' | '.join(items)} | 합계 |\n| 학생 수({cnt}) | {' | '.join(shown)} | {total} |"
    q = rng.choice(["value", "cells"])
    if q == "value":
        text = f"표를 보고 □ 안에 알맞은 수를 구한 뒤, 가장 많은 학생이 고른 항목을 쓰시오.\n{tbl}"
        best = items[vals.index(max(vals))]
        ans = f"{vals[i]}, {best}"
    else:
        text = (f"{_ne(name(rng))} 반 학생들을 대상으로 {josa(topic, '을/를')} 조사한 표입니다. 세로 눈금 한 칸을 {scale}{cnt}{_pu(cnt, '으로/로')} 하여 막대그래프로 나타낼 때, "
                f"{items[i]} 막대는 몇 칸으로 그려야 합니까?\n{tbl}")
        ans = f"{vals[i] // scale}칸"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["막대그래프", "표"], check=lambda: total - sum(v for k, v in enumerate(vals) if k != i) == vals[i])


@family("4수04-01", "bar-graph-statement-mcq")
def _bar_mcq(rng: random.Random) -> Problem:
    topic, items, cnt, scale, vals = _bar_data(rng)
    while len(set(vals)) < len(vals) or len(items) < 4:
        topic, items, cnt, scale, vals = _bar_data(rng)
    bars = _bars(items, vals, scale)
    mx, mn = vals.index(max(vals)), vals.index(min(vals))
    i, j = rng.sample(range(len(items)), 2)
    a, b = (i, j) if vals[i] > vals[j] else (j, i)
    true = [f"{josa(items[mx], '을/를')} 고른 학생이 가장 많습니다.",
            f"{josa(items[a], '을/를')} 고른 학생은 {josa(items[b], '을/를')} 고른 학생보다 {vals[a] - vals[b]}{cnt} 더 많습니다.",
            f"조사한 학생은 모두 {sum(vals)}{cnt}입니다."]
    false = [f"{josa(items[mn], '을/를')} 고른 학생이 가장 많습니다.",
             f"{josa(items[b], '을/를')} 고른 학생은 {josa(items[a], '을/를')} 고른 학생보다 많습니다.",
             f"{josa(items[mx], '을/를')} 고른 학생은 {vals[mx] // scale}{cnt}입니다." if scale > 1 else f"{josa(items[mx], '을/를')} 고른 학생은 {vals[mx] + 1}{cnt}입니다.",
             f"조사한 학생은 모두 {sum(vals) + scale}{cnt}입니다.",
             f"{josa(items[mn], '을/를')} 고른 학생은 {vals[mn] + scale}{cnt}입니다.",
             f"{josa(items[a], '을/를')} 고른 학생은 {josa(items[b], '을/를')} 고른 학생보다 {vals[a] - vals[b] + scale}{cnt} 더 많습니다."]
    want_true = rng.random() < 0.6
    if want_true:
        ch = choices(rng, rng.choice(true), false)
        q = "막대그래프를 보고 알 수 있는 내용으로 옳은 것은 어느 것입니까?"
    else:
        ch = choices(rng, rng.choice(false), true + [f"가로 눈금 한 칸은 {scale}{cnt}{_pu(cnt, '을/를')} 나타냅니다."], n=4)
        q = "막대그래프에 대한 설명으로 옳지 않은 것을 고르시오."
    text = f"[{topic}] (가로 눈금 한 칸: {scale}{cnt})\n{bars}\n{q}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["막대그래프", "자료"], choice=ch,
                   check=lambda: (ch.options[ch.correct] in true) == want_true)


@family("4수04-01", "picture-vs-bar-explain")
def _explain_graph(rng: random.Random) -> Problem:
    topic, big, small, _bi, _si, vals = _pic_data(rng)
    _title, head, items, cnt, what = topic
    kind = rng.choice(["pic-good", "bar-vs-table", "icon-unit"])
    tbl = _tbl(head, items, f"{what}({cnt})", vals)
    if kind == "pic-good":
        text = f"다음 표를 그림그래프로 나타내면 표로 볼 때보다 어떤 점이 좋은지 설명하시오.\n{tbl}"
        ans = f"그림의 크기와 개수로 {head}별 {josa(what, '을/를')} 한눈에 비교할 수 있습니다."
    elif kind == "bar-vs-table":
        text = f"다음 표를 막대그래프로 나타내면 좋은 점을 표와 비교하여 쓰세요.\n{tbl}"
        ans = f"막대의 길이로 {head}별 크기를 한눈에 비교할 수 있어 가장 많은 곳과 가장 적은 곳을 쉽게 알 수 있습니다. 표는 정확한 수와 합계를 알기 쉽습니다."
    else:
        text = (f"다음 표를 그림그래프로 나타내려고 합니다. 그림 한 가지만 사용하여 {small}{cnt}씩 나타내는 것보다 "
                f"{big}{cnt}와 {small}{cnt}를 나타내는 그림 두 가지를 사용하는 것이 좋은 까닭을 설명하시오.\n{tbl}")
        ans = f"{small}{cnt}짜리 그림 하나만 쓰면 그려야 할 그림이 너무 많아지므로, 큰 단위 그림을 함께 쓰면 그림의 수가 줄어 간단하고 보기 쉽습니다."
    ans = ans.replace(f"{big}{cnt}와", josa(f"{big}{cnt}", "과/와"))
    text = text.replace(f"{big}{cnt}와", josa(f"{big}{cnt}", "과/와"))
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                   concepts=["그림그래프", "막대그래프", "표"], check=lambda: len(vals) == len(items))


@family("4수04-01", "survey-to-graph-task")
def _survey_task(rng: random.Random) -> Problem:
    topic, items, _cnt = rng.choice(_SURVEY)
    kind = rng.choice(["bar", "pic", "raw"])
    if kind == "raw":
        k = rng.randint(18, 28)
        items = items[:4]
        data = [rng.choice(items) for _ in range(k)]
        for it in items:
            if it not in data:
                data[rng.randrange(k)] = it
        counts = [data.count(it) for it in items]
        text = (f"{_ne(name(rng))} 반 학생들을 대상으로 {josa(topic, '을/를')} 조사한 자료입니다. 자료를 표로 정리하고, 세로 눈금 한 칸을 1명으로 하는 "
                f"막대그래프로 나타낼 때 가장 긴 막대는 몇 칸인지 구하시오.\n" + ", ".join(data))
        ans = "; ".join(f"{it} {c}명" for it, c in zip(items, counts, strict=True)) + f" / {max(counts)}칸"
        return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                       concepts=["막대그래프", "표", "자료"], check=lambda: sum(counts) == k)
    g = "막대그래프" if kind == "bar" else "그림그래프"
    text = rng.choice([
        f"우리 반 친구들의 {josa(topic, '을/를')} 직접 조사하여 표로 정리하고, {g}로 나타내어 보세요. 그래프를 보고 알 수 있는 사실을 두 가지 쓰세요.",
        f"모둠별로 '{topic}'을 주제로 설문 조사를 해 보세요. 조사한 결과를 {g}로 나타내고, 친구들에게 그래프를 설명해 보세요.",
    ])
    text = text.replace(f"'{topic}'을", f"'{topic}'{josa(topic, '을/를')[len(topic):]}")  # 을/를 after the quoted topic
    return Problem(text=text, answer=None, format="task", difficulty=3, achievement_level="A",
                   concepts=[g, "자료", "표"])


# -- 4수04-02 꺾은선그래프 ------------------------------------------------------------------
def _line_data(rng: random.Random, n: int | None = None) -> tuple[str, str, str, list[str], list[float], str, float]:
    """(title, x header, y header with unit, x labels, values, unit, cell size) of a realistic line graph."""
    n = n or rng.randint(5, 6)
    kind = rng.choice(["temp", "plant", "puppy", "pupils", "water"])
    if kind == "temp":
        start = rng.randint(6, 10)
        xs = [f"{h}시" if h <= 12 else f"{h - 12}시" for h in range(start, start + n)]
        xs = [f"오전 {x}" if i + start < 12 else f"오후 {x}" if i + start > 12 else "낮 12시" for i, x in enumerate(xs)]
        v = rng.randint(8, 18)
        vals = [float(v)]
        peak = rng.randint(2, n - 2)
        for i in range(1, n):
            vals.append(vals[-1] + (rng.choice([1, 2, 3, 4]) if i <= peak else -rng.choice([1, 2, 3])))
        return "하루 동안의 운동장 기온", "시각", "기온(℃)", xs, vals, "℃", 1.0
    if kind == "plant":
        xs = [f"{d}일" for d in range(1, 1 + 2 * n, 2)]
        vals = [float(rng.randint(2, 6))]
        for _ in range(1, n):
            vals.append(vals[-1] + rng.choice([0.5, 1, 1.5, 2, 2.5, 3]))
        return "강낭콩의 키", "날짜", "키(cm)", xs, vals, "cm", 0.5
    if kind == "puppy":
        xs = [f"{m}월" for m in range(3, 3 + n)]
        vals = [float(rng.randint(2, 5))]
        for _ in range(1, n):
            vals.append(vals[-1] + rng.choice([0, 0.5, 1, 1.5, 2]))
        return "강아지의 무게", "월", "무게(kg)", xs, vals, "kg", 0.5
    if kind == "pupils":
        y0 = rng.randint(2016, 2020)
        xs = [f"{y}년" for y in range(y0, y0 + n)]
        vals = [float(rng.randint(30, 60) * 10)]
        for _ in range(1, n):
            vals.append(vals[-1] - rng.choice([0, 10, 20, 30, 40]))
        return "우리 학교 학생 수", "연도", "학생 수(명)", xs, vals, "명", 10.0
    xs = [f"{m}분" for m in range(0, 10 * n, 10)]
    vals = [float(rng.randint(10, 20) * 2)]
    for _ in range(1, n):
        vals.append(vals[-1] + rng.choice([4, 6, 8, 10]))
    return "물을 데울 때 물의 온도", "시간", "온도(℃)", xs, vals, "℃", 2.0


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def _line_block(rng: random.Random, title: str, xh: str, yh: str, xs: list[str], vals: list[float]) -> str:
    style = rng.choice(["table", "points"])
    if style == "table":
        return f"[{title}] 꺾은선그래프를 표로 옮긴 것\n| {xh} | {' | '.join(xs)} |\n| {yh} | {' | '.join(_num(v) for v in vals)} |"
    unit = yh[yh.index("(") + 1:-1]
    sp = "" if unit in ("℃", "명") else " "
    pts = ", ".join(f"{x} {_num(v)}{sp}{unit}" for x, v in zip(xs, vals, strict=True))
    return f"[{title}] 꺾은선그래프의 점이 나타내는 값: {pts}"


def _u(v: float, unit: str) -> str:
    return f"{_num(v)}{'' if unit == '명' else ' '}{unit}"


def _cop(unit: str) -> str:
    """'이' when the unit as read ends in a consonant (킬로그램이고), else ''."""
    return "이" if _pu(unit, "이/가") == "이" else ""


def _noun(yh: str) -> str:
    return yh[:yh.index("(")]


def _verb(yh: str, up: bool) -> str:
    n = _noun(yh)
    if n in ("기온", "온도"):
        return "오른" if up else "내려간"
    if n == "키":
        return "자란"
    return "늘어난" if up else "줄어든"


_PAST = {"오른": "올랐습니까", "내려간": "내려갔습니까", "자란": "자랐습니까", "늘어난": "늘어났습니까", "줄어든": "줄었습니까"}


@family("4수04-02", "line-graph-biggest-change")
def _biggest_change(rng: random.Random) -> Problem:
    while True:
        title, xh, yh, xs, vals, unit, _ = _line_data(rng)
        diffs = [vals[i + 1] - vals[i] for i in range(len(vals) - 1)]
        up = rng.random() < 0.6
        cand = [d for d in diffs if (d > 0 if up else d < 0)]
        if cand:
            best = max(cand) if up else min(cand)
            if diffs.count(best) == 1:
                break
    i = diffs.index(best)
    block = _line_block(rng, title, xh, yh, xs, vals)
    noun, word = _noun(yh), _verb(yh, up)
    with_amount = rng.random() < 0.5
    text = rng.choice([
        f"{block}\n{josa(noun, '이/가')} 가장 많이 {word} 때는 언제와 언제 사이입니까?",
        f"{block}\n위 자료를 꺾은선그래프로 나타냈을 때 선이 가장 많이 기울어진 곳은 어디입니까? {josa(noun, '이/가')} 가장 많이 {word} 때를 쓰시오.",
    ])
    ans = f"{josa(xs[i], '과/와')} {xs[i + 1]} 사이"
    if with_amount:
        text += f" 또 그때 {josa(noun, '은/는')} 몇 {unit} {_PAST[word]}?"
        ans += f", {_u(abs(best), unit)}"
    return Problem(text=text, answer=ans, format="data", difficulty=3 if not with_amount else 4,
                   achievement_level="B" if not with_amount else "A", concepts=["꺾은선그래프", "자료"],
                   check=lambda: abs(vals[i + 1] - vals[i]) == abs(best) and (vals[i + 1] > vals[i]) == up)


@family("4수04-02", "line-graph-middle-estimate")
def _middle(rng: random.Random) -> Problem:
    ok: list[int] = []
    while not ok:
        title, xh, yh, xs, vals, unit, _ = _line_data(rng)
        ok = [i for i in range(len(vals) - 1) if ((vals[i] + vals[i + 1]) / 2 * 10).is_integer()]
    i = rng.choice(ok)
    mid = (vals[i] + vals[i + 1]) / 2
    block = _line_block(rng, title, xh, yh, xs, vals)
    noun = _noun(yh)
    if xh == "시각":
        when = xs[i].replace("시", "시 30분")
    elif xh == "시간":
        when = f"{int(xs[i][:-1]) + 5}분"
    elif xh == "날짜":
        when = f"{int(xs[i][:-1]) + 1}일"
    elif xh == "월":
        when = f"{xs[i]} 15일"
    else:
        when = f"{josa(xs[i], '과/와')} {xs[i + 1]} 사이"
    text = rng.choice([
        f"{block}\n{when}의 {josa(noun, '은/는')} 약 몇 {unit}였을지 꺾은선그래프를 이용하여 예상해 보시오.",
        f"{block}\n위 꺾은선그래프에서 {when}에 {josa(noun, '은/는')} 얼마였을까요? 두 점의 가운데 값으로 어림하여 구하세요.",
    ])
    text = text.replace(f"{unit}였을지", f"{unit}{_cop(unit)}었을지" if _cop(unit) == "이" else f"{unit}였을지")
    return Problem(text=text, answer=f"약 {_u(mid, unit)}", format="data", difficulty=3, achievement_level="B",
                   concepts=["꺾은선그래프"], check=lambda: vals[i] <= mid <= vals[i + 1] or vals[i + 1] <= mid <= vals[i])


@family("4수04-02", "line-graph-read-cells")
def _read_cells(rng: random.Random) -> Problem:
    title, _xh, yh, xs, vals, unit, cell = _line_data(rng)
    lo = min(vals)
    wavy = lo > 5 * cell and rng.random() < 0.6
    base = (lo // (5 * cell)) * (5 * cell) if wavy else 0.0
    i = rng.randrange(len(vals))
    k = round((vals[i] - base) / cell)
    noun = _noun(yh)
    B, C, V = _u(base, unit), _u(cell, unit), _u(vals[i], unit)
    where = f"물결선 위의 첫 눈금이 {B}이고" if wavy else "세로 눈금은 0부터 시작하고"
    if rng.random() < 0.5:
        text = (f"{josa(title, '을/를')} 나타낸 꺾은선그래프에서 {where}, 세로 눈금 한 칸은 {C}입니다. "
                f"{xs[i]}의 점이 {B + '에서 ' if wavy else '0에서 '}위로 {k}칸 올라간 곳에 찍혀 있을 때, "
                f"{xs[i]}의 {josa(noun, '은/는')} 몇 {unit}입니까?")
        ans = V
    else:
        text = (f"{josa(title, '을/를')} 꺾은선그래프로 나타내려고 합니다. {where}, 세로 눈금 한 칸을 {C}{_pu(unit, '으로/로')} 할 때, "
                f"{xs[i]}의 {noun} {V}{_pu(unit, '은/는')} 몇 칸 높이에 점을 찍어야 합니까?")
        ans = f"{k}칸"
    return Problem(text=text, answer=ans, format="fill", difficulty=3 if wavy else 2, achievement_level="B" if wavy else "C",
                   concepts=["꺾은선그래프"], check=lambda: base + k * cell == vals[i])


@family("4수04-02", "line-graph-trend")
def _trend(rng: random.Random) -> Problem:
    while True:
        title, xh, yh, xs, vals, _unit, _ = _line_data(rng)
        same = [i for i in range(len(vals) - 1) if vals[i + 1] == vals[i]]
        down = [i for i in range(len(vals) - 1) if vals[i + 1] < vals[i]]
        if same or down:
            break
    block = _line_block(rng, title, xh, yh, xs, vals)
    noun = _noun(yh)
    if same and (not down or rng.random() < 0.5):
        text = rng.choice([f"{block}\n{josa(noun, '이/가')} 변하지 않은 때는 언제와 언제 사이입니까?",
                           f"{block}\n꺾은선그래프에서 선분이 가로로 평평하게 그려지는 곳은 언제와 언제 사이입니까?"])
        ans = "; ".join(f"{josa(xs[j], '과/와')} {xs[j + 1]} 사이" for j in same)
        chk = all(vals[j] == vals[j + 1] for j in same)
    else:
        text = rng.choice([f"{block}\n{josa(noun, '이/가')} {'내려간' if noun in ('기온', '온도') else '줄어든'} 때를 모두 쓰시오.",
                           f"{block}\n선이 오른쪽 아래로 내려가는 부분은 어디입니까? 모두 찾아 쓰세요."])
        ans = "; ".join(f"{josa(xs[j], '과/와')} {xs[j + 1]} 사이" for j in down)
        chk = all(vals[j] > vals[j + 1] for j in down)
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["꺾은선그래프"], check=lambda: chk)


@family("4수04-02", "line-graph-predict")
def _predict(rng: random.Random) -> Problem:
    kind = rng.choice(["candle", "water", "plant"])
    n = rng.randint(4, 5)
    if kind == "candle":
        start, step = rng.randint(18, 25), rng.choice([1, 2])
        vals = [start - step * i for i in range(n)]
        xs = [f"{10 * i}분" for i in range(n)]
        title, yh, unit, what = "타는 양초의 길이", "길이(cm)", "cm", "양초의 길이"
    elif kind == "water":
        start, step = rng.randint(2, 6) * 10, rng.choice([5, 10, 15])
        vals = [start + step * i for i in range(n)]
        xs = [f"{i}분" for i in range(n)]
        title, yh, unit, what = "물통에 받은 물의 양", "물의 양(L)", "L", "받은 물의 양"
    else:
        start, step = rng.randint(3, 8), rng.choice([2, 3, 4])
        vals = [start + step * i for i in range(n)]
        xs = [f"{w}주" for w in range(1, n + 1)]
        title, yh, unit, what = "옥수수의 키", "키(cm)", "cm", "옥수수의 키"
    nxt = vals[-1] + (vals[1] - vals[0])
    if kind == "candle":
        nx = f"{10 * n}분"
    elif kind == "water":
        nx = f"{n}분"
    else:
        nx = f"{n + 1}주"
    tbl = f"| {'시간' if kind != 'plant' else '주'} | {' | '.join(xs)} |\n| {yh} | {' | '.join(map(str, vals))} |"
    text = rng.choice([
        f"{josa(title, '을/를')} 조사하여 꺾은선그래프로 나타내려고 정리한 표입니다. 같은 규칙으로 변한다면 {nx}에 {josa(what, '은/는')} 몇 {unit}일지 예상해 보시오.\n{tbl}",
        f"[{title}]\n{tbl}\n꺾은선그래프의 변화가 일정하게 이어진다고 할 때, {nx}의 {josa(what, '을/를')} 예상하여 쓰세요.",
    ])
    return Problem(text=text, answer=f"{nxt} {unit}", format="data", difficulty=3, achievement_level="B",
                   concepts=["꺾은선그래프", "표"], check=lambda: all(vals[i + 1] - vals[i] == vals[1] - vals[0] for i in range(n - 1)))


@family("4수04-02", "line-graph-statement-mcq")
def _line_mcq(rng: random.Random) -> Problem:
    while True:
        title, xh, yh, xs, vals, unit, _ = _line_data(rng, n=5)
        if len(set(vals)) == 5:
            break
    block = _line_block(rng, title, xh, yh, xs, vals)
    noun = _noun(yh)
    mx, mn = vals.index(max(vals)), vals.index(min(vals))
    i = rng.randrange(4)
    d = vals[i + 1] - vals[i]
    most = {"기온": "높습니다", "온도": "높습니다", "무게": "무겁습니다", "학생 수": "많습니다"}.get(noun, "큽니다")
    true = [f"{xs[mx]}에 {josa(noun, '이/가')} 가장 {most}.",
            f"{xs[i]}부터 {xs[i + 1]}까지 {noun}의 변화는 {_u(abs(d), unit)}입니다.",
            f"{xs[0]}의 {josa(noun, '은/는')} {_u(vals[0], unit)}입니다."]
    false = [f"{xs[mn]}에 {josa(noun, '이/가')} 가장 {most}.",
             f"{xs[i]}부터 {xs[i + 1]}까지 {noun}의 변화는 {_u(abs(d) + _line_step(unit), unit)}입니다.",
             f"{xs[0]}의 {josa(noun, '은/는')} {_u(vals[0] + _line_step(unit), unit)}입니다.",
             f"{xs[-1]}의 {josa(noun, '은/는')} {_u(vals[-1] + 2 * _line_step(unit), unit)}입니다.",
             f"{xs[mx]}의 {josa(noun, '은/는')} {_u(vals[mx] - _line_step(unit), unit)}입니다."]
    want_true = rng.random() < 0.5
    if want_true:
        ch = choices(rng, rng.choice(true), false)
        q = "꺾은선그래프를 보고 알 수 있는 내용으로 옳은 것은 어느 것입니까?"
    else:
        ch = choices(rng, rng.choice(false), true, n=4)
        q = "꺾은선그래프에 대한 설명으로 옳지 않은 것을 고르시오."
    text = f"{block}\n{q}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["꺾은선그래프"], choice=ch, check=lambda: (ch.options[ch.correct] in true) == want_true)


def _line_step(unit: str) -> float:
    return {"명": 10.0, "℃": 1.0, "cm": 1.0, "kg": 0.5}.get(unit, 1.0)


@family("4수04-02", "two-line-compare")
def _two_lines(rng: random.Random) -> Problem:
    n = 5
    a, b = rng.sample(["가", "나", "다"], 2)
    thing = rng.choice(["식물", "화분의 해바라기", "콩나물"])
    va = [float(rng.randint(2, 6))]
    vb = [float(rng.randint(2, 6))]
    for _ in range(1, n):
        va.append(va[-1] + rng.choice([1, 2, 3]))
        vb.append(vb[-1] + rng.choice([1, 2, 3, 4]))
    xs = [f"{d}일" for d in range(1, 2 * n, 2)]
    gaps = [abs(x - y) for x, y in zip(va, vb, strict=True)]
    tbl = (f"| 날짜 | {' | '.join(xs)} |\n| {a} {thing}의 키(cm) | {' | '.join(_num(v) for v in va)} |\n"
           f"| {b} {thing}의 키(cm) | {' | '.join(_num(v) for v in vb)} |")
    q = rng.choice(["gap", "grow"])
    if q == "gap" and gaps.count(max(gaps)) == 1:
        k = gaps.index(max(gaps))
        text = f"두 {thing}의 키를 관찰하여 꺾은선그래프 두 개로 나타내려고 정리한 표입니다. 두 {thing}의 키의 차가 가장 큰 날은 언제이고, 그 차는 몇 cm입니까?\n{tbl}"
        ans = f"{xs[k]}, {_num(max(gaps))} cm"
        chk = gaps[k] == max(gaps)
    else:
        ga, gb = va[-1] - va[0], vb[-1] - vb[0]
        if ga == gb:
            vb[-1] += 1
            gb += 1
            tbl = (f"| 날짜 | {' | '.join(xs)} |\n| {a} {thing}의 키(cm) | {' | '.join(_num(v) for v in va)} |\n"
                   f"| {b} {thing}의 키(cm) | {' | '.join(_num(v) for v in vb)} |")
        win = a if ga > gb else b
        text = f"{tbl}\n{xs[0]}부터 {xs[-1]}까지 더 많이 자란 {josa(thing, '은/는')} 어느 것이고, 몇 cm 더 많이 자랐습니까?"
        ans = f"{win}, {_num(abs(ga - gb))} cm"
        chk = (ga > gb) == (win == a)
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="A",
                   concepts=["꺾은선그래프", "표"], check=lambda: chk)


@family("4수04-02", "wavy-line-explain")
def _wavy(rng: random.Random) -> Problem:
    title, xh, yh, xs, vals, unit, cell = _line_data(rng)
    lo = min(vals)
    cut = (lo // (5 * cell)) * (5 * cell)
    tbl = f"| {xh} | {' | '.join(xs)} |\n| {yh} | {' | '.join(_num(v) for v in vals)} |"
    kind = rng.choice(["why", "where"]) if cut > 0 else "why"
    if kind == "why" or cut == 0:
        text = rng.choice([
            f"다음 표를 꺾은선그래프로 나타낼 때 물결선을 사용하면 좋은 점을 설명하시오.\n{tbl}",
            f"{josa(title, '을/를')} 꺾은선그래프로 나타낼 때 세로 눈금의 일부를 물결선으로 줄여서 나타내면 무엇이 좋은지 쓰세요.\n{tbl}",
        ])
        ans = "필요 없는 아랫부분을 줄이고 눈금 한 칸의 크기를 작게 할 수 있어서, 자료의 변화하는 모습을 더 뚜렷하게 알 수 있습니다."
        d = 3
    else:
        text = (f"다음 표를 꺾은선그래프로 나타내려고 합니다. 물결선을 넣어 세로 눈금의 아랫부분을 생략할 때, 0부터 몇 {unit}까지를 생략하면 "
                f"좋을지 쓰고 그 까닭을 설명하시오. (세로 눈금은 {_u(5 * cell, unit)}마다 굵은 선이 있습니다.)\n{tbl}")
        ans = f"0부터 {_u(cut, unit)}까지. 가장 작은 값이 {_u(lo, unit)}이므로 그보다 작은 부분에는 점이 찍히지 않기 때문입니다."
        d = 4
    return Problem(text=text, answer=ans, format="proof", difficulty=d, achievement_level="A",
                   concepts=["꺾은선그래프"], check=lambda: cut <= lo)


# -- 4수04-03 탐구 문제 해결: 수집, 정리, 알맞은 그래프 선택, 해석 ---------------------------
_LINE_SITS = ["1월부터 6월까지 내 몸무게의 변화", "하루 동안 교실 온도의 변화", "10일 동안 자란 강낭콩의 키",
              "연도별 우리 마을 인구의 변화", "한 시간 동안 10분마다 잰 물의 온도", "월별 우리 집 전기 사용량의 변화",
              "일주일 동안 매일 같은 시각에 잰 미세 먼지 농도의 변화"]
_BAR_SITS = ["우리 반 학생들이 좋아하는 과일", "반별 안경을 쓴 학생 수", "마을별 나무 수", "나라별 금메달 수",
             "모둠별 모은 빈 병의 수", "학년별 도서관 이용 학생 수", "종류별 재활용품의 개수"]


@family("4수04-03", "choose-graph-type")
def _choose(rng: random.Random) -> Problem:
    kind = rng.choice(["mcq-line", "mcq-bar", "word"])
    if kind == "word":
        line = rng.random() < 0.5
        sit = rng.choice(_LINE_SITS if line else _BAR_SITS)
        text = rng.choice([
            f"'{sit}'{_p_quote(sit, '을/를')} 조사하여 그래프로 나타내려고 합니다. 막대그래프와 꺾은선그래프 중 어느 것이 더 알맞은지 쓰고, 그 까닭을 설명하시오.",
            f"{josa(name(rng), '은/는')} {josa(sit, '을/를')} 알아보려고 합니다. 어떤 그래프로 나타내는 것이 좋을지 고르고 까닭을 쓰세요. (막대그래프, 꺾은선그래프)",
        ])
        ans = ("꺾은선그래프. 시간에 따라 변하는 모습을 알아보기 쉽기 때문입니다." if line
               else "막대그래프. 항목별 크기를 한눈에 비교하기 쉽기 때문입니다.")
        return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                       concepts=["막대그래프", "꺾은선그래프", "자료"], check=lambda: (sit in _LINE_SITS) == line)
    line = kind == "mcq-line"
    correct = rng.choice(_LINE_SITS if line else _BAR_SITS)
    ch = choices(rng, correct, rng.sample(_BAR_SITS if line else _LINE_SITS, 4))
    g = "꺾은선그래프" if line else "막대그래프"
    text = rng.choice([f"{g}로 나타내기에 가장 알맞은 것은 어느 것입니까?\n{ch.block}",
                       f"다음 중 {g}로 나타내면 가장 좋은 자료를 고르시오.\n{ch.block}"])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["막대그래프", "꺾은선그래프"], choice=ch,
                   check=lambda: (ch.options[ch.correct] in _LINE_SITS) == line)


def _p_quote(word: str, pair: str) -> str:
    return josa(word, pair)[len(word):]


@family("4수04-03", "raw-data-decision")
def _decision(rng: random.Random) -> Problem:
    topic, items, _ = rng.choice(_SURVEY)
    items = items[:4]
    while True:
        k = rng.randint(20, 30)
        data = [rng.choice(items) for _ in range(k)]
        counts = [data.count(it) for it in items]
        if counts.count(max(counts)) == 1 and min(counts) > 0:
            break
    best = items[counts.index(max(counts))]
    text = rng.choice([
        f"학급 행사를 계획하려고 반 학생 {k}명에게 {josa(topic, '을/를')} 하나씩 물어 모은 자료입니다. 자료를 표로 정리하고, 가장 많은 학생이 고른 것으로 정한다면 무엇으로 정해야 하는지 쓰시오.\n" + ", ".join(data),
        f"반 친구들에게 {josa(topic, '을/를')} 물어 조사한 결과입니다.\n" + ", ".join(data) + "\n조사한 결과를 표로 나타내고, 막대그래프로 나타낼 때 가장 긴 막대가 되는 항목을 쓰세요.",
    ])
    ans = "; ".join(f"{it} {c}명" for it, c in zip(items, counts, strict=True)) + f" / {best}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["자료", "표", "막대그래프"], check=lambda: sum(counts) == k and data.count(best) == max(counts))


_STEPS = ["탐구 문제 정하기", "자료를 수집할 방법 정하기", "자료 수집하기", "자료를 표로 정리하기", "그래프로 나타내기", "그래프를 해석하여 결론 내리기"]


@family("4수04-03", "inquiry-steps-order")
def _steps(rng: random.Random) -> Problem:
    labels = "가나다라마바"
    shuffled = _STEPS[:]
    while shuffled == _STEPS:
        rng.shuffle(shuffled)
    listing = "\n".join(f"({labels[i]}) {s}" for i, s in enumerate(shuffled))
    order = [labels[shuffled.index(s)] for s in _STEPS]
    topic = rng.choice(["우리 반 학생들이 하루에 마시는 물의 양", "우리 학교 학생들이 가장 좋아하는 운동", "한 달 동안 우리 동네의 기온 변화",
                        "우리 반의 일주일 동안 버린 쓰레기 양", "우리 반 학생들의 등교 방법"])
    text = rng.choice([
        f"'{topic}'에 대해 탐구하려고 합니다. 탐구하는 순서에 맞게 기호를 차례로 쓰시오.\n{listing}",
        f"{josa(name(rng), '은/는')} '{topic}'{_p_quote(topic, '을/를')} 조사하려고 합니다. 다음 활동을 알맞은 순서대로 늘어놓으세요.\n{listing}",
    ])
    return Problem(text=text, answer=", ".join(order), format="fill", difficulty=2, achievement_level="C",
                   concepts=["자료", "표"], check=lambda: [shuffled[labels.index(x)] for x in order] == _STEPS)


@family("4수04-03", "measurement-inquiry")
def _measure(rng: random.Random) -> Problem:
    title, _xh, yh, xs, vals, unit, _ = _line_data(rng)
    noun = _noun(yh)
    diffs = [vals[i + 1] - vals[i] for i in range(len(vals) - 1)]
    inc = all(d >= 0 for d in diffs)
    dec = all(d <= 0 for d in diffs)
    trend = "계속 늘어나는" if inc and noun not in ("기온", "온도") else "계속 오르는" if inc else "계속 줄어드는" if dec else "늘어나다가 줄어드는"
    if not inc and not dec and noun in ("기온", "온도"):
        trend = "오르다가 내려가는"
    raw = ", ".join(f"{x}: {_u(v, unit)}" for x, v in zip(xs, vals, strict=True))
    text = rng.choice([
        f"'{title}'{_p_quote(title, '이/가')} 어떻게 변하는지 알아보려고 자료를 모아 기록했습니다.\n{raw}\n이 자료를 나타내기에 알맞은 그래프를 쓰고, 그래프에서 알 수 있는 변화의 모습을 쓰시오.",
        f"탐구 주제: {title}의 변화\n기록: {raw}\n기록한 자료를 표로 정리하여 그래프로 나타내려고 합니다. 막대그래프와 꺾은선그래프 중 어느 것이 알맞은지 쓰고, {josa(noun, '이/가')} 어떻게 변했는지 설명하세요.",
    ])
    ans = f"꺾은선그래프. {josa(noun, '이/가')} {trend} 모습입니다."
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="A",
                   concepts=["꺾은선그래프", "자료", "표"], check=lambda: inc or dec or any(d != 0 for d in diffs))


@family("4수04-03", "combine-two-tables")
def _combine(rng: random.Random) -> Problem:
    topic, items, _cnt = rng.choice(_SURVEY)
    items = items[:4]
    while True:
        c1 = [rng.randint(1, 9) for _ in items]
        c2 = [rng.randint(1, 9) for _ in items]
        tot = [a + b for a, b in zip(c1, c2, strict=True)]
        if tot.count(max(tot)) == 1:
            break
    best = items[tot.index(max(tot))]
    tbl = (f"| {topic} | {' | '.join(items)} |\n| 1반(명) | {' | '.join(map(str, c1))} |\n| 2반(명) | {' | '.join(map(str, c2))} |")
    q = rng.choice(["best", "cells"])
    if q == "best":
        text = f"4학년 1반과 2반 학생들을 대상으로 {josa(topic, '을/를')} 조사한 표입니다. 두 반을 합하여 막대그래프로 나타낼 때, 막대가 가장 긴 항목과 그 학생 수를 쓰시오.\n{tbl}"
        ans = f"{best}, {max(tot)}명"
    else:
        i = rng.randrange(4)
        text = (f"두 반의 조사 결과를 합하여 세로 눈금 한 칸이 1명인 막대그래프로 나타내려고 합니다. {items[i]} 막대는 몇 칸으로 그려야 하고, "
                f"세로 눈금은 적어도 몇 칸이 있어야 합니까?\n{tbl}")
        ans = f"{tot[i]}칸, {max(tot)}칸"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["막대그래프", "표", "자료"], check=lambda: max(tot) == max(a + b for a, b in zip(c1, c2, strict=True)))


@family("4수04-03", "misleading-graph")
def _misleading(rng: random.Random) -> Problem:
    topic, items, _cnt = rng.choice(_SURVEY)
    a, b = rng.sample(items, 2)
    va = rng.randint(20, 30)
    vb = va + rng.randint(1, 3)
    start = va - rng.randint(1, 3)
    who = name(rng)
    kind = rng.choice(["cut", "scale"])
    if kind == "cut":
        text = (f"{josa(who, '은/는')} {topic} 조사 결과를 막대그래프로 나타내면서 세로 눈금을 0이 아닌 {start}명부터 시작했습니다. "
                f"그래프에서 {b} 막대가 {a} 막대보다 몇 배나 길어 보여서 {josa(who, '은/는')} \"{josa(b, '이/가')} {a}보다 훨씬 인기가 많다.\"라고 말했습니다. "
                f"{a}는 {va}명, {b}는 {vb}명일 때, {who}의 말이 알맞은지 판단하고 그 까닭을 쓰시오.")
        text = text.replace(f"{a}는 {va}명", f"{josa(a, '은/는')} {va}명").replace(f", {b}는 {vb}명", f", {josa(b, '은/는')} {vb}명")
        ans = (f"알맞지 않습니다. 실제 차이는 {vb - va}명뿐인데 세로 눈금을 {start}명부터 시작하여 막대의 길이 차이가 크게 보이기 때문입니다.")
    else:
        text = (f"두 반의 {topic} 조사 결과를 각각 막대그래프로 나타냈는데, 1반 그래프는 세로 눈금 한 칸이 1명, 2반 그래프는 한 칸이 2명입니다. "
                f"두 그래프의 {a} 막대가 모두 {va // 2}칸일 때, 두 반에서 {josa(a, '을/를')} 고른 학생 수가 같다고 말할 수 있는지 설명하시오.")
        ans = f"같다고 말할 수 없습니다. 눈금 한 칸의 크기가 달라서 1반은 {va // 2}명, 2반은 {va // 2 * 2}명이기 때문입니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A",
                   concepts=["막대그래프", "자료"], check=lambda: vb > va > start)


_METHODS = {
    "설문 조사": ["우리 반 학생들이 가장 좋아하는 간식", "친구들이 주말에 가장 많이 하는 활동", "우리 반 학생들이 배우고 싶은 악기"],
    "직접 재어 기록하기": ["하루 동안 교실 온도의 변화", "2주 동안 자라는 콩나물의 키", "한 달 동안 내 줄넘기 기록의 변화"],
    "공공 자료 찾아보기": ["지난 10년 동안 우리 시의 인구 변화", "최근 5년 동안 우리나라의 연평균 기온", "시도별 공원의 수"],
}


@family("4수04-03", "collect-method-mcq")
def _method(rng: random.Random) -> Problem:
    method = rng.choice(list(_METHODS))
    topic = rng.choice(_METHODS[method])
    opts = list(_METHODS)
    extra = ["어림하여 짐작하기", "친구 한 명에게만 물어보기"]
    ch = choices(rng, method, [o for o in opts if o != method] + extra, n=4)
    text = rng.choice([
        f"'{topic}'{_p_quote(topic, '을/를')} 알아보려고 합니다. 자료를 모으는 방법으로 가장 알맞은 것은 어느 것입니까?\n{ch.block}",
        f"탐구 주제: {topic}\n이 주제의 자료를 수집하는 방법으로 가장 알맞은 것을 고르시오.\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["자료"], choice=ch, check=lambda: topic in _METHODS[ch.options[ch.correct]])


def _tally(n: int) -> str:
    return "正" * (n // 5) + ["", "一", "丅", "下", "止"][n % 5]


@family("4수04-03", "tally-to-graph")
def _tally_fam(rng: random.Random) -> Problem:
    topic, items, _ = rng.choice(_SURVEY)
    items = items[:rng.choice([4, 5]) if len(items) >= 5 else 4]
    counts = rng.sample(range(3, 24), len(items))
    rows = "\n".join(f"{it} | {_tally(c)}" for it, c in zip(items, counts, strict=True))
    q = rng.choice(["table", "scale", "range"])
    intro = f"{josa(topic, '을/를')} 조사하면서 바를 정(正) 자로 표시한 것입니다.\n{rows}\n"
    if q == "table":
        text = intro + "표시한 결과를 표로 정리하여 각 항목의 학생 수와 합계를 쓰시오."
        ans = "; ".join(f"{it} {c}명" for it, c in zip(items, counts, strict=True)) + f"; 합계 {sum(counts)}명"
        d, lvl = 2, "C"
    elif q == "scale":
        cells = rng.choice([10, 12])
        need = -(-max(counts) // cells)
        best = min(o for o in (1, 2, 5, 10) if o >= need)
        text = intro + f"세로 눈금이 {cells}칸인 막대그래프에 모든 자료를 나타내려면 눈금 한 칸을 1명, 2명, 5명 중 몇 명으로 하는 것이 가장 알맞은지 쓰시오. (막대가 최대한 길게 그려지도록 합니다.)"
        ans = f"{best}명"
        d, lvl = 4, "A"
    else:
        mx, mn = max(counts), min(counts)
        text = intro + "가장 많이 고른 항목과 가장 적게 고른 항목의 학생 수의 차를 구하세요."
        ans = f"{mx - mn}명"
        d, lvl = 3, "B"
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=lvl,
                   concepts=["표", "막대그래프", "자료"],
                   check=lambda: all(5 * _tally(c).count("正") + ["", "一", "丅", "下", "止"].index(_tally(c)[-1] if c % 5 else "") == c for c in counts))
