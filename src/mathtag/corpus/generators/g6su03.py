"""Generators for 6수03 (초등 5–6학년 도형과 측정).

합동과 대칭, 직육면체·각기둥·원기둥의 구성 요소와 전개도, 쌓기나무, 둘레와 넓이, 원주율과 원의 넓이,
직육면체의 겉넓이와 부피. Figures are described in words, as problem banks do when the picture is absent.

Private helpers (local to this module):
- ``_j``: ``josa`` that also reads Hangul jamo point names (ㄱ=기역, ㄹ=리을 …, all with a final
  consonant) and unit symbols (cm, m², cm³, ㎠ … read 센티미터/제곱미터 …, no final consonant).
- ``_n``: exact number formatting for ints and terminating decimals (``Fraction`` in, text out).
- ``_Units``: one rendering of area/volume/length units per problem (cm², ㎠, $\\mathrm{cm}^2$, cm^2).
"""

from __future__ import annotations

import random
from fractions import Fraction
from itertools import product

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.korean import josa, names
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import num

# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------

_UNIT_TAILS = ("cm", "mm", "km", "m", "²", "³", "㎠", "㎡", "㎢", "㎤", "㎥", "㎝", "㎞", "㎜", "°",
               "^2", "^3", "^{2}$", "^{3}$", "^2$", "^3$")


def _j(word: str, pair: str) -> str:
    """``josa`` that also handles jamo point names and unit symbols."""
    w = word.rstrip(" )")
    last = w[-1]
    if "ㄱ" <= last <= "ㅎ":  # ㄱ(기역) ㄴ(니은) … ㅎ(히읗): all end in a consonant
        probe = "길" if last == "ㄹ" else "각"
        return word + josa(probe, pair)[1:]
    if w.endswith(_UNIT_TAILS):  # 센티미터, 제곱미터, 세제곱센티미터, 도: no final consonant
        return word + josa("미터", pair)[2:]
    return josa(word, pair)


def _n(x: Fraction | int | float) -> str:
    """An exact number as Korean materials print it: 12,000 / 3.14 / 0.5."""
    x = Fraction(x).limit_denominator(10**9) if isinstance(x, float) else Fraction(x)
    if x.denominator == 1:
        return num(int(x))
    k = 0
    y = x
    while y.denominator != 1:
        y *= 10
        k += 1
        if k > 9:
            raise ValueError(f"{x} is not a terminating decimal")
    n = int(y)
    whole, frac_part = divmod(n, 10**k)
    return f"{num(whole)}.{str(frac_part).rjust(k, '0').rstrip('0')}"


class _Units:
    """Unit symbols rendered one consistent way within a problem."""

    def __init__(self, rng: random.Random, style: str | None = None):
        self.style = style or rng.choices(["sup", "cjk", "latex", "caret"], weights=[0.62, 0.22, 0.1, 0.06])[0]

    def __call__(self, unit: str) -> str:
        base, power = (unit[:-1], unit[-1]) if unit[-1] in "²³" else (unit, "")
        if self.style == "cjk":
            table = {"cm²": "㎠", "m²": "㎡", "km²": "㎢", "cm³": "㎤", "m³": "㎥", "cm": "㎝", "km": "㎞", "mm": "㎜"}
            return table.get(unit, unit)
        if self.style == "latex" and power:
            return f"$\\mathrm{{{base}}}^{{{'2' if power == '²' else '3'}}}$"
        if self.style == "caret" and power:
            return f"{base}^{'2' if power == '²' else '3'}"
        return unit


def _pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


_LET = ("ㄱ", "ㄴ", "ㄷ", "ㄹ", "ㅁ", "ㅂ", "ㅅ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")
_KOR_NUM = {3: "삼", 4: "사", 5: "오", 6: "육", 7: "칠", 8: "팔", 9: "구", 10: "십", 12: "십이"}
_POLY = {3: "삼각형", 4: "사각형", 5: "오각형", 6: "육각형", 7: "칠각형", 8: "팔각형", 9: "구각형", 10: "십각형"}
_REG = {n: "정" + p for n, p in _POLY.items()}
_CIRC = ("①", "②", "③", "④", "⑤")


def _numbered(opts: list[str]) -> str:
    return "\n".join(f"{_CIRC[i]} {o}" for i, o in enumerate(opts))


def _statement_mcq(rng: random.Random, true: list[str], false: list[str], ask_true: bool):
    """Pick 1 correct + 4 wrong statements; return (choice, question-word)."""
    if ask_true:
        correct = rng.choice(true)
        wrong = rng.sample(false, 4)
    else:
        correct = rng.choice(false)
        wrong = rng.sample(true, 4)
    return choices(rng, correct, wrong)


# =============================================================================================
# 6수03-01 합동
# =============================================================================================

def _congruent_pair(rng: random.Random, n: int) -> tuple[list[str], list[str]]:
    """Vertex names of two congruent n-gons; Q[i] corresponds to P[i]."""
    start = rng.choice([0, 0, 0, 1])
    p = list(_LET[start:start + n])
    pool = list(_LET[start + n:start + 2 * n + 2])
    q = rng.sample(pool, n)
    return p, q


def _tri_sides(rng: random.Random) -> list[int]:
    while True:
        a, b, c = (rng.randint(3, 15) for _ in range(3))
        if a + b > c and b + c > a and a + c > b and len({a, b, c}) == 3:
            return [a, b, c]


def _order_note(rng: random.Random) -> str:
    return _pick(rng, "(꼭짓점은 적힌 순서대로 대응합니다.)", "(두 도형의 꼭짓점은 쓴 순서대로 서로 대응합니다.)",
                 "(점은 이름을 쓴 순서대로 대응점입니다.)", "(이름에 쓴 꼭짓점의 순서가 대응하는 순서입니다.)")


@family("6수03-01", "corresponding-side-length")
def _c01_side(rng: random.Random) -> Problem:
    n = rng.choice([3, 3, 4])
    p, q = _congruent_pair(rng, n)
    if n == 3:
        sides = _tri_sides(rng)
    else:
        while True:
            sides = [rng.randint(4, 18) for _ in range(4)]
            if 2 * max(sides) < sum(sides):
                break
    unit = rng.choice(["cm", "cm", "m"]) if n == 3 else "cm"
    k = rng.randrange(n)
    given = list(range(n))
    shape = _POLY[n]
    name1, name2 = "".join(p), "".join(q)

    def seg(v: list[str], i: int, rev: bool = False) -> str:
        a, b = v[i], v[(i + 1) % n]
        return f"{b}{a}" if rev else f"{a}{b}"

    facts = ", ".join(f"변 {seg(p, i, rng.random() < 0.3)} {sides[i]} {unit}" for i in given)
    ask = seg(q, k, rng.random() < 0.4)
    intro = _pick(rng, f"{shape} {_j(name1, '과/와')} {shape} {_j(name2, '은/는')} 서로 합동입니다.",
                  f"두 {shape} {_j(name1, '과/와')} {_j(name2, '은/는')} 합동입니다.",
                  f"{shape} {_j(name1, '을/를')} 똑같이 본떠 {shape} {_j(name2, '을/를')} 만들었더니 두 도형이 완전히 포개어졌습니다.")
    note = _order_note(rng)
    form = rng.choice(["word", "fill"])
    if form == "fill":
        text = f"{intro} {note}\n{shape} {name1}에서 {facts}\n→ 변 {ask}의 길이는 □ {unit}입니다."
        tail = _pick(rng, "□ 안에 알맞은 수를 써넣으세요.", "□ 안에 알맞은 수를 구하시오.")
        text = f"{text}\n{tail}"
        ans = str(sides[k])
    else:
        text = (f"{intro} {note} {shape} {name1}의 변의 길이가 {facts}일 때, 변 {ask}의 길이는 몇 {unit}"
                + _pick(rng, "입니까?", "인가요?", "인지 구하시오."))
        ans = f"{sides[k]} {unit}"
    text = text.replace("  ", " ")
    return Problem(text=text, answer=ans, format=form, difficulty=2, achievement_level="C",
                   concepts=["합동", "대응변"], check=lambda: sides[k] == sides[k % n])


@family("6수03-01", "corresponding-angle")
def _c01_angle(rng: random.Random) -> Problem:
    p, q = _congruent_pair(rng, 3)
    while True:
        a, b = rng.randrange(25, 110, 5), rng.randrange(25, 110, 5)
        c = 180 - a - b
        if c >= 20:
            break
    angles = [a, b, c]  # at p[0], p[1], p[2]
    k = 2  # unknown vertex index in second triangle
    # angle at vertex i of triangle v: 각 (v[i-1] v[i] v[i+1])
    def ang(v, i, flip=False):
        s = [v[(i - 1) % 3], v[i], v[(i + 1) % 3]]
        return "".join(reversed(s) if flip else s)

    style = rng.choice(["given-first", "mixed"])
    intro = _pick(rng, f"삼각형 {_j(''.join(p), '과/와')} 삼각형 {_j(''.join(q), '은/는')} 합동입니다.",
                  f"합동인 두 삼각형 {_j(''.join(p), '과/와')} {''.join(q)}이 있습니다.",
                  f"삼각형 {''.join(q)}는 삼각형 {''.join(p)}를 그대로 옮겨 놓은 것처럼 합동입니다.")
    intro = intro.replace(f"{''.join(q)}이 ", _j("".join(q), "이/가") + " ").replace(
        f"{''.join(q)}는", _j("".join(q), "은/는")).replace(f"{''.join(p)}를", _j("".join(p), "을/를"))
    note = _order_note(rng)
    if style == "given-first":
        facts = f"각 {ang(p, 0, rng.random() < .5)}의 크기는 {a}°, 각 {ang(p, 1)}의 크기는 {b}°입니다."
    else:
        facts = f"각 {ang(p, 0)}의 크기는 {a}°이고, 각 {ang(q, 1, rng.random() < .5)}의 크기는 {b}°입니다."
    ask = ang(q, k, rng.random() < .5)
    end = _pick(rng, f"각 {ask}의 크기는 몇 도입니까?", f"각 {ask}의 크기를 구하시오.",
                f"각 {ask}의 크기는 몇 °인지 구해 보세요.")
    text = f"{intro} {note} {facts} {end}".replace("  ", " ")
    return Problem(text=text, answer=f"{c}°", format="word", difficulty=3 if style == "given-first" else 4,
                   achievement_level="B" if style == "given-first" else "A",
                   concepts=["합동", "대응각"], check=lambda: a + b + c == 180 and angles[k] == c)


@family("6수03-01", "perimeter-from-two-figures")
def _c01_perimeter(rng: random.Random) -> Problem:
    n = rng.choice([4, 4, 5])
    p, q = _congruent_pair(rng, n)
    while True:
        sides = [rng.randint(3, 16) for _ in range(n)]
        if 2 * max(sides) < sum(sides):
            break
    u = rng.choice(["cm", "cm", "m"])
    # some sides given on P, the rest on Q (the corresponding sides)
    idx = list(range(n))
    rng.shuffle(idx)
    on_p = sorted(idx[: n // 2 + rng.randint(0, 1)])
    on_q = sorted(set(range(n)) - set(on_p))

    def seg(v, i):
        return f"{v[i]}{v[(i + 1) % n]}"

    fp = ", ".join(f"변 {seg(p, i)} {sides[i]} {u}" for i in on_p)
    fq = ", ".join(f"변 {seg(q, i)} {sides[i]} {u}" for i in on_q)
    shape = _POLY[n]
    target = rng.choice([p, q])
    total = sum(sides)
    text = _pick(
        rng,
        f"{shape} {_j(''.join(p), '과/와')} {shape} {_j(''.join(q), '은/는')} 서로 합동입니다. {_order_note(rng)} "
        f"{shape} {''.join(p)}에서 {fp}이고, {shape} {''.join(q)}에서 {fq}입니다. "
        f"{shape} {''.join(target)}의 둘레는 몇 {u}입니까?",
        f"두 {shape} {_j(''.join(p), '과/와')} {_j(''.join(q), '은/는')} 합동입니다. {_order_note(rng)}\n"
        f"· {''.join(p)}: {fp}\n· {''.join(q)}: {fq}\n{shape} {''.join(target)}의 둘레를 구하시오.",
        f"모양과 크기가 똑같은 {shape} 모양 카드 두 장 {_j(''.join(p), '과/와')} {_j(''.join(q), '이/가')} 있습니다. "
        f"{_order_note(rng)} 카드 {''.join(p)}에서 {fp}, 카드 {''.join(q)}에서 {fq}라고 적혀 있습니다. "
        f"카드 {''.join(target)}의 둘레는 몇 {u}인가요?",
    ).replace("  ", " ")
    return Problem(text=text, answer=f"{total} {u}", format="word", difficulty=3, achievement_level="B",
                   concepts=["합동", "대응변", "둘레"],
                   check=lambda: sum(sides[i] for i in on_p) + sum(sides[i] for i in on_q) == total)


@family("6수03-01", "name-the-correspondent")
def _c01_correspond(rng: random.Random) -> Problem:
    n = rng.choice([3, 4, 4, 5])
    p, q = _congruent_pair(rng, n)
    shape = _POLY[n]
    kind = rng.choice(["점", "변", "각"])
    i = rng.randrange(n)
    if kind == "점":
        given, ans = f"점 {p[i]}", f"점 {q[i]}"
    elif kind == "변":
        given, ans = f"변 {p[i]}{p[(i + 1) % n]}", f"변 {q[i]}{q[(i + 1) % n]}"
    else:
        given = f"각 {p[(i - 1) % n]}{p[i]}{p[(i + 1) % n]}"
        ans = f"각 {q[(i - 1) % n]}{q[i]}{q[(i + 1) % n]}"
    word = {"점": "대응점", "변": "대응변", "각": "대응각"}[kind]
    swap = rng.random() < 0.5  # ask from the second figure's side
    if swap:
        given, ans = ans, given
    text = _pick(
        rng,
        f"{shape} {_j(''.join(p), '과/와')} {shape} {_j(''.join(q), '은/는')} 합동입니다. "
        f"(꼭짓점은 쓴 순서대로 대응합니다.) {given}의 {_j(word, '을/를')} 쓰시오.",
        f"두 {shape} {''.join(p)}, {''.join(q)}를 완전히 겹치도록 포개었더니 점 {_j(p[0], '과/와')} 점 {q[0]}, "
        f"점 {_j(p[1], '과/와')} 점 {q[1]}, … 이 차례로 겹쳤습니다. {given}의 {_j(word, '은/는')} 무엇입니까?",
        f"{shape} {_j(''.join(p), '과/와')} {shape} {_j(''.join(q), '은/는')} 서로 합동입니다. "
        f"꼭짓점이 적힌 순서대로 대응할 때, {given}의 {_j(word, '은/는')} ( ㉠ )입니다. ㉠에 알맞은 것을 쓰세요.",
    )
    text = text.replace(f"{''.join(q)}를", _j("".join(q), "을/를"))
    return Problem(text=text, answer=ans, format="fill" if "㉠" in text else "word", difficulty=1,
                   achievement_level="C", concepts=["합동", word])


_CONG_TRUE = [
    "한 변의 길이가 같은 두 정사각형", "둘레가 같은 두 정삼각형", "넓이가 같은 두 정사각형",
    "반지름이 같은 두 원", "세 변의 길이가 각각 같은 두 삼각형", "둘레가 같은 두 정사각형",
    "지름이 같은 두 원", "한 변의 길이가 같은 두 정삼각형",
]
_CONG_FALSE = [
    "넓이가 같은 두 직사각형", "둘레가 같은 두 직사각형", "세 각의 크기가 각각 같은 두 삼각형",
    "한 변의 길이가 같은 두 마름모", "넓이가 같은 두 삼각형", "둘레가 같은 두 이등변삼각형",
    "한 변의 길이가 같은 두 직사각형", "변의 수가 같은 두 정다각형", "한 각의 크기가 같은 두 직각삼각형",
    "넓이가 같은 두 평행사변형",
]


@family("6수03-01", "always-congruent-mcq")
def _c01_always(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.6
    ch = _statement_mcq(rng, _CONG_TRUE, _CONG_FALSE, ask_true)
    if ask_true:
        stem = _pick(rng, "다음 중 항상 서로 합동인 도형끼리 짝 지은 것은 어느 것입니까?",
                     "두 도형이 언제나 합동이 되는 경우를 고르시오.",
                     "다음 중 포개었을 때 반드시 완전히 겹치는 두 도형은 무엇인가요?")
    else:
        stem = _pick(rng, "다음 중 항상 합동이라고 할 수 없는 것은 어느 것입니까?",
                     "두 도형이 반드시 합동이라고 말할 수 없는 것을 고르세요.",
                     "다음 중 포개었을 때 완전히 겹친다고 항상 말할 수는 없는 두 도형은 어느 것인가요?")
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3,
                   achievement_level="B", concepts=["합동"], choice=ch)


@family("6수03-01", "which-triangle-congruent-table")
def _c01_table(rng: random.Random) -> Problem:
    base = _tri_sides(rng)
    labels = ["가", "나", "다", "라", "마"]
    u = rng.choice(["cm", "cm", "m"])
    # one congruent (sides permuted), others differ in one side or scaled
    wrong = []
    while len(wrong) < 3:
        w = base[:]
        j = rng.randrange(3)
        w[j] += rng.choice([-2, -1, 1, 2])
        if w[0] + w[1] > w[2] and w[1] + w[2] > w[0] and w[0] + w[2] > w[1] and sorted(w) != sorted(base) \
                and sorted(w) not in [sorted(x) for x in wrong] and min(w) > 0:
            rng.shuffle(w)
            wrong.append(w)
    good = base[:]
    while good == base:
        rng.shuffle(good)
    rows = [good, *wrong]
    rng.shuffle(rows)
    ans_label = labels[1 + rows.index(good)]
    sep = rng.choice(["table", "lines"])
    if sep == "table":
        body = f"| 삼각형 | 세 변의 길이({u}) |\n|---|---|\n| 가 | {base[0]}, {base[1]}, {base[2]} |\n" + "\n".join(
            f"| {labels[i + 1]} | {r[0]}, {r[1]}, {r[2]} |" for i, r in enumerate(rows))
    else:
        body = f"삼각형 가: {base[0]} {u}, {base[1]} {u}, {base[2]} {u}\n" + "\n".join(
            f"삼각형 {labels[i + 1]}: {r[0]} {u}, {r[1]} {u}, {r[2]} {u}" for i, r in enumerate(rows))
    stem = _pick(rng, "다음은 삼각형들의 세 변의 길이를 나타낸 것입니다. 삼각형 가와 합동인 삼각형을 찾아 기호를 쓰시오.",
                 "표를 보고 삼각형 가와 서로 합동인 삼각형은 어느 것인지 쓰세요.",
                 "세 변의 길이가 다음과 같은 삼각형들이 있습니다. 삼각형 가와 포개었을 때 완전히 겹치는 삼각형은 무엇입니까?")
    return Problem(text=f"{stem}\n{body}", answer=ans_label, format="data", difficulty=2, achievement_level="B",
                   concepts=["합동", "대응변"], check=lambda: sorted(rows[labels.index(ans_label) - 1]) == sorted(base))


_PROP_TRUE = [
    "합동인 두 도형에서 대응변의 길이는 서로 같습니다.",
    "합동인 두 도형에서 대응각의 크기는 서로 같습니다.",
    "합동인 두 도형은 넓이가 같습니다.",
    "합동인 두 도형은 둘레가 같습니다.",
    "합동인 두 도형을 포개면 완전히 겹칩니다.",
    "합동인 두 삼각형에서 대응점은 3쌍입니다.",
    "합동인 두 사각형에서 대응각은 4쌍입니다.",
    "합동인 두 오각형에서 대응변은 5쌍입니다.",
]
_PROP_FALSE = [
    "넓이가 같은 두 도형은 항상 합동입니다.",
    "둘레가 같은 두 도형은 항상 합동입니다.",
    "합동인 두 사각형에서 대응각은 3쌍입니다.",
    "합동인 두 도형에서 대응변의 길이는 다를 수 있습니다.",
    "합동인 두 삼각형에서 대응점은 6쌍입니다.",
    "모양이 같으면 크기가 달라도 합동입니다.",
    "합동인 두 도형에서 대응각의 크기의 합은 항상 180°입니다.",
    "합동인 두 육각형에서 대응변은 12쌍입니다.",
]


@family("6수03-01", "property-statements-mcq")
def _c01_props(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.5
    ch = _statement_mcq(rng, _PROP_TRUE, _PROP_FALSE, ask_true)
    stem = (_pick(rng, "합동에 대한 설명으로 옳은 것은 어느 것입니까?", "다음 중 바르게 말한 것을 고르시오.",
                  "합동인 도형의 성질에 대해 옳게 설명한 것을 찾으세요.") if ask_true else
            _pick(rng, "합동에 대한 설명으로 옳지 않은 것은 어느 것입니까?", "다음 중 잘못 말한 것을 고르시오.",
                  "합동인 도형에 대한 설명 중 틀린 것은 무엇인가요?"))
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2,
                   achievement_level="B", concepts=["합동", "대응변", "대응각"], choice=ch)


@family("6수03-01", "diagonal-splits-parallelogram")
def _c01_diag(rng: random.Random) -> Problem:
    x = rng.randrange(20, 80, 5)
    y = rng.randrange(20, 90, 5)
    while 180 - x - y < 20:
        y -= 5
    z = 180 - x - y
    shape = "평행사변형"
    g, d, r = "ㄱ", "ㄷ", "ㄹ"
    ask = rng.choice(["x", "z"])
    if ask == "x":
        q, ans = f"각 {g}{d}{r}", x  # corresponds to 각 ㄴㄱㄷ
    else:
        q, ans = f"각 {d}{r}{g}", z  # corresponds to 각 ㄱㄴㄷ
    text = _pick(
        rng,
        f"{shape} ㄱㄴㄷㄹ에 대각선 ㄱㄷ을 그었더니 삼각형 ㄱㄴㄷ과 삼각형 ㄷㄹㄱ이 합동이 되었습니다. "
        f"(점 ㄱ과 점 ㄷ, 점 ㄴ과 점 ㄹ, 점 ㄷ과 점 ㄱ이 각각 대응점입니다.) 각 ㄴㄱㄷ이 {x}°, 각 ㄱㄷㄴ이 {y}°일 때, "
        f"{q}의 크기를 구하시오.",
        f"사각형 ㄱㄴㄷㄹ을 대각선 ㄱㄷ을 따라 자르면 서로 합동인 삼각형 ㄱㄴㄷ과 삼각형 ㄷㄹㄱ으로 나누어집니다. "
        f"(꼭짓점은 쓴 순서대로 대응합니다.) 각 ㄴㄱㄷ의 크기가 {x}°이고 각 ㄱㄷㄴ의 크기가 {y}°이면 "
        f"{q}의 크기는 몇 도입니까?",
        f"평행사변형 ㄱㄴㄷㄹ을 대각선 ㄱㄷ으로 나누면 삼각형 ㄱㄴㄷ과 삼각형 ㄷㄹㄱ은 합동입니다(쓴 순서대로 대응). "
        f"각 ㄴㄱㄷ={x}°, 각 ㄱㄷㄴ={y}°입니다. {q}의 크기는 몇 °일까요?",
    )
    return Problem(text=text, answer=f"{ans}°", format="word", difficulty=4, achievement_level="A",
                   concepts=["합동", "대응각", "대응점"], check=lambda: x + y + z == 180)


@family("6수03-01", "count-corresponding-pairs")
def _c01_count(rng: random.Random) -> Problem:
    n = rng.choice([3, 4, 5, 6, 8])
    shape = _POLY[n]
    which = rng.sample(["대응점", "대응변", "대응각"], rng.choice([1, 1, 2, 3]))
    total = n * len(which)
    if len(which) == 1:
        text = _pick(rng, f"서로 합동인 두 {shape}에서 {_j(which[0], '은/는')} 몇 쌍 있습니까?",
                     f"합동인 {shape} 두 개를 겹쳐 놓았습니다. {_j(which[0], '을/를')} 모두 몇 쌍 찾을 수 있나요?",
                     f"합동인 두 {shape}에서 {_j(which[0], '은/는')} □쌍입니다. □ 안에 알맞은 수를 써넣으세요.")
        lvl, diff = "C", 1
    else:
        listed = f"{_j(which[0], '과/와')} {which[1]}" if len(which) == 2 else "대응점, 대응변, 대응각"
        text = _pick(rng, f"합동인 두 {shape}에서 {listed}은 각각 몇 쌍인지 알아보고, 그 수를 모두 더하면 얼마인지 구하시오.",
                     f"서로 합동인 {shape} 두 개가 있습니다. {listed}의 쌍의 수를 모두 더하면 몇 쌍입니까?")
        lvl, diff = "C", 2
    fmt = "fill" if "□" in text else "word"
    return Problem(text=text, answer=str(total) if fmt == "fill" else f"{total}쌍", format=fmt, difficulty=diff,
                   achievement_level=lvl, concepts=["합동", *which])


# =============================================================================================
# 6수03-02 선대칭도형과 점대칭도형
# =============================================================================================

# name: (선대칭, 대칭축 수 or None for 무수히 많음, 점대칭)
_SYM = {
    "정삼각형": (True, 3, False), "정사각형": (True, 4, True), "직사각형": (True, 2, True),
    "마름모": (True, 2, True), "평행사변형": (False, 0, True), "이등변삼각형": (True, 1, False),
    "정오각형": (True, 5, False), "정육각형": (True, 6, True), "원": (True, None, True),
    "정팔각형": (True, 8, True), "세 변의 길이가 모두 다른 삼각형": (False, 0, False),
    "정칠각형": (True, 7, False),
}


@family("6수03-02", "classify-shapes-mcq")
def _c02_classify(rng: random.Random) -> Problem:
    kinds = [
        ("선대칭도형이면서 점대칭도형인 것", lambda v: v[0] and v[2]),
        ("선대칭도형이지만 점대칭도형은 아닌 것", lambda v: v[0] and not v[2]),
        ("점대칭도형이지만 선대칭도형은 아닌 것", lambda v: v[2] and not v[0]),
        ("선대칭도형도 점대칭도형도 아닌 것", lambda v: not v[0] and not v[2]),
        ("점대칭도형이 아닌 것", lambda v: not v[2]),
        ("선대칭도형이 아닌 것", lambda v: not v[0]),
    ]
    while True:
        desc, pred = rng.choice(kinds)
        good = [k for k, v in _SYM.items() if pred(v)]
        bad = [k for k, v in _SYM.items() if not pred(v)]
        if good and len(bad) >= 4:
            break
    ch = choices(rng, rng.choice(good), rng.sample(bad, 4))
    stem = _pick(rng, f"다음 도형 중 {_j(desc, '을/를')} 고르시오.", f"다음 중 {_j(desc, '은/는')} 어느 것입니까?",
                 f"{_j(desc, '을/를')} 찾아 번호를 쓰세요.")
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2,
                   achievement_level="C" if desc in ("점대칭도형이 아닌 것", "선대칭도형이 아닌 것") else "B",
                   concepts=["선대칭도형", "점대칭도형"], choice=ch,
                   check=lambda: pred(_SYM[ch.options[ch.correct]]))


@family("6수03-02", "count-symmetry-axes")
def _c02_axes(rng: random.Random) -> Problem:
    finite = [k for k, v in _SYM.items() if v[0] and v[1]]
    mode = rng.choice(["one", "one", "sum", "diff"])
    if mode == "one":
        sh = rng.choice(finite)
        ans = _SYM[sh][1]
        text = _pick(rng, f"{_j(sh, '은/는')} 선대칭도형입니다. 대칭축은 모두 몇 개입니까?",
                     f"{sh} 모양 종이를 접어서 완전히 겹치게 하는 방법은 몇 가지인지 대칭축의 수로 답하시오.",
                     f"{sh}의 대칭축은 □개입니다. □ 안에 알맞은 수를 써넣으세요.")
        lvl, d = "C", 1
    else:
        a, b = rng.sample(finite, 2)
        na, nb = _SYM[a][1], _SYM[b][1]
        if mode == "sum":
            ans = na + nb
            text = _pick(rng, f"{_j(a, '과/와')} {b}의 대칭축의 수를 합하면 모두 몇 개입니까?",
                         f"{a}의 대칭축 수와 {b}의 대칭축 수의 합을 구하시오.")
        else:
            if na == nb:
                b = rng.choice([f for f in finite if _SYM[f][1] != na])
                nb = _SYM[b][1]
            ans = abs(na - nb)
            text = _pick(rng, f"{_j(a, '과/와')} {b} 중 대칭축이 더 많은 도형은 몇 개 더 많습니까?",
                         f"{a}의 대칭축 수와 {b}의 대칭축 수의 차는 몇 개인지 구하세요.")
        lvl, d = "B", 2
    fmt = "fill" if "□" in text else "word"
    return Problem(text=text, answer=str(ans) if fmt == "fill" else f"{ans}개", format=fmt, difficulty=d,
                   achievement_level=lvl, concepts=["선대칭도형", "대칭축"])


@family("6수03-02", "line-symmetric-kite-sides")
def _c02_kite_sides(rng: random.Random) -> Problem:
    a, b = rng.sample(range(4, 20), 2)
    u = rng.choice(["cm", "cm", "m"])
    mode = rng.choice(["perimeter", "missing"])
    intro = _pick(rng, "사각형 ㄱㄴㄷㄹ은 선분 ㄱㄷ을 대칭축으로 하는 선대칭도형입니다.",
                  "선분 ㄱㄷ을 따라 접으면 완전히 겹치는 사각형 ㄱㄴㄷㄹ이 있습니다.",
                  "연 모양의 사각형 ㄱㄴㄷㄹ은 대각선 ㄱㄷ이 대칭축인 선대칭도형입니다.")
    per = 2 * (a + b)
    if mode == "perimeter":
        text = f"{intro} 변 ㄱㄴ이 {a} {u}, 변 ㄷㄹ이 {b} {u}일 때 사각형 ㄱㄴㄷㄹ의 둘레는 몇 {u}입니까?"
        ans, lvl, d = f"{per} {u}", "B", 3
    else:
        text = (f"{intro} 이 사각형의 둘레가 {per} {u}이고 변 ㄱㄹ이 {a} {u}일 때, "
                + _pick(rng, "변 ㄴㄷ의 길이를 구하시오.", f"변 ㄴㄷ은 몇 {u}입니까?"))
        ans, lvl, d = f"{b} {u}", "A", 4
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lvl,
                   concepts=["선대칭도형", "대칭축", "대응변"], check=lambda: per - 2 * a == 2 * b)


