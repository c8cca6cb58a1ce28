"""Grades 1–2, 변화와 관계 (2수02-01, 2수02-02): finding rules in arrangements of objects,
patterns and numbers (수 배열표, 덧셈표, 곱셈표) and arranging by a rule of one's own.

Shares private helpers with ``g2su01``.
"""

from __future__ import annotations

import random

from mathtag.corpus.generators.base import Problem, elementary_level, family
from mathtag.corpus.generators.g2su01 import _kid, _p, _table
from mathtag.corpus.korean import NAMES, josa
from mathtag.corpus.mcq import choices

_SYMS = ("○", "△", "□", "☆", "♡", "◇", "●", "▲", "■", "★")
_FRUITS = ("사과", "배", "귤", "딸기", "포도", "바나나", "복숭아", "수박")
_COLORS = ("빨간색", "파란색", "노란색", "초록색", "보라색", "주황색", "분홍색")
_MOVES = ("손뼉 치기", "발 구르기", "만세 하기", "무릎 치기", "제자리 뛰기", "어깨 두드리기")
_UNITS = ((0, 1), (0, 1, 1), (0, 0, 1), (0, 1, 2), (0, 1, 2, 2), (0, 0, 1, 1), (0, 1, 1, 2), (0, 1, 0, 2))
_ORD = ("", "첫째", "둘째", "셋째", "넷째", "다섯째", "여섯째", "일곱째", "여덟째", "아홉째", "열째")


def _ordinal(k: int) -> str:
    """첫째 … 열째, then 열한째 … (textbook style) or 11번째 beyond."""
    if k <= 10:
        return _ORD[k]
    return {11: "열한째", 12: "열두째", 13: "열셋째", 14: "열넷째", 15: "열다섯째", 16: "열여섯째",
            17: "열일곱째", 18: "열여덟째", 19: "열아홉째", 20: "스무째"}.get(k, f"{k}번째")


def _unit(rng: random.Random, pool: tuple[str, ...], k: int | None = None) -> list[str]:
    shape = rng.choice(_UNITS)
    n = max(shape) + 1
    items = rng.sample(pool, n)
    return [items[i] for i in shape]


# -- 2수02-01 배열에서 규칙 찾기 ------------------------------------------------------------------
@family("2수02-01", "repeating-symbols-next")
def _f0201_symbols(rng: random.Random) -> Problem:
    unit = _unit(rng, _SYMS)
    L = len(unit)
    shown = rng.randint(2 * L, 3 * L - 1) if L > 2 else rng.randint(5, 7)
    seq = [unit[i % L] for i in range(40)]
    sep = rng.choice([" ", "  ", ", "])
    row = sep.join(seq[:shown])
    kind = rng.randrange(3)
    if kind == 0:
        text = rng.choice([f"규칙을 찾아 빈칸에 알맞은 모양을 그려 넣으세요.\n{row}{sep}(    )",
                           f"다음은 규칙에 따라 모양을 늘어놓은 것입니다. 다음에 올 모양은 무엇인가요?\n{row}{sep}?"])
        ans, fmt, d, want = seq[shown], "fill" if "(" in text else "word", 1, shown
    elif kind == 1:
        want = rng.randint(shown + 4, 20)
        text = (f"규칙에 따라 모양을 늘어놓았습니다. {_ordinal(want)}에 놓일 모양은 무엇일까요?\n{row} …")
        ans, fmt, d = seq[want - 1], "word", 3
        want -= 1
    else:
        stem = f"규칙을 찾아 ?에 알맞은 모양을 고르세요.\n{row}{sep}?{sep}?"
        target = seq[shown + 1]
        want = shown + 1
        wrong = [s for s in _SYMS if s != target]
        ch = choices(rng, target, rng.sample(wrong, 6))
        return Problem(text=f"{stem}\n(두 번째 ?에 올 모양)\n{ch.block}", answer=ch.label, format="mcq", difficulty=2,
                       achievement_level="C", concepts=["규칙"], choice=ch,
                       check=lambda: ch.options[ch.correct] == unit[want % L])
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=elementary_level(d), concepts=["규칙"],
                   check=lambda: ans == unit[want % L])


