"""Grades 3–4, 변화와 관계 (4수02-01 … 4수02-03): rules of change in number and shape
arrangements, patterns in arrays of calculations, and the equals sign for equal quantities.

Uses the private particle helpers of ``g4su01``.
"""

from __future__ import annotations

import random

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.generators.g4su01 import _p
from mathtag.corpus.korean import josa, name
from mathtag.corpus.mcq import choices

_ORD = ["첫째", "둘째", "셋째", "넷째", "다섯째", "여섯째", "일곱째", "여덟째", "아홉째", "열째", "열한째", "열두째"]


def _seq_text(vals: list[object], sep: str = ", ") -> str:
    return sep.join(str(v) for v in vals)


def _fmt(n: int) -> str:
    return f"{n:,}" if n >= 10000 else str(n)


# -- 4수02-01 변화 규칙을 찾아 수나 식으로 나타내기 -------------------------------------------
@family("4수02-01", "arithmetic-sequence-blanks")
def _arith(rng: random.Random) -> Problem:
    step = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 25, 50, 100, 101, 110, 1000, 1100])
    up = rng.random() < 0.65
    n = rng.randint(6, 8)
    start = rng.randint(1, 60) if step < 50 else rng.randint(100, 5000)
    if not up:
        start += step * (n - 1)
    vals = [start + (step if up else -step) * i for i in range(n)]
    holes = sorted(rng.sample(range(2, n), 2)) if rng.random() < 0.7 else [n - 1]
    shown = ["□" if i in holes else _fmt(v) for i, v in enumerate(vals)]
    sep = rng.choice([", ", " - ", "  "])
    text = rng.choice([
        f"규칙을 찾아 □ 안에 알맞은 수를 써넣으세요.\n{sep.join(shown)}",
        f"수의 배열에서 규칙을 찾아 빈칸에 알맞은 수를 쓰시오.\n{sep.join(shown)}",
        f"다음 수들은 일정한 규칙으로 늘어놓은 것입니다. □에 들어갈 수를 구하세요.\n{sep.join(shown)}",
    ])
    ans = ", ".join(_fmt(vals[i]) for i in holes)
    diff = 1 if step <= 10 else 2
    return Problem(text=text, answer=ans, format="fill", difficulty=diff, achievement_level="C",
                   concepts=["규칙", "배열"],
                   check=lambda: all(vals[i + 1] - vals[i] == vals[1] - vals[0] for i in range(n - 1)))


@family("4수02-01", "multiplicative-sequence")
def _geom(rng: random.Random) -> Problem:
    r = rng.choice([2, 2, 3, 4, 5, 10])
    n = rng.randint(4, 6) if r <= 3 else 4
    start = rng.choice([1, 2, 3, 4, 5, 6, 7, 8]) if r < 10 else rng.randint(1, 9)
    vals = [start * r**i for i in range(n)]
    down = rng.random() < 0.35
    if down:
        vals = vals[::-1]
    k = rng.choice(["next", "rule"])
    shown = ", ".join(_fmt(v) for v in vals[:-1])
    if k == "next":
        text = rng.choice([
            f"규칙에 따라 수를 늘어놓았습니다. 다음에 올 수를 구하시오.\n{shown}, □",
            f"{shown}, □\n위 수의 배열에서 □ 안에 알맞은 수는 얼마입니까?",
        ])
        ans = _fmt(vals[-1])
        diff, lvl = 2, "C"
    else:
        text = rng.choice([
            f"다음 수의 배열에서 규칙을 찾아 쓰고, 다음에 올 수를 구하시오.\n{shown}, …",
            f"{shown}, …\n수가 어떻게 변하는지 규칙을 말로 설명하고, 다음 수를 쓰세요.",
        ])
        rule = f"앞의 수를 {r}{_p(str(r), '으로/로')} 나눈 수가 다음 수입니다" if down else f"앞의 수에 {josa(str(r), '을/를')} 곱한 수가 다음 수입니다"
        ans = f"{rule}. 다음 수: {_fmt(vals[-1])}"
        diff, lvl = 3, "B"
    return Problem(text=text, answer=ans, format="fill" if k == "next" else "proof", difficulty=diff,
                   achievement_level=lvl, concepts=["규칙", "배열"],
                   check=lambda: all((vals[i] * r == vals[i + 1]) if not down else (vals[i + 1] * r == vals[i]) for i in range(n - 1)))


@family("4수02-01", "number-array-table")
def _array_table(rng: random.Random) -> Problem:
    row_step = rng.choice([10, 100, 1000, 1100, 200, 5])
    col_step = rng.choice([s for s in (1, 10, 100, 2, 11, 20) if s != row_step])
    rows, cols = rng.choice([(4, 5), (5, 5), (4, 6), (3, 5)])
    base = rng.randint(1, 9) * rng.choice([1000, 100, 10000]) + rng.randint(0, 9)
    grid = [[base + r * row_step + c * col_step for c in range(cols)] for r in range(rows)]
    cells = [(r, c) for r in range(rows) for c in range(cols)]
    star = rng.choice([rc for rc in cells if rc != (0, 0) and rc[0] > 0 and rc[1] > 0])
    blanks = set(rng.sample([rc for rc in cells if rc != star and rc[1] != 0 and rc[0] != 0], k=min(3, (rows - 1) * (cols - 1) - 1)))
    lines = []
    for r in range(rows):
        row = []
        for c in range(cols):
            row.append("★" if (r, c) == star else "  " if (r, c) in blanks else str(grid[r][c]))
        lines.append("| " + " | ".join(row) + " |")
    tbl = "\n".join(lines)
    v = grid[star[0]][star[1]]
    ask = rng.choice(["star", "rule"])
    if ask == "star":
        text = rng.choice([
            f"수 배열표의 일부입니다. 규칙을 찾아 ★에 알맞은 수를 구하시오.\n{tbl}",
            f"다음 수 배열표에서 ★에 들어갈 수는 얼마입니까?\n{tbl}",
        ])
        ans = str(v)
        diff, lvl = 3, "B"
    else:
        text = (f"수 배열표의 일부입니다. 오른쪽으로 한 칸 갈 때와 아래쪽으로 한 칸 갈 때 수가 각각 어떻게 변하는지 쓰고, ★에 알맞은 수를 구하시오.\n{tbl}")
        ans = f"오른쪽으로 {col_step}씩 커지고, 아래쪽으로 {row_step}씩 커집니다. ★ = {v}"
        diff, lvl = 3, "A"
    return Problem(text=text, answer=ans, format="data", difficulty=diff, achievement_level=lvl,
                   concepts=["규칙", "배열"], check=lambda: v == grid[0][0] + star[0] * row_step + star[1] * col_step)


_SHAPES = [
    # (description, first count, increase, expression builder name)
    ("바둑돌을 한 줄로 놓고, 순서마다 바둑돌을 {k}개씩 더 놓았습니다", "바둑돌"),
    ("성냥개비로 정사각형을 옆으로 이어 붙여 만들고 있습니다", "성냥개비"),
    ("성냥개비로 삼각형을 옆으로 이어 붙여 만들고 있습니다", "성냥개비"),
    ("쌓기나무를 계단 모양이 아니라 한 층씩 옆으로 늘어놓고 있습니다", "쌓기나무"),
    ("타일을 가운데 한 장에서 시작하여 위, 아래, 왼쪽, 오른쪽으로 한 장씩 늘려 십자 모양으로 붙였습니다", "타일"),
]


