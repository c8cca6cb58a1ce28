"""Grades 3–4, 도형과 측정 — 4수03-12 … 4수03-25: filling shapes with pieces, time to the second,
length (mm, km), capacity (L, mL), weight (g, kg, t) and angles (degrees, angle sums).

Reuses the private helpers of ``g4su03a`` (particles after units and point labels, mcq builders).
Private helpers of this module: ``_kind`` (format from a template), ``_hms``/``_ms``/``_dur``/``_clock``
(time text), ``_cm``/``_km``/``_lml``/``_kgg``/``_tkg`` (mixed-unit text) and ``_rand_*`` samplers.
"""

from __future__ import annotations

import random

from mathtag.corpus.generators.base import Problem, elementary_level, family
from mathtag.corpus.generators.g4su03a import _j, _mcq, _p, _tf_mcq
from mathtag.corpus.korean import name, names


def _kind(text: str, default: str = "word") -> str:
    """``fill`` when the text has a blank to fill, else ``default``."""
    return "fill" if ("□" in text or "(  )" in text) else default


# == 4수03-12 주어진 도형으로 모양 만들기·채우기 =========================================================
# Pattern-block pieces measured in "small equilateral triangles" (one unit = one 정삼각형 조각).
_PIECE_TRI = {"정삼각형": 1, "마름모": 2, "사다리꼴": 3, "정육각형": 6}


@family("4수03-12", "hexagon-from-pieces")
def _hex_pieces(rng: random.Random) -> Problem:
    piece = rng.choice(["정삼각형", "마름모", "사다리꼴"])
    k = rng.choice([1, 1, 2, 3, 4])
    per = 6 // _PIECE_TRI[piece]
    ans = per * k
    tgt = "정육각형" if k == 1 else f"정육각형 {k}개"
    who = name(rng)
    text = rng.choice([
        f"모양 조각 중 {_j(piece, '을/를')} 겹치지 않게 빈틈없이 이어 붙여 {_j(tgt, '을/를')} 만들려고 합니다. {piece} 조각은 몇 개 필요합니까?",
        f"{_j(who, '은/는')} {piece} 조각만 사용하여 {tgt} 모양을 빈틈없이 채웠습니다. 사용한 {piece} 조각은 몇 개일까요?",
        f"□ 안에 알맞은 수를 써넣으세요.\n{tgt} 모양을 {piece} 조각으로 겹치지 않게 채우면 {piece} 조각이 □개 필요합니다.",
        f"모양 조각 상자에서 {_j(piece, '을/를')} 꺼내 {tgt} 모양 틀을 빈틈없이 채우려고 합니다. {piece} 조각이 몇 개 있어야 하는지 구하시오.",
    ])
    d = 2 if k == 1 else 3
    return Problem(text=text, answer=str(ans) if "□" in text else f"{ans}개", format=_kind(text), difficulty=d,
                   achievement_level=elementary_level(d), concepts=["정삼각형", "정다각형"],
                   check=lambda: ans * _PIECE_TRI[piece] == 6 * k)


@family("4수03-12", "big-shape-from-small")
def _big_from_small(rng: random.Random) -> Problem:
    """Shapes measured in small pieces: a bigger shape of the same kind or a composite shape."""
    case = rng.choice(["tri", "square", "trap", "rhombus"])
    if case == "tri":
        m = rng.randint(2, 4)
        small, big, ans = "정삼각형", f"한 변의 길이가 {m}배인 큰 정삼각형", m * m
    elif case == "square":
        m = rng.randint(2, 5)
        s = rng.choice([2, 3, 4, 5])
        small, big, ans = f"한 변이 {s} cm인 정사각형", f"한 변이 {s * m} cm인 큰 정사각형", m * m
    elif case == "trap":
        k = rng.randint(1, 3)
        small, big, ans = "정삼각형", ("사다리꼴" if k == 1 else f"사다리꼴 {k}개"), 3 * k
    else:
        k = rng.randint(1, 4)
        small, big, ans = "정삼각형", ("마름모" if k == 1 else f"마름모 {k}개"), 2 * k
    text = rng.choice([
        f"{small} 모양 조각을 겹치지 않게 빈틈없이 이어 붙여 {_j(big, '을/를')} 만들려고 합니다. 조각은 모두 몇 개 필요합니까?",
        f"{small} 조각으로 {_j(big, '을/를')} 빈틈없이 채워 만들려면 조각이 몇 개 있어야 할까요?",
        f"□ 안에 알맞은 수를 써넣으세요.\n{small} 조각 □개를 겹치지 않게 이어 붙이면 {_j(big, '을/를')} 만들 수 있습니다.",
    ])
    d = 3 if case in ("tri", "square") else 2
    if case == "tri":
        chk = lambda: sum(2 * i - 1 for i in range(1, m + 1)) == ans  # noqa: E731  (rows of 1, 3, 5 … triangles)
    elif case == "square":
        chk = lambda: ((s * m) // s) ** 2 == ans  # noqa: E731
    else:
        chk = lambda: ans % _PIECE_TRI[big.split()[0]] == 0  # noqa: E731
    return Problem(text=text, answer=str(ans) if "□" in text else f"{ans}개", format=_kind(text), difficulty=d,
                   achievement_level=elementary_level(d), concepts=["정삼각형", "정사각형", "사다리꼴", "마름모"],
                   check=chk)


@family("4수03-12", "tile-rectangle-count")
def _tile_rect(rng: random.Random) -> Problem:
    s = rng.choice([1, 2, 3, 4, 5, 10, 20])
    unit = "m" if s in (1, 2) and rng.random() < 0.3 else "cm"
    a, b = rng.randint(2, 9), rng.randint(2, 7)
    W, H = a * s, b * s
    half = rng.random() < 0.3
    place = rng.choice(["게시판", "벽면", "식탁 위 받침판", "상자 바닥", "액자 안쪽", "욕실 바닥"])
    tile = "정사각형 모양 타일" if not half else "정사각형을 대각선으로 반으로 자른 직각삼각형 모양 조각"
    ans = a * b * (2 if half else 1)
    text = rng.choice([
        f"가로 {W} {unit}, 세로 {H} {unit}인 직사각형 모양 {_j(place, '을/를')} 한 변이 {s} {unit}인 {tile}로 빈틈없이 채우려고 합니다. 모두 몇 개가 필요합니까?",
        f"{_j(name(rng), '은/는')} 가로가 {W} {unit}, 세로가 {H} {unit}인 {_j(place, '을/를')} 겹치지 않게 덮으려고 합니다. 한 변이 {s} {unit}인 {_j(tile, '을/를')} 사용하면 몇 개 필요한지 구하세요.",
        f"한 변이 {s} {unit}인 {_j(tile, '으로/로')} 가로 {W} {unit}, 세로 {H} {unit}인 직사각형을 빈틈없이 채웠습니다. 사용한 조각의 수를 구하시오.",
    ])
    if half:
        text = text.replace(f"한 변이 {s} {unit}인 ", f"짧은 두 변이 {s} {unit}인 ")
    d = 4 if half else 3
    return Problem(text=text, answer=f"{ans}개", format="word", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["정사각형", "직사각형"] + (["직각삼각형"] if half else []),
                   check=lambda: (W // s) * (H // s) * (2 if half else 1) == ans and W % s == 0 and H % s == 0)


@family("4수03-12", "which-fills-plane")
def _fills_plane(rng: random.Random) -> Problem:
    good = ["정삼각형", "정사각형", "정육각형"]
    bad = ["정오각형", "정팔각형", "원", "정칠각형", "정십각형"]
    want = rng.random() < 0.6
    if want:
        correct, wrong = rng.choice(good), rng.sample(bad, 4)
        stem = rng.choice([
            "한 가지 모양의 조각만 여러 개 사용하여 바닥을 겹치지 않고 빈틈없이 덮으려고 합니다. 사용할 수 있는 조각은 어느 것입니까?",
            "같은 모양의 타일만으로 욕실 바닥을 틈 없이 깔 수 있는 것을 고르시오.",
            "다음 중 한 가지 도형만 이어 붙여 평면을 빈틈없이 채울 수 있는 것은 어느 것인가요?",
        ])
        ok = set(good)
    else:
        correct, wrong = rng.choice(bad), rng.sample(good + ["직사각형", "평행사변형"], 4)
        stem = rng.choice([
            "한 가지 모양만 여러 개 이어 붙였을 때 빈틈이 생기거나 겹치게 되어 평면을 채울 수 없는 것은 어느 것입니까?",
            "같은 모양의 조각만으로 바닥을 빈틈없이 덮을 수 없는 것을 고르시오.",
        ])
        ok = set(bad)
    return _mcq(rng, stem, correct, wrong, difficulty=3, level="B", concepts=["정다각형"],
                check=lambda ch: ch.options[ch.correct] in ok and sum(o in ok for o in ch.options) == 1)


@family("4수03-12", "strip-perimeter")
def _strip_perim(rng: random.Random) -> Problem:
    shape = rng.choice(["정삼각형", "정사각형", "정사각형"])
    k = rng.randint(2, 9)
    s = rng.randint(2, 12)
    if shape == "정삼각형":
        ans = (k + 2) * s
        how = "위아래를 번갈아 뒤집어 가며 변끼리 맞대어 한 줄로"
    else:
        ans = 2 * (k + 1) * s
        how = "변끼리 꼭 맞게 한 줄로"
    text = rng.choice([
        f"한 변이 {s} cm인 {shape} 조각 {k}개를 {how} 이어 붙여 새로운 모양을 만들었습니다. 만든 모양의 둘레는 몇 cm입니까?",
        f"{_j(name(rng), '은/는')} 한 변이 {s} cm인 {shape} 모양 색종이 {k}장을 {how} 붙였습니다. 만든 모양의 바깥 둘레를 구하세요.",
        f"□ 안에 알맞은 수를 써넣으세요.\n한 변이 {s} cm인 {shape} {k}개를 {how} 이어 붙인 모양의 둘레는 □ cm입니다.",
    ])
    if shape == "정삼각형":
        chk = lambda: 3 * k * s - 2 * (k - 1) * s == ans  # noqa: E731
    else:
        chk = lambda: 4 * k * s - 2 * (k - 1) * s == ans  # noqa: E731
    d = 4 if shape == "정삼각형" else 3
    return Problem(text=text, answer=str(ans) if "□" in text else f"{ans} cm", format=_kind(text), difficulty=d,
                   achievement_level=elementary_level(d), concepts=[shape], check=chk)


@family("4수03-12", "mix-pieces-hexagon")
def _mix_hex(rng: random.Random) -> Problem:
    mode = rng.choice(["complete", "complete", "fewest", "most"])
    if mode == "complete":
        used = rng.choice([("사다리꼴", 1), ("마름모", 1), ("마름모", 2), ("정삼각형", 2), ("정삼각형", 4), ("정삼각형", 3)])
        left = 6 - _PIECE_TRI[used[0]] * used[1]
        fill = rng.choice([p for p in ("정삼각형", "마름모", "사다리꼴")
                           if left % _PIECE_TRI[p] == 0 and _PIECE_TRI[p] <= left and p != used[0]])
        ans = left // _PIECE_TRI[fill]
        text = rng.choice([
            f"정육각형 모양 틀에 {used[0]} 조각 {used[1]}개를 먼저 놓았습니다. 남은 부분을 {fill} 조각으로만 빈틈없이 채우려면 {fill} 조각이 몇 개 더 필요합니까?",
            f"{_j(name(rng), '은/는')} {used[0]} {used[1]}개와 {fill} 몇 개를 사용하여 정육각형을 빈틈없이 채웠습니다. 사용한 {fill} 조각은 몇 개입니까?",
        ])
        chk = lambda: _PIECE_TRI[used[0]] * used[1] + _PIECE_TRI[fill] * ans == 6  # noqa: E731
        d, fmt, answer = 3, "word", f"{ans}개"
    else:
        ways = [(t, r, z) for t in range(7) for r in range(4) for z in range(3) if t + 2 * r + 3 * z == 6]
        counts = [sum(w) for w in ways]
        ans = min(counts) if mode == "fewest" else max(counts)
        word = "가장 적게" if mode == "fewest" else "가장 많이"
        text = rng.choice([
            f"정삼각형, 마름모, 사다리꼴 조각을 사용하여 정육각형을 빈틈없이 채우려고 합니다. 조각을 {word} 사용할 때 몇 개를 사용합니까?",
            f"모양 조각(정삼각형, 마름모, 사다리꼴)으로 정육각형 한 개를 채울 때, 사용하는 조각 수가 {word} 되는 경우 조각은 몇 개입니까? 그때 어떤 조각을 사용했는지도 쓰시오.",
        ])
        piece = "사다리꼴 2개" if mode == "fewest" else "정삼각형 6개"
        answer = f"{ans}개" if "어떤 조각" not in text else f"{ans}개({piece})"
        chk = lambda: ans == (2 if mode == "fewest" else 6)  # noqa: E731
        d, fmt = 4, "word"
    return Problem(text=text, answer=answer, format=fmt, difficulty=d, achievement_level=elementary_level(d),
                   concepts=["정삼각형", "마름모", "사다리꼴", "정다각형"], check=chk)


@family("4수03-12", "pieces-table-triangles")
def _pieces_table(rng: random.Random) -> Problem:
    pcs = ["정육각형", "사다리꼴", "마름모", "정삼각형"]
    cnt = {p: rng.randint(0, 4) for p in pcs}
    cnt[rng.choice(pcs)] += 1
    thing = rng.choice(["꽃", "로봇", "배", "나비", "집", "물고기"])
    who = name(rng)
    table = "| 조각 | " + " | ".join(pcs) + " |\n| 사용한 수(개) | " + " | ".join(str(cnt[p]) for p in pcs) + " |"
    ans = sum(cnt[p] * _PIECE_TRI[p] for p in pcs)
    text = rng.choice([
        f"{_j(who, '이/가')} 모양 조각으로 {thing} 모양을 만들고 사용한 조각의 수를 표로 나타내었습니다.\n{table}\n똑같은 모양을 정삼각형 조각만으로 만들려면 정삼각형 조각은 몇 개 필요합니까? (정육각형은 정삼각형 6개, 사다리꼴은 3개, 마름모는 2개로 채울 수 있습니다.)",
        f"{table}\n위 표는 {thing} 모양을 꾸미는 데 사용한 모양 조각의 수입니다. 모든 조각을 정삼각형 조각으로 바꾸어 같은 모양을 채우면 정삼각형 조각이 모두 몇 개 필요한지 구하시오.",
    ])
    d = 4
    return Problem(text=text, answer=f"{ans}개", format="data", difficulty=d, achievement_level="A",
                   concepts=["정삼각형", "사다리꼴", "마름모", "정다각형"],
                   check=lambda: ans == 6 * cnt["정육각형"] + 3 * cnt["사다리꼴"] + 2 * cnt["마름모"] + cnt["정삼각형"])


@family("4수03-12", "grid-remaining")
def _grid_remaining(rng: random.Random) -> Problem:
    a, b = rng.randint(4, 9), rng.randint(3, 8)
    placed = rng.randint(3, a * b - 3)
    what = rng.choice(["정사각형 모양 붙임딱지", "정사각형 모양 색종이", "정사각형 모양 블록", "정사각형 모양 타일"])
    ans = a * b - placed
    who = name(rng)
    text = rng.choice([
        f"가로로 {a}칸, 세로로 {b}칸인 모눈 판에 한 칸 크기의 {_j(what, '을/를')} 붙이고 있습니다. 지금까지 {placed}개를 붙였다면, 판을 빈틈없이 채우려면 몇 개를 더 붙여야 합니까?",
        f"{_j(who, '은/는')} 한 줄에 {a}칸씩 {b}줄인 판을 {what}로 채우려고 합니다. 이미 {placed}칸을 채웠습니다. 남은 칸을 모두 채우려면 몇 개가 더 필요할까요?",
        f"□ 안에 알맞은 수를 써넣으세요.\n가로 {a}칸, 세로 {b}칸인 판에서 {placed}칸을 채웠으므로 빈틈없이 채우려면 □개가 더 필요합니다.",
    ])
    return Problem(text=text, answer=str(ans) if "□" in text else f"{ans}개", format=_kind(text), difficulty=2,
                   achievement_level="C", concepts=["정사각형"],
                   check=lambda: sum(1 for i in range(a) for j in range(b)) - placed == ans)


@family("4수03-12", "explain-make-shape")
def _explain_make(rng: random.Random) -> Problem:
    tasks = [
        ("정삼각형 조각만 사용하여 사다리꼴, 마름모, 정육각형을 각각 만들어 보고, 조각이 몇 개씩 필요한지 쓰고 그 까닭을 설명하시오.",
         "사다리꼴 3개, 마름모 2개, 정육각형 6개. 정삼각형의 변끼리 맞대어 붙이면 빈틈없이 채워지기 때문입니다.", "proof"),
        ("칠교 조각 7개를 모두 사용하여 정사각형을 만들고, 조각을 어떻게 놓았는지 친구에게 설명해 보세요.", None, "task"),
        ("정사각형 모양 색종이 4장을 변끼리 꼭 맞게 이어 붙여 만들 수 있는 모양을 여러 가지 그려 보고, 돌리거나 뒤집어서 같아지는 모양은 한 가지로 세어 모두 몇 가지인지 알아보세요.", "5가지", "task"),
        ("정오각형 조각만으로는 바닥을 빈틈없이 덮을 수 없는 까닭을 조각을 직접 이어 붙여 본 결과로 설명하시오.",
         "정오각형 조각을 한 꼭짓점에 3개 모으면 빈틈이 생기고, 4개를 모으면 서로 겹치기 때문입니다.", "proof"),
        ("정육각형 조각과 정삼각형 조각을 함께 사용하여 바닥 무늬를 만들어 보고, 빈틈없이 채워지도록 어떻게 배열했는지 설명해 보세요.", None, "task"),
        ("사다리꼴 조각 2개로 정육각형을 만들 수 있습니다. 마름모 조각으로 정육각형을 만들려면 몇 개가 필요한지 구하고, 그렇게 생각한 까닭을 설명하시오.",
         "3개. 마름모 1개는 정삼각형 2개이고 정육각형은 정삼각형 6개이므로 마름모 3개가 필요합니다.", "proof"),
    ]
    text, ans, fmt = rng.choice(tasks)
    lead = rng.choice(["", "[활동] ", "모양 조각 놀이를 하고 있습니다. "])
    return Problem(text=lead + text, answer=ans, format=fmt, difficulty=4, achievement_level="A",
                   concepts=["정다각형", "정삼각형", "정사각형"])


# == 4수03-13 1분과 1초, 초 단위까지 시각 읽기 ==========================================================
def _ms(sec: int) -> str:
    """``sec`` seconds as '몇 분 몇 초' (parts that are zero are left out)."""
    m, s = divmod(sec, 60)
    if m and s:
        return f"{m}분 {s}초"
    return f"{m}분" if m else f"{s}초"


def _hms(h: int, m: int, s: int) -> str:
    return f"{h}시 {m}분 {s}초"


@family("4수03-13", "read-hands-description")
def _read_hands(rng: random.Random) -> Problem:
    h, m, s = rng.randint(1, 12), rng.randint(1, 59), rng.randint(1, 59)
    m_num, m_tick = divmod(m, 5)
    s_num, s_tick = divmod(s, 5)

    def spot(num: int, tick: int) -> str:
        n = num if num else 12
        return f"숫자 {n}" if tick == 0 else f"숫자 {n}에서 작은 눈금 {tick}칸 더 간 곳"

    nxt = h % 12 + 1
    hw = f"{h}{_p(str(h), '과/와')} {nxt} 사이"
    mm, ss = spot(m_num, m_tick), spot(s_num, s_tick)
    text = rng.choice([
        f"시계의 짧은바늘은 {hw}에 있고, 긴바늘은 {_j(mm, '을/를')} 가리키고, 초바늘은 {_j(ss, '을/를')} 가리키고 있습니다. 이 시계가 나타내는 시각을 초 단위까지 쓰시오.",
        f"{_j(name(rng), '이/가')} 본 시계의 바늘 모양입니다.\n· 짧은바늘: {hw}\n· 긴바늘: {mm}\n· 초바늘: {ss}\n시계가 가리키는 시각은 몇 시 몇 분 몇 초입니까?",
        f"□ 안에 알맞은 수를 써넣으세요.\n짧은바늘이 {hw}, 긴바늘이 {mm}, 초바늘이 {_j(ss, '을/를')} 가리키면 □시 □분 □초입니다.",
        f"{rng.choice(['거실', '교실', '도서관'])} 벽시계를 보니 초바늘은 {ss}에, 긴바늘은 {mm}에, 짧은바늘은 {hw}에 있었습니다. 지금 시각은 몇 시 몇 분 몇 초일까요?",
    ])
    d = 2 if (m_tick == 0 or s_tick == 0) else 3
    return Problem(text=text, answer=_hms(h, m, s), format=_kind(text), difficulty=d, achievement_level=elementary_level(d),
                   concepts=["초"], check=lambda: (m_num * 5 + m_tick, s_num * 5 + s_tick) == (m, s))


@family("4수03-13", "min-sec-convert")
def _min_sec(rng: random.Random) -> Problem:
    m, s = rng.randint(1, 9), rng.randint(1, 59)
    tot = 60 * m + s
    if rng.random() < 0.5:
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{m}분 {s}초 = □초",
                           f"{m}분 {s}초는 몇 초입니까?",
                           f"{_j(name(rng), '은/는')} 물속에서 숨을 참고 {m}분 {s}초를 버텼습니다. 몇 초 동안 버틴 것인가요?" if m <= 2 else f"전자레인지에 음식을 {m}분 {s}초 동안 데웠습니다. 몇 초 동안 데운 것입니까?"])
        ans = str(tot) if "□" in text else f"{tot}초"
        fmt = _kind(text, "computation" if "는 몇 초" in text else "word")
    else:
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{tot}초 = □분 □초",
                           f"{tot}초는 몇 분 몇 초입니까?",
                           f"노래 한 곡의 재생 시간이 {tot}초입니다. 이 시간을 몇 분 몇 초로 나타내시오."])
        ans = f"{m}분 {s}초"
        fmt = _kind(text, "computation" if "는 몇 분" in text else "word")
    d = 2 if m <= 3 else 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=elementary_level(d), concepts=["초"],
                   check=lambda: divmod(tot, 60) == (m, s))


