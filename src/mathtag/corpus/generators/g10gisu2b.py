"""Generators for 기본수학2 (고등학교), domains 02 집합과 명제 and 03 함수와 그래프: 10기수2-02-01 … 10기수2-03-05.

기본수학2 parallels 공통수학2 at a basic level: small sets and small integers, guided fill-ins
("다음 순서에 따라", "과정의 빈칸"), one idea per item, no 드모르간의 법칙/연산법칙, no '모든·어떤',
no 필요·충분조건, rational functions only ``y = k/x`` and irrational functions only ``y = √(kx)``.
Items that would sit just as well in 공통수학2 carry the parallel 10공수2 code in ``also``.

Private helpers (module-local, prefixed ``_``):

* ``_R(s, st)`` renders Unicode mini notation (sets, ∪ ∩ ᶜ ∈ ⊂ ∅, x², √(…), [p|q] fractions, ∘, ⁻¹)
  in style ``st``; LaTeX comes back wrapped in ``$…$``.
* ``_S(elems)`` a roster such as ``{1, 2, 3}`` (mini notation); ``_B(math, korean, st)`` a set-builder
  ``{x | x는 12의 약수}`` with the Korean part kept outside ``$…$``.
* ``_end(rng)`` a varied question ending; ``secondary_level(d)`` the level that goes with a difficulty.
"""

from __future__ import annotations

import random
import re
from fractions import Fraction

import sympy as sp

from mathtag.corpus.generators.base import Problem, family, secondary_level
from mathtag.corpus.korean import josa, name, names
from mathtag.corpus.mcq import choices, with_choices
from mathtag.corpus.notation import pick_style

_X = sp.Symbol("x")
_FR = re.compile(r"\[([^\[\]|]+)\|([^\[\]|]+)\]")
_SUPD = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

_LATEX = [
    ("{", "\\{"), ("}", "\\}"), ("⁻¹", "^{-1}"), ("ᶜ", "^{C}"), ("²", "^{2}"), ("³", "^{3}"), ("∪", "\\cup"), ("∩", "\\cap"), ("∉", "\\notin"), ("∈", "\\in"),
    ("⊄", "\\not\\subset"), ("⊂", "\\subset"), ("∅", "\\varnothing"), (" | ", " \\mid "),
    ("−", "-"), ("≤", "\\le"), ("≥", "\\ge"), ("≠", "\\ne"), ("→", "\\rightarrow"), ("~", "\\sim "),
    ("∘", "\\circ"), ("×", "\\times"), ("·", "\\cdot"),
]


def _R(s: str, st: str) -> str:
    """Render Unicode mini notation ``s`` in style ``st`` (latex / unicode / plain)."""
    if st == "latex":
        t = s
        for a, b in _LATEX:
            t = t.replace(a, b)
        while _FR.search(t):
            t = _FR.sub(lambda mm: f"\\frac{{{mm.group(1).strip()}}}{{{mm.group(2).strip()}}}", t)
        t = re.sub(r"√\(([^()]+)\)", r"\\sqrt{\1}", t)
        t = re.sub(r"√(\w+)", r"\\sqrt{\1}", t)
        t = re.sub(r"\\(cup|cap|in|notin|subset|circ|times|le|ge|ne|rightarrow|mid|cdot)(?=[A-Za-z0-9])", r"\\\1 ", t)
        return f"${t}$"

    def fr(mm: re.Match[str]) -> str:
        p, q = mm.group(1).strip(), mm.group(2).strip()
        p = f"({p})" if re.search(r"[+\- ]", p[1:]) else p
        q = f"({q})" if (re.search(r"[+\- ]", q[1:]) or (len(q) > 1 and not q.isdigit())) else q
        if re.match(r"[a-zA-Z(√]", mm.string[mm.end():mm.end() + 1]):
            return f"({p}/{q})"
        return f"{p}/{q}"

    t = s
    while _FR.search(t):
        t = _FR.sub(fr, t)
    if st == "plain":
        t = t.replace("²", "^2").replace("³", "^3").replace("ᶜ", "^C").replace("⁻¹", "^(-1)")
        t = t.replace("−", "-").replace("≤", "<=").replace("≥", ">=").replace("≠", "!=")
        t = re.sub(r"√(\w+)", r"sqrt(\1)", t).replace("√(", "sqrt(")
    return t


def _S(elems, sort: bool = True) -> str:
    """Roster notation in mini form (Unicode); ``∅`` for the empty set."""
    items = list(elems)
    if not items:
        return "∅"
    if sort:
        items = sorted(items, key=lambda v: (isinstance(v, str), v))
    return "{" + ", ".join(_neg(v) for v in items) + "}"


def _neg(v) -> str:
    return str(v).replace("-", "−") if isinstance(v, int) else str(v)


def _B(mth: str, kor: str, st: str, var: str = "x", pre: str = "") -> str:
    """Set-builder ``{x | <mth><kor>}``; in LaTeX the Korean part stays outside the math.

    ``pre`` (e.g. ``"A = "``) is put in front inside the same math span.
    """
    if st == "latex":
        inner = _R(mth, "latex")[1:-1] if mth else ""
        head = _R(pre, "latex")[1:-1] if pre.strip() else ""
        head = head.strip() + " " if head else ""
        if kor:
            return f"${head}\\{{{var} \\mid {inner}$" + kor + "$\\}$"
        return f"${head}\\{{{var} \\mid {inner}\\}}$"
    return pre + "{" + f"{var} | " + _R(mth, st) + kor + "}"


def _set_named(nm: str, els, st: str) -> str:
    """``A = {1, 2, 3}`` in style ``st`` (one math span)."""
    return _R(f"{nm} = {_S(els)}", st)


def _jx(rendered: str, pair: str) -> str:
    """``josa`` for rendered maths: LaTeX-escaped braces (``\\}``) confuse the shared helper."""
    clean = rendered.replace("\\}", "}").replace("\\{", "{")
    return rendered + josa(clean, pair)[len(clean):]


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써 보시오.", "나타내시오."])
    return rng.choice(["구하시오.", "구하세요.", "구해 보시오.", "구하여라."])


def _divisors(n: int) -> list[int]:
    return [d for d in range(1, n + 1) if n % d == 0]


def _primes_below(n: int) -> list[int]:
    return [p for p in range(2, n) if all(p % q for q in range(2, p))]


def _parse_roster(s: str) -> set:
    """Inverse of :func:`_S` for numeric or word rosters (used by checks)."""
    s = s.strip()
    if s in ("∅", "{}"):
        return set()
    body = s.strip("{}")
    out = set()
    for tok in body.split(","):
        tok = tok.strip().replace("−", "-")
        out.add(int(tok) if re.fullmatch(r"-?\d+", tok) else tok)
    return out


# A pool of set-builder descriptions: (math part, Korean part, elements); all small and finite.
def _builder_pool(rng: random.Random) -> tuple[str, str, list[int]]:
    kind = rng.choice(["div", "mul", "odd", "prime", "range", "eq", "even"])
    if kind == "div":
        n = rng.choice([6, 8, 10, 12, 14, 15, 16, 18, 20, 21, 24, 28])
        return "x", f"는 {n}의 약수", _divisors(n)
    if kind == "mul":
        m = rng.choice([3, 4, 5, 6, 7])
        n = rng.randint(3, 5) * m + rng.randint(0, m - 1)
        return "x", f"는 {n} 이하의 자연수 중 {m}의 배수", list(range(m, n + 1, m))
    if kind == "odd":
        n = rng.randint(6, 13)
        return "x", f"는 {n}보다 작은 홀수인 자연수", list(range(1, n, 2))
    if kind == "even":
        n = rng.randint(7, 14)
        return "x", f"는 {n} 이하의 짝수인 자연수", list(range(2, n + 1, 2))
    if kind == "prime":
        n = rng.randint(8, 20)
        return "x", f"는 {n}보다 작은 소수", _primes_below(n)
    if kind == "range":
        a = rng.randint(0, 4)
        b = a + rng.randint(3, 5)
        sym = rng.choice([("<", "<"), ("≤", "<"), ("<", "≤"), ("≤", "≤")])
        lo = a if sym[0] == "≤" else a + 1
        hi = b if sym[1] == "≤" else b - 1
        return f"{a} {sym[0]} x {sym[1]} {b}, x", "는 자연수", [v for v in range(max(lo, 1), hi + 1)]
    r1, r2 = rng.sample(range(1, 7), 2)
    s, p = r1 + r2, r1 * r2
    return f"x² − {s}x + {p} = 0", "", sorted([r1, r2])


# ================================================================================================
# 10기수2-02-01 집합의 뜻과 표현
# ================================================================================================
_VAGUE = ["키가 큰 학생들의 모임", "맛있는 과일들의 모임", "우리 반에서 노래를 잘하는 학생들의 모임",
          "아주 큰 자연수들의 모임", "0에 가까운 수들의 모임", "귀여운 동물들의 모임", "유명한 가수들의 모임",
          "어려운 수학 문제들의 모임", "재미있는 영화들의 모임", "높은 산들의 모임", "착한 사람들의 모임",
          "인기 있는 운동 종목들의 모임", "무거운 가방들의 모임"]
_CLEAR = ["10보다 작은 짝수들의 모임", "우리 반에서 안경을 쓴 학생들의 모임", "12의 약수들의 모임",
          "1보다 작은 자연수들의 모임", "5보다 크고 10보다 작은 자연수들의 모임", "3의 배수들의 모임",
          "한 자리 소수들의 모임", "일주일을 이루는 요일들의 모임", "20 이하의 4의 배수들의 모임",
          "무지개를 이루는 색깔들의 모임", "우리 학교 1학년 학생들의 모임", "2로 나누어떨어지는 자연수들의 모임"]


@family("10기수2-02-01", "which-is-a-set-mcq")
def _s1_isset(rng: random.Random) -> Problem:
    want_set = rng.random() < 0.6
    if want_set:
        right = rng.choice(_CLEAR)
        wrong = rng.sample(_VAGUE, 4)
        stem = rng.choice(["다음 중 집합인 것은?", "다음 중 그 대상을 분명하게 정할 수 있어 집합이 되는 것은?",
                           "다음 모임 중에서 집합인 것을 고르면?"])
    else:
        right = rng.choice(_VAGUE)
        wrong = rng.sample(_CLEAR, 4)
        stem = rng.choice(["다음 중 집합이 아닌 것은?", "다음 중 대상이 분명하지 않아 집합이라고 할 수 없는 것은?",
                           "다음 모임 중에서 집합이 될 수 없는 것은?"])
    ch = choices(rng, right, wrong)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=1, achievement_level="E", choice=ch,
                   concepts=["집합"], also=["10공수2-02-01"],
                   check=lambda: (ch.options[ch.correct] in _CLEAR) == want_set)


@family("10기수2-02-01", "element-symbol-fill")
def _s1_member(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mth, kor, els = _builder_pool(rng)
    shown = _B(mth, kor, st, pre="A = ") if rng.random() < 0.5 else _set_named("A", els, st)
    pool = sorted(set(range(0, max(els) + 4)))
    tests = rng.sample(pool, 4)
    if not any(t in els for t in tests):
        tests[0] = rng.choice(els)
    ans = ", ".join("∈" if t in els else "∉" for t in tests)
    row = ",    ".join(f"{t} (  ) A" for t in tests)
    text = rng.choice([
        f"집합 {shown}에 대하여 (  ) 안에 기호 ∈, ∉ 중 알맞은 것을 차례대로 써넣으시오.\n{row}",
        f"집합 {shown}일 때, 다음 (  ) 안에 ∈ 또는 ∉ 중 알맞은 것을 써넣으세요.\n{row}",
        f"{shown}일 때, 각 수가 집합 A의 원소이면 ∈, 원소가 아니면 ∉를 (  ) 안에 써넣으시오.\n{row}",
    ])
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["원소", "집합", "∈", "∉"], also=["10공수2-02-01"],
                   check=lambda: [s == "∈" for s in ans.split(", ")] == [t in set(els) for t in tests])


@family("10기수2-02-01", "builder-to-roster")
def _s1_roster(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mth, kor, els = _builder_pool(rng)
    nm = rng.choice("ABCPX")
    B = _B(mth, kor, st, pre=f"{nm} = ")
    with_n = rng.random() < 0.4
    text = rng.choice([
        f"다음 집합 {nm}를 원소나열법으로 나타내시오.\n{B}",
        f"집합 {B}의 원소를 모두 나열하여 나타내시오.",
        f"조건제시법으로 나타낸 집합 {_jx(B, '을/를')} 원소나열법으로 나타내어라.",
    ]).replace(f"집합 {nm}를", josa(f"집합 {nm}", "을/를"))
    if with_n:
        text += rng.choice([f" 또 n({nm})의 값을 {_end(rng)}", f" 그리고 집합 {nm}의 원소의 개수를 {_end(rng)}"])
    ans = _S(els) + (f", {len(els)}" if with_n else "")
    ref = sorted(sp.FiniteSet(*els))
    d = 1 + with_n
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["원소나열법", "조건제시법", "집합"] + (["n(A)"] if with_n else []), also=["10공수2-02-01"],
                   check=lambda: _parse_roster(ans.rsplit(", ", 1)[0] if with_n else ans) == set(int(v) for v in ref))


@family("10기수2-02-01", "count-elements-sum")
def _s1_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    m1, k1, e1 = _builder_pool(rng)
    if rng.random() < 0.5:
        e2 = sorted(rng.sample(range(1, 30), rng.randint(2, 6)))
        raw2 = _S(e2)
        n2 = len(e2)
    else:
        raw2, n2 = rng.choice([("∅", 0), ("{0}", 1), ("{0, 1}", 2), ("{0, 2, 4}", 3)])
    s2 = _R(f"B = {raw2}", st)
    total = len(e1) + n2
    A = _B(m1, k1, st, pre="A = ")
    text = rng.choice([
        f"두 집합 {A}, {s2}에 대하여 n(A) + n(B)의 값을 {_end(rng)}",
        f"{A}, {s2}일 때, 두 집합의 원소의 개수의 합 n(A) + n(B)는 얼마인가?",
        f"집합 {A}의 원소의 개수를 a, 집합 {s2}의 원소의 개수를 b라 할 때, a + b의 값을 {_end(rng)}",
    ])
    n2_chk = 0 if raw2 == "∅" else raw2.count(",") + 1
    return Problem(text=text, answer=str(total), format="computation", difficulty=2, achievement_level="D",
                   concepts=["n(A)", "원소", "공집합"] if "∅" in raw2 else ["n(A)", "원소"], also=["10공수2-02-01"],
                   check=lambda: total == len(set(e1)) + n2_chk)