@family("4수02-01", "growing-shape-count")
def _shape(rng: random.Random) -> Problem:
    kind = rng.choice(["stones", "square-match", "tri-match", "cross"])
    if kind == "stones":
        first, inc = rng.randint(1, 5), rng.randint(2, 5)
        desc = f"첫째에 바둑돌 {first}개를 놓고, 다음 순서마다 바둑돌을 {inc}개씩 더 놓는 규칙으로 모양을 만들고 있습니다"
        obj, cnt = "바둑돌", "개"
    elif kind == "square-match":
        first, inc = 4, 3
        desc = "성냥개비로 정사각형 1개, 2개, 3개, …를 옆으로 이어 붙인 모양을 차례로 만들고 있습니다"
        obj, cnt = "성냥개비", "개"
    elif kind == "tri-match":
        first, inc = 3, 2
        desc = "성냥개비로 삼각형 1개, 2개, 3개, …를 옆으로 이어 붙인 모양을 차례로 만들고 있습니다"
        obj, cnt = "성냥개비", "개"
    else:
        first, inc = 1, 4
        desc = "정사각형 타일 1장을 놓고, 다음 순서마다 위, 아래, 왼쪽, 오른쪽 끝에 타일을 1장씩 더 붙여 십자 모양을 만들고 있습니다"
        obj, cnt = "타일", "장"
    counts = [first + inc * i for i in range(4)]
    k = rng.randint(5, 10)
    target = first + inc * (k - 1)
    expr = " + ".join([str(first)] + [str(inc)] * (k - 1))  # no mixed ×/+ expressions in grades 3–4
    shown = ", ".join(f"{_ORD[i]} {c}{cnt}" for i, c in enumerate(counts))
    form = rng.choice(["word", "table", "expr"])
    if form == "table":
        text = (f"{desc}. 순서에 따른 {obj}의 수를 표로 나타냈습니다. {_ORD[k - 1]}에 필요한 {obj}는 몇 {cnt}입니까?\n"
                f"| 순서 | 첫째 | 둘째 | 셋째 | 넷째 |\n| {obj}의 수({cnt}) | {' | '.join(map(str, counts))} |")
        fmt = "data"
        ans = f"{target}{cnt}"
    elif form == "expr":
        text = (f"{desc}. {obj}의 수는 {shown}입니다. {_ORD[k - 1]} 모양을 만드는 데 필요한 {josa(obj, '은/는')} 몇 {cnt}인지 "
                f"식으로 나타내고 답을 구하시오.")
        fmt = "word"
        ans = f"{expr} = {target}, {target}{cnt}"
    else:
        text = (f"{desc}. {obj}의 수가 {shown}일 때, {_ORD[k - 1]}에는 {josa(obj, '이/가')} 몇 {cnt} 필요합니까?")
        fmt = "word"
        ans = f"{target}{cnt}"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3 if k <= 7 else 4,
                   achievement_level="B" if form != "expr" else "A", concepts=["규칙", "배열", "식"],
                   check=lambda: counts[1] - counts[0] == inc and target == counts[0] + inc * (k - 1))


