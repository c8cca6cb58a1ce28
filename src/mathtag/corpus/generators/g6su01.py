"""Generators for 6수01 (초등 5–6학년 수와 연산).

자연수의 혼합 계산, 수의 범위(이상·이하·초과·미만), 올림·버림·반올림, 약수와 배수, 크기가 같은 분수·약분·통분,
분수의 크기 비교, 분수의 사칙계산, 분수와 소수의 관계, 소수의 곱셈과 나눗셈.

Private helpers (``_`` prefix; ``g6su02`` and ``g6su04`` import some of them):
- ``_p``: only the particle that fits a word; ``_pf``: the particle after a fraction, which Korean
  reads numerator-last (4분의 3 → 을), whatever notation it is printed in.
- ``_fx`` / ``_F``: a fraction, mixed number or whole number in a style (LaTeX, slash, 4분의 3);
  ``_fa``: the answer text of a fraction (3/4, 2와 1/3). Unlike ``notation.mixed`` the particle after
  the whole part comes from ``josa`` so it is right for every whole number (11과, 20과 …).
- ``_d``: an exact terminating decimal as text; ``_tok``/``_ev``/``_show``: integer and fraction
  expressions as token lists, evaluated by precedence with elementary-school constraints.
"""

from __future__ import annotations

import math as _m
import random
from fractions import Fraction
from itertools import permutations as _perm

import sympy

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.korean import josa, names
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import ELEMENTARY_WEIGHTS, num, pick_style

# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------


def _pick(rng: random.Random, *opts: str) -> str:
    return rng.choice(opts)


_UNIT_READ = {"L": "리터", "mL": "밀리리터", "kg": "킬로그램", "g": "그램", "t": "톤", "m": "미터", "cm": "센티미터",
              "km": "킬로미터", "mm": "밀리미터", "m²": "제곱미터", "cm²": "제곱센티미터", "km²": "제곱킬로미터",
              "cm³": "세제곱센티미터", "m³": "세제곱미터", "%": "퍼센트", "°": "도", "℃": "도", "km/h": "킬로미터"}


def _p(word: str, pair: str) -> str:
    """Only the particle that fits ``word`` (``_p("3", "을/를") == "을"``; unit symbols by their reading: kg → 을)."""
    for sym, read in sorted(_UNIT_READ.items(), key=lambda kv: -len(kv[0])):
        if word.endswith(sym) and (len(word) == len(sym) or not word[-len(sym) - 1].isalpha()):
            return josa(read, pair)[len(read):]
    return josa(word, pair)[len(word):]


def _pf(x: Fraction | int, pair: str) -> str:
    """The particle after a fraction/mixed number/integer: read numerator last (2와 4분의 3 → 을)."""
    x = Fraction(x)
    if x.denominator == 1:
        return _p(str(x.numerator), pair)
    return _p(str(x.numerator % x.denominator), pair)


def _wrap(s: str, style: str) -> str:
    return f"${s}$" if style == "latex" else s


def _fx(x: Fraction | int, style: str, *, mixed: bool = True, raw: bool = False, korean: bool = False) -> str:
    """A positive rational as text. ``raw`` leaves LaTeX without $…$ (to build longer formulas)."""
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    n, d = x.numerator, x.denominator
    w, r = divmod(n, d)
    if korean:
        if mixed and w:
            return f"{josa(str(w), '과/와')} {d}분의 {r}"
        return f"{d}분의 {n}"
    if style == "latex":
        s = f"{w}\\frac{{{r}}}{{{d}}}" if (mixed and w) else f"\\frac{{{n}}}{{{d}}}"
        return s if raw else f"${s}$"
    if mixed and w:
        return f"{josa(str(w), '과/와')} {r}/{d}"
    return f"{n}/{d}"


def _F(x: Fraction | int, style: str, pair: str | None = None, **kw: bool) -> str:
    """``_fx`` followed by the right particle (``pair``) when one is given."""
    s = _fx(x, style, **kw)
    return s + _pf(x, pair) if pair else s


def _fa(x: Fraction | int, *, mixed: bool = True) -> str:
    """Answer text of a rational: 3/4, 2와 1/3, 5."""
    return _fx(Fraction(x), "plain", mixed=mixed)


def _d(x: Fraction | int | str, places: int | None = None, comma: bool = False) -> str:
    """Exact decimal text of a terminating rational (``places`` forces trailing zeros)."""
    x = Fraction(x)
    if places is None:
        for k in range(0, 10):
            if (x * 10**k).denominator == 1:
                places = k
                break
        else:
            raise ValueError(f"{x} does not terminate")
    v = x * 10**places
    if v.denominator != 1:
        raise ValueError(f"{x} needs more than {places} places")
    v = int(v)
    whole, part = divmod(v, 10**places)
    w = num(whole) if comma else str(whole)
    return w if places == 0 else f"{w}.{str(part).rjust(places, '0')}"


def _gcd(a: int, b: int) -> int:
    return _m.gcd(a, b)


def _lcm(a: int, b: int) -> int:
    return a * b // _m.gcd(a, b)


def _divisors(n: int) -> list[int]:
    return [k for k in range(1, n + 1) if n % k == 0]


_OPS = {"+": "+", "-": "-", "*": "×", "/": "÷"}


def _ev(tokens: list, *, strict: bool = True) -> Fraction:
    """Evaluate ``tokens`` (numbers, '+', '-', '*', '/', '(', ')') by precedence.

    With ``strict`` (natural-number problems) every quotient must be a whole number and no running
    value may become negative, as elementary materials require; violations raise ``ValueError``.
    """
    pos = 0

    def atom() -> Fraction:
        nonlocal pos
        t = tokens[pos]
        if t == "(":
            pos += 1
            v = expr()
            assert tokens[pos] == ")"
            pos += 1
            return v
        pos += 1
        return Fraction(t)

    def term() -> Fraction:
        nonlocal pos
        v = atom()
        while pos < len(tokens) and tokens[pos] in ("*", "/"):
            o = tokens[pos]
            pos += 1
            w = atom()
            if o == "*":
                v = v * w
            else:
                if w == 0:
                    raise ValueError("division by zero")
                v = v / w
                if strict and v.denominator != 1:
                    raise ValueError("inexact division")
        return v

    def expr() -> Fraction:
        nonlocal pos
        v = term()
        while pos < len(tokens) and tokens[pos] in ("+", "-"):
            o = tokens[pos]
            pos += 1
            w = term()
            v = v + w if o == "+" else v - w
            if strict and v < 0:
                raise ValueError("negative")
        return v

    out = expr()
    if pos != len(tokens):
        raise ValueError("trailing tokens")
    return out


def _show(tokens: list, style: str, *, wrap: bool = True, mixed: bool = True) -> str:
    """Render a token list: 72 − 48 ÷ 6 × 5 / $72 - 48 \\div 6 \\times 5$ / 72 - 48 ÷ 6 × 5."""
    parts: list[str] = []
    for t in tokens:
        if t in ("(", ")"):
            parts.append(t)
        elif t in _OPS:
            if style == "latex":
                parts.append({"+": "+", "-": "-", "*": "\\times", "/": "\\div"}[t])
            elif style == "unicode":
                parts.append({"+": "+", "-": "−", "*": "×", "/": "÷"}[t])
            else:
                parts.append(_OPS[t])
        else:
            parts.append(_fx(t, style, raw=True, mixed=mixed) if isinstance(t, Fraction) else str(t))
    s = " ".join(parts).replace("( ", "(").replace(" )", ")")
    if style == "latex" and wrap:
        s = s.replace("(", "\\left(").replace(")", "\\right)") if "\\frac" in s else s
        return f"${s}$"
    return s


def _sym(tokens: list) -> sympy.Expr:
    """An independent sympy reading of a token list (for ``check``)."""
    s = " ".join(f"Rational({t.numerator},{t.denominator})" if isinstance(t, Fraction) else str(t) for t in tokens)
    return sympy.sympify(s)


def _N(who: str, pair: str) -> str:
    """A child's name with a particle, as textbooks write it: 지호는, 채원이는, 도윤이가, 채원이의."""
    last = who[-1]
    has_final = "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0
    base = who + "이" if has_final else who
    return base + pair if "/" not in pair else josa(base, pair)


def _cmp(a: object, b: object) -> str:
    return ">" if a > b else "<" if a < b else "="


def _ask_num(rng: random.Random) -> str:
    return _pick(rng, "구하시오.", "구하세요.", "얼마입니까?", "얼마인가요?", "구해 보세요.")


# =============================================================================================
# 6수01-01 자연수의 혼합 계산
# =============================================================================================

_MIX_SHAPES = (
    ["a", "+", "b", "*", "c", "-", "d"],
    ["a", "-", "b", "/", "c", "+", "d"],
    ["a", "*", "b", "-", "c", "/", "d"],
    ["a", "+", "b", "/", "c", "*", "d"],
    ["a", "*", "b", "/", "c", "-", "d"],
    ["a", "-", "b", "*", "c", "/", "d", "+", "e"],
    ["a", "/", "b", "+", "c", "*", "d", "-", "e"],
    ["a", "+", "b", "-", "c", "*", "d"],
)
_PAREN_SHAPES = (
    ["(", "a", "+", "b", ")", "*", "c", "-", "d"],
    ["a", "*", "(", "b", "-", "c", ")", "/", "d"],
    ["(", "a", "-", "b", ")", "/", "c", "+", "d"],
    ["a", "-", "(", "b", "+", "c", ")", "/", "d"],
    ["a", "+", "b", "*", "(", "c", "-", "d", ")"],
    ["a", "/", "(", "b", "+", "c", ")", "*", "d"],
    ["(", "a", "+", "b", "*", "c", ")", "/", "d"],
    ["a", "*", "b", "-", "(", "c", "+", "d", ")", "/", "e"],
)


def _fill_shape(rng: random.Random, shape: list[str], lo: int = 2, hi: int = 60) -> tuple[list, int]:
    while True:
        vals = {ch: rng.randint(lo, hi) for ch in "abcde"}
        # keep divisors small so quotients come out whole more often
        toks: list = []
        for i, t in enumerate(shape):
            if t in vals:
                if i > 0 and shape[i - 1] == "/":
                    toks.append(rng.randint(2, 9))
                else:
                    toks.append(vals[t])
            else:
                toks.append(t)
        try:
            v = _ev(toks)
        except (ValueError, AssertionError):
            continue
        if 0 <= v <= 999:
            return toks, int(v)


@family("6수01-01", "four-operations-no-parentheses")
def _c0101_plain(rng: random.Random) -> Problem:
    shape = rng.choice(_MIX_SHAPES)
    toks, v = _fill_shape(rng, shape)
    st = pick_style(rng, (0.3, 0.4, 0.3))
    e = _show(toks, st)
    text = _pick(rng, f"다음을 계산하시오.\n{e}", f"{e}\n계산 순서에 맞게 계산하세요.",
                 f"{e}{_pick(rng, '의 값을', _p(e, '을/를') + ' 계산한 값을')} 구하시오.",
                 f"계산해 보세요.\n{e} = □", f"다음 식의 계산 결과는 얼마입니까?\n{e}")
    n_ops = sum(t in _OPS for t in toks)
    d = 2 if n_ops == 3 else 3
    return Problem(text=text, answer=str(v), format="computation", difficulty=d, achievement_level="C" if d == 2 else "B",
                   concepts=["혼합 계산", "계산 순서"], check=lambda: _sym(toks) == v)


@family("6수01-01", "four-operations-with-parentheses")
def _c0101_paren(rng: random.Random) -> Problem:
    shape = rng.choice(_PAREN_SHAPES)
    toks, v = _fill_shape(rng, shape, 2, 40)
    st = pick_style(rng, (0.3, 0.4, 0.3))
    e = _show(toks, st)
    text = _pick(rng, f"( )가 있는 식입니다. 계산하시오.\n{e}", f"{e}\n위 식을 계산한 값을 쓰시오.",
                 f"다음 식을 계산 순서에 주의하여 계산하세요.\n{e}", f"{e} = □\n□ 안에 알맞은 수를 써넣으세요.",
                 f"{josa(e, '을/를')} 계산하면 얼마인가요?")
    return Problem(text=text, answer=str(v), format="computation", difficulty=3, achievement_level="B",
                   concepts=["혼합 계산", "계산 순서", "괄호"], check=lambda: _sym(toks) == v)


def _binary_parts(toks: list, style: str = "plain") -> list[tuple[int, str]]:
    """Every 'number op number' that stands side by side in ``toks`` (index of the op, text)."""
    out = []
    for i, t in enumerate(toks):
        if t in _OPS and isinstance(toks[i - 1], int) and i + 1 < len(toks) and isinstance(toks[i + 1], int):
            out.append((i, _show(toks[i - 1:i + 2], style)))
    return out


def _first_op(toks: list) -> int:
    """Index of the operator evaluated first (innermost parentheses, then × ÷ left to right)."""
    if "(" in toks:
        i = toks.index("(")
        j = toks.index(")")
        inner = toks[i + 1:j]
        return i + 1 + _first_op(inner)
    for i, t in enumerate(toks):
        if t in ("*", "/"):
            return i
    return next(i for i, t in enumerate(toks) if t in ("+", "-"))


@family("6수01-01", "which-part-first-mcq")
def _c0101_first(rng: random.Random) -> Problem:
    while True:
        shape = rng.choice(_MIX_SHAPES[5:] + _PAREN_SHAPES[3:] + _MIX_SHAPES[:3])
        toks, _v = _fill_shape(rng, shape, 2, 50)
        st = rng.choice(["unicode", "plain"])
        parts = _binary_parts(toks, st)
        texts = [p for _, p in parts]
        if len(parts) >= 3 and len(set(texts)) == len(texts):
            break
    first = _first_op(toks)
    correct = next(p for i, p in parts if i == first)
    wrong = [p for i, p in parts if i != first]
    last = rng.random() < 0.3 and "(" not in toks
    if last:
        # ask for the part computed last instead: the last + or − when there are no parentheses
        idx = [i for i, t in enumerate(toks) if t in ("+", "-")][-1]
        cands = [p for i, p in parts if i == idx]
        if cands:
            correct = cands[0]
            wrong = [p for i, p in parts if i != idx]
        else:
            last = False
    ch = choices(rng, correct, wrong, n=len(wrong) + 1)
    e = _show(toks, st)
    which = "가장 나중에" if last else "가장 먼저"
    text = _pick(rng, f"다음 식에서 {which} 계산해야 하는 부분은 어느 것입니까?\n{e}\n{ch.block}",
                 f"{e}\n위 식을 계산할 때 {which} 계산하는 것을 고르시오.\n{ch.block}",
                 f"계산 순서를 생각할 때, 다음 식에서 {which} 계산할 부분을 찾으세요.\n{e}\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["혼합 계산", "계산 순서"], choice=ch,
                   check=lambda: ch.options[ch.correct] in [p for _, p in parts])


_SHOP = (("공책", "권", 900, 1500), ("볼펜", "자루", 500, 1200), ("지우개", "개", 300, 800),
         ("아이스크림", "개", 700, 1800), ("빵", "개", 1200, 2500), ("음료수", "병", 800, 1600),
         ("색종이", "묶음", 500, 1500), ("도넛", "개", 900, 1800), ("스케치북", "권", 1500, 3000))


@family("6수01-01", "shopping-change-one-expression")
def _c0101_shop(rng: random.Random) -> Problem:
    (g1, u1, lo1, hi1), (g2, u2, lo2, hi2) = rng.sample(_SHOP, 2)
    p1 = rng.randrange(lo1, hi1 + 1, 100)
    p2 = rng.randrange(lo2, hi2 + 1, 100)
    n1, n2 = rng.randint(2, 5), rng.randint(2, 4)
    cost = p1 * n1 + p2 * n2
    pay = next(x for x in (5000, 10000, 20000, 30000, 50000) if x > cost)
    who = names(rng, 1)[0]
    change = pay - cost
    kind = rng.choice(["change", "diff"])
    if kind == "change":
        toks = [pay, "-", "(", p1, "*", n1, "+", p2, "*", n2, ")"]
        body = _pick(rng,
                     f"{_N(who, '은/는')} 한 {u1}에 {num(p1)}원인 {g1} {n1}{u1}{_p(u1, '과/와')} 한 {u2}에 {num(p2)}원인 {g2} {n2}{josa(u2, '을/를')} 사고 {num(pay)}원을 냈습니다.",
                     f"{g1}{_p(g1, '은/는')} 한 {u1}에 {num(p1)}원, {g2}{_p(g2, '은/는')} 한 {u2}에 {num(p2)}원입니다. {_N(who, '이/가')} {g1} {n1}{u1}, {g2} {n2}{u2}{_p(u2, '을/를')} 사면서 {num(pay)}원짜리 지폐를 한 장 냈습니다.")
        q = _pick(rng, "거스름돈은 얼마인지 하나의 식으로 나타내어 구하시오.",
                  "받아야 할 거스름돈을 하나의 식으로 나타내고 답을 구하세요.",
                  "거스름돈으로 얼마를 받아야 합니까? 하나의 식으로 나타내어 풀어 보세요.")
        v = change
    else:
        toks = [p1, "*", n1, "-", p2, "*", n2] if p1 * n1 >= p2 * n2 else [p2, "*", n2, "-", p1, "*", n1]
        body = f"한 {u1}에 {num(p1)}원인 {g1} {n1}{u1}의 값과 한 {u2}에 {num(p2)}원인 {g2} {n2}{u2}의 값이 있습니다."
        q = _pick(rng, "어느 쪽이 얼마 더 비싼지 하나의 식으로 나타내어 차를 구하시오.",
                  "두 물건 값의 차는 얼마인지 하나의 식으로 나타내어 구하세요.")
        v = abs(p1 * n1 - p2 * n2)
    expr = _show(toks, "plain")
    return Problem(text=f"{body} {q}", answer=f"{expr} = {num(v)}, {num(v)}원", format="word", difficulty=3,
                   achievement_level="B", concepts=["혼합 계산", "괄호"], check=lambda: _sym(toks) == v)


@family("6수01-01", "share-after-combining")
def _c0101_share(rng: random.Random) -> Problem:
    obj, unit = rng.choice([("초콜릿", "개"), ("사탕", "개"), ("색종이", "장"), ("구슬", "개"), ("쿠키", "개"), ("스티커", "장")])
    box = rng.choice(["상자", "봉지", "묶음"])
    while True:
        per, k, extra, people = rng.randint(6, 24), rng.randint(2, 6), rng.randint(1, 20), rng.randint(3, 9)
        if (per * k + extra) % people == 0:
            break
    give = rng.random() < 0.5
    used = rng.randint(1, (per * k + extra) // people - 1) if give else 0
    who = names(rng, 1)[0]
    toks = ["(", per, "*", k, "+", extra, ")", "/", people] + (["-", used] if give else [])
    v = int(_ev(toks))
    head = _pick(rng, f"한 {box}에 {per}{unit}씩 들어 있는 {obj} {k}{box}{_p(box, '과/와')} 낱개 {obj} {extra}{unit}{_p(unit, '이/가')} 있습니다.",
                 f"{_N(who, '은/는')} {obj}{_p(obj, '을/를')} {per}{unit}씩 {k}{box} 샀고, 집에 {extra}{unit}{_p(unit, '이/가')} 더 있었습니다.")
    mid = f" 이 {josa(obj, '을/를')} {people}명이 똑같이 나누어 가졌습니다."
    if give:
        mid += f" 그중 한 명이 자기 몫에서 {used}{josa(unit, '을/를')} 친구에게 주었다면 그 사람에게 남은 {josa(obj, '은/는')} 몇 {unit}입니까?"
    else:
        mid += f" 한 사람이 가진 {josa(obj, '은/는')} 몇 {unit}인지 하나의 식으로 나타내어 구하시오."
    return Problem(text=head + mid, answer=f"{_show(toks, 'plain')} = {v}, {v}{unit}", format="word",
                   difficulty=4 if give else 3, achievement_level="A" if give else "B",
                   concepts=["혼합 계산", "괄호"], check=lambda: _sym(toks) == v)


@family("6수01-01", "compare-with-and-without-parentheses")
def _c0101_cmp(rng: random.Random) -> Problem:
    while True:
        a, b, c, d = (rng.randint(2, 30) for _ in range(4))
        kind = rng.randrange(4)
        if kind == 0:
            left, right = [a, "*", "(", b, "+", c, ")"], [a, "*", b, "+", c]
        elif kind == 1:
            left, right = ["(", a, "+", b, ")", "/", d], [a, "+", b, "/", d]
        elif kind == 2:
            left, right = [a, "-", "(", b, "-", c, ")"], [a, "-", b, "-", c]
        else:
            left, right = [a * d, "/", "(", d, "*", c, ")"], [a * d, "/", d, "*", c]
        try:
            lv, rv = _ev(left), _ev(right)
        except ValueError:
            continue
        break
    swap = rng.random() < 0.5
    if swap:
        left, right, lv, rv = right, left, rv, lv
    st = rng.choice(["unicode", "plain", "latex"])
    sign = _cmp(lv, rv)
    L, R = _show(left, st), _show(right, st)
    text = _pick(rng, f"계산 결과를 비교하여 ( ) 안에 >, =, <를 알맞게 써넣으시오.\n{L} (  ) {R}",
                 f"두 식의 값의 크기를 비교하여 ○ 안에 >, =, < 중 알맞은 것을 쓰세요.\n{L} ○ {R}",
                 f"{L}{_p('식', '과/와')} {R} 중 계산 결과가 더 큰 식은 어느 것입니까? 같으면 '같다'라고 쓰시오.")
    if "중 계산 결과" in text:
        ans = "같다" if lv == rv else (_show(left, "plain") if lv > rv else _show(right, "plain"))
        fmt = "word"
    else:
        ans, fmt = sign, "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B",
                   concepts=["혼합 계산", "괄호", "계산 순서"], check=lambda: (_sym(left) > _sym(right)) == (lv > rv))


def _paren_variants(toks: list) -> dict[str, tuple[list, Fraction]]:
    """Every way to put one pair of parentheses around 2+ consecutive numbers (not the whole)."""
    nums = [i for i, t in enumerate(toks) if isinstance(t, int)]
    out: dict[str, tuple[list, Fraction]] = {}
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if i == 0 and j == len(nums) - 1:
                continue
            t2 = [*toks[:nums[i]], "(", *toks[nums[i]:nums[j] + 1], ")", *toks[nums[j] + 1:]]
            try:
                v = _ev(t2)
            except ValueError:
                continue
            out[_show(t2, "plain")] = (t2, v)
    return out


@family("6수01-01", "insert-parentheses")
def _c0101_insert(rng: random.Random) -> Problem:
    while True:
        shape = rng.choice(_MIX_SHAPES[:5] + (["a", "*", "b", "+", "c", "-", "d"], ["a", "+", "b", "*", "c", "/", "d"]))
        toks, v0 = _fill_shape(rng, shape, 2, 30)
        var = _paren_variants(toks)
        vals = [v for _, v in var.values()]
        good = [k for k, (_, v) in var.items() if vals.count(v) == 1 and v != v0 and v.denominator == 1]
        if good:
            break
    key = rng.choice(good)
    t2, target = var[key]
    st = rng.choice(["unicode", "plain"])
    e = _show(toks, st)
    text = _pick(rng, f"다음 식이 성립하도록 ( )로 묶어 보시오.\n{e} = {target}",
                 f"식의 한 부분을 ( )로 묶어서 계산 결과가 {target}{_p(str(target), '이/가')} 되게 하려고 합니다. ( )를 넣은 식을 쓰세요.\n{e}",
                 f"{e} = {target}\n위 식은 ( )가 빠져 있어 등호가 맞지 않습니다. ( )를 알맞게 넣어 옳은 식을 만드시오.")
    return Problem(text=text, answer=f"{key} = {target}", format="fill", difficulty=4, achievement_level="A",
                   concepts=["혼합 계산", "괄호"], check=lambda: _sym(t2) == target)