@family("10기수2-02-01", "roster-to-builder-mcq")
def _s1_tobuilder(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([6, 8, 10, 12, 15, 16, 18, 20])
    opts = {
        f"는 {n}의 약수": _divisors(n),
        f"는 {n}보다 작은 {n}의 약수": _divisors(n)[:-1],
        f"는 {n} 이하의 짝수인 자연수": list(range(2, n + 1, 2)),
        f"는 {n} 이하의 홀수인 자연수": list(range(1, n + 1, 2)),
        f"는 {n}보다 작은 소수": _primes_below(n),
        f"는 {n}의 배수": None,
        f"는 {2 * n}의 약수": _divisors(2 * n),
        f"는 {n} 이하의 자연수": list(range(1, n + 1)),
    }
    target_key = rng.choice([k for k, v in opts.items() if v is not None and len(v) <= 8])
    target = opts[target_key]
    wrong = [k for k, v in opts.items() if k != target_key and v != target]
    render = {k: _B("x", k, st, pre="A = ") for k in opts}
    ch = choices(rng, render[target_key], [render[k] for k in wrong])
    A = _set_named("A", target, st)
    stem = rng.choice([f"집합 {_jx(A, '을/를')} 조건제시법으로 바르게 나타낸 것은?",
                       f"원소나열법으로 나타낸 집합 {A}에 대하여, 집합 A를 조건제시법으로 나타낸 것으로 옳은 것은?",
                       f"다음 중 집합 {_jx(A, '과/와')} 서로 같은 집합을 나타낸 것은?"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["조건제시법", "원소나열법"], also=["10공수2-02-01"],
                   check=lambda: [opts[k] == target for k in opts if render[k] in ch.options].count(True) == 1)


_EMPTY = ["1보다 작은 자연수의 집합", "x² = −1을 만족시키는 실수 x의 집합", "3보다 크고 4보다 작은 자연수의 집합",
          "2의 배수인 홀수의 집합", "0보다 작은 자연수의 집합", "두 자리 자연수 중 100보다 큰 수의 집합"]
_FINITE = ["10 이하의 소수의 집합", "24의 약수의 집합", "한 자리 자연수의 집합", "100 이하의 5의 배수의 집합",
           "{0}", "알파벳 모음의 집합", "1000보다 작은 짝수인 자연수의 집합"]
_INFINITE = ["자연수의 집합", "짝수인 자연수의 집합", "3의 배수의 집합", "5보다 큰 자연수의 집합", "홀수의 집합",
             "0과 1 사이의 실수의 집합", "7로 나눈 나머지가 1인 자연수의 집합"]


@family("10기수2-02-01", "empty-finite-infinite")
def _s1_kind(rng: random.Random) -> Problem:
    ask = rng.choice(["공집합", "무한집합", "유한집합"])
    pools = {"공집합": _EMPTY, "무한집합": _INFINITE, "유한집합": _FINITE}
    right = rng.choice(pools[ask])
    others = [v for k, p in pools.items() if k != ask for v in p]
    if ask == "유한집합":
        others = list(_INFINITE)
    ch = choices(rng, right, rng.sample(others, 4))
    stem = rng.choice([f"다음 중 {ask}인 것은?",
                       f"다음 집합 중에서 {josa(ask, '을/를')} 고르면?",
                       f"다음 중 {ask}에 해당하는 것은?"])
    if ask == "유한집합":
        stem = rng.choice(["다음 중 원소의 개수가 유한한 집합은?", "다음 중 유한집합인 것은?"])
    d = 2 if ask == "공집합" else 1
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=d, achievement_level=secondary_level(d), choice=ch,
                   concepts=[ask, "집합"], also=["10공수2-02-01"],
                   check=lambda: ch.options[ch.correct] in pools[ask] and all(o not in pools[ask] for i, o in enumerate(ch.options) if i != ch.correct))


_CLUBS = ["수학", "과학", "미술", "음악", "체육", "방송", "독서"]


@family("10기수2-02-01", "table-to-set")
def _s1_table(rng: random.Random) -> Problem:
    ppl = names(rng, rng.randint(5, 7))
    kind = rng.choice(["club", "score", "height"])
    if kind == "club":
        cl = rng.sample(_CLUBS, 3)
        vals = [rng.choice(cl) for _ in ppl]
        target = rng.choice(vals)
        head, cond = "동아리", f"{target} 동아리에 가입한 학생"
        sel = [p for p, v in zip(ppl, vals, strict=True) if v == target]
        cells = vals
    elif kind == "score":
        vals = [rng.randint(12, 20) * 5 for _ in ppl]
        cut = rng.choice([70, 75, 80, 85])
        if not any(v >= cut for v in vals):
            vals[0] = cut + 5
        head, cond = "수학 점수(점)", f"수학 점수가 {cut}점 이상인 학생"
        sel = [p for p, v in zip(ppl, vals, strict=True) if v >= cut]
        cells = [str(v) for v in vals]
    else:
        vals = [rng.randint(150, 182) for _ in ppl]
        cut = rng.choice([160, 165, 170])
        head, cond = "키(cm)", f"키가 {cut} cm보다 큰 학생"
        sel = [p for p, v in zip(ppl, vals, strict=True) if v > cut]
        cells = [str(v) for v in vals]
    table = "| 이름 | " + " | ".join(ppl) + " |\n|---|" + "---|" * len(ppl) + f"\n| {head} | " + " | ".join(cells) + " |"
    intro = rng.choice(["다음은 어느 모둠 학생들을 조사한 표이다.", "다음 표는 동아리 신청 결과를 정리한 것이다." if kind == "club" else "다음 표는 어느 반 학생 몇 명의 기록이다."])
    q = rng.choice([f"{cond}의 집합을 A라 할 때, 집합 A를 원소나열법으로 나타내고 n(A)의 값을 {_end(rng)}",
                    f"{cond}을 원소로 하는 집합을 A라 하자. A의 원소를 모두 쓰고, n(A)를 {_end(rng)}"])
    ans = ("{" + ", ".join(sel) + "}" if sel else "∅") + f", {len(sel)}"
    listed = [c for c in ans.rsplit(", ", 1)[0].strip("{}∅").split(", ") if c]
    return Problem(text=f"{intro}\n{table}\n{q}", answer=ans, format="data", difficulty=1, achievement_level="E",
                   concepts=["집합", "원소", "원소나열법", "n(A)"] + (["공집합"] if not sel else []), also=["10공수2-02-01"],
                   check=lambda: ans.endswith(f", {len(listed)}") and all(p in ppl for p in listed))


_WORDS = ["banana", "apple", "school", "korea", "seoul", "coffee", "letter", "mississippi", "success", "tomato"]
_CONTEXT = [
    ("주사위를 한 번 던질 때 나올 수 있는 눈의 수 중 소수", [2, 3, 5]),
    ("주사위를 한 번 던질 때 나올 수 있는 눈의 수 중 3의 배수", [3, 6]),
    ("1년 열두 달 중에서 날수가 30일인 달", [4, 6, 9, 11]),
    ("1년 열두 달 중에서 날수가 31일인 달", [1, 3, 5, 7, 8, 10, 12]),
    ("한 자리 자연수 중에서 4의 배수", [4, 8]),
    ("시계의 숫자판에 적힌 수 중 12의 약수", [1, 2, 3, 4, 6, 12]),
    ("두 자리 자연수 중 일의 자리 숫자와 십의 자리 숫자가 같은 50보다 작은 수", [11, 22, 33, 44]),
]


@family("10기수2-02-01", "letters-and-life-context")
def _s1_context(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        w = rng.choice(_WORDS)
        els = sorted(set(w))
        text = rng.choice([
            f"영어 단어 '{w}'를 이루는 알파벳 전체의 집합을 A라 할 때, A를 원소나열법으로 나타내고 n(A)를 {_end(rng)}",
            f"단어 '{w}'에 쓰인 알파벳을 원소로 하는 집합 A의 원소의 개수를 {_end(rng)} 또 집합 A를 원소나열법으로 나타내시오.",
        ])
        ans = "{" + ", ".join(els) + "}" + f", {len(els)}"
        chk = lambda: len(els) == len({c for c in w})  # noqa: E731
        d = 2
    else:
        desc, els = rng.choice(_CONTEXT)
        text = rng.choice([
            f"{josa(desc, '을/를')} 원소로 하는 집합 B를 원소나열법으로 나타내고, n(B)의 값을 {_end(rng)}",
            f"{desc}의 집합을 B라 하자. 집합 B의 원소를 모두 쓰고 원소의 개수를 {_end(rng)}",
        ])
        if "달" in desc:
            text += " (단, 각 달은 1, 2, 3, …, 12와 같이 숫자로 나타낸다.)"
        ans = _S(els) + f", {len(els)}"
        chk = lambda: _parse_roster(ans.rsplit(", ", 1)[0]) == set(els)  # noqa: E731
        d = 1
    return Problem(text=text, answer=ans, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["집합", "원소나열법", "n(A)"], also=["10공수2-02-01"], check=chk)


@family("10기수2-02-01", "guided-divisor-listing")
def _s1_guided(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([12, 16, 18, 20, 24, 28, 30, 36])
    pairs = [(d, n // d) for d in _divisors(n) if d * d <= n]
    shown = rng.sample(range(len(pairs)), k=min(2, len(pairs)))
    lines = []
    blanks = []
    for i, (a, b) in enumerate(pairs):
        if i in shown:
            lines.append(f"{n} = {a} × (  )")
            blanks.append(str(b))
        else:
            lines.append(f"{n} = {a} × {b}")
    els = _divisors(n)
    blanks += [_S(els), str(len(els))]
    text = (f"다음은 집합 {_B('x', f'는 {n}의 약수', st, pre='A = ')}를 원소나열법으로 나타내는 과정이다. (  ) 안에 알맞은 것을 차례대로 써넣으시오.\n"
            + "\n".join(_R(s, st) for s in lines)
            + "\n따라서 A = (  )이고, n(A) = (  )이다.")
    ans = ", ".join(blanks[:-2]) + f"; {blanks[-2]}; {blanks[-1]}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["원소나열법", "조건제시법", "n(A)"],
                   check=lambda: set(sp.divisors(n)) == _parse_roster(blanks[-2]) and int(blanks[-1]) == sp.divisor_count(n))


# ================================================================================================
# 10기수2-02-02 두 집합 사이의 포함관계
# ================================================================================================
def _all_subsets(els: list) -> list[list]:
    out: list[list] = []
    for mask in range(1 << len(els)):
        out.append([e for i, e in enumerate(els) if mask >> i & 1])
    return out


@family("10기수2-02-02", "subset-symbol-fill")
def _s2_symbols(rng: random.Random) -> Problem:
    st = pick_style(rng)
    els = sorted(rng.sample(range(1, 10), rng.randint(3, 4)))
    mixed = rng.random() < 0.5
    items: list[tuple[str, str]] = []
    k1 = sorted(rng.sample(els, 2))
    out = [v for v in range(1, 10) if v not in els]
    k2 = sorted([rng.choice(els), rng.choice(out)])
    items.append((_S(k1), "⊂"))
    items.append((_S(k2), "⊄"))
    items.append((rng.choice(["∅", _S(els)]), "⊂"))
    if mixed:
        e_in, e_out = rng.choice(els), rng.choice(out)
        items += [(str(e_in), "∈"), (str(e_out), "∉"), ("{" + str(e_in) + "}", "⊂")]
        sym = "∈, ∉, ⊂, ⊄"
    else:
        items.append((_S(sorted(rng.sample(out, 2))), "⊄"))
        sym = "⊂, ⊄"
    rng.shuffle(items)
    row = ",    ".join(_R(f"{a} (  ) A", st) if st != "latex" else f"${_R(a, st)[1:-1]}$ (  ) A" for a, _ in items)
    text = rng.choice([
        f"집합 {_set_named('A', els, st)}에 대하여 다음 (  ) 안에 기호 {sym} 중 알맞은 것을 차례대로 써넣으시오.\n{row}",
        f"{_set_named('A', els, st)}일 때, (  ) 안에 {sym} 중 알맞은 기호를 써넣으세요.\n{row}",
    ])
    ans = ", ".join(b for _, b in items)

    def chk() -> bool:
        A = set(els)
        got = []
        for a, _ in items:
            if a.startswith("{") or a == "∅":
                got.append("⊂" if _parse_roster(a) <= A else "⊄")
            else:
                got.append("∈" if int(a) in A else "∉")
        return ", ".join(got) == ans
    d = 2 if mixed else 1
    return Problem(text=text, answer=ans, format="fill", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["부분집합", "⊂", "⊄"] + (["∈", "원소"] if mixed else []), also=["10공수2-02-02"], check=chk)


_LETTER_SETS = [["a", "b"], ["a", "b", "c"], ["x", "y", "z"], ["가", "나", "다"], ["빨강", "파랑"], ["빨강", "노랑", "파랑"]]


@family("10기수2-02-02", "list-all-subsets")
def _s2_list(rng: random.Random) -> Problem:
    st = pick_style(rng)
    els = rng.choice(_LETTER_SETS + [sorted(rng.sample(range(1, 10), 2)), sorted(rng.sample(range(1, 10), 3)), [0, 1], [0, 1, 2]])
    proper = rng.random() < 0.35
    subs = _all_subsets(els)
    if proper:
        subs = [s for s in subs if len(s) < len(els)]
    A = _set_named("A", els, st) if isinstance(els[0], int) else "A = {" + ", ".join(els) + "}"
    what = "진부분집합" if proper else "부분집합"
    text = rng.choice([
        f"집합 {A}의 {what}을 모두 쓰고, 그 개수를 {_end(rng)}",
        f"{A}일 때, 집합 A의 {what}을 빠짐없이 나열하시오. 또 {what}은 모두 몇 개인가?",
        f"다음 순서에 따라 집합 {A}의 {what}을 모두 구하시오.\n(1) 원소가 0개인 것 (2) 원소가 1개인 것 (3) 원소가 2개인 것"
        + ("" if len(els) == 2 else " (4) 원소가 3개인 것") + f"\n또 {what}의 개수를 {_end(rng)}",
    ])
    if proper and "(4) 원소가 3개인 것" in text:
        text = text.replace(" (4) 원소가 3개인 것", "")
    subs.sort(key=len)
    ans = ", ".join("∅" if not s else "{" + ", ".join(str(v) for v in s) + "}" for s in subs) + f"; {len(subs)}"
    d = 1 if len(els) == 2 else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["부분집합", "공집합"] + (["진부분집합"] if proper else []), also=["10공수2-02-02"],
                   check=lambda: len(subs) == 2 ** len(els) - proper and len({tuple(s) for s in subs}) == len(subs))


@family("10기수2-02-02", "count-subsets")
def _s2_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        mth, kor, els = _builder_pool(rng)
        if 2 <= len(els) <= 6:
            break
    A = _B(mth, kor, st, pre="A = ") if rng.random() < 0.6 else _set_named("A", els, st)
    ask = rng.choice(["sub", "proper", "both"])
    n = len(els)
    if ask == "sub":
        q, ans = f"집합 A의 부분집합의 개수를 {_end(rng)}", str(2 ** n)
    elif ask == "proper":
        q, ans = rng.choice([f"집합 A의 진부분집합의 개수를 {_end(rng)}", "집합 A의 진부분집합은 모두 몇 개인가?"]), str(2 ** n - 1)
    else:
        q, ans = f"집합 A의 부분집합의 개수와 진부분집합의 개수를 차례대로 {_end(rng)}", f"{2 ** n}, {2 ** n - 1}"
    hint = rng.random() < 0.4
    text = f"{A}일 때, {q}" if rng.random() < 0.5 else f"집합 {A}에 대하여 {q}"
    if hint:
        text += "\n(힌트: 먼저 집합 A를 원소나열법으로 나타내어 원소의 개수를 세어 보시오.)"
    d = 2 if not hint else 1
    sub_n = len(_all_subsets(els))
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["부분집합", "진부분집합"] if ask != "sub" else ["부분집합"], also=["10공수2-02-02"],
                   check=lambda: ans == {"sub": str(sub_n), "proper": str(sub_n - 1), "both": f"{sub_n}, {sub_n - 1}"}[ask])


_REL = ["A ⊂ B", "B ⊂ A", "A = B", "A ⊄ B이고 B ⊄ A"]


def _rel_r(rel: str, st: str) -> str:
    """A relation from :data:`_REL` rendered in ``st`` (Korean kept outside the math)."""
    if "이고" in rel:
        return _R("A ⊄ B", st) + "이고 " + _R("B ⊄ A", st)
    return _R(rel, st)


def _rel_of(a: set, b: set) -> str:
    if a == b:
        return _REL[2]
    if a <= b:
        return _REL[0]
    if b <= a:
        return _REL[1]
    return _REL[3]


@family("10기수2-02-02", "relation-between-two-sets-mcq")
def _s2_relation(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["div", "mul", "roots", "mixed"])
    if kind == "div":
        a = rng.choice([2, 3, 4, 5, 6])
        b = a * rng.choice([2, 3, 4]) if rng.random() < 0.7 else rng.choice([9, 10, 14, 15])
        A_, B_ = ("x", f"는 {a}의 약수", _divisors(a)), ("x", f"는 {b}의 약수", _divisors(b))
    elif kind == "mul":
        m = rng.choice([2, 3])
        k = m * rng.choice([2, 3])
        N = rng.choice([20, 24, 30])
        A_ = ("x", f"는 {N} 이하의 자연수 중 {k}의 배수", list(range(k, N + 1, k)))
        B_ = ("x", f"는 {N} 이하의 자연수 중 {m}의 배수", list(range(m, N + 1, m)))
    elif kind == "roots":
        r1, r2 = rng.sample(range(1, 6), 2)
        A_ = (f"x² − {r1 + r2}x + {r1 * r2} = 0", "", sorted([r1, r2]))
        lo = min(r1, r2) - rng.choice([0, 1])
        hi = max(r1, r2) + rng.choice([0, 1])
        B_ = ("x", f"는 {max(lo, 1)} 이상 {hi} 이하의 자연수", list(range(max(lo, 1), hi + 1)))
    else:
        n = rng.choice([4, 6, 9, 10])
        A_ = ("", "", _divisors(n))
        B_ = ("x", f"는 {n}의 약수", _divisors(n))
    if rng.random() < 0.5:
        A_, B_ = B_, A_
    ra = _set_named("A", A_[2], st) if not A_[0] and not A_[1] else _B(A_[0], A_[1], st, pre="A = ")
    rb = _B(B_[0], B_[1], st, pre="B = ")
    rel = _rel_of(set(A_[2]), set(B_[2]))
    ch = choices(rng, _rel_r(rel, st), [_rel_r(r, st) for r in _REL if r != rel], n=4)
    stem = rng.choice([f"두 집합 {ra}, {rb} 사이의 포함관계로 옳은 것은?",
                       f"{ra}, {rb}일 때, 두 집합 A, B 사이의 관계를 바르게 나타낸 것은?"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["부분집합", "⊂", "서로 같다"] if rel == _REL[2] else ["부분집합", "⊂"], also=["10공수2-02-02"],
                   check=lambda: ch.options[ch.correct] == _rel_r(_rel_of(set(sp.FiniteSet(*A_[2])), set(sp.FiniteSet(*B_[2]))), st))


@family("10기수2-02-02", "equal-sets-find-a")
def _s2_equal(rng: random.Random) -> Problem:
    st = pick_style(rng)
    els = sorted(rng.sample(range(1, 12), 3))
    hid = rng.choice(els)
    c = rng.randint(1, hid) - 1 if hid > 1 else 0
    sign = rng.choice(["+", "−", "×"])
    if sign == "+" and c > 0:
        expr, a = f"a + {c}", hid - c
    elif sign == "−":
        c = rng.randint(1, 4)
        expr, a = f"a − {c}", hid + c
    elif sign == "×" and hid % 2 == 0:
        expr, a = "2a", hid // 2
    else:
        expr, a = "a", hid
    A_items = [expr if v == hid else str(v) for v in els]
    rng.shuffle(A_items)
    A = _R("A = {" + ", ".join(A_items) + "}", st)
    B = _set_named("B", els, st) if rng.random() < 0.6 else (
        _B("x", f"는 {els[0]}, {els[1]}, {els[2]} 중 하나인 자연수", st, pre="B = ") if False else _set_named("B", els, st))
    text = rng.choice([
        f"두 집합 {A}, {josa(B, '에/에')}".replace("에에", "에") + f" 대하여 A = B일 때, 자연수 a의 값을 {_end(rng)}",
        f"{A}, {B}이고 두 집합 A와 B가 서로 같을 때, a의 값을 {_end(rng)}",
        f"두 집합 {A}, {B}가 서로 같은 집합이 되도록 하는 a의 값은 얼마인가?",
    ])
    asym = sp.Symbol("a")
    e = sp.sympify(expr.replace("−", "-").replace("2a", "2*a"))
    return Problem(text=text, answer=str(a), format="computation", difficulty=2, achievement_level="D",
                   concepts=["서로 같다", "A=B"], also=["10공수2-02-02"],
                   check=lambda: sp.solve(sp.Eq(e, hid), asym) == [a] and {int(e.subs(asym, a))} | (set(els) - {hid}) == set(els))


@family("10기수2-02-02", "subsets-with-condition")
def _s2_cond(rng: random.Random) -> Problem:
    st = pick_style(rng)
    els = sorted(rng.sample(range(1, 10), rng.choice([3, 4])))
    must = rng.choice(els)
    mode = rng.choice(["in", "out"])
    subs = [s for s in _all_subsets(els) if (must in s) == (mode == "in")]
    A = _set_named("A", els, st)
    cond = f"{josa(str(must), '을/를')} 반드시 원소로 갖는" if mode == "in" else f"{josa(str(must), '을/를')} 원소로 갖지 않는"
    listing = len(els) == 3 and rng.random() < 0.6
    if listing:
        text = rng.choice([f"집합 {A}의 부분집합 중에서 {cond} 것을 모두 쓰고, 그 개수를 {_end(rng)}",
                           f"{A}일 때, A의 부분집합 중 {cond} 집합을 모두 나열하시오. 또 모두 몇 개인가?"])
        subs.sort(key=len)
        ans = ", ".join("∅" if not s else "{" + ", ".join(map(str, s)) + "}" for s in subs) + f"; {len(subs)}"
    else:
        text = rng.choice([f"집합 {A}의 부분집합 중에서 {cond} 부분집합의 개수를 {_end(rng)}",
                           f"{A}의 부분집합 가운데 {cond} 것은 몇 개인가?"])
        ans = str(len(subs))
    d = 2 if listing else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["부분집합"], also=["10공수2-02-02"],
                   check=lambda: ans.endswith(str(2 ** (len(els) - 1))))


@family("10기수2-02-02", "boogi-true-statements")
def _s2_boogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    els = sorted(rng.sample(range(1, 10), 3))
    a, b = els[0], els[1]
    out = rng.choice([v for v in range(1, 10) if v not in els])
    pool = [
        (f"{a} ∈ A", True), (f"{{{a}}} ⊂ A", True), ("∅ ⊂ A", True), ("A ⊂ A", True), (f"{{{a}, {b}}} ⊂ A", True),
        (f"{out} ∈ A", False), (f"{{{a}, {out}}} ⊂ A", False), (f"{{{a}}} ∈ A", False), (f"{out} ∉ A", True),
        (f"{{{out}}} ⊂ A", False), (f"n(A) = {len(els) + 1}", False), (f"n(A) = {len(els)}", True),
    ]
    picks = rng.sample(pool, 3)
    while not any(t for _, t in picks):
        picks = rng.sample(pool, 3)
    labels = ["ㄱ", "ㄴ", "ㄷ"]
    truth = [lb for lb, (_, t) in zip(labels, picks, strict=True) if t]
    combos = ["ㄱ", "ㄴ", "ㄷ", "ㄱ, ㄴ", "ㄱ, ㄷ", "ㄴ, ㄷ", "ㄱ, ㄴ, ㄷ"]
    right = ", ".join(truth)
    ch = choices(rng, right, [c for c in combos if c != right], sort_key=lambda s: (len(s), s))
    body = "\n".join(f"{lb}. {_R(s, st)}" for lb, (s, _) in zip(labels, picks, strict=True))
    stem = rng.choice([f"집합 {_set_named('A', els, st)}에 대하여 <보기>에서 옳은 것만을 있는 대로 고른 것은?\n<보기>\n{body}",
                       f"{_set_named('A', els, st)}일 때, 다음 <보기> 중 옳은 것을 모두 고르면?\n<보기>\n{body}"])

    def chk() -> bool:
        A = set(els)
        res = []
        for s_, _ in picks:
            if s_.startswith("n(A)"):
                res.append(int(s_.split("=")[1]) == len(A))
            elif "∉" in s_:
                res.append(int(s_.split(" ∉")[0]) not in A)
            elif "∈" in s_:
                lhs = s_.split(" ∈")[0]
                res.append(not lhs.startswith("{") and int(lhs) in A)
            else:
                lhs = s_.split(" ⊂")[0]
                res.append(True if lhs == "A" else _parse_roster(lhs) <= A)
        return ", ".join(lb for lb, r in zip(labels, res, strict=True) if r) == ch.options[ch.correct]
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="C", choice=ch,
                   concepts=["부분집합", "원소", "공집합", "∈", "⊂"], also=["10공수2-02-02"], check=chk)


_SHAPES = {
    "정사각형": {"정사각형"},
    "직사각형": {"정사각형", "직사각형"},
    "마름모": {"정사각형", "마름모"},
    "평행사변형": {"정사각형", "직사각형", "마름모", "평행사변형"},
    "사다리꼴": {"정사각형", "직사각형", "마름모", "평행사변형", "사다리꼴"},
}


@family("10기수2-02-02", "shapes-and-groups-word")
def _s2_shapes(rng: random.Random) -> Problem:
    if rng.random() < 0.5:
        s1, s2 = rng.sample(list(_SHAPES), 2)
        A, B = _SHAPES[s1], _SHAPES[s2]
        rel = _rel_of(A, B)
        text = rng.choice([
            f"{s1} 전체의 집합을 A, {s2} 전체의 집합을 B라 할 때, 두 집합 A, B 사이의 포함관계를 기호로 나타내시오.",
            f"사각형 전체의 집합을 전체집합으로 하자. {s1}의 집합 A와 {s2}의 집합 B 사이의 포함관계를 ⊂를 써서 나타내시오. (포함관계가 없으면 ⊄를 써서 나타내시오.)",
        ])
        concepts = ["부분집합", "⊂", "전체집합"] if "전체집합으로" in text else ["부분집합", "⊂"]
        chk = lambda: rel == _rel_of(set(A), set(B))  # noqa: E731
        d = 2
    else:
        n_all = rng.randint(24, 32)
        grp = rng.choice([("우리 반 학생", "우리 반 여학생"), ("우리 학교 학생", "우리 학교 2학년 학생"),
                          ("도서관에 있는 책", "도서관에 있는 소설책"), ("동물원에 있는 동물", "동물원에 있는 포유류")])
        big, small = grp
        swap = rng.random() < 0.5
        A_desc, B_desc = (small, big) if not swap else (big, small)
        rel = "A ⊂ B" if not swap else "B ⊂ A"
        text = rng.choice([
            f"{A_desc} 전체의 집합을 A, {B_desc} 전체의 집합을 B라 하자. 두 집합 A, B 사이의 포함관계를 기호로 나타내시오.",
            f"{A_desc}의 집합을 A, {B_desc}의 집합을 B라 할 때, A와 B 중 어느 집합이 다른 집합의 부분집합인지 기호 ⊂를 사용하여 나타내시오.",
        ])
        if "반" in big:
            text = text.replace("하자.", f"하자. (단, 우리 반 학생은 {n_all}명이다.)")
        concepts = ["부분집합", "⊂"]
        chk = lambda: rel in ("A ⊂ B", "B ⊂ A")  # noqa: E731
        d = 1
    return Problem(text=text, answer=rel, format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=concepts, also=["10공수2-02-02"], check=chk)


@family("10기수2-02-02", "inclusion-from-table")
def _s2_table(rng: random.Random) -> Problem:
    ppl = names(rng, 6)
    t1, t2 = rng.choice([("1차 시험", "2차 시험"), ("줄넘기", "달리기"), ("수영", "자전거")])
    passA = set(rng.sample(ppl, rng.randint(2, 3)))
    mode = rng.choice(["sub", "sub", "eq", "none"])
    if mode == "sub":
        passB = passA | set(rng.sample([p for p in ppl if p not in passA], rng.randint(1, 2)))
    elif mode == "eq":
        passB = set(passA)
    else:
        passB = {rng.choice(sorted(passA))} | set(rng.sample([p for p in ppl if p not in passA], 2))
    if rng.random() < 0.5:
        passA, passB = passB, passA
    mark = lambda s, p: "○" if p in s else "×"  # noqa: E731
    verb = "합격" if "시험" in t1 else "가능"
    table = ("| 이름 | " + " | ".join(ppl) + " |\n|---|" + "---|" * len(ppl)
             + f"\n| {t1} | " + " | ".join(mark(passA, p) for p in ppl) + " |"
             + f"\n| {t2} | " + " | ".join(mark(passB, p) for p in ppl) + " |")
    intro = (f"다음은 학생 6명의 {t1}과 {t2} 합격 여부를 나타낸 표이다. (○: 합격, ×: 불합격)" if verb == "합격"
             else f"다음은 학생 6명이 {t1}과 {t2}를 할 수 있는지 조사한 표이다. (○: 할 수 있음, ×: 할 수 없음)")
    intro = intro.replace(f"{t1}과", josa(t1, "과/와")).replace(f"{t2}를", josa(t2, "을/를"))
    q = (f"{t1}에 {verb}한 학생의 집합을 A, {t2}에 {verb}한 학생의 집합을 B라 할 때, " if verb == "합격"
         else f"{josa(t1, '을/를')} 할 수 있는 학생의 집합을 A, {josa(t2, '을/를')} 할 수 있는 학생의 집합을 B라 할 때, ")
    q += rng.choice(["두 집합 A, B를 원소나열법으로 나타내고, A와 B 사이의 포함관계를 기호로 나타내시오.",
                     "두 집합 사이의 포함관계를 기호로 나타내시오. (포함관계가 없으면 'A ⊄ B이고 B ⊄ A'로 쓰시오.)"])
    rel = _rel_of(passA, passB)
    ans = rel
    if "원소나열법" in q:
        order = {p: i for i, p in enumerate(ppl)}
        ros = lambda s: "{" + ", ".join(sorted(s, key=order.get)) + "}"  # noqa: E731
        ans = f"A = {ros(passA)}, B = {ros(passB)}, {rel}"
    return Problem(text=f"{intro}\n{table}\n{q}", answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["부분집합", "⊂", "⊄"] if rel == _REL[3] else ["부분집합", "⊂"], also=["10공수2-02-02"],
                   check=lambda: (rel == "A = B") == (passA == passB) and ((rel == "A ⊂ B") <= (passA < passB)))


# ================================================================================================
# 10기수2-02-03 합집합, 교집합, 여집합, 차집합과 벤 다이어그램
# ================================================================================================
def _two_sets(rng: random.Random, top: int = 10) -> tuple[list[int], list[int], list[int]]:
    """U = {1..top} and two overlapping subsets A, B (both proper, intersection non-empty)."""
    U = list(range(1, top + 1))
    while True:
        A = sorted(rng.sample(U, rng.randint(3, 5)))
        B = sorted(rng.sample(U, rng.randint(3, 5)))
        if set(A) & set(B) and set(A) != set(B) and len(set(A) | set(B)) < top:
            return U, A, B


_OPS = {
    "A ∪ B": lambda U, A, B: A | B,
    "A ∩ B": lambda U, A, B: A & B,
    "A − B": lambda U, A, B: A - B,
    "B − A": lambda U, A, B: B - A,
    "Aᶜ": lambda U, A, B: U - A,
    "Bᶜ": lambda U, A, B: U - B,
}


@family("10기수2-02-03", "union-intersection-roster")
def _s3_ui(rng: random.Random) -> Problem:
    st = pick_style(rng)
    _, A, B = _two_sets(rng, rng.choice([10, 12]))
    asks = rng.choice([["A ∪ B", "A ∩ B"], ["A ∩ B"], ["A ∪ B"], ["A ∩ B", "A ∪ B"]])
    sa, sb = _set_named("A", A, st), _set_named("B", B, st)
    what = ", ".join(_R(a, st) for a in asks)
    text = rng.choice([
        f"두 집합 {sa}, {sb}에 대하여 {what}를 각각 {_end(rng)}" if len(asks) > 1 else f"두 집합 {sa}, {sb}에 대하여 {what}를 {_end(rng)}",
        (f"{sa}, {sb}일 때, 다음 집합을 원소나열법으로 나타내시오.\n" + "\n".join(f"({i + 1}) {_R(a, st)}" for i, a in enumerate(asks)))
        if len(asks) > 1 else f"{sa}, {sb}일 때, 집합 {_R(asks[0], st)}를 원소나열법으로 나타내시오.",
    ])
    res = {a: _OPS[a](None, set(A), set(B)) for a in asks}
    ans = ", ".join(f"{a} = {_S(res[a])}" for a in asks)
    fa, fb = sp.FiniteSet(*A), sp.FiniteSet(*B)
    ref = {"A ∪ B": fa.union(fb), "A ∩ B": fa.intersect(fb)}
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["합집합", "교집합"] if len(asks) > 1 else (["합집합"] if "∪" in asks[0] else ["교집합"]),
                   also=["10공수2-02-03"], check=lambda: all(set(int(v) for v in ref[a]) == res[a] for a in asks))