@family("6수03-02", "line-symmetric-angle")
def _c02_kite_angle(rng: random.Random) -> Problem:
    while True:
        x = rng.randrange(40, 140, 5)
        y = rng.randrange(40, 140, 5)
        rest = 360 - x - y
        if rest % 2 == 0 and 20 <= rest // 2 < 180 and x != y:
            break
    z = rest // 2
    text = _pick(
        rng,
        f"사각형 ㄱㄴㄷㄹ은 선분 ㄱㄷ을 대칭축으로 하는 선대칭도형입니다. 각 ㄴㄱㄹ이 {x}°, 각 ㄴㄷㄹ이 {y}°일 때 "
        f"각 ㄱㄴㄷ의 크기를 구하시오.",
        f"대각선 ㄱㄷ을 따라 접으면 꼭 맞게 겹치는 사각형 ㄱㄴㄷㄹ이 있습니다. 각 ㄴㄱㄹ={x}°, 각 ㄴㄷㄹ={y}°입니다. "
        f"각 ㄱㄹㄷ은 몇 도입니까?",
        f"선대칭도형인 사각형 ㄱㄴㄷㄹ에서 대칭축은 선분 ㄱㄷ입니다. 점 ㄱ과 점 ㄷ에 있는 각이 각각 {x}°, {y}°이면 "
        f"각 ㄱㄴㄷ은 몇 °인가요?",
    )
    return Problem(text=text, answer=f"{z}°", format="word", difficulty=4, achievement_level="A",
                   concepts=["선대칭도형", "대칭축", "대응각"], check=lambda: x + y + 2 * z == 360)


@family("6수03-02", "axis-bisects-segment")
def _c02_bisect(rng: random.Random) -> Problem:
    a = rng.randint(2, 15)
    u = rng.choice(["cm", "cm", "mm"])
    mode = rng.choice(["double", "half", "angle"])
    intro = _pick(rng, "선대칭도형에서 대응점 ㄴ과 ㄹ을 이은 선분이 대칭축과 만나는 점을 점 ㅁ이라고 합니다.",
                  "선분 ㄱㄷ을 대칭축으로 하는 선대칭도형에서 점 ㄴ의 대응점은 점 ㄹ이고, 선분 ㄴㄹ은 대칭축과 점 ㅁ에서 만납니다.")
    if mode == "double":
        text = f"{intro} 선분 ㄴㅁ의 길이가 {a} {u}일 때, 선분 ㄴㄹ의 길이는 몇 {u}입니까?"
        ans, lvl = f"{2 * a} {u}", "B"
    elif mode == "half":
        text = f"{intro} 선분 ㄴㄹ의 길이가 {2 * a} {u}이면 선분 ㅁㄹ의 길이는 몇 {u}인지 구하시오."
        ans, lvl = f"{a} {u}", "B"
    else:
        text = f"{intro} 선분 ㄴㄹ과 대칭축이 만나서 이루는 각의 크기는 몇 도입니까?"
        ans, lvl = "90°", "C"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level=lvl,
                   concepts=["선대칭도형", "대칭축", "대응점"])


@family("6수03-02", "point-symmetric-center-segment")
def _c02_center(rng: random.Random) -> Problem:
    a = rng.randint(3, 18)
    u = rng.choice(["cm", "cm", "m"])
    shape = rng.choice(["사각형 ㄱㄴㄷㄹ", "육각형 ㄱㄴㄷㄹㅁㅂ", "평행사변형 ㄱㄴㄷㄹ"])
    partner = "ㄷ" if "사각형" in shape or "평행" in shape else "ㄹ"
    mode = rng.choice(["double", "half"])
    intro = _pick(rng, f"{_j(shape, '은/는')} 점 ㅇ을 대칭의 중심으로 하는 점대칭도형입니다.",
                  f"점 ㅇ을 중심으로 180° 돌리면 처음 모양과 완전히 겹치는 {_j(shape, '이/가')} 있습니다.")
    if mode == "double":
        text = (f"{intro} 점 ㄱ의 대응점은 점 {partner}이고, 선분 ㄱㅇ의 길이가 {a} {u}입니다. "
                + _pick(rng, f"선분 ㄱ{partner}의 길이는 몇 {u}입니까?", f"선분 ㄱ{_j(partner, '을/를')} 구하시오."))
        ans = f"{2 * a} {u}"
    else:
        text = (f"{intro} 점 ㄱ과 점 {_j(partner, '은/는')} 서로 대응점이고, 선분 ㄱ{partner}의 길이는 {2 * a} {u}입니다. "
                + _pick(rng, f"선분 ㅇ{partner}의 길이는 몇 {u}입니까?", f"선분 ㅇ{partner}의 길이를 구하세요."))
        ans = f"{a} {u}"
    text = text.replace("선분 ㄱㄷ을 구하시오", "선분 ㄱㄷ의 길이를 구하시오").replace("선분 ㄱㄹ을 구하시오", "선분 ㄱㄹ의 길이를 구하시오")
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="B",
                   concepts=["점대칭도형", "대칭의 중심", "대응점"])