@family("2수02-01", "repeating-objects-position")
def _f0201_objects(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        unit = _unit(rng, _COLORS)
        thing, verb = rng.choice([("구슬", "꿰었습니다"), ("깃발", "달았습니다"), ("풍선", "매달았습니다"), ("타일", "붙였습니다")])
        listing = ", ".join(unit)
        subj = f"{josa(thing, '을/를')} {listing} 순서로 되풀이하여 {verb}"
    elif kind == 1:
        unit = _unit(rng, _FRUITS)
        listing = ", ".join(unit)
        subj = f"쟁반 위에 과일을 {listing} 순서로 되풀이하여 한 줄로 놓았습니다"
        thing = "과일"
    else:
        unit = _unit(rng, _MOVES)
        listing = " → ".join(unit)
        subj = f"율동을 {listing} 순서로 반복합니다"
        thing = "동작"
    L = len(unit)
    want = rng.randint(L + 3, 20)
    ans = unit[(want - 1) % L]
    subj = subj.rstrip("다") + "다" if subj.endswith("다") else subj
    q = rng.choice([f"{_ordinal(want)} {josa(thing, '은/는')} 무슨 색인가요?", f"{_ordinal(want)}에 오는 {thing}의 색을 쓰세요."]) if kind == 0 else \
        rng.choice([f"{_ordinal(want)} {josa(thing, '은/는')} 무엇인가요?", f"{_ordinal(want)}에 오는 {josa(thing, '을/를')} 쓰세요.",
                    f"규칙을 찾아 {_ordinal(want)} {josa(thing, '이/가')} 무엇인지 알아보시오."])
    w = _kid(rng.choice(NAMES))
    text = f"{josa(w, '은/는')} {subj}. {q}" if kind == 0 else f"{subj}. {q}"
    ans_word = ans
    d = 3 if want > 2 * L else 2
    return Problem(text=text, answer=ans_word, format="word", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["규칙"], check=lambda: [unit[i % L] for i in range(want)][-1] == ans)


@family("2수02-01", "number-pattern-fill")
def _f0201_numbers(rng: random.Random) -> Problem:
    step = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 15, 20, 25])
    down = rng.random() < 0.35
    n = rng.randint(6, 7)
    start = rng.randint(1, 30) + (step * (n - 1) if down else 0)
    seq = [start + (-step if down else step) * i for i in range(n)]
    kind = rng.randrange(3)
    if kind == 0:
        holes = sorted(rng.sample(range(1, n), 2))
        shown = ", ".join("□" if i in holes else str(v) for i, v in enumerate(seq))
        text = rng.choice([f"수의 배열에서 규칙을 찾아 □ 안에 알맞은 수를 써넣으세요.\n{shown}",
                           f"{shown}\n규칙에 맞게 빈칸을 채우시오."])
        ans, fmt = ", ".join(str(seq[i]) for i in holes), "fill"
    elif kind == 1:
        shown = ", ".join(map(str, seq[:4]))
        text = rng.choice([f"다음 수의 배열에서 규칙을 찾아 쓰세요.\n{shown}",
                           f"{shown}에서 찾을 수 있는 규칙을 말해 보세요."])
        ans = f"{seq[0]}부터 시작하여 {step}씩 {'작아' if down else '커'}집니다."
        fmt = "word"
    else:
        shown = " - ".join(map(str, seq[:4]))
        text = f"규칙에 따라 수를 늘어놓았습니다. 여섯째에 올 수는 얼마인가요?\n{shown} - …"
        ans, fmt = str(seq[5]), "word"
    d = 2 if step <= 5 else 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=elementary_level(d), concepts=["규칙", "수 배열"],
                   check=lambda: len({seq[i + 1] - seq[i] for i in range(n - 1)}) == 1 and min(seq) > 0)


