"""Grades 1–2, 수와 연산 (2수01-01 … 2수01-11): numbers up to 100 and up to four digits,
composing and decomposing numbers, two-digit addition and subtraction, □ equations,
the meaning of multiplication and the times tables.

Private helpers (``_`` prefix) are shared with ``g2su02``, ``g2su03`` and ``g2su04``.
"""

from __future__ import annotations

import random

from mathtag.corpus.generators.base import Problem, elementary_level, family
from mathtag.corpus.korean import COUNTABLE, NAMES, josa
from mathtag.corpus.mcq import Choice, choices
from mathtag.corpus.notation import pick_style

# -- private helpers ------------------------------------------------------------------------------
# Grades 1–2 materials rarely use LaTeX; most print plain or Unicode signs.
_STYLE_W = (0.15, 0.5, 0.35)


def _st(rng: random.Random) -> str:
    return pick_style(rng, _STYLE_W)


def _p(word: str, pair: str) -> str:
    """Only the particle that fits ``word`` (``_p("3", "을/를") == "을"``)."""
    return josa(word, pair)[len(word):]


def _kid(n: str) -> str:
    """A child's name as 1–2학년 textbooks write it before a particle: 민준 → 민준이, 서연 → 서연."""
    ch = n[-1]
    has_final = "가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 != 0
    return n + "이" if has_final else n


def _kids(rng: random.Random, k: int) -> list[str]:
    return [_kid(n) for n in rng.sample(NAMES, k)]


_SYM = {
    "+": {"latex": "+", "unicode": "+", "plain": "+"},
    "-": {"latex": "-", "unicode": "−", "plain": "-"},
    "×": {"latex": "\\times", "unicode": "×", "plain": "×"},
    "=": {"latex": "=", "unicode": "=", "plain": "="},
    "□": {"latex": "\\square", "unicode": "□", "plain": "□"},
    ">": {"latex": ">", "unicode": ">", "plain": ">"},
    "<": {"latex": "<", "unicode": "<", "plain": "<"},
    "○": {"latex": "\\bigcirc", "unicode": "○", "plain": "○"},
}


def _ex(st: str, *toks: object) -> str:
    """An expression such as ``36 + 47 = □`` written in a style (LaTeX wrapped in ``$``)."""
    parts = [_SYM[t][st] if isinstance(t, str) and t in _SYM else str(t) for t in toks]
    s = " ".join(parts)
    return f"${s}$" if st == "latex" else s


def _eq(*toks: object) -> str:
    """An expression as an answer text (plain signs): ``3 × 4 = 12``."""
    return " ".join(str(t) for t in toks)


def _vert(a: int, sym: str, b: int) -> str:
    """A vertical (세로셈) layout in monospaced text."""
    w = max(len(str(a)), len(str(b))) + 2
    return f"{str(a).rjust(w)}\n{sym}{str(b).rjust(w - 1)}\n{'-' * w}"


_FILL_END = (
    "□ 안에 알맞은 수를 써넣으세요.",
    "□ 안에 알맞은 수를 써넣으시오.",
    "빈칸에 알맞은 수를 써넣으세요.",
    "□에 들어갈 수를 구하세요.",
)

_DIG = "영일이삼사오육칠팔구"
_NATIVE_ONES = ("", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉")
_NATIVE_TENS = ("", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")
_ORD = ("", "첫째", "둘째", "셋째", "넷째", "다섯째", "여섯째", "일곱째", "여덟째", "아홉째", "열째")


def _sino(n: int) -> str:
    """Sino-Korean reading of 0 … 9999: 4058 → 사천오십팔."""
    if n == 0:
        return "영"
    out = ""
    for val, unit in ((1000, "천"), (100, "백"), (10, "십"), (1, "")):
        d = n // val % 10
        if d:
            out += unit if (d == 1 and unit) else _DIG[d] + unit
    return out


def _native(n: int) -> str:
    """Native-Korean reading of 1 … 99: 75 → 일흔다섯."""
    return _NATIVE_TENS[n // 10] + _NATIVE_ONES[n % 10]


def _parse_sino(s: str) -> int:
    v, cur = 0, None
    for ch in s:
        if ch in _DIG:
            cur = _DIG.index(ch)
        else:
            v += (1 if cur is None else cur) * {"천": 1000, "백": 100, "십": 10}[ch]
            cur = None
    return v + (cur or 0)


def _parse_native(s: str) -> int:
    for t in range(9, -1, -1):
        if _NATIVE_TENS[t] and s.startswith(_NATIVE_TENS[t]):
            rest = s[len(_NATIVE_TENS[t]):]
            return t * 10 + (_NATIVE_ONES.index(rest) if rest else 0)
    return _NATIVE_ONES.index(s)


def _mcq(rng: random.Random, stem: str, correct: str, wrong: list[str], n: int = 5,
         sort_key: object = None) -> tuple[str, Choice]:
    ch = choices(rng, correct, wrong, n=n, sort_key=sort_key)
    return f"{stem}\n{ch.block}", ch


def _num_wrong(rng: random.Random, correct: int, pool: list[int], k: int = 6, lo: int = 0) -> list[str]:
    """Distinct wrong numbers: the given likely mistakes first, then near misses."""
    out: list[str] = []
    for v in pool:
        if v >= lo and v != correct and str(v) not in out:
            out.append(str(v))
    step = 1 if correct < 30 else 10 if correct > 200 else rng.choice([1, 10])
    while len(out) < k:
        v = correct + rng.choice([-3, -2, -1, 1, 2, 3]) * step
        if v >= lo and v != correct and str(v) not in out:
            out.append(str(v))
    return out


def _table(rng: random.Random, header: list[str], rows: list[list[object]]) -> str:
    """A small table in one of the text layouts real materials use."""
    style = rng.choice(("pipe", "pipe", "tab"))
    lines = [header, *[[str(c) for c in r] for r in rows]]
    if style == "pipe":
        return "\n".join("| " + " | ".join(str(c) for c in ln) + " |" for ln in lines)
    return "\n".join("\t".join(str(c) for c in ln) for ln in lines)


def _obj(rng: random.Random, bundle: bool = False) -> tuple[str, str]:
    """A countable object; ``bundle`` keeps only things one can tie in bundles (no animals, cars)."""
    pool = [c for c in COUNTABLE if c[1] not in ("마리", "대")] if bundle else list(COUNTABLE)
    return rng.choice(pool)


def _was(word: str) -> str:
    """``word`` + past copula: 11장 → 11장이었습니다, 6개 → 6개였습니다."""
    return word + ("이었습니다" if _p(word, "이/가") == "이" else "였습니다")


# -- 2수01-01 0과 100까지의 수: 세기, 읽기, 쓰기 ----------------------------------------------------
@family("2수01-01", "bundles-and-ones-to-number")
def _f0101_bundles(rng: random.Random) -> Problem:
    hard = rng.random() < 0.25
    tens = rng.randint(1, 8 if hard else 9)
    ones = rng.randint(10, 19) if hard else rng.randint(0, 9)
    total = tens * 10 + ones
    obj, unit = _obj(rng, bundle=True)
    kind = rng.randrange(5)
    if kind == 0:
        text = f"10개씩 묶음 {tens}개와 낱개 {ones}개는 □입니다. " + rng.choice(_FILL_END)
        fmt, ans = "fill", str(total)
    elif kind == 1:
        text = rng.choice([
            f"{josa(obj, '이/가')} 10{unit}씩 {tens}묶음과 낱개로 {ones}{unit} 있습니다. {josa(obj, '은/는')} 모두 몇 {unit}인가요?",
            f"10{unit}씩 묶은 {obj} {tens}묶음과 낱개 {ones}{unit}{_p(unit, '이/가')} 있어요. {obj}의 수를 세어 쓰세요.",
        ])
        fmt, ans = "word", f"{total}{unit}"
    elif kind == 2:
        box = rng.choice(["판", "상자"])
        text = (f"달걀이 10개씩 담긴 {box}{_p(box, '이/가')} {tens}{box} 있고, 낱개로 {ones}개가 더 있습니다. "
                + rng.choice(["달걀은 모두 몇 개일까요?", "달걀은 모두 몇 개입니까?"]))
        fmt, ans = "word", f"{total}개"
    elif kind == 3:
        text = rng.choice([
            f"십 모형 {tens}개와 일 모형 {ones}개가 나타내는 수를 쓰세요.",
            f"수 모형을 보고 수를 쓰시오.\n십 모형: {tens}개, 일 모형: {ones}개",
        ])
        fmt, ans = "computation", str(total)
    else:
        if rng.random() < 0.5:
            text = (f"요구르트가 10개씩 묶인 것이 {tens}묶음 있고, 낱개로 {ones}개가 있습니다. "
                    "요구르트는 모두 몇 개인가요?")
        else:
            text = (f"한 판에 10조각인 초콜릿 {tens}판과 낱개 {ones}조각이 있습니다. 초콜릿 조각은 모두 몇 개인가요?")
        ans = f"{total}개"
        fmt = "word"
    d = 3 if hard else rng.choice([1, 2])
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="A" if hard else "C",
                   concepts=["10개씩 묶음", "낱개"], check=lambda: len("x" * 10 * tens + "y" * ones) == total)


@family("2수01-01", "number-to-bundles")
def _f0101_split_tens(rng: random.Random) -> Problem:
    n = rng.randint(11, 99)
    t, o = divmod(n, 10)
    kind = rng.randrange(5)
    if kind == 0:
        text = f"{josa(str(n), '은/는')} 10개씩 묶음 □개와 낱개 □개입니다. " + rng.choice(_FILL_END)
        ans, fmt, d, lv = f"{t}, {o}", "fill", 1, "C"
    elif kind == 1:
        thing = rng.choice(["구슬", "사탕", "단추", "밤"])
        text = (f"{thing} {n}개를 한 봉지에 10개씩 담으려고 합니다. 10개씩 담은 봉지는 몇 봉지가 되고, "
                f"남는 {josa(thing, '은/는')} 몇 개인가요?")
        ans, fmt, d, lv = f"{t}봉지, {o}개", "word", 2, "B"
    elif kind == 2:
        text = rng.choice([
            f"{josa(str(n), '을/를')} 수 모형으로 나타내려면 십 모형과 일 모형이 각각 몇 개 필요한가요?",
            f"십 모형과 일 모형으로 {josa(str(n), '을/를')} 나타내 보세요. 십 모형은 몇 개, 일 모형은 몇 개인가요?",
        ])
        ans, fmt, d, lv = f"십 모형 {t}개, 일 모형 {o}개", "word", 1, "C"
    elif kind == 3 and t >= 2:
        text = f"{josa(str(n), '은/는')} 10개씩 묶음 {t - 1}개와 낱개 □개입니다. " + rng.choice(_FILL_END)
        ans, fmt, d, lv = str(o + 10), "fill", 3, "A"
    else:
        if o == 0:
            n += rng.randint(1, 9)
            t, o = divmod(n, 10)
        thing = rng.choice(["색종이", "딱지", "스티커"])
        text = (f"{josa(thing, '이/가')} {n}장 있습니다. 10장씩 묶음을 {t + 1}개 만들려면 {josa(thing, '은/는')} 몇 장 더 "
                + rng.choice(["있어야 하나요?", "필요합니까?"]))
        ans, fmt, d, lv = f"{10 - o}장", "word", 3, "A"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lv,
                   concepts=["10개씩 묶음", "낱개"], check=lambda: t * 10 + o == n)


@family("2수01-01", "read-two-digit-mcq")
def _f0101_read(rng: random.Random) -> Problem:
    while True:
        n = rng.randint(21, 99)
        t, o = divmod(n, 10)
        if o and t != o:
            break
    rev = o * 10 + t
    sino, nat = _sino(n), _native(n)
    mixed = [_DIG[t] + "십" + _NATIVE_ONES[o], _NATIVE_TENS[t] + _DIG[o]]  # 칠십다섯, 일흔오
    kind = rng.randrange(3)
    if kind == 0:
        correct = rng.choice([sino, nat])
        wrong = [_sino(rev), _native(rev), *mixed, _sino(n + 10) if n < 90 else _sino(n - 20),
                 _native(n - 10), _sino(t * 100 + o)]
        stem = rng.choice([f"{josa(str(n), '을/를')} 바르게 읽은 것은 어느 것인가요?",
                           f"수 {josa(str(n), '을/를')} 읽은 것으로 알맞은 것을 고르세요."])
        text, ch = _mcq(rng, stem, correct, [w for w in wrong if w not in (sino, nat)])
        check = lambda: _parse_sino(correct) == n if correct == sino else _parse_native(correct) == n  # noqa: E731
    elif kind == 1:
        word = rng.choice([sino, nat])
        stem = rng.choice([f"'{word}'{_p(word, '을/를')} 수로 바르게 쓴 것은 어느 것입니까?",
                           f"선생님께서 \"{word}\"{_p(word, '이라/라')}고 말씀하셨습니다. 이 수를 바르게 쓴 것을 고르세요."])
        wrong = [str(rev), f"{t * 10}{o}", str(n + 10 if n < 90 else n - 10), str(n - 1), str(n + 1)]
        text, ch = _mcq(rng, stem, str(n), wrong, sort_key=int)
        check = lambda: int(ch.options[ch.correct]) == n  # noqa: E731
    else:
        stem = rng.choice(["나타내는 수가 다른 하나는 어느 것인가요?", "다음 중 나타내는 수가 나머지와 다른 것은?"])
        same = [str(n), sino, nat, f"10개씩 묶음 {t}개와 낱개 {o}개"]
        odd = rng.choice([_sino(rev), _native(rev), f"10개씩 묶음 {o}개와 낱개 {t}개", str(rev)])
        ch = choices(rng, odd, same, n=5)
        text = f"{stem}\n{ch.block}"
        check = lambda: odd not in same  # noqa: E731
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2 if kind < 2 else 3,
                   achievement_level="C" if kind == 1 else "B", concepts=["수 읽기"], choice=ch, check=check)


@family("2수01-01", "ordinal-position-in-line")
def _f0101_ordinal(rng: random.Random) -> Problem:
    total = rng.randint(6, 10)
    pos = rng.randint(2, total - 1)
    who = _kid(rng.choice(NAMES))
    kind = rng.randrange(4)
    if kind == 0:
        side = rng.choice(["앞", "뒤"])
        text = (f"어린이 {total}명이 한 줄로 서 있습니다. {josa(who, '은/는')} {side}에서 {_ORD[pos]}에 서 있습니다. "
                f"{who} {side}에는 몇 명이 서 있나요?")
        ans, d = pos - 1, 2
        unit = "명"
    elif kind == 1:
        text = (f"{total}명이 달리기를 했습니다. {josa(who, '은/는')} {_ORD[pos]}로 들어왔습니다. "
                f"{who}보다 늦게 들어온 사람은 몇 명일까요?")
        ans, d = total - pos, 3
        unit = "명"
    elif kind == 2:
        things = rng.choice([("동화책", "권", "책꽂이에"), ("인형", "개", "선반 위에"), ("화분", "개", "창가에")])
        text = (f"{things[2]} {things[0]} {total}{things[1]}{_p(things[1], '이/가')} 나란히 놓여 있습니다. "
                f"왼쪽에서 {_ORD[pos]} {josa(things[0], '은/는')} 오른쪽에서 몇째인지 수로 쓰세요. (예: 셋째 → 3)")
        ans, d = total - pos + 1, 3
        unit = ""
    else:
        floor_total = rng.randint(5, 9)
        pos = rng.randint(2, floor_total - 1)
        text = (f"{floor_total}층짜리 건물이 있습니다. 아래에서 {_ORD[pos]} 층은 위에서 몇째 층인가요? 수로 쓰세요.")
        ans, d, total = floor_total - pos + 1, 3, floor_total
        unit = ""
    line = list(range(1, total + 1))

    def check() -> bool:
        if kind == 0:
            return ans == len(line[:pos - 1])
        if kind == 1:
            return ans == len(line[pos:])
        return line[::-1].index(pos) + 1 == ans

    return Problem(text=text, answer=f"{ans}{unit}", format="word", difficulty=d,
                   achievement_level="B" if d < 3 else "A", concepts=["순서", "몇째"], check=check)


_COUNT_SENT = ("바구니에 귤이 {n}개 있습니다.", "우리 모둠은 {n}명입니다.", "필통에 연필이 {n}자루 있습니다.",
               "어항에 금붕어가 {n}마리 있습니다.", "문구점에서 공책 {n}권을 샀습니다.", "꽃병에 장미가 {n}송이 꽂혀 있습니다.")
_ORDER_SENT = ("달리기에서 {n}등을 했습니다.", "급식을 받으려고 앞에서 {o}에 섰습니다.",
               "{n}교시에는 체육을 합니다.", "키 순서로 {o}에 앉았습니다.", "책을 빌리러 {o}로 도착했습니다.")
_NAME_SENT = ("우리 동네에는 {b}번 버스가 다닙니다.", "좋아하는 축구 선수의 등번호는 {n}번입니다.",
              "내 사물함 번호는 {b}번입니다.", "우리 반 교실은 {n}반입니다.", "학교 앞 가게의 전화번호 끝자리는 {b}입니다.")


@family("2수01-01", "number-meaning-count-order-name")
def _f0101_meaning(rng: random.Random) -> Problem:
    def fill(s: str) -> str:
        return s.format(n=rng.randint(2, 9), o=_ORD[rng.randint(2, 9)], b=rng.randint(11, 99))

    groups = {"개수": _COUNT_SENT, "순서": _ORDER_SENT, "이름": _NAME_SENT}
    target = rng.choice(list(groups))
    if rng.random() < 0.55:
        correct = fill(rng.choice(groups[target]))
        others = [fill(s) for k, v in groups.items() if k != target for s in v]
        stem = rng.choice([f"다음 중 수가 {josa(target, '을/를')} 나타내는 것은 어느 것인가요?",
                           f"수가 {josa(target, '을/를')} 나타내는 문장을 고르세요."])
        ch = choices(rng, correct, others, n=rng.choice([4, 5]))
        return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2,
                       achievement_level="B", concepts=["수", "순서"], choice=ch,
                       check=lambda: [o == correct for o in ch.options].count(True) == 1 and correct not in others)
    sent = fill(rng.choice(groups[target]))
    text = rng.choice([
        f"다음 문장에서 수는 개수, 순서, 이름 중 무엇을 나타내나요?\n{sent}",
        f"\"{sent}\"\n이 문장에 쓰인 수는 무엇을 나타내는지 쓰세요. (개수, 순서, 이름 중에서 고르세요.)",
    ])
    return Problem(text=text, answer=target, format="word", difficulty=2, achievement_level="B",
                   concepts=["수", "순서"], check=lambda: target in groups)