@family("10기수2-02-03", "complement-difference")
def _s3_cd(rng: random.Random) -> Problem:
    st = pick_style(rng)
    top = rng.choice([8, 9, 10])
    U, A, B = _two_sets(rng, top)
    asks = rng.sample(["Aᶜ", "Bᶜ", "A − B", "B − A"], 2)
    su = _B("x", f"는 {top} 이하의 자연수", st, pre="U = ") if rng.random() < 0.5 else _set_named("U", U, st)
    sa, sb = _set_named("A", A, st), _set_named("B", B, st)
    text = rng.choice([
        f"전체집합 {su}의 두 부분집합 {sa}, {sb}에 대하여 {_R(asks[0], st)}, {_R(asks[1], st)}를 각각 {_end(rng)}",
        f"전체집합 {su}에 대하여 두 부분집합이 {sa}, {sb}일 때, 다음을 원소나열법으로 나타내시오.\n(1) {_R(asks[0], st)}    (2) {_R(asks[1], st)}",
    ])
    res = {a: _OPS[a](set(U), set(A), set(B)) for a in asks}
    ans = ", ".join(f"{a} = {_S(res[a])}" for a in asks)
    fu, fa, fb = sp.FiniteSet(*U), sp.FiniteSet(*A), sp.FiniteSet(*B)
    ref = {"Aᶜ": fu - fa, "Bᶜ": fu - fb, "A − B": fa - fb, "B − A": fb - fa}
    concepts = ["전체집합"] + sorted({"여집합" if "ᶜ" in a else "차집합" for a in asks})
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=concepts, also=["10공수2-02-03"], check=lambda: all(set(int(v) for v in ref[a]) == res[a] for a in asks))


@family("10기수2-02-03", "venn-regions-table")
def _s3_venn(rng: random.Random) -> Problem:
    st = pick_style(rng)
    U, A, B = _two_sets(rng, rng.choice([9, 10]))
    a_only, both, b_only = sorted(set(A) - set(B)), sorted(set(A) & set(B)), sorted(set(B) - set(A))
    neither = sorted(set(U) - set(A) - set(B))
    cell = lambda xs: ", ".join(map(str, xs)) if xs else "없음"  # noqa: E731
    table = ("| 벤 다이어그램의 영역 | 들어 있는 원소 |\n|---|---|\n"
             f"| A에만 속하는 부분 | {cell(a_only)} |\n| A와 B에 모두 속하는 부분 | {cell(both)} |\n"
             f"| B에만 속하는 부분 | {cell(b_only)} |\n| A와 B 어디에도 속하지 않는 부분 | {cell(neither)} |")
    asks = rng.sample(["A", "B", "A ∪ B", "A − B", "Aᶜ", "B − A", "Bᶜ"], 2)
    text = (rng.choice(["전체집합 U의 두 부분집합 A, B를 벤 다이어그램으로 나타낸 뒤, 각 영역에 들어 있는 원소를 다음 표로 정리하였다.",
                        "다음 표는 전체집합 U와 두 부분집합 A, B를 나타낸 벤 다이어그램의 각 부분에 적힌 원소를 옮겨 적은 것이다."])
            + f"\n{table}\n" + f"{_R(asks[0], st)}, {_R(asks[1], st)}를 각각 원소나열법으로 나타내시오.")
    ops = dict(_OPS, A=lambda U_, A_, B_: A_, B=lambda U_, A_, B_: B_)
    res = {a: ops[a](set(U), set(A), set(B)) for a in asks}
    ans = ", ".join(f"{a} = {_S(res[a])}" for a in asks)
    Ar, Br = set(a_only) | set(both), set(b_only) | set(both)
    Ur = Ar | Br | set(neither)
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["벤 다이어그램", "전체집합"] + (["여집합"] if any("ᶜ" in a for a in asks) else []),
                   also=["10공수2-02-03"], check=lambda: all(ops[a](Ur, Ar, Br) == res[a] for a in asks))


@family("10기수2-02-03", "count-union-guided")
def _s3_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    nab = rng.randint(1, 6)
    na, nb = nab + rng.randint(2, 9), nab + rng.randint(2, 9)
    nu = na + nb - nab
    mode = rng.choice(["union", "inter", "guided"])
    if mode == "union":
        text = rng.choice([f"두 집합 A, B에 대하여 n(A) = {na}, n(B) = {nb}, n(A ∩ B) = {nab}일 때, n(A ∪ B)의 값을 {_end(rng)}",
                           f"n(A) = {na}, n(B) = {nb}, n(A ∩ B) = {nab}인 두 집합 A, B에 대하여 n(A ∪ B)는 얼마인가?"])
        ans = str(nu)
        fmt, d = "computation", 2
    elif mode == "inter":
        text = rng.choice([f"두 집합 A, B에 대하여 n(A) = {na}, n(B) = {nb}, n(A ∪ B) = {nu}일 때, n(A ∩ B)의 값을 {_end(rng)}",
                           f"n(A ∪ B) = {nu}, n(A) = {na}, n(B) = {nb}일 때, 두 집합 A, B에 공통으로 속하는 원소의 개수를 {_end(rng)}"])
        ans = str(nab)
        fmt, d = "computation", 2
    else:
        text = (f"다음은 n(A) = {na}, n(B) = {nb}, n(A ∩ B) = {nab}인 두 집합 A, B에 대하여 n(A ∪ B)를 구하는 과정이다. "
                "(  ) 안에 알맞은 수를 차례대로 써넣으시오.\n"
                "n(A)와 n(B)를 더하면 A ∩ B의 원소가 두 번 세어지므로\n"
                f"n(A ∪ B) = n(A) + n(B) − n(A ∩ B) = (  ) + (  ) − (  ) = (  )")
        ans = f"{na}, {nb}, {nab}, {nu}"
        fmt, d = "fill", 1
    text = _R(text, st) if st == "plain" else text
    A = set(range(na))
    B = set(range(na - nab, na - nab + nb))
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["n(A)", "합집합", "교집합"], also=["10공수2-02-03"],
                   check=lambda: len(A | B) == nu and len(A & B) == nab and ans.split(", ")[-1] in (str(nu), str(nab)))


_SURVEY = [("축구", "야구"), ("떡볶이", "김밥"), ("수학 동아리", "과학 동아리"), ("버스", "지하철"),
           ("피아노", "기타"), ("강아지", "고양이"), ("소설책", "만화책")]


@family("10기수2-02-03", "survey-both-neither")
def _s3_survey(rng: random.Random) -> Problem:
    p, q = rng.choice(_SURVEY)
    total = rng.randint(25, 35)
    both = rng.randint(3, 8)
    a = both + rng.randint(3, 10)
    b = both + rng.randint(3, 10)
    while a + b - both > total:
        b -= 1
    neither = total - (a + b - both)
    kind = rng.choice(["neither", "union", "only", "both"])
    if kind == "both" and neither == 0:
        kind = "union"
    verb = "이용하는" if p == "버스" else ("가입한" if "동아리" in p else ("기르고 싶은" if p == "강아지" else "좋아하는"))
    intro = f"어느 반 학생 {total}명 중에서 {p}를 {verb} 학생은 {a}명, {q}를 {verb} 학생은 {b}명이다."
    intro = intro.replace(f"{p}를", josa(p, "을/를")).replace(f"{q}를", josa(q, "을/를"))
    if "동아리" in p:
        intro = intro.replace(f"{josa(p, '을/를')} 가입한", f"{p}에 가입한").replace(f"{josa(q, '을/를')} 가입한", f"{q}에 가입한")
    P_, Q_ = f"{p}에 {verb}" if "동아리" in p else f"{josa(p, '을/를')} {verb}", f"{q}에 {verb}" if "동아리" in q else f"{josa(q, '을/를')} {verb}"
    if kind == "neither":
        text = intro + f" 두 가지를 모두 {verb.replace('가입한', '가입한').replace('하는', '하는')} 학생이 {both}명일 때, 두 가지 중 어느 것도 {verb.replace('이용하는', '이용하지 않는').replace('좋아하는', '좋아하지 않는').replace('가입한', '가입하지 않은').replace('기르고 싶은', '기르고 싶지 않은')} 학생은 몇 명인지 {_end(rng)}"
        if "동아리" in p:
            text = intro + f" 두 동아리에 모두 가입한 학생이 {both}명일 때, 어느 동아리에도 가입하지 않은 학생은 몇 명인지 {_end(rng)}"
        ans = neither
    elif kind == "union":
        text = intro + f" 두 가지 모두에 해당하는 학생이 {both}명일 때, {P_} 학생 또는 {Q_} 학생은 모두 몇 명인지 {_end(rng)}"
        ans = a + b - both
    elif kind == "only":
        text = intro + f" 두 가지 모두에 해당하는 학생이 {both}명일 때, {p}만 {verb} 학생은 몇 명인가?"
        ans = a - both
    else:
        text = intro + f" 두 가지 중 어느 것에도 해당하지 않는 학생이 {neither}명일 때, 두 가지 모두에 해당하는 학생은 몇 명인지 {_end(rng)}"
        ans = both
    students = list(range(total))
    S_a = set(students[:a])
    S_b = set(students[a - both:a - both + b])
    ref = {"neither": total - len(S_a | S_b), "union": len(S_a | S_b), "only": len(S_a - S_b), "both": len(S_a & S_b)}[kind]
    d = 3 if kind in ("neither", "both") else 2
    return Problem(text=text, answer=f"{ans}명", format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["합집합", "교집합", "n(A)"] + (["여집합"] if kind in ("neither", "both") else (["차집합"] if kind == "only" else [])),
                   also=["10공수2-02-03"], check=lambda: ref == ans)


@family("10기수2-02-03", "operation-result-mcq")
def _s3_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    U, A, B = _two_sets(rng, 10)
    ask = rng.choice(list(_OPS))
    sets = {k: _OPS[k](set(U), set(A), set(B)) for k in _OPS}
    right = sets[ask]
    wrong_sets = [v for k, v in sets.items() if v != right]
    wrong_sets.append(set(A) | set(B) - (set(A) & set(B)))
    wrong_sets.append(set(U) - (set(A) | set(B)))
    wrong = [_R(_S(w), st) for w in wrong_sets if w != right]
    ch = choices(rng, _R(_S(right), st), wrong)
    need_u = "ᶜ" in ask
    pre = f"전체집합 {_set_named('U', U, st)}의 두 부분집합" if need_u or rng.random() < 0.5 else "두 집합"
    stem = rng.choice([f"{pre} {_set_named('A', A, st)}, {_set_named('B', B, st)}에 대하여 집합 {_R(ask, st)}는?",
                       f"{pre} {_set_named('A', A, st)}, {_set_named('B', B, st)}에 대하여 {_R(ask, st)}를 원소나열법으로 바르게 나타낸 것은?"])
    if not need_u and "U" not in pre:
        pass
    elif "U" not in pre:
        stem = stem.replace("두 집합", f"전체집합 {_set_named('U', U, st)}의 두 부분집합")
    concept = {"∪": "합집합", "∩": "교집합", "−": "차집합", "ᶜ": "여집합"}
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=[v for k, v in concept.items() if k in ask], also=["10공수2-02-03"],
                   check=lambda: _parse_roster(_R(ch.options[ch.correct], "unicode").strip("$").replace("\\{", "{").replace("\\}", "}").replace("\\varnothing", "∅")) == right)


_BUILD_PAIRS = [
    ("약수", lambda n: set(_divisors(n)), [(12, 18), (8, 12), (16, 24), (15, 20), (18, 24), (10, 15), (20, 30)]),
    ("배수", None, [(2, 3), (3, 4), (2, 5), (4, 6), (3, 5)]),
]


@family("10기수2-02-03", "builder-sets-operation")
def _s3_builder(rng: random.Random) -> Problem:
    st = pick_style(rng)
    if rng.random() < 0.55:
        a, b = rng.choice(_BUILD_PAIRS[0][2])
        A, B = set(_divisors(a)), set(_divisors(b))
        ka, kb = f"는 {a}의 약수", f"는 {b}의 약수"
    else:
        a, b = rng.choice(_BUILD_PAIRS[1][2])
        N = rng.choice([20, 24, 30])
        A, B = set(range(a, N + 1, a)), set(range(b, N + 1, b))
        ka, kb = f"는 {N} 이하의 자연수 중 {a}의 배수", f"는 {N} 이하의 자연수 중 {b}의 배수"
    ask = rng.choice(["A ∩ B", "A ∪ B", "A − B", "B − A"])
    res = _OPS[ask](None, A, B)
    sa, sb = _B("x", ka, st, pre="A = "), _B("x", kb, st, pre="B = ")
    with_n = rng.random() < 0.4
    text = rng.choice([f"두 집합 {sa}, {sb}에 대하여 집합 {_R(ask, st)}를 원소나열법으로 나타내시오.",
                       f"{sa}, {sb}일 때, {_R(ask, st)}를 구하시오."])
    if with_n:
        text = text[:-1] + f"고, n({ask})의 값을 {_end(rng)}" if text.endswith("시오.") else text
        text = text.replace("나타내시고,", "나타내고,").replace("구하시고,", "구하고,")
    ans = _S(res) + (f", {len(res)}" if with_n and "n(" in text else "")
    d = 2
    ref = sp.FiniteSet(*A), sp.FiniteSet(*B)
    refop = {"A ∩ B": ref[0] & ref[1], "A ∪ B": ref[0] | ref[1], "A − B": ref[0] - ref[1], "B − A": ref[1] - ref[0]}[ask]
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["조건제시법", {"∪": "합집합", "∩": "교집합", "−": "차집합"}[ask[2]]], also=["10공수2-02-03"],
                   check=lambda: set(int(v) for v in refop) == res)


_REGIONS = [
    ("A에는 속하지만 B에는 속하지 않는 부분", "A − B"),
    ("B에는 속하지만 A에는 속하지 않는 부분", "B − A"),
    ("A와 B에 공통으로 속하는 부분", "A ∩ B"),
    ("A 또는 B에 속하는 부분 전체", "A ∪ B"),
    ("전체집합 U에서 A를 뺀 부분 전체", "Aᶜ"),
    ("전체집합 U에서 B를 제외한 부분 전체", "Bᶜ"),
]


@family("10기수2-02-03", "venn-shaded-region-mcq")
def _s3_shade(rng: random.Random) -> Problem:
    st = pick_style(rng)
    desc, right = rng.choice(_REGIONS)
    wrong = [r for _, r in _REGIONS if r != right] + ["(A ∪ B)ᶜ"]
    ch = choices(rng, _R(right, st), [_R(w, st) for w in wrong])
    stem = rng.choice([f"전체집합 U의 두 부분집합 A, B를 벤 다이어그램으로 나타내었다. 벤 다이어그램에서 {desc}에 색칠하였을 때, 색칠한 부분을 나타내는 집합은?",
                       f"벤 다이어그램에서 {josa(desc, '을/를')} 기호로 바르게 나타낸 것은? (단, U는 전체집합이고 A, B는 U의 부분집합이다.)"])
    U, A, B = set(range(1, 9)), {1, 2, 3, 4}, {3, 4, 5, 6}
    region = {"A − B": {1, 2}, "B − A": {5, 6}, "A ∩ B": {3, 4}, "A ∪ B": {1, 2, 3, 4, 5, 6}, "Aᶜ": {5, 6, 7, 8}, "Bᶜ": {1, 2, 7, 8}}[right]
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=1, achievement_level="E", choice=ch,
                   concepts=["벤 다이어그램", {"∪": "합집합", "∩": "교집합", "−": "차집합", "ᶜ": "여집합"}[next(c for c in "∪∩−ᶜ" if c in right)]],
                   also=["10공수2-02-03"], check=lambda: _OPS[right](U, A, B) == region)


@family("10기수2-02-03", "find-set-from-results")
def _s3_findB(rng: random.Random) -> Problem:
    st = pick_style(rng)
    _, A, B = _two_sets(rng, 9)
    inter, union = set(A) & set(B), set(A) | set(B)
    mode = rng.choice(["union", "diff"])
    if mode == "union":
        text = rng.choice([f"두 집합 A, B에 대하여 {_set_named('A', A, st)}, {_R('A ∩ B = ' + _S(inter), st)}, {_R('A ∪ B = ' + _S(union), st)}일 때, 집합 B를 {_end(rng)}",
                           f"{_set_named('A', A, st)}이고 {_R('A ∩ B = ' + _S(inter), st)}, {_R('A ∪ B = ' + _S(union), st)}이다. 벤 다이어그램을 그려 집합 B를 원소나열법으로 나타내시오."])
    else:
        text = rng.choice([f"두 집합 A, B에 대하여 {_set_named('A', A, st)}, {_R('B − A = ' + _S(set(B) - set(A)), st)}, {_R('A ∩ B = ' + _S(inter), st)}일 때, 집합 B를 {_end(rng)}",
                           f"{_set_named('A', A, st)}, {_R('A ∩ B = ' + _S(inter), st)}, {_R('B − A = ' + _S(set(B) - set(A)), st)}일 때, 집합 B의 원소를 모두 {_end(rng, '쓰')}"])
    ans = _S(B)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["합집합", "교집합", "벤 다이어그램"] if mode == "union" else ["차집합", "교집합", "벤 다이어그램"],
                   also=["10공수2-02-03"],
                   check=lambda: (set(A) & _parse_roster(ans) == inter) and (_parse_roster(ans) - set(A) == set(B) - set(A)))


# ================================================================================================
# 10기수2-02-04 명제와 조건, 진리집합, 부정
# ================================================================================================
def _prop_true(rng: random.Random) -> tuple[str, bool]:
    """A simple mathematical sentence that is a proposition, with its truth value."""
    kind = rng.choice(["div", "prime", "sum", "even", "mul", "geo", "set", "sqrt"])
    if kind == "div":
        a, b = rng.randint(2, 9), rng.randint(10, 40)
        return f"{josa(str(a), '은/는')} {b}의 약수이다.", b % a == 0
    if kind == "prime":
        n = rng.randint(2, 30)
        return f"{josa(str(n), '은/는')} 소수이다.", all(n % q for q in range(2, n))
    if kind == "sum":
        a, b = rng.randint(2, 15), rng.randint(2, 15)
        c = a + b + rng.choice([0, 0, 1, -1])
        return f"{a} + {b} = {c}", a + b == c
    if kind == "even":
        n = rng.randint(11, 99)
        w = rng.choice(["짝수", "홀수"])
        return f"{josa(str(n), '은/는')} {w}이다.", (n % 2 == 0) == (w == "짝수")
    if kind == "mul":
        a, b = rng.randint(2, 9), rng.randint(2, 9)
        c = a * b + rng.choice([-3, -1, 1, 4])
        return f"{a} × {b} > {c}", a * b > c
    if kind == "geo":
        return rng.choice([("정삼각형의 세 변의 길이는 모두 같다.", True), ("직사각형은 정사각형이다.", False),
                           ("정사각형은 직사각형이다.", True), ("삼각형의 세 내각의 크기의 합은 180°이다.", True),
                           ("평행사변형의 두 대각선의 길이는 항상 같다.", False), ("마름모의 네 변의 길이는 모두 같다.", True)])
    if kind == "set":
        a = rng.randint(1, 6)
        s = sorted(rng.sample(range(1, 7), 3))
        return f"{a} ∈ {_S(s)}", a in s
    n = rng.choice([4, 9, 16, 25, 36])
    r = int(n ** 0.5)
    v = rng.choice([r, -r, r + 1])
    return f"√{n} = {v}", v == r


_NOT_PROP = ["수학은 재미있는 과목이다.", "10000은 큰 수이다.", "장미는 아름다운 꽃이다.", "3은 작은 수이다.",
             "이 문제는 어렵다.", "오늘 급식은 맛있다.", "우리 반 학생들은 키가 크다.", "1000은 충분히 큰 수이다.",
             "겨울은 여름보다 좋은 계절이다."]


def _condition(rng: random.Random) -> str:
    a, b = rng.randint(1, 9), rng.randint(2, 12)
    return rng.choice([f"x + {a} = {a + b}", f"x > {b}", f"{a}x − 1 ≤ {b}", f"x는 {b}의 약수이다.", f"x² = {b * b}",
                       f"2x = {2 * b}", "x는 짝수이다."])


@family("10기수2-02-04", "is-proposition-mcq")
def _p4_isprop(rng: random.Random) -> Problem:
    st = pick_style(rng)
    want = rng.choice(["prop", "notprop"])
    props = [_prop_true(rng)[0] for _ in range(6)]
    props = list(dict.fromkeys(props))
    conds = list(dict.fromkeys(_condition(rng) for _ in range(4)))
    vague = rng.sample(_NOT_PROP, 4)
    fmt = lambda s: _R(s, st) if re.search(r"[=<>≤≥∈√×]", s) and not re.search(r"[가-힣]", s) else s  # noqa: E731
    if want == "prop":
        right = fmt(props[0])
        wrong = [fmt(c) for c in conds[:2]] + vague[:3]
        stem = rng.choice(["다음 중 명제인 것은?", "다음 문장 또는 식 중에서 참, 거짓을 분명하게 판별할 수 있는 것은?"])
    else:
        right = vague[0]
        wrong = [fmt(p) for p in props[:4]]
        stem = rng.choice(["다음 중 명제가 아닌 것은?", "다음 중 참인지 거짓인지 판별할 수 없는 문장은?"])
    ch = choices(rng, right, wrong)
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=1, achievement_level="E", choice=ch,
                   concepts=["명제", "조건"] if want == "prop" else ["명제"], also=["10공수2-02-04"],
                   check=lambda: (ch.options[ch.correct] in _NOT_PROP) == (want == "notprop"))


@family("10기수2-02-04", "true-or-false-fill")
def _p4_tf(rng: random.Random) -> Problem:
    st = pick_style(rng)
    items: list[tuple[str, bool]] = []
    while len(items) < 4:
        s, t = _prop_true(rng)
        if s not in [i[0] for i in items]:
            items.append((s, t))
    fmt = lambda s: _R(s, st) if not re.search(r"[가-힣]", s) else s  # noqa: E731
    body = "\n".join(f"({i + 1}) {fmt(s)}" for i, (s, _) in enumerate(items))
    text = rng.choice([f"다음 명제의 참, 거짓을 각각 판별하시오.\n{body}",
                       f"다음 명제가 참이면 참, 거짓이면 거짓이라고 쓰시오.\n{body}"])
    ans = ", ".join("참" if t else "거짓" for _, t in items)

    def chk() -> bool:
        out = []
        for s, _ in items:
            m = re.fullmatch(r"(\d+) \+ (\d+) = (\d+)", s)
            if m:
                out.append(int(m[1]) + int(m[2]) == int(m[3]))
                continue
            m = re.fullmatch(r"(\d+) × (\d+) > (\d+)", s)
            if m:
                out.append(int(m[1]) * int(m[2]) > int(m[3]))
                continue
            m = re.fullmatch(r"(\d+)[은는] 소수이다\.", s)
            if m:
                out.append(sp.isprime(int(m[1])))
                continue
            m = re.fullmatch(r"(\d+)[은는] (\d+)의 약수이다\.", s)
            if m:
                out.append(int(m[2]) % int(m[1]) == 0)
                continue
            out.append(next(t for s2, t in items if s2 == s))
        return ", ".join("참" if t else "거짓" for t in out) == ans
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["명제", "참", "거짓"], also=["10공수2-02-04"], check=chk)


