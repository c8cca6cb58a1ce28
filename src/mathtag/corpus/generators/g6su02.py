"""Generators for 6수02 (초등 5–6학년 변화와 관계).

대응 관계를 표와 □·△를 사용한 식으로 나타내기, 비와 비율(분수·소수·백분율), 비의 성질과 비례식,
비례배분.

Reuses the private helpers of ``g6su01`` (``_d`` exact decimal text, ``_p`` particle only, ``_N``
child's name with particle, ``_fa`` fraction answer text, ``_fx`` fraction in a style, ``_pick``).
Private helpers of this module:
- ``_sym2``: a pair of symbols for the two quantities (□/△, ○/☆, ◇/△ …) so no single pair marks the label.
- ``_rule``: a one-operation rule (+, −, ×, ÷) between two quantities, with its expression text.
- ``_pct``: a rational as percent text (35%, 12.5%).
- ``_ratio_read``: the several ways Korean materials read a ratio a : b.
"""

from __future__ import annotations

import random
from fractions import Fraction

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.generators.g6su01 import _N, _d, _fa, _fx, _p, _pick
from mathtag.corpus.korean import josa, names
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import pick_style

F = Fraction

_SYMS = (("□", "△"), ("□", "△"), ("○", "△"), ("◇", "○"), ("□", "○"), ("△", "□"))


def _sym2(rng: random.Random) -> tuple[str, str]:
    return rng.choice(_SYMS)


def _pct(x: Fraction) -> str:
    return f"{_d(x * 100)}%"


_OPS = {"+": "+", "-": "-", "*": "×", "/": "÷"}


def _apply(op: str, x: int, k: int) -> int:
    return {"+": x + k, "-": x - k, "*": x * k, "/": x // k}[op]


def _rule(rng: random.Random, ops: tuple[str, ...] = ("+", "-", "*", "/")) -> tuple[str, int, list[int]]:
    """A rule y = x op k and 4–5 x values for which y is a natural number."""
    op = rng.choice(ops)
    if op == "+":
        k = rng.randint(2, 30)
        start = rng.randint(1, 10)
        xs = [start + i for i in range(rng.choice([4, 5]))]
    elif op == "-":
        k = rng.randint(1, 15)
        start = k + rng.randint(1, 10)
        xs = [start + i for i in range(rng.choice([4, 5]))]
    elif op == "*":
        k = rng.randint(2, 12)
        start = rng.randint(1, 5)
        xs = [start + i for i in range(rng.choice([4, 5]))]
    else:
        k = rng.randint(2, 9)
        start = rng.randint(1, 5)
        xs = [k * (start + i) for i in range(rng.choice([4, 5]))]
    return op, k, xs


def _expr(a: str, op: str, k: int, b: str) -> str:
    """The rule written as textbooks do: △ = □ × 4 (or □ + 3 = △)."""
    return f"{a} {_OPS[op]} {k} = {b}"


def _table(h1: str, h2: str, xs: list, ys: list) -> str:
    return f"| {h1} | " + " | ".join(str(x) for x in xs) + f" |\n| {h2} | " + " | ".join(str(y) for y in ys) + " |"


# =============================================================================================
# 6수02-01 대응 관계
# =============================================================================================

_CTX01 = (
    # (x name, y name, op, k range, sentence)
    ("세발자전거의 수(대)", "바퀴의 수(개)", "*", (3, 3), "세발자전거의 수와 바퀴의 수"),
    ("오징어의 수(마리)", "다리의 수(개)", "*", (10, 10), "오징어의 수와 다리의 수"),
    ("상자의 수(개)", "과자의 수(개)", "*", (4, 12), "상자의 수와 상자에 든 과자의 수"),
    ("탁자의 수(개)", "의자의 수(개)", "*", (4, 6), "탁자의 수와 탁자 둘레에 놓인 의자의 수"),
    ("나의 나이(살)", "언니의 나이(살)", "+", (2, 6), "나의 나이와 언니의 나이"),
    ("동생의 나이(살)", "아버지의 나이(살)", "+", (26, 35), "동생의 나이와 아버지의 나이"),
    ("서울의 시각(시)", "방콕의 시각(시)", "-", (2, 2), "서울의 시각과 방콕의 시각"),
    ("자른 횟수(번)", "도막의 수(도막)", "+", (1, 1), "끈을 자른 횟수와 도막의 수"),
    ("바퀴의 수(개)", "자동차의 수(대)", "/", (4, 4), "바퀴의 수와 자동차의 수"),
    ("색종이의 수(장)", "만든 꽃의 수(송이)", "/", (2, 5), "사용한 색종이의 수와 만든 꽃의 수"),
    ("공책의 수(권)", "공책값(원)", "*", (800, 1500), "공책의 수와 공책값"),
    ("걸은 시간(분)", "걸은 거리(m)", "*", (60, 80), "걸은 시간과 걸은 거리"),
)


def _ctx_rule(rng: random.Random) -> tuple[str, str, str, int, list[int], list[int], str]:
    xn, yn, op, (lo, hi), sent = rng.choice(_CTX01)
    k = rng.randint(lo, hi)
    if op == "*" and hi >= 100:
        k = rng.randint(lo // 100, hi // 100) * 100
    if op == "*" and lo == 60:
        k = rng.choice([60, 65, 70, 75, 80])
    n = rng.choice([4, 5])
    if op == "-":
        s = rng.randint(3, 7)
        xs = [s + i for i in range(n)]
    elif op == "/":
        s = rng.randint(1, 4)
        xs = [k * (s + i) for i in range(n)]
    else:
        s = rng.randint(1, 5) if "나이" not in xn else rng.randint(5, 9)
        xs = [s + i for i in range(n)]
    ys = [_apply(op, x, k) for x in xs]
    return xn, yn, op, k, xs, ys, sent


@family("6수02-01", "complete-table")
def _c01_table(rng: random.Random) -> Problem:
    xn, yn, op, k, xs, ys, sent = _ctx_rule(rng)
    hide = sorted(rng.sample(range(1, len(xs)), 2))
    shown = [("□" if i == hide[0] else "(  )" if i == hide[1] else y) for i, y in enumerate(ys)]
    text = (_pick(rng, f"{sent}의 대응 관계를 나타낸 표입니다. 빈칸에 알맞은 수를 차례로 써넣으세요.",
                  "표를 보고 두 양 사이의 규칙을 찾아 빈칸을 채우시오.", f"{sent} 사이의 관계를 표로 나타냈습니다. □와 (  )에 알맞은 수를 구하세요.")
            + "\n" + _table(xn, yn, xs, shown))
    ans = f"{ys[hide[0]]}, {ys[hide[1]]}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="C", concepts=["대응 관계"],
                   check=lambda: all(_apply(op, x, k) == y for x, y in zip(xs, ys, strict=True)))


@family("6수02-01", "write-rule-as-expression")
def _c01_expr(rng: random.Random) -> Problem:
    op, k, xs = _rule(rng)
    ys = [_apply(op, x, k) for x in xs]
    a, b = _sym2(rng)
    text = _pick(rng, f"표를 보고 {josa(a, '과/와')} {b} 사이의 대응 관계를 식으로 나타내시오.\n" + _table(a, b, xs, ys),
                 f"{josa(a, '이/가')} 변할 때 {josa(b, '이/가')} 어떻게 변하는지 규칙을 찾아 {josa(a, '과/와')} {b}의 관계를 식으로 쓰세요.\n" + _table(a, b, xs, ys),
                 "두 양 사이의 대응 관계를 기호를 사용하여 식으로 나타내어 보세요.\n" + _table(a, b, xs, ys))
    inv = {"+": "-", "-": "+", "*": "/", "/": "*"}[op]
    ans = f"{_expr(a, op, k, b)} (또는 {_expr(b, inv, k, a)})"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="B", concepts=["대응 관계"],
                   check=lambda: all(_apply(inv, y, k) == x for x, y in zip(xs, ys, strict=True)))


@family("6수02-01", "context-rule-expression")
def _c01_ctx(rng: random.Random) -> Problem:
    xn, yn, op, k, xs, ys, sent = _ctx_rule(rng)
    a, b = _sym2(rng)
    xw, yw = xn.split("(")[0], yn.split("(")[0]
    text = (f"{sent}의 관계를 표로 나타낸 것입니다.\n{_table(xn, yn, xs, ys)}\n"
            + _pick(rng, f"{xw}를 {a}, {yw}를 {b}(이)라고 할 때, 두 양 사이의 대응 관계를 식으로 나타내시오.",
                    f"{xw}를 {a}, {yw}를 {b}(으)로 하여 대응 관계를 나타내는 식을 쓰고, {xw}가 {xs[-1] + (k if op == '/' else 5)}일 때 {yw}를 구하시오."))
    text = text.replace(f"{xw}를", josa(xw, "을/를")).replace(f"{yw}를", josa(yw, "을/를")).replace(f"{xw}가", josa(xw, "이/가"))
    text = text.replace(f"{b}(이)라고", josa(b, "이라/라") + "고").replace(f"{b}(으)로", josa(b, "으로/로"))
    ans = _expr(a, op, k, b)
    if "구하시오" in text and "일 때" in text:
        nx = xs[-1] + (k if op == "/" else 5)
        ans += f", {_apply(op, nx, k)}"
        diff, lvl = 3, "B"
    else:
        diff, lvl = 2, "B"
    return Problem(text=text, answer=ans, format="word", difficulty=diff, achievement_level=lvl, concepts=["대응 관계"],
                   check=lambda: all(_apply(op, x, k) == y for x, y in zip(xs, ys, strict=True)))