@family("2수02-01", "hundred-chart-rule")
def _f0201_chart(rng: random.Random) -> Problem:
    r0 = rng.randint(0, 6)
    c0 = rng.randint(1, 7)
    cells = [[r0 * 10 + c0 + r * 10 + c for c in range(3)] for r in range(3)]
    kind = rng.randrange(3)
    if kind == 0:
        direction, step = rng.choice([("→", 1), ("↓", 10), ("↘", 11), ("↙", 9)])
        text = (f"1부터 100까지의 수 배열표의 일부입니다. {direction} 방향으로 수가 몇씩 커지는지 쓰세요.\n"
                + "\n".join("  ".join(str(v) for v in row) for row in cells))
        ans, fmt, d = f"{step}씩", "data", 2 if step in (1, 10) else 3
        chk = lambda: cells[1][1] - cells[0][0] == 11 and cells[1][0] - cells[0][1] == 9  # noqa: E731
    else:
        hr, hc = rng.randint(0, 2), rng.randint(0, 2)
        hr2, hc2 = (hr + 1) % 3, (hc + 2) % 3
        marks = {(hr, hc): "㉠", (hr2, hc2): "㉡"}
        rows = [[marks.get((r, c), str(cells[r][c])) for c in range(3)] for r in range(3)]
        text = (rng.choice(["수 배열표의 일부분입니다. 규칙을 찾아 ㉠, ㉡에 알맞은 수를 구하세요.",
                            "다음은 1부터 100까지 수를 10개씩 한 줄로 쓴 표의 일부입니다. ㉠과 ㉡에 들어갈 수를 쓰시오."])
                + "\n" + "\n".join("  ".join(f"{v:>2}" for v in row) for row in rows))
        ans = f"㉠ {cells[hr][hc]}, ㉡ {cells[hr2][hc2]}"
        fmt, d = "fill", 3
        chk = lambda: all(cells[r][c] == r0 * 10 + c0 + r * 10 + c for r in range(3) for c in range(3))  # noqa: E731
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=elementary_level(d),
                   concepts=["규칙", "수 배열표"], check=chk)


@family("2수02-01", "addition-table-rule")
def _f0201_addtable(rng: random.Random) -> Problem:
    a0, b0 = rng.randint(0, 5), rng.randint(0, 5)
    rows_v = list(range(a0, a0 + 4))
    cols_v = list(range(b0, b0 + 4))
    grid = [[r + c for c in cols_v] for r in rows_v]
    kind = rng.randrange(3)
    if kind == 0:
        holes = rng.sample([(i, j) for i in range(4) for j in range(4)], 2)
        marks = {holes[0]: "㉠", holes[1]: "㉡"}
        body = [[str(r), *[marks.get((i, j), str(grid[i][j])) for j in range(4)]] for i, r in enumerate(rows_v)]
        text = ("덧셈표의 일부입니다. 규칙을 찾아 ㉠, ㉡에 알맞은 수를 써넣으세요.\n"
                + _table(rng, ["+", *map(str, cols_v)], body))
        ans, fmt, d = f"㉠ {grid[holes[0][0]][holes[0][1]]}, ㉡ {grid[holes[1][0]][holes[1][1]]}", "data", 2
    elif kind == 1:
        body = [[str(r), *map(str, grid[i])] for i, r in enumerate(rows_v)]
        which = rng.choice(["오른쪽으로", "아래쪽으로"])
        text = (f"덧셈표를 보고 물음에 답하세요. 같은 줄에서 {which} 한 칸씩 갈 때 수는 어떻게 변하나요?\n"
                + _table(rng, ["+", *map(str, cols_v)], body))
        ans, fmt, d = "1씩 커집니다.", "data", 2
    else:
        body = [[str(r), *map(str, grid[i])] for i, r in enumerate(rows_v)]
        text = ("덧셈표에서 ↗ 방향(왼쪽 아래에서 오른쪽 위)으로 놓인 수들에는 어떤 규칙이 있는지 쓰세요.\n"
                + _table(rng, ["+", *map(str, cols_v)], body))
        ans, fmt, d = "같은 수가 놓여 있습니다.", "proof", 4
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=elementary_level(d),
                   concepts=["규칙", "덧셈표"], check=lambda: all(grid[i][j] == rows_v[i] + cols_v[j] for i in range(4) for j in range(4)))