_NEG_RULES = [("x = {a}", "x ≠ {a}"), ("x > {a}", "x ≤ {a}"), ("x ≥ {a}", "x < {a}"), ("x < {a}", "x ≥ {a}"),
              ("x ≤ {a}", "x > {a}"), ("x ≠ {a}", "x = {a}")]


@family("10기수2-02-04", "negation-write")
def _p4_neg(rng: random.Random) -> Problem:
    st = pick_style(rng)
    mode = rng.choice(["cond", "cond", "prop"])
    if mode == "cond":
        picks = rng.sample(_NEG_RULES, 2)
        a1, a2 = rng.randint(-5, 9), rng.randint(-5, 9)
        c1, n1 = (s.format(a=_neg(a1)) for s in picks[0])
        c2, n2 = (s.format(a=_neg(a2)) for s in picks[1])
        extra = rng.choice([("x는 짝수이다.", "x는 짝수가 아니다."), ("x는 3의 배수이다.", "x는 3의 배수가 아니다."),
                            ("x는 소수이다.", "x는 소수가 아니다.")])
        items = [(_R(c1, st), n1), (_R(c2, st), n2), extra]
        rng.shuffle(items)
        text = rng.choice(["다음 조건의 부정을 쓰시오.", "다음 각 조건 p에 대하여 ~p를 쓰시오.", "다음 조건의 부정을 차례대로 써 보시오."])
        text += "\n" + "\n".join(f"({i + 1}) {c}" for i, (c, _) in enumerate(items))
        ans = " / ".join(n for _, n in items)
        chk = lambda: all(_negation_ok(_R(n, "unicode") if "$" not in n else n, c) for c, n in items)  # noqa: E731
        d = 1
    else:
        s, t = _prop_true(rng)
        while not re.search(r"[가-힣]", s) or "°" in s or "같다" in s or "모두" in s:
            s, t = _prop_true(rng)
        neg = re.sub(r"(\S+)이다\.$", lambda mm: josa(mm.group(1), "이/가") + " 아니다.", s)
        text = rng.choice([f"명제 '{s}'의 부정을 쓰고, 그 부정의 참, 거짓을 판별하시오.",
                           f"다음 명제의 부정을 말하고, 부정이 참인지 거짓인지 쓰시오.\n{s}"])
        ans = f"{neg} ({'거짓' if t else '참'})"
        chk = lambda: ans.endswith("(거짓)") == t  # noqa: E731
        d = 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["부정", "조건", "~p"] if mode == "cond" else ["부정", "명제"], also=["10공수2-02-04"], check=chk)


def _negation_ok(neg: str, cond: str) -> bool:
    """Check a negation by testing integers -10..10 (conditions on x) or the wording."""
    if "아니다" in neg:
        return neg.replace("가 아니다.", "이다.") == cond
    c = cond.replace("$", "").replace("\\ne", "≠").replace("\\le", "≤").replace("\\ge", "≥").replace("-", "−")
    n = neg.replace("−", "-")
    c = c.replace("−", "-")
    to_py = lambda s: s.replace("≠", "!=").replace("≤", "<=").replace("≥", ">=").replace(" = ", " == ").replace("<=", "<=")  # noqa: E731
    return all(eval(to_py(c), {"x": v}) != eval(to_py(n), {"x": v}) for v in range(-12, 13))


_COND_POOL = [
    ("x는 소수이다", lambda v: v > 1 and all(v % q for q in range(2, v))),
    ("x는 짝수이다", lambda v: v % 2 == 0),
    ("x는 홀수이다", lambda v: v % 2 == 1),
]


def _cond_random(rng: random.Random, top: int) -> tuple[str, object]:
    kind = rng.choice(["pool", "div", "mul", "ineq", "lin", "quad"])
    if kind == "pool":
        return rng.choice(_COND_POOL)
    if kind == "div":
        k = rng.choice([6, 8, 10, 12, 18, 20])
        return f"x는 {k}의 약수이다", lambda v, k=k: k % v == 0
    if kind == "mul":
        m = rng.choice([2, 3, 4, 5])
        return f"x는 {m}의 배수이다", lambda v, m=m: v % m == 0
    if kind == "ineq":
        a, b = rng.randint(1, 5), rng.randint(3, top)
        return f"x + {a} > {b}", lambda v, a=a, b=b: v + a > b
    if kind == "lin":
        a = rng.choice([2, 3])
        b = rng.randint(2, 2 * top - 2)
        return f"{a}x ≤ {b}", lambda v, a=a, b=b: a * v <= b
    r1, r2 = sorted(rng.sample(range(1, top + 1), 2))
    return f"x² − {r1 + r2}x + {r1 * r2} = 0", lambda v, r1=r1, r2=r2: v in (r1, r2)


@family("10기수2-02-04", "truth-set")
def _p4_truthset(rng: random.Random) -> Problem:
    st = pick_style(rng)
    top = rng.choice([8, 10, 12])
    c, f = _cond_random(rng, top)
    U = list(range(1, top + 1))
    P = [v for v in U if f(v)]
    neg = rng.random() < 0.4
    res = [v for v in U if v not in P] if neg else P
    su = _B("x", f"는 {top} 이하의 자연수", st, pre="U = ") if rng.random() < 0.5 else _set_named("U", U, st)
    cr = _R(c, st) if not re.search(r"[가-힣]", c) else c
    if neg:
        text = rng.choice([f"전체집합 {su}에서 조건 p: {cr}에 대하여 조건 ~p의 진리집합을 {_end(rng)}",
                           f"전체집합이 {su}일 때, 조건 p: {cr}의 부정 ~p의 진리집합을 원소나열법으로 나타내시오."])
    else:
        text = rng.choice([f"전체집합 {su}에서 조건 p: {cr}의 진리집합 P를 원소나열법으로 나타내시오.",
                           f"전체집합이 {su}일 때, 조건 p: {cr}에 대하여 p를 참이 되게 하는 원소 전체의 집합을 {_end(rng)}",
                           f"전체집합 {su}에 대하여 조건 p가 다음과 같을 때, p의 진리집합을 {_end(rng)}\np: {cr}"])
    ans = _S(res)
    xs = sp.Symbol("x")
    return Problem(text=text, answer=ans, format="computation", difficulty=2 + neg, achievement_level=secondary_level(2 + neg),
                   concepts=["진리집합", "조건", "전체집합"] + (["부정", "~p"] if neg else []), also=["10공수2-02-04"],
                   check=lambda: _parse_roster(ans) == ({v for v in U if not f(v)} if neg else set(sp.FiniteSet(*[v for v in U if f(v)]))) and xs is not None)


_IMPL = [
    ("x가 6의 배수", "x는 3의 배수", True), ("x가 3의 배수", "x는 6의 배수", False),
    ("x가 4의 약수", "x는 8의 약수", True), ("x가 8의 약수", "x는 4의 약수", False),
    ("x = 2", "x² = 4", True), ("x² = 4", "x = 2", False), ("x > 3", "x > 1", True), ("x > 1", "x > 3", False),
    ("x가 소수", "x는 홀수", False), ("삼각형 ABC가 정삼각형", "삼각형 ABC는 이등변삼각형", True),
    ("사각형 ABCD가 정사각형", "사각형 ABCD는 마름모", True), ("x가 짝수", "x²은 짝수", True),
    ("a = b", "a + c = b + c", True), ("ab = 0", "a = 0", False),
]


@family("10기수2-02-04", "hypothesis-conclusion")
def _p4_hypo(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q, t = rng.choice(_IMPL)
    fmt = lambda s: _R(s, st) if not re.search(r"[가-힣]", s) else re.sub(r"(x²|x [>=] \d+|x|a = b|a \+ c = b \+ c|ab = 0|a = 0)", lambda mm: _R(mm.group(0), st), s)  # noqa: E731
    sent = f"{fmt(p)}이면 {fmt(q)}이다."
    ask_truth = rng.random() < 0.5
    more = " 또 이 명제의 참, 거짓을 판별하시오." if ask_truth else ""
    text = rng.choice([f"명제 '{sent}'에서 가정과 결론을 각각 쓰시오.{more}",
                       f"다음 명제의 가정과 결론을 (  ) 안에 차례대로 써넣으시오.{more}\n{sent}\n가정: (  )    결론: (  )"])
    ans = f"가정: {p.replace('가 ', '는 ', 1) if p.startswith('x가') else p}, 결론: {q}" + (f", {'참' if t else '거짓'}" if ask_truth else "")
    d = 2 if ask_truth else 1
    return Problem(text=text, answer=ans, format="fill" if "(  )" in text else "computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["가정", "결론", "명제"] + (["p→q"] if ask_truth else []), also=["10공수2-02-04"],
                   check=lambda: ("참" in ans.split(", ")[-1]) == t if ask_truth else ans.startswith("가정"))


@family("10기수2-02-04", "implication-by-truth-sets")
def _p4_impl(rng: random.Random) -> Problem:
    st = pick_style(rng)
    top = rng.choice([8, 10, 12])
    U = list(range(1, top + 1))
    while True:
        (cp, fp), (cq, fq) = _cond_random(rng, top), _cond_random(rng, top)
        P = [v for v in U if fp(v)]
        Q = [v for v in U if fq(v)]
        if P and Q and cp != cq and P != Q:
            break
    true = set(P) <= set(Q)
    fmt = lambda c: _R(c, st) if not re.search(r"[가-힣]", c) else c  # noqa: E731
    su = _set_named("U", U, st) if rng.random() < 0.5 else _B("x", f"는 {top} 이하의 자연수", st, pre="U = ")
    text = rng.choice([
        f"전체집합 {su}에서 두 조건 p, q가 다음과 같다.\np: {fmt(cp)}\nq: {fmt(cq)}\n두 조건의 진리집합 P, Q를 각각 구하고, 명제 p → q의 참, 거짓을 판별하시오.",
        f"다음 순서에 따라 전체집합 {su}에서 명제 p → q의 참, 거짓을 판별하시오. (p: {fmt(cp)}, q: {fmt(cq)})\n(1) 조건 p의 진리집합 P를 구하시오.\n(2) 조건 q의 진리집합 Q를 구하시오.\n(3) P ⊂ Q인지 확인하여 명제의 참, 거짓을 판별하시오.",
    ])
    ans = f"P = {_S(P)}, Q = {_S(Q)}, {'참' if true else '거짓'}"
    guided = "순서에 따라" in text
    d = 2 if guided else 3
    return Problem(text=text, answer=ans, format="fill" if guided else "computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["진리집합", "명제", "p→q", "부분집합"], also=["10공수2-02-04"],
                   check=lambda: ans.endswith("참") == all(v in Q for v in P))


@family("10기수2-02-04", "counterexamples-in-U")
def _p4_counter(rng: random.Random) -> Problem:
    st = pick_style(rng)
    top = rng.choice([10, 12, 15])
    U = list(range(1, top + 1))
    while True:
        (cp, fp), (cq, fq) = _cond_random(rng, top), _cond_random(rng, top)
        P = [v for v in U if fp(v)]
        bad = [v for v in P if not fq(v)]
        if 1 <= len(bad) <= 5 and cp != cq:
            break
    fmt = lambda c: _R(c, st) if not re.search(r"[가-힣]", c) else c  # noqa: E731
    pform = re.sub(r"이다$", "", cp).replace("x는 ", "x가 ", 1)
    pwords = f"{fmt(pform)}이면"
    qwords = f"{fmt(cq)}이다." if not cq.endswith("이다") else f"{cq}."
    su = _set_named("U", U, st)
    text = rng.choice([
        f"전체집합 {su}에서 명제 '{pwords} {qwords}'는 거짓이다. 이 명제가 거짓임을 보여 주는 반례를 모두 {_end(rng)}",
        f"전체집합이 {su}일 때, 명제 '{pwords} {qwords}'의 반례가 되는 원소를 모두 {_end(rng, '쓰')}",
        f"전체집합 {su}에서 명제 '{pwords} {qwords}'가 거짓임을 보이려고 한다. p는 만족시키지만 q는 만족시키지 않는 x의 값을 모두 {_end(rng)}",
    ])
    ans = ", ".join(map(str, bad))
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["반례", "명제", "진리집합"], also=["10공수2-02-04"],
                   check=lambda: [v for v in U if fp(v) and not fq(v)] == [int(t) for t in ans.split(", ")])


@family("10기수2-02-04", "classify-sentences-table")
def _p4_classify(rng: random.Random) -> Problem:
    st = pick_style(rng)
    props = []
    while len(props) < 2:
        s, t = _prop_true(rng)
        if s not in [p[0] for p in props]:
            props.append((s, t))
    conds = list(dict.fromkeys(_condition(rng) for _ in range(5)))[:2]
    vague = rng.sample(_NOT_PROP, 1)
    rows = [(p, "명제(" + ("참" if t else "거짓") + ")") for p, t in props] + [(c, "조건") for c in conds] + [(v, "명제도 조건도 아님") for v in vague]
    rng.shuffle(rows)
    labels = "ㄱㄴㄷㄹㅁ"
    fmt = lambda s: _R(s, st) if not re.search(r"[가-힣]", s) else s  # noqa: E731
    table = "| 기호 | 문장 또는 식 |\n|---|---|\n" + "\n".join(f"| {lb} | {fmt(s)} |" for lb, (s, _) in zip(labels, rows, strict=True))
    text = (rng.choice(["다음 표의 문장 또는 식을 명제, 조건, 명제도 조건도 아닌 것으로 분류하시오. 또 명제는 참, 거짓을 판별하시오.",
                        "다음 표에서 명제인 것, 조건인 것, 둘 다 아닌 것을 각각 고르고, 명제인 것은 참인지 거짓인지 쓰시오."])
            + "\n" + table)
    ans = "; ".join(f"{lb}: {k}" for lb, (_, k) in zip(labels, rows, strict=True))
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["명제", "조건"], also=["10공수2-02-04"],
                   check=lambda: ans.count("조건") - ans.count("명제도 조건도") == len(conds) and sum(1 for _, k in rows if k.startswith("명제(")) == 2)


# ================================================================================================
# 10기수2-02-05 명제의 역과 대우
# ================================================================================================
def _nc(subj: str, pred: str, fn=None) -> dict:
    """A noun condition such as 'x는 6의 배수이다' in its four forms (+ a predicate for checks)."""
    return {"if": f"{josa(subj, '이/가')} {pred}이면", "st": f"{josa(subj, '은/는')} {pred}이다",
            "nif": f"{josa(subj, '이/가')} {josa(pred, '이/가')} 아니면", "nst": f"{josa(subj, '은/는')} {josa(pred, '이/가')} 아니다",
            "fn": fn, "math": False}


def _mc(e: str, ne: str, fn=None) -> dict:
    """A formula condition (x = 3 / x ≠ 3) in its four forms."""
    return {"if": e, "st": e, "nif": ne, "nst": ne, "fn": fn, "math": True}


def _lc(i: str, s: str, ni: str, ns: str) -> dict:
    """An everyday condition given by its four forms."""
    return {"if": i, "st": s, "nif": ni, "nst": ns, "fn": None, "math": False}


_NAT = range(1, 61)
_INT = range(-20, 21)
# (p, q, domain or None, truth of p→q, truth of q→p, note)
_PQ = [
    (_nc("x", "6의 배수", lambda v: v % 6 == 0), _nc("x", "3의 배수", lambda v: v % 3 == 0), _NAT, True, False, "x는 자연수"),
    (_nc("x", "4의 약수", lambda v: 4 % v == 0), _nc("x", "8의 약수", lambda v: 8 % v == 0), _NAT, True, False, "x는 자연수"),
    (_nc("x", "10의 배수", lambda v: v % 10 == 0), _nc("x", "5의 배수", lambda v: v % 5 == 0), _NAT, True, False, "x는 자연수"),
    (_nc("x", "짝수", lambda v: v % 2 == 0), _nc("x²", "짝수", lambda v: v * v % 2 == 0), _NAT, True, True, "x는 자연수"),
    (_nc("x", "소수", lambda v: sp.isprime(v)), _nc("x", "홀수", lambda v: v % 2 == 1), _NAT, False, False, "x는 자연수"),
    (_nc("x", "짝수", lambda v: v % 2 == 0), _nc("x + 1", "홀수", lambda v: (v + 1) % 2 == 1), _NAT, True, True, "x는 자연수"),
    (_nc("x", "12의 약수", lambda v: 12 % v == 0), _nc("x", "6의 약수", lambda v: 6 % v == 0), _NAT, False, True, "x는 자연수"),
    (_mc("x = 3", "x ≠ 3", lambda v: v == 3), _mc("x² = 9", "x² ≠ 9", lambda v: v * v == 9), _INT, True, False, "x는 실수"),
    (_mc("x > 2", "x ≤ 2", lambda v: v > 2), _mc("x > 0", "x ≤ 0", lambda v: v > 0), _INT, True, False, "x는 실수"),
    (_mc("x = 1", "x ≠ 1", lambda v: v == 1), _mc("x + 2 = 3", "x + 2 ≠ 3", lambda v: v + 2 == 3), _INT, True, True, "x는 실수"),
    (_mc("x > 4", "x ≤ 4", lambda v: v > 4), _mc("2x > 8", "2x ≤ 8", lambda v: 2 * v > 8), _INT, True, True, "x는 실수"),
    (_mc("x < 1", "x ≥ 1", lambda v: v < 1), _mc("x < 5", "x ≥ 5", lambda v: v < 5), _INT, True, False, "x는 실수"),
    (_mc("x = 2", "x ≠ 2", lambda v: v == 2), _mc("x² = 2x", "x² ≠ 2x", lambda v: v * v == 2 * v), _INT, True, False, "x는 실수"),
    (_nc("삼각형 ABC", "정삼각형"), _nc("삼각형 ABC", "이등변삼각형"), None, True, False, ""),
    (_nc("사각형 ABCD", "정사각형"), _nc("사각형 ABCD", "직사각형"), None, True, False, ""),
    (_nc("사각형 ABCD", "마름모"), _nc("사각형 ABCD", "평행사변형"), None, True, False, ""),
    (_lc("비가 오면", "비가 온다", "비가 오지 않으면", "비가 오지 않는다"),
     _lc("땅이 젖으면", "땅이 젖는다", "땅이 젖지 않으면", "땅이 젖지 않는다"), None, True, False, ""),
    (_lc("서울에 살면", "서울에 산다", "서울에 살지 않으면", "서울에 살지 않는다"),
     _lc("한국에 살면", "한국에 산다", "한국에 살지 않으면", "한국에 살지 않는다"), None, True, False, ""),
    (_lc("오늘이 토요일이면", "오늘은 토요일이다", "오늘이 토요일이 아니면", "오늘은 토요일이 아니다"),
     _lc("내일이 일요일이면", "내일은 일요일이다", "내일이 일요일이 아니면", "내일은 일요일이 아니다"), None, True, True, ""),
    (_lc("민수가 고등학생이면", "민수는 고등학생이다", "민수가 고등학생이 아니면", "민수는 고등학생이 아니다"),
     _lc("민수가 학생이면", "민수는 학생이다", "민수가 학생이 아니면", "민수는 학생이 아니다"), None, True, False, ""),
]


def _form(c: dict, key: str, st: str) -> str:
    t = c[key]
    if c["math"]:
        t = _R(t, st)
        return t + ("이면" if key in ("if", "nif") else "이다")
    return re.sub(r"(x²|x \+ 1|x)(?=[이은가는])", lambda mm: _R(mm.group(0), st), t)


def _sent(a: dict, ak: str, b: dict, bk: str, st: str) -> str:
    return f"{_form(a, ak, st)} {_form(b, bk, st)}."


def _truth(p: dict, q: dict, dom, pk: bool = True, qk: bool = True) -> bool:
    """Is 'p(or ~p) → q(or ~q)' true on ``dom``?"""
    return all((q["fn"](v) == qk) for v in dom if p["fn"](v) == pk)


def _pq(rng: random.Random, need_fn: bool = False):
    pool = [e for e in _PQ if e[2] is not None] if need_fn else _PQ
    return rng.choice(pool)


@family("10기수2-02-05", "write-converse-contrapositive")
def _c5_write(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q, _dom, _t, _ct, note = _pq(rng)
    prop = _sent(p, "if", q, "st", st)
    conv = _sent(q, "if", p, "st", st)
    contra = _sent(q, "nif", p, "nst", st)
    what = rng.choice(["both", "conv", "contra"])
    tail = f" (단, {note}이다.)" if note else ""
    ask = {"both": "역과 대우를 각각 쓰시오.", "conv": "역을 쓰시오.", "contra": "대우를 쓰시오."}[what]
    text = rng.choice([f"명제 '{prop}'의 {ask}{tail}", f"다음 명제의 {ask}{tail}\n{prop}"])
    ans = {"both": f"역: {conv} 대우: {contra}", "conv": conv, "contra": contra}[what]
    d = 2 if what == "both" else 1
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["역", "대우"] if what == "both" else (["역"] if what == "conv" else ["대우", "부정"]),
                   also=["10공수2-02-05"], check=lambda: (conv in ans) or (contra in ans))


@family("10기수2-02-05", "truth-of-converse-contrapositive")
def _c5_truth(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q, dom, t, ct, note = _pq(rng, need_fn=rng.random() < 0.7)
    prop = _sent(p, "if", q, "st", st)
    tail = f" (단, {note}이다.)" if note else ""
    text = rng.choice([f"명제 '{prop}'의 역과 대우를 각각 쓰고, 그 참, 거짓을 판별하시오.{tail}",
                       f"다음 명제의 참, 거짓을 판별하고, 역과 대우의 참, 거짓도 각각 판별하시오.{tail}\n{prop}"])
    tf = lambda b: "참" if b else "거짓"  # noqa: E731
    if "역과 대우를 각각 쓰고" in text:
        ans = f"역: {_sent(q, 'if', p, 'st', st)} ({tf(ct)}), 대우: {_sent(q, 'nif', p, 'nst', st)} ({tf(t)})"
    else:
        ans = f"명제: {tf(t)}, 역: {tf(ct)}, 대우: {tf(t)}"
    if dom is not None:
        chk = lambda: _truth(p, q, dom) == t and _truth(q, p, dom) == ct and _truth(q, p, dom, False, False) == t  # noqa: E731
    else:
        chk = lambda: ans.count(f"({tf(t)})") >= 1 or ans.startswith("명제")  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["역", "대우", "명제"], also=["10공수2-02-05"], check=chk)


@family("10기수2-02-05", "which-is-contrapositive-mcq")
def _c5_mcq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q, _dom, _t, _ct, note = _pq(rng)
    ask = rng.choice(["대우", "역"])
    forms = {
        "역": _sent(q, "if", p, "st", st),
        "대우": _sent(q, "nif", p, "nst", st),
        "inv": _sent(p, "nif", q, "nst", st),
        "x1": _sent(p, "nif", q, "st", st),
        "x2": _sent(q, "nif", p, "st", st),
        "x3": _sent(q, "if", p, "nst", st),
        "x4": _sent(p, "if", q, "nst", st),
    }
    right = forms[ask]
    ch = choices(rng, right, [v for k, v in forms.items() if k != ask])
    tail = f" (단, {note}이다.)" if note else ""
    stem = rng.choice([f"명제 '{_sent(p, 'if', q, 'st', st)}'의 {josa(ask, '은/는')}?{tail}",
                       f"다음 중 명제 '{_sent(p, 'if', q, 'st', st)}'의 {josa(ask, '으로/로')} 옳은 것은?{tail}"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=[ask, "부정"] if ask == "대우" else [ask], also=["10공수2-02-05"],
                   check=lambda: ch.options[ch.correct] == (_sent(q, "nif", p, "nst", st) if ask == "대우" else _sent(q, "if", p, "st", st)))


@family("10기수2-02-05", "truth-table-fill")
def _c5_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q, dom, t, ct, note = _pq(rng, need_fn=True)
    tf = lambda b: "참" if b else "거짓"  # noqa: E731
    rows = [("명제", _sent(p, "if", q, "st", st), t), ("역", _sent(q, "if", p, "st", st), ct), ("대우", _sent(q, "nif", p, "nst", st), t)]
    blank_idx = rng.sample(range(3), 2)
    table = "| 구분 | 문장 | 참, 거짓 |\n|---|---|---|\n" + "\n".join(
        f"| {k} | {s} | {'(  )' if i in blank_idx else tf(v)} |" for i, (k, s, v) in enumerate(rows))
    text = (rng.choice(["다음 표는 어떤 명제와 그 역, 대우를 나타낸 것이다. 표의 (  ) 안에 '참' 또는 '거짓'을 알맞게 써넣으시오.",
                        "다음 표를 완성하시오. 빈칸에는 참, 거짓 중 알맞은 것을 쓰시오."])
            + f" (단, {note}이다.)\n{table}")
    ans = ", ".join(tf(rows[i][2]) for i in sorted(blank_idx))
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["역", "대우", "명제"], also=["10공수2-02-05"],
                   check=lambda: [_truth(p, q, dom), _truth(q, p, dom), _truth(q, p, dom, False, False)] == [t, ct, t])