@family("6수02-01", "value-from-expression")
def _c01_value(rng: random.Random) -> Problem:
    op, k, _xs = _rule(rng)
    a, b = _sym2(rng)
    x = rng.randint(10, 40) * (k if op == "/" else 1)
    if op == "-" and x <= k:
        x = k + rng.randint(5, 30)
    y = _apply(op, x, k)
    rev = rng.random() < 0.4
    e = _expr(a, op, k, b)
    if not rev:
        text = _pick(rng, f"{josa(a, '과/와')} {b} 사이의 대응 관계가 {e}입니다. {josa(a, '이/가')} {x}일 때 {josa(b, '은/는')} 얼마입니까?",
                     f"대응 관계를 나타낸 식 {e}에서 {a} = {x}이면 {b} = (  )입니다. (  ) 안에 알맞은 수를 써넣으세요.")
        ans = y
    else:
        text = _pick(rng, f"{josa(a, '과/와')} {b} 사이의 대응 관계를 나타낸 식이 {e}일 때, {josa(b, '이/가')} {y}이면 {josa(a, '은/는')} 얼마입니까?",
                     f"식 {e}에서 {b}의 값이 {y}일 때 {a}의 값을 구하시오.")
        ans = x
    fmt = "fill" if "(  ) 안에" in text else "computation"
    return Problem(text=text, answer=str(ans), format=fmt, difficulty=2 if not rev else 3, achievement_level="C" if not rev else "B",
                   concepts=["대응 관계"], check=lambda: _apply(op, x, k) == y)


@family("6수02-01", "choose-matching-expression-mcq")
def _c01_mcq(rng: random.Random) -> Problem:
    op, k, xs = _rule(rng, ("+", "*", "-"))
    ys = [_apply(op, x, k) for x in xs]
    a, b = _sym2(rng)
    inv = {"+": "-", "-": "+", "*": "/", "/": "*"}[op]
    correct = _expr(b, inv, k, a) if rng.random() < 0.4 else _expr(a, op, k, b)
    d = [_expr(b, op, k, a), _expr(a, inv, k, b), _expr(a, "+", ys[0] - xs[0], b) if op == "*" else _expr(a, "*", k, b),
         _expr(a, op, k + 1, b), _expr(a, op, max(1, k - 1), b) if k > 2 else _expr(a, op, k + 2, b),
         _expr(a, "+" if op != "+" else "*", k, b)]
    d = [x for x in d if x not in (_expr(a, op, k, b), _expr(b, inv, k, a))]
    # a distractor that happens to fit the first column is still wrong elsewhere; drop any that fits all
    def fits(e: str) -> bool:
        lhs, _rhs = e.split(" = ")
        s1, o, kk = lhs.split(" ")
        kk = int(kk)
        o = {"+": "+", "-": "-", "×": "*", "÷": "/"}[o]
        for x, y in zip(xs, ys, strict=True):
            src, dst = (x, y) if s1 == a else (y, x)
            if o == "/" and src % kk:
                return False
            if _apply(o, src, kk) != dst:
                return False
        return True
    d = [x for x in d if not fits(x)]
    ch = choices(rng, correct, d)
    text = (_pick(rng, "표를 보고 두 양 사이의 대응 관계를 바르게 나타낸 식을 고르시오.", "다음 표의 대응 관계를 식으로 옳게 나타낸 것은 어느 것입니까?")
            + f"\n{_table(a, b, xs, ys)}\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B", concepts=["대응 관계"],
                   choice=ch, check=lambda: fits(correct))


@family("6수02-01", "explain-correspondence")
def _c01_explain(rng: random.Random) -> Problem:
    xn, yn, op, k, xs, ys, sent = _ctx_rule(rng)
    xw, yw = xn.split("(")[0], yn.split("(")[0]
    verb = {"+": f"{k}을/를 더하면", "-": f"{k}을/를 빼면", "*": f"{k}을/를 곱하면", "/": f"{k}(으)로 나누면"}[op]
    verb = verb.replace(f"{k}을/를", f"{k}{_p(str(k), '을/를')}").replace(f"{k}(으)로", f"{k}{_p(str(k), '으로/로')}")
    text = (f"{sent}의 관계를 나타낸 표입니다.\n{_table(xn, yn, xs, ys)}\n"
            + _pick(rng, f"{josa(xw, '과/와')} {yw} 사이의 대응 관계를 말로 설명하고, 기호를 사용하여 식으로 나타내시오. 또, 식으로 나타내면 좋은 점을 쓰시오.",
                    f"{josa(xw, '이/가')} 변할 때 {josa(yw, '이/가')} 어떻게 변하는지 설명하고, 두 양의 관계를 □와 △를 사용한 식으로 나타내시오."))
    lead = f"{josa(xw, '을/를')} {k}{_p(str(k), '으로/로')} 나누면" if op == "/" else f"{xw}에 {verb}"
    ans = f"{lead} {josa(yw, '이/가')} 됩니다. □ {_OPS[op]} {k} = △ (□: {xw}, △: {yw}); 식으로 나타내면 표에 없는 값도 쉽게 구할 수 있습니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["대응 관계"],
                   check=lambda: all(_apply(op, x, k) == y for x, y in zip(xs, ys, strict=True)))


@family("6수02-01", "pattern-pieces")
def _c01_pattern(rng: random.Random) -> Problem:
    shape = rng.choice([("정사각형", 4, "누름 못"), ("정삼각형", 3, "면봉"), ("오각형", 5, "성냥개비"), ("육각형", 6, "빨대")])
    nm, sides, stick = shape
    mode = rng.choice(["separate", "chain"])
    n = rng.randint(8, 30)
    if mode == "separate":
        text = (f"{stick}{_p(stick, '으로/로')} 떨어져 있는 {nm}을 하나씩 만들고 있습니다. {nm} 1개를 만드는 데 {stick} {sides}개가 필요합니다.\n"
                f"{nm}의 수를 □, 필요한 {stick}의 수를 △라고 할 때 두 양 사이의 대응 관계를 식으로 나타내고, {nm} {n}개를 만드는 데 필요한 {stick}는 몇 개인지 구하시오.")
        text = text.replace(f"{nm}을", josa(nm, "을/를")).replace(f"{stick}는", josa(stick, "은/는"))
        ans = f"□ × {sides} = △, {n * sides}개"
        res = n * sides
    else:
        # a row of n people, each holding hands: hands-held pairs = people - 1
        text = _pick(rng, f"친구들이 한 줄로 서서 옆 사람과 손을 잡고 있습니다. 친구의 수를 □, 맞잡은 손의 쌍의 수를 △라고 할 때 대응 관계를 식으로 나타내고, 친구가 {n}명이면 맞잡은 손은 몇 쌍인지 구하시오.",
                     f"긴 막대를 한 번 자를 때마다 도막이 하나씩 늘어납니다. 자른 횟수를 □, 도막의 수를 △라고 할 때 대응 관계를 식으로 나타내고, {n}번 자르면 몇 도막이 되는지 구하시오.")
        if "손" in text:
            ans, res = f"□ - 1 = △, {n - 1}쌍", n - 1
        else:
            ans, res = f"□ + 1 = △, {n + 1}도막", n + 1
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["대응 관계"],
                   check=lambda: res > 0)


@family("6수02-01", "two-clocks-or-ages")
def _c01_clock(rng: random.Random) -> Problem:
    mode = rng.choice(["time", "age"])
    if mode == "time":
        city, diff = rng.choice([("런던", 9), ("파리", 8), ("두바이", 5), ("방콕", 2), ("베이징", 1)])
        seoul = rng.randint(diff + 1, 23)
        other = seoul - diff
        text = _pick(rng, f"같은 때에 서울의 시각은 {city}의 시각보다 {diff}시간 빠릅니다. 서울의 시각을 □시, {city}의 시각을 △시라고 할 때 두 시각 사이의 관계를 식으로 나타내고, 서울이 {seoul}시일 때 {josa(city, '은/는')} 몇 시인지 구하시오.",
                     f"서울이 {seoul - 1}시일 때 {city}는 {other - 1}시, 서울이 {seoul}시일 때 {city}는 ( )시입니다. 서울의 시각(□)과 {city}의 시각(△) 사이의 대응 관계를 식으로 쓰고 ( )에 알맞은 수를 구하시오.")
        ans = f"□ - {diff} = △, {other}시"
        chk = seoul - diff == other
    else:
        a, b = names(rng, 2)
        gap = rng.randint(2, 8)
        age = rng.randint(11, 13)
        later = rng.randint(15, 40)
        text = _pick(rng, f"{_N(a, '은/는')} {age}살이고 {_N(b, '은/는')} {age + gap}살입니다. {_N(a, '의')} 나이를 □, {_N(b, '의')} 나이를 △라고 할 때 대응 관계를 식으로 나타내고, {_N(a, '이/가')} {later}살이 되면 {_N(b, '은/는')} 몇 살인지 구하시오.",
                     f"{_N(a, '의')} 나이와 {_N(b, '의')} 나이는 해마다 함께 한 살씩 늘어납니다. 올해 {_N(a, '은/는')} {age}살, {_N(b, '은/는')} {age + gap}살일 때 두 사람의 나이 사이의 대응 관계를 식으로 나타내고, {_N(b, '이/가')} {later + gap}살이 될 때 {_N(a, '의')} 나이를 구하시오.")
        ans = f"□ + {gap} = △, {later + gap}살" if "몇 살인지" in text else f"□ + {gap} = △, {later}살"
        chk = True
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["대응 관계"],
                   check=lambda: bool(chk))


# =============================================================================================
# 6수02-02 비
# =============================================================================================