@family("6수03-02", "point-symmetric-perimeter")
def _c02_point_per(rng: random.Random) -> Problem:
    n = rng.choice([4, 6, 6])
    u = rng.choice(["cm", "cm", "m"])
    half = [rng.randint(3, 14) for _ in range(n // 2)]
    p = list(_LET[:n])
    segs = [f"{p[i]}{p[(i + 1) % n]}" for i in range(n)]
    given = ", ".join(f"변 {segs[i]} {half[i]} {u}" for i in range(n // 2))
    total = 2 * sum(half)
    shape = f"{_POLY[n]} {''.join(p)}"
    mode = rng.choice(["word", "fill"])
    if mode == "word":
        text = _pick(rng, f"{_j(shape, '은/는')} 점대칭도형입니다. {given}일 때 이 도형의 둘레는 몇 {u}입니까?",
                     f"대칭의 중심을 기준으로 180° 돌렸을 때 처음 도형과 겹치는 {_j(shape, '이/가')} 있습니다. "
                     f"{given}입니다. 둘레를 구하시오.")
        ans = f"{total} {u}"
    else:
        j = rng.randrange(n // 2)
        text = (f"점대칭도형 {shape}에서 {given}입니다. 변 {segs[j + n // 2]}의 길이는 □ {u}이고, 도형의 둘레는 △ {u}입니다. "
                "□와 △에 알맞은 수를 차례로 쓰시오.")
        ans = f"{half[j]}, {total}"
    return Problem(text=text, answer=ans, format=mode, difficulty=3, achievement_level="B",
                   concepts=["점대칭도형", "대응변"], check=lambda: total == sum(half) * 2)


_LINE_LETTERS = set("ABCDEHIKMOTUVWXY")
_POINT_LETTERS = set("HINOSXZ")


@family("6수03-02", "symmetric-letters")
def _c02_letters(rng: random.Random) -> Problem:
    pool = list("ABCDEFGHJKLMNOPRSTUVWXYZ")
    k = rng.randint(6, 9)
    letters = rng.sample(pool, k)
    kind = rng.choice(["point", "line", "both"])
    if kind == "point":
        good = [c for c in letters if c in _POINT_LETTERS]
        desc = "점대칭도형"
    elif kind == "line":
        good = [c for c in letters if c in _LINE_LETTERS]
        desc = "선대칭도형"
    else:
        good = [c for c in letters if c in _LINE_LETTERS and c in _POINT_LETTERS]
        desc = "선대칭도형이면서 점대칭도형"
    shown = "  ".join(letters)
    text = _pick(rng, f"다음 알파벳 대문자 중 {_j(desc, '이/가')} 되는 것은 모두 몇 개입니까?\n{shown}",
                 f"아래 글자들을 도형으로 볼 때 {desc}인 글자는 몇 개인지 쓰시오.\n{shown}",
                 f"간판에 쓰인 글자 {shown} 중에서 {desc}인 것을 모두 찾아 그 개수를 구하세요.")
    return Problem(text=text, answer=f"{len(good)}개", format="word", difficulty=3, achievement_level="B",
                   concepts=["선대칭도형", "점대칭도형"] if kind == "both" else [desc])


@family("6수03-02", "grid-corresponding-point")
def _c02_grid(rng: random.Random) -> Problem:
    dx, dy = rng.randint(1, 6), rng.randint(1, 6)
    h = rng.choice(["왼쪽", "오른쪽"])
    v = rng.choice(["위", "아래"])
    opp = {"왼쪽": "오른쪽", "오른쪽": "왼쪽", "위": "아래", "아래": "위"}
    mode = rng.choice(["line", "point"])
    if mode == "line":
        text = _pick(
            rng,
            f"모눈종이에 세로로 대칭축을 긋고 선대칭도형을 완성하려고 합니다. 점 ㄱ은 대칭축에서 {h}으로 {dx}칸 떨어져 있습니다. "
            f"점 ㄱ의 대응점은 대칭축에서 어느 쪽으로 몇 칸 떨어진 곳에 찍어야 합니까?",
            f"[선대칭도형 그리기] 세로 방향의 대칭축으로부터 {h}으로 {dx}칸, 대칭축 위의 점 ㅇ에서 {v}로 {dy}칸인 곳에 점 ㄴ이 있습니다. "
            f"점 ㄴ의 대응점은 점 ㅇ에서 어느 쪽으로 몇 칸, 위아래로는 어느 쪽으로 몇 칸인 곳에 있습니까?",
        )
        ans = (f"{opp[h]}으로 {dx}칸" if "위아래" not in text else f"{opp[h]}으로 {dx}칸, {v}로 {dy}칸")
        lvl = "C"
    else:
        text = _pick(
            rng,
            f"모눈종이 위의 점 ㅇ을 대칭의 중심으로 하는 점대칭도형을 그리고 있습니다. 점 ㄱ은 점 ㅇ에서 {h}으로 {dx}칸, {v}로 {dy}칸 "
            f"떨어져 있습니다. 점 ㄱ의 대응점은 점 ㅇ에서 어느 방향으로 몇 칸 떨어진 곳입니까?",
            f"점대칭도형을 완성하려고 합니다. 대칭의 중심 ㅇ에서 {h}으로 {dx}칸, {v}로 {dy}칸 간 곳에 꼭짓점 ㄷ이 있다면, "
            f"점 ㄷ의 대응점은 어디에 찍어야 하는지 쓰시오.",
        )
        ans = f"{opp[h]}으로 {dx}칸, {opp[v]}로 {dy}칸"
        lvl = "B"
    return Problem(text=text, answer=ans, format="task", difficulty=2, achievement_level=lvl,
                   concepts=["선대칭도형" if mode == "line" else "점대칭도형", "대응점",
                             "대칭축" if mode == "line" else "대칭의 중심"])


_SYMP_TRUE = [
    "선대칭도형에서 대응변의 길이는 서로 같습니다.",
    "선대칭도형에서 대응각의 크기는 서로 같습니다.",
    "선대칭도형에서 대응점을 이은 선분은 대칭축과 수직으로 만납니다.",
    "점대칭도형에서 대칭의 중심은 대응점을 이은 선분을 둘로 똑같이 나눕니다.",
    "점대칭도형에서 대칭의 중심은 1개뿐입니다.",
    "점대칭도형을 대칭의 중심을 기준으로 180° 돌리면 처음 도형과 완전히 겹칩니다.",
    "원은 선대칭도형이면서 점대칭도형입니다.",
]
_SYMP_FALSE = [
    "선대칭도형의 대칭축은 항상 1개뿐입니다.",
    "점대칭도형에서 대칭의 중심은 여러 개일 수 있습니다.",
    "점대칭도형은 90° 돌렸을 때 처음 도형과 겹치는 도형입니다.",
    "선대칭도형에서 대응점을 이은 선분은 대칭축과 평행합니다.",
    "정삼각형은 점대칭도형입니다.",
    "평행사변형은 선대칭도형입니다.",
    "선대칭도형은 모두 점대칭도형입니다.",
]


@family("6수03-02", "symmetry-statements-mcq")
def _c02_props(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.5
    ch = _statement_mcq(rng, _SYMP_TRUE, _SYMP_FALSE, ask_true)
    stem = (_pick(rng, "다음 중 옳은 설명은 어느 것입니까?", "대칭에 대한 설명으로 바른 것을 고르시오.")
            if ask_true else _pick(rng, "다음 중 잘못된 설명은 어느 것입니까?", "선대칭도형과 점대칭도형에 대한 설명으로 틀린 것을 고르세요."))
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["선대칭도형", "점대칭도형", "대칭축", "대칭의 중심"], choice=ch)


# =============================================================================================
# 6수03-03 직육면체와 정육면체
# =============================================================================================

_BOX_PARTS = {"면": 6, "모서리": 12, "꼭짓점": 8}


@family("6수03-03", "count-faces-edges-vertices")
def _c03_count(rng: random.Random) -> Problem:
    solid = rng.choice(["직육면체", "정육면체"])
    mode = rng.choice(["one", "expr", "expr"])
    if mode == "one":
        part = rng.choice(list(_BOX_PARTS))
        ans = _BOX_PARTS[part]
        text = _pick(rng, f"{solid}의 {_j(part, '은/는')} 모두 몇 개입니까?",
                     f"{solid} 모양 상자에서 {_j(part, '을/를')} 세어 보면 몇 개인가요?",
                     f"{solid}에서 {part}의 수는 □개입니다. □ 안에 알맞은 수를 써넣으세요.")
        lvl, d = "C", 1
    else:
        a, b = rng.sample(list(_BOX_PARTS), 2)
        op_ = rng.choice(["+", "-"])
        va, vb = _BOX_PARTS[a], _BOX_PARTS[b]
        if op_ == "-" and va < vb:
            a, b, va, vb = b, a, vb, va
        ans = va + vb if op_ == "+" else va - vb
        how = "합" if op_ == "+" else "차"
        text = _pick(rng, f"{solid}의 {a}의 수와 {b}의 수의 {_j(how, '을/를')} 구하시오.",
                     f"{solid}에서 {_j(a, '과/와')} {b}의 수의 {_j(how, '은/는')} 얼마입니까?",
                     f"{_j(solid, '은/는')} {_j(a, '이/가')} ㉠개, {_j(b, '이/가')} ㉡개입니다. ㉠{'+' if op_ == '+' else '−'}㉡의 값을 구하세요.")
        lvl, d = "C", 2
    fmt = "fill" if "□" in text else "word"
    return Problem(text=text, answer=str(ans) if fmt == "fill" else (str(ans) if "㉠" in text else f"{ans}개"),
                   format=fmt, difficulty=d, achievement_level=lvl, concepts=[solid, *[p for p in _BOX_PARTS if p in text]])


@family("6수03-03", "sum-of-all-edges")
def _c03_edges(rng: random.Random) -> Problem:
    u = _pick(rng, "cm", "cm", "m")
    mode = rng.choice(["cuboid", "cube", "cube-rev", "cuboid-rev"])
    if mode == "cuboid":
        a, b, c = rng.sample(range(3, 21), 3)
        ans = 4 * (a + b + c)
        text = _pick(rng, f"가로 {a} {u}, 세로 {b} {u}, 높이 {c} {u}인 직육면체의 모든 모서리의 길이의 합은 몇 {u}입니까?",
                     f"직육면체 모양의 상자가 있습니다. 서로 다른 세 모서리의 길이가 {a} {u}, {b} {u}, {c} {u}일 때, "
                     f"모든 모서리의 길이를 더하면 몇 {u}인지 구하시오.")
        lvl, d, ans_s = "B", 3, f"{ans} {u}"
        chk = a * 4 + b * 4 + c * 4 == ans
    elif mode == "cube":
        a = rng.randint(2, 25)
        ans = 12 * a
        text = _pick(rng, f"한 모서리의 길이가 {a} {u}인 정육면체의 모든 모서리의 길이의 합을 구하시오.",
                     f"한 모서리가 {a} {u}인 정육면체 모양의 뼈대를 빨대로 만들려고 합니다. 빨대는 모두 몇 {u} 필요합니까?")
        lvl, d, ans_s = "C", 2, f"{ans} {u}"
        chk = ans // 12 == a
    elif mode == "cube-rev":
        a = rng.randint(2, 25)
        ans = a
        text = _pick(rng, f"모든 모서리의 길이의 합이 {12 * a} {u}인 정육면체가 있습니다. 이 정육면체의 한 모서리의 길이는 몇 {u}입니까?",
                     f"철사 {12 * a} {u}를 남김없이 모두 사용하여 정육면체의 뼈대를 만들었습니다. 한 모서리의 길이를 구하세요.")
        lvl, d, ans_s = "B", 3, f"{a} {u}"
        chk = 12 * ans == 12 * a
    else:
        a, b, c = rng.sample(range(3, 21), 3)
        total = 4 * (a + b + c)
        text = (f"직육면체의 모든 모서리의 길이의 합이 {total} {u}입니다. 가로가 {a} {u}, 세로가 {b} {u}이면 "
                + _pick(rng, f"높이는 몇 {u}입니까?", "높이를 구하시오."))
        lvl, d, ans_s = "A", 4, f"{c} {u}"
        chk = total // 4 - a - b == c
    return Problem(text=text, answer=ans_s, format="word", difficulty=d, achievement_level=lvl,
                   concepts=["직육면체" if "cuboid" in mode else "정육면체", "모서리"], check=lambda: chk)


@family("6수03-03", "parallel-perpendicular-faces")
def _c03_faces(rng: random.Random) -> Problem:
    qs = [
        ("직육면체에서 한 면과 평행한 면은 몇 개입니까?", "1개", "C"),
        ("직육면체에서 서로 평행한 면은 모두 몇 쌍입니까?", "3쌍", "C"),
        ("직육면체에서 한 면과 수직인 면은 모두 몇 개입니까?", "4개", "B"),
        ("직육면체의 한 꼭짓점에서 만나는 면은 몇 개입니까?", "3개", "B"),
        ("직육면체의 한 꼭짓점에서 만나는 모서리는 몇 개입니까?", "3개", "B"),
        ("정육면체에서 한 모서리와 길이가 같은 모서리는 자기 자신을 빼고 몇 개입니까?", "11개", "B"),
        ("직육면체에서 한 모서리와 평행한 모서리는 몇 개입니까?", "3개", "A"),
        ("직육면체에서 한 면에 수직인 모서리는 몇 개입니까?", "4개", "A"),
    ]
    q, ans, lvl = rng.choice(qs)
    if rng.random() < 0.5:
        q = q.replace("직육면체", "정육면체" if rng.random() < .4 else "직육면체 모양의 상자").replace("면체 모양의 상자에서", "면체 모양의 상자에서")
    if rng.random() < 0.4:
        q = q.replace("입니까?", "인지 쓰시오.")
    label = rng.choice(["가", "나", "다"])
    if "한 면" in q and rng.random() < 0.5:
        q = q.replace("한 면", f"면 {label}")
    if "정육면체 모양의 상자" in q:
        q = q.replace("정육면체 모양의 상자", "정육면체")
    return Problem(text=q, answer=ans, format="word", difficulty=2 if lvl == "C" else 3, achievement_level=lvl,
                   concepts=["직육면체" if "직육면체" in q else "정육면체", "면", "모서리"])


_BOXP_TRUE = [
    "정육면체는 직육면체라고 할 수 있습니다.",
    "직육면체에서 마주 보는 면은 서로 평행합니다.",
    "직육면체에서 이웃한 두 면은 서로 수직입니다.",
    "정육면체는 모든 모서리의 길이가 같습니다.",
    "직육면체의 면은 모두 직사각형입니다.",
    "직육면체와 정육면체는 꼭짓점의 수가 같습니다.",
    "직육면체의 한 꼭짓점에서 모서리 3개가 만납니다.",
]
_BOXP_FALSE = [
    "직육면체는 정육면체라고 할 수 있습니다.",
    "직육면체의 모든 모서리의 길이는 같습니다.",
    "직육면체에서 이웃한 두 면은 서로 평행합니다.",
    "정육면체의 면은 모두 직사각형이 아닙니다.",
    "직육면체의 꼭짓점은 6개입니다.",
    "정육면체의 모서리는 8개입니다.",
    "직육면체에서 평행한 면은 2쌍입니다.",
]


@family("6수03-03", "box-statements-mcq")
def _c03_props(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.5
    ch = _statement_mcq(rng, _BOXP_TRUE, _BOXP_FALSE, ask_true)
    stem = (_pick(rng, "직육면체와 정육면체에 대한 설명으로 옳은 것은 어느 것입니까?", "다음 중 바른 설명을 고르시오.")
            if ask_true else _pick(rng, "직육면체와 정육면체에 대한 설명으로 옳지 않은 것은 어느 것입니까?", "다음 중 틀린 설명을 찾으세요."))
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["직육면체", "정육면체"], choice=ch)


_OBJECTS = {
    "직육면체": ["벽돌", "두부 한 모", "필통", "택배 상자", "지우개", "서랍장", "우유 상자", "휴지 상자"],
    "정육면체": ["주사위", "큐브 퍼즐", "각설탕", "쌓기나무 한 개"],
    "other": ["음료수 캔", "축구공", "고깔모자", "두루마리 휴지", "삼각김밥", "피라미드 모형"],
}


@family("6수03-03", "find-boxes-around-us")
def _c03_objects(rng: random.Random) -> Problem:
    target = rng.choice(["정육면체", "직육면체 아닌 것"])
    if target == "정육면체":
        good = rng.choice(_OBJECTS["정육면체"])
        bad = rng.sample(_OBJECTS["직육면체"], 2) + rng.sample(_OBJECTS["other"], 2)
        stem = _pick(rng, "다음 중 정육면체 모양인 물건은 어느 것입니까?", "모든 면이 합동인 정사각형으로 둘러싸인 물건을 고르시오.")
    else:
        good = rng.choice(_OBJECTS["other"])
        bad = rng.sample(_OBJECTS["직육면체"], 3) + rng.sample(_OBJECTS["정육면체"], 1)
        stem = _pick(rng, "다음 중 직육면체라고 할 수 없는 물건은 어느 것입니까?", "직사각형 6개로 둘러싸인 모양이 아닌 물건을 고르세요.")
    ch = choices(rng, good, bad)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1, achievement_level="C",
                   concepts=["직육면체", "정육면체"], choice=ch)


@family("6수03-03", "compare-table-fill")
def _c03_table(rng: random.Random) -> Problem:
    rows = [("면의 모양", "직사각형", "정사각형"), ("면의 수(개)", "6", "6"), ("모서리의 수(개)", "12", "12"),
            ("꼭짓점의 수(개)", "8", "8"), ("모서리의 길이", "길이가 같은 것끼리 4개씩", "모두 같음")]
    pick = rng.sample(range(5), 2)
    blanks = {}
    lines = ["| | 직육면체 | 정육면체 |", "|---|---|---|"]
    marks = iter("㉠㉡㉢㉣")
    for i, (h, a, b) in enumerate(rows):
        cells = [a, b]
        if i in pick:
            col = rng.randrange(2)
            m = next(marks)
            blanks[m] = cells[col]
            cells[col] = m
        lines.append(f"| {h} | {cells[0]} | {cells[1]} |")
    ans = ", ".join(f"{k} {v}" for k, v in blanks.items())
    stem = _pick(rng, "직육면체와 정육면체를 비교한 표입니다. 빈칸 ㉠, ㉡에 알맞은 것을 쓰시오.",
                 "표를 완성하세요. ㉠과 ㉡에 들어갈 말이나 수를 차례로 쓰세요.")
    return Problem(text=stem + "\n" + "\n".join(lines), answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["직육면체", "정육면체", "면", "모서리", "꼭짓점"])


@family("6수03-03", "ribbon-around-box")
def _c03_ribbon(rng: random.Random) -> Problem:
    a, b, c = rng.sample(range(8, 41), 3)
    knot = rng.choice([10, 15, 20, 25, 30])
    who = rng.choice(["민지", "서준", "하윤", "도현", "예린"])
    style = rng.choice(["cross", "one-way"])
    if style == "cross":
        need = 2 * a + 2 * b + 4 * c + knot
        how = _pick(rng, "윗면에서 십자 모양이 되도록 가로 방향과 세로 방향으로 한 바퀴씩 둘러 묶었습니다",
                    "가로 방향으로 한 바퀴, 세로 방향으로 한 바퀴 둘러서 윗면에서 십자 모양으로 만나게 묶었습니다")
        chk = (a + c) * 2 + (b + c) * 2 + knot == need
    else:
        need = 2 * a + 2 * c + knot
        how = _pick(rng, "윗면, 오른쪽 옆면, 아랫면, 왼쪽 옆면을 차례로 지나도록 한 바퀴만 둘러 묶었습니다",
                    "윗면과 아랫면은 가로 방향으로 지나고 양쪽 옆면은 높이 방향으로 지나도록 한 바퀴 둘러 묶었습니다")
        chk = a + c + a + c + knot == need
    text = _pick(
        rng,
        f"{_j(who, '은/는')} 가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체 모양의 선물 상자를 리본으로 {how}. "
        f"매듭을 짓는 데 {knot} cm를 사용했다면, 사용한 리본은 모두 몇 cm입니까?",
        f"직육면체 모양 상자(가로 {a} cm, 세로 {b} cm, 높이 {c} cm)에 끈을 {how.replace('묶었습니다', '묶으려고 합니다')}. "
        f"매듭에 {knot} cm가 더 필요하다면 끈은 적어도 몇 cm 있어야 합니까?",
    )
    return Problem(text=text, answer=f"{need} cm", format="word", difficulty=4, achievement_level="A",
                   concepts=["직육면체", "모서리"], check=lambda: chk)


@family("6수03-03", "wire-largest-cube")
def _c03_wire(rng: random.Random) -> Problem:
    edge = rng.randint(3, 20)
    extra = rng.randint(1, 11)
    wire = 12 * edge + extra
    u = "cm"
    mode = rng.choice(["edge", "left"])
    q = (f"만들 수 있는 가장 큰 정육면체의 한 모서리의 길이는 몇 {u}입니까? (모서리의 길이는 자연수로 합니다.)"
         if mode == "edge" else f"한 모서리가 {edge} {u}인 정육면체 뼈대를 만들고 남는 철사는 몇 {u}입니까?")
    text = _pick(rng, f"길이가 {wire} {u}인 철사로 정육면체 모양의 뼈대를 하나 만들려고 합니다. {q}",
                 f"철사 {wire} {u}가 있습니다. 이 철사를 잘라 정육면체의 모서리를 모두 만들려고 합니다. {q}")
    ans = f"{edge} {u}" if mode == "edge" else f"{extra} {u}"
    return Problem(text=text, answer=ans, format="word", difficulty=3 if mode == "left" else 4,
                   achievement_level="B" if mode == "left" else "A", concepts=["정육면체", "모서리"],
                   check=lambda: wire // 12 == edge and wire % 12 == extra)


# =============================================================================================
# 6수03-04 직육면체와 정육면체의 겨냥도와 전개도
# =============================================================================================

def _folds_to_cube(cells: set[tuple[int, int]]) -> bool:
    """Roll a die over the squares of a net; it is a cube net iff 6 squares get 6 different faces."""
    if len(cells) != 6:
        return False
    start = min(cells)
    seen: dict[tuple[int, int], int] = {}
    stack = [(start, {"D": 0, "U": 1, "N": 2, "S": 3, "E": 4, "W": 5})]
    while stack:
        (x, y), st = stack.pop()
        if (x, y) in seen:
            continue
        seen[(x, y)] = st["D"]
        moves = {
            (1, 0): {"D": st["E"], "E": st["U"], "U": st["W"], "W": st["D"], "N": st["N"], "S": st["S"]},
            (-1, 0): {"D": st["W"], "W": st["U"], "U": st["E"], "E": st["D"], "N": st["N"], "S": st["S"]},
            (0, 1): {"D": st["N"], "N": st["U"], "U": st["S"], "S": st["D"], "E": st["E"], "W": st["W"]},
            (0, -1): {"D": st["S"], "S": st["U"], "U": st["N"], "N": st["D"], "E": st["E"], "W": st["W"]},
        }
        for (dx, dy), nst in moves.items():
            nxt = (x + dx, y + dy)
            if nxt in cells and nxt not in seen:
                stack.append((nxt, nst))
    return len(seen) == 6 and len(set(seen.values())) == 6


# (description, squares); row y=0 is the main row, y=1 above, y=-1 below
_NETS = [
    ("정사각형 4개를 가로로 한 줄로 잇고, 둘째 정사각형의 위쪽과 셋째 정사각형의 아래쪽에 한 개씩 붙인 모양",
     {(0, 0), (1, 0), (2, 0), (3, 0), (1, 1), (2, -1)}),
    ("정사각형 4개를 가로로 한 줄로 잇고, 첫째 정사각형의 위쪽과 넷째 정사각형의 아래쪽에 한 개씩 붙인 모양",
     {(0, 0), (1, 0), (2, 0), (3, 0), (0, 1), (3, -1)}),
    ("정사각형 4개를 가로로 한 줄로 잇고, 둘째 정사각형의 위쪽과 아래쪽에 한 개씩 붙인 모양",
     {(0, 0), (1, 0), (2, 0), (3, 0), (1, 1), (1, -1)}),
    ("정사각형 3개씩 두 줄로 놓되, 윗줄의 셋째 정사각형 바로 아래에 아랫줄의 첫째 정사각형이 오도록 계단 모양으로 이은 모양",
     {(0, 1), (1, 1), (2, 1), (2, 0), (3, 0), (4, 0)}),
    ("정사각형 2개씩 세 줄로 놓되, 각 줄이 한 칸씩 오른쪽으로 밀려 계단 모양이 되도록 이은 모양",
     {(0, 2), (1, 2), (1, 1), (2, 1), (2, 0), (3, 0)}),
    ("정사각형 6개를 가로 3개, 세로 2개인 직사각형 모양으로 붙인 모양",
     {(0, 0), (1, 0), (2, 0), (0, 1), (1, 1), (2, 1)}),
    ("정사각형 5개를 가로로 한 줄로 잇고, 셋째 정사각형의 위쪽에 한 개를 붙인 모양",
     {(0, 0), (1, 0), (2, 0), (3, 0), (4, 0), (2, 1)}),
    ("정사각형 4개를 가로로 한 줄로 잇고, 첫째와 둘째 정사각형의 위쪽에 한 개씩 붙인 모양",
     {(0, 0), (1, 0), (2, 0), (3, 0), (0, 1), (1, 1)}),
    ("정사각형 4개를 가로로 한 줄로 잇고, 첫째 정사각형과 셋째 정사각형의 위쪽에 한 개씩 붙인 모양",
     {(0, 0), (1, 0), (2, 0), (3, 0), (0, 1), (2, 1)}),
    ("정사각형 3개를 가로로 잇고, 가운데 정사각형의 위쪽에 2개, 아래쪽에 1개를 세로로 이어 붙인 십자 모양",
     {(0, 0), (1, 0), (2, 0), (1, 1), (1, 2), (1, -1)}),
    ("정사각형 2개를 가로로 잇고 그 아래에 정사각형 2개를 가로로 이은 다음, 아래쪽 줄의 양 끝에 한 개씩 더 붙인 모양",
     {(0, 0), (1, 0), (0, -1), (1, -1), (-1, -1), (2, -1)}),
]


@family("6수03-04", "which-is-cube-net-mcq")
def _c04_netmcq(rng: random.Random) -> Problem:
    good = [d for d, c in _NETS if _folds_to_cube(c)]
    bad = [d for d, c in _NETS if not _folds_to_cube(c)]
    ask_good = rng.random() < 0.5
    if ask_good:
        ch = choices(rng, rng.choice(good), rng.sample(bad, 4))
        stem = _pick(rng, "다음 중 접었을 때 정육면체가 되는 전개도는 어느 것입니까?", "정육면체의 전개도가 될 수 있는 것을 고르시오.")
    else:
        ch = choices(rng, rng.choice(bad), rng.sample(good, 4))
        stem = _pick(rng, "다음 중 정육면체의 전개도가 될 수 없는 것은 어느 것입니까?",
                     "접었을 때 겹치는 면이 생기거나 빈 곳이 생겨 정육면체를 만들 수 없는 모양을 고르세요.")
    desc = {d: c for d, c in _NETS}
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=4, achievement_level="B",
                   concepts=["정육면체", "전개도"], choice=ch,
                   check=lambda: _folds_to_cube(desc[ch.options[ch.correct]]) == ask_good)


@family("6수03-04", "sketch-visible-hidden")
def _c04_sketch(rng: random.Random) -> Problem:
    data = {("모서리", True): 9, ("모서리", False): 3, ("꼭짓점", True): 7, ("꼭짓점", False): 1,
            ("면", True): 3, ("면", False): 3}
    solid = rng.choice(["직육면체", "정육면체"])
    part = rng.choice(["모서리", "꼭짓점", "면"])
    mode = rng.choice(["one", "pair"])
    if mode == "one":
        vis = rng.random() < 0.5
        ans = data[(part, vis)]
        word = "보이는" if vis else "보이지 않는"
        if part == "모서리" and rng.random() < 0.5:
            word = "실선으로 그리는" if vis else "점선으로 그리는"
        text = _pick(rng, f"{solid}의 겨냥도에서 {word} {_j(part, '은/는')} 몇 개입니까?",
                     f"{solid}의 겨냥도를 그릴 때 {word} {_j(part, '은/는')} 모두 몇 개인지 쓰시오.",
                     f"{solid}의 겨냥도에서 {word} {part}의 수는 □개입니다. □ 안에 알맞은 수를 써넣으세요.")
        lvl, d = "C", 1
    else:
        ans = data[(part, True)] - data[(part, False)]
        text = _pick(rng, f"{solid}의 겨냥도에서 보이는 {part}의 수와 보이지 않는 {part}의 수의 차를 구하시오.",
                     f"{solid}의 겨냥도를 그렸을 때 보이는 {_j(part, '은/는')} 보이지 않는 {part}보다 몇 개 더 많습니까?")
        if ans == 0:
            text = f"{solid}의 겨냥도에서 보이는 {part}의 수와 보이지 않는 {part}의 수를 더하면 몇 개입니까?"
            ans = 6
        lvl, d = "B", 2
    fmt = "fill" if "□" in text else "word"
    return Problem(text=text, answer=str(ans) if fmt == "fill" else f"{ans}개", format=fmt, difficulty=d,
                   achievement_level=lvl, concepts=["겨냥도", solid, part])


@family("6수03-04", "hidden-edge-length-sum")
def _c04_hidden_len(rng: random.Random) -> Problem:
    a, b, c = rng.sample(range(3, 26), 3)
    u = rng.choice(["cm", "cm", "m"])
    vis = rng.random() < 0.5
    ans = 3 * (a + b + c) if vis else a + b + c
    line = "실선" if vis else "점선"
    word = "보이는" if vis else "보이지 않는"
    text = _pick(
        rng,
        f"가로 {a} {u}, 세로 {b} {u}, 높이 {c} {u}인 직육면체의 겨냥도를 그렸습니다. {word} 모서리의 길이의 합은 몇 {u}입니까?",
        f"직육면체의 겨냥도에서 {line}으로 그린 모서리의 길이를 모두 더하려고 합니다. 직육면체의 가로가 {a} {u}, "
        f"세로가 {b} {u}, 높이가 {c} {u}일 때 그 합을 구하시오.",
        f"세 모서리의 길이가 {a} {u}, {b} {u}, {c} {u}인 직육면체를 겨냥도로 나타낼 때 {line}으로 그려야 하는 모서리의 "
        f"길이의 합은 몇 {u}인가요?",
    )
    return Problem(text=text, answer=f"{ans} {u}", format="word", difficulty=3 if not vis else 4,
                   achievement_level="B" if not vis else "A", concepts=["겨냥도", "직육면체", "모서리"],
                   check=lambda: (4 * (a + b + c) - (a + b + c) == ans) if vis else ans * 4 == 4 * (a + b + c))


def _net_141(rng: random.Random, labels: list[str]) -> tuple[str, dict[str, str]]:
    """A 1-4-1 cube net in words; returns (description, opposite-face map)."""
    row = labels[:4]
    top, bot = labels[4], labels[5]
    ti, bi = rng.randrange(4), rng.randrange(4)
    desc = _pick(rng,
                 f"전개도에서 면 {_j(', '.join(row), '이/가')} 왼쪽부터 차례로 가로 한 줄로 이어져 있고, 면 {_j(top, '은/는')} 면 {row[ti]}의 위쪽에, "
                 f"면 {_j(bot, '은/는')} 면 {row[bi]}의 아래쪽에 붙어 있습니다.",
                 f"정육면체의 전개도는 면 {row[0]}-{row[1]}-{row[2]}-{_j(row[3], '이/가')} 가로로 나란히 있고, 면 {row[ti]} 위에 면 {top}, "
                 f"면 {row[bi]} 아래에 면 {_j(bot, '이/가')} 붙은 모양입니다.")
    opp = {row[0]: row[2], row[2]: row[0], row[1]: row[3], row[3]: row[1], top: bot, bot: top}
    cells = {(i, 0) for i in range(4)} | {(ti, 1), (bi, -1)}
    assert _folds_to_cube(cells)
    return desc, opp


@family("6수03-04", "cube-net-opposite-face")
def _c04_opp(rng: random.Random) -> Problem:
    labels = rng.choice([list("가나다라마바"), list("ㄱㄴㄷㄹㅁㅂ"), list("ABCDEF")])
    rng.shuffle(labels)
    desc, opp = _net_141(rng, labels)
    f = rng.choice(labels)
    mode = rng.choice(["parallel", "parallel", "perp"])
    if mode == "parallel":
        q = _pick(rng, f"전개도를 접어 정육면체를 만들었을 때 면 {f}와 평행한 면을 쓰시오.",
                  f"접어서 만든 정육면체에서 면 {f}와 마주 보는 면은 어느 것입니까?")
        ans, lvl = f"면 {opp[f]}", "B"
    else:
        q = f"전개도를 접었을 때 면 {f}와 수직인 면을 모두 쓰시오."
        ans = ", ".join(f"면 {x}" for x in sorted(set(labels) - {f, opp[f]}))
        lvl = "A"
    q = q.replace(f"면 {f}와", f"면 {_j(f, '과/와')}")
    return Problem(text=f"{desc} {q}", answer=ans, format="word", difficulty=3 if mode == "parallel" else 4,
                   achievement_level=lvl, concepts=["정육면체", "전개도", "면"])


@family("6수03-04", "dice-net-missing-number")
def _c04_dice(rng: random.Random) -> Problem:
    nums = [1, 2, 3, 4, 5, 6]
    # row of four: pairs (0,2),(1,3) opposite; top/bottom opposite
    p1, p2, p3 = rng.sample([(1, 6), (2, 5), (3, 4)], 3)
    p1, p2, p3 = [tuple(rng.sample(p, 2)) for p in (p1, p2, p3)]
    row = [p1[0], p2[0], p1[1], p2[1]]
    top, bot = p3
    ti, bi = rng.randrange(4), rng.randrange(4)
    slots = {"r0": row[0], "r1": row[1], "r2": row[2], "r3": row[3], "t": top, "b": bot}
    hide = rng.choice(list(slots))
    shown = {k: ("㉠" if k == hide else str(v)) for k, v in slots.items()}
    ordk = ["첫째", "둘째", "셋째", "넷째"]
    text = (_pick(rng, "주사위는 마주 보는 면의 눈의 수의 합이 7입니다.", "마주 보는 두 면의 눈의 수를 더하면 7이 되도록 주사위를 만들려고 합니다.")
            + f" 주사위의 전개도에서 가로로 한 줄에 놓인 네 면의 눈의 수는 왼쪽부터 {shown['r0']}, {shown['r1']}, {shown['r2']}, "
            f"{shown['r3']}입니다. {ordk[ti]} 면의 위쪽에 붙은 면의 눈의 수는 {shown['t']}, {ordk[bi]} 면의 아래쪽에 붙은 면의 "
            f"눈의 수는 {shown['b']}입니다. "
            + _pick(rng, "㉠에 알맞은 눈의 수를 구하시오.", "㉠에 들어갈 수는 얼마입니까?"))
    return Problem(text=text, answer=str(slots[hide]), format="fill", difficulty=3, achievement_level="B",
                   concepts=["정육면체", "전개도"], check=lambda: sorted(slots.values()) == nums)


@family("6수03-04", "cube-net-perimeter")
def _c04_netper(rng: random.Random) -> Problem:
    s = rng.randint(2, 15)
    mode = rng.choice(["per", "rev"])
    if mode == "per":
        text = _pick(rng, f"한 모서리의 길이가 {s} cm인 정육면체의 전개도를 그렸습니다. 전개도의 둘레는 몇 cm입니까?",
                     f"한 변이 {s} cm인 정사각형 6개로 이루어진 정육면체의 전개도가 있습니다. 이 전개도를 오려 낼 때 가위로 자르는 "
                     "선(전개도의 둘레)의 길이를 구하시오.")
        ans = f"{14 * s} cm"
    else:
        text = f"어떤 정육면체의 전개도의 둘레가 {14 * s} cm입니다. 이 정육면체의 한 모서리의 길이는 몇 cm입니까?"
        ans = f"{s} cm"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A",
                   concepts=["정육면체", "전개도", "모서리"],
                   check=lambda: int(ans.split()[0]) in (2 * (12 - 5) * s, s))


@family("6수03-04", "cuboid-net-face-sizes")
def _c04_faces(rng: random.Random) -> Problem:
    a, b, c = rng.sample(range(2, 16), 3)
    real = [(a, b), (b, c), (a, c)]
    mode = rng.choice(["count", "mcq"])
    if mode == "count":
        x, y = rng.choice(real)
        if rng.random() < 0.5:
            x, y = y, x
        text = _pick(rng, f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체의 전개도를 그렸습니다. 전개도에서 두 변의 길이가 "
                     f"{x} cm, {y} cm인 직사각형 모양의 면은 몇 개입니까?",
                     f"직육면체(가로 {a} cm, 세로 {b} cm, 높이 {c} cm)를 펼친 전개도에는 {x} cm×{y} cm인 직사각형이 몇 개 있는지 쓰시오.")
        return Problem(text=text, answer="2개", format="word", difficulty=2, achievement_level="C",
                       concepts=["직육면체", "전개도", "면"])
    wrongs = []
    for p, q in [(a, a), (b, b), (c, c), (a + b, c), (a, b + c), (2 * a, b)]:
        if (p, q) not in real and (q, p) not in real and (p, q) not in wrongs:
            wrongs.append((p, q))
    bad = rng.choice(wrongs)
    opts_ok = [f"{p} cm×{q} cm" for p, q in real]
    ch = choices(rng, f"{bad[0]} cm×{bad[1]} cm", [*opts_ok, f"{real[0][1]} cm×{real[0][0]} cm"], n=5)
    text = (f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체의 전개도를 그릴 때, 전개도에 나올 수 없는 직사각형 모양의 면은 "
            f"어느 것입니까?\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["직육면체", "전개도", "면"], choice=ch)


_DRAW_TRUE = [
    "겨냥도에서 보이는 모서리는 실선으로 그립니다.",
    "겨냥도에서 보이지 않는 모서리는 점선으로 그립니다.",
    "전개도에서 잘린 모서리는 실선으로 그립니다.",
    "전개도에서 접히는 부분은 점선으로 그립니다.",
    "정육면체의 전개도는 합동인 정사각형 6개로 이루어집니다.",
    "직육면체의 전개도에서 서로 합동인 면은 3쌍입니다.",
    "전개도를 접었을 때 서로 만나는 모서리의 길이는 같아야 합니다.",
]
_DRAW_FALSE = [
    "겨냥도에서 보이지 않는 모서리는 그리지 않습니다.",
    "겨냥도에서 보이지 않는 모서리는 실선으로 그립니다.",
    "전개도에서 접히는 부분은 실선으로 그립니다.",
    "정육면체의 전개도는 한 가지 모양뿐입니다.",
    "직육면체의 전개도는 정사각형 6개로만 이루어집니다.",
    "직육면체의 겨냥도에서 보이지 않는 모서리는 4개입니다.",
    "전개도를 접었을 때 면끼리 겹쳐도 전개도라고 할 수 있습니다.",
]


@family("6수03-04", "drawing-rules-mcq")
def _c04_rules(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.5
    ch = _statement_mcq(rng, _DRAW_TRUE, _DRAW_FALSE, ask_true)
    stem = (_pick(rng, "겨냥도와 전개도에 대한 설명으로 옳은 것은 어느 것입니까?", "다음 중 바르게 설명한 것을 고르시오.")
            if ask_true else _pick(rng, "겨냥도와 전개도에 대한 설명으로 옳지 않은 것은 어느 것입니까?", "다음 중 잘못 설명한 것을 고르세요."))
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["겨냥도", "전개도"], choice=ch)


# =============================================================================================
# 6수03-05 각기둥과 각뿔
# =============================================================================================

def _prism(n: int) -> dict[str, int]:
    return {"면": n + 2, "모서리": 3 * n, "꼭짓점": 2 * n}


def _pyramid(n: int) -> dict[str, int]:
    return {"면": n + 1, "모서리": 2 * n, "꼭짓점": n + 1}


def _solid_name(n: int, prism: bool) -> str:
    return _POLY[n].replace("형", "기둥" if prism else "뿔")


@family("6수03-05", "count-parts-of-solid")
def _c05_count(rng: random.Random) -> Problem:
    n = rng.randint(3, 10)
    prism = rng.random() < 0.5
    name = _solid_name(n, prism)
    parts = _prism(n) if prism else _pyramid(n)
    part = rng.choice(list(parts))
    ans = parts[part]
    text = _pick(rng, f"{name}의 {_j(part, '은/는')} 몇 개입니까?", f"{_j(name, '은/는')} {_j(part, '이/가')} 모두 몇 개인지 구하시오.",
                 f"{name} 모양의 조형물이 있습니다. 이 조형물의 {_j(part, '은/는')} 몇 개인가요?",
                 f"{name}에서 {part}의 수는 □개입니다. □ 안에 알맞은 수를 써넣으세요.")
    fmt = "fill" if "□" in text else "word"
    return Problem(text=text, answer=str(ans) if fmt == "fill" else f"{ans}개", format=fmt, difficulty=2,
                   achievement_level="C" if n <= 6 else "B", concepts=["각기둥" if prism else "각뿔", part],
                   check=lambda: ans == (parts["면"] + parts["꼭짓점"] - 2 if part == "모서리" else ans))


@family("6수03-05", "identify-solid-from-count")
def _c05_reverse(rng: random.Random) -> Problem:
    n = rng.randint(3, 10)
    prism = rng.random() < 0.5
    parts = _prism(n) if prism else _pyramid(n)
    part = rng.choice(list(parts)) if not prism else rng.choice(["면", "모서리", "꼭짓점"])
    if not prism and part in ("면", "꼭짓점") and rng.random() < 0.5:
        part = "모서리"
    v = parts[part]
    kind = "각기둥" if prism else "각뿔"
    text = _pick(rng, f"{_j(part, '이/가')} {v}개인 {_j(kind, '은/는')} 무엇입니까?",
                 f"어떤 {kind}의 {_j(part, '을/를')} 세어 보니 {v}개였습니다. 이 {kind}의 이름을 쓰시오.",
                 f"{_j(part, '이/가')} {v}개인 {kind}의 밑면은 어떤 도형입니까?")
    ans = _POLY[n] if "밑면은" in text else _solid_name(n, prism)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=[kind, part, "밑면"] if "밑면" in text else [kind, part],
                   check=lambda: (_prism(n) if prism else _pyramid(n))[part] == v)


@family("6수03-05", "prism-vs-pyramid-combo")
def _c05_combo(rng: random.Random) -> Problem:
    n = rng.randint(3, 9)
    m = rng.randint(3, 9)
    a, b = _solid_name(n, True), _solid_name(m, False)
    pa, pb = rng.choice(list(_prism(n))), rng.choice(list(_pyramid(m)))
    va, vb = _prism(n)[pa], _pyramid(m)[pb]
    mode = rng.choice(["sum", "diff"])
    if mode == "sum":
        ans = va + vb
        text = _pick(rng, f"{a}의 {pa}의 수와 {b}의 {pb}의 수의 합을 구하시오.",
                     f"㉠ {a}의 {pa}의 수\n㉡ {b}의 {pb}의 수\n㉠과 ㉡의 합은 얼마입니까?")
    else:
        if va < vb:
            va, vb, a, b, pa, pb = vb, va, b, a, pb, pa
        ans = va - vb
        text = _pick(rng, f"{a}의 {pa}의 수는 {b}의 {pb}의 수보다 몇 개 더 많습니까?",
                     f"㉠ {a}의 {pa}의 수\n㉡ {b}의 {pb}의 수\n㉠은 ㉡보다 얼마나 더 큽니까?")
        if ans == 0:
            text = f"{a}의 {pa}의 수와 {b}의 {pb}의 수를 비교하여 차를 구하시오."
    return Problem(text=text, answer=str(ans) if "㉠" in text else f"{ans}개", format="word", difficulty=3,
                   achievement_level="B", concepts=["각기둥", "각뿔", "면", "모서리", "꼭짓점"])


_PP_TRUE = [
    "각기둥의 두 밑면은 서로 평행하고 합동입니다.",
    "각기둥의 옆면은 모두 직사각형입니다.",
    "각뿔의 옆면은 모두 삼각형입니다.",
    "각뿔의 밑면은 1개입니다.",
    "각기둥의 이름은 밑면의 모양에 따라 정해집니다.",
    "각뿔에서 옆면이 모두 만나는 점을 각뿔의 꼭짓점이라고 합니다.",
    "각기둥에서 두 밑면 사이의 거리를 높이라고 합니다.",
    "각기둥의 밑면과 옆면은 서로 수직으로 만납니다.",
]
_PP_FALSE = [
    "각기둥의 옆면은 모두 삼각형입니다.",
    "각뿔의 밑면은 2개입니다.",
    "각뿔의 옆면은 모두 직사각형입니다.",
    "각기둥의 두 밑면은 서로 수직입니다.",
    "오각뿔의 꼭짓점은 10개입니다.",
    "삼각기둥의 모서리는 6개입니다.",
    "각기둥의 이름은 옆면의 모양에 따라 정해집니다.",
    "각뿔의 옆면의 수는 밑면의 변의 수보다 1개 많습니다.",
]


@family("6수03-05", "prism-pyramid-statements-mcq")
def _c05_props(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.5
    ch = _statement_mcq(rng, _PP_TRUE, _PP_FALSE, ask_true)
    stem = (_pick(rng, "각기둥과 각뿔에 대한 설명으로 옳은 것은 어느 것입니까?", "다음 중 바르게 설명한 것을 고르시오.")
            if ask_true else _pick(rng, "각기둥과 각뿔에 대한 설명으로 틀린 것은 어느 것입니까?", "다음 중 옳지 않은 것을 고르세요."))
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["각기둥", "각뿔", "밑면", "옆면"], choice=ch)


@family("6수03-05", "name-from-description")
def _c05_describe(rng: random.Random) -> Problem:
    n = rng.randint(3, 8)
    prism = rng.random() < 0.5
    ans = _solid_name(n, prism)
    if prism:
        clues = [f"밑면이 {_POLY[n]}이고 서로 평행한 두 밑면이 있습니다.", "옆면은 모두 직사각형입니다.",
                 f"옆면이 {n}개입니다.", f"모서리가 {3 * n}개입니다.", f"꼭짓점이 {2 * n}개입니다.",
                 "두 밑면이 합동인 다각형입니다.", f"면이 모두 {n + 2}개입니다."]
        must = [clues[1]]
        extra = [c for c in clues if c != clues[1]]
    else:
        clues = [f"밑면이 {_POLY[n]}이고 1개뿐입니다.", "옆면은 모두 삼각형입니다.", f"옆면이 {n}개입니다.",
                 f"모서리가 {2 * n}개입니다.", f"꼭짓점이 {n + 1}개입니다.", f"면이 모두 {n + 1}개입니다."]
        must = [clues[1]]
        extra = clues[2:] + [clues[0]]
    extra = [c for c in extra if "밑면이" not in c] if rng.random() < 0.6 else extra
    chosen = must + rng.sample(extra, min(2, len(extra)))
    rng.shuffle(chosen)
    clue_text = "\n".join(f"· {c}" for c in chosen)
    text = _pick(rng, f"다음 조건을 모두 만족하는 입체도형의 이름을 쓰시오.\n{clue_text}",
                 f"수수께끼: 나는 어떤 입체도형일까요?\n{clue_text}",
                 f"[설명하는 입체도형 찾기]\n{clue_text}\n이 입체도형은 무엇입니까?")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["각기둥" if prism else "각뿔", "밑면", "옆면"])


@family("6수03-05", "edge-length-total")
def _c05_edgelen(rng: random.Random) -> Problem:
    n = rng.randint(3, 8)
    prism = rng.random() < 0.5
    a = rng.randint(2, 12)
    h = rng.randint(3, 20)
    if not prism:  # a lateral edge must be longer than the base's circumradius a / (2 sin(pi/n))
        circum = {3: 0.578, 4: 0.708, 5: 0.851, 6: 1.0, 7: 1.153, 8: 1.307}[n] * a
        h = max(h, int(circum) + 2)
    name = _solid_name(n, prism)
    base = _REG[n]
    if prism:
        total = 2 * n * a + n * h
        text = _pick(rng, f"밑면이 한 변의 길이가 {a} cm인 {base}이고 높이가 {h} cm인 {_j(name, '이/가')} 있습니다. "
                     f"이 {name}의 모든 모서리의 길이의 합은 몇 cm입니까?",
                     f"두 밑면이 한 변 {a} cm인 {base}이고, 옆면의 세로(높이)가 {h} cm인 {name}의 모든 모서리의 길이의 합을 구하시오.")
        chk = total == (2 * n) * a + n * h
    else:
        total = n * a + n * h
        text = _pick(rng, f"밑면은 한 변이 {a} cm인 {base}이고, 옆면은 모두 합동인 이등변삼각형인 {_j(name, '이/가')} 있습니다. "
                     f"각뿔의 꼭짓점에서 밑면의 꼭짓점까지 이은 모서리의 길이가 각각 {h} cm일 때 모든 모서리의 길이의 합은 몇 cm입니까?",
                     f"{name}의 밑면은 한 변의 길이가 {a} cm인 {base}이고, 옆면의 모서리는 모두 {h} cm입니다. 모든 모서리의 길이의 합을 구하시오.")
        chk = total == n * (a + h)
    return Problem(text=text, answer=f"{total} cm", format="word", difficulty=4, achievement_level="A",
                   concepts=["각기둥" if prism else "각뿔", "모서리", "밑면", "옆면"], check=lambda: chk)


@family("6수03-05", "complete-table")
def _c05_table(rng: random.Random) -> Problem:
    ns = rng.sample(range(3, 9), 2)
    rows = []
    for n, prism in ((ns[0], True), (ns[1], False)):
        p = _prism(n) if prism else _pyramid(n)
        rows.append([_solid_name(n, prism), _POLY[n], str(p["면"]), str(p["모서리"]), str(p["꼭짓점"])])
    marks = iter("㉠㉡㉢㉣")
    cells = [(r, c) for r in range(2) for c in range(1, 5)]
    blanks = rng.sample(cells, 3)
    ans = []
    for r, c in sorted(blanks):
        m = next(marks)
        ans.append(f"{m} {rows[r][c]}")
        rows[r][c] = m
    body = "| 입체도형 | 밑면의 모양 | 면의 수(개) | 모서리의 수(개) | 꼭짓점의 수(개) |\n|---|---|---|---|---|\n" + \
        "\n".join("| " + " | ".join(r) + " |" for r in rows)
    stem = _pick(rng, "표의 빈칸에 알맞은 것을 써넣으시오.", "입체도형의 구성 요소를 조사한 표입니다. ㉠, ㉡, ㉢에 알맞은 것을 쓰세요.")
    return Problem(text=f"{stem}\n{body}", answer=", ".join(ans), format="data", difficulty=2, achievement_level="C",
                   concepts=["각기둥", "각뿔", "면", "모서리", "꼭짓점"])


@family("6수03-05", "sum-condition-solid")
def _c05_sumcond(rng: random.Random) -> Problem:
    n = rng.randint(3, 10)
    prism = rng.random() < 0.5
    p = _prism(n) if prism else _pyramid(n)
    combo = rng.choice([("면", "꼭짓점"), ("면", "모서리"), ("모서리", "꼭짓점"), ("면", "모서리", "꼭짓점")])
    s = sum(p[c] for c in combo)
    kind = "각기둥" if prism else "각뿔"
    listed = ", ".join(combo[:-1]) + f", {combo[-1]}" if len(combo) == 3 else f"{_j(combo[0], '과/와')} {combo[1]}"
    text = _pick(rng, f"어떤 {kind}의 {listed}의 수를 모두 더했더니 {s}개였습니다. 이 {kind}의 이름을 쓰시오.",
                 f"{listed}의 수의 합이 {s}인 {_j(kind, '은/는')} 무엇인지 구하시오.")
    ans = _solid_name(n, prism)
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A",
                   concepts=[kind, *combo],
                   check=lambda: [k for k in range(3, 40) if sum((_prism(k) if prism else _pyramid(k))[c] for c in combo) == s] == [n])


# =============================================================================================
# 6수03-06 각기둥의 전개도
# =============================================================================================

@family("6수03-06", "net-face-count")
def _c06_faces(rng: random.Random) -> Problem:
    n = rng.randint(3, 10)
    name = _solid_name(n, True)
    q = rng.choice(["base", "side", "all"])
    if q == "base":
        text = _pick(rng, f"{name}의 전개도에서 밑면이 되는 도형은 어떤 도형이고 몇 개입니까?",
                     f"{name}의 전개도를 그리면 밑면은 어떤 모양이 몇 개 그려지는지 쓰시오.")
        ans, lvl = f"{_POLY[n]}, 2개", "C"
    elif q == "side":
        text = _pick(rng, f"{name}의 전개도에서 옆면은 어떤 모양이고 몇 개입니까?",
                     f"{name}의 전개도를 그렸을 때 직사각형 모양의 면은 몇 개입니까?")
        if n == 4 and "직사각형 모양의 면" in text:  # 사각기둥은 밑면도 직사각형일 수 있으므로 옆면을 묻는다
            text = f"{name}의 전개도에서 옆면은 몇 개입니까?"
        ans = f"직사각형, {n}개" if "어떤 모양" in text else f"{n}개"
        lvl = "C"
    else:
        text = _pick(rng, f"{name}의 전개도를 그리려고 합니다. 전개도에 그려야 할 면은 모두 몇 개입니까?",
                     f"{name}의 전개도는 면 □개로 이루어져 있습니다. □ 안에 알맞은 수를 써넣으세요.")
        ans = str(n + 2) if "□" in text else f"{n + 2}개"
        lvl = "C"
    fmt = "fill" if "□" in text else "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=1, achievement_level=lvl,
                   concepts=["각기둥", "전개도", "밑면" if q == "base" else "옆면"])