@family("2수01-01", "even-odd-within-20")
def _f0101_even_odd(rng: random.Random) -> Problem:
    kind = rng.randrange(4)
    want = rng.choice(["짝수", "홀수"])
    is_want = (lambda x: x % 2 == 0) if want == "짝수" else (lambda x: x % 2 == 1)
    if kind == 0:
        nums = sorted(rng.sample(range(1, 21), 6))
        if not any(is_want(x) for x in nums):
            nums[0] = 2 if want == "짝수" else 1
            nums.sort()
        text = rng.choice([f"다음 수 중에서 {josa(want, '을/를')} 모두 찾아 쓰세요.\n",
                           f"{josa(want, '을/를')} 모두 골라 쓰시오.\n"]) + ", ".join(map(str, nums))
        ans = ", ".join(str(x) for x in nums if is_want(x))
        return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="C",
                       concepts=["짝수", "홀수"], check=lambda: all(int(s) % 2 == (0 if want == "짝수" else 1) for s in ans.split(", ")))
    if kind == 1:
        n = rng.randint(5, 20)
        obj, unit = _obj(rng)
        text = rng.choice([
            f"{obj} {n}{josa(unit, '을/를')} 둘씩 짝을 지었습니다. 짝이 없는 {josa(obj, '이/가')} 남나요? {n}{_p(unit, '은/는')} 짝수인가요, 홀수인가요?",
            f"{_kid(rng.choice(NAMES))}네 반 학생 {n}명이 둘씩 손을 잡고 섰습니다. {josa(str(n), '은/는')} 짝수와 홀수 중 어느 것인가요?",
        ])
        ans = "홀수" if n % 2 else "짝수"
        return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="B",
                       concepts=["짝수", "홀수"], check=lambda: (n - 2 * (n // 2) == 1) == (ans == "홀수"))
    if kind == 2:
        correct = rng.choice([x for x in range(3, 21) if is_want(x)])
        wrong = [str(x) for x in range(3, 21) if not is_want(x)]
        text, ch = _mcq(rng, f"다음 중 {josa(want, '은/는')} 어느 것입니까?", str(correct), wrong, sort_key=int)
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="C",
                       concepts=["짝수", "홀수"], choice=ch, check=lambda: is_want(int(ch.options[ch.correct])))
    lo = rng.randint(1, 8)
    hi = rng.randint(lo + 6, 20)
    cnt = sum(1 for x in range(lo, hi + 1) if is_want(x))
    text = rng.choice([
        f"{lo}부터 {hi}까지의 수 중에서 {josa(want, '은/는')} 모두 몇 개인가요?",
        f"{lo}부터 {hi}까지의 수를 차례로 쓸 때, {josa(want, '은/는')} 모두 몇 번 쓰게 되나요?",
    ])
    return Problem(text=text, answer=f"{cnt}번" if "몇 번" in text else f"{cnt}개", format="word", difficulty=3,
                   achievement_level="A",
                   concepts=["짝수", "홀수"], check=lambda: cnt == len([x for x in range(lo, hi + 1) if x % 2 == (0 if want == "짝수" else 1)]))


@family("2수01-01", "reading-to-number")
def _f0101_write(rng: random.Random) -> Problem:
    n = rng.randint(11, 100)
    word = _sino(n).replace("일백", "백") if n < 100 else "백"
    is_native = n < 100 and rng.random() < 0.5
    if is_native:
        word = _native(n)
    kind = rng.randrange(4)
    if kind == 0:
        text = rng.choice([f"'{word}'{_p(word, '을/를')} 수로 쓰세요.", f"다음을 수로 쓰시오.\n{word}"])
    elif kind == 1:
        who = _kid(rng.choice(NAMES))
        text = f"{josa(who, '이/가')} 줄넘기를 하면서 \"{word}!\"까지 세었습니다. {josa(who, '은/는')} 줄넘기를 몇 번 했나요? 수로 쓰세요."
    elif kind == 2:
        if n < 100:
            word = _native(n)
            is_native = True
        text = f"선생님이 \"오늘 우리가 심은 꽃은 모두 {word} 송이예요.\"라고 말씀하셨습니다. 심은 꽃은 몇 송이인지 수로 쓰세요."
    else:
        text = f"{word}{_p(word, '을/를')} 수로 쓰면 □입니다. □ 안에 알맞은 수를 써넣으세요."
    return Problem(text=text, answer=str(n), format="fill" if kind == 3 else "computation" if kind == 0 else "word",
                   difficulty=1 if n % 10 == 0 or n < 50 else 2, achievement_level="C",
                   concepts=["수 읽기", "수 쓰기"],
                   check=lambda: (_parse_native(word) if is_native else _parse_sino(word)) == n)


@family("2수01-01", "count-pictured-objects")
def _f0101_count_picture(rng: random.Random) -> Problem:
    n = rng.randint(12, 48)
    sym = rng.choice(["●", "★", "♥", "■", "▲", "○"])
    grouped = rng.random() < 0.5
    if grouped:
        full, rest = divmod(n, 10)
        pic = " ".join([sym * 10] * full + ([sym * rest] if rest else []))
        lead = rng.choice(["10개씩 묶어 놓은 그림입니다.", "모양을 10개씩 묶어 그렸습니다."])
    else:
        chunks, left = [], n
        while left:
            k = min(left, rng.randint(3, 7))
            chunks.append(sym * k)
            left -= k
        pic = "  ".join(chunks)
        lead = rng.choice(["모양이 흩어져 있습니다.", "다음 그림을 보세요."])
    text = f"{lead}\n{pic}\n" + rng.choice([
        f"{sym} 모양은 모두 몇 개인가요?",
        f"10개씩 묶어 세면 {sym} 모양은 10개씩 묶음 몇 개와 낱개 몇 개인가요? 모두 몇 개인지도 쓰세요.",
        f"{sym}의 수를 세어 □ 안에 써넣으세요. → □개",
    ])
    t, o = divmod(n, 10)
    ans = f"10개씩 묶음 {t}개, 낱개 {o}개, {n}개" if "묶음 몇 개" in text else str(n)
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "word",
                   difficulty=1 if grouped else 2, achievement_level="C", concepts=["10개씩 묶음", "낱개", "수 세기"],
                   check=lambda: pic.count(sym) == n)


@family("2수01-01", "zero-and-hundred")
def _f0101_zero_hundred(rng: random.Random) -> Problem:
    kind = rng.randrange(4)
    if kind == 0:
        obj, unit = _obj(rng)
        k = rng.randint(2, 6)
        text = rng.choice([
            f"접시에 {josa(obj, '이/가')} {k}{unit} 있었는데 모두 다른 접시로 옮겼습니다. 처음 접시에 남은 {obj}의 수를 수로 쓰세요.",
            f"바구니 안에 {josa(obj, '이/가')} 하나도 없습니다. 바구니 안의 {obj} 수를 수로 나타내세요.",
        ])
        return Problem(text=text, answer="0", format="word", difficulty=1, achievement_level="C",
                       concepts=["0"], check=lambda: k - k == 0)
    if kind == 1:
        text = rng.choice([
            "10개씩 묶음 10개는 □입니다. □ 안에 알맞은 수를 써넣으세요.",
            "99보다 1만큼 더 큰 수를 쓰고 읽어 보세요.",
            "90보다 10만큼 더 큰 수는 얼마인가요?",
        ])
        ans = "100, 백" if "읽어" in text else "100"
        return Problem(text=text, answer=ans, format="fill" if "□" in text else "word", difficulty=1,
                       achievement_level="C", concepts=["100", "백"],
                       check=lambda: int(ans.split(",")[0]) == 10 * 10 and _sino(100) == "백")
    if kind == 2:
        boxes = rng.randint(6, 9)
        need = 10 - boxes
        text = (f"한 봉지에 구슬이 10개씩 들어 있습니다. 구슬 100개가 되려면 지금 있는 {boxes}봉지에 "
                "몇 봉지가 더 있어야 하나요?")
        return Problem(text=text, answer=f"{need}봉지", format="word", difficulty=3, achievement_level="A",
                       concepts=["100", "10개씩 묶음"], check=lambda: (boxes + need) * 10 == 100)
    correct = "100"
    wrong = ["10", "1000", "110", "99", "101", "90"]
    stem = rng.choice(["'백'을 수로 바르게 쓴 것은 어느 것인가요?", "10개씩 묶음 10개인 수는 어느 것입니까?"])
    text, ch = _mcq(rng, stem, correct, wrong, sort_key=int)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=1, achievement_level="C",
                   concepts=["100", "백"], choice=ch, check=lambda: ch.options[ch.correct] == str(10 * 10))


# -- 2수01-02 일, 십, 백, 천의 자릿값과 세·네 자리 수 읽고 쓰기 ------------------------------------
_PLACE = {1000: "천", 100: "백", 10: "십", 1: "일"}


def _n34(rng: random.Random, four: bool | None = None, zeros: bool = True) -> int:
    """A three- or four-digit number, often with a 0 digit (the classic trap)."""
    k = 4 if (four if four is not None else rng.random() < 0.5) else 3
    ds = [rng.randint(1, 9)] + [rng.choice([0, 0, *range(1, 10)]) if zeros else rng.randint(1, 9) for _ in range(k - 1)]
    return int("".join(map(str, ds)))


@family("2수01-02", "compose-from-place-counts")
def _f0102_compose(rng: random.Random) -> Problem:
    four = rng.random() < 0.5
    units = [1000, 100, 10, 1] if four else [100, 10, 1]
    counts = [rng.randint(1, 9)] + [rng.choice([0, *range(1, 10)]) for _ in units[1:]]
    hard = rng.random() < 0.25
    if hard:
        i = rng.randrange(1, len(units))
        counts[i] += 10
    total = sum(c * u for c, u in zip(counts, units, strict=True))
    parts = [(c, u) for c, u in zip(counts, units, strict=True) if c]
    listing = ", ".join(f"{u}{_p(str(u), '이/가')} {c}개" for c, u in parts)
    kind = rng.randrange(4)
    if kind == 0:
        text = f"{listing}인 수는 □입니다. " + rng.choice(_FILL_END)
        fmt = "fill"
    elif kind == 1:
        text = rng.choice([f"{listing}인 수를 쓰고 읽어 보세요.", f"다음이 나타내는 수를 쓰시오.\n{listing}"])
        fmt = "computation"
    elif kind == 2:
        model = {1000: "천 모형", 100: "백 모형", 10: "십 모형", 1: "일 모형"}
        shown = ", ".join(f"{model[u]} {c}개" for c, u in parts)
        text = f"수 모형 {shown}로 나타낸 수는 얼마인가요?"
        fmt = "word"
    else:
        pack = {1000: "1000장씩 상자", 100: "100장씩 묶음", 10: "10장씩 묶음", 1: "낱장"}
        shown = ", ".join(f"{pack[u]} {c}{'개' if u > 1 else '장'}" for c, u in parts)
        text = f"가게에 있는 색종이를 세었더니 {_was(shown)} 색종이는 모두 몇 장인가요?"
        fmt = "word"
    ans = str(total) + ("장" if kind == 3 else "")
    if kind == 1 and "읽어" in text:
        ans = f"{total}, {_sino(total)}"
    return Problem(text=text, answer=ans, format=fmt, difficulty=4 if hard else 2,
                   achievement_level="A" if hard else "C" if kind == 0 else "B",
                   concepts=["자릿값", "백", "천"] if four else ["자릿값", "백"],
                   check=lambda: int(str(total)) == sum(c * u for c, u in parts))


@family("2수01-02", "digit-value")
def _f0102_digit_value(rng: random.Random) -> Problem:
    while True:
        n = _n34(rng, zeros=False)
        s = str(n)
        pos = rng.randrange(len(s))
        if s.count(s[pos]) == 1:
            break
    digit, place = s[pos], 10 ** (len(s) - 1 - pos)
    val = int(digit) * place
    kind = rng.randrange(4)
    if kind == 0:
        text = rng.choice([f"{n}에서 숫자 {josa(digit, '이/가')} 나타내는 값은 얼마인가요?",
                           f"{n}에서 {digit}{_p(digit, '은/는')} 어느 자리 숫자이고, 얼마를 나타내나요?"])
        ans = f"{_PLACE[place]}의 자리, {val}" if "어느 자리" in text else str(val)
        fmt = "word"
    elif kind == 1:
        stem = f"{n}에서 숫자 {josa(digit, '이/가')} 나타내는 값을 고르세요."
        wrong = [int(digit) * p for p in (1, 10, 100, 1000, 10000) if p != place] + [int(digit)]
        text, ch = _mcq(rng, stem, str(val), [str(w) for w in wrong if w != val], n=4, sort_key=int)
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                       concepts=["자릿값"], choice=ch, check=lambda: int(ch.options[ch.correct]) == n // place % 10 * place)
    elif kind == 2:
        text = f"{n}에서 {_PLACE[place]}의 자리 숫자는 □이고, □을(를) 나타냅니다. " + rng.choice(_FILL_END)
        ans, fmt = f"{digit}, {val}", "fill"
    else:
        text = (f"{josa(_kid(rng.choice(NAMES)), '이/가')} 말한 수는 {n}입니다. 이 수에서 {_PLACE[place]}의 자리 숫자를 쓰세요.")
        ans, fmt = digit, "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="B" if kind < 2 else "C",
                   concepts=["자릿값"], check=lambda: str(n // place % 10) == digit)


@family("2수01-02", "read-three-four-digit-mcq")
def _f0102_read(rng: random.Random) -> Problem:
    n = _n34(rng)
    while str(n).count("0") == 0 and rng.random() < 0.7:
        n = _n34(rng)
    s = str(n)
    r = _sino(n)
    wrong = set()
    wrong.add(_sino(int(s[::-1].lstrip("0") or "0")) if s[::-1][0] != "0" else _sino(n + 100))
    if len(s) == 4:
        wrong.add(_sino(int(s[1:])))  # dropped the thousands
        wrong.add(_sino(int(s[0] + "0" + s[1:3])) if s[3] != "0" else _sino(n + 1000))
    else:
        wrong.add(_sino(int(s[0] + "0" + s[1:])))
    wrong.add(_sino(int(s[0]) * 10 ** (len(s) - 1) + int(s[1:]) * 10) if int(s[1:]) < 10 ** (len(s) - 2) else _sino(n + 10))
    wrong |= {_sino(n + 10), _sino(n - 1), r.replace("십", "", 1) if "십" in r else _sino(n + 1)}
    wrong.discard(r)
    kind = rng.randrange(3)
    if kind == 0:
        stem = rng.choice([f"{josa(s, '을/를')} 바르게 읽은 것은 어느 것인가요?", f"수를 바르게 읽은 것을 고르세요.\n{s}"])
        text, ch = _mcq(rng, stem, r, sorted(wrong))
        check = lambda: _parse_sino(ch.options[ch.correct]) == n  # noqa: E731
    else:
        stem = rng.choice([f"'{r}'{_p(r, '을/를')} 수로 바르게 쓴 것은 어느 것인가요?",
                           f"다음을 수로 나타낸 것으로 알맞은 것을 고르세요.\n{r}"])
        bad = [int(s[0]) * 10 ** (len(s) - 1) * 10 ** 2 + int(s[1:]), int(s.replace("0", "")), n + 100, n - 10,
               int(s[:2] + "0" + s[2:]), int(s[0] + "00" + s[1:])]
        text, ch = _mcq(rng, stem, s, [str(b) for b in bad if b > 0], sort_key=int)
        check = lambda: _parse_sino(r) == int(ch.options[ch.correct])  # noqa: E731
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2 if len(s) == 3 else 3,
                   achievement_level="C" if len(s) == 3 else "B", concepts=["세 자리 수", "네 자리 수"],
                   choice=ch, check=check)


@family("2수01-02", "write-number-from-reading")
def _f0102_write(rng: random.Random) -> Problem:
    n = _n34(rng)
    r = _sino(n)
    kind = rng.randrange(4)
    if kind == 0:
        text = rng.choice([f"다음을 수로 쓰세요.\n{r}", f"'{r}'{_p(r, '을/를')} 수로 쓰시오."])
        fmt = "computation"
    elif kind == 1:
        thing = rng.choice([("자전거 값은", "원"), ("동화책 값은", "원"), ("줄넘기 기록은", "번"),
                            ("도서관에 있는 책의 수는", "권")])
        if thing[1] == "원":
            n = max(n - n % 10, 100)
            r = _sino(n)
        text = f"{thing[0]} {r} {thing[1]}입니다. 이 수를 숫자로 써 보세요."
        fmt = "word"
    elif kind == 2:
        text = f"{r}{_p(r, '을/를')} 수로 쓰면 □입니다. " + rng.choice(_FILL_END)
        fmt = "fill"
    else:
        who = _kid(rng.choice(NAMES))
        lead = int(str(n)[0]) * 10 ** (len(str(n)) - 1)
        if n - lead:
            wrong = f"{lead}{n - lead}"
            text = (f"{josa(who, '은/는')} '{r}'{_p(r, '을/를')} {wrong}{_p(wrong, '이라/라')}고 썼습니다. "
                    + rng.choice(["잘못 쓴 까닭을 말하고 바르게 고쳐 쓰세요.", "무엇이 잘못되었는지 설명하고 바르게 쓰시오."]))
            fmt = "proof"
        else:
            text = f"'{r}'{_p(r, '을/를')} 수로 쓰고, 각 자리의 숫자를 말해 보세요."
            fmt = "word"
    return Problem(text=text, answer=str(n), format=fmt, difficulty=3 if fmt == "proof" else 2,
                   achievement_level="A" if fmt == "proof" else "C",
                   concepts=["네 자리 수" if n >= 1000 else "세 자리 수"], check=lambda: _parse_sino(_sino(n)) == n)


@family("2수01-02", "expanded-form")
def _f0102_expanded(rng: random.Random) -> Problem:
    n = _n34(rng, zeros=rng.random() < 0.4)
    s = str(n)
    terms = [int(d) * 10 ** (len(s) - 1 - i) for i, d in enumerate(s) if d != "0"]
    st = _st(rng)
    kind = rng.randrange(3)
    if kind == 0:
        hole = rng.randrange(len(terms))
        shown = [("□" if i == hole else t) for i, t in enumerate(terms)]
        toks: list[object] = [n, "="]
        for i, t in enumerate(shown):
            toks += ([] if i == 0 else ["+"]) + [t]
        text = rng.choice(_FILL_END) + "\n" + _ex(st, *toks)
        ans, fmt = str(terms[hole]), "fill"
    elif kind == 1:
        toks = []
        for i, t in enumerate(terms):
            toks += ([] if i == 0 else ["+"]) + [t]
        text = rng.choice(["다음 덧셈식이 나타내는 수를 쓰세요.\n", "계산하지 말고 자릿값을 생각하여 수를 쓰시오.\n"]) + _ex(st, *toks)
        ans, fmt = str(n), "computation"
    else:
        text = (f"{josa(s, '을/를')} 각 자리의 숫자가 나타내는 값의 합으로 나타내세요.")
        ans, fmt = " + ".join(map(str, terms)), "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3 if kind == 2 else 2,
                   achievement_level="A" if kind == 2 else "B", concepts=["자릿값"],
                   check=lambda: sum(terms) == n)


@family("2수01-02", "money-place-value")
def _f0102_money(rng: random.Random) -> Problem:
    a, b, c = rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9)
    four = rng.random() < 0.6
    if four:
        a = max(a, 1)
    else:
        a, b = 0, max(b, 1)
    hard = rng.random() < 0.2
    if hard:
        c += 10
    total = a * 1000 + b * 100 + c * 10
    who = _kid(rng.choice(NAMES))
    parts = [f"천 원짜리 지폐 {a}장"] if a else []
    if b:
        parts.append(f"백 원짜리 동전 {b}개")
    if c:
        parts.append(f"십 원짜리 동전 {c}개")
    kind = rng.randrange(3)
    if kind == 0:
        text = f"{josa(who, '이/가')} 저금통을 열었더니 {', '.join(parts)}{_p(parts[-1], '이/가')} 나왔습니다. 모두 얼마인가요?"
        fmt = "word"
    elif kind == 1:
        rows = [["천 원짜리", f"{a}장"], ["백 원짜리", f"{b}개"], ["십 원짜리", f"{c}개"]]
        text = (f"{who}의 지갑에 든 돈을 표로 나타냈습니다. {josa(who, '이/가')} 가진 돈은 모두 얼마입니까?\n"
                + _table(rng, ["돈", "수"], rows))
        fmt = "data"
    else:
        price = total
        text = (f"{josa(rng.choice(['장난감', '필통', '색연필 세트', '퍼즐']), '은/는')} {price}원입니다. "
                "천 원짜리, 백 원짜리, 십 원짜리로 꼭 맞게 내려면 각각 가장 적게 몇 장, 몇 개를 내야 하나요?")
        fmt = "word"
        ans = f"천 원짜리 {total // 1000}장, 백 원짜리 {total // 100 % 10}개, 십 원짜리 {total // 10 % 10}개"
        return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="A", concepts=["자릿값", "천"],
                       check=lambda: total // 1000 * 1000 + total // 100 % 10 * 100 + total // 10 % 10 * 10 == total)
    return Problem(text=text, answer=f"{total}원", format=fmt, difficulty=4 if hard else 2,
                   achievement_level="A" if hard else "B", concepts=["자릿값", "천"],
                   check=lambda: total == sum([1000] * a + [100] * b + [10] * c))