@family("2수02-01", "times-table-rule")
def _f0201_multable(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        k = rng.randint(4, 7)
        sq = [i * i for i in range(1, k + 1)]
        text = ("곱셈표에서 같은 두 수를 곱한 칸의 수를 차례로 쓴 것입니다. 규칙을 찾아 다음에 올 수를 구하세요.\n"
                + ", ".join(map(str, sq)) + ", □")
        ans, d = str((k + 1) ** 2), 4
        chk = lambda: (k + 1) ** 2 - sq[-1] == 2 * k + 1  # noqa: E731
        fmt = "fill"
    elif kind == 1:
        dan = rng.choice([2, 4, 5, 6, 8])
        ones = [dan * i % 10 for i in range(1, 10)]
        text = (f"곱셈표의 {dan}단에 있는 수들의 일의 자리 숫자를 차례로 쓰면 어떤 규칙이 있나요? 일의 자리 숫자를 "
                "차례로 쓰고, 규칙을 말해 보세요.")
        period = next(p for p in range(1, 10) if all(ones[i] == ones[i % p] for i in range(9)))
        ans = ", ".join(map(str, ones)) + f"; {josa(', '.join(map(str, ones[:period])), '이/가')} 되풀이됩니다."
        d, fmt = 4, "proof"
        chk = lambda: all(ones[i] == ones[i % period] for i in range(9))  # noqa: E731
    else:
        a = rng.randint(2, 8)
        b = rng.randint(2, 8)
        text = (f"곱셈표를 점선(왼쪽 위에서 오른쪽 아래로 그은 선)을 따라 접으면 {a} × {b}의 칸과 만나는 칸은 몇 × 몇의 칸이고, "
                "그 수는 얼마인가요?")
        ans, d, fmt = f"{b} × {a}, {a * b}", 3, "word"
        chk = lambda: a * b == b * a  # noqa: E731
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=elementary_level(d),
                   concepts=["규칙", "곱셈표"], check=chk)


@family("2수02-01", "growing-pattern")
def _f0201_growing(rng: random.Random) -> Problem:
    first = rng.randint(1, 4)
    step = rng.randint(1, 4)
    obj, unit = rng.choice([("바둑돌", "개"), ("성냥개비", "개"), ("쌓기나무", "개"), ("구슬", "개"), ("면봉", "개")])
    counts = [first + step * i for i in range(6)]
    want = rng.randint(4, 6)
    shown = rng.choice([
        "  ".join(f"[{_ordinal(i + 1)}] {'●' * counts[i]}" for i in range(3)),
        ", ".join(f"{_ordinal(i + 1)} {counts[i]}{unit}" for i in range(3)),
    ]) if obj == "바둑돌" else ", ".join(f"{_ordinal(i + 1)} {counts[i]}{unit}" for i in range(3))
    text = rng.choice([
        f"{josa(obj, '을/를')} 규칙에 따라 늘어놓고 있습니다. {_ordinal(want)}에는 {josa(obj, '이/가')} 몇 {unit} 필요한가요?\n{shown}",
        f"다음과 같이 규칙적으로 {josa(obj, '을/를')} 놓았습니다. 규칙을 찾아 {_ordinal(want)}에 놓을 {obj}의 수를 구하시오.\n{shown}",
    ])
    d = 3 if want == 4 else 4
    return Problem(text=text, answer=f"{counts[want - 1]}{unit}", format="word", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["규칙"], check=lambda: counts[want - 1] == first + step * (want - 1))


@family("2수02-01", "express-pattern-other-way")
def _f0201_express(rng: random.Random) -> Problem:
    unit = _unit(rng, rng.choice([_FRUITS, _SYMS]))
    L = len(unit)
    distinct = list(dict.fromkeys(unit))
    kind = rng.randrange(2)
    n = max(6, 2 * L + rng.randint(0, L - 1))
    seq = [unit[i % L] for i in range(n)]
    if kind == 0:
        code = {v: str(i + 1) for i, v in enumerate(distinct)}
        legend = ", ".join(f"{josa(v, '은/는')} {c}" for v, c in code.items())
        text = (f"규칙에 따라 놓은 것을 수로 나타내려고 합니다. {josa(legend, '으로/로')} 나타낼 때 빈칸에 알맞은 수를 차례로 쓰세요.\n"
                + " ".join(seq) + "\n" + " ".join(code[v] if i < L else "□" for i, v in enumerate(seq)))
        ans = ", ".join(code[v] for v in seq[L:])
        fmt = "fill"
    else:
        moves = rng.sample(["손뼉", "발 구르기", "만세", "무릎 치기"], len(distinct))
        code = dict(zip(distinct, moves, strict=True))
        legend = ", ".join(f"{josa(v, '은/는')} {c}" for v, c in code.items())
        legend = legend[: -len(moves[-1])] + josa(moves[-1], "으로/로")
        text = (f"다음 배열의 규칙을 몸동작으로 나타내려고 합니다. {legend} 나타낸다면 처음부터 여섯째까지 "
                "동작을 차례로 쓰세요.\n" + " ".join(seq))
        ans = ", ".join(code[v] for v in seq[:6]) if n >= 6 else ", ".join(code[unit[i % L]] for i in range(6))
        fmt = "task"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B",
                   concepts=["규칙"], check=lambda: all(seq[i] == unit[i % L] for i in range(n)))


