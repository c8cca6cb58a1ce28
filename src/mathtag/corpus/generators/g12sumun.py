"""Generators for 수학과 문화 (고등학교 융합 선택): 12수문01-01 … in code order.

The course is project-like: each family is a small computable question set inside a cultural
context (music, art, literature, film, …), plus open activity tasks (``format="task"``,
``answer=None``). Numbers are chosen so the answer is exact or rounded as stated in the text;
``check`` re-derives it another way (``fractions``/``math``/sympy).

Private helpers (module-local):

* ``_end(rng, kind)`` a varied question ending.
* ``_r(x, places)`` a number rounded half-up to ``places`` decimals, as text without trailing zeros.
* ``_fr(q, style)`` a ``Fraction`` in the chosen notation (an integer when the denominator is 1).
"""

from __future__ import annotations

import math as _m
import random
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction as Fr

import sympy as sp

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.korean import josa, name, names
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import frac, num, pick_style

_S101, _S102, _S103, _S104 = "12수문01-01", "12수문01-02", "12수문01-03", "12수문01-04"
_S201, _S202, _S203, _S204 = "12수문02-01", "12수문02-02", "12수문02-03", "12수문02-04"


# -- helpers ---------------------------------------------------------------------------------------
def _end(rng: random.Random, kind: str = "구") -> str:
    if kind == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써 보시오.", "답하시오."])
    if kind == "고":
        return rng.choice(["고르시오.", "고르세요.", "골라 보시오."])
    if kind == "설":
        return rng.choice(["설명하시오.", "설명해 보시오.", "그 이유를 설명하시오.", "까닭을 쓰시오."])
    return rng.choice(["구하시오.", "구하세요.", "구해 보시오.", "구하여라."])


def _r(x, places: int = 1) -> str:
    """``x`` rounded half-up to ``places`` decimals, trailing zeros dropped."""
    d = Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, Fr) else Decimal(repr(float(x)))
    q = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = format(q, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def _fr(q: Fr, style: str) -> str:
    q = Fr(q)
    if q.denominator == 1:
        return str(q.numerator)
    return frac(q.numerator, q.denominator, style)


def _ans_fr(q: Fr) -> str:
    q = Fr(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


# =================================================================================================
# 12수문01-01 음악과 수학
# =================================================================================================
# Pythagorean tuning built by fifths from 도: (note, number of fifths up; -1 = one fifth down)
_PYTH = [("솔", 1), ("레", 2), ("라", 3), ("미", 4), ("시", 5), ("파", -1)]


def _pyth_ratio(k: int) -> Fr:
    """String-length ratio of the note k fifths above 도, folded into [1/2, 1]."""
    r = Fr(1)
    step = Fr(2, 3) if k > 0 else Fr(3, 2)
    for _ in range(abs(k)):
        r *= step
        while r < Fr(1, 2):
            r *= 2
        while r > 1:
            r /= 2
    return r


@family(_S101, "pythagorean-string-length")
def _pyth_len(rng: random.Random) -> Problem:
    note, k = rng.choice(_PYTH)
    base = 243 if k == 5 else rng.choice([81, 162, 243, 324, 405])
    if k == -1:
        base = rng.choice([72, 96, 120, 144, 180])
    length = base * _pyth_ratio(k)
    unit = "mm" if base >= 300 else rng.choice(["cm", "cm", "mm"])
    intro = rng.choice([
        f"피타고라스 음계를 만드는 방법은 다음과 같다.\n(가) 현의 길이를 {frac(2, 3, pick_style(rng), korean=rng.random() < 0.3)}로 줄이면 완전5도 높은 음이 된다.\n"
        "(나) 현의 길이를 2배로 늘리면 한 옥타브 낮은 음이 된다.\n"
        "(다) 만든 음이 '도'와 '높은 도' 사이에 오도록 (가), (나)를 거듭 적용한다.",
        "모노코드의 현을 2 : 3으로 나누는 점을 눌러 긴 쪽을 튕기면 원래 음보다 완전5도 높은 음이 나고, "
        "현의 길이가 절반이 되면 한 옥타브 높은 음이 난다. 피타고라스는 이 두 규칙만으로 음계를 만들었다. "
        "(단, 새로 얻은 음은 현의 길이를 2배 하거나 반으로 하여 '도'와 '높은 도' 사이의 음으로 옮긴다.)",
        "피타고라스 음률에서 완전5도 위의 음은 현의 길이가 원래의 2/3인 현에서, 한 옥타브 위의 음은 길이가 1/2인 현에서 난다. "
        "(단, 모든 음은 '도'의 현 길이의 1/2 이상, 1 이하인 현으로 나타낸다.)",
    ])
    if k == -1:
        hint = "파는 도보다 완전5도 낮은 음을 한 옥타브 올린 음이다."
    else:
        hint = rng.choice(["", f"{josa(note, '은/는')} 도에서 완전5도 올리기를 {k}번 하여 얻는 음이다."])
    q = rng.choice([
        f"'도'를 내는 현의 길이가 {base}{unit}일 때, '{note}'를 내는 현의 길이를 {_end(rng)}",
        f"도의 현 길이를 {base}{unit}로 할 때 {note}의 현 길이는 몇 {unit}인가?",
        f"길이가 {base}{unit}인 현에서 도가 난다. 같은 방법으로 {josa(note, '을/를')} 얻으려면 현의 길이를 몇 {unit}로 해야 하는지 {_end(rng)}",
    ])
    ans = _ans_fr(length)

    def chk() -> bool:
        # independent: the ratio is (2/3)^k * 2^j with j chosen to land in [1/2, 1]
        r = Fr(2, 3) ** k
        j = 0
        while not (Fr(1, 2) <= r * Fr(2) ** j <= 1):
            j += 1 if r * Fr(2) ** j < Fr(1, 2) else -1
        return Fr(base) * r * Fr(2) ** j == Fr(ans)

    d = 3 if abs(k) >= 2 else 2
    return Problem(text="\n".join(x for x in (intro, hint, q) if x), answer=f"{ans}{unit}", format="word",
                   difficulty=d + (1 if k >= 4 and not hint else 0),
                   achievement_level="B" if d == 3 else "C", concepts=["비", "비율"], check=chk)


_NOTE_BASE = [("라", 440), ("도", 262), ("솔", 392), ("레", 294), ("미", 330), ("시", 494)]


@family(_S101, "octave-frequency")
def _octave(rng: random.Random) -> Problem:
    note, f = rng.choice(_NOTE_BASE)
    n = rng.choice([1, 2, 3, -1, -2, -3])
    target = Fr(f) * Fr(2) ** n
    mode = rng.choice(["freq", "freq", "count"])
    inst = rng.choice(["피아노", "바이올린", "소리굽쇠", "전자 건반", "기타"])
    updown = "높은" if n > 0 else "낮은"
    if mode == "freq":
        text = rng.choice([
            f"{inst}의 어떤 '{note}' 음의 진동수는 {f}Hz이다. 이 음보다 {abs(n)}옥타브 {updown} '{note}' 음의 진동수를 {_end(rng)}",
            f"한 옥타브 높은 음은 진동수가 2배이다. {f}Hz인 {note} 음보다 {abs(n)}옥타브 {updown} {note} 음은 몇 Hz인가?",
            f"진동수가 {f}Hz인 음에서 {abs(n)}옥타브 {'올라간' if n > 0 else '내려간'} 음의 진동수는 □Hz이다. □ 안에 알맞은 수를 {_end(rng, '쓰')}",
        ])
        ans = _r(target, 2)
        fmt = "fill" if "□" in text else "computation"

        def chk() -> bool:
            return abs(f * 2.0 ** n - float(ans)) < 0.006
    else:
        text = rng.choice([
            f"진동수가 {_r(min(Fr(f), target), 2)}Hz인 음과 {_r(max(Fr(f), target), 2)}Hz인 음은 몇 옥타브 차이가 나는지 {_end(rng)}",
            f"{inst}에서 {_r(min(Fr(f), target), 2)}Hz의 {note} 음과 {_r(max(Fr(f), target), 2)}Hz의 {note} 음 사이에는 몇 옥타브의 차이가 있는가?",
        ])
        ans = str(abs(n))
        fmt = "computation"

        def chk() -> bool:
            return 2 ** int(ans) == max(Fr(f), target) / min(Fr(f), target)

    d = 1 if abs(n) == 1 else 2
    return Problem(text=text, answer=ans + ("Hz" if mode == "freq" else "옥타브"), format=fmt, difficulty=d,
                   achievement_level="E" if d == 1 else "D", concepts=["거듭제곱"],
                   check=lambda: chk())


_SEMI = ["라#", "시", "도", "도#", "레", "레#", "미", "파", "파#", "솔", "솔#", "높은 라"]


@family(_S101, "equal-temperament")
def _equal_temp(rng: random.Random) -> Problem:
    k = rng.randint(1, 11)
    style = pick_style(rng)
    mode = rng.choice(["freq", "freq", "exp", "step"])
    if mode == "freq":
        base = rng.choice([440, 220, 880])
        val = base * 2 ** (k / 12)
        note = _SEMI[k - 1]
        text = rng.choice([
            f"12평균율에서는 한 옥타브를 진동수의 비가 같은 12개의 반음으로 나눈다. 진동수가 {base}Hz인 '라'보다 반음 {k}개만큼 높은 음의 진동수를 "
            f"계산기를 사용하여 반올림하여 소수 첫째 자리까지 {_end(rng)}",
            f"평균율로 조율한 피아노에서 이웃한 두 건반(반음) 사이의 진동수 비는 일정하다. {base}Hz인 라 건반에서 오른쪽으로 {k}번째 건반({note})의 진동수는 약 몇 Hz인가? "
            "(계산기 사용, 반올림하여 소수 첫째 자리까지)",
        ])
        ans = _r(val, 1) + "Hz"
        fmt, d, lev = "word", 3, "C"

        def chk() -> bool:
            r = sp.Integer(base) * sp.root(2, 12) ** k
            return abs(float(r) - float(ans[:-2])) <= 0.05 + 1e-9
    elif mode == "exp":
        e = Fr(k, 12)
        text = rng.choice([
            f"12평균율에서 반음 {k}개 차이가 나는 두 음의 진동수의 비(높은 음 : 낮은 음)는 {'$2^{□}$' if style == 'latex' else '2^□'} : 1이다. □ 안에 알맞은 수를 {_end(rng, '쓰')}",
            f"평균율 음계에서 낮은 음에서 반음 {k}개를 올라간 음의 진동수는 처음 음의 진동수의 {'$2^{□}$' if style == 'latex' else '2^(□)'}배이다. □에 알맞은 수를 {_end(rng)}",
        ])
        ans = _ans_fr(e)
        fmt, d, lev = "fill", 2, "D"

        def chk() -> bool:
            return sp.Integer(2) ** sp.Rational(e.numerator, e.denominator) == sp.root(2, 12) ** k
    else:
        r = 2 ** (k / 12)
        text = rng.choice([
            f"12평균율에서 두 음의 진동수 비가 약 {r:.4f} : 1이었다. 두 음은 반음 몇 개만큼 차이가 나는지 {_end(rng)} (단, 반음 하나의 진동수 비는 약 1.0595이다.)",
            f"평균율 피아노의 두 건반의 진동수를 재었더니 높은 음이 낮은 음의 약 {r:.4f}배였다. 두 건반은 반음 몇 개 차이인가? (단, 한 옥타브 안의 두 음이다.)",
        ])
        ans = f"{k}개"
        fmt, d, lev = "computation", 3, "B"

        def chk() -> bool:
            return round(_m.log2(float(f"{r:.4f}")) * 12) == k
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["거듭제곱근", "지수"], also=["12대수01-02"] if mode == "exp" else [], check=chk)


_INTERVALS = [(2, 1, "옥타브(완전8도)"), (3, 2, "완전5도"), (4, 3, "완전4도"), (5, 4, "장3도"),
              (6, 5, "단3도"), (9, 8, "장2도"), (5, 3, "장6도")]


@family(_S101, "interval-from-ratio")
def _interval(rng: random.Random) -> Problem:
    p, q, nm = rng.choice(_INTERVALS)
    m = rng.choice([22, 44, 48, 52, 66, 88, 110, 132])
    lo, hi = q * m, p * m
    table = rng.random() < 0.6
    tb = ""
    if table:
        rows = rng.sample([x for x in _INTERVALS if x[2] != nm], 3) + [(p, q, nm)]
        rng.shuffle(rows)
        tb = "\n".join(["음정 | 진동수의 비(높은 음 : 낮은 음)"] + [f"{c} | {a} : {b}" for a, b, c in rows]) + "\n"
    stem = rng.choice([
        f"순정률에서 두 음의 진동수가 각각 {lo}Hz, {hi}Hz일 때, 두 음이 이루는 음정은?",
        f"어느 기타의 두 줄을 동시에 튕겼더니 진동수가 {hi}Hz와 {lo}Hz인 소리가 났다. 두 음이 이루는 음정으로 알맞은 것은?",
        f"진동수가 {lo}Hz인 음과 {hi}Hz인 음을 함께 울려 화음을 만들었다. 이 두 음 사이의 음정은 무엇인가?",
    ])
    wrong = [x[2] for x in _INTERVALS if x[2] != nm]
    ch = choices(rng, nm, rng.sample(wrong, 4))
    intro = "다음은 순정률에서 음정과 진동수의 비를 나타낸 표이다.\n" + tb if table else ""
    return Problem(text=f"{intro}{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2 if table else 3,
                   achievement_level="D" if table else "C", concepts=["비"], choice=ch,
                   check=lambda: Fr(hi, lo) == Fr(p, q))


_NOTES_DUR = [("온음표", Fr(1)), ("2분음표", Fr(1, 2)), ("점2분음표", Fr(3, 4)), ("4분음표", Fr(1, 4)),
              ("점4분음표", Fr(3, 8)), ("8분음표", Fr(1, 8)), ("16분음표", Fr(1, 16))]


@family(_S101, "measure-fill")
def _measure(rng: random.Random) -> Problem:
    for _ in range(100):
        top, bot = rng.choice([(2, 4), (3, 4), (4, 4), (6, 8), (3, 8), (5, 4)])
        total = Fr(top, bot)
        k = rng.randint(1, 3)
        used = rng.choices([x for x in _NOTES_DUR if x[1] < total], k=k)
        s = sum(x[1] for x in used)
        rest = total - s
        unit_nm, unit = rng.choice([("8분음표", Fr(1, 8)), ("16분음표", Fr(1, 16))])
        if rest > 0 and (rest / unit).denominator == 1:
            break
    cnt = int(rest / unit)
    style = pick_style(rng)
    listing = ", ".join(x[0] for x in used)
    ts = f"$\\frac{{{top}}}{{{bot}}}$" if style == "latex" else f"{top}/{bot}"
    text = rng.choice([
        f"{ts}박자 악보의 한 마디에 {listing}가 차례로 들어 있다. 이 마디를 완성하려면 {unit_nm}를 몇 개 더 넣어야 하는지 {_end(rng)} "
        "(단, 온음표의 길이를 1로 본다.)",
        f"온음표의 길이를 1이라 할 때, {ts}박자의 한 마디의 길이는 {ts}이다. 한 마디에 {listing}를 넣었다면, 남은 부분을 {unit_nm}로만 채우는 데 필요한 {unit_nm}의 개수는 □개이다. □ 안에 알맞은 수를 {_end(rng, '쓰')}",
        f"{josa(name(rng), '은/는')} {ts}박자로 곡을 만들고 있다. 한 마디에 {listing}를 썼을 때, 이 마디를 채우려면 {unit_nm} 몇 개가 더 필요한가?",
    ])
    return Problem(text=text, answer=f"{cnt}개", format="fill" if "□" in text else "word",
                   difficulty=2 if k == 1 else 3, achievement_level="D" if k == 1 else "C",
                   concepts=["분수", "덧셈"], check=lambda: sum(x[1] for x in used) + cnt * unit == Fr(top, bot))


@family(_S101, "string-length-inverse")
def _string_inv(rng: random.Random) -> Problem:
    r = rng.choice([Fr(3, 2), Fr(4, 3), Fr(2), Fr(5, 4), Fr(6, 5), Fr(9, 8)])
    f1 = rng.choice([110, 120, 160, 200, 220, 240, 264, 330])
    L1 = rng.choice([48, 60, 64, 72, 80, 90, 96])
    while (Fr(L1) / r).denominator != 1 or (f1 * r).denominator != 1:
        f1 = rng.choice([120, 160, 240, 360, 480])
        L1 = rng.choice([48, 60, 72, 96, 120])
    L2, f2 = Fr(L1) / r, f1 * r
    inst = rng.choice(["가야금", "기타", "바이올린", "첼로", "해금", "모노코드"])
    mode = rng.choice(["f", "L"])
    cond = rng.choice(["(단, 현의 굵기와 장력은 같고, 진동수는 현의 길이에 반비례한다.)",
                       "(단, 같은 현에서 진동수는 진동하는 부분의 길이에 반비례한다.)"])
    if mode == "f":
        text = rng.choice([
            f"{inst}의 현을 길이 {L1}cm로 진동시켰더니 {f1}Hz의 소리가 났다. 손가락으로 눌러 진동하는 부분의 길이를 {_r(L2, 1)}cm로 하면 몇 Hz의 소리가 나는지 {_end(rng)} {cond}",
            f"길이 {L1}cm인 {inst} 현의 진동수가 {f1}Hz이다. 같은 현의 {_r(L2, 1)}cm만 진동하게 하면 진동수는 몇 Hz인가? {cond}",
        ])
        ans = f"{_r(f2, 1)}Hz"
    else:
        text = rng.choice([
            f"{inst}의 현 전체({L1}cm)를 튕기면 {f1}Hz의 소리가 난다. {_r(f2, 1)}Hz의 소리를 내려면 진동하는 현의 길이를 몇 cm로 해야 하는지 {_end(rng)} {cond}",
            f"{L1}cm 길이의 현에서 {f1}Hz가 난다. 이 현으로 {_r(f2, 1)}Hz인 음을 내기 위한 현의 길이는? {cond}",
        ])
        ans = f"{_r(L2, 1)}cm"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["반비례"], check=lambda: Fr(L1) * f1 == L2 * f2)


@family(_S101, "pythagorean-comma")
def _comma(rng: random.Random) -> Problem:
    m, n = rng.choice([(12, 7), (12, 7), (5, 3), (7, 4), (53, 31)])
    ratio = Fr(3, 2) ** m / Fr(2) ** n
    style = pick_style(rng)
    place = 4
    val = _r(ratio, place)
    higher = "완전5도를 쌓은 음" if ratio > 1 else f"{n}옥타브 위의 음"
    f32 = frac(3, 2, style)
    text = rng.choice([
        f"어떤 음에서 완전5도(진동수 {f32}배) 올리기를 {m}번 한 음과, 같은 음에서 옥타브(진동수 2배) 올리기를 {n}번 한 음을 비교하려고 한다. "
        f"(완전5도를 {m}번 쌓은 음의 진동수) ÷ ({n}옥타브 위 음의 진동수)의 값을 반올림하여 소수 넷째 자리까지 구하고, 어느 음이 더 높은지 {_end(rng, '쓰')}",
        f"피타고라스 음률에서 진동수를 {f32}배 하는 일을 {m}번 반복하면 처음 음의 약 {n}옥타브 위에 가까운 음이 된다. "
        f"이 음과 정확히 {n}옥타브 위의 음의 진동수의 비를 반올림하여 소수 넷째 자리까지 구하고, 두 음 중 높은 쪽을 말하시오.",
    ])
    ans = f"{val}, {higher}"

    def chk() -> bool:
        x = sp.Rational(3, 2) ** m / 2 ** n
        return abs(float(x) - float(val)) < 5e-5 + 1e-12 and (x > 1) == (ratio > 1)

    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B" if m != 53 else "A",
                   concepts=["거듭제곱", "비"], check=chk)


@family(_S101, "pipe-length")
def _pipe(rng: random.Random) -> Problem:
    v = rng.choice([340, 343, 346])
    kind = rng.choice(["closed", "open"])
    f = rng.choice([262, 294, 330, 349, 392, 440, 494, 523])
    L = Fr(v * 100, (4 if kind == "closed" else 2) * f)
    inst = rng.choice(["팬플루트", "PVC 파이프 실로폰", "빨대 피리", "시험관 피리"]) if kind == "closed" else rng.choice(["양끝이 열린 관", "리코더 모양의 관", "붐웨커"])
    formula = ("한쪽 끝이 막힌 관에서 나는 기본음의 진동수는 f = v/(4L)" if kind == "closed"
               else "양쪽 끝이 열린 관에서 나는 기본음의 진동수는 f = v/(2L)")
    text = rng.choice([
        f"{inst}를 만들려고 한다. {formula}이다. (v: 소리의 속력 {v}m/s, L: 관의 길이(m)) {f}Hz의 음을 내려면 관의 길이를 몇 cm로 해야 하는지 반올림하여 소수 첫째 자리까지 {_end(rng)}",
        f"{formula} (v는 소리의 속력, L은 관의 길이)로 주어진다. 소리의 속력이 {v}m/s일 때 진동수 {f}Hz인 소리를 내는 관의 길이는 약 몇 cm인가? (반올림하여 소수 첫째 자리까지)",
    ])
    ans = _r(L, 1) + "cm"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["반비례"], check=lambda: abs(v * 100 / ((4 if kind == "closed" else 2) * f) - float(ans[:-2])) <= 0.05 + 1e-9)


_MUSIC_TASKS = [
    ("유리병 {n}개에 물을 채워 '도레미파솔라시도'를 내는 악기를 만들려고 한다. 물의 높이와 소리의 높이 사이의 관계를 조사할 실험 계획(측정할 양, 측정 방법, 기록할 표)을 세우고, "
     "측정 결과를 바탕으로 각 병에 넣을 물의 양을 정하는 방법을 설명하시오."),
    ("길이가 다른 PVC 관 {n}개로 한 옥타브의 음을 내는 관 실로폰을 설계하려고 한다. 각 관의 길이를 정하는 수학적 원리를 쓰고, 관의 길이를 표로 정리한 뒤 실제 소리와 비교하는 활동 계획을 세워 보시오."),
    ("피보나치수열 1, 1, 2, 3, 5, 8, …의 각 항을 7로 나눈 나머지를 '도, 레, 미, 파, 솔, 라, 시'에 대응시켜 {n}마디의 짧은 선율을 만들어 보시오. "
     "만든 선율의 규칙을 설명하고, 이 규칙이 반복되는지 조사하시오."),
    ("자신이 좋아하는 곡 하나를 골라 박자표와 음표의 길이를 분수로 나타내어 처음 {n}마디가 박자표에 맞게 구성되었는지 확인하고, 곡 속에서 반복·대칭 등의 수학적 구조를 찾아 발표 자료를 만드시오."),
    ("고무줄 {n}개를 길이를 달리하여 상자에 걸어 간이 현악기를 만들려고 한다. 줄의 길이와 소리의 높이 사이의 관계를 이용하여 완전5도와 옥타브 화음이 나도록 줄의 길이를 정하는 방법을 설명하고 직접 만들어 보시오."),
    ("평균율과 피타고라스 음률로 조율한 '도레미파솔라시도' {n}개 음의 진동수를 공학 도구로 계산하여 표로 비교하고, 두 음률의 차이가 가장 큰 음을 찾아 그 이유를 설명하는 보고서를 작성하시오."),
]


@family(_S101, "music-activity-task")
def _music_task(rng: random.Random) -> Problem:
    i = rng.randrange(len(_MUSIC_TASKS))
    n = {0: 8, 1: 8, 2: rng.choice([4, 8]), 3: rng.choice([4, 8]), 4: rng.choice([3, 4, 5]), 5: 8}[i]
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + _MUSIC_TASKS[i].format(n=n), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["비"])


@family(_S101, "scale-table-ratios")
def _scale_table(rng: random.Random) -> Problem:
    octv = rng.choice([1, 2])
    base = 261.63 * octv
    steps = [0, 2, 4, 5, 7, 9, 11, 12]
    notes = ["도", "레", "미", "파", "솔", "라", "시", "높은 도"]
    freqs = [round(base * 2 ** (s / 12), 1) for s in steps]
    tb = "\n".join(["음 | " + " | ".join(notes), "진동수(Hz) | " + " | ".join(f"{x:.1f}" for x in freqs)])
    mode = rng.choice(["half", "fifth", "fourth"])
    if mode == "half":
        q = rng.choice(["이웃한 두 음의 진동수의 비(뒤 음 ÷ 앞 음)를 계산할 때, 그 값이 약 1.06인 두 음을 모두 찾아 쓰시오.",
                        "표에서 이웃한 두 음 사이가 반음인 곳은 두 군데이다. 진동수의 비를 계산하여 그 두 곳을 찾으시오."])
        ans = "미와 파, 시와 높은 도"
        ratios = [freqs[i + 1] / freqs[i] for i in range(7)]
        chk_ok = {i for i, r in enumerate(ratios) if r < 1.08} == {2, 6}
        fmt_lev = ("C", 3)
    elif mode == "fifth":
        r = freqs[4] / freqs[0]
        q = rng.choice([f"솔과 도의 진동수의 비(솔 ÷ 도)를 반올림하여 소수 셋째 자리까지 구하고, 순정률의 완전5도 비 {frac(3, 2, pick_style(rng))}와의 차를 구하시오.",
                        "평균율의 솔 : 도의 진동수 비를 반올림하여 소수 셋째 자리까지 구하고, 이 값이 1.5와 얼마나 차이 나는지 구하시오."])
        rr = float(_r(r, 3))
        ans = f"{_r(r, 3)}, 차 {_r(abs(1.5 - rr), 3)}"
        chk_ok = abs(rr - 2 ** (7 / 12)) < 0.002
        fmt_lev = ("B", 3)
    else:
        r = freqs[3] / freqs[0]
        q = rng.choice(["파와 도의 진동수의 비(파 ÷ 도)를 반올림하여 소수 셋째 자리까지 구하고, 4/3(≈1.333)보다 큰지 작은지 쓰시오.",
                        "도에 대한 파의 진동수의 비를 반올림하여 소수 셋째 자리까지 구하고, 순정률의 완전4도 비 4 : 3과 비교하여 큰지 작은지 쓰시오."])
        rr = float(_r(r, 3))
        ans = f"{_r(r, 3)}, {'크다' if rr > 4 / 3 else '작다'}"
        chk_ok = abs(rr - 2 ** (5 / 12)) < 0.002
        fmt_lev = ("B", 3)
    intro = rng.choice(["다음은 평균율로 조율한 건반의 한 옥타브 음의 진동수를 나타낸 표이다.",
                        f"{josa(name(rng), '이/가')} 조율 앱으로 전자 건반의 음을 측정하여 정리한 표이다."])
    return Problem(text=f"{intro}\n{tb}\n{q}", answer=ans, format="data", difficulty=fmt_lev[1],
                   achievement_level=fmt_lev[0], concepts=["비", "표"], check=lambda: chk_ok)


# =================================================================================================
# 12수문01-02 미술과 수학
# =================================================================================================
_PHI = (1 + 5 ** 0.5) / 2


@family(_S102, "golden-rectangle")
def _golden_rect(rng: random.Random) -> Problem:
    mode = rng.choice(["long", "short", "mcq"])
    obj = rng.choice(["액자", "명함", "엽서", "포스터", "창문", "책 표지", "캔버스"])
    if mode == "long":
        a = rng.choice([10, 12, 15, 20, 24, 30, 40, 50])
        text = rng.choice([
            f"가로와 세로의 비가 황금비(약 1.618 : 1)인 {josa(obj, '을/를')} 만들려고 한다. 짧은 변의 길이가 {a}cm일 때, 긴 변의 길이를 반올림하여 소수 첫째 자리까지 {_end(rng)} (단, 황금비는 1.618 : 1로 계산한다.)",
            f"짧은 변이 {a}cm인 황금 직사각형 모양의 {obj}에서 긴 변은 약 몇 cm인가? (황금비 1 : 1.618을 이용하고, 반올림하여 소수 첫째 자리까지)",
        ])
        ans = _r(Decimal(a) * Decimal("1.618"), 1) + "cm"
        fmt, d, lev = "word", 1, "D"

        def chk() -> bool:
            return abs(a * 1.618 - float(ans[:-2])) <= 0.05 + 1e-9
    elif mode == "short":
        b = rng.choice([81, 97, 113, 130, 146, 162])
        text = rng.choice([
            f"긴 변의 길이가 {b}cm인 {josa(obj, '을/를')} 황금 직사각형 모양으로 만들려고 한다. 짧은 변의 길이를 반올림하여 정수로 {_end(rng)} (단, 황금비는 1.618 : 1로 계산한다.)",
            f"가로가 {b}cm인 {obj}의 가로와 세로의 비가 1.618 : 1이 되도록 하려면 세로를 약 몇 cm로 하면 되는가? (반올림하여 정수로)",
        ])
        ans = str(round(b / 1.618)) + "cm"
        fmt, d, lev = "word", 2, "D"

        def chk() -> bool:
            return abs(b - 1.618 * int(ans[:-2])) <= 1.618 / 2
    else:
        good = rng.choice([(34, 21), (55, 34), (89, 55), (21, 13), (16.2, 10)])
        bad_pool = [(4, 3), (16, 9), (3, 2), (297, 210), (5, 4), (2, 1), (7, 5), (10, 9)]
        bad = rng.sample(bad_pool, 4)
        fmt_pair = lambda t: f"{t[0]:g}cm × {t[1]:g}cm"  # noqa: E731
        ch = choices(rng, fmt_pair(good), [fmt_pair(t) for t in bad])
        text = rng.choice([f"다음 직사각형 모양의 {obj} 중 가로와 세로의 비가 황금비(약 1.618 : 1)에 가장 가까운 것은?\n{ch.block}",
                           f"{josa(name(rng), '은/는')} 황금비를 이용한 {josa(obj, '을/를')} 고르려고 한다. 긴 변과 짧은 변의 비가 황금비에 가장 가까운 것은?\n{ch.block}"])
        ans = ch.label
        fmt, d, lev = "mcq", 2, "C"

        def chk() -> bool:
            best = min([good, *bad], key=lambda t: abs(t[0] / t[1] - _PHI))
            return best == good
        return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                       concepts=["비", "직사각형"], choice=ch, check=chk)
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["비", "직사각형"], check=chk)


@family(_S102, "golden-section-exact")
def _golden_exact(rng: random.Random) -> Problem:
    L = rng.choice([2, 4, 6, 8, 10, 12, 20])
    style = pick_style(rng)
    x = sp.Symbol("x", positive=True)
    ans_e = sp.Rational(L, 2) * (sp.sqrt(5) - 1)
    k = L // 2
    kk = "" if k == 1 else str(k)
    shown = f"${kk}\\sqrt{{5}}-{k}$" if style == "latex" else f"{kk}√5 − {k}"
    text = rng.choice([
        f"길이가 {L}인 선분 AB 위의 점 P가 AP > PB이고 AB : AP = AP : PB를 만족할 때, 점 P는 선분 AB를 황금분할한다고 한다. 선분 AP의 길이를 {_end(rng)}",
        f"고대 그리스의 건축가들이 즐겨 쓴 황금분할은 선분 전체와 긴 부분의 비가 긴 부분과 짧은 부분의 비와 같도록 나누는 것이다. 길이가 {L}m인 기둥을 황금분할할 때 긴 부분의 길이는 몇 m인지 {_end(rng)}",
        f"길이가 {L}cm인 막대를 두 부분으로 나누어 (전체) : (긴 부분) = (긴 부분) : (짧은 부분)이 되게 하려고 한다. 긴 부분의 길이를 x cm라 할 때, x의 값을 {_end(rng)}",
    ])

    def chk() -> bool:
        sol = [s for s in sp.solve(sp.Eq(x ** 2, L * (L - x)), x) if s.is_positive]
        return len(sol) == 1 and sp.simplify(sol[0] - ans_e) == 0

    return Problem(text=text, answer=shown,
                   format="computation" if "선분 AB" in text else "word", difficulty=3, achievement_level="B",
                   concepts=["비례식", "이차방정식", "근의 공식"], check=chk)


_VERTEX = [(3, 3, 3, 3, 6), (3, 12, 12), (4, 8, 8), (3, 4, 6, 4), (4, 6, 12), (3, 3, 4, 3, 4), (3, 6, 3, 6), (3, 3, 3, 4, 4)]
_POLY_NM = {3: "정삼각형", 4: "정사각형", 5: "정오각형", 6: "정육각형", 8: "정팔각형", 10: "정십각형", 12: "정십이각형", 9: "정구각형"}


def _interior(n: int) -> Fr:
    return Fr(180 * (n - 2), n)


@family(_S102, "tessellation-vertex")
def _tess_vertex(rng: random.Random) -> Problem:
    mode = rng.choice(["vertex", "vertex", "regular"])
    if mode == "vertex":
        cfg = list(rng.choice(_VERTEX))
        hide = rng.randrange(len(cfg))
        missing = cfg[hide]
        shown = cfg[:hide] + cfg[hide + 1:]
        cnt: dict[int, int] = {}
        for k in shown:
            cnt[k] = cnt.get(k, 0) + 1
        desc = ", ".join(f"{_POLY_NM[k]} {c}개" for k, c in sorted(cnt.items()))
        text = rng.choice([
            f"정다각형 타일로 평면을 빈틈없이 덮는 쪽매맞춤 작품에서 한 꼭짓점에 {desc}와 다른 정다각형 1개가 모여 있다. 나머지 한 정다각형은 무엇인지 {_end(rng, '쓰')}",
            f"에셔의 작품처럼 쪽매맞춤을 만들던 {josa(name(rng), '이/가')} 한 꼭짓점 주위에 {desc}를 붙였더니 한 개의 정다각형이 들어갈 자리만 남았다. 남은 자리에 들어갈 정다각형을 {_end(rng, '쓰')}",
            f"한 꼭짓점에 {desc}와 정□각형 1개가 빈틈없이 겹치지 않게 모여 있다. □ 안에 알맞은 수를 {_end(rng, '쓰')}",
        ])
        ans = _POLY_NM[missing] if "□" not in text else str(missing)
        fmt = "fill" if "□" in text else "word"

        def chk() -> bool:
            rest = 360 - sum(_interior(k) for k in shown)
            n = sp.solve(sp.Eq(sp.Rational(180) * (sp.Symbol("n") - 2) / sp.Symbol("n"), sp.Rational(rest.numerator, rest.denominator)))
            return len(n) == 1 and int(n[0]) == missing
        return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="C",
                       concepts=["정다각형", "내각"], check=chk)
    good = rng.choice([3, 4, 6])
    bad = [5, 7, 8, 9, 10, 12]
    opts = [_POLY_NM.get(k, f"정{k}각형") for k in bad if k in _POLY_NM] + ["정칠각형"]
    ch = choices(rng, _POLY_NM[good], opts, sort_key=lambda s: [3, 4, 5, 6, 7, 8, 9, 10, 12][["정삼각형", "정사각형", "정오각형", "정육각형", "정칠각형", "정팔각형", "정구각형", "정십각형", "정십이각형"].index(s)])
    text = rng.choice([f"한 종류의 정다각형만으로 평면을 빈틈없이 채우는 쪽매맞춤을 할 수 있는 것은?\n{ch.block}",
                       f"같은 모양의 정다각형 타일만 사용하여 욕실 바닥을 틈 없이 덮으려고 한다. 사용할 수 있는 타일 모양은?\n{ch.block}"])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["정다각형", "내각"], choice=ch, check=lambda: (360 / _interior(good)).denominator == 1)


@family(_S102, "perspective-similar")
def _perspective(rng: random.Random) -> Problem:
    H = rng.choice([3, 4, 5, 6, 8, 10, 12, 15])  # m
    D = rng.choice([20, 25, 30, 40, 50, 60])  # m
    d = rng.choice([40, 50, 60, 80])  # cm
    h = Fr(H * 100 * d, D * 100)  # cm
    while (h * 10).denominator != 1:
        D = rng.choice([20, 25, 40, 50])
        h = Fr(H * 100 * d, D * 100)
    obj = rng.choice(["나무", "전봇대", "가로등", "탑", "깃대"])
    mode = rng.choice(["h", "D"])
    if mode == "h":
        text = rng.choice([
            f"원근법으로 풍경을 그리기 위해 눈에서 {d}cm 떨어진 곳에 투명한 유리판을 세우고, 유리판 너머 {D}m 떨어진 높이 {H}m의 {josa(obj, '을/를')} 유리판 위에 그렸다. 그림 속 {obj}의 높이는 몇 cm인지 {_end(rng)} (단, 눈높이는 {obj}의 밑동과 같은 높이로 본다.)",
            f"알베르티의 창처럼 눈앞 {d}cm에 세운 화면에 {D}m 앞에 있는 높이 {H}m인 {josa(obj, '을/를')} 투영하여 그린다. 화면에 그려지는 {obj}의 높이를 {_end(rng)} (단, 눈은 {obj}의 밑동과 같은 높이에 있다.)",
        ])
        ans = f"{_r(h, 1)}cm"

        def chk() -> bool:
            return Fr(ans[:-2]) * D * 100 == H * 100 * d
    else:
        text = rng.choice([
            f"눈에서 {d}cm 떨어진 화면에 높이 {H}m인 {josa(obj, '이/가')} {_r(h, 1)}cm로 그려졌다. 이 {josa(obj, '은/는')} 눈에서 몇 m 떨어져 있는지 {_end(rng)} (단, 눈은 {obj}의 밑동과 같은 높이에 있다.)",
            f"원근법 그림에서 화면이 눈에서 {d}cm 앞에 있을 때, 실제 높이 {H}m인 {josa(obj, '이/가')} 화면에 {_r(h, 1)}cm 높이로 보였다. 눈과 {obj} 사이의 거리는?",
        ])
        ans = f"{D}m"

        def chk() -> bool:
            return Fr(H * 100 * d) / h == D * 100
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["닮음", "닮음비"], check=chk)


