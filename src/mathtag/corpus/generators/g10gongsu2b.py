"""Generators for 공통수학2 (고등학교), domain 02 집합과 명제: 10공수2-02-01 … 10공수2-02-08.

Private helpers (module-local, prefixed ``_``):

* ``_m(s, st)`` renders a small Unicode set/logic notation (``{1, 2}``, ``A ∪ B``, ``Aᶜ``, ``∅``, ``⊂``,
  ``∈``, ``≤``, ``x²``, ``~p``, ``⇒``) in style ``st``; LaTeX comes back wrapped in ``$…$``.
* ``_sb(var, kor, st)`` a set-builder ``{x | x는 …}`` whose condition is Korean text.
* ``_set(elems)`` a roster ``{1, 2, 3}`` (``∅`` when empty) in mini notation.
* ``_jo(word, pair)`` ``josa`` that also reads ``Aᶜ``/``∅``/``\\}`` endings right.
* ``_end(rng)`` a varied question ending; ``secondary_level(d)`` level from difficulty.
"""

from __future__ import annotations

import functools
import itertools
import math as pymath
import random
import re

import sympy as sp

from mathtag.corpus.generators.base import Problem, family, secondary_level
from mathtag.corpus.korean import josa, names
from mathtag.corpus.mcq import choices
from mathtag.corpus.notation import pick_style

x = sp.Symbol("x")
_SUPS = {"²": "2", "³": "3"}
_LX = {
    "⊄": r" \not\subset ", "⊂": r" \subset ", "∪": r" \cup ", "∩": r" \cap ", "∉": r" \notin ", "∈": r" \in ",
    "∅": r"\emptyset ", "ᶜ": "^{C}", "{": r"\{", "}": r"\}", "|": r" \mid ", "−": "-", "≤": r" \le ", "≥": r" \ge ",
    "≠": r" \ne ", "~": r"\sim ", "⇔": r" \Leftrightarrow ", "⇒": r" \Rightarrow ", "→": r" \rightarrow ",
    "²": "^{2}", "³": "^{3}", "×": r" \times ", "<": " < ", ">": " > ",
}
_LX_RE = re.compile("|".join(re.escape(k) for k in _LX))


def _m(s: str, st: str) -> str:
    """Render mini notation ``s`` (Unicode symbols, ``-`` for minus) in style ``st``."""
    s = re.sub(r"(?<![\d.])1(?=[a-z]\b|[a-z][²³^])", "", s)
    if st == "latex":
        t = re.sub(r"\|([^|{}]+)\|", "⟦\\1⟧", s) if "{" not in s else s
        t = _LX_RE.sub(lambda mm: _LX[mm.group(0)], t)
        t = re.sub(r"√\(([^()]+)\)", r"\\sqrt{\1}", t)
        t = re.sub(r"√(\w+)", r"\\sqrt{\1}", t)
        t = t.replace("⟦", "\\left|").replace("⟧", "\\right|")
        t = re.sub(r"  +", " ", t).strip()
        return f"${t}$"
    if st == "unicode":
        return s.replace("-", "−").replace(" −> ", " → ")
    t = s.replace("ᶜ", "^C").replace("≤", "<=").replace("≥", ">=").replace("≠", "!=").replace("−", "-")
    return re.sub("[²³]", lambda mm: "^" + _SUPS[mm.group(0)], t)


def _sb(var: str, kor: str, st: str, pre: str = "") -> str:
    """Set-builder with a Korean condition: ``{x | x는 12의 양의 약수}`` (``pre`` e.g. ``A = ``)."""
    if st == "latex":
        return f"${pre}\\{{{var} \\mid {var}${_after_var(var)}{kor}$\\}}$"
    return f"{pre}{{{var} | {var}{_after_var(var)}{kor}}}"


def _pre(pre: str, txt: str, st: str) -> str:
    """Prefix ``A = `` to a rendered set, inside the math of LaTeX."""
    if st == "latex" and txt.startswith("$"):
        return f"${pre}{txt[1:]}"
    return pre + txt


def _after_var(var: str) -> str:
    return josa(var, "은/는")[len(var):] + " "


def _set(elems) -> str:
    el = list(elems)
    if not el:
        return "∅"
    return "{" + ", ".join(str(e) for e in el) + "}"


def _jo(word: str, pair: str) -> str:
    """``josa`` for rendered set/logic notation: ``Aᶜ``/``A^{C}`` (여집합), ``∅`` (공집합), ``\\}``."""
    w = word.replace("\\}", "}").replace("\\{", "{").rstrip()
    core = w.rstrip("$ ")
    probe = "합" if core.endswith(("ᶜ", "^C", "^{C}", "∅", "\\emptyset")) else w
    return word + josa(probe, pair)[len(probe):]


def _end(rng: random.Random, what: str = "구") -> str:
    if what == "쓰":
        return rng.choice(["쓰시오.", "쓰세요.", "써라.", "써 보시오."])
    if what == "나":
        return rng.choice(["나타내시오.", "나타내세요.", "나타내어라.", "나타내 보시오."])
    return rng.choice(["구하시오.", "구하세요.", "구하여라.", "구해 보시오."])


def _fmt_set_ans(elems) -> str:
    return _set(sorted(elems))


def _parse_set(s: str) -> set[int]:
    s = s.strip()
    if s == "∅":
        return set()
    return {int(t) for t in s.strip("{}").split(",") if t.strip()}


# ================================================================================================
# 10공수2-02-01 집합의 뜻과 표현
# ================================================================================================
def _cond_pool(rng: random.Random, st: str) -> tuple[str, list[int], str]:
    """(rendered set-builder, sorted elements, short kind) for a finite set of integers."""
    kind = rng.choice(["div", "prime", "mult", "quad", "abs", "lin", "odd"])
    if kind == "div":
        n = rng.choice([12, 16, 18, 20, 24, 28, 30, 36, 40, 45])
        el = [d for d in range(1, n + 1) if n % d == 0]
        return _sb("x", rng.choice([f"{n}의 양의 약수", f"{n}의 약수"]), st), el, kind
    if kind == "prime":
        n = rng.randint(10, 30)
        el = [p for p in range(2, n + 1) if all(p % q for q in range(2, p))]
        return _sb("x", rng.choice([f"{n} 이하의 소수", f"{n}보다 크지 않은 소수"]), st), el, kind
    if kind == "mult":
        k = rng.randint(3, 9)
        lim = rng.randint(3 * k, 7 * k)
        el = list(range(k, lim + 1, k))
        return _sb("x", rng.choice([f"{lim} 이하의 {k}의 양의 배수", f"{k}의 배수인 {lim} 이하의 자연수"]), st), el, kind
    if kind == "quad":
        a, b = rng.sample(range(-5, 6), 2)
        s_, p_ = a + b, a * b
        poly = "x²" + (f" - {s_}x" if s_ > 0 else f" + {-s_}x" if s_ < 0 else "") + (f" + {p_}" if p_ > 0 else f" - {-p_}" if p_ < 0 else "")
        poly = poly.replace(" 1x", " x")
        return _m(f"{{x | {poly} = 0}}", st), sorted([a, b]), kind
    if kind == "abs":
        k = rng.randint(2, 4)
        el = list(range(-k + 1, k))
        if st == "latex":
            txt = f"$\\{{x \\mid \\left|x\\right| < {k}$, $x$는 정수$\\}}$"
        else:
            txt = _m(f"{{x | |x| < {k}", st) + ", x는 정수}"
        return txt, el, kind
    if kind == "lin":
        a = rng.randint(2, 4)
        b = rng.randint(1, 5)
        n = rng.randint(8, 20)
        el = [v for v in range(1, n + 1) if a * v - b <= n]
        if st == "latex":
            txt = f"$\\{{x \\mid {a}x - {b} \\le {n}$, $x$는 자연수$\\}}$"
        else:
            txt = _m(f"{{x | {a}x - {b} ≤ {n}", st) + ", x는 자연수}"
        return txt, el, kind
    n = rng.randint(9, 19)
    el = list(range(1, n + 1, 2))
    return _sb("x", f"{n} 이하의 홀수인 자연수", st), el, kind


def _check_cond(kind: str, txt: str, el: list[int]) -> bool:
    t = txt.replace("$", "").replace("\\", "")
    nums = [int(v) for v in re.findall(r"-?\d+", t.replace("−", "-"))]
    if kind == "div":
        return el == [int(d) for d in sp.divisors(nums[0])]
    if kind == "prime":
        return el == list(sp.primerange(2, nums[0] + 1))
    if kind == "quad":
        sols = sp.solve(sp.Symbol("x") ** 2 - (el[0] + el[1]) * sp.Symbol("x") + el[0] * el[1], sp.Symbol("x"))
        return sorted(int(s) for s in sols) == el
    return len(el) > 0


@family("10공수2-02-01", "builder-to-roster")
def _s1_roster(rng: random.Random) -> Problem:
    st = pick_style(rng)
    txt, el, kind = _cond_pool(rng, st)
    ask_n = rng.random() < 0.4
    At = _pre("A = ", txt, st)
    if ask_n:
        text = rng.choice([
            f"집합 {At}의 원소의 개수를 {_end(rng)}",
            f"집합 {At}에 대하여 {_m('n(A)', st)}의 값을 {_end(rng)}",
            f"다음 집합의 원소는 모두 몇 개인가?\n{txt}",
        ])
        ans = str(len(el))
    else:
        text = rng.choice([
            f"집합 {_jo(At, '을/를')} 원소나열법으로 {_end(rng, '나')}",
            f"다음 집합을 원소를 모두 나열하여 {_end(rng, '나')}\n{txt}",
            f"조건제시법으로 나타낸 집합 {txt}의 원소를 모두 {_end(rng, '쓰')}",
            f"집합 {At}의 원소를 중괄호 안에 모두 나열하여 {_end(rng, '나')}",
        ])
        ans = _set(el)
    d = 1 if kind in ("div", "odd", "mult") else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["집합", "원소", "원소나열법", "조건제시법"],
                   check=lambda: _check_cond(kind, txt, el))


@family("10공수2-02-01", "element-symbol-fill")
def _s1_member(rng: random.Random) -> Problem:
    st = pick_style(rng)
    txt, el, kind = _cond_pool(rng, st)
    pool_out = sorted(set(range(min(el) - 3, max(el) + 4)) - set(el))
    n_in = rng.randint(1, min(2, len(el)))
    items = rng.sample(el, n_in) + rng.sample(pool_out, rng.randint(4, 5) - n_in)
    rng.shuffle(items)
    blank = rng.choice(["(  )", "□", "(    )"])
    A = _m("A", st)
    line = ",    ".join(f"{_m(str(v), st)} {blank} {A}" for v in items)
    At = _pre("A = ", txt, st)
    text = rng.choice([
        f"집합 {At}에 대하여 {blank} 안에 기호 ∈, ∉ 중 알맞은 것을 차례대로 써넣으시오.\n{line}",
        f"다음 {blank} 안에 ∈ 또는 ∉를 알맞게 써넣으세요. (단, {At})\n{line}",
        f"{At}일 때, 각 수가 집합 {A}의 원소이면 ∈를, 원소가 아니면 ∉를 {blank} 안에 써넣으시오.\n{line}",
    ])
    ans = ", ".join("∈" if v in el else "∉" for v in items)
    return Problem(text=text, answer=ans, format="fill", difficulty=1, achievement_level="E",
                   concepts=["원소", "∈", "∉"],
                   check=lambda: _check_cond(kind, txt, el) and ans.count("∈") == n_in)


_WELL = ["10보다 작은 소수의 모임", "우리 반에서 키가 170 cm 이상인 학생의 모임", "1보다 작은 자연수의 모임",
         "24의 양의 약수의 모임", "방정식 x² = 9의 실근의 모임", "20 이하의 3의 배수의 모임", "일주일의 요일 이름의 모임",
         "우리 학교 2학년 3반 학생의 모임", "한 자리 짝수의 모임", "태양계 행성의 모임", "두 자리 자연수 중 7의 배수의 모임",
         "올해 우리 반에서 결석한 적이 없는 학생의 모임", "100보다 큰 홀수의 모임", "제곱하여 4가 되는 정수의 모임"]
_VAGUE = ["키가 큰 학생들의 모임", "잘생긴 배우들의 모임", "맛있는 과일의 모임", "0에 가까운 수의 모임", "아주 큰 자연수의 모임",
          "축구를 잘하는 학생들의 모임", "아름다운 산들의 모임", "작은 양수의 모임", "유명한 가수들의 모임",
          "재미있는 영화의 모임", "우리 반에서 성격이 좋은 학생들의 모임", "100에 가까운 자연수의 모임", "어려운 수학 문제의 모임"]


@family("10공수2-02-01", "which-is-a-set-mcq")
def _s1_which_set(rng: random.Random) -> Problem:
    pos = rng.random() < 0.6
    if pos:
        correct = rng.choice(_WELL)
        wrong = rng.sample(_VAGUE, 6)
        stem = rng.choice(["다음 중 집합인 것은?", "다음 중 대상을 분명하게 정할 수 있어 집합이 되는 것은?",
                           "다음 모임 중 집합이라고 할 수 있는 것은?"])
    else:
        correct = rng.choice(_VAGUE)
        wrong = rng.sample(_WELL, 6)
        stem = rng.choice(["다음 중 집합이 아닌 것은?", "다음 모임 중 집합이라고 할 수 없는 것은?",
                           "다음 중 그 대상을 분명하게 정할 수 없는 것은?"])
    ch = choices(rng, correct, wrong)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=["집합"], choice=ch,
                   check=lambda: (correct in _WELL) == pos and all((w in _WELL) != pos for w in ch.options if w != correct))


@family("10공수2-02-01", "operation-defined-set")
def _s1_opset(rng: random.Random) -> Problem:
    st = pick_style(rng)
    A = sorted(rng.sample(range(0, 6), rng.randint(2, 3)))
    B = sorted(rng.sample(range(1, 7), rng.randint(2, 3)))
    op = rng.choice(["+", "×", "-"])
    f = {"+": lambda a, b: a + b, "×": lambda a, b: a * b, "-": lambda a, b: a - b}[op]
    C = sorted({f(a, b) for a in A for b in B})
    lett = rng.choice([("C", "a", "b"), ("X", "x", "y"), ("C", "x", "y")])
    Cn, u, v = lett
    expr = _m(f"{Cn} = {{{u} {op} {v} | {u} ∈ A, {v} ∈ B}}" if op != "×" else f"{Cn} = {{{u}{v} | {u} ∈ A, {v} ∈ B}}", st)
    ask = rng.choice(["n", "roster", "sum"])
    q = {"n": f"집합 {_m(Cn, st)}의 원소의 개수를 {_end(rng)}",
         "roster": f"집합 {josa(_m(Cn, st), '을/를')} 원소나열법으로 {_end(rng, '나')}",
         "sum": f"집합 {_m(Cn, st)}의 모든 원소의 합을 {_end(rng)}"}[ask]
    text = rng.choice([
        f"두 집합 {_m('A = ' + _set(A), st)}, {_m('B = ' + _set(B), st)}에 대하여 집합 {expr}일 때, {q}",
        f"{_m('A = ' + _set(A), st)}, {_m('B = ' + _set(B), st)}이다. {expr}라 할 때, {q}",
    ])
    ans = {"n": str(len(C)), "roster": _set(C), "sum": str(sum(C))}[ask]
    chk = {f(a, b) for a, b in itertools.product(A, B)}
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["집합", "원소", "조건제시법"],
                   check=lambda: ans == {"n": str(len(chk)), "roster": _set(sorted(chk)), "sum": str(sum(chk))}[ask])


# (description in mini notation, is empty, is finite, number of elements or None)
_KINDS = [
    ("{x | x² + 1 = 0, x는 실수}", True, True, 0), ("{x | x는 1보다 작은 자연수}", True, True, 0),
    ("{0}", False, True, 1), ("{x | x는 3의 배수인 자연수}", False, False, None),
    ("{x | 0 < x < 1, x는 실수}", False, False, None), ("{x | 0 < x < 1, x는 정수}", True, True, 0),
    ("{x | x는 20 이하의 짝수인 자연수}", False, True, 10), ("{∅}", False, True, 1),
    ("{x | x는 2보다 작은 소수}", True, True, 0), ("{x | x는 홀수인 자연수}", False, False, None),
    ("{x | x² = 4, x는 정수}", False, True, 2), ("{x | x는 10의 양의 약수}", False, True, 4),
    ("{x | x는 5로 나누어떨어지는 자연수}", False, False, None), ("{x | x² < 0, x는 실수}", True, True, 0),
]


def _render_mixed(s: str, st: str) -> str:
    """Render ``{x | <math>, x는 …}`` or ``{x | x는 …}`` with Korean parts outside LaTeX math."""
    if st != "latex":
        return _m(s, st)
    mm = re.fullmatch(r"\{x \| (.*)\}", s)
    if not mm:
        return _m(s, st)
    body = mm.group(1)
    if body.startswith("x는 "):
        return f"$\\{{x \\mid x$는 {body[3:]}$\\}}$"
    if ", x는 " in body:
        mth, kor = body.split(", x는 ")
        return f"$\\{{x \\mid {_m(mth, st)[1:-1]}$, $x$는 {kor}$\\}}$"
    return _m(s, st)


@family("10공수2-02-01", "empty-finite-infinite-bogi")
def _s1_kinds(rng: random.Random) -> Problem:
    st = pick_style(rng)
    picks = rng.sample(_KINDS, 3)
    labels = ["ㄱ", "ㄴ", "ㄷ"]
    lines, truth = [], []
    for lab, (s, empty, fin, cnt) in zip(labels, picks, strict=True):
        kind = rng.choice(["empty", "finite", "infinite", "n"] if cnt is not None else ["empty", "finite", "infinite"])
        R = _render_mixed(s, st)
        if kind == "empty":
            claim = rng.random() < 0.5
            lines.append(f"{lab}. {_jo(R, '은/는')} 공집합이{'다' if claim else ' 아니다'}.")
            truth.append(empty == claim)
        elif kind == "finite":
            lines.append(f"{lab}. {_jo(R, '은/는')} 유한집합이다.")
            truth.append(fin)
        elif kind == "infinite":
            lines.append(f"{lab}. {_jo(R, '은/는')} 무한집합이다.")
            truth.append(not fin)
        else:
            k = cnt if rng.random() < 0.5 else rng.choice([c for c in (cnt - 1, cnt + 1, 0, 1) if c >= 0 and c != cnt])
            nn = f"$n\\left({R[1:-1]}\\right) = {k}$" if st == "latex" else f"n({R}) = {k}"
            lines.append(f"{lab}. {nn}")
            truth.append(k == cnt)
    combos = ["ㄱ", "ㄴ", "ㄷ", "ㄱ, ㄴ", "ㄱ, ㄷ", "ㄴ, ㄷ", "ㄱ, ㄴ, ㄷ"]
    right = ", ".join(lab for lab, t in zip(labels, truth, strict=True) if t)
    if not right:
        right = "없다"
        combos = [*combos, "없다"]
    ch = choices(rng, right, [c for c in combos if c != right], sort_key=lambda c: (c == "없다", len(c), c))
    stem = rng.choice(["<보기>에서 옳은 것만을 있는 대로 고른 것은?", "다음 <보기> 중 옳은 것을 모두 고른 것은?"])
    text = f"{stem}\n" + "\n".join(lines) + f"\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["공집합", "유한집합", "무한집합", "원소"], choice=ch,
                   check=lambda: len(truth) == 3)


_NPAIRS = [
    ("n(∅) = 0", "n(∅) = 1"), ("n({0}) = 1", "n({0}) = 0"), ("n({∅}) = 1", "n({∅}) = 0"), ("0 ∉ ∅", "0 ∈ ∅"),
    ("n({1, {1, 2}}) = 2", "n({1, {1, 2}}) = 3"), ("{2} ∈ {1, {2}}", "2 ∈ {1, {2}}"),
    ("n({1, 2, 3}) - n({1, 2}) = 1", "n({1, 2, 3}) - n({1, 2}) = 3"), ("n({2, 4}) = 2", "n({2, 4}) = 6"),
    ("∅ ∈ {∅}", "∅ ∉ {∅}"), ("n({0, ∅}) = 2", "n({0, ∅}) = 1"),
]


@family("10공수2-02-01", "element-count-true-false-mcq")
def _s1_nstatements(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.5, 0.5, 0.0))
    pairs = rng.sample(_NPAIRS, 5)
    want_true = rng.random() < 0.55
    k = rng.randrange(5)
    if want_true:
        correct = _m(pairs[k][0], st)
        wrong = [_m(p[1], st) for i, p in enumerate(pairs) if i != k]
        stem = rng.choice(["다음 중 옳은 것은?", "다음 중 옳은 것을 고르시오."])
    else:
        correct = _m(pairs[k][1], st)
        wrong = [_m(p[0], st) for i, p in enumerate(pairs) if i != k]
        stem = rng.choice(["다음 중 옳지 않은 것은?", "다음 중 틀린 것은?"])
    ch = choices(rng, correct, wrong)
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["원소", "공집합", "n(A)", "∈"], choice=ch,
                   check=lambda: (pairs[k][0] in [p[0] for p in _NPAIRS]) and correct in ch.options)


@family("10공수2-02-01", "roster-to-builder-fill")
def _s1_tobuilder(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.choice(["mult", "div", "sq", "lin"])
    b1, b2 = rng.choice([("□", "△"), ("(가)", "(나)"), ("(  )", "(  )")])
    if kind == "mult":
        k = rng.randint(2, 9)
        m_ = rng.randint(4, 7)
        el = list(range(k, k * m_ + 1, k))
        tmpl = _sb("x", f"{b1}의 양의 배수 중 {b2} 이하인 수", st)
        ans = f"{k}, {k * m_}"
        if b1 == "(  )":
            ans = f"{k}, {k * m_}"
    elif kind == "div":
        n = rng.choice([12, 18, 20, 28, 30, 32, 45, 50])
        el = [int(d) for d in sp.divisors(n)]
        tmpl = _sb("x", f"{b1}의 양의 약수", st)
        ans = str(n)
    elif kind == "sq":
        m_ = rng.randint(4, 7)
        el = [i * i for i in range(1, m_ + 1)]
        tmpl = (f"$\\{{x \\mid x = n^{{2}}$, $n$은 {b1} 이하의 자연수$\\}}$" if st == "latex"
                else f"{{x | x = n{'²' if st == 'unicode' else '^2'}, n은 {b1} 이하의 자연수}}")
        ans = str(m_)
    else:
        a = rng.randint(2, 5)
        c = rng.randint(1, a - 1)
        m_ = rng.randint(4, 6)
        el = [a * i - c for i in range(1, m_ + 1)]
        tmpl = (f"$\\{{{a}n - {b1} \\mid n$은 {b2} 이하의 자연수$\\}}$" if st == "latex"
                else f"{{{a}n {'−' if st == 'unicode' else '-'} {b1} | n은 {b2} 이하의 자연수}}")
        ans = f"{c}, {m_}"
    roster = _m(_set(el), st)
    order = "차례대로 " if "," in ans else ""
    text = rng.choice([
        f"원소나열법으로 나타낸 집합 {_jo(_m('A = ' + _set(el), st), '을/를')} 조건제시법으로 나타내면 다음과 같다. 빈칸에 알맞은 수를 {order}써넣으시오.\n{_pre('A = ', tmpl, st)}",
        f"다음 두 집합이 서로 같도록 빈칸에 알맞은 수를 써넣으세요.\n{roster},    {tmpl}",
    ])
    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=["원소나열법", "조건제시법", "서로 같다"],
                   check=lambda: len(el) == len(set(el)) and el == sorted(el))


_RECORDS = [("턱걸이 횟수", "회", (2, 15)), ("한 달 독서량", "권", (0, 9)), ("통학 시간", "분", (5, 40)),
            ("50 m 달리기 기록", "초", (7, 11)), ("수학 수행평가 점수", "점", (10, 20))]


