"""Generators for 9수01 (수와 연산, 중학교): 9수01-01 … 9수01-10.

Private helpers (module-local, prefixed ``_``):

* ``_r(s, style)`` renders a small ASCII math notation in the chosen style: ``^3`` exponent,
  ``*`` ×, ``:`` ÷, ``[p|q]`` fraction, ``<=``/``>=``/``!=``, ``+-`` ±, ``√5`` / ``√(…)`` roots,
  ``pi`` π and ``0.1{23}`` for a repeating decimal (dots over the first and last digit of the
  period in LaTeX / Unicode, the digits written out with … in plain text).  LaTeX comes back
  wrapped in ``$…$``.
* ``_jm(mini, pair, style)`` renders ``mini`` and attaches the particle the way the expression
  is read aloud (``2^3`` → 세제곱 → 을, ``[3|4]`` → 4분의 3 → 을).
* ``_q`` / ``_qp`` write a rational number (``Fraction``) in the mini notation, the latter in
  parentheses with an explicit sign as 1학년 textbooks print ``(+2/3) + (−1/4)``.
"""

from __future__ import annotations

import math as _math
import random
import re
from fractions import Fraction

import sympy as sp

from mathtag.corpus.generators.base import Problem, family
from mathtag.corpus.korean import josa, name, names
from mathtag.corpus.mcq import choices, with_choices
from mathtag.corpus.notation import pick_style

_SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_FR = re.compile(r"\[([^\[\]|]+)\|([^\[\]|]+)\]")
_REP = re.compile(r"(\d*)\.(\d*)\{(\d+)\}")


