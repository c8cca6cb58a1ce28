"""Generators for 6수03-16 … 6수03-19 (초등 5–6학년 원주와 원의 넓이, 직육면체의 겉넓이와 부피).

원주와 원의 넓이 구하기, 직육면체·정육면체의 겉넓이, 부피 단위 1 cm³·1 m³와 그 관계, 직육면체·정육면체의 부피.
Figures are described in words, as problem banks do when the picture is absent.

Reuses the private helpers of ``g6su03`` (``_j`` particle after jamo/unit symbols, ``_n`` exact number
text, ``_Units`` one rendering of cm²/cm³ per problem, ``_pi``/``_pi_note`` the value of 원주율 used and
its note, ``_pick``, ``_statement_mcq``). Private helper of this module:
- ``_box``: random cuboid edge lengths (optionally a cube), with a context noun.
"""

from __future__ import annotations

import random
from fractions import Fraction

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.generators.g6su01 import _N
from mathtag.corpus.generators.g6su03 import _j, _n, _pi, _pi_note, _pick, _statement_mcq, _Units
from mathtag.corpus.korean import josa, names
from mathtag.corpus.mcq import choices

F = Fraction

# =============================================================================================
# 6수03-16 원주와 원의 넓이
# =============================================================================================

_CIRC_OBJ = ("원", "원 모양의 접시", "원 모양의 시계", "원 모양의 거울", "원 모양의 화단", "원 모양의 연못", "원 모양의 피자",
             "원 모양의 컵 받침", "굴렁쇠", "원 모양의 탁자")


def _rad(rng: random.Random, lo: int = 2, hi: int = 20) -> int:
    return rng.randint(lo, hi)


@family("6수03-16", "circumference")
def _c16_circ(rng: random.Random) -> Problem:
    pi = _pi(rng)
    r = _rad(rng)
    use_d = rng.random() < 0.5
    obj = rng.choice(_CIRC_OBJ)
    unit = "m" if any(w in obj for w in ("화단", "연못")) else "cm"
    given = f"지름이 {2 * r} {unit}" if use_d else f"반지름이 {r} {unit}"
    c = 2 * r * pi
    text = _pick(rng, f"{given}인 {obj}의 원주는 몇 {unit}입니까? {_pi_note(pi, rng)}",
                 f"{given}인 {_j(obj, '이/가')} 있습니다. 이 {obj.split()[-1]}의 둘레를 구하시오. {_pi_note(pi, rng)}",
                 f"원주를 구하세요. {_pi_note(pi, rng)}\n{given}인 원",
                 f"{given}인 {obj}의 둘레는 몇 {unit}인지 구해 보세요. {_pi_note(pi, rng)}")
    fmt = "computation" if text.startswith("원주를 구하세요") else "word"
    return Problem(text=text, answer=f"{_n(c)} {unit}", format=fmt, difficulty=2, achievement_level="C", concepts=["원주", "원주율"],
                   check=lambda: c / (2 * r) == pi)


@family("6수03-16", "diameter-from-circumference")
def _c16_rev(rng: random.Random) -> Problem:
    pi = _pi(rng, (0.75, 0.15, 0.1))
    r = _rad(rng)
    c = 2 * r * pi
    ask = rng.choice(["지름", "반지름"])
    obj = rng.choice(_CIRC_OBJ)
    text = _pick(rng, f"원주가 {_n(c)} cm인 {obj}의 {_j(ask, '은/는')} 몇 cm입니까? {_pi_note(pi, rng)}",
                 f"둘레가 {_n(c)} cm인 {_j(obj, '이/가')} 있습니다. 이 {obj.split()[-1]}의 {_j(ask, '을/를')} 구하시오. {_pi_note(pi, rng)}",
                 f"원주가 {_n(c)} cm일 때 □ 안에 알맞은 수를 써넣으세요. {_pi_note(pi, rng)}\n({ask}) = □ cm")
    val = 2 * r if ask == "지름" else r
    return Problem(text=text, answer=f"{val} cm" if "□" not in text else str(val), format="fill" if "□" in text else "word",
                   difficulty=3, achievement_level="B", concepts=["원주", "원주율"], check=lambda: c / pi / 2 == r)


@family("6수03-16", "circle-area")
def _c16_area(rng: random.Random) -> Problem:
    pi = _pi(rng)
    r = _rad(rng, 2, 25)
    use_d = rng.random() < 0.4
    U = _Units(rng)
    obj = rng.choice(_CIRC_OBJ)
    unit = "m" if any(w in obj for w in ("화단", "연못")) else "cm"
    given = f"지름이 {2 * r} {unit}" if use_d else f"반지름이 {r} {unit}"
    A = r * r * pi
    text = _pick(rng, f"{given}인 {obj}의 넓이는 몇 {U(unit + '²')}입니까? {_pi_note(pi, rng)}",
                 f"원의 넓이를 구하시오. {_pi_note(pi, rng)}\n{given}인 원",
                 f"{given}인 {obj}의 넓이를 구해 보세요. {_pi_note(pi, rng)}")
    fmt = "computation" if text.startswith("원의 넓이를") else "word"
    return Problem(text=text, answer=f"{_n(A)} {U(unit + '²')}", format=fmt, difficulty=2 if not use_d else 3,
                   achievement_level="C" if not use_d else "B", concepts=["원주율"], check=lambda: A / pi == r * r)


@family("6수03-16", "area-from-circumference")
def _c16_area_c(rng: random.Random) -> Problem:
    pi = _pi(rng, (0.8, 0.1, 0.1))
    r = _rad(rng, 2, 15)
    c = 2 * r * pi
    A = r * r * pi
    U = _Units(rng)
    mode = rng.choice(["c2a", "a2r"])
    if mode == "c2a":
        text = _pick(rng, f"원주가 {_n(c)} cm인 원의 넓이는 몇 {U('cm²')}입니까? {_pi_note(pi, rng)}",
                     f"둘레의 길이가 {_n(c)} cm인 원 모양 종이가 있습니다. 이 종이의 넓이를 구하시오. {_pi_note(pi, rng)}")
        ans = f"{_n(A)} {U('cm²')}"
    else:
        text = _pick(rng, f"넓이가 {_n(A)} {U('cm²')}인 원의 반지름은 몇 cm입니까? {_pi_note(pi, rng)}",
                     f"넓이가 {_n(A)} {U('cm²')}인 원의 원주를 구하시오. {_pi_note(pi, rng)}")
        ans = f"{r} cm" if "반지름은" in text else f"{_n(c)} cm"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A", concepts=["원주", "원주율"],
                   check=lambda: (c / (2 * pi)) ** 2 * pi == A)