@family("6수03-06", "identify-prism-from-net")
def _c06_identify(rng: random.Random) -> Problem:
    n = rng.randint(3, 9)
    name = _solid_name(n, True)
    ok = rng.random() < 0.75
    if ok:
        text = _pick(rng, f"어떤 전개도를 접었더니 입체도형이 만들어졌습니다. 전개도는 합동인 {_POLY[n]} 2개와 직사각형 {n}개로 "
                     "이루어져 있습니다. 어떤 입체도형의 전개도입니까?",
                     f"직사각형 {n}개를 옆으로 나란히 이어 붙이고, 그 위와 아래에 합동인 {_j(_POLY[n], '을/를')} 하나씩 붙인 전개도가 "
                     "있습니다. 이 전개도로 만들 수 있는 입체도형의 이름을 쓰시오.")
        ans = name
    else:
        m = n + rng.choice([-1, 1]) if n > 3 else n + 1
        text = (f"합동인 {_POLY[n]} 2개와 직사각형 {m}개로 각기둥의 전개도를 만들려고 합니다. 이 전개도로 각기둥을 만들 수 "
                "있는지 쓰고, 없다면 직사각형이 몇 개 있어야 하는지 쓰시오.")
        ans = f"만들 수 없습니다. 직사각형이 {n}개 있어야 합니다."
    return Problem(text=text, answer=ans, format="word", difficulty=2 if ok else 3,
                   achievement_level="C" if ok else "B", concepts=["각기둥", "전개도", "밑면", "옆면"])


@family("6수03-06", "lateral-strip-size")
def _c06_strip(rng: random.Random) -> Problem:
    n = rng.randint(3, 8)
    a = rng.randint(2, 12)
    h = rng.randint(3, 20)
    name = _solid_name(n, True)
    mode = rng.choice(["width", "perimeter", "rev"])
    intro = f"밑면이 한 변의 길이가 {a} cm인 {_REG[n]}이고 높이가 {h} cm인 {name}의 전개도를 그렸습니다."
    if mode == "width":
        text = intro + _pick(rng, " 옆면을 모두 이어 붙인 큰 직사각형의 가로는 몇 cm입니까?",
                             " 전개도에서 옆면 전체가 이루는 직사각형의 가로와 세로는 각각 몇 cm인지 쓰시오.")
        ans = f"{n * a} cm" if "각각" not in text else f"가로 {n * a} cm, 세로 {h} cm"
        lvl, d = "B", 3
    elif mode == "perimeter":
        text = intro + " 옆면 전체가 이루는 직사각형의 둘레는 몇 cm입니까?"
        ans, lvl, d = f"{2 * (n * a + h)} cm", "A", 4
    else:
        text = (f"{name}의 전개도에서 옆면 {n}개를 이어 붙인 직사각형의 가로가 {n * a} cm입니다. "
                f"밑면이 정다각형일 때 밑면의 한 변의 길이는 몇 cm입니까?")
        ans, lvl, d = f"{a} cm", "B", 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lvl,
                   concepts=["각기둥", "전개도", "옆면", "밑면"], check=lambda: (n * a) // n == a)


@family("6수03-06", "whole-net-perimeter")
def _c06_perimeter(rng: random.Random) -> Problem:
    n = rng.choice([3, 4, 5, 6])
    a = rng.randint(2, 10)
    h = rng.randint(3, 15)
    name = _solid_name(n, True)
    per = (4 * n - 4) * a + 2 * h
    text = _pick(
        rng,
        f"밑면이 한 변 {a} cm인 {_REG[n]}이고 높이가 {h} cm인 {name}가 있습니다. 옆면 {n}개를 가로로 한 줄로 잇고, "
        f"어느 한 옆면의 위쪽과 어느 한 옆면의 아래쪽에 밑면을 하나씩 붙여 전개도를 그렸습니다. 이 전개도의 둘레는 몇 cm입니까?",
        f"{name}(밑면: 한 변 {a} cm인 {_REG[n]}, 높이: {h} cm)의 전개도를 옆면 {n}개를 한 줄로 이어 붙이고 밑면 두 개를 "
        f"옆면 띠의 위와 아래에 하나씩 붙이는 방법으로 그렸습니다. 전개도를 오려 내려면 둘레를 따라 몇 cm를 잘라야 하는지 구하시오.",
    )
    text = text.replace(f"{name}가", _j(name, "이/가"))
    # independent count: every edge is cut (counted twice) except the n+1 fold lines
    total_edges = 2 * n * a + n * h
    folds = (n - 1) * h + 2 * a
    return Problem(text=text, answer=f"{per} cm", format="word", difficulty=5, achievement_level="A",
                   concepts=["각기둥", "전개도"], check=lambda: 2 * (total_edges - folds) == per)


@family("6수03-06", "fold-and-cut-lines")
def _c06_lines(rng: random.Random) -> Problem:
    n = rng.randint(3, 10)
    name = _solid_name(n, True)
    mode = rng.choice(["fold", "cut"])
    if mode == "fold":
        ans = n + 1
        text = _pick(rng, f"{name}의 전개도에서 접는 선(점선)은 모두 몇 개입니까?",
                     f"{name}의 전개도를 그릴 때 점선으로 나타내야 하는 선분은 몇 개인지 구하시오. (면과 면이 이어진 곳마다 점선 하나)")
        lvl = "B"
    else:
        ans = 2 * n - 1
        text = _pick(rng, f"{name} 모양 상자의 모서리를 잘라서 전개도를 만들려고 합니다. 면이 모두 이어져 있도록 할 때, 잘라야 하는 "
                     "모서리는 몇 개입니까?",
                     f"{name}의 모서리 중 몇 개를 잘라 펼쳐서 한 장으로 이어진 전개도를 만들었습니다. 자른 모서리는 몇 개인가요?")
        lvl = "A"
    return Problem(text=text, answer=f"{ans}개", format="word", difficulty=3 if mode == "fold" else 4,
                   achievement_level=lvl, concepts=["각기둥", "전개도", "모서리"],
                   check=lambda: ans == ((n + 2) - 1 if mode == "fold" else 3 * n - (n + 1)))


_PNET_OK = [
    "직사각형 3개를 가로로 잇고, 가운데 직사각형의 위와 아래에 합동인 삼각형을 하나씩 붙인 모양",
    "직사각형 3개를 가로로 잇고, 첫째 직사각형의 위와 셋째 직사각형의 아래에 합동인 삼각형을 하나씩 붙인 모양",
    "직사각형 3개를 가로로 잇고, 첫째 직사각형의 위와 아래에 합동인 삼각형을 하나씩 붙인 모양",
]
_PNET_BAD = [
    "직사각형 3개를 가로로 잇고, 첫째와 둘째 직사각형의 위에 합동인 삼각형을 하나씩 붙인 모양",
    "직사각형 4개를 가로로 잇고, 둘째 직사각형의 위와 아래에 합동인 삼각형을 하나씩 붙인 모양",
    "직사각형 2개를 가로로 잇고, 첫째 직사각형의 위와 아래에 삼각형을 하나씩 붙인 모양",
    "직사각형 3개를 가로로 잇고, 가운데 직사각형의 위와 아래에 크기가 서로 다른 삼각형을 하나씩 붙인 모양",
    "직사각형 3개를 가로로 잇고, 가운데 직사각형의 위에 삼각형 2개를 붙인 모양",
    "세로의 길이가 서로 다른 직사각형 3개를 가로로 잇고, 위와 아래에 합동인 삼각형을 하나씩 붙인 모양",
]


@family("6수03-06", "triangular-prism-net-mcq")
def _c06_mcq(rng: random.Random) -> Problem:
    ask_ok = rng.random() < 0.5
    if ask_ok:
        ch = choices(rng, rng.choice(_PNET_OK), rng.sample(_PNET_BAD, 4))
        stem = _pick(rng, "삼각기둥의 전개도가 될 수 있는 것은 어느 것입니까?", "접었을 때 삼각기둥이 되는 전개도를 고르시오.")
    else:
        bad = rng.choice(_PNET_BAD)
        ch = choices(rng, bad, [*_PNET_OK, "직사각형 3개를 가로로 잇고, 셋째 직사각형의 위와 아래에 합동인 삼각형을 하나씩 붙인 모양",
                                "직사각형 3개를 가로로 잇고, 둘째 직사각형의 위와 첫째 직사각형의 아래에 합동인 삼각형을 하나씩 붙인 모양"])
        stem = _pick(rng, "삼각기둥의 전개도가 될 수 없는 것은 어느 것입니까?", "다음 중 접어서 삼각기둥을 만들 수 없는 것을 고르세요.")
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=4, achievement_level="B",
                   concepts=["각기둥", "전개도"], choice=ch)


@family("6수03-06", "net-segment-lengths")
def _c06_segments(rng: random.Random) -> Problem:
    p, q, r = rng.choice([(3, 4, 5), (5, 5, 6), (6, 8, 10), (5, 12, 13), (4, 4, 4), (7, 7, 7), (5, 5, 8), (9, 12, 15)])
    k = rng.choice([1, 1, 2]) if max(p, q, r) < 10 else 1
    p, q, r = p * k, q * k, r * k
    h = rng.randint(4, 20)
    mode = rng.choice(["width", "fill"])
    intro = f"밑면의 세 변의 길이가 {p} cm, {q} cm, {r} cm이고 높이가 {h} cm인 삼각기둥의 전개도를 그렸습니다."
    if mode == "width":
        text = intro + " 옆면 3개를 이어 붙여 만든 직사각형의 가로와 세로는 각각 몇 cm입니까?"
        ans, fmt = f"가로 {p + q + r} cm, 세로 {h} cm", "word"
    else:
        text = intro + (" 옆면 3개를 한 줄로 이은 직사각형의 가로는 □ cm, 세로는 △ cm입니다. □와 △에 알맞은 수를 차례로 쓰세요.")
        ans, fmt = f"{p + q + r}, {h}", "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B",
                   concepts=["각기둥", "전개도", "옆면", "밑면"])


@family("6수03-06", "explain-wrong-net")
def _c06_explain(rng: random.Random) -> Problem:
    n = rng.randint(3, 7)
    name = _solid_name(n, True)
    who = rng.choice(["서윤", "준서", "하린", "태윤", "지민"])
    defect = rng.choice(["count", "same-side", "height", "base"])
    if defect == "count":
        m = n + 1
        desc = f"직사각형 {m}개를 가로로 잇고 위와 아래에 {_j(_POLY[n], '을/를')} 하나씩 붙였습니다"
        ans = f"{name}의 옆면은 밑면의 변의 수와 같은 {n}개여야 하는데 직사각형이 {m}개라서 접었을 때 옆면이 남습니다."
    elif defect == "same-side":
        desc = f"직사각형 {n}개를 가로로 잇고 첫째와 둘째 직사각형의 위쪽에 {_j(_POLY[n], '을/를')} 하나씩 붙였습니다"
        ans = "두 밑면이 옆면 띠의 같은 쪽에 붙어 있어 접으면 두 밑면이 겹치고 반대쪽 밑면 자리가 비게 됩니다."
    elif defect == "height":
        desc = f"세로의 길이가 서로 다른 직사각형 {n}개를 가로로 잇고 위와 아래에 {_j(_POLY[n], '을/를')} 하나씩 붙였습니다"
        ans = "각기둥의 옆면은 높이가 모두 같아야 하는데 직사각형의 세로가 서로 달라 접었을 때 맞닿는 모서리의 길이가 맞지 않습니다."
    else:
        desc = f"직사각형 {n}개를 가로로 잇고 위와 아래에 크기가 서로 다른 {_j(_POLY[n], '을/를')} 하나씩 붙였습니다"
        ans = "각기둥의 두 밑면은 서로 합동이어야 하는데 크기가 서로 다른 두 다각형을 붙였기 때문에 만들 수 없습니다."
    text = _pick(rng, f"{_j(who, '은/는')} {name}의 전개도를 그리려고 {desc}. 이 그림이 {name}의 전개도가 될 수 없는 까닭을 설명하시오.",
                 f"{name}의 전개도라고 하며 {_j(who, '이/가')} 그린 그림은 다음과 같습니다. '{desc.replace('붙였습니다', '붙임')}.' "
                 "잘못된 점을 찾아 까닭을 쓰세요.")
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A",
                   concepts=["각기둥", "전개도", "밑면", "옆면"])


# =============================================================================================
# 6수03-07 원기둥, 원뿔, 구
# =============================================================================================

_TRIPLES = [(3, 4, 5), (6, 8, 10), (5, 12, 13), (9, 12, 15), (8, 15, 17), (12, 16, 20), (7, 24, 25)]


@family("6수03-07", "rotate-rectangle-cylinder")
def _c07_rect(rng: random.Random) -> Problem:
    a, b = rng.sample(range(2, 21), 2)
    axis = rng.choice(["가로", "세로"])
    r, h = (b, a) if axis == "가로" else (a, b)
    q = rng.choice(["diam", "height", "radius"])
    what = {"diam": "밑면의 지름", "height": "높이", "radius": "밑면의 반지름"}[q]
    val = {"diam": 2 * r, "height": h, "radius": r}[q]
    text = _pick(
        rng,
        f"가로 {a} cm, 세로 {b} cm인 직사각형 모양의 종이를 {axis}인 변을 기준으로 한 바퀴 돌려 입체도형을 만들었습니다. "
        f"만들어진 입체도형의 {_j(what, '은/는')} 몇 cm입니까?",
        f"직사각형(가로 {a} cm, 세로 {b} cm)의 {axis}인 한 변을 축으로 삼아 한 바퀴 돌렸을 때 생기는 원기둥의 {_j(what, '을/를')} "
        "구하시오.",
    )
    return Problem(text=text, answer=f"{val} cm", format="word", difficulty=3 if q == "diam" else 2,
                   achievement_level="B" if q == "diam" else "C", concepts=["원기둥", "밑면", "높이"])


@family("6수03-07", "rotate-triangle-cone")
def _c07_cone(rng: random.Random) -> Problem:
    p, q, r = rng.choice(_TRIPLES)
    if rng.random() < 0.5:
        p, q = q, p  # p: 밑변(반지름), q: 높이
    ask = rng.choice(["모선", "높이", "지름"])
    val = {"모선": r, "높이": q, "지름": 2 * p}[ask]
    label = {"모선": "모선의 길이", "높이": "높이", "지름": "밑면의 지름"}[ask]
    text = _pick(
        rng,
        f"세 변의 길이가 {p} cm, {q} cm, {r} cm인 직각삼각형이 있습니다. 길이가 {q} cm인 변을 기준으로 이 삼각형을 한 바퀴 "
        f"돌려서 만든 원뿔의 {_j(label, '은/는')} 몇 cm입니까?",
        f"직각을 낀 두 변이 {p} cm, {q} cm이고 가장 긴 변이 {r} cm인 직각삼각형을 {q} cm인 변을 축으로 한 바퀴 돌렸습니다. "
        f"만들어진 원뿔의 {_j(label, '을/를')} 구하시오.",
    )
    return Problem(text=text, answer=f"{val} cm", format="word", difficulty=3 if ask != "지름" else 4,
                   achievement_level="B" if ask != "지름" else "A", concepts=["원뿔", "모선", "높이", "밑면"])


@family("6수03-07", "rotate-semicircle-sphere")
def _c07_sphere(rng: random.Random) -> Problem:
    d = rng.randrange(4, 41, 2)
    ask = rng.choice(["radius", "diam-from-r", "name"])
    if ask == "radius":
        text = _pick(rng, f"지름이 {d} cm인 반원을 지름을 기준으로 한 바퀴 돌려 만든 입체도형의 반지름은 몇 cm입니까?",
                     f"지름 {d} cm인 반원 모양 종이를 지름을 축으로 한 바퀴 돌렸습니다. 만들어진 구의 반지름을 구하시오.")
        ans = f"{d // 2} cm"
    elif ask == "diam-from-r":
        text = f"반원을 지름을 축으로 하여 한 바퀴 돌렸더니 반지름이 {d // 2} cm인 구가 만들어졌습니다. 처음 반원의 지름은 몇 cm입니까?"
        ans = f"{d} cm"
    else:
        text = _pick(rng, "반원의 지름을 기준으로 반원을 한 바퀴 돌리면 어떤 입체도형이 만들어집니까?",
                     "반원 모양의 종이를 지름을 축으로 하여 한 바퀴 돌렸을 때 생기는 입체도형의 이름을 쓰시오.")
        ans = "구"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["구", "반지름"] if ask != "name" else ["구"])


_VIEWS = {
    ("원기둥", "위"): "원", ("원기둥", "앞"): "직사각형", ("원기둥", "옆"): "직사각형",
    ("원뿔", "위"): "원", ("원뿔", "앞"): "삼각형", ("원뿔", "옆"): "삼각형",
    ("구", "위"): "원", ("구", "앞"): "원", ("구", "옆"): "원",
}


@family("6수03-07", "views-of-round-solids")
def _c07_views(rng: random.Random) -> Problem:
    mode = rng.choice(["shape", "solid"])
    if mode == "shape":
        solid = rng.choice(["원기둥", "원뿔", "구"])
        side = rng.choice(["위", "앞", "옆"])
        ans = _VIEWS[(solid, side)]
        text = _pick(rng, f"{solid} 모양의 물체를 {side}에서 본 모양은 어떤 도형입니까?",
                     f"책상 위에 세워 놓은 {_j(solid, '을/를')} {side}에서 보면 어떤 모양으로 보이는지 쓰시오.",
                     f"{_j(solid, '을/를')} {side}에서 본 모양을 □라고 할 때, □에 알맞은 도형의 이름을 쓰세요.")
        if ans == "삼각형" and rng.random() < 0.5:
            ans = "삼각형(이등변삼각형)"
        lvl, d = "C", 1
    else:
        solid = rng.choice(["원기둥", "원뿔"])
        front = _VIEWS[(solid, "앞")]
        text = _pick(rng, f"어떤 입체도형을 위에서 보면 원이고, 앞에서 보면 {front}, 옆에서 보아도 {front}입니다. "
                     "이 입체도형은 원기둥, 원뿔, 구 중 어느 것입니까?",
                     f"위에서 본 모양은 원, 앞에서 본 모양은 {front}인 입체도형의 이름을 쓰시오.")
        if rng.random() < 0.3:
            text = "위, 앞, 옆 어느 방향에서 보아도 모양이 원으로 똑같은 입체도형은 무엇입니까?"
            solid = "구"
        ans = solid
        lvl, d = "B", 2
    fmt = "fill" if "□" in text else "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lvl, concepts=[solid])


