"""Grades 3–4, 수와 연산 (4수01-01 … 4수01-16): large numbers, three-digit addition and
subtraction, multiplication, division, estimation, fractions and decimals.

Private helpers (``_`` prefix) are shared with ``g4su02`` and ``g4su04``.
"""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.korean import countable, josa, name, names
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import ELEMENTARY_WEIGHTS, frac, op, pick_style

# -- private helpers ------------------------------------------------------------------------------
_DIG = "영일이삼사오육칠팔구"
_BIG = ("", "만", "억", "조")

# how a unit symbol is read aloud, so the particle after it comes out right
_UNIT_READ = {
    "mm": "밀리미터", "cm": "센티미터", "m": "미터", "km": "킬로미터", "g": "그램", "kg": "킬로그램",
    "t": "톤", "mL": "밀리리터", "L": "리터", "원": "원", "명": "명", "개": "개", "℃": "도",
}


def _p(word: str, pair: str) -> str:
    """Only the particle that fits ``word`` (e.g. ``_p("3", "을/를") == "을"``)."""
    return josa(word, pair)[len(word):]


def _pu(unit: str, pair: str) -> str:
    """The particle after a unit symbol, judged by how the unit is read (cm → 센티미터를)."""
    return _p(_UNIT_READ.get(unit, unit), pair)


def _pf(num: int, pair: str) -> str:
    """The particle after a fraction: Korean reads the numerator last (4분의 3 → 을)."""
    return _p(str(num), pair)


def _fmt(n: int, comma: bool = True) -> str:
    return f"{n:,}" if comma else str(n)


def _read4(n: int) -> str:
    out = ""
    for val, unit in ((1000, "천"), (100, "백"), (10, "십"), (1, "")):
        d = n // val % 10
        if d == 0:
            continue
        out += unit if (d == 1 and unit) else _DIG[d] + unit
    return out


def _read_int(n: int) -> str:
    """Sino-Korean reading with the usual spacing by 만 groups: 34502 → 삼만 사천오백이."""
    if n == 0:
        return "영"
    parts: list[str] = []
    i = 0
    while n > 0:
        g = n % 10000
        if g:
            s = "" if (i == 1 and g == 1) else _read4(g)
            parts.append(s + _BIG[i])
        n //= 10000
        i += 1
    return " ".join(reversed(parts))


def _parse4(s: str) -> int:
    v, cur = 0, None
    for ch in s:
        if ch in _DIG:
            cur = _DIG.index(ch)
        else:
            v += (1 if cur is None else cur) * {"천": 1000, "백": 100, "십": 10}[ch]
            cur = None
    return v + (cur or 0)


def _parse_reading(s: str) -> int:
    """Inverse of :func:`_read_int` (an independent check)."""
    s = s.replace(" ", "")
    total = 0
    for unit, val in (("조", 10**12), ("억", 10**8), ("만", 10**4)):
        if unit in s:
            head, s = s.split(unit, 1)
            total += (_parse4(head) if head else 1) * val
    return total + (_parse4(s) if s else 0)


def _read_dec(s: str) -> str:
    """Reading of a decimal written as text: '3.407' → '삼 점 사영칠'."""
    whole, _, part = s.partition(".")
    return f"{_read_int(int(whole))} 점 " + "".join(_DIG[int(c)] for c in part)


def _dec(x: Fraction | int, places: int | None = None) -> str:
    """A decimal from an exact fraction, without trailing zeros unless ``places`` is given."""
    x = Fraction(x)
    if places is None:
        for k in range(0, 7):
            if (x * 10**k).denominator == 1:
                places = k
                break
        else:
            raise ValueError(f"{x} is not a short decimal")
    scaled = x * 10**places
    assert scaled.denominator == 1, (x, places)
    v = int(scaled)
    if places == 0:
        return str(v)
    s = str(v).rjust(places + 1, "0")
    return f"{s[:-places]}.{s[-places:]}"


def _x(st: str, a: object, sym: str, b: object) -> str:
    """A binary operation written in a style: $36 \\times 24$ / 36 × 24."""
    if st == "latex":
        return f"${a} {op(sym, st)} {b}$"
    return f"{a} {op(sym, st)} {b}"


def _f(num: int, den: int, st: str) -> str:
    """A fraction for elementary text; LaTeX or slash."""
    return frac(num, den, "latex" if st == "latex" else "plain")


def _mx(whole: int, num: int, den: int, st: str) -> str:
    """A mixed number: $2\\frac{3}{4}$ or 2와 3/4 (the particle after 와/과 fits the whole part)."""
    if st == "latex":
        return f"${whole}\\frac{{{num}}}{{{den}}}$"
    return f"{josa(str(whole), '과/와')} {num}/{den}"


def _fr_text(x: Fraction, st: str) -> str:
    """Fraction ``x`` (> 0) as a proper/improper fraction or a mixed number when > 1."""
    if x.denominator == 1:
        return str(x.numerator)
    w, r = divmod(x.numerator, x.denominator)
    if w == 0:
        return _f(r, x.denominator, st)
    return _mx(w, r, x.denominator, st)


def _fr_answer(x: Fraction) -> str:
    """Answer text of a fraction: 3/4, 2와 1/5 style (mixed when > 1)."""
    if x.denominator == 1:
        return str(x.numerator)
    w, r = divmod(x.numerator, x.denominator)
    return f"{r}/{x.denominator}" if w == 0 else f"{w}과 {r}/{x.denominator}" if w in (1, 3, 6, 7, 8) else f"{w}와 {r}/{x.denominator}"


def _cmp(a: object, b: object) -> str:
    return ">" if a > b else "<" if a < b else "="


def _lvl(d: int) -> str:
    """A default achievement level for a difficulty (elementary A–C)."""
    return "C" if d <= 2 else "B" if d == 3 else "A"


def _num_distractors(rng: random.Random, correct: int, pool: list[int], k: int = 4) -> list[str]:
    out: list[str] = []
    for v in pool:
        s = str(v)
        if v > 0 and v != correct and s not in out:
            out.append(s)
    step = max(1, abs(correct) // 10)
    while len(out) < k:
        v = correct + rng.choice([-3, -2, -1, 1, 2, 3]) * step
        if v > 0 and v != correct and str(v) not in out:
            out.append(str(v))
    return out


def _fmtc(n: int) -> str:
    return f"{n:,}"


# -- 4수01-01 다섯 자리 이상의 수: 자릿값, 읽고 쓰기 ------------------------------------------
def _big_number(rng: random.Random, lo_digits: int = 5, hi_digits: int = 9, zeros: bool = True) -> int:
    k = rng.randint(lo_digits, hi_digits)
    ds = [rng.randint(1, 9)] + [rng.choice([0, 0, *range(1, 10)]) if zeros else rng.randint(1, 9) for _ in range(k - 1)]
    return int("".join(map(str, ds)))


@family("4수01-01", "read-large-number")
def _read_large(rng: random.Random) -> Problem:
    n = _big_number(rng, 5, rng.choice([5, 6, 8, 9, 12]))
    c = rng.random() < 0.5
    s = _fmt(n, c)
    text = rng.choice([
        f"다음 수를 읽어 보세요.\n{s}",
        f"{josa(s, '을/를')} 바르게 읽은 것을 한글로 쓰시오.",
        f"수로 쓰인 {josa(s, '을/를')} 어떻게 읽는지 쓰세요.",
        f"칠판에 {s}라고 쓰여 있습니다. 이 수를 읽으면 무엇입니까?",
        f"뉴스에서 '{s}'라는 수가 나왔습니다. 이 수를 소리 내어 읽는 방법을 한글로 쓰시오.",
    ])
    ans = _read_int(n)
    d = 1 if n < 10**6 else 2 if n < 10**9 else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="C" if d < 3 else "B",
                   concepts=["만", "억", "조"] if n >= 10**8 else ["만", "다섯 자리 수"],
                   check=lambda: _parse_reading(ans) == n)


@family("4수01-01", "write-number-from-words")
def _write_large(rng: random.Random) -> Problem:
    n = _big_number(rng, 5, rng.choice([5, 7, 9, 10, 13]))
    r = _read_int(n)
    text = rng.choice([
        f"다음을 수로 쓰시오.\n{r}",
        f"'{r}'{_p(r, '을/를')} 수로 나타내세요.",
        f"선생님께서 \"{r}\"라고 읽으셨습니다. 선생님이 읽은 수를 숫자로 쓰시오.",
        f"{josa(r, '을/를')} 숫자로 써 보세요.",
    ])
    return Problem(text=text, answer=str(n), format="computation", difficulty=2 if n < 10**8 else 3,
                   achievement_level="C" if n < 10**8 else "B", concepts=["만", "억", "조"],
                   check=lambda: _parse_reading(r) == n)