@family("10공수2-02-01", "table-to-set")
def _s1_table(rng: random.Random) -> Problem:
    item, unit, (lo, hi) = rng.choice(_RECORDS)
    ppl = names(rng, rng.randint(5, 7))
    vals = [rng.randint(lo, hi) for _ in ppl]
    t = rng.randint(lo + 1, hi - 1)
    rel = rng.choice(["이상", "이하", "초과", "미만"])
    ok = {"이상": lambda v: v >= t, "이하": lambda v: v <= t, "초과": lambda v: v > t, "미만": lambda v: v < t}[rel]
    chosen = [p for p, v in zip(ppl, vals, strict=True) if ok(v)]
    if not chosen:
        vals[0] = t
        rel = "이상" if rel in ("이상", "초과") else "이하"
        ok = {"이상": lambda v: v >= t, "이하": lambda v: v <= t}[rel]
        chosen = [p for p, v in zip(ppl, vals, strict=True) if ok(v)]
    head = "| 이름 | " + " | ".join(ppl) + " |\n|---|" + "---|" * len(ppl) + f"\n| {item}({unit}) | " + " | ".join(map(str, vals)) + " |"
    lett = rng.choice(["A", "S", "X"])
    ask_n = rng.random() < 0.5
    q = (f"집합 {josa(lett, '을/를')} 원소나열법으로 나타내고, n({lett})을 {_end(rng)}".replace(f"n({lett})을", f"n({lett})의 값을")
         if ask_n else f"집합 {josa(lett, '을/를')} 원소나열법으로 {_end(rng, '나')}")
    intro = rng.choice([f"다음은 어느 모둠 학생들의 {item}을 조사한 표이다.", f"다음 표는 학생 {len(ppl)}명의 {item}을 나타낸 것이다.",
                        f"동아리 학생들의 {item}을 기록하였더니 다음과 같았다."])
    intro = intro.replace(f"{item}을", josa(item, "을/를"))
    text = f"{intro}\n{head}\n{item}이 {t}{unit} {rel}인 학생의 집합을 {lett}라 할 때, {q}"
    text = text.replace(f"{item}이 ", josa(item, "이/가") + " ").replace(f"집합을 {lett}라", f"집합을 {josa(lett, '이라/라')}")
    ans = "{" + ", ".join(chosen) + "}" + (f", {len(chosen)}" if ask_n else "")
    return Problem(text=text, answer=ans, format="data", difficulty=1, achievement_level="E",
                   concepts=["집합", "원소나열법", "원소"],
                   check=lambda: all(ok(v) == (p in chosen) for p, v in zip(ppl, vals, strict=True)))


@family("10공수2-02-01", "element-determines-parameter")
def _s1_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r, s_ = rng.sample([v for v in range(-5, 7) if v != 0], 2)
    a, c = r + s_, r * s_
    poly = f"x² - ax {'+' if c > 0 else '-'} {abs(c)} = 0"
    setA = _m(f"A = {{x | {poly}}}", st)
    text = rng.choice([
        f"집합 {setA}에 대하여 {_m(f'{r} ∈ A', st)}일 때, 상수 a의 값과 집합 {josa(_m('A', st), '을/를')} {_end(rng)}",
        f"{_jo(_m(str(r), st), '이/가')} 집합 {setA}의 원소일 때, 실수 a의 값을 구하고 집합 {josa(_m('A', st), '을/를')} 원소나열법으로 {_end(rng, '나')}",
        f"집합 {setA}의 한 원소가 {_jo(_m(str(r), st), '이/가')} 되도록 상수 a의 값을 정할 때, 집합 A의 나머지 원소를 {_end(rng)}",
    ])
    A = sorted({r, s_})
    ans = f"{s_}" if "나머지" in text else f"a = {a}, A = {_set(A)}"
    aa = sp.Symbol("a")
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["원소", "∈", "원소나열법"],
                   check=lambda: sp.solve(r ** 2 - aa * r + c, aa) == [a] and sorted(int(v) for v in sp.solve(x ** 2 - a * x + c, x)) == A)


@family("10공수2-02-01", "judge-set-explain")
def _s1_explain(rng: random.Random) -> Problem:
    pair = [rng.choice(_WELL), rng.choice(_VAGUE)]
    rng.shuffle(pair)
    text = rng.choice([
        f"다음 두 모임이 각각 집합인지 아닌지 판단하고, 그 이유를 설명하시오.\n(1) {pair[0]}\n(2) {pair[1]}",
        f"{josa(names(rng, 1)[0], '은/는')} ‘{pair[0]}’과 ‘{pair[1]}’이 모두 집합이라고 말하였다. 이 말이 옳은지 판단하고, 그 이유를 설명하시오.",
        f"‘{pair[0]}’과 ‘{pair[1]}’ 중에서 집합인 것을 고르고, 다른 하나가 집합이 될 수 없는 까닭을 ‘대상을 분명하게 정할 수 있는지’의 관점에서 설명하시오.",
    ])
    good = pair[0] if pair[0] in _WELL else pair[1]
    ans = f"{good}만 집합이다"
    return Problem(text=text, answer=ans, format="proof", difficulty=2, achievement_level="C",
                   concepts=["집합"], check=lambda: (good in _WELL) and any(p in _VAGUE for p in pair))


# ================================================================================================
# 10공수2-02-02 집합 사이의 포함 관계
# ================================================================================================
def _set_pool(rng: random.Random, st: str) -> tuple[str, frozenset[int], str]:
    """(rendered description, elements within 1..200, kind) of a natural-number set."""
    kind = rng.choice(["mult", "div", "roots", "small"])
    if kind == "mult":
        a = rng.choice([2, 3, 4, 6, 8, 9, 12])
        return _sb("x", rng.choice([f"{a}의 배수인 자연수", f"{a}의 양의 배수"]), st), frozenset(range(a, 201, a)), kind
    if kind == "div":
        n = rng.choice([6, 8, 12, 18, 24, 36, 9, 16, 30])
        return _sb("x", f"{n}의 양의 약수", st), frozenset(int(d) for d in sp.divisors(n)), kind
    if kind == "roots":
        r1, r2 = rng.sample(range(1, 7), 2)
        s_, p_ = r1 + r2, r1 * r2
        return _m(f"{{x | x² - {s_}x + {p_} = 0}}", st), frozenset({r1, r2}), kind
    n = rng.randint(2, 6)
    return _sb("x", rng.choice([f"{n} 이하의 자연수", f"{n + 1}보다 작은 자연수"]), st), frozenset(range(1, n + 1)), kind


@family("10공수2-02-02", "relation-between-two-sets-mcq")
def _s2_relation(rng: random.Random) -> Problem:
    st = pick_style(rng)
    scen = rng.choice(["mult", "div", "roots", "eq", "free"])
    if scen == "mult":
        b = rng.choice([2, 3, 4, 5])
        a = b * rng.choice([2, 3, 4])
        ta, A = _sb("x", f"{a}의 배수인 자연수", st), frozenset(range(a, 201, a))
        tb, B = _sb("x", f"{b}의 배수인 자연수", st), frozenset(range(b, 201, b))
    elif scen == "div":
        m_ = rng.choice([4, 6, 8, 9, 10, 12])
        n_ = m_ * rng.choice([2, 3, 5])
        ta, A = _sb("x", f"{m_}의 양의 약수", st), frozenset(int(d) for d in sp.divisors(m_))
        tb, B = _sb("x", f"{n_}의 양의 약수", st), frozenset(int(d) for d in sp.divisors(n_))
    elif scen == "roots":
        r1, r2 = rng.sample(range(1, 6), 2)
        ta, A = _m(f"{{x | x² - {r1 + r2}x + {r1 * r2} = 0}}", st), frozenset({r1, r2})
        k = rng.randint(max(r1, r2), 7)
        tb, B = _sb("x", f"{k} 이하의 자연수", st), frozenset(range(1, k + 1))
    elif scen == "eq":
        which = rng.randrange(3)
        if which == 0:
            p1, p2 = rng.choice([(2, 3), (2, 5), (3, 4), (3, 5)])
            ta, A = _sb("x", f"{p1 * p2}의 배수인 자연수", st), frozenset(range(p1 * p2, 201, p1 * p2))
            tb, B = _sb("x", f"{p1}의 배수이면서 {p2}의 배수인 자연수", st), frozenset(v for v in range(1, 201) if v % p1 == 0 and v % p2 == 0)
        elif which == 1:
            k = rng.randint(2, 4)
            ta, A = _m(f"{{x | x² - {k + 1}x + {k} = 0}}", st), frozenset({1, k})
            tb, B = _m(_set([1, k]), st), frozenset({1, k})
        else:
            p_ = rng.choice([2, 3, 5, 7])
            ta, A = _sb("x", f"{p_ * p_}의 양의 약수", st), frozenset(int(d) for d in sp.divisors(p_ * p_))
            tb, B = _m(_set([1, p_, p_ * p_]), st), frozenset({1, p_, p_ * p_})
    else:
        ta, A, _ka = _set_pool(rng, st)
        tb, B, _kb = _set_pool(rng, st)
        while tb == ta:
            tb, B, _kb = _set_pool(rng, st)
    if rng.random() < 0.5:
        ta, A, tb, B = tb, B, ta, A
    rel = "A = B" if A == B else "A ⊂ B" if A < B else "B ⊂ A" if B < A else "A ⊄ B이고 B ⊄ A"
    opts = ["A = B", "A ⊂ B", "B ⊂ A", "A ⊄ B이고 B ⊄ A"]
    if rel != "A = B" and rng.random() < 0.5:
        opts.append("A ⊂ B이고 B ⊂ A")

    def rend(o: str) -> str:
        if "이고" in o:
            l1, l2 = o.split("이고 ")
            return f"{_m(l1, st)}이고 {_m(l2, st)}"
        return _m(o, st)

    ch = choices(rng, rend(rel), [rend(o) for o in opts if o != rel], n=len(opts), sort_key=lambda o: [rend(v) for v in opts].index(o))
    stem = rng.choice([
        f"두 집합 {_pre('A = ', ta, st)}, {_pre('B = ', tb, st)} 사이의 포함 관계로 옳은 것은?",
        f"{_pre('A = ', ta, st)}, {_pre('B = ', tb, st)}일 때, 두 집합 {_m('A', st)}, {_m('B', st)} 사이의 관계를 바르게 나타낸 것은?",
        f"다음 두 집합 A, B의 포함 관계를 옳게 나타낸 것을 고르시오.\n{_pre('A = ', ta, st)}\n{_pre('B = ', tb, st)}",
    ])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["부분집합", "⊂", "서로 같다"], choice=ch,
                   check=lambda: (A <= B) == (rel in ("A = B", "A ⊂ B")) and (B <= A) == (rel in ("A = B", "B ⊂ A")))


@family("10공수2-02-02", "count-subsets")
def _s2_count(rng: random.Random) -> Problem:
    st = pick_style(rng)
    txt, el, kind = _cond_pool(rng, st)
    while len(el) > 8:
        txt, el, kind = _cond_pool(rng, st)
    n = len(el)
    ask = rng.choice(["sub", "proper", "both"])
    At = _pre("A = ", txt, st)
    q = {"sub": "부분집합의 개수를", "proper": "진부분집합의 개수를", "both": "부분집합의 개수와 진부분집합의 개수를 차례대로"}[ask]
    text = rng.choice([
        f"집합 {At}의 {q} {_end(rng)}",
        f"{At}일 때, 집합 A의 {q} {_end(rng)}",
    ])
    if rng.random() < 0.3 and ask != "both":
        text = f"집합 {At}의 {'부분집합' if ask == 'sub' else '진부분집합'}은 모두 몇 개인가?"
    ans = {"sub": str(2 ** n), "proper": str(2 ** n - 1), "both": f"{2 ** n}, {2 ** n - 1}"}[ask]
    subs = sum(1 for r in range(n + 1) for _ in itertools.combinations(el, r))
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["부분집합", "진부분집합"],
                   check=lambda: _check_cond(kind, txt, el) and ans == {"sub": str(subs), "proper": str(subs - 1), "both": f"{subs}, {subs - 1}"}[ask])


@family("10공수2-02-02", "subsets-with-conditions-fill")
def _s2_constrained(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(5, 8)
    U = list(range(1, n + 1))
    must = sorted(rng.sample(U, rng.randint(1, 2)))
    rest = [v for v in U if v not in must]
    mustnot = sorted(rng.sample(rest, rng.randint(0, 2)))
    blank = rng.choice(["(  )", "□"])
    free = n - len(must) - len(mustnot)
    if not mustnot:
        cond = _m(f"{_set(must)} ⊂ X ⊂ {_set(U)}", st)
        text = rng.choice([
            f"{cond}를 만족시키는 집합 X의 개수는 {blank}이다. {blank} 안에 알맞은 수를 써넣으시오.",
            f"다음 조건을 만족시키는 집합 X는 모두 {blank}개이다. {blank} 안에 알맞은 수를 써넣으세요.\n{cond}",
        ])
        text = text.replace("를 만족", _jo(cond, "을/를")[len(cond):] + " 만족", 1).replace("  만족", " 만족")
    else:
        conds = ", ".join(_m(f"{v} ∈ X", st) for v in must) + ", " + ", ".join(_m(f"{v} ∉ X", st) for v in mustnot)
        text = rng.choice([
            f"집합 {_m('U = ' + _set(U), st)}의 부분집합 X 중에서 {conds}를 모두 만족시키는 집합 X의 개수는 {blank}이다. {blank} 안에 알맞은 수를 써넣으시오.",
            f"집합 {_m('U = ' + _set(U), st)}의 부분집합 X에 대하여 다음 조건을 모두 만족시키는 X는 {blank}개이다. {blank} 안에 알맞은 수를 써넣으세요.\n" + "\n".join(f"({i}) " + c for i, c in enumerate(conds.split(", "), 1)),
        ])
        text = text.replace(f"{conds}를", _jo(conds, "을/를"))
    ans = str(2 ** free)
    cnt = sum(1 for r in range(n + 1) for c in itertools.combinations(U, r) if set(must) <= set(c) and not set(mustnot) & set(c))
    d = 3 if mustnot else 2
    return Problem(text=text, answer=ans, format="fill", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["부분집합", "∈", "∉"], check=lambda: cnt == 2 ** free)


def _lin_a(c: int, var: str = "a") -> str:
    return var if c == 0 else f"{var} + {c}" if c > 0 else f"{var} - {-c}"


def _sq_a(c: int, var: str = "a") -> str:
    return f"{var}²" if c == 0 else f"{var}² + {c}" if c > 0 else f"{var}² - {-c}"


@family("10공수2-02-02", "equal-sets-find-parameter")
def _s2_equal(rng: random.Random) -> Problem:
    st = pick_style(rng)
    aa = sp.Symbol("a")
    while True:
        a0 = rng.choice([v for v in range(-3, 5) if v not in (0, 1)])
        c1, c2 = rng.randint(-3, 4), rng.randint(-6, 3)
        k = rng.randint(1, 9)
        U_, V_ = a0 + c1, a0 * a0 + c2
        if len({k, U_, V_}) < 3:
            continue
        # A = {k, a + c1, V}, B = {k, U, a² + c2}: solve both matchings, keep only a0
        sols = set()
        for cand in sp.solve(aa + c1 - U_, aa):
            if cand ** 2 + c2 == V_:
                sols.add(int(cand))
        for cand in sp.solve(aa + c1 - (aa ** 2 + c2), aa):
            if cand.is_real and cand + c1 == V_ and cand.is_integer and U_ == V_:
                sols.add(int(cand))
        if sols == {a0}:
            break
    A_el = [str(k), _lin_a(c1), str(V_)]
    B_el = [str(U_), _sq_a(c2), str(k)]
    rng.shuffle(A_el)
    rng.shuffle(B_el)
    A = _m("A = {" + ", ".join(A_el) + "}", st)
    B = _m("B = {" + ", ".join(B_el) + "}", st)
    ask = rng.choice(["a", "sum"])
    q = f"실수 a의 값을 {_end(rng)}" if ask == "a" else f"집합 {_m('A', st)}의 모든 원소의 합을 {_end(rng)}"
    text = rng.choice([
        f"두 집합 {A}, {B}에 대하여 {_m('A = B', st)}일 때, {q}",
        f"두 집합 {A}, {_jo(B, '이/가')} 서로 같을 때, {q}",
        f"{_m('A ⊂ B', st)}이고 {_m('B ⊂ A', st)}인 두 집합 {A}, {_jo(B, '이/가')} 있다. {q}",
    ])
    ans = str(a0) if ask == "a" else str(k + U_ + V_)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["서로 같다", "부분집합"], check=lambda: sols == {a0} and a0 + c1 == U_)


@family("10공수2-02-02", "interval-subset-range")
def _s2_interval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    w1, w2 = rng.randint(0, 3), rng.randint(1, 3)
    p_ = rng.randint(-4, 1)
    q_ = p_ + w1 + w2 + rng.randint(1, 5)
    # B = {x | a - w1 <= x <= a + w2}
    big_first = rng.random() < 0.5
    A = _m(f"A = {{x | {p_} ≤ x ≤ {q_}}}", st)
    B = _m(f"B = {{x | {_lin_a(-w1)} ≤ x ≤ {_lin_a(w2)}}}", st)
    lo, hi = p_ + w1, q_ - w2
    ask = rng.choice(["range", "count", "sum"])
    rel = _m("B ⊂ A", st)
    q = {"range": f"실수 a의 값의 범위를 {_end(rng)}", "count": f"정수 a의 개수를 {_end(rng)}",
         "sum": f"정수 a의 값의 합을 {_end(rng)}"}[ask]
    first, second = (A, B) if big_first else (B, A)
    text = rng.choice([
        f"두 집합 {first}, {second}에 대하여 {_jo(rel, '이/가')} 성립하도록 하는 {q}",
        f"두 집합 {first}, {_jo(second, '이/가')} 있다. 집합 B가 집합 A의 부분집합이 되도록 하는 {q}",
    ])
    ints = list(range(lo, hi + 1))
    ans = {"range": f"{lo} ≤ a ≤ {hi}", "count": str(len(ints)), "sum": str(sum(ints))}[ask]
    okA = [v for v in range(-30, 31) if v - w1 >= p_ and v + w2 <= q_]
    return Problem(text=text, answer=ans, format="computation", difficulty=3 + (ask == "sum"), achievement_level="C" if ask != "sum" else "B",
                   concepts=["부분집합", "⊂"],
                   check=lambda: (min(okA), max(okA)) == (lo, hi))


def _rend_el(e) -> str:
    if isinstance(e, frozenset):
        return "∅" if not e else "{" + ", ".join(_rend_el(v) for v in sorted(e, key=_el_key)) + "}"
    return str(e)


def _el_key(e) -> tuple:
    return (1, len(e), sorted(map(str, e))) if isinstance(e, frozenset) else (0, e, [])


@family("10공수2-02-02", "element-vs-subset-symbols-mcq")
def _s2_symbols(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.5, 0.5, 0.0))
    E = frozenset()
    a, b, c = sorted(rng.sample(range(1, 6), 3))
    A = rng.choice([
        [a, b, frozenset({a, b})], [E, a, frozenset({a})], [a, frozenset({b}), c], [a, b, c, frozenset({a, c})], [E, a, b],
    ])
    Aset = frozenset(A)
    cands = set()
    for e in A:
        cands.add(("in", e))
        cands.add(("sub", frozenset({e})))
    for e in [a, b, c, frozenset({a}), frozenset({b}), frozenset({a, b}), E]:
        cands.add(("in", e))
        if not isinstance(e, frozenset):
            cands.add(("sub", frozenset({e})))
    cands.add(("sub", E))
    cands.add(("sub", frozenset(rng.sample(A, 2))))
    cands.add(("sub", frozenset({a, b})))
    cands.add(("n", len(A)))
    cands.add(("n", len(A) - 1))

    def truth(cd) -> bool:
        k, v = cd
        if k == "in":
            return v in Aset
        if k == "sub":
            return v <= Aset
        return v == len(A)

    def rend(cd) -> str:
        k, v = cd
        if k == "n":
            return _m(f"n(A) = {v}", st)
        sym = "∈" if k == "in" else "⊂"
        return _m(f"{_rend_el(v)} {sym} A", st)

    cands = sorted(cands, key=lambda cd: (cd[0], _el_key(cd[1]) if cd[0] != "n" else (0, cd[1], [])))
    tr = [cd for cd in cands if truth(cd)]
    fa = [cd for cd in cands if not truth(cd)]
    want_true = rng.random() < 0.5
    if want_true:
        correct, pool = rng.choice(tr), fa
        stem = rng.choice(["다음 중 옳은 것은?", "다음 중 옳은 것을 고르시오."])
    else:
        correct, pool = rng.choice(fa), tr
        stem = rng.choice(["다음 중 옳지 않은 것은?", "다음 중 옳지 않은 것을 고르면?"])
    wrong = [rend(cd) for cd in rng.sample(pool, min(len(pool), 6))]
    ch = choices(rng, rend(correct), wrong)
    At = _m("A = {" + ", ".join(_rend_el(e) for e in A) + "}", st)
    text = f"집합 {At}에 대하여 {stem}\n{ch.block}"
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["원소", "부분집합", "∈", "⊂"], choice=ch,
                   check=lambda: truth(correct) == want_true and sum(1 for o in ch.options if o == rend(correct)) == 1)


_ITEMS = [("치즈", "햄", "양파", "버섯", "올리브"), ("국어", "영어", "과학", "사회", "음악"),
          ("딸기", "바나나", "키위", "망고", "포도"), ("축구", "농구", "배구", "탁구", "야구")]


@family("10공수2-02-02", "subsets-of-given-size-list")
def _s2_list(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.choice([3, 4])
    letters = rng.choice([list("abcd"), [1, 2, 3, 4], [2, 4, 6, 8], [0, 1, 2, 3]])[:n]
    k = rng.randint(1, n - 1) if n == 3 else rng.choice([1, 2, 3])
    must = rng.choice([None, letters[0]]) if k >= 2 else None
    subs = [c for c in itertools.combinations(letters, k) if must is None or must in c]
    S = _m("A = {" + ", ".join(map(str, letters)) + "}", st)
    cond = f"원소의 개수가 {k}인 것" if must is None else f"{_m(str(must), st)}를 반드시 원소로 갖고 원소의 개수가 {k}인 것"
    cond = cond.replace(f"{_m(str(must), st)}를", _jo(_m(str(must), st), "을/를")) if must is not None else cond
    text = rng.choice([
        f"집합 {S}의 부분집합 중에서 {josa(cond, '을/를')} 모두 {_end(rng, '쓰')}",
        f"집합 {S}의 부분집합 중 {cond}만을 모두 원소나열법으로 {_end(rng, '나')}",
    ])
    ans = ", ".join("{" + ", ".join(map(str, c)) + "}" for c in subs)
    return Problem(text=text, answer=ans, format="computation", difficulty=2, achievement_level="D",
                   concepts=["부분집합"], check=lambda: len(subs) == (pymath.comb(n - 1, k - 1) if must is not None else pymath.comb(n, k)))


@family("10공수2-02-02", "choose-options-word")
def _s2_word(rng: random.Random) -> Problem:
    kind = rng.randrange(len(_ITEMS))
    items = list(_ITEMS[kind])
    n = rng.randint(4, 5)
    items = items[:n]
    must = rng.sample(items, rng.randint(1, 2))
    rest = [v for v in items if v not in must]
    mustnot = rng.sample(rest, rng.randint(0, 1))
    free = n - len(must) - len(mustnot)
    who = names(rng, 1)[0]
    lst = ", ".join(items)
    mtxt = ", ".join(must)
    ntxt = mustnot[0] if mustnot else ""
    ctx = [
        (f"피자에 올릴 토핑을 {lst} 중에서 고르려고 한다.", "토핑"),
        (f"{josa(who, '은/는')} 방과 후 수업으로 {lst} 중에서 몇 과목을 신청하려고 한다.", "과목"),
        (f"과일 샐러드에 넣을 과일을 {lst} 중에서 고르려고 한다.", "과일"),
        (f"체육 대회 종목으로 {lst} 중에서 몇 가지를 정하려고 한다.", "종목"),
    ][kind]
    verb = "반드시 넣고" if kind in (0, 2) else "반드시 포함하고"
    nverb = "넣지 않을" if kind in (0, 2) else "포함하지 않을"
    cond = f"{josa(mtxt, '은/는')} {verb}" + (f" {josa(ntxt, '은/는')} {nverb} 때" if mustnot else " 나머지는 자유롭게 고를 때")
    q = rng.choice([f"고를 수 있는 {ctx[1]}의 모임은 모두 몇 가지인가?", f"선택할 수 있는 방법의 수를 {_end(rng)}",
                    f"가능한 {ctx[1]}의 모임의 개수를 {_end(rng)}"])
    text = f"{ctx[0]} {cond}, {q}"
    ans = str(2 ** free)
    cnt = sum(1 for r in range(n + 1) for c in itertools.combinations(items, r) if set(must) <= set(c) and not set(mustnot) & set(c))
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["부분집합"], check=lambda: cnt == int(ans))