@family("6수03-16", "wheel-rolling")
def _c16_wheel(rng: random.Random) -> Problem:
    pi = _pi(rng, (0.85, 0.1, 0.05))
    d = rng.choice([30, 40, 45, 50, 60, 65, 70, 80])
    k = rng.randint(2, 30)
    c = d * pi
    thing = rng.choice(["자전거 바퀴", "굴렁쇠", "외발자전거 바퀴", "롤러"])
    who = names(rng, 1)[0]
    mode = rng.choice(["dist", "turns"])
    if mode == "dist":
        text = _pick(rng, f"지름이 {d} cm인 {_j(thing, '을/를')} {k}바퀴 굴렸습니다. 굴러간 거리는 몇 cm입니까? {_pi_note(pi, rng)}",
                     f"{_N(who, '은/는')} 지름 {d} cm인 {_j(thing, '을/를')} 곧게 {k}바퀴 굴렸습니다. {_j(thing, '이/가')} 움직인 거리를 구하시오. {_pi_note(pi, rng)}")
        ans = f"{_n(c * k)} cm"
    else:
        text = _pick(rng, f"지름이 {d} cm인 {_j(thing, '이/가')} 곧게 굴러서 {_n(c * k)} cm를 갔습니다. {_j(thing, '은/는')} 몇 바퀴 돌았습니까? {_pi_note(pi, rng)}",
                     f"{_n(c * k)} cm인 길을 지름 {d} cm인 {_j(thing, '이/가')} 굴러갔다면 몇 바퀴를 돈 것입니까? {_pi_note(pi, rng)}")
        ans = f"{k}바퀴"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["원주", "원주율"],
                   check=lambda: c * k / (d * pi) == k)


@family("6수03-16", "shaded-ring-or-half")
def _c16_shaded(rng: random.Random) -> Problem:
    pi = _pi(rng, (0.8, 0.1, 0.1))
    U = _Units(rng)
    kind = rng.choice(["ring", "half", "quarter", "square-minus"])
    if kind == "ring":
        R = rng.randint(5, 20)
        r = rng.randint(2, R - 2)
        A = (R * R - r * r) * pi
        text = f"중심이 같은 두 원이 있습니다. 큰 원의 반지름은 {R} cm, 작은 원의 반지름은 {r} cm입니다. 큰 원에서 작은 원을 뺀 부분의 넓이는 몇 {U('cm²')}입니까? {_pi_note(pi, rng)}"
    elif kind == "half":
        d = rng.randrange(4, 41, 2)
        A = F(d * d, 8) * pi
        text = _pick(rng, f"지름이 {d} cm인 반원의 넓이를 구하시오. {_pi_note(pi, rng)}",
                     f"지름이 {d} cm인 원을 지름을 따라 반으로 잘랐습니다. 자른 반원 한 개의 넓이는 몇 {U('cm²')}입니까? {_pi_note(pi, rng)}")
    elif kind == "quarter":
        r = rng.randint(2, 20)
        A = F(r * r, 4) * pi
        text = f"반지름이 {r} cm인 원을 똑같이 4조각으로 나누었습니다. 한 조각의 넓이는 몇 {U('cm²')}입니까? {_pi_note(pi, rng)}"
    else:
        s = rng.randrange(4, 31, 2)
        A = s * s - F(s * s, 4) * pi
        text = f"한 변의 길이가 {s} cm인 정사각형 안에 꼭 맞는 원을 그렸습니다. 정사각형에서 원을 뺀 부분의 넓이는 몇 {U('cm²')}입니까? {_pi_note(pi, rng)}"
    return Problem(text=text, answer=f"{_n(A)} {U('cm²')}", format="word", difficulty=4, achievement_level="A", concepts=["원주율"],
                   check=lambda: A > 0)


@family("6수03-16", "area-bounds-by-squares")
def _c16_bounds(rng: random.Random) -> Problem:
    r = rng.randint(3, 20)
    U = _Units(rng)
    inner, outer = 2 * r * r, 4 * r * r
    mode = rng.choice(["fill", "explain"])
    if mode == "fill":
        text = (f"반지름이 {r} cm인 원 안에 꼭 맞는 정사각형(대각선의 길이가 원의 지름과 같음)과 원 밖에 꼭 맞는 정사각형을 그렸습니다. "
                f"원의 넓이를 어림하려고 합니다. □ 안에 알맞은 수를 써넣으세요.\n"
                f"(안쪽 정사각형의 넓이) = □ {U('cm²')} < (원의 넓이) < (바깥쪽 정사각형의 넓이) = □ {U('cm²')}")
        ans = f"{inner}, {outer}"
        return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B", concepts=["원주율"],
                       check=lambda: inner < r * r * F(314, 100) < outer)
    text = (f"반지름이 {r} cm인 원을 한 칸이 1 {U('cm²')}인 모눈종이에 그렸습니다. 원 안쪽에 완전히 들어간 모눈과 원이 걸친 모눈을 세어 원의 넓이를 어림하는 방법을 "
            f"설명하고, 원주율 3.14를 사용하여 구한 넓이와 비교해 보시오.")
    ans = f"원 안쪽 모눈의 수보다 크고, 걸친 모눈까지 센 수보다 작게 어림됩니다. 계산한 넓이는 {r}×{r}×3.14={_n(r * r * F(314, 100))} {U('cm²')}입니다."
    return Problem(text=text, answer=ans, format="task", difficulty=3, achievement_level="A", concepts=["원주율"])