_PAIRS02 = (("사과", "배", "개"), ("남학생", "여학생", "명"), ("빨간 구슬", "파란 구슬", "개"), ("연필", "지우개", "자루·개"),
            ("강아지", "고양이", "마리"), ("장미", "튤립", "송이"), ("동화책", "위인전", "권"), ("참새", "비둘기", "마리"))


def _ratio_phrase(rng: random.Random, a: str, b: str) -> str:
    """A phrase asking for the ratio a : b in one of the forms textbooks use."""
    return rng.choice([f"{josa(a, '과/와')} {b}의 비", f"{b}에 대한 {a}의 비", f"{a}의 {b}에 대한 비"])


def _read_ratio(rng: random.Random, x: int, y: int) -> str:
    return rng.choice([f"{x} 대 {y}", f"{josa(str(x), '과/와')} {y}의 비", f"{y}에 대한 {x}의 비", f"{x}의 {y}에 대한 비"])


@family("6수02-02", "ratio-of-two-counts")
def _c02_counts(rng: random.Random) -> Problem:
    a, b, unit = rng.choice(_PAIRS02)
    if unit == "자루·개":
        ua, ub = "자루", "개"
    else:
        ua = ub = unit
    x, y = rng.sample(range(2, 30), 2)
    rev = rng.random() < 0.5
    p, q = (b, a) if rev else (a, b)
    phrase = _ratio_phrase(rng, f"{p} 수", f"{q} 수")
    text = _pick(rng, f"바구니에 {a} {x}{ua}와 {b} {y}{ub}가 있습니다. {phrase}를 쓰시오.",
                 f"{a} {x}{ua}, {b} {y}{ub}가 있습니다. {phrase}를 구하세요.",
                 f"{a}{_p(a, '이/가')} {x}{ua}, {b}{_p(b, '이/가')} {y}{ub} 있습니다. {phrase}를 : 기호를 사용하여 나타내시오.")
    text = text.replace("남학생 ", "").replace("여학생 ", "") if unit == "명" else text
    if unit == "명":
        text = _pick(rng, f"우리 반은 남학생이 {x}명, 여학생이 {y}명입니다. {phrase}를 쓰시오.",
                     f"어느 동아리 회원은 남학생 {x}명, 여학생 {y}명입니다. {phrase}를 : 기호를 사용하여 나타내세요.")
    text = text.replace(f"{x}{ua}와", f"{x}{ua}{_p(ua, '과/와')}")
    ans = f"{y} : {x}" if rev else f"{x} : {y}"
    return Problem(text=text, answer=ans, format="word", difficulty=1, achievement_level="C", concepts=["비"],
                   check=lambda: ans.split(" : ") == ([str(y), str(x)] if rev else [str(x), str(y)]))


@family("6수02-02", "ways-to-read-mcq")
def _c02_read(rng: random.Random) -> Problem:
    x, y = rng.sample(range(2, 20), 2)
    right = [f"{x} 대 {y}", f"{josa(str(x), '과/와')} {y}의 비", f"{y}에 대한 {x}의 비", f"{x}의 {y}에 대한 비"]
    wrong = [f"{y} 대 {x}", f"{x}에 대한 {y}의 비", f"{y}의 {x}에 대한 비", f"{josa(str(y), '과/와')} {x}의 비"]
    ask_wrong = rng.random() < 0.6
    if ask_wrong:
        ch = choices(rng, rng.choice(wrong), rng.sample(right, 4))
        stem = _pick(rng, f"비 {x} : {y}를 잘못 읽은 것은 어느 것입니까?", f"{x} : {y}를 읽은 것으로 옳지 않은 것을 고르시오.")
    else:
        ch = choices(rng, rng.choice(right), wrong)
        stem = _pick(rng, f"비 {x} : {y}를 바르게 읽은 것은 어느 것입니까?", f"{x} : {y}를 옳게 읽은 것을 고르세요.")
    stem = stem.replace(f"{y}를", f"{y}{_p(str(y), '을/를')}")
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="C", concepts=["비"],
                   choice=ch)


@family("6수02-02", "base-and-compared-quantity")
def _c02_base(rng: random.Random) -> Problem:
    x, y = rng.sample(range(2, 40), 2)
    form = rng.randrange(4)
    shown = [f"{x} : {y}", f"{y}에 대한 {x}의 비", f"{x}의 {y}에 대한 비", f"{x} 대 {y}"][form]
    text = _pick(rng, f"{shown}에서 기준량과 비교하는 양을 각각 쓰시오.",
                 f"{shown}에서 기준량은 □, 비교하는 양은 △입니다. □와 △에 알맞은 수를 쓰세요.",
                 f"다음 비에서 기준이 되는 양은 얼마입니까?\n{shown}")
    if "기준이 되는" in text:
        ans = str(y)
    else:
        ans = f"기준량 {y}, 비교하는 양 {x}" if "각각" in text else f"□ {y}, △ {x}"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="C" if form in (0, 3) else "B",
                   concepts=["비", "기준량", "비교하는 양"], check=lambda: x != y)


@family("6수02-02", "part-to-whole")
def _c02_whole(rng: random.Random) -> Problem:
    total = rng.randint(18, 36)
    part = rng.randint(5, total - 5)
    other = total - part
    ctx = rng.choice([("우리 반 학생", "안경을 쓴 학생", "안경을 쓰지 않은 학생", "명"),
                      ("화단의 꽃", "노란 꽃", "노랗지 않은 꽃", "송이"),
                      ("상자 속 공", "축구공", "축구공이 아닌 공", "개"),
                      ("도서관에서 빌린 책", "과학책", "과학책이 아닌 책", "권")])
    whole, p1, p2, unit = ctx
    ask = rng.choice(["other-whole", "part-whole", "whole-other", "part-other"])
    text = f"{josa(whole, '은/는')} 모두 {total}{unit}이고, 그중 {josa(p1, '은/는')} {part}{unit}입니다. "
    if ask == "other-whole":
        text += f"{p2} 수의 전체 수에 대한 비를 쓰시오."
        ans = f"{other} : {total}"
    elif ask == "part-whole":
        text += f"전체 수에 대한 {p1} 수의 비를 구하세요."
        ans = f"{part} : {total}"
    elif ask == "whole-other":
        text += f"전체 수와 {p2} 수의 비를 쓰세요."
        ans = f"{total} : {other}"
    else:
        text += f"{p1} 수와 {p2} 수의 비를 쓰시오."
        ans = f"{part} : {other}"
    return Problem(text=text, answer=ans, format="word", difficulty=2 if ask == "part-whole" else 3, achievement_level="B",
                   concepts=["비"], check=lambda: part + other == total)


@family("6수02-02", "difference-versus-times")
def _c02_compare(rng: random.Random) -> Problem:
    k2 = rng.randint(1, 4)
    k1 = k2 * rng.randint(2, 4)
    n = rng.choice([4, 5])
    items = rng.choice([("모둠 수", "연필 수(자루)", "지우개 수(개)"), ("봉지 수", "사탕 수(개)", "초콜릿 수(개)"),
                        ("상자 수", "빵 수(개)", "우유 수(개)")])
    xs = list(range(1, n + 1))
    A = [k1 * x for x in xs]
    B = [k2 * x for x in xs]
    head = f"| {items[0]} | " + " | ".join(map(str, xs)) + f" |\n| {items[1]} | " + " | ".join(map(str, A)) + f" |\n| {items[2]} | " + " | ".join(map(str, B)) + " |"
    a_name, b_name = items[1].split("(")[0], items[2].split("(")[0]
    mode = rng.choice(["explain", "fill"])
    if mode == "explain":
        u1, u2 = items[1].split("(")[1][:-1], items[2].split("(")[1][:-1]
        text = (f"한 {items[0].replace(' 수', '')}에 {a_name.replace(' 수', '')} {k1}{u1}{_p(u1, '과/와')} {b_name.replace(' 수', '')} {k2}{u2}씩 나누어 주었습니다.\n{head}\n"
                f"{josa(a_name, '과/와')} {josa(b_name, '을/를')} 뺄셈으로 비교할 때와 나눗셈으로 비교할 때의 차이점을 설명하시오.")
        ans = f"뺄셈으로 비교하면 차가 {k1 - k2}, {2 * (k1 - k2)}, …로 변하지만, 나눗셈으로 비교하면 {a_name}는 항상 {b_name}의 {_d(F(k1, k2))}배로 변하지 않습니다."
        ans = ans.replace(f"{a_name}는", josa(a_name, "은/는"))
        return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["비"],
                       check=lambda: all(a * k2 == b * k1 for a, b in zip(A, B, strict=True)))
    text = (f"표를 보고 물음에 답하시오.\n{head}\n{items[0]}{_p(items[0], '이/가')} {n + 2}일 때 {a_name}와 {b_name}의 차는 얼마이고, "
            f"{b_name}에 대한 {a_name}의 비는 무엇입니까?")
    text = text.replace(f"{a_name}와", josa(a_name, "과/와"))
    ans = f"{(k1 - k2) * (n + 2)}, {k1 * (n + 2)} : {k2 * (n + 2)}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=["비"],
                   check=lambda: k1 * (n + 2) - k2 * (n + 2) == (k1 - k2) * (n + 2))