@family("2수02-01", "calendar-rule")
def _f0201_calendar(rng: random.Random) -> Problem:
    first = rng.randint(1, 7)
    col = [first + 7 * i for i in range(5) if first + 7 * i <= 31]
    kind = rng.randrange(3)
    if kind == 0:
        day = rng.choice(["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"])
        shown = ", ".join(map(str, col[:3]))
        text = (f"어느 달 달력에서 {day}의 날짜를 차례로 썼습니다. 규칙을 찾아 넷째 {day}의 날짜를 구하세요.\n{shown}, □")
        ans, fmt, d = f"{col[3]}일", "fill", 2
    elif kind == 1:
        text = "달력에서 어느 날짜의 바로 아래 칸에 있는 날짜는 몇씩 커지나요? 그 까닭도 쓰세요."
        ans, fmt, d = "7씩 커집니다. 일주일은 7일이므로 같은 요일이 7일마다 돌아오기 때문입니다.", "proof", 3
    else:
        a = rng.randint(1, 12)
        fmt, d = "word", 4
        text = (f"달력에서 ↘ 방향으로 한 칸씩 가면 날짜가 몇씩 커지는지 알아보려고 합니다. {a}일의 ↘ 방향 바로 다음 날짜가 "
                f"{a + 8}일일 때, 그 다음 ↘ 방향 날짜는 며칠인가요?")
        ans = f"{a + 16}일"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=elementary_level(d),
                   concepts=["규칙"], check=lambda: col[1] - col[0] == 7)


@family("2수02-01", "find-broken-pattern")
def _f0201_broken(rng: random.Random) -> Problem:
    unit = _unit(rng, _SYMS)
    L = len(unit)
    n = 3 * L + 1 if L <= 3 else 2 * L + 2
    seq = [unit[i % L] for i in range(n)]
    pos = rng.randint(L, n - L - 1)
    wrong = rng.choice([s for s in dict.fromkeys(unit) if s != seq[pos]] or [s for s in _SYMS if s != seq[pos]])
    bad = seq[:]
    bad[pos] = wrong
    text = rng.choice(["규칙에 따라 모양을 늘어놓다가 한 군데를 잘못 놓았습니다. 잘못 놓은 것은 몇째인가요?\n" + " ".join(bad),
                       "다음 배열에서 규칙에 맞지 않는 모양을 찾아 몇째인지 쓰고, 그 자리에 와야 할 모양을 쓰세요.\n" + " ".join(bad)])
    ans = f"{_ordinal(pos + 1)}" + (f", {seq[pos]}" if "와야 할" in text else "")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["규칙"],
                   check=lambda: [i for i in range(n) if bad[i] != seq[i]] == [pos])



# -- 2수02-02 정한 규칙에 따라 배열하기 ---------------------------------------------------------------
def _rule_text(unit: list[str], unit_word: str = "개") -> str:
    """'빨간색 2개, 파란색 1개' for a unit such as [빨강, 빨강, 파랑]."""
    runs: list[list[object]] = []
    for u in unit:
        if runs and runs[-1][0] == u:
            runs[-1][1] += 1  # type: ignore[operator]
        else:
            runs.append([u, 1])
    return ", ".join(f"{u} {k}{unit_word}" for u, k in runs)


@family("2수02-02", "beads-by-rule-count")
def _f0202_beads(rng: random.Random) -> Problem:
    colors = rng.sample(["빨간", "파란", "노란", "초록", "하얀", "보라"], 2)
    a, b = rng.randint(1, 3), rng.randint(1, 3)
    unit = [colors[0]] * a + [colors[1]] * b
    L = a + b
    n = L * rng.randint(2, 4) + rng.randint(0, L - 1)
    thing, verb = rng.choice([("구슬", "꿰어 팔찌를 만들려고"), ("단추", "한 줄로 달려고"), ("구슬", "실에 꿰려고")])
    w = _kid(rng.choice(NAMES))
    ask = rng.choice(colors)
    cnt = sum(1 for i in range(n) if unit[i % L] == ask)
    text = (f"{josa(w, '은/는')} '{colors[0]} {thing} {a}개, {colors[1]} {thing} {b}개'를 되풀이하는 규칙으로 {thing} {n}개를 "
            f"{verb} 합니다. {ask} {josa(thing, '은/는')} 몇 개 필요한가요?")
    d = 3 if n <= 10 else 4
    return Problem(text=text, answer=f"{cnt}개", format="word", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["규칙"], check=lambda: cnt == [unit[i % L] for i in range(n)].count(ask))