@family("6수03-16", "cut-into-rectangle")
def _c16_rect(rng: random.Random) -> Problem:
    pi = _pi(rng, (0.85, 0.1, 0.05))
    r = rng.randint(2, 15)
    half_c = r * pi
    A = r * r * pi
    U = _Units(rng)
    mode = rng.choice(["fill", "proof"])
    if mode == "fill":
        text = (f"반지름이 {r} cm인 원을 한없이 잘게 잘라 이어 붙이면 직사각형에 가까워집니다. □ 안에 알맞은 수를 써넣으세요. {_pi_note(pi, rng)}\n"
                f"직사각형의 가로 = (원주) × 1/2 = □ cm, 세로 = (반지름) = □ cm, 원의 넓이 = □ {U('cm²')}")
        ans = f"{_n(half_c)}, {r}, {_n(A)}"
        return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B", concepts=["원주", "원주율"],
                       check=lambda: half_c * r == A)
    text = _pick(rng, "원을 여러 조각으로 잘게 잘라 번갈아 이어 붙여 직사각형에 가까운 도형을 만들었습니다. 이를 이용하여 (원의 넓이) = (반지름) × (반지름) × (원주율)이 되는 까닭을 설명하시오.",
                 f"{josa(names(rng, 1)[0], '은/는')} 원의 넓이를 구하는 식을 잊어버렸습니다. 원을 잘라 직사각형 모양으로 만드는 방법으로 식을 다시 만들어 설명해 보시오.")
    ans = "직사각형의 가로는 원주의 1/2인 (반지름)×2×(원주율)÷2 = (반지름)×(원주율), 세로는 반지름이므로 넓이는 (반지름)×(반지름)×(원주율)입니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A", concepts=["원주", "원주율"])


@family("6수03-16", "largest-circle-mcq")
def _c16_mcq(rng: random.Random) -> Problem:
    pi = F(314, 100)
    rs = rng.sample(range(3, 16), 5)
    kinds = ["r", "d", "c", "a", "r"]
    rng.shuffle(kinds)
    U = _Units(rng)
    opts = []
    for r, k in zip(rs, kinds, strict=True):
        if k == "r":
            opts.append(f"반지름이 {r} cm인 원")
        elif k == "d":
            opts.append(f"지름이 {2 * r} cm인 원")
        elif k == "c":
            opts.append(f"원주가 {_n(2 * r * pi)} cm인 원")
        else:
            opts.append(f"넓이가 {_n(r * r * pi)} {U('cm²')}인 원")
    big = rng.random() < 0.5
    best = max(rs) if big else min(rs)
    corr = opts[rs.index(best)]
    ch = choices(rng, corr, [o for o in opts if o != corr])
    text = f"가장 {'큰' if big else '작은'} 원은 어느 것입니까? (원주율: 3.14)\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=4, achievement_level="A", concepts=["원주", "원주율"],
                   choice=ch, check=lambda: len(set(rs)) == 5)


# =============================================================================================
# 6수03-17 직육면체와 정육면체의 겉넓이
# =============================================================================================

_BOX_OBJ = ("직육면체", "직육면체 모양의 상자", "직육면체 모양의 선물 상자", "직육면체 모양의 필통", "직육면체 모양의 지우개", "직육면체 모양의 벽돌",
            "직육면체 모양의 과자 상자")
_CUBE_OBJ = ("정육면체", "정육면체 모양의 상자", "정육면체 모양의 주사위", "정육면체 모양의 나무 블록", "정육면체 모양의 큐브")


def _box(rng: random.Random, lo: int = 2, hi: int = 20) -> tuple[int, int, int]:
    while True:
        a, b, c = (rng.randint(lo, hi) for _ in range(3))
        if len({a, b, c}) >= 2:
            return a, b, c


def _sa(a: int, b: int, c: int) -> int:
    return 2 * (a * b + b * c + c * a)


@family("6수03-17", "cuboid-surface-area")
def _c17_cuboid(rng: random.Random) -> Problem:
    a, b, c = _box(rng)
    obj = rng.choice(_BOX_OBJ)
    U = _Units(rng)
    S = _sa(a, b, c)
    text = _pick(rng, f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 {obj}의 겉넓이는 몇 {U('cm²')}입니까?",
                 f"직육면체의 겉넓이를 구하시오.\n가로: {a} cm, 세로: {b} cm, 높이: {c} cm",
                 f"{obj}의 가로는 {a} cm, 세로는 {b} cm, 높이는 {c} cm입니다. 겉넓이를 구하세요.",
                 f"세 모서리의 길이가 {a} cm, {b} cm, {c} cm인 직육면체의 겉넓이를 구해 보세요.")
    fmt = "computation" if text.startswith("직육면체의 겉넓이를") else "word"
    return Problem(text=text, answer=f"{num(S)} {U('cm²')}", format=fmt, difficulty=2, achievement_level="C",
                   concepts=["직육면체", "면"], check=lambda: 2 * a * b + 2 * (a + b) * c == S)


def num(x: int) -> str:
    return f"{x:,}"


@family("6수03-17", "cube-surface-area")
def _c17_cube(rng: random.Random) -> Problem:
    s = rng.randint(2, 25)
    obj = rng.choice(_CUBE_OBJ)
    U = _Units(rng)
    S = 6 * s * s
    mode = rng.choice(["edge", "edge", "face", "edges-sum"])
    if mode == "edge":
        text = _pick(rng, f"한 모서리의 길이가 {s} cm인 {obj}의 겉넓이는 몇 {U('cm²')}입니까?",
                     f"모서리의 길이가 모두 {s} cm인 {obj}의 겉넓이를 구하시오.")
        diff, lvl = 2, "C"
    elif mode == "face":
        text = f"한 면의 넓이가 {s * s} {U('cm²')}인 {obj}의 겉넓이를 구하시오."
        diff, lvl = 2, "B"
    else:
        text = f"모든 모서리의 길이의 합이 {12 * s} cm인 {obj}의 겉넓이는 몇 {U('cm²')}입니까?"
        diff, lvl = 3, "B"
    return Problem(text=text, answer=f"{num(S)} {U('cm²')}", format="word", difficulty=diff, achievement_level=lvl,
                   concepts=["정육면체", "면", "모서리"], check=lambda: _sa(s, s, s) == S)