@family("4수03-13", "compare-durations-mcq")
def _cmp_dur(rng: random.Random) -> Problem:
    base = rng.randint(70, 290)
    vals = rng.sample(range(base - 25, base + 26), 5)
    want_max = rng.random() < 0.5
    target = max(vals) if want_max else min(vals)
    show = {}
    for v in vals:
        show[v] = f"{v}초" if rng.random() < 0.5 else _ms(v)
    stem = rng.choice([f"다음 중 가장 {'긴' if want_max else '짧은'} 시간은 어느 것입니까?",
                       f"달리기 기록(결승선까지 걸린 시간) 중에서 {'가장 늦게 들어온' if want_max else '가장 빨리 들어온'} 사람의 기록을 찾으시오."])
    ch_wrong = [show[v] for v in vals if v != target]
    return _mcq(rng, stem, show[target], ch_wrong, difficulty=3, level="B", concepts=["초"],
                check=lambda ch: ch.options[ch.correct] == show[target])


@family("4수03-13", "second-hand-travel")
def _sec_travel(rng: random.Random) -> Problem:
    a, b = rng.sample(range(1, 13), 2)
    laps = rng.choice([0, 0, 0, 1, 2])
    steps = (b - a) % 12
    sec = steps * 5 + laps * 60
    extra = "" if laps == 0 else f" {laps}바퀴를 돌고 다시"
    text = rng.choice([
        f"초바늘이 숫자 {a}에서 출발하여{extra} 숫자 {b}까지 가는 데 걸린 시간은 몇 초입니까?",
        f"초바늘이 숫자 {_j(str(a), '을/를')} 가리킬 때 달리기를 시작하여,{extra} 숫자 {_j(str(b), '을/를')} 가리킬 때 결승선에 들어왔습니다. 달리는 데 걸린 시간을 구하시오.",
        f"□ 안에 알맞은 수를 써넣으세요.\n초바늘이 숫자 {a}에서{extra} 숫자 {b}까지 움직이는 데 □초가 걸립니다.",
    ])
    ans = str(sec) if "□" in text else f"{sec}초"
    d = 2 if laps == 0 else 3
    return Problem(text=text, answer=ans, format=_kind(text), difficulty=d, achievement_level=elementary_level(d), concepts=["초"],
                   check=lambda: ((b * 5 - a * 5) % 60) + 60 * laps == sec)