@family("6수01-01", "find-the-mistake")
def _c0101_error(rng: random.Random) -> Problem:
    while True:
        shape = rng.choice((["a", "-", "b", "/", "c", "+", "d"], ["a", "+", "b", "*", "c"], ["a", "-", "b", "*", "c"],
                            ["a", "*", "b", "+", "c", "/", "d"], ["a", "+", "b", "/", "c"]))
        toks, v = _fill_shape(rng, shape, 2, 50)
        # the mistake: working left to right
        wrong = Fraction(toks[0])
        ok = True
        for i in range(1, len(toks), 2):
            o, b = toks[i], toks[i + 1]
            wrong = {"+": wrong + b, "-": wrong - b, "*": wrong * b, "/": wrong / b}[o]
            if wrong < 0 or wrong.denominator != 1:
                ok = False
        if ok and wrong != v:
            break
    who = names(rng, 1)[0]
    st = rng.choice(["unicode", "plain"])
    e = _show(toks, st)
    steps = []
    acc = toks[0]
    for i in range(1, len(toks), 2):
        nxt = int({"+": Fraction(acc) + toks[i + 1], "-": Fraction(acc) - toks[i + 1], "*": Fraction(acc) * toks[i + 1],
                   "/": Fraction(acc) / toks[i + 1]}[toks[i]])
        steps.append(f"{_show([acc, toks[i], toks[i + 1]], st)} = {nxt}")
        acc = nxt
    text = _pick(rng, f"{_N(who, '은/는')} {josa(e, '을/를')} 다음과 같이 계산했습니다.\n" + "\n".join(steps)
                 + "\n계산이 잘못된 까닭을 쓰고, 바르게 계산한 값을 구하시오.",
                 f"다음은 {who}의 풀이입니다.\n{e}\n→ " + " → ".join(steps)
                 + "\n잘못 계산한 부분을 찾아 이유를 설명하고 바르게 계산하세요.")
    return Problem(text=text, answer=str(v), format="proof", difficulty=3, achievement_level="A",
                   concepts=["혼합 계산", "계산 순서"], check=lambda: _sym(toks) == v)


@family("6수01-01", "situation-to-expression-mcq")
def _c0101_sit(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    who = names(rng, 1)[0]
    if kind == 0:
        a, b, c = rng.randint(3, 9), rng.randint(2, 6), rng.choice([2, 3, 4, 5, 6])
        total = rng.randint(30, 80)
        while (a * b) > total or ((total - a * b) % c):
            a, b, total = rng.randint(3, 9), rng.randint(2, 6), rng.randint(30, 80)
        text = (f"{_N(who, '은/는')} 구슬 {total}개 중에서 친구 {b}명에게 {a}개씩 나누어 주고, 남은 구슬을 상자 {c}개에 "
                f"똑같이 나누어 담았습니다. 상자 한 개에 담은 구슬의 수를 구하는 식으로 알맞은 것은 어느 것입니까?")
        right = ["(", total, "-", a, "*", b, ")", "/", c]
        wrongs = [[total, "-", a, "*", b, "/", c], ["(", total, "-", a, ")", "*", b, "/", c], [total, "-", "(", a, "+", b, ")", "/", c],
                  ["(", total, "-", b, ")", "/", c], ["(", total, "+", a, "*", b, ")", "/", c]]
    elif kind == 1:
        price, n, disc = rng.randrange(800, 3000, 100), rng.randint(3, 6), rng.randrange(200, 700, 100)
        text = (f"한 개에 {num(price)}원인 과자를 {n}개 사는데, 가게에서 한 개에 {num(disc)}원씩 깎아 주었습니다. "
                f"{_N(who, '이/가')} 낸 돈은 모두 얼마인지 구하는 식으로 알맞은 것을 고르시오.")
        right = ["(", price, "-", disc, ")", "*", n]
        wrongs = [[price, "-", disc, "*", n], [price, "*", n, "-", disc], ["(", price, "+", disc, ")", "*", n],
                  [price, "-", "(", disc, "*", n, ")"], ["(", price, "*", disc, ")", "-", n]]
    else:
        per, people, days = rng.randint(2, 5), rng.randint(3, 8), rng.randint(2, 7)
        have = rng.randint(per * people * days + 5, per * people * days + 60)
        text = (f"우유가 {have}개 있습니다. 한 사람이 하루에 {per}개씩 {people}명이 {days}일 동안 마시면 남는 우유는 몇 개인지 "
                f"구하는 식으로 알맞은 것은 어느 것입니까?")
        right = [have, "-", per, "*", people, "*", days]
        wrongs = [["(", have, "-", per, ")", "*", people, "*", days], [have, "-", per, "*", people, "+", days],
                  [have, "-", per, "+", people, "*", days], [have, "-", "(", per, "+", people, ")", "*", days],
                  [have, "*", per, "-", people, "*", days]]
    st = rng.choice(["unicode", "plain"])
    ch = choices(rng, _show(right, st), [_show(w, st) for w in wrongs])
    v = _ev(right)
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["혼합 계산", "괄호"], choice=ch,
                   check=lambda: all(_sym(w) != v or w == right for w in wrongs) and _sym(right) == v)


@family("6수01-01", "missing-number-in-mixed-expression")
def _c0101_box(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    while True:
        x, a, b = rng.randint(2, 20), rng.randint(2, 12), rng.randint(2, 9)
        if kind == 0:
            toks, shown = [a, "+", x, "*", b], [a, "+", "□", "*", b]
        elif kind == 1:
            toks, shown = ["(", x, "+", a, ")", "*", b], ["(", "□", "+", a, ")", "*", b]
        else:
            x *= b
            toks, shown = [x, "/", b, "+", a], ["□", "/", b, "+", a]
        try:
            v = int(_ev(toks))
        except ValueError:
            continue
        break
    st = rng.choice(["unicode", "plain"])
    e = _show(shown, st)
    text = _pick(rng, f"□ 안에 알맞은 수를 써넣으세요.\n{e} = {v}", f"{e} = {v}일 때, □ 안에 들어갈 수를 구하시오.",
                 f"다음 식에서 □에 알맞은 수는 얼마입니까?\n{e} = {v}")
    xx = sympy.Symbol("x")
    sol = sympy.solve(sympy.Eq(sympy.sympify(" ".join(str(t) if t != "□" else "x" for t in shown)), v), xx)
    return Problem(text=text, answer=str(x), format="fill", difficulty=4, achievement_level="A",
                   concepts=["혼합 계산", "계산 순서"], check=lambda: sol == [x])


# =============================================================================================
# 6수01-02 이상, 이하, 초과, 미만
# =============================================================================================

_LOW = ("이상", "초과")
_HIGH = ("이하", "미만")


def _inside(x: Fraction | int, lo: Fraction | int | None, lk: str | None, hi: Fraction | int | None, hk: str | None) -> bool:
    ok = True
    if lo is not None:
        ok &= x >= lo if lk == "이상" else x > lo
    if hi is not None:
        ok &= x <= hi if hk == "이하" else x < hi
    return ok


def _rng_text(lo, lk, hi, hk, unit: str = "") -> str:
    u = f" {unit}" if unit else ""
    parts = []
    if lo is not None:
        parts.append(f"{_d(lo)}{u} {lk}")
    if hi is not None:
        parts.append(f"{_d(hi)}{u} {hk}")
    return " ".join(parts)


@family("6수01-02", "which-number-in-range-mcq")
def _c0102_mcq(rng: random.Random) -> Problem:
    lo = rng.randint(10, 80)
    hi = lo + rng.randint(4, 15)
    lk, hk = rng.choice(_LOW), rng.choice(_HIGH)
    ask_in = rng.random() < 0.6
    pool = [lo, hi, lo - 1, hi + 1, lo - rng.randint(2, 5), hi + rng.randint(2, 5), *range(lo + 1, hi)]
    if rng.random() < 0.4:
        pool += [Fraction(2 * lo + 1, 2), Fraction(2 * hi - 1, 2), Fraction(2 * hi + 1, 2), Fraction(2 * lo - 1, 2)]
    ins = [v for v in pool if _inside(v, lo, lk, hi, hk)]
    outs = [v for v in pool if not _inside(v, lo, lk, hi, hk)]
    # make boundaries the likely distractors
    if ask_in:
        correct = rng.choice(ins)
        wrong = rng.sample(outs, min(4, len(outs)))
    else:
        correct = rng.choice(outs)
        inner = [v for v in ins if v in (lo, hi)] + rng.sample([v for v in ins if v not in (lo, hi)], 3)
        wrong = inner[:4]
    if len(set(wrong)) < 4:
        wrong = (wrong + [v for v in (outs if ask_in else ins) if v not in wrong])[:4]
    ch = choices(rng, _d(correct), [_d(v) for v in wrong], sort_key=lambda o: float(o))
    r = _rng_text(lo, lk, hi, hk)
    if ask_in:
        text = _pick(rng, f"{r}인 수는 어느 것입니까?", f"다음 중 {r}인 수를 고르시오.", f"수의 범위 '{r}'에 포함되는 수를 찾으세요.")
    else:
        text = _pick(rng, f"{r}인 수가 아닌 것은 어느 것입니까?", f"다음 중 {r}인 수의 범위에 들어가지 않는 수를 고르시오.")
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=[lk, hk], choice=ch,
                   check=lambda: _inside(Fraction(ch.options[ch.correct]), lo, lk, hi, hk) == ask_in
                   and all(_inside(Fraction(o), lo, lk, hi, hk) != ask_in for i, o in enumerate(ch.options) if i != ch.correct))


@family("6수01-02", "count-naturals-in-range")
def _c0102_count(rng: random.Random) -> Problem:
    lo = rng.randint(5, 120)
    hi = lo + rng.randint(6, 40)
    lk, hk = rng.choice(_LOW), rng.choice(_HIGH)
    first = lo if lk == "이상" else lo + 1
    last = hi if hk == "이하" else hi - 1
    kind = rng.randrange(3)
    r = _rng_text(lo, lk, hi, hk)
    if kind == 0:
        text = _pick(rng, f"{r}인 자연수는 모두 몇 개입니까?", f"{r}인 자연수의 개수를 구하시오.",
                     f"{lo}{_p(str(lo), '이/가')} 들어가는지, {hi}{_p(str(hi), '이/가')} 들어가는지 주의하여 {r}인 자연수가 몇 개인지 세어 보세요.")
        ans = str(last - first + 1)
    elif kind == 1:
        text = _pick(rng, f"{r}인 자연수 중에서 가장 작은 수와 가장 큰 수를 차례로 쓰시오.",
                     f"수의 범위가 {r}일 때, 이 범위에 속하는 가장 작은 자연수와 가장 큰 자연수를 구하세요.")
        ans = f"{first}, {last}"
    else:
        text = f"{r}인 자연수를 모두 더하면 얼마입니까?" if last - first < 8 else f"{r}인 자연수 중 짝수는 모두 몇 개인지 구하시오."
        ans = str(sum(range(first, last + 1))) if last - first < 8 else str(sum(1 for k in range(first, last + 1) if k % 2 == 0))
    brute = [k for k in range(0, hi + 5) if k > 0 and _inside(k, lo, lk, hi, hk)]

    def chk() -> bool:
        if kind == 0:
            return ans == str(len(brute))
        if kind == 1:
            return ans == f"{min(brute)}, {max(brute)}"
        return ans in (str(sum(brute)), str(sum(1 for k in brute if k % 2 == 0)))

    return Problem(text=text, answer=ans, format="computation" if kind else "word", difficulty=3 if kind else 2,
                   achievement_level="B" if kind else "C", concepts=[lk, hk, "자연수"], check=chk)


@family("6수01-02", "number-line-to-words")
def _c0102_line(rng: random.Random) -> Problem:
    lo = rng.randint(10, 90)
    hi = lo + rng.randint(3, 12)
    one_sided = rng.random() < 0.3
    lk, hk = rng.choice(_LOW), rng.choice(_HIGH)
    dot = {"이상": "●", "이하": "●", "초과": "○", "미만": "○"}
    if one_sided:
        side = rng.choice(["low", "high"])
        if side == "low":
            desc = f"{lo}에 {dot[lk]}이 그려져 있고, 그 점에서 오른쪽으로 화살표가 그어져 있습니다."
            ans = f"{lo} {lk}"
            lo2, hi2 = lo, None
        else:
            desc = f"{hi}에 {dot[hk]}이 그려져 있고, 그 점에서 왼쪽으로 화살표가 그어져 있습니다."
            ans = f"{hi} {hk}"
            lo2, hi2 = None, hi
    else:
        desc = f"{lo}에는 {dot[lk]}, {hi}에는 {dot[hk]}이 그려져 있고 두 점 사이가 굵은 선으로 이어져 있습니다."
        ans = f"{lo} {lk} {hi} {hk}"
        lo2, hi2 = lo, hi
    note = _pick(rng, "(●은 그 수를 포함하고, ○은 포함하지 않습니다.)", "", "(● : 점을 포함함, ○ : 점을 포함하지 않음)")
    text = _pick(rng, f"수직선에 수의 범위를 나타냈습니다. {desc} {note}\n이 수직선이 나타내는 수의 범위를 쓰시오.",
                 f"다음 설명과 같이 수직선에 나타낸 수의 범위를 이상, 이하, 초과, 미만 중 알맞은 말을 사용하여 쓰세요.\n{desc} {note}",
                 f"{desc} {note}\n위와 같은 수직선이 나타내는 수의 범위를 (  ) 안에 써넣으시오.\n(          )").replace(" \n", "\n")
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="C",
                   concepts=[k for k in (lk if lo2 is not None else None, hk if hi2 is not None else None) if k] + ["수직선"],
                   check=lambda: all(w in ans for w in ([lk] if lo2 is not None else []) + ([hk] if hi2 is not None else [])))


_CLASSES = (("태권도", "kg", [30, 32, 34, 36, 39, 42]), ("씨름", "kg", [35, 40, 45, 50, 55]),
            ("유도", "kg", [28, 31, 34, 38, 42, 46]), ("레슬링", "kg", [32, 35, 38, 42, 47]))
_CLASS_NAMES = ("핀급", "플라이급", "밴텀급", "페더급", "라이트급", "웰터급", "미들급")


@family("6수01-02", "weight-class-table")
def _c0102_weight(rng: random.Random) -> Problem:
    sport, unit, cuts = rng.choice(_CLASSES)
    k = len(cuts)
    rows = []
    lab = list(_CLASS_NAMES[:k]) if rng.random() < 0.5 else [f"{i + 1}체급" for i in range(k)]
    for i in range(k):
        if i == 0:
            rows.append((lab[i], f"{cuts[0]} {unit} 이하", None, cuts[0]))
        else:
            rows.append((lab[i], f"{cuts[i - 1]} {unit} 초과 {cuts[i]} {unit} 이하", cuts[i - 1], cuts[i]))
    table = "| 체급 | 몸무게 |\n" + "\n".join(f"| {a} | {b} |" for a, b, _, _ in rows)
    who = names(rng, 1)[0]
    edge = rng.random() < 0.6
    i = rng.randrange(1, k)
    w = Fraction(cuts[i]) if edge else Fraction(rng.randint(cuts[i - 1] * 10 + 1, cuts[i] * 10 - 1), 10)
    if edge and rng.random() < 0.5:
        w = Fraction(cuts[i - 1]) + Fraction(1, 10)
    ans = next(a for a, _, lo, hi in rows if (lo is None or w > lo) and w <= hi)
    text = _pick(rng, f"어린이 {sport} 대회의 체급별 몸무게 기준입니다.\n{table}\n{_N(who, '의')} 몸무게는 {_d(w)} {unit}입니다. {_N(who, '이/가')} 나갈 수 있는 체급을 쓰시오.",
                 f"{table}\n위의 표는 {sport} 대회의 체급표입니다. 몸무게가 {_d(w)} {unit}인 {_N(who, '은/는')} 어느 체급에 속합니까?",
                 f"{sport} 대회에 나가려는 {_N(who, '은/는')} 대회 전날 몸무게를 재었더니 {_d(w)} {unit}이었습니다. 아래 체급표를 보고 {_N(who, '이/가')} 출전할 체급을 구하시오.\n{table}")
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B",
                   concepts=["초과", "이하"],
                   check=lambda: sum(1 for _, _, lo, hi in rows if (lo is None or w > lo) and w <= hi) == 1)


@family("6수01-02", "admission-fee-by-age")
def _c0102_fee(rng: random.Random) -> Problem:
    place = rng.choice(["과학관", "미술관", "수영장", "동물원", "놀이공원", "박물관", "식물원"])
    a1, a2, a3 = rng.choice([(7, 13, 19), (6, 12, 18), (8, 13, 65), (7, 14, 20)])
    f0, f1, f2 = rng.choice([(0, 1000, 2000), (0, 1500, 3000), (500, 2000, 4000), (0, 2500, 5000)])
    f3 = rng.choice([3000, 4000, 5000, 6000]) + f2

    def fee(age: int) -> int:
        if age < a1:
            return f0
        if age < a2:
            return f1
        if age < a3:
            return f2
        return f3

    lines = [f"| {a1}세 미만 | {num(f0) + '원' if f0 else '무료'} |", f"| {a1}세 이상 {a2}세 미만 | {num(f1)}원 |",
             f"| {a2}세 이상 {a3}세 미만 | {num(f2)}원 |", f"| {a3}세 이상 | {num(f3)}원 |"]
    if a3 == 65:
        lines[3] = f"| {a3}세 이상 | 무료 |"
        f3 = 0
    people = rng.sample(["아버지", "어머니", "할머니", "할아버지", "형", "누나", "언니", "동생", "삼촌"], 3)
    ages = {}
    for p in people:
        if p in ("할머니", "할아버지"):
            ages[p] = rng.randint(60, 75)
        elif p in ("아버지", "어머니", "삼촌"):
            ages[p] = rng.randint(35, 50)
        elif p == "동생":
            ages[p] = rng.choice([a1 - 1, a1, rng.randint(3, a1 + 2)])
        else:
            ages[p] = rng.choice([a2 - 1, a2, a3 - 1, a3, rng.randint(a1, a3)])
    me = rng.choice([a2 - 1, a2 - 2, 11, 12])
    for p in people:
        if p in ("형", "누나", "언니"):
            ages[p] = me + rng.choice([1, 2, 3, 5, 7])
        elif p == "동생":
            ages[p] = rng.randint(max(3, a1 - 2), me - 1)
    ages["나"] = me
    total = 0
    for age in ages.values():
        if age < a1:
            total += f0
        elif age < a2:
            total += f1
        elif age < a3:
            total += f2
        else:
            total += f3
    desc = ", ".join(f"{p} {a}세" for p, a in ages.items())
    text = (f"{place} 입장료를 나타낸 표입니다.\n| 나이 | 입장료 |\n" + "\n".join(lines) +
            f"\n우리 가족({desc})이 모두 {place}에 들어가려면 입장료는 모두 얼마를 내야 합니까?")
    return Problem(text=text, answer=f"{num(total)}원", format="data", difficulty=4, achievement_level="A",
                   concepts=["이상", "미만"], check=lambda: total == sum(fee(a) if not (a3 == 65 and a >= 65) else 0 for a in ages.values()))


@family("6수01-02", "who-meets-the-condition")
def _c0102_cond(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    kids = names(rng, 5)
    if kind == 0:
        lim = rng.choice([110, 120, 125, 130, 135, 140])
        k = rng.choice(["이상", "초과"])
        vals = [Fraction(lim), *(Fraction(rng.randint((lim - 15) * 10, (lim + 15) * 10), 10) for _ in range(4))]
        rng.shuffle(vals)
        rule = f"키가 {lim} cm {k}인 사람만 탈 수 있습니다"
        ok = [n for n, v in zip(kids, vals, strict=True) if _inside(v, lim, k, None, None)]
        data = ", ".join(f"{n} {_d(v)} cm" for n, v in zip(kids, vals, strict=True))
        ride = rng.choice(["바이킹", "회전 그네", "범퍼카", "롤러코스터", "자이로드롭"])
        head = _pick(rng, f"놀이 기구 {josa(chr(39) + ride + chr(39), '은/는')} {rule}.",
                     f"어린이 체험장의 밧줄 놀이는 {rule.replace('탈 수', '참여할 수')}.")
        concept = [k]
    elif kind == 1:
        lim = rng.choice([30, 40, 50, 60])
        k = rng.choice(["이하", "미만"])
        vals = [Fraction(lim), *(Fraction(rng.randint(lim - 12, lim + 12)) for _ in range(4))]
        rng.shuffle(vals)
        ok = [n for n, v in zip(kids, vals, strict=True) if _inside(v, None, None, lim, k)]
        data = ", ".join(f"{n} {_d(v)}점" for n, v in zip(kids, vals, strict=True))
        head = f"줄넘기 시험에서 {lim}번 {k}으로 넘은 학생은 다시 시험을 봅니다." if k == "미만" else \
            f"줄넘기 시험에서 {lim}번 {k}로 넘은 학생은 보충 연습을 합니다."
        data = data.replace("점", "번")
        concept = [k]
    else:
        lim = rng.choice([50, 60, 70, 80])
        k = rng.choice(["초과", "이상"])
        vals = [Fraction(lim), *(Fraction(rng.randint(lim - 20, lim + 20)) for _ in range(4))]
        rng.shuffle(vals)
        ok = [n for n, v in zip(kids, vals, strict=True) if _inside(v, lim, k, None, None)]
        data = ", ".join(f"{n} {_d(v)} km/h" for n, v in zip(kids, vals, strict=True))
        head = f"학교 앞 도로는 제한 속도가 시속 {lim} km입니다. 시속 {lim} km {k}{_p(k, '으로/로')} 달린 자동차를 단속한다고 할 때, 단속되는 자동차는 몇 대입니까?"
        kids = [f"{c}차" for c in "가나다라마"]
        ok = [n for n, v in zip(kids, vals, strict=True) if _inside(v, lim, k, None, None)]
        data = ", ".join(f"{n} 시속 {_d(v)} km" for n, v in zip(kids, vals, strict=True))
        text = f"{head}\n{data}"
        return Problem(text=text, answer=f"{len(ok)}대", format="word", difficulty=3, achievement_level="B",
                       concepts=[k], check=lambda: len(ok) == sum(1 for v in vals if (v > lim if k == "초과" else v >= lim)))
    q = _pick(rng, "조건에 맞는 학생을 모두 쓰시오.", "해당하는 사람을 모두 찾아 이름을 쓰세요.", "조건에 해당하는 사람은 누구누구입니까?")
    text = f"{head}\n{data}\n{q}"
    return Problem(text=text, answer=", ".join(ok) if ok else "없음", format="word", difficulty=2, achievement_level="C",
                   concepts=concept, check=lambda: len(ok) <= 5)


@family("6수01-02", "parcel-or-bill-by-range")
def _c0102_parcel(rng: random.Random) -> Problem:
    cuts = rng.choice([(1, 3, 5, 10), (2, 5, 10, 20), (0.5, 2, 5, 10)])
    fees = sorted(rng.sample(range(30, 120, 5), 4))
    fees = [f * 100 for f in fees]
    header = "| 무게 | 요금 |\n"
    rows = [f"| {_d(Fraction(str(cuts[0])))} kg 이하 | {num(fees[0])}원 |"]
    for i in range(1, 4):
        rows.append(f"| {_d(Fraction(str(cuts[i - 1])))} kg 초과 {_d(Fraction(str(cuts[i])))} kg 이하 | {num(fees[i])}원 |")
    cf = [Fraction(str(c)) for c in cuts]

    def fee(w: Fraction) -> int:
        for c, f in zip(cf, fees, strict=True):
            if w <= c:
                return f
        raise ValueError

    k = rng.randint(2, 3)
    ws = []
    for _ in range(k):
        i = rng.randrange(4)
        ws.append(cf[i] if rng.random() < 0.4 else Fraction(rng.randint(int((cf[i - 1] if i else 0) * 10) + 1, int(cf[i] * 10)), 10))
    total = sum(fee(w) for w in ws)
    what = rng.choice(["택배", "소포", "우편물"])
    text = (f"{what} 요금표입니다.\n{header}" + "\n".join(rows) + "\n" +
            _pick(rng, f"무게가 {', '.join(_d(w) + ' kg' for w in ws)}인 {what} {k}개를 각각 보내려면 요금은 모두 얼마입니까?",
                  f"{', '.join(_d(w) + ' kg' for w in ws)}인 물건을 하나씩 따로 보낼 때 내야 하는 요금의 합을 구하시오."))
    return Problem(text=text, answer=f"{num(total)}원", format="data", difficulty=3, achievement_level="B",
                   concepts=["초과", "이하"],
                   check=lambda: total == sum(next(f for c, f in zip(cf, fees, strict=True) if not w > c) for w in ws))


@family("6수01-02", "explain-boundary")
def _c0102_explain(rng: random.Random) -> Problem:
    who = names(rng, 1)[0]
    kind = rng.randrange(3)
    if kind == 0:
        lim = rng.randint(20, 90)
        text = (f"{_N(who, '은/는')} \"{lim} 이상인 수와 {lim} 초과인 수는 같은 범위이다.\"라고 말했습니다. "
                f"{who}의 말이 옳은지 틀린지 쓰고, 그렇게 생각한 까닭을 {lim}{_p(str(lim), '을/를')} 예로 들어 설명하시오.")
        ans = f"틀렸다 ({lim} 이상에는 {lim}{_p(str(lim), '이/가')} 포함되지만 {lim} 초과에는 포함되지 않는다)"
        chk = _inside(lim, lim, "이상", None, None) and not _inside(lim, lim, "초과", None, None)
    elif kind == 1:
        lo = rng.randint(10, 50)
        hi = lo + rng.randint(4, 9)
        text = (f"'{lo} 초과 {hi} 미만'인 자연수와 '{lo + 1} 이상 {hi - 1} 이하'인 자연수가 같은지 알아보려고 합니다. "
                f"각각에 속하는 자연수를 모두 쓰고, 같은지 다른지 설명하세요.")
        ks = list(range(lo + 1, hi))
        ans = f"{', '.join(map(str, ks))}로 같다"
        ans = f"{', '.join(map(str, ks))}{_p(str(ks[-1]), '으로/로')} 같다"
        chk = [k for k in range(0, hi + 2) if _inside(k, lo, "초과", hi, "미만")] == \
            [k for k in range(0, hi + 2) if _inside(k, lo + 1, "이상", hi - 1, "이하")]
    else:
        age = rng.choice([8, 10, 12, 13])
        text = (f"어느 영화는 '{age}세 이상 관람가'입니다. 만 {age}세인 {_N(who, '은/는')} 이 영화를 볼 수 있는지 없는지 쓰고, "
                f"'이상'의 뜻을 이용하여 그 까닭을 설명하시오.")
        ans = f"볼 수 있다 ({age} 이상에는 {age}{_p(str(age), '이/가')} 포함된다)"
        chk = _inside(age, age, "이상", None, None)
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A",
                   concepts=["이상", "이하", "초과", "미만"], check=lambda: bool(chk))