@family("6수02-02", "colored-cells")
def _c02_grid(rng: random.Random) -> Problem:
    r, c = rng.randint(2, 5), rng.randint(3, 6)
    total = r * c
    col = rng.randint(1, total - 1)
    ask = rng.choice(["col-uncol", "col-total", "uncol-col", "total-col"])
    text = f"가로 {c}칸, 세로 {r}칸인 모눈종이 {total}칸 중에서 {col}칸을 색칠했습니다. "
    q = {"col-uncol": "색칠한 칸 수와 색칠하지 않은 칸 수의 비", "col-total": "전체 칸 수에 대한 색칠한 칸 수의 비",
         "uncol-col": "색칠하지 않은 칸 수의 색칠한 칸 수에 대한 비", "total-col": "색칠한 칸 수에 대한 전체 칸 수의 비"}[ask]
    text += _pick(rng, f"{q}를 쓰시오.", f"{q}는 □ : △입니다. □와 △에 알맞은 수를 써넣으세요.")
    ans = {"col-uncol": (col, total - col), "col-total": (col, total), "uncol-col": (total - col, col), "total-col": (total, col)}[ask]
    return Problem(text=text, answer=f"{ans[0]} : {ans[1]}", format="fill", difficulty=2, achievement_level="C", concepts=["비"],
                   check=lambda: sum(ans) in (total, total + col) or ans[0] == total)


@family("6수02-02", "mixture-ratio")
def _c02_mix(rng: random.Random) -> Problem:
    kind = rng.choice([("물", "포도 원액", "mL"), ("물", "매실청", "mL"), ("우유", "딸기 시럽", "mL"), ("흰색 물감", "파란색 물감", "mL"),
                       ("밀가루", "설탕", "g")])
    a, b, unit = kind
    ua = ub = unit
    if unit == "g·mL":
        ua, ub = "mL", "g"
    x = rng.randint(4, 30) * 10
    y = rng.randint(1, 12) * 10
    if x == y:
        y += 10
    ask = rng.choice(["b-a", "a-b", "b-total"])
    text = f"{josa(a, '과/와')} {b}{_p(b, '을/를')} 섞어서 만들려고 합니다. {a} {x} {ua}에 {b} {y} {ub}{_p(ub, '을/를')} 넣었습니다. "
    text = _pick(rng, text, f"{a} {x} {ua}{_p(ua, '과/와')} {b} {y} {ub}{_p(ub, '을/를')} 섞었습니다. ")
    if ask == "b-a":
        text += _pick(rng, f"{a} 양에 대한 {b} 양의 비를 구하시오.", f"{b} 양의 {a} 양에 대한 비를 쓰세요.")
        ans = f"{y} : {x}"
    elif ask == "a-b":
        text += f"{a} 양과 {b} 양의 비를 쓰시오."
        ans = f"{x} : {y}"
    else:
        if ua != ub:
            text += f"{a} 양과 {b} 양의 비를 쓰시오."
            ans = f"{x} : {y}"
        else:
            text += f"섞은 전체 양에 대한 {b} 양의 비를 구하시오."
            ans = f"{y} : {x + y}"
    return Problem(text=text, answer=ans, format="word", difficulty=2 if ask != "b-total" else 3, achievement_level="B",
                   concepts=["비", "기준량", "비교하는 양"], check=lambda: x != y)


@family("6수02-02", "game-record-table")
def _c02_games(rng: random.Random) -> Problem:
    teams = rng.sample(["청팀", "백팀", "홍팀", "황팀", "녹팀"], 3)
    rows = []
    for _ in teams:
        g = rng.randint(8, 20)
        w = rng.randint(1, g - 1)
        rows.append((g, w))
    t = rng.randrange(3)
    sport = rng.choice(["피구", "축구", "배구", "농구", "발야구"])
    ask = rng.choice(["win-total", "lose-win", "total-win"])
    q = {"win-total": "전체 경기 수에 대한 이긴 경기 수의 비", "lose-win": "진 경기 수와 이긴 경기 수의 비",
         "total-win": "이긴 경기 수에 대한 전체 경기 수의 비"}[ask]
    text = (f"학교 {sport} 대회에서 팀별 경기 결과를 나타낸 표입니다. (비긴 경기는 없습니다.)\n| 팀 | " + " | ".join(teams) + " |\n| 경기 수 | "
            + " | ".join(str(g) for g, _ in rows) + " |\n| 이긴 경기 수 | " + " | ".join(str(w) for _, w in rows) + " |\n"
            + f"{teams[t]}의 {q}를 쓰시오.")
    g, w = rows[t]
    ans = {"win-total": f"{w} : {g}", "lose-win": f"{g - w} : {w}", "total-win": f"{g} : {w}"}[ask]
    return Problem(text=text, answer=ans, format="data", difficulty=3 if ask == "lose-win" else 2, achievement_level="B",
                   concepts=["비", "기준량"], check=lambda: 0 < w < g)


@family("6수02-02", "odd-one-out-mcq")
def _c02_odd(rng: random.Random) -> Problem:
    x, y = rng.sample(range(2, 15), 2)
    same = [f"{x} : {y}", f"{x} 대 {y}", f"{y}에 대한 {x}의 비", f"{x}의 {y}에 대한 비", f"{josa(str(x), '과/와')} {y}의 비"]
    diff = [f"{y} : {x}", f"{x}에 대한 {y}의 비", f"{y}의 {x}에 대한 비", f"{y} 대 {x}"]
    odd = rng.choice(diff)
    ch = choices(rng, odd, rng.sample(same, 4))
    text = _pick(rng, "나타내는 비가 나머지 넷과 다른 하나는 어느 것입니까?", "다음 중 나타내는 비가 다른 것을 고르시오.")
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B", concepts=["비"],
                   choice=ch)


# =============================================================================================
# 6수02-03 비율 (분수, 소수, 백분율)
# =============================================================================================

def _nice_ratio(rng: random.Random, *, max_b: int = 50, allow_big: bool = False) -> tuple[int, int]:
    """a : b whose rate a/b is a terminating decimal (so fraction, decimal and percent all work)."""
    while True:
        b = rng.choice([2, 4, 5, 8, 10, 20, 25, 40, 50, 16, 12, 15, 30])
        if b > max_b:
            continue
        a = rng.randint(1, 2 * b if allow_big else b - 1)
        r = F(a, b)
        if a != b and (r * 1000).denominator == 1:
            return a, b


@family("6수02-03", "ratio-to-fraction-and-decimal")
def _c03_basic(rng: random.Random) -> Problem:
    a, b = _nice_ratio(rng, allow_big=rng.random() < 0.25)
    r = F(a, b)
    form = rng.randrange(4)
    shown = [f"{a} : {b}", f"{b}에 대한 {a}의 비", f"{a}의 {b}에 대한 비", f"{a} 대 {b}"][form]
    ask = rng.choice(["both", "frac", "dec"])
    if ask == "both":
        text = _pick(rng, f"{shown}의 비율을 분수와 소수로 각각 나타내시오.", f"{shown}의 비율을 분수로 나타내고, 소수로도 나타내세요.")
        ans = f"{_fa(r, mixed=False)}, {_d(r)}"
    elif ask == "frac":
        text = _pick(rng, f"{shown}의 비율을 기약분수로 나타내시오.", f"다음 비의 비율을 기약분수로 쓰세요.\n{shown}")
        ans = _fa(r, mixed=False)
    else:
        text = _pick(rng, f"{shown}의 비율을 소수로 나타내면 얼마입니까?", f"다음 비를 비율로 나타내어 소수로 쓰시오.\n{shown}",
                      f"{shown}\n(비교하는 양) ÷ (기준량)을 계산하여 비율을 소수로 나타내세요.")
        ans = _d(r)
    return Problem(text=text, answer=ans, format="computation", difficulty=1 if form == 0 else 2, achievement_level="C" if form == 0 else "B",
                   concepts=["비율", "기준량", "비교하는 양"], check=lambda: F(_d(r)) * b == a)


@family("6수02-03", "convert-to-percent")
def _c03_pct(rng: random.Random) -> Problem:
    mode = rng.choice(["frac", "dec", "from-pct", "from-pct"])
    st = pick_style(rng, (0.35, 0.25, 0.4))
    if mode == "frac":
        a, b = _nice_ratio(rng)
        r = F(a, b)
        while (r * 100).denominator != 1:
            a, b = _nice_ratio(rng)
            r = F(a, b)
        fx = _fx(r, st, mixed=False)
        text = _pick(rng, f"비율 {fx}{_p(str(r.numerator), '을/를')} 백분율로 나타내시오.",
                     f"{fx} = □%\n□ 안에 알맞은 수를 써넣으세요.", f"분수로 나타낸 비율 {fx}{_p(str(r.numerator), '은/는')} 몇 %입니까?")
        ans = _pct(r)
    elif mode == "dec":
        r = F(rng.randint(1, 199), 100) if rng.random() < 0.8 else F(rng.randint(1, 999), 1000)
        text = _pick(rng, f"비율 {_d(r)}{_p(_d(r), '을/를')} 백분율로 나타내시오.", f"{_d(r)} = □%\n□ 안에 알맞은 수를 써넣으세요.",
                     f"소수 {_d(r)}{_p(_d(r), '을/를')} 백분율로 나타내면 몇 %입니까?")
        ans = _pct(r)
    else:
        p = rng.choice([rng.randint(1, 99), rng.randint(1, 99), rng.choice([5, 12.5, 37.5, 120, 150, 2.5])])
        r = F(str(p)) / 100
        ptxt = f"{_d(F(str(p)))}%"
        text = _pick(rng, f"{ptxt}{_p(ptxt, '을/를')} 소수와 기약분수로 각각 나타내시오.", f"백분율 {ptxt}{_p(ptxt, '을/를')} 소수로 나타내세요.",
                     f"{ptxt}{_p(ptxt, '을/를')} 기약분수로 나타내시오.")
        ans = f"{_d(r)}, {_fa(r, mixed=False)}" if "각각" in text else _d(r) if "소수로" in text else _fa(r, mixed=False)
    fmt = "fill" if "□" in text else "computation"
    if fmt == "fill":
        ans = ans.rstrip("%")
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="C", concepts=["비율", "백분율"],
                   check=lambda: F(ans.split(",")[0].rstrip("%").split("/")[0]) >= 0)


