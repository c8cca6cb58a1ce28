"""Grades 3–4, 도형과 측정 — geometry part (4수03-01 … 4수03-12): lines, angles, perpendicular and
parallel lines, moving plane figures, moving a point, circles, triangles, quadrilaterals, polygons
and filling shapes. Figures are described in words (no pictures).

Private helpers (``_`` prefix) are reused by ``g4su03b`` (the measurement part).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence

from mathtag.corpus.generators.base import Problem, elementary_level, family
from mathtag.corpus.korean import josa, name, names
from mathtag.corpus.mcq import Choice, choices

# -- private helpers ------------------------------------------------------------------------------
# How symbols are read aloud, so that the particle after them is right: the shared ``josa`` reads
# "cm" as 씨엠 and "ㄱ" as a bare vowel-less letter, which gives "5 cm을", "점 ㄱ를".
_UNIT_READ = {
    "mm": "밀리미터", "cm": "센티미터", "km": "킬로미터", "m": "미터", "mL": "밀리리터", "L": "리터",
    "kg": "킬로그램", "g": "그램", "t": "톤", "°": "도",
}
_JAMO_READ = {
    "ㄱ": "기역", "ㄴ": "니은", "ㄷ": "디귿", "ㄹ": "리을", "ㅁ": "미음", "ㅂ": "비읍", "ㅅ": "시옷",
    "ㅇ": "이응", "ㅈ": "지읒", "ㅊ": "치읓", "ㅋ": "키읔", "ㅌ": "티읕", "ㅍ": "피읖", "ㅎ": "히읗",
}
_PTS = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊ"
_CIRC = "①②③④⑤⑥⑦⑧"


def _reading(word: str) -> str:
    w = word.rstrip(" )]}'\"’”")
    for u in sorted(_UNIT_READ, key=len, reverse=True):
        if w.endswith(u) and (len(w) == len(u) or not w[-len(u) - 1].isascii() or not w[-len(u) - 1].isalpha()):
            return _UNIT_READ[u]
    if w and w[-1] in _JAMO_READ:
        return _JAMO_READ[w[-1]]
    return w


def _j(word: str, pair: str) -> str:
    """``word`` + the particle that fits how it is read (units and ㄱ, ㄴ … labels included)."""
    r = _reading(word)
    return word + josa(r, pair)[len(r):]


def _p(word: str, pair: str) -> str:
    """Only the particle for ``word``."""
    return _j(word, pair)[len(word):]


def _mcq(rng: random.Random, stem: str, correct: str, wrong: Sequence[str], *, difficulty: int,
         level: str | None = None, concepts: list[str], sort_key: object = None,
         check: Callable[[Choice], bool] | None = None, n: int = 5) -> Problem:
    ch = choices(rng, correct, list(wrong), n=n, sort_key=sort_key)
    text = f"{stem}\n{ch.block}"
    chk = (lambda: check(ch)) if check else None
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=difficulty,
                   achievement_level=level or elementary_level(difficulty), concepts=concepts, choice=ch, check=chk)


def _tf_mcq(rng: random.Random, trues: Sequence[str], falses: Sequence[str], *, want_true: bool,
            concepts: list[str], difficulty: int = 3, level: str | None = None, lead: str = "") -> Problem:
    """Pick one statement of the wanted kind and four of the other kind."""
    if want_true:
        correct, pool = rng.choice(list(trues)), list(falses)
        stem = rng.choice(["다음 중 옳은 것은 어느 것입니까?", "옳은 설명을 찾아 기호를 쓰시오.",
                           "바르게 말한 것은 어느 것인가요?", "다음 설명 중 맞는 것을 고르세요."])
    else:
        correct, pool = rng.choice(list(falses)), list(trues)
        stem = rng.choice(["다음 중 옳지 않은 것은 어느 것입니까?", "잘못 설명한 것을 찾아 기호를 쓰시오.",
                           "틀린 설명은 어느 것인가요?", "다음 설명 중 바르지 않은 것을 고르세요."])
    if lead:
        stem = f"{lead} {stem}"
    ch = choices(rng, correct, rng.sample(pool, 4))
    ch = Choice(options=ch.options, correct=ch.correct, layout="lines")
    good = set(trues) if want_true else set(falses)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=difficulty,
                   achievement_level=level or elementary_level(difficulty), concepts=concepts, choice=ch,
                   check=lambda: sum(o in good for o in ch.options) == 1 and ch.options[ch.correct] in good)


def _ask_num(rng: random.Random, unit: str = "") -> str:
    """A question ending asking for a number (optionally of ``unit``)."""
    if unit:
        return rng.choice([f"몇 {unit}입니까?", f"몇 {unit}인가요?", f"몇 {unit}인지 구하시오.",
                           f"몇 {unit}일까요?", f"몇 {unit}인지 구하세요."])
    return rng.choice(["얼마입니까?", "구하시오.", "구하세요.", "얼마인가요?"])


def _nums(rng: random.Random, correct: int, extra: Sequence[int], lo: int = 1) -> list[str]:
    """Numeric distractors: the given mistakes first, then neighbours."""
    out: list[str] = []
    for v in extra:
        if v >= lo and v != correct and str(v) not in out:
            out.append(str(v))
    d = 1
    while len(out) < 6:
        for v in (correct + d, correct - d):
            if v >= lo and v != correct and str(v) not in out:
                out.append(str(v))
        d += 1
    return out


def _pts(rng: random.Random, k: int) -> list[str]:
    start = rng.choice([0, 0, 0, 1, 2])
    return list(_PTS[start:start + k])


# == 4수03-01 직선, 선분, 반직선 ====================================================================
def _seg_name(kind: str, a: str, b: str) -> str:
    return f"{kind} {a}{b}"


@family("4수03-01", "name-from-description")
def _line_name_desc(rng: random.Random) -> Problem:
    a, b = rng.sample(_PTS[:8], 2)
    kind = rng.choice(["선분", "반직선", "반직선", "직선"])
    if kind == "선분":
        desc = rng.choice([f"두 점 {a}, {b}{_p(b, '을/를')} 곧게 이은 선",
                           f"점 {a}{_p(a, '과/와')} 점 {b} 사이를 자를 대고 곧게 이은 선",
                           f"양 끝이 점 {a}{_p(a, '과/와')} 점 {b}인 곧은 선"])
        correct = _seg_name("선분", a, b)
    elif kind == "반직선":
        desc = rng.choice([f"점 {a}에서 시작하여 점 {b}{_p(b, '을/를')} 지나 한쪽으로 끝없이 늘인 곧은 선",
                           f"점 {a}에서 출발해 점 {b} 쪽으로 끝없이 곧게 뻗은 선",
                           f"점 {b}{_p(b, '을/를')} 지나고 점 {a}에서 시작하는 한쪽으로 끝없는 곧은 선"])
        correct = _seg_name("반직선", a, b)
    else:
        desc = rng.choice([f"두 점 {a}, {b}{_p(b, '을/를')} 지나 양쪽으로 끝없이 늘인 곧은 선",
                           f"점 {a}{_p(a, '과/와')} 점 {b}{_p(b, '을/를')} 지나면서 양쪽 끝이 없는 곧은 선"])
        correct = _seg_name("직선", a, b)
    pool = [_seg_name(k, x, y) for k in ("선분", "반직선", "직선") for x, y in ((a, b), (b, a))]
    same = {correct}
    if kind in ("선분", "직선"):
        same.add(_seg_name(kind, b, a))
    wrong = [w for w in pool if w not in same]
    if rng.random() < 0.5:
        stem = rng.choice([f"{desc}의 이름으로 알맞은 것은 어느 것입니까?",
                           f"다음과 같은 도형을 무엇이라고 합니까?\n[도형] {desc}",
                           f"{_j(desc, '을/를')} 바르게 읽은 것을 고르세요."])
        if len(wrong) < 4:
            wrong += [f"곡선 {a}{b}", f"각 {a}{b}"]
        return _mcq(rng, stem, correct, wrong, difficulty=1, level="C", concepts=[kind],
                    check=lambda ch: ch.options[ch.correct] in same)
    text = rng.choice([f"{_j(desc, '을/를')} 무엇이라고 하는지 기호를 사용하여 쓰시오.",
                       f"□ 안에 알맞은 말을 써넣으세요.\n{_j(desc, '을/를')} □(이)라고 합니다.",
                       f"{_j(desc, '은/는')} 어떤 도형인지 이름을 쓰세요."])
    return Problem(text=text, answer=correct, format="fill", difficulty=1, achievement_level="C",
                   concepts=[kind])


@family("4수03-01", "extend-a-segment")
def _extend(rng: random.Random) -> Problem:
    a, b = rng.sample(_PTS[:8], 2)
    way = rng.choice(["b", "a", "both"])
    if way == "b":
        act, correct = f"점 {b} 쪽으로만 끝없이 늘이면", f"반직선 {a}{b}"
    elif way == "a":
        act, correct = f"점 {a} 쪽으로만 끝없이 늘이면", f"반직선 {b}{a}"
    else:
        act, correct = "양쪽으로 끝없이 늘이면", f"직선 {a}{b}"
    start = rng.choice(["선분", "선분", "반직선"]) if way != "both" else rng.choice(["선분", "반직선"])
    if start == "반직선":
        # a ray a→b is already endless towards b; extending it the other way gives a line
        act, correct = f"점 {a} 쪽으로도 끝없이 늘이면", f"직선 {a}{b}"
    who = name(rng)
    text = rng.choice([
        f"{start} {a}{b}{_p(b, '을/를')} {act} 어떤 도형이 됩니까? 기호를 사용하여 쓰시오.",
        f"{_j(who, '은/는')} {start} {a}{b}{_p(b, '을/를')} 그린 뒤 {act.replace('늘이면', '늘였습니다')}. {_j(who, '이/가')} 만든 도형의 이름을 쓰세요.",
        f"{start} {a}{b}에서 {act} 무엇이 되는지 쓰시오.",
    ])
    d = 2 if start == "선분" else 3
    return Problem(text=text, answer=correct, format="word", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["선분", "반직선", "직선"])


@family("4수03-01", "true-false-statements")
def _line_tf(rng: random.Random) -> Problem:
    a, b = rng.sample(_PTS[:8], 2)
    trues = [
        f"선분 {a}{b}{_p(b, '과/와')} 선분 {b}{_j(a, '은/는')} 같은 도형입니다.",
        f"직선 {a}{b}{_p(b, '과/와')} 직선 {b}{_j(a, '은/는')} 같은 도형입니다.",
        "선분은 양쪽 끝이 있어서 길이를 잴 수 있습니다.",
        "반직선은 한쪽 끝만 있습니다.",
        "직선은 양쪽으로 끝없이 늘어납니다.",
        "두 점을 지나는 직선은 하나뿐입니다.",
        f"반직선 {a}{b}의 시작점은 점 {a}입니다.",
    ]
    falses = [
        f"반직선 {a}{b}{_p(b, '과/와')} 반직선 {b}{_j(a, '은/는')} 같은 도형입니다.",
        "직선은 길이를 자로 잴 수 있습니다.",
        "반직선은 양쪽 끝이 모두 있습니다.",
        "선분은 한쪽으로 끝없이 늘어납니다.",
        "두 점을 지나는 직선은 여러 개 그을 수 있습니다.",
        f"반직선 {a}{b}의 시작점은 점 {b}입니다.",
        "직선은 끝이 두 개 있습니다.",
    ]
    return _tf_mcq(rng, trues, falses, want_true=rng.random() < 0.5, concepts=["직선", "선분", "반직선"],
                   difficulty=2, level="B")


@family("4수03-01", "count-lines-through-points")
def _count_lines(rng: random.Random) -> Problem:
    n = rng.randint(3, 6)
    labels = _PTS[:n]
    lab = ", ".join(labels)
    kind = rng.choice(["선분", "직선", "반직선"])
    collinear = rng.random() < 0.35
    if collinear:
        setting = rng.choice([f"한 직선 위에 점 {lab}{_p(labels[-1], '이/가')} 차례로 놓여 있습니다.",
                              f"곧은 길 위에 점 {lab}{_p(labels[-1], '을/를')} 순서대로 찍었습니다."])
        ans = {"선분": n * (n - 1) // 2, "직선": 1, "반직선": 2 * (n - 1)}[kind]
    else:
        setting = rng.choice([f"어느 세 점도 한 직선 위에 있지 않은 점 {n}개({lab})가 있습니다.",
                              f"종이에 점 {lab}{_p(labels[-1], '을/를')} 찍었는데, 어느 세 점도 한 직선 위에 있지 않습니다."])
        ans = {"선분": n * (n - 1) // 2, "직선": n * (n - 1) // 2, "반직선": n * (n - 1)}[kind]
    q = rng.choice([f"이 중 두 점을 이용하여 그을 수 있는 {_j(kind, '은/는')} 모두 몇 개입니까?",
                    f"두 점을 골라 그을 수 있는 서로 다른 {_j(kind, '은/는')} 모두 몇 개인지 구하시오.",
                    f"점 두 개를 이용해서 {_j(kind, '을/를')} 그으면 모두 몇 개 그을 수 있을까요?"])
    if kind == "반직선":
        q += " (반직선은 두 점으로 이름을 붙일 수 있는 것만 셉니다.)"

    def brute() -> bool:
        # enumerate ordered/unordered pairs directly; collinear points sit at positions 0..n-1
        pairs = [(i, j) for i in range(n) for j in range(n) if i != j]
        if kind == "선분":
            return len({frozenset(p) for p in pairs}) == ans
        if kind == "직선":
            return (1 if collinear else len({frozenset(p) for p in pairs})) == ans
        if collinear:
            return len({(i, j > i) for i, j in pairs}) == ans
        return len(set(pairs)) == ans

    d = 3 if kind == "선분" else 4
    return Problem(text=f"{setting} {q}", answer=str(ans), format="word", difficulty=d,
                   achievement_level="A" if d == 4 else "B", concepts=[kind], check=brute)


@family("4수03-01", "count-endpoints")
def _endpoints(rng: random.Random) -> Problem:
    s, r, ln = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 5)
    total = 2 * s + r
    items = [("선분", s), ("반직선", r), ("직선", ln)]
    rng.shuffle(items)
    listing = ", ".join(f"{k} {v}개" for k, v in items)
    who = name(rng)
    text = rng.choice([
        f"{_j(who, '은/는')} 공책에 {listing}{_p(listing, '을/를')} 그렸습니다. 그린 도형들의 끝점은 모두 몇 개입니까?",
        f"다음 도형들에 있는 끝점의 개수를 모두 더하면 얼마인지 구하시오.\n{listing}",
        f"칠판에 {listing}{_p(listing, '이/가')} 그려져 있습니다. 끝점을 모두 세면 몇 개일까요?",
    ])
    return Problem(text=text, answer=str(total), format="word", difficulty=3, achievement_level="B",
                   concepts=["선분", "반직선", "직선"],
                   check=lambda: sum({"선분": 2, "반직선": 1, "직선": 0}[k] * v for k, v in items) == total)


@family("4수03-01", "classify-descriptions-table")
def _classify_table(rng: random.Random) -> Problem:
    descs = {
        "선분": ["양쪽 끝이 모두 있는 곧은 선", "두 점을 곧게 이은 선", "자로 잰 길이가 8 cm인 곧은 선",
                 "점 ㄱ과 점 ㄴ 사이에서 끝나는 곧은 선"],
        "반직선": ["한 점에서 시작하여 한쪽으로 끝없이 뻗은 곧은 선", "시작점은 있지만 반대쪽 끝은 없는 곧은 선",
                   "한쪽 끝만 있는 곧은 선"],
        "직선": ["양쪽으로 끝없이 뻗은 곧은 선", "끝점이 하나도 없는 곧은 선", "두 점을 지나 양쪽으로 한없이 늘인 곧은 선"],
        "굽은 선": ["두 점을 구불구불하게 이은 선", "동그랗게 휘어진 선"],
    }
    target = rng.choice(["선분", "반직선", "직선"])
    rows: list[tuple[str, str]] = []
    for k, v in descs.items():
        for d in rng.sample(v, rng.randint(1, min(3, len(v)))):
            rows.append((k, d))
    rng.shuffle(rows)
    rows = rows[:rng.randint(5, 7)]
    if not any(k == target for k, _ in rows):
        rows[0] = (target, descs[target][0])
    table = "\n".join(f"{_CIRC[i]} {d}" for i, (_, d) in enumerate(rows))
    ans_labels = [_CIRC[i] for i, (k, _) in enumerate(rows) if k == target]
    if rng.random() < 0.5:
        text = f"다음 중 {_j(target, '은/는')} 모두 몇 개입니까?\n{table}"
        ans = str(len(ans_labels))
    else:
        text = rng.choice([f"다음 설명 중 {_j(target, '을/를')} 나타내는 것을 모두 찾아 기호를 쓰시오.\n{table}",
                           f"{table}\n위에서 {_j(target, '을/를')} 설명한 것을 모두 고르세요."])
        ans = ", ".join(ans_labels)
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["직선", "선분", "반직선"])


@family("4수03-01", "segment-lengths-on-line")
def _seg_lengths(rng: random.Random) -> Problem:
    a, b, c = _pts(rng, 3)
    x, y = rng.randint(2, 15), rng.randint(2, 15)
    unit = "cm"
    mode = rng.choice(["sum", "diff"])
    if mode == "sum":
        text = rng.choice([
            f"한 직선 위에 점 {a}, {b}, {c}{_p(c, '이/가')} 차례로 있습니다. 선분 {a}{b}의 길이가 {x} {unit}, 선분 {b}{c}의 길이가 {y} {unit}일 때, 선분 {a}{c}의 길이는 {_ask_num(rng, unit)}",
            f"점 {a}, {b}, {c}{_p(c, '은/는')} 한 직선 위에 이 순서대로 놓여 있습니다. 선분 {b}{c}{_p(c, '은/는')} {y} {unit}이고 선분 {a}{b}{_p(b, '은/는')} {x} {unit}입니다. 가장 긴 선분의 길이를 구하세요.",
        ])
        ans = x + y
    else:
        total = x + y
        text = rng.choice([
            f"한 직선 위에 점 {a}, {b}, {c}{_p(c, '이/가')} 차례로 있습니다. 선분 {a}{c}의 길이가 {total} {unit}, 선분 {a}{b}의 길이가 {x} {unit}이면 선분 {b}{c}의 길이는 {_ask_num(rng, unit)}",
            f"길이가 {total} {unit}인 선분 {a}{c} 위에 점 {b}{_p(b, '을/를')} 찍었더니 선분 {a}{b}의 길이가 {x} {unit}였습니다. 선분 {b}{c}의 길이를 구하시오.",
        ])
        ans = y
    return Problem(text=text, answer=f"{ans} {unit}", format="word", difficulty=2, achievement_level="B",
                   concepts=["선분"], check=lambda: (x + y == ans) if mode == "sum" else (x + y - x == ans))


@family("4수03-01", "same-or-different-explain")
def _same_diff(rng: random.Random) -> Problem:
    a, b = rng.sample(_PTS[:8], 2)
    kind = rng.choice(["선분", "직선", "반직선", "반직선"])
    who1 = name(rng)
    same = kind != "반직선"
    claim = rng.choice(["같은 도형", "서로 다른 도형"])
    text = rng.choice([
        f"{_j(kind + ' ' + a + b, '과/와')} {kind} {b}{_j(a, '은/는')} 같은 도형입니까, 다른 도형입니까? 그렇게 생각한 까닭을 설명하시오.",
        f"{_j(who1, '은/는')} \"{kind} {a}{_j(b, '과/와')} {kind} {b}{_j(a, '은/는')} {claim}이야.\"라고 말했습니다. {who1}의 말이 옳은지 판단하고 그 이유를 쓰세요.",
        f"{kind} {a}{b}{_p(b, '과/와')} {kind} {b}{a}의 같은 점과 다른 점을 비교하여, 두 도형이 같은 도형인지 설명해 보세요.",
    ])
    if same:
        ans = "같은 도형입니다. " + ("양 끝점이 같은 두 점이므로 이름을 부르는 순서만 다를 뿐 같은 선분입니다." if kind == "선분"
                                 else "두 점을 지나 양쪽으로 끝없이 늘인 선이므로 읽는 순서가 달라도 같은 직선입니다.")
    else:
        ans = f"다른 도형입니다. 반직선 {a}{b}{_p(b, '은/는')} 점 {a}에서 시작하여 점 {b} 쪽으로, 반직선 {b}{a}{_p(a, '은/는')} 점 {b}에서 시작하여 점 {a} 쪽으로 끝없이 늘인 선이므로 시작점과 방향이 다릅니다."
    if "말했습니다" in text:
        right = (claim == "같은 도형") == same
        ans = ("옳습니다. " if right else "옳지 않습니다. ") + ans
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                   concepts=[kind])


@family("4수03-01", "real-life-model")
def _real_life_lines(rng: random.Random) -> Problem:
    models = {
        "선분": ["팽팽하게 당긴 줄넘기 줄의 양 끝 사이", "자의 한쪽 모서리", "책상의 한 모서리", "두 전봇대 사이에 곧게 맨 줄"],
        "반직선": ["손전등에서 한쪽으로 나가는 빛줄기", "등대에서 바다 쪽으로 끝없이 뻗어 나가는 불빛"],
        "직선": ["양쪽으로 끝없이 이어진다고 생각한 곧은 철길", "양쪽 끝이 보이지 않게 끝없이 뻗어 있다고 상상한 곧은 도로"],
    }
    target = rng.choice(list(models))
    correct = rng.choice(models[target])
    wrong = [m for k, v in models.items() if k != target for m in v] + ["구불구불한 산길", "둥근 훌라후프의 테두리"]
    stem = rng.choice([f"다음 중 {_j(target, '을/를')} 떠올리기에 가장 알맞은 것은 어느 것입니까?",
                       f"생활 속에서 {_j(target, '과/와')} 가장 비슷한 모양을 찾으세요.",
                       f"곧은 선의 모양으로 생각할 때 {target}에 해당하는 것을 고르시오."])
    good = set(models[target])
    return _mcq(rng, stem, correct, wrong, difficulty=2, level="B", concepts=[target],
                check=lambda ch: ch.options[ch.correct] in good and sum(o in good for o in ch.options) == 1)


# == 4수03-02 각, 직각, 예각, 둔각 =================================================================
def _angle_kind(deg: int) -> str:
    return "예각" if 0 < deg < 90 else "직각" if deg == 90 else "둔각" if 90 < deg < 180 else "?"


@family("4수03-02", "classify-angle-by-degree")
def _classify_deg(rng: random.Random) -> Problem:
    deg = rng.choice([rng.randint(5, 89), 90, rng.randint(91, 175), rng.randint(91, 175)])
    kind = _angle_kind(deg)
    a, b, c = _pts(rng, 3)
    if rng.random() < 0.5:
        text = rng.choice([
            f"각 {a}{b}{c}의 크기가 {deg}°입니다. 이 각은 예각, 직각, 둔각 중 어느 것입니까?",
            f"크기가 {deg}°인 각을 무엇이라고 하는지 예각, 직각, 둔각 중에서 골라 쓰시오.",
            f"□ 안에 알맞은 말을 써넣으세요.\n{deg}°인 각은 □입니다.",
        ])
        return Problem(text=text, answer=kind, format="fill", difficulty=1, achievement_level="C",
                       concepts=["예각", "직각", "둔각"], check=lambda: (deg < 90) == (kind == "예각"))
    degs = sorted(rng.sample([d for d in range(10, 176, 5) if d != 90], 4) + [90])
    want = rng.choice(["예각", "둔각"])
    goods = [d for d in degs if _angle_kind(d) == want]
    text = rng.choice([
        f"다음 각도 중에서 {_j(want, '은/는')} 모두 몇 개입니까?\n" + ", ".join(f"{d}°" for d in rng.sample(degs, 5)),
        f"{', '.join(f'{d}°' for d in rng.sample(degs, 5))}\n위의 각 중 {_j(want, '을/를')} 모두 찾아 쓰세요.",
    ])
    ans = f"{len(goods)}개" if "몇 개" in text else ", ".join(f"{d}°" for d in goods)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="C",
                   concepts=["예각", "둔각", "직각"])


@family("4수03-02", "clock-hands-angle")
def _clock_angle(rng: random.Random) -> Problem:
    h = rng.choice([1, 2, 3, 4, 5, 7, 8, 9, 10, 11])
    deg = 30 * min(h, 12 - h)
    kind = _angle_kind(deg)
    who = name(rng)
    if rng.random() < 0.55:
        text = rng.choice([
            f"시계가 {h}시 정각을 가리키고 있습니다. 시계의 긴바늘과 짧은바늘이 이루는 작은 쪽의 각은 예각, 직각, 둔각 중 무엇입니까?",
            f"{_j(who, '이/가')} 집에 도착한 시각은 {h}시였습니다. 이때 두 시곗바늘이 만드는 작은 쪽의 각을 예각, 직각, 둔각 중에서 골라 쓰세요.",
            f"{h}시에 시계의 두 바늘이 이루는 작은 쪽의 각은 어떤 각인지 쓰시오.",
        ])
        return Problem(text=text, answer=kind, format="word", difficulty=2, achievement_level="B",
                       concepts=["예각", "직각", "둔각"], check=lambda: kind == _angle_kind(abs(h * 30 - 0) if h <= 6 else 360 - h * 30))
    want = rng.choice(["예각", "둔각", "직각"])
    goods = [x for x in (1, 2, 3, 4, 5, 7, 8, 9, 10, 11) if _angle_kind(30 * min(x, 12 - x)) == want]
    bads = [x for x in (1, 2, 3, 4, 5, 7, 8, 9, 10, 11) if x not in goods]
    correct = rng.choice(goods)
    stem = rng.choice([f"시계의 긴바늘과 짧은바늘이 이루는 작은 쪽의 각이 {want}인 시각은 어느 것입니까?",
                       f"정각일 때 두 시곗바늘이 이루는 작은 쪽의 각이 {want}이 되는 시각을 고르시오.",
                       f"다음 중 시계의 두 바늘이 {_j(want, '을/를')} 이루는 시각은 언제인가요?"])
    return _mcq(rng, stem, f"{correct}시", [f"{x}시" for x in bads], difficulty=3, level="B",
                concepts=[want], sort_key=lambda o: int(o[:-1]),
                check=lambda ch: _angle_kind(30 * min(int(ch.options[ch.correct][:-1]), 12 - int(ch.options[ch.correct][:-1]))) == want)


@family("4수03-02", "count-angles-fan")
def _fan(rng: random.Random) -> Problem:
    k = rng.randint(3, 6)
    labels = _PTS[:k + 1]
    vtx = rng.choice(["ㅇ", "ㅅ"]) if "ㅇ" not in labels else "ㅈ"
    rays = ", ".join(f"{vtx}{x}" for x in labels[:k])
    ans = k * (k - 1) // 2
    text = rng.choice([
        f"점 {vtx}에서 반직선 {rays}{_p(rays, '을/를')} 차례로 그었습니다. 가장 바깥쪽 두 반직선이 이루는 각은 직각보다 작습니다. 이 그림에서 찾을 수 있는 크고 작은 각은 모두 몇 개입니까?",
        f"한 점 {vtx}에서 시작하는 반직선 {k}개를 부채 모양으로 그었습니다. 가장 바깥쪽 두 반직선이 이루는 각이 예각일 때, 크고 작은 각은 모두 몇 개인지 구하시오.",
        f"반직선 {k}개가 점 {vtx}에서 부채처럼 펼쳐져 있습니다(가장 바깥쪽 두 반직선 사이의 각은 예각입니다). 두 반직선으로 만들 수 있는 각은 모두 몇 개일까요?",
    ])

    def brute() -> bool:
        return sum(1 for i in range(k) for j in range(i + 1, k)) == ans

    return Problem(text=text, answer=f"{ans}개", format="word", difficulty=4, achievement_level="A",
                   concepts=["각", "꼭짓점"], check=brute)


@family("4수03-02", "name-parts-of-angle")
def _angle_parts(rng: random.Random) -> Problem:
    a, b, c = rng.sample(_PTS[:9], 3)
    mode = rng.choice(["name", "vertex", "sides"])
    if mode == "name":
        text = rng.choice([
            f"꼭짓점이 점 {b}이고 두 변이 반직선 {b}{_j(a, '과/와')} 반직선 {b}{c}인 각을 기호로 나타내시오.",
            f"□ 안에 알맞은 기호를 써넣으세요.\n점 {b}에서 그은 두 반직선 {b}{a}, {b}{c}{_p(c, '으로/로')} 이루어진 각은 각 □입니다.",
        ])
        ans = f"각 {a}{b}{c} (또는 각 {c}{b}{a})"
    elif mode == "vertex":
        text = rng.choice([f"각 {a}{b}{c}의 꼭짓점은 어느 점입니까?",
                           f"각 {a}{b}{c}에서 꼭짓점을 찾아 쓰시오."])
        ans = f"점 {b}"
    else:
        text = rng.choice([f"각 {a}{b}{c}의 변 두 개를 쓰시오.",
                           f"각 {c}{b}{_j(a, '을/를')} 이루는 두 변의 이름을 기호로 쓰세요."])
        ans = f"변 {b}{a}, 변 {b}{c}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="C",
                   concepts=["각", "꼭짓점", "변"])


@family("4수03-02", "angle-true-false")
def _angle_tf(rng: random.Random) -> Problem:
    trues = ["각은 한 점에서 그은 두 반직선으로 이루어진 도형입니다.",
             "각에는 꼭짓점이 1개 있습니다.",
             "각의 변은 2개입니다.",
             "종이를 반듯하게 두 번 접었을 때 생기는 각은 직각입니다.",
             "직각보다 작은 각을 예각이라고 합니다.",
             "직각보다 크고 180°보다 작은 각을 둔각이라고 합니다.",
             "시계가 3시를 가리킬 때 두 바늘이 이루는 작은 쪽의 각은 직각입니다."]
    falses = ["각의 변은 선분이므로 길이가 정해져 있습니다.",
              "변의 길이를 길게 그리면 각의 크기도 커집니다.",
              "둔각은 직각보다 작은 각입니다.",
              "예각은 직각보다 큰 각입니다.",
              "직각은 모두 크기가 다릅니다.",
              "곡선이 포함된 도형에도 각이 생길 수 있습니다.",
              "각에는 꼭짓점이 2개 있습니다."]
    return _tf_mcq(rng, trues, falses, want_true=rng.random() < 0.5, concepts=["각", "직각", "예각", "둔각"],
                   difficulty=2, level="B")


@family("4수03-02", "compare-with-set-square")
def _set_square(rng: random.Random) -> Problem:
    a, b, c = _pts(rng, 3)
    situ = rng.choice(["inside", "outside", "exact"])
    tool = rng.choice(["삼각자의 직각 부분", "직각으로 접은 색종이", "공책의 직각인 모서리"])
    desc = {"inside": f"변 {b}{c}{_p(c, '이/가')} {tool}의 안쪽으로 들어왔습니다",
            "outside": f"변 {b}{c}{_p(c, '이/가')} {tool}의 바깥쪽으로 벌어져 나갔습니다",
            "exact": f"변 {b}{c}{_p(c, '이/가')} {tool}의 다른 한 변과 꼭 맞았습니다"}[situ]
    ans = {"inside": "예각", "outside": "둔각", "exact": "직각"}[situ]
    who = name(rng)
    text = rng.choice([
        f"{_j(who, '은/는')} 각 {a}{b}{c}의 꼭짓점과 변 {b}{a}에 {_j(tool, '을/를')} 맞추어 대어 보았더니 {desc}. 각 {a}{b}{_j(c, '은/는')} 예각, 직각, 둔각 중 무엇입니까?",
        f"각 {a}{b}{c}의 꼭짓점 {b}에 {_j(tool, '을/를')} 대고 한 변을 변 {b}{a}에 맞추었더니 {desc}. 이 각은 어떤 각인지 쓰시오.",
    ])
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["직각", "예각", "둔각"])


@family("4수03-02", "corners-of-shapes")
def _corners(rng: random.Random) -> Problem:
    shapes = {  # (acute, right, obtuse) angles inside the shape
        "직사각형": (0, 4, 0), "정사각형": (0, 4, 0), "정삼각형": (3, 0, 0),
        "세 각이 각각 30°, 60°, 90°인 삼각형": (2, 1, 0),
        "세 각이 각각 20°, 40°, 120°인 삼각형": (2, 0, 1),
        "네 각이 각각 60°, 120°, 60°, 120°인 사각형": (2, 0, 2),
        "네 각이 각각 90°, 90°, 70°, 110°인 사각형": (1, 2, 1),
    }
    picks = rng.sample(list(shapes), rng.randint(2, 3))
    want = rng.choice(["예각", "직각", "둔각"])
    idx = {"예각": 0, "직각": 1, "둔각": 2}[want]
    total = sum(shapes[s][idx] for s in picks)
    listing = ", ".join(picks)
    text = rng.choice([
        f"다음 도형들의 안쪽에 있는 {_j(want, '은/는')} 모두 몇 개입니까?\n{listing}",
        f"{_j(listing, '이/가')} 하나씩 있습니다. 이 도형들의 안쪽에 있는 각 중에서 {_j(want, '을/를')} 모두 세면 몇 개인지 구하시오.",
    ])
    return Problem(text=text, answer=f"{total}개", format="word", difficulty=3, achievement_level="B",
                   concepts=[want], check=lambda: total == sum(shapes[s][idx] for s in picks))


@family("4수03-02", "explain-acute-obtuse")
def _explain_ao(rng: random.Random) -> Problem:
    d1 = rng.randint(20, 80)
    d2 = rng.randint(100, 170)
    who = name(rng)
    if rng.random() < 0.6:
        text = rng.choice([
            f"크기가 {d1}°인 각과 {d2}°인 각이 있습니다. 각각 예각인지 둔각인지 쓰고, 직각과 비교하여 그렇게 판단한 까닭을 설명하시오.",
            f"두 각 가({d2}°)와 나({d1}°)를 직각과 비교하여 예각과 둔각으로 분류하고, 분류한 방법을 설명해 보세요.",
        ])
        ans = f"{d1}°인 각은 직각(90°)보다 작으므로 예각, {d2}°인 각은 직각보다 크고 180°보다 작으므로 둔각입니다."
    else:
        text = rng.choice([
            f"{_j(who, '은/는')} \"예각 두 개를 합하면 항상 둔각이 돼.\"라고 말했습니다. 이 말이 옳은지 판단하고, 예를 들어 설명하시오.",
            "\"예각 두 개를 이어 붙이면 언제나 직각보다 커진다.\"는 주장이 맞는지 틀린지 쓰고, 까닭을 설명하세요.",
        ])
        ans = "옳지 않습니다. 예를 들어 30°와 40°를 합하면 70°로 여전히 예각입니다. 두 예각의 합은 예각, 직각, 둔각이 모두 될 수 있습니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                   concepts=["예각", "둔각", "직각"])


@family("4수03-02", "angle-table-count")
def _angle_table(rng: random.Random) -> Problem:
    labels = list("가나다라마바")[:rng.randint(5, 6)]
    degs = [rng.choice([rng.randint(10, 85), rng.randint(10, 85), 90, rng.randint(95, 170), rng.randint(95, 170)]) for _ in labels]
    if 90 not in degs and rng.random() < 0.6:
        degs[rng.randrange(len(degs))] = 90
    row1 = " | ".join(labels)
    row2 = " | ".join(f"{d}°" for d in degs)
    table = f"| 각 | {row1} |\n| 크기 | {row2} |"
    ac = sum(_angle_kind(d) == "예각" for d in degs)
    ob = sum(_angle_kind(d) == "둔각" for d in degs)
    rt = sum(d == 90 for d in degs)
    mode = rng.choice(["diff", "sum", "each"])
    if mode == "diff":
        text = rng.choice([f"각도기로 잰 각의 크기를 표로 나타냈습니다. 예각과 둔각 중 어느 것이 몇 개 더 많습니까?\n{table}",
                           f"{table}\n위 표의 각 중에서 예각의 수와 둔각의 수를 비교하여, 어느 쪽이 몇 개 더 많은지 쓰시오."])
        ans = "예각과 둔각의 수가 같습니다" if ac == ob else (f"예각이 {ac - ob}개 더 많습니다" if ac > ob else f"둔각이 {ob - ac}개 더 많습니다")
    elif mode == "sum":
        text = rng.choice([f"{table}\n위 표에서 직각이 아닌 각은 모두 몇 개입니까?",
                           f"다음 표를 보고 예각과 둔각의 개수를 각각 구하시오.\n{table}"])
        ans = f"{ac + ob}개" if "아닌" in text else f"예각 {ac}개, 둔각 {ob}개"
    else:
        text = f"표에 있는 각을 예각, 직각, 둔각으로 분류하여 각각 몇 개인지 쓰세요.\n{table}"
        ans = f"예각 {ac}개, 직각 {rt}개, 둔각 {ob}개"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="B",
                   concepts=["예각", "직각", "둔각"])


# == 4수03-03 수직과 평행 ==========================================================================
_LINES = "가나다라마바"


@family("4수03-03", "perpendicular-angle-split")
def _perp_split(rng: random.Random) -> Problem:
    x = rng.randint(15, 75)
    a, o, b, c = "ㄱ", "ㅇ", "ㄴ", "ㄷ"
    if rng.random() < 0.5:
        text = rng.choice([
            f"반직선 {o}{a}{_p(a, '과/와')} 반직선 {o}{b}{_p(b, '이/가')} 서로 수직입니다. 점 {o}에서 두 반직선 사이로 반직선 {o}{c}{_p(c, '을/를')} 그었더니 각 {a}{o}{c}의 크기가 {x}°가 되었습니다. 각 {c}{o}{b}의 크기는 몇 도입니까?",
            f"반직선 {o}{a}{_p(a, '은/는')} 반직선 {o}{b}에 대한 수선입니다. 두 반직선 사이에 반직선 {o}{c}{_p(c, '을/를')} 그었고, 각 {a}{o}{c}{_p(c, '은/는')} {x}°입니다. 각 {c}{o}{b}의 크기를 구하시오.",
        ])
    else:
        text = rng.choice([
            f"두 직선이 점 {o}에서 수직으로 만납니다. 그 사이에 한 반직선을 그어 직각을 두 각으로 나누었더니 한 각이 {x}°였습니다. 나머지 한 각은 몇 도인지 구하세요.",
            f"벽과 바닥이 수직으로 만나는 곳에 막대를 비스듬히 세웠더니 막대와 바닥이 이루는 각이 {x}°였습니다. 막대와 벽이 이루는 각은 몇 도일까요?",
        ])
    ans = 90 - x
    return Problem(text=text, answer=f"{ans}°", format="word", difficulty=3, achievement_level="B",
                   concepts=["수직", "수선", "직각"], check=lambda: ans + x == 90)


@family("4수03-03", "three-parallel-distances")
def _three_parallel(rng: random.Random) -> Problem:
    l1, l2, l3 = rng.sample(list(_LINES[:5]), 3)
    d1, d2 = rng.randint(2, 12), rng.randint(2, 12)
    mode = rng.choice(["outer", "inner", "middle"])
    if mode == "outer":
        text = rng.choice([
            f"직선 {l1}, 직선 {l2}, 직선 {_j(l3, '은/는')} 서로 평행하고, 이 순서대로 놓여 있습니다. 직선 {l1}{_p(l1, '과/와')} 직선 {l2} 사이의 거리는 {d1} cm, 직선 {l2}{_p(l2, '과/와')} 직선 {l3} 사이의 거리는 {d2} cm입니다. 직선 {l1}{_p(l1, '과/와')} 직선 {l3} 사이의 거리는 몇 cm입니까?",
            f"평행한 세 직선 {l1}, {l2}, {l3}{_p(l3, '이/가')} 차례로 그어져 있습니다. 평행선 {l1}, {l2} 사이의 거리가 {d1} cm이고 평행선 {l2}, {l3} 사이의 거리가 {d2} cm일 때, 가장 멀리 떨어진 두 평행선 사이의 거리를 구하시오.",
        ])
        ans = d1 + d2
    else:
        text = rng.choice([
            f"서로 평행한 직선 {l1}, {l2}, {l3}{_p(l3, '이/가')} 이 순서대로 있습니다. 직선 {l1}{_p(l1, '과/와')} 직선 {l3} 사이의 거리가 {d1 + d2} cm이고, 직선 {l1}{_p(l1, '과/와')} 직선 {l2} 사이의 거리가 {d1} cm입니다. 직선 {l2}{_p(l2, '과/와')} 직선 {l3} 사이의 거리는 몇 cm인가요?",
            f"공책에 평행선 세 개를 그렸습니다. 맨 위 직선과 맨 아래 직선 사이의 거리는 {d1 + d2} cm, 맨 위 직선과 가운데 직선 사이의 거리는 {d1} cm입니다. 가운데 직선과 맨 아래 직선 사이의 거리를 구하세요.",
        ])
        ans = d2
    return Problem(text=text, answer=f"{ans} cm", format="word", difficulty=3, achievement_level="B",
                   concepts=["평행", "평행선", "평행선 사이의 거리"])


@family("4수03-03", "perp-parallel-true-false")
def _pp_tf(rng: random.Random) -> Problem:
    trues = ["두 직선이 만나서 이루는 각이 직각일 때 두 직선은 서로 수직입니다.",
             "서로 만나지 않는 두 직선을 평행하다고 합니다.",
             "평행선 사이의 거리는 어디에서 재어도 같습니다.",
             "평행선 사이에 그은 수선의 길이를 평행선 사이의 거리라고 합니다.",
             "한 직선에 수직인 두 직선은 서로 평행합니다.",
             "직사각형의 마주 보는 두 변은 서로 평행합니다.",
             "한 직선에 대한 수선은 셀 수 없이 많이 그을 수 있습니다."]
    falses = ["평행선은 길게 늘이면 언젠가 만납니다.",
              "두 직선이 만나기만 하면 항상 서로 수직입니다.",
              "평행선 사이에 그은 선분 중에서 가장 긴 것의 길이가 평행선 사이의 거리입니다.",
              "한 직선에 평행한 직선은 한 개만 그을 수 있습니다.",
              "수선은 두 직선이 만나서 이루는 각이 예각일 때 씁니다.",
              "한 직선에 수직인 두 직선은 서로 수직입니다.",
              "평행선 사이의 거리는 재는 곳에 따라 달라집니다."]
    return _tf_mcq(rng, trues, falses, want_true=rng.random() < 0.5, concepts=["수직", "수선", "평행", "평행선"],
                   difficulty=2, level="B")


@family("4수03-03", "pairs-in-shapes")
def _pairs_in_shapes(rng: random.Random) -> Problem:
    shapes = {  # (parallel pairs of sides, perpendicular pairs of sides)
        "직사각형": (2, 4), "정사각형": (2, 4), "직각삼각형": (0, 1), "정삼각형": (0, 0),
        "네 각이 각각 90°, 90°, 60°, 120°인 사각형": (1, 2),
        "직각이 하나도 없고 마주 보는 두 쌍의 변이 각각 평행한 사각형": (2, 0),
    }
    shape = rng.choice(list(shapes))
    kind = rng.choice(["평행", "수직"])
    ans = shapes[shape][0 if kind == "평행" else 1]
    ask = "서로 평행한 변" if kind == "평행" else "서로 수직인 변"
    text = rng.choice([
        f"{shape}에서 {_j(ask, '은/는')} 모두 몇 쌍입니까?",
        f"{shape} 모양의 종이가 있습니다. 이 종이의 변 중에서 {ask}끼리 짝을 지으면 모두 몇 쌍인지 구하시오.",
        f"다음 도형에서 {_j(ask, '을/를')} 찾으면 모두 몇 쌍인가요?\n[도형] {shape}",
    ])
    return Problem(text=text, answer=f"{ans}쌍", format="word", difficulty=3, achievement_level="B",
                   concepts=["평행" if kind == "평행" else "수직"])


@family("4수03-03", "relation-reasoning")
def _relation(rng: random.Random) -> Problem:
    a, b, c = rng.sample(list(_LINES), 3)
    case = rng.choice(["pp", "pl", "ll"])
    if case == "pp":
        facts = f"직선 {_j(a, '은/는')} 직선 {c}에 수직이고, 직선 {b}도 직선 {c}에 수직입니다."
        ans = "평행"
    elif case == "pl":
        facts = f"직선 {_j(a, '과/와')} 직선 {_j(b, '은/는')} 서로 평행하고, 직선 {_j(c, '은/는')} 직선 {a}에 수직입니다."
        ans = "수직"
    else:
        facts = f"직선 {_j(a, '과/와')} 직선 {b}{_p(b, '이/가')} 평행하고, 직선 {b}{_p(b, '과/와')} 직선 {c}도 평행합니다."
        ans = "평행"
    pair = (a, b) if case == "pp" else (c, b) if case == "pl" else (a, c)
    who = name(rng)
    q = rng.choice([
        f"직선 {_j(pair[0], '과/와')} 직선 {_j(pair[1], '은/는')} 어떤 관계입니까? (평행, 수직 중에서 쓰시오.)",
        f"이때 직선 {pair[0]}{_p(pair[0], '과/와')} 직선 {pair[1]}의 관계를 쓰시오.",
        f"{_j(who, '은/는')} 직선 {pair[0]}{_p(pair[0], '과/와')} 직선 {pair[1]}의 관계를 알아보려고 합니다. 두 직선은 서로 평행입니까, 수직입니까?",
    ])
    d = 3 if case != "ll" else 2
    lines = rng.random() < 0.5
    text = f"한 평면 위에 세 직선 {a}, {b}, {c}{_p(c, '이/가')} 있습니다. {facts} {q}" if lines else f"{facts} {q}"
    return Problem(text=text, answer=ans, format="word", difficulty=d + 1, achievement_level="A",
                   concepts=["수직", "평행"])


@family("4수03-03", "definition-fill")
def _pp_fill(rng: random.Random) -> Problem:
    a, b = rng.sample(list(_LINES), 2)
    items = [
        (f"직선 {_j(a, '과/와')} 직선 {b}{_p(b, '이/가')} 만나서 이루는 각이 직각일 때, 두 직선은 서로 □입니다.", "수직"),
        (f"직선 {_j(a, '과/와')} 직선 {b}{_p(b, '이/가')} 서로 수직일 때, 직선 {_j(a, '은/는')} 직선 {b}에 대한 □입니다.", "수선"),
        (f"한 평면 위에서 직선 {_j(a, '과/와')} 직선 {b}{_p(b, '이/가')} 아무리 늘여도 만나지 않을 때, 두 직선은 서로 □하다고 합니다.", "평행"),
        (f"서로 평행한 두 직선 {a}, {_j(b, '을/를')} □이라고 합니다.", "평행선"),
        (f"평행선 {a}, {b} 사이에 그은 □의 길이를 평행선 사이의 거리라고 합니다.", "수선"),
    ]
    sent, ans = rng.choice(items)
    lead = rng.choice(["□ 안에 알맞은 말을 써넣으세요.", "빈칸에 들어갈 알맞은 말을 쓰시오.", "□에 알맞은 낱말은 무엇입니까?"])
    sent2 = sent.replace("□", "(     )") if "빈칸" in lead else sent
    return Problem(text=f"{lead}\n{sent2}", answer=ans, format="fill", difficulty=1, achievement_level="C",
                   concepts=[ans])


@family("4수03-03", "shortest-segment-table")
def _shortest_table(rng: random.Random) -> Problem:
    labs = rng.sample(list("ㄱㄴㄷㄹㅁㅂ"), rng.randint(4, 5))
    dist = rng.randint(3, 9)
    rows = []
    for i, lab in enumerate(labs):
        if i == 0:
            rows.append((lab, dist, 90))
        else:
            ang = rng.choice([30, 40, 45, 50, 60, 70, 110, 120, 130, 135, 140])
            length = max(dist + 1, math.ceil(dist / math.sin(math.radians(ang))))
            rows.append((lab, length, ang))
    rng.shuffle(rows)
    table = "| 선분 | " + " | ".join(f"선분 {r[0]}" for r in rows) + " |\n| 길이 | " + " | ".join(f"{r[1]} cm" for r in rows) + " |\n| 직선 가와 이루는 각 | " + " | ".join(f"{r[2]}°" for r in rows) + " |"
    text = rng.choice([
        f"평행선 가와 나 사이에 여러 선분을 긋고, 길이와 직선 가와 이루는 각을 재어 표로 나타냈습니다. 평행선 사이의 거리는 몇 cm입니까?\n{table}",
        f"{table}\n위 표는 평행한 두 직선 가, 나 사이에 그은 선분들을 조사한 것입니다. 평행선 사이의 거리를 나타내는 선분을 찾고, 그 거리를 구하시오.",
    ])
    seg = next(r[0] for r in rows if r[2] == 90)
    ans = f"{dist} cm" if "몇 cm입니까" in text else f"선분 {seg}, {dist} cm"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["평행선 사이의 거리", "수선"], check=lambda: min(r[1] for r in rows) == dist)


@family("4수03-03", "how-many-lines")
def _how_many_lines(rng: random.Random) -> Problem:
    cases = [
        ("한 직선에 대한 수선은 몇 개 그을 수 있습니까?", "셀 수 없이 많이 그을 수 있습니다",
         ["1개", "2개", "4개", "그을 수 없습니다"]),
        ("직선 가 밖의 한 점 ㄱ을 지나고 직선 가에 수직인 직선은 몇 개 그을 수 있습니까?", "1개",
         ["2개", "4개", "셀 수 없이 많이 그을 수 있습니다", "그을 수 없습니다"]),
        ("직선 가 밖의 한 점 ㄱ을 지나고 직선 가와 평행한 직선은 몇 개 그을 수 있습니까?", "1개",
         ["2개", "3개", "셀 수 없이 많이 그을 수 있습니다", "그을 수 없습니다"]),
        ("한 직선과 평행한 직선은 모두 몇 개 그을 수 있습니까?", "셀 수 없이 많이 그을 수 있습니다",
         ["1개", "2개", "3개", "그을 수 없습니다"]),
    ]
    q, correct, wrong = rng.choice(cases)
    if rng.random() < 0.5:
        return _mcq(rng, q, correct, wrong, difficulty=2, level="B", concepts=["수선", "평행"], n=5)
    text = rng.choice([q, q.replace("몇 개 그을 수 있습니까?", "몇 개 그을 수 있는지 쓰고, 삼각자를 이용하여 그어 보세요.")])
    return Problem(text=text, answer=correct, format="task" if "그어 보세요" in text else "word", difficulty=2,
                   achievement_level="B", concepts=["수선", "평행"])


@family("4수03-03", "real-life-perp-parallel")
def _real_pp(rng: random.Random) -> Problem:
    para = ["사다리의 가로 발판끼리", "기찻길의 두 레일", "공책에 인쇄된 가로줄끼리", "횡단보도의 흰 줄무늬끼리",
            "책장의 선반끼리", "피아노 건반의 세로 경계선끼리"]
    perp = ["십자 모양 교차로의 두 도로", "창틀의 가로 틀과 세로 틀", "방의 벽이 만나는 세로 모서리와 바닥의 가로 모서리",
            "직사각형 모양 칠판의 이웃한 두 변", "덧셈 기호(+)의 두 선분"]
    other = ["가위의 벌어진 두 날", "알파벳 V의 두 선분", "지붕의 기울어진 두 면이 만나는 모양", "부채의 펼친 두 살"]
    want = rng.choice(["평행", "수직"])
    good, bad = (para, perp + other) if want == "평행" else (perp, para + other)
    correct = rng.choice(good)
    stem = rng.choice([f"다음 중 두 선이 서로 {want}인 관계에 가장 가까운 것은 어느 것입니까?",
                       f"생활 속에서 {want} 관계를 찾을 수 있는 것을 고르시오.",
                       f"두 곧은 선을 직선으로 생각할 때 {_j(want, '을/를')} 이루는 것은 어느 것인가요?"])
    return _mcq(rng, stem, correct, rng.sample(bad, 4), difficulty=2, level="C", concepts=[want],
                check=lambda ch: ch.options[ch.correct] in good and sum(o in good for o in ch.options) == 1)


# == 4수03-04 밀기, 뒤집기, 돌리기 =================================================================
_DIRS = ("위쪽", "오른쪽", "아래쪽", "왼쪽")
_ARROW = {"위쪽": "↑", "오른쪽": "→", "아래쪽": "↓", "왼쪽": "←"}


def _move_dir(d: str, move: str) -> str:
    """Where a pointer facing ``d`` faces after ``move`` (one of the codes below)."""
    i = _DIRS.index(d)
    if move.startswith("cw"):
        return _DIRS[(i + int(move[2:]) // 90) % 4]
    if move.startswith("ccw"):
        return _DIRS[(i - int(move[3:]) // 90) % 4]
    if move == "flipH":  # 왼쪽/오른쪽으로 뒤집기
        return {"오른쪽": "왼쪽", "왼쪽": "오른쪽"}.get(d, d)
    if move == "flipV":  # 위쪽/아래쪽으로 뒤집기
        return {"위쪽": "아래쪽", "아래쪽": "위쪽"}.get(d, d)
    return d  # slide


_CONJ = {  # stem → (…면, …었습니다, …은, …었고)
    "돌리": ("돌리면", "돌렸습니다", "돌린", "돌렸고"),
    "뒤집": ("뒤집으면", "뒤집었습니다", "뒤집은", "뒤집었고"),
    "밀": ("밀면", "밀었습니다", "민", "밀었고"),
}


def _move_phrase(rng: random.Random, move: str) -> tuple[str, str]:
    """(adverbial phrase, verb stem) for a move code."""
    if move.startswith("cw"):
        return f"시계 방향으로 {move[2:]}°만큼", "돌리"
    if move.startswith("ccw"):
        return f"시계 반대 방향으로 {move[3:]}°만큼", "돌리"
    if move == "flipH":
        return rng.choice(["오른쪽으로", "왼쪽으로"]), "뒤집"
    if move == "flipV":
        return rng.choice(["위쪽으로", "아래쪽으로"]), "뒤집"
    return f"{rng.choice(_DIRS)}으로 {rng.randint(2, 9)} cm", "밀"


def _move_words(rng: random.Random, move: str, form: int = 0) -> str:
    """The move as words; ``form`` 0: …면, 1: …었습니다, 2: …은, 3: …었고."""
    adv, stem = _move_phrase(rng, move)
    return f"{adv} {_CONJ[stem][form]}"


_MOVES = ("cw90", "cw180", "cw270", "ccw90", "ccw180", "ccw270", "flipH", "flipV", "slide")


@family("4수03-04", "arrow-after-move")
def _arrow_move(rng: random.Random) -> Problem:
    d0 = rng.choice(_DIRS)
    move = rng.choice(_MOVES)
    d1 = _move_dir(d0, move)
    obj = rng.choice([f"{d0}을 가리키는 화살표({_ARROW[d0]}) 모양 카드", f"{d0}을 가리키는 화살표 {_ARROW[d0]}",
                      f"뾰족한 부분이 {d0}을 향하는 화살표 모양 조각"])
    mw = _move_words(rng, move)
    if rng.random() < 0.4:
        stem = f"{_j(obj, '을/를')} {mw} 화살표는 어느 쪽을 가리킵니까?"
        return _mcq(rng, stem, d1, [d for d in _DIRS if d != d1] + ["처음과 같은 방향을 가리킬 수 없습니다"],
                    difficulty=2, level="C", concepts=["밀기", "뒤집기", "돌리기"],
                    check=lambda ch: ch.options[ch.correct] == _move_dir(d0, move))
    text = rng.choice([f"{_j(obj, '을/를')} {mw} 화살표는 어느 쪽을 가리키게 됩니까?",
                       f"□ 안에 알맞은 말을 써넣으세요.\n{_j(obj, '을/를')} {mw} 화살표는 □을 가리킵니다.",
                       f"{_j(name(rng), '이/가')} {_j(obj, '을/를')} {_move_words(rng, move, 1)}. 화살표가 가리키는 방향을 쓰세요."])
    return Problem(text=text, answer=d1, format="fill" if "□" in text else "word", difficulty=2,
                   achievement_level="C" if move in ("slide", "flipH", "flipV", "cw180", "ccw180") else "B",
                   concepts=["밀기", "뒤집기", "돌리기"], check=lambda: d1 == _move_dir(d0, move))


_VOWEL_BY_DIR = {"오른쪽": "ㅏ", "왼쪽": "ㅓ", "위쪽": "ㅗ", "아래쪽": "ㅜ"}


@family("4수03-04", "vowel-letter-move")
def _vowel_move(rng: random.Random) -> Problem:
    d0 = rng.choice(_DIRS)
    v0 = _VOWEL_BY_DIR[d0]
    move = rng.choice(("cw90", "cw180", "cw270", "ccw90", "ccw180", "flipH", "flipV"))
    v1 = _VOWEL_BY_DIR[_move_dir(d0, move)]
    mw = _move_words(rng, move)
    who = name(rng)
    text = rng.choice([
        f"글자 카드 '{v0}'{_p('아', '을/를')} {mw} 어떤 글자 모양이 됩니까?",
        f"{_j(who, '은/는')} 모음 '{v0}'{_p('아', '이/가')} 쓰인 투명 카드를 {_move_words(rng, move, 1)}. 카드에 보이는 글자는 무엇인지 쓰시오.",
        f"한글 모음 {v0} 모양의 조각을 {mw} 어느 모음과 같은 모양이 되는지 쓰세요.",
    ])
    wrong = [v for v in "ㅏㅓㅗㅜ" if v != v1] + ["ㅡ", "ㅣ"]
    if rng.random() < 0.35:
        return _mcq(rng, text.replace("무엇인지 쓰시오.", "어느 것입니까?").replace("되는지 쓰세요.", "되는지 고르세요."),
                    v1, wrong, difficulty=3, level="B", concepts=["뒤집기", "돌리기"])
    return Problem(text=text, answer=v1, format="word", difficulty=3, achievement_level="B",
                   concepts=["뒤집기", "돌리기"], check=lambda: v1 == _VOWEL_BY_DIR[_move_dir(d0, move)])


_SEG = {0: "abcdef", 1: "bc", 2: "abdeg", 3: "abcdg", 4: "bcfg", 5: "acdfg", 6: "acdefg", 7: "abc",
        8: "abcdefg", 9: "abcdfg"}
_SEG_MAP = {"rot": str.maketrans("abcdef", "defabc"), "flipV": str.maketrans("abcdef", "dcbafe"),
            "flipH": str.maketrans("bcef", "fecb")}


def _seg_digit(d: int, move: str) -> int | None:
    segs = "".join(sorted(_SEG[d].translate(_SEG_MAP[move])))
    for k, v in _SEG.items():
        if "".join(sorted(v)) == segs:
            return k
    return None


def _seg_number(n: int, move: str) -> int | None:
    ds = [int(c) for c in str(n)]
    if move in ("rot", "flipH"):
        ds = ds[::-1]
    out = [_seg_digit(d, move) for d in ds]
    if any(o is None for o in out) or out[0] == 0:
        return None
    return int("".join(map(str, out)))


@family("4수03-04", "digital-number-card")
def _digit_card(rng: random.Random) -> Problem:
    move = rng.choice(["rot", "rot", "flipV", "flipH"])
    while True:
        n = rng.randint(100, 9999) if move == "rot" else rng.randint(10, 999)
        m = _seg_number(n, move)
        if m is not None and m != n:
            break
    mw = {"rot": rng.choice(["시계 방향으로 180°만큼 돌리면", "시계 반대 방향으로 180°만큼 돌리면"]),
          "flipV": rng.choice(["위쪽으로 뒤집으면", "아래쪽으로 뒤집으면"]),
          "flipH": rng.choice(["오른쪽으로 뒤집으면", "왼쪽으로 뒤집으면"])}[move]
    card = rng.choice(["전자시계 숫자 모양으로 쓴 수 카드", "디지털 숫자로 나타낸 수 카드", "계산기 화면 숫자 모양의 카드"])
    if rng.random() < 0.5:
        text = rng.choice([f"{card} [{n}]{_p(str(n), '을/를')} {mw} 어떤 수가 됩니까?",
                           f"{card}에 {_j(str(n), '이/가')} 쓰여 있습니다. 이 카드를 {mw} 나타나는 수를 쓰시오."])
        return Problem(text=text, answer=str(m), format="word", difficulty=3, achievement_level="B",
                       concepts=["뒤집기", "돌리기"], check=lambda: _seg_number(m, move) == n)
    big, small = max(n, m), min(n, m)
    text = rng.choice([f"{card} [{n}]{_p(str(n), '을/를')} {mw} 새로운 수가 됩니다. 처음 수와 새로 만들어진 수의 차를 구하시오.",
                       f"{_j(name(rng), '은/는')} {card}에 쓰인 수 {_j(str(n), '을/를')} {mw[:-2] + ('렸습니다' if mw.endswith('돌리면') else '었습니다')}. 이때 보이는 수와 처음 수 중 큰 수에서 작은 수를 빼면 얼마입니까?"])
    return Problem(text=text, answer=str(big - small), format="word", difficulty=4, achievement_level="A",
                   concepts=["뒤집기", "돌리기"], check=lambda: abs(n - _seg_number(n, move)) == big - small)


@family("4수03-04", "letters-unchanged")
def _letters_unchanged(rng: random.Random) -> Problem:
    sets = {  # which capital letters look the same after the move
        "flipH": set("AHIMOTUVWXY"), "flipV": set("BCDEHIKOX"), "rot": set("HINOSXZ"),
    }
    move = rng.choice(list(sets))
    pool = "ABCDEFGHIJKLMNOPRSTUVWXYZ"
    good = sorted(sets[move])
    bad = [c for c in pool if c not in sets[move] and c not in "Q"]
    mw = {"flipH": rng.choice(["오른쪽으로 뒤집었을 때", "왼쪽으로 뒤집었을 때"]),
          "flipV": rng.choice(["위쪽으로 뒤집었을 때", "아래쪽으로 뒤집었을 때"]),
          "rot": rng.choice(["시계 방향으로 180°만큼 돌렸을 때", "시계 반대 방향으로 180°만큼 돌렸을 때"])}[move]
    if rng.random() < 0.5:
        correct = rng.choice(good)
        stem = rng.choice([f"다음 알파벳 대문자 중에서 {mw} 처음 모양과 같은 것은 어느 것입니까?",
                           f"{mw} 모양이 변하지 않는 알파벳을 고르시오."])
        return _mcq(rng, stem, correct, rng.sample(bad, 4), difficulty=3, level="B", concepts=["뒤집기", "돌리기"],
                    check=lambda ch: ch.options[ch.correct] in sets[move])
    shown = rng.sample(good, rng.randint(1, 3)) + rng.sample(bad, rng.randint(3, 4))
    shown.sort()
    ans = [c for c in shown if c in sets[move]]
    text = rng.choice([f"{' '.join(shown)}\n위의 알파벳 중에서 {mw} 처음 모양과 같은 글자는 모두 몇 개입니까?",
                       f"알파벳 {', '.join(shown)} 중 {mw} 처음과 모양이 같은 글자를 모두 찾아 쓰세요."])
    return Problem(text=text, answer=f"{len(ans)}개" if "몇 개" in text else ", ".join(ans), format="word",
                   difficulty=3, achievement_level="B", concepts=["뒤집기", "돌리기"])


@family("4수03-04", "equivalent-rotations")
def _equiv_rot(rng: random.Random) -> Problem:
    k = rng.choice([90, 180, 270])
    cw = rng.random() < 0.5
    eq = 360 - k
    d0, d1 = ("시계 방향", "시계 반대 방향") if cw else ("시계 반대 방향", "시계 방향")
    if rng.random() < 0.5:
        text = rng.choice([f"도형을 {d0}으로 {k}°만큼 돌린 모양은 {d1}으로 몇 도만큼 돌린 모양과 같습니까?",
                           f"□ 안에 알맞은 수를 써넣으세요.\n어떤 도형을 {d0}으로 {k}°만큼 돌린 것은 {d1}으로 □°만큼 돌린 것과 같습니다."])
        return Problem(text=text, answer=f"{eq}°", format="fill", difficulty=3, achievement_level="B",
                       concepts=["돌리기"], check=lambda: (k + eq) % 360 == 0)
    times = rng.randint(2, 7)
    step = rng.choice([90, 180])
    total = step * times % 360
    text = rng.choice([f"도형을 {d0}으로 {step}°만큼 {times}번 돌렸습니다. 이 모양은 {d0}으로 몇 도만큼 한 번 돌린 모양과 같습니까? (0°, 90°, 180°, 270° 중에서 답하시오.)",
                       f"모양 조각을 {d0}으로 {step}°씩 {times}번 돌린 결과는 {d0}으로 한 번에 몇 도 돌린 것과 같은지 쓰세요. (0°, 90°, 180°, 270° 중에서 고르시오.)"])
    ans = f"{total}° (처음 모양과 같습니다)" if total == 0 else f"{total}°"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A",
                   concepts=["돌리기"], check=lambda: (step * times - total) % 360 == 0)


@family("4수03-04", "motion-true-false")
def _motion_tf(rng: random.Random) -> Problem:
    trues = ["도형을 밀면 위치만 바뀌고 모양과 방향은 바뀌지 않습니다.",
             "도형을 오른쪽으로 뒤집으면 도형의 왼쪽과 오른쪽이 서로 바뀝니다.",
             "도형을 위쪽으로 뒤집으면 도형의 위쪽과 아래쪽이 서로 바뀝니다.",
             "도형을 왼쪽으로 뒤집은 모양과 오른쪽으로 뒤집은 모양은 같습니다.",
             "도형을 시계 방향으로 360°만큼 돌리면 처음 모양과 같습니다.",
             "도형을 위쪽으로 두 번 뒤집으면 처음 모양과 같습니다.",
             "도형을 시계 방향으로 180°만큼 돌린 모양과 시계 반대 방향으로 180°만큼 돌린 모양은 같습니다."]
    falses = ["도형을 밀면 도형의 방향이 바뀝니다.",
              "도형을 오른쪽으로 뒤집으면 위쪽과 아래쪽이 서로 바뀝니다.",
              "도형을 위쪽으로 뒤집은 모양과 오른쪽으로 뒤집은 모양은 항상 같습니다.",
              "도형을 시계 방향으로 90°만큼 돌린 모양과 시계 반대 방향으로 90°만큼 돌린 모양은 항상 같습니다.",
              "도형을 뒤집으면 크기가 달라집니다.",
              "도형을 아래쪽으로 세 번 뒤집으면 처음 모양과 같습니다.",
              "도형을 돌리면 모양의 크기도 함께 커집니다."]
    return _tf_mcq(rng, trues, falses, want_true=rng.random() < 0.5, concepts=["밀기", "뒤집기", "돌리기"],
                   difficulty=2, level="B")


@family("4수03-04", "real-life-motion")
def _real_motion(rng: random.Random) -> Problem:
    ex = {
        "밀기": ["미닫이문을 옆으로 여는 것", "서랍을 앞으로 빼는 것", "엘리베이터가 위로 올라가는 것",
                 "같은 모양의 타일을 옆으로 나란히 이어 붙인 무늬"],
        "뒤집기": ["거울에 비친 내 모습", "물감을 찍고 종이를 반으로 접었다 편 데칼코마니 그림", "호수에 거꾸로 비친 산의 모습"],
        "돌리기": ["바람에 도는 바람개비", "시계의 초바늘이 움직이는 것", "회전문이 돌아가는 것", "자동차 핸들을 돌리는 것"],
    }
    want = rng.choice(list(ex))
    correct = rng.choice(ex[want])
    wrong = [e for k, v in ex.items() if k != want for e in v]
    stem = rng.choice([f"다음 중 평면도형의 {_j(want, '을/를')} 떠올릴 수 있는 생활 속 예는 어느 것입니까?",
                       f"{want}의 예로 가장 알맞은 것을 고르시오.",
                       f"생활 속에서 {want} 활동과 관련 있는 것은 어느 것인가요?"])
    return _mcq(rng, stem, correct, rng.sample(wrong, 4), difficulty=1, level="C", concepts=[want],
                check=lambda ch: ch.options[ch.correct] in ex[want])


@family("4수03-04", "clock-hand-turn")
def _clock_turn(rng: random.Random) -> Problem:
    start = rng.choice([12, 3, 6, 9])
    deg = rng.choice([90, 180, 270])
    cw = rng.random() < 0.6
    steps = deg // 30
    end = ((start + steps - 1) % 12 + 1) if cw else ((start - steps - 1) % 12 + 1)
    dirw = "시계 방향" if cw else "시계 반대 방향"
    text = rng.choice([
        f"시계의 긴바늘이 {start}{_p(str(start), '을/를')} 가리키고 있습니다. 시계의 중심을 기준으로 긴바늘만 {dirw}으로 {deg}°만큼 돌리면 긴바늘은 어느 숫자를 가리킵니까?",
        f"숫자 {start}{_p(str(start), '을/를')} 가리키던 시곗바늘을 {dirw}으로 {deg}°만큼 돌렸습니다. 바늘 끝이 가리키는 숫자를 쓰시오.",
        f"시계 모양 판의 바늘이 {start}에 있습니다. 바늘을 {dirw}으로 {deg}°만큼 돌리면 몇을 가리키게 될까요?",
    ])
    return Problem(text=text, answer=str(end), format="word", difficulty=3, achievement_level="B",
                   concepts=["돌리기"], check=lambda: (end * 30 - start * 30 - (deg if cw else -deg)) % 360 == 0)


@family("4수03-04", "explain-motion-result")
def _explain_motion(rng: random.Random) -> Problem:
    d0 = rng.choice(_DIRS)
    pair = rng.choice([("flipH", "cw180"), ("flipV", "cw180"), ("cw90", "ccw270"), ("flipH", "flipV")])
    m1, m2 = pair
    p1, p2 = _move_phrase(rng, m1), _move_phrase(rng, m2)
    r1, r2 = _move_dir(d0, m1), _move_dir(d0, m2)
    same = r1 == r2
    a, b = names(rng, 2)
    text = rng.choice([
        f"{d0}을 가리키는 화살표 카드가 있습니다. {_j(a, '은/는')} 이 카드를 {p1[0]} {_CONJ[p1[1]][3]}, {_j(b, '은/는')} {p2[0]} {_CONJ[p2[1]][1]}. 두 사람이 움직인 카드의 화살표가 가리키는 방향이 같은지 다른지 쓰고, 그 까닭을 설명하시오.",
        f"{d0}을 가리키는 화살표를 {p1[0]} {_CONJ[p1[1]][2]} 결과와 {p2[0]} {_CONJ[p2[1]][2]} 결과를 비교하여 설명해 보세요.",
    ])
    ans = (f"{'같습니다' if same else '다릅니다'}. {p1[0]} {_CONJ[p1[1]][0]} 화살표는 {_j(r1, '을/를')} 가리키고, "
           f"{p2[0]} {_CONJ[p2[1]][0]} {_j(r2, '을/를')} 가리킵니다.")
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A",
                   concepts=["뒤집기", "돌리기"])


# == 4수03-05 평면에서 점의 이동 ===================================================================
def _grid(w: int, h: int, marks: dict[str, tuple[int, int]]) -> str:
    """A text picture of grid points; ``marks`` maps a label to (column, row), row 0 at the top."""
    rows = []
    for r in range(h):
        cells = []
        for c in range(w):
            lab = next((k for k, v in marks.items() if v == (c, r)), None)
            cells.append(lab or "·")
        rows.append(" ".join(cells))
    return "\n".join(rows)


def _move_text(dx: int, dy: int, unit: str, *, order: str = "xy") -> str:
    """Words for a move: dx > 0 right, dy > 0 up."""
    parts = []
    xs = f"{'오른쪽' if dx > 0 else '왼쪽'}으로 {abs(dx)}{unit}" if dx else ""
    ys = f"{'위쪽' if dy > 0 else '아래쪽'}으로 {abs(dy)}{unit}" if dy else ""
    for p in ((xs, ys) if order == "xy" else (ys, xs)):
        if p:
            parts.append(p)
    return ", ".join(parts) if parts else "이동하지 않음"


def _two_points(rng: random.Random, w: int, h: int) -> tuple[tuple[int, int], tuple[int, int]]:
    while True:
        a = (rng.randrange(w), rng.randrange(h))
        b = (rng.randrange(w), rng.randrange(h))
        if a[0] != b[0] or a[1] != b[1]:
            return a, b


@family("4수03-05", "grid-describe-move")
def _grid_describe(rng: random.Random) -> Problem:
    w, h = rng.randint(6, 8), rng.randint(4, 6)
    a, b = _two_points(rng, w, h)
    pa, pb = rng.sample(_PTS[:6], 2)
    dx, dy = b[0] - a[0], a[1] - b[1]
    unit = rng.choice(["칸", " cm"])
    note = "" if unit == "칸" else rng.choice(["(점과 점 사이의 한 칸은 1 cm입니다.)", "(모눈 한 칸의 길이는 1 cm입니다.)"])
    g = _grid(w, h, {pa: a, pb: b})
    text = rng.choice([
        f"다음은 모눈 위의 점을 나타낸 것입니다. {note}\n{g}\n점 {_j(pa, '을/를')} 점 {pb}의 위치로 옮기려면 어느 쪽으로 몇 {unit.strip()} 이동해야 하는지 설명하시오.",
        f"{g}\n{note}\n위 그림에서 점 {_j(pa, '을/를')} 어떻게 이동하면 점 {pb}에 도착하는지 방향과 {'칸 수' if unit == '칸' else '거리'}를 써 보세요.",
    ]).replace("\n\n", "\n").replace(" \n", "\n")
    ans = _move_text(dx, dy, unit)
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="B",
                   concepts=["점의 이동"], check=lambda: (a[0] + dx, a[1] - dy) == b)


@family("4수03-05", "grid-follow-instructions")
def _grid_follow(rng: random.Random) -> Problem:
    w, h = 7, 6
    start = (rng.randint(1, 5), rng.randint(1, 4))
    while True:
        dx, dy = rng.randint(-3, 3), rng.randint(-3, 3)
        end = (start[0] + dx, start[1] - dy)
        if (dx or dy) and 0 <= end[0] < w and 0 <= end[1] < h:
            break
    cands: dict[str, tuple[int, int]] = {}
    labels = rng.sample(list("ㄴㄷㄹㅁㅂ"), 4)
    cands[labels[0]] = end
    decoys = [(end[0] - dx, end[1]), (end[0], end[1] + 2 * dy if dy else end[1] + 1), (start[0] + dy, start[1] - dx),
              (start[0] - dx, start[1] + dy), (end[0] + 1, end[1])]
    for lab in labels[1:]:
        for d in decoys:
            if 0 <= d[0] < w and 0 <= d[1] < h and d not in cands.values() and d != start:
                cands[lab] = d
                break
        else:
            for _ in range(100):
                d = (rng.randrange(w), rng.randrange(h))
                if d not in cands.values() and d != start:
                    cands[lab] = d
                    break
    marks = {"ㄱ": start, **cands}
    g = _grid(w, h, marks)
    order = rng.choice(["xy", "yx"])
    mv = _move_text(dx, dy, "칸", order=order)
    text = rng.choice([
        f"{g}\n점 ㄱ을 {mv} 이동하면 어느 점의 위치에 도착합니까?",
        f"다음 그림에서 점 ㄱ을 {mv} 옮겼습니다. 옮긴 위치에 있는 점의 이름을 쓰시오.\n{g}",
        f"{g}\n말 ㄱ이 {mv} 움직였습니다. 말이 멈춘 곳에 있는 점을 찾아 쓰세요.",
    ])
    ans = next(k for k, v in cands.items() if v == end)
    return Problem(text=text, answer=f"점 {ans}", format="data", difficulty=2, achievement_level="C",
                   concepts=["점의 이동"], check=lambda: marks[ans] == (start[0] + dx, start[1] - dy))


@family("4수03-05", "cells-and-cm")
def _cells_cm(rng: random.Random) -> Problem:
    cell = rng.choice([1, 2, 3, 5])
    n = rng.randint(2, 8)
    d = rng.choice(_DIRS)
    who = name(rng)
    if rng.random() < 0.5:
        text = rng.choice([
            f"모눈 한 칸의 길이가 {cell} cm인 모눈종이 위에서 점을 {d}으로 {n}칸 이동했습니다. 점은 {d}으로 몇 cm 이동한 것입니까?",
            f"□ 안에 알맞은 수를 써넣으세요.\n한 칸이 {cell} cm인 모눈에서 점을 {d}으로 {n}칸 옮기는 것은 {d}으로 □ cm 옮기는 것과 같습니다.",
        ])
        ans = f"{cell * n} cm"
    else:
        text = rng.choice([
            f"한 칸의 길이가 {cell} cm인 모눈종이에서 {_j(who, '은/는')} 점을 {d}으로 {cell * n} cm 옮겼습니다. 점을 몇 칸 옮긴 것인지 구하시오.",
            f"□ 안에 알맞은 수를 써넣으세요.\n모눈 한 칸이 {cell} cm일 때, {d}으로 {cell * n} cm 이동하는 것은 {d}으로 □칸 이동하는 것과 같습니다.",
        ])
        ans = f"{n}칸"
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "word", difficulty=2,
                   achievement_level="C", concepts=["점의 이동"])


@family("4수03-05", "reverse-move")
def _reverse_move(rng: random.Random) -> Problem:
    dx, dy = rng.choice([-1, 1]) * rng.randint(1, 6), rng.choice([-1, 1]) * rng.randint(1, 6)
    unit = rng.choice(["칸", " cm"])
    a, b = rng.sample(_PTS[:6], 2)
    order = rng.choice(["xy", "yx"])
    text = rng.choice([
        f"점 {_j(a, '을/를')} {_move_text(dx, dy, unit, order=order)} 이동한 곳에 점 {_j(b, '이/가')} 있습니다. 점 {_j(b, '을/를')} 점 {a}의 위치로 옮기려면 어떻게 이동해야 합니까?",
        f"{_j(name(rng), '은/는')} 모눈종이 위의 점 {_j(a, '을/를')} {_move_text(dx, dy, unit, order=order)} 옮겨 점 {b}{_p(b, '을/를')} 찍었습니다. 점 {b}에서 다시 점 {a}{_p(a, '으로/로')} 가려면 어느 쪽으로 얼마만큼 이동해야 하는지 쓰시오.",
    ])
    ans = _move_text(-dx, -dy, unit, order=order)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["점의 이동"])


@family("4수03-05", "combine-moves")
def _combine_moves(rng: random.Random) -> Problem:
    k = rng.randint(3, 4)
    moves = []
    for _ in range(k):
        d = rng.choice(_DIRS)
        moves.append((d, rng.randint(1, 6)))
    dx = sum(n if d == "오른쪽" else -n if d == "왼쪽" else 0 for d, n in moves)
    dy = sum(n if d == "위쪽" else -n if d == "아래쪽" else 0 for d, n in moves)
    if dx == 0 and dy == 0:
        moves[-1] = ("오른쪽", moves[-1][1])
        dx = sum(n if d == "오른쪽" else -n if d == "왼쪽" else 0 for d, n in moves)
        dy = sum(n if d == "위쪽" else -n if d == "아래쪽" else 0 for d, n in moves)
    unit = rng.choice(["칸", " cm"])
    seq = ", 이어서 ".join(f"{d}으로 {n}{unit}" for d, n in moves)
    text = rng.choice([
        f"점 ㄱ을 {seq} 차례로 이동했습니다. 처음 위치에서 보면 점 ㄱ은 어느 쪽으로 얼마만큼 이동한 것입니까?",
        f"로봇이 모눈 위에서 {seq} 움직였습니다. 로봇이 멈춘 곳은 출발한 곳에서 어느 방향으로 얼마나 떨어져 있는지 쓰시오.",
        f"{_j(name(rng), '은/는')} 게임 말을 {seq} 옮겼습니다. 한 번에 옮겨서 같은 자리에 놓으려면 어떻게 옮기면 되는지 설명하세요.",
    ])
    ans = _move_text(dx, dy, unit)
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A",
                   concepts=["점의 이동"])


@family("4수03-05", "choose-correct-description")
def _choose_desc(rng: random.Random) -> Problem:
    while True:
        dx, dy = rng.choice([-1, 1]) * rng.randint(1, 5), rng.choice([-1, 1]) * rng.randint(1, 5)
        if abs(dx) != abs(dy):
            break
    w, h = 7, 6
    ax = rng.randint(max(0, -dx), min(w - 1, w - 1 - dx))
    ay = rng.randint(max(0, dy), min(h - 1, h - 1 + dy))
    a, b = (ax, ay), (ax + dx, ay - dy)
    g = _grid(w, h, {"ㄱ": a, "ㄴ": b})
    correct = _move_text(dx, dy, "칸")
    wrong = [_move_text(-dx, dy, "칸"), _move_text(dx, -dy, "칸"), _move_text(-dx, -dy, "칸"),
             _move_text(dy, dx, "칸"), _move_text(dx + 1, dy, "칸"), _move_text(dx, dy - 1 if dy > 1 else dy + 1, "칸")]
    stem = rng.choice([f"{g}\n점 ㄱ을 점 ㄴ의 위치로 옮기는 방법을 바르게 말한 것은 어느 것입니까?",
                       f"다음 그림을 보고 점 ㄱ이 점 ㄴ까지 가는 방법으로 알맞은 것을 고르시오.\n{g}"])
    return _mcq(rng, stem, correct, wrong, difficulty=2, level="B", concepts=["점의 이동"])


@family("4수03-05", "map-relative-places")
def _map_places(rng: random.Random) -> Problem:
    places = rng.sample(["도서관", "음악실", "과학실", "급식실", "보건실", "강당", "운동장", "교무실"], 3)
    base, p1, p2 = places
    v1 = (rng.randint(-5, 5), rng.randint(-5, 5))
    v2 = (rng.randint(-5, 5), rng.randint(-5, 5))
    while v1 == v2 or v1 == (0, 0) or v2 == (0, 0):
        v2 = (rng.randint(-5, 5), rng.randint(-5, 5))
        v1 = (rng.randint(-5, 5), rng.randint(-5, 5))
    unit = rng.choice(["칸", " cm"])
    head = "학교 안내도를 모눈종이에 그렸습니다." if unit == "칸" else "한 칸이 1 cm인 모눈종이에 학교 안내도를 그렸습니다."
    text = rng.choice([
        f"{head} {_j(p1, '은/는')} {base}에서 {_move_text(*v1, unit)} 간 곳에 있고, {_j(p2, '은/는')} {base}에서 {_move_text(*v2, unit)} 간 곳에 있습니다. 안내도에서 {p1}에서 {p2}까지 가려면 어떻게 이동해야 합니까?",
        f"{head}\n· {p1}: {base}에서 {_move_text(*v1, unit)}\n· {p2}: {base}에서 {_move_text(*v2, unit)}\n{p1}에서 출발하여 {p2}에 도착하는 이동 방법을 쓰시오.",
    ])
    ans = _move_text(v2[0] - v1[0], v2[1] - v1[1], unit)
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A",
                   concepts=["점의 이동"], check=lambda: (v1[0] + v2[0] - v1[0], v1[1] + v2[1] - v1[1]) == v2)


@family("4수03-05", "explain-two-ways")
def _two_ways(rng: random.Random) -> Problem:
    dx, dy = rng.choice([-1, 1]) * rng.randint(2, 6), rng.choice([-1, 1]) * rng.randint(2, 6)
    unit = rng.choice(["칸", " cm"])
    who = name(rng)
    text = rng.choice([
        f"점 ㄴ은 점 ㄱ에서 {_move_text(dx, dy, unit)} 떨어진 곳에 있습니다. 점 ㄱ을 점 ㄴ으로 옮기는 방법을 두 가지로 설명해 보세요.",
        f"{_j(who, '은/는')} \"점 ㄱ을 {_move_text(dx, dy, unit, order='yx')} 이동해도, {_move_text(dx, dy, unit)} 이동해도 같은 곳에 도착해.\"라고 말했습니다. {who}의 말이 옳은지 쓰고 그 까닭을 설명하시오.",
    ])
    if "두 가지" in text:
        ans = f"방법 1: {_move_text(dx, dy, unit)} 이동합니다. 방법 2: {_move_text(dx, dy, unit, order='yx')} 이동합니다."
        fmt = "task"
    else:
        ans = "옳습니다. 이동하는 순서만 다를 뿐 가로 방향과 세로 방향으로 이동하는 거리가 같으므로 같은 곳에 도착합니다."
        fmt = "proof"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="A", concepts=["점의 이동"])


# == 4수03-06 원의 중심, 반지름, 지름 ===============================================================
def _len_unit(rng: random.Random) -> str:
    return rng.choice(["cm", "cm", "cm", "mm", "m"])


@family("4수03-06", "radius-diameter")
def _rad_dia(rng: random.Random) -> Problem:
    r = rng.randint(2, 30)
    u = _len_unit(rng)
    if u == "mm":
        r *= 5
    obj = rng.choice(["원", "원 모양의 접시", "동그란 벽시계", "원 모양의 거울", "원 모양의 쟁반"])
    if u == "m":
        obj = rng.choice(["원 모양의 화단", "원 모양의 연못", "원 모양의 분수대", "원 모양의 놀이터"])
    elif u == "mm":
        obj = rng.choice(["동전", "원 모양의 단추", "원", "구슬 모양 스티커"])
    if rng.random() < 0.5:
        text = rng.choice([
            f"반지름이 {r} {u}인 {obj}의 지름은 {_ask_num(rng, u)}",
            f"□ 안에 알맞은 수를 써넣으세요.\n{obj}의 반지름이 {r} {u}이면 지름은 □ {u}입니다.",
            f"{obj}의 중심에서 테두리까지의 길이가 {r} {u}입니다. 이 {obj}의 지름을 구하시오.",
        ])
        ans = 2 * r
    else:
        text = rng.choice([
            f"지름이 {2 * r} {u}인 {obj}의 반지름은 {_ask_num(rng, u)}",
            f"□ 안에 알맞은 수를 써넣으세요.\n지름이 {2 * r} {u}인 {obj}의 반지름은 □ {u}입니다.",
            f"{obj}의 지름을 재었더니 {2 * r} {u}였습니다. 반지름은 얼마입니까?",
        ])
        ans = r
    return Problem(text=text, answer=f"{ans} {u}", format="fill" if "□" in text else "computation",
                   difficulty=1, achievement_level="C", concepts=["반지름", "지름"])


@family("4수03-06", "compare-circle-sizes")
def _compare_circles(rng: random.Random) -> Problem:
    rs = rng.sample(range(3, 16), 5)
    labels = list("가나다라마")
    descs = []
    for lab, r in zip(labels, rs, strict=True):
        if rng.random() < 0.5:
            descs.append((lab, r, f"반지름이 {r} cm인 원"))
        else:
            descs.append((lab, r, f"지름이 {2 * r} cm인 원"))
    want = rng.choice(["큰", "작은"])
    best = max(descs, key=lambda x: x[1]) if want == "큰" else min(descs, key=lambda x: x[1])
    stem = rng.choice([f"다음 중 크기가 가장 {want} 원은 어느 것입니까?",
                       f"가장 {want} 원을 찾아 기호를 쓰시오."])
    # options carry the description; distractor logic: comparing raw numbers without converting
    correct = best[2]
    wrong = [d[2] for d in descs if d is not best]
    p = _mcq(rng, stem, correct, wrong, difficulty=3, level="B", concepts=["반지름", "지름"],
             check=lambda ch: True)
    radius_of = {d[2]: d[1] for d in descs}
    chosen = p.choice
    assert chosen is not None
    opts_r = [radius_of[o] for o in chosen.options]
    p.check = lambda: opts_r[chosen.correct] == (max(opts_r) if want == "큰" else min(opts_r))
    return p


@family("4수03-06", "circles-in-rectangle")
def _circles_rect(rng: random.Random) -> Problem:
    r = rng.randint(2, 9)
    n = rng.randint(2, 5)
    L, W = 2 * r * n, 2 * r
    ask = rng.choice(["가로", "둘레", "세로"])
    lead = rng.choice([f"반지름이 {r} cm인 원 {n}개를 서로 맞닿게 한 줄로 늘어놓고, 그 둘레에 꼭 맞는 직사각형을 그렸습니다.",
                       f"지름이 {2 * r} cm인 동전 모양 원 {n}개가 직사각형 모양 상자 안에 한 줄로 꼭 맞게 들어 있습니다.",
                       f"크기가 같은 원 {n}개를 가로로 나란히 맞닿게 그리고 직사각형으로 둘러쌌습니다. 원 하나의 반지름은 {r} cm입니다."])
    if ask == "가로":
        q = rng.choice(["직사각형의 가로는 몇 cm입니까?", "직사각형의 긴 변의 길이를 구하시오."])
        ans = L
    elif ask == "세로":
        q = rng.choice(["직사각형의 세로는 몇 cm입니까?", "직사각형의 짧은 변의 길이를 구하세요."])
        ans = W
    else:
        q = rng.choice(["직사각형의 네 변의 길이의 합은 몇 cm입니까?", "직사각형의 네 변의 길이를 모두 더하면 몇 cm인지 구하시오."])
        ans = 2 * (L + W)
    d = 3 if ask != "둘레" else 4
    return Problem(text=f"{lead} {q}", answer=f"{ans} cm", format="word", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["반지름", "지름"], check=lambda: ans in (2 * r * n, 2 * r, 4 * r * n + 4 * r))


@family("4수03-06", "overlapping-circles-chain")
def _chain(rng: random.Random) -> Problem:
    r = rng.randint(2, 8)
    n = rng.randint(2, 6)
    mode = rng.choice(["through-centre", "touching"])
    if mode == "through-centre":
        total = r * (n + 1)
        lead = rng.choice([f"반지름이 {r} cm인 원 {n}개를 한 원의 중심이 이웃한 원의 원 위에 오도록 한 줄로 겹쳐 그렸습니다.",
                           f"크기가 같은 원 {n}개를 서로의 중심을 지나도록 한 줄로 이어 그렸습니다. 원 하나의 반지름은 {r} cm입니다."])
    else:
        total = 2 * r * n
        lead = rng.choice([f"반지름이 {r} cm인 원 {n}개를 겹치지 않게 서로 맞닿도록 한 줄로 그렸습니다.",
                           f"지름이 {2 * r} cm인 원 {n}개를 한 줄로 이어 붙여 그렸습니다. 이웃한 원은 한 점에서만 만납니다."])
    q = rng.choice(["맨 왼쪽 원의 왼쪽 끝에서 맨 오른쪽 원의 오른쪽 끝까지의 길이는 몇 cm입니까?",
                    "그린 모양 전체의 가로 길이를 구하시오.", "양 끝 사이의 거리는 몇 cm일까요?"])

    def sim() -> bool:
        left = 0 - r
        centres = [i * (r if mode == "through-centre" else 2 * r) for i in range(n)]
        return centres[-1] + r - left == total

    d = 4 if mode == "through-centre" else 3
    return Problem(text=f"{lead} {q}", answer=f"{total} cm", format="word", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["원의 중심", "반지름", "지름"], check=sim)


@family("4수03-06", "circle-true-false")
def _circle_tf(rng: random.Random) -> Problem:
    trues = ["한 원에서 원의 중심은 1개입니다.",
             "한 원에서 반지름은 셀 수 없이 많이 그을 수 있습니다.",
             "한 원에서 반지름의 길이는 모두 같습니다.",
             "지름은 원의 중심을 지납니다.",
             "한 원에서 지름은 반지름의 2배입니다.",
             "지름은 원 위의 두 점을 이은 선분 중에서 가장 긴 선분입니다.",
             "지름은 원을 똑같이 둘로 나눕니다."]
    falses = ["한 원에서 원의 중심은 여러 개입니다.",
              "한 원에서 반지름은 2개만 그을 수 있습니다.",
              "한 원에서 반지름은 그리는 방향에 따라 길이가 다릅니다.",
              "한 원에서 반지름은 지름의 2배입니다.",
              "원 위의 두 점을 이은 선분은 모두 지름입니다.",
              "지름은 원의 중심을 지나지 않아도 됩니다.",
              "한 원에서 지름은 1개만 그을 수 있습니다."]
    return _tf_mcq(rng, trues, falses, want_true=rng.random() < 0.5, concepts=["원의 중심", "반지름", "지름"],
                   difficulty=2, level="B")


@family("4수03-06", "triangle-with-centre")
def _tri_centre(rng: random.Random) -> Problem:
    r = rng.randint(3, 12)
    chord = rng.randint(2, 2 * r - 1)
    o, a, b = "ㅇ", *rng.sample(list("ㄱㄴㄷㄹ"), 2)
    text = rng.choice([
        f"점 {_j(o, '은/는')} 원의 중심이고, 점 {a}{_p(a, '과/와')} 점 {_j(b, '은/는')} 원 위의 점입니다. 원의 반지름이 {r} cm이고 선분 {a}{b}의 길이가 {chord} cm일 때, 삼각형 {o}{a}{b}의 세 변의 길이의 합은 몇 cm입니까?",
        f"지름이 {2 * r} cm인 원의 중심 {o}{_p(o, '과/와')} 원 위의 두 점 {a}, {_j(b, '을/를')} 이어 삼각형을 만들었습니다. 선분 {a}{b}{_p(b, '이/가')} {chord} cm라면 삼각형 {o}{a}{b}의 세 변의 길이의 합을 구하시오.",
    ])
    ans = 2 * r + chord
    return Problem(text=text, answer=f"{ans} cm", format="word", difficulty=4, achievement_level="A",
                   concepts=["원의 중심", "반지름"], check=lambda: ans == r + r + chord)


@family("4수03-06", "small-circles-in-big")
def _small_in_big(rng: random.Random) -> Problem:
    k = rng.choice([2, 2, 3, 4])
    small_r = rng.randint(2, 8)
    big_d = 2 * small_r * k
    mode = rng.choice(["find-small", "find-big"])
    if mode == "find-small":
        text = rng.choice([
            f"큰 원의 지름 위에 크기가 같은 작은 원 {k}개가 서로 맞닿아 꼭 맞게 들어 있습니다. 큰 원의 반지름이 {big_d // 2} cm일 때 작은 원 한 개의 반지름은 몇 cm입니까?",
            f"지름이 {big_d} cm인 큰 원 안에, 큰 원의 지름을 따라 크기가 같은 작은 원 {k}개를 빈틈없이 나란히 그렸습니다. 작은 원의 반지름을 구하시오.",
        ])
        ans = small_r
    else:
        if rng.random() < 0.5:
            text = f"반지름이 {small_r} cm인 작은 원 {k}개가 큰 원의 지름 위에 서로 맞닿게 꼭 맞도록 놓여 있습니다. 큰 원의 지름은 몇 cm입니까?"
            ans = big_d
        else:
            text = f"큰 원 안에 반지름이 {small_r} cm인 원 {k}개를 큰 원의 지름을 따라 빈틈없이 그렸습니다. 큰 원의 반지름은 몇 cm인가요?"
            ans = big_d // 2
    return Problem(text=text, answer=f"{ans} cm", format="word", difficulty=4, achievement_level="A",
                   concepts=["반지름", "지름"])


@family("4수03-06", "radius-diameter-table")
def _rd_table(rng: random.Random) -> Problem:
    rs = rng.sample(range(2, 25), 4)
    labels = list("가나다라")
    show_r = [rng.random() < 0.5 for _ in rs]
    cell_r = [f"{r}" if s else "㉠㉡㉢㉣"[i] for i, (r, s) in enumerate(zip(rs, show_r, strict=True))]
    cell_d = [f"{2 * r}" if not s else "㉠㉡㉢㉣"[i] for i, (r, s) in enumerate(zip(rs, show_r, strict=True))]
    table = ("| 원 | " + " | ".join(labels) + " |\n| 반지름(cm) | " + " | ".join(cell_r) + " |\n| 지름(cm) | "
             + " | ".join(cell_d) + " |")
    text = rng.choice([f"표의 빈칸 ㉠, ㉡, ㉢, ㉣에 알맞은 수를 써넣으시오.\n{table}",
                       f"{table}\n원 가, 나, 다, 라의 반지름과 지름을 나타낸 표입니다. ㉠~㉣에 알맞은 수를 구하세요."])
    ans = ", ".join(f"{'㉠㉡㉢㉣'[i]} {2 * r if s else r}" for i, (r, s) in enumerate(zip(rs, show_r, strict=True)))
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["반지름", "지름"])


@family("4수03-06", "longest-chord")
def _longest_chord(rng: random.Random) -> Problem:
    r = rng.randint(3, 15)
    who = name(rng)
    if rng.random() < 0.5:
        text = rng.choice([
            f"반지름이 {r} cm인 원 위의 두 점을 이어 여러 개의 선분을 그었습니다. 그을 수 있는 선분 중에서 가장 긴 선분의 길이는 몇 cm입니까?",
            f"{_j(who, '은/는')} 반지름이 {r} cm인 원 모양 종이에 원 위의 두 점을 잇는 선분을 그으려고 합니다. 가장 길게 그으면 몇 cm가 되는지 구하시오.",
        ])
        return Problem(text=text, answer=f"{2 * r} cm", format="word", difficulty=3, achievement_level="B",
                       concepts=["지름"])
    stem = rng.choice([f"반지름이 {r} cm인 원 안에 그은 선분의 길이로 나올 수 없는 것은 어느 것입니까? (선분의 양 끝은 원 위에 있습니다.)",
                       f"원 위의 두 점을 이은 선분의 길이가 될 수 없는 것을 고르시오. (원의 반지름: {r} cm)"])
    correct = f"{2 * r + rng.randint(1, 5)} cm"
    wrong = [f"{x} cm" for x in rng.sample(range(1, 2 * r + 1), 4)]
    return _mcq(rng, stem, correct, wrong, difficulty=3, level="A", concepts=["지름"],
                sort_key=lambda o: int(o.split()[0]), check=lambda ch: int(ch.options[ch.correct].split()[0]) > 2 * r)


# == 4수03-07 컴퍼스로 원 그리기 ==================================================================
@family("4수03-07", "opening-to-diameter")
def _opening_dia(rng: random.Random) -> Problem:
    r = rng.randint(2, 12)
    who = name(rng)
    if rng.random() < 0.5:
        text = rng.choice([
            f"컴퍼스를 {r} cm만큼 벌려서 원을 그렸습니다. 그린 원의 지름은 몇 cm입니까?",
            f"{_j(who, '은/는')} 컴퍼스의 침과 연필심 사이를 {r} cm로 벌려 원을 그렸습니다. 이 원의 지름을 구하시오.",
            f"□ 안에 알맞은 수를 써넣으세요.\n컴퍼스를 {r} cm 벌려 그린 원의 지름은 □ cm입니다.",
        ])
        ans = 2 * r
    else:
        text = rng.choice([
            f"지름이 {2 * r} cm인 원을 그리려면 컴퍼스를 몇 cm만큼 벌려야 합니까?",
            f"{_j(who, '은/는')} 지름이 {2 * r} cm인 원을 그리려고 합니다. 컴퍼스의 침과 연필심 사이를 몇 cm로 해야 하는지 구하시오.",
            f"□ 안에 알맞은 수를 써넣으세요.\n지름이 {2 * r} cm인 원을 그리려면 컴퍼스를 □ cm만큼 벌려야 합니다.",
        ])
        ans = r
    return Problem(text=text, answer=f"{ans} cm", format="fill" if "□" in text else "word", difficulty=1,
                   achievement_level="C", concepts=["반지름", "지름"])


@family("4수03-07", "ruler-reading")
def _ruler_read(rng: random.Random) -> Problem:
    a = rng.randint(0, 5)
    r = rng.randint(2, 9)
    b = a + r
    if a == 0:
        setup = f"컴퍼스의 침을 자의 눈금 0에 맞추고 연필심을 눈금 {b}에 맞추었습니다."
    else:
        setup = f"컴퍼스의 침을 자의 눈금 {a}에, 연필심을 눈금 {b}에 맞추어 벌렸습니다."
    ask = rng.choice(["radius", "diameter"])
    q = rng.choice(["이대로 원을 그리면 원의 반지름은 몇 cm입니까?", "이 컴퍼스로 그린 원의 반지름을 구하시오."]) if ask == "radius" \
        else rng.choice(["이대로 원을 그리면 원의 지름은 몇 cm입니까?", "이 컴퍼스로 그린 원의 지름을 구하세요."])
    ans = r if ask == "radius" else 2 * r
    if rng.random() < 0.35 and a > 0:
        wrong = [f"{x} cm" for x in {b, 2 * b, a, a + b, r + 1, 2 * r, r} if x != ans and x > 0]
        return _mcq(rng, f"{setup} {q}", f"{ans} cm", wrong, difficulty=2, level="B", concepts=["반지름", "지름"],
                    sort_key=lambda o: int(o.split()[0]))
    return Problem(text=f"{setup} {q}", answer=f"{ans} cm", format="word", difficulty=2 if a else 1,
                   achievement_level="B" if a else "C", concepts=["반지름", "지름"], check=lambda: ans in (b - a, 2 * (b - a)))


@family("4수03-07", "drawing-steps-order")
def _steps(rng: random.Random) -> Problem:
    r = rng.randint(2, 6)
    steps = ["원의 중심이 되는 점 ㅇ을 정합니다.",
             f"컴퍼스를 원의 반지름인 {r} cm만큼 벌립니다.",
             "컴퍼스의 침을 점 ㅇ에 꽂습니다.",
             "컴퍼스를 한쪽 방향으로 돌려 원을 그립니다."]
    labels = list("㉠㉡㉢㉣")
    order = list(range(4))
    rng.shuffle(order)
    shown = [steps[i] for i in order]
    lab_of = {order[k]: labels[k] for k in range(4)}
    listing = "\n".join(f"{labels[k]} {shown[k]}" for k in range(4))
    correct = " → ".join(lab_of[i] for i in range(4))
    if rng.random() < 0.5:
        text = rng.choice([f"반지름이 {r} cm인 원을 그리는 순서대로 기호를 쓰시오.\n{listing}",
                           f"{listing}\n컴퍼스로 반지름이 {r} cm인 원을 그리려고 합니다. 위의 과정을 순서대로 늘어놓으세요."])
        return Problem(text=text, answer=correct, format="task", difficulty=2, achievement_level="C",
                       concepts=["원의 중심", "반지름"])
    wrong_orders = [[0, 2, 1, 3], [1, 0, 2, 3], [2, 1, 0, 3], [0, 1, 3, 2], [1, 2, 0, 3], [3, 0, 1, 2]]
    wrong = [" → ".join(lab_of[i] for i in w) for w in wrong_orders]
    stem = f"컴퍼스로 반지름이 {r} cm인 원을 그리는 순서를 바르게 나타낸 것은 어느 것입니까?\n{listing}"
    return _mcq(rng, stem, correct, wrong, difficulty=2, level="C", concepts=["원의 중심", "반지름"])


@family("4수03-07", "growing-circles-pattern")
def _pattern(rng: random.Random) -> Problem:
    r0 = rng.randint(1, 4)
    step = rng.randint(1, 3)
    n = rng.randint(4, 8)
    mode = rng.choice(["same-centre", "moving-centre"])
    if mode == "same-centre":
        lead = rng.choice([f"한 점을 원의 중심으로 하여 컴퍼스를 처음에는 {r0} cm 벌려 원을 그리고, 그다음부터는 {step} cm씩 더 벌려 가며 원을 차례로 그렸습니다.",
                           f"과녁 모양을 만들려고 같은 중심에서 반지름이 {r0} cm인 원부터 반지름을 {step} cm씩 늘려 가며 원을 그렸습니다."])
        q = rng.choice([f"{n}번째로 그린 원의 지름은 몇 cm입니까?", f"{n}번째 원을 그릴 때 컴퍼스를 몇 cm 벌려야 합니까?"])
        rn = r0 + step * (n - 1)
        ans = 2 * rn if "지름" in q else rn
        d = 3
    else:
        lead = rng.choice([f"반지름이 {r0 + 1} cm인 원을 그린 다음, 원의 중심을 오른쪽으로 {step} cm씩 옮기면서 크기가 같은 원을 모두 {n}개 그렸습니다.",
                           f"컴퍼스를 {r0 + 1} cm 벌린 채로 원의 중심을 한 직선을 따라 {step} cm씩 옮겨 가며 원을 {n}개 그렸습니다."])
        q = rng.choice(["첫 번째 원의 중심과 마지막 원의 중심 사이의 거리는 몇 cm입니까?", "맨 처음 원의 중심에서 맨 마지막 원의 중심까지는 몇 cm인지 구하시오."])
        ans = step * (n - 1)
        d = 4
    return Problem(text=f"{lead} {q}", answer=f"{ans} cm", format="word", difficulty=d, achievement_level="A",
                   concepts=["원의 중심", "반지름"])


@family("4수03-07", "largest-circle-in-paper")
def _largest_in_paper(rng: random.Random) -> Problem:
    s = 2 * rng.randint(4, 14)
    w, h = s, s + rng.randint(1, 12)
    if rng.random() < 0.5:
        w, h = h, w
    text = rng.choice([
        f"가로 {w} cm, 세로 {h} cm인 직사각형 모양 종이에 컴퍼스로 가장 큰 원을 그리려고 합니다. 컴퍼스를 몇 cm만큼 벌려야 합니까?",
        f"{_j(name(rng), '은/는')} 가로가 {w} cm이고 세로가 {h} cm인 도화지에 원을 하나 그리려고 합니다. 종이 밖으로 나가지 않게 그릴 수 있는 가장 큰 원의 반지름을 구하시오.",
        f"가로 {w} cm, 세로 {h} cm인 직사각형 안에 꼭 맞는 가장 큰 원을 컴퍼스로 그렸습니다. 이 원의 지름은 몇 cm일까요?",
    ])
    ans = s if "지름은" in text and "반지름은" not in text and "반지름을" not in text else s // 2
    return Problem(text=text, answer=f"{ans} cm", format="word", difficulty=3, achievement_level="B",
                   concepts=["반지름", "지름"], check=lambda: s % 2 == 0)


@family("4수03-07", "wrong-opening-explain")
def _wrong_open(rng: random.Random) -> Problem:
    r = rng.randint(3, 9)
    who = name(rng)
    if rng.random() < 0.6:
        if rng.random() < 0.5:
            text = f"{_j(who, '은/는')} 지름이 {2 * r} cm인 원을 그리려고 컴퍼스를 {2 * r} cm만큼 벌렸습니다. 잘못된 점을 찾아 바르게 고치고, 그 까닭을 설명하시오."
            ans = f"컴퍼스를 벌린 길이는 원의 반지름이 되므로 컴퍼스를 {r} cm만큼 벌려야 합니다."
        else:
            text = f"\"반지름이 {r} cm인 원을 그리려면 컴퍼스를 {2 * r} cm 벌려야 해.\"라는 {who}의 말이 옳은지 판단하고 까닭을 쓰세요."
            ans = f"옳지 않습니다. 컴퍼스를 벌린 길이가 원의 반지름이 되므로 컴퍼스를 {r} cm만큼 벌려야 합니다."
    else:
        text = rng.choice([
            f"{_j(who, '은/는')} 컴퍼스를 {r} cm 벌려 원을 그린 뒤 \"내가 그린 원의 지름은 {r} cm야.\"라고 말했습니다. 이 말에서 잘못된 점을 찾아 바르게 고치시오.",
            f"컴퍼스를 {r} cm 벌려 그린 원의 지름이 {r} cm라고 답한 친구에게, 틀린 까닭을 설명해 주세요.",
        ])
        ans = f"컴퍼스를 벌린 {r} cm는 반지름이므로, 원의 지름은 {r}의 2배인 {2 * r} cm입니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                   concepts=["반지름", "지름"])


@family("4수03-07", "concentric-gap")
def _concentric(rng: random.Random) -> Problem:
    r1, r2 = sorted(rng.sample(range(2, 15), 2))
    text = rng.choice([
        f"같은 점을 원의 중심으로 하여 컴퍼스를 {r1} cm, {r2} cm만큼 벌려 원 두 개를 그렸습니다. 두 원 사이의 고리 모양 부분의 폭은 몇 cm입니까?",
        f"한 점 ㅇ에 컴퍼스의 침을 꽂고 반지름이 {r1} cm인 원과 지름이 {2 * r2} cm인 원을 그렸습니다. 작은 원의 테두리에서 큰 원의 테두리까지, 원의 중심을 지나는 선 위에서 잰 거리는 몇 cm입니까?",
        f"컴퍼스의 침을 같은 곳에 꽂은 채 반지름이 {r1} cm인 원과 {r2} cm인 원을 그렸습니다. 큰 원의 지름은 작은 원의 지름보다 몇 cm 더 깁니까?",
    ])
    ans = 2 * (r2 - r1) if "지름보다" in text else r2 - r1
    return Problem(text=text, answer=f"{ans} cm", format="word", difficulty=3, achievement_level="B",
                   concepts=["원의 중심", "반지름", "지름"])


@family("4수03-07", "compass-task")
def _compass_task(rng: random.Random) -> Problem:
    r = rng.randint(2, 6)
    kind = rng.choice(["equal", "double", "pattern"])
    if kind == "equal":
        text = rng.choice([
            f"지름이 {2 * r} cm인 원과 크기가 같은 원을 컴퍼스로 그리려고 합니다. 컴퍼스를 몇 cm 벌려야 하는지 쓰고, 그리는 방법을 설명하시오.",
            f"반지름이 {r} cm인 원이 그려진 종이가 있습니다. 이 원과 크기가 같은 원을 옆에 그리는 방법을 컴퍼스를 이용하여 설명해 보세요.",
        ])
        ans = f"컴퍼스를 {r} cm만큼 벌리고, 원의 중심이 될 점에 침을 꽂은 뒤 한 바퀴 돌려 그립니다."
    elif kind == "double":
        text = f"반지름이 {r} cm인 원을 그린 뒤, 그 원과 같은 중심을 가지고 지름이 처음 원의 2배인 원을 그리려고 합니다. 컴퍼스를 몇 cm 벌려야 하는지 쓰고 그리는 방법을 설명하시오."
        ans = f"컴퍼스를 {2 * r} cm만큼 벌려 처음 원의 중심에 침을 꽂고 돌려 그립니다."
    else:
        text = f"컴퍼스로 반지름이 {r} cm인 원 3개를 이어 그려서 눈사람 모양이나 고리 모양을 만들어 보고, 원의 중심을 어디에 두었는지 설명해 보세요."
        ans = None
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="A",
                   concepts=["원의 중심", "반지름"])


# == 4수03-08 이등변삼각형, 정삼각형 ===============================================================
def _tri_kind_by_sides(a: int, b: int, c: int) -> str:
    if a == b == c:
        return "정삼각형"
    if len({a, b, c}) == 2:
        return "이등변삼각형"
    return "세 변의 길이가 모두 다른 삼각형"


@family("4수03-08", "isosceles-perimeter")
def _iso_perim(rng: random.Random) -> Problem:
    while True:
        leg, base = rng.randint(3, 20), rng.randint(2, 20)
        if base < 2 * leg and base != leg:
            break
    a, b, c = _pts(rng, 3)
    mode = rng.choice(["perimeter", "find-leg", "find-base"])
    per = 2 * leg + base
    if mode == "perimeter":
        text = rng.choice([
            f"삼각형 {a}{b}{_j(c, '은/는')} 변 {a}{_j(b, '과/와')} 변 {a}{c}의 길이가 같은 이등변삼각형입니다. 변 {a}{_j(b, '이/가')} {leg} cm, 변 {b}{_j(c, '이/가')} {base} cm일 때 세 변의 길이의 합은 몇 cm입니까?",
            f"길이가 같은 두 변이 각각 {leg} cm이고 나머지 한 변이 {base} cm인 이등변삼각형의 세 변의 길이의 합을 구하시오.",
        ])
        ans = per
    elif mode == "find-leg":
        text = rng.choice([
            f"세 변의 길이의 합이 {per} cm인 이등변삼각형이 있습니다. 길이가 다른 한 변이 {base} cm일 때, 길이가 같은 두 변 중 한 변의 길이는 몇 cm입니까?",
            f"{_j(name(rng), '은/는')} 길이가 {per} cm인 끈을 남김없이 사용하여 이등변삼각형을 만들었습니다. 나머지 두 변과 길이가 다른 한 변이 {base} cm라면 길이가 같은 한 변은 몇 cm인지 구하세요.",
        ])
        ans = leg
    else:
        text = rng.choice([
            f"이등변삼각형 {a}{b}{c}에서 변 {a}{_j(b, '과/와')} 변 {a}{_j(c, '은/는')} 길이가 {leg} cm로 같고, 세 변의 길이의 합은 {per} cm입니다. 변 {b}{c}의 길이를 구하시오.",
            f"길이가 같은 두 변이 각각 {leg} cm인 이등변삼각형의 세 변의 길이의 합이 {per} cm입니다. 나머지 한 변은 몇 cm입니까?",
        ])
        ans = base
    d = 2 if mode == "perimeter" else 3
    return Problem(text=text, answer=f"{ans} cm", format="word", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["이등변삼각형"], check=lambda: 2 * leg + base == per)


@family("4수03-08", "isosceles-angles")
def _iso_angles(rng: random.Random) -> Problem:
    a, b, c = _pts(rng, 3)
    mode = rng.choice(["other-base", "from-apex", "from-base"])
    if mode == "other-base":
        x = rng.randint(20, 85)
        text = rng.choice([
            f"삼각형 {a}{b}{_j(c, '은/는')} 변 {a}{_j(b, '과/와')} 변 {a}{c}의 길이가 같은 이등변삼각형입니다. 각 {a}{b}{_j(c, '이/가')} {x}°일 때, 각 {a}{c}{b}의 크기는 몇 도입니까?",
            f"이등변삼각형에서 길이가 같은 두 변과 나머지 한 변이 만나서 생기는 두 각 중 한 각이 {x}°입니다. 다른 한 각의 크기를 구하시오.",
        ])
        return Problem(text=text, answer=f"{x}°", format="word", difficulty=2, achievement_level="C",
                       concepts=["이등변삼각형"])
    if mode == "from-apex":
        apex = rng.choice(range(20, 161, 2))
        ans = (180 - apex) // 2
        text = rng.choice([
            f"이등변삼각형 {a}{b}{c}에서 변 {a}{_j(b, '과/와')} 변 {a}{c}의 길이가 같고, 각 {b}{a}{_j(c, '은/는')} {apex}°입니다. 각 {a}{b}{c}의 크기는 몇 도입니까?",
            f"□ 안에 알맞은 수를 써넣으세요.\n길이가 같은 두 변 사이의 각이 {apex}°인 이등변삼각형에서 나머지 두 각은 각각 □°입니다.",
        ])
        return Problem(text=text, answer=f"{ans}°", format="fill" if "□" in text else "word", difficulty=4,
                       achievement_level="A", concepts=["이등변삼각형"], also=["4수03-25"],
                       check=lambda: apex + 2 * ans == 180)
    base = rng.randint(20, 85)
    ans = 180 - 2 * base
    text = rng.choice([
        f"이등변삼각형 {a}{b}{c}에서 변 {a}{_j(b, '과/와')} 변 {a}{c}의 길이가 같습니다. 각 {a}{b}{_j(c, '이/가')} {base}°일 때 각 {b}{a}{c}의 크기를 구하시오.",
        f"한 이등변삼각형에서 크기가 같은 두 각이 각각 {base}°입니다. 나머지 한 각은 몇 도일까요?",
    ])
    return Problem(text=text, answer=f"{ans}°", format="word", difficulty=4, achievement_level="A",
                   concepts=["이등변삼각형"], also=["4수03-25"], check=lambda: 2 * base + ans == 180)


@family("4수03-08", "equilateral-side-perimeter")
def _equi(rng: random.Random) -> Problem:
    s = rng.randint(2, 30)
    u = rng.choice(["cm", "cm", "m"])
    mode = rng.choice(["perimeter", "side", "angle"])
    if mode == "perimeter":
        text = rng.choice([f"한 변의 길이가 {s} {u}인 정삼각형의 세 변의 길이의 합은 {_ask_num(rng, u)}",
                           f"정삼각형 모양의 {'화단' if u == 'm' else '색종이'} 한 변이 {s} {u}입니다. 둘레를 한 바퀴 재면 몇 {u}인지 구하시오."])
        ans = f"{3 * s} {u}"
    elif mode == "side":
        text = rng.choice([f"세 변의 길이의 합이 {3 * s} {u}인 정삼각형의 한 변의 길이는 {_ask_num(rng, u)}",
                           f"길이가 {3 * s} {u}인 {'울타리' if u == 'm' else '철사'}를 겹치지 않게 모두 사용하여 정삼각형을 만들었습니다. 정삼각형의 한 변은 몇 {u}입니까?"])
        ans = f"{s} {u}"
    else:
        text = rng.choice(["정삼각형의 한 각의 크기는 몇 도입니까?",
                           f"한 변의 길이가 {s} {u}인 정삼각형이 있습니다. 이 삼각형의 세 각 중 한 각의 크기를 구하시오.",
                           "□ 안에 알맞은 수를 써넣으세요.\n정삼각형은 세 각의 크기가 모두 □°로 같습니다."])
        ans = "60°"
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "word", difficulty=2,
                   achievement_level="C", concepts=["정삼각형"])


@family("4수03-08", "classify-by-sides-mcq")
def _classify_sides(rng: random.Random) -> Problem:
    want = rng.choice(["이등변삼각형", "정삼각형"])

    def valid(t: tuple[int, int, int]) -> bool:
        x, y, z = sorted(t)
        return x + y > z

    def rand_tri(kind: str) -> tuple[int, int, int]:
        while True:
            if kind == "정삼각형":
                s = rng.randint(3, 15)
                t = (s, s, s)
            elif kind == "이등변삼각형":
                a, b = rng.randint(3, 15), rng.randint(3, 15)
                t = tuple(rng.sample([a, a, b], 3))  # type: ignore[assignment]
            else:
                t = tuple(rng.sample(range(3, 16), 3))  # type: ignore[assignment]
            if valid(t) and _tri_kind_by_sides(*t) == kind:
                return t

    correct_t = rand_tri(want)
    others = ["세 변의 길이가 모두 다른 삼각형"] + (["이등변삼각형"] if want == "정삼각형" else [])
    wrong_ts = set()
    while len(wrong_ts) < 4:
        wrong_ts.add(rand_tri(rng.choice(others)))
    fmt = lambda t: f"{t[0]} cm, {t[1]} cm, {t[2]} cm"  # noqa: E731
    stem = rng.choice([f"세 변의 길이가 다음과 같은 삼각형 중에서 {_j(want, '은/는')} 어느 것입니까?",
                       f"다음은 삼각형의 세 변의 길이입니다. {_j(want, '을/를')} 찾으시오."])
    return _mcq(rng, stem, fmt(correct_t), [fmt(t) for t in wrong_ts], difficulty=2, level="B",
                concepts=[want], check=lambda ch: ch.options[ch.correct] == fmt(correct_t))


@family("4수03-08", "triangle-true-false")
def _tri_tf(rng: random.Random) -> Problem:
    trues = ["이등변삼각형은 두 변의 길이가 같습니다.",
             "이등변삼각형은 두 각의 크기가 같습니다.",
             "정삼각형은 세 변의 길이가 모두 같습니다.",
             "정삼각형의 세 각의 크기는 모두 60°입니다.",
             "이등변삼각형을 길이가 같은 두 변이 겹치도록 반으로 접으면 두 각이 꼭 맞게 겹칩니다."]
    falses = ["이등변삼각형은 세 각의 크기가 항상 모두 같습니다.",
              "정삼각형의 한 각의 크기는 90°입니다.",
              "이등변삼각형은 세 변의 길이가 모두 달라야 합니다.",
              "정삼각형은 두 변의 길이만 같습니다.",
              "이등변삼각형에서 크기가 같은 두 각의 크기의 합은 항상 90°입니다.",
              "정삼각형의 세 각 중 하나는 둔각입니다."]
    return _tf_mcq(rng, trues, falses, want_true=rng.random() < 0.5, concepts=["이등변삼각형", "정삼각형"],
                   difficulty=2, level="B")


@family("4수03-08", "wire-triangles")
def _wire(rng: random.Random) -> Problem:
    mode = rng.choice(["two-shapes", "leftover"])
    if mode == "two-shapes":
        s = rng.randint(4, 15)
        total = 3 * s
        base = rng.choice([b for b in range(2, 2 * s) if b % 2 == total % 2 and b != s and total - b > b])
        leg = (total - base) // 2
        text = rng.choice([
            f"철사를 겹치지 않게 모두 사용하여 한 변이 {s} cm인 정삼각형을 만들었습니다. 이 철사를 다시 펴서 남김없이 사용하여 길이가 다른 한 변이 {base} cm인 이등변삼각형을 만든다면, 길이가 같은 두 변 중 한 변은 몇 cm입니까?",
            f"한 변의 길이가 {s} cm인 정삼각형과 세 변의 길이의 합이 같은 이등변삼각형이 있습니다. 이등변삼각형의 길이가 다른 한 변이 {base} cm일 때 나머지 한 변의 길이를 구하시오.",
        ])
        ans = leg
        chk = lambda: 2 * leg + base == 3 * s  # noqa: E731
    else:
        s = rng.randint(3, 12)
        k = rng.randint(2, 4)
        extra = rng.randint(1, 9)
        total = 3 * s * k + extra
        text = rng.choice([
            f"길이가 {total} cm인 끈으로 한 변이 {s} cm인 정삼각형을 {k}개 만들었습니다. 남은 끈은 몇 cm입니까?",
            f"{_j(name(rng), '은/는')} {total} cm짜리 빨대 조각을 이어 한 변이 {s} cm인 정삼각형 {k}개를 만들었습니다. 쓰고 남은 빨대의 길이를 구하시오.",
        ])
        ans = extra
        chk = lambda: total - 3 * s * k == extra  # noqa: E731
    return Problem(text=text, answer=f"{ans} cm", format="word", difficulty=4, achievement_level="A",
                   concepts=["정삼각형", "이등변삼각형"], check=chk)


@family("4수03-08", "equilateral-strip-perimeter")
def _strip(rng: random.Random) -> Problem:
    s = rng.randint(2, 12)
    k = rng.randint(2, 7)
    per = (k + 2) * s
    text = rng.choice([
        f"한 변의 길이가 {s} cm인 정삼각형 {k}개를 한 변씩 맞닿게 한 줄로 번갈아 이어 붙였습니다. 만들어진 도형의 둘레는 몇 cm입니까?",
        f"크기가 같은 정삼각형 모양 조각 {k}개를 위아래로 번갈아 돌려 가며 한 줄로 변끼리 맞붙여 늘어놓았습니다. 조각 한 변이 {s} cm일 때 전체 모양의 둘레를 구하시오.",
    ])

    def brute() -> bool:
        # k triangles have 3k sides; each of the k-1 joins hides 2 sides
        return (3 * k - 2 * (k - 1)) * s == per

    return Problem(text=text, answer=f"{per} cm", format="word", difficulty=4, achievement_level="A",
                   concepts=["정삼각형"], check=brute)


@family("4수03-08", "sides-table-classify")
def _sides_table(rng: random.Random) -> Problem:
    labels = list("가나다라마")
    tris = []
    kinds = ["정삼각형", "이등변삼각형", "이등변삼각형", "세 변의 길이가 모두 다른 삼각형", rng.choice(["정삼각형", "이등변삼각형", "세 변의 길이가 모두 다른 삼각형"])]
    rng.shuffle(kinds)
    for k in kinds:
        while True:
            if k == "정삼각형":
                s = rng.randint(3, 12)
                t = (s, s, s)
            elif k == "이등변삼각형":
                a, b = rng.sample(range(3, 13), 2)
                t = tuple(rng.sample([a, a, b], 3))
            else:
                t = tuple(rng.sample(range(3, 13), 3))
            x, y, z = sorted(t)
            if x + y > z and _tri_kind_by_sides(*t) == k:
                tris.append(t)
                break
    table = "| 삼각형 | " + " | ".join(labels) + " |\n| 세 변의 길이(cm) | " + " | ".join(f"{t[0]}, {t[1]}, {t[2]}" for t in tris) + " |"
    want = rng.choice(["정삼각형", "이등변삼각형"])
    if want == "이등변삼각형":
        text = f"{table}\n위 표에서 정삼각형이 아닌 이등변삼각형을 모두 찾아 기호를 쓰시오."
        goods = [labels[i] for i, t in enumerate(tris) if _tri_kind_by_sides(*t) == "이등변삼각형"]
    else:
        text = rng.choice([f"삼각형 가~마의 세 변의 길이를 조사했습니다. 정삼각형을 모두 찾아 쓰세요.\n{table}",
                           f"{table}\n정삼각형은 어느 것인지 모두 고르시오."])
        goods = [labels[i] for i, t in enumerate(tris) if _tri_kind_by_sides(*t) == "정삼각형"]
    return Problem(text=text, answer=", ".join(goods), format="data", difficulty=2, achievement_level="B",
                   concepts=["이등변삼각형", "정삼각형"])


@family("4수03-08", "explain-property")
def _tri_explain(rng: random.Random) -> Problem:
    who = name(rng)
    case = rng.choice(["fold", "equi-angles", "two-angles-equal"])
    if case == "fold":
        text = rng.choice([
            "이등변삼각형 모양의 종이를 길이가 같은 두 변이 서로 겹치도록 반으로 접었습니다. 이 활동으로 알 수 있는 이등변삼각형의 성질을 쓰고, 그 까닭을 설명하시오.",
            f"{_j(who, '은/는')} 이등변삼각형을 오려서 반으로 접어 보았더니 두 각이 꼭 맞게 겹쳤습니다. 이것으로 알 수 있는 사실을 설명해 보세요.",
        ])
        ans = "길이가 같은 두 변이 겹치도록 접으면 두 변과 나머지 한 변이 만나서 생기는 두 각이 꼭 맞게 겹치므로, 이등변삼각형은 두 각의 크기가 같습니다."
    elif case == "equi-angles":
        text = rng.choice([
            "정삼각형의 세 각의 크기가 모두 같다는 것을 종이접기나 각도기를 이용하여 확인하는 방법을 설명하시오.",
            f"{_j(who, '은/는')} \"정삼각형은 어느 두 변을 골라도 길이가 같으니까 세 각의 크기도 모두 같아.\"라고 말했습니다. 이 말이 옳은지 판단하고, 각도기로 확인하는 방법을 설명하세요.",
        ])
        ans = "옳습니다. 정삼각형을 어느 두 변이 겹치도록 접어도 두 각이 꼭 맞게 겹치므로 세 각의 크기는 모두 같고, 각도기로 재면 세 각이 모두 60°입니다."
    else:
        x = rng.randint(30, 80)
        text = f"어떤 삼각형의 두 각의 크기가 각각 {x}°로 같습니다. {_j(who, '은/는')} 이 삼각형이 이등변삼각형이라고 말했습니다. 그렇게 말할 수 있는 까닭을 설명하시오."
        ans = "두 각의 크기가 같은 삼각형은 두 변의 길이가 같습니다(자로 재어 확인할 수 있습니다). 따라서 두 변의 길이가 같은 삼각형이므로 이등변삼각형입니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                   concepts=["이등변삼각형", "정삼각형"])


# == 4수03-09 직각삼각형, 예각삼각형, 둔각삼각형 ======================================================
def _tri_kind_by_angles(t: Sequence[int]) -> str:
    m = max(t)
    return "예각삼각형" if m < 90 else "직각삼각형" if m == 90 else "둔각삼각형"


def _rand_angles(rng: random.Random, kind: str, step: int = 5) -> tuple[int, int, int]:
    while True:
        if kind == "직각삼각형":
            a = rng.randrange(2 * step, 90 - step, step)
            t = (90, a, 90 - a)
        elif kind == "둔각삼각형":
            big = rng.randrange(95, 156, step)
            a = rng.randrange(2 * step, 180 - big - step, step)
            t = (big, a, 180 - big - a)
        else:
            a = rng.randrange(35, 90, step)
            b = rng.randrange(max(95 - a, step), 90, step)
            t = (a, b, 180 - a - b)
        if min(t) > 0 and sum(t) == 180 and _tri_kind_by_angles(t) == kind:
            lst = list(t)
            rng.shuffle(lst)
            return lst[0], lst[1], lst[2]


_TRI3 = ("예각삼각형", "직각삼각형", "둔각삼각형")


@family("4수03-09", "classify-three-angles")
def _cls3(rng: random.Random) -> Problem:
    kind = rng.choice(_TRI3)
    t = _rand_angles(rng, kind)
    s = ", ".join(f"{x}°" for x in t)
    text = rng.choice([
        f"세 각의 크기가 {s}인 삼각형은 예각삼각형, 직각삼각형, 둔각삼각형 중 어느 것입니까?",
        f"삼각형의 세 각을 각도기로 재었더니 {s}였습니다. 이 삼각형의 이름을 각의 크기에 따라 쓰시오.",
        f"□ 안에 알맞은 말을 써넣으세요.\n세 각이 {s}인 삼각형은 □삼각형입니다.",
    ])
    ans = kind if "□" not in text else kind[:-3]
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "word", difficulty=1,
                   achievement_level="C", concepts=[kind], check=lambda: _tri_kind_by_angles(t) == kind)


@family("4수03-09", "classify-two-angles")
def _cls2(rng: random.Random) -> Problem:
    kind = rng.choice(_TRI3)
    t = _rand_angles(rng, kind)
    shown = t[:2]
    if kind == "직각삼각형" and 90 in shown and rng.random() < 0.5:
        shown = tuple(x for x in t if x != 90)[:1] + (90,)  # type: ignore[assignment]
    s = f"{shown[0]}°, {shown[1]}°"
    a, b, c = _pts(rng, 3)
    text = rng.choice([
        f"삼각형의 두 각의 크기가 {s}입니다. 이 삼각형은 예각삼각형, 직각삼각형, 둔각삼각형 중 어느 것인지 쓰시오.",
        f"삼각형 {a}{b}{c}에서 두 각의 크기가 각각 {shown[0]}°, {shown[1]}°입니다. 나머지 한 각의 크기를 구하고, 이 삼각형을 각의 크기에 따라 분류하세요.",
    ])
    third = 180 - shown[0] - shown[1]
    ans = kind if "나머지 한 각" not in text else f"{third}°, {kind}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=[kind], also=["4수03-25"],
                   check=lambda: _tri_kind_by_angles((shown[0], shown[1], third)) == kind)


@family("4수03-09", "pick-kind-mcq")
def _pick_kind(rng: random.Random) -> Problem:
    want = rng.choice(_TRI3)
    correct = _rand_angles(rng, want)
    wrong: list[tuple[int, int, int]] = []
    while len(wrong) < 4:
        k = rng.choice([x for x in _TRI3 if x != want])
        t = _rand_angles(rng, k)
        if t not in wrong:
            wrong.append(t)
    fmt = lambda t: ", ".join(f"{x}°" for x in t)  # noqa: E731
    stem = rng.choice([f"세 각의 크기가 다음과 같은 삼각형 중에서 {_j(want, '은/는')} 어느 것입니까?",
                       f"{_j(want, '을/를')} 찾아 번호를 쓰시오. (삼각형의 세 각의 크기를 나타낸 것입니다.)"])
    return _mcq(rng, stem, fmt(correct), [fmt(t) for t in wrong], difficulty=2, level="B", concepts=[want],
                check=lambda ch: _tri_kind_by_angles([int(x[:-1]) for x in ch.options[ch.correct].split(", ")]) == want)


@family("4수03-09", "angle-kind-true-false")
def _akind_tf(rng: random.Random) -> Problem:
    trues = ["예각삼각형은 세 각이 모두 예각입니다.",
             "둔각삼각형에는 둔각이 한 개 있습니다.",
             "직각삼각형에는 직각이 한 개 있습니다.",
             "한 삼각형에 둔각이 두 개 있을 수는 없습니다.",
             "직각삼각형에서 직각이 아닌 두 각은 모두 예각입니다.",
             "둔각삼각형에도 예각이 있습니다."]
    falses = ["예각이 하나라도 있으면 예각삼각형입니다.",
              "둔각삼각형에는 둔각이 두 개 있습니다.",
              "직각삼각형은 세 각이 모두 직각입니다.",
              "한 삼각형에 직각이 두 개 있을 수 있습니다.",
              "둔각삼각형의 나머지 두 각도 둔각입니다.",
              "예각삼각형에는 직각이 한 개 있습니다."]
    return _tf_mcq(rng, trues, falses, want_true=rng.random() < 0.5,
                   concepts=["예각삼각형", "직각삼각형", "둔각삼각형"], difficulty=2, level="B")


@family("4수03-09", "angles-table-count")
def _angles_table(rng: random.Random) -> Problem:
    labels = list("가나다라마바")[:rng.randint(5, 6)]
    kinds = [rng.choice(_TRI3) for _ in labels]
    tris: list[tuple[int, int, int]] = []
    for k in kinds:
        t = _rand_angles(rng, k)
        while sorted(t) in [sorted(x) for x in tris]:
            t = _rand_angles(rng, k)
        tris.append(t)
    table = "| 삼각형 | 세 각의 크기 |\n" + "\n".join(f"| {lab} | {', '.join(f'{x}°' for x in t)} |" for lab, t in zip(labels, tris, strict=True))
    want = rng.choice(_TRI3)
    n = sum(k == want for k in kinds)
    mode = rng.choice(["count", "list", "all"])
    if mode == "count":
        text = f"여러 삼각형의 세 각의 크기를 재어 표로 나타냈습니다. {_j(want, '은/는')} 모두 몇 개입니까?\n{table}"
        ans = f"{n}개"
    elif mode == "list":
        text = f"{table}\n위 표에서 {_j(want, '을/를')} 모두 찾아 기호를 쓰시오."
        ans = ", ".join(lab for lab, k in zip(labels, kinds, strict=True) if k == want) or "없습니다"
    else:
        text = f"{table}\n표의 삼각형을 예각삼각형, 직각삼각형, 둔각삼각형으로 분류하여 기호를 쓰세요."
        ans = " / ".join(f"{k}: " + (", ".join(lab for lab, kk in zip(labels, kinds, strict=True) if kk == k) or "없음") for k in _TRI3)
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="B",
                   concepts=["예각삼각형", "직각삼각형", "둔각삼각형"])


@family("4수03-09", "sides-and-angles-both")
def _both(rng: random.Random) -> Problem:
    case = rng.choice(["iso-acute", "iso-right", "iso-obtuse", "equi", "scalene-right", "scalene-obtuse"])
    if case == "equi":
        t, side, ang = (60, 60, 60), "정삼각형", "예각삼각형"
    elif case.startswith("iso"):
        if case == "iso-right":
            base = 45
        elif case == "iso-acute":
            base = rng.choice(range(50, 90, 5))
            if base == 60:
                base = 65
        else:
            base = rng.choice(range(15, 45, 5))
        t = (base, base, 180 - 2 * base)
        side, ang = "이등변삼각형", _tri_kind_by_angles(t)
    else:
        kind = "직각삼각형" if case == "scalene-right" else "둔각삼각형"
        while True:
            t = _rand_angles(rng, kind)
            if len(set(t)) == 3:
                break
        side, ang = "세 변의 길이가 모두 다른 삼각형", kind
    lst = list(t)
    rng.shuffle(lst)
    s = ", ".join(f"{x}°" for x in lst)
    if side == "세 변의 길이가 모두 다른 삼각형":
        text = rng.choice([f"세 각의 크기가 {s}인 삼각형은 각의 크기에 따라 어떤 삼각형입니까?",
                           f"세 각이 {s}인 삼각형의 이름을 각의 크기에 따라 쓰시오."])
        ans = ang
        also: list[str] = []
    else:
        text = rng.choice([f"세 각의 크기가 {s}인 삼각형의 이름을 변의 길이와 각의 크기에 따라 각각 쓰시오.",
                           f"어떤 삼각형의 세 각이 {s}입니다. 이 삼각형은 변의 길이에 따라 무슨 삼각형이고, 각의 크기에 따라 무슨 삼각형인지 쓰세요."])
        ans = f"{side}, {ang}"
        also = ["4수03-08"]
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=[ang], also=also, check=lambda: sum(lst) == 180 and _tri_kind_by_angles(lst) == ang)


@family("4수03-09", "cut-paper-triangles")
def _cut_paper(rng: random.Random) -> Problem:
    cases = [
        ("직사각형 모양의 종이를 한 꼭짓점에서 마주 보는 꼭짓점까지 곧게 잘랐습니다. 잘라서 생긴 삼각형 2개는 각의 크기에 따라 어떤 삼각형입니까?", "직각삼각형"),
        ("정사각형 모양의 색종이를 마주 보는 두 꼭짓점을 잇는 선을 따라 잘랐습니다. 만들어진 삼각형은 각의 크기에 따라 어떤 삼각형입니까?", "직각삼각형"),
        ("정삼각형 모양의 종이를 한 꼭짓점에서 마주 보는 변의 한가운데까지 곧게 잘랐습니다. 잘라서 생긴 삼각형은 각의 크기에 따라 어떤 삼각형입니까?", "직각삼각형"),
        ("세 각이 모두 60°인 삼각형 모양 종이를 오려 냈습니다. 이 삼각형은 각의 크기에 따라 어떤 삼각형입니까?", "예각삼각형"),
        ("한 각이 120°인 삼각형 모양 조각이 있습니다. 이 조각은 각의 크기에 따라 어떤 삼각형입니까?", "둔각삼각형"),
        ("시계가 4시를 가리킬 때 시계의 중심과 두 바늘의 끝을 이으면 삼각형이 생깁니다. 두 바늘 사이의 각이 120°일 때, 이 삼각형은 각의 크기에 따라 어떤 삼각형입니까?", "둔각삼각형"),
        ("시계가 3시를 가리킬 때 시계의 중심과 두 바늘의 끝을 이어 삼각형을 만들었습니다. 이 삼각형은 각의 크기에 따라 어떤 삼각형입니까?", "직각삼각형"),
    ]
    q, ans = rng.choice(cases)
    if rng.random() < 0.4 and "60°" not in q:
        return _mcq(rng, q, ans, [k for k in _TRI3 if k != ans] + ["정삼각형"], difficulty=2,
                    level="B", concepts=[ans], n=4)
    return Problem(text=q, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=[ans])


@family("4수03-09", "impossible-triangle-explain")
def _impossible(rng: random.Random) -> Problem:
    who = name(rng)
    case = rng.choice(["two-obtuse", "two-right", "right-obtuse"])
    if case == "two-obtuse":
        x, y = rng.randrange(95, 130, 5), rng.randrange(95, 130, 5)
        text = rng.choice([
            f"{_j(who, '은/는')} 두 각의 크기가 {x}°, {y}°인 둔각삼각형을 그리려고 합니다. 이런 삼각형을 그릴 수 있는지 쓰고, 그 까닭을 설명하시오.",
            "둔각이 두 개인 삼각형을 그릴 수 없는 까닭을 설명하시오.",
        ])
        ans = "그릴 수 없습니다. 둔각 두 개의 크기의 합만으로도 180°보다 크지만, 삼각형의 세 각의 크기의 합은 180°이기 때문입니다."
    elif case == "two-right":
        text = rng.choice(["직각이 두 개인 삼각형을 그릴 수 있는지 쓰고, 그 까닭을 설명하시오.",
                           f"{_j(who, '은/는')} \"직각이 두 개인 직각삼각형도 있어.\"라고 말했습니다. 이 말이 옳은지 판단하고 까닭을 쓰세요."])
        ans = "그릴 수 없습니다(옳지 않습니다). 직각 두 개의 합이 이미 180°이므로 나머지 한 각이 0°가 되어 삼각형이 만들어지지 않습니다."
    else:
        text = "한 각은 직각이고 다른 한 각은 둔각인 삼각형을 그릴 수 있는지 쓰고, 그 까닭을 설명하시오."
        ans = "그릴 수 없습니다. 직각과 둔각의 크기의 합이 180°보다 크므로 삼각형의 세 각의 크기의 합이 180°가 될 수 없습니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A",
                   concepts=["둔각삼각형", "직각삼각형"], also=["4수03-25"])


# == 4수03-10 여러 가지 사각형 =====================================================================
@family("4수03-10", "parallelogram-perimeter")
def _para_perim(rng: random.Random) -> Problem:
    a, b = rng.sample(range(3, 25), 2)
    p = 2 * (a + b)
    v = _pts(rng, 4)
    nm = "".join(v)
    mode = rng.choice(["perimeter", "side"])
    if mode == "perimeter":
        text = rng.choice([
            f"평행사변형 {nm}에서 변 {v[0]}{v[1]}{_p(v[1], '은/는')} {a} cm, 변 {v[1]}{v[2]}{_p(v[2], '은/는')} {b} cm입니다. 네 변의 길이의 합은 몇 cm입니까?",
            f"이웃한 두 변의 길이가 {a} cm, {b} cm인 평행사변형이 있습니다. 이 평행사변형의 네 변의 길이의 합을 구하시오.",
        ])
        ans = p
    else:
        text = rng.choice([
            f"네 변의 길이의 합이 {p} cm인 평행사변형이 있습니다. 한 변의 길이가 {a} cm일 때, 이 변과 이웃한 변의 길이는 몇 cm입니까?",
            f"{_j(name(rng), '은/는')} 길이가 {p} cm인 끈으로 평행사변형 모양을 만들었습니다. 긴 변과 짧은 변 중 한 변이 {a} cm라면 다른 한 변은 몇 cm인지 구하세요.",
        ])
        ans = b
    d = 2 if mode == "perimeter" else 3
    return Problem(text=text, answer=f"{ans} cm", format="word", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["평행사변형"], check=lambda: 2 * (a + b) == p)


@family("4수03-10", "parallelogram-rhombus-angles")
def _para_angles(rng: random.Random) -> Problem:
    shape = rng.choice(["평행사변형", "마름모"])
    x = rng.randrange(30, 151, 5)
    while x == 90:
        x = rng.randrange(30, 151, 5)
    v = _pts(rng, 4)
    nm = "".join(v)
    ask = rng.choice(["opposite", "adjacent"])
    given = f"각 {v[0]}{v[1]}{v[2]}"
    if ask == "opposite":
        target = f"각 {v[2]}{v[3]}{v[0]}"
        ans = x
        d = 2
    else:
        target = f"각 {v[1]}{v[2]}{v[3]}"
        ans = 180 - x
        d = 3
    text = rng.choice([
        f"{shape} {nm}에서 {given}의 크기가 {x}°입니다. {target}의 크기는 몇 도입니까?",
        f"{shape} {_j(nm, '이/가')} 있습니다. {_j(given, '이/가')} {x}°일 때 {_j(target, '은/는')} 몇 도인지 구하시오.",
        f"□ 안에 알맞은 수를 써넣으세요.\n{shape} {nm}에서 {given}{_p(given, '이/가')} {x}°이면 {_j(target, '은/는')} □°입니다.",
    ])
    return Problem(text=text, answer=f"{ans}°", format="fill" if "□" in text else "word", difficulty=d,
                   achievement_level=elementary_level(d), concepts=[shape],
                   check=lambda: ans == (x if ask == "opposite" else 180 - x))


@family("4수03-10", "rhombus-square-sides")
def _rhombus_sq(rng: random.Random) -> Problem:
    shape = rng.choice(["마름모", "정사각형"])
    s = rng.randint(3, 30)
    mode = rng.choice(["perimeter", "side"])
    obj = rng.choice(["", " 모양의 액자", " 모양의 타일", " 모양의 연"]) if shape == "마름모" else rng.choice(["", " 모양의 손수건", " 모양의 타일", " 모양의 색종이"])
    if mode == "perimeter":
        text = rng.choice([f"한 변의 길이가 {s} cm인 {shape}{obj}의 네 변의 길이의 합은 몇 cm입니까?",
                           f"{shape}{obj}의 한 변이 {s} cm입니다. 네 변의 길이를 모두 더하면 얼마인지 구하시오."])
        ans = 4 * s
    else:
        text = rng.choice([f"네 변의 길이의 합이 {4 * s} cm인 {shape}{obj}의 한 변의 길이는 몇 cm입니까?",
                           f"둘레가 {4 * s} cm인 {shape}{obj}가 있습니다. 한 변은 몇 cm인지 구하세요."])
        ans = s
    text = text.replace("모양의 연가", "모양의 연이")
    return Problem(text=text, answer=f"{ans} cm", format="word", difficulty=2, achievement_level="C",
                   concepts=[shape])


@family("4수03-10", "name-from-definition")
def _quad_def(rng: random.Random) -> Problem:
    defs = {
        "사다리꼴": ["평행한 변이 한 쌍이라도 있는 사각형", "마주 보는 한 쌍의 변이 서로 평행한 사각형"],
        "평행사변형": ["마주 보는 두 쌍의 변이 서로 평행한 사각형"],
        "마름모": ["네 변의 길이가 모두 같은 사각형"],
        "직사각형": ["네 각이 모두 직각인 사각형"],
        "정사각형": ["네 변의 길이가 모두 같고 네 각이 모두 직각인 사각형"],
    }
    shape = rng.choice(list(defs))
    dfn = rng.choice(defs[shape])
    if rng.random() < 0.5:
        text = rng.choice([f"{_j(dfn, '을/를')} 무엇이라고 합니까?",
                           f"□ 안에 알맞은 말을 써넣으세요.\n{_j(dfn, '을/를')} □(이)라고 합니다."])
        return Problem(text=text, answer=shape, format="fill" if "□" in text else "word", difficulty=1,
                       achievement_level="C", concepts=[shape])
    stem = rng.choice([f"{_j(dfn, '을/를')} 무엇이라고 하는지 고르시오.", f"다음 설명에 알맞은 사각형의 이름은 어느 것입니까?\n\"{dfn}\""])
    return _mcq(rng, stem, shape, [k for k in defs if k != shape], difficulty=1, level="C", concepts=[shape])


@family("4수03-10", "quad-property-true-false")
def _quad_tf(rng: random.Random) -> Problem:
    shape = rng.choice(["평행사변형", "마름모", "사다리꼴", "직사각형"])
    trues = {
        "평행사변형": ["마주 보는 두 변의 길이가 같습니다.", "마주 보는 두 각의 크기가 같습니다.",
                       "이웃한 두 각의 크기의 합은 180°입니다.", "마주 보는 두 쌍의 변이 서로 평행합니다."],
        "마름모": ["네 변의 길이가 모두 같습니다.", "마주 보는 두 각의 크기가 같습니다.",
                   "마주 보는 꼭짓점끼리 이은 두 선분은 서로 수직으로 만납니다.", "이웃한 두 각의 크기의 합은 180°입니다."],
        "사다리꼴": ["평행한 변이 적어도 한 쌍 있습니다.", "네 개의 변과 네 개의 꼭짓점이 있습니다.",
                     "평행한 두 변 사이의 거리는 어디에서 재어도 같습니다."],
        "직사각형": ["네 각이 모두 직각입니다.", "마주 보는 두 변의 길이가 같습니다.",
                     "이웃한 두 변은 서로 수직입니다.", "마주 보는 두 변은 서로 평행합니다."],
    }
    falses = {
        "평행사변형": ["네 변의 길이가 항상 모두 같습니다.", "네 각이 항상 모두 직각입니다.",
                       "이웃한 두 각의 크기가 항상 같습니다.", "평행한 변이 한 쌍뿐입니다."],
        "마름모": ["네 각이 항상 모두 직각입니다.", "마주 보는 두 각의 크기가 다릅니다.",
                   "이웃한 두 변의 길이가 다릅니다.", "평행한 변이 하나도 없습니다."],
        "사다리꼴": ["네 변의 길이가 항상 모두 같습니다.", "평행한 변이 하나도 없습니다.",
                     "네 각이 항상 모두 직각입니다.", "마주 보는 두 각의 크기가 항상 같습니다."],
        "직사각형": ["네 변의 길이가 항상 모두 같습니다.", "이웃한 두 변은 서로 평행합니다.",
                     "한 각만 직각입니다.", "마주 보는 두 변의 길이가 다릅니다."],
    }
    want_true = rng.random() < 0.5
    t, f = trues[shape], falses[shape]
    if want_true:
        correct = rng.choice(t)
        wrong = rng.sample(f, min(4, len(f)))
        stem = rng.choice([f"{shape}에 대한 설명으로 옳은 것은 어느 것입니까?",
                           f"{shape}의 성질을 바르게 말한 것을 고르시오."])
    else:
        correct = rng.choice(f)
        wrong = rng.sample(t, min(4, len(t)))
        stem = rng.choice([f"{shape}에 대한 설명으로 옳지 않은 것은 어느 것입니까?",
                           f"{shape}의 성질을 잘못 말한 것을 찾으시오."])
    n = 1 + len(wrong)
    good = set(t) if want_true else set(f)
    ch = choices(rng, correct, wrong, n=n)
    ch = Choice(options=ch.options, correct=ch.correct, layout="lines")
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=[shape], choice=ch,
                   check=lambda: sum(o in good for o in ch.options) == 1 and ch.options[ch.correct] in good)


@family("4수03-10", "properties-table-name")
def _quad_table(rng: random.Random) -> Problem:
    rows = {
        "정사각형": ("2쌍", "네 변이 모두 같음", "네 각이 모두 직각"),
        "직사각형": ("2쌍", "마주 보는 두 변끼리 같음", "네 각이 모두 직각"),
        "마름모": ("2쌍", "네 변이 모두 같음", "직각이 없음"),
        "평행사변형": ("2쌍", "마주 보는 두 변끼리 같음", "직각이 없음"),
        "사다리꼴": ("1쌍", "네 변이 모두 다름", "직각이 없음"),
    }
    shapes = rng.sample(list(rows), rng.randint(3, 4))
    labels = list("가나다라")[:len(shapes)]
    table = "| 사각형 | 평행한 변 | 변의 길이 | 각 |\n" + "\n".join(
        f"| {lab} | {rows[s][0]} | {rows[s][1]} | {rows[s][2]} |" for lab, s in zip(labels, shapes, strict=True))
    i = rng.randrange(len(shapes))
    if rng.random() < 0.5:
        text = f"사각형 {', '.join(labels)}의 특징을 조사한 표입니다. 사각형 {labels[i]}의 이름으로 가장 알맞은 것을 쓰시오.\n{table}"
        ans = shapes[i]
    else:
        text = f"{table}\n위 표를 보고 사각형 {', '.join(labels)}의 이름을 각각 쓰세요. (가장 알맞은 이름을 하나씩 씁니다.)"
        ans = ", ".join(f"{lab}: {s}" for lab, s in zip(labels, shapes, strict=True))
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=list(shapes))


@family("4수03-10", "cut-largest-square")
def _cut_square(rng: random.Random) -> Problem:
    w = rng.randint(6, 30)
    h = rng.randint(3, w - 1)
    who = name(rng)
    mode = rng.choice(["rest", "perim"])
    text_lead = rng.choice([f"가로 {w} cm, 세로 {h} cm인 직사각형 모양 종이에서 가장 큰 정사각형을 하나 잘라 냈습니다.",
                            f"{_j(who, '은/는')} 가로가 {w} cm, 세로가 {h} cm인 직사각형 색종이를 잘라 될 수 있는 한 큰 정사각형을 만들었습니다."])
    if mode == "rest":
        q = "남은 종이는 어떤 사각형이고, 가로와 세로는 각각 몇 cm입니까?"
        rest_w = w - h
        if rest_w == h:
            ans = f"정사각형, 가로 {rest_w} cm, 세로 {h} cm"
        else:
            ans = f"직사각형, 가로 {rest_w} cm, 세로 {h} cm"
        d = 3
    else:
        q = rng.choice(["잘라 낸 정사각형의 네 변의 길이의 합은 몇 cm입니까?", "만든 정사각형의 둘레를 구하시오."])
        ans = f"{4 * h} cm"
        d = 3
    return Problem(text=f"{text_lead} {q}", answer=ans, format="word", difficulty=d, achievement_level="B",
                   concepts=["직사각형", "정사각형"])


@family("4수03-10", "trapezoid-parallelogram-explain")
def _quad_explain(rng: random.Random) -> Problem:
    case = rng.choice(["trap", "para", "rhombus", "rect"])
    who = name(rng)
    if case == "trap":
        text = rng.choice([
            "직사각형 모양 종이를 위쪽 변의 한 점에서 아래쪽 변의 한 점까지 비스듬히 곧게 잘랐더니 사각형 두 개가 생겼습니다. 잘라서 생긴 사각형이 사다리꼴인 까닭을 설명하시오.",
            f"{_j(who, '은/는')} 사각형 하나를 보고 \"마주 보는 한 쌍의 변만 평행하니까 사다리꼴이야.\"라고 말했습니다. {who}의 판단이 옳은지 쓰고 까닭을 설명하세요.",
        ])
        ans = "평행한 변이 한 쌍이라도 있으면 사다리꼴입니다. 잘라 내지 않은 마주 보는 두 변(또는 말한 두 변)이 서로 평행하므로 사다리꼴입니다."
    elif case == "para":
        x = rng.randrange(40, 140, 10)
        if x == 90:
            x = 70
        text = f"평행사변형의 한 각이 {x}°일 때, 나머지 세 각의 크기를 구하고 그렇게 구한 까닭을 평행사변형의 성질을 이용하여 설명하시오."
        ans = f"{180 - x}°, {x}°, {180 - x}°. 평행사변형은 마주 보는 두 각의 크기가 같고, 이웃한 두 각의 크기의 합이 180°이기 때문입니다."
    elif case == "rhombus":
        text = rng.choice([
            "마름모 모양의 종이를 마주 보는 꼭짓점끼리 만나도록 두 번 접었다 펼쳤습니다. 접힌 두 선은 어떻게 만나는지 쓰고, 그 까닭을 설명하시오.",
            f"{_j(who, '은/는')} 마름모의 마주 보는 꼭짓점을 이은 두 선분이 서로 수직으로 만난다고 말했습니다. 종이접기로 이를 확인하는 방법을 설명하세요.",
        ])
        ans = "두 선은 서로 수직으로 만나고, 서로를 똑같이 둘로 나눕니다. 접은 부분이 꼭 맞게 겹치므로 만나는 곳의 네 각이 모두 같아 직각이 됩니다."
    else:
        text = "직사각형 모양의 종이를 마주 보는 두 변이 겹치도록 접어 보았습니다. 이 활동으로 알 수 있는 직사각형의 성질을 쓰고 설명하시오."
        ans = "마주 보는 두 변이 꼭 맞게 겹치므로 직사각형은 마주 보는 두 변의 길이가 같습니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A",
                   concepts=[{"trap": "사다리꼴", "para": "평행사변형", "rhombus": "마름모", "rect": "직사각형"}[case]])


# == 4수03-11 다각형과 정다각형 ====================================================================
_NGON = {3: "삼각형", 4: "사각형", 5: "오각형", 6: "육각형", 7: "칠각형", 8: "팔각형", 9: "구각형", 10: "십각형",
         11: "십일각형", 12: "십이각형"}


@family("4수03-11", "name-by-sides")
def _ngon_name(rng: random.Random) -> Problem:
    n = rng.randint(5, 12)
    mode = rng.choice(["sides", "vertices", "reverse"])
    if mode == "sides":
        text = rng.choice([f"선분 {n}개로 둘러싸인 다각형의 이름을 쓰시오.",
                           f"□ 안에 알맞은 말을 써넣으세요.\n변이 {n}개인 다각형을 □이라고 합니다.",
                           f"변의 수가 {n}개인 다각형을 무엇이라고 합니까?"])
        ans = _NGON[n]
    elif mode == "vertices":
        text = rng.choice([f"꼭짓점이 {n}개인 다각형의 이름은 무엇입니까?",
                           f"{_j(name(rng), '이/가')} 도형판에 고무줄을 걸어 꼭짓점이 {n}개인 다각형을 만들었습니다. 만든 다각형의 이름을 쓰세요."])
        ans = _NGON[n]
    else:
        text = rng.choice([f"{_j(_NGON[n], '은/는')} 변과 꼭짓점이 각각 몇 개입니까?",
                           f"{_NGON[n]}의 변의 수와 꼭짓점의 수의 합을 구하시오."])
        ans = f"변 {n}개, 꼭짓점 {n}개" if "각각" in text else f"{2 * n}개"
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "word", difficulty=1,
                   achievement_level="C", concepts=["다각형"])


@family("4수03-11", "regular-polygon-perimeter")
def _reg_perim(rng: random.Random) -> Problem:
    n = rng.randint(3, 10)
    s = rng.randint(2, 20)
    shape = "정" + _NGON[n]
    mode = rng.choice(["perimeter", "side", "which"])
    if mode == "perimeter":
        text = rng.choice([f"한 변의 길이가 {s} cm인 {shape}의 모든 변의 길이의 합은 몇 cm입니까?",
                           f"{shape} 모양의 {rng.choice(['타일', '표지판', '컵받침', '액자'])} 한 변이 {s} cm입니다. 둘레는 몇 cm인지 구하시오."])
        ans = f"{n * s} cm"
    elif mode == "side":
        text = rng.choice([f"모든 변의 길이의 합이 {n * s} cm인 {shape}의 한 변은 몇 cm입니까?",
                           f"길이가 {n * s} cm인 철사를 겹치지 않게 모두 사용하여 {_j(shape, '을/를')} 만들었습니다. 한 변의 길이를 구하세요."])
        ans = f"{s} cm"
    else:
        text = rng.choice([f"한 변이 {s} cm이고 모든 변의 길이의 합이 {n * s} cm인 정다각형의 이름을 쓰시오.",
                           f"길이가 {n * s} cm인 끈을 남김없이 사용하여 한 변이 {s} cm인 정다각형을 만들었습니다. 어떤 정다각형을 만들었습니까?"])
        ans = shape
    d = 2 if mode != "which" else 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["정다각형"], check=lambda: n * s // s == n)


@family("4수03-11", "count-diagonals")
def _diag_count(rng: random.Random) -> Problem:
    n = rng.randint(4, 9)
    shape = _NGON[n]
    ans = n * (n - 3) // 2
    mode = rng.choice(["total", "from-one", "compare"])
    if mode == "total":
        text = rng.choice([f"{shape}에 그을 수 있는 대각선은 모두 몇 개입니까?",
                           f"{shape}의 모든 대각선을 그으면 몇 개인지 구하시오.",
                           f"□ 안에 알맞은 수를 써넣으세요.\n{shape}의 대각선은 모두 □개입니다."])
        res = ans
        chk = lambda: len({frozenset((i, j)) for i in range(n) for j in range(n) if (j - i) % n not in (0, 1, n - 1)}) == res  # noqa: E731
    elif mode == "from-one":
        text = rng.choice([f"{shape}의 한 꼭짓점에서 그을 수 있는 대각선은 몇 개입니까?",
                           f"{shape}에서 꼭짓점 하나를 골라 그 꼭짓점에서만 대각선을 그으면 몇 개를 그을 수 있나요?"])
        res = n - 3
        chk = lambda: res == n - 3  # noqa: E731
    else:
        m = rng.choice([k for k in range(4, 9) if k != n])
        text = f"{shape}의 대각선의 수와 {_NGON[m]}의 대각선의 수의 합은 몇 개입니까?"
        res = ans + m * (m - 3) // 2
        chk = lambda: res == n * (n - 3) // 2 + m * (m - 3) // 2  # noqa: E731
    d = 3 if n <= 6 else 4
    return Problem(text=text, answer=f"{res}개" if "□" not in text else str(res), format="fill" if "□" in text else "word",
                   difficulty=d, achievement_level=elementary_level(d), concepts=["대각선", "다각형"], check=chk)


@family("4수03-11", "is-it-a-polygon")
def _is_polygon(rng: random.Random) -> Problem:
    yes = ["선분 5개로 둘러싸인 도형", "선분 6개로 둘러싸인 도형", "세 선분으로 둘러싸인 도형",
           "선분 8개로 둘러싸인 별 모양 도형", "선분 4개로 둘러싸인 도형"]
    no = ["원", "선분 3개가 이어져 있지만 한쪽이 열려 있는 도형", "곡선과 선분으로 둘러싸인 반원 모양",
          "두 반직선으로 이루어진 각", "선분 하나", "곡선으로만 둘러싸인 달걀 모양 도형"]
    want = rng.random() < 0.5
    if want:
        correct, wrong = rng.choice(yes), rng.sample(no, 4)
        stem = rng.choice(["다음 중 다각형은 어느 것입니까?", "다각형인 것을 고르시오."])
        good = set(yes)
    else:
        correct, wrong = rng.choice(no), rng.sample(yes, 4)
        stem = rng.choice(["다음 중 다각형이 아닌 것은 어느 것입니까?", "다각형이라고 할 수 없는 것을 찾으시오."])
        good = set(no)
    return _mcq(rng, stem, correct, wrong, difficulty=2, level="C", concepts=["다각형"],
                check=lambda ch: ch.options[ch.correct] in good and sum(o in good for o in ch.options) == 1)


@family("4수03-11", "regular-polygon-true-false")
def _reg_tf(rng: random.Random) -> Problem:
    trues = ["정다각형은 변의 길이가 모두 같고 각의 크기가 모두 같습니다.",
             "정사각형은 정다각형입니다.",
             "정삼각형은 정다각형입니다.",
             "정육각형의 변은 6개입니다.",
             "삼각형에는 대각선을 그을 수 없습니다.",
             "대각선은 다각형에서 서로 이웃하지 않는 두 꼭짓점을 이은 선분입니다."]
    falses = ["변의 길이가 모두 같으면 항상 정다각형입니다.",
              "마름모는 네 변의 길이가 같으므로 항상 정다각형입니다.",
              "직사각형은 네 각이 모두 같으므로 항상 정다각형입니다.",
              "정오각형의 꼭짓점은 6개입니다.",
              "사각형의 대각선은 4개입니다.",
              "원도 정다각형입니다."]
    return _tf_mcq(rng, trues, falses, want_true=rng.random() < 0.5, concepts=["정다각형", "대각선"],
                   difficulty=3, level="B")


@family("4수03-11", "diagonal-properties-quads")
def _diag_props(rng: random.Random) -> Problem:
    props = {
        "두 대각선의 길이가 같은": {"직사각형", "정사각형"},
        "두 대각선이 서로 수직으로 만나는": {"마름모", "정사각형"},
        "두 대각선의 길이가 같고 서로 수직으로 만나는": {"정사각형"},
    }
    prop = rng.choice(list(props))
    pool = ["직사각형", "정사각형", "마름모", "평행사변형", "사다리꼴"]
    goods = [p for p in pool if p in props[prop]]
    if rng.random() < 0.5:
        text = rng.choice([f"다음 사각형 중 {prop} 사각형을 모두 찾아 쓰시오.\n{', '.join(pool)}",
                           f"{', '.join(pool)}\n위의 사각형 중에서 항상 {prop} 것을 모두 고르세요."])
        return Problem(text=text, answer=", ".join(goods), format="word", difficulty=3, achievement_level="B",
                       concepts=["대각선"], also=["4수03-10"])
    correct = rng.choice(goods)
    wrong = [p for p in pool if p not in props[prop]] + ["삼각형"]
    stem = f"다음 중 항상 {prop} 사각형은 어느 것입니까?"
    return _mcq(rng, stem, correct, wrong, n=min(5, 1 + len(wrong)), difficulty=3, level="B", concepts=["대각선"],
                check=lambda ch: ch.options[ch.correct] in props[prop] and sum(o in props[prop] for o in ch.options) == 1)


@family("4수03-11", "polygon-riddle")
def _poly_riddle(rng: random.Random) -> Problem:
    n = rng.randint(5, 10)
    reg = rng.random() < 0.5
    clue = rng.choice([f"변의 수와 꼭짓점의 수를 더하면 {2 * n}입니다.",
                       f"한 꼭짓점에서 그을 수 있는 대각선이 {n - 3}개입니다.",
                       f"대각선을 모두 그으면 {n * (n - 3) // 2}개입니다."])
    extra = "모든 변의 길이가 같고 모든 각의 크기가 같습니다." if reg else "변의 길이가 모두 같지는 않습니다."
    text = rng.choice([f"다음 조건을 모두 만족하는 도형의 이름을 쓰시오.\n· 선분으로만 둘러싸인 도형입니다.\n· {clue}\n· {extra}",
                       f"수수께끼: 나는 선분으로 둘러싸인 도형이에요. {clue} 그리고 {extra} 나는 누구일까요?"])
    ans = ("정" if reg else "") + _NGON[n]
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A",
                   concepts=["다각형", "정다각형", "대각선"])


@family("4수03-11", "regular-angle-sum")
def _reg_angles(rng: random.Random) -> Problem:
    known = {3: 60, 4: 90, 5: 108, 6: 120, 8: 135, 10: 144}
    n = rng.choice(list(known))
    a = known[n]
    shape = "정" + _NGON[n]
    if rng.random() < 0.5:
        text = rng.choice([f"{shape}의 한 각의 크기는 {a}°입니다. {shape}의 모든 각의 크기의 합은 몇 도입니까?",
                           f"각도기로 {shape}의 한 각을 재었더니 {a}°였습니다. 나머지 각의 크기도 생각하여 모든 각의 크기의 합을 구하시오."])
        ans = f"{n * a}°"
    else:
        text = rng.choice([f"{shape}의 모든 각의 크기의 합은 {n * a}°입니다. 한 각의 크기는 몇 도입니까?",
                           f"□ 안에 알맞은 수를 써넣으세요.\n모든 각의 크기의 합이 {n * a}°인 {shape}의 한 각은 □°입니다."])
        ans = f"{a}°"
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "word", difficulty=3,
                   achievement_level="B", concepts=["정다각형"])


@family("4수03-11", "polygons-table")
def _poly_table(rng: random.Random) -> Problem:
    ns = sorted(rng.sample(range(4, 10), 4))
    blanks = rng.sample(range(4), 2)
    rows_name = [(_NGON[n] if i not in blanks else "㉠㉡㉢㉣"[i]) for i, n in enumerate(ns)]
    rows_diag = [str(n * (n - 3) // 2) if i in blanks else "㉠㉡㉢㉣"[i] for i, n in enumerate(ns)]
    rows_v = [str(n) for n in ns]
    table = ("| 다각형 | " + " | ".join(rows_name) + " |\n| 꼭짓점의 수(개) | " + " | ".join(rows_v)
             + " |\n| 대각선의 수(개) | " + " | ".join(rows_diag) + " |")
    text = rng.choice([f"다각형의 꼭짓점의 수와 대각선의 수를 나타낸 표입니다. ㉠~㉣에 알맞은 말이나 수를 쓰시오.\n{table}",
                       f"{table}\n표의 빈칸 ㉠, ㉡, ㉢, ㉣을 알맞게 채우세요."])
    ans = ", ".join(f"{'㉠㉡㉢㉣'[i]} {_NGON[n] if i in blanks else n * (n - 3) // 2}" for i, n in enumerate(ns))
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["다각형", "대각선"])