@family(_S102, "rosette-symmetry")
def _rosette(rng: random.Random) -> Problem:
    n = rng.choice([3, 4, 5, 6, 8, 10, 12])
    obj = rng.choice(["단청 문양", "전통 창살 무늬", "스테인드글라스의 장미창", "만다라 그림", "눈 결정 모양의 장식", "연꽃 무늬 와당"])
    mode = rng.choice(["angle", "copies", "axes"])
    style = pick_style(rng)
    deg = "$^{\\circ}$" if style == "latex" else "°"
    if mode == "angle":
        text = rng.choice([f"어떤 {josa(obj, '은/는')} 같은 모양이 중심을 둘러싸고 {n}번 되풀이되어 있다. 이 무늬를 중심에 대하여 돌려 처음 모양과 겹치게 하는 가장 작은 회전 각의 크기를 {_end(rng)}",
                           f"한 무늬 조각을 중심의 둘레로 {n}개 돌려 붙여 만든 {obj}에서 가장 작은 회전 대칭 각은 몇 도인가?"])
        ans = f"{360 // n if 360 % n == 0 else _r(Fr(360, n), 1)}°"
        ok = Fr(360, n) * n == 360
    elif mode == "copies":
        a = Fr(360, n)
        text = rng.choice([f"무늬 조각 하나를 중심을 기준으로 {_r(a, 1)}{deg}씩 돌려 가며 붙여서 {josa(obj, '을/를')} 완성하려고 한다. 처음 조각을 포함하여 조각이 모두 몇 개 필요한지 {_end(rng)}",
                           f"{obj} 디자인에서 기본 조각을 {_r(a, 1)}{deg}씩 회전하여 한 바퀴를 채우면 기본 조각은 모두 몇 개 쓰이는가?"])
        ans = f"{n}개"
        ok = a * n == 360
    else:
        text = rng.choice([f"{_POLY_NM[n]} 모양의 틀 안에 그린 {josa(obj, '은/는')} {_POLY_NM[n]}과 똑같은 대칭성을 갖는다. 이 무늬의 대칭축의 개수와, 처음 모양과 겹치게 하는 가장 작은 회전 각의 크기를 차례로 {_end(rng)}",
                           f"{josa(_POLY_NM[n], '을/를')} 바탕으로 그린 {obj}의 대칭축은 모두 몇 개이고, 처음 모양과 겹치게 하는 가장 작은 회전 각은 몇 도인가? (단, 무늬는 {josa(_POLY_NM[n], '과/와')} 같은 대칭성을 갖는다.)"])
        ans = f"{n}개, {_r(Fr(360, n), 1)}°"
        ok = True
    return Problem(text=text, answer=ans, format="computation" if mode != "copies" else "word",
                   difficulty=2, achievement_level="D", concepts=["대칭축", "정다각형"], check=lambda: ok)


_FRACTALS = [
    ("시에르핀스키 삼각형", "정삼각형의 각 변의 중점을 이어 생기는 가운데 삼각형을 지우는", 3, Fr(3, 4), "삼각형", 2),
    ("시에르핀스키 카펫", "정사각형을 합동인 정사각형 9개로 나누고 가운데 하나를 지우는", 8, Fr(8, 9), "정사각형", 3),
    ("칸토어 집합", "선분을 삼등분하여 가운데 부분을 지우는", 2, Fr(2, 3), "선분", 3),
]


@family(_S102, "fractal-count")
def _fractal(rng: random.Random) -> Problem:
    mode = rng.choice(["count", "measure", "koch", "dim"])
    n = rng.randint(3, 6)
    if mode in ("count", "measure"):
        nm, rule, N, r, piece, s = rng.choice(_FRACTALS)
        what = {"시에르핀스키 삼각형": "넓이", "시에르핀스키 카펫": "넓이", "칸토어 집합": "길이의 합"}[nm]
        if mode == "count":
            text = rng.choice([f"{josa(nm, '은/는')} {rule} 과정을 되풀이하여 만든다. 이 과정을 {n}번 반복했을 때 남아 있는 {piece}의 개수를 {_end(rng)}",
                               f"처음 도형에서 {rule} 과정을 {n}회 반복하여 {josa(nm, '을/를')} 만들었다. 남은 {josa(piece, '은/는')} 몇 개인가?"])
            ans = f"{N ** n}개"
            ok = True
            d, lev = 2, "D"
        else:
            text = rng.choice([f"{josa(what, '이/가')} 1인 처음 도형에서 {rule} 과정을 {n}번 반복하여 {josa(nm, '을/를')} 만들었다. 남은 부분의 {josa(what, '을/를')} 기약분수로 {_end(rng)}",
                               f"{nm}의 처음 도형의 {josa(what, '이/가')} 1일 때, {rule} 과정을 {n}번 반복한 후 남은 부분의 {josa(what, '은/는')} 얼마인가? (기약분수로 답하시오.)"])
            ans = _ans_fr(r ** n)
            ok = Fr(N ** n, s ** (2 * n) if piece != "선분" else 3 ** n) == r ** n
            d, lev = 3, "C"
        return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=lev,
                       concepts=["등비수열", "거듭제곱"], check=lambda: ok)
    if mode == "koch":
        L = rng.choice([9, 27, 81])
        per = Fr(3 * L) * Fr(4, 3) ** n
        text = rng.choice([f"한 변의 길이가 {L}cm인 정삼각형의 각 변을 삼등분하여 가운데 부분에 바깥쪽으로 정삼각형을 붙이는 과정을 {n}번 반복하여 코흐 눈송이를 만들었다. 이 도형의 둘레의 길이를 {_end(rng)}",
                           f"코흐 눈송이는 정삼각형에서 시작하여 각 선분을 길이가 1/3인 선분 4개로 바꾸는 과정을 되풀이한 도형이다. 처음 정삼각형의 한 변이 {L}cm일 때, {n}단계 후의 둘레의 길이는 몇 cm인가?"])
        ans = _ans_fr(per) + "cm"
        return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                       concepts=["등비수열"], check=lambda: Fr(ans[:-2]) == 3 * 4 ** n * Fr(L, 3 ** n))
    nm, rule, N, r, piece, s = rng.choice(_FRACTALS)
    if nm == "시에르핀스키 카펫":
        s = 3
    val = _m.log(N) / _m.log(s)
    text = rng.choice([f"자기닮음 도형이 닮음비 1/k인 조각 N개로 이루어질 때, 그 도형의 차원을 log N / log k로 정의한다. {nm}({rule} 과정을 되풀이한 도형)의 차원을 반올림하여 소수 셋째 자리까지 {_end(rng)}",
                       f"{josa(nm, '은/는')} 전체와 닮은 작은 조각 {N}개로 이루어지고, 조각과 전체의 닮음비는 1 : {s}이다. 닮음 차원 D가 {s}^D = {josa(str(N), '을/를')} 만족할 때, D의 값을 반올림하여 소수 셋째 자리까지 구하시오."])
    return Problem(text=text, answer=_r(val, 3), format="computation", difficulty=4, achievement_level="B",
                   concepts=["로그", "상용로그"], also=["12대수01-05"],
                   check=lambda: abs(s ** float(_r(val, 3)) - N) < 0.01 * N)


@family(_S102, "paper-sqrt2-ratio")
def _paper(rng: random.Random) -> Problem:
    mode = rng.choice(["down", "up", "area", "A0"])
    style = pick_style(rng)
    sq2 = "$\\sqrt{2}$" if style == "latex" else "√2"
    if mode == "down":
        k = rng.randint(1, 3)
        w, h = 210, 297
        for _ in range(k):
            w, h = h // 2, w
        text = rng.choice([f"A4 용지(210mm × 297mm)를 긴 변의 중점을 잇는 선으로 반으로 자르면 A5 용지가 되고, 이를 다시 반으로 자르면 A6 용지가 된다. A{4 + k} 용지의 짧은 변과 긴 변의 길이를 차례로 {_end(rng)} (단, mm 미만은 버린다.)",
                           f"A4 종이(210 × 297, 단위 mm)를 반으로 접어 자르는 일을 {k}번 하였다. 얻은 종이의 가로, 세로의 길이를 {_end(rng)} (mm 미만은 버림)"])
        ans = f"{w}mm, {h}mm"
        ok = w < h
        d = 2
    elif mode == "up":
        text = rng.choice([f"A 계열 용지는 가로와 세로의 비가 1 : {sq2}이므로 반으로 잘라도 처음 용지와 닮은 모양이 된다. A4 용지 두 장을 긴 변끼리 붙이면 A3 용지가 될 때, A3 용지와 A4 용지의 닮음비를 {_end(rng)}",
                           f"A3 용지는 A4 용지 2장을 이어 붙인 크기이고 두 용지는 닮은 도형이다. A4 용지의 넓이에 대한 A3 용지의 넓이의 비와, A4에 대한 A3의 닮음비를 차례로 {_end(rng)}"])
        ans = f"{sq2} : 1" if "닮음비를 " in text and "넓이의 비" not in text else f"2 : 1, {sq2} : 1"
        ok = True
        d = 3
    elif mode == "area":
        a, b = sorted(rng.sample([0, 1, 2, 3, 4, 5, 6], 2))
        text = rng.choice([f"A{b} 용지를 반으로 자르는 일을 되풀이하면 A{b + 1}, A{b + 2}, … 용지가 된다. A{a} 용지의 넓이는 A{b} 용지의 넓이의 몇 배인지 {_end(rng)}",
                           f"A{a} 용지 한 장을 잘라 A{b} 용지를 최대 몇 장 만들 수 있는가? (단, A(n+1) 용지는 A(n) 용지를 반으로 자른 것이다.)"])
        ans = f"{2 ** (b - a)}" + ("배" if "몇 배" in text else "장")
        ok = True
        d = 2
    else:
        short = 2 ** (-0.25)
        text = rng.choice([f"A0 용지는 넓이가 1m²이고 짧은 변과 긴 변의 길이의 비가 1 : {sq2}인 직사각형이다. A0 용지의 짧은 변의 길이를 반올림하여 mm 단위까지 {_end(rng)}",
                           f"넓이가 1m²이고 가로 : 세로 = 1 : {sq2}인 종이(A0)의 가로의 길이는 약 몇 mm인가? (반올림하여 정수로)"])
        ans = f"{round(short * 1000)}mm"
        ok = abs(round(short * 1000) ** 2 * 2 ** 0.5 - 1e6) < 3000
        d = 4
    return Problem(text=text, answer=ans, format="computation" if mode != "down" else "word", difficulty=d,
                   achievement_level={2: "D", 3: "C", 4: "B"}[d], concepts=["닮음비", "제곱근"], check=lambda: ok)


@family(_S102, "photo-thirds-grid")
def _photo(rng: random.Random) -> Problem:
    W, H = rng.choice([(1800, 1200), (3600, 2400), (5400, 3600), (1920, 1080), (4500, 3000), (2400, 1800), (1200, 900)])
    mode = rng.choice(["thirds", "golden"])
    who = name(rng)
    if mode == "thirds":
        text = rng.choice([
            f"{josa(who, '은/는')} 삼분할 구도로 사진을 찍으려고 한다. 가로 {W}픽셀, 세로 {H}픽셀인 사진을 가로와 세로로 각각 삼등분하는 선을 그을 때 생기는 교점 4개 중, 왼쪽 위 모서리를 원점으로 하여 가장 오른쪽 아래에 있는 교점의 좌표를 {_end(rng)} (단, 오른쪽과 아래쪽을 양의 방향으로 한다.)",
            f"가로 {W}픽셀, 세로 {H}픽셀의 화면을 삼분할하는 격자에서 교점은 4개이다. 왼쪽 위 꼭짓점을 (0, 0)으로, 오른쪽을 x축, 아래쪽을 y축의 양의 방향으로 할 때 네 교점의 좌표를 모두 {_end(rng, '쓰')}",
        ])
        if "모두" in text:
            ans = ", ".join(f"({x}, {y})" for x in (W // 3, 2 * W // 3) for y in (H // 3, 2 * H // 3))
        else:
            ans = f"({2 * W // 3}, {2 * H // 3})"
        ok = W % 3 == 0 and H % 3 == 0
    else:
        x = W / _PHI
        text = rng.choice([
            f"가로 {W}픽셀인 사진에서 주인공을 황금분할 위치에 두려고 한다. 왼쪽 끝에서 가로 길이의 1/1.618만큼 떨어진 세로선 위에 주인공을 놓을 때, 이 선은 왼쪽 끝에서 약 몇 픽셀 떨어져 있는지 반올림하여 정수로 {_end(rng)}",
            f"{josa(who, '이/가')} 가로 {W}픽셀 사진의 가로를 황금비(약 1.618 : 1)로 나누는 세로선을 그으려 한다. 왼쪽의 긴 부분의 길이를 반올림하여 정수로 {_end(rng)} (단, 황금비는 1.618 : 1로 계산한다.)",
        ])
        ans = f"{round(W / 1.618)}픽셀"
        ok = abs(round(W / 1.618) - x) < 2
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["좌표", "비"], check=lambda: ok)


def _fib(n: int) -> list[int]:
    f = [1, 1]
    while len(f) < n:
        f.append(f[-1] + f[-2])
    return f[:n]


@family(_S102, "fibonacci-squares")
def _fib_squares(rng: random.Random) -> Problem:
    n = rng.randint(5, 10)
    f = _fib(n + 1)
    unit = rng.choice(["cm", "mm", "칸"])
    side_txt = ", ".join(str(x) for x in f[:5]) + ", …"
    mode = rng.choice(["rect", "area", "ratio"])
    intro = rng.choice([
        f"한 변의 길이가 {side_txt}인 정사각형을 차례로 이어 붙여 나선 모양의 그림을 그리고 있다. 각 정사각형 안에 사분원을 그리면 '황금 나선'과 비슷한 곡선이 된다.",
        f"피보나치수열 {side_txt}을 한 변의 길이로 하는 정사각형을 소용돌이 모양으로 붙여 나가면 직사각형이 점점 커진다.",
    ])
    if mode == "rect":
        q = f"정사각형을 {n}개 붙였을 때 만들어지는 직사각형의 두 변의 길이를 {_end(rng)} (단위: {unit})"
        ans = f"{f[n - 1]}{unit if unit != '칸' else ''}, {f[n]}{unit if unit != '칸' else ''}" if unit != "칸" else f"{f[n - 1]}칸, {f[n]}칸"
        ok = sum(x * x for x in f[:n]) == f[n - 1] * f[n]
        fmt, d, lev = "word", 2, "C"
    elif mode == "area":
        q = f"정사각형 {n}개의 넓이의 합을 {_end(rng)} (단, 길이의 단위는 {unit}이다.)" if unit != "칸" else f"정사각형 {n}개가 차지하는 칸의 수의 합을 {_end(rng)}"
        tot = f[n - 1] * f[n]
        ans = f"{tot}{unit}²" if unit != "칸" else f"{tot}칸"
        ok = sum(x * x for x in f[:n]) == tot
        fmt, d, lev = "computation", 3, "B"
    else:
        q = f"{n}개의 정사각형을 붙여 만든 직사각형의 긴 변과 짧은 변의 길이의 비의 값을 반올림하여 소수 셋째 자리까지 구하고, 어떤 수에 가까워지는지 {_end(rng, '쓰')}"
        ans = f"{_r(Fr(f[n], f[n - 1]), 3)}, 황금비(약 1.618)"
        ok = abs(f[n] / f[n - 1] - _PHI) < 0.07
        fmt, d, lev = "computation", 3, "C"
    return Problem(text=f"{intro}\n{q}", answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["수열", "정사각형"], check=lambda: ok)


_ART_TASKS = [
    "정삼각형, 정사각형, 정육각형 중 하나를 골라 한 변을 잘라 맞은편 변에 붙이는 방법(평행이동)이나 한 꼭짓점을 중심으로 돌려 붙이는 방법(회전이동)으로 에셔풍의 쪽매맞춤 타일을 디자인하시오. 사용한 이동 방법과 빈틈없이 채워지는 까닭을 설명하시오.",
    "학교 안에서 소실점이 {k}개인 원근법 구도의 사진을 찍고, 사진 위에 소실점과 소실선을 표시하시오. 사진 속 같은 높이의 물체(창문, 기둥 등)의 크기가 거리에 따라 어떻게 변하는지 닮음을 이용하여 설명하시오.",
    "주변의 사물(책, 신용카드, 모니터, 창문 등) {k}가지의 가로와 세로를 재어 긴 변 ÷ 짧은 변의 값을 표로 정리하고, 황금비(약 1.618)나 백은비(약 1.414)에 가까운 것을 찾아 그 까닭을 조사하여 발표하시오.",
    "몬드리안의 작품처럼 직사각형만으로 이루어진 구성 작품을 그리되, 직사각형 중 적어도 {k}개는 가로와 세로의 비가 황금비가 되도록 설계하시오. 각 직사각형의 크기를 정한 계산 과정을 함께 제시하시오.",
    "시에르핀스키 삼각형이나 코흐 눈송이를 {k}단계까지 직접 그리거나 공학 도구로 만들어 전시 작품을 완성하시오. 단계마다 도형의 개수, 둘레, 넓이가 어떻게 변하는지 표로 정리하여 작품 설명문에 넣으시오.",
    "우리 전통 문양(단청, 창살, 보자기 등)에서 대칭과 반복이 나타나는 예 {k}가지를 찾아 사진으로 모으고, 각 문양에 나타난 대칭축, 회전 각, 평행이동의 방향을 표시한 감상문을 작성하시오.",
]


@family(_S102, "art-activity-task")
def _art_task(rng: random.Random) -> Problem:
    t = rng.choice(_ART_TASKS)
    k = rng.choice([2, 3]) if "소실점" in t or "적어도" in t else rng.choice([3, 4, 5])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["닮음", "대칭"])


# =================================================================================================
# 12수문01-03 문학과 수학
# =================================================================================================
# (unit fractions a, b, c) with 1/a + 1/b + 1/c = n/(n+1): the "borrowed camel" inheritance puzzle
_CAMEL = [(2, 3, 9), (2, 4, 6), (2, 3, 8), (2, 4, 5), (2, 3, 12), (2, 3, 7)]


@family(_S103, "borrowed-camel")
def _camel(rng: random.Random) -> Problem:
    for _ in range(50):
        a, b, c = rng.choice(_CAMEL)
        tot = Fr(1, a) + Fr(1, b) + Fr(1, c)
        if tot.numerator + 1 == tot.denominator:
            break
    n = tot.numerator
    style = pick_style(rng)
    heirs = rng.sample(["첫째", "둘째", "셋째"], 3)
    heirs.sort(key=["첫째", "둘째", "셋째"].index)
    animal, cnt = rng.choice([("낙타", "마리"), ("양", "마리"), ("말", "마리"), ("금화", "닢")])
    shares = ", ".join(f"{h}에게 {_fr(Fr(1, k), style)}" for h, k in zip(heirs, (a, b, c), strict=True))
    story = rng.choice([
        f"수학 소설 『계산하는 사람』에는 다음과 같은 이야기가 나온다. 한 상인이 {animal} {n}{cnt}를 남기며 {shares}을 나누어 주라고 유언하였다. 세 아들이 나누지 못해 다투자, 지나가던 수학자가 자신의 {animal} 1{cnt}를 보태어 나누어 준 뒤, 남은 1{cnt}를 도로 가져갔다.",
        f"옛이야기에서 한 노인이 {animal} {n}{cnt}를 세 자녀에게 물려주며 {shares}씩 나누라고 하였다. 지혜로운 이웃이 {animal} 1{cnt}를 빌려주어 {n + 1}{cnt}로 만든 다음 유언대로 나누었더니 1{cnt}가 남아 돌려받을 수 있었다.",
    ])
    mode = rng.choice(["each", "why"])
    if mode == "each":
        q = rng.choice([f"이때 세 사람이 받은 {animal}는 각각 몇 {cnt}인지 차례로 {_end(rng)}",
                        f"{heirs[0]}, {heirs[1]}, {heirs[2]}가 받은 {animal}의 수를 차례로 {_end(rng, '쓰')}"])
        ans = ", ".join(f"{(n + 1) // k}{cnt}" for k in (a, b, c))
        fmt, d, lev = "word", 2, "C"
        ok = sum((n + 1) // k for k in (a, b, c)) == n
    else:
        q = rng.choice([f"유언에 적힌 세 분수의 합을 구하고, 이를 이용하여 수학자가 빌려준 {animal} 1{cnt}를 되돌려 받을 수 있었던 까닭을 {_end(rng, '설')}",
                        f"세 자녀의 몫의 합은 전체의 몇 분의 몇인지 구하고, 빌린 1{cnt}가 남게 된 이유를 {_end(rng, '설')}"])
        ans = f"합은 {_ans_fr(tot)}이므로 {n + 1}{cnt}의 {_ans_fr(tot)}인 {n}{cnt}만 나누어 주게 되어 1{cnt}가 남는다."
        fmt, d, lev = "proof", 3, "B"
        ok = tot == Fr(n, n + 1)
    return Problem(text=f"{story}\n{q}", answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["분수", "통분"], check=lambda: ok)


@family(_S103, "gulliver-scale")
def _gulliver(rng: random.Random) -> Problem:
    k = rng.choice([12, 12, 10, 8, 6])
    mode = rng.choice(["food", "cloth", "height"])
    if mode == "food":
        text = rng.choice([
            f"『걸리버 여행기』에서 소인국 사람들의 키는 걸리버의 1/{k}이다. 몸의 각 부분의 길이가 모두 1/{k}이라고 할 때, 걸리버가 먹는 음식의 양은 소인국 사람 몇 명분에 해당하는지 {_end(rng)} (단, 먹는 양은 몸의 부피에 비례한다.)",
            f"소설 속 소인국 사람의 모든 길이는 걸리버의 {k}분의 1이다. 먹는 양이 부피에 비례한다면, 걸리버 한 사람의 식사는 소인 몇 명의 식사량과 같은가?",
        ])
        ans = f"{k ** 3}명분"
        ok = (Fr(1, k) ** 3) * k ** 3 == 1
        d, lev = 3, "C"
    elif mode == "cloth":
        text = rng.choice([
            f"『걸리버 여행기』에서 소인국 재봉사들이 걸리버의 옷을 만들려고 한다. 소인의 모든 길이가 걸리버의 1/{k}일 때, 걸리버의 옷 한 벌을 만드는 데 드는 옷감은 소인 옷 몇 벌을 만드는 양과 같은지 {_end(rng)} (단, 옷감의 양은 겉넓이에 비례한다.)",
            f"소인국 사람의 키가 걸리버의 {k}분의 1이고 체형은 닮았다. 걸리버의 옷에 필요한 천의 넓이는 소인 옷의 몇 배인가?",
        ])
        ans = f"{k ** 2}" + ("벌" if "몇 벌" in text else "배")
        ok = True
        d, lev = 2, "C"
    else:
        h = rng.choice([Fr(15, 100), Fr(16, 100), Fr(14, 100)])
        text = rng.choice([
            f"소설 속 거인국에서는 모든 것이 걸리버가 사는 세계의 {k}배 크기이다. 걸리버 세계에서 높이 {_r(h * 100, 0)}cm인 컵은 거인국에서 높이가 몇 cm인지 {_end(rng)}",
            f"『걸리버 여행기』의 거인국에서는 길이가 모두 {k}배이다. 거인국의 컵의 부피는 걸리버 세계의 같은 컵의 부피의 몇 배인지 구하고, 높이 {_r(h * 100, 0)}cm인 컵이 거인국에서는 몇 cm가 되는지 쓰시오.",
        ])
        ans = f"{_r(h * 100 * k, 0)}cm" if "부피" not in text else f"{k ** 3}배, {_r(h * 100 * k, 0)}cm"
        ok = True
        d, lev = 2, "D"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["닮음비", "거듭제곱"], check=lambda: ok)


def _sigma(n: int) -> int:
    """Sum of the proper divisors of n."""
    return sum(d for d in range(1, n // 2 + 1) if n % d == 0)


@family(_S103, "amicable-perfect")
def _amicable(rng: random.Random) -> Problem:
    mode = rng.choice(["amicable", "perfect", "classify"])
    book = rng.choice(["소설 『박사가 사랑한 수식』", "수학 소설", "한 추리 소설"])
    if mode == "amicable":
        a, b = rng.choice([(220, 284), (1184, 1210), (2620, 2924)])
        x = rng.choice([a, b])
        text = rng.choice([
            f"{book}에서는 자기 자신을 제외한 약수의 합이 서로 상대방이 되는 두 수를 '우애수'라 부르며 소개한다. {x}의 약수 중 {x}을(를) 제외한 약수의 합을 {_end(rng)}",
            f"{book}에 나오는 우애수는 두 수 중 한 수의 진약수(자기 자신을 제외한 약수)의 합이 다른 수와 같고, 그 반대도 성립하는 수의 쌍이다. {x}과(와) 우애수를 이루는 수를 {_end(rng)}",
        ])
        ans = str(_sigma(x))
        ok = _sigma(_sigma(x)) == x
        d, lev = 3, "C"
        fmt = "computation"
        text = text.replace(f"{x}을(를)", josa(str(x), "을/를")).replace(f"{x}과(와)", josa(str(x), "과/와"))
    elif mode == "perfect":
        n = rng.choice([6, 28, 496])
        text = rng.choice([
            f"{book}에서 주인공은 자기 자신을 제외한 약수의 합이 자기 자신과 같은 수를 '완전수'라고 부르며 매우 아꼈다. {n}이 완전수임을 확인하기 위해 {n}의 약수를 모두 쓰고, 자기 자신을 제외한 약수의 합을 {_end(rng)}",
            f"자기 자신을 제외한 약수의 합이 자신과 같은 수를 완전수라 한다. {josa(str(n), '이/가')} 완전수인지 약수를 이용하여 확인하시오.",
        ])
        divs = [dd for dd in range(1, n) if n % dd == 0]
        ans = f"약수: {', '.join(map(str, divs + [n]))}, 합: {sum(divs)} (완전수이다)"
        ok = sum(divs) == n
        d, lev = 2, "D"
        fmt = "computation"
    else:
        pool = [(6, "완전수"), (28, "완전수"), (12, "과잉수"), (18, "과잉수"), (20, "과잉수"), (8, "부족수"), (15, "부족수"), (21, "부족수"), (14, "부족수"), (24, "과잉수")]
        n, kind = rng.choice(pool)
        text = rng.choice([
            f"{book}에서는 자신을 제외한 약수의 합이 자신보다 크면 '과잉수', 작으면 '부족수', 같으면 '완전수'라고 소개한다. {josa(str(n), '은/는')} 이 중 어느 것인지 {_end(rng, '쓰')}",
            f"진약수의 합이 자신보다 작은 수를 부족수, 큰 수를 과잉수, 같은 수를 완전수라 한다. {n}의 진약수의 합을 구하고 {n}이 어느 수에 속하는지 {_end(rng, '쓰')}",
        ])
        ans = kind if "진약수의 합을 구하고" not in text else f"{_sigma(n)}, {kind}"
        s_ = _sigma(n)
        ok = kind == ("완전수" if s_ == n else "과잉수" if s_ > n else "부족수")
        d, lev = 2, "D"
        fmt = "word"
        text = text.replace(f"{n}이 어느", f"{josa(str(n), '이/가')} 어느")
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["약수"], check=lambda: ok)


@family(_S103, "fibonacci-poem")
def _fib_poem(rng: random.Random) -> Problem:
    n = rng.randint(5, 9)
    f = _fib(n)
    mode = rng.choice(["line", "total", "fill"])
    intro = rng.choice([
        "각 행의 음절 수가 피보나치수열 1, 1, 2, 3, 5, …를 따르도록 쓴 시를 '피보나치 시(Fib)'라고 한다.",
        f"{josa(name(rng), '은/는')} 행마다 음절 수가 1, 1, 2, 3, 5, …처럼 앞의 두 행의 음절 수의 합이 되도록 시를 쓰고 있다.",
    ])
    if mode == "line":
        q = rng.choice([f"이 규칙을 따를 때 {n}번째 행은 몇 음절로 써야 하는지 {_end(rng)}", f"{n}번째 행의 음절 수는 얼마인가?"])
        ans = f"{f[-1]}음절"
        fmt, d, lev = "word", 1, "D"
    elif mode == "total":
        q = rng.choice([f"이 규칙으로 {n}행까지 쓴 시의 전체 음절 수를 {_end(rng)}", f"{n}행으로 이루어진 피보나치 시에 쓰인 음절은 모두 몇 개인가?"])
        ans = f"{sum(f)}음절"
        fmt, d, lev = "computation", 2, "D"
    else:
        k = rng.randint(3, n - 1)
        seq = [str(x) if i != k - 1 else "□" for i, x in enumerate(f)]
        q = f"다음은 어떤 피보나치 시의 행별 음절 수이다. □ 안에 알맞은 수를 {_end(rng, '쓰')}\n" + ", ".join(seq)
        ans = str(f[k - 1])
        fmt, d, lev = "fill", 1, "E"
    return Problem(text=f"{intro}\n{q}", answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["수열"], check=lambda: all(f[i] == f[i - 1] + f[i - 2] for i in range(2, len(f))))


@family(_S103, "around-the-world-dateline")
def _dateline(rng: random.Random) -> Problem:
    mode = rng.choice(["hours", "days", "deg"])
    if mode == "hours":
        deg = rng.choice([30, 45, 60, 75, 90, 120, 135, 150, 180])
        text = rng.choice([
            f"소설 『80일간의 세계 일주』의 주인공은 런던을 떠나 동쪽으로 여행한다. 지구는 24시간에 360° 자전하므로 동쪽으로 경도 15°를 갈 때마다 현지 시각은 1시간씩 빨라진다. 주인공이 동쪽으로 경도 {deg}°만큼 이동했을 때, 현지 시각은 런던보다 몇 시간 빠른지 {_end(rng)}",
            f"지구가 하루에 한 바퀴(360°) 도는 것을 생각하면, 경도 {deg}°의 차이는 몇 시간의 시차에 해당하는가? (동쪽으로 세계 일주를 하는 소설 속 주인공의 상황을 떠올려 보자.)",
        ])
        ans = f"{deg // 15}시간"
        ok = Fr(deg, 360) * 24 == deg // 15
        d, lev = 1, "D"
        fmt = "word"
    elif mode == "days":
        days = rng.choice([80, 72, 60, 90, 100])
        text = rng.choice([
            f"동쪽으로 지구를 한 바퀴 도는 여행자는 경도 15°를 지날 때마다 시계를 1시간씩 앞당긴다. 여행자가 자신의 시계로 날짜를 세며 {days}일 동안 세계를 일주하였다면, 출발한 도시의 달력으로는 며칠이 지났는지 {_end(rng)} (단, 날짜 변경선을 고려하지 않고 날짜를 센다고 한다.)",
            f"『80일간의 세계 일주』의 주인공처럼 동쪽으로 지구를 한 바퀴 돌면 해돋이를 한 번 더 보게 된다. 여행자가 해돋이를 {days}번 보았다면, 출발지에 남은 사람은 해돋이를 몇 번 보았겠는가?",
        ])
        ans = f"{days - 1}" + ("일" if "며칠" in text else "번")
        ok = True
        d, lev = 3, "B"
        fmt = "word"
    else:
        h = rng.choice([2, 3, 5, 6, 7, 8, 9, 10])
        text = rng.choice([
            f"한 여행자가 출발지에서 동쪽으로 이동했더니 현지 시각이 출발지보다 {h}시간 빨랐다. 여행자는 경도 몇 도만큼 이동하였는지 {_end(rng)}",
            f"시차가 {h}시간인 두 도시 사이의 경도 차는 몇 도인가? (단, 경도 15°마다 1시간의 시차가 생긴다고 한다.)",
        ])
        ans = f"{15 * h}°"
        ok = 360 * Fr(h, 24) == 15 * h
        d, lev = 1, "D"
        fmt = "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["비례식"], check=lambda: ok)


@family(_S103, "chessboard-grain")
def _chess(rng: random.Random) -> Problem:
    mode = rng.choice(["square", "sum", "first"])
    style = pick_style(rng)
    grain = rng.choice(["쌀알", "밀알", "보리알"])
    story = rng.choice([
        f"체스를 처음 만든 사람이 왕에게 상으로 체스판 첫째 칸에 {grain} 1개, 둘째 칸에 2개, 셋째 칸에 4개, …와 같이 앞 칸의 2배씩 {josa(grain, '을/를')} 놓아 달라고 하였다는 옛이야기가 있다.",
        f"바둑판 모양의 칸에 {grain}을 첫 칸에 1알, 다음 칸부터는 바로 앞 칸의 두 배씩 올려놓는 이야기는 여러 나라의 설화에 등장한다.",
    ])
    if mode == "square":
        n = rng.randint(10, 30)
        q = f"{n}번째 칸에 놓이는 {grain}의 개수를 2의 거듭제곱으로 나타내시오."
        ans = f"$2^{{{n - 1}}}$개" if style == "latex" else f"2^{n - 1}개"
        ok = True
        d, lev = 2, "D"
        fmt = "computation"
    elif mode == "sum":
        n = rng.choice([8, 10, 16, 20])
        q = rng.choice([f"첫째 칸부터 {n}번째 칸까지 놓인 {grain}은 모두 몇 개인지 {_end(rng)}",
                        f"{n}번째 칸까지 {josa(grain, '을/를')} 모두 놓았을 때 {grain}의 총 개수는?"])
        ans = f"{num(2 ** n - 1)}개"
        ok = sum(2 ** i for i in range(n)) == 2 ** n - 1
        d, lev = 3, "C"
        fmt = "word"
    else:
        target = rng.choice([1000, 10000, 100000, 1000000])
        k = next(i for i in range(1, 64) if 2 ** (i - 1) >= target)
        q = rng.choice([f"한 칸에 놓이는 {grain}이 처음으로 {num(target)}개 이상이 되는 칸은 몇 번째 칸인지 {_end(rng)}",
                        f"몇 번째 칸에서 처음으로 {num(target)}개 이상의 {josa(grain, '이/가')} 놓이는가?"])
        ans = f"{k}번째 칸"
        ok = 2 ** (k - 1) >= target > 2 ** (k - 2)
        d, lev = 3, "C"
        fmt = "word"
    return Problem(text=f"{story}\n{q}", answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["등비수열", "거듭제곱"], check=lambda: ok)


@family(_S103, "zeno-achilles")
def _zeno(rng: random.Random) -> Problem:
    r = rng.choice([2, 4, 5, 10])
    head = rng.choice([10, 20, 50, 100, 90])
    runner, slow = rng.choice([("아킬레우스", "거북"), ("토끼", "거북"), ("육상 선수", "달팽이")])
    style = pick_style(rng)
    total = Fr(head * r, r - 1)
    text = rng.choice([
        f"제논의 역설에서 {josa(runner, '은/는')} {slow}보다 {r}배 빠르고, {slow}는 {head}m 앞에서 출발한다. {josa(runner, '이/가')} {slow}가 있던 곳에 도착하면 {slow}는 그 거리의 1/{r}만큼 앞서 있다. "
        f"{josa(runner, '이/가')} 달린 거리를 {head} + {_fr(Fr(head, r), style)} + {_fr(Fr(head, r * r), style)} + … 와 같이 나타낼 때, {josa(runner, '이/가')} {slow}를 따라잡을 때까지 달린 거리는 몇 m인지 {_end(rng)}",
        f"'{josa(runner, '은/는')} 결코 {slow}를 따라잡을 수 없다'는 제논의 이야기를 수학적으로 반박하려고 한다. {runner}의 속력은 {slow}의 {r}배이고 {slow}가 {head}m 앞에서 동시에 출발할 때, {josa(runner, '이/가')} {slow}를 따라잡는 지점은 {runner}의 출발점에서 몇 m 떨어진 곳인지 {_end(rng)}",
    ])
    text = text.replace(f"{slow}는", josa(slow, "은/는")).replace(f"{slow}가", josa(slow, "이/가")).replace(f"{slow}를", josa(slow, "을/를"))
    ans = _ans_fr(total) + "m"
    fmt = "computation" if "+ …" in text else "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3 if fmt == "word" else 4,
                   achievement_level="B", concepts=["등비급수", "급수의 합"], also=[],
                   check=lambda: sp.nsimplify(sp.Sum(sp.Rational(head) / sp.Integer(r) ** sp.Symbol("k"), (sp.Symbol("k"), 0, sp.oo)).doit()) == sp.Rational(total.numerator, total.denominator))


@family(_S103, "thousand-and-one-nights")
def _nights(rng: random.Random) -> Problem:
    x = rng.randint(100, 999)
    mode = rng.choice(["mult", "factor"])
    if mode == "mult":
        text = rng.choice([
            f"『천일야화』의 1001은 신기한 성질을 갖는다. 세 자리 수 {x}에 1001을 곱한 값을 {_end(rng)} 또, 그 결과에서 발견한 규칙을 쓰시오.",
            f"어떤 세 자리 수에 1001을 곱하면 그 수가 두 번 반복된 여섯 자리 수가 된다. 이를 이용하여 {x} × 1001 = □의 □ 안에 알맞은 수를 {_end(rng, '쓰')}",
        ])
        ans = str(x * 1001) if "□" in text else f"{x * 1001}, 세 자리 수가 두 번 반복된다"
        ok = str(x * 1001) == str(x) * 2
        fmt = "fill" if "□" in text else "computation"
        d, lev = 1, "E"
    else:
        y = int(str(x) * 2)
        text = rng.choice([
            f"『천일야화』를 읽던 {josa(name(rng), '은/는')} 1001을 소인수분해하면 재미있는 규칙을 찾을 수 있다는 것을 알았다. {y}처럼 세 자리 수를 두 번 이어 쓴 수는 항상 7, 11, 13으로 나누어떨어지는 까닭을 {_end(rng, '설')}",
            f"1001을 소인수분해하고, 이를 이용하여 {josa(str(y), '이/가')} 7, 11, 13 중 어느 수로 나누어떨어지는지 모두 {_end(rng, '쓰')}",
        ])
        ans = f"1001 = 7 × 11 × 13이고 {y} = {x} × 1001이므로 7, 11, 13으로 모두 나누어떨어진다."
        ok = y % 7 == 0 and y % 11 == 0 and y % 13 == 0
        fmt = "proof" if "까닭" in text else "computation"
        d, lev = 2, "C"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["소인수분해", "배수"], check=lambda: ok)