@family("10기수2-02-05", "symbolic-forms-fill")
def _c5_symbolic(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = rng.choice([("p", "q"), ("q", "r"), ("p", "r")])
    kind = rng.choice(["plain", "neg1", "neg2"])
    if kind == "plain":
        left, right = a, b
    elif kind == "neg1":
        left, right = f"~{a}", b
    else:
        left, right = a, f"~{b}"
    neg = lambda s: s[1:] if s.startswith("~") else f"~{s}"  # noqa: E731
    conv = f"{right} → {left}"
    contra = f"{neg(right)} → {neg(left)}"
    text = rng.choice([
        f"명제 {_R(f'{left} → {right}', st)}에 대하여 다음 (  ) 안에 알맞은 것을 써넣으시오.\n역: (  ) → (  )\n대우: (  ) → (  )",
        f"다음 (  ) 안에 알맞은 것을 차례대로 써넣으시오.\n명제 {_R(f'{left} → {right}', st)}의 역은 (  ), 대우는 (  )이다.",
    ])
    ans = f"{conv}; {contra}"
    d = 1 if kind == "plain" else 2
    return Problem(text=text, answer=ans, format="fill", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["역", "대우", "p→q", "~p"], also=["10공수2-02-05"],
                   check=lambda: neg(neg(left)) == left and contra.split(" → ")[1] == neg(left))


@family("10기수2-02-05", "given-true-must-be-true-mcq")
def _c5_musttrue(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = rng.choice([("p", "q"), ("q", "r"), ("r", "s")])
    right = f"~{b} → ~{a}"
    wrong = [f"{b} → {a}", f"~{a} → ~{b}", f"{a} → ~{b}", f"~{b} → {a}", f"{b} → ~{a}"]
    ch = choices(rng, _R(right, st), [_R(w, st) for w in wrong])
    stem = rng.choice([f"명제 {_R(f'{a} → {b}', st)}가 참일 때, 다음 중 항상 참인 명제는?",
                       f"두 조건 {a}, {b}에 대하여 명제 {_R(f'{a} → {b}', st)}가 참이다. 다음 중 반드시 참인 것은?"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["대우", "p→q", "~p"], also=["10공수2-02-05"],
                   check=lambda: all(not (not pv or qv) or (qv or not pv) for pv in (0, 1) for qv in (0, 1)) and ch.options[ch.correct] == _R(right, st))


@family("10기수2-02-05", "converse-by-truth-sets")
def _c5_sets(rng: random.Random) -> Problem:
    st = pick_style(rng)
    top = rng.choice([8, 10, 12])
    U = list(range(1, top + 1))
    while True:
        (cp, fp), (cq, fq) = _cond_random(rng, top), _cond_random(rng, top)
        P = [v for v in U if fp(v)]
        Q = [v for v in U if fq(v)]
        if P and Q and P != Q and (set(P) <= set(Q) or set(Q) <= set(P)):
            break
    fmt = lambda c: _R(c, st) if not re.search(r"[가-힣]", c) else c  # noqa: E731
    ask = rng.choice(["역", "대우"])
    conv_true, contra_true = set(Q) <= set(P), set(P) <= set(Q)
    text = rng.choice([
        f"전체집합 {_set_named('U', U, st)}에서 두 조건 p, q가 다음과 같다.\np: {fmt(cp)}\nq: {fmt(cq)}\n"
        f"진리집합 P, Q를 각각 구하고, 명제 p → q의 {ask}의 참, 거짓을 판별하시오.",
        f"다음 순서에 따라 명제 p → q의 {josa(ask, '이/가')} 참인지 거짓인지 알아보시오. (전체집합 {_set_named('U', U, st)}, p: {fmt(cp)}, q: {fmt(cq)})\n"
        f"(1) 진리집합 P, Q를 구하시오.\n(2) 명제 p → q의 {josa(ask, '을/를')} 기호로 쓰시오.\n(3) 두 진리집합의 포함관계를 이용하여 (2)의 참, 거짓을 판별하시오.",
    ])
    form = "q → p" if ask == "역" else "~q → ~p"
    res = conv_true if ask == "역" else contra_true
    ans = f"P = {_S(P)}, Q = {_S(Q)}" + (f", {form}" if "(2)" in text else "") + f", {'참' if res else '거짓'}"
    Uc = set(U)
    ref = (set(Q) <= set(P)) if ask == "역" else ((Uc - set(Q)) <= (Uc - set(P)))
    return Problem(text=text, answer=ans, format="fill" if "(2)" in text else "computation", difficulty=3, achievement_level="C",
                   concepts=["진리집합", ask, "부분집합"], also=["10공수2-02-05", "10기수2-02-04"],
                   check=lambda: ans.endswith("참") == ref)


@family("10기수2-02-05", "everyday-converse-word")
def _c5_everyday(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p, q, _dom, t, ct, _note = rng.choice([e for e in _PQ if not e[0]["math"] and e[2] is None])
    who = name(rng)
    prop = _sent(p, "if", q, "st", st)
    conv = _sent(q, "if", p, "st", st)
    contra = _sent(q, "nif", p, "nst", st)
    ask = rng.choice(["conv", "contra"])
    if ask == "conv":
        text = rng.choice([f"{josa(who, '은/는')} '{prop}'가 옳은 말이므로 '{conv}'도 항상 옳다고 주장하였다. {who}의 주장이 옳은지 판단하고, 그 까닭을 설명하시오.",
                           f"'{prop}'는 참인 명제이다. 이 명제의 역을 쓰고, 역의 참, 거짓을 판별하시오."])
        ans = ("옳지 않다" if not ct else "옳다") if who in text else f"{conv} ({'참' if ct else '거짓'})"
        fmt, lv = ("proof", "B") if who in text else ("word", "C")
    else:
        text = rng.choice([f"'{prop}'는 참인 명제이다. 이 명제의 대우를 쓰고, 대우의 참, 거짓을 판별하시오.",
                           f"{josa(who, '은/는')} '{prop}'라는 명제가 참이라는 것을 알고 있다. 이때 '{contra}'도 참이라고 할 수 있는지 말하고, 그 까닭을 쓰시오."])
        ans = f"{contra} (참)" if "대우를 쓰고" in text else "참이라고 할 수 있다 (대우이므로)"
        fmt, lv = ("word", "C") if "대우를 쓰고" in text else ("proof", "B")
    d = 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=lv,
                   concepts=["역", "명제"] if ask == "conv" else ["대우", "명제"], also=["10공수2-02-05"],
                   check=lambda: t and (("거짓" in ans or "옳지 않다" in ans) == (not ct) if ask == "conv" else "참" in ans))


# ================================================================================================
# 10기수2-03-01 함수의 뜻과 그래프
# ================================================================================================
def _arrows(pairs: list[tuple]) -> str:
    return ", ".join(f"{a} → {b}" for a, b in pairs)


def _is_func(pairs: list[tuple], X: list) -> bool:
    dom = [a for a, _ in pairs]
    return sorted(dom) == sorted(X) and len(set(dom)) == len(dom)


@family("10기수2-03-01", "is-function-correspondence-mcq")
def _f1_isfunc(rng: random.Random) -> Problem:
    X = [1, 2, 3]
    Y = rng.choice([["a", "b", "c", "d"], [4, 5, 6, 7], ["가", "나", "다", "라"]])
    want = rng.choice(["func", "notfunc"])

    def good() -> list[tuple]:
        return [(x, rng.choice(Y)) for x in X]

    def bad() -> list[tuple]:
        kind = rng.choice(["missing", "double"])
        if kind == "missing":
            gone = rng.choice(X)
            return [(x, rng.choice(Y)) for x in X if x != gone]
        g = good()
        x0 = rng.choice(X)
        other = rng.choice([y for y in Y if (x0, y) not in g])
        g.append((x0, other))
        return sorted(g, key=lambda t: t[0])
    opts: list[str] = []
    target = good() if want == "func" else bad()
    right = _arrows(target)
    wrong: list[str] = []
    while len(wrong) < 6:
        w = _arrows(bad() if want == "func" else good())
        if w != right and w not in wrong:
            wrong.append(w)
    ch = choices(rng, right, wrong)
    opts = ch.options
    ys = ", ".join(map(str, Y))
    stem = rng.choice([
        f"두 집합 X = {{1, 2, 3}}, Y = {{{ys}}}에 대하여 X의 원소에 Y의 원소를 다음과 같이 대응시켰다. 이 중 X에서 Y로의 함수인 것은?"
        if want == "func" else
        f"두 집합 X = {{1, 2, 3}}, Y = {{{ys}}}에 대하여 X의 원소에 Y의 원소를 다음과 같이 대응시켰다. 이 중 X에서 Y로의 함수가 아닌 것은?",
        f"집합 X = {{1, 2, 3}}에서 집합 Y = {{{ys}}}로의 대응 중 함수{'인' if want == 'func' else '가 아닌'} 것을 고르면?",
    ])
    parsed = [[(int(a), b) for a, b in (t.split(" → ") for t in o.split(", "))] for o in opts]
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=1, achievement_level="E", choice=ch,
                   concepts=["함수", "대응"], also=["10공수2-03-01"],
                   check=lambda: [_is_func(pp, X) == (want == "func") for pp in parsed].count(True) == 1)


def _poly_pick(rng: random.Random) -> tuple[str, object]:
    a, b = rng.choice([1, 2, 3, -1, -2]), rng.randint(-4, 4)
    kind = rng.choice(["lin", "sq", "sq2", "abs"])
    if kind == "lin":
        e = sp.expand(a * _X + b)
    elif kind == "sq":
        e = _X ** 2 + b
    elif kind == "sq2":
        e = sp.expand(_X ** 2 - a * _X)
    else:
        e = sp.Abs(_X) + b
    return e


def _ptxt(e) -> str:
    """Mini Unicode text of a polynomial in x (or |x| + c), highest degree first: 2x² − 3x + 1."""
    e = sp.expand(e)
    absx = e.has(sp.Abs)
    rest = e - sp.Abs(_X) if absx else e
    poly = sp.Poly(rest, _X)
    terms = []
    if absx:
        terms.append((1, "|x|"))
    sup = {1: "x", 2: "x²", 3: "x³"}
    for (deg,), cf in sorted(poly.terms(), key=lambda t: -t[0][0]):
        if cf != 0:
            terms.append((cf, sup.get(deg, "")))
    out = ""
    for i, (cf, mono) in enumerate(terms):
        cf = sp.nsimplify(cf)
        mag = abs(cf)
        body = (("" if mag == 1 and mono else (f"[{mag.p}|{mag.q}]" if mag.q != 1 else str(mag))) + mono)
        if i == 0:
            out = ("−" if cf < 0 else "") + body
        else:
            out += (" − " if cf < 0 else " + ") + body
    return out or "0"


def _fx(lhs: str, e, st: str) -> str:
    """``f(x) = <e>`` as one math span in style ``st``."""
    return _R(f"{lhs} = {_ptxt(e)}", st)


def _ex(e, st: str) -> str:
    return _R(_ptxt(e), st)


@family("10기수2-03-01", "domain-codomain-range")
def _f1_ranges(rng: random.Random) -> Problem:
    st = pick_style(rng)
    X = sorted(rng.sample(range(-2, 4), rng.choice([3, 4])))
    e = _poly_pick(rng)
    vals = [int(e.subs(_X, v)) for v in X]
    extra = sorted(set(rng.sample(range(-8, 12), 3)) - set(vals))
    Y = sorted(set(vals) | set(extra))
    ask = rng.choice(["all", "range"])
    text = rng.choice([
        f"두 집합 {_set_named('X', X, st)}, {_set_named('Y', Y, st)}에 대하여 함수 {_R('f: X → Y', st)}를 {josa(_fx('f(x)', e, st), '으로/로')} 정의할 때, ",
        f"함수 {_R('f: X → Y', st)}가 {_fx('f(x)', e, st)}이고 {_set_named('X', X, st)}, {_set_named('Y', Y, st)}일 때, ",
    ])
    want_sum = rng.random() < 0.4
    if ask == "all":
        text += rng.choice(["이 함수의 정의역, 공역, 치역을 각각 구하시오.", "f의 정의역, 공역, 치역을 차례대로 쓰시오."])
        ans = f"정의역: {_S(X)}, 공역: {_S(Y)}, 치역: {_S(set(vals))}"
    else:
        text += "치역의 모든 원소의 합을 구하시오." if want_sum else "함수 f의 치역을 구하시오."
        ans = str(sum(set(vals))) if want_sum else _S(set(vals))
    d = 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["정의역", "공역", "치역", "함숫값"] if ask == "all" else ["치역", "함숫값"], also=["10공수2-03-01"],
                   check=lambda: set(int(sp.sympify(e).subs(_X, v)) for v in X) <= set(Y) and
                   (str(sum({int(e.subs(_X, v)) for v in X})) == ans if ans.lstrip("-").isdigit() else _S({int(e.subs(_X, v)) for v in X}) in ans))


@family("10기수2-03-01", "function-values")
def _f1_values(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["poly", "piece", "word"])
    if kind == "poly":
        a, b, c = rng.choice([1, 2, -1]), rng.randint(-5, 5), rng.randint(-5, 5)
        e = a * _X ** 2 + b * _X + c
        p, q = rng.sample(range(-3, 4), 2)
        ans = int(e.subs(_X, p) + e.subs(_X, q))
        fpq = _R(f"f({_neg(p)}) + f({_neg(q)})", st)
        text = rng.choice([f"함수 {_fx('f(x)', e, st)}에 대하여 {fpq}의 값을 {_end(rng)}",
                           f"{_fx('f(x)', e, st)}일 때, {_jx(fpq, '은/는')} 얼마인가?"])
        chk = lambda: sp.Lambda(_X, e)(p) + sp.Lambda(_X, e)(q) == ans  # noqa: E731
        d = 1
    elif kind == "piece":
        a, b = rng.randint(1, 4), rng.randint(-3, 5)
        p, q = rng.randint(0, 5), rng.randint(-5, -1)
        ans = (a * p + b) + q * q
        lines = f"f(x) = {a if a > 1 else ''}x + {b}  (x ≥ 0)\nf(x) = x²  (x < 0)".replace("+ -", "− ")
        text = rng.choice([f"실수 전체의 집합에서 정의된 함수 f가 다음과 같을 때, f({p}) + f({q})의 값을 {_end(rng)}\n{_R(lines, st) if st != 'latex' else lines}",
                           f"함수 f(x)가 다음과 같이 정의되어 있다. f({p}) + f({q})를 {_end(rng)}\n{lines}"])
        chk = lambda: sp.Piecewise((a * _X + b, _X >= 0), (_X ** 2, True)).subs(_X, p) + sp.Piecewise((a * _X + b, _X >= 0), (_X ** 2, True)).subs(_X, q) == ans  # noqa: E731
        d = 2
    else:
        base_, per = rng.choice([(3000, 500), (4800, 100), (1500, 200), (10000, 1000)])
        n = rng.randint(3, 12)
        ans = base_ + per * n
        ctx = rng.choice([("택시 요금", "기본요금", "km", "달린 거리"), ("주차 요금", "기본요금", "시간", "주차한 시간"),
                          ("휴대 전화 요금", "기본료", "GB", "데이터 사용량")])
        unit = {"km": "1 km", "시간": "1시간", "GB": "1 GB"}[ctx[2]]
        xu = f"x{ctx[2]}" if ctx[2] == "시간" else f"x {ctx[2]}"
        text = (f"어느 {ctx[0]}는 {ctx[1]} {base_}원에 {unit}마다 {per}원씩 더해진다. {josa(ctx[3], '을/를')} {xu}, 요금을 y원이라 하면 "
                f"y는 x의 함수이고 f(x) = {base_} + {per}x로 나타낼 수 있다. f({n})의 값을 {_end(rng)}").replace("요금는", "요금은")
        chk = lambda: sp.sympify(f"{base_} + {per}*x").subs(_X, n) == ans  # noqa: E731
        d = 1
    return Problem(text=text, answer=str(ans), format="word" if kind == "word" else "computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["함숫값", "f(x)"], also=["10공수2-03-01"], check=chk)


@family("10기수2-03-01", "equal-functions")
def _f1_equal(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pairs = [(_X ** 2, sp.Abs(_X)), (_X ** 2, _X), (_X ** 3, _X), (_X ** 2, 2 * _X), (_X ** 2 - 1, _X - 1), (sp.Abs(_X), _X)]
    f, g = rng.choice(pairs)
    agree = [v for v in range(-2, 3) if f.subs(_X, v) == g.subs(_X, v)]
    if rng.random() < 0.5 and len(agree) >= 2:
        X = sorted(rng.sample(agree, min(len(agree), rng.choice([2, 3]))))
    else:
        X = sorted(rng.sample(range(-2, 3), rng.choice([2, 3])))
    same = all(f.subs(_X, v) == g.subs(_X, v) for v in X)
    text = rng.choice([
        f"집합 {_jx(_set_named('X', X, st), '을/를')} 정의역으로 하는 두 함수 {_fx('f(x)', f, st)}, {_jx(_fx('g(x)', g, st), '이/가')} 서로 같은 함수인지 판단하고, 그 까닭을 설명하시오.",
        f"정의역이 {_set_named('X', X, st)}인 두 함수 {_fx('f(x)', f, st)}, {_fx('g(x)', g, st)}에 대하여 f = g인지 알아보시오. (X의 각 원소에서 함숫값을 비교하시오.)",
    ])
    ans = ("서로 같은 함수이다" if same else "서로 같은 함수가 아니다") + " (" + ", ".join(f"f({v}) = {f.subs(_X, v)}, g({v}) = {g.subs(_X, v)}" for v in X) + ")"
    return Problem(text=text, answer=ans, format="proof", difficulty=3, achievement_level="B",
                   concepts=["함수", "정의역", "함숫값"], also=["10공수2-03-01"],
                   check=lambda: ans.startswith("서로 같은 함수이다") == all(sp.simplify(f - g).subs(_X, v) == 0 for v in X))


_FN_POOL = [
    ("y = 2x − 1", True, True), ("y = −x + 4", True, True), ("y = x²", False, False), ("y = 3", False, False),
    ("y = |x|", False, False), ("y = x³", True, True), ("y = −3x", True, True), ("y = x² + 1", False, False),
]


@family("10기수2-03-01", "one-to-one-correspondence-mcq")
def _f1_onetoone(rng: random.Random) -> Problem:
    st = pick_style(rng)
    want = rng.choice(["yes", "no"])
    yes = [f for f, b, _ in _FN_POOL if b]
    no = [f for f, b, _ in _FN_POOL if not b]
    if want == "yes":
        right, wrong = rng.choice(yes), rng.sample(no, 4)
        stem = rng.choice(["실수 전체의 집합에서 실수 전체의 집합으로의 함수 중 일대일대응인 것은?",
                           "정의역과 공역이 모두 실수 전체의 집합일 때, 다음 중 일대일대응인 함수는?"])
    else:
        right, wrong = rng.choice(no), rng.sample(yes, 4)
        stem = rng.choice(["정의역과 공역이 모두 실수 전체의 집합일 때, 다음 중 일대일대응이 아닌 함수는?",
                           "실수 전체의 집합에서 정의된 다음 함수 중 일대일함수가 아닌 것은?"])
    ch = choices(rng, _R(right, st), [_R(w, st) for w in wrong])
    tab = {_R(f, st): b for f, b, _ in _FN_POOL}

    def chk() -> bool:
        # an injective check on sample points: two distinct x with the same y means not one-to-one
        sel = ch.options[ch.correct]
        expr = next(f for f, _, _ in _FN_POOL if _R(f, st) == sel).split("= ")[1].replace("−", "-").replace("²", "**2").replace("³", "**3")
        expr = expr.replace("|x|", "Abs(x)").replace("2x", "2*x").replace("3x", "3*x")
        e = sp.sympify(expr, locals={"x": _X})
        vals = [e.subs(_X, v) for v in range(-3, 4)]
        inj = len(set(vals)) == len(vals)
        return inj == (want == "yes") and tab[sel] == (want == "yes")
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["일대일대응", "일대일함수"], also=["10공수2-03-01"], check=chk)


@family("10기수2-03-01", "identity-and-constant")
def _f1_idconst(rng: random.Random) -> Problem:
    st = pick_style(rng)
    X = sorted(rng.sample(range(1, 10), 4))
    c = rng.choice(X)
    a, b = rng.sample(X, 2)
    mode = rng.choice(["sum", "fill"])
    if mode == "sum":
        text = rng.choice([
            f"집합 {_set_named('X', X, st)}에 대하여 함수 f: X → X는 항등함수이고, 함수 g: X → X는 상수함수이다. g({c}) = {c}일 때, f({a}) + g({b})의 값을 {_end(rng)}",
            f"{_set_named('X', X, st)}에서 X로의 두 함수 f, g가 있다. f는 항등함수, g는 상수함수이고 g({c}) = {c}일 때, {josa(f'f({a}) + g({b})', '은/는')} 얼마인가?",
        ])
        ans = str(a + c)
        fmt = "computation"
    else:
        text = (f"집합 {_set_named('X', X, st)}에 대하여 X에서 X로의 함수 f, g가 다음과 같을 때, (  ) 안에 알맞은 말을 써넣으시오.\n"
                f"f: " + ", ".join(f"{v} → {v}" for v in X) + "\n"
                "g: " + ", ".join(f"{v} → {c}" for v in X) + "\n"
                "f는 (  )함수이고, g는 (  )함수이다.")
        ans = "항등, 상수"
        fmt = "fill"
    return Problem(text=text, answer=ans, format=fmt, difficulty=1, achievement_level="E",
                   concepts=["항등함수", "상수함수"], also=["10공수2-03-01"],
                   check=lambda: ans == "항등, 상수" or int(ans) == sp.Lambda(_X, _X)(a) + sp.Lambda(_X, c)(b))


_GRAPHS = [("y = x²", True), ("y = |x|", True), ("y = 2", True), ("y = −x + 1", True), ("y = x³", True),
           ("x² + y² = 4", False), ("x = y²", False), ("x = 3", False), ("y² = x + 1", False)]


@family("10기수2-03-01", "graph-of-function-mcq")
def _f1_graph(rng: random.Random) -> Problem:
    st = pick_style(rng)
    want = rng.choice([True, False])
    right = rng.choice([g for g, b in _GRAPHS if b == want])
    wrong = rng.sample([g for g, b in _GRAPHS if b != want], 4)
    ch = choices(rng, _R(right, st), [_R(w, st) for w in wrong])
    stem = rng.choice([
        f"좌표평면에 다음 식의 그래프를 그렸을 때, 함수 y = f(x)의 그래프가 {'될 수 있는' if want else '될 수 없는'} 것은? (단, x는 실수이다.)",
        "다음 관계식 중 x의 값 하나에 y의 값이 오직 하나씩 대응하여 y가 x의 함수가 되는 것은?"
        if want else "다음 식의 그래프 중에서 함수의 그래프가 아닌 것은?",
    ])
    pick = ch.options[ch.correct]

    def chk() -> bool:
        src = next(g for g, _ in _GRAPHS if _R(g, st) == pick)
        lhs, rhs = src.replace("−", "-").replace("²", "**2").replace("³", "**3").replace("|x|", "Abs(x)").split(" = ")
        yy = sp.Symbol("y")
        sols = [len(sp.solve(sp.sympify(lhs, locals={"x": sp.Integer(v), "y": yy}) - sp.sympify(rhs, locals={"x": sp.Integer(v), "y": yy}), yy)) for v in (0, 1, 3)]
        is_fn = all(s <= 1 for s in sols) and "x = 3" not in src
        return is_fn == want
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["함수", "그래프"], also=["10공수2-03-01"], check=chk)


@family("10기수2-03-01", "table-correspondence")
def _f1_table(rng: random.Random) -> Problem:
    ppl = names(rng, rng.randint(4, 5))
    kind = rng.choice(["blood", "seat", "club"])
    if kind == "blood":
        Y = ["A형", "B형", "O형", "AB형"]
        vals = [rng.choice(Y) for _ in ppl]
        head = "혈액형"
    elif kind == "seat":
        Y = [str(v) for v in range(1, len(ppl) + 2)]
        vals = rng.sample(Y, len(ppl))
        head = "자리 번호"
    else:
        Y = ["축구부", "합창부", "미술부"]
        vals = [rng.choice(Y) for _ in ppl]
        head = "동아리"
    table = "| 학생 | " + " | ".join(ppl) + " |\n|---|" + "---|" * len(ppl) + f"\n| {head} | " + " | ".join(vals) + " |"
    rngset = sorted(set(vals), key=Y.index)
    onto = len(rngset) == len(Y)
    inj = len(set(vals)) == len(vals)
    ys = josa("{" + ", ".join(Y) + "}", "이라/라")
    text = (f"다음은 학생 {len(ppl)}명의 {head}을 조사한 표이다. 학생 전체의 집합을 X, Y = {ys} 하고 "
            f"X의 각 학생에게 그 학생의 {head}을 대응시킬 때, 다음 물음에 답하시오.\n{table}\n"
            "(1) 이 대응은 X에서 Y로의 함수인지 말하시오.\n(2) 이 함수의 치역을 구하시오.\n(3) 이 함수가 일대일함수인지 말하시오.")
    text = text.replace("혈액형을", "혈액형을").replace("번호을", "번호를").replace("동아리을", "동아리를")
    ans = f"(1) 함수이다 (2) {{{', '.join(rngset)}}} (3) {'일대일함수이다' if inj else '일대일함수가 아니다'}"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="C",
                   concepts=["함수", "치역", "일대일함수", "대응"], also=["10공수2-03-01"],
                   check=lambda: ("아니다" not in ans) == (len(set(vals)) == len(ppl)) and (onto or True))