@family("4수02-01", "square-triangle-pattern")
def _figurate(rng: random.Random) -> Problem:
    kind = rng.choice(["square", "triangle"])
    k = rng.randint(5, 9)
    obj = rng.choice(["바둑돌", "구슬", "동전", "단추"])
    if kind == "square":
        counts = [i * i for i in range(1, 5)]
        desc = f"{josa(obj, '을/를')} 정사각형 모양으로 늘어놓고 있습니다. 한 변에 놓인 {obj}의 수가 1개, 2개, 3개, 4개, …로 늘어납니다"
        target = k * k
        expr = f"{k} × {k}"
    else:
        counts = [i * (i + 1) // 2 for i in range(1, 5)]
        desc = f"{josa(obj, '을/를')} 삼각형 모양으로 쌓듯이 늘어놓고 있습니다. 맨 아랫줄에 놓인 {obj}의 수가 1개, 2개, 3개, 4개, …로 늘어납니다"
        target = k * (k + 1) // 2
        expr = " + ".join(str(i) for i in range(1, k + 1))
    text = rng.choice([
        f"{desc}. {obj}의 수가 {', '.join(f'{c}개' for c in counts)}일 때, {_ORD[k - 1]}에 놓이는 {josa(obj, '은/는')} 몇 개입니까?",
        f"{desc}.\n| 순서 | 첫째 | 둘째 | 셋째 | 넷째 |\n| {obj}의 수(개) | {' | '.join(map(str, counts))} |\n{_ORD[k - 1]}에 놓일 {obj}의 수를 구하는 식을 쓰고 답을 구하세요.",
    ])
    ans = f"{expr} = {target}, {target}개" if "식" in text else f"{target}개"
    return Problem(text=text, answer=ans, format="data" if "|" in text else "word", difficulty=4, achievement_level="A",
                   concepts=["규칙", "배열", "식"],
                   check=lambda: target == (sum(range(1, k + 1)) if kind == "triangle" else sum(2 * i - 1 for i in range(1, k + 1))))


_WEEK = ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"]


@family("4수02-01", "calendar-rule")
def _calendar(rng: random.Random) -> Problem:
    first = rng.randint(1, 7)
    day = rng.choice(_WEEK)
    nth = rng.randint(3, 5)
    if first + 7 * (nth - 1) > 31:
        nth = 4
    target = first + 7 * (nth - 1)
    month = rng.randint(1, 12)
    kind = rng.choice(["nth", "rule", "diag"])
    if kind == "nth":
        text = rng.choice([
            f"어느 해 {month}월 달력에서 첫째 {josa(day, '은/는')} {first}일입니다. 같은 달 {_ORD[nth - 1]} {josa(day, '은/는')} 며칠입니까?",
            f"{josa(name(rng), '은/는')} {month}월 {first}일부터 매주 {day}마다 수영장에 갑니다. {month}월에 {_ORD[nth - 1]}로 수영장에 가는 날은 며칠인가요?",
        ])
        return Problem(text=text, answer=f"{target}일", format="word", difficulty=3, achievement_level="B",
                       concepts=["규칙"], check=lambda: (target - first) % 7 == 0 and (target - first) // 7 == nth - 1)
    if kind == "rule":
        a = rng.randint(1, 10)
        col = [a + 7 * i for i in range(4)]
        text = (f"달력의 같은 세로줄에 있는 날짜를 위에서부터 차례로 쓴 것입니다. 규칙을 찾아 쓰고, 그 규칙을 식으로 나타내시오.\n"
                f"{', '.join(map(str, col))}")
        ans = f"아래로 한 칸 내려갈 때마다 7씩 커집니다. {col[0]} + 7 = {col[1]}, {col[1]} + 7 = {col[2]}, {col[2]} + 7 = {col[3]}"
        return Problem(text=text, answer=ans, format="proof", difficulty=2, achievement_level="B",
                       concepts=["규칙", "식"], check=lambda: all(col[i + 1] - col[i] == 7 for i in range(3)))
    a = rng.randint(1, 12)
    direction = rng.choice(["↘", "↙"])
    step = 8 if direction == "↘" else 6
    if direction == "↙":
        a = max(a, 2)
    vals = [a + step * i for i in range(3)]
    text = (f"달력에서 {a}일부터 {'오른쪽 아래' if step == 8 else '왼쪽 아래'} 방향({direction})으로 대각선을 따라 날짜를 읽으면 "
            f"{', '.join(map(str, vals))}, …입니다. 수가 몇씩 커지는지 쓰고, 그 까닭을 설명하시오.")
    ans = (f"{step}씩 커집니다. 아래로 한 칸 가면 7이 커지고, {'오른쪽으로 한 칸 가면 1이 커지므로 7 + 1 = 8' if step == 8 else '왼쪽으로 한 칸 가면 1이 작아지므로 7 - 1 = 6'}입니다.")
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                   concepts=["규칙"], check=lambda: vals[1] - vals[0] == (7 + 1 if direction == "↘" else 7 - 1))


@family("4수02-01", "everyday-sequence")
def _everyday(rng: random.Random) -> Problem:
    kind = rng.choice(["bus", "seat", "saving", "locker"])
    if kind == "bus":
        h, m = rng.randint(6, 9), rng.choice([0, 5, 10, 15, 20])
        gap = rng.choice([12, 15, 20, 25, 30])
        k = rng.randint(4, 6)
        times = [h * 60 + m + gap * i for i in range(k)]

        def hm(t: int) -> str:
            return f"{t // 60}시 {t % 60}분" if t % 60 else f"{t // 60}시"
        shown = ", ".join(hm(t) for t in times[:3])
        text = (f"버스 정류장의 시간표입니다. 버스가 {shown}, …에 출발합니다. 같은 규칙으로 버스가 출발한다면 {_ORD[k - 1]} 버스는 몇 시 몇 분에 출발합니까?")
        return Problem(text=text, answer=hm(times[-1]), format="word", difficulty=3, achievement_level="B",
                       concepts=["규칙"], check=lambda: times[-1] - times[0] == gap * (k - 1))
    if kind == "seat":
        per = rng.choice([8, 10, 12, 15])
        rows = "가나다라마바사아자차"
        r = rng.randint(3, 9)
        c = rng.randint(2, per)
        num = r * per + c
        text = (f"공연장의 좌석 번호는 가열에 1번부터 {per}번, 나열에 {per + 1}번부터 {2 * per}번, 다열에 {2 * per + 1}번부터 {3 * per}번, … 과 같은 규칙으로 붙어 있습니다. "
                f"{rows[r]}열의 왼쪽에서 {c}번째 자리는 몇 번입니까?")
        return Problem(text=text, answer=f"{num}번", format="word", difficulty=4, achievement_level="A",
                       concepts=["규칙", "배열"], check=lambda: (num - 1) // per == r and (num - 1) % per + 1 == c)
    if kind == "saving":
        who = name(rng)
        start, inc = rng.choice([500, 1000, 2000, 3000]), rng.choice([500, 1000])
        w = rng.randint(5, 8)
        vals = [start + inc * i for i in range(w)]
        text = (f"{josa(who, '은/는')} 저금통에 첫째 주에 {start:,}원을 넣고, 그다음 주부터는 바로 전 주보다 {inc:,}원씩 더 넣기로 했습니다. "
                f"{_ORD[w - 1]} 주에 넣을 돈은 얼마인지 식으로 나타내고 답을 구하시오.")
        ans = f"{' + '.join([f'{start:,}'] + [f'{inc:,}'] * (w - 1))} = {vals[-1]:,}, {vals[-1]:,}원"
        return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                       concepts=["규칙", "식"], check=lambda: vals[-1] == start + inc * (w - 1))
    first = rng.randint(1, 20) * 10 + rng.randint(1, 9)
    step = rng.choice([2, 3, 4, 5])
    vals = [first + step * i for i in range(6)]
    text = (f"복도 사물함에 번호가 {', '.join(map(str, vals[:4]))}, …와 같이 규칙적으로 쓰여 있습니다. 이 규칙을 말로 쓰고, 여섯째 사물함의 번호를 구하시오.")
    ans = f"{step}씩 커집니다. 여섯째 사물함 번호: {vals[-1]}번"
    return Problem(text=text, answer=ans, format="proof", difficulty=2, achievement_level="B",
                   concepts=["규칙"], check=lambda: vals[5] == first + 5 * step)


@family("4수02-01", "sequence-rule-mcq")
def _rule_mcq(rng: random.Random) -> Problem:
    start = rng.randint(100, 900)
    step = rng.choice([5, 10, 20, 25, 50, 100, 11, 101])
    up = rng.random() < 0.6
    vals = [start + (step if up else -step) * i for i in range(5)]
    correct = f"{step}씩 {'커집니다' if up else '작아집니다'}."
    wrong_steps = sorted({step * 2, step + 1, max(1, step - 1), step * 10, step // 5 or 3} - {step})
    dis = [f"{s}씩 {'커집니다' if up else '작아집니다'}." for s in wrong_steps]
    dis.append(f"{step}씩 {'작아집니다' if up else '커집니다'}.")
    ch = choices(rng, correct, dis)
    text = rng.choice([
        f"다음 수의 배열에서 찾을 수 있는 규칙으로 알맞은 것은 어느 것입니까?\n{', '.join(map(str, vals))}\n{ch.block}",
        f"{' → '.join(map(str, vals))}\n위의 수가 변하는 규칙을 바르게 말한 것을 고르시오.\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["규칙", "배열"], choice=ch,
                   check=lambda: all(abs(vals[i + 1] - vals[i]) == step for i in range(4)) and ((vals[1] > vals[0]) == up))


@family("4수02-01", "two-step-rule-sequence")
def _two_step(rng: random.Random) -> Problem:
    a, b = rng.randint(2, 9), rng.randint(1, 6)
    kind = rng.choice(["alt", "growing"])
    start = rng.randint(1, 30)
    vals = [start]
    if kind == "alt":  # +a, −b, +a, −b, …
        while b >= a:
            b = rng.randint(1, a - 1) if a > 1 else 1
        for i in range(7):
            vals.append(vals[-1] + (a if i % 2 == 0 else -b))
        rule = f"{a}만큼 커지고 {b}만큼 작아지는 것이 번갈아 반복됩니다"
    else:  # differences 1, 2, 3, 4, …
        d0 = rng.randint(1, 3)
        for i in range(7):
            vals.append(vals[-1] + d0 + i)
        rule = f"커지는 수가 {d0}, {d0 + 1}, {d0 + 2}, …와 같이 1씩 늘어납니다"
    shown = ", ".join(map(str, vals[:6]))
    text = rng.choice([
        f"규칙을 찾아 설명하고, 다음에 올 두 수를 차례로 쓰시오.\n{shown}, □, □",
        f"{shown}, □, □\n수의 배열에서 규칙을 찾아 □ 안에 알맞은 수를 써넣고, 찾은 규칙을 설명하세요.",
    ])
    ans = f"{rule}. {vals[6]}, {vals[7]}"
    return Problem(text=text, answer=ans, format="fill", difficulty=4, achievement_level="A",
                   concepts=["규칙", "배열"],
                   check=lambda: (vals[7] - vals[6], vals[6] - vals[5]) == (a, -b) if kind == "alt"
                   else vals[7] - vals[6] == vals[6] - vals[5] + 1)


# -- 4수02-02 계산식의 배열에서 규칙 찾고 결과 추측하기 ----------------------------------------
def _rows(rows: list[tuple[int, str, int, int]]) -> str:
    return "\n".join(f"{a} {s} {b} = {c}" for a, s, b, c in rows)


def _ask_next(rng: random.Random, shown: str, k: int) -> str:
    return rng.choice([
        f"계산식의 배열에서 규칙을 찾아 {_ORD[k - 1]} 계산식을 쓰시오.\n{shown}",
        f"{shown}\n위 계산식의 규칙에 따라 {_ORD[k - 1]}에 올 계산식을 쓰세요.",
        f"다음 계산식의 배열을 보고 규칙에 따라 {_ORD[k - 1]} 빈칸에 알맞은 식을 써넣으시오.\n{shown}",
    ])


@family("4수02-02", "addition-expression-pattern")
def _add_pat(rng: random.Random) -> Problem:
    kind = rng.choice(["both-up", "same-sum", "one-up"])
    a0, b0 = rng.randint(101, 499), rng.randint(101, 499)
    da = rng.choice([10, 100, 1000 if kind != "same-sum" else 100])
    db = {"both-up": rng.choice([10, 100]), "same-sum": -da, "one-up": 0}[kind]
    if kind == "same-sum":
        b0 += 6 * da
    rows = [(a0 + da * i, "+", b0 + db * i, a0 + b0 + (da + db) * i) for i in range(6)]
    n_shown = 4
    k = rng.choice([5, 6])
    shown = _rows(rows[:n_shown])
    a, _, b, c = rows[k - 1]
    if rng.random() < 0.5:
        text = _ask_next(rng, shown, k)
        ans = f"{a} + {b} = {c}"
        fmt, lvl = "fill", "B"
    else:
        text = rng.choice([
            f"{shown}\n계산 결과가 어떻게 변하는지 규칙을 쓰고, {_ORD[k - 1]} 계산식의 계산 결과를 추측해 보시오.",
            f"규칙에 따라 계산식을 늘어놓았습니다. 계산 결과의 규칙을 말하고 {_ORD[k - 1]} 계산식의 값을 예상하세요.\n{shown}",
        ])
        d = da + db
        rule = "계산 결과가 모두 같습니다" if d == 0 else f"계산 결과가 {d}씩 커집니다"
        ans = f"{rule}. {a} + {b} = {c}"
        fmt, lvl = "proof", "A"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level=lvl,
                   concepts=["규칙", "배열"], check=lambda: a + b == c and rows[1][3] - rows[0][3] == da + db)


@family("4수02-02", "subtraction-expression-pattern")
def _sub_pat(rng: random.Random) -> Problem:
    kind = rng.choice(["same-diff", "minuend-up", "subtrahend-up"])
    a0 = rng.randint(500, 900)
    b0 = rng.randint(100, 400)
    da = rng.choice([10, 100]) if kind != "subtrahend-up" else 0
    db = da if kind == "same-diff" else 0 if kind == "minuend-up" else rng.choice([10, 20, 100])
    if kind == "subtrahend-up":
        a0 += 600
    rows = [(a0 + da * i, "-", b0 + db * i, a0 - b0 + (da - db) * i) for i in range(6)]
    k = rng.choice([5, 6])
    a, _, b, c = rows[k - 1]
    shown = _rows(rows[:4])
    q = rng.choice(["next", "result", "find"])
    if q == "next":
        text = _ask_next(rng, shown, k)
        ans, fmt = f"{a} - {b} = {c}", "fill"
    elif q == "result":
        text = f"{shown}\n{a} - {b}의 계산 결과를 계산하지 않고 규칙을 이용하여 추측하시오."
        ans, fmt = str(c), "fill"
    else:
        target_row = rows[5]
        text = (f"{shown}\n규칙에 따라 계산식을 계속 쓸 때, 빼어지는 수가 {target_row[0]}인 계산식을 쓰세요." if da
                else f"{shown}\n규칙에 따라 계산식을 계속 쓸 때, 빼는 수가 {target_row[2]}인 계산식을 쓰세요.")
        a, _, b, c = target_row
        ans, fmt = f"{a} - {b} = {c}", "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B",
                   concepts=["규칙", "배열"], check=lambda: a - b == c)


@family("4수02-02", "repunit-multiplication")
def _repunit(rng: random.Random) -> Problem:
    kind = rng.choice(["11sq", "nine", "eight", "99sq"])
    k = rng.randint(5, 7)
    if kind == "11sq":
        rows = [(int("1" * i), "×", int("1" * i), int("1" * i) ** 2) for i in range(1, 5)]
        target = (int("1" * k), "×", int("1" * k), int("1" * k) ** 2)
    elif kind == "nine":
        rows = [(int("123456789"[:i]), "×", 9, int("123456789"[:i]) * 9) for i in range(1, 5)]
        rows = [(f"{a} × 9 + {i + 2}", "", 0, a * 9 + i + 2) for i, (a, _, _, _) in enumerate(rows)]
        a = int("123456789"[:k])
        target = (f"{a} × 9 + {k + 1}", "", 0, a * 9 + k + 1)
    elif kind == "eight":
        rows = [(f"{int('123456789'[:i])} × 8 + {i}", "", 0, int("123456789"[:i]) * 8 + i) for i in range(1, 5)]
        a = int("123456789"[:k])
        target = (f"{a} × 8 + {k}", "", 0, a * 8 + k)
    else:
        k = rng.randint(5, 6)
        rows = [(int("9" * i), "×", int("9" * i), int("9" * i) ** 2) for i in range(1, 5)]
        target = (int("9" * k), "×", int("9" * k), int("9" * k) ** 2)

    def line(r: tuple) -> str:
        return f"{r[0]} × {r[2]} = {r[3]}" if r[1] == "×" else f"{r[0]} = {r[3]}"
    shown = "\n".join(line(r) for r in rows)
    lhs = f"{target[0]} × {target[2]}" if target[1] == "×" else target[0]
    text = rng.choice([
        f"계산식의 배열에서 규칙을 찾아 {lhs}의 계산 결과를 추측해 보시오.\n{shown}",
        f"{shown}\n위 규칙을 이용하면 {lhs}의 값은 얼마입니까?",
        f"계산기를 사용하지 않고 규칙을 찾아 □ 안에 알맞은 수를 써넣으세요.\n{shown}\n⋮\n{lhs} = □",
    ])
    val = target[3]
    return Problem(text=text, answer=str(val), format="fill", difficulty=4, achievement_level="A",
                   concepts=["규칙", "배열"],
                   check=lambda: val == eval(lhs.replace("×", "*")))


@family("4수02-02", "special-product-pattern")
def _special(rng: random.Random) -> Problem:
    kind = rng.choice(["37", "101", "1001"])
    if kind == "37":
        rows = [(37, 3 * i, 111 * i) for i in range(1, 5)]
        d = rng.randint(5, 9)
        q = 3 * d
        text = rng.choice([
            "규칙을 찾아 □ 안에 알맞은 수를 구하시오.\n" + "\n".join(f"{a} × {b} = {c}" for a, b, c in rows) + f"\n⋮\n37 × □ = {111 * d}",
            "\n".join(f"{a} × {b} = {c}" for a, b, c in rows) + f"\n위 계산식의 배열에서 규칙을 찾아 계산 결과가 {111 * d}{_p(str(111 * d), '이/가')} 되는 곱셈식을 쓰시오.",
        ])
        ans = str(q) if "□" in text else f"37 × {q} = {111 * d}"
        return Problem(text=text, answer=ans, format="fill", difficulty=4, achievement_level="A",
                       concepts=["규칙", "식"], check=lambda: 37 * q == 111 * d)
    if kind == "101":
        bs = rng.sample(range(11, 99), 4)
        bs.sort()
        rows = [(101, b, 101 * b) for b in bs]
        x = rng.choice([v for v in range(12, 99) if v % 10 and v not in bs])
        text = ("\n".join(f"{a} × {b} = {c}" for a, b, c in rows) +
                f"\n위 계산식에서 규칙을 찾아 101 × {x}의 값을 계산하지 않고 구하시오.")
        return Problem(text=text, answer=str(101 * x), format="fill", difficulty=3, achievement_level="B",
                       concepts=["규칙"], check=lambda: str(101 * x) == str(x) * 2)
    bs = sorted(rng.sample(range(101, 999), 3))
    rows = [(1001, b, 1001 * b) for b in bs]
    x = rng.randint(101, 999)
    text = ("\n".join(f"{a} × {b} = {c}" for a, b, c in rows) +
            f"\n규칙을 이용하여 1001 × {x}의 값을 추측하고, 그렇게 생각한 까닭을 쓰세요.")
    ans = f"{1001 * x}. 1001에 세 자리 수를 곱하면 그 세 자리 수를 두 번 이어 쓴 수가 됩니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A",
                   concepts=["규칙"], check=lambda: str(1001 * x) == str(x) * 2)


@family("4수02-02", "division-expression-pattern")
def _div_pat(rng: random.Random) -> Problem:
    kind = rng.choice(["same-quot", "dividend-up", "repeat"])
    if kind == "same-quot":
        q = rng.choice([25, 15, 12, 20, 30, 45])
        d0 = rng.choice([2, 3, 4, 5])
        rows = [(q * d0 * i, d0 * i, q) for i in range(1, 5)]
        k = rng.randint(6, 9)
        tgt = (q * d0 * k, d0 * k, q)
        text = rng.choice([
            "계산식의 배열에서 규칙을 찾아 □ 안에 알맞은 수를 써넣으세요.\n" + "\n".join(f"{a} ÷ {b} = {c}" for a, b, c in rows) + f"\n⋮\n□ ÷ {tgt[1]} = {q}",
            "\n".join(f"{a} ÷ {b} = {c}" for a, b, c in rows) + f"\n규칙에 따라 나누는 수가 {tgt[1]}인 나눗셈식을 쓰시오.",
        ])
        ans = str(tgt[0]) if "□" in text else f"{tgt[0]} ÷ {tgt[1]} = {q}"
    elif kind == "dividend-up":
        dv = rng.choice([11, 12, 15, 21, 25])
        base = rng.choice([10, 100])
        rows = [(dv * base * i, dv, base * i) for i in range(1, 5)]
        k = rng.randint(6, 9)
        tgt = (dv * base * k, dv, base * k)
        text = ("\n".join(f"{a} ÷ {b} = {c}" for a, b, c in rows) + f"\n위의 규칙으로 나눗셈식을 늘어놓을 때, 몫이 {tgt[2]}인 나눗셈식을 쓰세요.")
        ans = f"{tgt[0]} ÷ {dv} = {tgt[2]}"
    else:
        d = rng.randint(2, 9)
        rows = [(int(str(d) * i), d, int("1" * i)) for i in range(2, 6)]
        k = 7
        tgt = (int(str(d) * k), d, int("1" * k))
        text = ("\n".join(f"{a} ÷ {b} = {c}" for a, b, c in rows) + f"\n규칙을 찾아 {tgt[0]} ÷ {d}의 몫을 추측해 보시오.")
        ans = str(tgt[2])
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B",
                   concepts=["규칙", "배열"], check=lambda: tgt[0] // tgt[1] == tgt[2] and tgt[0] % tgt[1] == 0)


@family("4수02-02", "odd-sum-pattern")
def _odd_sum(rng: random.Random) -> Problem:
    kind = rng.choice(["odd", "mountain"])
    k = rng.randint(6, 10)
    if kind == "odd":
        rows = [(" + ".join(str(2 * j + 1) for j in range(i)), f"{i} × {i}") for i in range(1, 5)]
        lhs = " + ".join(str(2 * j + 1) for j in range(k))
        val = sum(2 * j + 1 for j in range(k))
        rhs = f"{k} × {k}"
    else:
        def mountain(i: int) -> str:
            return " + ".join(str(x) for x in [*range(1, i + 1), *range(i - 1, 0, -1)])
        rows = [(mountain(i), f"{i} × {i}") for i in range(2, 5)]
        k = rng.randint(5, 9)
        lhs = mountain(k)
        val = k * k
        rhs = f"{k} × {k}"
    shown = "\n".join(f"{a} = {b}" for a, b in rows)
    text = rng.choice([
        f"계산식의 배열을 보고 규칙을 찾아 다음 식의 계산 결과를 구하시오.\n{shown}\n\n{lhs} = □",
        f"{shown}\n위 계산식의 규칙을 이용하여 {lhs}의 값을 구하고, 어떻게 구했는지 설명하세요.",
    ])
    ans = f"{rhs} = {val}" + ("" if "□" in text else ". 더한 수의 개수(가운데 수)를 두 번 곱한 값과 같습니다.")
    return Problem(text=text, answer=ans if "□" not in text else str(val), format="fill" if "□" in text else "proof",
                   difficulty=4, achievement_level="A", concepts=["규칙", "배열"],
                   check=lambda: val == sum(int(x) for x in lhs.split(" + ")))


@family("4수02-02", "calendar-expression-rule")
def _cal_expr(rng: random.Random) -> Problem:
    kind = rng.choice(["square", "column", "cross"])
    top = rng.randint(1, 10 if kind == "column" else 16)
    if kind == "square":  # 2×2 square: a + d = b + c
        a, b, c, d = top, top + 1, top + 7, top + 8
        text = (f"달력에서 네 날짜 {a}, {b}, {c}, {josa(str(d), '을/를')} 정사각형 모양으로 묶었습니다.\n| {a} | {b} |\n| {c} | {d} |\n"
                f"{a} + {d} = {b} + {c}와 같은 규칙이 다른 곳에서도 성립하는지 확인하려고 합니다. "
                f"이 규칙을 이용하여 정사각형으로 묶은 수 {top + 3}, {top + 4}, {top + 10}, □에서 □에 알맞은 날짜와 식을 쓰시오.")
        x = top + 11
        ans = f"{x}, {top + 3} + {x} = {top + 4} + {top + 10}"
        return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                       concepts=["규칙", "식"], check=lambda: top + 3 + x == top + 4 + top + 10)
    if kind == "column":  # three in a column: sum = middle × 3
        mid = top + 7
        vals = [mid - 7, mid, mid + 7]
        text = (f"달력에서 세로로 놓인 세 날짜 {', '.join(map(str, vals))}의 합을 구하면 {sum(vals)}이고, 이것은 {mid} × 3과 같습니다. "
                f"이 규칙을 이용하여 세로로 놓인 세 날짜의 합이 {sum(vals) + 21}일 때 가운데 날짜를 구하시오.")
        ans = str(mid + 7)
        return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A",
                       concepts=["규칙", "식"], check=lambda: (mid + 7) * 3 == sum(vals) + 21)
    c0 = top + 7
    cross = [c0 - 7, c0 - 1, c0, c0 + 1, c0 + 7]
    text = (f"달력에서 {c0}일을 가운데로 하여 십자(+) 모양으로 다섯 날짜 {', '.join(map(str, cross[:-1]))}, {josa(str(cross[-1]), '을/를')} 묶었습니다. "
            f"다섯 수의 합은 가운데 수의 몇 배인지 쓰고, 그 까닭을 설명하시오.")
    ans = f"5배입니다. 위아래 두 수의 합과 양옆 두 수의 합이 각각 가운데 수의 2배이므로, 다섯 수의 합은 {c0} × 5 = {sum(cross)}입니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A",
                   concepts=["규칙", "식"], check=lambda: sum(cross) == c0 * 5)