@family("2수01-02", "find-number-by-digit-place")
def _f0102_which_place(rng: random.Random) -> Problem:
    four = rng.random() < 0.5
    place = rng.choice([1000, 100, 10, 1] if four else [100, 10, 1])
    d = rng.randint(1, 9)
    k = 4 if four else 3

    def make(dig_at_place: bool) -> int:
        while True:
            ds = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(k - 1)]
            idx = k - 1 - len(str(place)) + 1
            if dig_at_place:
                ds[idx] = d
                if ds[0] == 0:
                    continue
                return int("".join(map(str, ds)))
            if ds[idx] != d:
                others = [i for i in range(k) if i != idx]
                ds[rng.choice(others)] = d if ds[0] != 0 else ds[0]
                if ds[0] != 0:
                    return int("".join(map(str, ds)))

    correct = make(True)
    wrong = [w for w in dict.fromkeys(str(make(False)) for _ in range(8)) if w != str(correct)]
    stems = [f"{_PLACE[place]}의 자리 숫자가 {d}인 수는 어느 것인가요?"]
    if place > 1:
        stems.append(f"숫자 {josa(str(d), '이/가')} {d * place}{_p(str(d * place), '을/를')} 나타내는 수를 고르세요.")
    stem = rng.choice(stems)
    text, ch = _mcq(rng, stem, str(correct), wrong, sort_key=int)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["자릿값"], choice=ch,
                   check=lambda: [int(o) // place % 10 == d for o in ch.options].count(True) == 1)


@family("2수01-02", "hundred-thousand-concept")
def _f0102_hundred_thousand(rng: random.Random) -> Problem:
    kind = rng.randrange(5)
    if kind == 0:
        big, small = rng.choice([(100, 10), (1000, 100), (1000, 10)])
        text = f"{josa(str(big), '은/는')} {small}{_p(str(small), '이/가')} □개인 수입니다. " + rng.choice(_FILL_END)
        ans = str(big // small)
        fmt, d = "fill", 2 if (big, small) != (1000, 10) else 3
    elif kind == 1:
        base, step = rng.choice([(900, 100), (990, 10), (999, 1), (90, 10), (99, 1), (800, 200), (700, 300)])
        text = rng.choice([f"{base}보다 {step}만큼 더 큰 수는 얼마인가요?",
                           f"{base}보다 {step} 큰 수를 쓰고 읽어 보세요."])
        v = base + step
        ans = f"{v}, {_sino(v)}" if "읽어" in text else str(v)
        fmt, d = "word", 2
    elif kind == 2:
        h = rng.randint(2, 9)
        thing = rng.choice([("클립", "상자", "개"), ("색종이", "묶음", "장"), ("스티커", "묶음", "장")])
        text = f"{josa(thing[0], '이/가')} 한 {thing[1]}에 100{thing[2]}씩 {h}{thing[1]} 있습니다. {josa(thing[0], '은/는')} 모두 몇 {thing[2]}인가요?"
        ans, fmt, d = f"{h * 100}{thing[2]}", "word", 1
    elif kind == 3:
        h = rng.randint(2, 9)
        text = f"{h * 1000}{_p(str(h * 1000), '은/는')} 1000이 □개인 수입니다. " + rng.choice(_FILL_END)
        ans, fmt, d = str(h), "fill", 1
    else:
        have = rng.randint(3, 8)
        text = (f"한 상자에 구슬이 100개씩 들어 있습니다. 구슬 {have}상자가 있을 때, 1000개가 되려면 몇 상자가 더 있어야 하나요?")
        ans, fmt, d = f"{10 - have}상자", "word", 3
    first = ans.split(",")[0].rstrip("개상자장")
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=elementary_level(d),
                   concepts=["백", "천"], check=lambda: first.isdigit() and int(first) > 0)


# -- 2수01-03 수의 계열과 크기 비교 ------------------------------------------------------------------
def _close_pair(rng: random.Random) -> tuple[int, int]:
    """Two different numbers (2 to 4 digits) that share leading digits, so comparing needs care."""
    k = rng.choice([2, 3, 3, 4, 4])
    lo, hi = 10 ** (k - 1), 10**k - 1
    a = rng.randint(lo, hi)
    s = list(str(a))
    i = rng.randrange(1, k) if rng.random() < 0.8 else 0
    choices_d = [d for d in "0123456789" if d != s[i] and not (i == 0 and d == "0")]
    s[i] = rng.choice(choices_d)
    if rng.random() < 0.5 and i + 1 < k:
        s[i + 1:] = [rng.choice("0123456789") for _ in s[i + 1:]]
    b = int("".join(s))
    if rng.random() < 0.15 and k >= 3:
        b = int(str(a)[:-1]) if a >= 100 else b  # different number of digits
    return a, b if b != a else a + 1


@family("2수01-03", "compare-with-sign")
def _f0103_compare(rng: random.Random) -> Problem:
    a, b = _close_pair(rng)
    st = _st(rng)
    sign = ">" if a > b else "<"
    kind = rng.randrange(3)
    if kind == 0:
        text = rng.choice(["두 수의 크기를 비교하여 ○ 안에 > 또는 <를 알맞게 써넣으세요.\n",
                           "○ 안에 >, < 중 알맞은 것을 써넣으시오.\n"]) + _ex(st, a, "○", b)
        ans, fmt = sign, "fill"
    elif kind == 1:
        text = rng.choice([f"{josa(str(a), '과/와')} {b} 중에서 더 큰 수를 쓰세요.",
                           f"{josa(str(a), '과/와')} {b} 중 더 작은 수는 어느 것인가요?"])
        ans = str(max(a, b)) if "큰" in text else str(min(a, b))
        fmt = "computation"
    else:
        w1, w2 = _kids(rng, 2)
        what = rng.choice([("줄넘기", "번", "했습니다", "더 많이 한"), ("칭찬 붙임딱지", "장", "모았습니다", "더 많이 모은"),
                           ("걸음 수", "걸음", "걸었습니다", "더 많이 걸은")])
        text = (f"오늘 {josa(w1, '은/는')} {what[0]} {a}{what[1]}, {josa(w2, '은/는')} {b}{what[1]}{_p(what[1], '을/를')} "
                f"{what[2]}. {what[3]} 사람은 누구인가요?").replace("걸음 수 ", "").replace("걸음을 걸었습니다", "걸음을 걸었습니다")
        ans, fmt = (w1 if a > b else w2), "word"
    d = 2 if len(str(max(a, b))) <= 3 else 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="C" if d == 2 else "B",
                   concepts=["크기 비교", ">", "<"], check=lambda: (a > b) == (sign == ">"))


@family("2수01-03", "skip-count-fill-blanks")
def _f0103_skip(rng: random.Random) -> Problem:
    step = rng.choice([1, 10, 100, 1000, 10, 100])
    down = rng.random() < 0.3
    k = 5
    lo = 1000 if step == 1000 else 100 if step == 100 else 10
    start = rng.randint(lo, 9999 - 6 * step) if step < 1000 else rng.randint(1, 4) * 1000 + rng.randint(0, 999)
    seq = [start + i * step for i in range(k)]
    if down:
        seq = seq[::-1]
    holes = sorted(rng.sample(range(1, k), 2))
    shown = ["□" if i in holes else str(v) for i, v in enumerate(seq)]
    sep = rng.choice([" - ", ", ", " → "])
    word = "작아지도록" if down else "커지도록"
    text = rng.choice([
        f"{step}씩 뛰어 세어 보세요.\n" + sep.join(shown),
        "규칙에 따라 수를 늘어놓았습니다. 빈칸에 알맞은 수를 써넣으세요.\n" + sep.join(shown),
        f"{step}씩 {word} 뛰어 센 것입니다. □ 안에 알맞은 수를 차례로 쓰시오.\n" + sep.join(shown),
    ])
    ans = ", ".join(str(seq[i]) for i in holes)
    d = 2 if step in (1, 10) else 3
    if any(str(seq[i])[-2:] in ("00", "01") or len(str(seq[i])) != len(str(seq[0])) for i in range(k)):
        d = 3
    return Problem(text=text, answer=ans, format="fill", difficulty=d, achievement_level="B" if d == 3 else "C",
                   concepts=["뛰어 세기", "수의 순서"],
                   check=lambda: all(abs(seq[i + 1] - seq[i]) == step for i in range(k - 1)))


@family("2수01-03", "find-skip-rule")
def _f0103_rule(rng: random.Random) -> Problem:
    step = rng.choice([1, 10, 100, 1000])
    down = rng.random() < 0.35
    start = rng.randint(2000, 5000) if step == 1000 else rng.randint(120, 9000 - 5 * step)
    seq = [start + i * step for i in range(4)]
    if down:
        seq = seq[::-1]
    sq = ", ".join(map(str, seq))
    kind = rng.randrange(2)
    if kind == 0:
        text = rng.choice([f"다음은 몇씩 뛰어 센 것인가요?\n{sq}",
                           f"수가 얼마씩 {'작아' if down else '커'}지는지 쓰세요.\n{sq}"])
        ans = f"{step}씩"
        fmt = "word"
    else:
        nxt = seq[-1] + (-step if down else step)
        text = f"규칙을 찾아 다음에 올 수를 쓰세요.\n{sq}, □"
        ans, fmt = str(nxt), "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="B",
                   concepts=["뛰어 세기"], check=lambda: len({seq[i + 1] - seq[i] for i in range(3)}) == 1)


@family("2수01-03", "largest-smallest-mcq")
def _f0103_extreme(rng: random.Random) -> Problem:
    k = rng.choice([3, 4])
    base = [int(c) for c in str(rng.randint(10 ** (k - 1), 10**k - 1))]
    pool: set[int] = set()
    while len(pool) < 5:
        ds = base[:]
        i = rng.randrange(k)
        ds[i] = rng.randint(1 if i == 0 else 0, 9)
        j = rng.randrange(k)
        ds[j] = rng.randint(1 if j == 0 else 0, 9)
        pool.add(int("".join(map(str, ds))))
    nums = list(pool)
    want_big = rng.random() < 0.6
    target = max(nums) if want_big else min(nums)
    stem = rng.choice([f"가장 {'큰' if want_big else '작은'} 수는 어느 것인가요?",
                       f"다음 중 {'가장 큰' if want_big else '가장 작은'} 수를 고르시오."])
    ch = choices(rng, str(target), [str(x) for x in nums if x != target])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2 if k == 3 else 3,
                   achievement_level="C" if k == 3 else "B", concepts=["크기 비교"], choice=ch,
                   check=lambda: int(ch.options[ch.correct]) == (max if want_big else min)(int(o) for o in ch.options))


@family("2수01-03", "order-three-quantities")
def _f0103_order(rng: random.Random) -> Problem:
    raw = rng.sample(NAMES, 3)
    ws = [_kid(n) for n in raw]
    ctx = rng.choice([("세 친구가 모은 빈 병의 수", "빈 병 수", "개"), ("세 친구가 읽은 책의 쪽수", "쪽수", "쪽"),
                      ("세 친구가 저금한 돈", "저금한 돈", "원"), ("세 친구의 줄넘기 기록", "기록", "번"),
                      ("세 친구가 하루 동안 걸은 걸음 수", "걸음 수", "걸음")])
    four = rng.random() < 0.4
    lo, hi = (1000, 9999) if four else (100, 999)
    base = rng.randint(lo + 100, hi - 100)
    vals = rng.sample([base + d for d in range(-40, 41) if d] + [base + 100, base - 100], 3)
    ask = rng.choice(["많은", "적은"])
    kind = rng.randrange(2)
    order = sorted(zip(vals, ws, strict=True), reverse=(ask == "많은"))
    if kind == 0:
        rows = [[n, f"{v}{ctx[2]}"] for n, v in zip(raw, vals, strict=True)]
        text = (f"{ctx[0]}입니다. {ask} 사람부터 차례로 이름을 쓰세요.\n" + _table(rng, ["이름", ctx[1]], rows))
        ans, fmt = ", ".join(raw[ws.index(w)] for _, w in order), "data"
    else:
        sentence = ", ".join(f"{josa(w, '은/는')} {v}{ctx[2]}" for w, v in zip(ws, vals, strict=True))
        text = f"{josa(ctx[0], '을/를')} 조사했더니 {_was(sentence)} 가장 {ask} 사람은 누구인가요?"
        ans, fmt = order[0][1], "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3 if four else 2,
                   achievement_level="B" if kind == 0 else "C", concepts=["크기 비교"],
                   check=lambda: order[0][0] == (max(vals) if ask == "많은" else min(vals)))


@family("2수01-03", "neighbours-and-between")
def _f0103_between(rng: random.Random) -> Problem:
    kind = rng.randrange(4)
    if kind == 0:
        a = rng.randint(10, 990)
        b = a + rng.randint(3, 5)
        inner = list(range(a + 1, b))
        text = rng.choice([f"{josa(str(a), '과/와')} {b} 사이에 있는 수를 모두 쓰세요.",
                           f"{a}보다 크고 {b}보다 작은 수를 모두 쓰시오."])
        return Problem(text=text, answer=", ".join(map(str, inner)), format="computation", difficulty=2,
                       achievement_level="C", concepts=["수의 순서"], check=lambda: all(a < x < b for x in inner))
    n = rng.randint(100, 9999) if rng.random() < 0.6 else rng.randint(10, 99)
    step = rng.choice([s for s in (1, 10, 100, 1000) if s < n])
    more = rng.random() < 0.55
    v = n + step if more else n - step
    if kind == 1:
        text = f"{n}보다 {step}만큼 더 {'큰' if more else '작은'} 수는 □입니다. " + rng.choice(_FILL_END)
        fmt = "fill"
    elif kind == 2:
        text = (f"{josa(str(n), '은/는')} □보다 {step}만큼 더 {'작은' if more else '큰'} 수입니다. " + rng.choice(_FILL_END))
        fmt = "fill"
    else:
        who = _kid(rng.choice(NAMES))
        if n < 1000:
            unit = "장"
            text = (f"{josa(who, '은/는')} 칭찬 붙임딱지를 {n}장 모았습니다. "
                    + (f"오늘 {step}장을 더 받았다면" if more else f"동생에게 {step}장을 주었다면")
                    + " 붙임딱지는 몇 장이 되나요?")
        elif step == 1:
            step = rng.choice([10, 100])
            v = n + step if more else n - step
        if n < 1000:
            pass
        elif more:
            unit = "번"
            text = (f"{josa(who, '은/는')} 이번 달에 줄넘기를 {n}번 했습니다. 오늘 {step}번을 더 했다면 "
                    "이번 달 줄넘기는 모두 몇 번인가요?")
        else:
            unit = "원"
            text = (f"{josa(who, '은/는')} 저금통에 {n}원을 모았습니다. 학용품을 사느라 {step}원을 꺼냈다면 "
                    "저금통에 남은 돈은 얼마인가요?")
        return Problem(text=text, answer=f"{v}{unit}", format="word", difficulty=2, achievement_level="B",
                       concepts=["수의 순서"], check=lambda: abs(v - n) == step)
    carry = str(n)[-len(str(step)):] != str(v)[-len(str(step)):] and (str(n)[:-len(str(step)) - 1] != str(v)[:-len(str(step)) - 1])
    d = 3 if carry else 2
    return Problem(text=text, answer=str(v), format=fmt, difficulty=d, achievement_level=elementary_level(d),
                   concepts=["수의 순서"], check=lambda: abs(v - n) == step)


@family("2수01-03", "digit-cards-largest-smallest")
def _f0103_cards(rng: random.Random) -> Problem:
    k = rng.choice([3, 3, 4])
    with_zero = rng.random() < 0.4
    digs = rng.sample(range(1, 10), k - (1 if with_zero else 0)) + ([0] if with_zero else [])
    rng.shuffle(digs)
    from itertools import permutations
    made = sorted({int("".join(map(str, p))) for p in permutations(digs) if p[0] != 0})
    ask = rng.choice(["가장 큰", "가장 작은", "둘째로 큰", "둘째로 작은"])
    target = {"가장 큰": made[-1], "가장 작은": made[0], "둘째로 큰": made[-2], "둘째로 작은": made[1]}[ask]
    cards = "  ".join(f"[{d}]" for d in digs)
    text = rng.choice([
        f"수 카드 {k}장을 한 번씩만 사용하여 {ask} {'네' if k == 4 else '세'} 자리 수를 만들어 보세요.\n{cards}",
        f"{cards}\n위의 수 카드를 모두 한 번씩 써서 만들 수 있는 {'네' if k == 4 else '세'} 자리 수 중에서 {ask} 수를 구하세요.",
    ])
    d = 3 + (ask.startswith("둘째")) + (with_zero and "작은" in ask)
    return Problem(text=text, answer=str(target), format="word", difficulty=min(d, 5),
                   achievement_level="A" if d >= 4 else "B", concepts=["크기 비교", "자릿값"],
                   check=lambda: sorted(str(target)) == sorted("".join(map(str, digs))))


@family("2수01-03", "unknown-digit-compare")
def _f0103_unknown_digit(rng: random.Random) -> Problem:
    while True:
        k = rng.choice([3, 4])
        a = rng.randint(10 ** (k - 1), 10**k - 1)
        pos = rng.randrange(1, k)
        s = list(str(a))
        b_digits = s[:]
        b_digits[pos] = rng.choice("123456789")
        b = int("".join(b_digits))
        big = rng.random() < 0.5  # □ number must be bigger than b?
        ok = [d for d in range(10) if (int("".join(s[:pos] + [str(d)] + s[pos + 1:])) > b) == big
              and int("".join(s[:pos] + [str(d)] + s[pos + 1:])) != b]
        if 2 <= len(ok) <= 8:
            break
    masked = "".join(s[:pos] + ["□"] + s[pos + 1:])
    sign = ">" if big else "<"
    text = rng.choice([
        f"0부터 9까지의 숫자 중에서 □ 안에 들어갈 수 있는 숫자를 모두 쓰세요.\n{masked} {sign} {b}",
        f"{masked} {sign} {b}\n□ 안에 들어갈 수 있는 숫자는 모두 몇 개인가요? (0부터 9까지의 숫자)",
    ])
    ans = f"{len(ok)}개" if "몇 개" in text else ", ".join(map(str, ok))
    return Problem(text=text, answer=ans, format="fill", difficulty=4, achievement_level="A",
                   concepts=["크기 비교", "자릿값"],
                   check=lambda: all((int(masked.replace("□", str(d))) > b) == big for d in ok))


@family("2수01-03", "skip-count-several-times")
def _f0103_skip_times(rng: random.Random) -> Problem:
    step = rng.choice([10, 100, 1000, 100])
    times = rng.randint(3, 6)
    down = rng.random() < 0.3
    n = rng.randint(100 if step < 1000 else 1000, 9999 - times * step)
    if down:
        n = n + times * step
    end = n - times * step if down else n + times * step
    kind = rng.randrange(3)
    if kind == 0:
        text = f"{n}에서 {step}씩 {times}번 {'거꾸로 ' if down else ''}뛰어 센 수는 얼마인가요?"
    elif kind == 1:
        who = _kid(rng.choice(NAMES))
        if down:
            text = (f"{josa(who, '은/는')} 통장에 {n}원이 있었습니다. 매일 {step}원씩 {times}일 동안 꺼내 썼다면 "
                    "남은 돈은 얼마인가요?")
        else:
            text = (f"{josa(who, '은/는')} 저금통에 {n}원이 있습니다. 하루에 {step}원씩 {times}일 동안 더 넣으면 "
                    "저금통의 돈은 모두 얼마가 되나요?")
        end_s = f"{end}원"
        return Problem(text=text, answer=end_s, format="word", difficulty=3, achievement_level="B",
                       concepts=["뛰어 세기"], check=lambda: abs(end - n) == times * step)
    else:
        text = f"어떤 수에서 {step}씩 {times}번 {'거꾸로 ' if down else ''}뛰어 세었더니 {end}{_p(str(end), '이/가')} 되었습니다. 어떤 수는 얼마인가요?"
        return Problem(text=text, answer=str(n), format="word", difficulty=4, achievement_level="A",
                       concepts=["뛰어 세기"], check=lambda: abs(end - n) == times * step)
    return Problem(text=text, answer=str(end), format="computation", difficulty=3, achievement_level="B",
                   concepts=["뛰어 세기"], check=lambda: abs(end - n) == times * step)


# -- 2수01-04 가르기와 모으기 (20 이하) -------------------------------------------------------------
def _ro(word: str) -> str:
    return word + _p(word, "으로/로")


@family("2수01-04", "split-into-two-fill")
def _f0104_split(rng: random.Random) -> Problem:
    n = rng.randint(3, 20 if rng.random() < 0.5 else 10)
    a = rng.randint(1, n - 1)
    b = n - a
    kind = rng.randrange(3)
    if kind == 0:
        text = f"{josa(str(n), '은/는')} {josa(str(a), '과/와')} {_ro('□')} 가를 수 있습니다. " + rng.choice(_FILL_END)
        text = text.replace("□으로", "□(으)로").replace("□로", "□(으)로")
    elif kind == 1:
        text = (f"가르기를 해 보세요.\n{n}\n↙  ↘\n{a}    □\n" + rng.choice(_FILL_END))
    else:
        obj, unit = _obj(rng, bundle=True)
        text = (f"{obj} {n}{josa(unit, '을/를')} 두 접시에 나누어 담았습니다. 한 접시에 {a}{unit}{_p(unit, '을/를')} 담았다면 "
                f"다른 접시에는 몇 {josa(unit, '을/를')} 담았을까요?")
        return Problem(text=text, answer=f"{b}{unit}", format="word", difficulty=1 if n <= 10 else 2,
                       achievement_level="C", concepts=["가르기"], check=lambda: a + b == n)
    return Problem(text=text, answer=str(b), format="fill", difficulty=1 if n <= 10 else 2,
                   achievement_level="C", concepts=["가르기"], check=lambda: a + b == n)