@family("6수03-17", "net-steps-fill")
def _c17_net(rng: random.Random) -> Problem:
    a, b, c = _box(rng, 2, 15)
    U = _Units(rng)
    mode = rng.choice(["three-pairs", "bases-sides"])
    if mode == "three-pairs":
        text = (f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체의 겉넓이를 합동인 면이 2개씩 있다는 성질을 이용하여 구하려고 합니다. □ 안에 알맞은 수를 써넣으세요.\n"
                f"({a} × {b} + {b} × □ + □ × {a}) × 2 = □ ({U('cm²')})")
        ans = f"{c}, {c}, {num(_sa(a, b, c))}"
    else:
        text = (f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체의 전개도에서 옆면 전체는 하나의 직사각형이 됩니다. □ 안에 알맞은 수를 써넣으세요.\n"
                f"(한 밑면의 넓이) × 2 + (옆면 전체의 가로) × (높이)\n= {a} × {b} × 2 + □ × {c} = □ ({U('cm²')})")
        ans = f"{2 * (a + b)}, {num(_sa(a, b, c))}"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="C", concepts=["직육면체", "전개도", "밑면", "옆면"],
                   check=lambda: 2 * a * b + 2 * (a + b) * c == _sa(a, b, c))


@family("6수03-17", "explain-surface-methods")
def _c17_explain(rng: random.Random) -> Problem:
    a, b, c = _box(rng, 2, 12)
    U = _Units(rng)
    S = _sa(a, b, c)
    who = names(rng, 2)
    mode = rng.choice(["two-ways", "error"])
    if mode == "two-ways":
        text = f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체의 겉넓이를 서로 다른 두 가지 방법으로 구하고, 각 방법을 설명하시오."
        ans = (f"{num(S)} {U('cm²')} (① 여섯 면의 넓이를 모두 더함 ② 합동인 세 쌍의 면의 넓이의 합을 2배 함: ({a}×{b}+{b}×{c}+{c}×{a})×2 "
               f"③ 두 밑면의 넓이와 옆면 전체의 넓이를 더함: {a}×{b}×2+{2 * (a + b)}×{c})")
    else:
        wrong = a * b + b * c + c * a
        text = (f"{_N(who[0], '은/는')} 가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체의 겉넓이를 {a}×{b}+{b}×{c}+{c}×{a}={wrong}({U('cm²')})라고 구했습니다. "
                f"잘못된 점을 설명하고 바르게 구하시오.")
        ans = f"서로 마주 보는 면이 2개씩 있으므로 세 면의 넓이의 합을 2배 해야 합니다. 바른 겉넓이는 {num(S)} {U('cm²')}입니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A", concepts=["직육면체", "면"],
                   check=lambda: 2 * (a * b + b * c + c * a) == S)


@family("6수03-17", "wrapping-or-open-box")
def _c17_wrap(rng: random.Random) -> Problem:
    a, b, c = _box(rng, 5, 40)
    U = _Units(rng)
    mode = rng.choice(["open", "wrap", "paint"])
    if mode == "open":
        text = _pick(rng, f"뚜껑이 없는 직육면체 모양의 상자를 만들려고 합니다. 상자의 가로가 {a} cm, 세로가 {b} cm, 높이가 {c} cm일 때, 필요한 종이의 넓이는 몇 {U('cm²')}입니까? (겹치는 부분은 생각하지 않습니다.)",
                     f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm이고 윗면이 없는 직육면체 모양의 수조를 유리로 만들려고 합니다. 필요한 유리의 넓이를 구하시오.")
        S = a * b + 2 * (a + b) * c
        diff = 4
    elif mode == "wrap":
        text = f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체 모양의 선물 상자의 겉면을 빈틈없이 포장하려고 합니다. 포장지는 적어도 몇 {U('cm²')} 필요합니까? (겹치는 부분은 생각하지 않습니다.)"
        S = _sa(a, b, c)
        diff = 3
    else:
        text = f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체 모양의 나무 도막의 겉면에 모두 페인트를 칠하려고 합니다. 바닥에 닿는 면을 제외하고 칠한다면 칠하는 부분의 넓이는 몇 {U('cm²')}입니까?"
        S = a * b + 2 * (a + b) * c
        diff = 4
    return Problem(text=text, answer=f"{num(S)} {U('cm²')}", format="word", difficulty=diff, achievement_level="B" if diff == 3 else "A",
                   concepts=["직육면체", "면"], check=lambda: _sa(a, b, c) >= S)


@family("6수03-17", "missing-edge-from-surface")
def _c17_missing(rng: random.Random) -> Problem:
    U = _Units(rng)
    mode = rng.choice(["cube", "cuboid"])
    if mode == "cube":
        s = rng.randint(2, 20)
        S = 6 * s * s
        obj = rng.choice(_CUBE_OBJ)
        text = _pick(rng, f"겉넓이가 {num(S)} {U('cm²')}인 {obj}의 한 모서리의 길이는 몇 cm입니까?",
                     f"{obj}의 겉넓이가 {num(S)} {U('cm²')}입니다. 이 {obj}의 한 모서리의 길이를 구하시오.")
        ans = f"{s} cm"
        chk = 6 * s * s == S
    else:
        a, b, c = _box(rng, 2, 15)
        S = _sa(a, b, c)
        text = _pick(rng, f"가로가 {a} cm, 세로가 {b} cm인 직육면체의 겉넓이가 {num(S)} {U('cm²')}입니다. 이 직육면체의 높이는 몇 cm입니까?",
                     f"겉넓이가 {num(S)} {U('cm²')}인 직육면체가 있습니다. 밑면의 가로가 {a} cm, 세로가 {b} cm일 때, □ 안에 알맞은 수를 써넣으세요.\n(높이) = □ cm")
        ans = f"{c} cm" if "□" not in text else str(c)
        chk = (S - 2 * a * b) // (2 * (a + b)) == c
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "word", difficulty=4, achievement_level="A",
                   concepts=["직육면체", "정육면체"], check=lambda: bool(chk))