@family("4수02-02", "next-expression-mcq")
def _next_mcq(rng: random.Random) -> Problem:
    a0, b0 = rng.randint(12, 40), rng.randint(2, 9)
    kind = rng.choice(["mul", "add"])
    if kind == "mul":  # a × b with a doubled each line → result doubles
        rows = [(a0 * 2**i, "×", b0, a0 * 2**i * b0) for i in range(4)]
        nxt = (a0 * 16, "×", b0, a0 * 16 * b0)
        wrongs = [(a0 * 10, b0, a0 * 10 * b0), (a0 * 16, b0 * 2, a0 * 32 * b0), (a0 * 16, b0, a0 * 16 * b0 + 10),
                  (a0 * 12, b0, a0 * 12 * b0), (a0 * 8 + a0, b0, (a0 * 9) * b0)]
        correct = f"{nxt[0]} × {nxt[2]} = {nxt[3]}"
        dis = [f"{x} × {y} = {z}" for x, y, z in wrongs]
    else:
        rows = [(a0 * 10**i, "+", b0 * 10**i, (a0 + b0) * 10**i) for i in range(3)]
        nxt = (a0 * 1000, "+", b0 * 1000, (a0 + b0) * 1000)
        correct = f"{nxt[0]} + {nxt[2]} = {nxt[3]}"
        dis = [f"{a0 * 100 + a0} + {b0 * 100} = {a0 * 101 + b0 * 100}", f"{a0 * 1000} + {b0 * 100} = {a0 * 1000 + b0 * 100}",
               f"{a0 * 1000} + {b0 * 1000} = {(a0 + b0) * 100}", f"{a0 * 10000} + {b0 * 1000} = {a0 * 10000 + b0 * 1000}",
               f"{a0 * 100} + {b0 * 1000} = {a0 * 100 + b0 * 1000}"]
    shown = _rows(rows)
    ch = choices(rng, correct, dis)
    text = rng.choice([f"규칙에 따라 다음에 올 계산식은 어느 것입니까?\n{shown}\n{ch.block}",
                       f"{shown}\n위 계산식의 배열에서 바로 다음에 올 식을 고르시오.\n{ch.block}"])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["규칙", "배열"], choice=ch,
                   check=lambda: eval(ch.options[ch.correct].split(" = ")[0].replace("×", "*")) == nxt[3])