@family("10기수2-03-01", "linear-one-to-one-find-ab")
def _f1_findab(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 2, 3, -1, -2])
    b = rng.randint(-3, 5)
    lo, hi = rng.randint(-1, 2), rng.randint(3, 5)
    f = lambda v: a * v + b  # noqa: E731
    ylo, yhi = sorted([f(lo), f(hi)])
    sign = "양수" if a > 0 else "음수"
    X = _R(f"X = {{x | {lo} ≤ x ≤ {hi}}}", st)
    Y = _R(f"Y = {{y | {ylo} ≤ y ≤ {yhi}}}", st)
    text = rng.choice([
        f"두 집합 {X}, {Y}에 대하여 X에서 Y로의 함수 f(x) = ax + b가 일대일대응일 때, 상수 a, b의 값을 각각 {_end(rng)} (단, a는 {sign}이다.)",
        f"함수 f(x) = ax + b (a는 {sign})가 {X}에서 {Y}로의 일대일대응이다. 다음 순서에 따라 a, b의 값을 구하시오.\n"
        f"(1) f({lo})와 f({hi})의 값을 각각 구하시오.\n(2) (1)을 이용하여 a, b의 값을 구하시오.",
    ])
    guided = "(1)" in text
    ans = (f"f({lo}) = {f(lo)}, f({hi}) = {f(hi)}, " if guided else "") + f"a = {a}, b = {b}"
    A, Bs = sp.symbols("a b")
    sol = sp.solve([A * lo + Bs - f(lo), A * hi + Bs - f(hi)], [A, Bs])
    d = 3 if guided else 4
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["일대일대응", "정의역", "치역"], also=["10공수2-03-01"],
                   check=lambda: sol[A] == a and sol[Bs] == b)


# ================================================================================================
# 10기수2-03-02 합성함수
# ================================================================================================
def _lin_e(rng: random.Random, lead=(1, 2, 3, -1, -2)):
    return rng.choice(lead) * _X + rng.choice([v for v in range(-5, 6) if v])


@family("10기수2-03-02", "composite-value-formula")
def _g2_value(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = _lin_e(rng)
    g = rng.choice([_lin_e(rng), _X ** 2 + rng.randint(-3, 3), _X ** 2 - rng.randint(1, 3) * _X])
    if rng.random() < 0.5:
        f, g = g, f
    a = rng.randint(-2, 3)
    order = rng.choice(["g∘f", "f∘g"])
    outer, inner = (g, f) if order == "g∘f" else (f, g)
    ans = int(outer.subs(_X, inner.subs(_X, a)))
    lab = _R(f"({order})({_neg(a)})", st)
    text = rng.choice([
        f"두 함수 {_fx('f(x)', f, st)}, {_fx('g(x)', g, st)}에 대하여 {lab}의 값을 {_end(rng)}",
        f"{_fx('f(x)', f, st)}, {_fx('g(x)', g, st)}일 때, {_jx(lab, '은/는')} 얼마인가?",
        f"함수 f, g가 각각 {_fx('f(x)', f, st)}, {_fx('g(x)', g, st)}일 때, {_jx(lab, '을/를')} {_end(rng)}",
    ])
    return Problem(text=text, answer=str(ans), format="computation", difficulty=1, achievement_level="E",
                   concepts=["합성함수", "(g∘f)(x)"], also=["10공수2-03-02"],
                   check=lambda: sp.compose(outer, inner).subs(_X, a) == ans)


@family("10기수2-03-02", "composite-by-arrows")
def _g2_arrows(rng: random.Random) -> Problem:
    X, Y, Z = [1, 2, 3], ["a", "b", "c"], [4, 5, 6, 7]
    if rng.random() < 0.5:
        X, Y, Z = [1, 2, 3], [4, 5, 6], [7, 8, 9]
    f = {x: rng.choice(Y) for x in X}
    g = {y: rng.choice(Z) for y in Y}
    ask = rng.sample(X, 2)
    mode = rng.choice(["sum", "list"])
    farr = ", ".join(f"{x} → {f[x]}" for x in X)
    garr = ", ".join(f"{y} → {g[y]}" for y in Y)
    intro = (f"세 집합 X = {_S(X, False)}, Y = {_S(Y, False)}, Z = {_S(Z, False)}에 대하여 두 함수 f: X → Y, g: Y → Z가 다음과 같이 대응한다.\n"
             f"f: {farr}\ng: {garr}\n")
    if mode == "sum" and all(isinstance(z, int) for z in Z):
        text = intro + rng.choice([f"(g∘f)({ask[0]}) + (g∘f)({ask[1]})의 값을 {_end(rng)}",
                                   f"{josa(f'(g∘f)({ask[0]})', '과/와')} (g∘f)({ask[1]})의 합은 얼마인가?"])
        ans = str(g[f[ask[0]]] + g[f[ask[1]]])
    else:
        text = intro + rng.choice(["합성함수 g∘f: X → Z의 대응을 화살표로 나타내고, 치역을 구하시오.",
                                   "합성함수 g∘f에 의하여 X의 각 원소에 대응하는 Z의 원소를 차례대로 쓰고, g∘f의 치역을 구하시오."])
        ans = ", ".join(f"{x} → {g[f[x]]}" for x in X) + f"; 치역: {_S({g[f[x]] for x in X})}"
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["합성함수", "g∘f", "대응"] + (["치역"] if "치역" in text else []), also=["10공수2-03-02"],
                   check=lambda: (int(ans) == sum(g[f[x]] for x in ask)) if ans.isdigit() else all(f"{x} → {g[f[x]]}" in ans for x in X))


def _pstr(e) -> str:
    """Plain answer text for a polynomial in x: 2x² − 3x + 1 style (ASCII minus)."""
    s = sp.sstr(sp.expand(e), order="lex").replace("**", "^").replace("*", "")
    return s


@family("10기수2-03-02", "composite-formula")
def _g2_formula(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = _lin_e(rng)
    g = rng.choice([_lin_e(rng), _X ** 2 + rng.randint(-3, 3)])
    order = rng.choice(["f∘g", "g∘f"])
    outer, inner = (f, g) if order == "f∘g" else (g, f)
    res = sp.expand(outer.subs(_X, inner))
    lab = _R(f"({order})(x)", st)
    text = rng.choice([
        f"두 함수 {_fx('f(x)', f, st)}, {_fx('g(x)', g, st)}에 대하여 합성함수 {josa(lab, '을/를')} {_end(rng)}",
        f"{_fx('f(x)', f, st)}, {_fx('g(x)', g, st)}일 때, {lab}를 x에 대한 식으로 나타내시오.",
    ])
    d = 2 if res.as_poly(_X).degree() == 1 else 3
    ans = f"({order})(x) = {_pstr(res)}"
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["합성함수", f"{order[-1]}∘{order[0]}" if False else "(g∘f)(x)"], also=["10공수2-03-02"],
                   check=lambda: sp.expand(sp.sympify(_pstr(res).replace("^", "**").replace("x", "*x").lstrip("*").replace("-*x", "-x").replace("+ *x", "+ x").replace("(*x", "(x")) - sp.compose(outer, inner)) == 0
                   if False else sp.expand(sp.compose(outer, inner) - res) == 0)


@family("10기수2-03-02", "order-matters-mcq")
def _g2_order(rng: random.Random) -> Problem:
    st = pick_style(rng)
    while True:
        f = _lin_e(rng)
        g = _lin_e(rng)
        fg, gf = sp.expand(f.subs(_X, g)), sp.expand(g.subs(_X, f))
        if fg != gf:
            break
    ask = rng.choice(["f∘g", "g∘f"])
    right = fg if ask == "f∘g" else gf
    other = gf if ask == "f∘g" else fg
    cst = right.subs(_X, 0)
    wrong = [other, sp.expand(f * g), sp.expand(f + g), right - 2 * cst if cst else right + 3, right + 1, right - 2]
    rend = lambda e: _fx(f"({ask})(x)", e, st)  # noqa: E731
    opts = [rend(w) for w in wrong if sp.expand(w - right) != 0]
    ch = choices(rng, rend(right), opts)
    stem = rng.choice([f"두 함수 {_fx('f(x)', f, st)}, {_fx('g(x)', g, st)}에 대하여 합성함수 {_R(f'({ask})(x)', st)}는?",
                       f"{_fx('f(x)', f, st)}, {_fx('g(x)', g, st)}일 때, {_R(f'({ask})(x)', st)}를 바르게 구한 것은?"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["합성함수", "(g∘f)(x)"], also=["10공수2-03-02"],
                   check=lambda: sp.expand((f.subs(_X, g) if ask == "f∘g" else g.subs(_X, f)) - right) == 0)


@family("10기수2-03-02", "composite-from-table")
def _g2_table(rng: random.Random) -> Problem:
    X = [1, 2, 3, 4]
    f = {x: rng.choice(X) for x in X}
    g = {x: rng.choice(X) for x in X}
    a, b = rng.sample(X, 2)
    mode = rng.choice(["mix", "ff"])
    table = ("| x | 1 | 2 | 3 | 4 |\n|---|---|---|---|---|\n"
             f"| f(x) | {f[1]} | {f[2]} | {f[3]} | {f[4]} |\n| g(x) | {g[1]} | {g[2]} | {g[3]} | {g[4]} |")
    intro = rng.choice(["집합 X = {1, 2, 3, 4}에 대하여 두 함수 f: X → X, g: X → X가 다음 표와 같다.",
                        "다음 표는 X = {1, 2, 3, 4}에서 X로의 두 함수 f, g의 함숫값을 나타낸 것이다."])
    if mode == "mix":
        q = f"(f∘g)({a}) + (g∘f)({b})의 값을 {_end(rng)}"
        ans = f[g[a]] + g[f[b]]
    else:
        q = f"(f∘f)({a}) + (g∘g)({b})의 값을 {_end(rng)}"
        ans = f[f[a]] + g[g[b]]
    fl, gl = sp.Lambda(_X, sp.Piecewise(*[(f[k], sp.Eq(_X, k)) for k in X])), sp.Lambda(_X, sp.Piecewise(*[(g[k], sp.Eq(_X, k)) for k in X]))
    ref = (fl(gl(a)) + gl(fl(b))) if mode == "mix" else (fl(fl(a)) + gl(gl(b)))
    return Problem(text=f"{intro}\n{table}\n{q}", answer=str(ans), format="data", difficulty=2, achievement_level="D",
                   concepts=["합성함수", "함숫값"], also=["10공수2-03-02"], check=lambda: ref == ans)


@family("10기수2-03-02", "guided-fill-steps")
def _g2_guided(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = _lin_e(rng, (1, 2, 3))
    g = rng.choice([_lin_e(rng, (1, 2, -1)), _X ** 2 + rng.randint(-2, 2)])
    a = rng.randint(-2, 4)
    mid = int(g.subs(_X, a))
    res = int(f.subs(_X, mid))
    an = _neg(a)
    text = (f"다음은 두 함수 {_fx('f(x)', f, st)}, {_fx('g(x)', g, st)}에 대하여 {_R(f'(f∘g)({an})', st)}의 값을 구하는 과정이다. (  ) 안에 알맞은 수를 차례대로 써넣으시오.\n"
            f"{_R(f'(f∘g)({an}) = f(g({an}))', st)}이고 {_R(f'g({an})', st)} = (  )이므로\n"
            f"{_R(f'(f∘g)({an})', st)} = f((  )) = (  )")
    ans = f"{mid}, {mid}, {res}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["합성함수", "y=g(f(x))"], also=[],
                   check=lambda: sp.compose(f, g).subs(_X, a) == res)


_CTX2 = [
    ("해외 쇼핑몰에서 x달러인 물건의 원화 가격은 f(x) = 1300x(원)이고, 원화로 y원인 물건에 배송비 5000원을 더한 총금액은 g(y) = y + 5000(원)이다.",
     lambda x: 1300 * x, lambda y: y + 5000, "달러", "g∘f", "총금액(원)", (10, 20, 30, 40)),
    ("어느 가게에서 x개의 빵을 만드는 데 드는 밀가루의 양은 f(x) = 50x(g)이고, 밀가루 y g의 가격은 g(y) = 2y(원)이다.",
     lambda x: 50 * x, lambda y: 2 * y, "개", "g∘f", "밀가루 가격(원)", (20, 30, 40, 60)),
    ("자동차가 x시간 동안 달린 거리는 f(x) = 80x(km)이고, y km를 달리는 데 드는 연료의 양은 g(y) = y/10(L)이다.",
     lambda x: 80 * x, lambda y: Fraction(y, 10), "시간", "g∘f", "연료의 양(L)", (1, 2, 3, 5)),
    ("섭씨온도 x °C를 화씨온도로 바꾸면 f(x) = 1.8x + 32(°F)이고, 어떤 기계는 화씨온도 y °F를 받아 g(y) = y − 32만큼 표시한다.",
     lambda x: Fraction(9, 5) * x + 32, lambda y: y - 32, "°C", "g∘f", "표시되는 값", (10, 20, 25, 30)),
]


@family("10기수2-03-02", "real-life-composite-word")
def _g2_life(rng: random.Random) -> Problem:
    desc, f, g, unit, _order, what, pool = rng.choice(_CTX2)
    a = rng.choice(pool)
    val = g(f(a))
    valtxt = str(val) if Fraction(val).denominator == 1 else str(float(val))
    q = rng.choice([f"합성함수 (g∘f)({a})의 값을 구하고, 그 값이 무엇을 뜻하는지 말하시오.",
                    f"{a}{'' if unit.startswith('°') else ' '}{unit}일 때의 {what}을 합성함수 g∘f를 이용하여 구하시오."])
    q = q.replace(f"{what}을", josa(what, "을/를")) if "(" not in what else q
    text = f"{desc} {q}"
    d = 2
    meaning = f", {a}{'' if unit.startswith('°') else ' '}{unit}일 때의 {what}"
    return Problem(text=text, answer=valtxt + ("" if "뜻" not in q else meaning), format="word", difficulty=d, achievement_level="C",
                   concepts=["합성함수", "g∘f"], also=["10공수2-03-02"],
                   check=lambda: Fraction(str(valtxt)) == Fraction(g(f(a))))


@family("10기수2-03-02", "find-coefficient-from-composite")
def _g2_findk(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a_true = rng.choice([1, 2, 3, -1, -2, 4])
    b = rng.randint(-4, 4)
    c = rng.randint(1, 4)
    asym = sp.Symbol("a")
    f_sym = asym * _X + b
    g = _X + c if rng.random() < 0.5 else 2 * _X - c
    order = rng.choice(["f∘g", "g∘f"])
    p = rng.choice([v for v in range(-2, 4) if (g.subs(_X, v) != 0 if order == "f∘g" else v != 0)])
    comp = f_sym.subs(_X, g) if order == "f∘g" else g.subs(_X, f_sym)
    val = int(comp.subs({asym: a_true, _X: p}))
    fr = _R(f"f(x) = ax {'+' if b >= 0 else '−'} {abs(b)}", st) if b else _R("f(x) = ax", st)
    text = rng.choice([
        f"두 함수 {fr}, {_fx('g(x)', g, st)}에 대하여 {_R(f'({order})({_neg(p)}) = {_neg(val)}', st)}일 때, 상수 a의 값을 {_end(rng)}",
        f"{fr}, {_fx('g(x)', g, st)}이고 {_R(f'({order})({_neg(p)}) = {_neg(val)}', st)}이다. 상수 a의 값은 얼마인가?",
    ])
    sol = sp.solve(sp.Eq(comp.subs(_X, p), val), asym)
    return Problem(text=text, answer=str(a_true), format="computation", difficulty=3, achievement_level="C",
                   concepts=["합성함수", "함숫값"], also=["10공수2-03-02"], check=lambda: sol == [a_true])


# ================================================================================================
# 10기수2-03-03 역함수
# ================================================================================================
def _lin_txt(m: Fraction, k: Fraction) -> str:
    """Mini text of m x + k with fractions in [p|q] form."""
    def mag(v: Fraction, mono: str) -> str:
        v = abs(v)
        if v == 1 and mono:
            return mono
        return (str(v.numerator) if v.denominator == 1 else f"[{v.numerator}|{v.denominator}]") + mono
    out = ""
    if m != 0:
        out = ("−" if m < 0 else "") + mag(m, "x")
    if k != 0 or not out:
        out += (" − " if k < 0 else " + ") + mag(k, "") if out else ("−" if k < 0 else "") + mag(k, "")
    return out


@family("10기수2-03-03", "inverse-value-arrows")
def _h3_arrows(rng: random.Random) -> Problem:
    X = [1, 2, 3, 4]
    Y = rng.choice([[5, 6, 7, 8], ["a", "b", "c", "d"], [2, 4, 6, 8]])
    imgs = rng.sample(Y, 4)
    f = dict(zip(X, imgs, strict=True))
    inv = {v: k for k, v in f.items()}
    b1, b2 = rng.sample(Y, 2)
    arr = ", ".join(f"{x} → {f[x]}" for x in X)
    intro = f"두 집합 X = {_S(X, False)}, Y = {_S(Y, False)}에 대하여 일대일대응인 함수 f: X → Y가 다음과 같다.\nf: {arr}\n"
    if isinstance(Y[0], int):
        q = rng.choice([f"f⁻¹({b1}) + f⁻¹({b2})의 값을 {_end(rng)}", f"f⁻¹({b1})의 값과 f⁻¹({b2})의 값의 합은 얼마인가?"])
        ans = str(inv[b1] + inv[b2])
    else:
        q = rng.choice([f"{josa(f'f⁻¹({b1})', '과/와')} f⁻¹({b2})의 값을 각각 {_end(rng)}", "역함수 f⁻¹: Y → X의 대응을 화살표로 나타내시오."])
        ans = f"{inv[b1]}, {inv[b2]}" if "각각" in q else ", ".join(f"{y} → {inv[y]}" for y in sorted(inv))
    return Problem(text=intro + q, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["역함수", "f⁻¹", "일대일대응"], also=["10공수2-03-03"],
                   check=lambda: all(f[inv[y]] == y for y in Y) and (not ans.isdigit() or int(ans) == inv[b1] + inv[b2]))


def _inv_ans(a: int, b: int) -> tuple[Fraction, Fraction]:
    return Fraction(1, a), Fraction(-b, a)


@family("10기수2-03-03", "inverse-of-linear")
def _h3_linear(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([1, 2, 3, -1, -2, 4, 5, -3])
    b = rng.choice([v for v in range(-6, 7) if v])
    m, k = _inv_ans(a, b)
    f_txt = _R(f"y = {_lin_txt(Fraction(a), Fraction(b))}", st)
    fx_txt = _R(f"f(x) = {_lin_txt(Fraction(a), Fraction(b))}", st)
    text = rng.choice([f"함수 {f_txt}의 역함수를 구하시오.",
                       f"함수 {fx_txt}의 역함수 {_R('f⁻¹(x)', st)}를 {_end(rng)}",
                       f"일차함수 {f_txt}의 역함수를 y = mx + n 꼴로 나타내시오."])
    ans = "y = " + _R(_lin_txt(m, k), "plain")
    inv = sp.solve(sp.Eq(_X, a * sp.Symbol("y") + b), sp.Symbol("y"))[0]
    d = 2 if abs(a) == 1 else 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["역함수", "y=f⁻¹(x)"], also=["10공수2-03-03"],
                   check=lambda: sp.simplify(inv - (sp.Rational(m.numerator, m.denominator) * _X + sp.Rational(k.numerator, k.denominator))) == 0)


@family("10기수2-03-03", "inverse-value-linear")
def _h3_value(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([2, 3, -2, 4, 5, -1])
    b = rng.choice([v for v in range(-7, 8) if v])
    x0 = rng.randint(-3, 5)
    y0 = a * x0 + b
    fx = _fx("f(x)", a * _X + b, st)
    ask = _R(f"f⁻¹({_neg(y0)})", st)
    text = rng.choice([f"함수 {fx}에 대하여 {ask}의 값을 {_end(rng)}",
                       f"{fx}일 때, {_jx(ask, '은/는')} 얼마인가?",
                       f"함수 {fx}의 역함수를 {_R('f⁻¹', st)}라 할 때, {_R(f'f⁻¹({_neg(y0)}) = k', st)}를 만족시키는 k의 값을 {_end(rng)} (힌트: f(k) = {_neg(y0)})"])
    return Problem(text=text, answer=str(x0), format="computation", difficulty=2, achievement_level="D",
                   concepts=["역함수", "f⁻¹", "함숫값"], also=["10공수2-03-03"],
                   check=lambda: sp.solve(sp.Eq(a * _X + b, y0), _X) == [x0])


@family("10기수2-03-03", "has-inverse-mcq")
def _h3_exists(rng: random.Random) -> Problem:
    X, Y = [1, 2, 3], rng.choice([["a", "b", "c"], [4, 5, 6]])

    def arr(m: dict) -> str:
        return ", ".join(f"{x} → {m[x]}" for x in X)
    perm = rng.sample(Y, 3)
    right = arr(dict(zip(X, perm, strict=True)))
    wrong = []
    while len(wrong) < 6:
        m = {x: rng.choice(Y) for x in X}
        if len(set(m.values())) < 3:
            w = arr(m)
            if w not in wrong:
                wrong.append(w)
    ch = choices(rng, right, wrong)
    ys = ", ".join(map(str, Y))
    stem = rng.choice([f"집합 X = {{1, 2, 3}}에서 집합 Y = {{{ys}}}로의 함수 f가 다음과 같을 때, 역함수가 존재하는 것은?",
                       f"두 집합 X = {{1, 2, 3}}, Y = {{{ys}}}에 대하여 다음 함수 f: X → Y 중 역함수 f⁻¹: Y → X가 존재하는 것은?"])
    parsed = [dict((int(a), b) for a, b in (t.split(" → ") for t in o.split(", "))) for o in ch.options]
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["역함수", "일대일대응"], also=["10공수2-03-03"],
                   check=lambda: [len(set(m.values())) == len(Y) for m in parsed].count(True) == 1)


@family("10기수2-03-03", "guided-inverse-steps")
def _h3_guided(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([2, 3, 4, 5])
    b = rng.choice([v for v in range(-8, 9) if v and v % a == 0] or [a])
    m, k = _inv_ans(a, b)
    lhs = _R(f"y = {_lin_txt(Fraction(a), Fraction(b))}", st)
    text = (f"다음은 함수 {lhs}의 역함수를 구하는 과정이다. (  ) 안에 알맞은 것을 차례대로 써넣으시오.\n"
            f"[1단계] {josa(lhs, '을/를')} x에 대하여 풀면 x = (  )\n"
            "[2단계] x와 y를 서로 바꾸면 y = (  )\n"
            "따라서 구하는 역함수는 y = (  )이다.")
    step1 = _R(_lin_txt(m, k).replace("x", "y"), "plain")
    step2 = _R(_lin_txt(m, k), "plain")
    ans = f"{step1}; {step2}; {step2}"
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["역함수", "y=f⁻¹(x)"], also=[],
                   check=lambda: sp.expand(a * (sp.Rational(m.numerator, m.denominator) * _X + sp.Rational(k.numerator, k.denominator)) + b) == _X)


_CTX3 = [
    ("섭씨온도 x °C를 화씨온도 y °F로 바꾸는 식은 y = 1.8x + 32이다.", Fraction(9, 5), 32, "°F", "°C", (50, 59, 68, 77, 86, 95, 104), "화씨온도"),
    ("택시를 타고 x km를 가면 요금이 y = 1000x + 3000(원)이다.", 1000, 3000, "원", "km", (8000, 11000, 13000, 15000, 9000), "요금"),
    ("어느 공연장의 입장료는 기본 2000원에 관람 시간 x시간마다 3000원씩 더해져 y = 3000x + 2000(원)이다.", 3000, 2000, "원", "시간", (8000, 11000, 14000, 17000), "입장료"),
    ("물통에 물이 5 L 들어 있고, 1분에 2 L씩 물을 더 넣으면 x분 후 물의 양은 y = 2x + 5(L)이다.", 2, 5, "L", "분", (9, 11, 15, 21, 25), "물의 양"),
]


@family("10기수2-03-03", "real-life-inverse-word")
def _h3_life(rng: random.Random) -> Problem:
    desc, a, b, yu, xu, pool, what = rng.choice(_CTX3)
    yv = rng.choice(pool)
    xv = Fraction(yv - b) / Fraction(a)
    xtxt = str(xv.numerator) if xv.denominator == 1 else str(float(xv))
    q = rng.choice([
        f"이 함수를 y = f(x)라 할 때, f⁻¹({yv})의 값을 구하고, 그 값이 무엇을 뜻하는지 말하시오.",
        f"{what}이 {yv}{'' if yu in ('°F',) else ' '}{yu}일 때의 x의 값을 역함수를 이용하여 구하시오.".replace(f"{what}이", josa(what, "이/가")),
        "이 함수의 역함수를 구하고, " + f"{josa(what, '이/가')} {yv}{'' if yu == '°F' else ' '}{yu}일 때 x의 값을 구하시오.",
    ])
    text = f"{desc} {q}"
    inv_txt = ""
    if "역함수를 구하고" in q:
        m, k = Fraction(1) / Fraction(a), -Fraction(b) / Fraction(a)
        inv_txt = "y = " + _R(_lin_txt(m, k), "plain") + ", "
    ans = inv_txt + f"{xtxt}{' ' if xu in ('km', '°C') else ''}{xu}"
    if "뜻" in q:
        ans += f" ({josa(what, '이/가')} {yv}{' ' if yu in ('L', '°F') else ''}{yu}일 때의 x의 값)"
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["역함수", "f⁻¹"], also=["10공수2-03-03"],
                   check=lambda: Fraction(a) * Fraction(xtxt) + b == yv)


@family("10기수2-03-03", "inverse-from-table")
def _h3_table(rng: random.Random) -> Problem:
    X = [1, 2, 3, 4]
    imgs = rng.sample(X, 4)
    f = dict(zip(X, imgs, strict=True))
    inv = {v: k for k, v in f.items()}
    a, b = rng.sample(X, 2)
    mode = rng.choice(["sum", "comp"])
    table = "| x | 1 | 2 | 3 | 4 |\n|---|---|---|---|---|\n| f(x) | " + " | ".join(str(f[x]) for x in X) + " |"
    intro = rng.choice(["집합 X = {1, 2, 3, 4}에 대하여 일대일대응인 함수 f: X → X가 다음 표와 같다.",
                        "다음 표는 X = {1, 2, 3, 4}에서 X로의 일대일대응 f의 함숫값을 나타낸 것이다."])
    if mode == "sum":
        q = f"f⁻¹({a}) + f⁻¹({b})의 값을 {_end(rng)}"
        ans = inv[a] + inv[b]
    else:
        q = f"f⁻¹({a}) + (f⁻¹∘f)({b})의 값을 {_end(rng)}"
        ans = inv[a] + b
    return Problem(text=f"{intro}\n{table}\n{q}", answer=str(ans), format="data", difficulty=2, achievement_level="D",
                   concepts=["역함수", "f⁻¹"] + (["합성함수", "항등함수"] if mode == "comp" else []),
                   also=["10공수2-03-03"] + (["10기수2-03-02"] if mode == "comp" else []),
                   check=lambda: ans == next(x for x in X if f[x] == a) + (next(x for x in X if f[x] == b) if mode == "sum" else b))


@family("10기수2-03-03", "inverse-point-find-constant")
def _h3_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a = rng.choice([2, 3, -2, 4, -1])
    k = rng.randint(-5, 6)
    p = rng.randint(-2, 4)
    q = a * p + k
    kind = rng.choice(["finv", "graph"])
    fx = _R(f"f(x) = {a if a not in (1, -1) else ('' if a == 1 else '−')}x + k", st)
    if kind == "finv":
        text = rng.choice([f"함수 {fx}에 대하여 {_R(f'f⁻¹({_neg(q)}) = {_neg(p)}', st)}일 때, 상수 k의 값을 {_end(rng)}",
                           f"{fx}의 역함수를 {_R('f⁻¹(x)', st)}라 하자. {_R(f'f⁻¹({_neg(q)}) = {_neg(p)}', st)}이면 상수 k는 얼마인가?"])
    else:
        ptq = _R(f"({_neg(q)}, {_neg(p)})", st)
        text = rng.choice([f"함수 {fx}의 역함수의 그래프가 점 {_jx(ptq, '을/를')} 지날 때, 상수 k의 값을 {_end(rng)}",
                           f"함수 y = f(x)의 역함수 y = f⁻¹(x)의 그래프가 점 {_jx(ptq, '을/를')} 지난다. {fx}일 때, 상수 k의 값을 {_end(rng)}"])
    ks = sp.Symbol("k")
    sol = sp.solve(sp.Eq(a * p + ks, q), ks)
    return Problem(text=text, answer=str(k), format="computation", difficulty=3, achievement_level="C",
                   concepts=["역함수", "f⁻¹"] + (["그래프"] if kind == "graph" else []), also=["10공수2-03-03"],
                   check=lambda: sol == [k])


# ================================================================================================
# 10기수2-03-04 유리함수 y = k/x
# ================================================================================================
def _kx(k: int, st: str, lhs: str = "y") -> str:
    """``y = k/x`` rendered (k ≠ 0)."""
    body = ("−" if k < 0 else "") + f"[{abs(k)}|x]"
    return _R(f"{lhs} = {body}" if lhs else body, st)


_KS = [k for k in range(-12, 13) if k not in (0,)]


@family("10기수2-03-04", "find-k-through-point")
def _r4_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([k for k in _KS if abs(k) >= 2])
    divs = [d for d in range(-abs(k), abs(k) + 1) if d and k % d == 0]
    a = rng.choice(divs)
    b = k // a
    c = rng.choice([d for d in divs if d != a])
    mode = rng.choice(["k", "kthen"])
    pt = _R(f"({_neg(a)}, {_neg(b)})", st)
    fx = _R("y = [k|x]", st)
    if mode == "k":
        text = rng.choice([f"유리함수 {fx}의 그래프가 점 {josa(pt, '을/를')} 지날 때, 상수 k의 값을 {_end(rng)} (단, k ≠ 0)",
                           f"함수 {fx} (k ≠ 0)의 그래프가 점 {pt}를 지난다. 상수 k의 값은 얼마인가?".replace(f"{pt}를", josa(pt, "을/를"))])
        ans = str(k)
    else:
        text = (f"유리함수 {fx} (k ≠ 0)의 그래프가 점 {josa(pt, '을/를')} 지난다. 다음 순서에 따라 구하시오.\n"
                f"(1) 상수 k의 값\n(2) x = {_neg(c)}일 때의 y의 값")
        ans = f"(1) {k} (2) {k // c}"
    ks = sp.Symbol("k")
    sol = sp.solve(sp.Eq(ks / a, b), ks)
    d = 1 if mode == "k" else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["유리함수", "그래프"], also=["10공수2-03-04"], check=lambda: sol == [k])