@family("6수03-17", "stacked-cubes-surface")
def _c17_stack(rng: random.Random) -> Problem:
    s = rng.randint(2, 12)
    n = rng.choice([2, 3, 4])
    U = _Units(rng)
    S = _sa(s * n, s, s)
    sep = 6 * s * s * n
    text = _pick(rng, f"한 모서리의 길이가 {s} cm인 정육면체 {n}개를 한 줄로 이어 붙여 직육면체를 만들었습니다. 만든 직육면체의 겉넓이는 몇 {U('cm²')}입니까?",
                 f"한 모서리가 {s} cm인 정육면체 모양 블록 {n}개를 일렬로 붙였습니다. 붙이기 전 블록 {n}개의 겉넓이의 합과 붙인 후 직육면체의 겉넓이의 차는 몇 {U('cm²')}입니까?")
    ans = f"{num(S)} {U('cm²')}" if "차는" not in text else f"{num(sep - S)} {U('cm²')}"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A", concepts=["직육면체", "정육면체", "면"],
                   check=lambda: sep - S == 2 * (n - 1) * s * s)


@family("6수03-17", "surface-area-compare-table")
def _c17_table(rng: random.Random) -> Problem:
    labels = ["가", "나", "다"]
    U = _Units(rng)
    while True:
        boxes = [_box(rng, 2, 12) for _ in range(2)] + [(lambda s: (s, s, s))(rng.randint(3, 12))]
        sas = [_sa(*b) for b in boxes]
        if len(set(sas)) == 3:
            break
    rng.shuffle(boxes)
    sas = [_sa(*b) for b in boxes]
    big = rng.random() < 0.6
    body = "| 상자 | 가로(cm) | 세로(cm) | 높이(cm) |\n" + "\n".join(f"| {lab} | {b[0]} | {b[1]} | {b[2]} |" for lab, b in zip(labels, boxes, strict=True))
    mode = rng.choice(["table", "mcq"])
    if mode == "table":
        text = f"세 상자의 크기를 나타낸 표입니다. 겉넓이가 가장 {'넓은' if big else '좁은'} 상자를 찾고, 그 겉넓이를 구하시오.\n{body}"
        i = sas.index(max(sas) if big else min(sas))
        return Problem(text=text, answer=f"{labels[i]}, {num(sas[i])} {U('cm²')}", format="data", difficulty=3, achievement_level="B",
                       concepts=["직육면체", "정육면체"], check=lambda: len(set(sas)) == 3)
    a, b, c = boxes[0]
    S = sas[0]
    wrong = [a * b * c, a * b + b * c + c * a, 2 * (a * b + b * c), 6 * a * b, S + 2 * a * b, 4 * (a + b + c), S - a * b, S + a * b,
             S // 2 + a * b]
    wrong = [w for w in dict.fromkeys(wrong) if w > 0]
    ch = choices(rng, f"{num(S)} {U('cm²')}", [f"{num(w)} {U('cm²')}" for w in wrong if w != S], sort_key=lambda t: int(t.split()[0].replace(",", "")))
    text = f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 상자의 겉넓이는 어느 것입니까?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B", concepts=["직육면체"], choice=ch,
                   check=lambda: _sa(a, b, c) == S)


# =============================================================================================
# 6수03-18 부피 단위 1 cm³, 1 m³
# =============================================================================================

_M3 = 1_000_000


def _vol_text(x: Fraction, unit: str, U: _Units) -> str:
    return f"{_n(x)} {U(unit)}"


@family("6수03-18", "convert-m3-cm3")
def _c18_convert(rng: random.Random) -> Problem:
    U = _Units(rng)
    mode = rng.choice(["m2c", "c2m"])
    x = F(rng.choice([rng.randint(1, 30), rng.randint(1, 99)])) / rng.choice([1, 1, 10, 100])
    if x == 0:
        x = F(3)
    if mode == "m2c":
        text = _pick(rng, f"□ 안에 알맞은 수를 써넣으세요.\n{_n(x)} {U('m³')} = □ {U('cm³')}", f"{_n(x)} {U('m³')}{_p_unit('m³', '은/는')} 몇 {U('cm³')}입니까?",
                     f"{_n(x)} {U('m³')}{_p_unit('m³', '을/를')} {U('cm³')} 단위로 나타내시오.")
        ans = _n(x * _M3)
    else:
        text = _pick(rng, f"□ 안에 알맞은 수를 써넣으세요.\n{_n(x * _M3)} {U('cm³')} = □ {U('m³')}", f"{_n(x * _M3)} {U('cm³')}{_p_unit('cm³', '은/는')} 몇 {U('m³')}입니까?")
        ans = _n(x)
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "computation", difficulty=2 if x.denominator == 1 else 3,
                   achievement_level="C" if x.denominator == 1 else "B", concepts=["m³", "cm³"],
                   check=lambda: F(ans.replace(",", "")) in (x * _M3, x))


def _p_unit(unit: str, pair: str) -> str:
    """Particle after a unit symbol read as 세제곱미터/세제곱센티미터 (no final consonant)."""
    return josa("미터", pair)[2:]


@family("6수03-18", "compare-volumes")
def _c18_compare(rng: random.Random) -> Problem:
    U = _Units(rng)
    m = F(rng.randint(1, 99), rng.choice([1, 10, 100]))
    delta = rng.choice([F(1, 10), F(1, 100), F(-1, 10), F(-1, 100), F(0), F(1)])
    cm = (m + delta) * _M3
    if cm <= 0:
        cm = (m + F(1, 10)) * _M3
    s = ">" if m * _M3 > cm else "<" if m * _M3 < cm else "="
    left_m = rng.random() < 0.5
    L, R = (f"{_n(m)} {U('m³')}", f"{_n(cm)} {U('cm³')}") if left_m else (f"{_n(cm)} {U('cm³')}", f"{_n(m)} {U('m³')}")
    sign = s if left_m else {">": "<", "<": ">", "=": "="}[s]
    text = _pick(rng, f"부피를 비교하여 ○ 안에 >, =, <를 알맞게 써넣으세요.\n{L} ○ {R}", f"두 부피의 크기를 비교하여 (  ) 안에 >, =, < 중 알맞은 것을 쓰시오.\n{L} (  ) {R}")
    return Problem(text=text, answer=sign, format="fill", difficulty=2, achievement_level="B", concepts=["m³", "cm³"],
                   check=lambda: (m * _M3 > cm) == (s == ">"))