@family("6수01-02", "overlap-of-two-ranges")
def _c0102_overlap(rng: random.Random) -> Problem:
    a = rng.randint(10, 40)
    b = a + rng.randint(10, 25)
    c = rng.randint(a + 2, b - 3)
    d = b + rng.randint(3, 15)
    k1, k2, k3, k4 = rng.choice(_LOW), rng.choice(_HIGH), rng.choice(_LOW), rng.choice(_HIGH)
    common = [n for n in range(1, d + 2) if _inside(n, a, k1, b, k2) and _inside(n, c, k3, d, k4)]
    r1, r2 = _rng_text(a, k1, b, k2), _rng_text(c, k3, d, k4)
    kind = rng.randrange(2)
    if kind == 0:
        text = _pick(rng, f"㉠ {r1}인 수\n㉡ {r2}인 수\n㉠과 ㉡에 공통으로 들어가는 자연수는 모두 몇 개입니까?",
                     f"두 수의 범위 '{r1}'{_p('위', '과/와')} '{r2}'에 모두 속하는 자연수의 개수를 구하시오.")
        ans = f"{len(common)}개"
    else:
        text = _pick(rng, f"어떤 자연수는 {r1}이고, 또 {r2}입니다. 어떤 자연수가 될 수 있는 수 중에서 가장 큰 수와 가장 작은 수를 구하시오.",
                     f"{r1}이면서 {r2}인 자연수 중 가장 작은 수와 가장 큰 수를 차례로 쓰세요.")
        ans = f"가장 큰 수 {max(common)}, 가장 작은 수 {min(common)}" if "가장 큰 수와" in text else f"{min(common)}, {max(common)}"
    lo = max(a + (k1 == "초과"), c + (k3 == "초과"))
    hi = min(b - (k2 == "미만"), d - (k4 == "미만"))
    return Problem(text=text, answer=ans, format="fill" if kind == 0 else "word", difficulty=4, achievement_level="A",
                   concepts=sorted({k1, k2, k3, k4}), check=lambda: len(common) == hi - lo + 1)


# =============================================================================================
# 6수01-03 올림, 버림, 반올림
# =============================================================================================

_PLACE = {Fraction(10): "십의 자리", Fraction(100): "백의 자리", Fraction(1000): "천의 자리", Fraction(10000): "만의 자리",
          Fraction(1): "일의 자리", Fraction(1, 10): "소수 첫째 자리", Fraction(1, 100): "소수 둘째 자리"}
_METHODS = ("올림", "버림", "반올림")


def _round(x: Fraction | int, unit: Fraction | int, how: str) -> Fraction:
    x, unit = Fraction(x), Fraction(unit)
    q = x / unit
    if how == "올림":
        k = _m.ceil(q)
    elif how == "버림":
        k = _m.floor(q)
    else:
        k = _m.floor(q + Fraction(1, 2))
    return k * unit


def _round_dec(x: Fraction | int, unit: Fraction | int, how: str) -> Fraction:
    """The same rounding through ``decimal`` (independent check)."""
    from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

    mode = {"올림": ROUND_CEILING, "버림": ROUND_FLOOR, "반올림": ROUND_HALF_UP}[how]
    dx = Decimal(_d(x))
    du = Decimal(_d(unit))
    return Fraction(str((dx / du).quantize(Decimal(1), rounding=mode) * du))


@family("6수01-03", "round-whole-number")
def _c0103_int(rng: random.Random) -> Problem:
    unit = rng.choice([Fraction(10), Fraction(100), Fraction(1000), Fraction(10000)])
    lo = int(unit) * 10
    n = rng.randint(lo // 10 * 3 if unit > 10 else 101, lo * 99 // 10)
    if n % int(unit) == 0:
        n += rng.randint(1, int(unit) - 1)
    how = rng.choice(_METHODS)
    r = _round(n, unit, how)
    both = rng.random() < 0.35
    place = _PLACE[unit]
    nn = num(n) if rng.random() < 0.5 else str(n)
    if both:
        text = _pick(rng, f"{josa(nn, '을/를')} 올림, 버림, 반올림하여 각각 {place}까지 나타내어 보시오.",
                     f"{nn}{_p(nn, '을/를')} {place}까지 어림하려고 합니다. 올림, 버림, 반올림한 수를 차례로 쓰세요.")
        rs = [_round(n, unit, h) for h in _METHODS]
        ans = ", ".join(f"{h} {num(int(v))}" for h, v in zip(_METHODS, rs, strict=True))
        chk = [_round_dec(n, unit, h) for h in _METHODS] == rs
        d, lv = 2, "C"
    else:
        text = _pick(rng, f"{josa(nn, '을/를')} {how}하여 {place}까지 나타내시오.",
                     f"{how}하여 {place}까지 나타내면 {nn}{_p(nn, '은/는')} 얼마가 됩니까?",
                     f"다음 수를 {how}하여 {place}까지 나타낸 수를 □ 안에 써넣으세요.\n{nn} → □",
                     f"{nn}{_p(nn, '을/를')} {place}까지 {how}한 수를 구하세요.")
        ans = num(int(r))
        chk = _round_dec(n, unit, how) == r
        d, lv = 1 if unit <= 100 else 2, "C"
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=lv,
                   concepts=list(_METHODS) if both else [how], check=lambda: bool(chk))


@family("6수01-03", "round-decimal")
def _c0103_dec(rng: random.Random) -> Problem:
    unit = rng.choice([Fraction(1), Fraction(1, 10), Fraction(1, 100)])
    places = {Fraction(1): rng.choice([1, 2]), Fraction(1, 10): rng.choice([2, 3]), Fraction(1, 100): 3}[unit]
    while True:
        x = Fraction(rng.randint(10**places, 60 * 10**places), 10**places)
        if (x / unit).denominator != 1:
            break
    how = rng.choice(_METHODS)
    r = _round(x, unit, how)
    place = _PLACE[unit]
    ctx = rng.randrange(3)
    if ctx == 0:
        text = _pick(rng, f"{_d(x)}{_p(_d(x), '을/를')} {how}하여 {place}까지 나타내세요.",
                     f"소수 {_d(x)}{_p(_d(x), '을/를')} {place}까지 {how}한 수를 쓰시오.")
        ans = _d(r)
    elif ctx == 1:
        who = names(rng, 1)[0]
        what, u = rng.choice([("키", "cm"), ("몸무게", "kg"), ("멀리뛰기 기록", "m"), ("공 던지기 기록", "m")])
        if what == "키":
            x = x + 120
            r = _round(x, unit, how)
        text = f"{_N(who, '의')} {what}{_p(what, '은/는')} {_d(x)} {u}입니다. 이 기록을 {how}하여 {place}까지 나타내면 몇 {u}입니까?"
        ans = f"{_d(r)} {u}"
    else:
        text = f"{_d(x)} → (  )\n위 수를 {how}하여 {place}까지 나타낸 수를 (  ) 안에 알맞게 써넣으시오."
        ans = _d(r)
    return Problem(text=text, answer=ans, format="computation" if ctx != 1 else "word", difficulty=2, achievement_level="C",
                   concepts=[how, "소수"], check=lambda: _round_dec(x, unit, how) == r)