@family("6수02-03", "success-rate-word")
def _c03_success(rng: random.Random) -> Problem:
    who = rng.choice(names(rng, 1))
    act = rng.choice([("자유투를", "번 던져서", "번 넣었습니다", "성공률"), ("공을 골대에", "번 차서", "번 골을 넣었습니다", "성공률"),
                      ("과녁에 화살을", "번 쏘아서", "번 맞혔습니다", "명중률"), ("씨앗을", "개 심어서", "개가 싹이 났습니다", "발아율"),
                      ("타석에", "번 들어서서", "번 안타를 쳤습니다", "안타를 친 비율")])
    a, b = _nice_ratio(rng, max_b=50)
    while b < 8 or (F(a, b) * 100).denominator != 1:
        a, b = _nice_ratio(rng, max_b=50)
    form = rng.choice(["pct", "pct", "dec", "frac"])
    tail = {"pct": "몇 %입니까?", "dec": "소수로 나타내시오.", "frac": "기약분수로 나타내시오."}[form]
    text = f"{_N(who, '은/는')} {act[0]} {b}{act[1]} {a}{act[2]}. {_N(who, '의')} {act[3]}{_p(act[3], '을/를')} " if form != "pct" else f"{_N(who, '은/는')} {act[0]} {b}{act[1]} {a}{act[2]}. {_N(who, '의')} {act[3]}{_p(act[3], '은/는')} "
    text += tail
    r = F(a, b)
    ans = {"pct": _pct(r), "dec": _d(r), "frac": _fa(r, mixed=False)}[form]
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="B", concepts=["비율", "백분율"],
                   check=lambda: F(_d(r)) * b == a)


@family("6수02-03", "discount-rate")
def _c03_discount(rng: random.Random) -> Problem:
    item = rng.choice(["티셔츠", "운동화", "가방", "필통", "모자", "장난감", "우산"])
    price = rng.randint(10, 90) * 1000
    rate = rng.choice([5, 10, 15, 20, 25, 30, 40, 50])
    while (price * rate) % 100:
        price = rng.randint(10, 90) * 1000
    sale = price - price * rate // 100
    mode = rng.choice(["rate", "rate", "price"])
    if mode == "rate":
        text = _pick(rng, f"정가가 {price:,}원인 {josa(item, '을/를')} 할인하여 {sale:,}원에 팔고 있습니다. 할인율은 몇 %입니까?",
                     f"{price:,}원짜리 {josa(item, '을/를')} {sale:,}원에 샀습니다. 원래 가격에 대한 할인 금액의 비율을 백분율로 나타내시오.")
        ans = f"{rate}%"
    else:
        text = _pick(rng, f"{price:,}원인 {josa(item, '을/를')} {rate}% 할인하여 판다고 합니다. 할인한 금액과 할인된 판매 가격은 각각 얼마입니까?",
                     f"가게에서 {josa(item, '을/를')} 정가 {price:,}원에서 {rate}% 할인해 줍니다. {josa(item, '을/를')} 사려면 얼마를 내야 합니까?")
        ans = f"{price * rate // 100:,}원, {sale:,}원" if "각각" in text else f"{sale:,}원"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B" if mode == "rate" else "A",
                   concepts=["비율", "백분율"], check=lambda: F(price - sale, price) == F(rate, 100))


@family("6수02-03", "speed-or-density")
def _c03_rate(rng: random.Random) -> Problem:
    mode = rng.choice(["speed", "speed", "density", "scale"])
    if mode == "speed":
        who = rng.choice(["버스", "기차", "자전거", "자동차"])
        v = {"버스": (40, 70), "기차": (80, 150), "자전거": (12, 20), "자동차": (60, 100)}[who]
        sp = rng.randint(*v)
        t = rng.randint(2, 5)
        text = _pick(rng, f"{josa(who, '이/가')} {sp * t} km를 가는 데 {t}시간이 걸렸습니다. 걸린 시간에 대한 간 거리의 비율을 구하시오.",
                     f"{who}{_p(who, '은/는')} {t}시간 동안 {sp * t} km를 달렸습니다. 걸린 시간에 대한 달린 거리의 비율은 얼마입니까?")
        ans = str(sp)
        chk = sp * t == sp * t
    elif mode == "density":
        town = rng.choice(["가 마을", "나 마을", "푸른 마을", "햇살 마을"])
        area = rng.randint(2, 9)
        per = rng.randint(30, 400)
        text = (f"{josa(town, '은/는')} 넓이가 {area} km²이고 인구가 {area * per:,}명입니다. 넓이에 대한 인구의 비율을 구하시오.")
        ans = str(per)
        chk = True
    else:
        real = rng.choice([100, 200, 500, 1000, 2000, 5000])
        d_map = rng.randint(2, 12)
        text = (f"지도에서 {d_map} cm는 실제 거리로 {d_map * real // 100} m입니다. 실제 거리에 대한 지도에서 거리의 비율을 분수로 나타내시오. (1 m = 100 cm)")
        ans = f"1/{real}"
        chk = F(d_map, d_map * real) == F(1, real)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["비율", "기준량", "비교하는 양"],
                   check=lambda: bool(chk))


@family("6수02-03", "solution-concentration")
def _c03_salt(rng: random.Random) -> Problem:
    solute = rng.choice(["소금", "설탕"])
    pct = rng.choice([4, 5, 8, 10, 12, 15, 20, 25])
    total = rng.choice([100, 150, 200, 250, 300, 400, 500])
    while (total * pct) % 100:
        total = rng.choice([100, 200, 300, 400, 500])
    s_amt = total * pct // 100
    water = total - s_amt
    mode = rng.choice(["given-water", "given-total", "amount"])
    if mode == "given-water":
        text = _pick(rng, f"물 {water} g에 {solute} {s_amt} g을 넣어 {solute}물을 만들었습니다. {solute}물 양에 대한 {solute} 양의 비율은 몇 %입니까?",
                     f"물 {water} g에 {solute} {s_amt} g을 녹였습니다. 이 {solute}물의 진하기는 몇 %인지 구하시오. (진하기는 {solute}물 전체 양에 대한 {solute} 양의 비율입니다.)")
        ans = f"{pct}%"
    elif mode == "given-total":
        text = f"{solute} {s_amt} g이 녹아 있는 {solute}물 {total} g이 있습니다. {solute}물에서 {solute}이 차지하는 비율을 백분율로 나타내시오."
        text = text.replace("설탕이 차지하는", "설탕이 차지하는")
        ans = f"{pct}%"
    else:
        text = f"진하기가 {pct}%인 {solute}물 {total} g에는 {solute}이 몇 g 녹아 있습니까?"
        ans = f"{s_amt} g"
    return Problem(text=text, answer=ans, format="word", difficulty=3 if mode != "amount" else 4, achievement_level="B" if mode != "amount" else "A",
                   concepts=["비율", "백분율"], check=lambda: F(s_amt, total) == F(pct, 100))


@family("6수02-03", "compare-rates-table")
def _c03_table(rng: random.Random) -> Problem:
    ctx = rng.choice([("후보", "득표수(표)", "득표율", ["가", "나", "다"]), ("반", "신청한 학생 수(명)", "신청률", ["1반", "2반", "3반"]),
                      ("모둠", "싹이 난 씨앗 수(개)", "발아율", ["1모둠", "2모둠", "3모둠"]), ("선수", "성공한 슛 수(개)", "성공률", None)])
    head, col, rate_name, labels = ctx
    if labels is None:
        labels = names(rng, 3)
    if head == "후보":
        total = rng.choice([200, 250, 400, 500, 800])
        while True:
            v1 = rng.randint(total // 10, total // 2)
            v2 = rng.randint(total // 10, total - v1 - total // 10)
            v3 = total - v1 - v2
            votes = [v1, v2, v3]
            if len(set(votes)) == 3 and all((F(v, total) * 100).denominator == 1 for v in votes):
                break
        text = (f"전교 어린이회장 선거에서 후보별 득표수를 나타낸 표입니다. 투표한 학생은 모두 {total}명이고 무효표는 없습니다.\n| 후보 | "
                + " | ".join(labels) + " |\n| 득표수(표) | " + " | ".join(map(str, votes)) + " |\n"
                + _pick(rng, f"{labels[0]} 후보의 득표율은 몇 %입니까?", "득표율이 가장 높은 후보의 득표율은 몇 %입니까?"))
        i = 0 if f"{labels[0]} 후보의" in text else votes.index(max(votes))
        ans = _pct(F(votes[i], total))
        return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=["비율", "백분율"],
                       check=lambda: sum(votes) == total)
    rows = []
    while len(rows) < 3:
        a, b = _nice_ratio(rng, max_b=50)
        if b >= 8 and (F(a, b) * 100).denominator == 1 and all(F(a, b) != F(x, y) for x, y in rows):
            rows.append((a, b))
    base_col = {"반": "반 학생 수(명)", "모둠": "심은 씨앗 수(개)", "선수": "던진 슛 수(개)"}[head]
    text = (f"표를 보고 {rate_name}{_p(rate_name, '이/가')} 가장 높은 {head}{_p(head, '을/를')} 찾고, 그 {rate_name}{_p(rate_name, '을/를')} 백분율로 나타내시오.\n| {head} | "
            + " | ".join(labels) + f" |\n| {base_col} | " + " | ".join(str(b) for _, b in rows) + f" |\n| {col} | " + " | ".join(str(a) for a, _ in rows) + " |")
    rates = [F(a, b) for a, b in rows]
    i = rates.index(max(rates))
    return Problem(text=text, answer=f"{labels[i]}, {_pct(rates[i])}", format="data", difficulty=3, achievement_level="A" if head != "반" else "B",
                   concepts=["비율", "백분율"], check=lambda: rates.count(max(rates)) == 1)


@family("6수02-03", "largest-rate-mcq")
def _c03_mcq(rng: random.Random) -> Problem:
    while True:
        vals = [F(rng.randint(1, 19), 20) for _ in range(5)]
        if len(set(vals)) == 5:
            break
    forms = ["frac", "dec", "pct", "ratio", "ratio2"]
    rng.shuffle(forms)
    txt = []
    for v, f in zip(vals, forms, strict=True):
        if f == "frac":
            txt.append(_fa(v, mixed=False))
        elif f == "dec":
            txt.append(_d(v))
        elif f == "pct":
            txt.append(_pct(v))
        elif f == "ratio":
            k = rng.choice([1, 2, 5])
            txt.append(f"{v.numerator * k} : {v.denominator * k}")
        else:
            txt.append(f"{v.denominator}에 대한 {v.numerator}의 비")
    big = rng.random() < 0.5
    best = max(vals) if big else min(vals)
    corr = txt[vals.index(best)]
    ch = choices(rng, corr, [t for t in txt if t != corr])
    text = _pick(rng, f"비율이 가장 {'큰' if big else '작은'} 것은 어느 것입니까?", f"다음 중 비율이 가장 {'높은' if big else '낮은'} 것을 고르시오.")
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B", concepts=["비율", "백분율"],
                   choice=ch, check=lambda: vals.count(best) == 1)