# -- notation ------------------------------------------------------------------------------------
def _rep_render(m: re.Match[str], st: str) -> str:
    ip, nr, rp = m.group(1), m.group(2), m.group(3)
    if st == "latex":
        r = f"\\dot{{{rp}}}" if len(rp) == 1 else f"\\dot{{{rp[0]}}}{rp[1:-1]}\\dot{{{rp[-1]}}}"
    elif st == "unicode":
        r = rp + "\u0307" if len(rp) == 1 else rp[0] + "\u0307" + rp[1:-1] + rp[-1] + "\u0307"
    else:
        reps = max(2, -(-5 // len(rp)))
        r = rp * reps + "…"
    return f"{ip}.{nr}{r}"


def _needs_paren(t: str) -> bool:
    t = t.strip()
    return bool(re.search(r"[+\-−×÷*: ]", t[1:]))


def _r(s: str, st: str) -> str:
    """Render the mini notation ``s`` in style ``st`` (latex / unicode / plain)."""
    t = _REP.sub(lambda m: _rep_render(m, st), s)
    if st == "latex":
        t = re.sub(r"\^\(([^()]+)\)", r"^{\1}", t)
        t = re.sub(r"\^(\w+)", r"^{\1}", t)
        while _FR.search(t):
            t = _FR.sub(lambda m: f"\\frac{{{m.group(1).strip()}}}{{{m.group(2).strip()}}}", t)
        t = re.sub(r"√\(([^()]+)\)", r"\\sqrt{\1}", t)
        t = re.sub(r"√(\w+)", r"\\sqrt{\1}", t)
        t = t.replace("<=", " \\le ").replace(">=", " \\ge ").replace("!=", " \\ne ")
        t = t.replace("+-", "\\pm ").replace("±", "\\pm ")
        t = t.replace("*", " \\times ").replace(":", " \\div ")
        t = t.replace("⟨", "\\{").replace("⟩", "\\}")
        t = re.sub(r"(?<![a-z\\])pi(?![a-z])", r"\\pi ", t)
        t = re.sub(r" {2,}", " ", t).replace(" }", "}").strip()
        return f"${t}$"

    def fr(m: re.Match[str]) -> str:
        p, q = m.group(1).strip(), m.group(2).strip()
        p = f"({p})" if _needs_paren(p) else p
        q = f"({q})" if _needs_paren(q) else q
        return f"{p}/{q}"

    while _FR.search(t):
        t = _FR.sub(fr, t)
    t = t.replace("*", "×").replace(":", "÷").replace("+-", "±").replace("⟨", "{").replace("⟩", "}")
    t = re.sub(r"(?<![a-z])pi(?![a-z])", "π", t)
    if st == "unicode":
        t = re.sub(r"\^\((-?\d+)\)", lambda m: m.group(1).translate(_SUP), t)
        t = re.sub(r"\^(\d+)", lambda m: m.group(1).translate(_SUP), t)
        t = t.replace("<=", "≤").replace(">=", "≥").replace("!=", "≠").replace("-", "−")
    return t


def _proxy(mini: str) -> str:
    """The word whose last syllable decides the particle after ``mini`` read aloud."""
    t = mini.strip().rstrip(")]}|$ ")
    if re.search(r"\^\(?-?\w+$", t):
        return "곱"
    m = re.search(r"\[([^\[\]|]+)\|[^\[\]|]+$", t)
    if m:
        return _proxy(m.group(1))
    if t.endswith("pi"):
        return "파이"
    return t or "영"


def _jm(mini: str, pair: str, st: str) -> str:
    """``mini`` rendered in ``st`` followed by the right particle."""
    p = _proxy(mini)
    return _r(mini, st) + (josa(p, pair)[len(p):] if "/" in pair else pair)


def _pj(mini: str, pair: str) -> str:
    """Only the particle for ``mini``."""
    p = _proxy(mini)
    return josa(p, pair)[len(p):]


def _q(x: Fraction | int, plus: bool = False) -> str:
    """A rational in mini notation: ``-[3|4]``, ``5``, with ``plus`` an explicit ``+``."""
    x = Fraction(x)
    sg = "-" if x < 0 else ("+" if plus and x > 0 else "")
    a = abs(x)
    body = str(a.numerator) if a.denominator == 1 else f"[{a.numerator}|{a.denominator}]"
    return sg + body


def _qp(x: Fraction | int, plus: bool = True) -> str:
    """A signed rational in parentheses, ``(+[2|3])`` / ``(-5)``; 0 stays bare."""
    return f"({_q(x, plus)})" if x != 0 else "0"


def _qa(x: Fraction | int) -> str:
    """Answer text of a rational: ``-3/4``."""
    x = Fraction(x)
    return str(x.numerator) if x.denominator == 1 else f"{x.numerator}/{x.denominator}"


def _sym(mini: str) -> sp.Expr:
    """Parse the mini notation (no repeating decimals) into an exact sympy number/expression."""
    t = mini.replace("⟨", "(").replace("⟩", ")").replace("−", "-")
    while _FR.search(t):
        t = _FR.sub(r"((\1)/(\2))", t)
    t = re.sub(r"√\(([^()]+)\)", r"sqrt(\1)", t)
    t = re.sub(r"√(\d+)", r"sqrt(\1)", t)
    t = re.sub(r"\|([^|]+)\|", r"Abs(\1)", t)
    t = t.replace(":", "/").replace("^", "**")
    return sp.sympify(t, rational=True)


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보세요."])
    if what == "나타내":
        return rng.choice(["나타내시오.", "나타내세요.", "나타내어라.", "나타내 보시오."])
    if what == "고르":
        return rng.choice(["고르시오.", "고르세요.", "골라라.", "모두 고르시오."])
    if what == "설명":
        return rng.choice(["설명하시오.", "설명하세요.", "설명해 보시오.", "이유를 들어 설명하시오."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보세요."])


def _nz(rng: random.Random, lo: int, hi: int, exclude: tuple[int, ...] = (0,)) -> int:
    return rng.choice([k for k in range(lo, hi + 1) if k not in exclude])


# ================================================================================================
# 9수01-01 소인수분해
# ================================================================================================
_PR = (2, 3, 5, 7, 11, 13)


def _fz(fac: dict[int, int]) -> str:
    """Prime factorisation in mini notation: ``2^3 * 3 * 5``."""
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(fac.items()))


def _fz_plain(fac: dict[int, int]) -> str:
    return _r(_fz(fac), "plain").replace(" ", "")


def _val(fac: dict[int, int]) -> int:
    v = 1
    for p, e in fac.items():
        v *= p**e
    return v


def _rand_fac(rng: random.Random, lo: int = 12, hi: int = 1500, k: tuple[int, int] = (2, 3)) -> dict[int, int]:
    while True:
        ps = sorted(rng.sample(_PR[:5] if rng.random() < 0.8 else _PR, rng.randint(*k)))
        fac = {p: rng.randint(1, 4 if p == 2 else (3 if p in (3, 5) else 2)) for p in ps}
        if lo <= _val(fac) <= hi and sum(fac.values()) >= 3:
            return fac


def _ndiv(fac: dict[int, int]) -> int:
    out = 1
    for e in fac.values():
        out *= e + 1
    return out


@family("9수01-01", "factorize-number")
def _f0101_factorize(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fac = _rand_fac(rng)
    n = _val(fac)
    form = rng.randrange(5)
    if form == 0:
        text = f"다음 수를 소인수분해 {rng.choice(['하시오.', '하세요.', '하여라.'])}\n{n}"
    elif form == 1:
        text = f"{josa(str(n), '을/를')} 소인수분해 하여 소인수의 곱으로 {_end(rng, '나타내')} (같은 소인수의 곱은 거듭제곱으로 나타낼 것)"
    elif form == 2:
        text = f"{josa(str(n), '을/를')} 소인수들만의 곱으로 나타낸 식을 {_end(rng, '쓰')}"
    elif form == 3:
        text = f"자연수 {josa(str(n), '을/를')} 소인수분해 한 결과를 거듭제곱을 사용하여 {_end(rng, '쓰')}"
    else:
        text = f"다음 □ 안에 알맞은 식을 써넣으시오. (단, 소인수의 곱으로 나타낸다.)\n{_r(f'{n} = □', st)}"
    big = n > 300
    return Problem(text=text, answer=_fz_plain(fac), format="fill" if form == 4 else "computation",
                   difficulty=2 if big else 1, achievement_level="D" if big else "E",
                   concepts=["소인수분해", "소인수", "거듭제곱"],
                   check=lambda: sp.factorint(n) == fac)


@family("9수01-01", "prime-factors-of")
def _f0101_primefactors(rng: random.Random) -> Problem:
    fac = _rand_fac(rng, 30, 3000)
    n = _val(fac)
    ps = sorted(fac)
    form = rng.randrange(4)
    if form == 0:
        text = rng.choice([f"{n}의 소인수를 모두 {_end(rng, '구')}", f"{n}의 소인수를 모두 {_end(rng, '쓰')}",
                           f"자연수 {n}의 소인수를 빠짐없이 구하면?"])
        ans = ", ".join(map(str, ps))
    elif form == 1:
        text = rng.choice([f"{n}의 모든 소인수의 합을 {_end(rng, '구')}", f"{n}의 소인수들을 모두 더하면 얼마입니까?"])
        ans = str(sum(ps))
    elif form == 2:
        text = rng.choice([f"{n}의 소인수 중에서 가장 큰 수를 {_end(rng, '구')}", f"{n}의 가장 큰 소인수는 무엇입니까?"])
        ans = str(max(ps))
    else:
        text = rng.choice([f"{n}의 소인수는 모두 몇 개입니까?", f"{n}의 서로 다른 소인수의 개수를 {_end(rng, '구')}"])
        ans = str(len(ps))
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["소인수", "소인수분해"],
                   check=lambda: sp.primefactors(n) == ps)


_NONPRIME_TRAPS = (1, 9, 15, 21, 25, 27, 33, 35, 39, 49, 51, 57, 63, 69, 77, 81, 87, 91, 93, 99)


@family("9수01-01", "primes-in-a-list")
def _f0101_primes_list(rng: random.Random) -> Problem:
    form = rng.randrange(4)
    primes = [p for p in range(2, 100) if sp.isprime(p)]
    if form < 3:
        k = rng.randint(2, 4)
        nums = rng.sample(primes, k) + rng.sample(_NONPRIME_TRAPS, rng.randint(3, 5))
        rng.shuffle(nums)
        lst = ", ".join(map(str, nums))
        if form == 0:
            text = rng.choice([f"다음 수 중에서 소수는 모두 몇 개입니까?\n{lst}",
                               f"다음 중 소수의 개수를 {_end(rng, '구')}\n{lst}"])
            ans = str(k)
        elif form == 1:
            text = rng.choice([f"다음 수 중에서 합성수를 모두 찾아 그 개수를 {_end(rng, '구')}\n{lst}",
                               f"보기의 수 중 합성수는 몇 개인지 {_end(rng, '구')}\n<보기> {lst}"])
            ans = str(sum(1 for v in nums if v > 1 and not sp.isprime(v)))
        else:
            text = rng.choice([f"다음 수 중 소수인 것을 모두 골라 그 합을 {_end(rng, '구')}\n{lst}",
                               f"다음에서 소수만 모두 더한 값은 얼마입니까?\n{lst}"])
            ans = str(sum(v for v in nums if sp.isprime(v)))
        return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="E",
                       concepts=["소수", "합성수"],
                       check=lambda: all((v in primes) == sp.isprime(v) for v in nums))
    p = rng.choice([p for p in primes if p > 20])
    wrong = [str(v) for v in rng.sample(_NONPRIME_TRAPS, 6)]
    ch = choices(rng, str(p), wrong, sort_key=int)
    text = with_choices(rng.choice(["다음 중 소수인 것은?", "다음 수 중에서 소수를 고르면?", "다음 중 약수가 2개뿐인 수는?"]), ch)
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["소수", "합성수"], choice=ch,
                   check=lambda: [sp.isprime(int(o)) for o in ch.options].count(True) == 1)


@family("9수01-01", "exponents-from-factorization")
def _f0101_exponents(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fac = _rand_fac(rng, 40, 3000, (2, 3))
    n = _val(fac)
    ps = sorted(fac)
    letters = ["a", "b", "c"][: len(ps)]
    form = rng.randrange(3)
    if form == 0 or any(fac[p] == 1 for p in ps[:-1]):
        # last prime possibly unknown base
        mini = " * ".join(f"{p}^{L}" for p, L in zip(ps, letters, strict=True))
        text = (f"{josa(str(n), '을/를')} 소인수분해 하면 {_r(f'{mini}', st)}일 때, "
                f"자연수 {', '.join(letters)}에 대하여 {'+'.join(letters)}의 값을 {_end(rng, '구')}")
        ans = str(sum(fac.values()))
        chk = sum(fac.values())
    elif form == 1:
        mini = " * ".join([f"{p}^a" if i == 0 else (f"{p}^{fac[p]}" if fac[p] > 1 else str(p)) for i, p in enumerate(ps[:-1])] + ["b"])
        text = (f"{_r(f'{n} = {mini}', st)}일 때, 자연수 a와 소수 b에 대하여 a+b의 값을 {_end(rng, '구')}")
        ans = str(fac[ps[0]] + ps[-1]) if fac[ps[-1]] == 1 else None
        if ans is None:
            return _f0101_exponents(rng)
        chk = fac[ps[0]] + ps[-1]
    else:
        mini = " * ".join(f"{p}^□" if fac[p] > 1 else str(p) for p in ps)
        text = (f"다음은 {josa(str(n), '을/를')} 소인수분해 한 것이다. □ 안에 알맞은 수를 차례로 {_end(rng, '쓰')}\n"
                f"{_r(f'{n} = {mini}', st)}")
        ans = ", ".join(str(fac[p]) for p in ps if fac[p] > 1)
        chk = None
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["소인수분해", "지수", "거듭제곱"],
                   check=lambda: sp.factorint(n) == fac and (chk is None or int(ans) == chk))


@family("9수01-01", "make-perfect-square")
def _f0101_square(rng: random.Random) -> Problem:
    while True:
        fac = _rand_fac(rng, 40, 2000, (2, 3))
        odd = [p for p, e in fac.items() if e % 2]
        if odd:
            break
    n = _val(fac)
    need = _math.prod(odd)
    op_mul = rng.random() < 0.6
    w = name(rng)
    if op_mul:
        text = rng.choice([
            f"{n}에 가능한 한 작은 자연수 a를 곱하여 어떤 자연수의 제곱이 되게 하려고 한다. a의 값을 {_end(rng, '구')}",
            f"{n} × x가 어떤 자연수의 제곱이 되도록 하는 가장 작은 자연수 x는 무엇입니까?",
            f"{josa(w, '은/는')} {n}에 어떤 자연수를 곱해서 같은 수를 두 번 곱한 꼴로 만들려고 합니다. 곱해야 하는 가장 작은 자연수를 {_end(rng, '구')}",
        ])
        chk = min(x for x in range(1, n + 1) if sp.sqrt(n * x).is_integer)
    else:
        text = rng.choice([
            f"{josa(str(n), '을/를')} 가장 작은 자연수 a로 나누어 어떤 자연수의 제곱이 되게 하려고 한다. a의 값을 {_end(rng, '구')}",
            f"{n} ÷ x가 자연수의 제곱이 되도록 하는 가장 작은 자연수 x를 {_end(rng, '구')}",
        ])
        chk = min(x for x in sp.divisors(n) if sp.sqrt(n // x).is_integer)
    return Problem(text=text, answer=str(need), format="word", difficulty=4 if len(odd) > 1 else 3,
                   achievement_level="B" if len(odd) > 1 else "C", concepts=["소인수분해", "거듭제곱"],
                   check=lambda: chk == need)


@family("9수01-01", "number-of-divisors")
def _f0101_divisors(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fac = _rand_fac(rng, 30, 2500, (2, 3))
    n = _val(fac)
    form = rng.randrange(3)
    if form == 0:
        text = rng.choice([f"{_r(_fz(fac), st)}의 약수의 개수를 {_end(rng, '구')}",
                           f"소인수분해를 이용하여 {_jm(_fz(fac), '의', st)} 약수는 모두 몇 개인지 {_end(rng, '구')}"])
        ans, lvl, d = str(_ndiv(fac)), "C", 2
    elif form == 1:
        text = rng.choice([f"{n}의 약수는 모두 몇 개입니까?",
                           f"소인수분해를 이용하여 {n}의 약수의 개수를 {_end(rng, '구')}"])
        ans, lvl, d = str(_ndiv(fac)), "C", 3
    else:
        ps = sorted(fac)
        p0 = ps[0]
        mini = " * ".join(f"{p}^□" if p == p0 else (f"{p}^{e}" if e > 1 else str(p)) for p, e in sorted(fac.items()))
        text = (f"{_r(mini, st)}의 약수의 개수가 {_ndiv(fac)}개일 때, □ 안에 알맞은 자연수를 {_end(rng, '구')}")
        ans, lvl, d = str(fac[p0]), "B", 3
    return Problem(text=text, answer=ans, format="fill" if form == 2 else "computation", difficulty=d,
                   achievement_level=lvl, concepts=["소인수분해", "약수"],
                   check=lambda: len(sp.divisors(n)) == _ndiv(fac))


@family("9수01-01", "power-notation")
def _f0101_powers(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.randrange(4)
    if form == 0:
        p, q = rng.sample([2, 3, 5, 7], 2)
        a, b = rng.randint(2, 5), rng.randint(2, 4)
        seq = [str(p)] * a + [str(q)] * b
        if rng.random() < 0.4:
            rng.shuffle(seq)
        text = f"다음을 거듭제곱을 사용하여 {_end(rng, '나타내')}\n{_r(' * '.join(seq), st)}"
        ans = _r(_fz({p: a, q: b}), "plain").replace(" ", "")
        chk = _math.prod(int(s) for s in seq) == p**a * q**b
        lvl, d = "E", 1
    elif form == 1:
        d_ = rng.choice([2, 3, 5, 7])
        k = rng.randint(3, 5)
        seq = [f"[1|{d_}]"] * k
        text = f"{_jm(' * '.join(seq), '을/를', st)} 거듭제곱으로 {_end(rng, '나타내')}"
        ans = f"(1/{d_})^{k}"
        chk = Fraction(1, d_) ** k == Fraction(1, d_**k)
        lvl, d = "E", 1
    elif form == 2:
        b_, e_ = rng.choice([(2, rng.randint(4, 7)), (3, rng.randint(3, 5)), (5, rng.randint(2, 4)), (7, 3)])
        text = f"{_r(f'{b_}^{e_}', st)}에서 밑과 지수를 각각 {_end(rng, '쓰')}"
        ans = f"밑: {b_}, 지수: {e_}"
        chk = True
        lvl, d = "E", 1
    else:
        (b1, e1), (b2, e2) = rng.sample([(2, 5), (2, 6), (3, 4), (5, 3), (2, 7), (3, 3), (7, 2), (2, 4), (5, 2)], 2)
        if b1 == b2:
            return _f0101_powers(rng)
        text = (f"{_r(f'{b1}^a = {b1**e1}', st)}, {_r(f'{b2}^b = {b2**e2}', st)}을 만족시키는 "
                f"자연수 a, b에 대하여 a+b의 값을 {_end(rng, '구')}")
        ans = str(e1 + e2)
        chk = sp.log(b1**e1, b1) + sp.log(b2**e2, b2) == e1 + e2
        lvl, d = "D", 2
    return Problem(text=text, answer=ans, format="computation" if form != 3 else "fill", difficulty=d,
                   achievement_level=lvl, concepts=["거듭제곱", "밑", "지수"], check=lambda: bool(chk))


def _wrong_factorization(rng: random.Random, fac: dict[int, int]) -> str | None:
    n = _val(fac)
    kind = rng.randrange(3)
    ps = sorted(fac)
    if kind == 0:  # a composite factor left in
        p = ps[0]
        if fac[p] >= 2:
            f2 = dict(fac)
            f2[p] -= 2
            rest = _fz({k: v for k, v in f2.items() if v})
            return f"{n} = {p * p} * {rest}" if rest else None
        return None
    if kind == 1:  # wrong exponent
        f2 = dict(fac)
        p = rng.choice(ps)
        f2[p] += rng.choice([-1, 1]) if f2[p] > 1 else 1
        return f"{n} = {_fz(f2)}"
    f2 = dict(fac)  # exponent and base swapped
    p = rng.choice(ps)
    if f2[p] > 1 and f2[p] != p and f2[p] not in f2:
        return f"{n} = " + " * ".join(f"{f2[k]}^{k}" if k == p else (f"{k}^{v}" if v > 1 else str(k)) for k, v in sorted(f2.items()))
    return None


@family("9수01-01", "mcq-correct-factorization")
def _f0101_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    find_right = rng.random() < 0.6
    opts_ok, opts_bad = [], []
    while len(opts_ok) < (1 if find_right else 4) or len(opts_bad) < (4 if find_right else 1):
        fac = _rand_fac(rng, 12, 400)
        n = _val(fac)
        if any(f"{n} =" in o for o in opts_ok + opts_bad):
            continue
        if len(opts_ok) < (1 if find_right else 4) and rng.random() < 0.5:
            opts_ok.append(f"{n} = {_fz(fac)}")
        else:
            w = _wrong_factorization(rng, fac)
            if w and len(opts_bad) < (4 if find_right else 1):
                opts_bad.append(w)
    correct = opts_ok[0] if find_right else opts_bad[0]
    others = opts_bad if find_right else opts_ok
    ch = choices(rng, _r(correct, st), [_r(o, st) for o in others])
    stem = rng.choice(["다음 중 소인수분해를 바르게 한 것은?", "다음 중 자연수를 소인수분해 한 결과가 옳은 것은?"]) if find_right \
        else rng.choice(["다음 중 소인수분해를 잘못한 것은?", "다음 중 소인수분해 한 결과가 옳지 않은 것은?"])

    def ok() -> bool:
        good = []
        for o in [correct, *others]:
            lhs, rhs = o.split(" = ")
            fac2: dict[int, int] = {}
            valid = True
            for part in rhs.split(" * "):
                b, _, e = part.partition("^")
                if not sp.isprime(int(b)):
                    valid = False
                fac2[int(b)] = fac2.get(int(b), 0) + (int(e) if e else 1)
            good.append(valid and _val(fac2) == int(lhs))
        return good.count(True) == (1 if find_right else 4) and good[0] == find_right

    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["소인수분해", "소인수"], choice=ch, check=ok)


@family("9수01-01", "which-is-a-divisor")
def _f0101_divisor_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fac = {2: rng.randint(2, 4), 3: rng.randint(1, 3), rng.choice([5, 7]): rng.randint(1, 2)}
    n = _val(fac)
    divs = [d for d in sp.divisors(n) if d > 1 and len(sp.factorint(d)) >= 1 and d != n]
    nondiv = []
    for p in fac:
        f2 = {q: rng.randint(0, e) for q, e in fac.items()}
        f2[p] = fac[p] + 1
        nondiv.append({k: v for k, v in f2.items() if v})
    extra = rng.choice([11, 13])
    nondiv.append({2: 1, extra: 1})
    find_div = rng.random() < 0.5
    if find_div:
        right = {k: v for k, v in sp.factorint(rng.choice(divs)).items()}
        wrong = [_r(_fz(f), st) for f in nondiv]
        stem = f"다음 중 {_jm(_fz(fac), '의', st)} 약수인 것은?"
    else:
        right = rng.choice(nondiv)
        pool = [d for d in divs if sp.factorint(d) != right]
        wrong = [_r(_fz(sp.factorint(d)), st) for d in rng.sample(pool, 6)]
        stem = rng.choice([f"다음 중 {_jm(_fz(fac), '의', st)} 약수가 아닌 것은?",
                           f"자연수 {_r(_fz(fac), st)}의 약수가 될 수 없는 것은?"])
    ch = choices(rng, _r(_fz(right), st), wrong)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["소인수분해", "약수"], choice=ch,
                   check=lambda: (n % _val(right) == 0) == find_div)


@family("9수01-01", "ladder-division-fill")
def _f0101_ladder(rng: random.Random) -> Problem:
    fac = _rand_fac(rng, 40, 900, (2, 3))
    n = _val(fac)
    steps = []
    m = n
    for p in sorted(fac):
        for _ in range(fac[p]):
            steps.append((p, m))
            m //= p
    m = steps.pop()[0]  # stop when the quotient is prime
    hide = sorted(rng.sample(range(1, len(steps)), min(2, len(steps) - 1)))
    lines = []
    for i, (p, v) in enumerate(steps):
        lines.append(f"{p} ) {'(   )' if i in hide else v}")
    lines.append(f"      {m}")
    body = "\n".join(lines)
    text = rng.choice([
        f"다음은 {josa(str(n), '을/를')} 소수로 나누어 소인수분해 하는 과정이다. (   ) 안에 알맞은 수를 위에서부터 차례로 쓰고, 소인수분해 한 결과를 {_end(rng, '쓰')}\n{body}",
        f"{josa(name(rng), '이/가')} {josa(str(n), '을/를')} 나누어떨어지는 소수로 계속 나누었습니다. 빈칸에 알맞은 수를 차례로 쓰고 {josa(str(n), '을/를')} 소인수분해 하세요.\n{body}",
    ])
    ans = ", ".join(str(steps[i][1]) for i in hide) + f" / {n} = {_fz_plain(fac)}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["소인수분해", "소인수"],
                   check=lambda: all(steps[i][1] == n // _math.prod(s[0] for s in steps[:i]) for i in range(len(steps)))
                   and sp.isprime(m) and _math.prod(s[0] for s in steps) * m == n)


# ================================================================================================
# 9수01-02 최대공약수와 최소공배수 (소인수분해 이용)
# ================================================================================================
def _gcd_fac(*fs: dict[int, int]) -> dict[int, int]:
    common = set(fs[0]).intersection(*fs[1:])
    return {p: min(f[p] for f in fs) for p in common}


def _lcm_fac(*fs: dict[int, int]) -> dict[int, int]:
    allp = set().union(*fs)
    return {p: max(f.get(p, 0) for f in fs) for p in allp}


def _pair_facs(rng: random.Random, k: int = 2, hi: int = 2000) -> list[dict[int, int]]:
    while True:
        fs = [_rand_fac(rng, 12, hi, (1, 3)) for _ in range(k)]
        g = _gcd_fac(*fs)
        if g and len({_val(f) for f in fs}) == k and all(_val(f) != _val(g) for f in fs[:1]):
            return fs


def _fzv(fac: dict[int, int]) -> str:
    """Factored form and value for answers: ``2^2×3 (=12)``."""
    v = _val(fac)
    s = _fz_plain(fac) if fac else "1"
    return s if s == str(v) else f"{s} (={v})"


@family("9수01-02", "gcd-of-factored")
def _f0102_gcd_factored(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fs = _pair_facs(rng)
    g = _gcd_fac(*fs)
    a, b = (_r(_fz(f), st) for f in fs)
    text = rng.choice([
        f"두 수 {a}, {b}의 최대공약수를 소인수의 거듭제곱의 곱으로 {_end(rng, '나타내')}",
        f"다음 두 수의 최대공약수를 {_end(rng, '구')}\n{a},   {b}",
        f"{_jm(_fz(fs[0]), '과/와', st)} {_jm(_fz(fs[1]), '의', st)} 최대공약수는 얼마입니까?",
    ])
    return Problem(text=text, answer=_fzv(g), format="computation", difficulty=1, achievement_level="E",
                   concepts=["최대공약수", "소인수분해", "거듭제곱"],
                   check=lambda: sp.gcd(_val(fs[0]), _val(fs[1])) == _val(g))


@family("9수01-02", "lcm-of-factored")
def _f0102_lcm_factored(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fs = _pair_facs(rng, hi=600)
    lc = _lcm_fac(*fs)
    a, b = (_r(_fz(f), st) for f in fs)
    text = rng.choice([
        f"두 수 {a}, {b}의 최소공배수를 소인수의 거듭제곱의 곱으로 {_end(rng, '나타내')}",
        f"다음 두 수의 최소공배수를 {_end(rng, '구')}\n{a},   {b}",
        f"{_jm(_fz(fs[0]), '과/와', st)} {_jm(_fz(fs[1]), '의', st)} 최소공배수를 거듭제곱을 써서 {_end(rng, '나타내')}",
    ])
    return Problem(text=text, answer=_fzv(lc), format="computation", difficulty=1, achievement_level="E",
                   concepts=["최소공배수", "소인수분해", "거듭제곱"],
                   check=lambda: sp.lcm(_val(fs[0]), _val(fs[1])) == _val(lc))


@family("9수01-02", "gcd-lcm-of-numbers")
def _f0102_numbers(rng: random.Random) -> Problem:
    fs = _pair_facs(rng, hi=400)
    m, n = sorted(_val(f) for f in fs)
    g, lc = _math.gcd(m, n), _math.lcm(m, n)
    form = rng.randrange(4)
    if form == 0:
        text = f"소인수분해를 이용하여 {josa(str(m), '과/와')} {n}의 최대공약수와 최소공배수를 각각 {_end(rng, '구')}"
        ans = f"최대공약수: {g}, 최소공배수: {lc}"
    elif form == 1:
        text = rng.choice([f"{josa(str(m), '과/와')} {josa(str(n), '을/를')} 각각 소인수분해 하여 두 수의 최대공약수를 {_end(rng, '구')}",
                           f"두 수 {m}, {n}의 최대공약수는 얼마입니까? (소인수분해를 이용할 것)"])
        ans = str(g)
    elif form == 2:
        text = rng.choice([f"두 자연수 {m}, {n}의 최소공배수를 소인수분해를 이용하여 {_end(rng, '구')}",
                           f"{josa(str(m), '과/와')} {n}의 최소공배수는 얼마인지 소인수분해를 이용하여 {_end(rng, '구')}"])
        ans = str(lc)
    else:
        text = f"두 수 {m}, {n}의 최대공약수를 G, 최소공배수를 L이라 할 때, L ÷ G의 값을 {_end(rng, '구')}"
        ans = str(lc // g)
    return Problem(text=text, answer=ans, format="computation", difficulty=2 if form < 3 else 3,
                   achievement_level="D" if form < 3 else "C", concepts=["최대공약수", "최소공배수", "소인수분해"],
                   check=lambda: sp.gcd(m, n) * sp.lcm(m, n) == m * n and g == sp.gcd(m, n))


@family("9수01-02", "three-numbers")
def _f0102_three(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fs = _pair_facs(rng, 3, hi=800)
    g, lc = _gcd_fac(*fs), _lcm_fac(*fs)
    want_g = rng.random() < 0.5
    lst = ", ".join(_r(_fz(f), st) for f in fs) if rng.random() < 0.6 else ", ".join(str(_val(f)) for f in fs)
    what = "최대공약수" if want_g else "최소공배수"
    text = rng.choice([
        f"세 수 {lst}의 {josa(what, '을/를')} {_end(rng, '구')}",
        f"다음 세 수의 {what}는?\n{lst}",
        f"소인수분해를 이용하여 {lst}의 {josa(what, '을/를')} 구하면 얼마입니까?",
    ])
    ans = _fzv(g if want_g else lc)
    vals = [_val(f) for f in fs]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=[what, "소인수분해"],
                   check=lambda: (sp.gcd(sp.gcd(*vals[:2]), vals[2]) if want_g else sp.lcm(sp.lcm(*vals[:2]), vals[2])) == _val(g if want_g else lc))


@family("9수01-02", "unknown-exponents")
def _f0102_unknown(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q = 2, rng.choice([3, 5])
    r_ = rng.choice([x for x in (3, 5, 7) if x != q])
    a1, b2 = rng.randint(1, 4), rng.randint(1, 3)
    a2, b1 = rng.choice([k for k in range(1, 5) if k != a1]), rng.choice([k for k in range(1, 4) if k != b2])
    f1 = {p: a1, q: b1}
    f2 = {p: a2, q: b2, r_: 1}
    g, lc = _gcd_fac(f1, f2), _lcm_fac(f1, f2)
    A = f"{p}^a * {q}^{b1}" if b1 > 1 else f"{p}^a * {q}"
    B = f"{p}^{a2} * {q}^b * {r_}" if a2 > 1 else f"{p} * {q}^b * {r_}"
    text = rng.choice([
        f"두 수 {_r(A, st)}, {_r(B, st)}의 최대공약수가 {_r(_fz(g), st)}이고 최소공배수가 {_r(_fz(lc), st)}일 때, 자연수 a, b에 대하여 a+b의 값을 {_end(rng, '구')}",
        f"{_jm(A, '과/와', st)} {_jm(B, '의', st)} 최대공약수는 {_r(_fz(g), st)}이고, 최소공배수는 {_r(_fz(lc), st)}이다. 이때 a, b의 값을 각각 {_end(rng, '구')}",
    ])
    two = "a, b의 값" in text
    ans = f"a={a1}, b={b2}" if two else str(a1 + b2)

    def ok() -> bool:
        sols = [(x, y) for x in range(1, 8) for y in range(1, 8)
                if sp.gcd(p**x * q**b1, p**a2 * q**y * r_) == _val(g) and sp.lcm(p**x * q**b1, p**a2 * q**y * r_) == _val(lc)]
        return sols == [(a1, b2)]

    return Problem(text=text, answer=ans, format="fill", difficulty=4, achievement_level="B",
                   concepts=["최대공약수", "최소공배수", "지수"], check=ok)


@family("9수01-02", "common-divisors")
def _f0102_common_div(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fs = _pair_facs(rng, hi=1500)
    g = _gcd_fac(*fs)
    if _val(g) < 4:
        return _f0102_common_div(rng)
    vals = [_val(f) for f in fs]
    shown = [_r(_fz(f), st) for f in fs] if rng.random() < 0.6 else [str(v) for v in vals]
    form = rng.randrange(3)
    if form == 0:
        text = rng.choice([f"두 수 {shown[0]}, {shown[1]}의 공약수의 개수를 {_end(rng, '구')}",
                           f"두 수 {shown[0]}, {shown[1]}의 공약수는 모두 몇 개입니까?"])
        ans = str(_ndiv(g))
    elif form == 1:
        text = f"두 수 {shown[0]}, {shown[1]}의 공약수를 모두 {_end(rng, '구')}"
        ans = ", ".join(map(str, sp.divisors(_val(g))))
    else:
        text = (f"두 수 {shown[0]}, {shown[1]}의 공약수 중에서 가장 큰 수와 두 번째로 큰 수의 합을 {_end(rng, '구')}")
        dv = sp.divisors(_val(g))
        ans = str(dv[-1] + dv[-2])
    common = [d for d in range(1, min(vals) + 1) if vals[0] % d == 0 and vals[1] % d == 0]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["공약수", "최대공약수", "소인수분해"],
                   check=lambda: common == list(sp.divisors(_val(g))))


@family("9수01-02", "common-multiple-mcq")
def _f0102_multiple_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fs = _pair_facs(rng, hi=300)
    lc = _lcm_fac(*fs)
    find_not = rng.random() < 0.6
    mults = []
    for extra in ({}, {2: 1}, {3: 1}, {5: 1}, {7: 1}, {3: 2}, {2: 2}):
        f = dict(lc)
        for k, v in extra.items():
            f[k] = f.get(k, 0) + v
        mults.append(f)
    nons = []
    for p in lc:
        f = dict(lc)
        f[p] -= 1
        f = {k: v for k, v in f.items() if v}
        f[11] = f.get(11, 0) + rng.choice([0, 1])
        nons.append({k: v for k, v in f.items() if v})
    nons.append(_gcd_fac(*fs) | {next(q for q in (7, 11, 13, 17) if q not in lc): 1})
    if find_not:
        right, wrong = rng.choice(nons), rng.sample(mults, 4)
        stem = f"다음 중 두 수 {_r(_fz(fs[0]), st)}, {_r(_fz(fs[1]), st)}의 공배수가 아닌 것은?"
    else:
        right, wrong = rng.choice(mults), rng.sample(nons, min(4, len(nons)))
        if len(wrong) < 4:
            return _f0102_multiple_mcq(rng)
        stem = f"다음 중 두 수 {_r(_fz(fs[0]), st)}, {_r(_fz(fs[1]), st)}의 공배수인 것은?"
    try:
        ch = choices(rng, _r(_fz(right), st), [_r(_fz(w), st) for w in wrong])
    except ValueError:
        return _f0102_multiple_mcq(rng)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["공배수", "최소공배수", "소인수분해"], choice=ch,
                   check=lambda: (_val(right) % sp.lcm(_val(fs[0]), _val(fs[1])) == 0) != find_not)


@family("9수01-02", "gcd-times-lcm")
def _f0102_product(rng: random.Random) -> Problem:
    while True:
        g = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15])
        x, y = rng.sample(range(1, 12), 2)
        if _math.gcd(x, y) == 1 and g * x * y <= 600:
            break
    A, B = g * x, g * y
    L = g * x * y
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([
            f"두 자연수 A, B의 최대공약수가 {g}, 최소공배수가 {L}이다. A = {A}일 때, B의 값을 {_end(rng, '구')}",
            f"두 자연수 {josa(str(A), '과/와')} B의 최대공약수는 {g}이고, 최소공배수는 {L}이다. 자연수 B를 {_end(rng, '구')}",
        ])
        ans = str(B)
        chk = lambda: _math.gcd(A, B) == g and _math.lcm(A, B) == L and all(  # noqa: E731
            not (_math.gcd(A, b) == g and _math.lcm(A, b) == L) for b in range(1, L + 1) if b != B)
    else:
        text = rng.choice([
            f"두 자연수의 곱이 {A * B}이고 최대공약수가 {g}일 때, 두 수의 최소공배수를 {_end(rng, '구')}",
            f"최대공약수가 {g}인 두 자연수의 곱이 {A * B}이다. 이 두 수의 최소공배수는 얼마입니까?",
        ])
        ans = str(L)
        chk = lambda: A * B // g == L  # noqa: E731
    return Problem(text=text, answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["최대공약수", "최소공배수"], check=chk)


@family("9수01-02", "coprime-pairs")
def _f0102_coprime(rng: random.Random) -> Problem:
    pool = [(a, b) for a in range(4, 60) for b in range(a + 1, 70)]
    co = [p for p in pool if _math.gcd(*p) == 1 and not sp.isprime(p[0]) and not sp.isprime(p[1])]
    nco = [p for p in pool if _math.gcd(*p) > 1 and _math.gcd(*p) not in p]
    find_co = rng.random() < 0.6
    if find_co:
        right, wrong = rng.choice(co), rng.sample(nco, 4)
        stem = rng.choice(["다음 중 두 수가 서로소인 것은?", "다음 두 수 중 최대공약수가 1인 것은?"])
    else:
        right, wrong = rng.choice(nco), rng.sample(co, 4)
        stem = rng.choice(["다음 중 두 수가 서로소가 아닌 것은?", "다음 중 서로소인 두 수가 아닌 것은?"])
    fmt = lambda p: f"{p[0]}, {p[1]}"  # noqa: E731
    ch = choices(rng, fmt(right), [fmt(w) for w in wrong])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["서로소", "최대공약수"], choice=ch,
                   check=lambda: (sp.gcd(*right) == 1) == find_co)


@family("9수01-02", "fill-aligned-process")
def _f0102_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fs = _pair_facs(rng, hi=500)
    m, n = (_val(f) for f in fs)
    g, lc = _gcd_fac(*fs), _lcm_fac(*fs)
    want = rng.choice(["g", "l", "both"])
    if want != "l" and len(g) == 1 and max(g.values()) == 1:
        want = "l"
    lines = [_r(f"{m} = {_fz(fs[0])}", st), _r(f"{n} = {_fz(fs[1])}", st)]
    ans = []
    if want in ("g", "both"):
        lines.append(f"(최대공약수) = {_r(_fz(g), st)} = (   )")
        ans.append(str(_val(g)))
    if want in ("l", "both"):
        lines.append(f"(최소공배수) = {_r(_fz(lc), st)} = (   )")
        ans.append(str(_val(lc)))
    text = rng.choice([
        "다음은 소인수분해를 이용하여 두 수의 {w}를 구하는 과정이다. (   ) 안에 알맞은 수를 {e}\n{b}",
        "두 수를 소인수분해 하여 아래와 같이 정리하였다. 빈칸 (   )에 알맞은 수를 {e}\n{b}",
    ]).format(w={"g": "최대공약수", "l": "최소공배수", "both": "최대공약수와 최소공배수"}[want], e=_end(rng, "쓰"), b="\n".join(lines))
    return Problem(text=text, answer=", ".join(ans), format="fill", difficulty=1, achievement_level="E",
                   concepts=["최대공약수", "최소공배수", "소인수분해"],
                   check=lambda: [int(a) for a in ans] == ([sp.gcd(m, n)] if want != "l" else []) + ([sp.lcm(m, n)] if want != "g" else []))


@family("9수01-02", "explain-error")
def _f0102_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    fs = _pair_facs(rng, hi=800)
    g, lc = _gcd_fac(*fs), _lcm_fac(*fs)
    who = name(rng)
    mistake = rng.choice(["gcd-max", "lcm-min"])
    if mistake == "gcd-max":
        bad = {p: max(f.get(p, 0) for f in fs) for p in g}
        if bad == g:
            return _f0102_explain(rng)
        claim, q = f"최대공약수는 {_r(_fz(bad), st)}", _pj(_fz(bad), "이라/라")
        right = f"공통인 소인수의 지수가 같지 않으면 작은 것을 택해야 하므로 최대공약수는 {_fz_plain(g)}이다."
    else:
        bad = {p: min(f.get(p, 0) for f in fs) for p in _lcm_fac(*fs)}
        bad = {k: v for k, v in bad.items() if v}
        if bad == lc:
            return _f0102_explain(rng)
        bm = _fz(bad) if bad else "1"
        claim, q = f"최소공배수는 {_r(bm, st)}", _pj(bm, "이라/라")
        right = f"공통인 소인수는 지수가 크거나 같은 것을, 공통이 아닌 소인수는 모두 택해야 하므로 최소공배수는 {_fz_plain(lc)}이다."
    text = rng.choice([
        f"{josa(who, '은/는')} 두 수 {_r(_fz(fs[0]), st)}, {_r(_fz(fs[1]), st)}에 대하여 '{claim}'{q}고 답하였다. {who}의 풀이에서 잘못된 점을 찾아 바르게 고치고, 그 까닭을 {rng.choice(['설명하시오.', '설명하세요.', '써 보시오.'])}",
        f"다음은 {who}의 풀이이다.\n두 수: {_r(_fz(fs[0]), st)}, {_r(_fz(fs[1]), st)}\n답: {claim}\n틀린 부분을 찾고 옳은 답을 구하는 방법을 {_end(rng, '설명')}",
    ])
    return Problem(text=text, answer=right, format="proof", difficulty=3, achievement_level="A",
                   concepts=["최대공약수", "최소공배수", "소인수분해", "지수"],
                   check=lambda: sp.gcd(_val(fs[0]), _val(fs[1])) == _val(g) and sp.lcm(_val(fs[0]), _val(fs[1])) == _val(lc))


# ================================================================================================
# 9수01-03 양수와 음수, 정수와 유리수
# ================================================================================================
# (positive phrase, negative phrase, unit, number-format) — the sign convention of a context
_CTX = (
    ("영상 {n}", "영하 {n}", "°C"), ("해발 {n}", "해저 {n}", " m"), ("수입 {n}", "지출 {n}", "원"),
    ("지상 {n}", "지하 {n}", "층"), ("{n} 이익", "{n} 손해", "원"), ("{n} 증가", "{n} 감소", "명"),
    ("출발 {n} 후", "출발 {n} 전", "분"), ("동쪽으로 {n}", "서쪽으로 {n}", " km"),
    ("{n} 득점", "{n} 실점", "점"), ("{n} 입금", "{n} 출금", "원"), ("{n} 상승", "{n} 하락", "%"),
    ("정가보다 {n} 비쌈", "정가보다 {n} 쌈", "원"), ("기준보다 {n} 무거움", "기준보다 {n} 가벼움", " g"),
)


def _ctx_amount(rng: random.Random, unit: str) -> int:
    if unit == "원":
        return rng.choice([500, 1000, 1500, 2000, 3000, 5000, 12000, 25000])
    if unit == "층":
        return rng.randint(1, 9)
    if unit == " m":
        return rng.choice([120, 350, 800, 1950, 2744, 4000])
    return rng.randint(2, 30)


_UNIT_READ = {"°C": "도", "%": "트", "m": "터", "km": "터", "g": "램"}


def _uj(word: str, pair: str) -> str:
    """``word`` + particle, reading a trailing unit symbol (°C → 도, km → 킬로미터)."""
    w = word.rstrip("'")
    for u in sorted(_UNIT_READ, key=len, reverse=True):
        if w.endswith(u):
            r = _UNIT_READ[u]
            return word + josa(r, pair)[len(r):]
    return josa(word, pair)


@family("9수01-03", "sign-for-context")
def _f0103_context(rng: random.Random) -> Problem:
    pos, neg, unit = rng.choice(_CTX)
    n1, n2 = _ctx_amount(rng, unit), _ctx_amount(rng, unit)
    u = unit.strip()
    nf = lambda v: f"{v:,}{unit}"  # noqa: E731
    P1, N2 = f"'{pos.format(n=nf(n1))}'", f"'{neg.format(n=nf(n2))}'"
    form = rng.randrange(3)
    if form == 0:
        text = rng.choice([
            f"{_uj(P1, '을/를')} {_uj(f'+{n1:,}{u}', '으로/로')} 나타낼 때, {_uj(N2, '을/를')} 부호를 사용하여 {_end(rng, '나타내')}",
            f"{_uj(P1, '을/를')} 양의 부호 +를 사용하여 {_uj(f'+{n1:,}{u}', '으로/로')} 나타내기로 하였다. 이때 {_uj(N2, '은/는')} 어떻게 나타낼 수 있습니까?",
        ])
        ans = f"-{n2:,}{u}"
    elif form == 1:
        N1, P2 = f"'{neg.format(n=nf(n1))}'", f"'{pos.format(n=nf(n2))}'"
        if rng.random() < 0.5:
            text = f"{_uj(N1, '을/를')} {_uj(f'−{n1:,}{u}', '으로/로')} 나타낼 때, {_uj(P2, '을/를')} 부호를 사용하여 {_end(rng, '나타내')}"
            ans = f"+{n2:,}{u}"
        else:
            text = f"다음을 양의 부호 또는 음의 부호를 사용하여 {_end(rng, '나타내')}\n(1) {pos.format(n=nf(n1))}   (2) {neg.format(n=nf(n2))}"
            ans = f"(1) +{n1:,}{u} (2) -{n2:,}{u}"
    else:
        k = _ctx_amount(rng, unit) if unit in ("원", " m") else rng.randint(1, 20)
        text = rng.choice([
            f"{_uj(P1, '을/를')} {_uj(f'+{n1:,}{u}', '으로/로')} 나타낼 때, {_uj(f'−{k}{u}', '은/는')} 무엇을 뜻하는지 {_end(rng, '쓰')}",
            f"{_uj(f'+{n1:,}{u}', '이/가')} {_uj(P1, '을/를')} 뜻한다면, {_uj(f'−{k}{u}', '은/는')} 어떤 뜻입니까?",
        ])
        ans = neg.format(n=nf(k))
    sign_ok = ans.startswith(("-", "+", "(")) or ans == neg.format(n=nf(int(re.search(r"−([\d,]+)", text).group(1).replace(",", ""))))
    return Problem(text=text, answer=ans, format="word", difficulty=1, achievement_level="E",
                   concepts=["양수", "음수", "양의 부호", "음의 부호"], check=lambda: sign_ok)


# numbers for classification: (mini, value, is "written as a fraction/decimal")
def _num_pool(rng: random.Random) -> list[tuple[str, Fraction]]:
    pool: list[tuple[str, Fraction]] = []
    for _ in range(3):
        v = rng.randint(1, 12)
        pool.append((rng.choice([f"+{v}", str(v)]), Fraction(v)))
    for _ in range(2):
        v = rng.randint(1, 12)
        pool.append((f"-{v}", Fraction(-v)))
    pool.append(("0", Fraction(0)))
    d = rng.choice([2, 3, 4, 5, 7])
    k = rng.randint(1, 4)
    pool.append((f"-[{d * k}|{d}]", Fraction(-k)))
    pool.append((f"[{d * (k + 1)}|{d}]", Fraction(k + 1)))
    for _ in range(3):
        nu, de = rng.randint(1, 9), rng.choice([2, 3, 4, 5, 6, 7])
        if nu % de == 0:
            nu += 1
        sg = rng.choice(["+", "-", ""])
        pool.append((f"{sg}[{nu}|{de}]", Fraction(nu, de) * (-1 if sg == "-" else 1)))
    for _ in range(2):
        v = Fraction(rng.randint(1, 49), 10)
        if v.denominator == 1:
            v += Fraction(1, 10)
        sg = rng.choice(["+", "-"])
        pool.append((f"{sg}{float(v):g}", v * (-1 if sg == "-" else 1)))
    uniq: dict[Fraction, tuple[str, Fraction]] = {}
    for it in pool:
        uniq.setdefault(it[1], it)
    return list(uniq.values())


_CATS = {
    "양수": lambda v: v > 0, "음수": lambda v: v < 0, "정수": lambda v: v.denominator == 1,
    "양의 정수": lambda v: v.denominator == 1 and v > 0, "음의 정수": lambda v: v.denominator == 1 and v < 0,
    "정수가 아닌 유리수": lambda v: v.denominator != 1, "음의 유리수": lambda v: v < 0, "자연수": lambda v: v.denominator == 1 and v > 0,
}


@family("9수01-03", "classify-and-count")
def _f0103_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pool = _num_pool(rng)
    nums = rng.sample(pool, rng.randint(6, 8))
    cat = rng.choice(list(_CATS))
    cnt = sum(1 for _, v in nums if _CATS[cat](v))
    lst = ", ".join(_r(m, st) for m, _ in nums) if st != "latex" else "$" + ",\\ ".join(_r(m, st)[1:-1] for m, _ in nums) + "$"
    text = rng.choice([
        f"다음 수 중에서 {josa(cat, '은/는')} 모두 몇 개인지 {_end(rng, '구')}\n{lst}",
        f"다음 수 중 {cat}의 개수를 a라 할 때, a의 값을 {_end(rng, '구')}\n{lst}",
        f"아래 수들 가운데 {josa(cat, '을/를')} 모두 찾으면 몇 개입니까?\n{lst}",
    ])
    tricky = any("[" in m and v.denominator == 1 for m, v in nums) and cat in ("정수", "양의 정수", "음의 정수", "정수가 아닌 유리수", "자연수")
    return Problem(text=text, answer=str(cnt), format="computation", difficulty=2 if tricky else 1,
                   achievement_level="D" if tricky else "E", concepts=["양수", "음수", "정수", "유리수"],
                   check=lambda: cnt == len([m for m, v in nums if _CATS[cat](sp.Rational(v.numerator, v.denominator))]))


@family("9수01-03", "classify-mcq")
def _f0103_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(50):
        pool = _num_pool(rng)
        cat = rng.choice(["정수", "양의 정수", "음의 정수", "정수가 아닌 유리수", "음수", "자연수"])
        neg_q = rng.random() < 0.4
        yes = [m for m, v in pool if _CATS[cat](v) != neg_q]
        no = [m for m, v in pool if _CATS[cat](v) == neg_q]
        if yes and len(no) >= 4:
            break
    right = rng.choice(yes)
    ch = choices(rng, _r(right, st), [_r(m, st) for m in no])
    stem = f"다음 중 {josa(cat, '이/가')} 아닌 것은?" if neg_q else rng.choice([f"다음 중 {josa(cat, '은/는')}?", f"다음 수 중에서 {cat}인 것은?"])
    if not neg_q and stem.endswith("는?"):
        stem = f"다음 중 {cat}에 해당하는 것은?"
    vals = {_r(m, st): v for m, v in pool}
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["정수", "유리수", "양수", "음수"], choice=ch,
                   check=lambda: [(_CATS[cat](vals[o]) != neg_q) for o in ch.options].count(True) == 1)


@family("9수01-03", "classify-into-table")
def _f0103_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pool = _num_pool(rng)
    nums = rng.sample(pool, 7)
    cats = rng.choice([["양의 정수", "음의 정수", "정수가 아닌 유리수"], ["정수", "정수가 아닌 유리수"], ["양수", "음수"]])
    lst = ", ".join(_r(m, st) for m, _ in nums)
    rows = " | ".join(cats) + "\n" + " | ".join(["(   )"] * len(cats))
    text = rng.choice([
        f"다음 수를 분류하여 표의 빈칸에 알맞게 써넣으시오.\n{lst}\n\n{rows}",
        f"보기의 수를 아래 표에 맞게 나누어 쓰시오. (해당하는 수가 없으면 '없음'이라고 쓴다.)\n<보기> {lst}\n\n{rows}",
    ])
    parts = []
    for c in cats:
        ms = [_r(m, "plain") for m, v in nums if _CATS[c](v)]
        parts.append(f"{c}: {', '.join(ms) if ms else '없음'}")
    return Problem(text=text, answer=" / ".join(parts), format="fill", difficulty=2, achievement_level="D",
                   concepts=["정수", "유리수", "양수", "음수"],
                   check=lambda: sum(sum(1 for _, v in nums if _CATS[c](v)) for c in cats) <= len(nums))


_TRUE_STMTS = (
    "0은 양수도 아니고 음수도 아니다.", "모든 정수는 유리수이다.", "자연수는 양의 정수와 같다.",
    "가장 작은 양의 정수는 1이다.", "음의 정수 중 가장 큰 수는 −1이다.", "유리수는 분자, 분모가 정수인 분수(분모≠0)로 나타낼 수 있다.",
    "0은 정수이다.", "0은 유리수이다.", "양의 유리수이면서 음의 유리수인 수는 없다.",
    "정수는 양의 정수, 0, 음의 정수로 이루어져 있다.",
)
_FALSE_STMTS = (
    "0은 양의 정수이다.", "모든 유리수는 정수이다.", "음수 중 가장 큰 수는 −1이다.", "가장 작은 정수는 0이다.",
    "정수가 아닌 유리수는 모두 음수이다.", "양수가 아닌 수는 모두 음수이다.", "분수로 나타낼 수 있는 수 중 정수는 없다.",
    "−3/3은 정수가 아니다.", "가장 작은 유리수는 0이다.", "서로 다른 두 정수 사이에는 항상 다른 정수가 있다.",
    "0은 유리수가 아니다.",
)


@family("9수01-03", "statements-mcq")
def _f0103_stmts(rng: random.Random) -> Problem:
    find_true = rng.random() < 0.5
    if find_true:
        right, wrong = rng.choice(_TRUE_STMTS), rng.sample(_FALSE_STMTS, 4)
        stem = rng.choice(["다음 중 옳은 것은?", "다음 설명 중 옳은 것을 고르면?", "수에 대한 다음 설명 중 바른 것은?"])
    else:
        right, wrong = rng.choice(_FALSE_STMTS), rng.sample(_TRUE_STMTS, 4)
        stem = rng.choice(["다음 중 옳지 않은 것은?", "다음 설명 중 틀린 것은?", "정수와 유리수에 대한 설명으로 옳지 않은 것은?"])
    ch = choices(rng, right, wrong)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["정수", "유리수", "양수", "음수"], choice=ch,
                   check=lambda: (ch.options[ch.correct] in _TRUE_STMTS) == find_true)


def _numline(rng: random.Random, lo: int, hi: int, pts: dict[str, Fraction], sub: int) -> str:
    """ASCII number line: ``sub`` ticks per unit, labelled points above."""
    w = 8 // sub if sub in (1, 2, 4) else 6
    step = w
    n_ticks = (hi - lo) * sub
    width = n_ticks * step + 1
    top = [" "] * (width + 2)
    for lab, v in pts.items():
        pos = int((v - lo) * sub * step)
        top[pos + 1] = lab
    line = "─" + "".join("┼" + "─" * (step - 1) for _ in range(n_ticks)) + "┼─"
    bottom = [" "] * (width + 6)
    for k in range(lo, hi + 1):
        s = str(k) if k >= 0 else f"-{-k}"
        pos = (k - lo) * sub * step + 1
        start = max(0, pos - (len(s) - 1))
        for i, c in enumerate(s):
            bottom[start + i] = c
    return "\n".join(["".join(top).rstrip(), line, "".join(bottom).rstrip()])


@family("9수01-03", "number-line-points")
def _f0103_numline(rng: random.Random) -> Problem:
    sub = rng.choice([1, 2, 2, 3, 4])
    lo = rng.randint(-5, -2)
    hi = lo + rng.randint(5, 7) if sub <= 2 else lo + 4
    cands = [Fraction(k, sub) for k in range(lo * sub + 1, hi * sub) if k != 0]
    labs = rng.sample(cands, 3)
    letters = rng.choice([("A", "B", "C"), ("P", "Q", "R")])
    pts = dict(zip(letters, sorted(labs), strict=True))
    pic = _numline(rng, lo, hi, pts, sub) + ("\n(단, 눈금 사이의 간격은 모두 같다.)" if sub > 2 or rng.random() < 0.3 else "")
    form = rng.randrange(3)
    if form == 0:
        which = rng.choice(letters)
        text = rng.choice([f"다음 수직선 위의 점 {josa(which, '이/가')} 나타내는 수를 {_end(rng, '쓰')}\n{pic}",
                           f"수직선에서 점 {which}에 대응하는 수를 구하면?\n{pic}"])
        ans = _qa(pts[which])
    elif form == 1:
        text = f"다음 수직선 위의 세 점 {', '.join(letters)}가 나타내는 수를 각각 {_end(rng, '쓰')}\n{pic}"
        ans = ", ".join(f"{k}: {_qa(v)}" for k, v in pts.items())
    else:
        text = rng.choice([f"다음 수직선 위의 점 중에서 정수가 아닌 유리수에 대응하는 점을 모두 {_end(rng, '고르')}\n{pic}",
                           f"수직선 위의 점 {', '.join(letters)} 중 음수를 나타내는 점을 모두 {_end(rng, '쓰')}\n{pic}"])
        test = (lambda v: v.denominator != 1) if "정수가 아닌" in text else (lambda v: v < 0)
        sel = [k for k, v in pts.items() if test(v)]
        ans = ", ".join(sel) if sel else "없다"
    return Problem(text=text, answer=ans, format="data", difficulty=2 if sub > 1 else 1,
                   achievement_level="D" if sub > 1 else "E", concepts=["수직선", "정수", "유리수"],
                   check=lambda: all(lo < v < hi for v in pts.values()))


@family("9수01-03", "why-negative-numbers")
def _f0103_why(rng: random.Random) -> Problem:
    pos, neg, unit = rng.choice(_CTX)
    who = name(rng)
    form = rng.randrange(3)
    if form == 0:
        amt = f"{_ctx_amount(rng, unit):,}"
        text = (f"{josa(who, '은/는')} {_uj(repr(pos.format(n=amt + unit)), '과/와')} {_uj(repr(neg.format(n=amt + unit)), '을/를')} 모두 그냥 {_uj(amt + unit.strip(), '이라/라')}고 기록하였다. "
                f"이렇게 기록할 때 생기는 문제점과 양의 부호, 음의 부호를 사용하면 좋은 점을 {_end(rng, '설명')}")
        fmt = "proof"
    elif form == 1:
        text = rng.choice([
            "우리 생활에서 서로 반대되는 성질을 가진 양을 부호 +, −로 나타내는 예를 세 가지 찾아 쓰고, 각각 기준(0)이 무엇인지 설명하시오.",
            "뉴스, 일기 예보, 가계부 등에서 음수가 쓰이는 장면을 조사하여 발표 자료를 만들어 보시오. 각 장면에서 0이 무엇을 뜻하는지도 함께 쓰시오.",
            "수직선을 이용하여 '0보다 작은 수'가 필요한 이유를 친구에게 설명하는 글을 써 보세요.",
        ])
        fmt = "task"
    else:
        text = rng.choice([
            "0은 양수인지 음수인지 판단하고, 그 까닭을 양수와 음수의 뜻을 이용하여 설명하시오.",
            "'정수는 모두 유리수이지만 유리수가 모두 정수인 것은 아니다.' 이 문장이 옳은 까닭을 예를 들어 설명하시오.",
            "−6/2는 정수인지, 정수가 아닌 유리수인지 판단하고 그 까닭을 설명하세요.",
        ])
        fmt = "proof"
    return Problem(text=text, answer=None, format=fmt, difficulty=3, achievement_level=rng.choice(["A", "B"]),
                   concepts=["양수", "음수", "정수", "유리수"])


@family("9수01-03", "definition-fill")
def _f0103_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.randrange(4)
    if form == 0:
        text = "다음 □ 안에 알맞은 말을 써넣으시오.\n정수는 양의 정수, □, 음의 정수로 이루어져 있다."
        ans = "0"
    elif form == 1:
        text = "다음 (   ) 안에 알맞은 말을 쓰시오.\n양의 유리수, 0, 음의 유리수를 통틀어 (   )라고 한다."
        ans = "유리수"
    elif form == 2:
        k = rng.randint(2, 9)
        d = rng.choice([2, 3, 4, 5])
        text = (f"다음은 {josa(str(k), '이/가')} 유리수인 까닭을 설명한 것이다. □ 안에 알맞은 수를 {_end(rng, '쓰')}\n"
                f"{_r(f'{k} = [{k * d}|□]', st)}와 같이 분자, 분모가 정수이고 분모가 0이 아닌 분수로 나타낼 수 있으므로 유리수이다.")
        ans = str(d)
        return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                       concepts=["유리수", "정수"], check=lambda: Fraction(k * d, int(ans)) == k)
    else:
        a, b = rng.randint(2, 9), rng.randint(1, 9)
        text = (f"다음 □ 안에 알맞은 수를 차례로 써넣으시오.\n{_r(f'-{a}', st)}보다 1만큼 작은 정수는 □이고, "
                f"{_r(f'-{b}', st)}보다 1만큼 큰 정수는 □이다.")
        ans = f"{-a - 1}, {-b + 1}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["정수", "유리수", "양수", "음수"])