@family("6수01-03", "round-up-to-buy-enough")
def _c0103_up(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        item, u, pack = rng.choice([("색종이", "장", 100), ("공책", "권", 10), ("연필", "자루", 10), ("풍선", "개", 100), ("종이컵", "개", 100)])
        need = rng.randint(pack + 1, pack * 20)
        if need % pack == 0:
            need += rng.randint(1, pack - 1)
        packs = -(-need // pack)
        text = _pick(rng, f"학급 행사에 {item} {need}{u}{_p(u, '이/가')} 필요합니다. 문구점에서 {item}{_p(item, '을/를')} {pack}{u}씩 묶음으로만 판다면 최소 몇 묶음을 사야 합니까?",
                     f"{item}{_p(item, '을/를')} {pack}{u}씩 한 묶음으로 팔고 있습니다. {item} {need}{u}{_p(u, '을/를')} 모두 준비하려면 적어도 몇 {u}{_p(u, '을/를')} 사야 하는지 구하시오.")
        ans = f"{packs}묶음" if "몇 묶음" in text else f"{num(packs * pack)}{u}"
        chk = _round_dec(need, pack, "올림") == packs * pack
    elif kind == 1:
        people = rng.randint(41, 400)
        if people % 10 == 0:
            people += 3
        ride = rng.choice(["보트", "케이블카", "엘리베이터", "놀이 기구"])
        text = f"{people}명이 {ride}{_p(ride, '을/를')} 타려고 합니다. {ride} 한 번에 10명씩 탈 수 있다면 모두 타기 위해서는 적어도 몇 번 운행해야 합니까?"
        packs = -(-people // 10)
        ans = f"{packs}번"
        chk = _round_dec(people, 10, "올림") == packs * 10
    else:
        price = rng.randint(10, 99) * 100 + rng.randint(1, 99) * (1 if rng.random() < 0.5 else 10) % 100
        if price % 1000 == 0:
            price += 300
        who = names(rng, 1)[0]
        text = f"{_N(who, '은/는')} {num(price)}원짜리 물건을 사려고 합니다. 1000원짜리 지폐로만 값을 낸다면 최소 얼마를 내야 합니까?"
        packs = -(-price // 1000)
        ans = f"{num(packs * 1000)}원"
        chk = _round_dec(price, 1000, "올림") == packs * 1000
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["올림"], check=lambda: bool(chk))


@family("6수01-03", "round-down-what-you-can-make")
def _c0103_down(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        coins = rng.randint(12, 99) * 100 + rng.choice([0, 50, 10, 70])
        if coins % 1000 == 0:
            coins += 400
        big = rng.choice([1000, 10000]) if coins > 10000 else 1000
        k = coins // big
        text = _pick(rng, f"저금통에 모은 동전이 모두 {num(coins)}원입니다. 이 동전을 {num(big)}원짜리 지폐로 바꾼다면 최대 몇 장까지 바꿀 수 있습니까?",
                     f"동전 {num(coins)}원을 은행에서 {num(big)}원짜리 지폐로 바꾸려고 합니다. 바꿀 수 있는 돈은 최대 얼마입니까?")
        ans = f"{k}장" if "몇 장" in text else f"{num(k * big)}원"
        chk = _round_dec(coins, big, "버림") == k * big
    elif kind == 1:
        item, u = rng.choice([("사과", "개"), ("감자", "개"), ("귤", "개"), ("달걀", "개"), ("고구마", "개")])
        box = rng.choice([10, 100])
        have = rng.randint(box + 1, box * 40)
        if have % box == 0:
            have += 7
        k = have // box
        text = _pick(rng, f"{item} {num(have)}{u}{_p(u, '을/를')} 한 상자에 {box}{u}씩 담아서 팔려고 합니다. 팔 수 있는 {item}{_p(item, '은/는')} 최대 몇 {u}입니까?",
                     f"농장에서 {item} {num(have)}{u}{_p(u, '을/를')} 수확했습니다. {box}{u}씩 상자에 담으면 상자는 몇 개까지 채울 수 있습니까?")
        ans = f"{num(k * box)}{u}" if "최대 몇" in text else f"{k}개"
        chk = _round_dec(have, box, "버림") == k * box
    else:
        cm = rng.randint(150, 990)
        if cm % 100 == 0:
            cm += 35
        text = f"리본 {cm} cm가 있습니다. 선물 상자 하나를 묶는 데 리본이 1 m씩 필요하다면 상자를 최대 몇 개까지 묶을 수 있습니까?"
        k = cm // 100
        ans = f"{k}개"
        chk = _round_dec(cm, 100, "버림") == k * 100
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["버림"], check=lambda: bool(chk))


@family("6수01-03", "odd-one-out-mcq")
def _c0103_mcq(rng: random.Random) -> Problem:
    unit = rng.choice([100, 1000])
    how = rng.choice(_METHODS)
    target = rng.randint(3, 9) * unit * (1 if unit == 1000 else rng.randint(1, 9))
    # numbers that round to target, and near misses
    if how == "반올림":
        good = [target - unit // 2, target + unit // 2 - 1, target + rng.randint(1, unit // 2 - 2), target - rng.randint(1, unit // 2 - 1)]
        bad = [target - unit // 2 - 1, target + unit // 2, target + unit - 1, target - unit + 1]
    elif how == "올림":
        good = [target, target - unit + 1, target - rng.randint(2, unit - 2), target - unit // 2]
        bad = [target + 1, target - unit, target + rng.randint(2, unit // 2), target - unit - 1]
    else:
        good = [target, target + unit - 1, target + rng.randint(1, unit - 2), target + unit // 2]
        bad = [target - 1, target + unit, target - rng.randint(2, unit // 2), target + unit + 1]
    ask_not = rng.random() < 0.5
    place = _PLACE[Fraction(unit)]
    if ask_not:
        correct = str(rng.choice(bad))
        ch = choices(rng, correct, [str(g) for g in good], sort_key=int)
        text = f"{how}하여 {place}까지 나타내면 {num(target)}{_p(str(target), '이/가')} 되는 수가 아닌 것은 어느 것입니까?"
    else:
        correct = str(rng.choice(good))
        ch = choices(rng, correct, [str(b) for b in bad], sort_key=int)
        text = _pick(rng, f"{how}하여 {place}까지 나타낸 수가 {num(target)}인 것을 고르시오.",
                     f"다음 중 {place}까지 {how}했을 때 {num(target)}{_p(str(target), '이/가')} 되는 수는 어느 것입니까?")
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=[how], choice=ch,
                   check=lambda: [(_round_dec(int(o), unit, how) == target) for o in ch.options].count(not ask_not) == 1)


@family("6수01-03", "range-before-rounding")
def _c0103_range(rng: random.Random) -> Problem:
    unit = rng.choice([10, 10, 100])
    how = rng.choice(_METHODS)
    target = rng.randint(2, 9) * unit * (1 if unit == 100 else rng.randint(1, 9))
    cand = [n for n in range(1, target + 2 * unit) if _round(n, unit, how) == target]
    lo, hi = min(cand), max(cand)
    place = _PLACE[Fraction(unit)]
    kind = rng.randrange(3)
    if kind == 0:
        text = (f"어떤 자연수를 {how}하여 {place}까지 나타내었더니 {target}{_p(str(target), '이/가')} 되었습니다. "
                f"어떤 자연수가 될 수 있는 수 중에서 가장 작은 수와 가장 큰 수를 차례로 쓰시오.")
        ans = f"{lo}, {hi}"
    elif kind == 1:
        text = (f"{how}하여 {place}까지 나타내면 {target}{_p(str(target), '이/가')} 되는 자연수는 모두 몇 개입니까?")
        ans = f"{len(cand)}개"
    else:
        if how == "반올림":
            a, b, wa, wb = target - unit // 2, target + unit // 2, "이상", "미만"
        elif how == "올림":
            a, b, wa, wb = target - unit, target, "초과", "이하"
        else:
            a, b, wa, wb = target, target + unit, "이상", "미만"
        text = (f"어떤 자연수를 {how}하여 {place}까지 나타낸 수가 {target}입니다. 어떤 수의 범위를 (  ) 안에 알맞은 수를 써넣어 나타내세요.\n"
                f"(    ) {wa} (    ) {wb}")
        ans = f"{a}, {b}"
        chk_ok = all(_inside(n, a, wa, b, wb) == (n in cand) for n in range(1, target + 2 * unit))
        return Problem(text=text, answer=ans, format="fill", difficulty=4, achievement_level="A",
                       concepts=[how, wa, wb], also=["6수01-02"], check=lambda: chk_ok)
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A", concepts=[how],
                   check=lambda: all(_round_dec(n, unit, how) == target for n in range(lo, hi + 1))
                   and _round_dec(lo - 1, unit, how) != target and _round_dec(hi + 1, unit, how) != target)


@family("6수01-03", "three-methods-table")
def _c0103_table(rng: random.Random) -> Problem:
    n = rng.randint(1001, 99999)
    while n % 10 == 0 or n // 10 % 10 == 0:
        n = rng.randint(1001, 99999)
    units = [10, 100] if n < 10000 else rng.choice([[10, 100], [100, 1000]])
    hows = rng.sample(_METHODS, 3)
    header = "| 어림하는 방법 | " + " | ".join(f"{_PLACE[Fraction(u)]}까지" for u in units) + " |"
    rows = [f"| {h} | " + " | ".join("(  )" for _ in units) + " |" for h in hows]
    text = (f"{num(n)}{_p(str(n), '을/를')} 어림하여 표를 완성하시오.\n{header}\n" + "\n".join(rows))
    vals = {(h, u): int(_round(n, u, h)) for h in hows for u in units}
    ans = "; ".join(f"{h}: " + ", ".join(num(vals[(h, u)]) for u in units) for h in hows)
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C", concepts=list(_METHODS),
                   check=lambda: all(_round_dec(n, u, h) == v for (h, u), v in vals.items()))


@family("6수01-03", "news-figures-rounded")
def _c0103_news(rng: random.Random) -> Problem:
    what, u = rng.choice([("우리 시의 인구", "명"), ("올해 축제 방문객 수", "명"), ("지난달 도서관 이용자 수", "명"),
                          ("야구장 관중 수", "명"), ("공장에서 만든 장난감 수", "개"), ("마라톤 대회 참가자 수", "명")])
    n = rng.randint(12000, 987654)
    unit = rng.choice([1000, 10000]) if n > 100000 else rng.choice([100, 1000])
    how = "반올림"
    r = int(_round(n, unit, how))
    kind = rng.randrange(2)
    place = _PLACE[Fraction(unit)]
    if kind == 0:
        text = _pick(rng, f"{what}{_p(what, '은/는')} {num(n)}{u}입니다. 신문 기사에 이 수를 반올림하여 {place}까지 나타내어 쓰려고 합니다. 기사에 쓸 수를 구하시오.",
                     f"뉴스에서 {what}{_p(what, '을/를')} 반올림하여 {place}까지 나타내어 \"약 □{u}\"이라고 보도했습니다. 실제 수가 {num(n)}{u}일 때 □ 안에 알맞은 수는 얼마입니까?")
        ans = f"{num(r)}{u}" if "기사에 쓸" in text else num(r)
        chk = _round_dec(n, unit, how) == r
        d = 2
    else:
        ups, downs = int(_round(n, unit, "올림")), int(_round(n, unit, "버림"))
        text = (f"{what}{_p(what, '은/는')} {num(n)}{u}입니다. 이 수를 {place}까지 올림한 수와 버림한 수의 차는 얼마입니까?")
        ans = f"{num(ups - downs)}{u}"
        chk = _round_dec(n, unit, "올림") - _round_dec(n, unit, "버림") == ups - downs
        d = 3
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level="B",
                   concepts=["반올림"] if kind == 0 else ["올림", "버림"], check=lambda: bool(chk))


@family("6수01-03", "digit-cards-then-round")
def _c0103_cards(rng: random.Random) -> Problem:
    digits = rng.sample(range(0, 10), 4)
    largest = rng.random() < 0.5
    perms = sorted(int("".join(map(str, p))) for p in _perm(digits) if p[0] != 0)
    n = perms[-1] if largest else perms[0]
    how = rng.choice(_METHODS)
    unit = rng.choice([10, 100])
    r = int(_round(n, unit, how))
    cards = "  ".join(f"[{d}]" for d in digits)
    text = (f"수 카드 4장을 한 번씩 모두 사용하여 가장 {'큰' if largest else '작은'} 네 자리 수를 만들었습니다. "
            f"만든 수를 {how}하여 {_PLACE[Fraction(unit)]}까지 나타내면 얼마입니까?\n{cards}")
    return Problem(text=text, answer=num(r), format="word", difficulty=4, achievement_level="A", concepts=[how],
                   check=lambda: _round_dec(int("".join(map(str, sorted(digits, reverse=True)))) if largest else n, unit, how) == r)


@family("6수01-03", "choose-method-and-explain")
def _c0103_explain(rng: random.Random) -> Problem:
    sits = [
        ("올림", lambda a: f"귤 {a}개를 한 봉지에 10개씩 빠짐없이 모두 담으려면 봉지가 적어도 몇 장 필요한지", lambda a: f"{-(-a // 10)}장"),
        ("버림", lambda a: f"사탕 {a}개를 10개씩 포장하여 선물할 때 선물 꾸러미를 최대 몇 개 만들 수 있는지", lambda a: f"{a // 10}개"),
        ("버림", lambda a: f"동전 {a * 10}원을 100원짜리 동전 없이 1000원짜리 지폐로만 바꾸려 할 때 최대 몇 장으로 바꿀 수 있는지",
         lambda a: f"{a * 10 // 1000}장"),
        ("올림", lambda a: f"학생 {a}명이 한 줄에 10명씩 앉는 긴 의자에 모두 앉으려면 의자가 적어도 몇 개 필요한지", lambda a: f"{-(-a // 10)}개"),
        ("반올림", lambda a: f"운동장 둘레를 걸은 거리 {a} m를 친구에게 대략 몇십 m인지 가장 가깝게 말해 주려고 할 때 몇 m라고 말하면 좋은지",
         lambda a: f"{int(_round(a, 10, '반올림'))} m"),
    ]
    how, q, ans_f = rng.choice(sits)
    a = rng.randint(123, 987)
    if a % 10 == 0:
        a += 4
    text = _pick(rng, f"{q(a)} 알아보려고 합니다. 올림, 버림, 반올림 중 어느 방법을 써야 하는지 쓰고, 그 까닭을 설명한 다음 답을 구하시오.",
                 f"다음 상황에 알맞은 어림 방법을 고르고, 그렇게 생각한 이유를 쓰세요. 또 답을 구하세요.\n상황: {q(a)} 구하기")
    ans = f"{how}, {ans_f(a)}"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=[how],
                   check=lambda: how in _METHODS)


# =============================================================================================
# 6수01-04 약수, 공약수, 최대공약수
# =============================================================================================

def _nice_pair(rng: random.Random, lo: int = 8, hi: int = 96, min_g: int = 2) -> tuple[int, int, int]:
    while True:
        g = rng.randint(min_g, 18)
        a, b = rng.randint(2, 9), rng.randint(2, 9)
        if a != b and _gcd(a, b) == 1 and lo <= g * a <= hi and lo <= g * b <= hi:
            return g * a, g * b, g


def _ls(xs: list[int]) -> str:
    return ", ".join(map(str, xs))


@family("6수01-04", "list-all-divisors")
def _c0104_list(rng: random.Random) -> Problem:
    n = rng.choice([k for k in range(12, 101) if len(_divisors(k)) >= 4])
    kind = rng.randrange(3)
    ds = _divisors(n)
    if kind == 0:
        text = _pick(rng, f"{n}의 약수를 모두 쓰시오.", f"{n}의 약수를 작은 수부터 차례로 모두 쓰세요.",
                     f"{josa(str(n), '을/를')} 나누어떨어지게 하는 수를 모두 구하시오.")
        ans = _ls(ds)
        d, lv = 1, "C"
    elif kind == 1:
        text = _pick(rng, f"{n}의 약수는 모두 몇 개입니까?", f"{n}의 약수의 개수를 구하세요.")
        ans = f"{len(ds)}개"
        d, lv = 2, "C"
    else:
        big = rng.random() < 0.5
        k = rng.randint(2, min(4, len(ds) - 1))
        text = f"{n}의 약수 중에서 {'큰' if big else '작은'} 쪽부터 {k}번째 수는 무엇입니까?"
        ans = str(sorted(ds, reverse=big)[k - 1])
        d, lv = 2, "B"
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=lv, concepts=["약수"],
                   check=lambda: sorted(int(x) for x in sympy.divisors(n)) == ds)


@family("6수01-04", "divisor-mcq")
def _c0104_mcq(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        n = rng.choice([k for k in range(24, 97) if len(_divisors(k)) >= 6])
        ds = _divisors(n)
        non = [k for k in range(2, n) if n % k]
        correct = str(rng.choice(non[:12]))
        ch = choices(rng, correct, [str(x) for x in rng.sample(ds, 4)], sort_key=int)
        text = _pick(rng, f"{n}의 약수가 아닌 것은 어느 것입니까?", f"다음 중 {josa(str(n), '을/를')} 나누어떨어지게 하지 않는 수를 고르시오.")
        chk = lambda: sum(n % int(o) != 0 for o in ch.options) == 1  # noqa: E731
    else:
        pool = rng.sample(range(10, 60), 30)
        counts = {k: len(_divisors(k)) for k in pool}
        most = kind == 1
        while True:
            opts = rng.sample(pool, 5)
            cs = [counts[o] for o in opts]
            best = max(cs) if most else min(cs)
            if cs.count(best) == 1:
                break
        correct = str(opts[cs.index(best)])
        ch = choices(rng, correct, [str(o) for o in opts if str(o) != correct], sort_key=int)
        text = f"약수의 개수가 가장 {'많은' if most else '적은'} 수는 어느 것입니까?"
        chk = lambda: len(sympy.divisors(int(ch.options[ch.correct]))) == (max if most else min)(len(sympy.divisors(int(o))) for o in ch.options)  # noqa: E731
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["약수"], choice=ch, check=chk)


@family("6수01-04", "common-divisors-by-listing")
def _c0104_gcd(rng: random.Random) -> Problem:
    a, b, g = _nice_pair(rng)
    kind = rng.randrange(3)
    da, db = _divisors(a), _divisors(b)
    common = [x for x in da if x in db]
    if kind == 0:
        text = (f"{a}{_p(str(a), '과/와')} {b}의 약수를 각각 구하여 공약수와 최대공약수를 찾으려고 합니다. 빈칸에 알맞게 써넣으시오.\n"
                f"{a}의 약수: (            )\n{b}의 약수: (            )\n공약수: (        )\n최대공약수: (    )")
        ans = f"{a}의 약수: {_ls(da)} / {b}의 약수: {_ls(db)} / 공약수: {_ls(common)} / 최대공약수: {g}"
        fmt, d, lv = "fill", 2, "C"
    elif kind == 1:
        text = _pick(rng, f"{a}{_p(str(a), '과/와')} {b}의 최대공약수를 구하시오.", f"두 수 {a}, {b}의 최대공약수는 얼마입니까?",
                     f"{a}{_p(str(a), '과/와')} {b}의 공약수 중에서 가장 큰 수를 구하세요.")
        ans = str(g)
        fmt, d, lv = "computation", 2, "B"
    else:
        text = _pick(rng, f"{a}{_p(str(a), '과/와')} {b}의 공약수를 모두 쓰시오.", f"{a}{_p(str(a), '과/와')} {b}를 모두 나누어떨어지게 하는 수를 모두 구하세요.")
        text = text.replace(f"{b}를", josa(str(b), "을/를"))
        ans = _ls(common)
        fmt, d, lv = "computation", 2, "B"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lv, concepts=["약수", "공약수", "최대공약수"],
                   check=lambda: sympy.gcd(a, b) == g == max(common))


@family("6수01-04", "common-divisors-from-gcd")
def _c0104_fromgcd(rng: random.Random) -> Problem:
    g = rng.choice([12, 16, 18, 20, 24, 28, 30, 36, 40, 42, 45, 48])
    who = names(rng, 1)[0]
    kind = rng.randrange(2)
    ds = _divisors(g)
    if kind == 0:
        text = _pick(rng, f"두 수 ㉮와 ㉯의 최대공약수는 {g}입니다. ㉮와 ㉯의 공약수를 모두 쓰시오.",
                     f"어떤 두 자연수의 최대공약수가 {g}일 때, 두 수의 공약수는 모두 몇 개입니까?")
        ans = _ls(ds) if "모두 쓰시오" in text else f"{len(ds)}개"
        fmt = "word"
    else:
        text = (f"{_N(who, '은/는')} \"두 수의 최대공약수가 {g}이면, 두 수의 공약수는 {g}의 약수와 같아.\"라고 말했습니다. "
                f"{who}의 말이 맞는지 예를 들어 설명하고, 두 수의 공약수를 모두 쓰시오.")
        ans = f"맞다, {_ls(ds)}"
        fmt = "proof"
    a, b = g * 2, g * 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="A" if fmt == "proof" else "B",
                   concepts=["공약수", "최대공약수"],
                   check=lambda: [x for x in _divisors(a) if b % x == 0] == ds)


@family("6수01-04", "share-equally-most-people")
def _c0104_share(rng: random.Random) -> Problem:
    a, b, g = _nice_pair(rng, 12, 96, 3)
    (o1, u1), (o2, u2) = rng.sample([("연필", "자루"), ("공책", "권"), ("사탕", "개"), ("초콜릿", "개"), ("지우개", "개"),
                                     ("색연필", "자루"), ("쿠키", "개"), ("귤", "개")], 2)
    kind = rng.randrange(2)
    if kind == 0:
        text = _pick(rng, f"{o1} {a}{u1}{_p(u1, '과/와')} {o2} {b}{u2}{_p(u2, '을/를')} 될 수 있는 대로 많은 학생에게 남김없이 똑같이 나누어 주려고 합니다. 최대 몇 명에게 나누어 줄 수 있습니까?",
                     f"{o1} {a}{u1}, {o2} {b}{u2}{_p(u2, '이/가')} 있습니다. 이것을 남는 것 없이 똑같이 나누어 담은 선물 꾸러미를 가장 많이 만들려고 합니다. 꾸러미는 몇 개가 됩니까?")
        ans = f"{g}명" if "몇 명" in text else f"{g}개"
        d, lv = 3, "B"
    else:
        text = (f"{o1} {a}{u1}{_p(u1, '과/와')} {o2} {b}{u2}{_p(u2, '을/를')} 최대한 많은 모둠에 남김없이 똑같이 나누어 주려고 합니다. "
                f"한 모둠이 받는 {o1}{_p(o1, '과/와')} {o2}{_p(o2, '은/는')} 각각 몇 {u1}, 몇 {u2}입니까?")
        ans = f"{o1} {a // g}{u1}, {o2} {b // g}{u2}"
        d, lv = 4, "A"
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=lv, concepts=["최대공약수"],
                   check=lambda: sympy.gcd(a, b) == g)


@family("6수01-04", "largest-square-tiles")
def _c0104_square(rng: random.Random) -> Problem:
    a, b, g = _nice_pair(rng, 20, 120, 4)
    thing = rng.choice(["도화지", "색종이", "천", "나무판", "타일 바닥"])
    u = "m" if thing == "타일 바닥" and rng.random() < 0.5 else "cm"
    kind = rng.randrange(2)
    q = _pick(rng, "한 변의 길이를 몇 " + u + "로 해야 합니까?", "정사각형의 한 변은 몇 " + u + "입니까?")
    if kind == 0:
        text = (f"가로 {a} {u}, 세로 {b} {u}인 직사각형 모양의 {josa(thing, '을/를')} 남는 부분 없이 똑같은 크기의 정사각형 여러 개로 "
                f"나누려고 합니다. 정사각형을 가장 크게 하려면 {q}")
        ans = f"{g} {u}"
        d = 3
    else:
        text = (f"가로 {a} {u}, 세로 {b} {u}인 직사각형 모양의 {josa(thing, '을/를')} 가능한 한 큰 정사각형 모양으로 남김없이 자르면 "
                f"정사각형은 모두 몇 개가 됩니까?")
        ans = f"{(a // g) * (b // g)}개"
        d = 4
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level="A" if d == 4 else "B",
                   concepts=["최대공약수"], check=lambda: a % g == 0 and b % g == 0 and sympy.gcd(a // g, b // g) == 1)


@family("6수01-04", "divisor-multiple-relation")
def _c0104_rel(rng: random.Random) -> Problem:
    a, b = rng.randint(2, 12), rng.randint(2, 12)
    n = a * b
    kind = rng.randrange(3)
    if kind == 0:
        text = (f"곱셈식 {a} × {b} = {n}을 보고 □ 안에 알맞은 수를 써넣으세요.\n"
                f"{n}{_p(str(n), '은/는')} {a}의 □입니다.\n{a}{_p(str(a), '은/는')} {n}의 □입니다.").replace(f"{n}을", josa(str(n), "을/를"))
        ans = "배수, 약수"
        text = text.replace("□ 안에 알맞은 수를", "□ 안에 알맞은 말을")
        fmt, lv = "fill", "C"
    elif kind == 1:
        pairs = [(x, y) for x in range(2, 40) for y in range(x + 1, 90) if y % x == 0][:]
        good = rng.choice(pairs)
        bad = []
        while len(bad) < 4:
            x, y = rng.randint(2, 15), rng.randint(16, 90)
            if y % x and (x, y) not in bad:
                bad.append((x, y))
        ch = choices(rng, f"({good[0]}, {good[1]})", [f"({x}, {y})" for x, y in bad])
        text = f"두 수가 약수와 배수의 관계인 것은 어느 것입니까?\n{ch.block}"
        return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                       concepts=["약수", "배수"], also=["6수01-05"], choice=ch,
                       check=lambda: sum(int(o.strip('()').split(', ')[1]) % int(o.strip('()').split(', ')[0]) == 0 for o in ch.options) == 1)
    else:
        who = names(rng, 1)[0]
        text = (f"{_N(who, '은/는')} \"{n}{_p(str(n), '은/는')} {a}의 배수이므로 {a}{_p(str(a), '은/는')} {n}의 약수이다.\"라고 했습니다. "
                f"이 말이 옳은지 곱셈식을 이용하여 설명하시오.")
        ans = f"옳다 ({a} × {b} = {n})"
        fmt, lv = "proof", "A"
    return Problem(text=text, answer=ans, format=fmt, difficulty=2 if fmt == "fill" else 3, achievement_level=lv,
                   concepts=["약수", "배수"], also=["6수01-05"], check=lambda: n % a == 0)


@family("6수01-04", "largest-divisor-with-remainders")
def _c0104_rem(rng: random.Random) -> Problem:
    while True:
        g = rng.randint(5, 16)
        a, b = g * rng.randint(2, 8), g * rng.randint(2, 8)
        r1, r2 = rng.randint(1, 4), rng.randint(1, 4)
        if a != b and _gcd(a, b) == g and r1 < g and r2 < g and max(r1, r2) < g:
            break
    A, B = a + r1, b + r2
    obj, u = rng.choice([("사과", "개"), ("공책", "권"), ("구슬", "개"), ("연필", "자루")])
    kind = rng.randrange(2)
    if kind == 0:
        text = (f"어떤 수로 {A}{_p(str(A), '을/를')} 나누면 나머지가 {r1}, {B}{_p(str(B), '을/를')} 나누면 나머지가 {r2}입니다. "
                f"어떤 수 중에서 가장 큰 수를 구하시오.")
    else:
        text = (f"{obj} {A}{u}{_p(u, '과/와')} 귤 {B}개를 학생들에게 똑같이 나누어 주었더니 {obj}{_p(obj, '은/는')} {r1}{u}, 귤은 {r2}개가 남았습니다. "
                f"학생은 최대 몇 명입니까?")
        if obj == "귤":
            text = text.replace("귤 ", "감 ").replace("귤은", "감은")
    cand = [k for k in range(1, max(A, B) + 1) if A % k == r1 and B % k == r2]
    return Problem(text=text, answer=str(g) if kind == 0 else f"{g}명", format="word", difficulty=5, achievement_level="A",
                   concepts=["공약수", "최대공약수"], check=lambda: max(cand) == g)


@family("6수01-04", "line-up-in-equal-rows")
def _c0104_rows(rng: random.Random) -> Problem:
    n = rng.choice([k for k in range(18, 73) if len(_divisors(k)) >= 6])
    who = rng.choice(["학생", "선수", "어린이"])
    kind = rng.randrange(2)
    ds = _divisors(n)
    if kind == 0:
        text = (f"{who} {n}명이 남는 사람 없이 모든 줄에 같은 수만큼 서려고 합니다. 한 줄에 2명 이상, {n - 1}명 이하로 선다면 "
                f"줄을 서는 방법은 모두 몇 가지입니까?")
        k = len([d for d in ds if 2 <= d <= n - 1])
        ans = f"{k}가지"
        fmt = "word"
    else:
        text = (f"{who} {n}명을 똑같은 수로 모둠을 나누려고 합니다. 나머지 없이 나눌 수 있는 모둠의 수를 아래 표에 모두 써넣으시오. (모둠은 2개 이상)\n"
                f"| 모둠의 수 | ( ) | ( ) | … |\n| 한 모둠의 사람 수 | ( ) | ( ) | … |")
        ans = ", ".join(f"{d}모둠-{n // d}명" for d in ds if 2 <= d < n)
        fmt = "data"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B", concepts=["약수"],
                   check=lambda: len(ds) == len(sympy.divisors(n)))


# =============================================================================================
# 6수01-05 배수, 공배수, 최소공배수
# =============================================================================================

def _clock(minutes: int) -> str:
    """Minutes after midnight as 오전/오후 h시 m분."""
    h, m = divmod(minutes % (24 * 60), 60)
    ampm = "오전" if h < 12 else "오후"
    h12 = h if 1 <= h <= 12 else (h - 12 if h > 12 else 12)
    return f"{ampm} {h12}시" + (f" {m}분" if m else "")


def _lcm_pair(rng: random.Random, lo: int = 2, hi: int = 20, max_l: int = 120) -> tuple[int, int, int]:
    while True:
        a, b = rng.sample(range(lo, hi + 1), 2)
        lm = _lcm(a, b)
        if (a * b != lm or rng.random() < 0.35) and max_l >= lm and lm not in (a, b):
            return a, b, lm


@family("6수01-05", "list-multiples")
def _c0105_list(rng: random.Random) -> Problem:
    n = rng.randint(3, 25)
    kind = rng.randrange(3)
    if kind == 0:
        k = rng.randint(4, 6)
        text = _pick(rng, f"{n}의 배수를 가장 작은 수부터 {k}개 쓰시오.", f"{n}의 배수를 작은 수부터 차례로 {k}개 써 보세요.",
                     f"{josa(str(n), '을/를')} 1배, 2배, 3배, … 한 수를 작은 것부터 {k}개 쓰세요.")
        ans = _ls([n * i for i in range(1, k + 1)])
        d = 1
    elif kind == 1:
        k = rng.randint(5, 20)
        text = _pick(rng, f"{n}의 배수 중에서 {k}번째로 작은 수는 얼마입니까?", f"{n}의 배수를 작은 수부터 차례로 쓸 때 {k}번째 수를 구하시오.")
        ans = str(n * k)
        d = 2
    else:
        lim = rng.randint(50, 200)
        text = _pick(rng, f"{n}의 배수 중에서 {lim}에 가장 가까운 수를 구하시오.", f"{lim}보다 큰 {n}의 배수 중에서 가장 작은 수는 얼마입니까?")
        if "가장 가까운" in text:
            lo_m, hi_m = lim // n * n, (lim // n + 1) * n
            if lim - lo_m == hi_m - lim:
                lim += 1
                text = f"{n}의 배수 중에서 {lim}에 가장 가까운 수를 구하시오."
            ans = str(min((lim // n * n, (lim // n + 1) * n), key=lambda v: abs(v - lim)))
        else:
            ans = str((lim // n + 1) * n)
        d = 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level="C" if d < 3 else "B",
                   concepts=["배수"], check=lambda: all(int(x) % n == 0 for x in ans.split(", ")))


@family("6수01-05", "count-multiples-in-range")
def _c0105_count(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind < 2:
        n = rng.randint(3, 15)
        lo = 1 if kind == 0 else rng.randint(20, 150)
        hi = rng.randint(lo + 40, lo + 300)
        cnt = hi // n - (lo - 1) // n
        text = _pick(rng, f"{lo}부터 {hi}까지의 자연수 중에서 {n}의 배수는 모두 몇 개입니까?",
                     f"{lo} 이상 {hi} 이하인 자연수 중 {n}의 배수의 개수를 구하시오.")
        brute = sum(1 for k in range(lo, hi + 1) if k % n == 0)
        concepts = ["배수"]
    else:
        a, b, lm = _lcm_pair(rng, 2, 12, 60)
        hi = rng.randint(100, 300)
        cnt = hi // lm
        text = _pick(rng, f"1부터 {hi}까지의 자연수 중에서 {a}의 배수도 되고 {b}의 배수도 되는 수는 몇 개입니까?",
                     f"{hi} 이하의 자연수 중 {a}{_p(str(a), '과/와')} {b}의 공배수는 모두 몇 개인지 구하세요.")
        brute = sum(1 for k in range(1, hi + 1) if k % a == 0 and k % b == 0)
        concepts = ["공배수", "최소공배수"]
    return Problem(text=text, answer=f"{cnt}개", format="word", difficulty=3 if kind else 2, achievement_level="B",
                   concepts=concepts, also=["6수01-02"] if "이상" in text or "이하" in text else [], check=lambda: brute == cnt)


@family("6수01-05", "lcm-by-listing")
def _c0105_lcm(rng: random.Random) -> Problem:
    a, b, lm = _lcm_pair(rng, 3, 18, 150)
    kind = rng.randrange(3)
    if kind == 0:
        ma = _ls([a * i for i in range(1, lm // a + 2)])
        mb = _ls([b * i for i in range(1, lm // b + 2)])
        text = (f"{a}의 배수와 {b}의 배수를 나열했습니다.\n{a}의 배수: {ma}, …\n{b}의 배수: {mb}, …\n"
                f"{a}{_p(str(a), '과/와')} {b}의 최소공배수를 □ 안에 써넣으세요.\n최소공배수: □")
        fmt, d, lv = "fill", 1, "C"
    elif kind == 1:
        text = _pick(rng, f"{a}{_p(str(a), '과/와')} {b}의 최소공배수를 구하시오.", f"두 수 {a}, {b}의 공배수 중에서 가장 작은 수는 얼마입니까?",
                     f"{a}{_p(str(a), '과/와')} {b}의 최소공배수는 무엇인가요?")
        fmt, d, lv = "computation", 2, "B"
    else:
        k = rng.randint(2, 4)
        text = f"{a}{_p(str(a), '과/와')} {b}의 공배수를 가장 작은 수부터 {k}개 쓰시오."
        ans = _ls([lm * i for i in range(1, k + 1)])
        return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="B",
                       concepts=["공배수"], check=lambda: [x for x in range(1, lm * k + 1) if x % a == 0 and x % b == 0] == [lm * i for i in range(1, k + 1)])
    return Problem(text=text, answer=str(lm), format=fmt, difficulty=d, achievement_level=lv, concepts=["공배수", "최소공배수"],
                   check=lambda: sympy.ilcm(a, b) == lm)


@family("6수01-05", "depart-together-again")
def _c0105_bus(rng: random.Random) -> Problem:
    a, b, lm = _lcm_pair(rng, 4, 30, 90)
    kind = rng.choice(["bus", "fountain", "light"])
    start = rng.randint(6 * 60, 10 * 60) // 5 * 5
    k = rng.randint(1, 2)
    when = start + lm * k
    if kind == "bus":
        text = (f"버스 터미널에서 ㉮ 버스는 {a}분마다, ㉯ 버스는 {b}분마다 출발합니다. {_clock(start)}에 두 버스가 동시에 출발했다면 "
                + ("바로 다음에 동시에 출발하는 시각은 언제입니까?" if k == 1 else "두 번째로 다시 동시에 출발하는 시각을 구하시오."))
    elif kind == "fountain":
        text = (f"공원의 음악 분수는 {a}분마다, 조명 분수는 {b}분마다 물을 뿜습니다. 두 분수가 {_clock(start)}에 함께 물을 뿜었다면 "
                + ("다음에 함께 물을 뿜는 시각은 몇 시 몇 분입니까?" if k == 1 else "그 후 두 번째로 함께 물을 뿜는 시각은 언제입니까?"))
    else:
        text = (f"두 전등이 있습니다. 빨간 전등은 {a}초마다, 파란 전등은 {b}초마다 켜집니다. 두 전등이 방금 동시에 켜졌다면 "
                + ("다음에 동시에 켜지는 것은 몇 초 후입니까?" if k == 1 else "두 번째로 다시 동시에 켜지는 것은 몇 초 후입니까?"))
        return Problem(text=text, answer=f"{lm * k}초 후", format="word", difficulty=3 if k == 1 else 4,
                       achievement_level="B" if k == 1 else "A", concepts=["최소공배수"], check=lambda: sympy.ilcm(a, b) * k == lm * k)
    return Problem(text=text, answer=_clock(when), format="word", difficulty=3 if k == 1 else 4,
                   achievement_level="B" if k == 1 else "A", concepts=["최소공배수"],
                   check=lambda: (when - start) % a == 0 and (when - start) % b == 0)


@family("6수01-05", "smallest-square-from-rectangles")
def _c0105_square(rng: random.Random) -> Problem:
    while True:
        a, b = rng.sample(range(3, 16), 2)
        lm = _lcm(a, b)
        if lm not in (a, b) and lm <= 90:
            break
    thing = rng.choice(["카드", "벽돌", "타일", "색종이", "블록"])
    kind = rng.randrange(2)
    base = (f"가로 {a} cm, 세로 {b} cm인 직사각형 모양의 {josa(thing, '을/를')} 같은 방향으로 빈틈없이 겹치지 않게 늘어놓아 "
            f"가장 작은 정사각형을 만들려고 합니다. ")
    if kind == 0:
        text = base + _pick(rng, "정사각형의 한 변의 길이는 몇 cm입니까?", "만든 정사각형의 한 변을 구하시오.")
        ans = f"{lm} cm"
        d = 3
    else:
        text = base + f"{thing}{_p(thing, '은/는')} 모두 몇 장 필요합니까?"
        if thing in ("벽돌", "블록"):
            text = text.replace("몇 장", "몇 개")
        ans = f"{(lm // a) * (lm // b)}{'개' if thing in ('벽돌', '블록') else '장'}"
        d = 4
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level="A" if d == 4 else "B",
                   concepts=["최소공배수"], check=lambda: lm % a == 0 and lm % b == 0 and sympy.ilcm(a, b) == lm)


@family("6수01-05", "gears-meet-again")
def _c0105_gear(rng: random.Random) -> Problem:
    while True:
        a, b = rng.sample(range(12, 61), 2)
        lm = _lcm(a, b)
        if lm <= 360 and lm not in (a, b):
            break
    ask = rng.randrange(2)
    text = (f"톱니 수가 {a}개인 톱니바퀴 ㉮와 톱니 수가 {b}개인 톱니바퀴 ㉯가 서로 맞물려 돌고 있습니다. "
            f"처음에 맞물렸던 두 톱니가 다시 처음으로 맞물리려면 ")
    if ask == 0:
        text += "톱니가 적어도 몇 개 지나가야 합니까?"
        ans = f"{lm}개"
    else:
        text += "㉮와 ㉯는 각각 적어도 몇 바퀴 돌아야 합니까?"
        ans = f"㉮ {lm // a}바퀴, ㉯ {lm // b}바퀴"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A", concepts=["최소공배수"],
                   check=lambda: sympy.ilcm(a, b) == lm)


@family("6수01-05", "multiple-mcq")
def _c0105_mcq(rng: random.Random) -> Problem:
    kind = rng.randrange(2)
    if kind == 0:
        n = rng.randint(3, 15)
        good = [n * rng.randint(3, 15) for _ in range(8)]
        good = sorted(set(good))
        bad = [x for x in range(n * 3, n * 15) if x % n][:40]
        ask_not = rng.random() < 0.5
        if ask_not:
            correct = str(rng.choice(bad))
            ch = choices(rng, correct, [str(g) for g in rng.sample(good, min(4, len(good)))] + [str(n * 16), str(n * 17)], sort_key=int)
            text = f"{n}의 배수가 아닌 것은 어느 것입니까?"
        else:
            correct = str(rng.choice(good))
            ch = choices(rng, correct, [str(x) for x in rng.sample(bad, 4)], sort_key=int)
            text = f"다음 중 {n}의 배수는 어느 것입니까?"
        chk = lambda: sum((int(o) % n == 0) != ask_not for o in ch.options) == 1  # noqa: E731
    else:
        a, b, lm = _lcm_pair(rng, 2, 12, 48)
        correct = str(lm * rng.randint(1, 4))
        bad = sorted({a * k for k in range(2, 13)} | {b * k for k in range(2, 13)})
        bad = [str(x) for x in bad if x % lm]
        ch = choices(rng, correct, rng.sample(bad, 4), sort_key=int)
        text = _pick(rng, f"{a}{_p(str(a), '과/와')} {b}의 공배수인 것을 고르시오.", f"{a}의 배수이면서 {b}의 배수인 수는 어느 것입니까?")
        chk = lambda: sum(int(o) % a == 0 and int(o) % b == 0 for o in ch.options) == 1  # noqa: E731
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="C" if kind == 0 else "B",
                   concepts=["배수"] if kind == 0 else ["공배수"], choice=ch, check=chk)


@family("6수01-05", "explain-common-multiples")
def _c0105_explain(rng: random.Random) -> Problem:
    a, b, lm = _lcm_pair(rng, 2, 15, 80)
    who = names(rng, 1)[0]
    kind = rng.randrange(2)
    if kind == 0:
        text = (f"{a}{_p(str(a), '과/와')} {b}의 공배수를 작은 수부터 3개 구하고, 공배수와 최소공배수 사이에 어떤 관계가 있는지 설명하시오.")
        ans = f"{_ls([lm, 2 * lm, 3 * lm])} (공배수는 최소공배수 {lm}의 배수이다)"
    else:
        wrong = a * b
        if wrong == lm:
            text = (f"{_N(who, '은/는')} \"{a}{_p(str(a), '과/와')} {b}의 최소공배수는 두 수의 곱인 {wrong}이다.\"라고 말했습니다. "
                    f"{who}의 말이 옳은지 두 수의 배수를 나열하여 확인하고 설명하시오.")
            ans = f"옳다, 최소공배수 {lm}"
        else:
            text = (f"{_N(who, '은/는')} \"{a}{_p(str(a), '과/와')} {b}의 최소공배수는 두 수를 곱한 {wrong}이야.\"라고 말했습니다. "
                    f"{who}의 말이 옳은지 틀린지 쓰고, 그 까닭을 배수를 나열하여 설명하시오.")
            ans = f"틀렸다, 최소공배수는 {lm}"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["공배수", "최소공배수"],
                   check=lambda: sympy.ilcm(a, b) == lm)


@family("6수01-05", "schedule-days-together")
def _c0105_days(rng: random.Random) -> Problem:
    a, b, lm = _lcm_pair(rng, 2, 8, 24)
    k1, k2 = names(rng, 2)
    act = rng.choice([("수영장에 가는", "수영장에"), ("봉사 활동을 하는", "봉사 활동을"), ("도서관에 가는", "도서관에"), ("피아노 학원에 가는", "피아노 학원에")])
    month, days = rng.choice([(3, 31), (4, 30), (5, 31), (6, 30), (9, 30), (10, 31)])
    start = rng.randint(1, 8)
    together = [d for d in range(start + 1, days + 1) if (d - start) % lm == 0]
    text = (f"두 친구가 {act[0]} 간격을 나타낸 표입니다.\n| 이름 | {k1} | {k2} |\n| 간격 | {a}일마다 | {b}일마다 |\n"
            f"두 사람이 {month}월 {start}일에 함께 {act[1]} {'갔' if '가는' in act[0] else '했'}습니다. "
            + _pick(rng, f"{month}월 한 달 동안 그 뒤로 두 사람이 다시 함께 {'가는' if '가는' in act[0] else '하는'} 날은 모두 몇 번입니까?",
                    f"{month}월에 두 사람이 다시 만나는 날을 모두 쓰시오."))
    if "몇 번입니까" in text:
        ans = f"{len(together)}번"
    else:
        ans = ", ".join(f"{month}월 {d}일" for d in together) or "없음"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=["공배수", "최소공배수"],
                   check=lambda: all((d - start) % a == 0 and (d - start) % b == 0 for d in together))


# =============================================================================================
# 6수01-06 크기가 같은 분수, 약분, 통분
# =============================================================================================

def _proper(rng: random.Random, dlo: int = 3, dhi: int = 15, reduced: bool = True) -> Fraction:
    while True:
        d = rng.randint(dlo, dhi)
        n = rng.randint(1, d - 1)
        if not reduced or _gcd(n, d) == 1:
            return Fraction(n, d)


def _fs(st: str) -> str:
    """Fraction style for a problem: LaTeX or slash (unicode and plain both print 3/4)."""
    return "latex" if st == "latex" else "plain"


def _raw(n: int, d: int, st: str) -> str:
    """An unreduced fraction n/d as printed (Fraction would reduce it)."""
    return f"$\\frac{{{n}}}{{{d}}}$" if st == "latex" else f"{n}/{d}"


@family("6수01-06", "equivalent-fraction-boxes")
def _c0106_equiv(rng: random.Random) -> Problem:
    f = _proper(rng, 2, 9)
    k1, k2 = sorted(rng.sample(range(2, 9), 2))
    st = _fs(pick_style(rng, ELEMENTARY_WEIGHTS))
    n, d = f.numerator, f.denominator
    if st == "latex":
        line = f"$\\frac{{{n}}}{{{d}}} = \\frac{{{n * k1}}}{{□}} = \\frac{{□}}{{{d * k2}}}$"
    else:
        line = f"{n}/{d} = {n * k1}/□ = □/{d * k2}"
    rev = rng.random() < 0.3
    if rev:
        N, D = n * k1 * k2, d * k1 * k2
        line = (f"$\\frac{{{N}}}{{{D}}} = \\frac{{{N // k1}}}{{□}} = \\frac{{□}}{{{d}}}$" if st == "latex"
                else f"{N}/{D} = {N // k1}/□ = □/{d}")
        ans = f"{D // k1}, {n}"
    else:
        ans = f"{d * k1}, {n * k2}"
    text = _pick(rng, f"크기가 같은 분수가 되도록 □ 안에 알맞은 수를 써넣으세요.\n{line}",
                 f"{line}\n분모와 분자에 같은 수를 곱하거나 같은 수로 나누어 □ 안에 알맞은 수를 구하시오.",
                 f"다음 분수들의 크기가 모두 같습니다. □ 안에 들어갈 수를 차례로 쓰시오.\n{line}")
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="C", concepts=["크기가 같은 분수"],
                   check=lambda: True if rev else Fraction(n * k1, d * k1) == Fraction(n * k2, d * k2) == f)


@family("6수01-06", "reduce-to-lowest-terms")
def _c0106_reduce(rng: random.Random) -> Problem:
    f = _proper(rng, 3, 12)
    k = rng.randint(2, 9)
    N, D = f.numerator * k, f.denominator * k
    st = _fs(pick_style(rng, ELEMENTARY_WEIGHTS))
    r = _raw(N, D, st)
    kind = rng.randrange(3)
    if kind == 0:
        text = _pick(rng, f"{r}{_p(str(N), '을/를')} 기약분수로 나타내시오.", f"{r}{_p(str(N), '을/를')} 기약분수로 나타내면 얼마입니까?",
                     f"다음 분수를 약분하여 기약분수로 나타내세요.\n{r}")
        ans = _fa(f)
    elif kind == 1:
        text = f"{r}{_p(str(N), '을/를')} 기약분수로 나타내려면 분모와 분자를 어떤 수로 나누어야 합니까? 나누는 수와 기약분수를 차례로 쓰시오."
        ans = f"{k}, {_fa(f)}"
    else:
        who = names(rng, 1)[0]
        thing, u = rng.choice([("시간", "시간"), ("우유", "L"), ("리본", "m"), ("밀가루", "kg")])
        text = f"{_N(who, '이/가')} 사용한 {thing}의 양을 분수로 나타내면 {r} {u}입니다. 이 분수를 기약분수로 나타내시오."
        ans = f"{_fa(f)} {u}"
    return Problem(text=text, answer=ans, format="computation" if kind < 2 else "word", difficulty=2, achievement_level="C" if kind != 1 else "B",
                   concepts=["약분", "기약분수"], check=lambda: sympy.Rational(N, D) == sympy.Rational(f.numerator, f.denominator))


@family("6수01-06", "all-reduced-forms")
def _c0106_all(rng: random.Random) -> Problem:
    while True:
        N = rng.randint(4, 40)
        D = rng.randint(N + 1, 60)
        cds = [c for c in _divisors(_gcd(N, D)) if c > 1]
        if len(cds) >= 2:
            break
    forms = [Fraction(N // c, D // c) for c in cds]
    texts = [f"{N // c}/{D // c}" for c in cds]
    st = _fs(pick_style(rng, ELEMENTARY_WEIGHTS))
    r = _raw(N, D, st)
    kind = rng.randrange(2)
    if kind == 0:
        text = _pick(rng, f"{r}{_p(str(N), '을/를')} 약분한 분수를 모두 쓰시오.", f"{r}{_p(str(N), '을/를')} 약분하여 만들 수 있는 분수를 모두 구하세요.")
        ans = ", ".join(texts)
    else:
        text = f"{r}{_p(str(N), '을/를')} 약분할 때 분모와 분자를 나눌 수 있는 수(1 제외)를 모두 쓰시오."
        ans = _ls(cds)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="B", concepts=["약분", "공약수"],
                   check=lambda: all(x == Fraction(N, D) for x in forms))


@family("6수01-06", "common-denominator")
def _c0106_common(rng: random.Random) -> Problem:
    while True:
        a, b = _proper(rng, 2, 12), _proper(rng, 2, 12)
        if a.denominator != b.denominator and _lcm(a.denominator, b.denominator) < a.denominator * b.denominator:
            break
    da, db = a.denominator, b.denominator
    use_lcm = rng.random() < 0.65
    D = _lcm(da, db) if use_lcm else da * db
    st = _fs(pick_style(rng, ELEMENTARY_WEIGHTS))
    how = "분모의 최소공배수" if use_lcm else "두 분모의 곱"
    pair = f"({_F(a, st)}, {_F(b, st)})"
    text = _pick(rng, f"{how}를 공통분모로 하여 통분하시오.\n{pair}", f"{pair}{_p('쌍', '을/를')} {how}를 공통분모로 하여 통분하세요.",
                 f"두 분수 {_F(a, st)}{_pf(a, '과/와')} {_F(b, st)}{_pf(b, '을/를')} {how}를 공통분모로 하여 통분한 결과를 쓰시오.")
    ans = f"({a.numerator * (D // da)}/{D}, {b.numerator * (D // db)}/{D})"
    return Problem(text=text, answer=ans, format="computation", difficulty=2 if use_lcm else 1, achievement_level="C" if not use_lcm else "B",
                   concepts=["통분", "공통분모"] + (["최소공배수"] if use_lcm else []),
                   check=lambda: Fraction(a.numerator * (D // da), D) == a and Fraction(b.numerator * (D // db), D) == b)


@family("6수01-06", "irreducible-mcq")
def _c0106_mcq(rng: random.Random) -> Problem:
    ask_irr = rng.random() < 0.5
    irr, red = [], []
    while len(irr) < 6 or len(red) < 6:
        d = rng.randint(6, 24)
        n = rng.randint(2, d - 1)
        s = f"{n}/{d}"
        (irr if _gcd(n, d) == 1 else red).append(s)
    irr, red = list(dict.fromkeys(irr)), list(dict.fromkeys(red))
    if ask_irr:
        ch = choices(rng, irr[0], red[:4])
        text = _pick(rng, "기약분수는 어느 것입니까?", "다음 중 더 이상 약분할 수 없는 분수를 고르시오.")
    else:
        ch = choices(rng, red[0], irr[:4])
        text = _pick(rng, "기약분수가 아닌 것은 어느 것입니까?", "다음 중 약분할 수 있는 분수를 찾으시오.")
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="C" if ask_irr else "B",
                   concepts=["기약분수", "약분"], choice=ch,
                   check=lambda: sum((_gcd(*map(int, o.split("/"))) == 1) == ask_irr for o in ch.options) == 1)


@family("6수01-06", "same-amount-different-pieces")
def _c0106_same(rng: random.Random) -> Problem:
    f = _proper(rng, 2, 6)
    k1, k2 = rng.sample([2, 3, 4, 5], 2)
    d1, d2 = f.denominator * k1, f.denominator * k2
    n1, n2 = f.numerator * k1, f.numerator * k2
    same = rng.random() < 0.6
    if not same:
        n2 += rng.choice([-1, 1]) if 1 < n2 < d2 - 1 else 1
    a, b = names(rng, 2)
    food = rng.choice(["피자", "케이크", "김밥", "떡", "초콜릿"])
    text = (f"크기가 같은 {food} 두 개가 있습니다. 하나는 {d1}조각으로 똑같이 나누어 {_N(a, '이/가')} {n1}조각을 먹었고, "
            f"다른 하나는 {d2}조각으로 똑같이 나누어 {_N(b, '이/가')} {n2}조각을 먹었습니다. "
            + _pick(rng, "두 사람이 먹은 양이 같은지 다른지 쓰고, 다르면 누가 더 많이 먹었는지 쓰시오.",
                    "먹은 양을 분수로 나타내어 비교하고, 같은 양을 먹었는지 알아보세요."))
    f1, f2 = Fraction(n1, d1), Fraction(n2, d2)
    ans = f"같다 ({n1}/{d1} = {n2}/{d2} = {_fa(f)})" if f1 == f2 else f"다르다, {a if f1 > f2 else b}"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["크기가 같은 분수", "약분"],
                   also=[] if f1 == f2 else ["6수01-07"], check=lambda: (f1 == f2) == same)


@family("6수01-06", "explain-equivalent-fractions")
def _c0106_explain(rng: random.Random) -> Problem:
    f = _proper(rng, 2, 7)
    k = rng.randint(2, 6)
    n, d = f.numerator, f.denominator
    who = names(rng, 1)[0]
    kind = rng.randrange(2)
    if kind == 0:
        wrong_n, wrong_d = n + k, d + k
        text = (f"{_N(who, '은/는')} {n}/{d}와 크기가 같은 분수를 만들기 위해 분모와 분자에 각각 {k}{_p(str(k), '을/를')} 더해 "
                f"{wrong_n}/{wrong_d}{_p(str(wrong_n), '을/를')} 만들었습니다. {who}의 방법이 옳은지 판단하고, 그 까닭과 바른 방법을 설명하시오.")
        text = text.replace(f"{n}/{d}와", f"{n}/{d}{_p(str(n), '과/와')}")
        ans = f"옳지 않다; 분모와 분자에 같은 수를 곱해야 한다 (예: {n * k}/{d * k})"
        chk = Fraction(wrong_n, wrong_d) != f
    else:
        text = (f"{n}/{d}{_p(str(n), '과/와')} {n * k}/{d * k}의 크기가 같은 까닭을 그림이나 식을 이용하여 설명하시오.")
        ans = f"분모와 분자에 각각 {k}{_p(str(k), '을/를')} 곱하면 {n * k}/{d * k}이 되므로 크기가 같다"
        chk = Fraction(n * k, d * k) == f
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["크기가 같은 분수"],
                   check=lambda: bool(chk))


@family("6수01-06", "count-irreducible-proper")
def _c0106_count(rng: random.Random) -> Problem:
    d = rng.choice([6, 8, 9, 10, 12, 14, 15, 16, 18, 20, 21, 24])
    kind = rng.randrange(2)
    irr = [n for n in range(1, d) if _gcd(n, d) == 1]
    if kind == 0:
        text = _pick(rng, f"분모가 {d}인 진분수 중에서 기약분수는 모두 몇 개입니까?", f"분모가 {d}인 진분수 가운데 약분이 되지 않는 분수의 개수를 구하시오.")
        ans = f"{len(irr)}개"
    else:
        text = f"분모가 {d}인 진분수 중에서 기약분수를 모두 쓰시오."
        ans = ", ".join(f"{n}/{d}" for n in irr)
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A", concepts=["기약분수", "진분수"],
                   check=lambda: len(irr) == int(sympy.totient(d)))


@family("6수01-06", "equivalent-with-condition")
def _c0106_cond(rng: random.Random) -> Problem:
    f = _proper(rng, 3, 9)
    n, d = f.numerator, f.denominator
    kind = rng.randrange(3)
    if kind == 0:
        lo = rng.randint(2, 4) * d + rng.randint(1, d - 1)
        hi = lo + rng.randint(2 * d, 4 * d)
        cands = [Fraction(n * k, d * k) for k in range(1, 100) if lo < d * k < hi]
        text = f"{n}/{d}{_p(str(n), '과/와')} 크기가 같은 분수 중에서 분모가 {lo}보다 크고 {hi}보다 작은 분수를 모두 쓰시오."
        ans = ", ".join(f"{n * k}/{d * k}" for k in range(1, 100) if lo < d * k < hi)
    elif kind == 1:
        s = rng.randint(3, 8) * (n + d)
        k = s // (n + d)
        text = f"{n}/{d}{_p(str(n), '과/와')} 크기가 같은 분수 중에서 분모와 분자의 합이 {s}인 분수를 구하시오."
        ans = f"{n * k}/{d * k}"
        cands = [Fraction(n * k, d * k)]
    else:
        diff = rng.randint(2, 6) * (d - n)
        k = diff // (d - n)
        text = f"{n}/{d}{_p(str(n), '과/와')} 크기가 같은 분수 중에서 분모와 분자의 차가 {diff}인 분수를 구하세요."
        ans = f"{n * k}/{d * k}"
        cands = [Fraction(n * k, d * k)]
    return Problem(text=text, answer=ans, format="fill" if kind == 0 else "word", difficulty=4, achievement_level="A",
                   concepts=["크기가 같은 분수"], check=lambda: all(c == f for c in cands) and len(cands) > 0)


# =============================================================================================
# 6수01-07 분모가 다른 분수의 크기 비교
# =============================================================================================

def _distinct_fracs(rng: random.Random, k: int, dlo: int = 3, dhi: int = 15, whole: int = 0) -> list[Fraction]:
    while True:
        fs = [_proper(rng, dlo, dhi) + whole for _ in range(k)]
        if len(set(fs)) == k and len({f.denominator for f in fs}) == k:
            return fs


@family("6수01-07", "compare-two-fractions-sign")
def _c0107_sign(rng: random.Random) -> Problem:
    a, b = _distinct_fracs(rng, 2, 3, 16)
    if rng.random() < 0.25:
        k = rng.randint(2, 4)
        b = a  # equal values printed differently
        bn, bd = a.numerator * k, a.denominator * k
    else:
        bn, bd = b.numerator, b.denominator
    st = _fs(pick_style(rng, ELEMENTARY_WEIGHTS))
    A, B = _F(a, st), _raw(bn, bd, st)
    sign = _cmp(a, Fraction(bn, bd))
    text = _pick(rng, f"두 분수의 크기를 비교하여 (  ) 안에 >, =, <를 알맞게 써넣으시오.\n{A} (  ) {B}",
                 f"○ 안에 >, =, < 중 알맞은 것을 써넣으세요.\n{A} ○ {B}",
                 f"{A} □ {B}\n□ 안에 들어갈 알맞은 기호를 쓰시오.")
    return Problem(text=text, answer=sign, format="fill", difficulty=2, achievement_level="C", concepts=["분수의 크기 비교", "통분"],
                   check=lambda: (sympy.Rational(a.numerator, a.denominator) - sympy.Rational(bn, bd)).is_positive == (sign == ">"))


@family("6수01-07", "order-three-fractions")
def _c0107_order(rng: random.Random) -> Problem:
    fs = _distinct_fracs(rng, 3, 3, 12)
    st = _fs(pick_style(rng, ELEMENTARY_WEIGHTS))
    desc = rng.random() < 0.5
    shown = ", ".join(_F(f, st) for f in fs)
    text = _pick(rng, f"{'큰' if desc else '작은'} 분수부터 차례로 쓰시오.\n{shown}",
                 f"세 분수 {shown}{_pf(fs[-1], '을/를')} {'큰' if desc else '작은'} 것부터 순서대로 늘어놓으세요.",
                 f"{shown} 중에서 가장 {'큰' if desc else '작은'} 분수와 가장 {'작은' if desc else '큰'} 분수를 차례로 쓰시오.")
    order = sorted(fs, reverse=desc)
    ans = ", ".join(_fa(f) for f in order) if "차례로 쓰시오.\n" in text or "늘어놓" in text else f"{_fa(order[0])}, {_fa(order[-1])}"
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="B", concepts=["분수의 크기 비교", "통분"],
                   check=lambda: sorted(fs, key=float, reverse=desc) == order)


@family("6수01-07", "who-has-more-word")
def _c0107_word(rng: random.Random) -> Problem:
    a, b = _distinct_fracs(rng, 2, 3, 12)
    x, y = names(rng, 2)
    ctx = rng.choice([("주스", "L", "마셨습니다", "더 많이 마신"), ("리본", "m", "사용했습니다", "더 많이 사용한"),
                      ("밀가루", "kg", "샀습니다", "더 많이 산"), ("숙제", "시간", "했습니다", "더 오래 한"),
                      ("물", "L", "받았습니다", "더 많이 받은"), ("거리", "km", "걸었습니다", "더 멀리 걸은")])
    thing, u, verb, who_more = ctx
    korean = rng.random() < 0.3
    st = _fs(pick_style(rng, ELEMENTARY_WEIGHTS))
    A, B = _F(a, st, korean=korean), _F(b, st, korean=korean)
    if thing == "숙제":
        body = f"{_N(x, '은/는')} 숙제를 {A}시간, {_N(y, '은/는')} {B}시간 동안 {verb}."
    elif thing == "거리":
        body = f"{_N(x, '은/는')} {A} km, {_N(y, '은/는')} {B} km를 {verb}."
    else:
        body = f"{_N(x, '은/는')} {thing}{_p(thing, '을/를')} {A} {u}, {_N(y, '은/는')} {B} {u} {verb}."
    q = _pick(rng, f"{who_more} 사람은 누구입니까?", f"누가 {who_more.split()[0]} {who_more.split()[1][:-1]}었는지 쓰시오.".replace("었었", "었"),
              f"{who_more} 사람의 이름을 쓰세요.")
    q = q if "었는지" not in q else f"{who_more} 사람은 누구인지 쓰시오."
    ans = x if a > b else y
    return Problem(text=f"{body} {q}", answer=ans, format="word", difficulty=2, achievement_level="C", concepts=["분수의 크기 비교"],
                   check=lambda: (a.numerator * b.denominator > b.numerator * a.denominator) == (ans == x))


@family("6수01-07", "largest-or-smallest-mcq")
def _c0107_mcq(rng: random.Random) -> Problem:
    while True:
        fs = _distinct_fracs(rng, 5, 3, 15)
        if len({float(f) for f in fs}) == 5:
            break
    big = rng.random() < 0.5
    target = max(fs) if big else min(fs)
    st = _fs(pick_style(rng, (0.3, 0.3, 0.4)))
    ch = choices(rng, _F(target, st), [_F(f, st) for f in fs if f != target])
    text = _pick(rng, f"가장 {'큰' if big else '작은'} 분수는 어느 것입니까?", f"다음 분수 중에서 크기가 가장 {'큰' if big else '작은'} 것을 고르시오.")
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["분수의 크기 비교"], choice=ch, check=lambda: target == (max(fs) if big else min(fs)))


@family("6수01-07", "compare-using-one-half")
def _c0107_half(rng: random.Random) -> Problem:
    while True:
        a, b = _proper(rng, 5, 19), _proper(rng, 5, 19)
        if a < Fraction(1, 2) < b and a.denominator != b.denominator:
            break
    if rng.random() < 0.5:
        a, b = b, a
    st = _fs(pick_style(rng, ELEMENTARY_WEIGHTS))
    who = names(rng, 1)[0]
    kind = rng.randrange(2)
    if kind == 0:
        text = (f"통분하지 않고 {_F(a, st, '과/와')} {_F(b, st)}의 크기를 비교하려고 합니다. {_F(Fraction(1, 2), st)}{_p('1', '을/를')} 기준으로 "
                f"어느 분수가 더 큰지 쓰고, 그 방법을 설명하시오.")
    else:
        text = (f"{_N(who, '은/는')} \"{_F(a, st)}{_pf(a, '은/는')} {_F(Fraction(1, 2), st)}보다 {'크고' if a > Fraction(1, 2) else '작고'}, "
                f"{_F(b, st)}{_pf(b, '은/는')} {_F(Fraction(1, 2), st)}보다 {'크니까' if b > Fraction(1, 2) else '작으니까'} 더 큰 분수를 바로 알 수 있어.\"라고 말했습니다. "
                f"{who}의 방법으로 더 큰 분수를 찾고, 이 방법이 왜 옳은지 설명하시오.")
    ans = f"{_fa(max(a, b))}"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["분수의 크기 비교"],
                   check=lambda: (a > Fraction(1, 2)) != (b > Fraction(1, 2)))


@family("6수01-07", "naturals-between-two-fractions")
def _c0107_between(rng: random.Random) -> Problem:
    while True:
        a, b = sorted(_distinct_fracs(rng, 2, 2, 9))
        D = rng.choice([_lcm(a.denominator, b.denominator) * k for k in (1, 2)])
        if D <= 40:
            xs = [n for n in range(1, D) if a < Fraction(n, D) < b]
            if 1 <= len(xs) <= 9:
                break
    st = _fs(pick_style(rng, ELEMENTARY_WEIGHTS))
    if st == "latex":
        line = f"$\\frac{{{a.numerator}}}{{{a.denominator}}} < \\frac{{□}}{{{D}}} < \\frac{{{b.numerator}}}{{{b.denominator}}}$"
    else:
        line = f"{_fa(a)} < □/{D} < {_fa(b)}"
    kind = rng.randrange(2)
    if kind == 0:
        text = f"□ 안에 들어갈 수 있는 자연수를 모두 구하시오.\n{line}"
        ans = _ls(xs)
    else:
        text = f"{line}\n□ 안에 들어갈 수 있는 자연수는 모두 몇 개입니까?"
        ans = f"{len(xs)}개"
    return Problem(text=text, answer=ans, format="fill", difficulty=4, achievement_level="A", concepts=["분수의 크기 비교", "통분"],
                   check=lambda: all(a * D < n < b * D for n in xs))


@family("6수01-07", "compare-mixed-numbers")
def _c0107_mixed(rng: random.Random) -> Problem:
    w = rng.randint(1, 6)
    a, b = _distinct_fracs(rng, 2, 3, 12, whole=w)
    if rng.random() < 0.3:
        b = b + 1 if rng.random() < 0.5 else b
    st = "latex" if rng.random() < 0.5 else "plain"
    A, B = _F(a, st), _F(b, st)
    kind = rng.randrange(2)
    if kind == 0:
        text = _pick(rng, f"두 수의 크기를 비교하여 ○ 안에 >, =, <를 알맞게 써넣으세요.\n{A} ○ {B}",
                     f"{A}{_pf(a, '과/와')} {B} 중에서 더 큰 수를 쓰시오.")
        ans = _cmp(a, b) if "○" in text else _fa(max(a, b))
        fmt = "fill" if "○" in text else "computation"
    else:
        x, y = names(rng, 2)
        text = (f"{_N(x, '은/는')} 집에서 도서관까지 {A} km를 걸었고, {_N(y, '은/는')} 집에서 공원까지 {B} km를 걸었습니다. "
                f"누가 더 먼 거리를 걸었습니까?")
        ans = x if a > b else y
        fmt = "word"
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="B", concepts=["분수의 크기 비교", "대분수"],
                   check=lambda: a != b)


@family("6수01-07", "table-who-most")
def _c0107_table(rng: random.Random) -> Problem:
    k = rng.choice([3, 4])
    fs = _distinct_fracs(rng, k, 3, 12)
    ppl = names(rng, k)
    col = rng.choice(["마신 우유의 양(L)", "달리기 기록(분)", "사용한 색 테이프(m)", "집에서 학교까지 거리(km)", "운동한 시간(시간)"])
    st = _fs(pick_style(rng, (0.3, 0.2, 0.5)))
    table = f"| 이름 | {' | '.join(ppl)} |\n| {col} | {' | '.join(_F(f, st) for f in fs)} |"
    if "달리기" in col:
        q = "기록이 가장 빠른 사람은 누구입니까?"
        best = min(fs)
    elif "거리" in col:
        q = "학교에서 가장 가까운 곳에 사는 사람은 누구입니까?"
        best = min(fs)
    else:
        q = _pick(rng, "가장 많은 사람은 누구입니까?", "값이 가장 큰 사람과 가장 작은 사람을 차례로 쓰시오.")
        best = max(fs)
    if "가장 큰 사람과" in q:
        ans = f"{ppl[fs.index(max(fs))]}, {ppl[fs.index(min(fs))]}"
    else:
        ans = ppl[fs.index(best)]
    text = f"{_pick(rng, '조사한 내용을 표로 나타냈습니다.', '다음은 친구들의 기록을 나타낸 표입니다.')}\n{table}\n{q}"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=["분수의 크기 비교", "통분"],
                   check=lambda: len(set(fs)) == k)