@family("2수02-02", "numbers-by-given-rule")
def _f0202_numbers(rng: random.Random) -> Problem:
    start = rng.randint(1, 40)
    step = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    down = rng.random() < 0.3 and start > step * 6
    if rng.random() < 0.3 and not down:
        start = rng.randint(step * 6 + 1, 90)
        down = True
    seq = [start + (-step if down else step) * i for i in range(6)]
    kind = rng.randrange(3)
    word = "작아지는" if down else "커지는"
    if kind == 0:
        text = rng.choice([f"{start}부터 시작하여 {step}씩 {word} 규칙으로 수를 다섯 개 늘어놓으세요.",
                           f"'{start}에서 시작하여 {step}씩 {word}' 규칙에 따라 수를 차례로 5개 쓰시오."])
        ans, fmt, d = ", ".join(map(str, seq[:5])), "task", 2
    elif kind == 1:
        text = (f"□ 안에 알맞은 수를 써넣어 {step}씩 {word} 규칙으로 수를 늘어놓으세요.\n"
                f"{start}, □, □, □, □")
        ans, fmt, d = ", ".join(map(str, seq[1:5])), "fill", 2
    else:
        w = _kid(rng.choice(NAMES))
        text = (f"{josa(w, '은/는')} '{start}부터 {step}씩 {word}' 규칙을 정하여 수 카드를 늘어놓았습니다. "
                "여섯째 카드에 쓸 수는 얼마인가요?")
        ans, fmt, d = str(seq[5]), "word", 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=elementary_level(d),
                   concepts=["규칙", "수 배열"], check=lambda: min(seq) > 0 and len({abs(seq[i + 1] - seq[i]) for i in range(5)}) == 1)


@family("2수02-02", "pattern-from-rule")
def _f0202_pattern(rng: random.Random) -> Problem:
    unit = _unit(rng, _SYMS)
    L = len(unit)
    n = rng.randint(2 * L, 3 * L + 1) if L > 2 else rng.randint(6, 9)
    seq = [unit[i % L] for i in range(n)]
    rule = _rule_text(unit)
    if len(set(unit)) == L:
        rule = ", ".join(unit) + " 순서"
    text = rng.choice([
        f"'{rule}'를 되풀이하는 규칙으로 모양 {n}개를 늘어놓으세요.",
        f"다음 규칙에 따라 모양을 {n}개 그려 보시오.\n규칙: {rule}{'로' if rule.endswith('서') else '씩'} 차례로 반복하기",
        f"규칙을 정했습니다. 규칙에 맞게 빈칸에 들어갈 모양을 차례로 쓰세요.\n규칙: {rule}를 되풀이\n"
        + " ".join(seq[:L]) + " " + " ".join(["(  )"] * (n - L)),
    ])
    if "(  )" in text:
        ans, fmt = " ".join(seq[L:]), "fill"
    else:
        ans, fmt = " ".join(seq), "task"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="C",
                   concepts=["규칙", "무늬"], check=lambda: all(seq[i] == seq[i % L] for i in range(n)))