# ================================================================================================
# 9수01-04 정수와 유리수의 대소 관계 (절댓값 포함)
# ================================================================================================
def _rand_q(rng: random.Random, kind: str | None = None) -> tuple[str, Fraction]:
    """A random signed rational as (mini, value); ``kind`` in int/frac/dec."""
    kind = kind or rng.choice(["int", "frac", "frac", "dec"])
    sg = rng.choice([-1, -1, 1])
    if kind == "int":
        v = Fraction(sg * rng.randint(1, 12))
        return (_q(v, plus=rng.random() < 0.4), v)
    if kind == "frac":
        de = rng.choice([2, 3, 4, 5, 6, 7, 8])
        nu = rng.choice([k for k in range(1, 3 * de) if _math.gcd(k, de) == 1])
        v = Fraction(sg * nu, de)
        return (_q(v, plus=rng.random() < 0.4), v)
    v = Fraction(sg * rng.randint(1, 60), 10)
    if v.denominator == 1:
        v += Fraction(1, 10)
    txt = f"{float(v):g}"
    return (("+" + txt) if v > 0 and rng.random() < 0.4 else txt, v)


@family("9수01-04", "compare-two")
def _f0104_compare(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(1, 3)
    pairs = []
    while len(pairs) < k:
        mode = rng.randrange(4)
        if mode == 0:  # two negative fractions
            a, b = _rand_q(rng, "frac"), _rand_q(rng, "frac")
            a, b = (f"-{a[0].lstrip('+-')}", -abs(a[1])), (f"-{b[0].lstrip('+-')}", -abs(b[1]))
        elif mode == 1:  # fraction vs decimal
            a, b = _rand_q(rng, "frac"), _rand_q(rng, "dec")
        elif mode == 2:  # absolute value vs number
            a0 = _rand_q(rng)
            a = (f"|{a0[0]}|", abs(a0[1]))
            b = _rand_q(rng)
        else:
            a, b = _rand_q(rng), _rand_q(rng)
        if a[1] != b[1]:
            pairs.append((a, b))
    lines = [f"({i + 1}) {_r(a[0], st)}  ○  {_r(b[0], st)}" if k > 1 else f"{_r(a[0], st)}  ○  {_r(b[0], st)}" for i, (a, b) in enumerate(pairs)]
    text = rng.choice([
        "두 수의 대소를 비교하여 ○ 안에 부등호 > 또는 <를 알맞게 써넣으시오.",
        "다음 ○ 안에 >, < 중 알맞은 것을 써넣으세요.",
        "두 수의 크기를 비교하여 ○ 안에 알맞은 부등호를 쓰시오.",
    ]) + "\n" + "\n".join(lines)
    ans = " ".join((f"({i + 1}) " if k > 1 else "") + (">" if a[1] > b[1] else "<") for i, (a, b) in enumerate(pairs))
    hard = any(a[1] < 0 and b[1] < 0 for a, b in pairs)
    return Problem(text=text, answer=ans, format="fill", difficulty=2 if hard else 1,
                   achievement_level="D" if hard else "E", concepts=["대소 관계", "부등호", "절댓값"],
                   check=lambda: all((sp.Rational(a[1].numerator, a[1].denominator) > sp.Rational(b[1].numerator, b[1].denominator)) == (a[1] > b[1]) for a, b in pairs))


@family("9수01-04", "order-a-list")
def _f0104_order(rng: random.Random) -> Problem:
    st = pick_style(rng)
    vals: dict[Fraction, str] = {}
    while len(vals) < rng.randint(5, 6):
        m, v = _rand_q(rng)
        vals.setdefault(v, m)
    if rng.random() < 0.3:
        vals.setdefault(Fraction(0), "0")
    items = list(vals.items())
    rng.shuffle(items)
    lst = ", ".join(_r(m, st) for _, m in items)
    srt = sorted(vals)
    form = rng.randrange(4)
    if form == 0:
        text = rng.choice(["다음 수를 작은 수부터 차례로 나열하시오.", "다음 수를 작은 것부터 순서대로 쓰시오.",
                           "다음 수를 크기가 작은 것부터 차례로 늘어놓으세요."]) + f"\n{lst}"
        ans = ", ".join(_r(vals[v], "plain") for v in srt)
    elif form == 1:
        text = rng.choice([f"다음 수 중에서 두 번째로 작은 수를 {_end(rng, '구')}\n{lst}", f"다음 수를 큰 수부터 차례로 늘어놓을 때, 세 번째에 오는 수는?\n{lst}"])
        ans = _r(vals[srt[1]], "plain") if "두 번째" in text else _r(vals[srt[-3]], "plain")
    elif form == 2:
        text = f"다음 수 중에서 가장 큰 수를 a, 가장 작은 수를 b라 할 때, a와 b를 각각 {_end(rng, '구')}\n{lst}"
        ans = f"a = {_r(vals[srt[-1]], 'plain')}, b = {_r(vals[srt[0]], 'plain')}"
    else:
        text = rng.choice([f"다음 수를 수직선 위에 나타낼 때, 가장 왼쪽에 있는 수와 가장 오른쪽에 있는 수를 차례로 {_end(rng, '쓰')}\n{lst}",
                           f"다음 수들을 수직선 위에 나타내었을 때 왼쪽에서 두 번째에 있는 수를 {_end(rng, '구')}\n{lst}"])
        ans = f"{_r(vals[srt[0]], 'plain')}, {_r(vals[srt[-1]], 'plain')}" if "가장 왼쪽" in text else _r(vals[srt[1]], "plain")
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["대소 관계", "수직선"],
                   check=lambda: [float(v) for v in srt] == sorted(float(v) for v in vals))