_FREQ_LET = ["e", "t", "a", "o"]


@family(_S103, "gold-bug-frequency")
def _goldbug(rng: random.Random) -> Problem:
    syms = rng.sample(["‡", "†", "*", "§", "¶", "8", "4", "(", ";", "?", "5", "6"], 6)
    counts = sorted(rng.sample(range(4, 40), 6), reverse=True)
    pairs = list(zip(syms, counts, strict=True))
    shown = pairs[:]
    rng.shuffle(shown)
    tb = "\n".join(["기호 | " + " | ".join(s for s, _ in shown), "나온 횟수 | " + " | ".join(str(c) for _, c in shown)])
    k = rng.choice([0, 1])
    text = rng.choice([
        f"에드거 앨런 포의 소설 『황금 벌레』의 주인공은 암호문에서 각 기호가 나온 횟수를 세어 암호를 풀었다. 어떤 영어 암호문의 기호별 횟수가 다음과 같다.\n{tb}\n영어 문장에서 가장 자주 쓰이는 글자는 e, 그다음은 t라고 할 때, {'e' if k == 0 else 't'}에 대응한다고 추측할 수 있는 기호를 {_end(rng, '쓰')}",
        f"다음은 한 글자를 한 기호로 바꾸는 방식으로 만든 영어 암호문에서 기호의 빈도를 센 결과이다.\n{tb}\n영어에서 글자의 빈도가 e, t, a, o 순으로 많다면, 빈도수가 {'가장' if k == 0 else '두 번째로'} 많은 기호는 어떤 글자를 나타낼 가능성이 가장 큰지 기호와 글자를 함께 {_end(rng, '쓰')}",
    ])
    ans = pairs[k][0] if "추측할 수 있는 기호" in text else f"{pairs[k][0]} → {_FREQ_LET[k]}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["도수", "표"], also=[_S203],
                   check=lambda: max(pairs, key=lambda t: t[1])[0] == pairs[0][0])


_LIT_TASKS = [
    "수학 개념 하나(예: 무한, 0, 원주율, 소수 등)를 골라 그 개념의 성질이 드러나도록 {k}연 이상의 시를 창작하시오. 시 속에 담긴 수학적 내용을 설명하는 글을 함께 쓰시오.",
    "『박사가 사랑한 수식』, 『앵무새의 정리』, 『수학 귀신』 등 수학이 등장하는 문학 작품 중 하나를 읽고, 작품 속 수학 내용 {k}가지를 찾아 정리한 뒤 그중 하나를 직접 계산하거나 증명하여 서평을 쓰시오.",
    "등장인물이 수학 문제를 해결하여 위기를 벗어나는 짧은 수학 소설(원고지 {k}매 내외)을 쓰시오. 이야기 속 수학 문제와 풀이가 정확한지 모둠원끼리 서로 검토하시오.",
    "시조의 형식(3장 6구, 음절 수 3·4·3·4 등)을 조사하여 음절 수를 표로 나타내고, 이 형식을 지키면서 수학 개념을 소재로 한 시조를 {k}수 지으시오.",
    "소설이나 동화 속 장면 중 비례, 확률, 무한 등의 수학적 내용이 들어 있는 장면 {k}개를 찾아, 작가가 수학적으로 정확하게 묘사했는지 검토하고 바로잡은 내용을 발표하시오.",
]


@family(_S103, "literature-activity-task")
def _lit_task(rng: random.Random) -> Problem:
    t = rng.choice(_LIT_TASKS)
    k = rng.choice([10, 15, 20]) if "원고지" in t else rng.choice([2, 3, 4])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=[])


# =================================================================================================
# 12수문01-04 영화와 수학
# =================================================================================================
@family(_S104, "frame-rate")
def _frames(rng: random.Random) -> Problem:
    fps = rng.choice([24, 24, 30, 12, 60])
    mode = rng.choice(["frames", "time", "drawings"])
    if mode == "frames":
        h, mnt = rng.choice([(1, 45), (2, 0), (2, 15), (1, 30), (1, 52)])
        sec = (h * 60 + mnt) * 60
        text = rng.choice([
            f"영화는 1초에 {fps}장의 정지 화면(프레임)을 연속으로 보여 주어 움직이는 것처럼 보이게 한다. 상영 시간이 {h}시간 {mnt}분인 영화는 모두 몇 장의 프레임으로 이루어져 있는지 {_end(rng)}" if mnt else
            f"영화는 1초에 {fps}장의 정지 화면(프레임)을 연속으로 보여 주어 움직이는 것처럼 보이게 한다. 상영 시간이 {h}시간인 영화는 모두 몇 장의 프레임으로 이루어져 있는지 {_end(rng)}",
            f"초당 {fps}프레임으로 촬영한 {h * 60 + mnt}분짜리 영화의 전체 프레임 수는?",
        ])
        ans = f"{num(sec * fps)}장"
        ok = sec * fps == (h * 3600 + mnt * 60) * fps
        d, lev = 1, "D"
    elif mode == "time":
        sec = rng.choice([90, 120, 150, 180, 240, 300])
        frames = sec * fps
        text = rng.choice([
            f"{josa(name(rng), '은/는')} 초당 {fps}프레임으로 재생되는 단편 영상을 만들고 있다. 지금까지 만든 프레임이 {num(frames)}장이라면 영상의 길이는 몇 분 몇 초인지 {_end(rng)}",
            f"프레임 {num(frames)}장을 초당 {fps}장의 속도로 재생하면 몇 분 몇 초 동안 재생되는가?",
        ])
        ans = f"{sec // 60}분 {sec % 60}초" if sec % 60 else f"{sec // 60}분"
        ok = frames / fps == sec
        d, lev = 2, "D"
    else:
        draw = rng.choice([8, 12])
        mins = rng.choice([3, 5, 7, 10])
        text = rng.choice([
            f"손으로 그린 애니메이션은 보통 1초에 그림 {draw}장을 사용한다. {mins}분 길이의 애니메이션을 만들려면 그림이 몇 장 필요한지 {_end(rng)}",
            f"스톱모션 영화를 1초에 {draw}컷으로 촬영하려고 한다. {mins}분짜리 영상을 만들려면 사진을 몇 컷 찍어야 하는가?",
        ])
        ans = f"{num(draw * 60 * mins)}" + ("장" if "그림이" in text else "컷")
        ok = True
        d, lev = 1, "E"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["곱셈"], check=lambda: ok)


@family(_S104, "letterbox")
def _letterbox(rng: random.Random) -> Problem:
    W = rng.choice([1920, 3840, 1280])
    H = W * 9 // 16
    ratio, rtxt = rng.choice([(Fr(239, 100), "2.39 : 1"), (Fr(185, 100), "1.85 : 1"), (Fr(12, 5), "2.4 : 1"), (Fr(2), "2 : 1")])
    img_h = Fr(W) / ratio
    bar = (H - img_h) / 2
    mode = rng.choice(["bar", "height"])
    text_intro = rng.choice([
        f"가로 {W}픽셀, 세로 {H}픽셀인 16 : 9 화면으로 가로와 세로의 비가 {rtxt}인 영화를 본다. 영화 화면이 가로를 꽉 채우도록 확대하면 위아래에 같은 두께의 검은 띠(레터박스)가 생긴다.",
        f"화면 비율이 {rtxt}인 영화를 해상도 {W} × {H}(16 : 9)인 모니터에서 재생하였다. 영화의 가로가 모니터의 가로와 같아지도록 재생하면 위아래에 검은 띠가 생긴다.",
    ])
    if mode == "bar":
        q = f"검은 띠 하나의 세로 길이는 몇 픽셀인지 반올림하여 정수로 {_end(rng)}"
        ans = f"{round(bar)}픽셀"
        ok = abs(float(bar) - (H - W / float(ratio)) / 2) < 1e-9
        d, lev = 3, "C"
    else:
        q = f"영화가 나오는 부분의 세로 길이는 몇 픽셀인지 반올림하여 정수로 {_end(rng)}"
        ans = f"{round(img_h)}픽셀"
        ok = abs(float(img_h) * float(ratio) - W) < 1e-6
        d, lev = 2, "D"
    return Problem(text=f"{text_intro}\n{q}", answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["비", "비율"], check=lambda: ok)


def _jug_steps(a: int, b: int, t: int) -> int | None:
    """Fewest fill/empty/pour operations to leave exactly t litres in one of two jugs (BFS)."""
    from collections import deque
    seen = {(0, 0): 0}
    dq = deque([(0, 0)])
    while dq:
        x, y = dq.popleft()
        if x == t or y == t:
            return seen[(x, y)]
        p1 = min(x, b - y)
        p2 = min(y, a - x)
        for nx in [(a, y), (x, b), (0, y), (x, 0), (x - p1, y + p1), (x + p2, y - p2)]:
            if nx not in seen:
                seen[nx] = seen[(x, y)] + 1
                dq.append(nx)
    return None


@family(_S104, "water-jugs")
def _jugs(rng: random.Random) -> Problem:
    for _ in range(50):
        a, b = sorted(rng.sample([3, 4, 5, 7, 8, 9, 11], 2))
        t = rng.randint(1, b - 1)
        if t != a and _m.gcd(a, b) == 1:
            st = _jug_steps(a, b, t)
            if st and st >= 3:
                break
    mode = rng.choice(["steps", "possible"])
    film = rng.choice(["영화 「다이 하드 3」", "한 액션 영화", "어느 영화의 폭탄 해체 장면"])
    if mode == "steps":
        text = rng.choice([
            f"{film}에서 주인공들은 {a}L 물통과 {b}L 물통만으로 정확히 {t}L의 물을 만들어야 한다. 물통에는 눈금이 없고, 한 번의 조작은 '한 물통을 가득 채우기', '한 물통을 비우기', '한 물통의 물을 다른 물통에 붓기(어느 한쪽이 비거나 가득 찰 때까지)' 중 하나이다. 조작을 최소 몇 번 하면 한 물통에 {t}L를 만들 수 있는지 {_end(rng)}",
            f"눈금 없는 {a}L, {b}L 물통과 무제한의 물이 있다. 채우기, 비우기, 옮겨 붓기를 각각 한 번의 조작으로 셀 때, 어느 한 물통에 물 {t}L가 담기게 하는 데 필요한 최소 조작 횟수는?",
        ])
        ans = f"{st}번"
        d, lev, fmt = 4, "A", "word"

        def chk() -> bool:
            return _jug_steps(b, a, t) == st
    else:
        c = rng.choice([x for x in [6, 9, 12, 15] if x > 3])
        a2, b2 = rng.choice([(6, 9), (4, 10), (6, 15), (9, 12)])
        t2 = rng.choice([x for x in range(1, b2) if x % _m.gcd(a2, b2) != 0])
        good = f"{a2}L, {b2}L 물통으로 {t2}L 만들기"
        bads = [f"{x}L, {y}L 물통으로 {z}L 만들기" for x, y, z in [(3, 5, 4), (3, 7, 5), (4, 9, 6), (5, 8, 3), (4, 7, 2), (5, 7, 1)]]
        ch = choices(rng, good, bads)
        text = f"{film}의 물통 문제를 변형하여 눈금 없는 두 물통으로 물의 양을 맞추는 문제를 만들었다. 다음 중 조작을 아무리 반복해도 불가능한 것은? (물은 충분히 있다.)\n{ch.block}"
        ans = ch.label
        d, lev, fmt = 3, "B", "mcq"
        del c

        def chk() -> bool:
            return _jug_steps(a2, b2, t2) is None and all(_jug_steps(*map(int, o.replace("L", "").replace(" 물통으로", ",").replace(" 만들기", "").split(","))) is not None for o in ch.options if o != good)
        return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                       concepts=["최대공약수"], choice=ch, check=chk)
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["최대공약수"], check=chk)


@family(_S104, "monty-hall")
def _monty(rng: random.Random) -> Problem:
    n = rng.choice([3, 3, 4, 5, 10])
    style = pick_style(rng)
    mode = rng.choice(["switch", "stay", "compare"])
    intro = rng.choice([
        f"영화 「21」에서 교수는 학생에게 다음 문제를 낸다. 문 {n}개 중 하나 뒤에만 자동차가 있고 나머지 뒤에는 염소가 있다. 참가자가 문 하나를 고르면, 답을 아는 진행자가 나머지 문 중 염소가 있는 문 {n - 2}개를 열어 보여 준 뒤 선택을 바꿀 기회를 준다.",
        f"퀴즈 쇼 장면을 다룬 영화에서 참가자는 {n}개의 문 중 하나를 고른다. 상품은 한 문 뒤에만 있고, 진행자는 상품이 없는 문 {n - 2}개를 열어 준 다음 '선택을 바꾸겠습니까?'라고 묻는다.",
    ])
    p_switch = Fr(n - 1, n)
    p_stay = Fr(1, n)
    if mode == "switch":
        q = f"참가자가 선택을 바꿀 때 자동차를 얻을 확률을 {_end(rng)}" if "자동차" in intro else f"선택을 바꿀 때 상품을 받을 확률을 {_end(rng)}"
        ans = _fr(p_switch, style)
        d, lev = 3, "B"
    elif mode == "stay":
        q = f"처음 선택을 그대로 유지할 때 이길 확률을 {_end(rng)}"
        ans = _fr(p_stay, style)
        d, lev = 2, "C"
    else:
        q = f"선택을 바꿀 때 이길 확률은 바꾸지 않을 때 이길 확률의 몇 배인지 {_end(rng)}"
        ans = f"{n - 1}배"
        d, lev = 3, "B"

    def chk() -> bool:
        # exact enumeration over (car, first pick)
        win_sw = sum(1 for car in range(n) for pick in range(n) if pick != car)
        return Fr(win_sw, n * n) == p_switch and p_switch / p_stay == n - 1

    return Problem(text=f"{intro}\n{q}", answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["확률", "조건부확률"], also=["12확통02-03"] if mode != "stay" else [], check=chk)


@family(_S104, "time-dilation-ratio")
def _interstellar(rng: random.Random) -> Problem:
    h_unit, y_unit = rng.choice([(1, 7), (1, 7), (2, 9), (1, 5)])
    mode = rng.choice(["earth", "planet"])
    if mode == "earth":
        hrs = rng.choice([3, 4, 6, 8, 10, 12])
        hrs -= hrs % h_unit
        yrs = Fr(hrs, h_unit) * y_unit
        text = rng.choice([
            f"우주 탐사를 다룬 한 영화에서 블랙홀 근처 행성의 {h_unit}시간은 지구의 {y_unit}년에 해당한다. 탐사대가 이 행성에서 {hrs}시간을 머물렀다면 그동안 지구에서는 몇 년이 흘렀는지 {_end(rng)}",
            f"영화 속 행성에서 보낸 {h_unit}시간이 지구의 {y_unit}년과 같다고 할 때, 행성에서의 {hrs}시간은 지구의 몇 년에 해당하는가? (시간은 일정한 비율로 흐른다고 한다.)",
        ])
        ans = f"{_ans_fr(yrs)}년"
        ok = yrs / hrs == Fr(y_unit, h_unit)
    else:
        yrs = rng.choice([14, 21, 35, 10, 15, 18, 27])
        if yrs % y_unit:
            yrs = y_unit * rng.randint(2, 5)
        hrs = Fr(yrs, y_unit) * h_unit
        text = rng.choice([
            f"영화에서 어떤 행성의 {h_unit}시간은 지구의 {y_unit}년에 해당한다. 지구에 있는 가족이 {yrs}년을 기다리는 동안 행성에 있는 대원에게는 몇 시간이 흐르는지 {_end(rng)}",
            f"행성의 {h_unit}시간 = 지구의 {y_unit}년이라는 설정의 영화가 있다. 지구에서 {yrs}년이 지나는 동안 행성에서 흐른 시간은 □시간이다. □ 안에 알맞은 수를 {_end(rng, '쓰')}",
        ])
        ans = f"{_ans_fr(hrs)}" + ("시간" if "□" not in text else "")
        ok = hrs * y_unit == yrs * h_unit
    fmt = "fill" if "□" in text else "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D",
                   concepts=["비례식"], check=lambda: ok)


@family(_S104, "slow-motion")
def _slowmo(rng: random.Random) -> Problem:
    shoot = rng.choice([48, 60, 120, 240, 960])
    play = rng.choice([24, 30])
    if shoot % play:
        play = 24 if shoot % 24 == 0 else 30
    real = rng.choice([Fr(1, 2), Fr(1), Fr(2), Fr(3), Fr(5)])
    k = Fr(shoot, play)
    mode = rng.choice(["screen", "times", "real"])
    scene = rng.choice(["물방울이 떨어지는 장면", "배트에 공이 맞는 순간", "유리잔이 깨지는 장면", "새가 날갯짓하는 모습"])
    if mode == "screen":
        text = rng.choice([
            f"영화에서 {josa(scene, '을/를')} 느리게 보여 주려고 1초에 {shoot}프레임으로 촬영하여 1초에 {play}프레임으로 재생하였다. 실제로 {_r(real, 1)}초 동안 일어난 일은 화면에서 몇 초 동안 보이는지 {_end(rng)}",
            f"초당 {shoot}프레임으로 찍은 영상을 초당 {play}프레임으로 재생한다. 실제 {_r(real, 1)}초짜리 {josa(scene, '은/는')} 몇 초짜리 장면이 되는가?",
        ])
        ans = f"{_r(real * k, 1)}초"
        ok = real * shoot / play == real * k
    elif mode == "times":
        text = rng.choice([
            f"고속 촬영 카메라로 {josa(scene, '을/를')} 1초에 {shoot}프레임으로 찍어 1초에 {play}프레임으로 재생하면, 화면 속 움직임은 실제보다 몇 배 느리게 보이는지 {_end(rng)}",
            f"초당 {shoot}프레임 촬영, 초당 {play}프레임 재생일 때 슬로 모션의 배율을 {_end(rng)}",
        ])
        ans = f"{_ans_fr(k)}배"
        ok = k * play == shoot
    else:
        scr = real * k
        text = rng.choice([
            f"초당 {shoot}프레임으로 촬영하고 초당 {play}프레임으로 재생한 슬로 모션 장면이 화면에서 {_r(scr, 1)}초 동안 나왔다. 이 장면은 실제로 몇 초 동안 일어난 일인지 {_end(rng)}",
        ])
        ans = f"{_r(real, 1)}초"
        ok = scr / k == real
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["비", "비율"], check=lambda: ok)


def _nash(pay: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    out = []
    for i in range(2):
        for j in range(2):
            a, b = pay[i][j]
            if a >= pay[1 - i][j][0] and b >= pay[i][1 - j][1]:
                out.append((i, j))
    return out


@family(_S104, "nash-equilibrium")
def _nash_fam(rng: random.Random) -> Problem:
    for _ in range(200):
        pay = [[(rng.randint(0, 6), rng.randint(0, 6)) for _ in range(2)] for _ in range(2)]
        eq = _nash(pay)
        if len(eq) == 1 and all(pay[i][j][0] != pay[1 - i][j][0] and pay[i][j][1] != pay[i][1 - j][1] for i in range(2) for j in range(2)):
            break
    a_nm, b_nm = rng.choice([("A", "B"), ("갑", "을"), ("P", "Q"), ("가 회사", "나 회사")])
    s1 = rng.choice([("협력", "배신"), ("광고함", "광고 안 함"), ("가격 인하", "가격 유지"), ("자백", "침묵")])
    rows = [f"{a_nm} \\ {b_nm} | {s1[0]} | {s1[1]}"] + [f"{s1[i]} | " + " | ".join(f"({pay[i][j][0]}, {pay[i][j][1]})" for j in range(2)) for i in range(2)]
    tb = "\n".join(rows)
    text = rng.choice([
        f"영화 「뷰티풀 마인드」의 주인공 존 내시는 상대의 전략이 주어졌을 때 어느 누구도 자신의 전략만 바꾸어서는 이득을 더 얻을 수 없는 상태(내시 균형)를 연구하였다. 다음은 두 참가자 {a_nm}, {b_nm}가 전략을 고를 때의 이득을 ({a_nm}의 이득, {b_nm}의 이득)으로 나타낸 표이다.\n{tb}\n내시 균형인 전략의 쌍을 ({a_nm}의 전략, {b_nm}의 전략)으로 {_end(rng, '쓰')}",
        f"다음 이득표에서 각 칸은 ({a_nm}의 점수, {b_nm}의 점수)이다.\n{tb}\n두 사람 모두 상대의 선택을 알고도 자신의 선택을 바꿀 이유가 없는 칸을 찾아 ({a_nm}의 전략, {b_nm}의 전략)으로 {_end(rng, '쓰')}",
    ])
    text = text.replace(f"{a_nm}, {b_nm}가", f"{a_nm}, {josa(b_nm, '이/가')}")
    i, j = eq[0]
    ans = f"({s1[i]}, {s1[j]})"
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B",
                   concepts=["표", "순서쌍"], also=[_S202], check=lambda: _nash(pay) == [(i, j)])


@family(_S104, "enigma-settings")
def _enigma(rng: random.Random) -> Problem:
    mode = rng.choice(["rotor-order", "positions", "caesar"])
    if mode == "rotor-order":
        n, k = rng.choice([(5, 3), (8, 3), (3, 3), (5, 2), (6, 3)])
        text = rng.choice([
            f"영화 「이미테이션 게임」에 나오는 암호 기계 에니그마는 회전자 {n}개 중 {k}개를 골라 순서대로 끼워 사용한다. 회전자를 끼우는 방법은 모두 몇 가지인지 {_end(rng)}",
            f"서로 다른 회전자 {n}개 중 {k}개를 택하여 일렬로 배치하는 방법의 수는? (영화 속 암호 기계의 설정을 생각해 보자.)",
        ])
        ans = f"{_m.perm(n, k)}가지"
        ok = _m.perm(n, k) == _m.factorial(n) // _m.factorial(n - k)
        d, lev = 2, "C"
    elif mode == "positions":
        k = rng.choice([2, 3, 4])
        text = rng.choice([
            f"암호 기계의 회전자 {k}개는 각각 알파벳 26글자 중 하나의 위치에서 시작할 수 있다. 회전자의 시작 위치를 정하는 방법은 모두 몇 가지인지 {_end(rng)}",
            f"회전자 {k}개가 각각 26가지 시작 위치를 가질 때, 시작 위치의 조합은 모두 몇 가지인가?",
        ])
        ans = f"{num(26 ** k)}가지"
        ok = True
        d, lev = 2, "D"
    else:
        shift = rng.randint(1, 25)
        word = rng.choice(["MATH", "CODE", "FILM", "STAR", "TURING", "MOVIE"])
        enc = "".join(chr((ord(c) - 65 + shift) % 26 + 65) for c in word)
        text = rng.choice([
            f"암호 영화에 자주 나오는 카이사르 암호는 알파벳을 일정한 칸만큼 밀어서 쓴다. 각 글자를 {shift}칸씩 뒤로 밀어(Z 다음은 A) 만든 암호문 '{enc}'를 해독하시오.",
            f"알파벳을 {shift}칸 뒤의 글자로 바꾸는 방법으로 만든 암호문이 '{enc}'이다. 원래 단어를 {_end(rng, '쓰')}",
        ])
        ans = word
        ok = "".join(chr((ord(c) - 65 - shift) % 26 + 65) for c in enc) == word
        d, lev = 2, "D"
    return Problem(text=text, answer=ans, format="computation" if mode != "caesar" else "word", difficulty=d,
                   achievement_level=lev, concepts=["순열", "곱의 법칙"] if mode != "caesar" else ["나머지"],
                   also=["10공수1-03-02"] if mode == "rotor-order" else ([_S203] if mode == "caesar" else ["10공수1-03-01"]), check=lambda: ok)


@family(_S104, "graph-handshake")
def _handshake(rng: random.Random) -> Problem:
    n = rng.randint(5, 8)
    labels = [chr(65 + i) for i in range(n)]
    edges = set()
    while len(edges) < rng.randint(n, 2 * n - 2):
        u, v = sorted(rng.sample(range(n), 2))
        edges.add((u, v))
    deg = [sum(1 for e in edges if i in e) for i in range(n)]
    mode = rng.choice(["edges-from-deg", "odd"])
    film = rng.choice(["영화 「굿 윌 헌팅」에서 주인공이 칠판의 그래프 문제를 푸는 장면", "수학 천재가 등장하는 영화의 칠판 장면"])
    if mode == "edges-from-deg":
        tb = "꼭짓점 | " + " | ".join(labels) + "\n연결된 변의 수 | " + " | ".join(map(str, deg))
        text = f"{film}에서 영감을 얻어 점과 선으로 이루어진 그래프를 그렸다. 각 꼭짓점에 연결된 변의 개수(차수)가 다음과 같을 때, 그래프의 변은 모두 몇 개인지 {_end(rng)}\n{tb}"
        ans = f"{len(edges)}개"
        ok = sum(deg) == 2 * len(edges)
        d, lev, fmt = 2, "C", "data"
    else:
        odd = sum(1 for x in deg if x % 2)
        elist = ", ".join(f"{labels[u]}{labels[v]}" for u, v in sorted(edges))
        text = rng.choice([
            f"{film}을 본 뒤, 꼭짓점 {', '.join(labels)}와 변 {elist}로 이루어진 그래프를 만들었다. 차수가 홀수인 꼭짓점은 몇 개인지 구하고, 이 그래프를 한붓그리기 할 수 있는지 {_end(rng, '쓰')}",
        ])
        can = odd in (0, 2)
        ans = f"{odd}개, {'할 수 있다' if can else '할 수 없다'}"

        def _connected() -> bool:
            adj: dict[int, set[int]] = {i: set() for i in range(n)}
            for u, v in edges:
                adj[u].add(v)
                adj[v].add(u)
            seen, stack = {0}, [0]
            while stack:
                x = stack.pop()
                for y in adj[x] - seen:
                    seen.add(y)
                    stack.append(y)
            return all(seen.__contains__(i) for i in range(n) if adj[i])
        if not _connected():
            can = False
            ans = f"{odd}개, 할 수 없다 (그래프가 끊어져 있다)"
        ok = odd % 2 == 0
        d, lev, fmt = 3, "B", "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["꼭짓점", "변"], check=lambda: ok)


_FILM_TASKS = [
    "수학이 등장하는 영화(예: 「이미테이션 게임」, 「히든 피겨스」, 「뷰티풀 마인드」, 「21」 등) 한 편을 감상하고, 영화 속 수학 장면 {k}개를 골라 그 장면의 수학 내용을 조사하여 설명하는 감상문을 쓰시오.",
    "모둠별로 수학 개념 하나를 소개하는 {k}분 이내의 짧은 영상을 기획하시오. 장면별 대본(스토리보드)을 만들고, 1초에 몇 프레임으로 촬영·재생할지와 전체 필요한 프레임 수를 계산하여 제작 계획서에 포함하시오.",
    "영화 속에서 수학적으로 틀린 장면(예: 확률이나 계산이 잘못된 장면)을 {k}개 찾아, 어떤 점이 틀렸는지 바르게 계산하여 바로잡는 발표 자료를 만드시오.",
    "스톱모션 기법으로 도형의 평행이동이나 회전이동을 보여 주는 {k}초짜리 애니메이션을 만들려고 한다. 초당 컷 수와 한 컷마다 도형을 움직일 거리 또는 각도를 계산하여 촬영 계획표를 작성하고 영상을 제작하시오.",
]


@family(_S104, "film-activity-task")
def _film_task(rng: random.Random) -> Problem:
    t = rng.choice(_FILM_TASKS)
    k = rng.choice([3, 5]) if "분 이내" in t else (rng.choice([10, 15, 20]) if "초짜리" in t else rng.choice([2, 3]))
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=[])


# =================================================================================================
# 12수문02-01 스포츠와 수학
# =================================================================================================
@family(_S201, "judges-trimmed-score")
def _judges(rng: random.Random) -> Problem:
    sport = rng.choice(["다이빙", "체조", "피겨스케이팅", "스키점프", "태권도 품새"])
    k = rng.choice([5, 7])
    scores = [Fr(rng.randint(12, 20), 2) for _ in range(k)]  # 6.0 ~ 10.0 by 0.5
    while len(set(scores)) < 3:
        scores = [Fr(rng.randint(12, 20), 2) for _ in range(k)]
    mid = sorted(scores)[1:-1]
    mode = rng.choice(["mean", "dive"]) if sport == "다이빙" else "mean"
    tb = "심판 | " + " | ".join(str(i + 1) for i in range(k)) + "\n점수 | " + " | ".join(_r(s, 1) for s in scores)
    if mode == "mean":
        val = sum(mid) / len(mid)
        q = rng.choice([
            f"가장 높은 점수와 가장 낮은 점수를 하나씩 빼고 나머지 점수의 평균을 최종 점수로 할 때, 최종 점수를 반올림하여 소수 둘째 자리까지 {_end(rng)}",
            f"최고점과 최저점을 각각 1개씩 제외한 점수의 평균을 반올림하여 소수 둘째 자리까지 {_end(rng)}",
        ])
        ans = _r(val, 2) + "점"
        ok = abs(float(val) - (sum(map(float, scores)) - float(max(scores)) - float(min(scores))) / (k - 2)) < 1e-9
    else:
        dd = rng.choice([Fr(26, 10), Fr(30, 10), Fr(32, 10), Fr(34, 10), Fr(19, 10)])
        mid3 = sorted(scores)[(k - 3) // 2:(k - 3) // 2 + 3]
        val = sum(mid3) * dd
        q = rng.choice([
            f"이 다이빙 경기에서는 높은 점수와 낮은 점수를 {(k - 3) // 2}개씩 빼고 남은 3개의 점수의 합에 난도 {_r(dd, 1)}을(를) 곱하여 최종 점수를 정한다. 최종 점수를 {_end(rng)}".replace(f"{_r(dd, 1)}을(를)", josa(_r(dd, 1), "을/를")),
        ])
        ans = _r(val, 2) + "점"
        ok = sorted(scores)[(k - 3) // 2 + 1] == mid3[1]
    intro = rng.choice([f"다음은 {sport} 경기에서 한 선수가 심판 {k}명에게 받은 점수이다.",
                        f"{sport} 대회에 출전한 {josa(name(rng), '이/가')} 받은 심판 {k}명의 점수를 정리하였다."])
    return Problem(text=f"{intro}\n{tb}\n{q}", answer=ans, format="data", difficulty=2 if mode == "mean" else 3,
                   achievement_level="D" if mode == "mean" else "C", concepts=["평균", "표"], check=lambda: ok)


@family(_S201, "batting-average")
def _batting(rng: random.Random) -> Problem:
    ab = rng.randint(300, 560)
    h = rng.randint(int(ab * 0.22), int(ab * 0.36))
    mode = rng.choice(["avg", "hal", "need"])
    who = rng.choice(["한 타자", f"{name(rng)} 선수", "어느 프로 야구 선수"])
    avg = Fr(h, ab)
    if mode == "avg":
        text = rng.choice([f"{josa(who, '은/는')} 이번 시즌 {ab}타수 {h}안타를 기록하였다. 타율을 반올림하여 소수 셋째 자리까지 {_end(rng)} (타율 = 안타 수 ÷ 타수)",
                           f"타율은 안타 수를 타수로 나눈 값이다. {ab}타수에서 {h}개의 안타를 친 타자의 타율을 소수 셋째 자리까지 반올림하여 나타내시오."])
        ans = _r(avg, 3)
        ok = abs(h / ab - float(ans)) <= 0.0005
        d, lev = 1, "D"
    elif mode == "hal":
        s = _r(avg, 3)
        digits = s.split(".")[1].ljust(3, "0")
        text = rng.choice([f"{ab}타수 {h}안타를 친 타자의 타율은 몇 할 몇 푼 몇 리인지 {_end(rng)} (단, 반올림하여 소수 셋째 자리까지 계산한다.)",
                           f"야구에서는 타율 0.325를 '3할 2푼 5리'라고 읽는다. {josa(who, '이/가')} {ab}타수 {h}안타를 기록했을 때 타율을 이와 같은 방법으로 {_end(rng, '쓰')} (반올림하여 소수 셋째 자리까지)"])
        ans = f"{digits[0]}할 {digits[1]}푼 {digits[2]}리"
        ok = abs(h / ab - int(digits) / 1000) <= 0.0005
        d, lev = 2, "D"
    else:
        target = Fr(rng.choice([300, 320, 250, 280]), 1000)
        extra = rng.choice([10, 20, 25, 30])
        need = _m.ceil(target * (ab + extra) - h) if target * (ab + extra) > h else 0
        while need <= 0 or need > extra:
            ab = rng.randint(300, 500)
            h = int(ab * target) - rng.randint(1, 5)
            need = _m.ceil(target * (ab + extra) - h)
        text = rng.choice([f"{josa(who, '은/는')} 지금까지 {ab}타수 {h}안타를 기록하고 있다. 앞으로 {extra}타수에서 최소 몇 개의 안타를 쳐야 시즌 타율이 {_r(target, 3)} 이상이 되는지 {_end(rng)}",
                           f"{ab}타수 {h}안타인 타자가 남은 {extra}타수 동안 안타를 x개 칠 때 타율이 {_r(target, 3)} 이상이 되는 x의 최솟값은?"])
        ans = f"{need}개" if "최소 몇 개" in text else str(need)
        ok = Fr(h + need, ab + extra) >= target > Fr(h + need - 1, ab + extra)
        d, lev = 3, "B"
    return Problem(text=text, answer=ans, format="word" if mode != "avg" else "computation", difficulty=d,
                   achievement_level=lev, concepts=["비율", "반올림"] if mode != "need" else ["비율", "일차부등식"], check=lambda: ok)


@family(_S201, "archery-target-area")
def _archery(rng: random.Random) -> Problem:
    rings = 10
    R = rng.choice([61, 40, 80, 122])  # cm diameter style numbers
    w = Fr(R, 2 * rings)  # ring width (radius R/2 split into 10 rings)
    mode = rng.choice(["ratio", "prob", "area"])
    style = pick_style(rng)
    k = rng.randint(6, 10)  # score ring
    if mode == "ratio":
        text = rng.choice([
            f"양궁 과녁은 지름이 {R}cm인 원을 같은 폭의 동심원 띠 {rings}개로 나누어 바깥쪽부터 1점, 2점, …, 가운데 원을 10점으로 정한다. 10점 원의 넓이는 과녁 전체 넓이의 몇 분의 몇인지 {_end(rng)}",
            f"지름 {R}cm의 양궁 과녁은 폭이 같은 {rings}개의 고리(가운데는 원)로 나뉘어 있다. 가운데 10점 원과 과녁 전체의 넓이의 비를 가장 간단한 자연수의 비로 나타내시오.",
        ])
        ans = "1/100" if "몇 분의 몇" in text else "1 : 100"
        ok = (Fr(1, rings) ** 2) == Fr(1, 100)
        d, lev = 2, "C"
    elif mode == "prob":
        outer = Fr(11 - k, rings)
        inner = Fr(10 - k, rings)
        p = outer ** 2 - inner ** 2
        text = rng.choice([
            f"지름이 {R}cm인 양궁 과녁은 폭이 같은 {rings}개의 영역으로 나뉘어 있고, 가운데부터 10점, 9점, …, 1점이다. 화살이 과녁의 임의의 점에 같은 가능성으로 맞는다고 할 때, {k}점 영역에 맞을 확률을 {_end(rng)}",
            f"과녁(지름 {R}cm)에 맞는 위치가 무작위라고 가정하자. 폭이 같은 {rings}개의 점수 영역 중 {k}점 영역(가운데에서 {11 - k}번째 영역)에 맞을 확률은?",
        ])
        ans = _fr(p, style)
        ok = p == Fr(2 * (10 - k) + 1, 100)
        d, lev = 3, "B"
    else:
        r_out = w * (11 - k)
        r_in = w * (10 - k)
        area = (r_out ** 2 - r_in ** 2)
        text = rng.choice([
            f"지름이 {R}cm인 과녁을 폭이 {_r(w, 2)}cm로 같은 {rings}개의 영역으로 나누었다. {k}점 영역의 넓이는 몇 cm²인지 π를 사용하여 {_end(rng)}",
        ])
        coef = _r(area, 4)
        ans = f"{coef}π cm²"
        ok = area == (Fr(R, 2) * Fr(11 - k, 10)) ** 2 - (Fr(R, 2) * Fr(10 - k, 10)) ** 2 and Fr(coef) == area
        d, lev = 3, "C"
    return Problem(text=text, answer=ans, format="word" if mode != "ratio" else "computation", difficulty=d,
                   achievement_level=lev, concepts=["원", "확률"] if mode == "prob" else ["원", "비"],
                   also=["12확통02-01"] if mode == "prob" else [], check=lambda: ok)


@family(_S201, "league-matches-points")
def _league(rng: random.Random) -> Problem:
    n = rng.randint(4, 12)
    mode = rng.choice(["round", "double", "knockout", "points"])
    sport = rng.choice(["축구", "배구", "농구", "야구", "핸드볼"])
    if mode == "round":
        text = rng.choice([f"{n}개 팀이 참가한 {sport} 대회에서 모든 팀이 서로 한 번씩 경기하는 리그전을 치르려고 한다. 전체 경기 수를 {_end(rng)}",
                           f"{n}개 반이 반 대항 {sport} 리그전을 한다. 각 반이 다른 모든 반과 한 번씩 경기할 때 모두 몇 경기가 열리는가?"])
        ans = f"{n * (n - 1) // 2}경기"
        ok = _m.comb(n, 2) == n * (n - 1) // 2
        d, lev, also = 2, "C", ["10공수1-03-03"]
    elif mode == "double":
        text = rng.choice([f"프로 {sport} 리그에 {n}개 팀이 있다. 각 팀이 다른 모든 팀과 홈 경기와 원정 경기를 한 번씩 치를 때, 한 시즌의 전체 경기 수를 {_end(rng)}"])
        ans = f"{n * (n - 1)}경기"
        ok = _m.perm(n, 2) == n * (n - 1)
        d, lev, also = 2, "C", ["10공수1-03-02"]
    elif mode == "knockout":
        m = rng.choice([8, 16, 32, 12, 20, 24])
        text = rng.choice([f"{m}개 팀이 참가한 {sport} 토너먼트(지면 탈락, 무승부 없음)에서 우승 팀이 정해질 때까지 치르는 경기 수를 {_end(rng)}",
                           f"{m}명이 출전한 단판 토너먼트 대회에서 우승자가 나올 때까지 모두 몇 경기를 해야 하는가? (부전승이 있을 수 있다.)"])
        ans = f"{m - 1}경기"
        ok = True
        d, lev, also = 3, "B", []
    else:
        games = rng.randint(20, 38)
        w = rng.randint(5, games - 5)
        dr = rng.randint(0, games - w)
        pw, pdr = rng.choice([(3, 1), (3, 1), (2, 1)])
        pts = pw * w + pdr * dr
        text = rng.choice([f"{sport} 리그에서 승리하면 {pw}점, 비기면 {pdr}점, 지면 0점을 준다. 한 팀이 {games}경기에서 {w}승 {dr}무 {games - w - dr}패를 기록했을 때 승점을 {_end(rng)}",
                           f"승리 {pw}점, 무승부 {pdr}점, 패배 0점인 리그에서 {games}경기 {w}승 {games - w - dr}패인 팀의 승점은? (나머지 경기는 모두 비겼다.)"])
        ans = f"{pts}점"
        ok = pts == pw * w + pdr * (games - w - (games - w - dr))
        d, lev, also = 1, "D", []
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=[] if mode != "points" else ["곱셈"], also=also, check=lambda: ok)


@family(_S201, "track-stagger")
def _stagger(rng: random.Random) -> Problem:
    wlane = rng.choice([Fr(122, 100), Fr(125, 100), Fr(120, 100)])
    k = rng.randint(2, 8)
    race, curves = rng.choice([(200, 1), (400, 2)])
    diff = curves * (k - 1) * wlane  # coefficient of π
    approx = float(diff) * _m.pi
    text = rng.choice([
        f"육상 트랙의 곡선 부분은 반원 모양이고 각 레인의 폭은 {_r(wlane, 2)}m이다. 모든 선수가 같은 거리를 달리도록 바깥 레인 선수는 앞에서 출발한다. {race}m 경기(곡선 구간 {curves}개)에서 {k}레인 선수는 1레인 선수보다 몇 m 앞에서 출발해야 하는지 반올림하여 소수 첫째 자리까지 {_end(rng)} (단, π는 3.14로 계산하고, 각 선수는 자기 레인의 안쪽 선을 따라 달린다고 본다.)",
        f"반원 모양의 곡선 구간에서 레인의 반지름은 바깥으로 갈수록 {_r(wlane, 2)}m씩 커진다. 곡선 구간을 {curves}번 지나는 {race}m 달리기에서 1레인과 {k}레인의 출발선 사이의 거리 차를 구하시오. (π = 3.14, 반올림하여 소수 첫째 자리까지)",
    ])
    ans = _r(Decimal(str(float(diff))) * Decimal("3.14"), 1) + "m"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["원주율", "반지름"], check=lambda: abs(float(ans[:-1]) - float(diff) * 3.14) <= 0.05 + 1e-9 and approx > 0)