# -- 4수02-03 등호로 크기가 같은 두 양의 관계 나타내기 (두 자리 수 범위) ------------------------
def _eq_pair(rng: random.Random, true: bool) -> tuple[str, str, int, int]:
    """Two expressions with two-digit numbers, equal when ``true`` (compensation, swapping, …)."""
    kind = rng.choice(["add-comp", "sub-same", "swap", "mul-double", "add-sub"])
    delta = 0 if true else rng.choice([1, 2, 10, -1, -2])
    if kind == "add-comp":
        a, b, k = rng.randint(11, 60), rng.randint(11, 35), rng.randint(1, 9)
        left, right = f"{a} + {b}", f"{a + k} + {b - k + delta}"
        return left, right, a + b, a + k + b - k + delta
    if kind == "sub-same":
        a, b, k = rng.randint(40, 89), rng.randint(11, 39), rng.randint(1, 9)
        left, right = f"{a} - {b}", f"{a + k} - {b + k + delta}"
        return left, right, a - b, a - b - delta
    if kind == "swap":
        a, b = rng.randint(11, 49), rng.randint(11, 49)
        if delta:
            return f"{a} + {b}", f"{b} + {a + delta}", a + b, a + b + delta
        return f"{a} + {b}", f"{b} + {a}", a + b, a + b
    if kind == "mul-double":
        a, b = rng.choice([(2, 12), (3, 14), (4, 12), (6, 8), (4, 16), (3, 12), (2, 18), (6, 14), (8, 12), (5, 16), (4, 24)])
        c, d = a * 2, b // 2
        if delta:
            d += 1
        return f"{a} × {b}", f"{c} × {d}", a * b, c * d
    a, b = rng.randint(20, 60), rng.randint(11, 30)
    c = rng.randint(5, 15)
    return f"{a} + {b} - {c}", f"{a - c} + {b + delta}", a + b - c, a - c + b + delta