@family("9수01-04", "absolute-value")
def _f0104_abs(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.randrange(4)
    if form == 0:
        (m1, v1), (m2, v2) = _rand_q(rng, "int"), _rand_q(rng, rng.choice(["int", "frac"]))
        text = rng.choice([f"{_r(f'|{m1}| + |{m2}|', st)}의 값을 {_end(rng, '구')}",
                           f"{_jm(m1, '의', st)} 절댓값과 {_jm(m2, '의', st)} 절댓값의 합을 {_end(rng, '구')}"])
        res = abs(v1) + abs(v2)
        return Problem(text=text, answer=_qa(res), format="computation", difficulty=1, achievement_level="E",
                       concepts=["절댓값"], check=lambda: sp.Abs(sp.Rational(v1.numerator, v1.denominator)) + sp.Abs(sp.Rational(v2.numerator, v2.denominator)) == sp.Rational(res.numerator, res.denominator))
    if form == 1:
        m, v = _rand_q(rng, rng.choice(["int", "frac", "dec"]))
        a = abs(v)
        am = _q(a) if a.denominator != 1 or "." not in m else m.lstrip("+-")
        text = rng.choice([f"절댓값이 {_r(am, st)}인 수를 모두 {_end(rng, '구')}",
                           f"수직선 위에서 원점으로부터의 거리가 {_r(am, st)}인 점이 나타내는 수를 모두 {_end(rng, '쓰')}"])
        ans = f"{_r(am, 'plain')}, -{_r(am, 'plain')}" if a != 0 else "0"
        return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                       concepts=["절댓값", "수직선"], check=lambda: a > 0)
    if form == 2:
        d = 2 * rng.randint(1, 12)
        text = rng.choice([
            f"절댓값이 같고 부호가 반대인 두 수가 있다. 수직선 위에서 이 두 수를 나타내는 두 점 사이의 거리가 {d}일 때, 두 수를 {_end(rng, '구')}",
            f"두 수 a, b의 절댓값이 같고 a > b이다. 수직선 위에서 a, b를 나타내는 두 점 사이의 거리가 {d}일 때, a, b의 값을 각각 {_end(rng, '구')}",
        ])
        ans = f"{d // 2}, -{d // 2}" if "두 수를" in text else f"a = {d // 2}, b = -{d // 2}"
        return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                       concepts=["절댓값", "수직선"], check=lambda: d // 2 - (-(d // 2)) == d)
    m, v = _rand_q(rng, "frac")
    while v > 0:
        m, v = _rand_q(rng, "frac")
    text = rng.choice([f"{_jm(m, '의', st)} 절댓값을 a, {_jm('|' + m + '|', '의', st)} 역수를 b라 할 때 a × b의 값을 {_end(rng, '구')}",
                       f"{_jm(m, '과/와', st)} 절댓값이 같은 수 중에서 양수를 {_end(rng, '구')}"])
    ans = "1" if "역수" in text else _qa(abs(v))
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["절댓값"] + (["역수"] if "역수" in text else []),
                   check=lambda: (abs(v) * (1 / abs(v)) == 1) if "역수" in text else abs(v) > 0)