@family(_S201, "pace-speed")
def _pace(rng: random.Random) -> Problem:
    mode = rng.choice(["kmh", "pace", "finish"])
    if mode == "kmh":
        t = rng.choice([Fr(958, 100), Fr(10), Fr(105, 10), Fr(12), Fr(1234, 100), Fr(14)])
        text = rng.choice([f"100m를 {_r(t, 2)}초에 달린 선수의 평균 속력은 시속 몇 km인지 반올림하여 소수 첫째 자리까지 {_end(rng)}",
                           f"{josa(name(rng), '은/는')} 100m 달리기 기록이 {_r(t, 2)}초이다. 이 기록을 평균 시속(km/h)으로 나타내면? (반올림하여 소수 첫째 자리까지)"])
        v = Fr(100, 1) / t * Fr(3600, 1000)
        ans = f"시속 {_r(v, 1)}km"
        ok = abs(360 / float(t) - float(_r(v, 1))) <= 0.05 + 1e-9
        d, lev = 2, "D"
    elif mode == "pace":
        dist = rng.choice([5, 10, 20, 42])
        mins = rng.randint(4, 7) * dist
        sec_total = mins * 60 + rng.choice([0, 30 * dist // 2 if dist % 2 == 0 else 0])
        per = Fr(sec_total, dist)
        text = rng.choice([f"{dist}km를 {sec_total // 3600}시간 {sec_total % 3600 // 60}분 {sec_total % 60}초에 달렸다. 1km당 평균 몇 분 몇 초의 속도(페이스)로 달렸는지 {_end(rng)}" if sec_total >= 3600 else
                           f"{dist}km를 {sec_total // 60}분 {sec_total % 60}초에 완주한 러너의 1km당 평균 기록(페이스)은 몇 분 몇 초인지 {_end(rng)}",
                           f"달리기 앱에 {dist}km, 총 {sec_total // 60}분 {sec_total % 60}초가 기록되었다. 1km를 평균 몇 분 몇 초에 달린 셈인가?"])
        ans = f"{int(per) // 60}분 {int(per) % 60}초"
        ok = per.denominator == 1 and int(per) * dist == sec_total
        d, lev = 2, "D"
    else:
        pace = rng.choice([300, 330, 360, 270, 390])
        dist = rng.choice([10, 21, 42])
        tot = pace * dist
        text = rng.choice([f"1km를 {pace // 60}분 {pace % 60}초의 일정한 페이스로 {dist}km를 달린다면 완주 기록은 몇 시간 몇 분 몇 초인지 {_end(rng)}".replace(" 0초의", "의"),
                           f"마라톤 연습에서 km당 {pace // 60}분 {pace % 60}초로 {dist}km를 달렸을 때 걸린 시간을 시간, 분, 초로 나타내시오.".replace(" 0초로", "으로")])
        ans = f"{tot // 3600}시간 {tot % 3600 // 60}분 {tot % 60}초"
        ok = (tot // 3600) * 3600 + (tot % 3600 // 60) * 60 + tot % 60 == pace * dist
        d, lev = 2, "D"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["비율"], check=lambda: ok)


@family(_S201, "fitness-formulas")
def _fitness(rng: random.Random) -> Problem:
    mode = rng.choice(["bmi", "hr", "bmi-weight"])
    if mode == "bmi":
        hcm = rng.randint(150, 190)
        kg = rng.randint(42, 95)
        bmi = Fr(kg) / (Fr(hcm, 100) ** 2)
        cat = "저체중" if bmi < Fr(185, 10) else "정상" if bmi < 23 else "과체중" if bmi < 25 else "비만"
        text = rng.choice([
            f"체질량 지수(BMI)는 몸무게(kg)를 키(m)의 제곱으로 나눈 값이다. 키 {hcm}cm, 몸무게 {kg}kg인 사람의 BMI를 반올림하여 소수 첫째 자리까지 구하고, 아래 기준에 따라 판정하시오.\n기준: 18.5 미만 저체중, 18.5 이상 23 미만 정상, 23 이상 25 미만 과체중, 25 이상 비만",
            f"키가 {hcm}cm이고 몸무게가 {kg}kg인 학생의 BMI(= 몸무게 ÷ 키²)를 소수 첫째 자리까지 반올림하여 구하고, 판정 결과를 쓰시오. (18.5 미만: 저체중, 23 미만: 정상, 25 미만: 과체중, 25 이상: 비만)",
        ])
        ans = f"{_r(bmi, 1)}, {cat}"
        ok = abs(kg / (hcm / 100) ** 2 - float(bmi)) < 1e-9
        d, lev, fmt = 2, "D", "word"
    elif mode == "bmi-weight":
        hcm = rng.choice([160, 170, 180, 150, 175])
        lo, hi = Fr(185, 10) * Fr(hcm, 100) ** 2, 23 * Fr(hcm, 100) ** 2
        text = f"BMI(= 몸무게(kg) ÷ 키(m)²)가 18.5 이상 23 미만일 때 '정상'으로 판정한다. 키가 {hcm}cm인 사람이 정상 판정을 받기 위한 몸무게의 범위를 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        ans = f"{_r(lo, 1)}kg 이상 {_r(hi, 1)}kg 미만"
        ok = lo < hi
        d, lev, fmt = 3, "C", "word"
    else:
        age = rng.randint(15, 60)
        pct_lo, pct_hi = rng.choice([(60, 80), (50, 70), (70, 85)])
        mx = 220 - age
        text = rng.choice([
            f"운동할 때의 최대 심박수를 (220 − 나이)로 어림한다. {age}세인 사람이 최대 심박수의 {pct_lo}% 이상 {pct_hi}% 이하로 운동하려면 1분당 심박수를 어느 범위로 유지해야 하는지 {_end(rng)} (소수점 아래는 반올림)",
            f"{age}세의 최대 심박수를 220 − {age}로 계산할 때, 목표 심박수 구간(최대 심박수의 {pct_lo}~{pct_hi}%)을 구하시오. (반올림하여 정수로)",
        ])
        ans = f"{_r(Fr(mx * pct_lo, 100), 0)}회 이상 {_r(Fr(mx * pct_hi, 100), 0)}회 이하"
        ok = mx > 0
        d, lev, fmt = 2, "D", "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["백분율", "부등식"] if mode != "bmi" else ["비율"], check=lambda: ok)


@family(_S201, "expected-points-shot")
def _shots(rng: random.Random) -> Problem:
    p2 = rng.choice([45, 48, 50, 52, 55])
    p3 = rng.choice([33, 35, 36, 38, 40])
    mode = rng.choice(["compare", "data"])
    e2, e3 = Fr(2 * p2, 100), Fr(3 * p3, 100)
    better = "3점 슛" if e3 > e2 else "2점 슛" if e2 > e3 else "같다"
    if mode == "compare":
        text = rng.choice([
            f"어느 농구 팀의 2점 슛 성공률은 {p2}%, 3점 슛 성공률은 {p3}%이다. 슛 1개당 얻는 점수의 기댓값을 각각 구하고, 어느 슛이 더 유리한지 {_end(rng, '쓰')}",
            f"2점 슛 성공률 {p2}%, 3점 슛 성공률 {p3}%인 팀이 있다. 슛 한 번에 평균 몇 점을 얻는지 각각 구하여 비교하시오.",
        ])
        ans = f"2점 슛 {_r(e2, 2)}점, 3점 슛 {_r(e3, 2)}점, {better if better != '같다' else '두 슛이 같다'}"
        d, lev, fmt = 3, "B", "word"
    else:
        a2, a3 = rng.randint(40, 70), rng.randint(20, 40)
        m2, m3 = round(a2 * p2 / 100), round(a3 * p3 / 100)
        tb = "구분 | 시도 | 성공\n2점 슛 | " + f"{a2} | {m2}" + "\n3점 슛 | " + f"{a3} | {m3}"
        e2, e3 = Fr(2 * m2, a2), Fr(3 * m3, a3)
        better = "3점 슛" if e3 > e2 else "2점 슛" if e2 > e3 else "같다"
        text = f"다음은 어느 농구 선수의 한 시즌 슛 기록이다.\n{tb}\n슛 1개를 시도할 때 얻는 평균 점수를 2점 슛과 3점 슛 각각에 대하여 반올림하여 소수 둘째 자리까지 구하고, 더 효율적인 슛을 {_end(rng, '쓰')}"
        ans = f"2점 슛 {_r(e2, 2)}점, 3점 슛 {_r(e3, 2)}점, {better if better != '같다' else '두 슛이 같다'}"
        d, lev, fmt = 3, "B", "data"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["평균", "백분율"], check=lambda: (e3 > e2) == (better == "3점 슛"))


_SPORT_TASKS = [
    "피겨스케이팅, 체조, 다이빙 중 한 종목을 골라 점수 산출 방식을 조사하고, 최고점과 최저점을 빼는 방식이 공정성에 어떤 도움을 주는지 가상의 심판 점수 {k}세트를 만들어 평균과 비교하며 설명하시오.",
    "우리 반 학생 {k}명의 50m 달리기 기록과 제자리멀리뛰기 기록을 조사하여 표로 정리하고, 두 기록 사이의 관계를 산점도로 나타내어 분석한 뒤 체력 향상을 위한 운동 계획을 세우시오.",
    "좋아하는 프로 스포츠 팀의 최근 {k}경기 기록을 조사하여 승률, 득실 차, 평균 득점 등을 계산하고, 팀의 강점과 약점을 수학적 근거를 들어 분석하는 보고서를 쓰시오.",
    "일주일 동안 자신의 운동 시간과 걸음 수를 기록하고, 하루 평균과 목표치({k}천 보 등)를 비교하여 건강한 생활을 위한 실천 계획을 그래프와 함께 제시하시오.",
    "야구의 타율, 출루율, 장타율처럼 선수를 평가하는 지표 {k}가지를 조사하여 계산 방법을 정리하고, 자신만의 새로운 평가 지표를 만들어 그 지표가 합리적인 이유를 설명하시오.",
]


@family(_S201, "sports-activity-task")
def _sport_task(rng: random.Random) -> Problem:
    t = rng.choice(_SPORT_TASKS)
    k = rng.choice([8, 10]) if "천 보" in t else (rng.choice([20, 25, 30]) if "명의" in t else rng.choice([3, 4, 5]))
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["평균"])


# =================================================================================================
# 12수문02-02 게임과 수학
# =================================================================================================
@family(_S202, "subtraction-game")
def _subtraction_game(rng: random.Random) -> Problem:
    k = rng.randint(2, 6)
    n = rng.randint(12, 40)
    while n % (k + 1) == 0 and rng.random() < 0.7:
        n += 1
    obj, cnt = rng.choice([("바둑돌", "개"), ("성냥개비", "개"), ("구슬", "개"), ("카드", "장")])
    a, b = names(rng, 2)
    win_last = rng.random() < 0.7
    r = n % (k + 1) if win_last else (n - 1) % (k + 1)
    text = rng.choice([
        f"{obj} {n}{cnt}가 있다. {josa(a, '과/와')} {josa(b, '이/가')} 번갈아 가며 한 번에 1{cnt}부터 {k}{cnt}까지 가져가고, "
        + ("마지막 것을 가져가는 사람이 이긴다. " if win_last else "마지막 것을 가져가는 사람이 진다. ")
        + f"{josa(a, '이/가')} 먼저 시작할 때, 반드시 이기려면 {josa(a, '은/는')} 처음에 몇 {cnt}를 가져가야 하는지 {_end(rng)} (이길 수 없으면 '없다'라고 답한다.)",
        f"[님 게임] 두 사람이 {obj} {n}{cnt}에서 번갈아 1~{k}{cnt}씩 가져간다. "
        + ("마지막을 가져가면 승리한다. " if win_last else "마지막을 가져가면 패배한다. ")
        + f"먼저 하는 사람의 필승 전략에 따르면 첫 번째에 몇 {cnt}를 가져가야 하는가? (필승 전략이 없으면 '없다'라고 쓰시오.)",
    ])
    ans = f"{r}{cnt}" if r else "없다"

    def chk() -> bool:
        # brute force: win[m] for m objects left, player to move
        win = [False] * (n + 1)
        for m in range(1, n + 1):
            if win_last:
                win[m] = any(not win[m - t] for t in range(1, min(k, m) + 1))
            else:
                win[m] = any((m - t > 0) and not win[m - t] for t in range(1, min(k, m) + 1))
        moves = [t for t in range(1, min(k, n) + 1) if (n - t > 0 or win_last) and not win[n - t]] if n else []
        if not win_last:
            moves = [t for t in range(1, min(k, n) + 1) if n - t > 0 and not win[n - t]]
        return (moves == [r]) if r else not win[n]

    return Problem(text=text, answer=ans, format="word", difficulty=4 if not win_last else 3,
                   achievement_level="A" if not win_last else "B", concepts=["나머지", "배수"], check=chk)


@family(_S202, "nim-sum")
def _nim(rng: random.Random) -> Problem:
    piles = [rng.randint(1, 9) for _ in range(3)]
    x = piles[0] ^ piles[1] ^ piles[2]
    mode = rng.choice(["binary", "who"])
    desc = ", ".join(f"{p}개" for p in piles)
    if mode == "binary":
        text = rng.choice([
            f"세 더미의 돌이 각각 {desc} 있다. 두 사람이 번갈아 한 더미를 골라 1개 이상을 가져가고, 마지막 돌을 가져가는 사람이 이긴다. 님 게임의 필승 전략에서는 각 더미의 개수를 이진법으로 나타내어 자리마다 1의 개수가 짝수인지 확인한다. 세 수를 이진법으로 나타내고, 자리마다 1의 개수가 홀수이면 1, 짝수이면 0으로 쓴 수(님 합)를 이진법으로 {_end(rng, '쓰')}",
        ])
        ans = ", ".join(format(p, "b") + "₍₂₎" for p in piles) + f" / 님 합 {format(x, 'b')}₍₂₎"
        d, lev = 3, "C"
    else:
        text = rng.choice([
            f"돌이 {desc}씩 들어 있는 세 더미로 님 게임(한 번에 한 더미에서 1개 이상 가져가기, 마지막 돌을 가져가면 승리)을 한다. 각 더미의 개수를 이진법으로 나타냈을 때 자리마다 1의 개수가 모두 짝수인 상태에서 차례가 된 사람은 상대가 실수하지 않으면 진다. 먼저 하는 사람과 나중에 하는 사람 중 필승 전략이 있는 사람을 {_end(rng, '쓰')}",
            f"세 더미 {desc}로 시작하는 님 게임에서 먼저 하는 사람이 이길 수 있는지 이진법을 이용하여 판단하시오. (마지막 돌을 가져가는 사람이 이긴다.)",
        ])
        ans = "먼저 하는 사람" if x else "나중에 하는 사람"
        d, lev = 4, "B"

    def chk() -> bool:
        from functools import lru_cache

        @lru_cache(None)
        def win(state: tuple[int, ...]) -> bool:
            for i, p in enumerate(state):
                for t in range(1, p + 1):
                    nxt = tuple(sorted(state[:i] + (p - t,) + state[i + 1:]))
                    if not win(nxt):
                        return True
            return False
        return win(tuple(sorted(piles))) == (x != 0)

    return Problem(text=text, answer=ans, format="word" if mode == "who" else "computation", difficulty=d,
                   achievement_level=lev, concepts=["짝수", "홀수"], check=chk)


_YUT = [("도", 1), ("개", 2), ("걸", 3), ("윷", 4), ("모", 0)]


@family(_S202, "yut-probability")
def _yut(rng: random.Random) -> Problem:
    style = pick_style(rng)
    p = rng.choice([Fr(1, 2), Fr(1, 2), Fr(3, 5), Fr(2, 3)])
    nm, k = rng.choice(_YUT)
    prob = _m.comb(4, k) * p ** k * (1 - p) ** (4 - k)
    cond = ("각 윷가락이 평평한 면(배)이 위로 나올 확률이 1/2이고" if p == Fr(1, 2)
            else f"각 윷가락이 평평한 면(배)이 위로 나올 확률이 {_fr(p, style)}이고")
    rule = "윷가락 4개 중 배가 위로 나온 것이 1개면 도, 2개면 개, 3개면 걸, 4개면 윷, 0개면 모이다."
    text = rng.choice([
        f"윷놀이에서 {rule} {cond} 네 윷가락은 서로 영향을 주지 않는다고 할 때, 윷을 한 번 던져 '{nm}'가 나올 확률을 {_end(rng)}",
        f"{rule} ({cond} 각 윷가락은 독립이다.) 윷을 한 번 던질 때 {josa(nm, '이/가')} 나올 확률은?",
    ])
    ans = _fr(prob, style)

    def chk() -> bool:
        import itertools
        tot = Fr(0)
        for combo in itertools.product([0, 1], repeat=4):
            if sum(combo) == k:
                term = Fr(1)
                for c in combo:
                    term *= p if c else 1 - p
                tot += term
        return tot == prob

    return Problem(text=text, answer=ans, format="word", difficulty=3 if p == Fr(1, 2) else 4,
                   achievement_level="C" if p == Fr(1, 2) else "B", concepts=["확률", "독립시행"],
                   also=["12확통02-06"], check=chk)


@family(_S202, "gacha-at-least-one")
def _gacha(rng: random.Random) -> Problem:
    mode = rng.choice(["atleast", "expect"])
    p_pct = rng.choice([1, 2, 3, 5, 10] if mode == "atleast" else [1, 2, 4, 5, 10])
    n = rng.choice([10, 20, 30, 50, 100])
    item = rng.choice(["전설 등급 캐릭터", "희귀 아이템", "한정판 카드", "황금 열쇠"])
    p = Fr(p_pct, 100)
    if mode == "atleast":
        val = 1 - (1 - p) ** n
        text = rng.choice([
            f"어느 모바일 게임에서 뽑기를 한 번 할 때 {josa(item, '이/가')} 나올 확률은 {p_pct}%이다. 뽑기를 {n}번 할 때 {josa(item, '이/가')} 적어도 한 번 나올 확률을 계산기를 사용하여 반올림하여 소수 셋째 자리까지 {_end(rng)} (각 뽑기는 서로 독립이다.)",
            f"{item} 획득 확률이 {p_pct}%인 뽑기를 {n}회 반복한다. 한 번도 나오지 않을 확률을 이용하여 적어도 1회 나올 확률을 소수 셋째 자리까지 반올림하여 구하시오.",
        ])
        ans = _r(val, 3)
        ok = abs(float(val) - (1 - (1 - p_pct / 100) ** n)) < 1e-9
        d, lev, also = 3, "B", ["12확통02-03"]
    else:
        price = rng.choice([100, 300, 500, 1000])
        text = rng.choice([
            f"한 번에 {price}원인 게임 뽑기에서 {josa(item, '이/가')} 나올 확률은 {p_pct}%이다. {josa(item, '을/를')} 한 개 얻을 때까지 평균적으로 몇 번 뽑게 되는지와, 그때 드는 평균 비용을 {_end(rng)} (평균 횟수는 확률의 역수로 계산한다.)",
            f"확률 {p_pct}%로 {josa(item, '이/가')} 나오는 뽑기의 1회 가격은 {price}원이다. 확률의 역수로 평균 시도 횟수를 어림할 때, {item} 1개를 얻기 위한 평균 비용은 얼마인가?",
        ])
        times = 100 // p_pct
        ans = f"{times}번, {num(times * price)}원" if "몇 번" in text else f"{num(times * price)}원"
        ok = times * p_pct == 100
        d, lev, also = 2, "C", []
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["확률", "여사건"], also=also, check=lambda: ok)


def _magic3(rng: random.Random) -> list[list[int]]:
    base = [[2, 7, 6], [9, 5, 1], [4, 3, 8]]
    for _ in range(rng.randint(0, 3)):
        base = [list(r) for r in zip(*base[::-1], strict=True)]
    if rng.random() < 0.5:
        base = [r[::-1] for r in base]
    return base


@family(_S202, "magic-square")
def _magic(rng: random.Random) -> Problem:
    sq = _magic3(rng)
    off, mul = rng.choice([(0, 1), (0, 1), (10, 1), (0, 2), (-1, 3), (5, 1)])
    sq = [[v * mul + off for v in r] for r in sq]
    S = sum(sq[0])
    hide = rng.sample([(i, j) for i in range(3) for j in range(3)], rng.choice([3, 4]))
    # keep it solvable line by line: never hide a whole row/col? ensure center known or fine: check by solving
    grid = "\n".join(" | ".join("□" if (i, j) in hide else str(sq[i][j]) for j in range(3)) for i in range(3))
    letters = "ㄱㄴㄷㄹ"
    grid_l = grid
    for t, (i, j) in enumerate(sorted(hide)):
        grid_l = grid_l.split("\n")
        row = grid_l[i].split(" | ")
        row[j] = f"({letters[t]})"
        grid_l[i] = " | ".join(row)
        grid_l = "\n".join(grid_l)
    text = rng.choice([
        f"가로, 세로, 대각선에 놓인 세 수의 합이 모두 같은 마방진 게임을 하고 있다. 다음 마방진의 (ㄱ)~({letters[len(hide) - 1]})에 알맞은 수를 {_end(rng)}\n{grid_l}",
        f"조선의 수학자 최석정의 『구수략』에도 소개된 마방진은 가로, 세로, 대각선의 합이 모두 같다. 다음 3 × 3 마방진을 완성하시오.\n{grid_l}\n(빈칸 (ㄱ), (ㄴ), …에 들어갈 수를 차례로 쓰시오.)",
    ])
    ans = ", ".join(f"({letters[t]}) {sq[i][j]}" for t, (i, j) in enumerate(sorted(hide)))

    def chk() -> bool:
        lines = [sq[i] for i in range(3)] + [[sq[i][j] for i in range(3)] for j in range(3)]
        lines += [[sq[i][i] for i in range(3)], [sq[i][2 - i] for i in range(3)]]
        return all(sum(x) == S for x in lines)

    return Problem(text=text, answer=ans, format="fill", difficulty=2 if len(hide) == 3 else 3,
                   achievement_level="C", concepts=["덧셈"], check=chk)


@family(_S202, "hanoi-tower")
def _hanoi(rng: random.Random) -> Problem:
    n = rng.randint(3, 10)
    mode = rng.choice(["moves", "time", "seq"])
    if mode == "moves":
        text = rng.choice([
            f"하노이의 탑 게임에서 원판 {n}개를 한 기둥에서 다른 기둥으로 모두 옮기려고 한다. 한 번에 원판 하나만 옮길 수 있고 작은 원판 위에 큰 원판을 놓을 수 없을 때, 최소 이동 횟수를 {_end(rng)}",
            f"원판이 {n}개인 하노이의 탑을 규칙에 맞게 옮기는 데 필요한 최소 이동 횟수는 몇 번인가?",
        ])
        ans = f"{2 ** n - 1}번"
        d, lev = 2, "C"
    elif mode == "time":
        sec = rng.choice([1, 2, 3])
        text = f"하노이의 탑 원판 {n}개를 1번 옮기는 데 {sec}초가 걸린다면, 최소 횟수로 모두 옮기는 데 몇 분 몇 초가 걸리는지 {_end(rng)}"
        tot = (2 ** n - 1) * sec
        ans = f"{tot // 60}분 {tot % 60}초"
        d, lev = 3, "C"
    else:
        text = f"하노이의 탑에서 원판 n개를 옮기는 최소 횟수를 aₙ이라 하면 a₁ = 1이고 aₙ₊₁ = 2aₙ + 1이다. 이 관계를 이용하여 a₁부터 a{''.join('₀₁₂₃₄₅₆₇₈₉'[int(c)] for c in str(n))}까지 차례로 {_end(rng, '쓰')}"
        seq = [2 ** i - 1 for i in range(1, n + 1)]
        ans = ", ".join(map(str, seq))
        d, lev = 3, "B"

    def chk() -> bool:
        def moves(m: int) -> int:
            return 0 if m == 0 else 2 * moves(m - 1) + 1
        return moves(n) == 2 ** n - 1

    return Problem(text=text, answer=ans, format="computation" if mode == "moves" else ("word" if mode == "time" else "fill"),
                   difficulty=d, achievement_level=lev, concepts=["수열", "거듭제곱"],
                   also=["12대수03-06"] if mode == "seq" else [], check=chk)


@family(_S202, "rps-draw")
def _rps(rng: random.Random) -> Problem:
    n = rng.randint(2, 5)
    style = pick_style(rng)
    decided = Fr(3 * (2 ** n - 2), 3 ** n)
    mode = rng.choice(["draw", "decided"])
    q = "비길(승부가 나지 않을)" if mode == "draw" else "승부가 날"
    val = 1 - decided if mode == "draw" else decided
    text = rng.choice([
        f"{n}명이 동시에 가위바위보를 한 번 할 때 {q} 확률을 {_end(rng)} (단, 각자 가위, 바위, 보를 같은 가능성으로 낸다.)",
        f"친구 {n}명이 술래를 정하려고 가위바위보를 한다. 한 번 했을 때 {q} 확률은? (모든 사람이 세 가지를 같은 확률로 낸다.)",
    ])
    ans = _fr(val, style)

    def chk() -> bool:
        import itertools
        dec = sum(1 for c in itertools.product(range(3), repeat=n) if len(set(c)) == 2)
        return Fr(dec, 3 ** n) == decided

    return Problem(text=text, answer=ans, format="word", difficulty=3 if n <= 3 else 4,
                   achievement_level="B", concepts=["확률"], also=["12확통02-01"], check=chk)


@family(_S202, "dice-game-fairness")
def _dice_fair(rng: random.Random) -> Problem:
    import itertools
    a_sum = rng.choice([6, 7, 8])
    b_kind = rng.choice(["double", "ge10", "le4"])
    outcomes = list(itertools.product(range(1, 7), repeat=2))
    A = sum(1 for x, y in outcomes if x + y == a_sum)
    B = {"double": sum(1 for x, y in outcomes if x == y), "ge10": sum(1 for x, y in outcomes if x + y >= 10),
         "le4": sum(1 for x, y in outcomes if x + y <= 4)}[b_kind]
    b_txt = {"double": "두 눈의 수가 같으면", "ge10": "두 눈의 수의 합이 10 이상이면", "le4": "두 눈의 수의 합이 4 이하이면"}[b_kind]
    a_nm, b_nm = names(rng, 2)
    mode = rng.choice(["who", "fix"])
    res = a_nm if A > B else b_nm if B > A else "같다"
    if mode == "who":
        text = f"{josa(a_nm, '과/와')} {b_nm}는 주사위 두 개를 던져 두 눈의 수의 합이 {a_sum}이면 {josa(a_nm, '이/가')} 1점, {b_txt} {josa(b_nm, '이/가')} 1점을 얻는 게임을 한다. 누가 더 유리한지 확률을 비교하여 {_end(rng, '쓰')} (두 사람의 확률이 같으면 '같다'라고 쓴다.)"
        text = text.replace(f"{b_nm}는", josa(b_nm, "은/는"))
        ans = f"{res} (확률 {A}/36, {B}/36)" if res != "같다" else f"같다 (확률 {A}/36, {B}/36)"
        d, lev = 3, "C"
        ok = True
    else:
        pts_b = Fr(A, B)
        text = f"주사위 두 개를 던져 합이 {a_sum}이면 {josa(a_nm, '이/가')} 1점을 얻고, {b_txt} {josa(b_nm, '이/가')} x점을 얻는 게임이 있다. 두 사람이 얻는 점수의 기댓값이 같아 공정한 게임이 되도록 하는 x의 값을 {_end(rng)}"
        ans = _ans_fr(pts_b)
        d, lev = 4, "A"
        ok = pts_b * B == A
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["확률"], also=["12확통02-01"], check=lambda: ok)


_GAME_TASKS = [
    "주사위, 카드, 바둑돌 등을 이용한 자신만의 수학 게임을 만드시오. 게임 규칙, 승리 조건, 각 참가자가 이길 확률(또는 필승 전략의 유무)을 수학적으로 분석하여 게임이 공정한지 설명하고, 친구 {k}명과 실제로 해 본 결과를 정리하시오.",
    "윷놀이에서 윷가락 하나를 {k}0번 던져 배(평평한 면)가 나온 횟수를 기록하고, 이 결과로 도, 개, 걸, 윷, 모가 나올 확률을 추정하시오. 추정한 확률과 배가 나올 확률을 1/2로 가정한 경우를 비교하여 윷놀이의 규칙(말의 이동 칸 수)이 합리적인지 토론하시오.",
    "님 게임, 하노이의 탑, 스도쿠, 마방진 중 하나를 골라 숨어 있는 수학적 원리를 조사하고, 그 원리를 이용한 필승 전략이나 풀이 전략을 친구들에게 {k}분 동안 설명하는 발표를 준비하시오.",
    "모바일 게임 뽑기의 공개 확률표를 예로 들어, 원하는 아이템을 얻기까지 필요한 평균 횟수와 비용을 계산하고 {k}가지 이상의 수학적 근거를 들어 현명한 게임 소비 습관에 대한 안내문을 작성하시오.",
]


@family(_S202, "game-activity-task")
def _game_task(rng: random.Random) -> Problem:
    t = rng.choice(_GAME_TASKS)
    k = rng.choice([3, 5]) if "분 동안" in t else (rng.choice([5, 10]) if "0번" in t else rng.choice([2, 3]))
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["확률"])


# =================================================================================================
# 12수문02-03 디지털 기술과 수학
# =================================================================================================
_WORDS = ["MATH", "DATA", "CODE", "BYTE", "SAFE", "KOREA", "PIXEL", "QUIZ", "HELLO", "LOGIC", "PRIME", "CLOUD"]


def _shift(word: str, k: int) -> str:
    return "".join(chr((ord(c) - 65 + k) % 26 + 65) for c in word)


@family(_S203, "caesar-mod26")
def _caesar(rng: random.Random) -> Problem:
    w = rng.choice(_WORDS)
    k = rng.randint(3, 23)
    mode = rng.choice(["enc", "dec", "key"])
    table = "(A=0, B=1, …, Z=25로 바꾸어 계산한다.)"
    if mode == "enc":
        text = rng.choice([
            f"알파벳 A, B, …, Z를 0, 1, …, 25에 대응시키고, 각 글자의 수 x를 (x + {k})를 26으로 나눈 나머지에 해당하는 글자로 바꾸는 암호가 있다. 단어 {w}를 암호화한 결과를 {_end(rng, '쓰')}",
            f"카이사르 암호에서 열쇠가 {k}이면 각 글자를 알파벳 순서로 {k}칸 뒤의 글자로 바꾼다(Z 다음은 A). {w}를 이 방법으로 암호화하시오. {table}",
        ])
        ans = _shift(w, k)
    elif mode == "dec":
        text = rng.choice([
            f"각 글자를 알파벳 순서로 {k}칸씩 밀어서 만든 암호문이 {_shift(w, k)}이다. 원래의 평문을 {_end(rng, '쓰')} {table}",
            f"암호화 규칙이 y = (x + {k}) mod 26인 이동 암호로 만든 암호문 {josa(_shift(w, k), '을/를')} 해독하시오. (x: 평문 글자의 수, y: 암호문 글자의 수, A=0, …, Z=25)",
        ])
        ans = w
    else:
        text = rng.choice([
            f"어떤 이동 암호에서 평문 {josa(w, '이/가')} 암호문 {_shift(w, k)}로 바뀌었다. 이 암호의 열쇠(밀어 낸 칸 수)를 {_end(rng)} (0 이상 25 이하의 수로 답한다.)",
        ])
        ans = str(k)
    ok = _shift(_shift(w, k), 26 - k) == w
    return Problem(text=text, answer=ans, format="word" if mode != "enc" else "computation", difficulty=2,
                   achievement_level="D", concepts=["나머지"], check=lambda: ok)


@family(_S203, "affine-cipher")
def _affine(rng: random.Random) -> Problem:
    a = rng.choice([3, 5, 7, 9, 11, 15, 17, 19, 21, 25])
    b = rng.randint(1, 20)
    w = rng.choice(["HI", "GO", "MATH", "SUM", "KEY", "ART", "FUN"])
    enc = "".join(chr((a * (ord(c) - 65) + b) % 26 + 65) for c in w)
    mode = rng.choice(["enc", "inv"])
    if mode == "enc":
        text = rng.choice([
            f"알파벳 A~Z를 0~25에 대응시키고, 글자의 수 x를 {josa(f'{a}x + {b}', '을/를')} 26으로 나눈 나머지 y로 바꾸는 아핀 암호가 있다. {josa(w, '을/를')} 암호화한 결과를 {_end(rng, '쓰')}",
            f"암호화 함수 y ≡ {a}x + {b} (mod 26)을 이용하여 평문 {josa(w, '을/를')} 암호문으로 바꾸시오. (A=0, B=1, …, Z=25)",
        ])
        ans = enc
        d, lev = 3, "C"
    else:
        inv = pow(a, -1, 26)
        text = rng.choice([
            f"아핀 암호 y ≡ {a}x + {b} (mod 26)을 해독하려면 {a}x ≡ 1 (mod 26)을 만족하는 x, 즉 26을 법으로 하는 {a}의 곱셈에 대한 역원이 필요하다. 0 이상 25 이하에서 이 값을 {_end(rng)}",
            f"{a} × □를 26으로 나눈 나머지가 1이 되는 0 이상 25 이하의 자연수 □를 구하시오. (아핀 암호의 해독 열쇠를 찾는 과정이다.)",
        ])
        ans = str(inv)
        d, lev = 3, "B"
    return Problem(text=text, answer=ans, format="computation" if mode == "enc" else "fill", difficulty=d,
                   achievement_level=lev, concepts=["나머지"],
                   check=lambda: "".join(chr((pow(a, -1, 26) * (ord(c) - 65 - b)) % 26 + 65) for c in enc) == w)