@family("4수02-03", "true-or-false-equation")
def _tf(rng: random.Random) -> Problem:
    true = rng.random() < 0.5
    L, R, lv, rv = _eq_pair(rng, true)
    ok = lv == rv
    mark = "○" if ok else "×"
    text = rng.choice([
        f"등호(=)를 사용한 식이 옳으면 ○표, 옳지 않으면 ×표 하시오.\n{L} = {R}",
        f"다음 식이 옳은지 판단하여 ( ) 안에 ○ 또는 ×를 써넣으세요.\n{L} = {R}  (    )",
        f"{L} = {R}\n위 식은 옳은 식입니까, 옳지 않은 식입니까?",
    ])
    ans = mark if "○" in text else ("옳은 식입니다." if ok else "옳지 않은 식입니다.")
    return Problem(text=text, answer=ans, format="fill" if "○" in text else "computation", difficulty=2,
                   achievement_level="C", concepts=["식"],
                   check=lambda: (eval(L.replace("×", "*")) == eval(R.replace("×", "*"))) == ok)


@family("4수02-03", "compensation-fill")
def _comp_fill(rng: random.Random) -> Problem:
    kind = rng.choice(["add", "add", "sub-left", "sub-right", "add-three"])
    if kind == "add":
        a, b, k = rng.randint(12, 69), rng.randint(12, 29), rng.randint(1, 8)
        up = rng.random() < 0.5
        c = a + k if up else a - k
        ans = a + b - c
        eq = f"{a} + {b} = {c} + □"
        chk = a + b == c + ans
    elif kind == "sub-left":
        a, b, k = rng.randint(40, 90), rng.randint(12, 39), rng.randint(1, 9)
        eq = f"{a} - {b} = □ - {b + k}"
        ans = a + k
        chk = a - b == ans - (b + k)
    elif kind == "sub-right":
        a, b, k = rng.randint(40, 89), rng.randint(12, 39), rng.randint(1, 9)
        eq = f"{a} - {b} = {a + k} - □"
        ans = b + k
        chk = a - b == a + k - ans
    else:
        a, b, c = rng.randint(11, 40), rng.randint(11, 30), rng.randint(11, 25)
        eq = f"{a} + {b} + {c} = {a + b} + □"
        ans = c
        chk = a + b + c == a + b + ans
    text = rng.choice([
        f"□ 안에 알맞은 수를 써넣으세요.\n{eq}",
        f"등호 양쪽의 크기가 같도록 □ 안에 알맞은 수를 구하시오.\n{eq}",
        f"{eq}\n□에 들어갈 수를 구하세요.",
    ])
    return Problem(text=text, answer=str(ans), format="fill", difficulty=2 if kind in ("add", "add-three") else 3,
                   achievement_level="C" if kind in ("add", "add-three") else "B", concepts=["식", "□"],
                   check=lambda: chk and ans > 0)