@family("6수01-07", "closest-to-one")
def _c0107_closest(rng: random.Random) -> Problem:
    while True:
        fs = _distinct_fracs(rng, 4, 3, 12)
        gaps = [1 - f for f in fs]
        if len(set(gaps)) == 4:
            break
    st = _fs(pick_style(rng, ELEMENTARY_WEIGHTS))
    best = fs[gaps.index(min(gaps))]
    kind = rng.randrange(2)
    if kind == 0:
        text = f"다음 분수 중에서 1에 가장 가까운 분수를 찾아 쓰시오.\n{', '.join(_F(f, st) for f in fs)}"
    else:
        text = (f"분수 카드 {', '.join(_F(f, st) for f in fs)} 중에서 1에 가장 가까운 카드를 뽑은 사람이 이기는 놀이를 합니다. "
                f"어떤 카드를 뽑아야 이길 수 있는지 쓰고, 그렇게 생각한 까닭을 설명하세요.")
    return Problem(text=text, answer=_fa(best), format="word" if kind == 0 else "proof", difficulty=4, achievement_level="A",
                   concepts=["분수의 크기 비교"], check=lambda: best == max(fs))


# =============================================================================================
# 6수01-08 분모가 다른 분수의 덧셈과 뺄셈
# =============================================================================================