@family("10공수2-02-02", "explain-inclusion")
def _s2_proof(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    if kind == 0:
        a = rng.choice([2, 3, 4, 5])
        m_ = rng.choice([2, 3])
        A = _sb("x", f"{a * m_}의 배수인 자연수", st)
        B = _sb("x", f"{a}의 배수인 자연수", st)
        text = rng.choice([
            f"두 집합 {_pre('A = ', A, st)}, {_pre('B = ', B, st)}에 대하여 {_m('A ⊂ B', st)}임을 설명하시오.",
            f"{_pre('A = ', A, st)}, {_pre('B = ', B, st)}일 때, 집합 A의 임의의 원소가 집합 B의 원소임을 보여 {_m('A ⊂ B', st)}임을 설명하시오. 또 {_m('B ⊂ A', st)}가 성립하지 않음을 예를 들어 보이시오.",
        ])
        d = 3
    elif kind == 1:
        text = rng.choice([
            "공집합은 모든 집합의 부분집합이다. 그 이유를 부분집합의 뜻을 이용하여 설명하시오.",
            f"{josa(names(rng, 1)[0], '은/는')} ‘∅은 원소가 하나도 없으므로 어떤 집합의 부분집합도 될 수 없다.’라고 말하였다. 이 주장이 옳은지 판단하고 그 이유를 설명하시오.",
        ])
        d = 3
    elif kind == 2:
        text = rng.choice([
            f"두 집합 {_m('A', st)}, {_m('B', st)}에 대하여 {_m('A ⊂ B', st)}이고 {_m('B ⊂ A', st)}이면 {_m('A = B', st)}임을 설명하시오.",
            "두 집합이 서로 같다는 것을 보이려면 어떤 두 가지 포함 관계를 확인해야 하는지 쓰고, 그 이유를 설명하시오.",
        ])
        d = 3
    else:
        r1, r2 = rng.sample(range(1, 6), 2)
        k = rng.randint(max(r1, r2), 7)
        A = _m(f"{{x | x² - {r1 + r2}x + {r1 * r2} = 0}}", st)
        B = _sb("x", f"{k} 이하의 자연수", st)
        text = (f"두 집합 {_pre('A = ', A, st)}, {_pre('B = ', B, st)}에 대하여 {_m('A ⊂ B', st)}인지 판단하고, "
                f"그 이유를 {_m('A', st)}의 원소를 구하여 설명하시오.")
        d = 2
    return Problem(text=text, answer=None, format="proof", difficulty=d, achievement_level="B" if d == 3 else "C",
                   concepts=["부분집합", "⊂"] + (["공집합"] if kind == 1 else ["서로 같다"] if kind == 2 else []))


@family("10공수2-02-02", "several-sets-table")
def _s2_table(rng: random.Random) -> Problem:
    st = pick_style(rng)
    base = sorted(rng.sample(range(1, 13), 5))
    mid = sorted(rng.sample(base, 3))
    small = sorted(rng.sample(mid, 2))
    other = sorted(rng.sample([v for v in range(1, 13) if v not in base], 1) + rng.sample(mid, 1))
    sets = {"A": base, "B": mid, "C": small, "D": other}
    order = list(sets)
    rng.shuffle(order)
    relab = dict(zip(order, ["A", "B", "C", "D"], strict=True))
    tbl = "| 집합 | 원소 |\n|---|---|\n" + "\n".join(f"| {relab[k]} | {', '.join(map(str, sets[k]))} |" for k in sorted(order, key=lambda k: relab[k]))
    chain = f"{relab['C']} ⊂ {relab['B']} ⊂ {relab['A']}"
    ask = rng.choice(["chain", "count"])
    if ask == "chain":
        q = rng.choice([f"네 집합 중 세 집합 사이의 포함 관계를 기호 ⊂를 사용하여 한 줄로 {_end(rng, '나')}",
                        f"포함 관계가 차례로 성립하는 세 집합을 찾아 ⊂를 써서 {_end(rng, '나')}"])
        ans = chain
    else:
        q = rng.choice(["서로 다른 두 집합 X, Y에 대하여 X ⊂ Y가 성립하는 순서쌍 (X, Y)의 개수를 구하시오.",
                        "표의 집합 중에서 두 집합을 골라 X ⊂ Y (X ≠ Y)가 되도록 하는 방법은 모두 몇 가지인가?"])
        ans = "3"
    text = rng.choice(["다음 표는 네 집합의 원소를 나타낸 것이다.", "네 집합 A, B, C, D를 원소나열법으로 나타내었더니 다음 표와 같았다."]) + f"\n{tbl}\n{q}"
    pairs = [(p, q_) for p in sets for q_ in sets if p != q_ and set(sets[p]) <= set(sets[q_])]
    return Problem(text=text, answer=ans, format="data", difficulty=2 if ask == "chain" else 3, achievement_level="D" if ask == "chain" else "C",
                   concepts=["부분집합", "⊂"], check=lambda: len(pairs) == 3 and st in ("latex", "unicode", "plain"))


# ================================================================================================
# 10공수2-02-03 집합의 연산
# ================================================================================================
_U4 = frozenset({"a", "ab", "b", "o"})
_RA, _RB = frozenset({"a", "ab"}), frozenset({"b", "ab"})
# (expression, function of (A, B, U)) — evaluated on the four Venn regions or on concrete sets
_EXPRS: list[tuple[str, object]] = [
    ("A ∪ B", lambda A, B, U: A | B), ("A ∩ B", lambda A, B, U: A & B), ("A - B", lambda A, B, U: A - B),
    ("B - A", lambda A, B, U: B - A), ("Aᶜ", lambda A, B, U: U - A), ("Bᶜ", lambda A, B, U: U - B),
    ("(A ∪ B)ᶜ", lambda A, B, U: U - (A | B)), ("(A ∩ B)ᶜ", lambda A, B, U: U - (A & B)),
    ("Aᶜ ∩ Bᶜ", lambda A, B, U: (U - A) & (U - B)), ("Aᶜ ∪ Bᶜ", lambda A, B, U: (U - A) | (U - B)),
    ("A ∩ Bᶜ", lambda A, B, U: A & (U - B)), ("Aᶜ ∩ B", lambda A, B, U: (U - A) & B),
    ("(A - B) ∪ (B - A)", lambda A, B, U: (A - B) | (B - A)), ("(A ∪ B) - (A ∩ B)", lambda A, B, U: (A | B) - (A & B)),
    ("A ∪ Bᶜ", lambda A, B, U: A | (U - B)), ("Aᶜ ∪ B", lambda A, B, U: (U - A) | B),
    ("(A - B)ᶜ", lambda A, B, U: U - (A - B)), ("(B - A)ᶜ", lambda A, B, U: U - (B - A)),
    ("A - (A ∩ B)", lambda A, B, U: A - (A & B)), ("A ∪ (A ∩ B)", lambda A, B, U: A | (A & B)),
    ("(A ∪ B) ∩ Aᶜ", lambda A, B, U: (A | B) & (U - A)), ("(A ∩ B) ∪ (A - B)", lambda A, B, U: (A & B) | (A - B)),
    ("B ∩ (A ∪ B)", lambda A, B, U: B & (A | B)), ("(Aᶜ ∪ B)ᶜ", lambda A, B, U: U - ((U - A) | B)),
]


def _ev(expr: str, A, B, U):
    return {"A": A, "B": B}[expr] if expr in ("A", "B") else dict(_EXPRS)[expr](A, B, U)


def _uab(rng: random.Random) -> tuple[list[int], set[int], set[int]]:
    n = rng.randint(7, 10)
    U = list(range(1, n + 1))
    while True:
        A = set(rng.sample(U, rng.randint(3, 5)))
        B = set(rng.sample(U, rng.randint(3, 5)))
        if A & B and A - B and B - A and set(U) - (A | B):
            return U, A, B


@family("10공수2-02-03", "compute-set-operations")
def _s3_ops(rng: random.Random) -> Problem:
    st = pick_style(rng)
    U, A, B = _uab(rng)
    useU = rng.random() < 0.5
    Ut = _m("U = " + _set(U), st) if useU else _sb("x", f"{len(U)} 이하의 자연수", st, pre="U = ")
    k = rng.choice([1, 2])
    exprs = rng.sample([e for e, _ in _EXPRS[:12]], k)
    res = [_ev(e, A, B, set(U)) for e in exprs]
    Ats, Bts = _m("A = " + _set(sorted(A)), st), _m("B = " + _set(sorted(B)), st)
    ask = ", ".join(_m(e, st) for e in exprs)
    text = rng.choice([
        f"전체집합 {Ut}의 두 부분집합 {Ats}, {Bts}에 대하여 {ask}{'를 각각' if k > 1 else '를'} {_end(rng)}",
        f"전체집합 {Ut}의 두 부분집합 A, B가 {Ats}, {Bts}일 때, 집합 {ask}{'를 각각' if k > 1 else '를'} 원소나열법으로 {_end(rng, '나')}",
    ] + [] if k == 1 else [
        f"전체집합 {Ut}의 두 부분집합 A, B가 {Ats}, {Bts}일 때, 다음 집합을 원소나열법으로 {_end(rng, '나')}\n" + "\n".join(f"({i}) {_m(e, st)}" for i, e in enumerate(exprs, 1)),
    ])
    text = text.replace(f"{ask}를", _jo(ask, "을/를")).replace("집합 " + _jo(ask, "을/를") + " 각각", _jo(ask, "을/를") + " 각각")
    ans = ", ".join(f"{e} = {_fmt_set_ans(r)}" for e, r in zip(exprs, res, strict=True)) if k > 1 else _fmt_set_ans(res[0])
    SU, SA, SB = sp.FiniteSet(*U), sp.FiniteSet(*A), sp.FiniteSet(*B)
    sym = {"A ∪ B": SA | SB, "A ∩ B": SA & SB, "A - B": SA - SB, "B - A": SB - SA, "Aᶜ": SU - SA, "Bᶜ": SU - SB,
           "(A ∪ B)ᶜ": SU - (SA | SB), "(A ∩ B)ᶜ": SU - (SA & SB), "Aᶜ ∩ Bᶜ": (SU - SA) & (SU - SB),
           "Aᶜ ∪ Bᶜ": (SU - SA) | (SU - SB), "A ∩ Bᶜ": SA & (SU - SB), "Aᶜ ∩ B": (SU - SA) & SB}
    d = 1 if all(e in ("A ∪ B", "A ∩ B", "A - B", "B - A", "Aᶜ", "Bᶜ") for e in exprs) else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["합집합", "교집합", "차집합", "여집합", "전체집합"],
                   check=lambda: all(sym[e] == sp.FiniteSet(*r) for e, r in zip(exprs, res, strict=True)))


@family("10공수2-02-03", "equivalent-expression-mcq")
def _s3_equiv(rng: random.Random) -> Problem:
    st = pick_style(rng)
    reg = {e: frozenset(_ev(e, _RA, _RB, _U4)) for e, _ in _EXPRS}
    while True:
        tgt = rng.choice(list(reg))
        same = [e for e in reg if e != tgt and reg[e] == reg[tgt]]
        diff = list(dict.fromkeys(e for e in reg if reg[e] != reg[tgt]))
        if same:
            break
    correct = rng.choice(same)
    wrong_pool = [e for e in diff]
    rng.shuffle(wrong_pool)
    uniq: list[str] = []
    seen: set[frozenset] = set()
    for e in wrong_pool:
        if reg[e] not in seen:
            uniq.append(e)
            seen.add(reg[e])
    wrong = uniq[:4]
    ch = choices(rng, _m(correct, st), [_m(e, st) for e in wrong])
    T = _m(tgt, st)
    stem = rng.choice([
        f"전체집합 U의 두 부분집합 A, B에 대하여 다음 중 {_jo(T, '과/와')} 항상 같은 집합은?",
        f"다음 중 집합 {_jo(T, '과/와')} 같은 집합은? (단, U는 전체집합이고 A, B는 U의 부분집합이다.)",
        f"벤 다이어그램을 이용하여 판단할 때, 집합 {_jo(T, '과/와')} 같은 것은?",
    ])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["벤 다이어그램", "드모르간의 법칙", "여집합", "차집합"], choice=ch,
                   check=lambda: all(_ev(correct, A_, B_, U_) == _ev(tgt, A_, B_, U_)
                                     for U_, A_, B_ in [({1, 2, 3, 4, 5}, {1, 2, 3}, {3, 4}), ({1, 2, 3}, {1}, {1, 2})])
                   and len({reg[w] for w in wrong} | {reg[tgt]}) == 5)


@family("10공수2-02-03", "inclusion-exclusion-survey-word")
def _s3_survey(rng: random.Random) -> Problem:
    N = rng.randint(25, 40)
    both = rng.randint(3, 9)
    a = rng.randint(both + 3, N - 8)
    b = rng.randint(both + 3, N - (a - both) - 1)
    union = a + b - both
    neither = N - union
    X, Y, who = rng.choice([("축구", "야구", "좋아하는"), ("영어 학원", "수학 학원", "다니는"), ("강아지", "고양이", "키우는"),
                            ("버스", "지하철", "이용하는"), ("A 문제", "B 문제", "맞힌")])
    ask = rng.choice(["neither", "only", "union", "both"])
    if ask == "both":
        intro = f"어느 반 학생 {N}명 중 {X}를 {who} 학생은 {a}명, {Y}를 {who} 학생은 {b}명이고, 어느 것도 {who.replace('는', '지 않는') if who != '맞힌' else '맞히지 못한'} 학생은 {neither}명이다."
        q = f"{X}와 {Y}를 모두 {who} 학생은 몇 명인지 {_end(rng)}"
        ans = both
    else:
        intro = f"학생 {N}명을 대상으로 조사하였더니 {X}를 {who} 학생이 {a}명, {Y}를 {who} 학생이 {b}명, 둘 다 {who} 학생이 {both}명이었다."
        q = {"neither": f"{X}와 {Y}를 모두 {who.replace('는', '지 않는') if who != '맞힌' else '맞히지 못한'} 학생 수를 {_end(rng)}",
             "only": f"{X}만 {who} 학생은 몇 명인가?",
             "union": f"{X} 또는 {Y}를 {who} 학생 수를 {_end(rng)}"}[ask]
        ans = {"neither": neither, "only": a - both, "union": union}[ask]
    text = f"{intro} {q}"
    for w in (X, Y):
        text = text.replace(f"{w}를", josa(w, "을/를")).replace(f"{w}와", josa(w, "과/와"))
    d = 2 if ask in ("union", "only") else 3
    return Problem(text=text, answer=str(ans), format="word", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["합집합", "교집합", "여집합"] if ask in ("neither", "both") else ["합집합", "교집합", "차집합"],
                   check=lambda: a + b - both + neither == N and neither >= 0)


@family("10공수2-02-03", "venn-region-data")
def _s3_venn(rng: random.Random) -> Problem:
    st = pick_style(rng)
    U, A, B = _uab(rng)
    reg = {"A에만 속하는 원소": sorted(A - B), "A와 B에 모두 속하는 원소": sorted(A & B), "B에만 속하는 원소": sorted(B - A),
           "A, B 어디에도 속하지 않는 원소": sorted(set(U) - A - B)}
    tbl = "| 벤 다이어그램의 영역 | 원소 |\n|---|---|\n" + "\n".join(f"| {k} | {', '.join(map(str, v))} |" for k, v in reg.items())
    e = rng.choice([e for e, _ in _EXPRS if e not in ("A ∩ B",)])
    res = _ev(e, A, B, set(U))
    ask_n = rng.random() < 0.4
    q = (f"{_m(f'n({e})', st)}의 값을 {_end(rng)}" if ask_n else f"집합 {_jo(_m(e, st), '을/를')} 원소나열법으로 {_end(rng, '나')}")
    text = rng.choice([
        f"전체집합 U의 두 부분집합 A, B를 벤 다이어그램으로 나타낼 때, 각 영역에 들어가는 원소는 다음 표와 같다.\n{tbl}\n{q}",
        f"다음은 전체집합 U와 그 부분집합 A, B를 벤 다이어그램으로 나타내고 각 부분의 원소를 정리한 표이다.\n{tbl}\n{q}",
    ])
    ans = str(len(res)) if ask_n else _fmt_set_ans(res)
    d = 2 if len(e) <= 6 else 3
    return Problem(text=text, answer=ans, format="data", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["벤 다이어그램", "합집합", "교집합", "여집합", "차집합"],
                   check=lambda: (len(_ev(e, A, B, set(U))) == int(ans)) if ask_n else _ev(e, A, B, set(U)) == _parse_set(ans))


@family("10공수2-02-03", "recover-set-from-operations")
def _s3_recover(rng: random.Random) -> Problem:
    st = pick_style(rng)
    U, A, B = _uab(rng)
    Ut = _m("U = " + _set(U), st)
    kind = rng.randrange(3)
    if kind == 0:
        given = [("A", A), ("A ∩ B", A & B), ("A ∪ B", A | B)]
        tgt, val = "B", B
    elif kind == 1:
        given = [("A - B", A - B), ("B - A", B - A), ("Aᶜ ∩ Bᶜ", set(U) - A - B)]
        tgt, val = "A ∩ B", A & B
    else:
        given = [("Aᶜ", set(U) - A), ("A ∩ B", A & B), ("(A ∪ B)ᶜ", set(U) - A - B)]
        tgt, val = "B", B
    conds = ", ".join(_m(f"{g} = {_fmt_set_ans(v)}", st) for g, v in given)
    T = _m(tgt, st)
    text = rng.choice([
        f"전체집합 {Ut}의 두 부분집합 A, B에 대하여 {conds}일 때, 집합 {_jo(T, '을/를')} {_end(rng)}",
        f"전체집합 {Ut}의 두 부분집합 A, B가 다음 조건을 모두 만족시킨다.\n" + "\n".join(f"({i}) {_m(f'{g} = {_fmt_set_ans(v)}', st)}" for i, (g, v) in enumerate(given, 1)) + f"\n집합 {_jo(T, '을/를')} 원소나열법으로 {_end(rng, '나')}",
    ])
    ans = _fmt_set_ans(val)
    SU, G = sp.FiniteSet(*U), [sp.FiniteSet(*v) for _g, v in given]
    derived = {0: (G[2] - G[0]) | G[1], 1: SU - G[0] - G[1] - G[2], 2: G[1] | (G[0] - G[2])}[kind]
    d = 3 if kind == 0 else 4
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["합집합", "교집합", "차집합", "여집합"],
                   check=lambda: derived == sp.FiniteSet(*val))