@family("4수02-03", "balance-scale")
def _balance(rng: random.Random) -> Problem:
    obj, cnt = rng.choice([("구슬", "개"), ("바둑돌", "개"), ("추", "개"), ("밤", "개"), ("클립", "개")])
    a, b = rng.randint(12, 45), rng.randint(11, 40)
    c = rng.randint(10, a + b - 10)
    while c in (a, b):
        c = rng.randint(10, a + b - 10)
    d = a + b - c
    side = rng.choice(["left-bags", "unknown"])
    if side == "left-bags":
        text = (f"양팔 저울의 왼쪽 접시에는 {josa(obj, '이/가')} {a}{cnt} 든 봉지와 {b}{cnt} 든 봉지를, 오른쪽 접시에는 {josa(obj, '이/가')} {c}{cnt} 든 봉지와 "
                f"□{cnt} 든 봉지를 올려놓았더니 저울이 수평이 되었습니다. 봉지의 무게는 생각하지 않을 때, 두 접시의 관계를 등호를 사용한 식으로 나타내고 □에 알맞은 수를 구하시오.")
        ans = f"{a} + {b} = {c} + {d}, □ = {d}"
        fmt, lvl = "word", "B"
    else:
        text = rng.choice([
            f"양팔 저울 한쪽에는 {obj} {a}{cnt}와 {b}{cnt}를, 다른 쪽에는 {obj} {c}{cnt}와 몇 {cnt}를 올려 수평을 맞추려고 합니다. 몇 {cnt}를 더 올려야 하는지 등호가 있는 식을 세워 구하세요.",
            f"저울이 수평을 이루도록 하려고 합니다.\n왼쪽: {obj} {a}{cnt}, {b}{cnt}\n오른쪽: {obj} {c}{cnt}, □{cnt}\n□ 안에 알맞은 수를 써넣고, 저울의 상태를 등호를 사용한 식으로 나타내시오.",
        ])
        ans = f"{a} + {b} = {c} + {d}, {d}{cnt}" if "몇" in text else f"{d}, {a} + {b} = {c} + {d}"
        fmt, lvl = ("word" if "몇" in text else "fill"), "B"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level=lvl,
                   concepts=["식", "□"], check=lambda: a + b == c + d and d > 0)


@family("4수02-03", "same-value-mcq")
def _same_mcq(rng: random.Random) -> Problem:
    a, b = rng.randint(21, 59), rng.randint(11, 39)
    v = a + b
    k = rng.randint(2, 9)
    correct = f"{a + k} + {b - k}"
    dis = [f"{a + k} + {b + k}", f"{a - k} + {b - k}", f"{a + k} + {b - k + 1}", f"{a + 10} + {b - 1}",
           f"{a - k} + {b + k - 1}", f"{v} + {k}"]
    ch = choices(rng, correct, [d for d in dis if eval(d) != v])
    text = rng.choice([
        f"□ 안에 들어갈 식으로 알맞은 것은 어느 것입니까?\n{a} + {b} = □\n{ch.block}",
        f"{a} + {b}{_p(str(b), '과/와')} 크기가 같은 식을 찾아 등호로 나타내려고 합니다. 알맞은 식은 어느 것인가요?\n{ch.block}",
        f"다음 중 {a} + {b}{_p(str(b), '과/와')} 값이 같은 것을 고르시오.\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B", concepts=["식"],
                   choice=ch, check=lambda: sum(int(x) for x in ch.options[ch.correct].split(" + ")) == v)


@family("4수02-03", "equals-sign-misconception")
def _miscon(rng: random.Random) -> Problem:
    a, b = rng.randint(6, 39), rng.randint(5, 29)
    c = rng.randint(2, a + b - 2)
    while c in (a, b):
        c = rng.randint(2, a + b - 2)
    right = a + b - c
    who = name(rng)
    kind = rng.choice(["explain", "mcq"])
    if kind == "explain":
        text = rng.choice([
            f"{a} + {b} = □ + {c}\n{josa(who, '은/는')} □ 안에 {a + b}{_p(str(a + b), '을/를')} 써넣었습니다. {who}의 답이 옳지 않은 까닭을 등호의 뜻을 이용하여 설명하고, 바른 답을 구하시오.",
            f"{josa(who, '은/는')} \"{a} + {b} = □ + {c}에서 {a} + {josa(str(b), '은/는')} {a + b}이니까 □는 {a + b}야.\"라고 말했습니다. {who}의 생각에서 잘못된 점을 찾아 설명하세요.",
        ])
        ans = (f"등호(=)는 양쪽의 크기가 같다는 뜻이므로 □ + {josa(str(c), '이/가')} {a + b}{_p(str(a + b), '이/가')} 되어야 합니다. "
               f"따라서 □ = {right}입니다.")
        return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["식", "□"],
                       check=lambda: a + b == right + c)
    dis = [str(a + b), str(a + b + c), str(right + 1), str(right - 1) if right > 1 else str(right + 2), str(c)]
    ch = choices(rng, str(right), dis, sort_key=int)
    text = f"□ 안에 알맞은 수는 어느 것입니까?\n{a} + {b} = □ + {c}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B", concepts=["식", "□"],
                   choice=ch, check=lambda: int(ch.options[ch.correct]) + c == a + b)