@family("9수01-04", "largest-abs-mcq")
def _f0104_abs_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    vals: dict[Fraction, str] = {}
    while len(vals) < 5:
        m, v = _rand_q(rng)
        if all(abs(v) != abs(u) for u in vals):
            vals[v] = m
    form = rng.randrange(4)
    if form == 0:
        key, stem = (lambda v: abs(v)), rng.choice(["다음 중 절댓값이 가장 큰 수는?", "다음 수 중에서 원점에서 가장 멀리 떨어진 점에 대응하는 수는?"])
        best = max(vals, key=key)
    elif form == 1:
        key, stem = (lambda v: abs(v)), rng.choice(["다음 중 절댓값이 가장 작은 수는?", "다음 수를 수직선 위에 나타낼 때, 원점에 가장 가까운 수는?"])
        best = min(vals, key=key)
    elif form == 2:
        stem = rng.choice(["다음 중 가장 작은 수는?", "다음 수 중 수직선 위에 나타낼 때 가장 왼쪽에 있는 수는?"])
        best = min(vals)
    else:
        stem = "다음 중 가장 큰 수는?"
        best = max(vals)
    ch = choices(rng, _r(vals[best], st), [_r(vals[v], st) for v in vals if v != best])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["절댓값", "대소 관계"] if form < 2 else ["대소 관계", "수직선"], choice=ch,
                   check=lambda: best in (max(vals, key=abs), min(vals, key=abs), min(vals), max(vals)))