@family("10공수2-02-03", "disjoint-or-union-subsets-count")
def _s3_disjoint(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(5, 8)
    U = list(range(1, n + 1))
    A = sorted(rng.sample(U, rng.randint(2, n - 2)))
    kind = rng.choice(["disjoint", "union", "inter"])
    Ut, At = _m("U = " + _set(U), st), _m("A = " + _set(A), st)
    if kind == "disjoint":
        q = rng.choice([f"{_m('A', st)}와 서로소인 집합 X의 개수를", f"{_m('A ∩ X = ∅', st)}를 만족시키는 집합 X의 개수를"])
        ans = 2 ** (n - len(A))
        pred = lambda X: not (set(X) & set(A))  # noqa: E731
    elif kind == "union":
        q = f"{_m('A ∪ X = U', st)}를 만족시키는 집합 X의 개수를"
        ans = 2 ** len(A)
        pred = lambda X: set(A) | set(X) == set(U)  # noqa: E731
    else:
        q = f"{_m('A ∩ X = A', st)}를 만족시키는 집합 X의 개수를"
        ans = 2 ** (n - len(A))
        pred = lambda X: set(A) & set(X) == set(A)  # noqa: E731
    q = re.sub(r"(\S+)를 만족", lambda mm: _jo(mm.group(1), "을/를") + " 만족", q)
    text = rng.choice([
        f"전체집합 {Ut}의 부분집합 {At}에 대하여 U의 부분집합 중 {q} {_end(rng)}",
        f"전체집합 {Ut}의 두 부분집합 A, X에 대하여 {At}일 때, {q} {_end(rng)}",
    ])
    cnt = sum(1 for r in range(n + 1) for X in itertools.combinations(U, r) if pred(X))
    return Problem(text=text, answer=str(ans), format="computation", difficulty=3, achievement_level="C",
                   concepts=["부분집합", "서로소"] if kind == "disjoint" else ["부분집합", "합집합", "교집합"],
                   also=["10공수2-02-02"], check=lambda: cnt == ans)


@family("10공수2-02-03", "max-min-of-intersection")
def _s3_maxmin(rng: random.Random) -> Problem:
    N = rng.randint(30, 50)
    a = rng.randint(N // 2, N - 5)
    b = rng.randint(N // 3, N - 3)
    mx, mn = min(a, b), max(0, a + b - N)
    X, Y = rng.choice([("자전거", "킥보드"), ("도서관", "체육관"), ("수학 캠프", "과학 캠프"), ("봉사 활동", "진로 체험")])
    verb = {"자전거": "타 본", "도서관": "이용한", "수학 캠프": "신청한", "봉사 활동": "참여한"}[X]
    obj = "에" if X == "봉사 활동" else None
    ctx = rng.choice([
        f"어느 학년 학생 {N}명 중 {X}를 {verb} 학생은 {a}명, {Y}를 {verb} 학생은 {b}명이다.",
        f"{N}명의 학생 중에서 {X}를 {verb} 학생이 {a}명이고, {Y}를 {verb} 학생이 {b}명이었다.",
    ])
    if obj:
        ctx = ctx.replace(f"{X}를", X + obj).replace(f"{Y}를", Y + obj)
    ctx = ctx.replace(f"{X}를", josa(X, "을/를")).replace(f"{Y}를", josa(Y, "을/를"))
    q = rng.choice([f"두 가지를 모두 {verb} 학생 수의 최댓값을 M, 최솟값을 m이라 할 때, M + m의 값을 {_end(rng)}",
                    f"두 가지를 모두 {verb} 학생 수의 최댓값과 최솟값을 차례대로 {_end(rng)}"])
    ans = str(mx + mn) if "M + m" in q else f"{mx}, {mn}"
    feas = [k for k in range(0, N + 1) if k <= a and k <= b and a + b - k <= N]
    return Problem(text=f"{ctx} {q}", answer=ans, format="word", difficulty=4, achievement_level="B",
                   concepts=["합집합", "교집합"], check=lambda: (max(feas), min(feas)) == (mx, mn))


@family("10공수2-02-03", "intersection-given-find-parameter")
def _s3_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    aa = sp.Symbol("a")
    while True:
        a0 = rng.choice([-3, -2, 2, 3])
        c = rng.randint(-4, 3)
        t = a0 * a0 + c
        p_, q_ = rng.sample([v for v in range(-2, 10) if v != t], 2)
        d = rng.choice([p_, q_]) + a0  # so that -a0 + d ∈ {p, q}: the other root gives a bigger intersection
        s_ = rng.choice([v for v in range(-2, 12) if v not in (p_, q_, t, a0 + d)])
        A0 = {p_, q_, t}
        B0 = {a0 + d, t, s_}
        common = A0 & B0
        if common != {t} or len(B0) < 3 or len(A0) < 3:
            continue
        good = []
        for cand in sp.solve(aa ** 2 + c - t, aa):
            Ac = {p_, q_, int(cand) ** 2 + c}
            Bc = {int(cand) + d, t, s_}
            if Ac & Bc == {t} and len(Bc) == 3:
                good.append(int(cand))
        if good == [a0]:
            break
    Ael = [str(p_), str(q_), _sq_a(c)]
    Bel = [_lin_a(d), str(t), str(s_)]
    rng.shuffle(Ael)
    rng.shuffle(Bel)
    A = _m("A = {" + ", ".join(Ael) + "}", st)
    B = _m("B = {" + ", ".join(Bel) + "}", st)
    ask = rng.choice(["a", "union"])
    q = f"상수 a의 값을 {_end(rng)}" if ask == "a" else f"집합 {_jo(_m('A ∪ B', st), '을/를')} {_end(rng)}"
    text = f"두 집합 {A}, {B}에 대하여 {_m('A ∩ B = ' + _set([t]), st)}일 때, {q}"
    ans = str(a0) if ask == "a" else _fmt_set_ans(A0 | B0)
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["교집합", "합집합"], check=lambda: good == [a0])


_LAWS = [
    ("A ∪ B = B ∪ □", "A", "교환법칙"), ("A ∩ (B ∩ C) = (A ∩ B) ∩ □", "C", "결합법칙"),
    ("A ∩ (B ∪ C) = (A ∩ B) □ (A ∩ C)", "∪", "분배법칙"), ("A ∪ (B ∩ C) = (A ∪ B) □ (A ∪ C)", "∩", "분배법칙"),
    ("(A ∪ B)ᶜ = Aᶜ □ Bᶜ", "∩", "드모르간의 법칙"), ("(A ∩ B)ᶜ = Aᶜ □ Bᶜ", "∪", "드모르간의 법칙"),
    ("A - B = A ∩ □", "Bᶜ", "차집합"), ("A ∪ Aᶜ = □", "U", "여집합"), ("A ∩ Aᶜ = □", "∅", "여집합"), ("(Aᶜ)ᶜ = □", "A", "여집합"),
]


@family("10공수2-02-03", "set-laws-fill")
def _s3_laws(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(2, 3)
    laws = rng.sample(_LAWS, k)
    blank = rng.choice(["□", "(  )"])
    lines = [f"({i}) " + _m(law.replace("□", "@"), st).replace("@", blank) for i, (law, _a, _n) in enumerate(laws, 1)]
    text = rng.choice([
        f"전체집합 U의 세 부분집합 A, B, C에 대하여 다음 {blank} 안에 알맞은 것을 써넣으시오.\n" + "\n".join(lines),
        f"벤 다이어그램을 그려 확인할 때, 다음 등식이 항상 성립하도록 {blank} 안에 알맞은 기호나 집합을 차례대로 써넣으세요.\n" + "\n".join(lines),
    ])
    ans = ", ".join(a for _l, a, _n in laws)
    Us, As, Bs, Cs = {1, 2, 3, 4, 5, 6, 7, 8}, {1, 2, 4, 5}, {2, 3, 5, 6}, {4, 5, 6, 7}

    def ok(law: str, fill: str) -> bool:
        expr = law.replace("□", fill).replace("Aᶜ", "(U-A)").replace("Bᶜ", "(U-B)").replace("(U-A)ᶜ", "(U-(U-A))")
        expr = expr.replace(")ᶜ", ")@").replace("∪", "|").replace("∩", "&").replace("∅", "set()").replace(" = ", "==")
        while "@" in expr:
            i = expr.index("@")
            depth, j = 0, i - 1
            while True:
                depth += expr[j] == ")"
                depth -= expr[j] == "("
                if depth == 0:
                    break
                j -= 1
            expr = expr[:j] + "(U-" + expr[j:i] + ")" + expr[i + 1:]
        return eval(expr, {"U": Us, "A": As, "B": Bs, "C": Cs, "set": set})

    return Problem(text=text, answer=ans, format="fill", difficulty=2, achievement_level="D",
                   concepts=sorted({n for _l, _a, n in laws} - {"차집합", "여집합"}) + ["벤 다이어그램"],
                   check=lambda: all(ok(law, a) for law, a, _n in laws))


# ================================================================================================
# 10공수2-02-04 명제와 조건, ‘모든’과 ‘어떤’
# ================================================================================================
_PROPS = ["3은 소수이다.", "2 + 5 = 8", "정삼각형은 이등변삼각형이다.", "√4는 무리수이다.", "1은 소수이다.",
          "12의 양의 약수는 6개이다.", "마름모의 네 변의 길이는 모두 같다.", "모든 자연수는 0보다 크다.",
          "2x + 1 = 2x + 3을 만족시키는 실수 x는 없다.", "직사각형의 두 대각선의 길이는 같다.", "√9 = 3",
          "10 이하의 소수는 5개이다.", "어떤 실수 x에 대하여 x² = 2이다."]
_NONPROPS = ["x + 3 = 7", "2x - 1 > 5", "수학은 재미있는 과목이다.", "15는 큰 수이다.", "x는 짝수이다.",
             "이 문제는 어렵다.", "장미는 아름다운 꽃이다.", "x² - 4 = 0", "100은 1에 가까운 수이다.",
             "x + y = 10", "겨울은 여름보다 지내기 좋다.", "0.001은 아주 작은 수이다."]


def _txt_math(s: str, st: str) -> str:
    """Render a sentence whose maths is a leading formula (``2x - 1 > 5``) or inline ``x²``/``√``."""
    if re.fullmatch(r"[0-9x y+\-=<>²√.]+", s):
        return _m(s, st)
    if st == "plain":
        return s.replace("²", "^2")
    return s


@family("10공수2-02-04", "is-it-a-proposition-mcq")
def _s4_isprop(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pos = rng.random() < 0.55
    if pos:
        correct, wrong = rng.choice(_PROPS), rng.sample(_NONPROPS, 6)
        stem = rng.choice(["다음 중 명제인 것은?", "다음 문장이나 식 중에서 참, 거짓을 판별할 수 있는 것은?", "다음 중 명제를 고르시오."])
    else:
        correct, wrong = rng.choice(_NONPROPS), rng.sample(_PROPS, 6)
        stem = rng.choice(["다음 중 명제가 아닌 것은?", "다음 중 참인지 거짓인지 분명하게 판별할 수 없는 것은?"])
    ch = choices(rng, _txt_math(correct, st), [_txt_math(w, st) for w in wrong])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=1, achievement_level="E",
                   concepts=["명제", "조건"], choice=ch,
                   check=lambda: (correct in _PROPS) == pos and ch.options.count(_txt_math(correct, st)) == 1)


def _universe(rng: random.Random) -> tuple[list[int], str]:
    if rng.random() < 0.6:
        n = rng.randint(6, 12)
        return list(range(1, n + 1)), f"{n} 이하의 자연수"
    k = rng.randint(2, 4)
    return list(range(-k, k + 1)), f"절댓값이 {k} 이하인 정수"


def _cond(rng: random.Random, U: list[int]) -> tuple[str, object]:
    """(condition in mini notation / Korean, predicate)."""
    kind = rng.randrange(6)
    if kind == 0:
        r1, r2 = rng.sample(U, 2)
        s_, p_ = r1 + r2, r1 * r2
        poly = "x²" + (f" - {s_}x" if s_ > 0 else f" + {-s_}x" if s_ < 0 else "") + (f" + {p_}" if p_ > 0 else f" - {-p_}" if p_ < 0 else "")
        return f"{poly.replace(' 1x', ' x')} = 0", lambda v: v * v - s_ * v + p_ == 0
    if kind == 1:
        k = rng.randint(2, 10)
        return f"x² ≤ {k}", lambda v: v * v <= k
    if kind == 2:
        a, k = rng.randint(2, 3), rng.randint(min(U) + 1, max(U) - 1)
        return f"{a}x - 1 > {a * k - 1}", lambda v: a * v - 1 > a * k - 1
    if kind == 3:
        m_ = rng.choice([2, 3, 4])
        return f"x는 {m_}의 배수", lambda v: v % m_ == 0
    if kind == 4:
        lo = rng.randint(min(U), max(U) - 2)
        hi = rng.randint(lo + 1, max(U))
        return f"{lo} ≤ x < {hi}", lambda v: lo <= v < hi
    a = rng.randint(min(U) + 1, max(U) - 2)
    b = rng.randint(a + 1, max(U) - 1)
    return f"x < {a} 또는 x > {b}", lambda v: v < a or v > b


def _cond_r(c: str, st: str) -> str:
    if "는" in c:
        head, tail = c.split("는", 1)
        return f"{_m(head, st)}{josa(head, '은/는')[len(head):]}{tail}"
    if " 또는 " in c:
        l1, l2 = c.split(" 또는 ")
        return f"{_m(l1, st)} 또는 {_m(l2, st)}"
    return _m(c, st)


@family("10공수2-02-04", "truth-set-of-condition")
def _s4_truthset(rng: random.Random) -> Problem:
    st = pick_style(rng)
    U, ud = _universe(rng)
    c, pred = _cond(rng, U)
    P = [v for v in U if pred(v)]
    while not P or len(P) == len(U):
        c, pred = _cond(rng, U)
        P = [v for v in U if pred(v)]
    neg = rng.random() < 0.35
    C = _cond_r(c, st)
    Ut = _sb("x", ud, st, pre="U = ")
    pn = _m("~p", st)
    if neg:
        q = rng.choice([f"조건 {pn}의 진리집합을 {_end(rng)}", f"조건 ‘p가 아니다’의 진리집합을 원소나열법으로 {_end(rng, '나')}"])
    else:
        q = rng.choice([f"조건 p의 진리집합 P를 {_end(rng)}", f"조건 p를 참이 되게 하는 원소 전체의 집합을 원소나열법으로 {_end(rng, '나')}"])
    text = rng.choice([
        f"전체집합 {Ut}에 대하여 조건 p가 ‘p: {C}’일 때, {q}",
        f"전체집합 {Ut}에서 정의된 조건 p: {C}에 대하여 {q}",
    ])
    res = [v for v in U if not pred(v)] if neg else P
    ans = _fmt_set_ans(res)
    return Problem(text=text, answer=ans, format="computation", difficulty=2 + neg, achievement_level="D" if not neg else "C",
                   concepts=["조건", "진리집합"] + (["부정"] if neg else []),
                   check=lambda: set(res) == (set(U) - set(P) if neg else set(P)))


def _negation_case(rng: random.Random):
    """(condition, correct negation, distractors, predicate, negation predicate, variables)."""
    kind = rng.randrange(4)
    a = rng.randint(-3, 3)
    b = a + rng.randint(2, 6)
    if kind == 0:
        return (f"{a} ≤ x < {b}", f"x < {a} 또는 x ≥ {b}",
                [f"x < {a} 그리고 x ≥ {b}", f"x ≤ {a} 또는 x > {b}", f"x < {a} 또는 x > {b}", f"x ≤ {a} 또는 x ≥ {b}", f"{a} > x ≥ {b}"],
                lambda v, w: a <= v < b, lambda v, w: v < a or v >= b)
    if kind == 1:
        return (f"x = {a} 또는 x = {b}", f"x ≠ {a} 그리고 x ≠ {b}",
                [f"x ≠ {a} 또는 x ≠ {b}", f"x = {a} 그리고 x = {b}", f"x ≠ {a} 그리고 x = {b}", f"x ≠ {a} 또는 x = {b}"],
                lambda v, w: v in (a, b), lambda v, w: v != a and v != b)
    if kind == 2:
        return (f"x > {a} 그리고 y > {b}", f"x ≤ {a} 또는 y ≤ {b}",
                [f"x ≤ {a} 그리고 y ≤ {b}", f"x < {a} 또는 y < {b}", f"x < {a} 그리고 y < {b}", f"x ≤ {a} 또는 y > {b}"],
                lambda v, w: v > a and w > b, lambda v, w: v <= a or w <= b)
    return (f"x ≥ {a} 또는 y < {b}", f"x < {a} 그리고 y ≥ {b}",
            [f"x < {a} 또는 y ≥ {b}", f"x ≤ {a} 그리고 y > {b}", f"x > {a} 그리고 y ≤ {b}", f"x < {a} 그리고 y > {b}"],
            lambda v, w: v >= a or w < b, lambda v, w: v < a and w >= b)


def _and_or(s: str, st: str) -> str:
    for conj in (" 그리고 ", " 또는 "):
        if conj in s:
            l1, l2 = s.split(conj)
            return f"{_m(l1, st)}{conj}{_m(l2, st)}"
    return _m(s, st)


@family("10공수2-02-04", "negation-of-condition-mcq")
def _s4_negcond(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c, ng, wr, pred, npred = _negation_case(rng)
    ch = choices(rng, _and_or(ng, st), [_and_or(w, st) for w in wr], n=5 if len(wr) >= 4 else 4)
    C = _and_or(c, st)
    stem = rng.choice([
        f"실수 x, y에 대한 조건 ‘{C}’의 부정은?" if "y" in c else f"실수 x에 대한 조건 ‘{C}’의 부정은?",
        f"조건 p: {C}에 대하여 조건 {_m('~p', st)}로 옳은 것은?",
        f"다음 중 조건 ‘{C}’의 부정을 바르게 나타낸 것은? (단, x, y는 실수이다.)" if "y" in c else f"다음 중 조건 ‘{C}’의 부정을 바르게 나타낸 것은? (단, x는 실수이다.)",
    ])
    grid = [(v / 2, w / 2) for v in range(-20, 21) for w in range(-20, 21)]
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["조건", "부정"], choice=ch,
                   check=lambda: all(npred(v, w) == (not pred(v, w)) for v, w in grid))


# (template with {k}, quantifier kind, predicate on integers used to decide truth over U)
_QPROPS = [
    ("x² ≤ {k}", lambda v, k: v * v <= k), ("x + {k} > 0", lambda v, k: v + k > 0), ("x² = x", lambda v, k: v * v == v),
    ("2x - 1 < {k}", lambda v, k: 2 * v - 1 < k), ("x² - {k}x < 0", lambda v, k: v * v - k * v < 0),
    ("|x| ≥ {k}", lambda v, k: abs(v) >= k), ("x³ = x", lambda v, k: v ** 3 == v),
]


@family("10공수2-02-04", "all-some-truth-over-finite-set")
def _s4_quant(rng: random.Random) -> Problem:
    st = pick_style(rng)
    U = rng.choice([[-1, 0, 1], [-2, -1, 0, 1, 2], [1, 2, 3, 4], [0, 1, 2, 3], [-1, 0, 1, 2]])
    labels = ["ㄱ", "ㄴ", "ㄷ"] + (["ㄹ"] if rng.random() < 0.4 else [])
    for _ in range(20):
        lines, truth = [], []
        for lab, (tmpl, pr) in zip(labels, rng.sample(_QPROPS, len(labels)), strict=True):
            k = rng.randint(1, 4)
            q = rng.choice(["모든", "어떤"])
            val = all(pr(v, k) for v in U) if q == "모든" else any(pr(v, k) for v in U)
            expr = _m(tmpl.format(k=k), st)
            lines.append(f"{lab}. {q} {_m('x', st)}에 대하여 {expr}이다.")
            truth.append(val)
        if 0 < sum(truth) < len(truth):
            break
    Ut = _m("U = " + _set(U), st)
    blank = rng.choice(["(  )", "[  ]"])
    mode = rng.choice(["fill", "pick"])
    if mode == "fill":
        text = (f"전체집합 {Ut}의 원소 x에 대하여 다음 명제의 참, 거짓을 판별하여 각 명제 뒤의 {blank} 안에 써넣으시오.\n"
                + "\n".join(f"{ln} {blank}" for ln in lines))
        ans = ", ".join("참" if t else "거짓" for t in truth)
    else:
        text = f"전체집합이 {Ut}일 때, 다음 중 참인 명제를 모두 고르시오.\n" + "\n".join(lines)
        ans = ", ".join(lab for lab, t in zip(labels, truth, strict=True) if t) or "없다"
    return Problem(text=text, answer=ans, format="fill" if mode == "fill" else "computation", difficulty=2, achievement_level="C",
                   concepts=["명제", "모든", "어떤"], check=lambda: len(truth) == len(lines))


_FLIP = {">": "≤", "≥": "<", "<": "≥", "≤": ">", "=": "≠", "≠": "="}


def _qcase(rng: random.Random) -> tuple[str, str, str, str, bool]:
    """(quantifier, domain, lhs, relation, rhs, truth) of a quantified proposition."""
    kind = rng.randrange(7)
    a = rng.randint(1, 4)
    k = rng.randint(1, 5)
    if kind == 0:
        return "모든", "실수", f"x² + {k}", ">", "0", True
    if kind == 1:
        return "어떤", "실수", "x²", "<", "0", False
    if kind == 2:
        return "어떤", "자연수", "x²", "=", "x", True
    if kind == 3:
        return "어떤", "실수", f"x² - {2 * a}x + {a * a}", "<", "0", False
    if kind == 4:
        return "모든", "실수", f"x² - {2 * a}x + {a * a + k}", ">", "0", True
    if kind == 5:
        return "모든", "자연수", "2x - 1", ">", str(k), False
    sq = rng.choice([4, 9, 16, 25, 2, 3, 5, 7])
    return "어떤", "정수", "x²", "=", str(sq), pymath.isqrt(sq) ** 2 == sq


@family("10공수2-02-04", "negate-quantified-proposition")
def _s4_negq(rng: random.Random) -> Problem:
    st = pick_style(rng)
    qf, dom, lhs, rel, rhs, tv = _qcase(rng)
    P = _m(f"{lhs} {rel} {rhs}", st)
    nq = "어떤" if qf == "모든" else "모든"
    X = _m("x", st)
    mode = rng.choice(["fill", "write", "truth"])
    prop = f"‘{qf} {dom} {X}에 대하여 {P}이다.’"
    if mode == "fill":
        b = rng.choice(["(  )", "□"])
        L = _m(lhs, st)
        text = (f"명제 {prop}의 부정은 ‘{b} {dom} {X}에 대하여 {L} {b} {_m(rhs, st)}이다.’이고, 이 부정은 {b}인 명제이다. "
                f"{b} 안에 알맞은 것을 차례대로 써넣으시오.")
        ans = f"{nq}, {_FLIP[rel]}, {'거짓' if tv else '참'}"
        fmt = "fill"
    elif mode == "write":
        text = rng.choice([f"명제 {prop}의 부정을 {_end(rng, '쓰')}", f"다음 명제의 부정을 말로 나타내시오.\n{prop[1:-1]}"])
        ans = f"{nq} {dom} x에 대하여 {_m(f'{lhs} {_FLIP[rel]} {rhs}', 'unicode')}이다."
        fmt = "computation"
    else:
        text = rng.choice([f"명제 {prop}의 부정을 쓰고, 그 부정의 참, 거짓을 판별하시오.",
                           f"명제 {prop}와 그 부정 중에서 참인 것을 쓰시오."])
        ans = (f"{nq} {dom} x에 대하여 {_m(f'{lhs} {_FLIP[rel]} {rhs}', 'unicode')}이다; " + ("거짓" if tv else "참")) if "판별" in text else \
            (f"{'원래 명제' if tv else '부정'}: " + (f"{qf} {dom} x에 대하여 {_m(f'{lhs} {rel} {rhs}', 'unicode')}이다." if tv else f"{nq} {dom} x에 대하여 {_m(f'{lhs} {_FLIP[rel]} {rhs}', 'unicode')}이다."))
        fmt = "word"
    xs = sp.Symbol("x", real=True)
    lhs_e = sp.sympify(re.sub(r"(\d)x", r"\1*x", lhs.replace("²", "**2")), locals={"x": xs})
    rhs_e = sp.sympify(rhs, locals={"x": xs})

    def truth() -> bool:
        if dom == "실수":
            rel_e = {">": sp.Gt, "<": sp.Lt}[rel](lhs_e, rhs_e)
            sol = sp.solveset(rel_e, xs, sp.S.Reals)
            return (sol == sp.S.Reals) if qf == "모든" else (sol != sp.S.EmptySet)
        rng_ = range(1, 200) if dom == "자연수" else range(-50, 51)
        dif = lhs_e - rhs_e
        f = {">": lambda v: dif.subs(xs, v) > 0, "=": lambda v: dif.subs(xs, v) == 0, "<": lambda v: dif.subs(xs, v) < 0}[rel]
        vals = [bool(f(v)) for v in rng_[:30]] if dom == "자연수" else [bool(f(v)) for v in range(-8, 9)]
        return all(vals) if qf == "모든" else any(vals)

    return Problem(text=text, answer=ans, format=fmt, difficulty=3 if mode != "write" else 2, achievement_level="C" if mode != "write" else "D",
                   concepts=["명제", "부정", "모든", "어떤"], check=lambda: truth() == tv)


def _impl_pool(rng: random.Random) -> list[tuple[str, str, bool, object]]:
    """(hypothesis, conclusion, truth, predicate pair on (x, y) over a grid) for p → q over the reals."""
    a = rng.randint(1, 5)
    b = a + rng.randint(1, 4)
    m_ = rng.choice([2, 3])
    return [
        (f"x = {a}", f"x² = {a * a}", True, (lambda v, w: v == a, lambda v, w: v * v == a * a)),
        (f"x² = {a * a}", f"x = {a}", False, (lambda v, w: v * v == a * a, lambda v, w: v == a)),
        (f"x > {b}", f"x > {a}", True, (lambda v, w: v > b, lambda v, w: v > a)),
        (f"x > {a}", f"x > {b}", False, (lambda v, w: v > a, lambda v, w: v > b)),
        (f"x² - {a + b}x + {a * b} = 0", f"x = {a}", False, (lambda v, w: v * v - (a + b) * v + a * b == 0, lambda v, w: v == a)),
        (f"x = {b}", f"x² - {a + b}x + {a * b} = 0", True, (lambda v, w: v == b, lambda v, w: v * v - (a + b) * v + a * b == 0)),
        (f"|x| < {a}", f"x < {a}", True, (lambda v, w: abs(v) < a, lambda v, w: v < a)),
        (f"x < {a}", f"|x| < {a}", False, (lambda v, w: v < a, lambda v, w: abs(v) < a)),
        ("xy > 0", "x > 0", False, (lambda v, w: v * w > 0, lambda v, w: v > 0)),
        ("x > 0이고 y > 0", "xy > 0", True, (lambda v, w: v > 0 and w > 0, lambda v, w: v * w > 0)),
        ("x + y > 0", "x > 0이고 y > 0", False, (lambda v, w: v + w > 0, lambda v, w: v > 0 and w > 0)),
        (f"x는 {2 * m_}의 배수", f"x는 {m_}의 배수", True, (lambda v, w: v % (2 * m_) == 0, lambda v, w: v % m_ == 0)),
        (f"x는 {m_}의 배수", f"x는 {2 * m_}의 배수", False, (lambda v, w: v % m_ == 0, lambda v, w: v % (2 * m_) == 0)),
        ("x² = y²", "x = y", False, (lambda v, w: v * v == w * w, lambda v, w: v == w)),
    ]


def _impl_txt(h: str, c: str, st: str) -> str:
    def part(s: str, hyp: bool = False) -> str:
        if "는 " in s:
            head, tail = s.split("는 ", 1)
            return f"{_m(head, st)}{'가' if hyp else '는'} {tail}"
        if "이고 " in s:
            l1, l2 = s.split("이고 ")
            return f"{_m(l1, st)}이고 {_m(l2, st)}"
        return _m(s, st)
    return f"{part(h, True)}이면 {part(c)}이다."


@family("10공수2-02-04", "which-implication-is-true-mcq")
def _s4_impl(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pool = _impl_pool(rng)
    want = rng.random() < 0.55
    good = [p for p in pool if p[2] == want]
    bad = [p for p in pool if p[2] != want]
    c = rng.choice(good)
    ws = rng.sample(bad, 4)
    note = "(단, x, y는 실수이다.)" if any("y" in p[0] + p[1] for p in [c, *ws]) else "(단, x는 실수이다.)"
    if any("배수" in p[0] for p in [c, *ws]):
        note = note.replace("실수", "정수")
    ch = choices(rng, _impl_txt(c[0], c[1], st), [_impl_txt(w[0], w[1], st) for w in ws])
    stem = (rng.choice(["다음 명제 중 참인 것은?", "다음 중 참인 명제는?"]) if want
            else rng.choice(["다음 명제 중 거짓인 것은?", "다음 중 반례가 있는 명제는?"]))
    grid = [(v, w) for v in range(-13, 14) for w in range(-13, 14)]

    def holds(p) -> bool:
        hp_, cp_ = p[3]
        return all(cp_(v, w) for v, w in grid if hp_(v, w))

    return Problem(text=f"{stem} {note}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["명제", "가정", "결론", "진리집합"], choice=ch,
                   check=lambda: holds(c) == want and all(holds(w) != want for w in ws))


_SCORES = [("수학 점수", "점", 50, 100), ("오래달리기 기록", "초", 280, 420), ("키", "cm", 150, 185), ("하루 스마트폰 사용 시간", "분", 30, 240)]


@family("10공수2-02-04", "all-some-from-table")
def _s4_table(rng: random.Random) -> Problem:
    item, unit, lo, hi = rng.choice(_SCORES)
    sp_unit = f" {unit}" if unit.isascii() else unit
    ppl = names(rng, rng.randint(4, 6))
    vals = [rng.randint(lo, hi) for _ in ppl]
    tbl = "| 이름 | " + " | ".join(ppl) + " |\n|---|" + "---|" * len(ppl) + f"\n| {item}({unit}) | " + " | ".join(map(str, vals)) + " |"
    t1 = rng.randint(lo + 5, hi - 5)
    t2 = rng.randint(lo + 5, hi - 5)
    cands = [
        (f"모든 학생의 {item}이 {t1}{sp_unit} 이상이다.", all(v >= t1 for v in vals)),
        (f"어떤 학생의 {item}은 {t2}{sp_unit} 미만이다.", any(v < t2 for v in vals)),
        (f"모든 학생의 {item}이 {t2}{sp_unit} 이하이다.", all(v <= t2 for v in vals)),
        (f"{item}이 {t1}{sp_unit} 초과인 학생이 적어도 한 명 있다.", any(v > t1 for v in vals)),
    ]
    cands = [(c.replace(f"{item}이", josa(item, "이/가")).replace(f"{item}은", josa(item, "은/는")), v) for c, v in cands]
    mode = rng.choice(["judge", "negate"])
    if mode == "judge":
        picks = rng.sample(cands, 3)
        lines = "\n".join(f"{lab}. {c}" for lab, (c, _v) in zip("ㄱㄴㄷ", picks, strict=True))
        text = f"다음은 어느 모둠 학생들의 {josa(item, '을/를')} 조사한 표이다.\n{tbl}\n다음 <보기>의 명제 중 참인 것을 모두 고르시오.\n{lines}"
        ans = ", ".join(lab for lab, (_c, v) in zip("ㄱㄴㄷ", picks, strict=True) if v) or "없다"
        chk = lambda: all(isinstance(v, bool) for _c, v in picks)  # noqa: E731
    else:
        c, v = cands[0]
        text = (f"다음 표는 학생 {len(ppl)}명의 {josa(item, '을/를')} 나타낸 것이다.\n{tbl}\n명제 ‘{c}’의 부정을 쓰고, 표를 보고 원래 명제와 그 부정 중 "
                f"참인 것을 {_end(rng, '쓰')}")
        neg = f"어떤 학생의 {josa(item, '은/는')} {t1}{sp_unit} 미만이다."
        ans = f"{neg} / 참인 것: {'원래 명제' if v else '부정'}"
        chk = lambda: v == (min(vals) >= t1)  # noqa: E731
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["명제", "모든", "어떤"] + (["부정"] if mode == "negate" else []), check=chk)


@family("10공수2-02-04", "quantified-proposition-parameter")
def _s4_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(3)
    kk = sp.Symbol("k", real=True)
    if kind == 0:
        c = rng.choice([4, 9, 16, 25, 36])
        r = pymath.isqrt(c)
        prop = f"‘모든 실수 {_m('x', st)}에 대하여 {_m(f'x² - 2kx + {c} ≥ 0', st)}이다.’"
        ask = rng.choice(["range", "count"])
        q = f"실수 k의 값의 범위를 {_end(rng)}" if ask == "range" else f"정수 k의 개수를 {_end(rng)}"
        text = f"명제 {josa(prop, '이/가')} 참이 되도록 하는 {q}"
        ans = f"{-r} ≤ k ≤ {r}" if ask == "range" else str(2 * r + 1)
        sol = sp.solveset((2 * kk) ** 2 - 4 * c <= 0, kk, sp.S.Reals)
        chk = lambda: sol == sp.Interval(-r, r)  # noqa: E731
        also, d = ["10공수1-02-11"], 4
    else:
        n = rng.randint(4, 8)
        U = list(range(1, n + 1))
        m_ = rng.randint(n + 2, n + 10)
        Ut = _m("U = " + _set(U), st) if rng.random() < 0.5 else _sb("x", f"{n} 이하의 자연수", st, pre="U = ")
        if kind == 1:
            prop = f"‘어떤 {_m('x', st)}에 대하여 {_m(f'x + a > {m_}', st)}이다.’"
            need = m_ - n + 1  # smallest integer a with n + a > m
            q = f"정수 a의 최솟값을 {_end(rng)}"
            chk = lambda: need == min(a for a in range(-50, 50) if any(v + a > m_ for v in U))  # noqa: E731
        else:
            prop = f"‘모든 {_m('x', st)}에 대하여 {_m(f'2x + a ≥ {m_}', st)}이다.’"
            need = m_ - 2
            q = f"정수 a의 최솟값을 {_end(rng)}"
            chk = lambda: need == min(a for a in range(-50, 50) if all(2 * v + a >= m_ for v in U))  # noqa: E731
        text = rng.choice([f"전체집합 {Ut}에 대하여 명제 {josa(prop, '이/가')} 참이 되도록 하는 {q}",
                           f"전체집합이 {Ut}일 때, 명제 {prop}가 참이기 위한 {q}"])
        text = text.replace(f"{prop}가", josa(prop, "이/가"))
        ans, also, d = str(need), [], 3
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["명제", "모든", "어떤"], also=also, check=chk)


@family("10공수2-02-04", "find-counterexamples")
def _s4_counter(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(4)
    if kind == 0:
        n = rng.randint(10, 20)
        U = list(range(1, n + 1))
        hyp, con = "x는 소수", "x는 홀수"
        P = [v for v in U if sp.isprime(v)]
        Q = [v for v in U if v % 2 == 1]
    elif kind == 1:
        k = rng.randint(2, 4)
        U = list(range(-k - 2, k + 3))
        hyp, con = f"x² > {k * k}", f"x > {k}"
        P = [v for v in U if v * v > k * k]
        Q = [v for v in U if v > k]
    elif kind == 2:
        n = rng.randint(10, 16)
        U = list(range(1, n + 1))
        a = rng.choice([2, 3])
        b = rng.choice([4, 6, 9]) if a == 3 else rng.choice([4, 6, 8])
        hyp, con = f"x는 {a}의 배수", f"x는 {b}의 배수"
        P = [v for v in U if v % a == 0]
        Q = [v for v in U if v % b == 0]
    else:
        n = rng.randint(8, 12)
        U = list(range(1, n + 1))
        m_ = rng.choice([2, 3])
        hyp, con = f"x는 {m_ * 2}의 약수", "x는 짝수"
        P = [v for v in U if (m_ * 2) % v == 0]
        Q = [v for v in U if v % 2 == 0]
    ce = sorted(set(P) - set(Q))
    Ut = _m("U = " + _set(U), st)

    def part(s_: str, pp: str) -> str:
        if "는 " in s_:
            h_, t_ = s_.split("는 ", 1)
            return f"{_m(h_, st)}{pp} {t_}"
        return _m(s_, st)

    prop = f"‘{part(hyp, '가')}이면 {part(con, '는')}이다.’"
    ask = rng.choice(["all", "count", "sum"])
    q = {"all": f"반례를 모두 {_end(rng)}", "count": f"반례의 개수를 {_end(rng)}", "sum": f"모든 반례의 합을 {_end(rng)}"}[ask]
    text = rng.choice([
        f"전체집합 {Ut}에서 명제 {prop}가 거짓임을 보이는 {q}",
        f"전체집합이 {Ut}일 때, 명제 {prop}의 {q}",
    ]).replace(f"{prop}가", josa(prop, "이/가"))
    ans = {"all": ", ".join(map(str, ce)), "count": str(len(ce)), "sum": str(sum(ce))}[ask]
    SP, SQ = sp.FiniteSet(*P), sp.FiniteSet(*Q)
    return Problem(text=text, answer=ans, format="computation", difficulty=2 if ask == "all" else 3, achievement_level="D" if ask == "all" else "C",
                   concepts=["명제", "진리집합", "가정", "결론"], check=lambda: sp.Complement(SP, SQ) == sp.FiniteSet(*ce) and len(ce) > 0)


# ================================================================================================
# 10공수2-02-05 명제의 역과 대우
# ================================================================================================
_NEG_REL = {"=": "≠", "≠": "=", ">": "≤", "<": "≥", "≥": "<", "≤": ">"}


def _neg_atom(s: str) -> str:
    """Negate one atomic condition such as ``x > 3``, ``x는 짝수``, ``a + b = 0`` (also ``…이고/또는 …``)."""
    for conj, other in ((" 그리고 ", " 또는 "), (" 또는 ", " 그리고 ")):
        if conj in s:
            l1, l2 = s.split(conj)
            return f"{_neg_atom(l1)}{other}{_neg_atom(l2)}"
    for rel in ("≠", "≥", "≤", "=", ">", "<"):
        if f" {rel} " in s:
            return s.replace(f" {rel} ", f" {_NEG_REL[rel]} ", 1)
    swap = {"짝수": "홀수", "홀수": "짝수"}
    for k, v in swap.items():
        if s.endswith(k):
            return s[: -len(k)] + v
    return s + "가 아니다"


def _cond_txt(s: str, st: str, subj: bool = False) -> str:
    """Render a condition; Korean ``x는 짝수`` keeps its words (with 가 when ``subj``)."""
    for conj in (" 그리고 ", " 또는 "):
        if conj in s:
            l1, l2 = s.split(conj)
            return f"{_cond_txt(l1, st, subj)}{conj}{_cond_txt(l2, st, subj)}"
    if "는 " in s:
        head, tail = s.split("는 ", 1)
        return f"{_m(head, st)}{'가' if subj else '는'} {tail}"
    return _m(s, st)


def _ifthen(h: str, c: str, st: str) -> str:
    return f"{_cond_txt(h, st, True)}이면 {_cond_txt(c, st)}이다."


# (hypothesis, conclusion, domain) — the truth of each direction is decided on an integer grid
_RC_POOL = [
    ("x = {a}", "x² = {a2}", "실수"), ("x > {b}", "x > {a}", "실수"), ("x ≥ {a}", "x² ≥ {a2}", "실수"),
    ("x + y > 0", "x > 0 또는 y > 0", "실수"), ("x = 0 그리고 y = 0", "x + y = 0", "실수"),
    ("xy = 0", "x = 0 또는 y = 0", "실수"), ("x는 {m2}의 배수", "x는 {m}의 배수", "자연수"),
    ("x + y는 홀수", "x는 홀수 또는 y는 홀수", "자연수"), ("x² - {s}x + {p} = 0", "x = {a} 또는 x = {b}", "실수"),
    ("x ≠ {a}", "x² - {s}x + {p} ≠ 0", "실수"), ("x는 짝수", "x²은 짝수", "자연수"),
]


def _rc_case(rng: random.Random) -> tuple[str, str, str]:
    a = rng.randint(1, 4)
    b = a + rng.randint(1, 3)
    m_ = rng.choice([2, 3])
    h, c, dom = rng.choice(_RC_POOL)
    f = {"a": a, "b": b, "a2": a * a, "m": m_, "m2": 2 * m_, "s": a + b, "p": a * b}
    return h.format(**f), c.format(**f), dom


def _eval_cond(s: str, v: int, w: int) -> bool:
    for conj, op_ in ((" 그리고 ", all), (" 또는 ", any)):
        if conj in s:
            return op_(_eval_cond(t, v, w) for t in s.split(conj))
    if s.endswith("가 아니다"):
        return not _eval_cond(s[: -len("가 아니다")], v, w)
    if "는 " in s or "은 " in s:
        head, tail = re.split(r"[는은] ", s, maxsplit=1)
        val = _eval_expr(head, v, w)
        if tail == "짝수":
            return val % 2 == 0
        if tail == "홀수":
            return val % 2 == 1
        k = int(re.match(r"(\d+)의 배수", tail).group(1))
        return val % k == 0
    for rel, fn in (("≠", lambda p_, q_: p_ != q_), ("≥", lambda p_, q_: p_ >= q_), ("≤", lambda p_, q_: p_ <= q_),
                    ("=", lambda p_, q_: p_ == q_), (">", lambda p_, q_: p_ > q_), ("<", lambda p_, q_: p_ < q_)):
        if f" {rel} " in s:
            l_, r_ = s.split(f" {rel} ")
            return fn(_eval_expr(l_, v, w), _eval_expr(r_, v, w))
    raise ValueError(s)


def _eval_expr(e: str, v: int, w: int) -> int:
    t = e.replace("²", "**2").replace("xy", "x*y")
    t = re.sub(r"(\d)x", r"\1*x", t)
    return eval(t, {"x": v, "y": w})


@functools.lru_cache(maxsize=4096)
def _holds(h: str, c: str, dom: str) -> bool:
    xs = range(-8, 9) if dom == "실수" else range(1, 25)
    ws = xs if "y" in h + c else (0,)
    return all(_eval_cond(c, v, w) for v in xs for w in ws if _eval_cond(h, v, w))


@family("10공수2-02-05", "write-converse-and-contrapositive")
def _s5_write(rng: random.Random) -> Problem:
    st = pick_style(rng)
    h, c, dom = _rc_case(rng)
    var = "x, y" if "y" in h + c else "x"
    P = _ifthen(h, c, st)
    ask = rng.choice(["conv", "contra", "both", "both-truth"])
    pre = f"{dom} {_m(var, st) if var == 'x' else var}에 대하여 " if rng.random() < 0.5 else ""
    note = "" if pre else f" (단, {var}는 {dom}이다.)"
    q = {"conv": f"역을 {_end(rng, '쓰')}", "contra": f"대우를 {_end(rng, '쓰')}", "both": f"역과 대우를 각각 {_end(rng, '쓰')}",
         "both-truth": "역과 대우를 각각 쓰고, 그 참, 거짓을 판별하시오."}[ask]
    text = rng.choice([f"{pre}명제 ‘{P}’의 {q}{note}", f"{pre}다음 명제의 {q}{note}\n{P}"])
    conv = _ifthen(c, h, "unicode")
    contra = _ifthen(_neg_atom(c), _neg_atom(h), "unicode")
    tv_c, tv_o = _holds(c, h, dom), _holds(h, c, dom)
    ans = {"conv": f"역: {conv}", "contra": f"대우: {contra}", "both": f"역: {conv} / 대우: {contra}",
           "both-truth": f"역: {conv} ({'참' if tv_c else '거짓'}) / 대우: {contra} ({'참' if tv_o else '거짓'})"}[ask]
    d = 3 if ask == "both-truth" else 2
    return Problem(text=text, answer=ans, format="computation", difficulty=d, achievement_level=secondary_level(d),
                   concepts=["명제", "역", "대우"] + (["부정"] if ask != "conv" else []),
                   check=lambda: _holds(_neg_atom(c), _neg_atom(h), dom) == tv_o)


@family("10공수2-02-05", "converse-or-contrapositive-true-bogi")
def _s5_bogi(rng: random.Random) -> Problem:
    st = pick_style(rng)
    which = rng.choice(["역", "대우"])
    for _ in range(40):
        cases = []
        while len(cases) < 3:
            cs = _rc_case(rng)
            if cs[:2] not in [x_[:2] for x_ in cases]:
                cases.append(cs)
        truth = [(_holds(c, h, d) if which == "역" else _holds(h, c, d)) for h, c, d in cases]
        if any(truth):
            break
    doms = {d for _h, _c, d in cases}
    vars_ = "x, y" if any("y" in h + c for h, c, _d in cases) else "x"
    note = f"(단, {vars_}는 {'실수' if doms == {'실수'} else '자연수' if doms == {'자연수'} else '정수'}이다.)"
    if doms == {"실수", "자연수"}:
        note = f"(단, {vars_}는 정수이다.)"
    lines = "\n".join(f"{lab}. {_ifthen(h, c, st)}" for lab, (h, c, _d) in zip("ㄱㄴㄷ", cases, strict=True))
    right = ", ".join(lab for lab, t in zip("ㄱㄴㄷ", truth, strict=True) if t)
    combos = ["ㄱ", "ㄴ", "ㄷ", "ㄱ, ㄴ", "ㄱ, ㄷ", "ㄴ, ㄷ", "ㄱ, ㄴ, ㄷ"]
    ch = choices(rng, right, [c_ for c_ in combos if c_ != right], sort_key=lambda c_: (len(c_), c_))
    stem = rng.choice([f"<보기>에서 {josa(which, '이/가')} 참인 명제만을 있는 대로 고른 것은? {note}",
                       f"다음 <보기>의 명제 중 그 {josa(which, '이/가')} 참인 것을 모두 고른 것은? {note}"])
    # independent: the converse is equivalent to the inverse, the original to its contrapositive
    alt = [(_holds(_neg_atom(h), _neg_atom(c), d) if which == "역" else _holds(_neg_atom(c), _neg_atom(h), d)) for h, c, d in cases]
    return Problem(text=f"{stem}\n{lines}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["명제", which], choice=ch, check=lambda: alt == truth and bool(right))


@family("10공수2-02-05", "truth-table-of-converse-contrapositive")
def _s5_table(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.3, 0.5, 0.2))
    k = rng.choice([2, 3])
    cases = []
    while len(cases) < k:
        cs = _rc_case(rng)
        if cs[:2] not in [x_[:2] for x_ in cases]:
            cases.append(cs)
    labels = iter("가나다라마바사아자")
    rows, ans = [], []
    for h, c, d in cases:
        o, cv = _holds(h, c, d), _holds(c, h, d)
        hide_orig = k == 2 and rng.random() < 0.4
        cells = []
        for i, val in enumerate((o, cv, o)):
            if i == 0 and not hide_orig:
                cells.append("참" if val else "거짓")
            else:
                cells.append(f"({next(labels)})")
                ans.append("참" if val else "거짓")
        rows.append(f"| {_ifthen(h, c, st)} | " + " | ".join(cells) + " |")
    vars_ = "x, y" if any("y" in h + c for h, c, _d in cases) else "x"
    doms = {d for _h, _c, d in cases}
    dom = doms.pop() if len(doms) == 1 else "정수"
    tbl = "| 명제 | 명제의 참, 거짓 | 역의 참, 거짓 | 대우의 참, 거짓 |\n|---|---|---|---|\n" + "\n".join(rows)
    last = f"(가)~({'가나다라마바사아자'[len(ans) - 1]})"
    text = (rng.choice([f"다음 표는 {dom} {vars_}에 대한 명제와 그 역, 대우의 참, 거짓을 정리한 것이다.",
                        f"{dom} {vars_}에 대하여 다음 명제의 역과 대우의 참, 거짓을 조사하려고 한다."])
            + f"\n{tbl}\n{last}에 알맞은 것을 차례대로 {_end(rng, '쓰')}")
    answer = ", ".join(ans)
    alt = []
    for h, c, d in cases:
        o, cv = _holds(h, c, d), _holds(_neg_atom(h), _neg_atom(c), d)
        alt.extend([o, cv, _holds(_neg_atom(c), _neg_atom(h), d)])
    return Problem(text=text, answer=answer, format="data", difficulty=3, achievement_level="C",
                   concepts=["명제", "역", "대우"], check=lambda: len(ans) >= k and all(isinstance(v, bool) for v in alt))


@family("10공수2-02-05", "parameter-by-contrapositive")
def _s5_param(rng: random.Random) -> Problem:
    st = pick_style(rng)
    aa = sp.Symbol("a")
    kind = rng.randrange(3)
    if kind == 0:
        r = rng.choice([v for v in range(-4, 5) if v != 0])
        a0 = rng.randint(-6, 8)
        b = a0 * r - r * r
        poly = f"x² - ax {'+' if b >= 0 else '-'} {abs(b)}" if b else "x² - ax"
        prop = f"‘{_m(poly + ' ≠ 0', st)}이면 {_m(f'x ≠ {r}', st)}이다.’"
        sol = sp.solve(r * r - aa * r + b, aa)
    elif kind == 1:
        r = rng.randint(1, 4)
        a0 = rng.randint(1, 6)
        c = a0 * r - 2 * r  # contrapositive: x = r → 2x + c = a x, i.e. a = (2r + c) / r
        prop = f"‘{_m(f'ax ≠ 2x {chr(43) if c >= 0 else chr(45)} {abs(c)}', st)}이면 {_m(f'x ≠ {r}', st)}이다.’"
        sol = sp.solve(aa * r - (2 * r + c), aa)
    else:
        r = rng.choice([-3, -2, -1])
        s_ = rng.randint(1, 4)
        if rng.random() < 0.5:
            r, s_ = s_, r
        a0 = r + s_
        p_ = r * s_
        prop = (f"‘{_m(f'x ≠ {r}', st)} 그리고 {_m(f'x ≠ {s_}', st)}이면 "
                f"{_m(f'x² - ax {chr(43) if p_ >= 0 else chr(45)} {abs(p_)} ≠ 0', st)}이다.’")
        sol = sp.solve([r * r - aa * r + p_, s_ * s_ - aa * s_ + p_], aa, dict=True)
        sol = [d_[aa] for d_ in sol]
    text = rng.choice([
        f"명제 {josa(prop, '이/가')} 참일 때, 상수 a의 값을 {_end(rng)}",
        f"명제 {josa(prop, '이/가')} 참이 되도록 하는 실수 a의 값을 {_end(rng)}",
        f"명제 {prop}의 대우가 참일 때, 상수 a의 값을 {_end(rng)}",
    ])
    return Problem(text=text, answer=str(a0), format="computation", difficulty=4 if kind != 1 else 3, achievement_level="B" if kind != 1 else "C",
                   concepts=["대우", "명제"], check=lambda: [int(v) for v in sol] == [a0])


@family("10공수2-02-05", "interval-parameter-contrapositive")
def _s5_interval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.randint(-2, 4)
    r = rng.randint(1, 3)
    lo, hi = c - r, c + r
    kind = rng.choice(["ge", "le"])
    # p: |x - c| <= r, q: x >= a (or x <= a);  ~q → ~p is true  <=>  P ⊂ Q
    P = _m(f"|x - {c}| ≤ {r}" if c > 0 else f"|x + {-c}| ≤ {r}" if c < 0 else f"|x| ≤ {r}", st)
    if rng.random() < 0.5:
        P = _m(f"{lo} ≤ x ≤ {hi}", st)
    if kind == "ge":
        Q = _m("x ≥ a", st)
        ans_val, what = lo, "최댓값"
    else:
        Q = _m("x ≤ a", st)
        ans_val, what = hi, "최솟값"
    text = rng.choice([
        f"실수 x에 대한 두 조건 p: {P}, q: {Q}에 대하여 명제 {_m('~q → ~p', st)}가 참이 되도록 하는 실수 a의 {what}을 {_end(rng)}",
        f"두 조건 p: {P}, q: {Q}에 대하여 명제 {_m('p → q', st)}의 대우가 참일 때, 실수 a의 {what}을 {_end(rng)}",
    ])
    text = text.replace(f"{_m('~q → ~p', st)}가", _jo(_m('~q → ~p', st), "이/가"))
    ok = [a for a in range(-20, 21) if all((v >= a) if kind == "ge" else (v <= a) for v in sp.Range(lo, hi + 1))]
    return Problem(text=text, answer=str(ans_val), format="computation", difficulty=4, achievement_level="B",
                   concepts=["대우", "진리집합", "조건"], also=["10공수1-02-10"] if "|" in P or "left|" in P else [],
                   check=lambda: (max(ok) if kind == "ge" else min(ok)) == ans_val)


# (관형형 긍정, 관형형 부정, 서술형 긍정, 서술형 부정)
_PREDS = [
    ("수학을 좋아하는", "수학을 좋아하지 않는", "수학을 좋아한다", "수학을 좋아하지 않는다"),
    ("안경을 쓴", "안경을 쓰지 않은", "안경을 썼다", "안경을 쓰지 않았다"),
    ("축구부인", "축구부가 아닌", "축구부이다", "축구부가 아니다"),
    ("아침을 먹은", "아침을 먹지 않은", "아침을 먹었다", "아침을 먹지 않았다"),
    ("자전거로 등교하는", "자전거로 등교하지 않는", "자전거로 등교한다", "자전거로 등교하지 않는다"),
    ("독서 동아리에 가입한", "독서 동아리에 가입하지 않은", "독서 동아리에 가입하였다", "독서 동아리에 가입하지 않았다"),
    ("피아노를 칠 줄 아는", "피아노를 칠 줄 모르는", "피아노를 칠 줄 안다", "피아노를 칠 줄 모른다"),
    ("강아지를 키우는", "강아지를 키우지 않는", "강아지를 키운다", "강아지를 키우지 않는다"),
]


def _sent(p: tuple[int, bool], q: tuple[int, bool], preds) -> str:
    (i, si), (j, sj) = p, q
    return f"{preds[i][0 if si else 1]} 학생은 {preds[j][2 if sj else 3]}."


@family("10공수2-02-05", "syllogism-everyday-mcq")
def _s5_syllogism(rng: random.Random) -> Problem:
    preds = rng.sample(_PREDS, 3)
    p, q, r = 0, 1, 2
    pattern = rng.randrange(2)
    facts = [((p, True), (q, True)), ((q, True), (r, True))] if pattern == 0 else [((p, True), (q, True)), ((r, True), (q, False))]

    def valid(h, c) -> bool:
        for vals in itertools.product((True, False), repeat=3):
            if all(vals[a] != sa or vals[b] == sb for (a, sa), (b, sb) in facts) and vals[h[0]] == h[1] and vals[c[0]] != c[1]:
                return False
        return True

    lits = [(v, s_) for v in range(3) for s_ in (True, False)]
    cands = [(h, c) for h in lits for c in lits if h[0] != c[0] and (h, c) not in facts]
    good = [hc for hc in cands if valid(*hc)]
    bad = [hc for hc in cands if not valid(*hc)]
    corr = rng.choice(good)
    wrong = rng.sample(bad, 4)
    ch = choices(rng, _sent(*corr, preds), [_sent(*w, preds) for w in wrong])
    who = rng.choice(["어느 학교 학생들", "우리 반 학생들", "어느 동아리 회원들"])
    fact_txt = "\n".join(f"(가) {_sent(*facts[0], preds)}|(나) {_sent(*facts[1], preds)}".split("|"))
    stem = rng.choice([f"{who}에 대하여 다음 두 명제가 모두 참일 때, 항상 참인 명제는?\n{fact_txt}",
                       f"다음 두 명제가 참이라고 할 때, 다음 중 반드시 참이라고 할 수 있는 것은? (단, 대상은 {who}이다.)\n{fact_txt}"])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=4, achievement_level="B",
                   concepts=["명제", "대우"], choice=ch, check=lambda: valid(*corr) and not any(valid(*w) for w in wrong))


def _naive_neg(s: str) -> str:
    """A typical mistake: negate each part but keep 그리고/또는."""
    for conj in (" 그리고 ", " 또는 "):
        if conj in s:
            l1, l2 = s.split(conj)
            return f"{_neg_atom(l1)}{conj}{_neg_atom(l2)}"
    return _neg_atom(s)


@family("10공수2-02-05", "choose-contrapositive-mcq")
def _s5_form(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(50):
        h, c, dom = _rc_case(rng)
        if " 그리고 " in h + c or " 또는 " in h + c or rng.random() < 0.2:
            break
    contra = _ifthen(_neg_atom(c), _neg_atom(h), st)
    cands = [_ifthen(c, h, st), _ifthen(_neg_atom(h), _neg_atom(c), st), _ifthen(_naive_neg(c), _naive_neg(h), st),
             _ifthen(_neg_atom(c), h, st), _ifthen(c, _neg_atom(h), st), _ifthen(_neg_atom(h), c, st), _ifthen(h, _neg_atom(c), st)]
    wrong = [w for w in dict.fromkeys(cands) if w != contra]
    ask = rng.choice(["대우", "역"])
    if ask == "역":
        right = _ifthen(c, h, st)
        wrong = [w for w in dict.fromkeys([contra, *cands]) if w != right]
    else:
        right = contra
    ch = choices(rng, right, wrong)
    vars_ = "x, y" if "y" in h + c else "x"
    stem = rng.choice([f"{dom} {vars_}에 대하여 명제 ‘{_ifthen(h, c, st)}’의 {josa(ask, '은/는')}?",
                       f"다음 명제의 {josa(ask, '으로/로')} 옳은 것은? (단, {vars_}는 {dom}이다.)\n{_ifthen(h, c, st)}"])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["명제", ask, "부정"], choice=ch,
                   check=lambda: _holds(_neg_atom(c), _neg_atom(h), dom) == _holds(h, c, dom))


@family("10공수2-02-05", "explain-converse-not-always-true")
def _s5_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(60):
        h, c, dom = _rc_case(rng)
        if _holds(h, c, dom) and not _holds(c, h, dom):
            break
    P = _ifthen(h, c, st)
    who = names(rng, 1)[0]
    text = rng.choice([
        f"{dom} x에 대하여 명제 ‘{P}’는 참이지만 그 역은 거짓이다. 역을 쓰고, 반례를 들어 역이 거짓임을 설명하시오.",
        f"{josa(who, '은/는')} ‘어떤 명제가 참이면 그 역도 참이다.’라고 주장하였다. 명제 ‘{P}’를 예로 들어 이 주장이 옳지 않음을 설명하시오. (단, x는 {dom}이다.)",
        f"{dom} x에 대하여 명제 ‘{P}’의 역과 대우를 쓰고, 명제와 대우의 참, 거짓은 같지만 역의 참, 거짓은 다를 수 있음을 이 예를 이용하여 설명하시오.",
    ])
    if "y" in h + c:
        text = text.replace(f"{dom} x에", f"{dom} x, y에").replace(f"x는 {dom}", f"x, y는 {dom}")
    return Problem(text=text, answer=None, format="proof", difficulty=3, achievement_level="B",
                   concepts=["명제", "역", "대우"],
                   check=lambda: _holds(h, c, dom) and not _holds(_neg_atom(h), _neg_atom(c), dom))


@family("10공수2-02-05", "truth-sets-which-implication-mcq")
def _s5_sets(rng: random.Random) -> Problem:
    st = pick_style(rng)
    n = rng.randint(10, 20)
    U = list(range(1, n + 1))
    kind = rng.randrange(3)
    if kind == 0:
        m_ = rng.choice([4, 6, 9, 8])
        k = rng.choice([2, 3]) if m_ in (4, 8) else 3 if m_ == 9 else rng.choice([2, 3])
        pc, qc = f"x는 {m_}의 배수", f"x는 {k}의 배수"
        P, Q = {v for v in U if v % m_ == 0}, {v for v in U if v % k == 0}
    elif kind == 1:
        m_ = rng.choice([6, 8, 9, 10])
        M = m_ * rng.choice([2, 3])
        pc, qc = f"x는 {m_}의 약수", f"x는 {M}의 약수"
        P, Q = {v for v in U if m_ % v == 0}, {v for v in U if M % v == 0}
    else:
        a = rng.randint(2, 5)
        b = a + rng.randint(2, 5)
        pc, qc = f"x ≤ {a}", f"x < {b}"
        P, Q = {v for v in U if v <= a}, {v for v in U if v < b}
    if rng.random() < 0.5:
        pc, qc, P, Q = qc, pc, Q, P
    Us = set(U)
    lit = {"p": P, "q": Q, "~p": Us - P, "~q": Us - Q}
    forms = ["p → q", "q → p", "~p → ~q", "~q → ~p", "p → ~q", "~q → p", "q → ~p", "~p → q"]
    tv = {f: lit[f.split(" → ")[0]] <= lit[f.split(" → ")[1]] for f in forms}
    want = rng.random() < 0.6
    good = [f for f in forms if tv[f] == want]
    bad = [f for f in forms if tv[f] != want]
    if not good or len(bad) < 4:
        want = not want
        good, bad = bad, good
    if not good or len(bad) < 4:
        return _s5_sets(rng)
    corr = rng.choice(good)
    ch = choices(rng, _m(corr, st), [_m(f, st) for f in rng.sample(bad, 4)])
    Ut = _sb("x", f"{n} 이하의 자연수", st, pre="U = ")
    stem = (f"전체집합 {Ut}에서 두 조건 p, q가 다음과 같을 때, 다음 명제 중 {'참' if want else '거짓'}인 것은?\n"
            f"p: {_cond_txt(pc, st)}\nq: {_cond_txt(qc, st)}")
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=3, achievement_level="C",
                   concepts=["진리집합", "대우", "역", "명제"], choice=ch,
                   check=lambda: (lit[corr.split(" → ")[0]] - lit[corr.split(" → ")[1]] == set()) == want)


# ================================================================================================
# 10공수2-02-06 충분조건과 필요조건
# ================================================================================================
_KINDS_NS = ["충분조건이지만 필요조건은 아니다", "필요조건이지만 충분조건은 아니다", "필요충분조건이다", "충분조건도 필요조건도 아니다"]


def _ns_kind(pq: bool, qp: bool) -> int:
    return 2 if pq and qp else 0 if pq else 1 if qp else 3


_NS_POOL = [
    ("x = {a}", "x² = {a2}", "실수"), ("x > {b}", "x > {a}", "실수"), ("x > {a}", "x > {b}", "실수"),
    ("xy = 0", "x = 0", "실수"), ("x² + y² = 0", "x = 0 그리고 y = 0", "실수"), ("x + y > 0", "x > 0", "실수"),
    ("x² = y²", "x = y", "실수"), ("x는 {m2}의 배수", "x는 {m}의 배수", "자연수"), ("x는 짝수", "x²은 짝수", "자연수"),
    ("x² - {s}x + {p} = 0", "x = {a}", "실수"), ("x = {a} 또는 x = {b}", "x² - {s}x + {p} = 0", "실수"),
    ("x > 0 그리고 y > 0", "xy > 0", "실수"), ("x ≥ {a}", "x > {b}", "실수"), ("x + y는 짝수", "x와 y는 짝수", "자연수"),
]


def _ns_case(rng: random.Random) -> tuple[str, str, str]:
    a = rng.randint(1, 4)
    b = a + rng.randint(1, 3)
    m_ = rng.choice([2, 3])
    h, c, dom = rng.choice(_NS_POOL)
    f = {"a": a, "b": b, "a2": a * a, "m": m_, "m2": 2 * m_, "s": a + b, "p": a * b}
    h, c = h.format(**f), c.format(**f)
    if rng.random() < 0.5:
        h, c = c, h
    return h, c, dom


def _holds2(h: str, c: str, dom: str) -> bool:
    if "x와 y는 짝수" in h + c:
        xs = range(1, 13)
        pf = {"x + y는 짝수": lambda v, w: (v + w) % 2 == 0, "x와 y는 짝수": lambda v, w: v % 2 == 0 and w % 2 == 0}
        return all(pf[c](v, w) for v in xs for w in xs if pf[h](v, w))
    return _holds(h, c, dom)


def _cond_txt2(s: str, st: str) -> str:
    if s == "x와 y는 짝수":
        return f"{_m('x', st)}와 {_m('y', st)}는 모두 짝수"
    return _cond_txt(s, st)


@family("10공수2-02-06", "classify-condition-mcq")
def _s6_classify(rng: random.Random) -> Problem:
    st = pick_style(rng)
    h, c, dom = _ns_case(rng)
    kind = _ns_kind(_holds2(h, c, dom), _holds2(c, h, dom))
    vars_ = "x, y" if "y" in h + c else "x"
    ch = choices(rng, _KINDS_NS[kind], [k for i, k in enumerate(_KINDS_NS) if i != kind], n=4, sort_key=_KINDS_NS.index)
    text = rng.choice([
        f"{dom} {vars_}에 대한 두 조건 p: {_cond_txt2(h, st)}, q: {_cond_txt2(c, st)}에 대하여 p는 q이기 위한 어떤 조건인가?",
        f"두 조건 p, q가 다음과 같을 때, p는 q이기 위한 무슨 조건인지 고르시오. (단, {vars_}는 {dom}이다.)\np: {_cond_txt2(h, st)}\nq: {_cond_txt2(c, st)}",
    ])
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["충분조건", "필요조건", "필요충분조건"], choice=ch,
                   check=lambda: _ns_kind(_holds2(_neg_atom(c), _neg_atom(h), dom) if "와 y" not in h + c else _holds2(h, c, dom),
                                          _holds2(_neg_atom(h), _neg_atom(c), dom) if "와 y" not in h + c else _holds2(c, h, dom)) == kind)