@family("6수03-07", "parts-table")
def _c07_table(rng: random.Random) -> Problem:
    data = {"원기둥": ["2", "0", "있음", "없음"], "원뿔": ["1", "1", "없음", "있음"], "구": ["0", "0", "없음", "없음"]}
    heads = ["밑면의 수(개)", "꼭짓점의 수(개)", "서로 평행한 두 밑면", "모선"]
    rows = {k: v[:] for k, v in data.items()}
    marks = iter("㉠㉡㉢")
    cells = [(k, i) for k in rows for i in range(4)]
    ans = []
    for k, i in sorted(rng.sample(cells, 3), key=lambda t: (list(rows).index(t[0]), t[1])):
        m = next(marks)
        ans.append(f"{m} {rows[k][i]}")
        rows[k][i] = m
    body = "| | " + " | ".join(heads) + " |\n|---|---|---|---|---|\n" + "\n".join(
        f"| {k} | " + " | ".join(v) + " |" for k, v in rows.items())
    stem = _pick(rng, "원기둥, 원뿔, 구의 구성 요소를 비교한 표입니다. ㉠, ㉡, ㉢에 알맞은 것을 쓰시오.",
                 "표의 빈칸에 알맞은 수나 말을 쓰세요.")
    return Problem(text=f"{stem}\n{body}", answer=", ".join(ans), format="data", difficulty=2, achievement_level="C",
                   concepts=["원기둥", "원뿔", "구", "밑면", "모선"])


_ROUND_TRUE = [
    "원기둥의 두 밑면은 서로 평행하고 합동인 원입니다.",
    "원뿔의 모선은 무수히 많습니다.",
    "원뿔에서 모선의 길이는 높이보다 깁니다.",
    "구는 어느 방향에서 보아도 원 모양입니다.",
    "원기둥은 꼭짓점과 모서리가 없습니다.",
    "구의 중심에서 구의 겉면 위의 한 점을 이은 선분을 구의 반지름이라고 합니다.",
    "원기둥의 옆면은 굽은 면입니다.",
    "원뿔의 꼭짓점에서 밑면에 수직인 선분의 길이를 높이라고 합니다.",
]
_ROUND_FALSE = [
    "원뿔의 밑면은 2개입니다.",
    "원기둥에는 꼭짓점이 1개 있습니다.",
    "원뿔에서 높이는 모선의 길이보다 깁니다.",
    "구에는 밑면이 1개 있습니다.",
    "원뿔의 모선은 2개뿐입니다.",
    "원기둥을 앞에서 본 모양은 원입니다.",
    "원기둥의 옆면은 평평한 직사각형 모양입니다.",
    "구의 반지름은 한 개뿐입니다.",
]


@family("6수03-07", "round-solids-statements-mcq")
def _c07_props(rng: random.Random) -> Problem:
    ask_true = rng.random() < 0.5
    ch = _statement_mcq(rng, _ROUND_TRUE, _ROUND_FALSE, ask_true)
    stem = (_pick(rng, "원기둥, 원뿔, 구에 대한 설명으로 옳은 것은 어느 것입니까?", "다음 중 바르게 말한 것을 고르시오.")
            if ask_true else _pick(rng, "원기둥, 원뿔, 구에 대한 설명으로 옳지 않은 것은 어느 것입니까?", "다음 중 틀린 설명을 고르세요."))
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["원기둥", "원뿔", "구", "모선"], choice=ch)


_ROUND_OBJ = {
    "원기둥": ["음료수 캔", "두루마리 휴지", "북", "통조림 통", "풀(딱풀) 몸통"],
    "원뿔": ["고깔모자", "아이스크림 콘", "교통 안전 고깔(라바콘)", "깔때기 모양 장식"],
    "구": ["축구공", "구슬", "지구본", "탁구공"],
    "기타": ["주사위", "벽돌", "삼각김밥", "피라미드 모형", "필통"],
}


@family("6수03-07", "find-round-solids-around-us")
def _c07_objects(rng: random.Random) -> Problem:
    target = rng.choice(["원기둥", "원뿔", "구"])
    good = rng.choice(_ROUND_OBJ[target])
    others = [o for k, v in _ROUND_OBJ.items() if k != target for o in v]
    ch = choices(rng, good, rng.sample(others, 4))
    stem = _pick(rng, f"다음 중 {target} 모양인 물건은 어느 것입니까?", f"생활 속에서 찾은 물건 중 {target} 모양을 고르시오.",
                 f"{target} 모양을 찾아 번호를 쓰세요.")
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1, achievement_level="C",
                   concepts=[target], choice=ch)


@family("6수03-07", "front-view-perimeter")
def _c07_frontper(rng: random.Random) -> Problem:
    solid = rng.choice(["원기둥", "원뿔"])
    if solid == "원기둥":
        r = rng.randint(2, 15)
        h = rng.randint(3, 30)
        per = 2 * (2 * r + h)
        text = _pick(rng, f"밑면의 반지름이 {r} cm이고 높이가 {h} cm인 원기둥을 앞에서 본 모양의 둘레는 몇 cm입니까?",
                     f"반지름 {r} cm, 높이 {h} cm인 원기둥 모양 통을 앞에서 보았습니다. 보이는 도형의 둘레를 구하시오.")
        chk = per == 4 * r + 2 * h
    else:
        p, q, r3 = rng.choice(_TRIPLES)
        per = 2 * r3 + 2 * p
        text = _pick(rng, f"밑면의 반지름이 {p} cm, 높이가 {q} cm, 모선의 길이가 {r3} cm인 원뿔을 앞에서 본 모양의 둘레는 몇 cm입니까?",
                     f"원뿔을 앞에서 보았더니 삼각형 모양이었습니다. 원뿔의 밑면의 지름이 {2 * p} cm, 모선의 길이가 {r3} cm, 높이가 {q} cm일 때 "
                     "이 삼각형의 둘레를 구하시오.")
        chk = per == r3 + r3 + 2 * p
    return Problem(text=text, answer=f"{per} cm", format="word", difficulty=4, achievement_level="A",
                   concepts=[solid, "높이", "모선" if solid == "원뿔" else "밑면"], check=lambda: chk)


# =============================================================================================
# 6수03-08 원기둥의 전개도
# =============================================================================================

def _pi(rng: random.Random, weights: tuple[float, float, float] = (0.7, 0.18, 0.12)) -> Fraction:
    return rng.choices([Fraction(314, 100), Fraction(3), Fraction(31, 10)], weights=weights)[0]


def _pi_note(pi: Fraction, rng: random.Random) -> str:
    p = _n(pi)
    return _pick(rng, f"(원주율: {p})", f"(원주율은 {_j(p, '으로/로')} 계산합니다.)", f"원주율은 {_j(p, '으로/로')} 하세요.",
                 f"(원주율 {p})")


@family("6수03-08", "side-rectangle-from-diameter")
def _c08_side(rng: random.Random) -> Problem:
    pi = _pi(rng)
    use_r = rng.random() < 0.5
    r = rng.randint(2, 15)
    h = rng.randint(3, 30)
    width = 2 * r * pi
    given = f"밑면의 반지름이 {r} cm" if use_r else f"밑면의 지름이 {2 * r} cm"
    ask = rng.choice(["width", "both"])
    if ask == "width":
        text = _pick(rng, f"{given}이고 높이가 {h} cm인 원기둥의 전개도를 그렸습니다. 옆면의 가로는 몇 cm입니까? {_pi_note(pi, rng)}",
                     f"{given}인 원기둥의 전개도에서 옆면인 직사각형의 가로의 길이를 구하시오. {_pi_note(pi, rng)}")
        ans = f"{_n(width)} cm"
    else:
        text = (f"{given}이고 높이가 {h} cm인 원기둥의 전개도를 그리려고 합니다. 옆면이 되는 직사각형의 가로와 세로는 각각 몇 cm로 그려야 "
                f"합니까? {_pi_note(pi, rng)}")
        ans = f"가로 {_n(width)} cm, 세로 {h} cm"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["원기둥", "전개도", "옆면", "원주"], also=["6수03-16"],
                   check=lambda: width / 2 / r == pi)


@family("6수03-08", "radius-from-side-width")
def _c08_rev(rng: random.Random) -> Problem:
    pi = _pi(rng, (0.6, 0.3, 0.1))
    r = rng.randint(2, 15)
    width = 2 * r * pi
    h = rng.randint(3, 25)
    ask = rng.choice(["반지름", "지름"])
    text = _pick(rng, f"원기둥의 전개도에서 옆면의 가로가 {_n(width)} cm, 세로가 {h} cm입니다. 이 원기둥의 밑면의 {_j(ask, '은/는')} 몇 cm입니까? "
                 f"{_pi_note(pi, rng)}",
                 f"옆면이 가로 {_n(width)} cm, 세로 {h} cm인 직사각형인 원기둥이 있습니다. 밑면의 {_j(ask, '을/를')} 구하시오. {_pi_note(pi, rng)}")
    ans = r if ask == "반지름" else 2 * r
    return Problem(text=text, answer=f"{ans} cm", format="word", difficulty=4, achievement_level="A",
                   concepts=["원기둥", "전개도", "옆면", "원주"], also=["6수03-16"],
                   check=lambda: width / pi == 2 * r)


@family("6수03-08", "side-rectangle-perimeter")
def _c08_sideper(rng: random.Random) -> Problem:
    pi = _pi(rng)
    r = rng.randint(2, 12)
    h = rng.randint(3, 25)
    per = 2 * (2 * r * pi + h)
    text = _pick(rng, f"밑면의 반지름이 {r} cm이고 높이가 {h} cm인 원기둥의 전개도에서 옆면의 둘레는 몇 cm입니까? {_pi_note(pi, rng)}",
                 f"반지름 {r} cm, 높이 {h} cm인 원기둥 모양 상자의 옆면을 펼쳐 직사각형을 만들었습니다. 이 직사각형의 둘레를 구하시오. "
                 f"{_pi_note(pi, rng)}")
    return Problem(text=text, answer=f"{_n(per)} cm", format="word", difficulty=4, achievement_level="A",
                   concepts=["원기둥", "전개도", "옆면", "원주"], also=["6수03-16"],
                   check=lambda: per == 4 * r * pi + 2 * h)


@family("6수03-08", "whole-net-perimeter")
def _c08_netper(rng: random.Random) -> Problem:
    pi = _pi(rng)
    r = rng.randint(2, 10)
    h = rng.randint(3, 25)
    circ = 2 * r * pi
    per = 4 * circ + 2 * h
    text = _pick(rng, f"밑면의 반지름이 {r} cm, 높이가 {h} cm인 원기둥의 전개도를 그렸습니다. 옆면인 직사각형의 위와 아래에 밑면이 하나씩 붙어 "
                 f"있을 때 전개도 전체의 둘레는 몇 cm입니까? {_pi_note(pi, rng)}",
                 f"원기둥(반지름 {r} cm, 높이 {h} cm)의 전개도를 오려 내려고 합니다. 전개도의 둘레(두 원의 둘레와 직사각형의 둘레를 모두 따라 "
                 f"자르는 길이)를 구하시오. {_pi_note(pi, rng)}")
    return Problem(text=text, answer=f"{_n(per)} cm", format="word", difficulty=5, achievement_level="A",
                   concepts=["원기둥", "전개도", "원주"], also=["6수03-16"],
                   check=lambda: per == 2 * circ + 2 * (circ + h))


_CNET_OK = [
    "직사각형 1개의 위와 아래에 합동인 원이 하나씩 붙어 있고, 직사각형의 가로가 원의 둘레와 같은 것",
    "직사각형의 가로가 원주와 같고, 합동인 두 원이 직사각형의 위쪽 변과 아래쪽 변에 하나씩 맞닿아 있는 것",
]
_CNET_BAD = [
    "직사각형 1개의 위쪽에 합동인 원 2개가 나란히 붙어 있는 것",
    "직사각형 1개의 위와 아래에 크기가 서로 다른 원이 하나씩 붙어 있는 것",
    "직사각형의 가로가 원의 지름과 같고, 위와 아래에 합동인 원이 하나씩 붙어 있는 것",
    "직사각형 2개와 원 2개로 이루어진 것",
    "직사각형 1개의 위에 원 1개만 붙어 있는 것",
    "삼각형 1개의 위와 아래에 합동인 원이 하나씩 붙어 있는 것",
]


@family("6수03-08", "cylinder-net-mcq")
def _c08_mcq(rng: random.Random) -> Problem:
    ask_ok = rng.random() < 0.5
    if ask_ok:
        ch = choices(rng, rng.choice(_CNET_OK), rng.sample(_CNET_BAD, 4))
        stem = _pick(rng, "다음 중 원기둥의 전개도가 될 수 있는 것은 어느 것입니까?", "접었을 때 원기둥이 만들어지는 전개도를 고르시오.")
    else:
        ch = choices(rng, rng.choice(_CNET_BAD), [*_CNET_OK, "옆면인 직사각형의 세로가 원기둥의 높이와 같고, 위아래에 합동인 원이 하나씩 있는 것",
                                                  "두 밑면인 원이 합동이고, 옆면인 직사각형의 가로가 밑면의 둘레와 같은 것"])
        stem = _pick(rng, "다음 중 원기둥의 전개도가 될 수 없는 것은 어느 것입니까?", "접어서 원기둥을 만들 수 없는 것을 고르세요.")
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["원기둥", "전개도", "밑면", "옆면"], choice=ch)


@family("6수03-08", "net-parts-fill")
def _c08_parts(rng: random.Random) -> Problem:
    h = rng.randint(4, 30)
    d = rng.randrange(4, 31, 2)
    q = rng.choice(["count", "height", "match"])
    if q == "count":
        text = _pick(rng, "원기둥의 전개도에서 밑면은 어떤 도형이 몇 개이고, 옆면은 어떤 도형이 몇 개입니까?",
                     "원기둥의 전개도는 원 □개와 직사각형 △개로 이루어져 있습니다. □와 △에 알맞은 수를 차례로 쓰세요.")
        ans = "2, 1" if "□" in text else "밑면: 원 2개, 옆면: 직사각형 1개"
        lvl = "C"
    elif q == "height":
        text = f"밑면의 지름이 {d} cm, 높이가 {h} cm인 원기둥의 전개도에서 옆면인 직사각형의 세로는 □ cm입니다. □ 안에 알맞은 수를 써넣으세요."
        ans, lvl = str(h), "C"
    else:
        text = _pick(rng, "원기둥의 전개도에서 옆면인 직사각형의 가로는 원기둥의 무엇과 길이가 같습니까?",
                     "원기둥의 전개도를 접었을 때 옆면의 가로는 밑면의 어느 부분과 맞닿습니까? 그 길이와 같은 것을 쓰시오.")
        ans, lvl = "밑면의 둘레(원주)", "B"
    fmt = "fill" if "□" in text else "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=1 if lvl == "C" else 2, achievement_level=lvl,
                   concepts=["원기둥", "전개도", "밑면", "옆면"])


@family("6수03-08", "paint-roller")
def _c08_roller(rng: random.Random) -> Problem:
    pi = _pi(rng, (0.75, 0.15, 0.1))
    d = rng.randrange(4, 21, 2)
    length = rng.choice([15, 20, 24, 25, 30])
    k = rng.randint(2, 8)
    mode = rng.choice(["one", "k"])
    circ = d * pi
    if mode == "one":
        text = _pick(rng, f"밑면의 지름이 {d} cm, 길이(높이)가 {length} cm인 원기둥 모양 롤러에 페인트를 묻혀 한 바퀴 굴렸습니다. 벽에 칠해진 "
                     f"직사각형의 가로와 세로는 각각 몇 cm입니까? (롤러가 굴러간 방향을 가로로 합니다.) {_pi_note(pi, rng)}",
                     f"지름 {d} cm, 높이 {length} cm인 원기둥 모양 롤러를 한 바퀴 굴렸을 때 칠해지는 부분은 원기둥의 옆면을 펼친 직사각형과 "
                     f"같습니다. 이 직사각형의 가로와 세로를 구하시오. (굴러간 방향이 가로) {_pi_note(pi, rng)}")
        ans = f"가로 {_n(circ)} cm, 세로 {length} cm"
        lvl, dd = "B", 3
    else:
        text = (f"지름이 {d} cm인 원기둥 모양의 롤러에 물감을 묻혀 종이 위에서 똑바로 {k}바퀴 굴렸습니다. 물감이 칠해진 부분의 가로(굴러간 "
                f"방향의 길이)는 몇 cm입니까? {_pi_note(pi, rng)}")
        ans = f"{_n(circ * k)} cm"
        lvl, dd = "A", 4
    return Problem(text=text, answer=ans, format="word", difficulty=dd, achievement_level=lvl,
                   concepts=["원기둥", "전개도", "옆면", "원주"], also=["6수03-16"], check=lambda: circ / d == pi)


@family("6수03-08", "can-label")
def _c08_label(rng: random.Random) -> Problem:
    pi = _pi(rng, (0.8, 0.1, 0.1))
    d = rng.randrange(6, 13)
    h = rng.randint(8, 15)
    overlap = rng.choice([1, 2, 3])
    width = d * pi + overlap
    text = _pick(rng, f"밑면의 지름이 {d} cm, 높이가 {h} cm인 원기둥 모양 통조림 캔의 옆면을 종이 상표로 빈틈없이 감싸려고 합니다. 종이가 "
                 f"{overlap} cm 겹치도록 붙인다면, 직사각형 모양 종이의 가로와 세로는 각각 몇 cm여야 합니까? {_pi_note(pi, rng)}",
                 f"원기둥 모양 음료수 캔(지름 {d} cm, 높이 {h} cm)의 옆면 전체에 두르는 직사각형 라벨을 만들려고 합니다. 풀칠할 부분으로 "
                 f"가로를 {overlap} cm 더 늘린다면 라벨의 가로와 세로는 몇 cm입니까? {_pi_note(pi, rng)}")
    return Problem(text=text, answer=f"가로 {_n(width)} cm, 세로 {h} cm", format="word", difficulty=4, achievement_level="A",
                   concepts=["원기둥", "전개도", "옆면", "원주"], also=["6수03-16"],
                   check=lambda: width - overlap == d * pi)


# =============================================================================================
# 6수03-09 쌓기나무의 개수
# =============================================================================================

def _height_grid(rng: random.Random, rows: int, cols: int, hmax: int, allow_empty: bool = True) -> list[list[int]]:
    """Heights on the top view; row 0 is the back row, the last row is the front."""
    while True:
        g = [[rng.randint(0 if allow_empty else 1, hmax) for _ in range(cols)] for _ in range(rows)]
        if allow_empty:
            for r in g:
                for i in range(cols):
                    if r[i] == 0 and rng.random() < 0.5:
                        r[i] = 1
        if all(any(r) for r in g) and all(any(g[r][c] for r in range(rows)) for c in range(cols)) \
                and max(max(r) for r in g) >= 2:
            return g


def _grid_text(g: list[list[int]], rng: random.Random, style: str | None = None) -> str:
    style = style or rng.choice(["space", "table"])
    cell = lambda v: str(v) if v else "·"  # noqa: E731
    if style == "table":
        body = "\n".join("| " + " | ".join(cell(v) for v in row) + " |" for row in g)
    else:
        body = "\n".join(" ".join(cell(v) for v in row) for row in g)
    note = "(맨 아래 줄이 앞쪽이고, ·은 쌓기나무를 놓지 않은 칸입니다.)" if any(0 in r for r in g) else "(맨 아래 줄이 앞쪽입니다.)"
    return f"{body}\n{note}"


def _layers_text(g: list[list[int]]) -> str:
    top = max(max(r) for r in g)
    out = []
    for k in range(1, top + 1):
        rows = [" ".join("■" if v >= k else "□" for v in row) for row in g]
        out.append(f"[{k}층]\n" + "\n".join(rows))
    return "\n".join(out) + "\n(■: 쌓기나무가 있는 자리, □: 빈자리, 맨 아래 줄이 앞쪽)"


@family("6수03-09", "top-view-number-sum")
def _c09_sum(rng: random.Random) -> Problem:
    rows, cols = rng.choice([(2, 2), (2, 3), (3, 3), (3, 2), (3, 4)])
    g = _height_grid(rng, rows, cols, rng.choice([3, 3, 4]))
    total = sum(map(sum, g))
    text = _pick(rng, "쌓기나무로 쌓은 모양을 위에서 본 모양에 각 자리에 쌓은 쌓기나무의 개수를 쓴 것입니다. 사용한 쌓기나무는 모두 몇 개입니까?",
                 "위에서 본 모양의 각 칸에 그 자리에 쌓인 쌓기나무의 수를 적었습니다. 똑같은 모양으로 쌓으려면 쌓기나무가 몇 개 필요한지 구하시오.",
                 "다음은 쌓기나무로 만든 모양을 위에서 내려다본 모양에 층수를 써넣은 것입니다. 쌓기나무의 개수를 구하세요.")
    return Problem(text=f"{text}\n{_grid_text(g, rng)}", answer=f"{total}개", format="data", difficulty=2,
                   achievement_level="C" if rows * cols <= 4 else "B", concepts=["쌓기나무"],
                   check=lambda: total == sum(v for r in g for v in r))


@family("6수03-09", "layer-by-layer-count")
def _c09_layers(rng: random.Random) -> Problem:
    rows, cols = rng.choice([(2, 3), (3, 3), (2, 2), (3, 2)])
    g = _height_grid(rng, rows, cols, 3)
    total = sum(map(sum, g))
    ask = rng.choice(["total", "total", "floor"])
    if ask == "total":
        text = _pick(rng, "쌓기나무로 쌓은 모양을 층별로 나타낸 것입니다. 사용한 쌓기나무는 모두 몇 개입니까?",
                     "층별로 위에서 본 모양을 보고 쌓기나무의 개수를 구하시오.")
        ans = f"{total}개"
    else:
        k = rng.randint(2, max(max(r) for r in g))
        text = f"쌓기나무로 쌓은 모양을 층별로 나타낸 것입니다. {k}층 이상에 쌓인 쌓기나무는 모두 몇 개입니까?"
        ans = f"{sum(max(0, v - k + 1) for r in g for v in r)}개"
    return Problem(text=f"{text}\n{_layers_text(g)}", answer=ans, format="data", difficulty=2 if ask == "total" else 3,
                   achievement_level="B", concepts=["쌓기나무"])


@family("6수03-09", "how-many-on-each-floor")
def _c09_floor(rng: random.Random) -> Problem:
    rows, cols = rng.choice([(2, 3), (3, 3), (3, 4)])
    g = _height_grid(rng, rows, cols, 4)
    k = rng.randint(1, max(max(r) for r in g))
    cnt = sum(1 for r in g for v in r if v >= k)
    text = _pick(rng, f"위에서 본 모양에 쌓은 개수를 쓴 것입니다. {k}층에 있는 쌓기나무는 몇 개입니까?",
                 f"쌓기나무로 쌓은 모양을 위에서 본 모양과 각 자리의 층수가 다음과 같습니다. {k}층에 놓인 쌓기나무의 수를 구하시오.")
    return Problem(text=f"{text}\n{_grid_text(g, rng)}", answer=f"{cnt}개", format="data", difficulty=3, achievement_level="B",
                   concepts=["쌓기나무"], check=lambda: cnt == sum(1 for r in g for c in r if c - k >= 0))


@family("6수03-09", "cuboid-of-cubes")
def _c09_cuboid(rng: random.Random) -> Problem:
    a, b, c = rng.randint(2, 6), rng.randint(2, 6), rng.randint(2, 5)
    mode = rng.choice(["count", "missing-layer", "remove"])
    if mode == "count":
        text = _pick(rng, f"쌓기나무를 가로로 {a}개, 세로로 {b}개씩 놓아 {c}층으로 빈틈없이 쌓아 직육면체 모양을 만들었습니다. 사용한 쌓기나무는 몇 개입니까?",
                     f"한 층에 가로 {a}줄, 세로 {b}줄로 쌓기나무를 놓고 똑같이 {c}층을 쌓았습니다. 쌓기나무는 모두 몇 개 필요합니까?")
        ans, lvl = a * b * c, "C"
    elif mode == "missing-layer":
        have = a * b * (c - 1) + rng.randint(0, a * b - 1)
        ans = a * b * c - have
        text = (f"가로 {a}개, 세로 {b}개, 높이 {c}층인 직육면체 모양을 쌓기나무로 만들려고 합니다. 지금 쌓기나무 {have}개를 쌓았다면 몇 개를 더 "
                "쌓아야 완성됩니까?")
        lvl = "B"
    else:
        ans = a * b * c - c
        text = (f"쌓기나무로 가로 {a}개, 세로 {b}개, 높이 {c}층인 직육면체 모양을 쌓은 뒤, 한쪽 모서리에 있는 한 줄(맨 아래층부터 맨 위층까지 "
                f"세로로 쌓인 {c}개)을 빼냈습니다. 남은 쌓기나무는 몇 개입니까?")
        lvl = "B"
    return Problem(text=text, answer=f"{ans}개", format="word", difficulty=2 if lvl == "C" else 3, achievement_level=lvl,
                   concepts=["쌓기나무", "직육면체"])


@family("6수03-09", "make-it-a-cube")
def _c09_tocube(rng: random.Random) -> Problem:
    rows, cols = rng.choice([(2, 2), (2, 3), (3, 3)])
    g = _height_grid(rng, rows, cols, 3)
    n = max(rows, cols, max(max(r) for r in g))
    have = sum(map(sum, g))
    need = n ** 3 - have
    text = _pick(rng, "위에서 본 모양에 쌓은 개수를 쓴 것입니다. 쌓기나무를 더 쌓아서 가장 작은 정육면체 모양을 만들려면 쌓기나무가 적어도 몇 개 더 필요합니까?",
                 "다음과 같이 쌓은 쌓기나무 모양에 쌓기나무를 더 보태어 가장 작은 정육면체를 만들려고 합니다. 더 필요한 쌓기나무는 최소 몇 개인지 구하시오.")
    return Problem(text=f"{text}\n{_grid_text(g, rng)}", answer=f"{need}개", format="data", difficulty=4, achievement_level="A",
                   concepts=["쌓기나무", "정육면체"], check=lambda: need + have == n * n * n and need >= 0)