def _unlike_pair(rng: random.Random, dlo: int = 2, dhi: int = 12, wa: int = 0, wb: int = 0,
                 need: str | None = None) -> tuple[Fraction, Fraction]:
    """Two fractions with different denominators (plus whole parts). ``need``: 'carry' / 'nocarry' / 'borrow'."""
    while True:
        a, b = _proper(rng, dlo, dhi), _proper(rng, dlo, dhi)
        if a.denominator == b.denominator:
            continue
        if need == "carry" and a + b <= 1:
            continue
        if need == "nocarry" and a + b >= 1:
            continue
        if need == "borrow" and a >= b:
            continue
        if need == "noborrow" and a <= b:
            continue
        return a + wa, b + wb


def _expr2(a: Fraction, o: str, b: Fraction, st: str) -> str:
    return _show([a, o, b], st)


@family("6수01-08", "add-proper-fractions")
def _c0108_add(rng: random.Random) -> Problem:
    need = rng.choice(["carry", "nocarry"])
    a, b = _unlike_pair(rng, 2, 12, need=need)
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    e = _expr2(a, "+", b, st)
    text = _pick(rng, f"계산하시오.\n{e}", f"{e}{_pf(b, '을/를')} 계산하여 기약분수로 나타내세요.", f"{e} = □\n□ 안에 알맞은 수를 써넣으세요.",
                 f"다음 덧셈을 하시오.\n{e}")
    r = a + b
    return Problem(text=text, answer=_fa(r), format="computation", difficulty=2 if need == "nocarry" else 3,
                   achievement_level="C" if need == "nocarry" else "B", concepts=["분수의 덧셈", "통분"],
                   check=lambda: sympy.Rational(a.numerator, a.denominator) + sympy.Rational(b.numerator, b.denominator) == sympy.Rational(r.numerator, r.denominator))


@family("6수01-08", "subtract-proper-fractions")
def _c0108_sub(rng: random.Random) -> Problem:
    a, b = _unlike_pair(rng, 2, 12, need="noborrow")
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    e = _expr2(a, "-", b, st)
    text = _pick(rng, f"계산하시오.\n{e}", f"{e}의 계산 결과를 쓰시오.", f"다음 뺄셈의 차를 구하세요.\n{e}",
                 f"{e} = □\n□ 안에 알맞은 기약분수를 써넣으시오.")
    r = a - b
    return Problem(text=text, answer=_fa(r), format="computation", difficulty=2, achievement_level="C", concepts=["분수의 뺄셈", "통분"],
                   check=lambda: _sym([a, "-", b]) == sympy.Rational(r.numerator, r.denominator))


@family("6수01-08", "add-mixed-numbers")
def _c0108_addmix(rng: random.Random) -> Problem:
    need = rng.choice(["carry", "nocarry"])
    a, b = _unlike_pair(rng, 2, 10, rng.randint(1, 5), rng.randint(1, 5), need=need)
    st = rng.choice(["latex", "latex", "plain"])
    e = _expr2(a, "+", b, st)
    text = _pick(rng, f"계산하시오.\n{e}", f"두 대분수의 합을 구하시오.\n{e}", f"{e}{_pf(b, '을/를')} 계산하여 대분수로 나타내세요.")
    r = a + b
    return Problem(text=text, answer=_fa(r), format="computation", difficulty=3, achievement_level="B", concepts=["분수의 덧셈", "대분수", "통분"],
                   check=lambda: _sym([a, "+", b]) == sympy.Rational(r.numerator, r.denominator))


@family("6수01-08", "subtract-mixed-with-borrowing")
def _c0108_submix(rng: random.Random) -> Problem:
    wa = rng.randint(2, 7)
    wb = rng.randint(1, wa - 1)
    need = rng.choice(["borrow", "borrow", "noborrow"])
    a, b = _unlike_pair(rng, 2, 10, wa, wb, need=need)
    st = rng.choice(["latex", "latex", "plain"])
    e = _expr2(a, "-", b, st)
    text = _pick(rng, f"계산하시오.\n{e}", f"{e}\n위 뺄셈을 계산하여 기약분수로 나타내시오.", f"다음 두 수의 차는 얼마입니까?\n{_F(a, st)}, {_F(b, st)}")
    r = a - b
    return Problem(text=text, answer=_fa(r), format="computation", difficulty=4 if need == "borrow" else 3,
                   achievement_level="A" if need == "borrow" and r < 1 else "B", concepts=["분수의 뺄셈", "대분수", "통분"],
                   check=lambda: _sym([a, "-", b]) == sympy.Rational(r.numerator, r.denominator))


_QTY = (("주스", "L"), ("물", "L"), ("우유", "L"), ("리본", "m"), ("철사", "m"), ("밀가루", "kg"), ("설탕", "kg"), ("페인트", "L"))


@family("6수01-08", "word-sum")
def _c0108_wsum(rng: random.Random) -> Problem:
    thing, u = rng.choice(_QTY)
    mixed = rng.random() < 0.5
    a, b = _unlike_pair(rng, 2, 10, rng.randint(1, 3) if mixed else 0, rng.randint(0, 2) if mixed else 0)
    st = _fs(pick_style(rng, (0.4, 0.1, 0.5)))
    x = names(rng, 1)[0]
    A, B = _F(a, st), _F(b, st)
    kind = rng.randrange(3)
    if kind == 0:
        text = f"{_N(x, '은/는')} {thing}{_p(thing, '을/를')} 어제 {A} {u}, 오늘 {B} {u} 사용했습니다. 이틀 동안 사용한 {thing}{_p(thing, '은/는')} 모두 몇 {u}입니까?"
    elif kind == 1:
        text = f"빈 통에 {thing} {A} {u}{_p(u, '을/를')} 넣고, 다시 {B} {u}{_p(u, '을/를')} 더 넣었습니다. 통에 들어 있는 {thing}{_p(thing, '은/는')} 몇 {u}인지 구하시오."
        if u == "m":
            text = f"{thing} {A} {u}{_p(u, '과/와')} {B} {u}{_p(u, '을/를')} 겹치지 않게 이어 붙였습니다. 이어 붙인 {thing}의 전체 길이는 몇 {u}입니까?"
    else:
        text = f"㉮ 그릇에는 {thing}{_p(thing, '이/가')} {A} {u}, ㉯ 그릇에는 {B} {u} 들어 있습니다. 두 그릇에 들어 있는 {thing}의 양을 합하면 몇 {u}입니까?"
        if u == "m":
            text = f"빨간 {thing}{_p(thing, '은/는')} {A} {u}, 파란 {thing}{_p(thing, '은/는')} {B} {u}입니다. 두 {thing}의 길이의 합은 몇 {u}입니까?"
    r = a + b
    return Problem(text=text, answer=f"{_fa(r)} {u}", format="word", difficulty=3, achievement_level="B", concepts=["분수의 덧셈", "통분"],
                   check=lambda: _sym([a, "+", b]) == sympy.Rational(r.numerator, r.denominator))


@family("6수01-08", "word-difference")
def _c0108_wdiff(rng: random.Random) -> Problem:
    thing, u = rng.choice(_QTY)
    mixed = rng.random() < 0.6
    wa = rng.randint(2, 5) if mixed else 0
    wb = rng.randint(0, wa - 1) if mixed else 0
    a, b = _unlike_pair(rng, 2, 10, wa, wb, need=rng.choice(["borrow", "noborrow"]) if mixed else "noborrow")
    st = _fs(pick_style(rng, (0.4, 0.1, 0.5)))
    A, B = _F(a, st), _F(b, st)
    x, y = names(rng, 2)
    kind = rng.randrange(3)
    if kind == 0:
        text = f"{thing} {A} {u} 중에서 {B} {u}{_p(u, '을/를')} 사용했습니다. 남은 {thing}{_p(thing, '은/는')} 몇 {u}입니까?"
    elif kind == 1:
        text = f"{_N(x, '은/는')} {thing}{_p(thing, '을/를')} {A} {u}, {_N(y, '은/는')} {B} {u} 가지고 있습니다. {_N(x, '이/가')} {y}보다 몇 {u} 더 많이 가지고 있습니까?"
    else:
        text = f"무게가 {A} kg인 가방에서 {B} kg만큼의 책을 꺼냈습니다. 남은 가방의 무게는 몇 kg인지 구하시오."
        u = "kg"
    r = a - b
    return Problem(text=text, answer=f"{_fa(r)} {u}", format="word", difficulty=3 if not mixed else 4, achievement_level="B" if not mixed else "A",
                   concepts=["분수의 뺄셈", "통분"], check=lambda: _sym([a, "-", b]) == sympy.Rational(r.numerator, r.denominator))


@family("6수01-08", "result-mcq-typical-errors")
def _c0108_mcq(rng: random.Random) -> Problem:
    while True:
        o = rng.choice(["+", "-"])
        a, b = _unlike_pair(rng, 2, 9, need="nocarry" if o == "+" else "noborrow")
        r = a + b if o == "+" else a - b
        naive = Fraction(a.numerator + b.numerator if o == "+" else abs(a.numerator - b.numerator) or 1, a.denominator + b.denominator)
        wrong = [naive, r + Fraction(1, r.denominator * 2 if r.denominator < 10 else r.denominator), r * 2 if r * 2 < 1 else r / 2,
                 Fraction(a.numerator * b.denominator + (1 if o == "+" else -1) * b.numerator, a.denominator * b.denominator * 2) if o == "+" else a + b,
                 Fraction(a.numerator + b.numerator, a.denominator * b.denominator), r + Fraction(1, 12) if r + Fraction(1, 12) != r else r]
        ws = list(dict.fromkeys(_fa(w) for w in wrong if w > 0 and w != r))
        if len(ws) >= 4:
            break
    st = "plain" if rng.random() < 0.5 else "latex"
    e = _expr2(a, o, b, st)
    ch = choices(rng, _fa(r), ws[:4])
    text = _pick(rng, f"{e}{_pf(b, '을/를')} 바르게 계산한 것은 어느 것입니까?", f"다음을 계산한 값을 고르시오.\n{e}")
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["분수의 덧셈" if o == "+" else "분수의 뺄셈", "통분"], choice=ch,
                   check=lambda: Fraction(ch.options[ch.correct]) == r)


@family("6수01-08", "missing-number-fill")
def _c0108_fill(rng: random.Random) -> Problem:
    a, b = _unlike_pair(rng, 2, 12, need="nocarry")
    kind = rng.randrange(3)
    st = "latex" if rng.random() < 0.5 else "plain"
    if kind == 0:       # □ + a = a + b
        total = a + b
        line = f"{_show(['□', '+', a], st, wrap=False)} = {_fx(total, st, raw=True)}"
        x = b
    elif kind == 1:     # □ − a = b
        line = f"{_show(['□', '-', a], st, wrap=False)} = {_fx(b, st, raw=True)}"
        x = a + b
    else:               # (a+b) − □ = a
        line = f"{_show([a + b, '-', '□'], st, wrap=False)} = {_fx(a, st, raw=True)}"
        x = b
    if st == "latex":
        line = f"${line}$"
    text = _pick(rng, f"□ 안에 알맞은 수를 써넣으세요.\n{line}", f"{line}\n□에 들어갈 수를 기약분수로 구하시오.",
                 f"다음 식을 만족하는 □의 값은 얼마입니까?\n{line}")
    return Problem(text=text, answer=_fa(x), format="fill", difficulty=3, achievement_level="B", concepts=["분수의 덧셈", "분수의 뺄셈"],
                   check=lambda: (x + a == a + b) if kind == 0 else (x - a == b if kind == 1 else (a + b) - x == a))


@family("6수01-08", "find-the-error-explain")
def _c0108_error(rng: random.Random) -> Problem:
    a, b = _unlike_pair(rng, 2, 9, need="nocarry")
    who = names(rng, 1)[0]
    kind = rng.randrange(2)
    if kind == 0:
        wrong = f"{a.numerator}/{a.denominator} + {b.numerator}/{b.denominator} = ({a.numerator} + {b.numerator})/({a.denominator} + {b.denominator}) = {a.numerator + b.numerator}/{a.denominator + b.denominator}"
        r = a + b
    else:
        wa, wb = rng.randint(3, 6), rng.randint(1, 2)
        while True:
            a, b = _unlike_pair(rng, 2, 9, need="borrow")
            D = _lcm(a.denominator, b.denominator)
            na, nb = a.numerator * D // a.denominator, b.numerator * D // b.denominator
            if nb > na:
                break
        a, b = a + wa, b + wb
        wrong = (f"{josa(str(wa), '과/와')} {na}/{D} − {josa(str(wb), '과/와')} {nb}/{D} = {josa(str(wa - wb), '과/와')} {nb - na}/{D}")
        r = a - b
    text = (f"{_N(who, '의')} 계산입니다.\n{wrong}\n" +
            _pick(rng, "잘못 계산한 곳을 찾아 그 까닭을 쓰고, 바르게 계산하시오.", f"{who}의 계산에서 틀린 부분을 설명하고 옳은 답을 구하세요."))
    return Problem(text=text, answer=_fa(r), format="proof", difficulty=3, achievement_level="A", concepts=["분수의 덧셈" if kind == 0 else "분수의 뺄셈", "통분"],
                   check=lambda: _sym([a, "+" if kind == 0 else "-", b]) == sympy.Rational(r.numerator, r.denominator))


@family("6수01-08", "three-fractions-table")
def _c0108_three(rng: random.Random) -> Problem:
    while True:
        fs = _distinct_fracs(rng, 3, 2, 8)
        if len({f.denominator for f in fs}) == 3:
            break
    st = _fs(pick_style(rng, (0.3, 0.2, 0.5)))
    kind = rng.randrange(2)
    if kind == 0:
        days = rng.choice([["월", "화", "수"], ["1주", "2주", "3주"], ["첫째 날", "둘째 날", "셋째 날"]])
        act, u = rng.choice([("책을 읽은 시간", "시간"), ("마신 물의 양", "L"), ("걸은 거리", "km"), ("사용한 밀가루", "kg")])
        text = (f"{act}{_p(act, '을/를')} 조사한 표입니다.\n| 구분 | {' | '.join(days)} |\n| {act}({u}) | {' | '.join(_F(f, st) for f in fs)} |\n"
                + _pick(rng, f"{act}{_p(act, '은/는')} 모두 몇 {u}입니까?", f"세 번 동안의 {act}{_p(act, '을/를')} 모두 더하면 몇 {u}인지 구하시오."))
        r = sum(fs)
        ans = f"{_fa(r)}{' ' + u if u != '시간' else u}"
    else:
        a, b, c = sorted(fs, reverse=True)
        if a - c + b <= 0:
            a, b, c = fs
        r = a + b - c
        e = _show([a, "+", b, "-", c], rng.choice(["latex", "plain"]))
        text = f"계산하시오.\n{e}"
        fs = [a, b, c]
        ans = _fa(r)
        return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="B", concepts=["분수의 덧셈", "분수의 뺄셈"],
                       check=lambda: _sym([a, "+", b, "-", c]) == sympy.Rational(r.numerator, r.denominator))
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=["분수의 덧셈", "통분"],
                   check=lambda: _sym([fs[0], "+", fs[1], "+", fs[2]]) == sympy.Rational(r.numerator, r.denominator))


# =============================================================================================
# 6수01-09 분수의 곱셈
# =============================================================================================

def _chk_eq(tokens: list, r: Fraction) -> bool:
    return _sym(tokens) == sympy.Rational(r.numerator, r.denominator)


@family("6수01-09", "fraction-times-whole")
def _c0109_fn(rng: random.Random) -> Problem:
    mixed = rng.random() < 0.4
    a = _proper(rng, 2, 12) + (rng.randint(1, 4) if mixed else 0)
    n = rng.randint(2, 15)
    st = pick_style(rng, ELEMENTARY_WEIGHTS) if not mixed else rng.choice(["latex", "plain"])
    swap = rng.random() < 0.4
    toks = [n, "*", a] if swap else [a, "*", n]
    e = _show(toks, st)
    text = _pick(rng, f"계산하시오.\n{e}", f"{e}{_pf(n if not swap else a, '을/를')} 계산하여 기약분수로 나타내세요.",
                 f"다음 곱셈을 하시오.\n{e}", f"{e} = □\n□ 안에 알맞은 수를 써넣으세요.")
    r = a * n
    return Problem(text=text, answer=_fa(r), format="computation", difficulty=2 if not mixed else 3, achievement_level="C" if not mixed else "B",
                   concepts=["분수의 곱셈"] + (["대분수"] if mixed else []), check=lambda: _chk_eq(toks, r))