@family("6수02-03", "interest-rate")
def _c03_interest(rng: random.Random) -> Problem:
    bank = rng.choice(["가 은행", "나 은행", "학교 앞 은행"])
    p = rng.choice([10000, 20000, 50000, 100000, 200000])
    r = rng.choice([1, 2, 3, 4, 5, 6])
    i = p * r // 100
    mode = rng.choice(["rate", "compare"])
    if mode == "rate":
        text = f"{bank}에 {p:,}원을 1년 동안 예금했더니 이자가 {i:,}원 붙었습니다. 예금한 돈에 대한 이자의 비율은 몇 %입니까?"
        ans = f"{r}%"
        chk = F(i, p) == F(r, 100)
    else:
        p2 = rng.choice([x for x in (10000, 20000, 50000, 100000, 200000) if x != p])
        r2 = rng.choice([x for x in (1, 2, 3, 4, 5, 6) if x != r])
        i2 = p2 * r2 // 100
        text = (f"1년 동안 가 은행에 {p:,}원을 예금하면 이자가 {i:,}원, 나 은행에 {p2:,}원을 예금하면 이자가 {i2:,}원입니다. "
                "예금한 돈에 대한 이자의 비율이 더 높은 은행은 어느 은행입니까?")
        ans = "가 은행" if r > r2 else "나 은행"
        chk = (F(i, p) > F(i2, p2)) == (ans == "가 은행")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B" if mode == "rate" else "A",
                   concepts=["비율", "백분율"], check=lambda: bool(chk))


# =============================================================================================
# 6수02-04 비의 성질과 비례식
# =============================================================================================

def _prop(rng: random.Random) -> tuple[int, int, int, int]:
    """a : b = c : d with natural numbers, a : b not equal to c : d as written."""
    while True:
        p, q = rng.randint(1, 12), rng.randint(1, 12)
        if p == q:
            continue
        k1, k2 = rng.sample(range(1, 10), 2)
        a, b, c, d = p * k1, q * k1, p * k2, q * k2
        if max(a, b, c, d) <= 120:
            return a, b, c, d


@family("6수02-04", "solve-proportion")
def _c04_solve(rng: random.Random) -> Problem:
    a, b, c, d = _prop(rng)
    vals = [a, b, c, d]
    i = rng.randrange(4)
    shown = [str(v) if j != i else "□" for j, v in enumerate(vals)]
    e = f"{shown[0]} : {shown[1]} = {shown[2]} : {shown[3]}"
    text = _pick(rng, f"비례식에서 □ 안에 알맞은 수를 구하시오.\n{e}", f"{e}\n□ 안에 알맞은 수를 써넣으세요.", f"다음 비례식을 푸세요.\n{e}",
                 f"비례식 {e}에서 □의 값은 얼마입니까?")
    return Problem(text=text, answer=str(vals[i]), format="fill" if "써넣으세요" in text else "computation",
                   difficulty=2 if i in (2, 3) else 3, achievement_level="C" if i in (2, 3) else "B", concepts=["비례식"],
                   check=lambda: a * d == b * c)


@family("6수02-04", "simplest-natural-ratio")
def _c04_simplest(rng: random.Random) -> Problem:
    kind = rng.choice(["nat", "dec", "frac", "mixed"])
    p, q = rng.randint(1, 12), rng.randint(1, 12)
    while p == q or (F(p, q).denominator == 1 and F(p, q).numerator == 1):
        p, q = rng.randint(1, 12), rng.randint(1, 12)
    g = 1
    from math import gcd
    g = gcd(p, q)
    p, q = p // g, q // g
    st = pick_style(rng, (0.35, 0.25, 0.4))
    if kind == "nat":
        k = rng.randint(2, 9)
        shown = f"{p * k} : {q * k}"
    elif kind == "dec":
        k = rng.choice([F(1, 10), F(2, 10), F(3, 10), F(5, 10), F(12, 10), F(15, 10), F(1, 100) * rng.randint(2, 9)])
        shown = f"{_d(p * k)} : {_d(q * k)}"
    elif kind == "frac":
        # 1/x : 1/y  -> y : x
        x, y = q, p
        if x == 1 or y == 1:
            x, y = q + 1, p + 1
            g2 = gcd(y, x)
            p, q = y // g2, x // g2
        shown = f"{_fx(F(1, x), st)} : {_fx(F(1, y), st)}"
    else:
        fa = F(p, rng.choice([2, 3, 4, 5]))
        k = F(1, rng.choice([2, 4, 5, 10]))
        shown = f"{_d(q * k) if (q * k * 100).denominator == 1 else _fx(q * k, st)} : {_fx(fa * 0 + q * k, st)}"
        # a fraction and a decimal: p*k as fraction, q*k as decimal
        shown = f"{_fx(p * k, st, mixed=False)} : {_d(q * k)}"
    text = _pick(rng, f"간단한 자연수의 비로 나타내시오.\n{shown}", f"다음 비를 간단한 자연수의 비로 나타내세요.\n{shown}",
                 f"비의 성질을 이용하여 가장 간단한 자연수의 비로 나타내면 무엇입니까?\n{shown}")
    return Problem(text=text, answer=f"{p} : {q}", format="computation", difficulty=2 if kind == "nat" else 3,
                   achievement_level="C" if kind == "nat" else "B", concepts=["비", "비례식"], check=lambda: gcd(p, q) == 1)


@family("6수02-04", "ratio-property-fill")
def _c04_fill(rng: random.Random) -> Problem:
    p, q = rng.randint(1, 12), rng.randint(1, 12)
    while p == q:
        q = rng.randint(1, 12)
    k = rng.randint(2, 9)
    st = pick_style(rng, (0.3, 0.3, 0.4))
    times, div = ("\\times", "\\div") if st == "latex" else ("×", "÷")
    if rng.random() < 0.5:
        line = f"{p} : {q} = ({p} {times} {k}) : ({q} {times} □) = □ : {q * k}"
        ans = f"{k}, {p * k}"
        what = "비의 앞의 수와 뒤의 수에 0이 아닌 같은 수를 곱하여도 비율은 같습니다."
    else:
        line = f"{p * k} : {q * k} = ({p * k} {div} □) : ({q * k} {div} {k}) = {p} : □"
        ans = f"{k}, {q}"
        what = "비의 앞의 수와 뒤의 수를 0이 아닌 같은 수로 나누어도 비율은 같습니다."
    if st == "latex":
        line = f"${line}$"
    text = _pick(rng, f"{what} □ 안에 알맞은 수를 차례로 써넣으세요.\n{line}", f"□ 안에 알맞은 수를 써넣으세요.\n{line}")
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="C", concepts=["비", "비율", "비례식"],
                   check=lambda: F(p, q) == F(p * k, q * k))


@family("6수02-04", "valid-proportion-mcq")
def _c04_mcq(rng: random.Random) -> Problem:
    p, q = rng.randint(2, 9), rng.randint(2, 9)
    while p == q:
        q = rng.randint(2, 9)
    good_k = rng.randint(2, 8)
    correct = f"{p} : {q} = {p * good_k} : {q * good_k}"
    wrong = [f"{p} : {q} = {q * good_k} : {p * good_k}", f"{p} : {q} = {p + good_k} : {q + good_k}",
             f"{p} : {q} = {p * good_k} : {q * (good_k + 1)}", f"{p} : {q} = {p * good_k} : {q + good_k}",
             f"{p} : {q} = {p * good_k + 1} : {q * good_k}", f"{p} : {q} = {p * good_k} : {q * good_k - 1}",
             f"{p} : {q} = {q} : {p}", f"{p} : {q} = {p + 1} : {q + 1}"]
    wrong = list(dict.fromkeys(wrong))
    wrong = [w for w in wrong if (lambda s: F(int(s.split(' = ')[1].split(' : ')[0]), int(s.split(' = ')[1].split(' : ')[1])) != F(p, q))(w)]
    ch = choices(rng, correct, wrong)
    text = _pick(rng, "비례식을 바르게 나타낸 것은 어느 것입니까?", "옳은 비례식을 고르시오.", "비율이 같은 두 비를 등호를 사용하여 나타낸 식을 고르세요.")
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B", concepts=["비례식", "비율"],
                   choice=ch, check=lambda: F(p * good_k, q * good_k) == F(p, q))