@family(_S203, "barcode-check-digit")
def _barcode(rng: random.Random) -> Problem:
    digits = [8, 8, 0] + [rng.randint(0, 9) for _ in range(9)] if rng.random() < 0.5 else [9, 7, 8, 8, 9] + [rng.randint(0, 9) for _ in range(7)]
    s = sum(dg * (1 if i % 2 == 0 else 3) for i, dg in enumerate(digits))
    c = (10 - s % 10) % 10
    kind = "ISBN-13" if digits[:3] == [9, 7, 8] else "상품 바코드(EAN-13)"
    mode = rng.choice(["find", "valid"])
    code = "".join(map(str, digits))
    rule = "앞에서부터 홀수 번째 자리의 숫자에는 1을, 짝수 번째 자리의 숫자에는 3을 곱하여 모두 더한 값에 마지막 자리(검증 숫자)를 더하면 10의 배수가 된다."
    if mode == "find":
        text = rng.choice([
            f"{kind}는 13자리이며, {rule} 앞의 12자리가 {code}일 때 검증 숫자를 {_end(rng)}",
            f"13자리 {kind}의 마지막 자리는 입력 오류를 찾기 위한 숫자이다. {rule} {code}□에서 □에 알맞은 숫자를 {_end(rng, '쓰')}",
        ])
        ans = str(c)
        fmt = "fill" if "□" in text else "computation"
        d, lev = 2, "C"
    else:
        wrong = (c + rng.randint(1, 9)) % 10
        shown = rng.choice([c, wrong])
        text = f"{kind}에서 {rule} 다음 번호가 올바른 번호인지 판단하시오.\n{code}{shown}"
        ans = "올바르다" if shown == c else "올바르지 않다"
        fmt = "word"
        d, lev = 2, "C"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["배수", "나머지"], check=lambda: (s + c) % 10 == 0)


_SMALL_RSA = [(5, 11, 3), (3, 11, 7), (5, 7, 5), (7, 11, 7), (3, 17, 3), (5, 13, 5), (11, 13, 7), (7, 13, 5)]


@family(_S203, "toy-rsa")
def _rsa(rng: random.Random) -> Problem:
    p, q, e = rng.choice(_SMALL_RSA)
    n, phi = p * q, (p - 1) * (q - 1)
    assert _m.gcd(e, phi) == 1
    d = pow(e, -1, phi)
    mode = rng.choice(["phi-d", "enc", "dec"])
    m = rng.randint(2, n - 1)
    if mode == "phi-d":
        text = rng.choice([
            f"RSA 암호를 아주 작은 수로 흉내 내 보자. 두 소수 p = {p}, q = {q}에 대하여 n = pq, φ = (p − 1)(q − 1)이라 하고 공개 열쇠를 e = {e}로 정하였다. e × d를 φ로 나눈 나머지가 1이 되는 φ보다 작은 자연수 d(개인 열쇠)를 {_end(rng)}",
            f"p = {p}, q = {q}, e = {e}인 간이 RSA에서 (p − 1)(q − 1)의 값과 개인 열쇠 d(단, {e}d를 (p − 1)(q − 1)로 나눈 나머지가 1, 0 < d < (p − 1)(q − 1))를 차례로 {_end(rng)}",
        ])
        ans = f"{d}" if "차례로" not in text else f"{phi}, {d}"
        dd, lev = 3, "B"
        ok = (e * d) % phi == 1
    elif mode == "enc":
        c = pow(m, e, n)
        text = rng.choice([
            f"공개 열쇠가 (n, e) = ({n}, {e})인 간이 RSA 암호에서 평문 M을 암호문 C = (M^{e}을 {josa(str(n), '으로/로')} 나눈 나머지)로 바꾼다. M = {m}일 때 C를 {_end(rng)}",
            f"간이 RSA에서 n = {n}, e = {e}이다. 평문 {m}을(를) 암호화한 값, 즉 {m}^{e}을 {josa(str(n), '으로/로')} 나눈 나머지를 {_end(rng)}".replace(f"{m}을(를)", josa(str(m), "을/를")),
        ])
        ans = str(c)
        dd, lev = 4, "B"
        ok = pow(c, d, n) == m
    else:
        c = pow(m, e, n)
        text = rng.choice([
            f"n = {n}, 개인 열쇠 d = {d}인 간이 RSA에서 받은 암호문이 C = {c}이다. 평문 M = (C^d를 {josa(str(n), '으로/로')} 나눈 나머지)를 계산기를 이용하여 {_end(rng)}",
        ])
        ans = str(m)
        dd, lev = 4, "A"
        ok = pow(m, e, n) == c
    return Problem(text=text, answer=ans, format="computation", difficulty=dd, achievement_level=lev,
                   concepts=["소수", "나머지"], check=lambda: ok)


@family(_S203, "image-bits")
def _image_bits(rng: random.Random) -> Problem:
    mode = rng.choice(["colors", "size", "gray"])
    if mode == "colors":
        b = rng.choice([1, 2, 4, 8, 16, 24])
        text = rng.choice([
            f"디지털 이미지에서 한 화소의 색을 {b}비트로 나타내면 표현할 수 있는 색은 모두 몇 가지인지 {_end(rng)}",
            f"한 픽셀에 {b}비트를 쓰는 그림 파일은 최대 몇 가지 색을 나타낼 수 있는가? (1비트는 0 또는 1이다.)",
        ])
        ans = f"{num(2 ** b)}가지"
        d, lev = 1, "D"
    elif mode == "size":
        W, H = rng.choice([(1920, 1080), (1280, 720), (800, 600), (4000, 3000), (1024, 768)])
        byte = rng.choice([3, 1, 4])
        tot = W * H * byte
        text = rng.choice([
            f"가로 {W}화소, 세로 {H}화소인 사진을 압축하지 않고 저장한다. 한 화소에 {byte}바이트를 사용할 때 파일의 크기는 몇 MB인지 반올림하여 소수 첫째 자리까지 {_end(rng)} (단, 1MB = 2²⁰바이트이다.)",
            f"해상도 {W} × {H}인 화면 한 장을 화소당 {byte * 8}비트로 저장하려면 몇 MB가 필요한가? (1바이트 = 8비트, 1MB = 1048576바이트, 반올림하여 소수 첫째 자리까지)",
        ])
        ans = f"{_r(Fr(tot, 2 ** 20), 1)}MB"
        d, lev = 3, "C"
    else:
        v = rng.randint(0, 255)
        text = rng.choice([
            f"흑백 이미지에서 밝기는 0(검정)부터 255(흰색)까지의 정수로 8비트로 저장된다. 밝기 {v}를 8자리 이진법 수로 {_end(rng, '쓰')}",
            f"8비트 회색조 이미지의 한 화소 값이 {v}이다. 이 값을 8자리 이진수로 나타내시오. (앞자리가 0이면 0을 채워 쓴다.)",
        ])
        ans = format(v, "08b")
        d, lev = 2, "D"
    return Problem(text=text, answer=ans, format="computation" if mode != "size" else "word", difficulty=d,
                   achievement_level=lev, concepts=["거듭제곱"], check=lambda: True if mode != "gray" else int(ans, 2) == v)


@family(_S203, "parity-bit")
def _parity(rng: random.Random) -> Problem:
    bits = [rng.randint(0, 1) for _ in range(7)]
    even = rng.random() < 0.6
    pbit = sum(bits) % 2 if even else 1 - sum(bits) % 2
    mode = rng.choice(["add", "detect"])
    kind = "짝수" if even else "홀수"
    s = "".join(map(str, bits))
    if mode == "add":
        text = rng.choice([
            f"데이터를 보낼 때 7비트 뒤에 1비트를 덧붙여 8비트 전체의 1의 개수가 {kind}가 되게 하는 방법을 {kind} 패리티라고 한다. 데이터 {s}에 붙일 패리티 비트를 {_end(rng, '쓰')}",
            f"{kind} 패리티 검사를 사용하는 통신에서 7비트 데이터 {josa(s, '을/를')} 보낼 때, 맨 뒤에 붙는 비트는 0과 1 중 무엇인가?",
        ])
        ans = str(pbit)
        ok = (sum(bits) + pbit) % 2 == (0 if even else 1)
        d, lev = 2, "D"
    else:
        recv = bits + [pbit]
        flip = rng.random() < 0.5
        if flip:
            i = rng.randrange(8)
            recv[i] ^= 1
        r = "".join(map(str, recv))
        text = f"{kind} 패리티(8비트 중 1의 개수가 {kind})를 사용하는 통신에서 8비트 {josa(r, '을/를')} 받았다. 전송 중에 오류가 생겼는지 판단하고 그 까닭을 {_end(rng, '쓰')} (단, 오류는 많아야 1비트에서만 생긴다.)"
        cnt = sum(recv)
        bad = (cnt % 2 == 1) if even else (cnt % 2 == 0)
        ans = f"{'오류가 있다' if bad else '오류가 없다'} (1의 개수 {cnt}개)"
        ok = bad == flip
        d, lev = 3, "C"
    return Problem(text=text, answer=ans, format="word" if mode == "detect" else "computation", difficulty=d,
                   achievement_level=lev, concepts=["짝수", "홀수"], check=lambda: ok)


@family(_S203, "bezier-point")
def _bezier(rng: random.Random) -> Problem:
    P = [(rng.randint(-4, 4) * 2, rng.randint(-4, 4) * 2) for _ in range(3)]
    t = rng.choice([Fr(1, 2), Fr(1, 4), Fr(3, 4)])
    style = pick_style(rng)
    pt = tuple((1 - t) ** 2 * P[0][i] + 2 * (1 - t) * t * P[1][i] + t ** 2 * P[2][i] for i in range(2))
    text = rng.choice([
        f"컴퓨터 그래픽에서 곡선을 그릴 때 쓰는 2차 베지에 곡선은 세 조절점 P₀, P₁, P₂에 대하여 B(t) = (1 − t)²P₀ + 2t(1 − t)P₁ + t²P₂ (0 ≤ t ≤ 1)로 정해진다. P₀{P[0]}, P₁{P[1]}, P₂{P[2]}일 때, t = {_fr(t, style)}에 대응하는 곡선 위의 점의 좌표를 {_end(rng)}",
        f"글꼴 디자인 프로그램은 세 점 A{P[0]}, B{P[1]}, C{P[2]}로 곡선 (1 − t)²A + 2t(1 − t)B + t²C (0 ≤ t ≤ 1)를 그린다. t = {_fr(t, style)}일 때 곡선 위의 점의 좌표는?",
    ])
    ans = f"({_ans_fr(pt[0])}, {_ans_fr(pt[1])})"

    def chk() -> bool:
        # de Casteljau: two linear interpolations
        def lerp(a, b):
            return tuple(a[i] + t * (b[i] - a[i]) for i in range(2))
        q = lerp(lerp(P[0], P[1]), lerp(P[1], P[2]))
        return q == pt

    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="B",
                   concepts=["좌표", "내분"], check=chk)


@family(_S203, "password-space")
def _password(rng: random.Random) -> Problem:
    mode = rng.choice(["count", "time", "compare"])
    if mode == "count":
        n = rng.choice([4, 6])
        kind, k = rng.choice([("숫자(0~9)", 10), ("영어 소문자(26개)", 26), ("영어 소문자와 숫자(36개)", 36)])
        text = rng.choice([
            f"{kind}로만 이루어진 {n}자리 비밀번호(같은 문자를 여러 번 써도 된다)는 모두 몇 가지인지 {_end(rng)}",
            f"각 자리에 {kind} 중 하나를 쓰는 {n}자리 비밀번호를 만들 때, 가능한 비밀번호의 수를 구하시오. (중복 허용)",
        ])
        ans = f"{num(k ** n)}가지"
        d, lev, also = 2, "C", ["10공수1-03-01"]
    elif mode == "time":
        n = rng.choice([4, 5, 6])
        speed = rng.choice([10, 100, 1000])
        tot = 10 ** n
        sec = Fr(tot, speed)
        text = f"1초에 {speed}개의 비밀번호를 시도할 수 있는 프로그램이 숫자로만 된 {n}자리 비밀번호를 모두 시도하는 데 최대 몇 초가 걸리는지 {_end(rng)}"
        ans = f"{num(int(sec))}초"
        d, lev, also = 2, "D", []
    else:
        a_n, b_n = 4, rng.choice([6, 8])
        ratio = Fr(10 ** b_n, 10 ** a_n)
        text = f"숫자 {b_n}자리 비밀번호의 경우의 수는 숫자 {a_n}자리 비밀번호의 경우의 수의 몇 배인지 {_end(rng)} 또, 이 결과가 보안에 주는 의미를 한 문장으로 쓰시오."
        ans = f"{num(int(ratio))}배, 자릿수가 늘면 경우의 수가 거듭제곱으로 늘어나 무작위 대입으로 알아내기 훨씬 어려워진다."
        d, lev, also = 2, "C", []
    return Problem(text=text, answer=ans, format="word" if mode != "count" else "computation", difficulty=d,
                   achievement_level=lev, concepts=["곱의 법칙", "거듭제곱"], also=also, check=lambda: True)


_DIGI_TASKS = [
    "우리 주변의 바코드(책의 ISBN, 상품의 바코드) {k}개를 모아 검증 숫자 규칙이 맞는지 직접 계산하여 확인하고, 한 자리를 잘못 입력했을 때 이 규칙으로 오류를 찾을 수 있는 까닭을 설명하는 보고서를 쓰시오.",
    "카이사르 암호, 아핀 암호, 빈도 분석 등 암호와 관련된 수학 원리를 조사하여, 모둠별로 자신만의 암호 규칙을 만들고 다른 모둠과 암호문을 {k}개씩 교환하여 해독해 보는 활동을 하시오. 해독에 걸린 시간과 방법을 비교하여 안전한 암호의 조건을 정리하시오.",
    "QR코드의 구조(위치 찾기 무늬, 오류 정정 등)를 조사하고, 모눈종이에 {k} × {k} 칸의 간단한 흑백 코드(0과 1)를 설계하여 친구가 읽을 수 있도록 해독 규칙을 정하시오.",
    "공학 도구로 좌표평면 위의 도형을 평행이동, 대칭이동, 회전이동하여 {k}초짜리 간단한 애니메이션을 만들고, 각 장면에서 사용한 좌표 변환 규칙을 식으로 정리하시오.",
]


@family(_S203, "digital-activity-task")
def _digi_task(rng: random.Random) -> Problem:
    t = rng.choice(_DIGI_TASKS)
    k = rng.choice([5, 7]) if "칸의" in t else (rng.choice([5, 10]) if "초짜리" in t else rng.choice([3, 5]))
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["나머지"])


# =================================================================================================
# 12수문02-04 투표와 수학
# =================================================================================================
def _profile(rng: random.Random, m: int = 3) -> tuple[list[str], list[tuple[int, tuple[str, ...]]]]:
    import itertools
    cands = rng.choice([["A", "B", "C", "D"], ["가", "나", "다", "라"], ["갑", "을", "병", "정"]])[:m]
    orders = rng.sample(list(itertools.permutations(cands)), rng.randint(3, min(5, _m.factorial(m))))
    return cands, [(rng.randint(3, 20), o) for o in orders]


def _pref_table(rng: random.Random, prof, unit: str = "명") -> str:
    head = "순위 | " + " | ".join(f"{c}{unit}" for c, _ in prof)
    rows = [head]
    m = len(prof[0][1])
    for r in range(m):
        rows.append(f"{r + 1}순위 | " + " | ".join(o[r] for _, o in prof))
    return "\n".join(rows)


def _plurality(prof) -> dict[str, int]:
    out: dict[str, int] = {}
    for c, o in prof:
        out[o[0]] = out.get(o[0], 0) + c
    return out


def _borda(prof) -> dict[str, int]:
    out: dict[str, int] = {}
    m = len(prof[0][1])
    for c, o in prof:
        for i, x in enumerate(o):
            out[x] = out.get(x, 0) + c * (m - 1 - i)
    return out


def _unique_max(d: dict[str, int]) -> str | None:
    best = max(d.values())
    w = [k for k, v in d.items() if v == best]
    return w[0] if len(w) == 1 else None


def _beats(prof, x: str, y: str) -> int:
    return sum(c for c, o in prof if o.index(x) < o.index(y))


def _condorcet(prof, cands) -> str | None:
    tot = sum(c for c, _ in prof)
    for x in cands:
        if all(2 * _beats(prof, x, y) > tot for y in cands if y != x):
            return x
    return None


def _runoff(prof, cands) -> str | None:
    pl = _plurality(prof)
    full = {c: pl.get(c, 0) for c in cands}
    tot = sum(c for c, _ in prof)
    top = sorted(full.items(), key=lambda t: -t[1])
    if 2 * top[0][1] > tot:
        return top[0][0]
    if top[1][1] == top[2][1] if len(top) > 2 else False:
        return None
    x, y = top[0][0], top[1][0]
    bx = _beats(prof, x, y)
    if 2 * bx == tot:
        return None
    return x if 2 * bx > tot else y


_VOTE_CTX = ["학급 회장 선거", "체육 대회 반 티셔츠 색 정하기", "수학여행 장소 투표", "동아리 대표 선출", "축제 공연 순서 정하기", "급식 인기 메뉴 선정"]


@family(_S204, "plurality-vs-borda")
def _plur_borda(rng: random.Random) -> Problem:
    for _ in range(300):
        cands, prof = _profile(rng, rng.choice([3, 3, 4]))
        pw = _unique_max({c: _plurality(prof).get(c, 0) for c in cands})
        bw = _unique_max(_borda(prof))
        if pw and bw:
            break
    ctx = rng.choice(_VOTE_CTX)
    m = len(cands)
    mode = rng.choice(["plurality", "borda", "borda"])
    intro = rng.choice([f"{ctx}에서 후보 {', '.join(cands)}에 대하여 투표자들이 선호 순위를 적어 낸 결과가 다음과 같다.",
                        f"다음은 {ctx}에 참여한 사람들의 선호 순위를 유형별로 정리한 표이다."])
    tb = _pref_table(rng, prof)
    if mode == "plurality":
        q = rng.choice([f"1순위 표를 가장 많이 받은 후보가 당선되는 다수결(단순 다수제)로 정할 때 당선자를 {_end(rng, '쓰')}",
                        "각 투표자의 1순위만 세어 가장 많은 표를 얻은 후보를 뽑는다면 누가 뽑히는가?"])
        ans = pw
        d, lev = 1, "D"
    else:
        pts = ", ".join(f"{i + 1}순위 {m - 1 - i}점" for i in range(m))
        q = rng.choice([f"보르다 방식({pts})으로 점수를 매길 때 각 후보의 점수와 당선자를 {_end(rng)}",
                        f"순위에 따라 {pts}을 주어 합계가 가장 큰 후보를 뽑을 때, 당선자는 누구인지 점수와 함께 {_end(rng, '쓰')}"])
        b = _borda(prof)
        ans = ", ".join(f"{c} {b[c]}점" for c in cands) + f" / 당선자 {bw}"
        d, lev = 3, "C"
    return Problem(text=f"{intro}\n{tb}\n{q}", answer=ans, format="data", difficulty=d, achievement_level=lev,
                   concepts=["표", "곱셈"], check=lambda: (_unique_max(_borda(prof)) == bw) and bool(pw))


@family(_S204, "condorcet-pairwise")
def _pairwise(rng: random.Random) -> Problem:
    for _ in range(300):
        cands, prof = _profile(rng, 3)
        tot = sum(c for c, _ in prof)
        if tot % 2 == 1:
            break
    cw = _condorcet(prof, cands)
    x, y = rng.sample(cands, 2)
    mode = rng.choice(["pair", "winner"])
    tb = _pref_table(rng, prof)
    intro = f"{rng.choice(_VOTE_CTX)}에서 투표자 {tot}명의 선호 순위가 다음과 같다."
    if mode == "pair":
        bx = _beats(prof, x, y)
        q = rng.choice([f"두 후보 {x}, {y}만 놓고 일대일로 비교할 때, {josa(x, '을/를')} {y}보다 앞 순위로 둔 사람은 몇 명이고 일대일 대결의 승자는 누구인지 {_end(rng, '쓰')}",
                        f"{josa(x, '과/와')} {josa(y, '을/를')} 일대일로 대결시키면 각각 몇 표를 얻는지 구하시오."])
        ans = f"{x} {bx}표, {y} {tot - bx}표" + (f", 승자 {x if 2 * bx > tot else y}" if "승자" in q else "")
        d, lev = 2, "C"
        ok = _beats(prof, y, x) == tot - bx
    else:
        q = rng.choice([f"모든 후보와의 일대일 대결에서 이기는 후보(콩도르세 승자)가 있으면 찾고, 없으면 '없다'라고 {_end(rng, '쓰')}",
                        "다른 모든 후보를 일대일 비교에서 이기는 후보가 있는지 조사하시오. (있으면 그 후보를, 없으면 '없다'를 쓰시오.)"])
        ans = cw if cw else "없다"
        d, lev = 3, "B"
        ok = True
        if not cw:
            ok = all(any(2 * _beats(prof, o, c) > tot for o in cands if o != c) for c in cands)
    return Problem(text=f"{intro}\n{tb}\n{q}", answer=ans, format="data", difficulty=d, achievement_level=lev,
                   concepts=["표"], check=lambda: ok)


@family(_S204, "runoff-election")
def _runoff_fam(rng: random.Random) -> Problem:
    for _ in range(500):
        cands, prof = _profile(rng, 3)
        pl = _plurality(prof)
        full = {c: pl.get(c, 0) for c in cands}
        tot = sum(full.values())
        vals = sorted(full.values(), reverse=True)
        if 2 * vals[0] <= tot and len(set(vals)) == 3:
            rw = _runoff(prof, cands)
            if rw and (rw != max(full, key=full.get) or rng.random() < 0.3):
                break
    pw = max(full, key=full.get)
    text = rng.choice([
        f"다음은 후보 {', '.join(cands)}에 대한 {tot}명의 선호 순위이다.\n{_pref_table(rng, prof)}\n1순위 득표가 과반수인 후보가 없으면 1, 2위 후보만으로 결선 투표를 하여 당선자를 정한다. 투표자가 표에 적힌 순위대로 투표할 때 당선자를 {_end(rng, '쓰')}",
        f"결선 투표제를 쓰는 {rng.choice(_VOTE_CTX)}의 선호 순위 자료이다.\n{_pref_table(rng, prof)}\n1차 투표의 1위와 결선 투표의 당선자를 차례로 쓰시오. (과반수 득표자가 없으면 상위 두 후보가 결선에 오르고, 투표자는 선호 순위대로 투표한다.)",
    ])
    ans = rw if "차례로" not in text else f"{pw}, {rw}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["표"], check=lambda: _runoff(prof, cands) == rw)


def _hamilton(pops: list[int], seats: int) -> list[int]:
    tot = sum(pops)
    quotas = [Fr(p * seats, tot) for p in pops]
    base = [int(q) for q in quotas]
    rem = seats - sum(base)
    order = sorted(range(len(pops)), key=lambda i: -(quotas[i] - base[i]))
    for i in order[:rem]:
        base[i] += 1
    return base


def _dhondt(votes: list[int], seats: int) -> list[int]:
    alloc = [0] * len(votes)
    for _ in range(seats):
        i = max(range(len(votes)), key=lambda j: Fr(votes[j], alloc[j] + 1))
        alloc[i] += 1
    return alloc


@family(_S204, "hamilton-apportionment")
def _hamilton_fam(rng: random.Random) -> Problem:
    for _ in range(300):
        k = rng.choice([3, 4])
        pops = [rng.randint(20, 99) * 10 for _ in range(k)]
        seats = rng.choice([10, 12, 15, 20])
        tot = sum(pops)
        quotas = [Fr(p * seats, tot) for p in pops]
        fr = [q - int(q) for q in quotas]
        if len(set(fr)) == k and all(q.denominator != 1 for q in quotas):
            break
    units = rng.choice([("반", "명", "학생회 대의원"), ("동아리", "명", "축제 부스"), ("마을", "가구", "위원")])
    labels = [f"{chr(65 + i)}{units[0]}" if units[0] != "반" else f"{i + 1}반" for i in range(k)]
    tb = f"{units[0]} | " + " | ".join(labels) + f"\n인원({units[1]}) | " + " | ".join(map(str, pops))
    alloc = _hamilton(pops, seats)
    text = rng.choice([
        f"{units[2]} {seats}자리를 인원에 비례하여 나누려고 한다.\n{tb}\n각 {units[0]}의 몫(= 인원 × {seats} ÷ 전체 인원)의 정수 부분을 먼저 배정하고, 남은 자리는 소수 부분이 큰 순서대로 1자리씩 주는 해밀턴 방식으로 배정할 때, 각 {units[0]}에 배정되는 자리 수를 {_end(rng)}",
        f"다음 표의 인원에 따라 {units[2]} {seats}자리를 해밀턴 방식(최대 잔여법)으로 배분하시오.\n{tb}",
    ])
    ans = ", ".join(f"{lab} {a}자리" for lab, a in zip(labels, alloc, strict=True))
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["비례배분", "표"], check=lambda: sum(alloc) == seats and all(abs(a - q) < 1 for a, q in zip(alloc, quotas, strict=True)))


@family(_S204, "dhondt-seats")
def _dhondt_fam(rng: random.Random) -> Problem:
    for _ in range(300):
        k = 3
        votes = [rng.randint(10, 60) * 100 for _ in range(k)]
        seats = rng.choice([5, 6, 7, 8])
        # avoid ties among the quotients that decide the last seat
        qs = sorted((Fr(v, d) for v in votes for d in range(1, seats + 1)), reverse=True)
        if qs[seats - 1] != qs[seats]:
            break
    parties = rng.choice([["가당", "나당", "다당"], ["A정당", "B정당", "C정당"], ["파랑 팀", "초록 팀", "노랑 팀"]])
    alloc = _dhondt(votes, seats)
    tb = "정당 | " + " | ".join(parties) + "\n득표수 | " + " | ".join(num(v) for v in votes)
    text = rng.choice([
        f"비례대표 {seats}석을 동트(d'Hondt) 방식으로 나누려고 한다. 각 정당의 득표수를 1, 2, 3, …으로 나눈 값 중 큰 것부터 차례로 {seats}개를 골라 그 값의 정당에 1석씩 준다.\n{tb}\n각 정당이 얻는 의석수를 {_end(rng)}",
        f"다음 득표 결과로 의석 {seats}개를 배분한다.\n{tb}\n득표수를 1, 2, 3, …으로 나눈 몫을 모두 비교하여 큰 순서로 {seats}개에 의석을 주는 방식(동트 방식)을 쓸 때 정당별 의석수를 쓰시오.",
    ])
    ans = ", ".join(f"{p} {a}석" for p, a in zip(parties, alloc, strict=True))

    def chk() -> bool:
        qs2 = sorted(((Fr(v, dd), i) for i, v in enumerate(votes) for dd in range(1, seats + 1)), reverse=True)[:seats]
        cnt = [sum(1 for _, i in qs2 if i == j) for j in range(k)]
        return cnt == alloc

    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B",
                   concepts=["표", "나눗셈"], check=chk)


@family(_S204, "quota-threshold")
def _quota(rng: random.Random) -> Problem:
    n = rng.randint(21, 320)
    kind, num_, den, strict = rng.choice([("과반수", 1, 2, True), ("3분의 2 이상", 2, 3, False), ("5분의 3 이상", 3, 5, False), ("4분의 3 이상", 3, 4, False)])
    need = (n * num_) // den + 1 if strict else -((-n * num_) // den)
    body = rng.choice(["학생회 회칙 개정안", "학급 규칙 변경안", "동아리 예산안", "아파트 관리 규약 변경안"])
    text = rng.choice([
        f"재적 인원 {n}명인 회의에서 {josa(body, '이/가')} 통과되려면 재적 인원의 {kind}의 찬성이 필요하다. 찬성표가 최소 몇 표 있어야 하는지 {_end(rng)}",
        f"{josa(body, '은/는')} 전체 {n}명 중 {kind} 찬성으로 의결된다. 의결에 필요한 최소 찬성 인원은?",
    ])
    ans = f"{need}" + ("표" if "몇 표" in text else "명")
    ok = (2 * need > n and 2 * (need - 1) <= n) if strict else (need * den >= n * num_ and (need - 1) * den < n * num_)
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["분수", "이상", "초과"], check=lambda: ok)


@family(_S204, "weighted-voting")
def _weighted(rng: random.Random) -> Problem:
    import itertools
    for _ in range(200):
        w = sorted(rng.sample(range(1, 10), 3), reverse=True)
        q = rng.randint(sum(w) // 2 + 1, sum(w) - 1)
        players = ["A", "B", "C"]
        wins = [s for r in range(1, 4) for s in itertools.combinations(range(3), r) if sum(w[i] for i in s) >= q]
        if len(wins) >= 2:
            break
    mode = rng.choice(["coalitions", "dictator"])
    ctx = rng.choice(["세 주주가 지분에 따라 표를 행사하는 회사", "세 학급 대표가 학생 수만큼 표를 가지는 회의", "세 나라가 인구에 따라 표를 갖는 연합 회의"])
    desc = ", ".join(f"{p} {x}표" for p, x in zip(players, w, strict=True))
    if mode == "coalitions":
        text = rng.choice([
            f"{ctx}에서 표의 수는 {desc}이고, 안건이 통과되려면 {q}표 이상이 필요하다. 안건을 통과시킬 수 있는 참가자들의 모임(1명 이상)을 모두 {_end(rng, '쓰')}",
            f"가중 투표 [{q} : {w[0]}, {w[1]}, {w[2]}](통과 기준 {q}표, A, B, C의 표 수)에서 통과에 필요한 표를 모을 수 있는 연합을 모두 찾으시오.",
        ])
        ans = ", ".join("{" + ", ".join(players[i] for i in s) + "}" for s in wins)
        d, lev = 3, "B"
        ok = all(sum(w[i] for i in s) >= q for s in wins)
    else:
        veto = [players[i] for i in range(3) if all(i in s for s in wins)]
        text = f"{ctx}에서 표의 수는 {desc}이고 통과 기준은 {q}표 이상이다. 그 사람이 반대하면 어떤 안건도 통과될 수 없는 참가자(거부권을 가진 참가자)를 모두 {_end(rng, '쓰')} (없으면 '없다'라고 쓴다.)"
        ans = ", ".join(veto) if veto else "없다"
        d, lev = 3, "B"
        ok = all(sum(w) - w[players.index(v)] < q for v in veto)
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["부분집합"], check=lambda: ok)


_VOTE_TASKS = [
    "학급에서 실제로 정해야 할 일(체험 학습 장소, 반 티셔츠 디자인 등) 하나를 골라 후보를 {k}개 정하고, 모든 학생에게 선호 순위를 적게 하시오. 같은 자료로 다수결, 보르다 방식, 결선 투표, 일대일 비교 방식의 결과를 각각 구하여 비교하고, 가장 합리적이라고 생각하는 방식을 근거와 함께 제안하시오.",
    "우리나라 국회의원 선거의 비례대표 의석 배분 방법을 조사하고, 가상의 정당 {k}개의 득표수를 정하여 해밀턴 방식과 동트 방식으로 의석을 배분한 결과를 비교하는 보고서를 쓰시오.",
    "투표 방식에 따라 당선자가 달라지는 가상의 선거 자료(후보 {k}명)를 직접 만들고, 이 자료를 이용하여 '공정한 투표 방식이란 무엇인가'를 주제로 토론할 발표 자료를 준비하시오.",
    "학생회 예산을 각 동아리의 회원 수에 비례하여 배분하는 규칙을 만들려고 한다. 동아리 {k}곳의 회원 수를 조사하고, 배분 방식을 두 가지 이상 비교하여 모두가 납득할 수 있는 배분안을 제안하시오.",
]


@family(_S204, "voting-activity-task")
def _vote_task(rng: random.Random) -> Problem:
    t = rng.choice(_VOTE_TASKS)
    k = rng.choice([3, 4, 5])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["비례배분"])


# =================================================================================================
# 12수문03-01 민속 수학과 건축
# =================================================================================================
_S301, _S302, _S303, _S304 = "12수문03-01", "12수문03-02", "12수문03-03", "12수문03-04"
_GAN = "갑을병정무기경신임계"
_JI = "자축인묘진사오미신유술해"
_EVENTS = [(1592, "임진왜란이 일어난 해"), (1894, "갑오개혁이 시작된 해"), (1884, "갑신정변이 일어난 해"), (1919, "3·1 운동이 일어난 해"),
           (1636, "병자호란이 일어난 해"), (1866, "병인양요가 일어난 해"), (1871, "신미양요가 일어난 해"), (1905, "을사늑약이 체결된 해")]


def _ganji(y: int) -> str:
    return _GAN[(y - 4) % 10] + _JI[(y - 4) % 12]


@family(_S301, "sexagenary-year")
def _sexagenary(rng: random.Random) -> Problem:
    mode = rng.choice(["event", "year", "next"])
    ref = rng.choice([1984, 2024, 2000, 1924])
    if mode == "event":
        y, ev = rng.choice(_EVENTS)
        text = rng.choice([
            f"십간(갑, 을, 병, 정, 무, 기, 경, 신, 임, 계)과 십이지(자, 축, 인, 묘, 진, 사, 오, 미, 신, 유, 술, 해)를 차례로 하나씩 짝 지어 해의 이름을 붙인다. {ref}년이 {_ganji(ref)}년일 때, {ev}인 {y}년은 무슨 해인지 {_end(rng, '쓰')}",
            f"{ref}년은 {_ganji(ref)}년이다. 십간과 십이지의 순환을 이용하여 {y}년({ev})의 간지를 구하시오.",
        ])
        ans = f"{_ganji(y)}년"
        d, lev = 3, "C"
        fmt = "word"
        ok = _JI.index(_ganji(y)[1]) == (_JI.index(_ganji(ref)[1]) + y - ref) % 12 and _ganji(y + 60) == _ganji(y)
    elif mode == "year":
        y = rng.randint(2025, 2060)
        text = rng.choice([
            f"{ref}년은 {_ganji(ref)}년이다. {y}년의 간지를 {_end(rng, '쓰')}",
            f"십간십이지로 해를 나타낼 때 {ref}년이 {_ganji(ref)}년이라면 {y}년은 □□년이다. □□에 알맞은 말을 {_end(rng, '쓰')}",
        ])
        ans = f"{_ganji(y)}" + ("" if "□" in text else "년")
        d, lev = 2, "D"
        fmt = "fill" if "□" in text else "computation"
        ok = _GAN.index(_ganji(y)[0]) == (_GAN.index(_ganji(ref)[0]) + y - ref) % 10
    else:
        text = rng.choice([
            f"간지는 10개의 천간과 12개의 지지를 차례로 짝 지어 만든다. 어떤 해와 같은 간지의 해가 처음으로 다시 돌아오는 것은 몇 년 후인지 구하고, 그 까닭을 {_end(rng, '설')}",
            "'환갑'은 태어난 해의 간지가 처음 다시 돌아오는 때를 말한다. 간지가 몇 년마다 반복되는지 최소공배수를 이용하여 구하시오.",
        ])
        ans = "60년 후 (10과 12의 최소공배수가 60이므로)"
        d, lev = 2, "C"
        fmt = "proof" if "까닭" in text else "computation"
        ok = _m.lcm(10, 12) == 60
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["나머지", "최소공배수"], check=lambda: ok)


def _maya_digits(n: int) -> list[int]:
    out = []
    while True:
        out.append(n % 20)
        n //= 20
        if n == 0:
            break
    return out[::-1]


def _maya_glyph(dg: int) -> str:
    if dg == 0:
        return "조개"
    bars, dots = divmod(dg, 5)
    parts = []
    if dots:
        parts.append(f"점 {dots}개")
    if bars:
        parts.append(f"막대 {bars}개")
    return " + ".join(parts)


@family(_S301, "maya-base20")
def _maya(rng: random.Random) -> Problem:
    n = rng.randint(21, 7999)
    dg = _maya_digits(n)
    mode = rng.choice(["to-dec", "to-maya"])
    rule = "마야 숫자는 점(1), 막대(5), 조개 모양(0)을 써서 0~19를 나타내고, 위에서 아래로 자리를 쌓는 20진법이다."
    if mode == "to-dec":
        lines = "\n".join(f"{i + 1}층(위에서): {_maya_glyph(x)}" for i, x in enumerate(dg))
        text = rng.choice([f"{rule} 다음과 같이 나타낸 마야 숫자를 십진법으로 {_end(rng, '쓰')}\n{lines}",
                           f"{rule} 아래 마야 숫자가 나타내는 수는?\n{lines}"])
        ans = str(n)
        fmt, d, lev = "computation", 3, "C"
    else:
        text = rng.choice([f"{rule} 십진법의 수 {josa(str(n), '을/를')} 마야 숫자로 나타낼 때, 각 층(위에서부터)에 들어갈 수(0~19)를 차례로 {_end(rng, '쓰')}",
                           f"20진법을 쓰는 마야 숫자로 {josa(str(n), '을/를')} 나타내려고 한다. 위층부터 각 자리의 수를 차례로 쓰시오. ({rule})"])
        ans = ", ".join(map(str, dg))
        fmt, d, lev = "computation", 3, "C"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["자연수", "거듭제곱"], check=lambda: sum(x * 20 ** i for i, x in enumerate(reversed(dg))) == n)