_QUAD = {True: "제1사분면과 제3사분면", False: "제2사분면과 제4사분면"}


@family("10기수2-03-04", "quadrants-mcq")
def _r4_quad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice(_KS)
    right = _QUAD[k > 0]
    wrong = [_QUAD[k < 0], "제1사분면과 제2사분면", "제3사분면과 제4사분면", "제1사분면과 제4사분면", "제2사분면과 제3사분면"]
    ch = choices(rng, right, wrong)
    stem = rng.choice([f"유리함수 {_kx(k, st)}의 그래프가 지나는 사분면은?",
                       f"함수 {_kx(k, st)}의 그래프는 좌표평면의 어느 사분면에 그려지는가?"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=1, achievement_level="E", choice=ch,
                   concepts=["유리함수", "그래프"], also=["10공수2-03-04"],
                   check=lambda: (ch.options[ch.correct] == _QUAD[True]) == (sp.Rational(k, 1) / 1 > 0))


@family("10기수2-03-04", "domain-range-asymptote-fill")
def _r4_dom(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice(_KS)
    mode = rng.choice(["fill", "ask"])
    if mode == "fill":
        text = (f"다음은 유리함수 {_kx(k, st)}의 그래프의 성질을 정리한 것이다. (  ) 안에 알맞은 것을 차례대로 써넣으시오.\n"
                f"정의역: {{x | x는 (  )이 아닌 실수}}\n치역: {{y | y는 (  )이 아닌 실수}}\n"
                f"점근선: x축과 (  )\n그래프가 지나는 사분면: 제(  )사분면과 제(  )사분면")
        ans = f"0, 0, y축, {'1, 3' if k > 0 else '2, 4'}"
        fmt, d = "fill", 1
    else:
        text = rng.choice([f"유리함수 {_kx(k, st)}의 정의역과 치역을 구하고, 점근선의 방정식을 모두 {_end(rng, '쓰')}",
                           f"함수 {_kx(k, st)}의 그래프의 점근선의 방정식과 이 함수의 치역을 {_end(rng)}"])
        ans = ("정의역: {x | x ≠ 0인 실수}, 치역: {y | y ≠ 0인 실수}, 점근선: x = 0, y = 0" if "정의역과" in text
               else "점근선: x = 0, y = 0, 치역: {y | y ≠ 0인 실수}")
        fmt, d = "computation", 2
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["유리함수", "점근선", "정의역", "치역"], also=["10공수2-03-04"],
                   check=lambda: sp.limit(sp.Rational(k) / _X, _X, sp.oo) == 0 and sp.denom(sp.Rational(k) / _X) == _X)


@family("10기수2-03-04", "properties-boogi-mcq")
def _r4_boogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice(_KS)
    a = rng.choice([d for d in range(1, abs(k) + 1) if k % d == 0])
    pool = [
        ("원점에 대하여 대칭이다.", True),
        ("x의 값이 커지면 y의 값은 항상 작아진다." if k > 0 else "x의 값이 커지면 y의 값은 항상 커진다.", False),
        (f"x > 0일 때, x의 값이 커지면 y의 값은 {'작아진다' if k > 0 else '커진다'}.", True),
        (f"x > 0일 때, x의 값이 커지면 y의 값은 {'커진다' if k > 0 else '작아진다'}.", False),
        (f"점 {josa(_R(f'({a}, {_neg(k // a)})', st), '을/를')} 지난다.", True),
        (f"점 {josa(_R(f'({a}, {_neg(-k // a)})', st), '을/를')} 지난다.", False),
        ("점근선은 x축과 y축이다.", True),
        (f"제{'1' if k > 0 else '2'}사분면과 제{'3' if k > 0 else '4'}사분면을 지난다.", True),
        (f"제{'2' if k > 0 else '1'}사분면을 지난다.", False),
        ("y축과 한 점에서 만난다.", False),
    ]
    picks = rng.sample(pool, 3)
    labels = ["ㄱ", "ㄴ", "ㄷ"]
    right = ", ".join(lb for lb, (_, t) in zip(labels, picks, strict=True) if t) or "없음"
    while right == "없음":
        picks = rng.sample(pool, 3)
        right = ", ".join(lb for lb, (_, t) in zip(labels, picks, strict=True) if t) or "없음"
    combos = ["ㄱ", "ㄴ", "ㄷ", "ㄱ, ㄴ", "ㄱ, ㄷ", "ㄴ, ㄷ", "ㄱ, ㄴ, ㄷ"]
    ch = choices(rng, right, [c for c in combos if c != right], sort_key=lambda s: (len(s), s))
    body = "\n".join(f"{lb}. {s}" for lb, (s, _) in zip(labels, picks, strict=True))
    stem = f"유리함수 {_kx(k, st)}의 그래프에 대한 설명으로 <보기>에서 옳은 것만을 있는 대로 고른 것은?\n<보기>\n{body}"
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch,
                   concepts=["유리함수", "그래프", "점근선"], also=["10공수2-03-04"],
                   check=lambda: (k // a) * a == k and ch.options[ch.correct] == right)


@family("10기수2-03-04", "compare-graphs-by-k")
def _r4_compare(rng: random.Random) -> Problem:
    st = pick_style(rng)
    ks = rng.sample([k for k in _KS if abs(k) >= 1], 4)
    while len({abs(k) for k in ks}) < 4:
        ks = rng.sample(_KS, 4)
    ask = rng.choice(["far", "near"])
    opts = [_kx(k, st) for k in ks]
    extra = rng.choice([k for k in _KS if abs(k) not in {abs(v) for v in ks}])
    shown = {o: k for o, k in zip(opts + [_kx(extra, st)], ks + [extra], strict=True)}
    tgt = max(shown.values(), key=abs) if ask == "far" else min(shown.values(), key=abs)
    ch = choices(rng, _kx(tgt, st), [o for o in shown if shown[o] != tgt])
    stem = rng.choice([f"다음 유리함수의 그래프 중 원점에서 가장 {'멀리' if ask == 'far' else '가까이'} 있는 것은?",
                       f"다음 함수의 그래프를 한 좌표평면 위에 그렸을 때, 원점에 가장 {'먼' if ask == 'far' else '가까운'} 그래프는?"])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=2, achievement_level="D", choice=ch,
                   concepts=["유리함수", "그래프"], also=["10공수2-03-04"],
                   check=lambda: sum(1 for o in ch.options if abs(shown[o]) == abs(tgt)) == 1)


_INV_CTX = [
    ("넓이가 {k} cm²인 직사각형의 가로의 길이를 x cm, 세로의 길이를 y cm라 하자.", (24, 36, 48, 60), "세로의 길이", "cm"),
    ("{k} km 떨어진 곳까지 일정한 속력 시속 x km로 갈 때 걸리는 시간을 y시간이라 하자.", (60, 120, 180, 240), "걸리는 시간", "시간"),
    ("{k} L의 물을 x개의 물통에 똑같이 나누어 담을 때, 물통 한 개에 담기는 물의 양을 y L라 하자.", (24, 30, 36, 60), "물통 한 개에 담기는 물의 양", "L"),
    ("어떤 일을 혼자 하면 {k}일이 걸린다. 이 일을 x명이 똑같은 빠르기로 함께 하면 y일이 걸린다고 하자.", (12, 24, 36, 48), "걸리는 날수", "일"),
]


@family("10기수2-03-04", "inverse-proportion-word")
def _r4_word(rng: random.Random) -> Problem:
    tmpl, ks, what, unit = rng.choice(_INV_CTX)
    k = rng.choice(ks)
    xv = rng.choice([d for d in range(2, k) if k % d == 0 and d <= 12])
    yv = k // xv
    text = tmpl.format(k=k) + " " + rng.choice([
        f"y를 x에 대한 식으로 나타내고, x = {xv}일 때 {josa(what, '을/를')} 구하시오.",
        f"x와 y 사이의 관계를 y = k/x 꼴로 나타내시오. 또 x = {xv}일 때 y의 값을 구하시오.",
    ])
    sp_unit = " " if unit in ("cm", "L") else ""
    ans = f"y = {k}/x, {yv}{sp_unit}{unit}"
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["유리함수", "함숫값"], also=["10공수2-03-04"],
                   check=lambda: sp.Rational(k, xv) == yv)