@family("6수03-09", "staircase-and-tower")
def _c09_stairs(rng: random.Random) -> Problem:
    n = rng.randint(3, 7)
    kind = rng.choice(["stairs", "tower", "stairs2"])
    if kind == "stairs":
        total = n * (n + 1) // 2
        text = _pick(rng, f"쌓기나무를 한 줄로 놓고 왼쪽부터 1개, 2개, 3개, …처럼 한 개씩 늘려 쌓아 {n}칸짜리 계단 모양을 만들었습니다. 사용한 쌓기나무는 "
                     "모두 몇 개입니까?",
                     f"맨 왼쪽 자리에는 1층, 그다음 자리에는 2층, …, 맨 오른쪽 자리에는 {n}층이 되도록 쌓기나무를 한 줄로 쌓았습니다. 쌓기나무는 몇 개 "
                     "사용했습니까?")
        chk = total == sum(range(1, n + 1))
    elif kind == "stairs2":
        w = rng.randint(2, 4)
        total = w * n * (n + 1) // 2
        ordinal = {3: "셋째", 4: "넷째", 5: "다섯째", 6: "여섯째", 7: "일곱째"}[n]
        text = (f"폭이 쌓기나무 {w}개인 계단을 만들려고 합니다. 첫째 칸은 1층, 둘째 칸은 2층, …, {ordinal} 칸은 {n}층이 되도록 쌓으면 쌓기나무는 "
                "모두 몇 개 필요합니까?")
        chk = total == w * sum(range(1, n + 1))
    else:
        total = sum(k * k for k in range(1, n + 1))
        text = _pick(rng, f"맨 아래층은 가로 {n}개, 세로 {n}개로 놓고, 위로 올라갈수록 가로와 세로를 1개씩 줄여 맨 위층에는 1개만 놓도록 탑을 쌓았습니다. "
                     "사용한 쌓기나무는 모두 몇 개입니까?",
                     f"쌓기나무로 피라미드 모양의 탑을 쌓았습니다. 1층은 {n}×{n}, 2층은 {n - 1}×{n - 1}, …, 맨 위층은 1×1로 쌓았을 때 쌓기나무의 개수를 구하시오.")
        chk = total == sum(k ** 2 for k in range(n, 0, -1))
    return Problem(text=text, answer=f"{total}개", format="word", difficulty=3 if kind == "stairs" else 4,
                   achievement_level="B" if kind == "stairs" else "A", concepts=["쌓기나무"], check=lambda: chk)


@family("6수03-09", "painted-big-cube")
def _c09_painted(rng: random.Random) -> Problem:
    n = rng.randint(3, 6)
    k = rng.choice([3, 2, 1, 0])
    counts = {3: 8, 2: 12 * (n - 2), 1: 6 * (n - 2) ** 2, 0: (n - 2) ** 3}
    desc = {3: "세 면", 2: "두 면만", 1: "한 면만", 0: "한 면도"}[k]
    verb = "칠해지지 않은" if k == 0 else "칠해진"
    text = _pick(rng, f"쌓기나무 {n ** 3}개로 가로, 세로, 높이가 각각 {n}개인 정육면체를 만든 뒤 겉면에 모두 물감을 칠했습니다. 다시 쌓기나무를 떼어 놓았을 때 "
                 f"{desc} {verb} 쌓기나무는 몇 개입니까?",
                 f"작은 쌓기나무로 한 모서리에 {n}개씩 놓이는 큰 정육면체를 쌓고, 바닥을 포함한 겉면 전체에 색칠했습니다. {desc} 색이 {verb} 쌓기나무의 "
                 "개수를 구하시오.")
    return Problem(text=text, answer=f"{counts[k]}개", format="word", difficulty=5, achievement_level="A",
                   concepts=["쌓기나무", "정육면체"], check=lambda: sum(counts.values()) == n ** 3)


@family("6수03-09", "compare-two-shapes")
def _c09_compare(rng: random.Random) -> Problem:
    a, b = names(rng, 2)
    while True:
        g1 = _height_grid(rng, 2, 3, 3)
        g2 = _height_grid(rng, 2, 3, 3)
        s1, s2 = sum(map(sum, g1)), sum(map(sum, g2))
        if s1 != s2:
            break
    more, diff = (a, s1 - s2) if s1 > s2 else (b, s2 - s1)
    text = (f"{_j(a, '과/와')} {_j(b, '이/가')} 쌓기나무로 쌓은 모양을 위에서 본 모양에 각 자리에 쌓은 개수를 쓴 것입니다. 누가 쌓기나무를 몇 개 더 "
            f"많이 사용했습니까?\n[{a}]\n{_grid_text(g1, rng, 'space')}\n[{b}]\n{_grid_text(g2, rng, 'space')}")
    return Problem(text=text, answer=f"{more}, {diff}개", format="data", difficulty=3, achievement_level="B",
                   concepts=["쌓기나무"], check=lambda: abs(s1 - s2) == diff)


# =============================================================================================
# 6수03-10 위, 앞, 옆에서 본 모양
# =============================================================================================

def _front(g: list[list[int]]) -> list[int]:
    """Front view: column heights from left to right."""
    return [max(g[r][c] for r in range(len(g))) for c in range(len(g[0]))]


def _side(g: list[list[int]]) -> list[int]:
    """Right-side view: row heights, listed from the front row to the back row."""
    return [max(row) for row in reversed(g)]


def _view_picture(h: list[int]) -> str:
    top = max(h)
    return "\n".join(" ".join("■" if v >= k else "·" for v in h) for k in range(top, 0, -1))


def _heights_words(h: list[int]) -> str:
    return ", ".join(f"{v}층" for v in h)


@family("6수03-10", "front-view-from-top-numbers")
def _c10_front(rng: random.Random) -> Problem:
    rows, cols = rng.choice([(2, 3), (3, 3), (3, 4), (2, 4)])
    g = _height_grid(rng, rows, cols, 4)
    f = _front(g)
    mode = rng.choice(["words", "fill"])
    stem = _pick(rng, "위에서 본 모양에 각 자리에 쌓은 쌓기나무의 수를 쓴 것입니다.",
                 "쌓기나무로 쌓은 모양을 위에서 보고 각 칸에 쌓인 개수를 적었습니다.")
    if mode == "words":
        q = _pick(rng, "앞에서 본 모양을 왼쪽 줄부터 몇 층으로 보이는지 차례로 쓰시오.", "앞에서 보았을 때 왼쪽부터 각 줄은 몇 층으로 보입니까?")
        ans = _heights_words(f)
    else:
        q = f"앞에서 본 모양은 왼쪽부터 {', '.join('□' for _ in f)}층으로 보입니다. □ 안에 알맞은 수를 차례로 써넣으세요."
        ans = ", ".join(map(str, f))
    return Problem(text=f"{stem}\n{_grid_text(g, rng)}\n{q}", answer=ans, format="data" if mode == "words" else "fill",
                   difficulty=2, achievement_level="C", concepts=["쌓기나무"],
                   check=lambda: f == [max(col) for col in zip(*g, strict=True)])


@family("6수03-10", "side-view-from-top-numbers")
def _c10_side(rng: random.Random) -> Problem:
    rows, cols = rng.choice([(2, 3), (3, 3), (3, 2), (4, 3)])
    g = _height_grid(rng, rows, cols, 4)
    s = _side(g)
    stem = "위에서 본 모양에 각 자리에 쌓은 쌓기나무의 수를 쓴 것입니다."
    q = _pick(rng, "오른쪽 옆에서 본 모양은 앞쪽 줄부터 차례로 몇 층으로 보입니까? (오른쪽 옆에서 볼 때 왼쪽에 보이는 것이 앞쪽 줄입니다.)",
              "오른쪽 옆에서 보았을 때, 앞쪽 줄부터 뒤쪽 줄까지 각 줄의 높이를 차례로 쓰시오.")
    return Problem(text=f"{stem}\n{_grid_text(g, rng)}\n{q}", answer=_heights_words(s), format="data", difficulty=3,
                   achievement_level="B", concepts=["쌓기나무"], check=lambda: s == [max(r) for r in g][::-1])


@family("6수03-10", "front-view-picture-mcq")
def _c10_mcq(rng: random.Random) -> Problem:
    for _ in range(100):
        g = _height_grid(rng, 3, 3, 3)
        f, s = _front(g), _side(g)
        wrong = {tuple(s), tuple(reversed(f)), tuple(min(sum(g[r][c] for r in range(3)), 4) for c in range(3)),
                 tuple(g[-1]), tuple(g[0]), tuple(v + 1 if i == 1 else v for i, v in enumerate(f))}
        wrong.discard(tuple(f))
        if len(wrong) >= 4:
            break
    opts = [_heights_words(list(w)) for w in wrong]
    ch = choices(rng, _heights_words(f), opts)
    view = rng.choice(["앞"])
    text = (_pick(rng, f"위에서 본 모양에 쌓은 쌓기나무의 수를 쓴 것입니다. {view}에서 본 모양을 왼쪽부터 각 줄의 층수로 바르게 나타낸 것은 어느 것입니까?",
                  "다음과 같이 쌓은 쌓기나무를 앞에서 보았을 때의 모양(왼쪽부터 각 줄의 높이)으로 알맞은 것을 고르시오.")
            + f"\n{_grid_text(g, rng)}\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B", concepts=["쌓기나무"],
                   choice=ch)


def _min_max_given_views(f: list[int], s: list[int]) -> tuple[int, int]:
    """Fewest and most cubes when every top-view cell is used and front/right views are f and s."""
    rows, cols = len(s), len(f)
    caps = [[min(f[c], s[rows - 1 - r]) for c in range(cols)] for r in range(rows)]
    most = sum(map(sum, caps))
    best = None
    for vals in product(*[range(1, caps[r][c] + 1) for r in range(rows) for c in range(cols)]):
        g = [list(vals[r * cols:(r + 1) * cols]) for r in range(rows)]
        if _front(g) == f and _side(g) == s:
            t = sum(vals)
            best = t if best is None or t < best else best
    assert best is not None
    return best, most


@family("6수03-10", "fewest-and-most-cubes")
def _c10_minmax(rng: random.Random) -> Problem:
    while True:
        g = _height_grid(rng, rng.choice([2, 3]), rng.choice([2, 3]), 3, allow_empty=False)
        f, s = _front(g), _side(g)
        lo, hi = _min_max_given_views(f, s)
        if lo != hi:
            break
    rows, cols = len(g), len(g[0])
    ask = rng.choice(["min", "max", "both"])
    desc = (f"쌓기나무로 쌓은 모양을 위에서 본 모양은 가로 {cols}칸, 세로 {rows}칸인 직사각형이고 모든 칸에 쌓기나무가 있습니다.\n"
            f"앞에서 본 모양(왼쪽부터): {_heights_words(f)}\n오른쪽 옆에서 본 모양(앞쪽 줄부터): {_heights_words(s)}")
    if ask == "min":
        q, ans = "쌓기나무를 가장 적게 사용했을 때 몇 개입니까?", f"{lo}개"
    elif ask == "max":
        q, ans = "쌓기나무를 가장 많이 사용했을 때 몇 개입니까?", f"{hi}개"
    else:
        q, ans = "사용한 쌓기나무는 가장 적을 때 몇 개, 가장 많을 때 몇 개입니까?", f"가장 적을 때 {lo}개, 가장 많을 때 {hi}개"
    return Problem(text=f"{desc}\n{q}", answer=ans, format="data", difficulty=5, achievement_level="A", concepts=["쌓기나무"],
                   check=lambda: lo <= sum(map(sum, g)) <= hi and hi == sum(min(f[c], s[rows - 1 - r]) for r in range(rows) for c in range(cols)))


@family("6수03-10", "unknown-cell-from-views")
def _c10_unknown(rng: random.Random) -> Problem:
    while True:
        rows, cols = rng.choice([(2, 3), (3, 3)])
        g = _height_grid(rng, rows, cols, 4, allow_empty=False)
        f = _front(g)
        # pick a cell that is the unique max of its column
        cand = [(r, c) for r in range(rows) for c in range(cols)
                if g[r][c] == f[c] and sum(1 for rr in range(rows) if g[rr][c] == f[c]) == 1 and g[r][c] >= 2]
        if cand:
            break
    r, c = rng.choice(cand)
    val = g[r][c]
    shown = [row[:] for row in g]
    text_grid = "\n".join(" ".join("㉠" if (i, j) == (r, c) else str(v) for j, v in enumerate(row)) for i, row in enumerate(shown))
    text = (_pick(rng, "위에서 본 모양에 쌓은 쌓기나무의 수를 쓴 것입니다. 앞에서 본 모양이 아래와 같을 때 ㉠에 알맞은 수를 구하시오.",
                  "쌓기나무로 쌓은 모양을 위에서 보고 개수를 적었는데 한 칸(㉠)이 지워졌습니다. 앞에서 본 모양을 보고 ㉠의 수를 구하세요.")
            + f"\n{text_grid}\n(맨 아래 줄이 앞쪽)\n앞에서 본 모양(왼쪽부터): {_heights_words(f)}")
    return Problem(text=text, answer=str(val), format="fill", difficulty=4, achievement_level="A", concepts=["쌓기나무"],
                   check=lambda: max([g[rr][c] for rr in range(rows) if rr != r] + [0]) < f[c] == val)


_VIEW_SOLIDS = [
    ("원", "직사각형", "직사각형", "원기둥"),
    ("원", "삼각형", "삼각형", "원뿔"),
    ("원", "원", "원", "구"),
    ("정사각형", "삼각형", "삼각형", "사각뿔"),
    ("직사각형", "직사각형", "직사각형", "직육면체"),
    ("직사각형", "직사각형", "삼각형", "삼각기둥"),
    ("정사각형", "정사각형", "정사각형", "정육면체"),
]


@family("6수03-10", "guess-solid-from-views")
def _c10_solid(rng: random.Random) -> Problem:
    top, front, side, ans = rng.choice(_VIEW_SOLIDS)
    ctx = rng.choice(["건물", "조형물", "물건", "장난감 블록"])
    text = _pick(rng, f"어떤 {_j(ctx, '을/를')} 위, 앞, 옆에서 본 모양이 다음과 같습니다. 이 {ctx}의 모양은 어떤 입체도형입니까?\n"
                 f"· 위에서 본 모양: {top}\n· 앞에서 본 모양: {front}\n· 옆에서 본 모양: {side}",
                 f"위에서 보면 {top}, 앞에서 보면 {front}, 옆에서 보면 {side} 모양인 입체도형의 이름을 쓰시오.")
    others = [s[3] for s in _VIEW_SOLIDS if s[3] != ans]
    if rng.random() < 0.4:
        ch = choices(rng, ans, rng.sample(others, 4))
        text = text.replace("이름을 쓰시오.", "이름으로 알맞은 것을 고르시오.").replace("어떤 입체도형입니까?", "어떤 입체도형입니까?")
        return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                       concepts=[ans], choice=ch)
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="B", concepts=[ans])


@family("6수03-10", "draw-views-task")
def _c10_task(rng: random.Random) -> Problem:
    rows, cols = rng.choice([(2, 3), (3, 3), (2, 2)])
    g = _height_grid(rng, rows, cols, 3)
    f, s = _front(g), _side(g)
    top_cells = sum(1 for r in g for v in r if v)
    text = (_pick(rng, "[활동] 쌓기나무로 다음과 같이 쌓았습니다. 층별로 나타낸 모양을 보고 물음에 답하시오.",
                  "[관찰하기] 층별로 나타낸 쌓기나무 모양입니다.")
            + f"\n{_layers_text(g)}\n(1) 위에서 본 모양은 정사각형 몇 개로 이루어져 있습니까?\n"
            "(2) 앞에서 본 모양을 왼쪽부터 각 줄의 층수로 쓰시오.\n(3) 오른쪽 옆에서 본 모양을 앞쪽 줄부터 각 줄의 층수로 쓰시오.")
    ans = f"(1) {top_cells}개 (2) {_heights_words(f)} (3) {_heights_words(s)}"
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="B", concepts=["쌓기나무"])


@family("6수03-10", "view-picture-to-heights")
def _c10_picture(rng: random.Random) -> Problem:
    rows, cols = rng.choice([(2, 3), (3, 3), (3, 4)])
    while True:
        g = _height_grid(rng, rows, cols, 3, allow_empty=False)
        f, s = _front(g), _side(g)
        if len(set(f)) > 1 and len(set(s)) > 1:
            break
    hi = sum(min(f[c], s[rows - 1 - r]) for r in range(rows) for c in range(cols))
    caps = [[min(f[c], s[rows - 1 - r]) for c in range(cols)] for r in range(rows)]
    text = (f"위에서 본 모양이 가로 {cols}칸, 세로 {rows}칸인 직사각형인 쌓기나무 모양이 있습니다. 앞과 오른쪽 옆에서 본 모양을 그린 것입니다.\n"
            f"[앞] (■: 보이는 쌓기나무)\n{_view_picture(f)}\n[오른쪽 옆] (왼쪽이 앞쪽 줄)\n{_view_picture(s)}\n"
            + _pick(rng, "쌓기나무를 가장 많이 사용하여 쌓았을 때, 사용한 쌓기나무의 개수를 구하시오.",
                    "이와 같이 보이도록 쌓을 때 쌓기나무는 최대 몇 개까지 사용할 수 있습니까?"))
    return Problem(text=text, answer=f"{hi}개", format="data", difficulty=4, achievement_level="A", concepts=["쌓기나무"],
                   check=lambda: (_min_max_given_views(f, s)[1] == hi) if rows * cols <= 6 else
                   (_front(caps) == f and _side(caps) == s and sum(map(sum, caps)) == hi))


# =============================================================================================
# 6수03-11 평면도형의 둘레
# =============================================================================================

@family("6수03-11", "regular-polygon-perimeter")
def _c11_regular(rng: random.Random) -> Problem:
    n = rng.randint(3, 10)
    u = rng.choice(["cm", "cm", "m", "mm"])
    a = rng.randint(2, 25) if u != "mm" else rng.randint(10, 60)
    mode = rng.choice(["per", "per", "side"])
    shape = _REG[n]
    if mode == "per":
        text = _pick(rng, f"한 변의 길이가 {a} {u}인 {shape}의 둘레는 몇 {u}입니까?",
                     f"{shape} 모양의 꽃밭이 있습니다. 한 변이 {a} {u}일 때, 꽃밭의 둘레를 구하시오.",
                     f"한 변이 {a} {u}인 {shape}의 둘레는 □ {u}입니다. □ 안에 알맞은 수를 써넣으세요.")
        ans, lvl, d = n * a, "C", 1
    else:
        text = _pick(rng, f"둘레가 {n * a} {u}인 {shape}의 한 변의 길이는 몇 {u}입니까?",
                     f"길이가 {n * a} {u}인 끈을 겹치지 않게 모두 사용하여 {_j(shape, '을/를')} 하나 만들었습니다. 한 변의 길이를 구하시오.")
        ans, lvl, d = a, "B", 2
    fmt = "fill" if "□" in text else "word"
    return Problem(text=text, answer=str(ans) if fmt == "fill" else f"{ans} {u}", format=fmt, difficulty=d,
                   achievement_level=lvl, concepts=["둘레"], check=lambda: (n * a) % n == 0)


@family("6수03-11", "rectangle-perimeter")
def _c11_rect(rng: random.Random) -> Problem:
    u = rng.choice(["cm", "cm", "m"])
    a, b = rng.sample(range(2, 40), 2)
    mode = rng.choice(["per", "per", "rev"])
    if mode == "per":
        text = _pick(rng, f"가로가 {a} {u}, 세로가 {b} {u}인 직사각형의 둘레는 몇 {u}입니까?",
                     f"가로 {a} {u}, 세로 {b} {u}인 직사각형 모양 게시판의 테두리에 띠를 두르려고 합니다. 띠는 몇 {u} 필요합니까?",
                     f"(직사각형의 둘레)=(가로+세로)×2입니다. 가로 {a} {u}, 세로 {b} {u}인 직사각형의 둘레를 구하세요.")
        ans, lvl, d = f"{2 * (a + b)} {u}", "C", 1
    else:
        text = _pick(rng, f"둘레가 {2 * (a + b)} {u}인 직사각형이 있습니다. 가로가 {a} {u}이면 세로는 몇 {u}입니까?",
                     f"직사각형 모양 텃밭의 둘레가 {2 * (a + b)} {u}이고 가로가 {a} {u}입니다. 이 텃밭의 세로를 구하시오.")
        ans, lvl, d = f"{b} {u}", "B", 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lvl,
                   concepts=["둘레", "가로", "세로"], check=lambda: (a + b) * 2 - 2 * a == 2 * b)


@family("6수03-11", "parallelogram-rhombus-perimeter")
def _c11_para(rng: random.Random) -> Problem:
    u = rng.choice(["cm", "cm", "m"])
    kind = rng.choice(["평행사변형", "마름모", "정사각형"])
    if kind == "평행사변형":
        a, b = rng.sample(range(3, 30), 2)
        per = 2 * (a + b)
        mode = rng.choice(["per", "rev"])
        if mode == "per":
            text = _pick(rng, f"평행사변형의 이웃한 두 변의 길이가 {a} {u}, {b} {u}입니다. 이 평행사변형의 둘레는 몇 {u}입니까?",
                         f"평행사변형 ㄱㄴㄷㄹ에서 변 ㄱㄴ은 {a} {u}, 변 ㄴㄷ은 {b} {u}입니다. 둘레를 구하시오.")
            ans = f"{per} {u}"
        else:
            text = f"둘레가 {per} {u}인 평행사변형에서 한 변의 길이가 {a} {u}입니다. 이 변과 이웃한 변의 길이는 몇 {u}입니까?"
            ans = f"{b} {u}"
        lvl, d = ("B", 2) if mode == "per" else ("B", 3)
    else:
        a = rng.randint(3, 30)
        per = 4 * a
        mode = rng.choice(["per", "rev"])
        if mode == "per":
            text = _pick(rng, f"한 변의 길이가 {a} {u}인 {kind}의 둘레는 몇 {u}입니까?",
                         f"{kind} 모양의 타일 한 변이 {a} {u}입니다. 타일의 둘레를 구하세요.")
            ans = f"{per} {u}"
        else:
            text = f"둘레가 {per} {u}인 {kind}의 한 변의 길이는 몇 {u}입니까?"
            ans = f"{a} {u}"
        lvl, d = "C", 2
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lvl,
                   concepts=["둘레", kind] if kind != "정사각형" else ["둘레"])


@family("6수03-11", "same-perimeter-different-shape")
def _c11_same(rng: random.Random) -> Problem:
    u = rng.choice(["cm", "cm", "m"])
    mode = rng.choice(["rect-to-square", "reg-to-reg", "square-to-rect"])
    if mode == "rect-to-square":
        s = rng.randint(4, 25)
        a = rng.randint(s + 1, 2 * s - 1)
        b = 2 * s - a
        text = (f"가로 {a} {u}, 세로 {b} {u}인 직사각형과 둘레가 같은 정사각형을 만들려고 합니다. 정사각형의 한 변의 길이는 몇 {u}로 해야 합니까?")
        ans = s
        chk = 4 * s == 2 * (a + b)
    elif mode == "reg-to-reg":
        while True:
            n, m = rng.sample([3, 4, 5, 6, 8, 10], 2)
            a = rng.randint(2, 20)
            if (n * a) % m == 0:
                break
        ans = n * a // m
        text = _pick(rng, f"한 변이 {a} {u}인 {_REG[n]}과 둘레가 같은 {_REG[m]}의 한 변의 길이는 몇 {u}입니까?",
                     f"철사를 모두 사용하여 한 변이 {a} {u}인 {_j(_REG[n], '을/를')} 만들었습니다. 이 철사를 펴서 다시 {_REG[m]} 하나를 남김없이 "
                     f"만든다면 한 변의 길이는 몇 {u}가 됩니까?")
        text = text.replace(f"{_REG[n]}과 둘레", f"{_j(_REG[n], '과/와')} 둘레")
        chk = ans * m == n * a
    else:
        s = rng.randint(5, 25)
        a = rng.randint(s + 1, 2 * s - 1)
        b = 2 * s - a
        text = (f"한 변이 {s} {u}인 정사각형과 둘레가 같은 직사각형을 그리려고 합니다. 직사각형의 가로를 {a} {u}로 하면 세로는 몇 {u}여야 합니까?")
        ans = b
        chk = 2 * (a + b) == 4 * s
    return Problem(text=text, answer=f"{ans} {u}", format="word", difficulty=3, achievement_level="B",
                   concepts=["둘레"], check=lambda: chk)


@family("6수03-11", "rectilinear-shape-perimeter")
def _c11_lshape(rng: random.Random) -> Problem:
    u = rng.choice(["cm", "cm", "m"])
    a, b = rng.randint(8, 30), rng.randint(8, 30)
    c, d = rng.randint(2, a - 3), rng.randint(2, b - 3)
    mode = rng.choice(["corner", "notch"])
    if mode == "corner":
        per = 2 * (a + b)
        text = _pick(rng, f"가로 {a} {u}, 세로 {b} {u}인 직사각형의 한 귀퉁이에서 가로 {c} {u}, 세로 {d} {u}인 직사각형을 잘라 내어 ㄱ자 모양을 "
                     f"만들었습니다. 남은 도형의 둘레는 몇 {u}입니까?",
                     f"가로 {a} {u}, 세로 {b} {u}인 직사각형 모양 종이의 네 귀퉁이 중 한 곳을 가로 {c} {u}, 세로 {d} {u}만큼 직사각형으로 오려 냈습니다. "
                     "오리고 남은 종이의 둘레를 구하시오.")
        chk = per == (a - c) + d + c + (b - d) + a + b
        lvl, dd = "A", 4
    else:
        # notch cut from the middle of the top side: adds two vertical sides of length d
        per = 2 * (a + b) + 2 * d
        text = (f"가로 {a} {u}, 세로 {b} {u}인 직사각형의 윗변 가운데에서 가로 {c} {u}, 세로 {d} {u}인 직사각형을 잘라 내어 홈이 파인 모양을 "
                f"만들었습니다. 만든 도형의 둘레는 몇 {u}입니까?")
        chk = per == (a - c) + 2 * d + c + 2 * b + a
        lvl, dd = "A", 5
    return Problem(text=text, answer=f"{per} {u}", format="word", difficulty=dd, achievement_level=lvl,
                   concepts=["둘레", "가로", "세로"], check=lambda: chk)