_INEQ_WORDS = (  # (words, lower-op, upper-op): ops are "<" or "<="
    ("{x}는 {a}보다 크고 {b}보다 작다.", "<", "<"),
    ("{x}는 {a} 초과 {b} 미만이다.", "<", "<"),
    ("{x}는 {a} 이상 {b} 이하이다.", "<=", "<="),
    ("{x}는 {a}보다 크거나 같고 {b}보다 작다.", "<=", "<"),
    ("{x}는 {a}보다 작지 않고 {b}보다 크지 않다.", "<=", "<="),
    ("{x}는 {a} 초과이고 {b} 이하이다.", "<", "<="),
)


@family("9수01-04", "inequality-from-words")
def _f0104_ineq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    (ma, va), (mb, vb) = sorted([_rand_q(rng), _rand_q(rng)], key=lambda t: t[1])
    if va == vb:
        return _f0104_ineq(rng)
    words, o1, o2 = rng.choice(_INEQ_WORDS)
    sen = words.format(x="x", a=_r(ma, st) + _pj(ma, "이/가")[:0], b=_r(mb, st))
    sen = sen.replace(f"{_r(mb, st)}보다", f"{_r(mb, st)}보다")
    if rng.random() < 0.6:
        text = rng.choice([f"다음 문장을 부등호를 사용하여 {_end(rng, '나타내')}\n{sen}",
                           f"'{sen[:-1]}'{_pj('다', '을/를')} 부등호를 써서 {_end(rng, '나타내')}"])
        ans = f"{_r(ma, 'plain')} {o1} x {o2} {_r(mb, 'plain')}"
        fmt = "computation"
    else:
        text = (f"다음 문장을 부등호를 사용하여 나타낼 때, □ 안에 알맞은 부등호를 차례로 써넣으시오.\n{sen}\n"
                f"→ {_r(ma, st)} □ x □ {_r(mb, st)}")
        ans = f"{o1}, {o2}"
        fmt = "fill"
    ans = ans.replace("<=", "≤")
    ints = [n for n in range(-30, 31) if (va < n if o1 == "<" else va <= n) and (n < vb if o2 == "<" else n <= vb)]
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D",
                   concepts=["부등호", "대소 관계"], check=lambda: isinstance(ints, list))