@family("2수02-02", "follows-rule-mcq")
def _f0202_mcq(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        step = rng.randint(2, 9)
        start = rng.randint(1, 20)
        good = [start + step * i for i in range(4)]
        rule = f"{step}씩 커지는 규칙"
        bads = [[start + (step + 1) * i for i in range(4)], [start + step * i + (1 if i == 2 else 0) for i in range(4)],
                [start + (step - 1) * i for i in range(4)], [start + step * i for i in (0, 1, 3, 4)],
                [start + 2 * step * i for i in range(4)], [start + step * i - (1 if i == 3 else 0) for i in range(4)]]
        correct = ", ".join(map(str, good))
        wrong = [", ".join(map(str, b)) for b in bads if b != good]
        chk = lambda: True  # noqa: E731
    else:
        a, b = rng.sample(_SYMS, 2)
        k = rng.randint(1, 2)
        unit = [a] * k + [b]
        rule = f"{a} {k}개, {b} 1개를 되풀이하는 규칙"
        good = [unit[i % len(unit)] for i in range(7)]
        correct = " ".join(good)
        units = [[a, b], [a] * (k + 1) + [b], [b, b, a], [a] * k + [b, b], [a, a, b, b], [a, b, b, b], [a] * 3 + [b]]
        alts = [[u[i % len(u)] for i in range(7)] for u in units]
        wrong = [" ".join(x) for x in alts if x != good]
        chk = lambda: good == [unit[i % len(unit)] for i in range(7)]  # noqa: E731
    stem = rng.choice([f"'{rule}'에 따라 바르게 늘어놓은 것은 어느 것인가요?",
                       f"서윤이는 '{rule}'을 정했습니다. 이 규칙에 맞게 늘어놓은 것을 고르세요."])
    stem = stem.replace("규칙'을", "규칙'을")
    ch = choices(rng, correct, wrong)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["규칙"], choice=ch, check=chk)


@family("2수02-02", "tile-grid-rule")
def _f0202_tiles(rng: random.Random) -> Problem:
    c1, c2 = rng.sample(["빨간색", "노란색", "파란색", "초록색", "흰색", "검은색"], 2)
    r, c = rng.randint(2, 5), rng.randint(2, 7)
    kind = rng.randrange(2)
    if kind == 0:
        color = c1 if (r + c) % 2 == 0 else c2
        text = (f"바닥에 타일을 깔려고 합니다. 첫째 줄은 {c1}부터, 둘째 줄은 {c2}부터 시작하여 {c1}과 {c2}을 번갈아 놓는 규칙을 "
                f"정했습니다. 이 규칙대로 깔 때 {_ordinal(r)} 줄의 {_ordinal(c)} 칸 타일은 무슨 색인가요?")
        text = text.replace(f"{c1}과 {c2}을", f"{josa(c1, '과/와')} {josa(c2, '을/를')}")
        chk = lambda: color == [c1, c2][(r - 1 + c - 1) % 2]  # noqa: E731
    else:
        color = c1 if c <= 2 or (c - 1) % 3 < 2 else c2
        pat = [c1, c1, c2]
        color = pat[(c - 1) % 3]
        text = (f"벽에 한 줄로 스티커를 붙이려고 합니다. '{c1} 2장, {c2} 1장'을 되풀이하는 규칙으로 붙일 때 "
                f"{_ordinal(c + 3)} 스티커는 무슨 색인가요?")
        color = pat[(c + 2) % 3]
        chk = lambda: color == [pat[i % 3] for i in range(c + 3)][-1]  # noqa: E731
    return Problem(text=text, answer=color, format="word", difficulty=3 if kind == 1 else 4,
                   achievement_level="B" if kind == 1 else "A", concepts=["규칙", "무늬"], check=chk)


@family("2수02-02", "sound-rule-count")
def _f0202_sound(rng: random.Random) -> Problem:
    s1, s2 = rng.sample(["짝", "쿵", "탁", "딩", "똑"], 2)
    a, b = rng.randint(1, 3), rng.randint(1, 2)
    unit = [s1] * a + [s2] * b
    L = a + b
    n = rng.randint(2 * L, 15)
    cnt = [unit[i % L] for i in range(n)].count(s2)
    w = _kid(rng.choice(NAMES))
    rhythm = " ".join(unit)
    text = rng.choice([
        f"{josa(w, '은/는')} '{rhythm}'을 되풀이하는 규칙으로 소리를 내기로 했습니다. 처음부터 소리를 {n}번 내면 '{s2}' 소리는 몇 번 나나요?",
        f"모둠 친구들과 '{rhythm}' 리듬을 반복하여 악기를 치기로 규칙을 정했습니다. 모두 {n}번 쳤을 때 '{s2}'는 몇 번 쳤을까요?",
    ])
    text = text.replace(f"'{rhythm}'을", f"'{rhythm}'{_p(unit[-1], '을/를')}").replace(f"'{s2}'는", josa(f"'{s2}'", "은/는"))
    d = 3 if n <= 10 else 4
    return Problem(text=text, answer=f"{cnt}번", format="word", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["규칙"], check=lambda: cnt == sum(1 for i in range(n) if i % L >= a))