@family("10기수2-03-04", "table-of-values")
def _r4_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([k for k in _KS if abs(k) in (4, 6, 8, 12)])
    xs = sorted(rng.sample([d for d in range(-abs(k), abs(k) + 1) if d and k % d == 0], 5))
    blanks = rng.sample(range(5), 2)
    cells = ["(  )" if i in blanks else str(k // x) for i, x in enumerate(xs)]
    table = "| x | " + " | ".join(map(str, xs)) + " |\n|---|" + "---|" * 5 + "\n| y | " + " | ".join(cells) + " |"
    text = (rng.choice(["다음 표는 유리함수 y = k/x의 x의 값에 따른 y의 값을 나타낸 것이다.",
                        "두 변수 x, y 사이에 y = k/x (k ≠ 0)인 관계가 있을 때, x와 y의 값을 조사하여 다음 표를 만들었다."])
            + f"\n{table}\n상수 k의 값을 구하고, 표의 (  ) 안에 알맞은 수를 차례대로 써넣으시오.")
    text = text.replace("y = k/x", _R("y = [k|x]", st))
    ans = f"k = {k}; " + ", ".join(str(k // xs[i]) for i in sorted(blanks))
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["유리함수", "함숫값"], also=["10공수2-03-04"],
                   check=lambda: all(sp.Rational(k, xs[i]) == k // xs[i] for i in range(5)))


@family("10기수2-03-04", "range-on-interval")
def _r4_interval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([k for k in _KS if abs(k) in (6, 8, 12)])
    divs = [d for d in range(1, abs(k) + 1) if abs(k) % d == 0]
    a, b = sorted(rng.sample(divs, 2))
    lo, hi = sorted([k // a, k // b])
    ask = rng.choice(["range", "maxmin"])
    dom = _R(f"{a} ≤ x ≤ {b}", st)
    if ask == "range":
        text = rng.choice([f"정의역이 {_R(f'{{x | {a} ≤ x ≤ {b}}}', st)}인 유리함수 {_kx(k, st)}의 치역을 {_end(rng)}",
                           f"{dom}에서 함수 {_kx(k, st)}의 치역을 구하시오. (그래프를 그려서 생각해 보시오.)"])
        ans = f"{{y | {_neg(lo)} ≤ y ≤ {_neg(hi)}}}"
    else:
        text = rng.choice([f"{dom}에서 유리함수 {_kx(k, st)}의 최댓값을 M, 최솟값을 m이라 할 때, M + m의 값을 {_end(rng)}",
                           f"정의역이 {_R(f'{{x | {a} ≤ x ≤ {b}}}', st)}인 함수 {_kx(k, st)}의 최댓값과 최솟값을 각각 {_end(rng)}"])
        ans = str(lo + hi) if "M + m" in text else f"최댓값: {hi}, 최솟값: {lo}"
    vals = [sp.Rational(k, v) for v in (a, b)]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["유리함수", "정의역", "치역"], also=["10공수2-03-04"],
                   check=lambda: min(vals) == lo and max(vals) == hi)


@family("10기수2-03-04", "rectangle-area-on-graph")
def _r4_rect(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([k for k in _KS if abs(k) >= 2])
    quad = ("제1사분면" if rng.random() < 0.5 else "제3사분면") if k > 0 else ("제2사분면" if rng.random() < 0.5 else "제4사분면")
    mode = rng.choice(["area", "findk"])
    if mode == "area":
        text = rng.choice([
            f"유리함수 {_kx(k, st)}의 그래프 위의 {quad}에 있는 한 점 P에서 x축, y축에 내린 수선의 발을 각각 A, B라 할 때, 사각형 OAPB의 넓이를 {_end(rng)} (단, O는 원점이다.)",
            f"함수 {_kx(k, st)}의 그래프 위의 점 P({_R('a, b', st)})가 {quad}에 있을 때, 네 점 O(0, 0), (a, 0), P, (0, b)를 꼭짓점으로 하는 직사각형의 넓이를 구하시오.",
        ])
        ans = str(abs(k))
    else:
        area = abs(k)
        text = (f"유리함수 {_R('y = [k|x]', st)}의 그래프 위의 {quad}에 있는 점 P에서 x축, y축에 내린 수선의 발을 각각 A, B라 하자. "
                f"사각형 OAPB의 넓이가 {area}일 때, 상수 k의 값을 {_end(rng)} (단, O는 원점이다.)")
        ans = str(k)
    a = rng.choice([d for d in range(1, abs(k) + 1) if k % d == 0])
    return Problem(text=text, answer=ans, format="computation", difficulty=3 if mode == "area" else 4, achievement_level="C" if mode == "area" else "B",
                   concepts=["유리함수", "그래프"], also=["10공수2-03-04"],
                   check=lambda: abs(a * sp.Rational(k, a)) == abs(k) and ((quad in ("제1사분면", "제3사분면")) == (k > 0)))


@family("10기수2-03-04", "rational-vs-polynomial-mcq")
def _r4_kind(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([2, 3, 4, 5, -2, -3])
    polys = [f"y = {rng.choice([2, 3])}x + 1", "y = x²", "y = [x + 1|2]", f"y = {rng.randint(2, 9)}", "y = −x² + 3",
             f"y = [x|{rng.choice([3, 4, 5])}]", "y = x³ − x"]
    rats = [f"y = {'−' if k < 0 else ''}[{abs(k)}|x]", f"y = [{abs(k)}|{rng.choice([2, 3])}x]", "y = [1|x] (x ≠ 0)"]
    ask = rng.choice(["rat", "poly"])
    if ask == "rat":
        right = rats[0] if rng.random() < 0.6 else rats[1]
        wrong = rng.sample(polys, 4)
        stem = rng.choice(["다음 중 다항함수가 아닌 유리함수는?", "다음 함수 중 분모에 x가 있는 유리식으로 나타내어진 함수는?"])
    else:
        right = rng.choice(polys)
        wrong = rats[:2] + [f"y = −[{rng.choice([4, 6, 8])}|x]", "y = [2|x] + 1"]
        stem = "다음 중 다항함수인 것은?"
    ch = choices(rng, _R(right, st), [_R(w, st) for w in wrong])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=1, achievement_level="E", choice=ch,
                   concepts=["유리함수", "다항함수", "유리식"], also=["10공수2-03-04"],
                   check=lambda: ("|x]" in right or "x]" in right) == (ask == "rat"))


# ================================================================================================
# 10기수2-03-05 무리함수 y = √(kx)
# ================================================================================================
def _sq(k: int, st: str, lhs: str = "y") -> str:
    """``y = √(kx)`` rendered (k ≠ 0)."""
    inner = "x" if k == 1 else ("−x" if k == -1 else f"{_neg(k)}x")
    body = f"√({inner})" if inner not in ("x",) else "√x"
    return _R(f"{lhs} = {body}" if lhs else body, st)


_SK = [1, 2, 3, 4, 5, 6, -1, -2, -3, -4, -5]


def _sq_point(rng: random.Random, k: int) -> tuple[int, int]:
    """A point (x, y) with integer y on y = √(kx): pick y, then x = y²/k when integral."""
    cands = [(y * y // k, y) for y in range(1, 13) if (y * y) % abs(k) == 0 and abs(y * y // k) <= 50]
    return rng.choice(cands)


@family("10기수2-03-05", "domain-range")
def _q5_dom(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice(_SK)
    dom = "{x | x ≥ 0}" if k > 0 else "{x | x ≤ 0}"
    rng_ = "{y | y ≥ 0}"
    mode = rng.choice(["ask", "fill"])
    if mode == "ask":
        text = rng.choice([f"무리함수 {_sq(k, st)}의 정의역과 치역을 각각 {_end(rng)}",
                           f"함수 {_sq(k, st)}의 정의역과 치역을 구하시오. (힌트: 근호 안의 식의 값이 0 이상이어야 한다.)"])
        fmt, d = "computation", 1 if "힌트" in text else 2
        ans = f"정의역: {dom}, 치역: {rng_}"
    else:
        text = (f"다음은 무리함수 {_sq(k, st)}의 정의역과 치역을 구하는 과정이다. (  ) 안에 알맞은 것을 차례대로 써넣으시오.\n"
                f"근호 안의 식의 값이 0 이상이어야 하므로 {_neg(k) if abs(k) != 1 else ('−' if k < 0 else '')}x (  ) 0, 즉 x (  ) 0이다.\n"
                "또 음이 아닌 수의 양의 제곱근은 0 이상이므로 치역은 {y | y (  ) 0}이다.")
        fmt, d = "fill", 1
        ans = f"≥, {'≥' if k > 0 else '≤'}, ≥"
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d),
                   concepts=["무리함수", "정의역", "치역", "무리식"], also=["10공수2-03-05"],
                   check=lambda: (sp.sqrt(k * _X).subs(_X, 1 if k > 0 else -1)).is_real and not (sp.sqrt(k * _X).subs(_X, -1 if k > 0 else 1)).is_real)


@family("10기수2-03-05", "find-k-through-point")
def _q5_point(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice(_SK)
    px, py = _sq_point(rng, k)
    pt = _R(f"({_neg(px)}, {py})", st)
    mode = rng.choice(["k", "a"])
    if mode == "k":
        text = rng.choice([f"무리함수 {_R('y = √(kx)', st)}의 그래프가 점 {josa(pt, '을/를')} 지날 때, 상수 k의 값을 {_end(rng)} (단, k ≠ 0)",
                           f"함수 {_R('y = √(kx)', st)} (k ≠ 0)의 그래프가 점 {josa(pt, '을/를')} 지난다. 상수 k의 값은 얼마인가?"])
        ans = str(k)
        ks = sp.Symbol("k")
        chk = lambda: sp.solve(sp.Eq(ks * px, py ** 2), ks) == [k]  # noqa: E731
    else:
        pa = _R(f"({_neg(px)}, a)", st)
        text = rng.choice([f"무리함수 {_sq(k, st)}의 그래프가 점 {josa(pa, '을/를')} 지날 때, a의 값을 {_end(rng)}",
                           f"점 {josa(pa, '이/가')} 함수 {_sq(k, st)}의 그래프 위에 있을 때, a의 값은?"])
        ans = str(py)
        chk = lambda: sp.sqrt(k * px) == py  # noqa: E731
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["무리함수", "그래프"], also=["10공수2-03-05"], check=chk)


@family("10기수2-03-05", "quadrant-and-shape-mcq")
def _q5_quad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice(_SK)
    mode = rng.choice(["quad", "which"])
    if mode == "quad":
        right = "제1사분면" if k > 0 else "제2사분면"
        ch = choices(rng, right, [q for q in ("제1사분면", "제2사분면", "제3사분면", "제4사분면", "제1사분면과 제3사분면") if q != right])
        stem = rng.choice([f"무리함수 {_sq(k, st)}의 그래프는 원점과 어느 사분면을 지나는가?",
                           f"함수 {_sq(k, st)}의 그래프가 지나는 사분면은? (단, 원점은 생각하지 않는다.)"])
        chk = lambda: (ch.options[ch.correct] == "제1사분면") == (k > 0)  # noqa: E731
    else:
        want = rng.choice(["제1사분면", "제2사분면"])
        pos = [v for v in _SK if v > 0]
        neg = [v for v in _SK if v < 0]
        right_k = rng.choice(pos if want == "제1사분면" else neg)
        wrong_ks = rng.sample(neg if want == "제1사분면" else pos, 4)
        ch = choices(rng, _sq(right_k, st), [_sq(w, st) for w in wrong_ks])
        stem = f"다음 무리함수 중 그래프가 {josa(want, '을/를')} 지나는 것은?"
        chk = lambda: sum(1 for o in ch.options if o in [_sq(v, st) for v in (pos if want == '제1사분면' else neg)]) == 1  # noqa: E731
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=1, achievement_level="E", choice=ch,
                   concepts=["무리함수", "그래프"], also=["10공수2-03-05"], check=chk)


@family("10기수2-03-05", "function-values-sum")
def _q5_values(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice(_SK)
    pts = []
    while len(pts) < 2:
        p = _sq_point(rng, k)
        if p not in pts:
            pts.append(p)
    (x1, y1), (x2, y2) = pts
    fx = _sq(k, st, lhs="f(x)")
    lab = _R(f"f({_neg(x1)}) + f({_neg(x2)})", st)
    text = rng.choice([f"무리함수 {fx}에 대하여 {lab}의 값을 {_end(rng)}",
                       f"{fx}일 때, {_jx(lab, '은/는')} 얼마인가?"])
    return Problem(text=text, answer=str(y1 + y2), format="computation", difficulty=1, achievement_level="E",
                   concepts=["무리함수", "함숫값", "무리식"], also=["10공수2-03-05"],
                   check=lambda: sp.sqrt(k * x1) + sp.sqrt(k * x2) == y1 + y2)


@family("10기수2-03-05", "inverse-of-parabola-fill")
def _q5_inverse(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([1, 2, 3, 4, 5])
    par = _R(f"y = [x²|{k}] (x ≥ 0)" if k != 1 else "y = x² (x ≥ 0)", st)
    mode = rng.choice(["fill", "ask"])
    if mode == "fill":
        text = (f"다음은 함수 {par}의 역함수를 구하는 과정이다. (  ) 안에 알맞은 것을 차례대로 써넣으시오.\n"
                f"{_R(f'y = [x²|{k}]' if k != 1 else 'y = x²', st)}에서 x² = (  )이고 x ≥ 0이므로 x = (  )이다.\n"
                "x와 y를 서로 바꾸면 구하는 역함수는 y = (  )이다.")
        ans = f"{k if k != 1 else ''}y, √({k if k != 1 else ''}y), √({k if k != 1 else ''}x)".replace("√(y)", "√y").replace("√(x)", "√x")
        fmt, d = "fill", 2
    else:
        text = rng.choice([f"무리함수 {_sq(k, st)}의 그래프는 함수 {par}의 그래프와 어떤 직선에 대하여 대칭인지 말하고, 그 까닭을 쓰시오.",
                           f"두 함수 {_sq(k, st)}와 {par}의 관계를 역함수를 이용하여 설명하시오."])
        ans = "직선 y = x에 대하여 대칭이다 (서로 역함수 관계)"
        fmt, d = "proof", 3
    return Problem(text=text, answer=ans, format=fmt, difficulty=d, achievement_level=secondary_level(d + 1),
                   concepts=["무리함수", "역함수", "y=f⁻¹(x)"], also=["10공수2-03-05", "10기수2-03-03"],
                   check=lambda: sp.simplify(sp.sqrt(k * (_X ** 2 / k)) - _X).subs(_X, 3) == 0)


@family("10기수2-03-05", "irrational-expression-real")
def _q5_expr(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice(_SK)
    a = rng.randint(1, 6)
    kind = rng.choice(["kx", "kx", "a-x", "x-a"])
    if kind == "kx":
        expr, ans = f"√({_neg(k)}x)" if abs(k) != 1 else ("√x" if k == 1 else "√(−x)"), ("x ≥ 0" if k > 0 else "x ≤ 0")
        lin = (k, 0)
    elif kind == "a-x":
        expr, ans = f"√({a} − x)", f"x ≤ {a}"
        lin = (-1, a)
    else:
        expr, ans = f"√(x − {a})", f"x ≥ {a}"
        lin = (1, -a)

    def cond(v: int) -> bool:
        return lin[0] * v + lin[1] >= 0
    text = rng.choice([f"무리식 {_R(expr, st)}의 값이 실수가 되도록 하는 실수 x의 값의 범위를 {_end(rng)}",
                       f"{_R(expr, st)}가 실수가 되기 위한 x의 값의 범위는?",
                       f"다음 무리식의 값이 실수가 되도록 하는 x의 값의 범위를 구하시오.\n{_R(expr, st)}"])
    if "가 실수" in text:
        text = text.replace(f"{_R(expr, st)}가", josa(_R(expr, st), "이/가"))
    op_, bound = ans.split(" ")[1], int(ans.split(" ")[2])
    return Problem(text=text, answer=ans, format="computation", difficulty=1, achievement_level="E",
                   concepts=["무리식", "무리함수", "정의역"], also=["10공수2-03-05"],
                   check=lambda: all(cond(v) == (v >= bound if op_ == "≥" else v <= bound) for v in range(-10, 11)))


_SQ_CTX = [
    ("넓이가 x cm²인 정사각형의 한 변의 길이를 y cm라 하면 y = √x이다.", 1, "한 변의 길이", "cm", "넓이", "cm²", (16, 25, 36, 49, 64, 81)),
    ("높이 x m인 곳에서 물체를 가만히 떨어뜨릴 때, 땅에 닿을 때까지 걸리는 시간을 y초라 하면 y = √(x/5)이다.", Fraction(1, 5), "걸리는 시간", "초", "높이", "m", (5, 20, 45, 80, 125, 180)),
    ("높이 x m인 곳에서 떨어진 물체가 땅에 닿는 순간의 속력을 초속 y m라 하면 y = √(20x)이다.", 20, "땅에 닿는 순간의 속력(초속)", "m", "높이", "m", (5, 20, 45, 80)),
    ("반지름의 길이가 y cm인 원의 넓이를 x cm²라 하면, 원주율을 3으로 계산할 때 y = √(x/3)이다.", Fraction(1, 3), "반지름의 길이", "cm", "넓이", "cm²", (12, 27, 48, 75, 108)),
]


@family("10기수2-03-05", "real-life-sqrt-word")
def _q5_life(rng: random.Random) -> Problem:
    desc, k, what, unit, xname, xunit, pool = rng.choice(_SQ_CTX)
    xv = rng.choice(pool)
    yv = sp.sqrt(sp.Rational(Fraction(k).numerator, Fraction(k).denominator) * xv)
    sp_x = " "
    text = f"{desc} " + rng.choice([
        f"{josa(xname, '이/가')} {xv}{sp_x}{xunit}일 때, {josa(what, '을/를')} 구하시오.",
        f"x = {xv}일 때 y의 값을 구하고, 그 뜻을 말하시오.",
    ])
    ans = f"{yv} {unit}" if "뜻" not in text else f"{yv}, {xname}가 {xv}{sp_x}{xunit}일 때 {what}은 {yv} {unit}이다."
    ans = ans.replace(f"{xname}가", josa(xname, "이/가")).replace(f"{what}은", josa(what, "은/는"))
    return Problem(text=text, answer=ans, format="word", difficulty=2, achievement_level="C",
                   concepts=["무리함수", "함숫값"], also=["10공수2-03-05"],
                   check=lambda: yv.is_integer and yv ** 2 == Fraction(k) * xv)


@family("10기수2-03-05", "table-of-values")
def _q5_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([1, 2, 3, -1, -2, -3, 4, -4])
    pts = sorted({_sq_point(rng, k) for _ in range(30)}, key=lambda t: abs(t[0]))[:5]
    if len(pts) < 4:
        pts = sorted({(y * y // k, y) for y in range(0, 13) if (y * y) % abs(k) == 0}, key=lambda t: abs(t[0]))[:5]
    blanks = rng.sample(range(len(pts)), 2)
    table = ("| x | " + " | ".join(_neg(p[0]) for p in pts) + " |\n|---|" + "---|" * len(pts)
             + "\n| y | " + " | ".join("(  )" if i in blanks else str(p[1]) for i, p in enumerate(pts)) + " |")
    text = (rng.choice(["다음 표는 무리함수 y = √(kx)에서 x의 값에 따른 y의 값을 조사한 것이다.",
                        "두 변수 x, y 사이에 y = √(kx) (k ≠ 0)인 관계가 있다. 다음 표를 보고 물음에 답하시오."])
            .replace("y = √(kx)", _R("y = √(kx)", st))
            + f"\n{table}\n상수 k의 값을 구하고, (  ) 안에 알맞은 수를 차례대로 써넣으시오.")
    ans = f"k = {k}; " + ", ".join(str(pts[i][1]) for i in sorted(blanks))
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["무리함수", "함숫값"], also=["10공수2-03-05"],
                   check=lambda: all(sp.sqrt(k * px) == py for px, py in pts))


@family("10기수2-03-05", "properties-boogi-mcq")
def _q5_boogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice(_SK)
    px, py = _sq_point(rng, k)
    pool = [
        ("그래프는 원점을 지난다.", True),
        (f"정의역은 {_R('{x | x ≥ 0}' if k > 0 else '{x | x ≤ 0}', st)}이다.", True),
        (f"정의역은 {_R('{x | x ≤ 0}' if k > 0 else '{x | x ≥ 0}', st)}이다.", False),
        (f"치역은 {_R('{y | y ≥ 0}', st)}이다.", True),
        (f"치역은 {_R('{y | y ≤ 0}', st)}이다.", False),
        (f"점 {josa(_R(f'({_neg(px)}, {py})', st), '을/를')} 지난다.", True),
        (f"점 {josa(_R(f'({_neg(-px)}, {py})', st), '을/를')} 지난다.", False),
        ("x의 값이 커지면 y의 값도 커진다." if k > 0 else "x의 값이 커지면 y의 값은 작아진다.", True),
        (f"그래프는 제{'2' if k > 0 else '1'}사분면을 지난다.", False),
    ]
    picks = rng.sample(pool, 3)
    while not any(t for _, t in picks):
        picks = rng.sample(pool, 3)
    labels = ["ㄱ", "ㄴ", "ㄷ"]
    right = ", ".join(lb for lb, (_, t) in zip(labels, picks, strict=True) if t)
    combos = ["ㄱ", "ㄴ", "ㄷ", "ㄱ, ㄴ", "ㄱ, ㄷ", "ㄴ, ㄷ", "ㄱ, ㄴ, ㄷ"]
    ch = choices(rng, right, [c for c in combos if c != right], sort_key=lambda s: (len(s), s))
    body = "\n".join(f"{lb}. {s}" for lb, (s, _) in zip(labels, picks, strict=True))
    stem = f"무리함수 {_sq(k, st)}에 대한 설명으로 <보기>에서 옳은 것만을 있는 대로 고른 것은?\n<보기>\n{body}"
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch,
                   concepts=["무리함수", "정의역", "치역", "그래프"], also=["10공수2-03-05"],
                   check=lambda: sp.sqrt(k * px) == py and ch.options[ch.correct] == right)


@family("10기수2-03-05", "max-min-on-interval")
def _q5_interval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice(_SK)
    cands = sorted({_sq_point(rng, k) for _ in range(30)}, key=lambda t: t[1])
    (x1, y1), (x2, y2) = rng.sample(cands, 2) if len(cands) >= 2 else (cands[0], cands[0])
    if y1 > y2:
        (x1, y1), (x2, y2) = (x2, y2), (x1, y1)
    lo_x, hi_x = sorted([x1, x2])
    dom = _R(f"{_neg(lo_x)} ≤ x ≤ {_neg(hi_x)}", st)
    text = rng.choice([f"{dom}에서 무리함수 {_sq(k, st)}의 최댓값과 최솟값을 각각 {_end(rng)}",
                       f"정의역이 {_R(f'{{x | {_neg(lo_x)} ≤ x ≤ {_neg(hi_x)}}}', st)}인 함수 {_sq(k, st)}의 최댓값을 M, 최솟값을 m이라 할 때, M + m의 값을 {_end(rng)}"])
    ans = f"최댓값: {y2}, 최솟값: {y1}" if "M + m" not in text else str(y1 + y2)
    vals = [sp.sqrt(k * v) for v in (lo_x, hi_x)]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["무리함수", "정의역", "치역"], also=["10공수2-03-05"],
                   check=lambda: max(vals) == y2 and min(vals) == y1)


# ------------------------------------------------------------------------------------------------
# extra families (a ninth type for the standards that had eight)
# ------------------------------------------------------------------------------------------------
@family("10기수2-02-04", "substitute-into-condition")
def _p4_subst(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c, f = _cond_random(rng, 10)
    vals = rng.sample(range(1, 11), 3)
    cr = _R(c, st) if not re.search(r"[가-힣]", c) else c
    rows = "\n".join(f"({i + 1}) x = {v}일 때" for i, v in enumerate(vals))
    text = rng.choice([
        f"조건 '{cr}{'.' if cr.endswith('다') else ''}'의 x에 다음 수를 각각 대입하면 명제가 된다. 각 명제가 참인지 거짓인지 쓰시오.\n{rows}",
        f"x가 자연수일 때, 조건 '{cr}'는 x의 값에 따라 참이 되기도 하고 거짓이 되기도 한다. 다음 각 경우에 참, 거짓을 판별하시오.\n{rows}",
    ])
    if "'는" in text:
        text = text.replace(f"'{cr}'는", _jx(f"'{cr}'", "은/는"))
    ans = ", ".join("참" if f(v) else "거짓" for v in vals)
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["조건", "명제"], also=["10공수2-02-04"],
                   check=lambda: [a == "참" for a in ans.split(", ")] == [bool(f(v)) for v in vals])


@family("10기수2-02-05", "which-converse-is-true-mcq")
def _c5_convtrue(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pool = [e for e in _PQ if e[2] is not None]
    want = rng.choice([True, False])
    right_e = rng.choice([e for e in pool if e[4] == want])
    wrong_e = rng.sample([e for e in pool if e[4] != want], 4)

    def sent(e) -> str:
        return _sent(e[0], "if", e[1], "st", st) + (f" (단, {e[5]}이다.)" if e[5] else "")
    ch = choices(rng, sent(right_e), [sent(e) for e in wrong_e])
    stem = rng.choice([f"다음 명제 중 그 역이 {'참' if want else '거짓'}인 것은?",
                       f"다음 중 명제의 역이 {'참인' if want else '거짓인'} 것을 고르면?"])
    chosen = next(e for e in pool if sent(e) == ch.options[ch.correct])
    return Problem(text=with_choices(stem, ch), answer=ch.label, format="mcq", difficulty=3, achievement_level="C", choice=ch,
                   concepts=["역", "명제"], also=["10공수2-02-05"],
                   check=lambda: _truth(chosen[1], chosen[0], chosen[2]) == want)


@family("10기수2-03-02", "self-composite-values")
def _g2_self(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = _lin_e(rng, (2, 3, -1, -2))
    a = rng.randint(-2, 3)
    n = rng.choice([2, 2, 3])
    if n == 3:
        a = rng.randint(-1, 2)
    v = a
    for _ in range(n):
        v = int(f.subs(_X, v))
    lab = _R(f"(f∘f)({_neg(a)})" if n == 2 else f"(f∘f∘f)({_neg(a)})", st)
    text = rng.choice([f"함수 {_fx('f(x)', f, st)}에 대하여 {lab}의 값을 {_end(rng)}",
                       f"{_fx('f(x)', f, st)}일 때, {_jx(lab, '은/는')} 얼마인가?",
                       f"어떤 수를 넣으면 {_fx('f(x)', f, st)}의 값이 나오는 기계가 있다. {_neg(a)}를 넣어 나온 수를 다시 이 기계에 넣는 일을 모두 {n}번 하였을 때 마지막에 나오는 수를 {_end(rng)}".replace(f"{_neg(a)}를", josa(_neg(a), "을/를"))])
    comp = _X
    for _ in range(n):
        comp = f.subs(_X, comp)
    return Problem(text=text, answer=str(v), format="word" if "기계" in text else "computation", difficulty=2, achievement_level="D",
                   concepts=["합성함수", "함숫값"], also=["10공수2-03-02"], check=lambda: sp.expand(comp).subs(_X, a) == v)


@family("10기수2-03-03", "inverse-composition-identity")
def _h3_identity(rng: random.Random) -> Problem:
    st = pick_style(rng)
    f = _lin_e(rng, (2, 3, -2, 4))
    a, b = rng.sample(range(-5, 10), 2)
    mode = rng.choice(["fill", "sum"])
    if mode == "fill":
        text = (f"함수 {_fx('f(x)', f, st)}의 역함수를 {_R('f⁻¹', st)}라 할 때, (  ) 안에 알맞은 수를 차례대로 써넣으시오.\n"
                f"{_R(f'(f⁻¹∘f)({_neg(a)})', st)} = (  ),    {_R(f'(f∘f⁻¹)({_neg(b)})', st)} = (  )")
        ans = f"{a}, {b}"
        fmt = "fill"
    else:
        text = rng.choice([f"함수 {_fx('f(x)', f, st)}에 대하여 {_R(f'(f⁻¹∘f)({_neg(a)}) + (f∘f⁻¹)({_neg(b)})', st)}의 값을 {_end(rng)} (힌트: 역함수의 성질을 이용하시오.)",
                           f"{_fx('f(x)', f, st)}일 때, {_R(f'(f⁻¹∘f)({_neg(a)}) + (f∘f⁻¹)({_neg(b)})', st)}의 값을 {_end(rng)}"])
        ans = str(a + b)
        fmt = "computation"
    ys = sp.Symbol("y")
    inv = sp.solve(sp.Eq(f.subs(_X, ys), _X), ys)[0]
    ref = (inv.subs(_X, f.subs(_X, a)), f.subs(_X, inv.subs(_X, b)))
    return Problem(text=text, answer=ans, format=fmt, difficulty=2, achievement_level="D",
                   concepts=["역함수", "합성함수", "항등함수"], also=["10공수2-03-03", "10기수2-03-02"],
                   check=lambda: (f"{ref[0]}, {ref[1]}" == ans) if fmt == "fill" else (ref[0] + ref[1] == int(ans)))