@family("10공수2-02-06", "interval-parameter-condition")
def _s6_interval(rng: random.Random) -> Problem:
    st = pick_style(rng)
    lo = rng.randint(-4, 1)
    hi = lo + rng.randint(5, 9)
    w1, w2 = rng.randint(0, 2), rng.randint(1, 3)
    which = rng.choice(["suff", "nec"])
    Q = _m(f"{lo} ≤ x ≤ {hi}", st)
    P = _m(f"{_lin_a(-w1)} ≤ x ≤ {_lin_a(w2)}", st)
    # suff: p ⇒ q (P ⊂ Q);  nec: q가 p이기 위한 필요조건, i.e. p ⇒ q as well but phrased from q's side
    phrase = "p가 q이기 위한 충분조건" if which == "suff" else "q가 p이기 위한 필요조건"
    amin, amax = lo + w1, hi - w2
    ask = rng.choice(["count", "range", "maxmin"])
    q = {"count": f"정수 a의 개수를 {_end(rng)}", "range": f"실수 a의 값의 범위를 {_end(rng)}",
         "maxmin": f"실수 a의 최댓값과 최솟값의 합을 {_end(rng)}"}[ask]
    text = rng.choice([
        f"실수 x에 대한 두 조건 p: {P}, q: {Q}에 대하여 {josa(phrase, '이/가')} 되도록 하는 {q}",
        f"두 조건 p: {P}, q: {Q}에 대하여 {phrase}일 때, {q}",
    ])
    ans = {"count": str(amax - amin + 1), "range": f"{amin} ≤ a ≤ {amax}", "maxmin": str(amin + amax)}[ask]
    ok = [a for a in range(-30, 31) if lo <= a - w1 and a + w2 <= hi]
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["충분조건" if which == "suff" else "필요조건", "진리집합"],
                   check=lambda: (min(ok), max(ok)) == (amin, amax))