@family("4수02-03", "equal-quantities-word")
def _eq_word(rng: random.Random) -> Problem:
    p1, p2 = rng.sample(["민준", "서연", "지호", "하은", "도윤", "수아", "예준", "지우", "시우", "윤서"], 2)
    kind = rng.choice(["marbles", "stickers", "money"])
    if kind == "money":
        a, b = rng.randint(2, 6) * 10, rng.randint(1, 4) * 10
        c = rng.choice([x for x in range(10, a + b, 10) if x != a])
        d = a + b - c
        text = (f"{josa(p1, '은/는')} 어제 {a}원, 오늘 {b}원을 저금했고, {josa(p2, '은/는')} 어제 {c}원을 저금했습니다. "
                f"두 사람이 이틀 동안 저금한 돈이 같아지려면 {josa(p2, '은/는')} 오늘 얼마를 저금해야 하는지 등호를 사용한 식으로 나타내고 구하시오.")
        ans = f"{a} + {b} = {c} + □, {d}원"
    else:
        obj, cnt = ("구슬", "개") if kind == "marbles" else ("스티커", "장")
        a, b = rng.randint(11, 40), rng.randint(11, 40)
        c = rng.randint(10, a + b - 10)
        while c == a:
            c = rng.randint(10, a + b - 10)
        d = a + b - c
        col1, col2 = ("빨간", "파란") if obj == "구슬" else ("동물", "꽃")
        text = rng.choice([
            f"{josa(p1, '은/는')} {col1} {obj} {josa(f'{a}{cnt}', '과/와')} {col2} {obj} {josa(f'{b}{cnt}', '을/를')} 가지고 있습니다. "
            f"{josa(p2, '은/는')} {col1} {obj} {josa(f'{c}{cnt}', '과/와')} {col2} {obj} 몇 {josa(cnt, '을/를')} 가지고 있는데, "
            f"두 사람이 가진 {obj}의 수가 같습니다. 이 관계를 등호를 사용한 식으로 나타내고 {p2}의 {col2} {obj}의 수를 구하세요.",
            f"{p1}: {col1} {obj} {a}{cnt}, {col2} {obj} {b}{cnt}\n{p2}: {col1} {obj} {c}{cnt}, {col2} {obj} □{cnt}\n두 사람이 가진 {obj}의 수가 같을 때, 등호를 사용한 식으로 나타내고 □를 구하시오.",
        ])
        ans = f"{a} + {b} = {c} + □, {d}{cnt}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["식", "□"],
                   check=lambda: a + b == c + d and d > 0)


@family("4수02-03", "multiplication-equality")
def _mul_eq(rng: random.Random) -> Problem:
    a, b = rng.choice([(2, 12), (3, 12), (4, 12), (6, 8), (4, 16), (2, 18), (3, 16), (6, 12), (8, 12), (2, 24),
                       (3, 14), (4, 14), (5, 12), (6, 14), (3, 18), (2, 36), (4, 18), (5, 18), (2, 48), (6, 16)])
    m = rng.choice([2, 3]) if b % 3 == 0 else 2
    c = a * m
    d = b // m
    kind = rng.choice(["fill", "fill", "explain"])
    if kind == "fill":
        if rng.random() < 0.5:
            eq, ans = f"{a} × {b} = {c} × □", d
        else:
            eq, ans = f"{a} × {b} = □ × {d}", c
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{eq}", f"등호의 양쪽이 같아지도록 □ 안에 알맞은 수를 구하시오.\n{eq}"])
        return Problem(text=text, answer=str(ans), format="fill", difficulty=3, achievement_level="B", concepts=["식", "□"],
                       check=lambda: a * b == c * d)
    text = (f"곱셈을 하지 않고 {a} × {b} = {c} × {d}가 옳은 식인지 판단하고, 그 까닭을 설명하시오.").replace(
        f"{d}가", f"{josa(str(d), '이/가')}")
    ans = f"옳은 식입니다. {josa(str(a), '이/가')} {m}배인 {josa(str(c), '이/가')} 되고 {josa(str(b), '이/가')} {m}{_p(str(m), '으로/로')} 나눈 {josa(str(d), '이/가')} 되었으므로 곱은 같습니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A", concepts=["식"],
                   check=lambda: a * b == c * d and a * b < 100)


@family("4수02-03", "match-equal-expressions")
def _match(rng: random.Random) -> Problem:
    vals = rng.sample(range(30, 99), 3)
    left, right = [], []
    for v in vals:
        a = rng.randint(11, v - 11)
        left.append((f"{a} + {v - a}", v))
        if rng.random() < 0.5 and v > 40:
            c = rng.randint(v + 1, 99)
            right.append((f"{c} - {c - v}", v))
        else:
            b = rng.randint(11, v - 11)
            while b == a or v - b == a:
                b = rng.randint(11, v - 11)
            right.append((f"{b} + {v - b}", v))
    labels = "가나다"
    order = list(range(3))
    rng.shuffle(order)
    right_shown = [right[i] for i in order]
    text = ("왼쪽 식과 크기가 같은 오른쪽 식을 찾아 등호를 사용하여 식으로 나타내시오.\n"
            f"| 왼쪽 | {' | '.join(e for e, _ in left)} |\n| 오른쪽 | " + " | ".join(f"{labels[i]}. {e}" for i, (e, _) in enumerate(right_shown)) + " |")
    pairs = []
    for e, v in left:
        j = next(i for i, (_, w) in enumerate(right_shown) if w == v)
        pairs.append(f"{e} = {right_shown[j][0]}")
    ans = ", ".join(pairs)
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=["식"],
                   check=lambda: all(eval(p.split(" = ")[0]) == eval(p.split(" = ")[1]) for p in pairs))


@family("4수02-03", "explain-without-computing")
def _explain_eq(rng: random.Random) -> Problem:
    kind = rng.choice(["add", "sub"])
    a, b, k = rng.randint(21, 59), rng.randint(13, 35), rng.randint(1, 4)
    if kind == "add":
        L, R = f"{a} + {b}", f"{a + k} + {b - k}"
        ans = f"옳습니다. 더해지는 수 {josa(str(a), '이/가')} {k} 커지고 더하는 수 {josa(str(b), '이/가')} {k} 작아졌으므로 합은 같습니다."
    else:
        a += 30
        L, R = f"{a} - {b}", f"{a + k} - {b + k}"
        ans = f"옳습니다. 빼어지는 수와 빼는 수가 똑같이 {k}씩 커졌으므로 차는 같습니다."
    text = rng.choice([
        f"계산하지 않고 {L} = {R}가 옳은 식인지 알아보려고 합니다. 옳은지 판단하고 그 까닭을 설명하시오.".replace(f"{R}가", f"{R}{_p(R.split(' ')[-1], '이/가')}"),
        f"{L} = {R}\n위 식이 옳은 까닭을 수의 크기 변화를 이용하여 설명하세요.",
        f"{josa(name(rng), '은/는')} {L}{_p(L.split(' ')[-1], '과/와')} {josa(R, '이/가')} 같다고 말했습니다. 계산하지 않고 그 까닭을 설명해 보시오.".replace(f"{josa(R, '이/가')}", f"{R}{_p(R.split(' ')[-1], '이/가')}"),
    ])
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["식"],
                   check=lambda: eval(L) == eval(R))
