"""Generators for 확률과 통계 (고등학교 일반 선택): 경우의 수 12확통01-01 … 12확통01-03 and
확률 12확통02-01 … 12확통02-06.

Private helpers (module-local, prefixed ``_``):

* ``_sym(letter, n, r, st)`` writes ₙΠᵣ, ₙHᵣ, ₙCᵣ (LaTeX ``{}_{n}\\mathrm{H}_{r}``, Unicode ``₅H₃``,
  plain ``5H3``); ``_w(tex, st)`` wraps a LaTeX fragment in ``$…$`` only in LaTeX style.
* ``_F(fr, st)`` a Fraction as ``$\\frac{q}{p}$`` / ``q/p``; ``_fa(fr)`` the answer text ``q/p``.
* ``_count_q`` / ``_prob_q`` finish a counting / probability question in one of several forms
  (구하시오, 수능-style ①~⑤ with [3점]/[4점], and for probabilities the short answer ``p+q``).
* ``_bogi(rng, stmts)`` a <보기> block (ㄱ, ㄴ, ㄷ) with the ①~⑤ choice of the true subset.
* ``_near(fr, extra)`` plausible wrong probabilities (complement, off-by-one numerators …).
"""

from __future__ import annotations

import itertools
import math as pm
import random
from collections import Counter
from fractions import Fraction as Fr

import sympy as sp
from sympy.utilities.iterables import multiset_permutations

from mathtag.corpus.generators.base import Problem, family, secondary_level
from mathtag.corpus.korean import josa, name, names
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import pick_style

_SUB = str.maketrans("0123456789nrka", "₀₁₂₃₄₅₆₇₈₉ₙᵣₖₐ")
_SUP = str.maketrans("0123456789n", "⁰¹²³⁴⁵⁶⁷⁸⁹ⁿ")
_BOGI_OPTS = ("ㄱ", "ㄴ", "ㄷ", "ㄱ, ㄴ", "ㄱ, ㄷ", "ㄴ, ㄷ", "ㄱ, ㄴ, ㄷ")


# -- notation ------------------------------------------------------------------------------------
def _sym(letter: str, n: int | str, r: int | str, st: str, wrap: bool = True) -> str:
    if st == "latex":
        tex = f"{{}}_{{{n}}}\\mathrm{{{letter}}}_{{{r}}}".replace("\\mathrm{Π}", "\\mathrm{\\Pi}")
        return f"${tex}$" if wrap else tex
    if st == "unicode":
        return f"{str(n).translate(_SUB)}{letter}{str(r).translate(_SUB)}"
    return f"{n}{letter}{r}"


def _w(tex: str, st: str) -> str:
    return f"${tex}$" if st == "latex" else tex


def _pow(base: str | int, e: int | str, st: str) -> str:
    if st == "latex":
        return f"{base}^{{{e}}}"
    if st == "unicode":
        return f"{base}{str(e).translate(_SUP)}"
    return f"{base}^{e}"


def _F(fr: Fr | int, st: str) -> str:
    fr = Fr(fr)
    if fr.denominator == 1:
        return _w(str(fr.numerator), st)
    sign = "-" if fr < 0 else ""
    if st == "latex":
        return f"${sign}\\frac{{{abs(fr.numerator)}}}{{{fr.denominator}}}$"
    return f"{sign}{abs(fr.numerator)}/{fr.denominator}"


def _fa(fr: Fr | int) -> str:
    fr = Fr(fr)
    return str(fr.numerator) if fr.denominator == 1 else f"{fr.numerator}/{fr.denominator}"


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보시오."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오."])


def _pts(rng: random.Random, d: int) -> str:
    if rng.random() < 0.3:
        return ""
    return " [4점]" if d >= 4 else (" [3점]" if d >= 2 else " [2점]")


def _intd(val: int, extra: list[int]) -> list[str]:
    pos = val > 0
    out = [str(v) for v in extra if (v > 0 or not pos) and v != val]
    for dv in (1, -1, 2, -2, val // 2, val, 3, -3, -2 * val):
        v = val + dv
        if (v > 0 or not pos) and v != val:
            out.append(str(v))
    return out


def _count_q(rng: random.Random, ctx: str, noun: str, val: int, extra: list[int], d: int,
             mcq_ok: bool = True) -> tuple[str, str, str, object]:
    """(text, answer, format, choice) for a counting question ``ctx`` + ``noun`` (…의 수)."""
    mode = rng.choice(["direct", "direct", "mcq", "ask"]) if mcq_ok else rng.choice(["direct", "ask"])
    if mode == "mcq":
        ch = choices(rng, str(val), _intd(val, extra), sort_key=int)
        return f"{ctx} {josa(noun, '은/는')}?{_pts(rng, d)}\n{ch.block}", ch.label, "mcq", ch
    if mode == "ask" and noun.endswith("방법의 수"):
        return f"{ctx} {noun[:-3]}은 모두 몇 가지인가?", str(val), "word", None
    return f"{ctx} {josa(noun, '을/를')} {_end(rng)}", str(val), "word", None


def _mq(rng: random.Random, text: str, val: int, extra: list[int], d: int, fmt: str,
        p: float = 0.45) -> tuple[str, str, str, object]:
    """Turn a question ending in "…은?" into a ①~⑤ item with probability ``p``."""
    if "?" not in text or rng.random() >= p:
        return text, str(val), fmt, None
    ch = choices(rng, str(val), _intd(val, [*extra, val + 4, val + 5]), sort_key=int)
    return f"{text.replace('?', '?' + _pts(rng, d), 1)}\n{ch.block}", ch.label, "mcq", ch


def _near(fr: Fr, extra: list[Fr] | None = None) -> list[Fr]:
    n, dd = fr.numerator, fr.denominator
    cands = list(extra or []) + [1 - fr, fr * 2, fr / 2, Fr(n + 1, dd), Fr(max(n - 1, 1), dd), Fr(n, dd + 1),
                                 Fr(n, max(dd - 1, 1)), Fr(n + 2, dd), fr * Fr(3, 2), fr * Fr(2, 3), Fr(n + 1, dd + 1),
                                 Fr(1, 2), Fr(1, 3), Fr(2, 3), Fr(1, 4), Fr(3, 4), Fr(1, 6), Fr(5, 6)]
    out: list[Fr] = []
    for c in cands:
        c = Fr(c)
        if 0 < c < 1 and c != fr and c not in out:
            out.append(c)
    return out


def _prob_q(rng: random.Random, ctx: str, noun: str, fr: Fr, extra: list[Fr] | None, d: int, st: str,
            modes: tuple[str, ...] = ("direct", "mcq", "pq")) -> tuple[str, str, str, object]:
    """(text, answer, format, choice) for a probability question: ``noun`` ends in 확률."""
    mode = rng.choice([m for m in modes if not (m == "pq" and fr.denominator == 1)])
    if mode == "mcq":
        opts = _near(fr, extra)
        ch = choices(rng, _F(fr, st), [_F(v, st) for v in opts], sort_key=_parse_fr)
        return f"{ctx} {josa(noun, '은/는')}?{_pts(rng, d)}\n{ch.block}", ch.label, "mcq", ch
    if mode == "pq":
        p, q = ("p", "q") if st != "latex" else ("$p$", "$q$")
        qp = "$\\frac{q}{p}$" if st == "latex" else "q/p"
        pq = "$p+q$" if st == "latex" else "p+q"
        cond = f"(단, {josa(p, '과/와')} {josa(q, '은/는')} 서로소인 자연수이다.)"
        forms = [f"{josa(noun, '은/는')} {qp}이다. {pq}의 값을 {_end(rng)} {cond}",
                 f"{josa(noun, '이/가')} {qp}일 때, {pq}의 값을 {_end(rng)} {cond}"]
        tail = forms[0] if ctx.rstrip().endswith("때,") else rng.choice(forms)
        return f"{ctx} {tail}{_pts(rng, d) if rng.random() < 0.5 else ''}", str(fr.numerator + fr.denominator), "word", None
    return f"{ctx} {josa(noun, '을/를')} {_end(rng)}", _fa(fr), "word", None


def _parse_fr(s: str) -> Fr:
    s = s.strip("$")
    if s.startswith("\\frac"):
        a, b = s[6:-1].split("}{")
        return Fr(int(a), int(b))
    return Fr(s)


def _bogi(rng: random.Random, stmts: list[tuple[str, bool]], d: int, lead: str) -> tuple[str, str, object]:
    """(text, answer label, choice) for a <보기> question with statements ㄱ, ㄴ, ㄷ."""
    labels = ["ㄱ", "ㄴ", "ㄷ"]
    true = ", ".join(lab for lab, (_, t) in zip(labels, stmts, strict=True) if t)
    body = "\n".join(f"{lab}. {s}" for lab, (s, _) in zip(labels, stmts, strict=True))
    ch = choices(rng, true, [o for o in _BOGI_OPTS if o != true], sort_key=_BOGI_OPTS.index)
    text = f"{lead}{_pts(rng, d)}\n<보기>\n{body}\n{ch.block}"
    return text, ch.label, ch


def _mk(text: str, ans: str, fmt: str, ch: object, d: int, concepts: list[str], chk, also: list[str] | None = None,
        lv: str | None = None) -> Problem:
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lv or secondary_level(d), concepts=concepts,
                   also=also or [], choice=ch, check=chk)


# =================================================================================================
# 12확통01-01 중복순열, 같은 것이 있는 순열
# =================================================================================================
@family("12확통01-01", "pi-notation-value")
def _p11_pi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["sum", "diff", "solve-n", "solve-r"])
    if kind == "sum":
        n1, r1, n2, r2 = rng.randint(2, 5), rng.randint(2, 4), rng.randint(2, 4), rng.randint(1, 3)
        expr = _w(f"{_sym('Π', n1, r1, st, False)} + {_sym('Π', n2, r2, st, False)}", st)
        val = n1 ** r1 + n2 ** r2
        text = rng.choice([f"{expr}의 값을 {_end(rng)}", f"다음 값을 계산하시오.\n{expr}", f"{expr}의 값은?"])
        chk = lambda: val == len(list(itertools.product(range(n1), repeat=r1))) + len(list(itertools.product(range(n2), repeat=r2)))  # noqa: E731
        d = 1
    elif kind == "diff":
        n, r = rng.randint(3, 6), rng.randint(2, 3)
        sp_ = _sym("Π", n, r, st, False)
        pp = _sym("P", n, r, st, False)
        expr = _w(f"{sp_} - {pp}", st)
        val = n ** r - pm.perm(n, r)
        text = rng.choice([f"{expr}의 값을 {_end(rng)}", f"다음을 계산하시오.\n{expr}"])
        chk = lambda: val == sum(1 for t in itertools.product(range(n), repeat=r) if len(set(t)) < r)  # noqa: E731
        d = 2
    elif kind == "solve-n":
        n, r = rng.randint(3, 9), rng.choice([2, 3])
        eq = _w(f"{_sym('Π', 'n', r, st, False)} = {n ** r}", st)
        val = n
        text = rng.choice([f"등식 {josa(eq, '을/를')} 만족시키는 자연수 n의 값을 {_end(rng)}",
                           f"{eq}일 때, 자연수 n의 값을 {_end(rng)}"])
        chk = lambda: [v for v in range(1, 30) if v ** r == n ** r] == [n]  # noqa: E731
        d = 2
    else:
        n, r = rng.choice([2, 3, 4]), rng.randint(3, 6)
        k = rng.randint(1, 3)
        eq = _w(f"{_sym('Π', n, 'r', st, False)} = {n ** r}", st)
        if rng.random() < 0.5:
            eq = _w(f"{_sym('Π', n, 'r', st, False)} = {n ** k} \\times {_sym('Π', n, r - k, st, False)}", st) if st == "latex" else \
                f"{_sym('Π', n, 'r', st)} = {n ** k} × {_sym('Π', n, r - k, st)}"
        val = r
        text = rng.choice([f"{josa(eq, '을/를')} 만족시키는 자연수 r의 값을 {_end(rng)}", f"{eq}일 때, r의 값은?"])
        chk = lambda: [v for v in range(1, 20) if n ** v == n ** r] == [r]  # noqa: E731
        d = 2
    _t, _a, _f, _c = _mq(rng, text, val, [val * 3, val + 10], d, "computation")
    return _mk(_t, _a, _f, _c, d, ["중복순열", "ₙΠᵣ"], chk)


@family("12확통01-01", "repeat-digit-numbers")
def _p11_digits(rng: random.Random) -> Problem:
    zero = rng.random() < 0.55
    hi = rng.randint(3, 6)
    digits = list(range(0 if zero else 1, hi + 1))
    r = rng.choice([3, 3, 4]) if len(digits) <= 5 else 3
    cond = rng.choice(["any", "even", "odd", "mult5", "big"])
    if cond == "mult5" and 5 not in digits and 0 not in digits:
        cond = "even"
    lead = rng.choice([d for d in digits if d > 1]) if cond == "big" else 0
    bound = lead * 10 ** (r - 1)
    q = {"any": f"{r}자리 자연수의 개수", "even": f"{r}자리 짝수의 개수", "odd": f"{r}자리 홀수의 개수",
         "mult5": f"5의 배수인 {r}자리 자연수의 개수", "big": f"{bound} 이상인 {r}자리 자연수의 개수"}[cond]
    cards = ", ".join(map(str, digits))
    ctx = rng.choice([
        f"{len(digits)}개의 숫자 {cards} 중에서 중복을 허락하여 {r}개를 택해 일렬로 나열하여 {r}자리 자연수를 만들 때,",
        f"숫자 {josa(cards, '을/를')} 여러 번 사용해도 된다고 할 때, 이 숫자들로 만들 수 있는",
        f"{josa(cards, '이/가')} 하나씩 적힌 카드가 충분히 많이 있다. 이 카드를 {r}장 골라 일렬로 놓아 만들 수 있는",
    ])
    if not ctx.endswith("때,"):
        q = q  # noun follows directly
    nz = [d for d in digits if d]

    def good(t: tuple) -> bool:
        if t[0] == 0:
            return False
        v = int("".join(map(str, t)))
        return {"any": True, "even": v % 2 == 0, "odd": v % 2 == 1, "mult5": v % 5 == 0, "big": v >= bound}[cond]

    last = {"any": digits, "even": [d for d in digits if d % 2 == 0], "odd": [d for d in digits if d % 2],
            "mult5": [d for d in digits if d % 5 == 0], "big": digits}[cond]
    firsts = len(nz) if cond != "big" else len([d for d in nz if d >= lead])
    val = firsts * len(digits) ** (r - 2) * len(last)
    d = 2 if cond == "any" else 3
    text, ans, fmt, ch = _count_q(rng, ctx, q, val, [len(digits) ** r, pm.perm(len(digits), r), len(nz) ** r], d)
    return _mk(text, ans, fmt, ch, d, ["중복순열", "ₙΠᵣ"],
               lambda: val == sum(1 for t in itertools.product(digits, repeat=r) if good(t)))