@family("10공수2-02-06", "root-sufficient-condition")
def _s6_root(rng: random.Random) -> Problem:
    st = pick_style(rng)
    aa = sp.Symbol("a")
    r = rng.choice([v for v in range(-4, 5) if v != 0])
    a0 = rng.randint(-5, 6)
    c = -(r * r + a0 * r)  # r² + a0 r + c = 0
    eq = _m(f"x² + ax {'+' if c >= 0 else '-'} {abs(c)} = 0" if c else "x² + ax = 0", st)
    X = _m(f"x = {r}", st)
    text = rng.choice([
        f"{_jo(X, '이/가')} {eq}이기 위한 충분조건일 때, 상수 a의 값을 {_end(rng)}",
        f"두 조건 p: {X}, q: {eq}에 대하여 p가 q이기 위한 충분조건이 되도록 하는 상수 a의 값을 {_end(rng)}",
        f"{_jo(eq, '이/가')} {X}이기 위한 필요조건일 때, 상수 a의 값과 방정식의 나머지 한 근을 차례대로 {_end(rng)}",
    ])
    other = -a0 - r
    ans = f"{a0}, {other}" if "나머지" in text else str(a0)
    sols = sp.solve(r * r + aa * r + c, aa)
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["충분조건"] if "충분" in text else ["필요조건"],
                   check=lambda: sols == [a0] and sp.expand((x - r) * (x - other)) == sp.expand(x ** 2 + a0 * x + c))


@family("10공수2-02-06", "truth-sets-table-bogi")
def _s6_table(rng: random.Random) -> Problem:
    n = rng.randint(8, 12)
    U = list(range(1, n + 1))
    base = set(rng.sample(U, rng.randint(4, 6)))
    sub = set(rng.sample(sorted(base), rng.randint(2, 3)))
    other = set(rng.sample(sorted(sub), 1)) | set(rng.sample([v for v in U if v not in base], 2))
    sets = [sub, base, other]
    rng.shuffle(sets)
    names_ = ["p", "q", "r"]
    S = dict(zip(names_, sets, strict=True))
    tbl = "| 조건 | 진리집합 |\n|---|---|\n" + "\n".join(f"| {k} | {_fmt_set_ans(v)} |" for k, v in S.items())
    pairs = [(a, b) for a in names_ for b in names_ if a != b]
    rel = [pr for pr in pairs if S[pr[0]] <= S[pr[1]]]
    pairs_pick = [rel[0], *rng.sample([pr for pr in pairs if pr != rel[0]], 2)]
    rng.shuffle(pairs_pick)
    stmts = []
    for a, b in pairs_pick:
        tvs = {"충분": S[a] <= S[b], "필요": S[b] <= S[a], "필요충분": S[a] == S[b]}
        true_types = [t_ for t_, v_ in tvs.items() if v_]
        typ = rng.choice(true_types) if true_types and rng.random() < 0.7 else rng.choice(["충분", "필요", "충분", "필요", "필요충분"])
        tv = tvs[typ]
        stmts.append((f"{josa(a, '은/는')} {b}이기 위한 {typ}조건이다.", tv))
    lines = "\n".join(f"{lab}. {t}" for lab, (t, _v) in zip("ㄱㄴㄷ", stmts, strict=True))
    ans = ", ".join(lab for lab, (_t, v) in zip("ㄱㄴㄷ", stmts, strict=True) if v) or "없다"
    text = (rng.choice([f"전체집합 U = {{1, 2, 3, …, {n}}}에서 정의된 세 조건 p, q, r의 진리집합이 다음 표와 같다.",
                        f"전체집합 U = {{x | x는 {n} 이하의 자연수}}에 대하여 세 조건 p, q, r의 진리집합을 조사하였더니 다음과 같았다."])
            + f"\n{tbl}\n<보기>에서 옳은 것을 모두 {rng.choice(['고르시오.', '고르세요.', '골라 쓰시오.'])}\n{lines}")
    return Problem(text=text, answer=ans, format="data", difficulty=3, achievement_level="C",
                   concepts=["충분조건", "필요조건", "진리집합"],
                   check=lambda: all(((S[a] <= S[b]) and (S[b] <= S[a])) == (S[a] == S[b]) for a, b in pairs))


# (p, q, kind of p for q: 0 충분, 1 필요, 2 필요충분) — fixed facts; numbers filled in where present
_FILL_POOL = [
    ("사각형 ABCD가 정사각형이다", "사각형 ABCD가 마름모이다", 0), ("삼각형 ABC가 정삼각형이다", "삼각형 ABC가 이등변삼각형이다", 0),
    ("n이 짝수이다", "n²이 짝수이다", 2), ("x > {a}", "x > {b}", 1), ("x = {a}", "x² = {a2}", 0), ("xy = 0", "x = 0", 1),
    ("x² + y² = 0", "x = 0 그리고 y = 0", 2), ("사각형 ABCD가 평행사변형이다", "사각형 ABCD가 직사각형이다", 1),
    ("두 삼각형이 서로 합동이다", "두 삼각형의 넓이가 같다", 0), ("n이 6의 배수이다", "n이 3의 배수이다", 0),
    ("x + y > 0 그리고 xy > 0", "x > 0 그리고 y > 0", 2), ("|x| = |y|", "x = y", 1), ("x² = {a2}", "x = {a} 또는 x = -{a}", 2),
]
_KIND_WORD = ["충분", "필요", "필요충분"]


@family("10공수2-02-06", "fill-sufficient-necessary")
def _s6_fill(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.choice([2, 3])
    picks = rng.sample(_FILL_POOL, k)
    a = rng.randint(1, 5)
    b = a + rng.randint(1, 4)
    blank = rng.choice(["(  )", "□", "(    )"])
    lines, ans = [], []
    for i, (p_, q_, kind) in enumerate(picks, 1):
        p_, q_ = p_.format(a=a, b=b, a2=a * a), q_.format(a=a, b=b, a2=a * a)
        if rng.random() < 0.4 and kind != 2:
            p_, q_, kind = q_, p_, 1 - kind
        if re.search("[가-힣]", p_) and not p_.startswith(("x", "|")):
            pt = p_[:-2] + "인 것은" if p_.endswith("이다") else p_[:-1] + "은 것은"
            qt = q_[:-2] + "이기" if q_.endswith("이다") else q_[:-1] + "기"
            lines.append(f"({i}) {pt} {qt} 위한 {blank}조건이다.")
        else:
            lines.append(f"({i}) {_jo(_and_or(p_, st), '은/는')} {_and_or(q_, st)}이기 위한 {blank}조건이다.")
        ans.append(_KIND_WORD[kind])
    text = rng.choice([
        f"다음 {blank} 안에 ‘충분’, ‘필요’, ‘필요충분’ 중 알맞은 것을 차례대로 써넣으시오.\n",
        f"다음 문장이 옳도록 {blank} 안에 충분, 필요, 필요충분 중 하나를 써넣으세요.\n",
    ]) + "\n".join(lines)
    notes = (["x, y는 실수"] if any("x" in p_ + q_ for p_, q_, _k in picks) else []) + (["n은 자연수"] if any("n" in p_ for p_, _q, _k in picks) else [])
    if notes:
        text = text.replace("\n", f" (단, {', '.join(notes)}이다.)\n", 1).replace("실수, n은", "실수이고, n은")
    return Problem(text=text, answer=", ".join(ans), format="fill", difficulty=2, achievement_level="D",
                   concepts=["충분조건", "필요조건", "필요충분조건"], check=lambda: len(ans) == k)


@family("10공수2-02-06", "chain-of-conditions-mcq")
def _s6_chain(rng: random.Random) -> Problem:
    letters = ["p", "q", "r", "s"]
    n = 4
    for _ in range(100):
        order = rng.sample(range(n), n)
        edges = {(order[0], order[1]), (order[1], order[2])}
        while len(edges) < 3:
            a, b = rng.sample(range(n), 2)
            edges.add((a, b))
        reach = {(a, b) for a in range(n) for b in range(n) if a != b}
        R = {(a, a) for a in range(n)} | set(edges)
        changed = True
        while changed:
            new = {(a, d) for a, b in R for c, d in R if b == c} - R
            changed = bool(new)
            R |= new
        tr = [pr for pr in reach if pr in R and pr not in edges]
        fa = [pr for pr in reach if pr not in R]
        if tr and len(fa) >= 4:
            break

    def fact(a: int, b: int) -> str:
        form = rng.randrange(3)
        if form == 0:
            return f"{josa(letters[a], '은/는')} {letters[b]}이기 위한 충분조건이다."
        if form == 1:
            return f"{josa(letters[b], '은/는')} {letters[a]}이기 위한 필요조건이다."
        return f"명제 {letters[a]} → {josa(letters[b], '은/는')} 참이다."
    facts = "\n".join(f"({i}) {fact(a, b)}" for i, (a, b) in enumerate(sorted(edges), 1))
    def stmt(a: int, b: int) -> str:
        return rng.choice([f"{josa(letters[a], '은/는')} {letters[b]}이기 위한 충분조건이다.",
                           f"{josa(letters[b], '은/는')} {letters[a]}이기 위한 필요조건이다."])
    corr = rng.choice(tr)
    ws = rng.sample(fa, 4)
    c_txt = stmt(*corr)
    ch = choices(rng, c_txt, [stmt(*w) for w in ws])
    text = (f"{n}개의 조건 {', '.join(letters)}에 대하여 다음이 모두 성립한다.\n{facts}\n"
            + rng.choice(["다음 중 항상 옳은 것은?", "다음 중 반드시 참인 것은?"]) + f"\n{ch.block}")
    return Problem(text=text, answer=ch.label, format="mcq", difficulty=4, achievement_level="B",
                   concepts=["충분조건", "필요조건", "명제"], choice=ch,
                   check=lambda: corr in R and all(w not in R for w in ws) and c_txt not in [stmt(*w) for w in ws])


@family("10공수2-02-06", "necessary-condition-quadratic")
def _s6_quad(rng: random.Random) -> Problem:
    st = pick_style(rng)
    r1 = rng.randint(-4, 2)
    r2 = r1 + rng.randint(1, 5)
    s_, p_ = r1 + r2, r1 * r2
    poly = "x²" + (f" - {s_}x" if s_ > 0 else f" + {-s_}x" if s_ < 0 else "") + (f" + {p_}" if p_ > 0 else f" - {-p_}" if p_ < 0 else "")
    P = _m(f"{poly} ≤ 0", st)
    kind = rng.choice(["ge", "le"])
    Q = _m("x ≥ k", st) if kind == "ge" else _m("x ≤ k", st)
    phr = rng.choice(["q가 p이기 위한 필요조건", "p가 q이기 위한 충분조건"])
    what = "최댓값" if kind == "ge" else "최솟값"
    ans = r1 if kind == "ge" else r2
    text = rng.choice([
        f"실수 x에 대한 두 조건 p: {P}, q: {Q}에 대하여 {josa(phr, '이/가')} 되도록 하는 실수 k의 {what}을 {_end(rng)}",
        f"두 조건 p: {P}, q: {Q}에 대하여 {phr}일 때, 실수 k의 {what}을 {_end(rng)}",
    ])
    sol = sorted(sp.solve(x ** 2 - s_ * x + p_, x))
    return Problem(text=text, answer=str(ans), format="computation", difficulty=4, achievement_level="B",
                   concepts=["필요조건", "충분조건", "진리집합"], also=["10공수1-02-11"],
                   check=lambda: sol == [r1, r2] and (x ** 2 - s_ * x + p_).subs(x, sp.Rational(r1 + r2, 2)) < 0)


@family("10공수2-02-06", "explain-condition-with-truth-sets")
def _s6_explain(rng: random.Random) -> Problem:
    st = pick_style(rng)
    for _ in range(60):
        h, c, dom = _ns_case(rng)
        if "와 y" in h + c:
            continue
        pq, qp = _holds2(h, c, dom), _holds2(c, h, dom)
        if pq != qp:
            break
    kind = _ns_kind(pq, qp)
    vars_ = "x, y" if "y" in h + c else "x"
    claim = "충분조건이지만 필요조건은 아니다" if kind == 0 else "필요조건이지만 충분조건은 아니다"
    P, Q = _cond_txt2(h, st), _cond_txt2(c, st)
    text = rng.choice([
        f"{dom} {vars_}에 대하여 두 조건 p: {P}, q: {Q}가 있다. p는 q이기 위한 {claim}. 그 이유를 두 명제 p → q, q → p의 참, 거짓을 이용하여 설명하시오.",
        f"{dom} {vars_}에 대한 두 조건 p: {P}, q: {Q}에 대하여 p가 q이기 위한 충분조건인지, 필요조건인지 판단하고, 참이 아닌 쪽의 명제에는 반례를 들어 설명하시오.",
    ])
    text = text.replace(f"q: {Q}가 있다", f"q: {_jo(Q, '이/가')} 있다")
    return Problem(text=text, answer=None if "이유를" in text else claim.split("이지만")[0], format="proof",
                   difficulty=3, achievement_level="B", concepts=["충분조건", "필요조건", "명제"],
                   check=lambda: _holds2(_neg_atom(c), _neg_atom(h), dom) == pq)


_ELIG = [("롤러코스터", "키", "cm", 110, 195), ("청소년 요금 할인", "나이", "세", 13, 18), ("어린이 수영 강좌", "나이", "세", 7, 12),
         ("무료 배송", "주문 금액", "만 원", 3, 20), ("놀이 기구", "키", "cm", 120, 190)]


@family("10공수2-02-06", "eligibility-condition-word")
def _s6_word(rng: random.Random) -> Problem:
    what, attr, unit, L, H = rng.choice(_ELIG)
    kind = rng.randrange(4)
    sp_ = " " if unit.isascii() else ""
    if kind == 0:  # inside: sufficient
        lo = rng.randint(L, H - 2)
        hi = rng.randint(lo, H)
        if (lo, hi) == (L, H):
            hi -= 1
        pdesc = f"{attr}가 {lo}{sp_}{unit} 이상 {hi}{sp_}{unit} 이하이다" if lo != hi else f"{attr}가 {lo}{sp_}{unit}이다"
    elif kind == 1:  # contains: necessary
        lo = L - rng.randint(1, 5)
        hi = H
        pdesc = f"{attr}가 {lo}{sp_}{unit} 이상이다"
    elif kind == 2:
        lo, hi = L, H
        pdesc = f"{attr}가 {L}{sp_}{unit} 이상 {H}{sp_}{unit} 이하이다"
    else:
        lo = rng.randint(L + 1, H - 1)
        hi = H + rng.randint(2, 10)
        pdesc = f"{attr}가 {lo}{sp_}{unit} 이상 {hi}{sp_}{unit} 이하이다"
    pdesc = pdesc.replace(f"{attr}가", josa(attr, "이/가"))
    rule = f"{josa(attr, '이/가')} {L}{sp_}{unit} 이상 {H}{sp_}{unit} 이하"
    ctx = rng.choice([f"{what}의 이용 조건은 ‘{rule}’이다.", f"어느 시설의 {josa(what, '은/는')} {rule}일 때만 이용할 수 있다."])
    elig = set(range(L, H + 1))
    Pset = set(range(lo, hi + 1))
    pq, qp = Pset <= elig, elig <= Pset
    k = _ns_kind(pq, qp)
    q_txt = f"{josa(what, '을/를')} 이용할 수 있다"
    text = (f"{ctx} 두 조건 p: ‘{pdesc}.’, q: ‘{q_txt}.’에 대하여 p는 q이기 위한 어떤 조건인지 "
            + rng.choice(["쓰시오.", "말하고 그 이유를 쓰시오.", "판단하시오."]) + f" (단, {attr}는 {unit} 단위의 자연수로만 생각한다.)")
    text = text.replace(f"(단, {attr}는", f"(단, {josa(attr, '은/는')}")
    ans = ["충분조건 (필요조건은 아니다)", "필요조건 (충분조건은 아니다)", "필요충분조건", "충분조건도 필요조건도 아니다"][k]
    return Problem(text=text, answer=ans, format="word", difficulty=3, achievement_level="C",
                   concepts=["충분조건", "필요조건", "필요충분조건"],
                   check=lambda: k == (2 if Pset == elig else 0 if Pset < elig else 1 if elig < Pset else 3))


# ================================================================================================
# 10공수2-02-07 대우를 이용한 증명법과 귀류법
# ================================================================================================
@family("10공수2-02-07", "contrapositive-proof-fill-parity")
def _s7_parity(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.5, 0.5, 0.0))
    var = rng.choice(["n", "m", "a"])
    kind = rng.randrange(3)
    b1, b2, b3 = rng.choice([("(가)", "(나)", "(다)"), ("㉠", "㉡", "㉢")])
    k = sp.Symbol("k")
    if kind == 0:
        prop = f"{_m(var + '²', st)}이 짝수이면 {_m(var, st)}은 짝수이다"
        lines = [f"주어진 명제의 대우 ‘{_m(var, st)}이 {b1}이면 {_m(var + '²', st)}은 {b2}이다.’가 참임을 보이면 된다.",
                 f"{_m(f'{var} = 2k - 1', st)} ({_m('k', st)}는 자연수)이라 하면",
                 f"{_m(f'{var}² = (2k - 1)² = 2(', st)}{b3}{_m(') + 1', st)}",
                 f"이므로 {_m(var + '²', st)}은 {b2}이다. 따라서 주어진 명제는 참이다."]
        ans = "홀수, 홀수, 2k² − 2k"
        chk = lambda: sp.expand((2 * k - 1) ** 2 - (2 * (2 * k ** 2 - 2 * k) + 1)) == 0  # noqa: E731
    elif kind == 1:
        prop = f"{_m(var + '²', st)}이 홀수이면 {_m(var, st)}은 홀수이다"
        lines = [f"주어진 명제의 대우 ‘{_m(var, st)}이 {b1}이면 {_m(var + '²', st)}은 {b2}이다.’가 참임을 보이면 된다.",
                 f"{_m(f'{var} = 2k', st)} ({_m('k', st)}는 자연수)라 하면",
                 f"{_m(f'{var}² = (2k)² = 2(', st)}{b3}{_m(')', st)}",
                 f"이므로 {_m(var + '²', st)}은 {b2}이다. 따라서 주어진 명제는 참이다."]
        ans = "짝수, 짝수, 2k²"
        chk = lambda: sp.expand((2 * k) ** 2 - 2 * (2 * k ** 2)) == 0  # noqa: E731
    else:
        prop = f"{_m(var + '²', st)}이 3의 배수이면 {_m(var, st)}은 3의 배수이다"
        lines = [f"주어진 명제의 대우 ‘{_m(var, st)}이 3의 배수가 아니면 {_m(var + '²', st)}도 3의 배수가 아니다.’가 참임을 보이면 된다.",
                 f"{_m(var, st)}이 3의 배수가 아니면 {_m(f'{var} = 3k + 1', st)} 또는 {_m(f'{var} = 3k + 2', st)} ({_m('k', st)}는 음이 아닌 정수)로 나타낼 수 있다.",
                 f"(i) {_m(f'{var} = 3k + 1', st)}일 때, {_m(f'{var}² = 3(', st)}{b1}{_m(') + 1', st)}",
                 f"(ii) {_m(f'{var} = 3k + 2', st)}일 때, {_m(f'{var}² = 3(', st)}{b2}{_m(') + 1', st)}",
                 f"따라서 {_m(var + '²', st)}을 3으로 나눈 나머지는 {b3}이므로 {_m(var + '²', st)}은 3의 배수가 아니다."]
        ans = "3k² + 2k, 3k² + 4k + 1, 1"
        chk = lambda: (sp.expand((3 * k + 1) ** 2 - 3 * (3 * k ** 2 + 2 * k) - 1) == 0  # noqa: E731
                       and sp.expand((3 * k + 2) ** 2 - 3 * (3 * k ** 2 + 4 * k + 1) - 1) == 0)
    text = (f"다음은 자연수 {_m(var, st)}에 대하여 명제 ‘{prop}.’를 대우를 이용하여 증명하는 과정이다. "
            f"{b1}, {b2}, {b3}에 알맞은 것을 차례대로 {_end(rng, '쓰')}\n" + "\n".join(lines))
    text = re.sub(r"(\$?[a-z]\$?)이 ", lambda mm: mm.group(1) + ("이 " if mm.group(1).strip("$") in "mn" else "가 "), text)
    text = re.sub(r"(\$?[a-z]\$?)은 ", lambda mm: mm.group(1) + ("은 " if mm.group(1).strip("$") in "mn" else "는 "), text)
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["대우", "명제"], check=chk)