@family("2수01-04", "combine-two-fill")
def _f0104_combine(rng: random.Random) -> Problem:
    a, b = rng.randint(1, 10), rng.randint(1, 10)
    n = a + b
    kind = rng.randrange(3)
    if kind == 0:
        text = f"{josa(str(a), '과/와')} {josa(str(b), '을/를')} 모으면 □이(가) 됩니다. " + rng.choice(_FILL_END)
    elif kind == 1:
        text = f"모으기를 해 보세요.\n{a}    {b}\n↘  ↙\n□\n" + rng.choice(_FILL_END)
    else:
        w1, w2 = _kids(rng, 2)
        obj, unit = _obj(rng, bundle=True)
        text = (f"{josa(w1, '은/는')} {josa(obj, '을/를')} {a}{unit}, {josa(w2, '은/는')} {b}{unit} 가지고 있습니다. "
                f"두 사람의 {josa(obj, '을/를')} 한곳에 모으면 몇 {unit}인가요?")
        return Problem(text=text, answer=f"{n}{unit}", format="word", difficulty=1 if n <= 10 else 2,
                       achievement_level="C", concepts=["모으기"], check=lambda: n - a == b)
    return Problem(text=text, answer=str(n), format="fill", difficulty=1 if n <= 10 else 2,
                   achievement_level="C", concepts=["모으기"], check=lambda: n - a == b)


@family("2수01-04", "all-ways-to-split")
def _f0104_all_ways(rng: random.Random) -> Problem:
    n = rng.randint(4, 10)
    pairs = [(a, n - a) for a in range(1, n)]
    kind = rng.randrange(3)
    if kind == 0:
        text = rng.choice([f"{josa(str(n), '을/를')} 두 수로 가르는 방법은 모두 몇 가지인가요? (0은 쓰지 않습니다.)",
                           f"구슬 {n}개를 왼손과 오른손에 나누어 쥐려고 합니다. 양손에 적어도 1개씩 쥔다면 나누어 쥐는 방법은 모두 몇 가지인가요?"])
        ans = f"{len(pairs)}가지"
        fmt = "word"
    elif kind == 1:
        text = f"{josa(str(n), '을/를')} 두 수로 가르는 방법을 모두 찾아 (□, □) 모양으로 쓰세요. (0은 쓰지 않습니다.)"
        ans = ", ".join(f"({a}, {b})" for a, b in pairs)
        fmt = "task"
    else:
        m = rng.randint(2, n - 2)
        text = (f"구슬 {n}개를 빨간 상자와 파란 상자에 나누어 담으려고 합니다. 두 상자에 적어도 1개씩 담을 때, "
                f"빨간 상자에 {m}개보다 많이 담는 방법은 모두 몇 가지인가요?")
        ans = f"{sum(1 for a, _ in pairs if a > m)}가지"
        fmt = "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=4 if kind == 2 else 3, achievement_level="A",
                   concepts=["가르기"], check=lambda: all(a + b == n for a, b in pairs) and len(pairs) == n - 1)


@family("2수01-04", "which-pair-not-make-n-mcq")
def _f0104_mcq(rng: random.Random) -> Problem:
    n = rng.randint(6, 18)
    good = [f"{a}과 {n - a}" if _p(str(a), "과/와") == "과" else f"{a}와 {n - a}" for a in range(1, n) if a <= n - a]
    bad_pairs = []
    for a in range(1, n):
        for off in (-1, 1):
            b = n - a + off
            if b >= 1 and a <= b:
                bad_pairs.append(f"{josa(str(a), '과/와')} {b}")
    want_bad = rng.random() < 0.6
    if want_bad:
        correct = rng.choice(bad_pairs)
        wrong = good
        stem = rng.choice([f"두 수를 모았을 때 {josa(str(n), '이/가')} 되지 않는 것은 어느 것인가요?",
                           f"모으기를 하여 {josa(str(n), '이/가')} 되지 않는 두 수를 고르세요."])
    else:
        correct = rng.choice(good)
        wrong = bad_pairs
        stem = f"두 수를 모으면 {josa(str(n), '이/가')} 되는 것은 어느 것입니까?"
    if len(set(wrong) - {correct}) < 4:
        n, correct = 10, "3과 6"
        wrong = ["1과 9", "2와 8", "3과 7", "4와 6", "5와 5"]
        stem = "두 수를 모았을 때 10이 되지 않는 것은 어느 것인가요?"
        want_bad = True
    text, ch = _mcq(rng, stem, correct, wrong)

    def total(o: str) -> int:
        x, y = o.split()
        return int(x[:-1]) + int(y)

    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["모으기", "가르기"], choice=ch,
                   check=lambda: [(total(o) == n) != want_bad for o in ch.options].count(True) == 1)


@family("2수01-04", "split-table")
def _f0104_table(rng: random.Random) -> Problem:
    n = rng.randint(8, 20)
    firsts = sorted(rng.sample(range(1, n), 4))
    holes = set(rng.sample(range(4), 2))
    rows = [[a, "□" if i in holes else n - a] for i, a in enumerate(firsts)]
    obj = rng.choice(["사탕", "구슬", "딱지", "밤"])
    text = (f"{obj} {n}개를 빨간 상자와 파란 상자에 나누어 담는 방법을 표로 나타냈습니다. 빈칸에 알맞은 수를 차례로 쓰세요.\n"
            + _table(rng, ["빨간 상자(개)", "파란 상자(개)"], rows))
    ans = ", ".join(str(n - firsts[i]) for i in sorted(holes))
    return Problem(text=text, answer=ans, format="data", difficulty=2 if n <= 10 else 3, achievement_level="B",
                   concepts=["가르기"], check=lambda: all(r[0] + (n - r[0]) == n for r in rows))


@family("2수01-04", "equal-split")
def _f0104_equal(rng: random.Random) -> Problem:
    h = rng.randint(2, 10)
    n = 2 * h
    kind = rng.randrange(3)
    if kind == 0:
        text = f"{josa(str(n), '을/를')} 똑같은 두 수로 가르면 □와 □입니다. " + rng.choice(_FILL_END)
        fmt = "fill"
        ans = f"{h}, {h}"
    elif kind == 1:
        w1, w2 = _kids(rng, 2)
        obj, unit = _obj(rng, bundle=True)
        text = (f"{josa(w1, '과/와')} {josa(w2, '이/가')} {obj} {n}{josa(unit, '을/를')} 똑같이 나누어 가지려고 합니다. "
                f"한 사람이 몇 {unit}씩 가지면 되나요?")
        fmt = "word"
        ans = f"{h}{unit}"
    else:
        odd = n + 1 if n < 20 else n - 1
        text = (f"{josa(str(odd), '을/를')} 똑같은 두 수로 가를 수 있나요? 그렇게 생각한 까닭을 쓰세요.")
        fmt = "proof"
        ans = "가를 수 없습니다."
        return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="A",
                       concepts=["가르기", "홀수"], check=lambda: odd % 2 == 1)
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="B",
                   concepts=["가르기"], check=lambda: h + h == n)


@family("2수01-04", "combine-then-split")
def _f0104_chain(rng: random.Random) -> Problem:
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    n = a + b
    c = rng.randint(1, n - 1)
    kind = rng.randrange(2)
    if kind == 0:
        text = (f"{josa(str(a), '과/와')} {josa(str(b), '을/를')} 모은 수를 다시 {josa(str(c), '과/와')} □(으)로 가르려고 합니다. "
                + rng.choice(_FILL_END))
        fmt = "fill"
        ans = str(n - c)
    else:
        w = _kid(rng.choice(NAMES))
        text = (f"{josa(w, '은/는')} 빨간 색종이 {a}장과 파란 색종이 {b}장을 가지고 있습니다. 이 색종이를 모두 모아 "
                f"동생에게 {c}장을 주고 나머지는 자기가 가지려고 합니다. {josa(w, '이/가')} 가지는 색종이는 몇 장인가요?")
        fmt = "word"
        ans = f"{n - c}장"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B",
                   concepts=["모으기", "가르기"], check=lambda: c + (n - c) == a + b)


@family("2수01-04", "split-with-difference")
def _f0104_difference(rng: random.Random) -> Problem:
    while True:
        n = rng.randint(5, 20)
        d = rng.randint(1, 6)
        if (n - d) % 2 == 0 and n - d > 0:
            break
    small = (n - d) // 2
    big = small + d
    kind = rng.randrange(2)
    if kind == 0:
        text = f"{josa(str(n), '을/를')} 두 수로 가르려고 합니다. 한 수가 다른 수보다 {d}만큼 더 크게 가르면 두 수는 무엇인가요?"
    else:
        w1, w2 = _kids(rng, 2)
        text = (f"{josa(w1, '과/와')} {josa(w2, '이/가')} 구슬 {n}개를 나누어 가졌습니다. {josa(w1, '이/가')} {w2}보다 "
                f"{d}개 더 많이 가졌다면 두 사람은 각각 몇 개씩 가졌나요?")
        return Problem(text=text, answer=f"{w1} {big}개, {w2} {small}개", format="word", difficulty=4,
                       achievement_level="A", concepts=["가르기"], check=lambda: big + small == n and big - small == d)
    return Problem(text=text, answer=f"{big}, {small}", format="word", difficulty=4, achievement_level="A",
                   concepts=["가르기"], check=lambda: big + small == n and big - small == d)


# -- 2수01-05 덧셈과 뺄셈의 의미 (상황 → 식) --------------------------------------------------------
# (sentence with {a} {b}, question, unit) — an addition situation: adding to or putting together
_JOIN = (
    ("주차장에 자동차가 {a}대 있었는데 {b}대가 더 들어왔습니다.", "주차장에 있는 자동차는 모두 몇 대인가요?", "대", 99),
    ("나뭇가지에 참새 {a}마리가 앉아 있었는데 {b}마리가 더 날아와 앉았습니다.", "나뭇가지에 앉아 있는 참새는 모두 몇 마리인가요?", "마리", 30),
    ("버스에 {a}명이 타고 있었는데 정류장에서 {b}명이 더 탔습니다.", "지금 버스에 타고 있는 사람은 몇 명인가요?", "명", 45),
    ("{w}는 구슬을 {a}개 가지고 있었는데 형에게 {b}개를 더 받았습니다.", "{w}가 가진 구슬은 모두 몇 개인가요?", "개", 99),
    ("꽃밭에 빨간 튤립이 {a}송이, 노란 튤립이 {b}송이 피어 있습니다.", "꽃밭에 핀 튤립은 모두 몇 송이인가요?", "송이", 60),
    ("우리 반 남학생은 {a}명이고 여학생은 {b}명입니다.", "우리 반 학생은 모두 몇 명인가요?", "명", 20),
    ("어항에 금붕어가 {a}마리 있습니다. 오늘 {b}마리를 더 넣었습니다.", "어항의 금붕어는 모두 몇 마리가 되었나요?", "마리", 30),
)
_TAKE = (
    ("접시에 쿠키가 {a}개 있었는데 {w}가 {b}개를 먹었습니다.", "접시에 남은 쿠키는 몇 개인가요?", "개", 30),
    ("전깃줄에 제비 {a}마리가 앉아 있었는데 {b}마리가 날아갔습니다.", "전깃줄에 남아 있는 제비는 몇 마리인가요?", "마리", 30),
    ("버스에 {a}명이 타고 있었는데 이번 정류장에서 {b}명이 내렸습니다.", "버스에 남은 사람은 몇 명인가요?", "명", 45),
    ("{w}는 색종이 {a}장 중에서 {b}장을 동생에게 주었습니다.", "{w}에게 남은 색종이는 몇 장인가요?", "장", 99),
    ("풍선 {a}개 중에서 {b}개가 터졌습니다.", "터지지 않은 풍선은 몇 개인가요?", "개", 50),
    ("도서관에 동화책이 {a}권 있었는데 {b}권을 빌려 갔습니다.", "도서관에 남은 동화책은 몇 권인가요?", "권", 99),
)
_COMPARE = (
    ("{w}는 딱지를 {a}장, 동생은 {b}장 가지고 있습니다.", "{w}는 동생보다 딱지를 몇 장 더 많이 가지고 있나요?", "장", 99),
    ("운동장에 남학생이 {a}명, 여학생이 {b}명 있습니다.", "남학생은 여학생보다 몇 명 더 많은가요?", "명", 40),
    ("농장에 닭이 {a}마리, 오리가 {b}마리 있습니다.", "닭은 오리보다 몇 마리 더 많은가요?", "마리", 99),
    ("바구니에 사과가 {a}개, 배가 {b}개 있습니다.", "배는 사과보다 몇 개 더 적은가요?", "개", 60),
    ("줄넘기를 {w}는 {a}번, 짝은 {b}번 넘었습니다.", "{w}는 짝보다 몇 번 더 넘었나요?", "번", 99),
)


def _story(rng: random.Random, pool: tuple[tuple[str, str, str, int], ...], a: int, b: int) -> tuple[str, str, str]:
    s, q, unit, _ = rng.choice([c for c in pool if c[3] >= max(a, b)])
    w = _kid(rng.choice(NAMES))
    fill_ = {"a": a, "b": b, "w": w}
    sent = s.format(**fill_).replace(f"{w}는", josa(w, "은/는")).replace(f"{w}가", josa(w, "이/가"))
    ques = q.format(**fill_).replace(f"{w}는", josa(w, "은/는")).replace(f"{w}가", josa(w, "이/가"))
    return sent, ques, unit


def _small_pair(rng: random.Random, op_: str) -> tuple[int, int]:
    if rng.random() < 0.5:
        a, b = rng.randint(2, 9), rng.randint(1, 9)
    else:
        a, b = rng.randint(11, 60), rng.randint(2, 30)
    if op_ == "-" and b >= a:
        a, b = b + rng.randint(1, 9), a
    return a, b


@family("2수01-05", "join-story-to-expression")
def _f0105_join(rng: random.Random) -> Problem:
    a, b = _small_pair(rng, "+")
    sent, ques, unit = _story(rng, _JOIN, a, b)
    st = _st(rng)
    kind = rng.randrange(3)
    if kind == 0:
        text = f"{sent} {ques} 덧셈식으로 나타내고 답을 구하세요."
        ans, fmt = f"{_eq(a, '+', b, '=', a + b)}, {a + b}{unit}", "word"
    elif kind == 1:
        text = f"{sent}\n알맞은 식을 만들어 □ 안에 써넣으세요.\n" + _ex(st, "□", "+", "□", "=", "□")
        ans, fmt = _eq(a, "+", b, "=", a + b), "fill"
    else:
        text = f"{sent} {ques}"
        ans, fmt = f"{a + b}{unit}", "word"
    d = 1 if a + b <= 10 else 2
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="C" if kind == 2 else "B",
                   concepts=["덧셈", "덧셈식"], check=lambda: (a + b) - b == a)


@family("2수01-05", "takeaway-story-to-expression")
def _f0105_take(rng: random.Random) -> Problem:
    a, b = _small_pair(rng, "-")
    sent, ques, unit = _story(rng, _TAKE, a, b)
    st = _st(rng)
    kind = rng.randrange(3)
    if kind == 0:
        text = f"{sent} {ques} 뺄셈식으로 나타내고 답을 구하세요."
        ans, fmt = f"{_eq(a, '-', b, '=', a - b)}, {a - b}{unit}", "word"
    elif kind == 1:
        text = f"{sent}\n이야기에 알맞은 뺄셈식을 완성하세요.\n" + _ex(st, a, "-", "□", "=", "□")
        ans, fmt = f"{b}, {a - b}", "fill"
    else:
        text = f"{sent} {ques}"
        ans, fmt = f"{a - b}{unit}", "word"
    d = 1 if a <= 10 else 2
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="C" if kind == 2 else "B",
                   concepts=["뺄셈", "뺄셈식"], check=lambda: (a - b) + b == a)


@family("2수01-05", "compare-story-difference")
def _f0105_compare(rng: random.Random) -> Problem:
    a, b = _small_pair(rng, "-")
    sent, ques, unit = _story(rng, _COMPARE, a, b)
    kind = rng.randrange(2)
    if kind == 0:
        text = f"{sent} {ques} 식을 쓰고 답을 구하세요."
        ans = f"{_eq(a, '-', b, '=', a - b)}, {a - b}{unit}"
    else:
        text = f"{sent} {ques}"
        ans = f"{a - b}{unit}"
    return Problem(text=text, answer=ans, format="word", difficulty=2 if a <= 20 else 3, achievement_level="B",
                   concepts=["뺄셈", "차"], check=lambda: a > b and a - b > 0)


@family("2수01-05", "which-situation-needs-operation-mcq")
def _f0105_which_op(rng: random.Random) -> Problem:
    want = rng.choice(["덧셈", "뺄셈"])

    def mk(c: tuple[str, str, str, int]) -> str:
        a, b = rng.randint(5, 9), rng.randint(1, 4)
        sent, ques, _ = _story(rng, (c,), a, b)
        return f"{sent} {ques}"

    right_pool = _JOIN if want == "덧셈" else _TAKE + _COMPARE
    wrong_pool = _TAKE + _COMPARE if want == "덧셈" else _JOIN
    correct = mk(rng.choice(right_pool))
    wrong = [mk(c) for c in wrong_pool]
    stem = rng.choice([f"{josa(want, '으로/로')} 해결해야 하는 문제는 어느 것인가요?",
                       f"다음 중 {want}식으로 나타낼 수 있는 상황을 고르세요."])
    n = rng.choice([4, 5])
    ch = choices(rng, correct, wrong, n=n)
    return Problem(text=f"{stem}\n{ch.block}",
                   answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["덧셈", "뺄셈"], choice=ch, check=lambda: ch.options.count(correct) == 1)


@family("2수01-05", "story-to-expression-mcq")
def _f0105_expr_mcq(rng: random.Random) -> Problem:
    op_ = rng.choice(["+", "-"])
    a, b = _small_pair(rng, op_)
    pool = _JOIN if op_ == "+" else _TAKE
    sent, ques, _ = _story(rng, pool, a, b)
    st = _st(rng)
    r = a + b if op_ == "+" else a - b
    correct = _ex(st, a, op_, b, "=", r)
    if op_ == "+":
        wrong = [_ex(st, max(a, b), "-", min(a, b), "=", abs(a - b)), _ex(st, b, "+", r, "=", b + r),
                 _ex(st, r, "-", a, "=", b), _ex(st, a, "+", b + 1, "=", a + b + 1), _ex(st, a, "+", a, "=", a + a)]
    else:
        wrong = [_ex(st, a, "+", b, "=", a + b), _ex(st, a, "-", r, "=", b), _ex(st, b, "+", r, "=", a),
                 _ex(st, a - b, "+", a, "=", 2 * a - b), _ex(st, a, "-", b + 1, "=", a - b - 1)]
    wrong = [w for w in wrong if w != correct and "= -" not in w]
    wrong = [w for w in wrong if w != correct]
    stem = rng.choice([f"{sent} {ques}\n이 이야기에 알맞은 식은 어느 것인가요?",
                       f"다음 이야기를 식으로 바르게 나타낸 것을 고르세요.\n\"{sent}\""])
    text, ch = _mcq(rng, stem, correct, wrong, n=4)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["덧셈식", "뺄셈식"], choice=ch, check=lambda: ch.options[ch.correct] == correct)


@family("2수01-05", "more-less-than-phrase")
def _f0105_phrase(rng: random.Random) -> Problem:
    more = rng.random() < 0.5
    a = rng.randint(5, 60)
    b = rng.randint(2, 9) if rng.random() < 0.6 else rng.randint(11, 30)
    if not more and b >= a:
        a += b
    v = a + b if more else a - b
    kind = rng.randrange(3)
    if kind == 0:
        text = f"{a}보다 {b}만큼 더 {'큰' if more else '작은'} 수는 □입니다. " + rng.choice(_FILL_END)
        fmt = "fill"
        ans = str(v)
    elif kind == 1:
        w = _kid(rng.choice(NAMES))
        if more:
            text = f"{josa(w, '은/는')} 올해 {a}살인 삼촌보다 {b}살 더 많은 이모의 나이를 알고 싶습니다. 이모는 몇 살인가요?" if a >= 20 else \
                f"{josa(w, '은/는')} 어제 동화책을 {a}쪽 읽었고, 오늘은 어제보다 {b}쪽 더 많이 읽었습니다. 오늘 읽은 쪽수는 몇 쪽인가요?"
            ans = f"{v}살" if a >= 20 else f"{v}쪽"
        else:
            text = f"빨간 끈은 {a}뼘이고, 파란 끈은 빨간 끈보다 {b}뼘 더 짧습니다. 파란 끈은 몇 뼘인가요?"
            ans = f"{v}뼘"
        fmt = "word"
    else:
        text = f"{v}{_p(str(v), '은/는')} {a}보다 □만큼 더 {'큰' if more else '작은'} 수입니다. " + rng.choice(_FILL_END)
        fmt = "fill"
        ans = str(b)
    d = 2 if v < 20 or b < 10 else 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=elementary_level(d),
                   concepts=["덧셈", "뺄셈"], check=lambda: v - a == (b if more else -b))