@family("6수03-18", "choose-unit-mcq")
def _c18_unit(rng: random.Random) -> Problem:
    small = ["지우개", "주사위", "필통", "휴대 전화", "우유갑", "사전", "비누", "보석함"]
    big = ["컨테이너", "교실", "냉장고 창고", "수영장", "트럭 짐칸", "엘리베이터 내부", "방"]
    ask_big = rng.random() < 0.5
    if ask_big:
        corr = rng.choice(big)
        wrong = rng.sample(small, 4)
        text = _pick(rng, "부피를 나타내는 데 m³ 단위를 쓰는 것이 알맞은 것은 어느 것입니까?", "1 m³를 단위로 하여 부피를 재기에 알맞은 물건을 고르시오.")
    else:
        corr = rng.choice(small)
        wrong = rng.sample(big, 4)
        text = _pick(rng, "부피를 나타내는 데 cm³ 단위를 쓰는 것이 알맞은 것은 어느 것입니까?", "1 cm³를 단위로 하여 부피를 나타내기에 알맞은 것을 고르세요.")
    ch = choices(rng, corr, wrong)
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1, achievement_level="A" if ask_big else "B",
                   concepts=["m³", "cm³"], choice=ch)


@family("6수03-18", "count-unit-cubes")
def _c18_count(rng: random.Random) -> Problem:
    U = _Units(rng)
    a, b, c = rng.randint(2, 6), rng.randint(2, 6), rng.randint(2, 6)
    mode = rng.choice(["layers", "stack"])
    if mode == "layers":
        text = _pick(rng, f"부피가 1 {U('cm³')}인 쌓기나무를 가로에 {a}개, 세로에 {b}개씩 놓아 한 층을 만들고, 똑같이 {c}층으로 쌓아 직육면체를 만들었습니다. 만든 직육면체의 부피는 몇 {U('cm³')}입니까?",
                     f"한 모서리의 길이가 1 cm인 정육면체 {a * b}개로 한 층을 만들어 {c}층을 쌓았습니다. 쌓은 모양의 부피를 구하시오.")
    else:
        text = f"1 {U('cm³')}인 쌓기나무로 가로 {a}줄, 세로 {b}줄, 높이 {c}층인 직육면체 모양을 만들었습니다. 사용한 쌓기나무는 몇 개이고, 부피는 몇 {U('cm³')}입니까?"
    V = a * b * c
    ans = f"{V} {U('cm³')}" if mode == "layers" else f"{V}개, {V} {U('cm³')}"
    return Problem(text=text, answer=ans, format="word", difficulty=1, achievement_level="C", concepts=["cm³"],
                   check=lambda: a * b * c == V)


@family("6수03-18", "cuboid-in-m-to-cm3")
def _c18_mixed(rng: random.Random) -> Problem:
    U = _Units(rng)
    mode = rng.choice(["m-to-cm3", "cm-to-m3"])
    if mode == "m-to-cm3":
        a, b, c = (F(rng.randint(1, 30), 10) for _ in range(3))
        V = a * b * c
        text = f"가로 {_n(a)} m, 세로 {_n(b)} m, 높이 {_n(c)} m인 직육면체의 부피는 몇 {U('cm³')}입니까?"
        ans = f"{_n(V * _M3)} {U('cm³')}"
    else:
        a, b, c = (rng.choice([100, 200, 300, 400, 500, 150, 250, 600]) for _ in range(3))
        V = F(a * b * c, _M3)
        text = _pick(rng, f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체 모양 상자의 부피는 몇 {U('m³')}입니까?",
                     f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 창고의 부피를 {U('m³')} 단위로 나타내시오.")
        ans = f"{_n(V)} {U('m³')}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["m³", "cm³"],
                   check=lambda: V > 0)


@family("6수03-18", "explain-million")
def _c18_explain(rng: random.Random) -> Problem:
    who = names(rng, 1)[0]
    mode = rng.choice(["why", "error"])
    if mode == "why":
        text = _pick(rng, "1 m³는 1 cm³의 몇 배인지 구하고, 그 까닭을 한 모서리의 길이가 1 m인 정육면체를 이용하여 설명하시오.",
                     "한 모서리의 길이가 1 m인 정육면체 안에 부피가 1 cm³인 쌓기나무를 빈틈없이 채운다면 몇 개가 들어가는지 구하고, 그 과정을 설명하시오.")
        ans = ("1,000,000배. " if "몇 배" in text else "1,000,000개. ") + "1 m = 100 cm이므로 가로 100개, 세로 100개, 높이 100층으로 100×100×100=1,000,000개가 들어갑니다."
    else:
        wrong = rng.choice(["100", "1,000", "10,000"])
        text = f"{_N(who, '은/는')} \"1 m = 100 cm이니까 1 m³ = {wrong} cm³야.\"라고 말했습니다. {_N2(who)} 말이 옳지 않은 까닭을 설명하고 바르게 고치시오."
        ans = "부피는 가로, 세로, 높이를 모두 곱하므로 1 m³ = 100 cm × 100 cm × 100 cm = 1,000,000 cm³입니다."
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["m³", "cm³"])


def _N2(who: str) -> str:
    last = who[-1]
    has_final = "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0
    return (who + "이" if has_final else who) + "의"


@family("6수03-18", "unit-statements-mcq")
def _c18_props(rng: random.Random) -> Problem:
    true = ["1 m³는 한 모서리의 길이가 1 m인 정육면체의 부피입니다.", "1 cm³는 한 모서리의 길이가 1 cm인 정육면체의 부피입니다.",
            "1 m³ = 1,000,000 cm³입니다.", "0.5 m³ = 500,000 cm³입니다.", "3,000,000 cm³ = 3 m³입니다.", "1 cm³는 '1 세제곱센티미터'라고 읽습니다."]
    false = ["1 m³ = 100 cm³입니다.", "1 m³ = 10,000 cm³입니다.", "2 m³ = 2,000 cm³입니다.", "1 cm³는 한 변의 길이가 1 cm인 정사각형의 넓이입니다.",
             "0.1 m³ = 1,000 cm³입니다.", "5,000,000 cm³ = 50 m³입니다."]
    ask_true = rng.random() < 0.5
    ch = _statement_mcq(rng, true, false, ask_true)
    text = _pick(rng, "부피의 단위에 대한 설명으로 옳은 것은 어느 것입니까?", "바르게 설명한 것을 고르시오.") if ask_true else \
        _pick(rng, "부피의 단위에 대한 설명으로 옳지 않은 것은 어느 것입니까?", "잘못 설명한 것을 고르세요.")
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B", concepts=["m³", "cm³"],
                   choice=ch)