@family("6수03-11", "squares-in-a-row")
def _c11_row(rng: random.Random) -> Problem:
    n = rng.randint(2, 9)
    a = rng.randint(2, 15)
    u = rng.choice(["cm", "cm", "m"])
    kind = rng.choice(["square", "triangle"])
    if kind == "square":
        per = (2 * n + 2) * a
        text = _pick(rng, f"한 변이 {a} {u}인 정사각형 {n}개를 겹치지 않게 옆으로 나란히 이어 붙여 직사각형을 만들었습니다. 만든 직사각형의 둘레는 몇 {u}입니까?",
                     f"정사각형 모양 타일(한 변 {a} {u}) {n}장을 한 줄로 빈틈없이 이어 놓았습니다. 이어 놓은 전체 모양의 둘레를 구하시오.")
        chk = per == 2 * (n * a + a)
    else:
        per = (n + 2) * a
        text = (f"한 변이 {a} {u}인 정삼각형 {n}개를 위아래로 번갈아 뒤집어 가며 변끼리 맞붙여 한 줄로 늘어놓았습니다. 만든 도형의 둘레는 몇 {u}입니까?")
        chk = per == 3 * n * a - 2 * (n - 1) * a
    return Problem(text=text, answer=f"{per} {u}", format="word", difficulty=4, achievement_level="A",
                   concepts=["둘레"], check=lambda: chk)


@family("6수03-11", "largest-perimeter-mcq")
def _c11_mcq(rng: random.Random) -> Problem:
    while True:
        shapes = []
        a = rng.randint(5, 15)
        shapes.append((f"한 변이 {a} cm인 정사각형", 4 * a))
        b = rng.randint(4, 12)
        shapes.append((f"한 변이 {b} cm인 정오각형", 5 * b))
        c, d = rng.sample(range(4, 20), 2)
        shapes.append((f"가로 {c} cm, 세로 {d} cm인 직사각형", 2 * (c + d)))
        e = rng.randint(3, 10)
        shapes.append((f"한 변이 {e} cm인 정육각형", 6 * e))
        f, g = rng.sample(range(4, 20), 2)
        shapes.append((f"이웃한 두 변이 {f} cm, {g} cm인 평행사변형", 2 * (f + g)))
        vals = [v for _, v in shapes]
        if len(set(vals)) == 5:
            break
    big = rng.random() < 0.6
    target = max(shapes, key=lambda t: t[1]) if big else min(shapes, key=lambda t: t[1])
    ch = choices(rng, target[0], [s for s, _ in shapes if s != target[0]])
    stem = f"다음 도형 중 둘레가 가장 {'긴' if big else '짧은'} 것은 어느 것입니까?"
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["둘레"], choice=ch,
                   check=lambda: dict(shapes)[ch.options[ch.correct]] == (max(vals) if big else min(vals)))


@family("6수03-11", "perimeter-table")
def _c11_table(rng: random.Random) -> Problem:
    u = rng.choice(["cm", "m"])
    rows = []
    n1 = rng.choice([3, 5, 6, 8])
    a1 = rng.randint(3, 12)
    rows.append((f"{_REG[n1]}", f"한 변 {a1} {u}", n1 * a1))
    a2, b2 = rng.sample(range(3, 20), 2)
    rows.append(("직사각형", f"가로 {a2} {u}, 세로 {b2} {u}", 2 * (a2 + b2)))
    a3 = rng.randint(3, 15)
    rows.append(("마름모", f"한 변 {a3} {u}", 4 * a3))
    a4, b4 = rng.sample(range(3, 20), 2)
    rows.append(("평행사변형", f"이웃한 두 변 {a4} {u}, {b4} {u}", 2 * (a4 + b4)))
    rng.shuffle(rows)
    ask = rng.choice(["sum", "diff"])
    body = "| 도형 | 변의 길이 |\n|---|---|\n" + "\n".join(f"| {s} | {ln} |" for s, ln, _ in rows)
    if ask == "sum":
        x, y = rng.sample(rows, 2)
        ans = x[2] + y[2]
        q = f"{x[0]}의 둘레와 {y[0]}의 둘레의 합은 몇 {u}입니까?"
    else:
        vals = [r[2] for r in rows]
        ans = max(vals) - min(vals)
        q = f"둘레가 가장 긴 도형과 가장 짧은 도형의 둘레의 차는 몇 {u}입니까?"
    return Problem(text=f"여러 가지 도형의 변의 길이를 조사한 표입니다. {q}\n{body}", answer=f"{ans} {u}", format="data",
                   difficulty=3, achievement_level="B", concepts=["둘레"])


# =============================================================================================
# 6수03-12 넓이의 단위 (1cm², 1m², 1km²)
# =============================================================================================

def _dec(rng: random.Random, lo: int, hi: int, places: tuple[int, ...] = (0, 0, 1, 2)) -> Fraction:
    """A random positive number with 0–2 decimal places."""
    k = rng.choice(places)
    return Fraction(rng.randint(lo * 10**k, hi * 10**k), 10**k) if k else Fraction(rng.randint(lo, hi))


@family("6수03-12", "convert-m2-cm2")
def _c12_mcm(rng: random.Random) -> Problem:
    U = _Units(rng)
    to_cm = rng.random() < 0.5
    x = _dec(rng, 1, 40, (0, 1, 1, 2))
    y = x * 10000
    if to_cm:
        given, res, gu, ru = x, y, "m²", "cm²"
    else:
        given, res, gu, ru = y, x, "cm²", "m²"
    text = _pick(rng, f"{_n(given)} {U(gu)}는 몇 {U(ru)}입니까?", f"□ 안에 알맞은 수를 써넣으세요.\n{_n(given)} {U(gu)} = □ {U(ru)}",
                 f"{_n(given)} {_j(U(gu), '을/를')} {U(ru)} 단위로 나타내시오.")
    text = text.replace(f"{U(gu)}는", _j(U(gu), "은/는"))
    fmt = "fill" if "□" in text else "computation"
    return Problem(text=text, answer=_n(res) if fmt == "fill" else f"{_n(res)} {U(ru)}", format=fmt, difficulty=2,
                   achievement_level="C" if given.denominator == 1 and to_cm else "B", concepts=["cm²", "m²"],
                   check=lambda: (y / 100 / 100) == x)


@family("6수03-12", "convert-km2-m2")
def _c12_kmm(rng: random.Random) -> Problem:
    U = _Units(rng)
    to_m = rng.random() < 0.5
    x = _dec(rng, 1, 90, (0, 1, 1, 2))
    y = x * 1000000
    if to_m:
        given, res, gu, ru = x, y, "km²", "m²"
    else:
        given, res, gu, ru = y, x, "m²", "km²"
    text = _pick(rng, f"{_n(given)} {_j(U(gu), '은/는')} 몇 {U(ru)}입니까?", f"□ 안에 알맞은 수를 써넣으세요.\n{_n(given)} {U(gu)} = □ {U(ru)}",
                 f"어느 공원의 넓이는 {_n(given)} {U(gu)}입니다. 이 공원의 넓이는 몇 {U(ru)}입니까?")
    fmt = "fill" if "□" in text else "word" if "공원" in text else "computation"
    return Problem(text=text, answer=_n(res) if fmt == "fill" else f"{_n(res)} {U(ru)}", format=fmt, difficulty=2,
                   achievement_level="C" if given.denominator == 1 and to_m else "B", concepts=["m²", "km²"],
                   check=lambda: y / 1000 / 1000 == x)


@family("6수03-12", "compare-areas-mixed-units")
def _c12_compare(rng: random.Random) -> Problem:
    U = _Units(rng)
    pair = rng.choice([("cm²", "m²", 10000), ("m²", "km²", 1000000)])
    small, big, f = pair
    base = _dec(rng, 1, 20, (1, 1, 2))
    vals = set()
    while len(vals) < 5:
        v = base + Fraction(rng.randint(-90, 90), 100)
        if v > 0:
            vals.add(v)
    vals = sorted(vals)
    opts = []
    for v in vals:
        if rng.random() < 0.5:
            opts.append((v, f"{_n(v)} {U(big)}"))
        else:
            opts.append((v, f"{_n(v * f)} {U(small)}"))
    big_ask = rng.random() < 0.6
    target = (max if big_ask else min)(opts, key=lambda t: t[0])
    ch = choices(rng, target[1], [o for _, o in opts if o != target[1]])
    stem = f"넓이가 가장 {'넓은' if big_ask else '좁은'} 것은 어느 것입니까?"
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=[small, big], choice=ch, check=lambda: dict((o, v) for v, o in opts)[ch.options[ch.correct]] == target[0])


_AREA_THINGS = {
    "cm²": ["공책 표지", "우표", "스마트폰 화면", "손수건", "색종이 한 장", "지우개의 한 면"],
    "m²": ["교실 바닥", "운동장", "거실", "현관문", "칠판", "수영장 바닥"],
    "km²": ["서울특별시", "제주도", "국립공원", "호수 전체", "우리나라 국토", "어느 섬"],
}


@family("6수03-12", "choose-suitable-unit")
def _c12_unit(rng: random.Random) -> Problem:
    U = _Units(rng, "sup" if rng.random() < 0.8 else "cjk")
    unit = rng.choice(list(_AREA_THINGS))
    thing = rng.choice(_AREA_THINGS[unit])
    mode = rng.choice(["mcq", "word"])
    if mode == "mcq":
        ch = choices(rng, U(unit), [U(u) for u in _AREA_THINGS if u != unit] + [U("cm"), U("m")], n=4)
        text = f"{thing}의 넓이를 나타내기에 가장 알맞은 단위는 어느 것입니까?\n{ch.block}"
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="C",
                       concepts=["cm²", "m²", "km²"], choice=ch)
    others = [t for u, ts in _AREA_THINGS.items() if u != unit for t in ts]
    items = [thing, *rng.sample(others, 3)]
    rng.shuffle(items)
    text = _pick(rng, f"다음 중 넓이를 {U(unit)} 단위로 나타내기에 가장 알맞은 것을 찾아 쓰시오.\n{', '.join(items)}",
                 f"{', '.join(items)} 중에서 {U(unit)}로 넓이를 나타내면 좋은 것은 무엇입니까?")
    return Problem(text=text, answer=thing, format="word", difficulty=1, achievement_level="C",
                   concepts=["cm²", "m²", "km²"])


@family("6수03-12", "rectangle-area-other-unit")
def _c12_rect(rng: random.Random) -> Problem:
    U = _Units(rng)
    mode = rng.choice(["m-to-cm2", "cm-to-m2", "km-to-m2", "m-to-km2"])
    if mode == "m-to-cm2":
        a, b = rng.randint(1, 9), rng.randint(1, 9)
        area, unit = a * b * 10000, "cm²"
        text = f"가로 {a} m, 세로 {b} m인 직사각형 모양 돗자리의 넓이는 몇 {U(unit)}입니까?"
    elif mode == "cm-to-m2":
        a, b = rng.randrange(100, 901, 50), rng.randrange(100, 901, 100)
        area, unit = Fraction(a * b, 10000), "m²"
        text = _pick(rng, f"가로 {a} cm, 세로 {b} cm인 직사각형의 넓이는 몇 {U(unit)}입니까?",
                     f"가로가 {a} cm, 세로가 {b} cm인 직사각형 모양의 현수막이 있습니다. 현수막의 넓이를 {U(unit)} 단위로 구하시오.")
    elif mode == "km-to-m2":
        a, b = rng.randint(1, 6), rng.randint(1, 6)
        area, unit = a * b * 1000000, "m²"
        text = f"가로 {a} km, 세로 {b} km인 직사각형 모양 농장의 넓이는 몇 {U(unit)}입니까?"
    else:
        a, b = rng.randrange(1000, 9001, 500), rng.randrange(1000, 6001, 1000)
        area, unit = Fraction(a * b, 1000000), "km²"
        text = f"가로 {num(a)} m, 세로 {num(b)} m인 직사각형 모양 갯벌의 넓이는 몇 {U(unit)}입니까?"
    return Problem(text=text, answer=f"{_n(area)} {U(unit)}", format="word", difficulty=3, achievement_level="B",
                   concepts=[unit, "m²" if unit != "m²" else "km²" if "km" in mode else "cm²"], also=["6수03-13"])


@family("6수03-12", "why-10000")
def _c12_why(rng: random.Random) -> Problem:
    U = _Units(rng, "sup")
    mode = rng.choice(["m", "km"])
    if mode == "m":
        text = _pick(rng, f"한 변이 1 m인 정사각형 안에 한 변이 1 cm인 정사각형을 빈틈없이 채우려고 합니다. 가로로 □개, 세로로 □개 놓이므로 "
                     f"1 {U('m²')}는 □ {U('cm²')}입니다. □ 안에 알맞은 수를 차례로 쓰세요.",
                     f"1 m=100 cm이므로 1 {U('m²')}는 가로 100 cm, 세로 100 cm인 정사각형의 넓이와 같습니다. 1 {U('m²')}는 몇 {U('cm²')}입니까?")
        ans = "100, 100, 10000" if "□" in text else f"10000 {U('cm²')}"
    else:
        text = _pick(rng, f"1 km=1000 m입니다. 한 변이 1 km인 정사각형의 넓이는 1 {U('km²')}입니다. 이 정사각형은 한 변이 1 m인 정사각형 몇 개로 "
                     "채울 수 있습니까?",
                     f"1 {U('km²')}=1000 m×1000 m=□ {U('m²')}입니다. □ 안에 알맞은 수를 써넣으세요.")
        ans = "1000000" if "□" in text else "1000000개"
    text = text.replace(f"1 {U('m²')}는", f"1 {_j(U('m²'), '은/는')}")
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "word", difficulty=2, achievement_level="C",
                   concepts=["cm²", "m²"] if mode == "m" else ["m²", "km²"])


@family("6수03-12", "add-mixed-units")
def _c12_add(rng: random.Random) -> Problem:
    U = _Units(rng)
    pair = rng.choice([("m²", "cm²", 10000), ("km²", "m²", 1000000)])
    big, small, f = pair
    a = rng.randint(1, 9)
    b = rng.randint(1, 9) * f // 10 + rng.choice([0, f // 100])
    op_ = rng.choice(["+", "-"])
    res_small = a * f + b if op_ == "+" else a * f - b
    into_big = rng.random() < 0.5
    res = Fraction(res_small, f) if into_big else Fraction(res_small)
    ru = big if into_big else small
    sym = "+" if op_ == "+" else "−"
    text = _pick(rng, f"계산하여 {U(ru)} 단위로 나타내시오.\n{a} {U(big)} {sym} {num(b)} {U(small)}",
                 f"{a} {U(big)} {sym} {num(b)} {U(small)} = □ {U(ru)}\n□ 안에 알맞은 수를 써넣으세요.")
    fmt = "fill" if "□" in text else "computation"
    return Problem(text=text, answer=_n(res) if fmt == "fill" else f"{_n(res)} {U(ru)}", format=fmt, difficulty=3,
                   achievement_level="B", concepts=[big, small], check=lambda: res * (1 if not into_big else f) == res_small)


@family("6수03-12", "area-table-compare")
def _c12_table(rng: random.Random) -> Problem:
    U = _Units(rng)
    places = rng.sample(["가 마을", "나 마을", "다 마을", "라 마을"], 3)
    km = [_dec(rng, 2, 30, (1, 2)) for _ in places]
    while len(set(km)) < 3:
        km = [_dec(rng, 2, 30, (1, 2)) for _ in places]
    shown = []
    for p, v in zip(places, km, strict=True):
        if rng.random() < 0.5:
            shown.append(f"| {p} | {_n(v)} {U('km²')} |")
        else:
            shown.append(f"| {p} | {_n(v * 1000000)} {U('m²')} |")
    ask = rng.choice(["widest", "diff"])
    body = "| 마을 | 넓이 |\n|---|---|\n" + "\n".join(shown)
    if ask == "widest":
        ans = places[km.index(max(km))]
        q = "넓이가 가장 넓은 마을은 어디입니까?"
    else:
        ans = f"{_n(max(km) - min(km))} {U('km²')}"
        q = f"가장 넓은 마을과 가장 좁은 마을의 넓이의 차는 몇 {U('km²')}입니까?"
    return Problem(text=f"세 마을의 넓이를 조사한 표입니다. {q}\n{body}", answer=ans, format="data", difficulty=3,
                   achievement_level="B" if ask == "widest" else "A", concepts=["m²", "km²"])


# =============================================================================================
# 6수03-13 직사각형과 정사각형의 넓이
# =============================================================================================

@family("6수03-13", "rectangle-area")
def _c13_rect(rng: random.Random) -> Problem:
    U = _Units(rng)
    u = rng.choice(["cm", "cm", "m"])
    a, b = rng.sample(range(2, 31), 2)
    ctx = rng.choice(["직사각형", *(["직사각형 모양의 텃밭", "직사각형 모양의 거실 바닥", "직사각형 모양의 주차장"] if u == "m" else
                                    ["직사각형 모양의 액자", "직사각형 모양의 엽서", "직사각형 모양의 스케치북 표지"])])
    text = _pick(rng, f"가로가 {a} {u}, 세로가 {b} {u}인 {ctx}의 넓이는 몇 {U(u + '²')}입니까?",
                 f"{ctx}의 가로는 {a} {u}, 세로는 {b} {u}입니다. 넓이를 구하시오.",
                 f"가로 {a} {u}, 세로 {b} {u}인 {ctx}의 넓이를 구하는 식을 쓰고 답을 구하세요.")
    return Problem(text=text, answer=f"{a * b} {U(u + '²')}", format="word" if "모양" in ctx else "computation", difficulty=1,
                   achievement_level="C", concepts=["가로", "세로", u + "²"], check=lambda: a * b == b * a)


@family("6수03-13", "square-area-and-side")
def _c13_square(rng: random.Random) -> Problem:
    U = _Units(rng)
    u = rng.choice(["cm", "cm", "m"])
    s = rng.randint(2, 25)
    mode = rng.choice(["area", "side", "side"])
    if mode == "area":
        text = _pick(rng, f"한 변의 길이가 {s} {u}인 정사각형의 넓이는 몇 {U(u + '²')}입니까?",
                     f"한 변이 {s} {u}인 정사각형 모양 손수건의 넓이를 구하시오." if u == "cm" else f"한 변이 {s} {u}인 정사각형 모양 마당의 넓이를 구하시오.")
        ans, lvl, d = f"{s * s} {U(u + '²')}", "C", 1
    else:
        text = _pick(rng, f"넓이가 {s * s} {U(u + '²')}인 정사각형의 한 변의 길이는 몇 {u}입니까?",
                     f"정사각형 모양 색종이의 넓이가 {s * s} {U(u + '²')}입니다. 한 변의 길이를 구하세요." if u == "cm" else
                     f"넓이가 {s * s} {U(u + '²')}인 정사각형 모양 놀이터가 있습니다. 놀이터의 한 변은 몇 {u}입니까?")
        ans, lvl, d = f"{s} {u}", "B", 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lvl,
                   concepts=[u + "²"], check=lambda: s * s > 0)


@family("6수03-13", "missing-side-from-area")
def _c13_missing(rng: random.Random) -> Problem:
    U = _Units(rng)
    u = rng.choice(["cm", "cm", "m"])
    a, b = rng.sample(range(2, 31), 2)
    text = _pick(rng, f"넓이가 {a * b} {U(u + '²')}인 직사각형의 가로가 {a} {u}일 때, 세로는 몇 {u}입니까?",
                 f"직사각형 모양 꽃밭의 넓이는 {a * b} {U(u + '²')}이고 가로는 {a} {u}입니다. 세로를 구하시오.",
                 f"□ 안에 알맞은 수를 써넣으세요.\n가로 {a} {u}, 세로 □ {u}인 직사각형의 넓이는 {a * b} {U(u + '²')}입니다.")
    fmt = "fill" if "□" in text else "word"
    return Problem(text=text, answer=str(b) if fmt == "fill" else f"{b} {u}", format=fmt, difficulty=2,
                   achievement_level="B", concepts=["가로", "세로", u + "²"], check=lambda: (a * b) // a == b)


@family("6수03-13", "area-from-perimeter")
def _c13_from_per(rng: random.Random) -> Problem:
    U = _Units(rng)
    u = rng.choice(["cm", "cm", "m"])
    kind = rng.choice(["square", "rect"])
    if kind == "square":
        s = rng.randint(2, 20)
        text = _pick(rng, f"둘레가 {4 * s} {u}인 정사각형의 넓이는 몇 {U(u + '²')}입니까?",
                     f"길이가 {4 * s} {u}인 끈으로 겹치지 않게 정사각형을 만들었습니다. 이 정사각형의 넓이를 구하시오.")
        ans = s * s
    else:
        a, b = rng.sample(range(2, 25), 2)
        text = _pick(rng, f"둘레가 {2 * (a + b)} {u}이고 가로가 {a} {u}인 직사각형의 넓이는 몇 {U(u + '²')}입니까?",
                     f"직사각형 모양 운동장의 둘레가 {2 * (a + b)} {u}이고 가로가 {a} {u}입니다. 운동장의 넓이를 구하시오.")
        ans = a * b
    return Problem(text=text, answer=f"{ans} {U(u + '²')}", format="word", difficulty=3, achievement_level="A",
                   concepts=["둘레", u + "²"], also=["6수03-11"])


@family("6수03-13", "composite-rectilinear-area")
def _c13_composite(rng: random.Random) -> Problem:
    U = _Units(rng)
    u = rng.choice(["cm", "m"])
    a, b = rng.randint(8, 25), rng.randint(8, 25)
    c, d = rng.randint(2, a - 3), rng.randint(2, b - 3)
    kind = rng.choice(["corner", "hole", "two-rects"])
    if kind == "corner":
        area = a * b - c * d
        text = (f"가로 {a} {u}, 세로 {b} {u}인 직사각형의 한 귀퉁이에서 가로 {c} {u}, 세로 {d} {u}인 직사각형을 잘라 내었습니다. 남은 ㄱ자 모양 "
                f"도형의 넓이는 몇 {U(u + '²')}입니까?")
        chk = area == (a - c) * b + c * (b - d)
    elif kind == "hole":
        area = a * b - c * d
        text = (f"가로 {a} {u}, 세로 {b} {u}인 직사각형 모양의 {'마당' if u == 'm' else '종이'} 한가운데에 가로 {c} {u}, 세로 {d} {u}인 직사각형 모양의 "
                f"{'연못' if u == 'm' else '구멍'}이 있습니다. {'연못' if u == 'm' else '구멍'}을 뺀 부분의 넓이를 구하시오.")
        chk = area + c * d == a * b
    else:
        e = rng.randint(2, 10)
        area = a * d + c * e
        text = (f"가로 {a} {u}, 세로 {d} {u}인 직사각형 위에 가로 {c} {u}, 세로 {e} {u}인 직사각형을 왼쪽 끝을 맞추어 겹치지 않게 붙여 놓았습니다. "
                f"전체 도형의 넓이는 몇 {U(u + '²')}입니까?")
        chk = area - c * e == a * d
    return Problem(text=text, answer=f"{area} {U(u + '²')}", format="word", difficulty=4, achievement_level="A",
                   concepts=["가로", "세로", u + "²"], check=lambda: chk)


@family("6수03-13", "tiles-to-cover")
def _c13_tiles(rng: random.Random) -> Problem:
    t = rng.choice([10, 20, 25, 30, 40, 50])
    na, nb = rng.randint(3, 20), rng.randint(3, 15)
    a, b = na * t, nb * t
    as_m = a % 100 == 0 and b % 100 == 0 and rng.random() < 0.7
    fmt_len = (lambda x: f"{x // 100} m") if as_m else (lambda x: f"{x} cm")
    where = rng.choice(["벽", "욕실 바닥", "현관 바닥", "게시판"])
    count = na * nb
    text = _pick(rng, f"가로 {fmt_len(a)}, 세로 {fmt_len(b)}인 직사각형 모양의 {_j(where, '을/를')} 한 변이 {t} cm인 정사각형 타일로 빈틈없이 덮으려고 "
                 "합니다. 타일은 모두 몇 장 필요합니까?",
                 f"{where}(가로 {fmt_len(a)}, 세로 {fmt_len(b)})에 한 변이 {t} cm인 정사각형 타일을 겹치지 않게 빈틈없이 붙이려면 몇 장이 필요한지 구하시오.")
    return Problem(text=text, answer=f"{count}장", format="word", difficulty=4, achievement_level="A",
                   concepts=["가로", "세로", "cm²"], check=lambda: (a * b) // (t * t) == count)


@family("6수03-13", "unit-squares-count")
def _c13_unit(rng: random.Random) -> Problem:
    U = _Units(rng, "sup")
    a, b = rng.randint(2, 12), rng.randint(2, 9)
    text = _pick(rng, f"모눈 한 칸의 넓이가 1 {U('cm²')}인 모눈종이에 직사각형을 그렸더니 가로로 {a}칸, 세로로 {b}칸을 차지했습니다. 이 직사각형의 넓이는 "
                 f"몇 {U('cm²')}입니까?",
                 f"넓이가 1 {U('cm²')}인 정사각형을 가로로 {a}개, 세로로 {b}줄 빈틈없이 붙여 직사각형을 만들었습니다. 만든 직사각형의 넓이는 "
                 f"□ {U('cm²')}입니다. □ 안에 알맞은 수를 써넣으세요.")
    fmt = "fill" if "□" in text else "word"
    return Problem(text=text, answer=str(a * b) if fmt == "fill" else f"{a * b} {U('cm²')}", format=fmt, difficulty=1,
                   achievement_level="C", concepts=["cm²", "가로", "세로"])


@family("6수03-13", "road-through-field")
def _c13_road(rng: random.Random) -> Problem:
    a, b = rng.randint(12, 40), rng.randint(10, 30)
    w = rng.randint(1, 3)
    kind = rng.choice(["cross", "one"])
    if kind == "cross":
        area = (a - w) * (b - w)
        text = (f"가로 {a} m, 세로 {b} m인 직사각형 모양의 밭에 폭이 {w} m인 길을 가로와 세로로 한 줄씩 십자 모양으로 곧게 냈습니다. 길을 뺀 밭의 넓이는 "
                "몇 m²입니까?")
        chk = area == a * b - w * a - w * b + w * w
    else:
        area = (a - w) * b
        text = (f"가로 {a} m, 세로 {b} m인 직사각형 모양의 잔디밭에 폭이 {w} m인 길을 세로 방향으로 곧게 하나 냈습니다. 길을 뺀 잔디밭의 넓이를 구하시오.")
        chk = area == a * b - w * b
    return Problem(text=text, answer=f"{area} m²", format="word", difficulty=5 if kind == "cross" else 4, achievement_level="A",
                   concepts=["가로", "세로", "m²"], check=lambda: chk)


@family("6수03-13", "scale-sides-area")
def _c13_scale(rng: random.Random) -> Problem:
    U = _Units(rng)
    a, b = rng.sample(range(2, 16), 2)
    p, q = rng.choice([(2, 2), (2, 3), (3, 2), (3, 3), (2, 1), (1, 3)])
    mode = rng.choice(["times", "area"])
    if mode == "times":
        text = (f"가로 {a} cm, 세로 {b} cm인 직사각형의 가로를 {p}배, 세로를 {q}배로 늘려 새 직사각형을 만들었습니다. 새 직사각형의 넓이는 처음 넓이의 "
                "몇 배입니까?").replace("를 1배로 늘려", "는 그대로 두고").replace("를 1배", "는 그대로")
        ans = f"{p * q}배"
    else:
        text = (f"가로 {a} cm, 세로 {b} cm인 직사각형의 가로를 {p}배, 세로를 {q}배로 늘렸습니다. 늘린 직사각형의 넓이는 몇 {U('cm²')}입니까?")
        ans = f"{a * p * b * q} {U('cm²')}"
    if p == 1 or q == 1:
        which, k = ("세로", q) if p == 1 else ("가로", p)
        text = (f"가로 {a} cm, 세로 {b} cm인 직사각형에서 {which}만 {k}배로 늘렸습니다. "
                + ("넓이는 처음의 몇 배가 됩니까?" if mode == "times" else f"늘린 직사각형의 넓이는 몇 {U('cm²')}입니까?"))
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="A" if mode == "times" else "B",
                   concepts=["가로", "세로", "cm²"], check=lambda: (a * p) * (b * q) == p * q * a * b)


# =============================================================================================
# 6수03-14 평행사변형, 삼각형, 사다리꼴, 마름모의 넓이
# =============================================================================================

@family("6수03-14", "parallelogram-area")
def _c14_para(rng: random.Random) -> Problem:
    U = _Units(rng)
    u = rng.choice(["cm", "cm", "m"])
    b, h = rng.randint(3, 30), rng.randint(2, 25)
    side = rng.randint(h + 1, h + 12)  # the slanted side: a distractor, longer than the height
    mode = rng.choice(["area", "area-extra", "height"])
    if mode == "area":
        text = _pick(rng, f"밑변의 길이가 {b} {u}이고 높이가 {h} {u}인 평행사변형의 넓이는 몇 {U(u + '²')}입니까?",
                     f"평행사변형 모양 화단의 밑변이 {b} {u}, 높이가 {h} {u}입니다. 화단의 넓이를 구하시오.")
        ans, lvl, d = f"{b * h} {U(u + '²')}", "C", 2
    elif mode == "area-extra":
        text = (f"평행사변형 ㄱㄴㄷㄹ에서 변 ㄴㄷ은 {b} {u}, 변 ㄱㄴ은 {side} {u}이고, 꼭짓점 ㄱ에서 변 ㄴㄷ에 수직으로 그은 선분의 길이는 {h} {u}입니다. "
                f"평행사변형의 넓이는 몇 {U(u + '²')}입니까?")
        ans, lvl, d = f"{b * h} {U(u + '²')}", "B", 3
    else:
        text = f"넓이가 {b * h} {U(u + '²')}이고 밑변의 길이가 {b} {u}인 평행사변형의 높이는 몇 {u}입니까?"
        ans, lvl, d = f"{h} {u}", "B", 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lvl,
                   concepts=["평행사변형", "밑변", "높이"], check=lambda: b * h // b == h)


@family("6수03-14", "triangle-area")
def _c14_tri(rng: random.Random) -> Problem:
    U = _Units(rng)
    u = rng.choice(["cm", "cm", "m"])
    b, h = rng.randint(3, 30), rng.randint(2, 24)
    if (b * h) % 2:
        h += 1
    area = Fraction(b * h, 2)
    mode = rng.choice(["area", "obtuse", "base"])
    if mode == "area":
        text = _pick(rng, f"밑변이 {b} {u}, 높이가 {h} {u}인 삼각형의 넓이는 몇 {U(u + '²')}입니까?",
                     f"삼각형 모양 깃발의 밑변은 {b} {u}, 높이는 {h} {u}입니다. 깃발의 넓이를 구하시오.")
        ans, lvl, d = f"{_n(area)} {U(u + '²')}", "C", 2
    elif mode == "obtuse":
        text = (f"삼각형 ㄱㄴㄷ에서 각 ㄱㄴㄷ은 둔각이고 변 ㄴㄷ의 길이는 {b} {u}입니다. 꼭짓점 ㄱ에서 변 ㄴㄷ의 연장선에 수직으로 그은 선분의 길이가 {h} {u}일 때, "
                f"삼각형 ㄱㄴㄷ의 넓이를 구하시오.")
        ans, lvl, d = f"{_n(area)} {U(u + '²')}", "B", 3
    else:
        text = f"넓이가 {_n(area)} {U(u + '²')}이고 높이가 {h} {u}인 삼각형의 밑변의 길이는 몇 {u}입니까?"
        ans, lvl, d = f"{b} {u}", "B", 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lvl,
                   concepts=["밑변", "높이"], check=lambda: area * 2 == b * h)