@family("2수01-05", "make-story-for-expression")
def _f0105_make_story(rng: random.Random) -> Problem:
    op_ = rng.choice(["+", "-"])
    a, b = _small_pair(rng, op_)
    st = _st(rng)
    r = a + b if op_ == "+" else a - b
    ex = _ex(st, a, op_, b, "=", r)
    obj, unit = _obj(rng)
    kind = rng.randrange(3)
    if kind == 0:
        text = rng.choice([f"{ex}에 알맞은 이야기를 만들어 보세요.",
                           f"식 {ex}{_p(str(r), '이/가')} 되는 생활 속 이야기를 꾸며 말해 보세요."])
        ans = None
        fmt = "task"
    elif kind == 1:
        text = (f"{obj} 그림을 보고 {'더하기' if op_ == '+' else '빼기'} 이야기를 만들었습니다. 빈칸에 알맞은 수를 써넣으세요.\n"
                + (f"{obj} {a}{unit}{_p(unit, '이/가')} 있었는데 {b}{unit}{_p(unit, '이/가')} 더 생겨서 모두 □{unit}{_p(unit, '이/가')} 되었습니다."
                   if op_ == "+" else
                   f"{obj} {a}{unit} 중에서 {b}{josa(unit, '을/를')} 덜어 내었더니 □{unit}{_p(unit, '이/가')} 남았습니다."))
        ans = str(r)
        fmt = "fill"
    else:
        word = "합" if op_ == "+" else "차"
        text = (f"두 수 {josa(str(a), '과/와')} {b}의 {josa(word, '을/를')} 구하는 문제를 {obj} 이야기로 만들고, "
                f"{word}{_p(word, '을/를')} 구하세요.")
        ans = str(r)
        fmt = "task"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2 if kind != 0 else 3,
                   achievement_level="A" if fmt == "task" else "B", concepts=["덧셈", "뺄셈", "합", "차"],
                   check=lambda: r == (a + b if op_ == "+" else a - b))


@family("2수01-05", "before-after-table")
def _f0105_table(rng: random.Random) -> Problem:
    op_ = rng.choice(["+", "-"])
    rows = []
    vals = []
    places = rng.sample(["놀이터", "도서관", "운동장", "강당", "급식실"], 3)
    for p in places:
        a, b = _small_pair(rng, op_)
        vals.append((a, b))
        rows.append([p, f"{a}명", f"{b}명"])
    head2 = "더 온 사람" if op_ == "+" else "나간 사람"
    pick = rng.randrange(3)
    a, b = vals[pick]
    r = a + b if op_ == "+" else a - b
    text = (f"세 곳에 있던 사람 수와 {'잠시 뒤 더 온' if op_ == '+' else '잠시 뒤 나간'} 사람 수를 조사한 표입니다. "
            f"지금 {places[pick]}에 있는 사람은 몇 명인지 식을 쓰고 답을 구하세요.\n"
            + _table(rng, ["장소", "처음 있던 사람", head2], rows))
    return Problem(text=text, answer=f"{_eq(a, op_, b, '=', r)}, {r}명", format="data", difficulty=2,
                   achievement_level="B", concepts=["덧셈", "뺄셈"], check=lambda: r == (a + b if op_ == "+" else a - b))


@family("2수01-05", "read-and-write-expression")
def _f0105_read(rng: random.Random) -> Problem:
    op_ = rng.choice(["+", "-"])
    a, b = _small_pair(rng, op_)
    r = a + b if op_ == "+" else a - b
    opw = "더하기" if op_ == "+" else "빼기"
    reading = f"{a} {opw} {josa(str(b), '은/는')} {josa(str(r), '과/와')} 같습니다"
    st = _st(rng)
    if rng.random() < 0.5:
        text = rng.choice([f"다음을 식으로 쓰세요.\n{reading}.", f"'{reading}.'를 덧셈식 또는 뺄셈식으로 나타내시오."])
        ans = _eq(a, op_, b, "=", r)
        fmt = "computation"
    else:
        text = (f"식을 읽어 보세요.\n{_ex(st, a, op_, b, '=', r)}\n"
                f"→ {a} □ {josa(str(b), '은/는')} {josa(str(r), '과/와')} 같습니다.\n□ 안에 알맞은 말을 써넣으세요.")
        ans = opw
        fmt = "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=1, achievement_level="C",
                   concepts=["덧셈식" if op_ == "+" else "뺄셈식", "="], check=lambda: (a + b == r) if op_ == "+" else (a - b == r))


# -- 2수01-06 두 자리 수 범위의 덧셈과 뺄셈 ----------------------------------------------------------
def _add_pair(rng: random.Random, carry: bool | None = None, over100: bool | None = None) -> tuple[int, int]:
    while True:
        a, b = rng.randint(10, 99), rng.randint(1, 99) if rng.random() < 0.25 else rng.randint(10, 99)
        if b < 10 and rng.random() < 0.5:
            a, b = b, a
        c = (a % 10 + b % 10) >= 10
        o = a + b >= 100
        if (carry is None or c == carry) and (over100 is None or o == over100):
            return a, b


def _sub_pair(rng: random.Random, borrow: bool | None = None) -> tuple[int, int]:
    while True:
        a = rng.randint(20, 99)
        b = rng.randint(1, 9) if rng.random() < 0.25 else rng.randint(10, a - 1)
        br = a % 10 < b % 10
        if b < a and (borrow is None or br == borrow):
            return a, b


def _addsub_level(a: int, b: int, op_: str) -> tuple[int, str]:
    if op_ == "+":
        if a + b >= 100:
            return 4, "A" if (a % 10 + b % 10) >= 10 else "B"
        return (3, "B") if (a % 10 + b % 10) >= 10 else (1, "C")
    return (3, "B") if a % 10 < b % 10 else (1, "C")


@family("2수01-06", "add-two-digit-computation")
def _f0106_add(rng: random.Random) -> Problem:
    a, b = _add_pair(rng, carry=rng.random() < 0.7, over100=rng.random() < 0.3)
    st = _st(rng)
    kind = rng.randrange(3)
    if kind == 0:
        text = rng.choice(["계산해 보세요.\n", "덧셈을 하시오.\n", ""]) + _ex(st, a, "+", b, "=", "□")
        if text.startswith("$") or text[0].isdigit():
            text += "\n" + rng.choice(_FILL_END)
    elif kind == 1:
        text = rng.choice(["세로셈으로 계산하세요.\n", "계산을 하세요.\n"]) + _vert(a, "+", b)
    else:
        text = f"{josa(str(a), '과/와')} {b}의 합을 구하세요."
    d, lv = _addsub_level(a, b, "+")
    return Problem(text=text, answer=str(a + b), format="computation", difficulty=d, achievement_level=lv,
                   concepts=["덧셈", "받아올림"] if (a % 10 + b % 10) >= 10 else ["덧셈"],
                   check=lambda: (a // 10 + b // 10) * 10 + (a % 10 + b % 10) == a + b)


@family("2수01-06", "subtract-two-digit-computation")
def _f0106_sub(rng: random.Random) -> Problem:
    a, b = _sub_pair(rng, borrow=rng.random() < 0.7)
    st = _st(rng)
    kind = rng.randrange(3)
    if kind == 0:
        text = rng.choice(["계산해 보세요.\n", "뺄셈을 하시오.\n"]) + _ex(st, a, "-", b, "=", "□")
    elif kind == 1:
        text = rng.choice(["세로셈으로 계산하세요.\n", "계산을 하세요.\n"]) + _vert(a, "-", b)
    else:
        text = f"{josa(str(a), '과/와')} {b}의 차를 구하세요."
    d, lv = _addsub_level(a, b, "-")
    return Problem(text=text, answer=str(a - b), format="computation", difficulty=d, achievement_level=lv,
                   concepts=["뺄셈", "받아내림"] if a % 10 < b % 10 else ["뺄셈"],
                   check=lambda: (a - b) + b == a)


@family("2수01-06", "make-ten-strategy")
def _f0106_make_ten(rng: random.Random) -> Problem:
    st = _st(rng)
    if rng.random() < 0.5:
        a = rng.randint(6, 9)
        b = rng.randint(11 - a, 9)
        k = 10 - a
        text = (rng.choice(["10을 만들어 더하는 방법으로 계산하려고 합니다. ", "뒤의 수를 갈라서 10을 만들어 계산해 보세요. "])
                + rng.choice(_FILL_END) + "\n" + _ex(st, a, "+", b, "=", a, "+", k, "+", "□", "=", 10, "+", "□", "=", "□"))
        ans = f"{b - k}, {b - k}, {a + b}"
        check = lambda: a + k == 10 and 10 + (b - k) == a + b  # noqa: E731
    else:
        a = rng.randint(11, 18)
        b = rng.randint(a - 9, 9)
        k = a - 10
        if k >= b:
            b = k + 1
        text = (rng.choice(["10을 만들어 빼는 방법으로 계산하려고 합니다. ", "빼는 수를 갈라서 계산해 보세요. "])
                + rng.choice(_FILL_END) + "\n" + _ex(st, a, "-", b, "=", a, "-", k, "-", "□", "=", 10, "-", "□", "=", "□"))
        ans = f"{b - k}, {b - k}, {a - b}"
        check = lambda: a - k == 10 and 10 - (b - k) == a - b  # noqa: E731
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="B",
                   concepts=["덧셈", "뺄셈", "가르기"], check=check)


_ADD_WORD = (
    ("{w}네 반은 재활용 캔을 어제 {a}개, 오늘 {b}개 모았습니다.", "이틀 동안 모은 캔은 모두 몇 개인가요?", "개"),
    ("과수원에서 사과를 {a}개 땄고, 배를 {b}개 땄습니다.", "딴 과일은 모두 몇 개입니까?", "개"),
    ("줄넘기를 {w}는 {a}번 넘었고, 동생은 {b}번 넘었습니다.", "두 사람이 넘은 줄넘기는 모두 몇 번인가요?", "번"),
    ("도서관에 그림책이 {a}권, 동시집이 {b}권 있습니다.", "그림책과 동시집은 모두 몇 권인가요?", "권"),
    ("공연장 1층에 {a}명, 2층에 {b}명이 앉아 있습니다.", "공연장에 앉아 있는 사람은 모두 몇 명입니까?", "명"),
    ("{w}는 동화책을 어제 {a}쪽 읽고, 오늘 {b}쪽 읽었습니다.", "어제와 오늘 읽은 쪽수는 모두 몇 쪽인가요?", "쪽"),
)
_SUB_WORD = (
    ("운동장에 학생이 {a}명 있었는데 {b}명이 교실로 들어갔습니다.", "운동장에 남은 학생은 몇 명인가요?", "명"),
    ("색종이가 {a}장 있었는데 종이접기를 하는 데 {b}장을 썼습니다.", "남은 색종이는 몇 장인가요?", "장"),
    ("{w}는 붙임딱지를 {a}장 모았고, 언니는 {b}장 모았습니다.", "{w}는 언니보다 붙임딱지를 몇 장 더 많이 모았나요?", "장"),
    ("양계장에서 달걀을 {a}개 꺼냈는데 그중 {b}개를 팔았습니다.", "팔고 남은 달걀은 몇 개입니까?", "개"),
    ("{w}는 구슬 {a}개 중에서 {b}개를 친구에게 주었습니다.", "{w}에게 남은 구슬은 몇 개인가요?", "개"),
    ("기차에 {a}명이 타고 있었는데 이번 역에서 {b}명이 내렸습니다.", "기차에 남은 사람은 몇 명인가요?", "명"),
)


def _fill_story(rng: random.Random, pool: tuple[tuple[str, str, str], ...], a: int, b: int) -> tuple[str, str, str]:
    s, q, unit = rng.choice(pool)
    w = _kid(rng.choice(NAMES))
    out = []
    for t in (s, q):
        t = t.format(a=a, b=b, w=w)
        t = t.replace(f"{w}는", josa(w, "은/는")).replace(f"{w}가", josa(w, "이/가"))
        out.append(t)
    return out[0], out[1], unit


@family("2수01-06", "add-word-problem")
def _f0106_add_word(rng: random.Random) -> Problem:
    a, b = _add_pair(rng, carry=rng.random() < 0.7)
    sent, ques, unit = _fill_story(rng, _ADD_WORD, a, b)
    tail = rng.choice(["", " 식을 쓰고 답을 구하세요."])
    d, lv = _addsub_level(a, b, "+")
    ans = f"{_eq(a, '+', b, '=', a + b)}, {a + b}{unit}" if tail else f"{a + b}{unit}"
    return Problem(text=f"{sent} {ques}{tail}", answer=ans, format="word", difficulty=d, achievement_level=lv,
                   concepts=["덧셈"], check=lambda: a + b - a == b)


@family("2수01-06", "subtract-word-problem")
def _f0106_sub_word(rng: random.Random) -> Problem:
    a, b = _sub_pair(rng, borrow=rng.random() < 0.7)
    sent, ques, unit = _fill_story(rng, _SUB_WORD, a, b)
    tail = rng.choice(["", " 식을 쓰고 답을 구하세요."])
    d, lv = _addsub_level(a, b, "-")
    ans = f"{_eq(a, '-', b, '=', a - b)}, {a - b}{unit}" if tail else f"{a - b}{unit}"
    return Problem(text=f"{sent} {ques}{tail}", answer=ans, format="word", difficulty=d, achievement_level=lv,
                   concepts=["뺄셈"], check=lambda: a - b + b == a)


@family("2수01-06", "regrouping-meaning")
def _f0106_regroup(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        a, b = _add_pair(rng, carry=True, over100=False)
        text = (f"다음 세로셈에서 일의 자리에서 십의 자리로 받아올림한 수 1은 실제로 얼마를 나타내나요?\n{_vert(a, '+', b)}")
        return Problem(text=text, answer="10", format="word", difficulty=2, achievement_level="B",
                       concepts=["받아올림"], check=lambda: (a % 10 + b % 10) >= 10)
    if kind == 1:
        a, b = _sub_pair(rng, borrow=True)
        t = a // 10
        text = (f"{a} - {b}를 세로셈으로 계산할 때, 십의 자리에서 일의 자리로 받아내림하면 "
                f"십의 자리 숫자 {josa(str(t), '은/는')} □(으)로, 일의 자리 숫자 {josa(str(a % 10), '은/는')} □(으)로 바뀝니다. "
                + rng.choice(_FILL_END)).replace(f"{a} - {b}를", f"{a} - {josa(str(b), '을/를')}")
        return Problem(text=text, answer=f"{t - 1}, {a % 10 + 10}", format="fill", difficulty=3, achievement_level="B",
                       concepts=["받아내림"], check=lambda: (t - 1) * 10 + a % 10 + 10 == a)
    while True:
        a, b = _add_pair(rng, carry=True, over100=rng.random() < 0.3)
        s = a + b
        if a >= 10 and b >= 10:
            break
    if rng.random() < 0.5:
        sa, sb = f"{a // 10}□", f"□{b % 10}"
        ans = f"{a % 10}, {b // 10}"
    else:
        sa, sb = f"□{a % 10}", f"{b // 10}□"
        ans = f"{a // 10}, {b % 10}"
    text = (f"덧셈식에서 □ 안에 알맞은 숫자를 차례로 써넣으세요.\n  {sa}\n+ {sb}\n-----\n{str(s).rjust(5)}")
    return Problem(text=text, answer=ans, format="fill", difficulty=4, achievement_level="A",
                   concepts=["덧셈", "받아올림"], check=lambda: int(sa.replace("□", ans.split(", ")[0])) + int(sb.replace("□", ans.split(", ")[1])) == s)


@family("2수01-06", "find-calculation-error")
def _f0106_error(rng: random.Random) -> Problem:
    w = _kid(rng.choice(NAMES))
    if rng.random() < 0.5:
        a, b = _add_pair(rng, carry=True, over100=False)
        wrong = (a // 10 + b // 10) * 10 + (a % 10 + b % 10) % 10  # forgot the carry
        ex, right = f"{a} + {b} = {wrong}", a + b
    else:
        a, b = _sub_pair(rng, borrow=True)
        wrong = (a // 10 - b // 10) * 10 + (b % 10 - a % 10)  # subtracted the smaller ones digit from the larger
        ex, right = f"{a} - {b} = {wrong}", a - b
    text = rng.choice([
        f"{josa(w, '은/는')} 다음과 같이 계산했습니다. 잘못 계산한 까닭을 쓰고 바르게 계산하세요.\n{ex}",
        f"{w}의 계산이 틀렸습니다. 어디가 잘못되었는지 설명하고 바른 답을 구하시오.\n{ex}",
    ])
    return Problem(text=text, answer=str(right), format="proof", difficulty=3, achievement_level="A",
                   concepts=["받아올림", "받아내림"], check=lambda: right != wrong)


@family("2수01-06", "largest-result-mcq")
def _f0106_mcq(rng: random.Random) -> Problem:
    st = _st(rng)
    items = []
    seen = set()
    while len(items) < 5:
        if rng.random() < 0.5:
            a, b = _add_pair(rng, over100=False)
            v, e = a + b, _ex(st, a, "+", b)
        else:
            a, b = _sub_pair(rng)
            v, e = a - b, _ex(st, a, "-", b)
        if v not in seen:
            seen.add(v)
            items.append((v, e))
    want = rng.choice(["큰", "작은"])
    target = max(items) if want == "큰" else min(items)
    stem = rng.choice([f"계산 결과가 가장 {want} 것은 어느 것인가요?", f"계산한 값이 가장 {want} 것을 고르시오."])
    ch = choices(rng, target[1], [e for v, e in items if e != target[1]])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["덧셈", "뺄셈"], choice=ch, check=lambda: ch.options[ch.correct] == target[1])


@family("2수01-06", "table-sum-difference")
def _f0106_table(rng: random.Random) -> Problem:
    kinds = rng.sample(["토마토", "오이", "고추", "가지", "감자"], 2)
    rows_names = ["1반", "2반"]
    vals = [[rng.randint(12, 68) for _ in kinds] for _ in rows_names]
    ask = rng.randrange(3)
    tb = _table(rng, ["반", *kinds], [[r, *v] for r, v in zip(rows_names, vals, strict=True)])
    if ask == 0:
        text = f"두 반이 텃밭에서 거둔 채소의 수입니다. 두 반이 거둔 {josa(kinds[0], '은/는')} 모두 몇 개인가요?\n{tb}"
        v = vals[0][0] + vals[1][0]
        d = 4 if v >= 100 else 2
    elif ask == 1:
        text = f"두 반이 텃밭에서 거둔 채소의 수입니다. 1반이 거둔 채소는 모두 몇 개인가요?\n{tb}"
        v = vals[0][0] + vals[0][1]
        d = 4 if v >= 100 else 2
    else:
        big = max(vals[0][1], vals[1][1])
        small = min(vals[0][1], vals[1][1])
        if big == small:
            vals[0][1] += 1
            big += 1
            tb = _table(rng, ["반", *kinds], [[r, *vv] for r, vv in zip(rows_names, vals, strict=True)])
        text = (f"두 반이 텃밭에서 거둔 채소의 수입니다. 어느 반이 {josa(kinds[1], '을/를')} 몇 개 더 많이 거두었나요?\n{tb}")
        v = big - small
        who = "1반" if vals[0][1] > vals[1][1] else "2반"
        return Problem(text=text, answer=f"{who}, {v}개", format="data", difficulty=3, achievement_level="B",
                       concepts=["뺄셈"], check=lambda: abs(vals[0][1] - vals[1][1]) == v)
    return Problem(text=text, answer=f"{v}개", format="data", difficulty=d, achievement_level=elementary_level(d),
                   concepts=["덧셈"], check=lambda: v == sum(vals[0]) if ask == 1 else v == vals[0][0] + vals[1][0])


# -- 2수01-07 덧셈과 뺄셈의 관계 ---------------------------------------------------------------------
def _triple(rng: random.Random) -> tuple[int, int, int]:
    """a + b = c with two-digit (sometimes one-digit) numbers."""
    if rng.random() < 0.35:
        a, b = rng.randint(2, 9), rng.randint(2, 9)
    else:
        a, b = rng.randint(5, 60), rng.randint(5, 39)
    while a == b:
        b += 1
    return a, b, a + b


@family("2수01-07", "addition-to-two-subtractions")
def _f0107_add_to_sub(rng: random.Random) -> Problem:
    a, b, c = _triple(rng)
    st = _st(rng)
    kind = rng.randrange(3)
    if kind == 0:
        text = rng.choice([f"덧셈식을 보고 뺄셈식 2개를 만들어 보세요.\n{_ex(st, a, '+', b, '=', c)}",
                           f"{_ex(st, a, '+', b, '=', c)}\n위의 덧셈식을 뺄셈식으로 두 가지 나타내시오."])
        ans, fmt = f"{_eq(c, '-', a, '=', b)}, {_eq(c, '-', b, '=', a)}", "computation"
    else:
        first = rng.choice([a, b])
        other = b if first == a else a
        text = ("덧셈식을 뺄셈식으로 나타내려고 합니다. " + rng.choice(_FILL_END) + "\n"
                + _ex(st, a, "+", b, "=", c) + " → " + _ex(st, "□", "-", first, "=", "□"))
        ans, fmt = f"{c}, {other}", "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2 if c < 20 else 3,
                   achievement_level="C" if fmt == "fill" else "B", concepts=["덧셈식", "뺄셈식"],
                   check=lambda: c - a == b and c - b == a)


@family("2수01-07", "subtraction-to-two-additions")
def _f0107_sub_to_add(rng: random.Random) -> Problem:
    a, b, c = _triple(rng)
    st = _st(rng)
    kind = rng.randrange(2)
    if kind == 0:
        text = rng.choice([f"뺄셈식을 보고 덧셈식 2개를 만들어 보세요.\n{_ex(st, c, '-', a, '=', b)}",
                           f"{_ex(st, c, '-', a, '=', b)}{_p(str(b), '을/를')} 덧셈식으로 두 가지 나타내시오."])
        ans, fmt = f"{_eq(a, '+', b, '=', c)}, {_eq(b, '+', a, '=', c)}", "computation"
    else:
        text = ("뺄셈식을 덧셈식으로 나타내려고 합니다. " + rng.choice(_FILL_END) + "\n"
                + _ex(st, c, "-", a, "=", b) + " → " + _ex(st, b, "+", "□", "=", "□"))
        ans, fmt = f"{a}, {c}", "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2 if c < 20 else 3,
                   achievement_level="C" if fmt == "fill" else "B", concepts=["덧셈식", "뺄셈식"],
                   check=lambda: a + b == c and b + a == c)


@family("2수01-07", "three-number-cards")
def _f0107_cards(rng: random.Random) -> Problem:
    a, b, c = _triple(rng)
    cards = [a, b, c]
    rng.shuffle(cards)
    shown = "  ".join(f"[{x}]" for x in cards)
    kind = rng.randrange(2)
    if kind == 0:
        text = rng.choice([f"세 수를 한 번씩 모두 사용하여 덧셈식 2개와 뺄셈식 2개를 만들어 보세요.\n{shown}",
                           f"수 카드 {shown}{_p(str(cards[-1]), '으로/로')} 만들 수 있는 덧셈식과 뺄셈식을 모두 쓰시오."])
        ans = (f"{_eq(a, '+', b, '=', c)}, {_eq(b, '+', a, '=', c)}, {_eq(c, '-', a, '=', b)}, {_eq(c, '-', b, '=', a)}")
        fmt = "task"
    else:
        text = (f"수 카드 세 장 {shown}{_p(str(cards[-1]), '을/를')} 한 번씩 써서 뺄셈식을 만들 때, 빼어지는 수(맨 앞의 수)가 될 수 있는 수는 무엇인가요?")
        ans = str(c)
        fmt = "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B",
                   concepts=["덧셈식", "뺄셈식"], check=lambda: max(cards) == c and sum(cards) == 2 * c)