@family("12확통01-01", "count-functions")
def _p11_functions(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, n = rng.randint(2, 4), rng.randint(2, 5)
    xs = list(range(1, r + 1))
    ys = list(range(1, n + 1)) if rng.random() < 0.6 else ["a", "b", "c", "d", "e"][:n]
    cond = rng.choice(["all", "fix", "f1nef2", "not-inj", "hit"])
    if cond == "not-inj" and n < r:
        cond = "all"
    if cond == "fix" and not isinstance(ys[0], int):
        cond = "all"
    xs_t = "\\{" + ", ".join(map(str, xs)) + "\\}" if st == "latex" else "{" + ", ".join(map(str, xs)) + "}"
    ys_t = "\\{" + ", ".join(map(str, ys)) + "\\}" if st == "latex" else "{" + ", ".join(map(str, ys)) + "}"
    sets = f"두 집합 {_w('X = ' + xs_t, st)}, {_w('Y = ' + ys_t, st)}에 대하여"
    f = _w("f", st)
    y0 = ys[0]
    neq = _w("f(1) \\ne f(2)" if st == "latex" else "f(1) ≠ f(2)", st)
    cdesc = {"all": "", "fix": f" 중에서 {_w(f'f(1) = {y0}', st)}인 것", "f1nef2": f" 중에서 {neq}를 만족시키는 것",
             "not-inj": " 중에서 일대일함수가 아닌 것", "hit": f" 중에서 치역에 {josa(str(y0), '이/가')} 속하는 것"}[cond]
    if cond == "f1nef2" and r < 2:
        cond, cdesc = "all", ""
    noun = f"X에서 Y로의 함수 {f}{cdesc}의 개수" if cdesc else "X에서 Y로의 함수의 개수"
    val = {"all": n ** r, "fix": n ** (r - 1), "f1nef2": n * (n - 1) * n ** (r - 2), "not-inj": n ** r - pm.perm(n, r),
           "hit": n ** r - (n - 1) ** r}[cond]

    def ok(t: tuple) -> bool:
        return {"all": True, "fix": t[0] == y0, "f1nef2": t[0] != t[1], "not-inj": len(set(t)) < r, "hit": y0 in t}[cond]

    d = 2 if cond in ("all", "fix") else 3
    text, ans, fmt, ch = _count_q(rng, sets, noun, val, [r ** n, pm.perm(n, r) if n >= r else n * r, n * r], d)
    if fmt == "word" and rng.random() < 0.4:
        fmt = "computation"
    return _mk(text, ans, fmt, ch, d, ["중복순열", "함수"], lambda: val == sum(1 for t in itertools.product(ys, repeat=r) if ok(t)))


@family("12확통01-01", "distinct-into-groups")
def _p11_groups(rng: random.Random) -> Problem:
    ctxs = [
        ("학생", "명", "동아리", "개", "가입", "{k}명의 학생이 {n}개의 동아리 중 하나씩 골라 가입하려고 한다."),
        ("편지", "통", "우체통", "개", "넣", "서로 다른 편지 {k}통을 {n}개의 우체통에 나누어 넣으려고 한다. (단, 빈 우체통이 있을 수 있다.)"),
        ("사진", "장", "폴더", "개", "저장", "서로 다른 사진 {k}장을 {n}개의 폴더에 나누어 저장하려고 한다. (단, 사진이 없는 폴더가 있어도 된다.)"),
        ("관광객", "명", "호텔", "곳", "숙박", "관광객 {k}명이 {n}곳의 호텔 중 한 곳씩 골라 묵으려고 한다."),
        ("공", "개", "상자", "개", "넣", "1부터 {k}까지의 자연수가 하나씩 적힌 공 {k}개를 서로 다른 상자 {n}개에 넣으려고 한다. (단, 빈 상자가 있을 수 있다.)"),
    ]
    obj, ou, box, _bu, _verb, tmpl = rng.choice(ctxs)
    k, n = rng.randint(3, 5), rng.randint(2, 4)
    cond = rng.choice(["none", "pair-same", "one-banned"])
    ctx = tmpl.format(k=k, n=n)
    person = obj in ("학생", "관광객")
    if cond == "none":
        noun = {"학생": "가입하는 방법의 수", "관광객": "숙소를 정하는 방법의 수", "사진": "저장하는 방법의 수"}.get(obj, "넣는 방법의 수")
        val = n ** k
        ok = lambda t: True  # noqa: E731
    elif cond == "pair-same":
        noun = (f"두 {obj} A, B가 같은 {box}에 {'가입하는' if obj == '학생' else '묵는'} 방법의 수" if person
                else f"특정한 {obj} {josa(f'2{ou}', '이/가')} 같은 {box}에 들어가는 방법의 수")
        val = n * n ** (k - 2)
        ok = lambda t: t[0] == t[1]  # noqa: E731
    else:
        noun = (f"{obj} A가 첫 번째 {josa(box, '을/를')} 택하지 않는 방법의 수" if person
                else f"특정한 {obj} {josa(f'1{ou}', '이/가')} 첫 번째 {box}에는 들어가지 않는 방법의 수")
        val = (n - 1) * n ** (k - 1)
        ok = lambda t: t[0] != 0  # noqa: E731
    d = 2 if cond == "none" else 3
    text, ans, fmt, ch = _count_q(rng, ctx, noun, val, [k ** n, pm.comb(n + k - 1, k), pm.perm(max(n, k), min(n, k))], d)
    return _mk(text, ans, fmt, ch, d, ["중복순열", "ₙΠᵣ"], lambda: val == sum(1 for t in itertools.product(range(n), repeat=k) if ok(t)))


@family("12확통01-01", "signals-codes")
def _p11_signals(rng: random.Random) -> Problem:
    kind = rng.choice(["morse", "flags", "lamps", "min-length"])
    if kind == "morse":
        k, m = 2, rng.randint(3, 6)
        ctx = f"두 기호 ·, − 를 중복을 허락하여 1개 이상 {m}개 이하로 일렬로 나열하여 신호를 만들 때,"
        noun = "만들 수 있는 신호의 개수"
    elif kind == "flags":
        k, m = rng.choice([3, 4]), rng.randint(2, 4)
        cols = ["빨간색", "파란색", "노란색", "흰색"][:k]
        ctx = f"{', '.join(cols)} 깃발이 각각 충분히 있다. 깃발을 1개부터 {m}개까지 한 줄로 세워 신호를 만들 때,"
        noun = "만들 수 있는 서로 다른 신호의 개수"
    elif kind == "lamps":
        k, m = 2, rng.randint(3, 6)
        ctx = f"일렬로 놓인 전구 {m}개가 각각 켜지거나 꺼져서 신호를 나타낸다. 전구가 모두 꺼진 경우는 신호로 쓰지 않을 때,"
        noun = "나타낼 수 있는 신호의 개수"
        val = 2 ** m - 1
        text, ans, fmt, ch = _count_q(rng, ctx, noun, val, [2 ** m, 2 * m, m ** 2], 2)
        return _mk(text, ans, fmt, ch, 2, ["중복순열"], lambda: val == sum(1 for t in itertools.product((0, 1), repeat=m) if any(t)))
    else:
        k = rng.choice([2, 3])
        need = rng.randint(20, 150)
        syms = "두 기호 ○, ×" if k == 2 else "세 기호 ○, △, ×"
        m = next(mm for mm in range(1, 20) if sum(k ** i for i in range(1, mm + 1)) >= need)
        text = rng.choice([
            f"{josa(syms, '을/를')} 중복을 허락하여 1개 이상 n개 이하로 일렬로 나열하여 서로 다른 신호 {need}개 이상을 만들려고 한다. 자연수 n의 최솟값을 {_end(rng)}",
            f"{josa(syms, '을/를')} 사용하여 길이가 1 이상 n 이하인 부호를 만들어 {need}가지 물건에 서로 다른 부호를 붙이려고 한다. 필요한 n의 최솟값은?",
        ])
        return _mk(text, str(m), "word", None, 4, ["중복순열", "ₙΠᵣ"],
                   lambda: sum(1 for i in range(1, m + 1) for _ in itertools.product(range(k), repeat=i)) >= need > sum(k ** i for i in range(1, m)))
    val = sum(k ** i for i in range(1, m + 1))
    d = 3
    text, ans, fmt, ch = _count_q(rng, ctx, noun, val, [k ** m, k * m, sum(k ** i for i in range(1, m))], d)
    return _mk(text, ans, fmt, ch, d, ["중복순열", "ₙΠᵣ"],
               lambda: val == sum(1 for i in range(1, m + 1) for _ in itertools.product(range(k), repeat=i)))


_WORDS = ("BANANA", "LETTER", "COFFEE", "SUCCESS", "COOKIE", "APPLE", "PEPPER", "STREET", "ADDED", "GOOGLE",
          "TOMATO", "CHEESE", "PUPPY", "BALLOON")


def _mperm_count(items: list) -> int:
    c = Counter(items)
    v = pm.factorial(len(items))
    for m in c.values():
        v //= pm.factorial(m)
    return v


@family("12확통01-01", "word-arrangement")
def _p11_word(rng: random.Random) -> Problem:
    word = rng.choice(_WORDS)
    letters = list(word)
    c = Counter(letters)
    reps = [ch for ch, m in c.items() if m >= 2]
    cond = rng.choice(["none", "none", "start", "block", "ends-same"])
    lst = ", ".join(letters)
    intro = rng.choice([f"{len(letters)}개의 문자 {lst}를 모두 일렬로 나열할 때,", f"영어 단어 {word}에 있는 {len(letters)}개의 문자를 모두 한 번씩 사용하여 일렬로 나열할 때,",
                        f"문자 {lst}가 하나씩 적힌 카드 {len(letters)}장을 모두 일렬로 나열할 때,"])
    intro = intro.replace(f"{lst}를", josa(lst, "을/를")).replace(f"{lst}가", josa(lst, "이/가"))
    if cond == "none":
        noun = "나열하는 방법의 수"
        val = _mperm_count(letters)
        ok = lambda t: True  # noqa: E731
        d = 2
    elif cond == "start":
        s = rng.choice(sorted(c))
        noun = f"{josa(s, '이/가')} 맨 앞에 오는 경우의 수"
        rest = letters.copy()
        rest.remove(s)
        val = _mperm_count(rest)
        ok = lambda t: t[0] == s  # noqa: E731
        d = 3
    elif cond == "block":
        s = rng.choice(reps)
        noun = f"{c[s]}개의 {josa(s, '이/가')} 모두 이웃하는 경우의 수" if c[s] > 2 else f"두 {josa(s, '이/가')} 서로 이웃하는 경우의 수"
        rest = [x for x in letters if x != s] + ["*"]
        val = _mperm_count(rest)

        def ok(t: tuple) -> bool:
            idx = [i for i, x in enumerate(t) if x == s]
            return idx[-1] - idx[0] == len(idx) - 1
        d = 3
    else:
        s = rng.choice(reps)
        noun = f"양 끝에 모두 {josa(s, '이/가')} 오는 경우의 수"
        rest = letters.copy()
        rest.remove(s)
        rest.remove(s)
        val = _mperm_count(rest)
        ok = lambda t: t[0] == s and t[-1] == s  # noqa: E731
        d = 3
    text, ans, fmt, ch = _count_q(rng, intro, noun, val, [pm.factorial(len(letters)), val * 2, _mperm_count(letters) // 2], d)
    return _mk(text, ans, fmt, ch, d, ["같은 것이 있는 순열"], lambda: val == sum(1 for t in multiset_permutations(letters) if ok(tuple(t))))


@family("12확통01-01", "digit-cards-duplicates")
def _p11_cards(rng: random.Random) -> Problem:
    while True:
        pool = rng.sample([0, 1, 2, 3, 4, 5], rng.choice([2, 3]))
        mult = [rng.randint(1, 3) for _ in pool]
        cards = sorted(x for x, m in zip(pool, mult, strict=True) for _ in range(m))
        if 4 <= len(cards) <= 7 and len({x for x in cards if x}) >= 2:
            break
    n = len(cards)
    cond = rng.choice(["all", "even", "odd", "big"])
    if cond == "even" and not any(x % 2 == 0 for x in cards):
        cond = "odd"
    if cond == "odd" and not any(x % 2 for x in cards):
        cond = "all"
    mx = max(cards)
    q = {"all": f"{n}자리 자연수의 개수", "even": f"{n}자리 짝수의 개수", "odd": f"{n}자리 홀수의 개수",
         "big": f"{mx * 10 ** (n - 1)}보다 큰 {n}자리 자연수의 개수"}[cond]
    if cond == "big" and mx == min(x for x in cards if x):
        cond, q = "all", f"{n}자리 자연수의 개수"
    show = ", ".join(map(str, cards))
    ctx = rng.choice([f"{n}장의 카드 {show}를 모두 일렬로 나열하여 만들 수 있는",
                      f"숫자 {show}가 하나씩 적힌 {n}장의 카드를 모두 사용하여 {n}자리 자연수를 만들 때,",
                      f"숫자 카드 {show} 전부를 한 줄로 늘어놓아 만들 수 있는"])
    ctx = ctx.replace(f"{show}를", josa(show, "을/를")).replace(f"{show}가", josa(show, "이/가"))

    def good(t: tuple) -> bool:
        if t[0] == 0:
            return False
        v = int("".join(map(str, t)))
        return {"all": True, "even": v % 2 == 0, "odd": v % 2 == 1, "big": v > mx * 10 ** (n - 1)}[cond]

    val = sum(1 for t in multiset_permutations(cards) if good(tuple(t)))

    def chk() -> bool:  # count by the leading (and the last) digit with the formula n!/(p!q!…)
        tot = 0
        for first in set(cards):
            if first == 0:
                continue
            rest = cards.copy()
            rest.remove(first)
            if cond == "all":
                tot += _mperm_count(rest)
                continue
            for last in set(rest):
                if (last % 2 == 0) == (cond == "even"):
                    r2 = rest.copy()
                    r2.remove(last)
                    tot += _mperm_count(r2)
        return tot == val

    d = 3 if cond == "all" and 0 not in cards else 4
    text, ans, fmt, ch = _count_q(rng, ctx, q, val, [_mperm_count(cards), pm.factorial(n), val + _mperm_count(cards) // n], d)
    return _mk(text, ans, fmt, ch, d, ["같은 것이 있는 순열"], chk if cond != "big" else (lambda: val == sum(
        1 for t in set(itertools.permutations(cards)) if good(t))))


@family("12확통01-01", "fixed-order")
def _p11_order(rng: random.Random) -> Problem:
    n = rng.randint(5, 7)
    k = rng.randint(2, 3)
    letters = "ABCDEFG"[:n]
    kind = rng.choice(["letters", "visit", "show", "two-pairs"])
    if kind == "two-pairs" and n >= 5:
        val = pm.factorial(n) // 4
        text = rng.choice([
            f"{n}개의 문자 {', '.join(letters)}를 일렬로 나열할 때, A가 B보다 앞에 오고 C가 D보다 앞에 오도록 나열하는 방법의 수를 {_end(rng)}",
            f"{', '.join(letters)}의 {n}명이 한 줄로 설 때, A는 B보다 앞에, C는 D보다 앞에 서는 경우의 수는?",
        ]).replace(f"{', '.join(letters)}를", josa(", ".join(letters), "을/를"))
        ok = lambda t: t.index(0) < t.index(1) and t.index(2) < t.index(3)  # noqa: E731
        d = 4
    else:
        order = "ABC"[:k]
        if kind == "letters":
            text = (f"{n}개의 문자 {josa(', '.join(letters), '을/를')} 일렬로 나열할 때, {josa(', '.join(order), '이/가')} 이 순서대로 "
                    f"(이웃하지 않아도 됨) 나타나도록 나열하는 방법의 수를 {_end(rng)}")
        elif kind == "visit":
            places = rng.sample(["박물관", "공원", "도서관", "미술관", "시장", "전망대", "동물원", "과학관"], n)
            text = (f"여행에서 {', '.join(places)}의 {n}곳을 한 번씩 방문하려고 한다. {', '.join(places[:k])}는 반드시 이 순서대로 방문할 때, "
                    f"방문 순서를 정하는 방법의 수를 {_end(rng)}")
            text = text.replace(f"{', '.join(places)}를", josa(", ".join(places), "을/를")).replace(f"{', '.join(places[:k])}는", josa(", ".join(places[:k]), "은/는"))
        else:
            text = (f"학교 축제에서 {n}개 팀이 한 번씩 공연한다. 이 중 {k}개 팀은 1학년, 2학년{', 3학년' if k == 3 else ''} 순서로 공연해야 할 때, "
                    f"공연 순서를 정하는 경우의 수는? (단, 모든 팀은 서로 다르다.)")
        val = pm.factorial(n) // pm.factorial(k)
        ok = lambda t: sorted(t.index(i) for i in range(k)) == [t.index(i) for i in range(k)]  # noqa: E731
        d = 3
    _t, _a, _f, _c = _mq(rng, text, val, [val * 3, val + 10], d, "word")
    return _mk(_t, _a, _f, _c, d, ["같은 것이 있는 순열"],
               lambda: val == sum(1 for t in itertools.permutations(range(n)) if ok(t)))


@family("12확통01-01", "stairs-one-or-two")
def _p11_stairs(rng: random.Random) -> Problem:
    n = rng.randint(5, 10)
    big = rng.choice([2, 3]) if n >= 6 else 2
    ctx = rng.choice([
        f"계단을 한 번에 1칸 또는 {big}칸씩 올라간다. {n}칸의 계단을 올라가는",
        f"수직선 위의 원점에 있는 점 P가 한 번에 1 또는 {big}만큼 양의 방향으로 움직인다. 점 P가 좌표 {n}인 점까지 가는",
        f"{josa(name(rng), '은/는')} 징검다리를 한 번에 돌 1개 또는 {big}개씩 건너뛰며 건넌다. 출발점에서 {n}번째 돌까지 가는",
    ])
    val = sum(_mperm_count([1] * a + [big] * b) for b in range(n // big + 1) for a in [n - big * b])

    def ways(m: int) -> int:
        if m < 0:
            return 0
        if m == 0:
            return 1
        return ways(m - 1) + ways(m - big)
    text = f"{ctx} 방법의 수를 {_end(rng)}" if rng.random() < 0.7 else f"{ctx} 방법은 모두 몇 가지인가?"
    _t, _a, _f, _c = _mq(rng, text, val, [val * 3, val + 10], 4, "word")
    return _mk(_t, _a, _f, _c, 4, ["같은 것이 있는 순열"], lambda: val == ways(n))


@family("12확통01-01", "grid-paths-via-point")
def _p11_grid(rng: random.Random) -> Problem:
    w, h = rng.randint(4, 6), rng.randint(3, 5)
    px, py = rng.randint(1, w - 1), rng.randint(1, h - 1)
    cond = rng.choice(["via", "avoid", "via-up"])
    tot = _mperm_count(["R"] * w + ["U"] * h)
    via = _mperm_count(["R"] * px + ["U"] * py) * _mperm_count(["R"] * (w - px) + ["U"] * (h - py))
    if cond == "via":
        val, q = via, f"점 P({px}, {py})를 지나는"
    elif cond == "avoid":
        val, q = tot - via, f"점 P({px}, {py})를 지나지 않는"
    else:
        val, q = _mperm_count(["R"] * w + ["U"] * (h - 1)), "마지막 이동이 위쪽인"
    q = q.replace(f"P({px}, {py})를", f"P({px}, {py})" + ("을" if str(py)[-1] in "0136789" else "를"))
    text = rng.choice([
        f"좌표평면 위의 원점 O에서 출발하여 x축의 양의 방향 또는 y축의 양의 방향으로 한 번에 1만큼씩 움직여 점 A({w}, {h})까지 최단 거리로 가려고 한다. {q} 경로의 수를 {_end(rng)}",
        f"가로 방향으로 {w}칸, 세로 방향으로 {h}칸인 바둑판 모양의 도로망이 있다. 왼쪽 아래 꼭짓점 O를 원점으로 하여 오른쪽 위 꼭짓점 A({w}, {h})까지 최단 경로로 갈 때, {q} 경로는 모두 몇 가지인가?",
        f"문자 →를 {w}개, ↑를 {h}개 일렬로 나열하는 것은 원점에서 점 ({w}, {h})까지 가는 최단 경로 하나에 대응한다. 이를 이용하여 {q} 최단 경로의 수를 {_end(rng)}",
    ])

    def chk() -> bool:
        cnt = 0
        for t in multiset_permutations(["R"] * w + ["U"] * h):
            x = y = 0
            hit = False
            for s in t:
                x, y = (x + 1, y) if s == "R" else (x, y + 1)
                hit |= (x, y) == (px, py)
            cnt += {"via": hit, "avoid": not hit, "via-up": t[-1] == "U"}[cond]
        return cnt == val
    d = 3 if cond != "avoid" else 4
    _t, _a, _f, _c = _mq(rng, text, val, [val * 3, val + 10], d, "word")
    return _mk(_t, _a, _f, _c, d, ["같은 것이 있는 순열"], chk, also=["10공수1-03-03"])


@family("12확통01-01", "derivation-fill")
def _p11_fill(rng: random.Random) -> Problem:
    kind = rng.choice(["same", "pi"])
    if kind == "same":
        a, b = rng.randint(2, 3), rng.randint(2, 3)
        s1, s2, s3 = rng.choice([("a", "b", "c"), ("○", "●", "◎"), ("x", "y", "z"), ("빨간 공", "파란 공", "노란 공"), ("흰 바둑돌", "검은 바둑돌", "빨간 구슬")])
        n = a + b + 1
        tot = pm.factorial(n)
        rep = pm.factorial(a) * pm.factorial(b)
        text = (f"{s1} {a}개, {s2} {b}개, {s3} 1개를 일렬로 나열하는 방법의 수를 다음과 같이 구하였다. (가), (나), (다)에 알맞은 수를 {_end(rng, '쓰')}\n"
                f"같은 {s1} {a}개를 서로 다른 것으로 생각하고, {s2} {b}개도 서로 다른 것으로 생각하면 {n}개를 일렬로 나열하는 방법의 수는 (가)이다. "
                f"그런데 이 중에서 {s1}끼리의 자리만 바꾸거나 {s2}끼리의 자리만 바꾼 (나)가지는 같은 나열이 되므로 구하는 방법의 수는 (가)÷(나)=(다)이다.")
        val = f"(가) {tot}, (나) {rep}, (다) {tot // rep}"
        chk = lambda: tot // rep == sum(1 for _ in multiset_permutations([0] * a + [1] * b + [2]))  # noqa: E731
        d = 2
    else:
        st = pick_style(rng)
        n, r = rng.randint(2, 5), rng.randint(3, 5)
        if st == "latex":
            eq = "$" + _sym("Π", n, r, st, False) + " = (\\text{가})^{" + str(r) + "}$"
        else:
            eq = _sym("Π", n, r, st) + " = " + _pow("(가)", r, st)
        text = (f"서로 다른 {n}개에서 중복을 허락하여 {r}개를 택해 일렬로 나열할 때, 첫째 자리에 올 수 있는 것은 (가)가지, 둘째 자리에 올 수 있는 것도 (가)가지, …이므로 "
                f"곱의 법칙에 의하여 {eq} = (나)이다. (가), (나)에 알맞은 수를 {_end(rng, '쓰')}")
        val = f"(가) {n}, (나) {n ** r}"
        chk = lambda: len(list(itertools.product(range(n), repeat=r))) == n ** r  # noqa: E731
        d = 1
    return _mk(text, val, "fill", None, d, ["같은 것이 있는 순열" if kind == "same" else "중복순열"], chk)


# =================================================================================================
# 12확통01-02 중복조합
# =================================================================================================
def _H(n: int, r: int) -> int:
    return pm.comb(n + r - 1, r)


def _nsol(k: int, total: int, lo: list[int] | None = None, odd: bool = False) -> int:
    """Brute-force count of (x1…xk) of non-negative integers with sum ``total`` and xi ≥ lo[i]."""
    lo = lo or [0] * k
    return sum(1 for t in itertools.product(range(total + 1), repeat=k - 1)
               if sum(t) <= total and all(v >= m for v, m in zip((*t, total - sum(t)), lo, strict=True))
               and (not odd or all(v % 2 for v in (*t, total - sum(t)))))


@family("12확통01-02", "h-notation-value")
def _p12_h(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["value", "sum", "to-c", "solve"])
    if kind == "value":
        n, r = rng.randint(2, 6), rng.randint(2, 6)
        expr = _sym("H", n, r, st)
        val = str(_H(n, r))
        text = rng.choice([f"{expr}의 값을 {_end(rng)}", f"다음 값을 계산하시오.\n{expr}", f"{expr}의 값은?"])
        chk = lambda: int(val) == sum(1 for _ in itertools.combinations_with_replacement(range(n), r))  # noqa: E731
        d, fmt = 1, "computation"
    elif kind == "sum":
        n1, r1, n2, r2 = rng.randint(2, 5), rng.randint(2, 4), rng.randint(2, 5), rng.randint(1, 3)
        with_pi = rng.random() < 0.5
        if with_pi:
            expr = _w(f"{_sym('H', n1, r1, st, False)} + {_sym('Π', n2, r2, st, False)}", st)
        else:
            expr = _w(f"{_sym('H', n1, r1, st, False)} - {_sym('C', n1, min(r1, n1), st, False)}", st)
        v = _H(n1, r1) + n2 ** r2 if with_pi else _H(n1, r1) - pm.comb(n1, min(r1, n1))
        val = str(v)
        text = rng.choice([f"{expr}의 값을 {_end(rng)}", f"다음을 계산하시오.\n{expr}"])
        chk = lambda: int(val) == (sum(1 for _ in itertools.combinations_with_replacement(range(n1), r1)) + (  # noqa: E731
            n2 ** r2 if with_pi else -pm.comb(n1, min(r1, n1))))
        d, fmt = 2, "computation"
    elif kind == "to-c":
        n, r = rng.randint(3, 8), rng.randint(2, 6)
        a_, b_ = n + r - 1, r
        lhs = _sym("H", n, r, st, False)
        rhs = _sym("C", "a", b_, st, False) if rng.random() < 0.5 else _sym("C", "a", "b", st, False)
        eq = _w(f"{lhs} = {rhs}", st)
        if "b" in rhs:
            text = f"{eq}일 때, a + b의 최솟값을 {_end(rng)} (단, a, b는 자연수이다.)"
            val = str(a_ + min(b_, a_ - b_))
            chk = lambda: int(val) == min(x + y for x in range(1, 20) for y in range(0, x + 1) if pm.comb(x, y) == _H(n, r) and x == a_)  # noqa: E731
        else:
            text = f"{josa(eq, '을/를')} 만족시키는 자연수 a의 값을 {_end(rng)}"
            val = str(a_)
            chk = lambda: [x for x in range(b_, 30) if pm.comb(x, b_) == _H(n, r)] == [a_]  # noqa: E731
        d, fmt = 2, "fill" if rng.random() < 0.3 else "computation"
        if fmt == "fill":
            text = f"다음 등식의 □ 안에 알맞은 수를 써넣으시오.\n{_w(lhs + ' = ' + _sym('C', '□', b_, st, False), st)}"
    else:
        n = rng.randint(3, 9)
        r = 2
        eq = _w(f"{_sym('H', 'n', r, st, False)} = {_H(n, r)}", st)
        text = rng.choice([f"{eq}일 때, 자연수 n의 값을 {_end(rng)}", f"등식 {josa(eq, '을/를')} 만족시키는 자연수 n의 값은?"])
        val = str(n)
        chk = lambda: [v for v in range(1, 40) if v * (v + 1) // 2 == _H(n, 2)] == [n]  # noqa: E731
        d, fmt = 2, "computation"
    return _mk(text, val, fmt, None, d, ["중복조합", "ₙHᵣ"], chk)


@family("12확통01-02", "integer-solutions")
def _p12_solutions(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([3, 3, 4])
    vs = ["x", "y", "z", "w"][:k]
    total = rng.randint(5, 10)
    kind = rng.choice(["nonneg", "natural", "lower"])
    eq = _w(" + ".join(vs) + f" = {total}", st)
    if kind == "nonneg":
        lo = [0] * k
        cond = "음이 아닌 정수"
    elif kind == "natural":
        lo = [1] * k
        cond = "자연수"
    else:
        lo = [0] * k
        i = rng.randrange(k)
        lo[i] = rng.randint(2, 3)
        j = rng.choice([t for t in range(k) if t != i])
        lo[j] = 1
        cond = "음이 아닌 정수"
    extra = ""
    if kind == "lower":
        ge = "\\ge" if st == "latex" else "≥"
        extra = f" (단, {_w(f'{vs[i]} {ge} {lo[i]}', st)}, {_w(f'{vs[j]} {ge} {lo[j]}', st)})"
    val = _H(k, total - sum(lo))
    tup = "(" + ", ".join(vs) + ")"
    ctx = rng.choice([
        f"방정식 {josa(eq, '을/를')} 만족시키는 {cond} {vs[0]}, {', '.join(vs[1:])}의 순서쌍 {tup}의 개수를 {_end(rng)}{extra}",
        f"{eq}를 만족시키는 {cond}의 순서쌍 {tup}의 개수는?{extra}",
        f"다음 조건을 만족시키는 {cond} {', '.join(vs)}의 순서쌍 {tup}의 개수를 {_end(rng)}\n{eq}{extra}",
    ])
    ctx = ctx.replace(f"{eq}를", josa(eq, "을/를"))
    d = 2 if kind == "nonneg" else 3
    _t, _a, _f, _c = _mq(rng, ctx, val, [val * 3, val + 10], d, "computation")
    return _mk(_t, _a, _f, _c, d, ["중복조합", "ₙHᵣ"], lambda: val == _nsol(k, total, lo))


@family("12확통01-02", "buy-same-kind")
def _p12_buy(rng: random.Random) -> Problem:
    kinds = rng.choice([
        (["사과", "배", "귤", "감"], "과일", "개"), (["우유", "주스", "탄산수", "녹차"], "음료", "병"),
        (["크림빵", "단팥빵", "소금빵", "식빵"], "빵", "개"), (["빨간 장미", "노란 장미", "흰 장미", "분홍 장미"], "꽃", "송이"),
        (["볼펜", "연필", "형광펜", "사인펜"], "필기구", "자루"),
    ])
    k = rng.choice([3, 4])
    items, what, unit = kinds[0][:k], kinds[1], kinds[2]
    r = rng.randint(4, 9)
    cond = rng.choice(["any", "each", "first2"])
    lst = ", ".join(items)
    ctx = rng.choice([
        f"{what} 가게에서 {lst}의 {k}종류 중에서 {r}{unit}를 사려고 한다.",
        f"{lst} {k}종류의 {josa(what, '이/가')} 각각 충분히 많이 있다. 이 중에서 {r}{unit}를 고르려고 한다.",
        f"{josa(name(rng), '은/는')} {lst} 중에서 모두 {r}{unit}를 골라 선물 바구니를 만들려고 한다. (단, 각 종류는 충분히 많이 있다.)",
    ]).replace(f"{r}개를", f"{r}개를").replace(f"{r}병를", f"{r}병을").replace(f"{r}송이를", f"{r}송이를").replace(f"{r}자루를", f"{r}자루를")
    if cond == "any":
        noun = "사는 방법의 수" if "사려고" in ctx else "고르는 방법의 수"
        val, lo = _H(k, r), [0] * k
    elif cond == "each":
        noun = f"각 종류를 적어도 1{unit}씩 포함하도록 {'사는' if '사려고' in ctx else '고르는'} 방법의 수"
        val, lo = _H(k, r - k), [1] * k
    else:
        noun = f"{items[0]}를 2{unit} 이상 포함하도록 {'사는' if '사려고' in ctx else '고르는'} 방법의 수".replace(f"{items[0]}를", josa(items[0], "을/를"))
        val, lo = _H(k, r - 2), [2] + [0] * (k - 1)
    d = 2 if cond == "any" else 3
    text, ans, fmt, ch = _count_q(rng, ctx, noun, val, [pm.comb(k + r, r), k ** r, pm.comb(r - 1, k - 1) if r > k else r * k, _H(r, k)], d)
    return _mk(text, ans, fmt, ch, d, ["중복조합", "ₙHᵣ"], lambda: val == _nsol(k, r, lo))


@family("12확통01-02", "identical-to-people")
def _p12_share(rng: random.Random) -> Problem:
    obj, unit = rng.choice([("사탕", "개"), ("연필", "자루"), ("쿠폰", "장"), ("귤", "개"), ("공책", "권"), ("초콜릿", "개")])
    k = rng.randint(3, 4)
    ppl = names(rng, k)
    n = rng.randint(2 * k + 1, 12)
    cond = rng.choice(["none", "each1", "each2", "a-at-least"])
    who = ", ".join(ppl)
    ctx = rng.choice([
        f"같은 종류의 {obj} {n}{unit}를 {who} {k}명에게 남김없이 나누어 주려고 한다.",
        f"{obj} {n}{unit}를 {k}명의 학생 {who}에게 모두 나누어 줄 때,",
        f"{josa(who, '이/가')} 똑같은 {obj} {n}{unit}를 남김없이 나누어 가지려고 한다.",
    ])
    ctx = ctx.replace(f"{unit}를", josa(f"{n}{unit}", "을/를")[len(str(n)):])
    if cond == "none":
        noun = "나누어 주는 방법의 수" if "가지려고" not in ctx else "나누어 가지는 방법의 수"
        noun = f"{noun.split(' 방법')[0]} 방법의 수 (단, {obj}를 하나도 받지 못하는 사람이 있을 수 있다.)".replace(f"{obj}를", josa(obj, "을/를"))
        val, lo = _H(k, n), [0] * k
    elif cond in ("each1", "each2"):
        m = 1 if cond == "each1" else 2
        noun = f"각 사람이 적어도 {m}{unit}씩 받도록 나누는 방법의 수"
        val, lo = _H(k, n - m * k), [m] * k
    else:
        m = rng.randint(2, 3)
        noun = f"{josa(ppl[0], '이/가')} {m}{unit} 이상 받도록 나누는 방법의 수"
        val, lo = _H(k, n - m), [m] + [0] * (k - 1)
    d = 2 if cond == "none" else 3
    text = f"{ctx} {noun}를 {_end(rng)}" if not noun.endswith(")") else f"{ctx} {noun.split(' (단')[0]}를 {_end(rng)} (단{noun.split(' (단')[1]}"
    _t, _a, _f, _c = _mq(rng, text, val, [val * 3, val + 10], d, "word")
    return _mk(_t, _a, _f, _c, d, ["중복조합", "ₙHᵣ"], lambda: val == _nsol(k, n, lo))


@family("12확통01-02", "expansion-term-count")
def _p12_terms(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["three", "four", "product"])
    n = rng.randint(3, 8)
    if kind == "three":
        expr = _w(_pow("(a + b + c)", n, st), st)
        val = _H(3, n)
        chk = lambda: val == len(sp.Poly(sp.expand((sp.Symbol("a") + sp.Symbol("b") + sp.Symbol("c")) ** n)).terms())  # noqa: E731
    elif kind == "four":
        n = rng.randint(2, 5)
        expr = _w(_pow("(x + y + z + w)", n, st), st)
        val = _H(4, n)
        chk = lambda: val == sum(1 for _ in itertools.combinations_with_replacement("xyzw", n))  # noqa: E731
    else:
        m = rng.randint(2, 5)
        n = rng.randint(2, 5)
        expr = _w(_pow("(a + b)", m, st) + _pow("(x + y + z)", n, st), st)
        val = (m + 1) * _H(3, n)
        chk = lambda: val == len(sp.Poly(sp.expand((sp.Symbol("a") + sp.Symbol("b")) ** m * (sp.Symbol("x") + sp.Symbol("y") + sp.Symbol("z")) ** n)).terms())  # noqa: E731
    text = rng.choice([f"다항식 {josa(expr, '을/를')} 전개할 때, 서로 다른 항의 개수를 {_end(rng)}",
                       f"{josa(expr, '의')[:-1] if False else expr}의 전개식에서 서로 다른 항은 모두 몇 개인가?",
                       f"{josa(expr, '을/를')} 전개하여 동류항끼리 정리하였을 때, 항의 개수는?"])
    d = 2 if kind != "product" else 3
    _t, _a, _f, _c = _mq(rng, text, val, [val * 3, val + 10], d, "computation")
    return _mk(_t, _a, _f, _c, d, ["중복조합", "ₙHᵣ"], chk)


@family("12확통01-02", "nondecreasing-function")
def _p12_func(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, n = rng.randint(3, 4), rng.randint(3, 6)
    le = "\\le" if st == "latex" else ("≤" if st == "unicode" else "<=")
    lt = "<"
    kind = rng.choice(["le", "lt", "le-fix"])
    xs = "\\{" + ", ".join(map(str, range(1, r + 1))) + "\\}" if st == "latex" else "{" + ", ".join(map(str, range(1, r + 1))) + "}"
    ys = "\\{" + ", ".join(map(str, range(1, n + 1))) + "\\}" if st == "latex" else "{" + ", ".join(map(str, range(1, n + 1))) + "}"
    if kind == "lt" and n < r:
        kind = "le"
    fix = rng.randint(2, n - 1)
    rel = le if kind != "lt" else lt
    chain = f" {rel} ".join(f"f({i})" for i in range(1, r + 1))
    cond = _w(chain, st)
    if kind == "le-fix":
        cond += f", {_w(f'f(2) = {fix}', st)}"
    text = rng.choice([
        f"두 집합 {_w('X = ' + xs, st)}, {_w('Y = ' + ys, st)}에 대하여 X에서 Y로의 함수 f 중에서 {josa(cond, '을/를')} 만족시키는 함수의 개수를 {_end(rng)}",
        f"집합 {_w('X = ' + xs, st)}에서 집합 {_w('Y = ' + ys, st)}로의 함수 f가 다음 조건을 만족시킬 때, 함수 f의 개수는?\n{cond}",
    ])
    if kind == "le":
        val = _H(n, r)
        ok = lambda t: all(t[i] <= t[i + 1] for i in range(r - 1))  # noqa: E731
        d = 3
    elif kind == "lt":
        val = pm.comb(n, r)
        ok = lambda t: all(t[i] < t[i + 1] for i in range(r - 1))  # noqa: E731
        d = 3
    else:
        val = fix * _H(n - fix + 1, r - 2)
        ok = lambda t: all(t[i] <= t[i + 1] for i in range(r - 1)) and t[1] == fix  # noqa: E731
        d = 4
    also = ["10공수1-03-03"] if kind == "lt" else []
    _t, _a, _f, _c = _mq(rng, text, val, [val * 2, r ** n], d, rng.choice(["computation", "word"]))
    return _mk(_t, _a, _f, _c, d, ["중복조합", "함수"],
               lambda: val == sum(1 for t in itertools.product(range(1, n + 1), repeat=r) if ok(t)), also=also)


@family("12확통01-02", "ordered-integers")
def _p12_ordered(rng: random.Random) -> Problem:
    st = pick_style(rng)
    le = "\\le" if st == "latex" else ("≤" if st == "unicode" else "<=")
    k, n = rng.choice([3, 3, 4]), rng.randint(4, 9)
    vs = ["a", "b", "c", "d"][:k]
    kind = rng.choice(["le", "mixed"])
    if kind == "le":
        chain = f"1 {le} " + f" {le} ".join(vs) + f" {le} {n}"
        val = _H(n, k)
        ok = lambda t: all(t[i] <= t[i + 1] for i in range(k - 1))  # noqa: E731
        d = 3
    else:
        chain = f"1 {le} {vs[0]} < " + f" {le} ".join(vs[1:]) + f" {le} {n}"
        # a < b: let b' = b - 1, then 1 ≤ a ≤ b' ≤ c… ≤ n - 1 is wrong for c; count directly
        val = sum(1 for t in itertools.combinations_with_replacement(range(1, n + 1), k) if t[0] < t[1])
        ok = lambda t: t[0] < t[1] and all(t[i] <= t[i + 1] for i in range(1, k - 1))  # noqa: E731
        d = 4
    tup = "(" + ", ".join(vs) + ")"
    text = rng.choice([
        f"{_w(chain, st)}를 만족시키는 자연수 {', '.join(vs)}의 순서쌍 {tup}의 개수를 {_end(rng)}",
        f"다음 조건을 만족시키는 자연수의 순서쌍 {tup}의 개수는?\n{_w(chain, st)}",
    ])
    text = text.replace(f"{_w(chain, st)}를", josa(_w(chain, st), "을/를"))

    def chk() -> bool:
        return val == sum(1 for t in itertools.product(range(1, n + 1), repeat=k) if ok(t))
    _t, _a, _f, _c = _mq(rng, text, val, [val * 3, val + 10], d, "computation")
    return _mk(_t, _a, _f, _c, d, ["중복조합", "ₙHᵣ"], chk)


@family("12확통01-02", "sum-at-most")
def _p12_atmost(rng: random.Random) -> Problem:
    st = pick_style(rng)
    le = "\\le" if st == "latex" else ("≤" if st == "unicode" else "<=")
    n = rng.randint(4, 9)
    k = rng.choice([2, 3])
    vs = ["x", "y", "z"][:k]
    kind = rng.choice(["nonneg", "natural"])
    ineq = _w(" + ".join(vs) + f" {le} {n}", st)
    if kind == "nonneg":
        val = _H(k + 1, n)
        cond = "음이 아닌 정수"
        rng_ = range(0, n + 1)
    else:
        val = _H(k + 1, n - k)
        cond = "자연수"
        rng_ = range(1, n + 1)
    text = rng.choice([
        f"부등식 {josa(ineq, '을/를')} 만족시키는 {cond} {', '.join(vs)}의 순서쌍 ({', '.join(vs)})의 개수를 {_end(rng)}",
        f"{cond} {', '.join(vs)}에 대하여 {ineq}를 만족시키는 순서쌍 ({', '.join(vs)})의 개수는?",
        f"부등식 {josa(ineq, '을/를')} 만족시키는 {cond}해의 순서쌍의 개수를 새로운 변수 w를 도입하여 {_end(rng)}",
    ]).replace(f"{ineq}를", josa(ineq, "을/를"))
    _t, _a, _f, _c = _mq(rng, text, val, [val * 3, val + 10], 4, "computation")
    return _mk(_t, _a, _f, _c, 4, ["중복조합", "ₙHᵣ"],
               lambda: val == sum(1 for t in itertools.product(rng_, repeat=k) if sum(t) <= n))


@family("12확통01-02", "anonymous-vote-dice")
def _p12_vote(rng: random.Random) -> Problem:
    kind = rng.choice(["vote", "dice", "coins-bag", "vote-min"])
    if kind == "vote":
        c, v = rng.randint(2, 4), rng.randint(5, 12)
        text = rng.choice([
            f"후보 {c}명이 출마한 반장 선거에서 유권자 {v}명이 한 명의 후보에게 한 표씩 무기명으로 투표하였다. 기권이나 무효표가 없을 때, 개표 결과로 나올 수 있는 경우의 수를 {_end(rng)}",
            f"{c}개의 안건 중 하나에 {v}명이 한 표씩 무기명 투표를 할 때, 각 안건이 얻은 표의 수로 나타나는 결과는 모두 몇 가지인가? (단, 기권은 없다.)",
        ])
        val, chk = _H(c, v), (lambda: val == _nsol(c, v))
        d = 3
    elif kind == "vote-min":
        c, v = rng.randint(2, 3), rng.randint(6, 12)
        text = (f"후보 {c}명에게 유권자 {v}명이 한 표씩 무기명 투표를 하였다. 모든 후보가 적어도 1표씩 얻었을 때, 각 후보의 득표수로 나타나는 개표 결과의 경우의 수를 {_end(rng)} (단, 기권이나 무효표는 없다.)")
        val, chk = _H(c, v - c), (lambda: val == _nsol(c, v, [1] * c))
        d = 3
    elif kind == "dice":
        k = rng.randint(2, 4)
        text = rng.choice([
            f"모양과 크기가 같은 주사위 {k}개를 동시에 던질 때, 나오는 눈의 수의 결과는 모두 몇 가지인가? (단, 주사위끼리는 서로 구별하지 않는다.)",
            f"서로 구별되지 않는 주사위 {k}개를 한 번 던졌을 때 나올 수 있는 눈의 조합의 가짓수를 {_end(rng)}",
        ])
        val = _H(6, k)
        chk = lambda: val == len({tuple(sorted(t)) for t in itertools.product(range(1, 7), repeat=k)})  # noqa: E731
        d = 2
    else:
        k, r = rng.randint(3, 4), rng.randint(4, 8)
        coins = ["100원짜리", "500원짜리", "50원짜리", "10원짜리"][:k]
        text = (f"{', '.join(coins)} 동전이 각각 충분히 많이 있다. 이 중에서 동전 {r}개를 꺼내 저금통에 넣는 방법의 수를 {_end(rng)} (단, 같은 종류의 동전끼리는 서로 구별하지 않는다.)")
        val = _H(k, r)
        chk = lambda: val == len({tuple(sorted(t)) for t in itertools.product(range(k), repeat=r)})  # noqa: E731
        d = 2
    _t, _a, _f, _c = _mq(rng, text, val, [val * 3, val + 10], d, "word")
    return _mk(_t, _a, _f, _c, d, ["중복조합", "ₙHᵣ"], chk)


@family("12확통01-02", "odd-or-even-solutions")
def _p12_odd(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = 3
    kind = rng.choice(["odd", "even"])
    m = rng.randint(3, 7)
    if kind == "odd":
        total = 2 * m + 3
        val = _H(3, m)
        cond = "홀수인 자연수"
        ok = lambda t: all(v % 2 for v in t)  # noqa: E731
    else:
        total = 2 * m
        val = _H(3, m - 3)
        cond = "짝수인 자연수"
        ok = lambda t: all(v % 2 == 0 for v in t)  # noqa: E731
    eq = _w(f"x + y + z = {total}", st)
    text = rng.choice([
        f"방정식 {josa(eq, '을/를')} 만족시키는 {cond} x, y, z의 순서쌍 (x, y, z)의 개수를 {_end(rng)}",
        f"x, y, z가 모두 {cond}일 때, {josa(eq, '을/를')} 만족시키는 순서쌍 (x, y, z)의 개수는? [4점]",
    ])
    _t, _a, _f, _c = _mq(rng, text, val, [val * 3, val + 10], 4, "computation")
    return _mk(_t, _a, _f, _c, 4, ["중복조합", "ₙHᵣ"],
               lambda: val == sum(1 for t in itertools.product(range(1, total + 1), repeat=k - 1) if (total - sum(t)) >= 1 and ok((*t, total - sum(t)))))


@family("12확통01-02", "stars-bars-fill")
def _p12_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k, r = rng.randint(3, 4), rng.randint(4, 7)
    sym = rng.choice([("○", "|"), ("●", "|"), ("★", "/")])
    kinds = ["A", "B", "C", "D"][:k]
    text = (f"서로 다른 {k}종류 {', '.join(kinds)}에서 중복을 허락하여 {r}개를 택하는 방법의 수를 다음과 같이 구하였다. (가), (나), (다)에 알맞은 수를 {_end(rng, '쓰')}\n"
            f"택한 {r}개를 {sym[0]}로 나타내고, 종류를 구분하기 위한 칸막이 (가)개를 {sym[1]}로 나타내면 "
            f"택하는 방법 하나는 {sym[0]} {r}개와 {sym[1]} (가)개를 일렬로 나열하는 방법 하나에 대응한다. "
            f"따라서 구하는 방법의 수는 (나)개의 자리 중에서 {sym[1]}가 놓일 자리를 고르는 방법의 수와 같으므로 "
            f"{_w(_sym('H', k, r, st, False) + ' = ' + _sym('C', '(나)', k - 1, st, False), st)} = (다)이다.")
    text = text.replace("{}_{(나)}", "{}_{(\\text{나})}")
    val = f"(가) {k - 1}, (나) {r + k - 1}, (다) {_H(k, r)}"
    return _mk(text, val, "fill", None, 2, ["중복조합", "ₙHᵣ"],
               lambda: _H(k, r) == sum(1 for _ in multiset_permutations(["o"] * r + ["|"] * (k - 1))))


# =================================================================================================
# 12확통01-03 이항정리
# =================================================================================================
_x, _y = sp.symbols("x y")


def _lin(a: int, b: int, st: str, v: str = "x", w: str = "") -> str:
    """(ax + b) or (ax + by) as text."""
    ta = ("" if a == 1 else "-" if a == -1 else str(a)) + v
    tb = ("" if abs(b) == 1 else str(abs(b))) + w if w else str(abs(b))
    return f"({ta} {'+' if b > 0 else '-'} {tb})"


def _xp(k: int, st: str) -> str:
    """x^k as printed (x, x², x^{3})."""
    if k == 1:
        return "x"
    if st == "latex":
        return f"x^{{{k}}}"
    return f"x{str(k).translate(_SUP)}" if st == "unicode" else f"x^{k}"


@family("12확통01-03", "coef-linear-binomial")
def _p13_coef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(4, 8)
    a = rng.choice([1, 1, 2, 3])
    b = rng.choice([1, 2, 3, -1, -2, -3])
    k = rng.randint(1, n - 1)
    two = rng.random() < 0.35
    if two:
        base = _lin(a, b, st, "x", "y")
        expr = sp.expand((a * _x + b * _y) ** n)
        mono = _xp(k, st) + ("y" if n - k == 1 else (f"y^{{{n - k}}}" if st == "latex" else (f"y{str(n - k).translate(_SUP)}" if st == "unicode" else f"y^{n - k}")))
        val = pm.comb(n, k) * a ** k * b ** (n - k)
        chk = lambda: val == expr.coeff(_x, k).coeff(_y, n - k)  # noqa: E731
    else:
        base = _lin(a, b, st)
        mono = _xp(k, st)
        val = pm.comb(n, k) * a ** k * b ** (n - k)
        chk = lambda: val == sp.expand((a * _x + b) ** n).coeff(_x, k)  # noqa: E731
    whole = _w(_pow(base, n, st), st)
    m = _w(mono, st)
    text = rng.choice([
        f"{whole}의 전개식에서 {m}의 계수를 {_end(rng)}",
        f"다항식 {josa(whole, '을/를')} 전개하였을 때, {m}의 계수는?",
        f"{whole}의 전개식에서 {josa(m, '이/가')} 포함된 항의 계수를 {_end(rng)}",
    ])
    wrong = [pm.comb(n, k) * abs(a) ** k * abs(b) ** (n - k) * (-1 if val > 0 else 1), pm.comb(n, k), pm.comb(n, k) * a ** (n - k) * b ** k]
    d = 2 if (a == 1 and b > 0) else 3
    if "?" in text and rng.random() < 0.5:
        opts = [str(v) for v in dict.fromkeys([*wrong, val + pm.comb(n, k), val - pm.comb(n, k), 2 * val, -val, 3 * val]) if v != val]
        ch = choices(rng, str(val), opts, sort_key=int)
        return _mk(f"{text}{_pts(rng, d)}\n{ch.block}", ch.label, "mcq", ch, d, ["이항정리", "이항계수"], chk)
    return _mk(text, str(val), "computation", None, d, ["이항정리", "이항계수"], chk)


@family("12확통01-03", "coef-with-reciprocal")
def _p13_recip(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p = rng.choice([1, 2, 2, 3])
    n = rng.choice([m for m in range(4, 10) if m * p % (p + 1) == 0] or [6])
    a = rng.choice([1, 2, 3, -1, -2])
    # term: C(n,r) x^{p(n-r)} (a/x)^r → exponent p(n-r) - r
    kind = rng.choice(["const", "power"])
    if kind == "const" and n * p % (p + 1):
        kind = "power"
    r = n * p // (p + 1) if kind == "const" else rng.randint(0, n)
    e = p * (n - r) - r
    val = pm.comb(n, r) * a ** r
    if st == "latex":
        first = "x" if p == 1 else f"x^{{{p}}}"
        sec = f"\\frac{{{abs(a)}}}{{x}}"
        base = f"\\left({first} {'+' if a > 0 else '-'} {sec}\\right)^{{{n}}}"
        whole = f"${base}$"
    else:
        first = "x" if p == 1 else (_xp(p, st))
        base = f"({first} {'+' if a > 0 else '-'} {abs(a)}/x)"
        whole = _pow(base, n, st)
    if e == 0:
        q = "상수항"
    elif e > 0:
        q = f"{_w(_xp(e, st), st)}의 계수"
    else:
        q = f"{_w(_frac_x(-e, st), st)}의 계수"
    text = rng.choice([f"{whole}의 전개식에서 {josa(q, '을/를')} {_end(rng)}", f"{whole}의 전개식에서 {josa(q, '은/는')}?",
                       f"다항식이 아닌 식 {whole}를 전개하였을 때, {josa(q, '을/를')} {_end(rng)}".replace(f"{whole}를", josa(whole, "을/를"))])
    if st != "latex":
        text = text.replace("다항식이 아닌 식 ", "")
    else:
        text = text.replace("다항식이 아닌 식 ", "식 ")
    X = sp.Symbol("x", positive=True)
    chk = lambda: sp.expand((X ** p + sp.Integer(a) / X) ** n).coeff(X, e) == val if e != 0 else sp.expand((X ** p + sp.Integer(a) / X) ** n).as_coefficients_dict()[1] == val  # noqa: E731
    d = 3 if a in (1, 2) else 4
    return _mk(text, str(val), "computation", None, d, ["이항정리", "이항계수"], chk)


def _frac_x(k: int, st: str) -> str:
    if st == "latex":
        return f"\\frac{{1}}{{{_xp(k, st)}}}"
    return f"1/{_xp(k, st)}"


@family("12확통01-03", "find-parameter-from-coef")
def _p13_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(4, 8)
    a = rng.randint(2, 5)
    k = rng.randint(1, n - 1)
    kind = rng.choice(["x+a", "1+ax", "ratio"])
    if kind == "x+a":
        whole = _w(_pow("(x + a)", n, st), st)
        c = pm.comb(n, k) * a ** (n - k)
        cond = f"{_w(_xp(k, st), st)}의 계수가 {c}"
        chk = lambda: [v for v in range(1, 20) if pm.comb(n, k) * v ** (n - k) == c] == [a]  # noqa: E731
    elif kind == "1+ax":
        whole = _w(_pow("(1 + ax)", n, st), st)
        c = pm.comb(n, k) * a ** k
        cond = f"{_w(_xp(k, st), st)}의 계수가 {c}"
        chk = lambda: [v for v in range(1, 20) if pm.comb(n, k) * v ** k == c] == [a]  # noqa: E731
    else:
        k = rng.randint(1, n - 2)
        whole = _w(_pow("(x + a)", n, st), st)
        c1 = pm.comb(n, k) * a ** (n - k)
        c2 = pm.comb(n, k + 1) * a ** (n - k - 1)
        ratio = Fr(c1, c2)
        cond = f"{_w(_xp(k, st), st)}의 계수가 {_w(_xp(k + 1, st), st)}의 계수의 {_fa(ratio) if ratio.denominator == 1 else _F(ratio, st)}배"
        chk = lambda: [v for v in range(1, 20) if Fr(pm.comb(n, k) * v ** (n - k), pm.comb(n, k + 1) * v ** (n - k - 1)) == ratio] == [a]  # noqa: E731
    text = rng.choice([
        f"{whole}의 전개식에서 {cond}일 때, 양수 a의 값을 {_end(rng)}",
        f"다항식 {whole}의 전개식에서 {cond}이다. 양수 a의 값은?",
    ])
    text = text.replace("배일 때", "일 때").replace("배이다", "이다") if False else text
    d = 3 if kind != "ratio" else 4
    _t, _a, _f, _c = _mq(rng, text, a, [a + 5, a * 2], d, "computation")
    return _mk(_t, _a, _f, _c, d, ["이항정리", "이항계수"], chk)


@family("12확통01-03", "product-with-binomial")
def _p13_product(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(3, 7)
    c = rng.choice([1, 2, 3, -1, -2])
    b = rng.choice([v for v in (1, -1, 2, -2) if v != c])
    k = rng.randint(2, n)
    fac = f"(x {'+' if c > 0 else '-'} {abs(c)})" if rng.random() < 0.6 else f"({abs(c)} {'+' if c > 0 else '-'} x)".replace(f"({abs(c)} - x)", f"({abs(c)} - x)")
    if fac.startswith("(x"):
        poly1 = _x + c
    else:
        poly1 = abs(c) + (1 if c > 0 else -1) * _x
        fac = f"({abs(c)} {'+' if c > 0 else '-'} x)"
    whole = _w(fac + _pow(_lin(1, b, st), n, st), st)
    expr = sp.expand(poly1 * (_x + b) ** n)
    val = int(expr.coeff(_x, k))
    p1 = sp.Poly(poly1, _x)

    def chk() -> bool:
        tot = 0
        for (dg,), cf in zip(p1.monoms(), p1.coeffs(), strict=True):
            j = k - dg
            if 0 <= j <= n:
                tot += cf * pm.comb(n, j) * b ** (n - j)
        return tot == val
    text = rng.choice([f"{whole}의 전개식에서 {_w(_xp(k, st), st)}의 계수를 {_end(rng)}",
                       f"다항식 {whole}의 전개식에서 {_w(_xp(k, st), st)}의 계수는?"])
    _t, _a, _f, _c = _mq(rng, text, val, [pm.comb(n, k), val * 2], 3, "computation")
    return _mk(_t, _a, _f, _c, 3, ["이항정리", "이항계수"], chk)


@family("12확통01-03", "binomial-coefficient-sums")
def _p13_sums(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(5, 12)
    kind = rng.choice(["all", "odd", "from1", "weighted", "minn"])
    C = lambda r: _sym("C", n, r, st, False)  # noqa: E731
    if kind == "all":
        expr = f"{C(0)} + {C(1)} + {C(2)} + \\cdots + {C(n)}" if st == "latex" else f"{C(0)} + {C(1)} + {C(2)} + … + {C(n)}"
        val = 2 ** n
        chk = lambda: val == sum(pm.comb(n, r) for r in range(n + 1))  # noqa: E731
        d = 2
    elif kind == "odd":
        last = n if n % 2 else n - 1
        expr = f"{C(1)} + {C(3)} + {C(5)} + \\cdots + {C(last)}" if st == "latex" else f"{C(1)} + {C(3)} + {C(5)} + … + {C(last)}"
        val = 2 ** (n - 1)
        chk = lambda: val == sum(pm.comb(n, r) for r in range(1, n + 1, 2))  # noqa: E731
        d = 3
    elif kind == "from1":
        expr = f"{C(1)} + {C(2)} + \\cdots + {C(n - 1)}" if st == "latex" else f"{C(1)} + {C(2)} + … + {C(n - 1)}"
        val = 2 ** n - 2
        chk = lambda: val == sum(pm.comb(n, r) for r in range(1, n))  # noqa: E731
        d = 3
    elif kind == "weighted":
        n = rng.randint(4, 7)
        w = rng.choice([2, 3])
        C = lambda r: _sym("C", n, r, st, False)  # noqa: E731
        t2 = f"{w}^{{2}}" if st == "latex" else (f"{w}²" if st == "unicode" else f"{w}^2")
        tn = f"{w}^{{{n}}}" if st == "latex" else (f"{w}{str(n).translate(_SUP)}" if st == "unicode" else f"{w}^{n}")
        dots = "\\cdots" if st == "latex" else "…"
        mul = "" if st == "latex" else "×"
        expr = f"{C(0)} + {w}{mul}{C(1)} + {t2}{mul}{C(2)} + {dots} + {tn}{mul}{C(n)}"
        val = (w + 1) ** n
        chk = lambda: val == sum(pm.comb(n, r) * w ** r for r in range(n + 1))  # noqa: E731
        d = 3
    else:
        bound = rng.choice([100, 200, 500, 1000, 2000, 4000])
        nn = next(m for m in range(1, 30) if 2 ** m - 1 > bound)
        Cn = lambda r: _sym("C", "n", r, st, False)  # noqa: E731
        dots = "\\cdots" if st == "latex" else "…"
        expr = f"{Cn(1)} + {Cn(2)} + {Cn(3)} + {dots} + {Cn('n')} > {bound}"
        text = rng.choice([f"부등식 {_w(expr, st)}를 만족시키는 자연수 n의 최솟값을 {_end(rng)}",
                           f"{_w(expr, st)}를 만족시키는 자연수 n의 최솟값은?"])
        text = text.replace(f"{_w(expr, st)}를", josa(_w(expr, st), "을/를"))
        _t, _a, _f, _c = _mq(rng, text, nn, [nn + 5], 3, "computation")
        return _mk(_t, _a, _f, _c, 3, ["이항계수", "이항정리"],
                   lambda: all(sum(pm.comb(m, r) for r in range(1, m + 1)) <= bound for m in range(1, nn))
                   and sum(pm.comb(nn, r) for r in range(1, nn + 1)) > bound)
    text = rng.choice([f"{_w(expr, st)}의 값을 {_end(rng)}", f"다음 식의 값을 구하시오.\n{_w(expr, st)}", f"{_w(expr, st)}의 값은?"])
    _t, _a, _f, _c = _mq(rng, text, val, [val // 2, val * 2, val - 1], d, "computation")
    return _mk(_t, _a, _f, _c, d, ["이항계수", "이항정리"], chk)


@family("12확통01-03", "pascal-triangle")
def _p13_pascal(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["hockey", "identity", "row"])
    if kind == "hockey":
        r = rng.choice([2, 3])
        n = rng.randint(r + 4, 10)
        dots = "\\cdots" if st == "latex" else "…"
        expr = " + ".join(_sym("C", m, r, st, False) for m in (r, r + 1, r + 2)) + f" + {dots} + " + _sym("C", n, r, st, False)
        val = pm.comb(n + 1, r + 1)
        text = rng.choice([f"파스칼의 삼각형의 성질을 이용하여 {_w(expr, st)}의 값을 {_end(rng)}", f"{_w(expr, st)}의 값은?",
                           f"다음 식의 값을 구하시오.\n{_w(expr, st)}"])
        chk = lambda: val == sum(pm.comb(m, r) for m in range(r, n + 1))  # noqa: E731
        d = 3
        fmt = "computation"
    elif kind == "identity":
        n = rng.randint(5, 12)
        r = rng.randint(1, n - 2)
        lhs = f"{_sym('C', n, r, st, False)} + {_sym('C', n, r + 1, st, False)}"
        rhs = _sym("C", "a", "b", st, False)
        text = rng.choice([f"{_w(lhs + ' = ' + rhs, st)}일 때, a + b의 값을 {_end(rng)} (단, a는 자연수, b는 a 이하의 자연수이고 b < a − b이다.)"
                           if r + 1 < (n + 1) - (r + 1) else f"{_w(lhs + ' = ' + rhs, st)}일 때, a + b의 값을 {_end(rng)} (단, a는 자연수, b는 a 이하의 자연수이고 b ≥ a − b이다.)"])
        text = text.replace("b < a − b", "b < a - b" if st == "plain" else "b < a − b")
        val = (n + 1) + (r + 1)
        chk = lambda: pm.comb(n, r) + pm.comb(n, r + 1) == pm.comb(n + 1, r + 1)  # noqa: E731
        d = 2
        fmt = "computation"
    else:
        n = rng.randint(5, 8)
        row = [pm.comb(n, r) for r in range(n + 1)]
        prev = [pm.comb(n - 1, r) for r in range(n)]
        i = rng.randint(1, n - 1)
        shown = [str(v) if j != i else "□" for j, v in enumerate(row)]
        text = (f"다음은 파스칼의 삼각형의 일부이다. □ 안에 알맞은 수를 {_end(rng, '쓰')}\n"
                f"{'  '.join(map(str, prev))}\n{'  '.join(shown)}")
        val = row[i]
        chk = lambda: val == prev[i - 1] + prev[i]  # noqa: E731
        d = 1
        fmt = "fill"
    return _mk(text, str(val), fmt, None, d, ["파스칼의 삼각형", "이항계수"], chk)


@family("12확통01-03", "remainder-by-binomial")
def _p13_rem(rng: random.Random) -> Problem:
    m = rng.choice([10, 20, 30, 8, 6])
    sgn = rng.choice([1, -1])
    base = m + sgn
    n = rng.randint(10, 40)
    mod = rng.choice([m * m, m * m]) if m >= 10 else m * m
    val = pow(base, n, mod)
    text = rng.choice([
        f"이항정리를 이용하여 {_pow(base, n, 'unicode')}을 {mod}로 나누었을 때의 나머지를 {_end(rng)}",
        f"{base}^{n}을 {mod}로 나눈 나머지를 이항정리를 이용하여 구하는 과정을 쓰고, 그 나머지를 구하시오.",
        f"${base}^{{{n}}}$을 ${mod}$로 나누었을 때의 나머지는?",
    ])
    text = text.replace(f"{_pow(base, n, 'unicode')}을", josa(_pow(base, n, "unicode"), "을/를")).replace(f"{base}^{n}을", josa(f"{base}^{n}", "을/를"))
    text = text.replace(f"{mod}로", josa(str(mod), "으로/로")).replace(f"${mod}$로", josa(f"${mod}$", "으로/로"))
    fmt = "proof" if "과정을 쓰고" in text else "computation"
    # (m ± 1)^n ≡ (±1)^n + n·m·(±1)^(n-1) (mod m²)
    chk = lambda: val == (sgn ** n + n * m * sgn ** (n - 1)) % mod  # noqa: E731
    _t, _a, _f, _c = _mq(rng, text, val, [(val + m) % mod or mod, (sgn ** n) % mod, n % mod], 4, fmt)
    return _mk(_t, _a, _f, _c, 4, ["이항정리"], chk)


@family("12확통01-03", "sum-of-binomial-powers")
def _p13_series(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(5, 10)
    k = rng.choice([2, 3])
    dots = "\\cdots" if st == "latex" else "…"
    start = k
    expr = " + ".join(_pow("(1 + x)", m, st) for m in (start, start + 1)) + f" + {dots} + " + _pow("(1 + x)", n, st)
    val = pm.comb(n + 1, k + 1)
    text = rng.choice([
        f"다항식 {_w(expr, st)}의 전개식에서 {_w(_xp(k, st), st)}의 계수를 {_end(rng)}",
        f"{_w(expr, st)}을 전개하였을 때, {_w(_xp(k, st), st)}의 계수는?",
    ])
    chk = lambda: val == sp.expand(sum((1 + _x) ** m for m in range(start, n + 1))).coeff(_x, k)  # noqa: E731
    _t, _a, _f, _c = _mq(rng, text, val, [pm.comb(n, k + 1), pm.comb(n + 1, k)], 4, "computation")
    return _mk(_t, _a, _f, _c, 4, ["이항정리", "파스칼의 삼각형"], chk)


@family("12확통01-03", "approximation")
def _p13_approx(rng: random.Random) -> Problem:
    while True:
        h = rng.choice([1, 2, 3])
        sgn = rng.choice([1, -1])
        n = rng.randint(5, 10)
        x = Fr(100 + sgn * h, 100)
        exact = x ** n
        scaled = exact * 1000
        frac_part = scaled - pm.floor(scaled)
        if abs(frac_part - Fr(1, 2)) > Fr(1, 20):
            break
    val = pm.floor(scaled + Fr(1, 2))
    ans = f"{val / 1000:.3f}"
    base = f"{float(x):.2f}"
    text = rng.choice([
        f"이항정리를 이용하여 {base}^{n}의 값을 반올림하여 소수 셋째 자리까지 {_end(rng)}",
        f"$({base})^{{{n}}} = (1 {'+' if sgn > 0 else '-'} 0.0{h})^{{{n}}}$임을 이용하여 이 값을 반올림하여 소수 셋째 자리까지 나타내시오.",
    ])
    return _mk(text, ans, "computation", None, 4, ["이항정리"],
               lambda: ans == f"{float(sum(Fr(pm.comb(n, r)) * (Fr(sgn * h, 100)) ** r for r in range(n + 1))):.3f}")


_BOGI13 = (
    lambda n, rng: (f"(1 + x)^{n}의 전개식에서 모든 계수의 합은 {2 ** n}이다.", True),
    lambda n, rng: (f"(1 + x)^{n}의 전개식에서 모든 계수의 합은 {2 ** n - 1}이다.", False),
    lambda n, rng: (f"{n}C0 − {n}C1 + {n}C2 − … + (−1)^{n}·{n}C{n} = 0", True),
    lambda n, rng: (f"{n}C1 + {n}C3 + {n}C5 + … 의 값은 {2 ** (n - 1)}이다.", True),
    lambda n, rng: (f"{n}C1 + {n}C3 + {n}C5 + … 의 값은 {2 ** n // 4}이다.", n == 3),
    lambda n, rng: (f"(x + 1)^{n}의 전개식에서 x^{n - 1}의 계수는 {n}이다.", True),
    lambda n, rng: (f"(x − 1)^{n}의 전개식에서 상수항은 {-1 if n % 2 else 1}이다.", True),
    lambda n, rng: (f"(x − 1)^{n}의 전개식에서 상수항은 {1 if n % 2 else -1}이다.", False),
    lambda n, rng: (f"(x + 2)^{n}의 전개식에서 x의 계수는 {n * 2 ** (n - 1)}이다.", True),
    lambda n, rng: (f"(x + 2)^{n}의 전개식에서 x의 계수는 {n * 2 ** n}이다.", False),
    lambda n, rng: (f"{n}C2 + {n}C3 = {n + 1}C3", True),
    lambda n, rng: (f"{n}C2 + {n}C3 = {n + 1}C2", n + 1 == 5),
)


def _bogi13_truth(s: str) -> bool:
    """Independent evaluation of a <보기> statement on binomial coefficients (with sympy)."""
    import re as _re
    t = s
    m = _re.match(r"\((1|x) ([+−]) (x|1|2)\)\^(\d+)의 전개식에서 (.+?)(?:은|는) ([-−]?\d+)이다\.", t)
    if m:
        a, sgn, b, n, what, v = m.groups()
        e = (sp.Integer(1) if a == "1" else _x) + (1 if sgn == "+" else -1) * (_x if b == "x" else sp.Integer(int(b)))
        poly = sp.Poly(sp.expand(e ** int(n)), _x)
        v = int(v.replace("−", "-"))
        if what == "모든 계수의 합":
            return sum(poly.coeffs()) == v
        if what == "상수항":
            return poly.coeff_monomial(1) == v
        k = 1 if what == "x의 계수" else int(what.split("^")[1].split("의")[0])
        return poly.coeff_monomial(_x ** k) == v
    if "−" in t and "= 0" in t:
        n = int(t.split("C")[0])
        return sum((-1) ** r * pm.comb(n, r) for r in range(n + 1)) == 0
    if "C1 + " in t:
        n = int(t.split("C")[0])
        return sum(pm.comb(n, r) for r in range(1, n + 1, 2)) == int(t.split("값은 ")[1].split("이")[0])
    m = _re.match(r"(\d+)C2 \+ \d+C3 = (\d+)C(\d)", t)
    if m:
        n, a, b = map(int, m.groups())
        return pm.comb(n, 2) + pm.comb(n, 3) == pm.comb(a, b)
    raise ValueError(s)


@family("12확통01-03", "bogi-binomial")
def _p13_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.0, 0.6, 0.4))
    while True:
        n = rng.randint(4, 9)
        picks = rng.sample(_BOGI13, 3)
        stmts = [f(n, rng) for f in picks]
        if any(t for _, t in stmts):
            break
    if st == "unicode":
        stmts = [(s.replace(f"{n}C", f"{str(n).translate(_SUB)}C").replace(f"{n + 1}C", f"{str(n + 1).translate(_SUB)}C")
                  .replace(f"^{n}", str(n).translate(_SUP)).replace(f"^{n - 1}", str(n - 1).translate(_SUP)), t) for s, t in stmts]
        import re as _re
        stmts = [(_re.sub(r"C(\d)", lambda mm: "C" + mm.group(1).translate(_SUB), s), t) for s, t in stmts]
    raw = [f(n, rng) for f in picks]
    text, ans, ch = _bogi(rng, stmts, 3, rng.choice(["이항정리와 이항계수에 대한 설명으로 옳은 것만을 <보기>에서 있는 대로 고른 것은?",
                                                  f"자연수 n = {n}일 때, 옳은 것만을 <보기>에서 있는 대로 고른 것은?"]))
    return _mk(text, ans, "mcq", ch, 3, ["이항정리", "이항계수", "파스칼의 삼각형"],
               lambda: all(_bogi13_truth(s) == t for s, t in raw))


# =================================================================================================
# 12확통02-01 확률의 뜻과 기본 성질
# =================================================================================================
def _dice2_event(rng: random.Random, st: str) -> tuple[str, object]:
    kind = rng.choice(["sum", "prod", "diff", "quad", "sq", "div"])
    if kind == "sum":
        s = rng.randint(4, 10)
        return f"{_w('a + b', st)}의 값이 {s}일", lambda a, b: a + b == s
    if kind == "prod":
        m = rng.choice([3, 4, 6])
        return f"{_w('ab', st)}의 값이 {m}의 배수일", lambda a, b: a * b % m == 0
    if kind == "diff":
        k = rng.randint(1, 3)
        return f"{_w('|a - b|', st) if st != 'latex' else '$|a-b|$'}의 값이 {k}일", lambda a, b: abs(a - b) == k
    if kind == "quad":
        eq = "$x^{2} + ax + b = 0$" if st == "latex" else ("x² + ax + b = 0" if st == "unicode" else "x^2 + ax + b = 0")
        return f"이차방정식 {josa(eq, '이/가')} 실근을 가질", lambda a, b: a * a >= 4 * b
    if kind == "sq":
        k = rng.choice([20, 25, 30, 40])
        e = "$a^{2} + b^{2} \\le " + str(k) + "$" if st == "latex" else (f"a² + b² ≤ {k}" if st == "unicode" else f"a^2 + b^2 <= {k}")
        return f"{josa(e, '이/가')} 성립할", lambda a, b: a * a + b * b <= k
    return f"{josa(_w('a', st), '이/가')} {_w('b', st)}의 배수일", lambda a, b: a % b == 0


@family("12확통02-01", "dice-event-prob")
def _p21_dice(rng: random.Random) -> Problem:
    st = pick_style(rng)
    three = rng.random() < 0.35
    if three:
        kind = rng.choice(["lt", "le", "sum"])
        if kind == "lt":
            desc, ok = ("a < b < c" if st != "latex" else "$a < b < c$") + "일", lambda t: t[0] < t[1] < t[2]
        elif kind == "le":
            le = "\\le" if st == "latex" else ("≤" if st == "unicode" else "<=")
            desc, ok = _w(f"a {le} b {le} c", st) + "일", lambda t: t[0] <= t[1] <= t[2]
        else:
            s = rng.randint(5, 9)
            desc, ok = f"{_w('a + b + c', st)}의 값이 {s}일", lambda t: sum(t) == s
        ctx = rng.choice(["한 개의 주사위를 세 번 던져서 나오는 눈의 수를 차례로 a, b, c라 할 때,",
                          "서로 다른 주사위 세 개를 동시에 던져 나오는 눈의 수를 각각 a, b, c라 하자."])
        cnt = sum(1 for t in itertools.product(range(1, 7), repeat=3) if ok(t))
        fr = Fr(cnt, 216)
        also = ["12확통01-02"] if kind == "le" else []
        sv = s if kind == "sum" else 0

        def chk() -> bool:
            if kind == "lt":
                return fr == Fr(pm.comb(6, 3), 216)
            if kind == "le":
                return fr == Fr(_H(6, 3), 216)
            return fr == Fr(sum(1 for a in range(1, 7) for b in range(1, 7) if 1 <= sv - a - b <= 6), 216)
        d = 3
    else:
        desc, ok2 = _dice2_event(rng, st)
        ctx = rng.choice(["한 개의 주사위를 두 번 던져서 나오는 눈의 수를 차례로 a, b라 할 때,",
                          "두 개의 주사위 A, B를 동시에 던져 나오는 눈의 수를 각각 a, b라 하자.",
                          "주사위 한 개를 두 번 던질 때, 첫 번째에 나온 눈의 수를 a, 두 번째에 나온 눈의 수를 b라 하자."])
        cnt = sum(1 for a in range(1, 7) for b in range(1, 7) if ok2(a, b))
        fr = Fr(cnt, 36)
        chk = lambda: fr == Fr(len([(a, b) for a in range(1, 7) for b in range(1, 7) if ok2(a, b)]), 36)  # noqa: E731
        also = []
        d = 2 if "실근" not in desc else 3
    noun = f"{desc} 확률"
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(cnt, 36 if not three else 216) * 2], d, st)
    return _mk(text, ans, fmt, ch, d, ["수학적 확률", "시행"], chk, also=also)


@family("12확통02-01", "arrangement-prob")
def _p21_arr(rng: random.Random) -> Problem:
    st = pick_style(rng)
    word = rng.choice(_WORDS)
    letters = list(word)
    c = Counter(letters)
    reps = [x for x, m in c.items() if m >= 2]
    s = rng.choice(reps)
    cond = rng.choice(["ends", "block", "first"])
    lst = ", ".join(letters)
    ctx = rng.choice([
        f"{len(letters)}개의 문자 {josa(lst, '을/를')} 모두 일렬로 임의로 나열할 때,",
        f"문자 {josa(lst, '이/가')} 하나씩 적힌 카드 {len(letters)}장을 모두 한 줄로 임의로 늘어놓을 때,",
        f"영어 단어 {word}의 문자를 모두 사용하여 임의로 일렬로 나열할 때,",
    ])
    if cond == "ends":
        noun = f"양 끝에 모두 {josa(s, '이/가')} 올 확률"
        ok = lambda t: t[0] == s and t[-1] == s  # noqa: E731
    elif cond == "block":
        noun = f"{c[s]}개의 {josa(s, '이/가')} 모두 이웃할 확률" if c[s] > 2 else f"두 {josa(s, '이/가')} 서로 이웃할 확률"

        def ok(t: tuple) -> bool:
            idx = [i for i, x in enumerate(t) if x == s]
            return idx[-1] - idx[0] == len(idx) - 1
    else:
        noun = f"맨 앞에 {josa(s, '이/가')} 올 확률"
        ok = lambda t: t[0] == s  # noqa: E731
    perms = list(multiset_permutations(letters))
    fr = Fr(sum(1 for t in perms if ok(tuple(t))), len(perms))

    def chk() -> bool:  # with all letters regarded as distinct the probability is the same
        tot = good = 0
        for t in itertools.permutations(range(len(letters))):
            w = tuple(letters[i] for i in t)
            tot += 1
            good += ok(w)
        return Fr(good, tot) == fr
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(1, len(letters)), Fr(c[s], len(letters))], 3, st)
    return _mk(text, ans, fmt, ch, 3, ["수학적 확률", "같은 것이 있는 순열"], chk if len(letters) <= 6 else (lambda: fr == Fr(
        sum(1 for t in multiset_permutations(letters) if ok(tuple(t))), _mperm_count(letters))), also=["12확통01-01"])


@family("12확통02-01", "statistical-prob-table")
def _p21_stat(rng: random.Random) -> Problem:
    obj, ev1, ev2 = rng.choice([("압정", "바늘이 위로 향하는", "바늘이 아래로 향하는"), ("병뚜껑", "윗면이 나오는", "아랫면이 나오는"),
                                ("윷가락", "평평한 면이 나오는", "둥근 면이 나오는"), ("종이컵", "옆으로 눕는", "바로 서거나 뒤집히는")])
    n_list = sorted(rng.sample([100, 200, 300, 400, 500, 1000, 2000], 4))
    p = rng.choice([Fr(2, 5), Fr(3, 5), Fr(7, 10), Fr(3, 10), Fr(13, 20), Fr(9, 20)])
    counts = []
    for n in n_list[:-1]:
        counts.append(int(n * p) + rng.choice([-1, 1]) * rng.randint(1, max(2, n // 25)))
    counts.append(int(n_list[-1] * p))
    total = n_list[-1]
    kind = rng.choice(["rel", "estimate", "tool"])
    table = "던진 횟수 | " + " | ".join(map(str, n_list)) + f"\n{ev1} 횟수 | " + " | ".join(map(str, counts))
    if kind == "rel":
        text = (f"다음 표는 {josa(obj, '을/를')} 던지는 실험의 결과이다.\n\n{table}\n\n"
                f"던진 횟수가 충분히 많을 때의 결과를 이용하여 {obj} 한 개를 던질 때 {ev1} 통계적 확률을 {_end(rng)}")
        ans = _fa(p)
        chk = lambda: Fr(counts[-1], total) == p  # noqa: E731
        d = 2
        fmt = "data"
    elif kind == "estimate":
        m = rng.choice([50, 80, 200, 500])
        text = (f"다음 표는 {josa(obj, '을/를')} 여러 번 던져서 {ev1} 횟수를 조사한 것이다.\n\n{table}\n\n"
                f"이 {josa(obj, '을/를')} {m}번 던진다면 {ev2} 횟수는 몇 번 정도라고 예상할 수 있는지 {_end(rng)} (단, 던진 횟수가 가장 많을 때의 상대도수를 확률로 본다.)")
        ans = _fa((1 - p) * m)
        chk = lambda: Fr(total - counts[-1], total) * m == Fr(ans)  # noqa: E731
        d = 3
        fmt = "data"
    else:
        text = (f"[공학 도구 활용] 컴퓨터 프로그램으로 {josa(obj, '을/를')} 던지는 모의실험을 하여 다음과 같은 결과를 얻었다.\n\n{table}\n\n"
                f"(1) 각 시행 횟수에서 {ev1} 상대도수를 소수로 나타내시오.\n(2) 이 결과로부터 {ev1} 통계적 확률을 어림하고, 통계적 확률을 정할 때 시행 횟수가 충분히 많아야 하는 이유를 설명하시오.")
        ans = f"(2) {_fa(p)}"
        chk = lambda: Fr(counts[-1], total) == p  # noqa: E731
        d = 3
        fmt = "task"
    text = text.replace(f"{ev1} 통계적 확률", f"{ev1} 것의 통계적 확률").replace(f"{ev1} 상대도수", f"{ev1} 것의 상대도수")
    text = text.replace("는 것의", "는 경우의")
    return _mk(text, ans, fmt, None, d, ["통계적 확률", "시행"], chk)


@family("12확통02-01", "draw-balls-prob")
def _p21_draw(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, b = rng.randint(2, 6), rng.randint(2, 6)
    k = rng.randint(2, min(4, r + b - 1))
    j = rng.randint(max(1, k - b), min(k, r))
    c1, c2 = rng.choice([("흰 공", "검은 공"), ("빨간 공", "파란 공"), ("노란 구슬", "초록 구슬"), ("당첨 제비", "당첨되지 않는 제비")])
    ctx = rng.choice([
        f"주머니에 {c1} {r}개와 {c2} {b}개가 들어 있다. 이 주머니에서 임의로 {k}개의 공을 동시에 꺼낼 때,",
        f"{c1} {r}개, {c2} {b}개가 들어 있는 상자에서 임의로 {k}개를 한꺼번에 꺼낼 때,",
    ])
    if "제비" in c1:
        ctx = f"{r + b}개의 제비 중 당첨 제비가 {r}개 있다. 이 중에서 임의로 {k}개를 동시에 뽑을 때,"
        noun = f"당첨 제비가 {j}개일 확률"
    else:
        noun = f"{c1}이 {j}개, {c2}이 {k - j}개일 확률" if k - j else f"꺼낸 공이 모두 {c1}일 확률"
    fr = Fr(pm.comb(r, j) * pm.comb(b, k - j), pm.comb(r + b, k))
    chk = lambda: fr == Fr(sum(1 for t in itertools.combinations(range(r + b), k) if sum(1 for i in t if i < r) == j), pm.comb(r + b, k))  # noqa: E731
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(j, k) if j < k else Fr(r, r + b), Fr(pm.comb(r, j), pm.comb(r + b, k))], 3, st)
    return _mk(text, ans, fmt, ch, 3, ["수학적 확률"], chk)


@family("12확통02-01", "random-function-prob")
def _p21_func(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, n = rng.randint(2, 4), rng.randint(3, 5)
    cond = rng.choice(["inj", "nondec", "range2", "fix"])
    if cond == "inj" and n < r:
        cond = "nondec"
    xs = "\\{" + ", ".join(map(str, range(1, r + 1))) + "\\}" if st == "latex" else "{" + ", ".join(map(str, range(1, r + 1))) + "}"
    ys = "\\{" + ", ".join(map(str, range(1, n + 1))) + "\\}" if st == "latex" else "{" + ", ".join(map(str, range(1, n + 1))) + "}"
    ctx = rng.choice([f"집합 {_w('X = ' + xs, st)}에서 집합 {_w('Y = ' + ys, st)}로의 모든 함수 중에서 임의로 하나를 택하여 f라 할 때,",
                      f"두 집합 {_w('X = ' + xs, st)}, {_w('Y = ' + ys, st)}에 대하여 X에서 Y로의 함수 f를 임의로 하나 만들 때,"])
    le = "\\le" if st == "latex" else ("≤" if st == "unicode" else "<=")
    if cond == "inj":
        noun, ok, also = "택한 함수가 일대일함수일 확률", (lambda t: len(set(t)) == r), ["12확통01-01"]
    elif cond == "nondec":
        chain = _w(f" {le} ".join(f"f({i})" for i in range(1, r + 1)), st)
        noun, ok, also = f"{josa(chain, '이/가')} 성립할 확률", (lambda t: all(t[i] <= t[i + 1] for i in range(r - 1))), ["12확통01-02"]
    elif cond == "range2":
        noun, ok, also = "치역의 원소의 개수가 2일 확률", (lambda t: len(set(t)) == 2), ["12확통01-01"]
    else:
        noun, ok, also = f"{_w('f(1) = 1', st)}일 확률", (lambda t: t[0] == 1), []
    noun = noun.replace("택한 함수가", "이 함수가") if "만들 때" in ctx else noun
    good = {"inj": pm.perm(n, r), "nondec": _H(n, r), "range2": pm.comb(n, 2) * (2 ** r - 2), "fix": n ** (r - 1)}[cond]
    fr = Fr(good, n ** r)
    d = 3 if cond != "fix" else 2
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(pm.comb(n, r) if n >= r else 1, n ** r)], d, st)
    return _mk(text, ans, fmt, ch, d, ["수학적 확률", "중복순열"], lambda: fr == Fr(sum(1 for t in itertools.product(range(1, n + 1), repeat=r) if ok(t)), n ** r), also=also)


@family("12확통02-01", "repeat-digits-prob")
def _p21_digits(rng: random.Random) -> Problem:
    st = pick_style(rng)
    hi = rng.randint(4, 6)
    r = rng.choice([2, 3, 3])
    m = rng.choice([3, 4, 5, 6] if hi >= 5 else [3, 4, 6]) if r == 3 else rng.choice([3, 4])
    digits = list(range(1, hi + 1))
    ctx = rng.choice([
        f"1부터 {hi}까지의 자연수가 하나씩 적힌 {hi}장의 카드가 들어 있는 상자에서 임의로 카드 한 장을 꺼내 수를 확인하고 다시 넣는 시행을 {r}번 반복한다. 꺼낸 카드의 수를 차례로 이어 붙여 {r}자리 자연수를 만들 때,",
        f"숫자 {', '.join(map(str, digits))} 중에서 중복을 허락하여 임의로 {r}개를 택해 일렬로 나열하여 {r}자리 자연수를 만들 때,",
        f"{hi}개의 숫자 {', '.join(map(str, digits))}가 적힌 회전판을 {r}번 돌려 나온 숫자를 차례로 적어 {r}자리 자연수를 만들 때,",
    ])
    ctx = ctx.replace(f"{', '.join(map(str, digits))}가", josa(", ".join(map(str, digits)), "이/가"))
    noun = f"만든 수가 {m}의 배수일 확률"
    tup = list(itertools.product(digits, repeat=r))
    good = sum(1 for t in tup if int("".join(map(str, t))) % m == 0)
    fr = Fr(good, len(tup))

    def chk() -> bool:  # by digit sums / last digits rather than the number itself
        cnt = 0
        for t in tup:
            if m == 3:
                cnt += sum(t) % 3 == 0
            elif m == 5:
                cnt += t[-1] == 5
            elif m == 4:
                cnt += (10 * t[-2] + t[-1]) % 4 == 0
            else:
                cnt += t[-1] % 2 == 0 and sum(t) % 3 == 0
        return Fr(cnt, hi ** r) == fr
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(1, m), Fr(good, pm.perm(hi, r))], 3, st)
    return _mk(text, ans, fmt, ch, 3, ["수학적 확률", "중복순열"], chk, also=["12확통01-01"])


_SETS4 = [frozenset(s) for k in range(5) for s in itertools.combinations(range(4), k)]
_PROPS = (
    ("임의의 사건 A에 대하여 0 ≤ P(A) ≤ 1이다.", lambda a, b: 0 <= len(a) / 4 <= 1),
    ("전체 사건 S에 대하여 P(S) = 1이다.", lambda a, b: True),
    ("두 사건 A, B에 대하여 A ⊂ B이면 P(A) ≤ P(B)이다.", lambda a, b: not a <= b or len(a) <= len(b)),
    ("두 사건 A, B에 대하여 P(A) + P(B) ≤ 1이다.", lambda a, b: len(a) + len(b) <= 4),
    ("두 사건 A, B에 대하여 P(A ∪ B) = P(A) + P(B)이다.", lambda a, b: len(a | b) == len(a) + len(b)),
    ("두 사건 A, B에 대하여 P(A ∩ B) ≤ P(A)이다.", lambda a, b: len(a & b) <= len(a)),
    ("두 사건 A, B에 대하여 P(A) ≤ P(A ∪ B)이다.", lambda a, b: len(a) <= len(a | b)),
    ("P(A) = P(B)이면 A = B이다.", lambda a, b: len(a) != len(b) or a == b),
    ("두 사건 A, B에 대하여 P(A ∩ B) = P(A) × P(B)이다.", lambda a, b: len(a & b) * 4 == len(a) * len(b)),
)


@family("12확통02-01", "bogi-basic-properties")
def _p21_bogi(rng: random.Random) -> Problem:
    while True:
        picks = rng.sample(_PROPS, 3)
        truth = [all(f(a, b) for a in _SETS4 for b in _SETS4) for _, f in picks]
        if any(truth) and (not all(truth) or rng.random() < 0.2):
            break
    stmts = [(s, t) for (s, _), t in zip(picks, truth, strict=True)]
    lead = rng.choice(["표본공간이 S인 어떤 시행에서 확률에 대한 설명으로 옳은 것만을 <보기>에서 있는 대로 고른 것은?",
                       "표본공간 S의 각 근원사건이 일어날 가능성이 모두 같을 때, 옳은 것만을 <보기>에서 있는 대로 고른 것은?"])
    text, ans, ch = _bogi(rng, stmts, 2, lead)
    known = {"임의의 사건 A에 대하여 0 ≤ P(A) ≤ 1이다.": True, "전체 사건 S에 대하여 P(S) = 1이다.": True,
             "두 사건 A, B에 대하여 A ⊂ B이면 P(A) ≤ P(B)이다.": True, "두 사건 A, B에 대하여 P(A ∩ B) ≤ P(A)이다.": True,
             "두 사건 A, B에 대하여 P(A) ≤ P(A ∪ B)이다.": True}
    return _mk(text, ans, "mcq", ch, 2, ["확률", "표본공간", "사건"],
               lambda: all(known.get(s, False) == t for s, t in stmts))


@family("12확통02-01", "equation-solution-prob")
def _p21_solutions(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(5, 9)
    kind = rng.choice(["x-even", "x-ge", "all-pos"])
    eq = _w(f"x + y + z = {n}", st)
    ctx = rng.choice([f"방정식 {josa(eq, '을/를')} 만족시키는 음이 아닌 정수 x, y, z의 순서쌍 (x, y, z) 중에서 임의로 하나를 택할 때,",
                      f"{eq}를 만족시키는 음이 아닌 정수해 (x, y, z) 전체 중 하나를 임의로 고를 때,".replace(f"{eq}를", josa(eq, "을/를"))])
    sols = [(x, y, n - x - y) for x in range(n + 1) for y in range(n + 1 - x)]
    if kind == "x-even":
        noun, ok = "x가 짝수일 확률", (lambda t: t[0] % 2 == 0)
    elif kind == "x-ge":
        k = rng.randint(2, 3)
        ge = "\\ge" if st == "latex" else "≥"
        noun, ok = f"{_w(f'x {ge} {k}', st)}일 확률", (lambda t: t[0] >= k)
    else:
        noun, ok = "x, y, z가 모두 자연수일 확률", (lambda t: min(t) >= 1)
    fr = Fr(sum(1 for t in sols if ok(t)), len(sols))

    def chk() -> bool:
        tot = _H(3, n)
        if kind == "x-even":
            good = sum(_H(2, n - x) for x in range(0, n + 1, 2))
        elif kind == "x-ge":
            good = _H(3, n - k)
        else:
            good = _H(3, n - 3)
        return Fr(good, tot) == fr
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(1, 2)], 4, st)
    return _mk(text, ans, fmt, ch, 4, ["수학적 확률", "중복조합"], chk, also=["12확통01-02"])


@family("12확통02-01", "include-specific-prob")
def _p21_include(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(6, 10)
    k = rng.randint(3, min(5, n - 2))
    kind = rng.choice(["both", "a-not-b", "seat"])
    a, b = names(rng, 2)
    if kind == "seat":
        noun = f"{josa(a, '과/와')} {josa(b, '이/가')} 이웃하여 앉을 확률"
        ctx = f"{josa(a, '과/와')} {josa(b, '을/를')} 포함한 {n}명의 학생이 일렬로 놓인 {n}개의 의자에 임의로 한 명씩 앉을 때,"
        fr = Fr(2, n)
        chk = lambda: fr == Fr(2 * pm.factorial(n - 1), pm.factorial(n))  # noqa: E731
        d = 2
        also: list[str] = []
    else:
        ctx = rng.choice([f"{josa(a, '과/와')} {josa(b, '을/를')} 포함한 학생 {n}명 중에서 임의로 {k}명의 대표를 뽑을 때,",
                          f"{n}명의 후보 중에서 임의로 {k}명을 뽑아 봉사단을 구성하려고 한다. 후보에는 {josa(a, '과/와')} {josa(b, '이/가')} 있다. 이때"])
        if kind == "both":
            noun = f"{josa(a, '과/와')} {josa(b, '이/가')} 모두 뽑힐 확률"
            fr = Fr(pm.comb(n - 2, k - 2), pm.comb(n, k))
            ok = lambda t: 0 in t and 1 in t  # noqa: E731
        else:
            noun = f"{josa(a, '은/는')} 뽑히고 {josa(b, '은/는')} 뽑히지 않을 확률"
            fr = Fr(pm.comb(n - 2, k - 1), pm.comb(n, k))
            ok = lambda t: 0 in t and 1 not in t  # noqa: E731
        chk = lambda: fr == Fr(sum(1 for t in itertools.combinations(range(n), k) if ok(t)), pm.comb(n, k))  # noqa: E731
        d = 2
        also = []
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(k, n), Fr(1, n)], d, st)
    return _mk(text, ans, fmt, ch, d, ["수학적 확률"], chk, also=also)


# =================================================================================================
# 12확통02-02 확률의 덧셈정리
# =================================================================================================
def _P(ev: str, st: str, wrap: bool = True) -> str:
    """P(A ∪ B) etc.: ev uses ASCII 'A|B' for union, 'A&B' for intersection, "A'" for the complement."""
    if st == "latex":
        t = ev.replace("|", " \\cup ").replace("&", " \\cap ")
        t = t.replace("A'", "A^{C}").replace("B'", "B^{C}")
        t = f"\\mathrm{{P}}({t})"
        return f"${t}$" if wrap else t
    t = ev.replace("|", " ∪ ").replace("&", " ∩ ")
    t = t.replace("A'", "Aᶜ").replace("B'", "Bᶜ")
    return f"P({t})"


def _eqs(items: list[tuple[str, Fr]], st: str) -> str:
    return ", ".join(f"${_P(e, st, False)} = {_F(v, st).strip('$')}$" if st == "latex" else f"{_P(e, st)} = {_F(v, st)}" for e, v in items)


def _nice_p(rng: random.Random, den: int) -> Fr:
    return Fr(rng.randint(1, den - 1), den)


@family("12확통02-02", "addition-formula-values")
def _p22_formula(rng: random.Random) -> Problem:
    st = pick_style(rng)
    den = rng.choice([6, 8, 10, 12, 15, 20])
    while True:
        pa, pb, pab = Fr(rng.randint(2, den - 2), den), Fr(rng.randint(2, den - 2), den), Fr(rng.randint(1, den // 3), den)
        pu = pa + pb - pab
        if pab < min(pa, pb) and pu <= 1 and pu > max(pa, pb):
            break
    vals = {"A": pa, "B": pb, "A&B": pab, "A|B": pu}
    target = rng.choice(["A|B", "A&B", "B"])
    given = [(k, v) for k, v in vals.items() if k != target]
    rng.shuffle(given)
    ctx = rng.choice([f"두 사건 A, B에 대하여 {_eqs(given, st)}일 때,", f"표본공간 S의 두 사건 A, B가 {josa(_eqs(given, st), '을/를')} 만족시킬 때,"])
    noun = f"{_P(target, st)}의 값"
    ans = vals[target]
    chk = lambda: vals["A|B"] == vals["A"] + vals["B"] - vals["A&B"]  # noqa: E731
    mode = rng.choice(["direct", "mcq"])
    if mode == "mcq":
        wrong = [pa + pb, pu - pab, 1 - ans, ans + Fr(1, den), ans - Fr(1, den), ans + Fr(2, den)]
        opts = [_F(w, st) for w in _near(ans, wrong)]
        ch = choices(rng, _F(ans, st), opts, sort_key=_parse_fr)
        return _mk(f"{ctx} {josa(noun, '은/는')}?{_pts(rng, 2)}\n{ch.block}", ch.label, "mcq", ch, 2, ["확률의 덧셈정리"], chk)
    return _mk(f"{ctx} {josa(noun, '을/를')} {_end(rng)}", _fa(ans), "computation", None, 2, ["확률의 덧셈정리"], chk)


@family("12확통02-02", "exclusive-events-values")
def _p22_exclusive(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["ratio", "sum"])
    if kind == "ratio":
        k = rng.randint(2, 4)
        pu = Fr(rng.choice([k + 1, 2 * (k + 1)]), rng.choice([10, 12, 15, 20, 8]))
        while pu > 1:
            pu /= 2
        pb = pu / (k + 1)
        pa = k * pb
        cond = _w(f"\\mathrm{{P}}(A) = {k}\\mathrm{{P}}(B)", st) if st == "latex" else f"P(A) = {k}P(B)"
        ctx = f"두 사건 A, B는 서로 배반사건이고 {cond}, {_eqs([('A|B', pu)], st)}일 때,"
        noun = f"{_P('A', st)}의 값"
        ans = pa
    else:
        pa, pb = Fr(rng.randint(1, 4), 10), Fr(rng.randint(1, 4), 10)
        pu = pa + pb
        ctx = f"두 사건 A, B가 서로 배반사건이고 {_eqs([('A', pa), ('A|B', pu)], st)}일 때,"
        noun = f"{_P('B', st)}의 값"
        ans = pb
    chk = lambda: pa + pb == pu and ans in (pa, pb)  # noqa: E731
    return _mk(f"{ctx} {josa(noun, '을/를')} {_end(rng)}", _fa(ans), "computation", None, 2, ["확률의 덧셈정리", "배반사건"], chk)


@family("12확통02-02", "multiples-card")
def _p22_multiples(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([20, 24, 30, 40, 50, 60, 100])
    a, b = rng.choice([(2, 3), (3, 4), (2, 5), (3, 5), (4, 6), (4, 5), (3, 7)])
    kind = rng.choice(["or", "or", "neither-div"])
    ctx = rng.choice([f"1부터 {n}까지의 자연수가 하나씩 적힌 {n}장의 카드 중에서 임의로 한 장을 뽑을 때,",
                      f"1부터 {n}까지의 번호가 붙은 {n}개의 공이 들어 있는 상자에서 공 한 개를 임의로 꺼낼 때,",
                      f"1 이상 {n} 이하의 자연수 중에서 임의로 하나를 택할 때,"])
    what = "뽑은 카드에 적힌 수가" if "카드" in ctx else ("꺼낸 공의 번호가" if "공" in ctx else "택한 수가")
    if kind == "or":
        noun = f"{what} {a}의 배수 또는 {b}의 배수일 확률"
        ok = lambda v: v % a == 0 or v % b == 0  # noqa: E731
    else:
        noun = f"{what} {a}의 배수이거나 {n}의 약수일 확률"
        ok = lambda v: v % a == 0 or n % v == 0  # noqa: E731
    fr = Fr(sum(1 for v in range(1, n + 1) if ok(v)), n)

    def chk() -> bool:
        if kind == "or":
            return fr == Fr(n // a + n // b - n // pm.lcm(a, b), n)
        divs = [v for v in range(1, n + 1) if n % v == 0]
        return fr == Fr(n // a + len(divs) - sum(1 for v in divs if v % a == 0), n)
    wrong = [Fr(n // a + n // b, n) if kind == "or" else Fr(n // a, n), Fr(n // a, n)]
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [w for w in wrong if 0 < w < 1], 2, st)
    return _mk(text, ans, fmt, ch, 2, ["확률의 덧셈정리"], chk)


@family("12확통02-02", "same-color-draw")
def _p22_same(rng: random.Random) -> Problem:
    st = pick_style(rng)
    cols = rng.choice([["흰 공", "검은 공"], ["빨간 공", "파란 공"], ["빨간 공", "파란 공", "노란 공"], ["남학생", "여학생"]])
    cnt = [rng.randint(2, 5) for _ in cols]
    k = rng.randint(2, min(3, max(cnt)))
    tot = sum(cnt)
    if cols[0] == "남학생":
        ctx = f"남학생 {cnt[0]}명과 여학생 {cnt[1]}명 중에서 임의로 {k}명을 뽑을 때,"
        noun = f"뽑은 {k}명이 모두 같은 성별일 확률"
    else:
        parts = ", ".join(f"{c} {m}개" for c, m in zip(cols, cnt, strict=True))
        ctx = rng.choice([f"주머니에 {parts}가 들어 있다. 이 주머니에서 임의로 {k}개의 공을 동시에 꺼낼 때,",
                          f"{parts}가 들어 있는 상자에서 공 {k}개를 임의로 한꺼번에 꺼낼 때,"])
        noun = "꺼낸 공이 모두 같은 색일 확률"
    fr = Fr(sum(pm.comb(m, k) for m in cnt), pm.comb(tot, k))
    labels = [i for i, m in enumerate(cnt) for _ in range(m)]
    chk = lambda: fr == Fr(sum(1 for t in itertools.combinations(labels, k) if len(set(t)) == 1), pm.comb(tot, k))  # noqa: E731
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(pm.comb(cnt[0], k), pm.comb(tot, k))], 3, st)
    return _mk(text, ans, fmt, ch, 3, ["확률의 덧셈정리", "배반사건"], chk)


@family("12확통02-02", "survey-two-way")
def _p22_survey(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([30, 40, 50, 60, 80, 100])
    a = rng.randint(n // 5, n // 2)
    b = rng.randint(n // 5, n // 2)
    c = rng.randint(max(1, a + b - n + 1), min(a, b) - 1)
    x, y, pt, verb, neg = rng.choice([("축구", "농구", "을/를", "좋아하는", "좋아하지 않는"),
                                      ("수학 동아리", "과학 동아리", "에", "가입한", "가입하지 않은"),
                                      ("버스", "지하철", "을/를", "이용하는", "이용하지 않는"),
                                      ("영화", "뮤지컬", "을/를", "관람한", "관람하지 않은"),
                                      ("사과", "배", "을/를", "좋아하는", "좋아하지 않는")])

    def jp(w: str) -> str:
        return w + "에" if pt == "에" else josa(w, pt)
    kind = rng.choice(["text", "table"])
    if kind == "text":
        body = (f"어느 학교 학생 {n}명을 조사하였더니 {jp(x)} {verb} 학생이 {a}명, {jp(y)} {verb} 학생이 {b}명, "
                f"두 가지 모두 {verb} 학생이 {c}명이었다.")
        fmt = "word"
    else:
        body = (f"다음은 어느 학교 학생 {n}명을 대상으로 조사한 결과이다.\n\n구분 | 학생 수\n{jp(x)} {verb} 학생 | {a}\n"
                f"{jp(y)} {verb} 학생 | {b}\n{josa(x, '과/와')} {y} 모두에 해당하는 학생 | {c}\n")
        fmt = "data"
    kind2 = rng.choice(["or", "neither"])
    if kind2 == "or":
        noun = f"{josa(x, '과/와')} {y} 중 적어도 하나{'에' if pt == '에' else '를'} {verb} 학생일 확률"
        fr = Fr(a + b - c, n)
    else:
        noun = f"{x}, {y} 중 어느 것{'에도' if pt == '에' else '도'} {neg} 학생일 확률"
        fr = Fr(n - (a + b - c), n)
    ctx = f"{body} 이 학생 중에서 임의로 한 명을 택할 때,".replace("\n 이", "\n이")
    people = [(i < a, a - c <= i < a - c + b) for i in range(n)]
    chk = lambda: fr == Fr(sum(1 for p, q in people if (p or q) == (kind2 == "or")), n)  # noqa: E731
    text, ans, fmt2, ch = _prob_q(rng, ctx, noun, fr, [Fr(a + b, n) if a + b < n else Fr(c, n), Fr(c, n)], 2, st)
    also = ["12확통02-03"] if kind2 == "neither" else []
    return _mk(text, ans, fmt2 if fmt2 == "mcq" else fmt, ch, 3, ["확률의 덧셈정리"], chk, also=also)


@family("12확통02-02", "dice-union")
def _p22_dice(rng: random.Random) -> Problem:
    st = pick_style(rng)
    s = rng.randint(5, 10)
    kind = rng.choice(["same", "prod", "first"])
    ctx = rng.choice(["한 개의 주사위를 두 번 던져서 나오는 눈의 수를 차례로 a, b라 할 때,",
                      "서로 다른 두 개의 주사위를 동시에 던질 때 나오는 눈의 수를 각각 a, b라 하자."])
    if kind == "same":
        noun = f"{_w('a + b', st)}의 값이 {s}이거나 {josa(_w('a', st), '과/와')} {josa(_w('b', st), '이/가')} 같을 확률"
        ok = lambda a, b: a + b == s or a == b  # noqa: E731
    elif kind == "prod":
        m = rng.choice([3, 4, 5])
        noun = f"{_w('a + b', st)}의 값이 {s}이거나 {_w('ab', st)}의 값이 {m}의 배수일 확률"
        ok = lambda a, b: a + b == s or a * b % m == 0  # noqa: E731
    else:
        v = rng.randint(1, 6)
        noun = f"{_w('a', st)}의 값이 {v}이거나 {_w('a + b', st)}의 값이 {s}일 확률"
        ok = lambda a, b: a == v or a + b == s  # noqa: E731
    pairs = [(a, b) for a in range(1, 7) for b in range(1, 7)]
    fr = Fr(sum(1 for p in pairs if ok(*p)), 36)

    def chk() -> bool:
        ev_a = {p for p in pairs if p[0] + p[1] == s} if kind != "first" else {p for p in pairs if p[0] == v}
        ev_b = ({p for p in pairs if p[0] == p[1]} if kind == "same" else {p for p in pairs if p[0] * p[1] % m == 0}) if kind != "first" else {p for p in pairs if sum(p) == s}
        return fr == Fr(len(ev_a) + len(ev_b) - len(ev_a & ev_b), 36)
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [], 3, st)
    return _mk(text, ans, fmt, ch, 3, ["확률의 덧셈정리"], chk)


@family("12확통02-02", "range-of-intersection")
def _p22_range(rng: random.Random) -> Problem:
    st = pick_style(rng)
    den = rng.choice([6, 8, 10, 12])
    while True:
        pa, pb = Fr(rng.randint(2, den - 1), den), Fr(rng.randint(2, den - 1), den)
        if pa + pb > 1 and pa != pb:
            break
    mx, mn = min(pa, pb), pa + pb - 1
    kind = rng.choice(["sum", "union"])
    ctx = f"두 사건 A, B에 대하여 {_eqs([('A', pa), ('B', pb)], st)}일 때,"
    if kind == "sum":
        text = f"{ctx} {_P('A&B', st)}의 최댓값을 M, 최솟값을 m이라 하자. M + m의 값을 {_end(rng)}"
        ans = mx + mn
        chk = lambda: ans == min(pa, pb) + max(Fr(0), pa + pb - 1)  # noqa: E731
    else:
        text = f"{ctx} {_P('A|B', st)}의 최솟값을 {_end(rng)}"
        ans = max(pa, pb)
        chk = lambda: ans == pa + pb - min(pa, pb)  # noqa: E731
    return _mk(text, _fa(ans), "computation", None, 4, ["확률의 덧셈정리"], chk)


@family("12확통02-02", "committee-either")
def _p22_either(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(6, 10)
    k = rng.randint(2, min(4, n - 2))
    a, b = names(rng, 2)
    ctx = rng.choice([f"{josa(a, '과/와')} {josa(b, '을/를')} 포함한 {n}명의 학생 중에서 임의로 {k}명을 뽑아 발표자로 정할 때,",
                      f"{n}명의 동아리 회원 중에서 제비뽑기로 {k}명의 대표를 뽑으려고 한다. 회원 중에는 {josa(a, '과/와')} {josa(b, '이/가')} 있을 때,"])
    noun = f"{josa(a, '이/가')} 뽑히거나 {josa(b, '이/가')} 뽑힐 확률"
    fr = Fr(2 * pm.comb(n - 1, k - 1) - pm.comb(n - 2, k - 2), pm.comb(n, k))
    chk = lambda: fr == Fr(sum(1 for t in itertools.combinations(range(n), k) if 0 in t or 1 in t), pm.comb(n, k))  # noqa: E731
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(2 * k, n) if 2 * k < n else Fr(k, n), Fr(k, n)], 3, st)
    return _mk(text, ans, fmt, ch, 3, ["확률의 덧셈정리"], chk)


@family("12확통02-02", "bogi-exclusive")
def _p22_bogi(rng: random.Random) -> Problem:
    evs = [
        ("짝수의 눈이 나오는 사건", {2, 4, 6}), ("홀수의 눈이 나오는 사건", {1, 3, 5}), ("3의 배수의 눈이 나오는 사건", {3, 6}),
        ("소수의 눈이 나오는 사건", {2, 3, 5}), ("6의 약수의 눈이 나오는 사건", {1, 2, 3, 6}), ("4 이상의 눈이 나오는 사건", {4, 5, 6}),
        ("1의 눈이 나오는 사건", {1}), ("5의 눈이 나오는 사건", {5}), ("4의 약수의 눈이 나오는 사건", {1, 2, 4}),
    ]
    while True:
        picks = rng.sample(evs, 3)
        pairs = [(0, 1), (0, 2), (1, 2)]
        stmts = [(f"{picks[i][0][:-3]} 사건과 {picks[j][0][:-3]} 사건은 서로 배반사건이다.", not (picks[i][1] & picks[j][1])) for i, j in pairs]
        if any(t for _, t in stmts):
            break
    stmts = [(s.replace("사건 사건", "사건"), t) for s, t in stmts]
    lead = "한 개의 주사위를 한 번 던지는 시행에서 옳은 것만을 <보기>에서 있는 대로 고른 것은?"
    text, ans, ch = _bogi(rng, stmts, 2, lead)
    sets = [p[1] for p in picks]
    return _mk(text, ans, "mcq", ch, 2, ["배반사건", "확률의 덧셈정리"],
               lambda: [len(sets[i]) + len(sets[j]) == len(sets[i] | sets[j]) for i, j in pairs] == [t for _, t in stmts])


# =================================================================================================
# 12확통02-03 여사건의 확률
# =================================================================================================
@family("12확통02-03", "at-least-one-draw")
def _p23_draw(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, b = rng.randint(2, 5), rng.randint(3, 7)
    k = rng.randint(2, min(4, b))
    c1, c2 = rng.choice([("빨간 공", "흰 공"), ("불량품", "정상 제품"), ("당첨 복권", "꽝 복권"), ("여학생", "남학생")])
    if c2 == "정상 제품":
        ctx = f"제품 {r + b}개 중 {r}개가 불량품인 상자에서 임의로 {k}개를 동시에 꺼내 검사할 때,"
        noun = "불량품이 적어도 한 개 포함될 확률"
    elif c1 == "당첨 복권":
        ctx = f"당첨 복권 {r}장을 포함한 복권 {r + b}장 중에서 임의로 {k}장을 동시에 고를 때,"
        noun = "당첨 복권이 적어도 한 장 있을 확률"
    elif c1 == "여학생":
        ctx = f"여학생 {r}명과 남학생 {b}명 중에서 임의로 {k}명의 대표를 뽑을 때,"
        noun = rng.choice(["여학생이 적어도 한 명 뽑힐 확률", "대표 중에 여학생이 한 명 이상 있을 확률"])
    else:
        ctx = rng.choice([f"주머니에 {c1} {r}개와 {c2} {b}개가 들어 있다. 이 주머니에서 임의로 {k}개의 공을 동시에 꺼낼 때,",
                          f"{c1} {r}개, {c2} {b}개가 들어 있는 상자에서 공 {k}개를 한꺼번에 임의로 꺼낼 때,"])
        noun = f"{c1}이 적어도 한 개 나올 확률"
    fr = 1 - Fr(pm.comb(b, k), pm.comb(r + b, k))
    chk = lambda: fr == Fr(sum(1 for t in itertools.combinations(range(r + b), k) if min(t) < r), pm.comb(r + b, k))  # noqa: E731
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(pm.comb(b, k), pm.comb(r + b, k)), Fr(r * pm.comb(b, k - 1), pm.comb(r + b, k))], 3, st)
    return _mk(text, ans, fmt, ch, 3, ["여사건", "여사건의 확률"], chk)


@family("12확통02-03", "dice-or-coins-at-least")
def _p23_dice(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["six", "prod-even", "not-all-same", "coins2"])
    n = rng.randint(2, 4)
    if kind == "six":
        v = rng.randint(1, 6)
        ctx = f"한 개의 주사위를 {n}번 던질 때,"
        noun = f"{v}의 눈이 적어도 한 번 나올 확률"
        fr = 1 - Fr(5 ** n, 6 ** n)
        ok = lambda t: v in t  # noqa: E731
        outs = list(itertools.product(range(1, 7), repeat=n))
    elif kind == "prod-even":
        ctx = f"서로 다른 주사위 {n}개를 동시에 던질 때,"
        noun = "나오는 눈의 수의 곱이 짝수일 확률"
        fr = 1 - Fr(3 ** n, 6 ** n)
        ok = lambda t: pm.prod(t) % 2 == 0  # noqa: E731
        outs = list(itertools.product(range(1, 7), repeat=n))
    elif kind == "not-all-same":
        n = rng.randint(3, 4)
        ctx = f"한 개의 주사위를 {n}번 던질 때,"
        noun = "나오는 눈의 수가 모두 같지는 않을 확률"
        fr = 1 - Fr(6, 6 ** n)
        ok = lambda t: len(set(t)) > 1  # noqa: E731
        outs = list(itertools.product(range(1, 7), repeat=n))
    else:
        n = rng.randint(4, 7)
        ctx = rng.choice([f"동전 한 개를 {n}번 던질 때,", f"서로 다른 동전 {n}개를 동시에 던질 때,"])
        noun = "앞면이 두 번 이상 나올 확률" if "번 던질" in ctx else "앞면이 두 개 이상 나올 확률"
        fr = 1 - Fr(1 + n, 2 ** n)
        ok = lambda t: sum(t) >= 2  # noqa: E731
        outs = list(itertools.product((0, 1), repeat=n))
    chk = lambda: fr == Fr(sum(1 for t in outs if ok(t)), len(outs))  # noqa: E731
    d = 2 if kind in ("six", "prod-even") else 3
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [1 - fr, Fr(n, 6) if kind == "six" else Fr(1, 2)], d, st)
    return _mk(text, ans, fmt, ch, d, ["여사건", "여사건의 확률"], chk)


@family("12확통02-03", "complement-values")
def _p23_values(rng: random.Random) -> Problem:
    st = pick_style(rng)
    den = rng.choice([6, 8, 10, 12])
    while True:
        pa, pb, pab = Fr(rng.randint(2, den - 2), den), Fr(rng.randint(2, den - 2), den), Fr(rng.randint(1, den // 3), den)
        pu = pa + pb - pab
        if pab < min(pa, pb) and max(pa, pb) < pu < 1:
            break
    kind = rng.choice(["neither", "from-complement", "ac-and-b"])
    if kind == "neither":
        given = [("A", pa), ("B", pb), ("A&B", pab)]
        target, ans = "A'&B'", 1 - pu
    elif kind == "from-complement":
        given = [("A'", 1 - pa), ("B", pb), ("A'&B'", 1 - pu)]
        target, ans = "A&B", pab
    else:
        given = [("A", pa), ("A|B", pu)]
        target, ans = "A'&B", pu - pa
    ctx = rng.choice([f"두 사건 A, B에 대하여 {_eqs(given, st)}일 때,", f"두 사건 A, B가 {josa(_eqs(given, st), '을/를')} 만족시킬 때,"])
    note = " (단, $A^{C}$은 A의 여사건이다.)" if st == "latex" else " (단, Aᶜ은 A의 여사건이다.)"
    noun = f"{_P(target, st)}의 값"
    omega = list(range(den))
    A = set(range(int(pa * den)))
    B = set(range(int((pa - pab) * den), int((pa - pab + pb) * den)))

    def chk() -> bool:  # a concrete model: den equally likely outcomes
        Ac, Bc = set(omega) - A, set(omega) - B
        vals = {"A'&B'": Ac & Bc, "A&B": A & B, "A'&B": Ac & B}
        return len(A & B) == pab * den and len(A | B) == pu * den and Fr(len(vals[target]), den) == ans
    text = f"{ctx} {josa(noun, '을/를')} {_end(rng)}{note}" if rng.random() < 0.6 else f"{ctx} {josa(noun, '은/는')}?"
    _t, ans_s, fmt, ch = text, _fa(ans), "computation", None
    if text.endswith("?"):
        ch = choices(rng, _F(ans, st), [_F(v, st) for v in _near(ans, [pu, 1 - pa, pab])], sort_key=_parse_fr)
        _t, ans_s, fmt = f"{text}{_pts(rng, 3)}{note}\n{ch.block}", ch.label, "mcq"
    return _mk(_t, ans_s, fmt, ch, 3, ["여사건", "여사건의 확률", "확률의 덧셈정리"], chk, also=["12확통02-02"])


@family("12확통02-03", "shared-choice")
def _p23_shared(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["weekday", "menu", "floor", "month"])
    n = rng.randint(3, 4)
    if kind == "weekday":
        m = 7
        ctx = f"{n}명의 학생이 각자 월요일부터 일요일까지의 7일 중 하루를 임의로 골라 봉사 활동을 할 때,"
        noun = "적어도 두 명이 같은 요일을 고를 확률"
    elif kind == "menu":
        m = rng.randint(4, 6)
        ctx = f"{m}가지 메뉴가 있는 식당에서 {n}명이 각자 메뉴 하나를 임의로 주문할 때,"
        noun = "같은 메뉴를 주문한 사람이 있을 확률"
    elif kind == "floor":
        m = rng.randint(5, 8)
        ctx = f"1층에서 엘리베이터에 탄 {n}명이 2층부터 {m + 1}층까지의 {m}개 층 중 한 층에서 각각 임의로 내릴 때,"
        noun = "적어도 두 명이 같은 층에서 내릴 확률"
    else:
        m = 12
        n = rng.randint(3, 4)
        ctx = f"{n}명의 생일이 속한 달을 조사할 때,"
        noun = "생일이 같은 달인 사람이 적어도 두 명 있을 확률 (단, 각 사람의 생일이 각 달에 속할 확률은 모두 같다고 한다.)"
    fr = 1 - Fr(pm.perm(m, n), m ** n)
    chk = lambda: fr == Fr(sum(1 for t in itertools.product(range(m), repeat=n) if len(set(t)) < n), m ** n)  # noqa: E731
    if noun.endswith(")"):
        base, tail = noun.split(" (단")
        text = f"{ctx} {josa(base, '을/를')} {_end(rng)} (단{tail}"
        return _mk(text, _fa(fr), "word", None, 3, ["여사건", "여사건의 확률", "중복순열"], chk, also=["12확통01-01"])
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(pm.perm(m, n), m ** n), Fr(n, m)], 3, st)
    return _mk(text, ans, fmt, ch, 3, ["여사건", "여사건의 확률", "중복순열"], chk, also=["12확통01-01"])


@family("12확통02-03", "both-groups-included")
def _p23_groups(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = rng.randint(3, 6), rng.randint(3, 6)
    k = rng.randint(3, min(5, a + b - 1))
    g1, g2, unit = rng.choice([("1학년", "2학년", "명"), ("남학생", "여학생", "명"), ("국어책", "영어책", "권"), ("사과 맛 사탕", "포도 맛 사탕", "개")])
    ctx = rng.choice([f"{g1} {a}{unit}, {g2} {b}{unit} 중에서 임의로 {k}{unit}을 택할 때,".replace(f"{k}개을", f"{k}개를").replace(f"{k}권을", f"{k}권을"),
                      f"{g1} {a}{unit}과 {g2} {b}{unit}이 있다. 이 중에서 임의로 {k}{unit}을 고를 때,".replace(f"{a}개과", f"{a}개와").replace(f"{b}개이", f"{b}개가").replace(f"{k}개을", f"{k}개를")])
    noun = f"{josa(g1, '과/와')} {josa(g2, '이/가')} 모두 포함될 확률" if rng.random() < 0.6 else f"택한 {josa(f'{k}{unit}', '이/가')} 모두 {g1}이거나 모두 {g2}인 것은 아닐 확률"
    fr = 1 - Fr(pm.comb(a, k) + pm.comb(b, k), pm.comb(a + b, k))
    labels = [0] * a + [1] * b
    chk = lambda: fr == Fr(sum(1 for t in itertools.combinations(labels, k) if len(set(t)) == 2), pm.comb(a + b, k))  # noqa: E731
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [1 - Fr(pm.comb(a, k), pm.comb(a + b, k))], 3, st)
    return _mk(text, ans, fmt, ch, 3, ["여사건", "여사건의 확률"], chk)


@family("12확통02-03", "not-adjacent-prob")
def _p23_adjacent(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(5, 8)
    kind = rng.choice(["pair", "ends"])
    if kind == "pair":
        a, b = names(rng, 2)
        ctx = rng.choice([f"{josa(a, '과/와')} {josa(b, '을/를')} 포함한 {n}명이 일렬로 임의로 설 때,",
                          f"{n}명의 학생이 일렬로 놓인 의자에 임의로 앉는다. 이 중 두 학생 {josa(a, '과/와')} {b}에 대하여"])
        noun = f"{josa(a, '과/와')} {josa(b, '이/가')} 이웃하지 않을 확률"
        fr = 1 - Fr(2, n)
        ok = lambda t: abs(t.index(0) - t.index(1)) != 1  # noqa: E731
        d = 3
    else:
        w = rng.randint(2, n - 2)
        ctx = f"남학생 {n - w}명과 여학생 {w}명이 일렬로 임의로 설 때,"
        noun = "양 끝 중 적어도 한쪽에 여학생이 설 확률"
        fr = 1 - Fr((n - w) * (n - w - 1), n * (n - 1))
        ok = lambda t: t[0] < w or t[-1] < w  # noqa: E731
        d = 3
    chk = lambda: fr == Fr(sum(1 for t in itertools.permutations(range(n)) if ok(t)), pm.factorial(n)) if n <= 7 else True  # noqa: E731
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [1 - fr], d, st)
    return _mk(text, ans, fmt, ch, d, ["여사건", "여사건의 확률"], chk)


@family("12확통02-03", "repeated-digit-prob")
def _p23_digits(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m = rng.randint(4, 7)
    r = rng.randint(3, 4)
    kind = rng.choice(["repeat", "contains"])
    ctx = rng.choice([f"1부터 {m}까지의 자연수 중에서 중복을 허락하여 임의로 {r}개를 택해 일렬로 나열하여 {r}자리 자연수를 만들 때,",
                      f"숫자 1, 2, …, {m}이 적힌 버튼이 있는 자물쇠의 비밀번호 {r}자리를 임의로 정할 때,"])
    ctx = ctx.replace(f"…, {m}이", f"…, {josa(str(m), '이/가')}")
    if kind == "repeat":
        noun = "같은 숫자가 두 번 이상 나타날 확률" if "자연수를" in ctx else "같은 숫자를 두 번 이상 사용하게 될 확률"
        fr = 1 - Fr(pm.perm(m, r), m ** r)
        ok = lambda t: len(set(t)) < r  # noqa: E731
    else:
        v = rng.randint(1, m)
        noun = f"숫자 {josa(str(v), '이/가')} 적어도 한 번 나타날 확률" if "자연수를" in ctx else f"숫자 {josa(str(v), '이/가')} 적어도 하나 포함될 확률"
        fr = 1 - Fr((m - 1) ** r, m ** r)
        ok = lambda t: v in t  # noqa: E731
    chk = lambda: fr == Fr(sum(1 for t in itertools.product(range(1, m + 1), repeat=r) if ok(t)), m ** r)  # noqa: E731
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [1 - fr, Fr(r, m) if r < m else Fr(1, 2)], 3, st)
    return _mk(text, ans, fmt, ch, 3, ["여사건", "여사건의 확률", "중복순열"], chk, also=["12확통01-01"])


@family("12확통02-03", "function-fixed-point")
def _p23_func(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(3, 4)
    xs = "\\{" + ", ".join(map(str, range(1, n + 1))) + "\\}" if st == "latex" else "{" + ", ".join(map(str, range(1, n + 1))) + "}"
    kind = rng.choice(["fixed", "not-onto"])
    ctx = rng.choice([f"집합 {_w('X = ' + xs, st)}에서 X로의 모든 함수 중에서 임의로 하나를 택하여 f라 할 때,",
                      f"집합 {_w('X = ' + xs, st)}에 대하여 X에서 X로의 함수 f를 임의로 하나 정할 때,"])
    if kind == "fixed":
        noun = f"{_w('f(x) = x', st)}인 X의 원소 x가 적어도 하나 존재할 확률"
        fr = 1 - Fr((n - 1) ** n, n ** n)
        ok = lambda t: any(t[i] == i for i in range(n))  # noqa: E731
    else:
        noun = "함수 f의 치역이 X가 아닐 확률"
        fr = 1 - Fr(pm.factorial(n), n ** n)
        ok = lambda t: len(set(t)) < n  # noqa: E731
    chk = lambda: fr == Fr(sum(1 for t in itertools.product(range(n), repeat=n) if ok(t)), n ** n)  # noqa: E731
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [1 - fr, Fr(1, n)], 4, st)
    return _mk(text, ans, fmt, ch, 4, ["여사건", "여사건의 확률", "중복순열"], chk, also=["12확통01-01"])


@family("12확통02-03", "complement-explain-fill")
def _p23_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(3, 5)
    k = rng.choice([2, 3]) if n > 3 else 2
    tot = 2 ** n
    text = (f"서로 다른 동전 {n}개를 동시에 던질 때, 앞면이 {k}개 이하로 나올 확률을 여사건을 이용하여 구하는 과정이다. (가), (나), (다)에 알맞은 수를 {_end(rng, '쓰')}\n"
            f"앞면이 {k}개 이하로 나오는 사건을 A라 하면 A의 여사건은 앞면이 {k + 1}개 이상 나오는 사건이다.\n"
            f"모든 경우의 수는 (가)이고, 앞면이 {k + 1}개 이상 나오는 경우의 수는 (나)이므로\n"
            f"{_P('A', st)} = 1 − {_P(chr(65) + chr(39), st)} = (다)")
    comp = sum(pm.comb(n, j) for j in range(k + 1, n + 1))
    ans = Fr(tot - comp, tot)
    val = f"(가) {tot}, (나) {comp}, (다) {_fa(ans)}"
    chk = lambda: Fr(sum(1 for t in itertools.product((0, 1), repeat=n) if sum(t) <= k), tot) == ans  # noqa: E731
    return _mk(text, val, "fill", None, 2,
               ["여사건", "여사건의 확률"], chk)


# =================================================================================================
# 12확통02-04 조건부확률
# =================================================================================================
def _Pc(b: str, a: str, st: str) -> str:
    """P(B|A) as printed."""
    if st == "latex":
        b2 = b.replace("'", "^{C}")
        a2 = a.replace("'", "^{C}")
        return f"$\\mathrm{{P}}({b2} \\mid {a2})$"
    return f"P({b.replace(chr(39), 'ᶜ')}|{a.replace(chr(39), 'ᶜ')})"


_TABLES = (
    ("남학생", "여학생", "찬성", "반대", "학생", {"남학생": "남학생", "여학생": "여학생", "찬성": "찬성한 학생", "반대": "반대한 학생"}),
    ("1학년", "2학년", "자전거 통학", "도보 통학", "학생",
     {"1학년": "1학년 학생", "2학년": "2학년 학생", "자전거 통학": "자전거로 통학하는 학생", "도보 통학": "걸어서 통학하는 학생"}),
    ("20대", "30대 이상", "온라인 구매", "매장 구매", "고객",
     {"20대": "20대 고객", "30대 이상": "30대 이상 고객", "온라인 구매": "온라인으로 구매한 고객", "매장 구매": "매장에서 구매한 고객"}),
    ("A 공장", "B 공장", "정상품", "불량품", "제품",
     {"A 공장": "A 공장에서 생산된 제품", "B 공장": "B 공장에서 생산된 제품", "정상품": "정상품", "불량품": "불량품"}),
    ("운동함", "운동 안 함", "감기 걸림", "감기 안 걸림", "사람",
     {"운동함": "규칙적으로 운동하는 사람", "운동 안 함": "규칙적으로 운동하지 않는 사람", "감기 걸림": "올겨울 감기에 걸린 사람",
      "감기 안 걸림": "올겨울 감기에 걸리지 않은 사람"}),
)


@family("12확통02-04", "two-way-table")
def _p24_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1, r2, c1, c2, who, ph = rng.choice(_TABLES)
    cells = [[rng.randint(5, 40) for _ in range(2)] for _ in range(2)]
    if c2 == "불량품":
        cells = [[rng.randint(80, 200), rng.randint(2, 15)], [rng.randint(80, 200), rng.randint(2, 15)]]
    tot = sum(map(sum, cells))
    table = (f"구분 | {c1} | {c2} | 합계\n{r1} | {cells[0][0]} | {cells[0][1]} | {sum(cells[0])}\n"
             f"{r2} | {cells[1][0]} | {cells[1][1]} | {sum(cells[1])}\n합계 | {cells[0][0] + cells[1][0]} | {cells[0][1] + cells[1][1]} | {tot}")
    unit = "개" if who == "제품" else "명"
    one = "하나" if who == "제품" else "한 명"
    kind = rng.choice(["row-given", "col-given"])
    i, j = rng.randrange(2), rng.randrange(2)
    rows, cols = (r1, r2), (c1, c2)
    if kind == "row-given":
        cond, target = ph[rows[i]], ph[cols[j]]
        fr = Fr(cells[i][j], sum(cells[i]))
        wrong = [Fr(cells[i][j], tot), Fr(cells[i][j], cells[0][j] + cells[1][j])]
    else:
        cond, target = ph[cols[j]], ph[rows[i]]
        fr = Fr(cells[i][j], cells[0][j] + cells[1][j])
        wrong = [Fr(cells[i][j], tot), Fr(cells[i][j], sum(cells[i]))]
    head = rng.choice([f"다음은 어느 {'공장의' if who == '제품' else '집단의'} {who} {tot}{unit}을 조사하여 나타낸 표이다.",
                       f"다음 표는 {who} {tot}{unit}을 두 가지 기준으로 분류한 결과이다."]).replace("개을", "개를")
    ctx = f"{head}\n\n{table}\n\n이 {who} 중에서 임의로 택한 {josa(one, '이/가')} {cond}일 때,"
    noun = f"이 {josa(who, '이/가')} {target}일 확률"
    ok_fn = (lambda p: p[0] == i) if kind == "row-given" else (lambda p: p[1] == j)
    pop = [(a, b) for a in range(2) for b in range(2) for _ in range(cells[a][b])]
    chk = lambda: fr == Fr(sum(1 for p in pop if ok_fn(p) and p == (i, j)), sum(1 for p in pop if ok_fn(p)))  # noqa: E731
    t2, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, wrong, 3, st)
    return _mk(t2, ans, "data" if fmt == "word" else fmt, ch, 3, ["조건부확률"], chk)


@family("12확통02-04", "conditional-formula-values")
def _p24_formula(rng: random.Random) -> Problem:
    st = pick_style(rng)
    den = rng.choice([10, 12, 20, 6, 8])
    while True:
        pa, pb, pab = Fr(rng.randint(2, den - 2), den), Fr(rng.randint(2, den - 2), den), Fr(rng.randint(1, den // 2), den)
        pu = pa + pb - pab
        if pab < min(pa, pb) and max(pa, pb) < pu <= 1:
            break
    kind = rng.choice(["basic", "union", "complement"])
    if kind == "basic":
        given, target, ans = [("A", pa), ("A&B", pab)], ("B", "A"), pab / pa
    elif kind == "union":
        given, target, ans = [("A", pa), ("B", pb), ("A|B", pu)], ("A", "B"), pab / pb
    else:
        given, target, ans = [("A", pa), ("B", pb), ("A&B", pab)], ("B'", "A"), (pa - pab) / pa
    ctx = rng.choice([f"두 사건 A, B에 대하여 {_eqs(given, st)}일 때,", f"두 사건 A, B가 {josa(_eqs(given, st), '을/를')} 만족시킬 때,"])
    noun = f"{_Pc(target[0], target[1], st)}의 값"
    note = ""
    if "'" in target[0]:
        note = " (단, $B^{C}$는 B의 여사건이다.)" if st == "latex" else " (단, Bᶜ은 B의 여사건이다.)"
    chk = lambda: ans == {"basic": pab / pa, "union": (pa + pb - pu) / pb, "complement": 1 - pab / pa}[kind]  # noqa: E731
    if rng.random() < 0.4:
        ch = choices(rng, _F(ans, st), [_F(v, st) for v in _near(ans, [pab, pab / pb if kind == "basic" else pab / pa])], sort_key=_parse_fr)
        return _mk(f"{ctx} {josa(noun, '은/는')}?{_pts(rng, 2)}{note}\n{ch.block}", ch.label, "mcq", ch, 2, ["조건부확률"], chk)
    return _mk(f"{ctx} {josa(noun, '을/를')} {_end(rng)}{note}", _fa(ans), "computation", None, 2, ["조건부확률"], chk)


@family("12확통02-04", "draw-conditional")
def _p24_draw(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, w = rng.randint(2, 6), rng.randint(2, 6)
    kind = rng.choice(["second-given-first", "both-given-atleast", "first-given-second"])
    c1, c2 = rng.choice([("빨간 공", "흰 공"), ("당첨 제비", "당첨되지 않는 제비"), ("파란 구슬", "노란 구슬")])
    obj = "제비" if "제비" in c1 else ("구슬" if "구슬" in c1 else "공")
    labels = [1] * r + [0] * w
    seqs = list(itertools.permutations(range(r + w), 2))
    if kind == "second-given-first":
        ctx = f"{c1} {r}개와 {c2} {w}개가 들어 있는 주머니에서 {obj}을 한 개씩 두 번 꺼낸다. (단, 꺼낸 {obj}은 다시 넣지 않는다.)"
        noun = f"첫 번째에 꺼낸 {obj}이 {c1}이었을 때, 두 번째에 꺼낸 {obj}도 {c1}일 확률"
        fr = Fr(r - 1, r + w - 1)
        given = lambda s: labels[s[0]] == 1  # noqa: E731
        ev = lambda s: labels[s[1]] == 1  # noqa: E731
        d = 2
    elif kind == "first-given-second":
        ctx = f"{c1} {r}개와 {c2} {w}개가 들어 있는 주머니에서 {obj}을 한 개씩 두 번 꺼낸다. (단, 꺼낸 {obj}은 다시 넣지 않는다.)"
        noun = f"두 번째에 꺼낸 {obj}이 {c1}이었을 때, 첫 번째에 꺼낸 {obj}이 {c2}이었을 확률"
        fr = Fr(w * r, (r + w) * (r + w - 1)) / Fr(r, r + w)
        given = lambda s: labels[s[1]] == 1  # noqa: E731
        ev = lambda s: labels[s[0]] == 0  # noqa: E731
        d = 4
    else:
        ctx = f"{c1} {r}개와 {c2} {w}개가 들어 있는 주머니에서 임의로 2개의 {obj}을 동시에 꺼낸다."
        noun = f"꺼낸 {obj} 중 적어도 한 개가 {c1}일 때, 2개 모두 {c1}일 확률"
        fr = Fr(pm.comb(r, 2), pm.comb(r + w, 2) - pm.comb(w, 2))
        given = lambda s: labels[s[0]] + labels[s[1]] >= 1  # noqa: E731
        ev = lambda s: labels[s[0]] + labels[s[1]] == 2  # noqa: E731
        d = 3
    for a_, b_ in (("공을", "공을"), ("제비을", "제비를"), ("구슬을", "구슬을"), ("제비은", "제비는"), ("제비이", "제비가"), ("제비도", "제비도")):
        ctx, noun = ctx.replace(a_, b_), noun.replace(a_, b_)
    noun = noun.replace("당첨되지 않는 제비이었을", "당첨되지 않는 제비였을").replace("제비이었을", "제비였을")
    chk = lambda: fr == Fr(sum(1 for s in seqs if given(s) and ev(s)), sum(1 for s in seqs if given(s)))  # noqa: E731
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(r, r + w), Fr(pm.comb(r, 2), pm.comb(r + w, 2))], d, st)
    return _mk(text, ans, fmt, ch, d, ["조건부확률"], chk)


@family("12확통02-04", "dice-conditional")
def _p24_dice(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["sum-given", "diff-given", "even-given"])
    pairs = [(a, b) for a in range(1, 7) for b in range(1, 7)]
    ctx = rng.choice(["한 개의 주사위를 두 번 던져서 나오는 눈의 수를 차례로 a, b라 하자.", "두 개의 주사위를 동시에 던져 나온 눈의 수를 각각 a, b라 하자."])
    if kind == "sum-given":
        s = rng.randint(5, 9)
        k = rng.choice([v for v in range(1, 7) if 1 <= s - v <= 6])
        noun = f"{_w(f'a + b = {s}', st)}일 때, {josa(_w('a', st), '과/와')} {_w('b', st)} 중 적어도 하나가 {k}일 확률"
        given, ev = (lambda p: sum(p) == s), (lambda p: k in p)
    elif kind == "diff-given":
        noun = f"{josa(_w('a', st), '과/와')} {josa(_w('b', st), '이/가')} 서로 다를 때, {_w('a + b', st)}의 값이 짝수일 확률"
        given, ev = (lambda p: p[0] != p[1]), (lambda p: sum(p) % 2 == 0)
    else:
        m = rng.choice([3, 4, 6])
        noun = f"{_w('ab', st)}의 값이 짝수일 때, {_w('ab', st)}의 값이 {m}의 배수일 확률"
        given, ev = (lambda p: p[0] * p[1] % 2 == 0), (lambda p: p[0] * p[1] % m == 0)
    g = [p for p in pairs if given(p)]
    fr = Fr(sum(1 for p in g if ev(p)), len(g))
    chk = lambda: fr == Fr(sum(1 for p in pairs if given(p) and ev(p)), 36) / Fr(len(g), 36)  # noqa: E731
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(sum(1 for p in g if ev(p)), 36)], 3, st)
    return _mk(text, ans, fmt, ch, 3, ["조건부확률"], chk)


@family("12확통02-04", "bayes-test")
def _p24_bayes(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["disease", "factory", "spam"])
    p = Fr(rng.choice([1, 2, 5, 10, 20]), 100)
    sens = Fr(rng.choice([80, 90, 95, 98]), 100)
    fpr = Fr(rng.choice([2, 5, 10, 20]), 100)
    pct = lambda v: f"{v * 100}%"  # noqa: E731
    if kind == "disease":
        ctx = (f"어느 지역 주민의 {pct(p)}가 어떤 질병에 걸려 있다. 이 질병의 검사 방법은 질병에 걸린 사람을 {pct(sens)}의 확률로 양성으로 판정하고, "
               f"질병에 걸리지 않은 사람을 {pct(fpr)}의 확률로 양성으로 잘못 판정한다. 이 지역 주민 중에서 임의로 택한 한 명이 검사에서 양성으로 판정되었을 때,")
        noun = "이 사람이 실제로 질병에 걸려 있을 확률"
    elif kind == "factory":
        ctx = (f"어느 공장에서 생산되는 제품 중 {pct(p)}는 불량품이다. 검사 기계는 불량품을 {pct(sens)}의 확률로 불량으로 판정하고, "
               f"정상 제품을 {pct(fpr)}의 확률로 불량으로 잘못 판정한다. 이 공장의 제품 하나를 임의로 택하여 검사하였더니 불량으로 판정되었을 때,")
        noun = "이 제품이 실제로 불량품일 확률"
    else:
        ctx = (f"어느 회사에 도착하는 전자 우편의 {pct(p)}가 스팸 메일이다. 스팸 차단 프로그램은 스팸 메일을 {pct(sens)}의 확률로 차단하고, "
               f"스팸이 아닌 메일을 {pct(fpr)}의 확률로 잘못 차단한다. 임의로 택한 메일 한 통이 차단되었을 때,")
        noun = "이 메일이 스팸 메일일 확률"
    fr = p * sens / (p * sens + (1 - p) * fpr)

    def chk() -> bool:  # count over 10000 imaginary items
        n = 10 ** 6
        sick = int(n * p)
        tp = int(sick * sens)
        fp = int((n - sick) * fpr)
        return fr == Fr(tp, tp + fp)
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [sens, p * sens, 1 - fpr], 4, st, modes=("direct", "mcq"))
    return _mk(text, ans, fmt, ch, 4, ["조건부확률", "확률의 곱셈정리"], chk, also=["12확통02-06"])


@family("12확통02-04", "children-conditional")
def _p24_children(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([2, 3, 3, 4])
    g = rng.choice(["딸", "아들"])
    o = "아들" if g == "딸" else "딸"
    kind = rng.choice(["atleast-all", "first-all", "atleast-exactly2"])
    ctx = f"자녀가 {n}명인 가정에서 각 자녀가 아들일 확률과 딸일 확률은 모두 {_F(Fr(1, 2), st)}이라 하자. 자녀가 {n}명인 한 가정을 임의로 택하였다."
    outs = list(itertools.product((0, 1), repeat=n))
    if kind == "atleast-all":
        noun = f"{josa(g, '이/가')} 적어도 한 명 있다는 것을 알았을 때, 자녀가 모두 {g}일 확률"
        given, ev = (lambda t: 1 in t), (lambda t: all(t))
    elif kind == "first-all":
        noun = f"첫째가 {g}일 때, 자녀가 모두 {g}일 확률"
        given, ev = (lambda t: t[0] == 1), (lambda t: all(t))
    else:
        if n == 2:
            n = 3
            ctx = ctx.replace("자녀가 2명", "자녀가 3명")
            outs = list(itertools.product((0, 1), repeat=n))
        noun = f"{josa(o, '이/가')} 적어도 한 명 있을 때, {josa(g, '이/가')} 정확히 2명일 확률"
        given, ev = (lambda t: 0 in t), (lambda t: sum(t) == 2)
    g_ = [t for t in outs if given(t)]
    fr = Fr(sum(1 for t in g_ if ev(t)), len(g_))
    chk = lambda: fr == Fr(sum(1 for t in outs if given(t) and ev(t)), 2 ** n) / Fr(len(g_), 2 ** n)  # noqa: E731
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(1, 2 ** n), Fr(1, 2)], 3, st)
    return _mk(text, ans, fmt, ch, 3, ["조건부확률"], chk)


@family("12확통02-04", "cards-conditional")
def _p24_cards(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([12, 15, 20, 24, 30])
    a, b = rng.choice([(2, 3), (3, 2), (2, 5), (3, 4), (4, 3), (5, 2), (2, 6)])
    ctx = rng.choice([f"1부터 {n}까지의 자연수가 하나씩 적힌 {n}장의 카드 중에서 임의로 한 장을 뽑았다.",
                      f"1부터 {n}까지의 번호표 중에서 임의로 한 장을 뽑는다."])
    what = "뽑은 카드에 적힌 수" if "카드" in ctx else "뽑은 번호"
    noun = f"{josa(what, '이/가')} {a}의 배수일 때, 그 수가 {b}의 배수일 확률"
    fr = Fr(n // pm.lcm(a, b), n // a)
    chk = lambda: fr == Fr(sum(1 for v in range(1, n + 1) if v % a == 0 and v % b == 0), sum(1 for v in range(1, n + 1) if v % a == 0))  # noqa: E731
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(n // b, n), Fr(n // pm.lcm(a, b), n)], 2, st)
    return _mk(text, ans, fmt, ch, 2, ["조건부확률"], chk)


@family("12확통02-04", "venn-counts-conditional")
def _p24_counts(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([100, 120, 150, 200, 250])
    a = rng.randint(n // 5, n // 2)
    b = rng.randint(n // 5, n // 2)
    c = rng.randint(max(1, a + b - n + 1), min(a, b) - 1)
    x, y, unit = rng.choice([("방과 후 수업을 신청한", "자율 학습에 참여한", "학생"), ("독감 예방 주사를 맞은", "독감에 걸린", "직원"),
                             ("안경을 쓴", "교정기를 낀", "학생"), ("도서관을 이용한", "온라인 강의를 수강한", "회원")])
    kind = rng.choice(["yx", "xy", "not"])
    ctx = (f"어느 단체의 {unit} {n}명 중 {x} {unit}은 {a}명, {y} {unit}은 {b}명이고, 두 가지에 모두 해당하는 {unit}은 {c}명이다. "
           f"이 단체의 {unit} 중에서 한 명을 임의로 택하였다.")
    if kind == "yx":
        noun = f"택한 {josa(unit, '이/가')} {x} {unit}이었을 때, 이 {josa(unit, '이/가')} {y} {unit}일 확률"
        fr = Fr(c, a)
    elif kind == "xy":
        noun = f"택한 {josa(unit, '이/가')} {y} {unit}이었을 때, 이 {josa(unit, '이/가')} {x} {unit}일 확률"
        fr = Fr(c, b)
    else:
        noun = f"택한 {josa(unit, '이/가')} {x} {unit}이었을 때, 이 {josa(unit, '이/가')} {y} {unit}이 아닐 확률"
        fr = Fr(a - c, a)
    pop = [(i < a, a - c <= i < a - c + b) for i in range(n)]
    chk = lambda: fr == {  # noqa: E731
        "yx": Fr(sum(1 for p, q in pop if p and q), sum(1 for p, _ in pop if p)),
        "xy": Fr(sum(1 for p, q in pop if p and q), sum(1 for _, q in pop if q)),
        "not": Fr(sum(1 for p, q in pop if p and not q), sum(1 for p, _ in pop if p))}[kind]
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(c, n), Fr(c, a + b - c)], 3, st)
    return _mk(text, ans, fmt, ch, 3, ["조건부확률"], chk)


_CPROPS = (
    ("P(A|A) = 1", lambda a, b: True),
    ("P(B|A) = P(A|B)", lambda a, b: len(a) == len(b) or not (a & b)),
    ("P(Bᶜ|A) = 1 − P(B|A)", lambda a, b: True),
    ("A ⊂ B이면 P(B|A) = 1", lambda a, b: not a <= b or True),
    ("A와 B가 서로 배반사건이면 P(B|A) = 0", lambda a, b: bool(a & b) or True),
    ("P(B|A) ≤ P(B)", lambda a, b: len(a & b) * 4 <= len(b) * len(a)),
    ("P(A ∩ B) ≤ P(B|A)", lambda a, b: len(a & b) * len(a) <= len(a & b) * 4),
)


@family("12확통02-04", "bogi-conditional")
def _p24_bogi(rng: random.Random) -> Problem:
    sets = [s for s in _SETS4 if s]

    def holds(f) -> bool:
        return all(f(a, b) for a in sets for b in sets)
    while True:
        picks = rng.sample(_CPROPS, 3)
        truth = [holds(f) for _, f in picks]
        if any(truth):
            break
    stmts = [(s, t) for (s, _), t in zip(picks, truth, strict=True)]
    lead = rng.choice(["두 사건 A, B에 대하여 옳은 것만을 <보기>에서 있는 대로 고른 것은? (단, P(A) > 0, P(B) > 0이고, Bᶜ은 B의 여사건이다.)",
                       "P(A) > 0, P(B) > 0인 두 사건 A, B에 대하여 <보기>에서 항상 옳은 것만을 있는 대로 고른 것은? (단, Bᶜ은 B의 여사건이다.)"])
    text, ans, ch = _bogi(rng, stmts, 3, lead)

    def chk() -> bool:  # direct conditional probabilities on a 4-point equally likely space
        def cp(b, a):
            return Fr(len(a & b), len(a))
        facts = {
            "P(A|A) = 1": all(cp(a, a) == 1 for a in sets),
            "P(B|A) = P(A|B)": all(cp(b, a) == cp(a, b) for a in sets for b in sets),
            "P(Bᶜ|A) = 1 − P(B|A)": all(cp(frozenset(range(4)) - b, a) == 1 - cp(b, a) for a in sets for b in sets),
            "A ⊂ B이면 P(B|A) = 1": all(cp(b, a) == 1 for a in sets for b in sets if a <= b),
            "A와 B가 서로 배반사건이면 P(B|A) = 0": all(cp(b, a) == 0 for a in sets for b in sets if not a & b),
            "P(B|A) ≤ P(B)": all(cp(b, a) <= Fr(len(b), 4) for a in sets for b in sets),
            "P(A ∩ B) ≤ P(B|A)": all(Fr(len(a & b), 4) <= cp(b, a) for a in sets for b in sets),
        }
        return all(facts[s] == t for s, t in stmts)
    return _mk(text, ans, "mcq", ch, 3, ["조건부확률"], chk)


# =================================================================================================
# 12확통02-05 사건의 독립과 종속
# =================================================================================================
def _indep(space: list, a, b) -> bool:
    n = len(space)
    na = sum(1 for w in space if a(w))
    nb = sum(1 for w in space if b(w))
    nab = sum(1 for w in space if a(w) and b(w))
    return nab * n == na * nb


_DIE_EVENTS = (
    ("짝수의 눈이 나오는 사건", lambda v: v % 2 == 0), ("홀수의 눈이 나오는 사건", lambda v: v % 2 == 1),
    ("3의 배수의 눈이 나오는 사건", lambda v: v % 3 == 0), ("소수의 눈이 나오는 사건", lambda v: v in (2, 3, 5)),
    ("6의 약수의 눈이 나오는 사건", lambda v: 6 % v == 0), ("4 이하의 눈이 나오는 사건", lambda v: v <= 4),
    ("5 이상의 눈이 나오는 사건", lambda v: v >= 5), ("1 또는 2의 눈이 나오는 사건", lambda v: v <= 2),
    ("4의 약수의 눈이 나오는 사건", lambda v: 4 % v == 0), ("3 이하의 눈이 나오는 사건", lambda v: v <= 3),
)
_DICE2_EVENTS = (
    ("첫 번째에 짝수의 눈이 나오는 사건", lambda p: p[0] % 2 == 0), ("두 번째에 3의 배수의 눈이 나오는 사건", lambda p: p[1] % 3 == 0),
    ("두 눈의 수의 합이 7인 사건", lambda p: sum(p) == 7), ("두 눈의 수의 합이 8인 사건", lambda p: sum(p) == 8),
    ("두 눈의 수의 합이 짝수인 사건", lambda p: sum(p) % 2 == 0), ("두 눈의 수가 같은 사건", lambda p: p[0] == p[1]),
    ("첫 번째에 1의 눈이 나오는 사건", lambda p: p[0] == 1), ("두 눈의 수의 곱이 홀수인 사건", lambda p: p[0] * p[1] % 2 == 1),
    ("두 번째에 4 이상의 눈이 나오는 사건", lambda p: p[1] >= 4),
)


@family("12확통02-05", "judge-dice-events")
def _p25_judge(rng: random.Random) -> Problem:
    two = rng.random() < 0.5
    if two:
        (da, fa), (db, fb) = rng.sample(_DICE2_EVENTS, 2)
        space = [(a, b) for a in range(1, 7) for b in range(1, 7)]
        ctx = rng.choice(["한 개의 주사위를 두 번 던지는 시행에서", "빨간 주사위와 파란 주사위를 동시에 던지는 시행에서"])
        if "동시에" in ctx:
            da = da.replace("첫 번째에", "빨간 주사위에서").replace("두 번째에", "파란 주사위에서")
            db = db.replace("첫 번째에", "빨간 주사위에서").replace("두 번째에", "파란 주사위에서")
    else:
        (da, fa), (db, fb) = rng.sample(_DIE_EVENTS, 2)
        space = list(range(1, 7))
        ctx = "한 개의 주사위를 한 번 던지는 시행에서"
    ind = _indep(space, fa, fb)
    ans = "독립" if ind else "종속"
    text = rng.choice([
        f"{ctx} {josa(da, '을/를')} A, {josa(db, '을/를')} B라 할 때, 두 사건 A와 B는 서로 독립인지 종속인지 판정하시오.",
        f"{ctx} {josa(da, '을/를')} A, {josa(db, '을/를')} B라 하자. 두 사건 A, B가 서로 독립인지 종속인지 말하고, 그 이유를 설명하시오.",
        f"{ctx} 사건 A와 사건 B를 다음과 같이 정할 때, A와 B는 서로 독립인가, 종속인가?\nA: {da[:-3].rstrip()}\nB: {db[:-3].rstrip()}",
    ])
    fmt = "proof" if "이유를 설명" in text else "word"
    sp_ = space

    def chk() -> bool:  # compare P(B|A) with P(B)
        a_ = [w for w in sp_ if fa(w)]
        pba = Fr(sum(1 for w in a_ if fb(w)), len(a_))
        return (pba == Fr(sum(1 for w in sp_ if fb(w)), len(sp_))) == (ans == "독립")
    return _mk(text, ans, fmt, None, 3 if two else 2, ["독립", "종속"], chk)


@family("12확통02-05", "card-independence-count")
def _p25_cards(rng: random.Random) -> Problem:
    a, b = rng.choice([(2, 3), (2, 5), (3, 4), (2, 7), (3, 5)])
    lo = rng.randint(8, 20)
    hi = lo + rng.randint(8, 15)
    kind = rng.choice(["count", "min"])
    ns = [n for n in range(lo, hi + 1) if _indep(list(range(1, n + 1)), lambda v: v % a == 0, lambda v: v % b == 0)]
    if not ns:
        kind = "count"
    base = (f"1부터 n까지의 자연수가 하나씩 적힌 n장의 카드 중에서 임의로 한 장을 뽑을 때, 뽑은 카드에 적힌 수가 {a}의 배수인 사건을 A, "
            f"{b}의 배수인 사건을 B라 하자.")
    if kind == "count":
        text = f"{base} {lo} ≤ n ≤ {hi}인 자연수 n 중에서 두 사건 A, B가 서로 독립이 되도록 하는 n의 개수를 {_end(rng)}"
        ans = len(ns)
    else:
        text = f"{base} n이 {lo} 이상의 자연수일 때, 두 사건 A, B가 서로 독립이 되도록 하는 n의 최솟값을 {_end(rng)}"
        ans = ns[0]

    def chk() -> bool:
        good = [n for n in range(lo, hi + 1) if Fr(n // (a * b), n) == Fr(n // a, n) * Fr(n // b, n)]
        return ans == (len(good) if kind == "count" else good[0])
    return _mk(text, str(ans), "word", None, 5, ["독립", "종속"], chk)


@family("12확통02-05", "independent-find-prob")
def _p25_find(rng: random.Random) -> Problem:
    st = pick_style(rng)
    den = rng.choice([2, 3, 4, 5, 6])
    pa = Fr(rng.randint(1, den - 1), den)
    pb = Fr(rng.randint(1, 4), rng.choice([5, 6, 4]))
    if pb >= 1:
        pb = Fr(1, 2)
    kind = rng.choice(["union", "inter", "acb", "cond"])
    if kind == "union":
        given, target, ans = [("A", pa), ("A|B", pa + pb - pa * pb)], "B", pb
    elif kind == "inter":
        given, target, ans = [("A", pa), ("A&B", pa * pb)], "B", pb
    elif kind == "acb":
        given, target, ans = [("A", pa), ("B", pb)], "A'&B", (1 - pa) * pb
    else:
        given, target, ans = [("A", pa), ("B", pb)], "A|B", pa + pb - pa * pb
    ctx = rng.choice([f"두 사건 A, B가 서로 독립이고 {_eqs(given, st)}일 때,", f"서로 독립인 두 사건 A, B에 대하여 {_eqs(given, st)}일 때,"])
    noun = f"{_P(target, st)}의 값"
    note = ""
    if "'" in target:
        note = " (단, $A^{C}$은 A의 여사건이다.)" if st == "latex" else " (단, Aᶜ은 A의 여사건이다.)"

    def chk() -> bool:
        x = sp.Symbol("x")
        if kind == "union":
            return sp.solve(sp.Eq(pa + x - pa * x, sp.Rational((pa + pb - pa * pb).numerator, (pa + pb - pa * pb).denominator)), x) == [sp.Rational(ans.numerator, ans.denominator)]
        if kind == "inter":
            return ans * pa == pa * pb
        if kind == "acb":
            return ans == pb - pa * pb
        return ans == 1 - (1 - pa) * (1 - pb)
    if rng.random() < 0.4:
        ch = choices(rng, _F(ans, st), [_F(v, st) for v in _near(ans, [pa * pb, pa + pb if pa + pb < 1 else Fr(1, 7)])], sort_key=_parse_fr)
        return _mk(f"{ctx} {josa(noun, '은/는')}?{_pts(rng, 3)}{note}\n{ch.block}", ch.label, "mcq", ch, 3, ["독립", "확률의 곱셈정리"], chk)
    return _mk(f"{ctx} {josa(noun, '을/를')} {_end(rng)}{note}", _fa(ans), "computation", None, 3, ["독립", "확률의 곱셈정리"], chk)


@family("12확통02-05", "table-find-x")
def _p25_table(rng: random.Random) -> Problem:
    # rows r1/r2, cols c1/c2 with counts [[a, b], [c, x]]: independent iff a*x == b*c
    while True:
        a, b, c = rng.randint(4, 40), rng.randint(4, 40), rng.randint(4, 40)
        if (b * c) % a == 0 and 2 <= b * c // a <= 80:
            x = b * c // a
            break
    r1, r2, c1, c2, who = rng.choice([("남학생", "여학생", "찬성", "반대", "학생"), ("1반", "2반", "안경 씀", "안경 안 씀", "학생"),
                                      ("오전 방문", "오후 방문", "구매함", "구매 안 함", "고객"), ("A 지역", "B 지역", "가입", "미가입", "주민")])
    table = f"구분 | {c1} | {c2}\n{r1} | {a} | {b}\n{r2} | {c} | x"
    text = rng.choice([
        f"다음은 어느 집단의 {who}들을 두 가지 기준으로 조사한 결과이다.\n\n{table}\n\n이 집단에서 임의로 택한 한 명이 {r1}인 사건을 A, {c1}인 사건을 B라 하자. 두 사건 A, B가 서로 독립일 때, 자연수 x의 값을 {_end(rng)}",
        f"다음 표에서 {who} 한 명을 임의로 택할 때, 택한 {who}이 {r1}인 사건과 {c1}인 사건이 서로 독립이 되도록 하는 x의 값을 {_end(rng)}\n\n{table}",
    ])
    text = text.replace(f"택한 {who}이", f"택한 {josa(who, '이/가')}")
    text = text.replace(f"{c1}인 사건", f"'{c1}'에 해당하는 사건").replace(f"{r1}인 사건", f"{r1}인 사건")

    def chk() -> bool:
        tot = a + b + c + x
        return Fr(a, tot) == Fr(a + b, tot) * Fr(a + c, tot)
    return _mk(text, str(x), "data", None, 4, ["독립"], chk)


_IPROPS = (
    ("A와 B가 서로 독립이면 Aᶜ과 B도 서로 독립이다.", "indep->compl"),
    ("A와 B가 서로 독립이면 A와 B는 서로 배반사건이다.", "indep->excl"),
    ("A와 B가 서로 배반사건이면 A와 B는 서로 종속이다.", "excl->dep"),
    ("P(B|A) = P(B)이면 A와 B는 서로 독립이다.", "cond->indep"),
    ("A와 B가 서로 독립이면 P(A ∪ B) = P(A) + P(B)이다.", "indep->add"),
    ("A와 B가 서로 독립이면 P(A ∩ B) = P(A)P(B)이다.", "indep->mult"),
    ("A와 B가 서로 독립이면 P(A|B) = P(A|Bᶜ)이다.", "indep->cond-eq"),
)


def _iprop_truth(key: str) -> bool:
    """Decide a statement over all pairs of events with 0 < P < 1 on a 6-point equally likely space."""
    full = frozenset(range(6))
    evs = [frozenset(s) for k in range(1, 6) for s in itertools.combinations(range(6), k)]

    def pr(e):
        return Fr(len(e), 6)

    def ind(a, b):
        return pr(a & b) == pr(a) * pr(b)
    pairs = [(a, b) for a in evs for b in evs]
    tests = {
        "indep->compl": lambda a, b: not ind(a, b) or ind(full - a, b),
        "indep->excl": lambda a, b: not ind(a, b) or not (a & b),
        "excl->dep": lambda a, b: bool(a & b) or not ind(a, b),
        "cond->indep": lambda a, b: pr(a & b) / pr(a) != pr(b) or ind(a, b),
        "indep->add": lambda a, b: not ind(a, b) or pr(a | b) == pr(a) + pr(b),
        "indep->mult": lambda a, b: not ind(a, b) or pr(a & b) == pr(a) * pr(b),
        "indep->cond-eq": lambda a, b: not ind(a, b) or pr(a & b) / pr(b) == pr(a & (full - b)) / pr(full - b),
    }
    return all(tests[key](a, b) for a, b in pairs)


_IPROP_KNOWN = {"indep->compl": True, "indep->excl": False, "excl->dep": True, "cond->indep": True, "indep->add": False,
                "indep->mult": True, "indep->cond-eq": True}


@family("12확통02-05", "bogi-independence")
def _p25_bogi(rng: random.Random) -> Problem:
    while True:
        picks = rng.sample(_IPROPS, 3)
        truth = [_IPROP_KNOWN[k] for _, k in picks]
        if any(truth):
            break
    stmts = [(s, t) for (s, _), t in zip(picks, truth, strict=True)]
    lead = rng.choice(["0 < P(A) < 1, 0 < P(B) < 1인 두 사건 A, B에 대하여 옳은 것만을 <보기>에서 있는 대로 고른 것은? (단, Aᶜ, Bᶜ은 각각 A, B의 여사건이다.)",
                       "두 사건 A, B에 대한 설명으로 옳은 것만을 <보기>에서 있는 대로 고른 것은? (단, 0 < P(A) < 1, 0 < P(B) < 1이고, Aᶜ, Bᶜ은 각각 A, B의 여사건이다.)"])
    text, ans, ch = _bogi(rng, stmts, 3, lead)
    keys = [k for _, k in picks]
    return _mk(text, ans, "mcq", ch, 3, ["독립", "종속", "배반사건"], lambda: all(_iprop_truth(k) == t for k, t in zip(keys, truth, strict=True)))


@family("12확통02-05", "complement-independence-fill")
def _p25_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    which = rng.choice(["Ac-B", "A-Bc"])
    if which == "Ac-B":
        t1, t2 = ("A'", "B")
        lines = [f"{_P(chr(65) + chr(39) + '&B', st)} = {_P('B', st)} − (가)",
                 f"= {_P('B', st)} − {_P('A', st)}{_P('B', st)}", f"= {_P('B', st)}{{1 − (나)}}", f"= (다){_P('B', st)}"]
        ans = "(가) P(A ∩ B), (나) P(A), (다) P(Aᶜ)"
    else:
        t1, t2 = ("A", "B'")
        lines = [f"{_P('A&B' + chr(39), st)} = {_P('A', st)} − (가)",
                 f"= {_P('A', st)} − {_P('A', st)}{_P('B', st)}", f"= {_P('A', st)}{{1 − (나)}}", f"= {_P('A', st)}(다)"]
        ans = "(가) P(A ∩ B), (나) P(B), (다) P(Bᶜ)"
    head = (f"다음은 두 사건 A, B가 서로 독립이면 두 사건 {_w(t1.replace(chr(39), '^{C}'), st) if st == 'latex' else t1.replace(chr(39), 'ᶜ')}과 "
            f"{_w(t2.replace(chr(39), '^{C}'), st) if st == 'latex' else t2.replace(chr(39), 'ᶜ')}도 서로 독립임을 증명하는 과정이다. (가), (나), (다)에 알맞은 것을 {_end(rng, '쓰')}")
    body = "\n".join(lines).replace("{1 − (나)}", "{1 − (나)}")
    text = f"{head}\n\n두 사건 A, B가 서로 독립이므로 (가) = {_P('A', st)}{_P('B', st)}이다.\n{body}\n따라서 두 사건은 서로 독립이다."
    text = text.replace("$$", "")
    full = frozenset(range(6))
    evs = [frozenset(s) for k in range(1, 6) for s in itertools.combinations(range(6), k)]

    def chk() -> bool:
        for a in evs:
            for b in evs:
                if Fr(len(a & b), 6) == Fr(len(a), 6) * Fr(len(b), 6):
                    x, y = (full - a, b) if which == "Ac-B" else (a, full - b)
                    if Fr(len(x & y), 6) != Fr(len(x), 6) * Fr(len(y), 6):
                        return False
        return True
    return _mk(text, ans, "fill", None, 3, ["독립", "여사건"], chk)


@family("12확통02-05", "two-independent-trials")
def _p25_two(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = names(rng, 2)
    pa, pb = Fr(rng.randint(1, 4), 5), Fr(rng.randint(1, 3), 4)
    if rng.random() < 0.5:
        pa, pb = Fr(rng.randint(1, 2), 3), Fr(rng.randint(1, 5), 6)
    ctx_kind = rng.choice(["shoot", "exam", "bus"])
    if ctx_kind == "shoot":
        ctx = f"{josa(a, '과/와')} {josa(b, '이/가')} 과녁을 향해 화살을 한 발씩 쏠 때, 과녁에 맞힐 확률은 각각 {_F(pa, st)}, {_F(pb, st)}이다."
        evw = "과녁에 맞힐"
    elif ctx_kind == "exam":
        ctx = f"{josa(a, '과/와')} {josa(b, '이/가')} 어떤 자격시험에 합격할 확률은 각각 {_F(pa, st)}, {_F(pb, st)}이다."
        evw = "합격할"
    else:
        ctx = f"{josa(a, '이/가')} 타는 버스가 정시에 도착할 확률은 {_F(pa, st)}이고, {josa(b, '이/가')} 타는 지하철이 정시에 도착할 확률은 {_F(pb, st)}이다."
        evw = "정시에 도착할"
    ctx += " (단, 두 사람에 대한 사건은 서로 독립이다.)" if ctx_kind != "bus" else " (단, 두 사건은 서로 독립이다.)"
    q = rng.choice(["exactly", "both", "atleast"])
    if ctx_kind == "bus":
        noun = {"exactly": "버스와 지하철 중 하나만 정시에 도착할 확률", "both": "버스와 지하철이 모두 정시에 도착할 확률",
                "atleast": "버스와 지하철 중 적어도 하나가 정시에 도착할 확률"}[q]
    else:
        noun = {"exactly": f"두 사람 중 한 사람만 {evw} 확률", "both": f"두 사람 모두 {evw} 확률", "atleast": f"두 사람 중 적어도 한 사람이 {evw} 확률"}[q]
    ans = {"exactly": pa * (1 - pb) + (1 - pa) * pb, "both": pa * pb, "atleast": 1 - (1 - pa) * (1 - pb)}[q]
    outs = [(x, y, (pa if x else 1 - pa) * (pb if y else 1 - pb)) for x in (0, 1) for y in (0, 1)]
    chk = lambda: ans == sum(p for x, y, p in outs if {"exactly": x + y == 1, "both": x + y == 2, "atleast": x + y >= 1}[q])  # noqa: E731
    text, ans_s, fmt, ch = _prob_q(rng, ctx, noun, ans, [pa * pb, pa + pb - pa * pb if q != "atleast" else pa * pb + Fr(1, 10)], 3, st)
    also = ["12확통02-06"] + (["12확통02-03"] if q == "atleast" else [])
    return _mk(text, ans_s, fmt, ch, 3, ["독립", "확률의 곱셈정리"], chk, also=also)


@family("12확통02-05", "children-independence")
def _p25_children(rng: random.Random) -> Problem:
    n = rng.choice([2, 3, 3, 4])
    text = rng.choice([
        f"자녀가 {n}명인 가정에서 각 자녀가 아들일 확률과 딸일 확률은 서로 같다고 하자. 자녀가 {n}명인 가정을 임의로 하나 택할 때, "
        f"아들과 딸이 모두 있는 사건을 A, 아들이 많아야 한 명인 사건을 B라 하자. 두 사건 A, B는 서로 독립인지 종속인지 판정하시오.",
        f"동전 한 개를 {n}번 던질 때, 앞면과 뒷면이 모두 나오는 사건을 A, 앞면이 한 번 이하로 나오는 사건을 B라 하자. "
        f"두 사건 A와 B가 서로 독립인지 종속인지 말하고, 그 이유를 설명하시오.",
    ])
    outs = list(itertools.product((0, 1), repeat=n))
    ind = _indep(outs, lambda t: 0 < sum(t) < n, lambda t: sum(t) <= 1)
    ans = "독립" if ind else "종속"

    def chk() -> bool:
        pa = Fr(2 ** n - 2, 2 ** n)
        pb = Fr(1 + n, 2 ** n)
        pab = Fr(n, 2 ** n)
        return (pab == pa * pb) == ind
    return _mk(text, ans, "proof" if "이유를" in text else "word", None, 4, ["독립", "종속"], chk)


@family("12확통02-05", "which-pair-independent")
def _p25_which(rng: random.Random) -> Problem:
    space = list(range(1, 7))
    pairs = [(i, j) for i in range(len(_DIE_EVENTS)) for j in range(i + 1, len(_DIE_EVENTS))]
    ind = [p for p in pairs if _indep(space, _DIE_EVENTS[p[0]][1], _DIE_EVENTS[p[1]][1])]
    dep = [p for p in pairs if p not in ind]
    good = rng.choice(ind)
    bad = rng.sample(dep, 4)

    def show(p: tuple[int, int]) -> str:
        return f"{_DIE_EVENTS[p[0]][0][:-3].rstrip()} 사건과 {_DIE_EVENTS[p[1]][0][:-3].rstrip()} 사건".replace("사건 사건", "사건")
    ch = choices(rng, show(good), [show(p) for p in bad])
    text = f"한 개의 주사위를 한 번 던지는 시행에서 서로 독립인 두 사건은?{_pts(rng, 3)}\n{ch.block}"
    return _mk(text, ch.label, "mcq", ch, 3, ["독립", "종속"],
               lambda: _indep(space, _DIE_EVENTS[good[0]][1], _DIE_EVENTS[good[1]][1]) and not any(
                   _indep(space, _DIE_EVENTS[p[0]][1], _DIE_EVENTS[p[1]][1]) for p in bad))


# =================================================================================================
# 12확통02-06 확률의 곱셈정리
# =================================================================================================
@family("12확통02-06", "sequential-draw")
def _p26_seq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, w = rng.randint(2, 6), rng.randint(2, 6)
    c1, c2 = rng.choice([("빨간 공", "흰 공"), ("검은 바둑돌", "흰 바둑돌"), ("불량품", "정상품")])
    kind = rng.choice(["rw", "rr", "first-at-3", "diff"])
    obj = "바둑돌" if "바둑돌" in c1 else ("제품" if c1 == "불량품" else "공")
    if c1 == "불량품":
        ctx = f"{r + w}개의 제품 중 {r}개가 불량품인 상자에서 제품을 한 개씩 임의로 꺼내 검사한다. (단, 꺼낸 제품은 다시 넣지 않는다.)"
    else:
        ctx = rng.choice([f"주머니에 {c1} {r}개와 {c2} {w}개가 들어 있다. 이 주머니에서 {josa(obj, '을/를')} 한 개씩 두 번 꺼낼 때, 꺼낸 {josa(obj, '은/는')} 다시 넣지 않는다.",
                          f"{c1} {r}개, {c2} {w}개가 들어 있는 상자에서 {josa(name(rng), '이/가')} {josa(obj, '을/를')} 한 개씩 차례로 꺼낸다. (단, 꺼낸 {josa(obj, '은/는')} 다시 넣지 않는다.)"])
    labels = [1] * r + [0] * w
    if kind == "rw":
        noun = f"첫 번째에 {josa(c1, '이/가')}, 두 번째에 {josa(c2, '이/가')} 나올 확률"
        fr = Fr(r, r + w) * Fr(w, r + w - 1)
        ok = lambda t: labels[t[0]] == 1 and labels[t[1]] == 0  # noqa: E731
        m, d = 2, 2
    elif kind == "rr":
        noun = f"두 번 모두 {josa(c1, '이/가')} 나올 확률"
        fr = Fr(r, r + w) * Fr(r - 1, r + w - 1)
        ok = lambda t: labels[t[0]] == 1 and labels[t[1]] == 1  # noqa: E731
        m, d = 2, 2
    elif kind == "diff":
        noun = f"두 번째에 꺼낸 {josa(obj, '이/가')} {c1}일 확률"
        fr = Fr(r, r + w)
        ok = lambda t: labels[t[1]] == 1  # noqa: E731
        m, d = 2, 3
    else:
        noun = f"세 번째에 처음으로 {josa(c1, '이/가')} 나올 확률"
        fr = Fr(w, r + w) * Fr(w - 1, r + w - 1) * Fr(r, r + w - 2)
        ok = lambda t: labels[t[0]] == 0 and labels[t[1]] == 0 and labels[t[2]] == 1  # noqa: E731
        m, d = 3, 3
        ctx = ctx.replace("한 개씩 두 번 꺼낼 때", "한 개씩 차례로 꺼낼 때")
    chk = lambda: fr == Fr(sum(1 for t in itertools.permutations(range(r + w), m) if ok(t)), pm.perm(r + w, m))  # noqa: E731
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(r, r + w) * Fr(w, r + w), Fr(r * w, pm.comb(r + w, 2) * 2)], d, st)
    return _mk(text, ans, fmt, ch, d, ["확률의 곱셈정리", "조건부확률"], chk)


@family("12확통02-06", "lottery-order")
def _p26_lottery(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(5, 12)
    k = rng.randint(1, min(4, n - 2))
    a, b = names(rng, 2)
    kind = rng.choice(["second", "both", "only-second"])
    ctx = rng.choice([f"당첨 제비 {k}개를 포함한 {n}개의 제비 중에서 {josa(a, '이/가')} 먼저 한 개를 뽑고, 이어서 {josa(b, '이/가')} 한 개를 뽑는다. (단, 뽑은 제비는 다시 넣지 않는다.)",
                      f"{n}장의 쿠폰 중 {k}장에 경품이 적혀 있다. {josa(a, '과/와')} {b}의 순서로 쿠폰을 한 장씩 임의로 가져갈 때,"])
    win = "당첨될" if "제비" in ctx else "경품이 적힌 쿠폰을 가져갈"
    if kind == "second":
        noun = f"{josa(b, '이/가')} {win} 확률"
        fr = Fr(k, n)
        ok = lambda t: t[1] < k  # noqa: E731
        d = 3
    elif kind == "both":
        noun = f"{josa(a, '과/와')} {josa(b, '이/가')} 모두 {win} 확률"
        fr = Fr(k, n) * Fr(k - 1, n - 1)
        ok = lambda t: t[0] < k and t[1] < k  # noqa: E731
        d = 2
    else:
        noun = f"{josa(a, '은/는')} {win.replace('당첨될', '당첨되지 않고').replace('가져갈', '가져가지 않고')} {josa(b, '은/는')} {win} 확률"
        fr = Fr(n - k, n) * Fr(k, n - 1)
        ok = lambda t: t[0] >= k and t[1] < k  # noqa: E731
        d = 2
    if k == 1 and kind == "both":
        fr, kind = Fr(k, n), "second"
        noun = f"{josa(b, '이/가')} {win} 확률"
        ok = lambda t: t[1] < k  # noqa: E731
    chk = lambda: fr == Fr(sum(1 for t in itertools.permutations(range(n), 2) if ok(t)), n * (n - 1))  # noqa: E731
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(k - 1, n - 1) if k > 1 else Fr(1, n - 1), Fr(k, n - 1)], d, st)
    return _mk(text, ans, fmt, ch, d, ["확률의 곱셈정리"], chk)


@family("12확통02-06", "bag-transfer")
def _p26_transfer(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_r, a_w, b_r, b_w = rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 4)
    kind = rng.choice(["total", "bayes"])
    ctx = (f"주머니 A에는 빨간 공 {a_r}개와 흰 공 {a_w}개가, 주머니 B에는 빨간 공 {b_r}개와 흰 공 {b_w}개가 들어 있다. "
           f"주머니 A에서 임의로 공 한 개를 꺼내 주머니 B에 넣은 후, 주머니 B에서 임의로 공 한 개를 꺼낼 때,")
    p_red = Fr(a_r, a_r + a_w) * Fr(b_r + 1, b_r + b_w + 1) + Fr(a_w, a_r + a_w) * Fr(b_r, b_r + b_w + 1)
    if kind == "total":
        noun = "주머니 B에서 꺼낸 공이 빨간 공일 확률"
        fr = p_red
        d = 3
    else:
        ctx = ctx.replace("꺼낼 때,", "꺼냈더니 빨간 공이었다.")
        noun = "주머니 A에서 꺼낸 공도 빨간 공이었을 확률"
        fr = Fr(a_r, a_r + a_w) * Fr(b_r + 1, b_r + b_w + 1) / p_red
        d = 4
    also = ["12확통02-04"] if kind == "bayes" else []

    def chk() -> bool:  # enumerate equally likely (ball from A, ball from B) pairs
        bag_a = [1] * a_r + [0] * a_w
        tot = Fr(0)
        both = Fr(0)
        for x in bag_a:
            bag_b = [1] * b_r + [0] * b_w + [x]
            for y in bag_b:
                w = Fr(1, len(bag_a)) * Fr(1, len(bag_b))
                if y == 1:
                    tot += w
                    both += w if x == 1 else 0
        return fr == (tot if kind == "total" else both / tot)
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(b_r, b_r + b_w), Fr(a_r, a_r + a_w)], d, st)
    return _mk(text, ans, fmt, ch, d, ["확률의 곱셈정리"], chk, also=also)


@family("12확통02-06", "die-chooses-bag")
def _p26_choose(rng: random.Random) -> Problem:
    st = pick_style(rng)
    t = rng.randint(1, 4)
    r1, w1, r2, w2 = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5)
    mech = rng.choice(["die", "coin"])
    if mech == "die":
        cond = f"한 개의 주사위를 던져서 나온 눈의 수가 {t} 이하이면 주머니 A에서, {t + 1} 이상이면 주머니 B에서"
        pA = Fr(t, 6)
    else:
        cond = "동전 한 개를 던져서 앞면이 나오면 주머니 A에서, 뒷면이 나오면 주머니 B에서"
        pA = Fr(1, 2)
    ctx = (f"주머니 A에는 흰 공 {r1}개와 검은 공 {w1}개가, 주머니 B에는 흰 공 {r2}개와 검은 공 {w2}개가 들어 있다. "
           f"{cond} 임의로 공 한 개를 꺼낼 때,")
    noun = "꺼낸 공이 흰 공일 확률"
    fr = pA * Fr(r1, r1 + w1) + (1 - pA) * Fr(r2, r2 + w2)
    chk = lambda: fr == sum(Fr(1, 6 if mech == "die" else 2) * (Fr(r1, r1 + w1) if (v <= t if mech == "die" else v == 1) else Fr(r2, r2 + w2))  # noqa: E731
                            for v in (range(1, 7) if mech == "die" else (1, 2)))
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(r1 + r2, r1 + r2 + w1 + w2), (Fr(r1, r1 + w1) + Fr(r2, r2 + w2)) / 2], 3, st)
    return _mk(text, ans, fmt, ch, 3, ["확률의 곱셈정리"], chk)


@family("12확통02-06", "independent-trials")
def _p26_trials(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["die", "coin", "shoot", "die-atleast"])
    n = rng.randint(3, 6)
    if kind in ("die", "die-atleast"):
        ev, p = rng.choice([("3의 배수의 눈이", Fr(1, 3)), ("6의 눈이", Fr(1, 6)), ("4 이상의 눈이", Fr(1, 2)), ("소수의 눈이", Fr(1, 2)), ("1 또는 2의 눈이", Fr(1, 3))])
        r = rng.randint(1, n - 1)
        ctx = f"한 개의 주사위를 {n}번 던질 때,"
        if kind == "die":
            noun = f"{ev} 정확히 {r}번 나올 확률"
            ok = lambda k: k == r  # noqa: E731
        else:
            r = rng.randint(n - 2, n - 1)
            noun = f"{ev} {r}번 이상 나올 확률"
            ok = lambda k: k >= r  # noqa: E731
    elif kind == "coin":
        p = Fr(1, 2)
        r = rng.randint(1, n - 1)
        ctx = rng.choice([f"동전 한 개를 {n}번 던질 때,", f"서로 다른 동전 {n}개를 동시에 던질 때,"])
        noun = f"앞면이 {r}{'번' if '번 던질' in ctx else '개'} 나올 확률"
        ok = lambda k: k == r  # noqa: E731
    else:
        p = Fr(rng.choice([2, 3, 4]), 5)
        r = rng.randint(n - 2, n - 1)
        who = name(rng)
        ctx = f"{josa(who, '이/가')} 자유투를 한 번 던져 성공할 확률은 {_F(p, st)}이다. {josa(who, '이/가')} 자유투를 {n}번 던질 때,"
        noun = f"{r}번 이상 성공할 확률"
        ok = lambda k: k >= r  # noqa: E731
    fr = sum((Fr(pm.comb(n, k)) * p ** k * (1 - p) ** (n - k) for k in range(n + 1) if ok(k)), Fr(0))

    def chk() -> bool:  # enumerate all success/failure sequences with their probabilities
        tot = Fr(0)
        for seq in itertools.product((0, 1), repeat=n):
            k = sum(seq)
            if ok(k):
                tot += p ** k * (1 - p) ** (n - k)
        return tot == fr
    d = 3 if kind != "die-atleast" else 4
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [p ** r * (1 - p) ** (n - r), Fr(r, n)], d, st)
    return _mk(text, ans, fmt, ch, d, ["독립시행", "확률의 곱셈정리"], chk, also=["12확통02-05"])


@family("12확통02-06", "coin-walk")
def _p26_walk(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(4, 7)
    up, down = rng.choice([(1, 1), (2, 1), (3, 1), (2, 2)])
    heads = rng.randint(1, n - 1)
    pos = up * heads - down * (n - heads)
    mech, p = rng.choice([("동전", Fr(1, 2)), ("주사위", Fr(1, 3)), ("주사위2", Fr(1, 2))])
    if mech == "동전":
        rule = f"동전 한 개를 던져 앞면이 나오면 양의 방향으로 {up}만큼, 뒷면이 나오면 음의 방향으로 {down}만큼 이동한다"
    elif mech == "주사위":
        rule = f"주사위 한 개를 던져 3의 배수의 눈이 나오면 양의 방향으로 {up}만큼, 그 외의 눈이 나오면 음의 방향으로 {down}만큼 이동한다"
    else:
        rule = f"주사위 한 개를 던져 짝수의 눈이 나오면 양의 방향으로 {up}만큼, 홀수의 눈이 나오면 음의 방향으로 {down}만큼 이동한다"
    ctx = f"수직선 위의 원점에 있는 점 P가 다음 시행을 한다.\n[시행] {rule}.\n이 시행을 {n}번 반복한 후"
    noun = f"점 P의 좌표가 {pos}일 확률"
    ks = [k for k in range(n + 1) if up * k - down * (n - k) == pos]
    fr = sum((Fr(pm.comb(n, k)) * p ** k * (1 - p) ** (n - k) for k in ks), Fr(0))

    def chk() -> bool:
        tot = Fr(0)
        for seq in itertools.product((0, 1), repeat=n):
            if sum(up if s else -down for s in seq) == pos:
                k = sum(seq)
                tot += p ** k * (1 - p) ** (n - k)
        return tot == fr
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [p ** heads * (1 - p) ** (n - heads), Fr(pm.comb(n, heads), 2 ** n)], 4, st)
    return _mk(text.replace("반복한 후 점 P", "반복한 후 점 P"), ans, fmt, ch, 4, ["독립시행", "확률의 곱셈정리"], chk, also=["12확통02-05"])


@family("12확통02-06", "series-win")
def _p26_series(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([2, 3, 3, 4])
    p = rng.choice([Fr(1, 2), Fr(2, 3), Fr(3, 5), Fr(3, 4), Fr(2, 5)])
    a, b = rng.choice([("A팀", "B팀"), ("민준", "서연"), ("청팀", "백팀")])
    kind = rng.choice(["win", "ends-at"])
    games = 2 * k - 1
    ctx = (f"{josa(a, '과/와')} {josa(b, '이/가')} 경기를 하여 먼저 {k}번 이기는 쪽이 우승하는 {games}전 {k}선승제 시합을 한다. "
           f"한 경기에서 {josa(a, '이/가')} 이길 확률은 {_F(p, st)}이고 비기는 경우는 없다. (단, 각 경기의 결과는 서로 독립이다.)")
    if kind == "win":
        noun = f"{josa(a, '이/가')} 우승할 확률"
        fr = sum((Fr(pm.comb(k - 1 + j, j)) * p ** k * (1 - p) ** j for j in range(k)), Fr(0))
    else:
        g = rng.randint(k + 1, games)
        noun = f"{g}번째 경기에서 {josa(a, '이/가')} 우승을 확정할 확률"
        fr = Fr(pm.comb(g - 1, k - 1)) * p ** k * (1 - p) ** (g - k)

    def chk() -> bool:  # play all games out (extra games do not change the winner)
        tot = Fr(0)
        for seq in itertools.product((0, 1), repeat=games):
            wins = 0
            losses = 0
            end = 0
            for i, s in enumerate(seq, 1):
                wins += s
                losses += 1 - s
                if wins == k or losses == k:
                    end = i
                    break
            pr = pm.prod(p if s else 1 - p for s in seq)
            if kind == "win":
                tot += pr if wins == k else 0
            else:
                tot += pr if (wins == k and end == g) else 0
        return tot == fr
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [p ** k, Fr(1, 2)], 4, st)
    return _mk(text, ans, fmt, ch, 4, ["독립시행", "확률의 곱셈정리"], chk, also=["12확통02-05"])


@family("12확통02-06", "multiplication-formula-values")
def _p26_formula(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["inter", "total", "inter-b"])
    pa = Fr(rng.randint(1, 4), 5)
    pba = Fr(rng.randint(1, 5), 6)
    pbac = Fr(rng.randint(1, 3), 4)
    if kind == "inter":
        given = f"{_eqs([('A', pa)], st)}, {_Pc('B', 'A', st)} = {_F(pba, st)}" if st != "latex" else f"{_eqs([('A', pa)], st)}, ${_Pc('B', 'A', st).strip('$')} = {_F(pba, st).strip('$')}$"
        noun = f"{_P('A&B', st)}의 값"
        ans = pa * pba
    elif kind == "inter-b":
        pb = Fr(rng.randint(1, 4), 5)
        pab_ = Fr(rng.randint(1, 5), 6)
        given = f"{_eqs([('B', pb)], st)}, {_Pc('A', 'B', st)} = {_F(pab_, st)}" if st != "latex" else f"{_eqs([('B', pb)], st)}, ${_Pc('A', 'B', st).strip('$')} = {_F(pab_, st).strip('$')}$"
        noun = f"{_P('A&B', st)}의 값"
        ans = pb * pab_
        pa, pba = pb, pab_
    else:
        c1 = f"{_Pc('B', 'A', st)} = {_F(pba, st)}" if st != "latex" else f"${_Pc('B', 'A', st).strip('$')} = {_F(pba, st).strip('$')}$"
        c2 = f"{_Pc('B', chr(65) + chr(39), st)} = {_F(pbac, st)}" if st != "latex" else f"${_Pc('B', chr(65) + chr(39), st).strip('$')} = {_F(pbac, st).strip('$')}$"
        given = f"{_eqs([('A', pa)], st)}, {c1}, {c2}"
        noun = f"{_P('B', st)}의 값"
        ans = pa * pba + (1 - pa) * pbac
    note = ""
    if kind == "total":
        note = " (단, $A^{C}$은 A의 여사건이다.)" if st == "latex" else " (단, Aᶜ은 A의 여사건이다.)"
    ctx = f"두 사건 A, B에 대하여 {given}일 때,"
    chk = lambda: ans == (pa * pba if kind != "total" else pa * pba + (1 - pa) * pbac)  # noqa: E731
    if rng.random() < 0.4:
        ch = choices(rng, _F(ans, st), [_F(v, st) for v in _near(ans, [pba, pa + pba if pa + pba < 1 else Fr(1, 9)])], sort_key=_parse_fr)
        return _mk(f"{ctx} {josa(noun, '은/는')}?{_pts(rng, 2)}{note}\n{ch.block}", ch.label, "mcq", ch, 2, ["확률의 곱셈정리", "조건부확률"], chk)
    return _mk(f"{ctx} {josa(noun, '을/를')} {_end(rng)}{note}", _fa(ans), "computation", None, 2, ["확률의 곱셈정리", "조건부확률"], chk)


@family("12확통02-06", "weather-chain")
def _p26_chain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p_rr = Fr(rng.randint(2, 7), 10)
    p_sr = Fr(rng.randint(1, 4), 10)
    ctx_kind = rng.choice(["rain", "bus", "game"])
    start = rng.choice([1, 0])
    days = rng.choice([2, 2, 3])
    if ctx_kind == "rain":
        ctx = (f"어느 지역에서 비가 온 날의 다음 날에 비가 올 확률은 {_F(p_rr, st)}이고, 비가 오지 않은 날의 다음 날에 비가 올 확률은 {_F(p_sr, st)}이다. "
               f"오늘 비가 {'왔을' if start else '오지 않았을'} 때,")
        target = f"{'모레' if days == 2 else '3일 후'}에 비가 올 확률"
    elif ctx_kind == "bus":
        ctx = (f"{josa(name(rng), '은/는')} 버스 또는 지하철로 등교한다. 어느 날 버스를 타면 다음 날 버스를 탈 확률이 {_F(p_rr, st)}이고, "
               f"지하철을 타면 다음 날 버스를 탈 확률이 {_F(p_sr, st)}이다. 월요일에 {'버스' if start else '지하철'}를 탔을 때,")
        ctx = ctx.replace("지하철를", "지하철을")
        target = f"{'수요일' if days == 2 else '목요일'}에 버스를 탈 확률"
    else:
        ctx = (f"어느 선수가 경기에서 이긴 다음 경기에서 이길 확률은 {_F(p_rr, st)}, 진 다음 경기에서 이길 확률은 {_F(p_sr, st)}이다. "
               f"첫 번째 경기에서 {'이겼을' if start else '졌을'} 때,")
        target = f"{'세' if days == 2 else '네'} 번째 경기에서 이길 확률"
    cur = {1: Fr(1 if start else 0), 0: Fr(0 if start else 1)}
    for _ in range(days):
        nxt1 = cur[1] * p_rr + cur[0] * p_sr
        cur = {1: nxt1, 0: 1 - nxt1}
    fr = cur[1]

    def chk() -> bool:
        tot = Fr(0)
        for seq in itertools.product((0, 1), repeat=days):
            prev, pr = start, Fr(1)
            for s in seq:
                q = p_rr if prev else p_sr
                pr *= q if s else 1 - q
                prev = s
            tot += pr if seq[-1] == 1 else 0
        return tot == fr
    text, ans, fmt, ch = _prob_q(rng, ctx, target, fr, [p_rr * p_rr, p_sr], 4, st)
    return _mk(text, ans, fmt, ch, 4, ["확률의 곱셈정리", "조건부확률"], chk)


@family("12확통02-06", "share-table-total")
def _p26_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    setting = rng.choice([
        ("공장", "생산 비율(%)", "불량률(%)", "불량품", ["A 공장", "B 공장", "C 공장"], "제품"),
        ("등교 수단", "이용 비율(%)", "지각 비율(%)", "지각", ["버스", "지하철", "자전거"], "학생"),
        ("택배 업체", "배송 비율(%)", "파손 비율(%)", "파손", ["가 업체", "나 업체", "다 업체"], "택배"),
        ("연령대", "응답자 비율(%)", "찬성 비율(%)", "찬성", ["10대", "20대", "30대 이상"], "응답자"),
    ])
    head, c1, c2, ev, groups, who = setting
    k = rng.choice([2, 3])
    groups = groups[:k]
    shares = rng.choice([[50, 50], [60, 40], [70, 30], [40, 60]]) if k == 2 else rng.choice([[50, 30, 20], [40, 35, 25], [20, 30, 50], [45, 35, 20]])
    rates = [rng.choice([1, 2, 3, 4, 5, 10]) if ev != "찬성" else rng.choice([20, 30, 40, 50, 60, 70]) for _ in groups]
    table = f"{head} | " + " | ".join(groups) + f"\n{c1} | " + " | ".join(map(str, shares)) + f"\n{c2} | " + " | ".join(map(str, rates))
    total = sum((Fr(s, 100) * Fr(r, 100) for s, r in zip(shares, rates, strict=True)), Fr(0))
    phr = {"불량품": "불량품일", "지각": "지각한 학생일", "파손": "파손된 택배일", "찬성": "찬성한 응답자일"}[ev]
    kind = rng.choice(["total", "total", "bayes"])
    intro = f"다음 표는 어느 {'회사' if who == '제품' else ('학교' if who == '학생' else ('지역' if who == '택배' else '설문 조사'))}의 자료를 {head}별로 정리한 것이다. (단, {josa(c2[:-3], '은/는')} 각 {head}에 해당하는 {who} 중에서의 비율이다.)\n\n{table}\n\n"
    if kind == "total":
        ctx = intro + f"이 중에서 임의로 택한 {josa(who, '이/가')}"
        noun = f"{phr} 확률"
        fr = total
        also: list[str] = []
    else:
        g = rng.randrange(k)
        ctx = intro + f"임의로 택한 {josa(who, '이/가')} {phr.replace('일', '')}이었을 때,".replace("학생이었을", "학생이었을")
        ctx = ctx.replace("불량품이었을", "불량품이었을").replace("택배이었을", "택배였을").replace("응답자이었을", "응답자였을")
        noun = f"그것이 {groups[g]}의 {who}일 확률".replace("그것이", f"그 {josa(who, '이/가')}")
        noun = noun.replace(f"{groups[g]}의 {who}", {"제품": f"{groups[g]}에서 생산된 제품", "학생": f"{josa(groups[g], '을/를')} 이용한 학생",
                                                   "택배": f"{groups[g]}가 배송한 택배", "응답자": f"{groups[g]} 응답자"}[who])
        fr = Fr(shares[g], 100) * Fr(rates[g], 100) / total
        also = ["12확통02-04"]

    def chk() -> bool:  # count an imaginary population of 10000
        pop = [(i, j < rates[i] * shares[i]) for i in range(k) for j in range(shares[i] * 100)]
        hit = [p for p in pop if p[1]]
        if kind == "total":
            return Fr(len(hit), len(pop)) == fr
        return Fr(sum(1 for p in hit if p[0] == g), len(hit)) == fr
    text, ans, fmt, ch = _prob_q(rng, ctx, noun, fr, [Fr(sum(rates), 100 * k), Fr(max(rates), 100)], 3 if kind == "total" else 4, st,
                                 modes=("direct", "mcq"))
    return _mk(text, ans, "data" if fmt == "word" else fmt, ch, 3 if kind == "total" else 4, ["확률의 곱셈정리", "조건부확률"], chk, also=also)