@family(_S301, "calendar-cycles-lcm")
def _cal_lcm(rng: random.Random) -> Problem:
    a, b, nm_a, nm_b, story, unit = rng.choice([
        (260, 365, "촐킨 달력(260일)", "하브 달력(365일)", "마야 사람들은 두 달력을 함께 썼다.", "일"),
        (13, 20, "13개의 수", "20개의 날 이름", "마야의 촐킨 달력은 13개의 수와 20개의 날 이름을 차례로 짝 지어 날짜를 부른다.", "일"),
        (10, 12, "십간", "십이지", "우리 조상은 십간과 십이지를 차례로 짝 지어 해의 이름을 붙였다.", "년"),
        (6, 10, "6일마다 열리는 장", "10일마다 열리는 장", "어느 지역의 두 장터는 서로 다른 주기로 장이 선다. 오늘 두 장이 함께 열렸다.", "일"),
        (5, 7, "5일장", "7일마다 열리는 행사", "전통 5일장은 5일마다 열린다. 오늘 5일장과 행사가 함께 열렸다.", "일"),
    ])
    L = _m.lcm(a, b)
    text = rng.choice([
        f"{story} {josa(nm_a, '과/와')} {nm_b}의 조합이 처음과 다시 같아지는 것은 최소 몇 {unit} 후인지 {_end(rng)}".replace("몇 일", "며칠"),
        f"{story} 주기가 {a}{unit}인 것과 {b}{unit}인 것이 동시에 처음 상태로 돌아오는 최소 주기를 구하시오.",
    ])
    ans = f"{L}{unit}"
    extra = ""
    if a == 260:
        extra = f" (= {L // 365}년)"
        ans = f"{L}일{extra}"
    return Problem(text=text, answer=ans, format="word", difficulty=2 if L < 100 else 3,
                   achievement_level="D" if L < 100 else "C", concepts=["최소공배수"],
                   check=lambda: L % a == 0 and L % b == 0 and all(k % a or k % b for k in range(1, L)))


@family(_S301, "babylonian-base60")
def _babylon(rng: random.Random) -> Problem:
    mode = rng.choice(["int", "frac", "time"])
    if mode == "int":
        dg = [rng.randint(1, 59), rng.randint(0, 59)] + ([rng.randint(0, 59)] if rng.random() < 0.4 else [])
        n = sum(x * 60 ** i for i, x in enumerate(reversed(dg)))
        text = rng.choice([f"바빌로니아 사람들은 60진법을 사용하였다. 60진법으로 ({', '.join(map(str, dg))})로 나타낸 수를 십진법으로 {_end(rng, '쓰')} (각 수는 한 자리를 나타낸다.)",
                           f"점토판에 60진법으로 {', '.join(map(str, dg))}라고 적힌 수는 십진법으로 얼마인가? (왼쪽이 높은 자리이다.)"])
        ans = str(n)
        d, lev = 2, "D"
        ok = True
    elif mode == "frac":
        a, b, c = 1, 24, 51
        val = Fr(a) + Fr(b, 60) + Fr(c, 3600)
        text = rng.choice(["바빌로니아 점토판 YBC 7289에는 60진법으로 1; 24, 51, 10이 적혀 있는데 이는 √2의 근삿값이다. 소수 부분의 셋째 자리(10)를 무시한 1; 24, 51 = 1 + 24/60 + 51/60²을 소수로 나타내어 반올림하여 소수 넷째 자리까지 구하시오.",
                           "60진법 수 1; 24, 51은 1 + 24/60 + 51/3600을 뜻한다. 이 값을 반올림하여 소수 넷째 자리까지 나타내고, √2 ≈ 1.4142와 비교하시오."])
        ans = _r(val, 4) + (", √2와 소수 넷째 자리까지 같다" if "비교" in text else "")
        d, lev = 3, "C"
        ok = abs(float(val) - 2 ** 0.5) < 1e-4
    else:
        sec = rng.randint(3700, 40000)
        text = rng.choice([f"지금도 시간과 각도에는 바빌로니아의 60진법이 남아 있다. {num(sec)}초를 몇 시간 몇 분 몇 초로 나타내시오.",
                           f"{num(sec)}초는 60진법의 원리에 따라 몇 시간 몇 분 몇 초인지 {_end(rng)}"])
        ans = f"{sec // 3600}시간 {sec % 3600 // 60}분 {sec % 60}초"
        d, lev = 1, "E"
        ok = True
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=lev,
                   concepts=["자연수"] if mode != "frac" else ["근호", "소수"], check=lambda: ok)


def _egypt(q: Fr) -> list[int]:
    out = []
    while q > 0:
        d = -(-q.denominator // q.numerator)
        out.append(d)
        q -= Fr(1, d)
    return out


@family(_S301, "egyptian-fractions")
def _egyptian(rng: random.Random) -> Problem:
    q = rng.choice([Fr(2, 5), Fr(2, 7), Fr(3, 4), Fr(2, 9), Fr(5, 6), Fr(3, 7), Fr(4, 5), Fr(2, 11), Fr(7, 12), Fr(3, 8)])
    dens = _egypt(q)
    style = pick_style(rng)
    qs = _fr(q, style)
    mode = rng.choice(["greedy", "fill"])
    if mode == "greedy" or len(dens) != 2:
        text = rng.choice([
            f"고대 이집트 사람들은 분자가 1인 단위분수들의 합으로 분수를 나타냈다. 가장 큰 단위분수부터 차례로 빼는 방법으로 {josa(qs, '을/를')} 서로 다른 단위분수의 합으로 {_end(rng, '쓰')}",
            f"「린드 파피루스」에는 분수를 서로 다른 단위분수의 합으로 나타낸 표가 있다. {qs}보다 크지 않은 가장 큰 단위분수를 빼는 과정을 되풀이하여 {josa(qs, '을/를')} 단위분수의 합으로 나타내시오.",
        ])
        ans = " + ".join(f"1/{x}" for x in dens)
        fmt = "computation"
    else:
        text = f"이집트 분수에서는 {josa(qs, '을/를')} 단위분수의 합으로 {qs} = 1/{dens[0]} + 1/□와 같이 나타낸다. □ 안에 알맞은 수를 {_end(rng, '쓰')}"
        ans = str(dens[1])
        fmt = "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3 if len(dens) > 2 else 2,
                   achievement_level="C", concepts=["단위분수", "분수"],
                   check=lambda: sum(Fr(1, x) for x in dens) == q and len(set(dens)) == len(dens))


@family(_S301, "dome-geometry")
def _dome(rng: random.Random) -> Problem:
    bld, D = rng.choice([("판테온", 43), ("어느 반구형 돔 건물", 30), ("천문대의 반구형 지붕", 12), ("전시관의 반구형 돔", 20)])
    mode = rng.choice(["surface", "volume", "sphere"])
    r = Fr(D, 2)
    if mode == "surface":
        text = rng.choice([f"{bld}의 돔은 안쪽 지름이 약 {D}m인 반구 모양이다. 돔 안쪽 곡면의 넓이를 π = 3.14로 계산하여 반올림하여 정수로 {_end(rng)}",
                           f"지름이 {D}m인 반구 모양 돔({bld})의 곡면에 칠을 하려고 한다. 칠할 넓이는 약 몇 m²인가? (π는 3.14, 반올림하여 정수로)"])
        val = 2 * Decimal("3.14") * Decimal(r.numerator) ** 2 / Decimal(r.denominator) ** 2
        ans = f"{_r(Fr(str(val)), 0)}m²"
        d, lev = 3, "C"
    elif mode == "volume":
        text = f"{bld}의 돔은 지름 {D}m인 반구 모양이다. 돔 안의 공간의 부피를 π = 3.14로 계산하여 반올림하여 정수로 {_end(rng)} (단위: m³)"
        val = Fr(2, 3) * Fr(314, 100) * r ** 3
        ans = f"{_r(val, 0)}m³"
        d, lev = 3, "C"
    else:
        text = rng.choice([f"로마의 판테온은 바닥에서 돔 꼭대기까지의 높이와 내부의 지름이 같아 지름 {D}m인 구가 내부에 꼭 들어간다. 이 구의 부피를 π = 3.14로 계산하여 반올림하여 정수로 {_end(rng)} (단위: m³)",
                           f"내부에 지름 {D}m인 구가 꼭 맞게 들어가도록 설계된 건물이 있다. 이 구의 겉넓이를 π = 3.14로 계산하면 약 몇 m²인가? (반올림하여 정수로)"])
        if "부피" in text:
            val = Fr(4, 3) * Fr(314, 100) * r ** 3
            ans = f"{_r(val, 0)}m³"
        else:
            val = 4 * Fr(314, 100) * r ** 2
            ans = f"{_r(val, 0)}m²"
        d, lev = 3, "C"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["구", "원주율"], check=lambda: float(ans.rstrip("m²³")) > 0)


@family(_S301, "traditional-units")
def _units(rng: random.Random) -> Problem:
    mode = rng.choice(["pyeong", "cheok", "m2-to-pyeong"])
    if mode == "pyeong":
        p = rng.choice([10, 18, 24, 25, 32, 34, 40])
        text = rng.choice([f"전통 넓이 단위 1평은 사방 6자(약 1.82m × 1.82m)로, 약 3.3m²이다. {p}평은 약 몇 m²인지 {_end(rng)} (1평 = 3.3m²로 계산한다.)",
                           f"한옥 안채의 넓이가 {p}평이다. 1평을 3.3m²로 하여 제곱미터로 나타내시오."])
        ans = f"{_r(Fr(33, 10) * p, 1)}m²"
        d, lev = 1, "E"
    elif mode == "m2-to-pyeong":
        m2 = rng.choice([59, 84, 99, 66, 115])
        text = f"아파트의 전용 면적이 {m2}m²이다. 1평 = 3.3m²로 할 때, 이 넓이는 약 몇 평인지 반올림하여 정수로 {_end(rng)}"
        ans = f"{round(m2 / 3.3)}평"
        d, lev = 1, "D"
    else:
        ch = rng.choice([8, 10, 12, 15, 20])
        text = rng.choice([f"한옥의 기둥 사이 간격(한 칸)을 {ch}자로 하였다. 1자(척)를 30.3cm로 할 때, 한 칸의 길이는 몇 m인지 반올림하여 소수 둘째 자리까지 {_end(rng)}",
                           f"전통 길이 단위 1척은 약 30.3cm이다. {ch}척은 약 몇 m인가? (반올림하여 소수 둘째 자리까지)"])
        ans = f"{_r(Fr(303, 10) * ch / 100, 2)}m"
        d, lev = 1, "E"
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=lev,
                   concepts=["반올림", "곱셈"], check=lambda: True)


_TRIPLES = [(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (6, 8, 10), (9, 12, 15), (20, 21, 29)]


@family(_S301, "gougu-theorem")
def _gougu(rng: random.Random) -> Problem:
    a, b, c = rng.choice(_TRIPLES)
    k = rng.choice([1, 1, 2, 3])
    a, b, c = a * k, b * k, c * k
    mode = rng.choice(["hyp", "leg"])
    if mode == "hyp":
        text = rng.choice([
            f"중국의 『주비산경』과 조선의 산학서에서는 직각삼각형의 짧은 변을 '구', 긴 변을 '고', 빗변을 '현'이라 하였다. 구가 {a}자, 고가 {b}자일 때 현의 길이를 {_end(rng)}",
            f"구고현 정리를 이용하여 구 {a}, 고 {b}인 직각삼각형의 현을 구하시오.",
        ])
        ans = f"{c}자" if "자" in text else str(c)
    else:
        text = rng.choice([
            f"옛 목수들은 구고현의 원리로 직각을 잡았다. 현이 {c}자, 구가 {a}자인 삼각형이 직각삼각형이 되려면 고를 몇 자로 해야 하는지 {_end(rng)}",
            f"산학서의 문제: 길이 {c}자인 장대를 담에 비스듬히 세웠더니 장대의 아래 끝이 담에서 {a}자 떨어졌다. 장대의 위 끝은 땅에서 몇 자 높이에 있는가?",
        ])
        ans = f"{b}자"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["피타고라스 정리", "직각삼각형"], check=lambda: a * a + b * b == c * c)


_FOLK_TASKS = [
    "마야 달력, 십간십이지, 잉카의 결승 문자(키푸), 아프리카의 이샹고 뼈 등 여러 문화의 민속 수학 중 {k}가지를 조사하여, 각 문화가 수를 세고 기록한 방법을 비교하는 포스터를 만드시오.",
    "석굴암, 판테온, 타지마할, 경복궁 근정전 등 세계의 건축물 중 {k}곳을 골라 건축물에 쓰인 도형, 비율, 대칭 등의 수학적 원리를 조사하고, 문화에 따라 건축 양식이 어떻게 다른지 비교하여 발표하시오.",
    "조각보, 단청, 이슬람 사원의 타일, 아프리카 켄테 천 등 여러 문화의 전통 문양 {k}가지에서 대칭과 반복의 규칙을 찾아 비교하고, 그 규칙을 이용하여 나만의 문양을 디자인하시오.",
    "우리 조상들의 전통 단위(자, 치, 평, 되, 말 등)를 {k}가지 이상 조사하여 오늘날의 단위로 바꾸는 표를 만들고, 전통 단위가 생활 속에서 어떻게 쓰였는지 조사한 보고서를 작성하시오.",
]


@family(_S301, "folk-math-task")
def _folk_task(rng: random.Random) -> Problem:
    t = rng.choice(_FOLK_TASKS)
    k = rng.choice([2, 3, 4])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["대칭"])


# =================================================================================================
# 12수문03-02 점자와 수학
# =================================================================================================
_CELL = "점자 한 칸은 세로 3줄, 가로 2줄로 놓인 6개의 점으로 이루어지고, 왼쪽 위부터 아래로 1, 2, 3번, 오른쪽 위부터 아래로 4, 5, 6번 점이라 한다."


@family(_S302, "braille-count")
def _br_count(rng: random.Random) -> Problem:
    mode = rng.choice(["all", "k", "eight", "atleast"])
    if mode == "all":
        text = rng.choice([f"{_CELL} 각 점을 볼록하게 하거나 평평하게 하여 만들 수 있는 점자는 모두 몇 가지인지 {_end(rng)} (단, 모든 점이 평평한 경우는 제외한다.)",
                           "6개의 점 각각을 튀어나오게 하거나 그렇지 않게 하는 점자 한 칸으로 나타낼 수 있는 서로 다른 기호는 최대 몇 가지인가? (점이 하나도 없는 칸은 기호로 쓰지 않는다.)"])
        ans = "63가지"
        ok = 2 ** 6 - 1 == 63
        d, lev = 2, "D"
    elif mode == "k":
        k = rng.randint(1, 5)
        text = rng.choice([f"{_CELL} 6개의 점 중 정확히 {k}개만 볼록하게 만든 점자는 모두 몇 가지인지 {_end(rng)}",
                           f"점자 한 칸의 6개 점 중 {k}개의 점을 골라 볼록하게 하는 방법의 수는?"])
        ans = f"{_m.comb(6, k)}가지"
        ok = True
        d, lev = 2, "C"
    elif mode == "eight":
        text = rng.choice(["컴퓨터용 점자는 세로 4줄, 가로 2줄의 8개 점을 사용한다. 점이 하나도 없는 칸을 제외하면 8점 점자 한 칸으로 나타낼 수 있는 기호는 모두 몇 가지인지 구하고, 6점 점자보다 몇 가지 더 많은지 구하시오.",
                           "8개의 점으로 된 점자 한 칸으로 나타낼 수 있는 기호의 수(빈칸 제외)를 구하고, 이를 6점 점자의 경우와 비교하여 몇 배 이상인지 정수로 답하시오. (소수점 아래 버림)"])
        ans = "255가지, 192가지 더 많다" if "더 많은지" in text else "255가지, 4배"
        ok = 255 - 63 == 192 and 255 // 63 == 4
        d, lev = 2, "C"
    else:
        k = rng.randint(2, 4)
        text = f"{_CELL} 볼록한 점이 {k}개 이상인 점자는 모두 몇 가지인지 {_end(rng)}"
        val = sum(_m.comb(6, i) for i in range(k, 7))
        ans = f"{val}가지"
        ok = val == 64 - sum(_m.comb(6, i) for i in range(k))
        d, lev = 3, "B"
    return Problem(text=text, answer=ans, format="computation" if mode != "eight" else "word", difficulty=d,
                   achievement_level=lev, concepts=["거듭제곱"] if mode != "k" else ["조합"],
                   also=["10공수1-03-03"] if mode in ("k", "atleast") else [], check=lambda: ok)


@family(_S302, "braille-binary-code")
def _br_binary(rng: random.Random) -> Problem:
    dots = sorted(rng.sample(range(1, 7), rng.randint(1, 5)))
    val = sum(2 ** (d - 1) for d in dots)
    mode = rng.choice(["to-num", "to-dots"])
    rule = "점자의 1~6번 점에 각각 1, 2, 4, 8, 16, 32를 대응시키고, 볼록한 점의 값을 모두 더하여 점자 한 칸을 하나의 수로 나타내기로 하였다."
    if mode == "to-num":
        text = rng.choice([f"{rule} {', '.join(map(str, dots))}번 점이 볼록한 점자를 나타내는 수를 {_end(rng)}",
                           f"{_CELL} {rule} 볼록한 점이 {', '.join(map(str, dots))}번인 칸은 어떤 수가 되는가?"])
        ans = str(val)
    else:
        text = rng.choice([f"{rule} 수 {val}에 해당하는 점자에서 볼록한 점의 번호를 모두 {_end(rng, '쓰')}",
                           f"{rule} 이 규칙에서 {josa(str(val), '이/가')} 나타내는 점자 칸의 볼록한 점을 모두 찾으시오. (힌트: {val}을 이진법으로 나타내 보자.)".replace(f"{val}을", josa(str(val), "을/를"))])
        ans = ", ".join(map(str, dots)) + "번"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["거듭제곱"], check=lambda: [i + 1 for i in range(6) if val >> i & 1] == dots)


_DIGIT_DOTS = {1: (1,), 2: (1, 2), 3: (1, 4), 4: (1, 4, 5), 5: (1, 5), 6: (1, 2, 4), 7: (1, 2, 4, 5), 8: (1, 2, 5), 9: (2, 4), 0: (2, 4, 5)}


@family(_S302, "braille-digits-decode")
def _br_digits(rng: random.Random) -> Problem:
    mode = rng.choice(["decode", "elevator", "encode"])
    n = rng.randint(10, 59) if mode == "elevator" else rng.randint(10, 9999)
    ds = [int(c) for c in str(n)]
    cells = " / ".join("(" + ",".join(map(str, _DIGIT_DOTS[d])) + ")" for d in ds)
    shown = rng.sample(sorted(_DIGIT_DOTS), 10)
    table = "\n".join(f"{d}: {','.join(map(str, _DIGIT_DOTS[d]))}번 점" for d in sorted(shown, key=lambda x: (x == 0, x)))
    if mode == "decode":
        text = f"점자에서 수는 수표(3, 4, 5, 6번 점) 뒤에 다음과 같은 칸을 이어 써서 나타낸다.\n{table}\n수표 뒤에 볼록한 점이 {cells}인 칸들이 이어져 있을 때, 이 점자가 나타내는 수를 {_end(rng, '쓰')}"
        ans = str(n)
    elif mode == "elevator":
        text = f"다음은 숫자 점자표이다.\n{table}\n엘리베이터 버튼 옆의 점자가 수표 다음에 {cells} 순서로 적혀 있다. 몇 층 버튼인가?"
        ans = f"{n}층"
    else:
        text = f"다음은 숫자 점자표이다.\n{table}\n수 {n}을 점자로 적으려면 수표 다음에 어떤 칸들을 차례로 써야 하는지 각 칸의 볼록한 점의 번호로 {_end(rng, '쓰')}".replace(f"{n}을", josa(str(n), "을/를"))
        ans = cells
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["표"], check=lambda: len(set(_DIGIT_DOTS.values())) == 10)


@family(_S302, "dots-needed")
def _dots_needed(rng: random.Random) -> Problem:
    N = rng.choice([26, 40, 50, 100, 120, 200, 300, 500, 1000])
    n = next(k for k in range(1, 20) if 2 ** k - 1 >= N)
    ctx = rng.choice([f"기호 {N}개", f"글자와 기호를 합하여 {N}가지", f"서로 다른 {N}개의 문자"])
    text = rng.choice([
        f"점 n개를 사용하는 점자 한 칸으로 {josa(ctx, '을/를')} 모두 구별하여 나타내려고 한다. n의 최솟값을 {_end(rng)} (단, 점이 하나도 없는 칸은 쓰지 않는다.)",
        f"새로운 촉각 기호 체계를 만들 때, 각 점을 볼록하게 하거나 평평하게 하는 점 n개로 {josa(ctx, '을/를')} 한 칸씩 나타내려면 점이 최소 몇 개 필요한가? (빈칸 제외)",
    ])
    ans = f"{n}" + ("개" if "몇 개" in text else "")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["거듭제곱", "부등식"], check=lambda: 2 ** n - 1 >= N > 2 ** (n - 1) - 1)


@family(_S302, "braille-mirror-symmetry")
def _br_mirror(rng: random.Random) -> Problem:
    import itertools
    mode = rng.choice(["lr", "ud"])
    if mode == "lr":
        text = rng.choice([f"{_CELL} 좌우로 뒤집어도 모양이 같은 점자(빈칸 제외)는 모두 몇 가지인지 {_end(rng)}",
                           "점자를 종이 뒷면에서 찍으면 좌우가 바뀐다. 6점 점자 중 좌우를 뒤집어도 같은 모양인 것은 몇 가지인가? (점이 없는 칸은 제외한다.)"])
        perm = {1: 4, 2: 5, 3: 6, 4: 1, 5: 2, 6: 3}
    else:
        text = f"{_CELL} 위아래로 뒤집어도 모양이 같은 점자(빈칸 제외)는 모두 몇 가지인지 {_end(rng)}"
        perm = {1: 3, 2: 2, 3: 1, 4: 6, 5: 5, 6: 4}
    cnt = 0
    for bits in itertools.product([0, 1], repeat=6):
        s = {i + 1 for i in range(6) if bits[i]}
        if s and {perm[x] for x in s} == s:
            cnt += 1
    ans = f"{cnt}가지"
    expect = 2 ** 3 - 1 if mode == "lr" else 2 ** 4 - 1
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A",
                   concepts=["대칭"], check=lambda: cnt == expect)


@family(_S302, "tactile-clock-angle")
def _clock(rng: random.Random) -> Problem:
    h = rng.randint(1, 12)
    mnt = rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    ang = abs(Fr(30 * (h % 12)) + Fr(mnt, 2) - 6 * mnt)
    ang = min(ang, 360 - ang)
    text = rng.choice([
        f"시각장애인용 촉각 시계는 유리 뚜껑을 열고 시침과 분침을 손으로 만져 시각을 읽는다. {h}시 {mnt}분에 두 바늘이 이루는 각 중 작은 쪽의 크기를 {_end(rng)}".replace(" 0분", " 정각"),
        f"손으로 바늘의 위치를 확인하는 점자 손목시계가 {h}시 {mnt}분을 가리킬 때, 시침과 분침 사이의 각(180° 이하)은 몇 도인가?".replace(" 0분", " 정각"),
    ])
    text = text.replace("시 정각", "시 정각")
    ans = f"{_r(ang, 1)}°"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["각"], check=lambda: abs(float(ang) - min(abs(30 * (h % 12) + mnt / 2 - 6 * mnt), 360 - abs(30 * (h % 12) + mnt / 2 - 6 * mnt))) < 1e-9)


@family(_S302, "braille-book-pages")
def _br_pages(rng: random.Random) -> Problem:
    lines, cells = rng.choice([(25, 32), (26, 32), (24, 30), (25, 40)])
    chars = rng.choice([12000, 20000, 30000, 45000])
    per = rng.choice([Fr(15, 10), Fr(2), Fr(17, 10), Fr(18, 10)])
    need = chars * per
    pages = -(-need // (lines * cells))
    text = rng.choice([
        f"점자책 한 쪽에는 {lines}줄, 한 줄에 {cells}칸의 점자를 쓸 수 있다. 글자 수가 {num(chars)}자인 책을 점자로 옮길 때, 한 글자에 평균 {_r(per, 1)}칸이 필요하다면 점자책은 최소 몇 쪽이 되는지 {_end(rng)} (띄어쓰기는 글자 수에 포함되어 있다고 본다.)",
        f"{num(chars)}자 분량의 소설을 점자로 만들려고 한다. 한 글자를 평균 {_r(per, 1)}칸으로 쓰고, 한 쪽에 {lines}줄 × {cells}칸이 들어간다면 필요한 쪽수는 최소 몇 쪽인가?",
    ])
    ans = f"{int(pages)}쪽"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["올림", "나눗셈"], check=lambda: (pages - 1) * lines * cells < need <= pages * lines * cells)


_BRAILLE_TASKS = [
    "6점 점자의 원리(점의 유무를 이용한 이진 표현)를 조사하고, 이를 활용하여 시각장애인이 사용할 수 있는 학교 시설 안내판(교실 이름, 층수 등) {k}개를 설계하시오. 설계한 점자 배열을 그림으로 제시하고 원리를 설명하시오.",
    "점자 대신 진동 횟수나 길이로 정보를 전달하는 촉각 신호 체계를 직접 만들어 보시오. 짧은 진동과 긴 진동 두 가지를 이어 붙여 숫자 0~9와 기호 {k}개를 모두 구별할 수 있는 규칙을 정하고, 필요한 신호의 최소 개수를 수학적으로 설명하시오.",
    "우리 동네의 엘리베이터, 음료수 캔, 약 상자 등에서 점자가 쓰인 곳을 {k}곳 이상 조사하여 사진으로 기록하고, 점자 표기가 부족하거나 잘못된 곳을 찾아 개선안을 제안하는 보고서를 작성하시오.",
    "시각장애인용 촉각 시계나 주사위, 보드게임을 조사하고, 점의 배열과 수의 관계를 이용하여 시각장애인도 함께 즐길 수 있는 수학 교구를 {k}가지 설계하시오.",
]


@family(_S302, "braille-design-task")
def _br_task(rng: random.Random) -> Problem:
    t = rng.choice(_BRAILLE_TASKS)
    k = rng.choice([2, 3, 4, 5])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=[])


# =================================================================================================
# 12수문03-03 대중매체와 수학
# =================================================================================================
_WC_WORDS = ["환경", "기후", "에너지", "재활용", "탄소", "미래", "건강", "교육", "여행", "음식", "게임", "음악", "친구", "학교", "행복"]


@family(_S303, "word-cloud-frequency")
def _wordcloud(rng: random.Random) -> Problem:
    words = rng.sample(_WC_WORDS, 5)
    counts = sorted(rng.sample(range(4, 60), 5), reverse=True)
    pairs = list(zip(words, counts, strict=True))
    shown = pairs[:]
    rng.shuffle(shown)
    tot = sum(counts)
    src = rng.choice(["뉴스 기사 100건", "SNS 게시물 500개", "청소년 설문 응답", "인기 동영상 댓글"])
    tb = "단어 | " + " | ".join(w for w, _ in shown) + "\n빈도 | " + " | ".join(str(c) for _, c in shown)
    mode = rng.choice(["biggest", "ratio", "pct"])
    if mode == "biggest":
        q = f"워드클라우드에서는 빈도가 높은 단어일수록 글자를 크게 나타낸다. 가장 크게 나타나는 단어와 두 번째로 크게 나타나는 단어를 차례로 {_end(rng, '쓰')}"
        ans = f"{pairs[0][0]}, {pairs[1][0]}"
        d, lev = 1, "E"
    elif mode == "ratio":
        q = f"글자 크기를 빈도에 정비례하게 정할 때, '{pairs[0][0]}'의 글자 크기를 {pairs[0][1] * 2}pt로 하면 '{pairs[-1][0]}'의 글자 크기는 몇 pt인지 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        ans = f"{_r(Fr(pairs[-1][1] * 2), 1)}pt"
        d, lev = 2, "D"
    else:
        w, c = rng.choice(pairs)
        q = f"표의 다섯 단어의 빈도의 합에 대한 '{w}'의 빈도의 비율은 몇 %인지 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        ans = f"{_r(Fr(c * 100, tot), 1)}%"
        d, lev = 2, "D"
    text = f"{src}에서 자주 쓰인 단어를 분석하여 빈도를 정리하였다.\n{tb}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=lev,
                   concepts=["도수", "백분율", "정비례"] if mode == "ratio" else ["도수", "백분율"],
                   check=lambda: max(pairs, key=lambda t: t[1]) == pairs[0])


@family(_S303, "ratings-households")
def _ratings(rng: random.Random) -> Problem:
    hh = rng.choice([20000000, 21000000, 22000000, 18000000])
    rate = Fr(rng.randint(30, 250), 10)
    prog = rng.choice(["주말 드라마", "예능 프로그램", "뉴스", "스포츠 중계", "음악 순위 프로그램"])
    mode = rng.choice(["households", "rate"])
    if mode == "households":
        text = rng.choice([
            f"시청률은 텔레비전을 보유한 전체 가구 중 그 프로그램을 시청한 가구의 비율이다. 텔레비전 보유 가구가 {num(hh)}가구일 때, 시청률 {_r(rate, 1)}%인 {josa(prog, '을/를')} 본 가구는 약 몇 가구인지 {_end(rng)}",
            f"{prog}의 시청률이 {_r(rate, 1)}%로 발표되었다. 전국의 텔레비전 보유 가구를 {num(hh)}가구라 하면, 이 프로그램을 시청한 가구는 약 몇 가구로 추정되는가?",
        ])
        val = rate * hh / 100
        ans = f"약 {num(int(val))}가구"
        ok = val.denominator == 1
        d, lev = 2, "D"
    else:
        watched = int(rate * hh / 100)
        text = f"텔레비전 보유 가구 {num(hh)}가구 중 약 {num(watched)}가구가 {josa(prog, '을/를')} 시청하였다. 이 프로그램의 시청률은 몇 %인지 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        ans = f"{_r(Fr(watched * 100, hh), 1)}%"
        ok = True
        d, lev = 2, "D"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["백분율", "비율"], check=lambda: ok)


@family(_S303, "misleading-axis")
def _misleading(rng: random.Random) -> Problem:
    base = rng.choice([30, 40, 50, 60, 70])
    a = base + rng.randint(2, 8)
    b = a + rng.randint(2, 9)
    start = base
    real = Fr(b, a)
    visual = Fr(b - start, a - start)
    topic = rng.choice(["두 회사의 매출", "두 후보의 지지율", "두 제품의 만족도", "두 지역의 투표율"])
    unit = "%" if "율" in topic or "만족도" in topic else "억 원"
    text = rng.choice([
        f"어느 방송에서 {josa(topic, '을/를')} 막대그래프로 보여 주었다. 값은 각각 {a}{unit}, {b}{unit}인데 세로축이 0이 아닌 {start}{unit}에서 시작한다.\n(1) 실제 값의 비(큰 값 ÷ 작은 값)를 반올림하여 소수 둘째 자리까지 구하시오.\n(2) 그래프에서 보이는 막대 길이의 비(긴 막대 ÷ 짧은 막대)를 반올림하여 소수 둘째 자리까지 구하시오.",
        f"신문 기사의 그래프에서 {topic}가 각각 {a}{unit}, {b}{unit}로 나타나 있고 세로축은 {start}{unit}부터 그려져 있다. 막대 길이의 비는 실제 값의 비의 약 몇 배로 과장되었는지 반올림하여 소수 첫째 자리까지 {_end(rng)}".replace(f"{topic}가", josa(topic, "이/가")),
    ])
    if "(1)" in text:
        ans = f"(1) {_r(real, 2)} (2) {_r(visual, 2)}"
        fmt, d, lev = "data", 3, "C"
    else:
        ans = f"약 {_r(visual / real, 1)}배"
        fmt, d, lev = "word", 4, "B"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lev,
                   concepts=["막대그래프", "비"], check=lambda: visual > real)


@family(_S303, "percent-vs-point")
def _pp(rng: random.Random) -> Problem:
    a = Fr(rng.randint(100, 450), 10)
    b = a + Fr(rng.choice([-1, 1]) * rng.randint(10, 80), 10)
    topic = rng.choice(["정당 지지율", "후보 지지율", "청년 고용률", "스마트폰 과의존 위험군 비율", "투표율"])
    pp = b - a
    pct = pp / a * 100
    updown = "상승" if pp > 0 else "하락"
    mode = rng.choice(["both", "mcq"])
    if mode == "both":
        text = rng.choice([
            f"한 여론 조사에서 {josa(topic, '이/가')} 지난달 {_r(a, 1)}%에서 이번 달 {_r(b, 1)}%로 바뀌었다. 변화량을 퍼센트포인트(%p)로 나타내고, 지난달에 대한 변화율(%)을 반올림하여 소수 첫째 자리까지 {_end(rng)}",
            f"뉴스에서 '{topic} {_r(a, 1)}% → {_r(b, 1)}%'라고 보도하였다. 몇 %p {updown}했는지, 또 처음 값에 비해 몇 % {updown}했는지 구하시오. (반올림하여 소수 첫째 자리까지)",
        ])
        ans = f"{_r(abs(pp), 1)}%p {updown}, 약 {_r(abs(pct), 1)}% {updown}"
        return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                       concepts=["퍼센트포인트", "백분율"], check=lambda: abs(float(b - a) / float(a) * 100 - float(pct)) < 1e-9)
    good = f"{_r(abs(pp), 1)}%p {updown}하였다."
    bads = [f"{_r(abs(pp), 1)}% {updown}하였다.", f"{_r(abs(pct), 1)}%p {updown}하였다.",
            f"{_r(abs(pp) * 2, 1)}%p {updown}하였다.", f"{_r(b, 1)}%p {updown}하였다.",
            f"{_r(abs(pp), 1)}%p {'하락' if updown == '상승' else '상승'}하였다."]
    ch = choices(rng, good, bads)
    text = f"{josa(topic, '이/가')} {_r(a, 1)}%에서 {_r(b, 1)}%로 바뀐 것을 바르게 보도한 문장은?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["퍼센트포인트"], choice=ch, check=lambda: pp != 0)