@family("6수03-18", "how-many-m3-boxes")
def _c18_fit(rng: random.Random) -> Problem:
    U = _Units(rng)
    a, b, c = rng.randint(2, 8), rng.randint(2, 8), rng.randint(2, 5)
    mode = rng.choice(["m", "cm"])
    if mode == "m":
        text = (f"가로 {a} m, 세로 {b} m, 높이 {c} m인 직육면체 모양의 창고에 부피가 1 {U('m³')}인 정육면체 모양의 상자를 빈틈없이 쌓으려고 합니다. "
                f"상자를 몇 개 쌓을 수 있고, 창고의 부피는 몇 {U('m³')}입니까?")
        ans = f"{a * b * c}개, {a * b * c} {U('m³')}"
    else:
        text = (f"가로 {a * 100} cm, 세로 {b * 100} cm, 높이 {c * 100} cm인 직육면체 모양의 공간에 한 모서리가 1 m인 정육면체 상자를 빈틈없이 채우려고 합니다. "
                f"상자는 모두 몇 개 필요합니까?")
        ans = f"{a * b * c}개"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["m³"],
                   check=lambda: a * b * c > 0)


# =============================================================================================
# 6수03-19 직육면체와 정육면체의 부피
# =============================================================================================

@family("6수03-19", "cuboid-volume")
def _c19_cuboid(rng: random.Random) -> Problem:
    a, b, c = _box(rng, 2, 25)
    U = _Units(rng)
    obj = rng.choice(_BOX_OBJ + ("직육면체 모양의 어항", "직육면체 모양의 물통"))
    V = a * b * c
    text = _pick(rng, f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 {obj}의 부피는 몇 {U('cm³')}입니까?",
                 f"직육면체의 부피를 구하시오.\n가로: {a} cm, 세로: {b} cm, 높이: {c} cm",
                 f"{obj}의 가로는 {a} cm, 세로는 {b} cm, 높이는 {c} cm입니다. 이 {obj}의 부피를 구하세요.",
                 f"밑면의 가로가 {a} cm, 세로가 {b} cm이고 높이가 {c} cm인 직육면체의 부피를 구해 보세요.")
    fmt = "computation" if text.startswith("직육면체의 부피를") else "word"
    return Problem(text=text, answer=f"{num(V)} {U('cm³')}", format=fmt, difficulty=1, achievement_level="C", concepts=["직육면체", "cm³"],
                   check=lambda: (a * b) * c == V)


@family("6수03-19", "cube-volume")
def _c19_cube(rng: random.Random) -> Problem:
    U = _Units(rng)
    mode = rng.choice(["edge", "edge", "face", "edge-sum"])
    s = rng.randint(2, 20)
    unit = "cm"
    if rng.random() < 0.2:
        unit = "m"
        s = rng.randint(2, 9)
    V = s ** 3
    obj = rng.choice(_CUBE_OBJ)
    if mode == "edge":
        text = _pick(rng, f"한 모서리의 길이가 {s} {unit}인 {obj}의 부피는 몇 {U(unit + '³')}입니까?", f"모서리의 길이가 모두 {s} {unit}인 {obj}의 부피를 구하시오.")
        diff, lvl = 1, "C"
    elif mode == "face":
        text = f"한 면의 넓이가 {s * s} {U(unit + '²')}인 정육면체의 부피는 몇 {U(unit + '³')}입니까?"
        diff, lvl = 3, "B"
    else:
        text = f"모든 모서리의 길이의 합이 {12 * s} {unit}인 정육면체의 부피를 구하시오."
        diff, lvl = 3, "B"
    return Problem(text=text, answer=f"{num(V)} {U(unit + '³')}", format="word", difficulty=diff, achievement_level=lvl,
                   concepts=["정육면체", "모서리"], check=lambda: s * s * s == V)


@family("6수03-19", "missing-edge-from-volume")
def _c19_missing(rng: random.Random) -> Problem:
    U = _Units(rng)
    mode = rng.choice(["cuboid", "cuboid", "cube"])
    if mode == "cuboid":
        a, b, c = _box(rng, 2, 20)
        V = a * b * c
        which = rng.choice(["높이", "가로", "세로"])
        known = {"높이": f"가로가 {a} cm, 세로가 {b} cm", "가로": f"세로가 {b} cm, 높이가 {c} cm", "세로": f"가로가 {a} cm, 높이가 {c} cm"}[which]
        val = {"높이": c, "가로": a, "세로": b}[which]
        text = _pick(rng, f"부피가 {num(V)} {U('cm³')}인 직육면체의 {known}입니다. {_j(which, '은/는')} 몇 cm입니까?",
                     f"{known}인 직육면체의 부피가 {num(V)} {U('cm³')}입니다. □ 안에 알맞은 수를 써넣으세요.\n({which}) = □ cm")
        ans = str(val) if "□" in text else f"{val} cm"
        diff, lvl = 3, "B"
    else:
        s = rng.randint(2, 12)
        V = s ** 3
        text = _pick(rng, f"부피가 {num(V)} {U('cm³')}인 정육면체의 한 모서리의 길이는 몇 cm입니까?", f"정육면체 모양 상자의 부피가 {num(V)} {U('cm³')}입니다. 이 상자의 겉넓이를 구하시오.")
        ans = f"{s} cm" if "모서리의 길이는" in text else f"{num(6 * s * s)} {U('cm²')}"
        diff, lvl = 4, "A"
        val = s
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "word", difficulty=diff, achievement_level=lvl,
                   concepts=["직육면체", "정육면체"], also=["6수03-17"] if "겉넓이" in text else [], check=lambda: val > 0)