@family("9수01-04", "integers-between")
def _f0104_between(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        (ma, va), (mb, vb) = sorted([_rand_q(rng, rng.choice(["frac", "dec"])), _rand_q(rng, rng.choice(["frac", "dec", "int"]))], key=lambda t: t[1])
        if vb - va >= 2:
            break
    o1, o2 = rng.choice(["<", "<="]), rng.choice(["<", "<="])
    sol = [n for n in range(-40, 41) if (va < n if o1 == "<" else va <= n) and (n < vb if o2 == "<" else n <= vb)]
    form = rng.randrange(3)
    ineq = f"{ma} {o1} x {o2} {mb}"
    if form == 0:
        text = rng.choice([f"{_jm(ineq, '을/를', st)} 만족시키는 정수 x의 개수를 {_end(rng, '구')}",
                           f"두 유리수 {_r(ma, st)}, {_r(mb, st)} 사이에 있는 정수는 모두 몇 개입니까?"])
        if "사이" in text:
            o1 = o2 = "<"
            sol = [n for n in range(-40, 41) if va < n < vb]
        ans = str(len(sol))
    elif form == 1:
        text = f"{_jm(ineq, '을/를', st)} 만족시키는 정수 x 중에서 가장 큰 수와 가장 작은 수를 각각 {_end(rng, '구')}"
        ans = f"가장 큰 수: {max(sol)}, 가장 작은 수: {min(sol)}"
    else:
        text = f"{_jm(ineq, '을/를', st)} 만족시키는 정수 x를 모두 {_end(rng, '구')}"
        if len(sol) > 9:
            return _f0104_between(rng)
        ans = ", ".join(map(str, sol))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["대소 관계", "부등호", "정수"],
                   check=lambda: sol == list(range(_math.floor(va) + 1 if o1 == "<" else _math.ceil(va),
                                                   (_math.ceil(vb) - 1 if o2 == "<" else _math.floor(vb)) + 1)))


@family("9수01-04", "abs-value-count")
def _f0104_abs_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    form = rng.randrange(3)
    if form == 0:
        k = rng.randint(1, 6)
        op_ = rng.choice(["이하인", "미만인", "보다 작은"])
        text = rng.choice([f"절댓값이 {k} {op_} 정수의 개수를 {_end(rng, '구')}".replace(f"{k} 보다", f"{k}보다"),
                           f"절댓값이 {k} {op_} 정수는 모두 몇 개입니까?".replace(f"{k} 보다", f"{k}보다")])
        sol = [n for n in range(-20, 21) if (abs(n) <= k if op_ == "이하인" else abs(n) < k)]
        ans = str(len(sol))
        lvl, d = "D", 2
    elif form == 1:
        de = rng.choice([2, 3, 4, 5])
        nu = rng.choice([n for n in range(de + 1, 5 * de) if n % de])
        text = rng.choice([f"절댓값이 {_r(f'[{nu}|{de}]', st)}보다 작은 정수를 모두 {_end(rng, '구')}",
                           f"{_jm(f'|x| < [{nu}|{de}]', '을/를', st)} 만족시키는 정수 x의 개수를 {_end(rng, '구')}"])
        sol = [n for n in range(-20, 21) if Fraction(abs(n)) < Fraction(nu, de)]
        ans = ", ".join(map(str, sol)) if "모두" in text else str(len(sol))
        lvl, d = "C", 3
    else:
        a, b = rng.randint(1, 3), rng.randint(4, 7)
        text = f"{_jm(f'{a} <= |x| < {b}', '을/를', st)} 만족시키는 정수 x의 개수를 {_end(rng, '구')}"
        sol = [n for n in range(-20, 21) if a <= abs(n) < b]
        ans = str(len(sol))
        lvl, d = "B", 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=lvl,
                   concepts=["절댓값", "부등호"], check=lambda: all(-n in sol for n in sol))


@family("9수01-04", "wrong-inequality-mcq")
def _f0104_wrong(rng: random.Random) -> Problem:
    st = pick_style(rng)
    find_wrong = rng.random() < 0.7
    trues, falses = [], []
    while len(trues) < 4 or len(falses) < 4:
        (ma, va), (mb, vb) = _rand_q(rng), _rand_q(rng)
        if rng.random() < 0.3:
            ma, va = f"|{ma}|", abs(va)
        if va == vb:
            continue
        if len(falses) < 4 and (va < 0 or vb < 0) and rng.random() < 0.5:
            falses.append(f"{ma} {'<' if va > vb else '>'} {mb}")
        elif len(trues) < 4:
            trues.append(f"{ma} {'>' if va > vb else '<'} {mb}")
    if find_wrong:
        right, wrong = falses[0], trues
        stem = rng.choice(["다음 중 두 수의 대소 관계가 옳지 않은 것은?", "다음 중 부등호가 잘못 쓰인 것은?"])
    else:
        right, wrong = trues[0], falses
        stem = rng.choice(["다음 중 두 수의 대소 관계가 옳은 것은?", "다음 중 부등호가 바르게 쓰인 것은?"])
    ch = choices(rng, _r(right, st), [_r(w, st) for w in wrong])

    def holds(s: str) -> bool:
        a_s, op_, b_s = s.split(" ")
        conv = lambda z: abs(_P_q(z.strip("|"))) if z.startswith("|") else _P_q(z)  # noqa: E731
        return (conv(a_s) > conv(b_s)) if op_ == ">" else (conv(a_s) < conv(b_s))

    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["대소 관계", "부등호"], choice=ch,
                   check=lambda: holds(right) != find_wrong and all(holds(w) == find_wrong for w in wrong))


def _P_q(z: str) -> Fraction:
    """Parse a mini rational (``-[3|4]``, ``+2.5``, ``7``) back to a Fraction."""
    z = z.replace("+", "")
    m = re.fullmatch(r"(-?)\[(\d+)\|(\d+)\]", z)
    if m:
        return Fraction(int(m.group(2)), int(m.group(3))) * (-1 if m.group(1) else 1)
    return Fraction(z)


_CITIES = ("서울", "대관령", "철원", "춘천", "인천", "대전", "강릉", "파주", "홍천", "제천", "양평", "태백")


@family("9수01-04", "context-table-compare")
def _f0104_table(rng: random.Random) -> Problem:
    kind = rng.choice(["temp", "golf", "depth"])
    if kind == "temp":
        cs = rng.sample(_CITIES, 5)
        vals = rng.sample([Fraction(k, 10) for k in range(-150, 40, 3)], 5)
        rows = "\n".join(f"{c} | {float(v):g}" for c, v in zip(cs, vals, strict=True))
        head = "다음은 어느 겨울날 아침 여러 지역의 최저 기온(°C)을 나타낸 표이다.\n\n지역 | 최저 기온(°C)\n" + rows
        form = rng.randrange(3)
        if form == 0:
            q, ans = "기온이 가장 낮은 지역을 쓰시오.", cs[vals.index(min(vals))]
        elif form == 1:
            q, ans = "기온이 높은 지역부터 차례로 쓰시오.", ", ".join(c for _, c in sorted(zip(vals, cs, strict=True), reverse=True))
        else:
            q, ans = "기온이 두 번째로 낮은 지역은 어디입니까?", cs[vals.index(sorted(vals)[1])]
        chk = lambda: min(vals) < max(vals)  # noqa: E731
    elif kind == "golf":
        ps = names(rng, 5)
        vals = rng.sample(range(-6, 5), 5)
        rows = "\n".join(f"{p} | {v:+d}" if v else f"{p} | 0" for p, v in zip(ps, vals, strict=True))
        head = ("골프에서는 기준 타수보다 적게 친 만큼을 음수로, 많이 친 만큼을 양수로 기록하고, 기록이 작을수록 잘한 것이다. "
                "다음은 다섯 명의 기록이다.\n\n이름 | 기록\n" + rows)
        if rng.random() < 0.5:
            q, ans = "가장 잘한 사람과 가장 못한 사람을 차례로 쓰시오.", f"{ps[vals.index(min(vals))]}, {ps[vals.index(max(vals))]}"
        else:
            q, ans = "기록이 좋은 순서대로 세 번째인 사람은 누구입니까?", ps[vals.index(sorted(vals)[2])]
        chk = lambda: len(set(vals)) == 5  # noqa: E731
    else:
        spots = rng.sample(["A 지점", "B 지점", "C 지점", "D 지점", "E 지점"], 5)
        vals = rng.sample([Fraction(k, 2) for k in range(-40, 20)], 5)
        rows = "\n".join(f"{s} | {_r(_q(v, plus=True), 'plain') if v else '0'}" for s, v in zip(spots, vals, strict=True))
        head = "수면을 0 m로 하여 수면보다 높은 곳은 양수, 낮은 곳은 음수로 나타낸 다섯 지점의 높이(m)가 다음과 같다.\n\n지점 | 높이(m)\n" + rows
        q, ans = "가장 깊은 곳에 있는 지점과 가장 높은 곳에 있는 지점을 차례로 쓰시오.", f"{spots[vals.index(min(vals))]}, {spots[vals.index(max(vals))]}"
        chk = lambda: len(set(vals)) == 5  # noqa: E731
    return Problem(text=f"{head}\n\n{q}", answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["대소 관계", "음수"], check=chk)