@family("2수01-07", "fill-using-relation")
def _f0107_fill(rng: random.Random) -> Problem:
    a, b, c = _triple(rng)
    st = _st(rng)
    kind = rng.randrange(3)
    if kind == 0:
        text = (f"{_ex(st, c, '-', a, '=', b)}입니다. 이것을 이용하여 □ 안에 알맞은 수를 써넣으세요.\n"
                + _ex(st, b, "+", a, "=", "□"))
        ans = str(c)
    elif kind == 1:
        text = (f"{_ex(st, a, '+', b, '=', c)}임을 알고 있습니다. 계산하지 않고 □ 안에 알맞은 수를 구하세요.\n"
                + _ex(st, c, "-", b, "=", "□"))
        ans = str(a)
    else:
        text = (f"관계있는 식끼리 짝 지으려고 합니다. □ 안에 알맞은 수를 써넣으세요.\n"
                f"{_ex(st, a, '+', b, '=', c)} ↔ {_ex(st, c, '-', '□', '=', b)}")
        ans = str(a)
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="C",
                   concepts=["덧셈식", "뺄셈식"], check=lambda: a + b == c)


@family("2수01-07", "correct-conversion-mcq")
def _f0107_mcq(rng: random.Random) -> Problem:
    a, b, c = _triple(rng)
    st = _st(rng)
    if rng.random() < 0.5:
        given = _ex(st, a, "+", b, "=", c)
        correct = _ex(st, c, "-", b, "=", a)
        wrong = [_ex(st, a, "-", b, "=", c) if a > b else _ex(st, b, "-", a, "=", c),
                 _ex(st, b, "-", a, "=", c) if b > a else _ex(st, a, "-", b, "=", c),
                 _ex(st, c, "-", a, "=", c), _ex(st, c, "+", a, "=", b),
                 _ex(st, c, "-", b, "=", b), _ex(st, a, "+", c, "=", b)]
        stem = f"{given}를 뺄셈식으로 바르게 나타낸 것은 어느 것인가요?".replace(f"{c}를", josa(str(c), "을/를"))
        stem = stem.replace(f"{c}$를", f"{c}${_p(str(c), '을/를')}")
    else:
        given = _ex(st, c, "-", a, "=", b)
        correct = _ex(st, a, "+", b, "=", c)
        wrong = [_ex(st, c, "+", a, "=", b), _ex(st, b, "+", c, "=", a), _ex(st, a, "+", c, "=", b),
                 _ex(st, b, "+", b, "=", c), _ex(st, c, "+", b, "=", a)]
        stem = f"{given}{_p(str(b), '을/를')} 덧셈식으로 바르게 나타낸 것을 고르세요."
    wrong = [w for w in wrong if w != correct]
    text, ch = _mcq(rng, stem, correct, wrong, n=rng.choice([4, 5]))
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["덧셈식", "뺄셈식"], choice=ch, check=lambda: ch.options[ch.correct] == correct)


@family("2수01-07", "one-story-two-expressions")
def _f0107_story(rng: random.Random) -> Problem:
    a, b, c = _triple(rng)
    ctx = rng.choice([
        ("상자에 빨간 공 {a}개와 노란 공 {b}개가 있어 모두 {c}개입니다.", "공"),
        ("{w}네 모둠은 남학생 {a}명, 여학생 {b}명으로 모두 {c}명입니다." if c <= 12 else
         "강당에 남학생 {a}명, 여학생 {b}명이 모여 모두 {c}명입니다.", "학생"),
        ("수족관에 금붕어 {a}마리와 열대어 {b}마리가 있어 모두 {c}마리입니다.", "물고기"),
        ("화단에 장미 {a}송이와 튤립 {b}송이가 피어 모두 {c}송이입니다.", "꽃"),
    ])
    w = _kid(rng.choice(NAMES))
    sent = ctx[0].format(a=a, b=b, c=c, w=w)
    kind = rng.randrange(2)
    if kind == 0:
        text = f"{sent} 이 상황을 덧셈식 1개와 뺄셈식 2개로 나타내세요."
        ans = f"{_eq(a, '+', b, '=', c)}, {_eq(c, '-', a, '=', b)}, {_eq(c, '-', b, '=', a)}"
        fmt, d, lv = "word", 3, "B"
    else:
        text = (f"{sent} 이 이야기를 덧셈식과 뺄셈식으로 나타내고, 두 식이 어떤 관계인지 말해 보세요.")
        ans = f"{_eq(a, '+', b, '=', c)}, {_eq(c, '-', a, '=', b)}"
        fmt, d, lv = "proof", 3, "A"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lv,
                   concepts=["덧셈식", "뺄셈식"], check=lambda: a + b == c and c - a == b)


@family("2수01-07", "check-subtraction-by-addition")
def _f0107_check(rng: random.Random) -> Problem:
    a, b, c = _triple(rng)
    st = _st(rng)
    kind = rng.randrange(2)
    if kind == 0:
        text = (f"뺄셈을 하고, 덧셈으로 계산이 맞는지 확인해 보세요.\n{_ex(st, c, '-', a, '=', '□')}\n"
                f"확인: {_ex(st, '□', '+', a, '=', c)}")
        ans = f"{b}, {b}"
        fmt = "fill"
    else:
        w = _kid(rng.choice(NAMES))
        bad = b + rng.choice([-10, 10, 1, -1]) if b > 11 else b + 1
        text = (f"{josa(w, '은/는')} {_ex(st, c, '-', a, '=', bad)}라고 계산했습니다. 덧셈식을 이용하여 "
                "계산이 맞는지 확인하고, 틀렸다면 바르게 고치세요.")
        text = text.replace(f"{bad}라고", f"{bad}{_p(str(bad), '이라/라')}고").replace(f"{bad}$라고", f"{bad}${_p(str(bad), '이라/라')}고")
        ans = f"{bad} + {a} = {bad + a}이므로 틀렸습니다. 바른 답: {b}"
        fmt = "proof"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B" if fmt == "fill" else "A",
                   concepts=["덧셈식", "뺄셈식"], check=lambda: b + a == c)


@family("2수01-07", "explain-relation")
def _f0107_explain(rng: random.Random) -> Problem:
    a, b, c = _triple(rng)
    st = _st(rng)
    w1, w2 = _kids(rng, 2)
    kind = rng.randrange(2)
    if kind == 0:
        text = (f"{josa(w1, '은/는')} {_ex(st, a, '+', b, '=', c)}{_p(str(c), '을/를')} 알고 있어서 "
                f"{_ex(st, c, '-', a)}의 답을 바로 말할 수 있다고 합니다. 그 까닭을 설명하고 답을 쓰세요.")
        ans = str(b)
    else:
        good = f"\"{_ex(st, c, '-', b, '=', a)}이면 {_ex(st, a, '+', b, '=', c)}도 맞아.\""
        bad = f"\"{_ex(st, c, '-', b, '=', a)}이면 {_ex(st, c, '+', b, '=', a)}도 맞아.\""
        s1, s2 = (good, bad) if rng.random() < 0.5 else (bad, good)
        text = (f"{josa(w1, '은/는')} {s1}라고 말했고, {josa(w2, '은/는')} {s2}라고 말했습니다. "
                "바르게 말한 사람은 누구인지 쓰고 까닭을 설명하세요.")
        ans = w1 if s1 == good else w2
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                   concepts=["덧셈식", "뺄셈식"], check=lambda: c - a == b)


# -- 2수01-08 세 수의 덧셈과 뺄셈 -------------------------------------------------------------------
def _three(rng: random.Random, ops: tuple[str, str], small: bool = False) -> tuple[int, int, int]:
    """Three numbers for a op1 b op2 c, every partial result between 0 and 99."""
    while True:
        if small:
            a, b, c = rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9)
        else:
            a = rng.randint(10, 90)
            b = rng.randint(2, 60)
            c = rng.randint(2, 60)
        r1 = a + b if ops[0] == "+" else a - b
        r2 = r1 + c if ops[1] == "+" else r1 - c
        if 0 < r1 <= 99 and 0 <= r2 <= 99 and (small or r2 > 0):
            return a, b, c


def _calc3(a: int, o1: str, b: int, o2: str, c: int) -> int:
    r = a + b if o1 == "+" else a - b
    return r + c if o2 == "+" else r - c


@family("2수01-08", "three-number-addition")
def _f0108_add3(rng: random.Random) -> Problem:
    small = rng.random() < 0.3
    a, b, c = _three(rng, ("+", "+"), small)
    st = _st(rng)
    r = a + b + c
    if rng.random() < 0.5:
        text = rng.choice(["계산해 보세요.\n", "세 수의 덧셈을 하시오.\n", ""]) + _ex(st, a, "+", b, "+", c, "=", "□")
        if not text.startswith(("계", "세")):
            text += "\n" + rng.choice(_FILL_END)
    else:
        text = f"세 수 {a}, {b}, {c}의 합을 구하세요."
    d = 1 if small else 3
    return Problem(text=text, answer=str(r), format="computation", difficulty=d, achievement_level="C" if small else "B",
                   concepts=["덧셈"], check=lambda: sum([a, b, c]) == r)


@family("2수01-08", "mixed-add-subtract")
def _f0108_mixed(rng: random.Random) -> Problem:
    ops = rng.choice([("+", "-"), ("-", "+"), ("-", "-")])
    small = rng.random() < 0.3
    a, b, c = _three(rng, ops, small)
    st = _st(rng)
    r = _calc3(a, ops[0], b, ops[1], c)
    kind = rng.randrange(3)
    if kind == 0:
        text = rng.choice(["계산해 보세요.\n", "앞에서부터 차례로 계산하시오.\n"]) + _ex(st, a, ops[0], b, ops[1], c)
        ans, fmt = str(r), "computation"
    else:
        r1 = a + b if ops[0] == "+" else a - b
        text = ("□ 안에 알맞은 수를 써넣으세요.\n" + _ex(st, a, ops[0], b, ops[1], c, "=", "□", ops[1], c, "=", "□"))
        ans, fmt = f"{r1}, {r}", "fill"
    d = 2 if small else 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="C" if small else "B",
                   concepts=["덧셈", "뺄셈"], check=lambda: r == eval(f"{a}{ops[0]}{b}{ops[1]}{c}"))


@family("2수01-08", "make-ten-first")
def _f0108_make_ten(rng: random.Random) -> Problem:
    x = rng.randint(1, 9)
    y = 10 - x
    z = rng.randint(1, 9)
    st = _st(rng)
    order = rng.choice(["xyz", "zxy", "xzy"])
    vals = {"x": x, "y": y, "z": z}
    nums = [vals[k] for k in order]
    kind = rng.randrange(2)
    if kind == 0 and order == "xyz":
        text = ("합이 10이 되는 두 수를 먼저 더하여 계산하세요. " + rng.choice(_FILL_END) + "\n"
                + _ex(st, x, "+", y, "+", z, "=", 10, "+", "□", "=", "□"))
        ans = f"{z}, {10 + z}"
    else:
        text = (f"{_ex(st, nums[0], '+', nums[1], '+', nums[2])}에서 합이 10이 되는 두 수를 찾아 쓰고, 세 수의 합을 구하세요.")
        ans = f"{x}와 {y}, {10 + z}" if _p(str(x), "과/와") == "와" else f"{x}과 {y}, {10 + z}"
    return Problem(text=text, answer=ans, format="fill" if kind == 0 and order == "xyz" else "word", difficulty=2,
                   achievement_level="B", concepts=["덧셈", "모으기"], check=lambda: sum(nums) == 10 + z)


_THREE_STORY = (
    ("버스에 {a}명이 타고 있었습니다. 첫째 정류장에서 {b}명이 {o1}, 둘째 정류장에서 {c}명이 {o2}.",
     "지금 버스에 타고 있는 사람은 몇 명인가요?", "명", ("더 탔고", "내렸고"), ("더 탔습니다", "내렸습니다")),
    ("{w}는 구슬을 {a}개 가지고 있었습니다. 오전에 {b}개를 {o1}, 오후에 {c}개를 {o2}.",
     "{w}가 지금 가진 구슬은 몇 개인가요?", "개", ("더 샀고", "잃어버렸고"), ("선물로 받았습니다", "동생에게 주었습니다")),
    ("도서관에 동화책이 {a}권 있었습니다. 월요일에 {b}권이 {o1}, 화요일에 {c}권이 {o2}.",
     "지금 도서관에 있는 동화책은 몇 권인가요?", "권", ("새로 들어왔고", "대출되었고"), ("새로 들어왔습니다", "대출되었습니다")),
    ("주차장에 자동차가 {a}대 있었습니다. 오전에 {b}대가 {o1}, 오후에 {c}대가 {o2}.",
     "지금 주차장에 있는 자동차는 몇 대인가요?", "대", ("더 들어왔고", "나갔고"), ("더 들어왔습니다", "나갔습니다")),
    ("연못에 오리가 {a}마리 있었습니다. 잠시 후 {b}마리가 {o1}, 또 {c}마리가 {o2}.",
     "지금 연못에 있는 오리는 몇 마리인가요?", "마리", ("날아왔고", "날아갔고"), ("날아왔습니다", "날아갔습니다")),
)


@family("2수01-08", "three-step-story")
def _f0108_story(rng: random.Random) -> Problem:
    ops = rng.choice([("+", "-"), ("-", "+"), ("-", "-"), ("+", "+")])
    a, b, c = _three(rng, ops)
    s, q, unit, v1, v2 = rng.choice(_THREE_STORY)
    w = _kid(rng.choice(NAMES))
    o1 = v1[0] if ops[0] == "+" else v1[1]
    o2 = v2[0] if ops[1] == "+" else v2[1]
    sent = s.format(a=a, b=b, c=c, o1=o1, o2=o2, w=w).replace(f"{w}는", josa(w, "은/는"))
    ques = q.format(w=w).replace(f"{w}가", josa(w, "이/가"))
    r = _calc3(a, ops[0], b, ops[1], c)
    tail = rng.choice(["", " 하나의 식으로 나타내어 답을 구하세요."])
    ans = f"{_eq(a, ops[0], b, ops[1], c, '=', r)}, {r}{unit}" if tail else f"{r}{unit}"
    return Problem(text=f"{sent} {ques}{tail}", answer=ans, format="word", difficulty=3,
                   achievement_level="A" if tail else "B", concepts=["덧셈", "뺄셈"],
                   check=lambda: r == eval(f"{a}{ops[0]}{b}{ops[1]}{c}"))


@family("2수01-08", "largest-result-three-mcq")
def _f0108_mcq(rng: random.Random) -> Problem:
    st = _st(rng)
    items: list[tuple[int, str]] = []
    seen: set[int] = set()
    small = rng.random() < 0.4
    while len(items) < 5:
        ops = rng.choice([("+", "+"), ("+", "-"), ("-", "+"), ("-", "-")])
        a, b, c = _three(rng, ops, small)
        v = _calc3(a, ops[0], b, ops[1], c)
        if v not in seen:
            seen.add(v)
            items.append((v, _ex(st, a, ops[0], b, ops[1], c)))
    want = rng.choice(["큰", "작은"])
    target = max(items) if want == "큰" else min(items)
    stem = rng.choice([f"계산 결과가 가장 {want} 것은 어느 것인가요?", f"계산한 값이 가장 {want} 식을 고르시오."])
    ch = choices(rng, target[1], [e for _, e in items if e != target[1]])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2 if small else 4,
                   achievement_level="B" if small else "A", concepts=["덧셈", "뺄셈"], choice=ch,
                   check=lambda: ch.options[ch.correct] == target[1])


@family("2수01-08", "three-classes-table")
def _f0108_table(rng: random.Random) -> Problem:
    groups = rng.choice([["1반", "2반", "3반"], ["1모둠", "2모둠", "3모둠"], ["월요일", "화요일", "수요일"]])
    what = rng.choice([("모은 빈 병", "개"), ("읽은 책", "권"), ("심은 꽃모종", "개"), ("주운 쓰레기 봉지", "봉지")])
    vals = [rng.randint(8, 35) for _ in groups]
    kind = rng.randrange(2)
    tb = _table(rng, ["", *groups], [[f"{what[0]}({what[1]})", *vals]])
    if kind == 0:
        text = f"{what[0]}의 수를 조사한 표입니다. 모두 몇 {what[1]}인가요?\n{tb}"
        r = sum(vals)
        if r > 99:
            vals = [v // 2 + 3 for v in vals]
            tb = _table(rng, ["", *groups], [[f"{what[0]}({what[1]})", *vals]])
            text = f"{what[0]}의 수를 조사한 표입니다. 모두 몇 {what[1]}인가요?\n{tb}"
            r = sum(vals)
        ans = f"{r}{what[1]}"
    else:
        goal = sum(vals) + rng.randint(3, 20)
        if goal > 99:
            vals = [v // 2 + 3 for v in vals]
            goal = sum(vals) + rng.randint(3, 20)
            tb = _table(rng, ["", *groups], [[f"{what[0]}({what[1]})", *vals]])
        text = (f"{what[0]}의 수를 조사한 표입니다. 목표는 모두 {goal}{what[1]}입니다. 목표까지 몇 {what[1]} 더 있어야 하나요?\n{tb}")
        r = goal - sum(vals)
        ans = f"{r}{what[1]}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B" if kind == 0 else "A",
                   concepts=["덧셈", "뺄셈"], check=lambda: r >= 0)


@family("2수01-08", "left-to-right-error")
def _f0108_error(rng: random.Random) -> Problem:
    while True:
        a, b, c = _three(rng, ("-", "+"))
        wrong = a - (b + c)
        if wrong > 0 and wrong != a - b + c:
            break
    w = _kid(rng.choice(NAMES))
    st = _st(rng)
    text = rng.choice([
        f"{josa(w, '은/는')} {_ex(st, a, '-', b, '+', c)}{_p(str(c), '을/를')} {_ex(st, b, '+', c)}{_p(str(c), '을/를')} 먼저 계산하여 {wrong}{_p(str(wrong), '이라/라')}고 답했습니다. 잘못된 까닭을 쓰고 바르게 계산하세요.",
        f"다음 계산이 잘못된 까닭을 설명하고 바르게 고치시오.\n{_ex(st, a, '-', b, '+', c, '=', a, '-', b + c, '=', wrong)}",
    ])
    return Problem(text=text, answer=str(a - b + c), format="proof", difficulty=4, achievement_level="A",
                   concepts=["덧셈", "뺄셈"], check=lambda: a - b + c != wrong)


@family("2수01-08", "missing-middle-step")
def _f0108_two_step_fill(rng: random.Random) -> Problem:
    ops = rng.choice([("+", "+"), ("+", "-"), ("-", "+"), ("-", "-")])
    a, b, c = _three(rng, ops)
    r1 = a + b if ops[0] == "+" else a - b
    r = r1 + c if ops[1] == "+" else r1 - c
    sign1 = "더하고" if ops[0] == "+" else "빼고"
    sign2 = "더하면" if ops[1] == "+" else "빼면"
    text = rng.choice([
        f"{a}{'에' if ops[0] == '+' else '에서'} {josa(str(b), '을/를')} {sign1}, 그 결과{'에' if ops[1] == '+' else '에서'} "
        f"다시 {josa(str(c), '을/를')} {sign2} 얼마인가요?",
        f"{a}에서 시작하여 {josa(str(b), '을/를')} {sign1} {josa(str(c), '을/를')} {sign2} □입니다. " + rng.choice(_FILL_END),
    ])
    return Problem(text=text, answer=str(r), format="fill" if "□" in text else "word", difficulty=3,
                   achievement_level="B", concepts=["덧셈", "뺄셈"], check=lambda: r == eval(f"{a}{ops[0]}{b}{ops[1]}{c}"))


# -- 2수01-09 □가 사용된 덧셈식과 뺄셈식 -------------------------------------------------------------
def _box_level(n: int) -> tuple[int, str]:
    return (1, "C") if n <= 18 else (3, "B")


@family("2수01-09", "box-in-addition")
def _f0109_add(rng: random.Random) -> Problem:
    a, b, c = _triple(rng)
    st = _st(rng)
    first = rng.random() < 0.5
    eq = _ex(st, "□", "+", b, "=", c) if first else _ex(st, a, "+", "□", "=", c)
    ans = a if first else b
    text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{eq}", f"{eq}\n□에 들어갈 수를 구하시오.",
                       f"다음 식에서 □의 값은 얼마인가요?\n{eq}"])
    d, lv = _box_level(c)
    return Problem(text=text, answer=str(ans), format="fill", difficulty=d, achievement_level=lv,
                   concepts=["덧셈식", "□"], check=lambda: (ans + b if first else a + ans) == c)