_SCALE = (
    ("밀가루와 설탕을 {p} : {q}의 비로 섞어 쿠키 반죽을 만들려고 합니다. 밀가루를 {x} g 넣는다면 설탕은 몇 g 넣어야 합니까?", "g"),
    ("물과 쌀의 양을 {p} : {q}로 하여 밥을 지으려고 합니다. 물을 {x} mL 넣으면 쌀은 몇 mL가 필요합니까?", "mL"),
    ("사진의 가로와 세로의 비가 {p} : {q}가 되도록 확대하려고 합니다. 가로를 {x} cm로 하면 세로는 몇 cm로 해야 합니까?", "cm"),
    ("흰색 물감과 빨간색 물감을 {p} : {q}로 섞어 분홍색을 만듭니다. 흰색 물감 {x} mL를 사용하면 빨간색 물감은 몇 mL 필요합니까?", "mL"),
    ("어느 날 같은 시각에 길이가 {p} m인 막대의 그림자 길이가 {q} m였습니다. 이때 그림자 길이가 {y} m인 나무의 높이는 몇 m입니까?", "m"),
)


@family("6수02-04", "scale-a-mixture-word")
def _c04_mix(rng: random.Random) -> Problem:
    tpl, unit = rng.choice(_SCALE)
    p, q = rng.randint(1, 9), rng.randint(1, 9)
    while p == q:
        q = rng.randint(1, 9)
    k = rng.randint(2, 15) * (10 if unit in ("g", "mL") else 1)
    x, y = p * k, q * k
    if "그림자" in tpl:
        text = tpl.format(p=p, q=q, y=y)
        ans = f"{x} {unit}"
        chk = F(p, q) == F(x, y)
    else:
        text = tpl.format(p=p, q=q, x=x).replace(f"{p} : {q}가", f"{p} : {josa(str(q), '이/가')}").replace(
            f"{p} : {q}로", f"{p} : {josa(str(q), '으로/로')}")
        ans = f"{y} {unit}"
        chk = p * y == q * x
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["비례식"],
                   check=lambda: bool(chk))


@family("6수02-04", "price-or-time-word")
def _c04_price(rng: random.Random) -> Problem:
    mode = rng.choice(["price", "time", "walk"])
    if mode == "price":
        item = rng.choice(["공책", "연필", "지우개", "붕어빵", "호두과자"])
        n1 = rng.randint(2, 6)
        unit_p = rng.choice([200, 300, 400, 500, 600, 700, 800, 1000, 1200])
        n2 = rng.randint(7, 20)
        text = _pick(rng, f"{item} {n1}개의 값이 {n1 * unit_p:,}원입니다. 같은 {item} {n2}개의 값은 얼마인지 비례식을 세워 구하시오.",
                     f"{item} {n1}개에 {n1 * unit_p:,}원입니다. {n2 * unit_p:,}원으로는 {josa(item, '을/를')} 몇 개 살 수 있습니까?")
        ans = f"{n2 * unit_p:,}원" if "값은" in text else f"{n2}개"
        chk = n1 * (n2 * unit_p) == n2 * (n1 * unit_p)
    elif mode == "time":
        machine = rng.choice(["기계", "복사기", "인쇄기"])
        t1 = rng.randint(2, 6)
        rate = rng.randint(5, 30)
        t2 = rng.randint(7, 30)
        text = f"{josa(machine, '은/는')} {t1}분 동안 {t1 * rate}장을 일정하게 인쇄합니다. 같은 빠르기로 {t2 * rate}장을 인쇄하는 데 몇 분이 걸립니까?"
        ans = f"{t2}분"
        chk = t1 * t2 * rate == t2 * t1 * rate
    else:
        who = rng.choice(names(rng, 1))
        t1 = rng.choice([10, 15, 20, 30])
        d1 = rng.choice([600, 800, 900, 1000, 1200])
        m = rng.randint(2, 6)
        text = f"{_N(who, '은/는')} 일정한 빠르기로 {t1}분 동안 {d1} m를 걷습니다. 같은 빠르기로 {t1 * m}분 동안 걸으면 몇 m를 갈 수 있습니까?"
        ans = f"{d1 * m} m"
        chk = True
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["비례식"], check=lambda: bool(chk))


@family("6수02-04", "explain-solving-method")
def _c04_explain(rng: random.Random) -> Problem:
    a, b, c, d = _prop(rng)
    who = names(rng, 1)[0]
    i = rng.choice([2, 3])
    shown = [str(a), str(b), str(c), str(d)]
    shown[i] = "□"
    e = f"{shown[0]} : {shown[1]} = {shown[2]} : {shown[3]}"
    mode = rng.choice(["two-ways", "check"])
    if mode == "two-ways":
        text = f"비례식 {e}에서 □에 알맞은 수를 두 가지 방법으로 구하고, 각 방법을 설명하시오."
        ans = (f"{[a, b, c, d][i]} (방법 1: 비의 성질 — 앞의 비의 두 항에 같은 수를 곱하거나 나누어 구합니다. "
               f"방법 2: 바깥쪽 두 수의 곱과 안쪽 두 수의 곱이 같음을 이용하여 구합니다.)")
    else:
        wrong = [a, b, c, d][i] + rng.choice([1, 2, 3])
        text = f"{_N(who, '은/는')} 비례식 {e}에서 □ = {wrong}라고 답했습니다. 답이 맞는지 확인하는 방법을 설명하고, 바른 답을 구하시오."
        text = text.replace(f"{wrong}라고", f"{wrong}{_p(str(wrong), '이라/라')}고")
        ans = f"{[a, b, c, d][i]} (□ = {wrong}{_p(str(wrong), '을/를')} 넣으면 두 비의 비율이 같지 않으므로 틀렸습니다.)"
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A", concepts=["비례식", "비율"],
                   check=lambda: a * d == b * c)


@family("6수02-04", "map-scale")
def _c04_map(rng: random.Random) -> Problem:
    cm = rng.randint(1, 5)
    km = rng.randint(1, 5)
    while cm == km:
        km = rng.randint(1, 5)
    m = rng.randint(2, 9)
    mode = rng.choice(["to-real", "to-map"])
    if mode == "to-real":
        text = _pick(rng, f"지도에서 {cm} cm가 실제로 {km} km를 나타냅니다. 지도에서 두 도시 사이의 거리가 {cm * m} cm라면 실제 거리는 몇 km입니까?",
                     f"어느 지도에서는 {cm} cm : {km} km의 비로 거리를 나타냅니다. 이 지도에서 {cm * m} cm는 실제로 몇 km입니까?")
        ans = f"{km * m} km"
    else:
        text = f"지도에서 {cm} cm가 실제 거리 {km} km를 나타낼 때, 실제 거리 {km * m} km는 지도에서 몇 cm로 나타내야 합니까?"
        ans = f"{cm * m} cm"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["비례식"],
                   check=lambda: cm * (km * m) == km * (cm * m))


# =============================================================================================
# 6수02-05 비례배분
# =============================================================================================

def _split(rng: random.Random, lo: int = 2, hi: int = 9, kmax: int = 20) -> tuple[int, int, int]:
    """(a, b, total) with total divisible by a + b and a != b."""
    a, b = rng.randint(1, hi), rng.randint(1, hi)
    while a == b or max(a, b) < lo:
        a, b = rng.randint(1, hi), rng.randint(1, hi)
    k = rng.randint(2, kmax)
    return a, b, (a + b) * k


@family("6수02-05", "split-a-number")
def _c05_number(rng: random.Random) -> Problem:
    a, b, t = _split(rng)
    text = _pick(rng, f"{t}{_p(str(t), '을/를')} {a} : {b}{_p(str(b), '으로/로')} 비례배분하시오.",
                 f"{t}{_p(str(t), '을/를')} {a} : {b}{_p(str(b), '으로/로')} 나누면 각각 얼마입니까?",
                 f"다음 수를 주어진 비로 비례배분하여 [  ,  ] 안에 써넣으세요.\n{t}  ({a} : {b})  →  [  ,  ]")
    ka, kb = t * a // (a + b), t * b // (a + b)
    return Problem(text=text, answer=f"{ka}, {kb}", format="fill" if "써넣으세요" in text else "computation", difficulty=2,
                   achievement_level="C", concepts=["비례배분"], check=lambda: ka + kb == t and ka * b == kb * a)


@family("6수02-05", "share-items-word")
def _c05_share(rng: random.Random) -> Problem:
    a, b, t = _split(rng, kmax=12)
    obj, unit = rng.choice([("사탕", "개"), ("구슬", "개"), ("색종이", "장"), ("딱지", "장"), ("밤", "톨"), ("귤", "개"), ("공책", "권")])
    p1, p2 = rng.choice([("형", "동생"), ("언니", "동생"), ("누나", "동생")] + [tuple(names(rng, 2))])
    ask = rng.choice(["both", "first", "second"])
    lead = _pick(rng, f"{obj} {t}{unit}{_p(unit, '을/를')} {josa(p1, '과/와')} {p2}{_p(p2, '이/가')} {a} : {b}{_p(str(b), '으로/로')} 나누어 가지려고 합니다.",
                 f"{josa(p1, '과/와')} {p2}{_p(p2, '은/는')} {obj} {t}{unit}{_p(unit, '을/를')} {a} : {b}의 비로 나누어 가졌습니다.")
    ka, kb = t * a // (a + b), t * b // (a + b)
    if ask == "both":
        q = f"두 사람은 {obj}{_p(obj, '을/를')} 각각 몇 {unit}씩 가지게 됩니까?"
        ans = f"{p1} {ka}{unit}, {p2} {kb}{unit}"
    elif ask == "first":
        q = f"{p1}{_p(p1, '은/는')} 몇 {unit}{_p(unit, '을/를')} 가지게 됩니까?"
        ans = f"{ka}{unit}"
    else:
        q = f"{p2}{_p(p2, '이/가')} 가지는 {obj}{_p(obj, '은/는')} 몇 {unit}인지 구하시오."
        ans = f"{kb}{unit}"
    return Problem(text=f"{lead} {q}", answer=ans, format="word", difficulty=2, achievement_level="B", concepts=["비례배분"],
                   check=lambda: ka + kb == t and ka * b == kb * a)