@family("10공수2-02-07", "irrational-root-contradiction-fill")
def _s7_sqrt(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.5, 0.5, 0.0))
    p_ = rng.choice([2, 3, 5, 7])
    b = rng.choice([("(가)", "(나)", "(다)"), ("㉠", "㉡", "㉢"), ("[A]", "[B]", "[C]")])
    R = _m(f"√{p_}", st)
    variant = rng.randrange(2)
    if variant == 0:
        lines = [f"{_jo(R, '이/가')} 유리수라고 가정하면 {R} = {_m('n', st) if st == 'latex' else 'n'}/{_m('m', st) if st == 'latex' else 'm'} ({_m('m', st)}, {_m('n', st)}은 {b[0]}인 자연수)로 나타낼 수 있다.",
                 f"양변을 제곱하면 {_m('n²', st)} = {b[1]}이므로 {_m('n²', st)}은 {p_}의 배수이고, 따라서 {_m('n', st)}도 {p_}의 배수이다.",
                 f"{_m(f'n = {p_}k', st)} ({_m('k', st)}는 자연수)라 하면 {_m(f'{p_ * p_}k² = {p_}m²', st)}, 즉 {_m('m²', st)} = {b[2]}이므로 {_m('m', st)}도 {p_}의 배수이다.",
                 f"이것은 {_m('m', st)}, {_m('n', st)}이 {b[0]}라는 가정에 모순이므로 {josa(R, '은/는')} 무리수이다."]
        ans = f"서로소, {p_}m², {p_}k²"
        if st == "latex":
            lines[0] = lines[0].replace(f"{R} = $n$/$m$", f"$\\sqrt{{{p_}}} = \\frac{{n}}{{m}}$")
    else:
        lines = [f"결론을 부정하여 {_jo(R, '이/가')} {b[0]}라고 가정하자.",
                 f"그러면 서로소인 두 자연수 {_m('m', st)}, {_m('n', st)}에 대하여 {_m(f'n² = {p_}m²', st)}이 성립한다.",
                 f"따라서 {_m('n', st)}은 {p_}의 배수이고, {_m(f'n = {p_}k', st)}로 놓으면 {_m(f'm² = {p_}k²', st)}이므로 {_m('m', st)}도 {p_}의 배수이다.",
                 f"즉 {_m('m', st)}, {_m('n', st)}은 {p_}을 공약수로 가지므로 {_m('m', st)}, {_m('n', st)}이 {b[1]}라는 사실에 {b[2]}이다."]
        lines[3] = lines[3].replace(f"{p_}을 공약수", josa(str(p_), "을/를") + " 공약수")
        ans = "유리수, 서로소, 모순"
    text = (rng.choice([f"다음은 {_jo(R, '이/가')} 무리수임을 귀류법을 이용하여 증명하는 과정이다.",
                        f"다음은 귀류법으로 {_jo(R, '이/가')} 무리수임을 증명한 것이다."])
            + f" {b[0]}, {b[1]}, {b[2]}에 알맞은 것을 차례대로 {_end(rng, '쓰')}\n" + "\n".join(lines))
    kk, mm_ = sp.symbols("k m", positive=True)
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["귀류법"], check=lambda: sp.expand((p_ * kk) ** 2 - p_ * mm_ ** 2).subs(mm_ ** 2, p_ * kk ** 2) == 0
                   and not sp.sqrt(p_).is_rational)


_PROPS7 = [
    ("두 자연수 {a}, {b}에 대하여 {ab_ga} 홀수이면 {a_wa} {b_neun} 모두 홀수이다", "{a} 또는 {b_ga} 짝수이다", "{ab_ga} 짝수이다",
     ["{a_wa} {b_ga} 모두 짝수이다", "{ab_ga} 짝수이다", "{a_wa} {b_ga} 모두 홀수이다", "{ab_ga} 홀수이다", "{a} 또는 {b_ga} 홀수이다"]),
    ("두 실수 {a}, {b}에 대하여 {a} + {b} > {s}이면 {a} > {h} 또는 {b} > {h}이다", "{a} ≤ {h} 그리고 {b} ≤ {h}", "{a} + {b} ≤ {s}",
     ["{a} ≤ {h} 또는 {b} ≤ {h}", "{a} > {h} 그리고 {b} > {h}", "{a} + {b} ≤ {s}", "{a} < {h} 그리고 {b} < {h}", "{a} + {b} > {s}"]),
    ("자연수 {a}에 대하여 {a}²이 짝수이면 {a_neun} 짝수이다", "{a_neun} 홀수이다", "{a}²은 홀수이다",
     ["{a}²은 홀수이다", "{a_neun} 짝수이다", "{a}²은 짝수이다", "{a_neun} 4의 배수이다", "{a}²은 4의 배수이다"]),
    ("두 정수 {a}, {b}에 대하여 {a}² + {b}²이 홀수이면 {a}, {b} 중 하나는 짝수이다", "{a}, {b_neun} 모두 홀수이다", "{a}² + {b}²은 짝수이다",
     ["{a}, {b_neun} 모두 짝수이다", "{a}² + {b}²은 짝수이다", "{a}, {b} 중 하나는 홀수이다", "{a}² + {b}²은 홀수이다", "{a} + {b_neun} 짝수이다"]),
]


@family("10공수2-02-07", "what-to-assume-mcq")
def _s7_assume(rng: random.Random) -> Problem:
    prop, hyp_c, concl_c, wrong = rng.choice(_PROPS7)
    a, b = rng.choice([("a", "b"), ("m", "n"), ("x", "y")])
    h_ = rng.choice([1, 2, 3])
    f = {"a": a, "b": b, "s": 2 * h_, "h": h_, "a_wa": josa(a, "과/와"), "a_neun": josa(a, "은/는"),
         "b_neun": josa(b, "은/는"), "b_ga": josa(b, "이/가"), "ab_ga": josa(a + b, "이/가")}
    prop, hyp_c, concl_c = prop.format(**f), hyp_c.format(**f), concl_c.format(**f)
    wrong = [w.format(**f) for w in wrong]
    method = rng.choice(["대우", "귀류법", "보일 것"])
    if method == "대우":
        correct = hyp_c
        stem = f"명제 ‘{prop}.’를 대우를 이용하여 증명하려고 한다. 이때 가정으로 사용해야 하는 것은?"
    elif method == "귀류법":
        correct = hyp_c
        stem = f"명제 ‘{prop}.’를 귀류법으로 증명할 때, " + rng.choice(["결론을 부정하여 처음에 가정해야 하는 것은?", "맨 처음에 가정하는 내용으로 옳은 것은?"])
    else:
        correct = concl_c
        stem = f"명제 ‘{prop}.’를 대우를 이용하여 증명할 때, 최종적으로 보여야 하는 것은?"
    ch = choices(rng, correct, [w for w in wrong if w != correct])
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["대우" if method != "귀류법" else "귀류법", "가정", "결론"], choice=ch,
                   check=lambda: (correct == hyp_c) != (method == "보일 것"))