@family("2수01-09", "box-as-subtrahend")
def _f0109_sub_b(rng: random.Random) -> Problem:
    a, b, c = _triple(rng)
    st = _st(rng)
    eq = _ex(st, c, "-", "□", "=", a)
    text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{eq}", f"{eq}\n□의 값을 구하세요.",
                       f"□에 알맞은 수는 무엇인가요?\n{eq}"])
    d, lv = _box_level(c)
    return Problem(text=text, answer=str(b), format="fill", difficulty=d, achievement_level=lv,
                   concepts=["뺄셈식", "□"], check=lambda: c - b == a)


@family("2수01-09", "box-as-minuend")
def _f0109_sub_a(rng: random.Random) -> Problem:
    a, b, c = _triple(rng)
    st = _st(rng)
    eq = _ex(st, "□", "-", a, "=", b)
    text = rng.choice([f"□ 안에 알맞은 수를 써넣으세요.\n{eq}", f"{eq}\n□에 들어갈 수를 구하시오.",
                       f"어떤 수에서 {josa(str(a), '을/를')} 뺐더니 {josa(str(b), '이/가')} 되었습니다. 이것을 □를 사용한 식으로 나타내고 □의 값을 구하세요."])
    d, lv = _box_level(c)
    if "어떤 수" in text:
        return Problem(text=text, answer=f"{_eq('□', '-', a, '=', b)}, {c}", format="word", difficulty=d + 1,
                       achievement_level="B", concepts=["뺄셈식", "□"], check=lambda: c - a == b)
    return Problem(text=text, answer=str(c), format="fill", difficulty=d, achievement_level=lv,
                   concepts=["뺄셈식", "□"], check=lambda: c - a == b)


_BOX_STORY = (
    ("add", "{w}는 딱지를 몇 장 가지고 있었는데 형에게 {a}장을 더 받아 {c}장이 되었습니다.", "처음에 가지고 있던 딱지는 몇 장인가요?", "장", ("□", "+", "a", "=", "c"), "x"),
    ("add", "어항에 금붕어가 {a}마리 있었는데 몇 마리를 더 넣었더니 {c}마리가 되었습니다.", "더 넣은 금붕어는 몇 마리인가요?", "마리", ("a", "+", "□", "=", "c"), "x"),
    ("sub", "과일 가게에 귤이 몇 개 있었는데 {a}개를 팔았더니 {b}개가 남았습니다.", "처음 가게에 있던 귤은 몇 개인가요?", "개", ("□", "-", "a", "=", "b"), "c"),
    ("sub", "색종이 {c}장 중에서 몇 장을 사용했더니 {a}장이 남았습니다.", "사용한 색종이는 몇 장인가요?", "장", ("c", "-", "□", "=", "a"), "b"),
    ("sub", "버스에 {c}명이 타고 있었는데 정류장에서 몇 명이 내려서 {b}명이 남았습니다.", "내린 사람은 몇 명인가요?", "명", ("c", "-", "□", "=", "b"), "a"),
    ("add", "{w}는 동화책을 어제 {a}쪽 읽고 오늘 몇 쪽을 더 읽어서 모두 {c}쪽을 읽었습니다.", "오늘 읽은 쪽수는 몇 쪽인가요?", "쪽", ("a", "+", "□", "=", "c"), "x"),
)


@family("2수01-09", "story-to-box-equation")
def _f0109_story(rng: random.Random) -> Problem:
    a, b, c = _triple(rng)
    kind, s, q, unit, form, ans_key = rng.choice(_BOX_STORY)
    w = _kid(rng.choice(NAMES))
    vals = {"a": a, "b": b, "c": c}
    sent = s.format(w=w, **vals).replace(f"{w}는", josa(w, "은/는"))
    expr = [str(vals[t]) if t in vals else t for t in form]
    ans_val = {"x": c - a, "c": c, "b": b, "a": a}[ans_key]
    text = f"{sent} {q} " + rng.choice(["□를 사용하여 식을 만들고 답을 구하세요.", "모르는 수를 □로 하여 식으로 나타내고 □의 값을 구하시오."])
    return Problem(text=text, answer=f"{' '.join(expr)}, {ans_val}{unit}", format="word", difficulty=3,
                   achievement_level="A" if c > 18 else "B", concepts=["□", "덧셈식" if kind == "add" else "뺄셈식"],
                   check=lambda: eval(" ".join(expr).replace("□", str(ans_val)).replace("=", "==")))


@family("2수01-09", "largest-box-value-mcq")
def _f0109_mcq(rng: random.Random) -> Problem:
    st = _st(rng)
    items: list[tuple[int, str]] = []
    seen: set[int] = set()
    small = rng.random() < 0.4
    while len(items) < 5:
        a, b = (rng.randint(2, 9), rng.randint(2, 9)) if small else (rng.randint(5, 50), rng.randint(5, 40))
        c = a + b
        form = rng.randrange(4)
        e, v = [(_ex(st, "□", "+", b, "=", c), a), (_ex(st, a, "+", "□", "=", c), b),
                (_ex(st, c, "-", "□", "=", a), b), (_ex(st, "□", "-", a, "=", b), c)][form]
        if v not in seen:
            seen.add(v)
            items.append((v, e))
    want = rng.choice(["큰", "작은"])
    target = max(items) if want == "큰" else min(items)
    stem = rng.choice([f"□ 안에 알맞은 수가 가장 {want} 것은 어느 것인가요?", f"□의 값이 가장 {want} 식을 고르세요."])
    ch = choices(rng, target[1], [e for _, e in items if e != target[1]])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2 if small else 4,
                   achievement_level="B" if small else "A", concepts=["□"], choice=ch,
                   check=lambda: ch.options[ch.correct] == target[1])


@family("2수01-09", "mistaken-operation")
def _f0109_mistake(rng: random.Random) -> Problem:
    x = rng.randint(20, 70)
    k = rng.randint(5, 19)
    if rng.random() < 0.5:
        wrong_res = x - k  # should add, subtracted
        text = (f"어떤 수에 {josa(str(k), '을/를')} 더해야 할 것을 잘못하여 뺐더니 {josa(str(wrong_res), '이/가')} 되었습니다. "
                "바르게 계산하면 얼마인가요?")
        right = x + k
    else:
        if x + k > 99:
            x = 99 - k - rng.randint(0, 10)
        wrong_res = x + k
        text = (f"어떤 수에서 {josa(str(k), '을/를')} 빼야 할 것을 잘못하여 더했더니 {josa(str(wrong_res), '이/가')} 되었습니다. "
                "바르게 계산한 값을 구하세요.")
        right = x - k
    return Problem(text=text, answer=str(right), format="word", difficulty=5, achievement_level="A",
                   concepts=["□", "덧셈", "뺄셈"], check=lambda: right in (x + k, x - k))


@family("2수01-09", "box-table")
def _f0109_table(rng: random.Random) -> Problem:
    names_ = rng.sample(NAMES, 3)
    rows = []
    holes = []
    for nm in names_:
        a, b, c = _triple(rng)
        hole = rng.randrange(3)
        cells = [a, b, c]
        holes.append((nm, cells[hole]))
        cells[hole] = "□"
        rows.append([nm, *cells])
    who = rng.randrange(3)
    text = (f"친구들이 가지고 있던 구슬 수, 더 받은 구슬 수, 지금 가진 구슬 수를 나타낸 표입니다. "
            f"{_kid(names_[who])}의 □에 알맞은 수를 구하세요.\n"
            + _table(rng, ["이름", "처음(개)", "더 받은 수(개)", "지금(개)"], rows))
    ans = holes[who][1]
    r = rows[who]
    return Problem(text=text, answer=str(ans), format="data", difficulty=3, achievement_level="B",
                   concepts=["□", "덧셈식"],
                   check=lambda: int(str(r[1]).replace("□", str(ans))) + int(str(r[2]).replace("□", str(ans)))
                   == int(str(r[3]).replace("□", str(ans))))


@family("2수01-09", "equal-sides")
def _f0109_equal_sides(rng: random.Random) -> Problem:
    st = _st(rng)
    p, q = rng.randint(3, 40), rng.randint(3, 40)
    s = p + q
    a = rng.randint(2, s - 2)
    kind = rng.randrange(2)
    if kind == 0:
        eq = _ex(st, p, "+", q, "=", a, "+", "□")
        ans = s - a
    else:
        m = s + rng.randint(2, 30)
        eq = _ex(st, p, "+", q, "=", m, "-", "□")
        ans = m - s
    text = rng.choice([f"등호(=)의 양쪽이 같도록 □ 안에 알맞은 수를 써넣으세요.\n{eq}",
                       f"{eq}\n□에 들어갈 수를 구하시오."])
    return Problem(text=text, answer=str(ans), format="fill", difficulty=4, achievement_level="A",
                   concepts=["□", "="], check=lambda: p + q == (a + ans if kind == 0 else m - ans))


# -- 2수01-10 곱셈의 의미: 묶어 세기, 몇의 몇 배, 같은 수를 여러 번 더하기 ------------------------------
_GROUPS = (  # (object, counter, container, container counter)
    ("사과", "개", "접시", "개"), ("쿠키", "개", "봉지", "개"), ("달걀", "개", "바구니", "개"),
    ("연필", "자루", "필통", "개"), ("꽃", "송이", "꽃병", "개"), ("풍선", "개", "묶음", "묶음"),
    ("귤", "개", "상자", "상자"), ("사탕", "개", "주머니", "개"), ("붕어빵", "개", "봉지", "개"),
    ("딸기", "개", "컵", "개"), ("만두", "개", "그릇", "개"), ("색종이", "장", "묶음", "묶음"),
)


def _nbox(box: str, bu: str, n: int) -> str:
    """``접시 3개`` / ``3묶음`` / ``귤 상자 3상자`` → the container phrase for ``n`` containers."""
    return f"{n}{bu}" if bu == box else f"{box} {n}{bu}"


def _ab(rng: random.Random, lo: int = 2, hi: int = 9) -> tuple[int, int]:
    return rng.randint(lo, hi), rng.randint(lo, hi)


@family("2수01-10", "groups-of-equal-size")
def _f0110_groups(rng: random.Random) -> Problem:
    a, b = _ab(rng)
    obj, unit, box, bu = rng.choice(_GROUPS)
    kind = rng.randrange(4)
    if kind == 0:
        text = (f"{box}마다 {josa(obj, '이/가')} {a}{unit}씩 있습니다. {_nbox(box, bu, b)}에 있는 {josa(obj, '은/는')} "
                + rng.choice([f"모두 몇 {unit}인가요?", f"모두 몇 {unit}입니까?", "모두 몇 개인지 곱셈식으로 나타내어 구하세요."]))
        if "곱셈식" in text and unit != "개":
            text = text.replace("몇 개인지", f"몇 {unit}인지")
        ans = f"{_eq(a, '×', b, '=', a * b)}, {a * b}{unit}" if "곱셈식" in text else f"{a * b}{unit}"
        fmt = "word"
    elif kind == 1:
        text = (f"{josa(obj, '을/를')} {a}{unit}씩 묶었더니 {b}묶음이 되었습니다. "
                f"□ 안에 알맞은 수를 써넣으세요.\n{a}씩 □묶음 → {a}의 □배 → {a} × □ = □")
        ans, fmt = f"{b}, {b}, {b}, {a * b}", "fill"
    elif kind == 2:
        who = _kid(rng.choice(NAMES))
        text = (f"{josa(who, '은/는')} {_nbox(box, bu, b)}에 {josa(obj, '을/를')} {a}{unit}씩 담았습니다. "
                f"{josa(obj, '은/는')} 모두 몇 {unit}인지 덧셈식과 곱셈식으로 각각 나타내세요.")
        ans, fmt = f"{' + '.join([str(a)] * b)} = {a * b}, {a} × {b} = {a * b}", "word"
    else:
        text = (f"한 모둠에 {a}명씩 앉아 있습니다. {b}모둠에 앉아 있는 학생은 모두 몇 명인가요?")
        ans, fmt, unit = f"{a * b}명", "word", "명"
    d = 2 if a * b <= 30 else 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=elementary_level(d),
                   concepts=["곱셈", "묶어 세기"], check=lambda: sum([a] * b) == a * b)


@family("2수01-10", "times-as-many")
def _f0110_times(rng: random.Random) -> Problem:
    a, b = _ab(rng)
    w1, w2 = _kids(rng, 2)
    kind = rng.randrange(4)
    if kind == 0:
        text = (f"{josa(w1, '은/는')} 연결 모형을 {a}개 가지고 있고, {josa(w2, '은/는')} {w1}의 {b}배만큼 가지고 있습니다. "
                f"{josa(w2, '이/가')} 가진 연결 모형은 몇 개인가요?")
        ans = f"{a * b}개"
    elif kind == 1:
        text = (f"파란 리본의 길이는 {a}cm이고, 빨간 리본의 길이는 파란 리본 길이의 {b}배입니다. "
                "빨간 리본의 길이는 몇 cm입니까?")
        ans = f"{a * b}cm"
    elif kind == 2:
        text = rng.choice([f"{a}의 {b}배는 얼마인가요?", f"{a}의 {b}배를 곱셈식으로 나타내고 값을 구하시오.",
                           f"□ 안에 알맞은 수를 써넣으세요.\n{a}의 {b}배는 □입니다."])
        ans = f"{_eq(a, '×', b, '=', a * b)}" if "곱셈식" in text else str(a * b)
    else:
        text = (f"동생은 딱지를 {a}장 모았고, 형은 동생이 모은 딱지의 {b}배만큼 모았습니다. 형이 모은 딱지는 몇 장인가요?"
                if a <= 8 else f"{josa(w1, '은/는')} 줄넘기를 {a}번 했고, {josa(w2, '은/는')} {w1}의 {b}배만큼 했습니다. {josa(w2, '은/는')} 줄넘기를 몇 번 했나요?")
        ans = f"{a * b}장" if a <= 8 else f"{a * b}번"
    fmt = "fill" if "□" in text else "computation" if kind == 2 else "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2 if kind == 2 else 3,
                   achievement_level="C" if kind == 2 else "B", concepts=["곱셈", "몇의 몇 배"],
                   check=lambda: str(sum([a] * b)) in ans)


@family("2수01-10", "how-many-times")
def _f0110_how_many_times(rng: random.Random) -> Problem:
    a, b = _ab(rng)
    w1, w2 = _kids(rng, 2)
    obj, unit = _obj(rng)
    kind = rng.randrange(3)
    if kind == 0:
        text = rng.choice([f"{a * b}은 {a}의 몇 배인가요?".replace(f"{a * b}은", josa(str(a * b), "은/는")),
                           f"□ 안에 알맞은 수를 써넣으세요.\n{josa(str(a * b), '은/는')} {a}의 □배입니다."])
    elif kind == 1:
        text = (f"{josa(w1, '은/는')} {josa(obj, '을/를')} {a}{unit}, {josa(w2, '은/는')} {a * b}{unit} 가지고 있습니다. "
                f"{w2}의 {josa(obj, '은/는')} {w1}의 {obj}의 몇 배인가요?")
    else:
        text = (f"길이가 {a}cm인 막대를 겹치지 않게 이어 붙였더니 {a * b}cm가 되었습니다. "
                f"{a * b}cm는 {a}cm의 몇 배입니까?")
    fmt = "fill" if "□" in text else "word"
    return Problem(text=text, answer=f"{b}배" if fmt == "word" else str(b), format=fmt, difficulty=3,
                   achievement_level="B", concepts=["곱셈", "몇의 몇 배"],
                   check=lambda: a * b // a == b)


@family("2수01-10", "repeated-addition-to-product")
def _f0110_rep_add(rng: random.Random) -> Problem:
    a, b = _ab(rng)
    st = _st(rng)
    add = " + ".join([str(a)] * b)
    kind = rng.randrange(3)
    if kind == 0:
        text = rng.choice([f"덧셈식을 곱셈식으로 나타내세요.\n{add} = {a * b}",
                           f"다음 덧셈식을 곱셈식으로 바꾸어 쓰시오.\n{add}"])
        ans = _eq(a, "×", b, "=", a * b)
        fmt = "computation"
    elif kind == 1:
        text = f"□ 안에 알맞은 수를 써넣으세요.\n{add} = {_ex(st, a, '×', '□')}"
        ans, fmt = str(b), "fill"
    else:
        text = f"{_ex(st, a, '×', b)}{_p(str(b), '은/는')} {josa(str(a), '을/를')} 몇 번 더한 것과 같나요?"
        ans, fmt = f"{b}번", "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=1 if b <= 4 else 2, achievement_level="C",
                   concepts=["곱셈", "곱셈식", "덧셈식"], check=lambda: eval(add) == a * b)


@family("2수01-10", "equivalent-expression-mcq")
def _f0110_mcq(rng: random.Random) -> Problem:
    a, b = rng.randint(3, 9), rng.randint(3, 6)
    st = _st(rng)
    correct = " + ".join([str(a)] * b)
    wrong = [" + ".join([str(a)] * (b - 1)), " + ".join([str(a)] * (b + 1)), " + ".join([str(b)] * (a - 1)),
             f"{a} + {b}", " + ".join([str(a + 1)] * b), f"{a} + {a} + {b}", " + ".join([str(a - 1)] * b),
             f"{a} + {b} + {a}"]
    e = _ex(st, a, "×", b)
    stem = rng.choice([f"{e}{_p(str(b), '과/와')} 계산 결과가 같은 덧셈식은 어느 것인가요?",
                       f"{e}{_p(str(b), '을/를')} 덧셈식으로 바르게 나타낸 것을 고르세요.",
                       f"다음 중 {e}{_p(str(b), '과/와')} 같은 것은 어느 것입니까?"])
    ch = choices(rng, correct, [w for w in wrong if eval(w) != a * b])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["곱셈", "덧셈식"], choice=ch, check=lambda: eval(ch.options[ch.correct]) == a * b)