@family("6수02-05", "profit-by-investment")
def _c05_profit(rng: random.Random) -> Problem:
    a, b = names(rng, 2)
    ia, ib = rng.sample([10, 20, 30, 40, 50, 60, 80, 100], 2)
    ia, ib = ia * 10000, ib * 10000
    from math import gcd
    g = gcd(ia, ib)
    ra, rb = ia // g, ib // g
    k = rng.randint(2, 30) * 1000
    profit = (ra + rb) * k
    text = _pick(rng, f"{josa(a, '과/와')} {b}{_p(b, '이/가')} 각각 {ia:,}원, {ib:,}원을 모아 물건을 사서 팔았더니 {profit:,}원의 이익이 생겼습니다. 낸 돈의 비로 이익금을 나누어 가진다면 {_N(a, '은/는')} 얼마를 가지게 됩니까?",
                 f"두 사람이 낸 돈의 비에 따라 이익금 {profit:,}원을 나누려고 합니다. {_N(a, '이/가')} {ia:,}원, {_N(b, '이/가')} {ib:,}원을 냈다면 각각 얼마씩 가져야 합니까?")
    pa, pb = profit * ra // (ra + rb), profit * rb // (ra + rb)
    ans = f"{pa:,}원" if "가지게 됩니까" in text else f"{a} {pa:,}원, {b} {pb:,}원"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A", concepts=["비례배분", "비"],
                   check=lambda: pa + pb == profit and pa * ib == pb * ia)


@family("6수02-05", "rectangle-perimeter-split")
def _c05_rect(rng: random.Random) -> Problem:
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    while a == b:
        b = rng.randint(1, 9)
    k = rng.randint(1, 12)
    per = 2 * (a + b) * k
    w, h = a * k, b * k
    mode = rng.choice(["sides", "area"])
    thing = rng.choice(["직사각형", "직사각형 모양의 꽃밭", "직사각형 모양의 액자", "직사각형 모양의 게시판"])
    unit = "m" if "꽃밭" in thing else "cm"
    text = f"둘레가 {per} {unit}인 {thing}의 가로와 세로의 비가 {a} : {b}입니다. "
    if mode == "sides":
        text += _pick(rng, "가로와 세로는 각각 몇 " + unit + "입니까?", "가로와 세로의 길이를 각각 구하시오.")
        ans = f"가로 {w} {unit}, 세로 {h} {unit}"
        diff = 3
    else:
        text += f"이 {thing}의 넓이는 몇 {unit}²입니까?"
        ans = f"{w * h} {unit}²"
        diff = 4
    return Problem(text=text, answer=ans, format="word", difficulty=diff, achievement_level="B" if mode == "sides" else "A",
                   concepts=["비례배분"], check=lambda: 2 * (w + h) == per and w * b == h * a)


@family("6수02-05", "fraction-steps-fill")
def _c05_steps(rng: random.Random) -> Problem:
    a, b, t = _split(rng)
    st = pick_style(rng, (0.4, 0.2, 0.4))
    if st == "latex":
        l1 = f"$\\text{{가}} = {t} \\times \\frac{{{a}}}{{{a} + □}} = □$"
        l2 = f"$\\text{{나}} = {t} \\times \\frac{{□}}{{{a} + {b}}} = □$"
    else:
        l1 = f"가 = {t} × {a}/({a} + □) = □"
        l2 = f"나 = {t} × □/({a} + {b}) = □"
    ka, kb = t * a // (a + b), t * b // (a + b)
    text = _pick(rng, f"{t}{_p(str(t), '을/를')} 가 : 나 = {a} : {b}{_p(str(b), '으로/로')} 비례배분하는 과정입니다. □ 안에 알맞은 수를 차례로 써넣으세요.\n{l1}\n{l2}",
                 f"가와 나에게 {t}{_p(str(t), '을/를')} {a} : {b}의 비로 나누어 주려고 합니다. 빈칸 □에 알맞은 수를 순서대로 쓰시오.\n{l1}\n{l2}")
    return Problem(text=text, answer=f"{b}, {ka}, {b}, {kb}", format="fill", difficulty=2, achievement_level="C", concepts=["비례배분"],
                   check=lambda: ka + kb == t)


@family("6수02-05", "check-distribution-mcq")
def _c05_mcq(rng: random.Random) -> Problem:
    a, b, t = _split(rng)
    ka, kb = t * a // (a + b), t * b // (a + b)
    correct = f"{ka}, {kb}"
    wrong = [f"{kb}, {ka}", f"{t // 2}, {t - t // 2}"]
    if t % a == 0 and t % b == 0:
        wrong.append(f"{t // a}, {t // b}")
    for d in (1, 2, 3, 4, 5):
        wrong.append(f"{ka + d}, {kb - d}")
        wrong.append(f"{ka - d}, {kb + d}")
    wrong = [w for w in dict.fromkeys(wrong) if w != correct and all(int(x) > 0 for x in w.split(", "))]
    ch = choices(rng, correct, wrong[:6], sort_key=lambda s: int(s.split(",")[0]))
    text = _pick(rng, f"{t}{_p(str(t), '을/를')} {a} : {b}{_p(str(b), '으로/로')} 비례배분한 것은 어느 것입니까?",
                 f"{t}{_p(str(t), '을/를')} {a} : {b}{_p(str(b), '으로/로')} 바르게 나눈 것을 고르시오.")
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B", concepts=["비례배분"],
                   choice=ch, check=lambda: ka * b == kb * a)


@family("6수02-05", "whole-from-one-share")
def _c05_reverse(rng: random.Random) -> Problem:
    a, b, t = _split(rng, kmax=15)
    ka, kb = t * a // (a + b), t * b // (a + b)
    obj, unit = rng.choice([("구슬", "개"), ("용돈", "원"), ("쌀", "kg"), ("연필", "자루")])
    if unit == "원":
        ka, kb, t = ka * 500, kb * 500, t * 500
    p1, p2 = names(rng, 2)
    mode = rng.choice(["whole", "other"])
    shown = f"{ka:,}{unit}" if unit == "원" else f"{ka}{unit}" if unit != "kg" else f"{ka} kg"
    text = f"{josa(p1, '과/와')} {p2}{_p(p2, '이/가')} {obj}{_p(obj, '을/를')} {a} : {b}{_p(str(b), '으로/로')} 나누어 가졌더니 {_N(p1, '이/가')} 가진 {obj}{_p(obj, '이/가')} {shown}였습니다. "
    text = text.replace(f"{shown}였습니다", f"{shown}{'이었' if _p(shown, '이/가') == '이' else '였'}습니다")
    if mode == "whole":
        text += _pick(rng, f"처음에 있던 {obj}{_p(obj, '은/는')} 모두 얼마입니까?", f"나누기 전의 {obj}{_p(obj, '은/는')} 모두 얼마였는지 구하시오.")
        val = t
    else:
        text += f"{_N(p2, '이/가')} 가진 {obj}{_p(obj, '은/는')} 얼마입니까?"
        val = kb
    ans = f"{val:,}{unit}" if unit == "원" else f"{val} kg" if unit == "kg" else f"{val}{unit}"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A", concepts=["비례배분", "비례식"],
                   check=lambda: ka * b == kb * a and ka + kb == t)


@family("6수02-05", "split-by-household-table")
def _c05_table(rng: random.Random) -> Problem:
    v = rng.sample(["햇빛 마을", "바람 마을", "구름 마을", "별빛 마을", "초록 마을"], 2)
    from math import gcd
    while True:
        h1, h2 = rng.randint(10, 90) * 2, rng.randint(10, 90) * 2
        if h1 == h2:
            continue
        g = gcd(h1, h2)
        r1, r2 = h1 // g, h2 // g
        if r1 + r2 <= 30:
            break
    what = rng.choice([("쌀", "kg", 10), ("화분", "개", 1), ("지원금", "만 원", 10)])
    k = rng.randint(2, 12) * what[2]
    total = (r1 + r2) * k
    unit = what[1]
    text = (f"두 마을에 {what[0]} {total}{'' if unit in ('개',) else ' ' if unit == 'kg' else ''}{unit}{_p(unit, '을/를')} 가구 수의 비로 나누어 주려고 합니다.\n"
            f"| 마을 | {v[0]} | {v[1]} |\n| 가구 수(가구) | {h1} | {h2} |\n"
            + _pick(rng, f"{josa(v[0], '은/는')} 얼마를 받게 됩니까?", "두 마을이 받는 양을 각각 구하시오."))
    a1, a2 = total * r1 // (r1 + r2), total * r2 // (r1 + r2)
    sep = " " if unit == "kg" else ""
    ans = f"{a1}{sep}{unit}" if "각각" not in text else f"{v[0]} {a1}{sep}{unit}, {v[1]} {a2}{sep}{unit}"
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="A", concepts=["비례배분", "비"],
                   check=lambda: a1 * h2 == a2 * h1 and a1 + a2 == total)