@family("6수03-14", "trapezoid-area")
def _c14_trap(rng: random.Random) -> Problem:
    U = _Units(rng)
    u = rng.choice(["cm", "cm", "m"])
    top, bot = sorted(rng.sample(range(2, 30), 2))
    h = rng.randint(2, 20)
    if ((top + bot) * h) % 2:
        h += 1
    area = Fraction((top + bot) * h, 2)
    mode = rng.choice(["area", "area", "height", "side"])
    if mode == "area":
        text = _pick(rng, f"윗변이 {top} {u}, 아랫변이 {bot} {u}, 높이가 {h} {u}인 사다리꼴의 넓이는 몇 {U(u + '²')}입니까?",
                     f"사다리꼴 모양 논의 윗변은 {top} {u}, 아랫변은 {bot} {u}이고 높이는 {h} {u}입니다. 논의 넓이를 구하시오.",
                     f"(사다리꼴의 넓이)=((윗변)+(아랫변))×(높이)÷2입니다. 윗변 {top} {u}, 아랫변 {bot} {u}, 높이 {h} {u}인 사다리꼴의 넓이를 구하세요.")
        ans, lvl, d = f"{_n(area)} {U(u + '²')}", "C", 2
    elif mode == "height":
        text = f"윗변이 {top} {u}, 아랫변이 {bot} {u}이고 넓이가 {_n(area)} {U(u + '²')}인 사다리꼴의 높이는 몇 {u}입니까?"
        ans, lvl, d = f"{h} {u}", "A", 4
    else:
        text = f"넓이가 {_n(area)} {U(u + '²')}, 높이가 {h} {u}, 아랫변이 {bot} {u}인 사다리꼴의 윗변은 몇 {u}입니까?"
        ans, lvl, d = f"{top} {u}", "A", 4
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lvl,
                   concepts=["사다리꼴", "높이"], check=lambda: area * 2 == (top + bot) * h)


@family("6수03-14", "rhombus-area")
def _c14_rhom(rng: random.Random) -> Problem:
    U = _Units(rng)
    u = rng.choice(["cm", "cm", "m"])
    p, q = rng.sample(range(2, 30), 2)
    if (p * q) % 2:
        q += 1 if q != p - 1 else 3
    area = Fraction(p * q, 2)
    mode = rng.choice(["area", "area", "diag", "rect"])
    if mode == "area":
        text = _pick(rng, f"두 대각선의 길이가 {p} {u}, {q} {u}인 마름모의 넓이는 몇 {U(u + '²')}입니까?",
                     f"마름모 모양 연의 한 대각선은 {p} {u}, 다른 대각선은 {q} {u}입니다. 연의 넓이를 구하시오.")
        ans, lvl, d = f"{_n(area)} {U(u + '²')}", "C", 2
    elif mode == "diag":
        text = f"넓이가 {_n(area)} {U(u + '²')}인 마름모의 한 대각선의 길이가 {p} {u}입니다. 다른 대각선의 길이는 몇 {u}입니까?"
        ans, lvl, d = f"{q} {u}", "B", 3
    else:
        text = (f"가로 {p} {u}, 세로 {q} {u}인 직사각형의 네 변의 가운데 점을 차례로 이어 마름모를 그렸습니다. 마름모의 넓이는 몇 {U(u + '²')}입니까?")
        ans, lvl, d = f"{_n(area)} {U(u + '²')}", "A", 4
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lvl,
                   concepts=["마름모"], check=lambda: area * 2 == p * q)


@family("6수03-14", "same-base-same-height")
def _c14_same(rng: random.Random) -> Problem:
    U = _Units(rng)
    b, h = rng.randint(4, 20), rng.randint(3, 16)
    if (b * h) % 2:
        b += 1
    n = rng.randint(3, 5)
    mode = rng.choice(["mcq", "word"])
    if mode == "word":
        text = (f"평행한 두 직선 가와 나 사이의 거리는 {h} cm입니다. 직선 나 위에 길이가 {b} cm인 선분 ㄴㄷ을 긋고, 직선 가 위의 서로 다른 점 {n}개를 "
                f"각각 꼭짓점으로 하는 삼각형을 {n}개 그렸습니다. 이 삼각형들의 넓이는 각각 몇 {U('cm²')}입니까?")
        return Problem(text=text, answer=f"모두 {_n(Fraction(b * h, 2))} {U('cm²')}", format="word", difficulty=3,
                       achievement_level="A", concepts=["밑변", "높이"])
    true = [f"밑변이 {b} cm, 높이가 {h} cm인 삼각형은 모양이 달라도 넓이가 모두 {_n(Fraction(b * h, 2))} {U('cm²')}입니다.",
            "밑변의 길이와 높이가 각각 같은 평행사변형은 넓이가 같습니다.",
            "평행사변형을 대각선으로 나누면 넓이가 같은 삼각형 2개가 됩니다.",
            "삼각형의 넓이는 밑변과 높이가 같은 평행사변형의 넓이의 절반입니다."]
    false = [f"밑변이 {b} cm, 높이가 {h} cm인 삼각형은 모양에 따라 넓이가 다릅니다.",
             "넓이가 같은 삼각형은 모두 합동입니다.",
             "평행사변형의 넓이는 이웃한 두 변의 길이를 곱한 것과 같습니다.",
             "삼각형의 넓이는 밑변과 높이가 같은 평행사변형의 넓이의 2배입니다.",
             "둔각삼각형은 높이를 잴 수 없어 넓이를 구할 수 없습니다."]
    ask_true = rng.random() < 0.5
    ch = _statement_mcq(rng, true, false, ask_true)
    stem = "넓이에 대한 설명으로 옳은 것은 어느 것입니까?" if ask_true else "넓이에 대한 설명으로 옳지 않은 것은 어느 것입니까?"
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["평행사변형", "밑변", "높이"], choice=ch)


@family("6수03-14", "right-triangle-height-to-hypotenuse")
def _c14_hyp(rng: random.Random) -> Problem:
    p, q, r = rng.choice([(3, 4, 5), (6, 8, 10), (9, 12, 15), (12, 16, 20), (15, 20, 25), (7, 24, 25)])
    h = Fraction(p * q, r)
    text = _pick(rng, f"직각삼각형 ㄱㄴㄷ에서 직각을 낀 두 변의 길이가 {p} cm, {q} cm이고 가장 긴 변의 길이가 {r} cm입니다. 직각인 꼭짓점에서 가장 긴 변에 "
                 "수직으로 그은 선분의 길이는 몇 cm입니까?",
                 f"세 변이 {p} cm, {q} cm, {r} cm인 직각삼각형이 있습니다. {r} cm인 변을 밑변으로 할 때 높이는 몇 cm인지 구하시오.")
    return Problem(text=text, answer=f"{_n(h)} cm", format="word", difficulty=5, achievement_level="A",
                   concepts=["밑변", "높이"], check=lambda: h * r == p * q)


@family("6수03-14", "compare-areas-mcq")
def _c14_mcq(rng: random.Random) -> Problem:
    while True:
        b1, h1 = rng.randint(3, 12), rng.randint(3, 12)
        b2, h2 = rng.randint(4, 16), rng.randint(3, 12)
        t, bo, h3 = rng.randint(2, 8), rng.randint(9, 16), rng.randint(2, 10)
        p, q = rng.randint(4, 16), rng.randint(4, 16)
        s1, s2 = rng.randint(3, 12), rng.randint(3, 12)
        shapes = [(f"밑변 {b1} cm, 높이 {h1} cm인 평행사변형", Fraction(b1 * h1)),
                  (f"밑변 {b2} cm, 높이 {h2} cm인 삼각형", Fraction(b2 * h2, 2)),
                  (f"윗변 {t} cm, 아랫변 {bo} cm, 높이 {h3} cm인 사다리꼴", Fraction((t + bo) * h3, 2)),
                  (f"두 대각선이 {p} cm, {q} cm인 마름모", Fraction(p * q, 2)),
                  (f"가로 {s1} cm, 세로 {s2} cm인 직사각형", Fraction(s1 * s2))]
        vals = [v for _, v in shapes]
        if len(set(vals)) == 5:
            break
    big = rng.random() < 0.6
    target = (max if big else min)(shapes, key=lambda t: t[1])
    ch = choices(rng, target[0], [s for s, _ in shapes if s != target[0]])
    stem = f"넓이가 가장 {'넓은' if big else '좁은'} 도형은 어느 것입니까?"
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=4, achievement_level="B",
                   concepts=["평행사변형", "사다리꼴", "마름모", "밑변", "높이"], choice=ch,
                   check=lambda: dict(shapes)[ch.options[ch.correct]] == (max(vals) if big else min(vals)))


@family("6수03-14", "explain-area-formula")
def _c14_explain(rng: random.Random) -> Problem:
    kind = rng.choice(["평행사변형", "삼각형", "사다리꼴", "마름모"])
    nums = {"평행사변형": (rng.randint(5, 15), rng.randint(3, 10)), "삼각형": (rng.randrange(4, 20, 2), rng.randint(3, 12)),
            "사다리꼴": (rng.randint(3, 8), rng.randint(9, 15)), "마름모": (rng.randrange(4, 20, 2), rng.randint(3, 14))}
    x, y = nums[kind]
    if kind == "평행사변형":
        text = (f"밑변이 {x} cm, 높이가 {y} cm인 평행사변형의 한쪽에서 직각삼각형을 잘라 반대쪽에 붙이면 어떤 도형이 되는지 쓰고, 이를 이용하여 넓이를 구하는 "
                "방법을 설명하시오.")
        ans = f"가로 {x} cm, 세로 {y} cm인 직사각형이 되므로 넓이는 {x}×{y}={x * y}(cm²)입니다."
    elif kind == "삼각형":
        text = (f"밑변이 {x} cm, 높이가 {y} cm인 삼각형 2개를 돌려 붙여 만들 수 있는 도형을 이용하여 삼각형의 넓이를 구하는 방법을 설명하고, 넓이를 구하시오.")
        ans = f"똑같은 삼각형 2개로 밑변 {x} cm, 높이 {y} cm인 평행사변형을 만들 수 있으므로 삼각형의 넓이는 {x}×{y}÷2={_n(Fraction(x * y, 2))}(cm²)입니다."
    elif kind == "사다리꼴":
        h = rng.randrange(2, 12, 2)
        text = (f"윗변이 {x} cm, 아랫변이 {y} cm, 높이가 {h} cm인 사다리꼴 2개를 돌려 붙이면 어떤 도형이 되는지 쓰고, 이를 이용하여 사다리꼴의 넓이를 구하시오.")
        ans = f"밑변 {x + y} cm, 높이 {h} cm인 평행사변형이 되므로 사다리꼴의 넓이는 ({x}+{y})×{h}÷2={(x + y) * h // 2}(cm²)입니다."
    else:
        text = (f"두 대각선의 길이가 {x} cm, {y} cm인 마름모를 둘러싸는 직사각형을 그려 마름모의 넓이를 구하는 방법을 설명하고, 넓이를 구하시오.")
        ans = f"가로 {x} cm, 세로 {y} cm인 직사각형의 넓이의 절반이므로 {x}×{y}÷2={_n(Fraction(x * y, 2))}(cm²)입니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A",
                   concepts=[kind if kind != "삼각형" else "밑변", "높이"])


# =============================================================================================
# 6수03-15 원주율
# =============================================================================================

def _round_to(x: Fraction, places: int) -> Fraction:
    """Round half up to ``places`` decimal places (반올림)."""
    q = Fraction(10) ** places
    return Fraction(int(x * q + Fraction(1, 2)), 1) / q


_ROUND_SIZES = {"접시": (15, 30), "훌라후프": (60, 100), "동전": (2, 3), "벽시계": (20, 40), "컵 받침": (8, 12),
                "굴렁쇠": (50, 80), "자전거 바퀴": (40, 70), "원형 탁자": (60, 120), "CD": (12, 12), "병뚜껑": (3, 5),
                "소고": (20, 30), "탬버린": (20, 30), "프라이팬": (20, 32), "맨홀 뚜껑": (60, 90)}
_ROUND_OBJS = list(_ROUND_SIZES)


def _obj_d(rng: random.Random, obj: str) -> int:
    lo, hi = _ROUND_SIZES[obj]
    return rng.randint(lo, hi)


@family("6수03-15", "ratio-from-measurement")
def _c15_ratio(rng: random.Random) -> Problem:
    obj = rng.choice([o for o in _ROUND_OBJS if _ROUND_SIZES[o][0] >= 8])
    d = _obj_d(rng, obj)
    # a measured circumference close to d*pi, to one decimal place
    c = _round_to(Fraction(d) * Fraction(314159, 100000) + Fraction(rng.randint(-3, 3), 10), 1)
    places = rng.choice([1, 2])
    ratio = _round_to(c / d, places)
    where = {1: "소수 첫째 자리", 2: "소수 둘째 자리"}[places]
    text = _pick(rng, f"{obj}의 지름을 재었더니 {d} cm이고, 둘레를 재었더니 {_n(c)} cm였습니다. (원주)÷(지름)을 반올림하여 {where}까지 나타내시오.",
                 f"원 모양 {obj}의 원주는 {_n(c)} cm, 지름은 {d} cm입니다. 원주는 지름의 약 몇 배인지 반올림하여 {where}까지 구하시오.")
    return Problem(text=text, answer=_n(ratio), format="word", difficulty=3, achievement_level="B",
                   concepts=["원주", "원주율"], check=lambda: abs(ratio - c / d) <= Fraction(5, 10 ** (places + 1)))


@family("6수03-15", "measurement-table")
def _c15_table(rng: random.Random) -> Problem:
    objs = rng.sample([o for o in _ROUND_OBJS if _ROUND_SIZES[o][0] >= 8], 3)
    rows = []
    for o in objs:
        d = _obj_d(rng, o)
        c = _round_to(Fraction(d) * Fraction(314159, 100000) + Fraction(rng.randint(-2, 2), 10), 1)
        rows.append((o, d, c))
    ask = rng.choice(["each", "conclusion"])
    body = "| 물건 | 원주(cm) | 지름(cm) | (원주)÷(지름) |\n|---|---|---|---|\n"
    body += "\n".join(f"| {o} | {_n(c)} | {d} | ㉠ |" if i == 0 else f"| {o} | {_n(c)} | {d} |  |" for i, (o, d, c) in enumerate(rows))
    if ask == "each":
        q = "㉠에 알맞은 수를 반올림하여 소수 둘째 자리까지 구하시오."
        o, d, c = rows[0]
        ans = _n(_round_to(c / d, 2))
        fmt, lvl = "data", "B"
    else:
        q = ("표의 빈칸을 반올림하여 소수 첫째 자리까지 채우고, 알 수 있는 사실을 쓰시오.")
        ans = ", ".join(_n(_round_to(c / d, 1)) for _, d, c in rows) + " / 원의 크기와 관계없이 (원주)÷(지름)은 약 3.1로 일정합니다."
        body = body.replace("㉠", " ")
        fmt, lvl = "task", "A"
    return Problem(text=f"여러 가지 원 모양 물건의 원주와 지름을 재어 나타낸 표입니다. {q}\n{body}", answer=ans, format=fmt,
                   difficulty=3, achievement_level=lvl, concepts=["원주", "원주율"])


@family("6수03-15", "pi-statements-mcq")
def _c15_props(rng: random.Random) -> Problem:
    true = ["원주율은 원의 크기와 관계없이 일정합니다.", "원주율은 (원주)÷(지름)으로 구합니다.",
            "원주율은 3.1415926535…와 같이 끝없이 이어지는 수입니다.", "원주율의 근삿값으로 3.14를 사용합니다.",
            "원주는 지름의 약 3.14배입니다.", "지름이 2배가 되면 원주도 2배가 됩니다."]
    false = ["원이 클수록 원주율도 커집니다.", "원주율은 (지름)÷(원주)로 구합니다.", "원주율은 정확히 3.14입니다.",
             "원주는 반지름의 약 3.14배입니다.", "작은 원의 원주율은 큰 원의 원주율보다 작습니다.", "원주율은 원의 넓이를 지름으로 나눈 값입니다."]
    ask_true = rng.random() < 0.5
    ch = _statement_mcq(rng, true, false, ask_true)
    stem = (_pick(rng, "원주율에 대한 설명으로 옳은 것은 어느 것입니까?", "원주와 원주율에 대해 바르게 말한 것을 고르시오.")
            if ask_true else _pick(rng, "원주율에 대한 설명으로 옳지 않은 것은 어느 것입니까?", "다음 중 잘못 말한 것을 고르세요."))
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["원주", "원주율"], choice=ch)


@family("6수03-15", "hexagon-square-bounds")
def _c15_bounds(rng: random.Random) -> Problem:
    d = rng.randrange(4, 41, 2)
    mode = rng.choice(["values", "range"])
    if mode == "values":
        text = (f"지름이 {d} cm인 원 안에 꼭 맞는 정육각형과 원 밖에 꼭 맞는 정사각형을 그렸습니다. 정육각형의 둘레와 정사각형의 둘레는 각각 몇 cm입니까? "
                "(정육각형의 한 변의 길이는 원의 반지름과 같습니다.)")
        ans = f"정육각형 {3 * d} cm, 정사각형 {4 * d} cm"
    else:
        text = (f"지름이 {d} cm인 원의 원주는 원 안에 꼭 맞게 그린 정육각형의 둘레보다 길고, 원 밖에 꼭 맞게 그린 정사각형의 둘레보다 짧습니다. 원주는 "
                "□ cm보다 길고 △ cm보다 짧습니다. □와 △에 알맞은 수를 쓰고, 원주는 지름의 몇 배와 몇 배 사이인지 쓰시오.")
        ans = f"□ {3 * d}, △ {4 * d}, 3배와 4배 사이"
    return Problem(text=text, answer=ans, format="word" if mode == "values" else "fill", difficulty=3,
                   achievement_level="B" if mode == "values" else "A", concepts=["원주", "원주율"],
                   check=lambda: 3 * d < d * Fraction(314, 100) < 4 * d)


@family("6수03-15", "round-pi")
def _c15_roundpi(rng: random.Random) -> Problem:
    pi = Fraction(31415926535, 10**10)
    places = rng.choice([0, 1, 2])
    where = {0: "일의 자리", 1: "소수 첫째 자리", 2: "소수 둘째 자리"}[places]
    ans = _round_to(pi, places)
    text = _pick(rng, f"원주율은 3.1415926535…와 같이 끝없이 계속되는 수입니다. 원주율을 반올림하여 {where}까지 나타내시오.",
                 f"(원주)÷(지름)의 값은 3.14159…입니다. 이 값을 반올림하여 {where}까지 나타내면 얼마입니까?")
    return Problem(text=text, answer=_n(ans), format="computation", difficulty=1, achievement_level="C",
                   concepts=["원주율"], check=lambda: abs(ans - pi) < Fraction(1, 10 ** places))


@family("6수03-15", "about-three-times")
def _c15_estimate(rng: random.Random) -> Problem:
    obj = rng.choice(_ROUND_OBJS)
    d = _obj_d(rng, obj)
    mode = rng.choice(["circ", "diam"])
    if mode == "circ":
        text = _pick(rng, f"원주는 지름의 약 3배입니다. 지름이 {d} cm인 {obj}의 원주는 약 몇 cm라고 어림할 수 있습니까?",
                     f"지름이 {d} cm인 {obj}의 둘레를 재지 않고 어림하려고 합니다. 원주가 지름의 약 3배인 것을 이용하면 둘레는 약 몇 cm입니까?")
        ans = f"약 {3 * d} cm"
    else:
        text = _pick(rng, f"둘레가 약 {3 * d} cm인 {obj}이 있습니다. 원주가 지름의 약 3배라는 것을 이용하여 지름을 어림하시오.",
                     f"원 모양 {obj}의 둘레를 재었더니 약 {3 * d} cm였습니다. 지름은 약 몇 cm라고 어림할 수 있습니까? (원주는 지름의 약 3배)")
        text = text.replace(f"{obj}이 있습니다", f"{_j(obj, '이/가')} 있습니다")
        ans = f"약 {d} cm"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["원주", "원주율"], check=lambda: True)


@family("6수03-15", "same-ratio-any-circle")
def _c15_same(rng: random.Random) -> Problem:
    ds = rng.sample(range(2, 50), 3)
    who = names(rng, 3)
    lines = "\n".join(f"· {w}: 지름 {d} cm인 원" for w, d in zip(who, ds, strict=True))
    mode = rng.choice(["mcq", "word"])
    if mode == "mcq":
        opts = [f"{who[0]}의 원", f"{who[1]}의 원", f"{who[2]}의 원", "모두 같습니다.", "알 수 없습니다."]
        ch = choices(rng, "모두 같습니다.", [o for o in opts if o != "모두 같습니다."], n=5)
        text = f"세 사람이 그린 원입니다. (원주)÷(지름)의 값이 가장 큰 원은 누구의 원입니까?\n{lines}\n{ch.block}"
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                       concepts=["원주", "원주율"], choice=ch)
    big = who[ds.index(max(ds))]
    text = (f"세 사람이 그린 원입니다.\n{lines}\n원주가 가장 긴 원은 누구의 원이고, (원주)÷(지름)의 값을 비교하면 어떻습니까?")
    return Problem(text=text, answer=f"{big}의 원, (원주)÷(지름)의 값은 모두 같습니다(약 3.14).", format="word", difficulty=3,
                   achievement_level="A", concepts=["원주", "원주율"])


@family("6수03-15", "wheel-roll-activity")
def _c15_wheel(rng: random.Random) -> Problem:
    d = rng.randint(20, 70)
    dist = _round_to(Fraction(d) * Fraction(314159, 100000), 0)
    k = rng.randint(2, 5)
    text = _pick(rng, f"[측정 활동] 지름이 {d} cm인 바퀴에 표시를 하고 바닥에서 {k}바퀴 굴렸더니 굴러간 거리가 {_n(dist * k)} cm였습니다. 바퀴의 원주는 "
                 "몇 cm이고, 원주는 지름의 약 몇 배입니까? (몇 배인지는 반올림하여 소수 둘째 자리까지)",
                 f"[활동] 지름 {d} cm인 굴렁쇠를 곧게 {k}바퀴 굴린 거리를 재니 {_n(dist * k)} cm였습니다. 한 바퀴 거리(원주)를 구하고, (원주)÷(지름)을 반올림하여 "
                 "소수 둘째 자리까지 나타내시오.")
    ratio = _round_to(dist / d, 2)
    return Problem(text=text, answer=f"{_n(dist)} cm, 약 {_n(ratio)}배", format="task", difficulty=4, achievement_level="A",
                   concepts=["원주", "원주율"], check=lambda: dist * k / k == dist)