@family("4수01-01", "digit-value")
def _digit_value(rng: random.Random) -> Problem:
    while True:
        n = _big_number(rng, 6, rng.choice([8, 9, 11, 13]), zeros=False)
        s = str(n)
        pos = rng.randrange(0, len(s) - 1)
        digit = s[pos]
        if s.count(digit) == 1:
            break
    place = len(s) - 1 - pos
    val = int(digit) * 10**place
    c = rng.random() < 0.6
    ns = _fmt(n, c)
    ask = rng.choice(["나타내는 값은 얼마입니까?", "나타내는 수를 쓰시오.", "얼마를 나타내나요?"])
    if rng.random() < 0.45:
        ask = rng.choice(["나타내는 값은 얼마입니까?", "나타내는 수를 고르시오.", "얼마를 나타내나요?"])
        wrong = [int(digit) * 10**k for k in range(max(0, place - 3), place + 4) if k != place]
        ch = choices(rng, _fmtc(val), [_fmtc(w) for w in wrong], sort_key=lambda o: int(o.replace(",", "")))
        text = f"{ns}에서 숫자 {josa(digit, '이/가')} {ask}\n{ch.block}"
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                       concepts=["자릿값"], choice=ch, check=lambda: ch.options[ch.correct].replace(",", "") == str(val))
    text = rng.choice([
        f"{ns}에서 숫자 {josa(digit, '은/는')} 어느 자리의 숫자인지 생각하여, 그 숫자가 나타내는 값을 쓰시오.",
        f"{ns}에서 숫자 {josa(digit, '이/가')} {ask}",
        f"수 {ns} 안의 숫자 {josa(digit, '은/는')} 실제로 얼마만큼의 크기를 뜻하는지 수로 쓰세요.",
    ])
    return Problem(text=text, answer=str(val), format="fill", difficulty=2, achievement_level="B",
                   concepts=["자릿값"], check=lambda: (n // 10**place) % 10 * 10**place == val)


@family("4수01-01", "compose-from-place-counts")
def _compose(rng: random.Random) -> Problem:
    big = rng.random() < 0.4
    if big:
        units = [("억", 10**8), ("천만", 10**7), ("백만", 10**6), ("십만", 10**5), ("만", 10**4)]
        counts = [rng.randint(1, 9)] + [rng.choice([0, *range(1, 10)]) for _ in range(4)]
    else:
        units = [("10000", 10**4), ("1000", 1000), ("100", 100), ("10", 10), ("1", 1)]
        counts = [rng.randint(1, 9)] + [rng.choice([0, 0, *range(1, 10)]) for _ in range(4)]
    total = sum(c * v for c, (_, v) in zip(counts, units, strict=True))
    items = [(u, c) for (u, _), c in zip(units, counts, strict=True) if c]
    if rng.random() < 0.3:
        rng.shuffle(items)
    desc = ", ".join(f"{josa(u, '이/가')} {c}개" for u, c in items)
    text = rng.choice([
        f"{desc}인 수를 쓰시오.",
        f"{desc}인 수는 얼마입니까?",
        f"다음이 나타내는 수를 숫자로 쓰고 읽어 보세요.\n{desc}",
        f"은행에서 세어 보니 {desc}인 수였습니다. 이 수를 쓰세요.",
    ])
    if not big and rng.random() < 0.4:
        # money: bills and coins
        bills = [("만 원짜리 지폐", 10000, "장"), ("천 원짜리 지폐", 1000, "장"), ("백 원짜리 동전", 100, "개"),
                 ("십 원짜리 동전", 10, "개")]
        cs = [rng.randint(1, 15), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9)]
        total = sum(c * v for c, (_, v, _) in zip(cs, bills, strict=True))
        who = name(rng)
        lst = ", ".join(f"{b} {c}{u}" for c, (b, _, u) in zip(cs, bills, strict=True) if c)
        text = rng.choice([
            f"{josa(who, '이/가')} 저금통을 열어 보니 {lst}가 들어 있었습니다. 모두 얼마입니까?",
            f"{who}의 지갑에는 {lst}가 있습니다. {who}의 돈은 모두 몇 원인가요?",
        ])
        return Problem(text=text, answer=f"{total}원", format="word", difficulty=3, achievement_level="B",
                       concepts=["만", "자릿값"], check=lambda: total == sum(c * v for c, (_, v, _) in zip(cs, bills, strict=True)))
    return Problem(text=text, answer=str(total), format="fill", difficulty=2 if not big else 3,
                   achievement_level="C" if not big else "B", concepts=["자릿값", "만"],
                   check=lambda: int("".join(str(c) for c in counts)) * (10**4 if big else 1) == total)


@family("4수01-01", "expanded-form")
def _expanded(rng: random.Random) -> Problem:
    n = _big_number(rng, 5, rng.choice([5, 6, 7]), zeros=True)
    s = str(n)
    terms = [int(d) * 10 ** (len(s) - 1 - i) for i, d in enumerate(s) if d != "0"]
    hide = rng.randrange(len(terms))
    shown = ["□" if i == hide else str(t) for i, t in enumerate(terms)]
    if rng.random() < 0.5:
        text = rng.choice([
            f"□ 안에 알맞은 수를 써넣으세요.\n{n} = {' + '.join(shown)}",
            f"{n}{_p(str(n), '을/를')} 각 자리의 숫자가 나타내는 값의 합으로 나타냈습니다. □에 알맞은 수를 구하시오.\n{n} = {' + '.join(shown)}",
        ])
        return Problem(text=text, answer=str(terms[hide]), format="fill", difficulty=2, achievement_level="B",
                       concepts=["자릿값"], check=lambda: sum(terms) == n)
    text = rng.choice([
        f"{' + '.join(map(str, terms))}{_p(str(terms[-1]), '은/는')} 얼마입니까?",
        f"다음 식이 나타내는 수를 쓰시오.\n{' + '.join(map(str, terms))}",
        f"{n}{_p(str(n), '을/를')} 각 자리의 숫자가 나타내는 값의 합으로 나타내어 보세요.",
    ])
    if text.startswith(str(n)):
        return Problem(text=text, answer=" + ".join(map(str, terms)), format="fill", difficulty=2,
                       achievement_level="A", concepts=["자릿값"], check=lambda: sum(terms) == n)
    return Problem(text=text, answer=str(n), format="computation", difficulty=1, achievement_level="C",
                   concepts=["자릿값"], check=lambda: sum(terms) == n)


@family("4수01-01", "ten-thousand-makeup")
def _ten_thousand(rng: random.Random) -> Problem:
    kind = rng.choice(["near", "count", "money"])
    if kind == "near":
        a = rng.choice([9000, 9900, 9990, 9999, 8000, 9500, 9950, 7000])
        ans = 10000 - a
        text = rng.choice([
            f"10000은 {a}보다 □만큼 더 큰 수입니다. □ 안에 알맞은 수를 써넣으세요.",
            f"{a}에 얼마를 더하면 10000이 됩니까?",
            f"1만은 {josa(str(a), '과/와')} 얼마만큼 차이 나는 수인지 구하시오.",
        ])
        return Problem(text=text, answer=str(ans), format="fill", difficulty=1, achievement_level="C",
                       concepts=["만"], check=lambda: a + ans == 10**4)
    if kind == "count":
        nm = {10: "10", 100: "100", 1000: "1000", 10**4: "1만", 10**5: "10만", 10**6: "100만", 10**7: "1000만",
              10**8: "1억", 10**10: "100억", 10**11: "1000억", 10**12: "1조"}
        target, unit = rng.choice([(10**4, 10), (10**4, 100), (10**4, 1000), (10**5, 10**4), (10**8, 10**4),
                                   (10**8, 10**6), (10**8, 10**7), (10**12, 10**8), (10**12, 10**10),
                                   (10**12, 10**11)])
        ans = target // unit
        tname, uname = nm[target], nm[unit]
        text = rng.choice([
            f"{josa(tname, '은/는')} {josa(uname, '이/가')} 몇 개인 수입니까?",
            f"{josa(tname, '이/가')} 되려면 {josa(uname, '이/가')} 몇 개 있어야 하나요?",
            f"{tname}{_p(tname, '을/를')} {uname}씩 묶으면 몇 묶음이 됩니까?",
        ])
        return Problem(text=text, answer=f"{ans}개" if "묶음" not in text else f"{ans}묶음", format="fill", difficulty=2,
                       achievement_level="C" if target <= 10**5 else "B", concepts=["만", "억", "조"],
                       check=lambda: ans * unit == target)
    price = rng.choice([1000, 2000, 500, 5000, 2500])
    k = 10000 // price
    item = rng.choice(["공책", "아이스크림", "지우개 세트", "색종이 묶음", "빵"])
    text = rng.choice([
        f"한 개에 {price}원인 {josa(item, '을/를')} 10000원어치 사려고 합니다. 모두 몇 개를 살 수 있습니까?",
        f"{price}원짜리 {item} 몇 개의 값이 10000원이 될까요?",
    ])
    return Problem(text=text, answer=f"{k}개", format="word", difficulty=2, achievement_level="B",
                   concepts=["만"], check=lambda: k * price == 10000)


@family("4수01-01", "place-of-digit-name")
def _place_name(rng: random.Random) -> Problem:
    places = ["일", "십", "백", "천", "만", "십만", "백만", "천만", "억", "십억", "백억", "천억", "조"]
    n = _big_number(rng, 6, 13, zeros=False)
    s = str(n)
    p = rng.randrange(4, len(s))
    digit = s[len(s) - 1 - p]
    pname = places[p]
    if rng.random() < 0.5:
        text = rng.choice([
            f"{_fmt(n, rng.random() < 0.5)}에서 {pname}의 자리 숫자를 쓰시오.",
            f"{_fmt(n)}의 {pname}의 자리 숫자는 무엇인가요?",
            f"수 {_fmt(n)}에서 {pname}의 자리에 있는 숫자는 얼마입니까?",
        ])
        return Problem(text=text, answer=digit, format="fill", difficulty=2, achievement_level="C",
                       concepts=["자릿값"], check=lambda: (n // 10**p) % 10 == int(digit))
    # mcq: which number has d in the given place
    d = rng.randint(1, 9)
    L = rng.randint(max(p + 1, 6), max(p + 1, 6) + 2)
    nums: list[int] = []
    correct = None
    while correct is None:
        x = _big_number(rng, L, L, zeros=False)
        xs = list(str(x))
        xs[L - 1 - p] = str(d)
        x = int("".join(xs))
        if x >= 10 ** (L - 1):
            correct = x
    while len(nums) < 4:
        y = _big_number(rng, L, L, zeros=False)
        ys = list(str(y))
        if ys[L - 1 - p] == str(d):
            continue
        # put d in a neighbouring place: the usual confusion
        q = min(L - 1, max(0, p + rng.choice([-1, 1])))
        ys[L - 1 - q] = str(d)
        y = int("".join(ys))
        if (y // 10**p) % 10 != d and y not in nums and y >= 10 ** (L - 1):
            nums.append(y)
    ch = choices(rng, _fmtc(correct), [_fmtc(v) for v in nums])
    text = rng.choice([
        f"숫자 {josa(str(d), '이/가')} {pname}의 자리 숫자인 수는 어느 것입니까?\n{ch.block}",
        f"다음 중 {pname}의 자리 숫자가 {d}인 수를 고르시오.\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["자릿값"], choice=ch,
                   check=lambda: sum((int(o.replace(",", "")) // 10**p) % 10 == d for o in ch.options) == 1)


@family("4수01-01", "mixed-notation-zeros")
def _mixed_notation(rng: random.Random) -> Problem:
    # '3억 520만', '4조 70억' style numbers written with digits and Korean units
    if rng.random() < 0.5:
        a, b = rng.randint(1, 99), rng.randint(1, 9999)
        n = a * 10**8 + b * 10**4
        written = f"{a}억 {b}만"
    else:
        a, b = rng.randint(1, 99), rng.randint(1, 9999)
        n = a * 10**12 + b * 10**8
        written = f"{a}조 {b}억"
    zeros = str(n).count("0")
    if rng.random() < 0.5:
        text = rng.choice([
            f"{josa(written, '을/를')} 숫자로만 쓰면 0은 모두 몇 개입니까?",
            f"{written}{_p(written, '을/를')} 수로 썼을 때 숫자 0의 개수를 구하시오.",
            f"어느 나라의 한 해 예산이 {written} 원이라고 합니다. 이 수를 숫자로만 쓰면 0을 몇 번 써야 할까요?",
        ])
        return Problem(text=text, answer=f"{zeros}개", format="word", difficulty=3, achievement_level="B",
                       concepts=["억", "조", "자릿값"], check=lambda: _fmt(n, False).count("0") == zeros)
    text = rng.choice([
        f"{josa(written, '을/를')} 수로 쓰시오.",
        f"인구 조사 자료에 '{written}'이라고 적혀 있었습니다. 이를 숫자로 나타내세요.",
        f"{written}{_p(written, '은/는')} 몇 자리 수입니까? 수로 쓰고 자리 수를 구하세요.",
    ])
    if "자리 수" in text:
        return Problem(text=text, answer=f"{n}, {len(str(n))}자리 수", format="fill", difficulty=3, achievement_level="B",
                       concepts=["억", "조"], check=lambda: len(str(n)) == len(str(a)) + (12 if n >= 10**12 else 8))
    return Problem(text=text, answer=str(n), format="computation", difficulty=2, achievement_level="C",
                   concepts=["억", "조"], check=lambda: n % 10**4 == 0)


# -- 4수01-02 다섯 자리 이상의 수: 뛰어 세기, 크기 비교 --------------------------------------
_STEP_NAMES = {10**3: "1000", 10**4: "1만", 10**5: "10만", 10**6: "100만", 10**7: "1000만", 10**8: "1억",
               10**9: "10억", 10**10: "100억", 10**11: "1000억", 10**12: "1조"}


def _kor_big(n: int) -> str:
    """A number in the mixed form textbooks use for very large numbers: 3억 2050만."""
    parts = []
    i = 0
    while n > 0:
        g = n % 10000
        if g:
            parts.append(f"{g}{_BIG[i]}")
        n //= 10000
        i += 1
    return " ".join(reversed(parts))


@family("4수01-02", "skip-count-fill")
def _skip_fill(rng: random.Random) -> Problem:
    step = rng.choice(list(_STEP_NAMES))
    start = rng.randint(10, 999) * step // 10 + rng.randint(0, 9) * (step // 10 or 1) * 0
    start = rng.randint(1, 89) * step + rng.choice([0, rng.randint(1, 9) * (step // 10)])
    seq = [start + i * step for i in range(5)]
    style = rng.choice(["digits", "mixed"]) if step >= 10**8 else "digits"
    show = (lambda v: _kor_big(v)) if style == "mixed" else (lambda v: _fmtc(v))
    h = sorted(rng.sample(range(1, 5), rng.choice([1, 2])))
    cells = ["□" if i in h else show(v) for i, v in enumerate(seq)]
    if len(h) == 2:
        cells = [("㉠" if i == h[0] else "㉡") if i in h else c for i, c in enumerate(cells)]
    row = " — ".join(cells) if rng.random() < 0.5 else ", ".join(cells)
    sn = _STEP_NAMES[step]
    text = rng.choice([
        f"{sn}씩 뛰어 세었습니다. 빈칸에 알맞은 수를 써넣으세요.\n{row}",
        f"규칙에 따라 {sn}씩 커지도록 수를 늘어놓았습니다. 빈 곳에 들어갈 수를 구하시오.\n{row}",
        f"다음은 {sn}씩 뛰어 센 것입니다. 알맞은 수를 쓰시오.\n{row}",
    ])
    ans = ", ".join(show(seq[i]) for i in h)
    if len(h) == 2:
        ans = f"㉠ {show(seq[h[0]])}, ㉡ {show(seq[h[1]])}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1 if step <= 10**5 else 2,
                   achievement_level="C", concepts=["뛰어 세기", "만", "억"],
                   check=lambda: all(b - a == step for a, b in itertools.pairwise(seq)))


@family("4수01-02", "find-skip-unit")
def _find_step(rng: random.Random) -> Problem:
    step = rng.choice(list(_STEP_NAMES))
    start = rng.randint(11, 899) * step // rng.choice([1, 10]) if step >= 100 else 0
    start = max(start, step)
    k = rng.randint(3, 4)
    seq = [start + i * step for i in range(k)]
    sn = _STEP_NAMES[step]
    row = ", ".join(_fmtc(v) for v in seq)
    if rng.random() < 0.5:
        text = rng.choice([
            f"다음 수들은 얼마씩 뛰어 센 것입니까?\n{row}",
            f"몇씩 뛰어 세었는지 쓰시오.\n{row}",
            f"수의 규칙을 보고 얼마씩 커지는지 구하세요.\n{row}",
        ])
        return Problem(text=text, answer=f"{sn}씩", format="fill", difficulty=2, achievement_level="C",
                       concepts=["뛰어 세기"], check=lambda: seq[1] - seq[0] == step)
    near = sorted((x for x in _STEP_NAMES if x != step), key=lambda x: abs(len(str(x)) - len(str(step))))[:5]
    ch = choices(rng, f"{sn}씩", [f"{_STEP_NAMES[x]}씩" for x in near])
    text = f"다음과 같이 뛰어 세었습니다. 얼마씩 뛰어 세었는지 고르시오.\n{row}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["뛰어 세기"], choice=ch, check=lambda: seq[-1] - seq[-2] == step)


@family("4수01-02", "compare-two-large")
def _compare_two(rng: random.Random) -> Problem:
    L = rng.randint(5, 12)
    a = _big_number(rng, L, L)
    mode = rng.choice(["same-len-first-diff", "diff-len", "near"])
    if mode == "diff-len":
        b = _big_number(rng, L - 1, L - 1) if L > 5 else _big_number(rng, L + 1, L + 1)
        if rng.random() < 0.7:  # the larger number has the smaller leading digit: a classic trap
            b = int("9" + str(b)[1:]) if len(str(b)) < len(str(a)) else b
    else:
        s = list(str(a))
        i = rng.randrange(1 if mode == "near" else 0, L)
        if mode == "near":
            i = rng.randrange(max(1, L // 2), L)
        new = rng.choice([d for d in "0123456789" if d != s[i] and not (i == 0 and d == "0")])
        s[i] = new
        b = int("".join(s))
    c = rng.random() < 0.6
    A, B = _fmt(a, c), _fmt(b, c)
    if rng.random() < 0.5:
        text = rng.choice([
            f"두 수의 크기를 비교하여 ○ 안에 >, <를 알맞게 써넣으세요.\n{A} ○ {B}",
            f"○ 안에 > 또는 <를 알맞게 써넣으시오.\n{A} ○ {B}",
        ])
        ans = _cmp(a, b)
        return Problem(text=text, answer=ans, format="fill", difficulty=1 if mode == "diff-len" else 2,
                       achievement_level="C", concepts=["수의 크기 비교"], check=lambda: (a > b) == (ans == ">"))
    if rng.random() < 0.5:
        A, B = _kor_big(a) if a >= 10**8 else A, _kor_big(b) if b >= 10**8 else B
    text = rng.choice([
        f"{josa(A, '과/와')} {B} 중에서 더 큰 수를 쓰시오.",
        f"두 수 {josa(A, '과/와')} {B} 중 더 작은 수는 어느 것인가요?",
        f"{josa(A, '과/와')} {josa(B, '은/는')} 어느 쪽이 더 큽니까? 더 큰 수를 쓰세요.",
    ])
    ans_v = max(a, b) if "큰" in text else min(a, b)
    ans = A if ans_v == a else B
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="C",
                   concepts=["수의 크기 비교"], check=lambda: (ans_v == a) == ((a > b) == ("큰" in text)))


@family("4수01-02", "order-several-mcq")
def _order_mcq(rng: random.Random) -> Problem:
    L = rng.randint(6, 10)
    base = _big_number(rng, L, L)
    s = str(base)
    nums = {base}
    while len(nums) < 5:
        t = list(s)
        i = rng.randrange(0, L)
        t[i] = rng.choice([d for d in "0123456789" if not (i == 0 and d == "0")])
        if rng.random() < 0.2:  # one with a digit fewer
            t = t[1:]
        v = int("".join(t))
        if len(str(v)) >= L - 1:
            nums.add(v)
    nums_l = list(nums)
    largest = rng.random() < 0.5
    target = max(nums_l) if largest else min(nums_l)
    others = [_fmtc(v) for v in nums_l if v != target]
    ch = choices(rng, _fmtc(target), others)
    text = rng.choice([
        f"가장 {'큰' if largest else '작은'} 수는 어느 것입니까?\n{ch.block}",
        f"다음 중 {'가장 큰' if largest else '가장 작은'} 수를 찾아 번호를 쓰시오.\n{ch.block}",
        f"다섯 도시의 한 해 방문객 수입니다. 방문객이 {'가장 많은' if largest else '가장 적은'} 도시의 수를 고르세요.\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["수의 크기 비교"], choice=ch,
                   check=lambda: int(ch.options[ch.correct].replace(",", "")) == (max if largest else min)(
                       int(o.replace(",", "")) for o in ch.options))


@family("4수01-02", "digit-cards-extreme")
def _cards(rng: random.Random) -> Problem:
    k = rng.choice([5, 5, 6, 7])
    ds = rng.sample(range(10), k)
    if 0 not in ds and rng.random() < 0.6:
        ds[rng.randrange(k)] = 0
    ds = sorted(set(ds))
    k = len(ds)
    big = int("".join(map(str, sorted(ds, reverse=True))))
    small_digits = sorted(ds)
    if small_digits[0] == 0:
        small_digits[0], small_digits[1] = small_digits[1], small_digits[0]
    small = int("".join(map(str, small_digits)))
    cards = " ".join(f"[{d}]" for d in rng.sample(ds, k))
    ask = rng.choice(["big", "small", "both"])
    q = {"big": "가장 큰 수", "small": "가장 작은 수", "both": "가장 큰 수와 가장 작은 수"}[ask]
    text = rng.choice([
        f"수 카드 {k}장을 한 번씩만 사용하여 {k}자리 수를 만들려고 합니다. 만들 수 있는 {josa(q, '을/를')} 쓰시오.\n{cards}",
        f"{cards}\n위의 카드를 모두 한 번씩 써서 만들 수 있는 {k}자리 수 중 {josa(q, '을/를')} 구하세요.",
    ])
    from itertools import permutations
    ans = {"big": str(big), "small": str(small), "both": f"가장 큰 수 {big}, 가장 작은 수 {small}"}[ask]
    if ask == "both":
        text += rng.choice(["", " 또 두 수 중 만의 자리 숫자가 더 큰 수는 어느 것입니까?"]) if False else ""

    def chk() -> bool:
        vals = [int("".join(map(str, p))) for p in permutations(ds) if p[0] != 0]
        return max(vals) == big and min(vals) == small
    return Problem(text=text, answer=ans, format="fill", difficulty=3 if 0 in ds else 2,
                   achievement_level="B" if ask != "both" else "A", concepts=["수의 크기 비교"],
                   check=chk if k <= 6 else (lambda: big > small))


@family("4수01-02", "unknown-digit-compare")
def _unknown_digit(rng: random.Random) -> Problem:
    while True:
        L = rng.randint(5, 8)
        a = _big_number(rng, L, L, zeros=False)
        s = list(str(a))
        i = rng.randrange(1, L - 1)
        b = s[:i] + [str(rng.randint(1, 8))] + [str(rng.randint(0, 9)) for _ in range(L - i - 1)]
        b_val = int("".join(b))
        shown = s[:i] + ["□"] + s[i + 1:]
        sign = rng.choice([">", "<"])
        ok = []
        for d in range(10):
            v = int("".join(s[:i] + [str(d)] + s[i + 1:]))
            if (v > b_val) if sign == ">" else (v < b_val):
                ok.append(d)
        if 1 <= len(ok) <= 9 and int("".join(s[:i] + ["0"] + s[i + 1:])) != b_val:
            break
    left = "".join(shown)
    ask = rng.choice(["all", "count", "min" if sign == ">" else "max"])
    q = {"all": "모두 쓰시오", "count": "모두 몇 개입니까?", "min": "가장 작은 수를 구하시오", "max": "가장 큰 수를 구하세요"}[ask]
    text = rng.choice([
        f"0부터 9까지의 수 중에서 □ 안에 들어갈 수 있는 수를 {q}.\n{left} {sign} {b_val}" if ask == "all" else
        f"0부터 9까지의 수 중에서 □ 안에 들어갈 수 있는 수는 {q}\n{left} {sign} {b_val}" if ask == "count" else
        f"□ 안에 들어갈 수 있는 수 중 {q}.\n{left} {sign} {b_val}",
    ])
    ans = {"all": ", ".join(map(str, ok)), "count": f"{len(ok)}개", "min": str(min(ok)), "max": str(max(ok))}[ask]
    return Problem(text=text, answer=ans, format="fill", difficulty=4, achievement_level="A",
                   concepts=["수의 크기 비교"],
                   check=lambda: all((int(left.replace("□", str(d))) > b_val) == (sign == ">") for d in ok))


@family("4수01-02", "compare-in-context")
def _compare_context(rng: random.Random) -> Problem:
    ctx = rng.choice([
        ("인구", "명", "도시", ["가", "나", "다"], (100000, 9999999), ("많은", "적은")),
        ("가격", "원", "자동차", ["가", "나", "다"], (15000000, 89000000), ("비싼", "싼")),
        ("관람객 수", "명", "박물관", ["㉠", "㉡", "㉢"], (20000, 990000), ("많은", "적은")),
        ("거리", "km", "행성까지의", ["가", "나", "다"], (40000000, 900000000), ("", "")),
        ("조회 수", "회", "영상", ["A", "B", "C"], (10000, 5000000), ("많은", "적은")),
        ("생산량", "개", "공장", ["가", "나", "다"], (100000, 9000000), ("많은", "적은")),
    ])
    what, unit, obj, labels, (lo, hi), (adj_big, adj_small) = ctx
    k = rng.choice([2, 3])
    base = rng.randint(lo, hi)
    vals = [base]
    while len(vals) < k:
        s = list(str(base))
        j = rng.randrange(1, len(s))
        s[j] = str(rng.randint(0, 9))
        if rng.random() < 0.5:
            s[-1] = str(rng.randint(0, 9))
        v = int("".join(s))
        if v not in vals:
            vals.append(v)
    rng.shuffle(vals)
    most = rng.random() < 0.6
    tgt = labels[vals.index(max(vals) if most else min(vals))]
    if obj == "행성까지의":
        lines = "\n".join(f"{labels[i]} 행성: {_fmtc(v)} {unit}" for i, v in enumerate(vals))
        text = f"지구에서 세 행성 가, 나, 다까지의 거리를 어림하여 나타낸 것입니다. 지구에서 {'가장 먼' if most else '가장 가까운'} 행성은 어느 것입니까?\n{lines}" if k == 3 else \
            f"지구에서 두 행성까지의 거리입니다. {'더 먼' if most else '더 가까운'} 행성을 쓰시오.\n" + "\n".join(f"{labels[i]} 행성: {_fmtc(v)} {unit}" for i, v in enumerate(vals))
    else:
        tbl = "| " + obj + " | " + " | ".join(labels[:k]) + " |\n| " + what + "(" + unit + ") | " + " | ".join(_fmtc(v) for v in vals) + " |"
        q = ("가장 " if k == 3 else "더 ") + (adj_big if most else adj_small)
        text = rng.choice([
            f"다음은 {obj}별 {josa(what, '을/를')} 나타낸 표입니다. {josa(what, '이/가')} {q} {josa(obj, '은/는')} 어느 것입니까?\n{tbl}",
            f"{obj} {', '.join(labels[:k])}의 {what}{_p(what, '은/는')} 각각 " + ", ".join(f"{_fmtc(v)}{unit}" for v in vals) + f"입니다. {josa(what, '이/가')} {q} {josa(obj, '을/를')} 쓰세요.",
        ])
    fmt = "data" if "|" in text else "word"
    return Problem(text=text, answer=tgt, format=fmt, difficulty=2, achievement_level="B",
                   concepts=["수의 크기 비교"], check=lambda: vals[labels.index(tgt)] == (max(vals) if most else min(vals)))


@family("4수01-02", "saving-skip-count")
def _saving(rng: random.Random) -> Problem:
    who = name(rng)
    step = rng.choice([10000, 20000, 50000, 100000, 1000000, 10000000])
    start = rng.randint(1, 30) * step + rng.choice([0, 5000 if step >= 10000 else 0])
    k = rng.randint(3, 8)
    end = start + k * step
    sn = {10000: "1만", 20000: "2만", 50000: "5만", 100000: "10만", 1000000: "100만", 10000000: "1000만"}[step]
    kind = rng.choice(["forward", "backward", "count"])
    if kind == "forward":
        text = rng.choice([
            f"{who}의 통장에는 {_fmtc(start)}원이 있습니다. 다음 달부터 매달 {sn} 원씩 저금한다면 {k}달 후에는 모두 얼마가 됩니까?",
            f"어느 가게는 지금까지 {_fmtc(start)}원을 모았고 매주 {sn} 원씩 더 모으기로 했습니다. {k}주 뒤에 모은 돈은 얼마일까요?",
        ])
        ans = f"{end}원"
    elif kind == "backward":
        text = rng.choice([
            f"어떤 수에서 {sn}씩 {k}번 뛰어 세었더니 {_fmtc(end)}이 되었습니다. 어떤 수는 얼마입니까?",
            f"{josa(who, '은/는')} 매달 {sn} 원씩 {k}달 동안 저금하여 지금 {_fmtc(end)}원이 되었습니다. 처음에 있던 돈은 얼마인가요?",
        ])
        ans = f"{start}원" if "원이 되었" in text else str(start)
    else:
        text = rng.choice([
            f"{_fmtc(start)}에서 {sn}씩 몇 번 뛰어 세면 {josa(_fmtc(end), '이/가')} 됩니까?",
            f"{josa(who, '은/는')} 지금 {_fmtc(start)}원이 있고 매달 {sn} 원씩 저금합니다. 몇 달 뒤에 {_fmtc(end)}원이 될까요?",
        ])
        ans = f"{k}번" if "번" in text else f"{k}달"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B" if kind == "forward" else "A",
                   concepts=["뛰어 세기"], check=lambda: (end - start) // step == k)


@family("4수01-02", "ten-times-relation")
def _ten_times(rng: random.Random) -> Problem:
    n = rng.randint(11, 9999) * rng.choice([10**4, 10**8])
    t = rng.choice([10, 100, 1000])
    bigger = n * t
    tn = {10: "10배", 100: "100배", 1000: "1000배"}[t]
    if rng.random() < 0.5:
        text = rng.choice([
            f"{_kor_big(n)}의 {josa(tn, '은/는')} 얼마입니까?",
            f"{josa(_kor_big(n), '을/를')} {tn} 한 수를 쓰시오.",
            f"{_fmtc(n)}{_p(str(n), '을/를')} {tn} 한 수는 얼마인가요?",
        ])
        ans = _kor_big(bigger) if "{" not in text and _fmtc(n) not in text else _fmtc(bigger)
        return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="B",
                       concepts=["만", "억", "조"], check=lambda: bigger // n == t)
    text = rng.choice([
        f"{josa(_kor_big(bigger), '은/는')} {_kor_big(n)}의 몇 배입니까?",
        f"{_kor_big(n)}{_p(_kor_big(n), '을/를')} 몇 배 하면 {josa(_kor_big(bigger), '이/가')} 되나요?",
    ])
    return Problem(text=text, answer=tn, format="fill", difficulty=3, achievement_level="B",
                   concepts=["만", "억", "조"], check=lambda: n * t == bigger)


# -- 4수01-03 세 자리 수의 덧셈과 뺄셈 --------------------------------------------------------
def _add_pair(rng: random.Random, carries: int | None = None) -> tuple[int, int]:
    while True:
        a, b = rng.randint(100, 999), rng.randint(100, 999)
        c = (a % 10 + b % 10 >= 10) + (a // 10 % 10 + b // 10 % 10 + (a % 10 + b % 10 >= 10) >= 10)
        if carries is None or c >= carries:
            return a, b


def _sub_pair(rng: random.Random, zero_middle: bool = False) -> tuple[int, int]:
    while True:
        a = rng.randint(200, 999)
        if zero_middle:
            a = a // 100 * 100 + rng.choice([0, 0, rng.randint(0, 9)])
        b = rng.randint(100, a - 1)
        if a % 10 < b % 10 or a // 10 % 10 < b // 10 % 10:
            return a, b


def _no_carry_add(a: int, b: int) -> int:
    """The result of forgetting every carry (a typical slip)."""
    return int("".join(str((int(x) + int(y)) % 10) for x, y in zip(str(a).rjust(4, "0"), str(b).rjust(4, "0"), strict=True)))


def _small_minus_big(a: int, b: int) -> int:
    """Subtracting the smaller digit from the larger in every column (a typical slip)."""
    return int("".join(str(abs(int(x) - int(y))) for x, y in zip(str(a), str(b).rjust(3, "0"), strict=True)))


@family("4수01-03", "add-three-digit")
def _add3(rng: random.Random) -> Problem:
    a, b = _add_pair(rng, rng.choice([1, 2]))
    st = rng.choice(["latex", "unicode", "plain"])
    expr = f"${a} + {b}$" if st == "latex" else f"{a} + {b}"
    text = rng.choice([
        f"계산을 하시오.\n{expr}",
        f"{expr}{_p(str(b), '을/를')} 계산하세요.",
        f"다음 덧셈을 세로셈으로 계산해 보세요.\n{expr} = □",
        f"{expr}의 값을 구하시오.",
        f"두 수의 합을 구하세요.\n{a}   {b}",
    ])
    s = a + b
    return Problem(text=text, answer=str(s), format="computation", difficulty=1 if s < 1000 else 2,
                   achievement_level="C", concepts=["덧셈", "받아올림"], check=lambda: s - b == a)


@family("4수01-03", "subtract-three-digit")
def _sub3(rng: random.Random) -> Problem:
    a, b = _sub_pair(rng, zero_middle=rng.random() < 0.35)
    st = rng.choice(["latex", "unicode", "plain"])
    expr = f"${a} - {b}$" if st == "latex" else f"{a} − {b}" if st == "unicode" else f"{a} - {b}"
    text = rng.choice([
        f"계산을 하시오.\n{expr}",
        f"{expr}{_p(str(b), '을/를')} 계산하세요.",
        f"다음 뺄셈을 세로셈으로 계산해 보세요.\n{expr} = □",
        f"{josa(str(a), '과/와')} {b}의 차를 구하시오.",
        f"{a}에서 {josa(str(b), '을/를')} 빼면 얼마입니까?",
    ])
    d = a - b
    zero = a // 10 % 10 == 0
    return Problem(text=text, answer=str(d), format="computation", difficulty=3 if zero else 2,
                   achievement_level="B" if zero else "C", concepts=["뺄셈", "받아내림"], check=lambda: d + b == a)


_ADD_CTX = [
    ("도서관에 동화책이 {a}권, 위인전이 {b}권 있습니다. 동화책과 위인전은 모두 몇 권입니까?", "권"),
    ("{w}네 학교 3학년 학생은 {a}명이고 4학년 학생은 {b}명입니다. 3학년과 4학년 학생은 모두 몇 명인가요?", "명"),
    ("{w}는 어제 줄넘기를 {a}번, 오늘 {b}번 했습니다. 이틀 동안 한 줄넘기는 모두 몇 번입니까?", "번"),
    ("과수원에서 오전에 사과를 {a}개, 오후에 {b}개 땄습니다. 하루 동안 딴 사과는 몇 개일까요?", "개"),
    ("집에서 공원까지는 {a} m이고, 공원에서 도서관까지는 {b} m입니다. 집에서 공원을 거쳐 도서관까지 가는 거리는 몇 m입니까?", "m"),
    ("빨간 구슬이 {a}개 있고, 파란 구슬은 빨간 구슬보다 {b}개 더 많습니다. 파란 구슬은 몇 개입니까?", "개"),
    ("어느 영화관에 토요일에 {a}명, 일요일에 {b}명이 왔습니다. 주말에 온 사람은 모두 몇 명입니까?", "명"),
    ("{w}는 {a}쪽까지 책을 읽었고, 앞으로 {b}쪽을 더 읽으면 다 읽게 됩니다. 이 책은 모두 몇 쪽입니까?", "쪽"),
]
_SUB_CTX = [
    ("색종이가 {a}장 있었는데 미술 시간에 {b}장을 썼습니다. 남은 색종이는 몇 장입니까?", "장"),
    ("놀이공원에 어른 {a}명과 어린이가 있습니다. 어린이가 어른보다 {b}명 적다면 어린이는 몇 명인가요?", "명"),
    ("{w}는 {a}쪽짜리 책을 {b}쪽까지 읽었습니다. 다 읽으려면 몇 쪽을 더 읽어야 합니까?", "쪽"),
    ("줄넘기를 {w}는 {a}번, 동생은 {b}번 넘었습니다. {w}는 동생보다 몇 번 더 넘었을까요?", "번"),
    ("빵집에서 오늘 빵을 {a}개 만들어 {b}개를 팔았습니다. 팔고 남은 빵은 몇 개입니까?", "개"),
    ("높이가 {a} m인 산과 {b} m인 언덕이 있습니다. 산은 언덕보다 몇 m 더 높습니까?", "m"),
    ("버스 정류장에서 학교까지는 {a} m, 집까지는 {b} m입니다. 어느 곳이 몇 m 더 먼지 구하시오.", "m"),
    ("우유 {a} mL 중에서 {b} mL를 마셨습니다. 남은 우유는 몇 mL입니까?", "mL"),
]


@family("4수01-03", "add-word-problem")
def _add_word(rng: random.Random) -> Problem:
    a, b = _add_pair(rng, rng.choice([0, 1, 1, 2]))
    tpl, unit = rng.choice(_ADD_CTX)
    w = name(rng)
    text = tpl.format(a=a, b=b, w=josa(w, "은/는")[:-1] if "{w}는" in tpl else w)
    text = text.replace(f"{w}는", josa(w, "은/는")).replace(f"{w}네", f"{w}네")
    s = a + b
    return Problem(text=text, answer=f"{s}{unit}" if unit not in ("m",) else f"{s} m", format="word",
                   difficulty=2, achievement_level="B", concepts=["덧셈", "받아올림"], check=lambda: s - a == b)


@family("4수01-03", "subtract-word-problem")
def _sub_word(rng: random.Random) -> Problem:
    a, b = _sub_pair(rng, zero_middle=rng.random() < 0.3)
    tpl, unit = rng.choice(_SUB_CTX)
    w = name(rng)
    text = tpl.format(a=a, b=b, w=w).replace(f"{w}는", josa(w, "은/는"))
    d = a - b
    ans = f"{d} {unit}" if unit in ("m", "mL") else f"{d}{unit}"
    if "어느 곳" in tpl:
        ans = f"버스 정류장에서 학교까지가 {d} m 더 멉니다"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="B",
                   concepts=["뺄셈", "받아내림"], check=lambda: d + b == a)


def _fill_solutions(rows: list[list[str]], add: bool) -> list[tuple[str, str]]:
    """All digit pairs for ㉠, ㉡ that make the column calculation true (no leading zeros)."""
    sols = []
    for d1 in "0123456789":
        for d2 in "0123456789":
            vals = []
            for r in rows:
                t = "".join(r).strip().replace("㉠", d1).replace("㉡", d2)
                if len(t) > 1 and t[0] == "0":
                    break
                vals.append(int(t))
            else:
                if (vals[0] + vals[1] == vals[2]) if add else (vals[0] - vals[1] == vals[2]):
                    sols.append((d1, d2))
    return sols


@family("4수01-03", "missing-digits-column")
def _missing_digits(rng: random.Random) -> Problem:
    add = rng.random() < 0.5
    while True:
        if add:
            a, b = _add_pair(rng, 1)
            r = a + b
        else:
            a, b = _sub_pair(rng)
            r = a - b
        grid = [list(str(a).rjust(4)), list(str(b).rjust(4)), list(str(r).rjust(4))]
        spots = [(row, c) for row in range(3) for c in range(4) if grid[row][c] != " "]
        (r1, c1), (r2, c2) = rng.sample(spots, 2)
        if r1 == r2 or c1 == c2:
            continue
        hidden = [("㉠", grid[r1][c1]), ("㉡", grid[r2][c2])]
        grid[r1][c1], grid[r2][c2] = "㉠", "㉡"
        if len(_fill_solutions(grid, add)) == 1:
            break
    sign = "+" if add else "−"
    body = f"  {''.join(grid[0])}\n{sign} {''.join(grid[1])}\n────────\n  {''.join(grid[2])}"
    if rng.random() < 0.4:
        body = f"{''.join(grid[0]).strip()} {sign} {''.join(grid[1]).strip()} = {''.join(grid[2]).strip()}"
    text = rng.choice([
        f"㉠, ㉡에 알맞은 숫자를 구하시오.\n{body}",
        f"다음 계산에서 ㉠과 ㉡에 들어갈 숫자를 각각 쓰세요.\n{body}",
        f"{'덧셈' if add else '뺄셈'}식의 ㉠, ㉡에 알맞은 수를 써넣으세요.\n{body}",
    ])
    ans = ", ".join(f"{m} {d}" for m, d in hidden)
    return Problem(text=text, answer=ans, format="fill", difficulty=4, achievement_level="A",
                   concepts=["덧셈" if add else "뺄셈", "받아올림" if add else "받아내림"],
                   check=lambda: _fill_solutions(grid, add) == [(hidden[0][1], hidden[1][1])])


@family("4수01-03", "unknown-term")
def _unknown_term(rng: random.Random) -> Problem:
    kind = rng.choice(["x+a", "a+x", "x-a", "a-x"])
    a, b = _add_pair(rng, 1)
    s = a + b
    if kind == "x+a":
        eq, ans = f"□ + {b} = {s}", a
    elif kind == "a+x":
        eq, ans = f"{a} + □ = {s}", b
    elif kind == "x-a":
        eq, ans = f"□ − {b} = {a}", s
    else:
        eq, ans = f"{s} − □ = {a}", b
    if rng.random() < 0.5:
        text = rng.choice([
            f"□ 안에 알맞은 수를 써넣으세요.\n{eq}",
            f"다음 식에서 □에 알맞은 수를 구하시오.\n{eq}",
        ])
        fmt = "fill"
    else:
        text = {
            "x+a": f"어떤 수에 {josa(str(b), '을/를')} 더했더니 {josa(str(s), '이/가')} 되었습니다. 어떤 수는 얼마입니까?",
            "a+x": f"{a}에 어떤 수를 더하면 {josa(str(s), '이/가')} 됩니다. 어떤 수를 구하세요.",
            "x-a": f"어떤 수에서 {josa(str(b), '을/를')} 뺐더니 {josa(str(a), '이/가')} 되었습니다. 어떤 수를 구하시오.",
            "a-x": f"{s}에서 어떤 수를 빼면 {josa(str(a), '이/가')} 됩니다. 어떤 수는 얼마일까요?",
        }[kind]
        fmt = "word"
    return Problem(text=text, answer=str(ans), format=fmt, difficulty=3, achievement_level="B",
                   concepts=["덧셈", "뺄셈"], check=lambda: eval(eq.replace("□", str(ans)).replace("−", "-").replace("=", "=="), {}))


@family("4수01-03", "digit-cards-sum-diff")
def _cards3(rng: random.Random) -> Problem:
    ds = rng.sample(range(0, 10), 3)
    if 0 not in ds and rng.random() < 0.4:
        ds[rng.randrange(3)] = 0
    if ds.count(0) > 1 or len(set(ds)) < 3:
        ds = rng.sample(range(1, 10), 3)
    big = int("".join(map(str, sorted(ds, reverse=True))))
    sm = sorted(ds)
    if sm[0] == 0:
        sm[0], sm[1] = sm[1], sm[0]
    small = int("".join(map(str, sm)))
    op_ = rng.choice(["sum", "diff"])
    cards = "  ".join(f"[{d}]" for d in rng.sample(ds, 3))
    q = "합" if op_ == "sum" else "차"
    text = rng.choice([
        f"수 카드 3장을 한 번씩 사용하여 세 자리 수를 만들려고 합니다. 만들 수 있는 가장 큰 수와 가장 작은 수의 {josa(q, '을/를')} 구하시오.\n{cards}",
        f"{cards}\n세 장의 카드로 만들 수 있는 세 자리 수 중에서 가장 큰 수와 가장 작은 수의 {josa(q, '은/는')} 얼마입니까?",
    ])
    ans = big + small if op_ == "sum" else big - small
    from itertools import permutations
    vals = [int("".join(map(str, p))) for p in permutations(ds) if p[0] != 0]
    return Problem(text=text, answer=str(ans), format="word", difficulty=4, achievement_level="A",
                   concepts=["덧셈" if op_ == "sum" else "뺄셈"],
                   check=lambda: ans == (max(vals) + min(vals) if op_ == "sum" else max(vals) - min(vals)))


@family("4수01-03", "wrong-operation-fix")
def _wrong_op(rng: random.Random) -> Problem:
    x = rng.randint(300, 899)
    k = rng.randint(120, min(x - 50, 480)) if x > 200 else 150
    wrongly_sub = rng.random() < 0.5
    if wrongly_sub:
        wrong = x - k
        right = x + k
        text = rng.choice([
            f"어떤 수에 {josa(str(k), '을/를')} 더해야 할 것을 잘못하여 뺐더니 {josa(str(wrong), '이/가')} 되었습니다. 바르게 계산하면 얼마입니까?",
            f"{josa(name(rng), '은/는')} 어떤 수에 {josa(str(k), '을/를')} 더하라는 문제를 잘못 보고 {josa(str(k), '을/를')} 빼서 {josa(str(wrong), '을/를')} 얻었습니다. 바르게 계산한 값을 구하세요.",
        ])
    else:
        x = min(x, 999 - k)
        wrong = x + k
        right = x - k
        text = rng.choice([
            f"어떤 수에서 {josa(str(k), '을/를')} 빼야 할 것을 잘못하여 더했더니 {josa(str(wrong), '이/가')} 되었습니다. 바르게 계산하면 얼마입니까?",
            f"{josa(name(rng), '은/는')} 어떤 수에서 {josa(str(k), '을/를')} 빼야 하는데 실수로 더해서 {josa(str(wrong), '이/가')} 나왔습니다. 바르게 계산하면 얼마인가요?",
        ])
    return Problem(text=text, answer=str(right), format="word", difficulty=4, achievement_level="A",
                   concepts=["덧셈", "뺄셈"], check=lambda: (right == wrong + 2 * k) if wrongly_sub else (right == wrong - 2 * k))


@family("4수01-03", "mcq-slips")
def _mcq_slips(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        a, b = _add_pair(rng, 2)
        right = a + b
        wrong = [_no_carry_add(a, b), right + 100, right - 10, right + 10, right - 100, right + 1]
        expr = f"{a} + {b}"
    else:
        a, b = _sub_pair(rng)
        right = a - b
        wrong = [_small_minus_big(a, b), right + 100, right - 10, right + 10, right - 100, right + 1]
        expr = f"{a} − {b}"
    ch = choices(rng, str(right), [str(w) for w in wrong if w > 0], sort_key=int)
    text = rng.choice([
        f"계산 결과가 옳은 것은 어느 것입니까?\n{expr} = ?\n{ch.block}",
        f"{expr}의 값을 고르시오.\n{ch.block}",
        f"다음을 계산한 값으로 알맞은 것을 찾으세요.\n{expr}\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["받아올림", "받아내림"], choice=ch,
                   check=lambda: int(ch.options[ch.correct]) == eval(expr.replace("−", "-")))


@family("4수01-03", "explain-error")
def _explain_err(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        a, b = _add_pair(rng, 2)
        wrong, right, sym = _no_carry_add(a, b), a + b, "+"
        why = "받아올림한 수를 더하지 않았습니다"
    else:
        a, b = _sub_pair(rng)
        wrong, right, sym = _small_minus_big(a, b), a - b, "−"
        why = "각 자리에서 큰 수에서 작은 수를 빼서 받아내림을 하지 않았습니다"
    if wrong == right:
        wrong = right + 100
        why = "받아올림(받아내림)을 잘못 처리했습니다"
    w = name(rng)
    text = rng.choice([
        f"{josa(w, '은/는')} {a} {sym} {josa(str(b), '을/를')} 계산하여 {josa(str(wrong), '이/가')} 나왔다고 했습니다. 잘못된 까닭을 쓰고 바르게 계산하시오.",
        f"다음 계산이 틀린 이유를 설명하고 옳은 답을 구하세요.\n{a} {sym} {b} = {wrong}",
        f"{w}의 풀이: {a} {sym} {b} = {wrong}\n{w}의 풀이에서 잘못된 부분을 찾아 고치고 그 까닭을 말해 보세요.",
    ])
    return Problem(text=text, answer=f"{right} ({why})", format="proof", difficulty=3, achievement_level="A",
                   concepts=["받아올림" if sym == "+" else "받아내림"],
                   check=lambda: right == (a + b if sym == "+" else a - b) and wrong != right)


# -- 4수01-04 곱셈 ----------------------------------------------------------------------------
_MUL_KINDS = ("2x1", "3x1", "2x2", "3x2")


def _mul_pair(rng: random.Random, kind: str | None = None) -> tuple[int, int, str]:
    kind = kind or rng.choice(_MUL_KINDS)
    a = rng.randint(12, 99) if kind[0] == "2" else rng.randint(102, 999)
    b = rng.randint(2, 9) if kind[2] == "1" else rng.randint(12, 99)
    return a, b, kind


def _mul_level(kind: str) -> tuple[int, str]:
    return {"2x1": (1, "C"), "3x1": (2, "C"), "2x2": (2, "B"), "3x2": (3, "B")}[kind]


@family("4수01-04", "multiply-bare")
def _mul_bare(rng: random.Random) -> Problem:
    a, b, kind = _mul_pair(rng)
    st = pick_style(rng, (0.3, 0.5, 0.2))
    expr = _x(st, a, "×", b)
    text = rng.choice([
        f"계산을 하시오.\n{expr}",
        f"{expr} = □",
        f"다음 곱셈을 세로셈으로 계산하세요.\n{expr}",
        f"{josa(str(a), '과/와')} {b}의 곱을 구하시오.",
        f"{a}{_p(str(a), '을/를')} {b}번 더한 것과 같은 값을 곱셈으로 구해 보세요." if kind[2] == "1" else f"{a}의 {b}배는 얼마입니까?",
    ])
    d, lv = _mul_level(kind)
    return Problem(text=text, answer=str(a * b), format="computation", difficulty=d, achievement_level=lv,
                   concepts=["곱셈", "곱"], check=lambda: sum([a] * b) == a * b)


_MUL_CTX = [
    ("한 상자에 {u} {a}{c}씩 들어 있습니다. {b}상자에 들어 있는 {u}는 모두 몇 {c}입니까?", "obj"),
    ("{w}는 하루에 줄넘기를 {a}번씩 합니다. {b}일 동안 한 줄넘기는 모두 몇 번인가요?", "번"),
    ("한 대에 {a}명씩 탈 수 있는 버스가 {b}대 있습니다. 버스에 모두 몇 명이 탈 수 있습니까?", "명"),
    ("한 권에 {a}원인 공책을 {b}권 샀습니다. 공책값은 모두 얼마입니까?", "원"),
    ("한 줄에 {a}개씩 {b}줄로 의자를 놓았습니다. 놓은 의자는 모두 몇 개일까요?", "개"),
    ("{w}는 매일 {a} m씩 달리기를 합니다. {b}일 동안 달린 거리는 몇 m입니까?", "m"),
    ("사탕을 한 봉지에 {a}개씩 담았더니 {b}봉지가 되었습니다. 사탕은 모두 몇 개였습니까?", "개"),
    ("강당에 한 줄에 {a}명씩 {b}줄로 학생들이 앉아 있습니다. 강당에 앉아 있는 학생은 몇 명입니까?", "명"),
    ("1분에 {a} m를 가는 자전거가 같은 빠르기로 {b}분 동안 가는 거리는 몇 m인지 구하시오.", "m"),
]


@family("4수01-04", "multiply-word")
def _mul_word(rng: random.Random) -> Problem:
    a, b, kind = _mul_pair(rng)
    tpl, unit = rng.choice(_MUL_CTX)
    if "{a}명씩" in tpl and a > 99:
        a = rng.randint(25, 60)
        kind = "2x" + kind[2]
    w = name(rng)
    u, c = countable(rng)
    text = tpl.format(a=a, b=b, w=w, u=u, c=c).replace(f"{w}는", josa(w, "은/는")).replace(f"{u}는", josa(u, "은/는"))
    ans_unit = c if unit == "obj" else unit
    ans = f"{a * b} {ans_unit}" if ans_unit == "m" else f"{a * b}{ans_unit}"
    d, lv = _mul_level(kind)
    return Problem(text=text, answer=ans, format="word", difficulty=d + 1, achievement_level="B" if lv == "C" else lv,
                   concepts=["곱셈"], check=lambda: a * b == sum(a for _ in range(b)))


@family("4수01-04", "partial-products-fill")
def _partial(rng: random.Random) -> Problem:
    a, b, kind = _mul_pair(rng, rng.choice(["2x2", "3x2", "2x1", "3x1"]))
    if kind[2] == "2":
        t, o = b // 10 * 10, b % 10
        if o == 0:
            o, t = 3, t
            b = t + o
        text = rng.choice([
            f"□ 안에 알맞은 수를 써넣으세요.\n{a} × {b} = {a} × {t} + {a} × {o} = □ + □ = □",
            f"{a} × {josa(str(b), '을/를')} 두 부분으로 나누어 계산했습니다. 빈칸에 알맞은 수를 차례로 쓰시오.\n{a} × {o} = □\n{a} × {t} = □\n{a} × {b} = □",
        ])
        parts = (a * t, a * o) if text.startswith("□") else (a * o, a * t)
        ans = f"{parts[0]}, {parts[1]}, {a * b}"
    else:
        h = a // 100 * 100
        rest = a - h if a >= 100 else a % 10
        if a >= 100:
            text = f"□ 안에 알맞은 수를 써넣으세요.\n{a} × {b} = {h} × {b} + {rest} × {b} = □ + □ = □"
            ans = f"{h * b}, {rest * b}, {a * b}"
        else:
            tt = a // 10 * 10
            text = f"{a} × {josa(str(b), '을/를')} 십의 자리와 일의 자리로 나누어 계산하려고 합니다. □ 안에 알맞은 수를 써넣으세요.\n{tt} × {b} = □, {rest} × {b} = □, {a} × {b} = □"
            ans = f"{tt * b}, {rest * b}, {a * b}"
    d, _lv = _mul_level(kind)
    return Problem(text=text, answer=ans, format="fill", difficulty=d + 1, achievement_level="B",
                   concepts=["곱셈"], check=lambda: int(ans.split(", ")[-1]) == a * b and
                   int(ans.split(", ")[0]) + int(ans.split(", ")[1]) == a * b)


@family("4수01-04", "missing-digit-product")
def _mul_missing(rng: random.Random) -> Problem:
    while True:
        a = rng.randint(12, 99) if rng.random() < 0.6 else rng.randint(102, 999)
        b = rng.randint(3, 9)
        p = a * b
        sa = str(a)
        i = rng.randrange(len(sa))
        shown = sa[:i] + "□" + sa[i + 1:]
        sols = [d for d in range(10) if not (i == 0 and d == 0) and int(sa[:i] + str(d) + sa[i + 1:]) * b == p]
        if len(sols) == 1:
            break
    text = rng.choice([
        f"□ 안에 알맞은 숫자를 써넣으세요.\n{shown} × {b} = {p}",
        f"다음 곱셈식이 성립하도록 □ 안에 들어갈 숫자를 구하시오.\n{shown} × {b} = {p}",
        f"곱셈식의 일부가 지워졌습니다. 지워진 숫자는 무엇입니까?\n{shown} × {b} = {p}",
    ])
    return Problem(text=text, answer=str(sols[0]), format="fill", difficulty=4, achievement_level="A",
                   concepts=["곱셈"], check=lambda: int(shown.replace("□", str(sols[0]))) * b == p)


@family("4수01-04", "digit-cards-max-product")
def _mul_cards(rng: random.Random) -> Problem:
    from itertools import permutations
    mode = rng.choice(["2x1", "3x1", "2x2"])
    k = {"2x1": 3, "3x1": 4, "2x2": 4}[mode]
    ds = rng.sample(range(1, 10), k)
    best_val, best = -1, None
    worst_val, worst = 10**9, None
    la = int(mode[0])
    for pm in permutations(ds):
        x = int("".join(map(str, pm[:la])))
        y = int("".join(map(str, pm[la:])))
        if x * y > best_val:
            best_val, best = x * y, (x, y)
        if x * y < worst_val:
            worst_val, worst = x * y, (x, y)
    want_max = rng.random() < 0.7
    form = {"2x1": "(두 자리 수) × (한 자리 수)", "3x1": "(세 자리 수) × (한 자리 수)", "2x2": "(두 자리 수) × (두 자리 수)"}[mode]
    cards = "  ".join(f"[{d}]" for d in ds)
    text = rng.choice([
        f"수 카드 {k}장을 한 번씩만 사용하여 {form}의 곱셈식을 만들려고 합니다. 곱이 가장 {'큰' if want_max else '작은'} 곱셈식의 곱을 구하시오.\n{cards}",
        f"{cards}\n위의 카드를 모두 한 번씩 사용하여 {form}를 만들 때 나올 수 있는 가장 {'큰' if want_max else '작은'} 곱은 얼마입니까?",
    ])
    val = best_val if want_max else worst_val
    return Problem(text=text, answer=str(val), format="word", difficulty=5, achievement_level="A",
                   concepts=["곱셈", "곱"], check=lambda: val == ((best[0] * best[1]) if want_max else (worst[0] * worst[1])))


@family("4수01-04", "compare-products-mcq")
def _mul_compare(rng: random.Random) -> Problem:
    kind = rng.choice(_MUL_KINDS)
    pairs: list[tuple[int, int]] = []
    prods: set[int] = set()
    while len(pairs) < 5:
        a, b, _ = _mul_pair(rng, kind)
        if a * b not in prods:
            pairs.append((a, b))
            prods.add(a * b)
    largest = rng.random() < 0.5
    tgt = max(pairs, key=lambda t: t[0] * t[1]) if largest else min(pairs, key=lambda t: t[0] * t[1])
    st = pick_style(rng, (0.0, 0.8, 0.2))
    ch = choices(rng, _x(st, *tgt[:1], "×", tgt[1]), [_x(st, a, "×", b) for a, b in pairs if (a, b) != tgt])
    text = rng.choice([
        f"곱이 가장 {'큰' if largest else '작은'} 것은 어느 것입니까?\n{ch.block}",
        f"다음 중 계산 결과가 가장 {'큰' if largest else '작은'} 것을 고르세요.\n{ch.block}",
    ])
    d, _lv = _mul_level(kind)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=d + 1, achievement_level="B",
                   concepts=["곱셈", "곱"], choice=ch,
                   check=lambda: (tgt[0] * tgt[1]) == (max if largest else min)(a * b for a, b in pairs))


@family("4수01-04", "wrong-operation-multiply")
def _mul_wrong(rng: random.Random) -> Problem:
    x = rng.randint(12, 99) if rng.random() < 0.6 else rng.randint(102, 400)
    k = rng.randint(12, 48) if rng.random() < 0.6 else rng.randint(3, 9)
    mode = rng.choice(["add", "sub"]) if x > k else "add"
    wrong = x + k if mode == "add" else x - k
    text = rng.choice([
        f"어떤 수에 {josa(str(k), '을/를')} 곱해야 할 것을 잘못하여 {'더했더니' if mode == 'add' else '뺐더니'} {josa(str(wrong), '이/가')} 되었습니다. 바르게 계산한 값을 구하시오.",
        f"{josa(name(rng), '은/는')} 어떤 수에 {josa(str(k), '을/를')} 곱해야 하는데 잘못하여 {'더해서' if mode == 'add' else '빼서'} {josa(str(wrong), '이/가')} 나왔습니다. 바르게 계산하면 얼마입니까?",
    ])
    right = x * k
    return Problem(text=text, answer=str(right), format="word", difficulty=4, achievement_level="A",
                   concepts=["곱셈"], check=lambda: right == ((wrong - k) if mode == "add" else (wrong + k)) * k)


@family("4수01-04", "explain-place-shift")
def _mul_explain(rng: random.Random) -> Problem:
    a, b, _kind = _mul_pair(rng, rng.choice(["2x2", "3x2"]))
    t, o = b // 10, b % 10
    if o == 0:
        b += 3
        t, o = b // 10, b % 10
    wrong = a * o + a * t
    w = name(rng)
    text = rng.choice([
        f"{josa(w, '은/는')} {a} × {josa(str(b), '을/를')} 다음과 같이 계산했습니다. 잘못된 부분을 찾아 까닭을 쓰고 바르게 계산하시오.\n{a} × {o} = {a * o}\n{a} × {t} = {a * t}\n{a * o} + {a * t} = {wrong}",
        f"다음 곱셈이 잘못된 까닭을 설명하고 옳은 곱을 구하세요.\n{a} × {b} = {wrong}\n(풀이: {a} × {o} = {a * o}, {a} × {t} = {a * t}, {a * o} + {a * t} = {wrong})",
    ])
    return Problem(text=text, answer=f"{a * b} (십의 자리 숫자 {josa(str(t), '은/는')} {josa(str(t * 10), '을/를')} 나타내므로 {a} × {t * 10} = {josa(str(a * t * 10), '을/를')} 더해야 합니다.)",
                   format="proof", difficulty=4, achievement_level="A", concepts=["곱셈"],
                   check=lambda: a * o + a * t * 10 == a * b)


@family("4수01-04", "tens-multiplication")
def _mul_tens(rng: random.Random) -> Problem:
    a = rng.randint(2, 9) * rng.choice([10, 100])
    b = rng.randint(2, 9) * rng.choice([1, 10])
    if a >= 100 and b >= 10:
        a //= 10 if rng.random() < 0.5 else 1
    st = pick_style(rng, (0.3, 0.5, 0.2))
    base = (a // (10 ** (len(str(a)) - 1))) * (b // (10 ** (len(str(b)) - 1)))
    zeros = len(str(a)) - 1 + len(str(b)) - 1
    if rng.random() < 0.5:
        text = rng.choice([
            f"계산해 보세요.\n{_x(st, a, '×', b)}",
            f"{_x(st, a, '×', b)}의 값을 구하시오.",
        ])
        return Problem(text=text, answer=str(a * b), format="computation", difficulty=1, achievement_level="C",
                       concepts=["곱셈"], check=lambda: a * b == base * 10**zeros)
    la, lb = a // (10 ** (len(str(a)) - 1)), b // (10 ** (len(str(b)) - 1))
    text = rng.choice([
        f"□ 안에 알맞은 수를 써넣으세요.\n{la} × {lb} = {la * lb}  →  {a} × {b} = □",
        f"{la} × {lb} = {josa(str(la * lb), '을/를')} 이용하여 {a} × {josa(str(b), '을/를')} 계산하세요. 곱의 끝에 0을 몇 개 붙여야 하는지도 쓰시오.",
    ])
    ans = str(a * b) if "□" in text else f"{a * b}, 0을 {zeros}개"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="B" if "0을" in ans else "C",
                   concepts=["곱셈"], check=lambda: a * b == la * lb * 10**zeros)


@family("4수01-04", "price-and-change")
def _mul_money(rng: random.Random) -> Problem:
    item = rng.choice(["공책", "연필", "지우개", "우유", "볼펜", "붕어빵", "아이스크림"])
    price = rng.choice([120, 250, 340, 450, 480, 650, 780, 850, 950])
    cnt = rng.randint(3, 9) if rng.random() < 0.5 else rng.randint(11, 15)
    total = price * cnt
    pay = 10000 if total <= 10000 else 20000
    w = name(rng)
    text = rng.choice([
        f"{josa(w, '은/는')} 한 개에 {price}원인 {josa(item, '을/를')} {cnt}개 사고 {pay}원을 냈습니다. 거스름돈으로 얼마를 받아야 합니까?",
        f"{item} 한 개의 값은 {price}원입니다. {item} {cnt}개를 사고 {pay}원짜리 지폐를 내면 얼마를 거슬러 받을까요?",
    ])
    return Problem(text=text, answer=f"{pay - total}원", format="word", difficulty=4, achievement_level="A",
                   concepts=["곱셈"], check=lambda: pay - sum([price] * cnt) == pay - total)


# -- 4수01-05 나눗셈의 의미, 곱셈과 나눗셈의 관계 -------------------------------------------
_SHARE_OBJ = [("사탕", "개"), ("쿠키", "개"), ("색종이", "장"), ("연필", "자루"), ("구슬", "개"),
              ("딸기", "개"), ("스티커", "장"), ("공책", "권"), ("귤", "개"), ("초콜릿", "개")]


def _qd(rng: random.Random, distinct: bool = True) -> tuple[int, int, int]:
    """(dividend, divisor, quotient) inside the multiplication table."""
    d, q = rng.sample(range(2, 10), 2) if distinct else (rng.randint(2, 9), rng.randint(2, 9))
    return d * q, d, q


@family("4수01-05", "equal-sharing")
def _share(rng: random.Random) -> Problem:
    n, d, q = _qd(rng, distinct=rng.random() < 0.8)
    obj, c = rng.choice(_SHARE_OBJ)
    to, each = rng.choice([("명에게", "한 명에게"), ("모둠에", "한 모둠에"), ("개의 접시에", "접시 하나에"),
                           ("개의 바구니에", "바구니 하나에"), ("명의 친구에게", "친구 한 명에게")])
    obj_n = f"{obj} {n}{c}{_p(c, '을/를')}"
    text = rng.choice([
        f"{obj_n} {d}{to} 똑같이 나누어 주려고 합니다. {each} 몇 {c}씩 줄 수 있습니까?",
        f"{obj_n} {d}{to} 똑같이 나누면 {each} 몇 {c}씩 돌아가나요? 나눗셈식으로 나타내고 답을 구하세요.",
        f"{name(rng)}네 반은 {obj_n} {d}{to} 같은 수만큼 나누었습니다. {each} 몇 {c}씩 나누었을까요?",
        f"{d}{to} {obj_n} 남김없이 똑같이 나누어 주면 {each} 몇 {c}씩 주게 되는지 구하시오.",
    ])
    ans = f"{n} ÷ {d} = {q}, {q}{c}" if "나눗셈식" in text else f"{q}{c}"
    return Problem(text=text, answer=ans, format="word", difficulty=1, achievement_level="C",
                   concepts=["나눗셈", "몫"], check=lambda: q * d == n)


@family("4수01-05", "grouping-how-many")
def _group(rng: random.Random) -> Problem:
    n, d, q = _qd(rng)
    ctx = rng.choice([
        ("{o} {n}{c}{p} 한 봉지에 {d}{c}씩 담으면 몇 봉지가 됩니까?", "봉지"),
        ("{o} {n}{c}{p} {d}{c}씩 묶으면 몇 묶음이 되나요?", "묶음"),
        ("학생 {n}명이 한 모둠에 {d}명씩 모둠을 만들면 모둠은 몇 개가 됩니까?", "개"),
        ("길이가 {n} cm인 끈을 {d} cm씩 자르면 몇 도막이 되는지 구하시오.", "도막"),
        ("{o} {n}{c}{p} 한 사람에게 {d}{c}씩 나누어 주면 몇 명에게 줄 수 있을까요?", "명"),
        ("{n}명이 한 대에 {d}명씩 타는 보트를 빈자리 없이 타려면 보트 몇 대가 필요합니까?", "대"),
    ])
    tpl, unit = ctx
    obj, c = rng.choice(_SHARE_OBJ)
    text = tpl.format(o=obj, n=n, c=c, p=_p(c, "을/를"), d=d)
    if rng.random() < 0.4:
        text += " 나눗셈식으로 나타내어 보세요."
        ans = f"{n} ÷ {d} = {q}, {q}{unit}"
    else:
        ans = f"{q}{unit}"
    return Problem(text=text, answer=ans, format="word", difficulty=1, achievement_level="C",
                   concepts=["나눗셈", "몫"], check=lambda: n - d * q == 0)


@family("4수01-05", "mult-to-division-facts")
def _m2d(rng: random.Random) -> Problem:
    n, d, q = _qd(rng)
    st = pick_style(rng, (0.2, 0.6, 0.2))
    mul = f"{d} {op('×', st)} {q} = {n}"
    if st == "latex":
        mul = f"${mul}$"
    text = rng.choice([
        f"곱셈식을 보고 나눗셈식 2개를 만드시오.\n{mul}",
        f"□ 안에 알맞은 수를 써넣으세요.\n{mul}\n{n} ÷ {d} = □\n{n} ÷ □ = {d}",
        f"곱셈식 {mul}{_p(str(n), '을/를')} 나눗셈식으로 바꾸어 두 가지로 나타내세요.",
    ])
    if "□" in text:
        ans, fmt = f"{q}, {q}", "fill"
    else:
        ans, fmt = f"{n} ÷ {d} = {q}, {n} ÷ {q} = {d}", "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=1, achievement_level="C",
                   concepts=["나눗셈", "곱셈"], check=lambda: n // d == q and n // q == d)


@family("4수01-05", "division-to-mult")
def _d2m(rng: random.Random) -> Problem:
    n, d, q = _qd(rng)
    kind = rng.choice(["write", "fill", "unknown"])
    if kind == "write":
        text = rng.choice([
            f"나눗셈식 {n} ÷ {d} = {josa(str(q), '을/를')} 곱셈식으로 나타내시오.",
            f"{n} ÷ {d} = {q}\n위 나눗셈식을 곱셈식 2개로 바꾸어 쓰세요.",
        ])
        ans = f"{d} × {q} = {n}, {q} × {d} = {n}"
        return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="C",
                       concepts=["나눗셈", "곱셈"], check=lambda: d * q == n)
    if kind == "fill":
        text = rng.choice([
            f"□ 안에 알맞은 수를 써넣으세요.\n□ ÷ {d} = {q}",
            f"어떤 수를 {d}로 나누었더니 몫이 {q}였습니다. 어떤 수는 얼마입니까?" if d not in (3, 6) else
            f"어떤 수를 {d}{_p(str(d), '으로/로')} 나누었더니 몫이 {josa(str(q), '이/가')} 되었습니다. 어떤 수를 구하시오.",
        ])
        text = text.replace(f"{d}로", f"{d}{_p(str(d), '으로/로')}")
        return Problem(text=text, answer=str(n), format="fill" if "□" in text else "word", difficulty=2,
                       achievement_level="B", concepts=["나눗셈", "곱셈"], check=lambda: n // d == q and n % d == 0)
    text = rng.choice([
        f"□ 안에 알맞은 수를 써넣으세요.\n{n} ÷ □ = {q}",
        f"{n}{_p(str(n), '을/를')} 어떤 수로 나누면 몫이 {josa(str(q), '이/가')} 됩니다. 어떤 수는 얼마인가요?",
    ])
    return Problem(text=text, answer=str(d), format="fill" if "□" in text else "word", difficulty=2,
                   achievement_level="B", concepts=["나눗셈", "곱셈"], check=lambda: q * d == n)


@family("4수01-05", "repeated-subtraction")
def _rep_sub(rng: random.Random) -> Problem:
    n, d, q = _qd(rng)
    chain = f"{n}" + "".join(f" − {d}" for _ in range(q)) + " = 0"
    text = rng.choice([
        f"다음 뺄셈식을 나눗셈식으로 나타내시오.\n{chain}",
        f"{n}에서 {josa(str(d), '을/를')} 몇 번 빼면 0이 됩니까? 이것을 나눗셈식으로 나타내세요.",
        f"구슬 {n}개에서 {d}개씩 계속 덜어 내면 몇 번 만에 모두 덜어 낼 수 있을까요? 뺄셈식과 나눗셈식으로 알아보세요.",
    ])
    ans = f"{n} ÷ {d} = {q}" if text.startswith("다음") else f"{q}번, {n} ÷ {d} = {q}"
    return Problem(text=text, answer=ans, format="fill" if text.startswith("다음") else "word", difficulty=2,
                   achievement_level="B", concepts=["나눗셈"],
                   check=lambda: chain.count("−") == q and n - q * d == 0)


@family("4수01-05", "which-mult-fact-mcq")
def _fact_mcq(rng: random.Random) -> Problem:
    n, d, q = _qd(rng)
    correct = f"{d} × {q} = {n}"
    wrong = []
    for dd, qq in ((d, q + 1), (d, q - 1), (d + 1, q), (d - 1, q), (q + 1, d), (d, d), (d + 1, q + 1),
                   (d, q + 2), (d + 2, q)):
        if dd > 1 and qq > 1 and dd * qq != n:
            wrong.append(f"{dd} × {qq} = {dd * qq}")
    ch = choices(rng, correct, wrong)
    text = rng.choice([
        f"{n} ÷ {d}의 몫을 구할 때 이용할 수 있는 곱셈식은 어느 것입니까?\n{ch.block}",
        f"{n} ÷ {d}{_p(str(d), '을/를')} 계산하려고 합니다. 필요한 곱셈구구를 고르세요.\n{ch.block}",
        f"나눗셈 {n} ÷ {d} = □에서 □를 구하는 데 도움이 되는 곱셈식을 찾으시오.\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["나눗셈", "곱셈"], choice=ch, check=lambda: eval(ch.options[ch.correct].split("=")[0].replace("×", "*")) == n)


@family("4수01-05", "one-situation-two-equations")
def _two_eq(rng: random.Random) -> Problem:
    n, d, q = _qd(rng)
    obj, c = rng.choice(_SHARE_OBJ)
    setting = rng.choice([
        f"{obj} {n}{c}{_p(c, '이/가')} 한 줄에 {d}{c}씩 {q}줄로 놓여 있습니다.",
        f"{obj} {n}{c}{_p(c, '을/를')} 접시 {q}개에 {d}{c}씩 똑같이 담았습니다.",
        f"상자 {q}개에 {obj}{_p(obj, '이/가')} {d}{c}씩 들어 있어 모두 {n}{c}입니다.",
    ])
    text = rng.choice([
        f"{setting} 이 상황을 곱셈식 1개와 나눗셈식 2개로 나타내시오.",
        f"{setting} 이 상황에 알맞은 곱셈식과 나눗셈식을 써 보고, 두 식 사이의 관계를 말해 보세요.",
    ])
    fmt = "fill" if text.endswith("나타내시오.") else "proof"
    ans = f"{d} × {q} = {n}, {n} ÷ {d} = {q}, {n} ÷ {q} = {d}"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="A" if fmt == "proof" else "B",
                   concepts=["나눗셈", "곱셈"], check=lambda: d * q == n)


@family("4수01-05", "make-division-story")
def _story(rng: random.Random) -> Problem:
    n, d, q = _qd(rng)
    kind = rng.choice(["share", "group", "either"])
    q_text = {
        "share": f"{n} ÷ {d} = {q}에 알맞은 문제를 '똑같이 나누어 주는' 상황으로 만들고 답을 구하세요.",
        "group": f"{n} ÷ {d} = {q}에 알맞은 문제를 '몇 개씩 묶는' 상황으로 만들어 보세요.",
        "either": f"나눗셈식 {n} ÷ {d}{_p(str(d), '을/를')} 이용하는 생활 속 문제를 하나 만들고, 그 답을 구해 보세요.",
    }[kind]
    return Problem(text=q_text, answer=None, format="task", difficulty=3, achievement_level="A",
                   concepts=["나눗셈"], check=lambda: n == d * q)


@family("4수01-05", "division-terms")
def _terms(rng: random.Random) -> Problem:
    n, d, q = _qd(rng)
    st = pick_style(rng, (0.3, 0.5, 0.2))
    eq = f"${n} \\div {d} = {q}$" if st == "latex" else f"{n} ÷ {d} = {q}"
    ask = rng.choice(["몫", "나누는 수", "나누어지는 수"])
    val = {"몫": q, "나누는 수": d, "나누어지는 수": n}[ask]
    text = rng.choice([
        f"나눗셈식 {eq}에서 {josa(ask, '은/는')} 얼마입니까?",
        f"{eq}\n위 나눗셈식에서 {josa(ask, '을/를')} 찾아 쓰시오.",
        f"다음 나눗셈식을 읽고 {josa(ask, '이/가')} 무엇인지 쓰세요.\n{eq}",
    ])
    return Problem(text=text, answer=str(val), format="fill", difficulty=1, achievement_level="C",
                   concepts=["나눗셈", "몫"], check=lambda: n // d == q)


# -- 4수01-06 나누는 수가 한 자리 수인 나눗셈, 몫과 나머지 ------------------------------------
def _div1(rng: random.Random, three: bool | None = None, rem: bool | None = None) -> tuple[int, int, int, int]:
    three = rng.random() < 0.45 if three is None else three
    rem = rng.random() < 0.6 if rem is None else rem
    while True:
        d = rng.randint(2, 9)
        n = rng.randint(100, 999) if three else rng.randint(20, 99)
        q, r = divmod(n, d)
        if q >= 10 and (r > 0) == rem:
            return n, d, q, r


def _qr(q: int, r: int) -> str:
    return f"몫: {q}, 나머지: {r}" if r else f"몫: {q}, 나머지: 0"


@family("4수01-06", "divide-bare")
def _div_bare(rng: random.Random) -> Problem:
    n, d, q, r = _div1(rng)
    st = pick_style(rng, (0.3, 0.5, 0.2))
    expr = _x(st, n, "÷", d)
    text = rng.choice([
        f"나눗셈을 하여 몫과 나머지를 구하시오.\n{expr}",
        f"{expr}의 몫과 나머지를 각각 쓰세요.",
        f"계산해 보세요.\n{expr}",
        f"{n}{_p(str(n), '을/를')} {d}{_p(str(d), '으로/로')} 나누었을 때의 몫과 나머지는 얼마입니까?",
    ])
    dif = 2 if n < 100 else 3
    return Problem(text=text, answer=_qr(q, r), format="computation", difficulty=dif,
                   achievement_level="C" if n < 100 else "B", concepts=["나눗셈", "몫", "나머지"],
                   check=lambda: d * q + r == n and 0 <= r < d)


_REM_CTX = [
    ("{o} {n}{c}{p} 한 사람에게 {d}{c}씩 나누어 주려고 합니다. 몇 명에게 줄 수 있고, 몇 {c}{p2} 남습니까?", "people"),
    ("{o} {n}{c}{p} {d}명에게 똑같이 나누어 주면 한 명에게 몇 {c}씩 주고 몇 {c}{p2} 남는지 구하세요.", "share"),
    ("{o} {n}{c}{p} 한 상자에 {d}{c}씩 담으면 몇 상자가 되고 몇 {c}{p2} 남습니까?", "box"),
]


@family("4수01-06", "remainder-word")
def _rem_word(rng: random.Random) -> Problem:
    n, d, q, r = _div1(rng, rem=True, three=rng.random() < 0.35)
    obj, c = rng.choice(_SHARE_OBJ)
    tpl, kind = rng.choice(_REM_CTX)
    text = tpl.format(o=obj, n=n, c=c, p=_p(c, "을/를"), p2=_p(c, "이/가"), d=d)
    unit = {"people": "명", "share": c, "box": "상자"}[kind]
    return Problem(text=text, answer=f"{q}{unit}, {r}{c}", format="word", difficulty=2, achievement_level="B",
                   concepts=["나눗셈", "몫", "나머지"], check=lambda: q * d + r == n and r < d)


@family("4수01-06", "remainder-round-up")
def _round_up(rng: random.Random) -> Problem:
    n, d, q, _r = _div1(rng, rem=True, three=rng.random() < 0.3)
    ctx = rng.choice([
        (f"학생 {n}명이 한 대에 {d}명씩 탈 수 있는 보트를 타려고 합니다. 모두 타려면 보트는 적어도 몇 대 필요합니까?", "대", "up"),
        (f"책 {n}권을 책꽂이 한 칸에 {d}권씩 꽂으려고 합니다. 책을 모두 꽂으려면 적어도 몇 칸이 필요한가요?", "칸", "up"),
        (f"달걀 {n}개를 한 판에 {d}개씩 담아 팔려고 합니다. 팔 수 있는 달걀은 최대 몇 판입니까?", "판", "down"),
        (f"끈 {n} cm로 길이가 {d} cm인 리본을 만들려고 합니다. 리본을 최대 몇 개 만들 수 있을까요?", "개", "down"),
        (f"{n}쪽짜리 책을 하루에 {d}쪽씩 읽으려고 합니다. 책을 다 읽으려면 며칠이 걸립니까?", "일", "up"),
        (f"과자 {n}개를 한 봉지에 {d}개씩 넣어 포장하려고 합니다. 과자를 모두 담으려면 봉지가 몇 개 필요합니까?", "개", "up"),
    ])
    text, unit, way = ctx
    ans = q + 1 if way == "up" else q
    return Problem(text=text, answer=f"{ans}{unit}", format="word", difficulty=4, achievement_level="A",
                   concepts=["나눗셈", "나머지"], check=lambda: (ans * d >= n > (ans - 1) * d) if way == "up" else (ans * d <= n < (ans + 1) * d))


@family("4수01-06", "check-division")
def _check_div(rng: random.Random) -> Problem:
    n, d, q, r = _div1(rng, rem=True)
    text = rng.choice([
        f"{n} ÷ {josa(str(d), '을/를')} 계산하고, 계산 결과가 맞는지 확인하는 식을 쓰시오.",
        f"나눗셈 {n} ÷ {d} = {q} ··· {r}의 계산이 맞는지 확인하려고 합니다. □ 안에 알맞은 수를 써넣으세요.\n{d} × {q} = □, □ + {r} = □",
        f"□ 안에 알맞은 수를 써넣으세요.\n{n} ÷ {d} = □ ··· □\n확인: {d} × □ + □ = {n}",
    ])
    if text.startswith(f"{n} ÷"):
        ans, fmt = f"{n} ÷ {d} = {q} ··· {r}, 확인: {d} × {q} = {d * q}, {d * q} + {r} = {n}", "proof"
    elif text.startswith("나눗셈"):
        ans, fmt = f"{d * q}, {d * q}, {n}", "fill"
    else:
        ans, fmt = f"{q}, {r}, {q}, {r}", "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B",
                   concepts=["나눗셈", "몫", "나머지"], check=lambda: d * q + r == n)


@family("4수01-06", "find-dividend")
def _find_dividend(rng: random.Random) -> Problem:
    n, d, q, r = _div1(rng, rem=True)
    text = rng.choice([
        f"어떤 수를 {d}{_p(str(d), '으로/로')} 나누었더니 몫이 {josa(str(q), '이/가')} 되고 나머지가 {josa(str(r), '이/가')} 되었습니다. 어떤 수를 구하시오.",
        f"□ 안에 알맞은 수를 구하세요.\n□ ÷ {d} = {q} ··· {r}",
        f"{josa(name(rng), '은/는')} 구슬을 {d}개씩 묶었더니 {q}묶음이 되고 {r}개가 남았습니다. 구슬은 모두 몇 개입니까?",
    ])
    ans = f"{n}개" if "구슬" in text else str(n)
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "word", difficulty=3,
                   achievement_level="B", concepts=["나눗셈", "몫", "나머지"],
                   check=lambda: divmod(n, d) == (q, r))


@family("4수01-06", "largest-remainder")
def _largest_rem(rng: random.Random) -> Problem:
    d = rng.randint(3, 9)
    q = rng.randint(10, 30)
    kind = rng.choice(["max-rem", "max-dividend", "min-dividend"])
    if kind == "max-rem":
        text = rng.choice([
            f"어떤 수를 {d}{_p(str(d), '으로/로')} 나누었을 때 나올 수 있는 나머지 중에서 가장 큰 수는 얼마입니까?",
            f"□ ÷ {d}에서 나머지가 될 수 있는 수를 모두 쓰시오.",
        ])
        ans = str(d - 1) if "가장 큰" in text else ", ".join(str(i) for i in range(1, d))
        if "모두" in text:
            text = text.replace("나머지가 될 수 있는 수를", "나누어떨어지지 않을 때 나머지가 될 수 있는 수를")
        return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B",
                       concepts=["나머지"], check=lambda: all(r < d for r in range(1, d)))
    if kind == "max-dividend":
        n = d * q + d - 1
        text = f"다음 나눗셈에서 ○ 안에 들어갈 수 있는 가장 큰 자연수는 얼마입니까?\n○ ÷ {d} = {q} ··· □" \
            if rng.random() < 0.5 else f"{d}{_p(str(d), '으로/로')} 나누었을 때 몫이 {josa(str(q), '이/가')} 되는 자연수 중에서 가장 큰 수를 구하세요."
        return Problem(text=text, answer=str(n), format="fill", difficulty=4, achievement_level="A",
                       concepts=["나머지", "몫"], check=lambda: n // d == q and (n + 1) // d != q)
    n = d * q + 1
    text = f"{d}{_p(str(d), '으로/로')} 나누었을 때 몫이 {josa(str(q), '이/가')} 되고 나누어떨어지지 않는 수 중에서 가장 작은 수는 얼마입니까?"
    return Problem(text=text, answer=str(n), format="word", difficulty=4, achievement_level="A",
                   concepts=["나머지", "나누어떨어진다"], check=lambda: n // d == q and n % d == 1)


@family("4수01-06", "divisible-mcq")
def _divisible_mcq(rng: random.Random) -> Problem:
    want_exact = rng.random() < 0.6
    good = _div1(rng, rem=not want_exact)
    bad = []
    seen = {(good[0], good[1])}
    while len(bad) < 4:
        t = _div1(rng, rem=want_exact, three=good[0] >= 100)
        if (t[0], t[1]) not in seen:
            seen.add((t[0], t[1]))
            bad.append(t)
    ch = choices(rng, f"{good[0]} ÷ {good[1]}", [f"{t[0]} ÷ {t[1]}" for t in bad])
    text = rng.choice([
        f"나누어떨어지는 나눗셈은 어느 것입니까?\n{ch.block}" if want_exact else f"나누어떨어지지 않는 나눗셈은 어느 것입니까?\n{ch.block}",
        f"다음 중 나머지가 {'0인' if want_exact else '있는'} 나눗셈을 고르세요.\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["나누어떨어진다", "나머지"], choice=ch,
                   check=lambda: sum((int(o.split(" ÷ ")[0]) % int(o.split(" ÷ ")[1]) == 0) == want_exact for o in ch.options) == 1)


@family("4수01-06", "explain-remainder-too-big")
def _explain_rem(rng: random.Random) -> Problem:
    n, d, q, r = _div1(rng, rem=True, three=False)
    while r + d >= 10 or q < 2:
        n, d, q, r = _div1(rng, rem=True, three=False)
    if q - 1 < 1:
        q, r = q, r
    wq, wr = q - 1, r + d
    w = name(rng)
    text = rng.choice([
        f"{josa(w, '은/는')} {n} ÷ {josa(str(d), '을/를')} 계산하여 몫을 {wq}, 나머지를 {wr}(이)라고 했습니다. 잘못된 점을 설명하고 바르게 계산하시오.",
        f"다음 계산이 틀린 까닭을 쓰고 바르게 고치세요.\n{n} ÷ {d} = {wq} ··· {wr}",
    ]).replace(f"{wr}(이)라고", f"{wr}{_p(str(wr), '이라/라')}고")
    return Problem(text=text, answer=f"나머지 {wr}가 나누는 수 {d}보다 크므로 더 나눌 수 있습니다. {n} ÷ {d} = {q} ··· {r}".replace(f"{wr}가", josa(str(wr), "이/가")),
                   format="proof", difficulty=3, achievement_level="A", concepts=["나머지", "몫"],
                   check=lambda: wq * d + wr == n and wr >= d and divmod(n, d) == (q, r))


@family("4수01-06", "wrong-divisor")
def _wrong_div(rng: random.Random) -> Problem:
    while True:
        d1, d2 = rng.sample(range(2, 10), 2)
        n = rng.randint(30, 99)
        q1, r1 = divmod(n, d1)
        q2, r2 = divmod(n, d2)
        if q2 >= 3 and q1 >= 3:
            break
    text = rng.choice([
        f"어떤 수를 {d1}{_p(str(d1), '으로/로')} 나누어야 할 것을 잘못하여 {d2}{_p(str(d2), '으로/로')} 나누었더니 몫이 {josa(str(q2), '이/가')} 되고 나머지가 {josa(str(r2), '이/가')} 되었습니다. 바르게 계산했을 때의 몫과 나머지를 구하시오.",
        f"{josa(name(rng), '은/는')} 어떤 수를 {d2}{_p(str(d2), '으로/로')} 나누어 몫 {q2}, 나머지 {josa(str(r2), '을/를')} 얻었습니다. 같은 수를 {d1}{_p(str(d1), '으로/로')} 나누면 몫과 나머지는 얼마입니까?",
    ])
    return Problem(text=text, answer=_qr(q1, r1), format="word", difficulty=5, achievement_level="A",
                   concepts=["나눗셈", "몫", "나머지"], check=lambda: q2 * d2 + r2 == q1 * d1 + r1)


# -- 4수01-07 나누는 수가 두 자리 수인 나눗셈 --------------------------------------------------
def _div2(rng: random.Random, three: bool | None = None, rem: bool | None = None,
          two_digit_q: bool | None = None) -> tuple[int, int, int, int]:
    three = rng.random() < 0.65 if three is None else three
    rem = rng.random() < 0.65 if rem is None else rem
    while True:
        d = rng.randint(11, 99)
        n = rng.randint(100, 999) if three else rng.randint(d + 1, 99) if d < 98 else 99
        q, r = divmod(n, d)
        if q < 1 or (r > 0) != rem:
            continue
        if two_digit_q is not None and (q >= 10) != two_digit_q:
            continue
        return n, d, q, r


@family("4수01-07", "divide-two-by-two")
def _d22(rng: random.Random) -> Problem:
    n, d, q, r = _div2(rng, three=False)
    while q < 2:
        n, d, q, r = _div2(rng, three=False)
    st = pick_style(rng, (0.3, 0.5, 0.2))
    text = rng.choice([
        f"계산을 하시오.\n{_x(st, n, '÷', d)}",
        f"{_x(st, n, '÷', d)}의 몫과 나머지를 구하세요.",
        f"{n}{_p(str(n), '을/를')} {d}{_p(str(d), '으로/로')} 나눈 몫과 나머지를 쓰시오.",
    ])
    return Problem(text=text, answer=_qr(q, r), format="computation", difficulty=2, achievement_level="C",
                   concepts=["나눗셈", "몫", "나머지"], check=lambda: d * q + r == n and r < d)


@family("4수01-07", "divide-three-by-two")
def _d32(rng: random.Random) -> Problem:
    n, d, q, r = _div2(rng, three=True, two_digit_q=rng.random() < 0.5)
    st = pick_style(rng, (0.3, 0.5, 0.2))
    text = rng.choice([
        f"나눗셈을 하시오.\n{_x(st, n, '÷', d)}",
        f"{_x(st, n, '÷', d)} = □ ··· △에서 □와 △에 알맞은 수를 구하시오.",
        f"세로셈으로 계산하고 몫과 나머지를 쓰세요.\n{_x(st, n, '÷', d)}",
    ])
    fmt = "fill" if "□" in text else "computation"
    ans = f"□ = {q}, △ = {r}" if fmt == "fill" else _qr(q, r)
    return Problem(text=text, answer=ans, format=fmt, difficulty=3 if q >= 10 else 2, achievement_level="B",
                   concepts=["나눗셈", "몫", "나머지"], check=lambda: n - q * d == r and 0 <= r < d)


@family("4수01-07", "packing-word")
def _pack(rng: random.Random) -> Problem:
    n, d, q, r = _div2(rng, three=True, rem=rng.random() < 0.7)
    d = min(d, 60)
    q, r = divmod(n, d)
    obj, c = rng.choice([("사과", "개"), ("달걀", "개"), ("귤", "개"), ("연필", "자루"), ("색종이", "장"), ("구슬", "개"), ("초콜릿", "개")])
    cont = rng.choice(["상자", "봉지", "바구니", "통"])
    text = rng.choice([
        f"{obj} {n}{c}{_p(c, '을/를')} 한 {cont}에 {d}{c}씩 담으려고 합니다. 몇 {cont}에 담을 수 있고, 몇 {c}{_p(c, '이/가')} 남습니까?",
        f"{obj} {n}{c}{_p(c, '이/가')} 있습니다. 한 {cont}에 {d}{c}씩 나누어 담으면 {cont}는 몇 개가 되고 남는 {obj}{_p(obj, '은/는')} 몇 {c}인가요?",
        f"학생 {d}명에게 {obj} {n}{c}{_p(c, '을/를')} 똑같이 나누어 주려고 합니다. 한 명에게 몇 {c}씩 줄 수 있고, 몇 {c}{_p(c, '이/가')} 남는지 구하시오.",
    ])
    if "학생" in text:
        ans = f"{q}{c}, {r}{c}"
    else:
        ans = f"{q}{cont}, {r}{c}" if "몇 " + cont + "에" in text else f"{q}개, {r}{c}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["나눗셈", "몫", "나머지"], check=lambda: q * d + r == n)


@family("4수01-07", "round-up-two-digit")
def _round_up2(rng: random.Random) -> Problem:
    n, d, q, _r = _div2(rng, three=True, rem=True)
    ctx = rng.choice([
        (f"학생 {n}명이 현장 체험 학습을 갑니다. 버스 한 대에 {d}명씩 탈 수 있다면 버스는 적어도 몇 대 필요합니까?", "대", "up"),
        (f"물 {n} L를 {d} L들이 물통에 모두 옮겨 담으려고 합니다. 물통은 적어도 몇 개 있어야 하나요?", "개", "up"),
        (f"리본 {n} cm를 {d} cm씩 잘라 꽃을 만들려고 합니다. 꽃은 최대 몇 개 만들 수 있습니까?", "개", "down"),
        (f"한 묶음에 {d}장인 색종이 묶음을 사서 {n}명에게 한 장씩 나누어 주려고 합니다. 색종이를 적어도 몇 묶음 사야 합니까?", "묶음", "up"),
        (f"{n}원으로 한 개에 {d}원인 사탕을 최대 몇 개까지 살 수 있을까요?", "개", "down"),
    ])
    text, unit, way = ctx
    ans = q + 1 if way == "up" else q
    return Problem(text=text, answer=f"{ans}{unit}", format="word", difficulty=4, achievement_level="A",
                   concepts=["나눗셈", "나머지"],
                   check=lambda: (ans * d >= n > (ans - 1) * d) if way == "up" else (ans * d <= n < (ans + 1) * d))


@family("4수01-07", "check-division-two-digit")
def _check2(rng: random.Random) -> Problem:
    n, d, q, r = _div2(rng, three=True, rem=True)
    text = rng.choice([
        f"□ 안에 알맞은 수를 써넣어 계산이 맞는지 확인하세요.\n{n} ÷ {d} = {q} ··· {r}\n{d} × {q} = □,  □ + {r} = □",
        f"{n} ÷ {josa(str(d), '을/를')} 계산하고, 계산한 결과가 맞는지 곱셈과 덧셈으로 확인하시오.",
        f"다음 나눗셈이 바르게 계산되었는지 확인하는 식을 쓰고, 맞으면 ○, 틀리면 ×표 하시오.\n{n} ÷ {d} = {q} ··· {r}",
    ])
    if "□" in text:
        ans, fmt = f"{d * q}, {d * q}, {n}", "fill"
    elif "○" in text:
        ans, fmt = f"{d} × {q} = {d * q}, {d * q} + {r} = {n}, ○", "proof"
    else:
        ans, fmt = f"{n} ÷ {d} = {q} ··· {r}, {d} × {q} = {d * q}, {d * q} + {r} = {n}", "proof"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B",
                   concepts=["나눗셈", "몫", "나머지"], check=lambda: d * q + r == n)


@family("4수01-07", "find-dividend-two-digit")
def _find_div2(rng: random.Random) -> Problem:
    n, d, q, r = _div2(rng, three=True, rem=True)
    kind = rng.choice(["exact", "max"])
    if kind == "exact":
        text = rng.choice([
            f"어떤 수를 {d}{_p(str(d), '으로/로')} 나누었더니 몫이 {josa(str(q), '이/가')} 되고 나머지가 {josa(str(r), '이/가')} 되었습니다. 어떤 수는 얼마입니까?",
            f"□ 안에 알맞은 수를 써넣으세요.\n□ ÷ {d} = {q} ··· {r}",
        ])
        return Problem(text=text, answer=str(n), format="fill" if "□" in text else "word", difficulty=3,
                       achievement_level="B", concepts=["나눗셈", "나머지"], check=lambda: divmod(n, d) == (q, r))
    big = d * q + d - 1
    text = rng.choice([
        f"{d}{_p(str(d), '으로/로')} 나누었을 때 몫이 {josa(str(q), '이/가')} 되는 세 자리 수 중에서 가장 큰 수를 구하시오.",
        f"다음 나눗셈에서 나누어지는 수가 될 수 있는 가장 큰 수를 구하세요.\n□ ÷ {d} = {q} ··· ○",
    ])
    if big > 999:
        big = 999
        text = f"{d}{_p(str(d), '으로/로')} 나누었을 때 몫이 {josa(str(q), '이/가')} 되는 세 자리 수 중에서 가장 큰 수를 구하시오."
    return Problem(text=text, answer=str(big), format="word", difficulty=5, achievement_level="A",
                   concepts=["나눗셈", "나머지"], check=lambda: big // d == q and ((big + 1) // d != q or big == 999))


@family("4수01-07", "two-digit-quotient-mcq")
def _quot_digits(rng: random.Random) -> Problem:
    want_two = rng.random() < 0.5
    good = _div2(rng, three=True, two_digit_q=want_two)
    bad = []
    seen = {(good[0], good[1])}
    while len(bad) < 4:
        t = _div2(rng, three=True, two_digit_q=not want_two)
        if (t[0], t[1]) not in seen:
            seen.add((t[0], t[1]))
            bad.append(t)
    ch = choices(rng, f"{good[0]} ÷ {good[1]}", [f"{t[0]} ÷ {t[1]}" for t in bad])
    text = rng.choice([
        f"몫이 {'두' if want_two else '한'} 자리 수인 나눗셈은 어느 것입니까?\n{ch.block}",
        f"계산하지 않고 몫의 자리 수를 어림해 보세요. 몫이 {'두 자리 수가 되는' if want_two else '한 자리 수가 되는'} 것을 고르시오.\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["나눗셈", "몫"], choice=ch,
                   check=lambda: sum((int(o.split(" ÷ ")[0]) // int(o.split(" ÷ ")[1]) >= 10) == want_two for o in ch.options) == 1)


@family("4수01-07", "swapped-divisor")
def _swapped(rng: random.Random) -> Problem:
    while True:
        a, b = rng.sample(range(1, 10), 2)
        d_right, d_wrong = 10 * a + b, 10 * b + a
        if d_wrong < 11 or d_right < 11:
            continue
        n = rng.randint(200, 999)
        q1, r1 = divmod(n, d_right)
        q2, r2 = divmod(n, d_wrong)
        if q2 >= 2 and q1 >= 2:
            break
    text = rng.choice([
        f"어떤 수를 {d_right}{_p(str(d_right), '으로/로')} 나누어야 할 것을 잘못하여 두 자리 숫자를 바꾼 {d_wrong}{_p(str(d_wrong), '으로/로')} 나누었더니 몫이 {josa(str(q2), '이/가')} 되고 나머지가 {josa(str(r2), '이/가')} 되었습니다. 바르게 계산한 몫과 나머지를 구하시오.",
        f"{josa(name(rng), '은/는')} 어떤 수를 {d_wrong}{_p(str(d_wrong), '으로/로')} 나누어 몫 {q2}, 나머지 {josa(str(r2), '을/를')} 얻었습니다. 같은 수를 {d_right}{_p(str(d_right), '으로/로')} 나누었을 때의 몫과 나머지는 각각 얼마인가요?",
    ])
    return Problem(text=text, answer=_qr(q1, r1), format="word", difficulty=5, achievement_level="A",
                   concepts=["나눗셈", "몫", "나머지"], check=lambda: d_wrong * q2 + r2 == d_right * q1 + r1)


@family("4수01-07", "adjust-estimated-quotient")
def _adjust(rng: random.Random) -> Problem:
    while True:
        n, d, q, r = _div2(rng, three=rng.random() < 0.5)
        if q <= 9 and q >= 2:
            break
    too_big = rng.random() < 0.5
    guess = q + 1 if too_big else q - 1
    w = name(rng)
    prod = d * guess
    if too_big:
        text = rng.choice([
            f"{josa(w, '은/는')} {n} ÷ {josa(str(d), '을/를')} 계산하려고 몫을 {guess}(으)로 어림하고 {d} × {guess} = {josa(str(prod), '을/를')} 계산했습니다. 몫을 어떻게 고쳐야 하는지 설명하고, 바른 몫과 나머지를 구하시오.",
            f"{n} ÷ {d}의 몫을 {guess}{_p(str(guess), '이라/라')}고 하면 {d} × {guess} = {josa(str(prod), '이/가')} 되어 {n}보다 큽니다. 몫을 얼마로 고쳐야 하는지 설명하고 계산을 마무리하세요.",
        ])
    else:
        text = rng.choice([
            f"{josa(w, '은/는')} {n} ÷ {josa(str(d), '을/를')} 계산하면서 몫을 {guess}(으)로 정했더니 {n} − {d * guess} = {josa(str(n - d * guess), '이/가')} 남았습니다. 무엇이 잘못되었는지 설명하고 바르게 계산하시오.",
            f"{n} ÷ {d}에서 몫을 {guess}{_p(str(guess), '이라/라')}고 하면 나머지가 {josa(str(n - prod), '이/가')} 되어 {d}보다 큽니다. 몫을 어떻게 고쳐야 하는지 설명하세요.",
        ])
    text = text.replace(f"{guess}(으)로", f"{guess}{_p(str(guess), '으로/로')}")
    why = f"{d} × {guess} = {prod}{_p(str(prod), '이/가')} {n}보다 크므로 몫을 1 작게" if too_big else \
        f"나머지 {n - prod}{_p(str(n - prod), '이/가')} {d}보다 크거나 같으므로 몫을 1 크게"
    return Problem(text=text, answer=f"{why} 합니다. {n} ÷ {d} = {q} ··· {r}", format="proof", difficulty=4,
                   achievement_level="A", concepts=["나눗셈", "몫"],
                   check=lambda: ((d * guess > n) if too_big else (n - d * guess >= d)) and divmod(n, d) == (q, r))


# -- 4수01-08 자연수의 어림셈 ----------------------------------------------------------------
def _near(n: int, unit: int) -> int:
    """The nearest multiple of ``unit`` (callers avoid exact halves)."""
    return (n + unit // 2) // unit * unit


def _rough(rng: random.Random, lo: int, hi: int, unit: int) -> int:
    """A number in [lo, hi] that is not exactly halfway between two multiples of ``unit``
    and not itself a multiple (so 'about how much' has one clear answer)."""
    while True:
        n = rng.randint(lo, hi)
        m = n % unit
        if m != 0 and abs(m - unit // 2) > unit // 10:
            return n


@family("4수01-08", "estimate-sum-difference")
def _est_add(rng: random.Random) -> Problem:
    unit = rng.choice([100, 100, 1000]) if rng.random() < 0.8 else 10
    lo, hi = {10: (21, 99), 100: (120, 980), 1000: (1200, 9800)}[unit]
    a, b = _rough(rng, lo, hi, unit), _rough(rng, lo, hi, unit)
    add = rng.random() < 0.55
    if not add and _near(a, unit) <= _near(b, unit):
        a, b = max(a, b), min(a, b)
        if _near(a, unit) <= _near(b, unit):
            add = True
    ea, eb = _near(a, unit), _near(b, unit)
    est = ea + eb if add else ea - eb
    sym = "+" if add else "−"
    uname = {10: "몇십", 100: "몇백", 1000: "몇천"}[unit]
    text = rng.choice([
        f"{a} {sym} {josa(str(b), '을/를')} 각 수를 가장 가까운 {uname}으로 어림하여 계산하면 약 얼마입니까?",
        f"어림셈을 하려고 합니다. □ 안에 알맞은 수를 써넣으세요.\n{a} {sym} {b}  →  약 □ {sym} □ = □",
        f"{a} {sym} {b}의 계산 결과를 {uname}으로 어림해 보세요.",
    ])
    if "□" in text:
        ans, fmt = f"{ea}, {eb}, {est}", "fill"
    else:
        ans, fmt = f"약 {est}", "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="C",
                   concepts=["어림셈", "어림"], check=lambda: abs(ea - a) < unit / 2 and abs(eb - b) < unit / 2)


@family("4수01-08", "estimate-product")
def _est_mul(rng: random.Random) -> Problem:
    a = _rough(rng, 12, 98, 10) if rng.random() < 0.6 else _rough(rng, 120, 980, 100)
    b = _rough(rng, 12, 98, 10) if rng.random() < 0.5 else rng.randint(3, 9)
    ua = 10 if a < 100 else 100
    ea = _near(a, ua)
    eb = _near(b, 10) if b >= 10 else b
    est = ea * eb
    ctx = rng.random() < 0.5
    if ctx:
        item = rng.choice(["공책", "우유", "빵", "입장권"])
        text = rng.choice([
            f"한 개에 {a}원인 {josa(item, '을/를')} {b}개 사려고 합니다. 필요한 돈은 약 얼마인지 어림하여 구하시오.",
            f"{item} 한 개의 값이 {a}원입니다. {b}개의 값은 대략 얼마쯤일지 어림셈으로 구하세요.",
        ]) if a >= 100 else rng.choice([
            f"한 상자에 {a}개씩 들어 있는 귤이 {b}상자 있습니다. 귤은 약 몇 개인지 어림하여 구하시오.",
            f"한 줄에 {a}명씩 {b}줄로 서 있습니다. 모두 약 몇 명인지 어림셈으로 알아보세요.",
        ])
        ans = f"약 {est}원" if a >= 100 else f"약 {est}" + ("개" if "귤" in text else "명")
        return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                       concepts=["어림셈"], check=lambda: abs(est - a * b) <= max(a, b) * 10 + 100 * b)
    text = rng.choice([
        f"{a} × {josa(str(b), '을/를')} 어림하여 계산하면 약 얼마입니까?",
        f"□ 안에 알맞은 수를 써넣어 {a} × {b}의 곱을 어림하세요.\n{a} × {b} → 약 □ × □ = □",
    ])
    if "□" in text:
        return Problem(text=text, answer=f"{ea}, {eb}, {est}", format="fill", difficulty=2, achievement_level="C",
                       concepts=["어림셈"], check=lambda: ea % ua == 0 and abs(ea - a) < ua / 2)
    return Problem(text=text, answer=f"약 {est}", format="computation", difficulty=2, achievement_level="C",
                   concepts=["어림셈"], check=lambda: ea % ua == 0 and abs(ea - a) < ua / 2)


@family("4수01-08", "estimate-quotient")
def _est_div(rng: random.Random) -> Problem:
    d = rng.randint(3, 9)
    qe = rng.randint(2, 9) * 10
    base = d * qe
    n = base + rng.choice([-1, 1]) * rng.randint(1, max(1, d // 2 + 1))
    text = rng.choice([
        f"{n} ÷ {d}의 몫은 약 얼마인지 어림해 보세요.",
        f"{n}{_p(str(n), '을/를')} {d}{_p(str(d), '으로/로')} 나눈 몫을 가까운 몇십으로 어림하면 약 얼마입니까?",
        f"사탕 {n}개를 {d}명에게 똑같이 나누어 주면 한 명이 약 몇 개씩 받게 되는지 어림하여 구하시오.",
    ])
    ans = f"약 {qe}" + ("개" if "사탕" in text else "")
    return Problem(text=text, answer=ans, format="word" if "사탕" in text else "computation", difficulty=3,
                   achievement_level="B", concepts=["어림셈", "몫"], check=lambda: abs(n / d - qe) < 1)


@family("4수01-08", "reasonable-result-mcq")
def _reasonable(rng: random.Random) -> Problem:
    kind = rng.choice(["+", "−", "×", "÷"])
    if kind == "+":
        a, b = rng.randint(120, 980), rng.randint(120, 980)
        right = a + b
    elif kind == "−":
        a, b = rng.randint(500, 999), rng.randint(110, 480)
        right = a - b
    elif kind == "×":
        a, b = rng.randint(12, 98), rng.randint(12, 98)
        right = a * b
    else:
        b = rng.randint(3, 9)
        right = rng.randint(12, 99)
        a = b * right
    if kind == "÷":
        wrong = [right * 10, right // 10 if right >= 20 else right + 50, right * 2 + 1, right * 3]
    else:
        wrong = [right * 10, right // 10, right * 2 + rng.randint(1, 9), right // 2 - rng.randint(1, 9)]
    wrong = [w for w in wrong if w > 0 and w != right]
    ch = choices(rng, str(right), [str(w) for w in wrong], n=min(5, len(wrong) + 1), sort_key=int)
    text = rng.choice([
        f"계산하지 않고 어림하여 {a} {kind} {b}의 값으로 가장 알맞은 것을 고르시오.\n{ch.block}",
        f"어림셈을 이용하여 {a} {kind} {b}의 계산 결과로 알맞은 것을 찾으세요.\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["어림셈"], choice=ch,
                   check=lambda: int(ch.options[ch.correct]) == {"+": a + b, "−": a - b, "×": a * b, "÷": a // b}[kind])


@family("4수01-08", "budget-decision")
def _budget(rng: random.Random) -> Problem:
    while True:
        prices = [rng.choice(range(1020, 4980, 10)) for _ in range(rng.choice([2, 3]))]
        budget = rng.choice([5000, 8000, 10000, 12000])
        total = sum(prices)
        est_hi = sum((p + 999) // 1000 * 1000 for p in prices)  # every price taken up to the next 천
        est_lo = sum(p // 1000 * 1000 for p in prices)
        if est_hi <= budget or est_lo > budget:  # estimation alone decides
            break
    items = rng.sample(["색연필", "스케치북", "물감", "필통", "가위", "자", "풀", "공책"], len(prices))
    w = name(rng)
    lst = ", ".join(f"{it} {p}원" for it, p in zip(items, prices, strict=True))
    can = total <= budget
    text = rng.choice([
        f"{josa(w, '은/는')} {budget}원을 가지고 문구점에 갔습니다. {josa(lst, '을/를')} 모두 사려고 합니다. 가진 돈으로 모두 살 수 있는지 어림하여 판단하고, 그렇게 생각한 까닭을 쓰시오.",
        f"물건값이 {lst}입니다. {budget}원으로 이 물건들을 모두 살 수 있을까요? 정확히 계산하지 말고 어림하여 답하세요.",
    ])
    return Problem(text=text, answer="살 수 있습니다" if can else "살 수 없습니다", format="proof" if "까닭" in text else "word",
                   difficulty=4, achievement_level="A", concepts=["어림셈", "어림"],
                   check=lambda: (est_hi <= budget) == can or (est_lo > budget) == (not can))


@family("4수01-08", "capacity-threshold")
def _capacity(rng: random.Random) -> Problem:
    while True:
        k = rng.randint(3, 5)
        vals = [rng.randint(110, 490) for _ in range(k)]
        limit = rng.choice([1000, 1200, 1500, 2000])
        total = sum(vals)
        if abs(total - limit) >= 150:
            break
    ctx = rng.choice([
        ("상자", "kg", "최대 {L} kg까지 실을 수 있는 트럭에 무게가 {v}인 상자를 실으려고 합니다. 모두 실어도 될까요? 어림셈으로 판단하시오."),
        ("관람객", "명", "정원이 {L}명인 공연장에 학교별 관람 신청 인원이 {v}입니다. 모두 들어갈 수 있을지 어림하여 알아보세요."),
        ("물", "mL", "{L} mL 들이 물통에 {v}의 물을 차례로 부으려고 합니다. 물이 넘치지 않을지 어림하여 답하세요."),
    ])
    _, unit, tpl = ctx
    vs = ", ".join(f"{v} {unit}" if unit != "명" else f"{v}명" for v in vals)
    text = tpl.format(L=limit, v=vs)
    ok = total <= limit
    ans = ("실어도 됩니다" if ok else "실을 수 없습니다") if unit == "kg" else \
        ("모두 들어갈 수 있습니다" if ok else "모두 들어갈 수 없습니다") if unit == "명" else \
        ("넘치지 않습니다" if ok else "넘칩니다")
    return Problem(text=text, answer=f"{ans} (합이 약 {_near(total, 100)}{'명' if unit == '명' else ' ' + unit})",
                   format="word", difficulty=3, achievement_level="B", concepts=["어림셈"],
                   check=lambda: (sum(_near(v, 100) for v in vals) <= limit) == ok or abs(total - limit) >= 150)


@family("4수01-08", "over-threshold-mcq")
def _threshold_mcq(rng: random.Random) -> Problem:
    thr = rng.choice([500, 1000, 2000])
    over = rng.random() < 0.5
    exprs: list[tuple[str, int]] = []
    seen_vals: set[int] = set()

    def make() -> tuple[str, int]:
        k = rng.choice(["+", "×"])
        if k == "+":
            a = rng.randint(thr // 4, thr * 3 // 4)
            b = rng.randint(thr // 4, thr * 3 // 4)
            return f"{a} + {b}", a + b
        a = rng.randint(11, 99)
        b = rng.randint(max(2, thr // (a * 2)), max(3, thr * 2 // a))
        b = min(b, 99)
        return f"{a} × {b}", a * b
    while True:
        e = make()
        if abs(e[1] - thr) > thr // 10 and (e[1] > thr) == over:
            target = e
            break
    while len(exprs) < 4:
        e = make()
        if abs(e[1] - thr) > thr // 10 and (e[1] > thr) != over and e[1] not in seen_vals:
            seen_vals.add(e[1])
            exprs.append(e)
    ch = choices(rng, target[0], [e[0] for e in exprs])
    text = rng.choice([
        f"어림하여 계산 결과가 {thr}보다 {'큰' if over else '작은'} 것을 찾으시오.\n{ch.block}",
        f"계산 결과가 {thr}{_p(str(thr), '을/를')} {'넘는' if over else '넘지 않는'} 식은 어느 것입니까? 어림셈으로 알아보세요.\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["어림셈"], choice=ch,
                   check=lambda: sum((eval(o.replace("×", "*")) > thr) == over for o in ch.options) == 1)


@family("4수01-08", "check-answer-by-estimation")
def _check_est(rng: random.Random) -> Problem:
    kind = rng.choice(["×", "+", "÷"])
    if kind == "×":
        a, b = _rough(rng, 21, 98, 10), _rough(rng, 21, 98, 10)
        right = a * b
        claimed = right * 10 if rng.random() < 0.5 else right // 10
        est = _near(a, 10) * _near(b, 10)
    elif kind == "+":
        a, b = _rough(rng, 120, 980, 100), _rough(rng, 120, 980, 100)
        right = a + b
        claimed = right + 1000 if rng.random() < 0.5 else abs(right - 1000) if right > 1100 else right + 900
        est = _near(a, 100) + _near(b, 100)
    else:
        b = rng.randint(3, 9)
        right = rng.randint(21, 98)
        a = b * right
        claimed = right * 10 if rng.random() < 0.5 else right + 100
        est = _near(a, 10 * b) // b if a >= 10 * b else right
    w = name(rng)
    text = rng.choice([
        f"{josa(w, '은/는')} {a} {kind} {josa(str(b), '을/를')} 계산하여 {josa(str(claimed), '이/가')} 나왔다고 합니다. 어림셈을 이용하여 {w}의 답이 알맞은지 판단하고 그 까닭을 쓰시오.",
        f"계산기로 {a} {kind} {josa(str(b), '을/를')} 누른 결과가 {claimed}로 나왔습니다. 버튼을 잘못 눌렀는지 어림하여 확인하고 까닭을 설명하세요.",
    ])
    text = text.replace(f"{claimed}로 나왔", f"{claimed}{_p(str(claimed), '으로/로')} 나왔")
    return Problem(text=text, answer=f"알맞지 않습니다 (어림한 값이 약 {est}이므로 {claimed}와 차이가 큽니다)".replace(f"{claimed}와", josa(str(claimed), "과/와")),
                   format="proof", difficulty=4, achievement_level="A", concepts=["어림셈"],
                   check=lambda: abs(claimed - right) > right * 0.4)


# -- 4수01-09 분수의 뜻, 읽고 쓰기 -----------------------------------------------------------
_WHOLE_THINGS = [("피자", "조각"), ("케이크", "조각"), ("색 테이프", "도막"), ("피자 한 판", "조각"),
                 ("밭", "칸"), ("초콜릿 한 판", "칸"), ("수박", "조각"), ("텃밭", "구역"), ("떡", "조각")]


def _frac_read(num: int, den: int) -> str:
    return f"{_read_int(den)}분의 {_read_int(num)}"


@family("4수01-09", "part-of-whole")
def _part_whole(rng: random.Random) -> Problem:
    den = rng.randint(3, 12)
    k = rng.randint(1, den - 1)
    thing, piece = rng.choice(_WHOLE_THINGS)
    w = name(rng)
    st = pick_style(rng, (0.4, 0.0, 0.6))
    ask_left = rng.random() < 0.4
    verb = rng.choice(["먹었습니다", "사용했습니다", "색칠했습니다"]) if piece != "구역" else "채소를 심었습니다"
    if piece == "구역":
        text = f"{josa(thing, '을/를')} 똑같이 {den}{piece}으로 나누어 그중 {k}{piece}에 채소를 심었습니다. "
    else:
        text = f"{josa(w, '은/는')} {josa(thing, '을/를')} 똑같이 {den}{piece}으로 나누어 그중 {k}{piece}{_p(piece, '을/를')} {verb}. "
    text = text.replace(f"{den}{piece}으로", f"{den}{piece}{_p(piece, '으로/로')}")
    part = den - k if ask_left else k
    q = "남은 부분" if ask_left else ("채소를 심은 부분" if piece == "구역" else "그 부분")
    text += rng.choice([
        f"{josa(q, '은/는')} 전체의 얼마인지 분수로 나타내시오.",
        f"{josa(q, '을/를')} 분수로 쓰고 읽어 보세요.",
        f"{josa(q, '은/는')} 전체를 똑같이 {den}{_p(str(den), '으로/로')} 나눈 것 중의 몇인지 분수로 쓰세요.",
    ])
    ans = f"{part}/{den}" + (f" ({_frac_read(part, den)})" if "읽어" in text else "")
    return Problem(text=text, answer=ans, format="word", difficulty=1 if not ask_left else 2,
                   achievement_level="C" if not ask_left else "B", concepts=["분수", "분모", "분자"],
                   check=lambda: Fraction(part, den) + Fraction(den - part, den) == 1 and st in ("latex", "plain"))


@family("4수01-09", "read-write-fraction")
def _read_write(rng: random.Random) -> Problem:
    den = rng.randint(2, 15)
    num = rng.randint(1, den - 1)
    st = pick_style(rng, (0.5, 0.0, 0.5))
    f_ = _f(num, den, st)
    if rng.random() < 0.5:
        text = rng.choice([
            f"분수 {f_}{_pf(num, '을/를')} 읽어 보세요.",
            f"{f_}{_pf(num, '을/를')} 어떻게 읽는지 쓰시오.",
            f"다음 분수를 읽으시오.\n{f_}",
        ])
        return Problem(text=text, answer=_frac_read(num, den), format="computation", difficulty=1,
                       achievement_level="C", concepts=["분수"], check=lambda: _parse_reading(_read_int(den)) == den)
    r = _frac_read(num, den)
    text = rng.choice([
        f"'{r}'{_p(r, '을/를')} 분수로 쓰시오.",
        f"{josa(r, '을/를')} 분수로 나타내세요.",
        f"선생님께서 칠판에 \"{r}\"라고 쓰셨습니다. 이것을 분수로 쓰면 무엇입니까?",
    ])
    return Problem(text=text, answer=f"{num}/{den}", format="computation", difficulty=1, achievement_level="C",
                   concepts=["분수", "분모", "분자"], check=lambda: _parse_reading(r.split("분의 ")[1]) == num)


@family("4수01-09", "numerator-denominator")
def _num_den(rng: random.Random) -> Problem:
    den = rng.randint(3, 15)
    num = rng.randint(1, den - 1)
    st = pick_style(rng, (0.5, 0.0, 0.5))
    kind = rng.choice(["make", "identify", "sum"])
    if kind == "make":
        text = rng.choice([
            f"분모가 {den}이고 분자가 {num}인 분수를 쓰시오.",
            f"분모가 {den}, 분자가 {num}인 분수를 쓰시오.",
            f"분자가 {num}, 분모가 {den}인 분수는 무엇입니까?",
            f"전체를 똑같이 {den}{_p(str(den), '으로/로')} 나눈 것 중의 {josa(str(num), '을/를')} 나타내는 분수를 쓰세요.",
        ])
        return Problem(text=text, answer=f"{num}/{den}", format="fill", difficulty=1, achievement_level="C",
                       concepts=["분모", "분자"], check=lambda: num < den)
    f_ = _f(num, den, st)
    if kind == "identify":
        which = rng.choice(["분모", "분자"])
        text = rng.choice([
            f"분수 {f_}에서 {josa(which, '은/는')} 얼마입니까?",
            f"{f_}의 {josa(which, '을/를')} 쓰세요.",
        ])
        val = den if which == "분모" else num
        return Problem(text=text, answer=str(val), format="fill", difficulty=1, achievement_level="C",
                       concepts=["분모", "분자"], check=lambda: val in (num, den))
    text = f"분수 {f_}에서 분모와 분자의 합은 얼마입니까? 또 분모는 전체를 몇으로 나눈 것을 뜻하는지 쓰시오."
    return Problem(text=text, answer=f"{num + den}, {den}", format="fill", difficulty=2, achievement_level="B",
                   concepts=["분모", "분자"], check=lambda: num + den > den)


@family("4수01-09", "fraction-situation-mcq")
def _frac_mcq(rng: random.Random) -> Problem:
    den = rng.randint(3, 9)
    num = rng.randint(1, den - 1)
    while num == den - num:
        num = rng.randint(1, den - 1)
    thing, piece = rng.choice([("피자", "조각"), ("케이크", "조각"), ("색종이", "칸"), ("리본", "도막")])
    st = pick_style(rng, (0.5, 0.0, 0.5))
    correct = f"{josa(thing, '을/를')} 똑같이 {den}{piece}{_p(piece, '으로/로')} 나눈 것 중 {num}{piece}"
    wrong = [
        f"{josa(thing, '을/를')} 똑같이 {num}{piece}{_p(piece, '으로/로')} 나눈 것 중 {den}{piece}" if num > 1 else f"{josa(thing, '을/를')} 똑같이 {den + 1}{piece}{_p(piece, '으로/로')} 나눈 것 중 {num}{piece}",
        f"{josa(thing, '을/를')} 똑같이 {den}{piece}{_p(piece, '으로/로')} 나눈 것 중 {den - num}{piece}",
        f"{josa(thing, '을/를')} 크기가 다르게 {den}{piece}{_p(piece, '으로/로')} 나눈 것 중 {num}{piece}",
        f"{josa(thing, '을/를')} 똑같이 {den + num}{piece}{_p(piece, '으로/로')} 나눈 것 중 {num}{piece}",
        f"{josa(thing, '을/를')} 똑같이 {den}{piece}{_p(piece, '으로/로')} 나눈 것 중 {num + 1}{piece}" if num + 1 < den else f"{josa(thing, '을/를')} 똑같이 {den * 2}{piece}{_p(piece, '으로/로')} 나눈 것 중 {num}{piece}",
        f"{josa(thing, '을/를')} 똑같이 {den + 2}{piece}{_p(piece, '으로/로')} 나눈 것 중 {num + 1}{piece}",
        f"{josa(thing, '을/를')} 크기가 다르게 {den}{piece}{_p(piece, '으로/로')} 나눈 것 중 {den - num}{piece}",
    ]
    ch = choices(rng, correct, wrong)
    text = rng.choice([
        f"{_f(num, den, st)}만큼을 나타내는 것은 어느 것입니까?\n{ch.block}",
        f"다음 중 분수 {_f(num, den, st)}{_pf(num, '을/를')} 바르게 나타낸 것을 고르시오.\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["분수"], choice=ch, check=lambda: "크기가 다르게" not in ch.options[ch.correct])


@family("4수01-09", "fraction-of-set")
def _frac_set(rng: random.Random) -> Problem:
    g = rng.randint(2, 6)
    groups = rng.randint(3, 8)
    total = g * groups
    k = rng.randint(1, groups - 1)
    obj, c = rng.choice([("구슬", "개"), ("사탕", "개"), ("연필", "자루"), ("달걀", "개"), ("딸기", "개"), ("공책", "권")])
    text = rng.choice([
        f"{obj} {total}{c}{_p(c, '을/를')} {g}{c}씩 묶었습니다. {g * k}{c}{_p(c, '은/는')} 전체 묶음의 몇 분의 몇입니까?",
        f"{obj} {total}{c}{_p(c, '을/를')} 한 묶음에 {g}{c}씩 묶으면 {g * k}{c}{_p(c, '은/는')} {total}{c}의 얼마인지 분수로 나타내세요.",
        f"{g}{c}씩 묶은 {obj} {total}{c} 중에서 {g * k}{c}{_p(c, '을/를')} 친구에게 주었습니다. 준 {josa(obj, '은/는')} 전체의 얼마인지 분수로 쓰시오.",
    ])
    return Problem(text=text, answer=f"{k}/{groups}", format="word", difficulty=3, achievement_level="B",
                   concepts=["분수", "분모", "분자"], check=lambda: Fraction(g * k, total) == Fraction(k, groups))


@family("4수01-09", "fraction-of-quantity")
def _frac_qty(rng: random.Random) -> Problem:
    den = rng.randint(2, 9)
    num = rng.randint(1, den - 1)
    mult = rng.randint(2, 8)
    total = den * mult
    st = pick_style(rng, (0.5, 0.0, 0.5))
    kind = rng.choice(["bare", "time", "length", "things"])
    val = total * num // den
    if kind == "time" and 60 % den == 0:
        text = rng.choice([
            f"1시간의 {_f(num, den, st)}{_pf(num, '은/는')} 몇 분입니까?",
            f"{josa(name(rng), '은/는')} 1시간의 {_f(num, den, st)} 동안 책을 읽었습니다. 책을 읽은 시간은 몇 분일까요?",
        ])
        val = 60 * num // den
        return Problem(text=text, answer=f"{val}분", format="word", difficulty=3, achievement_level="B",
                       concepts=["분수"], check=lambda: Fraction(val, 60) == Fraction(num, den))
    if kind == "length":
        text = f"길이가 {total} cm인 끈의 {_f(num, den, st)}{_pf(num, '은/는')} 몇 cm입니까?"
        return Problem(text=text, answer=f"{val} cm", format="word", difficulty=3, achievement_level="B",
                       concepts=["분수"], check=lambda: Fraction(val, total) == Fraction(num, den))
    if kind == "things":
        obj, c = rng.choice([("귤", "개"), ("색종이", "장"), ("사탕", "개")])
        text = f"{obj} {total}{c}의 {_f(num, den, st)}{_pf(num, '을/를')} 동생에게 주었습니다. 동생에게 준 {josa(obj, '은/는')} 몇 {c}입니까?"
        return Problem(text=text, answer=f"{val}{c}", format="word", difficulty=3, achievement_level="B",
                       concepts=["분수"], check=lambda: Fraction(val, total) == Fraction(num, den))
    text = rng.choice([
        f"□ 안에 알맞은 수를 써넣으세요.\n{total}의 {_f(num, den, st)}{_pf(num, '은/는')} □입니다.",
        f"{total}의 {_f(num, den, st)}{_pf(num, '은/는')} 얼마입니까?",
    ])
    return Problem(text=text, answer=str(val), format="fill", difficulty=2, achievement_level="C",
                   concepts=["분수"], check=lambda: Fraction(val, total) == Fraction(num, den))


@family("4수01-09", "shaded-grid-description")
def _grid(rng: random.Random) -> Problem:
    shape = rng.choice([("정사각형", 4), ("정사각형", 9), ("직사각형", 6), ("직사각형", 8), ("원", 6), ("원", 8), ("직사각형", 10), ("직사각형", 12)])
    sname, den = shape
    k = rng.randint(1, den - 1)
    color = rng.choice(["파란색", "빨간색", "노란색", "초록색"])
    st = pick_style(rng, (0.5, 0.0, 0.5))
    ask = rng.choice(["colored", "blank", "both"])
    text = f"{josa(sname, '을/를')} 크기가 같은 {den}칸으로 나누고 그중 {k}칸을 {color}으로 색칠했습니다. "
    if ask == "colored":
        text += rng.choice(["색칠한 부분은 전체의 얼마입니까? 분수로 쓰세요.", "색칠한 부분을 분수로 나타내시오."])
        ans = f"{k}/{den}"
    elif ask == "blank":
        text += rng.choice(["색칠하지 않은 부분은 전체의 얼마인지 분수로 나타내세요.", "색칠하지 않은 부분을 분수로 쓰고 읽으시오."])
        ans = f"{den - k}/{den}" + (f" ({_frac_read(den - k, den)})" if "읽" in text else "")
    else:
        text += "색칠한 부분과 색칠하지 않은 부분을 각각 분수로 나타내시오."
        ans = f"{k}/{den}, {den - k}/{den}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1 if ask == "colored" else 2,
                   achievement_level="C" if ask == "colored" else "B", concepts=["분수", "분모", "분자"],
                   check=lambda: 0 < k < den and st != "unicode")


@family("4수01-09", "whole-from-part")
def _whole_from_part(rng: random.Random) -> Problem:
    den = rng.randint(2, 8)
    size = rng.randint(2, 9)
    kind = rng.choice(["unit", "count"])
    st = pick_style(rng, (0.5, 0.0, 0.5))
    if kind == "unit":
        text = rng.choice([
            f"어떤 끈의 {_f(1, den, st)}{_pf(1, '이/가')} {size} cm입니다. 끈 전체의 길이는 몇 cm입니까?",
            f"구슬 전체의 {_f(1, den, st)}{_pf(1, '이/가')} {size}개라면 구슬은 모두 몇 개입니까?",
        ])
        val = den * size
        ans = f"{val} cm" if "cm" in text else f"{val}개"
        return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                       concepts=["분수", "단위분수"], check=lambda: Fraction(size, val) == Fraction(1, den))
    num = rng.randint(2, den - 1) if den > 2 else 1
    text = rng.choice([
        f"{josa(name(rng), '이/가')} 가진 색종이의 {_f(num, den, st)}{_pf(num, '은/는')} {num * size}장입니다. 색종이는 모두 몇 장입니까?",
        f"전체의 {_f(num, den, st)}만큼이 {num * size}개일 때, 전체는 몇 개인지 구하시오.",
    ])
    ans = f"{den * size}장" if "색종이" in text else f"{den * size}개"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A",
                   concepts=["분수"], check=lambda: Fraction(num * size, den * size) == Fraction(num, den))


# -- 4수01-10 단위분수, 진분수, 가분수, 대분수 -----------------------------------------------
def _mixed_ans(w: int, n: int, d: int) -> str:
    return f"{josa(str(w), '과/와')} {n}/{d}" if n else str(w)


@family("4수01-10", "improper-to-mixed")
def _imp2mix(rng: random.Random) -> Problem:
    d = rng.randint(2, 12)
    w = rng.randint(1, 7)
    n = rng.randint(1, d - 1)
    top = w * d + n
    st = pick_style(rng, (0.5, 0.0, 0.5))
    text = rng.choice([
        f"가분수를 대분수로 나타내시오.\n{_f(top, d, st)}",
        f"{_f(top, d, st)}{_pf(top, '을/를')} 대분수로 나타내면 얼마입니까?",
        f"□ 안에 알맞은 수를 써넣으세요.\n{_f(top, d, st)} = □와 □/□",
        f"물 {_f(top, d, st)} L를 대분수로 나타내어 보세요.",
    ])
    ans = f"{w}, {n}, {d}" if "□" in text else _mixed_ans(w, n, d) + (" L" if "L" in text else "")
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "computation", difficulty=2,
                   achievement_level="C" if top < 30 else "B", concepts=["가분수", "대분수"],
                   check=lambda: Fraction(top, d) == w + Fraction(n, d))


@family("4수01-10", "mixed-to-improper")
def _mix2imp(rng: random.Random) -> Problem:
    d = rng.randint(2, 12)
    w = rng.randint(1, 8)
    n = rng.randint(1, d - 1)
    st = pick_style(rng, (0.5, 0.0, 0.5))
    m = _mx(w, n, d, st)
    text = rng.choice([
        f"대분수를 가분수로 나타내시오.\n{m}",
        f"{m}{_pf(n, '을/를')} 가분수로 나타내세요.",
        f"{m}{_pf(n, '은/는')} 1/{d}이 몇 개인 수입니까? 가분수로도 나타내어 보세요.",
    ])
    top = w * d + n
    ans = f"{top}개, {top}/{d}" if "몇 개" in text else f"{top}/{d}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="C" if "몇 개" not in text else "B",
                   concepts=["가분수", "대분수", "단위분수"], check=lambda: Fraction(top, d) - w == Fraction(n, d))


@family("4수01-10", "classify-fraction-mcq")
def _classify(rng: random.Random) -> Problem:
    kind = rng.choice(["가분수", "진분수", "대분수", "단위분수"])
    st = pick_style(rng, (0.3, 0.0, 0.7))

    def make(k: str) -> str:
        d = rng.randint(3, 12)
        if k == "가분수":
            return _f(rng.randint(d, d * 3), d, st)
        if k == "진분수":
            return _f(rng.randint(2, d - 1), d, st)
        if k == "단위분수":
            return _f(1, d, st)
        return _mx(rng.randint(1, 5), rng.randint(1, d - 1), d, st)
    correct = make(kind)
    others = [k for k in ("가분수", "진분수", "대분수", "단위분수") if k != kind]
    if kind == "진분수":
        others = [k for k in others if k != "단위분수"]
    wrong: list[str] = []
    while len(wrong) < 4:
        x = make(rng.choice(others))
        if x not in wrong and x != correct:
            wrong.append(x)
    ch = choices(rng, correct, wrong)
    text = rng.choice([
        f"{josa(kind, '은/는')} 어느 것입니까?\n{ch.block}",
        f"다음 중 {josa(kind, '을/를')} 찾아 번호를 쓰시오.\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="C",
                   concepts=[kind, "분수"], choice=ch, check=lambda: ch.options[ch.correct] == correct)


@family("4수01-10", "count-fractions")
def _count_fracs(rng: random.Random) -> Problem:
    kind = rng.choice(["proper-den", "improper-num", "improper-den-range", "mixed-fixed"])
    if kind == "proper-den":
        d = rng.randint(4, 15)
        text = rng.choice([
            f"분모가 {d}인 진분수는 모두 몇 개입니까?",
            f"분모가 {d}인 진분수를 모두 쓰면 몇 개일까요?",
        ])
        cnt = sum(1 for n in range(1, 100) if n < d)
        return Problem(text=text, answer=f"{cnt}개", format="word", difficulty=3, achievement_level="B",
                       concepts=["진분수", "분모"], check=lambda: cnt == d - 1)
    if kind == "improper-num":
        n = rng.randint(4, 15)
        text = rng.choice([
            f"분자가 {n}인 가분수는 모두 몇 개입니까? (분모는 1보다 큰 자연수입니다.)",
            f"분자가 {n}이고 분모가 2 이상인 가분수를 모두 찾으면 몇 개인가요?",
        ])
        cnt = sum(1 for dd in range(2, 100) if n >= dd)
        return Problem(text=text, answer=f"{cnt}개", format="word", difficulty=3, achievement_level="B",
                       concepts=["가분수", "분자"], check=lambda: cnt == n - 1)
    if kind == "improper-den-range":
        d = rng.randint(3, 9)
        hi = rng.randint(d + 3, d + 12)
        text = f"분모가 {d}인 가분수 중에서 분자가 {hi} 이하인 분수는 모두 몇 개입니까?"
        cnt = sum(1 for n in range(1, hi + 1) if n >= d)
        return Problem(text=text, answer=f"{cnt}개", format="word", difficulty=4, achievement_level="A",
                       concepts=["가분수"], check=lambda: cnt == hi - d + 1)
    w = rng.randint(1, 5)
    d = rng.randint(4, 11)
    text = f"자연수 부분이 {w}이고 분모가 {d}인 대분수는 모두 몇 개입니까?"
    cnt = d - 1
    return Problem(text=text, answer=f"{cnt}개", format="word", difficulty=3, achievement_level="B",
                   concepts=["대분수"], check=lambda: cnt == len(range(1, d)))


@family("4수01-10", "unit-fraction-count")
def _unit_count(rng: random.Random) -> Problem:
    d = rng.randint(2, 12)
    k = rng.randint(d + 1, d * 4)
    st = pick_style(rng, (0.5, 0.0, 0.5))
    w, r = divmod(k, d)
    kind = rng.choice(["count", "make"])
    if kind == "count":
        text = rng.choice([
            f"□ 안에 알맞은 수를 써넣으세요.\n{_f(k, d, st)}{_pf(k, '은/는')} {_f(1, d, st)}이 □개입니다.",
            f"{_f(k, d, st)}{_pf(k, '은/는')} 단위분수 {_f(1, d, st)}이 몇 개인 수입니까?",
        ])
        return Problem(text=text, answer=str(k) if "□" in text else f"{k}개", format="fill", difficulty=1,
                       achievement_level="C", concepts=["단위분수", "가분수"], check=lambda: Fraction(k, d) / Fraction(1, d) == k)
    text = rng.choice([
        f"{_f(1, d, st)}이 {k}개인 수를 가분수와 대분수로 각각 나타내시오.",
        f"단위분수 {_f(1, d, st)}이 {k}개 모이면 얼마입니까? 대분수로 쓰세요.",
    ])
    ans = (f"{k}/{d}, " if "가분수와" in text else "") + (_mixed_ans(w, r, d))
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="B",
                   concepts=["단위분수", "가분수", "대분수"], check=lambda: Fraction(k, d) == w + Fraction(r, d))


@family("4수01-10", "natural-as-improper")
def _nat_improper(rng: random.Random) -> Problem:
    n = rng.randint(1, 6)
    d = rng.randint(2, 10)
    st = pick_style(rng, (0.5, 0.0, 0.5))
    kind = rng.choice(["to", "from"])
    if kind == "to":
        text = rng.choice([
            f"자연수 {josa(str(n), '을/를')} 분모가 {d}인 가분수로 나타내시오.",
            f"□ 안에 알맞은 수를 써넣으세요.\n{n} = □/{d}",
        ])
        return Problem(text=text, answer=f"{n * d}/{d}" if "□" not in text else str(n * d), format="fill",
                       difficulty=2, achievement_level="B", concepts=["가분수", "자연수"], check=lambda: Fraction(n * d, d) == n)
    text = rng.choice([
        f"{_f(n * d, d, st)}{_pf(n * d, '은/는')} 어떤 자연수와 크기가 같습니까?",
        f"가분수 {_f(n * d, d, st)}{_pf(n * d, '을/를')} 자연수로 나타내세요.",
    ])
    return Problem(text=text, answer=str(n), format="fill", difficulty=2, achievement_level="B",
                   concepts=["가분수", "자연수"], check=lambda: (n * d) % d == 0)


@family("4수01-10", "digit-cards-mixed")
def _cards_mixed(rng: random.Random) -> Problem:
    from itertools import permutations
    ds = rng.sample(range(1, 10), 3)
    want = rng.choice(["max", "min"])
    best = None
    for a, b, c in permutations(ds):
        if b < c:  # a와 b/c, proper part
            v = a + Fraction(b, c)
            if best is None or (v > best[0] if want == "max" else v < best[0]):
                best = (v, a, b, c)
    assert best is not None
    _, a, b, c = best
    cards = "  ".join(f"[{d}]" for d in ds)
    text = rng.choice([
        f"수 카드 3장을 한 번씩 모두 사용하여 대분수를 만들려고 합니다. 만들 수 있는 가장 {'큰' if want == 'max' else '작은'} 대분수를 쓰시오.\n{cards}",
        f"{cards}\n세 장의 카드로 만들 수 있는 대분수 중 가장 {'큰' if want == 'max' else '작은'} 수를 가분수로 나타내세요.",
    ])
    ans = f"{a * c + b}/{c}" if "가분수로" in text else _mixed_ans(a, b, c)
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A",
                   concepts=["대분수", "가분수", "진분수"],
                   check=lambda: all((a + Fraction(b, c) >= x + Fraction(y, z)) if want == "max" else (a + Fraction(b, c) <= x + Fraction(y, z))
                                     for x, y, z in permutations(ds) if y < z))


@family("4수01-10", "sum-diff-condition")
def _condition(rng: random.Random) -> Problem:
    while True:
        d = rng.randint(2, 9)
        n = rng.randint(d + 1, d * 3)
        if (n + d) <= 30:
            break
    s_, df = n + d, n - d
    text = rng.choice([
        f"분모와 분자의 합이 {s_}이고 차가 {df}인 가분수를 구하시오.",
        f"다음 조건을 모두 만족하는 분수를 대분수로 나타내세요.\n· 가분수입니다.\n· 분모와 분자의 합은 {s_}입니다.\n· 분자와 분모의 차는 {df}입니다.",
    ])
    w, r = divmod(n, d)
    ans = f"{n}/{d}" if "가분수를 구하시오" in text else _mixed_ans(w, r, d)
    return Problem(text=text, answer=ans, format="word", difficulty=5, achievement_level="A",
                   concepts=["가분수", "대분수"], check=lambda: (s_ - df) // 2 == d and (s_ + df) // 2 == n)


@family("4수01-10", "relations-explain")
def _relations(rng: random.Random) -> Problem:
    d = rng.randint(3, 9)
    w = rng.randint(1, 4)
    n = rng.randint(2, d - 1)
    st = pick_style(rng, (0.5, 0.0, 0.5))
    q = rng.choice([
        (f"{_mx(w, n, d, st)}{_pf(n, '을/를')} 가분수로 바꾸는 방법을 단위분수 {_f(1, d, st)}{_pf(1, '을/를')} 이용하여 설명하시오.",
         f"{w}은(는) {_f(1, d, 'plain')}이 {w * d}개, {_f(n, d, 'plain')}{_pf(n, '은/는')} {_f(1, d, 'plain')}이 {n}개이므로 모두 {w * d + n}개, 곧 {w * d + n}/{d}입니다."),
        (f"{josa(name(rng), '은/는')} \"분자가 분모보다 크면 가분수이고, 분자와 분모가 같으면 가분수가 아니다.\"라고 말했습니다. 이 말이 옳은지 판단하고 {_f(d, d, st)}{_pf(d, '을/를')} 예로 들어 설명하세요.",
         f"옳지 않습니다. {d}/{d}처럼 분자와 분모가 같은 분수도 가분수입니다."),
    ])
    text, ans = q
    ans = ans.replace("은(는)", _p(str(w), "은/는"))
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                   concepts=["단위분수", "가분수", "대분수"], check=lambda: Fraction(w * d + n, d) == w + Fraction(n, d))


# -- 4수01-11 분모가 같은 분수, 단위분수의 크기 비교 ------------------------------------------
@family("4수01-11", "compare-same-denominator")
def _cmp_same(rng: random.Random) -> Problem:
    d = rng.randint(3, 15)
    a, b = rng.sample(range(1, d * 2), 2)
    st = pick_style(rng, (0.5, 0.0, 0.5))
    text = rng.choice([
        f"두 분수의 크기를 비교하여 ○ 안에 >, <를 알맞게 써넣으세요.\n{_f(a, d, st)} ○ {_f(b, d, st)}",
        f"○ 안에 > 또는 <를 써넣으시오.\n{_f(a, d, st)} ○ {_f(b, d, st)}",
        f"{_f(a, d, st)}{_pf(a, '과/와')} {_f(b, d, st)} 중에서 더 큰 분수를 쓰세요.",
    ])
    if "○" in text:
        ans, fmt = _cmp(a, b), "fill"
    else:
        ans, fmt = f"{max(a, b)}/{d}", "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=1, achievement_level="C",
                   concepts=["분수의 크기", "분모"], check=lambda: (Fraction(a, d) > Fraction(b, d)) == (a > b))


@family("4수01-11", "compare-unit-fractions")
def _cmp_unit(rng: random.Random) -> Problem:
    a, b = rng.sample(range(2, 16), 2)
    st = pick_style(rng, (0.5, 0.0, 0.5))
    text = rng.choice([
        f"단위분수의 크기를 비교하여 ○ 안에 >, <를 알맞게 써넣으세요.\n{_f(1, a, st)} ○ {_f(1, b, st)}",
        f"○ 안에 알맞은 기호를 써넣으시오.\n{_f(1, a, st)} ○ {_f(1, b, st)}",
        f"{_f(1, a, st)}{_pf(1, '과/와')} {_f(1, b, st)} 중에서 더 작은 분수는 어느 것입니까?",
    ])
    if "○" in text:
        ans, fmt = _cmp(Fraction(1, a), Fraction(1, b)), "fill"
    else:
        ans, fmt = f"1/{max(a, b)}", "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="C",
                   concepts=["단위분수", "분수의 크기"], check=lambda: (Fraction(1, a) > Fraction(1, b)) == (a < b))


@family("4수01-11", "order-fractions")
def _order_fracs(rng: random.Random) -> Problem:
    unit = rng.random() < 0.4
    st = pick_style(rng, (0.5, 0.0, 0.5))
    k = rng.choice([3, 4])
    if unit:
        dens = rng.sample(range(2, 16), k)
        vals = [Fraction(1, x) for x in dens]
        shown = [_f(1, x, st) for x in dens]
        plain = [f"1/{x}" for x in dens]
    else:
        d = rng.randint(5, 15)
        nums = rng.sample(range(1, d * 2), k)
        vals = [Fraction(x, d) for x in nums]
        shown = [_f(x, d, st) for x in nums]
        plain = [f"{x}/{d}" for x in nums]
    big_first = rng.random() < 0.5
    order = sorted(range(k), key=lambda i: vals[i], reverse=big_first)
    text = rng.choice([
        f"{'큰' if big_first else '작은'} 분수부터 차례로 쓰시오.\n{', '.join(shown)}",
        f"다음 분수를 {'큰' if big_first else '작은'} 수부터 순서대로 늘어놓으세요.\n{'   '.join(shown)}",
        f"다음 중 가장 {'큰' if big_first else '작은'} 분수는 무엇입니까?\n{', '.join(shown)}",
    ])
    ans = plain[order[0]] if "가장" in text else ", ".join(plain[i] for i in order)
    return Problem(text=text, answer=ans, format="fill" if "가장" not in text else "computation", difficulty=2,
                   achievement_level="B" if unit else "C", concepts=["분수의 크기", "단위분수" if unit else "분모"],
                   check=lambda: [vals[i] for i in order] == sorted(vals, reverse=big_first))


@family("4수01-11", "compare-mixed-improper")
def _cmp_mixed(rng: random.Random) -> Problem:
    d = rng.randint(3, 9)
    w = rng.randint(1, 4)
    n = rng.randint(1, d - 1)
    top = w * d + n + rng.choice([-2, -1, 1, 2])
    if top == w * d + n:
        top += 1
    st = pick_style(rng, (0.5, 0.0, 0.5))
    m, im = _mx(w, n, d, st), _f(top, d, st)
    left_mixed = rng.random() < 0.5
    L, R = (m, im) if left_mixed else (im, m)
    vL, vR = (w + Fraction(n, d), Fraction(top, d)) if left_mixed else (Fraction(top, d), w + Fraction(n, d))
    text = rng.choice([
        f"두 분수의 크기를 비교하여 ○ 안에 >, =, <를 알맞게 써넣으세요.\n{L} ○ {R}",
        f"{L}{_pf(n if left_mixed else top, '과/와')} {R} 중에서 더 큰 수를 쓰시오.",
    ])
    if "○" in text:
        ans, fmt = _cmp(vL, vR), "fill"
    else:
        big_is_mixed = (w + Fraction(n, d)) > Fraction(top, d)
        ans, fmt = (_mixed_ans(w, n, d) if big_is_mixed else f"{top}/{d}"), "computation"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B",
                   concepts=["가분수", "대분수", "분수의 크기"], check=lambda: (w * d + n) != top)


@family("4수01-11", "same-denominator-word")
def _same_den_word(rng: random.Random) -> Problem:
    d = rng.randint(4, 12)
    a, b = rng.sample(range(1, d), 2)
    n1, n2 = names(rng, 2)
    st = pick_style(rng, (0.5, 0.0, 0.5))
    ctx = rng.choice([
        ("우유를 {n1}는 {fa} L, {n2}는 {fb} L 마셨습니다. 우유를 더 많이 마신 사람은 누구입니까?", "more"),
        ("집에서 학교까지 {n1}는 {fa} km, {n2}는 {fb} km를 걸어갑니다. 학교에서 더 가까운 곳에 사는 사람은 누구인가요?", "less"),
        ("같은 크기의 피자를 {n1}는 {fa}판, {n2}는 {fb}판 먹었습니다. 누가 피자를 더 적게 먹었습니까?", "less"),
        ("{n1}는 숙제를 하는 데 {fa}시간, {n2}는 {fb}시간이 걸렸습니다. 숙제를 더 오래 한 사람을 쓰시오.", "more"),
    ])
    tpl, way = ctx
    text = tpl.format(n1=n1, n2=n2, fa=_f(a, d, st), fb=_f(b, d, st))
    text = text.replace(f"{n1}는", josa(n1, "은/는")).replace(f"{n2}는", josa(n2, "은/는"))
    win = n1 if (a > b) == (way == "more") else n2
    return Problem(text=text, answer=win, format="word", difficulty=2, achievement_level="C",
                   concepts=["분수의 크기", "분모"], check=lambda: (Fraction(a, d) > Fraction(b, d)) == (a > b))


@family("4수01-11", "unit-fraction-sharing-word")
def _unit_share(rng: random.Random) -> Problem:
    a, b = rng.sample(range(2, 13), 2)
    thing = rng.choice(["케이크", "피자", "수박", "떡", "식빵"])
    g1, g2 = rng.sample(["가 모둠", "나 모둠", "다 모둠", "우리 가족", "삼촌네 가족"], 2)
    st = pick_style(rng, (0.5, 0.0, 0.5))
    text = rng.choice([
        f"크기가 같은 {josa(thing, '을/를')} {g1}은 {a}명이, {g2}은 {b}명이 각각 똑같이 나누어 먹었습니다. 한 사람이 먹은 양이 더 많은 쪽은 어디입니까?",
        f"같은 크기의 {thing} 한 개를 {a}명이 똑같이 나누어 먹은 한 조각과 {b}명이 똑같이 나누어 먹은 한 조각이 있습니다. 어느 조각이 더 큰지 분수로 나타내어 비교하시오.",
    ])
    if "어디" in text:
        ans = g1 if a < b else g2
        fmt = "word"
    else:
        ans = f"1/{min(a, b)} > 1/{max(a, b)}, {min(a, b)}명이 나누어 먹은 조각"
        fmt = "proof"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B",
                   concepts=["단위분수", "분수의 크기"], check=lambda: (Fraction(1, a) > Fraction(1, b)) == (a < b) and st != "unicode")


@family("4수01-11", "possible-numbers")
def _possible(rng: random.Random) -> Problem:
    kind = rng.choice(["unit", "same", "between"])
    st = pick_style(rng, (0.5, 0.0, 0.5))
    unit_box = "$\\frac{1}{□}$" if st == "latex" else "1/□"
    if kind == "unit":
        k = rng.randint(4, 12)
        sign = rng.choice([">", "<"])
        if sign == ">":
            sol = [x for x in range(2, 100) if Fraction(1, x) > Fraction(1, k)]
            text = f"□ 안에 들어갈 수 있는 자연수를 모두 구하시오. (□는 1보다 큽니다.)\n{unit_box} > {_f(1, k, st)}"
            ans = ", ".join(map(str, sol))
        else:
            lim = k + rng.randint(3, 6)
            sol = [x for x in range(2, lim) if Fraction(1, x) < Fraction(1, k)]
            text = f"□ 안에 들어갈 수 있는 자연수 중에서 {lim}보다 작은 수를 모두 쓰세요.\n{unit_box} < {_f(1, k, st)}"
            ans = ", ".join(map(str, sol))
        return Problem(text=text, answer=ans, format="fill", difficulty=4, achievement_level="A",
                       concepts=["단위분수", "분수의 크기"], check=lambda: all((Fraction(1, x) > Fraction(1, k)) == (sign == ">") for x in sol))
    d = rng.randint(6, 15)
    box_d = f"$\\frac{{□}}{{{d}}}$" if st == "latex" else f"□/{d}"
    if kind == "same":
        k = rng.randint(2, d - 2)
        sol = [x for x in range(1, d) if x < k]
        text = rng.choice([
            f"□ 안에 들어갈 수 있는 자연수는 모두 몇 개입니까?\n{box_d} < {_f(k, d, st)}",
            f"분모가 {d}인 진분수 중에서 {_f(k, d, st)}보다 작은 분수는 모두 몇 개인가요?",
        ])
        return Problem(text=text, answer=f"{len(sol)}개", format="fill", difficulty=3, achievement_level="B",
                       concepts=["분수의 크기", "진분수"], check=lambda: len(sol) == k - 1)
    lo = rng.randint(1, d - 4)
    hi = rng.randint(lo + 2, d + 3)
    sol = list(range(lo + 1, hi))
    text = f"분모가 {d}인 분수 중에서 {_f(lo, d, st)}보다 크고 {_f(hi, d, st)}보다 작은 분수를 모두 쓰시오."
    return Problem(text=text, answer=", ".join(f"{x}/{d}" for x in sol), format="fill", difficulty=3,
                   achievement_level="B", concepts=["분수의 크기"], check=lambda: all(lo < x < hi for x in sol))


@family("4수01-11", "largest-fraction-mcq")
def _largest_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.4, 0.0, 0.6))
    unit = rng.random() < 0.5
    want_big = rng.random() < 0.5
    if unit:
        dens = rng.sample(range(2, 20), 5)
        opts = [_f(1, x, st) for x in dens]
        tgt = min(dens) if want_big else max(dens)
        correct = _f(1, tgt, st)
    else:
        d = rng.randint(6, 15)
        nums = rng.sample(range(1, d * 2), 5)
        opts = [_f(x, d, st) for x in nums]
        tgt = max(nums) if want_big else min(nums)
        correct = _f(tgt, d, st)
    ch = choices(rng, correct, [o for o in opts if o != correct])
    text = rng.choice([
        f"가장 {'큰' if want_big else '작은'} 분수는 어느 것입니까?\n{ch.block}",
        f"다음 분수 중에서 크기가 가장 {'큰' if want_big else '작은'} 것을 고르세요.\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B" if unit else "C",
                   concepts=["분수의 크기", "단위분수" if unit else "분모"], choice=ch, check=lambda: ch.options[ch.correct] == correct)


@family("4수01-11", "explain-comparison")
def _explain_cmp(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.5, 0.0, 0.5))
    if rng.random() < 0.5:
        a, b = sorted(rng.sample(range(2, 12), 2))
        w = name(rng)
        text = rng.choice([
            f"{josa(w, '은/는')} \"{b}{_p(str(b), '이/가')} {a}보다 크니까 {_f(1, b, st)}{_pf(1, '이/가')} {_f(1, a, st)}보다 커.\"라고 말했습니다. {w}의 말이 옳은지 판단하고 그 까닭을 설명하시오.",
            f"{_f(1, a, st)}{_pf(1, '과/와')} {_f(1, b, st)} 중 어느 것이 더 큰지 쓰고, 그 까닭을 그림이나 말로 설명하세요.",
        ])
        ans = f"1/{a}이 더 큽니다. 전체를 똑같이 나눈 수가 적을수록 한 부분의 크기가 크기 때문입니다."
        if "옳은지" in text:
            ans = "옳지 않습니다. " + ans
        return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                       concepts=["단위분수", "분수의 크기"], check=lambda: Fraction(1, a) > Fraction(1, b))
    d = rng.randint(5, 12)
    a, b = sorted(rng.sample(range(1, d), 2))
    text = f"{_f(a, d, st)}{_pf(a, '과/와')} {_f(b, d, st)}의 크기를 비교하고, 분모가 같은 분수의 크기를 비교하는 방법을 단위분수를 이용하여 설명하시오."
    ans = f"{a}/{d} < {b}/{d}. {a}/{d}은(는) 1/{d}이 {a}개, {b}/{d}은(는) 1/{d}이 {b}개이므로 분자가 큰 분수가 더 큽니다."
    ans = ans.replace(f"{a}/{d}은(는)", f"{a}/{d}{_p(str(a), '은/는')}").replace(f"{b}/{d}은(는)", f"{b}/{d}{_p(str(b), '은/는')}")
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                   concepts=["분수의 크기", "단위분수"], check=lambda: Fraction(a, d) < Fraction(b, d))


# -- 4수01-12 소수 한 자리 수 -----------------------------------------------------------------
def _tenths(rng: random.Random, allow_whole: bool = True) -> tuple[int, str]:
    """k tenths (k not a multiple of 10) and its decimal text."""
    while True:
        k = rng.randint(1, 9) if not allow_whole or rng.random() < 0.5 else rng.randint(11, 99)
        if k % 10:
            return k, _dec(Fraction(k, 10))


@family("4수01-12", "tenths-fraction-to-decimal")
def _t_f2d(rng: random.Random) -> Problem:
    k = rng.randint(1, 9)
    st = pick_style(rng, (0.5, 0.0, 0.5))
    kind = rng.choice(["f2d", "d2f", "mixed"])
    if kind == "f2d":
        text = rng.choice([
            f"분수 {_f(k, 10, st)}{_pf(k, '을/를')} 소수로 나타내시오.",
            f"□ 안에 알맞은 소수를 써넣으세요.\n{_f(k, 10, st)} = □",
            f"{_f(k, 10, st)}{_pf(k, '을/를')} 소수로 쓰고 읽어 보세요.",
        ])
        d = _dec(Fraction(k, 10))
        ans = d + (f" ({_read_dec(d)})" if "읽어" in text else "")
        return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="C",
                       concepts=["소수", "소수점"], check=lambda: Fraction(d) == Fraction(k, 10))
    if kind == "d2f":
        d = _dec(Fraction(k, 10))
        text = rng.choice([
            f"소수 {josa(d, '을/를')} 분모가 10인 분수로 나타내세요.",
            f"□ 안에 알맞은 수를 써넣으세요.\n{d} = □/10",
        ])
        ans = f"{k}/10" if "□" not in text else str(k)
        return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="C",
                       concepts=["소수", "분수"], check=lambda: Fraction(d) * 10 == k)
    w = rng.randint(1, 9)
    d = _dec(w + Fraction(k, 10))
    text = rng.choice([
        f"{w}{_p(str(w), '과/와')} {_f(k, 10, st)}만큼을 소수로 나타내시오.",
        f"{w}보다 {_f(k, 10, st)}만큼 더 큰 수를 소수로 쓰세요.",
    ])
    return Problem(text=text, answer=d, format="fill", difficulty=2, achievement_level="B",
                   concepts=["소수", "소수점"], check=lambda: Fraction(d) == w + Fraction(k, 10))


@family("4수01-12", "read-write-tenths")
def _t_read(rng: random.Random) -> Problem:
    k, d = _tenths(rng)
    if rng.random() < 0.5:
        text = rng.choice([
            f"소수 {josa(d, '을/를')} 읽어 보세요.",
            f"{josa(d, '을/를')} 어떻게 읽는지 한글로 쓰시오.",
            f"다음 소수를 읽으시오.\n{d}",
        ])
        return Problem(text=text, answer=_read_dec(d), format="computation", difficulty=1, achievement_level="C",
                       concepts=["소수", "소수점"], check=lambda: _read_dec(d).endswith(_DIG[k % 10]))
    r = _read_dec(d)
    text = rng.choice([
        f"'{r}'{_p(r, '을/를')} 소수로 쓰시오.",
        f"{josa(r, '을/를')} 수로 나타내세요.",
        f"일기 예보에서 \"오늘 내린 비의 양은 {r} 밀리미터입니다.\"라고 했습니다. 비의 양을 소수로 쓰면 몇 mm입니까?",
    ])
    return Problem(text=text, answer=d + (" mm" if "mm" in text else ""), format="computation", difficulty=1,
                   achievement_level="C", concepts=["소수", "소수점"], check=lambda: _read_dec(d) == r)


@family("4수01-12", "cm-mm-decimal")
def _cm_mm(rng: random.Random) -> Problem:
    cm = rng.randint(0, 25)
    mm = rng.randint(1, 9)
    d = _dec(cm + Fraction(mm, 10))
    kind = rng.choice(["to-cm", "to-mm", "ruler"])
    if kind == "to-cm":
        text = rng.choice([
            f"□ 안에 알맞은 수를 써넣으세요.\n{cm} cm {mm} mm = □ cm" if cm else f"□ 안에 알맞은 수를 써넣으세요.\n{mm} mm = □ cm",
            f"{cm} cm {mm} mm는 몇 cm인지 소수로 나타내시오." if cm else f"{mm} mm는 몇 cm인지 소수로 나타내시오.",
        ])
        return Problem(text=text, answer=d if "□" in text else f"{d} cm", format="fill", difficulty=2, achievement_level="C",
                       concepts=["소수"], check=lambda: Fraction(d) * 10 == cm * 10 + mm)
    if kind == "to-mm":
        text = rng.choice([
            f"{d} cm는 몇 mm입니까?",
            f"□ 안에 알맞은 수를 써넣으세요.\n{d} cm = □ mm",
        ])
        return Problem(text=text, answer=str(cm * 10 + mm) if "□" in text else f"{cm * 10 + mm} mm", format="fill",
                       difficulty=2, achievement_level="B", concepts=["소수"], check=lambda: Fraction(d) * 10 == cm * 10 + mm)
    obj = rng.choice(["지우개", "클립", "머리핀", "크레파스", "열쇠", "나뭇잎"])
    text = rng.choice([
        f"{obj}의 길이를 자로 재었더니 {cm} cm보다 {mm} mm 더 길었습니다. {obj}의 길이는 몇 cm인지 소수로 나타내시오.",
        f"자로 {josa(obj, '을/를')} 재어 보니 {cm} cm에서 작은 눈금 {mm}칸을 더 간 곳에 끝이 맞았습니다. {obj}의 길이는 몇 cm입니까?",
    ]) if cm else f"{obj}의 두께는 {mm} mm입니다. 몇 cm인지 소수로 쓰시오."
    return Problem(text=text, answer=f"{d} cm", format="word", difficulty=2, achievement_level="B",
                   concepts=["소수"], check=lambda: Fraction(d) == cm + Fraction(mm, 10))


@family("4수01-12", "count-of-point-one")
def _count01(rng: random.Random) -> Problem:
    k, d = _tenths(rng)
    if rng.random() < 0.5:
        text = rng.choice([
            f"0.1이 {k}개인 수를 소수로 쓰시오.",
            f"0.1을 {k}번 모은 수는 얼마입니까?",
            f"□ 안에 알맞은 수를 써넣으세요.\n0.1이 {k}개이면 □입니다.",
        ])
        return Problem(text=text, answer=d, format="fill", difficulty=2, achievement_level="C",
                       concepts=["소수"], check=lambda: Fraction(d) == k * Fraction(1, 10))
    text = rng.choice([
        f"{josa(d, '은/는')} 0.1이 몇 개인 수입니까?",
        f"□ 안에 알맞은 수를 써넣으세요.\n{josa(d, '은/는')} 0.1이 □개입니다.",
    ])
    return Problem(text=text, answer=f"{k}개" if "□" not in text else str(k), format="fill", difficulty=2,
                   achievement_level="B" if k > 9 else "C", concepts=["소수"], check=lambda: Fraction(d) / Fraction(1, 10) == k)


@family("4수01-12", "tenths-in-context")
def _t_context(rng: random.Random) -> Problem:
    k = rng.randint(1, 9)
    kind = rng.choice(["cups", "tape", "cake", "kg"])
    if kind == "cups":
        text = f"물 1 L를 크기가 같은 컵 10개에 똑같이 나누어 담았습니다. 컵 {k}개에 담긴 물은 몇 L인지 소수로 나타내시오."
        ans = f"{_dec(Fraction(k, 10))} L"
    elif kind == "tape":
        text = f"길이가 1 m인 색 테이프를 똑같이 10도막으로 잘랐습니다. 그중 {k}도막의 길이는 몇 m인지 소수로 쓰세요."
        ans = f"{_dec(Fraction(k, 10))} m"
    elif kind == "cake":
        left = 10 - k
        text = f"케이크 한 개를 똑같이 10조각으로 나누어 {k}조각을 먹었습니다. 남은 케이크는 전체의 얼마인지 소수로 나타내세요."
        ans = _dec(Fraction(left, 10))
        k = left
    else:
        w = rng.randint(1, 5)
        text = f"{josa(name(rng), '이/가')} 산 고구마의 무게는 {w} kg보다 {k}/10 kg 더 무겁습니다. 고구마의 무게는 몇 kg인지 소수로 쓰시오."
        ans = f"{_dec(w + Fraction(k, 10))} kg"
        return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="B",
                       concepts=["소수"], check=lambda: Fraction(ans.split()[0]) == w + Fraction(k, 10))
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="B" if kind == "cake" else "C",
                   concepts=["소수", "분수"], check=lambda: Fraction(ans.split()[0]) == Fraction(k, 10))


@family("4수01-12", "different-one-mcq")
def _diff_mcq(rng: random.Random) -> Problem:
    k = rng.randint(2, 9)
    d = _dec(Fraction(k, 10))
    same = [d, f"{k}/10", f"0.1이 {k}개인 수", _read_dec(d), f"1/10이 {k}개인 수"]
    other = rng.choice([f"0.1이 {k + 10}개인 수", f"{10 - k}/10" if k != 5 else "5/100", f"{k}.1", f"1/{k}", f"0.{k - 1}"])
    opts = rng.sample(same, 4)
    ch = choices(rng, other, opts)
    text = rng.choice([
        f"나타내는 수가 다른 하나는 어느 것입니까?\n{ch.block}",
        f"다음 중 크기가 나머지 넷과 다른 것을 고르시오.\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["소수", "분수"], choice=ch, check=lambda: other not in same)


@family("4수01-12", "number-line-tenths")
def _nline(rng: random.Random) -> Problem:
    start = rng.randint(0, 5)
    k = rng.randint(1, 9)
    d = _dec(start + Fraction(k, 10))
    text = rng.choice([
        f"수직선에서 {josa(str(start), '과/와')} {start + 1} 사이를 똑같이 10칸으로 나누었습니다. {start}에서 오른쪽으로 {k}칸 간 곳에 있는 수를 소수로 쓰시오.",
        f"{start}부터 {start + 1}까지를 작은 눈금 10칸으로 나눈 수직선이 있습니다. 화살표가 {start}에서 작은 눈금 {k}칸만큼 떨어진 곳을 가리킬 때, 화살표가 나타내는 소수는 무엇입니까?",
    ])
    return Problem(text=text, answer=d, format="fill", difficulty=2, achievement_level="B",
                   concepts=["소수"], check=lambda: Fraction(d) == start + Fraction(k, 10))


@family("4수01-12", "decimal-need-explain")
def _need(rng: random.Random) -> Problem:
    k = rng.randint(1, 9)
    w = rng.randint(1, 15)
    ctx = rng.choice([
        (f"{rng.choice(['연필', '크레파스', '나뭇잎', '숟가락'])}의 길이를 재었더니 {w} cm보다 조금 더 길어서 {w} cm {k} mm였습니다. 이 길이를 자연수만으로 나타내기 어려운 까닭을 쓰고, 소수를 이용하여 cm 단위로 나타내시오.",
         f"{_dec(w + Fraction(k, 10))} cm"),
        (f"우리 생활에서 소수가 쓰이는 예를 두 가지 찾고, {w}.{k}{_p(str(k), '을/를')} 읽는 방법과 그 뜻을 설명하세요.",
         None),
    ])
    text, ans = ctx
    return Problem(text=text, answer=ans, format="proof" if ans else "task", difficulty=3, achievement_level="A",
                   concepts=["소수", "소수점"], check=lambda: Fraction(f"{w}.{k}") == w + Fraction(k, 10))


# -- 4수01-13 소수 두 자리 수, 소수 세 자리 수 ------------------------------------------------
def _dec23(rng: random.Random, places: int | None = None, whole_max: int = 9) -> tuple[Fraction, str, int]:
    places = places or rng.choice([2, 3])
    while True:
        k = rng.randint(1, (whole_max + 1) * 10**places - 1)
        if k % 10:
            x = Fraction(k, 10**places)
            return x, _dec(x), places


_PLACE_NAMES = {1: "소수 첫째 자리", 2: "소수 둘째 자리", 3: "소수 셋째 자리"}


@family("4수01-13", "fraction-to-decimal-100-1000")
def _f2d_23(rng: random.Random) -> Problem:
    places = rng.choice([2, 3])
    den = 10**places
    k = rng.randint(1, den - 1)
    while k % 10 == 0:
        k = rng.randint(1, den - 1)
    st = pick_style(rng, (0.5, 0.0, 0.5))
    d = _dec(Fraction(k, den))
    if rng.random() < 0.6:
        text = rng.choice([
            f"분수 {_f(k, den, st)}{_pf(k, '을/를')} 소수로 나타내시오.",
            f"□ 안에 알맞은 소수를 써넣으세요.\n{_f(k, den, st)} = □",
            f"{_f(k, den, st)}{_pf(k, '을/를')} 소수로 쓰고 읽어 보세요.",
        ])
        ans = d + (f" ({_read_dec(d)})" if "읽어" in text else "")
        return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="C",
                       concepts=["소수", "소수 둘째 자리"], check=lambda: Fraction(d) == Fraction(k, den))
    text = rng.choice([
        f"소수 {josa(d, '을/를')} 분모가 {den}인 분수로 나타내세요.",
        f"□ 안에 알맞은 수를 써넣으세요.\n{d} = □/{den}",
    ])
    return Problem(text=text, answer=f"{k}/{den}" if "□" not in text else str(k), format="fill", difficulty=2,
                   achievement_level="C", concepts=["소수", "분수"], check=lambda: Fraction(d) * den == k)


@family("4수01-13", "read-write-decimal-23")
def _read23(rng: random.Random) -> Problem:
    _, d, _ = _dec23(rng, whole_max=rng.choice([0, 9, 30]))
    if rng.random() < 0.5:
        text = rng.choice([
            f"소수 {josa(d, '을/를')} 읽어 보세요.",
            f"다음 소수를 읽으시오.\n{d}",
            f"{josa(d, '을/를')} 바르게 읽은 것을 한글로 쓰세요.",
        ])
        return Problem(text=text, answer=_read_dec(d), format="computation", difficulty=1, achievement_level="C",
                       concepts=["소수", "소수점"], check=lambda: len(_read_dec(d).split(" 점 ")[1]) == len(d.split(".")[1]))
    r = _read_dec(d)
    text = rng.choice([
        f"'{r}'{_p(r, '을/를')} 소수로 쓰시오.",
        f"{josa(r, '을/를')} 수로 나타내세요.",
        f"마라톤 대회 안내문에 \"코스 길이: {r} 킬로미터\"라고 쓰여 있습니다. 이 길이를 소수로 쓰면 몇 km입니까?",
    ])
    return Problem(text=text, answer=d + (" km" if "킬로미터" in text else ""), format="computation", difficulty=2,
                   achievement_level="C", concepts=["소수", "소수점"], check=lambda: _read_dec(d) == r)


@family("4수01-13", "decimal-digit-value")
def _digit_val23(rng: random.Random) -> Problem:
    while True:
        _, d, _places = _dec23(rng, whole_max=rng.choice([9, 30]))
        digits = d.replace(".", "")
        frac_part = d.split(".")[1]
        pos = rng.randrange(len(frac_part))
        digit = frac_part[pos]
        if digit != "0" and digits.count(digit) == 1:
            break
    val = _dec(Fraction(int(digit), 10 ** (pos + 1)))
    kind = rng.choice(["value", "place", "mcq"])
    if kind == "value":
        text = rng.choice([
            f"{d}에서 숫자 {josa(digit, '이/가')} 나타내는 수는 얼마입니까?",
            f"{d}에서 밑줄 없이 숫자 {josa(digit, '은/는')} 어떤 수를 나타내는지 쓰시오.".replace("밑줄 없이 ", ""),
        ])
        return Problem(text=text, answer=val, format="fill", difficulty=2, achievement_level="B",
                       concepts=["소수", "소수 둘째 자리"], check=lambda: Fraction(val) * 10 ** (pos + 1) == int(digit))
    if kind == "place":
        text = rng.choice([
            f"{d}의 {_PLACE_NAMES[pos + 1]} 숫자를 쓰시오.",
            f"{d}에서 {_PLACE_NAMES[pos + 1]} 숫자는 무엇이고, 얼마를 나타냅니까?",
        ])
        ans = digit if "얼마" not in text else f"{digit}, {val}"
        return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="C" if "얼마" not in text else "B",
                       concepts=["소수 첫째 자리", "소수 둘째 자리"], check=lambda: d.split(".")[1][pos] == digit)
    wrong = [_dec(Fraction(int(digit), 10**k)) for k in range(0, 4) if k != pos + 1] + [digit + "0", f"0.0{digit}0"]
    ch = choices(rng, val, [w for w in wrong if w != val][:4], sort_key=lambda o: Fraction(o))
    text = f"{d}에서 숫자 {josa(digit, '이/가')} 나타내는 수는 어느 것입니까?\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["소수"], choice=ch, check=lambda: Fraction(ch.options[ch.correct]) == Fraction(val))


@family("4수01-13", "compose-decimal")
def _compose_dec(rng: random.Random) -> Problem:
    parts = [("1", rng.randint(0, 9)), ("0.1", rng.randint(0, 9)), ("0.01", rng.randint(0, 9)), ("0.001", rng.randint(0, 9))]
    if rng.random() < 0.4:
        parts = parts[:3]
    if parts[-1][1] == 0:
        parts[-1] = (parts[-1][0], rng.randint(1, 9))
    total = sum(Fraction(u) * c for u, c in parts)
    desc = ", ".join(f"{josa(u, '이/가')} {c}개" for u, c in parts if c)
    text = rng.choice([
        f"{desc}인 수를 소수로 쓰시오.",
        f"{desc}인 수는 얼마입니까?",
        f"다음이 나타내는 소수를 쓰고 읽어 보세요.\n{desc}",
    ])
    d = _dec(total)
    ans = d + (f" ({_read_dec(d)})" if "읽어" in text else "")
    if rng.random() < 0.3:
        k = int(total * 1000) if len(parts) == 4 else int(total * 100)
        unit = "0.001" if len(parts) == 4 else "0.01"
        text = f"{josa(d, '은/는')} {josa(unit, '이/가')} 몇 개인 수입니까?"
        ans = f"{k}개"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="B",
                   concepts=["소수", "소수 둘째 자리"], check=lambda: Fraction(d) == total)


@family("4수01-13", "unit-conversion-decimal")
def _unit_conv(rng: random.Random) -> Problem:
    big, small, k = rng.choice([("km", "m", 1000), ("kg", "g", 1000), ("L", "mL", 1000), ("m", "cm", 100)])
    n = rng.randint(1, 9999 if k == 1000 else 999)
    while n % 10 == 0:
        n += 1
    d = _dec(Fraction(n, k))
    to_big = rng.random() < 0.6
    if to_big:
        text = rng.choice([
            f"□ 안에 알맞은 소수를 써넣으세요.\n{n} {small} = □ {big}",
            f"{n} {small}{_pu(small, '은/는')} 몇 {big}인지 소수로 나타내시오.",
            f"{josa(name(rng), '이/가')} 걸은 거리는 {n} {small}입니다. 몇 {big}{_pu(big, '을/를')} 걸었는지 소수로 쓰세요." if small == "m" else
            f"가방의 무게는 {n} {small}입니다. 가방의 무게는 몇 {big}입니까?" if small == "g" else
            f"물병에 물이 {n} {small} 들어 있습니다. 물은 몇 {big}인지 소수로 나타내세요." if small == "mL" else
            f"리본의 길이는 {n} {small}입니다. 이 길이는 몇 {big}입니까?",
        ])
        ans = d if "□" in text else f"{d} {big}"
    else:
        text = rng.choice([
            f"□ 안에 알맞은 수를 써넣으세요.\n{d} {big} = □ {small}",
            f"{d} {big}{_pu(big, '은/는')} 몇 {small}입니까?",
        ])
        ans = str(n) if "□" in text else f"{n} {small}"
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B",
                   concepts=["소수"], check=lambda: Fraction(d) * k == n)


@family("4수01-13", "ten-times-tenth")
def _ten_times_dec(rng: random.Random) -> Problem:
    x, d, _ = _dec23(rng, places=rng.choice([1, 2, 3]), whole_max=9)
    op_ = rng.choice(["10배", "100배", "1/10", "1/100"])
    if op_ in ("1/10", "1/100") and len(d.split(".")[1]) + len(op_) - 3 > 3:
        op_ = "10배"
    mul = {"10배": Fraction(10), "100배": Fraction(100), "1/10": Fraction(1, 10), "1/100": Fraction(1, 100)}[op_]
    res = _dec(x * mul)
    if op_.endswith("배"):
        text = rng.choice([
            f"{d}의 {josa(op_, '은/는')} 얼마입니까?",
            f"□ 안에 알맞은 수를 써넣으세요.\n{d}의 {josa(op_, '은/는')} □입니다.",
        ])
    else:
        text = rng.choice([
            f"{d}의 {op_}{_p(op_[-1], '은/는')} 얼마입니까?",
            f"□ 안에 알맞은 수를 써넣으세요.\n{d}의 {op_}{_p(op_[-1], '은/는')} □입니다.",
        ])
    if rng.random() < 0.3:
        text = f"어떤 수의 {op_}{_p(op_[-1], '이/가') if '/' in op_ else _p(op_, '이/가')} {res}입니다. 어떤 수는 얼마입니까?"
        return Problem(text=text, answer=d, format="word", difficulty=4, achievement_level="A",
                       concepts=["소수"], check=lambda: Fraction(res) / mul == x)
    return Problem(text=text, answer=res, format="fill", difficulty=3, achievement_level="B",
                   concepts=["소수"], check=lambda: Fraction(res) == x * mul)


@family("4수01-13", "count-small-units")
def _count_small(rng: random.Random) -> Problem:
    unit = rng.choice(["0.01", "0.001"])
    k = rng.randint(11, 999)
    while k % 10 == 0:
        k += 1
    d = _dec(Fraction(k) * Fraction(unit))
    if rng.random() < 0.5:
        text = rng.choice([
            f"{josa(unit, '이/가')} {k}개인 수를 소수로 쓰시오.",
            f"□ 안에 알맞은 수를 써넣으세요.\n{josa(unit, '이/가')} {k}개이면 □입니다.",
        ])
        return Problem(text=text, answer=d, format="fill", difficulty=2, achievement_level="C",
                       concepts=["소수"], check=lambda: Fraction(d) / Fraction(unit) == k)
    text = rng.choice([
        f"{josa(d, '은/는')} {josa(unit, '이/가')} 몇 개인 수입니까?",
        f"{d} m는 {unit} m가 몇 개인 길이인지 구하세요.",
    ])
    return Problem(text=text, answer=f"{k}개", format="fill", difficulty=3, achievement_level="B",
                   concepts=["소수"], check=lambda: Fraction(d) / Fraction(unit) == k)


@family("4수01-13", "decimal-from-clues")
def _clues(rng: random.Random) -> Problem:
    digs = rng.sample(range(1, 10), 4) if rng.random() < 0.6 else rng.sample(range(0, 10), 4)
    if digs[0] == 0:
        digs[0], digs[1] = digs[1], digs[0]
    w, a, b, c = digs
    if c == 0:
        c = 5 if 5 not in digs else 7 if 7 not in digs else 9
    x = w + Fraction(a, 10) + Fraction(b, 100) + Fraction(c, 1000)
    d = _dec(x)
    clues = [f"일의 자리 숫자는 {w}입니다.", f"소수 첫째 자리 숫자는 {a}입니다.",
             f"소수 둘째 자리 숫자는 {b}입니다.", f"소수 셋째 자리 숫자는 {c}입니다."]
    rng.shuffle(clues)
    text = rng.choice(["조건을 모두 만족하는 소수 세 자리 수를 쓰시오.", "다음 설명에 알맞은 소수를 쓰고 읽어 보세요."])
    text += "\n" + "\n".join(f"· {cl}" for cl in clues)
    ans = d + (f" ({_read_dec(d)})" if "읽어" in text else "")
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="B",
                   concepts=["소수 첫째 자리", "소수 둘째 자리"], check=lambda: Fraction(d) == x)


# -- 4수01-14 소수의 크기 비교 ---------------------------------------------------------------
def _dec_pair_trap(rng: random.Random) -> tuple[Fraction, Fraction]:
    """Two decimals where the longer one is often the smaller (the classic 0.7 vs 0.65 trap)."""
    kind = rng.choice(["trap", "same-len", "whole", "trailing-zero"])
    w = rng.randint(0, 9)
    if kind == "trap":
        a = Fraction(w * 10 + rng.randint(1, 9), 10)
        b = Fraction(int(a * 10) * 10 - rng.randint(1, 9) * rng.choice([1, -1]) * 1, 100)
        if b == a:
            b += Fraction(1, 100)
        return a, b
    if kind == "same-len":
        p = rng.choice([2, 3])
        a = Fraction(rng.randint(w * 10**p + 1, (w + 1) * 10**p - 1), 10**p)
        b = a + Fraction(rng.choice([-1, 1]) * rng.randint(1, 9), 10 ** rng.randint(1, p))
        return a, max(b, Fraction(1, 10**p))
    if kind == "whole":
        a = Fraction(rng.choice([x for x in range(11, 100) if x % 10]), 10)
        b = Fraction(rng.choice([x for x in range(101, 1000) if x % 10]), 100)
        return a, b
    a = Fraction(rng.randint(1, 99), 10)
    return a, a


@family("4수01-14", "compare-two-decimals")
def _cmp_dec(rng: random.Random) -> Problem:
    a, b = _dec_pair_trap(rng)
    A, B = _dec(a), _dec(b)
    if a == b:
        B = B + "0" if "." in B else B + ".0"
    text = rng.choice([
        f"두 소수의 크기를 비교하여 ○ 안에 >, =, <를 알맞게 써넣으세요.\n{A} ○ {B}",
        f"○ 안에 >, =, < 중 알맞은 것을 써넣으시오.\n{A} ○ {B}",
    ])
    ans = _cmp(a, b)
    return Problem(text=text, answer=ans, format="fill", difficulty=2 if len(A) == len(B) else 3,
                   achievement_level="C" if len(A) == len(B) else "B", concepts=["소수", "소수의 크기"] if False else ["소수"],
                   check=lambda: (Fraction(A) > Fraction(B)) == (ans == ">") and (Fraction(A) == Fraction(B)) == (ans == "="))


@family("4수01-14", "order-decimals")
def _order_dec(rng: random.Random) -> Problem:
    base = rng.randint(1, 9)
    vals: set[Fraction] = set()
    while len(vals) < rng.choice([3, 4]):
        p = rng.choice([1, 2, 3])
        v = base + Fraction(rng.randint(1, 10**p - 1), 10**p) if rng.random() < 0.8 else Fraction(rng.randint(1, 99), 10)
        vals.add(v)
    lst = list(vals)
    rng.shuffle(lst)
    shown = [_dec(v) for v in lst]
    big = rng.random() < 0.5
    ordered = sorted(lst, reverse=big)
    text = rng.choice([
        f"{'큰' if big else '작은'} 수부터 차례로 쓰시오.\n{', '.join(shown)}",
        f"다음 소수를 {'큰' if big else '작은'} 것부터 순서대로 늘어놓으세요.\n{'   '.join(shown)}",
        f"가장 {'큰' if big else '작은'} 소수를 찾아 쓰세요.\n{', '.join(shown)}",
    ])
    ans = _dec(ordered[0]) if "가장" in text else ", ".join(_dec(v) for v in ordered)
    return Problem(text=text, answer=ans, format="fill" if "가장" not in text else "computation", difficulty=3,
                   achievement_level="B", concepts=["소수"], check=lambda: ordered == sorted(vals, reverse=big))


@family("4수01-14", "compare-records-word")
def _records(rng: random.Random) -> Problem:
    ctx = rng.choice([
        ("멀리뛰기 기록", "m", "더 멀리 뛴", (1, 3), 2),
        ("몸무게", "kg", "더 무거운", (25, 45), 1),
        ("키", "m", "키가 더 큰", (1, 1), 2),
        ("공 던지기 기록", "m", "공을 더 멀리 던진", (10, 30), 1),
        ("달리기 기록", "초", "더 빨리 달린", (8, 12), 2),
        ("모은 빗물의 양", "L", "빗물을 더 많이 모은", (1, 5), 2),
    ])
    what, unit, adj, (lo, hi), p = ctx
    k = rng.choice([2, 3])
    ns = names(rng, k)
    vals: list[Fraction] = []
    while len(vals) < k:
        v = Fraction(rng.randint(lo * 10**p, hi * 10**p + 10**p - 1), 10**p)
        if rng.random() < 0.3:
            v = Fraction(int(v * 10), 10)
        if v not in vals and v.denominator > 1:
            vals.append(v)
    fast = unit == "초"
    win = ns[vals.index(min(vals) if fast else max(vals))]
    adj2 = adj.replace("더", "가장") if k == 3 else adj
    sep = " " if unit != "초" else ""
    if rng.random() < 0.5:
        tbl = f"| 이름 | {' | '.join(ns)} |\n| {what}({unit}) | {' | '.join(_dec(v) for v in vals)} |"
        text = f"친구들의 {josa(what, '을/를')} 나타낸 표입니다. {adj2} 사람은 누구입니까?\n{tbl}"
        fmt = "data"
    else:
        parts = ", ".join(f"{josa(n_, '은/는')} {_dec(v)}{sep}{unit}" for n_, v in zip(ns, vals, strict=True))
        text = f"{what}{_p(what, '이/가')} {parts}입니다. {adj2} 사람은 누구인가요?"
        fmt = "word"
    return Problem(text=text, answer=win, format=fmt, difficulty=2, achievement_level="B",
                   concepts=["소수"], check=lambda: vals[ns.index(win)] == (min(vals) if fast else max(vals)))


@family("4수01-14", "missing-digit-decimal-compare")
def _missing_dec(rng: random.Random) -> Problem:
    while True:
        w = rng.randint(0, 9)
        a1, a2 = rng.randint(0, 9), rng.randint(1, 9)
        b = Fraction(w * 100 + rng.choice([x for x in range(1, 100) if x % 10]), 100)
        pos = rng.choice([1, 2])
        sign = rng.choice([">", "<"])
        ok = []
        for d in range(10):
            digs = [a1, a2]
            digs[pos - 1] = d
            v = w + Fraction(digs[0], 10) + Fraction(digs[1], 100)
            if (v > b) if sign == ">" else (v < b):
                ok.append(d)
        if 1 <= len(ok) <= 8:
            break
    shown_digs = [str(a1), str(a2)]
    shown_digs[pos - 1] = "□"
    left = f"{w}.{''.join(shown_digs)}"
    ask = rng.choice(["all", "count"])
    text = (f"0부터 9까지의 수 중에서 □ 안에 들어갈 수 있는 수를 모두 쓰시오.\n{left} {sign} {_dec(b)}" if ask == "all"
            else f"□ 안에 들어갈 수 있는 수는 모두 몇 개입니까? (0부터 9까지의 수)\n{left} {sign} {_dec(b)}")
    ans = ", ".join(map(str, ok)) if ask == "all" else f"{len(ok)}개"

    def chk() -> bool:
        got = [d for d in range(10) if ((Fraction(left.replace("□", str(d))) > b) if sign == ">" else (Fraction(left.replace("□", str(d))) < b))]
        return got == ok
    return Problem(text=text, answer=ans, format="fill", difficulty=4, achievement_level="A", concepts=["소수"], check=chk)


@family("4수01-14", "digit-cards-decimal")
def _cards_dec(rng: random.Random) -> Problem:
    from itertools import permutations
    k = rng.choice([3, 4])
    ds = rng.sample(range(1, 10), k)
    want_big = rng.random() < 0.5
    p = k - 1
    vals = [Fraction(int("".join(map(str, pm))), 10**p) for pm in permutations(ds)]
    v = max(vals) if want_big else min(vals)
    cards = "  ".join(f"[{d}]" for d in ds)
    text = rng.choice([
        f"수 카드 {k}장을 한 번씩 모두 사용하여 소수 {'두' if p == 2 else '세'} 자리 수를 만들려고 합니다. 만들 수 있는 가장 {'큰' if want_big else '작은'} 수를 쓰시오.\n{cards}",
        f"{cards}\n위 카드를 모두 한 번씩 써서 일의 자리 숫자가 있는 소수 {'두' if p == 2 else '세'} 자리 수를 만들 때, 가장 {'큰' if want_big else '작은'} 수는 무엇입니까?",
    ])
    return Problem(text=text, answer=_dec(v, p), format="word", difficulty=3, achievement_level="B",
                   concepts=["소수"], check=lambda: v == (max(vals) if want_big else min(vals)))


@family("4수01-14", "largest-decimal-mcq")
def _dec_mcq(rng: random.Random) -> Problem:
    w = rng.randint(0, 5)
    vals: list[Fraction] = []
    while len(vals) < 5:
        p = rng.choice([1, 2, 3])
        v = w + Fraction(rng.randint(1, 10**p - 1), 10**p)
        if v not in vals and (v * 10**p) % 10:
            vals.append(v)
    big = rng.random() < 0.5
    tgt = max(vals) if big else min(vals)
    ch = choices(rng, _dec(tgt), [_dec(v) for v in vals if v != tgt])
    text = rng.choice([
        f"가장 {'큰' if big else '작은'} 수는 어느 것입니까?\n{ch.block}",
        f"다음 중 크기가 가장 {'큰' if big else '작은'} 소수를 고르시오.\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["소수"], choice=ch,
                   check=lambda: Fraction(ch.options[ch.correct]) == (max if big else min)(Fraction(o) for o in ch.options))


@family("4수01-14", "explain-decimal-comparison")
def _explain_dec(rng: random.Random) -> Problem:
    w = rng.randint(0, 5)
    t = rng.randint(2, 9)
    a = w + Fraction(t, 10)
    b = w + Fraction(t * 10 - rng.randint(1, 9), 100)  # longer but smaller: the classic trap
    A, B = _dec(a), _dec(b)
    who = name(rng)
    text = rng.choice([
        f"{josa(who, '은/는')} \"{josa(B, '은/는')} {A}보다 숫자가 더 많으니까 더 큰 수야.\"라고 말했습니다. {who}의 말이 옳은지 판단하고, 두 소수의 크기를 비교하는 방법을 설명하시오.",
        f"{josa(A, '과/와')} {B}의 크기를 비교하고, 어떻게 비교했는지 설명하세요.",
        f"{A} ○ {B}\n○ 안에 >, <를 알맞게 써넣고, 그렇게 생각한 까닭을 쓰시오.",
    ])
    ans = f"{A} > {B}. 자연수 부분이 같으므로 소수 첫째 자리 숫자를 비교하면 {t} > {t - 1}이므로 {A}이 더 큽니다. ({A} = {_dec(a, 2)}{_p(_dec(a, 2), '으로/로')} 생각할 수도 있습니다.)"
    ans = ans.replace(f"{A}이 더", f"{josa(A, '이/가')} 더")
    if "옳은지" in text:
        ans = "옳지 않습니다. " + ans
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["소수"],
                   check=lambda: a > b and len(B) > len(A))


@family("4수01-14", "decimals-between")
def _between(rng: random.Random) -> Problem:
    kind = rng.choice(["count", "list", "units"])
    if kind == "units":
        big, small, k = rng.choice([("km", "m", 1000), ("kg", "g", 1000), ("L", "mL", 1000), ("m", "cm", 100)])
        x = Fraction(rng.randint(1, 4999), k)
        n = int(x * k) + rng.choice([-1, 1]) * rng.randint(1, 300)
        n = max(1, n)
        if n == int(x * k):
            n += 7
        X = _dec(x)
        text = rng.choice([
            f"{X} {big}{_pu(big, '과/와')} {n} {small} 중에서 더 큰 것은 어느 것입니까?",
            f"○ 안에 >, =, <를 알맞게 써넣으세요.\n{X} {big} ○ {n} {small}",
        ])
        v2 = Fraction(n, k)
        ans = _cmp(x, v2) if "○" in text else f"{X} {big}" if x > v2 else f"{n} {small}"
        return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B",
                       concepts=["소수"], check=lambda: x != v2)
    a = rng.randint(1, 8)
    w = rng.randint(0, 5)
    lo = w + Fraction(a, 10)
    hi = lo + Fraction(1, 10)
    if kind == "count":
        p = rng.choice([2, 3])
        cnt = sum(1 for i in range(int(lo * 10**p) + 1, int(hi * 10**p)) if i % 10)
        text = f"{_dec(lo)}보다 크고 {_dec(hi)}보다 작은 소수 {'두' if p == 2 else '세'} 자리 수는 모두 몇 개입니까?"
        if p == 3:
            text = f"{_dec(lo)}보다 크고 {_dec(hi)}보다 작은 소수 세 자리 수 중에서 소수 셋째 자리 숫자가 0이 아닌 수는 모두 몇 개입니까?"
        return Problem(text=text, answer=f"{cnt}개", format="word", difficulty=4, achievement_level="A",
                       concepts=["소수"], check=lambda: cnt == (9 if p == 2 else 90))
    lst = [_dec(lo + Fraction(i, 100)) for i in range(1, 10)]
    pick = sorted(rng.sample(range(1, 10), 3))
    text = f"{_dec(lo)}{_p(_dec(lo), '과/와')} {_dec(hi)} 사이에 있는 소수 두 자리 수 중에서 소수 둘째 자리 숫자가 {pick[0]}, {pick[1]}, {pick[2]} 중 하나인 수를 모두 쓰시오."
    ans = ", ".join(lst[i - 1] for i in pick)
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B",
                   concepts=["소수"], check=lambda: all(lo < Fraction(x) < hi for x in ans.split(", ")))


# -- 4수01-15 분모가 같은 분수의 덧셈과 뺄셈 ---------------------------------------------------
# Values are kept as numerators over one common denominator ``d`` and are never reduced
# (약분 comes in grades 5–6), so 4/6 stays 4/6 and 8/6 becomes 1과 2/6.
def _ft(n: int, d: int, st: str, inner: bool = False) -> str:
    """n/d as a proper fraction, mixed number or natural number in style ``st``."""
    w, r = divmod(n, d)
    if st == "latex" and (r or inner):
        s = (str(w) if w or not r else "") + (f"\\frac{{{r}}}{{{d}}}" if r else "")
        return s if inner else f"${s}$"
    if r == 0:
        return str(w)
    if w == 0:
        return f"{r}/{d}"
    return f"{josa(str(w), '과/와')} {r}/{d}"


def _fimp(n: int, d: int, st: str, inner: bool = False) -> str:
    """n/d kept as written (an improper fraction stays improper)."""
    if st == "latex":
        s = f"\\frac{{{n}}}{{{d}}}"
        return s if inner else f"${s}$"
    return f"{n}/{d}"


def _fexp(ns: list[int], syms: list[str], d: int, st: str) -> str:
    """Numerators ``ns`` over ``d`` joined by + / − as one expression."""
    parts = [_ft(ns[0], d, st, inner=True)]
    for s, n in zip(syms, ns[1:], strict=True):
        parts += [s, _ft(n, d, st, inner=True)]
    body = " ".join(parts)
    return f"${body}$" if st == "latex" else body


def _fans(n: int, d: int) -> str:
    """Answer text, unreduced: 3/7, 2와 1/6, 4."""
    return _ft(n, d, "plain")


def _fparse(s: str) -> Fraction:
    """The value of an answer written by :func:`_fans` (an independent re-reading)."""
    s = s.strip()
    if " " in s:
        w, f_ = s.split(" ")
        n, d = f_.split("/")
        return int(w[:-1]) + Fraction(int(n), int(d))
    if "/" in s:
        n, d = s.split("/")
        return Fraction(int(n), int(d))
    return Fraction(int(s))


def _pfx(n: int, d: int, pair: str) -> str:
    """Particle after n/d as read aloud: the numerator of the fraction part is read last."""
    w, r = divmod(n, d)
    return _p(str(r if r else w), pair)


def _poss(who: str, what: str) -> str:
    """'민준의 몸무게' but '민준이 받은 빗물의 양' (a relative clause takes 이/가, not 의)."""
    if what.split(" ")[0] in ("받은", "캔", "달린", "모은", "가진"):
        return f"{josa(who, '이/가')} {what}"
    return f"{who}의 {what}"


def _mixed_rand(rng: random.Random, d: int, wmax: int = 4, wmin: int = 1) -> int:
    """Numerator (over ``d``) of a random mixed number w r/d, wmin ≤ w ≤ wmax, 0 < r < d."""
    return rng.randint(wmin, wmax) * d + rng.randint(1, d - 1)


@family("4수01-15", "proper-fraction-add")
def _fadd_proper(rng: random.Random) -> Problem:
    d = rng.randint(3, 15)
    a, b = rng.randint(1, d - 1), rng.randint(1, d - 1)
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    e = _fexp([a, b], ["+"], d, st)
    over = a + b > d
    text = rng.choice([
        f"계산하시오.\n{e}",
        f"다음을 계산하세요.\n{e} = □",
        f"{e}의 값을 구하시오." + (" (대분수로 나타내시오.)" if over else ""),
        f"두 분수 {_ft(a, d, st)}{_pfx(a, d, '과/와')} {_ft(b, d, st)}의 합을 구하세요.",
    ])
    return Problem(text=text, answer=_fans(a + b, d), format="computation", difficulty=1 if a + b < d else 2,
                   achievement_level="C", concepts=["분수", "분모", "분자"] + (["대분수"] if over else []),
                   check=lambda: _fparse(_fans(a + b, d)) == Fraction(a, d) + Fraction(b, d))


@family("4수01-15", "proper-fraction-subtract")
def _fsub_proper(rng: random.Random) -> Problem:
    d = rng.randint(3, 15)
    kind = rng.choice(["pp", "pp", "one", "nat"])
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    if kind == "pp":
        x, y = sorted(rng.sample(range(1, d), 2), reverse=True)
        diff, lvl = 1, "C"
    elif kind == "one":
        x, y = d, rng.randint(1, d - 1)
        diff, lvl = 2, "C"
    else:
        x, y = rng.randint(2, 5) * d, rng.randint(1, d - 1)
        diff, lvl = 3, "B"
    e = _fexp([x, y], ["-"], d, st)
    text = rng.choice([
        f"계산을 하시오.\n{e}",
        f"□ 안에 알맞은 수를 써넣으세요.\n{e} = □",
        f"{_ft(x, d, st)}에서 {_ft(y, d, st)}{_pfx(y, d, '을/를')} 빼면 얼마입니까?" if kind != "pp" else
        f"{_ft(x, d, st)}{_pfx(x, d, '과/와')} {_ft(y, d, st)}의 차를 구하시오.",
        f"다음 뺄셈을 하세요.\n{e}",
    ])
    return Problem(text=text, answer=_fans(x - y, d), format="computation", difficulty=diff, achievement_level=lvl,
                   concepts=["분수", "분모", "분자"] + (["자연수"] if kind == "nat" else []),
                   check=lambda: _fparse(_fans(x - y, d)) + Fraction(y, d) == Fraction(x, d))


@family("4수01-15", "mixed-number-add")
def _fadd_mixed(rng: random.Random) -> Problem:
    d = rng.randint(3, 12)
    carry = rng.random() < 0.6
    while True:
        x, y = _mixed_rand(rng, d), _mixed_rand(rng, d, wmin=rng.choice([0, 1]))
        if (x % d + y % d > d) == carry:
            break
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    e = _fexp([x, y], ["+"], d, st)
    last = _pfx(y, d, "을/를")
    improper = y > d and rng.random() < 0.25
    if improper:  # the second addend written as an improper fraction
        e = (f"${_ft(x, d, st, True)} + {_fimp(y, d, st, True)}$" if st == "latex"
             else f"{_ft(x, d, st)} + {_fimp(y, d, st)}")
        last = _p(str(y), "을/를")
    text = rng.choice([
        f"계산하시오.\n{e}",
        f"다음을 계산하여 대분수로 나타내세요.\n{e}",
        f"빈칸에 알맞은 수를 써넣으세요.\n{e} = (    )",
        f"{e}{last} 계산하면 얼마입니까?",
    ])
    diff = 3 if carry or improper else 2
    return Problem(text=text, answer=_fans(x + y, d), format="computation", difficulty=diff,
                   achievement_level="B" if diff == 3 else "C", concepts=["대분수", "분수"] + (["가분수"] if improper else []),
                   check=lambda: _fparse(_fans(x + y, d)) - Fraction(y, d) == Fraction(x, d))


@family("4수01-15", "mixed-number-subtract")
def _fsub_mixed(rng: random.Random) -> Problem:
    d = rng.randint(3, 12)
    kind = rng.choice(["plain", "borrow", "borrow", "nat"])
    while True:
        if kind == "nat":
            x = rng.randint(2, 7) * d
            y = _mixed_rand(rng, d, wmax=x // d - 1, wmin=rng.choice([0, 1]))
        else:
            x = _mixed_rand(rng, d, wmin=2, wmax=6)
            y = _mixed_rand(rng, d, wmax=x // d - 1)
        if x > y and (kind == "nat" or (x % d < y % d) == (kind == "borrow")):
            break
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    e = _fexp([x, y], ["-"], d, st)
    text = rng.choice([
        f"계산하시오.\n{e}",
        f"□ 안에 알맞은 수를 써넣으세요.\n{e} = □",
        f"{_ft(x, d, st)}에서 {_ft(y, d, st)}{_pfx(y, d, '을/를')} 뺀 값을 구하세요.",
        f"다음 뺄셈을 하시오.\n{e}",
    ])
    return Problem(text=text, answer=_fans(x - y, d), format="computation", difficulty=2 if kind == "plain" else 3,
                   achievement_level="C" if kind == "plain" else "B",
                   concepts=["대분수", "분수", "자연수"] if kind == "nat" else ["대분수", "분수"],
                   check=lambda: _fparse(_fans(x - y, d)) + Fraction(y, d) == Fraction(x, d))


_F_CTX_ADD = [
    ("m", "어제 리본을 {a} 사용했고, 오늘은 {b} 사용했습니다", "이틀 동안 사용한 리본은 모두 몇 m입니까?"),
    ("L", "아침에 우유를 {a} 마셨고, 저녁에 {b} 더 마셨습니다", "하루 동안 마신 우유는 모두 몇 L인가요?"),
    ("kg", "빵을 만드는 데 밀가루를 {a}, 쿠키를 만드는 데 {b} 썼습니다", "사용한 밀가루는 모두 몇 kg입니까?"),
    ("L", "빈 어항에 물을 {a} 붓고, 잠시 후 {b}만큼 더 부었습니다", "어항에 부은 물은 모두 몇 L입니까?"),
    ("m", "만들기 시간에 철사를 {a} 쓰고, 남은 시간에 {b}를 더 썼습니다", "쓴 철사의 길이는 모두 몇 m인지 구하시오."),
    ("km", "공원 산책로를 오전에 {a}, 오후에 {b} 걸었습니다", "하루 동안 걸은 거리는 모두 몇 km입니까?"),
    ("시간", "수학 숙제를 하는 데 {a}, 책을 읽는 데 {b}이 걸렸습니다", "두 가지 일을 하는 데 걸린 시간은 모두 몇 시간입니까?"),
    ("kg", "감자를 {a} 사고, 양파를 {b} 샀습니다", "산 채소의 무게는 모두 몇 kg인지 구하세요."),
]


@family("4수01-15", "fraction-add-word")
def _fadd_word(rng: random.Random) -> Problem:
    unit, body, q = rng.choice(_F_CTX_ADD)
    d = rng.choice([3, 4, 5, 6, 7, 8, 9, 10, 12])
    mixed = rng.random() < 0.5
    x = _mixed_rand(rng, d, wmax=3) if mixed else rng.randint(1, d - 1)
    y = _mixed_rand(rng, d, wmax=2, wmin=0) if mixed else rng.randint(1, d - 1)
    st = pick_style(rng, (0.4, 0.0, 0.6))
    sp = "" if unit == "시간" else " "
    text = josa(name(rng), "은/는") + " " + body.format(a=f"{_ft(x, d, st)}{sp}{unit}", b=f"{_ft(y, d, st)}{sp}{unit}") + ". " + q
    ans = f"{_fans(x + y, d)}{sp}{unit}"
    return Problem(text=text, answer=ans, format="word", difficulty=3 if mixed else 2,
                   achievement_level="B", concepts=["분수", "대분수"] if mixed else ["분수"],
                   check=lambda: _fparse(_fans(x + y, d)) == Fraction(x, d) + Fraction(y, d))


@family("4수01-15", "fraction-subtract-word")
def _fsub_word(rng: random.Random) -> Problem:
    d = rng.choice([3, 4, 5, 6, 7, 8, 9, 10, 12])
    who = name(rng)
    st = pick_style(rng, (0.4, 0.0, 0.6))
    kind = rng.choice(["left", "diff", "left-nat", "more"])
    while True:
        if kind == "left-nat":
            x = rng.randint(1, 5) * d
            y = _mixed_rand(rng, d, wmax=x // d - 1, wmin=0)
        else:
            x = _mixed_rand(rng, d, wmin=1, wmax=5)
            y = _mixed_rand(rng, d, wmin=0, wmax=x // d)
        if y < x:
            break
    X, Y = _ft(x, d, st), _ft(y, d, st)
    if kind in ("left", "left-nat"):
        obj, unit, verb = rng.choice([("끈", "m", "잘라 썼습니다"), ("주스", "L", "마셨습니다"), ("설탕", "kg", "사용했습니다"),
                                     ("페인트", "L", "벽을 칠하는 데 썼습니다"), ("색 테이프", "m", "상자를 포장하는 데 썼습니다")])
        text = rng.choice([
            f"{josa(who, '은/는')} {josa(obj, '을/를')} {X} {unit} 가지고 있었습니다. 그중에서 {Y} {unit}{_pu(unit, '을/를')} {verb}. 남은 {josa(obj, '은/는')} 몇 {unit}입니까?",
            f"{obj} {X} {unit} 중에서 {Y} {unit}만큼 {verb}. 남아 있는 {obj}의 양을 구하시오.",
            f"{X} {unit}의 {obj} 가운데 {Y} {unit}{_pu(unit, '을/를')} {verb}. 그러면 남은 {obj}의 양은 몇 {unit}일까요?",
        ])
    elif kind == "diff":
        a, b = names(rng, 2)
        what, unit, adv = rng.choice([("가진 끈의 길이", "m", "많이 가지고 있습니까"), ("캔 감자의 무게", "kg", "많이 캤습니까"),
                                      ("받은 빗물의 양", "L", "많이 받았습니까"), ("달린 거리", "km", "많이 달렸습니까")])
        text = rng.choice([
            f"{_poss(a, what)}{_p(what, '은/는')} {X} {unit}이고, {_poss(b, what)}{_p(what, '은/는')} {Y} {unit}입니다. {josa(a, '은/는')} {b}보다 몇 {unit} 더 {adv}?",
            f"{what}{_p(what, '이/가')} {josa(a, '은/는')} {X} {unit}, {josa(b, '은/는')} {Y} {unit}입니다. {_poss('두 사람', what)}의 차는 몇 {unit}인가요?",
        ])
    else:
        obj, unit = rng.choice([("고구마", "kg"), ("흙", "kg"), ("물", "L"), ("모래", "kg")])
        text = (f"{josa(who, '은/는')} 텃밭에서 {josa(obj, '을/를')} {X} {unit} 캤고, 동생은 {Y} {unit} 캤습니다. {josa(who, '은/는')} 동생보다 몇 {unit} 더 많이 캤습니까?"
                if obj == "고구마" else
                f"큰 통에는 {josa(obj, '이/가')} {X} {unit}, 작은 통에는 {Y} {unit} 들어 있습니다. 큰 통에 든 {josa(obj, '은/는')} 작은 통에 든 것보다 몇 {unit} 더 많은지 구하세요.")
    ans = f"{_fans(x - y, d)} {unit}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B",
                   concepts=["분수", "대분수"] if x > d else ["분수"],
                   check=lambda: _fparse(ans.rsplit(" ", 1)[0]) + Fraction(y, d) == Fraction(x, d))


def _box_frac(d: int, st: str) -> str:
    return "\\frac{\\square}{" + str(d) + "}" if st == "latex" else f"□/{d}"


@family("4수01-15", "missing-fraction-fill")
def _fmissing(rng: random.Random) -> Problem:
    d = rng.randint(4, 12)
    st = pick_style(rng, (0.4, 0.0, 0.6))
    kind = rng.choice(["num-add", "num-sub", "box-add", "box-sub"])
    if kind == "num-add":  # □/d + a/d = b/d
        a = rng.randint(1, d - 2)
        b = rng.randint(a + 1, d - 1 + rng.choice([0, d // 2]))
        k = b - a
        eq = (f"${_box_frac(d, st)} + {_fimp(a, d, st, True)} = {_fimp(b, d, st, True)}$" if st == "latex"
              else f"{_box_frac(d, st)} + {_fimp(a, d, st)} = {_fimp(b, d, st)}")
        text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{eq}", f"다음 식에서 □ 안에 들어갈 자연수를 구하시오.\n{eq}"])
        return Problem(text=text, answer=str(k), format="fill", difficulty=2, achievement_level="C",
                       concepts=["분수", "분자"], check=lambda: Fraction(k, d) + Fraction(a, d) == Fraction(b, d))
    if kind == "num-sub":  # b/d − □/d = a/d with b improper
        b = rng.randint(d + 1, 3 * d - 1)
        a = rng.randint(1, b - 1)
        k = b - a
        eq = (f"${_fimp(b, d, st, True)} - {_box_frac(d, st)} = {_fimp(a, d, st, True)}$" if st == "latex"
              else f"{_fimp(b, d, st)} - {_box_frac(d, st)} = {_fimp(a, d, st)}")
        text = f"□ 안에 알맞은 수를 써넣으세요.\n{eq}"
        return Problem(text=text, answer=str(k), format="fill", difficulty=3, achievement_level="B",
                       concepts=["가분수", "분자"], check=lambda: Fraction(b, d) - Fraction(k, d) == Fraction(a, d))
    x = _mixed_rand(rng, d, wmax=3, wmin=0 if kind == "box-sub" else 1)
    y = _mixed_rand(rng, d, wmax=3, wmin=1)
    sq = "\\square" if st == "latex" else "□"
    if kind == "box-add":  # □ + x = total
        t = x + y
        eq = (f"${sq} + {_ft(x, d, st, True)} = {_ft(t, d, st, True)}$" if st == "latex"
              else f"□ + {_ft(x, d, st)} = {_ft(t, d, st)}")
        text = rng.choice([f"□ 안에 알맞은 수를 구하시오.\n{eq}",
                           f"어떤 수에 {_ft(x, d, st)}{_pfx(x, d, '을/를')} 더했더니 {_ft(t, d, st)}{_pfx(t, d, '이/가')} 되었습니다. 어떤 수는 얼마입니까?"])
        return Problem(text=text, answer=_fans(y, d), format="fill" if "□" in text else "word", difficulty=3,
                       achievement_level="B", concepts=["대분수"],
                       check=lambda: _fparse(_fans(y, d)) + Fraction(x, d) == Fraction(t, d))
    t = x + y  # □ − y = x
    eq = (f"${sq} - {_ft(y, d, st, True)} = {_ft(x, d, st, True)}$" if st == "latex"
          else f"□ - {_ft(y, d, st)} = {_ft(x, d, st)}")
    text = rng.choice([f"□ 안에 알맞은 수를 써넣으시오.\n{eq}",
                       f"어떤 수에서 {_ft(y, d, st)}{_pfx(y, d, '을/를')} 뺐더니 {_ft(x, d, st)}{_pfx(x, d, '이/가')} 되었습니다. 어떤 수를 구하세요."])
    return Problem(text=text, answer=_fans(t, d), format="fill" if "□" in text else "word", difficulty=3,
                   achievement_level="B", concepts=["대분수"],
                   check=lambda: _fparse(_fans(t, d)) - Fraction(y, d) == Fraction(x, d))


@family("4수01-15", "unit-fraction-explain")
def _fexplain(rng: random.Random) -> Problem:
    d = rng.randint(5, 13)
    st = pick_style(rng, (0.5, 0.0, 0.5))
    add = rng.random() < 0.5
    if add:
        a = rng.randint(2, d - 2)
        b = rng.randint(1, d - 1 - a)
    else:
        a, b = sorted(rng.sample(range(1, d), 2), reverse=True)
    n = a + b if add else a - b
    sym = "+" if add else "-"
    e = _fexp([a, b], [sym], d, st)
    u = _f(1, d, st)
    kind = rng.choice(["units", "units", "error"]) if add else "units"
    if kind == "units":
        text = rng.choice([
            f"{e}{_pf(b, '을/를')} {u}{_pf(1, '이/가')} 몇 개인지를 이용하여 계산하고, 계산 방법을 설명하시오.",
            f"그림이나 단위분수를 이용하여 {e}의 계산 원리를 설명하세요.",
            f"{e}\n위 계산에서 분모는 그대로 두고 분자끼리만 {'더하는' if add else '빼는'} 까닭을 설명하시오.",
        ])
        one = f"1/{d}{_pf(1, '이/가')}"
        ans = (f"{a}/{d}{_pf(a, '은/는')} {one} {a}개, {b}/{d}{_pf(b, '은/는')} {one} {b}개입니다. "
               f"{one} {a}{sym}{b}={n}(개)이므로 {_fans(n, d)}입니다. 단위분수의 크기가 같으므로 분모는 그대로 둡니다.")
    else:
        who = name(rng)
        text = (f"{josa(who, '은/는')} {e}{_pf(b, '을/를')} 계산하여 {n}/{d + d}{_p(str(n), '이라/라')}고 답했습니다. "
                f"잘못된 점을 찾아 설명하고 바르게 계산하시오.")
        ans = (f"분모끼리도 더한 것이 잘못입니다. 분모가 같은 분수의 덧셈은 분모는 그대로 두고 분자끼리 더해야 하므로 "
               f"{a}/{d} + {b}/{d} = {_fans(n, d)}입니다.")
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                   concepts=["분수", "단위분수", "분모", "분자"],
                   check=lambda: Fraction(n, d) == (Fraction(a, d) + Fraction(b, d) if add else Fraction(a, d) - Fraction(b, d)))


@family("4수01-15", "fraction-error-mcq")
def _fmcq(rng: random.Random) -> Problem:
    d = rng.randint(4, 11)
    add = rng.random() < 0.5
    while True:
        x = _mixed_rand(rng, d, wmax=4, wmin=1 if not add else rng.choice([0, 1]))
        y = _mixed_rand(rng, d, wmax=x // d if not add else 3, wmin=0)
        if add or y < x:
            break
    st = pick_style(rng, (0.5, 0.0, 0.5))
    wx, rx = divmod(x, d)
    wy, ry = divmod(y, d)
    res = x + y if add else x - y
    correct = _fans(res, d)
    if add:
        errs = [f"{josa(str(wx + wy), '과/와')} {rx + ry}/{d + d}" if wx + wy else f"{rx + ry}/{d + d}",  # denominators added too
                _fans((wx + wy) * d + (rx + ry) % d, d) if rx + ry > d else _fans(res + 2 * d, d),  # lost the carried 1
                _fans(res + d, d), _fans(res - 1, d), _fans(res + 1, d), _fans(res + 2, d)]
    else:
        errs = [_fans((wx - wy) * d + abs(rx - ry), d),  # subtracted the smaller numerator from the larger
                _fans(res + d, d), _fans(res - 1, d), _fans(res + 1, d), _fans(res + 2, d), _fans(res - 2, d),
                _fans(res + d + 1, d), _fans(res + 3, d)]
    dis = [e for e in errs if e != correct and not e.startswith("0") and _fparse(e) > 0]
    ch = choices(rng, correct, dis, sort_key=_fparse)
    e = _fexp([x, y], ["+" if add else "-"], d, st)
    text = rng.choice([
        f"계산 결과로 알맞은 것을 고르시오.\n{e}\n{ch.block}",
        f"{e}의 값은 어느 것입니까?\n{ch.block}",
        f"다음 중 {e}{_pfx(y, d, '을/를')} 바르게 계산한 것은 어느 것인가요?\n{ch.block}",
    ])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["대분수", "분수"], choice=ch,
                   check=lambda: _fparse(ch.options[ch.correct]) == Fraction(x, d) + (1 if add else -1) * Fraction(y, d))


@family("4수01-15", "two-step-fraction")
def _ftwo(rng: random.Random) -> Problem:
    d = rng.choice([4, 5, 6, 7, 8, 9, 10])
    st = pick_style(rng, (0.4, 0.0, 0.6))
    who = name(rng)
    kind = rng.choice(["rope", "water", "table", "compare"])
    while True:
        u1 = _mixed_rand(rng, d, wmax=2, wmin=0)
        u2 = _mixed_rand(rng, d, wmax=1, wmin=0)
        total = rng.randint(2, 6) * d if kind != "compare" else ((u1 + u2) // d + rng.choice([0, 1])) * d
        if u1 + u2 < total or (kind == "compare" and total and u1 + u2 > total):
            break
    left = total - u1 - u2
    T, A, B = _ft(total, d, st), _ft(u1, d, st), _ft(u2, d, st)
    if kind == "rope":
        text = (f"길이가 {T} m인 끈이 있습니다. {josa(who, '은/는')} 이 끈에서 선물 상자를 묶는 데 {A} m, 꽃다발을 묶는 데 {B} m를 사용했습니다. "
                f"남은 끈의 길이는 몇 m입니까?")
        ans, fmt = f"{_fans(left, d)} m", "word"
    elif kind == "water":
        text = (f"물통에 물이 {T} L 들어 있었습니다. 화분에 물을 주는 데 {A} L를 쓰고, 강아지 물그릇에 {B} L를 부었습니다. "
                f"물통에 남은 물은 몇 L인지 구하세요.")
        ans, fmt = f"{_fans(left, d)} L", "word"
    elif kind == "table":
        text = (f"{who}네 가족은 쌀 {T} kg 가운데 이틀 동안 먹은 쌀의 양을 표로 나타냈습니다. 남은 쌀은 몇 kg입니까?\n"
                f"| 날 | 첫째 날 | 둘째 날 |\n| 먹은 쌀의 양(kg) | {A} | {B} |")
        ans, fmt = f"{_fans(left, d)} kg", "data"
    else:
        text = (f"{josa(who, '은/는')} 우유를 어제 {A} L, 오늘 {B} L 마셨습니다. 이틀 동안 마신 우유의 양과 {T} L 중에서 어느 것이 더 많은지 쓰고, "
                f"그 차는 몇 L인지 구하시오.")
        ans = (f"{total // d} L가 {_fans(left, d)} L 더 많습니다." if left > 0 else
               f"이틀 동안 마신 우유가 {_fans(-left, d)} L 더 많습니다.")
        return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A",
                       concepts=["분수", "대분수"],
                       check=lambda: (Fraction(u1, d) + Fraction(u2, d) > total // d) == (left < 0))
    return Problem(text=text, answer=ans, format=fmt, difficulty=4, achievement_level="A",
                   concepts=["분수", "대분수"],
                   check=lambda: _fparse(ans.rsplit(" ", 1)[0]) == Fraction(total, d) - Fraction(u1, d) - Fraction(u2, d) > 0)


# -- 4수01-16 소수의 덧셈과 뺄셈 (소수 두 자리 수 범위) --------------------------------------
def _rdec(rng: random.Random, places: int, lo: int = 0, hi: int = 9) -> Fraction:
    """A decimal with exactly ``places`` places (last digit not 0), whole part in lo..hi."""
    while True:
        k = rng.randint(lo * 10**places, (hi + 1) * 10**places - 1)
        if k % 10 and k > 0:
            return Fraction(k, 10**places)


def _vert(a: str, b: str, sym: str) -> str:
    """A column (세로셈) layout with the decimal points lined up."""
    ia, fa = (a.split(".") + [""])[:2]
    ib, fb = (b.split(".") + [""])[:2]
    wi, wf = max(len(ia), len(ib)), max(len(fa), len(fb))

    def cell(i: str, f_: str) -> str:
        return i.rjust(wi) + ("." + f_.ljust(wf) if f_ else " " * (wf + 1 if wf else 0))
    return f"   {cell(ia, fa)}\n{sym}  {cell(ib, fb)}\n" + "-" * (wi + wf + 4)


def _dec_pair(rng: random.Random, sub: bool) -> tuple[Fraction, Fraction]:
    pa, pb = rng.choice([(1, 1), (2, 2), (2, 2), (1, 2), (2, 1)])
    if sub and rng.random() < 0.2:
        a = Fraction(rng.randint(2, 10))
        b = _rdec(rng, rng.choice([1, 2]), 0, int(a) - 1)
        return a, b
    while True:
        a, b = _rdec(rng, pa, 0, rng.choice([1, 9, 20])), _rdec(rng, pb, 0, 9)
        if not sub or a > b:
            return a, b


@family("4수01-16", "decimal-add-computation")
def _dadd(rng: random.Random) -> Problem:
    a, b = _dec_pair(rng, sub=False)
    A, B = _dec(a), _dec(b)
    s = _dec(a + b)
    st = pick_style(rng, (0.3, 0.3, 0.4))
    form = rng.choice(["inline", "inline", "vertical", "sum"])
    if form == "vertical":
        text = rng.choice(["계산을 하시오.", "세로셈으로 계산해 보세요.", "빈칸에 알맞은 수를 써넣으세요."]) + "\n" + _vert(A, B, "+")
    elif form == "sum":
        text = rng.choice([f"{josa(A, '과/와')} {B}의 합을 구하시오.", f"{A}보다 {B} 큰 수는 얼마입니까?", f"{A}에 {josa(B, '을/를')} 더하면 얼마인가요?"])
    else:
        text = rng.choice([f"계산하시오.\n${A} + {B}$" if st == "latex" else f"계산하시오.\n{A} + {B}",
                           f"다음 덧셈을 하세요.\n{A} + {B} = □"])
    diff = 1 if len(A) == len(B) and (a + b) * 10 % 1 == 0 and int(a * 100) % 10 + int(b * 100) % 10 < 10 else 2
    return Problem(text=text, answer=s, format="computation", difficulty=diff, achievement_level="C",
                   concepts=["소수", "소수점"], check=lambda: Fraction(s) - b == a)


@family("4수01-16", "decimal-subtract-computation")
def _dsub(rng: random.Random) -> Problem:
    a, b = _dec_pair(rng, sub=True)
    A, B = _dec(a), _dec(b)
    r = _dec(a - b)
    form = rng.choice(["inline", "inline", "vertical", "diff"])
    if form == "vertical":
        text = rng.choice(["계산을 하시오.", "세로셈으로 계산하세요."]) + "\n" + _vert(A, B, "-")
    elif form == "diff":
        text = rng.choice([f"{josa(A, '과/와')} {B}의 차를 구하시오.", f"{A}보다 {B} 작은 수는 얼마입니까?", f"{A}에서 {josa(B, '을/를')} 빼면 얼마인가요?"])
    else:
        text = rng.choice([f"계산하시오.\n{A} - {B}", f"다음 뺄셈을 하세요.\n{A} - {B} = □", f"□ 안에 알맞은 수를 써넣으시오.\n{A} - {B} = □"])
    mixed_len = "." not in A or len(A.split(".")[1]) != len(B.split(".")[1])
    return Problem(text=text, answer=r, format="computation", difficulty=3 if mixed_len else 2,
                   achievement_level="B" if mixed_len else "C", concepts=["소수", "소수점"],
                   check=lambda: Fraction(r) + b == a)


_D_ADD_CTX = [
    ("km", "집에서 공원까지 {A}, 공원에서 도서관까지 {B}입니다", "집에서 공원을 거쳐 도서관까지 가는 거리는 몇 km입니까?"),
    ("kg", "빈 바구니의 무게는 {A}{iko} 바구니에 담은 사과의 무게는 {B}입니다", "사과를 담은 바구니의 무게는 몇 kg인가요?"),
    ("L", "물통에 물이 {A} 들어 있었는데 {B}{eul} 더 부었습니다", "물통에 들어 있는 물은 모두 몇 L입니까?"),
    ("m", "{who}의 키는 작년에 {A}{yeot} 1년 동안 {B} 자랐습니다", "올해 {who}의 키는 몇 m입니까?"),
    ("kg", "{who_n} 감자 {A}{gwa} 고구마 {B}{eul} 샀습니다", "산 감자와 고구마는 모두 몇 kg입니까?"),
    ("m", "빨간 끈 {A}{gwa} 파란 끈 {B}{eul} 겹치지 않게 이어 붙였습니다", "이어 붙인 끈의 전체 길이는 몇 m인지 구하시오."),
    ("L", "주전자에 보리차가 {A} 있고, 물병에 보리차가 {B} 있습니다", "보리차는 모두 몇 L입니까?"),
]


def _unit_particles(unit: str) -> dict[str, str]:
    has = _pu(unit, "이/가") == "이"
    return {"iko": "이고,", "yeot": "이었는데," if has else "였는데,",
            "eul": _pu(unit, "을/를"), "gwa": _pu(unit, "과/와")}


@family("4수01-16", "decimal-add-word")
def _dadd_word(rng: random.Random) -> Problem:
    unit, body, q = rng.choice(_D_ADD_CTX)
    who = name(rng)
    if "키" in body:
        a = _rdec(rng, 2, 1, 1)
        b = Fraction(rng.randint(2, 9), 100)
    elif unit == "km":
        a, b = _rdec(rng, rng.choice([1, 2]), 0, 3), _rdec(rng, rng.choice([1, 2]), 0, 3)
    else:
        a, b = _dec_pair(rng, sub=False)
    text = (body + ". " + q).format(A=f"{_dec(a)} {unit}", B=f"{_dec(b)} {unit}", who=who, who_n=josa(who, "은/는"),
                                    **_unit_particles(unit))
    s = a + b
    return Problem(text=text, answer=f"{_dec(s)} {unit}", format="word", difficulty=2, achievement_level="B",
                   concepts=["소수"], check=lambda: Fraction(_dec(s)) == a + b)


_D_MORE = {"멀리뛰기 기록": "멀리 뛰었습니까", "몸무게": "무겁습니까", "공 던지기 기록": "멀리 던졌습니까",
           "받은 빗물의 양": "많이 받았습니까"}


@family("4수01-16", "decimal-subtract-word")
def _dsub_word(rng: random.Random) -> Problem:
    a, b = _dec_pair(rng, sub=True)
    who, who2 = names(rng, 2)
    kind = rng.choice(["left", "diff", "more", "tape"])
    A, B = _dec(a), _dec(b)
    if kind == "left":
        obj, unit, verb = rng.choice([("우유", "L", "마셨습니다"), ("밀가루", "kg", "빵을 만드는 데 사용했습니다"),
                                     ("물", "L", "화분에 주었습니다"), ("철사", "m", "잘라 썼습니다")])
        text = rng.choice([
            f"{obj} {A} {unit} 중에서 {B} {unit}{_pu(unit, '을/를')} {verb}. 남은 {josa(obj, '은/는')} 몇 {unit}입니까?",
            f"{josa(who, '은/는')} {josa(obj, '을/를')} {A} {unit} 가지고 있었습니다. 그중 {B} {unit}{_pu(unit, '을/를')} {verb}. 남아 있는 {obj}의 양을 구하시오.",
        ])
    elif kind == "diff":
        what, unit, lo, hi = rng.choice([("멀리뛰기 기록", "m", 1, 2), ("몸무게", "kg", 25, 45), ("공 던지기 기록", "m", 8, 30),
                                         ("받은 빗물의 양", "L", 0, 5)])
        while True:
            a, b = _rdec(rng, rng.choice([1, 2]), lo, hi), _rdec(rng, rng.choice([1, 2]), lo, hi)
            if a > b:
                break
        A, B = _dec(a), _dec(b)
        text = rng.choice([
            f"{_poss(who, what)}{_p(what, '은/는')} {A} {unit}, {_poss(who2, what)}{_p(what, '은/는')} {B} {unit}입니다. {_poss('두 사람', what)}의 차는 몇 {unit}입니까?",
            f"{josa(what, '이/가')} {josa(who, '은/는')} {A} {unit}{_unit_particles(unit)['iko']} {josa(who2, '은/는')} {B} {unit}입니다. "
            f"{josa(who, '은/는')} {who2}보다 몇 {unit} 더 {_D_MORE[what]}?",
        ])
    elif kind == "more":
        unit = rng.choice(["km", "m"])
        text = (f"{josa(who, '은/는')} 오늘 목표 거리 {A} {unit} 중에서 {B} {unit}{_pu(unit, '을/를')} 걸었습니다. "
                f"목표 거리를 채우려면 몇 {unit} 더 걸어야 합니까?")
    else:
        unit = "m"
        text = (f"길이가 {A} m인 색 테이프가 있습니다. 이 색 테이프로 리본을 만들었더니 {B} m가 남았습니다. "
                f"리본을 만드는 데 사용한 색 테이프는 몇 m입니까?")
    r = a - b
    return Problem(text=text, answer=f"{_dec(r)} {unit}", format="word", difficulty=3, achievement_level="B",
                   concepts=["소수"], check=lambda: Fraction(_dec(r)) + b == a)


@family("4수01-16", "hundredths-count-fill")
def _dcount(rng: random.Random) -> Problem:
    add = rng.random() < 0.5
    p = rng.choice([1, 2])
    unit = "0.1" if p == 1 else "0.01"
    while True:
        m, n = rng.randint(3, 99 if p == 1 else 450), rng.randint(2, 99 if p == 1 else 300)
        if (add or m > n) and m % 10 and n % 10:
            break
    k = m + n if add else m - n
    a, b = Fraction(m, 10**p), Fraction(n, 10**p)
    A, B, R = _dec(a), _dec(b), _dec(Fraction(k, 10**p))
    sym = "+" if add else "-"
    text = rng.choice([
        f"□ 안에 알맞은 수를 써넣으세요.\n{josa(A, '은/는')} {josa(unit, '이/가')} □개, {josa(B, '은/는')} {josa(unit, '이/가')} □개이므로 "
        f"{A} {sym} {josa(B, '은/는')} {josa(unit, '이/가')} □개인 □입니다.",
        f"{A} {sym} {josa(B, '을/를')} {josa(unit, '이/가')} 몇 개인지 생각하여 계산하시오.",
    ])
    ans = f"{m}, {n}, {k}, {R}" if "□" in text else R
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="C",
                   concepts=["소수", "소수 둘째 자리" if p == 2 else "소수 첫째 자리"],
                   check=lambda: Fraction(R) == (a + b if add else a - b) and Fraction(R) * 10**p == k)


@family("4수01-16", "decimal-missing-number")
def _dmissing(rng: random.Random) -> Problem:
    a, b = _dec_pair(rng, sub=False)
    c = a + b
    A, B, C = _dec(a), _dec(b), _dec(c)
    kind = rng.choice(["add-left", "add-right", "sub-left", "sub-right", "word"])
    if kind == "add-left":
        eq, ans, chk = f"□ + {B} = {C}", A, lambda: Fraction(A) + b == c
    elif kind == "add-right":
        eq, ans, chk = f"{A} + □ = {C}", B, lambda: a + Fraction(B) == c
    elif kind == "sub-left":
        eq, ans, chk = f"□ - {B} = {A}", C, lambda: Fraction(C) - b == a
    elif kind == "sub-right":
        eq, ans, chk = f"{C} - □ = {A}", B, lambda: c - Fraction(B) == a
    else:
        op_ = rng.choice(["더했더니", "뺐더니"])
        if op_ == "더했더니":
            text = f"어떤 수에 {josa(B, '을/를')} 더했더니 {josa(C, '이/가')} 되었습니다. 어떤 수는 얼마입니까?"
            return Problem(text=text, answer=A, format="word", difficulty=3, achievement_level="B", concepts=["소수"],
                           check=lambda: Fraction(A) + b == c)
        text = f"어떤 수에서 {josa(B, '을/를')} 뺐더니 {josa(A, '이/가')} 되었습니다. 어떤 수를 구하시오."
        return Problem(text=text, answer=C, format="word", difficulty=3, achievement_level="B", concepts=["소수"],
                       check=lambda: Fraction(C) - b == a)
    text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{eq}", f"다음 식에서 □ 안에 알맞은 소수를 구하시오.\n{eq}"])
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="B", concepts=["소수"], check=chk)


@family("4수01-16", "misaligned-points-explain")
def _dmisalign(rng: random.Random) -> Problem:
    # a one-place and a two-place decimal: lining up the right ends instead of the points is the classic slip
    a = _rdec(rng, 1, 1, 9)
    b = _rdec(rng, 2, 0, 9)
    add = rng.random() < 0.6
    if not add and b >= a:
        a = a + int(b) + 1
    A, B = _dec(a), _dec(b)
    correct = a + b if add else a - b
    who = name(rng)
    if add:
        wrong = _dec(a / 10 + b)  # A read as if its digits sat one place further right
        w = max(len(A), len(B), len(wrong))
        layout = f"   {A.rjust(w)}\n+  {B.rjust(w)}\n{'-' * (w + 3)}\n   {wrong.rjust(w)}"
        text = rng.choice([
            f"{josa(who, '은/는')} {A} + {josa(B, '을/를')} 다음과 같이 계산했습니다. 잘못된 까닭을 쓰고 바르게 계산하시오.\n{layout}",
            f"{josa(who, '은/는')} {A} + {josa(B, '을/를')} 계산할 때 두 수의 끝자리를 맞추어 써서 {josa(wrong, '이/가')} 나왔습니다. "
            f"무엇이 잘못되었는지 설명하고 바른 답을 구하세요.",
        ])
        ans = (f"소수점의 자리를 맞추지 않고 끝자리를 맞추어 계산했기 때문입니다. 소수점끼리 맞추어 같은 자리 수끼리 더하면 "
               f"{A} + {B} = {_dec(correct)}입니다.")
    else:
        text = rng.choice([
            f"{A} - {B}\n위 뺄셈을 세로셈으로 계산할 때 주의할 점을 설명하고 계산 결과를 쓰시오.",
            f"{A}에서 {josa(B, '을/를')} 빼는 방법을 설명하고, 계산한 값을 구하세요.",
        ])
        A2 = _dec(a, 2)
        ans = (f"소수점의 자리를 맞추어 쓰고, {josa(A, '을/를')} {josa(A2, '으로/로')} 생각하여 같은 자리 수끼리 뺍니다. "
               f"{A} - {B} = {_dec(correct)}")
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["소수", "소수점"],
                   check=lambda: Fraction(_dec(correct)) == (a + b if add else a - b))


@family("4수01-16", "decimal-result-mcq")
def _dmcq(rng: random.Random) -> Problem:
    kind = rng.choice(["largest", "smallest", "correct"])
    if kind == "correct":
        a, b = _dec_pair(rng, sub=rng.random() < 0.5)
        sub = a > b and rng.random() < 0.5
        res = a - b if sub else a + b
        shift = [Fraction(1, 10), Fraction(1, 100), Fraction(1), Fraction(-1, 10), Fraction(-1, 100), Fraction(-1),
                 Fraction(11, 100), Fraction(2, 10), Fraction(10)]
        dis = [_dec(res + s_) for s_ in shift if res + s_ > 0]
        ch = choices(rng, _dec(res), dis, sort_key=Fraction)
        e = f"{_dec(a)} {'-' if sub else '+'} {_dec(b)}"
        text = rng.choice([f"{e}의 계산 결과는 어느 것입니까?\n{ch.block}", f"다음을 계산한 값을 고르시오.\n{e}\n{ch.block}"])
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="C", concepts=["소수"],
                       choice=ch, check=lambda: Fraction(ch.options[ch.correct]) == res)
    while True:
        exprs = []
        for _ in range(5):
            sub = rng.random() < 0.5
            a, b = _dec_pair(rng, sub=sub)
            exprs.append((f"{_dec(a)} {'-' if sub else '+'} {_dec(b)}", a - b if sub else a + b))
        vals = [v for _, v in exprs]
        if len(set(vals)) == 5:
            break
    tgt = max(vals) if kind == "largest" else min(vals)
    correct = next(e for e, v in exprs if v == tgt)
    ch = choices(rng, correct, [e for e, v in exprs if v != tgt])
    word = "큰" if kind == "largest" else "작은"
    text = rng.choice([f"계산 결과가 가장 {word} 것은 어느 것입니까?\n{ch.block}",
                       f"다음 중 계산한 값이 가장 {word} 식을 고르세요.\n{ch.block}"])
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="B", concepts=["소수"],
                   choice=ch, check=lambda: dict(exprs)[ch.options[ch.correct]] == tgt)


@family("4수01-16", "decimal-table-data")
def _dtable(rng: random.Random) -> Problem:
    ctx = rng.choice([
        ("요일", ["월", "화", "수", "목"], "달린 거리(km)", "km", (1, 4)),
        ("이름", None, "멀리뛰기 기록(m)", "m", (1, 2)),
        ("구간", ["집~공원", "공원~시장", "시장~학교"], "거리(km)", "km", (0, 2)),
        ("과일", ["사과", "배", "참외", "수박"], "무게(kg)", "kg", (0, 5)),
    ])
    head, cols, row, unit, (lo, hi) = ctx
    if cols is None:
        cols = names(rng, rng.choice([3, 4]))
    cols = cols[:rng.choice([3, len(cols)])]
    vals: list[Fraction] = []
    while len(vals) < len(cols):
        v = _rdec(rng, rng.choice([1, 2, 2]), lo, hi)
        if v not in vals:
            vals.append(v)
    tbl = f"| {head} | {' | '.join(cols)} |\n| {row} | {' | '.join(_dec(v) for v in vals)} |"
    q = rng.choice(["total", "range"] if head != "구간" else ["total"])
    if q == "total":
        ans_v = sum(vals, Fraction(0))
        ask = {"요일": "요일별로 달린 거리를 나타낸 표입니다. 모두 몇 km를 달렸습니까?",
               "이름": "친구들의 멀리뛰기 기록을 나타낸 표입니다. 기록을 모두 더하면 몇 m입니까?",
               "구간": "집에서 학교까지 가는 길의 구간별 거리를 나타낸 표입니다. 집에서 공원과 시장을 거쳐 학교까지 가는 거리는 몇 km입니까?",
               "과일": "바구니에 담은 과일의 무게를 나타낸 표입니다. 과일의 무게는 모두 몇 kg입니까?"}[head]
        diff = 3
    else:
        ans_v = max(vals) - min(vals)
        ask = {"요일": "요일별로 달린 거리를 나타낸 표입니다. 가장 많이 달린 날은 가장 적게 달린 날보다 몇 km 더 달렸습니까?",
               "이름": "친구들의 멀리뛰기 기록을 나타낸 표입니다. 가장 좋은 기록과 가장 낮은 기록의 차는 몇 m인가요?",
               "과일": "과일의 무게를 나타낸 표입니다. 가장 무거운 과일과 가장 가벼운 과일의 무게의 차를 구하시오."}[head]
        diff = 3
    ans = f"{_dec(ans_v)} {unit}"
    return Problem(text=f"{ask}\n{tbl}", answer=ans, format="data", difficulty=diff, achievement_level="B",
                   concepts=["소수"], check=lambda: Fraction(ans.split(" ")[0]) == ans_v)


@family("4수01-16", "digit-cards-decimal-sum")
def _dcards(rng: random.Random) -> Problem:
    from itertools import permutations
    ds = rng.sample(range(1, 10), 3)
    nums = sorted({Fraction(int("".join(map(str, p))), 100) for p in permutations(ds)})
    big, small = nums[-1], nums[0]
    cards = "  ".join(f"[{d}]" for d in ds)
    q = rng.choice(["sum", "diff"])
    res = big + small if q == "sum" else big - small
    text = rng.choice([
        f"수 카드 3장을 한 번씩 모두 사용하여 □.□□ 모양의 소수 두 자리 수를 만들려고 합니다. 만들 수 있는 가장 큰 수와 가장 작은 수의 {'합' if q == 'sum' else '차'}을 구하시오.\n{cards}",
        f"{cards}\n세 장의 카드를 모두 한 번씩 사용하여 소수 두 자리 수를 만들 때, 가장 큰 수와 가장 작은 수의 {'합' if q == 'sum' else '차'}은 얼마입니까?",
    ])
    return Problem(text=text, answer=_dec(res), format="word", difficulty=4, achievement_level="A",
                   concepts=["소수", "소수 둘째 자리"],
                   check=lambda: Fraction(_dec(res)) == (max(nums) + min(nums) if q == "sum" else max(nums) - min(nums)))