@family("2수01-10", "many-ways-to-group")
def _f0110_ways(rng: random.Random) -> Problem:
    n = rng.choice([12, 16, 18, 20, 24, 8, 10, 14, 15, 6])
    obj, unit = _obj(rng, bundle=True)
    divs = [d for d in range(2, 10) if n % d == 0 and n // d <= 9 and d != n]
    d1, d2 = rng.sample(divs, 2) if len(divs) >= 2 else (divs[0], divs[0])
    if d1 == d2:
        text = f"{obj} {n}{unit}{_p(unit, '을/를')} {d1}{unit}씩 묶으면 몇 묶음이 되나요?"
        ans, fmt = f"{n // d1}묶음", "word"
    else:
        text = rng.choice([
            f"{obj} {n}{unit}{_p(unit, '을/를')} 여러 가지 방법으로 묶어 세려고 합니다. □ 안에 알맞은 수를 써넣으세요.\n"
            f"{d1}씩 □묶음, {d2}씩 □묶음",
            f"{obj} {n}{unit}{_p(unit, '이/가')} 있습니다. {d1}{unit}씩 묶으면 □묶음, {d2}{unit}씩 묶으면 □묶음입니다. "
            "빈칸에 알맞은 수를 써넣으시오.",
        ])
        ans, fmt = f"{n // d1}, {n // d2}", "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B",
                   concepts=["묶어 세기", "곱셈"], check=lambda: n % d1 == 0 and n % d2 == 0)


@family("2수01-10", "skip-count-number-line")
def _f0110_skip(rng: random.Random) -> Problem:
    a, b = _ab(rng)
    seq = [a * i for i in range(b + 1)]
    kind = rng.randrange(3)
    if kind == 0:
        text = (f"수직선에서 0부터 {a}씩 {b}번 뛰어 세었습니다. 도착한 수를 곱셈식으로 나타내세요.")
        ans, fmt = _eq(a, "×", b, "=", a * b), "word"
    elif kind == 1:
        shown = ", ".join(str(v) for v in seq[1:-1]) + ", □"
        text = f"{a}씩 뛰어 세어 보세요. 마지막 □에 들어갈 수를 곱셈식으로 구하면 {a} × □ = □입니다.\n{shown}"
        ans, fmt = f"{a * b}, {b}, {a * b}", "fill"
    else:
        w = _kid(rng.choice(NAMES))
        text = (f"{josa(w, '은/는')} 징검다리를 한 번에 {a}칸씩 건너뛰었습니다. {b}번 건너뛰면 0에서 몇 칸 떨어진 곳에 "
                "있게 될까요? 곱셈식을 세워 답하세요.")
        ans, fmt = f"{_eq(a, '×', b, '=', a * b)}, {a * b}칸", "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="B",
                   concepts=["곱셈", "뛰어 세기"], check=lambda: seq[-1] == a * b)


@family("2수01-10", "wheels-and-legs-table")
def _f0110_table(rng: random.Random) -> Problem:
    thing, per, u = rng.choice([("세발자전거", 3, "바퀴"), ("자동차", 4, "바퀴"), ("자전거", 2, "바퀴"),
                                ("오리", 2, "다리"), ("강아지", 4, "다리"), ("문어", 8, "다리"), ("무당벌레", 6, "다리")])
    counts = list(range(1, 6))
    hole = rng.randint(3, 5)
    more = rng.randint(6, 9)
    row = [str(per * c) if c != hole else "□" for c in counts]
    cu = "대" if u == "바퀴" else "마리"
    tbl = _table(rng, [f"{thing} 수({cu})", *[str(c) for c in counts]], [[f"{u} 수(개)", *row]])
    text = (f"{thing} 수에 따른 {u} 수를 나타낸 표입니다. 표의 □에 알맞은 수와 {thing} {more}{cu}의 {u} 수를 "
            f"차례로 구하세요.\n{tbl}")
    return Problem(text=text, answer=f"{per * hole}, {per * more}개", format="data", difficulty=3, achievement_level="A",
                   concepts=["곱셈", "곱셈식"], check=lambda: sum([per] * more) == per * more)


@family("2수01-10", "explain-multiplication")
def _f0110_explain(rng: random.Random) -> Problem:
    a, b = _ab(rng, 2, 6)
    obj, unit, box, bu = rng.choice(_GROUPS)
    w = _kid(rng.choice(NAMES))
    kind = rng.randrange(3)
    if kind == 0:
        text = (f"{josa(w, '은/는')} {_nbox(box, bu, b)}에 {josa(obj, '이/가')} {a}{unit}씩 있는 것을 보고 "
                f"{josa(chr(39) + f'{a} + {b} = {a + b}' + chr(39), '이라/라')}고 식을 썼습니다. 잘못된 점을 찾아 바르게 고치고 그 까닭을 쓰세요.")
        ans = f"{a}{unit}씩 {b}묶음이므로 {a}의 {b}배, {josa(f'{a} × {b} = {a * b}', '으로/로')} 나타내야 합니다."
        fmt = "proof"
    elif kind == 1:
        text = josa(f"'{a} × {b}'", "이/가") + " 되는 생활 속 이야기를 만들고, 답을 구해 보세요."
        ans = f"{a * b} (예: {_nbox(box, bu, b)}에 {obj} {a}{unit}씩 → {a * b}{unit})"
        fmt = "task"
    else:
        text = (f"{obj} {a * b}{unit}{_p(unit, '이/가')} {a}{unit}씩 {b}묶음으로 놓여 있습니다. 모두 몇 {unit}인지 "
                "두 가지 방법(덧셈식, 곱셈식)으로 구하고, 어느 방법이 더 편리한지 설명하세요.")
        ans = f"{' + '.join([str(a)] * b)} = {a * b}, {a} × {b} = {a * b}; 곱셈식이 더 간단합니다."
        fmt = "proof"
    return Problem(text=text, answer=ans, format=fmt, difficulty=4, achievement_level="A",
                   concepts=["곱셈", "곱셈식", "몇의 몇 배"], check=lambda: str(a * b) in ans)


# -- 2수01-11 곱셈구구 ------------------------------------------------------------------------------
@family("2수01-11", "times-table-compute")
def _f0111_compute(rng: random.Random) -> Problem:
    st = _st(rng)
    pairs = [_ab(rng) for _ in range(rng.choice([1, 3, 4]))]
    if len(pairs) == 1:
        a, b = pairs[0]
        text = rng.choice([f"계산하세요.\n{_ex(st, a, '×', b)}", f"{_ex(st, a, '×', b, '=', '□')}\n" + rng.choice(_FILL_END),
                           f"{_ex(st, a, '×', b)}의 값을 구하시오."])
        ans = str(a * b)
    else:
        text = "곱셈을 하세요.\n" + "\n".join(f"({i + 1}) {_ex(st, a, '×', b)}" for i, (a, b) in enumerate(pairs))
        ans = " ".join(f"({i + 1}) {a * b}" for i, (a, b) in enumerate(pairs))
    hard = any(min(a, b) >= 6 for a, b in pairs)
    return Problem(text=text, answer=ans, format="fill" if "□" in text else "computation", difficulty=2 if hard else 1,
                   achievement_level="C", concepts=["곱셈구구", "곱셈"],
                   check=lambda: all(sum([a] * b) == a * b for a, b in pairs))


@family("2수01-11", "dan-sequence")
def _f0111_dan(rng: random.Random) -> Problem:
    d = rng.randint(2, 9)
    seq = [d * i for i in range(1, 10)]
    start = rng.randint(0, 4)
    part = seq[start:start + 5]
    holes = sorted(rng.sample(range(1, 5), 2))
    shown = ", ".join("□" if i in holes else str(v) for i, v in enumerate(part))
    kind = rng.randrange(3)
    if kind == 0:
        text = f"{d}단 곱셈구구의 곱을 차례로 쓴 것입니다. □ 안에 알맞은 수를 써넣으세요.\n{shown}"
        ans, fmt = ", ".join(str(part[i]) for i in holes), "fill"
    elif kind == 1:
        text = rng.choice([f"{d}단 곱셈구구에서 곱은 몇씩 커지나요?", f"{d}단 곱셈구구에서 {d} × 5의 곱에 얼마를 더하면 {d} × 6의 곱이 되나요?"])
        ans, fmt = str(d), "word"
    else:
        k = rng.randint(2, 9)
        text = (f"{d} × {k - 1} = {d * (k - 1)}입니다. 이것을 이용하여 {d} × {k}의 곱을 구하는 방법을 설명하고 답을 쓰세요.")
        ans, fmt = f"{d * (k - 1)}에 {josa(str(d), '을/를')} 더하면 됩니다. {d * k}", "proof"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2 if kind < 2 else 3,
                   achievement_level="C" if kind == 0 else "B", concepts=["곱셈구구"],
                   check=lambda: all(part[i + 1] - part[i] == d for i in range(4)))


@family("2수01-11", "multiplication-table-grid")
def _f0111_grid(rng: random.Random) -> Problem:
    rows = sorted(rng.sample(range(2, 10), 3))
    cols = sorted(rng.sample(range(2, 10), 4))
    cells = [(r, c) for r in rows for c in cols]
    holes = rng.sample(cells, 3)
    grid = [[f"{r}", *[("□" if (r, c) in holes else str(r * c)) for c in cols]] for r in rows]
    order = sorted(holes)
    marks = "㉠㉡㉢"
    k = 0
    for gi, r in enumerate(rows):
        for ci, c in enumerate(cols):
            if (r, c) in holes:
                grid[gi][ci + 1] = marks[k]
                k += 1
    text = (rng.choice(["곱셈표의 일부입니다. ㉠, ㉡, ㉢에 알맞은 수를 구하세요.",
                        "곱셈표를 완성하려고 합니다. ㉠, ㉡, ㉢에 들어갈 수를 차례로 쓰시오."]) + "\n"
            + _table(rng, ["×", *[str(c) for c in cols]], grid))
    return Problem(text=text, answer=", ".join(f"{marks[i]} {r * c}" for i, (r, c) in enumerate(order)), format="data",
                   difficulty=3, achievement_level="B", concepts=["곱셈표", "곱셈구구"],
                   check=lambda: all(r * c == c * r for r, c in order))


@family("2수01-11", "commutative-fill")
def _f0111_comm(rng: random.Random) -> Problem:
    a, b = rng.sample(range(2, 10), 2)
    st = _st(rng)
    kind = rng.randrange(3)
    if kind == 0:
        text = f"□ 안에 알맞은 수를 써넣으세요.\n{_ex(st, a, '×', b, '=', b, '×', '□')}"
        ans, fmt = str(a), "fill"
    elif kind == 1:
        text = (f"곱셈표에서 {a} × {b}의 곱과 같은 곱을 찾으려고 합니다. {b}단 곱셈구구에서 찾으면 {b} × □입니다. "
                "□에 알맞은 수를 쓰세요.")
        ans, fmt = str(a), "fill"
    else:
        text = (f"곱셈표에서 {a}단의 {b}째 칸과 {b}단의 {a}째 칸에 있는 수를 비교하고, 알 수 있는 점을 쓰세요.")
        ans, fmt = f"둘 다 {josa(str(a * b), '으로/로')} 같습니다. 두 수를 바꾸어 곱해도 곱은 같습니다.", "proof"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2 if kind < 2 else 3,
                   achievement_level="C" if kind == 0 else "B" if kind == 1 else "A",
                   concepts=["곱셈표", "곱셈구구"], check=lambda: a * b == b * a)


_TT_STORY = (
    ("한 상자에 {o} {a}{u}씩 들어 있습니다. {b}상자에 들어 있는 {o}{j} 모두 몇 {u}인가요?", "{u}"),
    ("{w}네 가게에서는 호두과자를 한 봉지에 {a}개씩 담아 팝니다. {b}봉지에 담긴 호두과자는 모두 몇 개입니까?", "개"),
    ("긴 의자 한 개에 {a}명씩 앉을 수 있습니다. 의자 {b}개에는 모두 몇 명이 앉을 수 있나요?", "명"),
    ("{w}네 반 학생들이 {a}명씩 {b}줄로 섰습니다. 줄을 선 학생은 모두 몇 명인가요?", "명"),
    ("{w} 매일 줄넘기를 {a}분씩 합니다. {b}일 동안 줄넘기를 한 시간은 모두 몇 분입니까?", "분"),
    ("꽃 한 송이에 꽃잎이 {a}장씩 있습니다. 꽃 {b}송이의 꽃잎은 모두 몇 장인가요?", "장"),
)


@family("2수01-11", "times-table-word")
def _f0111_word(rng: random.Random) -> Problem:
    a, b = _ab(rng)
    s, u = rng.choice(_TT_STORY)
    obj, unit = _obj(rng)
    w = _kid(rng.choice(NAMES))
    ju = unit if "{u}" in u else u
    text = s.format(o=obj, a=a, u=unit, b=b, j=_p(obj, "은/는"), w=josa(w, "은/는") if "{w} 매일" in s else w)
    return Problem(text=text, answer=f"{a * b}{ju}", format="word", difficulty=2 if a * b <= 40 else 3,
                   achievement_level="B", concepts=["곱셈구구", "곱셈"], check=lambda: sum([a] * b) == a * b)


@family("2수01-11", "zero-and-one-products")
def _f0111_zero_one(rng: random.Random) -> Problem:
    w = _kid(rng.choice(NAMES))
    kind = rng.randrange(3)
    if kind == 0:
        n0, n1, n2 = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5)
        p2 = rng.choice([2, 3, 5])
        text = (f"{josa(w, '은/는')} 고리 던지기를 했습니다. 0점 칸에 {n0}번, 1점 칸에 {n1}번, {p2}점 칸에 {n2}번 들어갔습니다. "
                f"{w}의 점수는 모두 몇 점인가요?")
        ans = str(0 * n0 + 1 * n1 + p2 * n2) + "점"
        chk = lambda: 0 * n0 == 0 and 1 * n1 == n1  # noqa: E731
        fmt, d = "word", 4
    elif kind == 1:
        a = rng.randint(1, 9)
        st = _st(rng)
        t = rng.choice([(0, a), (a, 0), (1, a), (a, 1)])
        text = rng.choice([f"계산하시오.\n{_ex(st, t[0], '×', t[1])}",
                           f"{_ex(st, t[0], '×', t[1], '=', '□')}\n" + rng.choice(_FILL_END)])
        ans = str(t[0] * t[1])
        chk = lambda: (t[0] * t[1] == 0) == (0 in t)  # noqa: E731
        fmt, d = ("fill" if "□" in text else "computation"), 1
    else:
        k = rng.randint(2, 9)
        obj = rng.choice(["어항", "접시", "바구니", "필통"])
        empty = rng.random() < 0.5
        inside = {"어항": ("금붕어", "마리"), "접시": ("떡", "개"), "바구니": ("사과", "개"), "필통": ("연필", "자루")}[obj]
        per = 0 if empty else 1
        text = (f"{obj} {k}개에 {josa(inside[0], '이/가')} 각각 {per}{inside[1]}씩 "
                f"{'들어 있습니다' if per else '있습니다'}. {josa(inside[0], '은/는')} 모두 몇 {inside[1]}인지 곱셈식으로 나타내어 구하세요.")
        if per == 0:
            text = (f"{obj} {k}개에 {josa(inside[0], '이/가')} 하나도 없습니다. {obj} 하나에 있는 {josa(inside[0], '을/를')} "
                    f"0{inside[1]}로 생각하여 모두 몇 {inside[1]}인지 곱셈식으로 나타내어 구하세요.")
        ans = f"{per} × {k} = {per * k}, {per * k}{inside[1]}"
        chk = lambda: per * k == (k if per else 0)  # noqa: E731
        fmt, d = "word", 2
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=elementary_level(d),
                   concepts=["곱셈구구", "곱셈"], check=chk)


@family("2수01-11", "compare-products")
def _f0111_compare(rng: random.Random) -> Problem:
    st = _st(rng)
    while True:
        a, b, c, d = (rng.randint(2, 9) for _ in range(4))
        if a * b != c * d or rng.random() < 0.15:
            break
    sign = ">" if a * b > c * d else "<" if a * b < c * d else "="
    text = rng.choice([
        f"○ 안에 >, =, < 중 알맞은 것을 써넣으세요.\n{_ex(st, a, '×', b)} ○ {_ex(st, c, '×', d)}",
        f"두 곱의 크기를 비교하여 ○ 안에 >, =, <를 알맞게 쓰시오.\n{_ex(st, a, '×', b)} ○ {_ex(st, c, '×', d)}",
    ])
    return Problem(text=text, answer=sign, format="fill", difficulty=2, achievement_level="B",
                   concepts=["곱셈구구", ">", "<"], check=lambda: (a * b > c * d) == (sign == ">"))


@family("2수01-11", "find-factor-pairs")
def _f0111_pairs(rng: random.Random) -> Problem:
    n = rng.choice([12, 16, 18, 24, 36, 8, 6, 20, 30])
    pairs = [(i, n // i) for i in range(1, 10) if n % i == 0 and n // i <= 9]
    st = _st(rng)
    kind = rng.randrange(3)
    if kind == 0:
        text = (f"곱셈표에서 곱이 {josa(str(n), '이/가')} 되는 곱셈구구를 모두 찾아 쓰세요.")
        ans, fmt = ", ".join(f"{i} × {j}" for i, j in pairs), "task"
        chk = lambda: all(i * j == n for i, j in pairs)  # noqa: E731
        d = 4
    elif kind == 1:
        i, j = rng.choice([p for p in pairs if p[0] > 1 and p[1] > 1] or pairs)
        text = f"□ 안에 알맞은 수를 써넣으세요.\n{_ex(st, i, '×', '□', '=', n)}"
        ans, fmt = str(j), "fill"
        chk = lambda: i * j == n  # noqa: E731
        d = 3
    else:
        a = rng.randint(2, 9)
        b = rng.randint(2, 9)
        m = a * b
        text = (f"어떤 수에 {josa(str(a), '을/를')} 곱했더니 {josa(str(m), '이/가')} 되었습니다. 어떤 수는 얼마인가요?")
        ans, fmt = str(b), "word"
        chk = lambda: a * b == m  # noqa: E731
        d = 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level="A" if d == 4 else "B",
                   concepts=["곱셈구구", "곱셈표"], check=chk)


@family("2수01-11", "product-mcq")
def _f0111_mcq(rng: random.Random) -> Problem:
    kind = rng.randrange(2)
    if kind == 0:
        a, b = _ab(rng, 3, 9)
        n = a * b
        stem = rng.choice([f"곱이 {n}인 것은 어느 것인가요?", f"계산 결과가 {josa(str(n), '이/가')} 되는 곱셈은 어느 것입니까?"])
        wrong = [f"{x} × {y}" for x in range(2, 10) for y in range(2, 10) if x * y in (n - 1, n + 1, n + a, n - b, n + 2)]
        rng.shuffle(wrong)
        correct = f"{a} × {b}"
        ch = choices(rng, correct, wrong[:8] + [f"{a} × {b + 1}", f"{a + 1} × {b}", f"{a} × {b - 1}", f"{a - 1} × {b}"])
        ok = lambda: eval(ch.options[ch.correct].replace("×", "*")) == n  # noqa: E731
    else:
        vals: dict[int, str] = {}
        while len(vals) < 5:
            x, y = _ab(rng)
            vals.setdefault(x * y, f"{x} × {y}")
        want = rng.choice(["가장 큰", "가장 작은"])
        target = max(vals) if want == "가장 큰" else min(vals)
        stem = rng.choice([f"곱이 {want} 것을 고르세요.", f"다음 중 계산 결과가 {want} 것은 어느 것인가요?"])
        ch = choices(rng, vals[target], [v for k, v in vals.items() if k != target])
        ok = lambda: eval(ch.options[ch.correct].replace("×", "*")) == target  # noqa: E731
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["곱셈구구"], choice=ch, check=ok)


@family("2수01-11", "times-plus-remainder")
def _f0111_two_step(rng: random.Random) -> Problem:
    a, b = _ab(rng, 3, 9)
    r = rng.randint(1, a - 1)
    w = _kid(rng.choice(NAMES))
    obj, unit = _obj(rng, bundle=True)
    kind = rng.randrange(3)
    if kind == 0:
        text = (f"{josa(w, '은/는')} {josa(obj, '을/를')} 친구 {b}명에게 {a}{unit}씩 나누어 주었더니 {r}{unit}{_p(unit, '이/가')} "
                f"남았습니다. 처음에 가지고 있던 {josa(obj, '은/는')} 몇 {unit}인가요?")
        ans = a * b + r
    elif kind == 1:
        text = (f"{obj} {a}{unit}씩 {b}묶음과 낱개 {r}{unit}{_p(unit, '이/가')} 있습니다. {josa(obj, '은/는')} 모두 몇 {unit}입니까?")
        ans = a * b + r
    else:
        c = rng.randint(2, 9)
        text = (f"빨간 구슬은 {a}개씩 {b}줄, 파란 구슬은 {c}개씩 {b}줄 있습니다. 빨간 구슬과 파란 구슬은 모두 몇 개인가요?")
        ans, unit = a * b + c * b, "개"
        r = c * b
    return Problem(text=text, answer=f"{ans}{unit}", format="word", difficulty=4, achievement_level="A",
                   concepts=["곱셈구구", "곱셈", "덧셈"], check=lambda: ans - r == a * b)