@family("9수01-04", "equal-distance-point")
def _f0104_mid(rng: random.Random) -> Problem:
    a, b = sorted(rng.sample(range(-12, 10), 2))
    if (a + b) % 2:
        b += 1
    m = (a + b) // 2
    form = rng.randrange(2)
    if form == 0:
        text = rng.choice([
            f"수직선 위에서 {josa(str(a), '과/와')} {josa(str(b), '을/를')} 나타내는 두 점으로부터 같은 거리에 있는 점이 나타내는 수를 {_end(rng, '구')}",
            f"수직선 위의 두 점 A({a}), B({b})의 한가운데에 있는 점 M이 나타내는 수는 무엇입니까?",
        ])
        ans = str(m)
        chk = lambda: m - a == b - m  # noqa: E731
    else:
        d = rng.randint(2, 8)
        text = f"수직선 위에서 {josa(str(a), '을/를')} 나타내는 점으로부터 거리가 {d}인 점이 나타내는 수를 모두 {_end(rng, '구')}"
        ans = f"{a - d}, {a + d}"
        chk = lambda: abs((a - d) - a) == d == abs((a + d) - a)  # noqa: E731
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["수직선", "절댓값", "대소 관계"], check=chk)


# ================================================================================================
# 9수01-05 정수와 유리수의 사칙계산
# ================================================================================================
def _rq(rng: random.Random, dens: tuple[int, ...] = (2, 3, 4, 5, 6), hi: int = 9, frac_p: float = 0.6) -> Fraction:
    """A non-zero signed rational, small."""
    if rng.random() < frac_p:
        de = rng.choice(dens)
        nu = rng.choice([k for k in range(1, hi + 1) if _math.gcd(k, de) == 1])
        v = Fraction(nu, de)
    else:
        v = Fraction(rng.randint(1, hi))
    return v if rng.random() < 0.5 else -v


def _frac_eval(mini: str) -> Fraction:
    """Evaluate a mini expression with Python Fractions (an independent path from sympy)."""
    t = mini.replace("⟨", "(").replace("⟩", ")").replace("−", "-")
    while _FR.search(t):
        t = _FR.sub(r"((\1)/(\2))", t)
    t = re.sub(r"\|([^|]+)\|", r"abs(\1)", t)
    t = re.sub(r"(\d+(?:\.\d+)?)", r"F('\1')", t).replace(":", "/").replace("^", "**")
    return Fraction(eval(t, {"F": Fraction, "abs": abs}))


def _check_val(mini: str, val: Fraction) -> bool:
    return sp.nsimplify(_sym(mini)) == sp.Rational(val.numerator, val.denominator)


@family("9수01-05", "add-subtract-integers")
def _f0105_int_addsub(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(2, 4)
    vals = [Fraction(_nz(rng, -15, 15)) for _ in range(k + 1)]
    ops = [rng.choice("+-") for _ in range(k)]
    if rng.random() < 0.5:  # signed-parenthesis style
        mini = _qp(vals[0]) + "".join(f" {o} {_qp(v)}" for o, v in zip(ops, vals[1:], strict=True))
    else:  # abbreviated style
        mini = _q(vals[0]) + "".join(f" {'+' if (o == '+') == (v > 0) else '-'} {abs(v)}" for o, v in zip(ops, vals[1:], strict=True))
    res = vals[0] + sum((v if o == "+" else -v) for o, v in zip(ops, vals[1:], strict=True))
    text = rng.choice([f"다음을 {rng.choice(['계산하시오.', '계산하세요.', '계산하여라.'])}\n{_r(mini, st)}",
                       f"{_jm(mini, '을/를', st)} 계산하면?", f"{_r(mini, st)}의 값을 {_end(rng, '구')}"])
    return Problem(text=text, answer=_qa(res), format="computation", difficulty=1 if k == 2 else 2,
                   achievement_level="E" if k == 2 else "D", concepts=["정수의 덧셈", "정수의 뺄셈"],
                   check=lambda: _check_val(mini, res))


@family("9수01-05", "add-subtract-rationals")
def _f0105_q_addsub(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(1, 3)
    vals = [_rq(rng, frac_p=0.8) for _ in range(k + 1)]
    if rng.random() < 0.25:
        vals[rng.randrange(k + 1)] = Fraction(rng.choice([-1, 1]) * rng.randint(1, 35), 10)
    ops = [rng.choice("+-") for _ in range(k)]

    def term(v: Fraction) -> str:
        if v.denominator in (10, 5, 2) and rng.random() < 0.5 and (v * 10).denominator == 1:
            return f"({'+' if v > 0 else '-'}{float(abs(v)):g})"
        return _qp(v)

    mini = term(vals[0]) + "".join(f" {o} {term(v)}" for o, v in zip(ops, vals[1:], strict=True))
    res = vals[0] + sum((v if o == "+" else -v) for o, v in zip(ops, vals[1:], strict=True))
    text = rng.choice([f"다음을 {rng.choice(['계산하시오.', '계산하세요.'])}\n{_r(mini, st)}",
                       f"{_r(mini, st)}의 값을 {_end(rng, '구')}", f"{_jm(mini, '을/를', st)} 계산한 값은?"])
    return Problem(text=text, answer=_qa(res), format="computation", difficulty=2 if k < 3 else 3,
                   achievement_level="D" if k < 3 else "C", concepts=["유리수의 덧셈", "유리수의 뺄셈"],
                   check=lambda: _check_val(mini, res))


@family("9수01-05", "multiply-divide")
def _f0105_muldiv(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(1, 3)
    vals = [_rq(rng, dens=(2, 3, 4, 5, 6, 7, 9), frac_p=0.7) for _ in range(k + 1)]
    ops = [rng.choice("*:") for _ in range(k)]
    mini = _qp(vals[0]) + "".join(f" {o} {_qp(v)}" for o, v in zip(ops, vals[1:], strict=True))
    res = vals[0]
    for o, v in zip(ops, vals[1:], strict=True):
        res = res * v if o == "*" else res / v
    if abs(res.numerator) > 200 or res.denominator > 100:
        return _f0105_muldiv(rng)
    text = rng.choice([f"다음을 {rng.choice(['계산하시오.', '계산하세요.'])}\n{_r(mini, st)}",
                       f"{_r(mini, st)}의 값을 {_end(rng, '구')}", f"{_jm(mini, '을/를', st)} 계산하면 얼마입니까?"])
    return Problem(text=text, answer=_qa(res), format="computation", difficulty=2 if k < 3 else 3,
                   achievement_level="D" if k < 3 else "C", concepts=["유리수의 곱셈", "유리수의 나눗셈", "역수"],
                   check=lambda: _check_val(mini, res))


def _mixed_expr(rng: random.Random) -> str:
    a, b = _nz(rng, -6, 6), rng.choice([2, 3])
    c = _rq(rng, dens=(2, 3, 4), hi=5)
    d = _nz(rng, -9, 9)
    e = rng.choice([2, 3, 4, 6])
    shapes = [
        f"({a})^2 : {e} - {_qp(c)} * {_qp(Fraction(d))}",
        f"{_qp(Fraction(d))} - ({-b})^3 : 4 * {_qp(c)}",
        f"-{b}^2 + ⟨{_qp(c)} - {_qp(Fraction(a))}⟩ * {e}",
        f"⟨{_qp(Fraction(d))} + ({-b})^2⟩ : {_qp(Fraction(_nz(rng, -4, 4)))} - {_qp(c)}",
        f"{_qp(c)} * ⟨{e} - ({-b})^2⟩ + |{_q(Fraction(d))}|",
        f"(-1)^{rng.randint(3, 12)} - {_qp(c)} : {_qp(Fraction(d))}",
    ]
    return rng.choice(shapes)


@family("9수01-05", "mixed-operations")
def _f0105_mixed(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(30):
        mini = _mixed_expr(rng)
        try:
            val = sp.nsimplify(_sym(mini))
        except ZeroDivisionError:
            continue
        if val.is_rational and val.is_finite and abs(val.q) <= 24 and abs(val.p) <= 300:
            break
    res = Fraction(int(val.p), int(val.q))
    text = rng.choice([f"다음을 {rng.choice(['계산하시오.', '계산하세요.', '계산하여라.'])}\n{_r(mini, st)}",
                       f"{_r(mini, st)}의 값을 {_end(rng, '구')}", f"{_jm(mini, '을/를', st)} 계산하면?",
                       f"다음 식을 계산한 결과를 {_end(rng, '쓰')}\n{_r(mini, st)}"])

    def by_hand() -> bool:  # independent evaluation with exact Fractions
        return _frac_eval(mini) == res

    return Problem(text=text, answer=_qa(res), format="computation", difficulty=4 if "⟨" in mini else 3,
                   achievement_level="B" if "⟨" in mini else "C", concepts=["혼합 계산", "거듭제곱", "유리수의 사칙계산"],
                   check=by_hand)


@family("9수01-05", "powers-of-negatives-mcq")
def _f0105_powers(rng: random.Random) -> Problem:
    st = pick_style(rng)
    b = rng.choice([2, 3])
    cands = {
        f"-{b}^2": -(b**2), f"({-b})^2": b**2, f"-({-b})^2": -(b**2), f"({-b})^3": -(b**3),
        f"-({-b})^3": b**3, f"-{b}^3": -(b**3), f"-(-{b}^2)": b**2, f"(-[1|{b}])^2": Fraction(1, b * b),
        f"-[1|{b}^2]": Fraction(-1, b * b), f"(-1)^{rng.choice([5, 7, 9])}": -1, f"-(-1)^{rng.choice([4, 6, 10])}": -1,
    }
    form = rng.randrange(3)
    keys = list(cands)
    if form == 0:
        for _ in range(40):
            pick = rng.sample(keys, 5)
            vals = [cands[k] for k in pick]
            if vals.count(max(vals)) == 1:
                break
        best = pick[vals.index(max(vals))]
        stem = rng.choice(["다음 중 가장 큰 수는?", "다음 중 계산 결과가 가장 큰 것은?"])
        ch = choices(rng, _r(best, st), [_r(k, st) for k in pick if k != best])
        chk = lambda: cands[best] == max(cands[k] for k in pick)  # noqa: E731
    elif form == 1:
        for _ in range(40):
            pick = rng.sample(keys, 5)
            vals = [cands[k] for k in pick]
            neg = [k for k in pick if cands[k] < 0]
            if len(neg) == 1:
                break
        else:
            return _f0105_powers(rng)
        best = neg[0]
        stem = rng.choice(["다음 중 계산 결과가 음수인 것은?", "다음 중 그 값이 0보다 작은 것은?"])
        ch = choices(rng, _r(best, st), [_r(k, st) for k in pick if k != best])
        chk = lambda: cands[best] < 0 and all(cands[k] > 0 for k in pick if k != best)  # noqa: E731
    else:
        k_right = rng.choice(keys)
        wrong_claims = []
        for k in rng.sample([x for x in keys if x != k_right], 4):
            wv = -cands[k] if cands[k] != 0 else 1
            wrong_claims.append(f"{k} = {_q(Fraction(wv))}")
        stem = rng.choice(["다음 중 계산이 옳은 것은?", "다음 중 바르게 계산한 것은?"])
        right = f"{k_right} = {_q(Fraction(cands[k_right]))}"
        ch = choices(rng, _r(right, st), [_r(w, st) for w in wrong_claims])
        chk = lambda: all((sp.nsimplify(_sym(o.split(" = ")[0])) == sp.nsimplify(_sym(o.split(" = ")[1]))) == (o == right) for o in [right, *wrong_claims])  # noqa: E731
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="C",
                   concepts=["거듭제곱", "유리수의 곱셈"], choice=ch, check=chk)