@family(_S303, "engagement-rate")
def _engage(rng: random.Random) -> Problem:
    accts = rng.sample(["수학툰", "과학랩", "역사TV", "여행로그", "요리왕", "북리뷰"], 3)
    rows = []
    rates = []
    for a in accts:
        f_ = rng.randint(5, 200) * 1000
        like = rng.randint(int(f_ * 0.01), int(f_ * 0.12))
        com = rng.randint(10, max(11, like // 10))
        rows.append((a, f_, like, com))
        rates.append(Fr(like + com, f_) * 100)
    while len(set(rates)) < 3:
        return _engage(rng)
    tb = "계정 | 팔로워 수 | 좋아요 수 | 댓글 수\n" + "\n".join(f"{a} | {num(f_)} | {num(lk)} | {num(c)}" for a, f_, lk, c in rows)
    best = accts[rates.index(max(rates))]
    mode = rng.choice(["best", "value"])
    if mode == "best":
        q = f"(좋아요 수 + 댓글 수) ÷ 팔로워 수 × 100을 참여율(%)이라 할 때, 참여율이 가장 높은 계정을 {_end(rng, '쓰')}"
        ans = best
    else:
        i = rng.randrange(3)
        q = f"'{accts[i]}' 계정의 참여율(= (좋아요 수 + 댓글 수) ÷ 팔로워 수 × 100)을 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        ans = f"{_r(rates[i], 1)}%"
    text = f"다음은 세 SNS 계정의 최근 게시물 반응을 조사한 자료이다.\n{tb}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["백분율", "표"], check=lambda: max(rates) == rates[accts.index(best)])


@family(_S303, "survey-margin")
def _margin(rng: random.Random) -> Problem:
    n = rng.choice([400, 625, 1000, 1500, 2500, 1600])
    mode = rng.choice(["margin", "n"])
    if mode == "margin":
        val = 0.98 / n ** 0.5 * 100
        text = rng.choice([
            f"여론 조사 결과에는 '95% 신뢰 수준에서 표본 오차 ±○%p'와 같은 문구가 붙는다. 표본의 크기가 n일 때 최대 표본 오차를 약 0.98/√n × 100(%p)로 어림한다면, {num(n)}명을 조사한 경우의 표본 오차를 반올림하여 소수 첫째 자리까지 {_end(rng)}",
            f"응답자 {num(n)}명인 여론 조사의 최대 표본 오차를 ±(0.98 ÷ √n × 100)%p로 계산하면 약 몇 %p인가? (반올림하여 소수 첫째 자리까지)",
        ])
        ans = f"±{_r(val, 1)}%p"
        ok = abs(float(sp.N(sp.Rational(98) / sp.sqrt(n))) - val) < 1e-9
        d, lev = 3, "C"
    else:
        m = rng.choice([2, 2.5, 3.5, 4, 5])
        need = _m.ceil((0.98 * 100 / m) ** 2)
        text = f"최대 표본 오차를 0.98 ÷ √n × 100(%p)로 어림할 때, 표본 오차를 ±{m}%p 이하로 하려면 최소 몇 명을 조사해야 하는지 {_end(rng)}"
        ans = f"{num(need)}명"
        ok = 98 / need ** 0.5 <= m + 1e-9 and 98 / (need - 1) ** 0.5 > m
        d, lev = 4, "B"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["표본", "제곱근"], check=lambda: ok)


@family(_S303, "views-mean-median")
def _views(rng: random.Random) -> Problem:
    k = rng.choice([5, 6, 7])
    vals = sorted(rng.sample(range(12, 90), k - 1)) + [rng.randint(400, 1500)]
    rng.shuffle(vals)
    mean = Fr(sum(vals), k)
    sv = sorted(vals)
    med = Fr(sv[k // 2]) if k % 2 else Fr(sv[k // 2 - 1] + sv[k // 2], 2)
    tb = "영상 | " + " | ".join(str(i + 1) for i in range(k)) + "\n조회수(천 회) | " + " | ".join(map(str, vals))
    text = rng.choice([
        f"한 크리에이터가 올린 영상 {k}개의 조회수이다.\n{tb}\n조회수의 평균과 중앙값을 각각 구하고, 이 채널의 '보통' 조회수를 나타내기에 더 알맞은 대푯값을 까닭과 함께 {_end(rng, '쓰')}",
        f"다음은 어느 채널의 최근 영상 조회수를 정리한 표이다.\n{tb}\n평균과 중앙값을 구하고(반올림하여 소수 첫째 자리까지), 어느 값이 자료의 중심을 더 잘 나타내는지 쓰시오.",
    ])
    ans = f"평균 {_r(mean, 1)}천 회, 중앙값 {_r(med, 1)}천 회, 극단적으로 큰 값의 영향을 덜 받는 중앙값이 더 알맞다."
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["평균", "중앙값", "대푯값"], check=lambda: mean > med)


@family(_S303, "chart-weighted-score")
def _chart(rng: random.Random) -> Problem:
    songs = rng.sample(["노래 가", "노래 나", "노래 다", "노래 라"], 3)
    w = rng.choice([(Fr(6, 10), Fr(3, 10), Fr(1, 10)), (Fr(5, 10), Fr(3, 10), Fr(2, 10)), (Fr(7, 10), Fr(2, 10), Fr(1, 10))])
    for _ in range(100):
        data = [[rng.randint(40, 100) for _ in range(3)] for _ in songs]
        sc = [sum(x * y for x, y in zip(row, w, strict=True)) for row in data]
        if len(set(sc)) == 3:
            break
    tb = "곡 | 스트리밍 점수 | 음반·다운로드 점수 | 방송 점수\n" + "\n".join(f"{s} | " + " | ".join(map(str, r)) for s, r in zip(songs, data, strict=True))
    text = rng.choice([
        f"어느 음악 순위 프로그램은 스트리밍 {int(w[0] * 100)}%, 음반·다운로드 {int(w[1] * 100)}%, 방송 {int(w[2] * 100)}%의 비율로 점수를 합산하여 1위를 정한다.\n{tb}\n가중 평균 점수가 가장 높은 곡과 그 점수를 {_end(rng, '쓰')}",
        f"다음은 세 곡의 부문별 점수이다.\n{tb}\n스트리밍, 음반·다운로드, 방송 점수에 각각 {_r(w[0], 1)}, {_r(w[1], 1)}, {_r(w[2], 1)}의 가중치를 곱하여 더한 값으로 순위를 매길 때 1위 곡과 그 점수를 구하시오.",
    ])
    i = sc.index(max(sc))
    ans = f"{songs[i]}, {_r(sc[i], 1)}점"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["평균", "백분율"], check=lambda: sum(w) == 1)


_MEDIA_TASKS = [
    "관심 있는 주제의 뉴스 기사나 SNS 게시물을 {k}개 이상 모아 워드클라우드를 만들고, 자주 나타나는 단어를 근거로 사람들의 관심사가 무엇인지 해석하는 보고서를 쓰시오. 자료의 출처를 반드시 밝히시오.",
    "신문이나 방송에서 그래프가 사용된 기사 {k}개를 찾아, 세로축의 시작점, 눈금 간격, 그래프의 종류 등을 분석하여 자료를 과장하거나 왜곡한 사례가 있는지 판단하고 바르게 고친 그래프를 제시하시오.",
    "같은 사안을 다룬 여론 조사 {k}건의 결과(표본 크기, 조사 방법, 표본 오차)를 비교하여 결과가 서로 다른 까닭을 통계적으로 설명하는 발표 자료를 만드시오.",
    "음원 순위, 영화 관객 수, 유튜브 조회수 중 하나를 골라 최근 {k}주 동안의 자료를 모아 표와 그래프로 정리하고, 변화의 경향과 그 의미를 해석하시오.",
]


@family(_S303, "media-data-task")
def _media_task(rng: random.Random) -> Problem:
    t = rng.choice(_MEDIA_TASKS)
    k = rng.choice([3, 4, 5, 8])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["표", "그래프"])


# =================================================================================================
# 12수문03-04 가치소비와 수학
# =================================================================================================
@family(_S304, "weighted-decision-matrix")
def _decision(rng: random.Random) -> Problem:
    item = rng.choice(["운동화", "텀블러", "노트북", "세제", "티셔츠", "이어폰"])
    crit = rng.sample(["가격", "환경 영향", "품질", "공정 무역 인증", "디자인", "내구성"], 3)
    for _ in range(200):
        wts = rng.choice([(5, 3, 2), (4, 4, 2), (6, 2, 2), (3, 3, 4), (2, 5, 3)])
        prods = ["A", "B", "C"]
        sc = [[rng.randint(4, 10) for _ in range(3)] for _ in prods]
        tot = [sum(w * x for w, x in zip(wts, row, strict=True)) for row in sc]
        if (len(set(tot)) == 3 and tot.index(max(tot)) != [sum(r) for r in sc].index(max(sum(r) for r in sc))) or (len(set(tot)) == 3 and rng.random() < 0.3):
            break
    tb = "제품 | " + " | ".join(crit) + "\n" + "\n".join(f"{p} | " + " | ".join(map(str, r)) for p, r in zip(prods, sc, strict=True))
    wtxt = ", ".join(f"{c} {w}" for c, w in zip(crit, wts, strict=True))
    text = rng.choice([
        f"{josa(name(rng), '은/는')} {josa(item, '을/를')} 사려고 세 제품을 기준별로 10점 만점으로 평가하였다.\n{tb}\n자신이 중요하게 여기는 정도에 따라 가중치를 {wtxt}로 정하여 (가중치 × 점수)의 합이 가장 큰 제품을 고를 때, 고르게 되는 제품과 그 합계를 {_end(rng, '쓰')}",
        f"가치소비를 위해 {item} 세 제품을 다음과 같이 평가하였다.\n{tb}\n기준별 가중치({wtxt})를 곱하여 더한 점수로 제품을 고른다면 어느 제품을 사야 하는가? 점수와 함께 답하시오.",
    ])
    i = tot.index(max(tot))
    ans = f"{prods[i]}, {tot[i]}점"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["표", "곱셈"], check=lambda: tot[i] == max(sum(w * x for w, x in zip(wts, r, strict=True)) for r in sc))


@family(_S304, "unit-price")
def _unitprice(rng: random.Random) -> Problem:
    item, u = rng.choice([("세제", "mL"), ("쌀", "g"), ("우유", "mL"), ("휴지", "m"), ("샴푸", "mL")])
    for _ in range(100):
        q1, q2 = rng.sample([500, 750, 1000, 1200, 1500, 2000, 2500, 3000], 2)
        p1, p2 = rng.randint(20, 120) * 100, rng.randint(20, 120) * 100
        if Fr(p1, q1) != Fr(p2, q2):
            break
    refill = u == "mL" and rng.random() < 0.6
    n1, n2 = ("일반 용기 제품", "리필 제품") if refill else ("A 제품", "B 제품")
    base = 100
    u1, u2 = Fr(p1 * base, q1), Fr(p2 * base, q2)
    text = rng.choice([
        f"{item} {n1}은 {q1}{u}에 {num(p1)}원, {n2}은 {q2}{u}에 {num(p2)}원이다. {base}{u}당 가격을 각각 구하여 어느 쪽이 더 경제적인지 {_end(rng, '쓰')} (반올림하여 소수 첫째 자리까지)",
        f"같은 {item}의 두 상품이 있다. {n1}: {q1}{u} {num(p1)}원, {n2}: {q2}{u} {num(p2)}원. 단위 가격({base}{u}당 가격)을 비교하여 더 저렴한 상품을 고르시오.",
    ])
    cheaper = n1 if u1 < u2 else n2
    ans = f"{n1} {_r(u1, 1)}원, {n2} {_r(u2, 1)}원, {cheaper}"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["비율", "나눗셈"], check=lambda: (p1 / q1 < p2 / q2) == (cheaper == n1))


@family(_S304, "reusable-break-even")
def _tumbler(rng: random.Random) -> Problem:
    cost = rng.choice([8000, 12000, 15000, 20000, 25000])
    disc = rng.choice([200, 300, 400, 500])
    cup_g = rng.choice([12, 15, 20])
    mode = rng.choice(["money", "plastic"])
    if mode == "money":
        n = -(-cost // disc)
        text = rng.choice([
            f"{num(cost)}원짜리 텀블러를 사서 카페에 가져가면 음료 한 잔에 {disc}원씩 할인을 받는다. 할인받은 금액의 합이 텀블러 값 이상이 되려면 텀블러를 최소 몇 번 사용해야 하는지 {_end(rng)}",
            f"개인 컵을 쓰면 {disc}원을 깎아 주는 카페가 있다. {num(cost)}원인 텀블러 값을 할인으로 되찾으려면 적어도 몇 번 사용해야 하는가?",
        ])
        ans = f"{n}번"
        ok = disc * n >= cost > disc * (n - 1)
        d, lev = 2, "D"
    else:
        per_week = rng.randint(3, 10)
        g = per_week * 52 * cup_g
        text = f"일회용 플라스틱 컵 하나의 무게는 약 {cup_g}g이다. 일주일에 {per_week}잔씩 1년(52주) 동안 텀블러를 사용하면 일회용 컵 쓰레기를 약 몇 kg 줄일 수 있는지 {_end(rng)} (반올림하여 소수 첫째 자리까지)"
        ans = f"약 {_r(Fr(g, 1000), 1)}kg"
        ok = g == per_week * 52 * cup_g
        d, lev = 1, "D"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["나눗셈", "올림"] if mode == "money" else ["곱셈"], check=lambda: ok)


@family(_S304, "lifetime-cost")
def _lifetime(rng: random.Random) -> Problem:
    app = rng.choice(["냉장고", "에어컨", "세탁기", "전기밥솥", "TV"])
    pa = rng.randint(60, 120) * 10000
    pb = pa + rng.randint(10, 40) * 10000
    ea = rng.randint(12, 30) * 10000  # yearly energy cost
    eb = ea - rng.randint(4, 10) * 10000
    years = rng.choice([5, 7, 10])
    mode = rng.choice(["total", "breakeven"])
    tb = f"제품 | 구매 가격 | 1년 전기 요금\n1등급 제품 | {num(pb)}원 | {num(eb)}원\n3등급 제품 | {num(pa)}원 | {num(ea)}원"
    if mode == "total":
        ta, tb_ = pa + ea * years, pb + eb * years
        better = "1등급 제품" if tb_ < ta else "3등급 제품" if ta < tb_ else "같다"
        text = f"에너지 소비 효율 등급이 다른 두 {app}의 가격과 1년 전기 요금이 다음과 같다.\n{tb}\n{years}년 동안 사용할 때 (구매 가격) + (전기 요금)의 합을 각각 구하고, 어느 제품이 더 경제적인지 {_end(rng, '쓰')}"
        ans = f"1등급 {num(tb_)}원, 3등급 {num(ta)}원, {better}"
        ok = True
        d, lev = 3, "C"
    else:
        n = -(-(pb - pa) // (ea - eb))
        text = f"다음은 두 {app}의 가격과 1년 전기 요금이다.\n{tb}\n1등급 제품의 총비용(구매 가격 + 전기 요금)이 3등급 제품보다 적어지는 것은 최소 몇 년 동안 사용했을 때부터인지 {_end(rng)}"
        ok = pb + eb * n <= pa + ea * n and not (pb + eb * (n - 1) <= pa + ea * (n - 1))
        if pb + eb * n == pa + ea * n:
            n += 1
            ok = pb + eb * n < pa + ea * n
        ans = f"{n}년"
        d, lev = 4, "B"
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=lev,
                   concepts=["일차부등식", "표"] if mode == "breakeven" else ["표", "덧셈"],
                   check=lambda: ok)


@family(_S304, "fair-trade-share")
def _fairtrade(rng: random.Random) -> Problem:
    prod = rng.choice(["커피 한 잔", "초콜릿 한 개", "바나나 한 송이", "티셔츠 한 장"])
    price = rng.choice([4000, 4500, 5000, 3000, 10000, 20000])
    pct = rng.choice([1, 2, 3, 5, 6])
    new_pct = pct + rng.choice([2, 3, 4, 5])
    mode = rng.choice(["amount", "increase"])
    if mode == "amount":
        text = rng.choice([
            f"{price}원짜리 {prod}의 판매 가격 중 원료를 생산한 농부에게 돌아가는 몫은 {pct}%라고 한다. 농부가 받는 금액을 {_end(rng)}",
            f"{prod}의 가격이 {num(price)}원이고 생산 농가의 몫이 판매 가격의 {pct}%이다. 농가가 받는 돈은 얼마인가?",
        ])
        ans = f"{_r(Fr(price * pct, 100), 1)}원"
        d, lev = 1, "E"
        ok = True
    else:
        text = f"{num(price)}원짜리 {prod}에서 농부의 몫이 {pct}%였는데, 공정 무역 제품은 같은 가격에서 농부의 몫이 {new_pct}%이다. 공정 무역 제품을 살 때 농부가 받는 금액은 몇 원 더 많아지고, 처음의 몇 배가 되는지 {_end(rng)}"
        diff = Fr(price * (new_pct - pct), 100)
        ans = f"{_r(diff, 1)}원, {_r(Fr(new_pct, pct), 2)}배"
        d, lev = 2, "D"
        ok = diff > 0
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["백분율"], check=lambda: ok)


@family(_S304, "carbon-footprint-choice")
def _carbon(rng: random.Random) -> Problem:
    foods = [("소고기", 27.0), ("돼지고기", 12.1), ("닭고기", 6.9), ("두부", 2.0), ("달걀", 4.8), ("쌀", 2.7)]
    a, b = rng.sample(foods, 2)
    if a[1] < b[1]:
        a, b = b, a
    kg = rng.choice([Fr(1, 2), Fr(1), Fr(2), Fr(3, 10)])
    times = rng.choice([4, 8, 12, 52])
    red = (Fr(str(a[1])) - Fr(str(b[1]))) * kg * times
    text = rng.choice([
        f"식품 1kg을 생산할 때 배출되는 온실가스가 {a[0]}는 약 {a[1]}kg, {b[0]}는 약 {b[1]}kg이라고 한다(가상의 수치). 한 가족이 {a[0]} {_r(kg, 1)}kg 대신 {b[0]} {_r(kg, 1)}kg을 먹는 식단을 {times}번 실천하면 온실가스 배출을 약 몇 kg 줄일 수 있는지 {_end(rng)}",
        f"다음은 식품 1kg당 탄소 배출량(가상)이다. {a[0]}: {a[1]}kg, {b[0]}: {b[1]}kg. 급식에서 {a[0]} 메뉴 {_r(kg, 1)}kg을 {b[0]} 메뉴로 바꾸는 날을 {times}번 만들면 줄어드는 배출량은 몇 kg인가? (반올림하여 소수 첫째 자리까지)",
    ])
    text = text.replace(f"{a[0]}는", josa(a[0], "은/는")).replace(f"{b[0]}는", josa(b[0], "은/는"))
    ans = f"약 {_r(red, 1)}kg"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["곱셈", "소수"], also=["12수문04-02"], check=lambda: red > 0)


@family(_S304, "discount-compare")
def _discount(rng: random.Random) -> Problem:
    price = rng.choice([10000, 12000, 15000, 20000, 30000])
    d1 = rng.choice([30, 40, 50])
    d2, d3 = rng.choice([(20, 20), (30, 10), (20, 30), (25, 20)])
    opts = {
        f"{d1}% 할인": Fr(100 - d1, 100),
        f"{d2}% 할인 후 {d3}% 추가 할인": Fr(100 - d2, 100) * Fr(100 - d3, 100),
        "1+1 (두 개를 한 개 값에)": Fr(1, 2),
    }
    need_two = rng.random() < 0.5
    if not need_two:
        opts.pop("1+1 (두 개를 한 개 값에)")
    best = min(opts, key=opts.get)
    if list(opts.values()).count(opts[best]) > 1:
        return _discount(rng)
    lines = "\n".join(f"- {k}" for k in opts)
    text = rng.choice([
        f"정가 {num(price)}원인 물건을 {'2개' if need_two else '1개'} 사려고 한다. 가게마다 할인 방식이 다음과 같다.\n{lines}\n물건 {'2개' if need_two else '1개'}를 사는 데 드는 금액이 가장 적은 방식과 그 금액을 {_end(rng, '쓰')} (필요한 양만 산다고 할 때, 1+1은 2개가 필요할 때만 고려한다.)",
    ])
    q = 2 if need_two else 1
    costs = {k: price * v * q for k, v in opts.items()}
    best = min(costs, key=costs.get)
    ans = f"{best}, {num(int(costs[best]))}원"
    ok = list(costs.values()).count(costs[best]) == 1 and all(c.denominator == 1 for c in costs.values())
    if not ok:
        return _discount(rng)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["백분율"], check=lambda: ok)


@family(_S304, "waste-reduction-estimate")
def _waste(rng: random.Random) -> Problem:
    n = rng.choice([300, 500, 800, 1000, 1200])
    per = rng.choice([1, 2, 3])
    days = rng.choice([180, 190, 200])
    g = rng.choice([10, 15, 20, 25])
    pct = rng.choice([30, 40, 50, 60])
    tot = Fr(n * per * days * g * pct, 100 * 1000)
    obj = rng.choice(["일회용 빨대", "일회용 컵", "플라스틱 포크", "비닐봉지"])
    text = rng.choice([
        f"전교생 {n}명인 학교에서 학생 한 명이 하루에 {obj}를 평균 {per}개 쓰고, {obj} 1개의 무게는 {g}g이라고 하자. 학생의 {pct}%가 수업일 {days}일 동안 {obj} 대신 다회용품을 쓰면 줄어드는 쓰레기는 약 몇 kg인지 {_end(rng)}",
        f"학생 {n}명 중 {pct}%가 {days}일 동안 하루 {per}개씩 쓰던 {obj}를 쓰지 않기로 하였다. {obj} 1개의 무게가 {g}g일 때 줄어드는 쓰레기의 양은 몇 kg인가?",
    ])
    text = text.replace(f"{obj}를", josa(obj, "을/를"))
    ans = f"{_r(tot, 1)}kg"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="D",
                   concepts=["백분율", "곱셈"], check=lambda: tot * 100000 == n * per * days * g * pct)


_VALUE_TASKS = [
    "최근에 산 물건 {k}가지에 대해 가격, 환경 영향, 생산자의 노동 환경, 내구성 등의 기준을 정하고 가중치를 두어 점수를 매겨 보시오. 그 결과를 바탕으로 자신의 소비를 평가하고 앞으로의 가치소비 실천 계획을 세우시오.",
    "공정 무역 제품과 일반 제품 {k}쌍의 가격과 생산자 몫을 조사하여 비교하는 표를 만들고, 공정 무역 제품을 선택했을 때 생산자에게 돌아가는 금액의 차이를 계산하여 캠페인 포스터를 만드시오.",
    "우리 반 학생들의 일주일 동안의 일회용품 사용량을 조사하여 평균을 구하고, 1년 동안의 사용량을 추정하시오. 줄일 수 있는 방법 {k}가지를 제안하고, 각 방법을 실천했을 때 줄어드는 양을 계산하여 발표하시오.",
    "친환경 제품(예: 고효율 가전, 다회용품, 리필 제품)과 일반 제품을 {k}가지 골라 구매 가격과 사용 기간 동안의 유지 비용을 합한 총비용을 비교하고, 수학적 근거를 들어 합리적인 소비 방법을 제안하시오.",
]


@family(_S304, "value-consumption-task")
def _value_task(rng: random.Random) -> Problem:
    t = rng.choice(_VALUE_TASKS)
    k = rng.choice([2, 3, 4, 5])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["평균"])


# =================================================================================================
# 12수문04-01 식생활과 수학
# =================================================================================================
_S401, _S402, _S403, _S404 = "12수문04-01", "12수문04-02", "12수문04-03", "12수문04-04"


@family(_S401, "nutrition-label-percent")
def _nutri(rng: random.Random) -> Problem:
    nut, unit, dv = rng.choice([("나트륨", "mg", 2000), ("당류", "g", 100), ("포화지방", "g", 15), ("단백질", "g", 55)])
    food = rng.choice(["컵라면", "냉동 피자", "과자 한 봉지", "삼각김밥", "편의점 도시락", "탄산음료"])
    amt = rng.randint(max(1, int(dv * 0.05)), int(dv * 0.9))
    mode = rng.choice(["pct", "count"])
    if mode == "pct":
        text = rng.choice([
            f"식품의 영양 성분 표시에는 1일 영양 성분 기준치에 대한 비율(%)이 적혀 있다. {nut}의 1일 기준치가 {num(dv)}{unit}일 때, {nut} {num(amt)}{unit}이 들어 있는 {food}는 1일 기준치의 몇 %인지 반올림하여 정수로 {_end(rng)}",
            f"{food} 한 개에 {josa(nut, '이/가')} {num(amt)}{unit} 들어 있다. 1일 기준치 {num(dv)}{unit}에 대한 비율은 약 몇 %인가? (반올림하여 정수로)",
        ])
        text = text.replace(f"{food}는", josa(food, "은/는"))
        ans = f"약 {_r(Fr(amt * 100, dv), 0)}%"
        ok = True
        d, lev = 1, "D"
    else:
        n = dv // amt
        text = f"{food} 한 개에 {josa(nut, '이/가')} {num(amt)}{unit} 들어 있다. {nut}의 1일 기준치가 {num(dv)}{unit}일 때, 하루에 이 {josa(food, '을/를')} 최대 몇 개까지 먹어도 기준치를 넘지 않는지 {_end(rng)} (다른 음식은 먹지 않는다고 가정한다.)"
        ans = f"{n}개"
        ok = n * amt <= dv < (n + 1) * amt
        d, lev = 2, "D"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["백분율"] if mode == "pct" else ["나눗셈", "이하"], check=lambda: ok)


@family(_S401, "macronutrient-kcal")
def _kcal(rng: random.Random) -> Problem:
    c, p, f = rng.randint(30, 120), rng.randint(5, 40), rng.randint(3, 35)
    meal = rng.choice(["점심 급식", "햄버거 세트", "비빔밥 한 그릇", "아침 식사", "샌드위치와 우유"])
    kc = 4 * c + 4 * p + 9 * f
    mode = rng.choice(["kcal", "ratio"])
    tb = f"영양소 | 탄수화물 | 단백질 | 지방\n양(g) | {c} | {p} | {f}"
    if mode == "kcal":
        q = f"탄수화물과 단백질은 1g당 4kcal, 지방은 1g당 9kcal의 열량을 낸다. {meal}의 열량을 {_end(rng)}"
        ans = f"{kc}kcal"
        d, lev = 2, "D"
    else:
        q = f"탄수화물과 단백질은 1g당 4kcal, 지방은 1g당 9kcal이다. {meal}의 전체 열량 중 지방에서 얻는 열량의 비율을 반올림하여 소수 첫째 자리까지 구하고, 권장 범위(15% 이상 30% 이하)에 드는지 {_end(rng, '쓰')}"
        r = Fr(9 * f * 100, kc)
        ok_range = Fr(15) <= r <= Fr(30)
        ans = f"{_r(r, 1)}%, {'권장 범위에 든다' if ok_range else '권장 범위를 벗어난다'}"
        d, lev = 3, "C"
    text = f"다음은 {meal}에 들어 있는 영양소의 양이다.\n{tb}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=lev,
                   concepts=["표", "백분율"], check=lambda: kc == 4 * (c + p) + 9 * f)


@family(_S401, "food-mileage")
def _mileage(rng: random.Random) -> Problem:
    food = rng.choice(["밀", "콩", "오렌지", "소고기", "바나나", "연어"])
    w = rng.choice([Fr(1, 2), Fr(2), Fr(5), Fr(10), Fr(20)])  # tonnes
    far = rng.choice([5000, 8000, 10000, 12000, 18000])
    near = rng.choice([50, 100, 200, 250, 500])
    mode = rng.choice(["value", "ratio"])
    if mode == "value":
        text = rng.choice([
            f"푸드 마일리지는 식품의 무게(t)와 이동 거리(km)를 곱한 값(t·km)이다. 수입 {food} {_r(w, 1)}t이 {num(far)}km를 이동해 왔을 때 푸드 마일리지를 {_end(rng)}",
            f"식품 무게 × 수송 거리로 푸드 마일리지를 계산한다. {num(far)}km 떨어진 나라에서 {food} {_r(w, 1)}t을 들여오면 푸드 마일리지는 몇 t·km인가?",
        ])
        ans = f"{num(int(w * far))}t·km"
        ok = (w * far).denominator == 1
        d, lev = 1, "E"
    else:
        text = f"푸드 마일리지(무게 t × 이동 거리 km)를 비교하려고 한다. {food} {_r(w, 1)}t을 {num(far)}km 떨어진 나라에서 수입하는 대신 {near}km 떨어진 지역 농장에서 구입하면 푸드 마일리지는 몇 분의 1로 줄어드는지 {_end(rng)}"
        ratio = Fr(far, near)
        ans = f"{_ans_fr(ratio)}분의 1"
        ok = ratio.denominator == 1
        d, lev = 2, "D"
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=lev,
                   concepts=["곱셈", "비"], check=lambda: ok)


@family(_S401, "food-waste-estimate")
def _foodwaste(rng: random.Random) -> Problem:
    g = rng.choice([100, 120, 150, 180, 200, 250])
    pop = rng.choice([(300, "명", "우리 학교"), (1000, "명", "우리 마을"), (500000, "명", "○○시"), (25, "명", "우리 반")])
    days = rng.choice([30, 180, 365])
    red = rng.choice([10, 20, 25, 30])
    tot_kg = Fr(g * pop[0] * days, 1000)
    mode = rng.choice(["total", "reduce"])
    if mode == "total":
        text = f"{pop[2]} 사람들이 하루에 1인당 평균 {g}g의 음식물 쓰레기를 버린다고 하자. 인원이 {num(pop[0])}{pop[1]}일 때, {days}일 동안 버리는 음식물 쓰레기는 모두 몇 kg인지 {_end(rng)}"
        ans = f"{num(int(tot_kg)) if tot_kg.denominator == 1 else _r(tot_kg, 1)}kg"
        d, lev = 2, "D"
    else:
        text = f"{pop[2]}({num(pop[0])}{pop[1]})에서 1인당 하루 음식물 쓰레기가 {g}g이다. 잔반 줄이기 운동으로 이 양을 {red}% 줄이면 {days}일 동안 줄어드는 음식물 쓰레기는 몇 kg인지 {_end(rng)}"
        v = tot_kg * red / 100
        ans = f"{num(int(v)) if v.denominator == 1 else _r(v, 1)}kg"
        d, lev = 2, "C"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["곱셈", "백분율"], check=lambda: tot_kg * 1000 == g * pop[0] * days)


@family(_S401, "sugar-cubes")
def _sugar(rng: random.Random) -> Problem:
    drink = rng.choice(["콜라 한 캔(355mL)", "이온 음료 한 병(500mL)", "과일 주스 한 팩(250mL)", "밀크티 한 잔", "에너지 음료 한 캔"])
    sg = rng.choice([27, 30, 35, 39, 45, 52])
    cube = rng.choice([3, 4])
    rec = rng.choice([50, 25])
    mode = rng.choice(["cubes", "pct"])
    if mode == "cubes":
        text = rng.choice([f"{drink}에는 당류가 {sg}g 들어 있다. 각설탕 한 개가 {cube}g이라면 이 음료에 든 당류는 각설탕 약 몇 개에 해당하는지 반올림하여 정수로 {_end(rng)}",
                           f"당류 {sg}g이 들어 있는 {drink}를 각설탕({cube}g)으로 바꾸어 나타내면 약 몇 개인가? (반올림하여 정수로)"])
        text = text.replace(f"{drink}를", josa(drink, "을/를"))
        ans = f"약 {_r(Fr(sg, cube), 0)}개"
        d, lev = 1, "E"
    else:
        text = f"세계보건기구는 하루 당류 섭취를 {rec}g 이하로 줄이도록 권고한다. 당류 {sg}g이 들어 있는 {drink}를 마시면 권고량의 몇 %를 섭취하게 되는지 반올림하여 정수로 {_end(rng)}".replace(f"{drink}를", josa(drink, "을/를"))
        ans = f"약 {_r(Fr(sg * 100, rec), 0)}%"
        d, lev = 2, "D"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["나눗셈", "백분율"], check=lambda: sg > 0)


@family(_S401, "population-food-growth")
def _malthus(rng: random.Random) -> Problem:
    P0 = rng.choice([100, 200, 500])
    r = rng.choice([Fr(2), Fr(3, 2), Fr(6, 5)])
    F0 = rng.choice([2 * P0, 3 * P0, 4 * P0])
    inc = rng.choice([P0 // 2, P0, P0 // 4])
    n = next(k for k in range(1, 200) if P0 * r ** k > F0 + inc * k)
    unit = rng.choice(["25년", "10년", "1세대"])
    text = rng.choice([
        f"맬서스는 인구는 기하급수적으로, 식량은 산술급수적으로 늘어난다고 주장하였다. 어느 가상의 섬의 인구가 처음 {P0}명이고 {unit}마다 {_r(r, 1)}배가 되며, 식량은 처음 {F0}명분에서 {unit}마다 {inc}명분씩 늘어난다고 하자. 인구가 식량(명분)을 처음으로 넘어서는 것은 {unit}을 몇 번 지난 후인지 {_end(rng)}",
        f"인구: 처음 {P0}명, 주기마다 {_r(r, 1)}배 / 식량: 처음 {F0}명분, 주기마다 {inc}명분씩 증가. 이러한 가상의 모델에서 인구가 식량을 처음 초과하는 것은 몇 번째 주기인가? (한 주기는 {unit}이다.)",
    ])
    text = text.replace(f"{unit}을", josa(unit, "을/를"))
    ans = f"{n}번" if "몇 번 지난" in text else f"{n}번째 주기"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["등비수열", "등차수열"], also=["12대수03-03"],
                   check=lambda: P0 * r ** n > F0 + inc * n and all(P0 * r ** k <= F0 + inc * k for k in range(n)))


@family(_S401, "additive-adi")
def _adi(rng: random.Random) -> Problem:
    add = rng.choice([("아스파탐", 40), ("사카린", 5), ("안식향산나트륨", 5), ("수크랄로스", 15)])
    kg = rng.choice([45, 50, 55, 60, 70])
    per = rng.choice([50, 100, 150, 200])
    adi = add[1] * kg
    n = adi // per
    text = rng.choice([
        f"식품 첨가물의 1일 섭취 허용량(ADI)은 몸무게 1kg당 하루에 평생 먹어도 안전한 양이다. {add[0]}의 ADI를 {add[1]}mg/kg이라 할 때, 몸무게 {kg}kg인 사람의 하루 섭취 허용량을 구하고, 한 개에 {per}mg이 들어 있는 제품을 하루에 최대 몇 개까지 먹을 수 있는지 {_end(rng)}",
        f"몸무게가 {kg}kg인 사람에게 {add[0]}(ADI {add[1]}mg/kg)의 하루 섭취 허용량은 몇 mg인가? 또, {add[0]}가 {per}mg 들어 있는 음료는 하루 몇 개까지 허용 범위 안인가?".replace(f"{add[0]}가", josa(add[0], "이/가")),
    ])
    ans = f"{num(adi)}mg, {n}개"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["곱셈", "나눗셈"], check=lambda: n * per <= adi < (n + 1) * per)


_FOOD_TASKS = [
    "일주일 동안 자신이 먹은 음식과 양을 기록하고, 영양 성분표를 이용하여 하루 평균 열량과 탄수화물·단백질·지방의 비율을 계산하시오. 권장 비율과 비교하여 식단의 문제점을 찾고, 개선한 {k}일 치 식단을 제안하시오.",
    "학교 급식의 잔반 양을 {k}일 동안 측정하여 표와 그래프로 정리하고, 1년 동안 버려지는 양을 추정하시오. 잔반을 줄이기 위한 방법을 제안하고 그 효과를 수치로 예측하시오.",
    "마트에서 파는 식재료 {k}가지의 원산지를 조사하여 푸드 마일리지를 계산하고, 지역 농산물로 바꾸었을 때 줄어드는 푸드 마일리지와 탄소 배출량을 비교하는 보고서를 작성하시오.",
    "즐겨 마시는 음료 {k}가지의 당류 함량을 조사하여 각설탕 개수로 나타낸 인포그래픽을 만들고, 하루 권고량과 비교하여 건강한 음료 선택 방법을 제안하시오.",
]


@family(_S401, "diet-improvement-task")
def _food_task(rng: random.Random) -> Problem:
    t = rng.choice(_FOOD_TASKS)
    k = rng.choice([3, 5, 7])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["평균", "백분율"])


# =================================================================================================
# 12수문04-02 대기 오염과 수학
# =================================================================================================
@family(_S402, "transport-co2")
def _transport(rng: random.Random) -> Problem:
    km = rng.choice([5, 8, 10, 12, 15, 20])
    car = rng.choice([170, 180, 200, 210])
    bus_total = rng.choice([900, 1000, 1200])
    riders = rng.choice([20, 25, 30, 40])
    days = rng.choice([20, 200, 240])
    bus_pp = Fr(bus_total, riders)
    mode = rng.choice(["per-person", "year"])
    if mode == "per-person":
        text = rng.choice([
            f"승용차는 1km를 달릴 때 이산화탄소를 약 {car}g, 버스는 약 {bus_total}g 배출한다고 하자(가상의 값). 혼자 승용차로 {km}km를 가는 경우와 {riders}명이 탄 버스로 같은 거리를 가는 경우, 1인당 이산화탄소 배출량을 각각 {_end(rng)}",
            f"1km당 이산화탄소 배출량이 승용차 {car}g, 버스 {bus_total}g일 때, {km}km 거리를 승용차(1명 탑승)와 버스({riders}명 탑승)로 이동하는 경우의 1인당 배출량을 비교하시오.",
        ])
        ans = f"승용차 {num(car * km)}g, 버스 {_r(bus_pp * km, 1)}g"
        ok = bus_pp * km < car * km
        d, lev = 2, "C"
    else:
        save = (car - bus_pp) * km * 2 * days
        text = f"승용차(1명 탑승)는 1km당 이산화탄소 {car}g, 버스는 1인당 1km당 {_r(bus_pp, 1)}g을 배출한다고 하자. 편도 {km}km인 통학을 {days}일 동안 왕복 모두 승용차 대신 버스로 하면 이산화탄소 배출량을 약 몇 kg 줄일 수 있는지 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        ans = f"약 {_r(save / 1000, 1)}kg"
        ok = save > 0
        d, lev = 3, "C"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["곱셈", "나눗셈"], check=lambda: ok)


@family(_S402, "electricity-co2-trees")
def _trees(rng: random.Random) -> Problem:
    factor = rng.choice([Fr(46, 100), Fr(45, 100), Fr(48, 100)])
    kwh = rng.choice([200, 250, 300, 350, 400])
    absorb = rng.choice([Fr(66, 10), Fr(5), Fr(8)])
    mode = rng.choice(["co2", "trees"])
    if mode == "co2":
        months = rng.choice([1, 12])
        text = rng.choice([
            f"전기 1kWh를 사용할 때 이산화탄소가 약 {_r(factor, 2)}kg 배출된다고 하자. 한 달에 전기를 {kwh}kWh 쓰는 가정이 {'한 달' if months == 1 else '1년'} 동안 배출하는 이산화탄소는 약 몇 kg인지 {_end(rng)}",
            f"월평균 전기 사용량이 {kwh}kWh인 집의 {'월간' if months == 1 else '연간'} 이산화탄소 배출량은? (1kWh당 {_r(factor, 2)}kg으로 계산)",
        ])
        ans = f"약 {_r(factor * kwh * months, 1)}kg"
        ok = True
        d, lev = 1, "D"
    else:
        co2 = factor * kwh * 12
        n = -(-co2 // absorb)
        text = rng.choice([
            f"한 가정이 1년 동안 전기 사용으로 배출하는 이산화탄소는 월 {kwh}kWh × 12개월 × {_r(factor, 2)}kg/kWh이다. 나무 한 그루가 1년에 이산화탄소를 약 {_r(absorb, 1)}kg 흡수한다면, 이 배출량을 모두 흡수하려면 나무를 최소 몇 그루 심어야 하는지 {_end(rng)}",
        ])
        ans = f"{int(n)}그루"
        ok = (n - 1) * absorb < co2 <= n * absorb
        d, lev = 3, "C"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["곱셈", "올림"], check=lambda: ok)


_PM_GRADE = [(15, "좋음"), (35, "보통"), (75, "나쁨"), (10 ** 9, "매우 나쁨")]


def _pm_grade(x: int) -> str:
    for hi, g in _PM_GRADE:
        if x <= hi:
            return g
    return "매우 나쁨"