@family("2수02-02", "own-rule-task")
def _f0202_own(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        a, b = rng.sample(_SYMS, 2)
        text = rng.choice([f"{josa(a, '과/와')} {josa(b, '을/를')} 사용하여 나만의 규칙을 정하고, 그 규칙에 따라 모양을 8개 늘어놓아 보세요. 어떤 규칙인지도 쓰세요.",
                           f"두 가지 모양 {a}, {b}로 규칙을 만들어 무늬를 꾸며 보고, 친구에게 규칙을 설명해 보시오."])
        ans = f"예: {a} {b} {b} {a} {b} {b} {a} {b} — '{a} 1개, {b} 2개'를 되풀이하는 규칙"
    elif kind == 1:
        lo = rng.randint(1, 20)
        text = (f"{lo}부터 시작하여 일정하게 커지는 나만의 규칙을 정하고, 그 규칙에 따라 수를 6개 늘어놓아 보세요. 정한 규칙도 쓰세요.")
        st = rng.randint(2, 5)
        ans = f"예: {', '.join(str(lo + st * i) for i in range(6))} — {st}씩 커지는 규칙"
    else:
        c1, c2, c3 = rng.sample(_COLORS, 3)
        text = (f"{c1}, {c2}, {c3} 색연필로 9칸짜리 띠를 색칠하려고 합니다. 나만의 규칙을 정해 색칠할 색을 차례로 쓰고, "
                "규칙을 설명하세요.")
        ans = f"예: {c1}, {c2}, {c3}, {c1}, {c2}, {c3}, {c1}, {c2}, {c3} — 세 가지 색을 차례로 되풀이"
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="A" if kind else "B",
                   concepts=["규칙"])


@family("2수02-02", "deduce-rule-from-result")
def _f0202_deduce(rng: random.Random) -> Problem:
    start = rng.randint(1, 15)
    step = rng.randint(2, 9)
    k = rng.randint(4, 6)
    last = start + step * (k - 1)
    w = _kid(rng.choice(NAMES))
    text = rng.choice([
        f"{josa(w, '은/는')} {start}부터 시작하여 일정한 수만큼씩 커지는 규칙을 정해 수를 늘어놓았습니다. {_ordinal(k)} 수가 "
        f"{last}일 때, 몇씩 커지는 규칙인가요?",
        f"□ 안에 알맞은 수를 써넣으세요.\n{start}부터 □씩 커지는 규칙으로 수를 늘어놓았더니 {_ordinal(k)} 수가 {josa(str(last), '이었습니다/였습니다')}.",
    ]) if True else ""
    text = text.replace(f"{last}이었습니다/였습니다", f"{last}{'이었습니다' if _p(str(last), '이/가') == '이' else '였습니다'}")
    text = text.replace(f"{last}이었습니다/였습니다", "")
    fmt = "fill" if "□" in text else "word"
    return Problem(text=text, answer=str(step) if fmt == "fill" else f"{step}씩", format=fmt, difficulty=4,
                   achievement_level="A", concepts=["규칙"], check=lambda: (last - start) % (k - 1) == 0 and (last - start) // (k - 1) == step)


@family("2수02-02", "misplaced-by-rule")
def _f0202_misplaced(rng: random.Random) -> Problem:
    fr = rng.sample(_FRUITS, 2)
    a, b = rng.randint(1, 2), rng.randint(1, 2)
    unit = [fr[0]] * a + [fr[1]] * b
    L = a + b
    n = 3 * L + 1
    seq = [unit[i % L] for i in range(n)]
    pos = rng.randint(L, n - 2)
    bad = seq[:]
    bad[pos] = fr[1] if seq[pos] == fr[0] else fr[0]
    w = _kid(rng.choice(NAMES))
    text = (f"{josa(w, '은/는')} '{_rule_text(unit)}'를 되풀이하는 규칙으로 과일 모형을 늘어놓았는데, 한 곳을 잘못 놓았습니다. "
            f"잘못 놓은 것은 몇째인가요?\n" + ", ".join(bad))
    return Problem(text=text, answer=_ordinal(pos + 1), format="word", difficulty=3, achievement_level="B",
                   concepts=["규칙"], check=lambda: [i for i in range(n) if bad[i] != seq[i]] == [pos])