@family("6수01-09", "fraction-of-a-quantity")
def _c0109_of(rng: random.Random) -> Problem:
    f = _proper(rng, 2, 10)
    k = rng.randint(2, 12)
    n = f.denominator * k if rng.random() < 0.7 else rng.randint(5, 40)
    ctx = rng.randrange(4)
    x = names(rng, 1)[0]
    st = _fs(pick_style(rng, (0.3, 0.2, 0.5)))
    F_ = _F(f, st)
    korean = _F(f, st, korean=True)
    r = f * n
    if ctx == 0:
        obj, u = rng.choice([("사탕", "개"), ("구슬", "개"), ("색종이", "장"), ("딱지", "장"), ("쿠키", "개")])
        n = f.denominator * k
        r = f * n
        text = f"{_N(x, '은/는')} {obj} {n}{u} 중에서 {F_}{_pf(f, '을/를')} 동생에게 주었습니다. 동생에게 준 {obj}{_p(obj, '은/는')} 몇 {u}입니까?"
        ans = f"{_fa(r)}{u}"
    elif ctx == 1:
        n = f.denominator * k * 100
        r = f * n
        text = f"{num(n)}원의 {korean}{_pf(f, '은/는')} 얼마입니까?"
        ans = f"{num(int(r))}원"
    elif ctx == 2:
        text = f"물이 {n} L 들어 있는 물통에서 전체의 {F_}만큼 덜어 냈습니다. 덜어 낸 물은 몇 L입니까?"
        ans = f"{_fa(r)} L"
    else:
        text = f"한 변의 길이가 {F_} m인 정사각형 모양의 타일 {n}장을 한 줄로 겹치지 않게 이어 붙였습니다. 이어 붙인 전체 길이는 몇 m입니까?"
        r = f * n
        ans = f"{_fa(r)} m"
    return Problem(text=text, answer=ans, format="word", difficulty=2 if r.denominator == 1 else 3, achievement_level="C" if r.denominator == 1 else "B",
                   concepts=["분수의 곱셈"], check=lambda: _chk_eq([f, "*", n], r))


@family("6수01-09", "fraction-times-fraction")
def _c0109_ff(rng: random.Random) -> Problem:
    a, b = _proper(rng, 2, 12), _proper(rng, 2, 12)
    unit = rng.random() < 0.3
    if unit:
        a, b = Fraction(1, a.denominator), Fraction(1, b.denominator)
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    toks = [a, "*", b]
    e = _show(toks, st)
    text = _pick(rng, f"계산하시오.\n{e}", f"두 분수의 곱을 구하시오.\n{_F(a, st)}, {_F(b, st)}", f"{e}{_pf(b, '을/를')} 계산하여 기약분수로 나타내시오.",
                 f"□ 안에 알맞은 수를 써넣으세요.\n{e} = □")
    r = a * b
    return Problem(text=text, answer=_fa(r), format="computation", difficulty=1 if unit else 2, achievement_level="C",
                   concepts=["분수의 곱셈"] + (["단위분수"] if unit else []), check=lambda: _chk_eq(toks, r))


@family("6수01-09", "mixed-times-mixed")
def _c0109_mm(rng: random.Random) -> Problem:
    a = _proper(rng, 2, 9) + rng.randint(1, 4)
    b = _proper(rng, 2, 9) + rng.randint(0, 3)
    st = rng.choice(["latex", "latex", "plain"])
    toks = [a, "*", b]
    e = _show(toks, st)
    text = _pick(rng, f"계산하시오.\n{e}", f"다음을 계산하여 대분수로 나타내세요.\n{e}", f"{e}의 계산 결과는 얼마입니까?")
    r = a * b
    return Problem(text=text, answer=_fa(r), format="computation", difficulty=3, achievement_level="B", concepts=["분수의 곱셈", "대분수"],
                   check=lambda: _chk_eq(toks, r))


@family("6수01-09", "rectangle-area")
def _c0109_area(rng: random.Random) -> Problem:
    a = _proper(rng, 2, 9) + rng.randint(0, 3)
    b = _proper(rng, 2, 9) + rng.randint(0, 2)
    u = rng.choice(["m", "cm"])
    st = _fs(pick_style(rng, (0.4, 0.1, 0.5)))
    thing = rng.choice(["꽃밭", "텃밭", "직사각형 모양의 종이", "게시판", "돗자리"])
    kind = rng.randrange(2)
    if kind == 0:
        text = f"가로가 {_F(a, st)} {u}, 세로가 {_F(b, st)} {u}인 직사각형 모양의 {thing}의 넓이는 몇 {u}²입니까?".replace("직사각형 모양의 직사각형 모양의", "직사각형 모양의")
        r = a * b
        ans = f"{_fa(r)} {u}²"
        toks = [a, "*", b]
    else:
        s = a
        text = f"한 변의 길이가 {_F(s, st)} {u}인 정사각형의 넓이를 구하시오."
        r = s * s
        ans = f"{_fa(r)} {u}²"
        toks = [s, "*", s]
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["분수의 곱셈"],
                   check=lambda: _chk_eq(toks, r))


@family("6수01-09", "three-fractions-product")
def _c0109_three(rng: random.Random) -> Problem:
    a, b = _proper(rng, 2, 9), _proper(rng, 2, 9)
    c = rng.choice([_proper(rng, 2, 9), Fraction(rng.randint(2, 12)), _proper(rng, 2, 6) + 1])
    toks = [a, "*", b, "*", c]
    rng.shuffle(parts := [a, b, c])
    toks = [parts[0], "*", parts[1], "*", parts[2]]
    st = rng.choice(["latex", "plain", "unicode"])
    e = _show(toks, st)
    text = _pick(rng, f"계산하시오.\n{e}", f"세 수의 곱을 구하시오.\n{e}", f"{e}\n약분을 이용하여 간단히 계산하세요.")
    r = a * b * c
    return Problem(text=text, answer=_fa(r), format="computation", difficulty=3, achievement_level="B", concepts=["분수의 곱셈", "약분"],
                   check=lambda: _chk_eq(toks, r))


@family("6수01-09", "product-size-mcq")
def _c0109_mcq(rng: random.Random) -> Problem:
    n = rng.randint(6, 30)
    smaller = rng.random() < 0.5
    lt = [_proper(rng, 2, 9) for _ in range(8)]
    gt = [_proper(rng, 2, 9) + rng.randint(1, 2) for _ in range(8)] + [Fraction(k, 2) for k in (3, 5)]
    lt = list(dict.fromkeys(lt))
    gt = list(dict.fromkeys(gt))
    st = rng.choice(["plain", "latex"])
    if smaller:
        correct = _show([n, "*", lt[0]], st)
        others = [_show([n, "*", g], st) for g in gt[:3]] + [_show([n, "*", 1], st)]
        text = _pick(rng, f"계산 결과가 {n}보다 작은 것은 어느 것입니까?", f"계산하지 않고 곱이 {n}보다 작은 식을 찾으시오.")
    else:
        correct = _show([n, "*", gt[0]], st)
        others = [_show([n, "*", g], st) for g in lt[:3]] + [_show([n, "*", 1], st)]
        text = _pick(rng, f"계산 결과가 {n}보다 큰 것은 어느 것입니까?", f"계산하지 않고 곱이 {n}보다 큰 식을 고르시오.")
    ch = choices(rng, correct, others)
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="A",
                   concepts=["분수의 곱셈"], choice=ch, check=lambda: (lt[0] < 1) and gt[0] > 1)


@family("6수01-09", "part-of-a-part")
def _c0109_part(rng: random.Random) -> Problem:
    while True:
        a, b = _proper(rng, 2, 8), _proper(rng, 2, 8)
        total = a.denominator * b.denominator * rng.randint(1, 4)
        if (total * a * b).denominator == 1 and total <= 200:
            break
    x = names(rng, 1)[0]
    kind = rng.randrange(3)
    st = _fs(pick_style(rng, (0.3, 0.2, 0.5)))
    A, B = _F(a, st), _F(b, st)
    if kind == 0:
        text = (f"{x}네 반 학생 {total}명 중에서 {A}{_pf(a, '은/는')} 안경을 썼고, 안경을 쓴 학생의 {B}{_pf(b, '은/는')} 여학생입니다. "
                f"안경을 쓴 여학생은 몇 명입니까?")
        ans, r = f"{total * a * b}명", total * a * b
    elif kind == 1:
        text = (f"텃밭 전체의 {A}에 채소를 심고, 채소를 심은 부분의 {B}에 상추를 심었습니다. 상추를 심은 부분은 텃밭 전체의 몇 분의 몇입니까?")
        ans, r = _fa(a * b), a * b
    else:
        text = (f"{_N(x, '은/는')} 가지고 있던 용돈의 {A}{_pf(a, '을/를')} 저금하고, 저금한 돈의 {B}만큼을 다시 꺼내 책을 샀습니다. "
                f"책을 사는 데 쓴 돈은 처음 용돈의 몇 분의 몇입니까?")
        ans, r = _fa(a * b), a * b
    return Problem(text=text, answer=ans, format="word", difficulty=3 if kind else 4, achievement_level="B" if kind else "A",
                   concepts=["분수의 곱셈"], check=lambda: r in (a * b, total * a * b))


@family("6수01-09", "convert-units-with-fraction")
def _c0109_units(rng: random.Random) -> Problem:
    kind = rng.choice(["hour", "m", "kg", "L", "day"])
    big, small, rate = {"hour": ("시간", "분", 60), "m": ("m", "cm", 100), "kg": ("kg", "g", 1000),
                        "L": ("L", "mL", 1000), "day": ("일", "시간", 24)}[kind]
    while True:
        f = _proper(rng, 2, 12)
        if (f * rate).denominator == 1:
            break
    st = _fs(pick_style(rng, (0.3, 0.2, 0.5)))
    sep = "" if big in ("시간", "일") else " "
    text = _pick(rng, f"□ 안에 알맞은 수를 써넣으세요.\n{_F(f, st)}{sep}{big} = □{sep if small not in ('분', '시간') else ''}{small}",
                 f"1{sep}{big}의 {_F(f, st)}{_pf(f, '은/는')} 몇 {small}입니까?",
                 f"{_F(f, st)}{sep}{big}{_p(big, '은/는')} 몇 {small}인지 분수의 곱셈을 이용하여 구하시오.")
    r = f * rate
    return Problem(text=text, answer=f"{r}{' ' if small in ('cm', 'g', 'mL') else ''}{small}" if "□" not in text else str(r),
                   format="fill" if "□" in text else "word", difficulty=2, achievement_level="C", concepts=["분수의 곱셈"],
                   check=lambda: _chk_eq([f, "*", rate], r))


@family("6수01-09", "explain-or-fix-multiplication")
def _c0109_explain(rng: random.Random) -> Problem:
    who = names(rng, 1)[0]
    kind = rng.randrange(2)
    if kind == 0:
        w = rng.randint(1, 4)
        f = _proper(rng, 3, 9)
        n = rng.randint(2, 5)
        a = f + w
        wrong = Fraction(w) + f * n
        text = (f"{_N(who, '은/는')} 다음과 같이 계산했습니다.\n{josa(str(w), '과/와')} {f.numerator}/{f.denominator} × {n} = "
                f"{josa(str(w), '과/와')} {f.numerator * n}/{f.denominator}\n잘못된 점을 찾아 설명하고 바르게 계산하시오.")
        r = a * n
        toks = [a, "*", n]
        chk = wrong != r
    else:
        a, b = _proper(rng, 2, 6), _proper(rng, 2, 6)
        r = a * b
        text = (f"{a.numerator}/{a.denominator} × {b.numerator}/{b.denominator}의 계산 원리를, 넓이가 1인 정사각형을 가로와 세로로 나눈 그림을 "
                f"이용하여 설명하고 계산 결과를 쓰시오.")
        toks = [a, "*", b]
        chk = True
    return Problem(text=text, answer=_fa(r), format="proof", difficulty=3, achievement_level="A", concepts=["분수의 곱셈"],
                   check=lambda: bool(chk) and _chk_eq(toks, r))


# =============================================================================================
# 6수01-10 (자연수) ÷ (자연수)의 몫을 분수로
# =============================================================================================

def _nondiv(rng: random.Random, lt: bool | None = None) -> tuple[int, int]:
    while True:
        b = rng.randint(2, 15)
        a = rng.randint(1, b - 1) if lt else (rng.randint(b + 1, 4 * b) if lt is False else rng.randint(1, 4 * b))
        if a % b:
            return a, b


@family("6수01-10", "quotient-less-than-one")
def _c0110_lt(rng: random.Random) -> Problem:
    a, b = _nondiv(rng, True)
    st = pick_style(rng, (0.2, 0.5, 0.3))
    e = _show([a, "/", b], st)
    text = _pick(rng, f"나눗셈의 몫을 분수로 나타내시오.\n{e}", f"{e}의 몫을 분수로 나타내세요.", f"{e} = □\n□ 안에 알맞은 분수를 써넣으세요.",
                 f"{a}{_p(str(a), '을/를')} {b}{_p(str(b), '으로/로')} 나눈 몫을 분수로 쓰시오.")
    r = Fraction(a, b)
    return Problem(text=text, answer=_fa(r), format="computation", difficulty=1, achievement_level="C", concepts=["나눗셈의 몫", "분수"],
                   check=lambda: sympy.Rational(a, b) == sympy.Rational(r.numerator, r.denominator))


@family("6수01-10", "quotient-greater-than-one")
def _c0110_gt(rng: random.Random) -> Problem:
    a, b = _nondiv(rng, False)
    st = pick_style(rng, (0.2, 0.5, 0.3))
    e = _show([a, "/", b], st)
    form = rng.choice(["대분수", "가분수"])
    text = _pick(rng, f"{e}의 몫을 {form}로 나타내시오.", f"나눗셈의 몫을 {form}로 나타내세요.\n{e}",
                 f"{a}{_p(str(a), '을/를')} {b}{_p(str(b), '으로/로')} 나눈 몫을 {form}로 쓰시오.")
    r = Fraction(a, b)
    ans = _fa(r, mixed=form == "대분수")
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="B", concepts=["나눗셈의 몫", form],
                   check=lambda: sympy.Rational(a, b) == sympy.Rational(r.numerator, r.denominator))


@family("6수01-10", "share-food-equally")
def _c0110_share(rng: random.Random) -> Problem:
    a, b = _nondiv(rng)
    food, u = rng.choice([("피자", "판"), ("케이크", "개"), ("파이", "개"), ("수박", "통"), ("식빵", "봉지"), ("떡", "판"), ("와플", "개")])
    who = rng.choice(["명", "모둠", "가족"])
    if who == "명":
        text = _pick(rng, f"{food} {a}{u}{_p(u, '을/를')} {b}명이 똑같이 나누어 먹으려고 합니다. 한 사람이 먹을 수 있는 {food}{_p(food, '은/는')} 몇 {u}입니까?",
                     f"{b}명의 친구가 {food} {a}{u}{_p(u, '을/를')} 남김없이 똑같이 나누었습니다. 한 명이 받은 양을 분수로 나타내세요.")
    elif who == "모둠":
        text = f"{food} {a}{u}{_p(u, '을/를')} {b}모둠에 똑같이 나누어 주려고 합니다. 한 모둠에 몇 {u}씩 주어야 하는지 분수로 나타내시오."
    else:
        text = f"{food} {a}{u}{_p(u, '을/를')} {b}가족이 똑같이 나누어 가졌습니다. 한 가족이 가진 {food}의 양은 몇 {u}입니까?"
    r = Fraction(a, b)
    return Problem(text=text, answer=f"{_fa(r)}{u}", format="word", difficulty=2, achievement_level="C", concepts=["나눗셈의 몫", "분수"],
                   check=lambda: r * b == a)


@family("6수01-10", "cut-or-pour-equally")
def _c0110_cut(rng: random.Random) -> Problem:
    a, b = _nondiv(rng)
    kind = rng.randrange(3)
    if kind == 0:
        thing = rng.choice(["끈", "철사", "리본", "색 테이프", "나무 막대"])
        text = f"길이가 {a} m인 {josa(thing, '을/를')} {b}도막으로 똑같이 잘랐습니다. 한 도막의 길이는 몇 m인지 분수로 나타내시오."
        u = " m"
    elif kind == 1:
        liq = rng.choice(["물", "우유", "주스", "식혜"])
        text = f"{liq} {a} L를 병 {b}개에 똑같이 나누어 담았습니다. 병 한 개에 담긴 {liq}{_p(liq, '은/는')} 몇 L입니까?"
        u = " L"
    else:
        text = f"무게가 같은 상자 {b}개의 무게를 모두 재었더니 {a} kg이었습니다. 상자 한 개의 무게는 몇 kg인지 분수로 구하시오."
        u = " kg"
    r = Fraction(a, b)
    return Problem(text=text, answer=f"{_fa(r)}{u}", format="word", difficulty=2, achievement_level="B" if a > b else "C",
                   concepts=["나눗셈의 몫", "분수"], check=lambda: r * b == a)


@family("6수01-10", "fill-dividend-or-divisor")
def _c0110_fill(rng: random.Random) -> Problem:
    a, b = _nondiv(rng, rng.random() < 0.6)
    while _gcd(a, b) != 1:
        a, b = _nondiv(rng, rng.random() < 0.6)
    kind = rng.randrange(3)
    st = _fs(pick_style(rng, ELEMENTARY_WEIGHTS))
    R = _raw(a, b, st)
    if kind == 0:
        line, ans = f"□ ÷ {b} = {R}", str(a)
    elif kind == 1:
        line, ans = f"{a} ÷ □ = {R}", str(b)
    else:
        line, ans = f"{R} = □ ÷ □", f"{a}, {b}"
    text = _pick(rng, f"□ 안에 알맞은 수를 써넣으세요.\n{line}", f"{line}\n□에 들어갈 수를 구하시오.")
    return Problem(text=text, answer=ans, format="fill", difficulty=1 if kind < 2 else 2, achievement_level="C", concepts=["나눗셈의 몫", "분수"],
                   check=lambda: Fraction(a, b) * b == a)


@family("6수01-10", "quotient-mcq")
def _c0110_mcq(rng: random.Random) -> Problem:
    a, b = _nondiv(rng)
    st = rng.choice(["unicode", "plain"])
    kind = rng.randrange(2)
    if kind == 0:
        target = Fraction(a, b)
        correct = _show([a, "/", b], st)
        wrong = [_show([b, "/", a], st), _show([a, "*", b], st), _show([a + b, "/", b], st), _show([a, "/", b + a], st),
                 _show([b, "-", a], st) if b > a else _show([a, "-", b], st)]
        text = _pick(rng, f"몫이 {_fa(target, mixed=False)}{_p(str(a), '과/와')} 같은 나눗셈은 어느 것입니까?",
                     f"{_fa(target, mixed=False)}{_p(str(a), '을/를')} 나눗셈식으로 바르게 나타낸 것을 고르시오.")
        ch = choices(rng, correct, [w for w in wrong if w != correct and Fraction(_sym([int(t) if t.isdigit() else {'÷': '/', '×': '*', '-': '-', '−': '-'}[t] for t in w.split()])) != target])
        chk = lambda: True  # noqa: E731
    else:
        big = rng.random() < 0.5
        target = _nondiv(rng, not big)
        pairs = [target]
        while len(pairs) < 5:
            p = _nondiv(rng, big)
            if p not in pairs:
                pairs.append(p)
        ch = choices(rng, _show([target[0], "/", target[1]], st), [_show([x, "/", y], st) for x, y in pairs[1:]])
        text = f"몫이 1보다 {'큰' if big else '작은'} 나눗셈은 어느 것입니까?"
        chk = lambda: sum((x > y) == big for x, y in pairs) == 1  # noqa: E731
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="B",
                   concepts=["나눗셈의 몫", "분수"], choice=ch, check=chk)


@family("6수01-10", "explain-with-picture")
def _c0110_explain(rng: random.Random) -> Problem:
    a, b = _nondiv(rng, rng.random() < 0.6)
    b = min(b, 8)
    if a % b == 0:
        a += 1
    thing = rng.choice(["색 테이프", "초콜릿", "떡", "피자", "종이띠"])
    text = _pick(rng,
                 f"{thing} {a}개를 {b}명이 똑같이 나누어 가지려고 합니다. 한 사람이 가지는 양을 분수로 나타내고, {thing} 한 개를 {b}등분하는 그림을 이용하여 그 까닭을 설명하시오.",
                 f"{a} ÷ {b}의 몫이 {a}/{b}{_p(str(a), '이/가')} 되는 까닭을 그림을 그려 설명해 보세요.")
    r = Fraction(a, b)
    return Problem(text=text, answer=_fa(r) + ("개" if "가지는 양" in text else ""), format="proof", difficulty=3, achievement_level="A",
                   concepts=["나눗셈의 몫", "분수"], check=lambda: r * b == a)


@family("6수01-10", "groups-table-compare")
def _c0110_table(rng: random.Random) -> Problem:
    k = rng.choice([3, 4])
    while True:
        rows = [_nondiv(rng) for _ in range(k)]
        vals = [Fraction(a, b) for a, b in rows]
        if len(set(vals)) == k:
            break
    labs = list("가나다라")[:k]
    thing = rng.choice(["케이크", "피자", "수박", "빵"])
    text = (f"모둠별로 {josa(thing, '을/를')} 똑같이 나누어 먹으려고 합니다.\n| 모둠 | {' | '.join(labs)} |\n"
            f"| {thing} 수(개) | {' | '.join(str(a) for a, _ in rows)} |\n| 모둠원 수(명) | {' | '.join(str(b) for _, b in rows)} |\n"
            + _pick(rng, "모둠원 한 사람이 먹는 양이 가장 많은 모둠은 어느 모둠입니까?", "한 사람이 먹는 양이 가장 적은 모둠을 찾아 쓰시오."))
    big = "많은" in text
    best = max(vals) if big else min(vals)
    ans = f"{labs[vals.index(best)]} 모둠"
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=["나눗셈의 몫", "분수의 크기 비교"],
                   also=["6수01-07"], check=lambda: sum(v == best for v in vals) == 1)


# =============================================================================================
# 6수01-11 분수의 나눗셈
# =============================================================================================

@family("6수01-11", "fraction-divided-by-whole")
def _c0111_fn(rng: random.Random) -> Problem:
    mixed = rng.random() < 0.35
    a = _proper(rng, 2, 12) + (rng.randint(1, 4) if mixed else 0)
    n = rng.randint(2, 9)
    if rng.random() < 0.4 and not mixed:
        a = Fraction(n * rng.randint(1, 3), rng.randint(n * 3 + 1, 40))
        while a >= 1 or a.numerator % n:
            a = Fraction(n * rng.randint(1, 3), rng.randint(n * 3 + 1, 40))
    st = pick_style(rng, ELEMENTARY_WEIGHTS) if not mixed else rng.choice(["latex", "plain"])
    toks = [a, "/", n]
    e = _show(toks, st)
    text = _pick(rng, f"계산하시오.\n{e}", f"{e}{_p(str(n), '을/를')} 계산하여 기약분수로 나타내세요.", f"다음 나눗셈의 몫을 구하시오.\n{e}",
                 f"{e} = □\n□ 안에 알맞은 수를 써넣으세요.")
    r = a / n
    return Problem(text=text, answer=_fa(r), format="computation", difficulty=1 if not mixed else 3, achievement_level="C" if not mixed else "B",
                   concepts=["분수의 나눗셈"] + (["대분수"] if mixed else []), check=lambda: _chk_eq(toks, r))


@family("6수01-11", "whole-divided-by-fraction")
def _c0111_nf(rng: random.Random) -> Problem:
    f = _proper(rng, 2, 9)
    k = rng.randint(1, 6)
    n = f.numerator * k if rng.random() < 0.7 else rng.randint(2, 12)
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    toks = [n, "/", f]
    e = _show(toks, st)
    text = _pick(rng, f"계산하시오.\n{e}", f"{e}의 몫을 구하시오.", f"다음을 계산하세요.\n{e}", f"□ 안에 알맞은 수를 써넣으세요.\n{e} = □")
    r = n / f
    return Problem(text=text, answer=_fa(r), format="computation", difficulty=2, achievement_level="B" if r.denominator > 1 else "C",
                   concepts=["분수의 나눗셈"], check=lambda: _chk_eq(toks, r))