@family("6수03-19", "composite-solid")
def _c19_composite(rng: random.Random) -> Problem:
    U = _Units(rng)
    a, b, c = rng.randint(8, 20), rng.randint(4, 12), rng.randint(6, 15)
    x, z = rng.randint(2, a - 3), rng.randint(2, c - 2)
    V = a * b * c - x * b * z
    mode = rng.choice(["cutout", "two"])
    if mode == "cutout":
        text = (f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체의 한 모퉁이에서 가로 {x} cm, 세로 {b} cm, 높이 {z} cm인 직육면체를 잘라 내었습니다. "
                f"남은 입체도형의 부피는 몇 {U('cm³')}입니까?")
    else:
        text = (f"가로 {a - x} cm, 세로 {b} cm, 높이 {c} cm인 직육면체 옆에 가로 {x} cm, 세로 {b} cm, 높이 {c - z} cm인 직육면체를 바닥을 맞추어 붙여 "
                f"계단 모양의 입체도형을 만들었습니다. 이 입체도형의 부피를 구하시오.")
    return Problem(text=text, answer=f"{num(V)} {U('cm³')}", format="word", difficulty=4, achievement_level="A", concepts=["직육면체"],
                   check=lambda: (a - x) * b * c + x * b * (c - z) == V)


@family("6수03-19", "water-displacement")
def _c19_water(rng: random.Random) -> Problem:
    U = _Units(rng)
    a, b = rng.randint(10, 40), rng.randint(10, 30)
    rise = F(rng.randint(5, 60), 10)
    obj = rng.choice(["돌", "쇠공", "유리구슬 한 봉지", "장난감 자동차"])
    V = a * b * rise
    while V.denominator != 1:
        rise = F(rng.randint(5, 60), 10)
        V = a * b * rise
    h0 = rng.randint(5, 20)
    mode = rng.choice(["rise", "levels"])
    if mode == "rise":
        text = (f"가로 {a} cm, 세로 {b} cm인 직육면체 모양의 수조에 물이 들어 있습니다. 이 수조에 {_j(obj, '을/를')} 완전히 잠기게 넣었더니 물의 높이가 {_n(rise)} cm 높아졌습니다. "
                f"{obj}의 부피는 몇 {U('cm³')}입니까?")
    else:
        text = (f"가로 {a} cm, 세로 {b} cm인 직육면체 모양의 어항에 물이 {h0} cm 높이까지 들어 있었습니다. {_j(obj, '을/를')} 넣었더니 물의 높이가 {_n(h0 + rise)} cm가 되었습니다. "
                f"{obj}의 부피를 구하시오. (물이 넘치지 않았고 {_j(obj, '은/는')} 완전히 잠겼습니다.)")
    return Problem(text=text, answer=f"{_n(V)} {U('cm³')}", format="word", difficulty=4, achievement_level="A", concepts=["직육면체"],
                   check=lambda: a * b * rise == V)


@family("6수03-19", "fit-small-cubes")
def _c19_fit(rng: random.Random) -> Problem:
    s = rng.choice([2, 3, 4, 5])
    a, b, c = (s * rng.randint(2, 6) for _ in range(3))
    n = (a // s) * (b // s) * (c // s)
    U = _Units(rng)
    text = _pick(rng, f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체 모양 상자에 한 모서리가 {s} cm인 정육면체 모양의 블록을 빈틈없이 채우려고 합니다. 블록은 모두 몇 개 들어갑니까?",
                 f"안치수가 가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 상자에 부피가 {s ** 3} {U('cm³')}인 정육면체 주사위를 빈틈없이 담으면 몇 개를 담을 수 있습니까?")
    return Problem(text=text, answer=f"{n}개", format="word", difficulty=3, achievement_level="B", concepts=["직육면체", "정육면체"],
                   check=lambda: n * s ** 3 == a * b * c)


@family("6수03-19", "largest-volume-mcq")
def _c19_mcq(rng: random.Random) -> Problem:
    _Units(rng)
    while True:
        items = []
        for _ in range(4):
            a, b, c = _box(rng, 2, 12)
            items.append((f"가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체", a * b * c))
        s = rng.randint(3, 10)
        items.append((f"한 모서리가 {s} cm인 정육면체", s ** 3))
        vols = [v for _, v in items]
        if len(set(vols)) == 5:
            break
    big = rng.random() < 0.5
    best = max(vols) if big else min(vols)
    corr = items[vols.index(best)][0]
    ch = choices(rng, corr, [t for t, _ in items if t != corr])
    text = _pick(rng, f"부피가 가장 {'큰' if big else '작은'} 것은 어느 것입니까?", f"다음 중 부피가 가장 {'큰' if big else '작은'} 입체도형을 고르시오.")
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B", concepts=["직육면체", "정육면체"],
                   choice=ch, check=lambda: vols.count(best) == 1)


@family("6수03-19", "scale-edges-explain")
def _c19_scale(rng: random.Random) -> Problem:
    U = _Units(rng)
    mode = rng.choice(["double", "formula"])
    who = names(rng, 1)[0]
    if mode == "double":
        k = rng.choice([2, 3])
        s = rng.randint(2, 8)
        text = (f"한 모서리의 길이가 {s} cm인 정육면체의 각 모서리의 길이를 {k}배로 늘였습니다. {_N(who, '은/는')} \"부피도 {k}배가 돼.\"라고 말했습니다. "
                f"{_N2(who)} 말이 옳은지 부피를 구하여 설명하시오.")
        ans = f"옳지 않습니다. 처음 부피는 {s ** 3} {U('cm³')}, 늘인 정육면체의 부피는 {(k * s) ** 3} {U('cm³')}로 {k ** 3}배가 됩니다."
        chk = (k * s) ** 3 == k ** 3 * s ** 3
    else:
        a, b, c = rng.randint(2, 6), rng.randint(2, 6), rng.randint(2, 6)
        text = (f"부피가 1 {U('cm³')}인 쌓기나무로 가로 {a} cm, 세로 {b} cm, 높이 {c} cm인 직육면체를 만들었습니다. 쌓기나무의 수를 세는 방법을 이용하여 "
                f"(직육면체의 부피) = (가로) × (세로) × (높이)가 되는 까닭을 설명하시오.")
        ans = f"한 층에 가로 {a}개 × 세로 {b}개 = {a * b}개가 놓이고, 높이만큼 {c}층을 쌓으므로 모두 {a}×{b}×{c}={a * b * c}개, 즉 {a * b * c} {U('cm³')}입니다."
        chk = True
    return Problem(text=text, answer=ans, format="proof", difficulty=4, achievement_level="A", concepts=["정육면체", "직육면체"],
                   check=lambda: bool(chk))