@family("4수03-13", "laps-and-minute-hand")
def _laps(rng: random.Random) -> Problem:
    k = rng.randint(2, 15)
    mode = rng.choice(["min", "ticks", "reverse"])
    if mode == "min":
        text = rng.choice([f"초바늘이 시계를 {k}바퀴 도는 데 걸리는 시간은 몇 분입니까?",
                           f"초바늘이 {k}바퀴 돌았습니다. 몇 초가 지났는지 구하시오."])
        ans = f"{k}분" if "몇 분" in text else f"{60 * k}초"
    elif mode == "ticks":
        text = rng.choice([f"초바늘이 {k}바퀴 도는 동안 긴바늘은 작은 눈금 몇 칸을 움직입니까?",
                           f"긴바늘이 작은 눈금 {k}칸을 움직이는 동안 초바늘은 몇 바퀴 돕니까?"])
        ans = f"{k}칸" if "몇 칸" in text else f"{k}바퀴"
    else:
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n초바늘이 {60 * k}초 동안 움직이면 시계를 □바퀴 돕니다.",
                           f"{60 * k}초 동안 초바늘은 시계를 몇 바퀴 돌까요?"])
        ans = str(k) if "□" in text else f"{k}바퀴"
    return Problem(text=text, answer=ans, format=_kind(text), difficulty=2, achievement_level="C", concepts=["초"],
                   check=lambda: (60 * k) // 60 == k)


@family("4수03-13", "seconds-true-false")
def _sec_tf(rng: random.Random) -> Problem:
    k = rng.randint(2, 5)
    trues = ["1분은 60초입니다.", "초바늘이 시계를 한 바퀴 도는 데 걸리는 시간은 1분입니다.",
             "초바늘이 작은 눈금 한 칸을 가는 데 걸리는 시간은 1초입니다.",
             f"{k}분은 {60 * k}초입니다.", "초바늘이 숫자 1에서 숫자 2까지 가는 데 5초가 걸립니다.",
             "초바늘이 한 바퀴 도는 동안 긴바늘은 작은 눈금 한 칸을 움직입니다."]
    falses = ["1분은 100초입니다.", "초바늘이 시계를 한 바퀴 도는 데 걸리는 시간은 1시간입니다.",
              f"{k}분은 {100 * k}초입니다.", "초바늘이 숫자 1에서 숫자 2까지 가는 데 1초가 걸립니다.",
              f"{60 * k + 10}초는 {k}분 {10 + k}초입니다.", "초바늘이 한 바퀴 도는 동안 짧은바늘은 숫자 한 칸을 움직입니다."]
    return _tf_mcq(rng, trues, falses, want_true=rng.random() < 0.5, concepts=["초"], difficulty=2, level="C")


@family("4수03-13", "estimate-one-second")
def _est_sec(rng: random.Random) -> Problem:
    acts = [("눈을 한 번 깜빡이는 데", "1초"), ("손뼉을 한 번 치는 데", "1초"), ("신발 끈을 묶는 데", "20초"),
            ("양치질을 하는 데", "3분"), ("100 m를 달리는 데", "20초"), ("줄넘기를 한 번 넘는 데", "1초"),
            ("동요 한 곡을 부르는 데", "2분"), ("물 한 컵을 마시는 데", "10초"), ("라면을 끓이는 데", "5분")]
    act, unit_ans = rng.choice(acts)
    num, unit = unit_ans[:-1], unit_ans[-1]
    if rng.random() < 0.5:
        text = rng.choice([f"( ) 안에 시간, 분, 초 중 알맞은 단위를 써넣으세요.\n{act} 걸리는 시간은 약 {num}(  )입니다.",
                           f"{act} 걸리는 시간은 약 {num}시간, 약 {num}분, 약 {num}초 중 어느 것이 알맞습니까?"])
        ans = unit if "(  )" in text else f"약 {num}{unit}"
        return Problem(text=text, answer=ans, format=_kind(text), difficulty=1, achievement_level="C", concepts=["초"])
    correct = f"약 {num}{unit}"
    wrong = [f"약 {num}시간", f"약 {num}{'분' if unit == '초' else '초'}"]
    wrong += [f"약 {v}" for v in ("1시간", "30분", "10분", "2초", "50초") if f"약 {v}" != correct][:3]
    stem = f"{act} 걸리는 시간으로 가장 알맞은 것은 어느 것입니까?"
    return _mcq(rng, stem, correct, wrong, difficulty=1, level="C", concepts=["초"],
                check=lambda ch: ch.options[ch.correct] == correct)


@family("4수03-13", "records-table-seconds")
def _rec_table(rng: random.Random) -> Problem:
    who = names(rng, 4)
    secs = rng.sample(range(65, 200), 4)
    event = rng.choice(["오래 매달리기", "줄넘기 연속 넘기", "숨 참기", "훌라후프 돌리기", "플랭크 자세 버티기"])
    cells = [(f"{v}초" if i % 2 == 0 else _ms(v)) for i, v in enumerate(secs)]
    table = "| 이름 | " + " | ".join(who) + " |\n| 기록 | " + " | ".join(cells) + " |"
    mode = rng.choice(["longest", "shortest", "diff"])
    if mode == "longest":
        q = "기록이 가장 긴 사람은 누구입니까?"
        ans = who[secs.index(max(secs))]
    elif mode == "shortest":
        q = "기록이 가장 짧은 사람은 누구이고, 그 기록은 몇 초입니까?"
        ans = f"{who[secs.index(min(secs))]}, {min(secs)}초"
    else:
        q = "모든 기록을 '몇 분 몇 초'로 바꾸어 쓰시오."
        ans = ", ".join(f"{w} {_ms(v)}" for w, v in zip(who, secs, strict=True))
    text = rng.choice([f"{event} 기록을 조사하여 나타낸 표입니다.\n{table}\n{q}",
                       f"{table}\n위 표는 우리 모둠의 {event} 기록입니다. {q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=["초"],
                   check=lambda: all(60 * (v // 60) + v % 60 == v for v in secs))


# == 4수03-14 초 단위까지 시간의 덧셈과 뺄셈 ===========================================================
def _dur(sec: int) -> str:
    """A duration as '몇 시간 몇 분 몇 초' (leading zero parts dropped, inner zeros kept)."""
    h, rest = divmod(sec, 3600)
    m, s = divmod(rest, 60)
    if h:
        return f"{h}시간 {m}분 {s}초"
    return f"{m}분 {s}초" if m else f"{s}초"


def _clock(sec: int) -> str:
    """A time of day (seconds after midnight, within one day) as '몇 시 몇 분 몇 초'."""
    h, rest = divmod(sec, 3600)
    m, s = divmod(rest, 60)
    half = "오전" if h < 12 else "오후"
    return f"{half} {h if h <= 12 else h - 12}시 {m}분 {s}초"


def _rand_clock(rng: random.Random, lo_h: int = 7, hi_h: int = 17) -> int:
    return rng.randint(lo_h, hi_h) * 3600 + rng.randint(0, 59) * 60 + rng.randint(1, 59)


def _rand_dur(rng: random.Random, max_h: int = 2) -> int:
    return rng.randint(0, max_h) * 3600 + rng.randint(1, 59) * 60 + rng.randint(1, 59)


@family("4수03-14", "start-plus-duration")
def _start_plus(rng: random.Random) -> Problem:
    t0, d = _rand_clock(rng), _rand_dur(rng, 2)
    end = t0 + d
    ev = rng.choice([("영화가", "상영 시간"), ("음악회가", "공연 시간"), ("마라톤 대회가", "경기 제한 시간"),
                     ("과학 실험이", "실험 시간"), ("독서 캠프 프로그램이", "진행 시간")])
    text = rng.choice([
        f"{ev[0]} {_clock(t0)}에 시작했습니다. {ev[1]}이 {_j(_dur(d), '이라/라')}면 끝나는 시각은 몇 시 몇 분 몇 초입니까?",
        f"{_j(name(rng), '은/는')} {_clock(t0)}에 출발하여 {_dur(d)} 동안 자전거를 탔습니다. 자전거 타기를 마친 시각을 구하시오.",
        f"□ 안에 알맞은 수를 써넣으세요.\n{_clock(t0)}에서 {_j(_dur(d), '이/가')} 지나면 □시 □분 □초입니다.",
        f"오븐의 타이머를 {_dur(d)}로 맞추고 {_clock(t0)}에 요리를 시작했습니다. 타이머가 울리는 시각은 언제인가요?",
    ])
    carries = (t0 % 60 + d % 60 >= 60) + ((t0 // 60) % 60 + (d // 60) % 60 >= 60)
    dd = 3 if carries <= 1 else 4
    return Problem(text=text, answer=_clock(end), format=_kind(text), difficulty=dd, achievement_level=elementary_level(dd),
                   concepts=["초"], check=lambda: end - d == t0 and end < 24 * 3600)


@family("4수03-14", "elapsed-between-times")
def _elapsed(rng: random.Random) -> Problem:
    t0 = _rand_clock(rng, 8, 15)
    t1 = t0 + _rand_dur(rng, 2)
    d = t1 - t0
    who = name(rng)
    text = rng.choice([
        f"{_j(who, '은/는')} {_clock(t0)}에 등산을 시작하여 {_clock(t1)}에 산 정상에 도착했습니다. 정상까지 가는 데 걸린 시간은 몇 시간 몇 분 몇 초입니까?",
        f"비행기가 {_clock(t0)}에 이륙하여 {_clock(t1)}에 착륙했습니다. 비행기가 날아간 시간을 구하시오.",
        f"시각과 시각 사이의 시간을 구하세요.\n{_clock(t1)} − {_clock(t0)} = □",
        f"수영 대회 예선이 {_clock(t0)}에 시작되어 {_clock(t1)}에 끝났습니다. 예선 경기는 얼마 동안 진행되었습니까?",
    ])
    borrows = (t1 % 60 < t0 % 60) + ((t1 // 60) % 60 < (t0 // 60) % 60)
    dd = 3 if borrows <= 1 else 4
    return Problem(text=text, answer=_dur(d), format=_kind(text), difficulty=dd, achievement_level=elementary_level(dd),
                   concepts=["초"], check=lambda: t0 + d == t1 and d > 0)


@family("4수03-14", "end-minus-duration")
def _end_minus(rng: random.Random) -> Problem:
    d = _rand_dur(rng, 1)
    t1 = _rand_clock(rng, 10, 18)
    t0 = t1 - d
    text = rng.choice([
        f"{_j(name(rng), '이/가')} 숙제를 끝낸 시각은 {_clock(t1)}입니다. 숙제를 하는 데 {_j(_dur(d), '이/가')} 걸렸다면 숙제를 시작한 시각은 몇 시 몇 분 몇 초입니까?",
        f"기차가 {_dur(d)} 동안 달려 {_clock(t1)}에 도착했습니다. 기차가 출발한 시각을 구하시오.",
        f"□ 안에 알맞은 시각을 써넣으세요.\n□ + {_dur(d)} = {_clock(t1)}",
        f"운동회 이어달리기가 {_clock(t1)}에 끝났습니다. 경기하는 데 {_j(_dur(d), '이/가')} 걸렸다면 경기가 시작된 시각은 언제일까요?",
    ])
    return Problem(text=text, answer=_clock(t0), format=_kind(text), difficulty=4, achievement_level="A",
                   concepts=["초"], check=lambda: t0 + d == t1)


@family("4수03-14", "duration-add-compute")
def _dur_add(rng: random.Random) -> Problem:
    a, b = _rand_dur(rng, 3), _rand_dur(rng, 3)
    text = rng.choice([
        f"계산을 하시오.\n{_dur(a)} + {_dur(b)}",
        f"{_dur(a)} + {_dur(b)} = □",
        f"다음 두 시간의 합을 구하세요.\n{_dur(a)}, {_dur(b)}",
    ])
    fmt = "fill" if "□" in text else "computation"
    carries = (a % 60 + b % 60 >= 60) + ((a // 60) % 60 + (b // 60) % 60 >= 60)
    dd = 2 + carries
    return Problem(text=text, answer=_dur(a + b), format=fmt, difficulty=dd, achievement_level=elementary_level(dd),
                   concepts=["초"], check=lambda: (a + b) - b == a)


@family("4수03-14", "duration-sub-compute")
def _dur_sub(rng: random.Random) -> Problem:
    a, b = sorted(rng.sample(range(90, 4 * 3600), 2), reverse=True)
    if rng.random() < 0.6 and a % 60 < 59:  # force borrowing in the seconds place
        b = b // 60 * 60 + rng.randint(a % 60 + 1, 59)
        if b >= a:
            b -= 60
    text = rng.choice([
        f"계산을 하시오.\n{_dur(a)} − {_dur(b)}",
        f"{_dur(a)} − {_dur(b)} = □",
        f"두 시간의 차를 구하세요.\n{_dur(a)}, {_dur(b)}",
    ])
    fmt = "fill" if "□" in text else "computation"
    borrows = (a % 60 < b % 60) + ((a // 60) % 60 < (b // 60) % 60)
    dd = 2 + borrows
    return Problem(text=text, answer=_dur(a - b), format=fmt, difficulty=dd, achievement_level=elementary_level(dd),
                   concepts=["초"], check=lambda: (a - b) + b == a and a > b)


@family("4수03-14", "carry-mistake-mcq")
def _carry_mcq(rng: random.Random) -> Problem:
    while True:
        am, as_ = rng.randint(2, 40), rng.randint(20, 59)
        bm, bs = rng.randint(1, 19), rng.randint(20, 59)
        if as_ + bs >= 60:
            break
    a, b = am * 60 + as_, bm * 60 + bs
    sub = rng.random() < 0.5
    if not sub:
        res = a + b
        wrong = [f"{am + bm}분 {as_ + bs}초", f"{am + bm}분 {as_ + bs - 60}초", f"{am + bm + 1}분 {as_ + bs - 40}초",
                 f"{am + bm + 1}분 {(as_ + bs - 60 + 10) % 60}초", _ms(res + 60), _ms(res - 60)]
        expr = f"{am}분 {as_}초 + {bm}분 {bs}초"
    else:
        big = a + b
        res = big - b
        bm2, bs2 = divmod(big, 60)
        wrong = [f"{bm2 - bm}분 {bs2 + 100 - bs}초", f"{bm2 - bm}분 {bs2 + 60 - bs}초", f"{bm2 - bm - 1}분 {abs(bs2 - bs)}초",
                 _ms(res + 60), _ms(res - 60), f"{bm2 - bm - 1}분 {bs2 + 100 - bs}초"]
        expr = f"{_ms(big)} − {bm}분 {bs}초"
    wrong = [w for w in wrong if w != _ms(res) and "-" not in w]
    stem = rng.choice([f"{expr}를 바르게 계산한 것은 어느 것입니까?", f"다음을 계산한 값으로 옳은 것을 고르시오.\n{expr}"])
    return _mcq(rng, stem, _ms(res), wrong, difficulty=3, level="B", concepts=["초"],
                check=lambda ch: ch.options[ch.correct] == _ms((a + b) if not sub else a))


@family("4수03-14", "schedule-table")
def _schedule(rng: random.Random) -> Problem:
    acts = rng.sample(["준비 운동", "줄넘기", "달리기", "정리 운동", "피구", "물 마시기 휴식", "스트레칭"], 3)
    durs = [rng.randint(40, 20 * 60) for _ in acts]
    t0 = _rand_clock(rng, 9, 15)
    rows = "\n".join(f"| {x} | {_ms(v)} |" for x, v in zip(acts, durs, strict=True))
    table = f"| 활동 | 걸린 시간 |\n{rows}"
    mode = rng.choice(["end", "total", "diff"])
    if mode == "end":
        q = f"{_clock(t0)}에 첫 번째 활동을 시작하여 쉬지 않고 차례대로 하였다면, 모든 활동이 끝난 시각은 몇 시 몇 분 몇 초입니까?"
        ans = _clock(t0 + sum(durs))
    elif mode == "total":
        q = "세 활동을 하는 데 걸린 시간은 모두 몇 분 몇 초입니까?"
        ans = _dur(sum(durs))
    else:
        q = "가장 오래 걸린 활동은 가장 짧게 걸린 활동보다 몇 분 몇 초 더 걸렸습니까?"
        ans = _dur(max(durs) - min(durs))
    text = rng.choice([f"체육 시간에 한 활동과 걸린 시간입니다.\n{table}\n{q}",
                       f"{table}\n위 표는 {_j(name(rng), '이/가')} 운동한 기록입니다. {q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="A", concepts=["초"],
                   check=lambda: sum(durs) == sum(v // 60 * 60 + v % 60 for v in durs))


@family("4수03-14", "race-compare-diff")
def _race_diff(rng: random.Random) -> Problem:
    p1, p2 = names(rng, 2)
    a = rng.randint(3 * 60, 12 * 60)
    gap = rng.randint(5, 150)
    b = a + gap
    sport = rng.choice(["1 km 달리기", "수영 200 m", "자전거 5 km", "오래달리기"])
    text = rng.choice([
        f"{sport} 기록이 {_j(p1, '은/는')} {_ms(a)}, {_j(p2, '은/는')} {_ms(b)}입니다. 누가 몇 초 더 빨랐습니까?",
        f"{sport}에서 {_j(p1, '이/가')} {_ms(a)} 걸렸고, {_j(p2, '은/는')} {p1}보다 {_ms(gap)} 더 걸렸습니다. {p2}의 기록은 몇 분 몇 초입니까?",
        f"{_j(p2, '은/는')} {sport}를 {_ms(b)}에 들어왔고, {_j(p1, '은/는')} {p2}보다 {_ms(gap)} 먼저 들어왔습니다. {p1}의 기록을 구하세요.",
    ])
    if "누가" in text:
        ans = f"{p1}, {gap}초" if gap < 60 else f"{p1}, {gap}초({_ms(gap)})"
    elif text.rstrip().endswith("몇 분 몇 초입니까?"):
        ans = _ms(b)
    else:
        ans = _ms(a)
    text = text.replace("1 km 달리기를", "1 km 달리기에서").replace("수영 200 m를", "수영 200 m에서").replace("자전거 5 km를", "자전거 5 km에서").replace("오래달리기를", "오래달리기에서")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["초"],
                   check=lambda: b - a == gap)


@family("4수03-14", "explain-time-calc")
def _explain_time(rng: random.Random) -> Problem:
    m1, s1 = rng.randint(2, 9), rng.randint(35, 59)
    m2, s2 = rng.randint(1, 9), rng.randint(35, 59)
    tot = (m1 + m2) * 60 + s1 + s2
    who = name(rng)
    if rng.random() < 0.5:
        text = (f"{_j(who, '은/는')} {m1}분 {s1}초 + {m2}분 {s2}초를 계산하여 {m1 + m2}분 {s1 + s2}초라고 답했습니다. "
                "이 답을 더 알맞게 나타내고, 그렇게 고쳐야 하는 까닭을 설명하시오.")
        ans = f"{_ms(tot)}. 초끼리 더한 {s1 + s2}초는 60초보다 크므로 60초를 1분으로 받아올려 나타냅니다."
    else:
        big = (m1 + m2 + 1) * 60 + rng.randint(0, 20)
        sub = m2 * 60 + s2
        text = (f"{_ms(big)} − {m2}분 {s2}초를 계산하는 방법을 설명하고 답을 구하시오. "
                "초끼리 뺄 수 없을 때 어떻게 하는지 꼭 쓰세요.")
        ans = f"{_ms(big - sub)}. 초끼리 뺄 수 없으므로 1분을 60초로 받아내림하여 계산합니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A", concepts=["초"])


# == 4수03-15 1mm와 1km, 길이 측정과 어림 ==============================================================
_UNIT_ITEMS = [  # (thing, typical value, unit)
    ("연필심의 굵기", 2, "mm"), ("동전의 두께", 2, "mm"), ("개미의 몸길이", 5, "mm"), ("공책 한 권의 두께", 4, "mm"),
    ("단추의 지름", 12, "mm"), ("쌀 한 톨의 길이", 6, "mm"),
    ("필통의 길이", 20, "cm"), ("수학책의 세로 길이", 26, "cm"), ("내 손 한 뼘의 길이", 15, "cm"),
    ("교실 칠판의 길이", 4, "m"), ("버스의 길이", 11, "m"), ("수영장 레인의 길이", 25, "m"), ("학교 건물의 높이", 15, "m"),
    ("서울에서 부산까지의 거리", 400, "km"), ("마라톤 경기의 거리", 42, "km"), ("한라산 둘레길 한 코스의 길이", 10, "km"),
    ("우리 동네에서 옆 도시까지의 거리", 30, "km"),
]


@family("4수03-15", "choose-length-unit")
def _choose_unit(rng: random.Random) -> Problem:
    thing, v, u = rng.choice(_UNIT_ITEMS)
    if rng.random() < 0.55:
        text = rng.choice([f"(  ) 안에 mm, cm, m, km 중 알맞은 단위를 써넣으세요.\n{thing}는 약 {v}(  )입니다.",
                           f"□ 안에 알맞은 단위를 골라 쓰시오. (mm, cm, m, km)\n{thing}: 약 {v}□"])
        text = text.replace("는 약", f"{_p(thing, '은/는')} 약")
        return Problem(text=text, answer=u, format="fill", difficulty=1, achievement_level="C", concepts=[u] if u in ("mm", "km") else ["mm", "km"])
    correct = f"약 {v} {u}"
    wrong = [f"약 {v} {w}" for w in ("mm", "cm", "m", "km") if w != u]
    wrong.append(f"약 {v * 10 if u != 'km' else v * 100} {u}")
    stem = rng.choice([f"{_j(thing, '으로/로')} 가장 알맞은 것은 어느 것입니까?", f"{thing}를 바르게 어림한 것을 고르시오."])
    stem = stem.replace(f"{thing}를", _j(thing, "을/를"))
    return _mcq(rng, stem, correct, wrong, difficulty=2, level="C", concepts=["mm", "km"],
                check=lambda ch: ch.options[ch.correct] == correct)


@family("4수03-15", "ruler-reading")
def _ruler(rng: random.Random) -> Problem:
    thing = rng.choice(["지우개", "클립", "머리핀", "열쇠", "못", "크레파스", "애벌레 그림", "나뭇잎", "나사"])
    start = rng.choice([0, 0, 1, 2, 3, 5])
    length = rng.choice([v for v in range(11, 99) if v % 10])  # mm
    end = start * 10 + length
    e_cm, e_mm = divmod(end, 10)
    at_end = f"{e_cm} cm에서 작은 눈금 {e_mm}칸 더 간 곳" if e_mm else f"{e_cm} cm 눈금"
    zero = "눈금 0" if start == 0 else f"{start} cm 눈금"
    setup = f"{thing}의 한쪽 끝을 자의 {zero}에 맞추었더니 다른 쪽 끝이 {at_end}에"
    ask = rng.choice(["몇 mm입니까?", "몇 cm 몇 mm입니까?", "몇 mm인지 구하시오."])
    text = rng.choice([f"{setup} 닿았습니다. {thing}의 길이는 {ask}",
                       f"자로 {_j(thing, '을/를')} 재었습니다. {setup} 있었습니다. {thing}의 길이는 {ask}"])
    cm, mm = divmod(length, 10)
    ans = f"{length} mm" if ask.startswith("몇 mm") else (f"{cm} cm {mm} mm" if mm else f"{cm} cm")
    d = 2 if start == 0 else 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=elementary_level(d), concepts=["mm"],
                   check=lambda: end - start * 10 == length)


@family("4수03-15", "closest-estimate")
def _closest_est(rng: random.Random) -> Problem:
    kind = rng.choice(["mm", "km"])
    ppl = names(rng, 4)
    if kind == "mm":
        thing = rng.choice(["색연필", "숟가락", "가위", "칫솔", "풀"])
        actual = rng.randint(80, 190)
        ests = rng.sample([actual + d for d in range(-30, 31, 3) if d != 0], 4)
        shown = [f"{e // 10} cm {e % 10} mm" if e % 10 else f"{e // 10} cm" for e in ests]
        act_s = f"{actual // 10} cm {actual % 10} mm" if actual % 10 else f"{actual // 10} cm"
        ctx = f"{thing}의 길이를 어림하고 자로 재어 보니 {act_s}였습니다."
    else:
        thing = rng.choice(["집에서 수목원까지", "학교에서 시청까지", "캠핑장에서 폭포까지", "기차역에서 박물관까지"])
        actual = rng.randint(2000, 9000) // 100 * 100
        ests = rng.sample([actual + d for d in range(-900, 901, 300) if d != 0], 4)
        shown = [f"약 {e // 1000} km {e % 1000} m" if e % 1000 else f"약 {e // 1000} km" for e in ests]
        act_s = f"{actual // 1000} km {actual % 1000} m" if actual % 1000 else f"{actual // 1000} km"
        ctx = f"{thing}의 거리를 어림하였습니다. 실제 거리는 {act_s}입니다."
    gaps = [abs(e - actual) for e in ests]
    if gaps.count(min(gaps)) > 1:
        return _closest_est(rng)
    best = ppl[gaps.index(min(gaps))]
    table = "| 이름 | " + " | ".join(ppl) + " |\n| 어림한 " + ("길이" if kind == "mm" else "거리") + " | " + " | ".join(shown) + " |"
    text = rng.choice([f"{ctx}\n{table}\n실제 길이에 가장 가깝게 어림한 사람은 누구입니까?",
                       f"{ctx} 네 사람이 어림한 값은 다음과 같습니다.\n{table}\n가장 잘 어림한 사람을 찾으시오."])
    return Problem(text=text, answer=best, format="data", difficulty=3, achievement_level="B", concepts=[kind],
                   check=lambda: min(range(4), key=lambda i: abs(ests[i] - actual)) == ppl.index(best))


@family("4수03-15", "benchmark-km-estimate")
def _bench_km(rng: random.Random) -> Problem:
    k = rng.randint(2, 9)
    mode = rng.choice(["times", "walk", "signs"])
    who = name(rng)
    if mode == "times":
        text = rng.choice([
            f"{_j(who, '은/는')} 집에서 학교까지의 거리가 약 1 km라는 것을 알고 있습니다. 집에서 할머니 댁까지는 집에서 학교까지 거리의 약 {k}배입니다. 집에서 할머니 댁까지의 거리는 약 몇 km입니까?",
            f"운동장 둘레를 5바퀴 돌면 약 1 km입니다. {_j(who, '이/가')} 운동장을 {5 * k}바퀴 돌았다면 약 몇 km를 달린 셈입니까?",
        ])
        ans = f"약 {k} km"
    elif mode == "walk":
        mins = rng.choice([15, 20])
        text = rng.choice([
            f"{_j(who, '은/는')} 1 km를 걷는 데 약 {mins}분이 걸립니다. 같은 빠르기로 {mins * k}분 동안 걸었다면 약 몇 km를 걸었을까요?",
            f"1 km를 걷는 데 약 {mins}분 걸리는 길을 따라 공원까지 {mins * k}분을 걸어갔습니다. 집에서 공원까지의 거리를 어림하여 쓰시오.",
        ])
        ans = f"약 {k} km"
    else:
        text = rng.choice([
            f"둘레길에는 출발점부터 1 km마다 표지판이 하나씩 세워져 있습니다. 출발점에서 걷기 시작하여 표지판을 {k}개 지났을 때 지금까지 걸은 거리는 몇 km 이상입니까?",
            f"자전거 길에 1 km마다 거리 표지판이 있습니다. 출발점에서부터 {k}번째 표지판에 도착했다면 출발점에서 몇 km 떨어진 곳입니까?",
        ])
        ans = f"{k} km" if "번째" in text else f"{k} km 이상"
    d = 3 if mode != "signs" else 2
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=elementary_level(d), concepts=["km"],
                   check=lambda: k >= 2)


@family("4수03-15", "sense-of-1mm-1km")
def _sense(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        good = ["자의 작은 눈금 한 칸의 길이", "1 cm를 똑같이 10칸으로 나눈 것 중 한 칸의 길이"]
        bad = ["내 손 한 뼘의 길이", "새끼손가락의 길이", "교실 문의 높이", "필통의 두께", "운동장 한 바퀴의 길이",
               "공책의 가로 길이"]
        correct, stem, conc = rng.choice(good), "길이가 약 1 mm인 것은 어느 것입니까?", ["mm"]
    else:
        good = ["1000 m를 걸은 거리", "100 m 달리기 코스를 10번 이은 거리", "운동장 트랙(200 m)을 5바퀴 돈 거리"]
        bad = ["교실 긴 쪽의 길이", "운동장 트랙을 한 바퀴 돈 거리", "10층 아파트의 높이", "100 m 달리기 코스의 길이",
               "서울에서 부산까지의 거리", "책상 10개를 이은 길이"]
        correct, stem, conc = rng.choice(good), "다음 중 1 km와 같은 거리는 어느 것입니까?", ["km"]
    return _mcq(rng, stem, correct, rng.sample(bad, 4), difficulty=2, level="C", concepts=conc,
                check=lambda ch: ch.options[ch.correct] in good and sum(o in good for o in ch.options) == 1)


@family("4수03-15", "about-reading")
def _about_reading(rng: random.Random) -> Problem:
    cm = rng.randint(3, 14)
    mm = rng.randint(1, 9)
    near_low = rng.random() < 0.5
    where = "조금 지난 곳" if near_low else "조금 못 미친 곳"
    reading = f"{cm} cm {mm} mm" if near_low else (f"{cm} cm {mm + 1} mm" if mm < 9 else f"{cm + 1} cm")
    val = f"{cm} cm {mm} mm 눈금을 {where}" if near_low else f"{cm} cm {mm + 1} mm 눈금에 {where}"
    if mm == 9 and not near_low:
        val = f"{cm + 1} cm 눈금에 {where}"
    # a mm mark without a "cm" part reads "… cm 10 mm" never: mm + 1 ≤ 9 here
    thing = rng.choice(["털실", "빨대", "성냥개비", "머리끈", "종이띠", "막대 사탕"])
    text = rng.choice([
        f"{thing}의 한쪽 끝을 자의 눈금 0에 맞추었더니 다른 쪽 끝이 {val}에 있었습니다. {thing}의 길이는 약 몇 cm 몇 mm입니까?",
        f"{thing}의 길이를 자로 재었더니 끝이 {val}에 있어 눈금에 딱 맞지 않았습니다. 가까운 눈금을 읽어 '약'을 사용하여 길이를 나타내시오.",
    ])
    return Problem(text=text, answer=f"약 {reading}", format="word", difficulty=2, achievement_level="C", concepts=["mm"],
                   check=lambda: bool(reading))


@family("4수03-15", "mm-length-table")
def _mm_table(rng: random.Random) -> Problem:
    bugs = rng.sample(["무당벌레", "개미", "메뚜기", "장수풍뎅이", "꿀벌", "사마귀", "잠자리", "소금쟁이"], 4)
    vals = rng.sample(range(4, 90), 4)
    table = "| 곤충 | " + " | ".join(bugs) + " |\n| 몸길이(mm) | " + " | ".join(map(str, vals)) + " |"
    mode = rng.choice(["diff", "longest", "order"])
    if mode == "diff":
        a, b = rng.sample(range(4), 2)
        q = f"{_j(bugs[a], '과/와')} {bugs[b]}의 몸길이의 차는 몇 mm입니까?"
        ans = f"{abs(vals[a] - vals[b])} mm"
    elif mode == "longest":
        q = "몸길이가 가장 긴 곤충과 가장 짧은 곤충을 차례로 쓰시오."
        ans = f"{bugs[vals.index(max(vals))]}, {bugs[vals.index(min(vals))]}"
    else:
        q = "몸길이가 긴 곤충부터 차례로 쓰시오."
        ans = ", ".join(b for _, b in sorted(zip(vals, bugs, strict=True), reverse=True))
    text = rng.choice([f"자연 관찰 시간에 곤충의 몸길이를 재어 표로 나타내었습니다.\n{table}\n{q}",
                       f"{table}\n{q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C", concepts=["mm"],
                   check=lambda: len(set(vals)) == 4)


@family("4수03-15", "why-mm-km-useful")
def _why_units(rng: random.Random) -> Problem:
    items = [
        ("단추의 지름을 cm만으로 나타내기 어려운 까닭과, 더 정확하게 나타내려면 어떤 단위를 사용하면 좋을지 설명하시오.",
         "단추의 지름은 1 cm보다 작거나 cm 눈금 사이에 있어 cm만으로는 정확히 나타내기 어렵습니다. 1 cm를 10칸으로 나눈 1 mm를 사용하면 더 정확하게 나타낼 수 있습니다.", "proof"),
        ("우리 집에서 이웃 도시까지의 거리를 m로만 나타내면 불편한 점을 쓰고, km를 사용하면 좋은 점을 설명하시오.",
         "거리가 멀면 m로 나타낸 수가 너무 커져 읽고 비교하기 불편합니다. 1000 m를 1 km로 나타내면 수가 작아져 알기 쉽습니다.", "proof"),
        ("우리 주변에서 mm를 사용하여 길이를 나타낸 물건과 km를 사용하여 거리를 나타낸 예를 각각 두 가지씩 찾아 쓰고, 왜 그 단위를 사용했는지 이야기해 보세요.", None, "task"),
        ("학교 주변 지도를 보고 학교에서 1 km쯤 떨어진 곳을 세 군데 찾아 표시한 뒤, 실제로 걸어 보거나 걸리는 시간을 조사하여 어림이 맞았는지 확인해 보세요.", None, "task"),
        ("자를 사용하여 내 필통 속 물건 5가지의 길이를 mm 단위까지 재어 표로 나타내고, 먼저 어림한 길이와 비교해 보세요.", None, "task"),
    ]
    text, ans, fmt = rng.choice(items)
    return Problem(text=text, answer=ans, format=fmt, difficulty=4, achievement_level="A", concepts=["mm", "km"])


# == 4수03-16 cm와 mm, km와 m의 관계 ==================================================================
def _cm(mm: int) -> str:
    """``mm`` millimetres as '몇 cm 몇 mm'."""
    c, m = divmod(mm, 10)
    if c and m:
        return f"{c} cm {m} mm"
    return f"{c} cm" if c else f"{m} mm"


def _km(m: int) -> str:
    """``m`` metres as '몇 km 몇 m'."""
    k, r = divmod(m, 1000)
    if k and r:
        return f"{k} km {r} m"
    return f"{k} km" if k else f"{r} m"


def _rand_m(rng: random.Random) -> int:
    k = rng.randint(1, 9)
    r = rng.choice([rng.randint(1, 999), rng.randint(1, 99), rng.randint(1, 9) * 100, rng.randint(10, 99) * 10])
    return 1000 * k + r


@family("4수03-16", "cm-mm-convert")
def _cm_mm(rng: random.Random) -> Problem:
    v = rng.choice([rng.randint(11, 399), rng.randint(2, 30) * 10])
    if v % 10 == 0 and rng.random() < 0.5:
        v += rng.randint(1, 9)
    if rng.random() < 0.5:
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{_cm(v)} = □ mm", f"{_j(_cm(v), '은/는')} 몇 mm입니까?",
                           f"{_cm(v)}를 mm 단위로 나타내시오."]).replace(f"{_cm(v)}를", _j(_cm(v), "을/를"))
        ans = f"{v} mm" if "□" not in text else str(v)
    else:
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{v} mm = □ cm □ mm" if v % 10 else f"□ 안에 알맞은 수를 써넣으세요.\n{v} mm = □ cm",
                           f"{v} mm는 몇 cm 몇 mm입니까?" if v % 10 else f"{v} mm는 몇 cm입니까?"])
        ans = _cm(v)
    return Problem(text=text, answer=ans, format=_kind(text, "computation"), difficulty=1, achievement_level="C",
                   concepts=["mm"], check=lambda: ans in (str(v), f"{v} mm", _cm(v)) and 10 * (v // 10) + v % 10 == v)


@family("4수03-16", "km-m-convert")
def _km_m(rng: random.Random) -> Problem:
    v = _rand_m(rng)
    if rng.random() < 0.5:
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{_km(v)} = □ m", f"{_j(_km(v), '은/는')} 몇 m입니까?",
                           f"{_km(v)}를 m로만 나타내시오."]).replace(f"{_km(v)}를", _j(_km(v), "을/를"))
        ans = str(v) if "□" in text else f"{v} m"
    else:
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{v} m = □ km □ m", f"{v} m는 몇 km 몇 m입니까?",
                           f"{v} m를 '몇 km 몇 m'로 나타내시오."])
        ans = _km(v)
    zero_mid = 0 < v % 1000 < 100
    d = 3 if zero_mid else 2
    return Problem(text=text, answer=ans, format=_kind(text, "computation"), difficulty=d, achievement_level=elementary_level(d),
                   concepts=["km"], check=lambda: 1000 * (v // 1000) + v % 1000 == v)


@family("4수03-16", "compare-mixed-lengths")
def _cmp_len(rng: random.Random) -> Problem:
    k = rng.randint(2, 8)
    r = rng.randint(1, 9) * 10 + rng.choice([0, 0, 5])
    cands = {1000 * k + r, 1000 * k + 10 * r if 10 * r < 1000 else 1000 * k + r + 300,
             1000 * k + r // 10 if r >= 10 else 1000 * k + 7, 1000 * (k - 1) + 900 + rng.randint(1, 99),
             1000 * k + rng.randint(100, 999)}
    while len(cands) < 5:
        cands.add(1000 * k + rng.randint(1, 999))
    vals = rng.sample(sorted(cands), 5)
    shown = {v: (f"{v} m" if rng.random() < 0.45 else _km(v)) for v in vals}
    want_max = rng.random() < 0.5
    tgt = max(vals) if want_max else min(vals)
    stem = rng.choice([f"다음 중 가장 {'긴' if want_max else '짧은'} 거리는 어느 것입니까?",
                       f"길이가 가장 {'긴' if want_max else '짧은'} 것을 찾으시오."])
    return _mcq(rng, stem, shown[tgt], [shown[v] for v in vals if v != tgt], difficulty=3, level="B", concepts=["km"],
                check=lambda ch: ch.options[ch.correct] == shown[tgt])


@family("4수03-16", "real-length-rewrite")
def _real_rewrite(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        v = _rand_m(rng)
        place = rng.choice(["둘레길", "등산로", "자전거 도로", "해안 산책로", "터널"])
        text = rng.choice([
            f"{rng.choice(['우리 동네', '국립공원', '시청 앞'])} {place}의 길이는 {v} m입니다. 이 길이는 몇 km 몇 m입니까?",
            f"안내판에 '{place} 전체 길이: {_km(v)}'라고 쓰여 있습니다. {place}의 길이는 모두 몇 m입니까?",
            f"{_j(name(rng), '은/는')} {place} {_km(v)}를 걸었습니다. 걸은 거리를 m로 나타내면 몇 m일까요?",
        ]).replace(f"{_km(v)}를 걸", f"{_j(_km(v), '을/를')} 걸")
        ans = _km(v) if "몇 km 몇 m" in text else f"{v} m"
        conc = ["km"]
    else:
        v = rng.randint(101, 399)
        if v % 10 == 0:
            v += 3
        thing = rng.choice(["새 연필", "젓가락", "볼펜", "리코더", "자", "부채"])
        text = rng.choice([
            f"{thing}의 길이를 재었더니 {v} mm였습니다. {thing}의 길이는 몇 cm 몇 mm입니까?",
            f"{_j(name(rng), '이/가')} 가진 {thing}의 길이는 {_cm(v)}입니다. 이 길이는 몇 mm입니까?",
        ])
        ans = _cm(v) if "몇 cm 몇 mm" in text else f"{v} mm"
        conc = ["mm"]
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C", concepts=conc,
                   check=lambda: v > 0)


@family("4수03-16", "conversion-true-false")
def _conv_tf(rng: random.Random) -> Problem:
    k, r = rng.randint(2, 9), rng.randint(1, 9) * 10
    c, m = rng.randint(2, 19), rng.randint(1, 9)
    trues = [f"{k} km {r} m = {1000 * k + r} m", f"{c} cm {m} mm = {10 * c + m} mm", f"{1000 * k} m = {k} km",
             f"{10 * c} mm = {c} cm", f"{1000 * k + 100 * (r // 10)} m = {k} km {100 * (r // 10)} m"]
    falses = [f"{k} km {r} m = {1000 * k + 10 * r} m", f"{k} km {r} m = {100 * k + r} m", f"{c} cm {m} mm = {100 * c + m} mm",
              f"{10 * c + m} mm = {c} cm {m * 10} mm", f"{1000 * k + r} m = {k} km {r * 10} m", f"{k} km = {100 * k} m"]
    falses = [f for f in falses if f not in trues]
    return _tf_mcq(rng, trues, falses, want_true=rng.random() < 0.5, concepts=["mm", "km"], difficulty=3, level="B")


@family("4수03-16", "distance-table")
def _dist_table(rng: random.Random) -> Problem:
    places = rng.sample(["도서관", "수영장", "기차역", "박물관", "공원", "시장", "병원"], 4)
    vals = rng.sample(range(1050, 6000, 10), 4)
    cells = [(f"{v} m" if i % 2 else _km(v)) for i, v in enumerate(vals)]
    table = "| 장소 | " + " | ".join(places) + " |\n| 집에서의 거리 | " + " | ".join(cells) + " |"
    mode = rng.choice(["far", "near", "order"])
    if mode == "far":
        q, ans = "집에서 가장 먼 곳은 어디입니까?", places[vals.index(max(vals))]
    elif mode == "near":
        q, ans = "집에서 가장 가까운 곳은 어디이고, 그 거리는 몇 m입니까?", f"{places[vals.index(min(vals))]}, {min(vals)} m"
    else:
        q = "집에서 가까운 곳부터 차례로 쓰시오."
        ans = ", ".join(p for _, p in sorted(zip(vals, places, strict=True)))
    text = rng.choice([f"{_j(name(rng), '은/는')} 집에서 여러 장소까지의 거리를 조사하였습니다.\n{table}\n{q}",
                       f"{table}\n{q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=["km"],
                   check=lambda: len(set(vals)) == 4)


@family("4수03-16", "route-length-add-sub")
def _route(rng: random.Random) -> Problem:
    a, b = _rand_m(rng) % 5000 + 500, _rand_m(rng) % 4000 + 300
    if a == b:
        a += 250
    a_, b_ = (a, b) if a > b else (b, a)
    p0, p1, p2 = rng.sample(["집", "학교", "우체국", "놀이터", "도서관", "체육관", "빵집"], 3)
    if rng.random() < 0.5:
        text = rng.choice([
            f"{p0}에서 {p1}까지는 {_km(a)}이고, {p1}에서 {p2}까지는 {_km(b)}입니다. {p0}에서 {_j(p1, '을/를')} 거쳐 {p2}까지 가는 거리는 몇 km 몇 m입니까?",
            f"{_j(name(rng), '은/는')} 오전에 {_km(a)}, 오후에 {_km(b)}를 걸었습니다. 오늘 걸은 거리는 모두 몇 km 몇 m입니까?",
        ]).replace(f"{_km(b)}를 걸", f"{_j(_km(b), '을/를')} 걸")
        ans = _km(a + b)
        chk = lambda: (a + b) - b == a  # noqa: E731
    else:
        text = rng.choice([
            f"{p0}에서 {p1}까지는 {_km(a_)}, {p0}에서 {p2}까지는 {_km(b_)}입니다. {p0}에서 어느 곳이 몇 m 더 멉니까?",
            f"마라톤 연습 코스 {_km(a_)} 중에서 {_km(b_)}를 달렸습니다. 남은 거리는 몇 km 몇 m입니까?",
        ]).replace(f"{_km(b_)}를 달", f"{_j(_km(b_), '을/를')} 달")
        ans = f"{p1}, {a_ - b_} m" if "어느 곳" in text else _km(a_ - b_)
        chk = lambda: a_ - b_ > 0  # noqa: E731
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["km"], check=chk)


@family("4수03-16", "explain-unit-relation")
def _explain_rel(rng: random.Random) -> Problem:
    k, r = rng.randint(2, 9), rng.randint(1, 9) * 10 + rng.choice([0, 5])
    c, m = rng.randint(3, 15), rng.randint(1, 9)
    who = name(rng)
    if rng.random() < 0.5:
        text = f"{_j(who, '은/는')} '{_km(1000 * k + r)} = {k}{r} m'라고 썼습니다. 잘못된 까닭을 1 km와 1 m의 관계를 이용하여 설명하고 바르게 고치시오."
        ans = f"1 km = 1000 m이므로 {k} km는 {1000 * k} m입니다. 따라서 {_km(1000 * k + r)} = {1000 * k + r} m입니다."
    else:
        text = f"{c} cm {m} mm가 몇 mm인지 구하는 방법을 1 cm와 1 mm의 관계를 이용하여 설명하시오."
        ans = f"1 cm = 10 mm이므로 {c} cm는 {10 * c} mm이고, 여기에 {m} mm를 더하면 {10 * c + m} mm입니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A", concepts=["mm", "km"])


# == 4수03-17 1L와 1mL, 들이 측정과 어림 ==============================================================
def _lml(ml: int) -> str:
    """``ml`` millilitres as '몇 L 몇 mL'."""
    k, r = divmod(ml, 1000)
    if k and r:
        return f"{k} L {r} mL"
    return f"{k} L" if k else f"{r} mL"


_CAP_ITEMS = [  # (container, typical capacity, unit)
    ("물약 숟가락", 5, "mL"), ("요구르트병", 80, "mL"), ("종이컵", 180, "mL"), ("우유갑(작은 것)", 200, "mL"),
    ("안약 병", 10, "mL"), ("주사기", 20, "mL"), ("음료수 캔", 350, "mL"),
    ("생수병(큰 것)", 2, "L"), ("주전자", 3, "L"), ("양동이", 10, "L"), ("어항", 30, "L"), ("욕조", 200, "L"),
    ("자동차 연료 탱크", 50, "L"), ("세탁기 물통", 60, "L"),
]


@family("4수03-17", "choose-capacity-unit")
def _cap_unit(rng: random.Random) -> Problem:
    thing, v, u = rng.choice(_CAP_ITEMS)
    if rng.random() < 0.5:
        text = rng.choice([f"(  ) 안에 L와 mL 중 알맞은 단위를 써넣으세요.\n{thing}의 들이는 약 {v}(  )입니다.",
                           f"□ 안에 L, mL 중 알맞은 단위를 쓰시오.\n{thing}에 가득 담기는 물의 양: 약 {v}□"])
        return Problem(text=text, answer=u, format="fill", difficulty=1,
                       achievement_level="C", concepts=["L", "mL"])
    correct = f"약 {v} {u}"
    other = "L" if u == "mL" else "mL"
    wrong = [f"약 {v} {other}", f"약 {v * 10} {u}", f"약 {v * 100} {u}", f"약 {v * 10} {other}"]
    if v >= 10:
        wrong.append(f"약 {v // 10} {u}")
    stem = rng.choice([f"{thing}의 들이로 가장 알맞은 것은 어느 것입니까?", f"{thing}에 물을 가득 채웠을 때 담기는 물의 양을 바르게 어림한 것을 고르시오."])
    return _mcq(rng, stem, correct, wrong, difficulty=2, level="C", concepts=["L", "mL"],
                check=lambda ch: ch.options[ch.correct] == correct)


@family("4수03-17", "read-measuring-cup")
def _read_cup(rng: random.Random) -> Problem:
    step = rng.choice([100, 100, 50, 200])
    ticks = rng.randint(2, 1000 // step * 2)
    ml = step * ticks
    vessel = rng.choice(["비커", "계량컵", "눈금 실린더", "물통", "계량 그릇"])
    liquid = rng.choice(["물", "우유", "주스", "식용유", "보리차"])
    text = rng.choice([
        f"작은 눈금 한 칸이 {step} mL인 {vessel}에 {_j(liquid, '을/를')} 부었더니 0부터 {ticks}칸째 눈금까지 찼습니다. 부은 {liquid}의 양은 몇 mL입니까?",
        f"{vessel}의 눈금은 한 칸이 {step} mL입니다. {_j(liquid, '이/가')} 눈금 {ticks}칸만큼 담겨 있다면 {liquid}의 양을 '몇 L 몇 mL' 또는 '몇 mL'로 구하시오.",
        f"□ 안에 알맞은 수를 써넣으세요.\n한 칸이 {step} mL인 눈금 {ticks}칸까지 {_j(liquid, '이/가')} 들어 있으므로 {liquid}의 양은 □ mL입니다.",
    ])
    ans = str(ml) if "□" in text else (f"{ml} mL" if "양은 몇 mL입니까" in text else (_lml(ml) if ml >= 1000 else f"{ml} mL"))
    d = 2 if step == 100 else 3
    return Problem(text=text, answer=ans, format=_kind(text), difficulty=d, achievement_level=elementary_level(d), concepts=["mL"],
                   check=lambda: sum(step for _ in range(ticks)) == ml)


@family("4수03-17", "compare-by-cups")
def _cmp_cups(rng: random.Random) -> Problem:
    a, b = rng.sample(range(4, 16), 2)
    c1, c2 = rng.sample(["가", "나", "다", "라"], 2)
    cup = rng.choice(["종이컵", "작은 컵", "국자", "요구르트병"])
    mode = rng.choice(["more", "diff"])
    if mode == "more":
        text = rng.choice([
            f"{c1} 물병과 {c2} 물병에 물을 가득 채운 뒤 똑같은 {_j(cup, '으로/로')} 덜어 냈더니 {c1}는 {a}번, {c2}는 {b}번 덜어 낼 수 있었습니다. 어느 물병의 들이가 더 많습니까?",
            f"크기가 같은 {_j(cup, '으로/로')} 물을 부어 {c1} 그릇은 {a}번, {c2} 그릇은 {b}번 만에 가득 찼습니다. 들이가 더 많은 그릇을 쓰시오.",
        ])
        ans = c1 if a > b else c2
        d = 2
    else:
        text = rng.choice([
            f"{c1} 주전자는 {_j(cup, '으로/로')} {a}번, {c2} 주전자는 같은 {_j(cup, '으로/로')} {b}번 부으면 가득 찹니다. 어느 주전자가 {cup} 몇 개만큼 더 많이 담깁니까?",
        ])
        ans = f"{c1 if a > b else c2}, {abs(a - b)}개"
        d = 3
    text = text.replace(f"{c1}는", f"{_j(c1, '은/는')}").replace(f"{c2}는", f"{_j(c2, '은/는')}")
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=elementary_level(d), concepts=["L"],
                   check=lambda: a != b)


@family("4수03-17", "closest-capacity-estimate")
def _cap_est(rng: random.Random) -> Problem:
    ppl = names(rng, 4)
    vessel = rng.choice(["냄비", "물뿌리개", "세숫대야", "물병", "꽃병", "보온병"])
    actual = rng.randint(6, 45) * 100
    ests = rng.sample([actual + d for d in range(-900, 901, 100) if d and abs(d) != 0], 4)
    gaps = [abs(e - actual) for e in ests]
    if gaps.count(min(gaps)) > 1 or min(ests) <= 0:
        return _cap_est(rng)
    best = ppl[gaps.index(min(gaps))]
    shown = [f"약 {_lml(e)}" for e in ests]
    table = "| 이름 | " + " | ".join(ppl) + " |\n| 어림한 들이 | " + " | ".join(shown) + " |"
    text = rng.choice([f"{vessel}의 들이를 어림한 뒤 비커로 재어 보니 {_lml(actual)}였습니다.\n{table}\n실제 들이에 가장 가깝게 어림한 사람은 누구입니까?",
                       f"{table}\n위는 {vessel}의 들이를 어림한 값입니다. 실제 들이가 {_lml(actual)}일 때 가장 잘 어림한 사람을 쓰시오."])
    return Problem(text=text, answer=best, format="data", difficulty=3, achievement_level="B",
                   concepts=["L", "mL"], check=lambda: min(range(4), key=lambda i: abs(ests[i] - actual)) == ppl.index(best))


@family("4수03-17", "benchmark-capacity")
def _bench_cap(rng: random.Random) -> Problem:
    mode = rng.choice(["milk", "cup", "fraction"])
    if mode == "milk":
        k = rng.randint(2, 9)
        text = rng.choice([f"들이가 200 mL인 우유갑으로 물을 {5 * k}번 부었더니 수조가 가득 찼습니다. 수조의 들이는 약 몇 L입니까?",
                           f"200 mL 우유 {5 * k}갑을 큰 통에 모두 부으면 우유는 몇 L가 됩니까?"])
        ans = f"약 {k} L" if "약" in text.split("수조의")[-1] else f"{k} L"
    elif mode == "cup":
        k = rng.randint(2, 6)
        text = rng.choice([f"종이컵 한 컵에 물이 약 200 mL 담깁니다. 종이컵으로 {5 * k}번 부어서 가득 찬 냄비의 들이는 약 몇 L라고 어림할 수 있습니까?",
                           f"한 컵에 약 250 mL가 담기는 컵으로 물을 {4 * k}번 부었더니 물통이 가득 찼습니다. 물통의 들이를 어림하시오."])
        ans = f"약 {k} L"
    else:
        k = rng.choice([2, 4, 5, 10])
        text = rng.choice(["1 L 들이 물병에 물을 부었더니 물병의 절반쯤 찼습니다. 부은 물은 약 몇 mL입니까?",
                           f"1 L 들이 병을 똑같이 {k}번에 나누어 채울 수 있는 컵이 있습니다. 이 컵의 들이는 몇 mL입니까?"])
        ans = "약 500 mL" if "절반" in text else f"{1000 // k} mL"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["L", "mL"],
                   check=lambda: True)


@family("4수03-17", "sense-of-1L-1mL")
def _sense_cap(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        good = ["큰 우유갑 한 통에 가득 담긴 우유의 양", "200 mL 우유갑 5개에 담긴 우유를 모두 모은 양"]
        bad = ["요구르트병 한 개에 담긴 양", "물약 숟가락 한 숟가락의 양", "욕조에 가득 담긴 물의 양", "종이컵 한 컵에 담긴 물의 양",
               "세숫대야에 가득 담긴 물의 양", "안약 한 방울의 양"]
        stem, conc = "다음 중 약 1 L인 것은 어느 것입니까?", ["L"]
    else:
        good = ["스포이트로 물을 스무 방울쯤 떨어뜨린 양", "스포이트로 한 번 빨아올린 물의 양"]
        bad = ["큰 우유갑 한 통에 담긴 우유의 양", "종이컵 한 컵에 담긴 물의 양", "양동이에 가득 담긴 물의 양",
               "음료수 캔 하나에 담긴 양", "주전자에 가득 담긴 보리차의 양", "어항에 가득 담긴 물의 양"]
        stem, conc = "다음 중 1 mL에 가장 가까운 양은 어느 것입니까?", ["mL"]
    correct = rng.choice(good)
    return _mcq(rng, stem, correct, rng.sample(bad, 4), difficulty=2, level="C", concepts=conc,
                check=lambda ch: ch.options[ch.correct] in good and sum(o in good for o in ch.options) == 1)


@family("4수03-17", "containers-table")
def _cont_table(rng: random.Random) -> Problem:
    cons = rng.sample(["보온병", "물뿌리개", "꽃병", "냄비", "물통", "주전자", "밥솥"], 4)
    vals = rng.sample(range(400, 4000, 50), 4)
    cells = [(f"{v} mL" if i % 2 == 0 else _lml(v)) for i, v in enumerate(vals)]
    table = "| 그릇 | " + " | ".join(cons) + " |\n| 들이 | " + " | ".join(cells) + " |"
    mode = rng.choice(["most", "least", "order"])
    if mode == "most":
        q, ans = "들이가 가장 많은 그릇은 무엇입니까?", cons[vals.index(max(vals))]
    elif mode == "least":
        q, ans = "들이가 가장 적은 그릇은 무엇입니까?", cons[vals.index(min(vals))]
    else:
        q = "들이가 많은 것부터 차례로 쓰시오."
        ans = ", ".join(c for _, c in sorted(zip(vals, cons, strict=True), reverse=True))
    text = rng.choice([f"여러 그릇의 들이를 비커로 재어 표로 나타내었습니다.\n{table}\n{q}", f"{table}\n{q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=["L", "mL"],
                   check=lambda: len(set(vals)) == 4)


@family("4수03-17", "why-standard-capacity")
def _why_cap(rng: random.Random) -> Problem:
    a, b = rng.sample(range(5, 12), 2)
    p1, p2 = names(rng, 2)
    items = [
        (f"{_j(p1, '은/는')} 종이컵으로, {_j(p2, '은/는')} 머그컵으로 각자 물통의 들이를 재었습니다. {_j(p1, '은/는')} {a}컵, {_j(p2, '은/는')} {b}컵이라고 했습니다. 두 사람의 결과를 비교하기 어려운 까닭과 해결 방법을 설명하시오.",
         "사용한 컵의 크기가 서로 달라서 컵의 수로는 들이를 비교할 수 없습니다. L나 mL처럼 누구나 똑같이 쓰는 단위로 재면 비교할 수 있습니다.", "proof"),
        ("집에 있는 음료수병, 샴푸 통, 우유갑 등에 적힌 들이를 조사하여 L로 나타낸 것과 mL로 나타낸 것을 나누어 보고, 왜 그 단위를 썼을지 이야기해 보세요.", None, "task"),
        ("비커와 물을 이용하여 우리 모둠 물병의 들이를 먼저 어림하고 실제로 재어 본 뒤, 어림한 값과 잰 값의 차이를 비교해 보세요.", None, "task"),
        ("약을 먹을 때 물약의 양을 L가 아니라 mL로 나타내는 까닭을 설명하시오.",
         "물약처럼 적은 양은 1 L보다 훨씬 적어서 L로 나타내기 어렵습니다. 1 L = 1000 mL이므로 더 작은 단위인 mL를 사용하면 적은 양을 정확하게 나타낼 수 있습니다.", "proof"),
    ]
    text, ans, fmt = rng.choice(items)
    return Problem(text=text, answer=ans, format=fmt, difficulty=4, achievement_level="A", concepts=["L", "mL"])


# == 4수03-18 1L와 1mL의 관계, 몇 L 몇 mL와 몇 mL ======================================================
def _rand_ml(rng: random.Random, max_l: int = 9) -> int:
    k = rng.randint(1, max_l)
    r = rng.choice([rng.randint(1, 999), rng.randint(1, 9) * 100, rng.randint(1, 99) * 10, rng.randint(1, 99)])
    return 1000 * k + r


@family("4수03-18", "l-ml-convert")
def _l_ml(rng: random.Random) -> Problem:
    v = _rand_ml(rng)
    if rng.random() < 0.5:
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{_lml(v)} = □ mL", f"{_j(_lml(v), '은/는')} 몇 mL입니까?",
                           f"{_j(_lml(v), '을/를')} mL로만 나타내시오."])
        ans = str(v) if "□" in text else f"{v} mL"
    else:
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{v} mL = □ L □ mL", f"{v} mL는 몇 L 몇 mL입니까?",
                           f"{v} mL를 '몇 L 몇 mL'로 나타내시오."])
        ans = _lml(v)
    d = 3 if 0 < v % 1000 < 100 else 2
    return Problem(text=text, answer=ans, format=_kind(text, "computation"), difficulty=d, achievement_level=elementary_level(d),
                   concepts=["L", "mL"], check=lambda: 1000 * (v // 1000) + v % 1000 == v)


@family("4수03-18", "compare-capacities-mcq")
def _cmp_cap(rng: random.Random) -> Problem:
    k = rng.randint(1, 5)
    r = rng.randint(1, 9) * 10 + rng.choice([0, 5])
    cands = {1000 * k + r, 1000 * k + 10 * r if 10 * r < 1000 else 1000 * k + r + 200, 1000 * k + max(1, r // 10),
             1000 * (k - 1) + 900 + rng.randint(1, 99) if k > 1 else 950, 1000 * k + rng.randint(100, 999)}
    while len(cands) < 5:
        cands.add(1000 * k + rng.randint(1, 999))
    vals = rng.sample(sorted(cands), 5)
    shown = {v: (f"{v} mL" if rng.random() < 0.45 else _lml(v)) for v in vals}
    want_max = rng.random() < 0.5
    tgt = max(vals) if want_max else min(vals)
    stem = rng.choice([f"들이가 가장 {'많은' if want_max else '적은'} 것은 어느 것입니까?",
                       f"다음 중 가장 {'많은' if want_max else '적은'} 양을 고르시오."])
    return _mcq(rng, stem, shown[tgt], [shown[v] for v in vals if v != tgt], difficulty=3, level="B", concepts=["L", "mL"],
                check=lambda ch: ch.options[ch.correct] == shown[tgt])


@family("4수03-18", "label-rewrite")
def _label(rng: random.Random) -> Problem:
    v = rng.choice([1500, 1800, 1250, 2200, 1050, 3600, 4500, 1200, 2050, 1080]) + rng.choice([0, 0, 100, 300])
    item = rng.choice(["주스병", "생수병", "식용유 통", "세제 통", "간장병", "샴푸 통", "우유 통"])
    if rng.random() < 0.5:
        text = rng.choice([f"{item}의 겉면에 '{v} mL'라고 쓰여 있습니다. 이 {item}의 들이는 몇 L 몇 mL입니까?",
                           f"마트에서 산 {item} 들이가 {v} mL입니다. 이것을 '몇 L 몇 mL'로 나타내면 얼마입니까?"])
        ans = _lml(v)
    else:
        text = rng.choice([f"{item}의 들이가 {_lml(v)}입니다. 이 {item}의 들이는 몇 mL입니까?",
                           f"{_j(name(rng), '이/가')} 산 {item}에 '{_lml(v)}'라고 적혀 있습니다. 몇 mL인지 쓰시오."])
        ans = f"{v} mL"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C", concepts=["L", "mL"],
                   check=lambda: 1000 * (v // 1000) + v % 1000 == v)


@family("4수03-18", "capacity-true-false")
def _cap_tf(rng: random.Random) -> Problem:
    k, r = rng.randint(2, 9), rng.randint(1, 9) * 10
    trues = [f"{k} L {r} mL = {1000 * k + r} mL", f"{1000 * k} mL = {k} L", f"{k} L {100 * (r // 10)} mL = {1000 * k + 100 * (r // 10)} mL",
             "1 L는 1000 mL입니다.", f"{1000 * k + r} mL는 {k} L보다 많습니다."]
    falses = [f"{k} L {r} mL = {1000 * k + 10 * r} mL", f"{k} L {r} mL = {100 * k + r} mL", f"{k} L = {100 * k} mL",
              "1 L는 100 mL입니다.", f"{1000 * k + r} mL = {k} L {10 * r} mL", f"{1000 * k - r} mL는 {k} L보다 많습니다."]
    return _tf_mcq(rng, trues, falses, want_true=rng.random() < 0.5, concepts=["L", "mL"], difficulty=3, level="B")


@family("4수03-18", "complete-table-both-forms")
def _both_forms(rng: random.Random) -> Problem:
    vals = rng.sample([_rand_ml(rng, 5) for _ in range(8)], 3)
    things = rng.sample(["물병", "냄비", "꽃병", "보온병", "주전자", "수조"], 3)
    rows, blanks = [], []
    for i, (t, v) in enumerate(zip(things, vals, strict=True)):
        mark = "㉠㉡㉢"[i]
        if rng.random() < 0.5:
            rows.append(f"| {t} | {_lml(v)} | {mark} |")
        else:
            rows.append(f"| {t} | {mark} | {v} mL |")
        blanks.append(f"{mark} {v} mL" if rows[-1].endswith(f"{mark} |") else f"{mark} {_lml(v)}")
    table = "| 그릇 | 몇 L 몇 mL | 몇 mL |\n" + "\n".join(rows)
    text = rng.choice([f"그릇의 들이를 두 가지 방법으로 나타낸 표입니다. ㉠, ㉡, ㉢에 알맞은 들이를 쓰시오.\n{table}",
                       f"{table}\n표의 빈칸 ㉠~㉢을 알맞게 채우세요."])
    return Problem(text=text, answer=", ".join(blanks), format="data", difficulty=3, achievement_level="B",
                   concepts=["L", "mL"], check=lambda: len(blanks) == 3)


@family("4수03-18", "bottles-make-liters")
def _bottles(rng: random.Random) -> Problem:
    per = rng.choice([200, 250, 300, 350, 400, 450, 500, 150])
    n = rng.randint(1000 // per + 1, 1000 // per + 6)
    if per * n % 1000 == 0:
        n += 1
    tot = per * n
    cont = rng.choice(["우유갑", "음료수 캔", "요구르트병", "작은 물병", "주스 팩"])
    text = rng.choice([
        f"한 개에 {per} mL씩 들어 있는 {cont} {n}개의 음료를 큰 통에 모두 부었습니다. 통에 담긴 음료는 몇 L 몇 mL입니까?",
        f"{_j(name(rng), '은/는')} {per} mL {_j(cont, '을/를')} {n}개 샀습니다. 산 음료는 모두 몇 mL이고, 이것은 몇 L 몇 mL입니까?",
        f"□ 안에 알맞은 수를 써넣으세요.\n{per} mL씩 {n}번 부은 물의 양은 □ mL이고, □ L □ mL입니다.",
    ])
    if "□" in text:
        ans = f"{tot}, {_lml(tot)}"
    elif "몇 mL이고" in text:
        ans = f"{tot} mL, {_lml(tot)}"
    else:
        ans = _lml(tot)
    return Problem(text=text, answer=ans, format=_kind(text), difficulty=3, achievement_level="B", concepts=["L", "mL"],
                   check=lambda: sum(per for _ in range(n)) == tot)


@family("4수03-18", "more-to-fill-liter")
def _more_fill(rng: random.Random) -> Problem:
    full = rng.choice([1, 1, 2, 3])
    have = rng.randint(100, full * 1000 - 10)
    if rng.random() < 0.5:
        have = have // 10 * 10 or 10
    need = full * 1000 - have
    shown = f"{have} mL" if have < 1000 or rng.random() < 0.5 else _lml(have)
    text = rng.choice([
        f"{full} L 들이 물통에 물이 {shown} 들어 있습니다. 물통을 가득 채우려면 물을 몇 mL 더 부어야 합니까?",
        f"□ 안에 알맞은 수를 써넣으세요.\n{shown} + □ mL = {full} L",
        f"{full} L짜리 빈 병에 주스를 {shown} 부었습니다. 병을 가득 채우려면 주스가 몇 mL 더 필요할까요?",
    ])
    d = 3 if full > 1 else 2
    return Problem(text=text, answer=str(need) if "□" in text else f"{need} mL", format=_kind(text), difficulty=d,
                   achievement_level=elementary_level(d), concepts=["L", "mL"], check=lambda: have + need == 1000 * full)


@family("4수03-18", "explain-l-ml")
def _explain_lml(rng: random.Random) -> Problem:
    k, r = rng.randint(2, 6), rng.choice([5, 8, 20, 40, 60, 75])
    who = name(rng)
    if rng.random() < 0.5:
        text = f"{_j(who, '은/는')} '{k} L {r} mL = {k}{r} mL'라고 썼습니다. 잘못된 점을 1 L와 1 mL의 관계를 이용하여 설명하고 바르게 고치시오."
        ans = f"1 L = 1000 mL이므로 {k} L는 {1000 * k} mL입니다. 따라서 {k} L {r} mL = {1000 * k + r} mL입니다."
    else:
        v = 1000 * k + 10 * r
        text = f"{v} mL를 '몇 L 몇 mL'로 나타내는 방법을 설명하시오."
        ans = f"1000 mL = 1 L이므로 {v} mL = {1000 * k} mL + {10 * r} mL = {_lml(v)}입니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A", concepts=["L", "mL"])


# == 4수03-19 들이의 덧셈과 뺄셈 ======================================================================
def _carry_parts(a: int, b: int, base: int = 1000) -> int:
    return int(a % base + b % base >= base)


@family("4수03-19", "capacity-add-compute")
def _cap_add(rng: random.Random) -> Problem:
    a, b = _rand_ml(rng, 6), _rand_ml(rng, 5)
    text = rng.choice([f"계산을 하시오.\n{_lml(a)} + {_lml(b)}", f"{_lml(a)} + {_lml(b)} = □ L □ mL",
                       f"두 들이의 합을 구하세요.\n{_lml(a)}, {_lml(b)}",
                       f"계산을 하시오.\n  {_lml(a)}\n+ {_lml(b)}"])
    d = 2 + _carry_parts(a, b)
    return Problem(text=text, answer=_lml(a + b), format=_kind(text, "computation"), difficulty=d, achievement_level=elementary_level(d),
                   concepts=["L", "mL"], check=lambda: (a + b) - a == b)


@family("4수03-19", "capacity-sub-compute")
def _cap_sub(rng: random.Random) -> Problem:
    a, b = sorted([_rand_ml(rng, 8), _rand_ml(rng, 6)], reverse=True)
    if a == b:
        a += 1000
    text = rng.choice([f"계산을 하시오.\n{_lml(a)} − {_lml(b)}", f"{_lml(a)} − {_lml(b)} = □",
                       f"두 들이의 차를 구하세요.\n{_lml(a)}, {_lml(b)}",
                       f"계산을 하시오.\n  {_lml(a)}\n− {_lml(b)}"])
    d = 2 + int(a % 1000 < b % 1000)
    return Problem(text=text, answer=_lml(a - b), format=_kind(text, "computation"), difficulty=d, achievement_level=elementary_level(d),
                   concepts=["L", "mL"], check=lambda: (a - b) + b == a)


@family("4수03-19", "mix-liquids-total")
def _mix(rng: random.Random) -> Problem:
    a, b = _rand_ml(rng, 3), rng.choice([_rand_ml(rng, 2), rng.randint(150, 950)])
    x, y = rng.sample([("사과주스", "탄산수"), ("물", "매실청"), ("우유", "딸기 우유"), ("포도주스", "물"), ("오렌지주스", "사이다")], 1)[0]
    who = name(rng)
    text = rng.choice([
        f"{_j(who, '은/는')} 화채를 만들려고 {_j(x, '을/를')} {_lml(a)}, {_j(y, '을/를')} {_lml(b)} 섞었습니다. 섞은 음료는 모두 몇 L 몇 mL입니까?",
        f"큰 그릇에 {_j(x, '이/가')} {_lml(a)} 있습니다. 여기에 {_j(y, '을/를')} {_lml(b)} 더 부으면 그릇에 든 음료는 모두 몇 L 몇 mL가 됩니까?",
        f"파티 음료로 {x} {_lml(a)}와 {y} {_lml(b)}를 준비했습니다. 준비한 음료는 모두 몇 mL입니까?",
    ])
    text = text.replace(f"{x} {_lml(a)}와", f"{x} {_j(_lml(a), '과/와')}").replace(f"{y} {_lml(b)}를", f"{y} {_j(_lml(b), '을/를')}")
    ans = f"{a + b} mL" if "모두 몇 mL입니까" in text else _lml(a + b)
    d = 2 + _carry_parts(a, b)
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=elementary_level(d), concepts=["L", "mL"],
                   check=lambda: a + b > a)


@family("4수03-19", "remaining-after-use")
def _remain(rng: random.Random) -> Problem:
    a = _rand_ml(rng, 9) + 1000
    b = rng.randint(300, a - 200)
    place = rng.choice([("물통", "화분에 주는 데"), ("식용유 통", "튀김을 만드는 데"), ("세제 통", "빨래하는 데"),
                        ("수조", "어항을 청소하는 데"), ("우유 통", "빵을 만드는 데")])
    text = rng.choice([
        f"{place[0]}에 {_lml(a)}가 들어 있었습니다. 그중 {_j(_lml(b), '을/를')} {place[1]} 사용했습니다. 남은 양은 몇 L 몇 mL입니까?",
        f"{_j(name(rng), '은/는')} {_lml(a)} 중에서 {_j(_lml(b), '을/를')} {place[1]} 썼습니다. 남은 것은 몇 L 몇 mL인지 구하시오.",
        f"□ 안에 알맞은 들이를 써넣으세요.\n{place[0]}에 든 {_lml(a)} 중 {_j(_lml(b), '을/를')} 쓰고 나면 □가 남습니다.",
    ]).replace(f"{_lml(a)}가 들어", f"{_j(_lml(a), '이/가')} 들어")
    d = 2 + int(a % 1000 < b % 1000)
    return Problem(text=text, answer=_lml(a - b), format=_kind(text), difficulty=d, achievement_level=elementary_level(d),
                   concepts=["L", "mL"], check=lambda: (a - b) + b == a and a > b)


@family("4수03-19", "capacity-mistake-mcq")
def _cap_mcq(rng: random.Random) -> Problem:
    while True:
        a, b = _rand_ml(rng, 5), _rand_ml(rng, 4)
        if a % 1000 + b % 1000 >= 1000 and a % 1000 >= 100 and b % 1000 >= 100:
            break
    ka, ra, kb, rb = a // 1000, a % 1000, b // 1000, b % 1000
    if rng.random() < 0.5:
        res = a + b
        wrong = [f"{ka + kb} L {ra + rb} mL", f"{ka + kb} L {ra + rb - 1000} mL", f"{ka + kb + 1} L {ra + rb - 100} mL",
                 _lml(res + 1000), _lml(res - 100), f"{ka + kb + 1} L {ra + rb} mL"]
        expr = f"{_lml(a)} + {_lml(b)}"
    else:
        big = a + b
        res = big - b
        kB, rB = big // 1000, big % 1000
        wrong = [f"{kB - kb} L {abs(rB - rb)} mL", f"{kB - kb - 1} L {abs(rB - rb)} mL", f"{kB - kb} L {rB + 1000 - rb} mL",
                 _lml(res + 1000), _lml(res + 100), f"{kB - kb - 1} L {rB + 100 - rb} mL" if rB + 100 > rb else _lml(res - 100)]
        expr = f"{_lml(big)} − {_lml(b)}"
    wrong += [_lml(res + 200), _lml(res - 200), _lml(res + 10)]
    wrong = [w for w in wrong if w != _lml(res) and "-" not in w]
    stem = rng.choice([f"바르게 계산한 값은 어느 것입니까?\n{expr}", f"{expr}의 계산 결과로 옳은 것을 고르시오."])
    return _mcq(rng, stem, _lml(res), wrong, difficulty=3, level="B", concepts=["L", "mL"],
                check=lambda ch: ch.options[ch.correct] == _lml(res))


@family("4수03-19", "water-use-table")
def _water_table(rng: random.Random) -> Problem:
    days = ["월요일", "화요일", "수요일", "목요일"]
    vals = [rng.randint(8, 30) * 100 + rng.choice([0, 50, 0]) for _ in days]
    what = rng.choice(["우리 반 화분에 준 물의 양", "급식실에서 쓴 식용유의 양", "우리 가족이 마신 우유의 양", "교실 가습기에 넣은 물의 양"])
    table = "| 요일 | " + " | ".join(days) + " |\n| 양 | " + " | ".join(_lml(v) for v in vals) + " |"
    mode = rng.choice(["total", "diff", "two"])
    if mode == "total":
        q, ans = "네 요일 동안의 양은 모두 몇 L 몇 mL입니까?", _lml(sum(vals))
    elif mode == "diff":
        q = "가장 많은 날과 가장 적은 날의 양의 차는 몇 L 몇 mL입니까?"
        ans = _lml(max(vals) - min(vals))
        if max(vals) - min(vals) < 1000:
            q = q.replace("몇 L 몇 mL", "몇 mL")
            ans = f"{max(vals) - min(vals)} mL"
    else:
        i, j = rng.sample(range(4), 2)
        q, ans = f"{_j(days[i], '과/와')} {days[j]}의 양을 합하면 몇 L 몇 mL입니까?", _lml(vals[i] + vals[j])
    text = rng.choice([f"{what}을 요일별로 나타낸 표입니다.\n{table}\n{q}", f"{table}\n위 표는 {what}입니다. {q}"])
    text = text.replace("양을 요일별로", "양을 요일별로")
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="A", concepts=["L", "mL"],
                   check=lambda: sum(vals) >= max(vals))


@family("4수03-19", "two-containers-measure")
def _two_cont(rng: random.Random) -> Problem:
    big = rng.randint(12, 29) * 100
    small = rng.randint(3, 9) * 100
    mode = rng.choice(["fill-big-pour-small", "both"])
    if mode == "fill-big-pour-small":
        text = rng.choice([
            f"들이가 {_lml(big)}인 가 그릇과 {small} mL인 나 그릇이 있습니다. 가 그릇에 물을 가득 채운 뒤 나 그릇이 가득 차도록 물을 따라 내면 가 그릇에 남는 물은 몇 mL입니까?",
            f"{_lml(big)}짜리 물병에 물을 가득 담고, 그중에서 {small} mL 컵을 가득 채워 마셨습니다. 물병에 남은 물은 몇 L 몇 mL입니까?",
        ])
        res = big - small
        ans = f"{res} mL" if "남는 물은 몇 mL입니까" in text else _lml(res)
    else:
        text = rng.choice([
            f"들이가 {_lml(big)}인 그릇과 {small} mL인 그릇에 물을 각각 가득 채워 빈 수조에 모두 부었습니다. 수조에 담긴 물은 몇 L 몇 mL입니까?",
            f"{small} mL 컵으로 한 번, {_lml(big)} 주전자로 한 번 물을 가득 떠서 양동이에 부었습니다. 양동이에 든 물은 모두 몇 L 몇 mL입니까?",
        ])
        res = big + small
        ans = _lml(res)
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A", concepts=["L", "mL"],
                   check=lambda: res in (big - small, big + small))


@family("4수03-19", "explain-capacity-calc")
def _explain_cap(rng: random.Random) -> Problem:
    ka, ra = rng.randint(3, 7), rng.randint(1, 4) * 100 + rng.randint(0, 99)
    kb, rb = rng.randint(1, ka - 1), rng.randint(5, 9) * 100 + rng.randint(0, 99)
    a, b = 1000 * ka + ra, 1000 * kb + rb
    if rng.random() < 0.5:
        text = f"{_lml(a)} − {_lml(b)}를 계산하는 방법을 설명하고, 계산 결과를 구하시오."
        ans = f"{_lml(a - b)}. mL끼리 뺄 수 없으므로 1 L를 1000 mL로 받아내림하여 {ka - 1} L {ra + 1000} mL − {_j(_lml(b), '으로/로')} 계산합니다."
    else:
        text = f"{_lml(a)} + {_lml(b)}를 계산했더니 mL끼리의 합이 {ra + rb} mL가 되었습니다. 이 결과를 어떻게 나타내야 하는지 설명하고, 답을 구하시오."
        ans = f"{_lml(a + b)}. {ra + rb} mL는 1000 mL보다 많으므로 1000 mL를 1 L로 받아올림합니다." if ra + rb >= 1000 else f"{_lml(a + b)}. L는 L끼리, mL는 mL끼리 더합니다."
    text = text.replace(f"{_lml(b)}를", _j(_lml(b), "을/를"))
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A", concepts=["L", "mL"])


# == 4수03-20 1g과 1kg, 무게 측정과 어림 ==============================================================
def _kgg(g: int) -> str:
    """``g`` grams as '몇 kg 몇 g'."""
    k, r = divmod(g, 1000)
    if k and r:
        return f"{k} kg {r} g"
    return f"{k} kg" if k else f"{r} g"


_W_ITEMS = [  # (thing, typical weight, unit)
    ("클립 한 개", 1, "g"), ("지우개 한 개", 20, "g"), ("달걀 한 개", 60, "g"), ("연필 한 자루", 5, "g"),
    ("귤 한 개", 100, "g"), ("100원짜리 동전 한 개", 5, "g"), ("스마트폰 한 대", 200, "g"),
    ("수박 한 통", 6, "kg"), ("초등학교 4학년 학생의 몸무게", 35, "kg"), ("쌀 한 포대", 20, "kg"), ("책가방", 3, "kg"),
    ("강아지 한 마리", 5, "kg"), ("세탁기", 60, "kg"), ("설탕 한 봉지(큰 것)", 1, "kg"),
]


@family("4수03-20", "choose-weight-unit")
def _w_unit(rng: random.Random) -> Problem:
    thing, v, u = rng.choice(_W_ITEMS)
    if rng.random() < 0.5:
        text = rng.choice([f"(  ) 안에 g과 kg 중 알맞은 단위를 써넣으세요.\n{thing}의 무게는 약 {v}(  )입니다.",
                           f"□ 안에 g, kg 중 알맞은 단위를 쓰시오.\n{thing}: 약 {v}□"])
        return Problem(text=text, answer=u, format="fill", difficulty=1, achievement_level="C", concepts=["g", "kg"])
    correct = f"약 {v} {u}"
    other = "kg" if u == "g" else "g"
    wrong = [f"약 {v} {other}", f"약 {v * 10} {u}", f"약 {v * 100} {u}", f"약 {v * 10} {other}", f"약 {v * 1000} {other}"]
    stem = rng.choice([f"{thing}의 무게로 가장 알맞은 것은 어느 것입니까?", f"{thing}의 무게를 바르게 어림한 것을 고르시오."])
    return _mcq(rng, stem, correct, wrong, difficulty=2, level="C", concepts=["g", "kg"],
                check=lambda ch: ch.options[ch.correct] == correct)


@family("4수03-20", "read-scale")
def _read_scale(rng: random.Random) -> Problem:
    step = rng.choice([100, 100, 50, 10, 200])
    base_kg = rng.randint(0, 4) if step >= 50 else 0
    ticks = rng.randint(1, 9)
    g = 1000 * base_kg + step * ticks
    if step == 10:
        ticks = rng.randint(3, 9)
        g = step * ticks
        thing = rng.choice(["달걀 한 개", "지우개 두 개", "귤 한 개", "연필 여러 자루", "작은 장난감 자동차"])
    else:
        thing = rng.choice(["감자 한 봉지", "밀가루", "고구마", "찰흙 덩어리", "설탕", "양파 한 망", "장난감 기차"])
    if base_kg:
        where = f"{base_kg} kg에서 작은 눈금 {ticks}칸 더 간 곳"
    else:
        where = f"0에서 작은 눈금 {ticks}칸 더 간 곳"
    text = rng.choice([
        f"작은 눈금 한 칸이 {step} g인 저울에 {_j(thing, '을/를')} 올려놓았더니 바늘이 {where}을 가리켰습니다. {thing}의 무게는 얼마입니까?",
        f"{_j(name(rng), '은/는')} 저울로 {thing}의 무게를 재었습니다. 저울의 작은 눈금 한 칸은 {step} g이고, 바늘은 {where}에 있습니다. 무게를 구하시오.",
        f"□ 안에 알맞은 수를 써넣으세요.\n작은 눈금 한 칸이 {step} g인 저울의 바늘이 {where}을 가리키면 무게는 □ g입니다.",
    ])
    ans = str(g) if "□" in text else (_kgg(g) if g >= 1000 else f"{g} g")
    d = 2 if step == 100 else 3
    return Problem(text=text, answer=ans, format=_kind(text), difficulty=d, achievement_level=elementary_level(d), concepts=["g", "kg"],
                   check=lambda: g == 1000 * base_kg + sum(step for _ in range(ticks)))


@family("4수03-20", "balance-with-units")
def _balance_units(rng: random.Random) -> Problem:
    a, b = rng.sample(range(12, 60), 2)
    x, y = rng.sample(["사과", "배", "감", "참외", "오렌지", "키위", "복숭아"], 2)
    unit = rng.choice(["바둑돌", "100원짜리 동전", "클립", "공깃돌"])
    mode = rng.choice(["which", "diff"])
    if mode == "which":
        text = rng.choice([
            f"양팔 저울의 한쪽에 {_j(x, '을/를')} 올리고 다른 쪽에 {_j(unit, '을/를')} {a}개 올렸더니 수평이 되었습니다. {_j(y, '은/는')} {unit} {b}개와 수평이 되었습니다. {_j(x, '과/와')} {y} 중 어느 것이 더 무겁습니까?",
            f"{x}의 무게는 {unit} {a}개, {y}의 무게는 {unit} {b}개의 무게와 같습니다. 더 가벼운 과일은 무엇입니까?",
        ])
        ans = (x if a > b else y) if "무겁" in text else (y if a > b else x)
        d = 2
    else:
        text = f"{_j(x, '은/는')} {unit} {a}개, {_j(y, '은/는')} {unit} {b}개의 무게와 같습니다. 어느 것이 {unit} 몇 개만큼 더 무겁습니까?"
        ans = f"{x if a > b else y}, {abs(a - b)}개"
        d = 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=elementary_level(d), concepts=["g"],
                   check=lambda: a != b)


@family("4수03-20", "closest-weight-estimate")
def _w_est(rng: random.Random) -> Problem:
    ppl = names(rng, 4)
    thing = rng.choice(["책가방", "멜론", "호박", "물이 든 주전자", "운동화 한 켤레", "사전"])
    actual = rng.randint(5, 50) * 100
    ests = rng.sample([actual + d for d in range(-900, 901, 100) if d], 4)
    gaps = [abs(e - actual) for e in ests]
    if gaps.count(min(gaps)) > 1 or min(ests) <= 0:
        return _w_est(rng)
    best = ppl[gaps.index(min(gaps))]
    table = "| 이름 | " + " | ".join(ppl) + " |\n| 어림한 무게 | " + " | ".join(f"약 {_kgg(e)}" for e in ests) + " |"
    text = rng.choice([f"{thing}의 무게를 어림한 뒤 저울로 재어 보니 {_kgg(actual)}이었습니다.\n{table}\n실제 무게에 가장 가깝게 어림한 사람은 누구입니까?",
                       f"{table}\n{thing}의 실제 무게가 {_kgg(actual)}일 때, 가장 잘 어림한 사람을 쓰시오."])
    text = text.replace(f"{_kgg(actual)}이었습니다", f"{_j(_kgg(actual), '이었/였')}습니다")
    return Problem(text=text, answer=best, format="data", difficulty=3, achievement_level="B", concepts=["g", "kg"],
                   check=lambda: min(range(4), key=lambda i: abs(ests[i] - actual)) == ppl.index(best))


@family("4수03-20", "sense-of-1g-1kg")
def _w_sense(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        good = ["클립 한 개의 무게", "1원짜리 동전 한 개의 무게"]
        bad = ["수박 한 통의 무게", "책가방의 무게", "사과 한 개의 무게", "우유 한 팩(1 L)의 무게", "강아지 한 마리의 무게", "국어사전 한 권의 무게"]
        stem, conc = "다음 중 무게가 약 1 g인 것은 어느 것입니까?", ["g"]
    else:
        good = ["1 L 우유 한 팩의 무게", "설탕 1 kg 한 봉지의 무게", "100 g짜리 초콜릿 10개의 무게"]
        bad = ["클립 한 개의 무게", "연필 한 자루의 무게", "초등학생의 몸무게", "자동차 한 대의 무게", "달걀 한 개의 무게", "쌀 한 포대의 무게"]
        stem, conc = "다음 중 무게가 약 1 kg인 것은 어느 것입니까?", ["kg"]
    good = good[:2] if conc == ["g"] else good
    correct = rng.choice(good)
    return _mcq(rng, stem, correct, rng.sample(bad, 4), difficulty=2, level="C", concepts=conc,
                check=lambda ch: ch.options[ch.correct] in good and sum(o in good for o in ch.options) == 1)


@family("4수03-20", "benchmark-weight")
def _bench_w(rng: random.Random) -> Problem:
    mode = rng.choice(["bags", "pieces", "equal"])
    if mode == "bags":
        k = rng.randint(2, 9)
        thing = rng.choice(["수박", "호박", "강아지", "쌀 봉지", "책 묶음"])
        text = f"양팔 저울에서 {_j(thing, '이/가')} 1 kg짜리 설탕 봉지 {k}개와 거의 수평을 이루었습니다. {thing}의 무게는 약 몇 kg입니까?"
        ans = f"약 {k} kg"
        chk = lambda: k > 1  # noqa: E731
    elif mode == "pieces":
        per = rng.choice([100, 200, 250, 500])
        k = 1000 // per * rng.randint(1, 3)
        fruit = {100: "귤", 200: "사과", 250: "배", 500: "작은 멜론"}[per]
        text = rng.choice([f"{fruit} 한 개의 무게가 약 {per} g입니다. {fruit} {k}개의 무게는 약 몇 kg입니까?",
                           f"무게가 약 {per} g인 {_j(fruit, '을/를')} {k}개 봉지에 담았습니다. 봉지에 담긴 {fruit}의 무게를 kg으로 어림하시오."])
        ans = f"약 {per * k // 1000} kg"
        chk = lambda: per * k % 1000 == 0  # noqa: E731
    else:
        n = rng.randint(3, 6)
        per = rng.choice([100, 200, 300, 150])
        a, b = rng.choice(["멜론", "파인애플", "호박", "큰 배"]), rng.choice(["귤", "키위", "자두", "작은 감"])
        text = f"양팔 저울에서 {a} 1개와 {b} {n}개가 수평을 이룹니다. {b} 한 개의 무게가 {per} g이라면 {a} 한 개의 무게는 몇 g입니까?"
        text = text.replace(f"{per} g이라면", f"{_j(f'{per} g', '이라/라')}면")
        ans = f"{per * n} g"
        chk = lambda: per * n == sum(per for _ in range(n))  # noqa: E731
    d = 4 if mode == "equal" else 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=elementary_level(d), concepts=["g", "kg"], check=chk)


@family("4수03-20", "weights-table")
def _w_table(rng: random.Random) -> Problem:
    things = rng.sample(["필통", "수학책", "물병", "도시락", "운동화", "우산", "실내화"], 4)
    vals = rng.sample(range(120, 990, 10), 4)
    table = "| 물건 | " + " | ".join(things) + " |\n| 무게(g) | " + " | ".join(map(str, vals)) + " |"
    mode = rng.choice(["heavy", "light", "diff"])
    if mode == "heavy":
        q, ans = "가장 무거운 물건은 무엇입니까?", things[vals.index(max(vals))]
    elif mode == "light":
        q, ans = "가장 가벼운 물건과 그 무게를 쓰시오.", f"{things[vals.index(min(vals))]}, {min(vals)} g"
    else:
        q, ans = "가장 무거운 물건은 가장 가벼운 물건보다 몇 g 더 무겁습니까?", f"{max(vals) - min(vals)} g"
    text = rng.choice([f"{_j(name(rng), '이/가')} 저울로 여러 물건의 무게를 재어 나타낸 표입니다.\n{table}\n{q}", f"{table}\n{q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C", concepts=["g"],
                   check=lambda: len(set(vals)) == 4)


@family("4수03-20", "why-standard-weight")
def _why_w(rng: random.Random) -> Problem:
    p1, p2 = names(rng, 2)
    items = [
        (f"{_j(p1, '은/는')} 바둑돌로, {_j(p2, '은/는')} 공깃돌로 같은 필통의 무게를 재었더니 {_j(p1, '은/는')} 바둑돌 40개, {_j(p2, '은/는')} 공깃돌 25개라고 했습니다. 두 사람이 잰 결과가 다른 까닭과, 누구나 같은 결과를 얻으려면 어떻게 해야 하는지 설명하시오.",
         "바둑돌과 공깃돌 한 개의 무게가 서로 달라서 개수가 다르게 나옵니다. g이나 kg 같은 표준 단위를 사용하여 저울로 재면 누가 재어도 같은 결과를 얻을 수 있습니다.", "proof"),
        ("시장이나 마트에서 물건의 무게를 g으로 나타낸 것과 kg으로 나타낸 것을 각각 세 가지씩 찾아 보고, 왜 그 단위를 썼는지 이야기해 보세요.", None, "task"),
        ("내 필통, 신발 한 짝, 책가방의 무게를 손으로 들어 어림한 뒤 저울로 재어 보세요. 어림한 무게와 잰 무게를 표로 정리하고 차이를 비교해 보세요.", None, "task"),
        ("택배를 보낼 때나 과일을 살 때 무게를 g과 kg으로 나타내면 좋은 점을 설명하시오.",
         "누구나 같은 단위로 무게를 알 수 있어 값을 정하거나 비교하기 쉽습니다. 가벼운 것은 g으로, 무거운 것은 kg으로 나타내면 편리합니다.", "proof"),
    ]
    text, ans, fmt = rng.choice(items)
    return Problem(text=text, answer=ans, format=fmt, difficulty=4, achievement_level="A", concepts=["g", "kg"])


# == 4수03-21 1kg과 1g의 관계, 몇 kg 몇 g과 몇 g =======================================================
def _rand_g(rng: random.Random, max_kg: int = 9) -> int:
    k = rng.randint(1, max_kg)
    r = rng.choice([rng.randint(1, 999), rng.randint(1, 9) * 100, rng.randint(1, 99) * 10, rng.randint(1, 99)])
    return 1000 * k + r


@family("4수03-21", "kg-g-convert")
def _kg_g(rng: random.Random) -> Problem:
    v = _rand_g(rng)
    if rng.random() < 0.5:
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{_kgg(v)} = □ g", f"{_j(_kgg(v), '은/는')} 몇 g입니까?",
                           f"{_j(_kgg(v), '을/를')} g 단위로만 나타내시오."])
        ans = str(v) if "□" in text else f"{v} g"
    else:
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{v} g = □ kg □ g", f"{_j(f'{v} g', '은/는')} 몇 kg 몇 g입니까?",
                           f"{_j(f'{v} g', '을/를')} '몇 kg 몇 g'으로 나타내시오."])
        ans = _kgg(v)
    d = 3 if 0 < v % 1000 < 100 else 2
    return Problem(text=text, answer=ans, format=_kind(text, "computation"), difficulty=d, achievement_level=elementary_level(d),
                   concepts=["kg", "g"], check=lambda: 1000 * (v // 1000) + v % 1000 == v)


@family("4수03-21", "compare-weights-mcq")
def _cmp_w(rng: random.Random) -> Problem:
    k = rng.randint(1, 6)
    r = rng.randint(1, 9) * 10 + rng.choice([0, 0, 5])
    cands = {1000 * k + r, 1000 * k + 10 * r if 10 * r < 1000 else 1000 * k + r + 300, 1000 * k + max(1, r // 10),
             1000 * (k - 1) + 900 + rng.randint(1, 99) if k > 1 else 990, 1000 * k + rng.randint(100, 999)}
    while len(cands) < 5:
        cands.add(1000 * k + rng.randint(1, 999))
    vals = rng.sample(sorted(cands), 5)
    shown = {v: (f"{v} g" if rng.random() < 0.45 else _kgg(v)) for v in vals}
    want_max = rng.random() < 0.5
    tgt = max(vals) if want_max else min(vals)
    stem = rng.choice([f"가장 {'무거운' if want_max else '가벼운'} 것은 어느 것입니까?",
                       f"다음 무게 중에서 가장 {'무거운' if want_max else '가벼운'} 것을 고르시오."])
    return _mcq(rng, stem, shown[tgt], [shown[v] for v in vals if v != tgt], difficulty=3, level="B", concepts=["kg", "g"],
                check=lambda ch: ch.options[ch.correct] == shown[tgt])


@family("4수03-21", "parcel-label-rewrite")
def _parcel(rng: random.Random) -> Problem:
    v = _rand_g(rng, 12)
    item = rng.choice(["택배 상자", "쌀 봉지", "강아지", "밀가루 포대", "고양이", "수박", "여행 가방"])
    if rng.random() < 0.5:
        text = rng.choice([f"{item}의 무게를 재었더니 {v} g이었습니다. 이 무게는 몇 kg 몇 g입니까?",
                           f"저울의 화면에 {item}의 무게가 '{v} g'으로 나타났습니다. '몇 kg 몇 g'으로 바꾸어 쓰시오."])
        text = text.replace(f"{v} g이었습니다", f"{_j(f'{v} g', '이었/였')}습니다")
        ans = _kgg(v)
    else:
        text = rng.choice([f"{_j(name(rng), '이/가')} 기르는 {item}의 무게는 {_kgg(v)}입니다. 몇 g입니까?",
                           f"{item}의 무게가 {_kgg(v)}입니다. 이 무게를 g으로만 나타내면 몇 g일까요?"])
        ans = f"{v} g"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C", concepts=["kg", "g"],
                   check=lambda: 1000 * (v // 1000) + v % 1000 == v)


@family("4수03-21", "weight-true-false")
def _w_tf(rng: random.Random) -> Problem:
    k, r = rng.randint(2, 9), rng.randint(1, 9) * 10
    trues = [f"{k} kg {r} g = {1000 * k + r} g", f"{1000 * k} g = {k} kg", "1 kg은 1000 g입니다.",
             f"{k} kg {100 * (r // 10)} g = {1000 * k + 100 * (r // 10)} g", f"{1000 * k + r} g은 {k} kg보다 무겁습니다."]
    falses = [f"{k} kg {r} g = {1000 * k + 10 * r} g", f"{k} kg {r} g = {100 * k + r} g", f"{k} kg = {100 * k} g",
              "1 kg은 100 g입니다.", f"{1000 * k + r} g = {k} kg {10 * r} g", f"{1000 * k - r} g은 {k} kg보다 무겁습니다."]
    return _tf_mcq(rng, trues, falses, want_true=rng.random() < 0.5, concepts=["kg", "g"], difficulty=3, level="B")


@family("4수03-21", "weights-table-both-forms")
def _w_forms(rng: random.Random) -> Problem:
    vals = [_rand_g(rng, 6) for _ in range(3)]
    things = rng.sample(["감자 한 자루", "책가방", "수박", "고양이", "쌀 한 봉지", "화분"], 3)
    rows, blanks = [], []
    for i, (t, v) in enumerate(zip(things, vals, strict=True)):
        mark = "㉠㉡㉢"[i]
        if rng.random() < 0.5:
            rows.append(f"| {t} | {_kgg(v)} | {mark} |")
            blanks.append(f"{mark} {v} g")
        else:
            rows.append(f"| {t} | {mark} | {v} g |")
            blanks.append(f"{mark} {_kgg(v)}")
    table = "| 물건 | 몇 kg 몇 g | 몇 g |\n" + "\n".join(rows)
    text = rng.choice([f"물건의 무게를 두 가지 방법으로 나타낸 표입니다. ㉠, ㉡, ㉢에 알맞은 무게를 쓰시오.\n{table}",
                       f"{table}\n빈칸 ㉠~㉢에 들어갈 무게를 차례로 쓰세요."])
    return Problem(text=text, answer=", ".join(blanks), format="data", difficulty=3, achievement_level="B",
                   concepts=["kg", "g"], check=lambda: len(blanks) == 3)


@family("4수03-21", "items-make-kg")
def _items_kg(rng: random.Random) -> Problem:
    per = rng.choice([150, 200, 250, 300, 350, 400, 450, 600])
    n = rng.randint(3, 9)
    if per * n % 1000 == 0:
        n += 1
    tot = per * n
    item = rng.choice([("감자", "개"), ("사과", "개"), ("책", "권"), ("통조림", "개"), ("비누", "개"), ("고구마", "개")])
    text = rng.choice([
        f"한 {item[1]}의 무게가 {per} g인 {_j(item[0], '을/를')} {n}{item[1]} 바구니에 담았습니다. 바구니에 담긴 {item[0]}의 무게는 몇 kg 몇 g입니까?",
        f"{per} g짜리 {item[0]} {n}{item[1]}의 무게는 모두 몇 g이고, 몇 kg 몇 g입니까?",
        f"□ 안에 알맞은 수를 써넣으세요.\n{per} g짜리 {item[0]} {n}{item[1]}의 무게는 □ g = □ kg □ g입니다.",
    ])
    if "□" in text:
        ans = f"{tot}, {_kgg(tot)}"
    elif "몇 g이고" in text:
        ans = f"{tot} g, {_kgg(tot)}"
    else:
        ans = _kgg(tot)
    return Problem(text=text, answer=ans, format=_kind(text), difficulty=3, achievement_level="B", concepts=["kg", "g"],
                   check=lambda: sum(per for _ in range(n)) == tot)


@family("4수03-21", "more-to-make-kg")
def _more_kg(rng: random.Random) -> Problem:
    full = rng.choice([1, 1, 2, 3, 5])
    have = rng.randint(10, full * 1000 - 10) // 10 * 10
    need = full * 1000 - have
    shown = f"{have} g" if have < 1000 or rng.random() < 0.5 else _kgg(have)
    text = rng.choice([
        f"저울 위 바구니에 딸기가 {shown} 담겨 있습니다. 딸기를 {full} kg만큼 사려면 몇 g을 더 담아야 합니까?",
        f"□ 안에 알맞은 수를 써넣으세요.\n{shown} + □ g = {full} kg",
        f"{full} kg짜리 밀가루 봉지를 채우려고 합니다. 지금 {shown}만큼 담았다면 몇 g을 더 담아야 할까요?",
    ])
    d = 3 if full > 1 else 2
    return Problem(text=text, answer=str(need) if "□" in text else f"{need} g", format=_kind(text), difficulty=d,
                   achievement_level=elementary_level(d), concepts=["kg", "g"], check=lambda: have + need == 1000 * full)


@family("4수03-21", "explain-kg-g")
def _explain_kg(rng: random.Random) -> Problem:
    k, r = rng.randint(2, 8), rng.choice([5, 9, 30, 40, 70, 85])
    who = name(rng)
    if rng.random() < 0.5:
        text = f"{_j(who, '은/는')} '{k} kg {r} g = {k}{r} g'이라고 썼습니다. 잘못된 점을 1 kg과 1 g의 관계를 이용하여 설명하고 바르게 고치시오."
        ans = f"1 kg = 1000 g이므로 {k} kg은 {1000 * k} g입니다. 따라서 {k} kg {r} g = {1000 * k + r} g입니다."
    else:
        v = 1000 * k + 10 * r
        text = f"{_j(f'{v} g', '을/를')} '몇 kg 몇 g'으로 나타내는 방법을 설명하시오."
        ans = f"1000 g = 1 kg이므로 {v} g = {1000 * k} g + {10 * r} g = {_kgg(v)}입니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A", concepts=["kg", "g"])


# == 4수03-22 1t과 1kg의 관계 =======================================================================
def _tkg(kg: int) -> str:
    t, r = divmod(kg, 1000)
    if t and r:
        return f"{t} t {r} kg"
    return f"{t} t" if t else f"{r} kg"


@family("4수03-22", "t-kg-convert")
def _t_kg(rng: random.Random) -> Problem:
    mixed = rng.random() < 0.35
    t = rng.randint(1, 30)
    kg = 1000 * t + (rng.randint(1, 9) * 100 if mixed else 0)
    if rng.random() < 0.5:
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{_tkg(kg)} = □ kg", f"{_j(_tkg(kg), '은/는')} 몇 kg입니까?",
                           f"{_j(_tkg(kg), '을/를')} kg으로 나타내시오."])
        ans = str(kg) if "□" in text else f"{kg} kg"
    else:
        unit_q = "□ t □ kg" if mixed else "□ t"
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{kg} kg = {unit_q}",
                           f"{_j(f'{kg} kg', '은/는')} 몇 t{' 몇 kg' if mixed else ''}입니까?"])
        ans = _tkg(kg)
    d = 3 if mixed else 1
    return Problem(text=text, answer=ans, format=_kind(text, "computation"), difficulty=d, achievement_level=elementary_level(d),
                   concepts=["t", "kg"], check=lambda: 1000 * (kg // 1000) + kg % 1000 == kg)


_T_ITEMS = [("트럭 한 대", 5, "t"), ("코끼리 한 마리", 6, "t"), ("대형 버스", 12, "t"), ("흰긴수염고래", 150, "t"),
            ("승용차 한 대", 2, "t"), ("냉장고", 80, "kg"), ("어른의 몸무게", 65, "kg"), ("쌀 한 포대", 20, "kg"),
            ("사과 한 상자", 10, "kg"), ("배추 한 포기", 3, "kg"), ("지우개", 20, "g"), ("달걀 한 개", 60, "g")]


@family("4수03-22", "choose-unit-with-t")
def _choose_t(rng: random.Random) -> Problem:
    thing, v, u = rng.choice(_T_ITEMS[:5] if rng.random() < 0.6 else _T_ITEMS)
    if rng.random() < 0.5:
        text = rng.choice([f"(  ) 안에 g, kg, t 중 알맞은 단위를 써넣으세요.\n{thing}의 무게는 약 {v}(  )입니다.",
                           f"□ 안에 알맞은 무게의 단위를 쓰시오. (g, kg, t)\n{thing}: 약 {v}□"])
        return Problem(text=text, answer=u, format="fill", difficulty=1, achievement_level="C", concepts=["t", "kg", "g"])
    correct = f"약 {v} {u}"
    wrong = [f"약 {v} {w}" for w in ("g", "kg", "t") if w != u] + [f"약 {v * 10} {u}", f"약 {v * 100} {u}"]
    stem = rng.choice([f"{thing}의 무게로 알맞은 것은 어느 것입니까?", f"{thing}의 무게를 바르게 어림한 것을 고르시오."])
    return _mcq(rng, stem, correct, wrong, difficulty=2, level="C", concepts=["t"],
                check=lambda ch: ch.options[ch.correct] == correct)


@family("4수03-22", "how-many-make-t")
def _make_t(rng: random.Random) -> Problem:
    per, item0, item1 = rng.choice([(20, "쌀", "포대"), (10, "감귤", "상자"), (25, "시멘트", "포대"), (40, "비료", "포대"),
                                     (50, "모래", "자루"), (100, "철근", "묶음"), (200, "통나무", "더미"), (500, "흙", "큰 자루")])
    n0 = 1000 // per
    k = rng.randint(1, 3)
    n = n0 * k
    item = (item0, item1)
    if item1 == "큰 자루":
        item = ("흙", "자루")
    text = rng.choice([
        f"한 {item[1]}에 {per} kg인 {_j(item[0], '을/를')} {n}{item[1]} 트럭에 실었습니다. 트럭에 실은 {item[0]}의 무게는 모두 몇 t입니까?",
        f"창고에 {per} kg짜리 {item[0]} {n}{_j(item[1], '이/가')} 있습니다. 창고에 있는 {item[0]}의 무게는 몇 kg이고, 몇 t입니까?",
        f"□ 안에 알맞은 수를 써넣으세요.\n{per} kg짜리 {item[0]} {n}{item[1]}의 무게는 □ kg이므로 □ t입니다.",
    ])
    tot = per * n
    if "□" in text:
        ans = f"{tot}, {tot // 1000}"
    elif "몇 kg이고" in text:
        ans = f"{tot} kg, {tot // 1000} t"
    else:
        ans = f"{tot // 1000} t"
    return Problem(text=text, answer=ans, format=_kind(text), difficulty=3, achievement_level="B", concepts=["t", "kg"],
                   check=lambda: tot % 1000 == 0 and tot // 1000 == k)


@family("4수03-22", "truck-load-limit")
def _truck(rng: random.Random) -> Problem:
    lim = rng.choice([1, 2, 3, 5, 8])
    have = rng.randint(2, lim * 10 - 1) * 100 - rng.choice([0, 0, 50])
    need = 1000 * lim - have
    veh = rng.choice(["트럭", "화물차", "엘리베이터", "다리 위 차량", "배"])
    if veh == "엘리베이터":
        text = rng.choice([f"최대 {lim} t까지 실을 수 있는 화물 엘리베이터에 짐이 {have} kg 실려 있습니다. 몇 kg까지 더 실을 수 있습니까?",
                           f"□ 안에 알맞은 수를 써넣으세요.\n{lim} t까지 실을 수 있는 엘리베이터에 {have} kg이 실려 있으면 □ kg을 더 실을 수 있습니다."])
    else:
        text = rng.choice([f"{lim} t까지 실을 수 있는 {veh}에 짐을 {have} kg 실었습니다. 더 실을 수 있는 짐은 몇 kg입니까?",
                           f"{_j(veh, '은/는')} 최대 {lim} t을 실을 수 있습니다. 지금 {_j(f'{have} kg', '이/가')} 실려 있다면 몇 kg을 더 실을 수 있을까요?",
                           f"□ 안에 알맞은 수를 써넣으세요.\n{lim} t까지 실을 수 있는 {veh}에 {have} kg을 실었으므로 □ kg을 더 실을 수 있습니다."])
    d = 3 if lim == 1 else 4
    return Problem(text=text, answer=str(need) if "□" in text else f"{need} kg", format=_kind(text), difficulty=d,
                   achievement_level=elementary_level(d), concepts=["t", "kg"], check=lambda: have + need == 1000 * lim)


@family("4수03-22", "compare-t-kg-mcq")
def _cmp_t(rng: random.Random) -> Problem:
    t = rng.randint(2, 9)
    vals = {1000 * t, 1000 * t - rng.randint(1, 9) * 100, 1000 * t + rng.randint(1, 9) * 10, 100 * t, 1000 * (t - 1) + rng.randint(1, 9) * 100}
    while len(vals) < 5:
        vals.add(1000 * t + rng.randint(1, 99) * 10)
    vals = sorted(vals)
    want_max = rng.random() < 0.5
    tgt = max(vals) if want_max else min(vals)
    shown = {v: (_tkg(v) if v % 1000 == 0 and v >= 1000 and rng.random() < 0.7 else f"{v} kg") for v in vals}
    stem = rng.choice([f"가장 {'무거운' if want_max else '가벼운'} 것은 어느 것입니까?",
                       f"다음 무게 중 가장 {'무거운' if want_max else '가벼운'} 것을 고르시오."])
    return _mcq(rng, stem, shown[tgt], [shown[v] for v in vals if v != tgt], difficulty=3, level="B", concepts=["t", "kg"],
                check=lambda ch: ch.options[ch.correct] == shown[tgt])


@family("4수03-22", "animals-table-t")
def _animals_t(rng: random.Random) -> Problem:
    pool = [("하마", 1500, 3000), ("기린", 800, 1200), ("코뿔소", 1800, 2500), ("코끼리", 4000, 6000), ("북극곰", 400, 600),
            ("말", 400, 700), ("소", 500, 900), ("범고래", 3000, 6000)]
    ani = rng.sample(pool, 4)
    vals = [rng.randint(lo // 100, hi // 100) * 100 for _, lo, hi in ani]
    if len(set(vals)) < 4:
        return _animals_t(rng)
    names_ = [a[0] for a in ani]
    cells = [(_tkg(v) if v % 1000 == 0 else f"{v} kg") for v in vals]
    table = "| 동물 | " + " | ".join(names_) + " |\n| 몸무게 | " + " | ".join(cells) + " |"
    mode = rng.choice(["over", "heavy", "count"])
    if mode == "over":
        q = "몸무게가 1 t보다 무거운 동물을 모두 쓰시오."
        over = [n for n, v in zip(names_, vals, strict=True) if v > 1000]
        ans = ", ".join(over) if over else "없음"
    elif mode == "heavy":
        q, ans = "가장 무거운 동물은 무엇이고, 그 몸무게는 몇 kg입니까?", f"{names_[vals.index(max(vals))]}, {max(vals)} kg"
    else:
        q = "몸무게가 1 t 이하인 동물은 몇 마리입니까?"
        ans = f"{sum(v <= 1000 for v in vals)}마리"
    text = rng.choice([f"동물원 동물들의 몸무게를 조사한 표입니다.\n{table}\n{q}", f"{table}\n{q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=["t", "kg"],
                   check=lambda: all(v > 0 for v in vals))


@family("4수03-22", "people-make-1t")
def _people_t(rng: random.Random) -> Problem:
    per = rng.choice([40, 50, 25, 20])
    n = 1000 // per
    who = rng.choice(["학생", "어린이", "상자"])
    mode = rng.choice(["weight", "compare"])
    if mode == "weight":
        text = rng.choice([f"몸무게가 {per} kg인 {who} {n}명의 몸무게를 모두 더하면 몇 t입니까?" if who != "상자" else
                           f"무게가 {per} kg인 상자 {n}개의 무게를 모두 더하면 몇 t입니까?",
                           f"{per} kg씩 {n}번 더한 무게는 몇 kg이고, 몇 t입니까?"])
        ans = "1 t" if "몇 kg이고" not in text else "1000 kg, 1 t"
    else:
        m = rng.choice([n - 5, n + 5, n])
        text = f"최대 1 t까지 탈 수 있는 놀이 기구에 몸무게가 {per} kg인 어린이 {m}명이 타려고 합니다. 모두 탈 수 있습니까? 그 까닭도 쓰시오."
        ans = (f"탈 수 있습니다. {per * m} kg은 1 t(1000 kg)보다 가볍거나 같습니다." if per * m <= 1000
               else f"탈 수 없습니다. {per * m} kg은 1 t(1000 kg)보다 무겁습니다.")
    d = 3 if mode == "weight" else 4
    return Problem(text=text, answer=ans, format="word" if mode == "weight" else "proof", difficulty=d,
                   achievement_level=elementary_level(d), concepts=["t", "kg"], check=lambda: per * n == 1000)


@family("4수03-22", "t-in-real-life")
def _t_life(rng: random.Random) -> Problem:
    lim = rng.choice([2, 3, 5, 10])
    items = [
        (f"다리 입구에 '{lim} t 이상 차량 통행 금지'라는 표지판이 있습니다. 이 표지판이 무슨 뜻인지 kg을 사용하여 설명하시오.",
         f"무게가 {lim} t, 즉 {1000 * lim} kg 이상인 차는 다리를 지나갈 수 없다는 뜻입니다.", "proof"),
        ("생활 속에서 t 단위를 사용하는 예를 세 가지 찾아 쓰고, 왜 kg 대신 t을 사용하는지 이야기해 보세요.", None, "task"),
        ("트럭, 배, 엘리베이터 등에 적힌 '최대 적재량'이나 '정원' 표시를 찾아 t과 kg으로 각각 나타내어 보고, 친구들과 비교해 보세요.", None, "task"),
        ("아주 무거운 물건의 무게를 kg으로만 나타내면 불편한 점과 t을 사용하면 좋은 점을 설명하시오.",
         "무거운 물건을 kg으로 나타내면 수가 커져서 읽고 비교하기 어렵습니다. 1000 kg을 1 t으로 나타내면 간단하게 쓸 수 있습니다.", "proof"),
    ]
    text, ans, fmt = rng.choice(items)
    return Problem(text=text, answer=ans, format=fmt, difficulty=4, achievement_level="A", concepts=["t", "kg"])


# == 4수03-23 무게의 덧셈과 뺄셈 ======================================================================
@family("4수03-23", "weight-add-compute")
def _w_add(rng: random.Random) -> Problem:
    a, b = _rand_g(rng, 7), _rand_g(rng, 6)
    text = rng.choice([f"계산을 하시오.\n{_kgg(a)} + {_kgg(b)}", f"{_kgg(a)} + {_kgg(b)} = □ kg □ g",
                       f"두 무게의 합을 구하세요.\n{_kgg(a)}, {_kgg(b)}", f"계산을 하시오.\n  {_kgg(a)}\n+ {_kgg(b)}"])
    d = 2 + _carry_parts(a, b)
    return Problem(text=text, answer=_kgg(a + b), format=_kind(text, "computation"), difficulty=d, achievement_level=elementary_level(d),
                   concepts=["kg", "g"], check=lambda: (a + b) - a == b)


@family("4수03-23", "weight-sub-compute")
def _w_sub(rng: random.Random) -> Problem:
    a, b = sorted([_rand_g(rng, 9), _rand_g(rng, 7)], reverse=True)
    if a == b:
        a += 1000
    text = rng.choice([f"계산을 하시오.\n{_kgg(a)} − {_kgg(b)}", f"{_kgg(a)} − {_kgg(b)} = □",
                       f"두 무게의 차를 구하세요.\n{_kgg(a)}, {_kgg(b)}", f"계산을 하시오.\n  {_kgg(a)}\n− {_kgg(b)}"])
    d = 2 + int(a % 1000 < b % 1000)
    return Problem(text=text, answer=_kgg(a - b), format=_kind(text, "computation"), difficulty=d, achievement_level=elementary_level(d),
                   concepts=["kg", "g"], check=lambda: (a - b) + b == a)


@family("4수03-23", "bag-plus-items")
def _bag_items(rng: random.Random) -> Problem:
    bag = _rand_g(rng, 3)
    add = rng.choice([rng.randint(150, 950), _rand_g(rng, 2)])
    cont = rng.choice([("책가방", "책과 필통"), ("여행 가방", "옷"), ("장바구니", "채소"), ("상자", "장난감"), ("배낭", "물병과 도시락")])
    who = name(rng)
    text = rng.choice([
        f"{cont[0]}의 무게는 {_kgg(bag)}입니다. 이 {cont[0]}에 무게가 {_kgg(add)}인 {_j(cont[1], '을/를')} 넣었습니다. {cont[0]}의 무게는 모두 몇 kg 몇 g입니까?",
        f"{_j(who, '은/는')} {_kgg(bag)}인 {cont[0]}에 {cont[1]} {_j(_kgg(add), '을/를')} 더 넣었습니다. 전체 무게를 구하시오.",
        f"□ 안에 알맞은 무게를 써넣으세요.\n{_kgg(bag)}짜리 {cont[0]}에 {_kgg(add)}만큼 더 담으면 □가 됩니다.",
    ])
    d = 2 + _carry_parts(bag, add)
    return Problem(text=text, answer=_kgg(bag + add), format=_kind(text), difficulty=d, achievement_level=elementary_level(d),
                   concepts=["kg", "g"], check=lambda: bag + add - add == bag)


@family("4수03-23", "contents-minus-container")
def _contents(rng: random.Random) -> Problem:
    box = rng.randint(2, 9) * 100 + rng.choice([0, 50, 30])
    inner = _rand_g(rng, 8)
    tot = box + inner
    pair = rng.choice([("바구니", "사과"), ("상자", "귤"), ("양동이", "모래"), ("냄비", "국"), ("화분", "흙"), ("통", "쌀")])
    text = rng.choice([
        f"{_j(pair[1], '이/가')} 담긴 {pair[0]}의 무게가 {_kgg(tot)}입니다. 빈 {pair[0]}의 무게가 {_kgg(box)}이라면 {pair[1]}의 무게는 몇 kg 몇 g입니까?",
        f"빈 {pair[0]}의 무게는 {_kgg(box)}입니다. 여기에 {_j(pair[1], '을/를')} 가득 담아 무게를 재었더니 {_kgg(tot)}이었습니다. 담은 {pair[1]}의 무게를 구하시오.",
    ])
    text = text.replace(f"{_kgg(box)}이라면", f"{_j(_kgg(box), '이라/라')}면").replace(f"{_kgg(tot)}이었습니다", f"{_j(_kgg(tot), '이었/였')}습니다")
    d = 3 + int(tot % 1000 < box % 1000)
    return Problem(text=text, answer=_kgg(inner), format="word", difficulty=d, achievement_level=elementary_level(d), concepts=["kg", "g"],
                   check=lambda: tot - box == inner)


@family("4수03-23", "weight-mistake-mcq")
def _w_mcq(rng: random.Random) -> Problem:
    while True:
        a, b = _rand_g(rng, 6), _rand_g(rng, 4)
        if a % 1000 + b % 1000 >= 1000 and a % 1000 >= 100 and b % 1000 >= 100:
            break
    ka, ra, kb, rb = a // 1000, a % 1000, b // 1000, b % 1000
    if rng.random() < 0.5:
        res = a + b
        wrong = [f"{ka + kb} kg {ra + rb} g", f"{ka + kb} kg {ra + rb - 1000} g", _kgg(res + 1000), _kgg(res - 100)]
        expr = f"{_kgg(a)} + {_kgg(b)}"
    else:
        big = a + b
        res = big - b
        kB, rB = big // 1000, big % 1000
        wrong = [f"{kB - kb} kg {abs(rB - rb)} g", f"{kB - kb - 1} kg {abs(rB - rb)} g", f"{kB - kb} kg {rB + 1000 - rb} g",
                 _kgg(res + 1000)]
        expr = f"{_kgg(big)} − {_kgg(b)}"
    wrong += [_kgg(res + 200), _kgg(res - 200), _kgg(res + 10)]
    wrong = [w for w in wrong if w != _kgg(res) and "-" not in w]
    stem = rng.choice([f"바르게 계산한 것은 어느 것입니까?\n{expr}", f"{expr}의 값으로 옳은 것을 고르시오."])
    return _mcq(rng, stem, _kgg(res), wrong, difficulty=3, level="B", concepts=["kg", "g"],
                check=lambda ch: ch.options[ch.correct] == _kgg(res))


@family("4수03-23", "parcels-table")
def _parcels(rng: random.Random) -> Problem:
    labels = ["가", "나", "다", "라"]
    vals = [rng.randint(11, 60) * 100 + rng.choice([0, 50, 20, 0]) for _ in labels]
    if len(set(vals)) < 4:
        return _parcels(rng)
    table = "| 택배 상자 | " + " | ".join(labels) + " |\n| 무게 | " + " | ".join(_kgg(v) for v in vals) + " |"
    mode = rng.choice(["total", "diff", "pair"])
    if mode == "total":
        q, ans = "네 상자의 무게는 모두 몇 kg 몇 g입니까?", _kgg(sum(vals))
    elif mode == "diff":
        q, ans = "가장 무거운 상자와 가장 가벼운 상자의 무게의 차는 몇 kg 몇 g입니까?", _kgg(max(vals) - min(vals))
    else:
        i, j = rng.sample(range(4), 2)
        q, ans = f"{labels[i]} 상자와 {labels[j]} 상자를 함께 보내면 무게는 몇 kg 몇 g입니까?", _kgg(vals[i] + vals[j])
    text = rng.choice([f"우체국에서 보낼 택배 상자의 무게를 나타낸 표입니다.\n{table}\n{q}", f"{table}\n{q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="A", concepts=["kg", "g"],
                   check=lambda: sum(vals) >= max(vals))


@family("4수03-23", "hold-pet-on-scale")
def _hold_pet(rng: random.Random) -> Problem:
    me = rng.randint(25, 45) * 1000 + rng.randint(1, 9) * 100
    p, lo, hi = rng.choice([("강아지", 2, 8), ("고양이", 3, 5), ("토끼", 1, 2), ("어린 동생", 10, 14)])
    pet = rng.randint(lo, hi) * 1000 + rng.randint(1, 19) * 50
    both = me + pet
    who = name(rng)
    text = rng.choice([
        f"{_j(who, '이/가')} 혼자 저울에 올라가면 {_kgg(me)}이고, {_j(p, '을/를')} 안고 올라가면 {_kgg(both)}입니다. {p}의 무게는 몇 kg 몇 g입니까?",
        f"{_j(p, '을/를')} 안고 저울에 올라간 {who}의 무게는 {_kgg(both)}입니다. {_j(who, '이/가')} 혼자 재면 {_kgg(me)}일 때 {p}의 무게를 구하시오.",
    ])
    text = text.replace(f"{_kgg(me)}이고", f"{_j(_kgg(me), '이고/고')}")
    d = 3 + int(both % 1000 < me % 1000)
    return Problem(text=text, answer=_kgg(pet), format="word", difficulty=d, achievement_level=elementary_level(d), concepts=["kg", "g"],
                   check=lambda: both - me == pet)


@family("4수03-23", "explain-weight-calc")
def _explain_w(rng: random.Random) -> Problem:
    ka, ra = rng.randint(4, 9), rng.randint(1, 4) * 100 + rng.randint(0, 99)
    kb, rb = rng.randint(1, ka - 1), rng.randint(5, 9) * 100 + rng.randint(0, 99)
    a, b = 1000 * ka + ra, 1000 * kb + rb
    if rng.random() < 0.5:
        text = f"{_kgg(a)} − {_j(_kgg(b), '을/를')} 계산하는 과정을 설명하고 답을 구하시오."
        ans = f"{_kgg(a - b)}. g끼리 뺄 수 없으므로 1 kg을 1000 g으로 받아내림하여 {ka - 1} kg {ra + 1000} g − {_j(_kgg(b), '으로/로')} 계산합니다."
    else:
        text = f"{_kgg(a)} + {_j(_kgg(b), '을/를')} 계산하는 과정을 설명하고 답을 구하시오. g끼리의 합이 1000 g이 넘을 때 어떻게 하는지 꼭 쓰세요."
        s = ra + rb
        ans = (f"{_kgg(a + b)}. g끼리 더하면 {s} g이고 1000 g = 1 kg이므로 1 kg을 받아올립니다." if s >= 1000
               else f"{_kgg(a + b)}. kg은 kg끼리, g은 g끼리 더합니다.")
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A", concepts=["kg", "g"])


# == 4수03-24 각도의 단위 1°, 각도기로 재기와 어림하기 ==================================================
def _deg(v: int, style: str) -> str:
    return f"{v}도" if style == "word" else f"{v}°"


@family("4수03-24", "protractor-reading")
def _protractor(rng: random.Random) -> Problem:
    v = rng.choice([x for x in range(10, 171, 5) if x != 90])
    side = rng.choice(["안쪽", "바깥쪽"])
    other = "바깥쪽" if side == "안쪽" else "안쪽"
    a, b, c = rng.sample("ㄱㄴㄷㄹㅁㅂㅅㅇ", 3)
    text = rng.choice([
        f"각도기의 중심을 각 {a}{b}{c}의 꼭짓점에 맞추고, 밑금을 한 변에 맞추었습니다. 이 변이 {side} 눈금 0을 지나고, 다른 변은 {side} 눈금 {v}, {other} 눈금 {180 - v}에 닿았습니다. 각 {a}{b}{c}의 크기는 몇 도입니까?",
        f"각도기로 각을 재었습니다. 한 변은 {other} 눈금 0에 맞추었고, 다른 변이 가리키는 곳의 눈금은 {other} {180 - v}, {side} {v}입니다. 이 각의 크기를 구하시오.",
    ])
    ans = v if f"{side} 눈금 0" in text else 180 - v
    wrong = [str(180 - ans) + "°", str(ans + 10) + "°", str(ans - 10) + "°", "90°", str(ans + 5) + "°",
             str(ans - 5) + "°", str(ans + 20) + "°", str(ans - 20) + "°"]
    wrong = [w for w in wrong if 0 < int(w[:-1]) < 180]
    if rng.random() < 0.5:
        return _mcq(rng, text.replace("몇 도입니까?", "몇 도입니까?").replace("구하시오.", "고르시오."), f"{ans}°", wrong,
                    difficulty=3, level="B", concepts=["도(°)"], sort_key=lambda o: int(o[:-1]),
                    check=lambda ch: ch.options[ch.correct] == f"{ans}°")
    return Problem(text=text, answer=f"{ans}°", format="word", difficulty=3, achievement_level="B", concepts=["도(°)"],
                   check=lambda: ans in (v, 180 - v))


@family("4수03-24", "protractor-mistake")
def _prot_mistake(rng: random.Random) -> Problem:
    who = name(rng)
    v = rng.choice([x for x in range(20, 161, 10) if x != 90])
    mistakes = {
        "center": ("각도기의 중심을 각의 꼭짓점에 맞추지 않고 재었습니다.", "각도기의 중심을 각의 꼭짓점에 맞춥니다."),
        "base": ("각도기의 밑금을 각의 한 변에 맞추지 않고 재었습니다.", "각도기의 밑금을 각의 한 변에 맞춥니다."),
        "scale": (f"한 변을 안쪽 눈금 0에 맞춘 뒤 다른 변이 가리키는 바깥쪽 눈금 {180 - v}을 읽었습니다.", f"0에서 시작한 쪽 눈금을 읽어야 하므로 {v}°입니다."),
    }
    key = rng.choice(list(mistakes))
    text = rng.choice([f"{_j(who, '이/가')} 각도를 잴 때 다음과 같이 하였습니다. 잘못된 점을 찾아 바르게 고쳐 쓰시오.\n{mistakes[key][0]}",
                       f"{_j(who, '은/는')} 각도기로 각을 재다가 이렇게 했습니다. '{mistakes[key][0]}' 각도를 바르게 재는 방법을 설명하시오."])
    text = text.replace(f"눈금 {180 - v}을", f"눈금 {_j(str(180 - v), '을/를')}")
    return Problem(text=text, answer=mistakes[key][1], format="proof", difficulty=3, achievement_level="B", concepts=["도(°)"])


@family("4수03-24", "angle-estimate-closest")
def _angle_est(rng: random.Random) -> Problem:
    ppl = names(rng, 4)
    thing, lo, hi = rng.choice([("부채를 펼친 각", 12, 34), ("가위 날이 벌어진 각", 3, 12), ("노트북 화면을 연 각", 19, 27),
                                ("미끄럼틀이 바닥과 이루는 각", 4, 9), ("시계의 두 바늘이 이루는 각", 6, 30),
                                ("책을 펼친 두 쪽이 이루는 각", 20, 34)])
    actual = rng.randint(lo, hi) * 5
    ests = rng.sample([actual + d for d in range(-30, 31, 5) if d and 0 < actual + d < 180], 4)
    gaps = [abs(e - actual) for e in ests]
    if gaps.count(min(gaps)) > 1:
        return _angle_est(rng)
    best = ppl[gaps.index(min(gaps))]
    table = "| 이름 | " + " | ".join(ppl) + " |\n| 어림한 각도 | " + " | ".join(f"약 {e}°" for e in ests) + " |"
    text = rng.choice([f"{thing}의 크기를 어림한 뒤 각도기로 재었더니 {actual}°였습니다.\n{table}\n가장 가깝게 어림한 사람은 누구입니까?",
                       f"{table}\n{thing}의 실제 크기가 {actual}°일 때, 실제 각도에 가장 가깝게 어림한 사람을 쓰시오."])
    return Problem(text=text, answer=best, format="data", difficulty=3, achievement_level="B", concepts=["도(°)"],
                   check=lambda: min(range(4), key=lambda i: abs(ests[i] - actual)) == ppl.index(best))


@family("4수03-24", "angle-add-sub")
def _angle_addsub(rng: random.Random) -> Problem:
    sub = rng.random() < 0.5
    if sub:
        a = rng.randint(60, 175)
        b = rng.randint(15, a - 5)
        res, sym = a - b, "−"
    else:
        a, b = rng.randint(15, 130), rng.randint(15, 120)
        if a + b > 300:
            b = 300 - a
        res, sym = a + b, "+"
    text = rng.choice([f"계산을 하시오.\n{a}° {sym} {b}°", f"□ 안에 알맞은 수를 써넣으세요.\n{a}° {sym} {b}° = □°",
                       f"두 각도의 {'차' if sub else '합'}를 구하세요.\n{a}°, {b}°"])
    return Problem(text=text, answer=str(res) if "□" in text else f"{res}°", format=_kind(text, "computation"),
                   difficulty=2, achievement_level="C", concepts=["도(°)"], check=lambda: (a - b if sub else a + b) == res)


@family("4수03-24", "clock-hands-angle")
def _clock_angle(rng: random.Random) -> Problem:
    h = rng.choice([1, 2, 4, 5, 7, 8, 10, 11, 3, 9])
    ang = 30 * min(h, 12 - h)
    text = rng.choice([
        f"시계가 {h}시 정각을 가리킬 때 긴바늘과 짧은바늘이 이루는 작은 쪽의 각도는 몇 도입니까?",
        f"□ 안에 알맞은 수를 써넣으세요.\n{h}시에 시계의 두 바늘이 이루는 작은 쪽의 각은 □°입니다.",
        f"시계의 숫자와 숫자 사이의 각도는 30°입니다. {h}시에 긴바늘과 짧은바늘이 이루는 각 중 작은 쪽의 크기를 구하시오.",
    ])
    d = 3 if "30°" not in text else 2
    return Problem(text=text, answer=str(ang) if "□" in text else f"{ang}°", format=_kind(text), difficulty=d,
                   achievement_level=elementary_level(d), concepts=["도(°)"], check=lambda: ang == min(30 * h, 360 - 30 * h))


@family("4수03-24", "straight-line-rest")
def _straight(rng: random.Random) -> Problem:
    a = rng.randint(20, 160)
    mode = rng.choice(["line", "right"])
    if mode == "line":
        text = rng.choice([f"직선 위의 한 점에서 반직선을 그어 두 각을 만들었습니다. 한 각이 {a}°일 때 다른 각은 몇 도입니까?",
                           f"□ 안에 알맞은 수를 써넣으세요.\n일직선이 이루는 각은 180°이므로 {a}° + □° = 180°입니다.",
                           f"종이를 반듯하게 접었다 펴서 생긴 직선 위의 한 점에서 선을 하나 그었더니 한쪽 각이 {a}°가 되었습니다. 다른 쪽 각의 크기를 구하시오."])
        ans = 180 - a
    else:
        a = rng.randint(10, 80)
        text = rng.choice([f"직각을 두 각으로 나누었더니 한 각이 {a}°였습니다. 나머지 각은 몇 도입니까?",
                           f"□ 안에 알맞은 수를 써넣으세요.\n{a}° + □° = 90°"])
        ans = 90 - a
    d = 3 if mode == "line" else 2
    return Problem(text=text, answer=str(ans) if "□" in text else f"{ans}°", format=_kind(text), difficulty=d,
                   achievement_level=elementary_level(d), concepts=["도(°)", "직각"], check=lambda: ans + a in (90, 180))


@family("4수03-24", "degree-facts-fill")
def _deg_facts(rng: random.Random) -> Problem:
    k = rng.randint(2, 4)
    facts = [
        ("직각의 크기는 □°입니다.", "90"),
        ("직각을 똑같이 90으로 나눈 것 중 하나를 □°라고 합니다.", "1"),
        (f"직각 {k}개를 합한 크기는 □°입니다.", str(90 * k)),
        ("한 바퀴를 돈 각도는 □°입니다.", "360"),
        ("일직선이 이루는 각도는 □°입니다.", "180"),
        ("직각을 똑같이 □□ 나눈 각 하나의 크기는 □°입니다.", ""),
    ]
    txt, ans = rng.choice(facts)
    if not ans:
        m, word = rng.choice([(2, "둘로"), (3, "셋으로"), (6, "여섯으로"), (9, "아홉으로")])
        ans = str(90 // m)
        txt = txt.replace("□□ ", f"{word} ")
    text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{txt}", txt.replace("□°", "몇 도") .replace("입니다.", "입니까?") if rng.random() < 0.3 else f"빈칸에 알맞은 수를 쓰시오.\n{txt}"])
    fmt = "fill" if "□" in text else "word"
    return Problem(text=text, answer=ans if fmt == "fill" else f"{ans}°", format=fmt, difficulty=1, achievement_level="C",
                   concepts=["도(°)", "직각"], check=lambda: int(ans) > 0)


@family("4수03-24", "compare-angle-sizes")
def _cmp_angles(rng: random.Random) -> Problem:
    vals = rng.sample(range(15, 176, 5), 5)
    labels = ["가", "나", "다", "라", "마"]
    table = "| 각 | " + " | ".join(labels) + " |\n| 각도기로 잰 크기 | " + " | ".join(f"{v}°" for v in vals) + " |"
    mode = rng.choice(["max-min", "order", "diff"])
    if mode == "max-min":
        q = "가장 큰 각과 가장 작은 각의 기호를 차례로 쓰시오."
        ans = f"{labels[vals.index(max(vals))]}, {labels[vals.index(min(vals))]}"
    elif mode == "order":
        q = "크기가 작은 각부터 차례로 기호를 쓰시오."
        ans = ", ".join(lab for _, lab in sorted(zip(vals, labels, strict=True)))
    else:
        q = "가장 큰 각은 가장 작은 각보다 몇 도 더 큽니까?"
        ans = f"{max(vals) - min(vals)}°"
    text = rng.choice([f"여러 각의 크기를 각도기로 재어 나타낸 표입니다.\n{table}\n{q}", f"{table}\n{q}"])
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C", concepts=["도(°)"],
                   check=lambda: len(set(vals)) == 5)


@family("4수03-24", "angle-measure-task")
def _angle_task(rng: random.Random) -> Problem:
    items = [
        ("교실에서 직각보다 작은 각과 직각보다 큰 각을 찾아 먼저 크기를 어림하고, 각도기로 재어 어림한 값과 비교해 보세요.", None, "task"),
        ("부채, 가위, 책을 펼친 모양 등에서 각을 찾아 각도기로 크기를 재어 보고, 잰 방법을 친구에게 설명해 보세요.", None, "task"),
        ("각도를 어림할 때 직각(90°)을 기준으로 생각하면 좋은 까닭을 설명하시오.",
         "직각은 90°로 크기를 잘 알고 있는 각이므로, 직각보다 큰지 작은지, 직각의 절반쯤인지 비교하면 각의 크기를 쉽게 어림할 수 있습니다.", "proof"),
        ("두 변의 길이가 긴 각이 변의 길이가 짧은 각보다 항상 큰 각이라고 말한 친구에게 잘못된 점을 설명하시오.",
         "각의 크기는 두 변이 벌어진 정도로 정해지며 변의 길이와는 관계가 없습니다.", "proof"),
    ]
    text, ans, fmt = rng.choice(items)
    return Problem(text=text, answer=ans, format=fmt, difficulty=4, achievement_level="A", concepts=["도(°)", "직각"])


# == 4수03-25 삼각형과 사각형의 내각의 크기의 합 ==========================================================
def _tri_angles(rng: random.Random) -> tuple[int, int, int]:
    a = rng.randint(20, 120)
    b = rng.randint(15, 160 - a)
    return a, b, 180 - a - b


def _quad_angles(rng: random.Random) -> tuple[int, int, int, int]:
    while True:
        a, b, c = rng.randint(45, 150), rng.randint(45, 150), rng.randint(45, 150)
        d = 360 - a - b - c
        if 30 <= d <= 170:
            return a, b, c, d


@family("4수03-25", "triangle-third-angle")
def _tri_third(rng: random.Random) -> Problem:
    a, b, c = _tri_angles(rng)
    p = rng.sample("ㄱㄴㄷㄹㅁㅂ", 3)
    tri = "".join(p)
    text = rng.choice([
        f"삼각형 {tri}에서 각 {p[1]}{p[0]}{p[2]}{_p(p[2], '은/는')} {a}°, 각 {p[0]}{p[1]}{p[2]}{_p(p[2], '은/는')} {b}°입니다. 각 {p[0]}{p[2]}{p[1]}의 크기는 몇 도입니까?",
        f"삼각형의 두 각의 크기가 {a}°, {b}°입니다. 나머지 한 각의 크기를 구하시오.",
        f"□ 안에 알맞은 수를 써넣으세요.\n삼각형의 세 각의 크기: {a}°, {b}°, □°",
        f"{_j(name(rng), '이/가')} 삼각형 모양 색종이의 두 각을 각도기로 재었더니 {a}°와 {b}°였습니다. 재지 않은 나머지 한 각은 몇 도일까요?",
    ])
    return Problem(text=text, answer=str(c) if "□" in text else f"{c}°", format=_kind(text), difficulty=2,
                   achievement_level="C", concepts=["도(°)"], check=lambda: a + b + c == 180 and c > 0)


@family("4수03-25", "quad-fourth-angle")
def _quad_fourth(rng: random.Random) -> Problem:
    a, b, c, d = _quad_angles(rng)
    text = rng.choice([
        f"사각형의 세 각의 크기가 각각 {a}°, {b}°, {c}°입니다. 나머지 한 각의 크기는 몇 도입니까?",
        f"□ 안에 알맞은 수를 써넣으세요.\n사각형의 네 각의 크기: {a}°, {b}°, {c}°, □°",
        f"사각형 모양 밭의 네 모퉁이 중 세 곳의 각을 재었더니 {a}°, {b}°, {c}°였습니다. 나머지 한 모퉁이의 각은 몇 도인지 구하세요.",
    ])
    return Problem(text=text, answer=str(d) if "□" in text else f"{d}°", format=_kind(text), difficulty=3,
                   achievement_level="B", concepts=["도(°)"], check=lambda: a + b + c + d == 360)


@family("4수03-25", "sum-of-two-unknown")
def _two_unknown(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        a, b, c = _tri_angles(rng)
        text = rng.choice([f"삼각형에서 한 각의 크기가 {a}°일 때, 나머지 두 각의 크기의 합은 몇 도입니까?",
                           f"□ 안에 알맞은 수를 써넣으세요.\n삼각형의 한 각이 {a}°이면 ㉠ + ㉡ = □°입니다. (㉠, ㉡은 나머지 두 각)"])
        res = 180 - a
        chk = lambda: res == b + c  # noqa: E731
    else:
        a, b, c, d = _quad_angles(rng)
        text = rng.choice([f"사각형에서 두 각의 크기가 {a}°, {b}°입니다. 나머지 두 각의 크기의 합을 구하시오.",
                           f"□ 안에 알맞은 수를 써넣으세요.\n사각형의 두 각이 {a}°, {b}°이면 나머지 두 각의 합은 □°입니다."])
        res = 360 - a - b
        chk = lambda: res == c + d  # noqa: E731
    return Problem(text=text, answer=str(res) if "□" in text else f"{res}°", format=_kind(text), difficulty=3,
                   achievement_level="B", concepts=["도(°)"], check=chk)


@family("4수03-25", "possible-angle-set-mcq")
def _possible_set(rng: random.Random) -> Problem:
    quad = rng.random() < 0.4
    if not quad:
        good = "°, ".join(map(str, _tri_angles(rng))) + "°"
        bads = []
        while len(bads) < 6:
            x, y, z = _tri_angles(rng)
            delta = rng.choice([-20, -10, 10, 20, 30])
            z2 = z + delta
            if z2 > 0:
                bads.append(f"{x}°, {y}°, {z2}°")
        stem = "삼각형의 세 각의 크기가 될 수 있는 것은 어느 것입니까?"
        total = 180
    else:
        good = "°, ".join(map(str, _quad_angles(rng))) + "°"
        bads = []
        while len(bads) < 6:
            a, b, c, d = _quad_angles(rng)
            d2 = d + rng.choice([-30, -20, 20, 30])
            if d2 > 0:
                bads.append(f"{a}°, {b}°, {c}°, {d2}°")
        stem = "사각형의 네 각의 크기가 될 수 있는 것은 어느 것입니까?"
        total = 360

    def ok(o: str) -> bool:
        return sum(int(t.strip().rstrip("°")) for t in o.split(",")) == total

    return _mcq(rng, stem, good, bads, difficulty=3, level="B", concepts=["도(°)"],
                check=lambda ch: ok(ch.options[ch.correct]) and sum(ok(o) for o in ch.options) == 1)


@family("4수03-25", "explain-angle-sum")
def _explain_sum(rng: random.Random) -> Problem:
    items = [
        ("삼각형 모양 종이의 세 꼭짓점 부분을 잘라 꼭짓점이 한 점에 모이도록 이어 붙였습니다. 이 활동으로 알 수 있는 삼각형의 세 각의 크기의 합을 쓰고, 그 까닭을 설명하시오.",
         "180°. 세 각을 모으면 일직선이 되고, 일직선이 이루는 각은 180°이기 때문입니다.", "proof"),
        ("사각형에 대각선을 하나 그어 삼각형 2개로 나누었습니다. 이를 이용하여 사각형의 네 각의 크기의 합을 구하고 그 방법을 설명하시오.",
         "360°. 사각형은 삼각형 2개로 나누어지고 삼각형의 세 각의 합은 180°이므로 180° + 180° = 360°입니다.", "proof"),
        ("삼각형 모양 종이를 세 꼭짓점이 한 점에서 만나도록 접었습니다. 접은 모양을 보고 삼각형의 세 각의 크기의 합이 얼마인지 설명하시오.",
         "180°. 세 각이 한 점에 모여 일직선을 이루므로 세 각의 합은 180°입니다.", "proof"),
        ("사각형 모양 종이의 네 꼭짓점 부분을 잘라 한 점에 모이도록 이어 붙이면 어떻게 되는지 쓰고, 이를 이용하여 사각형의 네 각의 크기의 합을 설명하시오.",
         "네 각이 빈틈없이 한 바퀴를 채웁니다. 한 바퀴는 360°이므로 네 각의 합은 360°입니다.", "proof"),
        ("여러 가지 모양의 삼각형을 그리고 각도기로 세 각의 크기를 재어 합을 구해 보세요. 결과를 표로 정리하고, 모양이 달라도 합이 어떻게 되는지 이야기해 보세요.", None, "task"),
        ("사각형의 네 각의 크기의 합을 구하는 방법을 두 가지 이상 찾아 모둠 친구들에게 설명해 보세요. (각도기로 재기, 잘라 붙이기, 삼각형으로 나누기 등)", None, "task"),
    ]
    text, ans, fmt = rng.choice(items)
    d = 4 if fmt == "proof" else 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="A", concepts=["도(°)", "대각선"] if "대각선" in text else ["도(°)"])


@family("4수03-25", "outside-angle-on-line")
def _outside(rng: random.Random) -> Problem:
    a, b, c = _tri_angles(rng)
    p = rng.sample("ㄱㄴㄷㄹ", 4)
    text = rng.choice([
        f"삼각형 {p[0]}{p[1]}{p[2]}에서 각 {p[0]}{p[1]}{p[2]}{_p(p[2], '은/는')} {a}°, 각 {p[1]}{p[0]}{p[2]}{_p(p[2], '은/는')} {b}°입니다. 변 {p[1]}{p[2]}{_p(p[2], '을/를')} 점 {p[2]} 쪽으로 늘인 직선 위에 점 {p[3]}{_p(p[3], '을/를')} 잡았을 때, 각 {p[0]}{p[2]}{p[3]}의 크기는 몇 도입니까?",
        f"삼각형의 두 각이 {a}°, {b}°입니다. 나머지 한 각의 꼭짓점에서 한 변을 일직선으로 늘였을 때, 늘인 선과 다른 변이 이루는 바깥쪽 각의 크기를 구하시오.",
    ])
    res = 180 - c
    return Problem(text=text, answer=f"{res}°", format="word", difficulty=4, achievement_level="A", concepts=["도(°)"],
                   check=lambda: res == a + b)


@family("4수03-25", "special-triangle-angles")
def _special_tri(rng: random.Random) -> Problem:
    case = rng.choice(["iso-top", "iso-base", "right", "equi"])
    if case == "iso-top":
        top = rng.choice(range(20, 160, 2))
        res = (180 - top) // 2
        text = rng.choice([f"이등변삼각형에서 길이가 같은 두 변 사이의 각이 {top}°입니다. 나머지 두 각 중 한 각의 크기는 몇 도입니까?",
                           f"두 변의 길이가 같은 삼각형에서 그 두 변 사이의 각이 {top}°일 때, 크기가 같은 나머지 두 각은 각각 몇 도입니까?"])
        chk = lambda: top + 2 * res == 180  # noqa: E731
        also = ["4수03-08"]
    elif case == "iso-base":
        base = rng.randint(20, 85)
        res = 180 - 2 * base
        text = f"이등변삼각형의 크기가 같은 두 각 중 한 각이 {base}°입니다. 나머지 한 각의 크기를 구하시오."
        chk = lambda: 2 * base + res == 180  # noqa: E731
        also = ["4수03-08"]
    elif case == "right":
        a = rng.randint(10, 80)
        res = 90 - a
        text = rng.choice([f"직각삼각형에서 직각이 아닌 한 각의 크기가 {a}°입니다. 나머지 한 각의 크기는 몇 도입니까?",
                           f"직각삼각형 모양 종이의 한 각은 직각이고 다른 한 각은 {a}°입니다. 나머지 한 각은 몇 도입니까?"])
        chk = lambda: 90 + a + res == 180  # noqa: E731
        also = ["4수03-09"]
    else:
        res = 60
        text = rng.choice(["정삼각형의 세 각의 크기는 모두 같습니다. 한 각의 크기는 몇 도입니까?",
                           "세 각의 크기가 모두 같은 삼각형에서 한 각의 크기를 구하시오."])
        chk = lambda: 3 * res == 180  # noqa: E731
        also = ["4수03-08"]
    d = 3 if case != "equi" else 2
    return Problem(text=text, answer=f"{res}°", format="word", difficulty=d, achievement_level=elementary_level(d), concepts=["도(°)"],
                   also=also, check=chk)


@family("4수03-25", "angles-table-complete")
def _angles_table(rng: random.Random) -> Problem:
    rows, ans = [], []
    marks = "㉠㉡㉢"
    for i in range(3):
        if rng.random() < 0.6:
            a, b, c = _tri_angles(rng)
            rows.append(f"| 삼각형 | {a}° | {b}° | {marks[i]} | - |")
            ans.append(f"{marks[i]} {c}°")
        else:
            a, b, c, d = _quad_angles(rng)
            rows.append(f"| 사각형 | {a}° | {b}° | {c}° | {marks[i]} |")
            ans.append(f"{marks[i]} {d}°")
    table = "| 도형 | 각 1 | 각 2 | 각 3 | 각 4 |\n" + "\n".join(rows)
    text = rng.choice([f"도형의 각의 크기를 나타낸 표입니다. ㉠, ㉡, ㉢에 알맞은 각도를 구하시오.\n{table}",
                       f"{table}\n표의 빈칸 ㉠~㉢에 들어갈 각의 크기를 차례로 쓰세요."])
    return Problem(text=text, answer=", ".join(ans), format="data", difficulty=3, achievement_level="B", concepts=["도(°)"],
                   check=lambda: len(ans) == 3)