@family("6수01-11", "fraction-divided-by-fraction-same-denominator")
def _c0111_same(rng: random.Random) -> Problem:
    d = rng.randint(5, 15)
    a, b = rng.sample(range(1, d), 2)
    A, B = Fraction(a, d), Fraction(b, d)
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    toks = [A, "/", B]
    e = _show(toks, st).replace(_fx(A, st, raw=True), _raw(a, d, st).strip("$")).replace(_fx(B, st, raw=True), _raw(b, d, st).strip("$"))
    who = names(rng, 1)[0]
    kind = rng.randrange(2)
    if kind == 0:
        text = _pick(rng, f"계산하시오.\n{e}", f"분모가 같은 분수의 나눗셈입니다. 분자끼리 나누어 몫을 구하시오.\n{e}")
        fmt = "computation"
    else:
        while True:
            d = rng.randint(5, 15)
            b = rng.randint(1, d // 3)
            a = b * rng.randint(2, 6)
            if a < 2 * d:
                break
        A, B = Fraction(a, d), Fraction(b, d)
        toks = [A, "/", B]
        thing = rng.choice(["리본", "색 테이프", "철사"])
        text = (f"{_N(who, '은/는')} 길이가 {_raw(a, d, st)} m인 {josa(thing, '을/를')} {_raw(b, d, st)} m씩 잘랐습니다. "
                f"자른 {thing} 조각은 몇 개인지 분수의 나눗셈으로 구하시오.")
        fmt = "word"
    r = Fraction(a, b)
    return Problem(text=text, answer=_fa(r) + ("개" if fmt == "word" else ""), format=fmt, difficulty=2, achievement_level="C", concepts=["분수의 나눗셈"],
                   check=lambda: _chk_eq(toks, r))


@family("6수01-11", "fraction-divided-by-fraction")
def _c0111_ff(rng: random.Random) -> Problem:
    while True:
        a, b = _proper(rng, 2, 12), _proper(rng, 2, 12)
        if a.denominator != b.denominator:
            break
    st = pick_style(rng, ELEMENTARY_WEIGHTS)
    toks = [a, "/", b]
    e = _show(toks, st)
    text = _pick(rng, f"계산하시오.\n{e}", f"{e}{_pf(b, '을/를')} 곱셈으로 나타내어 계산하시오.", f"다음 나눗셈의 몫을 기약분수로 나타내세요.\n{e}",
                 f"두 분수 {_F(a, st)}, {_F(b, st)}에 대하여 앞의 수를 뒤의 수로 나눈 몫을 구하시오.")
    r = a / b
    return Problem(text=text, answer=_fa(r), format="computation", difficulty=3, achievement_level="B", concepts=["분수의 나눗셈"],
                   check=lambda: _chk_eq(toks, r))


@family("6수01-11", "mixed-divided-by-mixed")
def _c0111_mm(rng: random.Random) -> Problem:
    a = _proper(rng, 2, 9) + rng.randint(1, 5)
    b = _proper(rng, 2, 9) + rng.randint(0, 2)
    if rng.random() < 0.3:
        b = Fraction(rng.randint(2, 6))
    st = rng.choice(["latex", "latex", "plain"])
    toks = [a, "/", b]
    e = _show(toks, st)
    text = _pick(rng, f"계산하시오.\n{e}", f"다음을 계산하여 대분수로 나타내세요.\n{e}", f"{e}의 계산 결과는 얼마입니까?")
    r = a / b
    return Problem(text=text, answer=_fa(r), format="computation", difficulty=3, achievement_level="B", concepts=["분수의 나눗셈", "대분수"],
                   check=lambda: _chk_eq(toks, r))


@family("6수01-11", "how-many-portions")
def _c0111_portions(rng: random.Random) -> Problem:
    while True:
        part = _proper(rng, 2, 10)
        k = rng.randint(2, 12)
        total = part * k
        if total.denominator != 1 or rng.random() < 0.3:
            break
    st = _fs(pick_style(rng, (0.3, 0.2, 0.5)))
    ctx = rng.randrange(4)
    T, P = _F(total, st), _F(part, st)
    if ctx == 0:
        text = f"주스 {T} L를 한 컵에 {P} L씩 나누어 담으려고 합니다. 필요한 컵은 몇 개입니까?"
        ans = f"{k}개"
    elif ctx == 1:
        text = f"길이가 {T} m인 끈을 {P} m씩 자르면 몇 도막이 됩니까?"
        ans = f"{k}도막"
    elif ctx == 2:
        text = f"쌀 {T} kg을 한 봉지에 {P} kg씩 담으면 몇 봉지가 됩니까?"
        ans = f"{k}봉지"
    else:
        text = f"한 사람이 하루에 {P} 시간씩 봉사 활동을 합니다. 봉사 활동 시간이 모두 {T} 시간이 되려면 며칠 동안 해야 합니까?".replace(" 시간", "시간")
        ans = f"{k}일"
    if total.denominator == 1:
        text = text.replace(f"{T} kg을", f"{T} kg을")
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="B", concepts=["분수의 나눗셈"],
                   check=lambda: _chk_eq([total, "/", part], Fraction(k)))


@family("6수01-11", "amount-per-one-unit")
def _c0111_rate(rng: random.Random) -> Problem:
    t = _proper(rng, 2, 8) + rng.choice([0, 0, 1])
    q = _proper(rng, 2, 8) + rng.randint(1, 6)
    st = _fs(pick_style(rng, (0.3, 0.2, 0.5)))
    ctx = rng.randrange(4)
    r = q / t
    T, Q = _F(t, st), _F(q, st)
    if ctx == 0:
        text = f"자전거를 타고 {T}시간 동안 {Q} km를 달렸습니다. 같은 빠르기로 달린다면 1시간 동안 몇 km를 달릴 수 있습니까?"
        ans = f"{_fa(r)} km"
    elif ctx == 1:
        text = f"페인트 {T} L로 벽 {Q} m²를 칠했습니다. 페인트 1 L로 칠할 수 있는 벽의 넓이는 몇 m²입니까?"
        ans = f"{_fa(r)} m²"
    elif ctx == 2:
        text = f"굵기가 일정한 철근 {T} m의 무게가 {Q} kg입니다. 이 철근 1 m의 무게는 몇 kg입니까?"
        ans = f"{_fa(r)} kg"
    else:
        text = f"수도꼭지에서 {T}분 동안 물이 {Q} L 나왔습니다. 1분 동안 나오는 물의 양은 몇 L입니까?"
        ans = f"{_fa(r)} L"
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="A", concepts=["분수의 나눗셈"],
                   check=lambda: _chk_eq([q, "/", t], r))


@family("6수01-11", "quotient-size-mcq")
def _c0111_mcq(rng: random.Random) -> Problem:
    a = _proper(rng, 3, 9) + rng.choice([0, 0, 1])
    divisors = list(dict.fromkeys([_proper(rng, 2, 8) for _ in range(6)] + [Fraction(rng.randint(2, 6)), _proper(rng, 2, 6) + 1, a]))
    rng.shuffle(divisors)
    divisors = divisors[:5]
    qs = [a / d for d in divisors]
    big = rng.random() < 0.5
    best = max(qs) if big else min(qs)
    if qs.count(best) != 1:
        best = max(qs)
        big = True
    st = rng.choice(["plain", "latex"])
    opts = [_show([a, "/", d], st) for d in divisors]
    correct = opts[qs.index(best)]
    ch = choices(rng, correct, [o for o in opts if o != correct], n=len(opts))
    text = _pick(rng, f"몫이 가장 {'큰' if big else '작은'} 것은 어느 것입니까?", f"계산 결과가 가장 {'큰' if big else '작은'} 나눗셈을 고르시오.")
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="A", concepts=["분수의 나눗셈"],
                   choice=ch, check=lambda: sum(q == best for q in qs) == 1)


@family("6수01-11", "missing-factor")
def _c0111_fill(rng: random.Random) -> Problem:
    x = _proper(rng, 2, 9) + rng.choice([0, 1])
    b = _proper(rng, 2, 9)
    kind = rng.randrange(3)
    st = rng.choice(["latex", "plain"])
    if kind == 0:
        prod = x * b
        line = f"{_show(['□', '*', b], st, wrap=False)} = {_fx(prod, st, raw=True)}"
    elif kind == 1:
        prod = x / b
        line = f"{_show(['□', '/', b], st, wrap=False)} = {_fx(prod, st, raw=True)}"
    else:
        prod = b * x
        line = f"{_show([b, '*', '□'], st, wrap=False)} = {_fx(prod, st, raw=True)}"
    if st == "latex":
        line = f"${line}$"
    text = _pick(rng, f"□ 안에 알맞은 수를 써넣으세요.\n{line}", f"{line}\n□의 값을 구하시오.", f"어떤 수를 □라고 할 때 다음 식이 성립합니다. □에 알맞은 수는 얼마입니까?\n{line}")
    return Problem(text=text, answer=_fa(x), format="fill", difficulty=3, achievement_level="B", concepts=["분수의 나눗셈", "분수의 곱셈"],
                   check=lambda: (x * b == prod) if kind != 1 else (x / b == prod))


@family("6수01-11", "explain-division-method")
def _c0111_explain(rng: random.Random) -> Problem:
    who = names(rng, 1)[0]
    kind = rng.randrange(3)
    a, b = _proper(rng, 2, 9), _proper(rng, 2, 9)
    while a.denominator == b.denominator:
        b = _proper(rng, 2, 9)
    r = a / b
    if kind == 0:
        text = (f"{a.numerator}/{a.denominator} ÷ {b.numerator}/{b.denominator}{_p(str(b.numerator), '을/를')} 두 분수를 통분하여 분자끼리 나누는 방법과, "
                f"나누는 분수의 분모와 분자를 바꾸어 곱하는 방법으로 각각 계산하고 결과를 비교하시오.")
        chk = True
    elif kind == 1:
        wrong = a * b
        text = (f"{_N(who, '은/는')} {a.numerator}/{a.denominator} ÷ {b.numerator}/{b.denominator}{_p(str(b.numerator), '을/를')} "
                f"{a.numerator}/{a.denominator} × {b.numerator}/{b.denominator} = {_fa(wrong, mixed=False)}{_p(str(wrong.numerator), '이라/라')}고 계산했습니다. "
                f"잘못된 점을 설명하고 바르게 계산하시오.")
        chk = wrong != r
    else:
        n = rng.randint(2, 6)
        a = Fraction(rng.randint(1, 5), rng.randint(6, 11))
        r = a / n
        text = (f"{a.numerator}/{a.denominator} ÷ {n}의 몫이 {a.numerator}/{a.denominator} × 1/{n}의 곱과 같은 까닭을, "
                f"전체를 {n}등분한 것 중의 하나라는 뜻을 이용하여 설명하고 몫을 구하시오.")
        chk = True
    return Problem(text=text, answer=_fa(r), format="proof", difficulty=3, achievement_level="A", concepts=["분수의 나눗셈"],
                   check=lambda: bool(chk) and r == (a / b if kind < 2 else a / n))


# =============================================================================================
# 6수01-12 분수와 소수의 관계와 크기 비교
# =============================================================================================

_TERM_DEN = (2, 4, 5, 8, 10, 20, 25, 50, 100, 125, 250)


def _term_frac(rng: random.Random, whole: int = 0, dens: tuple[int, ...] = _TERM_DEN) -> Fraction:
    while True:
        d = rng.choice(dens)
        n = rng.randint(1, d - 1)
        if _gcd(n, d) == 1:
            return Fraction(n, d) + whole


@family("6수01-12", "fraction-to-decimal")
def _c0112_f2d(rng: random.Random) -> Problem:
    w = rng.choice([0, 0, 0, rng.randint(1, 5)])
    f = _term_frac(rng, w, (2, 4, 5, 8, 20, 25, 50) if w == 0 else (2, 4, 5, 20, 25))
    st = _fs(pick_style(rng, ELEMENTARY_WEIGHTS))
    korean = rng.random() < 0.15
    F_ = _F(f, st, korean=korean)
    text = _pick(rng, f"{F_}{_pf(f, '을/를')} 소수로 나타내시오.", f"분수를 소수로 나타내세요.\n{F_}", f"{F_} = □\n□ 안에 알맞은 소수를 써넣으세요.",
                 f"{F_}{_pf(f, '을/를')} 분모가 10, 100, 1000인 분수로 고쳐서 소수로 나타내시오.")
    return Problem(text=text, answer=_d(f), format="computation", difficulty=1 if f.denominator in (2, 4, 5) else 2,
                   achievement_level="C", concepts=["분수와 소수의 관계"], check=lambda: float(_d(f)) == float(f))


@family("6수01-12", "decimal-to-fraction")
def _c0112_d2f(rng: random.Random) -> Problem:
    w = rng.choice([0, 0, rng.randint(1, 6)])
    f = _term_frac(rng, w, (2, 4, 5, 8, 10, 20, 25, 50, 100, 125, 250, 500))
    s = _d(f)
    form = "기약분수" if w == 0 else rng.choice(["기약분수", "대분수"])
    text = _pick(rng, f"{s}{_p(s, '을/를')} {form}로 나타내시오.", f"소수 {s}{_p(s, '을/를')} {form}로 나타내세요.",
                 f"{s} = □\n□ 안에 알맞은 {form}를 써넣으세요.")
    if w and form == "기약분수":
        text = text.replace("기약분수로", "기약분수(가분수 또는 대분수)로").replace("알맞은 기약분수를", "알맞은 기약분수를")
    ans = _fa(f)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="C" if f.denominator <= 10 else "B",
                   concepts=["분수와 소수의 관계", "기약분수"], check=lambda: sympy.nsimplify(s) == sympy.Rational(f.numerator, f.denominator))


@family("6수01-12", "compare-fraction-and-decimal")
def _c0112_sign(rng: random.Random) -> Problem:
    f = _term_frac(rng, rng.choice([0, 0, 1]))
    kind = rng.random()
    if kind < 0.3:
        x = f
    else:
        delta = Fraction(rng.choice([1, 2, 3, 5, 10]), rng.choice([100, 1000]))
        x = f + delta if rng.random() < 0.5 else f - delta
        if x <= 0:
            x = f + delta
    st = _fs(pick_style(rng, ELEMENTARY_WEIGHTS))
    left_frac = rng.random() < 0.5
    L, R = (_F(f, st), _d(x)) if left_frac else (_d(x), _F(f, st))
    sign = _cmp(f, x) if left_frac else _cmp(x, f)
    text = _pick(rng, f"두 수의 크기를 비교하여 ○ 안에 >, =, <를 알맞게 써넣으세요.\n{L} ○ {R}",
                 f"(  ) 안에 >, =, < 중 알맞은 것을 써넣으시오.\n{L} (  ) {R}",
                 f"{L} □ {R}\n□ 안에 알맞은 기호를 쓰시오.")
    return Problem(text=text, answer=sign, format="fill", difficulty=2, achievement_level="C", concepts=["분수와 소수의 크기 비교"],
                   check=lambda: (float(f) > float(x)) == (sign == (">" if left_frac else "<")))


@family("6수01-12", "order-fractions-and-decimals")
def _c0112_order(rng: random.Random) -> Problem:
    while True:
        vals = [_term_frac(rng, 0, (2, 4, 5, 8, 20, 25)) for _ in range(2)] + [Fraction(rng.randint(1, 99), 100) for _ in range(2)]
        if len(set(vals)) == 4:
            break
    show = [(_F(v, "plain") if i < 2 else _d(v)) for i, v in enumerate(vals)]
    order = list(range(4))
    rng.shuffle(order)
    shown = [show[i] for i in order]
    vv = [vals[i] for i in order]
    desc = rng.random() < 0.5
    text = _pick(rng, f"{'큰' if desc else '작은'} 수부터 차례로 쓰시오.\n{', '.join(shown)}",
                 f"다음 수들을 {'큰' if desc else '작은'} 것부터 순서대로 늘어놓으세요.\n{'   '.join(shown)}")
    srt = sorted(range(4), key=lambda i: vv[i], reverse=desc)
    ans = ", ".join(shown[i] for i in srt)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="B", concepts=["분수와 소수의 크기 비교"],
                   check=lambda: sorted(vv, reverse=desc) == [vv[i] for i in srt])


@family("6수01-12", "largest-or-smallest-mcq")
def _c0112_mcq(rng: random.Random) -> Problem:
    while True:
        fr = [_term_frac(rng, 0, (2, 4, 5, 8, 20, 25, 50)) for _ in range(3)]
        de = [Fraction(rng.randint(1, 99), 100) for _ in range(2)]
        vals = fr + de
        if len(set(vals)) == 5:
            break
    texts = [_fa(v) for v in fr] + [_d(v) for v in de]
    big = rng.random() < 0.5
    best = max(vals) if big else min(vals)
    correct = texts[vals.index(best)]
    ch = choices(rng, correct, [t for t in texts if t != correct])
    text = _pick(rng, f"가장 {'큰' if big else '작은'} 수는 어느 것입니까?", f"다음 중 크기가 가장 {'큰' if big else '작은'} 수를 고르시오.")
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="B",
                   concepts=["분수와 소수의 크기 비교"], choice=ch, check=lambda: vals.count(best) == 1)


@family("6수01-12", "who-has-more")
def _c0112_word(rng: random.Random) -> Problem:
    w = rng.randint(0, 3)
    f = _term_frac(rng, w, (2, 4, 5, 8, 20, 25))
    while True:
        x = f + Fraction(rng.choice([-3, -2, -1, 1, 2, 3]) * rng.choice([1, 5, 10]), 100)
        if x > 0 and x != f:
            break
    a, b = names(rng, 2)
    ctx = rng.choice([("우유를 ", "L", "마셨습니다", "더 많이 마신", "더 많이 마셨습니까"), ("끈을 ", "m", "사용했습니다", "더 많이 사용한", "더 많이 사용했습니까"),
                      ("감자를 ", "kg", "캤습니다", "더 많이 캔", "더 많이 캤습니까"), ("", "km", "달렸습니다", "더 멀리 달린", "더 멀리 달렸습니까")])
    st = _fs(pick_style(rng, (0.3, 0.2, 0.5)))
    tail = "를" if not ctx[0] else ""
    text = (f"{_N(a, '은/는')} {ctx[0]}{_F(f, st)} {ctx[1]}, {_N(b, '은/는')} {_d(x)} {ctx[1]}{tail} {ctx[2]}. "
            + _pick(rng, f"{ctx[3]} 사람은 누구입니까?", f"누가 {ctx[4]}?"))
    ans = a if f > x else b
    return Problem(text=text, answer=ans, format="word", difficulty=2 if w == 0 else 3, achievement_level="C" if w == 0 else "B",
                   concepts=["분수와 소수의 크기 비교"], check=lambda: (float(f) > float(x)) == (ans == a))


@family("6수01-12", "explain-comparison")
def _c0112_explain(rng: random.Random) -> Problem:
    kind = rng.randrange(2)
    who = names(rng, 1)[0]
    if kind == 0:
        d = rng.choice([3, 6, 7, 9, 11])
        n = rng.randint(1, d - 1)
        while _gcd(n, d) != 1:
            n = rng.randint(1, d - 1)
        f = Fraction(n, d)
        x = Fraction(int(f * 10), 10) if rng.random() < 0.5 else Fraction(int(f * 10) + 1, 10)
        if x == 0:
            x = Fraction(1, 10)
        text = (f"{n}/{d}{_p(str(n), '과/와')} {_d(x)} 중 어느 수가 더 큰지 비교하려고 합니다. {n}/{d}{_p(str(n), '은/는')} 소수로 딱 떨어지게 나타내기 어렵습니다. "
                f"{_d(x)}{_p(_d(x), '을/를')} 분수로 바꾸어 두 수의 크기를 비교하고, 그 방법을 설명하시오.")
        big = f if f > x else x
        ans = f"{_fa(big) if big == f else _d(big)}{_p(str(big.numerator) if big == f else _d(big), '이/가')} 더 크다"
        chk = f != x
    else:
        f = _term_frac(rng, 0, (4, 5, 8, 20, 25))
        x = f + Fraction(rng.choice([-1, 1]) * rng.choice([1, 2, 5]), 100)
        while x <= 0:
            x = f + Fraction(1, 100)
        wrong = _pick(rng, "분수는 소수보다 항상 작다", "분모가 큰 분수일수록 크다")
        text = (f"{_N(who, '은/는')} \"{wrong}\"라고 생각해서 {_fa(f)}{_pf(f, '과/와')} {_d(x)}의 크기를 잘못 비교했습니다. "
                f"두 수를 같은 방법으로 나타내어 바르게 비교하고, 어떻게 비교했는지 설명하세요.")
        ans = f"{_fa(f)} {_cmp(f, x)} {_d(x)}"
        chk = True
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="A", concepts=["분수와 소수의 크기 비교"],
                   check=lambda: bool(chk))


@family("6수01-12", "records-table")
def _c0112_table(rng: random.Random) -> Problem:
    k = rng.choice([3, 4])
    while True:
        vals = [Fraction(rng.randint(100, 200), 100) for _ in range(k)]
        if len(set(vals)) == k and any((v * 20).denominator == 1 for v in vals):
            break
    ppl = names(rng, k)
    shown = []
    for v in vals:
        if (v * 20).denominator == 1 and v.denominator != 1 and rng.random() < 0.6:
            shown.append(_fa(v))
        else:
            shown.append(_d(v))
    if all("/" not in s for s in shown):
        i = next(i for i, v in enumerate(vals) if (v * 20).denominator == 1 and v.denominator != 1) if any(
            (v * 20).denominator == 1 and v.denominator != 1 for v in vals) else None
        if i is None:
            vals[0] = Fraction(3, 2)
            i = 0
        shown[i] = _fa(vals[i])
    ev = rng.choice([("멀리뛰기 기록(m)", True), ("제자리멀리뛰기 기록(m)", True), ("50 m 달리기 기록(초)", False)])
    if not ev[1]:
        vals = [v + 7 for v in vals]
        shown = [(_fa(v) if "/" in s else _d(v)) for v, s in zip(vals, shown, strict=True)]
    text = (f"친구들의 기록을 나타낸 표입니다.\n| 이름 | {' | '.join(ppl)} |\n| {ev[0]} | {' | '.join(shown)} |\n"
            + _pick(rng, "기록이 가장 좋은 사람은 누구입니까?", "기록이 좋은 사람부터 차례로 이름을 쓰시오."))
    order = sorted(range(k), key=lambda i: vals[i], reverse=ev[1])
    ans = ppl[order[0]] if "가장" in text else ", ".join(ppl[i] for i in order)
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="B", concepts=["분수와 소수의 크기 비교"],
                   check=lambda: len(set(vals)) == k)


@family("6수01-12", "via-tenths-and-hundredths")
def _c0112_steps(rng: random.Random) -> Problem:
    d = rng.choice([2, 4, 5, 20, 25, 50])
    n = rng.randint(1, d - 1)
    while _gcd(n, d) != 1:
        n = rng.randint(1, d - 1)
    f = Fraction(n, d)
    D = 10 if 10 % d == 0 else 100
    st = _fs(pick_style(rng, ELEMENTARY_WEIGHTS))
    if st == "latex":
        line = f"$\\frac{{{n}}}{{{d}}} = \\frac{{{n} \\times □}}{{{d} \\times □}} = \\frac{{□}}{{{D}}}$ = □"
    else:
        line = f"{n}/{d} = ({n} × □)/({d} × □) = □/{D} = □"
    text = _pick(rng, f"분수를 소수로 나타내는 과정입니다. □ 안에 알맞은 수를 차례로 써넣으세요.\n{line}",
                 f"{line}\n분모를 {D}{_p(str(D), '으로/로')} 고쳐 소수로 나타내려고 합니다. □에 들어갈 수를 순서대로 쓰시오.")
    k = D // d
    ans = f"{k}, {k}, {n * k}, {_d(f)}"
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="C", concepts=["분수와 소수의 관계"],
                   check=lambda: Fraction(n * k, D) == f)