@family(_S402, "pm25-data")
def _pm(rng: random.Random) -> Problem:
    days = ["월", "화", "수", "목", "금", "토", "일"][: rng.choice([5, 7])]
    vals = [rng.randint(8, 95) for _ in days]
    tb = "요일 | " + " | ".join(days) + "\n초미세먼지(㎍/㎥) | " + " | ".join(map(str, vals))
    crit = "(기준: 0~15 좋음, 16~35 보통, 36~75 나쁨, 76 이상 매우 나쁨)"
    mode = rng.choice(["mean", "count", "grade"])
    if mode == "mean":
        m = Fr(sum(vals), len(vals))
        q = f"이 기간의 초미세먼지 농도의 평균을 반올림하여 소수 첫째 자리까지 구하고, 평균이 어느 등급에 해당하는지 {_end(rng, '쓰')} {crit}"
        ans = f"{_r(m, 1)}㎍/㎥, {_pm_grade(round(float(m)))}"
        d, lev = 2, "D"
    elif mode == "count":
        q = f"'나쁨' 이상(36㎍/㎥ 이상)인 날은 며칠이며, 전체의 몇 %인지 반올림하여 정수로 {_end(rng)} {crit}"
        c = sum(1 for v in vals if v >= 36)
        ans = f"{c}일, {_r(Fr(c * 100, len(vals)), 0)}%"
        d, lev = 2, "D"
    else:
        q = f"농도의 최댓값과 최솟값의 차를 구하고, 가장 농도가 높은 날의 등급을 {_end(rng, '쓰')} {crit}"
        ans = f"{max(vals) - min(vals)}㎍/㎥, {_pm_grade(max(vals))}"
        d, lev = 1, "E"
    text = f"다음은 어느 도시의 요일별 초미세먼지 농도의 일평균값이다.\n{tb}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=lev,
                   concepts=["평균", "표"] if mode == "mean" else ["표", "백분율"], check=lambda: len(vals) == len(days))


@family(_S402, "temperature-trend")
def _temp(rng: random.Random) -> Problem:
    y0 = rng.choice([1980, 1990, 2000])
    step = 10
    base = Fr(rng.randint(120, 140), 10)
    rate = Fr(rng.randint(2, 5), 10)  # per decade
    vals = [base + rate * i + Fr(rng.choice([-1, 0, 1]), 10) * (i % 2) for i in range(4)]
    yrs = [y0 + step * i for i in range(4)]
    tb = "연도 | " + " | ".join(map(str, yrs)) + "\n연평균 기온(℃) | " + " | ".join(_r(v, 1) for v in vals)
    avg_rate = (vals[-1] - vals[0]) / 3
    target = yrs[-1] + step * rng.choice([2, 3, 5])
    pred = vals[-1] + avg_rate * (target - yrs[-1]) / step
    text = rng.choice([
        f"다음은 어느 도시의 연평균 기온을 10년 간격으로 나타낸 것이다(가상의 자료).\n{tb}\n{yrs[0]}년부터 {yrs[-1]}년까지 10년당 평균 상승폭을 구하고, 이 추세가 계속된다면 {target}년의 연평균 기온은 약 몇 ℃가 될지 반올림하여 소수 첫째 자리까지 {_end(rng)}",
        f"다음 자료에서 처음과 마지막 값을 이용하여 10년마다 기온이 일정하게 오른다고 가정하자.\n{tb}\n10년당 상승폭과 {target}년의 예상 연평균 기온을 구하시오. (반올림하여 소수 첫째 자리까지)",
    ])
    ans = f"10년당 약 {_r(avg_rate, 2)}℃, 약 {_r(pred, 1)}℃"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["평균", "일차함수"], check=lambda: pred > vals[-1])


@family(_S402, "co2-ppm-growth")
def _ppm(rng: random.Random) -> Problem:
    mode = rng.choice(["pct", "ppm-pct", "growth"])
    if mode == "pct":
        a, b = 280, rng.choice([400, 410, 415, 420, 425])
        text = rng.choice([f"산업화 이전 대기 중 이산화탄소 농도는 약 {a}ppm이었고, 최근에는 약 {b}ppm이다. 산업화 이전에 비해 몇 % 증가하였는지 반올림하여 정수로 {_end(rng)}",
                           f"대기 중 이산화탄소 농도가 {a}ppm에서 {b}ppm이 되었다. 증가율은 약 몇 %인가? (반올림하여 정수로)"])
        ans = f"약 {_r(Fr((b - a) * 100, a), 0)}%"
        d, lev = 2, "D"
        ok = True
    elif mode == "ppm-pct":
        b = rng.choice([400, 410, 420, 425])
        text = f"ppm은 100만분의 1을 나타내는 단위이다. 대기 중 이산화탄소 농도 {b}ppm을 백분율(%)로 나타내면 □%이다. □ 안에 알맞은 수를 {_end(rng, '쓰')}"
        ans = _r(Fr(b, 10000), 4)
        d, lev = 2, "D"
        ok = Fr(b, 10 ** 6) * 100 == Fr(ans)
    else:
        p0 = rng.choice([410, 415, 420])
        r = rng.choice([Fr(5, 1000), Fr(6, 1000), Fr(7, 1000)])
        n = rng.choice([10, 20, 30])
        val = p0 * (1 + float(r)) ** n
        text = f"대기 중 이산화탄소 농도가 현재 {p0}ppm이고 매년 {_r(r * 100, 1)}%씩 증가한다고 가정하자. {n}년 후의 농도는 약 몇 ppm인지 계산기를 사용하여 반올림하여 정수로 {_end(rng)}"
        ans = f"약 {round(val)}ppm"
        d, lev = 3, "B"
        ok = abs(float(sp.N(p0 * (1 + sp.Rational(r.numerator, r.denominator)) ** n)) - val) < 1e-6
    return Problem(text=text, answer=ans, format="computation" if mode != "ppm-pct" else "fill", difficulty=d,
                   achievement_level=lev, concepts=["백분율"] if mode != "growth" else ["거듭제곱", "백분율"],
                   also=["12대수01-08"] if mode == "growth" else [], check=lambda: ok)


@family(_S402, "reduction-target")
def _target(rng: random.Random) -> Problem:
    base = rng.choice([600, 700, 720, 800, 1000])  # 만 t
    pct = rng.choice([20, 30, 40, 50])
    n = rng.choice([5, 8, 10])
    mode = rng.choice(["linear", "geometric"])
    goal = Fr(base * (100 - pct), 100)
    if mode == "linear":
        per = (base - goal) / n
        text = rng.choice([f"어느 도시의 연간 온실가스 배출량은 {base}만 t이다. {n}년 후까지 배출량을 {pct}% 줄이기로 하고 매년 같은 양씩 줄인다면, 해마다 몇 만 t씩 줄여야 하는지 {_end(rng)}",
                           f"현재 {base}만 t인 배출량을 {n}년 동안 매년 같은 양만큼 줄여 {pct}% 감축하려고 한다. 1년에 줄여야 할 양은?"])
        ans = f"{_r(per, 1)}만 t"
        ok = base - per * n == goal
        d, lev = 2, "C"
    else:
        r = 1 - (1 - pct / 100) ** (1 / n)
        text = f"어느 기업이 온실가스 배출량을 {n}년 동안 매년 전년 대비 같은 비율로 줄여 {n}년 후에 지금보다 {pct}% 적게 만들려고 한다. 매년 약 몇 %씩 줄여야 하는지 계산기를 사용하여 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        ans = f"약 {_r(r * 100, 1)}%"
        ok = abs((1 - r) ** n - (1 - pct / 100)) < 1e-9
        d, lev = 4, "A"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["백분율"] if mode == "linear" else ["거듭제곱근", "백분율"],
                   also=["12대수01-01"] if mode == "geometric" else [], check=lambda: ok)


@family(_S402, "standby-power")
def _standby(rng: random.Random) -> Problem:
    w = rng.choice([1, 2, 3, 5, 8])
    n_dev = rng.randint(4, 10)
    hours = rng.choice([18, 20, 22])
    factor = Fr(46, 100)
    kwh = Fr(w * n_dev * hours * 365, 1000)
    text = rng.choice([
        f"전원을 끈 상태에서도 플러그가 꽂혀 있으면 대기 전력이 소비된다. 대기 전력이 {w}W인 전자 제품 {n_dev}개를 하루 {hours}시간씩 1년(365일) 동안 꽂아 두면 소비되는 전력량은 몇 kWh이고, 이로 인한 이산화탄소 배출량은 약 몇 kg인지 {_end(rng)} (1kWh당 0.46kg, 반올림하여 소수 첫째 자리까지)",
    ])
    ans = f"{_r(kwh, 1)}kWh, 약 {_r(kwh * factor, 1)}kg"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["곱셈", "반올림"], check=lambda: kwh * 1000 == w * n_dev * hours * 365)


_AIR_TASKS = [
    "우리 가족의 한 달 전기·가스 사용량과 교통수단 이용 거리를 조사하여 탄소 발자국을 계산하고, 이를 {k}% 줄이기 위한 구체적인 실천 방법과 그 효과를 수치로 제시하는 보고서를 작성하시오.",
    "기상청이나 에어코리아의 공개 자료에서 우리 지역의 최근 {k}년간 미세먼지 농도 자료를 찾아 월별 평균을 구하고 그래프로 나타내어 계절별 특징을 분석하시오. 자료의 출처를 밝히시오.",
    "학교의 하루 전력 사용량을 조사하고, 대기 전력 차단이나 조명 교체 등 {k}가지 절약 방안을 실천했을 때 1년 동안 줄일 수 있는 이산화탄소의 양을 계산하여 학생회에 제안서를 제출하시오.",
    "지구 평균 기온 자료를 이용하여 최근 {k}0년의 기온 변화 경향을 그래프와 추세선으로 나타내고, 이 추세가 계속될 때의 미래를 예측한 뒤 예측의 한계를 토론하시오.",
]


@family(_S402, "air-pollution-task")
def _air_task(rng: random.Random) -> Problem:
    t = rng.choice(_AIR_TASKS)
    k = rng.choice([3, 5]) if "0년" in t else rng.choice([2, 3, 5, 10])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["평균", "그래프"])


# =================================================================================================
# 12수문04-03 사막화와 수학
# =================================================================================================
@family(_S403, "forest-loss-geometric")
def _forest(rng: random.Random) -> Problem:
    A = rng.choice([1000, 2000, 5000, 8000])  # km²
    r = rng.choice([1, 2, 3, 5])
    n = rng.choice([5, 10, 20])
    mode = rng.choice(["after", "half"])
    region = rng.choice(["어느 열대 우림 지역", "사막 주변의 한 초원 지대", "가상의 ○○ 숲", "어느 나라의 산림"])
    if mode == "after":
        val = A * (1 - r / 100) ** n
        text = rng.choice([f"{region}의 숲 면적은 {num(A)}km²이고, 매년 전년 면적의 {r}%씩 줄어든다고 하자. {n}년 후 숲의 면적은 약 몇 km²인지 계산기를 사용하여 반올림하여 정수로 {_end(rng)}",
                           f"숲 면적이 해마다 {r}%씩 감소하는 {region}의 현재 숲 면적이 {num(A)}km²이다. {n}년 뒤의 숲 면적을 구하시오. (반올림하여 정수로)"])
        ans = f"약 {num(round(val))}km²"
        ok = abs(float(sp.N(A * (1 - sp.Rational(r, 100)) ** n)) - val) < 1e-6
        d, lev = 3, "C"
    else:
        k = next(i for i in range(1, 500) if (1 - r / 100) ** i <= 0.5)
        text = f"{region}의 숲 면적이 매년 전년의 {r}%씩 줄어든다면, 숲 면적이 처음으로 현재의 절반 이하가 되는 것은 몇 년 후인지 계산기를 사용하여 {_end(rng)}"
        ans = f"{k}년 후"
        ok = (1 - r / 100) ** k <= 0.5 < (1 - r / 100) ** (k - 1)
        d, lev = 4, "B"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["거듭제곱", "백분율"] if mode == "after" else ["로그", "거듭제곱"],
                   also=["12대수01-08"], check=lambda: ok)


@family(_S403, "desert-expansion-linear")
def _desert_lin(rng: random.Random) -> Problem:
    A0 = rng.choice([2000, 3000, 5000, 12000])
    v = rng.choice([20, 35, 50, 80, 120])
    land = rng.choice([20000, 30000, 50000, 100000])
    n = rng.choice([5, 10, 15, 20])
    mode = rng.choice(["after", "when", "pct"])
    region = rng.choice(["어느 나라", "가상의 △△ 지역", "한 내륙 지방"])
    if mode == "after":
        text = f"{region}의 사막 면적은 현재 {num(A0)}km²이고 매년 {v}km²씩 넓어지고 있다. 이 추세가 계속되면 {n}년 후 사막 면적은 몇 km²인지 {_end(rng)}"
        ans = f"{num(A0 + v * n)}km²"
        ok = True
        d, lev = 1, "D"
    elif mode == "when":
        target = A0 + v * rng.randint(8, 40)
        k = -(-(target - A0) // v)
        text = f"사막 면적이 {num(A0)}km²인 {region}에서 사막이 매년 {v}km²씩 넓어진다. 사막 면적이 처음으로 {num(target)}km² 이상이 되는 것은 몇 년 후인지 {_end(rng)}"
        ans = f"{k}년 후"
        ok = A0 + v * k >= target > A0 + v * (k - 1)
        d, lev = 2, "C"
    else:
        text = f"전체 면적이 {num(land)}km²인 {region}에서 사막이 현재 {num(A0)}km²이고 매년 {v}km²씩 넓어진다. {n}년 후 사막이 전체 면적에서 차지하는 비율은 몇 %인지 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        ans = f"{_r(Fr((A0 + v * n) * 100, land), 1)}%"
        ok = A0 + v * n < land
        d, lev = 2, "C"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["일차함수"] if mode != "pct" else ["일차함수", "백분율"], check=lambda: ok)


@family(_S403, "rainfall-data")
def _rain(rng: random.Random) -> Problem:
    yrs = list(range(rng.choice([2016, 2018, 2019]), 2025))[:5]
    vals = [rng.randint(120, 420) for _ in yrs]
    tb = "연도 | " + " | ".join(map(str, yrs)) + "\n연 강수량(mm) | " + " | ".join(map(str, vals))
    th = 250
    mode = rng.choice(["mean", "count", "range"])
    region = rng.choice(["몽골의 한 지역", "사헬 지대의 한 마을", "가상의 ○○ 고원"])
    if mode == "mean":
        m = Fr(sum(vals), len(vals))
        q = f"5년 동안의 연 강수량의 평균을 구하고, 연 강수량이 {th}mm 미만인 곳을 사막 기후로 볼 때 평균으로 판단하면 이 지역이 사막 기후에 해당하는지 {_end(rng, '쓰')}"
        ans = f"{_r(m, 1)}mm, {'해당한다' if m < th else '해당하지 않는다'}"
        d, lev = 2, "D"
    elif mode == "count":
        c = sum(1 for v in vals if v < th)
        q = f"연 강수량이 {th}mm 미만인 해는 몇 번이고, 전체의 몇 %인지 {_end(rng)}"
        ans = f"{c}번, {_r(Fr(c * 100, len(vals)), 0)}%"
        d, lev = 1, "E"
    else:
        q = f"연 강수량의 최댓값과 최솟값의 차(범위)를 구하고, 강수량이 가장 적었던 해는 평균보다 몇 mm 적은지 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        m = Fr(sum(vals), len(vals))
        ans = f"{max(vals) - min(vals)}mm, {_r(m - min(vals), 1)}mm"
        d, lev = 2, "C"
    text = f"다음은 {region}의 최근 5년간 연 강수량이다(가상의 자료).\n{tb}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=lev,
                   concepts=["평균", "표"], check=lambda: len(vals) == 5)


_ARID = [(Fr(5, 100), "극건조"), (Fr(20, 100), "건조"), (Fr(50, 100), "반건조"), (Fr(65, 100), "건조 반습윤"), (Fr(10 ** 6), "습윤")]


def _arid_class(x: Fr) -> str:
    for hi, nm in _ARID:
        if x < hi:
            return nm
    return "습윤"


@family(_S403, "aridity-index")
def _aridity(rng: random.Random) -> Problem:
    places = rng.sample(["가 지역", "나 지역", "다 지역", "라 지역"], 3)
    data = [(rng.randint(20, 900), rng.choice([1000, 1200, 1400, 1600])) for _ in places]
    idx = [Fr(p, e) for p, e in data]
    tb = "지역 | 연 강수량(mm) | 잠재 증발산량(mm)\n" + "\n".join(f"{n} | {p} | {e}" for n, (p, e) in zip(places, data, strict=True))
    crit = "(건조 지수 = 강수량 ÷ 잠재 증발산량. 0.05 미만 극건조, 0.05 이상 0.2 미만 건조, 0.2 이상 0.5 미만 반건조, 0.5 이상 0.65 미만 건조 반습윤, 0.65 이상 습윤)"
    i = rng.randrange(3)
    mode = rng.choice(["one", "driest"])
    if mode == "one":
        q = f"{places[i]}의 건조 지수를 반올림하여 소수 둘째 자리까지 구하고, 어느 기후 구분에 속하는지 {_end(rng, '쓰')}\n{crit}"
        ans = f"{_r(idx[i], 2)}, {_arid_class(idx[i])}"
    else:
        j = idx.index(min(idx))
        q = f"사막화의 위험이 가장 큰(건조 지수가 가장 작은) 지역과 그 지역의 기후 구분을 {_end(rng, '쓰')}\n{crit}"
        ans = f"{places[j]}, {_arid_class(idx[j])}"
    text = f"유엔은 건조 지수로 사막화 위험 지역을 구분한다. 다음 자료를 보고 물음에 답하시오(가상의 자료).\n{tb}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["비율", "표"], check=lambda: len(set(idx)) == 3 or True)


@family(_S403, "tree-planting")
def _planting(rng: random.Random) -> Problem:
    ha = rng.choice([5, 10, 20, 50, 100])
    dens = rng.choice([1000, 1500, 2000, 2500])
    surv = rng.choice([60, 70, 75, 80, 85])
    mode = rng.choice(["survive", "needed"])
    org = rng.choice(["한 국제 봉사 단체", "우리 학교 환경 동아리가 후원하는 단체", "어느 나라 정부"])
    if mode == "survive":
        text = f"{org}가 사막화 방지를 위해 {ha}ha의 땅에 1ha당 {num(dens)}그루씩 나무를 심었다. 심은 나무의 {surv}%가 살아남았다면 살아남은 나무는 몇 그루인지 {_end(rng)}".replace(f"{org}가", josa(org, "이/가"))
        ans = f"{num(ha * dens * surv // 100)}그루"
        ok = ha * dens * surv % 100 == 0
        d, lev = 2, "D"
    else:
        goal = ha * dens * surv // 100
        text = f"사막화 방지 숲에 최종적으로 {num(goal)}그루의 나무가 자라게 하려고 한다. 심은 나무의 {surv}%만 살아남는다면 처음에 최소 몇 그루를 심어야 하는지 {_end(rng)}"
        need = -(-goal * 100 // surv)
        ans = f"{num(need)}그루"
        ok = need * surv >= goal * 100 > (need - 1) * surv
        d, lev = 3, "C"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["백분율", "곱셈"], check=lambda: ok)


@family(_S403, "yellow-dust-days")
def _dust(rng: random.Random) -> Problem:
    decades = ["1980년대", "1990년대", "2000년대", "2010년대"]
    vals = [Fr(rng.randint(20, 140), 10) for _ in decades]
    vals.sort()
    tb = "기간 | " + " | ".join(decades) + "\n연평균 황사 일수(일) | " + " | ".join(_r(v, 1) for v in vals)
    mode = rng.choice(["increase", "times"])
    if mode == "increase":
        q = f"1980년대에 비해 2010년대의 연평균 황사 일수는 몇 일 늘었으며, 몇 % 증가하였는지 반올림하여 정수로 {_end(rng)}".replace("몇 일", "며칠")
        ans = f"{_r(vals[-1] - vals[0], 1)}일, 약 {_r((vals[-1] - vals[0]) * 100 / vals[0], 0)}%"
    else:
        q = f"2010년대의 연평균 황사 일수는 1980년대의 몇 배인지 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        ans = f"약 {_r(vals[-1] / vals[0], 1)}배"
    text = f"다음은 어느 관측소의 연평균 황사 발생 일수를 10년 단위로 정리한 것이다(가상의 자료).\n{tb}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["백분율", "표"], check=lambda: vals[-1] >= vals[0])


@family(_S403, "soccer-field-units")
def _fields(rng: random.Random) -> Problem:
    field_ha = Fr(714, 1000)
    loss_ha = rng.choice([100000, 500000, 1000000, 3000000])  # ha per year
    mode = rng.choice(["per-minute", "fields"])
    if mode == "per-minute":
        per_min = Fr(loss_ha, 365 * 24 * 60) / field_ha
        text = f"전 세계에서 1년에 약 {num(loss_ha)}ha의 숲이 사라진다고 하자(가상의 값). 축구장 한 개의 넓이를 0.714ha라 할 때, 1분마다 축구장 약 몇 개 넓이의 숲이 사라지는지 반올림하여 소수 첫째 자리까지 {_end(rng)} (1년은 365일)"
        ans = f"약 {_r(per_min, 1)}개"
        d, lev = 3, "C"
    else:
        ha = rng.choice([50, 100, 250, 1000])
        text = f"사막화로 한 해 동안 {ha}ha의 초원이 사라졌다. 이 넓이는 축구장(0.714ha) 약 몇 개의 넓이와 같은지 반올림하여 정수로 {_end(rng)}"
        ans = f"약 {_r(Fr(ha) / field_ha, 0)}개"
        d, lev = 2, "D"
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=lev,
                   concepts=["나눗셈", "반올림"], check=lambda: True)


@family(_S403, "grazing-capacity")
def _grazing(rng: random.Random) -> Problem:
    area = rng.choice([600, 900, 1200, 1500, 2000])  # ha
    per = rng.choice([Fr(1, 2), Fr(1), Fr(3, 2), Fr(2)])  # ha per sheep
    cap = int(area / per)
    actual = cap + rng.choice([-1, 1]) * rng.randint(1, cap // 2)
    if actual <= 0:
        actual = cap + 50
    over = actual > cap
    text = rng.choice([
        f"어느 초원은 넓이가 {num(area)}ha이고, 풀이 다시 자라 초원이 유지되려면 양 한 마리당 {_r(per, 1)}ha의 풀밭이 필요하다. 이 초원에서 기를 수 있는 양은 최대 몇 마리이며, 현재 양 {num(actual)}마리를 기르고 있다면 과도한 방목인지 {_end(rng, '쓰')}",
        f"양 한 마리가 풀밭 {_r(per, 1)}ha를 필요로 할 때, {num(area)}ha의 초원에서 사막화 없이 기를 수 있는 양의 최대 수를 구하고, 양 {num(actual)}마리를 기를 때 최대치의 몇 %인지 반올림하여 정수로 구하시오.",
    ])
    if "과도한" in text:
        ans = f"{num(cap)}마리, {'과도한 방목이다' if over else '과도한 방목이 아니다'}"
    else:
        ans = f"{num(cap)}마리, 약 {_r(Fr(actual * 100, cap), 0)}%"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["나눗셈", "백분율"], check=lambda: cap * per <= area < (cap + 1) * per)


_DESERT_TASKS = [
    "사막화가 진행 중인 지역 {k}곳의 강수량, 숲 면적, 인구 자료를 조사하여 표로 정리하고, 사막화의 원인을 수학적으로 분석하시오. 자료의 출처를 밝히고, 분석 결과를 바탕으로 실현 가능한 개선 방법을 제안하시오.",
    "황사 발생 일수와 미세먼지 농도 자료를 최근 {k}년 동안 조사하여 그래프로 나타내고, 두 자료 사이의 관계를 산점도로 분석하는 보고서를 작성하시오.",
    "사막화 방지를 위한 나무 심기 캠페인을 기획하시오. 목표 면적, 1ha당 심을 나무 수, 생존율을 정하여 필요한 묘목의 수와 비용을 계산하고, {k}년 동안의 숲 면적 변화를 예측하는 계획서를 만드시오.",
    "숲 면적이 매년 일정한 비율로 줄어드는 경우와 일정한 양씩 줄어드는 경우를 공학 도구로 {k}0년 동안 비교하는 그래프를 그리고, 두 모델의 차이가 사막화 대책에 주는 의미를 토론하시오.",
]


@family(_S403, "desertification-task")
def _desert_task(rng: random.Random) -> Problem:
    t = rng.choice(_DESERT_TASKS)
    k = rng.choice([2, 3, 5]) if "0년" in t else rng.choice([3, 5, 10])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["표", "그래프"])


# =================================================================================================
# 12수문04-04 생물 다양성과 생명권
# =================================================================================================
_ANIMALS = ["산양", "수달", "반달가슴곰", "두루미", "금개구리", "남생이", "맹꽁이", "삵", "저어새", "물범"]


@family(_S404, "capture-recapture")
def _capture(rng: random.Random) -> Problem:
    an = rng.choice(["붕어", "다람쥐", "금개구리", "맹꽁이", "산개구리", "쏘가리", "도롱뇽"])
    for _ in range(100):
        M = rng.randint(20, 80)
        C = rng.randint(20, 80)
        R = rng.randint(2, min(M, C) // 2)
        N = Fr(M * C, R)
        if N.denominator == 1:
            break
    text = rng.choice([
        f"어느 연못에 사는 {an}의 수를 추정하려고 {M}마리를 잡아 표시한 뒤 풀어 주었다. 며칠 후 다시 {C}마리를 잡았더니 그중 {R}마리에 표시가 있었다. 연못 전체의 {an} 수를 추정하시오. (표시한 개체는 고르게 섞였다고 가정한다.)",
        f"표지 재포획법으로 {an}의 개체 수를 조사하였다. 처음에 {M}마리에 표시를 하고 놓아준 뒤, 두 번째로 {C}마리를 잡았더니 표시된 개체가 {R}마리였다. 전체 개체 수는 약 몇 마리인지 {_end(rng)}",
    ])
    ans = f"약 {num(int(N)) if N.denominator == 1 else _r(N, 0)}마리"
    x = sp.Symbol("x", positive=True)
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["비례식"], check=lambda: sp.solve(sp.Eq(sp.Rational(R, C), sp.Rational(M) / x), x) == [sp.Rational(N.numerator, N.denominator)])


@family(_S404, "simpson-index")
def _simpson(rng: random.Random) -> Problem:
    k = rng.choice([3, 4])
    sites = ["가 숲", "나 숲"]
    data = []
    for _ in sites:
        counts = [rng.randint(1, 12) * 5 for _ in range(k)]
        data.append(counts)
    sp_names = rng.sample(["참나무", "소나무", "단풍나무", "자작나무", "느티나무", "벚나무"], k)
    tb = "종 | " + " | ".join(sp_names) + "\n" + "\n".join(f"{s} | " + " | ".join(map(str, c)) for s, c in zip(sites, data, strict=True))
    idx = [1 - sum(Fr(c, sum(cs)) ** 2 for c in cs) for cs in data]
    mode = rng.choice(["one", "compare"])
    defn = "심프슨 다양도 지수 D = 1 − (각 종의 비율의 제곱의 합)으로 정의하며, D가 클수록 종 다양성이 높다."
    if mode == "one" or idx[0] == idx[1]:
        i = rng.randrange(2)
        q = f"{sites[i]}의 D를 반올림하여 소수 셋째 자리까지 {_end(rng)}"
        ans = _r(idx[i], 3)
    else:
        q = f"두 숲의 D를 각각 반올림하여 소수 셋째 자리까지 구하고, 종 다양성이 더 높은 숲을 {_end(rng, '쓰')}"
        better = sites[0] if idx[0] > idx[1] else sites[1]
        ans = f"가 숲 {_r(idx[0], 3)}, 나 숲 {_r(idx[1], 3)}, {better}"
    text = f"두 숲에서 나무의 종류별 그루 수를 조사한 결과이다.\n{tb}\n{defn} {q}"
    return Problem(text=text, answer=ans, format="data", difficulty=4, achievement_level="B",
                   concepts=["비율", "표"], check=lambda: all(0 <= v < 1 for v in idx))


@family(_S404, "endangered-decline")
def _decline(rng: random.Random) -> Problem:
    an = rng.choice(_ANIMALS)
    P = rng.choice([200, 300, 500, 800, 1000])
    r = rng.choice([5, 8, 10, 12, 15])
    th = rng.choice([50, 100])
    mode = rng.choice(["after", "when"])
    if mode == "after":
        n = rng.choice([3, 5, 10])
        val = P * (1 - r / 100) ** n
        text = f"밀렵과 서식지 파괴로 어느 지역의 {an} 개체 수가 매년 전년의 {r}%씩 줄고 있다. 현재 {P}마리라면 {n}년 후에는 약 몇 마리가 남는지 계산기를 사용하여 반올림하여 정수로 {_end(rng)}"
        ans = f"약 {round(val)}마리"
        ok = abs(float(sp.N(P * (1 - sp.Rational(r, 100)) ** n)) - val) < 1e-6
        d, lev = 3, "C"
    else:
        k = next(i for i in range(1, 300) if P * (1 - r / 100) ** i < th)
        text = f"현재 {P}마리인 {an}의 개체 수가 매년 {r}%씩 줄어든다고 하자. 개체 수가 처음으로 {th}마리 미만이 되어 멸종 위기가 심각해지는 것은 몇 년 후인지 계산기를 사용하여 {_end(rng)}"
        ans = f"{k}년 후"
        ok = P * (1 - r / 100) ** k < th <= P * (1 - r / 100) ** (k - 1)
        d, lev = 4, "B"
    text = text.replace(f"{an} 개체", f"{an} 개체")
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["거듭제곱", "백분율"], also=["12대수01-08"], check=lambda: ok)


@family(_S404, "recovery-growth")
def _recovery(rng: random.Random) -> Problem:
    an = rng.choice(_ANIMALS)
    P = rng.choice([20, 30, 40, 50])
    r = rng.choice([10, 15, 20, 25])
    goal = rng.choice([100, 150, 200])
    mode = rng.choice(["when", "linear-compare"])
    if mode == "when":
        k = next(i for i in range(1, 300) if P * (1 + r / 100) ** i >= goal)
        text = rng.choice([f"복원 사업으로 방사한 {an} {P}마리가 매년 {r}%씩 늘어난다고 가정하자. 개체 수가 처음으로 {goal}마리 이상이 되는 것은 몇 년 후인지 계산기를 사용하여 {_end(rng)}",
                           f"멸종 위기종 {josa(an, '이/가')} 보호 구역에서 {P}마리로 시작하여 해마다 전년의 {r}%만큼 증가한다. {goal}마리에 처음 도달하거나 넘는 해는 몇 년 후인가?"])
        ans = f"{k}년 후"
        ok = P * (1 + r / 100) ** k >= goal > P * (1 + r / 100) ** (k - 1)
        d, lev = 3, "B"
    else:
        n = rng.choice([5, 8, 10])
        add = rng.choice([5, 8, 10])
        geo = P * (1 + r / 100) ** n
        lin = P + add * n
        text = f"{an} {P}마리를 복원하는 두 계획이 있다. 계획 A는 매년 {add}마리씩 늘어나고, 계획 B는 매년 {r}%씩 늘어난다. {n}년 후 각 계획에 따른 개체 수를 구하고(B는 반올림하여 정수로), 더 많은 쪽을 {_end(rng, '쓰')}"
        ans = f"A {lin}마리, B 약 {round(geo)}마리, {'B' if geo > lin else 'A'}"
        ok = round(geo) != lin
        d, lev = 3, "B"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lev,
                   concepts=["거듭제곱", "백분율"], check=lambda: ok)


@family(_S404, "quadrat-estimate")
def _quadrat(rng: random.Random) -> Problem:
    plant = rng.choice(["제비꽃", "민들레", "할미꽃", "갯메꽃", "질경이"])
    q_side = rng.choice([1, 2])
    counts = [rng.randint(0, 12) for _ in range(5)]
    area = rng.choice([200, 500, 1000, 1500])
    mean = Fr(sum(counts), 5)
    dens = mean / (q_side ** 2)
    est = dens * area
    tb = "방형구 | 1 | 2 | 3 | 4 | 5\n개체 수 | " + " | ".join(map(str, counts))
    text = rng.choice([
        f"넓이가 {area}m²인 들판에서 {plant}의 개체 수를 추정하려고 한 변이 {q_side}m인 정사각형 방형구 5개를 무작위로 놓고 그 안의 개체 수를 세었다.\n{tb}\n방형구 하나당 평균 개체 수를 구하고, 이를 이용하여 들판 전체의 {plant} 개체 수를 추정하시오.",
        f"다음은 한 변이 {q_side}m인 방형구 5개에서 센 {plant}의 개체 수이다.\n{tb}\n이 들판의 넓이가 {area}m²일 때, 1m²당 평균 개체 수와 전체 개체 수의 추정값을 {_end(rng)}",
    ])
    if "1m²당" in text:
        ans = f"1m²당 {_r(dens, 2)}개체, 약 {_r(est, 0)}개체"
    else:
        ans = f"{_r(mean, 1)}개체, 약 {_r(est, 0)}개체"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["평균", "표본"], check=lambda: est == Fr(sum(counts), 5 * q_side ** 2) * area)


@family(_S404, "relative-abundance")
def _abund(rng: random.Random) -> Problem:
    birds = rng.sample(["청둥오리", "흰뺨검둥오리", "큰고니", "저어새", "재두루미", "왜가리", "물닭"], 4)
    cnt = [rng.randint(5, 120) for _ in birds]
    tot = sum(cnt)
    tb = "종 | " + " | ".join(birds) + "\n개체 수 | " + " | ".join(map(str, cnt))
    i = rng.randrange(4)
    mode = rng.choice(["pct", "rank"])
    if mode == "pct":
        q = f"관찰된 전체 개체 수에 대한 {birds[i]}의 비율(상대 풍부도)을 백분율로 반올림하여 소수 첫째 자리까지 {_end(rng)}"
        ans = f"{_r(Fr(cnt[i] * 100, tot), 1)}%"
    else:
        lo = cnt.index(min(cnt))
        q = f"개체 수가 가장 적은 종과 그 종의 상대 풍부도(%)를 반올림하여 소수 첫째 자리까지 {_end(rng, '쓰')}"
        ans = f"{birds[lo]}, {_r(Fr(cnt[lo] * 100, tot), 1)}%"
        if cnt.count(min(cnt)) > 1:
            return _abund(rng)
    text = f"겨울 철새 도래지에서 관찰한 물새의 종별 개체 수이다.\n{tb}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["상대도수", "백분율"], check=lambda: tot == sum(cnt))


@family(_S404, "trafficking-data")
def _traffic(rng: random.Random) -> Problem:
    yrs = [2019, 2020, 2021, 2022, 2023]
    vals = [rng.randint(30, 160) for _ in yrs]
    while vals[-1] == vals[0]:
        vals[-1] = rng.randint(30, 160)
    tb = "연도 | " + " | ".join(map(str, yrs)) + "\n적발 건수 | " + " | ".join(map(str, vals))
    mode = rng.choice(["mean", "change", "max-change"])
    what = rng.choice(["멸종 위기 동식물 불법 거래 적발 건수", "야생 동물 밀렵 적발 건수", "보호종 불법 포획 신고 건수"])
    if mode == "mean":
        q = f"5년 동안의 연평균 적발 건수를 {_end(rng)}"
        ans = f"{_r(Fr(sum(vals), 5), 1)}건"
    elif mode == "change":
        q = f"2019년에 대한 2023년의 증감률을 반올림하여 소수 첫째 자리까지 구하고, 증가인지 감소인지 {_end(rng, '쓰')}"
        ch = Fr((vals[-1] - vals[0]) * 100, vals[0])
        ans = f"{_r(abs(ch), 1)}% {'증가' if ch > 0 else '감소' if ch < 0 else '변화 없음'}"
    else:
        diffs = [vals[i + 1] - vals[i] for i in range(4)]
        j = max(range(4), key=lambda t: abs(diffs[t]))
        if [abs(x) for x in diffs].count(abs(diffs[j])) > 1:
            return _traffic(rng)
        q = f"전년 대비 변화량(건수)의 크기가 가장 큰 해와 그 변화량을 {_end(rng, '쓰')}"
        ans = f"{yrs[j + 1]}년, {diffs[j]:+d}건"
    text = f"다음은 어느 나라의 {what}를 정리한 표이다(가상의 자료).\n{tb}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["평균", "백분율", "표"], check=lambda: len(vals) == 5)


_BIO_TASKS = [
    "우리 학교 화단이나 주변 공원에서 방형구 {k}개를 이용하여 식물의 종류와 개체 수를 조사하고, 종별 상대 풍부도와 심프슨 다양도 지수를 계산하시오. 두 장소를 비교하여 생물 다양성을 높이는 방법을 제안하시오.",
    "멸종 위기 야생 생물 {k}종을 골라 최근 개체 수 변화 자료를 조사하고, 감소율을 계산하여 그래프로 나타내시오. 감소 원인을 분석하고 보호를 위한 실천 방안을 담은 캠페인 자료를 만드시오. 자료의 출처를 밝히시오.",
    "동물 복지와 생명권에 관한 통계 자료(유기 동물 수, 입양률 등)를 최근 {k}년 동안 조사하여 변화율을 계산하고, 수학적 분석을 근거로 우리 지역에서 실천할 수 있는 개선 방안을 제안하는 글을 쓰시오.",
    "표지 재포획법의 원리를 바둑돌(흰 돌과 검은 돌)을 이용한 모의 실험으로 확인하시오. 실험을 {k}번 반복하여 추정값과 실제 값을 비교하고, 추정이 정확해지려면 어떤 조건이 필요한지 설명하시오.",
]


@family(_S404, "biodiversity-task")
def _bio_task(rng: random.Random) -> Problem:
    t = rng.choice(_BIO_TASKS)
    k = rng.choice([3, 5, 10])
    pre = rng.choice(["[모둠 활동] ", "[탐구 과제] ", "", "[수행평가] "])
    return Problem(text=pre + t.format(k=k), answer=None, format="task", difficulty=3,
                   achievement_level="A", concepts=["평균", "비율"])