@family("10공수2-02-07", "prove-by-contrapositive")
def _s7_prove_contra(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = rng.choice([("a", "b"), ("m", "n"), ("x", "y")])
    h_ = rng.randint(1, 5)
    r1, r2 = rng.sample(range(-4, 6), 2)
    m_ = rng.choice([3, 5])
    pool = [
        f"두 실수 {_m(a, st)}, {_m(b, st)}에 대하여 {_m(f'{a} + {b} > {2 * h_}', st)}이면 {_m(f'{a} > {h_}', st)} 또는 {_m(f'{b} > {h_}', st)}이다.",
        f"두 자연수 {_m(a, st)}, {_m(b, st)}에 대하여 {_jo(_m(a + b, st), '이/가')} 짝수이면 {_m(a, st)}, {_m(b, st)} 중 적어도 하나는 짝수이다.",
        f"정수 {_m(a, st)}에 대하여 {_jo(_m(a + '²', st), '이/가')} 홀수이면 {_jo(_m(a, st), '은/는')} 홀수이다.",
        f"실수 {_m(a, st)}에 대하여 {_m(f'{a}² - {r1 + r2}{a} + {r1 * r2} ≠ 0', st)}이면 {_m(f'{a} ≠ {r1}', st)}이다.".replace("+ -", "- ").replace("- -", "+ "),
        f"두 자연수 {_m(a, st)}, {_m(b, st)}에 대하여 {_jo(_m(f'{a} + {b}', st), '이/가')} 홀수이면 {_m(a, st)}, {_m(b, st)} 중 하나는 짝수이고 다른 하나는 홀수이다.",
        f"자연수 {_m(a, st)}에 대하여 {_jo(_m(a + '²', st), '이/가')} {m_}의 배수가 아니면 {_jo(_m(a, st), '은/는')} {m_}의 배수가 아니다.",
    ]
    k = rng.randrange(len(pool))
    prop = pool[k]
    text = rng.choice([
        f"다음 명제를 대우를 이용하여 증명하시오.\n{prop}",
        f"명제 ‘{prop}’가 참임을 그 대우가 참임을 보여 증명하시오.",
        f"대우를 이용한 증명법으로 다음 명제가 참임을 보이시오.\n{prop}",
    ])
    d = 3 if k in (0, 2, 3) else 4
    return Problem(text=text, answer=None, format="proof", difficulty=d, achievement_level="B" if d == 3 else "A",
                   concepts=["대우", "명제"],
                   check=lambda: (r1 * r1 - (r1 + r2) * r1 + r1 * r2) == 0)


@family("10공수2-02-07", "prove-by-contradiction")
def _s7_prove_contradiction(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p_ = rng.choice([2, 3, 5, 7])
    q_ = rng.randint(1, 6)
    R = _m(f"√{p_}", st)
    pool = [
        f"{_jo(R, '이/가')} 무리수임을 이용하여 {_jo(_m(f'{q_} + √{p_}', st), '이/가')} 무리수임을 귀류법으로 증명하시오.",
        f"{_jo(R, '이/가')} 무리수일 때, 유리수 {_m('a', st)}, {_m('b', st)}에 대하여 {_m(f'a + b√{p_} = 0', st)}이면 {_m('a = b = 0', st)}임을 귀류법으로 증명하시오.",
        "소수가 유한개뿐이라고 가정하여 모순을 이끌어 내는 방법으로 소수는 무수히 많음을 증명하시오.",
        f"{_jo(R, '이/가')} 무리수임을 이용하여 {_jo(_m(f'{q_}√{p_}', st), '이/가')} 무리수임을 귀류법으로 증명하시오." if q_ > 1 else
        f"{_jo(R, '이/가')} 무리수임을 이용하여 {_jo(_m(f'√{p_} - 1', st), '이/가')} 무리수임을 귀류법으로 증명하시오.",
        f"{_jo(_m(f'√{p_}', st), '이/가')} 유리수가 아님을 귀류법을 이용하여 증명하시오.",
        "정수 n에 대하여 n²이 짝수일 때, n이 홀수라고 가정하면 모순이 생김을 보여 n이 짝수임을 증명하시오.",
    ]
    k = rng.randrange(len(pool))
    text = pool[k]
    if k == 5 and st != "plain":
        text = text.replace("n²", _m("n²", st)).replace("정수 n", f"정수 {_m('n', st)}").replace(" n이 ", f" {_m('n', st)}이 ")
    d = 4 if k in (0, 1, 2) else 3
    return Problem(text=text, answer=None, format="proof", difficulty=d, achievement_level="A" if d == 4 else "B",
                   concepts=["귀류법"], check=lambda: not sp.sqrt(p_).is_rational and not (q_ + sp.sqrt(p_)).is_rational)


_PIGEON = [("학생 {N}명", "{k}개의 모둠", "모둠", "명"), ("사탕 {N}개", "{k}개의 상자", "상자", "개"),
           ("공 {N}개", "{k}개의 바구니", "바구니", "개"), ("관람객 {N}명", "{k}개의 관람석 구역", "구역", "명")]


@family("10공수2-02-07", "pigeonhole-by-contradiction-word")
def _s7_pigeon(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        k = rng.randint(3, 9)
        N = rng.randint(2 * k + 1, 6 * k)
        things, boxes, box, unit = rng.choice(_PIGEON)
        things, boxes = things.format(N=N), boxes.format(k=k)
        ans = -(-N // k)
        verb = "나누어 앉힐" if unit == "명" else "나누어 넣을"
        text = rng.choice([
            f"{josa(things, '을/를')} {boxes}에 {verb} 때, 어떻게 나누더라도 적어도 한 {box}에는 최소 몇 {unit} 이상이 들어가는지 구하시오. 또 그 이유를 귀류법을 이용하여 설명하시오.",
            f"{josa(things, '을/를')} {boxes}에 빠짐없이 {verb} 때, 어느 한 {box}에 들어가는 수가 반드시 □{unit} 이상이 된다. □ 안에 들어갈 수 있는 가장 큰 수를 구하고, 모든 {box}에 그보다 적게 들어간다고 가정하면 모순이 생김을 보이시오.",
        ])
        chk = lambda: (ans - 1) * k < N <= ans * k  # noqa: E731
    elif kind == 1:
        cat, m_ = rng.choice([("태어난 달", 12), ("태어난 요일", 7), ("혈액형", 4)])
        ans = m_ + 1
        text = rng.choice([
            f"몇 명 이상의 사람이 모이면 그중에는 {josa(cat, '이/가')} 같은 두 사람이 반드시 있다고 할 수 있는가? 그 최솟값을 구하고 귀류법으로 설명하시오.",
            f"어느 모임에서 {josa(cat, '이/가')} 같은 사람이 반드시 두 명 이상 있으려면 최소 몇 명이 모여야 하는지 구하시오.",
        ])
        if cat == "혈액형":
            text += " (단, 혈액형은 A형, B형, O형, AB형의 네 가지로만 생각한다.)"
        chk = lambda: ans == m_ + 1  # noqa: E731
    else:
        n = rng.randint(3, 8)
        ans = n + 1
        text = (f"1부터 {2 * n}까지의 자연수 중에서 서로 다른 수를 몇 개 고르면 그중 합이 {2 * n + 1}인 두 수가 반드시 포함되는가? "
                f"그 최소 개수를 구하고, 그보다 적게 고르면 그렇지 않을 수 있음을 보이시오.")
        chk = lambda: ans == n + 1 and all(a + (2 * n + 1 - a) == 2 * n + 1 for a in range(1, n + 1))  # noqa: E731
    return Problem(text=text, answer=str(ans), format="word", difficulty=3 if kind != 2 else 4, achievement_level="B" if kind != 2 else "A",
                   concepts=["귀류법"], check=chk)


@family("10공수2-02-07", "rational-plus-irrational-fill")
def _s7_ratirr(rng: random.Random) -> Problem:
    st = pick_style(rng, (0.5, 0.5, 0.0))
    p_ = rng.choice([2, 3, 5, 6, 7])
    a = rng.randint(1, 9)
    sgn = rng.choice(["+", "-"])
    E = _m(f"{a} {sgn} √{p_}", st)
    R = _m(f"√{p_}", st)
    b = rng.choice([("(가)", "(나)", "(다)"), ("㉠", "㉡", "㉢")])
    rexp = f"r - {a}" if sgn == "+" else f"{a} - r"
    lines = [f"{_jo(E, '이/가')} {b[0]}라고 가정하면 {_m(f'{a} {sgn} √{p_} = r', st)} ({_m('r', st)}은 유리수)로 놓을 수 있다.",
             f"이때 {R} = {b[1]}이고, 유리수끼리의 차는 유리수이므로 {josa(R, '은/는')} {b[2]}가 된다.",
             f"이것은 {_jo(R, '이/가')} 무리수라는 사실에 모순이므로 {josa(E, '은/는')} 무리수이다."]
    text = (f"다음은 {_jo(R, '이/가')} 무리수임을 이용하여 {_jo(E, '이/가')} 무리수임을 귀류법으로 증명하는 과정이다. "
            f"{b[0]}, {b[1]}, {b[2]}에 알맞은 것을 차례대로 {_end(rng, '쓰')}\n" + "\n".join(lines))
    ans = f"유리수, {rexp}, 유리수"
    r_ = sp.Symbol("r")
    return Problem(text=text, answer=ans, format="fill", difficulty=3, achievement_level="C",
                   concepts=["귀류법"], check=lambda: sp.solve(a + (1 if sgn == "+" else -1) * sp.Symbol("s") - r_, sp.Symbol("s"))[0]
                   == sp.sympify(rexp.replace("r", "r_"), locals={"r_": r_}))


@family("10공수2-02-07", "equal-with-irrational-part")
def _s7_coef(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p_ = rng.choice([2, 3, 5, 7])
    a0, b0 = rng.randint(-5, 6), rng.randint(-5, 6)
    c1, c2 = rng.randint(-4, 4), rng.randint(-4, 4)
    d1, d2 = rng.randint(1, 3), rng.randint(1, 3)
    # (d1·a + c1) + (d2·b + c2)√p = (d1·a0 + c1) + (d2·b0 + c2)√p
    L = _m(f"({_lin_a(c1) if d1 == 1 else f'{d1}a' + (f' + {c1}' if c1 > 0 else f' - {-c1}' if c1 < 0 else '')}) + "
           f"({_lin_a(c2, 'b') if d2 == 1 else f'{d2}b' + (f' + {c2}' if c2 > 0 else f' - {-c2}' if c2 < 0 else '')})√{p_}", st)
    R1, R2 = d1 * a0 + c1, d2 * b0 + c2
    Rt = _m(f"{R1} {'+' if R2 >= 0 else '-'} {abs(R2)}√{p_}", st)
    text = rng.choice([
        f"유리수 {_m('a', st)}, {_m('b', st)}에 대하여 {L} = {Rt}일 때, {_m('a + b', st)}의 값을 {_end(rng)} (단, {josa(_m(f'√{p_}', st), '은/는')} 무리수이다.)",
        f"두 유리수 {_m('a', st)}, {_m('b', st)}가 등식 {L} = {Rt}를 만족시킬 때, {_m('a', st)}, {_m('b', st)}의 값을 각각 {_end(rng)}",
    ])
    text = text.replace(f"{Rt}를", _jo(Rt, "을/를"))
    ans = str(a0 + b0) if "a + b" in text else f"a = {a0}, b = {b0}"
    aa, bb = sp.symbols("a b")
    sol = sp.solve([d1 * aa + c1 - R1, d2 * bb + c2 - R2], [aa, bb])
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["귀류법"], check=lambda: sol == {aa: a0, bb: b0})


_SKETCH = [
    ("명제 ‘{P}이면 {Qc}이다.’를 증명하기 위하여 ‘{nQ}이면 {nPc}이다.’가 참임을 보였다.", 0),
    ("‘{Qneg}’라고 가정하였더니 ‘{P}이다.’라는 가정과 모순이 생겼다. 따라서 명제 ‘{P}이면 {Qc}이다.’는 참이다.", 1),
    ("{R} 유리수라고 가정하고 기약분수로 나타내었더니 분자와 분모가 모두 {p}의 배수가 되어 모순이 생겼다.", 1),
    ("소수가 유한개라고 가정하고 그 소수를 모두 곱한 수에 1을 더한 수를 생각하였더니 모순이 생겼다.", 1),
    ("명제 ‘{F}’가 거짓임을 보이기 위하여 이 명제의 가정은 만족시키지만 결론은 만족시키지 않는 {v} = {c}를 찾았다.", 2),
]
_METHODS = ["대우를 이용한 증명법", "귀류법", "반례를 드는 방법"]


@family("10공수2-02-07", "identify-proof-method-mcq")
def _s7_method(rng: random.Random) -> Problem:
    v = rng.choice(["n", "m", "a"])
    ga, eun = josa(v, "이/가")[1:], josa(v, "은/는")[1:]
    if rng.random() < 0.5:
        f = {"P": f"{v}²이 짝수", "Qc": f"{v}{eun} 짝수", "nQ": f"{v}{ga} 홀수", "nPc": f"{v}²은 홀수", "Qneg": f"{v}{ga} 짝수가 아니다"}
    else:
        f = {"P": f"{v}²이 3의 배수", "Qc": f"{v}{eun} 3의 배수", "nQ": f"{v}{ga} 3의 배수가 아니", "nPc": f"{v}²도 3의 배수가 아니",
             "Qneg": f"{v}{ga} 3의 배수가 아니다"}
    p_ = rng.choice([2, 3, 5])
    m_ = rng.choice([4, 9])
    c_ = rng.choice({4: [2, 6, 10], 9: [3, 6, 12]}[m_])
    f.update({"p": p_, "R": josa(f"√{p_}", "이/가"), "v": v, "c": c_,
              "F": f"자연수 {v}에 대하여 {v}²이 {m_}의 배수이면 {v}{eun} {m_}의 배수이다."})
    tmpl, k = rng.choice(_SKETCH)
    sketch = tmpl.format(**f).replace("아니이면", "아니면").replace("아니이다", "아니다")
    opts = _METHODS + ["직접 계산하여 확인하는 방법", "모든 경우를 하나씩 나열하는 방법"]
    ch = choices(rng, _METHODS[k], [o for o in opts if o != _METHODS[k]])
    text = rng.choice([f"다음은 어떤 명제에 대한 풀이의 일부이다. 여기에 사용된 방법으로 알맞은 것은?\n“{sketch}”",
                       f"다음 설명에서 사용한 방법은?\n{sketch}"])
    return Problem(text=f"{text}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["대우", "귀류법"] if k < 2 else ["명제"], choice=ch,
                   check=lambda: k != 2 or ((c_ * c_) % m_ == 0 and c_ % m_ != 0))


# ================================================================================================
# 10공수2-02-08 절대부등식
# ================================================================================================
def _fr(num: int, den: int, st: str) -> str:
    """Mini notation of a fraction ``num/den`` for ``_m``-like output (LaTeX \\frac)."""
    if st == "latex":
        return f"\\frac{{{num}}}{{{den}}}"
    return f"{num}/{den}" if re.fullmatch(r"\w+", str(den)) else f"{num}/({den})"


def _mx(body: str, st: str) -> str:
    """Wrap a LaTeX body built with ``_fr`` (other styles: Unicode/plain fix-ups)."""
    if st == "latex":
        t = body.replace("≥", r"\ge ").replace("≤", r"\le ").replace("²", "^{2}").replace("√", r"\sqrt")
        return f"${t}$"
    return _m(body, st)


@family("10공수2-02-08", "am-gm-minimum")
def _s8_min(rng: random.Random) -> Problem:
    st = pick_style(rng)
    x0 = rng.randint(1, 6)
    a = rng.randint(1, 4)
    b = a * x0 * x0
    var = rng.choice(["x", "t", "a"])
    expr = (f"{'' if a == 1 else a}{var} + {_fr(b, var, st)}")
    mn = 2 * a * x0
    ask = rng.choice(["min", "min-x", "min-sum"])
    q = {"min": f"의 최솟값을 {_end(rng)}", "min-x": f"의 최솟값과 그때의 {_mx(var, st)}의 값을 차례대로 {_end(rng)}",
         "min-sum": f"{rng.choice(['는', '은'])} {_mx(var, st)} = α일 때 최솟값 β를 갖는다. α + β의 값을 {_end(rng)}"}[ask]
    E = _mx(expr, st)
    if ask == "min-sum":
        q = f"{josa(str(b), '은/는')[len(str(b)):]} {_mx(var, st)} = α일 때 최솟값 β를 갖는다. α + β의 값을 {_end(rng)}"
        text = f"{_mx(f'{var} > 0', st)}일 때, {E}{q}"
    else:
        text = rng.choice([f"{_mx(f'{var} > 0', st)}일 때, {E}{q}", f"양수 {_mx(var, st)}에 대하여 {E}{q}"])
    ans = {"min": str(mn), "min-x": f"{mn}, {x0}", "min-sum": str(mn + x0)}[ask]
    t = sp.Symbol("t", positive=True)
    f = a * t + sp.Rational(b) / t
    crit = [c for c in sp.solve(sp.diff(f, t), t) if c > 0]
    return Problem(text=text, answer=ans, format="computation", difficulty=3, achievement_level="C",
                   concepts=["절대부등식"], check=lambda: crit == [x0] and f.subs(t, x0) == mn)


@family("10공수2-02-08", "am-gm-max-product")
def _s8_maxprod(rng: random.Random) -> Problem:
    st = pick_style(rng)
    a, b = rng.randint(1, 4), rng.randint(1, 5)
    half = a * b * rng.randint(1, 4)
    x0, y0 = half // a, half // b
    S = 2 * half
    mx_ = x0 * y0
    kind = rng.choice(["xy", "xy-word"])
    cond = _m(f"{'' if a == 1 else a}x + {'' if b == 1 else b}y = {S}", st)
    if kind == "xy":
        text = rng.choice([f"양수 {_m('x', st)}, {_m('y', st)}에 대하여 {cond}일 때, {_m('xy', st)}의 최댓값을 {_end(rng)}",
                           f"두 양수 {_m('x', st)}, {_m('y', st)}가 {_jo(cond, '을/를')} 만족시킬 때, {_m('xy', st)}의 최댓값과 그때의 {_m('x', st)}, {_m('y', st)}의 값을 {_end(rng)}"])
        ans = str(mx_) if "그때의" not in text else f"{mx_}, x = {x0}, y = {y0}"
        fmt = "computation"
    else:
        item1, item2 = rng.choice([("사과", "배"), ("공책", "볼펜"), ("빵", "우유")])
        text = (f"한 개에 {a * 100}원인 {josa(item1, '과/와')} 한 개에 {b * 100}원인 {josa(item2, '을/를')} 합하여 정확히 {S * 100}원어치 사려고 한다. "
                f"{item1} x개, {item2} y개를 살 때, xy의 최댓값을 {_end(rng)} (단, x, y는 자연수이다.)")
        ans = str(mx_)
        fmt = "word"
    xs = sp.Symbol("x", positive=True)
    g = xs * (S - a * xs) / b
    crit = sp.solve(sp.diff(g, xs), xs)
    return Problem(text=text, answer=ans, format=fmt, difficulty=3, achievement_level="C",
                   concepts=["절대부등식"], check=lambda: crit == [x0] and g.subs(xs, x0) == mx_)


@family("10공수2-02-08", "shifted-am-gm")
def _s8_shift(rng: random.Random) -> Problem:
    st = pick_style(rng)
    c = rng.randint(1, 5)
    r = rng.randint(1, 5)
    k = r * r
    sgn = rng.choice([1, -1])
    if sgn == 1:
        cond = _mx(f"x > {c}", st)
        expr = _mx(f"x + {_fr(k, f'x - {c}', st)}", st)
        mn, xe = c + 2 * r, c + r
    else:
        cond = _mx(f"x > -{c}", st)
        expr = _mx(f"x + {_fr(k, f'x + {c}', st)}", st)
        mn, xe = -c + 2 * r, -c + r
    text = rng.choice([f"{cond}일 때, {expr}의 최솟값을 {_end(rng)}",
                       f"{cond}인 실수 x에 대하여 {expr}는 x = a에서 최솟값 b를 갖는다. a + b의 값을 {_end(rng)}"])
    text = text.replace(f"{expr}는", expr + josa(str(k), "은/는")[len(str(k)):])
    ans = str(mn) if "a + b" not in text else str(mn + xe)
    t = sp.Symbol("t", real=True)
    f = t + sp.Rational(k) / (t - sgn * c)
    crit = [v for v in sp.solve(sp.diff(f, t), t) if v > sgn * c]
    return Problem(text=text, answer=ans, format="computation", difficulty=4, achievement_level="B",
                   concepts=["절대부등식"], check=lambda: crit == [xe] and f.subs(t, xe) == mn)


@family("10공수2-02-08", "fence-area-word")
def _s8_fence(rng: random.Random) -> Problem:
    kind = rng.randrange(3)
    if kind == 0:
        L = 4 * rng.randint(5, 30)
        ans = str(L * L // 8)
        text = rng.choice([
            f"길이가 {L} m인 울타리를 모두 사용하여 한쪽 면이 벽인 직사각형 모양의 닭장을 만들려고 한다. 벽 쪽에는 울타리를 치지 않을 때, 닭장의 넓이의 최댓값은 몇 m²인지 구하시오.",
            f"강가에 길이가 {L} m인 그물을 사용하여 강을 한 변으로 하는 직사각형 모양의 양식장을 만들려고 한다. 강 쪽에는 그물을 치지 않을 때, 양식장의 넓이의 최댓값을 구하시오.",
        ])
        chk = lambda: max(v * (L - 2 * v) for v in range(1, L // 2)) == L * L // 8  # noqa: E731
    elif kind == 1:
        A = rng.choice([16, 25, 36, 49, 64, 81, 100, 144])
        s_ = pymath.isqrt(A)
        ans = str(4 * s_)
        text = rng.choice([
            f"넓이가 {A} m²인 직사각형 모양의 꽃밭의 둘레에 울타리를 치려고 한다. 울타리의 길이의 최솟값을 {_end(rng)}",
            f"넓이가 {A} cm²인 직사각형 중에서 둘레의 길이가 가장 짧은 것의 둘레의 길이를 {_end(rng)}",
        ])
        chk = lambda: min(2 * (d + A // d) for d in range(1, A + 1) if A % d == 0) == 4 * s_  # noqa: E731
    else:
        A = 2 * rng.choice([4, 9, 16, 25, 36, 49])
        s_ = pymath.isqrt(A // 2)
        ans = str(4 * s_)
        text = (f"넓이가 {A} m²인 직사각형 모양의 텃밭을 만들면서 한 변은 건물 벽을 이용하고 나머지 세 변에만 철망을 치려고 한다. "
                f"필요한 철망의 길이의 최솟값을 {_end(rng)}")
        chk = lambda: 2 * s_ + A / s_ == 4 * s_  # noqa: E731
    return Problem(text=text, answer=ans + (" m²" if kind == 0 else " m" if "m²" in text else " cm"), format="word", difficulty=4, achievement_level="B",
                   concepts=["절대부등식"], check=chk)


def _abs_ineq_pool(rng: random.Random) -> list[tuple[str, object]]:
    """(inequality in mini notation, predicate in x) — absolute iff it holds for every real x."""
    a = rng.randint(1, 4)
    k = rng.randint(1, 5)
    return [
        (f"x² + {k} > 0", lambda v: v * v + k > 0), ("x² > 0", lambda v: v * v > 0),
        (f"x² - {2 * a}x + {a * a} ≥ 0", lambda v: v * v - 2 * a * v + a * a >= 0),
        (f"x² - {2 * a}x + {a * a} > 0", lambda v: v * v - 2 * a * v + a * a > 0),
        (f"x² + {2 * a}x + {a * a + k} > 0", lambda v: v * v + 2 * a * v + a * a + k > 0),
        (f"x² - {a}x > 0", lambda v: v * v - a * v > 0), (f"{a + 1}x > {a}x", lambda v: (a + 1) * v > a * v),
        ("|x| ≥ x", lambda v: abs(v) >= v), ("|x| > x", lambda v: abs(v) > v), ("x² + 1 ≥ 2x", lambda v: v * v + 1 >= 2 * v),
        (f"x² ≥ {2 * a}x", lambda v: v * v >= 2 * a * v), (f"(x - {a})² + {k} > 0", lambda v: (v - a) ** 2 + k > 0),
        (f"x + {k} > x", lambda v: v + k > v),
    ]


_GRID = [sp.Rational(i, 4) for i in range(-48, 49)]


@family("10공수2-02-08", "which-is-absolute-inequality-mcq")
def _s8_which(rng: random.Random) -> Problem:
    st = pick_style(rng)
    pool = _abs_ineq_pool(rng)
    truth = {s_: all(f(v) for v in _GRID) for s_, f in pool}
    want = rng.random() < 0.6
    good = [s_ for s_ in truth if truth[s_] == want]
    bad = [s_ for s_ in truth if truth[s_] != want]
    corr = rng.choice(good)
    ch = choices(rng, _m(corr, st), [_m(b, st) for b in rng.sample(bad, 4)])
    stem = (rng.choice(["다음 중 절대부등식인 것은? (단, x는 실수이다.)", "다음 부등식 중 모든 실수 x에 대하여 항상 성립하는 것은?"]) if want
            else rng.choice(["다음 중 절대부등식이 아닌 것은? (단, x는 실수이다.)", "다음 부등식 중 성립하지 않는 실수 x가 존재하는 것은?"]))
    X = sp.Symbol("x", real=True)
    rel = corr.replace("²", "**2").replace("|x|", "Abs(x)")
    rel = re.sub(r"(\d)([x(])", r"\1*\2", rel).replace("≥", ">=")
    return Problem(text=f"{stem}\n{ch.block}", answer=ch.label, format="mcq", difficulty=2, achievement_level="D",
                   concepts=["절대부등식"], choice=ch,
                   check=lambda: (_violations(rel, X) == sp.S.EmptySet) == want)


def _violations(rel: str, X: sp.Symbol) -> sp.Set:
    """Real x where ``rel`` fails (|x| handled by splitting at 0)."""
    pos = sp.sympify(rel.replace("Abs(x)", "x"), locals={"x": X})
    neg = sp.sympify(rel.replace("Abs(x)", "(-x)"), locals={"x": X})
    return sp.Union(sp.solveset(sp.Not(pos), X, sp.Interval(0, sp.oo)), sp.solveset(sp.Not(neg), X, sp.Interval.open(-sp.oo, 0)))


_PROOF_FILLS = [
    ("두 양수 {a}, {b}에 대하여 {AM} ≥ {GM}", ["{AM} - {GM} = (가)/2", "= {half}(나)²", "≥ 0"],
     "등호는 (다)일 때 성립한다.", ["a + b - 2√(ab)", "√a - √b", "a = b"]),
    ("두 실수 {a}, {b}에 대하여 {a}² + {b}² ≥ 2{a}{b}", ["{a}² + {b}² - 2{a}{b} = (가)", "≥ (나)"],
     "등호는 (다)일 때 성립한다.", ["(a - b)²", "0", "a = b"]),
    ("두 실수 {a}, {b}에 대하여 |{a}| + |{b}| ≥ |{a} + {b}|", ["(|{a}| + |{b}|)² - |{a} + {b}|² = 2((가) - {a}{b})", "이때 (가) ≥ {a}{b}이므로 위 식의 값은 (나) 이상이다."],
     "따라서 |{a}| + |{b}| ≥ |{a} + {b}|이고, 등호는 (다)일 때 성립한다.", ["|ab|", "0", "ab ≥ 0"]),
]


@family("10공수2-02-08", "absolute-inequality-proof-fill")
def _s8_prooffill(rng: random.Random) -> Problem:
    k = rng.randrange(len(_PROOF_FILLS))
    stmt, steps, last, ans = _PROOF_FILLS[k]
    a, b = "a", "b"
    sub = {"a": a, "b": b, "AM": "(a + b)/2", "GM": "√(ab)", "half": "1/2"}
    text = (f"다음은 {stmt.format(**sub)}임을 증명하는 과정이다. (가), (나), (다)에 알맞은 것을 차례대로 {_end(rng, '쓰')}\n"
            + "\n".join(s_.format(**sub) for s_ in steps) + f"\n{last.format(**sub)}")
    st = pick_style(rng, (0.0, 0.7, 0.3))
    if st == "plain":
        text = text.replace("²", "^2").replace("≥", ">=")
    aa, bb = sp.symbols("a b", positive=True)
    checks = {0: sp.simplify((aa + bb) / 2 - sp.sqrt(aa * bb) - (sp.sqrt(aa) - sp.sqrt(bb)) ** 2 / 2) == 0,
              1: sp.expand(aa ** 2 + bb ** 2 - 2 * aa * bb - (aa - bb) ** 2) == 0, 2: True}
    return Problem(text=text, answer=", ".join(ans), format="fill", difficulty=3, achievement_level="C",
                   concepts=["절대부등식"], check=lambda: checks[k])


@family("10공수2-02-08", "product-of-sums-minimum")
def _s8_prodsum(rng: random.Random) -> Problem:
    st = pick_style(rng)
    kind = rng.randrange(2)
    if kind == 0:
        m_, n_ = rng.choice([(1, 4), (1, 9), (4, 9), (1, 1), (4, 1), (9, 1), (1, 16)])
        expr = f"(x + y)({_fr(m_, 'x', st)} + {_fr(n_, 'y', st)})"
        mn = int((pymath.isqrt(m_) + pymath.isqrt(n_)) ** 2)
        xs, ys = sp.symbols("x y", positive=True)
        f = (xs + ys) * (sp.Rational(m_) / xs + sp.Rational(n_) / ys)
        pt = {xs: pymath.isqrt(m_), ys: pymath.isqrt(n_)}
    else:
        p_, q_ = rng.choice([(1, 4), (2, 8), (1, 9), (4, 9), (3, 12), (2, 2)])
        expr = f"(x + {_fr(p_, 'y', st)})(y + {_fr(q_, 'x', st)})"
        mn = p_ + q_ + 2 * pymath.isqrt(p_ * q_)
        xs, ys = sp.symbols("x y", positive=True)
        f = (xs + sp.Rational(p_) / ys) * (ys + sp.Rational(q_) / xs)
        pt = {xs: 1, ys: sp.sqrt(p_ * q_)}
    E = _mx(expr, st)
    text = rng.choice([f"두 양수 {_m('x', st)}, {_m('y', st)}에 대하여 {E}의 최솟값을 {_end(rng)}",
                       f"{_mx('x > 0', st)}, {_mx('y > 0', st)}일 때, {E}의 최솟값은?"])
    if text.endswith("최솟값은?"):
        text = text[:-1] + " 구하시오."
        text = text.replace("최솟값은 구하시오.", "최솟값을 구하시오.")
    return Problem(text=text, answer=str(mn), format="computation", difficulty=4, achievement_level="B",
                   concepts=["절대부등식"], check=lambda: sp.simplify(f.subs(pt) - mn) == 0)


@family("10공수2-02-08", "prove-absolute-inequality")
def _s8_prove(rng: random.Random) -> Problem:
    st = pick_style(rng)
    k = rng.randint(2, 4)
    amgm = _mx("a + " + _fr(k * k, "a", st) + f" ≥ {2 * k}", st)
    pool = [
        (f"세 실수 {_m('a', st)}, {_m('b', st)}, {_m('c', st)}에 대하여 {_m('a² + b² + c² ≥ ab + bc + ca', st)}", "a = b = c", 4),
        (f"두 양수 {_m('a', st)}, {_m('b', st)}에 대하여 {_m('a³ + b³ ≥ a²b + ab²', st)}", "a = b", 4),
        (f"두 실수 {_m('a', st)}, {_m('b', st)}에 대하여 {_m('|a| + |b| ≥ |a + b|', st)}", "ab ≥ 0", 4),
        (f"두 실수 {_m('a', st)}, {_m('b', st)}에 대하여 {_m(f'a² + {k * k}b² ≥ {2 * k}ab', st)}", f"a = {k}b", 3),
        (f"네 실수 {_m('a', st)}, {_m('b', st)}, {_m('x', st)}, {_m('y', st)}에 대하여 {_m('(a² + b²)(x² + y²) ≥ (ax + by)²', st)}", "ay = bx", 5),
        (f"두 양수 {_m('a', st)}, {_m('b', st)}에 대하여 {amgm}", f"a = {k}", 3),
    ]
    stmt, eq, d = rng.choice(pool)
    text = rng.choice([
        f"{stmt}임을 증명하시오. 또 등호가 성립하는 조건을 {_end(rng, '쓰')}",
        f"다음 부등식이 성립함을 증명하고, 등호가 성립할 조건을 구하시오.\n{stmt}",
        f"{stmt}가 항상 성립함을 보이고, 등호가 성립하는 경우를 말하시오.",
    ])
    text = text.replace(f"{stmt}가 항상", josa(stmt, "이/가") + " 항상")
    aa, bb = sp.symbols("a b", real=True)
    return Problem(text=text, answer=f"등호 조건: {eq}", format="proof", difficulty=d, achievement_level="A" if d >= 4 else "B",
                   concepts=["절대부등식"], check=lambda: sp.expand(aa ** 2 + k * k * bb ** 2 - 2 * k * aa * bb - (aa - k * bb) ** 2) == 0)


@family("10공수2-02-08", "cauchy-schwarz-maximum")
def _s8_cauchy(rng: random.Random) -> Problem:
    st = pick_style(rng)
    p_, q_, base = rng.choice([(3, 4, 1), (4, 3, 1), (1, 2, 5), (2, 1, 5), (1, 3, 10), (3, 1, 10), (1, 1, 2), (2, 3, 13)])
    t = rng.randint(1, 3)
    R2 = base * t * t
    # max of p x + q y on x² + y² = R2 is sqrt((p² + q²) R2)
    val = sp.sqrt((p_ * p_ + q_ * q_) * R2)
    ask = rng.choice(["max", "min", "both"])
    L = _m(f"{'' if p_ == 1 else p_}x + {'' if q_ == 1 else q_}y", st)
    text = rng.choice([
        f"실수 {_m('x', st)}, {_m('y', st)}에 대하여 {_m(f'x² + y² = {R2}', st)}일 때, {L}의 "
        + {"max": "최댓값을", "min": "최솟값을", "both": "최댓값과 최솟값을 차례대로"}[ask] + f" {_end(rng)}",
        f"{_m(f'x² + y² = {R2}', st)}을 만족시키는 실수 {_m('x', st)}, {_m('y', st)}에 대하여 {L}의 "
        + {"max": "최댓값을", "min": "최솟값을", "both": "최댓값과 최솟값을 차례대로"}[ask] + f" {_end(rng)}",
    ])
    text = text.replace(f"{_m(f'x² + y² = {R2}', st)}을", _jo(_m(f'x² + y² = {R2}', st), "을/를"))
    vs = str(val)
    ans = {"max": vs, "min": f"-{vs}", "both": f"{vs}, -{vs}"}[ask]
    xs, ys, lam = sp.symbols("x y lam", real=True)
    crit = sp.solve([p_ - 2 * lam * xs, q_ - 2 * lam * ys, xs ** 2 + ys ** 2 - R2], [xs, ys, lam], dict=True)
    vals = sorted(p_ * c[xs] + q_ * c[ys] for c in crit)
    return Problem(text=text, answer=ans.replace("sqrt", "√"), format="computation", difficulty=4, achievement_level="B",
                   concepts=["절대부등식"], check=lambda: vals == [-val, val] and val.is_integer)


@family("10공수2-02-08", "am-gm-value-table")
def _s8_table(rng: random.Random) -> Problem:
    k = rng.choice([4, 9, 16, 36])
    r = pymath.isqrt(k)
    xs = sorted(set([1, 2, r, r + 1, r + 2, 2 * r]) - {0})[:5]
    rng.shuffle(xs)
    xs = sorted(xs)
    vals = [sp.Rational(v) + sp.Rational(k, v) for v in xs]
    blanks = rng.sample(range(len(xs)), 2)
    lab = iter(["(가)", "(나)"])
    cells = [next(lab) if i in blanks else (str(v) if v.q == 1 else f"{v.p}/{v.q}") for i, v in enumerate(vals)]
    tbl = "| x | " + " | ".join(map(str, xs)) + " |\n|---|" + "---|" * len(xs) + f"\n| x + {k}/x | " + " | ".join(cells) + " |"
    ans_b = [str(vals[i]) for i in sorted(blanks)]
    text = (f"양수 x에 대하여 x + {k}/x의 값을 조사하여 다음 표를 만들었다.\n{tbl}\n"
            f"(가), (나)에 알맞은 수를 차례대로 쓰고, 산술평균과 기하평균의 관계를 이용하여 x + {k}/x의 최솟값과 그때의 x의 값을 {_end(rng)}")
    ans = f"{', '.join(ans_b)}; 최솟값 {2 * r} (x = {r})"
    return Problem(text=text, answer=ans, format="data", difficulty=2, achievement_level="D",
                   concepts=["절대부등식"], check=lambda: min(vals) == 2 * r and r in xs)
